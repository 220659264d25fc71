<#-- Pour vous-même (et la personne de sender.debrief-with) : vos notes et les quatre questions du bilan avec une
     personne de confiance, avant la relance détaillée. Aucun accord au genre de l'expéditeur. -->
<#-- "au Dr Raj Patel", "à la Dre Anne Roy", "à Mme Claire Martin": a doctor's or a professor's title takes the article -->
<#function a name><#return name?matches("(Dre|Docteure|Professeure)\\s.*", "s")?then("à la " + name, name?matches("(Dr\\.?|Docteur|Pr\\.?|Prof\\.?|Professeur)\\s.*", "s")?then("au " + name, "à " + name))></#function>
Subject: Bilan : votre entretien chez ${interview.company}

${sender.firstName},

Avant de relancer, repassez l'entretien avec une personne de confiance et faites un bilan honnête de son déroulement.<#if debriefWith??> Une copie de ce message a été envoyée à ${debriefWith}.</#if>

L'entretien : ${interview.position} chez ${interview.company}, le ${interview.date} à ${interview.time}.
<#if interview.interviewers?size == 1>Personne présente :<#else>Personnes présentes :</#if>
<#list interview.interviewers as person>
  - ${person.name}<#if person.title??>, ${person.title}</#if><#if person.topics?has_content> (sujet<#if person.topics?size gt 1>s</#if> : ${person.topicsText})</#if>
</#list>
<#if interview.notes??>

Vos notes :
${interview.notes}
</#if>
<#if interview.promisedByMe?has_content>

Vous avez promis : ${interview.promisedByMe?join(" ; ")}.
</#if>
<#if interview.promisedToMe?has_content>
<#if !interview.promisedByMe?has_content>

</#if>
On vous a promis : ${interview.promisedToMe?join(" ; ")}.
</#if>

Parlez-en ensemble, et demandez à cette personne de relever tout ce qui lui semble :
  - positif : ce qui s'est bien passé, et ce qui a plu chez vous ;
  - négatif : une réponse qui n'a pas convaincu, ou une réserve exprimée ;
  - inhabituel : ce qui vous a surpris chez les personnes, dans le déroulement ou dans le poste ;
  - révélateur : ce que les questions disent des besoins réels de l'équipe.

Notez ensuite dans la fiche les deux ou trois points précis qui en ressortent, sous takeaways, formulés comme vous les diriez à votre interlocuteur ; la relance s'appuie dessus et propose d'approfondir le premier. Dans ${interview.id}.conf (dans votre dossier d'entretiens) :

  takeaways = ["votre inquiétude sur la charge des astreintes", "un plan pour la reprise du pipeline CI"]
<#if interview.takeaways?has_content>

Vos takeaways à ce jour :
<#list interview.takeaways as t>
  - ${t}
</#list>
</#if>

<#assign followUpAt = "">
<#list steps as s><#if s.step == "follow-up" && s.state == "planned"><#assign followUpAt = s.dateTime></#if></#list>
<#if followUpAt?has_content>
Servez-vous de ce que vous en retirez pour la relance<#if contact??> ${a(contact.name)}</#if> : elle est prévue le ${followUpAt}. Vous pouvez la relire d'ici là avec followup preview ${interview.id} follow-up.
<#else>
Aucune relance par e-mail n'est prévue pour cet entretien (voir followup plan ${interview.id}) ; servez-vous de ce que vous en retirez si vous reprenez contact autrement.
</#if>

-- followup
