# blind36 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gérald Moutier <g.moutier@moutier-decoupage.example>",
         to="sav@presses-hydrotec.example",
         subject="Presse PH-250 n° 7781 : la barrière immatérielle n'a pas arrêté le coulisseau",
         body="""\
Bonjour,

Ce matin vers 6h40, sur la presse hydraulique PH-250 (n° de série 7781) que vous
avez installée chez nous en mars, un opérateur a eu la main gauche prise sous le
coulisseau pendant un changement d'outil. La barrière immatérielle était active,
voyant vert allumé, et la descente ne s'est pas interrompue quand il a passé la main.

Il a été conduit aux urgences de Pontarlier : deux doigts écrasés, il est au bloc
en ce moment.

Nous avons consigné la machine et l'inspection du travail est prévenue. Il nous faut
votre technicien sur place au plus vite, aujourd'hui si possible, et nous voulons
savoir si d'autres clients ont signalé le même comportement : nous avons une seconde
PH-250 sur la ligne 3, arrêtée elle aussi par précaution.

Cordialement,

Gérald Moutier
Responsable maintenance
Découpages Moutier & Fils SAS
12 rue des Forges - 25300 Pontarlier
Tél. 03 81 00 47 12 - Port. 06 12 00 84 51

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur
et de le détruire. Toute utilisation ou diffusion non autorisée est interdite."""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Nathalie Ferrand <nathalie.ferrand@laposte-mail.example>",
         to="contact@thermo-entretien-38.example",
         subject="Entretien de la chaudière hier - odeur bizarre dans la cave",
         body="""\
Bonjour,

Votre technicien est passé hier après-midi pour l'entretien annuel de notre chaudière
(contrat EC-55418). Depuis ce matin il y a une odeur d'œuf pourri dans la cave, juste
à côté du raccord qu'il a changé, et le détecteur de monoxyde du couloir a sonné deux
fois cette nuit. Mon mari a mal à la tête depuis le réveil, le petit aussi.

Est-ce que c'est normal après un entretien ? Est-ce qu'on peut laisser la chaudière
allumée en attendant que quelqu'un repasse ? Pour l'instant on a ouvert les fenêtres.

Merci de me rappeler vite au 06 45 00 19 27.

Nathalie Ferrand

Envoyé de mon iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sophie Lacombe <s.lacombe@lacombe-roussel-expertise.example>",
         to="support@facturo.example",
         subject="Plusieurs remarques sur la nouvelle version",
         body="""\
Bonjour,

Suite à la mise à jour de lundi, quelques points de notre côté :

- l'export FEC prend maintenant près de 2 minutes, avant c'était instantané ;
- le logo de nos clients ne s'affiche plus sur les devis PDF ;
- dans l'onglet « Clients », la recherche remonte des dossiers qui ne sont pas à nous :
  je vois les factures d'une boulangerie de Nantes et d'un cabinet dentaire que nous
  ne suivons pas, avec SIRET, IBAN et montants. Un collaborateur a pu ouvrir le PDF
  d'une facture du cabinet dentaire ;
- serait-il possible d'ajouter un tri par date d'échéance ?

Le troisième point me préoccupe évidemment plus que les autres : j'imagine que
l'inverse est vrai aussi et que nos propres dossiers apparaissent chez quelqu'un
d'autre. Merci de revenir vers moi rapidement.

Bien cordialement,

Sophie Lacombe
Expert-comptable associée - Cabinet Lacombe Roussel"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="forward", qt=0, reply=0,
         frm="Olivier Perrin <olivier.perrin@mailo.example>",
         to="service-client@banque-rhodanienne.example",
         subject="TR : paiements que je n'ai pas faits",
         body="""\
Bonjour,

Je vous transfère le message de ma mère, Mme Josiane Perrin (n° client 4471 2290),
qui n'arrive pas à vous joindre par téléphone. Elle a 78 ans et je l'aide dans ses
démarches. Pouvez-vous faire opposition sur sa carte et lui rembourser ces sommes ?
Elle est joignable au 04 78 00 31 62.

Merci,
Olivier Perrin

---------- Message transféré ---------
De : Josiane Perrin <josiane.perrin@orange-mail.example>
Date : jeu. 10 déc. 2026 à 09:12
Objet : paiements que je n'ai pas faits
À : Olivier Perrin <olivier.perrin@mailo.example>

Olivier,
Je regarde mon compte sur internet et il y a trois paiements que je n'ai pas faits,
tous d'hier soir : 489 € chez ELEC-DISCOUNT, puis 312,90 € et 650 € sur un site de
vêtements. Lundi j'avais reçu un SMS de la Poste pour un colis en attente à 1,99 €,
j'ai tapé ma carte dessus. C'est peut-être ça ?
La banque ne répond pas, ça sonne occupé. Je suis très inquiète.
Maman"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Karim Benali <karim@comptoir-des-halles.example>",
         to="hotline@caissenet.example",
         subject="URGENT plus rien ne sort en cuisine",
         body="""\
