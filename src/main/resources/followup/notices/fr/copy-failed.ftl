<#-- Pour vous-même : la copie de votre bilan à la personne de sender.debrief-with est revenue ou a été refusée. -->
<#import "steps.ftl" as steps>
Subject: followup : la copie à ${address} <#if refused>a été refusée<#else>est revenue non distribuée</#if>

La copie de ${steps.yours(step)}<#if subject?has_content> « ${subject} »</#if> à ${address} <#if refused>a été refusée par votre serveur de messagerie<#else>est revenue non distribuée</#if> :

  ${diagnostic}

Le message vous est bien parvenu. Vérifiez l'adresse dans followup.sender.debrief-with (une faute de frappe ?) : tant qu'elle ne désigne pas une autre adresse, les copies laissent celle-ci de côté.
