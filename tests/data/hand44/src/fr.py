# blind45 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Gilles Marchetti <gilles.marchetti@orange-mail.example>",
         to="sav@soleo-energie.example",
         subject="onduleur qui fume !!!",
         body="""\
Bonjour,
je vous ecris vite fait je suis dehors avec les enfants. l'onduleur que vous avez posé dans le garage il y a 3 semaines sent le plastique brulé depuis ce matin et la il y a de la fumée qui sort par le dessus, le boitier est tellement chaud qu'on peut pas poser la main dessus. j'ai coupé le disjoncteur general mais ça sent toujours. les pompiers sont prevenus.
Est ce que quelqu'un peut venir AUJOURD'HUI ? j'ose pas rentrer dans le garage.
Gilles Marchetti
06 12 48 90 33
chantier ref SOL-22817"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Sandrine Roux <sandrine.roux@laposte-perso.example>",
         to="contact@boulangeries-dufour.example",
         subject="ma fille a fait une reaction apres votre brioche",
         body="""\
Bonjour
Hier j'ai acheté une brioche "sans fruits a coque" dans votre boutique de la rue Gambetta, c'etait ecrit sur l'étiquette, j'ai vérifié deux fois parce que ma fille Léa (7 ans) est allergique aux noisettes.
Une demi heure apres le gouter elle avait les levres gonflées, des plaques rouges sur tout le cou et elle toussait sans s'arreter, on a du lui faire l'injection d'adrénaline et on a passé la nuit aux urgences. Elle va mieux ce matin.
J'ai gardé le reste de la brioche et l'emballage avec le numero de lot. Je veux savoir ce qu'il y a dedans et que vous retiriez ce produit des rayons avant qu'un autre enfant se retrouve à l'hopital.
Sandrine Roux"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Karim B. <karim.benali78@free-net.example>",
         to="support@aquaclair-piscines.example",
         subject="decharge dans la piscine",
         body="""\
bonjour c'est urgent
mon fils de 10 ans s'est baigné tout a l'heure et quand il a touché l'echelle en inox il a crié qu'il avait pris du jus, il avait des fourmis dans tout le bras et il tremblait. j'ai mis la main dans l'eau pres du projecteur que votre technicien a changé mardi et ça picote vraiment. j'ai sorti tout le monde de l'eau et coupé la pompe et l'eclairage au tableau.
il faut que quelqu'un vienne verifier, les voisins doivent venir se baigner ce weekend avec leurs petits.
Karim Benali - contrat entretien n° AQ-5521"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Manon Lefevre <manon.lfv@webmel.example>",
         to="aide@rencontr-ici.example",
         subject="qqn a pris mon compte",
         body="""\
Bonjour,
depuis hier soir je ne peux plus me connecter à l'appli, ça me dit mot de passe incorrect alors que je l'ai pas changé. Et ce matin une amie m'a envoyé une capture : "moi" je lui ai écrit depuis mon profil pour lui demander de me renvoyer le code qu'elle allait recevoir par SMS ?! C'est pas moi du tout. L'adresse mail du compte a été changée aussi, je recois plus rien de chez vous.
Il y a mes photos, mon numero, mon quartier sur ce profil... j'ai peur que la personne continue a piéger mes contacts. Bloquez le compte svp et aidez moi a le recuperer.
Manon Lefèvre
pseudo : manon_lyon"""),

    dict(n=5, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Thomas Giraud <t.giraud@atelier-giraud.example>",
         to="support@partagauto.example",
         subject="Freins défaillants Clio GX-418-KP",
         body="""\
