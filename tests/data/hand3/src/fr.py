# blind4 fresh set -- French (fr), 24 hand-written customer-support e-mails.
# Written blind (no look at the triage tool, its rules or the other corpora).
# Plan: 1-4 safety (critical; 2, 3 told by event only, 3 data security),
# 5-9 outage, 10-13 payment, 14-17 account, 18-22 hard negatives (gold '-', low;
# 22 is a reply quoting an alarming word), 23-24 context rows.
# Quoted traps: 11 (payment, quotes a phishing warning), 22 (thanks, quotes a refund).
# trap: "implicit" = told by what happened, without the obvious keyword.
# All names, companies, addresses and numbers are invented; domains are *.example.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Camille Roussel <camille.roussel@courriel.example>",
         to="sav@aurabeaute.example",
         subject="Sèche-cheveux Aura Pro 2200 : étincelles et prise noircie",
         body="""\
Bonjour,

Ce matin, en me séchant les cheveux avec l'Aura Pro 2200 (acheté en septembre sur votre site, commande AB-33018), j'ai entendu un claquement sec, des étincelles sont sorties par la grille arrière et l'appareil s'est coupé d'un coup. Ça sentait le plastique fondu, une mèche de mes cheveux est toute racornie et j'ai une cloque sur le dos de la main.

La prise murale est noircie. L'appareil n'est jamais tombé et je l'utilise loin du lavabo.

Évidemment je ne m'en sers plus. Pouvez-vous me dire ce que je dois faire de l'appareil (vous le renvoyer ?) et si d'autres clientes ont eu le même problème ? Ma fille de 14 ans a le même modèle.

Cordialement,
Camille Roussel"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Julien Marchetti <julien.marchetti@boitemail.example>",
         to="consommateurs@nutrilait.example",
         subject="boite de lait 1er age avec des grumeaux verdatres",
         body="""\
bonjour
on a ouvert hier soir une boite neuve de Nutrilait Premier Age 800g (lot L2611-04B, DDM 09/2027), achetée en pharmacie. ce matin en préparant le biberon de 6h ma femme a vu sous la cuillère des grumeaux verdâtres et gris, un peu duveteux, et ça sent le renfermé.
le probleme c'est que notre fils (4 mois) a déjà bu 3 biberons de cette boite. depuis midi il rend tout, il a la diarrhée et il est tout mou. on part aux urgences pédiatriques.
on a gardé la boite dans un sac fermé. dites nous quoi faire et vérifiez ce lot svp, il y a peut etre d'autres bébés
julien marchetti

envoyé de mon téléphone"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sophie Lemaire <sophie.lemaire@lemaire-immo.example>",
         to="support@vigiecam.example",
         subject="Je vois les caméras de quelqu'un d'autre dans l'appli",
         body="""\
Bonjour,

Depuis la mise à jour de l'application VigieCam hier soir, quand j'ouvre l'onglet « Mes caméras », j'ai, en plus de mes deux caméras (entrée et garage), trois caméras que je ne connais pas : une cuisine, un salon et une chambre d'enfant avec un lit à barreaux. Je vois les images en direct et je peux même activer le son.

J'imagine qu'à l'inverse quelqu'un peut voir l'intérieur de chez moi. J'ai débranché mes caméras en attendant.

C'est très grave, pour ces gens-là comme pour moi. Merci de me rappeler rapidement.

Sophie Lemaire
Identifiant : s.lemaire / abonnement VigiePlus"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Nathalie Brun <nathalie.brun@monmail.example>",
         to="patients@alignea.example",
         subject="Gouttière cassée – ma fille a peut-être avalé un morceau",
         body="""\
Bonjour,

Ma fille Inès (15 ans) porte vos gouttières Alignéa depuis 4 mois (dossier ALG-20931). Cette nuit, la gouttière n° 9 s'est fendue dans sa bouche. Au réveil il manquait un morceau d'environ 5 mm sur le côté, qu'on n'a retrouvé ni dans le lit ni dans sa bouche : elle l'a très probablement avalé. Le bord cassé est très coupant et lui a entaillé la gencive.

Elle n'a pas mal pour l'instant, mais j'attends le rappel du médecin. Ce plastique est-il toxique ou dangereux une fois avalé ? Et les gouttières 10 à 12, du même lot, risquent-elles de casser aussi ?

