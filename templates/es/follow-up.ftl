<#-- El seguimiento al contacto: más largo que el agradecimiento pero conciso; interés continuado, detalles de la
     entrevista y de la reflexión posterior (takeaways), lo prometido por cada parte y un motivo concreto para
     responder. Trato de usted; ningún adjetivo que dependa del género de quien escribe. -->
<#assign role = interview.position>
<#assign company = interview.company>
Subject: Seguimiento del puesto de ${role}

${to.greeting}

<#if interview.nextStepBy??>Espero que se encuentre bien. Me comentó que esperaban ponerse en contacto antes del ${interview.nextStepBy}, por lo que quería retomar nuestra conversación sobre el puesto de ${role} en ${company}.<#else>Espero que se encuentre bien. Quería retomar la conversación que mantuvimos ${interview.when} sobre el puesto de ${role} en ${company}.</#if> El puesto me sigue interesando mucho, y cuanto más lo pienso desde nuestra reunión, más me gustaría formar parte del proyecto.

<#if interview.takeaways?has_content>
Desde que hablamos he seguido reflexionando sobre lo siguiente: ${interview.takeawaysText}. Es precisamente ahí donde creo que puedo aportar, y me implicaría a fondo.<#elseif to.topics?has_content>
Nuestra conversación sobre ${to.topicsText} se me ha quedado grabada; es exactamente el tipo de trabajo que quiero hacer, y me implicaría a fondo.<#else>
Lo que aprendí sobre el equipo y sus planes se me ha quedado grabado; es exactamente el tipo de trabajo que quiero hacer.</#if><#if interview.promisedByMe?has_content> Espero que haya recibido lo que le prometí (${interview.promisedByMeText}); con gusto le envío cualquier otra cosa que le sea útil.</#if><#if interview.promisedToMe?has_content> Cuando le venga bien, me seguiría resultando muy útil lo que me ofreció (${interview.promisedToMeText}).</#if>

<#if interview.takeaways?has_content>
Si le ayuda en su decisión, con gusto le preparo una breve nota sobre cómo abordaría <#if interview.takeaways?size == 1>este punto<#else>el primero de estos puntos</#if>. También podemos concertar una llamada breve cuando le resulte conveniente. Basta con responder a este correo.<#else>
Si le ayuda en su decisión, con gusto le envío referencias de proyectos recientes, o podemos concertar una llamada breve con usted o con el equipo cuando le resulte conveniente. Basta con responder a este correo.</#if>

Atentamente,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
