<#-- An Sie selbst, nachdem die zweite Nachfrage unbeantwortet blieb: ein höflicher Anruf. -->
<#-- a date with its weekday is an apposition, closed by a comma when the sentence goes on ("am Freitag, 15. Januar, über") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
<#-- "Herr" outside the nominative is "Herrn" ("Karte für Herrn Krüger") -->
<#function herrn name><#return name?replace("^Herr ", "Herrn ", "r")></#function>
Subject: ${herrn(contact.name)} bei ${interview.companyDative} anrufen: Position ${interview.position}

${sender.firstName},

zwei E-Mails zur Position ${interview.position} sind unbeantwortet geblieben; jetzt ist ein höflicher Anruf an der Reihe.

Wen: ${herrn(contact.name)}<#if contact.title??>, ${contact.title}</#if>, ${interview.company}
<#if interview.phone??>
Nummer: ${interview.phone}
<#else>
Nummer: nicht im Datensatz; Sie finden sie auf der Website des Unternehmens oder in früheren E-Mails.
</#if>
Wann: In ${call.place} (${call.zone}) ist es ${call.weekday}, ${call.time}<#if call.closes??>; dort endet der Arbeitstag um ${call.closes} ${call.closesZone}<#if !(call.sameClock!false)>, bei Ihnen <#if call.closesHereWeekday??>am ${call.closesHereWeekday} </#if>um ${call.closesHere}</#if></#if>.

Was Sie sagen: dass Ihnen das Gespräch am ${closed(interview.date)} gefallen hat, dass Sie weiterhin großes Interesse an der Position haben und fragen möchten, ob noch etwas von Ihnen gebraucht wird. Sie bitten nicht um eine Entscheidung, Sie bringen sich nur in Erinnerung; ein, zwei Minuten genügen, und danken Sie für die Zeit.

Danach ist das Unternehmen am Zug: Die Nachfragen enden hier.

-- followup
