# blind10 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Monique Lefrançois <m.lefrancois@orange-mail.example>",
         to="sav@chaleurdouce.example",
         subject="Couverture chauffante CD-200 - odeur",
         body="""\
Bonjour,

J'ai acheté une couverture chauffante CD-200 chez vous en novembre (commande 44817-F) pour ma mère de 84 ans qui vit chez nous.

Depuis trois ou quatre nuits elle se plaignait d'une odeur de plastique chaud, je pensais que c'était le neuf. Ce matin en faisant le lit j'ai trouvé une auréole brune de la taille d'une main sur la housse, côté pieds, et le tissu est dur et cassant à cet endroit. Le boîtier était sur la position 2, pas au maximum.

Ma mère a en plus une plaque rouge sur le mollet avec une cloque. Elle ne sent plus bien ses jambes à cause de son diabète, donc elle ne s'est rendu compte de rien pendant la nuit.

J'ai débranché la couverture et je l'ai mise dans le garage. Que dois-je faire ? Est-ce que d'autres clients ont eu la même chose ? Je peux envoyer des photos.

Cordialement,
Monique Lefrançois"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Garnier <julien.garnier@lapostenet.example>",
         to="contact@kalio-puericulture.example",
         subject="question sur la boucle du siège",
         body="""\
Bonjour,

Nous avons le siège auto Kalio Isofix 0-4 ans (acheté en mars, n° de série KL-2291-0457).

Hier sur la rocade j'ai dû freiner fort et la boucle du harnais s'est ouverte d'un coup. Ma fille de 2 ans a glissé vers l'avant, elle s'est retrouvée à moitié sous la sangle ventrale avec une marque rouge en travers du cou. Elle va bien, on est passés chez la pédiatre par précaution.

J'ai refait l'essai à l'arrêt : en tirant fort sur les deux bretelles, la boucle se défait environ une fois sur trois, sans qu'on appuie sur le bouton rouge.

Je ne remets pas ce siège dans la voiture en attendant votre retour. Pouvez-vous me dire si c'est connu et ce que je dois faire ?

Merci,
Julien Garnier"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Stéphane Roux <s.roux@free-box.example>",
         to="sav@portalis-automatismes.example",
         subject="URGENT porte de garage - mon fils coincé dessous",
         body="""\
Hello,

Je vous écris au sujet de la motorisation Portalis S3 posée par votre technicien le 12 du mois dernier (contrat d'installation PRT-66120).

Hier soir la porte s'est refermée sur mon fils de 9 ans qui passait dessous avec son vélo. Elle n'est PAS remontée alors que la cellule photoélectrique était allumée en vert. Il est resté coincé au niveau du dos plusieurs secondes, le temps que j'arrive à tirer le débrayage manuel. Urgences, contusions sur les côtes, rien de cassé heureusement. Mais il aurait pu être écrasé.

Depuis la porte est bloquée ouverte en manuel et personne n'y touche. Je veux qu'un technicien vienne contrôler le système anti-écrasement avant toute remise en route, et je veux savoir si d'autres installations ont le même défaut.

Stéphane Roux
06 39 98 12 47"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nadia Benali <nadia.benali@messagerie.example>",
         to="assistance@ecolien.example",
         subject="Espace parents : ce n'est pas mon enfant",
         body="""\
Madame, Monsieur,

Ce matin, en me connectant à l'espace parents (Collège Jean-Moulin, application ÉcoLien) pour voir les notes de mon fils, je suis tombée sur le dossier complet d'une autre élève de 4e B : ses bulletins, l'adresse et le téléphone de ses parents, et surtout son PAI avec son traitement contre l'épilepsie et le nom de son neurologue.

Je n'ai rien téléchargé et je me suis déconnectée tout de suite. Quand je me reconnecte, je retombe sur elle et pas sur mon fils. J'en déduis que quelqu'un d'autre voit peut-être le dossier de mon fils en ce moment.

Je trouve cela très grave. Merci de couper l'accès le temps de corriger, et de prévenir la famille concernée ainsi que le collège.

