<#-- To the user: the copy of their debrief to the friend of sender.debrief-with bounced or was refused. -->
Subject: followup: the copy to ${address} <#if refused>was refused<#else>bounced</#if>

The copy of your ${step}<#if subject?has_content> "${subject}"</#if> to ${address} <#if refused>was refused by your mail server<#else>came back undelivered</#if>:

  ${diagnostic}

You got it yourself. Check the address in followup.sender.debrief-with (maybe a typo): until it names another address, copies leave this one out.
