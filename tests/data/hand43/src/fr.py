# blind44 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thierry Ménard <t.menard@orange-mail.example>",
         to="sav@voltacycles.example",
         subject="Potence cassée sur le vélo acheté en octobre",
         body="""\
Bonjour,

Désolé pour la forme, j'écris d'une main.

Dimanche, en descendant la côte de Saint-Cyr à 25 km/h environ, le guidon de mon vélo électrique (Volta C7, acheté chez vous le 12 octobre, commande VE-20817) est parti d'un coup vers l'avant : la potence s'est fendue au niveau du serrage. Je suis passé par-dessus, j'ai atterri sur l'épaule. Après-midi aux urgences, clavicule fêlée.

Mon fils a le même modèle, acheté le même jour. Je lui ai dit de ne plus y toucher en attendant votre réponse.

J'ai gardé le vélo tel quel et la pièce cassée, j'ai des photos. Qu'est-ce que je dois faire ?

Thierry Ménard
06 12 48 77 30"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=1,
         frm="Camille Etienne <camille.etienne@laposte-mail.example>",
         to="conso@nutrilys.example",
         subject="Re: Votre message concernant Premilait 1er âge [Dossier 55120]",
         body="""\
Bonjour Madame Roux,

Je vous réponds directement dans votre message, ce sera plus simple.

Le mar. 8 déc. 2026 à 16:02, Service Consommateurs Nutrilys <conso@nutrilys.example> a écrit :
> Pourriez-vous nous indiquer le numéro de lot et la date limite figurant sous la boîte ?

Lot L26-0914B, à consommer avant 03/2028.

> Pouvez-vous nous décrire l'objet trouvé ?

Un éclat de plastique blanc, dur, d'un centimètre environ, avec un bord coupant. Il était dans le biberon de 2 h du matin. Ma fille de 4 mois l'a eu dans la bouche, elle s'est mise à tousser, à devenir toute rouge puis violette, j'ai dû la retourner sur mon avant-bras et lui taper dans le dos pour qu'elle le recrache.

> Votre enfant a-t-il été examiné par un médecin ?

Oui, SOS Médecins est passé le matin même, la gorge est un peu irritée mais rien d'autre. Moi j'ai encore les mains qui tremblent.

En vidant la boîte dans un saladier j'ai trouvé un deuxième morceau, plus petit. Je garde tout. J'ai encore deux boîtes du même lot dans le placard, et ma sœur en a acheté aussi : est-ce qu'on peut les utiliser ?

Camille Etienne"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sylvie Giraud-Lambert <sylvie.giraud@free-net.example>",
         to="clients@energaz.example",
         subject="Odeur de gaz chez mon père depuis le passage de votre technicien",
         body="""\
Bonjour,

Votre technicien est venu mercredi remplacer le compteur de mon père, M. Robert Giraud, 14 rue des Tanneurs à Dijon (contrat n° 4471 882 190). Depuis, ça sent le gaz dans la cuisine, surtout derrière la chaudière.

Mon père a 86 ans et il n'a plus d'odorat. C'est son aide à domicile qui m'a appelée ce matin : elle avait mal à la tête et la nausée en sortant de chez lui, et lui somnolait dans son fauteuil à 10 h.

J'ai fermé le robinet au compteur et je l'ai pris chez moi. Il n'a donc plus ni chauffage ni eau chaude, et personne ne décroche au numéro de votre agence depuis ce matin.

Je veux quelqu'un sur place aujourd'hui, pas un créneau « entre 8 h et 18 h la semaine prochaine ».

Sylvie Giraud-Lambert
06 71 42 88 03"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Aurélie Nguyen <aurelie.nguyen@mailbox.example>",
         to="service.client@maisonmobilia.example",
         subject="Commode LINDVIK renversée sur mon fils de 3 ans",
         body="""\
Bonjour,

Je vous écris au sujet de la commode LINDVIK 5 tiroirs achetée dans votre magasin de Villeneuve-d'Ascq en septembre (facture 2026-09-88412), vendue au rayon chambre d'enfant.

