# blind6 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Marchetti <h.marchetti@lavoisier-mail.example>",
         to="sav@thermeo-pac.example",
         subject="Unité extérieure - question",
         body="""\
Bonjour,

Depuis hier soir le disjoncteur de la pompe à chaleur saute toutes les deux heures environ. Ce matin en le réarmant j'ai vu que le boîtier gris sur le côté de l'unité extérieure (là où arrive le câble) a le couvercle un peu gondolé, avec une trace marron qui part du bornier. Quand on s'approche ça sent le plastique chaud et on entend comme un petit grésillement.

L'unité est fixée contre le mur de la chambre de mes enfants. J'ai coupé au tableau électrique pour l'instant, du coup plus de chauffage et il fait 4 degrés dehors, mais je préfère ça.

Installation faite par votre partenaire en septembre, contrat d'entretien n° PAC-22871-M. Est-ce que quelqu'un peut passer aujourd'hui ? Je suis joignable au 06 39 98 41 07 toute la journée.

Hélène Marchetti
12 allée des Tilleuls, 49100 Angers"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandrine Lefebvre-Dia <sandrine.lefebvre@orange-like.example>",
         to="contact@restoscol-prestations.example",
         subject="Repas de jeudi - école Jules-Ferry",
         body="""\
Madame, Monsieur,

Mon fils Nathan (CE2, école Jules-Ferry de Villeneuve-sur-Orge) a un PAI pour l'arachide, c'est indiqué sur son dossier d'inscription dans votre portail et sur sa fiche au restaurant scolaire. Jeudi, le menu affiché dans votre application annonçait « crumble pommes-poires, sans fruits à coque ».

Vers 13h30 la maîtresse m'a appelée. Nathan se grattait la gorge, ses lèvres et ses paupières avaient gonflé d'un coup et il avait du mal à reprendre son souffle. Elle a utilisé le stylo d'adrénaline de sa trousse et les pompiers l'ont emmené aux urgences pédiatriques. Il est rentré hier soir, il va mieux.

Le médecin pense fortement au dessert. Je veux savoir quelle était la composition réelle de ce crumble, qui l'a fabriqué, et si d'autres enfants sous protocole ont mangé ce repas. Je demande aussi que les recettes de la semaine prochaine soient revérifiées avant d'être servies.

J'attends une réponse écrite rapidement.

Sandrine Lefebvre-Dia"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Karim Benhaddou <karim.bhd@postebox.example>",
         to="aide@glisse-urbaine.example",
         subject="Trottinette 4471 - frein avant HS, chute",
         body="""\
Bonjour,

Hier vers 19h j'ai loué la trottinette n° 4471 rue de la République (trajet TR-88120-LY). Dans la descente du pont Lafayette, le frein avant ne répondait plus du tout : le levier allait jusqu'au guidon sans freiner. J'ai dû sauter pour éviter une voiture, je suis tombé sur le bitume. Résultat : coude ouvert (5 points de suture) et entorse du poignet, j'ai le certificat des urgences si besoin.

Ce qui m'inquiète le plus : je l'ai signalée dans l'appli hier soir, mais ce matin elle apparaît TOUJOURS comme disponible sur la carte, garée quai Augagneur. Quelqu'un d'autre va la prendre et se retrouver dans la même situation. Merci de la retirer du service tout de suite.

Pour le reste (remboursement du trajet, frais médicaux) on verra après.

Karim Benhaddou"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Odile Ferrand <odile.ferrand@wanamail.example>",
         to="support@stationne-facile.example",
         subject="stationnements à Nice ???",
         body="""\
bonjour

je regarde mon historique ce matin et je vois 7 sessions de stationnement à Nice et à Antibes entre samedi et lundi, pour un total de 63,40 €, débitées sur ma carte enregistrée. Je n'ai pas bougé de Lille de tout le week-end et je n'ai jamais mis les pieds à Antibes.

En plus il y a une plaque d'immatriculation que je ne connais pas (GK-518-TZ) ajoutée à mon profil samedi à 23h12. Mon mot de passe fonctionne encore, je l'ai changé tout de suite, mais je voudrais savoir comment cette personne est entrée et si elle a vu le numéro de ma carte.

J'ai fait opposition auprès de ma banque par précaution. Merci de bloquer ces paiements et de me rembourser.

Odile Ferrand
compte : o.ferrand / client 30-77415"""),

    dict(n=5, signals="outage", priority="critical", trap="name", qt=0, reply=0,
         frm="Dr Julien Pasquier <accueil@clinique-veto-des-saules.example>",
         to="support@vetodesk.example",
         subject="URGENT - plus rien ne marche à la clinique",
         body="""\
