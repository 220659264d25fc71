<#-- Faulty on purpose: a directive left open. -->
Subject: followup: mail to ${address} bounced

<#if address?has_content>
A message to ${address} came back undelivered.
