<#-- The text of a handwritten card (en français), the language of the interview: the card goes to the
     interviewer. handwritten-note.ftl, the reminder in the job seeker's own language, prints it for each card with
     <@cardText.card person/>; p.card has the greeting and the topics in this language. -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
<#macro card p>
${p.card.greeting}

Je vous remercie pour notre entretien au sujet du poste ${de(interview.position)}. <#if p.topics?has_content>J'ai particulièrement apprécié notre échange sur ${p.card.topicsText}.<#else>J'ai beaucoup apprécié de découvrir la façon dont travaille votre équipe.</#if> J'espère que nous aurons bientôt l'occasion de poursuivre cette conversation.

Avec tous mes remerciements,
${sender.name}
</#macro>
