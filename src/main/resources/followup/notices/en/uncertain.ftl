<#-- To the user: a message's send was interrupted (between its claim and the server's answer); it may or may not have gone out. -->
Subject: followup: check whether a message to ${recipient} went out

followup was interrupted while sending this message and cannot tell whether the server received it:

  ${key}
  Message-ID ${messageId}
  <#if lookupError?has_content>the sent folder could not be checked (${lookupError})<#else>not found in the sent folder</#if>

It was not sent again (policy.on-uncertain = hold). Check your sent mail; if it is missing, send it yourself (`followup preview ${interviewId}`).
