# Fresh hand-written set, French. Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Nathalie Girard <nathalie.girard@courriel.example>", to="sav@vitacuisson.example",
     subject="Autocuiseur ouvert en pleine cuisson – brûlée au bras",
     body="""Bonjour,

Dimanche midi, mon autocuiseur Vitacuisson 6 L s'est ouvert d'un coup alors qu'il était encore sous pression. Le bouillon m'a giclé sur l'avant-bras et dans le cou. J'ai passé l'après-midi aux urgences : brûlures du deuxième degré, pansements pour trois semaines. La soupape avait pourtant été changée en septembre par votre SAV.

Je souhaite savoir si d'autres cas vous ont été signalés et comment vous comptez gérer cela.

Nathalie Girard"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Famille Benali <benali.famille@boitemail.example>", to="consommateurs@delices-surgeles.example",
     subject="Toute la famille malade après vos lasagnes",
     body="""Bonsoir,

Samedi soir nous avons mangé vos lasagnes bolognaise surgelées (lot 2611B, à consommer de préférence avant 08/2027), cuites comme indiqué sur la boîte. Dans la nuit nous avons tous vomi et eu de la fièvre, et notre fils de 4 ans a dû être hospitalisé deux jours pour déshydratation. Le médecin parle d'une salmonellose.

J'ai gardé la boîte et le reste du plat au congélateur. Merci de me recontacter rapidement.

M. et Mme Benali"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Claire Dumas <direction.jeanmoulin@ecoles-valmont.example>", to="contact@agencement-scolaire.example",
     subject="Chute d'une étagère dans une classe - élève blessé",
     body="""Madame, Monsieur,

Je suis directrice de l'école élémentaire Jean-Moulin. Ce matin, une des étagères murales que votre société a posées en août s'est décrochée dans la classe de CE2 et a heurté un élève à la tête. Il a été conduit à l'hôpital où on lui a fait quatre points de suture.

Nous avons fait évacuer la salle. Le même modèle est installé dans cinq autres classes. Nous demandons une intervention en urgence pour vérifier toutes les fixations.

Claire Dumas, directrice"""),

dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
     frm="Amandine Roux <amandine.roux@courriel.example>", to="service.client@banque-horizon.example",
     subject="Téléphone volé avec l'appli de la banque",
     body="""Bonjour,

On m'a arraché mon téléphone dans le métro ce matin vers 8h. L'appli de la banque est dessus et je reste toujours connectée. Je n'arrive pas à joindre le service d'opposition, ça sonne dans le vide.

Pouvez-vous bloquer tout de suite l'accès à mon espace client ? Je peux passer à l'agence Voltaire cet après-midi si besoin.

Amandine Roux - client n° 0042881"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Transports Lefèvre <exploitation@transports-lefevre.example>", to="support@routeo.example",
     subject="URGENT - plus aucune tournée dans l'appli chauffeurs",
     body="""Bonjour,

Depuis 5h ce matin, aucun de nos chauffeurs ne reçoit ses tournées sur l'application : l'écran reste sur "Synchronisation…" et tourne en boucle. 40 camions sont bloqués au dépôt de Rungis et les livraisons de nos clients restaurateurs partent en retard.

Merci de nous rappeler immédiatement. Contrat TL-2209.

Olivier Lefèvre, responsable d'exploitation"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Cadre de santé Cardiologie <cadre.cardio@ch-valmont.example>", to="assistance@presciplus.example",
     subject="Logiciel de prescription inaccessible - service de cardiologie",
     body="""Bonjour,

Le logiciel de prescription est inaccessible dans tout le service de cardiologie depuis 7h (page blanche puis "erreur 503"). Les infirmières ne voient plus les traitements en cours des patients et nous travaillons sur papier, avec les risques que cela comporte.

Merci de traiter en priorité absolue.

Isabelle Caron
Cadre de santé, CH de Valmont"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Bernard Lemoine <b.lemoine@courriel.example>", to="assistance@box-telecom.example",
     subject="Plus d'internet ni de téléphone depuis samedi",
     body="""Bonjour,

Ma box clignote en rouge depuis samedi, plus d'internet ni de téléphone fixe. J'ai tout débranché et rebranché, rien à faire. Je suis en télétravail et ma mère âgée m'appelle sur le fixe...

Pouvez-vous envoyer un technicien ? Ligne 01 99 00 27 35.

