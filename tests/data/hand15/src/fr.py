# blind16 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nadège Carpentier <nadege.carpentier@mailbox.example>",
         to="service.client@chaleur-nomade.example",
         subject="Chauffage d'appoint CN-4200 : odeur bizarre et enfants malades",
         body="""\
Bonjour,

Nous avons acheté chez vous le chauffage d'appoint au propane CN-4200 il y a trois semaines
(commande n° 58-20417). Jusqu'ici aucun souci.

Depuis hier soir il y a dans le salon une odeur piquante, un peu comme des œufs pourris, dès
qu'il tourne depuis une demi-heure. La petite veilleuse est devenue jaune et tremblote alors
qu'elle était bien bleue au début. Ce matin mes deux enfants se sont réveillés avec un gros mal
de tête, la plus jeune a vomi deux fois et mon mari a dû s'asseoir parce que la tête lui
tournait.

On a fermé la bouteille, débranché l'appareil et ouvert toutes les fenêtres. Les enfants sont
chez ma mère. Qu'est-ce qu'on fait de l'appareil maintenant ? Quelqu'un peut-il me rappeler au
06 39 98 14 27 aujourd'hui ?

Nadège Carpentier"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Baptiste Lemaire <b.lemaire@velomail.example>",
         to="sav@watt-cycles.example",
         subject="Question sur la batterie PowerRide 500",
         body="""\
Bonjour,

Est-ce normal que la batterie de mon vélo électrique (PowerRide 500 Wh, achetée le 12 mars)
fasse un petit sifflement aigu quand elle est en charge ?

Hier soir elle était tellement chaude que je n'arrivais plus à la garder dans la main. Ce matin
le boîtier est gonflé sur un côté, le couvercle ne se referme plus, et il y a dans le garage une
odeur sucrée, un peu chimique, que je ne connaissais pas. Elle est toujours sur le chargeur,
posée à côté des bidons d'essence de la débroussailleuse. Je préfère ne pas y toucher.

Je la renvoie comment ?

Merci,
Baptiste"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Gérard Fontanel <gerard.fontanel@orangerie.example>",
         to="support@syndic-en-ligne.example",
         subject="Espace copropriétaire : je vois le dossier d'une autre personne",
         body="""\
Madame, Monsieur,

Je me suis connecté ce matin à mon espace copropriétaire (résidence Les Tilleuls, lot 14) pour
télécharger l'appel de fonds du 2e trimestre. Le PDF qui s'est ouvert n'est pas le mien : c'est
celui de Mme Roussel, 3e étage. J'y vois son adresse, son IBAN, le détail de ses impayés et même
une note interne sur un litige avec son ancien conjoint. En cliquant sur « Mes documents » je
tombe aussi sur la copie de sa pièce d'identité.

Je n'ai évidemment rien téléchargé de plus, mais j'en déduis que quelqu'un d'autre peut lire mes
propres documents. Merci de couper l'accès à ces pièces et de me dire qui a pu voir mon dossier.

Gérard Fontanel"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Atelier Morvan Métallerie <contact@morvan-metallerie.example>",
         to="sav@outillage-pro.example",
         subject="URGENT - disque de meuleuse projeté, apprenti blessé",
         body="""\
Bonjour,

Meuleuse d'angle MX-230 achetée le mois dernier (facture F-2291). Cet après-midi le disque s'est
détaché en pleine rotation : l'écrou de serrage a littéralement dévissé tout seul. Le disque a
traversé l'atelier, a frôlé la tête de mon apprenti et lui a ouvert l'avant-bras. Il a eu six
points de suture.

C'est extrêmement dangereux. J'ai deux autres MX-230 du même lot sur les établis, je les ai
mises sous clé. Je veux savoir s'il y a un défaut connu sur l'écrou et ce que vous comptez faire.

Yann Morvan
Atelier Morvan Métallerie
02 61 91 40 18"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandrine Oudin <planning@sols-oudin.example>",
         to="support@chantier-planner.example",
         subject="Nos poseurs n'ont aucun chantier ce matin",
         body="""\
Bonjour,

Depuis 7 h, aucun de nos 14 poseurs ne voit ses interventions du jour dans l'appli : l'écran
« Mes chantiers » reste vide chez tout le monde, sur Android comme sur iPhone. Côté bureau, le
planning de la semaine s'affiche en gris et je ne peux ni ouvrir ni déplacer un rendez-vous.

Les gars attendent au dépôt avec les camions chargés de parquet et ne savent pas où aller, et
les clients commencent à appeler pour savoir pourquoi personne n'est arrivé. Je suis en train
de tout reconstituer à la main avec les bons papier d'hier.

Rappelez-moi vite s'il vous plaît : 01 99 00 27 63.

Sandrine Oudin
Sols Oudin & Fils"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Julien Masson <julien@appart-city-lyon.example>",
         to="support@conciergo.example",
         subject="Les voyageurs ne reçoivent plus leurs codes d'entrée",
         body="""\
