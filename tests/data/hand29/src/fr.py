# blind30 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Geneviève Marchal <g.marchal@courriel.example>",
         to="sav@cuisinepro-electromenager.example",
         subject="Question sur ma friteuse sans huile AF-520",
         body="""\
Bonjour Madame, Monsieur,

Je me permets de vous écrire au sujet de la friteuse sans huile AF-520 achetée
sur votre site en octobre (commande n° 88-41207).

Hier soir, pendant la cuisson de pommes de terre, l'appareil s'est arrêté d'un
coup et une fumée grise assez épaisse est sortie par l'arrière, avec une forte
odeur de plastique brûlé dans toute la cuisine. En voulant le débrancher, je me
suis un peu brûlé la paume : la fiche était noircie et le plastique autour avait
fondu contre la prise murale. Mon mari a dû couper le disjoncteur pour pouvoir
la retirer.

Est-ce normal qu'un appareil de quelques semaines chauffe à ce point ? Je n'ose
plus rien brancher sur cette prise.

Je vous remercie par avance de bien vouloir m'indiquer la marche à suivre. Je
tiens l'appareil à votre disposition.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Geneviève Marchal
12 rue des Tilleuls, 49300 Cholet"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sonia Belkacem <sonia.belkacem@mailbox.example>",
         to="aide@miamexpress.example",
         subject="Commande 5521-KD : mon fils a passé la nuit à l'hôpital",
         body="""\
Bonjour,

Hier soir j'ai commandé via votre appli chez "Le Jardin de Saigon" (commande
5521-KD, livrée vers 20h10). J'avais bien coché l'option "sans arachides" et
j'avais même écrit dans le commentaire que mon fils de 7 ans est allergique aux
cacahuètes.

Dix minutes après avoir mangé ses nems, il s'est mis à tousser, ses lèvres ont
gonflé et il avait des plaques rouges sur tout le cou. On lui a fait son
injection d'adrénaline et on a appelé le 15. Il a passé la nuit aux urgences
pédiatriques, il va mieux ce matin mais il est encore en observation.

Dans la sauce qui restait au fond de la barquette, il y avait clairement des
morceaux de cacahuètes concassées.

Je veux comprendre comment une commande marquée "sans arachides" peut arriver
comme ça, et que ce restaurant soit prévenu avant qu'un autre enfant mange la
même chose. Je garde la barquette et le ticket.

Sonia Belkacem
06 12 48 77 30"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kevin Roux <kev.roux93@webmail.example>",
         to="support@banque-nova.example",
         subject="paiements carte cette nuit",
         body="""\
bonjour 3 paiements cette nuit sur ma carte que j'ai pas faits, 2x 249,99 et 1x 480 sur un site d'electronique, a 3h du mat je dormais !! la carte est dans mon portefeuille
vous pouvez tout bloquer maintenant svp et me rembourser
Kevin Roux

Envoyé de mon téléphone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="data", qt=0, reply=0,
         frm="Théo Lemaire <theo.lemaire@fournisseur.example>",
         to="support@nebula-games.example",
         subject="Quelqu'un a pris mon compte, je ne peux plus me connecter",
         body="""\
Bonjour,

Cette nuit j'ai reçu le mail ci-dessous pendant que je dormais, et depuis je ne
peux plus me connecter : mon mot de passe ne marche plus et la réinitialisation
part vers une adresse qui n'est pas la mienne.

---------- Message transféré ---------
De : Nebula Games <no-reply@nebula-games.example>
Date : jeu. 3 déc. 2026 à 03:41
Objet : Votre adresse e-mail a été modifiée

Bonjour TheoLmr,
L'adresse e-mail associée à votre compte a été remplacée par k****7@tempbox.example.
Si vous n'êtes pas à l'origine de cette modification, contactez le support.
----------

Ce n'est pas moi. En plus mes amis me disent qu'ils reçoivent des messages de
"moi" sur le chat avec des liens bizarres pour gagner des skins. J'ai 6 ans de
jeux et d'achats sur ce compte.

Pouvez-vous le bloquer et me le rendre ?

Pseudo : TheoLmr - ID joueur : 4471-0928-3356

