# blind15 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Marchetti <h.marchetti@orange-mail.example>",
         to="service.client@medidom.example",
         subject="Lit de ma mère – technicien aujourd'hui SVP",
         body="""\
Bonjour,

Nous louons chez vous un lit médicalisé pour ma mère (contrat MD-20931), installé
chez elle à Vénissieux depuis mars.

Depuis hier soir, le moteur fait un claquement sec chaque fois qu'on remonte le
dossier, puis il continue de ronronner quelques secondes après qu'on a lâché le
bouton. Ce matin, en entrant dans la chambre, il y avait une odeur de plastique
fondu. Le boîtier sous la tête de lit était chaud au toucher, vraiment chaud, et
ma mère a sur le mollet une marque rouge rectangulaire avec une cloque, exactement
là où sa jambe reposait contre ce boîtier pendant la nuit. Avec son diabète elle
ne sent presque rien à cet endroit, elle ne s'est rendu compte de rien.

J'ai débranché le lit et elle est installée dans le fauteuil, mais elle ne peut
pas y passer la nuit. Pouvez-vous envoyer quelqu'un aujourd'hui ou nous prêter
un autre lit ?

Je suis joignable au 06 39 98 41 27.

Hélène Marchetti"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Karim Benali <karim.benali@laposte-mail.example>",
         to="contact@pressing-duval.example",
         subject="Manteau de ma fille, ticket 55812 – quel produit ?",
         body="""\
Bonjour,

Nous avons récupéré vendredi le manteau en laine de ma fille (8 ans), ticket
n° 55812, nettoyé à sec dans votre boutique de la rue Gambetta.

Elle l'a mis lundi matin pour aller à l'école. Le soir, elle avait le cou et le
dessous du menton couverts de plaques rouges qui la grattaient, les paupières
gonflées, et elle a vomi deux fois pendant la nuit. Elle disait aussi que sa tête
tournait. Le manteau sent encore très fort le solvant, une odeur de white-spirit,
même après deux jours sur le balcon.

Le pédiatre nous demande le nom exact du produit utilisé pour ce vêtement.
Pouvez-vous nous le communiquer aujourd'hui ? Et si d'autres clients ont eu des
vêtements traités avec le même bidon, il faudrait peut-être les prévenir.

Karim Benali
06 39 98 12 64"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Sandrine Loubet <sandrine.loubet@free-net.example>",
         to="support@parkfly.example",
         subject="Réservations que je n'ai jamais faites – carte débitée 3 fois",
         body="""\
Bonjour,

Je découvre sur mon relevé trois paiements ParkFly que je n'ai pas effectués :
- 89,00 € le 12/02, parking P4 Nice-Côte d'Azur
- 134,50 € le 13/02, parking Express Bâle-Mulhouse
- 212,00 € le 13/02, parking Premium Nice-Côte d'Azur

Je n'ai pas pris l'avion depuis l'été dernier. Les trois ont été payés avec la
carte enregistrée dans mon compte client. Dans l'historique, l'adresse e-mail de
contact a été changée le 11/02 pour une adresse que je ne connais pas, et mon
numéro de téléphone aussi. J'ai pu me reconnecter et j'ai tout remis comme avant,
mot de passe compris.

J'ai fait opposition sur ma carte auprès de ma banque ce matin. Merci d'annuler
ces réservations, de me rembourser les 435,50 € et de m'expliquer comment
quelqu'un a pu utiliser mon compte. Je veux aussi savoir si les données de ma
carte ont fuité chez vous.

Cordialement,
Sandrine Loubet
Client n° PF-0088213"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Jean-Pierre Rollin <jp.rollin@wanadoo-mail.example>",
         to="sav@ascendo-monte-escalier.example",
         subject="URGENT monte-escalier dangereux",
         body="""\