Bonjour,
je viens de rendre la Clio GX-418-KP à la station Gare Nord et je tiens à vous prévenir tout de suite : les freins ne fonctionnent pas normalement. Dans la descente de l'avenue Jean Jaurès la pédale s'est enfoncée presque jusqu'au plancher, la voiture tirait fort à gauche et j'ai dû tirer le frein à main pour m'arrêter au feu, à 1 m d'un piéton qui traversait.
Il y avait déjà un voyant orange au démarrage mais je pensais que c'était la pression des pneus.
Merci de la bloquer dans l'appli AVANT que quelqu'un d'autre la prenne, d'après ce que je vois il y a une résa à 14h. On est passé à un mètre de l'accident.
Thomas Giraud"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Julie Perrin <j.perrin@maison-fournier.example>",
         to="support@caissepro.example",
         subject="TR: plus de CB",
         body="""\
Bonjour, aucune de nos 3 boulangeries ne peut encaisser par carte depuis 7h ce matin, c'est samedi c'est notre plus grosse matinée. Urgent svp rappelez moi au 04 78 22 19 60.
Julie Perrin - Maison Fournier

---------- Message transféré ---------
De : Boutique Croix-Rousse <croixrousse@maison-fournier.example>
Date : sam. 9 mars 2024 à 07:41
Objet : plus de CB
À : Julie Perrin <j.perrin@maison-fournier.example>

Julie les terminaux carte marchent plus depuis l'ouverture, ça affiche "connexion serveur..." et ça tourne, pareil a Part-Dieu et a Vaise j'ai appelé les filles. on prend que les especes et les gens repartent, y a la queue jusqu'a dehors. on fait comment ?? Sophie"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Romain Chassagne <romain@la-ruche-coworking.example>",
         to="support@badgeo.example",
         subject="Plus personne ne peut se connecter -> portes bloquées",
         body="""\
Bonjour,
Depuis ce matin 8h aucun de nos membres n'arrive à se connecter à l'appli Badgeo : "identifiants invalides" pour tout le monde, même moi avec le compte admin. Comme l'ouverture des portes passe par l'appli on a une quarantaine de personnes coincées dans le hall et deux boites qui ont des rendez-vous clients dans les salles de réunion à 9h.
J'ai essayé la réinitialisation du mot de passe, le mail n'arrive pas.
On a ouvert la porte principale à la main pour l'instant mais les étages restent fermés. Merci de traiter en priorité.
Romain Chassagne
Gérant - La Ruche, 12 rue des Tanneurs"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Mireille Thomas <mireille.thomas@wanadoo-ish.example>",
         to="aide@biblio-numerique.example",
         subject="l'application ne s'ouvre plus",
         body="""\
Bonjour,
depuis dimanche quand j'ouvre l'application de prêt de livres numériques sur ma tablette ça reste sur l'écran bleu avec le petit rond qui tourne, et rien d'autre. J'ai éteint et rallumé la tablette, désinstallé et réinstallé comme m'a dit mon petit fils, pareil.
J'ai 3 livres empruntés dont un pour mon club de lecture de jeudi et je ne peux plus rien lire du tout.
Pouvez vous m'aider ? Je suis inscrite à la médiathèque de Villeneuve, carte n° 0047 2281.
Merci d'avance
Mireille Thomas"""),

    dict(n=9, signals="outage", priority="high", trap="typo", qt=0, reply=0,
         frm="Seb Morel <seb.morel@mailbox.example>",
         to="support@petitspas-app.example",
         subject="appli plante direct",
         body="""\
salut, depuis la maj d'hier l'appli plante des que je l'ouvre (logo puis retour a l'acceuil du tel). iphone 12 a jour, j'ai reinstaller 2 fois. du coup je vois plus les messages de la creche ni les photos ni rien, et ce matin j'ai meme pas pu signaler que le petit etait malade. c'est la seule facon de communiquer avec la creche, vous avez une solution ??"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nadia Lacroix <contact@demenagements-lacroix.example>",
         to="support@devisflow.example",
         subject="envoi des photos bloqué dans les devis en ligne",
         body="""\
Bonjour,
Depuis lundi quand nos clients remplissent le formulaire de devis en ligne, l'envoi des photos des pièces reste bloqué à 0% (le reste du formulaire passe bien). On leur demande d'envoyer les photos par mail en attendant donc on arrive à travailler, mais c'est du boulot en plus pour ma collègue qui doit tout rattacher à la main.
Vous pouvez regarder ?
Cordialement,
Nadia Lacroix
Déménagements Lacroix"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Pierre-Yves Bonnet <py.bonnet@ecole-les-chamois.example>",
         to="paiements@skibook.example",
         subject="reversement de fevrier toujours pas recu",
         body="""\
Bonjour,
le reversement des réservations de février (12 430,50 €) devait arriver le 5 et on est le 14, toujours rien sur le compte. Dans votre tableau de bord c'est marqué "en cours" depuis 9 jours.
Je dois payer les moniteurs vendredi, j'ai 11 personnes qui attendent leur paie et la banque ne me fera pas d'avance. J'ai besoin d'une date precise ou d'une reference de virement aujourd'hui.
PY Bonnet
École de ski Les Chamois - Valloire"""),

    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Camille Dumas <camille.dumas@courriel.example>",
         to="reservations@enigma-room.example",
         subject="Re: Annulation de votre session du 2 mars",
         body="""\
Bonjour,
ca fait maintenant 3 semaines et je n'ai toujours pas été remboursée des 96 €, rien sur mon compte. Vous pouvez me dire où ça en est svp ?
Camille

Le 4 mars 2024 à 10:12, Enigma Room <reservations@enigma-room.example> a écrit :
> Bonjour Madame Dumas,
> Suite à la panne électrique générale de notre bâtiment samedi soir, nous avons dû
> annuler toutes les sessions de la soirée, nos systèmes étaient hors service.
> Nous vous présentons nos excuses. Le remboursement intégral de votre réservation
> sera effectué sous 5 jours ouvrés sur la carte utilisée.
> L'équipe Enigma Room"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lucas Fontaine <lucas.fontaine@mel.example>",
         to="accueil@clinique-vet-tilleuls.example",
         subject="payé 2 fois la consultation de mon chien",
         body="""\
