<#-- The text of a handwritten card (in English), the language of the interview: the card goes to the
     interviewer. handwritten-note.ftl, the reminder in the job seeker's own language, prints it for each card with
     <@cardText.card person/>; p.card has the greeting and the topics in this language. -->
<#macro card p>
${p.card.greeting}

Thank you for meeting with me about the ${interview.position} role. <#if p.topics?has_content>I especially enjoyed our conversation about ${p.card.topicsText}.<#else>I enjoyed learning how your team works.</#if> I hope we can talk again soon.

With thanks,
${sender.name}
</#macro>
