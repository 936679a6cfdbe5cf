# blind22 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Delphine Marchetti <d.marchetti@orange-mail.example>",
         to="location@skiarolles.example",
         subject="Semelles chauffantes louées hier – ma fille a une cloque sous le pied",
         body="""\
Bonjour,

Nous avons loué hier matin chez vous trois paires de chaussures avec semelles
chauffantes (contrat n° LOC-24-08817, au nom de Marchetti).

En fin de journée, ma fille de 9 ans s'est plainte d'avoir très chaud au pied
gauche. Quand nous avons enlevé la chaussure, elle avait une grosse cloque rouge
sous la voûte plantaire, à peu près de la taille d'une pièce de deux euros, et la
peau tout autour était blanche et gonflée. Elle a pleuré toute la soirée.

Le petit boîtier de la batterie, fixé à l'arrière de la chaussure, était si chaud
que mon mari n'a pas pu le garder dans la main plus de deux secondes. Il y avait
aussi une odeur de plastique chaud dans le sac de ski.

Nous avons retiré la batterie et laissé les chaussures dehors sur le balcon ; nous
ne les remettrons pas. Que devons-nous faire de ce matériel ? Les deux autres paires
sont du même lot, pouvez-vous les vérifier aussi ?

Delphine Marchetti
06 39 98 41 22"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucie Ferrand <lucie.ferrand@free-box.example>",
         to="contact@lavomatic-tanneurs.example",
         subject="Séchoir n°4 – rue des Tanneurs",
         body="""\
Bonsoir,

Je suis cliente de votre laverie de la rue des Tanneurs (carte fidélité 55120).
Ce soir vers 19 h, le séchoir n°4 faisait des petits crépitements secs derrière la
façade, comme du papier froissé. Quand j'ai ouvert la porte pour sortir mon linge
et que j'ai touché le tambour, j'ai senti des fourmillements qui sont remontés
jusqu'au coude, et mon bras est resté engourdi une bonne dizaine de minutes. Ça
sentait le câble chaud.

Un monsieur a ouvert le n°4 juste après moi et a eu exactement la même chose.
J'ai scotché un papier « NE PAS UTILISER » sur la porte, mais il n'y a personne sur
place le soir et les gens continuent à venir.

Lucie Ferrand"""),

    dict(n=3, signals="safety", priority="critical", trap="symptom", qt=0, reply=0,
         frm="Olivier Garnier <o.garnier@sfr-mail.example>",
         to="sav@ramonage-duval.example",
         subject="URGENT – le détecteur de monoxyde sonne depuis le ramonage",
         body="""\
Madame, Monsieur,

Votre ramoneur est passé jeudi pour le conduit de notre poêle à granulés
(intervention n° RAM-5521). Il a démonté le coude à l'arrière du poêle pour le
nettoyer.

Depuis, le détecteur de monoxyde de carbone du salon se déclenche deux ou trois fois
par soirée. Hier soir, ma mère (78 ans) a eu un vertige et a dû s'asseoir par terre,
et nous avons tous mal à la tête depuis samedi. J'ai éteint le poêle et ouvert les
fenêtres, nous dormons chez ma sœur cette nuit.

Je pense que le conduit a été mal remonté. C'est dangereux, il faut que quelqu'un
vienne aujourd'hui. Je suis joignable au 06 39 98 56 03.

Olivier Garnier
12, chemin des Ajoncs, Plérin"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Isabelle Nguyen <isabelle.nguyen@webmail.example>",
         to="support@biolab-analyses.example",
         subject="Je vois les résultats d'une autre patiente dans mon espace",
         body="""\
Bonjour,

En me connectant ce matin à mon espace patient pour récupérer ma prise de sang de
lundi, j'ai trouvé dans « Mes comptes rendus » un deuxième document : le bilan
complet d'une certaine Mme Josiane P., née en 1961, avec son adresse, son numéro de
sécurité sociale, le nom de son médecin et tous ses résultats (glycémie, sérologies,
etc.). Je ne connais pas cette personne.

Je n'ai rien téléchargé ni transmis, mais je me demande si, à l'inverse, mes propres
résultats sont visibles chez quelqu'un d'autre. Merci de me dire ce que vous faites
et de prévenir cette dame.

Isabelle Nguyen
Dossier n° 2024-118-4471"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="GAEC du Haut-Varin <gaec.hautvarin@agri-mail.example>",
         to="assistance@froid-laitier.example",
         subject="Tank à lait – la température monte",
         body="""\
Bonjour,

Notre tank à lait de 6 000 L (modèle TL-6000, n° de série 18-4471) ne refroidit
plus depuis la traite de ce matin. Le compresseur démarre, tourne une minute puis
s'arrête, et l'afficheur indique 11,4 °C alors qu'on doit être à 4.

