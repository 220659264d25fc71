<#-- The thank-you note to one interviewer (guide 000, step two; guide 004): three or four sentences, names
     everyone who sat in, and mentions something this person talked about. -->
Subject: Thank you for <#if interview.when == "today" || interview.when == "yesterday">${interview.when}'s conversation<#else>our conversation ${interview.when}</#if> about the ${interview.position} role

Dear ${to.firstName},

Thank you for taking the time to meet with me ${interview.when}<#if others?has_content>, and please pass my thanks on to ${others} as well</#if>. <#if to.topics?has_content>I valued your insights into ${to.topicsText}, and I look forward to continuing that conversation.<#else>I enjoyed hearing how the team works and what the ${interview.position} role involves, and I look forward to continuing our conversation.</#if> Our talk made me even more enthusiastic about the chance to join ${interview.company}.

Best regards,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
