<#-- To self: the text to copy onto a card for each interviewer who gets a handwritten note (guide 000, step
     two: "a short and simple handwritten note makes a stronger statement"). -->
Subject: Handwritten card<#if cards?size gt 1>s</#if> for ${interview.company}: <#list cards as card>${card.name}<#sep>, </#list>

${sender.firstName},

A short handwritten note stands out. Post it today if you can.
<#list cards as card>

---- Card for ${card.name}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Address:
${card.address}
<#else>
Address: not in the record; ask the front desk or look up ${interview.company}'s office address.
</#if>

Dear ${card.firstName},

Thank you for meeting with me about the ${interview.position} role. <#if card.topics?has_content>I especially enjoyed our conversation about ${card.topicsText}.<#else>I enjoyed learning how your team works.</#if> I hope to continue it soon.

With thanks,
${sender.name}
</#list>

-- followup
