# blind35 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Aurélie Ferrand <aurelie.ferrand@mailo.example>",
         to="service.consommateurs@saveurs-du-matin.example",
         subject="Barres « Matin Câlin » : ma fille a fait une réaction",
         body="""\
Bonjour,

Je vous écris depuis les urgences pédiatriques de Nantes. Ce midi, ma fille Léna (6 ans, allergique à l'arachide, diagnostic posé par un allergologue) a mangé une barre de céréales « Matin Câlin chocolat-noisette » de votre marque. Sur l'emballage, il est écrit « sans arachide ».

Dix minutes après, ses lèvres ont gonflé, elle toussait sans pouvoir s'arrêter et elle avait des plaques rouges sur tout le cou. On a dû lui faire son stylo d'adrénaline et appeler le 15.

Elle va mieux maintenant, mais je veux savoir ce qu'il y a réellement dans ces barres. J'ai gardé le paquet : lot 2611-B, à consommer avant le 14/05/2027, acheté au Proxi-Marché de Rezé.

D'autres enfants sont peut-être en train de manger les mêmes. Merci de me rappeler rapidement au 06 41 27 83 90.

Aurélie Ferrand"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gérard Boulanger <g.boulanger@orange-mail.example>",
         to="sav@trottiwatt.example",
         subject="Question sur la batterie de ma trottinette TW-500",
         body="""\
Madame, Monsieur,

Je me permets de vous écrire au sujet de la trottinette TW-500 achetée sur votre site en septembre (commande n° TW-2026-08817).

Hier soir, je l'ai mise en charge dans l'entrée, comme d'habitude. Vers 23 h, une odeur de plastique brûlé a réveillé ma femme. Le bloc batterie sous le plateau était brûlant, il en sortait une fumée grise, et le chargeur avait fondu du côté de la prise. J'ai débranché avec un gant de cuisine et sorti le tout sur le balcon. Le mur de l'entrée est noirci jusqu'au plafond.

Personne n'a été blessé, heureusement. Je voudrais simplement savoir s'il faut que je vous renvoie l'appareil, et si d'autres clients vous ont signalé la même chose, car mon petit-fils a exactement le même modèle.

Avec mes remerciements,
Gérard Boulanger
12, rue des Tilleuls, 21000 Dijon"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Yanis Bekri <yanis.bkr@gmail-fr.example>",
         to="aide@banque-pixel.example",
         subject="achats pas de moi",
         body="""\
bonjour
y a 3 paiements sur ma carte cette nuit que j'ai pas faits : 189,99 € chez ELECTROZONE, 240 € et encore 240 € chez un truc GIFTCARDS-EU, vers 3h du mat. je dormais et la carte était dans mon portefeuille
je l'ai bloquée dans l'appli mais comment je récupère l'argent ?? c'est mon salaire
Yanis Bekri
envoyé de mon téléphone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Sandrine Lemaire <sandrine.lemaire@free-mail.example>",
         to="support@trocdeals.example",
         subject="Mon compte a été piraté et je ne peux plus y accéder !!!",
         body="""\
Bonjour,

Ce matin, j'ai reçu coup sur coup deux e-mails de votre part : « Votre mot de passe a été modifié », puis « Votre adresse e-mail a été modifiée ». Je n'ai jamais demandé ça !

Depuis, impossible de me connecter : mon mot de passe est refusé et le lien de réinitialisation part vers une adresse que je ne connais pas (s.lemaire.ventes@...). Des amis m'ont prévenue qu'il y a maintenant sous mon nom une dizaine d'annonces d'iPhone à 300 € avec paiement « hors plateforme ». Des gens vont se faire avoir en croyant me faire confiance : j'ai huit ans d'avis positifs sur ce compte.

Bloquez ces annonces immédiatement et rendez-moi mon compte. Mon pseudo : sandrine_brocante44.

Sandrine Lemaire
06 72 19 44 05"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pharmacie du Marché - Claire Vasseur <contact@pharmacie-du-marche-lille.example>",
         to="assistance@officinalis-logiciels.example",
         subject="URGENT - plus aucune ordonnance ne passe depuis ce matin",
         body="""\
Bonjour,

Depuis l'ouverture à 8 h 30, aucun de nos quatre postes ne peut valider une ordonnance. Au moment de la facturation, le logiciel reste figé une minute puis affiche :

  « Erreur OFF-5021 : connexion au serveur de tarification impossible (délai dépassé) »

Nous avons redémarré les postes et la box, rien n'y fait. Les ventes libres passent, mais tout ce qui est pris en charge par l'Assurance maladie est bloqué. Une quinzaine de patients attendent au comptoir, dont plusieurs sous traitement chronique qui ne peuvent pas repartir sans leurs médicaments ; pour l'instant, nous délivrons en notant tout à la main.

Numéro client : OFF-59-03318. Merci de nous rappeler au 03 20 51 66 12, on décroche tout de suite.

Claire Vasseur
Pharmacienne titulaire"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Marchetti <julien@atelier-cuir-marchetti.example>",
         to="support@boutikly.example",
         subject="Paiement impossible sur ma boutique en plein Black Friday",
         body="""\