Bonjour,
Le monte-escalier installé chez nous (modèle Ascendo S2, n° de série AS2-77410)
est devenu dangereux. Hier, ma femme était assise dessus à mi-hauteur quand le
siège a fait un à-coup et est redescendu tout seul d'une trentaine de centimètres,
puis la ceinture s'est détachée. Elle a failli tomber dans l'escalier. Nous ne
l'utilisons plus, mais elle ne peut pas monter à l'étage sans lui.
Merci d'envoyer un technicien en urgence : 01 99 00 37 18.
J.-P. Rollin"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Girard <t.girard@brasserie-lecomptoir.example>",
         to="sav@lavapro.example",
         subject="Plus aucun cycle possible sur nos 3 machines depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour à distance de cette nuit, nos trois lave-vaisselle à capot
(contrat de location LP-4412, Brasserie Le Comptoir, Lille) affichent « Licence
non valide » et refusent de lancer le moindre cycle. Les redémarrer ne change rien.

Nous avons 220 couverts réservés ce midi et 180 ce soir. En ce moment, deux commis
lavent les assiettes à la main dans les bacs de plonge, la vaisselle sale
s'empile partout et on commence à manquer de verres. Si rien ne bouge d'ici 11 h,
nous allons devoir refuser des tables.

Quelqu'un peut-il débloquer la licence à distance tout de suite ? Je suis sur
place : 06 39 98 55 02.

Thomas Girard
Chef de cuisine"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nathalie Perrin <regulation@ambulances-perrin.example>",
         to="support@transmed-resa.example",
         subject="Aucune mission reçue depuis 6 h ce matin",
         body="""\
Bonjour,

Depuis 6 h ce matin, aucun de nos 14 véhicules n'a reçu de mission sur les
tablettes, alors que les établissements nous assurent avoir saisi leurs demandes
de transport sur votre plateforme. Le tableau de régulation reste vide et le
bouton « Actualiser » tourne sans fin.

Résultat : on appelle les services un par un pour savoir qui doit être pris en
charge, on note tout sur papier, et trois patients du centre de dialyse Les
Tilleuls attendent déjà qu'on les ramène chez eux. Les secrétariats de l'hôpital
nous appellent en boucle.

Merci de nous rappeler au plus vite au 01 99 00 62 90.

Nathalie Perrin – régulation, Ambulances Perrin"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Léa Nguyen <lea.nguyen@etu.univ-rennes.example>",
         to="abonnements@star-mobilite.example",
         subject="Abonnement étudiant : impossible de passer les portiques",
         body="""\
Bonjour,

Depuis lundi, quand j'ouvre l'appli pour afficher mon abonnement étudiant (Pass
Campus n° 3301-7785), j'ai juste un cercle qui tourne à la place du QR code. Aux
portiques du métro je ne peux pas passer : je dois demander à l'agent à chaque
fois, et ce matin il m'a dit qu'il ne me laisserait plus passer sans titre
valide. I already reinstalled the app twice, same thing. J'ai payé l'abonnement
pour toute l'année, je ne vais pas racheter des tickets en plus.

Pouvez-vous m'envoyer une attestation papier ou régler le problème ?

Léa"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Guy Lefèvre <guy.lefevre@mail-bretagne.example>",
         to="contact@encombrants-agglo.example",
         subject="Appli encombrants : la carte ne s'affiche plus",
         body="""\
Bonjour, dans l'appli de collecte des encombrants, l'étape « Choisir
l'emplacement » reste blanche depuis la semaine dernière, donc impossible de
valider un rendez-vous par l'appli. J'ai fini par réserver par téléphone et ça a
marché, mais c'est pénible, et mes voisins ont le même souci. Vous êtes au courant ?
Guy Lefèvre"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Mathieu Caron <mathieu.caron@bricomail.example>",
         to="location@outilmax.example",
         subject="Site de location en maintenance depuis vendredi ?",
         body="""\
Bonjour,

Est-ce normal que la page de location d'outils affiche « Maintenance en cours,
revenez plus tard » depuis vendredi soir ? J'ai besoin de louer une ponceuse à
parquet et un aspirateur de chantier pour ce week-end, et en magasin on me répond
que les réservations se font uniquement en ligne. Quatre jours de maintenance, ça
me paraît long. Existe-t-il une autre façon de réserver ?

