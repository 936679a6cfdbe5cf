# blind18 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benhadj <k.benhadj@brasserie-lescale.example>",
         to="sav@froid-pro-equipements.example",
         subject="Machine à glaçons GX-40 – bruit et odeur bizarre",
         body="""\
Bonjour,

Depuis ce midi notre machine à glaçons GX-40 (n° de série GX40-77812) fait
un bourdonnement inhabituel, puis des petits claquements secs toutes les
trente secondes environ. Il y a une odeur de plastique fondu derrière le
bar, et la gaine du câble près de la prise est devenue molle et toute
noire. Le capot arrière est tellement chaud qu'on ne peut pas y laisser la
main plus d'une seconde.

Mon serveur l'a débranchée, mais la prise murale est encore chaude elle
aussi. On doit rouvrir à 19 h. Est-ce qu'un technicien peut passer
aujourd'hui ?

Karim Benhadj
Brasserie L'Escale – 01 99 00 27 41"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lefort <sandrine@le-comptoir-bleu.example>",
         to="interventions@tireuse-service.example",
         subject="Nettoyage des lignes de bière de mardi",
         body="""\
Bonjour,

Votre technicien est passé mardi après-midi pour le nettoyage des lignes de
la tireuse (contrat n° NL-2291). Mardi soir, deux clients qui avaient pris
une pression ont vomi dans les toilettes à une demi-heure d'intervalle, et
un troisième s'est plaint d'un goût de lessive. Ce matin, ma barmaid a des
plaques rouges qui la grattent sur les deux mains et les avant-bras ; elle
a rebranché les fûts hier soir sans gants.

On a fermé la tireuse. Quel produit a été utilisé, et est-ce que le rinçage
final a bien été fait ? J'ai besoin de la fiche technique du produit tout
de suite pour le médecin.

Sandrine Lefort
Le Comptoir Bleu, Lille"""),

    dict(n=3, signals="safety", priority="critical", trap="data-wrong-person", qt=0, reply=0,
         frm="Élodie Marchetti <elodie.marchetti@posteo.example>",
         to="support@petitspas-app.example",
         subject="J'ai reçu le dossier d'un autre enfant",
         body="""\
Bonjour,

Ce matin, dans l'application Petits Pas, la crèche Les Lucioles m'a envoyé
la fiche de transmission du jour… mais ce n'était pas celle de ma fille. Il
y avait le nom complet d'un autre petit garçon, ses allergies, son
traitement contre l'asthme, le numéro de portable de sa mère et l'adresse
de la famille. J'ai aussi pu ouvrir toutes ses photos de la semaine.

Je n'ai rien téléchargé et je ne connais pas cette famille, mais c'est une
vraie fuite de données. Si moi je vois son dossier, est-ce que quelqu'un
d'autre voit celui de ma fille en ce moment ? Merci de me dire ce que vous
faites et si la crèche a été prévenue.

Élodie Marchetti"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Dr Thomas Giraud <secretariat@cabinet-giraud-dentaire.example>",
         to="support-technique@sterimax.example",
         subject="URGENT – autoclave Stérimax S22 : porte ouverte sous pression, assistante blessée",
         body="""\
Bonjour,

Ce matin à 8 h 40, la porte de notre autoclave Stérimax S22 s'est
déverrouillée alors que le cycle n'était pas terminé. La vapeur est sortie
d'un coup et mon assistante a été brûlée à l'avant-bras et au cou. Elle est
aux urgences, a priori une brûlure du second degré.

L'appareil est débranché et personne n'y touche. C'est clairement un
problème de sécurité du verrouillage ; nous avons installé la mise à jour
du firmware la semaine dernière. Pouvez-vous envoyer quelqu'un aujourd'hui
et nous dire s'il faut prévenir les autres cabinets équipés du même
modèle ?

Numéro de série : S22-04-1187
Dr Thomas Giraud – 01 99 00 63 12"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Roussel <julien@chez-marthe.example>",
         to="support@kds-cuisine.example",
         subject="Les bons n'arrivent plus en cuisine",
         body="""\
Bonjour,

Depuis 19 h 50, les commandes prises sur les tablettes des serveurs
n'apparaissent plus sur les écrans de la cuisine. Les tablettes disent
« envoyé », mais en cuisine rien. On a 80 couverts ce soir, les serveurs
recopient tout à la main et le chef annonce les tables à la voix au passe.
Les bons s'entassent, on a déjà 25 minutes de retard sur toute la salle.

Appelez-moi au 06 39 98 41 07, s'il vous plaît, c'est samedi soir.

