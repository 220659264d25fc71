<#-- To self, an hour after the interview: what was promised each way (guide 004, the reader's comment). -->
Subject: Reminder: what you promised ${interview.company}

${sender.firstName},

In your interview with ${interview.company} for the ${interview.position} role (${interview.date}, ${interview.time}), you promised:

<#list interview.promisedByMe as promise>
  - ${promise}
</#list>

Send it while the conversation is fresh: a promise kept quickly says more than any thank-you note.
<#if interview.promisedToMe?has_content>

They promised you:

<#list interview.promisedToMe as promise>
  - ${promise}
</#list>

If it has not turned up in a few days, ask for it politely; the follow-up mentions it too.
</#if>

-- followup