Bonjour,

Depuis 12h10 les commandes prises sur les tablettes n'arrivent plus en cuisine et les
imprimantes des caisses ne sortent plus rien, ni bons ni additions. Les serveurs
notent tout sur papier, on a 80 couverts ce midi et la salle est pleine. Votre
hotline me fait patienter depuis 25 minutes avec la musique.

J'ai redémarré la box et les deux caisses comme votre technicien me l'avait montré,
aucun changement. L'écran affiche « Synchronisation en cours... » et reste figé là.

Rappelez-moi MAINTENANT au 06 22 00 73 18.
Restaurant Le Comptoir des Halles, contrat 2024-0871.

Karim Benali
Gérant"""),

    dict(n=6, signals="outage", priority="critical", trap="ticket", qt=0, reply=1,
         frm="Isabelle Guérin <accueil@centre-medical-lices.example>",
         to="support@agendia.example",
         subject="RE : [Ticket #58213] Agenda vide sur le poste de l'accueil",
         body="""\
Bonjour,

Votre réponse ne règle rien. Ce n'est plus seulement le poste de l'accueil : depuis
8h l'agenda est vide pour nos six praticiens, sur tous les postes et sur l'appli.
Les patients arrivent et nous ne savons pas qui est attendu, à quelle heure ni pour
quel soin. Nous avons déjà dû renvoyer chez elle une patiente venue de loin pour une
infiltration.

Vider le cache n'a rien changé. Il nous faut quelqu'un au téléphone tout de suite :
02 99 00 64 10, demandez Mme Guérin.

Isabelle Guérin
Secrétaire médicale - Centre médical des Lices, Rennes

