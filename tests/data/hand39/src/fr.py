# blind40 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Marchetti <helene.marchetti@orange-mail.example>",
         to="sav@poeles-duval.example",
         subject="Suite installation poêle – quelques questions",
         body="""\
Bonjour,

Votre technicien a installé notre poêle à granulés mardi dernier (contrat n° PG-20417). Quelques remarques :

- la télécommande affiche les menus en anglais, je n'ai pas trouvé comment changer ;
- la vis sans fin fait un petit cliquetis au démarrage, est-ce normal ?
- hier soir, le détecteur de monoxyde du salon s'est mis à sonner vers 22 h. On a ouvert les fenêtres et éteint le poêle, mais ce matin mon mari et ma fille ont encore mal à la tête et envie de vomir. Je me demande si le conduit a bien été raccordé.

Le poêle n'a pas été rallumé depuis et on dort chez ma sœur ce soir. Est-ce que quelqu'un peut passer vérifier aujourd'hui ?

Merci,
Hélène Marchetti
06 71 48 22 90"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Barrat <j.barrat@free-post.example>",
         to="contact@boxmiam.example",
         subject="Box livrée le 8 décembre – recette « poulet satay »",
         body="""\
Bonjour,

Nous avons reçu hier la box famille (commande 558-21973). J'avais choisi exprès l'option « sans fruits à coque » parce que notre fils Théo, 7 ans, est allergique à l'arachide, et c'est indiqué dans notre profil.

La sauce du poulet satay contenait visiblement de la cacahuète. Dix minutes après le repas, il avait les lèvres gonflées et du mal à respirer. On lui a fait son stylo d'adrénaline et le SAMU l'a emmené aux urgences, où il a passé la nuit en observation. Il va mieux ce matin.

Sur le sachet de sauce, aucune mention d'allergènes. Je voudrais comprendre comment c'est possible, et être sûr que les autres familles qui ont reçu la même recette sont prévenues.

Julien Barrat"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Nadia Benali <nadia.benali@laposte-mail.example>",
         to="service.client@banque-rhodanienne.example",
         subject="Paiements que je n'ai pas faits !!",
         body="""\
Bonjour,
Je viens de voir sur l'appli 4 paiements avec ma carte Visa qui finit par 4417 : 3 x 249,99 € chez « ELECTRO-DISCOUNT LTD » et 612 € sur un site de paris en ligne, tous cette nuit entre 2 h et 3 h. Je dormais, et ma carte est dans mon portefeuille, je ne l'ai jamais perdue.
J'ai fait opposition par le serveur vocal mais je veux être remboursée et savoir ce qui se passe. Il me reste 40 € sur le compte et mon loyer part demain.
Rappelez-moi svp au 07 52 18 93 40.
Nadia Benali

Envoyé de mon téléphone Android"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Bernard Lefort <bernard.lefort@wanadoo-mail.example>",
         to="adherents@mutuelle-horizon.example",
         subject="TR: Votre relevé de remboursements – novembre 2026",
         body="""\
Bonjour,

Je vous transfère le mail reçu ce matin. Ce n'est pas mon relevé : il est au nom d'une certaine Mme Josiane Perrot, avec son numéro de sécurité sociale, son adresse et le détail de ses soins (dont des consultations en psychiatrie). Je ne connais pas cette dame.

Je vais supprimer ce message, mais j'imagine qu'elle a peut-être reçu le mien. Merci de vérifier de votre côté.

Bernard Lefort
Adhérent n° 0048812

-------- Message transféré --------
De : Mutuelle Horizon <ne-pas-repondre@mutuelle-horizon.example>
Date : ven. 11 déc. 2026 à 06:02
Objet : Votre relevé de remboursements – novembre 2026
À : bernard.lefort@wanadoo-mail.example

Bonjour Madame Perrot,

Veuillez trouver ci-joint votre relevé de remboursements du mois de novembre.
Pièce jointe : releve_112026_PERROT_J.pdf

