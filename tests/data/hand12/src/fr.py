# blind13 -- French (fr), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Camille Lefèvre-Arnaud <camille.lefevre@maisonnee.example>",
         to="support@veillebebe.example",
         subject="Caméra de la chambre de Léa",
         body="""\
Bonjour,

Hier soir vers 23 h, en allant coucher notre fille (14 mois), j'ai remarqué une odeur de plastique fondu dans sa chambre. La caméra VB-200 posée sur l'étagère au-dessus de son lit était tellement chaude que je n'ai pas pu la garder en main plus de deux secondes. Le voyant clignotait orange et, quand j'ai débranché l'adaptateur, il y a eu un petit claquement sec et une trace noire est apparue autour de la prise.

Depuis ce matin l'application affiche « caméra hors ligne », ce qui est logique puisqu'elle est dans le garage maintenant. Nous l'avons achetée il y a cinq semaines. Que devons-nous faire ? Ma sœur a le même modèle dans la chambre de ses jumeaux.

Camille Lefèvre-Arnaud
01 99 00 42 17"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Yannick Morel <y.morel@postebleue.example>",
         to="contact@ludotheque-les-petits-pas.example",
         subject="Jeu « Aimantix » emprunté samedi – il manque des billes",
         body="""\
Bonjour,

Nous avons emprunté samedi le jeu de construction Aimantix (boîte n° 0347). Ce matin, mon fils Noé, 2 ans et demi, jouait avec sur le tapis du salon. Vers 10 h il s'est mis à tousser puis à pleurer en se tenant le ventre, et il a vomi deux fois depuis. En recomptant, il manque deux petites billes aimantées sur six, et l'une des barres a son embout décollé : la bille sortait toute seule.

Nous partons à l'hôpital Saint-Aubin avec lui, le pédiatre nous a dit de venir tout de suite pour une radio. Je vous écris pour que vous retiriez les autres boîtes du même jeu avant qu'un autre enfant ne l'emprunte.

Yannick Morel"""),
    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Hélène Baptiste <helene.baptiste@courrielmail.example>",
         to="assistance@analyse-a-domicile.example",
         subject="Résultats d'une autre patiente dans mon espace",
         body="""\
Madame, Monsieur,

Je me suis connectée ce matin à mon espace patient pour consulter les résultats de ma prise de sang du 3 mars (infirmière passée à domicile). Le PDF qui s'affiche n'est pas le mien : il s'agit du bilan complet d'une certaine Mme Sandrine V., née en 1971, avec son adresse, son numéro de sécurité sociale, sa sérologie VIH et ses dosages hormonaux.

Je n'ai évidemment rien téléchargé ni transmis, mais je suppose que quelqu'un d'autre est en train de lire mes propres résultats de la même façon. Je trouve cela extrêmement grave. Merci de bloquer l'accès, de prévenir cette patiente et de me dire qui a pu voir mon dossier.

Hélène Baptiste
Dossier n° 58-20413"""),
    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Julien Carrasco <julien.carrasco@equipe-nordsud.example>",
         to="reservations@kartpiste-des-etangs.example",
         subject="Question sur le kart n° 12",
         body="""\
Bonjour,

Nous sommes venus à huit samedi après-midi pour un enterrement de vie de garçon (réservation KP-7781). Est-ce normal que la direction du kart n° 12 ait autant de jeu ? Dès le premier tour on sentait le volant tourner d'un bon centimètre dans le vide, et au cinquième tour, en pleine ligne droite, l'écrou du volant s'est desserré : mon beau-frère s'est retrouvé avec le volant à moitié dans les mains et le kart est parti tout droit dans le mur de pneus à près de 60 km/h.

Il a mal au poignet et à la nuque depuis, il a vu son médecin hier. Le commissaire de piste nous a juste donné un autre kart en disant que « ça arrive ». J'aimerais savoir si ce kart a été vérifié depuis, parce qu'il y avait des ados qui attendaient pour le prendre après nous.

Julien"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sophie Marchal <intendance@college-jean-rostand.example>",
         to="support@restoscol.example",
         subject="Cuisine centrale : aucune commande du jour",
         body="""\
Bonjour,

Depuis 7 h ce matin, l'écran de la cuisine centrale reste vide : aucune des commandes de repas des cinq écoles du secteur n'apparaît, alors que les parents ont bien réservé hier soir (plusieurs nous ont transféré leur confirmation). Les cuisiniers ne savent ni combien de repas préparer ni lesquels sont sans porc ou sans gluten.

On est en train d'appeler les écoles une par une pour compter les enfants à la main et tout noter sur papier. Cela concerne environ 620 repas à servir à 11 h 45. Pouvez-vous regarder ça en priorité ?

Sophie Marchal
Intendante – Collège Jean-Rostand
01 99 00 18 63"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thibault Ngom <thibault@ruche-atelier.example>",
         to="support@badgeo.example",
         subject="Personne ne peut entrer – La Ruche Atelier",
         body="""\
