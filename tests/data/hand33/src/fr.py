# blind34 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nathalie Ferrand <nathalie.ferrand@courriel-perso.example>",
         to="service.client@bricoplus.example",
         subject="Multiprise achetée dans votre magasin de Villeurbanne",
         body="""\
Bonjour,

J'ai acheté il y a trois semaines dans votre magasin de Villeurbanne une multiprise 4 prises avec ports USB (marque Voltix, réf. VX-4USB, ticket de caisse du 19/11).

Je ne sais pas si c'est très grave, mais je préfère vous prévenir. Hier soir elle était branchée dans la chambre de mon fils, avec sa lampe de chevet et le chargeur de sa console. Vers 23h il est venu nous réveiller parce que ça sentait le plastique brûlé. Le boîtier était tout noir et avait fondu du côté des ports USB, et il y avait de petites flammes sur la moquette. Mon mari a tout débranché au disjoncteur et a étouffé ça avec une serviette mouillée. Mon fils a une brûlure à la paume parce qu'il avait essayé de la débrancher lui-même avant de venir nous chercher.

Je vous écris surtout parce que samedi j'ai vu qu'il en restait une dizaine en rayon. Est-ce que d'autres clients vous ont signalé la même chose ? Je garde la multiprise à votre disposition.

Cordialement,
Nathalie Ferrand
06 12 48 90 37"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Claire Morvan <claire.morvan@orange-mail.example>",
         to="contact@aidadom-cornouaille.example",
         subject="Mon père, M. Jean Morvan - médicaments de ce matin",
         body="""\
Madame, Monsieur,

Je vous écris au nom de mon père, Jean Morvan, 84 ans, suivi par votre service d'aide à domicile à Quimper (dossier 2231-M).

Ce matin, l'auxiliaire de vie lui a donné les médicaments de la case du matin de son pilulier, puis, vers 9h30, aussi ceux de la case du midi, parce que les cases n'étaient « pas dans le bon ordre » d'après elle. Il a donc pris deux comprimés de Préviscan au lieu d'un, et deux fois son traitement pour la tension. Je l'ai trouvé à 11h très pâle, il saignait du nez et n'arrivait plus à se lever du fauteuil. Le SAMU l'a emmené aux urgences, où il est encore en observation.

Personne de chez vous ne m'a prévenue, c'est la voisine qui m'a appelée. Les médecins me demandent ce qui lui a été donné exactement et à quelle heure, et je ne sais pas leur répondre.

Merci de me rappeler au plus vite au 06 71 22 58 04.

Claire Morvan"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Besnard <j.besnard@free-box.example>",
         to="direction@creche-les-petits-loups.example",
         subject="Goûter de cet après-midi - Léna (section des moyens)",
         body="""\
Bonjour Madame Perrin,

Quand je suis venu chercher Léna à 17h, elle avait les lèvres et les paupières gonflées et des plaques rouges sur le cou. L'auxiliaire m'a dit qu'au goûter elle avait mangé un morceau du gâteau apporté par une autre famille pour un anniversaire. Il y avait des noisettes et de la pâte à tartiner dedans.

Léna est allergique aux fruits à coque, c'est écrit dans son PAI et sur la fiche affichée en cuisine. Dans la voiture elle s'est mise à tousser et à respirer de plus en plus mal, nous sommes allés directement aux urgences pédiatriques où on lui a fait une injection d'adrénaline. Elle va mieux mais elle reste en surveillance cette nuit.

Je veux comprendre comment c'est arrivé, et pourquoi personne ne nous a appelés dès les premiers boutons. Je passerai vous voir demain matin.

Julien Besnard
Papa de Léna Besnard"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@laposte-mail.example>",
         to="sav@chauffage-durand.example",
         subject="URGENT - détecteur de monoxyde après l'entretien de notre chaudière",
         body="""\
Bonjour,

Votre technicien est venu mardi 8 décembre faire l'entretien annuel de notre chaudière gaz (contrat n° ENT-40918, 12 rue des Tilleuls, 59800 Lille).

