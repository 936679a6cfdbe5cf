# blind33 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Monique Carrel <monique.carrel@orange-mail.example>",
         to="service.client@petitsloups.example",
         subject="Girafe d'éveil Zélie - commande n° PL-208841",
         body="""\
Bonjour,

J'ai commandé chez vous la girafe d'éveil en tissu « Zélie » pour ma petite-fille, qui a 11 mois. Elle a été livrée la semaine dernière (commande n° PL-208841).

Hier après-midi, pendant que je la gardais, elle la mâchouillait comme d'habitude et l'un des yeux en plastique s'est détaché. Je l'ai retrouvé au fond de sa bouche, elle toussait et devenait toute rouge. J'ai dû la retourner sur mon avant-bras et lui taper dans le dos pour qu'il ressorte. Elle va bien maintenant, le médecin l'a vue ce matin.

J'ai regardé l'autre œil : il ne tient que par un fil et bouge déjà. Je ne veux pas faire d'histoires, mais d'autres familles ont sûrement acheté ce jouet et il faudrait peut-être vérifier le lot. Je garde la girafe et l'œil si vous en avez besoin.

Pourriez-vous me dire ce que je dois faire ?

Bien cordialement,
Monique Carrel
06 12 48 77 30"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Camille Brossard <camille.brossard@webmail.example>",
         to="contact@lapetiteboxfraiche.example",
         subject="Box semaine 49 - sauce avec arachide, mon mari aux urgences",
         body="""\
Bonjour,

Je vous écris depuis le CHU de Nantes. Hier soir nous avons cuisiné la recette « Poulet satay revisité » de notre box. La fiche recette indiquait « sans fruits à coque ni arachides », ce qui est normal puisque mon mari est allergique et que c'est coché dans notre profil depuis deux ans.

Dix minutes après le repas, ses lèvres ont gonflé, il avait des plaques rouges sur le cou et du mal à respirer. On lui a fait son stylo d'adrénaline et le SAMU l'a emmené. En relisant le sachet de sauce, il est écrit en tout petit : « pâte d'arachide ».

Il est encore en observation ce matin. Je veux savoir comment une sauce à la cacahuète a pu arriver dans une box marquée sans arachides, et si d'autres clients allergiques ont reçu la même chose cette semaine.

Numéro client : 448 120 93
Camille Brossard"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benali <karim.benali@mobile-mail.example>",
         to="aide@citiroule.example",
         subject="trajets que j'ai pas faits",
         body="""\
bonjour
je viens de voir sur mon compte 3 prélèvements Citiroule 38,40€ 52,10€ et 61,75€ les 5 et 6 décembre, des locations à Lyon alors que j'habite Lille et que j'ai pas bougé de la semaine
j'ai rien loué depuis octobre
vous pouvez bloquer mon compte et me rembourser svp
la carte enregistrée finit par 4471

Karim B.

Envoyé de mon iPhone"""),
    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Hélène Vasseur <h.vasseur@atelier-verriere.example>",
         to="support@hebergo.example",
         subject="Modification non sollicitée de l'adresse e-mail du compte - client HB-55021",
         body="""\
Madame, Monsieur,

Ce matin à 6 h 12, j'ai reçu de votre part un message m'informant que l'adresse e-mail de contact de mon compte client HB-55021 avait été remplacée par « admin.hbx@protonmx.example ». Je ne suis pas à l'origine de ce changement.

Depuis, mon mot de passe n'est plus accepté et la réinitialisation part vers la nouvelle adresse. Je n'ai donc plus aucun accès à mon espace client, où sont gérés nos trois noms de domaine (dont atelier-verriere.example) et l'hébergement du site de l'entreprise.

Je vous demande de geler sans délai toute opération sur ce compte, en particulier tout transfert de domaine ou modification des DNS, et de m'indiquer la procédure pour en reprendre le contrôle. Je peux vous fournir un extrait Kbis et une pièce d'identité.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Hélène Vasseur
Gérante - Atelier Verrière SARL
12 rue des Tanneurs, 67000 Strasbourg

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer."""),
    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Julien Perrin <julien@comptoirdeshalles.example>",
         to="support@caissefacile.example",
         subject="URGENT caisses bloquées",
         body="""\
Bonjour, restaurant Le Comptoir des Halles, compte 30-1187.
Depuis 11h45 les 3 caisses tournent sur « Synchronisation en cours… » et on ne peut plus ni envoyer une commande en cuisine ni encaisser. On a redémarré les tablettes et la box, rien à faire. La salle est pleine et les clients attendent pour payer.
Rappelez-moi au 04 78 22 10 56 svp, c'est le coup de feu là.
Julien

Envoyé de mon téléphone"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Sandrine Morel <accueil@cabinet-lemaire.example>",
         to="assistance@dentagenda.example",
         subject="Agenda vide - Cabinet du Dr Lemaire (ID 7741)",
         body="""\
