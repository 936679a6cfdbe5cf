# blind21 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mireille Vasseur <m.vasseur@orangemail.example>",
         to="sav@montescalier-confort.example",
         subject="Monte-escalier de ma mère : capot très chaud et grésillement",
         body="""\
Bonjour,

Ma mère (84 ans) a un monte-escalier Confort S2 installé chez elle à Périgueux
depuis mars, contrat n° MC-40917.

Hier soir, en l'aidant à s'asseoir, j'ai posé la main sur le capot gris sous
l'accoudoir droit, là où se trouve le moteur : impossible d'y laisser la main
plus de deux secondes. Quand le siège monte, on entend un grésillement, comme
des petits crépitements, et une odeur de plastique chaud reste ensuite dans la
cage d'escalier. Ce matin il y avait une trace brune sur le capot, qui n'était
pas là avant.

Elle l'utilise quatre ou cinq fois par jour, elle ne peut pas monter à sa
chambre autrement. Pour cette nuit je l'ai installée dans le salon et j'ai
coupé le disjoncteur du monte-escalier.

Pouvez-vous envoyer un technicien au plus vite ? Je suis joignable au
01 99 00 41 27.

Mireille Vasseur"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kevin Marchal <kevin.marchal@laposte-perso.example>",
         to="contact@aquaterra-boutique.example",
         subject="Question sur le chauffage de l'aquarium",
         body="""\
Bonjour,

Est-ce normal qu'on sente des fourmillements dans les doigts quand on met la
main dans l'aquarium ?

Ma fille de 9 ans a voulu replacer une plante ce midi, elle a retiré la main
d'un coup en disant que « ça piquait partout » et elle avait encore le bras
tout engourdi dix minutes après. J'ai essayé ensuite avec le dos de la main :
même sensation, plus forte près du tube chauffant AquaTherm 150 W que vous
m'avez livré la semaine dernière. En regardant de près, le tube a une petite
fissure juste sous le bouchon.

Deux néons sont morts depuis hier, les autres poissons restent collés au fond.

J'ai débranché toute la multiprise. Que dois-je faire ? Commande n° 2024-88213.

Kevin Marchal"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Camille Aubertin <camille.aubertin@webmel.example>",
         to="support@photonuage.example",
         subject="Je vois les photos et l'adresse d'une autre cliente dans mon compte",
         body="""\
Bonjour,

En me connectant ce soir à mon espace PhotoNuage pour commander mes tirages de
vacances, l'onglet « Mes albums » affiche trois albums qui ne sont pas à moi :
les photos d'une famille avec deux jeunes enfants, dont certaines à la plage en
maillot. Et dans « Mes commandes » il y a une facture au nom de Mme Sandrine
Lefort, avec son adresse complète à Angers, son téléphone et les quatre
derniers chiffres de sa carte.

Si je vois ses données, je suppose que quelqu'un d'autre voit les miennes.
C'est une fuite de données personnelles, et il y a des photos d'enfants.
Je n'ai rien téléchargé ni modifié.

Merci de me dire au plus vite ce qui se passe et si mes propres photos sont
visibles par d'autres. Mon identifiant client : PN-552031.

Camille Aubertin"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Thomas Giraud <t.giraud@fibre-net.example>",
         to="aide@billetvif.example",
         subject="Achats de billets que je n'ai jamais faits !!",
         body="""\
Bonjour,

Je viens de recevoir trois confirmations de votre billetterie : 6 places pour
le « Festival des Lanternes » à Nantes, puis deux fois 4 places pour un match à
Lille. Total : 612,40 € débités sur la carte enregistrée dans mon compte.

Je n'ai fait AUCUN de ces achats, il était 3 h du matin et je dormais. Mon mot
de passe fonctionne encore, mais les e-billets ont été envoyés à une adresse
que je ne connais pas (r.tix.revente@...).

Bloquez ces billets avant qu'ils soient revendus et remboursez-moi s'il vous
plaît. J'ai déjà fait opposition sur la carte auprès de ma banque.

