<#-- To self, an hour after the interview: what was promised each way (guide 004, the reader's comment). -->
Subject: Reminder: what you promised ${interview.company}

${sender.firstName},

In your interview with ${interview.company} for the ${interview.position} role (${interview.date}, ${interview.time}), you promised:

<#list interview.promisedByMe as promise>
  - ${promise}
</#list>

Keep <#if interview.promisedByMe?size == 1>that promise<#else>those promises</#if> while the conversation is fresh: a promise kept quickly says more than any thank-you note.
<#if interview.promisedToMe?has_content>

They promised you:

<#list interview.promisedToMe as promise>
  - ${promise}
</#list>

If what they promised has not arrived within a few days, ask for it politely; the follow-up mentions it too.
</#if>

-- followup
