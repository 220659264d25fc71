<#-- Los pasos tal como un aviso te los nombra (tuteo, como en los recordatorios). -->
<#function yours id>
  <#switch id>
    <#case "thank-you"><#return "tu correo de agradecimiento">
    <#case "follow-up"><#return "tu correo de seguimiento">
    <#case "second-follow-up"><#return "tu segundo correo de seguimiento">
    <#case "promise-reminder"><#return "tu recordatorio de compromisos">
    <#case "handwritten-note"><#return "tu recordatorio de las tarjetas escritas a mano">
    <#case "debrief"><#return "tu repaso de la entrevista">
    <#case "call-reminder"><#return "tu recordatorio de llamada">
    <#default><#return "tu mensaje (" + id + ")">
  </#switch>
</#function>
<#-- con artículo determinado: "el correo de seguimiento" -->
<#function the id>
  <#switch id>
    <#case "thank-you"><#return "el correo de agradecimiento">
    <#case "follow-up"><#return "el correo de seguimiento">
    <#case "second-follow-up"><#return "el segundo correo de seguimiento">
    <#case "call-reminder"><#return "el recordatorio de llamada">
    <#case "promise-reminder"><#return "el recordatorio de tus compromisos">
    <#case "handwritten-note"><#return "el recordatorio de las tarjetas escritas a mano">
    <#case "debrief"><#return "el repaso de la entrevista">
    <#default><#return "el mensaje (" + id + ")">
  </#switch>
</#function>
