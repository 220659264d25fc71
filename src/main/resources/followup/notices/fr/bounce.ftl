<#-- Pour vous-même : un message est revenu non distribué ; ce qui est retenu, et que faire. -->
Subject: followup : le message à ${address} est revenu non distribué

<#if passedOn?has_content>
Un message à ${address} est revenu non distribué : le serveur de l'entreprise l'a transmis à ${passedOn} (${address} est un alias, un groupe ou un transfert), et la distribution à cette adresse a échoué :

  ${diagnostic}

D'autres destinataires derrière ${address} l'ont peut-être reçu ; followup ne peut pas le savoir. Plus rien ne sera envoyé à ${address} pour l'instant. Si c'est la bonne adresse (l'entreprise vous l'a donnée), `followup resume ${interviewId}` envoie de nouveau les messages retenus ; sinon, corrigez-la dans la fiche, et les étapes restantes seront planifiées pour l'adresse corrigée.
<#else>
Un message à ${address} est revenu non distribué :

  ${diagnostic}

Plus rien ne sera envoyé à cette adresse. Vérifiez-la dans la fiche (une faute de frappe ?) ; une fois corrigée, les étapes restantes seront planifiées pour l'adresse corrigée.
</#if>
