# blind17 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Émilie Garnier <emilie.garnier@courriel.example>",
         to="support@doucenuit.example",
         subject="Gigoteuse Douce Nuit 6-18 mois – bouton pression",
         body="""\
Bonjour,

Ce matin vers 6 h, j'ai trouvé mon fils de 9 mois en train de tousser très fort dans son lit,
le visage tout rouge. Il avait dans la bouche un des boutons pression de l'épaule de sa
gigoteuse Douce Nuit (réf. GN-618, achetée sur votre site en septembre). Je l'ai récupéré avec
le doigt, il a vomi juste après et il respire normalement depuis.

Le bouton de l'autre épaule bouge déjà quand on tire un peu dessus. Nous sommes passés chez la
pédiatre ce matin.

D'autres parents vous ont-ils signalé la même chose ? Nous avons une deuxième gigoteuse
identique à la crèche et je ne sais pas quoi en faire.

Émilie Garnier"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Roussel <h.roussel@famille-roussel.example>",
         to="sav@trimove.example",
         subject="Tricycle adapté de mon fils – roue avant",
         body="""\
Madame, Monsieur,

Mon fils Lucas (14 ans, IMC) roule depuis mars sur le tricycle adapté TriMove 24 livré par
votre société. Dimanche, dans la descente derrière le collège, à une quinzaine de km/h, la
roue avant s'est mise à osciller puis s'est mise de travers d'un coup. Lucas est parti en
avant contre le guidon : il a une grosse bosse au front et l'épaule gauche toute bleue.

En regardant de près, l'écrou de l'axe avant était dévissé de plusieurs tours, alors que le
tricycle sortait de la révision faite par votre technicien le 12 octobre.

Le tricycle est au garage et personne n'y touche. Je voudrais qu'un technicien vienne le voir
rapidement, et savoir si d'autres tricycles de la même série sont concernés : deux autres
enfants de son IME ont le même modèle.

Cordialement,
Hélène Roussel
01 99 00 41 27"""),

    dict(n=3, signals="safety", priority="critical", trap="stranger", qt=0, reply=0,
         frm="Karim Benali <karim.benali@maison-benali.example>",
         to="aide@sonneo.example",
         subject="Je vois la porte d'entrée de quelqu'un d'autre dans l'appli",
         body="""\
Bonjour,

Depuis la mise à jour d'hier soir de l'application Sonnéo, l'onglet « Historique » de ma
sonnette vidéo affiche des vidéos qui ne viennent pas de chez moi : une porte bleue, un couple
avec un chien, un livreur qui tape un code d'immeuble. Mes propres vidéos ont disparu.

Ma voisine, qui a la même sonnette, a été appelée ce matin par un inconnu : il voyait SA
maison et ses enfants dans son application à lui, avec son nom et son adresse dans les
paramètres.

Donc quelqu'un, quelque part, regarde en ce moment les images de ma porte et de mes enfants qui
partent à l'école. J'ai débranché la sonnette. Qu'est-ce que vous faites pour arrêter ça, et
qui a pu voir nos vidéos ?

Karim Benali"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Sophie Lemaire <atelier@terre-et-feu.example>",
         to="support@kilnpro.example",
         subject="Question sur le four céramique KilnPro 45",
         body="""\
Bonjour,

Je donne des cours de poterie pour adultes dans une salle associative et nous utilisons votre
four KilnPro 45 depuis deux ans.

Petite question : est-ce normal que le boîtier du régulateur sente le plastique chaud pendant
la cuisson, et que le câble d'alimentation devienne trop chaud pour garder la main dessus ?
Hier soir, vers 900 °C, on a aussi entendu des petits claquements secs dans la prise murale,
et il y a maintenant une trace noire sur la fiche.

La prochaine cuisson est prévue jeudi avec les pièces de douze élèves. Faut-il attendre le
passage d'un technicien ?

Merci,
Sophie Lemaire
Atelier Terre & Feu"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nadia Ferrand <contact@autoecole-mistral.example>",
         to="support@conduiteplus.example",
         subject="Planning des moniteurs vide depuis ce matin – URGENT",
         body="""\
Bonjour,

Depuis 7 h ce matin, nos 9 moniteurs ouvrent l'application Conduite+ et tombent sur un planning
vide. Impossible de savoir qui aller chercher et où : les élèves attendent aux points de
rendez-vous et appellent le secrétariat un par un. Les élèves, eux, ne peuvent ni réserver ni
annuler une leçon, et les deux passages d'examen de ce matin ont été confirmés par téléphone.

On a ressorti le vieux classeur papier et on reconstitue les heures de mémoire. Ça ne tiendra
pas la journée, on a 64 leçons prévues aujourd'hui.

