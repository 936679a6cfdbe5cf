# hand6 (blind7) -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Franck Moulinier <f.moulinier@laposte-mail.example>",
         to="contact@velocite-partage.example",
         subject="Vélo station Gare Nord",
         body="""\
Bonjour,

Hier soir vers 19h mon fils (16 ans) a pris un de vos vélos à la station Gare Nord, le n° 4471 d'après l'appli. Dans la descente de la rue des Tanneurs la roue avant s'est détachée d'un coup et il est passé par-dessus le guidon. Résultat : six points de suture au menton, deux dents cassées et une nuit aux urgences pour toute la famille.

Quand je suis allé voir le vélo ce matin, le levier qui tient la roue était ouvert et il manquait l'écrou de l'autre côté. Quelqu'un l'a peut-être trafiqué, je n'en sais rien, mais le vélo a été raccroché à la borne et n'importe qui peut le reprendre. Il y est toujours, j'ai laissé un mot sur la selle mais ça ne suffira pas.

Je vous demande de l'enlever aujourd'hui et de vérifier les autres vélos de cette station. J'attends aussi un retour écrit pour la suite (assurance, dentiste...).

Franck Moulinier"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Véronique Sallès <vero.salles@free-net.example>",
         to="service.client@ouia-audition.example",
         subject="appareil de ma mère",
         body="""\
Bonjour,

Je vous écris pour ma mère, 84 ans, qui porte vos appareils auditifs rechargeables (modèle Ouïa R2, achetés en mars chez son audioprothésiste).

Dimanche midi elle s'est plainte que l'oreille gauche la "piquait". Quand elle a retiré l'appareil, on ne pouvait pas le garder entre les doigts tellement il était chaud. Derrière l'oreille la peau est rouge vif et ce matin il y a une cloque de la taille d'un ongle. Le boîtier a gonflé d'un côté et ça sent le plastique chaud. Le socle de charge était posé sur sa table de nuit, je l'ai débranché et rangé dans une boîte en métal.

Est-ce que l'autre appareil risque la même chose ? Elle ne veut plus le mettre, et sans ça elle n'entend plus rien, même pas le téléphone. Elle vit seule.

Merci de me rappeler au 06 39 98 41 27, même en journée.

