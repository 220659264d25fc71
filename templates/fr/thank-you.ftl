<#-- Le remerciement à une personne de l'entretien : trois ou quatre phrases, nomme toutes les personnes présentes
     et reprend ce dont cette personne a parlé. Dans un entretien à plusieurs, chaque message est le sien
     (note.variant choisit pour chacun une autre formulation de chaque partie). Vouvoiement ; aucun accord au
     genre de l'expéditeur ; pas de ponctuation double (; : ? !) pour éviter les espaces insécables. -->
<#-- "le poste d'Ingénieur logiciel", "le poste de Data Engineer": de, elided before a vowel -->
<#function de name><#return name?matches("[AEIOUÉÈÊËÀÂÎÏÔÛaeiouéèêëàâîïôû].*", "s")?then("d'" + name, "de " + name)></#function>
<#assign v = note.variant>
<#assign when = interview.when>
<#assign role = interview.position>
<#assign company = interview.company>
<#if note.topic??>
<#assign subjects = [
  "Merci pour notre échange sur ${note.topic}",
  "Merci pour votre temps et pour la discussion sur ${note.topic}",
  "Notre conversation sur ${note.topic}",
  "Merci pour l'entretien et l'échange sur ${note.topic}",
  "Avec mes remerciements pour l'échange sur ${note.topic}",
  "Merci pour votre éclairage sur ${note.topic}"]>
<#else>
<#assign subjects = [
  "Merci pour notre entretien sur le poste ${de(role)}",
  "Merci pour votre temps, poste ${de(role)}",
  "Notre conversation sur le poste ${de(role)}",
  "Entretien pour le poste ${de(role)} chez ${company}, merci",
  "Avec mes remerciements pour l'entretien",
  "Merci pour votre temps et votre éclairage"]>
</#if>
<#assign openings = [
  "Je vous remercie d'avoir pris le temps de me rencontrer ${when} au sujet du poste ${de(role)}.",
  "Merci beaucoup pour notre entretien ${when} concernant le poste ${de(role)} chez ${company}.",
  "J'ai beaucoup apprécié de pouvoir échanger avec vous ${when} sur le poste ${de(role)}.",
  "Merci pour le temps que vous m'avez accordé ${when} et pour notre échange sur le poste ${de(role)}.",
  "Ce fut un plaisir de vous rencontrer ${when} et d'en apprendre davantage sur le poste ${de(role)}.",
  "Je tiens à vous remercier pour le temps consacré ${when} à notre entretien sur le poste ${de(role)}."]>
<#if to.metBefore>
<#-- une personne déjà rencontrée lors d'un tour précédent est remerciée pour ce nouvel échange, pas pour la rencontre -->
<#assign openings = [
  "Je vous remercie d'avoir pris le temps de me revoir ${when} au sujet du poste ${de(role)}.",
  "Merci beaucoup pour ce nouvel entretien ${when} concernant le poste ${de(role)} chez ${company}.",
  "J'ai beaucoup apprécié de pouvoir échanger de nouveau avec vous ${when} sur le poste ${de(role)}.",
  "Merci pour le temps que vous m'avez de nouveau accordé ${when} et pour la suite de notre échange sur le poste ${de(role)}.",
  "Ce fut un plaisir de m'entretenir de nouveau avec vous ${when} et d'en apprendre davantage sur le poste ${de(role)}.",
  "Je tiens à vous remercier pour le temps consacré ${when} à ce nouvel entretien sur le poste ${de(role)}."]>
</#if>
<#if to.topics?has_content>
<#assign topics = to.topicsText>
<#assign middles = [
  "Vos réflexions sur ${topics} m'ont été précieuses, et j'aimerais beaucoup poursuivre cette discussion.",
  "Ce que vous avez dit sur ${topics} continue de me faire réfléchir, et j'aimerais approfondir ce sujet.",
  "Découvrir votre approche concernant ${topics} m'a donné une image bien plus claire du poste.",
  "Votre point de vue sur ${topics} a été particulièrement éclairant, et j'aimerais en savoir davantage.",
  "J'ai particulièrement apprécié notre échange sur ${topics}, précisément le type de sujet sur lequel j'aime travailler.",
  "Notre discussion sur ${topics} a été pour moi le moment fort de l'entretien, et j'y repense depuis."]>
