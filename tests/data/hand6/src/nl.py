# hand6 (blind7) -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ria Hoogendijk <riahoogendijk@kpnmail-nl.example>",
         to="storingen@liftservice-delta.example",
         subject="lift flat Zonnehof",
         body="""\
Goedemiddag,

Ik woon op de zesde in flat Zonnehof (Larixlaan 2-88) en jullie doen het onderhoud van onze lift.

Sinds een week of twee stopt de lift niet meer netjes gelijk met de vloer. Soms zit er een opstapje van 15 tot 20 centimeter tussen. Gisteren ging de deur al open terwijl de cabine nog aan het zakken was.

Vanochtend is mijn buurvrouw van 79 met haar rollator over die richel gevallen. Ze is met de ambulance meegenomen, haar heup is gebroken.

De lift rijdt gewoon door alsof er niks aan de hand is. Er wonen hier veel ouderen en jonge ouders met een kinderwagen die de trap niet kunnen nemen.

Kunnen jullie vandaag nog iemand sturen? De beheerder van de VvE is op vakantie, daarom mail ik zelf.

Met vriendelijke groet,
Ria Hoogendijk"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sander Wijnbergen <sander.wijnbergen@ziggo-post.example>",
         to="klantenservice@speelgoedkist.example",
         subject="MagnaBouw set",
         body="""\
Hallo,

Vorige maand hebben we bij jullie de MagnaBouw 120-delige set gekocht voor onze zoon van 2,5. Vanavond zag ik dat bij een paar staafjes het plastic kapje los zit en dat de kleine zilveren balletjes eruit vallen. Er ontbreken er minstens drie.

Onze zoon heeft sinds het avondeten buikpijn en heeft twee keer overgegeven. We zitten nu op de spoedeisende hulp, ze maken zo een foto van zijn buik. De arts vroeg wat voor magneten het zijn en hoe sterk, en dat weet ik niet.

Kunnen jullie dat ZO SNEL MOGELIJK laten weten? Artikelnummer op de doos: MB-120-NL, batch 2609.

En haal dit uit de winkel, dit kan bij elk ander kind net zo gebeuren.

Sander Wijnbergen
(verstuurd vanaf mijn telefoon)"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Mohamed El Khatib <m.elkhatib@hetnet-mail.example>",
         to="info@aquariumwereld-shop.example",
         subject="Stroomschok van aquariumverwarmer!",
         body="""\
Beste,

Op 14 november heb ik bij jullie een AquaTherm 200W staafverwarmer besteld (bestelnummer 55-81724).

Vanmiddag wilde ik een plant verzetten en toen ik mijn hand in de bak stak kreeg ik een flinke stroomschok, tot in mijn elleboog. Daarna zag ik dat het glas van de verwarmer over de hele lengte gebarsten is en dat er water in de buis staat. Twee vissen zijn dood.

Ik heb de stekker eruit getrokken en alles verder laten staan. Met mij gaat het goed, mijn arm tintelt alleen nog wat. Maar als mijn dochter van 7 dat had gedaan... zij voert de vissen elke ochtend.

Ik wil weten of dit bekend is bij deze serie en wat ik nu moet doen. Foto's stuur ik mee.

Gr,
Mohamed El Khatib"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Lotte van Dam <lottevandam@postvak.example>",
         to="support@trapfiets-deel.example",
         subject="ritten die ik niet gemaakt heb",
         body="""\
Hallo,

In de app van jullie deelfietsen zie ik sinds zaterdag 11 ritten in Antwerpen en Gent. Ik woon in Zwolle en ben al maanden niet in België geweest. Alle ritten zijn afgerekend met mijn gekoppelde creditcard, samen 63,40 euro, en er staat ook een maandbundel van 24,99 die ik nooit heb afgesloten.

Mijn wachtwoord heb ik met niemand gedeeld. Vorige week kreeg ik wel een mail "uw gegevens zijn gewijzigd", maar ik dacht dat dat spam was en heb hem weggegooid.

De kaart heb ik net laten blokkeren bij de bank. Ik wil weten hoe iemand in mijn account is gekomen, en ik wil het geld terug. Kunnen jullie het account bevriezen tot dit is uitgezocht?

Lotte van Dam"""),

    dict(n=5, signals="outage", priority="critical", trap="pos-terminal", qt=0, reply=0,
         frm="Jeroen Bakhuis <jeroen@schoonensnel.example>",
         to="servicedesk@washpay-systems.example",
         subject="Alle betaalzuilen offline!!",
         body="""\
