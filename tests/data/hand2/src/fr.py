# blind3 hand-written test set -- French (fr), 24 messages.
# Written blind (no look at the triage rules or at other hand-written sets).
# Plan: 1-4 safety, 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives, 23-24 context rows.  Names, companies, addresses are
# invented; phone numbers use the ARCEP fiction ranges (01 99 00, 06 39 98).
# Keys: n, signals, priority, trap, qt, reply, frm, to, subject, body.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Martine Lebrun <martine.lebrun@courriel.example>",
         to="syndic@regie-saint-clair.example",
         subject="Balcon du 3e – des morceaux tombent sur le trottoir",
         body="""\
Bonjour,

Je suis locataire au 12 rue des Tanneurs, 2e étage. Ce matin en sortant j'ai trouvé sur le trottoir deux blocs de béton gros comme le poing, tombés du balcon au-dessus du mien (3e gauche). En levant la tête on voit les fers rouillés à nu sous la dalle, et le garde-corps bouge quand la voisine s'appuie dessus.

Il y a l'arrêt de bus et l'entrée de l'école juste en dessous. J'ai mis deux chaises pour que les gens ne passent pas là mais ça ne tiendra pas longtemps. Merci d'envoyer quelqu'un aujourd'hui.

Martine Lebrun
06 39 98 41 27"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Julien Marchetti <julien.marchetti@boitemail.example>",
         to="service-client@panier-frais.example",
         subject="Toute la famille malade après la box de jeudi",
         body="""\
Bonjour,

Jeudi soir on a cuisiné le poulet au citron de votre box « Famille » (commande PF-402117). Dans la nuit on a tous été malades : vomissements, diarrhée, fièvre. Mon fils de 6 ans n'arrivait plus à garder l'eau, on a fini aux urgences où il a été mis sous perfusion. Le médecin pense au poulet. En y repensant, la barquette était un peu gonflée et sentait bizarre, mais la date n'était pas dépassée.

On a gardé l'emballage avec le numéro de lot. Je voudrais savoir si d'autres clients ont eu la même chose, et que vous bloquiez ce lot.

Julien Marchetti"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Nathalie Giraud <n.giraud@maboite.example>",
         to="assistance@banque-azur.example",
         subject="Des paiements que je n'ai jamais faits !!",
         body="""\
Bonjour,

Je viens de voir dans l'appli trois paiements de 480 € chacun cette nuit entre 2h et 3h, chez un marchand « BETWIN LTD MT ». Je n'ai jamais joué en ligne de ma vie et ma carte est dans mon portefeuille, je ne l'ai pas perdue. Mon compte est à découvert maintenant.

J'ai fait opposition dans l'appli mais je voudrais être sûre que rien d'autre ne passe, et récupérer mon argent. Que dois-je faire ? Je peux passer en agence cet après-midi.

Nathalie Giraud"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Bernard Fontaine <b.fontaine@laposte-perso.example>",
         to="contact@diabeto-services.example",
         subject="Lecteur de glycémie qui affiche des valeurs fausses",
         body="""\
Madame, Monsieur,

Je suis diabétique de type 1 et j'utilise le lecteur GlucoSmart 3 que votre service m'a fourni en octobre, avec les bandelettes. Depuis la nouvelle boîte de bandelettes, le lecteur m'affiche des valeurs autour de 1,10 g/L alors que je me sentais très mal. Hier, le laboratoire a mesuré 3,20 g/L au même moment. Je calcule mes doses d'insuline d'après ce lecteur, donc ces derniers jours je me suis sous-dosé sans le savoir.

Mon médecin m'a dit de vous prévenir tout de suite. Le numéro de lot des bandelettes est GS-25-1183. D'autres patients utilisent sûrement le même.

Cordialement,
Bernard Fontaine"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Karim Benali <karim@chez-karim-lyon.example>",
         to="partenaires@livrapide.example",
         subject="Plus aucune commande qui arrive sur la tablette",
         body="""\
Bonjour,

Depuis 11h30 la tablette LivRapide du resto n'affiche plus aucune commande. Elle est connectée, l'appli est ouverte, mais rien. Pendant ce temps des clients nous appellent pour dire qu'ils ont commandé il y a 40 minutes et que personne ne vient. On est en plein rush de midi, on perd toutes les commandes.

Restaurant Chez Karim, ID partenaire 69-4471. Rappelez-moi vite svp.

Karim"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sophie Arnaud <sophie.arnaud@courriel.example>",
         to="support@fibrea.example",
         subject="Plus d'internet ni de téléphone fixe depuis samedi",
         body="""\
