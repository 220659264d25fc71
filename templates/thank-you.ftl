<#-- The thank-you note to one interviewer (guide 000, step two; guide 004): three or four sentences, names
     everyone who sat in, and mentions something this person talked about. In a panel every note is its own:
     note.variant picks a different phrasing of each part for each person, so no two notes of one panel open,
     close or are titled alike. Only people who get no note of their own are the ones to pass thanks on to. -->
<#assign v = note.variant>
<#assign when = interview.when>
<#-- "on Friday, January 15, about the role": a date with its weekday is closed with a comma when the sentence goes on -->
<#assign whenOn = interview.when?contains(",")?then(interview.when + ",", interview.when)>
<#assign role = interview.position>
<#assign company = interview.company>
<#if note.topic??>
<#assign subjects = [
  "Thank you for the conversation about ${note.topic}",
  "Thanks for your time, and for the discussion of ${note.topic}",
  "Our conversation about ${note.topic}",
  "Thank you: ${note.topic} and the ${role} role",
  "With thanks for the talk about ${note.topic}",
  "Thank you for your insights on ${note.topic}"]>
<#else>
<#assign subjects = [
  "Thank you for meeting with me about the ${role} role",
  "Thanks for your time on the ${role} interview",
  "Our conversation about the ${role} role",
  "Thank you: the ${role} role at ${company}",
  "With thanks for the ${role} interview",
  "Thank you for your time and your insights"]>
</#if>
<#assign openings = [
  "Thank you for taking the time to meet with me ${whenOn} about the ${role} role.",
  "Many thanks for speaking with me ${whenOn} about the ${role} position at ${company}.",
  "I appreciated the chance to talk with you ${whenOn} about the ${role} role.",
  "Thank you for your time ${when}; I enjoyed our conversation about the ${role} position.",
  "It was a pleasure to meet you ${whenOn} and to learn more about the ${role} role.",
  "I am grateful for the time you gave me ${whenOn} to discuss the ${role} opening."]>
<#if to.metBefore>
<#-- someone met in an earlier round is thanked for speaking again, not for meeting -->
<#assign openings = [
  "Thank you for taking the time to speak with me again ${whenOn} about the ${role} role.",
  "Many thanks for speaking with me once more ${whenOn} about the ${role} position at ${company}.",
  "I appreciated the chance to continue our conversation ${whenOn} about the ${role} role.",
  "Thank you for your time ${when}; I enjoyed picking up our conversation about the ${role} position again.",
  "It was good to speak with you again ${whenOn} and to learn more about the ${role} role.",
  "I am grateful that you made time for me again ${whenOn} to discuss the ${role} opening."]>
</#if>
<#if to.topics?has_content>
<#assign topics = to.topicsText>
<#assign middles = [
  "I valued your insights into ${topics}, and I look forward to continuing that conversation.",
  "What you said about ${topics} stayed with me, and I would be glad to take it further.",
  "Hearing how you approach ${topics} gave me a much clearer picture of the work.",
  "Your perspective on ${topics} was especially useful, and I am curious to hear more.",
  "I particularly enjoyed our exchange on ${topics}; it is exactly the kind of problem I like to work on.",
  "Our discussion of ${topics} was the highlight for me, and I have been thinking about it since."]>
<#else>
<#assign middles = [
  "I enjoyed hearing how the team works and what the role involves.",
  "Learning how your team works day to day was especially helpful.",
  "Your account of the team and its priorities gave me a clear picture of the role.",
  "I appreciated how openly you described the team and the work ahead.",
  "It was helpful to hear what matters most to the team right now.",
  "Hearing about the team's plans made the role much more concrete for me."]>
</#if>
<#if note.mates??>
<#assign mates = [
  "It was good to meet ${note.mates} as well",
  "Talking with ${note.mates} was just as valuable",
  "Speaking with ${note.mates} on the same day gave me a fuller view of the team",
  "I enjoyed meeting ${note.mates} in the course of the interview",
  "Meeting ${note.mates} helped me see how the team works together",
  "Together with ${note.mates}, you gave me a warm and candid welcome"]>
<#-- colleagues met in an earlier round are seen again, not met -->
<#if note.matesAgain?? && note.matesNew??>
<#assign mates = [
  "It was good to meet ${note.matesNew}, and to see ${note.matesAgain} again",
  "The conversations with ${note.matesNew}, and again with ${note.matesAgain}, were just as valuable",
  "Catching up with ${note.matesAgain}, as well as meeting ${note.matesNew}, gave me a fuller view of the team",
  "I enjoyed meeting ${note.matesNew} as well as speaking with ${note.matesAgain} again",
  "Talking with ${note.matesAgain} again, as well as meeting ${note.matesNew}, helped me see how the team works together",
  "Together with ${note.matesNew}, and with ${note.matesAgain} once more, you gave me a warm and candid welcome"]>
<#elseif note.matesAgain??>
<#assign mates = [
  "It was good to see ${note.matesAgain} again as well",
  "Speaking with ${note.matesAgain} again was just as valuable",
  "Catching up with ${note.matesAgain} gave me a fuller view of the team",
  "I also enjoyed speaking with ${note.matesAgain} again",
  "Talking with ${note.matesAgain} again helped me see how the team works together",
  "Together with ${note.matesAgain}, whom it was good to see again, you gave me a warm and candid welcome"]>
</#if>
<#assign team = mates[v]>
<#if note.passOn??><#assign team = team + ", and I would be grateful if you could pass my thanks on to " + note.passOn></#if>
<#assign team = team + ".">
<#elseif note.passOn??>
<#assign team = ["Please pass my thanks on to ${note.passOn} as well.",
  "I would be grateful if you could pass my thanks on to ${note.passOn}.",
  "Please give my thanks to ${note.passOn} too.",
  "Would you kindly pass my thanks on to ${note.passOn}?",
  "I would appreciate it if you could thank ${note.passOn} for me.",
  "Please thank ${note.passOn} on my behalf."][v]>
<#else>
<#assign team = "">
</#if>
<#assign closings = [
  "Our talk made me even more enthusiastic about the chance to join ${company}.",
  "I left even more interested in joining ${company}, and I hope to hear from you soon.",
  "I would be very glad to contribute to what ${company} is building.",
  "The conversation confirmed how much I would like to be part of ${company}.",
  "I am keen to take the next step with ${company} and hope we speak again soon.",
  "Thank you again; I am excited about the prospect of working at ${company}."]>
<#assign signOffs = ["Best regards,", "Kind regards,", "With thanks,", "Many thanks,", "Best wishes,", "Warm regards,"]>
Subject: ${subjects[v]}

${to.greeting}

${openings[v]} ${middles[v]}<#if team?has_content> ${team}</#if> ${closings[v]}

${signOffs[v]}
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