Théo Lemaire"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nathalie Guérin <nath.guerin@perso-mail.example>",
         to="support@mailcloud-pro.example",
         subject="Urgent - plus aucun mail reçu au cabinet depuis ce matin",
         body="""\
Bonjour,

Je suis responsable administrative du cabinet Guérin & Associés (compte client
CG-20417, domaine cabinet-guerin-avocats.example). Je vous écris depuis ma boîte
personnelle.

Depuis 9h ce matin, personne au cabinet ne reçoit plus le moindre e-mail. Nous
sommes 14. Nos envois partent apparemment, mais les clients nous appellent pour
dire que leurs messages leur reviennent avec "550 5.1.1 Recipient address
rejected". Nous attendons aujourd'hui des pièces pour une audience demain matin
et un confrère essaie de nous transmettre ses conclusions depuis deux heures.

Rien n'a été modifié de notre côté. Pouvez-vous regarder en priorité ? Je suis
joignable au 01 44 87 12 60.

Merci,
Nathalie Guérin
Responsable administrative
Cabinet Guérin & Associés"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Boulangerie Lefort <boulangerie.lefort@pro-mail.example>",
         to="assistance@paytek-terminaux.example",
         subject="TPE inutilisables un samedi matin !!!",
         body="""\
Bonjour,

Depuis 7h ce matin notre terminal de paiement refuse TOUTES les cartes. Sur
l'écran il y a marqué :

    ERREUR 0x3F - CONNEXION SERVEUR IMPOSSIBLE
    TRANSACTION NON ABOUTIE

On a redémarré trois fois, changé de prise, rebranché la box, rien à faire. Le
deuxième terminal fait exactement pareil. Votre ligne téléphonique sonne dans
le vide.

On est samedi, c'est notre plus grosse matinée, la queue va jusque sur le
trottoir et la moitié des clients repartent parce qu'ils n'ont pas de liquide.
Je ne peux pas passer la journée comme ça.

Contrat n° PTK-558210, terminaux n° 40017733 et 40017734.
Rappelez-moi au 06 71 20 33 94.

Patrick Lefort
Boulangerie Lefort, Saint-Brieuc"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Mihai Popescu <mihai.popescu@boite.example>",
         to="service.client@fibrelink.example",
         subject="pas internet depuis hier",
         body="""\
Bonjour,

Je vous ecris parce que depuis hier soir 21h je n'ai plus internet du tout. La
box elle a le voyant qui clignote rouge et sur la télé c'est marqué "pas de
signal". J'ai déjà fait tout que le assistant vocal dit : débrancher, attendre
10 minutes, rebrancher. C'est toujours pareil.

Je travaille à la maison et ce matin je ne pouvais pas me connecter à mon
travail, j'ai fait le partage avec le téléphone mais ça marche très mal. Aussi
ma fille elle a des cours en ligne cet après-midi.

Est-ce que c'est une panne dans le quartier ou c'est ma box ? Si il faut un
technicien, je suis là toute la journée.

Numéro client : 7730 1184 52
Adresse : 4 allée des Peupliers, 69200 Vénissieux

Merci beaucoup
Mihai Popescu"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Claire Dubois-Martel <claire.dm@famille-martel.example>",
         to="aide@cinestream.example",
         subject="Écran noir sur la télé mais pas sur le téléphone",
         body="""\
Bonsoir,

Est-ce normal que depuis la mise à jour d'hier, l'application sur notre télé
(Samsung, modèle 2021) affiche un écran noir dès qu'on lance un film ou une
série ? On entend le son, mais pas d'image. Les menus et les bandes-annonces
s'affichent normalement.

Sur mon téléphone et sur l'ordinateur tout marche bien, c'est seulement sur la
télé. J'ai déjà désinstallé et réinstallé l'appli et redémarré la télé.

C'est un peu dommage, on a pris l'abonnement Famille surtout pour regarder sur
le grand écran le soir.

Merci d'avance,
Claire"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Julien Maréchal <julien.marechal@mobile-mail.example>",
         to="contact@railexpress.example",
         subject="appli écran blanc billet introuvable",
         body="""\
Bonjour je suis en gare de Lyon Part-Dieu, mon train part à 14h32 et votre appli reste sur un écran blanc depuis ce matin, impossible d'afficher mon billet (dossier QXLMBT). j'ai redémarré le tel, réinstallé, rien
le contrôleur va me demander le QR code je fais comment ?? répondez vite svp
Julien Maréchal"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Aurélie Fontaine <aurelie.fontaine@messagerie.example>",
         to="service-client@achatplus-marketplace.example",
         subject="Remboursement non reçu - retour commande 402-7781239",
         body="""\
Bonjour,

Je reviens vers vous concernant un retour pour lequel je n'ai toujours pas été
remboursée. Voici le récapitulatif :

- Commande : 402-7781239 du 28 octobre 2026
- Article : aspirateur balai sans fil, vendu par "MaisonDirect"
- Montant : 189,90 EUR
- Retour déposé en point relais le 6 novembre (suivi 6A 204 118 933 2)
- Colis livré au vendeur le 10 novembre selon le suivi

