# blind42 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Céline Marchetti <celine.marchetti@laposte-mail.example>",
         to="sav@chauffelec.example",
         subject="Radiateur bain d'huile commande CE-778214 – prise fondue",
         body="""\
Bonjour,

J'ai acheté chez vous le radiateur bain d'huile 2000 W (commande CE-778214) pour la chambre de ma fille de 6 ans.

Cette nuit vers 2 h elle est venue nous réveiller parce que « ça sentait le plastique ». La fiche était brûlante, le plastique a fondu d'un côté et la prise murale est noircie tout autour. Le disjoncteur a sauté quelques secondes après qu'on l'a touchée.

On a tout débranché et sorti l'appareil sur le balcon. Ma fille n'a rien, mais son lit est à cinquante centimètres de ce radiateur.

J'ai deux autres radiateurs du même modèle achetés le même jour, dans le salon et dans la chambre du bébé. Est-ce que je peux les laisser branchés ? Est-ce que d'autres clients vous ont signalé la même chose ?

J'ai gardé l'appareil et je peux envoyer des photos de la prise.

Céline Marchetti
06 41 27 88 03"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thomas Régnier <t.regnier@orange-mail.example>",
         to="contact@lepanierdujour.example",
         subject="Box de mardi – mon fils a réagi au curry thaï",
         body="""\
Bonjour,

Nous sommes abonnés à vos box depuis plus d'un an, avec l'option « sans arachides » cochée dans notre profil parce que notre fils Hugo, 7 ans, y est allergique.

Mardi soir j'ai préparé la recette « curry thaï au poulet » de la box. Dix minutes après le repas, Hugo avait les lèvres qui gonflaient, des plaques rouges sur le cou, puis il s'est mis à tousser et à avoir du mal à respirer. Nous lui avons fait son stylo d'adrénaline et le SAMU l'a emmené aux urgences, où il a passé la nuit. Il va mieux aujourd'hui.

Le sachet de sauce était simplement marqué « sauce curry », sans liste d'ingrédients. Sur votre site, la fiche de cette recette indique pourtant « peut contenir : arachide ».

J'aimerais comprendre comment cette box a pu être envoyée chez nous, et que vous préveniez les autres familles qui ont la même option. Nous avons gardé le sachet et la facture.

Thomas Régnier
Abonné n° PJ-40218"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Josiane Perrot <josiane.perrot@free-mail.example>",
         to="service.client@banque-rhodanienne.example",
         subject="Paiements que je n'ai pas faits",
         body="""\
Madame, Monsieur,

En consultant mon compte ce matin, j'ai vu trois paiements par carte que je n'ai pas faits, tous dans la nuit de mercredi à jeudi :

- 249,90 € ELECTRO-PLANET ONLINE
- 249,90 € ELECTRO-PLANET ONLINE
- 87,00 € GIFTCARD-STORE.COM

Ma carte est dans mon porte-monnaie, je ne l'ai prêtée à personne et je n'ai jamais acheté sur ces sites. Je suis retraitée et c'est le compte sur lequel arrive ma pension.

J'ai essayé d'appeler le numéro au dos de la carte mais j'ai attendu quarante minutes sans avoir personne. Pouvez-vous bloquer cette carte et me rendre ces sommes ?

Je vous remercie par avance.

Josiane Perrot
Compte courant n° 00481 2275 903"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Karim Benali <karim.benali@mailbox.example>",
         to="gestion-sinistres@assurances-lumiere.example",
         subject="TR: Documents de votre client M. Benali",
         body="""\
Bonjour,

Je vous transfère le message ci-dessous, reçu hier soir d'une personne que je ne connais pas. Elle a trouvé dans SON espace client MON dossier de sinistre (dégât des eaux, dossier SIN-2026-114592) : copie de ma carte d'identité, mon RIB, les factures et les photos de mon appartement. Et visiblement je ne suis pas le seul.

Je veux savoir qui a reçu quoi exactement et ce que vous faites pour que ça s'arrête.

Karim Benali

---------- Message transféré ---------
De : Nadine Vasseur <n.vasseur@webmail.example>
Date : jeu. 10 déc. 2026 à 21:47
Objet : Documents de votre client M. Benali
À : <karim.benali@mailbox.example>

