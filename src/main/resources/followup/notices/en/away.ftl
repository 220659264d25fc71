<#-- To the user: someone with a message pending answered with an out-of-office; what became of that message. -->
Subject: ${address} is out of office<#if returnDate?has_content> until ${returnDate}</#if>

<#if !returnDate?has_content>
${address} answered with an out-of-office reply (${received}) that names no return date followup could read, so nothing was moved: the ${step} still goes out ${due} (${zone}).
<#else>
${address} is out of office until ${returnDate} (their automatic reply arrived on ${received}).

<#if outcome == "moved">
The ${step} to them now goes out ${due} (${zone}), the first opening of their send window on the working day after that.
<#elseif outcome == "too-far">
That is more than 30 days away, so nothing was moved: the ${step} still goes out ${due} (${zone}).
<#else>
The ${step} to them goes out after that anyway (${due}, ${zone}).
</#if>
</#if>
