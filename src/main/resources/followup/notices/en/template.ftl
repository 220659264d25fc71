<#-- To the user: a message's template failed, so the message was not sent. -->
Subject: followup: could not write the ${step} for ${company}

The template for this message failed, so it was not sent:

  ${problem}

Fix the template and check it with `${validate}`; then `${resume}` sends the message, if its time has not passed.
