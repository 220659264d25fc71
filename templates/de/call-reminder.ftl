<#-- An Sie selbst, nachdem die zweite Nachfrage unbeantwortet blieb: ein höflicher Anruf. -->
Subject: ${contact.name} bei ${interview.company} anrufen: Position ${interview.position}

${sender.firstName},

zwei E-Mails zur Position ${interview.position} sind unbeantwortet geblieben; jetzt ist ein höflicher Anruf an der Reihe.

Wen: ${contact.name}<#if contact.title??>, ${contact.title}</#if>, ${interview.company}
<#if interview.phone??>
Nummer: ${interview.phone}
<#else>
Nummer: nicht im Datensatz; Sie finden sie auf der Website des Unternehmens oder in früheren E-Mails.
</#if>

Was Sie sagen: dass Ihnen das Gespräch am ${interview.date} gefallen hat, dass Sie weiterhin großes Interesse an der Position haben und fragen möchten, ob noch etwas von Ihnen gebraucht wird. Sie bitten nicht um eine Entscheidung, Sie bringen sich nur in Erinnerung; ein, zwei Minuten genügen, und danken Sie für die Zeit.

Danach ist das Unternehmen am Zug: Die Nachfragen enden hier.

-- followup