Merci,
Mathieu Caron"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Camille Dufresne <camille.dufresne@mailbox-fr.example>",
         to="boutique@atelier-aiguille.example",
         subject="Débitée deux fois pour les retouches de ma robe",
         body="""\
Bonjour,
J'ai fait retoucher ma robe de témoin chez vous (ourlet + bretelles, facture
n° AA-2291, 68 €). Sur mon compte, je vois deux prélèvements de 68 € le même jour,
à 14:02 et à 14:03 : le terminal avait affiché une erreur la première fois et la
vendeuse a repassé la carte. Pouvez-vous me rembourser le doublon ?
Merci d'avance,
Camille Dufresne"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Olivier Vandamme <olivier@vandamme-renovation.example>",
         to="comptabilite@echafaudages-nord.example",
         subject="Location échafaudage – chantier rue des Alliés",
         body="""\
Bonjour Madame, Monsieur,

Je me permets de revenir vers vous au sujet de la location d'échafaudage pour le
chantier de la rue des Alliés à Mouscron (contrat EN-5530). Tout d'abord, merci à
votre équipe de montage : travail propre, démontage dans les temps malgré la pluie
de la semaine dernière, et le client final était très content.

Le matériel a été restitué complet le 28 février, et le bon de retour signé par
votre chauffeur indique « aucun dommage ». Or la caution de 2 400 € n'a toujours
pas été reversée sur notre compte, alors que vos conditions parlent de dix jours
ouvrables.

Nous sommes une petite entreprise de trois personnes : cette somme, j'en ai besoin
pour payer les salaires le 5 et le loyer du dépôt. Pouvez-vous lancer le virement
cette semaine ? Ik spreek ook Nederlands, als dat makkelijker is voor uw
boekhouding.

Met vriendelijke groeten / Bien à vous,
Olivier Vandamme"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Isabelle Fournier <i.fournier@cabinet-morel.example>",
         to="clients@cafepro-leasing.example",
         subject="RE: Votre compte client a été réactivé",
         body="""\
Bonjour,

Merci, l'accès fonctionne de nouveau. En revanche, maintenant que je vois les
factures, celle de mars (n° F-2025-03-1187) est fausse : vous nous facturez
12 machines à café à 49 € HT par mois, alors que notre contrat porte sur
4 machines pour nos deux étages. Cela fait 392 € HT de trop. Pouvez-vous émettre
un avoir ?

Bonne journée,
Isabelle Fournier
Services généraux, Cabinet Morel & Associés

Le mar. 8 avr. 2025 à 10:12, Service client CaféPro <clients@cafepro-leasing.example> a écrit :
> Bonjour Madame Fournier,
>
> Votre compte client a été bloqué après plusieurs tentatives de connexion
> échouées. Nous l'avons déverrouillé et votre mot de passe a été réinitialisé ;
> vous allez recevoir un lien pour en choisir un nouveau.
>
> Cordialement,
> Le service client CaféPro"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bernard Aubry <b.aubry@club-internet.example>",
         to="atelier@horlogerie-vernier.example",
         subject="Ligne « frais de dossier » sur ma facture",
         body="""\
Bonjour,
Simple curiosité : sur la facture de révision de ma montre (n° HR-8816), il y a
une ligne « frais de dossier 3,50 € ». À quoi correspondent-ils ? Ce n'est pas
une réclamation, je voudrais juste comprendre.
Bien cordialement,
Bernard Aubry"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Sophie Lambert <sophie.lambert@cours-piano-lambert.example>",
         to="assistance@examens-musique.example",
         subject="Compte professeur verrouillé – inscriptions aux examens",
         body="""\
Bonjour,

Je suis professeure de piano et j'inscris chaque année mes élèves aux examens de
votre fédération. Ce matin, après avoir saisi trois fois mon mot de passe (je
pensais pourtant avoir le bon…), le portail m'a affiché « Compte verrouillé,
contactez l'assistance ». Le lien « Mot de passe oublié » m'envoie bien un
e-mail, mais le nouveau mot de passe est refusé lui aussi.

Les inscriptions pour la session de juin ferment le 15 et j'ai encore onze élèves
à inscrire. Pouvez-vous déverrouiller mon compte (identifiant : SLAMBERT-PRO-207) ?

Merci,
Sophie Lambert"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Marc-Antoine Bühler <ma.buehler@bluewin-mail.example>",
         to="support@e-vignette-info.example",
         subject="Code SMS envoyé à mon ancien numéro ?",
         body="""\
