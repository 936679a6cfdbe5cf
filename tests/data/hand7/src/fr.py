# blind8 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Vasseur <h.vasseur@laposte-mel.example>",
         to="sav@mobilitec-fauteuils.example",
         subject="Fauteuil Orion 4 – comportement anormal",
         body="""\
Bonjour,

Je vous écris au sujet du fauteuil électrique Orion 4 de ma mère (n° de série OR4-22817), livré en septembre.

Hier après-midi, en sortant de la pharmacie, elle a lâché la manette pour ranger son porte-monnaie et le fauteuil a continué d'avancer tout droit, sans ralentir. Il s'est arrêté contre un poteau au bord du trottoir, à un mètre de la chaussée. Un passant a dû couper le contact. Ce matin, dans le salon, même chose sur quelques mètres, puis il est reparti tout seul en marche arrière jusqu'au buffet.

Ma mère a 84 ans. Elle a un gros bleu à la hanche mais elle va bien, ne vous inquiétez pas. Elle ne s'en sert plus, évidemment, et du coup elle reste enfermée à l'appartement en attendant.

Pourriez-vous me dire qui peut passer l'examiner, et s'il faut débrancher la batterie d'ici là ? Je suis joignable au 01 99 00 42 17.

Merci d'avance,
Hélène Vasseur"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Salon Mèche Rebelle <contact@mecherebelle.example>",
         to="pro@capilia-distribution.example",
         subject="Lot 7731-B poudre Lumiblond",
         body="""\
Bonjour,

Nous utilisons votre poudre décolorante Lumiblond depuis trois ans sans aucun souci. Le carton reçu le 2 décembre (lot 7731-B) ne se comporte pas du tout pareil : le mélange mousse et devient tiède dans le bol au bout de quelques minutes.

Samedi, une cliente a commencé à dire que ça piquait au bout de dix minutes de pose, on a rincé tout de suite. Elle a maintenant des plaques rouges à vif sur le haut du crâne, avec des cloques, et les cheveux partent par mèches quand on les touche. Son médecin l'a envoyée chez un dermato ce matin. Une deuxième cliente nous a appelées hier : démangeaisons et croûtes, même lot.

On a mis le carton de côté. Est-ce que d'autres salons vous ont signalé quelque chose ? Il nous faut une réponse rapide, il nous reste 14 sachets et la cliente parle de porter plainte.

Cordialement,
Nadia Ferhat
Salon Mèche Rebelle – 12 rue des Tanneurs, Angers"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Julien Marchetti <j.marchetti@btp-marchetti.example>",
         to="location@echafaudages-dulac.example",
         subject="URGENT garde-corps échafaudage chantier Villeurbanne",
         body="""\
Bonjour,

Sur le chantier du 48 cours Émile-Zola (contrat de location LOC-2026-0912), un garde-corps du 3e niveau s'est décroché ce matin à 8h15 quand un de mes compagnons s'est appuyé dessus. Il s'est rattrapé à un montant, il s'en sort avec une entaille à la main, mais c'était une chute de huit mètres sur du béton.

En regardant de plus près avec le chef d'équipe : deux colliers de serrage sont fissurés et un troisième tourne dans le vide. Même modèle de collier sur toute la façade.

J'ai fait descendre tout le monde et balisé un périmètre. C'est dangereux, je ne remets personne là-haut tant que votre technicien n'a pas vérifié toute la structure. Il me faut quelqu'un aujourd'hui, pas lundi.

Julien Marchetti
Conducteur de travaux – Marchetti BTP
06 39 98 12 40"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Bernard Colin <bcolin@orange-mel.example>",
         to="assistance@fiscalis-declaration.example",
         subject="problème",
         body="""\
Bonjour

ce matin en ouvrant mon espace Fiscalis pour finir ma déclaration, ce n'était pas la mienne qui s'affichait. Nom, adresse à Limoges, numéro fiscal, salaires, pension alimentaire, et même le RIB d'une certaine Mme Laurence Pichon. Je n'ai rien touché, j'ai fermé tout de suite.

Mais si moi je vois son dossier, qui voit le mien ? Il y a mon numéro de sécu, les revenus de toute la famille et les justificatifs de frais médicaux de ma femme.

Je voudrais savoir ce qui se passe et si mes données ont été consultées par quelqu'un d'autre. Je ne valide rien tant que je n'ai pas d'explication.

