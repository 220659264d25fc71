<#-- Para ti: alguien a quien aún debe salir un mensaje respondió con un aviso de ausencia. -->
<#import "steps.ftl" as steps>
Subject: ${address} está fuera de la oficina<#if returnDate?has_content> hasta el ${returnDate}</#if>

<#if !returnDate?has_content>
${address} respondió con un aviso de ausencia (recibido el ${received}) en el que followup no pudo leer ninguna fecha de regreso, así que no se ha movido nada: ${steps.the(step)} saldrá igualmente el ${due} (${zone}).
<#else>
${address} está fuera de la oficina hasta el ${returnDate} (su respuesta automática llegó el ${received}).

<#if outcome == "moved">
${steps.the(step)?cap_first} a esa dirección saldrá ahora el ${due} (${zone}), la primera apertura de su ventana de envío el día laborable siguiente.
<#elseif outcome == "too-far">
Eso es dentro de más de 30 días, así que no se ha movido nada: ${steps.the(step)} saldrá igualmente el ${due} (${zone}).
<#else>
${steps.the(step)?cap_first} a esa dirección saldrá de todos modos después de esa fecha (el ${due}, ${zone}).
</#if>
</#if>
