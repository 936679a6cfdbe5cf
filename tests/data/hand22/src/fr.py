# blind23 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lefebvre-Morel <s.lefebvre@vertige-bloc.example>",
         to="support@autoassur-systemes.example",
         subject="Enrouleur n°4 : la sangle a filé d'un coup ce matin",
         body="""\
Bonjour,

Ce matin vers 10h40, un adolescent d'un groupe scolaire grimpait sur la voie 12, équipée de votre enrouleur automatique n°4 (série AB-2200, acheté en 2022). Arrivé en haut, il s'est laissé aller comme on le fait cent fois par jour. La sangle est d'abord descendue normalement puis, à quatre mètres du sol environ, elle s'est mise à filer d'un coup, sans plus rien retenir. Il est arrivé sur le tapis très vite, en position assise, et sa cheville a tourné sous lui. Elle a doublé de volume dans l'heure et il ne pouvait plus poser le pied par terre ; ses parents l'ont emmené passer une radio.

Nous avons décroché l'appareil et fermé la voie. Les trois autres enrouleurs du même lot sont encore au mur et nous ne savons pas s'il faut les arrêter aussi. Quand on tire la sangle du n°4 à la main, on entend maintenant un petit claquement métallique à chaque tour.

Pouvez-vous nous rappeler dans la journée ? Ligne directe : 01 99 00 47 12.

Sandrine Lefebvre-Morel
Responsable de salle – Vertige Bloc & Voies, Grenoble"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marc Duval <direction@cinema-le-familia.example>",
         to="sav@kioskeo-billetterie.example",
         subject="Borne de billetterie du hall – boîtier très chaud et crépitements",
         body="""\
Bonjour,

Depuis hier soir, la borne de billetterie de gauche dans notre hall (modèle BX-7, n° de série 7A-20931) a un comportement bizarre. Le côté droit du boîtier, là où sortent les billets, est devenu tellement chaud qu'on ne peut pas y laisser la main plus d'une seconde. À chaque impression on entend un crépitement à l'intérieur, un peu comme du papier qu'on froisse, et il flotte une odeur de plastique fondu autour de la machine.

Samedi, une petite fille a attrapé son billet dans la fente et s'est mise à pleurer ; sa mère nous a montré une cloque blanche sur le bout de ses doigts.

Nous avons débranché la borne et mis un carton « hors service » dessus. Faut-il la renvoyer, ou un technicien peut-il passer ? Nous avons la même borne à l'étage.

Cordialement,
Marc Duval
Cinéma Le Familia, Vierzon
Tél. 02 99 00 18 64"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Hélène Fabre <helene.fabre@courriel.example>",
         to="espace-client@morin-associes-avocats.example",
         subject="Documents d'une autre personne dans mon espace client",
         body="""\
Maître, Madame, Monsieur,

En me connectant ce soir à mon espace client pour récupérer le projet de convention de divorce, j'ai trouvé dans le dossier « Pièces » trois documents qui ne me concernent pas : la convention d'un autre couple, avec les noms, l'adresse, les revenus et les numéros de sécurité sociale des deux époux, ainsi que le relevé de compte de l'un d'eux.

Je n'ai rien téléchargé et j'ai refermé aussitôt. Mais si je vois leurs pièces, je suppose que quelqu'un d'autre peut voir les miennes, qui contiennent ma nouvelle adresse – adresse que mon ex-mari ne doit pas connaître.

Je vous demande de vérifier qui a pu accéder à mon dossier ces dernières semaines et de me dire par écrit ce que vous comptez faire.

Hélène Fabre
06 39 98 21 77"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Carpentier <julien.carpentier@maison-carpentier.example>",
         to="accueil@musee-des-tisserands.example",
         subject="Audioguide enfant – l'embout en mousse part en morceaux",
         body="""\
Bonjour,

Dimanche après-midi, pendant la visite, notre fils de deux ans a mâchouillé l'écouteur de l'audioguide enfant (le modèle jaune avec la girafe). L'embout en mousse s'est défait en petits morceaux dans sa bouche. Il s'est mis à tousser très fort, il est devenu tout rouge puis un peu violet autour des lèvres, et c'est seulement quand mon mari l'a penché en avant et lui a tapé dans le dos qu'un morceau est ressorti.

