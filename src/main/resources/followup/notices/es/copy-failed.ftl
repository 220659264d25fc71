<#-- Para ti: la copia de tu repaso a la persona de sender.debrief-with fue devuelta o rechazada. -->
<#import "steps.ftl" as steps>
Subject: followup: la copia a ${address} <#if refused>fue rechazada<#else>fue devuelta</#if>

La copia de ${steps.yours(step)}<#if subject?has_content> «${subject}»</#if> a ${address} <#if refused>fue rechazada por tu servidor de correo<#else>fue devuelta sin entregar</#if>:

  ${diagnostic}

El mensaje sí te llegó a ti. Revisa la dirección en followup.sender.debrief-with (quizá una errata): mientras no indique otra dirección, las copias la omitirán.
