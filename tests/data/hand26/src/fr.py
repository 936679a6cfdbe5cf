# blind27 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Martine Coulombel <martine.coulombel@orange-mail.example>",
         to="support@company.example",
         subject="Couverture chauffante achetée en octobre",
         body="""\
Bonjour,

Je vous écris au sujet de la couverture chauffante « Douceur » 2 places que j'ai achetée chez
vous pour ma mère, qui a 84 ans et vit seule.

Ce matin, en refaisant son lit, j'ai remarqué que le cordon, juste à la sortie du boîtier de
commande, est tout mou et a pris une couleur brune sur quatre ou cinq centimètres. Le drap, à
cet endroit, a une auréole jaunâtre, et il y avait une odeur de plastique chaud dans la chambre.

Ma mère m'a dit qu'elle avait très chaud aux jambes depuis deux nuits, même sur la position 1.
Elle a une grande marque rouge sur le mollet gauche, qui la tire quand elle marche, et elle ne
s'en était pas rendu compte avant que je lui montre.

J'ai tout débranché et rangé la couverture dans le garage. Que devons-nous faire maintenant ?
Elle ne veut plus qu'on la rebranche, et moi non plus.

Bien à vous,
Martine Coulombel
(pour Mme Odette Coulombel, commande n° DC-2026-118734)"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Sonia B. <sonia.b.78@laposte-mail.example>",
         to="support@company.example",
         subject="question jeu de construction aimanté",
         body="""\
Bonjour, est-ce normal que les petites billes aimantées sortent des bâtonnets quand on tire un
peu dessus ? J'en ai retrouvé deux collées ensemble sous le canapé et mon fils de 20 mois avait
la troisième dans la bouche, je la lui ai enlevée. Il y a combien de billes en tout dans la boîte
de 64 pièces ? Je n'arrive pas à savoir s'il en a avalé une. Merci de répondre vite svp

Sonia
Envoyé de mon iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Cabinet de kinésithérapie des Tilleuls <contact@kine-tilleuls.example>",
         to="support@company.example",
         subject="Rappels de RDV : les patients ouvrent la fiche d'un autre patient",
         body="""\
Bonjour,

Nous utilisons votre logiciel pour l'agenda et les dossiers du cabinet (compte n° KT-0417).

Depuis la mise à jour de lundi soir, quand un patient clique sur le lien de son SMS de rappel,
il n'arrive pas sur son rendez-vous mais sur la fiche d'un autre patient du cabinet : nom,
date de naissance, numéro de sécurité sociale, motif de consultation, bilan et ordonnance du
médecin en pièce jointe. Trois patients m'ont appelée ce matin, l'un d'eux m'a même lu à voix
haute le bilan d'une autre personne.

J'ai désactivé les rappels SMS dans les paramètres, mais ceux d'hier soir sont déjà partis
(environ 90 messages). Je ne sais pas combien de personnes ont ouvert le lien.

J'ai besoin de savoir rapidement quels dossiers ont été consultés et par qui, et ce que je dois
faire vis-à-vis de mes patients et de la CNIL.

Isabelle Tardieu
Masseur-kinésithérapeute
Cabinet des Tilleuls, Rennes"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Marchetti <julien.marchetti@free-net.example>",
         to="support@company.example",
         subject="Lit superposé Altitude – barrière du haut",
         body="""\
Bonjour,

Nous avons monté le lit superposé Altitude il y a trois semaines, en suivant la notice à la
lettre.

Cette nuit, la barrière du couchage du haut s'est décrochée d'un côté au moment où notre fils
(7 ans) s'est retourné en dormant. Il s'est retrouvé par terre, à côté de l'échelle, avec une
grosse bosse au-dessus de l'œil. Il a vomi deux fois et nous avons passé le reste de la nuit à
l'hôpital en observation.

Ce matin, on a regardé de près : les deux vis de la barrière ont arraché le bois du montant, le
trou est fendu sur toute la hauteur. On n'a rien forcé et toutes les autres vis sont bien
serrées.

Les enfants dorment sur des matelas par terre en attendant. D'autres familles vous ont-elles
signalé la même chose ? Je joins des photos du montant.

