<#-- To the user: the mailbox could not be checked for the company's reply before a message's latest moment, so it was not sent. -->
Subject: followup: ${step} to ${recipient} was not sent

The mailbox could not be checked for a reply from ${company} before this message's latest moment (${latest}), so it was not sent (a message after their reply would be worse than none):

  ${key}
  ${why}

If it still matters, see first whether they have answered, then send it yourself; `followup preview ${interviewId}` shows the text.
