<#-- To the user: the company will not go on; everything of the interview is held, and an answer is drafted. -->
<#function heldText n><#return (n == 0)?then("Nothing was pending, so nothing was held.", n + " pending message" + (n == 1)?then(" is", "s are") + " held back and will not be sent.")></#function>
Subject: ${company} will not go on with your application

${writer} of ${company}<#if via?has_content> via ${via}</#if> wrote<#if subject?has_content> “${subject}”</#if> on ${received}:

  "${why}"

${heldText(held)}

<#if noRepliesFrom?has_content>
${noRepliesFrom} takes no replies: an answer to it reaches no one.<#if !insteadName?has_content> No answer was drafted, since the record names no one with an address to write to; if you know the recruiter or an interviewer, write to them yourself.<#else> To answer, write to ${insteadName} (${insteadEmail})<#if insteadIsContact>, the contact for this interview</#if>, or to the recruiter if you know one; this answer is drafted to ${insteadName}.</#if>
<#if insteadName?has_content>

</#if>
</#if>
<#if problem?has_content>
An answer could not be drafted: ${problem}
<#elseif draftBody?has_content>
An answer you could send yourself (followup never sends it):

----
Subject: ${draftSubject}

${draftBody}----
<#if saved == "reply">
The same answer is saved in your ${folder} folder as a reply to their message.
<#elseif saved == "new">
The same answer is saved in your ${folder} folder, addressed to ${savedTo}.
<#elseif saved == "error">
It could not be saved in your drafts folder: ${saveError}
</#if>
</#if>
<#if held != 0>

If this was not really a no, `followup resume ${interviewId}` sends the held messages after all.
</#if>
