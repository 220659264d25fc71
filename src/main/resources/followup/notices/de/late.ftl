<#-- An Sie selbst: eine Nachricht kam erst nach ihrem spätesten Zeitpunkt an die Reihe (followup war beschäftigt, der Rechner im Ruhezustand) und wurde daher nicht gesendet. -->
<#import "steps.ftl" as steps>
<#-- "Herr" outside the nominative is "Herrn" ("an Herrn Krüger") -->
<#function herrn name><#return name?replace("^Herr ", "Herrn ", "r")></#function>
Subject: followup: ${steps.the(step)?cap_first} an ${herrn(to)} wurde nicht gesendet (zu spät)

${steps.the(step)?cap_first} an ${herrn(to)} zu Ihrem Vorstellungsgespräch bei ${companyDative} konnte nicht bis zum spätesten Zeitpunkt (${latest}) hinausgehen und wurde daher gar nicht gesendet.

Falls die Nachricht noch wichtig ist, senden Sie sie selbst; `followup preview ${interviewId}` zeigt den Text.
