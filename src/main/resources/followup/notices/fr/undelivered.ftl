<#-- Pour vous-même : un serveur a abandonné un message après des échecs temporaires ; ce qui est retenu jusqu'à resume. -->
Subject: followup : le message à ${address} n'a pas été distribué

<#if subject?has_content>Votre message « ${subject} » à ${address}<#else>Un message à ${address}</#if> n'est pas arrivé. <#if full!false>La boîte aux lettres de la personne est pleine, si bien que le serveur destinataire n'a pas pu l'accepter :<#else>Le serveur destinataire n'a pas pu l'accepter et, après avoir réessayé un certain temps, a abandonné :</#if>

  ${diagnostic}

Rien n'indique que l'adresse soit erronée, mais plus rien ne lui est envoyé pour l'instant : les messages prévus pour elle sont retenus. Dès que vous savez que le courrier lui parvient de nouveau (ou que vous l'avez corrigée dans la fiche), `followup resume ${interviewId}` les envoie. Si ce message compte, renvoyez-le vous-même (une copie se trouve dans votre dossier des messages envoyés) ou joignez la personne autrement.
