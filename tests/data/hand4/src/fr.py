# blind5 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Pelletier <s.pelletier@lamouette.example>",
         to="service-client@brico-confort.example",
         subject="radiateur soufflant TH-2000",
         body="""\
Bonjour,

J'ai acheté chez vous le radiateur soufflant Thermia TH-2000 il y a trois semaines (commande 44-781203).

Hier soir, dans la chambre de ma fille, il y avait une forte odeur de plastique chaud. J'ai débranché tout de suite : la prise murale est noircie sur un côté et la fiche de l'appareil a ramolli, une des broches est carrément collée dans le plastique. L'appareil était sur la position 1, rien de posé dessus, pas de rallonge.

Évidemment je ne le rebranche plus, mais j'en ai vu deux autres identiques en rayon samedi dans votre magasin de Montauban. Qu'est-ce que je dois faire ? Et est-ce que vous prévenez les autres acheteurs ? J'ai des photos si besoin.

Cordialement,
Sandrine Pelletier"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benali <karim.benali@postemail.example>",
         to="consommateurs@biscuiterie-dorval.example",
         subject="vos sablés Petits Loups",
         body="""\
Bonjour,

Mon fils Théo (6 ans) a mangé deux sablés de la boîte « Petits Loups nature » achetée mardi, lot L2638B, à consommer de préférence avant 03/2027. Sur l'emballage il est écrit qu'ils ne contiennent pas de fruits à coque, c'est justement pour ça qu'on les achète.

Dix minutes après, ses lèvres ont gonflé, il avait des plaques rouges sur le cou et il toussait bizarrement, comme s'il n'arrivait plus à respirer à fond. On a utilisé son stylo d'adrénaline et appelé le 15. Il a passé la nuit en observation au CHU, il va mieux ce matin.

Je garde le reste de la boîte. Il faut vérifier ce lot de toute urgence, d'autres familles les achètent pour la même raison que nous.

