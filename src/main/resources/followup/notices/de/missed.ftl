<#-- An Sie selbst: Nachrichten, deren spätester Zeitpunkt verstrichen ist, während followup sie nicht senden konnte; keine ging verspätet hinaus. -->
<#import "steps.ftl" as steps>
<#-- "Herr" outside the nominative is "Herrn" ("an Herrn Krüger") -->
<#function herrn name><#return name?replace("^Herr ", "Herrn ", "r")></#function>
<#function why m>
  <#local when = "spätester Zeitpunkt: " + m.latest>
  <#switch m.window>
    <#case "send-window"><#return when + "; das Sendefenster öffnet erst danach wieder">
    <#case "call-hours"><#return when + "; erst danach können Sie das Unternehmen wieder innerhalb Ihrer Wachzeiten anrufen">
    <#case "self-window"><#return when + "; Ihre Wachzeiten (policy.self-window) beginnen erst danach wieder">
    <#default><#return when>
  </#switch>
</#function>
<#assign one = missed?size == 1>
Subject: followup: <#if one>Ein Schritt für ${companyAccusative} wurde<#else>${missed?size} Schritte für ${companyAccusative} wurden</#if> verpasst

<#if one>Diese Nachricht zu Ihrem Vorstellungsgespräch bei ${companyDative} für die Position ${position} wurde<#else>Diese Nachrichten zu Ihrem Vorstellungsgespräch bei ${companyDative} für die Position ${position} wurden</#if> nicht gesendet, weil ihr spätester Zeitpunkt<#if !one> jeweils</#if> verstrichen ist, während followup sie nicht senden konnte:

<#list missed as m>
  - ${steps.the(m.step)} an ${herrn(m.to)} (${why(m)})
</#list>

Nichts wurde verspätet gesendet. Falls <#if one>sie<#else>eine davon</#if> noch wichtig ist, senden Sie sie selbst; `followup preview ${interviewId}` zeigt den Text.