Cela fait maintenant plus de trois semaines et le statut affiche toujours
"Retour en cours de traitement". Le vendeur ne répond pas à mes messages sur la
messagerie du site.

Pourriez-vous intervenir auprès de lui ou procéder directement au
remboursement ?

Cordialement,
Aurélie Fontaine"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Stéphane Morin <s.morin@laposte-perso.example>",
         to="clients@energie-verte-france.example",
         subject="Prélevé DEUX fois ce mois-ci, je suis à découvert",
         body="""\
Bonjour,

Vous m'avez prélevé deux fois ma mensualité de décembre : 142,37 EUR le 2/12 et
encore 142,37 EUR le 3/12, même libellé, même référence de contrat
(EVF-0093318). Résultat : je suis à découvert de 96 EUR avec les agios qui
tombent, et mon loyer part le 5.

J'ai appelé hier, on m'a répondu que "ça se régularisera sur la prochaine
facture". NON. Je ne vais pas attendre janvier. J'ai besoin que vous me
remboursiez le deuxième prélèvement maintenant, et que vous preniez en charge
les frais de ma banque.

Je joins mon relevé de compte.

Stéphane Morin
06 30 12 88 47"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Hélène Carpentier <helene.carpentier@netcourrier.example>",
         to="service-client@telmobile.example",
         subject="Petite question sur ma facture de novembre",
         body="""\
Bonjour,

Sur ma facture de novembre (ligne 06 45 90 21 78), je vois une ligne "Option
Multi-SIM - 2,99 EUR" que je n'avais jamais vue avant. Ce n'est pas bien grave,
mais je ne me souviens pas l'avoir activée.

Pouvez-vous simplement me dire à quoi elle correspond et, si je ne m'en sers
pas, comment la retirer ?

Bonne journée,
Hélène Carpentier"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bernard Lacombe <bernard.lacombe@lacombe-conseil.example>",
         to="reservations@hotel-les-remparts.example",
         subject="Caution non restituée - séjour du 14 au 16 novembre 2026",
         body="""\
Madame, Monsieur,

J'ai séjourné dans votre établissement du 14 au 16 novembre 2026 (réservation
n° HR-26-11-0457, chambre 212). À mon arrivée, une empreinte bancaire de 300
euros a été prise sur ma carte au titre de la caution.

Or, à ce jour, soit plus de deux semaines après mon départ, ce montant n'a
toujours pas été libéré : ma banque me confirme que l'autorisation est toujours
active de votre côté, ce qui réduit d'autant mon plafond de paiement. Aucun
frais supplémentaire ne m'a été signalé lors de la restitution de la chambre.

Je vous saurais gré de bien vouloir procéder à la levée de cette autorisation
dans les meilleurs délais ou, le cas échéant, de m'indiquer le motif de sa
conservation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Bernard Lacombe"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Inès Haddad <ines.haddad.perso@courrier.example>",
         to="assistance-numerique@univ-rivegauche.example",
         subject="Compte ENT verrouillé - inscription aux rattrapages",
         body="""\
Bonjour,

Tout d'abord merci pour l'atelier "Bien démarrer avec Moodle" de la semaine
dernière, il m'a vraiment aidée, surtout pour rendre les devoirs en ligne. Je ne
savais même pas qu'on pouvait déposer plusieurs versions d'un fichier.

Par contre j'ai un souci depuis ce week-end. J'avais changé mon mot de passe de
l'ENT vendredi, et dimanche soir je me suis trompée plusieurs fois en le tapant
sur mon téléphone (je pense que le clavier ajoutait une majuscule au début).

Maintenant j'ai le message "Compte verrouillé, contactez votre administrateur",
et la réinitialisation est envoyée... sur ma messagerie étudiante, à laquelle je
n'ai plus accès non plus. Le problème, c'est que les inscriptions aux examens de
rattrapage ferment demain à midi et qu'elles se font uniquement par l'ENT.

Est-ce que vous pourriez débloquer mon compte avant ? Je peux passer au bureau
avec ma carte étudiante s'il le faut.

Numéro étudiant : 22104587 - Licence 2 Psychologie

