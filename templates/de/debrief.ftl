<#-- An Sie selbst (und die Person in sender.debrief-with): Ihre Notizen und die vier Fragen für die
     Nachbesprechung mit jemandem, dem Sie vertrauen, bevor die ausführliche Nachfrage hinausgeht. -->
<#-- a date with its weekday is an apposition, closed by a comma when the sentence goes on ("am Freitag, 15. Januar, über") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
<#-- "Herr" outside the nominative is "Herrn" ("Karte für Herrn Krüger") -->
<#function herrn name><#return name?replace("^Herr ", "Herrn ", "r")></#function>
Subject: Nachbesprechung: Ihr Gespräch mit ${interview.companyDative}

${sender.firstName},

bevor Sie nachfragen, gehen Sie das Gespräch mit jemandem durch, dem Sie vertrauen, und seien Sie ehrlich, wie es gelaufen ist.<#if debriefWith??> Eine Kopie ging an ${debriefWith}.</#if>

Das Gespräch: ${interview.position} bei ${interview.companyDative}, ${closed(interview.date)} um ${interview.time}.
<#if interview.interviewers?size == 1>Dabei war:<#else>Dabei waren:</#if>
<#list interview.interviewers as person>
  - ${person.name}<#if person.title??>, ${person.title}</#if><#if person.topics?has_content> (<#if person.topics?size == 1>Thema<#else>Themen</#if>: ${person.topicsText})</#if>
</#list>
<#if interview.notes??>

Ihre Notizen:
${interview.notes}
</#if>
<#if interview.promisedByMe?has_content>

Sie haben zugesagt: ${interview.promisedByMe?join("; ")}.
</#if>
<#if interview.promisedToMe?has_content>
<#if !interview.promisedByMe?has_content>

</#if>
Ihnen wurde zugesagt: ${interview.promisedToMe?join("; ")}.
</#if>

Sprechen Sie es durch und bitten Sie Ihr Gegenüber, auf alles hinzuweisen, was wirkt:
  - positiv: was gut lief und was man an Ihnen geschätzt hat;
  - negativ: wo eine Antwort nicht überzeugt hat oder welche Bedenken geäußert wurden;
  - ungewöhnlich: was Sie an den Menschen, dem Ablauf oder der Position überrascht hat;
  - aufschlussreich: was die Fragen darüber verraten, was wirklich gebraucht wird.

Tragen Sie danach die zwei, drei wichtigsten Punkte als takeaways in den Datensatz ein; die Nachfrage greift sie auf und bietet an, den ersten zu vertiefen. In ${interview.id}.conf (in Ihrem Verzeichnis für Gespräche):

  takeaways = ["die Sorge um die Last der Rufbereitschaft", "ein Plan für die Übergabe der CI-Pipeline"]
<#if interview.takeaways?has_content>

Ihre bisherigen takeaways:
<#list interview.takeaways as t>
  - ${t}
</#list>
</#if>

<#assign followUpAt = "">
<#list steps as s><#if s.step == "follow-up" && s.state == "planned"><#assign followUpAt = s.dateTime></#if></#list>
<#if followUpAt?has_content>
Nutzen Sie die Erkenntnisse für die Nachfrage<#if contact??> an ${herrn(contact.name)}</#if>: Sie ist für ${followUpAt} geplant. Mit followup preview ${interview.id} follow-up können Sie sie vorher ansehen.
<#else>
Für dieses Gespräch ist keine Nachfrage per E-Mail geplant (siehe followup plan ${interview.id}); nutzen Sie die Erkenntnisse, wenn Sie auf anderem Weg Kontakt aufnehmen.
</#if>

-- followup