Il va bien aujourd'hui. Mais cet audioguide est indiqué « dès 2 ans » et l'embout se détache dès qu'on tire dessus avec deux doigts. Il y en avait une dizaine dans le bac à l'entrée de l'exposition.

Julien Carpentier"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lucie Bernard <reception@hotel-bellevue-annecy.example>",
         to="support@clefsure-hotellerie.example",
         subject="Plus aucune carte n'ouvre les chambres !!",
         body="""\
Bonjour,

Depuis 7h15 ce matin, plus aucune carte-clé n'ouvre les portes des chambres. Les lecteurs clignotent en rouge, que la carte soit neuve ou ancienne, encodée à l'instant ou hier soir. Les clients descendus prendre le petit-déjeuner ne peuvent plus remonter chez eux : nous avons une vingtaine de personnes dans le hall, certaines avec leurs valises, et un car de tourisme qui part à 9h30.

Notre veilleur a réencodé plusieurs cartes : l'encodeur répond « OK », mais les portes restent fermées. Nous ouvrons une par une avec les clés mécaniques de secours, et nous n'en avons que deux pour 64 chambres.

Appelez-moi au 04 99 00 65 20, c'est le plus rapide.

Lucie Bernard
Chef de réception – Hôtel Bellevue, Annecy"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Girard <billetterie@fc-vallee-orne.example>",
         to="support@stadepass.example",
         subject="Match ce soir – les billets mobiles sont refusés aux portiques",
         body="""\
Bonjour,

Ouverture des portes à 19h00 pour le match de ce soir (coup d'envoi 20h45, 11 200 billets vendus).

Lors du test des portiques à 16h, aucun des billets mobiles achetés depuis hier midi n'est accepté : le lecteur affiche « Billet inconnu » et le tourniquet reste bloqué. Les billets papier et les cartes d'abonné passent normalement. D'après notre export, cela concerne à peu près 5 400 spectateurs.

Si rien ne bouge, la moitié du stade va rester dehors. Please escalate this to your on-call team – we need someone on the phone before 18:00.

Thomas Girard
Responsable billetterie, FC Vallée de l'Orne
03 99 00 72 41"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Claire Montagne <claire@lesmotsperdus.example>",
         to="aide@ondecast.example",
         subject="Impossible de mettre en ligne l'épisode 112",
         body="""\
Bonjour,

Depuis hier soir, quand j'envoie le fichier de mon épisode (MP3, 58 Mo), la barre de progression monte jusqu'à 100 % puis revient à zéro avec le message « Une erreur est survenue, réessayez plus tard ». J'ai essayé avec Firefox et Chrome, avec un fichier de test de 5 Mo, depuis chez moi et depuis le studio : même résultat à chaque fois.

Je ne peux donc rien publier, et l'épisode sort normalement tous les jeudis à 7h.

Merci de regarder ça rapidement.
Claire Montagne – podcast « Les Mots Perdus »"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Nadia Chevalier <n.chevalier@mediatheque-saint-amand.example>",
         to="support@biblio-automates.example",
         subject="Automate de prêt n°2",
         body="""\
Bonjour,

Est-ce normal que l'automate de prêt n°2 (celui près de l'espace jeunesse) refuse toutes les cartes de lecteur depuis la mise à jour de lundi ? Il affiche « Carte non reconnue », même avec ma carte d'agent.

Les automates 1 et 3 acceptent les mêmes cartes sans problème, donc nous orientons les usagers vers eux, mais le mercredi après-midi la file devient vite longue.

Bien à vous,
Nadia Chevalier
Médiathèque de Saint-Amand"""),

    dict(n=9, signals="outage", priority="medium", trap="degraded", qt=0, reply=0,
         frm="Kevin Lemoine <kevin@studio-passe-muraille.example>",
         to="support@montagecloud.example",
         subject="Exports 4K très lents depuis mardi",
         body="""\
Hello,

