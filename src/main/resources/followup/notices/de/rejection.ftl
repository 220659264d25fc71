<#-- An Sie selbst: das Unternehmen setzt das Verfahren nicht fort; alles zu diesem Gespräch wird zurückgehalten, und eine Antwort ist entworfen. -->
<#function heldText n><#return (n == 0)?then("Es stand nichts mehr aus, daher wurde nichts zurückgehalten.", (n == 1)?then("Eine ausstehende Nachricht wird", n + " ausstehende Nachrichten werden") + " zurückgehalten und nicht gesendet.")></#function>
Subject: Absage von ${companyDative}

${writer} von ${companyDative} hat<#if via?has_content> über ${via}</#if> am ${received} geschrieben<#if subject?has_content> („${subject}“)</#if>:

  „${why}“

${heldText(held)}

<#if noRepliesFrom?has_content>
${noRepliesFrom} nimmt keine Antworten an: Eine Antwort dorthin erreicht niemanden.<#if !insteadName?has_content> Es wurde keine Antwort entworfen, da der Datensatz niemanden mit einer Adresse nennt; wenn Sie jemanden aus dem Recruiting oder aus dem Gespräch kennen, schreiben Sie dieser Person selbst.<#else> Schreiben Sie für eine Antwort an ${insteadName} (${insteadEmail})<#if insteadIsContact>, die Kontaktperson für dieses Gespräch</#if>, oder an das Recruiting, falls Sie dort jemanden kennen; dieser Entwurf ist an ${insteadName} gerichtet.</#if>
<#if insteadName?has_content>

</#if>
</#if>
<#if problem?has_content>
Es konnte keine Antwort entworfen werden: ${problem}
<#elseif draftBody?has_content>
Eine Antwort, die Sie selbst senden können (followup sendet sie nie):

----
Betreff: ${draftSubject}

${draftBody}----
<#if saved == "reply">
Dieselbe Antwort liegt in Ihrem Ordner ${folder}, als Antwort auf die Nachricht.
<#elseif saved == "new">
Dieselbe Antwort liegt in Ihrem Ordner ${folder}, an ${savedTo} adressiert.
<#elseif saved == "error">
Sie konnte nicht in Ihrem Entwurfsordner gespeichert werden: ${saveError}
</#if>
</#if>
<#if held != 0>

Falls das keine echte Absage war, sendet `followup resume ${interviewId}` die zurückgehaltenen Nachrichten doch noch.
</#if>
