# blind28 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Aurélie Passemard <aurelie.passemard@mailbox.example>",
         to="support@veillebebe.example",
         subject="Adaptateur de la caméra BabyVue 2 – il s'est passé quelque chose cette nuit",
         body="""\
Bonjour,

Cette nuit vers 3 h, mon mari s'est levé pour notre fille (8 mois) et a senti une odeur de
plastique chaud dans le couloir. Elle venait de l'adaptateur secteur de la caméra BabyVue 2,
branché dans la prise à côté du lit à barreaux.

Il l'a débranché tout de suite : le boîtier était impossible à tenir en main, il a gonflé d'un
côté et le plastique est devenu mou. Il y a des traces noires sur la prise murale et le câble
est déformé sur les cinq premiers centimètres. La caméra elle-même est à environ 40 cm de la
tête de la petite.

Nous avons acheté le kit en juillet (commande n° BV-2207-5581), c'est l'adaptateur d'origine,
jamais utilisé avec autre chose. Nous avons évidemment arrêté de nous en servir.

Pouvez-vous nous dire quoi faire, et si d'autres parents vous ont signalé la même chose ?
J'ai gardé l'adaptateur et pris des photos si vous en avez besoin.

Aurélie Passemard
06 39 98 41 27"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Gérard Vaudrey <g.vaudrey@orange-mail.example>",
         to="sav@montescalia.example",
         subject="question sur le monte escalier de ma femme",
         body="""\
Madame, Monsieur,

Est-il normal que le siège du monte-escalier continue de descendre après qu'on a lâché la
manette ? Depuis une dizaine de jours il fait ça de temps en temps, il repart tout seul vers le
bas pendant deux ou trois secondes.

Hier soir ma femme descendait pour le dîner. Elle a lâché la manette un peu avant le palier
comme d'habitude et le siège a continué jusqu'en bas sans s'arrêter. Ses pieds se sont retrouvés
coincés entre le repose-pieds et la dernière marche, j'ai dû l'aider à se dégager. Elle a la
cheville toute bleue ce matin.

L'appareil a été installé par votre technicien en 2023, contrat d'entretien n° ME-40917.
Nous avons 81 et 79 ans et elle ne peut pas monter à l'étage sans lui.

Je vous remercie de me rappeler au 03 81 99 02 64, plutôt le matin.

Gérard Vaudrey
12 rue des Tilleuls, Besançon"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Karim Benslimane <karim.benslimane@posteo.example>",
         to="support@monespacelocataire.example",
         subject="Je vois les documents d'autres locataires dans mon espace",
         body="""\
Bonjour,

Je me suis connecté ce matin à mon espace locataire (résidence Les Hauts de Vaulx, lot B-214)
pour télécharger ma quittance d'octobre. Dans l'onglet « Mes documents » il y a 37 fichiers au
lieu de 5 : des avis d'échéance au nom d'autres personnes, au moins quatre bulletins de salaire,
deux avis d'imposition et une copie de carte d'identité recto verso d'une dame que je ne
connais pas.

Je n'ai rien ouvert à part les deux premiers pour comprendre de quoi il s'agissait. Je suppose
que mes propres documents (j'ai envoyé mes fiches de paie et mon RIB au moment du bail)
apparaissent eux aussi chez quelqu'un d'autre.

Merci de corriger ça immédiatement et de me dire qui a pu voir mes documents. Je vais aussi
prévenir l'agence.

Karim Benslimane"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Nathalie Corbière <nath.corbiere@laposte-mail.example>",
         to="assistance@glycolink.example",
         subject="URGENT capteur faux + pompe en boucle fermée – hypo sévère de mon fils",
         body="""\
Bonjour,

Mon fils Théo, 11 ans, porte la pompe GlycoLink avec le capteur CG-7 en mode automatique.
Cette nuit à 2 h 40 le capteur affichait 1,52 g/L et une flèche stable. Il était trempé de sueur,
tout pâle et il répondait à peine. Au glucomètre : 0,41 g/L. On a fait le resucrage et le
glucagon, il va mieux ce matin.

Le problème c'est que la pompe a continué à délivrer des micro-bolus toute la soirée puisqu'elle
se basait sur le capteur. J'ai relevé dans l'historique trois corrections automatiques entre
23 h et 2 h.

Capteur posé avant-hier, lot CG7-24-1183. Numéro de série de la pompe : GL-PX-550912.
On est repassés en mode manuel et on fait des glycémies capillaires toutes les 2 heures.

