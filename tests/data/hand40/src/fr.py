# blind41 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lefèvre <sandrine.lefevre@orange-mail.example>",
         to="sav@cuisipro.example",
         subject="Autocuiseur Vitaflash 6 L – couvercle ouvert en pleine cuisson",
         body="""\
Bonjour,

Hier soir, j'ai fait cuire une soupe dans l'autocuiseur Vitaflash 6 L acheté chez vous en septembre (commande n° CP-558104). La soupape sifflait normalement. Au bout d'une vingtaine de minutes, le couvercle s'est ouvert d'un coup alors que la poignée était toujours verrouillée, et la soupe bouillante a giclé jusqu'au plan de travail d'en face.

Ma fille de 12 ans était à côté de la cuisinière. Elle a été brûlée à l'avant-bras et dans le cou, nous avons passé la nuit aux urgences. Le médecin parle de brûlures du deuxième degré, elle doit y retourner tous les deux jours pour les pansements.

J'ai gardé l'appareil tel quel, je n'y ai pas touché. Le joint avait été changé il y a un mois, avec le joint d'origine que vous vendez.

Je voudrais savoir ce que je dois faire de l'autocuiseur, et si d'autres personnes vous ont signalé la même chose : ma sœur a le même modèle.

Sandrine Lefèvre
12 rue des Tilleuls, 01000 Bourg-en-Bresse
06 71 48 22 90"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thomas Garnier <t.garnier@laposte-mail.example>",
         to="contact@lepanierduchef.example",
         subject="TR: Box famille semaine 49",
         body="""\
Bonjour,

Je vous transfère le message de ma femme, elle est encore à l'hôpital avec notre fils. Merci de nous répondre vite, il nous reste d'autres plats de la même box au frigo.

Thomas Garnier

---------- Message transféré ---------
De : Aurélie Garnier <aurelie.garnier@laposte-mail.example>
Date : mar. 8 déc. 2026 à 21:47
Objet : Box famille semaine 49
À : Thomas Garnier <t.garnier@laposte-mail.example>

Tu peux écrire à la boîte des paniers repas stp, moi je n'ai pas la tête à ça.

Ce soir Hugo a mangé le dessert de la box, le « moelleux chocolat sans fruits à coque » d'après l'étiquette. Cinq minutes après, ses lèvres gonflaient, il avait des plaques rouges sur le cou et il toussait sans arrêt. Je lui ai fait l'injection avec son stylo d'adrénaline et j'ai appelé le 15. Le SAMU l'a emmené, il reste en observation cette nuit. Le médecin pense à de la noisette.

Garde l'emballage et le bon de livraison, c'est la commande n° 2026-49-31187. Il reste deux moelleux dans le carton, n'y touchez pas.

Aurélie"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benali <k.benali@free-mail.example>",
         to="service.client@banque-lumiere.example",
         subject="Paiements que je n'ai pas faits",
         body="""\
Bonjour,
3 paiements cette nuit sur ma carte qui finit par 4471 : 289,90 €, 289,90 € et 412 € sur un site de high-tech que je ne connais pas. J'ai la carte sur moi, je n'ai rien acheté. J'ai fait opposition dans l'appli mais les montants sont quand même débités. Je fais quoi maintenant ?
Karim Benali

Envoyé de mon iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Monique Perrin <monique.perrin@wanadoo-mail.example>",
         to="espace-adherent@mutuelle-horizon.example",
         subject="Je ne peux plus entrer dans mon espace adhérent et mon RIB a été changé",
         body="""\
Madame, Monsieur,

