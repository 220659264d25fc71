<#-- Para ti: la plantilla de un mensaje falló, así que el mensaje no se envió. -->
<#import "steps.ftl" as steps>
Subject: followup: no se pudo redactar ${steps.the(step)} para ${company}

La plantilla de este mensaje falló, así que no se envió:

  ${problem}

Corrige la plantilla y compruébala con `${validate}`; después, `${resume}` envía el mensaje, si no ha pasado su momento.
