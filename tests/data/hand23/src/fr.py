# blind24 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lemaire-Vidal <s.lemairevidal@mailo.example>",
         to="sav@reparlinge.example",
         subject="Lave-linge après votre intervention d'hier",
         body="""\
Bonjour,

Votre technicien (M. Fabre, je crois) est passé hier après-midi pour changer la pompe de vidange de notre lave-linge Ardena WL-714, dossier n° RL-2025-08831.

Ce matin j'ai lancé un programme 40°. Au bout d'une vingtaine de minutes, on a entendu un grésillement derrière le panneau arrière, comme de la friture, puis une odeur de plastique fondu s'est répandue dans toute la buanderie. Le côté gauche de la carrosserie était tellement chaud que je n'ai pas pu y laisser la main plus d'une seconde. Le disjoncteur de la cuisine a sauté deux fois.

J'ai débranché la machine, elle est toujours pleine d'eau et de linge. Mes enfants ont 3 et 6 ans et la buanderie donne sur leur chambre : je ne la rebrancherai pas tant que quelqu'un ne sera pas venu voir.

Pouvez-vous renvoyer quelqu'un aujourd'hui ? Je suis joignable au 06 39 98 41 27.

Sandrine Lemaire-Vidal"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Olivier Castagné <olivier.castagne@laposte-mail.example>",
         to="contact@veloparc-metropole.example",
         subject="Vélo n° 40217 – la charnière du cadre",
         body="""\
Bonjour,

Hier vers 18 h 30 j'ai loué le vélo pliant 40217 à la station Quai Perrache pour ma fille de 15 ans (sur mon compte abonné). Dans la descente de la montée de Choulans, la charnière du cadre a lâché d'un coup : le vélo s'est plié en deux sous elle et elle est passée par-dessus le guidon.

Elle a le menton ouvert (cinq points de suture), les deux paumes à vif et un poignet qu'on fait radiographier ce matin.

Le vélo est resté accroché à la borne de la station Sainte-Blandine. Le levier de fermeture pend, il suffit de l'effleurer pour que le cadre s'ouvre. Rien n'empêche quelqu'un d'autre de le reprendre ce soir. Merci de le retirer du service tout de suite et de m'indiquer à qui envoyer les certificats médicaux.

Olivier Castagné
06 39 98 12 50"""),

    dict(n=3, signals="safety", priority="critical", trap="wrong-dose", qt=0, reply=0,
         frm="Camille Roussel <camille.roussel@orange-mail.example>",
         to="service-client@pharmavet-direct.example",
         subject="Mauvais dosage de Cardiopim pour mon chien – commande PV-553201",
         body="""\
Bonjour,

Commande n° PV-553201 reçue lundi. Mon vétérinaire a prescrit du Cardiopim 1,25 mg pour Filou (cavalier king charles, 9 kg). La boîte que vous avez envoyée contient des comprimés à 10 mg, alors que l'étiquette de votre pharmacie indique bien 1,25 mg.

Je ne m'en suis rendu compte que ce soir : il en prend un matin et soir depuis mardi. Depuis hier il titube, il s'est effondré deux fois dans le jardin et il a vomi. Nous partons chez le vétérinaire de garde.

C'est une erreur dangereuse, il faut vérifier si d'autres clients ont reçu le même lot (lot 24K118). Merci de me rappeler au 01 99 00 37 82 et de m'envoyer par écrit ce qui a été délivré exactement.

Camille Roussel"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Thierry Navarro <thierry.navarro@numericable-mail.example>",
         to="espace-client@energie-solidaire.example",
         subject="Question sur mon espace client",
         body="""\
Bonjour,

Est-ce normal qu'en me connectant ce matin à mon espace client, l'onglet « Mes factures » affiche trois factures qui ne sont pas à moi ? Elles sont au nom de Mme Josiane Perrault, 14 allée des Tilleuls, avec la consommation heure par heure de son compteur communicant, son numéro de PDL et les quatre derniers chiffres de son IBAN.

Du coup je me demande si elle voit les miennes.

Je n'ai rien téléchargé. Mon contrat : n° 3008 771 245.

Cordialement,
Thierry Navarro"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pharmacie du Marché – Hélène Vasseur <contact@pharmacie-du-marche.example>",
         to="pro@consignes-click.example",
         subject="Site CC-0912 : aucune porte de casier ne s'ouvre",
         body="""\
