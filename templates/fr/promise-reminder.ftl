<#-- Pour vous-même, une heure après l'entretien : ce que chaque partie a promis. Vouvoiement ; espace insécable
     avant les deux-points ; aucun accord au genre de l'expéditeur. -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
Subject: Rappel : vos engagements envers ${interview.company}

${sender.firstName},

Lors de votre entretien chez ${interview.company} pour le poste ${de(interview.position)} (${interview.date}, ${interview.time}), vous avez promis :

<#list interview.promisedByMe as promise>
  - ${promise}
</#list>

Tenez <#if interview.promisedByMe?size == 1>cette promesse<#else>ces promesses</#if> tant que l'échange est encore frais : une promesse vite tenue en dit plus long que n'importe quel message de remerciement.
<#if interview.promisedToMe?has_content>

On vous a promis :

<#list interview.promisedToMe as promise>
  - ${promise}
</#list>

Si rien n'est arrivé d'ici quelques jours, demandez poliment où en est l'envoi ; le message de relance en parle aussi.
</#if>

-- followup