Véronique Sallès"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Sandrine Opitz <cse@transports-valmeyre.example>",
         to="commandes@brasserie-haute-lande.example",
         subject="Bouteilles qui explosent - lot 2611B",
         body="""\
Madame, Monsieur,

Nous avons acheté chez vous 12 cartons de votre bière de Noël (lot 2611B, DDM 09/2027) pour les colis de fin d'année du comité d'entreprise.

Depuis vendredi, quatre bouteilles ont éclaté toutes seules dans la réserve, sans que personne n'y touche. Un collègue qui rangeait les cartons a reçu un éclat de verre juste au-dessus de l'oeil ; heureusement il portait ses lunettes. Quand on ouvre une des bouteilles restantes, la mousse jaillit jusqu'au plafond.

On a isolé les cartons dans un coin sous une couverture, mais surtout : une centaine de bouteilles sont déjà parties chez les salariés, la plupart ont des enfants à la maison.

Qu'est-ce qu'on doit leur dire ? Faut-il tout rapporter, et où ? Merci de répondre vite, je dois envoyer une consigne à tout le personnel aujourd'hui.

Sandrine Opitz
Secrétaire du CSE - Transports Valmeyre"""),

    dict(n=4, signals="safety", priority="critical", trap="wrong-recipient", qt=0, reply=0,
         frm="Hélène Bastard-Moreau <h.bastard@cerfeuil-sas.example>",
         to="support@paie-facile.example",
         subject="Nos bulletins visibles par un autre client ???",
         body="""\
Bonjour,

Le comptable d'une autre société (Menuiserie Garrel, que nous ne connaissons pas) vient de nous téléphoner : dans SON espace sur votre logiciel de paie, il voit depuis ce matin NOS bulletins de novembre. Noms, adresses, numéros de sécurité sociale, IBAN et salaires de nos 37 salariés. Il nous a envoyé une capture d'écran, ce n'est pas une blague.

Chez nous l'espace s'affiche normalement. Je n'ai aucune idée du nombre de personnes qui ont pu consulter ces documents, ni si nous voyons nous-mêmes les données de quelqu'un d'autre sans le savoir.

J'ai besoin aujourd'hui de réponses écrites :
1) comment c'est possible
2) depuis quand
3) si d'autres clients sont concernés.
Nous devrons très probablement notifier la CNIL sous 72 h.

Coupez l'accès à ces documents s'il le faut.

Hélène Bastard-Moreau
Directrice administrative et financière
Cerfeuil SAS"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mathis Arnaud <billetterie@valravine-ski.example>",
         to="astreinte@accesneige.example",
         subject="URGENT portiques",
         body="""\
Bonjour,

Station de Val-Ravine. Depuis 8h35 tous les portiques du domaine refusent les forfaits : voyant rouge, bip, rien d'autre. Forfaits vendus hier, ceux de ce matin, abonnements saison, même chose. Les caisses vendent encore (le logiciel de vente tourne), mais on dirait que les lecteurs ne reçoivent plus la liste des titres valides.

On a ouvert les portillons à la main sur deux remontées pour ne pas bloquer tout le monde, donc plus aucun contrôle, et il y a déjà plus de 300 personnes qui attendent au départ de la télécabine. Premier samedi des vacances, je vous laisse imaginer.

Votre ligne d'astreinte sonne dans le vide.

Rappelez-moi au 06 39 98 12 80.

Mathis Arnaud
Responsable billetterie"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Kevin Lhermitte <kevin@filament-et-co.example>",
         to="help@strata3d.example",
         subject="Panne du cloud ?",
         body="""\
bonjour

est-ce que votre service d'impression à distance est en panne ? depuis hier 22h mon imprimante (Strata X3, n° de série SX3-0092817) apparait "hors ligne" dans l'interface web alors qu'elle est bien connectée au wifi. l'écran de la machine affiche "connexion au serveur impossible (code 0x1F)". j'ai redémarré la box, l'imprimante, remis le firmware, rien.

le problème c'est que sur ce modèle on ne peut PAS lancer une impression sans passer par votre cloud (ce que je trouve absurde d'ailleurs, mais bon). je dois livrer 40 pièces à un client vendredi et je suis complètement à l'arrêt.

merci de me dire si c'est chez vous ou chez moi

Kevin L.
atelier Filament & Co"""),

    dict(n=7, signals="outage", priority="medium", trap="slow", qt=0, reply=0,
         frm="Nadia Cherkaoui <n.cherkaoui@mediatheques-saintaubin.example>",
         to="support@bibliosoft.example",
         subject="lenteur catalogue / réservations",
         body="""\
Bonjour,

Depuis lundi le catalogue en ligne du réseau des médiathèques est extrêmement lent : une recherche simple met entre 40 secondes et 2 minutes à s'afficher, et une fois sur trois on tombe sur une page blanche. Les réservations des usagers finissent par passer, mais beaucoup abandonnent avant.

À la banque de prêt on s'en sort avec le client installé sur les postes de l'accueil, qui répond normalement, donc ce n'est pas bloquant pour le personnel. Par contre les usagers nous appellent pour réserver par téléphone.

Avez-vous une idée de ce qui se passe ? Aucun changement de notre côté à ma connaissance.

Cordialement,

Nadia Cherkaoui
Responsable informatique documentaire
Réseau des médiathèques de Saint-Aubin"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Yannick Beaupré <y.beaupre@contact-horizon.example>",
         to="noc@telvox-cloud.example",
         subject="plus aucun appel entrant - 42 conseillers",
         body="""\
Bonjour,

Depuis 13h10 aucun appel entrant n'est distribué à nos conseillers. Côté clients : message d'accueil, musique d'attente, et au bout de 30 secondes ça raccroche. Côté plateau : tout le monde est en statut "disponible" et rien n'arrive. Le tableau de bord temps réel affiche 0 appel en file, ce qui est évidemment faux.

Les appels sortants fonctionnent, seulement les entrants sont touchés.

On a 42 personnes en poste sur le SAV d'un gros fournisseur d'énergie, c'est la période des relevés de compteur, on perd plusieurs centaines d'appels par heure et notre client nous appelle déjà.

Ticket ouvert dans le portail à 13h25 (#CC-88412), toujours pas pris en charge. Appelez-moi immédiatement.

--
Yannick Beaupré
Superviseur plateau - Contact Horizon Lille"""),

    dict(n=9, signals="outage", priority="high", trap="sync", qt=0, reply=0,
         frm="Claire Vendôme <reception@hotel-lesmouettes.example>",
         to="support@channelbay.example",
         subject="synchro",
         body="""\
Bonjour,

La synchronisation entre votre channel manager et les sites de réservation ne se fait plus depuis hier soir vers 23h. Les nouvelles réservations n'arrivent plus dans notre planning et nos disponibilités ne remontent plus vers les sites. Résultat ce matin : la chambre 12 a été vendue deux fois pour ce week-end, et je ne sais pas combien d'autres doublons vont tomber.

Le journal affiche seulement "Erreur 504 - délai dépassé" en boucle.

J'ai fermé les ventes à la main sur un des sites mais je ne peux pas passer la journée à faire ça partout. Nous avons 28 chambres et nous sommes complets pour le marché de Noël.

Merci de regarder rapidement.

Claire Vendôme
Hôtel Les Mouettes - Port-Aubry"""),

    dict(n=10, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Romain Tessier <romain@pain-partage.example>",
         to="porteurs@collectons.example",
         subject="versement de la collecte ?",
         body="""\
Bonjour,

Notre campagne "Le Four Mobile" s'est terminée le 14 novembre avec 18 640 EUR collectés (objectif atteint à 124 %). Votre FAQ parle d'un versement sous 15 jours ouvrés. Nous sommes le 11 décembre et rien n'est arrivé sur le compte de l'association. Dans le tableau de bord, le statut est "Versement en cours" depuis le 20 novembre, sans bouger.

J'ai déjà écrit via le formulaire le 2 décembre : réponse automatique, et plus rien.

Le souci est très concret : le four est commandé, l'artisan attend le solde de 12 000 EUR avant la fin de la semaine, sinon il donne notre créneau de fabrication à quelqu'un d'autre et on perd six mois. L'association ne peut pas avancer cette somme.

Pouvez-vous me dire où en est le virement et me donner une date ferme ?

Romain Tessier
Trésorier - Association Pain Partagé"""),

    dict(n=11, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Inès Gallardo <ines.gallardo@mailbox.example>",
         to="reservation@demenagements-rhonalp.example",
         subject="acompte",
         body="""\
Bonjour,

j'ai réservé un déménagement pour le 8 janvier (devis D-25-3318, Lyon vers Grenoble). L'acompte de 420 EUR a été prélevé deux fois sur ma carte, le 3 et le 4 décembre (relevé en pièce jointe). La première fois votre page de paiement m'avait affiché une erreur, c'est pour ça que j'ai recommencé le lendemain, mais visiblement le premier paiement était passé.

Pouvez-vous me rembourser le doublon ? Merci d'avance.

Inès Gallardo"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Damien Rouquier <d.rouquier@barlet-ingenierie.example>",
         to="facturation@hotel-beffroi.example",
         subject="Facture n° HB-2026-1187 à corriger",
         body="""\
Bonjour,

J'ai séjourné dans votre établissement du 2 au 4 décembre pour un déplacement professionnel (réservation au nom de Barlet Ingénierie). La facture que j'ai reçue comporte deux erreurs :

- la taxe de séjour est comptée pour 2 personnes, j'étais seul ;
- une ligne "minibar 23,50" le 3/12 : je n'ai rien consommé.

Notre comptabilité refuse la note de frais tant que la facture n'est pas exacte. Pourriez-vous m'envoyer une facture rectifiée et recréditer la différence sur la carte de la société ?

Bien à vous,
Damien Rouquier
Barlet Ingénierie - Chargé d'affaires"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Lucie Fontaine <lucie.fontaine@webmel.example>",
         to="bonjour@laverie-bulle.example",
         subject="petite question",
         body="""\
bonjour,

sur mon dernier ticket (retrait du 6/12, 2 couettes + 1 sac de linge) il y a une ligne "frais de service 1,90" que je n'avais jamais vue avant. c'est nouveau ? ça correspond à quoi exactement ?

rien de grave hein, je voulais juste comprendre :)

merci et bonne journée
Lucie"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Joël Le Fur <gaec.lefur@agrimail.example>",
         to="assistance@coop-laitiere-armor.example",
         subject="Compte bloqué impossible de saisir mes livraisons",
         body="""\
Bonjour,

Éleveur laitier à Plancoët, n° adhérent 40-2281.

Depuis ce matin mon compte sur l'application de la coopérative est bloqué. J'ai changé de téléphone, je me suis trompé de mot de passe plusieurs fois et maintenant ça affiche "compte verrouillé, contactez votre administrateur". La réinitialisation par mail ne marche pas non plus, le lien me renvoie sur la même page.

Je dois enregistrer les volumes de la semaine et les résultats d'analyse du tank avant ce soir minuit sinon c'est compté en retard. Je n'ai pas d'autre moyen de le faire, le technicien de la coop ne passe que jeudi.

Vous pouvez me débloquer ?

Joël Le Fur
GAEC Le Fur"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Baptiste Mérel <b.merel@labo-merel.example>",
         to="support@empreinte-connect.example",
         subject="code de vérification jamais reçu",
         body="""\
Bonjour,

Je suis prothésiste au laboratoire dentaire Mérel et j'utilise votre portail pour récupérer les empreintes numériques envoyées par les cabinets.

Depuis que j'ai changé d'opérateur (même numéro, portabilité faite le 28/11), le code de vérification par SMS n'arrive plus. J'ai essayé une dizaine de fois, attendu, redémarré le téléphone. Les autres SMS arrivent normalement.

Mes deux collègues peuvent encore se connecter, donc on se débrouille en passant par leurs postes, mais ce n'est pas idéal. Est-il possible de passer la double authentification sur une application type Authenticator, ou de vérifier mon numéro de votre côté ?

Merci,
Baptiste Mérel"""),

    dict(n=16, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Camille Delorme <camille@pf-delorme.example>",
         to="support@memoria-en-ligne.example",
         subject="changement d'administrateur du compte",
         body="""\
Madame, Monsieur,

Les Pompes Funèbres Delorme utilisent votre plateforme pour publier les avis de décès et les registres de condoléances en ligne.

Le compte principal a été créé en 2021 par M. Alain Delorme, mon oncle, qui a pris sa retraite et m'a cédé l'entreprise en octobre. Tous les droits d'administrateur sont restés sur son adresse, qu'il ne consulte plus du tout. Je peux publier des avis avec mon accès, mais je ne peux ni ajouter de collaborateurs ni modifier les coordonnées de facturation.

Comment transférer la propriété du compte à mon nom ? Je peux fournir l'extrait Kbis et l'acte de cession. Mon oncle est d'accord et peut vous écrire si nécessaire.

Avec mes remerciements,

Camille Delorme
Pompes Funèbres Delorme - Saint-Jory"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Thierry Vasseur <t.vasseur@courrier-ancien.example>",
         to="billetterie@parc-zoo-verdiere.example",
         subject="adresse mail pass annuel",
         body="""\
Bonjour,

Nous avons un pass annuel famille pour le parc. Je vais bientôt fermer cette adresse mail : comment je change l'adresse e-mail de mon espace en ligne ? Je ne trouve pas où faire ça dans "Mon profil", il n'y a que le téléphone et l'adresse postale.

Pas pressé, c'est juste pour ne pas rater les invitations.

Merci,
Thierry Vasseur"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gaëtan Perrichon <gaetan@brasserie-labricole.example>",
         to="commandes@houblons-dalsace.example",
         subject="votre Citra nouvelle récolte",
         body="""\
Salut l'équipe,

Petit retour sur le houblon commandé en octobre (commande 7712, Citra et Nelson) : c'est une tuerie. Notre NEIPA de décembre a fait un carton au bar, les fûts se sont vidés en trois soirs, les clients se sont littéralement jetés dessus. Mon brasseur dit que c'est le meilleur lot qu'on ait eu depuis trois ans, et pourtant ce n'est pas le genre à s'enflammer pour un rien.

Bref, on reprendra la même chose pour janvier, je passe commande la semaine prochaine. Et si vous avez un peu de Nectaron, mettez-m'en de côté, je suis preneur.

Bonne journée et bravo,

Gaëtan - Brasserie La Bricole"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Aurélie Fabre <aurelie.fabre@famille-fabre.example>",
         to="groupes@parc-zoo-verdiere.example",
         subject="anniversaire",
         body="""\
Bonjour,

Mon fils aura 9 ans en février et il est fan de tout ce qui pique, mord et empoisonne :) J'ai vu sur votre site l'atelier "Les animaux les plus dangereux du monde" au vivarium, avec la présentation des serpents venimeux et des mygales.

Est-ce que cet atelier peut se réserver pour un anniversaire, un samedi après-midi, pour une dizaine d'enfants ? Quel est le tarif, et y a-t-il une salle pour le goûter ensuite ?

Autre question : les enfants peuvent-ils toucher certains animaux, ou tout se passe derrière la vitre ? Une des invitées est assez craintive et sa maman m'a posé la question.

Merci d'avance,
Aurélie Fabre"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Morgane Kerbrat <m.kerbrat@breizhnet.example>",
         to="sav@plein-air-boutique.example",
         subject="livraison commande CMP-558120",
         body="""\
Bonjour,

Je voulais vous faire part de mon mécontentement, même si ce n'est pas dramatique.

J'ai commandé une tente 3 places et deux matelas autogonflants pour un départ au printemps, donc rien d'urgent. Livraison annoncée le 1er décembre, reçue le 9. Passons.

Ce qui m'a surtout agacée, c'est le livreur : il a lancé le carton par-dessus le portail sans sonner, le carton a atterri dans une flaque, et quand ma voisine lui a fait une remarque il lui a répondu de façon très grossière. J'ai tout déballé et vérifié, le matériel est intact, l'emballage a bien protégé.

Je ne demande rien de particulier, mais transmettez au transporteur : ce n'est pas une façon de traiter les clients.

Cordialement,
M. Kerbrat"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Pierre-Yves Gourcuff <py.gourcuff@voilier-aldebaran.example>",
         to="capitainerie@port-kerhallec.example",
         subject="Tout est rentré dans l'ordre",
         body="""\
Bonjour Madame Lacombe,

Je voulais simplement vous dire que depuis le remplacement du lecteur le mois dernier, mon badge ouvre de nouveau le portail du ponton B sans aucun souci, même la nuit. Le remboursement des deux nuits en place visiteur que j'avais dû payer à l'époque est aussi arrivé sur mon compte la semaine dernière. Merci d'avoir suivi ça de près.

Au passage, la nouvelle borne d'eau au bout du ponton est très pratique, bravo aux agents du port.

On se verra sans doute à l'assemblée des plaisanciers en janvier.

Cordialement,
Pierre-Yves Gourcuff
"Aldebaran", place B-17"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Mei Nakamura <mei.nakamura@etudiants-mail.example>",
         to="scolarite@linguaville.example",
         subject="RE: Accès plateforme - compte bloqué",
         body="""\
Bonjour Julien,

C'est bon, j'ai pu me reconnecter avec le nouveau lien et j'ai retrouvé tous mes cours et mes devoirs. Merci beaucoup pour la rapidité !

Je serai bien au cours de conversation jeudi.

Bonne soirée,
Mei

Le 08/12/2026 à 10:02, Scolarité Linguaville a écrit :
> Bonjour Mei,
> Je vous ai envoyé un lien de réinitialisation, valable 24 h.
> Julien
>
> Le 08/12/2026 à 09:14, Mei Nakamura a écrit :
>> Bonjour,
>> Mon compte élève est bloqué depuis ce matin, j'ai le message "compte suspendu"
>> et je n'arrive plus à me connecter pour rendre mon devoir d'espagnol.
>> Pouvez-vous m'aider ?
>> Mei"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Frédéric Nguyen-Lamy <f.nguyenlamy@maraichers-ouest.example>",
         to="support-entreprise@rh-nuage.example",
         subject="SSO KO pour toute l'entreprise - clôture de paie aujourd'hui",
         body="""\
Bonjour,

Depuis votre maintenance de cette nuit, plus personne chez nous ne peut se connecter à la plateforme RH via notre SSO. Le portail renvoie "Assertion SAML invalide" puis revient à la page de connexion. Ça touche les 9 gestionnaires de paie et les 640 salariés qui doivent valider leurs notes de frais et leurs absences. Les deux comptes de secours en connexion locale fonctionnent, donc le service lui-même répond.

Nous n'avons rien modifié de notre côté, le certificat est valide jusqu'en 2028.

Aujourd'hui c'est la clôture de la paie de décembre. Si les gestionnaires ne peuvent pas saisir les variables avant 18 h, les virements de salaire du 23 ne partiront pas à temps.

Merci de traiter en priorité absolue et de m'appeler dès que quelqu'un est dessus.

Frédéric Nguyen-Lamy
DSI - Groupe Maraîchers de l'Ouest"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Olivier Sanchez <olivier.sanchez@recifmail.example>",
         to="support@aquatrol.example",
         subject="Re: App Aquatrol - plus de données depuis la mise à jour",
         body="""\
Bonjour,

Je relance, toujours pareil depuis la mise à jour 4.2 : l'appli reste bloquée sur "Chargement des mesures..." et les graphiques sont vides, sur le téléphone comme sur la tablette. Les notifications d'alerte ne partent plus non plus.

Cela dit, le contrôleur lui-même fait son travail : chauffage, éclairage et pompe doseuse tournent normalement, et je lis température et pH sur l'écran du boîtier et par l'interface locale. Donc pas d'urgence, les poissons vont bien, mais j'aimerais retrouver le suivi à distance avant de partir en vacances le 20.

Merci,
Olivier Sanchez

Le 2 déc. 2026 à 18:40, Olivier Sanchez a écrit :
> Bonjour, depuis la mise à jour de l'application hier soir, je n'ai plus
> aucune mesure qui s'affiche (ni température ni pH). Le contrôleur est bien
> en ligne d'après le voyant. Un souci chez vous ?"""),
]
