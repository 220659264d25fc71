<#-- Para ti: la empresa no sigue adelante; todo lo de la entrevista queda retenido y hay una respuesta redactada. -->
<#function heldText n><#return (n == 0)?then("No había nada pendiente, así que no se retuvo nada.", (n == 1)?then("1 mensaje pendiente queda retenido y no se enviará.", n + " mensajes pendientes quedan retenidos y no se enviarán."))></#function>
Subject: ${company} no seguirá adelante con tu candidatura

${writer}, de ${company},<#if via?has_content> a través de ${via},</#if> escribió<#if subject?has_content> «${subject}»</#if> el ${received}:

  «${why}»

${heldText(held)}

<#if noRepliesFrom?has_content>
${noRepliesFrom} no admite respuestas: una respuesta a esa dirección no le llega a nadie.<#if !insteadName?has_content> No se redactó ninguna respuesta, porque la ficha no nombra a nadie con una dirección a quien escribir; si conoces a alguien de selección o de la entrevista, escríbele tú.<#else> Para responder, escribe a ${insteadName} (${insteadEmail})<#if insteadIsContact>, el contacto de esta entrevista</#if>, o a la persona de selección si la conoces; esta respuesta está redactada para ${insteadName}.</#if>
<#if insteadName?has_content>

</#if>
</#if>
<#if problem?has_content>
No se pudo redactar una respuesta: ${problem}
<#elseif draftBody?has_content>
Una respuesta que podrías enviar tú (followup nunca la envía):

----
Asunto: ${draftSubject}

${draftBody}----
<#if saved == "reply">
La misma respuesta está guardada en tu carpeta ${folder} como respuesta a su mensaje.
<#elseif saved == "new">
La misma respuesta está guardada en tu carpeta ${folder}, dirigida a ${savedTo}.
<#elseif saved == "error">
No se pudo guardar en tu carpeta de borradores: ${saveError}
</#if>
</#if>
<#if held != 0>

Si en realidad no era un rechazo, `followup resume ${interviewId}` envía de todos modos los mensajes retenidos.
</#if>
