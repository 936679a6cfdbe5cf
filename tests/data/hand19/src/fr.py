# blind20 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Bastien Lefeuvre <b.lefeuvre@postelune.example>",
         to="sav@pliavelo.example",
         subject="Potence du vélo pliant modèle Urbis 20",
         body="""\
Bonjour,

J'ai acheté chez vous un Urbis 20 il y a six semaines pour mes trajets jusqu'à la gare.
Ce matin, dans la descente de la rue des Carmes, à peu près 25 km/h, la potence s'est
repliée d'un coup : le guidon est parti vers l'avant et je suis passé par-dessus.
Trois points de suture au menton, le poignet gauche dans une attelle.

Le levier de verrouillage était bien fermé, je le vérifie à chaque fois, ma femme
l'a vu le faire. Le vélo est dans mon garage, je n'y touche plus.

Je veux savoir si d'autres clients ont eu la même chose et ce que vous comptez faire.
Numéro de commande : PV-2024-118733.

Bastien Lefeuvre
06 39 98 41 27"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Clémence Arnaud-Pic <clem.arnaud@lamarelle.example>",
         to="support@trotteo-bagages.example",
         subject="Question sur la valise cabine Trotteo Volt",
         body="""\
Bonsoir,

Est-ce normal que la valise Volt fasse un petit sifflement quand elle recharge mon téléphone ?

Je suis à l'hôtel à Lyon, je l'avais branchée au port USB de la valise vers 22 h.
Une demi-heure plus tard il y avait une odeur de plastique fondu dans toute la chambre,
la coque autour du compartiment batterie est gonflée et je ne peux pas laisser la main
dessus tellement elle est chaude. J'ai débranché le téléphone et j'ai mis la valise
sur le balcon, sur le carrelage. Elle siffle encore un peu.

Qu'est-ce que je dois faire ? Je prends le train demain à 7 h avec.