Je suis adhérente chez vous depuis 2011 (n° d'adhérent 7740 2215 09).

Mardi, j'ai reçu un courrier de votre part me confirmant la modification de mes coordonnées bancaires pour les remboursements. Je n'ai jamais demandé cela. Quand j'ai voulu vérifier sur internet, mon mot de passe n'était plus accepté, et la page « mot de passe oublié » envoie le lien à une adresse qui commence par « m.perrin.7… », que je ne connais pas. Ce n'est pas la mienne.

J'ai deux remboursements en attente, pour mes lunettes et pour une hospitalisation de jour, et je crains qu'ils partent sur ce compte-là.

Pourriez-vous bloquer toute modification sur mon dossier et me rappeler au 04 78 31 56 02, de préférence le matin ?

Avec mes remerciements,
Monique Perrin"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr Émilie Roussel <secretariat@cabinet-roussel-dentaire.example>",
         to="support@dentilogic.example",
         subject="Impossible d'ouvrir les dossiers patients – cabinet de 3 praticiens",
         body="""\
Bonjour,

Depuis 8 h ce matin, le logiciel s'ouvre sur les trois postes du cabinet, mais dès qu'on clique sur un patient on a le sablier puis le message « Base de données inaccessible (code 0x2F) ». Aucun accès aux dossiers, aux radios panoramiques ni aux plans de traitement.

Nous sommes trois praticiens avec 46 rendez-vous aujourd'hui, dont deux poses d'implants cet après-midi pour lesquelles il nous faut les images 3D. Nous avons déjà dû renvoyer chez eux les patients de 8 h 30 et de 9 h.

Notre informaticien a redémarré le serveur du cabinet, sans changement. Numéro client : DL-20488.

Merci de nous rappeler au plus vite au 03 88 24 61 70.

Cordialement,
Dr Émilie Roussel
Cabinet dentaire Roussel & associés – Strasbourg"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Julien Marchand <j.marchand@logistique-valdoise.example>",
         to="support@expedi-connect.example",
         subject="URGENT – aucune étiquette transporteur générée depuis 6 h, expéditions à l'arrêt",
         body="""\
Bonjour,

Depuis 6 h ce matin, votre module ne génère plus aucune étiquette transporteur : chaque commande passe au statut « en attente d'étiquette » et y reste. Nos préparateurs ont terminé les colis mais nous ne pouvons pas les expédier.

À 10 h 30, nous avons 1 340 colis bloqués à quai pour nos 11 clients e-commerce, et les enlèvements Colissimo et DPD sont prévus à 15 h. Si rien n'est débloqué d'ici là, toutes les livraisons de la journée partiront avec 24 h de retard, en pleine période de Noël.

Ticket ouvert ce matin : #EC-77102, sans réponse à ce stade. Merci de traiter ce point en priorité absolue.

Julien Marchand
Responsable d'exploitation
Logistique Val d'Oise SAS
ZA des Béthunes – 95310 Saint-Ouen-l'Aumône
Tél. : 01 34 21 08 55 – Port. : 06 12 87 40 33

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Logistique Val d'Oise SAS décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Léa Fontaine <lea.fontaine@atelier-lf.example>",
         to="assistance@netbox-telecom.example",
         subject="Plus de connexion depuis hier soir – je travaille de chez moi",
         body="""\
Bonjour,

Depuis hier vers 22 h, ma box affiche un voyant rouge fixe et plus aucun appareil de la maison n'accède à internet, ni en wifi ni en câble. Le téléphone fixe est muet lui aussi. J'ai débranché la box dix minutes, puis fait la réinitialisation avec le trombone comme indiqué sur votre site : toujours rouge.

Je suis graphiste indépendante et je travaille uniquement depuis chez moi. Je dois livrer des fichiers lourds à un client aujourd'hui avant 17 h et je fais tout en partage de connexion avec mon téléphone, qui rame.

Ligne : 04 67 55 19 83 – contrat n° NB-3310927.
Pouvez-vous m'envoyer un technicien ou au moins me dire ce qui se passe ?

Léa Fontaine
Envoyé depuis mon mobile"""),

    dict(n=8, signals="outage", priority="high", trap="nonnative", qt=0, reply=0,
         frm="Minh Tran <epicerie.saigon@commerce-mail.example>",
         to="support@paytermi.example",
         subject="terminal carte refuse tout depuis ce matin",
         body="""\
Bonjour,

Je suis le gérant de l'épicerie Saigon à Lyon 7e, contrat TPE n° 80-441-27.
Depuis l'ouverture ce matin 9h le terminal il refuse toutes les cartes, il affiche "ERREUR COMMUNICATION 05" et après il imprime un ticket "abandon". J'ai essayé avec ma carte à moi, pareil. J'ai redémarré plusieurs fois et changé la prise, le wifi marche bien pour le reste.

Beaucoup de clients paie seulement par carte, et jeudi c'est jour du marché, il y a le plus de monde de la semaine. Déjà plusieurs personnes sont reparti sans acheter. Je suis tout seul dans le magasin.

Merci de me appeler vite au 06 58 12 93 47.
Minh Tran"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Nathalie Bertin <n.bertin@dubreuil-avocats.example>",
         to="support@signaflow.example",
         subject="Plusieurs remarques sur Signaflow",
         body="""\
Bonjour,

Quelques points concernant notre compte cabinet (Dubreuil Avocats, 4 utilisateurs) :

- le logo du cabinet apparaît un peu flou dans l'en-tête des documents envoyés ; rien de grave, mais pourrait-on le remplacer par une version plus nette ?
- depuis la mise à jour de mardi, les clients ne reçoivent plus l'e-mail qui les invite à signer. Le document est bien créé et le lien figure dans notre tableau de bord, mais rien n'arrive chez eux (vérifié avec trois clients, spams compris). Pour l'instant je copie le lien et je l'envoie moi-même depuis Outlook : ça dépanne, mais c'est long, nous avons une quinzaine de conventions d'honoraires par semaine ;
- enfin, serait-il possible d'ajouter un champ « numéro de dossier » dans les modèles ?

Merci d'avance,

Nathalie Bertin
Assistante juridique – Cabinet Dubreuil Avocats
8 cours Mirabeau, 13100 Aix-en-Provence"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Bastien Morel <bastien.morel@sfr-mail.example>",
         to="support@movida-fitness.example",
         subject="Petit bug d'affichage dans l'appli",
         body="""\
Salut l'équipe,

Rien de grave, mais depuis la dernière mise à jour de l'appli (Android), l'écran d'accueil m'affiche « Bonjour {prenom} ! » au lieu de mon prénom, et le compteur de séances du mois reste bloqué à 0 alors que mes passages au tourniquet sont bien pris en compte (j'y étais encore hier). Les réservations de cours marchent normalement.

Je vous le signale au cas où vous ne l'auriez pas vu.

Bonne journée,
Bastien (adhérent du club de Nantes-Beaulieu)"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@neuf-mail.example>",
         to="clients@energie-claire.example",
         subject="Question sur ma mensualité à partir de janvier",
         body="""\
Madame, Monsieur,

Je viens de recevoir mon échéancier 2027 et je constate que ma mensualité passe de 118 € à 131 € à partir de janvier. Ma consommation n'a pourtant guère changé cette année (relevé du compteur transmis le 28 novembre).

Pourriez-vous m'indiquer ce qui explique cette hausse ? S'agit-il d'une évolution du tarif ou d'un ajustement par rapport à ma consommation ? Il n'y a aucune urgence, je souhaite simplement comprendre.

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Gérard Lemoine
Référence client : EC-0098123"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Camille Roux <camille.roux@courriel.example>",
         to="relation-client@railexpress.example",
         subject="Billet Paris–Rennes débité deux fois",
         body="""\
Bonjour,

Dimanche, j'ai réservé un aller-retour Paris-Montparnasse – Rennes pour le 19 décembre (dossier QXR4TB, 2 passagers). Au moment du paiement, l'application a planté ; j'ai recommencé et la deuxième tentative est passée. Résultat : je n'ai qu'un seul dossier et un seul e-billet, mais ma banque affiche deux débits de 148,60 € le même jour.

Pouvez-vous me rembourser le débit en trop ? Je peux vous envoyer mon relevé bancaire si besoin.

Merci,
Camille Roux"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Pierre Lacombe <gaec.lacombe@agri-mail.example>",
         to="vendeurs@marche-fermier.example",
         subject="Virements bloqués depuis 3 semaines – je dois payer mes saisonniers vendredi",
         body="""\
Bonjour,

Nous vendons nos colis de viande et nos fromages sur votre plateforme depuis deux ans (GAEC Lacombe, vendeur n° 2231). Depuis le 16 novembre, plus aucun virement n'arrive sur notre compte : le tableau de bord indique « versement en cours de vérification » pour 8 412,50 € de ventes.

Personne ne nous a demandé le moindre document. J'ai écrit le 25 novembre, pas de réponse.

Vendredi, je dois payer les salaires de mes deux saisonniers et la facture d'aliments du bétail, et sans cet argent je ne peux pas. Dites-moi ce qui bloque et ce qu'il faut envoyer, je le fais dans l'heure.

Pierre Lacombe
GAEC Lacombe – Saint-Flour (15)
06 30 77 14 58"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Isabelle Gautier <isabelle.gautier@bbox-mail.example>",
         to="reservations@hotel-les-remparts.example",
         subject="RE : [Ticket #48815] Annulation séjour du 14 au 17 octobre",
         body="""\
Bonjour,

Je reviens vers vous car je n'ai toujours rien reçu sur ma carte, plus d'un mois après votre message ci-dessous. Ma banque me confirme qu'aucun crédit de votre part n'est arrivé. Pouvez-vous vérifier que le remboursement a bien été lancé et me communiquer une référence de transaction ?

Cordialement,
Isabelle Gautier

-----Message d'origine-----
De : Hôtel Les Remparts – Réservations <reservations@hotel-les-remparts.example>
Envoyé : mardi 3 novembre 2026 11:02
À : isabelle.gautier@bbox-mail.example
Objet : [Ticket #48815] Annulation séjour du 14 au 17 octobre

> Madame Gautier,
> Suite à votre annulation dans les délais, nous avons procédé au remboursement de l'acompte de 420,00 € sur la carte utilisée lors de la réservation. Le montant apparaîtra sur votre compte sous 5 à 10 jours ouvrés.
> Bien cordialement,
> Le service réservations"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nadia Chevalier <nadia.chevalier@messagerie.example>",
         to="fidelite@supermarches-azur.example",
         subject="Changer l'adresse mail de mon compte fidélité",
         body="""\
Bonjour,

Je vais bientôt fermer mon ancienne adresse mail et je voudrais que mon compte de carte fidélité soit rattaché à celle-ci, depuis laquelle je vous écris. Dans l'appli, je ne trouve que la modification du téléphone et de l'adresse postale. Comment dois-je faire ? Est-ce que je garde mes points ?

Merci,
Nadia Chevalier
Carte n° 2 904 551 008 73"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Enzo Da Silva <enzo.dasilva@gamer-mail.example>",
         to="support@nebula-games.example",
         subject="Plus de code de validation depuis que j'ai changé de téléphone",
         body="""\
Salut,

J'ai changé de téléphone la semaine dernière et j'ai oublié de transférer l'appli d'authentification. Du coup, quand je veux me connecter sur le site ou sur le PC, on me demande le code à 6 chiffres et je ne l'ai plus. Les codes de secours, je ne les ai jamais notés (je sais...).

Sur la console je suis encore connecté donc je peux jouer, mais je ne peux plus rien acheter ni changer mes paramètres. Mon pseudo c'est Zenkai_77, compte créé en 2019 avec cette adresse mail.

Comment je peux prouver que c'est bien mon compte ?

Merci d'avance
Enzo"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Patrick Giraud <garage.giraud@auto-mail.example>",
         to="support-pro@pieces-auto-direct.example",
         subject="Compte pro verrouillé – commande à passer avant 14h",
         body="""\
Bonjour,

Mon compte pro (Garage Giraud, client 44-10872) est verrouillé depuis ce matin : après deux essais de mot de passe, le site m'a affiché « trop de tentatives, compte suspendu ». J'ai demandé la réinitialisation trois fois, le mail n'arrive jamais (j'ai regardé dans les indésirables).

