<#-- To self (and the friend in sender.debrief-with): the notes and the four questions of guide 000, step
     three, before the substantial follow-up goes out. -->
<#-- a date with its weekday is closed with a comma when the sentence goes on ("on Friday, January 15, about") -->
<#function closed date><#return date?contains(",")?then(date + ",", date)></#function>
Subject: Debrief: your interview with ${interview.company}

${sender.firstName},

Before you follow up, go over the interview with a friend and be frank about how it went.<#if debriefWith??> A copy of this went to ${debriefWith}.</#if>

The interview: ${interview.position} at ${interview.company}, ${closed(interview.date)} at ${interview.time}.
Who was there:
<#list interview.interviewers as person>
  - ${person.name}<#if person.title??>, ${person.title}</#if><#if person.topics?has_content> (talked about ${person.topicsText})</#if>
</#list>
<#if interview.notes??>

Your notes:
${interview.notes}
</#if>
<#if interview.promisedByMe?has_content>

You promised: ${interview.promisedByMe?join("; ")}.
</#if>
<#if interview.promisedToMe?has_content>
<#if !interview.promisedByMe?has_content>

</#if>
They promised: ${interview.promisedToMe?join("; ")}.
</#if>

Talk it through, and ask your friend to point out anything that seems:
  - positive: what went well, and what they liked about you;
  - negative: where an answer fell flat, or a concern they raised;
  - unusual: anything that surprised you about the people, the process or the role;
  - revealing: what the questions say about what they really need.

Then write the two or three specifics that came out into the record, as takeaways, written as you would say them to the interviewer; the follow-up builds on them and offers to go deeper on the first one. In ${interview.id}.conf (in your interviews directory):

  takeaways = ["your team's concern about on-call load", "a plan for the CI pipeline handover"]
<#if interview.takeaways?has_content>

Your takeaways so far:
<#list interview.takeaways as t>
  - ${t}
</#list>
</#if>

<#assign followUpAt = "">
<#list steps as s><#if s.step == "follow-up" && s.state == "planned"><#assign followUpAt = s.dateTime></#if></#list>
<#if followUpAt?has_content>
Use what you learn in the follow-up<#if contact??> to ${contact.name}</#if>: it is planned for ${followUpAt}. You can check it with followup preview ${interview.id} follow-up before then.
<#else>
No follow-up email is planned for this interview (see followup plan ${interview.id}); use what you learn if you get in touch another way.
</#if>

-- followup
