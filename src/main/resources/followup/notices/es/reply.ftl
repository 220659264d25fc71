<#-- Para ti: la empresa ha respondido, y lo que queda retenido. Tuteo, como en los recordatorios. -->
<#import "steps.ftl" as steps>
<#function heldText n><#return (n == 0)?then("No había nada pendiente, así que no se retuvo nada.", (n == 1)?then("1 mensaje pendiente queda retenido y no se enviará.", n + " mensajes pendientes quedan retenidos y no se enviarán."))></#function>
Subject: Respuesta de ${company}<#if name?has_content> (${name})</#if>

${company} ha respondido: ${writer}<#if via?has_content>, a través de ${via},</#if> escribió<#if subject?has_content> «${subject}»</#if> el ${received}<#if answeringStep?has_content>, en respuesta a ${steps.yours(answeringStep)} enviado a ${answeringTo}<#elseif answeringMessage?has_content>, en respuesta a tu mensaje ${answeringMessage}</#if>.

${heldText(held)} Lee su mensaje y respóndelo personalmente.
<#if held != 0>

Si en realidad no era una respuesta, `followup resume ${interviewId}` envía de todos modos los mensajes retenidos.
</#if>
