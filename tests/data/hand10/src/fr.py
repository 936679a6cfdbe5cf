# blind11 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mathilde Guérin <m.guerin@orangemail.example>",
         to="sav@cuisinea.example",
         subject="Friteuse à air AF-550 : odeur bizarre et fiche déformée",
         body="""\
Bonjour,

Depuis deux jours, notre friteuse à air AF-550 (achetée en mars chez vous) dégage une odeur
de plastique fondu dès qu'on la met en route. Ce soir, au bout d'une dizaine de minutes, j'ai
entendu un petit claquement sec et la lumière de la cuisine a vacillé deux fois.

Quand j'ai voulu la débrancher, la fiche était tellement chaude que j'ai dû la tirer avec un
torchon. En la regardant de près, le plastique autour des broches est devenu marron et tout
gondolé, et la prise murale est noircie sur le bord.

Je l'ai laissée débranchée sur le balcon. Mes enfants s'en servent souvent tout seuls pour les
frites du mercredi, donc je voudrais savoir ce qu'il faut faire avant que quelqu'un la rebranche.

Numéro de série : AF550-23-884120

Merci de me répondre rapidement.
Mathilde Guérin"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Claire Fontaine <claire.fontaine@laposte-mail.example>",
         to="service.client@jouets-pirouette.example",
         subject="Pingouin musical PP-12 : il manque une pile",
         body="""\
Bonjour,

Je vous écris depuis la salle d'attente de l'hôpital pédiatrique.

Ce matin, le couvercle du compartiment à piles du pingouin musical de ma fille (19 mois) s'est
détaché tout seul : la petite vis est restée dans le jouet mais le clapet ne tient plus. Il y
avait trois piles bouton, il n'en reste que deux. Depuis midi elle a vomi deux fois, elle bave
beaucoup et refuse de boire, même son biberon.

Les médecins veulent savoir exactement quel type de pile est dans ce jouet (diamètre, référence,
marque). Pouvez-vous me donner l'information le plus vite possible ?
Modèle PP-12, lot 0423, acheté en décembre.

Rappelez-moi au 01 99 00 47 21.
Claire Fontaine"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sandrine Lefort <rh@menuiserie-lefort.example>",
         to="support@tempo-rh.example",
         subject="URGENT - bulletins de paie d'une autre entreprise visibles dans notre espace",
         body="""\
Madame, Monsieur,

Ce matin, en ouvrant le module Paie de TempoRH pour récupérer nos bulletins de novembre, notre
comptable a trouvé dans notre espace 38 bulletins de salaire d'une autre société (un
transporteur de la région lyonnaise, d'après l'en-tête) : noms, adresses, numéros de sécurité
sociale, IBAN et montants des salaires. Nous avons ouvert un seul fichier pour vérifier, puis
plus rien.

Cela veut très probablement dire que les bulletins de nos 24 salariés sont visibles chez
quelqu'un d'autre. C'est une violation de données personnelles au sens du RGPD et nous devons
savoir ce qui s'est passé, qui a pu consulter nos données et depuis quand.

Merci de couper l'accès à ce module en attendant et de rappeler notre DPO, M. Arnaud Peyrot,
au 04 99 12 30 55.

Cordialement,
Sandrine Lefort
Responsable RH, Menuiserie Lefort & Fils"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Nadia Benali <nadia.b@webmail-fr.example>",
         to="conseil@beaute-naturelle.example",
         subject="Question sur la coloration Noisette 6.3",
         body="""\
Bonjour,

Est-ce normal qu'après une coloration Noisette 6.3 le cuir chevelu se mette à suinter ?

Je l'ai faite hier soir en suivant la notice (j'avoue avoir sauté la touche d'essai derrière
l'oreille, j'utilise cette teinte depuis des années). Cette nuit ça a commencé à gratter. Ce
matin j'ai des plaques rouges qui descendent sur le front et dans le cou, mes paupières sont
tellement gonflées que j'ouvre à peine l'œil gauche, et j'ai l'impression d'avoir la gorge
serrée quand j'avale.

