# blind43 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Guillaume Perrin <g.perrin@orange-mail.example>",
         to="service-client@veilleo.example",
         subject="Bloc d'alimentation de la caméra BabyView fondu",
         body="""\
Bonjour,

Hier soir vers 22h30, ma femme a senti une odeur de plastique chaud dans la
chambre de notre fille (9 mois). Le bloc d'alimentation de la caméra BabyView 2,
branché sur la prise juste à côté du lit, était brûlant : le boîtier a fondu
sur un côté et la prise murale est noircie. On a tout débranché tout de suite
et la petite dort dans notre chambre depuis.

La caméra a été achetée en septembre sur votre site (commande n° VL-2026-118374)
et nous n'avons jamais utilisé d'autre chargeur que celui fourni dans la boîte.

J'ai gardé le bloc et pris des photos, je peux vous les envoyer. Est-ce que
d'autres parents vous ont signalé la même chose ? Nous avons une deuxième
caméra identique dans la chambre de notre fils et nous ne savons pas si nous
pouvons continuer à l'utiliser.

Merci de me rappeler rapidement au 06 41 27 83 90.

Guillaume Perrin"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sonia Haddad <sonia.haddad@laposte-perso.example>",
         to="contact@pharmacie-des-tanneurs.example",
         subject="Étiquette du sirop de mon fils – le double de l'ordonnance",
         body="""\
Bonjour,

Lundi j'ai retiré chez vous l'ordonnance de mon fils Noé, 3 ans, 14 kg :
amoxicilline en suspension buvable avec la pipette dose-poids.
Sur l'étiquette que vous avez collée sur la boîte il est écrit
« 1 dose de 28 kg matin, midi et soir ». Je viens de relire l'ordonnance du
Dr Lemaire : c'est 1 dose de 14 kg, deux fois par jour.

Je lui ai donné ce qui était marqué sur l'étiquette pendant deux jours et demi.
Depuis hier soir il a la diarrhée, il a vomi deux fois cette nuit et il est
tout mou ce matin. Je pars avec lui aux urgences pédiatriques de l'hôpital
maintenant.

Est-ce que le pharmacien qui a préparé la boîte peut me rappeler au
07 82 15 60 34 ? Les médecins vont me demander exactement ce qui a été délivré
et ce qu'il a pris.

Sonia Haddad

Envoyé de mon Samsung Galaxy"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Lucie Brunet <lucie.brunet44@gmail-fr.example>",
         to="aide@amarante-rencontres.example",
         subject="Quelqu'un utilise mon profil et demande de l'argent",
         body="""\
Bonjour,

Depuis mardi je ne peux plus me connecter à mon profil (pseudo « Lulu_Nantes »).
Mon mot de passe est refusé et quand je clique sur « mot de passe oublié », on
m'indique que le lien a été envoyé à j*****@proton.example, une adresse que je
ne connais pas. Je n'ai jamais changé mon adresse mail.

Le pire, c'est que le profil est toujours actif avec mes photos : deux hommes
avec qui je discutais m'ont retrouvée sur Instagram pour me demander pourquoi
« je » leur réclamais 300 € en coupons PCS pour payer un billet de train.
Ce n'est évidemment pas moi !!

Pouvez-vous bloquer ce profil tout de suite et me rendre l'accès ? Je peux vous
envoyer une copie de ma carte d'identité si besoin.

Merci de faire vite,
Lucie Brunet"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Karim Benali <k.benali@free-box.example>",
         to="support@turfetscore.example",
         subject="Dépôts et paris que je n'ai pas faits",
         body="""\
Bonjour,

Je viens de voir sur mon relevé trois débits vers votre site, les 8 et 9
décembre : 150 €, 150 € et 200 €. Je n'ai rien déposé, je n'ai pas joué depuis
le mois de juillet.

En me connectant, je vois dans l'historique des paris sur des matchs de tennis
en Asie que je n'ai jamais faits, et une demande de retrait de 640 € en attente
vers un IBAN qui n'est pas le mien (FR76 ... 0932).

J'ai changé mon mot de passe et fait opposition sur ma carte ce matin. Je vous
demande d'annuler ce retrait tout de suite et de me rembourser les 500 €.

Identifiant client : 4471902

