# blind29 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mireille Castagnet <mireille.castagnet@laposte-perso.example>",
         to="sav@granulia-chauffage.example",
         subject="Poêle P8 : détonations, vitre noire et maux de tête",
         body="""\
Bonjour,

Nous avons fait installer votre poêle à granulés P8 il y a trois semaines (n° de série
GR8-20417, installateur Ets Bouyssou).

Depuis avant-hier, quand il se rallume le matin, on entend des petites détonations sourdes dans le
foyer, il y a une odeur âcre dans tout le salon et la vitre devient noire en quelques heures.

Hier soir, mon mari et moi avons eu tous les deux mal à la tête avec des nausées, et le chat est
resté couché sans bouger toute la soirée, ce qui ne lui ressemble pas. Ce matin, après avoir
ouvert les fenêtres, ça allait un peu mieux. Le petit détecteur au plafond n'a pas sonné, mais je
ne sais même pas s'il a encore une pile.

Nous avons éteint le poêle et nous dormons chez ma sœur ce soir. Pouvez-vous envoyer un technicien
très rapidement ? Nous avons 78 et 81 ans et nous n'avons pas d'autre chauffage dans la maison.

Je vous remercie par avance.

Mireille Castagnet
12 chemin des Aulnes, 24310 Brantôme-sur-Dronne
06 39 98 41 07"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Julien Ferrand <julien.ferrand@mel-maison.example>",
         to="contact@tilou-jouets.example",
         subject="Hochet Tilou perles qui se détachent",
         body="""\
Bonjour,

est-ce normal que les perles en bois du hochet Tilou se détachent aussi facilement ?

Ce matin j'ai retrouvé ma fille (13 mois) avec une des perles dans la bouche, elle toussait et
devenait toute rouge, j'ai réussi à la sortir avec le doigt. Le fil qui tient les perles s'est
coupé tout seul, le hochet a deux semaines. Il n'en reste que 4 sur 9 accrochées, je n'ai pas
retrouvé les autres.

J'ai le ticket de caisse (Maxi Bambins, Angers). Est-ce que d'autres parents vous ont signalé ça ?
Qu'est-ce que je fais du jouet ?

Julien Ferrand

Envoyé depuis mon mobile"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Anne-Sophie Le Goff <as.legoff@kermail.example>",
         to="service-client@vetopharma-direct.example",
         subject="Je vois les ordonnances et l'adresse d'une autre cliente dans mon espace",
         body="""\
Bonjour,

Ce soir, en me connectant à mon espace client pour renouveler le traitement de mon chien, la page
« Mes commandes » m'affiche les commandes d'une autre personne : une Mme R. Fabre, avec son
adresse complète, son numéro de portable, le nom de son vétérinaire, les ordonnances scannées et
même les 4 derniers chiffres de sa carte bancaire.

J'ai rafraîchi, je me suis déconnectée, reconnectée, j'ai essayé depuis mon téléphone : pareil.
Mes propres commandes n'apparaissent plus du tout. J'en déduis que quelqu'un d'autre voit
peut-être les miennes en ce moment.

Je n'ai rien téléchargé ni transmis. Merci de corriger cela rapidement et de me dire si mes
informations ont été visibles par d'autres clients.

Anne-Sophie Le Goff
Compte client n° 7730214"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrick Oriol <p.oriol@cs-lestilleuls.example>",
         to="maintenance@portails-automatiques-sud.example",
         subject="Résidence Les Tilleuls - portail coulissant, contrat 2023-PC-0884",
         body="""\
Bonjour,

Le portail coulissant de la résidence Les Tilleuls ne s'arrête plus quand quelque chose passe
entre les cellules.

Cet après-midi vers 16 h il s'est refermé sur la poussette d'une voisine qui rentrait avec son
bébé. Il a continué à pousser jusqu'à ce qu'elle arrive à tirer la poussette en arrière. C'est la
capote qui a pris, la petite n'a rien mais la mère est encore sous le choc. Deux autres résidents
m'ont dit ce soir qu'il leur avait « frôlé la voiture » la semaine dernière.

Nous l'avons débrayé et laissé en position ouverte. 40 logements, beaucoup d'enfants qui passent
à pied pour aller à l'école. J'attends un technicien demain matin au plus tard et un compte rendu
écrit.

