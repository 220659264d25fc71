<#-- Para ti: el momento de un mensaje llegó después de su fecha límite (followup estaba ocupado, el ordenador en reposo), así que no se envió. -->
<#import "steps.ftl" as steps>
Subject: followup: ${steps.the(step)} a ${to} no se envió (demasiado tarde)

followup no pudo enviar ${steps.the(step)} a ${to}, de tu entrevista en ${company}, antes de su fecha límite (el ${latest}), así que no se envió.

Si todavía importa, envíalo tú; `followup preview ${interviewId}` muestra el texto.
