<#-- Pour vous-même : un message dont l'envoi était incertain (« vérifiez si un message … est bien parti ») a bien été reçu par le serveur. -->
Subject: followup : le message à ${recipient} est bien parti

Le serveur a bien reçu le message dont followup n'avait pas pu confirmer l'envoi :

  ${key}
  Message-ID ${messageId}

Un autre démon followup avait cru celui-ci arrêté, et il vous a été demandé de vérifier vos messages envoyés ; la réponse du serveur est arrivée ensuite. Ne l'envoyez pas vous-même : il est parti.
