<#-- Para ti: un mensaje cuyo envío era incierto ("comprueba si salió un mensaje") sí llegó al servidor. -->
Subject: followup: el mensaje a ${recipient} sí salió

El servidor sí recibió el mensaje cuyo envío followup no había podido confirmar:

  ${key}
  Message-ID ${messageId}

Otro proceso de followup había dado este por detenido, y por eso se te pidió que revisaras tu correo enviado; la respuesta del servidor llegó después. No lo envíes tú: ya salió.