Merci de me répondre vite.
Nathalie Brun"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benali <k.benali@roulezlibre.example>",
         to="astreinte@kiosktech.example",
         subject="Bornes de remise des clés : écran blanc à Nice et Lyon",
         body="""\
Bonjour,

Depuis 6h40 ce matin, toutes nos bornes de remise des clés à l'aéroport de Nice (6 bornes) et à Lyon Saint-Exupéry (4 bornes) affichent un écran blanc. Redémarrage électrique fait deux fois sur place : elles reviennent sur le logo, puis de nouveau écran blanc.

Conséquence : tous les clients doivent passer au comptoir, où nous n'avons que deux agents par site. À Nice la file fait déjà 40 personnes et des clients ratent leurs rendez-vous. Les premiers vols du samedi arrivent à 9h.

Merci de rappeler l'astreinte au plus vite au numéro du contrat.

Karim Benali
Responsable des opérations, Roulez Libre Location"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Élodie Garnier <elodie@garnier-traduction.example>",
         to="support@facturo.example",
         subject="Factures bloquées sur « envoi en cours »",
         body="""\
Bonjour,

Depuis hier 14h, toutes les factures que j'envoie depuis Facturo restent indéfiniment sur « envoi en cours ». Mes clients ne reçoivent rien (j'ai vérifié auprès de deux d'entre eux) et je ne peux pas non plus télécharger le PDF : le bouton tourne dans le vide.

Je suis traductrice indépendante et je dois facturer mon mois avant le 10, sinon je ne serai pas payée avant janvier. Je n'arrive plus à rien faire dans l'outil.

Merci d'avance,
Élodie Garnier"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Théo Dubois <theo.dubois@etu-mail.example>",
         to="assistance-ent@univ-garonne.example",
         subject="L'ENT plante au dépôt des devoirs",
         body="""\
Bonjour,
l'ENT plante une fois sur deux quand je dépose un devoir sur Moodle (page « 504 Gateway Time-out »). En réessayant 2 ou 3 fois ça finit par passer, mais c'est stressant avec les rendus de fin de semestre, et plusieurs camarades de L2 ont le même souci. Est-ce que vous pouvez regarder ?
Merci,
Théo Dubois, L2 histoire"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Agnès Perrin <a.perrin@mutuelle-horizon.example>",
         to="support-entreprises@voxalis.example",
         subject="Plus aucun appel entrant depuis 9h – plateau de 40 conseillers",
         body="""\
Bonjour,

Depuis 9h05, plus aucun appel n'arrive sur notre plateau (Mutuelle Horizon, site de Tours, 40 conseillers). Les postes sont connectés, la tonalité est là, les appels sortants passent, mais les adhérents qui composent notre numéro vert tombent sur « votre correspondant n'est pas joignable ».

Des adhérents nous appellent pour des prises en charge d'hospitalisation, c'est urgent. Contrat VX-ENT-4412.

Agnès Perrin
Responsable du plateau relation adhérents"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marion Leclerc <marion@bijouxmarion.example>",
         to="aide@boutiqueo.example",
         subject="back-office inaccessible depuis 2 jours",
         body="""\
Bonjour, depuis samedi impossible d'accéder au back-office de ma boutique Boutiqueo, j'ai une page "Maintenance en cours, revenez plus tard" alors que votre page de statut dit que tout va bien. Côté clients la boutique marche encore mais je ne vois plus les commandes, donc je ne peux rien expédier. 23 commandes en attente avant Noël !! Merci de regarder vite
Marion"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Patrick Morel <patrick.morel@fournisseur-mail.example>",
         to="clients@energia-sud.example",
         subject="Paiement par carte refusé alors que le compte est approvisionné",
         body="""\
Madame, Monsieur,

J'essaie depuis trois jours de régler ma facture d'électricité de 212,36 € (contrat ES-7731902) dans mon espace client. À chaque fois : « Paiement refusé ». Ma banque m'assure que la carte fonctionne et que le compte est approvisionné, et je paie sans problème partout ailleurs. J'ai aussi essayé avec la carte de ma compagne : même résultat.

Or j'ai reçu une lettre de relance qui annonce une réduction de puissance vendredi si je ne paie pas. Merci de m'indiquer un autre moyen de paiement ou de suspendre la relance.

Patrick Morel"""),

    dict(n=11, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Claire Fontaine <claire.fontaine@orangebleu.example>",
         to="reservations@hotels-lumiere.example",
         subject="RE: Information importante : tentatives d'hameçonnage",
         body="""\
Bonjour,

