<#-- Para ti, cuando el segundo seguimiento quedó sin respuesta: una llamada cortés, para mostrar interés, no
     para exigir una respuesta. Ningún adjetivo que dependa del género de quien escribe. -->
Subject: Llamar a ${contact.plainName} de ${interview.company} por el puesto de ${interview.position}

${sender.firstName}:

Dos correos sobre el puesto de ${interview.position} siguen sin respuesta, así que es el momento de una llamada, solo una y con cortesía.

A quién: ${contact.name}<#if contact.title??>, ${contact.title}</#if>, ${interview.company}
<#if interview.phone??>
Número: ${interview.phone}
<#else>
Número: no figura en la ficha; búscalo en la web de la empresa o en tus correos anteriores.
</#if>
Cuándo: en ${call.place} (${call.zone}) <#if call.time?starts_with("1:")>es la<#else>son las</#if> ${call.time} del ${call.weekday}<#if call.closes??>; su jornada termina <#if call.closes?starts_with("1:")>a la<#else>a las</#if> ${call.closes} ${call.closesZone}<#if !(call.sameClock!false)>, <#if call.closesHere?starts_with("1:")>la<#else>las</#if> ${call.closesHere}<#if call.closesHereWeekday??> del ${call.closesHereWeekday}</#if> en tu hora</#if></#if>.

Qué decir: que disfrutaste de la reunión del ${interview.date}, que el puesto te sigue interesando mucho y que querías saber si necesitan algo más de tu parte. No pides una respuesta, solo les recuerdas tu candidatura; que no pase de un par de minutos, y agradece el tiempo que te dediquen.

Después, deja que sean ellos quienes se pongan en contacto: los seguimientos terminan aquí.

-- followup