Nadia Benali
Mère de Yanis Benali, 4e C"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Élodie Marchand <elodie@lecadenasrouge.example>",
         to="support@resaplay.example",
         subject="module de réservation en panne",
         body="""\
Bonjour,

Votre module de réservation est en panne depuis hier 22h, en tout cas chez nous : sur notre site la page des créneaux affiche « Service temporairement indisponible », et dans l'interface gérant je ne peux ni voir ni créer de réservation. Votre page de statut dit pourtant que tout est vert...

Nous sommes un escape game de 3 salles à Angers (compte EG-0381). Le samedi c'est la moitié de notre chiffre de la semaine. Les clients nous appellent parce qu'ils n'arrivent pas à réserver, et je ne sais même pas qui est déjà inscrit pour les sessions de 14h et 15h30.

Merci de traiter en priorité, on ouvre dans une heure.

Élodie Marchand
Le Cadenas Rouge - Escape Game"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gérard Dufresne <exploitation@cars-dufresne.example>",
         to="hotline@transscol.example",
         subject="tablettes conducteurs",
         body="""\
Bonjour,

Depuis 6h15 ce matin aucune des tablettes de nos conducteurs n'affiche les circuits : l'appli TransScol s'ouvre, le logo tourne, puis écran blanc. Redémarrage, passage 4G/wifi, réinstallation sur une tablette de test : pareil.

Nous sommes transporteur scolaire (Cars Dufresne, client n° 2207), 23 circuits le matin, environ 640 élèves. Les titulaires connaissent leur tournée par coeur, mais on a 6 remplaçants cette semaine qui roulent avec des listes papier imprimées à la va-vite, et sans l'appli on n'a plus le pointage des enfants à la montée. Deux écoles ont déjà appelé pour des élèves qui attendaient encore à l'arrêt.

Rappelez-moi au 06 39 98 40 12 svp, c'est la priorité absolue ce matin.