Cordialement,
Julien et Aurélie Marchetti
Commande LS-40921"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Karim Benali <k.benali@bouchons-du-rhone.example>",
         to="support@company.example",
         subject="URGENT – écrans cuisine vides dans nos 3 restaurants",
         body="""\
Bonsoir,

Depuis 19h10, les écrans de cuisine de nos trois restaurants (Part-Dieu, Villeurbanne, Écully)
n'affichent plus aucune commande. Les caisses encaissent, les serveurs envoient les commandes
depuis les tablettes, mais en cuisine l'écran reste sur « En attente de commandes… ».

On est samedi soir, plus de 150 couverts rien qu'à Part-Dieu, et les livreurs s'entassent au
comptoir. On recopie tout à la main sur des bons papier, des plats partent aux mauvaises tables
et les clients commencent à partir sans payer le dessert. On a redémarré les écrans et la box,
aucun changement.

Rappelez-moi tout de suite au 06 39 98 41 27.

Karim Benali
Responsable d'exploitation – Les Bouchons du Rhône"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Vidal <t.vidal@transalpes-messagerie.example>",
         to="support@company.example",
         subject="Dépôt Vénissieux : terminaux chauffeurs bloqués sur « Synchronisation »",
         body="""\
Bonjour,

Depuis la prise de poste de 5h30, aucun des 42 terminaux des chauffeurs ne dépasse l'écran
« Synchronisation de la tournée… ». Les camions sont chargés, mais sans le scan de départ les
chauffeurs n'ont ni leur tournée ni la signature électronique, donc personne ne part.

On a redémarré cinq terminaux et changé deux batteries : même chose. Les scanners fixes du tri
fonctionnent, c'est uniquement les portables.

Il est 6h15, la première vague devait partir à 6h00 et on a environ 4 800 colis à livrer
aujourd'hui. Merci de rappeler le chef de quai, Mickaël, au 01 99 00 37 52.

Thomas Vidal
Responsable de site – TransAlpes Messagerie"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Rémi Fontaine <remi.fontaine49@mail-perso.example>",
         to="support@company.example",
         subject="Serrure connectée : je ne peux plus rentrer chez moi",
         body="""\
Bonjour,

Depuis hier soir, quand j'appuie sur « Ouvrir » dans l'appli, le petit rond tourne pendant une
minute puis j'ai « Une erreur est survenue, réessayez plus tard ». Le clavier de la serrure
s'allume mais mon code n'est plus accepté non plus.

J'ai dormi chez ma sœur. Je n'ai pas de clé physique, votre vendeur m'avait assuré que ce
n'était pas la peine ! J'ai changé les piles ce matin par la fenêtre de la cuisine (rez-de-
chaussée), rien ne change.

Je fais quoi, j'appelle un serrurier et je vous envoie la facture ?

Rémi Fontaine
12 rue des Tanneurs, Angers"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Nadège Pruvost <rh@menuiseries-pruvost.example>",
         to="support@company.example",
         subject="Export des bulletins en PDF : fichiers vides",
         body="""\
Bonjour,

Depuis la clôture de la paie d'octobre, l'export groupé des bulletins (Paie > Éditions >
Bulletins PDF) génère bien un fichier ZIP, mais les 63 PDF qu'il contient font 0 Ko et ne
s'ouvrent pas.

L'export individuel fonctionne, ce qui me permet de dépanner un salarié qui en a besoin tout de
suite, mais je ne vais pas les sortir un par un. Les bulletins doivent être déposés dans le
coffre-fort numérique avant le 30, on a donc un peu de marge.

Pouvez-vous regarder ? Je joins le fichier journal de l'export.