Est-ce que ce lot de capteurs est connu pour un problème ? On en a encore 6 boîtes.
Vous pouvez me joindre au 06 12 98 33 70.

Nathalie Corbière"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Marmier – Exploitation remontées <j.marmier@sm-lescretes.example>",
         to="hotline@skipass-systems.example",
         subject="Portiques télésiège des Crêtes + caisses : croix rouge pour TOUS les forfaits",
         body="""\
Hotline,

Depuis l'ouverture à 8h45 tous les portiques de contrôle du télésiège des Crêtes et du
télécabine du Bourg affichent une croix rouge, quel que soit le forfait : saison, journée,
même ceux vendus ce matin à nos caisses. En parallèle, l'écran de vente des 4 caisses tourne
dans le vide quand on valide un paiement, donc on ne peut plus rien vendre non plus.

On contrôle à la main avec 6 perchmans mais la file au pied du Bourg fait plus de 200 m et on
a deux écoles de ski qui attendent leurs groupes. Premier samedi des vacances, vous imaginez.

Redémarrage du serveur local fait à 9h05, aucun changement.
Rappelez-moi sur le 04 79 00 58 12, c'est urgent.

Julien Marmier
Responsable d'exploitation
SM des Crêtes"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandrine Oliveira <s.oliveira@assur-direct-conseil.example>",
         to="support@voxtrunk.example",
         subject="Appels entrants : sonnerie puis silence, plateau de 25 conseillers à l'arrêt",
         body="""\
Bonjour,

Depuis 9 h 10 environ, les clients qui appellent notre numéro principal (09 70 01 88 40)
entendent deux ou trois sonneries, puis un silence complet, et l'appel se coupe au bout d'une
vingtaine de secondes. Côté plateau, les postes ne sonnent pas du tout et la console de
supervision n'affiche aucun appel en file.

Les appels sortants passent normalement, et le numéro de secours en 01 aussi, mais il n'est
connu de personne.

Nos 25 conseillers n'ont rien à traiter depuis une heure et nos clients nous écrivent sur les
réseaux qu'ils n'arrivent pas à nous joindre pour déclarer leurs sinistres.

Compte client : ADC-11873, trunk SIP principal.
Je reste joignable sur mon portable : 06 55 91 20 03.

Sandrine Oliveira
Responsable du centre de relation client
Assur Direct Conseil"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Maître Hélène Drouart <h.drouart@etude-drouart.example>",
         to="support@signaclic.example",
         subject="Le bouton Signer ne fait rien – signature prévue avant demain midi",
         body="""\
Bonjour,

Depuis hier après-midi, lorsque mon client ouvre l'enveloppe n° SC-2026-118442 et clique sur
« Signer », le bouton devient gris une seconde puis redevient bleu, et rien d'autre ne se passe.
Aucun code SMS n'est envoyé, aucune erreur n'est affichée.

Nous avons essayé avec Chrome et Firefox sur son ordinateur, puis sur son téléphone : même
résultat. Les autres signataires de l'acte (les vendeurs) ont pu signer sans difficulté mardi.

Il s'agit d'un compromis de vente dont la condition doit être levée demain à 12 h. Je vous
serais très reconnaissante de regarder ce dossier en priorité.

Bien cordialement,

Hélène Drouart
Notaire
Étude Drouart – 4 place du Marché, Saint-Lô"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Philippe Garnier <philippe@garnier-menuiserie.example>",
         to="aide@comptaplus.example",
         subject="Synchro bancaire qui ne remonte plus rien depuis le 12",
         body="""\
Bonjour,

La synchronisation avec notre compte au Crédit Régional ne ramène plus aucune opération
depuis le 12. Dans l'écran Banque, la dernière mise à jour indique « jeudi 12/11 08:02 » et
le bouton « Actualiser » tourne puis revient sans rien.

En attendant je télécharge le relevé en OFX sur le site de la banque et je l'importe à la main,
ça fonctionne, donc on n'est pas bloqués. Mais c'est pénible et la clôture du mois arrive
dans une dizaine de jours, j'aimerais que ce soit réglé d'ici là.

Dossier : GARNIER MENUISERIE SARL, n° client CP-77301.