B. Colin
client n° FS-448120"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrice Lemoine <direction@fournilsdelemoine.example>",
         to="support@caissenet-pro.example",
         subject="Toutes nos caisses",
         body="""\
Bonjour,

6h40 ce matin, dans nos 4 boulangeries (Rouen centre, Mont-Saint-Aignan, Bihorel, Darnétal) : les caisses démarrent mais restent bloquées sur « Synchronisation du catalogue… 0 % ». Impossible d'encaisser quoi que ce soit, même en espèces, l'écran ne donne jamais accès au ticket.

On a redémarré les boîtiers, la box, débranché, rebranché. Rien.

On vend au carnet et à la calculette avec la queue jusque sur le trottoir, en plein rush du matin, samedi veille de fêtes, je ne vous fais pas un dessin. Votre hotline sonne dans le vide depuis 7h.

Rappelez-moi au 06 39 98 55 02 SVP.
Patrice Lemoine"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Kévin Aubert <kevin@encre-noire-tattoo.example>",
         to="help@inkbook.example",
         subject="appli down ??",
         body="""\
Salut,

Votre appli est down chez moi depuis hier soir : page blanche sur le PC, et « erreur serveur » sur le téléphone. Du coup plus d'agenda. Je ne sais pas qui vient aujourd'hui, ni à quelle heure, ni les croquis que j'ai validés avec les clients.

Je suis tout seul au studio, le premier va sonner à 10h et je ne sais même pas qui c'est. Vous pouvez regarder vite svp ?