Bonjour,

Depuis 7 h ce matin, aucune porte de nos trois blocs de consignes (site n° CC-0912, devant l'officine) ne s'ouvre. Les clients saisissent leur code, l'écran affiche « Veuillez patienter » puis revient à l'accueil. Le livreur de ce matin n'a pas pu déposer non plus et il est reparti avec les colis.

Nous avons 46 retraits prévus aujourd'hui, surtout des commandes de parapharmacie et du matériel de maintien à domicile (déambulateurs, coussins). Une dizaine de personnes se sont déjà présentées devant les casiers ; on les fait passer au comptoir, mais on ne peut pas récupérer ce qui est enfermé dedans, et les retraits du soir se font quand l'officine est fermée.

Le redémarrage depuis le boîtier (bouton rouge appuyé 10 secondes) n'a rien changé.

Merci de nous envoyer un technicien ou de débloquer à distance au plus vite.

Hélène Vasseur, pharmacienne titulaire
02 61 91 44 08"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Julien Ferrand <j.ferrand@parczoo-vallee.example>",
         to="support@billetterie-loisirs.example",
         subject="Portiques d'entrée : les e-billets sont refusés",
         body="""\
Bonjour,

Depuis l'ouverture à 9 h 30, aucun billet électronique ne passe aux portiques d'entrée du parc. Le lecteur bipe, affiche « Titre inconnu » et le tourniquet reste bloqué, que le billet soit imprimé ou sur téléphone. Les billets vendus au guichet ce matin passent, eux.

C'est le premier dimanche des vacances et nous avons plus de 2 000 réservations en ligne pour aujourd'hui. Pour l'instant on fait entrer les visiteurs un par un par le portillon de service en cochant les noms sur une liste imprimée ; la file fait 200 mètres sur le parking et les soigneurs ont dû décaler le nourrissage des otaries.

Our group operations manager asked me to add: this is the second time since the v5.2 update, please escalate to your on-call engineer right away.

Julien Ferrand
Responsable accueil – Parc zoologique de la Vallée
01 99 00 52 19"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Martine Bouchard <martine.bouchard@free-mail.example>",
         to="abonnes@reseau-chaleur-metropole.example",
         subject="Plus de chauffage ni d'eau chaude",
         body="""\
Bonjour,

Depuis hier soir 21 h, plus de chauffage ni d'eau chaude dans mon appartement (résidence Les Cèdres, bât. B, 3e étage, abonnée n° RC-104558). Les radiateurs sont froids et le robinet d'eau chaude coule froid. Les voisins du bâtiment A ont tout, eux.

Il fait 16° dans le salon ce matin. Quand pouvez-vous passer ?

Martine Bouchard"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Bruno Lefebvre <bruno.lefebvre@sfr-box.example>",
         to="support@soleil-suivi.example",
         subject="Courbe de production à zéro depuis mardi",
         body="""\
Bonjour,

Est-il normal que l'appli de suivi affiche 0 kWh de production depuis mardi ? L'onduleur, lui, indique bien 3,1 kW en plein midi et le compteur de revente tourne, donc les panneaux produisent. Simplement, plus rien ne remonte dans l'application ni sur le portail web : le graphique s'arrête mardi à 11 h 40.

Ce n'est pas bloquant pour l'instant, mais je ne reçois plus les alertes et j'aimerais avoir l'historique complet pour mon bilan de fin d'année.

Installation n° SOL-77612, passerelle Wi-Fi modèle GW-3.

Merci,
Bruno Lefebvre"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Aurélie Morin <aurelie.morin@webmel.example>",
         to="installation@fibreconnect.example",
         subject="Connexion coupée depuis l'installation de la fibre",
         body="""\
Bonjour,

Votre technicien est venu lundi installer la fibre (RDV n° FC-2291-07). Tout fonctionnait quand il est reparti. Depuis mardi matin, panne totale : la box affiche un voyant « Fibre » rouge clignotant, ni internet ni téléphone fixe.

J'ai redémarré la box, débranché et rebranché le câble dans la prise optique comme indiqué sur votre site, sans effet. Je suis en télétravail à 100 % et je ne peux plus travailler depuis chez moi. Nous avons déjà appelé deux fois votre hotline, on nous a promis un rappel qui n'est jamais venu.

Pouvez-vous m'indiquer une date d'intervention ?

Aurélie Morin
06 39 98 70 03"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Patrick Delorme <p.delorme@menuiserie-delorme.example>",
         to="compta@verre-decoupe.example",
         subject="Commande VD-40815 débitée deux fois",
         body="""\
Bonjour,

J'ai commandé le 12 mars deux vitrages feuilletés 44.2 découpés sur mesure (commande VD-40815, 312,40 € TTC). Sur mon relevé bancaire, le montant apparaît deux fois, le 12 et le 13, avec la même référence.

Je n'ai reçu qu'une confirmation et qu'une livraison. Pouvez-vous rembourser le doublon ? Capture du relevé en pièce jointe.

Patrick Delorme
Menuiserie Delorme"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Nadia Belkacem <n.belkacem@renov-facades.example>",
         to="location@echafaudage-pro.example",
         subject="Caution de 1 800 € toujours pas remboursée",
         body="""\
Bonjour,

Nous avons rendu le 28 février l'ensemble de l'échafaudage loué pour le chantier de la rue Gambetta (contrat LOC-2025-0193) : 42 cadres, planchers, plinthes et garde-corps. Tout a été contrôlé par votre dépôt et le bon de retour a été signé sans réserve (copie jointe).

Vos conditions générales prévoient le remboursement de la caution sous huit jours. Nous sommes le 20 mars, toujours rien sur notre compte, et mes deux mails à votre comptabilité sont restés sans réponse.

Je vous le dis franchement : nous sommes une entreprise de cinq personnes et ces 1 800 € nous manquent pour payer les salaires vendredi. Merci de faire le virement cette semaine, ou au minimum de me donner une date précise. L'IBAN est celui qui figure sur le contrat.

Nadia Belkacem, gérante
Rénov'Façades SARL
01 99 00 61 74"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Gérard Pons <gerard.pons@wanadoo-mail.example>",
         to="clientele@eaux-du-causse.example",
         subject="Facture d'eau : 940 m³ au lieu de 94 ?",
         body="""\
Bonjour,

Je viens de recevoir ma facture semestrielle (n° EC-25-118430) : 2 874,12 € pour 940 m³. Nous sommes deux retraités dans une maison sans piscine ; notre consommation tourne autour de 90 à 100 m³ par semestre depuis des années.

Le relevé est marqué « estimé ». J'ai relevé le compteur moi-même ce matin : index 04 218, photo jointe. Il y a visiblement un zéro de trop quelque part.

Pouvez-vous corriger la facture et suspendre le prélèvement prévu le 5 ?

Gérard Pons
Abonné n° 0045 7712"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@courriel.example>",
         to="aide@autopartage-citadine.example",
         subject="Petite question sur ma facture de février",
         body="""\
Bonjour,

Sur ma facture de février, il y a une ligne « Frais de gestion – 0,49 € » que je n'avais jamais vue. Rien de grave, je suis juste curieuse : c'est nouveau ? À quoi ça correspond ?

Merci et bonne journée,
Léa"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Antoine Giraud <a.giraud@netcourrier.example>",
         to="support@resa-tennis.example",
         subject="Compte verrouillé, impossible de réserver",
         body="""\
Bonjour,

Après trois mots de passe ratés, mon compte (licence 0734 5521 J) affiche « Compte verrouillé, contactez votre club ». Le club me renvoie vers vous. Et le lien « Mot de passe oublié » me répond que le compte est verrouillé, lui aussi.

Je voudrais réserver le court n° 2 pour samedi matin avec mon partenaire habituel. Pouvez-vous le débloquer ?

Merci,
Antoine Giraud"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Sophie Marchand <sophie.marchand@mel.example>",
         to="espace-client@telmobile.example",
         subject="Code de vérification par SMS jamais reçu",
         body="""\
Bonjour,

Depuis la semaine dernière, quand je me connecte à mon espace client sur votre site, on me demande un code à six chiffres envoyé par SMS. Je ne le reçois jamais, même après avoir cliqué cinq fois sur « Renvoyer le code ».

Je pense que c'est parce que mon profil contient encore mon ancien numéro (06 39 98 20 11), résilié en janvier quand j'ai changé de ligne. Mon numéro actuel est le 06 39 98 56 34. Mais pour le modifier, il faut… se connecter.

Comment faire ?

Sophie Marchand"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Marc-Antoine Leroy <ma.leroy@courriel.example>",
         to="donneurs@rdv-don.example",
         subject="Mon profil de donneur a disparu",
         body="""\
Bonjour,

Je voulais prendre rendez-vous pour un don de plasma et l'application me répond « Aucun compte associé à cette adresse ». Je suis pourtant donneur depuis 2011, avec 31 dons dans mon historique, et j'avais un rendez-vous le 14 avril que je ne vois plus nulle part.

Je n'ai jamais demandé la suppression de mon compte. Pouvez-vous le restaurer, avec l'historique ? Repartir de zéro, c'est un peu démotivant.

Marc-Antoine Leroy
né le 03/09/1979"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Françoise Aubert <f.aubert@golfeuse.example>",
         to="membres@teetime-golf.example",
         subject="Changer l'adresse e-mail de mon compte",
         body="""\
Bonjour,

Comment fait-on pour changer l'adresse e-mail de mon compte de réservation ? J'utiliserai désormais francoise.aubert@nouvelle-adresse.example, mais je ne trouve pas le champ dans « Mon profil ».

Merci d'avance,
Françoise Aubert (index 18,4)"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Isabelle Quéré <isabelle.quere@bretagne-mail.example>",
         to="stages@voile-capiroise.example",
         subject="Re: Rappel des consignes avant la saison",
         body="""\
Bonjour Yann,

Merci pour toutes ces infos, c'est très clair. Une autre question : reste-t-il des places sur le stage Optimist du 7 au 11 juillet pour ma fille de 10 ans ? Elle a fait la semaine d'initiation l'an dernier et elle en redemande.

Bonne journée,
Isabelle Quéré

Le jeu. 6 mars 2025 à 17:02, École de voile Cap Iroise <stages@voile-capiroise.example> a écrit :
> Bonjour à toutes et à tous,
>
> Suite au chavirage d'un dériveur la semaine dernière, nous rappelons à tous
> nos stagiaires les consignes de sécurité : gilet de sauvetage obligatoire dès
> le ponton, combinaison intégrale jusqu'en juin (risque d'hypothermie dans une
> eau à 11 °C) et interdiction de sortir sans moniteur en cas d'alerte météo.
>
> Bonne saison,
> Yann, chef de base"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Dominique Hamel <dominique.hamel@maison.example>",
         to="contact@depann-electromenager.example",
         subject="Merci pour la réparation du four",
         body="""\
Bonjour,

Petit mot pour remercier Karim, venu jeudi pour la panne de notre four. Résistance changée en vingt minutes, explications claires, et le gratin du dimanche était parfait. Vu l'urgence (vingt personnes pour les 80 ans de ma mère), vous nous avez sauvé la mise.

Encore merci, je vous recommanderai autour de moi.
Dominique Hamel"""),

    dict(n=20, signals="-", priority="low", trap="names", qt=0, reply=0,
         frm="Carole Benoît <carole.benoit@familles.example>",
         to="infos@aquarivage-parc.example",
         subject="Toboggan « Le Volcan » : taille minimum ?",
         body="""\
Bonjour,

Nous venons à AquaRivage le 19 juillet avec nos deux garçons de 8 et 11 ans. Le grand brûle d'impatience de faire « Le Volcan » et la descente « Tsunami ». Le petit mesure 1,28 m : est-ce suffisant pour ces deux attractions ? Et la « Rivière Infernale » est-elle accessible aux moins de 1,30 m accompagnés d'un adulte ?

Merci, et bravo, votre nouveau site est une bombe !
Carole Benoît"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Romain Chevalier <romain.chevalier@boitemail.example>",
         to="nouveaux-clients@volt-direct.example",
         subject="Votre offre couvre-t-elle les coupures de courant ?",
         body="""\
Bonjour,

Je compare les fournisseurs d'électricité avant mon emménagement en mai. Chez vous, en cas de coupure de courant ou de panne du réseau, est-ce que je suis indemnisé ? Et après une tempête, qui intervient : vous ou le gestionnaire de réseau ?

J'ai un congélateur bien rempli et un grand aquarium, donc ça pèse un peu dans mon choix.

Merci,
Romain Chevalier"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Fédération du Négoce Bois-Matériaux <lettre@fnbm-info.example>",
         to="support@negoce-dupuis.example",
         subject="La Lettre Pro n° 87 – Piratage de comptes, fraude au virement : les bons réflexes",
         body="""\
LA LETTRE PRO – mars 2025

Au sommaire de ce numéro :

• Fraude au faux fournisseur : un négoce de l'Ain a failli virer 48 000 € sur un RIB modifié. Retour d'expérience et check-list à afficher en comptabilité.
• Comptes clients piratés : pourquoi activer la double authentification sur vos comptes professionnels.
• Chantiers : rappel de la réglementation sur les protections contre les chutes de hauteur.
• Save the date: Cyber Day for builders' merchants, 12 June in Lyon – talks in French and English.

Vous recevez cette lettre en tant qu'adhérent. Pour vous désinscrire, cliquez ici."""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Kevin Tessier <logistique@atelier-savonnier.example>",
         to="pro@coursier-express.example",
         subject="RE: Impossible de générer les étiquettes – compte pro 88213",
         body="""\
Bonjour,

Troisième message, et toujours aucune réponse en dehors de l'accusé de réception automatique. Votre application refuse toujours de générer la moindre étiquette : on remplit l'expédition, on clique sur « Valider », la roue tourne puis « Erreur 502 ». Même chose sur le site, depuis trois ordinateurs différents.

On en est à 140 colis emballés qui attendent dans l'atelier, des clients qui nous relancent, et votre chauffeur est reparti à vide hier et ce matin. Pour une boutique en ligne de notre taille, deux jours sans expédition, c'est une semaine de chiffre d'affaires. Merci de transmettre ce dossier à quelqu'un qui peut agir aujourd'hui.

Kevin Tessier
Atelier Savonnier – logistique
01 99 00 23 66

-----Message d'origine-----
De : Kevin Tessier
Envoyé : mardi 18 mars 2025 09:14
À : pro@coursier-express.example
Objet : RE: Impossible de générer les étiquettes – compte pro 88213

> Bonjour, je relance : toujours aucune étiquette possible depuis hier.
> Nous avons 80 colis en attente. Merci de nous rappeler.
>
> -----Message d'origine-----
> Envoyé : lundi 17 mars 2025 10:02
> Objet : Impossible de générer les étiquettes – compte pro 88213
>
> Bonjour, depuis ce matin la création d'étiquettes échoue avec
> « Erreur 502 », sur l'appli comme sur le site. Pouvez-vous regarder ?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Claire Dumont <officine@pharma4vents.example>",
         to="hotline@robotix-officine.example",
         subject="Robot RX-600 : l'étiqueteuse n'imprime plus",
         body="""\
Bonjour,

Depuis la mise à jour de jeudi, l'imprimante d'étiquettes intégrée à notre robot de dispensation (RX-600, n° de série 60-11872) n'imprime plus rien : le robot sort bien les boîtes, mais sans étiquette.

Rien de bloquant : on imprime les étiquettes depuis le poste du comptoir et on les colle à la main, ça nous fait juste perdre un peu de temps aux heures de pointe. Pouvez-vous planifier une intervention à distance ou un passage dans la semaine ?

Cordialement,
Claire Dumont, préparatrice
Pharmacie des Quatre Vents"""),
]