Gérard Dufresne
Responsable exploitation"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Corinne Vasseur <c.vasseur@syndic-vasseur.example>",
         to="support@interphonia.example",
         subject="Interphone - appels qui arrivent en retard",
         body="""\
Bonjour,

Je gère la résidence Les Tilleuls (42 logements), équipée de vos platines d'interphone connectées depuis l'an dernier.

Depuis lundi, quand un visiteur sonne, l'appel arrive sur le téléphone des résidents avec 20 à 40 secondes de retard, parfois pas du tout. Souvent le livreur est déjà reparti quand ils décrochent. L'ouverture par badge et par code fonctionne normalement, c'est seulement la partie appel / visio qui rame. J'ai vérifié le boîtier de la platine, il est bien en ligne.

Ce n'est pas dramatique, les gens se débrouillent avec le code, mais j'ai déjà eu une dizaine de réclamations cette semaine. Pouvez-vous regarder ?

Bien à vous,
Corinne Vasseur
Syndic Vasseur & Fils"""),

    dict(n=8, signals="outage", priority="high", trap="terse", qt=0, reply=0,
         frm="Léa Moreau <lea.moreau.kine@sante-mail.example>",
         to="aide@agendapro.example",
         subject="agenda ne charge plus",
         body="""\
Bonjour, depuis 8h ce matin mon agenda en ligne reste sur le rond qui tourne, sur le PC du cabinet comme sur mon téléphone. Je suis kiné en libéral, seule au cabinet, et je n'ai aucune idée de qui vient à quelle heure aujourd'hui. Je bricole avec les SMS de rappel reçus sur mon portable mais il en manque. Compte : cab.kine.moreau. Merci de faire vite.
Léa Moreau"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Thomas Perrin <thomas@cyclesperrin.example>",
         to="support@veillecam.example",
         subject="enregistrements",
         body="""\
Bonsoir,

Je viens de chercher une vidéo dans l'historique de mes caméras (abonnement Cloud Pro, 4 caméras, magasin de vélos rue Gambetta) parce qu'un client dit avoir oublié son casque chez nous vendredi... et il n'y a plus rien depuis mardi 3h12. Le direct marche, je vois l'image en temps réel sur l'appli, mais plus rien n'est enregistré depuis trois jours, la frise est vide.

Je paie justement pour ça. C'est un souci de votre côté ? Et les enregistrements de ces trois jours, ils existent quelque part ou c'est perdu ?

Merci de me tenir au courant.
Thomas Perrin"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Inès Kaddouri <ines.kaddouri@etu-univ.example>",
         to="gestion@campus-verdier.example",
         subject="Loyer prélevé 2 fois !!",
         body="""\
Bonjour,

Je suis étudiante en résidence chez vous (Résidence Campus Verdier, chambre B-214). Le loyer de février (512,40 EUR) a été prélevé deux fois sur mon compte, le 5 et le 6, voir le relevé en pièce jointe. Du coup je suis à découvert de 380 EUR et ma banque m'a déjà facturé des frais.

Je n'ai pas les moyens d'attendre un mois, je dois payer mes courses et ma carte de bus. Pouvez-vous rembourser le deuxième prélèvement rapidement et me le confirmer par mail ?

Merci d'avance
Inès Kaddouri
n° locataire 7731-B"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Bertrand Pichon <b.pichon@wanadoo-like.example>",
         to="reservations@roule-ma-poule-vans.example",
         subject="Caution camping-car non restituée",
         body="""\
Hi,

Nous avons loué le camping-car Fleurette 4 places du 2 au 16 août (réservation CC-20983), rendu à l'agence de Valence le 16 à 10h : état des lieux signé sans remarque, plein fait, cassette WC vidée.

La caution de 1 500 EUR avait été pré-autorisée sur ma carte et devait être libérée « sous 7 jours ouvrés » d'après vos conditions générales. Nous sommes le 9 septembre et le montant est toujours bloqué. Ma banque dit que c'est à vous de lever l'empreinte.

Merci de faire le nécessaire et de nous confirmer la date.

Cordialement
Bertrand et Aline Pichon"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Clément Aubry <clement.aubry@courriel.example>",
         to="adherents@vertiblocs.example",
         subject="résiliation",
         body="""\
Bonjour,

J'ai résilié mon abonnement à la salle de bloc Vertiblocs Lyon 7 le 28 mars via le formulaire de l'appli, et j'ai reçu un mail de confirmation avec fin d'engagement au 30 avril.

Or on m'a encore prélevé 39,90 EUR le 5 mai, puis de nouveau le 5 juin. Je déménage à Rennes, il y a peu de chances que je vienne grimper chez vous.

Merci de me rembourser ces deux mensualités et de vérifier que rien ne partira en juillet.

Adhérent n° VB-10552
Clément Aubry"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Pascale Lemoine <pascale.lemoine@boitemail.example>",
         to="clients@telepeage-sud.example",
         subject="ligne « frais de gestion » sur ma facture",
         body="""\
Bonjour, petite question sans urgence : sur ma facture de télépéage de janvier il y a une ligne « frais de gestion badge - 2,00 EUR » que je n'avais jamais vue avant. Le reste (trajets A10 / A63) est correct. C'est un nouveau frais mensuel ? Je ne me souviens pas avoir reçu d'information à ce sujet. Merci.
Pascale Lemoine, contrat TL-558803"""),

    dict(n=14, signals="account", priority="high", trap="context", qt=0, reply=0,
         frm="Frédéric Lagarde <f.lagarde@maison-net.example>",
         to="espace.emprunteur@credimmo.example",
         subject="Accès bloqué - signature chez le notaire vendredi",
         body="""\
Bonjour,

Mon accès à l'espace emprunteur est bloqué depuis hier soir après trois essais de mot de passe (je pense que le clavier était en QWERTY sur l'ordinateur de mon fils...). Le message dit « compte verrouillé, contactez votre conseiller », mais mon conseiller est en congés jusqu'au 20.

Le problème : le notaire attend l'offre de prêt signée électroniquement et le tableau d'amortissement pour la signature de vendredi. Le lien « mot de passe oublié » me renvoie sur la même page d'erreur.

Dossier de prêt : PI-2026-118830. Pouvez-vous débloquer l'accès ou m'appeler ?