<#else>
<#assign middles = [
  "J'ai beaucoup apprécié d'entendre comment l'équipe travaille et ce que recouvre le poste.",
  "Il m'a été très utile de mieux comprendre le quotidien de votre équipe.",
  "Votre présentation de l'équipe et de ses priorités m'a donné une image claire du poste.",
  "J'ai apprécié la franchise avec laquelle vous avez décrit l'équipe et les projets à venir.",
  "Il était éclairant de savoir ce qui compte le plus pour l'équipe en ce moment.",
  "Ce que vous m'avez dit des projets de l'équipe a rendu le poste beaucoup plus concret pour moi."]>
</#if>
<#if note.mates??>
<#assign mates = [
  "J'ai eu également grand plaisir à rencontrer ${note.mates}",
  "Les échanges avec ${note.mates} ont été tout aussi précieux",
  "Parler avec ${note.mates} le même jour m'a donné une vision plus complète de l'équipe",
  "J'ai beaucoup apprécié la rencontre avec ${note.mates} au cours de l'entretien",
  "Rencontrer ${note.mates} m'a permis de voir comment l'équipe travaille ensemble",
  "Avec ${note.mates}, vous m'avez réservé un accueil chaleureux et ouvert"]>
<#-- une personne déjà rencontrée lors d'un tour précédent est revue, pas rencontrée -->
<#if note.matesAgain?? && note.matesNew??>
<#assign mates = [
  "J'ai eu également grand plaisir à rencontrer ${note.matesNew} et à revoir ${note.matesAgain}",
  "Les échanges avec ${note.matesNew}, et de nouveau avec ${note.matesAgain}, ont été tout aussi précieux",
  "Parler avec ${note.matesNew} et retrouver ${note.matesAgain} m'a donné une vision plus complète de l'équipe",
  "J'ai beaucoup apprécié la rencontre avec ${note.matesNew} et les retrouvailles avec ${note.matesAgain} au cours de l'entretien",
  "Rencontrer ${note.matesNew} et retrouver ${note.matesAgain} m'a permis de voir comment l'équipe travaille ensemble",
  "Avec ${note.matesNew}, et de nouveau ${note.matesAgain}, vous m'avez réservé un accueil chaleureux et ouvert"]>
<#elseif note.matesAgain??>
<#assign mates = [
  "J'ai eu également grand plaisir à revoir ${note.matesAgain}",
  "Les nouveaux échanges avec ${note.matesAgain} ont été tout aussi précieux",
  "Échanger de nouveau avec ${note.matesAgain} m'a donné une vision plus complète de l'équipe",
  "J'ai beaucoup apprécié de retrouver ${note.matesAgain} au cours de l'entretien",
  "Retrouver ${note.matesAgain} m'a permis de mieux voir comment l'équipe travaille ensemble",
  "Avec ${note.matesAgain}, vous m'avez de nouveau réservé un accueil chaleureux et ouvert"]>
</#if>
<#assign team = mates[v]>
<#if note.passOn??><#assign team = team + ", et je vous saurais gré de transmettre mes remerciements à " + note.passOn></#if>
<#assign team = team + ".">
<#elseif note.passOn??>
<#assign team = ["Je vous saurais gré de transmettre également mes remerciements à ${note.passOn}.",
  "Merci de transmettre mes remerciements à ${note.passOn}.",
  "Je vous saurais gré de remercier ${note.passOn} de ma part.",
  "Merci également de remercier ${note.passOn} de ma part.",
  "Je vous prie de transmettre mes sincères remerciements à ${note.passOn}.",
  "Merci de bien vouloir remercier ${note.passOn} en mon nom."][v]>
<#else>
<#assign team = "">
</#if>
<#assign closings = [
  "Notre échange a renforcé mon envie de rejoindre ${company}.",
  "Cet entretien a encore renforcé ma motivation à rejoindre ${company}, et j'espère avoir bientôt de vos nouvelles.",
  "J'aimerais beaucoup contribuer à ce que construit ${company}.",
  "Cette conversation m'a confirmé à quel point je souhaite travailler chez ${company}.",
  "Je me réjouis de la suite du processus avec ${company} et j'espère que nous aurons bientôt l'occasion d'échanger à nouveau.",
  "Merci encore, la perspective de travailler chez ${company} m'enthousiasme beaucoup."]>
<#assign signOffs = ["Bien cordialement,", "Cordialement,", "Avec mes remerciements,", "Bien à vous,",
  "Très cordialement,", "Avec mes salutations les meilleures,"]>
Subject: ${subjects[v]}

${to.greeting}

${openings[v]} ${middles[v]}<#if team?has_content> ${team}</#if> ${closings[v]}

${signOffs[v]}
${sender.name}
<#if sender.phone??>
${sender.phone}
</#if>
