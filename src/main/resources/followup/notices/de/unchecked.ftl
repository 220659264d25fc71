<#-- An Sie selbst: das Postfach konnte vor dem spätesten Zeitpunkt einer Nachricht nicht auf eine Antwort des Unternehmens geprüft werden, daher wurde sie nicht gesendet. -->
<#import "steps.ftl" as steps>
Subject: followup: ${steps.the(step)?cap_first} an ${recipient} wurde nicht gesendet

Ihr Postfach konnte vor dem spätesten Zeitpunkt dieser Nachricht (${latest}) nicht auf eine Antwort von ${companyDative} geprüft werden, daher wurde sie nicht gesendet (eine Nachricht nach deren Antwort wäre schlimmer als gar keine):

  ${key}
  ${why}

Falls die Nachricht noch wichtig ist, sehen Sie zuerst nach, ob eine Antwort eingegangen ist, und senden Sie sie dann selbst; `followup preview ${interviewId}` zeigt den Text.