Clémence"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nadia Bensalem <nadia.bensalem@courrielvert.example>",
         to="commandes@fournil-sans-trace.example",
         subject="Gâteau d'anniversaire commande n° 5521",
         body="""\
Madame, Monsieur,

J'ai commandé sur votre site un fraisier « garanti sans fruits à coque » pour les
7 ans de ma fille Inès, qui est allergique à la noisette (c'est précisé dans le
champ commentaire de la commande).

Vingt minutes après la première part, elle avait des plaques rouges dans le cou, les
lèvres qui gonflaient et elle a vomi deux fois. On lui a donné son antihistaminique et
son stylo d'adrénaline, le pédiatre l'a gardée en observation tout l'après-midi.

En coupant la part qui restait, mon mari a trouvé des éclats de noisette dans la
génoise. J'ai gardé le reste du gâteau et la boîte avec l'étiquette.

Je vous demande de m'appeler au 01 99 00 53 18 et de vérifier les autres gâteaux
sortis du même four ce week-end.

Nadia Bensalem"""),

    dict(n=4, signals="safety", priority="critical", trap="wrong-recipient", qt=0, reply=0,
         frm="Gérard Moulinier <g.moulinier@orange-bleue.example>",
         to="contact@pharmadom-livraison.example",
         subject="J'ai reçu le sac d'une autre patiente",
         body="""\
Bonjour,

Votre livreur vient de me remettre un sac au nom de Mme Odile Ferrand, 14 allée des
Tilleuls. Dedans il y a son ordonnance complète avec son numéro de sécurité sociale,
la liste de ses traitements (dont un pour le VIH) et sa facture avec son adresse et
son téléphone.

Et mes médicaments à moi, où sont-ils ? Si son sac est chez moi, j'imagine que le mien
est chez quelqu'un d'autre, avec mon ordonnance et mon dossier.

Je garde le sac fermé. Dites-moi comment vous le rendre.

G. Moulinier"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sylvie Carrère - Repas à Domicile du Val <coordination@repasduval.example>",
         to="support@tourneo-planif.example",
         subject="URGENT - aucune tournée sur les tablettes ce matin",
         body="""\
Bonjour,

Depuis 6 h 30, les tablettes de nos neuf livreurs affichent « Aucune tournée pour
aujourd'hui ». Les 212 repas sont prêts en chambre froide et personne ne sait dans
quel ordre livrer ni qui a un régime sans sel ou mixé.

On est en train de recopier les tournées à la main à partir des classeurs de l'an
dernier, mais la moitié des adresses ont changé depuis. Nos bénéficiaires ont entre 78
et 96 ans, beaucoup attendent le passage du livreur pour manger à midi.

On a redémarré les tablettes, réinstallé l'application sur l'une d'elles : même chose.
Le site web de planification tourne dans le vide aussi.

Appelez-moi au 01 99 00 27 64, je reste au bureau.

Sylvie Carrère
Coordinatrice, Repas à Domicile du Val"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Thomas Giraud <thomas.giraud@mailpoint.example>",
         to="assistance@wattmaison.example",
         subject="Borne de recharge : impossible de lancer une charge depuis l'appli",
         body="""\
Bonjour,

Depuis la mise à jour de l'appli hier soir, quand j'appuie sur « Démarrer la charge »
la roue tourne puis revient à l'écran d'accueil. La borne reste en vert fixe, la voiture
ne charge pas. Ce matin la batterie était à 12 %, je n'ai pas pu aller au travail avec.

La borne n'a pas de badge, tout passe par votre appli, donc je n'ai aucun autre moyen.
Borne WM-Home 7, numéro de série WMH7-0033-9182.

Merci de me dire quoi faire avant ce soir.
Thomas"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@chezmoi.example>",
         to="aide@parlando-app.example",
         subject="L'appli se ferme toute seule",
         body="""\
Bonjour, est-ce normal que l'application se ferme dès que j'ouvre une leçon ?
Ça fait trois jours, sur toutes les leçons d'italien, je n'arrive plus à faire un seul
exercice et mon examen est dans deux semaines. J'ai un abonnement Premium annuel.

Envoyé de mon téléphone"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Marc-Antoine Delorme <ma.delorme@laposte-perso.example>",
         to="reservations@piscines-agglo.example",
         subject="Réservation des créneaux très lente",
         body="""\
Bonjour,

Depuis lundi la page de réservation des lignes d'eau met plus d'une minute à s'afficher,
et une fois sur deux elle finit sur une page blanche. J'ai fini par réserver mon créneau
de jeudi par téléphone à l'accueil, ça a marché, mais ce n'est pas pratique.

Vous êtes au courant ?
Cordialement,
M.-A. Delorme"""),

    dict(n=9, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pascale Veyrat <p.veyrat@lycee-saint-exupery.example>",
         to="support@prepaexam.example",
         subject="Aucun élève ne reçoit le code SMS - bac blanc ce matin",
         body="""\
Bonjour,

Nous avons 64 élèves de terminale installés en salle informatique pour le bac blanc de
philosophie sur votre plateforme, début prévu à 8 h. Aucun ne reçoit le code de
connexion par SMS, ni sur les téléphones personnels ni sur ceux du lycée. Le bouton
« Renvoyer le code » ne change rien.

Les surveillants sont là, les sujets sont chez vous, et les élèves attendent devant des
écrans de connexion. Si ce n'est pas réglé dans l'heure, il faudra tout reporter et
réorganiser les salles pour 3 classes.

Code établissement : LSE-0417. Mon portable : 06 39 98 12 55.

Pascale Veyrat
Proviseure adjointe"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Henri Lacombe <henri.lacombe@vigneron-ami.example>",
         to="service-client@cavalivraison.example",
         subject="Carton de juin prélevé deux fois",
         body="""\
Bonjour,

Mon carton mensuel « Découverte Loire » de juin (59,90 €) apparaît deux fois sur mon
relevé, le 3 et le 4 juin, alors que je n'ai reçu qu'un seul colis. Pouvez-vous me
rembourser le second prélèvement ?

Abonné n° CL-77215.
Merci, bonne journée,
Henri Lacombe"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Yanis Cordier <yanis.cordier@etu-univ.example>",
         to="paiements@jobetu-express.example",
         subject="Virement de mes missions de mai jamais arrivé",
         body="""\
Bonjour,

J'ai fait 6 missions de mise en rayon en mai via votre plateforme (total 412,30 €
d'après mon tableau de bord, statut « Payé le 31/05 »). Rien n'est arrivé sur mon compte,
ma banque ne voit aucun virement entrant.

Mon loyer de 390 € part le 5 et je n'ai pas de quoi le couvrir sans cet argent.
Mon propriétaire m'a déjà prévenu une fois. Est-ce que vous pouvez vérifier l'IBAN
(FR76 XXXX XXXX ... 4471) et relancer le virement aujourd'hui ?

Merci beaucoup,
Yanis"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Isabelle Marchetti <isabelle.marchetti@cabinet-marchetti.example>",
         to="clients@loca-auto-direct.example",
         subject="Mon contrat de location longue durée",
         body="""\
Bonjour,

Je me permets de vous écrire au sujet de mon contrat LLD n° LAD-55-2093 pour la petite
citadine électrique que j'ai récupérée en mars à l'agence de Villeurbanne. Je voulais
d'abord dire que l'accueil à l'agence a été très agréable, le conseiller a pris le temps
de tout m'expliquer, y compris le fonctionnement de la carte de recharge.

J'ai quelques questions. D'abord, est-il possible de faire installer un attelage pour un
porte-vélos ? Je crois comprendre que cela doit être validé par vous. Ensuite, je vais
probablement déménager à Annecy en septembre ; faut-il vous prévenir et est-ce que
l'entretien pourra se faire dans un garage là-bas ?

Enfin, en regardant mes factures dans l'espace client, je vois que le loyer d'avril
(389 €) a été facturé deux fois, une fois le 1er avril et une fois le 15 avril avec la
même référence FA-24-04-1182. Les deux ont été prélevées. Pourriez-vous régulariser ?

Pour l'attelage et le déménagement, rien ne presse.

Bien cordialement,
Isabelle Marchetti"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Rémi Tessier <remi.t@boitemail.example>",
         to="support@cashbaki.example",
         subject="Frais de 0,50 €",
         body="""\
Bonjour, par simple curiosité : pourquoi 0,50 € ont été retenus sur mon dernier retrait
de cagnotte vers mon compte ? Ce n'est pas grave, je voudrais juste comprendre.
Rémi"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Josiane Perrault <josiane.perrault@free-mail.example>",
         to="fidelite@marche-des-saveurs.example",
         subject="Compte fidélité bloqué",
         body="""\
Bonjour,

J'ai dû me tromper de mot de passe plusieurs fois et maintenant le site me dit que mon
compte fidélité est bloqué pour « raisons de sécurité ». Le lien de réinitialisation
me renvoie au même message. J'ai 2 340 points dessus et je voulais les utiliser
samedi.

Carte n° 4402 1189 7730.
Merci d'avance,
Josiane Perrault"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Alain Boissière <alain.boissiere@retraite-mail.example>",
         to="support@audiclair-app.example",
         subject="Code de vérification envoyé sur mon ancien numéro",
         body="""\
Bonjour,

Je viens de changer d'opérateur et de numéro de portable. Quand je veux me connecter à
l'application de mes appareils auditifs, le code de vérification part sur l'ancien
numéro, qui n'existe plus. Je n'arrive donc plus à entrer dans mon compte pour régler
les programmes.

Nouveau numéro : 06 39 98 70 02. Date de naissance : 12/03/1951.
Mon audioprothésiste m'a dit de vous écrire directement.

Alain Boissière"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Sarah Whitfield-Morel <sarah.wm@nounoulink.example>",
         to="aide@nounoulink.example",
         subject="Mon profil d'assistante maternelle a disparu",
         body="""\
Bonjour,

En voulant supprimer une ancienne annonce, j'ai dû cliquer sur « Supprimer mon profil »
sans faire attention. Maintenant mon profil n'existe plus : mes 31 avis de parents, mes
disponibilités, mon agrément scanné, tout a disparu. Sorry, my French gets messy when I
panic — basically I deleted the whole profile by mistake.

Est-il possible de le restaurer ? J'avais trois familles qui devaient me contacter
cette semaine.

Merci,
Sarah Whitfield-Morel"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Camille Nguyen <camille.nguyen@souffle-mail.example>",
         to="contact@studio-prana.example",
         subject="Changer l'adresse e-mail de mon compte",
         body="""\
Bonjour,
Comment puis-je remplacer l'adresse e-mail de mon compte par ma nouvelle adresse pro ?
Je ne trouve pas l'option dans l'appli. Merci !
Camille"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Clémence Arnaud-Pic <clem.arnaud@lamarelle.example>",
         to="support@trotteo-bagages.example",
         subject="Re: Valise Volt - remplacement",
         body="""\
Bonjour Kevin,

La valise de remplacement est bien arrivée ce matin, merci pour la rapidité. Petite
question : est-ce qu'elle existe aussi en vert sauge ? Ma sœur voudrait la même.

Bonne journée,
Clémence

Le 14 mai à 21:47, Clémence Arnaud-Pic <clem.arnaud@lamarelle.example> a écrit :
> Bonsoir, la coque de ma valise a gonflé pendant la recharge, elle est brûlante et
> ça sent le plastique fondu dans la chambre. J'ai peur qu'elle prenne feu, que
> dois-je faire ?"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kévin Dumas <kevin.dumas@crossbox-lille.example>",
         to="pro@nutrifort.example",
         subject="Votre nouvelle whey, c'est de la bombe",
         body="""\
Salut l'équipe,

Votre whey saveur caramel beurre salé, c'est une tuerie, elle a fait un carton dans
notre salle : les adhérents se sont jetés dessus, j'ai été dévalisé en trois jours.
J'ai failli mourir de rire quand un client m'a demandé si on la faisait en 5 kg.

Du coup : est-ce que vous proposez des tarifs revendeur, et à partir de quelle quantité ?

Sportivement,
Kévin - CrossBox Lille"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Fatou Diallo <fatou.diallo@maisonmail.example>",
         to="secretariat@dojo-kaizen.example",
         subject="Merci !",
         body="""\
Bonjour,

Juste un mot pour vous remercier : grâce à votre aide pour l'inscription en retard,
Moussa a pu passer sa ceinture orange samedi. Le souci de paiement en ligne dont je vous
parlais est réglé, tout est en ordre. Il est ravi !

Bonne continuation à toute l'équipe,
Fatou Diallo"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Olivier Brunet <o.brunet@courriel-pro.example>",
         to="info@panier-frais-hebdo.example",
         subject="Questions avant de m'abonner",
         body="""\
Bonjour,

J'hésite à prendre votre abonnement panier bio hebdomadaire et j'ai quelques questions :

- Si votre site est en panne le jour où je dois modifier mon panier, que se passe-t-il ?
- Quelle est votre politique de remboursement si un produit arrive abîmé ?
- Puis-je suspendre l'abonnement pendant les vacances sans frais ?
- Le paiement se fait-il par prélèvement ou par carte ?

Merci d'avance,
Olivier Brunet"""),

    dict(n=22, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Hélène Roussel <helene.roussel@lettres-mail.example>",
         to="service@offrezmoi-cartes.example",
         subject="Carte cadeau pour un cinéphile",
         body="""\
Bonjour,

Mon père est fan de vieux films, son préféré est « Le Salaire de la peur » et il a
revu « La Tour infernale » au moins dix fois. Je voudrais lui offrir une carte cadeau
utilisable dans les cinémas d'art et d'essai et, si possible, l'associer à un bon pour
le spa « Volcan » de Vichy.

Est-ce possible de combiner les deux sur une même carte, avec un message personnalisé ?

Merci,
Hélène Roussel"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Damien Ferrand <damien.ferrand@ferrand-famille.example>",
         to="service-client@kitrepas-cetogene.example",
         subject="RE: Remboursement résiliation abonnement",
         body="""\
Bonjour,

Troisième message, toujours aucune réponse et toujours pas de remboursement. Cela fait
maintenant cinq semaines. Si je n'ai pas de retour d'ici vendredi, je fais opposition
auprès de ma banque et je saisis le médiateur de la consommation.

Damien Ferrand

-----Message d'origine-----
De : Damien Ferrand <damien.ferrand@ferrand-famille.example>
Envoyé : lundi 6 mai 2024 09:12
À : service-client@kitrepas-cetogene.example
Objet : Remboursement résiliation abonnement

> Bonjour,
> J'ai résilié mon abonnement aux box cétogènes le 2 avril, confirmé par votre mail.
> Vous m'avez pourtant prélevé 2 box de 84,50 € les 8 et 15 avril, que je n'ai
> d'ailleurs jamais reçues. Votre conseillère m'avait promis le remboursement sous
> 10 jours. Rien reçu à ce jour. Merci de faire le nécessaire."""),

    dict(n=24, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Stéphane Morvan <s.morvan@transports-morvan.example>",
         to="grands-comptes@leasiflotte.example",
         subject="Export des factures impossible - clôture vendredi",
         body="""\
Bonjour,

Je gère chez vous une flotte de 140 véhicules (contrat cadre GC-0091). Depuis mardi,
le bouton « Exporter les factures (CSV) » du portail flotte renvoie une erreur 500,
quel que soit le mois choisi. Le reste du portail fonctionne.

Notre expert-comptable a besoin de l'export complet du trimestre pour la clôture de
vendredi midi ; à 140 véhicules, il n'est pas envisageable de télécharger les PDF un
par un.

Pouvez-vous régler ça ou m'envoyer l'export directement d'ici jeudi soir ?

Stéphane Morvan
Responsable parc, Transports Morvan
01 99 00 84 10"""),
]