Bonjour,

Depuis 10 h ce matin, sur ma boutique atelier-cuir-marchetti.example, les clients arrivent jusqu'à la page de paiement, entrent leur carte, et la petite roue tourne à l'infini. Aucune commande n'est enregistrée depuis quatre heures, alors qu'hier à la même heure j'en avais déjà 60.

Trois clients m'ont écrit sur Instagram pour me dire qu'ils n'arrivaient pas à payer. J'ai désactivé mes extensions une par une, vidé le cache, testé sur trois navigateurs : même résultat.

C'est LE jour de l'année où je fais un tiers de mon chiffre. Chaque heure qui passe me coûte plusieurs centaines d'euros. J'attends une réponse d'un humain, pas d'un robot.

Julien Marchetti
Atelier Cuir Marchetti - abonnement Pro"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kevin Morel <kev.morel@laposte-perso.example>",
         to="assistance@fibrea.example",
         subject="plus d'internet",
         body="""\
depuis samedi la box clignote rouge et plus rien marche, ni internet ni la télé
j'ai débranché rebranché 10 fois. je suis en télétravail demain je fais comment ?
Kevin Morel - ligne 09 81 44 27 63"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Hélène Roussel <helene.roussel@sfr-mail.example>",
         to="aide@cineflux.example",
         subject="Est-ce normal que les films s'arrêtent toutes les deux minutes ?",
         body="""\
Bonjour,

Est-ce normal que, depuis une semaine environ, les films et les séries s'arrêtent toutes les deux ou trois minutes sur l'application de ma télévision (une Samsung de 2022) ? L'image se fige, le petit cercle apparaît, puis ça repart au bout de trente secondes. Parfois le son continue alors que l'image reste bloquée.

Sur mon téléphone et sur l'ordinateur, aucun souci, avec la même connexion. J'ai désinstallé et réinstallé l'application, sans changement.

C'est assez pénible le soir. Auriez-vous une idée ?

Bien cordialement,
Hélène Roussel"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Daniel Okafor <daniel.okafor@outlook-mail.example>",
         to="membres@fitnova.example",
         subject="QR code ne marche pas pour entrer",
         body="""\
Bonjour,

Je suis membre à la salle FitNova de Bordeaux Bastide depuis mars. Depuis la mise à jour de l'application lundi, mon QR code ne s'affiche plus : l'écran reste blanc avec écrit « Chargement... » et ça reste comme ça. Donc je peux pas passer le tourniquet à l'entrée.

Le personnel de l'accueil est là seulement le soir, alors le matin à 6h30 je reste dehors. Trois fois cette semaine je suis reparti sans faire mon séance. J'ai essayé de supprimer l'application et de la réinstaller, mais c'est pareil. Mon téléphone est un Android.

Pouvez-vous réparer ça vite s'il vous plaît ? Je paie l'abonnement pour rien en ce moment.

Merci,
Daniel Okafor
Numéro de membre : FN-33-20571"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bernard Lacombe <bernard.lacombe@wanadoo-mail.example>",
         to="relation.client@railexpress.example",
         subject="Demande de remboursement - train annulé du 14 novembre (dossier QZ7K4P)",
         body="""\
Madame, Monsieur,

Le 14 novembre dernier, le train n° 6127 Lyon Part-Dieu - Marseille Saint-Charles de 17 h 04, pour lequel j'avais réservé deux places (dossier QZ7K4P, 2 x 58,00 €), a été annulé moins d'une heure avant le départ.

Conformément à vos conditions générales, j'ai demandé le jour même le remboursement intégral de ces billets via votre formulaire en ligne. J'ai reçu un accusé de réception indiquant un délai de traitement de dix jours ouvrés. Trois semaines plus tard, la somme de 116,00 € n'a toujours pas été recréditée sur ma carte bancaire.