Cordialement,
Mutuelle Horizon"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sébastien Roux <s.roux@logistique-valdoise.example>",
         to="support@stockpilot.example",
         subject="URGENT – les terminaux ne reçoivent plus les missions (site de Gonesse)",
         body="""\
Bonjour,

Depuis 6 h 40 ce matin, aucun de nos terminaux de préparation ne reçoit de missions : l'écran reste sur « Synchronisation en cours… » puis revient au menu. Sur les postes fixes, StockPilot affiche bien la liste des commandes, mais le bouton « Lancer la vague » ne fait rien.

On a redémarré les bornes Wi-Fi et deux terminaux, même résultat.

Concrètement, 38 préparateurs attendent les bras croisés sur le site de Gonesse, et le transporteur passe à 13 h pour 1 200 colis qui doivent partir aujourd'hui, en pleine période de fin d'année.

Merci de nous rappeler au plus vite : 01 39 87 45 12 (poste 204) ou 06 12 48 77 30.

Sébastien Roux
Responsable d'exploitation – Logistique Val-d'Oise"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Claire Vasseur <direction@cinema-lerex-dinan.example>",
         to="assistance@billetterie-cinemas.example",
         subject="Billetterie en panne – avant-première ce soir 20 h",
         body="""\
Bonjour,

Notre billetterie est en panne depuis midi : la page de réservation en ligne affiche une erreur 500, et en caisse le logiciel se fige au moment de valider, donc impossible d'imprimer le moindre billet.

Nous avons ce soir à 20 h l'avant-première de « Les Marées hautes » en présence de l'équipe du film : 310 places déjà vendues et une bonne centaine de personnes attendues en caisse. Sans le système, nous ne pouvons ni contrôler les billets ni vendre les places restantes.

Pouvez-vous intervenir en priorité ? Je reste joignable au 02 96 39 14 70.

Claire Vasseur
Directrice – Cinéma Le Rex, Dinan"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Martine Guérin <fleurs.martine@sfr-mail.example>",
         to="assistance-pro@telenet-fibre.example",
         subject="Plus rien depuis hier soir – boutique Au Jardin de Martine",
         body="""\
Bonjour,

Je suis fleuriste, seule à la boutique. Depuis hier vers 18 h, la box clignote en rouge et je n'ai plus ni internet ni le téléphone fixe. J'ai débranché et rebranché comme c'est expliqué sur votre site, trois fois, rien n'y fait.

Le souci, c'est que mes commandes arrivent par le site et par le fixe, et que mon terminal de carte bancaire passe par la box. Ce matin j'ai dû laisser partir deux clients qui n'avaient pas d'espèces.

Contrat pro n° 77-410-2286, ligne 02 41 55 68 09. Vous pouvez me joindre sur mon portable au 06 88 21 47 53.

Merci d'avance,
Martine Guérin
Au Jardin de Martine – Angers"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Thomas Nguyen <thomas@laruche-coworking.example>",
         to="support@deskbook.example",
         subject="RE: [Ticket #48213] Synchronisation agenda salles de réunion",
         body="""\
Bonjour Aurélie,

Mes réponses sous chaque question.

> 1. Depuis quand constatez-vous le problème ?
Depuis la mise à jour de lundi. Avant, aucun souci.

> 2. Le problème concerne-t-il toutes les salles ?
Non, seulement « Alvéole » et « Cadre ». Les réservations faites dans DeskBook n'apparaissent plus dans leurs agendas Google, alors que les quatre autres salles se synchronisent normalement.

> 3. Les réservations sont-elles bien enregistrées côté DeskBook ?
Oui, elles y sont, et les membres les voient dans l'appli. C'est l'écran à l'entrée de ces deux salles qui affiche « Libre », du coup on a eu deux fois des gens qui se sont installés dans une salle réservée. En attendant, je colle le planning du jour sur la porte.

Pas d'urgence absolue, mais ce serait bien que ce soit réglé avant la fin du mois.

Thomas Nguyen
Community manager – La Ruche Coworking, Lille"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Gérard Poulain <gerard.poulain@numeric-mail.example>",
         to="aide@cineflix.example",
         subject="Appli TV un peu lente au démarrage",
         body="""\
Bonjour,

Petite remarque : depuis quelques semaines, l'application sur ma télévision Samsung met 20 à 30 secondes à afficher l'accueil, et les vignettes des films apparaissent une par une. Une fois le film lancé, rien à redire, l'image est parfaite.

Ce n'est pas bien grave, mais si une mise à jour est prévue, je suis preneur.

Bonne journée,
Gérard Poulain"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Anne-Sophie Delmas <as.delmas@courriel.example>",
         to="clients@energie-verte-plus.example",
         subject="Question sur la présentation de ma facture",
         body="""\
Bonjour,

J'ai bien reçu ma facture d'électricité (client n° 3 019 544 870). Le montant me paraît correct, mais je ne comprends pas tout : il y a une ligne « Régularisation acheminement » de 3,42 € et une ligne « CTA » dont j'ignore la signification.

