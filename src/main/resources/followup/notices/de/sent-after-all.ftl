<#-- An Sie selbst: eine Nachricht, deren Versand zuvor ungewiss war („Prüfen Sie, ob eine Nachricht … hinausgegangen ist“), hat der Server erhalten. -->
Subject: followup: Die Nachricht an ${recipient} ist doch hinausgegangen

Der Server hat die Nachricht, deren Versand followup zuvor nicht bestätigen konnte, doch erhalten:

  ${key}
  Message-ID ${messageId}

Ein anderer followup-Dienst hatte diesen für angehalten gehalten, deshalb wurden Sie gebeten, Ihre gesendeten Nachrichten zu prüfen; die Antwort des Servers kam erst danach. Senden Sie sie nicht selbst: Sie ist hinausgegangen.
