<#-- La respuesta a un rechazo, como borrador que usted envía: agradecimiento, una petición de comentarios y la
     puerta abierta. followup nunca la envía; aparece en el aviso y, si el servidor lo permite, en Borradores.
     to.greeting saluda a una persona de la entrevista como los mensajes que se le enviaron, a cualquier otra por el
     nombre de su dirección, o sin nombre («Hola:»). Trato de usted; ningún adjetivo que dependa del género
     de quien escribe. El tiempo compartido y los temas (to.topics, uno o dos: los suyos) solo se mencionan si la
     persona participó en la entrevista (to.interviewed). -->
Subject: Re: ${interview.position} en ${interview.company}

${to.greeting}

<#if to.wrote>Gracias por comunicármelo y por el tiempo<#else>He recibido la decisión sobre mi candidatura y le agradezco el tiempo</#if> que <#if to.interviewed>usted y el equipo me dedicaron<#else>el equipo me dedicó</#if> durante el proceso de selección para el puesto de ${interview.position}. ${interview.company} me ha dejado una excelente impresión<#if to.interviewed && to.topics?has_content>, en especial nuestras conversaciones sobre ${to.topicsText}</#if>.

Si dispone de un momento, le agradecería mucho cualquier comentario sobre mis entrevistas: saber qué podría haber hecho mejor es lo que más me ayudará a seguir con mi búsqueda.

El trabajo de ${interview.company} me sigue interesando mucho. Si surgiera otro puesto acorde con mi experiencia, me encantaría saber de usted, y espero que nuestros caminos vuelvan a cruzarse.

Atentamente,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
