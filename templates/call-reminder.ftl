<#-- To self, after the second follow-up went unanswered (guide 004: "give a polite phone call expressing your
     thoughts. You're not demanding answers, you're expressing your interest."). -->
Subject: Call ${contact.name} at ${interview.company} about the ${interview.position} role

${sender.firstName},

Two emails about the ${interview.position} role have gone unanswered, so it is time for one polite phone call.

Who: ${contact.name}<#if contact.title??>, ${contact.title}</#if>, ${interview.company}
<#if interview.phone??>
Number: ${interview.phone}
<#else>
Number: not in the record; find it on the company's website or in your earlier emails.
</#if>
When: it is ${call.time} ${call.weekday} in ${call.place} (${call.zone})<#if call.closes??>; their day ends at ${call.closes} ${call.closesZone}<#if !(call.sameClock!false)>, ${call.closesHere}<#if call.closesHereWeekday??> ${call.closesHereWeekday}</#if> your time</#if></#if>.

What to say: that you enjoyed meeting on ${interview.date}, that you are still very interested in the role, and that you wanted to check whether there is anything else they need from you. You are not asking for an answer, only keeping yourself in mind; keep it to a minute or two and thank them for their time.

After this, let them come to you: the follow-ups stop here.

-- followup