Thomas Giraud
01 99 00 73 58"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tiphaine Roussel <fournil.tiphaine@boulangerie-mail.example>",
         to="depannage@fours-artisan.example",
         subject="Four à sole FS-4 bloqué à 90 °C – livraisons à 7 h 30",
         body="""\
Bonjour,

Depuis 4 h ce matin notre four à sole FS-4 (n° de série FS4-21-0388) monte
jusqu'à 90 °C environ puis ne bouge plus. L'écran affiche bien la consigne de
250 °C, mais la température reste là. On a éteint, attendu dix minutes,
rallumé trois fois : pareil.

On a 320 baguettes et 80 pains de campagne façonnés qui attendent, et nos trois
restaurants clients sont livrés à 7 h 30. D'ici une heure la pâte aura trop
poussé et tout partira à la poubelle.

Il nous faut un technicien ce matin.
Boulangerie Le Fournil de Tiphaine, 12 rue des Halles, Saumur.
Tél. 01 99 00 18 64

Tiphaine Roussel"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Inès Benali <ines.benali@hub-bastide.example>",
         to="support@accesflex.example",
         subject="Personne ne peut entrer au Hub Bastide ce matin",
         body="""\
Bonjour,

Depuis 8 h 10, les portes du Hub Bastide restent fermées pour tout le monde.
Les lecteurs de badge ne réagissent plus du tout (ni bip, ni voyant), et le
bouton « Ouvrir à distance » de l'appli AccèsFlex tourne dans le vide.

Une quarantaine de membres attendent sur le trottoir, dont deux équipes qui
reçoivent des clients à 9 h en salle de réunion. Je fais entrer les gens un par
un par la porte de service avec ma clé, mais ça ne tiendra pas la journée.

Rappelez-moi svp au 01 99 00 55 02.

Inès Benali
Responsable de site, Hub Bastide Bordeaux"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Julien Perrot <julien.perrot@maison-perrot.example>",
         to="assistance@thermea-pac.example",
         subject="PAC Thermea 8 kW – il fait 15 °C dans la maison",
         body="""\
Bonjour,

Depuis la mise à jour de l'appli ThermeaHome dimanche soir, notre pompe à
chaleur reste en veille. L'unité extérieure ne démarre plus, les radiateurs
sont froids et il faisait 15 °C dans la maison ce matin (2 °C dehors).

Dans l'appli, le bouton « Chauffage » revient tout seul sur « Arrêt » dès que je
l'active, et le boîtier mural n'affiche plus que l'heure. On chauffe les
chambres des enfants avec un radiateur d'appoint prêté par les voisins.

Installation de 2022, contrat d'entretien n° TH-77120.

Merci de votre retour rapide,
Julien et Océane Perrot"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Nadège Colin <nadege.colin@atelier-nadege.example>",
         to="support@stitchstudio.example",
         subject="Impossible d'envoyer mes motifs vers la brodeuse B-700",
         body="""\
Bonjour,

Je n'arrive plus à envoyer mes motifs de broderie depuis StitchStudio vers ma
machine B-700. Tout allait bien jusqu'à vendredi. Maintenant, que ce soit par
Wi-Fi ou par câble USB, la machine affiche « Fichier non reconnu » pour tous les
fichiers, même ceux que j'ai brodés la semaine dernière.

Elle coud normalement en point droit, mais pour la broderie elle ne me sert plus
à rien, et j'ai 25 écussons à livrer à un club de judo.

Pouvez-vous m'aider ?
Nadège Colin"""),

    dict(n=9, signals="outage", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Bastien Leclerc <bastien@fablab-rivegauche.example>",
         to="help@printfarm-cloud.example",
         subject="File d'impression cloud très lente depuis hier",
         body="""\
Bonjour,

Depuis hier, les impressions envoyées via PrintFarm Cloud mettent 20 à 30
minutes à démarrer sur nos six Kestrel K2. Avant, c'était instantané. Les
impressions elles-mêmes se passent bien, et avec la clé USB tout démarre
immédiatement, donc on s'en sort, mais c'est pénible avec un atelier plein.

