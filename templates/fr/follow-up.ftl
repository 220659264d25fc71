<#-- La relance auprès du contact : plus longue que le remerciement mais concise ; intérêt maintenu, éléments
     concrets de l'entretien et du débriefing (takeaways), engagements de part et d'autre, et une raison concrète
     de répondre. Vouvoiement ; aucun accord au genre de l'expéditeur. -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
<#assign role = interview.position>
<#assign company = interview.company>
Subject: Suite à notre entretien, poste ${de(role)}

${to.greeting}

<#if interview.nextStepBy??>J'espère que vous allez bien. Vous aviez indiqué revenir vers moi d'ici le ${interview.nextStepBy}, et je me permets donc de faire suite à notre entretien sur le poste ${de(role)} chez ${company}.<#else>J'espère que vous allez bien. Je me permets de faire suite à l'entretien que nous avons eu ${interview.when} sur le poste ${de(role)} chez ${company}.</#if> Le poste m'intéresse toujours vivement, et plus j'y réfléchis depuis notre rencontre, plus j'ai envie d'y prendre part.

<#if interview.takeaways?has_content>
Depuis notre échange, j'ai continué à réfléchir à ce que nous avons évoqué, notamment ${interview.takeawaysText}. C'est précisément là que je pense pouvoir apporter une aide réelle, et je m'y investirais pleinement.<#elseif to.topics?has_content>
Notre discussion sur ${to.topicsText} m'est restée en tête, c'est exactement le type de travail que je souhaite faire, et je m'y investirais pleinement.<#else>
Ce que j'ai appris de l'équipe et de ses projets m'est resté en tête, c'est exactement le type de travail que je souhaite faire.</#if><#if interview.promisedByMe?has_content> J'espère que vous avez bien reçu ce que je vous avais promis (${interview.promisedByMeText}), et je vous enverrai volontiers tout autre élément utile.</#if><#if interview.promisedToMe?has_content> Lorsque cela vous conviendra, je prendrai volontiers connaissance de ce que vous m'aviez proposé (${interview.promisedToMeText}).</#if>

<#if interview.takeaways?has_content>
Si cela peut vous aider dans votre décision, je peux vous envoyer une courte note sur la manière dont j'aborderais <#if interview.takeaways?size == 1>ce point<#else>le premier de ces points</#if>, ou nous pouvons convenir d'un bref appel au moment qui vous conviendra. Une simple réponse à ce message suffit.<#else>
Si cela peut vous aider dans votre décision, je peux vous transmettre des références de projets récents, ou nous pouvons convenir d'un bref appel avec vous ou l'équipe au moment qui vous conviendra. Une simple réponse à ce message suffit.</#if>

Bien cordialement,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