Je vous saurais gré de bien vouloir procéder à ce remboursement dans les meilleurs délais, ou de m'indiquer le motif du retard.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Lacombe
8, allée des Platanes
69300 Caluire-et-Cuire"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Nathalie Guérin <nath.guerin@yahoo-mail.example>",
         to="clients@energie-claire.example",
         subject="mon prélèvement de décembre",
         body="""\
Bonjour,

Alors voilà, je suis cliente chez vous depuis 2019, j'ai toujours été très contente, j'ai même fait venir ma sœur et ma voisine. L'an dernier vous m'aviez bien aidée pour le chèque énergie et je vous en remercie encore.

Bon, on a déménagé en octobre, juste dans la rue d'à côté, et j'ai fait le changement d'adresse sur votre site, tout s'est bien passé, le compteur a été relevé, etc. Avec les enfants et les cartons ça a été un peu la course, mais bref.

Le problème, c'est que le 5 décembre vous m'avez prélevé 1 482,60 € au lieu de mes 148,26 € habituels. On dirait qu'une virgule a sauté. Du coup mon compte est à découvert de plus de 1 100 €, la banque m'a déjà compté des frais, et le loyer part le 10. Je ne pourrai pas le payer si l'argent n'est pas revenu d'ici là.

Est-ce que vous pouvez me rembourser la différence très vite, par virement si possible ? Ma référence client est EC-4471-0923.

Merci d'avance, vraiment,
Nathalie Guérin"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Camille Nguyen <camille.nguyen@proton-mail.example>",
         to="service-client@mode-avenue.example",
         subject="Retour reçu mais toujours pas remboursée",
         body="""\
Bonjour,

Je reviens vers vous au sujet d'un retour :

- Commande : MA-7730194 du 28/10/2026
- Articles retournés : manteau long camel (taille 38) et pull col roulé noir (taille M)
- Montant : 164,90 €
- Colis déposé en point relais le 3/11, numéro de suivi 6A19087733204
- Livré à votre entrepôt le 6/11 d'après le suivi

Dans mon espace client, le retour est marqué « reçu » depuis le 7 novembre, mais aucun remboursement n'est arrivé sur ma carte. Votre site parle de 14 jours maximum ; on en est à presque cinq semaines.

Pouvez-vous vérifier et me dire quand je serai remboursée ?

Merci,
Camille Nguyen"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Thierry Dumont <thierry.dumont@club-internet.example>",
         to="contact@autopass-telepeage.example",
         subject="Petite question sur ma facture de novembre",
         body="""\
Bonjour,

Simple curiosité : sur ma facture de novembre, je vois une ligne « Frais de gestion badge : 2,40 € » que je n'avais pas les mois précédents. Je ne conteste pas, je voudrais juste comprendre à quoi ça correspond et si ce sera désormais tous les mois.

Contrat n° AP-118204.

Bonne journée,
Thierry Dumont"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sophie Carpentier <sophie.carpentier@gmail-fr.example>",
         to="assistance@ent-colleges-occitanie.example",
         subject="Compte parent verrouillé, impossible de réinitialiser",
         body="""\
Bonjour,

Je n'arrive plus à accéder à mon compte parent sur l'ENT du collège Jean-Moulin (Albi). Voici ce qui se passe :

- j'ai entré un mauvais mot de passe plusieurs fois dimanche soir, et le site affiche maintenant « Compte verrouillé, veuillez réinitialiser votre mot de passe » ;
- je clique sur « Mot de passe oublié », je saisis mon identifiant (s.carpentier7) et le site indique qu'un e-mail a été envoyé ;
- je ne reçois rien, ni dans la boîte de réception ni dans les indésirables, même après deux jours.

Je ne vois donc plus les notes ni le cahier de textes de mon fils (4e B), et je dois signer une autorisation de sortie avant vendredi.

Pourriez-vous débloquer le compte ou m'envoyer un nouveau lien ?

Cordialement,
Sophie Carpentier"""),

    dict(n=15, signals="account", priority="high", trap="on-behalf", qt=0, reply=0,
         frm="Émilie Roux - Cabinet Perrin <accueil@cabinet-perrin-architectes.example>",
         to="support@comptaplus.example",
         subject="Accès impossible pour M. Perrin : le code est envoyé sur son ancien numéro",
         body="""\
Bonjour,

Je vous écris pour le compte de M. François Perrin, gérant du cabinet, qui est en rendez-vous de chantier toute la journée.

Depuis hier, quand il se connecte à ComptaPlus, le site lui demande un code de vérification envoyé par SMS sur un numéro se terminant par 18. C'est son ancien numéro, résilié en septembre : il a changé de téléphone et a oublié de mettre son profil à jour. Il n'a donc aucun moyen de recevoir le code, et personne d'autre au cabinet n'a les droits d'administrateur.

Or notre déclaration de TVA doit être validée et télétransmise depuis votre logiciel demain avant minuit. Sans cet accès, nous serons en retard et pénalisés.