Bonjour,

Est-ce normal que le code de validation arrive toujours sur mon ancien numéro de
portable ? J'ai changé de numéro en janvier et je l'ai modifié dans mon profil,
mais chaque fois que je veux me connecter à mon compte e-vignette pour ajouter la
plaque de ma nouvelle voiture, le SMS part vers le numéro qui se termine par 41,
que je n'ai plus. Je ne peux donc plus entrer dans mon compte.

Merci de me dire comment faire.
M.-A. Bühler"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Aurélie Masson <a.masson@groupe-helios.example>",
         to="espace-client@vertbureau.example",
         subject="Mon profil utilisateur a disparu du portail",
         body="""\
Bonjour,

En voulant retirer un ancien collègue des utilisateurs de notre espace client
(entretien des plantes, site de Nanterre), notre assistante a supprimé mon profil
à la place du sien. Je n'ai plus aucun accès, et l'historique des interventions et
des demandes que j'avais créées semble avoir disparu avec. Est-il possible de
restaurer mon profil avec ses données, plutôt que d'en recréer un vide ?

Merci,
Aurélie Masson
Responsable des services généraux"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Fabrice Colin <fabrice.colin@mel-perso.example>",
         to="contact@uniformes-scolaires.example",
         subject="Changer l'adresse e-mail du compte",
         body="""\
Bonjour, comment puis-je changer l'adresse e-mail associée à mon compte sur votre
boutique d'uniformes ? Je vais bientôt fermer cette boîte. Merci ! Fabrice Colin"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chloé Barbier <chloe.barbier@mail-lyon.example>",
         to="bonjour@cordonnerie-saintjean.example",
         subject="Vous m'avez sauvé la vie !",
         body="""\
Bonjour,

Je voulais juste vous dire que vous m'avez sauvé la vie : mes bottes préférées,
que je croyais mortes et enterrées, sont comme neuves. Le nouveau talon tient le
choc, et ma copine était morte de rire en voyant la facture, elle pensait que
j'allais y laisser une fortune. Vous êtes au top, je repasse la semaine prochaine
avec deux autres paires qui ont rendu l'âme.

Chloé"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Didier Morel <didier.morel@montagne-mail.example>",
         to="sav@neigeclip.example",
         subject="Re: Rappel de sécurité chaînes NeigeClip Easy 9",
         body="""\
Merci pour votre réponse rapide, me voilà rassuré. Je garde donc mes chaînes pour
les vacances à Valloire.

Bonne journée,
Didier Morel

Le 14 janv. 2025 à 09:41, SAV NeigeClip <sav@neigeclip.example> a écrit :
> Bonjour Monsieur Morel,
>
> Nous rappelons certains lots de chaînes NeigeClip Easy 9 : le tendeur peut se
> rompre à vitesse élevée et endommager le passage de roue, avec un risque
> d'accident. Les lots concernés vont de 2311 à 2318.
>
> Votre numéro de lot (2402) n'est pas concerné par ce rappel. Vous pouvez
> continuer à utiliser vos chaînes normalement.
>
> Cordialement,
> Le service après-vente NeigeClip"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Monique Renard <monique.renard@orange-mail.example>",
         to="atelier@bijouterie-lenoir.example",
         subject="Merci pour la bague de ma grand-mère",
         body="""\
Bonjour Madame Lenoir,

Je voulais vous remercier. Le souci de paiement de la semaine dernière est réglé :
la banque a débloqué la transaction et j'ai bien reçu votre confirmation. Et
surtout, la bague de ma grand-mère est magnifique ; la griffe cassée a été refaite
et on ne voit absolument rien. Merci aussi pour votre patience au téléphone quand
j'étais paniquée.

Bien à vous,
Monique Renard"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Lucas Fontaine <amicale.pompiers.chambly@asso-mail.example>",
         to="groupes@snowdome-paris.example",
         subject="Devis sortie Amicale des sapeurs-pompiers – 35 personnes",
         body="""\
