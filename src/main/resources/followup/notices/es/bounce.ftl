<#-- Para ti: un mensaje fue devuelto sin entregar; lo que queda retenido y qué hacer. -->
Subject: followup: el correo a ${address} fue devuelto

<#if passedOn?has_content>
Un mensaje a ${address} fue devuelto sin entregar: el servidor de la empresa lo pasó a ${passedOn} (${address} es un alias, un grupo o un reenvío), y la entrega allí falló:

  ${diagnostic}

Es posible que otras personas a las que lleva ${address} lo hayan recibido; followup no puede saberlo. Por ahora no se enviará nada más a ${address}. Si es la dirección correcta (te la dio la empresa), `followup resume ${interviewId}` vuelve a enviar los mensajes retenidos; si no, corrígela en la ficha, y los pasos restantes se programarán para la dirección corregida.
<#else>
Un mensaje a ${address} fue devuelto sin entregar:

  ${diagnostic}

No se enviará nada más a esta dirección. Revísala en la ficha (quizá una errata); una vez corregida, los pasos restantes se programarán para la dirección corregida.
</#if>
