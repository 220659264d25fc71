<#-- An Sie selbst: jemand, an den noch eine Nachricht aussteht, hat mit einer Abwesenheitsnotiz geantwortet. -->
<#import "steps.ftl" as steps>
Subject: ${address} ist abwesend<#if returnDate?has_content> bis ${returnDate}</#if>

<#if !returnDate?has_content>
${address} hat mit einer Abwesenheitsnotiz geantwortet (eingegangen am ${received}), in der followup kein Rückkehrdatum lesen konnte. Daher wurde nichts verschoben: ${steps.the(step)?cap_first} geht weiterhin am ${due} (${zone}) hinaus.
<#else>
${address} ist bis ${returnDate} abwesend (die automatische Antwort kam am ${received}).

<#if outcome == "moved">
${steps.the(step)?cap_first} an ${address} geht jetzt am ${due} (${zone}) hinaus, zu Beginn des Sendefensters am ersten Arbeitstag danach.
<#elseif outcome == "too-far">
Das ist mehr als 30 Tage entfernt, daher wurde nichts verschoben: ${steps.the(step)?cap_first} geht weiterhin am ${due} (${zone}) hinaus.
<#else>
${steps.the(step)?cap_first} an ${address} geht ohnehin erst danach hinaus (am ${due}, ${zone}).
</#if>
</#if>
