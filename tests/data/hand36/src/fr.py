# blind37 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Sandrine Vallet <sandrine.vallet@orange-mail.example>",
         to="service.client@energiesud.example",
         subject="Plusieurs questions – contrat n° 7741 0293",
         body="""\
Bonjour,

J'ai plusieurs petites choses à voir avec vous, je les mets en liste pour que ce soit plus simple :

- pouvez-vous décaler la visite d'entretien de la chaudière prévue le 14 ? Je travaille ce jour-là, le 17 ou le 18 m'arrangerait ;
- sur la dernière facture, la ligne « ajustement acheminement » de 12,40 €, c'est quoi exactement ?
- depuis que votre technicien a changé le détendeur la semaine dernière, ça sent le gaz dans la cuisine dès que le chauffe-eau se met en route. Mon mari a passé de l'eau savonneuse sur le raccord et ça fait des petites bulles. On a fermé le robinet au compteur hier soir, du coup plus d'eau chaude, avec deux enfants en bas âge ;
- et enfin je voudrais passer à la mensualisation à partir de janvier.

Merci d'avance pour votre retour,

Sandrine Vallet
12 chemin des Aubépines, 84200 Carpentras
06 12 48 77 30"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hélène Marchetti <h.marchetti@ehpad-les-tilleuls.example>",
         to="sav@medilit-equipement.example",
         subject="TR: Chambre 112 - barrière de lit",
         body="""\
Bonjour,

Je vous transfère le compte rendu de notre infirmière de nuit. Il s'agit d'un des 20 lits Alto 3 que vous nous avez livrés en septembre. Nous avons sorti ce lit du service, mais les 19 autres ont le même système de barrière et sont tous occupés. Merci de me rappeler aujourd'hui au 04 75 21 36 90 : faut-il les immobiliser tous ?

Hélène Marchetti
Directrice des soins – EHPAD Les Tilleuls

-------- Message transféré --------
De : Julie Ferrand <j.ferrand@ehpad-les-tilleuls.example>
Date : mar. 8 déc. 2026 à 06:42
Objet : Chambre 112 - barrière de lit

Vers 3 h, Mme R. (94 ans) s'est appuyée sur la barrière gauche de son lit pour se retourner. Le loquet a lâché, la barrière s'est rabattue d'un coup et elle a glissé au sol. Plaie au cuir chevelu, gros hématome à la hanche, transférée aux urgences de Montélimar par le SAMU pour radio.
J'ai vérifié ensuite : le loquet ne s'enclenche plus à fond, une simple pression suffit à le faire sauter.

Julie, IDE de nuit"""),

    dict(n=3, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Romain Delcourt <romain.delcourt@free-net.example>",
         to="aide@achatplus.example",
         subject="Quelqu'un est dans mon compte",
         body="""\
Bonjour,

Ce matin à 6 h 12 j'ai reçu un mail de votre part « Votre adresse e-mail a bien été modifiée ». Je n'ai rien modifié du tout, je dormais.

Depuis, quand j'essaie de me connecter avec mon adresse, le site me répond que le compte n'existe pas, et la réinitialisation du mot de passe part forcément vers la nouvelle adresse, que je ne connais pas. Ma carte bancaire est enregistrée dans ce compte, avec mon adresse et mon numéro de téléphone.

Merci de geler le compte tout de suite et de me dire comment le récupérer.
Identifiant client : AC-2290417

Romain Delcourt"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Gérard Pouliquen <gerard.pouliquen@wanadoo-mail.example>",
         to="conseiller@banque-armorique.example",
         subject="Opérations que je n'ai pas faites sur mon compte",
         body="""\
Madame, Monsieur,

Hier après-midi, j'ai reçu un SMS m'indiquant que mon colis était bloqué et qu'il fallait régler 1,99 € de frais de réexpédition. J'ai cliqué sur le lien et j'ai saisi les numéros de ma carte.

Ce matin, mon épouse a consulté nos comptes sur l'ordinateur : il y a trois paiements que nous n'avons pas faits, 780 €, 780 € et 412,50 €, au profit d'un site nommé « TRX-SHOP LTD ».

Je crains d'avoir été victime d'une fraude. J'ai fait opposition sur la carte par téléphone ce matin à 8 h 10, mais je souhaiterais savoir comment récupérer ces sommes, et s'il faut que j'aille porter plainte à la gendarmerie.

Compte n° 0041 2277 983, carte se terminant par 6620.

Je vous remercie par avance de votre aide et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gérard Pouliquen"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Karim Benali <k.benali@transports-rhodaniens.example>",
         to="support@tourneo-app.example",
         subject="URGENT - tournées non chargées ce matin, dépôt de Vénissieux",
         body="""\
