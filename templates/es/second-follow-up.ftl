<#-- Un segundo mensaje breve en el mismo hilo que el seguimiento, como respuesta a este (asunto con «Re:»). -->
Subject: ${followUp.reply}

${to.greeting}

Quería retomar brevemente mi mensaje del ${followUp.date} sobre el puesto de ${interview.position}. Sigo con mucho interés en unirme a ${interview.company}, y si una llamada breve en los próximos días le resulta más cómoda que el correo, me adapto con gusto a su agenda.

Atentamente,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
