<#-- To the user: a message to an address bounced; what is held, and what to do. -->
Subject: followup: mail to ${address} bounced

<#if passedOn?has_content>
A message to ${address} came back undelivered: the company's server passed it on to ${passedOn} (${address} is an alias, a group or a forward), and delivering it there failed:

  ${diagnostic}

Others ${address} leads to may have got it; followup cannot tell. Nothing more will be sent to ${address} for now. If it is the right address (the company gave it to you), `followup resume ${interviewId}` sends the held messages again; if it is not, correct it in the record, and the remaining steps are planned for the corrected address.
<#else>
A message to ${address} came back undelivered:

  ${diagnostic}

Nothing more will be sent to this address. Check it in the record (maybe a typo) and, once fixed, the remaining steps are planned for the corrected address.
</#if>
