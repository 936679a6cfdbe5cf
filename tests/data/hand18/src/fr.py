# blind19 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nadège Poulard <nadege.poulard@courriel.example>",
         to="support@vitaflo.example",
         subject="Autocuiseur Vitaflo 6 L - le couvercle s'est soulevé",
         body="""\
Bonjour,

Hier soir je faisais une soupe de pois cassés dans l'autocuiseur Vitaflo 6 L acheté chez vous en février. Au bout d'une dizaine de minutes, la soupape s'est mise à siffler beaucoup plus fort que d'habitude, puis il y a eu un claquement sec et le couvercle s'est soulevé d'un côté alors que l'appareil était encore sous pression. La soupe a giclé jusque sur la hotte et au plafond.

Ma fille de 9 ans mettait la table juste à côté. Elle a reçu des projections sur l'avant-bras et dans le cou : ce matin elle a deux grosses cloques, la peau est rouge vif et suinte. Le pédiatre l'a vue à 8 h et lui a fait un pansement gras.

Le joint est celui d'origine, l'appareil a servi peut-être quinze fois. Je l'ai laissé tel quel sur le plan de travail et je n'y touche plus.

Que dois-je faire de l'appareil ? D'autres clients vous ont-ils signalé la même chose ?

Nadège Poulard
06 39 98 41 07"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Loïc Vannier <loic.vannier@maison-vannier.example>",
         to="service.client@pinpin-kids.example",
         subject="Gourde Pinpin 350 ml : la pastille du bec se détache ?",
         body="""\
Bonjour,

Est-ce normal que la petite pastille en silicone du bec de la gourde Pinpin 350 ml se détache dès que l'enfant mordille dessus ?

