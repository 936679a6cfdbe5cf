# blind25 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Solène Marchetti <solene.marchetti@courrier.example>",
         to="support@prizo-maison.example",
         subject="Prise connectée Prizo Mini : est-ce normal ?",
         body="""\
Bonjour,

Est-ce normal qu'une prise Prizo Mini fasse un petit crépitement quand le radiateur d'appoint se met en route ?

Ce soir je l'ai débranchée parce que le boîtier était tellement chaud que je ne pouvais pas le garder en main plus de deux secondes. Il y a une odeur de plastique fondu dans le salon et la prise murale derrière a une trace brunâtre autour des trous qui n'y était pas avant. Le bouton de la prise est un peu déformé aussi.

J'en ai trois autres identiques dans la maison (chambre des enfants et cuisine), elles viennent du même lot. Je les laisse branchées ou pas ?

Solène Marchetti
06 99 00 14 27"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hervé Lacombe <h.lacombe@cabinet-lacombe.example>",
         to="sav@aquafontis.example",
         subject="Fontaine à eau AF-300 - incident ce matin",
         body="""\
Madame, Monsieur,

Nous louons chez vous une fontaine AF-300 (contrat n° AQF-55812) installée dans la salle de pause de notre cabinet.

Ce matin, quand ma collègue a voulu remplacer la bonbonne, le couvercle du réservoir s'est détaché d'un coup et lui a heurté la pommette ; elle a une belle bosse et l'arcade est ouverte. En voulant fermer le robinet d'eau chaude, qui coulait tout seul depuis, elle a reçu de l'eau sur la main et elle a maintenant une grosse cloque rouge sur le dos de la main. Elle est partie voir son médecin.

Le robinet rouge continue de goutter même en position fermée. Nous avons mis un carton « ne pas utiliser » dessus et coupé la prise, mais nous voudrions qu'un technicien passe la récupérer au plus vite. Il y a une autre AF-300 au deuxième étage.

Cordialement,
Hervé Lacombe
Cabinet Lacombe & Associés
01 99 00 32 18"""),

    dict(n=3, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Manon Ribeiro <manon@atelier-ribeiro.example>",
         to="aide@comptafacile.example",
         subject="Question sur l'export FEC + autre chose",
         body="""\
Bonjour l'équipe ComptaFacile,

Je prépare ma déclaration 2035 et j'ai deux ou trois questions. D'abord, l'export FEC : est-ce qu'il inclut les notes de frais saisies depuis l'application mobile, ou faut-il les synchroniser avant ? Mon comptable dit qu'il lui manque des lignes de février.

Ensuite, j'aimerais savoir si vous comptez ajouter la TVA sur les débits, ce serait pratique pour moi qui fais surtout des prestations.

Et en passant : depuis hier, dans l'onglet « Factures émises », je vois une douzaine de factures qui ne sont pas à moi. Elles sont au nom d'un certain Julien Perrot, kinésithérapeute à Angers, avec les noms et adresses de ses patients, son IBAN et même un scan de sa carte d'identité en pièce jointe d'une des factures. Je n'ai rien touché mais j'imagine que lui voit peut-être les miennes aussi ?

Merci d'avance pour vos réponses,
Manon Ribeiro
Illustratrice indépendante"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Karim Benali <karim.benali@logistique-benali.example>",
         to="support@spendly.example",
         subject="Paiements que personne chez nous n'a faits - carte de Théo",
         body="""\
Bonjour,

Sur la carte de dépenses de notre commercial Théo Garnier (carte finissant par 4471), je vois cette nuit quatre paiements entre 2 h et 3 h du matin : 389,00 €, 412,50 €, 389,00 € et 97,90 €, sur un site de matériel électronique que nous ne connaissons pas.

Théo dormait, la carte physique est dans son portefeuille et il ne l'a jamais utilisée en ligne. Je viens de geler la carte dans l'application mais les paiements apparaissent toujours « en cours ».

Comment les contester et récupérer l'argent ? Faut-il porter plainte ?

Karim Benali
Gérant - Logistique Benali SARL
01 99 00 71 03"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Anne-Laure Vidal <direction@college-jean-moulin.example>",
         to="assistance@scolaris.example",
         subject="Conseils de classe ce soir - les enseignants ne peuvent rien saisir",
         body="""\
Bonjour,

Depuis 7 h 45, aucun de nos 48 enseignants ne peut saisir de note ni d'appréciation dans Scolaris : la page du carnet de notes tourne dans le vide puis revient à l'accueil. Les bulletins du deuxième trimestre ne peuvent donc pas être générés.