La formule a-t-elle changé ? Le tube n'a pas le même emballage que d'habitude.

Bien à vous,
Nadia Benali"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Marchal <gaec.troischenes@agri-mail.example>",
         to="assistance@lelix-traite.example",
         subject="Robot A5 - message E-214 depuis 4h ce matin",
         body="""\
Bonjour,

Depuis 4 h ce matin le robot affiche E-214 « communication bras » et refuse toutes les vaches.
J'ai redémarré deux fois, coupé le courant, rien à faire. Les 118 vaches n'ont pas été traites
depuis hier soir, elles s'entassent devant le box et le camion de la laiterie passe à 14 h.
Le technicien d'astreinte ne décroche pas au 03 99 41 20 80.

Il me faut quelqu'un sur place aujourd'hui, pas demain.

GAEC des Trois Chênes - Julien Marchal
06 99 78 14 02"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kevin Tran <lepetitwok@restomail.example>",
         to="partenaires@miamlivraison.example",
         subject="Tablette restaurant : plus aucune commande qui arrive depuis 19h",
         body="""\
Bonsoir,

Je suis le gérant du Petit Wok (partenaire n° 55219). Depuis 19 h la tablette n'affiche plus
aucune nouvelle commande. Pendant ce temps les clients nous appellent pour savoir où est leur
repas : ils ont payé dans l'appli, et les livreurs arrivent chez nous avec des numéros de
commande qu'on n'a jamais vus. Il y en a une quinzaine qui attendent devant la porte et on
cuisine à l'aveugle en recopiant les numéros sur un bloc-notes.

On est vendredi soir, c'est notre plus gros service de la semaine.
The tablet only says "Sync pending - retrying" and nothing else, even after a restart.

Rappelez-moi au 01 99 65 33 10.
Kevin Tran"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Inès Moreau <ines.moreau@etu.univ-loire.example>",
         to="assistance-moodlix@univ-loire.example",
         subject="Impossible de déposer mon mémoire dans l'espace Rendus",
         body="""\
Bonjour,

Je suis en M1 de droit (n° étudiant 21904477). Depuis hier soir, quand j'essaie de déposer mon
mémoire dans l'espace « Rendus » du cours de Droit des contrats, la barre de progression reste
bloquée à 0 %, puis la page se recharge et mon fichier disparaît. J'ai essayé avec Firefox et
Chrome, depuis la BU et depuis chez moi, avec un PDF de 2 Mo seulement.

La date limite est demain à 23 h 59. Que dois-je faire ?

Merci d'avance,
Inès Moreau"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hugo Perrin <hugo@racinesdugout.example>",
         to="support@ondecast.example",
         subject="Épisodes programmés publiés avec plusieurs heures de retard",
         body="""\
Bonjour,

Depuis lundi, mes épisodes programmés sortent avec 3 à 5 heures de retard sur Spotify et
Apple Podcasts : le flux RSS ne se met à jour que bien après l'heure prévue. Si je clique à la
main sur « Publier maintenant », l'épisode passe tout de suite, donc je m'en sors, mais c'est
pénible quand l'épisode est annoncé sur les réseaux pour 7 h.

Podcast : « Les Racines du Goût », compte Pro.

Merci de regarder ça,
Hugo Perrin"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Gérard Lemoine <tresorier@apiculteurs-vexin.example>",
         to="support@hebergix.example",
         subject="Site de l'association inaccessible ?",
         body="""\
Bonjour,

Est-ce normal que notre site apiculteurs-vexin.example affiche « 503 Service Unavailable »
depuis hier midi ? Je n'ai rien modifié. Les adhérents m'écrivent parce qu'ils ne peuvent plus
télécharger le bulletin ni s'inscrire à la journée d'extraction de miel de samedi, et le
panneau d'administration ne s'ouvre pas non plus.

Offre Hébergement Perso, contrat HB-20931.

Cordialement,
Gérard Lemoine, trésorier"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Bernard Chevalier <b.chevalier@free-courrier.example>",
         to="club@vignerons-reunis.example",
         subject="Double prélèvement pour le coffret d'automne",
         body="""\