Pouvez-vous nous indiquer la procédure la plus rapide pour changer ce numéro ? M. Perrin peut vous appeler ou envoyer une pièce d'identité dès ce soir.

Bien cordialement,
Émilie Roux
Assistante de direction - Cabinet Perrin Architectes
04 78 62 30 19"""),

    dict(n=16, signals="account", priority="medium", trap="on-behalf", qt=0, reply=0,
         frm="Laure Fontaine <laure.fontaine@laposte-perso.example>",
         to="adherents@mutuelle-horizon.example",
         subject="Connexion à l'espace adhérent de mon père",
         body="""\
Bonjour,

J'écris pour mon père, Jean Fontaine (adhérent n° 7730-44812), qui a 81 ans et n'est pas très à l'aise avec l'ordinateur.

Il a changé d'adresse e-mail le mois dernier (la nouvelle est jean.fontaine1945@laposte-perso.example) et l'a modifiée dans son espace. Depuis, quand il essaie de se connecter, le site répond « Identifiant ou mot de passe incorrect ». Quand on demande un nouveau mot de passe, le message part apparemment vers l'ancienne adresse, qu'il n'a plus.

Il ne peut donc plus télécharger ses décomptes ni envoyer sa facture d'opticien. Ce n'est pas urgent à la minute près, mais il s'inquiète un peu.

Pourriez-vous mettre à jour son adresse de votre côté, ou lui envoyer un courrier avec un code ? Je peux lui passer le téléphone, il est joignable au 02 41 88 13 57.

Merci beaucoup,
Laure Fontaine (sa fille)"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucas Perrot <lucasperrot2009@gmail-fr.example>",
         to="support@pixelforge-games.example",
         subject="changer l'adresse mail de mon compte",
         body="""\
Salut,

Comment on fait pour changer l'adresse mail liée à mon compte PixelForge ? Je veux mettre ma nouvelle adresse à la place de celle de mes parents. Dans les paramètres je vois juste mon pseudo et la langue.

Mon pseudo c'est LuKaZ_77 si besoin.

Merci !
Lucas"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mathilde Garnier <mathilde.garnier@sfr-mail.example>",
         to="bonjour@cocotte-box.example",
         subject="Votre box « Feu d'enfer » : une tuerie !",
         body="""\
Bonjour l'équipe Cocotte Box,

Je voulais juste vous dire que la box de la semaine dernière, « Feu d'enfer », était une tuerie. Le poulet à la sauce Volcan m'a mis la bouche en feu, mon mari a pleuré (de bonheur, je précise) et on a failli s'entretuer pour la dernière part.

Mon fils de 12 ans, qui fait d'habitude la grève de la faim dès qu'il aperçoit un légume, a tout dévoré. Franchement, vous m'avez sauvé la vie pour les dîners de semaine.

Une seule suggestion : pourriez-vous indiquer le niveau de piment sur la fiche recette ? Ça m'aurait évité une petite crise de panique en voyant la quantité de harissa !

Continuez comme ça,
Mathilde Garnier"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Olivier Chevalier <o.chevalier@orange-mail.example>",
         to="conseil@bricopro-maison.example",
         subject="Question avant achat : détecteurs de fumée et extincteur",
         body="""\
Bonjour,

Nous venons d'acheter une vieille maison à la campagne, avec une cheminée et un poêle à bois, et je voudrais l'équiper correctement avant l'hiver.

Avant de commander, j'ai quelques questions :
1. Le détecteur de fumée DF-10 que vous vendez suffit-il pour une pièce de 40 m² sous les toits, ou faut-il en prévoir deux ?
2. En cas de départ de feu dans la cuisine, quel extincteur me conseillez-vous : poudre ou CO2 ?
3. Si l'alarme se déclenche trop souvent à cause du poêle, puis-je vous retourner le détecteur et être remboursé, même si l'emballage a été ouvert ?

Merci pour vos conseils,
Olivier Chevalier"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Inès Belkacem <ines.belkacem@gmail-fr.example>",
         to="support@nuagia.example",
         subject="RE : Impossible d'accéder à mes fichiers [ticket #NUA-48213]",
         body="""\
Bonjour,

Merci beaucoup, tout est revenu ce matin : j'ai retrouvé tous mes fichiers et la synchronisation a repris sur mes deux ordinateurs. Bonne journée à toute l'équipe !

Inès Belkacem

