<#-- Para ti: no se pudo comprobar el buzón antes de la fecha límite de un mensaje para ver si la empresa había respondido, así que no se envió. -->
<#import "steps.ftl" as steps>
Subject: followup: ${steps.the(step)} a ${recipient} no se envió

No se pudo comprobar tu buzón antes de la fecha límite de este mensaje (el ${latest}) para ver si ${company} había respondido, así que no se envió (un mensaje después de su respuesta sería peor que ninguno):

  ${key}
  ${why}

Si todavía importa, comprueba primero si ha llegado una respuesta y luego envíalo tú; `followup preview ${interviewId}` muestra el texto.