Karim Benali"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Isabelle Marchal <ide.coordination@ehpad-les-tilleuls.example>",
         to="support@medisoin-logiciels.example",
         subject="URGENT – plans d'administration des médicaments inaccessibles depuis 6h",
         body="""\
Bonjour,

Depuis la relève de 6h ce matin, quand les infirmières ouvrent le module de
distribution des médicaments, la page reste blanche avec la petite roue qui
tourne. C'est pareil sur les trois chariots et sur les deux PC du poste de
soins. Les plans d'administration de nos 86 résidents ne s'affichent plus.

Pour le tour de 8h nous avons fait avec la dernière impression papier, qui date
de vendredi, mais plusieurs traitements ont été modifiés depuis par le médecin
(anticoagulants, deux antibiotiques). Le prochain tour est à 12h et nous
n'avons aucun moyen fiable de savoir ce qui doit être donné.

Nous sommes dimanche et je n'arrive pas à joindre votre hotline. Merci de nous
appeler dès réception au 03 29 64 18 20, poste 214.

Isabelle Marchal
Infirmière coordinatrice
EHPAD Les Tilleuls – Épinal"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Stéphane Lacroix <s.lacroix@groupe-bistrot-nord.example>",
         to="support@caisseo.example",
         subject="Caisses en panne sur 11 restaurants – service du midi",
         body="""\
Bonjour,

Depuis 11h40, aucune caisse de nos restaurants ne peut encaisser : à la
validation du ticket, l'écran affiche « Erreur de synchronisation TPE – code
503 » et la commande reste bloquée. 11 sites sur 14 sont touchés (Lille
Centre, Lille Vauban, Roubaix, Tourcoing, Villeneuve-d'Ascq, Lens, Arras,
Douai, Valenciennes, Béthune, Dunkerque), en plein coup de feu du midi.

Les équipes prennent les commandes sur papier et n'acceptent plus que les
espèces ; une bonne partie des clients repart. Merci de me rappeler en urgence
au 06 71 40 22 95.

Stéphane Lacroix
Directeur des systèmes d'information
Groupe Bistrot du Nord – 14 rue Nationale, 59000 Lille

Ce message et toutes les pièces jointes sont confidentiels et établis à
l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non
autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en
avertir immédiatement l'expéditeur et de le détruire. Le Groupe Bistrot du
Nord décline toute responsabilité au titre de ce message s'il a été altéré,
déformé ou falsifié."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Claire Vidal <claire@fleursdeclaire.example>",
         to="support@boutikpro.example",
         subject="site boutique page blanche",
         body="""\
Bonjour, depuis ce matin notre site affiche juste une page blanche avec
« Erreur 500 », les clients ne peuvent plus commander du tout. On est en
pleine période de Noël et c'est là qu'on fait nos ventes. Vous pouvez regarder
vite svp ?

Claire – Fleurs de Claire, Angers

Envoyé de mon iPhone"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julien Morel <julien@imprimerie-morel.example>",
         to="support@print-connect.example",
         subject="Quelques points sur la nouvelle version",
         body="""\
Bonjour Mathieu,

Petit point après deux semaines sur la nouvelle version de la plateforme :

- le logo sur les devis PDF est un peu flou, rien d'urgent ;
- nos clients ne peuvent plus envoyer de fichiers de plus de 50 Mo :
  l'envoi monte jusqu'à 99 % puis le message « Échec du transfert » apparaît.
  En dessous de 50 Mo ça passe. Pour l'instant on leur demande de nous envoyer
  les gros fichiers par WeTransfer, ça dépanne, mais on doit ensuite les
  rattacher aux commandes à la main ;
- serait-il possible d'ajouter le papier couché mat 350 g dans la liste ?

Merci d'avance,

Julien Morel
Imprimerie Morel & Fils – Besançon"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Aurélie Fontaine <aurelie.fontaine@sfr-mail.example>",
         to="support@petitsliens-creche.example",
         subject="Photos du fil de la journée lentes à charger",
         body="""\
Bonjour,

Rien de grave, mais depuis une dizaine de jours les photos du fil de la crèche
mettent très longtemps à apparaître dans l'application (parfois 20 à 30
secondes, avec des carrés gris en attendant). Le reste, les transmissions, le
menu et les messages, s'affiche normalement. J'ai un iPhone 13 à jour, et
c'est pareil en wifi ou en 4G.

Je vous le signale au cas où, ce n'est pas pressé.

Bonne journée,
Aurélie Fontaine (maman de Jules, crèche Les Petits Loups, Villeurbanne)"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Bernard Roux <bernard.roux@wanadoo-mail.example>",
         to="serviceclient@azur-mobile.example",
         subject="Question sur ma facture de novembre",
         body="""\
Bonjour,

