<#-- An Sie selbst: das Unternehmen hat eine Kalendereinladung geschickt; was zurückgehalten wird, und der Datensatz für die nächste Runde. -->
<#function heldText n><#return (n == 0)?then("Es stand nichts mehr aus, daher wurde nichts zurückgehalten.", (n == 1)?then("Eine ausstehende Nachricht wird", n + " ausstehende Nachrichten werden") + " zurückgehalten und nicht gesendet.")></#function>
<#assign what><#if title?has_content>„${title}“<#else>einem Termin</#if></#assign>
Subject: Einladung von ${companyDative} zu ${what} am ${start}

${companyStart} hat Sie zu ${what} am ${start} eingeladen<#if startHere?has_content> (Ihre Zeit: ${startHere})</#if>. ${writer} hat die Einladung<#if via?has_content> über ${via}</#if> am ${received} gesendet<#if subject?has_content> („${subject}“)</#if>.

${heldText(held)}
<#if record?has_content>

Der Datensatz für diese Runde, bereit zum Speichern als conf/interviews/${recordFile} (prüfen Sie die Gesprächspartner; die Nachfragen der früheren Runde treten dann dahinter zurück):

${record}
</#if>