Il y a environ 5 200 litres dedans. Le camion de la laiterie passe demain à 6 h et
refusera tout ce qui est au-dessus de 8 °C. La traite du soir est dans trois heures
et on ne saura pas où mettre le lait.

Merci de nous rappeler au plus vite au 03 53 01 27 90.

Jean-Baptiste Roussel"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Service remontées Valfrène <remontees@valfrene-station.example>",
         to="hotline@skipass-systemes.example",
         subject="Portiques Combes et Lac – aucun forfait ne passe",
         body="""\
Bonjour,

Depuis l'ouverture à 8 h 45, aucun forfait ne passe aux portiques du télésiège des
Combes ni à ceux du téléski du Lac : voyant rouge et message « titre inconnu », même
pour des forfaits saison achetés en novembre. Our seasonal staff say the handheld
scanners show the same error.

On a ouvert les portillons et on contrôle à l'œil, mais il y a environ 400 personnes
dans la file et l'école de ski démarre ses cours à 9 h 30. Les ventes en caisse
centrale se font normalement.

Merci de nous appeler sur la ligne d'astreinte, 04 65 71 30 12.

Mathieu Rey, chef d'exploitation"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Karim Benali <karim.benali@autoecole-gare.example>",
         to="support@conduiteplan.example",
         subject="Application Moniteur bloquée au démarrage",
         body="""\
Bonjour,

Depuis la mise à jour d'hier soir, l'application Moniteur reste bloquée sur le logo
de l'auto-école avec la petite roue qui tourne. J'ai désinstallé, réinstallé,
redémarré le téléphone : pareil.

Résultat, je n'ai plus mes élèves ni mes heures de conduite de la journée, et les
élèves ne peuvent pas signer leur feuille de leçon. Mes collègues sur iPhone n'ont
pas le souci, moi je suis sur Android 14 (Samsung A54).

Karim Benali
Auto-école de la Gare, Tours"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Gérard Pons <gerard.pons.fromages@laposte-mail.example>",
         to="support@terminal-marche.example",
         subject="TPE : le sans contact passe, la puce non",
         body="""\
Bonjour,
sur mon terminal (n° 77-MX-3012) le sans contact passe sans souci, mais dès qu'un
client insère sa carte, ça affiche « carte muette » au bout de 20 secondes. Au-delà
de 50 € je suis obligé de demander des espèces ou un chèque. J'ai le marché de
Lunel samedi, une idée ?
Gérard Pons, fromages affinés"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Amandine Le Goff <amandine.legoff@bzh-mail.example>",
         to="aide@cantineplus.example",
         subject="Appli cantine – page blanche depuis mardi",
         body="""\
Bonjour,

Est-ce normal que l'application Cantine+ affiche une page blanche depuis mardi ?
Je n'arrive plus à recharger le compte repas de mes deux enfants (école
Jules-Ferry, Saint-Brieuc), ni à réserver les repas de la semaine prochaine, alors
que la date limite est vendredi midi. Sur l'ordinateur c'est pareil : la page reste
blanche juste après la connexion.

Merci,
Amandine Le Goff"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Nathalie Vasseur <n.vasseur@messagerie.example>",
         to="service-client@optilentilles.example",
         subject="Abonnement lentilles prélevé deux fois en mars",
         body="""\
Bonjour,

Je suis abonnée à vos lentilles journalières (abonnement n° LENS-30418, deux boîtes
de 90 tous les trois mois). Mon relevé bancaire montre deux prélèvements de 89,70 €
le 3 mars, à quatre minutes d'écart, alors que je n'ai reçu qu'un seul colis.

Pouvez-vous me rembourser le second ?

Cordialement,
Nathalie Vasseur"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Sandrine Okafor <sandrine.okafor@infi-mail.example>",
         to="paie@soins-domicile-horizon.example",
         subject="Virement de février non reçu",
         body="""\
Bonjour,

Je me permets de vous écrire car je travaille comme infirmière en vacation pour
votre agence de soins à domicile depuis septembre (matricule IDE-2291), sur le
secteur de Pessac et Talence. Je voulais d'abord vous dire que la nouvelle
application de tournées est bien plus claire que l'ancienne, les patients
apprécient aussi de recevoir l'heure de passage par SMS.

Par contre, d'habitude mon virement arrive le 1er du mois. Nous sommes le 6 et je
n'ai toujours rien reçu pour mes 68 heures de février, soit 2 312 € d'après le
relevé d'activité validé par Mme Carrel. Mon propriétaire attendait le loyer le 5 et
m'a déjà relancée ce matin, et j'ai le prélèvement de mon crédit auto le 10.

Pouvez-vous me dire si le virement est parti et, sinon, s'il peut être fait
aujourd'hui ? Je joins mon RIB au cas où il y aurait eu une erreur de saisie.

