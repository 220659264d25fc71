<#-- To self: the text to copy onto a card for each interviewer who gets a handwritten note (guide 000, step
     two: "a short and simple handwritten note makes a stronger statement"), and how to thank everyone the record
     has no email address for, so that no one who sat in is forgotten. -->
<#import cardTemplate as cardText>
<#assign people = cards + unthanked>
Subject: <#if cards?has_content>Handwritten card<#if cards?size gt 1>s</#if><#else>Thank-you notes</#if> for ${interview.company}: <#list people as p>${p.name}<#sep>, </#list>

${sender.firstName},

<#if cards?has_content>
A short handwritten note stands out. Post it today if you can.
</#if>
<#list cards as card>

---- Card for ${card.name}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Address:
${card.address}
<#else>
Address: not in the record; ask the front desk or look up ${interview.company}'s office address.
</#if>

<@cardText.card card/>
</#list>
<#if unthanked?has_content>

The record has no email address for <#list unthanked as p>${p.name}<#sep>, </#list>, so no thank-you went to <#if unthanked?size gt 1>them<#else>that person</#if> by email.
<#list unthanked as p>

---- ${p.name}<#if p.title??>, ${p.title}</#if> ----
<#if p.address??>
Send a card to:
${p.address}

<@cardText.card p/>
<#elseif passOnBy??>
The thank-you email to ${passOnBy.name} asks to pass your thanks on. A note of your own is better: if you find their address, add it to the record as email.
<#else>
Ask the company's front desk or the recruiter for their address, and add it to the record as email.
</#if>
</#list>
</#if>

-- followup
