# blind31 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kevin Lefort <kevlefort92@mailo.example>",
         to="support@arenastudio.example",
         subject="mode Assaut",
         body="""\
salut
la maj d'hier c'est le feu, le nouveau mode Assaut ça déchire grave. on s'est fait massacrer hier soir avec mes potes mais on a explosé de rire du début a la fin
par contre vous pourriez rajouter un mode photo ? ce serait mortel pour les captures
merci et continuez comme ça
Kev (pseudo KevDestroyer)"""),

    dict(n=2, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sophie Garnier <s.garnier@laposte-mail.example>",
         to="service.client@panierfrais.example",
         subject="Sauce Brasier du Diable en rupture ?",
         body="""\
Bonjour,

Je commande chez vous toutes les semaines et j'ai découvert le mois dernier la sauce piquante « Brasier du Diable » de la marque Flamme & Co. Elle arrache : deux gouttes et on a la bouche en feu, mon mari en met partout !

Depuis trois semaines elle apparaît en rupture de stock dans l'appli. Savez-vous si elle va revenir, ou si elle a été retirée du catalogue ? Dans ce cas, auriez-vous une sauce aussi forte à me conseiller ?

Au passage, la livraison de jeudi était impeccable, le livreur très aimable.

Merci d'avance,
Sophie Garnier"""),

    dict(n=3, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Gérard Poulain <gerard.poulain@orange-net.example>",
         to="contact@banquehorizon.example",
         subject="Questions avant ouverture d'un compte",
         body="""\
Madame, Monsieur,

J'envisage d'ouvrir un compte courant chez vous pour y domicilier ma retraite, et je souhaiterais obtenir quelques précisions avant de me décider.

1. En cas de vol ou de perte de ma carte bancaire, quelle est la démarche à suivre, et le service d'opposition est-il joignable le week-end ?
2. Si mon compte en ligne venait à être piraté, ou en cas de fraude à la carte, dans quel délai les sommes sont-elles remboursées ?
3. Proposez-vous une authentification forte autre que par SMS ? Le réseau passe mal chez moi.

Mon ancienne banque m'a toujours donné des réponses évasives sur ces points, c'est pourquoi je préfère poser la question avant de signer.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gérard Poulain
14, allée des Tilleuls
49300 Cholet"""),

    dict(n=4, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Julien Marchand <julien.marchand@free-mail.example>",
         to="assistance@fibrelink.example",
         subject="Re: Panne internet depuis samedi - dossier n° 2026-77812",
         body="""\
Bonjour,

Tout est rentré dans l'ordre depuis hier soir après le passage du technicien, merci à lui, très efficace.
Petite question : il a laissé l'ancienne box chez moi. Dois-je vous la renvoyer par la poste ou la déposer dans un point relais ?

Bonne journée,
Julien Marchand

Le sam. 5 déc. 2026 à 09:14, Julien Marchand <julien.marchand@free-mail.example> a écrit :
> Bonjour,
> Depuis ce matin plus d'internet ni de télé, la box clignote en rouge et
> le redémarrage ne change rien. Toute la rue semble touchée.
> Je télétravaille lundi, merci de faire vite.
> Julien Marchand"""),

    dict(n=5, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Camille Roux <camille.roux@atelier-nord.example>",
         to="feedback@planifio.example",
         subject="Bravo pour la vue Gantt !",
         body="""\
Bonjour l'équipe Planifio,

Je voulais juste vous dire que votre nouvelle vue Gantt, c'est de la bombe. Avant, on était complètement à la ramasse sur nos plannings de chantier ; maintenant toute l'agence s'y est mise et ça cartonne. Même notre directeur, pourtant allergique aux outils en ligne, l'ouvre tous les matins.

Petit détail rigolo : notre colonne « À flinguer » (les projets qu'on abandonne) n'a jamais été aussi bien rangée.

Une suggestion pour la suite : pouvoir exporter le Gantt en PDF au format A3, pour l'afficher au bureau. Ce serait la cerise sur le gâteau.

Merci encore et bonne continuation,
Camille Roux
Cheffe de projet – Atelier Nord Architecture"""),

    dict(n=6, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Martine Vasseur <martine.vasseur@wanadoo-mail.example>",
         to="service.clients@assur-habitat.example",
         subject="Mon contrat habitation",
         body="""\
Bonjour,

Vous avez peut-être vu aux informations l'incendie qui a ravagé un immeuble rue Paul-Bert à Villeurbanne samedi dernier. C'est l'immeuble où habite ma sœur. Heureusement tout le monde a pu sortir à temps, mais son appartement a entièrement brûlé et les pompiers ont mis toute la nuit à éteindre le feu.

Elle est chez moi pour le moment, et comme vous l'imaginez, on a passé la semaine à remplir des papiers avec son assurance (qui n'est pas chez vous).

Bref, tout ça m'a fait réfléchir à mon propre contrat (n° MRH-448213). Je ne suis pas sûre que le montant de mobilier assuré soit encore suffisant, j'ai racheté pas mal de choses depuis 2019, notamment un piano. Pourriez-vous me dire ce que couvre exactement mon contrat en cas d'incendie, et me faire une proposition pour augmenter le capital mobilier ?

Je vous remercie par avance.
Martine Vasseur"""),

    dict(n=7, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CyberVeille Conseil <newsletter@cyberveille-conseil.example>",
         to="support@dupont-logistique.example",
         subject="Lettre Cyber n°42 : rançongiciels, comptes piratés et fuites de données",
         body="""\
Lettre Cyber – n°42 – décembre 2026

Bonjour,

Au sommaire ce mois-ci :

• Rançongiciels : les trois attaques qui ont paralysé des PME françaises cet automne, et ce qu'elles auraient pu faire autrement.
• Comptes piratés : pourquoi le mot de passe réutilisé reste la porte d'entrée favorite des hackers.
• Fuites de données : vos obligations de notification auprès de la CNIL sous 72 heures.
• Hameçonnage : le faux mail « Votre colis est bloqué » revient en force avant Noël.

WEBINAIRE GRATUIT – jeudi 17 décembre, 11 h
« Mon entreprise a été piratée : les 24 premières heures »
Inscription : https://cyberveille-conseil.example/webinaire

Vous recevez cette lettre car vous êtes inscrit à notre liste de diffusion.
Se désinscrire : https://cyberveille-conseil.example/desinscription

L'équipe CyberVeille Conseil"""),

    dict(n=8, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Laurent Bichet <tresorier@amicale-sp-montbrison.example>",
         to="support@comptanet.example",
         subject="Demande de devis – Amicale des sapeurs-pompiers",
         body="""\
Bonjour,

Je suis trésorier de l'Amicale des sapeurs-pompiers de Montbrison. J'écris sans doute au mauvais service, n'hésitez pas à transférer au commercial.

Nous sommes une association d'environ 60 membres (pompiers volontaires et professionnels du centre de secours) et nous cherchons un logiciel de comptabilité simple pour gérer la vente des calendriers, le bal du 14 juillet et l'aide aux familles de collègues blessés en intervention.

Aujourd'hui tout est sur un vieux fichier Excel qui a déjà planté deux fois, et entre les gardes et les départs en urgence, personne n'a le temps de tout ressaisir.

Pourriez-vous m'indiquer :
- le tarif pour 3 utilisateurs ;
- s'il existe une remise pour les associations ;
- si l'import de notre fichier Excel est possible.

Merci d'avance,
Laurent Bichet
Trésorier – Amicale SP Montbrison
06 71 00 42 18"""),

    dict(n=9, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Inès Belkacem <ines.belkacem@courriel.example>",
         to="aide@miamexpress.example",
         subject="Commande 48213-B, livraison très en retard",
         body="""\
Bonjour,

Petit retour sur ma commande d'hier soir (n° 48213-B, restaurant Chez Tonton Ali).

L'appli annonçait 25 minutes, le livreur est arrivé au bout d'1 h 10. On crevait la dalle, les enfants étaient à deux doigts de dévorer le canapé 😅 D'après le suivi, il a tourné trois fois autour du quartier, je pense que l'adresse s'affichait mal de son côté (c'est bien le 12 bis, bâtiment C).

Cela dit, le couscous était une tuerie, encore tiède, rien à dire sur le restaurant. Je ne demande pas de remboursement, je voulais juste signaler le souci d'adresse pour que ça ne se reproduise pas.

Bonne soirée,
Inès"""),

    dict(n=10, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Bertrand Ollivier <b.ollivier@grognards-du-nord.example>",
         to="relation.client@voyages-ferroviaires.example",
         subject="Groupe de 12 personnes – transport d'armes factices + échange de billets",
         body="""\
Bonjour,

Je suis président d'une association de reconstitution historique napoléonienne. Nous partons à 12 le 19 juin pour la commémoration de la bataille de Waterloo (aller Paris-Nord → Bruxelles-Midi, réservation n° QHT7LK).

Deux questions :

1) Nos membres voyagent avec leur équipement : fusils à silex factices (neutralisés, sans munitions), sabres au fourreau, baïonnettes en caoutchouc et tambours. Tout est rangé dans des housses fermées. Y a-t-il une règle particulière à respecter, ou un document à présenter au contrôle ? Nous ne voudrions pas déclencher une alerte en gare pour rien.

2) Trois membres ne pourront partir que le lendemain. Est-il possible d'échanger uniquement leurs trois billets pour le train du 20 juin, même horaire ?

Merci pour votre aide,
Bertrand Ollivier
Président – Les Grognards du Nord"""),

    dict(n=11, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Nathalie Perrin <nathalie.perrin@sfr-mail.example>",
         to="scolarite@univ-rives.example",
         subject="Inscription de ma fille au PSC1",
         body="""\
Bonjour,

Je vous écris pour ma fille, Léa Perrin, étudiante en L1 de STAPS (numéro étudiant 21904417), qui est en stage cette semaine et n'a pas accès à ses mails.

Elle souhaite s'inscrire à la formation Prévention et Secours Civiques (PSC1) proposée par le service de santé universitaire en janvier : gestes d'urgence, massage cardiaque, brûlures, hémorragies, etc. Elle en a besoin pour son dossier de maître-nageuse.

Petite complication : elle s'est cassé le poignet au handball il y a trois semaines et garde son plâtre jusqu'au 8 janvier. Peut-elle suivre la session du 12 janvier, ou vaut-il mieux attendre celle de mars pour les exercices pratiques ?

Et l'inscription se fait-elle en ligne ou directement auprès de vous ?

Merci beaucoup,
Nathalie Perrin"""),

    dict(n=12, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Robert Fontaine <robert.fontaine@neuf-mail.example>",
         to="sav@electromenager-durand.example",
         subject="Merci pour la réparation du lave-linge",
         body="""\
Bonjour,

Un petit mot pour vous remercier. Notre lave-linge (modèle LV-8400, acheté chez vous en 2022) était tombé en panne la semaine dernière : il faisait un bruit d'enfer à l'essorage, on a cru qu'il allait exploser ou traverser la cuisine !

Votre technicien, M. Akim, est passé mardi. Il a changé les roulements en moins d'une heure et tout remarche parfaitement. Ponctuel, aimable, il a même pris le temps d'expliquer à ma femme comment nettoyer le filtre.

Ça fait plaisir de voir qu'un vrai service après-vente existe encore. Vous pouvez lui transmettre nos félicitations.

Bien cordialement,
Robert et Monique Fontaine"""),

    dict(n=13, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Aurélie Chevalier <aurelie.chevalier@hotmail-fr.example>",
         to="support@brocantissimo.example",
         subject="RE: Double prélèvement commande n° BRC-5571903",
         body="""\
Bonjour Thomas,

Le remboursement de 64,90 € est bien arrivé sur mon compte ce matin, merci pour votre réactivité !
Une dernière question : le bon de réduction de 5 € que vous m'avez envoyé est-il valable chez tous les vendeurs du site, ou seulement chez celui-ci ?

Belle journée,
Aurélie

> De : Aurélie Chevalier
> Envoyé : mardi 1 décembre 2026 21:47
> À : support@brocantissimo.example
> Objet : Double prélèvement commande n° BRC-5571903
> Bonjour,
> J'ai été débitée deux fois de 64,90 € pour la même commande (lampe
> vintage, vendeur « LesTrouvaillesDeMimi »). Je n'ai reçu qu'un seul
> colis. Merci de me rembourser le second prélèvement au plus vite.
> Aurélie Chevalier"""),

    dict(n=14, signals="-", priority="low", trap="access", qt=0, reply=0,
         frm="Pascal Rochat <p.rochat@fiduciaire-rochat.example>",
         to="support@nuagebox.example",
         subject="Ajout d'une collaboratrice en janvier + question mots de passe",
         body="""\
Bonjour,

Nous utilisons votre stockage en ligne depuis cet été (offre Équipe, 4 utilisateurs). Nous avions quitté notre ancien prestataire après qu'il s'est fait pirater l'an dernier – une fuite de données qui a fait beaucoup de bruit chez nous à Lausanne – et franchement nous sommes très contents d'avoir changé.

Deux questions, il n'y a pas le feu au lac :
- Une nouvelle collaboratrice arrive le 4 janvier. Puis-je déjà créer son accès maintenant, ou faut-il attendre pour ne pas payer le mois de décembre ?
- Nous voulons que chacun arrête de noter ses mots de passe sur des post-it. Recommandez-vous un gestionnaire de mots de passe compatible avec votre authentification à deux facteurs ?

Avec mes meilleures salutations,
Pascal Rochat
Fiduciaire Rochat Sàrl"""),

    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Valérie Moreau <valerie.moreau@bbox-mail.example>",
         to="sav@veloz-cycles.example",
         subject="Batterie de vélo qui a pris feu",
         body="""\
Bonjour,

Hier soir vers 22 h, la batterie de mon vélo électrique (Veloz Urbano 500, acheté chez vous en mars, facture n° VZ-20260318-114) a pris feu pendant qu'elle chargeait dans le garage. Il y a eu un claquement, puis énormément de fumée noire.

Mon mari a réussi à éteindre le feu avec l'extincteur, mais il s'est brûlé la main et l'avant-bras et il a été pris en charge aux urgences cette nuit. Les pompiers sont venus vérifier : le garage est noirci, la maison n'a rien.

Je voudrais savoir ce que je dois faire de la batterie (elle est dehors dans un seau de sable, sur conseil des pompiers) et surtout si c'est un défaut connu : ma fille a exactement le même modèle et elle le recharge dans son appartement.

Merci de me rappeler rapidement au 06 71 20 88 45.
Valérie Moreau"""),

    dict(n=16, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jean-Michel Aubert <jm.aubert@numericable-mail.example>",
         to="support@monespacesante.example",
         subject="Petite question sur mon espace patient",
         body="""\
Bonjour,

Je ne veux pas vous déranger pour rien, et c'est peut-être simplement une erreur d'affichage de mon côté.

Ce matin, en me connectant à mon espace patient du Laboratoire des Coteaux pour récupérer ma prise de sang du 2 décembre, j'ai trouvé dans « Mes documents » trois comptes rendus qui ne sont pas à moi : ils concernent une certaine Mme Odile R., avec sa date de naissance, son adresse et des résultats de dépistage assez personnels. Je ne les ai pas lus plus que nécessaire.

Je suppose que, de la même façon, quelqu'un d'autre voit peut-être les miens.

Pourriez-vous regarder cela quand vous aurez un moment ? Merci d'avance,
Jean-Michel Aubert"""),

    dict(n=17, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Claire Dumas <claire.dumas@proton-fr.example>",
         to="aide@flouzapp.example",
         subject="Compte de mon père piraté – urgent",
         body="""\
Bonjour,

J'écris pour mon père, André Dumas, 79 ans, qui utilise votre application pour envoyer de l'argent à ses petits-enfants (compte associé au 06 48 90 12 57).

Hier après-midi, il a reçu un SMS soi-disant de votre part lui demandant de confirmer son identité. Il a cliqué sur le lien et a saisi son code secret, puis le code reçu par SMS. Ce matin, impossible de se connecter : l'application lui dit que le mot de passe est incorrect, et il a reçu un mail indiquant que l'adresse e-mail du compte avait été modifiée. Ce n'est pas lui.

Pour l'instant nous ne voyons aucun paiement sur son relevé bancaire, mais sa carte est toujours enregistrée dans l'application et nous ne pouvons plus y accéder pour la supprimer.

Pouvez-vous bloquer le compte immédiatement et nous dire comment lui rendre l'accès ? Je suis joignable toute la journée au 07 62 15 33 09.

Merci,
Claire Dumas"""),

    dict(n=18, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Stéphane Lacroix <s.lacroix@groupe-vermeil.example>",
         to="support@crmpilot.example",
         subject="URGENT - Connexion SSO impossible pour toute l'équipe commerciale",
         body="""\
Bonjour,

Depuis 8 h 30 ce matin, aucun de nos 45 commerciaux ne peut se connecter à CRM Pilot. L'authentification Microsoft passe normalement, puis on retombe systématiquement sur ce message :

---------- Message d'erreur ----------
Erreur SSO : AuthnFailed (code 502)
La réponse SAML du fournisseur d'identité n'a pas pu être validée.
ID de corrélation : 7f3c2a91-0b44-4e1d-9c2e-55a1d8e0c6b3
--------------------------------------

Rien n'a changé de notre côté (certificat valide jusqu'en 2027, vérifié avec notre DSI). Nous sommes en pleine semaine de clôture commerciale : plus de devis, plus de suivi des commandes, l'équipe est complètement à l'arrêt.

Contrat Entreprise n° CP-ENT-0923. Merci de nous rappeler au plus vite au 01 84 60 27 15.

Stéphane Lacroix
Responsable des systèmes commerciaux – Groupe Vermeil"""),

    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Mihai Popescu <mihai.popescu@posta-ro.example>",
         to="service.client@mobilis-telecom.example",
         subject="pas de reseau depuis hier",
         body="""\
Bonjour,

Depuis hier matin mon téléphone il a plus du réseau, pas d'appel, pas de internet mobile, c'est écrit juste "Aucun service". J'ai redémarré, j'ai mis la carte SIM dans un autre téléphone, c'est pareil. Mon voisin il est chez vous aussi et il a même problème, donc je pense c'est l'antenne du quartier (Saint-Jean, à Bordeaux).

Je suis chauffeur VTC, je travaille seulement avec le téléphone, depuis hier je peux pas prendre les courses. C'est très grave pour moi.

Quand ça va revenir ? Merci de répondre vite.

Mihai Popescu
ligne 07 55 31 20 64"""),

    dict(n=20, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Thomas Berger <thomas.berger@laposte-fr.example>",
         to="aide@cineflux.example",
         subject="L'appli plante sur ma TV depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de mardi, l'application CinéFlux plante systématiquement sur ma télé (Samsung QE55, système à jour) : dès que je lance un épisode, écran noir pendant quelques secondes, puis retour au menu de la télé. J'ai désinstallé et réinstallé l'appli, débranché la télé, rien n'y fait.

Sur mon téléphone et sur l'ordinateur tout marche, donc en attendant on regarde sur le portable, mais bon, à quatre devant un écran de 6 pouces, ce n'est pas l'idéal.

Vous êtes au courant ? Une correction est prévue ?

Merci,
Thomas Berger
Abonné n° CF-3390217"""),

    dict(n=21, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Hélène Marchetti <helene.marchetti@club-internet.example>",
         to="remboursements@aerolia.example",
         subject="RE: RE: Demande de remboursement – vol AE 2871 annulé",
         body="""\
Madame, Monsieur,

Ceci est ma troisième relance. Voilà plus de deux mois que votre compagnie a annulé mon vol AE 2871 Lyon–Lisbonne du 3 octobre, et je n'ai toujours pas reçu le remboursement de 1 146,80 € pour mes trois billets (réservation K7PQ2M), en dehors de vos accusés de réception automatiques.

Je vous rappelle qu'en cas d'annulation, le règlement européen n° 261/2004 impose un remboursement sous sept jours. Sans versement de votre part d'ici le 18 décembre, je saisirai le Médiateur Tourisme et Voyage.

Hélène Marchetti

> Le 6 nov. 2026, Hélène Marchetti a écrit :
> Bonjour, je me permets de relancer ma demande du 5 octobre. Je n'ai reçu
> aucune réponse et toujours aucun remboursement pour mon vol AE 2871 annulé.
> > Le 5 oct. 2026, Hélène Marchetti a écrit :
> > Bonjour, suite à l'annulation de mon vol AE 2871 du 3 octobre, je demande
> > le remboursement intégral de mes trois billets (1 146,80 €), réservation
> > K7PQ2M. Merci."""),

    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Franck Delmas <franck.delmas@sfr-box.example>",
         to="clients@energie-verte-plus.example",
         subject="Facture délirante !!! 612 € au lieu de 85",
         body="""\
Bonjour,

Ma facture de novembre a explosé : 612,40 € prélevés le 5 décembre alors que je paie d'habitude autour de 85 € par mois. J'ai regardé le détail : vous avez facturé sur un relevé ESTIMÉ de 9 840 kWh, alors que mon compteur Linky affiche 4 212 kWh aujourd'hui. Le compteur transmet tout seul, je ne comprends même pas d'où sort cette estimation.

Aucune alerte avant le prélèvement, je l'ai découvert sur mon relevé de compte. C'est inadmissible.

Je demande la correction de la facture et le remboursement de la différence sur mon compte bancaire, pas un « avoir » sur les prochaines factures.

Contrat n° EVP-7724190.
Franck Delmas"""),

    dict(n=23, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Isabelle Guérin <isabelle.guerin@cabinet-guerin.example>",
         to="support@mailpro-hebergement.example",
         subject="Compte de messagerie bloqué",
         body="""\
Bonjour,

Je n'arrive plus à accéder à ma boîte isabelle.guerin@cabinet-guerin.example. Pour résumer :

- hier soir, après plusieurs essais de mot de passe (j'avais un doute sur une majuscule), le compte a été bloqué ;
- la réinitialisation envoie un code par SMS à mon ancien numéro, que je n'ai plus depuis septembre ;
- les boîtes de mes deux collègues fonctionnent normalement, c'est donc bien mon compte seulement.

Pouvez-vous débloquer le compte et mettre à jour mon numéro (nouveau : 06 30 84 17 92) ? J'ai des clients à qui je dois répondre avant vendredi.

Merci d'avance,
Isabelle Guérin
Cabinet Guérin – Expertise comptable"""),

    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Didier Lemaire <didier.lemaire@orange-mail.example>",
         to="assistance@monauto-connect.example",
         subject="Retirer un véhicule de mon compte",
         body="""\
Bonjour,

J'ai vendu ma voiture (immatriculée GH-482-TK) le week-end dernier. Comment est-ce que je retire le véhicule de mon compte MonAuto Connect, pour que le nouveau propriétaire puisse l'ajouter au sien ? Je ne trouve pas l'option dans l'appli.

Et par la même occasion, je voudrais changer l'adresse e-mail du compte pour mon adresse perso, celle-ci étant celle du travail.

Merci,
Didier Lemaire"""),
]