Bernard Lemoine"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Léa Fontaine <lea.fontaine@boitemail.example>", to="contact@maison-deco.example",
     subject="site très lent",
     body="""Bjr, depuis quelques jours votre site rame énormément, certaines pages mettent 30 secondes à s'afficher et j'ai parfois une erreur 504. J'arrive quand même à passer commande mais c'est pénible.

Léa"""),

dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=1,
     frm="Hugo Martin <hugo@hugomartin-graphiste.example>", to="support@hebergo.example",
     subject="Re: Ticket 55120 - messagerie",
     body="""Depuis hier 18h environ. Je peux envoyer mais je ne reçois plus rien, et mes clients me disent que leurs mails reviennent avec "boîte indisponible". Je suis indépendant, c'est mon seul outil de travail, je ne peux pas rester comme ça.

Hugo Martin

Le jeu. 3 déc. 2026 à 09:05, Support Hébergo <support@hebergo.example> a écrit :
> Bonjour,
> Pouvez-vous nous préciser depuis quand vous ne recevez plus de messages ?
> Cordialement, l'équipe Hébergo"""),

dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="João Pereira <j.pereira@courriel.example>", to="abonnements@lirplus.example",
     subject="Prélevé deux fois",
     body="""Bonjour,

Vous m'avez prélevé deux fois l'abonnement de novembre (2 x 19,99 €). Merci de rembourser le doublon.

Cordialement,
J. Pereira"""),

dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Sandrine Petit <sandrine.petit@boitemail.example>", to="service-client@maison-deco.example",
     subject="Commande annulée 778120 - toujours pas remboursée",
     body="""Bonjour,

J'ai annulé ma commande n° 778120 le 12 novembre, avant l'expédition, et j'ai bien reçu la confirmation d'annulation. Trois semaines plus tard, je n'ai toujours pas été remboursée sur ma carte (84,50 €).

Pouvez-vous vérifier ?
Sandrine Petit"""),

dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Mathieu Colin <mathieu.colin@courriel.example>", to="conseiller@banque-horizon.example",
     subject="Virement bloqué – caution à verser lundi",
     body="""Bonjour,

J'ai fait jeudi un virement de 1 800 € pour la caution de mon nouvel appartement et il est indiqué "en attente de validation" depuis. Le propriétaire ne me remettra les clés lundi que s'il a reçu l'argent.

Pouvez-vous débloquer ce virement en urgence ? Merci.

Mathieu Colin"""),

dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Véronique Blanc <veronique.blanc@courriel.example>", to="facturation@box-telecom.example",
     subject="Frais de résiliation injustifiés",
     body="""Bonjour,

Sur ma dernière facture figurent 49 € de frais de résiliation, alors que j'ai résilié après la fin de ma période d'engagement (contrat signé en septembre 2024 pour 24 mois). Merci de corriger la facture et de me rembourser ce montant.

Cordialement,
Véronique Blanc"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Thomas Garnier <thomas.garnier@boitemail.example>", to="aide@covoit-facile.example",
     subject="Impossible de modifier mon adresse e-mail",
     body="""Bonjour,

Je n'arrive pas à modifier l'adresse e-mail de mon compte : après validation j'ai le message "Une erreur est survenue, réessayez plus tard". Ça dure depuis une semaine.

Merci d'avance,
Thomas Garnier"""),

dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
     frm="Chloé Mercier <chloe.mercier@courriel.example>", to="support@paie-en-ligne.example",
     subject="Compte bloqué, j'ai besoin de mes fiches de paie demain",
     body="""Bonjour,

Mon compte est bloqué après trois mauvais mots de passe, et le lien de réinitialisation renvoie vers une page d'erreur. J'ai besoin de mes bulletins de salaire pour un dossier de location à rendre demain matin.

Pouvez-vous le débloquer aujourd'hui ?
Chloé Mercier"""),

dict(n=16, signals="account", priority="medium", trap="safety", qt=1, reply=1,
     frm="Louise Marchand <louise.marchand@boitemail.example>", to="securite@club-evasion.example",
     subject="RE : Information importante concernant la sécurité de vos données",
     body="""Bonjour,

Suite à votre message, j'ai changé mon mot de passe comme demandé, mais depuis je ne peux plus me connecter : le site me dit que mon identifiant est inconnu. Pouvez-vous vérifier mon compte ? Identifiant : lmarchand

