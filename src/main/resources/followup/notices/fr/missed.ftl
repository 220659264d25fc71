<#-- Pour vous-même : des messages dont la date limite est passée pendant que followup ne pouvait pas les envoyer ; aucun n'est parti en retard. -->
<#import "steps.ftl" as steps>
<#function why m>
  <#local when = "date limite : le " + m.latest>
  <#switch m.window>
    <#case "send-window"><#return when + " ; la plage d'envoi ne rouvre qu'après">
    <#case "call-hours"><#return when + " ; l'entreprise n'est de nouveau joignable pendant vos heures d'éveil qu'après">
    <#case "self-window"><#return when + " ; vos heures d'éveil (policy.self-window) ne reprennent qu'après">
    <#default><#return when>
  </#switch>
</#function>
<#assign one = missed?size == 1>
Subject: followup : <#if one>une étape manquée<#else>${missed?size} étapes manquées</#if> pour ${company}

<#if one>Ce message lié à votre entretien chez ${company} pour le poste ${steps.de(position)} n'a pas été envoyé, car sa date limite est passée pendant que followup ne pouvait pas l'envoyer :<#else>Ces messages liés à votre entretien chez ${company} pour le poste ${steps.de(position)} n'ont pas été envoyés, car leur date limite est passée pendant que followup ne pouvait pas les envoyer :</#if>

<#list missed as m>
  - ${steps.the(m.step)} ${steps.a(m.to)} (${why(m)})
</#list>

Rien n'est parti en retard. <#if one>S'il compte encore, envoyez-le<#else>Si l'un d'eux compte encore, envoyez-le</#if> vous-même ; `followup preview ${interviewId}` en affiche le texte.