J'ai trois voitures de clients sur les ponts qui attendent leurs pièces (plaquettes, un kit de distribution, un alternateur). Si la commande n'est pas passée avant 14 h, je n'ai pas la livraison demain matin et je dois rappeler les clients pour leur dire que leur voiture ne sera pas prête.

Pouvez-vous débloquer le compte ou prendre la commande pour moi ? J'ai la liste des références.

Patrick Giraud
Garage Giraud – 02 41 87 33 06"""),

    dict(n=18, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Sophie Aubert <sophie@lesateliers-cowork.example>",
         to="support@deskbook.example",
         subject="Re: Accès administrateur – Les Ateliers Coworking",
         body="""\
Bonjour Maxime,

Merci pour votre retour, mes réponses sont dans le texte ci-dessous.

Sophie

Le lun. 30 nov. 2026 à 16:20, Maxime – Support Deskbook <support@deskbook.example> a écrit :
> Pour désactiver le compte de votre ancienne collaboratrice, pouvez-vous me confirmer son adresse de connexion ?

julie.ferrand@lesateliers-cowork.example – elle a quitté l'équipe vendredi dernier et son compte est toujours actif.

> Souhaitez-vous transférer ses réservations et ses notes à un autre utilisateur ?

Oui, à moi (sophie@lesateliers-cowork.example).