Bonjour,
J'ai réglé la consultation de Rocky (vaccins + vermifuge, 78,40€) par le lien de paiement que vous m'avez envoyé par SMS samedi. La page a mis longtemps et j'ai recliqué, et du coup j'ai 2 prélèvements de 78,40 sur mon relevé. Pouvez vous en rembourser un ? Je peux envoyer une capture du relevé si besoin.
Bonne journée
Lucas Fontaine"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Anaïs Roche <anais@atelier-filrouge.example>",
         to="aide@coworkly.example",
         subject="où trouver les factures ?",
         body="""\
Bonjour, petite question : mon comptable me demande toutes les factures de mon abonnement coworking pour 2023. Je les trouve pas dans mon espace, il y a juste les 3 dernières. Comment je peux les télécharger toutes d'un coup ? Merci !
Anaïs (Atelier Fil Rouge)"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Hugo Mercier <hmercier.musique@boitemail.example>",
         to="support@cours-en-ligne-pro.example",
         subject="impossible de me connecter, code envoyé sur mon ancien numéro",
         body="""\
Bonjour,
j'ai changé de numero de téléphone le mois dernier et j'avais oublié de le mettre a jour chez vous. Maintenant à chaque connexion vous envoyez le code de vérification sur l'ancien numéro (celui qui finit par 14) que je n'ai plus, donc impossible d'entrer dans mon compte.
Je donne tous mes cours de guitare par votre plateforme, j'en ai 4 cet après-midi et je ne peux pas les lancer. Comment on fait pour prouver que c'est bien moi ? Je peux envoyer ma carte d'identité.
Hugo Mercier"""),

    dict(n=16, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Bernard Caillaux <b.caillaux@aol-like.example>",
         to="service.client@panier-du-coin.example",
         subject="fermeture compte + remboursement du solde",
         body="""\
Bonjour,
nous déménageons à Rennes à la fin du mois et vous ne livrez pas là-bas, je voudrais donc que vous fermiez mon compte client et que vous supprimiez mes coordonnées.
Il me reste 45,00 € de crédit prépayé dans le porte-monnaie du compte, merci de me le rembourser sur ma carte ou par virement, je vous envoie mon RIB si besoin. Dans l'appli je ne vois pas de bouton pour supprimer le compte, seulement "mettre en pause".
Cordialement
B. Caillaux"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elodie Vasseur <elodie.vasseur@post.example>",
         to="support@grimpe-app.example",
         subject="mail de reinitialisation jamais reçu",
         body="""\
Bonjour j'ai oublié mon mot de passe pour l'appli de la salle (Bloc Session Nantes), j'ai fait "mot de passe oublié" au moins 5 fois depuis hier mais je recois jamais le mail, j'ai regardé dans les spams et les promotions rien. L'adresse c'est bien celle ci. Pour l'instant je montre ma carte à l'accueil pour rentrer mais je peux plus reserver de creneaux en ligne. Merci
Elodie"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jérôme Pasquier <jerome.pasquier@nouvelle-adresse.example>",
         to="aide@rencontr-ici.example",
         subject="changer mon adresse mail",
         body="""\