Nous avons les conseils de classe de 3e ce soir à partir de 17 h, avec les parents délégués, et les bulletins doivent partir aux familles demain. Les professeurs principaux impriment en ce moment leurs moyennes à la main depuis leurs tableurs personnels.

Établissement : Collège Jean-Moulin, UAI 0999999Z. Merci de nous rappeler rapidement au 04 99 00 58 60.

Anne-Laure Vidal
Principale"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Pierre-Yves Caradec <py.caradec@mail.example>",
         to="help@visioplus.example",
         subject="Mes participants ne me voient ni ne m'entendent",
         body="""\
Bonjour,

Depuis la mise à jour de l'application VisioPlus de lundi, quand je lance une réunion, mes participants voient un carré noir avec mes initiales et ne m'entendent pas. De mon côté, la caméra et le micro sont bien détectés (le voyant de la webcam est allumé et la jauge du micro bouge).

J'ai réinstallé, redémarré, essayé avec le casque et sans, sur Windows 11. Je donne mes cours de soutien uniquement par visio, j'ai dû annuler trois élèves depuis lundi.

Merci,
Pierre-Yves Caradec"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Claire Dumont <claire.dumont@etudes-terrain.example>",
         to="support@sondagio.example",
         subject="Exports CSV tronqués",
         body="""\
Bonjour,

Les exports CSV de nos questionnaires s'arrêtent à 1 000 lignes depuis quelques jours, alors que l'enquête « Mobilité 2024 » en compte 3 412. L'export Excel fonctionne, mais il met près de dix minutes à sortir.

Ce n'est pas bloquant pour l'instant, mais nous devons livrer l'analyse au client dans deux semaines.

Bonne journée,
Claire Dumont"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gérald Poulain <g.poulain@restaurationcollective.example>",
         to="hotline@badgeo-resto.example",
         subject="URGENT - self du site de Vénissieux : on encaisse sur papier",
         body="""\
Bonjour,

Au restaurant d'entreprise du site de Vénissieux, les bornes Badgeo ne reconnaissent plus aucun badge depuis 11 h 10 : l'écran affiche « lecture en cours » et rien ne se passe, et les distributeurs de la cafétéria refusent aussi les badges.

Nous servons environ 650 repas ce midi. Pour l'instant nous notons les noms et matricules des convives sur papier au bout de la ligne, la file va jusqu'au parking et une partie des équipes de production n'aura pas le temps de manger avant la reprise à 13 h.

Nous avons redémarré les deux bornes et le boîtier réseau. Merci d'envoyer quelqu'un ou de nous rappeler au 04 99 00 23 91.

Gérald Poulain
Responsable de site"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="Romain Fabre <romain.fabre@groupe-mistral.example>",
         to="support@tchatly.example",
         subject="Connexion SSO impossible pour tout le groupe",
         body="""\
Bonjour,

Depuis ce matin 8 h, aucun de nos 230 salariés ne parvient à se connecter à Tchatly via l'authentification unique. Après la page de notre fournisseur d'identité, on revient sur l'écran de connexion avec le message « SAML response invalid ». Les personnes déjà connectées hier soir sur mobile ont été déconnectées elles aussi.

Nothing changed on our side: our IdP certificate is valid until 2026.

Toute la coordination des chantiers passe par Tchatly ; les chefs d'équipe s'appellent au téléphone en attendant. Espace de travail : groupe-mistral.tchatly.example.

Romain Fabre
DSI - Groupe Mistral"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Lucie Tessier <lucie.tessier@boite.example>",
         to="contact@kisscrowd.example",
         subject="Contribution prélevée deux fois",
         body="""\
Bonjour,

J'ai soutenu le projet « Brasserie du Vieux Port » sur KissCrowd samedi avec une contribution de 75 €. Sur mon relevé bancaire, je vois deux prélèvements de 75 € à la même date, mais une seule contribution dans mon espace.

Pouvez-vous rembourser le doublon ?

Merci,
Lucie Tessier"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Yannick Morel <y.morel@menuiserie-morel.example>",
         to="financement@factorpro.example",
         subject="Financement des factures du 3 non versé - salaires vendredi",
         body="""\
Bonjour,

Le 3 du mois j'ai cédé trois factures via FactorPro (réf. FP-2291, FP-2292, FP-2293, total 18 460 € TTC). Elles sont marquées « approuvées » depuis mardi, mais le versement n'est toujours pas arrivé sur le compte de la menuiserie.

D'habitude c'est 48 h. Je paie les salaires de mes six compagnons vendredi avec cet argent ; sans le virement je ne peux pas les payer.

