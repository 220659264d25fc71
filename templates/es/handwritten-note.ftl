<#-- Para ti: el texto que copiar en una tarjeta para cada persona que recibe una, y cómo dar las gracias a
     quienes no tienen dirección de correo en la ficha. El texto de la tarjeta trata de usted a quien la recibe;
     ningún adjetivo que dependa del género de quien escribe. -->
<#-- un tratamiento lleva artículo en el texto: «Tarjeta para el Sr. Núñez», «para la Dra. Gil» -->
<#function conArticulo name><#return name?replace("^(Sr\\.|Dr\\.|Prof\\.) ", "el $1 ", "r")?replace("^(Sra\\.|Srta\\.|Dra\\.|Profa\\.) ", "la $1 ", "r")></#function>
<#import cardTemplate as cardText>
<#assign people = cards + unthanked>
<#-- el asunto cuenta las tarjetas que escribir (las personas con dirección) y nombra a las demás como tales -->
<#assign carded = cards + unthanked?filter(p -> p.address??)>
<#assign uncarded = unthanked?filter(p -> !(p.address??))>
Subject: <#if carded?has_content>Tarjeta<#if carded?size gt 1>s</#if> escrita<#if carded?size gt 1>s</#if> a mano para ${interview.company}: <#list carded as p>${p.name}<#sep>, </#list><#if uncarded?has_content>; sin dirección para <#list uncarded as p>${p.name}<#sep>, </#list></#if><#else>Agradecimientos para ${interview.company}: <#list people as p>${p.name}<#sep>, </#list></#if>

${sender.firstName}:

<#if cards?has_content>
Una breve tarjeta escrita a mano llama la atención. Envíala<#if cards?size gt 1>s</#if> hoy si puedes.
</#if>
<#list cards as card>

---- Tarjeta para ${conArticulo(card.name)}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Dirección:
${card.address}
<#else>
Dirección: no figura en la ficha; pregúntala en recepción o busca la dirección de las oficinas de ${interview.company}.
</#if>

<@cardText.card card/>
</#list>
<#if unthanked?has_content>

La ficha no tiene dirección de correo para <#list unthanked as p>${p.plainName}<#if p?has_next><#if p?index == unthanked?size - 2><#if unthanked[p?index + 1].plainName?matches("([IiÍí]|[Hh][IiÍí][^aeéoóuúAEÉOÓUÚ]).*", "s")> e <#else> y </#if><#else>, </#if></#if></#list>; por eso no <#if unthanked?size gt 1>les<#else>le</#if> llegó ningún agradecimiento por correo.
<#list unthanked as p>

---- ${p.name}<#if p.title??>, ${p.title}</#if> ----
<#if p.address??>
Envía una tarjeta a:
${p.address}

<@cardText.card p/>
<#elseif passOnBy??>
El correo de agradecimiento a ${passOnBy.plainName} le pide que transmita tu agradecimiento. Una nota propia es mejor: si encuentras su dirección, añádela a la ficha como email.
<#else>
Pide la dirección en la recepción de la empresa o al equipo de selección, y añádela a la ficha como email.
</#if>
</#list>
</#if>

-- followup