Bonjour,

Je m'occupe des sorties de l'Amicale des sapeurs-pompiers de Chambly. Nous
aimerions passer un après-midi sur votre piste de ski indoor le samedi 22 mars,
à 35 personnes (des adultes et une dizaine d'enfants de 6 à 12 ans), avec la
location du matériel et, si possible, un moniteur pour les débutants.

Pouvez-vous m'envoyer un devis ? Avez-vous un tarif groupe ou association ? Enfin,
les enfants doivent-ils porter un casque (nous en avons quelques-uns) ?

Merci d'avance,
Lucas Fontaine, trésorier de l'Amicale"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Contrôle Auto Plus <newsletter@controleautoplus.example>",
         to="contact@flotte-services.example",
         subject="Avril : 5 défaillances critiques qui font rater le contrôle technique",
         body="""\
LA LETTRE CONTRÔLE AUTO PLUS – avril 2025

Freins usés, pneus lisses, feux défaillants : voici le top 5 des défaillances
critiques relevées dans nos centres ce trimestre, et comment les éviter avant
votre passage.

• Éclairage : un feu stop qui ne s'allume pas, c'est la contre-visite assurée.
• Freinage : un déséquilibre de plus de 30 % entre deux roues est jugé dangereux.
• Pneumatiques : une usure sous le témoin, même sur un seul pneu.
• Pare-brise : un impact dans le champ de vision du conducteur.
• Pollution : un voyant moteur allumé en permanence.

Offre du mois : -15 % sur la contre-visite avec le code AVRIL15.

Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information.
Se désinscrire"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Yanis Haddad <yanis.haddad@coursier-mail.example>",
         to="partenaires@velocourse.example",
         subject="Re: Compte coursier désactivé – 3e relance",
         body="""\
Bonjour,

Cela fait maintenant dix jours que mon compte coursier est désactivé, et je n'ai
reçu aucune réponse à part le message automatique. Je ne peux accepter aucune
course, donc je ne travaille plus depuis dix jours. Mes documents (pièce
d'identité, assurance RC pro, attestation URSSAF) sont à jour, j'ai vérifié trois
fois.

S'il vous plaît, quelqu'un peut-il regarder mon dossier ? Identifiant coursier :
VC-PAR-10452.

Yanis Haddad
06 39 98 70 15

Le lun. 3 mars 2025 à 08:17, Yanis Haddad <yanis.haddad@coursier-mail.example> a écrit :
> Bonjour,
> Depuis ce matin, l'appli m'affiche « Votre compte a été désactivé » quand je me
> connecte. Je n'ai reçu aucun e-mail qui explique pourquoi. Pouvez-vous le
> réactiver ?
> Merci,
> Yanis"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julie Mercier <julie@traiteur-mercier.example>",
         to="pro@locachef-materiel.example",
         subject="Portail de réservation bloqué sur Safari",
         body="""\
Bonjour,
Pour info : depuis la nouvelle version de votre portail, impossible de valider une
réservation de matériel depuis Safari (le bouton « Confirmer » ne réagit pas, sur
Mac comme sur iPad). Avec Chrome ça passe, j'ai donc pu commander les chafing
dishes et les étuves pour le mariage du 14. Mais mes deux assistantes travaillent
sur iPad, ce serait bien de corriger.
Julie Mercier – Traiteur Mercier"""),
]
