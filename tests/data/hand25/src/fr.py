# blind26 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Camille Rouvier <camille.rouvier@courriel-maison.example>",
         to="service.client@petitnid.example",
         subject="Lit parapluie Moka 3 - côté décroché cette nuit",
         body="""\
Bonjour,

Nous avons acheté chez vous le lit parapluie Moka 3 (commande PN-2026-18874) il y a trois semaines.

Cette nuit vers 2 h, notre fils de 11 mois s'est mis à hurler. Le grand côté du lit s'était
décroché en bas : il y avait un espace d'une dizaine de centimètres entre le matelas et la
barrière, et sa jambe était passée dedans jusqu'au genou. Mon mari a dû soulever le cadre pour
la dégager. Il a une grosse marque violette sur le mollet et il boite un peu ce matin, nous
avons rendez-vous chez le pédiatre à 11 h.

Le lit était monté selon la notice, les quatre clips étaient bien enclenchés (on avait vérifié
au montage, on entend le clic). En regardant ce matin, le clip en bas à gauche est fendu sur
toute la longueur. J'ai pris des photos, je peux vous les envoyer.

Nous ne l'utilisons plus, bien sûr. Mais ma sœur a acheté le même modèle pour ses jumeaux le
mois dernier. Pouvez-vous me dire très vite ce que nous devons faire, et si vous avez déjà eu
d'autres cas ?

Camille Rouvier"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Gérard Lemaître <g.lemaitre@orange-perso.example>",
         to="sav@grilouest.example",
         subject="Question sur mon barbecue 4 feux",
         body="""\
Madame, Monsieur,

Je me permets de vous écrire au sujet du barbecue à gaz Gril'Ouest GO-4B que j'ai acheté en mai
au magasin de Cholet.

Est-ce normal qu'il y ait un petit sifflement au niveau du raccord du tuyau quand j'ouvre la
bouteille, alors que tous les boutons sont fermés ? On sent aussi une odeur d'œuf pourri sur la
terrasse. Hier soir, au moment d'allumer, une flamme bleue est sortie sous le panneau de
commande, du côté des boutons, et a léché le bas de ma main. Mes petits-enfants étaient juste à
côté.

J'ai tout refermé et fermé la bouteille. Je n'y ai plus touché depuis.

Je vous remercie de me dire ce que je dois faire, je ne suis pas très bricoleur.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Gérard Lemaître"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Nadia Bensaïd <nadia.bensaid@mailbox.example>",
         to="contact@labo-biorhone.example",
         subject="Résultats d'analyses d'autres patients dans mon espace",
         body="""\
Bonjour,

Ce matin, en me connectant à votre portail patient pour récupérer mon bilan sanguin du
3 novembre, j'ai trouvé dans « Mes résultats » quatre comptes rendus qui ne sont pas à moi :
deux au nom d'une Mme H., un au nom d'un M. P. et un sans nom mais avec une date de naissance
de 1958. On y voit leurs noms complets, leur numéro de sécurité sociale, l'adresse et tous les
résultats, dont une sérologie.

Je n'ai rien téléchargé et je me suis déconnectée tout de suite. Mais si moi je vois les leurs,
quelqu'un d'autre voit peut-être les miens ?

J'ai fait une capture d'écran de la liste (sans ouvrir les documents) si ça peut vous aider.
Merci de me rappeler rapidement.

Nadia Bensaïd
Dossier patient 2026-114-0871"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Oksana Petrenko <oksana.petrenko@webpost.example>",
         to="consommateurs@douceurlactee.example",
         subject="Lait 1er âge lot 26-0917, morceaux dans la poudre",
         body="""\
Bonjour,

Hier j'ai ouvert une nouvelle boîte de lait Douceur Lactée 1er âge, lot 26-0917, à consommer
avant 04/2028. En faisant le biberon du soir j'ai senti quelque chose craquer sous la cuillère.
Dans la poudre il y a des petits morceaux durs et transparents, comme du plastique fin. J'ai
passé la poudre dans une passoire et j'ai trouvé 6 morceaux, un fait presque 1 cm.

Ma fille a 2 mois et elle a déjà bu trois biberons de cette boîte. Depuis ce matin elle refuse
de boire, elle pleure quand elle avale et il y avait un peu de sang dans ce qu'elle a rendu.

