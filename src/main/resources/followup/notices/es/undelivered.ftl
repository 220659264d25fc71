<#-- Para ti: un servidor desistió de entregar un mensaje tras fallos temporales; lo que queda retenido hasta resume. -->
Subject: followup: el correo a ${address} no se entregó

<#if subject?has_content>Tu mensaje «${subject}» a ${address}<#else>Un mensaje a ${address}</#if> no llegó. <#if full!false>El buzón de la persona está lleno, así que el servidor de destino no pudo aceptarlo:<#else>El servidor de destino no pudo aceptarlo y, tras intentarlo durante un tiempo, desistió:</#if>

  ${diagnostic}

No consta que la dirección sea incorrecta, pero por ahora no se le envía nada más: los mensajes programados para ella quedan retenidos. Cuando sepas que el correo vuelve a llegarle (o la hayas corregido en la ficha), `followup resume ${interviewId}` los envía. Si este mensaje importa, reenvíalo tú (hay una copia en tu carpeta de enviados) o contacta con la persona por otra vía.