Le lun. 30 nov. 2026 à 16:42, Support Nuagia <support@nuagia.example> a écrit :
> Bonjour Madame Belkacem,
> Nous avons bien reçu votre message : depuis ce matin, vous ne pouvez plus ouvrir votre espace Nuagia, ni sur le site ni depuis l'application, qui affiche « Service indisponible (erreur 503) », et vos fichiers ne se synchronisent plus.
> Un incident touche actuellement l'un de nos serveurs de stockage. Nos équipes y travaillent et nous vous tiendrons informée.
> Cordialement,
> L'équipe Nuagia"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Patricia Morin <p.morin@imprimerie-morin.example>",
         to="evenements@hebergia.example",
         subject="Webinaire « Votre site a été piraté : que faire ? » - rediffusion ?",
         body="""\
Bonjour,

J'ai bien reçu votre invitation au webinaire du 15 décembre, « Votre site a été piraté : que faire ? Fuites de données, rançongiciels et mots de passe volés ». Le sujet m'intéresse beaucoup pour notre petite imprimerie, mais je serai sur un salon ce jour-là.

Une rediffusion sera-t-elle disponible ensuite ? Et serait-il possible de recevoir le support de présentation, notamment la partie sur les gestionnaires de mots de passe ?

Merci et bonne continuation,
Patricia Morin
Imprimerie Morin - Angers"""),

    dict(n=22, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Romain Lefebvre <romain.lefebvre@free-mail.example>",
         to="livraison@electromenager-direct.example",
         subject="Décaler la livraison du lave-linge",
         body="""\
Bonjour,

Petit contretemps : je me suis cassé le poignet au handball samedi (rien de grave, plâtre pour six semaines), et je ne pourrai pas être chez moi jeudi pour la livraison et l'installation du lave-linge (commande ED-552190), car j'ai un contrôle à l'hôpital toute la matinée.

Serait-il possible de décaler au lundi 14 ou au mardi 15, à n'importe quelle heure ? Mon voisin peut aussi vous ouvrir si besoin, il a un double de mes clés.

Pour info, les livreurs devront monter au 4e sans ascenseur. L'ancien lave-linge est en panne depuis un mois, vous pouvez donc bien l'emporter comme prévu.

Merci !
Romain Lefebvre
07 61 24 90 38"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stéphane Moreau <stephane.moreau@gmail-fr.example>",
         to="sav@maison-et-meubles.example",
         subject="RE: Remboursement acompte commande MM-44817 - 3e relance",
         body="""\
TROISIÈME mail et toujours aucune réponse.

C'est vous qui avez annulé la livraison de mon canapé il y a six semaines, vous avez encaissé 900 € d'acompte, et depuis : silence total. Le téléphone sonne dans le vide et le chat me renvoie vers ce formulaire. Si je n'ai pas de virement ou une réponse sérieuse d'ici vendredi, je saisis le médiateur de la consommation et je laisse un avis partout où je peux.

Stéphane Moreau

Le mar. 24 nov. 2026 à 09:12, Stéphane Moreau a écrit :
> Bonjour, je vous ai écrit le 10 novembre et je n'ai eu aucune réponse. Ma commande
> MM-44817 a été annulée de votre côté et j'attends toujours le remboursement
> des 900 € d'acompte. Merci de me tenir informé.
> Le mar. 10 nov. 2026 à 18:40, Stéphane Moreau a écrit :
> > Bonjour, suite à l'annulation de ma commande MM-44817 (canapé Oslo 3 places),
> > pouvez-vous me confirmer la date du remboursement de l'acompte de 900 € ?
> > Merci d'avance."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Karim Haddad <k.haddad@mairie-saint-aubin.example>",
         to="support@civiplan.example",
         subject="Plus aucun agent ne peut se connecter à CiviPlan depuis le passage au SSO",
         body="""\
Bonjour,

Je suis responsable informatique de la mairie de Saint-Aubin-sur-Loire. Depuis le passage à l'authentification unique, effectué hier soir comme prévu avec vos équipes, plus aucun de nos agents ne peut ouvrir de session sur CiviPlan.

La situation :
- environ 45 agents concernés, sur 6 sites (mairie, deux mairies annexes, CCAS, médiathèque, services techniques) ;
- après la saisie des identifiants, la page affiche « Erreur SAML : l'URL de redirection ne correspond pas (code SSO-403) » ;
- les comptes locaux de secours sont eux aussi refusés (« Compte désactivé par l'administrateur ») ;
- l'accueil de l'état civil ne peut plus enregistrer les rendez-vous passeports et cartes d'identité, et nous renvoyons les usagers chez eux.

Pourriez-vous vérifier la configuration de votre côté ou réactiver temporairement la connexion classique ? Je reste joignable toute la journée au 02 47 55 81 20.

Cordialement,
Karim Haddad
Responsable du service informatique"""),
]
