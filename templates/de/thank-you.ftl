<#-- Das Dankschreiben an eine Person aus dem Gespräch: drei oder vier Sätze, nennt alle, die dabei waren, und
     greift auf, worüber diese Person gesprochen hat. In einer Runde ist jede Nachricht eine eigene (note.variant
     wählt je Person eine andere Formulierung jedes Teils). Siezen; nach der Anrede geht es klein weiter. -->
<#-- a date with its weekday is an apposition, closed by a comma when the sentence goes on ("am Freitag, 15. Januar, über") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
<#assign v = note.variant>
<#assign when = closed(interview.when)>
<#assign role = interview.position>
<#-- "bei der Nordlicht GmbH": the name as the sentence needs it -->
<#assign company = interview.companyDative>
<#if note.topic??>
<#assign subjects = [
  "Vielen Dank für das Gespräch zum Thema „${note.topic}“",
  "Danke für Ihre Zeit und den Austausch zu „${note.topic}“",
  "Unser Gespräch über „${note.topic}“",
  "Vielen Dank: „${note.topic}“ und die Position ${role}",
  "Mit Dank für den Austausch zu „${note.topic}“",
  "Danke für Ihre Einblicke zu „${note.topic}“"]>
<#else>
<#assign subjects = [
  "Vielen Dank für das Gespräch zur Position ${role}",
  "Danke für Ihre Zeit: ${role}",
  "Unser Gespräch zur Position ${role}",
  "Vielen Dank: ${role} bei ${company}",
  "Mit Dank für das Vorstellungsgespräch",
  "Vielen Dank für Ihre Zeit und Ihre Einblicke"]>
</#if>
<#assign openings = [
  "vielen Dank, dass Sie sich ${when} die Zeit für ein Gespräch über die Position ${role} genommen haben.",
  "herzlichen Dank für das Gespräch ${when} über die Position ${role} bei ${company}.",
  "ich habe mich sehr gefreut, ${when} mit Ihnen über die Position ${role} zu sprechen.",
  "vielen Dank für Ihre Zeit ${when} und für unser Gespräch über die Position ${role}.",
  "es war mir eine Freude, Sie ${when} kennenzulernen und mehr über die Position ${role} zu erfahren.",
  "ich danke Ihnen für die Zeit, die Sie sich ${when} für das Gespräch über die Position ${role} genommen haben."]>
<#if to.metBefore>
<#-- wer schon in einer früheren Runde dabei war, wird für das erneute Gespräch bedankt, nicht für das Kennenlernen -->
<#assign openings = [
  "vielen Dank, dass Sie sich ${when} erneut die Zeit für ein Gespräch über die Position ${role} genommen haben.",
  "herzlichen Dank für das erneute Gespräch ${when} über die Position ${role} bei ${company}.",
  "ich habe mich sehr gefreut, ${when} wieder mit Ihnen über die Position ${role} zu sprechen.",
  "vielen Dank für Ihre Zeit ${when} und dafür, dass wir unser Gespräch über die Position ${role} fortsetzen konnten.",
  "es war schön, ${when} wieder mit Ihnen zu sprechen und mehr über die Position ${role} zu erfahren.",
  "ich danke Ihnen, dass Sie sich ${when} noch einmal Zeit für das Gespräch über die Position ${role} genommen haben."]>
</#if>
<#if to.topics?has_content>
<#-- ein Thema in Anführungszeichen („zum Thema „X““), mehrere als Aufzählung („zu den Themen X, Y und Z“) -->
<#if to.topics?size == 1>
<#assign zuThema = "zum Thema „${to.topicsText}“", dasThema = "das Thema „${to.topicsText}“", ueber = "über „${to.topicsText}“">
<#else>
<#assign zuThema = "zu den Themen ${to.topicsText}", dasThema = "die Themen ${to.topicsText}", ueber = "über ${to.topicsText}">
</#if>
<#assign middles = [
  "Ihre Einblicke ${zuThema} fand ich besonders wertvoll, und ich freue mich darauf, das Gespräch fortzusetzen.",
  "Was Sie ${zuThema} gesagt haben, beschäftigt mich noch immer, und ich würde gern daran anknüpfen.",
  "Zu hören, wie Sie ${dasThema} angehen, hat mir ein deutlich klareres Bild der Aufgabe gegeben.",
  "Ihre Sicht auf ${dasThema} war für mich besonders aufschlussreich, und ich würde gern mehr darüber erfahren.",
  "Besonders gern habe ich mich mit Ihnen ${ueber} ausgetauscht; genau solche Fragestellungen reizen mich.",
  "Unser Austausch ${zuThema} war für mich der Höhepunkt des Gesprächs, und ich habe seitdem viel darüber nachgedacht."]>
