<#-- A short second note in the same thread as the follow-up (guide 004: "If you don't see a response within a
     few days, send another email"). It goes out as a reply: followUp.reply is "Re: " and the follow-up's subject,
     or that subject as it is when it is already an answer ("Re: Thank you ..."). -->
<#-- a date with its weekday is closed with a comma when the sentence goes on ("on Friday, January 15, about") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
Subject: ${followUp.reply}

${to.greeting}

I wanted to check in briefly on my note from ${closed(followUp.date)} about the ${interview.position} role. I am still very interested in joining ${interview.company}, and if a short call in the next few days would be easier than email, I would be glad to fit in with your schedule.

Best regards,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