Merci d'avance,
Sandrine Okafor
06 39 98 62 10"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Pascal Aubertin <p.aubertin@campagne-net.example>",
         to="facturation@bois-du-morvan.example",
         subject="Facture bois de chauffage n° F-2024-1187",
         body="""\
Bonjour,

Est-ce normal que ma facture mentionne 6 stères de chêne à 95 € alors que votre
chauffeur en a livré 4 (bon de livraison signé, je l'ai en photo) ? Le montant
prélevé est de 570 € au lieu de 380 €.

Merci de corriger la facture et de me rembourser la différence.

Bien à vous,
P. Aubertin"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Roland Vuillet <roland.vuillet@peche-doubs.example>",
         to="support@cartepeche-appli.example",
         subject="Petite question sur les frais",
         body="""\
Bonjour, j'ai pris ma carte de pêche annuelle via votre appli, 96 € plus 1,50 € de
« frais de service ». Rien de grave, c'est par curiosité : ça correspond à quoi, et
est-ce qu'on les évite en passant chez un dépositaire ? Merci, Roland"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Claire Moreau <claire.moreau@fai-ouest.example>",
         to="support@equireserve.example",
         subject="Compte bloqué – réservation des reprises",
         body="""\
Bonjour,

Mon compte cavalier sur le portail du centre équestre des Tilleuls est bloqué
depuis hier soir après plusieurs essais de mot de passe (le clavier était resté en
majuscules, je pense). Le message dit de contacter le support.

Je ne peux plus réserver ma reprise du mercredi ni celle de mon fils.
Identifiant : c.moreau.tilleuls

Merci de le débloquer,
Claire Moreau"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Hervé Dumas <herve.dumas@rhone-net.example>",
         to="aide@rdv-dentaire.example",
         subject="Code de vérification jamais reçu",
         body="""\
Bonjour,

Pour prendre rendez-vous chez mon dentiste (cabinet du Dr Haddad, Villeurbanne) sur
votre site, on me demande un code par SMS. Je l'ai redemandé cinq fois depuis ce
matin et rien n'arrive. Le numéro est bien le 06 39 98 07 15, le même que dans mon
compte, et je reçois les autres SMS normalement.