Merci
Frédéric Lagarde"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Jean-Paul Mercier <jp.mercier@retraite-mail.example>",
         to="contact@caisse-arcadie.example",
         subject="code",
         body="""\
Bonjour,

Je n'arrive plus à me connecter à mon espace de retraite complémentaire : après l'identifiant et le mot de passe, le site m'envoie un code par SMS... qui n'arrive jamais. J'ai changé d'opérateur il y a un mois (j'ai gardé mon numéro), peut-être que ça joue ? J'ai essayé cinq ou six fois sur deux jours.

Je voulais juste télécharger mon attestation pour la mutuelle, ce n'est pas pressé à la minute mais j'aimerais bien pouvoir y accéder.

Numéro d'adhérent 0038 771 502
Bien cordialement,
Jean-Paul Mercier"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Aurélie Fontaine <aurelie.fontaine@societe-logistique.example>",
         to="pass@parc-les-grands-chenes.example",
         subject="Pass annuel famille",
         body="""\
Hello !

On a des pass annuels pour le parc (formule famille, 4 pass) et le compte est à mon adresse du boulot, que je vais perdre puisque je change d'employeur à la fin du mois. Comment je peux mettre mon adresse perso à la place sans perdre les pass des enfants ni les créneaux déjà réservés pour les vacances ? Dans l'appli je ne trouve que « changer le mot de passe ».

Merci !
Aurélie Fontaine"""),

    dict(n=17, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Sandrine Okafor <sandrine@saveursdumarais.example>",
         to="support@devistraiteur.example",
         subject="Compte au nom de l'ancien gérant",
         body="""\
Bonjour,

Je suis la nouvelle gérante de Traiteur Les Saveurs du Marais depuis le rachat en janvier. Le compte sur votre logiciel de devis est toujours au nom de l'ancien propriétaire, M. Guillot, parti à la retraite en Bretagne et qui ne répond plus beaucoup.

Je suis « utilisatrice » mais pas administratrice : je ne peux ni ajouter mes deux nouvelles employées, ni modifier les coordonnées de facturation.

J'ai un Kbis à mon nom et l'acte de cession, je peux vous les envoyer. Comment fait-on pour transférer la propriété du compte ?

Cordialement
Sandrine Okafor"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mathieu Carré <comite.fetes@saint-aubin-sur-loire.example>",
         to="contact@le-camion-gourmand.example",
         subject="Merci pour samedi !!",
         body="""\
Bonjour l'équipe,

Petit message pour vous dire que votre food truck a mis le feu à notre fête de village samedi. Vos smash burgers, une tuerie, les gens faisaient la queue jusqu'à l'église ! Et au coup de feu de 13h vous avez gardé le sourire, chapeau.

Le comité des fêtes voudrait déjà vous réserver pour le 14 juillet. Vous pouvez nous envoyer vos disponibilités et un devis pour environ 300 couverts ?

Amicalement,
Mathieu Carré
Comité des fêtes de Saint-Aubin-sur-Loire"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Hélène Brunet <direction@creche-les-lucioles.example>",
         to="formations@secours-et-vous.example",
         subject="Formation premiers secours petite enfance - devis",
         body="""\
Bonjour,

Je dirige une petite crèche associative (14 berceaux) et je souhaite organiser une formation aux premiers secours pour l'équipe, axée petite enfance : étouffement, brûlures, chutes, convulsions, etc. J'ai vu sur votre site le module « PSC1 bébé » de 7 heures.

Quelques questions avant de réserver : vous déplacez-vous sur site (à Tours) ? Combien de personnes maximum par session ? Est-ce pris en charge par l'OPCO ? Et y a-t-il une possibilité le samedi, pour ne pas fermer la structure ?

Merci d'avance,
Hélène Brunet, directrice"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Josiane Giraud <josiane.giraud@boite-perso.example>",
         to="relation.clients@bus-agglo.example",
         subject="INADMISSIBLE",
         body="""\
Je prends la ligne 12 tous les jours et ce matin votre chauffeur a été d'une IMPOLITESSE incroyable !!! Je lui ai demandé gentiment si le bus passait toujours par la mairie pendant les travaux, il m'a répondu « lisez le panneau » sans même me regarder, et il a soupiré quand j'ai sorti ma carte. Ce n'est pas la première fois avec lui. Je paie mon abonnement comme tout le monde, j'exige des excuses et que ce monsieur soit rappelé à l'ordre. Bus de 7h48, arrêt Pasteur.
Mme Giraud"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Hugues Bernier <hugues.bernier@fibre-maison.example>",
         to="sav@electromenager-vallee.example",
         subject="Suite réparation lave-vaisselle + question",
         body="""\
