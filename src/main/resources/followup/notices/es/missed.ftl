<#-- Para ti: mensajes cuyo plazo venció mientras followup no podía enviarlos; ninguno salió con retraso. -->
<#import "steps.ftl" as steps>
<#-- "a" before a name, with the article a courtesy or academic title takes: "al Sr. Ruiz", "a la Sra. García" -->
<#function a name><#return name?matches("(Sr|Dr|Prof)\\. .*", "s")?then("al " + name, name?matches("(Sra|Srta|Dra|Profa)\\. .*", "s")?then("a la " + name, "a " + name))></#function>
<#function why m>
  <#local when = "fecha límite: el " + m.latest>
  <#switch m.window>
    <#case "send-window"><#return when + "; la ventana de envío no vuelve a abrirse hasta después">
    <#case "call-hours"><#return when + "; no se puede volver a llamar a la empresa en tus horas de actividad hasta después">
    <#case "self-window"><#return when + "; tus horas de actividad (policy.self-window) no vuelven a empezar hasta después">
    <#default><#return when>
  </#switch>
</#function>
<#assign one = missed?size == 1>
Subject: followup: <#if one>un paso para ${company} se quedó<#else>${missed?size} pasos para ${company} se quedaron</#if> sin enviar

<#if one>Este mensaje de tu entrevista en ${company} para el puesto de ${position} no se envió porque su plazo venció mientras followup no podía enviarlo:<#else>Estos mensajes de tu entrevista en ${company} para el puesto de ${position} no se enviaron porque su plazo venció mientras followup no podía enviarlos:</#if>

<#list missed as m>
  - ${steps.the(m.step)} ${a(m.to)} (${why(m)})
</#list>

No salió nada con retraso. <#if one>Si todavía importa, envíalo tú;<#else>Si alguno todavía importa, envíalo tú;</#if> `followup preview ${interviewId}` muestra el texto.