Nous allons chez le médecin maintenant. J'ai gardé la boîte fermée dans un sac avec le ticket.
Excusez mon français, je suis ukrainienne. Merci de répondre vite, s'il vous plaît.

Oksana Petrenko"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sébastien Marchal <s.marchal@maison-verdier.example>",
         to="support@caissepro.example",
         subject="Caisses sur la roue qui tourne - nos 14 magasins",
         body="""\
Bonjour,

Depuis 9 h 40, dans nos 14 magasins, toutes les caisses restent sur la roue qui tourne dès
qu'on scanne le premier article. Impossible d'encaisser quoi que ce soit, ni CB ni espèces.
C'est samedi, les files vont jusqu'au fond des magasins et les clients commencent à laisser
leurs paniers et partir.

Déjà fait : redémarrage des postes dans 3 magasins, redémarrage du routeur à Angers. Aucun
changement. Le back-office s'affiche normalement depuis le bureau.

Client n° CP-00412. Rappelez-moi au plus vite, je suis joignable sur le portable d'astreinte.

Sébastien Marchal
Responsable exploitation - Maison Verdier"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Martine Obadia <martine.obadia@chu-valmont.example>",
         to="hotline.dsi@chu-valmont.example",
         subject="Tablettes du chariot de soins - bâtiment B",
         body="""\
Bonjour,

Depuis la relève de 6 h 30, les tablettes des chariots de soins affichent une page blanche dès
qu'on ouvre le dossier d'un patient. Ça concerne les 4 services du bâtiment B (médecine B,
pneumo, gériatrie, SSR), soit à peu près 120 patients et une quarantaine d'infirmières et
d'aides-soignantes.

On est repassés sur papier, mais on n'a pas les prescriptions modifiées cette nuit par
l'interne de garde. Le tour de médicaments de 8 h est retardé et on doit appeler les médecins
un par un.

Les PC fixes des postes de soins ouvrent le dossier, mais très lentement.

Merci d'intervenir en priorité. Je suis au poste 4412.

Martine Obadia
Cadre de santé, pôle médecine"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Thomas Guérin <thomas@boutique-ardoise.example>",
         to="support@payflux.example",
         subject="Webhooks reçus avec 5-6 h de décalage",
         body="""\
Bonjour,

Depuis hier vers 17 h, les webhooks payment.succeeded arrivent sur notre endpoint avec 5 à 6
heures de retard (écart entre le champ created et l'heure de réception dans nos logs).

Résultat : les clients paient, mais leurs commandes restent « en attente de paiement » chez nous
et l'entrepôt ne les prépare pas. On a déjà 230 commandes bloquées et les premiers clients
appellent.

Rien n'a changé de notre côté, l'endpoint répond 200 en moins de 300 ms (je peux vous envoyer
les logs). Compte : acct_7Hq2ArdoiseFR.

Merci de regarder ça aujourd'hui.

Thomas Guérin - CTO, Ardoise & Co"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Julien Caradec <jcaradec@netmail.example>",
         to="urbanisme-en-ligne@ville-plouvenec.example",
         subject="Le bouton Déposer ne fait rien",
         body="""\
Bonjour,
Sur le portail urbanisme, quand je clique sur « Déposer ma demande » pour ma déclaration
préalable (abri de jardin), il ne se passe rien. Testé sur téléphone et sur PC, deux navigateurs.
Pas urgent, j'ai jusqu'à fin décembre, mais je voudrais savoir si ça vient de chez vous.
Merci,
J. Caradec"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Pauline Garnier <pauline.garnier@groupe-solvea.example>",
         to="support.informatique@groupe-solvea.example",
         subject="RE: [Ticket #48213] Salle Everest - écran noir en visio",
         body="""\
Toujours pareil ce matin. C'est ma troisième relance.
Le comité de direction est dans cette salle jeudi à 9 h avec Montréal en visio. Merci d'envoyer
quelqu'un sur place avant.

Pauline Garnier
Assistante de direction

-----Message d'origine-----
De : Pauline Garnier
Envoyé : lundi 9 novembre 2026 08:52
À : Support informatique
Objet : RE: [Ticket #48213] Salle Everest - écran noir en visio

> Bonjour, je relance : la salle Everest ne fonctionne toujours pas. Quand on lance une réunion
> depuis la tablette de la table, l'écran mural reste noir et la caméra ne s'allume pas. Le son
> passe par moments. On a dû déménager la réunion de vendredi dans le bureau du DAF.
>
> -----Message d'origine-----
> De : Pauline Garnier
> Envoyé : mercredi 4 novembre 2026 14:10
> Objet : Salle Everest - écran noir en visio
>
> Bonjour, depuis ce matin impossible de faire une visio dans la salle Everest (3e étage),
> l'écran reste noir. Pouvez-vous regarder ? Merci."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Laure Dumoulin <laure.dumoulin@courriel-maison.example>",
         to="service-client@vitanova.example",
         subject="Débitée deux fois pour ma cure de magnésium",
         body="""\
