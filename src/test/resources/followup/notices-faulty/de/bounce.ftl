<#-- Faulty on purpose: no subject line. -->
Eine Nachricht an ${address} kam unzustellbar zurück.
