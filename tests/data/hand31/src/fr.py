# blind32 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Hélène Marchetti <helene.marchetti@laposte.example>",
         to="urgence-gaz@gazelia-energie.example",
         subject="RE : Odeur de gaz près du compteur",
         body="""\
Bonjour,

Juste pour vous dire que le technicien est passé ce matin : il a resserré un raccord et tout est rentré dans l'ordre, plus aucune odeur. Merci pour votre réactivité, vous pouvez clore le dossier.

Bonne journée,
Hélène Marchetti

Le jeu. 3 déc. 2026 à 07:48, Hélène Marchetti <helene.marchetti@laposte.example> a écrit :
> Bonjour,
> Depuis hier soir ça sent très fort le gaz dans le local du compteur, au sous-sol de notre immeuble (12 rue des Tanneurs, Lille). J'ai fermé la vanne générale et aéré, mais l'odeur persiste. Pouvez-vous envoyer quelqu'un en urgence ?
> Hélène Marchetti
> Contrat n° GZ-4471-0932"""),

    dict(n=2, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Sarah Benali <sarah.benali@gmail.example>",
         to="sav@modea-shop.example",
         subject="Re: Remboursement commande 88213 toujours pas reçu",
         body="""\
bien reçu le remboursement ce matin merci !! vous pouvez fermer
Sarah

Envoyé de mon iPhone

Le 4 déc. 2026 à 18:02, Service client Modéa <sav@modea-shop.example> a écrit :

> Bonjour Madame Benali,
> Nous sommes désolés : votre remboursement de 79,90 € pour la commande 88213 n'a pas été émis suite à une erreur de notre côté. Nous venons de relancer l'opération, comptez 3 à 5 jours ouvrés.
> Cordialement,
> Julie, Service client Modéa
>
> > Bonjour, j'ai renvoyé le colis il y a 3 semaines et toujours aucun remboursement sur ma carte. C'est normal ??"""),

    dict(n=3, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Gérard Kessler <g.kessler@estvideo.example>",
         to="assistance@fibrenet.example",
         subject="RE : Panne internet depuis samedi - ligne 03 88 41 27 90",
         body="""\
> De : Assistance FibreNet <assistance@fibrenet.example>
> Envoyé : mardi 8 décembre 2026 11:05
> À : Gérard Kessler
> Objet : RE : Panne internet depuis samedi - ligne 03 88 41 27 90
>
> Bonjour Monsieur Kessler,
> Un incident sur un équipement de votre quartier a coupé votre ligne ainsi que celles de vos voisins. Nos techniciens sont intervenus, le service devrait être rétabli dans la journée. Merci de redémarrer votre box en fin d'après-midi.
> L'équipe Assistance FibreNet

Bonsoir,

C'est revenu vers 17 h, merci.

Autre chose : je dois rendre l'ancien décodeur. Votre boutique de la place Kléber est-elle ouverte le samedi après-midi, et faut-il prendre rendez-vous ?

Cordialement,
Gérard Kessler"""),

    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Camille Roux <c.roux@atelier-lumen.example>",
         to="support@taskboard.example",
         subject="RE: Compte bloqué après trop de tentatives",
         body="""\
Bonjour Maxime,

Un grand merci, tout fonctionne de nouveau et j'ai pu récupérer mes tableaux avant la réunion client. Réponse en vingt minutes, franchement chapeau. Je le dirai à notre direction : on hésitait à renouveler la licence, là c'est tout vu.

Bien à vous,
Camille Roux
Cheffe de projet – Atelier Lumen

> De : Maxime – Support TaskBoard <support@taskboard.example>
> Envoyé : jeudi 10 décembre 2026 09:02
> À : Camille Roux
> Objet : RE: Compte bloqué après trop de tentatives
>
> Bonjour Camille, c'est débloqué, vous pouvez réessayer.
>
> De : Camille Roux
> Envoyé : jeudi 10 décembre 2026 08:41
> À : support@taskboard.example
> Objet : Compte bloqué après trop de tentatives
>
> Bonjour,
> Mon compte est bloqué depuis ce matin après plusieurs essais de mot de passe et le lien de réinitialisation n'arrive pas. Impossible de me connecter. J'ai une présentation à 10 h et tous mes tableaux sont dedans, pouvez-vous le débloquer ?
> Camille Roux"""),

    dict(n=5, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Bernard Lefèvre <b.lefevre@orange-mail.example>",
         to="service.clients@banque-armorique.example",
         subject="Re: Vol de ma carte bancaire – opposition",
         body="""\
Madame, Monsieur,

Je vous remercie pour la mise en opposition rapide ; la nouvelle carte m'est bien parvenue.

En revanche, je constate sur mon relevé de décembre que des frais de 15 € intitulés « frais de refabrication carte » ont été prélevés, alors que votre conseillère m'avait assuré au téléphone que le remplacement serait gratuit en cas de vol avec dépôt de plainte. Je vous saurais gré de bien vouloir procéder au remboursement de ces frais.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Lefèvre
Compte n° 0042 118 5530

Le 27 nov. 2026 à 21:14, Bernard Lefèvre <b.lefevre@orange-mail.example> a écrit :

> Madame, Monsieur,
> On m'a volé mon portefeuille cet après-midi dans le tram, avec ma carte Visa se terminant par 4417. Je vous demande de faire opposition immédiatement. Je porte plainte demain matin.
> Bernard Lefèvre"""),

    dict(n=6, signals="account", priority="low", trap="outage", qt=1, reply=1,
         frm="Inès Garnier <ines.garnier@gmail.example>",
         to="aide@cinaflix.example",
         subject="Re: Plus rien ne marche sur la télé",
         body="""\
Salut,
ok c'est revenu hier soir, on a pu finir la série :)
Par contre petite question, comment je change le mot de passe du compte ? Ça fait des années que c'est le même et je trouve pas l'option dans l'appli télé 😅
Merci
Inès

Le sam. 5 déc. 2026 à 21:37, Inès Garnier <ines.garnier@gmail.example> a écrit :
> Bonsoir, depuis 20h aucune vidéo ne se lance, ni sur la télé ni sur le téléphone, message "Erreur de lecture S-503". C'est chez vous ou chez moi ?"""),

    dict(n=7, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Amadou Diallo <amadou.diallo@sfr-mail.example>",
         to="clientele@airoceane.example",
         subject="RE : Double débit réservation ZK7Q4M",
         body="""\
Bonjour,

Merci pour votre retour, mes réponses dans le texte.

> Bonjour Monsieur Diallo,
> Nous avons bien constaté le double débit de 412,60 € lié à votre réservation ZK7Q4M. Le second prélèvement a été annulé et le montant sera recrédité sous 7 jours.

Parfait, c'est bien arrivé sur mon compte hier.

> N'hésitez pas à nous contacter pour toute autre question concernant votre voyage.

Justement : mon fils voyage avec moi et il emporte son violoncelle, dans son étui rigide. Peut-on le prendre en cabine si on achète un siège supplémentaire, ou doit-il obligatoirement aller en soute ?

> Cordialement,
> Service Clientèle AirOcéane

Merci d'avance,
Amadou Diallo"""),

    dict(n=8, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Thomas Pereira <thomas.pereira@free-net.example>",
         to="sav@velonergie.example",
         subject="Re: Batterie qui chauffe et odeur de brûlé",
         body="""\
Batterie neuve reçue et installée, tout est bon. Merci à toute l'équipe !
Thomas

Le mer. 2 déc. 2026 à 16:20, SAV Vélonergie <sav@velonergie.example> a écrit :
> Bonjour Thomas,
> Par précaution, n'utilisez plus et ne rechargez plus cette batterie, et stockez-la à l'extérieur, loin de tout matériau inflammable. Une batterie de remplacement part aujourd'hui par transporteur, avec une étiquette retour pour l'ancienne.
> Cordialement, l'équipe SAV
>
> Le mar. 1 déc. 2026 à 19:05, Thomas Pereira <thomas.pereira@free-net.example> a écrit :
> > Bonjour, la batterie de mon VAE (modèle Urban 500) est devenue brûlante pendant la charge ce soir, il y a eu de la fumée et une odeur de plastique brûlé dans le garage. J'ai débranché tout de suite. Qu'est-ce que je dois faire ?"""),

    dict(n=9, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Olena Kovalenko <olena.kovalenko@mailbox.example>",
         to="support@cliniqueduparc.example",
         subject="RE: Impossible de me connecter à l'application Mon Cabinet",
         body="""\
Bonjour,

Merci beaucoup, maintenant je peux me connecter sans problème, le code SMS il arrive bien.
J'ai une autre question : la clinique est ouverte le 24 décembre après-midi ? Je voudrais prendre rendez-vous pour ma vaccination contre la grippe mais dans l'application je vois pas de créneau ce jour, peut-être c'est fermé ?

Merci et bonne journée
Olena Kovalenko

> De : Clinique du Parc – Support <support@cliniqueduparc.example>
> Envoyé : lundi 7 décembre 2026 14:10
> À : Olena Kovalenko
> Objet : RE: Impossible de me connecter à l'application Mon Cabinet
>
> Madame,
> Votre compte patient était verrouillé suite à votre changement de numéro de téléphone, vous ne pouviez donc plus vous connecter. Nous l'avons réactivé avec votre nouveau numéro (06 12 48 90 33). Vous recevrez désormais le code de connexion par SMS sur ce numéro.
> Cordialement,
> Le service patients"""),

    dict(n=10, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Karim Haddad <karim.haddad@outlook.example>",
         to="aide@miamlivre.example",
         subject="Re: L'appli plante au moment de payer",
         body="""\
Bonjour,
oui c'est réglé pour le paiement depuis la mise à jour, merci.
Mais maintenant autre souci : j'ai changé de numéro de portable la semaine dernière et l'appli m'envoie le code de connexion sur l'ancien numéro, que je n'ai plus. Du coup je ne peux plus me connecter à mon compte du tout. Vous pouvez mettre à jour le numéro ? Le nouveau c'est le 07 81 22 65 04, mon mail est celui-ci.
Merci
Karim Haddad

Le ven. 4 déc. 2026 à 12:47, Équipe Miamlivré <aide@miamlivre.example> a écrit :
> Bonjour Karim,
> Un incident a effectivement empêché la validation des commandes dans l'application entre 11 h 30 et 13 h aujourd'hui, l'appli se fermait au moment du paiement. Le problème est identifié et une mise à jour est en cours de déploiement.
> Toutes nos excuses pour la gêne occasionnée."""),

    dict(n=11, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Nathalie Martin-Dubois <nathalie.md@wanadoo.example>",
         to="gestion@mutuelle-horizon.example",
         subject="RE : Remboursement soins dentaires – M. Joseph Martin",
         body="""\
Bonjour,

Je vous écris de nouveau pour mon père, Joseph Martin (adhérent n° 7731 042 88), qui n'est pas très à l'aise avec l'informatique.

Il a bien reçu le virement de 640 € hier, ainsi que le décompte par courrier. Tout est en ordre de notre côté, vous pouvez clôturer la demande. Il tenait aussi à remercier Mme Perrin, qui l'a rappelé et a pris le temps de tout lui expliquer au téléphone.

Bien cordialement,
Nathalie Martin-Dubois (pour Joseph Martin)

> De : Nathalie Martin-Dubois <nathalie.md@wanadoo.example>
> Envoyé : vendredi 20 novembre 2026 09:30
> À : gestion@mutuelle-horizon.example
> Objet : Remboursement soins dentaires – M. Joseph Martin
>
> Bonjour,
> Mon père a envoyé sa facture de couronne dentaire le 2 octobre et n'a toujours rien reçu, alors que le site indique « dossier validé » depuis un mois. Il a 84 ans et cette somme lui manque pour payer son loyer. Pouvez-vous vérifier ?
> Nathalie Martin-Dubois"""),

    dict(n=12, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Lucas Fontaine <lucas.fontaine@etu.univ-loire.example>",
         to="assistance-dsi@univ-loire.example",
         subject="Re: Mon compte ENT a été piraté ??",
         body="""\
Le 1 déc. 2026 à 10:12, DSI – Assistance numérique <assistance-dsi@univ-loire.example> a écrit :
> Bonjour,
> Votre compte a bien été utilisé depuis une adresse IP étrangère pour envoyer des courriels d'hameçonnage. Nous l'avons suspendu et réinitialisé. Vous trouverez ci-dessous un mot de passe provisoire à changer dès la première connexion.
>
> > Bonjour, des camarades m'ont dit qu'ils ont reçu des mails bizarres venant de mon adresse étudiante, et je ne peux plus me connecter à l'ENT, mon mot de passe ne marche plus. Je crois que je me suis fait pirater.

Bonjour,
C'est bon, j'ai changé le mot de passe et activé la double authentification, tout remarche.
Petite question hors sujet : vous savez si les partiels de L2 socio sont maintenus le 14 janvier malgré les travaux du bâtiment C ? Sinon je demande au secrétariat.
Merci !
Lucas Fontaine, L2 sociologie"""),

    dict(n=13, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Sophie Aubert <s.aubert@aubert-leroy.example>",
         to="support@nuagebox.example",
         subject="RE: Synchronisation bloquée sur tous nos postes",
         body="""\
Bonjour,

La synchronisation refonctionne depuis ce matin sur nos quatre postes, merci.

En revanche, en pointant nos comptes, je vois que vous avez prélevé 479,88 € le 1er décembre (facture CN-2026-118734), soit un an d'abonnement Pro, alors que nous sommes en formule mensuelle à 39,99 € depuis l'ouverture du compte. Nous n'avons jamais demandé de passage à l'annuel. Merci de rembourser la différence et de remettre le compte en mensuel.

Cordialement,
Sophie Aubert
Cabinet Aubert & Leroy – Expertise comptable

> De : Support NuageBox <support@nuagebox.example>
> Envoyé : mercredi 2 décembre 2026 17:22
> À : Sophie Aubert
> Objet : RE: Synchronisation bloquée sur tous nos postes
>
> Bonjour Madame Aubert,
> Nous rencontrons actuellement un incident sur nos serveurs de synchronisation en Europe : les fichiers ne sont plus envoyés ni téléchargés depuis les applications de bureau. Nos équipes travaillent à un rétablissement au plus vite."""),

    dict(n=14, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Martine Gauthier <martine.gauthier@club-internet.example>",
         to="relation.client@railexpress.example",
         subject="Re: Compte fidélité fusionné par erreur – points disparus",
         body="""\
Bonjour,

Tout est rentré dans l'ordre : mes 12 400 points sont revenus et je retrouve mon historique. Merci de votre patience, car j'avoue que mon dernier message (ci-dessous) n'était pas très aimable.

Dernière chose, sans rapport : je voyage le 23 décembre avec mon chien, un beagle de 11 kg. Faut-il lui prendre un billet ?

Cordialement,
Martine Gauthier
Carte Avantage n° 29 4410 7785

Le 30/11/2026 à 08:55, Martine Gauthier a écrit :
> Cela fait trois fois que j'écris ! Mon compte a été fusionné avec celui d'une autre Martine Gauthier, je vois ses voyages et plus les miens, et mes points ont disparu. Je ne peux même plus modifier mes réservations.
>
> Le 26/11/2026 à 14:03, Relation Client RailExpress a écrit :
> > Madame, nous transmettons votre demande au service fidélité, qui reviendra vers vous sous 72 heures."""),

    dict(n=15, signals="safety", priority="critical", trap="short", qt=0, reply=1,
         frm="Pascale Vidal <pascale.vidal@neuf.example>",
         to="sav@thermelia.example",
         subject="Re: Four qui fait des étincelles – intervention du 2 décembre",
         body="""\
Ça recommence. Ce matin le four a de nouveau fait des étincelles au fond et le disjoncteur a sauté, exactement comme avant la réparation. J'ai coupé au tableau et je n'y touche plus. Il y a des enfants à la maison, il faut que quelqu'un revienne vite.

Pascale Vidal
06 72 18 44 09

Le jeu. 3 déc. 2026 à 10:15, SAV Thermelia <sav@thermelia.example> a écrit :
> Bonjour Madame Vidal,
> Notre technicien a remplacé la résistance de sole et le câblage de votre four encastrable TH-660 lors de son passage du 2 décembre. Le dossier 55120 est clôturé. N'hésitez pas à nous recontacter en cas de besoin."""),

    dict(n=16, signals="safety,payment", priority="critical", trap="-", qt=0, reply=1,
         frm="Amélie Chevalier <amelie.chevalier@gmail.example>",
         to="securite@payvite.example",
         subject="RE: Virements que je n'ai pas faits",
         body="""\
Bonjour,

Vous m'avez dit vendredi que mon compte était sécurisé. Cette nuit il y a encore eu deux envois d'argent que je n'ai pas faits : 150 € et 230 € vers un certain « J. Morel ». J'ai de nouveau changé mon code et déconnecté tous les appareils, mais je ne comprends pas comment ça peut continuer.

Bloquez tout s'il vous plaît, il ne me reste plus que 40 € sur le compte.

Amélie Chevalier
Identifiant : amelie.chev

> De : Sécurité PayVite <securite@payvite.example>
> Envoyé : vendredi 4 décembre 2026 16:48
> À : Amélie Chevalier
> Objet : RE: Virements que je n'ai pas faits
>
> Bonjour,
> Nous avons réinitialisé vos accès et annulé le virement frauduleux de 95 € du 3 décembre. Votre compte est désormais sécurisé."""),

    dict(n=17, signals="outage,account", priority="critical", trap="scale", qt=0, reply=1,
         frm="Élodie Bertrand <e.bertrand@naveo.example>",
         to="support@mailpro.example",
         subject="RE: [Ticket 20931] Connexion SSO impossible pour l'équipe",
         body="""\
Bonjour,

Je reviens vers vous car le problème n'est PAS résolu, contrairement à ce qu'indique le ticket. Depuis 8 h ce matin, c'est reparti :

- aucun des 35 salariés ne peut ouvrir sa messagerie via le SSO (« Erreur SAML : assertion invalide ») ;
- la réinitialisation du mot de passe renvoie vers la même page d'erreur ;
- seuls les deux comptes administrateurs locaux arrivent à se connecter.

Nos commerciaux n'ont plus accès ni à leurs mails ni à l'agenda, en pleine clôture de fin d'année. Merci de traiter en priorité.

Élodie Bertrand
Office manager – Groupe Navéo
01 44 82 19 60

Le 9 déc. 2026 à 18:30, Support MailPro <support@mailpro.example> a écrit :
> Bonjour, le correctif de configuration SSO a été appliqué sur votre domaine naveo.example. Vos utilisateurs peuvent à nouveau se connecter. Nous clôturons le ticket."""),

    dict(n=18, signals="outage", priority="high", trap="short", qt=0, reply=1,
         frm="Julien Moreau <julien.moreau.plomberie@bbox-mail.example>",
         to="client@mobilia.example",
         subject="Re: Plus de réseau depuis le changement de SIM",
         body="""\
Toujours rien. Le téléphone affiche « Aucun service » depuis 4 jours, je ne peux ni appeler ni envoyer de SMS, et je suis artisan, mes clients m'appellent sur ce numéro.

Julien Moreau – 06 55 23 87 12

Le lun. 7 déc. 2026 à 09:02, Service Client Mobilia <client@mobilia.example> a écrit :
> Bonjour, votre nouvelle carte SIM a été activée. Merci de redémarrer votre téléphone, le réseau devrait revenir dans les 24 heures."""),

    dict(n=19, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Nathan Girard <natkrow@jeux-mail.example>",
         to="support@astralis-games.example",
         subject="Re: Déconnexions en partie classée (serveur EU-Ouest)",
         body="""\
Salut,
désolé mais c'est pas réglé du tout, hier soir encore 3 déconnexions en classée, toujours avec le code NET-1042, et je perds des points à chaque fois. Le jeu marche en partie normale et en solo, c'est seulement en classée sur EU-Ouest. Mes potes ont pareil.
J'ai fait tout ce que vous avez dit (redémarrer la box, vérifier les fichiers, passer en câble ethernet)

Nathan (pseudo : NatKrow)

Le sam. 5 déc. 2026 à 14:11, Support Astralis Games <support@astralis-games.example> a écrit :
> Salut Nathan,
> Un correctif a été déployé vendredi sur les serveurs EU-Ouest. Si tu rencontres encore des déconnexions, essaie de redémarrer ta box et de vérifier l'intégrité des fichiers du jeu.
> L'équipe Astralis"""),

    dict(n=20, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Franck Dumas <franck.dumas@dumas-menuiserie.example>",
         to="facturation@comptaplus.example",
         subject="RE: RE: Résiliation – prélèvement encore ce mois-ci",
         body="""\
Troisième message, et toujours aucune réponse sérieuse.

Vous m'avez encore prélevé 59 € le 5 décembre pour un abonnement résilié le 28 septembre, avec confirmation écrite de votre part. Ça fait donc trois mois payés pour rien : 177 €. Si je n'ai pas le remboursement et la confirmation de l'arrêt des prélèvements d'ici vendredi, je fais opposition auprès de ma banque et je saisis le médiateur.

Franck Dumas
Dumas Menuiserie SARL

Le 16/11/2026 à 10:02, Franck Dumas a écrit :
> Relance : toujours prélevé en novembre. Merci de rembourser et d'arrêter les prélèvements.
>
> Le 12/10/2026 à 08:47, Franck Dumas a écrit :
> > Bonjour, j'ai résilié mon abonnement Compta+ le 28 septembre (confirmation n° RS-20944) mais j'ai quand même été prélevé le 5 octobre. Merci de me rembourser."""),

    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Philippe Roussel <philippe.roussel@aliceadsl.example>",
         to="reception@hotel-lesbastides.example",
         subject="Re: Caution non restituée – séjour du 14 au 16 novembre",
         body="""\
Bonjour Madame Lemaire,

Je me permets de revenir vers vous car, malgré votre message du 25 novembre, je ne vois toujours pas le déblocage de la caution de 300 € sur ma carte. Ma banque m'indique que la préautorisation est toujours active de votre côté.

Je vous serais reconnaissant de bien vouloir vérifier à nouveau.

Avec mes remerciements,
Philippe Roussel
Réservation n° HB-66210

Le 25 nov. 2026 à 15:40, Réception – Hôtel Les Bastides <reception@hotel-lesbastides.example> a écrit :
> Monsieur Roussel,
> Nous sommes navrés pour ce retard. La caution de 300 € a été libérée ce jour, elle devrait réapparaître sur votre compte sous 48 à 72 heures.
> Bien cordialement,
> Claire Lemaire, réception"""),

    dict(n=22, signals="payment", priority="medium", trap="data", qt=0, reply=1,
         frm="Aurélie Petit <aurelie.petit@laposte.example>",
         to="clients@fraisetvite.example",
         subject="Re: Articles manquants commande n° 5530-8817",
         body="""\
Bonjour,

Toujours pas de remboursement pour les articles manquants, et votre dernière réponse date de dix jours. Je recopie le détail pour que ce soit clair :

Commande n° 5530-8817 livrée le 28/11
- 2 x Lait demi-écrémé 1 L : 2,38 € – non livré
- 1 x Poulet fermier Label Rouge : 11,90 € – non livré
- 1 x Lessive liquide 40 lavages : 9,99 € – non livré
Total débité pour des articles jamais reçus : 24,27 €

Merci de faire le nécessaire.
Aurélie Petit

Le 30 nov. 2026 à 11:20, Service client Frais&Vite <clients@fraisetvite.example> a écrit :
> Bonjour, nous avons bien pris en compte votre réclamation. Le remboursement des articles manquants sera effectué sous 5 jours ouvrés."""),

    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Yannick Lambert <y.lambert@sodimat.example>",
         to="support@clientflow.example",
         subject="RE: Compte bloqué – double authentification",
         body="""\
Bonjour,

Toujours bloqué. Le lien de réinitialisation de la double authentification que vous m'avez envoyé est arrivé dans les spams et avait expiré quand je l'ai trouvé. Quand je demande un nouveau lien depuis la page de connexion, rien n'arrive.

Ça fait donc trois jours que je ne peux plus ouvrir ClientFlow : pas d'accès à mes fiches clients, à mes relances ni à mon pipeline. Je travaille à l'aveugle. Pouvez-vous désactiver la double authentification sur mon compte, ou m'appeler au 06 31 70 58 24 ?

Merci,
Yannick Lambert
Responsable commercial – Sodimat

> De : Support ClientFlow <support@clientflow.example>
> Envoyé : mercredi 9 décembre 2026 17:12
> À : Yannick Lambert
> Objet : RE: Compte bloqué – double authentification
>
> Bonjour Monsieur Lambert,
> Suite au changement de votre téléphone, nous vous avons envoyé un lien pour réinitialiser votre double authentification. Il est valable 24 heures.
> Cordialement,
> L'équipe Support"""),

    dict(n=24, signals="account", priority="low", trap="workaround", qt=0, reply=1,
         frm="Étienne Brun <etienne.brun@numericable.example>",
         to="assistance@mydrive.example",
         subject="Re: Impossible d'associer ma voiture à mon compte MyDrive",
         body="""\
Bonjour,

Petit retour : l'association ne fonctionne toujours pas. Après avoir saisi le code affiché sur l'écran de la voiture, l'appli répond « Ce véhicule est déjà associé à un autre compte ». Sûrement celui du concessionnaire ou de l'ancien propriétaire.

Rien de dramatique, en attendant j'utilise la carte-clé et je programme la recharge directement dans la voiture, mais j'aimerais bien pouvoir lancer le chauffage à distance avant les grands froids.

VIN : VF1RJ0A0X6T553218

Bonne journée,
Étienne Brun

Le mar. 8 déc. 2026 à 11:30, Assistance MyDrive <assistance@mydrive.example> a écrit :
> Bonjour Monsieur Brun,
> Nous avons supprimé l'ancienne association de votre véhicule. Vous pouvez maintenant l'ajouter depuis l'application (Menu > Mes véhicules > Ajouter)."""),
]
