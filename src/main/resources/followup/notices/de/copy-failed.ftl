<#-- An Sie selbst: die Kopie Ihrer Nachbesprechung an die Person in sender.debrief-with kam zurück oder wurde abgelehnt. -->
<#import "steps.ftl" as steps>
Subject: followup: Die Kopie an ${address} <#if refused>wurde abgelehnt<#else>kam unzustellbar zurück</#if>

Die Kopie ${steps.yoursGenitive(step)}<#if subject?has_content> („${subject}“)</#if> an ${address} <#if refused>wurde von Ihrem Mailserver abgelehnt<#else>kam unzustellbar zurück</#if>:

  ${diagnostic}

Sie selbst haben die Nachricht erhalten. Prüfen Sie die Adresse in followup.sender.debrief-with (vielleicht ein Tippfehler): Solange dort keine andere Adresse steht, gehen die Kopien nicht mehr an diese.
