<#-- An Sie selbst: der Text für eine handschriftliche Karte an jede Person, die eine möchte, und wie Sie allen
     danken, für die der Datensatz keine E-Mail-Adresse hat. -->
<#-- "Herr" outside the nominative is "Herrn" ("Karte für Herrn Krüger") -->
<#function herrn name><#return name?replace("^Herr ", "Herrn ", "r")></#function>
<#import cardTemplate as cardText>
<#assign people = cards + unthanked>
<#-- der Betreff zählt die zu schreibenden Karten (Personen mit Adresse) und nennt die anderen als solche -->
<#assign carded = cards + unthanked?filter(p -> p.address??)>
<#assign uncarded = unthanked?filter(p -> !(p.address??))>
Subject: <#if carded?has_content>Handschriftliche Karte<#if carded?size gt 1>n</#if> für ${interview.companyAccusative}: <#list carded as p>${p.name}<#sep>, </#list><#if uncarded?has_content>; keine Adresse für <#list uncarded as p>${herrn(p.name)}<#sep>, </#list></#if><#else>Dankschreiben für ${interview.companyAccusative}: <#list people as p>${p.name}<#sep>, </#list></#if>

${sender.firstName},

<#if cards?has_content>
eine kurze handschriftliche Karte fällt auf. Schicken Sie sie möglichst heute ab.
</#if>
<#list cards as card>

---- Karte für ${herrn(card.name)}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Adresse:
${card.address}
<#else>
Adresse: nicht im Datensatz; fragen Sie am Empfang oder suchen Sie die Büroadresse von ${interview.companyDative} heraus.
</#if>

<@cardText.card card/>
</#list>
<#if unthanked?has_content>

<#-- nach der Anrede geht es klein weiter; nach einer Karte beginnt ein neuer Absatz -->
<#if cards?has_content>Für<#else>für</#if> <#list unthanked as p>${herrn(p.name)}<#if p?has_next><#if p?index == unthanked?size - 2> und <#else>, </#if></#if></#list> hat der Datensatz keine E-Mail-Adresse, daher ging kein Dankschreiben per E-Mail hinaus.
<#list unthanked as p>

---- ${p.name}<#if p.title??>, ${p.title}</#if> ----
<#if p.address??>
Schicken Sie eine Karte an:
${p.address}

<@cardText.card p/>
<#elseif passOnBy??>
Das Dankschreiben an ${herrn(passOnBy.name)} bittet darum, Ihren Dank weiterzugeben. Eine eigene Nachricht ist besser: Wenn Sie die Adresse finden, tragen Sie sie im Datensatz als email ein.
<#else>
Fragen Sie am Empfang oder bei der Personalabteilung nach der Adresse und tragen Sie sie im Datensatz als email ein.
</#if>
</#list>
</#if>

-- followup
