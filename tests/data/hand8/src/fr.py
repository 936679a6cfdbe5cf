# blind9 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Laurent Ferrand <l.ferrand62@orange-mel.example>",
         to="sav@elevia-confort.example",
         subject="monte-escalier de ma mère, contrat MS-44817",
         body="""\
Bonjour,

Je vous écris au sujet du monte-escalier installé chez ma mère, Mme Odette Ferrand, 12 rue des Tilleuls à Vierzon (contrat MS-44817, posé en mars).

Hier vers 17h elle montait à l'étage. Le siège s'est arrêté net à mi-hauteur avec un gros claquement. Elle est restée coincée là une vingtaine de minutes, la télécommande ne répondait plus du tout. Ensuite, sans que personne ne touche à rien, le siège est reparti vers le bas par à-coups, plutôt vite, et a cogné contre la butée en bas. Elle a 86 ans. Elle s'est agrippée à la rampe comme elle a pu et ce matin elle a tout l'avant-bras violet et une épaule qu'elle ne peut plus lever.

On a coupé le disjoncteur de l'appareil. Elle dort en bas sur le canapé depuis, elle ne veut plus s'en approcher et honnêtement moi non plus tant que quelqu'un n'a pas regardé.

Est-ce que vous pouvez envoyer un technicien rapidement ? Je suis joignable toute la journée au 06 39 98 41 27.

Cordialement,
Laurent Ferrand (son fils)"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nadia Bensaid <nadia.bensaid@lapostenet.example>",
         to="contact@aquaclair-boutique.example",
         subject="Question sur le rangement de vos produits",
         body="""\
Bonjour,

J'ai commandé chez vous le pack "Entretien Saison" (commande PS-2026-118342) : chlore choc en granulés, pH moins et un anti-algues.

Samedi mon mari a rangé les seaux dans le local technique de la piscine, l'un posé sur l'autre. Le couvercle du pH moins fermait mal et un peu de poudre est tombé dans le seau de chlore, qui avait pris l'humidité. En quelques secondes il est sorti une fumée jaune verdâtre avec une odeur de piscine puissance mille. Mon mari a toussé toute la soirée, la gorge à vif et les yeux qui coulaient. Notre fils de 9 ans qui jouait juste à côté s'est mis à siffler en respirant, on a fini par appeler le 15 et ils l'ont gardé en observation jusqu'au lendemain. Ils vont mieux aujourd'hui.

Nulle part sur les seaux ni dans la notice il n'est écrit qu'il ne faut pas les stocker ensemble. Le local sent encore très fort, on n'ose pas y retourner.

Qu'est-ce qu'on doit faire des produits qui restent ? Et franchement il faudrait changer vos étiquettes avant que ça arrive à quelqu'un d'autre.

