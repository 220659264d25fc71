<#-- Pour vous-même : le texte à recopier sur une carte pour chaque personne qui en reçoit une, et comment
     remercier chaque personne dont la fiche n'a pas d'adresse e-mail. Le texte de la carte vouvoie son destinataire ;
     aucun accord au genre de l'expéditeur ; espace insécable avant les deux-points et le point-virgule. -->
<#import cardTemplate as cardText>
<#assign people = cards + unthanked>
<#-- l'objet compte les cartes à écrire (les personnes dont on a l'adresse) et nomme les autres comme telles -->
<#assign carded = cards + unthanked?filter(p -> p.address??)>
<#assign uncarded = unthanked?filter(p -> !(p.address??))>
<#-- "au Dr Raj Patel", "à la Dre Anne Roy", "à Mme Claire Martin": a doctor's or a professor's title takes the article -->
<#function a name><#return name?matches("(Dre|Docteure|Professeure)\\s.*", "s")?then("à la " + name, name?matches("(Dr\\.?|Docteur|Pr\\.?|Prof\\.?|Professeur)\\s.*", "s")?then("au " + name, "à " + name))></#function>
Subject: <#if carded?has_content>Carte<#if carded?size gt 1>s</#if> manuscrite<#if carded?size gt 1>s</#if> pour ${interview.company} : <#list carded as p>${p.name}<#sep>, </#list><#if uncarded?has_content> ; pas d'adresse pour <#list uncarded as p>${p.name}<#sep>, </#list></#if><#else>Remerciements pour ${interview.company} : <#list people as p>${p.name}<#sep>, </#list></#if>

${sender.firstName},

<#if cards?has_content>
Une courte carte manuscrite se remarque. Postez-<#if cards?size gt 1>les<#else>la</#if> aujourd'hui si possible.
</#if>
<#list cards as card>

---- Carte pour ${card.name}<#if card.title??>, ${card.title}</#if> ----
<#if card.address??>
Adresse :
${card.address}
<#else>
Adresse : absente de la fiche ; demandez-la à l'accueil ou cherchez l'adresse postale de l'entreprise.
</#if>

<@cardText.card card/>
</#list>
<#if unthanked?has_content>

La fiche ne contient pas d'adresse e-mail pour <#list unthanked as p>${p.plainName}<#if p?has_next><#if p?index == unthanked?size - 2> et <#else>, </#if></#if></#list> ; aucun remerciement ne <#if unthanked?size gt 1>leur<#else>lui</#if> a donc été envoyé par e-mail.
<#list unthanked as p>

---- ${p.name}<#if p.title??>, ${p.title}</#if> ----
<#if p.address??>
Envoyez une carte à :
${p.address}

<@cardText.card p/>
<#elseif passOnBy??>
Le message de remerciement ${a(passOnBy.name)} demande de transmettre vos remerciements. Un mot personnel vaut mieux : si vous trouvez son adresse, ajoutez-la à la fiche sous la clé email.
<#else>
Demandez son adresse à l'accueil de l'entreprise ou au service de recrutement, et ajoutez-la à la fiche sous la clé email.
</#if>
</#list>
</#if>

-- followup