Depuis, le détecteur de monoxyde de carbone du couloir a sonné deux fois. Cette nuit il a encore sonné, et ma femme et moi avions mal à la tête et envie de vomir. Nous avons ouvert les fenêtres et appelé les pompiers : ils ont mesuré du CO dans la salle de bains où se trouve la chaudière et l'ont mise à l'arrêt. D'après eux, le conduit d'évacuation aurait été mal remonté.

Nous avons dormi chez notre fille. Je vous demande d'envoyer quelqu'un aujourd'hui même ; nous ne remettrons pas la chaudière en route tant que ce ne sera pas vérifié. C'est un vrai danger, nos deux petits-enfants dorment chez nous tous les week-ends.

Gérard Lemoine
06 33 15 72 90"""),

    dict(n=5, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofiane Haddad <sofiane.h@mailbox.example>",
         to="aide@rencontres-coeur.example",
         subject="quelqu'un utilise mon profil",
         body="""\
Bonjour
depuis hier soir je ne peux plus me connecter (pseudo Sof_Lyon69), le mot de passe est refusé et quand je fais mot de passe oublié le mail part sur une adresse que je connais pas (k.m****@...). Quelqu'un a changé l'email et le numéro de tel.
Deux filles avec qui je discutais m'ont écrit sur Insta que "je" leur demandais de l'argent pour un billet de train. C'est pas moi !!
Pouvez vous bloquer le profil tout de suite svp et me le rendre. Ma carte bancaire est enregistrée dessus pour l'abonnement.
Sofiane Haddad
06 58 41 27 03