Bonjour,

Depuis samedi matin la box affiche un voyant rouge fixe et je n'ai plus ni internet ni ligne fixe. J'ai redémarré, débranché 10 minutes, vérifié les câbles, rien n'y fait. Le diagnostic dans l'appli indique « incident en cours d'analyse » depuis trois jours.

Je suis en télétravail à 100 % et là je travaille depuis un café. Je ne peux pas continuer comme ça toute la semaine. Pouvez-vous envoyer un technicien ?

Sophie Arnaud
Contrat FB-7730421"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Laurent Mercier <l.mercier@cabinet-mercier.example>",
         to="support@facturo.example",
         subject="Export PDF très lent, échoue une fois sur deux",
         body="""\
Bonjour, depuis la semaine dernière l'export PDF des factures dans Facturo prend 4 à 5 minutes et une fois sur deux il finit sur « Erreur 504 ». Quand ça passe, le PDF est correct. On s'en sort en relançant, mais avec une soixantaine de factures à sortir chaque fin de mois ça devient pénible. Pouvez-vous regarder ?

Cordialement, L. Mercier"""),

    dict(n=8, signals="outage", priority="medium", trap="payment", qt=1, reply=1,
         frm="Élodie Perrin <elodie.perrin@atelier-perrin.example>",
         to="support@comptaclair.example",
         subject="RE : Remboursement de votre abonnement",
         body="""\
Bonjour,

Merci, j'ai bien reçu le remboursement. En revanche, depuis lundi la synchronisation de mon compte bancaire pro ne se fait plus : aucune opération n'est remontée dans ComptaClair depuis le 30/11, alors que l'appli indique « Connexion active ». En attendant je saisis tout à la main, mais j'aimerais que ce soit réglé avant la clôture du mois.

Bonne journée,
Élodie Perrin

Le 1 déc. 2026 à 14:52, Support ComptaClair <support@comptaclair.example> a écrit :
> Bonjour Madame Perrin,
>
> Suite à votre demande, nous avons procédé au remboursement de 29,00 € TTC
> correspondant au double prélèvement de novembre. Le montant apparaîtra sur votre
> compte sous 5 à 7 jours ouvrés.
>
> Cordialement,
> L'équipe ComptaClair"""),

    dict(n=9, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Secrétariat CMP Les Tilleuls <secretariat@cmp-les-tilleuls.example>",
         to="support@medicalis.example",
         subject="URGENT – logiciel inaccessible pour tout le centre médical",
         body="""\
Bonjour,

Depuis 7h45, aucun poste du centre médical des Tilleuls n'arrive à ouvrir Medicalis : écran de connexion puis « Serveur injoignable ». Les 6 médecins n'ont accès ni aux dossiers patients ni à l'agenda. Nous avons une quarantaine de patients ce matin, dont plusieurs suivis d'anticoagulants pour lesquels il nous faut les derniers résultats.

Notre prestataire informatique a vérifié le réseau : tout fonctionne sauf votre service. Merci de nous rappeler en priorité au 01 99 00 27 14.

Le secrétariat du CMP Les Tilleuls"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Thomas Leroy <thomas.leroy@boitemail.example>",
         to="service.client@aerolys.example",
         subject="Carte refusée au paiement, mon option expire ce soir",
         body="""\
Bonjour,

J'essaie depuis hier de payer mon billet Paris–Montréal (option posée, réf. AL7Q2X, 684 €) et le paiement est refusé à chaque fois à l'étape de validation bancaire : « Transaction refusée ». Ma banque me dit que rien ne bloque de leur côté et que la demande n'arrive même pas chez eux. J'ai essayé avec deux cartes différentes.

L'option expire ce soir à 23h59 et je ne retrouverai pas ce tarif. Pouvez-vous prolonger l'option ou me laisser payer autrement ?

Thomas Leroy"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Monique Vasseur <monique.vasseur@maboite.example>",
         to="gestion@mutuelle-horizon.example",
         subject="Cotisation de décembre prélevée deux fois",
         body="""\
Bonjour,

Ma cotisation habitation de décembre (38,70 €) a été prélevée deux fois, le 5 et le 7. Pouvez-vous me rembourser le second prélèvement ? Je joins mon relevé.

Cordialement,
Monique Vasseur
Contrat n° MH-HAB-228014"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Yanis Haddad <yanis.haddad@courriel.example>",
         to="contact@forme-city.example",
         subject="prélèvement alors que j'ai résilié",
         body="""\
Bjr, j'ai résilié mon abonnement en octobre par lettre recommandée (reçue le 12/10 d'après la poste), vous m'avez même envoyé une confirmation par mail. Et là je vois encore 34,90 € prélevés le 1er décembre ?? Merci de me rembourser et d'arrêter les prélèvements.
Yanis Haddad"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Claire Dumas <c.dumas@studio-dumas.example>",
         to="facturation@hebergo.example",
         subject="Factures au nom de ma société",
         body="""\
Bonjour,

Mes factures Hebergo sont au nom de Claire Dumas, mais je viens de créer ma société (Studio Dumas SARL) et j'aimerais que les prochaines factures soient établies à son nom, avec le numéro de TVA. Où est-ce que je modifie ça dans l'espace client ?

Merci d'avance,
Claire"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Patrice Nguyen <patrice@ceramiques-nguyen.example>",
         to="vendeurs@artisane-marche.example",
         subject="Compte vendeur suspendu sans explication",
         body="""\
