<#-- To the user: a server gave up on a message after temporary failures; what is held until resume. -->
Subject: followup: mail to ${address} was not delivered

<#if subject?has_content>Your message "${subject}" to ${address}<#else>A message to ${address}</#if> did not arrive. <#if full!false>The person's mailbox is full, so the receiving server could not take it:<#else>The receiving server could not take it and, after trying for some time, gave up:</#if>

  ${diagnostic}

The address is not known to be wrong, but nothing more goes to it for now: the messages planned for it are held. Once you know mail reaches it again (or you have corrected it in the record), `followup resume ${interviewId}` sends them. If this one matters, send it again yourself (a copy is in your sent folder) or reach the person another way.