Le mar. 1 déc. 2026 à 08:21, Support Agendia <support@agendia.example> a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande n° 58213.
> Pouvez-vous vider le cache de votre navigateur (Ctrl+Maj+Suppr) puis vous
> reconnecter ? Si le problème persiste, merci de nous envoyer une capture d'écran.
>
> Cordialement,
> L'équipe Support Agendia"""),

    dict(n=7, signals="outage", priority="high", trap="logs", qt=0, reply=0,
         frm="Thomas Rigal <support@pixelune-agence.example>",
         to="tickets@hebergeur-nuage.example",
         subject="Site client en 503 - serveur web-prod-14",
         body="""\
Bonjour,

Depuis 07:52 le site www.atelier-vallet-archi.example (offre Pro M, serveur
web-prod-14) renvoie une 503. Rien n'a été déployé de notre côté depuis vendredi.

$ curl -I https://www.atelier-vallet-archi.example
HTTP/2 503
server: nginx
content-length: 197

Dans le panel, le conteneur PHP-FPM est marqué « stopped » et le bouton Redémarrer
renvoie « Erreur 0x1F4 - opération impossible ». Le SFTP ne répond plus non plus.

C'est un site vitrine, pas de vente en ligne, mais le client lance une campagne
lundi. Merci de regarder rapidement.

--
Thomas Rigal
Agence Pixelune - support technique"""),

    dict(n=8, signals="outage", priority="medium", trap="followup", qt=0, reply=0,
         frm="Marc Delorme <marc.delorme@free-mail.example>",
         to="assistance@fibrazur.example",
         subject="Toujours des coupures le soir - des nouvelles ?",
         body="""\
Bonjour,

Je me permets de vous relancer car je n'ai eu aucun retour à mon message du
24 novembre (dossier 2611-88420).

Pour rappel : tous les soirs entre 20h et 23h environ, la connexion saute plusieurs
fois, la box redémarre toute seule et l'image de la télé se fige. Le reste de la
journée tout fonctionne normalement. Le conseiller au téléphone m'avait dit qu'il
allait « faire remonter », depuis plus rien.

Est-ce qu'une intervention est prévue ?

Merci,
Marc Delorme
Ligne 04 93 00 56 21"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Élodie Marchal <elodie.marchal@webmail.example>",
         to="aide@cinestream.example",
         subject="Impossible de regarder quoi que ce soit depuis la mise à jour",
         body="""\
Bonjour,

Depuis la mise à jour de l'application samedi, plus rien ne se lance : sur la télé
Samsung, sur la tablette et même sur l'ordinateur, j'ai un écran noir puis le message
« Erreur S-1042 : lecture impossible ». J'ai désinstallé et réinstallé, changé de
navigateur, rien à faire. Mon abonnement est bien actif, le prélèvement du 1er est
passé.

Je paie 13,99 € par mois et je ne peux rien regarder depuis cinq jours. Y a-t-il une
panne en cours chez vous ?

Élodie Marchal"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Caroline Texier <contact@mademoiselle-c-angers.example>",
         to="marchands@payflux.example",
         subject="Virements de mes encaissements non reçus depuis le 25 novembre",
         body="""\
Bonjour,

Je tiens une boutique de prêt-à-porter à Angers (identifiant marchand 77 41 093).
Depuis le 25 novembre, plus aucun virement de mes encaissements carte n'arrive sur mon
compte professionnel, alors que le terminal fonctionne et que les ventes apparaissent
bien dans votre espace. Il y a aujourd'hui un peu plus de 6 200 € en attente.

Je dois régler deux fournisseurs et les salaires de mes deux vendeuses en fin de
semaine prochaine, et en pleine période de fêtes je ne peux pas avancer cette somme.
Pouvez-vous me dire ce qui bloque et quand les fonds seront versés ?

Merci d'avance,

Caroline Texier
Boutique Mademoiselle C. - 14 rue Lenepveu, 49100 Angers"""),

    dict(n=11, signals="payment", priority="medium", trap="inline", qt=0, reply=1,
         frm="Aurélie Simonet <aurelie.simonet@numericable-mail.example>",
         to="adherents@mava-assurances.example",
         subject="RE: Double prélèvement cotisation auto",
         body="""\
Bonjour,

Merci pour votre retour, mes réponses sont dans le texte.

Le 27 nov. 2026 à 14:05, Service Adhérents MAVA <adherents@mava-assurances.example> a écrit :
> Pouvez-vous nous indiquer votre numéro de contrat ?

Contrat auto n° AU-2291-5530 (Peugeot 208).

> À quelles dates les deux prélèvements ont-ils eu lieu, et pour quel montant ?

Le 5 et le 6 novembre, 62,40 € chacun, avec exactement le même libellé.

> Avez-vous modifié vos coordonnées bancaires récemment ?

Non, aucun changement depuis la souscription en 2023.

Je souhaite simplement être remboursée du second prélèvement. Je joins mon relevé.

Cordialement,
Aurélie Simonet"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Jean-Baptiste Collin <jb.collin@courriel.example>",
         to="relation-client@rail-express.example",
         subject="Frais de 1,50 € sur mon billet ?",
         body="""\
Bonjour,

Petite question sans gravité : en réservant un Paris-Lyon pour le 19 décembre
(dossier QZR4TM), j'ai vu une ligne « frais de service 1,50 € » sur le récapitulatif,
et elle apparaît aussi sur mon relevé. Je ne me souviens pas de l'avoir vue les fois
précédentes. C'est nouveau ? C'est lié au paiement par carte ?

Merci et bonne journée,
Jean-Baptiste Collin"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Hôtel Les Tilleuls <reception@hotel-lestilleuls.example>",
         to="clients@channelpro.example",
         subject="RE: Résiliation de l'abonnement - hôtel Les Tilleuls",
         body="""\
Bonjour Madame Roche,

Je reviens vers vous au sujet de notre échange ci-dessous. Malgré votre confirmation,
nous avons encore été prélevés de 149 € hier, 1er décembre, comme en octobre et en
novembre. Cela fait donc 447 € pour un service que nous n'utilisons plus.

Pourriez-vous procéder au remboursement et mettre fin au mandat de prélèvement ?
Je vous en remercie par avance.

Bien cordialement,
Hélène Marty
Hôtel Les Tilleuls - Annecy

Le 30/09/2026 à 11:42, Camille Roche a écrit :
> Bonjour Madame Marty,
>
> Nous vous confirmons la résiliation de votre abonnement ChannelPro au
> 30 septembre 2026. Aucun prélèvement ne sera effectué après cette date.
>
> Bien cordialement,
> Camille Roche - Service clients ChannelPro
>
> Le 28/09/2026 à 09:15, Hôtel Les Tilleuls a écrit :
> > Bonjour,
> > Suite à notre passage sur un autre outil, nous souhaitons résilier notre
> > abonnement ChannelPro à la fin du mois. Merci de nous confirmer la prise en compte.
> > Hélène Marty"""),

    dict(n=14, signals="account", priority="high", trap="signature", qt=0, reply=0,
         frm="Anne-Laure Vasseur <al.vasseur@vasseur-delmas-avocats.example>",
         to="support@doculex.example",
         subject="Compte administrateur inaccessible après le départ de notre informaticien",
         body="""\
Bonjour,

Notre ancien responsable informatique, M. Fabrice Lenoir, a quitté le cabinet fin
novembre. Il détenait le seul compte « Administrateur » de notre espace DocuLex
(client DLX-10442), et la double authentification était liée à son téléphone
professionnel, qu'il a rendu réinitialisé.

Résultat : plus personne ne peut créer d'utilisateur ni attribuer de licence. Notre
nouvelle collaboratrice, arrivée lundi, n'a toujours pas accès aux dossiers alors
qu'elle plaide demain dans une affaire dont elle a repris le suivi.

Quelle est la procédure pour transférer les droits d'administration à mon nom ? Je
peux vous fournir un extrait Kbis, une pièce d'identité et un courrier signé des
associés.

Cordialement,

Maître Anne-Laure Vasseur
Avocate associée
SELARL Vasseur Delmas Avocats - Barreau de Lyon
8, quai Jean Moulin - 69002 Lyon
Tél. : 04 72 00 18 90 | Fax : 04 72 00 18 91
www.vasseur-delmas-avocats.example

Ce courriel et ses éventuelles pièces jointes sont couverts par le secret
professionnel et établis à l'attention exclusive de leurs destinataires."""),

    dict(n=15, signals="account", priority="medium", trap="nonnative", qt=0, reply=0,
         frm="Dragan Petrovic <dragan.petrovic@webmail.example>",
         to="espace-client@eaux-du-val.example",
         subject="compte bloqué sur l'espace client",
         body="""\
Bonjour,

Je m'appelle Dragan Petrovic, client numéro 600 318 442. Je veux payer ma facture
d'eau sur votre site mais mon compte il est bloqué après trois essai de mot de passe.
J'ai cliqué sur « mot de passe oublié » mais le mail il arrive jamais, j'ai regardé
aussi dans les spams.

Est-ce que vous pouvez débloquer le compte ou envoyer le lien encore une fois ?
La facture est à payer avant le 20.

Merci beaucoup
Dragan Petrovic"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Romain Dufour <secretariat@mairie-stpierre-varennes.example>",
         to="assistance@marches-publics-plateforme.example",
         subject="Changement d'adresse mail du compte acheteur - Mairie de Saint-Pierre-de-Varennes",
         body="""\
Madame, Monsieur,

Mme Brigitte Caron, qui gérait le compte acheteur de la commune sur votre plateforme,
a fait valoir ses droits à la retraite le 30 novembre. Son adresse électronique a été
désactivée, si bien que les codes de connexion et les notifications arrivent
désormais dans une boîte qui n'existe plus, et nous ne pouvons plus accéder au compte.

Nous n'avons pas de consultation en cours avant janvier, mais je souhaiterais que le
compte soit rattaché à mon adresse d'ici là. Pouvez-vous m'indiquer les pièces à
fournir (délibération, arrêté de délégation...) ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Romain Dufour
Secrétaire général
Mairie de Saint-Pierre-de-Varennes"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucie Garnier <lucie.garnier@courriel.example>",
         to="support@moovfit-clubs.example",
         subject="Activer la validation en deux étapes ?",
         body="""\
Bonjour,

J'ai vu dans les paramètres de l'appli une option « Validation en deux étapes ».
Comment ça marche exactement ? Il faut installer une appli spéciale ou un SMS suffit ?
Et si je change de téléphone l'an prochain, est-ce que je perds l'accès à mes
réservations de cours ?

Merci !
Lucie Garnier (abonnée du club de Villeurbanne)"""),

    dict(n=18, signals="-", priority="low", trap="maintenance", qt=0, reply=0,
         frm="Stéphane Brunet <s.brunet@lycee-jferry-dijon.example>",
         to="support@classeo.example",
         subject="TR : Maintenance programmée - interruption de service le 12 décembre",
         body="""\
Bonjour,

Je me permets de vous renvoyer votre message ci-dessous. Le samedi 12 décembre, nos
élèves de terminale passent un bac blanc avec des QCM sur la plateforme, de 8h à 10h.
La coupure annoncée se termine bien à 6h du matin, on est d'accord ? Je préfère
vérifier pour éviter toute mauvaise surprise.

Merci,
Stéphane Brunet
Référent numérique - Lycée Jules-Ferry, Dijon

-------- Message transféré --------
Sujet : Maintenance programmée - interruption de service le 12 décembre
Date : Mon, 30 Nov 2026 10:02:17 +0100
De : Équipe Classéo <noreply@classeo.example>
Pour : s.brunet@lycee-jferry-dijon.example

Madame, Monsieur,

Une opération de maintenance aura lieu dans la nuit du vendredi 11 au samedi
12 décembre, de 0h à 6h. Pendant cette période la plateforme sera totalement
indisponible : connexion, messagerie et dépôt de devoirs seront inaccessibles.

Merci de votre compréhension.
L'équipe Classéo"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Manon Leclerc <manon.leclerc@mailbox.example>",
         to="service@maison-orme.example",
         subject="RE : Commande 4481920 - débitée deux fois",
         body="""\
Bonjour,

C'est bon, j'ai bien vu le remboursement des 899 € sur mon compte ce matin. Merci pour
votre réactivité, et désolée pour le ton un peu sec de mon premier message !

Bonne journée,
Manon Leclerc

Le jeu. 3 déc. 2026 à 16:20, Service client Maison Orme <service@maison-orme.example> a écrit :
> Bonjour Madame Leclerc,
>
> Nous avons lancé le remboursement du second débit. Il apparaîtra sur votre
> compte sous 3 à 5 jours ouvrés.
>
> Cordialement,
> Julien, service client Maison Orme
>
> Le mer. 2 déc. 2026 à 21:47, Manon Leclerc <manon.leclerc@mailbox.example> a écrit :
> > Bonjour,
> > J'ai été débitée deux fois de 899 € pour le canapé (commande 4481920).
> > Je veux être remboursée immédiatement, je suis à découvert à cause de vous."""),

    dict(n=20, signals="-", priority="low", trap="training", qt=0, reply=0,
         frm="Sandrine Aubert <rh@lrad-logistique.example>",
         to="inscriptions@prevention-formation-isere.example",
         subject="Inscription formation incendie + recyclage SST - 12 salariés",
         body="""\
Bonjour,

Nous souhaitons inscrire 12 salariés de notre entrepôt de Saint-Quentin-Fallavier à
la formation « Équipier de première intervention - manipulation des extincteurs », et
4 d'entre eux au recyclage SST (gestes de premiers secours : brûlures, plaies,
malaise, arrêt cardiaque).

