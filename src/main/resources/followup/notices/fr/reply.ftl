<#-- Pour vous-même : l'entreprise a répondu, et ce qui est retenu. Vouvoiement ; espace insécable avant les
     deux-points et dans les guillemets. -->
<#import "steps.ftl" as steps>
<#function heldText n><#return (n == 0)?then("Rien n'était en attente : rien n'a donc été retenu.", (n == 1)?then("1 message en attente est retenu et ne sera pas envoyé.", n + " messages en attente sont retenus et ne seront pas envoyés."))></#function>
Subject: Réponse ${steps.de(company)}<#if name?has_content> (${name})</#if>

${company} a répondu : ${writer}<#if via?has_content>, par l'intermédiaire de ${via},</#if> a écrit<#if subject?has_content> « ${subject} »</#if> le ${received}<#if answeringStep?has_content>, en réponse à ${steps.yoursTo(answeringStep)} ${answeringTo}<#elseif answeringMessage?has_content>, en réponse à votre message ${answeringMessage}</#if>.

${heldText(held)} Lisez son message et répondez-y vous-même.
<#if held != 0>

Si ce n'était pas vraiment une réponse, `followup resume ${interviewId}` envoie quand même les messages retenus.
</#if>