Sur ma facture de novembre (ligne 06 12 48 77 30), je vois une ligne
« Régularisation prorata : 4,17 € » que je n'avais jamais vue. Je suppose que
c'est lié à mon changement de forfait du 18 octobre, mais j'aimerais juste
comprendre le calcul.

Autre petite question : est-il possible d'avoir le détail des appels sur une
page à part ? Mon comptable préfère.

Merci par avance,
Bernard Roux"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Émilie Garnier <emilie.garnier@hotmail-fr.example>",
         to="bonjour@croquettes-and-co.example",
         subject="Prélevée deux fois pour la box de décembre",
         body="""\
Bonjour l'équipe Croquettes & Co,

Je viens de faire mes comptes et je vois deux prélèvements de 42,90 € le
2 décembre, tous les deux intitulés « CROQCO ABONNEMENT ». Je n'ai qu'un chat
(Moustache, qui vous salue) et un seul abonnement, et je n'ai reçu qu'une box,
évidemment.

Pourriez-vous me rembourser le deuxième prélèvement ? Je vous joins la capture
de mon relevé.

Merci et bonne journée !
Émilie Garnier
Cliente n° CC-558201"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Michel Dufour <michel.dufour@neuf-mail.example>",
         to="sav@auditionplus.example",
         subject="RE : [Ticket #48213] Retour de votre appareil auditif",
         body="""\
Bonjour,

Cela fait maintenant plus de cinq semaines et je n'ai toujours rien reçu sur
mon compte. La somme n'est pas négligeable : 1 290 €. Pouvez-vous vérifier où
en est le virement et, s'il est parti, m'envoyer un justificatif ?

Cordialement,
Michel Dufour