Pouvez-vous me dire où en est le virement et, si possible, le débloquer aujourd'hui ?

Yannick Morel
Menuiserie Morel
02 99 00 47 65"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Isabelle Ngo <comptabilite@agence-horizon.example>",
         to="facturation@imprim-location.example",
         subject="Facture de loyer copieur - est-il normal que ...",
         body="""\
Bonjour,

Est-il normal que notre facture de mars (n° IL-2024-0318) compte 14 200 copies couleur alors que le compteur du copieur, que j'ai photographié le 31, indique 4 120 copies couleur sur la période ?

Le dépassement facturé est de 761,60 € HT. Le mois dernier, la facture correspondait bien au relevé. Merci de vérifier le relevé et de nous envoyer une facture rectifiée ; nous suspendons le paiement en attendant.

Cordialement,
Isabelle Ngo
Agence Horizon"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bernard Lefèvre <bernard.lefevre@orange-mail.example>",
         to="conseiller@credit-solidaire.example",
         subject="Petite ligne de 0,80 €",
         body="""\
Bonjour,

Par simple curiosité : sur mon relevé de mars il y a une ligne « frais de service 0,80 € ». Ce n'est pas grave du tout, mais je me demandais à quoi cela correspond.

Bien à vous,
Bernard Lefèvre"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Josiane Perrin <josiane.perrin@laposte-mail.example>",
         to="assistance@maretraite-portail.example",
         subject="Compte bloqué",
         body="""\
Bonjour,

J'ai voulu consulter mon relevé de carrière et je me suis trompée trois fois de mot de passe. Maintenant le site me dit que mon compte est bloqué pour « raisons de sécurité » et le lien de réinitialisation ne m'arrive pas.

Pouvez-vous me le débloquer ? Mon numéro d'identifiant est le 2 58 09 99 123 456.

Merci beaucoup,
Josiane Perrin"""),

    dict(n=15, signals="account", priority="medium", trap="sms-code", qt=0, reply=0,
         frm="Thomas Keller <t.keller@freelance-dev.example>",
         to="support@cadenas-pass.example",
         subject="Code SMS jamais reçu (changement de numéro)",
         body="""\
Hello,

J'ai changé de numéro de téléphone la semaine dernière et j'ai oublié de le mettre à jour dans Cadenas. Du coup, le code de vérification part sur l'ancien numéro et je ne peux plus ouvrir mon coffre depuis un nouvel ordinateur. Sorry for the mix of languages, my French keyboard is broken.

I still have the recovery kit PDF somewhere, but the "use recovery code" link only shows a blank page.

Comment puis-je mettre à jour le numéro ?

Thomas Keller"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Inès Dubois <ines.dubois@etu-mail.example>",
         to="inscriptions@universite-rhone.example",
         subject="Changement d'adresse mail sur mon dossier d'inscription",
         body="""\
Bonjour,

Sur le portail des inscriptions, j'ai modifié mon adresse e-mail il y a dix jours (ancienne : ines.d@lycee-ancien.example, qui n'existe plus). L'écran de profil affiche bien la nouvelle, mais tous les messages (confirmation de paiement des droits, convocation au test de langue) continuent de partir vers l'ancienne. Quand je clique sur « renvoyer le lien de validation », rien n'arrive.

Numéro étudiant : 21999874.

Merci,
Inès Dubois"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Mathieu Roux <mathieu.roux@net-mail.example>",
         to="aide@tunnelo-vpn.example",
         subject="Activer la double authentification ?",
         body="""\
Bonjour,

Comment activer la double authentification sur mon compte Tunnelo ? Je ne trouve pas l'option dans les paramètres de l'appli Android.

Merci !
Mathieu"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sandrine Fabiani <s.fabiani@cabinet-fabiani.example>",
         to="commercial@nuage-sauve.example",
         subject="Votre offre Pro couvre-t-elle un incendie ou une panne ?",
         body="""\
Bonjour,

Nous sommes un petit cabinet d'expertise comptable (8 postes) et nous étudions votre offre de sauvegarde Pro. Deux questions avant de signer :

- Si nos locaux brûlent ou si notre NAS tombe en panne, en combien de temps peut-on tout restaurer, et est-ce compris dans l'abonnement ?
- Vos serveurs sont-ils hébergés en France ?

Merci de m'envoyer aussi un devis pour 8 postes et 2 To.

