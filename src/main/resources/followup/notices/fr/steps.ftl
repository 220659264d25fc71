<#-- Les étapes telles qu'un avis vous les nomme, avec le participe accordé ("votre relance envoyée à"). -->
<#function yoursTo id>
  <#switch id>
    <#case "thank-you"><#return "votre message de remerciement envoyé à">
    <#case "follow-up"><#return "votre relance envoyée à">
    <#case "second-follow-up"><#return "votre seconde relance envoyée à">
    <#case "promise-reminder"><#return "votre rappel d'engagements envoyé à">
    <#case "handwritten-note"><#return "votre rappel des cartes manuscrites envoyé à">
    <#case "debrief"><#return "votre bilan d'entretien envoyé à">
    <#case "call-reminder"><#return "votre rappel d'appel envoyé à">
    <#default><#return "votre message (" + id + ") envoyé à">
  </#switch>
</#function>
<#-- "au Dr Raj Patel", "à la Dre Anne Roy", "à Mme Claire Martin": a doctor's or a professor's title takes the article -->
<#function a name><#return name?matches("(Dre|Docteure|Professeure)\\s.*", "s")?then("à la " + name, name?matches("(Dr\\.?|Docteur|Pr\\.?|Prof\\.?|Professeur)\\s.*", "s")?then("au " + name, "à " + name))></#function>
<#-- "de Acme" s'élide devant une voyelle : "d'Acme" -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
<#function yours id>
  <#switch id>
    <#case "thank-you"><#return "votre message de remerciement">
    <#case "follow-up"><#return "votre relance">
    <#case "second-follow-up"><#return "votre seconde relance">
    <#case "debrief"><#return "votre bilan d'entretien">
    <#default><#return "votre message">
  </#switch>
</#function>
<#-- avec l'article défini : "la relance" -->
<#function the id>
  <#switch id>
    <#case "thank-you"><#return "le message de remerciement">
    <#case "follow-up"><#return "la relance">
    <#case "second-follow-up"><#return "la seconde relance">
    <#case "call-reminder"><#return "le rappel d'appel">
    <#case "promise-reminder"><#return "le rappel de vos engagements">
    <#case "handwritten-note"><#return "le rappel des cartes manuscrites">
    <#case "debrief"><#return "le bilan d'entretien">
    <#default><#return "le message (" + id + ")">
  </#switch>
</#function>
