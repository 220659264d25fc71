<#-- To self: the text to copy onto a card for each interviewer who gets a handwritten note (guide 000, step
     two: "a short and simple handwritten note makes a stronger statement"), and how to thank everyone the record
     has no email address for, so that no one who sat in is forgotten. -->
<#import cardTemplate as cardText>
<#assign people = cards + unthanked>
<#-- the subject counts the cards to write: people with an address; the others are named as such -->
<#assign carded = cards + unthanked?filter(p -> p.address??)>
<#assign uncarded = unthanked?filter(p -> !(p.address??))>
Subject: <#if carded?has_content>Handwritten card<#if carded?size gt 1>s</#if> for ${interview.company}: <#list carded as p>${p.name}<#sep>, </#list><#if uncarded?has_content>; no address for <#list uncarded as p>${p.name}<#sep>, </#list></#if><#else>Thank-you notes for ${interview.company}: <#list people as p>${p.name}<#sep>, </#list></#if>

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

The record has no email address for <#list unthanked as p>${p.name}<#if p?has_next><#if p?index == unthanked?size - 2> and <#else>, </#if></#if></#list>, so no thank-you went to <#if unthanked?size gt 1>them<#else>that person</#if> by email.
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