Merci de me rappeler au 06 39 98 41 27.
Karim Benali"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Julie Marchand-Roux <julie.mr@orangerie.example>",
         to="sav@petitbambou-shop.example",
         subject="URGENT chaise haute Evolu",
         body="""\
Bonjour,

La chaise haute Evolu Bois (achetée sur votre site en septembre, commande FR-2291-0476) s'est repliée d'un coup pendant le repas, avec ma fille de 14 mois assise dedans. Le loquet du pied arrière gauche a lâché, le pied s'est replié et la chaise a basculé en avant. Elle s'est blessée à l'arcade : trois points de suture hier soir aux urgences pédiatriques.

On avait bien entendu le clic de verrouillage au montage, j'ai la notice sous les yeux et tout a été fait comme indiqué.

Ce produit est dangereux. Je veux savoir si d'autres parents vous ont signalé la même chose et ce que vous comptez faire. Le remboursement, oui, mais surtout que ça n'arrive pas à un autre enfant.

Julie Marchand-Roux"""),

    dict(n=4, signals="safety", priority="critical", trap="data-exposure", qt=0, reply=0,
         frm="Nathalie Ferrand <nferrand@courriel-libre.example>",
         to="contact@mutuelle-horizon.example",
         subject="Espace adhérent - documents qui ne sont pas les miens",
         body="""\
Bonjour,

Ce matin, en me connectant à mon espace adhérent pour télécharger mon attestation de tiers payant, la rubrique « Mes remboursements » affichait les décomptes d'une autre personne : un M. Olivier D., avec son numéro de sécurité sociale, ses consultations chez un psychiatre et les dates de ses soins. Je me suis déconnectée et reconnectée, c'est toujours pareil.

Je n'ai rien téléchargé et je vous préviens tout de suite, parce que pour ce monsieur c'est grave. Et du coup je me demande si quelqu'un d'autre est en train de voir mes propres remboursements.

Merci de me dire ce que vous faites et si mes données ont été consultées par d'autres adhérents.

Adhérente n° 7730412
Nathalie Ferrand"""),

    dict(n=5, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Elodie Saint-Jean <atelier.elo@salons-lyon.example>",
         to="support@rendezvo.example",
         subject="Plateforme en panne ?",
         body="""\
Bonjour,

Depuis ce matin 8h impossible d'ouvrir l'agenda du salon sur Rendezvo Pro, ni sur l'ordi ni sur la tablette : page blanche avec « erreur serveur ». Les clientes ne peuvent pas prendre rendez-vous en ligne non plus, deux m'ont déjà appelée pour me le dire.

C'est une panne chez vous ? Rien sur votre page de statut. Je travaille à l'aveugle aujourd'hui, je ne sais même pas qui vient à 14h.

Merci de me tenir au courant vite.
Élodie – Salon L'Atelier d'Élo, Villeurbanne"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrick Demange <proviseur-adjoint@lycee-tilleuls.example>",
         to="assistance@classeo.example",
         subject="TRES URGENT - bac blanc",
         body="""\
Bonjour,

Depuis 7h45 la plateforme Classéo ne charge plus pour personne au lycée : la page d'accueil s'affiche, puis la roue tourne indéfiniment. Élèves, professeurs, secrétariat, tout le monde est bloqué au même endroit, sur tous nos postes et sur les téléphones en 4G.

Le bac blanc de français commence à 8h30 pour 310 élèves de première et les sujets ainsi que les documents d'accompagnement sont déposés sur la plateforme. Un collègue du collège Pasteur, à côté, me dit qu'ils ont exactement le même souci.

Merci de me rappeler immédiatement au 03 53 01 22 86, ou de nous donner une estimation de rétablissement pour que je décide si on reporte l'épreuve.

P. Demange
Proviseur adjoint, Lycée des Tilleuls"""),

    dict(n=7, signals="outage", priority="critical", trap="technical", qt=0, reply=0,
         frm="Thomas Nguyen <t.nguyen@maisonvernet.example>",
         to="support@expedito-api.example",
         subject="commandes bloquées",
         body="""\
Hello,

Depuis 10h12 vos appels POST /v2/shipments répondent 503 Service Unavailable une fois sur deux, et systématiquement depuis 10h40.

Résultat : les commandes de la boutique ne remontent plus vers l'entrepôt, aucune étiquette transporteur ne sort et six préparateurs attendent les bras croisés. On est en plein premier jour des soldes, le pic de l'année pour nous.

Notre ticket interne : INC-5527. Exemple de request-id : 9f3c71e2-0b4a. Merci d'escalader au niveau 2 tout de suite et de me rappeler.

--
Thomas Nguyen
Responsable technique, Maison Vernet
maisonvernet.example"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Martine Lefebvre <m.lefebvre@groupe-aldane.example>",
         to="support@notedefrais-facile.example",
         subject="Lenteurs sur les exports",
         body="""\
Bonjour,

Depuis lundi les exports Excel des notes de frais mettent une éternité (10 à 15 minutes au lieu de quelques secondes) et environ une fois sur trois ils finissent en erreur « délai dépassé ». Le reste de l'application fonctionne normalement.

Pour l'instant je m'en sors en exportant semaine par semaine au lieu du mois entier, c'est fastidieux mais ça passe. Pourriez-vous regarder quand même ? La clôture mensuelle arrive le 30 et ce sera beaucoup plus de lignes.

Bien à vous,
Martine Lefebvre
Service comptable – Groupe Aldane"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Pascal Garnier <pgarnier@fibrenet-client.example>",
         to="assistance@fibrenet.example",
         subject="plus rien depuis hier soir",
         body="""\
bonjour

la box n'a plus internet depuis hier soir vers 21h. voyant @ rouge fixe. j'ai débranché rebranché 3 fois et fait le reset usine ce matin comme conseillé sur le forum, rien. le fixe ne marche pas non plus.

je suis en télétravail et je ne peux pas bosser, je fais tout en partage de connexion avec mon portable mais j'ai 10 Go et ça fond à vue d'oeil.

ligne 04 65 71 30 12, contrat 18840027. il faut envoyer un technicien ? quand ??

merci
P. Garnier"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Hélène Dubreuil <helene.dubreuil@maboite.example>",
         to="clients@electromenager-direct.example",
         subject="Débit en double commande 3318-AX",
         body="""\
Bonjour,

J'ai passé une commande le 12 novembre (lave-vaisselle + installation, 549,90 €) et je vois sur mon relevé deux débits de 549,90 € le même jour, avec la même référence marchand. Je n'ai reçu qu'une seule confirmation de commande et une seule livraison est prévue.

Pouvez-vous annuler ou rembourser le second débit ? Je joins la capture de mon relevé bancaire.

Merci d'avance,
Cordialement,
Hélène Dubreuil"""),

    dict(n=11, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Yann Le Goff <yann.legoff@breizhmail.example>",
         to="service.client@voyagissimo.example",
         subject="Toujours rien…",
         body="""\
Bonjour,

Notre vol Nantes–Porto du 4 octobre (réservation K7QZP2, 2 adultes) a été annulé par la compagnie. Vous m'avez confirmé par mail le 9 octobre que la somme de 412 € me serait restituée sous 7 à 10 jours ouvrés.

Six semaines plus tard je n'ai toujours rien vu arriver sur mon compte. Le chat me répond « dossier en cours de traitement » à chaque fois, sans plus de détail.

Pouvez-vous me donner une date précise, ou la preuve que le virement est bien parti ?

Merci,
Yann Le Goff"""),

    dict(n=12, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Franck Aubert <franck@aubert-architecture.example>",
         to="billing@planatelier.example",
         subject="paiement refusé - abonnement pro",
         body="""\
Bonjour,

Ma carte est refusée depuis trois jours quand j'essaie de régler le renouvellement de l'abonnement Atelier Pro annuel. La banque me dit que de leur côté rien n'est bloqué, et j'ai essayé avec deux cartes différentes : même message, « transaction refusée, code 05 ».

Le problème c'est que d'après votre mail le compte passe en lecture seule vendredi si le paiement n'est pas fait, et j'ai tous les plans de mes clients dedans avec deux dépôts de permis la semaine prochaine.

Est-ce qu'on peut payer par virement ? Urgent svp.

Franck Aubert, architecte"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Monique Carré <monique.carre@laposte-perso.example>",
         to="relation-client@telemobile.example",
         subject="petite question facture",
         body="""\
Bonjour,

Petite question sans importance : sur ma dernière facture de téléphone il y a une ligne « frais d'envoi facture papier 1,50 € ». Je croyais avoir choisi la facture électronique l'an dernier.

Pouvez-vous juste me confirmer que ça disparaîtra le mois prochain ? Sinon tant pis, ce n'est pas bien grave.

Bonne journée,
Monique Carré"""),

    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Isabelle Rigaud <i.rigaud@cabinet-rigaud.example>",
         to="support@comptaweb-pro.example",
         subject="Compte verrouillé après 3 essais",
         body="""\
Bonjour,

Mon compte sur le portail affiche « compte verrouillé, contactez votre administrateur » après trois essais ratés ce matin (je pense que j'avais le verrouillage des majuscules).

Problème : l'administrateur, c'est moi, il n'y a personne d'autre au cabinet. Je n'ai donc plus accès aux dossiers de mes clients ni à la télétransmission des déclarations, et l'échéance de TVA tombe le 19.

Comment je débloque ça ?

Isabelle Rigaud
Cabinet Rigaud Expertise – identifiant IRIGAUD-0091"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Lucas Morel <lucas.morel@netcourrier.example>",
         to="aide@banque-alize.example",
         subject="Je ne reçois pas le code",
         body="""\
Bonjour,

Depuis que j'ai changé de téléphone, je ne reçois plus le code par SMS pour valider la connexion sur l'application. Le numéro n'a pas changé. J'ai attendu, redemandé un code cinq fois : rien. Les autres SMS arrivent normalement.

J'arrive encore à me connecter depuis l'ordinateur du bureau qui est enregistré comme « appareil de confiance », donc ce n'est pas dramatique, mais j'aimerais bien régler ça avant d'en avoir vraiment besoin.

Merci,
Lucas Morel"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernard Vidal <bernard.vidal@ancienfai.example>",
         to="service-client@jardinerie-verte.example",
         subject="changer l'adresse mail",
         body="""\
Bonjour,

Je vais bientôt fermer mon ancienne adresse chez mon fournisseur internet. Comment je fais pour changer l'adresse e-mail avec laquelle je me connecte à mon compte client ? Dans les paramètres je ne trouve que « modifier le mot de passe ».

Je ne voudrais pas perdre mon historique de commandes ni mes points de fidélité.

Merci d'avance,
Bernard Vidal"""),

    dict(n=17, signals="account", priority="medium", trap="ownership", qt=0, reply=0,
         frm="Aurélie Fontaine <a.fontaine@velomondo.example>",
         to="support@mailora.example",
         subject="Départ d'un collaborateur",
         body="""\
Bonjour,

Notre ancien responsable marketing, M. Cédric Hamon, a quitté la société le 31 octobre. C'est lui qui avait créé notre compte Mailora et il en est toujours le propriétaire. Son adresse professionnelle a été désactivée, donc aucun de nous ne peut modifier l'abonnement ni ajouter d'utilisateurs.

Les campagnes continuent de partir normalement, ce n'est pas bloquant pour le moment.

Pouvez-vous transférer la propriété du compte à mon nom ? Je suis administratrice. Je peux fournir un extrait Kbis ou une attestation signée par la direction.

Cordialement,
Aurélie Fontaine
Directrice communication – Vélomondo SAS"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Camille Arnaud <camille@filetbobine.example>",
         to="hello@tampon-malin.example",
         subject="Bravo !!",
         body="""\
Bonjour l'équipe,

Juste un petit mot pour vous dire que le nouveau module fidélité est une tuerie. On l'a lancé samedi à la boutique et la carte à tampons sur téléphone a fait un malheur : 140 inscriptions en deux jours, les clientes se l'arrachent. Ma vendeuse était morte de rire tellement c'était simple à expliquer.

Seule petite suggestion : pouvoir changer la couleur du tampon, le vert ne va pas trop avec notre logo.

Continuez comme ça !
Camille – Fil & Bobine, Angers"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Stéphanie Colin <rh@logistique-valdeseine.example>",
         to="formations@secours-formation.example",
         subject="Devis formation SST",
         body="""\
Bonjour,

Nous souhaitons former 12 salariés de notre entrepôt au secourisme (SST) début janvier. Pourriez-vous m'envoyer un devis et le programme détaillé ?

Nous aimerions que la formation insiste sur les brûlures, les hémorragies et la conduite à tenir en cas d'électrisation ou d'écrasement, car nos équipes travaillent près des quais de chargement et des chariots élévateurs.

Vous déplacez-vous sur site (Grand-Quevilly) ou faut-il venir dans vos locaux ? Et la prise en charge par notre OPCO est-elle possible avec votre organisme ?

Merci,
Stéphanie Colin
Ressources humaines – Logistique du Val de Seine"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Gérard Petit <gerard.petit@retraite-mail.example>",
         to="support@mabanque-mobile.example",
         subject="retour après la mise à jour",
         body="""\
Bonjour,

Je vous avais écrit en septembre parce que l'appli plantait à chaque fois que j'ouvrais un relevé de compte. Depuis la version 5.2, plus aucun plantage, plus de déconnexion intempestive, tout s'ouvre du premier coup, même sur ma vieille tablette.

Pas de ticket à ouvrir, c'était juste pour vous remercier : on n'écrit jamais quand ça marche.

Bonne continuation,
Gérard Petit"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Mehdi Charef <mehdi.charef@candidat-mail.example>",
         to="recrutement@nuagix-hebergement.example",
         subject="Candidature – technicien support niveau 2",
         body="""\
Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de technicien support N2 publié sur votre site.

Depuis quatre ans chez un hébergeur lyonnais, j'assure la supervision et les astreintes : diagnostic des pannes réseau, rétablissement du service après incident, déblocage de comptes verrouillés et traitement de premier niveau des litiges de facturation. J'ai également participé à la rédaction de notre plan de reprise après sinistre et aux exercices de sécurité associés.

Je suis disponible sous un mois. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Mehdi Charef"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Antoine Roussel <antoine.roussel@webmel.example>",
         to="support@trotix.example",
         subject="RE: Chargeur trottinette – étincelles à la prise",
         body="""\
Bonjour Madame Lambert,

C'est bien reçu, le livreur est passé ce matin avec le chargeur de remplacement. La trottinette charge normalement. Je vous renvoie l'ancien avec l'étiquette Colissimo que vous avez jointe.

Merci pour la réactivité, franchement.

Bonne journée,
Antoine Roussel

Le mar. 10 nov. 2026 à 16:02, Service client Trotix <support@trotix.example> a écrit :
> Bonjour Monsieur Roussel,
> Merci pour votre signalement. Par précaution, n'utilisez plus ce chargeur.
> Un chargeur neuf vous est expédié en express.
> Sophie Lambert, service client Trotix
>
> > Le chargeur a fait des étincelles quand je l'ai branché et il y a une
> > odeur de brûlé dans l'entrée. Je ne sais pas si c'est dangereux."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Laurent Bailly <dsi@aide-presence44.example>",
         to="support@planitour.example",
         subject="urgent!!",
         body="""\
Bonjour,

Depuis la mise en place hier soir de l'authentification unique (SSO Azure) sur notre espace, aucun de nos 85 salariés ne peut entrer dans l'outil de planification : après l'écran Microsoft, retour sur votre page d'identification avec « utilisateur inconnu ». Les comptes locaux ont été désactivés par la migration, donc pas de plan B.

Nos aides à domicile n'ont pas leurs tournées de la journée. On les appelle une par une pour leur dicter les adresses et les soins prévus chez des personnes âgées.

Ticket ouvert hier à 22h (n° 44120), aucune réponse à ce stade. Merci de traiter en priorité.

Laurent Bailly
DSI – Association Aide et Présence 44"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Inès Berthier <ines.berthier@messagerie.example>",
         to="gestion@immo-lestrois-clochers.example",
         subject="RE: RE: Restitution dépôt de garantie – 3e relance",
         body="""\
Troisième mail, toujours aucune réponse.

Je vous rappelle que mon dépôt de garantie de 800 € devait m'être restitué dans le mois suivant l'état des lieux du 2 octobre, qui était sans réserve (signé par votre agent). Je dois verser celui de mon nouveau logement le 1er décembre et cet argent me manque.

Sans retour de votre part d'ici vendredi, je saisis la commission départementale de conciliation.

Inès Berthier

Le 28 oct. 2026 à 09:14, Inès Berthier <ines.berthier@messagerie.example> a écrit :
> Bonjour, je relance ma demande du 14 octobre concernant la restitution
> de mon dépôt de garantie (12 rue des Acacias, bail n° LB-30391).
> Merci de me dire quand le virement sera fait.
>
> > Le 14 oct. 2026 à 18:40, Inès Berthier a écrit :
> > Bonjour, l'état des lieux de sortie a eu lieu le 2 octobre sans réserve.
> > Pouvez-vous me confirmer la date de remboursement du dépôt de garantie ?"""),
]
