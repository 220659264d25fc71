<#-- Pour vous-même : une personne à qui un message doit encore partir a répondu par un message d'absence. Aucun accord au genre de cette personne. -->
<#import "steps.ftl" as steps>
Subject: Absence de ${address}<#if returnDate?has_content> jusqu'au ${returnDate}</#if>

<#if !returnDate?has_content>
${address} a répondu par un message d'absence (reçu le ${received}) où followup n'a pu lire aucune date de retour ; rien n'a donc été déplacé : ${steps.the(step)} partira toujours le ${due} (${zone}).
<#else>
${address} signale une absence jusqu'au ${returnDate} (réponse automatique reçue le ${received}).

<#if outcome == "moved">
${steps.the(step)?cap_first} à cette adresse partira désormais le ${due} (${zone}), à la première ouverture de sa plage d'envoi le jour ouvré suivant.
<#elseif outcome == "too-far">
C'est dans plus de 30 jours ; rien n'a donc été déplacé : ${steps.the(step)} partira toujours le ${due} (${zone}).
<#else>
${steps.the(step)?cap_first} à cette adresse partira de toute façon après cette date (le ${due}, ${zone}).
</#if>
</#if>