<#else>
<#assign middles = [
  "Es war sehr interessant zu hören, wie das Team arbeitet und was die Position umfasst.",
  "Besonders hilfreich war es für mich, mehr über den Arbeitsalltag Ihres Teams zu erfahren.",
  "Ihre Schilderung des Teams und seiner Prioritäten hat mir ein klares Bild der Aufgabe vermittelt.",
  "Ich habe sehr geschätzt, wie offen Sie das Team und die anstehenden Aufgaben beschrieben haben.",
  "Es war aufschlussreich zu erfahren, worauf es dem Team derzeit besonders ankommt.",
  "Durch Ihre Ausführungen zu den Plänen des Teams ist die Position für mich sehr viel greifbarer geworden."]>
</#if>
<#if note.mates??>
<#assign mates = [
  "Ebenso habe ich mich gefreut, ${note.mates} kennenzulernen",
  "Mit ${note.mates} zu sprechen war für mich ebenso wertvoll",
  "Der Austausch mit ${note.mates} hat mir einen umfassenderen Eindruck vom Team vermittelt",
  "Sehr gern habe ich im Laufe des Gesprächs auch ${note.mates} kennengelernt",
  "Das Kennenlernen von ${note.mates} hat mir gezeigt, wie das Team zusammenarbeitet",
  "Gemeinsam mit ${note.mates} haben Sie mich sehr offen und freundlich empfangen"]>
<#-- wer schon in einer früheren Runde dabei war, wird wiedergesehen, nicht kennengelernt -->
<#if note.matesAgain?? && note.matesNew??>
<#assign mates = [
  "Ebenso habe ich mich gefreut, ${note.matesNew} kennenzulernen sowie ${note.matesAgain} wiederzusehen",
  "Das Gespräch mit ${note.matesNew} sowie das Wiedersehen mit ${note.matesAgain} waren für mich ebenso wertvoll",
  "Der Austausch mit ${note.matesNew} sowie das Wiedersehen mit ${note.matesAgain} haben mir einen umfassenderen Eindruck vom Team vermittelt",
  "Sehr gern habe ich im Laufe des Gesprächs auch ${note.matesNew} kennengelernt und wieder mit ${note.matesAgain} gesprochen",
  "Das Kennenlernen von ${note.matesNew} sowie das Wiedersehen mit ${note.matesAgain} haben mir gezeigt, wie das Team zusammenarbeitet",
  "Gemeinsam mit ${note.matesNew} sowie erneut mit ${note.matesAgain} haben Sie mich sehr offen und freundlich empfangen"]>
<#elseif note.matesAgain??>
<#assign mates = [
  "Ebenso habe ich mich gefreut, ${note.matesAgain} wiederzusehen",
  "Der erneute Austausch mit ${note.matesAgain} war für mich ebenso wertvoll",
  "Das Wiedersehen mit ${note.matesAgain} hat mir einen umfassenderen Eindruck vom Team vermittelt",
  "Sehr gern habe ich im Laufe des Gesprächs auch wieder mit ${note.matesAgain} gesprochen",
  "Wieder mit ${note.matesAgain} zu sprechen hat mir gezeigt, wie das Team zusammenarbeitet",
  "Gemeinsam mit ${note.matesAgain} haben Sie mich erneut sehr offen und freundlich empfangen"]>
</#if>
<#assign team = mates[v]>
<#if note.passOn??><#assign team = team + ", und ich wäre Ihnen dankbar, wenn Sie meinen Dank an " + note.passOn + " weitergeben könnten"></#if>
<#assign team = team + ".">
<#elseif note.passOn??>
<#assign team = ["Bitte richten Sie auch ${note.passOn} meinen herzlichen Dank aus.",
  "Ich wäre Ihnen dankbar, wenn Sie meinen Dank an ${note.passOn} weitergeben könnten.",
  "Bitte geben Sie meinen Dank auch an ${note.passOn} weiter.",
  "Würden Sie meinen Dank bitte an ${note.passOn} weitergeben?",
  "Es würde mich freuen, wenn Sie ${note.passOn} meinen Dank übermitteln könnten.",
  "Bitte danken Sie ${note.passOn} in meinem Namen."][v]>
<#else>
<#assign team = "">
</#if>
<#assign closings = [
  "Unser Gespräch hat mein Interesse an einer Mitarbeit bei ${company} noch verstärkt.",
  "Nach unserem Gespräch möchte ich noch lieber bei ${company} mitwirken, und ich freue mich, von Ihnen zu hören.",
  "Ich würde mich sehr freuen, zu dem beizutragen, was ${interview.companyNominative} aufbaut.",
  "Das Gespräch hat mir bestätigt, wie gern ich bei ${company} arbeiten möchte.",
  "Ich freue mich auf die nächsten Schritte mit ${company} und hoffe, dass wir bald wieder sprechen.",
  "Nochmals vielen Dank; die Aussicht, bei ${company} zu arbeiten, begeistert mich sehr."]>
<#assign signOffs = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen", "Beste Grüße",
  "Mit herzlichen Grüßen", "Mit freundlichem Gruß"]>
Subject: ${subjects[v]}

${to.greeting}

${openings[v]} ${middles[v]}<#if team?has_content> ${team}</#if> ${closings[v]}

${signOffs[v]}
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
