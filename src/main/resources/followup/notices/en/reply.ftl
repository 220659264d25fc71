<#-- To the user: a company answered, and what was held. -->
<#function heldText n><#return (n == 0)?then("Nothing was pending, so nothing was held.", n + " pending message" + (n == 1)?then(" is", "s are") + " held back and will not be sent.")></#function>
Subject: Reply from ${company}<#if name?has_content> (${name})</#if>

${company} answered: ${writer}<#if via?has_content> via ${via}</#if> wrote<#if subject?has_content> “${subject}”</#if> on ${received}<#if answeringStep?has_content>, in answer to your ${answeringStep} to ${answeringTo}<#elseif answeringMessage?has_content>, in answer to your message ${answeringMessage}</#if>.

${heldText(held)} Read their message and answer it yourself.
<#if held != 0>

If this was not really a reply, `followup resume ${interviewId}` sends the held messages after all.
</#if>
