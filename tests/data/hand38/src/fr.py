# blind39 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lemaire <sandrine.lemaire@courriel-ouest.example>",
         to="service.client@vallier-cuisine.example",
         subject="Autocuiseur Rapido 6 L - couvercle",
         body="""\
Bonjour,

Je vous écris un peu tard, excusez-moi, la nuit a été longue.

Hier soir j'ai fait un pot-au-feu dans l'autocuiseur Rapido 6 L acheté chez vous en septembre (commande 2026-0915-4471). La soupape tournait normalement. Au bout d'une vingtaine de minutes le couvercle s'est soulevé d'un coup alors qu'il était encore verrouillé, et la vapeur et le bouillon sont partis vers le plan de travail. Ma fille de 11 ans était à côté, elle a tout pris sur l'avant-bras et le bas du cou.

On a passé la nuit au CHU. Elle a des cloques sur une bonne partie du bras, ils veulent la revoir jeudi pour refaire les pansements. Elle est surtout très choquée.

Le joint est celui d'origine, je n'ai rien démonté. J'ai laissé l'autocuiseur tel quel sur le balcon, avec le couvercle, et j'ai pris des photos. Je ne sais pas si je dois vous le renvoyer ou si quelqu'un doit venir le voir.

Je voudrais aussi savoir si d'autres personnes ont eu la même chose : ma soeur a exactement le même modèle.

Sandrine Lemaire
06 71 42 88 09"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Ferrand <julien.ferrand@laposte-perso.example>",
         to="contact@pharmacie-duparc-enligne.example",
         subject="Commande n° 88213 - Mme Odette Ferrand",
         body="""\
Bonjour,

Ma grand-mère, Mme Odette Ferrand, 84 ans, a reçu le 30 novembre sa commande n° 88213 passée sur votre site avec le renouvellement de son ordonnance. L'ordonnance indique lévothyroxine 25 microgrammes. Dans le sachet il y avait des boîtes de 200 microgrammes. Elle ne voit plus très bien et elle a pris un comprimé par jour, comme d'habitude.

Depuis samedi elle avait le coeur qui battait très vite et elle ne dormait plus. Cette nuit elle est tombée dans la salle de bains en se relevant. Les pompiers l'ont emmenée et elle est gardée en observation. C'est l'infirmière du service qui a regardé la boîte.

Je vous joins la photo de l'ordonnance et celle de la boîte. Pouvez-vous vérifier comment c'est arrivé ? Il y avait deux autres traitements dans le même colis et je ne sais plus du tout à quoi me fier.

Merci de me rappeler au 06 12 57 30 94.

Julien Ferrand (petit-fils)"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thomas Garnier <t.garnier@fibre-maison.example>",
         to="contact@chauffage-dubreuil.example",
         subject="visite entretien chaudière de mardi",
         body="""\
Bonjour,
Votre technicien est passé mardi pour l'entretien annuel de la chaudière (contrat 5521-B, M. Garnier, 12 allée des Tilleuls à Rezé).
Depuis ça sent le gaz dans la cuisine, surtout le matin quand le chauffage se relance. Au début on a cru que c'était le produit de nettoyage. Ce matin les deux petits se sont réveillés avec mal à la tête et le grand a vomi.
On a fermé le robinet au compteur et on est chez ma mère pour l'instant, mais on ne peut pas y rester longtemps.
Est-ce que quelqu'un peut passer aujourd'hui ? Je peux laisser la clé à la voisine du dessous.
Merci
Thomas Garnier
07 88 14 52 30

Envoyé de mon iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="data", qt=0, reply=0,
         frm="Maxime Delattre <maxime.delattre59@messagerie.example>",
         to="support@lunastudio-jeux.example",
         subject="compte Arkheon - je n'ai plus accès",
         body="""\
Salut,

Hier vers 23h j'ai reçu trois mails de votre part à la suite : "Nouvelle connexion depuis Jakarta, Indonésie", puis "Votre adresse e-mail a été modifiée", puis "La double authentification a été désactivée". Moi j'étais chez moi à Lille, en train de m'endormir.

