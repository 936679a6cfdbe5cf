# blind38 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Camille Dutheil <camille.dutheil@mailo.example>",
         to="sav@petitnuage.example",
         subject="Chauffe-biberon BV-200 : le biberon a éclaté",
         body="""\
Bonjour,

Je vous écris à propos du chauffe-biberon BV-200 acheté chez vous début novembre (commande n° PN-448812).

Hier soir, vers 23 h, je l'ai lancé comme d'habitude en mode « lait maternisé », 3 minutes. Au bout d'une minute environ, il s'est mis à faire un bruit de bouilloire, l'eau a débordé du réservoir et le biberon en verre a éclaté. Ma fille de 14 mois était dans mes bras : elle a reçu de l'eau bouillante sur la main et l'avant-bras. Nous avons passé la nuit aux urgences pédiatriques, brûlure du deuxième degré, pansement tous les deux jours pendant au moins une semaine.

Le voyant est resté bleu tout du long, comme si de rien n'était. L'appareil est débranché et je le garde tel quel, avec les morceaux du biberon, si vous en avez besoin pour une expertise.

Est-ce que d'autres parents vous ont signalé la même chose ? Et que dois-je faire maintenant ? Une amie a le même modèle, je lui ai dit de ne plus s'en servir en attendant votre réponse.

Camille Dutheil
06 41 27 93 05"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@bretagne-net.example>",
         to="sav@chauffage-breizh.example",
         subject="Passage du technicien ce matin",
         body="""\
Bonjour,
Votre technicien est passé ce matin pour l'entretien annuel de la chaudière (contrat n° 7731-0459). Depuis qu'il est reparti, le détecteur de monoxyde du couloir se déclenche toutes les dix minutes, et ma femme a mal à la tête et envie de vomir. On a ouvert les fenêtres, coupé la chaudière et on est chez la voisine avec le chien.
Qu'est-ce qu'on doit faire ? Quelqu'un peut-il repasser aujourd'hui ?
G. Lemoine
12 rue des Tanneurs, Quimper