> Qui doit recevoir les droits d'administrateur à sa place ?

Notre nouvel arrivant, Romain Petit (romain@lesateliers-cowork.example). Il commence lundi, ce serait bien qu'il ait ses accès d'ici là.

> Enfin, êtes-vous bien la titulaire du compte entreprise ?

Oui, je suis la gérante et c'est moi qui ai signé le contrat.

Sophie Aubert
Les Ateliers Coworking – Bordeaux"""),

    dict(n=19, signals="-", priority="low", trap="drill", qt=0, reply=0,
         frm="Valérie Masson <accueil@cabinet-masson-experts.example>",
         to="livraisons@fontaines-eau-pure.example",
         subject="Livraison de jeudi – exercice incendie dans l'immeuble",
         body="""\
Bonjour,

Votre livraison de bonbonnes est prévue jeudi 10 décembre dans la matinée (commande n° 66017). Or le syndic nous prévient qu'un exercice d'évacuation incendie aura lieu ce jour-là entre 9 h 30 et 11 h 30 : alarme, fumée artificielle dans la cage d'escalier, pompiers sur place, et les ascenseurs seront bloqués pendant toute la durée.

Votre livreur ne pourra donc pas monter au 4e étage sur ce créneau. Serait-il possible de passer plutôt l'après-midi, ou vendredi matin ? Il nous reste deux bonbonnes, donc pas d'urgence de notre côté.

