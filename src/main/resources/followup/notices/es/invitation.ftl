<#-- Para ti: la empresa envió una invitación de calendario; lo que queda retenido y la ficha de la siguiente ronda. -->
<#function heldText n><#return (n == 0)?then("No había nada pendiente, así que no se retuvo nada.", (n == 1)?then("1 mensaje pendiente queda retenido y no se enviará.", n + " mensajes pendientes quedan retenidos y no se enviarán."))></#function>
<#assign what><#if title?has_content>«${title}»<#else>una reunión</#if></#assign>
Subject: ${company} te invita a ${what} el ${start}

${company} te invita a ${what} el ${start}<#if startHere?has_content> (en tu hora: ${startHere})</#if>. ${writer}<#if via?has_content>, a través de ${via},</#if> envió la invitación el ${received}<#if subject?has_content> («${subject}»)</#if>.

${heldText(held)}
<#if record?has_content>

La ficha de esta ronda, lista para guardarla como conf/interviews/${recordFile} (revisa las personas de la entrevista; los seguimientos de la ronda anterior le ceden entonces el paso):

${record}
</#if>