Bonjour,

Je suis l'assistante du Dr Lemaire, cabinet dentaire à Angers (identifiant cabinet 7741).

Depuis l'ouverture à 8 h, l'agenda s'affiche complètement vide pour les trois fauteuils, alors que la journée était pleine. Les patients arrivent et nous n'avons ni leurs horaires ni les soins prévus ; les dossiers patients ne s'ouvrent pas non plus (le chargement reste bloqué à 0 %). Nous reconstituons la journée de mémoire et à partir des SMS de rappel envoyés hier.

Nous avons essayé sur deux postes et depuis un téléphone, c'est pareil partout.

Pouvez-vous nous rappeler rapidement au 02 41 66 80 14 ?

Merci,
Sandrine Morel
Assistante dentaire - Cabinet du Dr Paul Lemaire

--
CONFIDENTIALITÉ : ce courriel peut contenir des données de santé couvertes par le secret médical. S'il vous a été adressé par erreur, merci de le détruire et d'en avertir l'expéditeur."""),
    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@etu-mail.example>",
         to="support@campus-distance.example",
         subject="Page blanche sur la plateforme depuis hier soir",
         body="""\
Bonjour,

Depuis hier vers 21 h, quand je me connecte à mon espace de formation (BTS Comptabilité à distance), j'arrive sur une page entièrement blanche juste après l'identification. Rien ne s'affiche, ni les cours ni les devoirs. J'ai essayé sur Chrome, sur Firefox et sur mon téléphone, j'ai vidé le cache, même résultat.

J'ai un devoir à déposer sur la plateforme cette semaine et je ne peux plus rien faire du tout. Est-ce que ça vient de chez vous ?

Merci d'avance,
Léa Fontaine
N° apprenant : 2026-BC-03318

Envoyé depuis Outlook pour Android"""),
    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Gérard Pellerin <gerard.pellerin@fibre-net.example>",
         to="service-client@photolivre.example",
         subject="Envoi des photos très lent",
         body="""\
Bonjour,

Est-ce normal que l'envoi des photos prenne autant de temps en ce moment ? Je prépare un livre photo de 60 pages pour les 80 ans de ma mère. Les vignettes mettent plus d'une minute à apparaître et à peu près une photo sur cinq reste bloquée sur « Échec du téléversement », il faut la renvoyer deux ou trois fois.

Le reste du site marche : j'ai pu ouvrir mon projet et modifier la mise en page sans souci. Je suis en fibre, donc je ne pense pas que ça vienne de chez moi.

Bonne journée,
Gérard Pellerin"""),
    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Amandine Roux <amandine.roux@maboite.example>",
         to="adherents@formefit.example",
         subject="Double prélèvement abonnement décembre",
         body="""\
Bonjour,

Je suis adhérente à votre salle de Villeurbanne (carte n° 0091772). En regardant mes comptes, je vois deux prélèvements pour le mois de décembre :

- 03/12/2026 : 34,90 € - FORMEFIT VILLEURBANNE
- 04/12/2026 : 34,90 € - FORMEFIT VILLEURBANNE

Je n'ai qu'un seul abonnement (formule Essentiel, sans engagement). Merci de me rembourser le prélèvement en trop et de vérifier que ça ne se reproduira pas en janvier.

Cordialement,
Amandine Roux"""),
    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Thomas Girard <thomas.girard@courriel.example>",
         to="gestion@immo-saintroch.example",
         subject="Restitution dépôt de garantie - 8 rue Pasteur, appt 14",
         body="""\
Bonjour,

J'ai rendu les clés de l'appartement du 8 rue Pasteur le 30 octobre, et l'état des lieux de sortie n'a relevé aucun problème (vous l'avez signé). Le dépôt de garantie de 1 250 € devait m'être restitué sous un mois, donc au plus tard le 30 novembre. Je n'ai toujours rien reçu.

Je dois verser la caution de mon nouveau logement vendredi et je comptais sur cette somme. Pourriez-vous me dire quand le virement sera fait ? Je vous joins à nouveau mon RIB.

Merci de me répondre rapidement.
Thomas Girard
Ancien locataire - réf. bail 2023-PAS-014
07 81 44 29 63"""),
    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Claire Deschamps <claire.deschamps@boite.example>",
         to="aide@billetscene.example",
         subject="Question sur les frais de service",
         body="""\
Bonjour,

Petite question sans gravité : pour ma commande de deux places pour le concert de Nora Valais à l'Olympia (commande T-5589214), j'ai payé 2 × 1,50 € de « frais de service » en plus du prix des billets. Je ne les avais pas remarqués au moment de payer.

C'est pareil pour tous les concerts, ou c'est lié au choix du e-billet ?

Merci et bonne soirée,
Claire"""),
    dict(n=12, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Isabelle Dufresne <isabelle.dufresne@maison.example>",
         to="support@teleconsult-sante.example",
         subject="Code SMS jamais reçu - compte de mon père",
         body="""\
Bonjour,

J'écris pour mon père, M. René Dufresne (né le 14/03/1941), qui n'est pas très à l'aise avec l'informatique.

Il a une téléconsultation demain à 10 h avec son cardiologue pour renouveler son ordonnance, qui se termine samedi. Quand il veut se connecter, l'application lui demande un code envoyé par SMS, mais le code n'arrive jamais, même après plusieurs « Renvoyer le code ». Son numéro a changé en septembre (c'est maintenant le 06 59 31 02 47) ; je pense que l'ancien est toujours enregistré sur son compte.

Pouvez-vous mettre à jour le numéro, ou lui permettre de se connecter autrement avant demain ?

Merci beaucoup,
Isabelle Dufresne (sa fille)"""),
    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu@posta.example>",
         to="clients@croquetteland.example",
         subject="compte bloqué",
         body="""\
Bonjour,

Je suis cliente chez vous depuis longtemps pour les croquettes de mes chats. Hier j'ai essayé de me connecter et j'ai fait plusieurs erreurs de mot de passe, maintenant il est écrit « compte temporairement bloqué ». J'ai demandé un nouveau mot de passe mais le lien dans le mail il dit « lien expiré » quand je clique, même tout de suite après.

Je voudrais faire ma commande habituel cette semaine. Vous pouvez débloquer s'il vous plait ?

Merci beaucoup et bonne journée
Ioana Popescu"""),
    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Jade Morin <jade.morin.bijoux@webmail.example>",
         to="vendeurs@artisanmarket.example",
         subject="Changer l'adresse e-mail de ma boutique vendeur",
         body="""\
Bonjour,

Je vends des bijoux faits main sur votre place de marché (boutique « Les Perles de Jade », ID vendeur 88231). Je viens de créer mon propre site et j'aimerais utiliser ma nouvelle adresse contact@perlesdejade.example pour me connecter et recevoir les notifications de commandes, à la place de mon adresse actuelle.

Où se trouve ce réglage ? Dans « Mon compte » je ne vois que la modification du mot de passe. Rien d'urgent, tout fonctionne très bien.

Merci,
Jade Morin
Les Perles de Jade - bijoux faits main à Annecy
Découvrez notre collection d'hiver sur perlesdejade.example !"""),
    dict(n=15, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Manon Lefebvre <manon.lfb@mail-perso.example>",
         to="hello@eclatbeaute.example",
         subject="Votre palette Aurore, une tuerie",
         body="""\
Bonjour l'équipe,

Je voulais juste vous dire que la palette Aurore est une vraie tuerie. Je l'ai sortie samedi pour un mariage et j'ai fait un carton : trois copines m'ont demandé la référence et elles ont toutes craqué dans la soirée. Le rouge à lèvres « Feu Sacré » qui va avec est canon aussi, il a tenu toute la nuit, même après avoir dansé comme une folle.

Seule question : la teinte « Braise » est en rupture depuis des semaines, elle revient bientôt ? Je serais prête à tuer pour elle (enfin presque).

Bisous et bravo,
Manon

Envoyé de mon iPhone"""),
    dict(n=16, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Olivier Lambert <olivier.lambert@courrier.example>",
         to="clients@passmetropole.example",
         subject="RE : Double prélèvement forfait décembre",
         body="""\
Bonjour Nadia,

C'est bien arrivé sur mon compte ce matin, merci beaucoup pour la rapidité !

Bonne fin de semaine,
Olivier Lambert

Le lun. 7 déc. 2026 à 16:05, Service Clients Pass Métropole <clients@passmetropole.example> a écrit :
> Bonjour Monsieur Lambert,
>
> Suite à votre message concernant le double prélèvement de votre forfait mensuel (2 × 75,20 € le 2 décembre), nous avons lancé le remboursement du montant prélevé en trop. Il apparaîtra sur votre compte sous 5 à 7 jours ouvrés.
>
> Cordialement,
> Nadia - Service Clients Pass Métropole
>
> > Bonjour, j'ai été prélevé deux fois de 75,20 € pour mon forfait de décembre, merci de me rembourser au plus vite."""),
    dict(n=17, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Fabrice Lenoir <f.lenoir@free-box.example>",
         to="support@veillesure.example",
         subject="RE: Centrale hors ligne",
         body="""\
Bonjour,

Suite à votre mise à jour à distance, tout est revenu : la centrale est bien en ligne et l'appli répond normalement. Merci !

Petite question au passage : peut-on ajouter un deuxième badge pour la personne qui garde la maison pendant les vacances, et combien ça coûte ?

Cordialement,
Fabrice Lenoir

> -----Message d'origine-----
> De : Fabrice Lenoir <f.lenoir@free-box.example>
> Envoyé : jeudi 3 décembre 2026 19:42
> À : support@veillesure.example
> Objet : Centrale hors ligne
>
> Bonjour,
> Depuis ce midi l'application affiche « Centrale hors ligne » et je ne peux plus ni armer ni désarmer l'alarme à distance. Le voyant de la box est orange fixe et le redémarrage ne change rien. Je pars en déplacement demain, que dois-je faire ?"""),
    dict(n=18, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Romain Delcourt <r.delcourt@cyberprevention.example>",
         to="partenariats@salonplanning.example",
         subject="Proposition de partenariat - webinaire « Piratage et arnaques : protégez votre salon »",
         body="""\
Bonjour,

Je dirige CyberPrévention Conseil, un cabinet lyonnais qui forme les TPE à la cybersécurité. Vos clients, les salons de coiffure et instituts, sont devenus des cibles faciles : comptes piratés par hameçonnage, faux SMS de la banque, vols de fichiers clients, rançongiciels qui bloquent la caisse un samedi matin.

Nous vous proposons de co-animer un webinaire gratuit de 45 minutes le jeudi 21 janvier à 14 h : « Piratage et arnaques : 5 réflexes pour protéger votre salon ». Nous nous chargeons du contenu et de l'animation ; vous relayez l'invitation auprès de vos utilisateurs.

Seriez-vous disponible pour un court échange la semaine prochaine ?

Bien à vous,
Romain Delcourt
Fondateur - CyberPrévention Conseil
www.cyberprevention.example | 04 72 00 18 35

Vous recevez ce message car votre adresse est publiée sur votre site. Pour ne plus être contacté, répondez « STOP »."""),
    dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Sophie Arnaud <s.arnaud@bertin-associes.example>",
         to="pro@bureauplus.example",
         subject="Commande groupée fournitures - fichier Excel protégé",
         body="""\
Bonjour,

Je suis office manager chez Bertin & Associés (compte client 5520-BA). Comme chaque trimestre, je vais vous envoyer la liste des fournitures pour nos trois étages sous forme de fichier Excel.

Notre service informatique protège désormais tous les fichiers sortants par un mot de passe. Est-ce que cela pose un problème à votre équipe ? Si non, je vous communiquerai le mot de passe du fichier par téléphone plutôt que par e-mail, comme on nous le demande. Sinon, je peux aussi saisir la commande directement sur votre site.

Merci de me dire ce que vous préférez.

Cordialement,
Sophie Arnaud
Office Manager - Bertin & Associés, experts-comptables

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."""),
    dict(n=20, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Aurélie Besson <aurelie.besson@monmail.example>",
         to="bonjour@studio-equilibre.example",
         subject="Cours de Pilates après une blessure au genou ?",
         body="""\
Bonjour,

Je me suis rompu les ligaments croisés au ski l'hiver dernier, j'ai été opérée en avril, et mon kiné me conseille maintenant le Pilates pour finir la rééducation. Je suis tombée sur votre studio en passant rue Nationale.

Avant de m'inscrire, j'aurais quelques questions :
- Avez-vous des cours pour débutants le soir, après 18 h 30 ?
- Les profs peuvent-ils adapter les exercices pour un genou encore un peu fragile ?
- Est-ce qu'il y a un cours d'essai ?

Merci d'avance,
Aurélie Besson"""),
    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Vincent Maréchal <vincent.marechal@boitemail.example>",
         to="atelier@cyclesdurhone.example",
         subject="Merci pour la réparation express !",
         body="""\
Bonjour à toute l'équipe de l'atelier,

Juste un petit mot pour vous remercier. Mon vélo électrique m'avait lâché la semaine dernière en plein trajet (batterie morte, plus rien ne s'allumait) et j'avais dû le pousser sur 4 km sous la pluie. Vous avez trouvé le connecteur grillé et tout réparé en 24 h, alors que je m'attendais à une semaine d'attente.

Depuis, il pète le feu, et la batterie tient même mieux qu'avant. Je vous recommanderai à tous mes collègues.

Encore merci,
Vincent Maréchal
(fiche atelier n° 4417)"""),
    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Inès Kaddour <ines.kaddour@laposte-mail.example>",
         to="contact@autoecole-horizon.example",
         subject="RE: RE: Remboursement heures de conduite non utilisées",
         body="""\
Troisième relance. Je commence sérieusement à en avoir assez.

J'ai eu mon permis le 2 octobre, il me restait 8 heures payées et non utilisées sur mon forfait, soit 416 €. À l'accueil, on m'a promis un remboursement « sous quinze jours ». Deux mois plus tard : rien, et aucune réponse à mes mails. Je suis étudiante, j'ai payé ces heures avec mon job d'été et j'ai besoin de cet argent pour mon loyer de janvier.

Sans virement d'ici vendredi, je saisis le médiateur de la consommation.

Inès Kaddour

Le 18 nov. 2026 à 09:12, Inès Kaddour <ines.kaddour@laposte-mail.example> a écrit :
> Bonjour, je relance au sujet de mon remboursement de 416 € (8 h non utilisées). Pouvez-vous me donner une date ?
>
> Le 27 oct. 2026 à 17:40, Inès Kaddour <ines.kaddour@laposte-mail.example> a écrit :
>> Bonjour, suite à l'obtention de mon permis, je souhaiterais le remboursement des 8 heures restantes sur mon forfait 20 h. Mon RIB est en pièce jointe. Merci."""),
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Bastien Roche <bastien.roche@studio-kilo.example>",
         to="membres@quai9-coworking.example",
         subject="Appli de réservation des salles - erreur depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de l'application mobile lundi, chaque tentative de réservation d'une salle de réunion se termine par « Une erreur est survenue (code 502) ». Ça touche au moins quatre personnes de notre équipe, sur iPhone comme sur Android.

