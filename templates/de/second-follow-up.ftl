<#-- Eine kurze zweite Nachricht im selben Verlauf wie die Nachfrage, als Antwort darauf (Betreff mit "Re:"). -->
Subject: Re: ${followUp.subject}

${to.greeting}

gern möchte ich kurz an meine Nachricht vom ${followUp.date} zur Position ${interview.position} erinnern. Ich bin weiterhin sehr daran interessiert, bei ${interview.company} mitzuwirken, und falls ein kurzes Telefonat in den nächsten Tagen einfacher ist als eine E-Mail, richte ich mich gern nach Ihrem Kalender.

Mit freundlichen Grüßen
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