Merci d'avance,
Nadège Pruvost
Assistante RH – Menuiseries Pruvost & Fils"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stéphane Garnier <s.garnier@hexaly-conseil.example>",
         to="support@company.example",
         subject="RE: Ticket 44817 – Bornes de recharge parking B hors service",
         body="""\
Toujours rien ce matin. Troisième jour. J'aimerais pouvoir répondre aux salariés autre chose que
« le prestataire est au courant ».

Stéphane Garnier
Services généraux – Hexaly Conseil

-----Message d'origine-----
De : Stéphane Garnier
Envoyé : mardi 10 novembre 2026 08:47
À : support@company.example
Objet : RE: Ticket 44817 – Bornes de recharge parking B hors service

> Bonjour,
> Pas de nouvelles depuis hier. Les 12 bornes du parking B affichent toujours
> « Borne indisponible » et ne reconnaissent plus aucun badge. Une vingtaine de collaborateurs
> viennent en voiture électrique et ne peuvent plus recharger sur place.
> Merci de m'indiquer une date d'intervention.
>
> -----Message d'origine-----
> De : Stéphane Garnier
> Envoyé : lundi 9 novembre 2026 09:12
> Objet : Bornes de recharge parking B hors service
>
> Bonjour, depuis ce week-end aucune des bornes du parking B ne démarre de charge. L'écran
> indique « Borne indisponible » et le voyant est rouge fixe. Contrat de maintenance n° BR-3306."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Léa Dumoulin <lea.dumoulin@webmail.example>",
         to="support@company.example",
         subject="Prélèvements après résiliation",
         body="""\
Bonjour,

J'ai résilié mon abonnement au club de Montreuil le 28 septembre par lettre recommandée (accusé
de réception signé le 1er octobre, je peux vous l'envoyer).

Vous m'avez pourtant encore prélevé 39,90 € le 5 octobre, puis de nouveau le 5 novembre. Au club,
on me dit de voir avec le siège ; au siège, personne ne répond au téléphone.

Je vous demande le remboursement de ces deux prélèvements, soit 79,80 €, et l'annulation du
mandat SEPA. Sans réponse de votre part sous quinze jours, je ferai opposition auprès de ma
banque.

Cordialement,
Léa Dumoulin
N° d'adhérente : 775 203 18"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paul Renaud <paulrenaud@mail-perso.example>",
         to="support@company.example",
         subject="débité 2 fois",
         body="""\
Bonsoir,
commande de 2 places pour Les Fourberies de Scapin samedi 21. La page a tourné longtemps au
paiement, j'ai recliqué et j'ai été débité deux fois 86 € sur ma carte. Je n'ai reçu qu'une
seule confirmation (n° TH-558102). Vous pouvez rembourser le deuxième débit ? Merci
Paul Renaud"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Helen Whitfield <helen.whitfield@postbox.example>",
         to="support@company.example",
         subject="Facture clinique vétérinaire – erreur ?",
         body="""\
Bonjour,

Excusez mon français, je suis anglaise. Mon chien Biscuit a eu une consultation le 3 novembre
pour son oreille, et un vaccin. Sur la facture que j'ai reçu par email il y a aussi une
« détartrage sous anesthésie générale » pour 185 euros. Biscuit n'a pas eu d'anesthésie, il est
rentré avec moi après 20 minutes !

Le total est 262,40 € au lieu de 77,40 €. J'ai déjà payé le bon montant à l'accueil, mais
maintenant je reçois un rappel pour payer le reste avant le 30.

Pouvez-vous corriger la facture s'il vous plaît ?

Merci beaucoup,
Helen Whitfield
Client n° 20931"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="François Leclerc-Amiel <f.leclerc-amiel@courriel.example>",
         to="support@company.example",
         subject="Impossible de payer la traversée Marseille – Ajaccio du 20 novembre",
         body="""\
Bonjour,

J'essaie depuis hier soir de réserver la traversée du vendredi 20 novembre (Marseille – Ajaccio,
2 adultes, 1 voiture, cabine intérieure). À l'étape du paiement, la carte est refusée à chaque
fois avec le message « Transaction refusée (code 05) ».

J'ai essayé deux cartes différentes, Visa et Mastercard, de deux banques différentes. Ma banque
me confirme qu'elle n'a reçu aucune demande d'autorisation de votre part, le problème ne vient
donc pas de nous.

Il ne reste plus que trois cabines sur ce départ, et nous devons absolument être à Ajaccio samedi
matin pour les obsèques de mon beau-père. Pouvez-vous bloquer la réservation et me permettre de
payer autrement (par téléphone, par virement) ?

Je reste joignable au 06 39 98 12 60.

Cordialement,
François Leclerc-Amiel"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Bernadette Roux <bernadette.roux@wanadoo-mail.example>",
         to="support@company.example",
         subject="Code de vérification jamais reçu – espace assuré",
         body="""\
Madame, Monsieur,