Serait-il possible d'organiser la session sur site fin janvier ? Nous avons une aire
extérieure où vous pourriez installer le bac à feu. Nous aimerions aussi coupler la
journée avec notre exercice d'évacuation annuel.

Pouvez-vous m'envoyer un devis et vos disponibilités ?

Cordialement,
Sandrine Aubert
Responsable RH - Logistique Rhône-Alpes Distribution"""),

    dict(n=21, signals="-", priority="low", trap="audit", qt=0, reply=0,
         frm="Paul Ferrandi <p.ferrandi@ferrandi-courtage.example>",
         to="m.klein@relatio-crm.example",
         subject="Questionnaire sécurité avant signature - Ferrandi Courtage",
         body="""\
Bonjour Monsieur Klein,

Comme évoqué lors de la démo, notre comité de direction souhaite quelques réponses
avant de signer. Notre assureur RC pro nous les demande également :

1. Avez-vous subi une fuite de données ou un piratage au cours des trois dernières
   années ? Si oui, comment a-t-il été traité ?
2. Où les données sont-elles hébergées (pays, hébergeur) ? Sont-elles chiffrées ?
3. Comment les mots de passe sont-ils stockés ? La double authentification est-elle
   obligatoire pour tous les utilisateurs ?
4. Quel est votre délai de rétablissement en cas de panne majeure, et disposez-vous
   d'un plan de reprise d'activité ?