Bonjour,

Je fais suite à l'intervention de votre technicien le 3 octobre sur notre lave-vaisselle (dossier SAV 55-20417) : la fuite sous la porte n'est jamais revenue, plus d'eau par terre, plus de code erreur E15 depuis un mois. Merci, c'est réglé.

Une question par contre : le technicien m'a conseillé de passer à des tablettes sans phosphate et de lancer le programme « entretien » une fois par mois. Est-ce que le produit d'entretien vendu sur votre site convient pour ce modèle (DV-6120) ou faut-il prendre autre chose ?

Merci,
Hugues Bernier"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Camille Lucas <camille.lucas@maboite.example>",
         to="aide@popotebox.example",
         subject="Re: Demande n°88412 - prélèvement en double",
         body="""\
Bonjour Karim,

C'est bon, j'ai vu le remboursement arriver ce matin sur mon compte. Merci pour la réactivité et pour le bon de réduction, on va sûrement en profiter pour tester les box végétariennes.

Bonne journée !
Camille

Le mar. 3 nov. 2026 à 16:02, Karim - Service client Popote Box <aide@popotebox.example> a écrit :
> Bonjour Madame Lucas,
>
> Nous avons bien constaté que votre commande du 30 octobre a été débitée
> deux fois (2 x 54,90 EUR) lors du paiement. Le second prélèvement vous
> sera remboursé sous 3 à 5 jours ouvrés.
>
> Toutes nos excuses pour ce désagrément,
> Karim"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Yannick Le Goff <cpe@lycee-yourcenar.example>",
         to="support@ent-horizon.example",
         subject="Plus personne ne peut se connecter à l'ENT !!",
         body="""\
Bonjour,

Je suis CPE au lycée Marguerite-Yourcenar (établissement 0351234X sur votre plateforme). Depuis la réinitialisation des mots de passe que vous avez lancée cette nuit pour la « mise à niveau de sécurité », aucun parent ni élève ne peut se connecter : le nouveau mot de passe reçu par mail est refusé (« identifiants invalides ») et le lien de réinitialisation renvoie une erreur 500. Les professeurs non plus, sauf ceux qui n'avaient pas fermé leur session.

Aujourd'hui c'est le dernier jour des inscriptions à la cantine et aux voyages scolaires, clôture ce soir minuit, 1 100 élèves concernés. Le standard du lycée est saturé depuis 7h30.

Pouvez-vous soit rétablir les anciens accès, soit repousser la clôture de votre côté ? Je reste joignable au 02 61 91 55 08.

Merci
Yannick Le Goff
Conseiller principal d'éducation"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Sylvie Arnaud <sylvie.arnaud@mon-fai.example>",
         to="serviceclient@maison-et-jardin.example",
         subject="RE: RE: Carte cadeau refusée ???",
         body="""\
Troisième mail. TROISIÈME. Toujours aucune réponse.

Je répète : carte cadeau de 150 EUR offerte par mes collègues pour mon départ, jamais utilisée. Samedi en caisse on m'a dit qu'elle était « expirée ». Or il est écrit au dos : valable 24 mois. Elle a été achetée il y a 14 mois, j'ai le ticket d'achat de ma collègue.

Je veux soit que le solde soit réactivé, soit être remboursée. Sans réponse sous 8 jours, je saisis le médiateur de la consommation.

Sylvie Arnaud

-----Message d'origine-----
De : Sylvie Arnaud
Envoyé : lundi 16 novembre 2026 09:14
À : serviceclient@maison-et-jardin.example
Objet : RE: Carte cadeau refusée ???

> Bonjour, je me permets de relancer, je n'ai pas eu de réponse à mon mail
> du 9 novembre. Merci de me dire ce qu'il en est de ma carte n° 6003 2210 8841.

-----Message d'origine-----
De : Sylvie Arnaud
Envoyé : lundi 9 novembre 2026 18:40
Objet : Carte cadeau refusée ???

> Bonjour, ma carte cadeau de 150 EUR a été refusée samedi au magasin de
> Chambray, soi-disant expirée. Pouvez-vous vérifier ? Merci."""),
]
