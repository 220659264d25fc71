<#-- Pour vous-même : l'entreprise ne donne pas suite ; tout ce qui concerne l'entretien est retenu, et une réponse est rédigée. -->
<#function heldText n><#return (n == 0)?then("Rien n'était en attente : rien n'a donc été retenu.", (n == 1)?then("1 message en attente est retenu et ne sera pas envoyé.", n + " messages en attente sont retenus et ne seront pas envoyés."))></#function>
Subject: ${company} ne donne pas suite à votre candidature

${writer}, de chez ${company},<#if via?has_content> par l'intermédiaire de ${via},</#if> a écrit<#if subject?has_content> « ${subject} »</#if> le ${received} :

  « ${why} »

${heldText(held)}

<#if noRepliesFrom?has_content>
${noRepliesFrom} n'accepte pas de réponses : une réponse à cette adresse n'atteint personne.<#if !insteadName?has_content> Aucune réponse n'a été rédigée, car la fiche ne nomme personne avec une adresse à qui écrire ; si vous connaissez quelqu'un du recrutement ou de l'entretien, écrivez-lui vous-même.<#else> Pour répondre, écrivez à ${insteadName} (${insteadEmail})<#if insteadIsContact>, votre contact pour cet entretien</#if>, ou à la personne chargée du recrutement si vous la connaissez ; cette réponse est rédigée pour ${insteadName}.</#if>
<#if insteadName?has_content>

</#if>
</#if>
<#if problem?has_content>
Aucune réponse n'a pu être rédigée : ${problem}
<#elseif draftBody?has_content>
Une réponse que vous pourriez envoyer vous-même (followup ne l'envoie jamais) :

----
Objet : ${draftSubject}

${draftBody}----
<#if saved == "reply">
La même réponse est enregistrée dans votre dossier ${folder}, en réponse à son message.
<#elseif saved == "new">
La même réponse est enregistrée dans votre dossier ${folder}, adressée à ${savedTo}.
<#elseif saved == "error">
Elle n'a pas pu être enregistrée dans votre dossier des brouillons : ${saveError}
</#if>
</#if>
<#if held != 0>

Si ce n'était pas vraiment un refus, `followup resume ${interviewId}` envoie quand même les messages retenus.
</#if>