Merci,
Philippe Garnier"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Bertrand Lhomme <bertrand.lhomme@free-box.example>",
         to="contact@parkville.example",
         subject="Re: Re: Appli ParkVille : écran blanc depuis la mise à jour",
         body="""\
Toujours l'écran blanc ce matin. J'ai désinstallé et réinstallé comme demandé, vidé le cache,
rien. Ça fait maintenant 5 jours que je ne peux pas valider mon stationnement résident et j'ai
pris un PV hier. Troisième message, j'aimerais une vraie réponse cette fois.

B. Lhomme

Le 16/11/2026 à 08:51, Bertrand Lhomme a écrit :
> Bonjour, aucune réponse depuis jeudi. L'appli reste bloquée sur un écran blanc après le logo,
> sur mon téléphone comme sur celui de ma femme.
>
> Le 12/11/2026 à 19:03, Bertrand Lhomme a écrit :
>> Bonjour,
>> depuis la mise à jour d'hier l'application ParkVille s'ouvre sur un écran blanc et ne va pas
>> plus loin. Je ne peux plus démarrer mon stationnement résident (abonnement zone 3).
>> Téléphone : Android 14.
>> Cordialement, Bertrand Lhomme"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Mélanie Roux <melroux@gmail-like.example>",
         to="reservations@camping-lespins.example",
         subject="acompte prélevé 2 fois",
         body="""\
Bonjour
l'acompte de 186 € pour l'emplacement (résa CP-24-0619, du 11 au 25 juillet) a été débité
deux fois sur ma carte, le 3 et le 4 novembre. Pouvez-vous rembourser le doublon svp ?
Merci
Mélanie Roux

Envoyé de mon iPhone"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Joost van der Velde <joost.vandervelde@ziggo-mail.example>",
         to="location@port-bleu-nautisme.example",
         subject="remboursement location bateau 14 septembre",
         body="""\
Bonjour,

Nous avons réservé un bateau à moteur (Cap Camarat 6.5) pour le 14 septembre, réservation
numéro PBN-5530. Le matin, la location était annulé par vous à cause du mistral, pas de
problème, c'est normal.

Le monsieur au ponton a dit que le remboursement de 340 euros vient sur la carte dans 5 jours.
Maintenant c'est plus de trois semaines et nous n'avons rien reçu. J'ai envoyé un mail le
2 octobre mais pas de réponse.

Pouvez vous regarder s'il vous plaît ? Excusez mon français, je suis néerlandais.

Cordialement,
Joost van der Velde"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Association Les Amis du Lavoir <tresorerie@amisdulavoir.example>",
         to="support@cagnotte-solidaire.example",
         subject="Versement de la collecte « Restaurons le lavoir » toujours pas reçu – échéance vendredi",
         body="""\
Bonjour,

Notre collecte « Restaurons le lavoir de Saint-Aubin » s'est terminée le 28 octobre avec
4 850 € récoltés auprès de 112 donateurs. Dans notre tableau de bord, le versement est indiqué
« En cours de traitement » depuis le 30 octobre, soit plus de deux semaines, alors que vos
conditions parlent de 5 jours ouvrés.

Le RIB de l'association a été validé en septembre (document vert dans l'espace). Nous n'avons
reçu aucune demande de justificatif supplémentaire.

Nous devons régler vendredi l'acompte de l'artisan tailleur de pierre (3 200 €), sans quoi il
reporte le chantier au printemps. Pourriez-vous débloquer le virement ou, à défaut, nous dire
précisément ce qui le retient ?

Avec nos remerciements,

Monique Brachet
Trésorière – Les Amis du Lavoir
06 21 98 77 45"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Stéphane Morel <stephane.morel@sfr-mail.example>",
         to="support@clubmanager.example",
         subject="Prélèvements après résiliation – Judo Club de Vernon",
         body="""\
Bonjour,

J'ai résilié l'adhésion de mon fils Lucas au Judo Club de Vernon fin juin, par le formulaire
de votre site (mail de confirmation reçu le 28/06, je l'ai gardé). Pourtant 42 € ont encore été
prélevés le 5 septembre et le 5 octobre.

Le club me dit que ce n'est pas lui mais « la plateforme » qui gère les prélèvements, donc je
me tourne vers vous. Merci d'arrêter le mandat et de me rembourser les 84 €.

Référence adhérent : JCV-2025-0318.

Stéphane Morel"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Inès Haddad <ines.haddad@etu-univ.example>",
         to="aide@campusenligne.example",
         subject="code de vérification jamais reçu – examen surveillé demain 9h",
         body="""\
Bonjour,

Je n'arrive plus à me connecter à la plateforme : après le mot de passe on me demande le code
envoyé par SMS, mais il n'arrive jamais. J'ai cliqué sur « renvoyer le code » une dizaine de
fois depuis hier soir, rien. Mon numéro n'a pas changé (06 45 xx xx 18) et je reçois bien les
autres SMS.

