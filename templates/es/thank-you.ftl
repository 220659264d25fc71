<#-- El agradecimiento a una persona de la entrevista: tres o cuatro frases, nombra a todas las personas presentes
     y retoma aquello de lo que habló esta persona. En una entrevista con varias personas, cada mensaje es propio
     (note.variant elige para cada una otra formulación de cada parte). Trato de usted; ningún adjetivo que
     dependa del género de quien escribe. -->
<#assign v = note.variant>
<#assign when = interview.when>
<#assign role = interview.position>
<#assign company = interview.company>
<#if note.topic??>
<#assign subjects = [
  "Gracias por la conversación sobre ${note.topic}",
  "Gracias por su tiempo y por el intercambio sobre ${note.topic}",
  "Nuestra conversación sobre ${note.topic}",
  "Gracias por la entrevista y por hablar sobre ${note.topic}",
  "Con mi agradecimiento por la charla sobre ${note.topic}",
  "Gracias por su visión sobre ${note.topic}"]>
<#else>
<#assign subjects = [
  "Gracias por la entrevista para el puesto de ${role}",
  "Gracias por su tiempo, puesto de ${role}",
  "Nuestra conversación sobre el puesto de ${role}",
  "Entrevista para el puesto de ${role} en ${company}, gracias",
  "Con mi agradecimiento por la entrevista",
  "Gracias por su tiempo y su visión"]>
</#if>
<#assign openings = [
  "Muchas gracias por dedicarme su tiempo ${when} para hablar del puesto de ${role}.",
  "Le agradezco mucho la conversación que mantuvimos ${when} sobre el puesto de ${role} en ${company}.",
  "Fue un placer conversar con usted ${when} sobre el puesto de ${role}.",
  "Gracias por su tiempo ${when} y por nuestra conversación sobre el puesto de ${role}.",
  "Fue un gusto conocerle ${when} y saber más sobre el puesto de ${role}.",
  "Quisiera agradecerle el tiempo que me dedicó ${when} para hablar del puesto de ${role}."]>
<#if to.metBefore>
<#-- a quien ya conoció en una ronda anterior se le agradece volver a hablar, no conocerle -->
<#assign openings = [
  "Muchas gracias por dedicarme de nuevo su tiempo ${when} para hablar del puesto de ${role}.",
  "Le agradezco mucho la nueva conversación que mantuvimos ${when} sobre el puesto de ${role} en ${company}.",
  "Fue un placer volver a conversar con usted ${when} sobre el puesto de ${role}.",
  "Gracias por su tiempo ${when} y por retomar nuestra conversación sobre el puesto de ${role}.",
  "Fue un gusto volver a hablar con usted ${when} y saber más sobre el puesto de ${role}.",
  "Quisiera agradecerle el tiempo que volvió a dedicarme ${when} para hablar del puesto de ${role}."]>
</#if>
<#if to.topics?has_content>
<#assign topics = to.topicsText>
<#assign middles = [
  "Sus reflexiones sobre ${topics} me resultaron muy valiosas, y me gustaría continuar esa conversación.",
  "Lo que comentó sobre ${topics} me ha dado mucho que pensar, y me encantaría profundizar en ello.",
  "Conocer su enfoque sobre ${topics} me dio una imagen mucho más clara del trabajo.",
  "Su punto de vista sobre ${topics} me pareció especialmente esclarecedor, y me gustaría saber más.",
  "Disfruté especialmente de nuestro intercambio sobre ${topics}, justo el tipo de reto que me motiva.",
  "Nuestra conversación sobre ${topics} fue para mí lo más destacado de la entrevista, y desde entonces sigo pensando en ella."]>
<#else>
<#assign middles = [
  "Me resultó muy interesante saber cómo trabaja el equipo y qué implica el puesto.",
  "Me fue muy útil conocer el día a día de su equipo.",
  "Su descripción del equipo y de sus prioridades me dio una idea clara del puesto.",
  "Valoro mucho la franqueza con la que describió el equipo y los proyectos por venir.",
  "Fue muy esclarecedor saber qué es lo más importante para el equipo en este momento.",
  "Conocer los planes del equipo hizo que el puesto me resultara mucho más concreto."]>