L'éditeur en ligne marche bien, mais depuis mardi nos exports en 4K mettent trois à quatre heures au lieu d'une vingtaine de minutes. Les exports en 1080p sont à peu près normaux.

Pour l'instant on s'en sort en envoyant des versions HD aux clients pour validation, mais on a deux masters 4K à livrer vendredi. Y a-t-il un souci connu chez vous ?

Kevin
Studio Passe-Muraille"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Patrick Rousseau <patrick.rousseau@boitemail.example>",
         to="inscriptions@marathon-des-vignes.example",
         subject="Inscription débitée deux fois",
         body="""\
Bonjour,

Je me suis inscrit au Marathon des Vignes le 3 mars. Au moment du paiement, la page a tourné longtemps et j'ai recliqué sur « Payer ». Résultat : deux débits de 72,00 € sur ma carte le même jour (références MDV-08813 et MDV-08814), mais une seule confirmation d'inscription.

Pourriez-vous rembourser le second débit ?

Merci d'avance,
Patrick Rousseau"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Sophie Arnaud <gestion@saveurs-doc-traiteur.example>",
         to="paie@bureau-paie-occitan.example",
         subject="Salaires de mars non versés – virements rejetés",
         body="""\
Bonjour Madame Perrin,

Les salaires de mars de nos 14 salariés devaient partir hier par votre plateforme. Ce matin, trois d'entre eux m'ont appelée : rien n'est arrivé sur leur compte. Sur le portail, le lot de virements apparaît comme « Rejeté – IBAN émetteur invalide », alors que nous n'avons changé ni de banque ni de compte.

Plusieurs de nos employés ont leur loyer prélevé le 5 et je ne veux pas les laisser sans rien. Pouvez-vous relancer le lot aujourd'hui, ou me dire exactement ce que je dois faire de mon côté ?

Je reste joignable au 05 99 00 36 82.

Sophie Arnaud
Les Saveurs d'Oc – Traiteur événementiel"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Gérard Leroy <gerard@chambres-du-moulin.example>",
         to="facturation@hebergeur-hexagone.example",
         subject="Question sur ma facture FA-33172",
         body="""\
Bonjour,

Je suis client chez vous depuis bientôt six ans pour le site de nos chambres d'hôtes, et dans l'ensemble je n'ai qu'à m'en féliciter. Cet hiver mon neveu a refait le site : nouvelles photos, nouveau widget de réservation (celui qui affiche le calendrier des disponibilités), et tout a l'air de bien tourner. Nous avons d'ailleurs déjà plusieurs réservations pour l'été, ce qui est une première pour nous en février.

Au passage, il m'a conseillé de passer sur l'offre avec certificat SSL inclus, ce que j'ai fait le mois dernier, sans difficulté.

En revanche, en relisant la facture FA-33172 que j'ai reçue ce week-end, quelque chose m'échappe. Est-il normal qu'on m'ait facturé le renouvellement du domaine chambres-du-moulin.example pour trois ans (41,97 €) alors que j'avais bien coché « 1 an » lors du renouvellement ? Je souhaiterais être remboursé des deux années en trop, ou à défaut recevoir une facture rectifiée.

Avec mes remerciements,
Gérard Leroy
Les Chambres du Moulin, Beaune"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Odile Brunet <odile.brunet@messagerie.example>",
         to="contact@vedettes-iliennes.example",
         subject="Frais de service 1,50 €",
         body="""\
Bonjour, sur mon billet aller-retour pour l'île d'Yeu je vois une ligne « frais de service : 1,50 € ». Simple curiosité, ce n'est pas une réclamation : à quoi correspondent-ils ?
Bonne journée, Odile Brunet"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Antoine Faure <antoine.faure@lamaison.example>",
         to="portail@gestion-habitat-sud.example",
         subject="Compte bloqué sur le portail locataire",
         body="""\
Bonjour,

Après trois essais de mot de passe, mon compte sur le portail locataire affiche « Compte verrouillé, contactez votre gestionnaire ». J'ai utilisé « Mot de passe oublié », mais je ne reçois aucun e-mail, même dans les indésirables.

Je dois déposer mon attestation d'assurance habitation avant la fin du mois. Pourriez-vous débloquer mon accès ?

Locataire n° 40-1187, résidence Les Acacias, appartement 12.

Antoine Faure"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Stéphane Marchand <s.marchand@agence-du-parc.example>",
         to="support@immocrm.example",
         subject="Code SMS toujours envoyé sur mon ancien numéro",
         body="""\