Patrick Oriol
Président du conseil syndical"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Didier Marchal <d.marchal@boulangeries-marchal.example>",
         to="support@bakecontrol.example",
         subject="URGENT ligne 2 - les fours ne prennent plus les programmes",
         body="""\
Bonjour,

Depuis 3 h 40 cette nuit, les fours à sole de la ligne 2 refusent les programmes de cuisson
envoyés depuis le poste de supervision BakeControl. L'écran du four affiche « Synchronisation… »
pendant une minute puis revient au menu précédent, sans rien charger. On a redémarré le PC de
supervision deux fois et coupé/rallumé un four, aucun changement.

Sans programme on ne peut pas enfourner. Les pâtons sont en chambre de pousse et seront perdus
d'ici une heure. On doit livrer nos 14 magasins à 6 h 30 et les cantines scolaires de la ville à
9 h. Toute l'équipe de nuit (11 personnes) est à l'arrêt.

Rappelez-moi tout de suite au 06 39 98 12 47.

Didier Marchal
Responsable de production - Boulangeries Marchal & Fils
Contrat de maintenance BC-0562"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandrine Vialle <coordination@adom-valdorge.example>",
         to="assistance@planidom.example",
         subject="Appli intervenantes : c'est le planning d'hier qui s'affiche",
         body="""\
Bonjour,

Ce matin, l'application mobile de nos intervenantes affiche toujours le planning d'hier (mardi)
alors que nous sommes mercredi. Sur l'ordinateur du bureau le planning du jour est correct, mais il
ne descend pas sur les téléphones, même après déconnexion et réinstallation.

Résultat : les 34 auxiliaires de vie du secteur nord ne savent pas chez quels bénéficiaires se
rendre, et une bonne partie des tournées du matin comprend l'aide à la prise des médicaments.
Nous sommes deux au bureau et nous essayons de les appeler une par une, mais nous ne tiendrons pas
longtemps comme ça.

Merci de traiter en urgence et de me rappeler au bureau : 01 99 00 27 35.

Sandrine Vialle
Coordinatrice - Aide à Domicile du Val d'Orge"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tom Whitaker <tom@whitaker-design.example>",
         to="hello@la-verriere-cowork.example",
         subject="Réservation salle impossible",
         body="""\
Bonjour,

Depuis ce matin, quand je veux réserver la salle de réunion "Verrière" sur votre app, je clique
sur "Valider" et rien ne se passe. J'ai essayé aussi sur le site internet, même chose, et avec un
autre salle aussi, pareil.

J'ai un rendez-vous avec un client très important à 14h aujourd'hui et je dois absolument avoir
une salle. Je suis membre "Résident" depuis mars.

Est-ce que vous pouvez la réserver pour moi directement, ou réparer ça avant midi ?

Merci beaucoup,
Tom Whitaker
Bureau 3.12"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Loïc Morvan <commandes@comptoirduport.example>",
         to="pro@brasserie-rance.example",
         subject="Portail pro en panne - commande de la semaine par mail",
         body="""\
Bonjour,

Votre portail de commande pro est en panne depuis hier soir (« Service indisponible » dès la page
de connexion). Rien de dramatique, je vous envoie donc ma commande de la semaine par mail :

- 6 fûts 20 L Blonde de la Rance
- 4 fûts 20 L IPA Maëlle
- 3 cartons 24 x 33 cl Ambrée

Merci de me confirmer qu'elle est bien prise en compte pour la livraison de vendredi, et de me
prévenir quand le portail remarche.

