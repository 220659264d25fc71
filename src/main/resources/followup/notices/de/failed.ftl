<#-- An Sie selbst: der Server hat eine Nachricht endgültig abgelehnt (5xx); sie wird nicht erneut versucht. -->
Subject: followup: Nachricht an ${recipient} nicht gesendet

Diese Nachricht konnte nicht gesendet werden und wird nicht erneut versucht:

  ${key}
  ${reason}

Prüfen Sie die Adresse und sehen Sie in `followup status` nach.