Bonjour,

J'ai changé de numéro de portable la semaine dernière en changeant d'opérateur. Depuis, le code de connexion à deux facteurs du CRM part toujours sur l'ancien numéro, que je n'ai plus. Je ne peux donc plus me connecter, ni depuis le bureau ni depuis l'appli, alors que mes collègues de l'agence n'ont aucun souci.

I already tried the "Update phone number" link, but it asks for a code sent to... the old number, of course.

Pouvez-vous enregistrer mon nouveau numéro, le 06 39 98 54 10, ou désactiver temporairement la double authentification ?

Stéphane Marchand
Agence Immobilière du Parc, Angers"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Bernard Lambert <bernard.lambert@echiquier-rochelais.example>",
         to="support@echecsetmat.example",
         subject="Re: Maintenance de l'application ce week-end",
         body="""\
Bonjour,

Depuis ce week-end, mon profil a disparu : quand je me connecte, l'appli me propose de « Créer un compte », et si j'essaie, mon adresse e-mail est refusée parce qu'elle serait « déjà utilisée ». Tout mon historique de parties et mon classement du club étaient sur ce profil.

Pouvez-vous le restaurer ? Mon identifiant était blambert17.

Merci,
Bernard Lambert
Échiquier Rochelais

Le ven. 8 mars 2024 à 18:02, Échecs & Mat <noreply@echecsetmat.example> a écrit :
> Chers membres,
>
> Une maintenance est prévue samedi de 22h à 2h. Pendant ce créneau,
> l'application sera indisponible ; cette interruption de service est
> planifiée et ne demande aucune action de votre part.
> En cas de panne prolongée après 2h, écrivez-nous à support@echecsetmat.example.
>
> L'équipe Échecs & Mat"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Geneviève Roux <genevieve.roux@courriel.example>",
         to="secretariat@paroisse-saint-martin.example",
         subject="Changer mon adresse e-mail",
         body="""\
Bonjour, comment puis-je modifier l'adresse e-mail de mon compte adhérent sur le site ? Je ne trouve que le changement de mot de passe.
Merci d'avance, Geneviève Roux"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Aurélie Masson <aurelie.masson@fournisseur.example>",
         to="info@ecoledeski-chamois.example",
         subject="Re: Infos pratiques – stage de février",
         body="""\
Bonjour,

Merci pour ces infos. Deux petites questions : le cours de samedi matin est-il maintenu s'il neige beaucoup, ou reporté au dimanche ? Et ma fille Jade peut-elle passer dans le même groupe que sa cousine (Flocon 2) ?

Cordialement,
Aurélie Masson

Le 2 févr. 2024 à 09:14, École de Ski Les Chamois <info@ecoledeski-chamois.example> a écrit :
> Bonjour à tous,
>
> Le stage commence lundi à 9h au pied du télésiège des Marmottes.
> Le casque est obligatoire pour tous les enfants.
> En cas d'accident ou de blessure sur les pistes, prévenez immédiatement
> le moniteur, qui alertera les secours. Les numéros d'urgence figurent
> au dos de la carte de cours.
>
> À lundi !"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Yannick Perrot <exploitation@taxis-du-littoral.example>",
         to="support@dispatchtaxi.example",
         subject="Merci pour hier soir",
         body="""\
Bonjour,

Juste un mot pour remercier Julien, de votre support : hier soir, quand la répartition des courses s'est bloquée pendant la panne réseau, il est resté en ligne avec notre standard jusqu'à ce que tout redémarre, vers 23h.

Depuis ce matin tout tourne parfaitement, rien à signaler. Chapeau !

