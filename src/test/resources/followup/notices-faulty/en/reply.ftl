<#-- A working English notice, for the German one above to fall back to. -->
Subject: Reply from ${company}

${company} answered on ${received}.
