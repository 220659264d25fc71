<#-- The follow-up to the contact (guide 000, step four): longer than the thank-you but concise: continued
     interest, specifics from the interview and the debrief (the record's takeaways), what was promised each way,
     and a close that gives the reader a concrete reason to write back. Every sentence stands on its own, so any
     combination of record fields reads well. -->
<#-- a date with its weekday is closed with a comma when the sentence goes on ("on Friday, January 15, about") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
<#assign role = interview.position>
<#assign company = interview.company>
Subject: Following up on the ${role} role

${to.greeting}

<#if interview.nextStepBy??>I hope you are well. You mentioned that you hoped to be in touch by ${interview.nextStepBy}, so I wanted to follow up on our conversation about the ${role} role at ${company}.<#else>I hope you are well. I wanted to follow up on our conversation ${closed(interview.when)} about the ${role} role at ${company}.</#if> I remain very interested in the position, and the more I have thought about it since we met, the more I would like to be part of it.

<#if interview.takeaways?has_content>
Since we spoke, I have thought more about ${interview.takeawaysText}. That is exactly where I believe I can help, and I would bring real energy to it.<#elseif to.topics?has_content>
Our discussion of ${to.topicsText} has stayed with me; it is exactly the kind of work I want to be doing, and I would bring real energy to it.<#else>
What I learned about the team and its plans has stayed with me; it is exactly the kind of work I want to be doing.</#if><#if interview.promisedByMe?has_content> I hope you have received what I promised (${interview.promisedByMeText}); I am happy to send anything else that would help.</#if><#if interview.promisedToMe?has_content> When it is convenient, I would still welcome ${interview.promisedToMeText}, as we discussed.</#if>

<#if interview.takeaways?has_content>
If it would help your decision, I would be glad to put together a short note on how I would approach <#if interview.takeaways?size == 1>this<#else>the first of these</#if>, or to set up a short call at a time that suits you. Just reply to this email and I will make it happen.<#else>
If it would help your decision, I would be glad to send references from recent projects, or to set up a short call with you or the team at a time that suits you. Just reply to this email and I will arrange it.</#if>

Best regards,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