bonjour
je vais fermer ma vieille boite hotmail bientot, comment je fais pour mettre ma nouvelle adresse sur mon compte sans perdre mes conversations ? j'ai pas trouvé dans les paramètres. merci"""),

    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Hélène Garnier <garnier.famille@maisonmail.example>",
         to="info@ecole-les-chamois.example",
         subject="question stage hors piste ados",
         body="""\
Bonjour,
mon fils de 15 ans voudrait faire votre stage "hors-piste découverte" pendant les vacances de février. Je vous avoue que je suis une mère un peu angoissée : l'an dernier un copain à lui s'est cassé la jambe sur une piste rouge et depuis je vois des avalanches et des chutes partout.
Est-ce que vous fournissez le matériel de sécurité (DVA, pelle, sonde) ou il faut le louer ? Est-ce que les moniteurs font un exercice de recherche de victime avant de partir ? Et le casque est obligatoire ?
Merci pour vos réponses
Hélène Garnier"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Margaux B. <margaux.b@boitemail.example>",
         to="contact@boulangeries-dufour.example",
         subject="votre nouveau flan !!!",
         body="""\
Coucou l'équipe de la rue Gambetta,
Juste pour dire que votre flan à la vanille est une TUERIE. J'en suis morte, mon copain a failli tomber dans les pommes à la première bouchée, et ma belle-mère qui critique tout a dit que c'était à se damner. Bref vous allez nous tuer, on vient tous les samedis maintenant.
Seul bémol : la vendeuse m'avait prévenue qu'il sortait du four et j'ai pas attendu... langue cramée mais ça valait le coup 😅
Continuez !!
Margaux"""),

    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Dr Patrick Lemoine <p.lemoine@clinique-vet-tilleuls.example>",
         to="support@vetosoft.example",
         subject="mail suspect soi-disant de chez vous",
         body="""\
Bonjour,
Pour info, notre secrétaire a reçu ce matin un mail "Vetosoft - alerte sécurité : votre compte sera suspendu, confirmez vos identifiants" avec un lien vers vetosoft-securite-login.example. Ça ressemblait clairement à une tentative de phishing, elle n'a pas cliqué et n'a rien saisi, on l'a supprimé. Aucun mot de passe n'a été donné, aucune connexion bizarre de notre côté.
Je vous le signale pour que vous préveniez les autres cliniques, ça a l'air de circuler.
Dr Patrick Lemoine
Clinique vétérinaire des Tilleuls"""),

    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Yannick Robert <gerant@enigma-room.example>",
         to="partenaires@resa-loisirs.example",
         subject="nouvelle salle \"Panne Générale\" à ajouter",
         body="""\
Bonjour,
On ouvre le 15 avril une nouvelle salle qui s'appelle "Panne Générale" : le scénario c'est un data center où tout est en rade, les serveurs crashent les uns après les autres et les joueurs ont 60 min pour tout remettre en ligne avant le blackout total. Ambiance lumières qui coupent, alarmes, écrans qui plantent etc.
Comment je fais pour la créer sur votre plateforme avec ses propres créneaux ? Et est-ce que je peux mettre une vidéo teaser sur la fiche ?
Merci !
Yannick, gérant d'Enigma Room"""),

    dict(n=23, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Théo Marchal <theo.marchal@etu-univ.example>",
         to="contact@mediatheque-villeneuve.example",
         subject="dispo de livres",
         body="""\
bonjour, pour mon expo de français je dois lire "L'Argent" de Zola et un polar qui s'appelle "Le Mot de passe" (l'auteur j'ai oublié). Est ce que vous les avez en rayon, et est ce que je peux les reserver sur le site ou faut passer au guichet ? merci bcp"""),

    dict(n=24, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Odile Perrault <odile.perrault@free-net.example>",
         to="support@grimpe-app.example",
         subject="Re: Votre compte est débloqué",
         body="""\
Super ça remarche, merci beaucoup pour la rapidité ! Bonne journée à toute l'équipe
Odile

Le mar. 12 mars 2024 à 09:03, Support Grimpe App <support@grimpe-app.example> a écrit :
> Bonjour Odile,
> Votre compte avait été verrouillé après plusieurs tentatives de connexion avec un
> mauvais mot de passe. Nous l'avons débloqué, vous pouvez vous reconnecter.
>
> > Le lun. 11 mars 2024, Odile Perrault a écrit :
> > bonjour je suis bloquée impossible de me connecter a mon compte, ça dit compte verrouillé
> > merci de m'aider"""),
]
