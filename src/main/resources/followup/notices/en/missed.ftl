<#-- To the user: messages whose latest moment passed while followup could not send them; none went out late. -->
<#function why m>
  <#switch m.window>
    <#case "send-window"><#return "late, and the send window opens again only after its latest moment, " + m.latest>
    <#case "call-hours"><#return "late, and the company can be called in your waking hours again only after its latest moment, " + m.latest>
    <#case "self-window"><#return "late, and your waking hours (policy.self-window) begin again only after its latest moment, " + m.latest>
    <#default><#return "its latest moment, " + m.latest + ", passed before it could go out">
  </#switch>
</#function>
<#assign one = missed?size == 1>
Subject: followup: ${missed?size} step<#if one> was<#else>s were</#if> missed for ${company}

<#if one>This message<#else>These messages</#if> for your interview with ${company} for the ${position} position <#if one>was<#else>were</#if> not sent, because <#if one>its<#else>their</#if> latest moment passed while followup could not send <#if one>it<#else>them</#if>:

<#list missed as m>
  - ${m.step} to ${m.to} (${why(m)})
</#list>

Nothing was sent late. If <#if one>it<#else>one</#if> still matters, send it yourself; `followup preview ${interviewId}` shows the text.
