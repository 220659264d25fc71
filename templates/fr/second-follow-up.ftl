<#-- Un bref second message dans le même fil que la relance, en réponse à celle-ci (objet en « Re: »). -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
Subject: ${followUp.reply}

${to.greeting}

Je me permets de revenir brièvement vers vous au sujet de mon message du ${followUp.date} concernant le poste ${de(interview.position)}. La perspective de rejoindre ${interview.company} m'intéresse toujours beaucoup, et si un bref appel dans les prochains jours est plus simple qu'un courriel, je m'adapterai volontiers à votre agenda.

Bien cordialement,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
