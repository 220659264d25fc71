<#-- Pour vous-même : la boîte de réception n'a pas pu être vérifiée avant la date limite d'un message pour savoir si l'entreprise avait répondu ; il n'a donc pas été envoyé. -->
Subject: followup : message à ${recipient} non envoyé (réponse non vérifiée)

Votre boîte de réception n'a pas pu être vérifiée avant la date limite de ce message (le ${latest}) pour savoir si ${company} avait répondu ; il n'a donc pas été envoyé (un message après leur réponse serait pire que pas de message du tout) :

  ${key}
  ${why}

Si ce message compte encore, vérifiez d'abord si une réponse est arrivée, puis envoyez-le vous-même ; `followup preview ${interviewId}` en affiche le texte.