Nadia Bensaïd"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Grégoire Lemaistre <greg.lemaistre@freenet-mail.example>",
         to="service.client@sautlibre-jardin.example",
         subject="Trampoline JumpXL 430 - filet qui lâche, enfant blessé",
         body="""\
Madame, Monsieur,

Nous avons acheté le trampoline JumpXL 430 avec filet de protection en juillet (facture SL-093377). Dimanche, ma fille de 7 ans sautait avec une copine, rien de spécial, elles ne faisaient pas les folles. La couture du filet a cédé sur presque un mètre le long d'un poteau et elle est passée au travers. Elle est tombée sur le cadre puis par terre. Résultat : poignet fracturé, plâtre pour six semaines.

J'ai regardé le filet ensuite : le fil de couture est comme cuit par le soleil, il se casse entre les doigts. Trois mois seulement après l'achat.

Je voudrais savoir si d'autres familles vous ont signalé la même chose et si vous comptez rappeler ce modèle. Je garde le filet tel quel avec des photos au cas où.

Grégoire Lemaistre
Saint-Avertin"""),

    dict(n=4, signals="safety", priority="critical", trap="calm", qt=0, reply=0,
         frm="Camille Ortolan <camille.ortolan@webmel.example>",
         to="support@mondossier-pma.example",
         subject="Espace patient",
         body="""\
Bonjour,

Je suis suivie au centre de PMA de Bellerive et j'utilise votre espace patient en ligne pour consulter mes résultats.

Ce matin, en ouvrant l'onglet "Mes examens", je suis tombée sur le bilan hormonal complet d'une autre patiente : son nom, sa date de naissance, son numéro de sécurité sociale, et en dessous le spermogramme de son conjoint avec son nom à lui aussi. J'ai fermé tout de suite, mais j'ai fait une capture pour vous montrer que je n'invente rien.

Je ne veux pas faire d'histoire, mais ces informations sont très intimes et je me dis que si moi je vois les siennes, quelqu'un d'autre voit peut-être les miennes. Pouvez-vous vérifier et me dire qui a eu accès à mon dossier ces derniers jours ?

Je n'ai pas prévenu le centre pour l'instant, je préfère vous laisser le faire.

Merci d'avance,
Camille Ortolan
N° patient 2026-BL-0417"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Accueil Musée Delaunay-Verrier <accueil@musee-delaunay.example>",
         to="astreinte@billetix-culture.example",
         subject="URGENT - billetterie en panne, file d'attente énorme",
         body="""\
Bonjour,

Votre billetterie est en panne depuis l'ouverture à 10h. Les trois caisses affichent "Connexion au serveur impossible", et les billets achetés en ligne ne se scannent plus au portique, le lecteur reste sur le sablier.

C'est le premier dimanche du mois (entrée gratuite) et nous avons plus de 300 personnes dans la cour. On fait entrer les visiteurs à la main en comptant avec un compteur mécanique, mais on ne peut plus vendre les billets de l'expo temporaire ni les audioguides.

On a redémarré les postes et la box, rien ne change. Votre numéro d'astreinte sonne dans le vide.

Merci de nous rappeler au plus vite : 02 61 91 07 44.

Sandrine Pujol
Responsable accueil et billetterie"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Etude Maître Rochambaud <secretariat@etude-rochambaud.example>",
         to="assistance@actelien.example",
         subject="télétransmission des actes",
         body="""\
Bonjour,

Depuis ce matin 8h30 aucun acte ne part de l'étude. Dans ActeLien, quand on clique sur "Télétransmettre", la roue tourne deux ou trois minutes puis on a "Délai de réponse dépassé (code T-408)". Même chose sur les quatre postes, même chose avec Firefox et Edge, et Internet marche par ailleurs.

Nous avons deux ventes signées hier qui doivent partir aujourd'hui et une succession en attente. Les clercs sont bloqués sur tout ce qui passe par vous.

Pouvez-vous regarder ce qui se passe de votre côté ?

Bien cordialement,

Mathilde Serrano
Secrétariat - Étude de Me Rochambaud, notaire
Tél. 03 53 01 22 90"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Yannick Drouet <y.drouet@collectes-valdoise.example>",
         to="support@tournee-pro.example",
         subject="positions des bennes qui ne suivent plus",
         body="""\
Bonjour,

Depuis lundi la carte de suivi des tournées ne se rafraîchit plus en temps réel. Les positions de nos 14 bennes ne bougent que toutes les 20 minutes environ, parfois plus, alors qu'avant c'était quasi instantané.

Les collectes se font quand même, on appelle les chauffeurs par radio quand un habitant signale un bac oublié, donc rien de dramatique. Mais les alertes "rue non collectée" arrivent en retard et on renvoie parfois un camion pour rien.

Les boîtiers dans les cabines ont bien du réseau (voyant vert). Avez-vous changé quelque chose côté serveur ?

Yannick Drouet
Exploitation - Collectes Val d'Oise Est"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="PC Opérations T2 <pco.t2@aeroport-lacroixhaute.example>",
         to="noc@gatescan-systems.example",
         subject="Portes T2 - lecteurs rouges",
         body="""\
Depuis 6h40 tous les lecteurs de cartes d'embarquement des portes 21 à 34 passent au rouge, quel que soit le passager. Message "ERR DCS LINK". Les agents embarquent à la main avec la liste papier, ça prend trois fois plus de temps.

Déjà 4 vols partis en retard, le 7h55 pour Porto attend encore. Pic de départs entre 8h et 10h.

Redémarrage des lecteurs fait, pas mieux. Le terminal 1 fonctionne.

Rappelez le PCO au 04 65 71 30 00 poste 212.

J. Akrour, chef de quart"""),

    dict(n=9, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Thierry Vasseur <thierry.vasseur@kmail.example>",
         to="aide@ondia-mobile.example",
         subject="internet sur mon portable",
         body="""\
bonjour

depuis ce matin plus d'internet sur mon telephone des que je sors de chez moi. Les appels passent, les SMS aussi, mais les données rien, l'icone 4G est affichée mais aucune page ne charge, même WhatsApp reste sur "connexion...". A la maison en wifi tout va bien.

J'ai redémarré, mis en mode avion, enlevé et remis la carte SIM. Forfait 100 Go, il me reste 83 Go donc c'est pas ça.

Ligne au nom de Thierry Vasseur, numéro 06 39 98 17 52.

merci"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Hélène Marchetti <helene.marchetti@courriel-sud.example>",
         to="clients@optique-lumen.example",
         subject="Commande OPT-558213",
         body="""\
Bonjour,

J'ai commandé des lunettes progressives sur votre site le 3 novembre (commande OPT-558213, monture Lisa écaille, verres amincis) pour un montant de 412,80 €.

En regardant mon relevé ce matin, je vois deux débits de 412,80 € à la même date, libellés tous les deux "OPTIQUE LUMEN WEB". Je n'ai reçu qu'un seul mail de confirmation et une seule commande apparaît dans mon compte.

Pourriez-vous me rembourser le second prélèvement ? Je peux vous envoyer une copie du relevé si besoin.

Je précise que je suis contente du reste, les lunettes sont arrivées vite.

Bonne journée,
Hélène Marchetti"""),

    dict(n=11, signals="payment", priority="high", trap="angry", qt=0, reply=0,
         frm="Kevin Baptiste <kev.baptiste93@zmail.example>",
         to="service-client@parions-vite.example",
         subject="MON RETRAIT ??",
         body="""\
Ca fait deux semaines que j'attends mon retrait de 1 840 euros, demandé le 28 octobre. Sur l'appli c'est marqué "Validé" depuis le 30. Sur mon compte bancaire : rien. Zéro.

Votre chat me répond à chaque fois "merci de patienter 72h ouvrées", j'ai patienté 72h trois fois. Mes pièces d'identité ont été validées en septembre, mon RIB aussi, j'ai déjà retiré deux fois sans problème.

Pour déposer c'est instantané par contre.

J'ai un loyer à payer le 5 et je comptais sur cet argent. Je veux une date précise de virement et le numéro de la transaction, sinon je saisis l'ANJ.

Identifiant joueur : KBAPT93
Kevin Baptiste"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Sophie Kerhervé <sophie.kerherve@bzh-mail.example>",
         to="abonnes@cinetoile-plus.example",
         subject="prélèvement après résiliation",
         body="""\
Bonjour,

J'ai résilié mon abonnement Cinétoile+ Famille le 2 octobre depuis mon espace client. J'ai même reçu un mail "Nous sommes tristes de vous voir partir" avec la date de fin au 4 novembre.

Or le 5 novembre j'ai été prélevée de 17,99 € comme d'habitude. L'appli sur la télé est bien déconnectée, je ne peux plus rien regarder, donc je paie pour rien.

Merci de me rembourser ce mois et de vérifier qu'il n'y aura pas d'autre prélèvement en décembre.

Sophie Kerhervé
(compte : sophie.kerherve@bzh-mail.example)"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Julien Tessier <jtessier@messagerie-libre.example>",
         to="support@kartopay.example",
         subject="petite question relevé",
         body="""\
Bonjour,

Sur le relevé de ma carte prépayée KartoPay de novembre, je vois une ligne "Frais de rechargement 1,50 €" le 12/11, juste après ma recharge de 50 € chez le buraliste.

Ce n'est pas grave du tout, c'est juste que je ne l'avais jamais remarqué avant. C'est pour chaque recharge en point de vente, ou seulement au-delà d'un certain nombre par mois ? Et par virement c'est gratuit ?

Merci et bonne journée,
Julien"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Bénédicte Aumont <b.aumont@famille-aumont.example>",
         to="fidelite@air-atlantis.example",
         subject="code de vérification jamais reçu - vol demain 7h",
         body="""\
Bonjour,

Je n'arrive plus à me connecter à mon compte Atlantis Miles (n° AM 88 413 257). Après le mot de passe, le site m'envoie un code par SMS... sur mon ancien numéro, que je n'ai plus depuis un an. Je l'avais pourtant changé dans mon profil, enfin je crois. Il n'y a pas d'autre choix proposé, pas de mail, rien.

Le problème c'est que je pars demain à 7h pour Montréal avec un billet prime payé en miles, et la réservation n'est visible que dans le compte. Je ne peux ni faire l'enregistrement ni choisir les sièges pour mes deux enfants.

J'ai essayé de "réinitialiser" mais ça renvoie au même code SMS.

Pouvez-vous débloquer l'accès ou changer le numéro aujourd'hui ? Je peux envoyer une pièce d'identité.

Bénédicte Aumont
06 39 98 63 08"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Thomas Nguyen-Vidal <thomas.nv@pro-mail.example>",
         to="alumni@univ-rivesud.example",
         subject="Changement d'adresse mail sur le réseau des anciens",
         body="""\
Bonjour,

Diplômé du master Géosciences en 2021, j'ai un compte sur la plateforme Alumni avec mon ancienne adresse étudiante (t.nguyenvidal@etu.univ-rivesud.example), qui va être fermée à la fin du mois d'après le mail reçu de la DSI.

Quand j'essaie de mettre ma nouvelle adresse dans "Mon profil", j'ai le message : "Cette adresse est déjà associée à un autre compte". C'est possible que j'aie créé un deuxième compte il y a des années sans m'en souvenir, mais je ne peux pas m'y connecter non plus (lien de réinitialisation jamais reçu).

Est-il possible de supprimer ce compte en doublon et de rattacher la nouvelle adresse au compte principal ? Je voudrais garder mes contacts et mes messages.

Merci beaucoup,
Thomas Nguyen-Vidal"""),

    dict(n=16, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Ingrid Falcou <i.falcou@transitaire-falcou.example>",
         to="help@contenair-track.example",
         subject="Administrateur du compte société",
         body="""\
Bonjour,

Notre société (Transitaire Falcou & Fils, compte client CT-20-7731) utilise ContenairTrack pour suivre nos conteneurs au Havre et à Fos.

L'administrateur du compte était Olivier Berthet, qui a quitté l'entreprise fin septembre. Il est toujours indiqué comme seul "Admin". Personne d'autre ne peut donc ajouter d'utilisateurs ni modifier les droits, et notre nouveau responsable logistique, M. Samir Haddad, n'a toujours pas d'accès.

Nous ne voulons pas que M. Berthet garde un accès à nos données, et nous aimerions que je devienne administratrice à sa place.

Quels documents faut-il vous fournir (Kbis, courrier signé du gérant...) ?

Cordialement,
Ingrid Falcou
Assistante de direction"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Enzo Lambert <enzo.lambert2009@jeux-mail.example>",
         to="assistance@nova-console.example",
         subject="pseudo",
         body="""\
salut,

je voudrais changer mon pseudo sur mon compte NovaNet (actuellement DarkEnzo_09, c'est un peu la honte maintenant lol). Je trouve pas où on fait ça dans les paramètres de la console, il y a juste "modifier l'avatar".

Est-ce que c'est payant ? Et surtout est-ce que je perds mes sauvegardes et mes trophées si je change ?

merci
Enzo"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Maëlle Fournier <maelle.fournier@boitemail.example>",
         to="contact@stadium-billets.example",
         subject="Concert de samedi !!",
         body="""\
Bonjour à toute l'équipe,

Juste un petit mot pour dire que le concert de samedi au Stade des Pins a mis le feu ! Une vraie tuerie, le public était en feu du début à la fin, et quand ils ont lancé le dernier morceau j'ai cru que les tribunes allaient exploser.

Côté organisation aussi c'était au top : entrée rapide avec le billet sur le téléphone, pas d'attente aux buvettes, navettes à la sortie. Bravo.

Petite question : les photos du public prises par votre photographe seront publiées quelque part ? On était en tribune Nord, rang K, avec des pancartes jaunes, on aimerait bien les retrouver.

Merci encore et vivement la prochaine !
Maëlle"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Pierre-Yves Guillemot <py.guillemot@campagne-net.example>",
         to="riverains@carrieres-montclos.example",
         subject="Calendrier des tirs de mines",
         body="""\
Bonjour,

J'habite au lieu-dit La Garenne, à environ 800 m du front de taille de la carrière. Je n'ai pas de plainte, les tirs de mines se passent bien et on entend à peine la détonation.

Par contre je viens d'installer deux juments dans le pré du côté de la carrière et elles sont nerveuses. J'aimerais donc être prévenu à l'avance des jours et heures des tirs, pour les rentrer à l'écurie avant.

Est-ce que vous avez une liste de diffusion par SMS ou par mail pour les riverains, avec le planning des explosifs ? Si oui, vous pouvez m'y inscrire : 06 39 98 05 71.

Bien à vous,
P.-Y. Guillemot"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Bernard Chaput <bernard.chaput@vieux-mail.example>",
         to="reclamations@parkair-navettes.example",
         subject="INADMISSIBLE",
         body="""\
Madame Monsieur,

Je suis SCANDALISÉ par le comportement de votre chauffeur de navette hier soir au parking P4 de l'aéroport !!!

Déjà il est arrivé avec DIX minutes de retard. Ensuite quand je lui ai fait remarquer poliment, il m'a répondu "c'est bon, vous n'allez pas mourir" et il a soupiré quand j'ai mis ma valise dans le coffre. Je suis client chez vous depuis 2014, on ne m'a JAMAIS parlé comme ça. La radio était beaucoup trop forte en plus.

Navette de 22h40 environ, minibus blanc, je n'ai pas pu relever son nom.

J'attends des excuses.

B. Chaput"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Aurélie Desmarais <aurelie.desmarais@fibre-maison.example>",
         to="suggestions@visiotel-tv.example",
         subject="appli TV + suggestion",
         body="""\
Bonjour,

Je vous avais écrit en septembre parce que l'application Replay de ma télé VisioTel 55" plantait sans arrêt avec un écran noir. Depuis la mise à jour 4.2 du mois dernier, plus un seul plantage, tout est fluide. Merci, c'est réglé de ce côté-là.

Du coup j'en profite pour une suggestion : est-ce qu'il serait possible d'ajouter une option pour agrandir les sous-titres ? Mon père est malentendant et un peu myope, il regarde tout avec les sous-titres et il les trouve vraiment trop petits, même assis près de l'écran. Sur d'autres applis on peut choisir petit / moyen / grand.

Pas pressé, mais ce serait vraiment apprécié.

Bonne continuation,
Aurélie D."""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marc Villeneuve <marc.villeneuve@lesvignes-mail.example>",
         to="info-usagers@eaux-coteaux.example",
         subject="RE: Interruption de distribution - secteur Les Vignes",
         body="""\
Bonsoir,

Merci pour le suivi et les SMS au fil de la journée. L'eau est revenue vers 16h chez nous, elle est claire et la pression est normale. Bravo aux équipes qui ont travaillé sous la pluie.

Bonne soirée,
Marc Villeneuve
8 impasse des Vignes

-----Message d'origine-----
De : Info Usagers Eaux des Coteaux
Envoyé : mardi 17 novembre 2026 09:12
Objet : Interruption de distribution - secteur Les Vignes

> Madame, Monsieur,
> Suite à une rupture de canalisation rue du Moulin, la distribution d'eau est
> interrompue depuis 7h dans le secteur Les Vignes. La coupure devrait durer
> jusqu'en fin d'après-midi. Un point d'eau est à disposition devant la mairie.
> Nous vous prions de nous excuser pour la gêne occasionnée."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dr Agnès Poirel <a.poirel@efs-collecte-ouest.example>",
         to="support@donorlink-app.example",
         subject="Collecte mobile - aucune infirmière ne peut se connecter",
         body="""\
Bonjour,

Nous sommes en collecte mobile au lycée Jules-Ferry de Laval depuis 8h, avec 9 infirmières et environ 70 donneurs inscrits pour la matinée.

Depuis la réinitialisation des mots de passe que vous avez imposée cette nuit, personne ne peut ouvrir une session sur les tablettes DonorLink. Chaque infirmière saisit son nouvel identifiant, reçoit bien le code par mail, puis revient sur l'écran de connexion en boucle. Sur l'ordinateur du médecin, pareil.

Sans DonorLink, on ne peut ni faire l'entretien pré-don ni étiqueter les poches. On a commencé sur papier pour ne pas renvoyer les gens, mais on ne pourra pas tracer les prélèvements correctement et les élèves doivent être en cours à 11h.

Merci de traiter en priorité, je reste joignable au 02 61 91 55 38.

Dr Agnès Poirel
Médecin responsable de collecte"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Jean-Marc Ollivier <jm.ollivier@retraite-mail.example>",
         to="relations.clients@mer-azur-croisieres.example",
         subject="RE: RE: Remboursement croisière annulée - dossier CR-77120",
         body="""\
Troisième mail. Toujours aucune réponse et toujours pas un centime.

Votre croisière Baléares du 12 octobre a été annulée par VOUS. Vous m'avez promis le remboursement intégral de 3 460 € "sous 14 jours". On est le 19 novembre. Ma femme et moi sommes retraités, cette somme représente nos économies de l'année et nous en avons besoin avant la fin du mois pour une échéance.

Je veux une réponse écrite avec une date de virement d'ici vendredi, sinon je transmets le dossier au médiateur du tourisme.

Jean-Marc Ollivier

Le 5 nov. 2026 à 10:41, Jean-Marc Ollivier a écrit :
> Bonjour, je reviens vers vous pour le remboursement du dossier CR-77120.
> Le délai de 14 jours est dépassé et je n'ai rien reçu sur mon compte.
> Merci de me tenir informé.
>
> Le 20 oct. 2026 à 16:03, Jean-Marc Ollivier a écrit :
>> Bonjour, suite à l'annulation de notre croisière, je vous transmets mon RIB
>> pour le remboursement de 3 460 €. Cordialement."""),
]