Envoyé de mon iPhone"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="forward", qt=0, reply=0,
         frm="Nathalie Roussel <nathalie.roussel@orange-mail.example>",
         to="contact@banque-cerisiers.example",
         subject="TR: Alerte opérations carte",
         body="""\
Bonjour,

Je vous transfère l'alerte reçue cette nuit. Je n'ai fait AUCUN de ces achats : je dormais, ma carte est dans mon portefeuille, et je n'ai jamais commandé sur ces sites. Pouvez-vous bloquer la carte tout de suite et me rembourser ? J'ai essayé le numéro d'opposition, ça sonne dans le vide.

Nathalie Roussel
Compte n° 0412 887 53

-------- Message transféré --------
De : Banque des Cerisiers <alertes@banque-cerisiers.example>
Date : 4 déc. 2026 à 03:12
Objet : Alerte opérations carte
À : nathalie.roussel@orange-mail.example

Bonjour,
Les opérations suivantes ont été réalisées avec votre carte se terminant par 4471 :
- 03/12 23:58  ELECTRO-DEAL LTD     489,90 EUR
- 04/12 00:04  ELECTRO-DEAL LTD     489,90 EUR
- 04/12 00:11  GIFTCARDS ONLINE     250,00 EUR
Si vous n'êtes pas à l'origine de ces opérations, contactez votre conseiller."""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Hélène Marchetti <secretariat@cabinet-marchetti.example>",
         to="support@dentalogic.example",
         subject="Fiches patients d'un autre cabinet visibles dans notre logiciel",
         body="""\
Madame, Monsieur,

Depuis la mise à jour installée cette nuit (version 8.4.1), notre logiciel affiche, dans la liste des rendez-vous du jour, des patients qui ne sont pas les nôtres. En ouvrant l'une de ces fiches, mon assistante a vu le nom, l'adresse, le numéro de sécurité sociale et le schéma dentaire d'une patiente d'un cabinet lyonnais (Dr Faure, d'après l'en-tête des ordonnances).

Nous avons fermé le logiciel sur nos trois postes et travaillons sur papier. Je suppose que l'inverse est vrai aussi et que les dossiers de nos patients s'affichent chez d'autres confrères.

Merci de me rappeler au plus vite au 04 76 52 18 90 : je dois savoir quoi déclarer à la CNIL et dans quel délai.

Dr Hélène Marchetti
Chirurgien-dentiste
Cabinet dentaire Marchetti - 8 avenue Alsace-Lorraine, 38000 Grenoble
Tél. 04 76 52 18 90

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Ils peuvent contenir des informations couvertes par le secret médical. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou copie non autorisée est interdite."""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Carré <j.carre@cinemas-lephare.example>",
         to="support@billetterie-scena.example",
         subject="URGENT - plus aucune vente en caisse sur nos 3 cinémas",
         body="""\
Bonjour,

Depuis 13 h 40, les caisses de nos trois cinémas (Saint-Nazaire, Pornic, Guérande) restent bloquées sur « Connexion au serveur... » dès qu'on essaie d'encaisser une place. Les billets achetés en ligne ne passent plus au contrôle non plus : le lecteur affiche « billet inconnu ».

Ce soir à 20 h, on a l'avant-première de « La Dernière Marée » à Saint-Nazaire : 380 places réservées, l'équipe du film arrive à 18 h. Pour les séances de l'après-midi, on fait entrer les gens en notant les noms à la main, mais pour une salle pleine ce sera impossible.

On a redémarré les postes et le routeur, aucun changement. Appelez-moi au 06 72 18 44 09, je suis joignable toute la journée.

Julien Carré
Directeur d'exploitation - Cinémas Le Phare"""),

    dict(n=6, signals="outage,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Sandrine Bellec <coordination@ssiad-morlaix.example>",
         to="assistance@soinsplanning.example",
         subject="Aucune soignante ne peut se connecter à l'application",
         body="""\
Bonjour,

Depuis 6 h ce matin, aucune de nos 14 infirmières et aides-soignantes n'arrive à se connecter à l'application mobile : après la saisie du mot de passe, on revient sur la page de connexion, sans message d'erreur. La réinitialisation du mot de passe ne change rien, et sur le poste du bureau c'est pareil.

Les équipes sont parties en tournée sans la liste des patients ni les transmissions de la veille. Nous avons 62 patients à voir aujourd'hui (toilettes, pansements, injections). Je leur dicte par téléphone ce que j'ai sur mes notes papier, mais je n'ai pas tout.

Merci de traiter cette demande en priorité et de me rappeler au 02 98 63 11 70.

Sandrine Bellec
Infirmière coordinatrice
SSIAD du Pays de Morlaix"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Mathilde Giraud <m.giraud.traduction@netplus.example>",
         to="assistance@fibreo.example",
         subject="Toujours pas d'internet depuis samedi !!!",
         body="""\
Bonjour,

Ça fait maintenant trois jours que je n'ai plus internet. La box a un voyant rouge qui clignote, j'ai fait tout ce que votre serveur vocal m'a demandé (débrancher, attendre, rebrancher, le bouton reset...) et rien. Le technicien devait passer hier entre 8 h et 12 h : personne, pas un appel.

Je suis traductrice indépendante, je travaille seule chez moi et je rends tous mes fichiers par internet. En ce moment je squatte le wifi du café d'en bas et le partage de connexion de mon téléphone, dont le forfait est épuisé depuis hier soir. J'ai déjà deux livraisons en retard.

Je veux une date d'intervention ferme, aujourd'hui ou demain.

Mathilde Giraud
Ligne fixe 02 40 71 36 58 - contrat FB-2290314"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Laëtitia Moreau <contact@coupe-et-cie.example>",
         to="aide@rdv-beaute.example",
         subject="Plusieurs petites questions + rappels SMS",
         body="""\
Bonjour,

J'ai plusieurs points, je les mets en liste, ce sera plus simple :

- Le logo sur ma page de réservation est un peu flou, est-ce que je peux vous en envoyer un en meilleure qualité ?
- Peut-on ajouter une prestation « coupe enfant » à 15 € sans qu'elle apparaisse dans les forfaits ?
- Plus important : depuis la semaine dernière, mes clientes ne reçoivent plus le SMS de rappel la veille de leur rendez-vous. La réservation en ligne, elle, marche très bien. Mais j'ai eu quatre rendez-vous manqués en quelques jours. En attendant, j'appelle tout le monde moi-même la veille, c'est faisable mais ça me prend une heure chaque soir.
- Dernière chose : comment changer les horaires affichés pour la période des fêtes ?

Merci d'avance !
Laëtitia Moreau
Salon Coupe & Cie - 3 place du Marché, Vannes"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Bernard Coste <bernard.coste@wanadoo-mail.example>",
         to="appli@forme-club.example",
         subject="Petit souci d'affichage dans l'application",
         body="""\
Bonjour,

Rien de grave, mais je vous le signale : depuis la dernière mise à jour de l'application, le planning des cours s'affiche en anglais (« Monday », « Aqua fitness - Room 2 »...) alors que mon téléphone est bien réglé en français. Et il faut une bonne dizaine de secondes pour que le planning s'ouvre, alors qu'avant c'était instantané.

Je réserve mes cours sans problème, donc ça peut attendre.

Bonne journée,
Bernard Coste
Adhérent n° 20417, club de Montpellier-Antigone"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Élodie Perrin <elodie.perrin@sfr-mail.example>",
         to="clients@electricite-vallee.example",
         subject="Question sur ma facture de novembre",
         body="""\
Bonjour,

Sur ma facture de novembre (n° FV-26-1187402), je vois une ligne « Régularisation TRV : 12,38 € » que je n'avais jamais vue. Ce n'est pas le montant qui me gêne, je voudrais simplement comprendre à quoi elle correspond.

Par ailleurs, serait-il possible de recevoir à nouveau le détail de consommation mois par mois sur la facture, comme l'an dernier ? Je trouvais ça plus lisible.

Merci et bonne journée,
Élodie Perrin"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Oliver Bennett <oliver.bennett@postbox.example>",
         to="relation-client@railigo.example",
         subject="Re: Votre demande n° 5518204 a bien été enregistrée",
         body="""\
Bonjour,

Je réponds à votre mail automatique parce que je n'ai pas eu de réponse depuis une semaine. Le 28 novembre j'ai acheté un billet Bordeaux - Paris pour le 19 décembre (référence QZKT7M), prix 87 €. Le paiement était refusé la première fois, alors j'ai réessayé, et maintenant sur mon relevé de banque je vois deux fois 87 € débité, mais j'ai seulement un billet dans mon compte.

Est-ce que vous pouvez rembourser le deuxième paiement s'il vous plaît ? Je joins le capture d'écran de mon relevé.

Merci beaucoup,
Oliver Bennett

> Bonjour,
> Votre demande n° 5518204 a bien été enregistrée. Un conseiller vous répondra sous 48 heures ouvrées.
> Merci de ne pas modifier l'objet de ce message.
> Le service Relation Client Railigo"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Aurélie Nguyen <aurelie.nguyen@gmx-mail.example>",
         to="service-client@pommedapi-chaussures.example",
         subject="RE: Remboursement de votre retour - commande 300-7781245",
         body="""\
Bonjour Kevin,

Merci pour votre message, mais il y a un souci : le 25 novembre vous m'écriviez que le remboursement avait été effectué, et aujourd'hui, 7 décembre, je n'ai toujours rien reçu sur ma carte (je vérifie tous les jours). Ma banque me dit qu'aucune opération de votre part n'est en attente.

Pourriez-vous vérifier et m'envoyer une preuve du remboursement ou son numéro de transaction ?

Cordialement,
Aurélie Nguyen

Le mer. 25 nov. 2026 à 16:02, Service client Pomme d'Api Chaussures <service-client@pommedapi-chaussures.example> a écrit :
> Bonjour Madame Nguyen,
>
> Nous avons bien réceptionné votre retour (bottines Lina, pointure 38).
> Le remboursement de 119,00 € a été effectué ce jour sur le moyen de paiement utilisé lors de la commande.
> Il apparaîtra sur votre compte sous 3 à 5 jours ouvrés.
>
> Bien cordialement,
> Kevin - Service client"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Moussa Diallo <moussa.diallo@laposte-mail.example>",
         to="aide@transfert-express.example",
         subject="Virement loyer bloqué depuis 3 jours",
         body="""\
Bonjour
J'ai envoyé 1 350 € à mon propriétaire le 30 novembre (transfert n° TX-55018273), c'est mon loyer. Depuis c'est marqué « en cours de vérification » alors que l'argent est déjà sorti de mon compte. Le propriétaire m'appelle tous les jours, il parle de lancer une procédure si je n'ai pas payé lundi. J'ai envoyé ma pièce d'identité deux fois dans l'appli. Il vous faut quoi de plus ???
Moussa Diallo
06 27 81 40 66

Envoyé de mon Galaxy"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Monique Lefebvre <monique.lefebvre@orange-mail.example>",
         to="aide@souvenirs-plus.example",
         subject="Changement de numéro pour les codes de connexion",
         body="""\
Madame, Monsieur,

Je viens de changer d'opérateur et mon numéro de portable a changé (nouveau numéro : 06 58 20 14 77). J'accède toujours à mon album en ligne, car l'ancien téléphone reçoit encore les codes jusqu'à la fin du mois.

Pourriez-vous m'indiquer comment modifier le numéro qui reçoit les codes de vérification ? Je n'ai pas trouvé la rubrique dans « Mon profil ».

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Monique Lefebvre"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Stéphane Morel <stephane.morel@bbox-mail.example>",
         to="support@pixelforge.example",
         subject="Re: [Ticket #88213] Réinitialisation du mot de passe",
         body="""\
Bonjour,

Mes réponses dans le texte :

> 1. Quelle est l'adresse e-mail associée au compte ?
Celle de mon fils : theo.morel2011@bbox-mail.example

> 2. Avez-vous vérifié le dossier « courrier indésirable » ?
Oui, et les onglets Promotions et Notifications aussi. Rien.

> 3. Combien de demandes de réinitialisation avez-vous faites ?
Quatre depuis dimanche, la dernière hier soir vers 21 h.

> 4. Le compte est-il lié à une console ?
Oui, une Switch. Il y est toujours connecté, mais impossible de modifier quoi que ce soit sans le mot de passe, et il ne peut plus se connecter sur le PC.

Mon fils commence à s'impatienter, il voulait jouer ce week-end avec ses cousins...

Stéphane Morel"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Isabelle Garnier <i.garnier@garnier-avocats.example>",
         to="support@actajuris.example",
         subject="Départ d'une collaboratrice - compte à désactiver",
         body="""\
Bonjour,

Mme Claire Vasseur, assistante juridique, nous a quittés vendredi dernier (fin de contrat). Son compte utilisateur (c.vasseur) est toujours actif et je n'arrive pas à le désactiver depuis la console d'administration : le bouton « Désactiver » est grisé, avec le message « Cet utilisateur est propriétaire de 214 dossiers ».

Pourriez-vous :
- transférer ses dossiers à Mme Léa Bonnet (l.bonnet), qui la remplace ;
- puis désactiver le compte de Mme Vasseur ?

Elle a rendu son ordinateur, mais l'accès web reste ouvert ; je souhaiterais que ce soit fait d'ici lundi.

Bien cordialement,

Isabelle Garnier
Avocate associée
Garnier & Associés - 14 cours Mirabeau, 13100 Aix-en-Provence"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Karim Benali <karim.benali@college-jeanmoulin.example>",
         to="assistance@ecole-numerique.example",
         subject="Compte verrouillé - conseils de classe demain",
         body="""\
Bonjour,

Mon compte enseignant est verrouillé depuis ce matin (« trop de tentatives, compte verrouillé ») : je me suis trompé de mot de passe plusieurs fois hier soir sur ma tablette. Le lien « mot de passe oublié » envoie un code sur mon ancienne adresse académique, que je n'ai plus depuis ma mutation.

Le problème : je dois saisir les moyennes et les appréciations de mes quatre classes de 3e ce soir au plus tard, les conseils de classe commencent demain à 8 h. Sans ça, les bulletins partiront sans mes notes.

Identifiant : kbenali2 - collège Jean-Moulin, Albi.

Merci de me débloquer au plus vite.
Karim Benali
Professeur de mathématiques"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Patrick Rouvière <commandes@rouviere-3d.example>",
         to="commercial@agro-nuisibles.example",
         subject="Commande raticides + pièges - livraison avant le 15",
         body="""\
Bonjour Sylvie,

Comme chaque hiver, on attaque les campagnes de dératisation dans les silos et les caves d'immeubles, et les appâts empoisonnés partent vite. Voici la commande habituelle :

- 40 seaux de pâte raticide 150 g (brodifacoum), réf. RX-150
- 25 cartons de blocs appâts paraffinés
- 200 boîtes d'appâtage sécurisées avec clé
- 60 pièges à tapette grand modèle (pour tuer les rats, pas les souris)
- 10 bidons d'insecticide choc pour blattes

Pouvez-vous me confirmer une livraison avant le 15 décembre au dépôt de Béziers ? La dernière palette est arrivée avec deux seaux au couvercle fendu ; si vous pouviez demander au transporteur de mieux la caler...

Facturation au nom de la SARL Rouvière 3D comme d'habitude, paiement à 30 jours.

Cordialement,
Patrick Rouvière
Rouvière 3D - Dératisation, désinsectisation, désinfection
Béziers - 04 67 11 58 92"""),

    dict(n=19, signals="-", priority="low", trap="compliance", qt=0, reply=0,
         frm="François Delmas <dsi@hotels-esterel.example>",
         to="commercial@reservo-cloud.example",
         subject="Renouvellement du contrat 2027 - questionnaire sécurité",
         body="""\
Bonjour,

Notre contrat pour le moteur de réservation arrive à échéance le 31 janvier. Avant de le renouveler, notre service juridique nous demande de compléter le questionnaire de notre assureur cyber. Pourriez-vous nous répondre sur les points suivants :

1. Les données de nos clients (identité, cartes bancaires) sont-elles chiffrées au repos et en transit ?
2. En cas de violation de données ou de piratage, sous quel délai et par quel canal seriez-vous tenus de nous prévenir ?
3. L'authentification à deux facteurs est-elle disponible, et peut-on l'imposer à tous nos réceptionnistes ?
4. Où sont hébergés les serveurs, et que se passe-t-il en cas d'incendie ou de panne du centre de données principal (PRA, délai de reprise) ?
5. Quelle est votre politique de remboursement si la disponibilité garantie n'est pas respectée ?

Une attestation ISO 27001 ou un document type nous suffirait pour la plupart des points.

Cordialement,
François Delmas
Responsable des systèmes d'information
Groupe Hôtels de l'Estérel - 7 établissements"""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Jacqueline Bertrand <jacqueline.bertrand@laposte-mail.example>",
         to="abonnements@lecourrier-duvar.example",
         subject="Décès de mon mari - abonnement au journal",
         body="""\
Madame, Monsieur,

Mon mari, Robert Bertrand, est décédé le 17 novembre. Il était titulaire de l'abonnement papier + numérique au Courrier du Var (abonné n° 40118722), que nous lisions tous les deux.

Je souhaiterais :
- que l'abonnement papier continue, mais à mon nom, à la même adresse ;
- que son compte en ligne soit clôturé et ses données supprimées ;
- que le prélèvement se fasse désormais sur mon compte : je joins un RIB à mon nom, car son compte bancaire est bloqué le temps de la succession.

Je joins également une copie de l'acte de décès.

Je vous remercie de votre aide.
Jacqueline Bertrand"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Thomas Lambert <thomas.lambert@proton-mail.example>",
         to="reclamations@locauto-sud.example",
         subject="Une catastrophe, votre agence de Marseille Saint-Charles",
         body="""\
Bonjour,

Je tiens à vous dire que ma location de samedi (contrat MRS-558120) a été un véritable cauchemar du début à la fin.

Quarante-cinq minutes de queue au comptoir, avec un employé qui a passé la moitié du temps au téléphone et qui m'a parlé comme à un chien quand j'ai demandé s'il n'y avait pas une autre file. Et la voiture : cendrier plein, miettes et papiers gras partout, sièges tachés, une odeur de chien mouillé. On est allés chercher mes beaux-parents à la gare là-dedans, j'étais mort de honte. On a roulé jusqu'à Cassis fenêtres ouvertes en plein mois de décembre. Franchement, ça m'a tué ma soirée.

Je veux que ce soit remonté au responsable de l'agence. C'est scandaleux pour une enseigne comme la vôtre.

Thomas Lambert"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sophie Marchand <sophie.marchand@netcourrier.example>",
         to="support@lisea-liseuses.example",
         subject="RE: Liseuse bloquée sur l'écran de démarrage",
         body="""\
Bonjour Romain,

Ça a marché ! J'ai fait la manip des 40 secondes, la liseuse a redémarré normalement et tous mes livres sont là. Merci beaucoup pour votre patience.

Bon week-end,
Sophie

Le ven. 4 déc. 2026 à 09:41, Support Liséa <support@lisea-liseuses.example> a écrit :
> Bonjour Madame Marchand,
> Pourriez-vous maintenir le bouton d'alimentation enfoncé 40 secondes, puis le relâcher et patienter ?
> Romain - Support Liséa
>
> Le jeu. 3 déc. 2026 à 20:15, Sophie Marchand <sophie.marchand@netcourrier.example> a écrit :
> > Bonjour, ma liseuse est complètement plantée : elle reste bloquée sur le logo au démarrage,
> > l'écran ne répond plus, impossible de l'éteindre ou d'accéder à mes livres. Elle ne marche plus du tout."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Dominique Chevalier <dominique.chevalier@sfr-mail.example>",
         to="remboursements@mutuelle-solidaire.example",
         subject="RE: RE: Remboursement lunettes - dossier 2026-118734",
         body="""\
Troisième message, et toujours rien. C'est inadmissible.

J'ai avancé 612 € chez l'opticien le 2 octobre. Vous avez la facture et l'ordonnance depuis le 5 octobre, votre propre site affiche « dossier complet » depuis le 20 octobre, et je n'ai toujours pas vu un centime des 480 € prévus par mon contrat. Personne ne décroche au téléphone, et vos réponses par mail sont des messages automatiques.

Je suis retraitée, 612 €, c'est presque la moitié de ma pension. Je veux une date de virement cette semaine, sinon je saisis le médiateur.

Dominique Chevalier
Adhérente n° 7712093

Le mar. 24 nov. 2026 à 18:02, Dominique Chevalier <dominique.chevalier@sfr-mail.example> a écrit :
> Bonjour, je me permets de relancer : toujours aucun remboursement pour mes lunettes
> (dossier 2026-118734). Pouvez-vous me dire où en est le dossier ?
>
> Le ven. 6 nov. 2026 à 10:15, Dominique Chevalier <dominique.chevalier@sfr-mail.example> a écrit :
> > Bonjour, je vous ai envoyé le 5 octobre ma facture d'opticien (612 €) et l'ordonnance.
> > Le remboursement de 480 € n'apparaît toujours pas sur mon compte. Merci de vérifier."""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Vincent Roche <v.roche@logistique-rhone.example>",
         to="support-entreprise@etiqnet.example",
         subject="[Contrat Premium ETQ-2291] Erreurs API étiquettes - SLA",
         body="""\
Bonjour,

Je vous signale un incident au titre de notre contrat Premium (réf. ETQ-2291 : prise en charge sous 2 h, rétablissement sous 8 h).

Depuis 7 h 30, environ un appel sur trois à votre API de génération d'étiquettes renvoie une erreur 503. Nos préparateurs relancent l'impression à la main, ce qui passe au deuxième ou troisième essai, mais la cadence de l'entrepôt de Saint-Priest a chuté de 40 % et les camions de 16 h ne partiront pas complets si cela continue.

Merci de nous confirmer la prise en charge dans le délai contractuel et de nous tenir informés toutes les heures. Notre responsable d'exploitation, M. Yanis Ferhat (06 33 18 72 40), est votre contact sur site.

Cordialement,

Vincent Roche
Directeur des systèmes d'information
Logistique Rhône SAS - 1 200 salariés, 4 entrepôts

Ce courriel et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur."""),
]