Merci beaucoup,
Inès Haddad"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Camille Perrin <camille.perrin@mail-perso.example>",
         to="support@santeconnect.example",
         subject="Compte de mon père - le code SMS part sur son ancien numéro",
         body="""\
Bonjour,

Je vous écris pour mon père, Gérard Perrin (né le 11/03/1946), qui n'est pas
très à l'aise avec l'informatique.

Il utilise votre application pour prendre ses rendez-vous chez le cardiologue et
consulter ses comptes rendus. Depuis qu'il a changé d'opérateur le mois dernier,
il a un nouveau numéro de portable, mais le code de vérification demandé à
chaque connexion part toujours sur l'ancien numéro, qui n'existe plus. Il ne
peut donc plus se connecter du tout.

Et dans les paramètres, on ne peut pas modifier le numéro sans être connecté :
c'est le serpent qui se mord la queue...

Ancien numéro : 06 22 41 07 93
Nouveau numéro : 07 81 55 30 12
Adresse mail du compte : g.perrin46@courrier.example

Pourriez-vous mettre à jour son numéro, ou nous dire quel justificatif envoyer ?
Il a un rendez-vous à prendre avant la fin du mois.

Merci d'avance,
Camille Perrin (sa fille)"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Olivier Besnard <olivier.besnard@nouvelle-adresse.example>",
         to="fidelite@aircelesta.example",
         subject="Changer l'adresse e-mail de mon compte Celesta Miles",
         body="""\
Bonjour,

Je change de messagerie et je voudrais que mon compte Celesta Miles
(n° CM 3308 7712) utilise désormais cette nouvelle adresse. Je n'ai pas trouvé
l'option dans "Mon profil", on ne peut modifier que le numéro de téléphone.

Comment faut-il procéder ? Est-ce que je garderai bien mes miles et mon statut
Silver ?

Merci,
Olivier Besnard"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marc Vidal <marc.vidal@vidal-menuiserie.example>",
         to="support@comptafacile.example",
         subject="Lien de réinitialisation qui ne marche pas",
         body="""\
Bonjour,

Ça fait trois fois que je demande un nouveau mot de passe et à chaque fois votre
lien me dit "Ce lien a expiré ou n'est plus valide", alors que je clique dessus
dans la minute. Essayé sur Chrome et sur Firefox, pareil.

J'ai mes factures à sortir cette semaine, merci de régler ça.

Marc Vidal
Vidal Menuiserie - compte n° 10482"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="François Delmas <francois.delmas@abonne.example>",
         to="info@voltauto-concession.example",
         subject="Question avant achat - batterie de la Zéphyr E",
         body="""\
Bonjour,

Nous hésitons entre votre Zéphyr E et un modèle hybride pour remplacer notre
vieux diesel. Ma femme a vu un reportage au journal de 20h sur des voitures
électriques qui ont pris feu dans un parking souterrain, avec des pompiers qui
ont mis des heures à éteindre l'incendie, et depuis elle est un peu refroidie,
si j'ose dire.

Notre place de parking est au sous-sol de l'immeuble. Avant de signer,
j'aimerais savoir :
- si la batterie de la Zéphyr E a déjà fait l'objet d'un rappel ;
- quelles protections sont prévues en cas de choc ou de surchauffe pendant la
  recharge ;
- si la copropriété doit prévoir quelque chose pour installer une borne.

Nous passerons sûrement à la concession samedi pour un essai.

Cordialement,
François Delmas"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sandrine Caron <sandrine.caron@maboite.example>",
         to="support@drivefrais.example",
         subject="RE : Impossible de valider ma commande - l'application plante",
         body="""\
Bonjour,

Merci pour votre réponse rapide, la mise à jour a tout réglé : la commande est
passée et j'ai pu choisir mon créneau de retrait pour demain matin.

Bonne journée,
Sandrine Caron

Le mer. 2 déc. 2026 à 18:05, Service client Drive Frais <support@drivefrais.example> a écrit :
> Bonjour Madame Caron,
> Vous nous signalez que l'application se ferme dès que vous appuyez sur
> "Valider mon panier" et qu'il vous est impossible de passer commande
> depuis ce matin, le site restant lui aussi sur une page blanche au
> moment du paiement. Nous rencontrons en effet un incident sur la
> version 5.11 : merci de mettre à jour l'application (version 5.12) et
> de réessayer.
> Le service client Drive Frais"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Laura Mercier <laura.mercier@agence-pixelnord.example>",
         to="feedback@taskboard.example",
         subject="Suggestion : un statut 'Bloqué' et un filtre 'Urgences'",
         body="""\
Bonjour l'équipe TaskBoard,

On utilise votre outil depuis un an à l'agence et franchement, il nous a sauvé
la vie : avant on gérait tout par mail et c'était la cata.

Petite suggestion quand même. En période de bouclage on est vite sous l'eau, et
on aimerait pouvoir marquer une tâche comme "Bloquée" (en attente du client, par
exemple) avec une couleur à part, plutôt que de bricoler avec des étiquettes. Un
filtre "Urgences du jour" sur le tableau de bord serait aussi le bienvenu :
quand tout est en feu un vendredi à 17h, on perd un temps fou à chercher ce qui
doit partir en premier.

