<#-- The text of a handwritten card (en español), the language of the interview: the card goes to the
     interviewer. handwritten-note.ftl, the reminder in the job seeker's own language, prints it for each card with
     <@cardText.card person/>; p.card has the greeting and the topics in this language. -->
<#macro card p>
${p.card.greeting}

Muchas gracias por la entrevista para el puesto de ${interview.position}. <#if p.topics?has_content>Disfruté especialmente de nuestra conversación sobre ${p.card.topicsText}.<#else>Me gustó mucho conocer cómo trabaja su equipo.</#if> Espero que podamos retomar la conversación pronto.

Con mi agradecimiento,
${sender.name}
</#macro>
