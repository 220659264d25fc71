<#-- An Sie selbst: die Vorlage einer Nachricht ist fehlgeschlagen, daher wurde sie nicht gesendet. -->
<#import "steps.ftl" as steps>
Subject: followup: ${steps.the(step)?cap_first} für ${companyAccusative} konnte nicht geschrieben werden

Die Vorlage für diese Nachricht ist fehlgeschlagen, daher wurde die Nachricht nicht gesendet:

  ${problem}

Korrigieren Sie die Vorlage und prüfen Sie sie mit `${validate}`; danach sendet `${resume}` die Nachricht, sofern ihr Zeitpunkt nicht verstrichen ist.