Bonjour,

J'ai commandé le 2 novembre une cure Magné+ B6 de 3 mois (commande VN-558120, 39,90 €).
Sur mon relevé bancaire je vois deux débits de 39,90 € le même jour, à deux minutes d'écart.
Je n'ai reçu qu'un seul colis et je n'ai validé qu'une seule fois (la page a mis longtemps à
charger, c'est peut-être ça).

Pouvez-vous me rembourser le second débit ? Je joins une capture du relevé.

Merci d'avance,
Laure Dumoulin"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Inès Ferrand <ines@atelier-boucledor.example>",
         to="vendeurs@beautyplace.example",
         subject="Reversement d'octobre toujours pas reçu - boutique 20871",
         body="""\
Bonjour,

Le virement de vos reversements pour les ventes d'octobre (2 184,60 €) devait arriver sur mon
compte le 5 novembre. Nous sommes le 12 et je n'ai toujours rien, alors que mon espace vendeur
indique « Versé le 05/11 ». Ma banque ne voit aucun virement entrant de votre part.

Je suis une petite boutique (shampoings et soins capillaires artisanaux), ce reversement
représente l'essentiel de mon chiffre du mois. J'ai le loyer de l'atelier et la facture de mon
fournisseur d'huiles à régler lundi, je ne peux pas avancer cette somme.

Pouvez-vous me donner la référence du virement, ou le relancer si quelque chose a bloqué ?
Mon IBAN n'a pas changé depuis l'ouverture de la boutique.

Merci de me répondre rapidement.

Inès Ferrand
Atelier Boucle d'Or - boutique n° 20871"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Franck Vasseur <f.vasseur@teleconseil-nord.example>",
         to="facturation@audiopro-location.example",
         subject="Prélèvement après résiliation - contrat LC-20931",
         body="""\
Bonjour,

Nous avons résilié le contrat de location de casques n° LC-20931 (120 casques pour notre
centre d'appels de Lille) avec effet au 30 septembre 2026. Vous avez accusé réception de la
résiliation le 14 août et les casques vous ont été restitués le 2 octobre (bon de retour
BR-7781 signé par votre transporteur).

Malgré cela, un prélèvement de 486,00 € a été effectué le 5 novembre avec le libellé
« LOC CASQUES NOV ».

Je vous demande de rembourser ce prélèvement et de confirmer par écrit que le mandat SEPA est
clôturé, faute de quoi je le ferai révoquer par notre banque.

Cordialement,

Franck Vasseur
Directeur administratif et financier
Téléconseil Nord"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Compta Fournisseurs <compta.fournisseurs@distrib-alpes.example>",
         to="facturation@stockplus-erp.example",
         subject="Facture F-2026-11-0412 erronée",
         body="""\
Bonjour,

Votre facture F-2026-11-0412 porte sur 120 licences utilisateurs Stock+ alors que notre
contrat est à 80 licences depuis l'avenant du 1er juillet (ref. AV-2026-033).
Écart : 40 x 18,50 € HT = 740,00 € HT.

Merci de nous adresser un avoir et une facture rectifiée. Nous ne pouvons pas la passer en
comptabilité en l'état, elle est bloquée au rapprochement.

Cordialement,
Sylvie Ranc - Comptabilité fournisseurs"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Élodie Marchetti <elodie@tramontane-labs.example>",
         to="support@forgehub.example",
         subject="Plus d'accès au compte admin - authentificateur perdu",
         body="""\
Bonjour,

Dimanche, mon téléphone est tombé au fond du lac d'Annecy pendant une sortie en kayak.
L'application d'authentification était dessus. Mes codes de secours sont... dans mon
gestionnaire de mots de passe, qui me demande lui aussi une validation sur ce téléphone.
Bref, je tourne en rond.

Le problème : je suis la seule propriétaire de l'organisation « tramontane-labs ». Les autres
membres n'ont que les droits d'écriture, donc personne ne peut ajouter un runner, modifier les
secrets de déploiement ni inviter quelqu'un. Notre mise en production de mercredi est à
l'arrêt.

Je peux prouver mon identité comme vous voulez : pièce d'identité, facture de l'abonnement
Team (payé par carte au nom de la société), accès au DNS du domaine tramontane-labs.example pour
ajouter un enregistrement TXT, etc.

Mon identifiant : emarchetti.

Merci de m'indiquer la procédure la plus rapide.

Élodie Marchetti
Fondatrice, Tramontane Labs"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Jacqueline Fournier <jacqueline.fournier@wanadoo-perso.example>",
         to="mairie-en-ligne@saint-aubin-les-pres.example",
         subject="code par SMS",
         body="""\
Bonjour Madame, Monsieur,

Est-ce normal que je ne reçoive jamais le code par SMS pour entrer sur le site de la mairie ?
J'ai essayé cinq fois depuis lundi, à chaque fois le site me dit « un code vous a été envoyé »
mais rien n'arrive sur mon téléphone. C'est bien le bon numéro, je reçois les SMS de ma fille
sans problème.

Je voulais demander un bac plus petit pour les ordures ménagères, puisque je vis seule depuis
le décès de mon mari, et on m'a dit à l'accueil que maintenant il faut passer par internet.

Je vous remercie par avance de votre aide.

Jacqueline Fournier
12 rue des Tilleuls"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Aurélie Nguyen <aurelie.nguyen@college-jules-ferry.example>",
         to="assistance-ent@rectorat-exemple.example",
         subject="Compte ENT désactivé après congé",
         body="""\
Bonjour,

De retour de congé maternité ce lundi, je n'arrive plus à me connecter à l'ENT : le message
dit « Compte désactivé, contactez votre administrateur ». Du coup je n'ai accès ni au cahier de
textes ni au carnet de notes.

Les conseils de classe sont dans trois semaines et je dois saisir les notes du trimestre avant.
L'administrateur du collège m'a dit que ça ne dépendait pas de lui.

Identifiant : anguyen12 - professeure de SVT au collège Jules-Ferry.

Merci,
Aurélie Nguyen"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Clara Benhamou <clara.b@mobilemail.example>",
         to="contact@eclat-cosmetiques.example",
         subject="Suppression de mon compte",
         body="""\
Bonjour, merci de supprimer mon compte client et toutes mes données (adresse mail ci-dessus).
Je ne trouve pas l'option dans l'appli. Merci de me confirmer par mail quand c'est fait.

Envoyé de mon iPhone"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Karim Haddad <karim@cuisine-et-lames.example>",
         to="pro@mandolix.example",
         subject="Réassort mandolines - ça part comme des petits pains",
         body="""\
Salut l'équipe Mandolix,

Depuis le passage de votre mandoline Pro V dans l'émission de cuisine du dimanche, nos ventes
pètent le feu : 60 pièces parties en dix jours, il en reste 4 en rayon. Franchement, c'est une
tuerie, les clients reviennent pour en acheter une deuxième à offrir.

Deux questions :
1. Quel délai pour un réassort de 100 pièces, et est-ce que la remise de 12 % s'applique dès
   ce volume ?
2. On meurt d'envie de tester le nouveau modèle avec lames interchangeables. Vous avez des
   échantillons démo pour les revendeurs ?

Merci et bravo !
Karim
Cuisine & Lames - Nantes"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sophie Lacombe <sophie.lacombe@boitemail.example>",
         to="bonjour@eclat-cosmetiques.example",
         subject="Masque SOS Cheveux Brûlés en rupture ?",
         body="""\
Bonjour,

Je cherche le masque « SOS Cheveux Brûlés » en format 500 ml, il est en rupture sur votre site
depuis un mois. Est-ce qu'il va revenir, ou est-ce qu'il est arrêté ? Sinon, lequel me
conseillez-vous pour des cheveux abîmés par le lisseur ?

Merci beaucoup,
Sophie"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Hugo Lefebvre <hugo.lefebvre@cabinet-lefebvre-avocats.example>",
         to="support@signa-cloud.example",
         subject="Re: Incident en cours - interruption du service de signature",
         body="""\
Merci pour l'information et pour le suivi.
De notre côté tout est rentré dans l'ordre depuis hier soir, les trois actes en attente sont
bien partis à la signature. Bonne journée à toute l'équipe.

Hugo Lefebvre

Le mar. 10 nov. 2026 à 14:37, Support Signa <support@signa-cloud.example> a écrit :
> Bonjour,
>
> Nous rencontrons actuellement une panne de notre service de signature électronique.
> Les enveloppes ne peuvent pas être envoyées et les liens de signature renvoient une erreur 503.
> Nos équipes travaillent au rétablissement du service, nous vous tiendrons informé.
>
> L'équipe Signa"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Mathieu Roussel <m.roussel@agence-pixelnord.example>",
         to="ventes@deploykit.example",
         subject="Questions avant de passer au plan Business",
         body="""\
Bonjour,

Nous envisageons de passer notre agence (12 développeurs) du plan gratuit au plan Business.
Avant de signer, quelques questions :

- Que se passe-t-il si un prélèvement échoue ? Coupez-vous les builds immédiatement, ou y a-t-il
  un délai de grâce ?
- Avez-vous un engagement de disponibilité (SLA) en cas de panne, et des pénalités ?
- Le remboursement au prorata est-il possible si on redescend en plan gratuit en cours d'année ?
- Les tokens d'API peuvent-ils être limités à un seul projet ?

Merci d'avance,
Mathieu Roussel
Responsable technique, Pixel Nord"""),

    dict(n=22, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Bernard Aubry <bernard.aubry@transports-aubry.example>",
         to="informatique@transports-aubry.example",
         subject="mot de passe sur un fichier excel",
         body="""\
Salut Kevin,

Comment je fais pour mettre un mot de passe sur un fichier Excel avant de l'envoyer au cabinet
comptable ? C'est le tableau des primes de fin d'année, je ne veux pas qu'il traîne en clair.
J'ai Office 2021 sur le portable.

Merci,
Bernard"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Lucie Perrin <lucie.perrin@mutuelle-horizon.example>",
         to="helpdesk@mutuelle-horizon.example",
         subject="Boîte partagée compta@ absente d'Outlook",
         body="""\
Bonjour,

Depuis mardi, la boîte partagée compta@ n'apparaît plus dans mon Outlook sur le PC (elle a
disparu de la colonne de gauche). En passant par le webmail je la vois et je peux y répondre
normalement, donc je me débrouille comme ça pour l'instant.

Mes deux collègues du service ont le même souci. Pouvez-vous regarder quand vous aurez un
moment ?

Merci,
Lucie Perrin - Service comptabilité, 2e étage"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Yannick Morel <y.morel@relationclient-atlantique.example>",
         to="support@voxcentre.example",
         subject="Aucun conseiller ne peut se connecter au softphone",
         body="""\
Bonjour,

Cette nuit vous avez appliqué la nouvelle politique de mots de passe sur notre tenant
(contrat VC-2024-0188). Depuis l'ouverture à 8 h, aucun de nos 210 conseillers sur les sites
de Nantes et de Saint-Nazaire ne peut se connecter au softphone : le mot de passe est refusé,
et le lien « mot de passe oublié » renvoie vers une page qui tourne dans le vide.

Le serveur vocal continue de prendre les appels, donc les clients attendent en file : plus de
400 appels en attente à 8 h 30, temps d'attente annoncé 45 minutes. Nous avons un contrat avec
une compagnie d'assurance qui nous pénalise au-delà de 3 minutes.

Merci de rétablir l'accès ou de revenir à l'ancienne politique immédiatement, et de m'appeler.

Yannick Morel
Responsable de plateau, Relation Client Atlantique"""),
]
