# blind14 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit-question", qt=0, reply=0,
         frm="Hélène Vasseur <h.vasseur@maisonvasseur.example>",
         to="sav@saunalys.example",
         subject="Question sur le boîtier de commande du sauna Nordika 2",
         body="""\
Bonjour,

Est-ce normal que le boîtier de commande de notre sauna Nordika 2 sente le plastique fondu au bout d'une vingtaine de minutes ?

Hier soir, l'odeur était assez forte pour qu'on la sente depuis le salon. En ouvrant la porte, j'ai vu que la paroi en bois juste derrière le poêle avait pris une couleur brun foncé, presque noire, sur une bande d'une dizaine de centimètres. Le cache du boîtier était si chaud que je n'ai pas pu garder la main dessus plus d'une seconde, et on entendait un petit grésillement à l'intérieur. Le thermostat affichait 70 °C alors que les pierres étaient visiblement bien au-delà.

Mon mari a coupé le disjoncteur et nous n'y avons plus touché depuis. Nous avons deux enfants de 8 et 11 ans qui aiment bien y aller avec nous le dimanche.

Le sauna a été installé en octobre par votre revendeur de Besançon (commande n° NK-20931). Que devons-nous faire ?

Cordialement,
Hélène Vasseur
01 99 00 27 14"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@courriel.example>",
         to="contact@audipile.example",
         subject="Plaquette de piles taille 10 – mon petit-fils",
         body="""\
Madame, Monsieur,

Je vous écris depuis l'hôpital, je fais court.

Ce matin, mon petit-fils de deux ans a attrapé sur ma table de nuit une plaquette de vos piles pour appareil auditif (taille 10, lot 4471-B). La languette s'est décollée toute seule quand il a tiré dessus ; quand ma femme l'a vu, il manquait deux piles. Il bavait énormément, il a refusé son biberon et il toussait en pleurant. La radio montre une pile coincée dans l'œsophage, ils vont la retirer sous anesthésie cet après-midi. On ne sait pas encore où est la deuxième.

Sur l'emballage il est écrit « fermeture spéciale enfants ». Un enfant de deux ans l'a ouverte en quelques secondes.

Je garde la plaquette. Je veux savoir si d'autres plaquettes de ce lot s'ouvrent de la même façon. Merci de me rappeler au 06 39 98 41 07.

Gérard Lemoine"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Samira Benali <samira.benali@boitemail.example>",
         to="support@traduc-express.example",
         subject="Mes documents personnels envoyés à un inconnu",
         body="""\
Bonjour,

Je viens de recevoir un message d'un certain M. Dufresne, que je ne connais pas. Il m'explique qu'en téléchargeant la traduction assermentée de son diplôme depuis votre espace client, il a reçu à la place un dossier à mon nom : la copie de mon passeport, mon acte de naissance et le certificat médical que j'avais fait traduire pour ma demande de visa. Il m'a envoyé une capture d'écran pour me le prouver ; on y voit mon numéro de passeport, ma date de naissance et mon adresse.

Je ne sais pas combien d'autres personnes ont reçu ces fichiers. Je vous demande :
- de me dire qui a eu accès à mon dossier (commande TR-58204) ;
- de désactiver immédiatement ce lien de téléchargement ;
- de m'expliquer par écrit ce que vous comptez faire.

Je me réserve le droit de saisir la CNIL.

Samira Benali"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Julien Marchetti <j.marchetti@velomail.example>",
         to="service-client@cyclopole.example",
         subject="Accident avec un vélo de la station Gare Saint-Roch – vélo dangereux",
         body="""\
Bonjour,

Dimanche vers 17h, ma fille (16 ans) a pris le vélo électrique n° 30812 à la station Gare Saint-Roch. Dans la descente de l'avenue Foch, à environ 25 km/h, le guidon s'est désolidarisé de la potence et a tourné dans ses mains. Elle est tombée et elle est blessée au poignet et au menton (cinq points de suture).