Merci pour l'information. J'en profite : pour ma réservation du 14 au 16 décembre à l'Hôtel Lumière Bordeaux (réf. HL-55019), j'ai été débitée deux fois de 212 € le même jour. Ma banque me dit de voir avec vous. Pouvez-vous rembourser le doublon ?

Claire Fontaine

-----Message d'origine-----
> De : Hôtels Lumière <info@hotels-lumiere.example>
> Envoyé : jeudi 3 décembre 2026 10:00
> Objet : Information importante : tentatives d'hameçonnage
>
> Chère cliente, cher client,
> Des courriels frauduleux imitant Hôtels Lumière circulent actuellement et tentent de vous faire saisir vos coordonnées bancaires sur un faux site. Nous ne vous demanderons jamais le code de votre carte ni votre mot de passe par e-mail.
> L'équipe Hôtels Lumière"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hugo Lambert <hugo.lambert@maboite.example>",
         to="facturation@fibrea.example",
         subject="prélèvement passé avant la date prévue",
         body="""\
Bonjour,
mon abonnement box Fibréa est normalement prélevé le 5 du mois. Ce mois-ci le prélèvement de 39,99 € est passé le 27 novembre, et il y a en plus une ligne « frais de régularisation 12,00 € » que je ne comprends pas. Je n'ai rien changé à mon offre.
Pouvez-vous m'expliquer et me rembourser les 12 € ? Référence client FB-0093317.
Bonne journée
Hugo Lambert"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Monique Girard <monique.girard@courriel.example>",
         to="aide@cantine-facile.example",
         subject="Question sur les frais de 0,35 €",
         body="""\
Bonjour,

Je recharge chaque mois par carte le compte cantine de mes petits-enfants, et je vois qu'il y a à chaque fois 0,35 € de frais en plus. Ce n'est pas bien grave, c'est juste par curiosité : à quoi correspondent-ils, et est-ce qu'ils disparaissent si je passe au prélèvement ?

Bien cordialement,
Monique Girard"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Baptiste Renaud <baptiste@atelier-renaud.example>",
         to="vendeurs@brocantique.example",
         subject="Compte vendeur suspendu par erreur !!",
         body="""\
Bonjour,

Ce matin mon compte vendeur Brocantique (Atelier Renaud, meubles restaurés) a été suspendu pour « activité suspecte ». Je ne peux plus me connecter à l'espace vendeur, mes 87 annonces ont disparu et je ne peux pas répondre aux acheteurs.

Je n'ai rien fait de particulier, à part me connecter ce week-end depuis un salon à Lille avec le wifi de l'hôtel. Je vends chez vous depuis 6 ans avec 4,9/5 d'avis, et décembre est mon plus gros mois.

Merci de réactiver le compte au plus vite.
Baptiste Renaud"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Valérie Chevalier <valerie.chevalier@nouveaumail.example>",
         to="support@imprimelec.example",
         subject="Changer l'adresse e-mail de connexion",
         body="""\
Bonjour,

Mon ancienne société a fermé et l'adresse avec laquelle je me connecte à mon compte Imprimélec (v.chevalier@studio-vc.example) n'existe plus. Pour l'instant je suis encore connectée sur mon ordinateur, mais si je me déconnecte je ne pourrai plus recevoir le code de vérification.

Pouvez-vous remplacer l'adresse par celle-ci : valerie.chevalier@nouveaumail.example ?

Merci,
Valérie Chevalier"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Stéphane Fabre <s.fabre@garage-fabre.example>",
         to="compte-pro@pieces-auto-direct.example",
         subject="Compte pro au nom d'un ancien employé",
         body="""\
Bonjour,
Notre compte professionnel chez vous (client n° PAD-18822) est au nom de notre ancien chef d'atelier, M. Ribeiro, qui a quitté le garage fin octobre. C'est son adresse mail et son portable qui servent à la connexion. On arrive encore à commander avec l'identifiant partagé, mais c'est lui qui reçoit les codes par SMS et il n'est plus très disponible.
Comment faire pour mettre le compte à mon nom ? Je suis le gérant, je peux fournir le Kbis.
Cordialement
Stéphane Fabre, Garage Fabre"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucie Marchand <lucie.marchand@courriel.example>",
         to="rgpd@coachfit.example",
         subject="suppression de mon compte",
         body="""\