Merci et bonne journée,
Valérie Masson
Accueil – Cabinet Masson Experts-Comptables"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fred Blanchard <fredo.blanchard@boitemail.example>",
         to="contact@plancha-et-cie.example",
         subject="Votre plancha, une vraie tuerie !",
         body="""\
Bonjour à toute l'équipe,

Petit retour sur la plancha Solera 60 reçue il y a deux semaines : franchement, c'est une tuerie. Samedi on a fêté les 40 ans de ma femme, 22 personnes, et la plancha a tenu le choc de midi à minuit.

Bon, j'avoue qu'au premier essai j'ai tout cramé : j'avais mis le feu à fond pour les gambas, il y avait de la fumée plein la terrasse et le voisin s'est penché par-dessus la haie pour voir si on n'était pas en train de brûler la maison. On a failli mourir de rire. Depuis j'ai lu la notice (oui, après…) et c'est nickel.

Seul petit bémol : la housse est un peu juste, on a du mal à la mettre quand les tablettes latérales sont montées. Si vous sortez une taille au-dessus, je prends.

Merci encore, ça a cartonné !
Fred"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Agnès Carpentier <regie@compagnie-les-funambules.example>",
         to="location@accessoires-de-scene.example",
         subject="Demande de devis – accessoires pour « Meurtre au presbytère »",
         body="""\
Bonjour,

