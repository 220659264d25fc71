<#-- Die Schritte, wie ein Hinweis an Sie sie nennt: mit dem passenden Possessivpronomen ("Ihr Dankschreiben"). -->
<#function yours id>
  <#switch id>
    <#case "thank-you"><#return "Ihr Dankschreiben">
    <#case "follow-up"><#return "Ihre Nachfrage">
    <#case "second-follow-up"><#return "Ihre zweite Nachfrage">
    <#case "promise-reminder"><#return "Ihre Erinnerung an Ihre Zusagen">
    <#case "handwritten-note"><#return "Ihre Erinnerung an die handgeschriebenen Karten">
    <#case "debrief"><#return "Ihre Nachbesprechung">
    <#case "call-reminder"><#return "Ihre Erinnerung an den Anruf">
    <#default><#return "Ihre Nachricht (" + id + ")">
  </#switch>
</#function>
<#-- im Genitiv: "die Kopie Ihrer Nachbesprechung" -->
<#function yoursGenitive id>
  <#switch id>
    <#case "thank-you"><#return "Ihres Dankschreibens">
    <#case "follow-up"><#return "Ihrer Nachfrage">
    <#case "second-follow-up"><#return "Ihrer zweiten Nachfrage">
    <#case "debrief"><#return "Ihrer Nachbesprechung">
    <#default><#return "Ihrer Nachricht">
  </#switch>
</#function>
<#-- mit bestimmtem Artikel, wie ein Satz den Schritt als Subjekt nennt: "die Nachfrage" -->
<#function the id>
  <#switch id>
    <#case "thank-you"><#return "das Dankschreiben">
    <#case "follow-up"><#return "die Nachfrage">
    <#case "second-follow-up"><#return "die zweite Nachfrage">
    <#case "call-reminder"><#return "die Erinnerung an den Anruf">
    <#case "promise-reminder"><#return "die Erinnerung an Ihre Zusagen">
    <#case "handwritten-note"><#return "die Erinnerung an die handgeschriebenen Karten">
    <#case "debrief"><#return "die Nachbesprechung">
    <#default><#return "die Nachricht (" + id + ")">
  </#switch>
</#function>