Bonjour,

VetoDesk est en panne chez nous depuis 8h15. Sur les 4 postes de la clinique on a le même message « Serveur indisponible, réessayez plus tard ». On a redémarré la box et les PC, rien à faire.

Concrètement on ne peut plus ouvrir les dossiers des animaux, ni éditer les ordonnances, ni encaisser. La salle d'attente est pleine, on a une chirurgie programmée à 10h (chienne, ovariectomie) et on n'a pas accès à ses antécédents ni à son poids pour le protocole d'anesthésie.

Rappelez-nous SVP au standard, c'est le plus rapide.

Dr Julien Pasquier
Clinique vétérinaire des Saules - Saint-Herblain
Client n° VD-00912"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Mathilde Grosjean <mathilde@atelier-grosjean-design.example>",
         to="pro@imprimerie-duval.example",
         subject="Dépôt de fichiers - commande 55-10392",
         body="""\
Bonjour,

Depuis hier après-midi, quand je dépose mes PDF dans l'espace pro, la barre de progression reste figée à 0 % puis j'ai « Délai dépassé » au bout de quelques minutes.

J'ai essayé avec Firefox et Chrome, depuis une autre connexion (partage 4G), avec un fichier de test de 2 Mo : exactement pareil. Le site lui-même s'affiche normalement et votre page d'état dit que tout va bien.

Le catalogue de mon client (commande 55-10392, 48 pages) doit partir en impression aujourd'hui pour être livré lundi. Je n'ai aucun autre moyen de vous transmettre les fichiers, votre formulaire refuse les pièces jointes de plus de 10 Mo.

Vous pouvez me donner une adresse FTP ou un lien de dépôt en attendant ?

Mathilde Grosjean
Atelier Grosjean Design - graphisme & édition"""),

    dict(n=7, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Bernard Quéré <bernard.quere29@free-net.example>",
         to="assistance@helio-suivi.example",
         subject="Courbes de production plates",
         body="""\
Bonjour,

Depuis mardi, l'application de suivi de mes panneaux affiche 0 kWh tous les jours, la courbe est complètement plate. Pourtant l'onduleur dans le garage indique bien 2,8 kW en plein midi et le compteur Linky tourne à l'envers comme d'habitude, donc l'installation produit.

Le petit boîtier de communication a ses deux voyants verts. J'ai débranché/rebranché, rien.

Ce n'est pas dramatique, je ne perds pas d'électricité, mais je fais un relevé mensuel pour ma déclaration de revente et il me manque déjà une semaine de données. Pouvez-vous regarder de votre côté ?

Installation n° HS-4410-B, 9 kWc, Plougastel.

Cordialement,
B. Quéré"""),

    dict(n=8, signals="outage", priority="critical", trap="technical", qt=0, reply=0,
         frm="Loïc Tessier <l.tessier@transports-maraval.example>",
         to="api-support@fretlink-europe.example",
         subject="API booking 503 depuis 6h40 - camions bloqués à quai",
         body="""\
Bonjour l'équipe,

Depuis 6h40 ce matin, toutes nos requêtes sur /v2/bookings et /v2/labels répondent 503 Service Unavailable (quelques 504 au milieu). Ça concerne nos deux comptes (MARAVAL-LYS et MARAVAL-DUN), donc ce n'est pas un souci de clé.

Sans réservation confirmée on ne peut générer ni les étiquettes ni les CMR. On a 14 semi-remorques chargées à quai à Lesquin, et le cut-off pour la traversée Calais-Douvres de 11h30 approche. Si on le rate, ce sont 14 livraisons en retard chez des clients de la grande distribution, avec pénalités.

Exemple de request-id : 7f3c-91aa-0b2e. Logs complets dispo si besoin.

Merci de nous tenir au courant au plus vite, même si c'est juste pour donner une ETA.

Loïc Tessier
Responsable SI - Transports Maraval
03 53 73 20 41"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Agence Loca'Sud Perpignan <perpignan@locasud-auto.example>",
         to="support@flotteplan.example",
         subject="synchro résas",
         body="""\
Bonjour,

La synchronisation entre notre site de réservation et le planning FlottePlan s'est arrêtée ce matin à 9h02 (dernière résa importée : R-66-20931). Depuis, les nouvelles réservations web n'apparaissent plus dans le back-office, par contre les anciennes sont toujours là et on peut faire les contrats.

Pour l'instant on se débrouille : on recopie à la main les résas depuis les mails de confirmation, c'est faisable vu qu'on est en basse saison, mais on aimerait que ça reparte avant le week-end.

Merci,
Coralie - agence de Perpignan"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Yannick Le Goff <yannick.legoff@courrielplus.example>",
         to="reservations@traversees-manche.example",
         subject="Débité deux fois - réservation FX7-20544",
         body="""\
Bonjour,

J'ai réservé dimanche une traversée Ouistreham - Portsmouth pour le 14 décembre (2 adultes + voiture, réservation FX7-20544). Au moment du paiement la page a mouliné, j'ai eu un message d'erreur, alors j'ai recommencé.

Résultat : une seule réservation dans mon espace, un seul billet reçu par mail, mais deux prélèvements de 286,00 € sur mon compte, tous deux datés du 9.

Pouvez-vous rembourser le second ? Je joins la capture de mon relevé.

Merci d'avance,
Yannick Le Goff"""),

    dict(n=11, signals="payment", priority="high", trap="context", qt=0, reply=0,
         frm="Nadia Oukacha <nadia.oukacha@kiosque-mail.example>",
         to="sinistres@mutuelle-habitat-avenir.example",
         subject="Indemnisation dossier SIN-2026-041187 toujours pas reçue",
         body="""\
Bonjour,

Suite aux dégâts des eaux de septembre dans ma cuisine, votre expert a validé le montant de l'indemnisation (3 940 €) et j'ai reçu le 3 novembre un courrier m'annonçant le virement « sous 48 heures ouvrées ».

Nous sommes le 19 et je n'ai toujours rien sur mon compte. J'ai appelé deux fois, on me dit que c'est « en cours de traitement comptable ».

Le problème c'est que l'artisan attend son acompte pour commander le plan de travail et les meubles, il m'a dit que sans paiement avant vendredi il me repousse à février. Je n'ai pas cette somme d'avance, je vis sans cuisine depuis deux mois avec deux enfants.

Merci de me donner une date précise de versement, et de vérifier que le RIB enregistré est bien le bon (FR76 ... 4417, Crédit du Midi).

Nadia Oukacha
Contrat MRH n° 8870112"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Pierre-Antoine Vidal <pa.vidal@studio-brindille.example>",
         to="facturation@le-hangar-cowork.example",
         subject="Facture octobre",
         body="""\
Bonjour,

Notre facture d'octobre (F-2026-10-0388) comporte 3 postes fixes alors que nous n'en avons que 2 depuis le départ de Léa fin août, vous aviez d'ailleurs confirmé la modification par mail.

Il y a aussi 6 heures de salle de réunion « Verrière » facturées le 17/10, or personne de chez nous n'a réservé ce jour-là, ça ressemble à une erreur de compte.

Merci de nous envoyer une facture corrigée, le prélèvement est prévu le 5 et je préférerais éviter de devoir le rejeter.

Bonne journée,
Pierre-Antoine Vidal
Studio Brindille"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Émilie Carrère <emilie.carrere@boite-perso.example>",
         to="adherents@forme-et-vous.example",
         subject="petite question prélèvement",
         body="""\
Bonjour,

Rien de grave, simple curiosité : sur mon prélèvement de novembre il y a une ligne « frais de service 0,90 € » en plus de l'abonnement mensuel (29,90 €). Je ne l'avais pas les mois précédents.

C'est nouveau pour tout le monde ou c'est lié à mon compte ? Je n'ai rien changé à ma formule.

Merci et bonne journée,
Émilie (club de Mérignac, badge 11872)"""),

    dict(n=14, signals="account", priority="high", trap="plain", qt=0, reply=0,
         frm="Fabrice Nguyen <fabrice.nguyen.menuiserie@mailo-pro.example>",
         to="support@comptaclair.example",
         subject="Code SMS jamais reçu, impossible d'accéder au compte",
         body="""\
Bonjour,

J'ai changé d'opérateur la semaine dernière (même numéro, portabilité). Depuis, quand je me connecte à ComptaClair, le code de vérification par SMS n'arrive jamais. J'ai cliqué sur « renvoyer le code » une dizaine de fois, attendu, redémarré le téléphone : rien. Les SMS de ma banque et des autres sites arrivent normalement.

Je ne peux donc plus du tout entrer dans mon compte. Je dois envoyer mes factures de fin de mois à trois clients aujourd'hui et ma déclaration de TVA est à faire avant le 24.

Est-ce qu'il est possible de recevoir le code par mail, ou de désactiver temporairement la vérification ? Je peux vous envoyer une pièce d'identité.

Fabrice Nguyen
Menuiserie Nguyen - SIRET 812 447 093 00018"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Aurélie Bastide <aurelie.bastide@ensemble-net.example>",
         to="espace-famille@ville-de-saint-aubin.example",
         subject="Changement d'adresse mail espace famille",
         body="""\
Bonjour,

J'essaie de mettre à jour l'adresse mail de mon espace famille (inscriptions cantine / périscolaire de mes deux filles). J'ai saisi la nouvelle adresse dans « Mon profil », mais le lien de confirmation part toujours sur l'ancienne, qui était mon adresse professionnelle. J'ai quitté cette entreprise en juin et je n'y ai plus accès.

Du coup le changement n'est jamais validé, et je ne reçois plus les factures ni les messages de l'école.

Pouvez-vous faire la modification de votre côté ? Identifiant famille : SA-2291.

Merci,
Aurélie Bastide"""),

    dict(n=16, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Dr Isabelle Rouchon <cabinet.rouchon@dentistes-cevennes.example>",
         to="portail@labo-prothese-arcadie.example",
         subject="Accès de notre assistante disparu",
         body="""\
Bonjour,

Depuis lundi, notre assistante Mme Okafor ne peut plus se connecter au portail de suivi des travaux : le message indique « identifiant inconnu ». Elle l'utilisait tous les jours pour suivre les couronnes et les bridges en cours et planifier les poses.

Moi je peux toujours me connecter avec mon compte, mais je ne vois plus son nom dans la liste des utilisateurs du cabinet. Personne chez nous ne l'a supprimée.

Pourriez-vous rétablir son accès (ou lui en recréer un avec les mêmes droits) ?

Bien cordialement,
Dr Isabelle Rouchon
Cabinet dentaire des Cévennes, Alès - compte labo n° 4402"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Gérard Mounier <gmounier@laposte-like.example>",
         to="clients@energies-du-val.example",
         subject="double authentification",
         body="""\
Bonjour,

Mon fils m'a conseillé d'activer la « double authentification » sur mon espace client pour plus de sécurité. Je ne trouve pas où se trouve ce réglage, ni dans l'appli ni sur le site.

Pouvez-vous m'expliquer pas à pas comment faire ? Et est-ce que ça marche avec un téléphone fixe, car je n'ai pas toujours mon portable sur moi.

Merci beaucoup,
Gérard Mounier
Référence client : 0044-718-22"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jessica Aubert <jessica@festival-les-nuits-salees.example>",
         to="equipe@billetterie-tempo.example",
         subject="Bilan du festival - MERCI",
         body="""\
Coucou l'équipe Tempo !

Petit mot après le rush : le festival a fait un carton cette année, 18 000 entrées sur trois jours, du jamais vu pour nous. La scène électro était en feu samedi soir, les gens se sont littéralement battus pour les derniers pass dimanche, et votre billetterie a tenu le choc sans broncher.

Le contrôle d'accès avec les douchettes, franchement une tuerie, on a vidé la file de 21h en vingt minutes. Et Maxime de votre support, un tueur, toujours dispo.

On vous recontacte en janvier pour l'édition 2027, on aimerait ajouter le cashless.

Bises salées,
Jessica - coordination billetterie
Les Nuits Salées, Noirmoutier"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Compagnie Les Fous du Rempart <diffusion@fousdurempart.example>",
         to="devis@imprimerie-duval.example",
         subject="Devis affiches « Le Grand Incendie »",
         body="""\
Bonjour,

Nous créons au printemps notre nouvelle comédie musicale, « Le Grand Incendie », qui raconte l'histoire des pompiers volontaires d'un village en 1923. Nous aurions besoin d'un devis pour :

- 300 affiches A2, papier 135 g couché mat, quadri recto ;
- 2 000 flyers A6 recto-verso, pour la soirée de lancement « Alerte Rouge » du 14 mars ;
- 50 programmes 16 pages agrafés.

Le visuel est très sombre (beaucoup de noir et de rouge en aplat), est-ce que ça pose un problème sur ce papier ? Livraison souhaitée au plus tard le 20 février au théâtre de Vienne.

Merci d'avance,
Baptiste Morel, chargé de diffusion"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Chantal Delorme <chantal.delorme63@webmel.example>",
         to="contact@compagnon-veto-app.example",
         subject="retour sur la nouvelle version",
         body="""\
Bonjour,

Je vous avais écrit en octobre parce que l'application plantait à chaque fois que j'ouvrais le carnet de santé de mon chat. Je voulais simplement vous dire que depuis la mise à jour 4.2, plus aucun plantage, plus d'écran blanc, et les rappels de vaccins arrivent bien à la bonne date.

Aucun souci non plus pour régler la consultation en ligne la semaine dernière.

Bravo et merci, c'est rare de voir un problème corrigé aussi vite !

Chantal Delorme (et Pépito)"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Thomas Reynaud <thomas.reynaud@courrier-libre.example>",
         to="info@salle-altitude-escalade.example",
         subject="Abonnement annuel - conditions",
         body="""\
Bonjour,

J'hésite à prendre l'abonnement annuel (490 €) plutôt que la carte 10 entrées. Avant de me décider j'ai deux questions :

1. Si je me blesse (je sors d'une rupture de poulie l'an dernier, donc je préfère demander), est-ce qu'on peut suspendre l'abonnement quelques mois sur certificat médical ?
2. En cas de déménagement, est-il possible de résilier en cours d'année et d'être remboursé au prorata ?

Je n'ai pas trouvé ces points dans les CGV sur le site.

Merci,
Thomas"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Manon Girardot <manon.girardot@ouvaton-mail.example>",
         to="accueil@mediatheques-grand-besancon.example",
         subject="Re: Compte lecteur bloqué",
         body="""\
Bonjour Mme Petitjean,

Tout fonctionne à nouveau, j'ai pu réserver les trois albums pour ma classe et télécharger le livre audio. Merci beaucoup pour votre rapidité, et bonne fin de semaine à toute l'équipe !

Manon Girardot

Le mar. 17 nov. 2026 à 10:12, Médiathèques du Grand Besançon <accueil@mediatheques-grand-besancon.example> a écrit :
> Bonjour Madame,
> Votre carte avait été suspendue automatiquement suite à un retard de
> retour. Nous l'avons réactivée, vous pouvez vous reconnecter dès maintenant.
> Cordialement, Françoise Petitjean
>
> Le lun. 16 nov. 2026 à 18:40, Manon Girardot a écrit :
>> Bonjour, je suis bloquée hors de mon compte lecteur depuis ce matin,
>> impossible de me connecter, le site dit « compte désactivé ».
>> Je n'ai rien changé. Pouvez-vous regarder ? Carte n° 25008811."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Stéphane Carlier <s.carlier@lycee-marie-curie-vesoul.example>",
         to="assistance@ent-educonnect-plus.example",
         subject="TOUS les élèves refusés à la connexion - bac blanc à 10h",
         body="""\
Bonjour,

Depuis 7h45, aucun élève du lycée Marie-Curie ne peut se connecter à l'ENT. Quel que soit le compte, le message est « identifiant ou mot de passe incorrect ». J'ai testé avec trois comptes élèves dont je viens de réinitialiser le mot de passe moi-même : même refus. Les comptes enseignants passent, une partie des comptes parents aussi, mais pas un seul élève.

Nous avons 320 élèves de terminale qui passent à 10h un bac blanc de SES entièrement sur la plateforme (sujet et dépôt des copies). Ils sont déjà installés en salle.

Pourriez-vous vérifier s'il y a eu un changement côté annuaire / fédération d'identité cette nuit ? Je reste joignable sur le poste 214.

Stéphane Carlier
Référent numérique - Lycée Marie-Curie, Vesoul
UAI 0700912X"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rosa Delgado-Martin <rosa@foodtruck-la-cantinera.example>",
         to="partenaires@cashless-festivo.example",
         subject="RE : Reversement ventes festival Les Nuits Salées",
         body="""\
Troisième relance.

Toujours aucun reversement sur mon compte, toujours aucune réponse de votre part. Je vous rappelle que vous encaissez directement l'argent des festivaliers sur vos bracelets : c'est MON chiffre d'affaires, 6 430,50 € sur trois jours, que vous gardez depuis plus d'un mois.

J'ai des fournisseurs à payer et deux saisonniers qui attendent leur dernier salaire. Si je n'ai pas de date de virement d'ici vendredi, je saisis le festival et une association de commerçants.

Rosa Delgado-Martin
La Cantinera - SIRET 901 223 558 00012

-----Message d'origine-----
De : Rosa Delgado-Martin
Envoyé : jeudi 5 novembre 2026 09:14
Objet : RE : Reversement ventes festival Les Nuits Salées
> Bonjour, je n'ai toujours pas reçu le reversement annoncé pour fin
> octobre. Pouvez-vous vérifier ? Vendeur n° V-0387.
>
> -----Message d'origine-----
> Envoyé : lundi 19 octobre 2026 11:02
> > Bonjour, quand sera versé le montant de mes ventes cashless du
> > festival (6 430,50 €) ? Mon RIB est bien dans mon espace vendeur."""),
]