Bonjour,

Ce matin, impossible d'accéder à mon espace vendeur : message « Compte suspendu – contactez le support ». Aucun mail d'avertissement, aucune explication. Je vends mes céramiques chez vous depuis 4 ans sans un seul litige. J'ai 12 commandes en cours que je ne peux ni voir ni expédier.

Pouvez-vous me dire ce qui se passe et réactiver le compte au plus vite ?

Patrice Nguyen
Boutique « Terre & Feu »"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Agnès Moreau <agnes.moreau@maboite.example>",
         to="support@monespace-sante.example",
         subject="Code de connexion qui arrive trop tard",
         body="""\
Bonjour, quand je me connecte à mon espace santé, le code reçu par SMS arrive souvent 5 à 10 minutes après, quand il a déjà expiré. En réessayant 3 ou 4 fois j'arrive à rentrer, mais c'est très pénible, d'autant que ma mère (82 ans) utilise aussi ce compte. Est-ce qu'on peut recevoir le code par mail à la place ?
Merci. Agnès Moreau"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Romain Blanchard <romain.blanchard@nouvelle-adresse.example>",
         to="aide@ecolenumerique.example",
         subject="Changer l'adresse mail de mon compte parent",
         body="""\
Bonjour,

Mon compte parent sur l'ENT est rattaché à mon ancienne adresse professionnelle, que je n'ai plus depuis mon changement d'employeur. Je peux encore me connecter (le mot de passe est enregistré sur mon ordinateur) mais je ne reçois plus aucune notification des professeurs, et si je me déconnecte je ne pourrai plus rien réinitialiser.

Pouvez-vous remplacer l'adresse par celle-ci : romain.blanchard@nouvelle-adresse.example ? Mes enfants sont en 5e B et en 3e A.

Merci,
Romain Blanchard"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Hélène Carpentier <helene.carpentier@courriel.example>",
         to="support@facturo.example",
         subject="Activer la double authentification ?",
         body="""\
Bonjour, notre expert-comptable nous conseille d'activer la double authentification sur Facturo. Je ne trouve pas où c'est. Est-ce que ça marche avec une appli d'authentification ou seulement par SMS ?
Merci, Hélène"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Inès Barbier <ines.barbier@courriel.example>",
         to="avis@livrapide.example",
         subject="Le burger du mois est une tuerie",
         body="""\
Coucou l'équipe !