Julien – Chez Marthe, Nantes"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Claire Dumoulin <c.dumoulin@atelier-dumoulin-archi.example>",
         to="support@traceurs-pro.example",
         subject="Impossible d'envoyer les plans au traceur depuis la mise à jour",
         body="""\
Bonjour,

Depuis l'installation de votre pilote 4.2 hier soir, plus aucun fichier ne
part vers notre traceur TX-3600. Dans la file d'attente, les travaux restent
sur « en préparation » puis disparaissent. Rien ne sort, ni en A0 ni en A3.
On a essayé depuis trois postes différents, en PDF comme en DWG.

On doit rendre un dossier de permis de construire mardi et je ne peux
imprimer aucune planche. Comment revenir à la version précédente ?

Claire Dumoulin
Atelier Dumoulin Architectes"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Mathieu Perrin <mathieu.perrin@ruche-coworking.example>",
         to="aide@salles-connect.example",
         subject="Question sur la synchronisation des salles",
         body="""\
Bonjour,

Est-ce normal que les réservations de salles faites sur l'appli mettent 20
à 30 minutes à apparaître sur les tablettes à l'entrée des salles ? Depuis
lundi, des membres arrivent dans une salle qui affiche « libre » alors
qu'elle est réservée, et ça crée des petites disputes. Quand on réserve
depuis le back-office, c'est instantané, donc pour l'instant on dépanne
depuis l'accueil.

Merci,
Mathieu – La Ruche, Grenoble"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nadia Ferreira <exploitation@boxetvous.example>",
         to="support@acces-portails.example",
         subject="Portail du site de Villeurbanne – plus personne n'entre",
         body="""\
Bonjour,

Depuis 7 h ce matin, le clavier du portail de notre site de Villeurbanne
refuse tous les codes, y compris le code maître. Le portail reste fermé.
J'ai une dizaine de clients sur le parking, dont un déménageur avec son
camion qui facture à l'heure, et le téléphone de l'accueil n'arrête pas de
sonner. Nos 340 locataires n'ont plus accès à leurs box.

L'écran du contrôleur affiche « SYNC ERR 12 ». On a redémarré le boîtier
deux fois, sans changement.

Merci de rappeler au 01 99 00 88 20 en priorité.

Nadia Ferreira, responsable d'exploitation"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Hugo Lambert <hugo.lambert@clinique-veto-des-tilleuls.example>",
         to="support@vetray.example",
         subject="Logiciel radio VetRay ne fonctionne plus",
         body="""\
Bonjour,

VetRay ne fonctionne plus depuis ce matin sur notre poste de radiologie :
il plante dès l'ouverture avec ce message :

  Fatal error: DICOM service could not be started (code 0x80070005).
  Please contact your administrator.

Les clichés sont bien pris par le capteur, mais on ne peut ni les afficher
ni les envoyer aux propriétaires. Nous avons deux chiens à radiographier cet
après-midi pour des boiteries.

Dr Hugo Lambert
Clinique vétérinaire des Tilleuls"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Aurélie Chauvin <aurelie.chauvin@mailo.example>",
         to="bonjour@saveurs-du-terroir-box.example",
         subject="Quelques nouvelles et une question",
         body="""\
Bonjour,

Je vous écris d'abord pour vous dire que la box de février était vraiment
réussie : les rillettes de canard ont fait l'unanimité au repas de famille,
et mon père, qui ne jure que par les produits de sa région, a même demandé
l'adresse du producteur. La box de janvier m'avait un peu moins plu (le
miel de châtaignier est trop fort pour moi), mais c'est une question de
goût. J'ai aussi parlé de vous à deux collègues qui devraient s'abonner ;
avez-vous un système de parrainage ?

Autre chose : en regardant mes comptes ce week-end, j'ai vu que vous
m'aviez prélevé deux fois 34,90 € pour mars, le 3 et le 4, alors que je
n'ai reçu qu'une seule box. Pouvez-vous rembourser le second prélèvement ?

Dernière question : est-ce que je peux décaler la livraison d'avril d'une
semaine ? Je serai en vacances.

Merci et bonne journée,
Aurélie Chauvin
Abonnement n° SDT-48213"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Romain Vidal <romain@atelier-vidal-ceramique.example>",
         to="vendeurs@marche-artisans.example",
         subject="Virement vendeur bloqué – salaires vendredi",
         body="""\
Bonjour,

Mon virement vendeur de la quinzaine (1 842,60 €, période du 1er au 15)
aurait dû arriver lundi. Dans mon espace vendeur, il est marqué « Your
payout is on hold – verification in progress », sans plus d'explication.
Tous mes documents ont pourtant été validés en janvier.

C'est ce virement qui paie mes deux salariés vendredi et la facture de
terre de mon fournisseur. Pouvez-vous débloquer le paiement, ou au moins me
dire ce qu'il manque ?

Merci,
Romain Vidal – Atelier Vidal Céramique
Vendeur n° FR-77031"""),

    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Pascal Morel <p.morel@fleurs-morel.example>",
         to="service-client@imprimerie-dufresne.example",
         subject="Re: Votre commande de cartes de visite – retard",
         body="""\