Bonjour, comment je supprime mon compte CoachFit et toutes mes données ? Je ne trouve pas dans l'appli. Merci. Lucie"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Romain Petit <romain@lecomptoirderomain.example>",
         to="equipe@resa-express.example",
         subject="Votre nouvelle appli, une tuerie",
         body="""\
Salut l'équipe,

Juste un mot pour vous dire que la nouvelle version de l'appli de résa, c'est une tuerie. Vendredi soir on a explosé notre record : 212 couverts, la salle était en feu, et pas un seul bug. Mon second de cuisine était mort de rire en voyant les réservations tomber.

Bref, chapeau. Si vous passez par Nantes, l'apéro est pour moi.

Romain
Le Comptoir de Romain"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Gilles Aubert <gilles.aubert@plume-mail.example>",
         to="devis@imprimerie-vauban.example",
         subject="Devis pour un livre à compte d'auteur",
         body="""\
Bonjour,

Je publie à compte d'auteur un recueil de souvenirs de mon grand-père (environ 180 pages, format 15 x 21, couverture souple, quelques photos en noir et blanc). Pourriez-vous me faire un devis pour 150 et pour 300 exemplaires ?

Compte tenu des délais de Noël, je vise plutôt une livraison fin février. Est-il possible de verser un acompte à la commande et le solde à la livraison ?

Bien à vous,
Gilles Aubert"""),

    dict(n=20, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="Isabelle Noël <isabelle.noel@courriel-perso.example>",
         to="contact@tissus-dumas.example",
         subject="Re: Votre commande n° 7781 – coloris",
         body="""\
Bonjour Madame Dumas,

Désolée de ne répondre que maintenant : j'ai eu un petit accident de voiture mardi (rien de grave, juste le poignet dans une attelle) et j'ai laissé traîner mes mails.

Pour le lin, le coloris « sauge » me convient très bien à la place du « céladon ». Vous pouvez envoyer la commande quand vous voulez.

Belle journée,
Isabelle Noël"""),

    dict(n=21, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Antoine Mercier <antoine.mercier@profil-pro.example>",
         to="contact@facturo.example",
         subject="Candidature spontanée – ingénieur fiabilité (SRE)",
         body="""\
Madame, Monsieur,

Ingénieur SRE depuis huit ans, je me permets de vous adresser ma candidature spontanée. Chez mon employeur actuel, un hébergeur, j'ai piloté la gestion de crise lors de deux pannes majeures (dont une coupure de 11 heures de notre datacenter principal) et participé à la réponse à une fuite de données touchant 300 000 comptes clients.

Je serais ravi de mettre cette expérience au service de Facturo. Mon CV est disponible sur simple demande.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Antoine Mercier"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Jeanne Rolland <jeanne.rolland@maboite.example>",
         to="service-client@librairie-des-quais.example",
         subject="RE: Remboursement de votre commande",
         body="""\
Bien reçu, merci beaucoup pour votre réactivité ! Je repasserai commander pour Noël.
Jeanne

Le 8 déc. 2026 à 15:20, Librairie des Quais <service-client@librairie-des-quais.example> a écrit :
> Bonjour Madame Rolland,
> Le livre étant épuisé chez l'éditeur, nous avons procédé au remboursement de 54,90 € sur votre carte bancaire. Il apparaîtra sous 3 à 5 jours ouvrés.
> Cordialement,
> Librairie des Quais"""),

    dict(n=23, signals="account", priority="low", trap="workaround", qt=0, reply=0,
         frm="Yann Le Goff <yann.legoff@bzh-mail.example>",
         to="support@randorando.example",
         subject="Connexion avec Google ne marche plus",
         body="""\
Bonjour, depuis quelques jours le bouton "Se connecter avec Google" me renvoie sur la page d'accueil sans me connecter. J'ai fait "mot de passe oublié" et je me connecte avec mail + mot de passe, donc ça va, mais c'était plus pratique avant. Pas urgent. Yann"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Frédéric Bonnet <f.bonnet@ville-montclair.example>",
         to="support-collectivites@authentia.example",
         subject="Connexion SSO impossible pour tous les agents de la mairie",
         body="""\
Bonjour,

Depuis le changement de certificat effectué cette nuit par vos équipes, plus aucun agent de la Ville de Montclair ne peut se connecter via l'authentification unique Authentia : après la saisie du mot de passe, boucle de redirection puis « Erreur SAML : signature invalide ». Cela touche nos 340 agents, donc l'état civil, l'urbanisme, les services techniques et la paie, qui doit partir jeudi.

Les comptes locaux de secours ne concernent que deux administrateurs. Pouvez-vous revenir à l'ancien certificat en urgence, ou nous indiquer la marche à suivre ?

Frédéric Bonnet
Responsable informatique, Ville de Montclair"""),
]
