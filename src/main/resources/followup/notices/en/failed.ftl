<#-- To the user: the server refused a message for good (a 5xx); it is not retried. -->
Subject: followup: a message to ${recipient} failed

This message could not be sent and will not be retried:

  ${key}
  ${reason}

Check the address and `followup status`.
