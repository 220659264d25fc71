<#-- Die Nachfrage an die Kontaktperson: länger als der Dank, aber knapp; anhaltendes Interesse, Konkretes aus dem
     Gespräch und der Nachbesprechung (takeaways), was beide Seiten zugesagt haben, und ein konkreter Anlass zu
     antworten. Siezen; nach der Anrede geht es klein weiter. -->
<#-- a date with its weekday is an apposition, closed by a comma when the sentence goes on ("am Freitag, 15. Januar, über") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
<#assign role = interview.position>
<#assign company = interview.companyDative>
Subject: Nachfrage zur Position ${role}

${to.greeting}

<#if interview.nextStepBy??>ich hoffe, es geht Ihnen gut. Sie hatten erwähnt, sich bis ${closed(interview.nextStepBy)} melden zu wollen, und so möchte ich an unser Gespräch über die Position ${role} bei ${company} anknüpfen.<#else>ich hoffe, es geht Ihnen gut. Gern möchte ich an das Gespräch anknüpfen, das wir ${closed(interview.when)} über die Position ${role} bei ${company} geführt haben.</#if> Die Position interessiert mich weiterhin sehr, und je länger ich seit unserem Treffen darüber nachdenke, desto lieber wäre ich Teil davon.

<#if interview.takeaways?has_content>
Seit unserem Gespräch habe ich weiter über Folgendes nachgedacht: ${interview.takeawaysText}. Genau hier sehe ich, wie ich Ihr Team unterstützen kann, und ich würde mich mit voller Kraft einbringen.<#elseif to.topics?has_content>
Unser Austausch <#if to.topics?size == 1>zum Thema „${to.topicsText}“<#else>zu den Themen ${to.topicsText}</#if> ist mir im Gedächtnis geblieben; genau an solchen Aufgaben möchte ich arbeiten, und ich würde mich mit voller Kraft einbringen.<#else>
Was ich über das Team und seine Pläne erfahren habe, ist mir im Gedächtnis geblieben; genau an solchen Aufgaben möchte ich arbeiten.</#if><#if interview.promisedByMe?has_content> Ich hoffe, das Zugesagte ist gut bei Ihnen angekommen (${interview.promisedByMeText}); gern sende ich Ihnen weitere Unterlagen, falls das hilft.</#if><#if interview.promisedToMe?has_content> Wenn es Ihnen passt, freue ich mich weiterhin über das, was Sie mir angeboten hatten: ${interview.promisedToMeText}.</#if>

<#if interview.takeaways?has_content>
Falls es Ihre Entscheidung erleichtert, skizziere ich gern in einer kurzen Notiz, wie ich <#if interview.takeaways?size == 1>das<#else>den ersten dieser Punkte</#if> konkret angehen würde. Ebenso gern vereinbaren wir ein kurzes Telefonat zu einem Zeitpunkt, der Ihnen passt. Eine kurze Antwort auf diese E-Mail genügt.<#else>
Falls es Ihre Entscheidung erleichtert, sende ich Ihnen gern Referenzen aus aktuellen Projekten, oder wir vereinbaren ein kurzes Telefonat mit Ihnen oder dem Team zu einem Zeitpunkt, der Ihnen passt. Eine kurze Antwort auf diese E-Mail genügt.</#if>

Mit freundlichen Grüßen
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