Notre compagnie amateur monte une comédie policière, « Meurtre au presbytère », que nous jouerons les 13 et 14 mars 2027 à la salle des fêtes de Vouziers. Nous aurions besoin de louer pour le week-end :

- une machine à fumée (pour l'incendie de la bibliothèque au 2e acte), avec un liquide qui ne déclenche pas les détecteurs, si ça existe ;
- un revolver factice à amorces pour le coup de feu qui tue le notaire ;
- une fiole « poison » et un flacon de faux sang lavable (le vicaire meurt empoisonné en scène, sur une nappe blanche…) ;
- une valise qui « explose » à la fin, si vous avez quelque chose de ce genre.

Pourriez-vous nous envoyer un devis et les conditions de caution ? Nous pouvons venir chercher le matériel le vendredi.

Merci !
Agnès Carpentier, régisseuse
Compagnie Les Funambules"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Mathieu Royer <mathieu.royer@numericable-mail.example>",
         to="aide@cineflix.example",
         subject="Re: Votre demande n° 5520193 – compte bloqué",
         body="""\
C'est bon, j'ai pu me reconnecter avec le nouveau lien et tout est revenu (profils, ma liste, etc.). Merci pour la rapidité !

Mathieu

Le ven. 4 déc. 2026 à 10:12, Aide Cineflix <aide@cineflix.example> a écrit :
> Bonjour Mathieu,
> Nous avons réinitialisé l'accès à votre compte. Vous allez recevoir un nouveau lien pour définir votre mot de passe.
> L'équipe Cineflix
>
> Le jeu. 3 déc. 2026 à 21:40, Mathieu Royer <mathieu.royer@numericable-mail.example> a écrit :
> > Bonjour, mon compte est bloqué depuis ce soir : « trop de tentatives de connexion ». Impossible de changer le mot de passe, le lien de réinitialisation m'affiche une erreur. Je suis abonné depuis 3 ans, merci de m'aider."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Claire Martin <claire.martin@club-mail.example>",
         to="sav@hexa-electro.example",
         subject="RE: RE: Remboursement retour TV – commande HX-2210458 – 3e RELANCE",
         body="""\
Troisième mail, et toujours RIEN.

Je vous ai renvoyé la télé le 2 novembre, vous l'avez reçue le 5 (le suivi le prouve), et j'attends toujours mes 749 €. Vous n'avez répondu à aucun de mes deux messages ci-dessous. Si je n'ai pas de réponse écrite avec une date de remboursement d'ici vendredi, je fais un signalement à la DGCCRF et je saisis le médiateur de la consommation.

Claire Martin

Le 24 nov. 2026 à 18:05, Claire Martin <claire.martin@club-mail.example> a écrit :
> Bonjour, deuxième relance. Le remboursement de ma commande HX-2210458 n'est toujours pas arrivé. Merci de me répondre.
>
> Le 13 nov. 2026 à 09:31, Claire Martin <claire.martin@club-mail.example> a écrit :
> > Bonjour, j'ai retourné le téléviseur (écran fissuré à la livraison) le 2 novembre, comme convenu avec votre service. Pouvez-vous me dire quand le remboursement de 749 € sera effectué ?"""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Hervé Collin <reservation@camping-les-pins-dores.example>",
         to="support@resacamp.example",
         subject="Calendrier été 2027 : dates de juillet-août refusées",
         body="""\
Bonjour,

En préparant l'ouverture des réservations pour la saison 2027, je m'aperçois que le module de réservation en ligne refuse toutes les dates à partir du 1er juillet 2027 : le calendrier les affiche en gris avec « période non disponible », alors que les tarifs et les emplacements sont bien saisis dans l'administration. Les dates d'avril à juin passent normalement.

Les réservations d'été n'ouvrent au public que le 15 janvier, donc rien ne presse cette semaine, mais j'aimerais que ce soit réglé avant cette date : c'est là qu'on fait la moitié du chiffre de l'année.

Camping Les Pins Dorés (Vendée), compte n° RC-1187.

Cordialement,
Hervé Collin"""),
]
