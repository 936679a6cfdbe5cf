# blind46 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Karim Benali <k.benali@logistique-vercors.example>",
         to="sav@manutek.example",
         subject="Chargeur TP-2000 : fumée et odeur de brûlé ce matin",
         body="""\
Bonjour,

Ce matin à 6h15, en ouvrant l'entrepôt, notre cariste a trouvé le local de charge rempli de fumée. Le chargeur de la transpalette électrique TP-2000 (n° de série MT20-44817) était brûlant, le boîtier plastique avait fondu sur un côté et il y a des traces noires sur le mur derrière. On a coupé le disjoncteur et aéré. Personne n'a été blessé, mais il y a des palettes de cartons à deux mètres de la prise.

Le chargeur était branché depuis vendredi soir, comme tous les week-ends, sans problème jusqu'ici.

Par précaution nous avons débranché les deux autres chargeurs du même modèle. Merci de nous dire très vite s'il y a un défaut connu sur cette série et comment on procède (expertise, remplacement). Photos en pièce jointe.

Karim Benali
Responsable entrepôt - Logistique du Vercors
04 76 00 12 34"""),

    dict(n=2, signals="safety", priority="critical", trap="past-tense", qt=0, reply=0,
         frm="Secrétariat École Jean-Moulin <secretariat.jmoulin@ville-stpriest.example>",
         to="qualite@restoscol.example",
         subject="URGENT - réaction allergique d'un élève après le repas de vendredi",
         body="""\
Madame, Monsieur,

Je vous écris au nom de la directrice, Mme Carrère, qui est en rendez-vous avec les parents ce matin.

Vendredi midi, un élève de CE2 allergique à l'arachide (PAI en cours, repas étiqueté "sans arachide" livré par vos soins) a fait une réaction quelques minutes après le dessert : lèvres gonflées, plaques rouges dans le cou, il avait du mal à respirer. L'ATSEM lui a fait l'injection d'adrénaline et le SAMU l'a emmené aux urgences. Il va mieux, il est sorti samedi.

Le dessert était un "moelleux chocolat". Rien sur la barquette n'indiquait la présence de cacahuètes, mais la maman a retrouvé des éclats de cacahuète dans ce qu'il restait.

Nous avons besoin de toute urgence :
- de la fiche technique et du numéro de lot de ce dessert,
- de savoir si d'autres écoles ont reçu le même lot,
- de vos garanties pour les repas PAI à partir d'aujourd'hui.

En attendant, les enfants concernés mangeront leur panier-repas.

Cordialement,
Sandrine Morel
Secrétariat - École élémentaire Jean-Moulin"""),

    dict(n=3, signals="safety", priority="critical", trap="typo", qt=0, reply=0,
         frm="Infirmerie EHPAD Les Tilleuls <infirmerie@ehpad-lestilleuls.example>",
         to="depannage@thermiservices.example",
         subject="detecteur CO qui sonne + residentes malades cette nuit - chaudiere aile B",
         body="""\
Bonjour,

je suis l'infirmiere de nuit aux Tilleuls. Vers 3h cette nuit le detecteur de monoxyde de l'aile B s'est mis a sonner. Deux residentes (chambres 12 et 14) se plaignaient de maux de tete et de nausees depuis la veille au soir, on pensait a une gastro. Les pompiers sont venus, ils ont mesuré du CO dans le couloir pres du local chaudiere et ont fait evacuer toute l'aile. Les deux dames sont parties a l'hopital en observation.

Les pompiers ont arreté la chaudiere et l'aile B est fermée, on a installé les residents dans la salle d'animation avec des couvertures.

Votre technicien est passé jeudi pour l'entretien annuel. Il faut que quelqu'un vienne AUJOURD'HUI, on ne peut pas laisser 18 personnes agées sans chambre ni chauffage.

Rappelez la direction au 03 88 00 47 21 svp.
Nadia F."""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Julien Marchetti <julien.marchetti@mailo.example>",
         to="aide@revendez.example",
         subject="Compte piraté, je ne peux plus me connecter",
         body="""\
Bonjour,

Samedi soir j'ai reçu un mail "Votre adresse e-mail a bien été modifiée" alors que je n'ai touché à rien. Depuis, impossible de me connecter : mon mot de passe ne marche plus et le lien "mot de passe oublié" part vers une adresse que je ne connais pas (j***@proton...).

Ce matin des amis m'ont prévenu que "mon" compte publie des annonces de consoles à prix cassés et demande aux acheteurs de payer par virement. Ce n'est pas moi !! J'ai peur que des gens se fassent arnaquer en mon nom, et en plus mon adresse et mon RIB sont enregistrés dans le compte.

Pseudo : julienm_38 (compte créé en 2019)
Tél : 06 00 00 42 17

Merci de bloquer le compte en urgence et de me le rendre.
Julien"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Monique Garnier <mgarnier58@orange-mail.example>",
         to="service.client@banque-azur.example",
         subject="paiements que je n'ai pas faits",
         body="""\
Bonjour,

En regardant mes comptes ce matin j'ai vu trois paiements par carte que je n'ai jamais faits, tous dans la nuit de dimanche :
- 249,90 EUR ELECTROSHOP-ONLINE
- 249,90 EUR ELECTROSHOP-ONLINE
- 612,00 EUR TRAVEL-DEALS LTD

Ma carte est dans mon porte-monnaie, je ne l'ai pas perdue. Je suis a la retraite et ça fait presque tout mon mois. J'ai essayé d'appeler l'agence mais ça sonne occupé. Que dois-je faire, faut-il faire opposition ? Est-ce que je serai remboursée ?

Merci de me répondre vite.
Monique Garnier
compte se terminant par 4471"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Dr Élodie Vasseur <cabinet.vasseur@dentiste-lyon3.example>",
         to="support@dentalogic.example",
         subject="TR: plus d'accès aux dossiers patients",
         body="""\
Bonjour,

Je vous transfère le message de mon assistante ci-dessous. Situation inchangée à 9h40. Nous avons 14 patients aujourd'hui dont deux chirurgies, et nous travaillons à l'aveugle. Merci de nous rappeler en priorité au 04 72 00 18 63.

Dr Vasseur

-------- Message transféré --------
De : Laura Petit <accueil@dentiste-lyon3.example>
Date : lun. 10 mars 2025 à 08:22
Objet : plus d'accès aux dossiers patients
À : cabinet.vasseur@dentiste-lyon3.example

Elodie, depuis ce matin Dentalogic ne s'ouvre plus sur aucun poste, ni à l'accueil ni dans les deux salles. Ça tourne quelques secondes et ça affiche "Serveur de données injoignable (code 503)". J'ai redémarré les PC et la box, rien à faire. Je n'ai ni l'agenda, ni les radios, ni les antécédents. Le premier patient est déjà en salle d'attente, je fais quoi ?
Laura"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Stéphane Roux <s.roux@transports-roux-fils.example>",
         to="support@tourneo.example",
         subject="Aucun chauffeur ne peut se connecter - 40 tournées bloquées",
         body="""\
Bonjour,

Depuis 5h30 ce matin aucun de nos chauffeurs n'arrive à se connecter à l'application Tournéo sur les terminaux. Identifiant et mot de passe refusés ("identifiants invalides") alors que personne n'a rien changé, et la réinitialisation n'envoie rien. Même mon compte administrateur est refusé sur le portail web.

On a 40 tournées ce matin, les camions sont chargés à quai et les chauffeurs attendent sans bons de livraison ni scan. Les clients (dont deux pharmacies) commencent à appeler.

C'est très urgent, appelez-moi sur mon portable : 06 00 00 77 30.

Stéphane Roux
Directeur d'exploitation - Transports Roux & Fils"""),

    dict(n=8, signals="outage", priority="high", trap="past-tense", qt=0, reply=0,
         frm="Camille Dufresne <camille.dufresne@freenet-mail.example>",
         to="assistance@fibrelia.example",
         subject="Toujours pas d'internet depuis samedi !!",
         body="""\
Bonjour,

Samedi vers 14h la box s'est mise à clignoter en rouge et depuis plus rien : ni internet, ni télé, ni téléphone fixe. J'ai fait tout ce que dit votre assistant en ligne (débrancher 30 secondes, reset avec un trombone, vérifier la prise fibre), rien. Le voyant "fibre" reste éteint.

J'ai appelé le service client samedi, on m'a dit "incident en cours dans votre secteur, rétablissement prévu dimanche". On est lundi, toujours rien, et mes voisins de palier sont dans le même cas.

Je suis en télétravail aujourd'hui et demain et je n'ai plus de data sur mon téléphone pour faire le partage de connexion. Je ne peux pas continuer comme ça.

Réf. client : 7720 5581 03
Camille Dufresne, 14 rue des Acacias, 59000 Lille"""),

    dict(n=9, signals="outage", priority="high", trap="typo", qt=0, reply=0,
         frm="theo lambert <theo.lambert@gmail-like.example>",
         to="support@pixastudio.example",
         subject="l'appli plante au demarrage depuis la maj",
         body="""\
bonjour,
depuis la mise a jour de vendredi (v8.2) PixaStudio se ferme tout seul 2 sec apres l'ouverture sur mon mac (macOS 14.4). jai desinstallé, reinstallé, redemarré, meme chose. Je peux plus rien ouvrir du tout et j'ai les photos de l'anniv de ma mere a retoucher et imprimer avant samedi... Ya moyen de revenir a la version d'avant ?
merci
Théo"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Etat-civil Mairie de Montreuil-sur-Loir <etatcivil@mairie-montreuilsurloir.example>",
         to="support@rdvpublic.example",
         subject="Synchronisation agenda HS depuis vendredi",
         body="""\
Bonjour,

Depuis vendredi après-midi, les rendez-vous pris par les administrés sur votre portail (cartes d'identité / passeports) n'apparaissent plus dans nos agendas Outlook. Ils sont bien enregistrés côté portail : pour l'instant on se débrouille en gardant l'interface web ouverte à l'accueil et on recopie à la main, donc on peut recevoir les gens, mais c'est lourd et on a déjà eu un doublon ce matin.

Les rappels SMS semblent partir normalement.

Pouvez-vous regarder la synchro ? Identifiant collectivité : 49-218.

Bien cordialement,
Martine Leclerc
Agent d'accueil - État civil"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Hôtel Les Remparts <reception@hotel-lesremparts.example>",
         to="partenaires@reservio.example",
         subject="Virement des réservations de février non reçu",
         body="""\
Bonjour,

Nous n'avons toujours pas reçu le virement des réservations de février (relevé PAY-2025-02-8841, montant 18 432,60 EUR), annoncé pour le 5 mars. Sur l'extranet le statut est "payé" depuis le 5, mais rien n'est arrivé sur notre compte (IBAN se terminant par 0921, inchangé depuis trois ans).

Nous sommes un petit hôtel de 22 chambres et cette somme sert à payer les salaires et les fournisseurs cette semaine. Il nous faut la preuve du virement (référence SEPA) ou un nouveau virement au plus vite.

Merci de traiter en priorité.
Hélène Dutertre
Gérante - Hôtel Les Remparts, Carcassonne"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Patrick Olivier <patrick.olivier@laposte-like.example>",
         to="contact@boxgourmande.example",
         subject="ma box de mars",
         body="""\
Bonjour l'équipe,

D'abord bravo pour la box de février, les fromages de Savoie ont fait un tabac à la maison, ma femme a même gardé la fiche de la tartiflette "revisitée". Petite remarque au passage : le carton était un peu abîmé, mais rien de cassé.

Par contre en regardant mon relevé j'ai vu que vous m'avez prélevé deux fois l'abonnement de mars : 34,90 EUR le 1er et encore 34,90 EUR le 2. Je n'ai qu'un seul abonnement (n° BG-20417). Pouvez-vous me rembourser le deuxième prélèvement ?

Et sinon, est-ce qu'il y aura encore une box spéciale Pâques cette année ?

Bonne journée,
Patrick"""),

    dict(n=13, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Coopérative Agricole du Val d'Aure <compta@coop-valdaure.example>",
         to="support@agrilogiciel.example",
         subject="RE: Ticket #55120 - portail client",
         body="""\
Bonjour,

Merci, tout fonctionne de nouveau depuis vendredi.

En revanche, maintenant que je vois enfin nos factures : la facture FA-2025-0311 nous compte 12 postes alors que notre contrat en prévoit 8 depuis le 1er janvier (avenant signé en décembre). La différence, 480,00 EUR HT, a déjà été prélevée le 3 mars. Pouvez-vous nous envoyer un avoir et nous rembourser ce montant ?

Cordialement,
Isabelle Soulé
Comptabilité - Coopérative du Val d'Aure

Le ven. 7 mars 2025 à 16:48, Support Agrilogiciel <support@agrilogiciel.example> a écrit :
> Bonjour Madame Soulé,
>
> Votre compte était verrouillé suite à plusieurs tentatives de connexion avec un mot de passe erroné. Nous l'avons déverrouillé : vous pouvez vous reconnecter et définir un nouveau mot de passe.
>
> Cordialement,
> L'équipe support Agrilogiciel"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Aurélie N. <aurelie.n@webmail.example>",
         to="billetterie@scenesdelouest.example",
         subject="Question remboursement concert annulé",
         body="""\
Bonjour,
J'avais 2 places pour le concert de Lina Vasco du 22 mars, qui a été annulé. Est-ce que le remboursement est automatique ou est-ce que je dois remplir un formulaire quelque part ? Et il arrive sur la carte qui a servi à payer ? (elle a expiré entre temps, c'est pour ça que je demande)
Merci !
Aurélie"""),

    dict(n=15, signals="account", priority="high", trap="aside", qt=0, reply=0,
         frm="Sébastien Hoarau <contact@hoarau-plomberie.example>",
         to="support@factufacile.example",
         subject="Plus d'accès : le code de validation part sur mon ancien numéro",
         body="""\
Bonjour,

Mon téléphone est tombé dans la piscine d'un client samedi (oui...). J'ai un nouveau téléphone avec un nouveau numéro, et maintenant FactuFacile m'envoie le code de connexion sur l'ancien numéro, que je n'ai plus. Je reste bloqué sur l'écran "Saisissez le code reçu par SMS", impossible d'aller plus loin.

Tous mes devis et factures sont dedans, je ne peux plus rien envoyer à mes clients depuis ce matin. Comment je fais pour changer le numéro sans pouvoir me connecter ?

Compte : contact@hoarau-plomberie.example
Sébastien Hoarau - Hoarau Plomberie, Saint-Pierre"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Yasmine Cherif <yasmine.cherif@ancienfai.example>",
         to="support@lirenligne.example",
         subject="Changer l'adresse mail de mon compte",
         body="""\
Bonjour,
Je quitte mon fournisseur internet et mon adresse @ancienfai sera supprimée à la fin du mois. J'essaie de mettre ma nouvelle adresse (yasmine.cherif@nouvellemail.example) dans "Mon profil", mais quand je clique sur Enregistrer j'ai "Une erreur est survenue, réessayez plus tard", et ça depuis jeudi. Je peux toujours lire mes livres, mais j'ai peur de perdre mon compte quand l'ancienne adresse ne marchera plus. Pouvez-vous faire le changement de votre côté ?
Merci,
Yasmine Cherif"""),

    dict(n=17, signals="account", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Billetterie Théâtre du Marais <billetterie@theatredumarais.example>",
         to="support@guichetpro.example",
         subject="Réinitialisation mot de passe - le mail n'arrive jamais",
         body="""\
Bonjour,

Notre nouvelle collègue, Inès Garcia (ines.garcia@theatredumarais.example), n'arrive pas à se connecter à GuichetPro : elle a demandé la réinitialisation du mot de passe quatre fois depuis vendredi et n'a reçu aucun mail (rien dans les spams non plus, notre prestataire informatique a vérifié). Les autres comptes de la billetterie fonctionnent normalement ; en attendant elle vend sur mon poste, mais ce n'est pas tenable pour toute la saison.

Pourriez-vous lui renvoyer le lien ou vérifier que son adresse est bien enregistrée ?

Merci d'avance,
Olivier Brunet
Responsable billetterie"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="gerard.poulain <gerard.poulain@wanadoo-like.example>",
         to="support@randoapp.example",
         subject="supprimer compte",
         body="""\
Bonjour, je n'utilise plus l'appli depuis que j'ai arrété la rando (les genoux...). Comment on fait pour supprimer le compte completement ? je ne trouve pas dans les reglages. Merci. G. Poulain"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Salon Coupe Franche <bonjour@coupefranche.example>",
         to="feedback@agendapro.example",
         subject="Un grand merci (et une idée)",
         body="""\
Bonjour à toute l'équipe,

Petit message pour vous dire que la nouvelle version de l'agenda, c'est une tuerie. Avant, le samedi, j'étais à deux doigts de m'arracher les cheveux (un comble pour une coiffeuse) avec les annulations de dernière minute ; depuis les rappels automatiques, on n'a quasiment plus de lapins. Vous m'avez sauvé la vie, sérieux.

Ma collègue Jess est morte de rire à chaque fois que l'appli lui souhaite "bon courage pour le coup de feu du samedi".

Une idée en passant : pouvoir bloquer un créneau "pause déjeuner" récurrent en un clic, parce que là on se fait massacrer nos pauses.

Continuez comme ça, vous cartonnez !
Manon, Salon Coupe Franche"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Françoise Lemaire <f.lemaire@free-like.example>",
         to="conso@cuisinox.example",
         subject="sécurité enfants sur plaque induction IX-640",
         body="""\
Bonjour,

J'ai acheté l'an dernier votre table de cuisson à induction IX-640 et j'en suis très contente. Mes petits-enfants viennent passer les vacances de Pâques chez moi, dont le plus jeune, 3 ans, qui met les mains partout. Ma fille a peur qu'il se brûle ou qu'il allume une plaque en jouant avec les touches, elle a vu un reportage sur les accidents domestiques et les enfants brûlés dans la cuisine.

Est-ce que la table a une "sécurité enfants" et comment on l'active ? Dans la notice je vois un petit cadenas mais je ne comprends pas s'il faut appuyer longtemps. Et le "H" qui reste allumé après l'arrêt, ça veut dire que c'est encore chaud ?

Merci de votre réponse,
Françoise Lemaire"""),

    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Administration Résidence Bel Automne <administration@belautomne.example>",
         to="securite@paieplus.example",
         subject="Signalement : faux mail à votre nom (hameçonnage)",
         body="""\
Bonjour,

Pour information, trois de nos salariés ont reçu ce week-end un mail se faisant passer pour PaiePlus : "Suite à une fuite de données, votre compte sera suspendu sous 24h. Confirmez vos identifiants et votre mot de passe ici", avec un lien vers paieplus-securite-verif.example.

Personne n'a cliqué ni saisi quoi que ce soit ; notre référent informatique a vérifié les postes et bloqué l'expéditeur. Je vous joins l'en-tête complet si ça peut vous servir à faire fermer ce site pirate.

Par curiosité : est-ce qu'il y a vraiment eu une fuite chez vous ou c'est juste une arnaque ?

Cordialement,
Valérie Mounier
Responsable administrative"""),

    dict(n=22, signals="-", priority="low", trap="wordplay", qt=0, reply=0,
         frm="Bernard Quéré <bernard.quere@jardinmail.example>",
         to="contact@potagerfacile.example",
         subject="Question mode hors ligne + calendrier",
         body="""\
Bonjour,

Samedi j'ai planté mes tomates et mes courgettes en suivant votre calendrier lunaire, tout s'est bien passé malgré une panne de réveil (le jardin partagé ouvre à 8h, je suis arrivé à 10h, ma femme en rigole encore).

Deux petites questions :
1) Au jardin il n'y a quasiment pas de réseau, la 4G est carrément hors service au fond de la parcelle. Est-ce que l'appli peut fonctionner hors ligne si je télécharge mes fiches avant de partir ?
2) Dans la fiche "framboisiers", vous dites de couper les tiges mortes à ras : c'est en mars ou à l'automne ? Je ne voudrais pas tout planter... enfin, tout rater.

Bonne semaine,
Bernard"""),

    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Réception Hôtel du Port <reception@hotelduport-sete.example>",
         to="aide@reservio.example",
         subject="Ajouter le code wifi dans le mail de confirmation ?",
         body="""\
Bonjour,

Petite question pratique : est-il possible d'ajouter automatiquement le mot de passe du wifi de l'hôtel dans le mail de confirmation envoyé aux clients ? La moitié des appels à la réception, c'est "quel est le mot de passe du wifi ?".

Même question pour la taxe de séjour : on aimerait faire apparaître une ligne "taxe de séjour à régler sur place, 1,65 EUR par personne et par nuit", juste pour info, pour éviter les discussions au moment de payer la note.

Merci et bonne journée,
Lucas, réception"""),

    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Nathalie Roussel <nathalie.roussel@mail-perso.example>",
         to="sav@electromenagerplus.example",
         subject="Re: Dossier SAV 2025-11873",
         body="""\
Bonjour,

Le technicien est passé samedi matin, très aimable et ponctuel. Il a changé la pièce, tout fonctionne, vous pouvez clôturer le dossier. Merci pour la rapidité !

Bonne semaine,
Nathalie Roussel

Le jeu. 6 mars 2025 à 19:02, Nathalie Roussel <nathalie.roussel@mail-perso.example> a écrit :
> Bonjour,
> Ce soir en lançant un programme, le lave-linge a fait des étincelles derrière le hublot et il y a eu une forte odeur de brûlé. J'ai débranché tout de suite. Pouvez-vous envoyer quelqu'un ?
> Nathalie"""),
]