Pourriez-vous m'expliquer à quoi correspondent ces deux lignes ? Et serait-il possible d'avoir le détail de la consommation mois par mois plutôt que sur toute la période ?

Merci par avance et bonne journée,
Anne-Sophie Delmas"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Karim Haddad <karim.haddad@hotmail-fr.example>",
         to="remboursements@azur-airlines.example",
         subject="Re: Votre demande de remboursement – dossier RF-2026-118734",
         body="""\
Bonjour,

Cela fait maintenant sept semaines et je n'ai toujours rien reçu. Le vol Nice–Lisbonne du 14 octobre (réservation QX7PLM) a bien été annulé de votre fait, et le montant à rembourser est de 386,40 € pour deux passagers.

Pouvez-vous me dire où en est le virement, ou m'envoyer une preuve de l'ordre de remboursement que je puisse présenter à ma banque ?

Cordialement,
Karim Haddad

Le 21 oct. 2026 à 15:47, Service Remboursements Azur Airlines <remboursements@azur-airlines.example> a écrit :
> Bonjour Monsieur Haddad,
>
> Nous vous confirmons que votre demande de remboursement a été acceptée.
> Le montant de 386,40 € sera recrédité sur le moyen de paiement utilisé
> sous 7 à 14 jours ouvrés.
>
> Cordialement,
> Le service Remboursements"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Joao Ferreira <joao.ferreira@mailbox.example>",
         to="adherents@fitnessclub-lyon.example",
         subject="prélèvement deux fois ce mois",
         body="""\
Bonjour,

Je suis adhérant à la salle de Lyon Part-Dieu depuis mars (numéro de membre 20-88417). Ce mois ci vous avez prélevé deux fois mon abonnement, le 1er décembre et le 2 décembre, 34,90 € chaque fois. J'ai regardé sur mon relevé, c'est bien les deux à votre nom.

Je demande de me rembourser le deuxième prélèvement svp. Je peux envoyer le relevé de banque si vous avez besoin.

Merci beaucoup et bonne journée
Joao Ferreira"""),

    dict(n=13, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Olivier Lemaire <boulangerie.lemaire@orange-pro.example>",
         to="support@payvia.example",
         subject="Versements suspendus depuis le 20 novembre – besoin d'une solution avant vendredi",
         body="""\
Bonjour,

Je suis boulanger à Rouen et j'utilise vos terminaux et votre service d'encaissement depuis deux ans (compte marchand PV-3301982).

Depuis le 20 novembre, plus aucun versement de mes encaissements n'arrive sur mon compte bancaire. Dans mon espace il y a juste un bandeau « Compte en cours de vérification – versements suspendus », et on me redemande un justificatif de domicile que j'ai déjà envoyé deux fois (le 21 et le 26).

Ça fait un peu plus de 14 000 € en attente. Vendredi je dois payer mes trois salariés et mon meunier, et sans ces versements je n'y arriverai pas.

Pouvez-vous débloquer la situation, ou au moins me dire ce qui manque exactement ?

Olivier Lemaire
Boulangerie Lemaire – 12 rue Saint-Romain, Rouen
02 35 71 09 84"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Maxime Caron <maxime.caron@zmail.example>",
         to="support@dragonspire-online.example",
         subject="Changer l'adresse mail de mon compte",
         body="""\
Salut,

Je vais bientôt fermer mon ancienne adresse Hotmail, qui est celle liée à mon compte Dragonspire (pseudo : Kaelthas_du_13). Comment je fais pour mettre ma nouvelle adresse à la place sans perdre ma progression ni mes achats ? Je ne trouve pas l'option dans les paramètres.

Merci !
Maxime"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sandrine Morel <sandrine.morel@neuf-mail.example>",
         to="service.client@drive-marchefrais.example",
         subject="Lien mot de passe",
         body="""\
Bonjour, j'essaie de réinitialiser mon mot de passe depuis hier soir. Je reçois bien le mail mais quand je clique sur le lien il me met « lien expiré », même en cliquant tout de suite. Essayé 4 fois. Ma commande est dans le panier, je ne peux pas la valider.
Sandrine Morel