Sandrine Fabiani"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Olivier Garnier <olivier.garnier@studio-garnier.example>",
         to="support@tchatly.example",
         subject="Re: Incident en cours sur les notifications",
         body="""\
Merci pour l'info, tout est revenu de notre côté aussi. Bonne journée !

Olivier

Le mar. 12 mars à 10:42, Support Tchatly <support@tchatly.example> a écrit :
> Bonjour,
> Une panne de notre fournisseur d'hébergement empêche actuellement l'envoi
> des notifications et bloque l'accès à certains espaces de travail.
> Nos équipes travaillent au rétablissement du service.
> L'équipe Tchatly"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Martine Chevalier <martine.chevalier@free-mail.example>",
         to="sav@robonet.example",
         subject="Merci à Adrien !",
         body="""\
Bonjour,

Je voulais juste remercier Adrien du service client. Mon robot aspirateur tournait en rond et refusait de revenir à sa base depuis une semaine ; il m'a fait nettoyer les capteurs au téléphone et tout refonctionne. Vous m'avez sauvé la vie, avec deux chats qui perdent leurs poils partout !

Bien cordialement,
Martine Chevalier"""),

    dict(n=21, signals="-", priority="low", trap="book-title", qt=0, reply=0,
         frm="Gilles Aubert <gilles.aubert@mail.example>",
         to="numerique@bibliotheques-lyon.example",
         subject="Livre numérique « Alerte rouge sur la ville »",
         body="""\
Bonjour,

Je meurs d'envie de lire « Alerte rouge sur la ville », le dernier polar de Cécile Varenne, mais je ne le trouve pas dans le catalogue de prêt numérique. Est-il prévu de l'acheter ? Sinon, peut-on faire une suggestion d'achat ?

Merci et bravo pour le service, qui est une vraie bouée de sauvetage pendant les vacances.

Gilles Aubert"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Nadia Haddad <n.haddad@asso-quartiers.example>",
         to="support@sondagio.example",
         subject="RE: Information importante concernant vos données",
         body="""\
Bonjour,

Merci pour ce message. Aucune question de notre côté là-dessus. En revanche, une question pratique : comment mettre le logo de notre association en haut de nos questionnaires ? Je ne trouve pas où le téléverser.

Nadia Haddad

-----Message d'origine-----
De : Support Sondagio <support@sondagio.example>
Envoyé : lundi 4 mars 09:15
Objet : Information importante concernant vos données

> Madame, Monsieur,
> Un de nos sous-traitants a été victime d'une fuite de données. Après
> vérification, vos questionnaires et vos réponses n'ont pas été concernés.
> Par précaution, nous vous recommandons de changer votre mot de passe."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Baptiste Leroy <baptiste.leroy@etu-mail.example>",
         to="contact@residences-campus.example",
         subject="RE : Remboursement dépôt de garantie - 3e relance",
         body="""\
Bonjour,

C'est ma troisième demande. Cela fait maintenant sept semaines que j'ai rendu les clés du studio B214 et je n'ai toujours pas reçu mon dépôt de garantie de 520 €. Je dois verser le dépôt de mon nouveau logement avant le 15 et je ne peux pas le faire sans cette somme.

Baptiste Leroy

Le 20 févr. à 18:03, Baptiste Leroy a écrit :
> Bonjour,
> Je n'ai toujours aucune nouvelle de mon dépôt de garantie. L'état des
> lieux de sortie du 22 janvier était sans réserve. Pouvez-vous me dire
> quand le virement sera fait ?
>
> Le 5 févr. à 09:12, Baptiste Leroy a écrit :
>> Bonjour, j'ai quitté le studio B214 le 22 janvier. Merci de me rembourser
>> le dépôt de garantie de 520 € sur le RIB joint."""),

    dict(n=24, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Aurélie Masson <aurelie@masson-courtage.example>",
         to="support@signeasy-pro.example",
         subject="Lien de signature qui ne s'ouvre pas - signature avant 18 h",
         body="""\
Bonjour,

Je suis courtière en crédit immobilier. J'ai envoyé ce matin l'offre de prêt à signer à mes clients, M. et Mme Besnard (enveloppe n° SE-778120). Mme Besnard a pu signer, mais chez M. Besnard le lien ouvre une page blanche, sur son téléphone comme sur son ordinateur, et le code reçu par SMS n'est jamais demandé.

La banque doit recevoir le dossier signé avant 18 h aujourd'hui, sinon le taux accordé tombe et la vente chez le notaire vendredi est repoussée. J'ai renvoyé l'enveloppe deux fois, même résultat.

Pouvez-vous regarder en priorité ? Je suis joignable au 06 99 00 81 52.

Aurélie Masson
Masson Courtage"""),
]