Depuis, impossible de me connecter : le mot de passe est refusé et la récupération part sur une adresse que je ne connais pas (k***9@...). Sur le site communautaire je vois que mon perso a été vidé, tout l'inventaire est en vente à l'hôtel des ventes, y compris des skins que j'avais payés avec ma carte.

Pseudo : Valkhor_59 / ID joueur 4471-0932-18
Je peux vous envoyer les factures de mes achats et une pièce d'identité si besoin.

Merci de geler le compte avant qu'il revende le reste.

Maxime Delattre"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Karim Benali <k.benali@lrd-logistique.example>",
         to="support@stockflow-wms.example",
         subject="Entrepôt de Saint-Quentin-Fallavier - aucune étiquette depuis 5h",
         body="""\
Bonjour,

Depuis la prise de poste de 5h, nos terminaux de préparation restent sur « synchronisation en cours… » et plus aucune étiquette transporteur ne sort des imprimantes. Les 14 préparateurs de l'équipe du matin sont à l'arrêt.

À 7h20 nous avons 1 240 commandes en attente de préparation et 380 colis déjà filmés sur le quai, sans étiquette. Le premier camion passe à 13h30, le second à 16h. Si rien ne part aujourd'hui, ce sont les réassorts de trois enseignes qui ne seront pas en rayon demain matin.

Nous avons redémarré le serveur local, les bornes Wi-Fi et deux terminaux, sans changement. L'équipe d'après-midi arrive à 13h.

Merci de nous rappeler sur la ligne d'astreinte : 04 74 95 20 61.

Karim Benali
Responsable d'exploitation
LRD - Logistique Rhône Distribution, site de Saint-Quentin-Fallavier"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr Claire Vasseur <c.vasseur@imagerie-remparts.example>",
         to="hotline@pixelmed-solutions.example",
         subject="Imagerie des Remparts : aucun examen ne remonte sur les consoles",
         body="""\
Bonjour,

Depuis 8h10, les examens réalisés au scanner et à l'IRM n'arrivent plus sur les consoles de lecture ni dans le dossier patient. Côté manipulateurs l'envoi part normalement, mais rien ne s'affiche chez les radiologues. Nous sommes trois radiologues ce matin et aucun de nous ne peut interpréter ni valider un compte rendu.

À l'heure où j'écris, 26 patients attendent sur nos deux sites (Remparts et Clinique Saint-Roch), dont deux patients hospitalisés en chirurgie à Saint-Roch pour lesquels l'équipe attend notre résultat avant de décider d'opérer. Les secrétaires commencent à décaler les rendez-vous de l'après-midi.

Nous n'avons rien modifié de notre côté depuis hier soir.

Merci de nous appeler directement au 05 45 38 71 02 (poste 14).

Dr Claire Vasseur
Radiologue associée - SELARL Imagerie des Remparts"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Hélène Marchetti <helene.marchetti@traductions-hm.example>",
         to="assistance@fibrea-telecom.example",
         subject="Plus d'internet ni de téléphone depuis samedi - client 7730418",
         body="""\
Bonjour,

Je suis traductrice indépendante et je travaille seule, chez moi. Depuis samedi matin la box affiche un voyant rouge qui clignote et je n'ai plus du tout internet ni de ligne fixe.

J'ai fait toutes les manipulations de votre assistant en ligne : redémarrage, débranchement du boîtier fibre, réinitialisation complète. Rien n'y fait.

Votre serveur vocal me propose un technicien le 16 décembre. Ce n'est pas possible pour moi : je livre des traductions tous les jours, je tiens depuis samedi avec le partage de connexion de mon téléphone et mon forfait sera épuisé demain.

Pouvez-vous avancer l'intervention ?

Hélène Marchetti
Client n° 7730418 - 5 rue du Vieux Pont, 44000 Nantes
06 30 81 47 22"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Paul Renaud <paul.renaud@boite-famille.example>",
         to="aide@cinevia.example",
         subject="Re: Votre demande n° 7731942 - sous-titres",
         body="""\
Bonjour Mathilde,

Merci pour votre retour, je réponds dans le texte.

> 1. Quel est le modèle de votre téléviseur ?
Un Solaris 55 pouces, modèle SX55-U2, acheté en 2023.