Bonjour,

Ce matin aucun badge n'ouvre la porte principale de La Ruche Atelier (site Lyon 7e). Les lecteurs bipent deux fois en rouge, y compris avec mon badge administrateur. J'ai une quarantaine de membres sur le trottoir, dont une équipe qui reçoit des clients à 9 h 30, et l'un d'eux vient de m'écrire : "We flew in from Dublin for this meeting, is there any way to get in?"

Dans votre console d'administration, tous les badges apparaissent comme « actifs ». J'ai redémarré le contrôleur, sans effet. Je peux laisser la porte ouverte avec la clé mécanique, mais alors n'importe qui entre dans les bureaux.

Merci de me rappeler au 06 39 98 27 40.

Thibault Ngom, gérant"""),
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Bernard Ouellet <b.ouellet@orange-bleue.example>",
         to="aide@pharmarenouvel.example",
         subject="Impossible d'envoyer ma demande de renouvellement",
         body="""\
Bonjour,

Depuis hier après-midi, quand je clique sur « Envoyer ma demande » pour le renouvellement de mon ordonnance (traitement pour la tension), la page tourne une minute puis revient au formulaire vide, sans aucun message. J'ai essayé sur l'ordinateur et sur la tablette de ma fille, même chose. Il me reste des comprimés pour trois jours.

Bernard Ouellet"""),
    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nadia Benali <nadia.benali@cabinet-roux-associes.example>",
         to="support@copitech.example",
         subject="Scan vers e-mail en panne sur le copieur du 2e",
         body="""\
Bonjour,

Le copieur MX-4070 du deuxième étage n'envoie plus les numérisations par e-mail depuis la mise à jour de jeudi. L'écran affiche "Error 0x42: SMTP authentication failed". L'impression et la photocopie fonctionnent normalement, et en attendant on scanne sur clé USB, donc ce n'est pas bloquant, mais c'est pénible pour les assistantes.

Contrat de maintenance n° CT-2291.

Merci,
Nadia Benali"""),
    dict(n=9, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Gwenaël Le Bihan <gwen.lebihan@kerlann.example>",
         to="service-client@traversees-iroise.example",
         subject="Site de réservation inaccessible – traversée de demain",
         body="""\
Bonjour,

Votre site de réservation affiche « Erreur 503 – service indisponible » depuis hier soir, sur tous mes appareils. Je dois réserver la traversée de demain 8 h 15 vers l'île pour moi et ma voiture, et personne ne décroche au guichet téléphonique. Comment faire ?

Gwenaël Le Bihan"""),
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Inès Duchêne <ines.duchene@boitemail.example>",
         to="abonnements@torrefaction-duval.example",
         subject="Prélevée deux fois pour mars",
         body="""\
Bonjour,

Je vois sur mon relevé deux prélèvements de 24,90 € le 2 mars pour mon abonnement « Espresso découverte » (client n° AB-55102). Je n'ai reçu qu'un seul colis. Pouvez-vous me rembourser le second ?

Bonne journée,
Inès"""),
    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Marc-Antoine Girard <ma.girard@boulangerie-girard.example>",
         to="paie@bureau-paie-sud.example",
         subject="Salaires de février non versés à mes employés",
         body="""\
Bonjour,

Je suis client chez vous pour la paie de la boulangerie (7 salariés, dossier BP-0912). Les fiches de paie de février ont bien été générées le 27, mais aujourd'hui, 3 mars, aucun de mes employés n'a reçu son virement. Sur mon compte professionnel, l'argent est pourtant sorti le 28 (14 382,56 €, libellé « BPS VIR SALAIRES »).

Deux de mes vendeuses m'ont dit que leur loyer est prélevé le 5 et qu'elles vont se retrouver à découvert. Je ne peux pas avancer les salaires une deuxième fois. Où est passé cet argent et quand sera-t-il versé ?

Merci de me répondre aujourd'hui,
Marc-Antoine Girard
06 39 98 11 02"""),
    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Odile Ferrand <odile.ferrand@wanadou.example>",
         to="service.clients@fleurs-de-memoire.example",
         subject="Remboursement couronne – commande 20417",
         body="""\