Merci de nous rappeler au 01 99 00 63 18.

Nadia Ferrand, gérante
Auto-école Mistral"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Service transport CC Val d'Arnon <transport@cc-valdarnon.example>",
         to="support@routescol.example",
         subject="Aucune tournée sur les tablettes des chauffeurs",
         body="""\
Bonjour,

Nos chauffeurs du transport scolaire adapté n'ont reçu aucune tournée sur leurs tablettes ce
matin : l'écran reste bloqué sur « Synchronisation… » depuis 6 h 15. 38 élèves en fauteuil ou
avec des troubles du comportement attendent devant chez eux, souvent avec un parent qui devrait
déjà être au travail.

Nous appelons les familles une par une à partir d'une vieille liste Excel et nous envoyons les
chauffeurs au hasard de ce qu'on retrouve. Les établissements nous appellent aussi.

Les tournées de l'après-midi partent à 15 h 45. Pouvez-vous nous dire au plus vite quand les
tournées seront de nouveau envoyées ?

Service transport – Communauté de communes du Val d'Arnon"""),

    dict(n=7, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Jean-Baptiste Morel <jb.morel@cabinet-morel.example>",
         to="support@voixclaire.example",
         subject="Plage braille plus reconnue depuis la mise à jour 8.2",
         body="""\
Bonjour,

Je suis aveugle et j'utilise votre lecteur d'écran VoixClaire avec une plage braille Orbis 40.
Depuis la mise à jour 8.2 installée hier, la plage reste muette : plus rien ne s'affiche en
braille, ni dans Word, ni dans le navigateur, ni dans la messagerie. Je ne peux plus relire mes
contrats, et c'est mon métier.

J'ai redémarré trois fois et rebranché le câble USB, sans effet. My colleague in Brussels says
the same happens on his English version since the update.

Pouvez-vous m'indiquer comment revenir à la version 8.1 en attendant ?

Jean-Baptiste Morel"""),

    dict(n=8, signals="outage", priority="medium", trap="degraded", qt=0, reply=0,
         frm="Claire Vasseur <claire.vasseur@boite.example>",
         to="support@monalbumphoto.example",
         subject="Éditeur d'album très lent",
         body="""\
Bonjour,

Depuis lundi, l'import des photos dans l'éditeur en ligne prend environ 4 minutes par photo, et
l'aperçu des pages reste gris une fois sur deux. J'arrive à avancer en important par petits lots
de cinq, mais pour un album de 120 pages c'est interminable. C'est un souci connu ?

Claire"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Bernadette Caillaud <b.caillaud@paroisse-saintroch.example>",
         to="support@reservasalle.example",
         subject="Site de réservation inaccessible depuis hier",
         body="""\
Bonjour,

Le site de réservation de la salle paroissiale Saint-Roch est en panne depuis hier midi :
« Erreur 503 » sur ordinateur comme sur téléphone. Je suis la seule bénévole à gérer les
réservations et je ne peux ni voir le planning ni confirmer les deux baptêmes et la répétition
de la chorale de samedi.

Merci de regarder ça,
Bernadette Caillaud"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Olivier Petitjean <o.petitjean@fai.example>",
         to="tresorerie@archers-du-lac.example",
         subject="Cotisation prélevée deux fois ?",
         body="""\
Bonjour,

Est-ce normal que la cotisation annuelle du club de tir à l'arc de ma fille Inès (145 €) ait été
prélevée deux fois sur mon compte, le 3 et le 4 octobre ? Je n'ai reçu qu'un seul reçu.
Si c'est une erreur, pouvez-vous rembourser le second prélèvement ?

Merci,
Olivier Petitjean"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Yannick Desrosiers <yannick@dj-yannick.example>",
         to="support@fetepro.example",
         subject="Versement des prestations de septembre jamais arrivé",
         body="""\
Bonjour,

Je suis DJ et je passe par votre plateforme FêtePro pour mes contrats de mariage. Mes trois
prestations de septembre (réf. FP-22817, FP-22904 et FP-23011, 2 340 € au total) sont marquées
« payées par le client » depuis le 30, mais le virement vers mon compte n'est jamais arrivé.
Le statut affiche maintenant « Échec du versement – contactez le support ».

Mon loyer et le crédit de ma sono sont prélevés le 10, c'est-à-dire après-demain. J'ai vérifié
mon IBAN, il n'a pas changé. Pouvez-vous relancer le versement aujourd'hui ?

Merci d'avance,
Yannick Desrosiers"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Gérard Lefebvre <gerard.lefebvre@retraite.example>",
         to="service-client@encrefacile.example",
         subject="Mon abonnement",
         body="""\
Bonjour,

Je vous écris un peu tard, pardonnez-moi, mais entre le déménagement chez ma fille à Tours et
les petits-enfants qui ont repris l'école je n'ai pas eu beaucoup de temps pour la paperasse.
Au passage, votre encre était très bien, je n'ai jamais eu de cartouche sèche en quatre ans, et
les photos de ma femme imprimées sur l'ancienne imprimante ont tenu leurs couleurs, bravo.

Nous avons donné cette ancienne imprimante à la médiathèque du quartier en juillet, puisque ma
fille en a déjà une, et j'ai résilié l'abonnement EncreFacile à ce moment-là (j'ai gardé la
confirmation, n° RES-5520-18 du 9 juillet). Or, en regardant mes relevés la semaine dernière, je
vois que vous m'avez encore facturé 4,99 € en août, en septembre et en octobre.

Pourriez-vous me rembourser ces 14,97 € et me confirmer par écrit que l'abonnement est bien
terminé ?

Bien cordialement,
Gérard Lefebvre"""),

    dict(n=13, signals="payment", priority="low", trap="fee", qt=0, reply=0,
         frm="Agnès Martel <agnes.martel@courriel.example>",
         to="amis@musee-beauxarts.example",
         subject="Frais de gestion sur le renouvellement",
         body="""\
Bonjour, petite curiosité : sur le renouvellement de ma carte Amis du Musée (38 €), je vois une
ligne « frais de gestion 0,90 € ». C'est nouveau ? Rien de grave, je voulais juste comprendre.
Bonne journée,
Agnès"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Marc Delaunay <marc.delaunay@perso.example>",
         to="coursdusoir@ville-saintavold.example",
         subject="Compte bloqué sur le portail des cours du soir",
         body="""\
Bonjour,

Après trois essais de mot de passe, mon compte sur le portail des cours du soir est bloqué
(« Compte verrouillé pour raisons de sécurité »). Le lien de réinitialisation part vers mon
ancienne adresse professionnelle, que je n'ai plus depuis mon changement d'employeur.

Les inscriptions au cours d'espagnol B1 ferment vendredi. Pouvez-vous débloquer le compte ou
changer l'adresse associée ? Identifiant : m.delaunay74.

Merci,
Marc Delaunay"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Françoise Bréhat <tresoriere@harmonie-breval.example>",
         to="assos@banquecommune.example",
         subject="Plus de code SMS pour me connecter",
         body="""\
Bonjour,

Je suis trésorière de l'Harmonie municipale de Bréval et je ne reçois plus le code SMS qui
permet de me connecter à l'espace en ligne du compte de l'association. J'ai changé d'opérateur
le mois dernier mais j'ai gardé le même numéro. Les SMS de mes proches arrivent normalement.

Je dois valider les notes de frais des musiciens avant le concert de la Sainte-Cécile. Que
dois-je faire ?

Françoise Bréhat"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Maud Joubert <maud.tricote@laposte-perso.example>",
         to="contact@laine-et-malice.example",
         subject="Mon compte client a disparu",
         body="""\
Bonjour,

Quand je me connecte sur Laine & Malice avec mon adresse habituelle, le site me répond
qu'aucun compte n'existe. J'avais 1 240 points de fidélité, mon historique de commandes et une
trentaine de patrons enregistrés dans mes favoris. Je n'ai rien supprimé moi-même !

Pouvez-vous restaurer mon compte ?

Maud Joubert"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Théo Marchal <theo.marchal@mail.example>",
         to="hello@jumparena.example",
         subject="Changer mon adresse mail",
         body="""\
Bonjour, comment je change l'adresse e-mail de mon compte Jump'Arena ? Je ne trouve pas
l'option dans l'appli. Merci !
Théo"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bastien Royer <bastien@les-ondes-courtes.example>",
         to="reservations@studio-lacave.example",
         subject="Créneau fixe le jeudi soir ?",
         body="""\
Salut l'équipe,

Merci pour samedi : on a littéralement mis le feu au studio B, notre batteur en est encore mort
de rire, et le nouveau morceau est une tuerie. Bref, on a envie de revenir !

Est-ce que ce serait possible de réserver le studio B tous les jeudis de 19 h à 22 h jusqu'en
juin ? Et y a-t-il un tarif dégressif pour un créneau fixe ?

Bastien, pour Les Ondes Courtes"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Aurélie Fontaine <aurelie.fontaine@courriel.example>",
         to="reservations@petitsloups.example",
         subject="Re: Anniversaire de Léa – samedi 14 h",
         body="""\
Parfait, merci beaucoup ! Nous serons donc 12 enfants, et je confirme le goûter crêpes.

Bonne journée,
Aurélie

Le mar. 4 nov. 2026 à 10:12, Les Petits Loups <reservations@petitsloups.example> a écrit :
> Bonjour Madame Fontaine,
>
> Suite à la panne électrique de la semaine dernière, la salle « Jungle » est de nouveau
> ouverte et votre réservation de samedi 14 h est bien maintenue.
> Pouvez-vous nous confirmer le nombre d'enfants ?
>
> L'équipe des Petits Loups"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Camille et Hugo <camille.hugo.mariage@mail.example>",
         to="devis@sono-eclats.example",
         subject="Devis formule Big Bang – mariage 20 juin",
         body="""\
Bonjour,

Pour notre mariage le 20 juin au Domaine des Tilleuls, nous hésitons entre vos formules
« Classique » et « Big Bang ». La formule Big Bang comprend-elle la machine à fumée lourde pour
l'ouverture de bal et les fontaines à étincelles froides ? Le domaine interdit les vraies
flammes, donc on préfère vérifier.

Pouvez-vous nous envoyer un devis pour 120 invités, de 18 h à 3 h ?

Merci !
Camille et Hugo"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Régie du Théâtre des Carmes <regie@theatre-carmes.example>",
         to="sav@boucle-audio.example",
         subject="Merci pour l'intervention de mardi",
         body="""\
Bonjour,

Juste un mot pour remercier votre technicien, M. Aubert. La boucle magnétique de la grande
salle était en panne depuis l'orage du mois dernier et nos spectateurs appareillés
n'entendaient plus rien. Depuis son passage mardi, tout fonctionne parfaitement : deux abonnés
sont même venus nous féliciter à l'entracte.

Merci encore pour votre réactivité !
Lucie Morin, régisseuse"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Relais Signes Info <lettre@relais-signes.example>",
         to="support@relais-signes.example",
         subject="Lettre d'information de novembre : protégez votre compte contre le piratage",
         body="""\
Bonjour à toutes et à tous,

Ce mois-ci, plusieurs usagers nous ont signalé de faux SMS « Votre compte Relais Signes sera
suspendu ». Rappel : nous ne vous demanderons jamais votre mot de passe ni vos coordonnées
bancaires par SMS.

Au programme de novembre :
- Webinaire en LSF le 19 novembre à 18 h : « Vol de données, comptes piratés : les bons
  réflexes » (avec sous-titres).
- Nouvelle fonction : historique des appels exportable.
- Horaires étendus le samedi jusqu'à 20 h.

Pour vous désinscrire de cette lettre, cliquez sur le lien en bas de page.
L'équipe Relais Signes"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Sandrine Aubry <sandrine.aubry@courriel.example>",
         to="contact@studio-lumiere-photo.example",
         subject="RE: Remboursement acompte – mariage du 20 juin (3e relance)",
         body="""\
Bonjour,

C'est mon troisième message et je n'ai toujours AUCUNE réponse. Vous avez annulé vous-même la
prestation du 20 juin et vous vous étiez engagés à rembourser l'acompte de 600 € sous quinze
jours. Cela fait deux mois. Sans réponse d'ici vendredi, je saisis le médiateur de la
consommation et ma banque.

Sandrine Aubry

-----Message d'origine-----
De : Sandrine Aubry
Envoyé : lundi 13 octobre 2026 09:02
Objet : RE: Remboursement acompte – mariage du 20 juin
> Bonjour, je reviens vers vous pour le remboursement de l'acompte de 600 €,
> toujours pas reçu. Merci de me donner une date.

-----Message d'origine-----
De : Sandrine Aubry
Envoyé : mardi 16 septembre 2026 18:40
Objet : Remboursement acompte – mariage du 20 juin
> Bonjour, suite à votre annulation, pouvez-vous me confirmer le virement de
> l'acompte de 600 € versé le 2 février ? Mon IBAN est sur la facture."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Inès Carpentier <ines.carpentier@agence-pixel.example>",
         to="support@deskmotion.example",
         subject="L'appli ne trouve plus mon bureau",
         body="""\
Bonjour,

Depuis la mise à jour de mon téléphone, l'application DeskMotion ne trouve plus mon bureau
assis-debout en Bluetooth : les positions mémorisées et les rappels pour me lever ne marchent
plus. Ce n'est pas bloquant, les boutons sous le plateau fonctionnent et je règle la hauteur à
la main, mais j'aimerais bien retrouver mes rappels. Une idée ?

Inès"""),
]