Bonjour Madame Hamel,

Merci, les cartes sont bien arrivées hier et elles sont très belles. Par
contre, la facture F-2024-0913 me compte 2 000 cartes à 148 € alors que
j'en ai commandé 1 000 (devis à 86 €). Pouvez-vous m'envoyer une facture
corrigée ? Je ne la règle pas en attendant.

Pascal Morel
Fleurs Morel

Le 12 mars 2024 à 10:14, Imprimerie Dufresne <service-client@imprimerie-dufresne.example> a écrit :
> Bonjour Monsieur Morel,
>
> Suite à une panne de notre presse offset lundi, l'impression de votre
> commande a pris deux jours de retard. Nous sommes désolés pour ce
> contretemps ; l'expédition est prévue jeudi.
>
> Véronique Hamel
> Imprimerie Dufresne"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gilles Aubert <gilles@aubert-serrurerie.example>",
         to="facturation@nomdomaine-facile.example",
         subject="Petite question sur ma facture de renouvellement",
         body="""\
Bonjour,
Simple curiosité : sur la facture de renouvellement de mon domaine, il y a une ligne « frais de traitement : 0,90 € » que je n'avais pas l'an dernier. C'est nouveau ? Rien de grave, je voulais juste comprendre.
Gilles Aubert"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Isabelle Poirier <isabelle.poirier@boulangerie-poirier.example>",
         to="portail@cabinet-renard-expertise.example",
         subject="Compte bloqué sur le portail client",
         body="""\
Bonjour,

J'ai voulu déposer mes factures du trimestre sur le portail du cabinet et,
après plusieurs essais de mot de passe, le site m'affiche « Compte
verrouillé, contactez votre cabinet ». Le lien « mot de passe oublié » ne
m'envoie aucun mail. Mon identifiant est BP-0417.

Pouvez-vous débloquer mon accès ? Mon comptable attend les pièces avant la
fin de la semaine.

Isabelle Poirier
Boulangerie Poirier"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Lucas Fontaine <lucas@lesjardinsdelucas.example>",
         to="support@lettre-express.example",
         subject="Code SMS de connexion",
         body="""\
Bonjour,

Est-ce normal que le code de vérification par SMS arrive plus de dix
minutes après la demande ? Quand il arrive, il est déjà expiré, donc je
redemande un code, et rebelote. Ça fait trois jours que je n'arrive pas à
entrer dans mon compte pour préparer la lettre d'info de la pépinière. Mon
numéro n'a pas changé (06 39 98 50 72).

Lucas Fontaine"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Patrick Lemaire <patrick.lemaire@restaurant-la-treille.example>",
         to="clients@primeurs-duval.example",
         subject="Changer l'adresse e-mail de notre compte pro",
         body="""\
Bonjour,

Notre compte client chez vous (n° 20-5566, Restaurant La Treille) est
encore au nom de notre ancien chef, Benoît, qui est parti en décembre.
Toutes les confirmations de commande et les liens de réinitialisation du
mot de passe partent sur son adresse
benoit.garnier@restaurant-la-treille.example, qui n'existe plus, donc je ne
peux plus me connecter pour passer les commandes de légumes.

Pouvez-vous remplacer l'adresse par la mienne,
patrick.lemaire@restaurant-la-treille.example ? Je suis le gérant, je peux
vous envoyer un extrait Kbis si besoin.

Merci d'avance,
Patrick Lemaire"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Franck Moreau <garage.moreau@orange-mail.example>",
         to="support@diagpro.example",
         subject="Ajouter un utilisateur sur mon compte",
         body="""\
Bonjour,
J'ai un apprenti qui commence lundi. Comment je peux lui créer son propre accès à mon compte DiagPro sans lui donner mon mot de passe ? Je ne trouve pas l'option dans les réglages.
Franck – Garage Moreau"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sophie Carré <sophie@la-cantine-du-port.example>",
         to="commercial@kds-cuisine.example",
         subject="Un deuxième écran pour la cuisine ?",
         body="""\
Bonjour,

Depuis qu'on a ouvert la terrasse, c'est l'explosion : le service du midi
est un vrai coup de feu, on frôle la crise cardiaque tous les jours à
12 h 30, mais l'équipe tient le choc ! Bref, on aimerait ajouter un deuxième
écran côté pâtisserie.

Vous pouvez m'envoyer un devis pour un écran supplémentaire avec support
mural ? On est à Sète, et idéalement on l'installerait pendant la fermeture
du lundi.

Merci, and keep up the good work – votre système nous sauve la vie.

