<#-- Die Antwort auf eine Absage, als Entwurf, den Sie selbst senden: Dank, die Bitte um eine Rückmeldung, die Tür
     bleibt offen. followup versendet sie nie; sie steht in der Benachrichtigung und, wo der Server es erlaubt, in
     den Entwürfen. to.greeting grüßt eine Person aus dem Gespräch wie die Nachrichten an sie, alle anderen mit dem
     Namen ihrer Adresse, oder ohne Namen („Guten Tag,“). Siezen; nach der Anrede geht es klein weiter; kein Wort,
     das vom Geschlecht der Absenderin oder des Absenders abhängt. Von gemeinsamer Zeit und von Themen (to.topics,
     höchstens zwei: die der Person selbst) spricht der Text nur, wenn sie im Gespräch war (to.interviewed). -->
Subject: Re: ${interview.position} bei ${interview.companyDative}

${to.greeting}

<#if to.wrote>vielen Dank für Ihre Nachricht und für die Zeit,<#else>ich habe die Entscheidung zu meiner Bewerbung erhalten und danke Ihnen für die Zeit,</#if> die <#if to.interviewed>Sie und das Team sich im Auswahlverfahren für die Position ${interview.position} genommen haben<#else>sich das Team im Auswahlverfahren für die Position ${interview.position} genommen hat</#if>. Ich habe sehr gern mehr über ${interview.companyAccusative} erfahren<#if to.interviewed && to.topics?size == 1>, besonders zum Thema „${to.topicsText}“<#elseif to.interviewed && to.topics?has_content>, besonders zu den Themen ${to.topicsText}</#if>.

Wenn Sie einen Moment Zeit finden, wäre ich Ihnen für eine kurze Rückmeldung zu meinen Gesprächen sehr dankbar: Zu erfahren, was ich hätte besser machen können, hilft mir bei meiner weiteren Suche am meisten.

${interview.companyNominative?cap_first} interessiert mich weiterhin sehr. Sollte sich eine andere Stelle ergeben, zu der meine Erfahrung passt, würde ich mich freuen, von Ihnen zu hören, und ich hoffe, dass sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
