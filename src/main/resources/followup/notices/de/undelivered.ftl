<#-- An Sie selbst: ein Server hat eine Nachricht nach vorübergehenden Fehlern aufgegeben; bis resume bleibt zurückgehalten, was an die Adresse geht. -->
Subject: followup: E-Mail an ${address} wurde nicht zugestellt

<#if subject?has_content>Ihre Nachricht „${subject}“ an ${address}<#else>Eine Nachricht an ${address}</#if> ist nicht angekommen. <#if full!false>Das Postfach der Person ist voll, daher konnte der empfangende Server sie nicht annehmen:<#else>Der empfangende Server konnte sie nicht annehmen und hat es nach einiger Zeit aufgegeben:</#if>

  ${diagnostic}

Dass die Adresse falsch ist, ist nicht bekannt, aber vorerst geht nichts mehr an sie: Die für sie geplanten Nachrichten werden zurückgehalten. Sobald Sie wissen, dass E-Mails sie wieder erreichen (oder Sie sie im Datensatz korrigiert haben), sendet `followup resume ${interviewId}` sie. Wenn es auf diese Nachricht ankommt, senden Sie sie selbst noch einmal (eine Kopie liegt in Ihrem Ordner für gesendete Nachrichten) oder erreichen Sie die Person auf anderem Weg.
