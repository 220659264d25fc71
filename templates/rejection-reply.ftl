<#-- The answer to a rejection, drafted for you to send yourself: thanks, a request for feedback, the door left
     open. It is never sent by followup; it reaches you in the notice and, where the server allows, in Drafts.
     to.greeting greets an interviewer as the messages to them did, anyone else by the name on their address,
     or without a name ("Hello,") when it has none. to.interviewed says whether they were in the interview: only
     then does the answer speak of time with them (to.wrote is false when the no came from an address nobody
     reads and this answer goes to an interviewer instead) and of to.topics, the one or two topics they talked about. -->
Subject: Re: ${interview.position} at ${interview.company}

${to.greeting}

<#if to.wrote>Thank you for letting me know, and<#else>I have received the decision on my application, and I want to thank you</#if> for the time <#if to.interviewed>you and the team<#else>the team</#if> gave me during the process for the ${interview.position} role. I enjoyed learning about ${interview.company} and its work<#if to.interviewed && to.topics?has_content>, especially our conversation about ${to.topicsText}</#if>.

If you have a moment, I would be grateful for any feedback on my interviews: what would have made me a stronger candidate helps me most as I continue my search.

${interview.company} remains a place where I would love to work. Should another role open up where my experience fits, I would be glad to hear from you, and I hope our paths cross again.

Best regards,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
