<#-- Faulty on purpose: names a value no notice is given. -->
Subject: Antwort von ${companyNominative}

${company} hat geantwortet, ${nosuch}.
