<#-- Pour vous-même, quand la seconde relance est restée sans réponse : un appel courtois, pour marquer votre
     intérêt et non pour exiger une réponse. Aucun accord au genre de l'expéditeur. -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
<#-- "Appeler le Dr Raj Patel", "Appeler la Dre Anne Roy", "Appeler Mme Claire Martin" -->
<#function le name><#return name?matches("(Dre|Docteure|Professeure)\\s.*", "s")?then("la " + name, name?matches("(Dr\\.?|Docteur|Pr\\.?|Prof\\.?|Professeur)\\s.*", "s")?then("le " + name, name))></#function>
Subject: Appeler ${le(contact.name)} chez ${interview.company} au sujet du poste ${de(interview.position)}

${sender.firstName},

Deux e-mails au sujet du poste ${de(interview.position)} sont restés sans réponse : c'est le moment d'un appel, un seul, courtois.

Qui : ${contact.name}<#if contact.title??>, ${contact.title}</#if>, ${interview.company}
<#if interview.phone??>
Numéro : ${interview.phone}
<#else>
Numéro : absent de la fiche ; cherchez-le sur le site de l'entreprise ou dans vos échanges précédents.
</#if>
Quand : il est ${call.time}, ${call.weekday}, à ${call.place} (${call.zone})<#if call.closes??> ; leur journée se termine à ${call.closes} ${call.closesZone}<#if !(call.sameClock!false)>, soit <#if call.closesHereWeekday??>${call.closesHereWeekday} à </#if>${call.closesHere} chez vous</#if></#if>.

Quoi dire : que vous avez apprécié l'entretien du ${interview.date}, que le poste vous intéresse toujours beaucoup, et que vous souhaitiez savoir s'il leur manque quelque chose de votre part. Vous ne demandez pas de réponse, vous rappelez simplement votre candidature ; une minute ou deux suffisent, et n'oubliez pas de remercier pour le temps accordé.

Ensuite, laissez-les revenir vers vous : les relances s'arrêtent ici.

-- followup
