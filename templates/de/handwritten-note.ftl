<#-- An Sie selbst: der Text für eine handschriftliche Karte an jede Person, die eine möchte, und wie Sie allen
     danken, für die der Datensatz keine E-Mail-Adresse hat. -->
<#assign people = cards + unthanked>
Subject: <#if cards?has_content>Handschriftliche Karte<#if cards?size gt 1>n</#if><#else>Dankschreiben</#if> für ${interview.company}: <#list people as p>${p.name}<#sep>, </#list>

${sender.firstName},

<#if cards?has_content>
Eine kurze handschriftliche Karte fällt auf. Schicken Sie sie möglichst heute ab.
</#if>
<#list cards as card>

---- Karte für ${card.name}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Adresse:
${card.address}
<#else>
Adresse: nicht im Datensatz; fragen Sie am Empfang oder suchen Sie die Büroadresse von ${interview.company} heraus.
</#if>

${card.greeting}

vielen Dank für das Gespräch über die Position ${interview.position}. <#if card.topics?has_content>Besonders gern habe ich mich mit Ihnen über <#if card.topics?size == 1>„${card.topicsText}“<#else>${card.topicsText}</#if> ausgetauscht.<#else>Es war schön zu erfahren, wie Ihr Team arbeitet.</#if> Ich hoffe, wir können das Gespräch bald fortsetzen.

Mit herzlichen Grüßen
${sender.name}
</#list>
<#if unthanked?has_content>

Für <#list unthanked as p>${p.name}<#sep>, </#list> hat der Datensatz keine E-Mail-Adresse, daher ging kein Dankschreiben per E-Mail hinaus.
<#list unthanked as p>

---- ${p.name}<#if p.title??>, ${p.title}</#if> ----
<#if p.address??>
Schicken Sie eine Karte an:
${p.address}

${p.greeting}

vielen Dank für das Gespräch über die Position ${interview.position}. <#if p.topics?has_content>Besonders gern habe ich mich mit Ihnen über <#if p.topics?size == 1>„${p.topicsText}“<#else>${p.topicsText}</#if> ausgetauscht.<#else>Es war schön zu erfahren, wie Ihr Team arbeitet.</#if> Ich hoffe, wir können das Gespräch bald fortsetzen.

Mit herzlichen Grüßen
${sender.name}
<#elseif contact??>
Das Dankschreiben an ${contact.name} bittet darum, Ihren Dank weiterzugeben. Eine eigene Nachricht ist besser: Wenn Sie die Adresse finden, tragen Sie sie im Datensatz als email ein.
<#else>
Fragen Sie am Empfang oder bei der Personalabteilung nach der Adresse und tragen Sie sie im Datensatz als email ein.
</#if>
</#list>
</#if>

-- followup