Kévin – Encre Noire, Lille"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sophie Garnier <s.garnier@cabinet-garnier-immo.example>",
         to="support@signaflow.example",
         subject="Lenteur envoi enveloppes",
         body="""\
Bonjour,

Depuis lundi, l'envoi des enveloppes de signature est très lent : il faut entre 5 et 20 minutes avant que le destinataire reçoive le lien, parfois plus. Ce matin, deux enveloppes sont restées en statut « En préparation » plus d'une heure avant de partir. La signature elle-même fonctionne normalement une fois le lien reçu.

Pour les baux urgents, on contourne en envoyant le PDF par mail et en faisant signer à l'agence, mais ce n'est pas tenable longtemps, on a une quinzaine de dossiers par semaine.

Est-ce un problème connu chez vous ? Je peux vous transmettre les identifiants des enveloppes concernées (par ex. ENV-88231-FR).

Merci,
Sophie Garnier
Cabinet Garnier Immobilier"""),

    dict(n=8, signals="outage", priority="critical", trap="technical", qt=0, reply=0,
         frm="Thomas Régnier <t.regnier@logistique-vexin.example>",
         to="support@stockpilot.example",
         subject="WMS - préparation à l'arrêt entrepôt Cergy",
         body="""\
Bonjour,

Depuis 13h52 l'API StockPilot répond 503 Service Unavailable sur /v2/picking/confirm et /v2/labels.

Conséquence : les terminaux des caristes et des préparateurs ne valident plus aucune ligne, et les étiquettes transporteur ne sortent plus. 38 personnes à l'arrêt sur les quais, chariots garés. Nous avons 212 commandes à expédier avant l'enlèvement de 17h30 pour notre principal client e-commerce.

Ticket ouvert sur le portail (#SP-40917) à 14h05, pas de retour.

Merci de nous rappeler d'urgence au 01 99 00 63 28.

Thomas Régnier
Responsable d'exploitation – Logistique du Vexin"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Claire Dumont <programmation@cinema-le-vox.example>",
         to="assistance@billetscine.example",
         subject="QR codes non reçus par certains spectateurs",
         body="""\
Bonjour,

Depuis samedi, une partie des spectateurs qui achètent leur place en ligne ne reçoivent pas leur e-billet. La vente passe, le paiement est bien pris, la place apparaît réservée dans le back-office, mais le mail avec le QR code n'arrive jamais (les gens ont vérifié leurs spams). À vue de nez, un achat sur cinq.

À la caisse on retrouve la réservation par le nom et on réimprime, donc personne n'est refoulé, mais ça fait de la queue avant les séances du soir et le week-end on a l'avant-première de Noël.

Pouvez-vous vérifier l'envoi des mails de confirmation ?

Claire Dumont
Cinéma Le Vox – Montbrison"""),

    dict(n=10, signals="payment", priority="high", trap="late-reveal", qt=0, reply=0,
         frm="Martine Roussel <martine.roussel@free-mel.example>",
         to="facturation@residence-les-tilleuls.example",
         subject="Mois de décembre - Mme Roussel Jeanne, chambre 14",
         body="""\
Madame, Monsieur,

Tout d'abord merci à l'équipe du premier étage pour le goûter de Noël de dimanche, ma mère en parle encore et les photos sont très réussies.

Je vous écris cependant pour un souci de prélèvement. Les frais d'hébergement de décembre (2 874,60 €) ont été prélevés deux fois sur mon compte, le 5 et le 6 décembre, avec la même référence de mandat. Mon compte est maintenant à découvert de plus de 2 000 €, ma banque m'a déjà facturé des frais et menace de rejeter mon loyer qui passe le 10.

Pourriez-vous me rembourser le second prélèvement en urgence, par virement plutôt qu'en déduction sur janvier ? Je joins le relevé.

Bien cordialement,
Martine Roussel
fille de Mme Jeanne Roussel"""),

    dict(n=11, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Aurélien Petit <aurelien.petit@sfr-mel.example>",
         to="billetterie@theatre-des-halles.example",
         subject="remboursement spectacle annulé",
         body="""\
Bonjour,

j'avais 3 places pour « La Nuit des rois » du 14 novembre, annulé parce qu'un comédien était malade. Votre mail du 10/11 disait : remboursement automatique sous 14 jours sur la carte utilisée.

On est le 9 décembre et toujours rien (96 €, commande TH-55102). Ma banque dit qu'aucun remboursement n'est en attente de son côté.

Pouvez-vous vérifier et me donner une date ?
Merci.
Aurélien Petit"""),

    dict(n=12, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Gérard Fontaine <gfontaine@wanadoo-mel.example>",
         to="clients@lavauto-express.example",
         subject="petite question sur mon relevé",
         body="""\
Bonjour,

J'ai l'abonnement lavage illimité à 24,90 € par mois depuis le printemps, très content d'ailleurs, la voiture n'a jamais été aussi propre.

Sur le relevé de novembre je vois en plus une ligne de 0,49 € « frais de service carte » que je n'avais jamais vue avant. Ce n'est pas grave hein, je me demande juste à quoi ça correspond et si ça va revenir tous les mois.

Bonne journée,
G. Fontaine"""),

    dict(n=13, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Élodie Marchand <elodie@paysages-marchand.example>",
         to="comptabilite@jardinerie-du-moulin.example",
         subject="Facture F-2026-11873 à corriger",
         body="""\
Bonjour,

Nous avons un compte professionnel chez vous (paysagiste, remise de 15 % sur les végétaux et les fournitures).

Sur la facture F-2026-11873 (commande du 27/11 : 40 charmilles en conteneur, 12 sacs de terreau, 6 rouleaux de toile de paillage), la remise n'a pas été appliquée, et la livraison sur chantier est facturée deux fois (2 x 65 € HT). Résultat, le total passe de 1 412,30 € TTC à 1 742,88 € TTC.

Je ne peux pas la passer en comptabilité en l'état. Merci de m'envoyer une facture rectifiée ou un avoir pour la différence.

Bien à vous,
Élodie Marchand
Paysages Marchand SARL"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Olivier Besson <o.besson@gestion-besson.example>",
         to="support@gerance-plus.example",
         subject="Impossible de me connecter - code SMS",
         body="""\
Bonjour,

Je n'arrive plus à me connecter à Gérance+ depuis hier. Le mot de passe est accepté, puis le site envoie le code de vérification par SMS… sur mon ancien numéro de portable, résilié en octobre. Je ne reçois donc jamais le code, et le lien « utiliser une autre méthode » me ramène sur la même page.

Je gère 130 lots et je dois éditer les appels de fonds et les quittances avant le 15. Mon associée n'a pas de compte administrateur, elle ne peut rien faire à ma place.

Comment changer le numéro sans pouvoir entrer ? Je peux vous envoyer une pièce d'identité et un Kbis.

Olivier Besson
Cabinet Besson Gestion – identifiant : obesson-admin"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Camille Renaud <camille.renaud@mel-perso.example>",
         to="familles@petitspas-creches.example",
         subject="Changement d'adresse mail compte famille",
         body="""\
Bonjour,

Notre fils Léon est inscrit à la crèche Les Petits Pas de Villeurbanne depuis septembre.

Le compte famille sur l'appli a été créé avec l'adresse de mon ex-conjoint, et depuis notre séparation c'est lui seul qui reçoit tout : les transmissions de la journée, les photos, les menus, les messages de l'équipe. Nous sommes en garde alternée et je suis aussi responsable légale.

J'aimerais soit que le compte passe sur mon adresse, soit (mieux) avoir mon propre accès au même dossier enfant. La directrice m'a dit de vous écrire directement. Qu'est-ce que je dois vous fournir ?

Merci,
Camille Renaud"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Inès Bouchard <ines.bouchard@laposte-mel.example>",
         to="service.client@lentilles-directes.example",
         subject="mot de passe",
         body="""\
Bonjour,

Je voudrais changer le mot de passe de mon compte client (je commande mes lentilles chez vous tous les 3 mois). Celui que j'ai est le même que partout et je préfère en mettre un nouveau.

Je ne trouve pas où le faire dans « Mon espace », il y a juste l'adresse de livraison et les ordonnances. Vous pouvez m'indiquer le chemin ?

Merci !
Inès"""),

    dict(n=17, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Mathilde Carré <m.carre@groupe-altea-rh.example>",
         to="support@talentbridge.example",
         subject="RE: Votre abonnement TalentBridge Pro",
         body="""\
Bonjour Yannick,

Merci pour la régularisation, côté facture tout est en ordre.

En revanche, depuis le passage de Pro à Pro+ hier, ma collègue Anaïs Lefort (a.lefort@groupe-altea-rh.example) n'a plus accès à rien : elle se connecte et tombe sur « Aucun espace de travail associé à ce compte ». Ses annonces et ses candidats en cours apparaissent toujours chez moi, mais à mon nom. Je ne peux pas la réinviter, le bouton est grisé.

Elle a trois entretiens à caler cette semaine, pouvez-vous rétablir son siège ?

Mathilde Carré
Responsable recrutement – Groupe Altéa

-----Message d'origine-----
De : Yannick – Support TalentBridge
Envoyé : mardi 1 décembre 2026 10:12
Objet : Votre abonnement TalentBridge Pro

> Bonjour Madame Carré,
> Le prélèvement de votre facture FA-30981 a été rejeté par votre banque,
> puis votre carte a été débitée une seconde fois par erreur.
> Nous avons remboursé le doublon ; vous n'avez rien à faire.
> Cordialement,
> Yannick"""),

    dict(n=18, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Bérénice Morel <diffusion@treteauxbleus.example>",
         to="presse@scene-nationale-camargue.example",
         subject="Coupures de presse – Court-circuit",
         body="""\
Bonjour Léa,

Suite à nos représentations de « Court-circuit » chez vous les 20 et 21 novembre, pourriez-vous nous transmettre les coupures de presse que vous avez reçues (Le Courrier du Delta, le blog de Radio Salins, l'article du magazine de l'agglo) ?

On monte le dossier de diffusion pour la tournée 2027 et on aimerait les intégrer avant la fin du mois.

Au passage, merci encore pour l'accueil : salle pleine à craquer les deux soirs, et la scène du bal a fait disjoncter le public, comme on l'espérait. L'équipe technique a été formidable.

Belle fin d'année à toute l'équipe,
Bérénice Morel
Chargée de diffusion – Cie Les Tréteaux Bleus"""),

    dict(n=19, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Jean-Luc Perrin <jlperrin@numericable-mel.example>",
         to="reclamations@taxis-azur-vtc.example",
         subject="INADMISSIBLE",
         body="""\
Bonjour,

Je suis TRÈS mécontent de la course d'hier soir, gare Nice-Ville → Cimiez, réservée via votre appli (course n° AZ-771204).

Le chauffeur n'a pas dit bonjour, n'a pas levé le petit doigt pour m'aider avec ma valise, et a écouté sa radio à fond pendant tout le trajet malgré ma demande de baisser. Quand je lui ai fait la remarque, il a levé les yeux au ciel !!!

C'est ça, votre « service premium » ?? Je ne demande pas la lune, juste un minimum de politesse. J'attends des excuses et que ce monsieur soit rappelé à l'ordre.

JL Perrin"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Sandrine Lopez <sandrine.lopez@bbox-mel.example>",
         to="sav@velectra-bikes.example",
         subject="Retour après échange de batterie",
         body="""\
Bonjour,

Petit message pour vous dire que tout va bien depuis l'échange de la batterie de mon Velectra City 2 (dossier SAV-6612).

Pour rappel, l'ancienne chauffait énormément en charge et le chargeur se coupait tout seul. Avec la nouvelle, plus aucun souci : elle reste froide, l'autonomie est revenue autour de 70 km et je fais Nantes–Rezé tous les jours sans y penser.

Merci à Florian de l'atelier, très pro et de bon conseil. Rien à faire de votre côté, c'était juste pour le retour.

Sandrine"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Hugo Lambert <hugo.lambert@proton-mel.example>",
         to="contact@verrou-connecte.example",
         subject="Question avant achat serrure K3",
         body="""\
Bonjour,

J'hésite à installer votre serrure connectée K3 sur notre porte d'entrée. Deux questions avant de commander :

1. Si les piles sont à plat, ou si on se fait voler le téléphone, est-ce qu'on reste bloqué dehors ? Y a-t-il une clé mécanique de secours ?
2. En cas de coupure internet ou de panne de vos serveurs, le clavier à code fonctionne-t-il quand même en local ?

Ma mère habite au rez-de-chaussée et une infirmière passe tous les matins, donc j'aimerais être sûr avant de me lancer.

Merci,
Hugo Lambert"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Yasmine Haddad <yasmine.haddad@mel-perso.example>",
         to="accueil@centre-aquatique-ondine.example",
         subject="Re: Compte bloqué - réservation créneaux",
         body="""\
Super, ça remarche ! J'ai pu réserver l'aquagym de jeudi 18h et le sauna samedi matin.

Merci beaucoup pour la rapidité, et bonne fin de semaine à toute l'équipe de l'accueil.

Yasmine

Le 7 déc. 2026 à 09:14, Centre aquatique Ondine <accueil@centre-aquatique-ondine.example> a écrit :
> Bonjour Madame Haddad,
> Votre compte a été débloqué, il s'agissait d'un doublon de fiche adhérent.
> Vous pouvez à nouveau réserver en ligne.
>
> Le 6 déc. 2026 à 20:41, Yasmine Haddad a écrit :
>> Bonjour, mon compte est bloqué depuis ce soir, « accès suspendu »
>> quand je me connecte, impossible de réserver mes créneaux."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Stéphane Guérin <s.guerin@ehpad-les-glycines.example>",
         to="support@soinsconnect.example",
         subject="Plus personne ne peut se connecter au dossier de soins",
         body="""\
Bonjour,

Depuis le changement de politique de mots de passe que vous avez déployé cette nuit, aucun soignant de l'EHPAD Les Glycines ne peut ouvrir sa session SoinsConnect sur les tablettes : « Identifiants invalides » pour tout le monde, et le lien de réinitialisation renvoie une page d'erreur.

Nous sommes 62 agents, équipes de jour et de nuit, et personne n'entre. Concrètement, les infirmières ont fait la distribution de midi sur des plans imprimés la semaine dernière, on ne peut ni consulter les prescriptions à jour ni tracer les soins de la journée. Mon propre compte administrateur est bloqué lui aussi, je ne peux débloquer personne.

Merci de traiter ça en priorité absolue et de m'appeler au 04 65 71 20 88.

Stéphane Guérin
Responsable informatique – EHPAD Les Glycines"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nicolas Bertrand <nicolas.bertrand@mel-perso.example>",
         to="relation-client@tramexpress-regions.example",
         subject="RE: RE: Remboursement abonnement annuel - dossier 2026-RB-0457",
         body="""\
Troisième relance.

Cela fait maintenant sept semaines que j'ai résilié mon abonnement annuel après ma mutation à Bordeaux, et les 687 € du prorata ne sont toujours pas revenus. À chaque fois on me répond que « le dossier est transmis au service compétent ».

J'avais payé l'année d'avance en une fois, c'est une somme pour moi, et j'ai un dépôt de garantie à verser lundi pour mon nouvel appartement. Je veux une date de virement ferme d'ici vendredi, sinon je saisis le médiateur.

N. Bertrand

> Le 18 nov. 2026, Nicolas Bertrand a écrit :
> Bonjour, je relance : aucun remboursement reçu à ce jour, dossier 2026-RB-0457.
> Pouvez-vous me dire où en est la demande ?
>
> Le 28 oct. 2026, Nicolas Bertrand a écrit :
> Bonjour, suite à ma mutation je résilie mon abonnement annuel Tram+TER
> à compter du 1er novembre. Merci de me rembourser le prorata (687 €)
> sur le compte du prélèvement. Justificatif employeur joint."""),
]