Ce vélo est dangereux, et d'après votre application il est toujours proposé à la location à la même station. Retirez-le tout de suite avant que quelqu'un d'autre se fasse mal.

J'attends également votre retour sur la déclaration d'accident que j'ai remplie dans l'appli (réf. DA-7719).

Julien Marchetti"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marc Olivieri <marc@plongee-calanques.example>",
         to="support@divelog-pro.example",
         subject="Impossible d'enregistrer les plongeurs ce matin",
         body="""\
Bonjour,

Depuis 7h15, aucun de nos trois postes n'arrive à ouvrir le registre des plongeurs : l'application reste sur le logo de chargement puis revient à l'écran d'accueil. Même chose sur la tablette du bateau.

Nous avons 38 clients sur le quai et deux bateaux qui doivent partir à 8h30. On ne peut ni vérifier les niveaux, ni les certificats médicaux, ni imprimer les fiches de palanquée. En ce moment on recopie tout à la main sur papier à partir des cartes de niveau, et les clients attendent en plein soleil. Notre centre de Cassis a exactement le même problème.

Appelez-moi dès que possible : 01 99 00 63 58.

Marc Olivieri
Plongée Calanques"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Clara Nguyen <clara.nguyen@mail.example>",
         to="aide@cinepass.example",
         subject="Appli CinéPass : écran blanc depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de jeudi, l'application s'ouvre sur un écran blanc et reste comme ça. Je ne peux plus afficher ma carte d'abonnée ni mes billets, et hier soir au Rex on m'a refusé l'entrée parce que je n'avais pas le QR code.

J'ai désinstallé et réinstallé, redémarré le téléphone (Android 14), vidé le cache : rien à faire. Mon abonnement illimité est payé jusqu'en juin et je ne peux plus aller au cinéma du tout.

Merci de régler ça,
Clara"""),

    dict(n=7, signals="outage", priority="medium", trap="degradation", qt=0, reply=0,
         frm="Thomas Girard <thomas.girard@domicile.example>",
         to="support@purair.example",
         subject="Appli PurAir très lente",
         body="""\
Bonjour,

Depuis environ une semaine, l'appli PurAir met plusieurs minutes à prendre en compte une commande (changement de mode, minuterie) et la courbe de qualité de l'air a souvent deux ou trois heures de retard. Les boutons sur le purificateur réagissent normalement, donc on se débrouille, mais le mode nuit programmé ne se déclenche plus à l'heure.

Modèle PA-400, firmware 2.3.1.

Bonne journée,
Thomas Girard"""),

    dict(n=8, signals="outage", priority="critical", trap="pos", qt=0, reply=0,
         frm="Aurélie Fontaine <aurelie.fontaine@lesgrandesmarees.example>",
         to="support-live@wristpay.example",
         subject="URGENT – bornes cashless en panne, bars bloqués",
         body="""\
Bonjour,

Toutes les bornes de rechargement des bracelets cashless sont en panne depuis 21h40 sur le site du festival Les Grandes Marées. Les terminaux des bars affichent « serveur injoignable » et refusent tous les bracelets, même ceux qui ont encore du crédit.

Nous avons 12 000 festivaliers sur place, les files devant les bars font cinquante mètres et les food trucks ne peuvent plus rien encaisser. La tête d'affiche monte sur scène dans une heure.

Our production manager is on site with your technician's number but nobody picks up.

Rappelez-moi immédiatement au 06 39 98 12 90.

Aurélie Fontaine
Directrice de production"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Baptiste Leroy <baptiste.leroy@randomail.example>",
         to="support@sentiers-app.example",
         subject="Cartes du GR20 : le téléchargement reste à 0 %",
         body="""\
Bonjour,

Je pars demain matin pour six jours sur le GR20 et je dois télécharger les cartes du parcours pour les avoir sans réseau dans la montagne. Depuis hier, chaque téléchargement reste bloqué à 0 % puis affiche « Erreur 503 ». J'ai essayé en Wi-Fi et en 4G, sur mon téléphone et sur celui de ma compagne : même résultat.

Sans ces cartes, l'abonnement Premium que j'ai pris justement pour ce voyage ne me sert à rien. Pouvez-vous regarder ça avant ce soir ?

Baptiste"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Nadia Perrin <nadia.perrin@famille-perrin.example>",
         to="reservations@strike-bowling.example",
         subject="Prélèvement en double – réservation anniversaire",
         body="""\
Bonjour,

J'ai réservé deux pistes pour l'anniversaire de mon fils le samedi 14 (réservation BWL-7731). Sur mon relevé, je vois deux débits de 86,40 € le même jour, à deux minutes d'intervalle, alors que je n'ai reçu qu'une seule confirmation.

Merci de me rembourser le second montant.

Cordialement,
Nadia Perrin"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Yann Le Goff <yann.legoff@ouestmail.example>",
         to="location@port-kerbihan.example",
         subject="Location voilier 15–22 août",
         body="""\
Bonjour,

Tout d'abord merci pour la semaine : le Rêve d'Iroise était impeccable, et merci à Erwan pour le briefing sur les courants au départ. On a pu aller jusqu'aux Glénan et même passer une nuit au mouillage à Houat, les enfants en parlent encore. Petite remarque au passage : le guide nautique à bord date de 2016 et certaines infos sur les mouillages ne sont plus à jour, ce serait bien de le remplacer pour les prochains.

Par contre, la caution de 1 500 € bloquée sur ma carte à l'état des lieux n'a toujours pas été libérée, alors que le bateau a été rendu le 22 sans aucun dommage (Erwan l'a noté sur la fiche de retour). Ma banque me dit que l'empreinte est toujours active côté loueur. Mon loyer de 980 € est prélevé le 5 et, avec ce montant bloqué, le prélèvement ne passera pas. Pouvez-vous débloquer la caution aujourd'hui ?

Encore merci pour l'accueil, on reviendra sûrement l'an prochain.

Bien à vous,
Yann Le Goff
Contrat LOC-2024-318"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Martine Roussel <martine.roussel@mail.example>",
         to="service@lentidirect.example",
         subject="Re: Votre compte a été réactivé",
         body="""\
Bonjour,

Merci, je peux de nouveau me connecter.

En revanche, en regardant mes factures, je vois que la facture n° F-24-08812 me compte la boîte de 6 mois (149,90 €) alors que mon abonnement est de 3 mois (79,90 €), et c'est bien une boîte de 3 mois que j'ai reçue. Pouvez-vous corriger la facture et me rembourser la différence de 70 € ?

Cordialement,
Martine Roussel

Le mar. 3 sept. 2024 à 10:12, Service client LentiDirect <service@lentidirect.example> a écrit :
> Bonjour Madame Roussel,
>
> Suite à votre appel, votre compte bloqué a été réactivé et votre mot de passe
> réinitialisé. Vous recevrez un lien pour en choisir un nouveau.
>
> L'équipe LentiDirect"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Paul Meunier <paul.meunier@mail.example>",
         to="billetterie@zoo-valmont.example",
         subject="Frais de 0,49 € ?",
         body="""\
Bonjour, simple curiosité : sur mes 4 billets achetés en ligne hier, il y a une ligne « frais de service 0,49 € ». À quoi correspondent-ils ? Rien de grave, je me demandais juste.
Merci, Paul"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Élodie Marchal <elodie.marchal@mail.example>",
         to="aide@parole-en-ligne.example",
         subject="Compte bloqué avant ma séance de jeudi",
         body="""\
Bonjour,

Après trois essais de mot de passe, mon compte est bloqué (« compte verrouillé, contactez le support »). J'ai demandé une réinitialisation mais je ne reçois aucun mail, même pas dans les indésirables.

J'ai ma séance avec Mme Aubert jeudi à 18h et je ne voudrais pas la manquer. Mon identifiant est elodie.marchal@mail.example.

Merci d'avance,
Élodie Marchal"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=1,
         frm="Karim Haddad <karim.haddad@mail.example>",
         to="support@parisplus.example",
         subject="Re: Code de vérification par SMS",
         body="""\
Bonjour,

J'ai fait ce que vous m'avez conseillé (redémarrer, vérifier), toujours rien. Le numéro enregistré, c'est l'ancien, le 06 39 98 55 21, que je n'ai plus depuis que j'ai changé d'opérateur. Du coup je ne reçois jamais le code, je ne peux pas me connecter, et je ne peux pas non plus changer le numéro puisque pour le changer il faut... le code.

Comment on fait ?

Karim Haddad

Le 12/09/2024 à 14:05, Support ParisPlus <support@parisplus.example> a écrit :
> Bonjour,
> Avez-vous essayé de redémarrer votre téléphone et de vérifier que le numéro
> enregistré dans votre profil est correct ?
> Cordialement, le support ParisPlus"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Isabelle Caron <isabelle.caron@mail.example>",
         to="contact@gouttevie.example",
         subject="Mon profil a disparu de l'appli GoutteVie",
         body="""\
Bonjour,

Depuis ce matin, quand je me connecte à l'appli GoutteVie avec mon adresse habituelle, elle me répond « aucun compte associé à cette adresse » et me propose d'en créer un. J'avais 23 dons enregistrés, mon groupe sanguin et mon prochain rendez-vous (le 18, à la maison du don de Lille).

Je n'ai jamais demandé la suppression de mon profil. Pouvez-vous le restaurer ?

Cordialement,
Isabelle Caron"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="François Petit <francois.petit@mail.example>",
         to="support@tirelire-kids.example",
         subject="Changer l'adresse e-mail du compte parent",
         body="""\
Bonjour, comment change-t-on l'adresse e-mail du compte parent dans l'appli Tirelire ? Je ne trouve pas l'option dans les réglages.
Merci ! François"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Léa Morel <lea.morel@mail.example>",
         to="resa@lechantbar.example",
         subject="Soirée de folie samedi + nouvelle réservation",
         body="""\
Coucou l'équipe !

Je voulais juste vous dire que samedi dernier, pour l'enterrement de vie de jeune fille de ma sœur, c'était une tuerie. On a mis le feu à la salle 3, ma sœur a explosé tous les scores sur « Je veux » et on est encore mortes de rire en y repensant.

Bref, on veut remettre ça : est-ce que la grande salle est libre le samedi 23 novembre pour 18 personnes, de 21h à 1h ? Et est-ce qu'on peut apporter un gâteau ?

Bisous,
Léa"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bernard Roux <b.roux@ecole-jaures.example>",
         to="reservations@planetarium-orion.example",
         subject="RE : Report de votre séance du 12 mars",
         body="""\
Bonjour,

Le 19 mars à 10h nous convient parfaitement. Nous serons 27 élèves et 4 accompagnateurs, comme prévu.

Merci pour votre réactivité.

B. Roux
CM2, École Jean-Jaurès

-----Message d'origine-----
De : Planétarium Orion <reservations@planetarium-orion.example>
Envoyé : lundi 10 mars 2025 16:22
À : b.roux@ecole-jaures.example
Objet : Report de votre séance du 12 mars

> Bonjour,
>
> En raison d'une panne du projecteur de la coupole, toutes les séances du
> 12 mars sont annulées. Nous pouvons vous proposer le 19 mars à 10h ou le
> 20 mars à 14h.
>
> Avec nos excuses,
> L'équipe du Planétarium Orion"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Sophie Lambert <sophie.lambert@mail.example>",
         to="sav@spa-azur.example",
         subject="Merci à Kevin !",
         body="""\
Bonjour,

Un grand merci à Kevin, votre technicien, passé hier. Le disjoncteur qui sautait toutes les dix minutes depuis une semaine s'est enfin calmé : c'était le joint de la pompe de chauffe qui gouttait sur le bornier. Il a tout changé en une heure, expliqué ce qu'il faisait et même nettoyé derrière lui.

Le spa est revenu à 37 °C ce matin et on a enfin pu l'essayer avec les voisins. Service au top, I'll leave you a five-star review.

Sophie Lambert"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Michel Aubry <michel.aubry@mail.example>",
         to="contact@cinema-lelux.example",
         subject="Incendies – séance en VO ?",
         body="""\
Bonjour,

Je vois dans le programme du ciné-club que vous repassez « Incendies » de Denis Villeneuve le mardi 8. La projection est-elle en version originale sous-titrée, et y aura-t-il un débat après ? Peut-on réserver en ligne avec la carte fidélité ?

Merci,
Michel Aubry"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="La Lettre CryptoNid <lettre@cryptonid.example>",
         to="support@portefeuille-alto.example",
         subject="La Lettre #42 : piratages, arnaques et faux airdrops – nos 5 réflexes",
         body="""\
Bonjour à toutes et à tous,

Au sommaire ce mois-ci :

1. Vols de portefeuilles : les attaques par hameçonnage ont augmenté de 30 % au dernier trimestre. Comment reconnaître un faux site en dix secondes.
2. Votre phrase de récupération ne se partage JAMAIS, même avec « le support ».
3. Faux airdrops : l'arnaque qui vide les comptes en une signature.
4. Webinaire jeudi 20h : « Mon compte a été piraté : et maintenant ? » Inscription gratuite sur notre site.
5. Le coin des débutants : portefeuille chaud ou froid, que choisir ?

Bonne lecture,
L'équipe CryptoNid

Vous recevez cette lettre car vous êtes abonné(e). Se désinscrire : cryptonid.example/desinscription"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Catherine Blanc <catherine.blanc@mail.example>",
         to="paiements@sortiescolaire.example",
         subject="TROISIÈME RELANCE – remboursement sortie aquarium annulée",
         body="""\
Bonjour,

Je vous écris pour la troisième fois. Six semaines après l'annulation de la sortie à l'aquarium, les 240 € payés pour mes deux enfants ne sont toujours pas revenus sur mon compte et personne ne me répond. Le trésorier de l'association des parents me dit que d'autres familles sont dans le même cas.

Sans réponse d'ici vendredi, je fais opposition auprès de ma banque et je saisis le médiateur.

Catherine Blanc

Le 2 octobre 2024 à 19:48, Catherine Blanc <catherine.blanc@mail.example> a écrit :
> Bonjour,
> Je vous relance concernant le remboursement de la sortie du 20 septembre
> (classe de 5e B, collège Camus), annulée par l'établissement. On m'avait
> annoncé un remboursement sous 10 jours. Toujours rien.
> Catherine Blanc
>
> Le 21 septembre 2024 à 08:15, Catherine Blanc a écrit :
> > Bonjour, la sortie à l'aquarium a été annulée. Quand serai-je remboursée
> > des 2 × 120 € payés par carte le 5 septembre ? Merci."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround-question", qt=0, reply=0,
         frm="Olivier Renaud <olivier.renaud@mail.example>",
         to="support@adoucia.example",
         subject="Appli Adoucia : « appareil introuvable »",
         body="""\
Bonjour,

Est-il normal que l'application n'arrive plus à joindre mon adoucisseur depuis votre mise à jour du 2 ? Elle affiche « appareil introuvable » en boucle, alors que l'adoucisseur est bien connecté au Wi-Fi (la box le voit).

Ce n'est pas dramatique : je peux lancer la régénération avec le bouton sur l'appareil et je vérifie le niveau de sel à l'œil, donc on a toujours de l'eau douce. Mais je n'ai plus l'historique de consommation ni les alertes de sel.

Modèle AQ-Soft 20, n° de série 7731-0092.

Merci,
Olivier Renaud"""),
]
