<#-- Para ti: el envío de un mensaje se interrumpió (entre su reserva y la respuesta del servidor); puede que saliera o puede que no. -->
Subject: followup: comprueba si salió un mensaje a ${recipient}

followup se interrumpió mientras enviaba este mensaje y no puede saber si el servidor lo recibió:

  ${key}
  Message-ID ${messageId}
  <#if lookupError?has_content>no se pudo revisar la carpeta de enviados (${lookupError})<#else>no está en la carpeta de enviados</#if>

No se ha vuelto a enviar (policy.on-uncertain = hold). Revisa tu correo enviado; si no está, envíalo tú (`followup preview ${interviewId}`).