Louise Marchand

Le 30/11/2026 à 17:42, Club Evasion <securite@club-evasion.example> a écrit :
> Chère cliente, cher client,
> Nous avons détecté un accès non autorisé à une partie de notre base clients.
> Les noms, adresses e-mail et dates de naissance de certains membres ont pu être
> consultés. Par précaution, nous vous invitons à changer votre mot de passe."""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Kevin Robert <kev.robert@boitemail.example>", to="support@banque-horizon.example",
     subject="code sms",
     body="""Salut, je reçois plus le code par SMS pour me connecter sur l'appli, ça fait 3 jours. Mon numéro a pas changé. Du coup je passe par le site sur l'ordi où je suis resté connecté mais c'est pas pratique.

Kevin"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Julie Moreau <julie.moreau@courriel.example>", to="feedback@marmite-app.example",
     subject="Votre nouvelle appli, c'est le feu !",
     body="""Coucou l'équipe,

Franchement la nouvelle version de l'appli c'est le feu, le mode sombre est une tuerie. Petite question quand même : est-ce qu'on pourra bientôt exporter les recettes en PDF ?

Bises,
Julie"""),

dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
     frm="Sylvie Morel <s.morel@cabinet-morel.example>", to="formations@excelia-pro.example",
     subject="Formation Excel avancé - CPF / OPCO ?",
     body="""Bonjour,

Votre formation "Excel avancé" est-elle éligible au CPF, ou peut-elle être prise en charge par notre OPCO ? Et quel serait le tarif pour une session en intra pour 6 personnes ?

Cordialement,
S. Morel"""),

dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
     frm="Karim Haddad <karim@atelier-haddad.example>", to="support@hebergo.example",
     subject="Re: Incident en cours sur nos serveurs",
     body="""Merci pour le suivi, chez nous tout est rentré dans l'ordre depuis ce matin. Bonne journée !

Karim

Le mer. 2 déc. 2026 à 10:15, Support Hébergo <support@hebergo.example> a écrit :
> Bonjour,
> Suite à une panne générale sur l'un de nos datacenters, vos sites et boîtes mail
> sont actuellement indisponibles. Nos équipes sont mobilisées et nous reviendrons
> vers vous dès le rétablissement du service."""),

dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
     frm="Denise Lambert <denise.lambert@courriel.example>", to="assistance@box-telecom.example",
     subject="Changer le mot de passe wifi",
     body="""Bonjour,

Comment je change le mot de passe du wifi de la box ? Nous avons souvent des invités et je voudrais en mettre un plus simple à taper que la grande suite de lettres qui est sous la box.

Merci,
Denise Lambert"""),

dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
     frm="Antoine Perrin <antoine.perrin@boitemail.example>", to="contact@canapes-milo.example",
     subject="Question avant commande",
     body="""Bonjour,

Avant de commander le canapé Milo 3 places, je voudrais savoir : si jamais il ne passe pas dans notre escalier, est-ce que je peux le renvoyer ? Et qui paie le transport du retour ?

Merci d'avance,
Antoine Perrin"""),

dict(n=23, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
     frm="Cabinet Morel <s.morel@cabinet-morel.example>", to="support@factu-simple.example",
     subject="Bouton Exporter en PDF grisé",
     body="""Bonjour,

Depuis la mise à jour d'hier, le bouton "Exporter en PDF" des factures est grisé. Ce n'est pas bloquant : en attendant je passe par Imprimer > Enregistrer en PDF dans le navigateur et ça marche très bien. Je vous le signale juste pour que ce soit corrigé.

Bonne journée,
S. Morel"""),

dict(n=24, signals="account", priority="high", trap="vip", qt=0, reply=0,
     frm="Yann Le Gall <y.legall@armor-logistique.example>", to="grandscomptes@cloudadmin.example",
     subject="Contrat GC-7781 : comptes administrateurs désactivés",
     body="""Bonjour,

Société Armor Logistique, client Grands Comptes (contrat GC-7781, SLA de rétablissement 4 h). Depuis ce matin, trois de nos administrateurs ne peuvent plus se connecter à la console : "Compte désactivé". Aucun changement de notre côté.

Merci de traiter ce ticket dans le cadre du contrat et de nous tenir informés.

Yann Le Gall
DSI, Armor Logistique"""),
]