> 2. Quelle version de l'application est installée ?
4.18.2, d'après Paramètres > À propos.

> 3. Avez-vous essayé de désinstaller puis réinstaller l'application ?
Oui, deux fois, et j'ai aussi vidé le cache.

> 4. Le problème apparaît-il sur d'autres appareils ?
Non. Sur mon téléphone et sur l'ordinateur les sous-titres s'affichent bien. Sur la télé, le menu propose bien « Français » et « Anglais », mais rien n'apparaît à l'écran, quel que soit le film ou la série. Le reste de l'appli marche normalement.

En attendant on regarde les séries en VOST sur l'ordinateur, mais à quatre sur le canapé ce n'est pas l'idéal.

Bonne journée,
Paul Renaud"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Ricardo Almeida <ricardo.almeida@webmail-lyon.example>",
         to="adherents@forme-et-vous.example",
         subject="question sur le prélèvement de décembre",
         body="""\
Bonjour,

Je suis adhérent à votre salle de Villeurbanne depuis mars (numéro de membre 30418). Normalement mon prélèvement est de 29,90 € chaque mois, mais le 5 décembre il a été de 41,90 €. Sur mon espace il y a une ligne « frais annuels entretien équipements 12,00 € » que je comprends pas très bien, personne m'a parlé de ça à l'inscription.

C'est une fois par an ou il y aura chaque mois ? Je veux juste comprendre avant le prochain.

Merci beaucoup et bonne journée
Ricardo Almeida"""),

    dict(n=10, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Nathalie Brunet <n.brunet@conseil-brunet.example>",
         to="relation.client@railexpress.example",
         subject="Plusieurs points - dossier QXKT42",
         body="""\
Bonjour,

Quelques points suite à ma réservation de mardi :

- Le Paris-Bordeaux du 18 décembre (dossier QXKT42) a été débité deux fois sur ma carte : 2 x 86,50 €, le 1er décembre à 10h14 et 10h15. Je n'ai qu'un seul billet dans mon compte. Merci de me rembourser le second débit.
- Je n'arrive pas à choisir une place en espace calme, l'option est grisée. Est-ce normal sur ce train ?
- Ma carte Avantage expire en janvier : peut-on la renouveler en ligne ou faut-il passer en gare ?
- Petite remarque : le plan de la voiture dans l'appli est inversé par rapport au quai, on s'y perd.

Merci d'avance,
Nathalie Brunet"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@etu-mail.example>",
         to="contact@banque-armorique.example",
         subject="Carte refusée au Canada",
         body="""\
Bonjour,
Ma carte Visa (compte se terminant par 4418) est refusée partout depuis hier, distributeurs compris. Je suis en échange à Montréal jusqu'en juin, c'est mon seul moyen de paiement et je dois payer mon loyer (780 $) avant lundi sinon je perds la chambre. Dans l'appli il n'y a aucune opposition. Avec le décalage horaire je n'arrive jamais à joindre l'agence.
Pouvez-vous débloquer la carte ou me dire quoi faire ?
Léa Fontaine

Envoyé depuis mon téléphone"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernadette Caron <b.caron@cabinet-vidal.example>",
         to="service.clients@librairie-des-quais.example",
         subject="Changer l'adresse mail de mon compte",
         body="""\
Bonjour,

J'ai un compte client chez vous depuis des années, ouvert avec mon adresse professionnelle (celle-ci). Je quitte mon poste fin décembre et je voudrais que mon compte, mon historique de commandes et mes points fidélité passent sur mon adresse personnelle.

Dans « Mon compte » je ne trouve que la modification du mot de passe et de l'adresse de livraison, pas celle de l'identifiant. Comment faut-il faire ?

Merci d'avance,
Bernadette Caron"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Julie Perrot <julie.perrot@monmail-nantes.example>",
         to="support@billetterie-ouest.example",
         subject="Re: [Ticket #48213] Accès à mon compte",
         body="""\
Bonjour,

Toujours rien de mon côté : j'ai redemandé trois fois un lien de réinitialisation ce matin, rien dans la boîte de réception ni dans les indésirables. L'adresse est bien celle avec laquelle je vous écris.

Ce compte contient mes deux billets pour Les Voyageurs du Nord au Zénith le 14 mars. Ce n'est pas pour demain, mais je voudrais pouvoir les récupérer avant les vacances.

Julie Perrot

Le mar. 1 déc. 2026 à 16:40, Billetterie Ouest <support@billetterie-ouest.example> a écrit :
> Bonjour,
> Nous avons bien reçu votre demande concernant l'accès à votre compte.
> Votre ticket porte le numéro #48213. Un conseiller vous répondra sous 48 h ouvrées.
> En attendant, vous pouvez utiliser la fonction « Mot de passe oublié » depuis la page de connexion.
> L'équipe Billetterie Ouest"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Me Anne Rousseau <a.rousseau@rousseau-avocats.example>",
         to="support@juristia-logiciel.example",
         subject="Accès impossible à mon compte - dépôt à effectuer avant ce soir",
         body="""\
Madame, Monsieur,

Depuis ce matin 9h, il m'est impossible d'accéder à mon compte (identifiant : a.rousseau@rousseau-avocats.example). Depuis votre mise à jour de la double authentification, le code est envoyé à un ancien numéro de portable que je n'utilise plus depuis deux ans, et le compte est désormais verrouillé après trop de tentatives.

L'ensemble de mes dossiers, pièces et projets de conclusions se trouve dans votre espace. Je dois déposer des conclusions dans une affaire prud'homale avant minuit ce soir. Mes deux collaboratrices accèdent normalement à leurs comptes, mais pas à mes dossiers.

Je vous remercie de bien vouloir me rappeler en priorité au 04 78 62 19 40.

Maître Anne Rousseau
Avocate au Barreau de Lyon
Cabinet Rousseau & Associés - 14 quai Saint-Vincent, 69001 Lyon

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(n=15, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Gérard Hoffmann <gerard.hoffmann@alsace-net.example>",
         to="adherents@mutuelle-rhin.example",
         subject="SMS de remboursement - c'est bien vous ?",
         body="""\
Bonjour,

J'ai reçu ce midi le SMS suivant, soi-disant de votre part :
« MUTUELLE RHIN : un remboursement de 136,20 EUR est en attente. Votre compte sera bloqué sous 48h si vous ne confirmez pas vos coordonnées bancaires : mutuelle-rhin-remb.example/confirm »

Ça ressemble fort à une arnaque. Je n'ai pas cliqué sur le lien et je n'ai rien répondu. Mon espace adhérent n'indique d'ailleurs aucun remboursement en cours.

Je voulais simplement vous le signaler, et savoir si vous envoyez parfois ce genre de message. Ma mère, qui est aussi adhérente chez vous, est plus crédule que moi et je préfère la prévenir.

Bien cordialement,
Gérard Hoffmann
Adhérent n° 2200-71845"""),

    dict(n=16, signals="-", priority="low", trap="admin", qt=0, reply=0,
         frm="Patrick Morel <cis.montbrison@sdis-loire.example>",
         to="commandes@equipfeu-pro.example",
         subject="TR: Bon de commande CIS Montbrison - tuyaux et lances",
         body="""\
Bonjour,

Je vous transfère le bon de commande validé par notre gestionnaire. Pouvez-vous nous confirmer un délai de livraison ? L'idéal serait avant le 19 décembre : nous avons un exercice feu de bâtiment avec les jeunes sapeurs-pompiers le 20.

Adjudant-chef Patrick Morel
Chef de centre - CIS Montbrison

-------- Message transféré --------
Objet : Bon de commande CIS Montbrison - tuyaux et lances
Date : lun. 7 déc. 2026 14:22
De : Sylvie Arnaud <s.arnaud@sdis-loire.example>
Pour : Patrick Morel <cis.montbrison@sdis-loire.example>

Patrick,
Voici la commande validée sur la ligne « matériel incendie 2026 » :
- 6 tuyaux souples DN 45, longueur 20 m
- 2 lances à débit variable 500 l/min
- 10 paires de gants d'intervention feu, taille 9
- 20 couvertures de survie pour les VSAV (pas urgent)
Livraison au centre de secours, facturation au SDIS, service finances, réf. d'engagement 2026-4471.
Sylvie"""),

    dict(n=17, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Inès Moreau <ines.moreau@courrier-jeune.example>",
         to="contact@auto-ecole-lumiere.example",
         subject="Report de mes leçons de conduite",
         body="""\
Bonjour Madame Petit,

Désolée de vous prévenir si tard : j'ai eu un accident de vélo hier, je me suis cassé la cheville en deux endroits et je suis à l'hôpital jusqu'à mercredi au moins. Autant dire que la conduite, ce n'est pas pour tout de suite !

Pourriez-vous annuler mes leçons du 9, du 11 et du 16 décembre et les reporter en janvier, à partir du 11 si possible ?

Je vous rappelle dès qu'on m'enlève le plâtre.

Merci et à bientôt,
Inès Moreau (élève n° 2219)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Coralie Besson <coralie.besson@maboite.example>",
         to="feedback@popote-app.example",
         subject="Nouvelle version... au secours",
         body="""\
Bonjour l'équipe Popote,

Fidèle de l'appli depuis 2021, je vous écris à chaud : la nouvelle version est une catastrophe ambulante !

- Le minuteur a changé de place : hier j'ai failli cramer mes sablés parce que je ne le trouvais plus.
- Le mode sombre a disparu. Ça me tue, je cuisine le soir et l'écran blanc me brûle les yeux.
- Les nouvelles icônes, franchement, c'est un crime contre le bon goût.

Sinon la liste de courses partagée est géniale, et votre poulet « qui met le feu » au piment d'Espelette a fait un carton à l'anniversaire de mon mari.

Rendez-nous le mode sombre, je vous en supplie !

Coralie, abonnée Premium depuis 3 ans"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Aurélie Chassagne <reception@terrasses-du-port.example>",
         to="support@hotelink-booking.example",
         subject="Incident d'hier soir - merci",
         body="""\
Bonjour Romain,

Un petit mot pour vous remercier. Hier soir vers 19h le back-office a complètement planté en plein check-in d'un groupe, et comme on avait changé le mot de passe du compte réception le matin même, on s'est retrouvés bloqués dehors en prime. Gros coup de chaud à la réception !

Votre collègue d'astreinte, Yanis, a tout relancé en vingt minutes au téléphone et a réinitialisé le mot de passe. Ce matin tout est rentré dans l'ordre, les réservations de la nuit sont bien là.

Pour votre dossier : c'était sur le poste Réception 2.

Bonne journée,
Aurélie Chassagne
Réceptionniste - Hôtel Les Terrasses du Port, La Rochelle"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Vincent Lacroix <v.lacroix@cyberbastion-audit.example>",
         to="contact@savonnerie-dulac.example",
         subject="Votre boutique en ligne résisterait-elle à une fuite de données ?",
         body="""\
Bonjour,

En 2026, une PME française sur deux a subi une tentative de piratage, et le coût moyen d'une fuite de données dépasse 50 000 €. Les petites boutiques en ligne sont des cibles de choix : vol de cartes bancaires, comptes clients compromis, rançongiciels.

CyberBastion propose un test d'intrusion complet de votre site (boutique, back-office, paiement) pour 1 490 € HT, avec un rapport détaillé des failles trouvées et un accompagnement RGPD en cas d'incident.

Auriez-vous 15 minutes cette semaine pour en parler ?

Vincent Lacroix
Consultant cybersécurité - CyberBastion Audit
06 44 18 72 05

Vous recevez ce message car votre entreprise figure dans un annuaire professionnel public. Pour ne plus recevoir nos communications, répondez STOP."""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Yves Le Goff <yves.legoff@bretagne-mail.example>",
         to="devis@veilleur-telesurveillance.example",
         subject="Questions avant souscription - formule Sérénité",
         body="""\
Madame, Monsieur,

J'envisage de souscrire votre formule Sérénité pour ma maison de Quimper, que je laisse souvent vide lorsque je séjourne chez ma fille à Paris. Je vous serais reconnaissant de bien vouloir m'éclairer sur quelques points avant de signer :

1. En cas de coupure de courant, la centrale et les détecteurs continuent-ils de fonctionner, et pendant combien de temps ?
2. Si un cambrioleur coupe la ligne téléphonique ou la box, l'alarme est-elle tout de même transmise ?
3. Les détecteurs de fumée sont-ils reliés à votre centre, et prévenez-vous les pompiers en cas d'incendie ?
4. Si je fais un malaise ou une chute chez moi, proposez-vous un médaillon d'appel ?
5. En cas de décès, le contrat peut-il être résilié sans frais par mes héritiers ?

Avec mes remerciements anticipés, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Yves Le Goff"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Camille Guérin <accueil@vet-deuxrivieres.example>",
         to="support@vetagenda.example",
         subject="RE: Agenda inaccessible sur tous les postes",
         body="""\
Bonjour Sébastien,

C'est bon, tout refonctionne depuis votre intervention d'hier, les trois postes affichent de nouveau l'agenda. Merci pour la rapidité !

Petite question en passant : peut-on changer la couleur des rendez-vous « chirurgie » ? Le rouge actuel est un peu agressif pour l'équipe.

Bonne fin de semaine,
Camille Guérin
Clinique vétérinaire des Deux Rivières

Le ven. 4 déc. 2026 à 08:12, Camille Guérin <accueil@vet-deuxrivieres.example> a écrit :
> Bonjour,
> Depuis ce matin, plus aucun poste de la clinique n'affiche l'agenda : écran blanc puis « serveur injoignable ».
> Nous avons 30 rendez-vous aujourd'hui et deux chirurgies à 9h, on ne sait même plus qui doit venir.
> Pouvez-vous regarder en priorité ?
> Camille"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Arnaud Lefèvre <arnaud.lefevre@net-courrier.example>",
         to="service.client@meubles-nordik.example",
         subject="RE: RE: Remboursement canapé retourné - commande 560-2291",
         body="""\
Troisième relance. Je commence sérieusement à perdre patience.

Votre transporteur a repris le canapé le 26 octobre, j'ai le bon d'enlèvement signé. Cela fait bientôt SEPT semaines et je n'ai toujours pas revu un centime des 1 349 € que vous m'avez débités. À chaque appel on me répond « c'est en cours de traitement ».

Sans remboursement ou au moins une date précise d'ici mercredi, je saisis le médiateur et je conteste le paiement auprès de ma banque.

Arnaud Lefèvre

Le lun. 23 nov. 2026 à 18:05, Arnaud Lefèvre <arnaud.lefevre@net-courrier.example> a écrit :
> Bonjour, je reviens vers vous : toujours pas de remboursement pour le canapé Oslo repris le 26 octobre. Pouvez-vous me donner une date ?
>
> Le lun. 9 nov. 2026 à 10:31, Arnaud Lefèvre <arnaud.lefevre@net-courrier.example> a écrit :
>> Bonjour, le canapé (commande 560-2291) a été repris par votre transporteur le 26 octobre. Le remboursement de 1 349 € devait intervenir sous 14 jours. Je n'ai rien reçu, merci de vérifier."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Florence Masson <f.masson@alterna-interim.example>",
         to="support@rhplanet.example",
         subject="Connexion SSO impossible pour toutes nos agences depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de cette nuit, aucun de nos collaborateurs ne peut se connecter à la plateforme via le bouton « Connexion Microsoft » : après l'authentification on revient sur la page d'accueil avec le message « Compte non reconnu ». Cela touche nos 38 consultants dans les 6 agences (Nantes, Angers, Le Mans, Tours, Laval, Cholet). Seuls les deux comptes administrateurs du siège, en identifiant et mot de passe, passent encore.

Conséquence directe : nous ne pouvons ni éditer ni faire signer les contrats de mission. 112 intérimaires démarrent demain ou mercredi chez nos clients (logistique et agroalimentaire), et une soixantaine de contrats restent à signer aujourd'hui.

Merci de traiter ce point en priorité. Notre DSI, M. Perrin, est joignable au 02 41 77 30 18.

Cordialement,
Florence Masson
Directrice des opérations - Alterna Intérim"""),
]
