<#-- An Sie selbst: das Unternehmen hat geantwortet, und was deshalb zurückgehalten wird. Siezen wie in den
     Erinnerungen. -->
<#import "steps.ftl" as steps>
<#function heldText n><#return (n == 0)?then("Es stand nichts mehr aus, daher wurde nichts zurückgehalten.", (n == 1)?then("Eine ausstehende Nachricht wird", n + " ausstehende Nachrichten werden") + " zurückgehalten und nicht gesendet.")></#function>
Subject: Antwort von ${companyDative}<#if name?has_content> (${name})</#if>

${companyStart} hat geantwortet: ${writer} hat<#if via?has_content> über ${via}</#if> am ${received} geschrieben<#if subject?has_content> („${subject}“)</#if><#if answeringStep?has_content>, als Antwort auf ${steps.yours(answeringStep)} an ${answeringTo}<#elseif answeringMessage?has_content>, als Antwort auf Ihre Nachricht ${answeringMessage}</#if>.

${heldText(held)} Lesen Sie die Nachricht und antworten Sie selbst.
<#if held != 0>

Falls das keine echte Antwort war, sendet `followup resume ${interviewId}` die zurückgehaltenen Nachrichten doch noch.
</#if>
