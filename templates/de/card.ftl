<#-- The text of a handwritten card (auf Deutsch), the language of the interview: the card goes to the
     interviewer. handwritten-note.ftl, the reminder in the job seeker's own language, prints it for each card with
     <@cardText.card person/>; p.card has the greeting and the topics in this language. -->
<#macro card p>
${p.card.greeting}

vielen Dank für das Gespräch über die Position ${interview.position}. <#if p.topics?has_content>Besonders gern habe ich mich mit Ihnen über <#if p.topics?size == 1>„${p.card.topicsText}“<#else>${p.card.topicsText}</#if> ausgetauscht.<#else>Es war schön zu erfahren, wie Ihr Team arbeitet.</#if> Ich hoffe, wir können das Gespräch bald fortsetzen.

Mit herzlichen Grüßen
${sender.name}
</#macro>
