<#-- Die Antwort auf eine Absage, als Entwurf, den Sie selbst senden: Dank, die Bitte um eine Rückmeldung, die Tür
     bleibt offen. followup versendet sie nie; sie steht in der Benachrichtigung und, wo der Server es erlaubt, in
     den Entwürfen. to.greeting grüßt eine Person aus dem Gespräch wie die Nachrichten an sie, alle anderen mit dem
     Namen ihrer Adresse, oder ohne Namen („Guten Tag,“). Siezen; nach der Anrede geht es klein weiter; kein Wort,
     das vom Geschlecht der Absenderin oder des Absenders abhängt. -->
Subject: Re: ${interview.position} bei ${interview.company}

${to.greeting}

vielen Dank für Ihre Nachricht und für die Zeit, die Sie und das Team sich im Auswahlverfahren für die Position ${interview.position} genommen haben. Ich habe sehr gern mehr über ${interview.company} erfahren<#if interview.topics?size == 1>, besonders zum Thema „${interview.allTopics}“<#elseif interview.topics?has_content>, besonders zu den Themen ${interview.allTopics}</#if>.

Wenn Sie einen Moment Zeit finden, wäre ich Ihnen für eine kurze Rückmeldung zu meinen Gesprächen sehr dankbar: Zu erfahren, was ich hätte besser machen können, hilft mir bei meiner weiteren Suche am meisten.

${interview.company} interessiert mich weiterhin sehr. Sollte sich eine andere Stelle ergeben, zu der meine Erfahrung passt, würde ich mich freuen, von Ihnen zu hören, und ich hoffe, dass sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
