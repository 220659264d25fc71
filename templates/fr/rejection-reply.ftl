<#-- La réponse à un refus, en brouillon, que vous envoyez vous-même : des remerciements, une demande de retour, la
     porte laissée ouverte. followup ne l'envoie jamais ; elle figure dans la notification et, si le serveur le
     permet, dans les brouillons. to.greeting salue une personne de l'entretien comme les messages qui lui ont été
     adressés, toute autre par le nom de son adresse, ou sans nom (« Bonjour, »). Vouvoiement ; aucun accord au
     genre de l'expéditeur. Le temps passé ensemble et les sujets (to.topics, un ou deux : les siens) ne sont
     évoqués que si la personne a pris part à l'entretien (to.interviewed). -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
Subject: Re: ${interview.position} chez ${interview.company}

${to.greeting}

<#if to.wrote>Merci pour votre message, et pour le temps<#else>J'ai bien reçu la décision concernant ma candidature, et je vous remercie pour le temps</#if> que <#if to.interviewed>vous et l'équipe m'avez consacré<#else>l'équipe m'a consacré</#if> tout au long du processus de recrutement pour le poste ${de(interview.position)}. Découvrir ${interview.company} a été très enrichissant<#if to.interviewed && to.topics?has_content>, en particulier nos échanges sur ${to.topicsText}</#if>.

Si vous en avez l'occasion, un retour sur mes entretiens me serait très précieux : savoir ce qui aurait renforcé ma candidature m'aidera le plus dans la suite de mes recherches.

${interview.company} continue de beaucoup m'intéresser. Si un autre poste correspondant à mon expérience venait à s'ouvrir, ce serait avec plaisir que j'en entendrais parler, et j'espère que nos chemins se recroiseront.

Bien cordialement,
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