Comment je fais pour me connecter ?
Hervé Dumas"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Emily Carter-Blanchard <emily.carterb@mailbox.example>",
         to="support@petitspas-app.example",
         subject="Profil parent disparu de l'appli de la crèche",
         body="""\
Bonjour,

Sorry for my French, I will try my best. Depuis que notre fils Léo est passé chez
les « moyens » à la crèche Les Petits Pas, mon profil de parent a disparu de
l'application : quand je me connecte, il est écrit « aucun profil associé à ce
compte ». Mon mari a toujours accès, mais moi je ne vois plus le cahier de
liaison, les photos ni les messages des auxiliaires.

Nous n'avons rien supprimé nous-mêmes. Could you please restore my profile?

Merci beaucoup,
Emily"""),

    dict(n=17, signals="account", priority="low", trap="payment", qt=1, reply=1,
         frm="Martine Girard <m.girard@laposte-mail.example>",
         to="reservations@coussinets.example",
         subject="Re: Votre réservation en pension – Filou (chat)",
         body="""\
Bonjour,

Merci pour la confirmation. Petite question à part : comment est-ce que je change
l'adresse e-mail de mon compte client ? J'utilise maintenant celle-ci et plus
l'ancienne (martine.girard@vieux-fai.example). Je ne trouve pas l'option dans
« Mon profil ».

Bonne journée,
Martine Girard

Le 12 juin 2024 à 09:14, Pension Les Coussinets <reservations@coussinets.example> a écrit :
> Bonjour Madame Girard,
>
> Nous confirmons la réservation de Filou du 2 au 16 août, chambre « Véranda ».
> Votre paiement par carte de l'acompte avait été rejeté par la banque le 10 juin ;
> nous avons relancé le prélèvement le 11 juin et il est passé. Aucune action
> n'est nécessaire de votre part.
>
> L'équipe des Coussinets"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Thomas Lejeune <thomas.lejeune@famille-lejeune.example>",
         to="location@port-ste-anne.example",
         subject="Re: Confirmation location bateau – samedi 20 juillet",
         body="""\
Parfait, merci !

Nous serons quatre adultes et deux enfants (7 et 10 ans). Est-ce qu'on peut
embarquer notre chienne, une petite bâtarde de 8 kg, très calme ?

À samedi,
Thomas Lejeune

-----Message d'origine-----
De : Capitainerie Port-Sainte-Anne <location@port-ste-anne.example>
Envoyé : mardi 16 juillet 2024 17:02
À : Thomas Lejeune
Objet : Confirmation location bateau – samedi 20 juillet

> Bonjour Monsieur Lejeune,
>
> Votre bateau sans permis « Goéland 5 » vous attend samedi à 9 h, ponton C.
> Gilets de sauvetage fournis pour tous, y compris en tailles enfant.
> En cas d'incendie à bord, de blessure ou de voie d'eau, appelez immédiatement
> la capitainerie au 02 61 91 44 08 (VHF canal 9).
>
> Bonne navigation !"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Scierie Vuillemin <contact@scierie-vuillemin.example>",
         to="sav@machines-bois-jura.example",
         subject="Merci pour l'intervention de ce matin",
         body="""\
Bonjour,

Un grand merci à Julien, votre technicien : la scie de tête était en panne depuis
lundi, il a remplacé la carte du variateur ce matin et tout est reparti du premier
coup. Ça nous a sauvé la semaine. Merci aussi pour le geste sur les frais de
déplacement.

Bien cordialement,
Annie Vuillemin"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Bernard Lachaume <b.lachaume@sologne-net.example>",
         to="magasin@traque-et-tir.example",
         subject="Disponibilité veste « Blackout » et lampe « Alerte 900 »",
         body="""\
Bonjour,

Avant de commander, je voudrais savoir si vous avez encore la veste de traque
Blackout Pro en XL, coloris orange fluo, et la lampe frontale Alerte 900 lumens.
Et la corne de battue « SOS Trompe », elle est livrée avec le cordon ?

Je passerai peut-être directement au magasin de Lamotte samedi.

Merci,
Bernard Lachaume"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sophie Blanc <s.blanc@distrirhone.example>",
         to="commercial@telemaintenance-vending.example",
         subject="Contrat de maintenance : les pannes du week-end sont-elles couvertes ?",
         body="""\
Bonjour,

Nous exploitons 35 distributeurs de boissons et de snacks dans des gares et des
hôpitaux de la région lyonnaise, et nous comparons des offres de télémaintenance.

- Votre contrat « Sérénité » couvre-t-il les pannes le week-end et les jours fériés ?
- Quel est le délai d'intervention garanti en cas de panne d'un monnayeur ou de
  coupure du réseau ?
- Les pièces détachées sont-elles incluses ?

Pourriez-vous nous envoyer une grille tarifaire ?

Cordialement,
Sophie Blanc
Acheteuse, DistriRhône"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Yann Le Bihan <yann@cidrerie-vieux-pressoir.example>",
         to="contact@etiquetage-pro.example",
         subject="Votre nouvelle étiqueteuse, c'est le feu !",
         body="""\
Salut l'équipe,

Petit retour après notre première semaine avec l'étiqueteuse LX-2. Franchement,
c'est le feu : 4 000 bouteilles de cidre brut étiquetées sans un seul pli.

Au salon de Caen samedi, notre stand a été pris d'assaut, j'ai failli faire une
crise cardiaque en voyant la file. Mon associé dit que l'ancienne machine, c'était
la mort ; celle-ci, c'est une bombe.

Bref, merci et à bientôt !
Yann, Cidrerie du Vieux Pressoir"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Florence Tanguy <florence@couleurs-carrelages.example>",
         to="sav@teintomix.example",
         subject="Machine à teinter : l'imprimante d'étiquettes ne sort plus rien",
         body="""\
Bonjour,

Sur notre machine à teinter (magasin de Quimper, machine n° TM-0942), les teintes
se font correctement et le dosage est bon, mais l'imprimante d'étiquettes intégrée
ne sort plus rien depuis ce matin (voyant orange fixe).

En attendant, on écrit les références au marqueur sur les pots, ça dépanne, mais
c'est pénible en pleine période de soldes. Pouvez-vous prévoir un passage cette
semaine ?

Merci,
Florence Tanguy
Couleurs & Carrelages"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Éric Palisse <e.palisse@imprimerie-palisse.example>",
         to="support@offset-services.example",
         subject="RE: Presse KX-52 – plieuse arrêtée (2e relance)",
         body="""\
Bonjour,

Deuxième relance, et toujours aucun rappel. La plieuse de notre presse est
toujours arrêtée sur l'erreur E-217, nous ne pouvons rien livrer.

Le bulletin municipal de Montreuil-Bellay (12 000 exemplaires) doit partir en
distribution ce soir à 18 h, sinon nous payons des pénalités de retard. Deux
opérateurs attendent à côté de la machine depuis ce matin.

Appelez-moi directement au 02 61 91 73 40.

Éric Palisse
Imprimerie Palisse

Le 4 mars 2024 à 08:12, Éric Palisse <e.palisse@imprimerie-palisse.example> a écrit :
> Bonjour,
> Depuis ce matin, la plieuse de la presse KX-52 s'arrête sur l'erreur E-217 dès
> qu'on lance un tirage. Plus rien ne sort plié. Pouvez-vous nous envoyer un
> technicien ?
> Éric Palisse"""),
]