Sophie Carré
La Cantine du Port"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bernard Guillot <bernard@auberge-du-moulin.example>",
         to="support@resa-table.example",
         subject="RE: Maintenance planifiée dans la nuit du 18 au 19 mars",
         body="""\
Bonjour,

Bien reçu, merci pour le préavis. Le lundi soir, on est fermés de toute
façon, donc aucun souci pour nous.

Bonne soirée,
Bernard Guillot
Auberge du Moulin

-----Message d'origine-----
De : ResaTable Support <support@resa-table.example>
Envoyé : mercredi 13 mars 2024 16:02
Objet : Maintenance planifiée dans la nuit du 18 au 19 mars

> Madame, Monsieur,
>
> Une maintenance de nos serveurs aura lieu dans la nuit du 18 au 19 mars,
> de 1 h à 4 h. Pendant cette interruption de service, le module de
> réservation en ligne sera indisponible et les widgets de votre site
> afficheront une page d'erreur. Les réservations déjà enregistrées ne
> seront pas affectées.
>
> L'équipe ResaTable"""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Marc Dubois <marc.dubois@boucherie-dubois.example>",
         to="depannage@froid-services-ouest.example",
         subject="Re: Chambre froide – intervention du 7 mars",
         body="""\
Bonjour,

Juste un mot pour remercier Kevin, votre technicien, qui est venu un
dimanche matin pour la chambre froide. Depuis le changement du ventilateur
de l'évaporateur, la température est stable à 2 °C et l'alarme n'a plus
sonné. Honnêtement, on a cru qu'on allait devoir jeter toute la viande :
vous nous avez sauvé le week-end.

Rien d'autre à signaler, tout fonctionne.

Marc Dubois
Boucherie Dubois"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Chantal Besson <chantal.besson@laposte-mail.example>",
         to="contact@stockeo.example",
         subject="Assurance incendie et vol pour un box",
         body="""\
Bonjour,

Je vais vider la maison de ma mère et je compte louer un box de 10 m² chez
vous pour quelques mois. Avant de signer, j'aimerais savoir : vos box
sont-ils couverts en cas d'incendie, d'inondation ou de cambriolage, ou
faut-il prendre une assurance à part ? Et est-ce que les locaux sont sous
vidéosurveillance la nuit ?

Merci de votre réponse,
Chantal Besson"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="PayBoutique <newsletter@payboutique.example>",
         to="contact@la-bougie-doree.example",
         subject="Newsletter de mars : fraude à la carte, rétrofacturations et nouveautés",
         body="""\
Bonjour,

Au sommaire ce mois-ci :

• Fraude à la carte bancaire : 5 signaux qui doivent vous alerter avant
  d'expédier une commande.
• Rétrofacturations (chargebacks) : comment répondre en moins de 48 h et
  récupérer votre argent.
• Piratage de comptes marchands : activez la double authentification, ça
  prend deux minutes.
• Nouveau : le paiement en trois fois sans frais est disponible pour toutes
  les boutiques.

Webinaire gratuit le jeudi 21 mars à 11 h – « Sécuriser sa boutique en
ligne ». Places limitées.

Vous recevez ce message car vous êtes client PayBoutique.
Se désabonner : https://payboutique.example/desabonnement"""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stéphane Leroy <s.leroy@transports-leroy.example>",
         to="support@telematix.example",
         subject="Re: Camionnettes invisibles sur la carte – 3e relance",
         body="""\
Bonjour,

Troisième message, toujours aucune réponse. Nos 12 camionnettes ne
remontent toujours pas sur la carte depuis vendredi. Mes répartiteurs
appellent les chauffeurs un par un pour savoir où ils sont, et on ne peut
plus donner d'heure de livraison aux clients. J'ai besoin d'un retour
aujourd'hui, sinon je demande la résiliation du contrat.

Stéphane Leroy
Transports Leroy

Le lun. 11 mars 2024 à 08:32, Stéphane Leroy <s.leroy@transports-leroy.example> a écrit :
> Bonjour,
>
> Depuis vendredi après-midi, aucune de nos camionnettes n'apparaît sur la
> carte de suivi. Les boîtiers ont l'air allumés (voyant vert). Pouvez-vous
> regarder ?
>
> Stéphane Leroy"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Yannick Brun <y.brun@entrepot-sudlog.example>",
         to="support@etiquettes-industrie.example",
         subject="Étiquettes blanches avec le firmware 3.8",
         body="""\
Bonjour,

Petit souci sur nos imprimantes d'étiquettes LP-420 : depuis la mise à jour
du firmware 3.8, environ une étiquette sur dix sort blanche, sans code-barres.
On a remis le firmware 3.7 sur deux imprimantes et là tout est normal, donc
on tourne comme ça pour l'instant, mais on ne peut pas rétrograder les six
autres sans votre outil.

Pouvez-vous nous dire si un correctif est prévu, ou nous envoyer l'outil de
rétrogradation ?

Cordialement,
Yannick Brun – responsable logistique, SudLog"""),
]