Envoyé de mon iPhone"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Isabelle Fontaine <i.fontaine@fontaine-avocats.example>",
         to="support@juridoc-cloud.example",
         subject="Départ d'une collaboratrice – accès et transfert de dossiers",
         body="""\
Madame, Monsieur,

Mme Laura Pichon, collaboratrice de notre cabinet, nous quitte ce soir, vendredi 11 décembre. Je vous remercie de bien vouloir :

1. désactiver son compte utilisateur (l.pichon@fontaine-avocats.example) à compter de demain ;
2. transférer la propriété de ses dossiers partagés à Me Antoine Rigaud (a.rigaud@fontaine-avocats.example) ;
3. me confirmer que l'accès depuis son téléphone personnel sera lui aussi révoqué.

Je n'ai pas trouvé comment effectuer le transfert depuis la console d'administration, d'où ma demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Fontaine
Avocate associée
Fontaine & Associés – 18, cours Mirabeau, 13100 Aix-en-Provence
Tél. : 04 42 26 81 30

Ce message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. Ils sont destinés exclusivement à leur(s) destinataire(s). Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou reproduction non autorisée est interdite."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Patricia Lenoir <secretariat.clg-jmoulin@ac-centre.example>",
         to="assistance@scolanet.example",
         subject="Impossible de me connecter – conseils de classe demain",
         body="""\
Bonjour,

Je suis secrétaire de direction au collège Jean-Moulin de Vierzon (UAI 0180765K). Je suis venue ce dimanche exprès pour préparer les bulletins, et je n'arrive pas à entrer dans mon compte administrateur Scolanet : après le mot de passe, le site envoie le code de vérification par SMS sur mon ancien numéro professionnel, qui a été résilié la semaine dernière. Je n'ai pas d'autre méthode enregistrée.

C'est moi qui dois éditer et verrouiller les bulletins du 1er trimestre, et les conseils de classe commencent demain à 8 h. Les collègues n'ont pas les droits pour le faire à ma place.

Mon nouveau numéro : 06 43 90 12 57. Le principal, M. Girard, peut confirmer mon identité au 06 20 48 75 33.

Merci de votre aide rapide,
Patricia Lenoir"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Véronique Tessier <vero.tessier@bbox-mail.example>",
         to="reception@hotel-les-alpages.example",
         subject="Merci pour ce week-end !",
         body="""\
Bonjour à toute l'équipe,

Nous rentrons tout juste de notre week-end chez vous pour nos 30 ans de mariage, et nous tenions à vous dire merci.

Le feu de cheminée dans le salon le soir, c'était magique. Et le dîner de samedi… le chef a mis le feu ! Son dessert au chocolat fumé est une vraie tuerie, Alain en parle encore. Quant au moniteur de ski, il nous a achevés : on est rentrés morts de fatigue, mais ravis (et sans une seule chute, pour une fois).

Petite question : serait-il possible d'avoir la recette de la crème brûlée à la chartreuse ? Promis, elle ne sortira pas de la famille.

À très bientôt, c'est certain,
Véronique et Alain Tessier
Chambre 12"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Pierre-Yves Le Goff <earl.legoff@agrimail.example>",
         to="commercial@agri-equipements-ouest.example",
         subject="Renseignements désherbeur thermique Flamme 600",
         body="""\
Bonjour,

Nous sommes une petite exploitation maraîchère en bio (4 ha) près de Morlaix. On voudrait arrêter de passer des heures à la binette et on pense à votre désherbeur thermique à gaz, le Flamme 600.

Quelques questions avant de commander :
- est-ce qu'il tue aussi bien le chiendent que les jeunes adventices, ou il faut repasser plusieurs fois ?
- en bordure de paillage plastique, est-ce qu'on risque de tout brûler ou de faire fondre la bâche ?
- une bouteille de propane de 13 kg tient combien de temps à peu près ?
- si l'outil ne nous convient pas, acceptez-vous un retour avec remboursement sous 30 jours ?

Merci d'avance,
Pierre-Yves Le Goff
EARL Le Goff – Plougasnou"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Élodie Rambert <e.rambert@cabinet-rambert-compta.example>",
         to="evenements@cyberveille.example",
         subject="Inscription webinaire du 15 décembre – 3 participants",
         body="""\
Bonjour,

Je souhaiterais inscrire trois personnes de notre cabinet à votre webinaire du 15 décembre « Piratage, fuite de données, hameçonnage : que faire quand tout s'effondre ? » :

- Élodie Rambert (e.rambert@cabinet-rambert-compta.example)
- Marc Joubert (m.joubert@cabinet-rambert-compta.example)
- Samia Kaci (s.kaci@cabinet-rambert-compta.example)

Un confrère de Blois s'est fait chiffrer tous ses serveurs par un rançongiciel cet été, ça nous a un peu réveillés. La session sera-t-elle enregistrée ? Et le module sur les gestionnaires de mots de passe est-il inclus, ou fait-il partie de l'atelier payant ?

Merci,
Élodie Rambert
Cabinet Rambert Expertise Comptable – Tours"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Inès Carpentier <ines.carpentier@courrier.example>",
         to="location@immo-belleville.example",
         subject="Dossier de candidature – T2 rue des Pyrénées",
         body="""\