Bonsoir Monsieur,
Je suis moi aussi assurée chez Assurances Lumière. En téléchargeant mon avis d'échéance ce soir, j'ai reçu un PDF de 40 pages qui contient vos papiers (pièce d'identité, RIB, rapport d'expert) et ceux de plusieurs autres assurés. J'ai trouvé votre adresse dans le document et je préférais vous prévenir. Je leur écris aussi.
Bien cordialement,
Nadine Vasseur"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Stéphane Oger <s.oger@logistique-valdoise.example>",
         to="support@wmsflow.example",
         subject="URGENT – aucune mission sur les terminaux depuis 6 h",
         body="""\
Bonjour,

Depuis la prise de poste de 6 h, aucun de nos 38 terminaux de préparation ne reçoit de missions. L'écran reste sur « Synchronisation… » pendant une minute puis revient au menu principal.

Sur le portail web on voit bien les commandes du jour (environ 4 200 lignes), mais le bouton « Lancer la vague » tourne dans le vide. Nous avons redémarré les terminaux, les bornes Wi-Fi et le serveur local : aucun changement.

Concrètement, 38 préparateurs attendent sur les quais et le transporteur passe à 13 h 30 pour les livraisons des pharmacies de demain matin.

Merci de nous rappeler au plus vite au 01 34 62 90 17 (ligne directe exploitation).

Stéphane Oger
Responsable d'exploitation
Logistique Val-d'Oise – site de Saint-Ouen-l'Aumône"""),

    dict(n=6, signals="outage,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Hélène Caradec <direction@college-les-tilleuls.example>",
         to="assistance@ent-educ.example",
         subject="Connexion impossible à l'ENT pour tout le collège – brevet blanc à 10 h",
         body="""\
Bonjour,

Depuis 7 h 45 ce matin, ni les élèves ni les enseignants du collège ne peuvent se connecter à l'ENT. Après l'identifiant et le mot de passe, la page demande le code envoyé par SMS, et aucun SMS n'arrive. Nous avons essayé avec une dizaine de comptes différents (élèves, professeurs, vie scolaire, le mien) : même résultat partout.

Nous avons 612 élèves et 48 enseignants. Les élèves de 3e passent le brevet blanc à 10 h et les sujets de sciences ne sont déposés que dans l'ENT ; l'appel et les cahiers de textes passent aussi par là.

Pouvez-vous traiter notre demande en priorité ? Je suis joignable au secrétariat au 02 98 41 66 20.

Hélène Caradec
Principale
Collège Les Tilleuls – 12 rue de Kervern, 29200 Brest

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation, diffusion ou copie non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Manon Lefebvre <manon.lefebvre@traductions-ml.example>",
         to="assistance@fibreo.example",
         subject="Plus d'internet depuis samedi",
         body="""\
Bonjour,
Plus aucune connexion depuis samedi midi, voyant rouge fixe sur la box, débranchée/rebranchée 3 fois. Je suis traductrice et je travaille de chez moi, depuis trois jours je rends mes fichiers depuis un café avec le partage de connexion du téléphone.
Contrat FB-2291807, ligne 04 76 52 18 39. Quand pouvez-vous envoyer quelqu'un ?
Manon Lefebvre

Envoyé de mon téléphone"""),

    dict(n=8, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Julien Ferrand <julien@la-ruche-coworking.example>",
         to="support@deskbook.example",
         subject="Quelques retours sur notre compte La Ruche",
         body="""\
Salut l'équipe,

Quelques retours après un mois d'utilisation :

1. Est-ce qu'on peut mettre notre logo dans les e-mails de confirmation ? Pas pressé.
2. Depuis la mise à jour de jeudi dernier, les réservations de salles de réunion n'arrivent plus dans les agendas Google des membres. La réservation est bien créée dans Deskbook, mais rien côté agenda, du coup mardi deux équipes se sont retrouvées dans la même salle. En attendant on affiche le planning imprimé à l'accueil, ça tient mais c'est pas génial.
3. Vous avez une doc de l'API quelque part ? Notre dev aimerait y brancher les badges d'entrée.

Merci d'avance et bonne journée !

Julien Ferrand
Community manager – La Ruche Coworking, Nantes"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Rémi Kowalczyk <r.kowalczyk@sfr-mail.example>",
         to="appli@fidelite-marchebio.example",
         subject="Petit souci d'affichage dans l'appli",
         body="""\
Bonjour,

Rien de grave, mais depuis la dernière mise à jour de l'application, mon prénom et les noms de certains produits s'affichent avec des caractères bizarres : « Bonjour RÃ©mi », « CrÃ¨me fraÃ®che bio », etc.

Les points et les bons de réduction fonctionnent normalement, c'est juste l'affichage. Je vous le signale au cas où, je suis sur Android 14 (Pixel 7).

Bonne journée,
Rémi Kowalczyk"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Anne-Sophie Garnier <asgarnier@numericable-mail.example>",
         to="clients@energie-azur.example",
         subject="Question sur ma facture de novembre",
         body="""\
Bonjour,

J'ai bien reçu ma facture de novembre (n° FA-26-0918833), que je réglerai comme d'habitude par prélèvement. Je voudrais simplement comprendre deux lignes : « CTA » pour 3,12 € et « Accise sur l'électricité ». Elles n'apparaissaient pas séparément sur mes factures de l'an dernier. Est-ce un nouveau poste ou seulement une nouvelle présentation ?

Par ailleurs, est-il possible d'avoir le détail des consommations mois par mois sur la facture ?

Merci d'avance,
Anne-Sophie Garnier
Contrat 5500 1873 2264"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lucas Moreau <lucas.moreau@etu-univ.example>",
         to="relation-client@railexpress.example",
         subject="Billet Paris-Bordeaux débité deux fois",
         body="""\
Bonjour,

J'ai réservé un aller Paris–Bordeaux pour le 19 décembre (dossier QZKT4L). Au moment du paiement, la page a planté et m'a renvoyé au panier, donc j'ai payé une deuxième fois.

Je n'ai qu'un seul billet dans mon espace, mais mon compte a été débité deux fois de 67,40 €. Vous pouvez me rembourser le deuxième débit ? Je vous joins la capture de mon relevé.

Merci,
Lucas Moreau"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu@postmail.example>",
         to="service-client@modevilla.example",
         subject="remboursement retour commande 5521907",
         body="""\
Bonjour,

Je vous écris pour ma commande 5521907 (deux robes et un manteau, total 189,70 €) que j'ai retourné le 3 novembre par Colissimo. Le suivi dit que le colis est arrivé chez vous le 6 novembre.

Sur votre site c'est écrit que le remboursement est fait en 14 jours, mais aujourd'hui c'est plus que un mois et j'ai rien reçu sur ma carte. J'ai déjà écrit par le formulaire le 24 novembre mais j'ai eu aucune réponse.

Est-ce que vous pouvez vérifier s'il vous plaît ? C'est une grosse somme pour moi.

Merci beaucoup,
Ioana Popescu"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Patrick Delaunay <boulangerie.delaunay@wanadoo-mail.example>",
         to="support@paynovo.example",
         subject="Aucun virement depuis 12 jours !!",
         body="""\
Bonjour,

Ça fait 12 jours que je n'ai reçu aucun virement de votre part, alors que votre terminal continue d'encaisser les cartes de mes clients tous les jours. Sur le tableau de bord il y a juste écrit « Versements en attente – vérification », rien d'autre. Ça fait 8 430 € qui dorment chez vous.

Vendredi je dois payer mes deux salariés et le meunier, et mon compte pro est presque à zéro. J'ai envoyé tous les papiers demandés (Kbis, pièce d'identité, RIB) le 24 novembre.

Il me faut une réponse aujourd'hui, pas dans 48 h.

Patrick Delaunay
Boulangerie Delaunay – Angers

Envoyé de mon iPhone"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Geneviève Laurent <g.laurent@club-internet.example>",
         to="adherents@mutuelle-horizon.example",
         subject="Changement d'adresse e-mail de mon espace adhérent",
         body="""\
Bonjour,

Je vais bientôt fermer cette adresse e-mail et je souhaiterais que mon espace adhérent soit rattaché à ma nouvelle adresse : genevieve.laurent@monmail.example.

Puis-je faire ce changement moi-même depuis l'espace en ligne ? Si oui, dans quelle rubrique ? Je ne l'ai pas trouvée. Mon numéro d'adhérente est le 0047 8812.

Je vous remercie et vous souhaite une bonne journée.

Geneviève Laurent"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Martine Rousseau <martine.rousseau@aliceadsl.example>",
         to="aide@tirage-photo.example",
         subject="Lien de réinitialisation toujours expiré",
         body="""\
Bonjour,

Je n'arrive plus à me connecter à mon compte (martine.rousseau@aliceadsl.example). J'ai demandé trois fois « mot de passe oublié » : l'e-mail arrive bien, mais quand je clique sur le lien la page affiche « Ce lien a expiré », même quand je clique tout de suite.

J'ai essayé sur l'ordinateur et sur la tablette, même chose. Toutes mes photos de l'année sont dans ce compte et je voulais commander les calendriers pour la famille avant le 15 pour les avoir à Noël.

Pouvez-vous m'aider ?

Cordialement,
Martine Rousseau"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Enzo Fabre <enzo.fabre@gamer-mail.example>",
         to="support@nebulagames.example",
         subject="Code de double authentification – j'ai changé de téléphone",
         body="""\
Salut,

J'ai changé de téléphone la semaine dernière et j'ai pas pensé à transférer l'appli d'authentification avant de réinitialiser l'ancien. Du coup quand je me connecte à mon compte Nebula (pseudo Enz0_Fab), on me demande le code à 6 chiffres et je ne l'ai plus. Les codes de secours, je les ai pas notés non plus (je sais...).

Le compte est à mon nom et à cette adresse mail, je peux vous donner les 4 derniers chiffres de la carte utilisée pour mes achats si ça aide.

Vous pouvez désactiver la double authentification ou m'expliquer comment récupérer l'accès ?

Merci !
Enzo"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Claire Dubois-Nguyen <c.dubois@avocats-dubois.example>",
         to="support@signaturepro.example",
         subject="RE : [Ticket #58217] Compte verrouillé",
         body="""\
Bonjour,

Mes réponses ci-dessous. Je rappelle que la signature électronique de la cession de parts de notre client doit partir aujourd'hui avant 15 h : les trois signataires attendent le lien et, tant que je n'ai pas accès au compte, je ne peux rien envoyer.

Le 6 déc. 2026 à 07:05, Support SignaturePro <support@signaturepro.example> a écrit :
> Pour traiter votre demande, merci de nous préciser :
> - l'adresse e-mail utilisée pour la connexion ;
c.dubois@avocats-dubois.example
> - le message exact qui s'affiche ;
« Votre compte a été verrouillé suite à un nombre excessif de tentatives. Contactez l'administrateur de votre organisation. » Or l'administratrice, c'est moi, il n'y a personne d'autre dans l'organisation.
> - si vous avez toujours accès au téléphone enregistré pour la double authentification.
Oui, toujours le 06 71 28 45 93.

Bien cordialement,

Claire Dubois-Nguyen
Avocate associée
Cabinet Dubois & Associés – 8 place Bellecour, 69002 Lyon
Tél. 04 72 40 19 86

Ce courriel et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. S'il vous a été adressé par erreur, merci d'en informer l'expéditeur et de le détruire."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sabrina Cohen <sabrina.cohen@mailo-perso.example>",
         to="contact@studio-salsa-lyon.example",
         subject="Merci pour la soirée de samedi !!",
         body="""\
Coucou toute l'équipe,

Juste un petit mot pour vous dire que la soirée de samedi était une tuerie ! Le DJ a mis le feu du début à la fin, la piste était en feu, on a failli appeler les pompiers tellement c'était chaud. Et Karim et Léa nous ont tués avec leur démo, j'étais morte de rire quand ils ont fait exploser les ballons à la fin.

Mes deux copines qui venaient pour la première fois sont accros, elles veulent s'inscrire au cours débutant de janvier. Il reste de la place ?

Par contre moi je suis morte, j'ai les pieds en compote et des courbatures partout, le cours de ce soir va piquer.

Vous avez mis les photos en ligne quelque part ?

Bises et vivement la prochaine,
Sabrina"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Yves Le Gall <yves.legall@bretagne-net.example>",
         to="conseil@poeles-et-flammes.example",
         subject="Questions avant achat – poêle à bois Kalmar 8 kW",
         body="""\
Bonjour,

Nous hésitons à acheter le poêle Kalmar 8 kW pour notre longère. Quelques questions avant de commander :

- Peut-on y brûler des bûches de 50 cm ou faut-il les recouper ?
- Notre conduit de cheminée est ancien ; si la fumée refoule dans la pièce par vent d'ouest, proposez-vous un chapeau anti-refoulement ?
- La vitre reste-t-elle propre quand on laisse le feu couver toute la nuit, ou noircit-elle vite ?
- Si la pose est faite par vos installateurs, le premier ramonage et le détecteur de monoxyde sont-ils compris ?

Dernière chose : si le poêle ne convient pas une fois livré, quel est le délai pour le retour et le remboursement ?

Merci d'avance,
Yves Le Gall"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Olivier Mathieu <o.mathieu@cabinet-mathieu-expertise.example>",
         to="evenements@cyberpme.example",
         subject="Webinaire « Piratage et fuites de données » – replay ?",
         body="""\
Bonjour,

Je m'étais inscrit à votre webinaire de mardi, « Hameçonnage, rançongiciels, fuites de données : votre cabinet est-il prêt ? », mais un rendez-vous client de dernière minute m'a empêché d'y assister. Un replay est-il disponible ?

Le sujet nous intéresse de près : l'an dernier, un confrère s'est fait pirater sa messagerie et un faux RIB a été envoyé à tous ses clients, avec une fraude de plusieurs milliers d'euros à la clé. Nous voudrions sensibiliser nos six collaborateurs (mots de passe, double authentification, faux ordres de virement, pièces jointes piégées).

Proposez-vous aussi une session en intra pour un petit cabinet ? Si oui, à quel tarif ?

Bien cordialement,

Olivier Mathieu
Expert-comptable
Cabinet Mathieu Expertise – 27 rue de Vesle, 51100 Reims"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Didier Fontaine <didier.fontaine@neuf-mail.example>",
         to="livraison@electromenager-direct.example",
         subject="Report de la livraison du lave-linge – commande 40917733",
         body="""\
Bonjour,

La livraison de mon lave-linge est prévue le jeudi 17 entre 8 h et 12 h. Je dois malheureusement la décaler : j'ai eu un accident de vélo dimanche, fracture du poignet, et je sors tout juste de l'hôpital. Avec le plâtre, impossible d'aider à monter l'appareil au 3e sans ascenseur, ni de vider et débrancher l'ancien.

Pourriez-vous me proposer un créneau dans la semaine du 4 janvier ? Et l'enlèvement de l'ancienne machine sera-t-il toujours pris en charge gratuitement à cette date ?

Merci de votre compréhension,
Didier Fontaine
06 84 33 10 57"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Aurélie Besson <aurelie.besson@mail-perso.example>",
         to="support@citycar-partage.example",
         subject="Re: Compte suspendu après changement de carte",
         body="""\
C'est bon, j'ai pu réserver une voiture ce matin. Merci pour votre rapidité !

Bonne journée,
Aurélie

Le ven. 4 déc. 2026 à 16:05, Support CityCar <support@citycar-partage.example> a écrit :
> Bonjour Madame Besson,
> Nous avons réactivé votre compte. Vous pouvez de nouveau vous connecter et réserver.
> L'équipe CityCar
>
> Le jeu. 3 déc. 2026 à 08:41, Aurélie Besson <aurelie.besson@mail-perso.example> a écrit :
> > Bonjour, depuis que j'ai changé de carte bancaire, mon compte est bloqué : impossible
> > de me connecter, l'appli affiche « Compte suspendu, contactez le support ».
> > J'ai un rendez-vous médical lundi et j'ai besoin d'une voiture."""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Garage Martin <garage.martin@martin-auto.example>",
         to="support@diagmaster.example",
         subject="RE : RE : RE : DiagMaster ne démarre plus – licence DM-FR-20417",
         body="""\
Bonjour,

Quatrième mail en deux semaines, et toujours rien d'autre que votre accusé de réception automatique. Je commence sérieusement à perdre patience.

DiagMaster ne s'ouvre toujours pas sur le poste de l'atelier. Sans lecture des codes défaut, je renvoie mes clients chez le concessionnaire, et je continue à payer 89 € HT par mois pour un outil que je ne peux pas utiliser. Je veux l'appel d'un technicien aujourd'hui, pas un numéro de ticket de plus.

Franck Martin
Garage Martin Automobiles – 14 route de Dijon, 21800 Chevigny
03 80 47 12 65

Le mar. 8 déc. 2026 à 18:02, Garage Martin <garage.martin@martin-auto.example> a écrit :
> Deuxième relance. Toujours le même message au démarrage, toujours aucune réponse.
>
> Le jeu. 3 déc. 2026 à 09:15, Garage Martin <garage.martin@martin-auto.example> a écrit :
> > Je vous ai écrit lundi, sans nouvelles. Le logiciel ne se lance toujours pas.
> >
> > Le lun. 30 nov. 2026 à 17:46, Garage Martin <garage.martin@martin-auto.example> a écrit :
> > > Bonjour,
> > > Depuis la mise à jour de dimanche, DiagMaster affiche « Licence introuvable (code 0x1F4) »
> > > au démarrage puis se ferme. PC redémarré, logiciel réinstallé : même chose."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Laurence Picard <earl.picard@ferme-des-saules.example>",
         to="support@agricompta.example",
         subject="Export FEC en erreur",
         body="""\
Bonjour,

Je tiens la comptabilité de notre exploitation (EARL des Saules, élevage laitier, 90 vaches) sur AgriCompta. En voulant préparer l'export FEC de l'exercice 2026 pour notre expert-comptable, j'obtiens « Erreur 500 – export interrompu » à chaque tentative, sur nos deux ordinateurs. La saisie et les autres éditions (grand livre, balance) marchent normalement.

Ce n'est pas pressé : l'exercice se clôt au 31 décembre et le cabinet ne nous demande le fichier que pour fin février. Mais j'aimerais que ce soit réglé d'ici là.

Cordialement,

Laurence Picard
EARL des Saules – Le Bourg, 53120 Gorron"""),
]
