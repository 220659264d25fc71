<#-- To the user: a message's moment came only after its latest moment (followup was busy, the machine asleep), so it was not sent. -->
Subject: followup: ${step} to ${to} was not sent (too late)

The ${step} to ${to} for your interview with ${company} could not go out before its latest moment (${latest}), so it was not sent at all.

If it still matters, send it yourself; `followup preview ${interviewId}` shows the text.