Bonjour,

Depuis midi, plus aucun code d'accès ne part vers nos voyageurs : le message automatique
d'arrivée reste bloqué « en attente » dans votre back-office pour nos 22 appartements.
Trois familles sont déjà sur le trottoir rue Mercière avec leurs valises et on a 18 arrivées
prévues ce soir. Je ne peux pas non plus générer de code à la main, le bouton ne répond pas.

On a une seule personne sur place qui court d'un immeuble à l'autre avec les clés de secours.

Julien Masson - Appart City Lyon
04 65 71 09 52"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Claire Dupuis-Ribeiro <claire.dr@courriel.example>",
         to="aide@thermosol.example",
         subject="Impossible de régler mon plancher chauffant",
         body="""\
Bonjour,

Depuis samedi je ne peux plus rien régler dans l'appli ThermoSol. Elle tourne une dizaine de
secondes puis me renvoie à l'écran d'accueil, et ça recommence. J'ai désinstallé, réinstallé,
redémarré la box : pareil.

Le thermostat mural est verrouillé par l'appli, donc il reste bloqué sur le mode « absence »
et il fait 16 °C dans l'appartement. Que puis-je faire ?

Claire"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Thomas Giraud <tgiraud@foulee.example>",
         to="support@pulse-run.example",
         subject="Synchro sans tracé GPS depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour 4.12 de l'appli, mes sorties se synchronisent avec la montre, mais
seulement la durée et le cardio : la carte et le tracé GPS restent vides, et du coup l'allure
au kilomètre n'est plus calculée. Sur la montre elle-même le tracé est bien là.

Ce n'est pas dramatique, je peux continuer à courir, mais mon club utilise les tracés pour le
challenge du mois. Un correctif est prévu ?

Thomas"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Inès Benali <ines.benali@webmel.example>",
         to="contact@cordage-express.example",
         subject="Site inaccessible - impossible de commander",
         body="""\
Bonjour,

Votre site est en panne depuis hier soir. Quand je veux valider ma demande de cordage, j'ai
seulement une page blanche avec « 503 Service Unavailable - please try again later ». Pareil
sur mon téléphone et sur l'ordinateur de mon mari.

J'ai un tournoi samedi et mes deux raquettes sont sans cordage. Est-ce que je peux les déposer
directement à l'atelier ?

Inès Benali"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Karim Haddad <karim.haddad@mototribu.example>",
         to="service-client@equip-moto.example",
         subject="Débité deux fois pour le blouson",
         body="""\
Bonjour,

Commande n° EM-771204 (blouson cuir Rider, taille L). Mon relevé bancaire montre deux
prélèvements de 289,90 € le même jour, à 14h02 et 14h03. Je n'ai reçu qu'un seul blouson et
qu'une seule confirmation.

Merci de rembourser le doublon.

Karim Haddad"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Mélanie Perrot <melanie.perrot@boitemail.example>",
         to="clients@plans-et-cuisines.example",
         subject="Remboursement de l'acompte toujours pas reçu",
         body="""\
Bonjour,

J'ai annulé le 2 mai ma commande de plan de travail en quartz (devis D-4410), dans le délai
prévu par vos conditions. Votre conseiller, M. Vasseur, m'a confirmé par écrit que l'acompte de
1 200 € serait remboursé « sous 5 jours ouvrés ». Nous sommes le 16 et je n'ai toujours rien.

Je vous avoue que je suis très juste : mon loyer est prélevé le 20 et sans ce remboursement le
compte sera à découvert. Pouvez-vous me dire aujourd'hui où en est le virement, et m'envoyer
une preuve d'émission ?

