<#-- An Sie selbst: das Senden einer Nachricht wurde unterbrochen (zwischen ihrer Übernahme und der Antwort des Servers); sie ist vielleicht hinausgegangen, vielleicht nicht. -->
Subject: followup: Prüfen Sie, ob eine Nachricht an ${recipient} hinausgegangen ist

followup wurde beim Senden dieser Nachricht unterbrochen und kann nicht feststellen, ob der Server sie erhalten hat:

  ${key}
  Message-ID ${messageId}
  <#if lookupError?has_content>der Ordner mit den gesendeten Nachrichten konnte nicht durchsucht werden (${lookupError})<#else>nicht im Ordner mit den gesendeten Nachrichten gefunden</#if>

Sie wurde nicht erneut gesendet (policy.on-uncertain = hold). Sehen Sie in Ihren gesendeten Nachrichten nach; falls sie dort fehlt, senden Sie sie selbst (`followup preview ${interviewId}`).