Bonjour,

La couronne commandée pour les obsèques de mon oncle (commande 20417, 89 €) a été livrée au funérarium le lendemain de la cérémonie. Votre conseillère m'a promis au téléphone, le 12 février, un remboursement intégral sous huit jours. Trois semaines plus tard, je n'ai toujours rien reçu sur ma carte.

Je vous remercie de faire le nécessaire.

Odile Ferrand"""),
    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Paul Verdier <paul.verdier@mel.example>",
         to="contact@change-du-port.example",
         subject="Petite question sur les frais",
         body="""\
Bonjour, simple curiosité : sur ma commande de 300 livres sterling retirée samedi en agence, il y a une ligne « frais de réservation 1,50 € ». C'est systématique ou c'est parce que j'ai commandé en ligne ? Merci !"""),
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Jacqueline Roussel <j.roussel@free-boite.example>",
         to="espace-client@caisse-retraite-avenir.example",
         subject="Compte bloqué",
         body="""\
Bonjour,

J'ai voulu consulter mon relevé de points sur mon espace retraite et, après trois essais de mot de passe, le site m'indique que mon compte est bloqué et qu'un code de déblocage me sera envoyé par courrier « sous 10 jours ». Je n'ai pas envie d'attendre dix jours. N'y a-t-il pas un autre moyen ? Mon numéro d'adhérente est 7741-0295-C.

Bien cordialement,
Jacqueline Roussel"""),
    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Karim Haddad <karim.haddad@numerik.example>",
         to="assistance@caisse-entraide.example",
         subject="Code SMS",
         body="""\
Bonjour,

Est-ce normal que je ne reçoive plus aucun code de confirmation par SMS depuis que je suis passé chez un autre opérateur ? J'ai gardé le même numéro (06 39 98 54 71), mais à chaque connexion l'appli m'indique « code envoyé » et rien n'arrive. Du coup je ne peux plus accéder à mes comptes depuis lundi.

Karim Haddad"""),
    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Manon Estève <manon.esteve@etudiant-lyon.example>",
         to="support@formavenir.example",
         subject="Mon compte a disparu avec mes certificats",
         body="""\
Bonjour,

Je suis inscrite depuis 2022 sur votre plateforme et j'y ai validé quatre modules (dont « Excel avancé » et « Gestion de projet »). Depuis ce week-end, quand je me connecte avec mon adresse, le site répond « aucun compte associé à cette adresse » et me propose d'en créer un. Je n'ai jamais demandé la suppression de mon profil. J'ai besoin des attestations pour un dossier Pôle emploi… pardon, France Travail.

Pouvez-vous restaurer mon compte et mes certificats ?

Manon Estève"""),
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Gérard Lemoine <gerard.lemoine@ancienne-adresse.example>",
         to="pret-numerique@mediatheque-belleville.example",
         subject="Changer d'adresse mail",
         body="""\
Bonjour,
Comment fait-on pour changer l'adresse e-mail de son compte de prêt numérique ? Je ne trouve pas l'option dans « Mon profil ». Merci.
G. Lemoine"""),
    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Lucie Garnier <lucie.garnier@mailo-maison.example>",
         to="rdv@ramonage-tessier.example",
         subject="Re: Rappel : ramonage annuel de votre conduit",
         body="""\
Bonjour,

Mardi 14 h, c'est parfait pour nous. Le portail sera ouvert, il faudra juste sonner à la porte de derrière.

Lucie Garnier

Le 4 mars 2025 à 09:12, Ramonage Tessier <rdv@ramonage-tessier.example> a écrit :
> Madame Garnier,
>
> Votre ramonage annuel arrive à échéance. Pour rappel, un conduit mal entretenu
> est l'une des premières causes d'incendie domestique et d'intoxication au
> monoxyde de carbone, et votre assureur peut refuser de vous couvrir sans
> certificat de ramonage.
>
> Nous vous proposons le mardi 11 mars à 14 h. Merci de nous confirmer.
>
> L'équipe Ramonage Tessier"""),
    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Antoine Ribeiro <antoine.ribeiro@ribeiro-transports.example>",
         to="support@recharge-pass.example",
         subject="Merci – carte de recharge",
         body="""\
Bonjour,

Juste un mot pour remercier Clara du support : ma carte de recharge était refusée sur toutes les bornes depuis vendredi, j'étais coincé avec la camionnette à 12 % de batterie, et depuis son appel ce matin tout refonctionne. La panne venait apparemment d'une mise à jour de la carte.

Rien d'autre à signaler, vous pouvez clôturer le ticket.

Antoine Ribeiro"""),
    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Stéphanie Aubert <steph.aubert@lepetitnid.example>",
         to="bonjour@boulangerie-martel.example",
         subject="Votre tarte aux pralines, c'est une tuerie",
         body="""\
Bonjour à toute l'équipe,

Je voulais vous dire que la tarte aux pralines livrée dimanche pour l'anniversaire de mon père a fait un carton : une vraie tuerie, mes neveux se sont battus pour la dernière part et mon père a failli tomber de sa chaise en voyant les 70 bougies. Bref, vous avez mis le feu à la fête !

Une question quand même : est-ce que vous livrez aussi le samedi matin à Vernon ?

Stéphanie"""),
    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Raphaël Tournier <raphael.tournier@univ-cergy-etu.example>",
         to="billetterie@orchestre-val-doise.example",
         subject="Tarif étudiant pour « L'Oiseau de feu » ?",
         body="""\
Bonjour,

Je voudrais venir au concert du 22 avril avec deux amis (programme : Stravinsky, L'Oiseau de feu, puis Haendel, Musique pour les feux d'artifice royaux). On m'a dit que la « Danse infernale » vaut à elle seule le déplacement !

Existe-t-il un tarif étudiant, et faut-il présenter la carte à l'entrée ou au moment de l'achat ?

Cordialement,
Raphaël Tournier"""),
    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Éric Fontaine <eric.fontaine@famillefontaine.example>",
         to="info@portes-blindees-rempart.example",
         subject="Questions avant achat – porte blindée",
         body="""\
Bonjour,

Nous envisageons d'installer une de vos portes blindées (modèle Rempart 5) dans notre appartement. Avant de signer le devis, j'ai quelques questions :
- en cas de coupure de courant, la serrure motorisée s'ouvre-t-elle encore avec la clé ?
- si on perd toutes les clés et qu'on se retrouve bloqués dehors, quel est votre délai d'intervention ?
- la porte est-elle certifiée anti-effraction (classe 3 ou 4) et coupe-feu ?
- quelle est votre politique de remboursement si l'installation ne nous convient pas ?

Merci d'avance,
Éric Fontaine"""),
    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Delphine Caron <d.caron@atelier-caron-archi.example>",
         to="abonnes@parkings-centre-rive.example",
         subject="RE: Badge d'abonnement refusé à la barrière",
         body="""\
Bonjour,

Troisième message sans aucune réponse. Depuis lundi, la barrière d'entrée du parking Rive Gauche refuse toujours mon badge d'abonnée mensuelle (n° 004417), et je ne suis pas la seule : ce matin encore, trois autres abonnés attendaient derrière moi, et l'interphone de la borne sonne dans le vide. Chaque jour je tourne dans le quartier puis je paie un autre parking, alors que mon abonnement de 145 € est réglé jusqu'au 31.

J'ai des rendez-vous clients toute la semaine et je ne peux pas continuer comme ça. Merci de me répondre aujourd'hui.

Delphine Caron

> -----Message d'origine-----
> De : Delphine Caron <d.caron@atelier-caron-archi.example>
> Envoyé : mardi 4 mars 2025 08:47
> À : abonnes@parkings-centre-rive.example
> Objet : Badge d'abonnement refusé à la barrière
>
> Bonjour,
> Depuis hier matin, la barrière ne s'ouvre plus avec mon badge d'abonnement
> (n° 004417). Le lecteur affiche « badge inconnu ». Pouvez-vous vérifier ?
> Delphine Caron"""),
    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Véronique Salaün <v.salaun@aide-domicile-armor.example>",
         to="support@planisoins.example",
         subject="140 intervenantes sans planning ce soir",
         body="""\
Bonjour,

Je suis directrice de l'agence Aide à Domicile Armor, nous utilisons votre logiciel de planification pour nos 140 intervenantes et environ 900 bénéficiaires, en majorité des personnes âgées seules.

Depuis la mise à jour de 13 h, l'application mobile n'affiche plus aucune tournée pour ce soir : les intervenantes voient « Aucune intervention prévue » alors que le planning est complet côté bureau. Les passages du soir, ce sont les repas, les couchers et la distribution des médicaments. Nous sommes quatre au bureau à essayer de dicter les tournées par téléphone, mais nous n'y arriverons pas pour tout le monde avant 18 h.

Je vous demande une intervention immédiate et un interlocuteur joignable au 01 99 00 73 58.

Véronique Salaün
Directrice"""),
]