Je souhaite déclarer un dégât des eaux depuis mon espace assuré. Après avoir saisi mon mot de
passe, le site m'indique qu'un code à 6 chiffres a été envoyé par SMS au 06 •• •• •• 47.

Je n'ai jamais rien reçu, ni hier ni aujourd'hui, alors que j'ai cliqué une dizaine de fois sur
« Renvoyer le code ». Le numéro est bien le mien et je reçois normalement mes autres SMS.

Existe-t-il un autre moyen de me connecter, ou de déclarer le sinistre sans passer par le site ?

Contrat habitation n° MH-55207913.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Bernadette Roux"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Gérard Pellerin <gerard.pellerin@numericable-mail.example>",
         to="support@company.example",
         subject="Compte lecteur « inactif » ?",
         body="""\
Bonjour,

Est-ce normal que mon compte lecteur apparaisse comme « inactif » sur le site de la médiathèque ?
Mon abonnement court jusqu'en juin 2027 (réglé en juillet à l'accueil), je n'ai aucun retard, et
pourtant je ne peux plus ni réserver, ni prolonger mes prêts, ni accéder à la presse en ligne.
Le message dit : « Compte inactif, veuillez contacter votre bibliothèque ».

Merci d'avance,
Gérard Pellerin
Carte n° 0049 2231 78"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Élodie Ferrand <elodie.ferrand@logisud.example>",
         to="helpdesk@logisud.example",
         subject="Plus d'accès au portail RH – appli d'authentification sur l'ancien téléphone",
         body="""\
Bonjour le support,

J'ai changé de téléphone vendredi (l'ancien a l'écran explosé et ne s'allume plus) et l'appli
d'authentification était dessus. Du coup, impossible de me connecter au portail RH : il me
demande le code à 6 chiffres et je n'ai jamais noté de codes de secours.

Je dois valider les feuilles de temps de mon équipe (14 personnes) avant 18h aujourd'hui pour
la paie, sinon leurs heures sup passeront le mois prochain.

Vous pouvez réinitialiser ma double authentification ? Je suis joignable au poste 4412.

Merci !
Élodie Ferrand
Cheffe d'équipe logistique – site de Saint-Priest"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Yanis Haddad <yanis.haddad@boite-mail.example>",
         to="support@company.example",
         subject="Suppression de mon compte",
         body="""\
Bonjour,

Merci de supprimer définitivement mon compte client (associé à cette adresse e-mail) ainsi que
toutes les données qui y sont liées, conformément au RGPD. Je ne trouve pas l'option dans
l'application, il n'y a que « Se déconnecter ».

Je ne souhaite plus recevoir ni notifications ni e-mails promotionnels. Merci de me confirmer la
suppression par écrit.

Cordialement,
Yanis Haddad"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fabrice Olivier <fabrice@forme-et-vous.example>",
         to="support@company.example",
         subject="Rameurs connectés – on en reprend !",
         body="""\
Bonjour Madame Lemoine,

Petit retour après un mois : vos rameurs font un carton. Les adhérents se battent pour les
réserver, le cours « Rame & Gainage » de 18h est plein à craquer, et mon coach dit que c'est une
tuerie pour le cardio. Même les habitués du tapis s'y sont mis.

Bref, on en veut encore ! Pourriez-vous m'envoyer un devis pour 4 rameurs supplémentaires, même
modèle, avec la même formule d'installation ? L'idéal serait de les avoir avant le rush de
janvier, quand tout le monde débarque avec ses bonnes résolutions.

À bientôt,
Fabrice Olivier
Gérant – Club Forme & Vous, Nantes"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Claudine Mercier <claudine.mercier@sfr-mail.example>",
         to="support@company.example",
         subject="Concert de Panne Sèche (tournée Court-Circuit) – place fauteuil roulant",
         body="""\
Bonjour,

Je voudrais acheter deux places pour le concert de Panne Sèche au Silo de Blois le 12 décembre
(tournée « Court-Circuit »). Mon mari se déplace en fauteuil roulant.

Sur votre site, je ne vois que « Fosse » et « Gradins ». Comment réserver une place PMR avec une
place accompagnateur à côté ? Faut-il fournir un justificatif ?

Merci pour votre aide,
Claudine Mercier"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Patrick Germain <patrick.germain@mail-perso.example>",
         to="support@company.example",
         subject="changer le mot de passe du wifi",
         body="""\
