<#-- To the user: a message reported uncertain earlier ("check whether a message went out") did reach the server. -->
Subject: followup: the message to ${recipient} did go out

The server did receive the message followup could not confirm earlier:

  ${key}
  Message-ID ${messageId}

Another followup daemon had taken this one for stopped, so you were asked to check your sent mail; the server's answer came after that. Do not send it yourself: it went out.