Envoyé de mon iPhone"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Cabinet dentaire du Parc - Accueil <accueil@cabinet-dentaire-parc.example>",
         to="support@dentilogic.example",
         subject="Impossible d'ouvrir les dossiers patients depuis ce matin",
         body="""\
Bonjour,

Depuis 8h ce matin, quand on lance DentiLogic sur n'importe quel poste du cabinet (4 fauteuils, 2 postes d'accueil), on a juste une page blanche avec la petite roue qui tourne. Au bout de deux minutes, retour à l'écran de connexion.

Les praticiens n'ont ni l'agenda, ni les radios, ni les plans de traitement. On a 38 patients aujourd'hui, on travaille avec une vieille impression de l'agenda d'hier soir et on a déjà dû renvoyer chez eux deux patients qui venaient pour une extraction, faute de pouvoir consulter leurs radios.

On a redémarré les ordinateurs et la box, Internet fonctionne normalement sur tout le reste.
Merci de nous rappeler en urgence au 01 45 62 08 19.

Sandrine Lopes
Assistante dentaire - Cabinet dentaire du Parc
14 avenue du Parc, 94300 Vincennes

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire."""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Mathilde Roux <mathilde.roux@agence-lumen.example>",
         to="support@ruche-coworking.example",
         subject="Plus de réseau au 3e étage - toute l'équipe bloquée",
         body="""\
Bonjour,

Je suis office manager chez Lumen (bureaux 3.04 à 3.07, 22 postes). Depuis 9h10 :
- aucun poste n'a accès à Internet, ni en Wi-Fi ni en filaire ;
- nos téléphones IP sont muets, les clients qui nous appellent tombent dans le vide ;
- la visio de 10h avec un client a dû être annulée.

D'après nos voisins, au 2e étage tout marche. Nous devons livrer des maquettes à un client avant 14h et toute l'équipe est à l'arrêt ; certains sont partis travailler au café sur leur partage de connexion.

Quelqu'un peut-il monter voir la baie réseau ? Je suis joignable au 07 81 44 20 65.

Mathilde Roux
Office manager - Agence Lumen
« Des marques qui éclairent »"""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Bruno Castel <bruno.castel@sfr-mail.example>",
         to="support@stationne-facile.example",
         subject="appli se ferme toute seule",
         body="""\
bonjour l'appli se ferme dès que je l'ouvre depuis la mise à jour de ce matin, impossible de démarrer un stationnement. je suis garé rue Nationale à Tours et je peux pas payer, pas de monnaie pour l'horodateur. désinstallé réinstallé pareil. Samsung A52 Android 14
je vais prendre une amende ou quoi ?
B. Castel

Envoyé depuis mon mobile Samsung"""),

    dict(n=9, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Hélène Garnier <helene.garnier@wanadoo-mail.example>",
         to="service.client@soleo-energie.example",
         subject="Suivi de production - courbes vides depuis dimanche",
         body="""\
Bonjour,

Je profite de ce message pour vous dire que nous sommes toujours aussi contents de l'installation faite en mars : les voisins nous ont même demandé vos coordonnées, vous devriez avoir des nouvelles des Martin du 8 bis.

Autre chose : mon mari voudrait savoir si une batterie de stockage peut s'ajouter plus tard sur notre onduleur, ou s'il faut tout changer. Pas pressé, c'est pour l'année prochaine.

Et surtout, est-il normal que l'application de suivi n'affiche plus aucune production depuis dimanche ? Le compteur du jour reste à 0 kWh et l'historique s'arrête au 6 décembre. Pourtant l'onduleur dans le garage a son voyant vert et affiche bien des watts en journée, donc je suppose que les panneaux produisent. Ce n'est pas dramatique, mais j'aimerais suivre ma revente et savoir si ça vient de chez moi (box, Wi-Fi) ou de chez vous.

Installation 9 kWc, client n° SOL-77412.

Merci d'avance,
Hélène Garnier"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Olivier Tessier <o.tessier@courriel.example>",
         to="secretariat@ecole-musique-allegro.example",
         subject="Prélèvement en double - cours de piano de Lucas",
         body="""\
Bonjour,

D'abord, bravo pour l'audition de Noël de samedi, Lucas était très fier de jouer devant tout le monde.

En consultant mon relevé, je vois que le prélèvement de décembre pour ses cours de piano (Lucas Tessier, élève de M. Brunet, mercredi 15h) est passé deux fois : 2 x 86,00 € le 5 décembre, avec le même libellé « ALLEGRO ECOLE MUSIQUE ECH 12/26 ».

Pourriez-vous vérifier et me rembourser le second prélèvement ? Je peux vous envoyer une capture du relevé si besoin.

Bien à vous,
Olivier Tessier"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Marek Kowalczyk <marek.kowalczyk@poczta-mail.example>",
         to="reservations@locautos-sud.example",
         subject="Caution 900 € pas rendu",
         body="""\
Bonjour,

J'ai loué chez vous un camion 12 m3 pour mon déménagement, du 20 au 22 novembre, agence Montpellier Est (contrat LOC-558201). J'ai rendu le camion le 22 à l'heure, le plein fait, sans dommage, l'agent a signé l'état des lieux.

La caution de 900 € est toujours bloqué sur ma carte, presque 3 semaines après. La banque me dit que c'est à vous de la libérer. Avec cette somme bloqué je ne peux pas payer mon loyer le 15 décembre et le propriétaire ne va pas attendre.

S'il vous plaît, pouvez vous faire le nécessaire vite ? Je peux envoyer photo de l'état des lieux signé.

Merci beaucoup
Marek Kowalczyk
07 52 19 83 46"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Annie Delmas <annie.delmas@club-internet.example>",
         to="mediatheque@ville-montrevel.example",
         subject="Petite question sur un montant de 1,50 €",
         body="""\
Bonjour,

Sur mon compte lecteur, je vois une somme de 1,50 € réglée par carte le 2 décembre, avec la mention « pénalité ». Je pense que c'est pour le DVD rendu avec un jour de retard, mais je voulais juste savoir comment c'est calculé (par jour ? par document ?), pour faire attention la prochaine fois.

Rien d'urgent, bien sûr.

Merci et bonne journée,
Annie Delmas
Carte lecteur n° 004518"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Kevin Marchal <kevin.marchal@netcourrier.example>",
         to="support@monclub-app.example",
         subject="Mail de réinitialisation jamais reçu",
         body="""\
Salut,

J'essaie de me connecter à l'appli du club pour m'inscrire aux créneaux de la semaine prochaine mais j'ai oublié mon mot de passe. Quand je clique sur « Mot de passe oublié », le site me dit qu'un mail a été envoyé, mais je ne reçois rien, même pas dans les spams. J'ai essayé quatre fois depuis samedi (j'avais déjà ouvert le ticket #4471 samedi, sans réponse).

Mon adresse est bien celle-ci, licence n° 56-2210-0391.

Vous pouvez regarder ?
Merci,
Kevin
Équipe seniors 2 - AS Vannes Handball"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Patrick Vasseur <p.vasseur@vasseur-menuiserie.example>",
         to="extranet@cabinet-fidexpert.example",
         subject="Compte extranet verrouillé - signature de la liasse fiscale",
         body="""\
Madame, Monsieur,

Votre collaboratrice, Mme Leclerc, m'a indiqué que la liasse fiscale de ma société (SARL Vasseur Menuiserie, dossier 1187) était disponible sur votre extranet et devait être signée électroniquement avant demain 18h pour être télétransmise dans les délais.

Or, après trois tentatives de connexion ce matin, mon compte a été verrouillé avec le message suivant :
« Compte bloqué suite à un nombre trop élevé de tentatives. Veuillez contacter votre cabinet. »
Le lien de réinitialisation du mot de passe renvoie au même message.

Je vous remercie de bien vouloir rétablir mon accès au plus vite, ou de me proposer un autre moyen de signature avant l'échéance.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Patrick Vasseur
Gérant - SARL Vasseur Menuiserie
03 22 41 07 58"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Monique Raynaud <monique.raynaud@orange-mail.example>",
         to="clients@optic-lumiere.example",
         subject="Changer mon adresse mail sur mon espace client",
         body="""\
Bonjour,

J'ai changé de fournisseur Internet et mon ancienne adresse (m.raynaud@aliceadsl.example) va bientôt être fermée. Comment faire pour mettre la nouvelle sur mon espace client, là où je reçois les rappels pour le contrôle de la vue et les factures pour la mutuelle ? Je n'ai rien trouvé dans « Mon profil ».

Merci de votre aide,
Monique Raynaud"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Thomas Lefebvre <thomas.lefebvre@mail-perso.example>",
         to="contact@cinema-le-rex.example",
         subject="Soirée « Incendie à bord » : vous avez mis le feu !",
         body="""\
Bonjour à toute l'équipe du Rex,

Je voulais juste vous dire que votre soirée « films catastrophe » de samedi était géniale. La double séance « Incendie à bord » + « La Tour infernale » en version restaurée, c'était une tuerie : salle pleine à craquer, et l'ambiance a pété le feu jusqu'à minuit passé. Mon voisin a failli faire une crise cardiaque au moment de l'explosion du 80e étage, et toute la rangée a explosé de rire.

Petite suggestion : vous pourriez refaire ce genre de soirée avec des films de sous-marins ? Je suis sûr que ça ferait un carton.

Encore bravo, et longue vie au Rex !
Thomas"""),

    dict(n=17, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Nicolas Arnaud <nicolas.arnaud@bbox-mail.example>",
         to="sav@jardin-et-camping.example",
         subject="RE : Odeur de gaz au niveau du barbecue - commande JC-204577",
         body="""\
Bonjour Léa,

Le nouveau détendeur est arrivé ce matin, je l'ai monté et tout est bon, plus aucune odeur. Merci pour la rapidité et pour le geste sur les frais de port.

Bonne fin de semaine,
Nicolas Arnaud

Le mer. 9 déc. 2026 à 10:15, SAV Jardin & Camping <sav@jardin-et-camping.example> a écrit :
> Bonjour Monsieur Arnaud,
> Nous sommes désolés pour cet incident. N'utilisez plus le barbecue d'ici là : un détendeur neuf vous est expédié aujourd'hui en Colissimo.
> Cordialement, Léa - SAV Jardin & Camping
>
> > Le lun. 7 déc. 2026 à 19:42, Nicolas Arnaud a écrit :
> > Bonjour, hier soir en allumant le barbecue à gaz reçu la semaine dernière, une grosse flamme est sortie au niveau du raccord et il y avait une forte odeur de gaz. J'ai fermé la bouteille tout de suite mais j'ai eu les sourcils et le dos de la main brûlés. Je n'ose plus m'en servir, que dois-je faire ?"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sylvie Bertin <sylvie.bertin@laposte-mail.example>",
         to="numerique@mediatheques-agglo.example",
         subject="Re: Application de prêt numérique inaccessible",
         body="""\
Merci beaucoup, c'est revenu depuis ce matin et j'ai pu télécharger mon livre.
Petite question au passage : les médiathèques seront-elles ouvertes entre Noël et le jour de l'An ?

Bonne journée,
Sylvie Bertin

Le 10/12/2026 à 16:04, Service numérique des médiathèques a écrit :
> Bonjour Madame,
> Nous vous confirmons que la plateforme de prêt numérique est actuellement hors service pour l'ensemble des lecteurs : l'application affiche « Erreur 503 » et aucun emprunt ni téléchargement n'est possible. Nos prestataires travaillent à son rétablissement.
> Veuillez nous excuser pour la gêne occasionnée.
> L'équipe numérique des médiathèques
> Rappel : nous ne vous demanderons jamais votre mot de passe par e-mail."""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Cyberveille Associations <evenements@cyberveille-asso.example>",
         to="support@donactif.example",
         subject="Webinaire gratuit le 14 janvier : vos donateurs sont-ils à l'abri d'un piratage ?",
         body="""\
Bonjour,

Rançongiciels, fuites de données, faux ordres de virement, comptes piratés : en 2026, une association sur quatre a subi une cyberattaque. Et vous, que se passerait-il si le fichier de vos donateurs était volé demain ?

Nous vous invitons à notre webinaire gratuit « Cybersécurité : les 10 réflexes pour les associations et plateformes de dons », le jeudi 14 janvier à 11h (45 min + questions).

Au programme :
- reconnaître un mail d'hameçonnage et un faux RIB ;
- choisir et gérer ses mots de passe (gestionnaire, double authentification) ;
- que faire dans les 72 heures après une fuite de données (RGPD, CNIL).

Inscription : https://cyberveille-asso.example/webinaire-janvier

L'équipe Cyberveille Associations

Vous recevez ce message car vous êtes abonné à notre lettre d'information. Se désinscrire : https://cyberveille-asso.example/desinscription"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Aurélie Picard <famille.picard@free-box.example>",
         to="info@cuisines-atelier-ouest.example",
         subject="Questions avant de signer le devis n° D-26-3391",
         body="""\
Bonjour,

Nous avons rencontré M. Hamon samedi au magasin de Cholet pour notre projet de cuisine (devis D-26-3391, 11 480 € TTC) et nous sommes presque décidés. Avant de signer, quelques questions :

1. Si nous versons l'acompte de 30 % et que la banque refuse le prêt travaux, l'acompte est-il remboursé intégralement ?
2. En cas d'annulation après le métré, y a-t-il des frais ?
3. Si un élément arrive cassé ou rayé à la livraison, c'est vous qui gérez le remplacement, ou le transporteur ?

Merci de nous répondre avant la fin de l'offre de Noël.

Aurélie et Damien Picard
06 20 74 35 11"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Laura Giraud <laura.giraud@courriel.example>",
         to="accueil@institut-langues-babel.example",
         subject="Mot de passe du PDF de l'attestation",
         body="""\
Bonjour,

J'ai bien reçu par mail mon attestation de fin de stage d'espagnol (niveau B1, session d'automne), merci ! Par contre, le PDF demande un mot de passe à l'ouverture. Le mail parle d'un mot de passe envoyé par SMS, mais je ne le retrouve pas (j'ai changé de téléphone entre-temps).

C'est ma date de naissance, mon numéro d'élève… ? Mon employeur en a besoin, mais rien de pressé, il la veut pour fin janvier.

Merci !
Laura Giraud
N° élève : BAB-24-0871"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Boulangerie Chevalier <contact@boulangerie-chevalier.example>",
         to="sav@thermo-confort.example",
         subject="Merci à Romain pour le dépannage de la pompe à chaleur",
         body="""\
Bonjour,

Un petit mot pour remercier votre technicien Romain, venu vendredi soir pour la pompe à chaleur de notre logement au-dessus de la boulangerie. Elle s'était mise en défaut (code E7) et nous n'avions plus ni chauffage ni eau chaude depuis la veille, avec -4 °C dehors.

Il est resté jusqu'à 21h, a changé la sonde, et tout refonctionne parfaitement depuis. Les enfants ont retrouvé leurs douches chaudes et nous notre sommeil : vous nous avez sauvé le week-end !

Nous passerons vous déposer une galette en janvier.

Sylvain et Estelle Chevalier
Boulangerie Chevalier - Pains au levain et viennoiseries maison
3 place de l'Église, 49300 Cholet
Commandez vos bûches de Noël en ligne !"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Fabienne Carré <fabienne.carre@sfr-mail.example>",
         to="clientele@eaux-du-val.example",
         subject="RE: RE: Facture d'eau erronée - 1 240 € prélevés",
         body="""\
Troisième mail, et toujours AUCUNE réponse.

Vous m'avez prélevé 1 240 € pour une facture d'eau basée sur un relevé faux. J'ai envoyé deux fois la photo du compteur et depuis un mois c'est le silence total. Au téléphone on me répond « le dossier est en cours ». Ce n'est pas moi qui me suis trompée de chiffres, c'est votre releveur. Je veux le remboursement de la différence cette semaine, sinon je saisis le médiateur de l'eau et je fais opposition sur vos prochains prélèvements.

Fabienne Carré
Contrat 0045-118-627

Le 27/11/2026 à 09:12, Fabienne Carré a écrit :
> Bonjour, je me permets de relancer : toujours pas de nouvelles au sujet de ma facture du 10 novembre (1 240 € au lieu d'environ 180 € d'habitude). Pouvez-vous me rembourser le trop-perçu ? Merci.
>
> Le 12/11/2026 à 18:40, Fabienne Carré a écrit :
>> Bonjour,
>> Ma facture de novembre indique un index de 4 812 m3 alors que mon compteur affiche 1 482 m3 (photo jointe). Les chiffres ont manifestement été inversés. Les 1 240 € ont été prélevés le 10. Merci de corriger et de me rembourser la différence.
>> Fabienne Carré"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Arnaud Delorme <a.delorme@nexus-workspaces.example>",
         to="support-entreprises@accesstech.example",
         subject="Contrat Premium AT-2024-117 - lecteurs de badges inopérants sur 3 sites",
         body="""\
Bonjour,

Dans le cadre de notre contrat de maintenance Premium (réf. AT-2024-117, délai d'intervention garanti de 4 heures), je vous signale que depuis 7h30 ce matin aucun badge n'est reconnu sur nos sites de Lyon Part-Dieu, Lyon Confluence et Villeurbanne. Les lecteurs clignotent en orange et la console de gestion en ligne affiche « Connexion au serveur impossible ».

Concrètement, près de 600 membres ne peuvent pas entrer seuls dans les espaces : nos équipes d'accueil ouvrent les portes à la main et contrôlent les entrées une à une, et les salles de réunion réservées restent fermées.

Ticket ouvert à 7h52 sur votre portail (n° INC-88213), sans retour à cette heure. Merci de confirmer l'envoi d'un technicien dans le délai contractuel et de nous tenir informés toutes les heures.

Arnaud Delorme
Directeur des opérations - Nexus Workspaces
+33 4 78 60 12 90

Ce courriel et ses éventuelles pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous n'êtes pas le destinataire prévu, merci de le supprimer et d'en avertir l'expéditeur."""),
]