Our US colleague sees the same delay on his account, so it does not look like
a local network issue.

Pouvez-vous regarder ?
Bastien Leclerc, FabLab Rive Gauche"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Hélène Barbier <helene.barbier@courriel-fr.example>",
         to="compta@demenagements-rhone.example",
         subject="Acompte du déménagement prélevé deux fois",
         body="""\
Bonjour,

Pour notre déménagement du 14 juin (Lyon → Grenoble, devis D-2291), vous nous
avez demandé un acompte de 450 €. Sur mon relevé, je vois deux prélèvements de
450 € le 3 mai, avec la même référence. Pourriez-vous rembourser le second ?

Cordialement,
Hélène Barbier"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Yann Le Goff <yann@cle-dys-escape.example>",
         to="partenaires@billetvif.example",
         subject="Versement des ventes de mai non reçu – salaires vendredi",
         body="""\
Bonjour,

Nous sommes l'escape game « La Clé d'Ys » à Quimper et nous vendons nos
créneaux via votre billetterie. Le versement de nos recettes de mai
(4 870,30 €), prévu le 5, n'est toujours pas arrivé. Dans le tableau de bord il
est écrit « Payout failed – bank rejected », sans autre explication. Notre IBAN
n'a pas changé depuis deux ans.

Je dois payer les salaires de nos quatre game masters vendredi, et sans ce
virement je ne pourrai pas. Merci de relancer le versement aujourd'hui ou de me
dire précisément ce qui bloque.

Yann Le Goff, gérant"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Sophie Mercier <s.mercier@mercier-duval-avocats.example>",
         to="facturation@traductions-lumiere.example",
         subject="Facture F-2024-0517 : nombre de mots ?",
         body="""\
Bonjour,

Est-il normal que la facture F-2024-0517 compte 12 400 mots alors que le
document envoyé (contrat de bail, FR > DE) en fait 1 240 ? Le devis accepté
était de 148,80 € HT ; la facture est de 1 488,00 € HT. On dirait qu'un zéro
s'est glissé quelque part.

Pouvez-vous m'envoyer une facture corrigée ? Je ne la réglerai pas en l'état.

Merci,
Sophie Mercier
Cabinet Mercier & Duval"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Lucie Fabre <lucie.fabre@boitemail.example>",
         to="bonjour@croquettes-box.example",
         subject="Frais de 0,49 € ?",
         body="""\