J'ai l'examen surveillé de Droit des contrats demain à 9 h et je dois faire le test de webcam
avant ce soir, sinon je ne pourrai pas le passer.

Identifiant étudiant : 21904577.
Merci de m'aider vite.

Inès Haddad
L2 Droit, enseignement à distance"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Raymonde Petitjean <raymonde.petitjean@wanadoo-like.example>",
         to="clients@eaux-du-val.example",
         subject="compte bloqué pour la relève du compteur",
         body="""\
Bonjour,

Est-il normal que mon compte soit bloqué pendant 24 heures parce que je me suis trompée trois
fois de mot de passe ? Je voulais seulement saisir l'index de mon compteur d'eau comme vous me
l'avez demandé par courrier (avant le 30 novembre), et maintenant il est écrit « compte
verrouillé, réessayez plus tard ».

Je n'ai pas d'ordinateur, je fais tout sur la tablette de ma fille qui repart dimanche.
L'index est 01482 m3, si vous pouvez le noter vous-même ce serait plus simple.

Contrat n° 5500 318 227.

Merci d'avance,
Raymonde Petitjean"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Yannick Le Goff <y.legoff@transports-armor.example>",
         to="helpdesk@transports-armor.example",
         subject="Plus d'accès au TMS depuis changement de téléphone",
         body="""\
Salut l'équipe,

J'ai eu mon nouveau téléphone pro vendredi et j'ai rendu l'ancien au service achats, qui l'a
réinitialisé. Sauf que l'appli d'authentification pour le TMS était dessus, et je n'ai pas pensé
à transférer les comptes avant.

Résultat : impossible d'entrer dans le TMS ce matin, il me demande le code à 6 chiffres que je
n'ai plus. Ma collègue Élodie planifie mes tournées en attendant, mais elle a déjà les siennes.

Vous pouvez réinitialiser mon double facteur pour que je réenrôle le nouveau téléphone ?
Je suis au quai 2 toute la matinée, poste 214.

Merci !
Yannick – exploitation Lorient"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Camille D. <camille.d.1991@proton-mail.example>",
         to="aide@rencontres-kiwi.example",
         subject="Suppression définitive de mon compte",
         body="""\
Bonjour,

Bonne nouvelle de mon côté : j'ai rencontré quelqu'un (sur votre appli d'ailleurs, merci !), donc
je voudrais supprimer mon compte. Je ne trouve pas le bouton, il n'y a que « Mettre mon profil
en pause ».

Je souhaite une suppression définitive du profil, des photos et des conversations, et la
résiliation de l'abonnement Premium qui se renouvelle le 2 décembre.

Pseudo : camille_lyon91, adresse d'inscription : celle-ci.

Merci et bonne continuation,
Camille"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Didier Fauconnet <didier.fauconnet@bbox-mail.example>",
         to="service.client@tondo-robot.example",
         subject="Votre robot tondeuse, c'est une tuerie !",
         body="""\
Bonjour,

Je voulais vous dire que votre Tondo R800, c'est une tuerie. Trois mois qu'il tourne, la pelouse
n'a jamais été aussi belle, et mon voisin est vert de jalousie. Ma femme était morte de rire la
première fois qu'elle l'a vu contourner le chat.

Petite question pratique : où peut-on acheter le jeu de lames de rechange ? Sur votre site il
est indiqué « épuisé ». Est-ce qu'un autre modèle de lames est compatible ?

Bien à vous,
Didier Fauconnet"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Lucie Aubertin <lucie.aubertin@fablab-mosaique.example>",
         to="commandes@impression3d-boutique.example",
         subject="Buse Volcano et PETG Rouge Incendie : dispo et compatibilité ?",
         body="""\
Bonjour,

Pour le fablab, nous aimerions commander pour décembre :
- 2 kits hotend « Volcano » 0,6 mm,
- 6 bobines de PETG coloris « Rouge Incendie » 1 kg.

Deux questions avant de passer commande :
1. Le kit Volcano est-il compatible avec vos imprimantes Forma X2 sans changer le firmware ?
2. Proposez-vous un tarif association à partir de 5 bobines ?

Nous paierions par virement sur facture, comme d'habitude.

Merci,
Lucie Aubertin
FabLab Mosaïque"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jean-Claude Maréchal <jc.marechal@club-internet-like.example>",
         to="support@audiconnect.example",
         subject="Re: Interruption de service prévue le 18/11 – application AudiConnect",
         body="""\
Bonjour,