Yannick Perrot
Taxis du Littoral"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Florence Aubert <florence@latabledeflo.example>",
         to="commercial@resatable.example",
         subject="Deuxième imprimante de tickets en cuisine ?",
         body="""\
Bonjour,

Nous utilisons votre appli de réservation depuis six mois, pour le restaurant comme pour la partie traiteur. Franchement, pendant le coup de feu du samedi soir, c'est le jour et la nuit par rapport à l'ancien cahier. Et notre brunch du dimanche a fait un carton : les réservations ont explosé depuis qu'il est en ligne.

Nous aimerions ajouter une deuxième imprimante de tickets, côté poste chaud. Est-ce compris dans la formule Pro, ou faut-il passer en Premium ? Et à quel tarif ?

Merci,
Florence Aubert
La Table de Flo, Nantes"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Romain Gauthier <romain@bowling-strikezone.example>",
         to="ventes@hebergeur-hexagone.example",
         subject="Avant souscription : pannes, piratage et sauvegardes",
         body="""\
Bonjour,

Je compare plusieurs hébergeurs pour le site de notre bowling (réservation des pistes en ligne). Avant de m'engager, quelques questions :

- votre offre « Sérénité » couvre-t-elle les pannes, et quel est le délai de rétablissement garanti ?
- si le site est piraté, la restauration depuis une sauvegarde est-elle incluse ou facturée à part ?
- peut-on payer à l'année avec une remise ?

Merci d'avance,
Romain Gauthier
Bowling Strike Zone, Reims"""),

    dict(n=22, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="An Peeters <an.peeters@sintjozefscollege.example>",
         to="reservations@musee-sapeurs.example",
         subject="Audioguide en néerlandais pour l'expo « Au feu ! »",
         body="""\
Bonjour,

Nous venons le 14 mai avec un groupe de 18 élèves belges néerlandophones (13-14 ans) pour voir l'exposition « Au feu ! Deux siècles de sapeurs-pompiers ». L'audioguide existe-t-il en néerlandais ? Sinon, en anglais ? Faut-il réserver les appareils à l'avance ?

Met vriendelijke groeten – bien à vous,
An Peeters
Sint-Jozefscollege, Courtrai"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Martine Giraud <planning@eclat-proprete.example>",
         to="support@planiclean.example",
         subject="Notifications de planning non reçues depuis la 3.8",
         body="""\
Bonjour,

Depuis la dernière version de l'application (3.8), nos agents d'entretien ne reçoivent plus de notification quand nous modifions leur planning. Les plannings sont bien à jour quand ils ouvrent l'appli ; en attendant, nous envoyons un SMS groupé chaque soir pour les prévenir.

Ce n'est pas bloquant, mais pouvez-vous corriger cela dans la prochaine version ?

Martine Giraud
Éclat Propreté, Lille"""),

    dict(n=24, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Vincent Morel <vincent.morel@monadresse.example>",
         to="support@cabinet-noel-fiscal.example",
         subject="RE: Dépôt de pièces impossible – dossier 2024-0457",
         body="""\
Bonjour,

Je me permets de relancer : cinq jours après mon premier message, je ne peux toujours pas déposer mes justificatifs sur votre portail, et personne ne m'a répondu.

La date limite de la déclaration est demain soir minuit, et M. Noël attend ces pièces pour la finaliser. Je n'ai plus le temps d'attendre : merci de me rappeler aujourd'hui au 06 39 98 07 63, ou de m'indiquer une autre façon de vous transmettre les documents.

Vincent Morel

-----Message d'origine-----
De : Vincent Morel <vincent.morel@monadresse.example>
Envoyé : lundi 13 mai 2024 10:22
À : support@cabinet-noel-fiscal.example
Objet : Dépôt de pièces impossible – dossier 2024-0457

> Bonjour,
>
> Depuis samedi, chaque fois que j'essaie de téléverser un PDF dans mon
> espace (avis d'imposition, attestations de frais de garde), j'obtiens
> « Échec du téléversement (413) ». Les fichiers font moins de 2 Mo.
> J'ai essayé depuis mon ordinateur et mon téléphone.
>
> Merci de votre aide,
> Vincent Morel"""),
]
