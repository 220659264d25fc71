<#-- Pour vous-même : le serveur a refusé un message pour de bon (5xx) ; il ne sera pas retenté. -->
Subject: followup : échec de l'envoi d'un message à ${recipient}

Ce message n'a pas pu être envoyé et ne sera pas retenté :

  ${key}
  ${reason}

Vérifiez l'adresse et consultez `followup status`.