Bonjour,

Depuis 4 h 30 ce matin, l'application Tournéo reste bloquée sur « Synchronisation en cours… » sur tous les terminaux des chauffeurs. Aucune tournée ne descend : pas de liste de colis, pas de scan possible.

Résultat : nos 38 chauffeurs attendent sur le quai du dépôt de Vénissieux, les camions sont chargés mais personne ne peut partir sans feuille de route. On a environ 2 900 colis à livrer aujourd'hui, dont des pharmacies à servir avant 10 h.

On a redémarré les terminaux, essayé en wifi et en 4G, même résultat. Le portail web côté exploitation affiche bien les tournées, c'est uniquement côté chauffeurs que rien ne passe.

Merci de me rappeler au plus vite au 06 71 30 44 58.

Karim Benali
Responsable d'exploitation
Transports Rhodaniens – Agence Lyon Sud
ZI des Pivolles – 14 rue du Dauphiné – 69200 Vénissieux
Tél. : 04 78 90 12 12 | Mob. : 06 71 30 44 58
www.transports-rhodaniens.example
Pensez à l'environnement avant d'imprimer ce courriel."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Laurent Gaillard <l.gaillard@valdesneiges-station.example>",
         to="hotline@skipass-systems.example",
         subject="Caisses Val des Neiges - aucun forfait ne s'encode",
         body="""\
Bonjour,

Depuis l'ouverture à 8 h, aucune de nos 6 caisses n'arrive à encoder les forfaits : le paiement passe, puis « Erreur serveur 0x41 » s'affiche et la carte mains libres reste vierge. Les bornes automatiques font exactement pareil.

On a en ce moment plus de 400 skieurs qui font la queue au pied de la télécabine, c'est le premier samedi des vacances de Noël, et les cours de l'école de ski commencent à 9 h 30 avec 250 enfants inscrits.

Rappelez-moi directement au 06 88 15 20 47, s'il vous plaît.

Laurent Gaillard
Chef d'exploitation – Remontées mécaniques Val des Neiges"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia Ouali <nadia.ouali@laposte-net.example>",
         to="assistance@fibreo.example",
         subject="Plus d'internet depuis samedi",
         body="""\
Bonjour,

Plus aucune connexion depuis samedi matin. Box redémarrée deux fois, voyant « Fibre » rouge clignotant, câble vérifié.
Je suis en télétravail et je vais bosser au café du coin depuis trois jours.

Ligne : 04 91 55 62 08
Client n° FB-5521873

Quand est-ce qu'un technicien peut passer ?

N. Ouali"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Cabinet dentaire Fontaine <secretariat@cabinet-dentaire-fontaine.example>",
         to="support@agendasante.example",
         subject="Rappels SMS qui ne partent plus",
         body="""\
Bonjour,

Depuis lundi, les SMS de rappel de rendez-vous ne sont plus envoyés à nos patients. L'agenda fonctionne normalement, la prise de rendez-vous en ligne aussi, mais dans l'historique des rappels tout reste marqué « en attente ».

Conséquence : trois patients ne sont pas venus hier et deux ce matin, alors que d'habitude on n'a presque jamais de lapin.

Pouvez-vous regarder ce qui se passe ? Nos crédits SMS ne sont pas épuisés (il en reste 1 840).

Bien cordialement,

Amandine, secrétariat du Dr Claire Fontaine
Cabinet dentaire – 3 place de la Mairie, 49300 Cholet"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Thomas Lemoine <thomas.lemoine@gmail-box.example>",
         to="adherents@fitnesspark-club.example",
         subject="Prélevé deux fois en décembre",
         body="""\
Bonjour,

Je suis adhérent au club de Nantes Beaulieu (carte n° 0087-4412). En regardant mon relevé, je vois deux prélèvements de 34,90 € le 5 décembre, avec le même libellé « FITNESSPARK ABO MENSUEL ».

Je n'ai qu'un seul abonnement, et je vous assure que même si je venais deux fois plus souvent, je ne mériterais pas de payer double :)

Pouvez-vous me rembourser le prélèvement en trop, et vérifier que ça ne se reproduira pas en janvier ?

Merci,
Thomas Lemoine"""),

    dict(n=10, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Ana Ribeiro <ana.ribeiro@mailbox.example>",
         to="relation.client@railexpress.example",
         subject="Remboursement billets annulés - urgent",
         body="""\
Bonjour,

