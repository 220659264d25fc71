<#-- Para ti (y para la persona de sender.debrief-with): tus notas y las cuatro preguntas del repaso con alguien
     de confianza, antes del seguimiento detallado. Ningún adjetivo que dependa del género de quien escribe. -->
Subject: Repaso: tu entrevista con ${interview.company}

${sender.firstName}:

Antes del seguimiento, repasa la entrevista con alguien de confianza y analiza con franqueza cómo fue.<#if debriefWith??> Se ha enviado una copia a ${debriefWith}.</#if>

La entrevista: ${interview.position} en ${interview.company}, el ${interview.date} <#if interview.time?starts_with("1:")>a la<#else>a las</#if> ${interview.time}.
Participantes:
<#list interview.interviewers as person>
  - ${person.name}<#if person.title??>, ${person.title}</#if><#if person.topics?has_content> (tema<#if person.topics?size gt 1>s</#if>: ${person.topicsText})</#if>
</#list>
<#if interview.notes??>

Tus notas:
${interview.notes}
</#if>
<#if interview.promisedByMe?has_content>

Prometiste: ${interview.promisedByMe?join("; ")}.
</#if>
<#if interview.promisedToMe?has_content>
<#if !interview.promisedByMe?has_content>

</#if>
Te prometieron: ${interview.promisedToMe?join("; ")}.
</#if>

Coméntalo y pide a esa persona que señale todo lo que le parezca:
  - positivo: lo que salió bien y lo que valoraron de ti;
  - negativo: una respuesta que no convenció o una reserva que plantearon;
  - inusual: lo que te sorprendió de las personas, del proceso o del puesto;
  - revelador: lo que las preguntas dicen de lo que de verdad necesitan.

Después, anota en la ficha los dos o tres puntos concretos que hayan salido, como takeaways; el seguimiento se apoya en ellos y ofrece profundizar en el primero. En ${interview.id}.conf (en tu carpeta de entrevistas):

  takeaways = ["su preocupación por la carga de guardias", "un plan para el traspaso del pipeline de CI"]
<#if interview.takeaways?has_content>

Tus takeaways hasta ahora:
<#list interview.takeaways as t>
  - ${t}
</#list>
</#if>

<#assign followUpAt = "">
<#list steps as s><#if s.step == "follow-up" && s.state == "planned"><#assign followUpAt = s.dateTime></#if></#list>
<#if followUpAt?has_content>
Aprovecha lo que saques en el seguimiento<#if contact??> a ${contact.plainName}</#if>: está previsto para el ${followUpAt}. Puedes revisarlo antes con followup preview ${interview.id} follow-up.
<#else>
No hay ningún correo de seguimiento previsto para esta entrevista (consulta followup plan ${interview.id}); aprovecha lo que saques si retomas el contacto por otra vía.
</#if>

-- followup