Merci pour l'information, ça ne me gêne pas du tout, je ne règle mes appareils que dans la
journée. Par contre, la mise à jour qui suit va-t-elle modifier mon programme « Restaurant »
que l'audioprothésiste a réglé le mois dernier ? J'en suis très content et je ne voudrais pas
le perdre.

Cordialement,
Jean-Claude Maréchal

Le 14/11/2026 à 10:02, Service clients AudiConnect a écrit :
> Cher client,
>
> En raison d'une opération de maintenance, le service AudiConnect sera indisponible dans la
> nuit du 18 au 19 novembre, de 23 h à 4 h. Pendant cette interruption, l'application ne pourra
> pas synchroniser vos aides auditives. En cas de panne prolongée, nous vous tiendrons informé.
> Vos appareils continueront de fonctionner normalement avec leurs réglages actuels.
>
> L'équipe AudiConnect"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Sophie Lemarchand <contact@lemarchand-osteo.example>",
         to="aide@comptaplus.example",
         subject="Mettre un mot de passe sur les factures PDF envoyées aux patients ?",
         body="""\
Bonjour,

Je suis ostéopathe et j'envoie mes factures par e-mail directement depuis ComptaPlus. Certains
patients m'ont demandé si le PDF pouvait être protégé par un mot de passe (par exemple leur
date de naissance), parce que la facture mentionne le motif de consultation.

Est-ce possible dans le logiciel ? Si oui, où se trouve l'option ? Je n'ai rien trouvé dans
Paramètres > Documents.

Merci beaucoup,
Sophie Lemarchand"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="François Delaunay <f.delaunay@groupe-scolaire-stjo.example>",
         to="commercial@thermopilot.example",
         subject="Avant signature : que se passe-t-il si votre plateforme tombe en panne ?",
         body="""\
Bonjour Madame Ferrand,

Suite à notre rendez-vous de mardi, notre conseil d'administration examine votre proposition
de pilotage à distance du chauffage et de la ventilation pour nos trois bâtiments.

Deux points reviennent dans les questions :

- Si votre plateforme est en panne ou si notre connexion internet est coupée, les chaudières et
  les centrales de traitement d'air continuent-elles de fonctionner avec les derniers réglages,
  ou passent-elles dans un mode dégradé ? Lequel ?
- Avez-vous un engagement de disponibilité chiffré (SLA) et des pénalités prévues au contrat ?

Pouvez-vous nous répondre par écrit avant le 4 décembre, date de notre prochain conseil ?

Cordialement,

François Delaunay
Responsable des services généraux
Groupe scolaire Saint-Joseph"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Arnaud Pelletier <arnaud@pelletier-demenagement.example>",
         to="support@loc-utilitaires.example",
         subject="Ouverture par l'appli impossible sur le 12 m3 (agence Nantes Est)",
         body="""\
Bonjour,

Ce matin l'appli n'a pas réussi à déverrouiller le Master 12 m3 que j'ai loué (contrat
LU-NE-88214) : le bouton « Ouvrir le véhicule » tourne puis affiche « Échec de connexion au
véhicule ». Deux essais à 5 minutes d'intervalle, même résultat.

L'agence m'a dépanné avec une clé physique, donc pas de souci pour aujourd'hui, je suis en
route. Par contre je reloue chez vous tous les mardis et l'agence n'ouvre qu'à 8 h 30, alors
que je récupère le véhicule à 7 h. Pouvez-vous regarder ça avant mardi prochain ?

Merci,
Arnaud Pelletier"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Corinne Vasseur <c.vasseur@tour-horizon-gestion.example>",
         to="astreinte@ascenseurs-altica.example",
         subject="Tour Horizon : les 14 ascenseurs ne répondent plus aux appels depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de votre système de gestion des appels de destination, cette nuit, aucun
des 14 ascenseurs de la Tour Horizon ne répond aux appels. Les bornes d'étage affichent « -- »
à la place de la lettre de cabine, et toutes les cabines sont garées au rez-de-chaussée, portes
ouvertes. Personne n'est resté dans une cabine, nous avons vérifié avec l'agent de sécurité.

Il est 8 h 20 et environ 1 100 salariés arrivent pour des bureaux répartis sur 32 étages. Nous
avons ouvert les escaliers, mais plusieurs collaborateurs en fauteuil ou avec des béquilles ne
peuvent pas monter, et le restaurant d'entreprise au 30e est inaccessible pour les livraisons.

Votre technicien d'astreinte ne répond pas au numéro habituel. Merci de nous rappeler
immédiatement au 01 84 88 20 57.

Corinne Vasseur
Property manager – Tour Horizon"""),
]