Ce n'est pas bloquant : en passant par le site web depuis un ordinateur, la réservation fonctionne normalement, donc on s'organise comme ça pour l'instant. Mais ce serait bien de corriger l'appli, c'est quand même plus pratique.

Merci,
Bastien Roche
Studio Kilo - bureau 204, Espace Quai 9"""),
    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Nathalie Caron <n.caron@valmont-distribution.example>",
         to="grandscomptes@paieplus.example",
         subject="Contrat Grands Comptes GC-0412 - module paie indisponible - intervention SLA",
         body="""\
Bonjour,

Groupe Valmont Distribution, client sous contrat Grands Comptes n° GC-0412 (1 850 salariés, 23 établissements), avec un engagement de prise en charge sous 2 heures pour les incidents bloquants.

Depuis 9 h ce matin, le lancement du calcul de la paie de décembre échoue systématiquement au bout de quelques secondes avec le message suivant :

    Erreur PAY-5031 : le traitement a été interrompu (délai dépassé du service de calcul)

Aucun bulletin ne peut être généré, nos six gestionnaires de paie sont à l'arrêt, et le fichier de virements des salaires doit partir à la banque demain à 12 h au plus tard.

Merci de nous confirmer la prise en compte de l'incident en priorité 1 et de nous rappeler au 03 20 41 77 08.

Cordialement,
Nathalie Caron
Responsable Paie & SIRH - Groupe Valmont Distribution

Ce message et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le signaler à l'expéditeur et de le détruire sans en faire usage."""),
]
