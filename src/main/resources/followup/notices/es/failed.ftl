<#-- Para ti: el servidor rechazó un mensaje de forma definitiva (5xx); no se vuelve a intentar. -->
Subject: followup: no se pudo enviar un mensaje a ${recipient}

Este mensaje no se pudo enviar y no se volverá a intentar:

  ${key}
  ${reason}

Revisa la dirección y consulta `followup status`.
