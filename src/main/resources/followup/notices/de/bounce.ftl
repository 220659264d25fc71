<#-- An Sie selbst: eine Nachricht an eine Adresse kam unzustellbar zurück; was zurückgehalten wird und was zu tun ist. -->
Subject: followup: E-Mail an ${address} kam unzustellbar zurück

<#if passedOn?has_content>
Eine Nachricht an ${address} kam unzustellbar zurück: Der Server des Unternehmens hat sie an ${passedOn} weitergegeben (${address} ist ein Alias, eine Gruppe oder eine Weiterleitung), und die Zustellung dorthin ist fehlgeschlagen:

  ${diagnostic}

Andere, zu denen ${address} führt, haben sie vielleicht erhalten; followup kann das nicht feststellen. An ${address} wird vorerst nichts mehr gesendet. Wenn die Adresse stimmt (das Unternehmen hat sie Ihnen genannt), sendet `followup resume ${interviewId}` die zurückgehaltenen Nachrichten erneut; wenn nicht, korrigieren Sie sie im Datensatz, dann werden die übrigen Schritte für die korrigierte Adresse geplant.
<#else>
Eine Nachricht an ${address} kam unzustellbar zurück:

  ${diagnostic}

An diese Adresse wird nichts mehr gesendet. Prüfen Sie sie im Datensatz (vielleicht ein Tippfehler); sobald sie korrigiert ist, werden die übrigen Schritte für die korrigierte Adresse geplant.
</#if>