Bonjour,

Membre du Club depuis 2021, je constate sur mon relevé deux prélèvements de 89,00 € le
3 octobre, libellés « COFFRET AUTOMNE », alors que je n'ai commandé et reçu qu'un seul coffret.
Pouvez-vous me rembourser le second ?

Numéro de membre : CV-40917.

Merci d'avance et bonne journée,
Bernard Chevalier"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Théo Marchand <theo.marchand@messagerie.example>",
         to="gestion@agence-duroc-immo.example",
         subject="Appartement 12 rue des Tanneurs - suite de mon départ",
         body="""\
Bonjour Madame Duroc,

Je me permets de revenir vers vous au sujet de l'appartement du 12 rue des Tanneurs (3e étage
gauche), que j'ai quitté le 31 août après quatre ans de location.

Pour rappel, l'état des lieux de sortie s'est fait avec votre collègue M. Vasseur le 31 au
matin ; il n'a relevé qu'un joint de silicone à refaire dans la salle de bain, que j'ai fait
réparer le jour même (la facture du plombier est jointe à mon précédent courrier). Les trois
jeux de clés et les deux badges du parking ont été rendus, et le relevé des compteurs figure
sur le document signé. J'ai aussi transmis ma nouvelle adresse et résilié l'assurance
habitation à la même date.

Je vous ai également laissé le manuel de la chaudière et la télécommande du portail dans le
tiroir de la cuisine, comme demandé.

Or, à ce jour, je n'ai toujours pas reçu la restitution de mon dépôt de garantie de 1 650 €,
alors que le délai d'un mois est largement dépassé. Je me retrouve dans une situation
compliquée : je dois verser le dépôt de garantie de mon nouveau logement avant vendredi, faute
de quoi le propriétaire le proposera à un autre candidat. Sans ce virement je n'ai pas la somme.

Pourriez-vous procéder au virement cette semaine, sur le RIB joint ?

Je vous remercie par avance,
Théo Marchand
06 99 31 84 50"""),

    dict(n=12, signals="payment", priority="medium", trap="payout", qt=0, reply=0,
         frm="Lucie Garnier <lucie.garnier@mailbox-fr.example>",
         to="aide@revendo.example",
         subject="Virement de ma vente en échec",
         body="""\
Bonjour,

J'ai vendu une machine à coudre sur Revendo la semaine dernière (annonce 7781204) et
l'acheteuse a confirmé la réception le 12. Le virement de 145 € vers mon compte bancaire
apparaît dans mon porte-monnaie comme « Échec - contactez le support ». Mon IBAN n'a pas changé
et mes ventes précédentes sont toutes bien arrivées.

Pouvez-vous relancer ce virement ?

Merci,
Lucie Garnier"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Paul Renaud <paul.renaud@courriel.example>",
         to="contact@panierfrais.example",
         subject="Petite question sur les frais de service",
         body="""\
Bonjour, simple curiosité : sur ma dernière commande (n° 66120) il y a une ligne « frais de
service 0,79 € » en plus de la livraison. C'est nouveau ? Ça correspond à quoi ?
Rien de grave, je voulais juste comprendre. Merci !
Paul"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Élodie Rousseau <atelier.rousseau@couture-mail.example>",
         to="support@comptafacile.example",
         subject="Compte verrouillé, lien de réinitialisation invalide",
         body="""\
Bonjour,

Mon compte Comptafacile est verrouillé après trois mauvais mots de passe, et le lien de
réinitialisation reçu par e-mail affiche « lien invalide ou expiré » alors que je clique dessus
dans la minute. Identifiant : atelier.rousseau.

Pouvez-vous le débloquer ? Merci.
Élodie Rousseau"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Marc-Antoine Giraud <ma.giraud@pmail.example>",
         to="support@coffrefort-app.example",
         subject="Code SMS envoyé sur mon ancien numéro",
         body="""\
Bonjour,

J'ai changé d'opérateur et de numéro le mois dernier. Depuis, à chaque connexion à Coffrefort
sur mon nouvel ordinateur, le code de vérification part sur l'ancien numéro (qui se termine par
47) et je ne peux pas aller plus loin. Sur mon téléphone l'appli est toujours connectée, mais je
ne trouve pas où changer le numéro sans le code. Sorry, I also tried the English help page but
the "Update phone number" link just loops back to the login screen.