Mon train Paris-Bordeaux du 21 novembre a été annulé (grève) et à la gare on m'a dit que le remboursement arrive en 7 jours. Aujourd'hui ça fait 17 jours et je n'ai rien reçu. C'est 4 billets, pour moi et ma famille, total 386 €.

Je suis étudiante et cet argent c'est pour le loyer que je dois payer avant le 15, la propriétaire attend déjà. Je vous prie de faire le virement vite, s'il vous plaît.

Référence dossier : RX-QWT882
Carte utilisé pour payer : Visa finit par 3307

Merci beaucoup
Ana Ribeiro

Envoyé de mon iPhone"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Julien Morel <julien.morel@sfr-mail.example>",
         to="aide@cinestream.example",
         subject="Petite question sur mon abonnement",
         body="""\
Bonjour,

Simple curiosité : ce mois-ci mon abonnement est passé de 9,99 € à 11,99 €. J'imagine que c'est le nouveau tarif annoncé à la rentrée, ou alors c'est parce que j'ai ajouté un deuxième écran pour ma fille ?

Rien de grave, je veux juste comprendre.

Bonne journée,
Julien"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Martine Garnier <martine.garnier@numericable-mail.example>",
         to="adherents@mutuelle-horizon.example",
         subject="Compte adhérent verrouillé",
         body="""\
Bonjour,

J'ai voulu me connecter à mon espace adhérent pour télécharger mon attestation de tiers payant et, après trois essais, le site m'indique « Compte verrouillé, veuillez contacter votre conseiller ». Je pense que je confondais avec mon ancien mot de passe.

Le lien « Mot de passe oublié » me renvoie au même message. Pourriez-vous débloquer mon accès ? Mon numéro d'adhérente est le 1189 334 05.

Je vous remercie,
Martine Garnier"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Stéphane Roux <boulangerie.roux@bbox-mail.example>",
         to="support@paiefacile.example",
         subject="RE : [Ticket #58213] Accès au compte - code de vérification",
         body="""\
Bonjour,

Merci pour la réponse, mais ça ne m'aide pas : je ne peux pas « me connecter et modifier le numéro dans Paramètres », puisque justement je n'arrive pas à me connecter ! Le code part sur le portable de mon ancienne comptable, qui a quitté l'entreprise en octobre et ne répond plus.

Les bulletins de paie de mes 7 salariés doivent partir demain soir au plus tard. Il me faut un accès aujourd'hui. Je peux vous envoyer mon Kbis et ma pièce d'identité si besoin.

Stéphane Roux
Boulangerie Roux – 8 rue Nationale, 37000 Tours

Le lun. 7 déc. 2026 à 16:05, Support PaieFacile <support@paiefacile.example> a écrit :
> Bonjour,
>
> Pour changer le numéro de téléphone associé à la double authentification, connectez-vous à votre compte puis rendez-vous dans Paramètres > Sécurité > Téléphone de confiance.
>
> Cordialement,
> L'équipe PaieFacile"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Isabelle Carpentier <isa.carpentier@hotmail-fr.example>",
         to="fidelite@airlinea.example",
         subject="Changer l'adresse e-mail de mon compte Miles",
         body="""\
Bonjour,

Je vais bientôt changer de fournisseur d'accès, et donc d'adresse e-mail. Comment modifier l'adresse liée à mon compte de fidélité sans perdre mes miles ? Dans l'application, je ne trouve que l'option pour changer le numéro de téléphone.

Numéro de membre : 2044 9187 63