</#if>
<#if note.mates??>
<#assign mates = [
  "También fue un placer conocer a ${note.mates}",
  "Conversar con ${note.mates} fue igual de valioso",
  "Hablar con ${note.mates} el mismo día me dio una visión más completa del equipo",
  "Disfruté conociendo a ${note.mates} a lo largo de la entrevista",
  "Conocer a ${note.mates} me ayudó a ver cómo trabaja el equipo en conjunto",
  "Junto con ${note.mates}, me brindó una acogida cálida y sincera"]>
<#-- a quien ya conoció en una ronda anterior se le vuelve a ver, no se le conoce -->
<#if note.matesAgain?? && note.matesNew??>
<#assign mates = [
  "También fue un placer conocer a ${note.matesNew} y volver a ver a ${note.matesAgain}",
  "Las conversaciones con ${note.matesNew}, y de nuevo con ${note.matesAgain}, fueron igual de valiosas",
  "Hablar con ${note.matesNew} y volver a hablar con ${note.matesAgain} me dio una visión más completa del equipo",
  "Disfruté conociendo a ${note.matesNew} y volviendo a conversar con ${note.matesAgain} a lo largo de la entrevista",
  "Conocer a ${note.matesNew} y reencontrarme con ${note.matesAgain} me ayudó a ver cómo trabaja el equipo en conjunto",
  "Junto con ${note.matesNew}, y de nuevo con ${note.matesAgain}, me brindó una acogida cálida y sincera"]>
<#elseif note.matesAgain??>
<#assign mates = [
  "También fue un placer volver a ver a ${note.matesAgain}",
  "Conversar de nuevo con ${note.matesAgain} fue igual de valioso",
  "Volver a hablar con ${note.matesAgain} me dio una visión más completa del equipo",
  "Disfruté volviendo a conversar con ${note.matesAgain} a lo largo de la entrevista",
  "Reencontrarme con ${note.matesAgain} me ayudó a ver cómo trabaja el equipo en conjunto",
  "Junto con ${note.matesAgain}, me brindó de nuevo una acogida cálida y sincera"]>
</#if>
<#assign team = mates[v]>
<#if note.passOn??><#assign team = team + ", y le agradecería que transmitiera mi agradecimiento a " + note.passOn></#if>
<#assign team = team + ".">
<#elseif note.passOn??>
<#assign team = ["Le ruego que transmita también mi agradecimiento a ${note.passOn}.",
  "Le agradecería que hiciera llegar mi agradecimiento a ${note.passOn}.",
  "Por favor, dé las gracias de mi parte a ${note.passOn}.",
  "Le agradecería mucho que transmitiera mi gratitud a ${note.passOn}.",
  "Quisiera pedirle que agradezca a ${note.passOn} de mi parte.",
  "Por favor, transmita mis saludos y mi agradecimiento a ${note.passOn}."][v]>
<#else>
<#assign team = "">
</#if>
<#assign closings = [
  "Nuestra conversación ha reforzado aún más mi interés en unirme a ${company}.",
  "Salgo de la entrevista con más ganas aún de formar parte de ${company}, y espero tener noticias suyas pronto.",
  "Me encantaría contribuir a lo que ${company} está construyendo.",
  "La conversación me confirmó cuánto me gustaría trabajar en ${company}.",
  "Tengo muchas ganas de dar el siguiente paso con ${company} y espero que volvamos a hablar pronto.",
  "Gracias de nuevo; la perspectiva de trabajar en ${company} me ilusiona mucho."]>
<#assign signOffs = ["Atentamente,", "Saludos cordiales,", "Un cordial saludo,", "Reciba un cordial saludo,",
  "Muchas gracias y un saludo,", "Cordialmente,"]>
Subject: ${subjects[v]}

${to.greeting}

${openings[v]} ${middles[v]}<#if team?has_content> ${team}</#if> ${closings[v]}

${signOffs[v]}
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