Hier soir, mon fils de 3 ans a ouvert les deux tiroirs du bas pour grimper dessus (oui, je sais, ils font tous ça) et toute la commode a basculé vers l'avant. Elle lui est tombée dessus. Par chance le tiroir ouvert a calé la chute à quelques centimètres du sol, sinon je n'ose pas imaginer. Il a une énorme bosse au front et la lèvre ouverte, on a passé la nuit aux urgences pédiatriques.

La commode a été montée selon la notice. Il n'y avait aucune fixation murale dans le carton, et la notice n'en parle qu'en tout petit à la dernière page. Pour un meuble de chambre d'enfant, je trouve ça dangereux.

Combien de familles ont ce modèle dans une chambre de petit ? J'attends de savoir ce que vous comptez faire, et en attendant je veux que vous repreniez le meuble.

Cordialement,
Aurélie Nguyen"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Belkacem <karim.b@webmail.example>",
         to="support@banque-neo.example",
         subject="3 paiements que je n'ai pas faits cette nuit",
         body="""\
Bonjour,

Cette nuit entre 2h et 3h, trois paiements sont passés sur ma carte : 389,00 €, 412,50 € et 398,00 € chez « GLX*DIGITALSTORE LTD ». Je dormais, la carte est dans mon portefeuille, je ne connais pas ce site.

J'ai bloqué la carte dans l'appli mais les trois montants sont toujours là et il me reste 46 € sur le compte jusqu'au 28.

Vous pouvez les annuler ? Qu'est-ce que je dois faire ?

Karim Belkacem
Client n° 00482271

Envoyé depuis mon mobile"""),

    dict(n=6, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dr Hélène Marchal <pharmacie.marche@officine.example>",
         to="commandes@repartilor.example",
         subject="TR: Erreur de dosage dans la livraison du 30/11 - URGENT",
         body="""\
Bonjour,

Je vous transfère le message de ma préparatrice. Un patient a déjà pris le mauvais dosage, nous l'avons adressé à son médecin traitant et au centre antipoison. Merci de me rappeler au plus vite et de vérifier les autres officines livrées sur la même tournée.

Dr Hélène Marchal
Pharmacie du Marché - 3 place Carnot, 42000 Saint-Étienne
Tél. 04 77 31 20 65

-------- Message transféré --------
De : Julie Besson <preparatoire@officine.example>
Date : mar. 1 déc. 2026 à 09:12
Objet : méthotrexate
À : Hélène Marchal <pharmacie.marche@officine.example>

Hélène, dans le bac Répartilor d'hier, les boîtes étiquetées « Méthotrexate 2,5 mg » (lot MX2611, 6 boîtes) contiennent des plaquettes de 10 mg. Je ne l'ai vu que ce matin en rangeant.
On en a délivré une hier soir à Mme P. (traitement une fois par semaine). Je l'ai appelée : elle avait déjà pris ses comprimés de la semaine, 4 d'un coup comme d'habitude.
J'ai mis les 5 autres boîtes de côté.
Julie"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nathalie Schmitt <nathalie.schmitt@ch-haguenau.example>",
         to="support@mediplan-sante.example",
         subject="Cardiologie : aucune prescription affichée depuis 6h15",
         body="""\
Madame, Monsieur,

Depuis 6h15 ce matin, le module de prescription de MédiPlan affiche un écran blanc à l'ouverture de chaque dossier patient dans le service de cardiologie (bâtiment C, 3e étage). La connexion se fait normalement, mais aucune prescription ni aucun plan de soins n'apparaît, sur les 12 postes du service comme sur les 2 chariots de distribution.

Nous avons 28 patients hospitalisés, dont 6 en soins intensifs de cardiologie. Les infirmières ont repris les traitements à partir des impressions d'hier soir, mais ce qui a été prescrit depuis n'est visible nulle part, et la visite médicale commence à 9h30.

Notre DSI a ouvert l'incident INC-77412 à 6h40, sans retour à cette heure. Merci de nous rappeler en priorité au 03 88 12 47 90.

Cordialement,

Nathalie Schmitt
Cadre de santé - Cardiologie
Centre hospitalier de Haguenau

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Ils peuvent contenir des informations couvertes par le secret médical. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(n=8, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mehdi Chaouch <m.chaouch@pulsefitness.example>",
         to="support@clubmanager-pro.example",
         subject="Plus aucun code SMS de connexion - 9 clubs bloqués à l'accueil",
         body="""\
Bonjour,

Depuis 6h ce matin, plus aucun code SMS de connexion n'arrive : ni pour nos adhérents dans l'appli, ni pour nos coachs sur les tablettes d'accueil. Sans code pas de connexion, donc pas de badge virtuel, et les tourniquets restent fermés.

- Concerné : nos 9 clubs Pulse Fitness (Lyon, Villeurbanne, Bron, Vénissieux...)
- Environ 600 passages entre 6h et 10h, on fait entrer les gens à la main avec une liste papier
- Ça ne vient pas des opérateurs, testé avec Orange, SFR et Free

On ne pourra pas tenir comme ça pour les cours de 12h15. Merci de traiter en urgence.

Mehdi Chaouch
Responsable exploitation - Pulse Fitness
07 58 20 14 96"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Louis Carpentier <louis.carpentier@celiabox.example>",
         to="assistance@celiabox.example",
         subject="RE : Votre demande n° 2026-3381-A a bien été enregistrée",
         body="""\
Bonjour,

Ça fait maintenant trois jours. La box est toujours en panne : voyant rouge fixe, pas d'internet, pas de télé, pas de téléphone fixe. J'ai redémarré, réinitialisé, changé de prise, rien.

Je suis en télétravail et je vais travailler au café du coin avec mon ordinateur depuis lundi. Le technicien annoncé « sous 48 heures » n'est jamais venu et personne ne m'a appelé. Envoyez-moi quelqu'un ou une box de remplacement, mais qu'il se passe quelque chose.

Louis Carpentier
Ligne 09 72 41 18 06

-----Message d'origine-----
De : Assistance Célia Box <ne-pas-repondre@celiabox.example>
Envoyé : lundi 7 décembre 2026 18:44
À : louis.carpentier@celiabox.example
Objet : Votre demande n° 2026-3381-A a bien été enregistrée

> Bonjour,
> Nous avons bien reçu votre demande concernant une interruption de service sur votre ligne.
> Un technicien interviendra sous 48 heures ouvrées.
> L'équipe Célia Box"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Daniel Okafor <d.okafor@studentmail.example>",
         to="plateforme@ecole-langues-perrin.example",
         subject="Problème pour déposer les devoirs",
         body="""\
Bonjour,

Je suis élève dans le cours B1 du soir (mardi et jeudi, avec Madame Perrin). Depuis la semaine dernier, quand je veux déposer mes devoirs sur la plateforme, le bouton « Envoyer » tourne longtemps et après il y a le message « Erreur 413 » et le fichier n'arrive pas. Les vidéos et les exercices en ligne marchent bien, c'est seulement le dépôt.

Pour le moment j'envoie mes devoirs par mail à Madame Perrin, elle dit que c'est OK, mais elle a beaucoup d'élèves et je pense que c'est pas pratique pour elle. Mon fichier est un PDF de 6 Mo, est-ce que c'est trop grand ?

Excusez mon français et merci beaucoup,
Daniel Okafor"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Monique Lefort <monique.lefort@sfr-mail.example>",
         to="accueil@aquacentre-lesdunes.example",
         subject="Question sur mon prélèvement de décembre",
         body="""\
Bonjour,

Petite question sans urgence : le prélèvement de décembre pour mon abonnement aquagym est de 33,90 € alors qu'il était de 31,90 € jusqu'ici. Est-ce une augmentation du tarif ou des frais en plus ? Je n'ai pas vu passer d'information, je l'ai peut-être ratée.

Merci d'avance et bonne journée,

Monique Lefort
Carte adhérente n° 20931"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Françoise Dubreuil <f.dubreuil@mailbox.example>",
         to="service-client@frais-chez-vous.example",
         subject="Commande débitée deux fois",
         body="""\
Bonjour,

J'ai passé commande jeudi sur votre site pour une livraison samedi (commande n° 7731-0452, 128,46 €). Le paiement a d'abord été refusé, j'ai réessayé avec la même carte et c'est passé. Résultat : sur mon compte il y a deux débits de 128,46 €, tous les deux du 3 décembre.

J'ai reçu une seule livraison, complète d'ailleurs, et le livreur était très aimable.

Pouvez-vous me rembourser le débit en trop ? Je joins la capture de mon relevé.

Merci,
Françoise Dubreuil"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Philippe Arnoux <direction@taxis-arnoux.example>",
         to="marchands@paycab.example",
         subject="Reversement hebdomadaire non reçu - paie des chauffeurs vendredi",
         body="""\
Madame, Monsieur,

Le reversement hebdomadaire des courses réglées par carte via votre plateforme (semaine du 23 au 29 novembre, 18 742,30 € d'après votre relevé) devait arriver sur notre compte lundi 30 novembre. Il n'est toujours pas crédité, et le statut dans notre espace marchand indique « En cours » depuis lundi.

Nous sommes une société de taxis de 14 chauffeurs salariés. Les salaires partent vendredi 4 décembre et ce montant représente l'essentiel de notre trésorerie du mois. Sans ce virement, je ne peux pas payer mes équipes.

Je vous remercie de me confirmer aujourd'hui la date d'exécution du virement, ou à défaut le motif du blocage.

Bien cordialement,

Philippe Arnoux
Gérant - Taxis Arnoux & Fils
12 avenue de la Gare, 64000 Pau
Tél. 05 59 27 63 10
SIRET 512 884 310 00027

Ce courriel et ses éventuelles pièces jointes sont confidentiels et destinés uniquement à la personne ou à l'entité à qui ils sont adressés. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Toute copie ou diffusion non autorisée est interdite."""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jacqueline Berthier <j.berthier@wanadoo-mail.example>",
         to="contact@cabinet-dentaire-vauban.example",
         subject="Changer l'adresse mail de mon espace patient",
         body="""\
Bonjour,

Je change de fournisseur internet et mon adresse actuelle sera fermée à la fin du mois. Comment puis-je mettre ma nouvelle adresse sur mon espace patient, pour continuer à recevoir les rappels de rendez-vous du cabinet ? Je n'ai pas trouvé où la modifier dans « Mon profil ».

Nouvelle adresse : jacqueline.berthier@maboite.example

Je vous remercie par avance,
Jacqueline Berthier
(patiente du Dr Lemoine)"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Julien Marchetti <julien.marchetti@mailbox.example>",
         to="service@horizon-assurances.example",
         subject="Re: [Ticket #48213] Changement de numéro de téléphone",
         body="""\
Bonjour,

Merci pour votre réponse, mais elle ne règle pas mon problème : pour modifier le numéro dans mon espace client, il faut d'abord se connecter, et pour se connecter il faut le code envoyé... sur mon ancien numéro, que je n'ai plus depuis septembre. Je tourne en rond.

Ce n'est pas urgent à l'heure près, mais je dois télécharger mon attestation d'assurance habitation avant la fin du mois pour le dossier de mon nouveau bail.

Pouvez-vous changer le numéro de votre côté ? Nouveau numéro : 06 33 71 02 59.
Contrat MRH n° 2019-774-5521

Cordialement,
Julien Marchetti

Le mer. 2 déc. 2026 à 11:20, Horizon Assurances - Service client <service@horizon-assurances.example> a écrit :
> Bonjour Monsieur Marchetti,
>
> Pour modifier votre numéro de téléphone, rendez-vous dans votre espace client, rubrique « Mes informations » > « Coordonnées ».
>
> Bien cordialement,
> Inès, Service client"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Élodie Vasseur <agence@lesjoursheureux.example>",
         to="support@planaria.example",
         subject="Compte verrouillé - mariage demain",
         body="""\
Bonjour,

Mon compte Planaria est verrouillé depuis ce matin après plusieurs essais de mot de passe, et le mail de réinitialisation n'arrive pas (spams vérifiés). Tout le déroulé du mariage de demain est dedans : horaires des prestataires, plan de table, contacts. Rendez-vous avec les mariés à 17h.

Identifiant : agence@lesjoursheureux.example

Pouvez-vous le débloquer ou me rappeler au 06 84 19 52 07 ? Merci !

Élodie Vasseur - Les Jours Heureux, organisation de mariages

Envoyé de mon iPhone"""),

    dict(n=17, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Martine Pelletier <martine.pelletier@laposte-mail.example>",
         to="accueil@clinique-veto-des-saules.example",
         subject="Merci à toute l'équipe",
         body="""\
Bonjour à toute l'équipe de la clinique,

Je voulais vous écrire depuis longtemps. Il y a un an presque jour pour jour, on débarquait chez vous aux urgences à 23h avec Filou, qui avait avalé de la mort-aux-rats dans le garage du voisin. Empoisonnement, perfusion, trois jours d'hospitalisation, et le Dr Faure qui nous appelait matin et soir pour nous donner des nouvelles. On était persuadés qu'il allait y rester.

Aujourd'hui il a fêté ses 9 ans avec un gâteau spécial chien, il court toujours comme un fou après les pigeons et il a même réussi à nous tuer un coussin la semaine dernière.

Bref : merci. On passe déposer des chocolats à l'accueil la semaine prochaine (pour vous, pas pour lui !).

Martine et Gérard Pelletier, et Filou"""),

    dict(n=18, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Hugo Lemaire <hugo.lemaire@gmail-like.example>",
         to="service.voyageurs@autocars-rhodania.example",
         subject="Trajet Lyon-Marseille du 22/12 avec des béquilles",
         body="""\
Bonjour,

J'ai réservé un aller Lyon - Marseille le 22 décembre (réservation KX-49310). Entre-temps je me suis fait une fracture de la malléole au foot dimanche : urgences, plâtre et béquilles pour six semaines. Rien de bien méchant, mais je ne suis pas très mobile.

Quelques questions :
- est-ce que je peux avoir une place à l'avant du car, près de la porte ?
- le chauffeur peut-il mettre ma valise en soute pour moi ?
- les béquilles comptent-elles comme un bagage ?

Merci d'avance,
Hugo Lemaire"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sandrine Lopez <direction.petitsloups@mairie-caluire.example>",
         to="pro@ludotheque-pirouette.example",
         subject="Devis déguisements pompier - multi-accueil Les Petits Loups",
         body="""\
Bonjour,

Nous organisons en janvier une matinée « Au feu les pompiers ! » avec la caserne du quartier : les enfants verront le camion, un pompier leur expliquera quoi faire quand il y a de la fumée ou quand on se brûle, et nous ferons un petit exercice d'évacuation incendie avec la sirène.

Pour l'occasion nous aimerions équiper les enfants :
- 20 déguisements de pompier 3-4 ans (veste + casque)
- 4 camions de pompiers à pousser
- 2 kits « extincteur » en mousse, si vous en avez

Pourriez-vous nous faire un devis avec livraison avant le 15 janvier ? Nous sommes une structure municipale, paiement par mandat administratif.

Bien cordialement,

Sandrine Lopez
Directrice - Multi-accueil Les Petits Loups, Caluire-et-Cuire"""),

    dict(n=20, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Sébastien Royer <seb.royer@mailbox.example>",
         to="contact@cinestar.example",
         subject="TR: Votre compte a été suspendu - remboursement en attente",
         body="""\
Bonjour,

Je vous transfère ce mail reçu ce matin. Je n'ai pas cliqué : l'adresse de l'expéditeur n'a rien à voir avec la vôtre et je n'ai jamais demandé de remboursement. Je vous le signale au cas où d'autres clients se feraient avoir, c'est plutôt bien imité (logo, couleurs...). Du bon hameçonnage, quoi.

Sébastien Royer

-------- Message transféré --------
De : CinéStar Service <securite@cinestar-remboursement.example>
Date : jeu. 3 déc. 2026 à 07:41
Objet : Votre compte a été suspendu - remboursement en attente

Cher client,
Suite à une tentative de piratage, votre compte CinéStar a été bloqué par mesure de sécurité. Un remboursement de 23,80 EUR est en attente.
Pour le recevoir et débloquer votre compte, confirmez votre mot de passe et vos coordonnées bancaires sous 24h :
http://cinestar-remboursement.example/verification
Le service Sécurité CinéStar"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Axiome Infogérance <evenements@axiome-infogerance.example>",
         to="support@menuiserie-garnier.example",
         subject="Webinaire du 17/12 : rançongiciels, fuites de données et mots de passe volés",
         body="""\
Bonjour,

Comme chaque fin d'année, nous organisons un webinaire gratuit réservé à nos clients :
« Piratage, rançongiciel, fuite de données : comment une PME se fait attaquer (et comment l'éviter) »

Au programme (45 minutes) :
- démonstration en direct d'une attaque par hameçonnage et d'un vol de mots de passe
- les 72 premières heures après une intrusion : qui appeler, quoi couper
- la double authentification sans prise de tête

Jeudi 17 décembre à 11h, en ligne. Inscription : https://axiome-infogerance.example/webinaire-securite

À très vite,
L'équipe Axiome Infogérance

Vous recevez ce message en tant que client Axiome. Pour ne plus recevoir nos invitations : https://axiome-infogerance.example/desinscription"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Bernard Courtois <appro@coop-valdesaone.example>",
         to="commercial@agrodistri.example",
         subject="Raticide pour la coopérative - conditionnement et délais",
         body="""\
Bonjour,

Nous avons une vraie invasion de rats dans les silos depuis les premières gelées, et nos adhérents nous réclament un produit qui tue vite, sans devoir y retourner tous les deux jours.

Pouvez-vous nous indiquer :
- si le raticide Rodex Blocs existe en seau de 10 kg (nous l'avions en 5 kg l'an dernier) ;
- s'il peut être utilisé par nos agents sans certification particulière ;
- le prix pour 40 seaux, avec les postes d'appâtage fermés qui vont avec ;
- vos délais de livraison avant Noël.

Merci de joindre aussi les fiches de données de sécurité : le poison sera stocké dans notre local phyto, et l'inspecteur passe en janvier.

Cordialement,

Bernard Courtois
Service approvisionnement - Coopérative agricole du Val de Saône"""),

    dict(n=23, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Claire Bonnet <billetterie@theatre-ursulines.example>",
         to="support@billetiko.example",
         subject="Première de « Feu de paille » : bravo, et une question",
         body="""\
Bonjour l'équipe,

Petit retour après notre première de jeudi : une tuerie. La billetterie a été prise d'assaut à l'ouverture, 430 places parties en 11 minutes, on a explosé notre record de l'an dernier, et votre site n'a pas planté une seconde (contrairement à l'ancien prestataire, qui nous avait lâchés en plein rush l'an passé).

Du coup une question : peut-on ouvrir une liste d'attente sur les dates complètes ? Les gens nous harcèlent au téléphone et notre standardiste est au bord de la crise de nerfs.

Merci encore, vous nous avez sauvé la mise !

Claire Bonnet
Chargée de billetterie - Théâtre des Ursulines"""),

    dict(n=24, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Anne-Sophie Keller <as.keller@studiolignclaire.example>",
         to="support@hubandco.example",
         subject="RE: Compte de Léa bloqué - impossible de réserver",
         body="""\
Bonjour Thomas,

Super, merci pour la rapidité : Léa a pu se connecter et réserver sa salle pour jeudi.

Question au passage : la salle Mistral au 4e a-t-elle un écran où brancher un ordinateur, ou faut-il réserver un vidéoprojecteur à part ?

Bonne journée,
Anne-Sophie Keller
Office manager - Studio Ligne Claire

Le lun. 7 déc. 2026 à 10:05, Thomas - Support Hub&Co <support@hubandco.example> a écrit :
> Bonjour Anne-Sophie,
> C'est corrigé : son compte était encore rattaché à l'ancien contrat. Léa peut se reconnecter dès maintenant.
> Thomas
>
> Le lun. 7 déc. 2026 à 08:47, Anne-Sophie Keller <as.keller@studiolignclaire.example> a écrit :
> > Bonjour, notre nouvelle graphiste, Léa Martin, a activé son compte vendredi, mais ce matin elle a le message « Compte bloqué, contactez votre administrateur » : elle ne peut ni se connecter ni réserver de salle. Pouvez-vous regarder ?"""),
]