Cordialement,
Loïc Morvan
Le Comptoir du Port - client n° BR-1187"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Hugo Ramette <h.ramette@velocite-exploitation.example>",
         to="support@cyclelink-systems.example",
         subject="RE: RE: Stations affichées vides alors qu'elles sont pleines - ticket 58213",
         body="""\
Toujours pas réglé ce matin. C'est ma troisième relance et personne ne m'a répondu.
Qui s'occupe de ce ticket ?

Hugo Ramette
Responsable exploitation VéloCité

> -----Message d'origine-----
> De : Hugo Ramette
> Envoyé : mardi 17 novembre 2026 08:52
> À : support@cyclelink-systems.example
> Objet : RE: Stations affichées vides alors qu'elles sont pleines - ticket 58213
>
> Aucune nouvelle depuis samedi. Les usagers nous appellent depuis des stations pleines en nous
> disant que l'appli leur affiche 0 vélo. Merci de me donner un délai.
>
> -----Message d'origine-----
> De : Hugo Ramette
> Envoyé : samedi 14 novembre 2026 10:15
> Objet : Stations affichées vides alors qu'elles sont pleines
>
> Bonjour,
> depuis votre mise à jour de vendredi soir, l'appli VéloCité affiche « 0 vélo disponible » sur
> 23 stations du centre-ville alors qu'elles sont pleines. Le déverrouillage à la borne marche,
> mais via l'appli c'est impossible sur ces stations et le taux de location a baissé de 40 %."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hélène Daridon <helene.daridon@courriel-ouest.example>",
         to="clients@optique-lumiere.example",
         subject="Double débit pour mes lunettes - facture OL-44-20931",
         body="""\
Bonjour,

J'ai commandé des lunettes progressives dans votre magasin de Saint-Herblain le 3 novembre
(facture n° OL-44-20931, montant 412,00 €, réglée par carte).

Sur mon relevé bancaire, je constate deux débits de 412,00 € en date du 4 novembre, avec le même
libellé « OPTIQUE LUMIERE 44 ». Je vous joins une capture du relevé.

Pourriez-vous procéder au remboursement du second débit ?

Je vous remercie par avance et vous souhaite une bonne journée.

Hélène Daridon"""),

    dict(n=11, signals="payment", priority="medium", trap="aside", qt=0, reply=0,
         frm="Karim Benali <karim.benali@fastmel.example>",
         to="reservations@lenigme-escape.example",
         subject="Remboursement toujours pas reçu - réservation ESC-77310",
         body="""\
Bonjour,

Le 12 octobre, c'est VOUS qui avez annulé notre session une heure avant (panne des mécanismes de
la salle « Le Manoir », d'après votre collègue). On m'a promis un remboursement intégral sous
10 jours.

Nous sommes le 20 novembre. J'ai relancé deux fois par téléphone, à chaque fois « c'est en
cours ». 144 € pour 6 personnes, ce n'est pas rien.

Si je n'ai pas le remboursement d'ici vendredi, je fais une contestation auprès de ma banque et je
laisse un avis détaillé partout.

Karim Benali
Réservation ESC-77310"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Céline Garnier <celine.garnier@boite-familiale.example>",
         to="agence.valence@routes-libres-campingcar.example",
         subject="Caution impossible à payer - départ demain matin (CV-2291)",
         body="""\
Bonjour,

Nous partons demain matin à 9 h avec le camping-car réservé (réservation CV-2291, agence de
Valence, 12 jours). Je n'arrive pas à payer la caution de 1 500 € sur votre site : la carte est
refusée à chaque fois (« Transaction refusée - code 05 »).

Ma banque m'assure qu'il n'y a aucun blocage de leur côté et que le plafond est largement
suffisant. J'ai essayé avec la carte de mon mari, même résultat.

Si la caution n'est pas réglée avant le départ, est-ce qu'on perd la réservation ? Les enfants
ont déjà fait leurs sacs... Merci de me rappeler au plus vite au 06 39 98 55 20.

Céline Garnier"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Maxime Tardieu <max.tardieu@mel-sport.example>",
         to="accueil@verticalbloc.example",
         subject="Prélèvements après résiliation",
         body="""\
Bonjour,
j'ai résilié mon abonnement en août (mail de confirmation du 28/08) et vous m'avez encore
prélevé 42 € le 5 septembre, le 5 octobre et le 5 novembre.
Merci d'arrêter les prélèvements et de me rembourser les 126 €.
Adhérent n° 30418
Maxime Tardieu

