<#-- Pour vous-même : l'envoi d'un message a été interrompu (entre sa prise en charge et la réponse du serveur) ; il est peut-être parti, peut-être pas. -->
Subject: followup : vérifiez si un message à ${recipient} est bien parti

followup a été interrompu pendant l'envoi de ce message et ne peut pas savoir si le serveur l'a reçu :

  ${key}
  Message-ID ${messageId}
  <#if lookupError?has_content>le dossier des messages envoyés n'a pas pu être consulté (${lookupError})<#else>introuvable dans le dossier des messages envoyés</#if>

Il n'a pas été renvoyé (policy.on-uncertain = hold). Vérifiez vos messages envoyés ; s'il n'y figure pas, envoyez-le vous-même (`followup preview ${interviewId}`).