-----Message d'origine-----
De : Service clients Audition Plus <sav@auditionplus.example>
Envoyé : jeudi 29 octobre 2026 14:22
À : Michel Dufour
Objet : [Ticket #48213] Retour de votre appareil auditif

> Bonjour Monsieur Dufour,
>
> Nous avons bien reçu votre appareil en retour dans le cadre de la période
> d'essai de 30 jours. Le remboursement de 1 290 € sera effectué sous
> 14 jours ouvrés sur le compte utilisé lors de l'achat.
>
> Le service clients Audition Plus"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nathalie Giraud <compta@giraud-batiment.example>",
         to="support@payflow-paie.example",
         subject="TR: Alerte solde débiteur – prélèvements PayFlow",
         body="""\
Bonjour,

Je vous transfère le message reçu de notre banque ce matin. Votre prélèvement
pour l'abonnement mensuel (466,80 € TTC) est passé cinq fois le 1er décembre,
soit 2 334 €. Notre compte est à découvert et la banque commence à rejeter les
autres prélèvements.

Les salaires de nos 23 salariés doivent partir vendredi. Il me faut le
remboursement des quatre prélèvements en trop aujourd'hui, demain au plus tard,
sinon les virements de paie ne passeront pas.

Nathalie Giraud
Gestionnaire administrative – SARL Giraud Bâtiment
04 75 31 62 08

---------- Message transféré ---------
De : Banque Rhône-Alpes Pro <alertes@brapro.example>
Date : mer. 2 déc. 2026 à 07:15
Objet : Alerte – solde débiteur

Votre compte professionnel n° ****4471 présente un solde débiteur de
-1 812,36 € au 02/12/2026. Nous vous invitons à régulariser votre situation
dans les meilleurs délais afin d'éviter le rejet de vos opérations."""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jacqueline Lefèvre <jacqueline.lefevre@wanadoo-mail.example>",
         to="relation-client@trajeo.example",
         subject="Changer l'adresse mail de mon compte",
         body="""\
Bonjour,

J'ai un compte sur votre site pour recharger mon pass Trajeo (carte
n° 0012 4478 9031). Je vais bientôt fermer cette vieille adresse et je
voudrais mettre ma nouvelle adresse à la place, mais je ne trouve pas où le
faire dans « Mon espace ».

Comment dois-je m'y prendre ? Est-ce que je garde bien mon abonnement mensuel
et mon historique ?

Merci beaucoup,
Jacqueline Lefèvre"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Andrzej Kowalski <andrzej.kowalski@poczta-eu.example>",
         to="espace-client@eaux-du-val.example",
         subject="compte bloqué espace client",
         body="""\
Bonjour,

Je suis essayé de me connecter à mon espace client pour payer la facture
d'eau mais après 3 fois le mot de passe, le compte est bloqué. J'ai cliqué sur
« mot de passe oublié » mais je reçois pas le mail, j'ai regardé aussi dans
les spams.

Mon numéro de contrat est 2207-5531-08. Est-ce que vous pouvez débloquer svp ?
La facture il faut payer avant le 20 décembre.

Merci beaucoup et bonne journée
Andrzej Kowalski"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Thomas Lambert <thomas.lambert@gmail-fr.example>",
         to="support@citeauto.example",
         subject="Re: Votre demande n° 77120 – code de vérification",
         body="""\
Bonjour,

Je vous réponds directement dans votre message.

Le jeu. 10 déc. 2026 à 16:05, Support CitéAuto <support@citeauto.example> a écrit :
> Pouvez-vous nous confirmer le numéro de téléphone actuellement associé à
> votre compte ?

C'est l'ancien, 06 58 90 12 47, que je n'ai plus depuis que j'ai changé
d'opérateur.

> Avez-vous toujours accès à l'adresse e-mail du compte ?

Oui, c'est celle d'où je vous écris.

> Sur quel appareil essayez-vous de vous connecter ?

Un Pixel 7, appli à jour. Le code de vérification part toujours sur l'ancien
numéro, donc je reste coincé sur l'écran de connexion. Je peux encore réserver
depuis la tablette de ma compagne, restée connectée, mais j'aimerais récupérer
mon compte sur mon téléphone.

Merci,
Thomas Lambert"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Yann Caradec <y.caradec@radio-vallee.example>",
         to="support@newsroom-cloud.example",
         subject="Compte verrouillé – émission en direct à 17h",
         body="""\
Bonjour,

Je suis animateur à Radio Vallée FM et je présente l'émission du dimanche de
17h à 19h. Ce matin, NewsRoom m'a demandé de changer mon mot de passe
(expiré). Je l'ai fait, et depuis le nouveau comme l'ancien sont refusés ;
après trois essais, le compte s'est verrouillé.

C'est depuis ma session que je prépare le conducteur et que je lance les
jingles et les reportages de l'émission. Le technicien d'astreinte n'a pas les
droits pour me débloquer. Est-ce que quelqu'un peut réinitialiser mon accès
avant 16h ?

Mon identifiant : y.caradec

Yann Caradec – 06 33 81 47 02"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mélanie Durand <melanie.durand@gmail-fr.example>",
         to="contact@formarena.example",
         subject="Merci pour le cours de samedi !!",
         body="""\
Coucou l'équipe de Form'Arena !

Je voulais juste vous dire que le nouveau cours « Brûle-graisses » du samedi
avec Karim, c'est une tuerie. Il a mis le feu à toute la salle, on était
morts à la fin et j'ai encore les cuisses en feu deux jours après 😅
Ma copine, qui voulait résilier en janvier, a complètement changé d'avis,
elle est à fond maintenant.

Une seule suggestion : ouvrir une deuxième séance le dimanche matin, parce que
le samedi c'est vite blindé et il y en a qui se font refouler.

Continuez comme ça !
Mélanie"""),

    dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Hélène Marchand <helene.marchand@orange-mail.example>",
         to="reservation@gite-lagrange.example",
         subject="Arrivée le 19/12 – wifi et cheminée",
         body="""\
Bonjour Madame Roussel,

Nous arrivons samedi 19 en fin d'après-midi au gîte « La Grange »
(réservation n° GR-26-0412). Deux petites questions avant le départ :

- pourriez-vous nous donner le mot de passe du wifi ? Mon mari doit
  télétravailler le lundi et il ne veut pas se retrouver coincé ;
- peut-on faire du feu dans la cheminée ? Si oui, le bois est-il fourni ou
  faut-il en apporter ? Nous avons vu sur les photos qu'il y a un détecteur de
  fumée dans le salon, j'imagine qu'il ne se déclenche pas avec une simple
  flambée :)

Pour les clés, nous ferons comme indiqué (boîte à clés, code envoyé la veille).

Bien cordialement,
Hélène Marchand"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Cybersereine <evenements@cybersereine.example>",
         to="support@ateliers-numeriques.example",
         subject="[Webinaire] Rançongiciels, phishing, fuites de données : votre PME est-elle prête ?",
         body="""\
Bonjour,

Piratage de messagerie, faux virements, mots de passe volés, fuite de fichiers
clients : les attaques ne visent plus seulement les grands groupes. Selon notre
baromètre 2026, une PME sur deux a déjà été victime d'une tentative
d'intrusion.