Envoyé de mon iPhone"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Nathalie Royer <accueil@cabinet-drperrin.example>",
         to="support-portail@labo-dentaire-armor.example",
         subject="Code SMS jamais reçu - impossible d'accéder au portail",
         body="""\
Bonjour,

Je suis assistante au cabinet du Dr Perrin (client n° 2207). Depuis ce matin, je ne peux plus me
connecter au portail de commande du laboratoire : après le mot de passe, il demande le code reçu
par SMS, mais le SMS n'arrive jamais. J'ai cliqué sur « Renvoyer le code » une dizaine de fois.
Le numéro enregistré est bien le portable du cabinet, qui reçoit les autres SMS normalement.

Du coup, impossible de vous transmettre les empreintes numériques des 5 patients d'aujourd'hui,
dont deux couronnes qui doivent être posées mardi prochain.

Pouvez-vous débloquer l'accès ou nous donner un autre moyen de nous connecter aujourd'hui ?

Merci,
Nathalie Royer
Cabinet dentaire du Dr Perrin - 02 99 00 14 62"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Georges Lemercier <georges.lemercier@wanado-senior.example>",
         to="aide@audilink.example",
         subject="Application AudiLink",
         body="""\
Madame, Monsieur,

Est-ce normal que l'application de mes appareils auditifs me demande de créer un nouveau compte ?

Depuis que mon petit-fils m'a installé un nouveau téléphone, quand j'ouvre AudiLink et que je mets
mon adresse, elle me répond « Adresse e-mail inconnue ». Pourtant je m'en sers depuis deux ans
avec la même adresse, celle de ce courrier.

Je ne voudrais pas perdre les réglages que mon audioprothésiste, M. Caradec, m'avait faits pour
le restaurant et la télévision.

Je vous remercie de votre aide.

