<#-- Para ti: el momento de un mensaje llegó después de su fecha límite (followup estaba ocupado, el ordenador en reposo), así que no se envió. -->
<#import "steps.ftl" as steps>
<#-- "a" before a name, with the article a courtesy or academic title takes: "al Sr. Ruiz", "a la Sra. García" -->
<#function a name><#return name?matches("(Sr|Dr|Prof)\\. .*", "s")?then("al " + name, name?matches("(Sra|Srta|Dra|Profa)\\. .*", "s")?then("a la " + name, "a " + name))></#function>
Subject: followup: ${steps.the(step)} ${a(to)} no se envió (demasiado tarde)

followup no pudo enviar ${steps.the(step)} ${a(to)}, de tu entrevista en ${company}, antes de su fecha límite (el ${latest}), así que no se envió.

Si todavía importa, envíalo tú; `followup preview ${interviewId}` muestra el texto.