Merci d'avance,
Mélanie Perrot"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Roger Lacombe <roger.lacombe@campagne.example>",
         to="facturation@fioul-du-causse.example",
         subject="Livraison du 3 octobre",
         body="""\
Bonjour,

D'abord un grand merci à votre chauffeur, le jeune Mathis, qui a été d'une gentillesse rare :
il a déplacé lui-même la brouette et les bûches qui gênaient l'accès à la cuve, et il a pris
le temps d'expliquer à ma femme comment lire la jauge. Ce n'est pas toujours le cas, alors ça
mérite d'être dit. Le camion a pu se garer sans abîmer la pelouse cette fois, et il a même
refermé le portail derrière lui à cause du chien.

Concernant le fioul lui-même, rien à dire, la chaudière a redémarré sans problème et on a eu
chaud tout le week-end malgré les gelées. Je vous recommanderai à mon beau-frère qui habite
à Millau et qui cherche un fournisseur.

Par contre, en recevant la facture F-10-3318, je vois 1 500 litres facturés, soit 1 687,50 €.
Or j'avais commandé 1 000 litres, le bon de livraison signé par Mathis indique 1 000 litres, et
ma jauge est passée de 1/4 à 3/4 sur une cuve de 2 000 litres, ce qui fait bien 1 000 litres.
Le prélèvement est prévu le 25. Pouvez-vous corriger la facture avant ?

Bien cordialement,
Roger Lacombe"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Odile Marchand <odile.marchand@jardinage.example>",
         to="contact@graines-anciennes.example",
         subject="Petite question sur ma facture",
         body="""\
Bonjour,

Simple curiosité : sur ma commande de semences (tomates et haricots), il y a une ligne « frais
de préparation » de 0,90 €. Je ne l'avais pas vue les autres années, c'est nouveau ?

Bonne journée,
Odile"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Lucie Fabre <lucie.fabre@petsit.example>",
         to="support@gardes-toutous.example",
         subject="Compte bloqué, lien de réinitialisation expiré",
         body="""\
Bonjour,

Mon compte de pet-sitter est bloqué depuis ce matin après plusieurs essais de mot de passe (je
crois que le clavier de mon téléphone mettait une majuscule toute seule). Le lien de
réinitialisation que je reçois indique « lien expiré » alors que je clique dessus dans la minute.

J'ai des gardes prévues ce week-end et j'aimerais voir les consignes des propriétaires.

Lucie Fabre"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Pierre-Yves Kermarrec <py.kermarrec@iroise.example>",
         to="aide@echange-maisons.example",
         subject="Code SMS envoyé sur mon ancien numéro",
         body="""\
Bonjour,

J'ai changé d'opérateur et de numéro le mois dernier. Depuis, quand je me connecte, le site me
demande le code de vérification envoyé par SMS… sur l'ancien numéro, qui n'existe plus. Je
n'ai donc plus accès à mon profil ni aux messages de la famille avec qui nous échangeons notre
maison en juillet.

Mon nouveau numéro : 06 39 98 51 06. Comment peut-on mettre à jour ça ?

Pierre-Yves"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Anaïs Delorme <anais.delorme@balades.example>",
         to="support@promenons-les.example",
         subject="Mon profil de promeneuse",
         body="""\
Bonjour,

Est-ce normal que mon profil de promeneuse de chiens n'apparaisse plus du tout dans l'appli ?
Depuis jeudi, mes clients habituels ne me trouvent plus dans la recherche, et quand je me
connecte j'arrive sur un écran « Créez votre profil » comme si je venais de m'inscrire. Mes 47
avis et mes photos ont disparu. Je n'ai rien supprimé de mon côté.

Anaïs"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Hugo Barbier <hugo.barbier@trail.example>",
         to="support@pulse-run.example",
         subject="Changer l'adresse e-mail du compte",
         body="""\
Bonjour,
Comment je fais pour remplacer l'adresse e-mail de mon compte par mon adresse perso ? Je ne
trouve pas l'option dans les réglages. Merci !"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Émilie Santoni <emilie.santoni@isula.example>",
         to="contact@pyro-fetes.example",
         subject="Pack « Bouquet final Explosif » pour un mariage",
         body="""\
Bonjour,

Pour le mariage de ma sœur le 23 août, nous aimerions commander le pack « Bouquet final
Explosif » et deux « Volcan rouge ». Livrez-vous en Corse ? Et si la date devait être reportée
(la météo ici en août…), peut-on annuler et être remboursés, ou seulement avoir un avoir ?

Merci pour vos réponses,
Émilie"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Karim Haddad <karim.haddad@mototribu.example>",
         to="service-client@equip-moto.example",
         subject="Re: Débité deux fois pour le blouson",
         body="""\