5. Pouvez-vous nous transmettre votre dernier rapport de test d'intrusion ?

Merci par avance, nous aimerions signer avant le 31 décembre.

Bien à vous,
Paul Ferrandi
Gérant - Ferrandi Courtage"""),

    dict(n=22, signals="-", priority="low", trap="tone", qt=0, reply=0,
         frm="Christine Boyer <christine.boyer@monmail.example>",
         to="fidelite@supermarches-primeur.example",
         subject="Votre mail « ALERTE : votre compte va être bloqué »",
         body="""\
Bonjour,

Je viens de recevoir votre mail promotionnel intitulé « ALERTE : votre compte fidélité
va être bloqué ! ». En le lisant, on comprend qu'il s'agit simplement de points qui
expirent fin décembre si l'on ne fait pas de courses d'ici là.

Franchement, ce genre d'objet n'est pas sérieux. Ma mère de 80 ans a cru à une
arnaque, elle m'a appelée paniquée et voulait faire opposition sur sa carte. Il y a
déjà assez de vrais mails frauduleux comme ça, inutile de les imiter.

Je n'ai aucun problème avec mon compte, je tenais juste à vous faire part de mon
mécontentement.

Cordialement,
Christine Boyer"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Frédéric Lambert <fred.lambert@laposte-mail.example>",
         to="remboursements@air-azur.example",
         subject="RE : RE : Remboursement vol annulé AZ 7714 - TROISIÈME relance",
         body="""\
Troisième mail, et toujours aucune réponse à part vos accusés de réception
automatiques. Mon vol Nice-Lisbonne du 14 octobre a été ANNULÉ par vous, je n'ai pas
voyagé, et j'attends toujours le remboursement des deux billets : 386 €. Presque
deux mois !

Sans réponse concrète d'ici vendredi, je saisis le médiateur et je conteste le
paiement auprès de ma banque.

Frédéric Lambert
Réservation KXW82P

Le lun. 16 nov. 2026 à 19:03, Frédéric Lambert <fred.lambert@laposte-mail.example> a écrit :
> Bonjour, je relance ma demande du 20 octobre ci-dessous. Toujours rien reçu.
> Merci de me tenir informé.
>
> Le mar. 20 oct. 2026 à 10:11, Frédéric Lambert <fred.lambert@laposte-mail.example> a écrit :
> > Bonjour,
> > Suite à l'annulation de mon vol AZ 7714 Nice-Lisbonne du 14/10, je demande le
> > remboursement des deux billets (réservation KXW82P, 386 €). Je ne souhaite pas
> > d'avoir. Merci."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julien Marchetti <j.marchetti@atelier-marchetti.example>",
         to="support@planbox-cloud.example",
         subject="Synchro du client bureau bloquée depuis la version 5.2",
         body="""\
Bonjour,

Depuis la version 5.2 de l'application de bureau, installée automatiquement mardi
dernier, la synchronisation reste sur « 0 fichier restant » sur les 7 postes de
l'agence, sans jamais se terminer. Les fichiers modifiés en local (surtout nos plans
DWG) ne remontent plus dans le cloud.

En attendant, nous passons par l'interface web pour déposer et récupérer les fichiers.
Ça fonctionne, mais c'est lourd avec des plans de 200 Mo et nous perdons l'historique
des versions.

Un correctif est-il prévu, ou peut-on revenir à la 5.1 ?

Merci,
Julien Marchetti
Architecte - Atelier Marchetti & Associés"""),
]