Bonjour,
ma fille a donné le code wifi de la box à la moitié de son collège, il y a des téléphones qui se
connectent depuis le trottoir... Comment on change le mot de passe du wifi ? Je n'y connais pas
grand-chose. Et est-ce que la télé et l'imprimante vont se déconnecter après ?
Merci
Patrick Germain"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jean-Luc Morvan <jl.morvan@breizh-mail.example>",
         to="support@company.example",
         subject="Re: Incident en cours sur le suivi à distance des pompes à chaleur",
         body="""\
Bonjour,

Merci pour l'information. Chez nous tout remonte de nouveau dans l'appli depuis ce matin, les
courbes de consommation de la semaine sont revenues aussi. Bonne journée à toute l'équipe.

Jean-Luc Morvan

Le jeu. 12 nov. 2026 à 16:20, Service client <support@company.example> a écrit :
> Bonjour,
>
> Suite à une panne de notre plateforme, l'application n'affiche plus les données de certaines
> pompes à chaleur depuis ce matin. Le chauffage n'est pas affecté : votre pompe à chaleur
> continue de fonctionner normalement. Nos équipes travaillent au rétablissement du service.
>
> Nous vous prions de nous excuser pour la gêne occasionnée.
> Le service client"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Anne-Sophie Kerbrat <as.kerbrat@hotels-iroise.example>",
         to="support@company.example",
         subject="Questions avant souscription – disponibilité, pannes, hébergement des données",
         body="""\
Bonjour,

Nous exploitons quatre hôtels en Bretagne (210 chambres au total) et étudions votre channel
manager pour remplacer notre outil actuel à partir de mars. Avant de vous soumettre le dossier
en comité de direction, j'aurais besoin de quelques précisions :

1. Quel est votre engagement de disponibilité (SLA) et comment est-il mesuré ?
2. En cas de panne de votre côté, que se passe-t-il pour les disponibilités publiées sur les
   OTA ? Restent-elles figées, avec un risque de surréservation ?
3. Proposez-vous une astreinte téléphonique le week-end et les jours fériés ?
4. Où sont hébergées les données de nos clients (France, UE) ?
5. Combien de temps prend en général une migration depuis un autre outil ?

Une documentation commerciale ou un contrat type me suffirait pour commencer.

Bien cordialement,
Anne-Sophie Kerbrat
Directrice des opérations – Hôtels de l'Iroise"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hervé Castaing <herve.castaing@mail-perso.example>",
         to="support@company.example",
         subject="Appli thermostat : l'onglet Programmation reste blanc",
         body="""\
Bonjour,

Depuis la dernière mise à jour de l'appli (5.2 je crois), l'onglet « Programmation » reste
entièrement blanc et je ne peux plus modifier les plages de chauffe. Le reste de l'appli
fonctionne.

Le thermostat lui-même marche très bien, je règle la température à la main avec la molette en
attendant, donc rien d'urgent, mais c'est un peu dommage pour un thermostat « intelligent ».

Téléphone Android (Samsung), appli réinstallée hier sans changement.

Cordialement,
Hervé Castaing"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dr Philippe Auvray <p.auvray@sourire-plus.example>",
         to="support@company.example",
         subject="Plus personne ne peut se connecter au logiciel – 14 centres dentaires",
         body="""\
Bonjour,

Depuis la réinitialisation des mots de passe que vous avez imposée cette nuit, aucun de nos
utilisateurs n'arrive à se connecter au logiciel de gestion : « Identifiant ou mot de passe
incorrect », y compris avec le mot de passe temporaire reçu par e-mail.

Cela concerne nos 14 centres, soit une soixantaine de praticiens et d'assistantes. Les patients
arrivent et nous n'avons ni l'agenda, ni les dossiers, ni les radios. Nous travaillons sur des
listes imprimées hier soir par une assistante, et nous avons dû reporter les premières
chirurgies implantaires de la matinée.

Cela ne peut pas durer au-delà de la matinée. Merci de me rappeler en priorité.

Dr Philippe Auvray
Directeur médical – Centres dentaires Sourire Plus"""),
]