Bonjour Sophie,

Le remboursement des 289,90 € est bien arrivé ce matin, tout est en ordre. Merci pour la
rapidité, et le blouson est top, il a déjà fait ses 600 km sous la pluie.

Bonne journée,
Karim"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bernadette Morin <b.morin@sapinvert.example>",
         to="livraisons@mon-sapin-a-domicile.example",
         subject="Re: Nouveau créneau de livraison pour votre sapin",
         body="""\
Bonjour,

Mardi 10 entre 14 h et 16 h, c'est parfait. Le digicode est le 4721B, c'est au 2e sans
ascenseur, désolée pour le livreur !

Bernadette Morin

Le 6 déc. à 09:14, Mon Sapin à Domicile <livraisons@mon-sapin-a-domicile.example> a écrit :
> Madame Morin,
>
> En raison d'une panne générale de notre plateforme de tournées, les livraisons du 6 décembre
> n'ont pas pu être assurées et votre créneau a été annulé. Nous vous prions de nous en excuser.
> Pouvez-vous nous indiquer un nouveau créneau parmi les suivants : lundi 9 (matin) ou
> mardi 10 (14 h - 16 h) ?
>
> L'équipe Mon Sapin à Domicile"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Maxime Roux <maxroux@copains.example>",
         to="location@costumes-and-co.example",
         subject="Tenue de pompier pour un EVG",
         body="""\
Salut,

Petite urgence vestimentaire : on organise l'enterrement de vie de garçon de mon pote Antoine
samedi 14 et il veut absolument une tenue de pompier complète, casque compris, pour « mettre le
feu » à la piste de danse (ses mots, pas les miens). Il fait 1,92 m. Vous avez ça en location
pour le week-end, et c'est combien ?

Merci, vous nous sauvez la vie si c'est dispo !
Max"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Lumière de Jardin <newsletter@lumiere-de-jardin.example>",
         to="support@lumiere-de-jardin.example",
         subject="⚡ Alerte soldes : nos prix s'effondrent !",
         body="""\
Panne d'idées pour éclairer votre terrasse cet été ?

Cette semaine seulement, nos lampes solaires « Luciole » et nos guirlandes guinguette sont à
-30 %. Nos bornes LED résistent à tout : pluie, gel, coup de râteau maladroit…

Nouveau : le kit « Nuit blanche », 12 spots encastrables, garantie 5 ans.

Livraison offerte dès 49 €. Pour vous désinscrire, cliquez ici."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stéphane Guérin <stephane.guerin@piscine-perso.example>",
         to="sav@couvertures-bassin.example",
         subject="RE: RE: Remboursement couverture retournée - 3e relance",
         body="""\
Bonjour,

Troisième message, toujours aucune réponse et toujours aucun remboursement. Je commence à
perdre patience. Si rien n'est fait d'ici vendredi je passe par ma banque et par un
conciliateur de la consommation.

Stéphane Guérin

-----Message d'origine-----
De : Stéphane Guérin
Envoyé : lundi 3 juin 2024 18:40
Objet : RE: Remboursement couverture retournée

> Bonjour, je relance : la couverture à barres a été réceptionnée par votre entrepôt le 14 mai
> (suivi colis 8L00234991FR), mais je n'ai toujours pas reçu les 640 €. Merci de vérifier.
>
> -----Message d'origine-----
> De : Stéphane Guérin
> Envoyé : mercredi 22 mai 2024 09:12
> Objet : Remboursement couverture retournée
>
> > Bonjour, suite à mon retour de la couverture BarreSûre 8x4 (commande CB-20931), pouvez-vous
> > me confirmer la date du remboursement de 640 € ? Merci."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Laetitia Chevalier <commandes@peintures-chevalier.example>",
         to="support-pro@teintes-express.example",
         subject="Recherche de teinte par référence HS sur le portail pro",
         body="""\
Bonjour,

Depuis ce matin, sur le portail professionnel, la recherche de teinte par référence ne renvoie
plus aucun résultat (« Aucune teinte trouvée » même pour RAL 9010). On contourne en passant par
le nuancier PDF et en tapant les formules à la main dans la machine à teinter, donc ce n'est pas
bloquant, mais ça nous fait perdre pas mal de temps au comptoir.

Our colleague in the Brussels shop sees the same thing on her side.

Laetitia Chevalier
Peintures Chevalier"""),
]
