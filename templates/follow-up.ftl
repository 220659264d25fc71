<#-- The follow-up to the contact (guide 000, step four): longer than the thank-you but concise: continued
     interest, specifics from the interview and the debrief, what was promised each way, and a closing that
     invites contact. -->
Subject: Following up on the ${interview.position} role

Dear ${to.firstName},

<#if interview.nextStepBy??>I hope you are well. You mentioned that you hoped to be in touch by ${interview.nextStepBy}, so I wanted to follow up on our conversation about the ${interview.position} role at ${interview.company}.<#else>I hope you are well. I wanted to follow up on our conversation on ${interview.date} about the ${interview.position} role at ${interview.company}.</#if> I remain very interested in the position, and the more I have thought about it since we met, the more I would like to be part of it.

<#if to.topics?has_content>Our discussion of ${to.topicsText} has stayed with me; it is exactly the kind of work I want to be doing, and I would bring real energy to it. </#if><#if interview.promisedByMe?has_content>I hope what I promised (${interview.promisedByMe?join(" and ")}) has reached you; I am happy to send anything else that would help. </#if><#if interview.promisedToMe?has_content>I would also still welcome ${interview.promisedToMe?join(" and ")} you mentioned, whenever it is convenient.</#if>

If it would help your decision, I would be glad to talk again or to answer any questions you or the team may have. <#if sender.phone??>You can reach me by reply or at ${sender.phone}.<#else>You can reach me any time by reply.</#if>

Best regards,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