Petit message pour dire que le burger du mois chez Smash & Co est une tuerie, j'en suis à ma troisième commande cette semaine 😅 Et votre livreur de mardi soir, Mehdi, il a explosé le record : 12 minutes montre en main. J'étais morte de rire quand il m'a dit qu'il avait grillé tous ses collègues.

Bref, continuez comme ça !
Inès"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Gilles Roche <gilles.roche@maboite.example>",
         to="devis@mutuelle-horizon.example",
         subject="Question avant souscription – prise en charge optique",
         body="""\
Bonjour,

Je compare plusieurs mutuelles avant de souscrire. Dans votre formule Confort, quelle est la prise en charge pour des lunettes à verres progressifs ? Et y a-t-il un délai de carence ?

Merci pour votre réponse,
Gilles Roche"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Denise Lambert <denise.lambert@courriel.example>",
         to="info@fibrea.example",
         subject="RE : Incident réseau dans votre secteur",
         body="""\
Bonjour,

Merci pour l'information, chez moi tout fonctionne. Par contre, pouvez-vous m'envoyer mon contrat en PDF ? Je ne le retrouve plus dans mon espace client.

Cordialement,
Denise Lambert

-----Message d'origine-----
De : Fibréa <info@fibrea.example>
Envoyé : mardi 1 décembre 2026 18:05
Objet : Incident réseau dans votre secteur

> Chère cliente, cher client,
>
> Une panne affecte actuellement le réseau fibre dans votre secteur (Angers Nord).
> Internet, téléphone et TV peuvent être coupés. Nos équipes sont mobilisées et le
> service devrait être rétabli dans la soirée.
>
> L'équipe Fibréa"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CyberVeille Hebdo <newsletter@cyberveille-hebdo.example>",
         to="contact@hebergo.example",
         subject="CyberVeille n°148 : fuites de données, rançongiciels et la panne géante de la semaine",
         body="""\
CyberVeille Hebdo – n°148

Au sommaire cette semaine :

- Fuite de données chez un grand distributeur : 3 millions de comptes clients exposés, ce qu'il faut retenir
- Rançongiciel : un hôpital paralysé pendant 48 heures, récit d'une reprise d'activité
- Retour sur la panne géante d'un fournisseur cloud mardi dernier
- Mots de passe : pourquoi les gestionnaires restent la meilleure option

Vous recevez cette lettre car vous êtes inscrit à CyberVeille Hebdo. Pour vous désinscrire : cyberveille-hebdo.example/desinscription"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Robert Lefèvre <robert.lefevre@maboite.example>",
         to="support@chauffage-confort.example",
         subject="Merci pour l'intervention de mardi",
         body="""\
Bonjour,

Je voulais remercier votre technicien, M. Ferreira, venu mardi pour la chaudière. Après trois jours sans chauffage tout refonctionne parfaitement, et il a pris le temps de m'expliquer comment purger les radiateurs. La panne n'est plus qu'un mauvais souvenir !

Bien cordialement,
Robert Lefèvre"""),

    dict(n=23, signals="payment", priority="low", trap="workaround", qt=0, reply=0,
         frm="Camille Girard <camille.girard@courriel.example>",
         to="support@panier-frais.example",
         subject="Apple Pay ne marche plus",
         body="""\
Bonjour, depuis quelques jours le paiement avec Apple Pay échoue dans votre appli (« Paiement non abouti »). Avec la carte directement ça passe, donc j'ai pu régler ma box, mais c'était plus pratique avant. Pour info !
Camille"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Olivier Marchand <o.marchand@assurances-deltaplus.example>",
         to="support@identia.example",
         subject="Aucun conseiller ne peut se connecter – authentification",
         body="""\
Bonjour,

Depuis 8h ce matin, aucun des 80 conseillers de notre plateau de Lille ne peut se connecter à nos outils via l'authentification Identia. Le mot de passe est accepté, puis l'écran reste sur « Envoi du code en cours… » et le SMS n'arrive jamais. Même chose pour moi avec le compte administrateur. Le plateau téléphonique est ouvert, les clients attendent et nous ne pouvons ouvrir aucun dossier.

Tenant : deltaplus-lille. Merci de traiter en priorité absolue.

Olivier Marchand
Responsable informatique, Assurances Delta Plus"""),
]