Comment faire ?
Marc-Antoine Giraud"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Véronique Petit <vero.petit@famille-petit.example>",
         to="aide@photonuage.example",
         subject="Re: Votre remboursement - commande 88213",
         body="""\
Bonjour,

Merci pour le remboursement, c'est bien reçu.

Par contre, depuis hier mon compte a disparu : quand je me connecte, j'ai « aucun compte associé
à cette adresse e-mail », et tous mes albums (dix ans de photos de famille) ne sont plus
visibles. Est-ce que mon profil a été supprimé en même temps que la commande ? Je n'ai rien
demandé de tel. Pouvez-vous le restaurer ?

Véronique Petit

Le 14 mars 2025 à 10:12, Service client PhotoNuage <aide@photonuage.example> a écrit :
> Bonjour Madame Petit,
>
> Nous avons procédé au remboursement de 42,90 € pour la commande 88213 (tirages abîmés
> pendant le transport). Le montant apparaîtra sur votre compte sous 5 jours ouvrés.
>
> Bien cordialement,
> Le service client PhotoNuage"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jacqueline Roy <jacqueline.roy@wanadoo-ancien.example>",
         to="support@sauvegardo.example",
         subject="Changer l'adresse e-mail de mon compte",
         body="""\
Bonjour,

Je change de fournisseur d'accès et mon adresse actuelle va être fermée à la fin du mois.
Comment modifier l'adresse de connexion de mon compte Sauvegardo sans perdre mes sauvegardes ?

Merci beaucoup,
Jacqueline Roy"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Olivier Bertin <olivier.bertin@bois-bertin.example>",
         to="support@forestia.example",
         subject="RE: Votre question sur la chaîne de la TR-45",
         body="""\
Merci beaucoup pour ces explications, c'est très clair. Je vais commander la chaîne 3/8" et la
lime ronde de 4 mm sur votre site.

Bonne journée,
Olivier Bertin

-----Message d'origine-----
De : Support Forestia <support@forestia.example>
Envoyé : mardi 8 avril 2025 15:02
À : Olivier Bertin
Objet : Votre question sur la chaîne de la TR-45

> Bonjour Monsieur Bertin,
>
> La TR-45 accepte uniquement les chaînes au pas de 3/8" basse hauteur. Pour votre sécurité,
> ne montez jamais une chaîne d'un autre pas : elle peut sauter du guide et provoquer des
> blessures graves. Portez toujours gants, lunettes et pantalon anti-coupure.
>
> Cordialement,
> Support Forestia"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Aurélie Fabre <aurelie.fabre@boitemail.example>",
         to="contact@mixeo.example",
         subject="Votre blender Tornade, une bombe !",
         body="""\
Bonjour,

Juste un petit mot : le blender Tornade 1200 est une tuerie. Je l'ai acheté pour les soupes et
je m'en sers tous les jours, mes smoothies explosent tout et mes enfants se battent pour le
dernier verre. Seul petit regret : le couvercle est un peu dur à clipser.

