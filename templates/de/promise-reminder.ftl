<#-- An Sie selbst, eine Stunde nach dem Gespräch: was beide Seiten zugesagt haben. -->
Subject: Erinnerung: Ihre Zusagen an ${interview.companyAccusative}

${sender.firstName},

im Gespräch mit ${interview.companyDative} über die Position ${interview.position} (${interview.date}, ${interview.time}) haben Sie zugesagt:

<#list interview.promisedByMe as promise>
  - ${promise}
</#list>

Lösen Sie <#if interview.promisedByMe?size == 1>diese Zusage<#else>diese Zusagen</#if> ein, solange das Gespräch frisch ist: eine schnell eingelöste Zusage sagt mehr als jedes Dankschreiben.
<#if interview.promisedToMe?has_content>

Ihnen wurde zugesagt:

<#list interview.promisedToMe as promise>
  - ${promise}
</#list>

Wenn das Zugesagte in ein paar Tagen nicht da ist, fragen Sie höflich nach; die Nachfrage erwähnt es ebenfalls.
</#if>

-- followup
