# blind12 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Camille Rousseau-Lenoir <camille.rl@maison-lenoir.example>",
         to="service.consommateurs@laitdouceur.example",
         subject="Lait 1er âge lot 24117B – ma fille vomit après chaque biberon",
         body="""\
Bonjour,

J'ai ouvert hier soir une nouvelle boîte de votre lait 1er âge (lot 24117B, à consommer
avant 03/2026). Depuis, ma fille Léonie (3 mois) a vomi quatre biberons sur cinq, en jet.
Ce matin elle est toute molle, elle ne réclame plus à manger et ses couches sont presque
sèches depuis la nuit. Elle a aussi des plaques rouges qui sont apparues sur le ventre et
dans le cou.

La poudre de cette boîte sent l'aigre et fait des grumeaux jaunâtres qui ne se dissolvent
pas, alors que la boîte précédente (même référence) n'avait rien de tout ça.

On part chez le pédiatre dans une heure. Pouvez-vous me dire tout de suite si d'autres
parents ont signalé ce lot, et ce que je dois apporter au médecin ? J'ai gardé la boîte,
le biberon et le ticket de caisse.

Camille Rousseau-Lenoir
06 39 98 41 27"""),

    dict(n=2, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Bertrand Quéméner <b.quemener@toile-armor.example>",
         to="aide@maisonconnectee.example",
         subject="Plusieurs questions sur l'appli + la prise du salon",
         body="""\
Bonjour,

J'ai installé vos prises connectées il y a trois semaines (pack de 4) et j'ai quelques
questions, désolé c'est un peu en vrac :

1) Peut-on renommer une prise sans la réinitialiser ? Quand je change « Prise 3 » en
« Bureau », le nom revient tout seul le lendemain.
2) Les statistiques de consommation s'arrêtent au 12 du mois, est-ce que c'est un
affichage mensuel glissant ou un bug ?
3) Est-ce que les programmations horaires passent à l'heure d'été automatiquement ?

Autre chose : la prise du salon, celle où est branché le radiateur d'appoint, fait depuis
deux jours un petit grésillement à chaque fois que le radiateur démarre. Hier soir il y
avait une odeur de plastique fondu dans la pièce, le boîtier blanc est devenu jaune-brun
sur un côté et il est mou quand on appuie dessus. La prise murale derrière est tellement
chaude que je ne peux pas laisser la main dessus plus de deux secondes, et le voyant
clignote orange sans que personne n'y touche. Je l'ai laissée branchée pour l'instant
parce que c'est ce qui chauffe la chambre du bébé la nuit.

4) Dernière question : la version 2.8 de l'appli arrive-t-elle bientôt sur Android ?

Merci d'avance,
Bertrand"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Sandrine Pelletier <s.pelletier@transports-pelletier.example>",
         to="fraude@carte-route.example",
         subject="Transactions inconnues sur nos cartes carburant – compte flotte 7730-221",
         body="""\
Bonjour,

Cette nuit, entre 1h12 et 4h50, neuf transactions ont été passées avec trois de nos
cartes carburant (n° se terminant par 0418, 0426 et 0433) dans des stations autour de
Perpignan, pour un total de 2 184,60 €. Or nos camions étaient tous stationnés au dépôt
de Tours, clés au coffre : c'est visible sur votre propre relevé GPS.

Personne chez nous n'a fait ces pleins. Je vous demande de bloquer immédiatement les
trois cartes, de contester ces opérations et de me dire si d'autres cartes du compte ont
été utilisées. Mes chauffeurs partent à 5h demain, il me faut des cartes de remplacement.

Sandrine Pelletier
Responsable flotte – Transports Pelletier
02 99 00 31 58"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Mohamed Benali <mohamed.benali@webmel.example>",
         to="gardiennage@logisduval.example",
         subject="Ascenseur bâtiment C – est-ce normal ?",
         body="""\
Bonjour,

Est-ce normal que l'ascenseur du bâtiment C (résidence Les Tilleuls) descende d'un coup
d'environ un demi-étage avant de s'arrêter à chaque trajet ? Ça fait une semaine, avec un
gros claquement métallique au moment où il retombe.

Ce matin Mme Ferreira, 84 ans, qui se déplace avec un déambulateur, est tombée dans la
cabine à cause de cette secousse. Elle a un gros hématome à la hanche et a eu du mal à se
relever. Les portes se referment aussi parfois sur les pieds sans se rouvrir.

Je trouve ça dangereux pour les personnes âgées et les enfants de l'immeuble. Quelqu'un
peut-il venir aujourd'hui ? En attendant j'ai scotché un mot dans le hall.

Mohamed Benali, 4e étage, appartement 42"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jérôme Vasseur <j.vasseur@logistique-brie.example>",
         to="support@scanflow.example",
         subject="Entrepôt de Meaux – plus aucun terminal ne récupère les listes depuis 6h",
         body="""\
Bonjour,

Depuis la prise de poste de 6h, aucun de nos 38 terminaux de scan ne récupère les listes
de préparation. L'écran reste bloqué sur « Connexion au serveur… ». Les préparateurs ne
peuvent ni scanner les emplacements ni valider les colis, donc rien ne sort.

On a déjà 1 200 commandes qui s'entassent sur les quais et les camions du transporteur de
10h vont repartir vides si ça continue. On a redémarré les bornes Wi-Fi et plusieurs
terminaux, sans effet. Notre équipe de 40 personnes attend les bras croisés.

Rappelez-moi dès que possible au 01 99 00 57 12.

Jérôme Vasseur, chef d'équipe
Site de Meaux – client n° SF-10447"""),

    dict(n=6, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Aurélie Marchetti <direction@creches-pomme.example>",
         to="support@petitpointage.example",
         subject="Aucune de nos équipes n'arrive à se connecter – 3 crèches",
         body="""\
Bonjour,

Depuis 7h30, aucune de nos 27 professionnelles n'arrive à se connecter à l'application
sur les tablettes de nos trois crèches (Les Lucioles, Les Petits Pas, Arc-en-Ciel). Le
code de vérification par SMS n'arrive jamais, ni sur les téléphones pro ni sur les
téléphones perso.

Résultat : impossible de pointer les arrivées des enfants, de consulter les fiches, de
voir qui est autorisé à venir chercher qui. On a ressorti des cahiers et on note tout à
la main, mais les parents reçoivent des alertes « enfant non arrivé » et nous appellent
en boucle.

Merci de traiter ça en priorité,
Aurélie Marchetti, directrice du réseau Pomme d'Api"""),

    dict(n=7, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Yannick Le Goff <yannick.legoff@kerlouan-net.example>",
         to="assistance@sat-horizon.example",
         subject="Panne totale de la connexion satellite depuis hier",
         body="""\
Bonjour,

Plus aucune connexion depuis hier 18h. L'antenne est alimentée, mais le routeur affiche
en boucle : "Disconnected – searching for satellites (obstruction: none)". J'ai tout
redémarré trois fois et vérifié les câbles.

Je suis en télétravail et ici il n'y a ni fibre ni 4G, donc je ne peux plus rien faire.
Client n° SAT-559102.

Yannick Le Goff"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@courriel-sud.example>",
         to="aide@billetscene.example",
         subject="Billets qui mettent une éternité à s'afficher",
         body="""\
Bonjour,

Est-ce normal que mes billets mettent deux à trois minutes à s'afficher dans l'appli, et
que parfois le QR code reste gris ? Ça fait ça depuis lundi, sur deux téléphones.

Le concert est samedi au Zénith (commande 88-41920). Le PDF reçu par mail s'ouvre, lui,
sans problème, donc au pire je l'imprimerai, mais j'aimerais bien savoir.

Merci, Léa"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Thomas Girard <thomas.girard@padel-mail.example>",
         to="support@clubresa.example",
         subject="Impossible de réserver un terrain depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour d'hier (version 5.2), l'appli se ferme dès que j'appuie sur
« Réserver » pour un terrain de padel. J'ai désinstallé et réinstallé, même chose. Je
ne peux plus réserver du tout, et le club ne prend plus les réservations par téléphone.

iPhone 13, iOS à jour. Membre n° 3310 au Padel Club des Berges.

Thomas"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Nadia Garnier <nadia.garnier@boite-perso.example>",
         to="cantine@mairie-villebois.example",
         subject="Cantine – mois de mars prélevé deux fois",
         body="""\
Bonjour,

Le prélèvement cantine de mars (62,40 €) apparaît deux fois sur mon relevé, le 5 et le 6
mars. Enfants : Nolan (CE2) et Inès (CP) Garnier, école Jean-Moulin, dossier famille
n° 2025-0893.

Pouvez-vous rembourser le doublon ? Je vous joins le relevé.

Cordialement,
Nadia Garnier"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Hugo Lemaire <hugo.lemaire@graphiste-libre.example>",
         to="paiements@missionia.example",
         subject="Virement de mes gains jamais arrivé – loyer à payer le 5",
         body="""\
Bonjour,

Le 28 mars, votre plateforme m'a indiqué « Virement envoyé » pour 1 480 € (missions
M-77120 et M-77154). Nous sommes le 3 avril et rien n'est arrivé sur mon compte. Ma
banque ne voit aucun virement entrant en attente. L'IBAN affiché dans mon profil est le
bon, je l'ai vérifié trois fois.

C'est ma seule rentrée du mois : mon loyer est prélevé le 5 et mon propriétaire m'a déjà
fait comprendre qu'il n'attendrait pas. Pouvez-vous me donner la référence du virement ou
le relancer aujourd'hui ?

Hugo Lemaire, graphiste freelance"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Isabelle Caron <isabelle.caron@famille-caron.example>",
         to="inscriptions@colos-grand-air.example",
         subject="Remboursement colonie annulée – toujours rien après 6 semaines",
         body="""\
Bonjour,

Vous avez annulé le séjour « Voile et kayak » de juillet (faute de participants, selon
votre mail du 14 février) auquel ma fille Manon était inscrite. Votre courrier promettait
un remboursement intégral de 690 € sous 14 jours.

Six semaines plus tard, je n'ai rien reçu, et votre service ne répond pas au téléphone.
Merci de me dire où en est ce remboursement (réservation n° CGA-24-3318).

Isabelle Caron"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gérard Lamy <gerard.lamy@orange-bleue.example>",
         to="contact@rechargeplus.example",
         subject="Petite question sur les frais de recharge",
         body="""\
Bonjour, en rechargeant 20 € sur la ligne de ma mère, j'ai vu 0,49 € de « frais de service »
en plus. Simple curiosité : c'est à chaque recharge, ou seulement quand on paie par carte ?
Merci !"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Pauline Ricard <pauline.ricard@tennis-mail.example>",
         to="support@clubresa.example",
         subject="Compte bloqué après trop de tentatives",
         body="""\
Bonjour,

J'ai tapé un mauvais mot de passe plusieurs fois hier soir et maintenant j'ai le message
« Compte verrouillé, contactez votre club ». Le TC Saint-Aubin me dit que ça ne dépend
pas d'eux et me renvoie vers vous.

J'ai un match de championnat par équipes dimanche et je dois réserver le court avant
vendredi. Pouvez-vous débloquer mon compte (adresse ci-dessus, licence 0791234) ?

Merci, Pauline Ricard"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="François Delmas <f.delmas@atelier-delmas.example>",
         to="pro@banque-horizon.example",
         subject="Re: Prélèvement rejeté – dossier 48213",
         body="""\
Bonjour Madame Arnaud,

Merci, tout est en ordre de ce côté-là.

En revanche, nouveau souci : depuis que j'ai changé de téléphone vendredi, je ne reçois
plus le code SMS pour me connecter à l'espace pro. Le numéro enregistré est pourtant le
même (06 39 98 22 10). J'ai demandé un nouvel envoi une dizaine de fois, rien. Je n'ai
donc plus accès au compte en ligne depuis quatre jours.

Que dois-je faire ?

François Delmas
Atelier Delmas – menuiserie

Le 12 mars 2025 à 10:14, Service Clients Pro <pro@banque-horizon.example> a écrit :
> Bonjour Monsieur Delmas,
>
> Le prélèvement URSSAF du 10/03 a été rejeté pour provision insuffisante au moment de sa
> présentation. Des frais de rejet de 20 € ont été appliqués ; nous les avons annulés à
> titre commercial et le créancier représentera le prélèvement.
>
> Bien cordialement,
> Chloé Arnaud, conseillère professionnels"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Véronique Moreau <vero.moreau@mail-perso.example>",
         to="aide@liseuse-plume.example",
         subject="Changer l'adresse e-mail de mon compte – l'ancienne n'existe plus",
         body="""\
Bonjour,

Mon compte liseuse est rattaché à mon ancienne adresse professionnelle
(v.moreau@cabinet-moreau.example), supprimée depuis que j'ai quitté le cabinet. Quand je
veux mettre ma nouvelle adresse, le lien de confirmation part sur l'ancienne, que je ne
peux plus lire.

J'ai environ 140 livres achetés sur ce compte, je ne veux pas en recréer un. Comment
faire pour prouver que c'est bien moi ? Je peux vous donner les derniers achats et la
carte utilisée (4 derniers chiffres 7781).

Véronique Moreau"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Étienne Bouvier <etienne.bouvier@mailo-test.example>",
         to="support@kinemouv.example",
         subject="Activer la double authentification ?",
         body="""\
Bonjour,

Comment active-t-on la validation en deux étapes sur mon compte dans l'appli ? Je ne
trouve pas l'option dans Réglages > Profil. Merci !

Étienne"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Annick Le Bihan <annick.lebihan@penn-mail.example>",
         to="devis@soleil-armor.example",
         subject="Devis panneaux solaires – maison à Saint-Brieuc",
         body="""\
Bonjour,

Mon voisin a le feu sacré depuis que vous lui avez posé ses panneaux : il me montre sa
production tous les soirs, à en mourir d'ennui. Du coup je me laisse tenter.

Maison de 1978, toit orienté sud-ouest, ardoise, environ 40 m² exploitables. Je voudrais
une idée de prix pour 6 kWc avec revente du surplus, sans que ça me coûte les yeux de la
tête. Ce n'est pas le feu, je vise l'an prochain, mais j'aimerais comparer avec un autre
installateur qui m'a fait une proposition à tomber par terre (dans le bon sens).

Pouvez-vous passer faire une visite en mai ?

Annick Le Bihan"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Julie Perrin <julie.perrin@nid-douillet.example>",
         to="info@roulebebe.example",
         subject="Re: Rappel volontaire – poussette Balade 3",
         body="""\
Bonjour,

Merci pour l'info. J'ai vérifié sous le siège : notre poussette porte le n° de série
BL3-2207-114, donc elle n'est pas dans la plage concernée d'après votre tableau.

Bonne journée,
Julie

-----Message d'origine-----
De : Roule Bébé <info@roulebebe.example>
Envoyé : lundi 3 mars 2025 09:02
Objet : Rappel volontaire – poussette Balade 3

> Chère cliente, cher client,
>
> Par précaution, nous rappelons les poussettes Balade 3 portant les numéros de série
> BL3-2301-000 à BL3-2309-999 : le frein arrière peut se desserrer en pente, ce qui
> présente un risque de chute pour l'enfant. Cessez d'utiliser la poussette et
> contactez-nous pour un échange gratuit."""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Famille Lebrun <lebrun.famille@maison-net.example>",
         to="contact@couverture-rivet.example",
         subject="Merci pour l'intervention d'hier",
         body="""\
Bonjour,

Juste un mot pour remercier Karim et son collègue. Après la tempête de dimanche, l'eau
dégoulinait dans la chambre du petit et on était franchement paniqués ; ils ont bâché et
remplacé les ardoises arrachées en deux heures. Plus une goutte cette nuit.

Vous pouvez clôturer le dossier, la facture a été réglée ce matin.

Famille Lebrun"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Michel Aubry <michel.aubry@theatre-fan.example>",
         to="billetterie@theatre-des-quais.example",
         subject="Échange de billets – « Incendies », 14 mai",
         body="""\
Bonjour,

J'ai deux places en corbeille pour « Incendies » le mercredi 14 mai, mais ma fille a un
examen ce jour-là. Est-il possible de les échanger contre la représentation du samedi
17, ou à défaut de les revendre via votre bourse aux billets ? Quelles sont vos
conditions et y a-t-il des frais ?

Merci d'avance,
Michel Aubry"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="La Lettre de Courtage Plus <newsletter@courtageplus.example>",
         to="contact@cabinet-durand.example",
         subject="La Lettre de mars : dégâts des eaux, comptes piratés et vacances sereines",
         body="""\
LA LETTRE DE COURTAGE PLUS – Mars 2025

• Dégâts des eaux : les 5 réflexes à avoir avant d'appeler votre assureur
• Compte en ligne piraté, carte bancaire fraudée : ce que couvre (ou pas) votre
  assurance cyber
• Assurance voyage : annulation, rapatriement, franchise… on vous explique tout
• Chien ou chat : pourquoi les frais vétérinaires explosent en 2025

WEBINAIRE jeudi 20 mars, 12h30 : « Incendie, vol, catastrophe naturelle : bien lire son
contrat habitation ». Inscription gratuite sur notre site.

Vous recevez cette lettre car vous êtes client de Courtage Plus.
Se désinscrire : courtageplus.example/desinscription"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sophie Nguyen <sophie@studio-nguyen.example>",
         to="support@factulink.example",
         subject="Liens de paiement – erreur sur Safari uniquement",
         body="""\
Bonjour,

Depuis hier, quand je génère un lien de paiement pour une facture depuis Safari (Mac),
j'obtiens : "Error 502 – link_generation_failed. Please try again later." Sur Chrome ça
passe, donc je m'en sors en changeant de navigateur, mais c'est pénible et mes trois
collègues ont le même réflexe Safari.

Compte Studio Nguyen, formule Pro. Vous êtes au courant ?

Sophie"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Olivier Marchand <o.marchand@free-courriel.example>",
         to="reservations@camping-cars-evasion.example",
         subject="RE: Remboursement caution – location camping-car n° CC-20931",
         body="""\
Bonjour,

Troisième relance, toujours sans réponse. La caution de 1 500 € n'est pas revenue sur ma
carte, trois semaines après la restitution du véhicule.

J'ai besoin de cette somme pour le dépôt de garantie de mon nouvel appartement, à verser
au plus tard vendredi. Je vous demande une réponse aujourd'hui, faute de quoi je contesterai
l'opération auprès de ma banque.

Olivier Marchand
06 39 98 70 05

Le 2 avril 2025 à 18:40, Olivier Marchand <o.marchand@free-courriel.example> a écrit :
> Bonjour,
> Je reviens vers vous : la caution n'est toujours pas débloquée. Merci de me tenir au
> courant.
>
> Le 25 mars 2025 à 09:05, Olivier Marchand <o.marchand@free-courriel.example> a écrit :
> > Bonjour,
> > Nous avons rendu le camping-car hier à 17h à l'agence d'Annecy, état des lieux signé
> > sans réserve par votre agent. Pouvez-vous confirmer la libération de la caution ?"""),
]