Continuez comme ça !
Aurélie"""),

    dict(n=20, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Stéphane Maes <s.maes@maes-famille.example>",
         to="info@jardin-des-bonds.example",
         subject="Trampoline Volcan 366 - questions avant achat",
         body="""\
Bonjour,

Nous hésitons entre le Volcan 366 et le Cratère 430 pour notre jardin. Nos enfants ont 4 et
7 ans : le filet de protection est-il fourni avec les deux modèles ? Si le trampoline ne
convient pas, peut-on le retourner et être remboursé même si le carton a été ouvert ?
Et livrez-vous en Belgique (Namur) ?

Merci d'avance,
Stéphane Maes"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Françoise Lambert <f.lambert@jardinmail.example>",
         to="sav@verdo-robots.example",
         subject="Re: Tondeuse Verdo R600 bloquée - ticket 30418",
         body="""\
Bonjour Yannick,

Je vous confirme que tout fonctionne de nouveau depuis la mise à jour que vous m'avez envoyée.
La tondeuse était en panne depuis une semaine et la pelouse commençait à ressembler à une
prairie, mais ce matin elle a fait tout son tour et elle est rentrée seule à sa base.

Merci pour votre patience au téléphone, vous pouvez clôturer le ticket.

Françoise Lambert"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="AquaJardin <newsletter@aquajardin.example>",
         to="contact@jardinerie-dupuis.example",
         subject="Alerte canicule : vos bassins sont-ils prêts ?",
         body="""\
LA LETTRE AQUAJARDIN - juillet 2025

Alerte canicule : protégez vos poissons !
Au-delà de 28 °C, l'eau d'un bassin perd une grande partie de son oxygène. Une panne de pompe
en pleine chaleur peut suffire à asphyxier vos carpes koï en une nuit. Nos conseils :
- vérifiez le débit de votre pompe chaque semaine ;
- ajoutez un aérateur de secours ;
- ombragez un tiers de la surface.

Offre de la semaine : -20 % sur les pompes AquaFlux 3000 et 5000 avec le code ETE25.

Webinaire gratuit jeudi 18 h : « Bassins et fortes chaleurs ».

Vous recevez cette lettre car vous êtes client professionnel AquaJardin.
Se désinscrire : aquajardin.example/desinscription"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Samuel Nguyen <sam.nguyen@makerlab.example>",
         to="support@filamo3d.example",
         subject="Impressions envoyées depuis l'appli restent « En attente »",
         body="""\
Bonjour,

Depuis la mise à jour 4.2 de PrintCloud, les impressions que j'envoie depuis l'appli vers ma
Filamo X2 restent indéfiniment « En attente ». L'imprimante apparaît bien en ligne dans l'appli.
En passant par une clé USB, tout démarre normalement, donc je fais comme ça en attendant,
mais ce serait bien de retrouver l'envoi à distance.

Firmware imprimante : 2.8.1, appli Android.

Merci,
Samuel Nguyen"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Amandine Roux <amandine.roux@laposte-mail.example>",
         to="contact@conduitefacile.example",
         subject="Re: Compte élève suspendu - TROISIÈME relance",
         body="""\
Bonjour,

Je vous écris pour la troisième fois et toujours aucune réponse. Mon examen du code est jeudi
matin et je ne peux toujours pas me connecter à mon compte élève : impossible de faire les
séries d'entraînement ni de télécharger ma convocation. Si je n'ai pas la convocation, je ne
pourrai pas me présenter et je devrai attendre deux mois pour une nouvelle date.

Merci de débloquer mon compte aujourd'hui.
Amandine Roux

Le lun. 3 mars 2025 à 18:40, Amandine Roux <amandine.roux@laposte-mail.example> a écrit :
> Bonjour,
> Mon compte élève (n° 58-2290) affiche « compte suspendu » depuis que j'ai changé de forfait
> la semaine dernière. Je ne peux plus me connecter ni à l'appli ni au site.
> Merci de regarder,
> Amandine Roux"""),
]