Et un petit bravo pour la dernière version : l'appli mobile ne plante plus du
tout chez nous.

Belle journée,
Laura Mercier
Cheffe de projet, Pixel Nord"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Yannick Le Goff <yannick.legoff@breizhmail.example>",
         to="conseil@cyclopolis.example",
         subject="Antivol et traceur GPS pour un VAE",
         body="""\
Salut,

Je me suis fait voler mon vélo électrique en mars devant la gare, cadenas coupé
en plein jour, jamais retrouvé. L'assurance a fini par rembourser une partie,
donc je repars sur un nouveau VAE et je lorgne le Cyclopolis Urban 7 que vous
avez en vitrine.

Cette fois je veux faire les choses bien : quel antivol vous me conseillez (U ou
chaîne ? quel niveau ?) et est-ce que le traceur GPS que vous proposez en option
marche sans abonnement ?

Je passe en boutique la semaine prochaine.

Yannick"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Martine Gauthier <martine.gauthier@vieux-port.example>",
         to="sav@hexatech-store.example",
         subject="Un grand merci à votre technicien",
         body="""\
Bonjour,

Je tenais à vous remercier. Le mois dernier mon ordinateur portable était
complètement planté : écran bleu à chaque démarrage, et j'étais persuadée
d'avoir tout perdu, y compris les photos de mes petits-enfants. Je vous l'avais
apporté en catastrophe.

Votre technicien, Karim je crois, l'a réparé en quatre jours, a récupéré toutes
mes données et a même pris le temps de m'expliquer comment faire une sauvegarde
et changer mon mot de passe. Comme la pièce était finalement sous garantie, j'ai
aussi bien reçu le remboursement de l'acompte.

Tout marche parfaitement depuis. C'est rare d'être aussi bien reçue dans un
service après-vente, bravo à toute l'équipe.

Martine Gauthier"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Pascal Renaud <pascal.renaud@freemel.example>",
         to="sinistres@assur-horizon.example",
         subject="RE: RE: Indemnisation dégât des eaux - dossier SIN-2026-08841",
         body="""\
Bonjour,

C'est la TROISIÈME fois que j'écris, et toujours ni réponse ni virement. Je
remets mes messages précédents ci-dessous puisque personne ne semble les lire.

Votre expert est passé le 2 octobre, il a validé un montant de 3 460 euros, et
depuis : rien. J'ai avancé de ma poche le plombier et le plaquiste, et ce mois-ci
je n'ai plus de quoi payer le solde des travaux. Je veux une date de virement
précise d'ici vendredi, sinon je saisis le médiateur de l'assurance.

Pascal Renaud
Contrat habitation n° HAB-77120394

Le lun. 16 nov. 2026 à 09:12, Pascal Renaud <pascal.renaud@freemel.example> a écrit :
> Bonjour,
> Je relance : le rapport d'expertise date du 2 octobre et je n'ai
> toujours pas reçu l'indemnisation de 3 460 euros. Merci de me donner
> une date de versement.
> Pascal Renaud
> Le mar. 27 oct. 2026 à 17:40, Pascal Renaud <pascal.renaud@freemel.example> a écrit :
> > Bonjour,
> > Suite au passage de votre expert le 2 octobre, pouvez-vous me dire
> > quand l'indemnisation du sinistre sera versée ?
> > Merci, Pascal Renaud"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Isabelle Fournier <i.fournier@groupe-altavia.example>",
         to="support-entreprise@crm-nuvio.example",
         subject="[Contrat Entreprise ENT-0457] Synchronisation Outlook arrêtée depuis 3 jours",
         body="""\
Bonjour,

Je me permets de revenir vers vous par écrit, le ticket ouvert lundi
(n° 884213) étant toujours au statut "En attente".

Depuis lundi matin, la synchronisation entre Nuvio CRM et Outlook ne fonctionne
plus pour l'ensemble de nos 42 commerciaux : les rendez-vous et les e-mails ne
remontent plus dans les fiches clients, et les relances automatiques ne partent
plus. Le CRM lui-même reste accessible, mais les équipes ressaisissent tout à la
main en attendant.

Je vous rappelle que notre contrat Entreprise (ENT-0457) prévoit une prise en
charge sous 4 heures des incidents majeurs et une disponibilité de 99,9 %. Nous
en sommes très loin.

Merci de faire remonter ce dossier à notre responsable de compte et de me
proposer un point téléphonique dès aujourd'hui.

Cordialement,
Isabelle Fournier
Directrice des systèmes d'information
Groupe Altavia"""),
]
