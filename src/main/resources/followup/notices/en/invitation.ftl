<#-- To the user: the company sent a calendar invitation; what is held, and the record for the next round. -->
<#function heldText n><#return (n == 0)?then("Nothing was pending, so nothing was held.", n + " pending message" + (n == 1)?then(" is", "s are") + " held back and will not be sent.")></#function>
<#assign what><#if title?has_content>'${title}'<#else>a meeting</#if></#assign>
Subject: ${company} invited you to ${what} on ${start}

${company} invited you to ${what} on ${start}<#if startHere?has_content> (${startHere} your time)</#if>. ${writer}<#if via?has_content> via ${via}</#if> sent the invitation on ${received}<#if subject?has_content> (“${subject}”)</#if>.

${heldText(held)}
<#if record?has_content>

The record for this round, ready to save as conf/interviews/${recordFile} (check the interviewers; the earlier round's follow-ups then give way to it):

${record}
</#if>