Merci d'avance,
Isabelle Carpentier"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Camille Perrin <camille.perrin@gmail-box.example>",
         to="livraison@maison-et-canape.example",
         subject="Commande 88412 - changement d'adresse de livraison",
         body="""\
Bonjour,

Je dois vous demander de modifier l'adresse de livraison de mon fauteuil releveur (commande 88412, livraison prévue le 16).

Il était prévu pour mon père, qui a fait une mauvaise chute dans son escalier il y a dix jours : col du fémur cassé, ambulance, opération, la totale. Il va bien, il est costaud, mais il sort de l'hôpital la semaine prochaine et va s'installer chez nous, au rez-de-chaussée, le temps de la rééducation. Autant que le fauteuil arrive directement là !

Nouvelle adresse : 27 allée des Peupliers, 35510 Cesson-Sévigné. Même numéro de téléphone (06 45 18 92 33). La date du 16 nous convient toujours.

Merci beaucoup et bonne journée,
Camille Perrin"""),

    dict(n=16, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Maxime Girard <maxime.girard@mailo-perso.example>",
         to="contact@la-taverne-du-jeu.example",
         subject="Réassort extension « Nuit Rouge » ?",
         body="""\
Salut l'équipe,

Petite question : est-ce que l'extension « Nuit Rouge » de Horde Morte revient bientôt en stock ? Elle est marquée épuisée depuis un mois.

Pour l'anecdote, samedi soir on a joué le scénario 7 à cinq et on s'est fait massacrer. Mon survivant est mort empoisonné au troisième tour, Lucas a fait exploser la station-service avec la moitié de l'équipe dedans (involontairement, il le jure), et les deux derniers sont restés bloqués dans l'hôpital avec 40 zombies sur le plateau. Défaite totale, et tout le monde réclame déjà la revanche avec les nouveaux survivants de l'extension.

Si vous pouvez m'en mettre une de côté, je passe la chercher au magasin.

Merci !
Max"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Valérie Chauvin <v.chauvin@assurances-valdeloire.example>",
         to="support@sinistra-logiciel.example",
         subject="Modèle de rapport mensuel - ajout de catégories",
         body="""\
Bonjour,

Au service sinistres, nous utilisons votre module de reporting pour notre tableau de bord mensuel. Serait-il possible d'ajouter au modèle « Synthèse mensuelle » une ventilation plus fine ? Actuellement, tout est regroupé sous « Dommages aux biens », alors que la direction nous demande de distinguer :

- incendie et explosion ;
- dégâts des eaux ;
- vol avec effraction et vandalisme ;
- bris de glace ;
- accidents corporels, décès compris.

Les données existent déjà dans les dossiers (champ « nature du sinistre »), il s'agirait seulement de les faire apparaître dans l'export. Pourriez-vous me dire si c'est envisageable, et dans quel délai ?

Je vous remercie par avance.
Bien cordialement,

Valérie Chauvin
Responsable du pôle Indemnisation
Assurances du Val de Loire"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Olivier Besson <olivier.besson@neuf-mail.example>",
         to="avant-vente@serrurex-connect.example",
         subject="Questions avant achat - serrure connectée S4",
         body="""\
Bonjour,

J'envisage d'équiper notre porte d'entrée de votre serrure S4 et j'ai quelques questions avant de commander :

1. Si les piles sont mortes, ou en cas de coupure de courant, est-ce qu'on reste bloqués dehors ? Y a-t-il une clé de secours ?
2. En cas d'incendie, la porte s'ouvre-t-elle de l'intérieur sans code, d'un simple geste ? Nous avons deux enfants et ma belle-mère vit avec nous.
3. Si mon téléphone est volé, peut-on supprimer son accès à distance ? Et que se passe-t-il si vos serveurs sont piratés ?
4. Si la serrure ne s'adapte pas à notre porte blindée, remboursez-vous intégralement, frais de retour compris ?

Merci pour vos réponses,
Olivier Besson"""),

    dict(n=19, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Brigitte Lefort <brigitte.lefort@laposte-net.example>",
         to="billetterie@theatre-des-celestes.example",
         subject="Réservation « Incendies » - place en fauteuil",
         body="""\
Bonjour,

Nous avons vu « Incendies » dans votre salle la semaine dernière et nous en sommes sortis bouleversés : cette guerre, ces secrets de famille, la scène du bus en flammes... Je n'en ai pas dormi de la nuit. Mes deux sœurs veulent absolument le voir avant la fin des représentations.

Vous reste-t-il trois places pour le samedi 19 décembre en soirée, dont une place pour fauteuil roulant ? Ma sœur aînée s'est cassé la hanche l'an dernier et ne se déplace plus qu'en fauteuil.

Le tarif senior s'applique-t-il aussi en ligne ?

Bien à vous,
Brigitte Lefort"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Fabrice Navarro <fabrice@chez-fabrice-bistrot.example>",
         to="support@caissepro.example",
         subject="Merci pour samedi soir",
         body="""\
Bonjour,

Je voulais juste prendre deux minutes pour remercier votre équipe.

Samedi dernier, en plein coup de feu (salle pleine, 85 couverts), la caisse a planté à 20 h 15 : écran figé, plus moyen d'encaisser ni d'envoyer les bons en cuisine. On a tenu deux heures et demie avec des bons papier et une calculette, des tables sont parties en râlant, bref je pense qu'on a perdu autour de 1 500 € dans la soirée.

Votre technicien, Yanis, a décroché à 20 h 30 un samedi soir, il a pris la main à distance, puis il est passé en personne à 22 h 45 pour changer le disque. Depuis, tout tourne nickel, et la nouvelle version est même plus rapide.

Franchement, chapeau. Transmettez-lui nos remerciements : il a un repas offert chez nous quand il veut.

Fabrice Navarro
Chez Fabrice – Bistrot, 12 rue Sainte-Catherine, Bordeaux"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sophie Aubert <sophie@atelier-aubert-ceramique.example>",
         to="support@hebergia.example",
         subject="RE: [Incident #20417] Site inaccessible - erreur 502",
         body="""\
C'est revenu, tout s'affiche correctement, boutique comprise. Merci pour votre réactivité !

Bonne soirée,
Sophie

Le mar. 8 déc. 2026 à 17:32, Support Hébergia <support@hebergia.example> a écrit :
> Bonjour Madame Aubert,
>
> Nous avons identifié un problème sur le serveur qui héberge votre site, nos équipes sont en train d'intervenir.
>
> Le mar. 8 déc. 2026 à 16:58, Sophie Aubert <sophie@atelier-aubert-ceramique.example> a écrit :
> > Bonjour,
> > Depuis une heure, mon site affiche « 502 Bad Gateway » sur toutes les pages, impossible de passer commande. C'est la période des fêtes, je fais la moitié de mon chiffre en décembre !
> > Sophie Aubert"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Antoine Lebrun <antoine@brasserie-du-grisou.example>",
         to="commercial@etiquettes-nord.example",
         subject="Réassort étiquettes « Coup de Grisou » + nouvelle stout",
         body="""\
Salut Claire,

Alors là, on est sous l'eau ! Depuis que notre IPA « Coup de Grisou » a été citée dans l'émission de samedi, les commandes explosent : le téléphone n'arrête pas de sonner et les cavistes nous appellent de partout. Le reportage nous a carrément présentés comme « la brasserie qui met le feu au bassin minier », rien que ça.

Du coup il me faudrait :
- 20 000 étiquettes « Coup de Grisou » 33 cl (même BAT que la dernière fois) ;
- 5 000 étiquettes pour la nouvelle stout « La Gueule Noire », fichier en pièce jointe.

Tu peux me dire si c'est jouable pour la semaine prochaine ? Et si tu passes dans le coin, viens goûter la stout, c'est une tuerie.

À plus,
Antoine
Brasserie du Grisou – Lens"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Patrick Meunier <patrick.meunier@orange-mail.example>",
         to="service.client@hightech-discount.example",
         subject="RE: RE: Remboursement commande 5530921",
         body="""\
Troisième mail, et toujours aucune réponse à part vos messages automatiques.

Je vous rappelle les faits : téléviseur retourné le 3 novembre, reçu par votre entrepôt le 6 (j'ai le suivi), et pas un centime des 679 € remboursé plus d'un mois après. Je ne vais pas attendre indéfiniment : sans réponse sous 48 h, je conteste le paiement auprès de ma banque et je saisis le médiateur de la consommation.

Patrick Meunier

Le 24/11/2026 à 09:12, Patrick Meunier a écrit :
> Bonjour, je relance ma demande du 13 novembre. Le téléviseur a bien été réceptionné chez vous le 6/11 (suivi Colissimo 6A 2299 4810 7733). Quand aurai-je mon remboursement ?
>
> Le 13/11/2026 à 18:40, Patrick Meunier a écrit :
> > Bonjour, j'ai retourné le téléviseur Luxor 55" (commande 5530921) dans le délai de rétractation. Merci de procéder au remboursement de 679 € sur ma carte."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Marion Texier <reception@hotel-les-remparts.example>",
         to="support@hotelsoft-pms.example",
         subject="Module de pré-enregistrement en ligne hors service",
         body="""\
Bonjour,

Depuis la mise à jour de jeudi, le lien de pré-enregistrement envoyé aux clients la veille de leur arrivée ouvre une page blanche. Les clients ne peuvent donc plus remplir leur fiche ni enregistrer leur carte en ligne.

Ce n'est pas bloquant pour nous : la réception fait l'enregistrement au comptoir comme avant, avec la fiche papier, et le reste du logiciel (planning, facturation) fonctionne. Mais ça rallonge l'attente aux arrivées, et plusieurs clients nous ont demandé pourquoi le lien ne marchait pas.

Pouvez-vous regarder ça quand vous aurez un moment ?

Merci,
Marion Texier
Chef de réception
Hôtel Les Remparts ***
5 rue des Remparts, 84000 Avignon
Tél. 04 90 82 11 45
Suivez-nous sur Instagram : @hotellesremparts"""),
]