Le jeudi 14 janvier 2027 à 11h, nos experts vous expliquent en 45 minutes :
• comment repérer un mail de phishing avant de cliquer ;
• que faire dans les 24 premières heures après une intrusion ;
• pourquoi un gestionnaire de mots de passe vaut mieux qu'un fichier Excel.

Inscription gratuite : https://www.cybersereine.example/webinaire-pme

À très vite,
L'équipe Cybersereine – 12 quai Saint-Vincent, 69001 Lyon

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Pour vous désabonner, cliquez ici."""),

    dict(n=21, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Patrick Henry <p.henry@protect-incendie-rhone.example>",
         to="exploitation@translog-sud.example",
         subject="Demande d'enlèvement – 2 palettes d'extincteurs",
         body="""\
Bonjour,

Nous souhaiterions programmer la prise en charge de deux palettes au départ de
notre dépôt de Vénissieux le mardi 15 décembre, pour une livraison chez notre
client à Clermont-Ferrand le lendemain.

Contenu : 120 extincteurs à poudre de 6 kg et 40 couvertures anti-feu, poids
total d'environ 1 100 kg. Les extincteurs étant sous pression, faut-il une
déclaration particulière (ADR) ou un étiquetage spécifique de votre côté ?

Merci de me confirmer le créneau et le tarif.

Cordialement,
Patrick Henry
Responsable logistique – Protect'Incendie Rhône
04 78 70 15 66"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Odile Bertrand <odile.bertrand@cedres-syndic.example>",
         to="interventions@chaleur-urbaine.example",
         subject="Re: Plus de chauffage ni d'eau chaude – Résidence Les Cèdres",
         body="""\
Merci beaucoup ! Le technicien est passé hier en fin de journée et tout est
revenu à la normale, les radiateurs sont bien chauds. Bon week-end à vous.

Odile Bertrand
Présidente du conseil syndical

Le jeu. 3 déc. 2026 à 08:47, Odile Bertrand <odile.bertrand@cedres-syndic.example> a écrit :
> Bonjour,
>
> Depuis hier soir, plus de chauffage ni d'eau chaude dans les trois
> bâtiments de la résidence Les Cèdres (48 logements). La sous-station
> affiche un voyant rouge « défaut pompe ». Il y a beaucoup de personnes
> âgées chez nous, merci d'envoyer quelqu'un au plus vite.
>
> Odile Bertrand"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Christine Vasseur <christine.vasseur@laposte-perso.example>",
         to="contact@autoecole-du-parc.example",
         subject="RE: Remboursement heures de conduite Hugo Vasseur – 3e relance",
         body="""\
Bonjour,

Troisième mail et toujours AUCUNE réponse. Je vous rappelle que j'ai payé
1 150 € le 3 septembre pour un forfait de 20 heures, que mon fils est parti
faire ses études à Lille et que vous m'avez dit au téléphone que les heures
non faites seraient remboursées. Trois mois plus tard : rien.

Sans réponse de votre part d'ici vendredi, je saisis le médiateur de la
consommation.

Christine Vasseur

Le lun. 16 nov. 2026 à 10:02, Christine Vasseur a écrit :
> Bonjour, je me permets de vous relancer pour le remboursement des 14 heures
> non effectuées par mon fils Hugo Vasseur (805 €). Merci de me tenir au
> courant.
>
> Le mer. 28 oct. 2026 à 18:40, Christine Vasseur a écrit :
>> Bonjour, suite à notre échange téléphonique, je vous confirme ma demande
>> de remboursement des heures non effectuées. Vous trouverez mon RIB en
>> pièce jointe. Cordialement, C. Vasseur"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Frédéric Aubert <f.aubert@maisondeco-groupe.example>",
         to="support-entreprise@vendora.example",
         subject="Incident P2 – API catalogue en erreur – contrat Entreprise ENT-2291",
         body="""\
Bonjour,

Conformément à notre contrat Entreprise (réf. ENT-2291, annexe SLA : prise en
charge sous 2 heures ouvrées pour les incidents de niveau P2), je vous signale
que depuis 9h15 environ 30 % des appels à l'API catalogue renvoient une erreur
504 ou mettent plus de 8 secondes à répondre.

La boutique reste accessible, mais une partie des fiches produits ne se charge
pas et notre taux de conversion a été divisé par deux depuis ce matin. Nous
sommes à trois semaines de Noël.

Merci de nous confirmer la prise en charge et de nous communiquer un numéro
d'incident ainsi qu'un interlocuteur technique.

Frédéric Aubert
Directeur technique – Groupe Maison Déco
01 84 62 39 10"""),
]
