<#-- Eine kurze zweite Nachricht im selben Verlauf wie die Nachfrage, als Antwort darauf (Betreff mit "Re:"). -->
<#-- a date with its weekday is an apposition, closed by a comma when the sentence goes on ("am Freitag, 15. Januar, über") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
Subject: ${followUp.reply}

${to.greeting}

gern möchte ich kurz an meine Nachricht vom ${closed(followUp.date)} zur Position ${interview.position} erinnern. Ich bin weiterhin sehr daran interessiert, bei ${interview.companyDative} mitzuwirken, und falls ein kurzes Telefonat in den nächsten Tagen einfacher ist als eine E-Mail, richte ich mich gern nach Ihrem Kalender.

Mit freundlichen Grüßen
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