Bien respectueusement,
Georges Lemercier"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Julie Bastide <julie.bastide@aeroport-garonne.example>",
         to="servicedesk@aeroport-garonne.example",
         subject="Réinitialisation MFA - nouveau téléphone pro",
         body="""\
Salut le support,

J'ai changé de téléphone pro vendredi (l'ancien est reparti chez l'opérateur, réinitialisé) et
l'appli d'authentification était dessus. Du coup je n'ai plus de code pour me connecter au
portail RH ni au webmail depuis l'extérieur.

Sur le poste fixe au bureau ça passe, donc pas urgent-urgent, mais je suis en déplacement à
partir de jeudi. Vous pouvez réinitialiser mon MFA pour que je l'enregistre sur le nouveau ?

Matricule 40872.

Merci !
Julie - Opérations piste, poste 3318"""),

    dict(n=17, signals="account", priority="medium", trap="closure", qt=0, reply=0,
         frm="Odette Prunier <odette.prunier@orange-mail.example>",
         to="boutique@tricot-machines-france.example",
         subject="Suppression de mon compte",
         body="""\
Bonjour,

Je souhaite que vous supprimiez mon compte client sur votre boutique ainsi que toutes mes
données. Je n'utilise plus ma machine à tricoter depuis mon opération de la main, et je reçois
encore vos lettres d'information chaque semaine.

J'ai essayé de le faire moi-même dans « Mon compte » mais je ne trouve pas le bouton.

Merci de me confirmer la suppression.

Odette Prunier
5 rue des Tisserands, 59100 Roubaix"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Inès Saadi <ines@cafe-mokale.example>",
         to="bastien@torrefaction-duplateau.example",
         subject="Le Huehue cartonne !",
         body="""\
Salut Bastien,

Je ne sais pas ce que vous avez mis dans le Huehuetenango de ce mois-ci mais il fait un carton :
tout est parti en quatre jours, les clients se l'arrachent et mes baristas sont morts à force
d'expliquer les notes de fruits rouges. Bref, on est à sec !

Tu peux nous rajouter 10 kg en grains sur la livraison de mardi ?

Et garde-nous deux places pour le cupping du 4 décembre, je meurs d'envie de goûter le nouveau
Kenya.

À plus,
Inès
Café Mokalé - Lyon 7e"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Vanessa Moreau <vanessa.moreau@mail-famille.example>",
         to="reservations@lenigme-escape.example",
         subject="Réserver « Incendie au Labo 13 » pour un anniversaire",
         body="""\
Bonjour,

Je voudrais réserver la salle « Incendie au Labo 13 » pour l'anniversaire de mon fils (14 ans),
le samedi 6 décembre vers 15 h, pour 6 joueurs.

Est-ce que le scénario convient à des ados de cet âge ? D'après votre site il y a de la fumée et
des alarmes, ça ne les dérangera pas, au contraire, ils adorent.

Peut-on aussi prévoir un gâteau et des boissons dans votre salle de pause après la partie ?

Merci d'avance,
Vanessa Moreau"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Frédéric Aubry <fred.aubry@boite-perso.example>",
         to="contact@capouest-vans.example",
         subject="Changer le mot de passe du wifi du fourgon",
         body="""\
Bonjour,

On a loué le fourgon aménagé « Iroise » pour 10 jours, tout est super. Le routeur 4G marche très
bien, mais j'aimerais changer le mot de passe du wifi : celui écrit au dos du boîtier fait
20 caractères et les enfants n'arrêtent pas de me le redemander.

Comment on fait ? Il y a une appli, ou une adresse du genre 192.168.quelque chose ?

Merci,
Frédéric"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Claire Dumas <claire.dumas@mel-maison.example>",
         to="inscriptions@piscine-hautsdeseyne.example",
         subject="Re: Inscriptions aux cours de natation - incident sur le site",
         body="""\
Bonjour,

Merci pour votre message. J'ai pu réinscrire Léa au cours du samedi 10 h, j'ai bien reçu la
confirmation cette fois. Tout est bon de mon côté.

Bonne journée,
Claire Dumas

> Le 18 nov. 2026 à 09:12, Piscine des Hauts de Seyne
> <inscriptions@piscine-hautsdeseyne.example> a écrit :
>
> Madame, Monsieur,
>
> Suite à une panne de notre plateforme d'inscription hier entre 18 h et 22 h, certaines
> inscriptions aux cours de natation n'ont pas été enregistrées. Le service est rétabli.
> Si vous n'avez pas reçu de mail de confirmation, merci de renouveler votre inscription.
>
> L'équipe de la piscine"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Bernard Lacombe <direction@cars-lacombe.example>",
         to="commercial@parentbus.example",
         subject="Questions avant souscription ParentBus",
         body="""\
Bonjour,

Nous sommes une petite société de transport scolaire (18 cars, secteur Haute-Ariège) et nous
étudions votre solution de suivi GPS ParentBus. Quelques questions avant de nous engager :

1. Que se passe-t-il en cas de coupure réseau dans les vallées ? Les positions sont-elles
   gardées en mémoire et renvoyées ensuite ?
2. Avez-vous un engagement de disponibilité (SLA) si votre plateforme tombe en panne un matin
   de rentrée ?
3. Si un prélèvement mensuel échoue, le service est-il coupé immédiatement ou y a-t-il un
   délai ?

Merci de nous envoyer également une proposition tarifaire pour 18 véhicules.

Cordialement,
Bernard Lacombe
Gérant - Cars Lacombe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Thi Lan Nguyen <pressingdelagare@mel-pro.example>",
         to="support@caisse-pressing.example",
         subject="Imprimante tickets ne sort plus rien",
         body="""\
Bonjour,

Depuis lundi, l'imprimante à tickets du pressing ne sort plus rien quand on valide un dépôt. Le
logiciel affiche « Ticket imprimé » mais aucun papier ne sort. Le test d'impression depuis les
réglages marche, c'est seulement depuis la caisse.

En attendant on fait les tickets à la main avec le carnet à souches, ça dépanne, mais le samedi
c'est long avec la file. Vous pouvez regarder quand vous avez un moment ?

Merci,
Mme Nguyen
Pressing de la Gare - licence n° PG-2231"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Régis Fontanel <permanence.t2@aeroport-garonne.example>",
         to="hotline@sortbag-systems.example",
         subject="Terminal 2 : tous les tapis affichent « vol inconnu »",
         body="""\
Bonjour,

Depuis 5 h 50, les 9 tapis de livraison bagages du Terminal 2 affichent « vol inconnu » et le
système de tri n'attribue plus aucun bagage aux tapis. Les valises s'accumulent en zone de tri et
les agents n'ont plus d'affichage pour savoir quel chariot va où.

7 arrivées sont prévues dans l'heure, soit environ 1 200 passagers, plus les départs du matin dont
les bagages ne partent plus vers les avions. Les compagnies commencent à parler de retarder les
rotations.

Merci de prendre la main à distance immédiatement. Je suis joignable au 05 99 00 63 18.

Régis Fontanel
Chef de permanence exploitation - Terminal 2"""),
]