Goedemorgen,

Sinds ongeveer 6 uur vanochtend doen de betaalzuilen in al onze drie wasserettes (Delft centrum, Delft Tanthof, Rijswijk) het niet meer. Op het scherm staat "Geen verbinding met server - probeer het later opnieuw". Pinnen en de app met wastegoed geven allebei dezelfde melding, dus klanten kunnen geen enkele machine starten. Contant geld nemen we sinds vorig jaar niet meer aan.

Zaterdag is onze drukste dag, er staan nu al mensen met volle tassen voor de deur die weer weggaan.

Router en zuilen zijn herstart, internet werkt gewoon.

Graag zo snel mogelijk contact, mijn 06-nummer staat in het klantdossier.

Jeroen Bakhuis
Wasserette Schoon & Snel"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Thijs Oosterbeek <thijs@oosterbeek-luchtopnames.example>",
         to="support@orthomap-cloud.example",
         subject="Storing verwerking?",
         body="""\
Hoi,

Is er een storing bij jullie verwerkingsservice? Sinds gistermiddag blijven mijn uploads hangen op "in wachtrij". Het gaat om twee projecten met dronebeelden (ongeveer 1.400 foto's per stuk) voor een akkerbouwbedrijf. Normaal is zoiets binnen een paar uur klaar. De statuspagina zegt "alle systemen operationeel", maar ik kan niks verwerken en dus ook geen kaarten opleveren.

Net een testproject van 20 foto's geupload: blijft ook hangen.

Ik ben eenmanszaak, zonder jullie software sta ik stil. Kan er iemand naar kijken?

Groet,
Thijs Oosterbeek
Oosterbeek Luchtopnames"""),

    dict(n=7, signals="outage", priority="medium", trap="degraded", qt=0, reply=0,
         frm="Annelies Brouwer <a.brouwer@taalhuisdebrug.example>",
         to="support@klaslokaal-online.example",
         subject="haperende lessen",
         body="""\
Goedendag,

Onze taalschool gebruikt jullie virtuele klaslokaal voor de avondcursussen Nederlands als tweede taal. Sinds maandag hapert het beeld bij bijna alle groepen en valt het geluid om de paar minuten tien seconden weg. Cursisten moeten dan de hele zin opnieuw vragen, en bij een taalles is dat natuurlijk heel vervelend.

Het is niet zo dat er niets werkt: de lessen gaan door, de chat en het whiteboard doen het prima, en met de camera's uit gaat het een stuk beter. We redden ons dus, maar een hele maand zo is geen doen.

Onze verbinding is gecontroleerd (glasvezel, 500 Mbit) en het probleem is er ook bij cursisten thuis.

Met vriendelijke groet,

Annelies Brouwer
coördinator Taalhuis De Brug"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marjolein de Rooij <praktijk@tandartsen-molenwijk.example>",
         to="helpdesk@dentaplan.example",
         subject="spoed!",
         body="""\
Hallo,

Bij ons (Tandartsenpraktijk Molenwijk, klantnr. 30418) blijft het programma sinds 8:00 hangen op het blauwe laadrondje, direct na het inloggen. Op alle 7 werkplekken hetzelfde. We zien de agenda niet, kunnen geen patiëntkaarten openen en geen röntgenfoto's bekijken.

Er zijn vandaag vier tandartsen en twee mondhygiënisten met een volle planning en de wachtkamer loopt vol. We weten niet eens wie er om 9 uur komt en voor welke behandeling.

Telefonisch kom ik niet door, de wachtrij zegt 45 minuten. Bel alsjeblieft terug op het praktijknummer en vraag naar Marjolein.

M. de Rooij
praktijkmanager"""),

    dict(n=9, signals="outage", priority="high", trap="sync", qt=0, reply=0,
         frm="Gerrit Jan Holtkamp <holtkamp.melkvee@agronet.example>",
         to="service@tanksense.example",
         subject="geen gegevens meer van de tank",
         body="""\
Goedemiddag,

Onze melktanksensor stuurt sinds 05.40 uur vanochtend geen metingen meer naar het dashboard. In de app staat nog steeds de temperatuur van 05.38, en we krijgen dus ook geen alarm meer als de koeling uitvalt. Het lampje op het kastje brandt gewoon groen.

Vorige zomer viel de koeling een keer 's nachts uit en toen hebben we dankzij jullie melding 9.000 liter kunnen redden, dus ik reken er echt op. Nu loop ik om de twee uur zelf naar de tank, ook vannacht.

Kan er iemand op afstand naar kijken, of moet er een monteur komen?

Gerrit Jan Holtkamp
Melkveebedrijf Holtkamp, Dalfsen"""),

    dict(n=10, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Karin Smulders <karin@hoveniers-smulders.example>",
         to="klantenservice@loonwijs.example",
         subject="salarissen niet ontvangen!!",
         body="""\
Beste,

Vandaag is onze salarisdatum maar geen van mijn 14 medewerkers heeft iets ontvangen. In jullie portaal staat de verloning van december sinds vrijdag op "goedgekeurd" en de betaalbatch op "verzonden naar bank". De bank ziet echter geen batch binnenkomen en het geld staat nog gewoon op onze rekening.

Ik heb al drie medewerkers aan de telefoon gehad die hun huur moeten betalen.

Als het vandaag niet lukt, maak ik alles handmatig over. Maar dan moet ik zeker weten dat jullie batch niet alsnog wordt uitgevoerd, anders betalen we alles dubbel.

Graag vandaag nog een reactie.

Karin Smulders
Hoveniersbedrijf Smulders B.V."""),

    dict(n=11, signals="payment", priority="medium", trap="deposit", qt=0, reply=0,
         frm="Bas Verhoef <basverhoef@freemail-nl.example>",
         to="verhuur@skihal-zuidlaren.example",
         subject="borg nog niet terug",
         body="""\
Hallo,

In de herfstvakantie hebben we bij jullie verhuurbalie ski's, schoenen en helmen gehuurd voor het hele gezin (reservering SKH-20931). Daarvoor is 200 euro borg van mijn creditcard afgeschreven.

Alles is op 27 oktober netjes teruggebracht en de medewerker heeft het afgetekend. Op jullie site staat dat de borg binnen 10 werkdagen wordt teruggestort. Het is nu ruim zes weken later en ik heb nog niets terug gezien.

Willen jullie dit even uitzoeken?

Groet,
Bas Verhoef"""),

    dict(n=12, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="W. Verschuren <w.verschuren@planet-post.example>",
         to="abonnementen@hablamos-online.example",
         subject="Afschrijving na opzegging",
         body="""\
Geachte heer/mevrouw,

Op 30 oktober heb ik mijn abonnement op de online cursus Spaans opgezegd via "Mijn abonnement". Ik kreeg een bevestiging (kenmerk OPZ-774120) dat het per 1 november zou stoppen. Toch is op 1 december opnieuw 14,99 euro via automatische incasso van mijn rekening afgeschreven.

De bevestigingsmail heb ik bijgevoegd. Wilt u het bedrag terugstorten en nakijken of het abonnement nu echt beëindigd is? Ik wil niet dat dit in januari weer gebeurt. Zo niet, dan laat ik de incasso via mijn bank terugboeken.

Met vriendelijke groet,
W. Verschuren"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Fenna Zijlstra <fenna.z@studentenpost.example>",
         to="help@kaartjesloket.example",
         subject="vraagje",
         body="""\
hoi!

ik heb gisteren 2 kaartjes gekocht voor het winterfestival in Hoorn, alles goed ontvangen. op mijn bankafschrift zie ik naast de tickets een los bedrag van 0,79 "transactiekosten". niks mis mee hoor, maar is dat per bestelling of per ticket? ik wil volgende week nog een kaartje voor mijn zus kopen namelijk.

groetjes,
Fenna"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Joost van der Linden <j.vanderlinden@afscheid-linde.example>",
         to="support@herdenkingsplein.example",
         subject="kan niet inloggen, bericht moet vandaag online",
         body="""\
Goedemiddag,

Ik ben uitvaartverzorger en plaats via uw platform de online rouwberichten en condoleanceregisters voor families.

Sinds ik vanochtend mijn wachtwoord heb gereset, krijg ik bij het inloggen "Onbekende combinatie van e-mailadres en wachtwoord". Als ik een nieuwe resetlink aanvraag, staat er "Link is verlopen" nog voordat ik erop geklikt heb. Ik kom er dus helemaal niet meer in.

Een familie rekent erop dat het bericht over hun vader vandaag online staat: de uitvaart is overmorgen en de rouwkaarten verwijzen naar die pagina. Ik heb geen collega met een eigen account.

Kunt u mijn account handmatig herstellen?

Met vriendelijke groet,

Joost van der Linden
Uitvaartzorg Linde"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Hans van Wijk <directie@vanwijkverhuizingen.example>",
         to="zakelijk@routeplanner-pro.example",
         subject="account overzetten naar ander mailadres",
         body="""\
Hallo,

Ons zakelijke account (Van Wijk Verhuizingen, klantnummer 88213) staat op het mailadres van een planner die per 1 december uit dienst is. Zijn mailbox is inmiddels opgeheven, dus wachtwoordmails en facturen komen nergens meer aan.

Op één pc op kantoor zijn we nog ingelogd, maar in de instellingen staat het e-mailveld grijs met "alleen wijzigbaar door eigenaar".

Kunnen jullie het account op planning@vanwijkverhuizingen.example zetten? Ik ben de directeur en kan me uiteraard legitimeren.

Groeten,
Hans van Wijk"""),

    dict(n=16, signals="account", priority="medium", trap="merged", qt=0, reply=0,
         frm="Erik Sanders <erik.sanders@thuismail.example>",
         to="loyalty@hotelgroep-maasdal.example",
         subject="twee accounts samengevoegd?",
         body="""\
Goedenavond,

Na ons verblijf in jullie hotel in Maastricht afgelopen weekend zijn mijn loyaltyaccount en dat van mijn vrouw blijkbaar samengevoegd. Als ik nu inlog zie ik haar naam en haar reserveringen, en mijn eigen spaarpunten (ruim 42.000) zijn weg. Zij kan met haar eigen gegevens helemaal niet meer inloggen.

Ik vermoed dat de receptie ons als één gast heeft ingevoerd omdat we op hetzelfde adres wonen. Kunnen jullie de accounts weer splitsen en mijn punten terugzetten?

Lidnummers: 3318 2207 (ik) en 3318 9954 (mijn vrouw).

Vriendelijke groet,
Erik Sanders"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Pieter Kwakman <pieter@dekoppigeezel.example>",
         to="webshop@mouterij-groothandel.example",
         subject="tweestapsverificatie",
         body="""\
Hallo,

We bestellen via jullie groothandelsportaal mout en gist voor onze brouwerij. Onze accountant adviseert om overal tweestapsverificatie aan te zetten. Kan dat bij jullie ook, en waar vind ik dat? Bij mijn profiel zie ik alleen "wachtwoord wijzigen".

Werkt het met een authenticator-app of alleen met sms?

Dank,
Pieter
Brouwerij De Koppige Ezel"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Daan Kuipers <daan@vorstlicht.example>",
         to="sanne@ticketpoort.example",
         subject="wat een avond!",
         body="""\
Hoi Sanne,

Even een berichtje na ons winterfestival van zaterdag. De kaartverkoop liep vanaf dag één storm en de laatste week is het helemaal door het dak gegaan: 4.200 bezoekers, vorig jaar waren het er nog 2.600. Het scannen bij de ingang ging als een trein, ook toen om half negen alle pendelbussen tegelijk aankwamen. Onze vrijwilligers waren er helemaal gek van, positief bedoeld.

Eén ideetje voor volgend jaar: kunnen we bij de scanners een teller per ingang krijgen? Dan kunnen we de stroom bezoekers beter verdelen.

Nogmaals dank, we gaan volgend jaar zeker weer met jullie in zee.

Groetjes,
Daan Kuipers
Stichting Vorstlicht Festival"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Iris Mulder <iris@wakkerereiger.example>",
         to="offertes@drukkerij-hanzestad.example",
         subject="offerte etiketten nieuwe bieren",
         body="""\
Goedemorgen,

Voor het voorjaar brengen we drie nieuwe bieren uit en we willen de etiketten weer bij jullie laten drukken. De werktitels zijn uiteindelijk de echte namen geworden:

- Stroomstoring (donker, 8%)
- Kortsluiting (tripel)
- Noodrem (session IPA)

Per soort 5.000 etiketten voor de 33cl-fles, zelfde papier als vorige keer (natsterk, mat). Bij Stroomstoring willen we graag zwarte glansfolie op het zwarte vlak, kan dat?

Graag een offerte met levertijd, we bottelen half februari.

Groet,
Iris Mulder
Brouwerij De Wakkere Reiger"""),

    dict(n=20, signals="-", priority="low", trap="feature-wish", qt=0, reply=0,
         frm="Gonnie Reitsma <g.reitsma@friesepost.example>",
         to="app@bibliotheek-noordkust.example",
         subject="suggestie app",
         body="""\
Beste bibliotheek,

Ik ben al jaren lid en gebruik de app bijna dagelijks, dus eerst een compliment: reserveren en verlengen gaat prima.

Twee dingen die ik mis of die me storen:

1. Ik zou graag mijn leesgeschiedenis kunnen exporteren, bijvoorbeeld als lijstje. Ik houd bij wat ik lees en nu typ ik alles over.
2. De berichten over activiteiten komen soms om 7 uur 's ochtends binnen. Kan dat later op de dag, of kan ik alleen de herinneringen voor het inleveren aanzetten?

Geen haast, gewoon ter overweging.

Met vriendelijke groet,
Gonnie Reitsma"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Anton Veldkamp <a.veldkamp@seniorweb-mail.example>",
         to="support@helderhoren.example",
         subject="update 3.1",
         body="""\
Hallo,

Kort berichtje. Vorige maand mailde ik dat de app van mijn hoortoestellen steeds vastliep en de verbinding met het rechtertoestel kwijtraakte. Sinds update 3.1 heb ik daar geen enkele last meer van, ook niet na een hele dag bellen via de toestellen. Wat jullie ook gedaan hebben: het werkt.

Het ticket (HT-40921) mag wat mij betreft dicht.

Hartelijke groet,
Anton Veldkamp
(78 jaar en blij dat ik weer alles hoor)"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Koen Dijkstra <koen.dijkstra@wandelpost.example>",
         to="service@buitenwinkel.example",
         subject="Re: Terugroepactie kampeerbrander TrekFlame 2",
         body="""\
Hallo,

Het vervangende exemplaar is vanochtend bezorgd, netjes verpakt. De oude brander zit in de meegestuurde retourdoos en heb ik vanmiddag bij het pakketpunt afgegeven.

Bedankt voor de snelle afhandeling en de vriendelijke uitleg aan de telefoon.

Groet,
Koen Dijkstra

Op 2 dec. 2026 om 10:12 schreef Klantenservice Buitenwinkel:
> Beste heer Dijkstra,
>
> Bij een klein aantal TrekFlame 2 branders kan de afdichting bij de
> aansluiting van de gaspatroon lekken. Daardoor kan een steekvlam ontstaan
> met kans op brandwonden. Wij verzoeken u de brander niet meer te gebruiken.
> U ontvangt kosteloos een vervangend exemplaar.
>
> Met vriendelijke groet,
> Klantenservice Buitenwinkel"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Yvonne Achterberg <yvonne.achterberg@mijnpost.example>",
         to="leden@autodeel-wijk.example",
         subject="telefoon kwijt - app kan auto's openen",
         body="""\
Hallo,

Mijn telefoon is gisteravond gestolen in de trein tussen Utrecht en Amersfoort. Daarop staat jullie autodeel-app, ingelogd, met mijn rijbewijs en creditcard gekoppeld. Met die app kun je de auto's openen en starten zonder sleutel, dat is juist het idee.

Zelf kan ik niet inloggen op de website, want de verificatiecode gaat naar dat nummer en de simkaart heb ik laten blokkeren. Ik kan dus ook niet zien of iemand een rit maakt.

Kunnen jullie mijn account meteen blokkeren en alle sessies afmelden? En laten weten of er sinds gisteravond 21:00 ritten zijn geboekt?

Lidnummer 71-004382.

Yvonne Achterberg"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marloes Tijhuis <marloes.tijhuis@webpost-nl.example>",
         to="backers@samenfinancieren.example",
         subject="RE: RE: terugbetaling project Speeltuin De Zonnebloem",
         body="""\
Dit is nu mijn DERDE mail. Het project is op 4 november door de initiatiefnemers geannuleerd, en volgens jullie eigen voorwaarden krijgen backers dan binnen 14 dagen hun geld terug. Ik wacht nog steeds op mijn 250 euro. Geen reactie, geen ticketnummer, niets.

Als ik voor vrijdag niets hoor, dien ik een klacht in bij de geschillencommissie en vraag ik mijn creditcardmaatschappij om het bedrag terug te halen.

Marloes Tijhuis

Op 25 nov. 2026 om 20:03 schreef Marloes Tijhuis:
> Tweede keer dat ik mail. Waar blijft mijn terugbetaling van 250 euro?
> Het project is geannuleerd en het geld is al drie weken van mijn rekening.
>
> Op 10 nov. 2026 om 09:41 schreef Marloes Tijhuis:
>> Goedemorgen, ik heb 250 euro bijgedragen aan het project Speeltuin De
>> Zonnebloem (backer-id 55120). Ik las dat het project is stopgezet. Hoe en
>> wanneer krijg ik mijn geld terug?"""),
]