Bonjour Monsieur Durand,

Comme convenu, vous trouverez ci-joint mon dossier pour le T2 de la rue des Pyrénées : pièce d'identité, trois derniers bulletins de salaire, contrat de travail et avis d'imposition.

Les bulletins sont protégés par un mot de passe (c'est mon employeur qui les envoie comme ça) : c'est ma date de naissance au format JJMMAAAA, soit 14031996.

Désolée de ne pas être venue à la deuxième visite mardi, ma voiture m'a lâchée sur le périph et j'ai fini la soirée avec la dépanneuse. Si l'appartement est toujours libre, je peux passer samedi matin.

Bien cordialement,
Inès Carpentier
06 27 84 51 39"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Mathilde Garnier <contact@studio-lumiere-photo.example>",
         to="support@hebergo.example",
         subject="Re: [Ticket #90317] Site inaccessible depuis ce matin",
         body="""\
Super, tout est revenu, le site et la galerie clients s'affichent de nouveau. Merci pour la rapidité, et un samedi en plus !

Mathilde

Le sam. 5 déc. 2026 à 10:52, Support Hébergo <support@hebergo.example> a écrit :
> Bonjour Madame Garnier,
> Un de nos serveurs a redémarré cette nuit et votre base de données
> n'est pas repartie. C'est corrigé, pouvez-vous vérifier de votre côté ?
> Cordialement, Kevin – Support Hébergo
> Le sam. 5 déc. 2026 à 09:14, Mathilde Garnier a écrit :
> > Bonjour, mon site studio-lumiere-photo.example est complètement en panne
> > depuis ce matin, il affiche « Erreur de connexion à la base de données ».
> > Mes clients ne peuvent plus télécharger leurs photos de mariage."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stéphane Aubert <stephane.aubert@netcourrier.example>",
         to="service-client@maison-canape.example",
         subject="Re: Re: Remboursement retour canapé – commande MC-604218",
         body="""\
Troisième mail, et toujours aucune réponse. C'est inadmissible.

Votre transporteur a repris le canapé le 28 octobre, j'ai le bon d'enlèvement signé. Ça fait plus de six semaines que j'attends mes 1 249 €. Sans réponse écrite de votre part d'ici lundi, je conteste le paiement auprès de ma banque et je saisis le médiateur de la consommation.

Stéphane Aubert

Le 23 nov. 2026 à 19:02, Stéphane Aubert a écrit :
> Bonjour, je relance ma demande du 10 novembre. Le canapé vous a été retourné
> le 28 octobre et je n'ai toujours pas été remboursé. Merci de me répondre.
> Le 10 nov. 2026 à 08:31, Stéphane Aubert a écrit :
> > Bonjour, le canapé de ma commande MC-604218 a été enlevé le 28 octobre
> > par votre transporteur. Pouvez-vous me confirmer la date du remboursement de 1 249 € ?"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="François Meyer <f.meyer@groupe-dentaire-alsace.example>",
         to="support-entreprise@radiovision-medical.example",
         subject="Contrat Entreprise RV-ENT-0192 – images radio non archivées sur 2 cabinets",
         body="""\
Bonjour,

Dans le cadre de notre contrat Entreprise (réf. RV-ENT-0192, délai d'intervention garanti de 4 heures), je vous signale un incident constaté ce matin à 8 h 15.

Dans nos cabinets de Colmar et de Sélestat, les radios prises avec les capteurs intra-oraux n'arrivent plus dans le dossier patient depuis la mise à jour de cette nuit. Les clichés restent visibles sur le poste d'acquisition de chaque salle, ce qui permet aux praticiens de continuer à soigner, mais ils ne sont ni archivés ni consultables depuis les autres postes. Les trois autres cabinets du groupe ne sont pas touchés.

Nous avons une vingtaine de patients par fauteuil aujourd'hui et nous ne pouvons pas rester longtemps sans archivage. Merci de nous confirmer la prise en charge et le nom de l'ingénieur affecté.

Dr François Meyer
Directeur médical – Groupe Dentaire d'Alsace
03 89 41 26 70"""),
]
