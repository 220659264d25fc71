<#-- Para ti, una hora después de la entrevista: lo que cada parte prometió. Tuteo en los recordatorios propios;
     ningún adjetivo que dependa del género de quien escribe. -->
Subject: Recordatorio: lo que prometiste a ${interview.company}

${sender.firstName}:

En tu entrevista con ${interview.company} para el puesto de ${interview.position} (${interview.date}, ${interview.time}), prometiste:

<#list interview.promisedByMe as promise>
  - ${promise}
</#list>

Cumple <#if interview.promisedByMe?size == 1>esa promesa<#else>esas promesas</#if> mientras la conversación está reciente: una promesa cumplida enseguida dice más que cualquier nota de agradecimiento.
<#if interview.promisedToMe?has_content>

Te prometieron:

<#list interview.promisedToMe as promise>
  - ${promise}
</#list>

Si en unos días no ha llegado lo prometido, pídelo con cortesía; el correo de seguimiento también lo menciona.
</#if>

-- followup
