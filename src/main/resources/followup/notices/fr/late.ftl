<#-- Pour vous-même : l'heure d'un message n'est venue qu'après sa date limite (followup était occupé, l'ordinateur en veille) ; il n'a donc pas été envoyé. -->
<#import "steps.ftl" as steps>
Subject: followup : trop tard pour ${steps.the(step)} ${steps.a(to)}

followup n'a pas pu envoyer ${steps.the(step)} ${steps.a(to)}, pour votre entretien chez ${company}, avant sa date limite (le ${latest}) ; rien n'a donc été envoyé.

Si ce message compte encore, envoyez-le vous-même ; `followup preview ${interviewId}` en affiche le texte.