Bonjour, sur ma dernière facture il y a une ligne « frais de préparation 0,49 € »
que je n'avais jamais vue. C'est nouveau ? Simple curiosité, merci !
Lucie"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Gérard Fontaine <gerard.fontaine@net-senior.example>",
         to="support@vigicentre.example",
         subject="Compte bloqué sur l'appli VigiCentre",
         body="""\
Bonjour,

Après plusieurs essais de mot de passe (j'ai changé de téléphone et je ne me
souvenais plus de la majuscule...), mon compte sur l'appli VigiCentre est
bloqué : « Compte verrouillé, contactez le support ». Le lien « Mot de passe
oublié » me renvoie le même message.

L'alarme de la maison fonctionne normalement avec le clavier, c'est seulement
l'appli. Pouvez-vous débloquer mon compte ? Abonné n° VC-300482.

Gérard Fontaine"""),

    dict(n=15, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Bernard Chevalier <rucher.troischenes@campagne-mail.example>",
         to="service-client@apiculture-durand.example",
         subject="Commande de printemps + petit souci",
         body="""\
Bonjour à toute l'équipe,

Comme chaque année à cette période, je prépare la saison. J'ai maintenant
14 ruches Dadant (deux essaims récupérés l'été dernier chez un voisin, qui se
sont très bien développés) et je comptais commander chez vous des cadres
filés, deux hausses, de la cire gaufrée et le nourrisseur couvre-cadre que
j'ai vu dans votre nouveau catalogue. Au passage, merci pour vos conseils sur
le varroa l'an dernier : le traitement d'hiver a bien marché, je n'ai perdu
qu'une colonie, et encore, je pense que la reine était trop vieille.

Par contre, impossible de valider le panier : à la connexion, votre site
m'envoie un code par SMS, et ce code n'arrive jamais. J'ai demandé le renvoi
cinq fois depuis hier, rien. J'ai changé d'opérateur en février mais j'ai
gardé le même numéro (il se termine par 84). Les SMS de ma banque, eux,
arrivent sans problème.

Pouvez-vous regarder ou me proposer une autre façon de me connecter ? Je
voudrais commander avant la fin de la promotion.

Bien cordialement,
Bernard Chevalier
Rucher des Trois Chênes"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Claire Dumont <claire.dumont@mail-bourgogne.example>",
         to="aide@vetordv.example",
         subject="Le profil de mon chien a disparu",
         body="""\
Bonjour,

Je voulais prendre rendez-vous pour le rappel de vaccin de Pistache à la
clinique vétérinaire des Tilleuls (Dijon), mais en me connectant à VetoRDV mon
compte est vide : plus de profil animal, plus d'historique de consultations,
plus d'ordonnances. Le site m'affiche « Bienvenue ! Créez votre premier
animal ». Je n'ai rien supprimé.

Pouvez-vous restaurer mon profil ?
Claire Dumont"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Anne-Laure Petit <al.petit@famille-petit.example>",
         to="location@cordes-et-archets.example",
         subject="Changer mon adresse e-mail",
         body="""\
Bonjour, comment modifier l'adresse e-mail de mon compte de location
(violoncelle 3/4 pour ma fille) ? Je ne trouve pas l'option dans « Mon profil ».
Merci ! Anne-Laure Petit"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Patrick Renaud <patrick.renaud@maisonbois.example>",
         to="livraisons@nordica-saunas.example",
         subject="Re: Livraison de votre sauna Nordica 4 places",
         body="""\
Bonjour,

Mardi 18 entre 8 h et 12 h nous convient très bien. Le portail sera ouvert,
il faudra passer par le côté de la maison, le camion ne pourra pas tourner
dans l'allée.

Merci,
Patrick Renaud

Le jeu. 6 juin 2024 à 16:12, Service Livraisons Nordica <livraisons@nordica-saunas.example> a écrit :
> Bonjour Monsieur Renaud,
>
> Votre sauna sera livré la semaine prochaine. Merci de nous indiquer le
> créneau qui vous convient.
>
> Rappel important avant la première mise en service : ne posez jamais de
> serviette ni de vêtement sur le poêle, risque d'incendie. Laissez toujours
> 10 cm de dégagement autour des pierres et ne laissez jamais un enfant seul
> dans la cabine.
>
> L'équipe Nordica"""),

    dict(n=19, signals="-", priority="low", trap="thankyou", qt=0, reply=1,
         frm="Martine Gauthier <martine.gauthier@courriel-fr.example>",
         to="contact@serrurerie-lopez.example",
         subject="Re: Intervention porte bloquée – merci",
         body="""\
Bonjour,

Juste un petit mot pour remercier M. Lopez, qui est passé samedi soir. Après
la tentative d'effraction, ma porte ne fermait plus et j'avais une peur bleue
de passer la nuit comme ça. Il a changé le cylindre et renforcé la gâche en
moins d'une heure, tout fonctionne parfaitement. La facture est réglée.

Encore merci, je vous recommande à tout mon immeuble !
Martine Gauthier"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Romain Lacroix <romain.lacroix@vallee-verte.example>",
         to="info@stockvolt.example",
         subject="Batterie domestique : prend-elle le relais en cas de coupure ?",
         body="""\
Bonjour,

Nous hésitons entre vos batteries StockVolt 10 kWh et 15 kWh. Deux questions
avant de signer :

1. En cas de coupure de courant sur le réseau (on en a souvent l'hiver dans
   notre vallée), la maison bascule-t-elle automatiquement sur la batterie ?
2. Votre contrat de maintenance couvre-t-il les pannes de l'onduleur, et sous
   quel délai intervenez-vous ?

Merci d'avance,
Romain Lacroix"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jessica Morel <jess.morel@boitemail.example>",
         to="reservations@enigma-quest.example",
         subject="Réservation « Alerte Rouge » pour un EVJF",
         body="""\
Coucou l'équipe !

Je voudrais réserver votre salle « Alerte Rouge : le Bunker » pour un
enterrement de vie de jeune fille le samedi 22 juin, on sera 8. Les copines
sont chaudes bouillantes, on veut la version la plus difficile, quitte à
finir complètement à l'agonie !

Est-ce qu'on peut enchaîner avec « Panique à l'hôpital » juste après ? Et est-il
possible de payer en plusieurs fois ?

Merci d'avance,
Jessica"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Torréfaction Volcan <newsletter@torrefaction-volcan.example>",
         to="contact@cafe-des-arts-clermont.example",
         subject="☕ La lettre de juin : le Black-Out fait un malheur",
         body="""\
Bonjour à tous les amateurs de bon café,

Au programme ce mois-ci :

🔥 Notre blend « Black-Out » fait un malheur : torréfaction plus poussée,
   notes de cacao et de poivre noir. Il part comme des petits pains !

⚠️ Alerte canicule : conservez vos grains à l'abri de la chaleur et de la
   lumière... mais jamais au frigo.

🎓 Atelier « Torréfier sans se brûler les ailes », samedi 15 juin à notre
   atelier de Clermont-Ferrand. 12 places, 45 € café compris.

À bientôt,
Léa et Marc, Torréfaction Volcan

Vous recevez cet e-mail car vous êtes abonné à notre lettre.
Se désinscrire : https://torrefaction-volcan.example/desinscription"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Nathalie Brun <contact@glacier-embruns.example>",
         to="sav@froid-pro.example",
         subject="RE: Turbine à glace GT-30 ne prend plus – 3e relance",
         body="""\
Bonjour,

Je relance pour la troisième fois. Le technicien promis pour jeudi n'est
jamais venu et personne ne répond au 01 99 00 62 10.

Ce week-end c'est la fête du port, notre plus gros chiffre de l'année, et sans
la GT-30 nous ne vendons que des boissons. Il me faut une intervention ou une
machine de prêt avant samedi 10 h, sinon je chercherai ailleurs et je vous
ferai suivre la facture.

Nathalie Brun
Glacier Les Embruns, Saint-Malo

-----Message d'origine-----
De : Nathalie Brun <contact@glacier-embruns.example>
Envoyé : mardi 2 juillet 2024 09:14
À : sav@froid-pro.example
Objet : RE: Turbine à glace GT-30 ne prend plus

> Bonjour, toujours rien depuis mon mail de samedi. Le cylindre tourne
> mais le mélange ressort liquide même après 20 minutes. Nous sommes en
> pleine saison. Quand passe le technicien ?
>
> -----Message d'origine-----
> De : Nathalie Brun
> Envoyé : samedi 29 juin 2024 18:40
> Objet : Turbine à glace GT-30 ne prend plus
>
> Bonjour, notre turbine GT-30 (contrat FP-1187) ne refroidit plus : le
> mélange reste liquide. Pouvez-vous envoyer quelqu'un ?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paul Garnier <paul.garnier@jardins-marcelline.example>",
         to="support@serretech.example",
         subject="Contrôleur GC-3 serre 2 : le programme d'arrosage est ignoré",
         body="""\
Bonjour,

Le contrôleur SerreTech GC-3 de notre serre n° 2 n'arrose plus selon le
programme depuis la mise à jour de lundi : les créneaux de 6 h et de 18 h
passent sans que les vannes s'ouvrent. En manuel (bouton « Arrosage » sur le
boîtier ou dans l'appli), tout s'ouvre normalement, donc on passe deux fois
par jour lancer l'arrosage à la main et les tomates ne souffrent pas. La
ventilation et le chauffage suivent bien leur programme.

Rien de dramatique, mais on aimerait retrouver l'automatique avant nos congés
du 15.

Merci,
Paul Garnier
EARL Les Jardins de Marcelline"""),
]