Dimanche, notre fils Élouan (2 ans et demi) buvait dans sa poussette. Quelques minutes plus tard il s'est mis à tousser sans pouvoir s'arrêter, à baver et à pleurer en se tenant la gorge, puis il a vomi deux fois. C'est là qu'on a vu que la pastille n'était plus sur le bec. Nous avons passé la soirée à l'hôpital ; la radio ne montre rien (c'est du silicone), le médecin pense qu'il l'a avalée et qu'elle est passée, mais nous devons le surveiller toute la semaine.

Nous avons une deuxième gourde identique pour sa grande sœur : la pastille sort à la main, sans forcer.

Merci de nous dire si un lot est concerné et ce que vous comptez faire.

Loïc Vannier"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Marc Dufresne <marc.dufresne@lyonmail.example>",
         to="reexpedition@postes-services.example",
         subject="Réexpédition de courrier que je n'ai jamais demandée",
         body="""\
Madame, Monsieur,

Je ne reçois plus aucun courrier depuis le 3 mai. En appelant votre service ce matin, on m'a expliqué qu'un contrat de réexpédition définitive avait été souscrit le 29 avril depuis mon espace en ligne, vers une adresse à Roubaix (12 rue des Tanneurs) que je ne connais pas. Je n'ai jamais fait cette démarche.

Quand j'essaie de me connecter à mon espace, le mot de passe est refusé, et le lien de réinitialisation part vers une adresse e-mail qui n'est pas la mienne. Quelqu'un a donc pris la main sur mon compte. J'attendais justement ma nouvelle carte bancaire et un chéquier.

Merci d'annuler immédiatement cette réexpédition, de bloquer ce compte et de m'indiquer comment en récupérer l'accès. J'ai déposé plainte au commissariat de Villeurbanne (récépissé n° 2024/118443).

Marc Dufresne
Client n° RX-7740213"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Sylvie Marchetti <s.marchetti@famille-marchetti.example>",
         to="sav@glisso.example",
         subject="Trottinette Glisso Junior : guidon qui lâche en pleine descente",
         body="""\
Bonjour,

Mon fils de 8 ans descendait la petite côte devant l'école avec sa trottinette Glisso Junior (achetée il y a cinq semaines) quand le guidon s'est désolidarisé de la colonne : le collier de serrage a lâché d'un coup. Il est tombé face contre le bitume. Résultat : trois points de suture au menton et une incisive cassée. Heureusement qu'il portait son casque.

Le collier était serré comme indiqué dans la notice, je l'avais vérifié moi-même la veille. Ce produit est dangereux et devrait être retiré de la vente. J'ai les photos et le certificat médical, j'attends votre retour rapidement.

Sylvie Marchetti"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thierry Kaminski <contact@aupaindore.example>",
         to="pro@fibrenet.example",
         subject="Boulangerie Au Pain Doré - depuis le passage à la fibre",
         body="""\
Bonjour,

Votre technicien est passé hier après-midi pour basculer notre boulangerie (Au Pain Doré, 14 place du Marché, Saint-Avold) de l'ADSL vers la fibre. Depuis, la box reste sur un voyant rouge clignotant.

Ce matin : le terminal de carte bancaire ne passe aucune transaction, les commandes click & collect du site n'arrivent plus sur la tablette et la caisse ne sort plus de tickets. On note tout sur un cahier et on renvoie les clients qui n'ont pas d'espèces. Il y avait la queue jusque sur le trottoir à 7 h, et le samedi représente 40 % de notre chiffre.

L'ancienne ligne ADSL a été résiliée le même jour, nous n'avons donc aucune solution de secours.

Merci d'envoyer quelqu'un aujourd'hui. Je suis joignable au 01 99 00 27 58.

Thierry Kaminski
Gérant"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Coordination travaux <travaux@habitat-meuse.example>",
         to="support@interventio.example",
         subject="Aucun bon d'intervention sur les tablettes des techniciens",
         body="""\
Bonjour,

Depuis la mise à jour de cette nuit, aucun des 14 techniciens de notre régie ne voit ses bons d'intervention sur sa tablette : la liste du jour est vide, et quand on crée un bon depuis un poste du bureau, il n'apparaît jamais côté terrain.

Les techniciens attendent au dépôt qu'on leur dicte les adresses par téléphone, un par un. Nous avions 62 rendez-vous chez des locataires aujourd'hui (fuites, chaudières, serrures, volets) ; une vingtaine sont déjà décommandés et le standard sature d'appels de locataires qui ne voient venir personne.

Merci de nous rappeler au plus vite au 03 99 00 41 12.

Aurélie Mangin
Responsable coordination travaux - Office Habitat Meuse"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Samia Benali <samia.benali@webmel.example>",
         to="clients@energie-claire.example",
         subject="Impossible de recharger mon compteur prépayé",
         body="""\
Bonjour,

Depuis hier 18 h, quand je veux recharger mon compteur en prépaiement dans l'application, j'arrive à l'écran « Confirmer », la roue tourne pendant une minute et ça finit par « Réessayez plus tard ». Même chose sur le site, et le serveur vocal raccroche après le menu. Au bureau de tabac, la borne affiche aussi « service indisponible ».

Il me reste 1,84 € de crédit : à ce rythme je n'aurai plus d'électricité demain matin.

Compteur n° 4417 2290 0183
Samia Benali"""),

    dict(n=8, signals="outage", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Graham Whitcombe <graham.whitcombe@perigord-mail.example>",
         to="assistance@fibrenet.example",
         subject="Coupures internet tous les soirs",
         body="""\
Bonjour,

Depuis une semaine, ma connexion (box installée le 2 mai) coupe presque tous les soirs entre 20 h et 23 h, plusieurs fois, pendant 5 à 10 minutes. Le reste de la journée, aucun souci. J'ai redémarré la box, changé le câble et essayé une autre prise, rien n'y fait.

En attendant, je partage la 4G de mon téléphone quand ça arrive, mais ce n'est pas tenable à long terme.

Sorry, my French is not perfect - happy to explain it in English on the phone if that is easier.

Cordialement,
Graham Whitcombe
Ligne n° 05 99 00 63 18"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="Amicale des locataires Les Tilleuls <amicale.tilleuls@assoc-quartier.example>",
         to="espace-locataire@logis-rhone.example",
         subject="Codes SMS de connexion : plus personne ne les reçoit",
         body="""\
Bonjour,

Depuis lundi, aucun code SMS n'arrive quand on veut se connecter à l'espace locataire. Au moins trente familles de la résidence Les Tilleuls me l'ont signalé, chez des opérateurs différents, et des voisins d'autres résidences disent la même chose.

Sans ce code, personne ne peut consulter son décompte de charges, payer son loyer en ligne ni déposer une demande de réparation. La date limite pour contester la régularisation des charges est vendredi.

Pouvez-vous regarder de votre côté et nous dire quand ce sera rétabli ?

Pour l'Amicale,
Jeanine Royer, présidente"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Bastien Leclerc <bastien.leclerc@maboite.example>",
         to="bonjour@matelas-nuage.example",
         subject="Matelas Nuage 160 - quelques retours",
         body="""\
Bonjour à toute l'équipe,

Je voulais vous faire un petit retour après trois semaines avec le matelas Nuage 160 x 200.

La livraison s'est très bien passée, le carton est arrivé le jour annoncé et le livreur l'a même monté au deuxième. Le déballage, c'est toujours un peu magique de voir le matelas se déplier ; l'odeur de neuf a disparu au bout de deux jours en aérant la chambre. Notre chat a immédiatement adopté le carton, il dort dedans depuis.

Côté confort, ma compagne trouve l'accueil un peu ferme, moi je le trouve parfait. On a mal au dos beaucoup moins souvent le matin, c'est déjà une victoire. Petite remarque : la housse est un peu difficile à refermer après lavage, la fermeture éclair accroche dans l'angle.

Autre chose, en regardant mon relevé de compte : je vois deux prélèvements de 549,00 € pour la même commande (n° MN-30418), le 14 et le 15 avril. Je n'ai commandé qu'un seul matelas. Pourriez-vous me rembourser le second ?

Merci et bonne continuation,
Bastien Leclerc"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Océane Pruvost <oceane.pruvost@messagerie.example>",
         to="commandes@salon-et-sommeil.example",
         subject="Remboursement canapé-lit annulé - j'en ai besoin avant vendredi",
         body="""\
Bonjour,

J'ai annulé le 2 avril ma commande du canapé-lit Oslo (899 €, commande n° SS-55127), avant expédition. J'ai reçu votre confirmation d'annulation le jour même, avec un remboursement annoncé sous 5 jours ouvrés.

Trois semaines plus tard, rien sur mon compte. Je dois verser le dépôt de garantie de mon nouvel appartement vendredi et cette somme en fait partie ; sans elle, je ne pourrai pas signer le bail.

Pouvez-vous me dire où en est le virement et me l'envoyer en urgence ?

Merci,
Océane Pruvost
06 39 98 72 20"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@free-courriel.example>",
         to="facturation@energie-claire.example",
         subject="Facture de mai sur estimation ?",
         body="""\
Bonjour,

Est-il normal que ma facture de mai soit calculée sur une estimation alors que j'ai un compteur communicant depuis deux ans ?

D'habitude je paie autour de 95 € par mois. Cette fois on me réclame 412,37 €, avec la mention « consommation estimée ». Le relevé affiché sur le compteur ce matin est 18 204 kWh, ce qui fait une consommation normale pour la période.

Merci de corriger la facture avant le prélèvement du 10.

Gérard Lemoine
Contrat n° EC-902114"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Inès Carvalho <ines.carvalho@boitemail.example>",
         to="atelier@repar-phone.example",
         subject="Petite question sur ma facture",
         body="""\
Bonjour,

Rien de grave, l'écran de mon téléphone est parfait. Simple curiosité : à quoi correspondent les « frais de gestion » de 1,90 € sur la facture de réparation ?

Bonne journée,
Inès"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Romain Guérin <romain.guerin@ordi-mail.example>",
         to="support@reconditio.example",
         subject="Compte bloqué depuis trois jours",
         body="""\
Bonjour,

Après quelques mauvais mots de passe, mon compte client a été bloqué avec le message « Compte verrouillé pendant 24 heures ». Cela fait trois jours et le message est toujours le même, le lien « mot de passe oublié » ne m'envoie rien.

J'ai besoin d'accéder à mon compte pour télécharger la facture de mon ordinateur portable reconditionné (commande RC-20931) : le clavier a un défaut et l'atelier me demande la facture pour la garantie.

Merci d'avance,
Romain Guérin"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Françoise Aubertin <f.aubertin@courriel.example>",
         to="clients@energie-claire.example",
         subject="Code de vérification envoyé sur mon ancien numéro",
         body="""\
Bonjour,

Quand je veux me connecter à mon espace client, le site m'envoie un code par SMS au 06 39 98 10 55, mon ancien numéro, résilié depuis mars. Je n'ai donc jamais le code et je reste bloquée à cette étape.

Mon nouveau numéro est le 06 39 98 33 84. Pouvez-vous le mettre à jour, ou me dire comment faire sans le code ?

Françoise Aubertin
Contrat n° EC-551807"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Cédric Hamon <cedric.hamon@hamon-famille.example>",
         to="service-client@meubles-seconde-main.example",
         subject="Re: Votre remboursement a été effectué",
         body="""\
Bonjour,

Merci, le remboursement est bien arrivé.

Par contre, depuis hier, mon compte client a disparu : quand j'essaie de me connecter, le site me répond « aucun compte associé à cette adresse ». Mes favoris, mes adresses de livraison et l'historique de mes commandes ne sont plus là. Je n'ai rien supprimé moi-même. Pouvez-vous le restaurer ?

Cédric Hamon

Le mar. 21 mai 2024 à 16:42, Service client <service-client@meubles-seconde-main.example> a écrit :
> Bonjour Monsieur Hamon,
>
> Suite au double prélèvement constaté sur votre commande n° SM-7712
> (buffet en chêne), nous vous confirmons le remboursement de 260,00 €.
> Le montant apparaîtra sur votre compte sous 3 à 5 jours ouvrés.
>
> Cordialement,
> L'équipe Meubles Seconde Main"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Monique Tessier <monique.tessier@courriel-senior.example>",
         to="contact@teleassist-plus.example",
         subject="Changer l'adresse e-mail de mon compte",
         body="""\
Bonjour,

Mon fournisseur d'e-mail ferme mon adresse à la fin du mois. Comment puis-je changer l'adresse e-mail de mon compte Téléassist Plus ? Je ne trouve pas l'option dans « Mon profil ».

Merci beaucoup,
Monique Tessier"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Hugo Delmas <hugo.delmas@mail-sud.example>",
         to="conseil@nautic-loisirs.example",
         subject="Gilet de sauvetage Tempête 100N - taille enfant ?",
         body="""\
Bonjour,

Nous partons en kayak sur l'Ardèche en juillet. Le gilet de sauvetage Tempête 100N convient-il à un enfant de 11 ans qui pèse 38 kg ? Et le sifflet d'urgence est-il fourni avec, ou faut-il l'acheter à part ?

Merci,
Hugo Delmas"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Aline Fournier <aline.fournier@fournier-home.example>",
         to="livraisons@lits-et-merveilles.example",
         subject="RE: Livraison de votre lit superposé",
         body="""\
Bonjour,

Parfait, mardi matin me convient. Le livreur pourra-t-il monter le carton au 3e étage ? Il n'y a pas d'ascenseur.

Merci,
Aline Fournier

-----Message d'origine-----
De : Lits et Merveilles <livraisons@lits-et-merveilles.example>
Envoyé : jeudi 6 juin 2024 11:05
À : Aline Fournier
Objet : Livraison de votre lit superposé

> Bonjour Madame Fournier,
>
> En raison d'une panne générale de notre système informatique la semaine
> dernière, votre livraison n'a pas pu être planifiée. Toutes nos excuses.
> Nous vous proposons le mardi 11 juin entre 8 h et 12 h.
>
> L'équipe Lits et Merveilles"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Catherine Rolland <catherine.rolland@courriel.example>",
         to="contact@teleassist-plus.example",
         subject="Merci pour le remplacement du médaillon",
         body="""\
Bonjour,

Un grand merci à votre équipe : le médaillon de téléassistance de mon père, qui ne déclenchait plus d'appel la semaine dernière, a été remplacé jeudi par votre technicienne. Nous avons fait l'essai ensemble et la centrale a répondu en moins de vingt secondes. Je suis rassurée, et papa aussi.

Bien cordialement,
Catherine Rolland"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Jardin & Soleil <newsletter@jardin-soleil.example>",
         to="support@jardin-soleil.example",
         subject="Alerte canicule : nos prix explosent... vers le bas !",
         body="""\
ALERTE CANICULE

Le thermomètre s'affole ? Nos prix, eux, fondent comme neige au soleil.

- Piscine tubulaire Lagon 3,66 m : 149 € au lieu de 219 €
- Pataugeoire Baleine : offre choc à 24,90 €
- Tuyau d'arrosage extensible 30 m : -40 %
- Hamac Sieste + support : le coup de cœur de l'été

Summer Sale - only this weekend!

Livraison gratuite dès 60 € d'achat. Pour ne plus recevoir nos e-mails, cliquez ici."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Julie Ferreira <julie.ferreira@boitemail.example>",
         to="bonjour@castor-kids.example",
         subject="Lit superposé Castor - une tuerie !",
         body="""\
Bonjour,

Je vous écris sans urgence : le lit superposé Castor est une tuerie, les enfants se battent pour dormir en haut et on est morts de rire à chaque coucher. Il a fait un carton auprès des cousins aussi.

Petite question : peut-on acheter séparément une deuxième barrière de sécurité pour le couchage du haut, pour l'autre côté ?

Belle journée,
Julie"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Patrick Girard <patrick.girard@cuisine-passion.example>",
         to="aide@robochef.example",
         subject="Recettes de l'appli qui ne se synchronisent plus avec le robot",
         body="""\
Bonjour,

Depuis la mise à jour de l'application RoboChef (version 5.2) la semaine dernière, les recettes que j'envoie depuis mon téléphone n'arrivent plus sur mon robot cuiseur : l'appli indique « envoyé » mais l'écran du robot reste sur le menu d'accueil.

Ce n'est pas bloquant, je peux saisir les temps et les températures à la main en mode manuel, mais c'était justement l'intérêt du robot connecté. Pouvez-vous regarder ?

Patrick Girard"""),

    dict(n=24, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Julien Ferrand <julien.ferrand@ferrand-web.example>",
         to="assistance@fibrenet.example",
         subject="Re: Raccordement fibre - toujours rien, 3e relance",
         body="""\
Bonjour,

Troisième message, et toujours aucune réponse. Cela fait maintenant deux semaines que je n'ai aucune connexion à mon domicile. Je suis en télétravail quatre jours par semaine : je fais 40 minutes de route pour travailler depuis un espace de coworking payant, et mon employeur commence à perdre patience.

Je demande une date d'intervention ferme cette semaine, ou je résilie et je me tourne vers un autre opérateur.

Julien Ferrand
Contrat n° FN-3310948

Le 14/05/2024 à 09:31, Julien Ferrand a écrit :
> Bonjour,
>
> Le raccordement prévu le 13 mai entre 13 h et 17 h n'a pas eu lieu :
> le technicien n'est jamais venu et personne ne m'a prévenu. La box est
> branchée mais reste sur « synchronisation en cours ». Je n'ai donc
> toujours pas internet. Merci de me proposer un nouveau créneau rapidement.
>
> Julien Ferrand"""),
]
