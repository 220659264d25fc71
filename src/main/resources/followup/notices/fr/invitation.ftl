<#-- Pour vous-même : l'entreprise a envoyé une invitation d'agenda ; ce qui est retenu, et la fiche du prochain entretien. -->
<#function heldText n><#return (n == 0)?then("Rien n'était en attente : rien n'a donc été retenu.", (n == 1)?then("1 message en attente est retenu et ne sera pas envoyé.", n + " messages en attente sont retenus et ne seront pas envoyés."))></#function>
<#assign what><#if title?has_content>« ${title} »<#else>une réunion</#if></#assign>
Subject: ${company} vous invite à ${what} le ${start}

${company} vous invite à ${what} le ${start}<#if startHere?has_content> (chez vous : ${startHere})</#if>. ${writer}<#if via?has_content>, par l'intermédiaire de ${via},</#if> a envoyé l'invitation le ${received}<#if subject?has_content> (« ${subject} »)</#if>.

${heldText(held)}
<#if record?has_content>

La fiche de cet entretien, prête à être enregistrée sous conf/interviews/${recordFile} (vérifiez les personnes de l'entretien ; les relances de l'entretien précédent lui cèdent alors la place) :

${record}
</#if>
