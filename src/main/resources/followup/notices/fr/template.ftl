<#-- Pour vous-même : le modèle d'un message a échoué ; le message n'a donc pas été envoyé. -->
<#import "steps.ftl" as steps>
Subject: followup : impossible de rédiger ${steps.the(step)} pour ${company}

Le modèle de ce message a échoué ; le message n'a donc pas été envoyé :

  ${problem}

Corrigez le modèle et vérifiez-le avec `${validate}` ; ensuite, `${resume}` envoie le message, si son heure n'est pas passée.
