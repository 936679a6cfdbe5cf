# blind8 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke de Groot <marieke.degroot@kpn-post.example>",
         to="klantenservice@medipomp.example",
         subject="Vraag over de pomp van onze zoon",
         body="""\
Goedemiddag,

Onze zoon Sem (11) gebruikt sinds de zomer de MediPomp S2 (serienummer S2-004719). Tot nu toe waren we er erg tevreden over.

Gisteravond rond half elf heeft de pomp zelf een bolus van 6 eenheden gegeven. Niemand had iets ingetoetst, Sem lag al te slapen en de pomp zat in zijn broekband. In de geschiedenis staat het gewoon als 'handmatige bolus'. Een uur later was hij klam, lag hij te trillen en kregen we hem bijna niet wakker; zijn sensor gaf 2,1. We hebben hem druivensuiker gegeven en de huisartsenpost gebeld. Hij is nu weer goed.

Vanochtend hebben we de pomp losgekoppeld en zijn we teruggegaan naar pennen. We willen graag weten wat er met het apparaat aan de hand is en of we het naar u moeten opsturen. Ik heb foto's van het logboek gemaakt.

Met vriendelijke groet,
Marieke de Groot"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Youssef El Amrani <y.elamrani@ziggo-post.example>",
         to="klantenservice@metrotram-rijnmond.example",
         subject="lijn 7 halte Beurs, vanochtend 8:12",
         body="""\
Hallo,

Vanochtend stapte mijn dochter (9) in lijn 7 bij halte Beurs, ik liep vlak achter haar. De deuren gingen dicht terwijl mijn hand en haar rugzak er nog tussen zaten, en ze gingen niet meer open. De tram is gewoon gaan rijden. Ik heb een stuk mee moeten rennen voordat ik los kwam. Mijn dochter stond binnen te huilen, ik op het perron.

Een mevrouw naast de deur heeft nog op de knop gedrukt, er gebeurde niks. Een meneer is met mijn dochter bij de volgende halte uitgestapt en heeft gewacht tot ik er was, daar ben ik hem heel dankbaar voor.

Mijn pols is blauw en dik en ik kan hem slecht bewegen. Het was volgens mij tram 3042.

Dit moet echt bekeken worden voordat het een ander overkomt. Ik wil graag weten wat jullie hiermee doen.

Youssef El Amrani"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Ingrid Bos <i.bos@kdv-zonnebloem.example>",
         to="service@kindermeubel-holland.example",
         subject="Commode Luna 120 omgevallen - graag direct contact",
         body="""\
Geachte heer/mevrouw,

Op ons kinderdagverblijf De Zonnebloem staan vier commodes Luna 120 (bestelling KM-20931, geleverd in oktober).

Vanmiddag is er één voorover gekanteld toen een pedagogisch medewerker het onderste laatje opentrok terwijl er een baby op het aankleedkussen lag. Zij kon de baby nog net opvangen, maar de commode kwam met zijn volle gewicht op haar knie terecht. Ze is nu bij de eerste hulp voor een foto. De baby is ongedeerd.

Bij controle bleek dat de muurbevestiging uit de doos niet geschikt is voor gipswanden en er gewoon uitgetrokken is. Bij de andere drie zit precies dezelfde set.

Wij vinden dit gevaarlijk en gebruiken de commodes voorlopig niet meer. Graag per omgaande contact over wat we moeten doen, en of andere klanten gewaarschuwd worden.

Met vriendelijke groet,
Ingrid Bos
Locatiemanager KDV De Zonnebloem"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="late-reveal", qt=0, reply=0,
         frm="Pieter Jansen <pjansen@xs4all-post.example>",
         to="support@rijdnu-taxi.example",
         subject="Afschrift november",
         body="""\
Hallo,

Ik gebruik RijdNu eigenlijk alleen als ik naar Schiphol moet, een keer of vier per jaar. Mijn creditcard staat gekoppeld aan de app.

Bij het nakijken van mijn afschrift zag ik deze week elf ritten die ik niet heb gemaakt, allemaal tussen 28 november en 3 december, in Rotterdam en Antwerpen, samen €612,40. Ik woon in Zwolle en ben die week niet van huis geweest. In de app staan ze ook, onder mijn naam, maar vanaf een telefoon die ik niet ken (Samsung, ik heb zelf een iPhone). Er is ook een nieuw thuisadres toegevoegd.

Ik heb mijn kaart laten blokkeren en mijn wachtwoord veranderd. Kunt u de ritten terugboeken en uitzoeken hoe iemand in mijn account is gekomen?

Groet,
Pieter Jansen"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Huisartsenpraktijk Het Anker <praktijk@hetanker-huisartsen.example>",
         to="support@zorgbeeld.example",
         subject="Geen enkel videoconsult komt tot stand",
         body="""\
Goedemorgen,

Sinds 8:00 komt bij ons geen enkel videoconsult meer tot stand. De patiënt krijgt de link, klikt erop en blijft hangen op 'Verbinden met uw zorgverlener…'. Aan onze kant draait het rondje eindeloos door. Alle vier de huisartsen en de twee praktijkondersteuners hebben hetzelfde, op verschillende computers en browsers.

Vanochtend staan er 46 consulten ingepland, onder andere diabetescontroles en een paar kwetsbare ouderen die we juist niet naar de praktijk willen laten komen. De telefoon staat roodgloeiend en terugbellen lukt maar half.

Kunnen jullie met spoed kijken? Bel gerust de praktijk.

Eva Smit
Praktijkmanager"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Bram Hendriks <bram@hendriks-keramiek.example>",
         to="zakelijk@pakketpost-express.example",
         subject="storing?",
         body="""\
Hoi,

Is er een storing bij jullie? Al sinds gisteren 16:00 krijg ik bij het aanmaken van verzendlabels alleen 'Er is iets misgegaan (code 5021)'. Geen enkel label lukt, ook niet via een andere browser, dus er gaat vandaag niks de deur uit. Er staan 23 bestellingen ingepakt klaar.

Wat moet ik doen?

Bram
Hendriks Keramiek"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Annelies Mulder <a.mulder@bouwbedrijf-mulder.example>",
         to="support@salarisvlot.example",
         subject="Loonstroken openen lukt niet in de app",
         body="""\
Goedemiddag,

Sinds de update van dinsdag kunnen onze medewerkers in de app hun loonstrook van november niet meer openen: de pdf laadt tot 90% en dan krijgen ze een leeg scherm. Via de website op een laptop lukt het wel, alleen erg traag (soms een minuut of twee).

De verloning zelf is goed gegaan en iedereen is op tijd betaald, daar gaat het niet om. Voorlopig mail ik de stroken zelf rond, maar met 48 man op de bouw is dat een flinke klus.

Graag even laten weten of dit bekend is en wanneer het opgelost wordt.

Met vriendelijke groet,
Annelies Mulder
Bouwbedrijf Mulder & Zn."""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Hans Vermeulen <secretaris@vv-de-zwaluwen.example>",
         to="helpdesk@clubmanager.example",
         subject="wedstrijdformulieren",
         body="""\
Beste helpdesk,

Ik ben wedstrijdsecretaris van VV De Zwaluwen. Sinds vrijdagavond blijft de ClubManager-app bij 'Wedstrijdzaken' alleen maar draaien, en op de website krijg ik na het inloggen een wit scherm op die pagina. Inloggen zelf gaat gewoon goed.

Hierdoor kan ik geen digitale wedstrijdformulieren klaarzetten en geen scheidsrechters toewijzen, en zaterdag spelen er bij ons 14 teams thuis. App opnieuw geïnstalleerd, andere telefoon, cache gewist: allemaal geprobeerd.

Bij de buurclub werkt het wel, dus ligt het aan iets bij onze club? Graag snel een reactie.

Vriendelijke groet,
Hans Vermeulen"""),

    dict(n=9, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rick van Dijk <rick.vandijk@schouwburg-kampen.example>",
         to="spoed@ticketpoort.example",
         subject="SPOED scanners ingang",
         body="""\
Alle scanners bij de ingang geven rood bij elk ticket, ook bij tickets die vanmiddag bij de test nog gewoon groen gaven. Melding: 'Onbekend evenement'.

Voorstelling is de Sinterklaasmusical, uitverkocht, 640 bezoekers met heel veel kinderen, begint om 19:00. De deuren zijn open en de rij staat tot buiten op het plein. We laten mensen nu op goed vertrouwen binnen maar kunnen niks controleren.

Bel me: 06-23456789

Rick
hoofd zaal"""),

    dict(n=10, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Sanne Kok <sanne@kapsalon-knipkok.example>",
         to="support@pinbetaal.example",
         subject="Uitbetaling ontbreekt",
         body="""\
Hallo,

De uitbetalingen van jullie pinautomaat voor 4, 5 en 6 december staan nog steeds niet op mijn rekening. In het dashboard staat bij alle drie 'Uitbetaald', samen €3.418,75, maar er is niks binnengekomen en mijn bank ziet ook niks onderweg. Normaal staat het er de volgende werkdag op. Mijn rekeningnummer is niet gewijzigd.

Vrijdag moet ik mijn drie medewerkers betalen en de huur van de salon gaat er de 1e af, dus dit is voor mij echt een probleem.

Kunnen jullie uitzoeken waar het geld is?

Sanne Kok
Kapsalon Knip & Kok"""),

    dict(n=11, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="Wim Peeters <w.peeters@telenet-post.example>",
         to="leden@thermen-de-veluwe.example",
         subject="abonnement opgezegd maar toch afgeschreven",
         body="""\
Goedendag,

Ik heb mijn saunabonnement (lidnummer TV-22094) per 1 oktober opgezegd en daar op 14 september een bevestiging van gekregen. Toch is er op 1 november en op 1 december weer €39,95 van mijn rekening afgeschreven. Ik kom al sinds september niet meer.

Graag beide bedragen terugstorten en de incasso stopzetten. De bevestigingsmail stuur ik mee.

Met vriendelijke groet,
Wim Peeters"""),

    dict(n=12, signals="payment", priority="medium", trap="direct-debit", qt=0, reply=0,
         frm="Gerda van der Meer <gerda.vdmeer@hetnet-post.example>",
         to="ledenadministratie@protestantse-gemeente-zuidhorn.example",
         subject="Aanmaning kerkbijdrage",
         body="""\
Geachte ledenadministratie,

Vandaag ontving ik een aanmaning voor de kerkbijdrage van het vierde kwartaal, met €7,50 administratiekosten, omdat de incasso van 25 oktober 'gestorneerd' zou zijn.

Ik heb mijn bank gebeld: er stond ruim voldoende op de rekening en zij zien geen enkele poging tot afschrijving van uw kant. Ik betaal al dertig jaar trouw en vind zo'n brief eerlijk gezegd niet prettig.

Wilt u nakijken wat er mis is gegaan, de incasso opnieuw uitvoeren en de kosten laten vervallen?

Met vriendelijke groet,
G. van der Meer-Dijkstra"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Tom Brouwer <tom.brouwer@planet-post.example>",
         to="bestellen@bakkerij-vanrossum.example",
         subject="vraagje",
         body="""\
Hoi,

Ik bestel elke zaterdag bij jullie via de site (broden, krentenbollen, soms een taart). Afgelopen week stond er ineens €1,95 bezorgkosten op mijn bon, terwijl ik boven de €20 zat en dat toch altijd gratis was?

Is dat veranderd of ging er iets mis? Geen ramp hoor, ik wil het gewoon even weten.

Groetjes,
Tom"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Karin Smits <karin@smits-administratie.example>",
         to="support@aangifteplus.example",
         subject="Verificatiecode komt niet binnen",
         body="""\
Goedemorgen,

Sinds gisteren kan ik niet meer inloggen in AangiftePlus. Na mijn wachtwoord vraagt het systeem om de code uit de authenticator-app, maar ik heb een nieuwe telefoon en de app is bij het overzetten leeggeraakt. De optie 'code per sms' geeft 'niet beschikbaar voor dit account'.

Ik ben zzp-administrateur en doe de btw-aangiftes voor 27 klanten, en ik kan er op geen enkele manier meer in. Alles staat stil.

Hoe kan ik mijn tweestapsverificatie laten resetten? Ik kan me uiteraard identificeren, met kopie id en KvK-uittreksel.

Karin Smits"""),

    dict(n=15, signals="account", priority="medium", trap="wrong-owner", qt=0, reply=0,
         frm="Lars de Vries <lars.devries@mail-post.example>",
         to="service@stroomfiets.example",
         subject="fiets staat nog op naam vorige eigenaar",
         body="""\
Hallo,

Ik heb een tweedehands Stroomfiets S5 gekocht (framenummer SF5-118832). Als ik hem in de app wil toevoegen krijg ik: 'Deze fiets is al gekoppeld aan een ander account'.

De vorige eigenaar is naar het buitenland verhuisd en reageert niet meer op berichten. Zonder koppeling kan ik het slot niet via de app bedienen en de tracking niet aanzetten.

Ik heb de aankoopbon, het overdrachtsbewijs en beide sleutels. Kunnen jullie de fiets loskoppelen van zijn account en aan het mijne hangen?

Groet,
Lars"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ria Hoekstra <ria.hoekstra@caiway-post.example>",
         to="klantenservice@veilighuis-alarm.example",
         subject="tweestapsverificatie",
         body="""\
Goedendag,

Mijn schoonzoon zei dat ik in de app van het alarmsysteem 'tweestapsverificatie' moet aanzetten. Waar vind ik dat? Ik heb een iPad.

Ik ben niet zo handig met die dingen, dus graag stap voor stap uitgelegd. Verder werkt alles prima.

Alvast bedankt!
Ria Hoekstra"""),

    dict(n=17, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Femke Dekker <femke.dekker@upc-post.example>",
         to="klantenservice@bioscoop-lumen.example",
         subject="Re: Storing website afgelopen zaterdag",
         body="""\
Hallo,

Bedankt voor de uitleg over zaterdag. Maar sinds dat weekend is mijn Lumen Onbeperkt-account gewoon weg: als ik inlog met femke.dekker@upc-post.example krijg ik 'Er bestaat geen account met dit e-mailadres'. Mijn pas (nr. LU-7740213) wordt bij de kassa ook niet meer herkend, en mijn twee reserveringen voor vrijdag zie ik nergens meer.

De maandelijkse betaling loopt gewoon door, dus ik ga ervan uit dat ik nog lid ben. Kunnen jullie mijn account terugzetten?

Groetjes,
Femke

Op 5 dec. 2026 om 10:02 schreef Bioscoop Lumen <klantenservice@bioscoop-lumen.example>:
> Beste bezoeker,
> Afgelopen zaterdag lag onze website door een storing enkele uren plat
> en konden er geen kaartjes worden gekocht. Inmiddels werkt alles weer.
> Onze excuses voor het ongemak."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Joke Willems <joke@bakkerij-willems.example>",
         to="feedback@webwinkelbouwer.example",
         subject="complimenten + een wens",
         body="""\
Hallo allemaal,

Even een compliment: sinds we in oktober met jullie webshop zijn begonnen, lopen de bestellingen storm. Die kerststollen-actie was een knaller, de oven draait overuren en mijn man staat om drie uur 's nachts al te kneden. Het afhaalsysteem is een schot in de roos.

Eén wens voor de toekomst: zou het mogelijk zijn om klanten bij het afrekenen een tijdslot van een kwartier te laten kiezen in plaats van een half uur? Nu staat het om half negen soms rijen dik in de winkel.

Geen haast, gewoon een idee.

Hartelijke groet,
Joke Willems
Bakkerij Willems, Deventer"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Marco Peters <marco.peters@kabelnoord-post.example>",
         to="webshop@tuincentrum-de-linde.example",
         subject="Vuurdoorn en Brandende liefde",
         body="""\
Goedemiddag,

Mijn bestelling (TL-50817) is gisteren keurig aangekomen, de hele lading stond netjes ingepakt bij de voordeur.

Ik wil graag nog bijbestellen voor de voortuin: tien Vuurdoorns 'Red Column' en een paar Brandende liefde (Lychnis). Een paar vragen:
- zijn de vuurdoorns in pot van 3 liter winterhard genoeg om nu nog te planten?
- hebben jullie de Brandende liefde ook in het wit, of alleen rood?
- heeft de vuurdoorn echt zulke gemene stekels dat ik dikke handschoenen nodig heb?

Met vriendelijke groet,
Marco Peters"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Dennis Verbeek <d.verbeek@online-post.example>",
         to="klantenservice@kluisjespunt.example",
         subject="BELACHELIJK!!!!",
         body="""\
Wat is dit voor BELACHELIJKE service?!

Mijn pakket (nieuwe hoezen voor de tuinstoelen, bestelnr. KP-3390127) zou dinsdag in het kluisje bij station Amersfoort liggen. Het werd WOENSDAG. En dan zit het ook nog in het bovenste vak, waar ik met moeite bij kon. Ik ben er twee keer voor omgereden!!!

Jullie moeten je echt eens afvragen hoe klantvriendelijk dit is. Ik verwacht op zijn minst een reactie.

D. Verbeek"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Henk Bakker <henk.bakker@solcon-post.example>",
         to="monitoring@alarmcentrale-noord.example",
         subject="terugkoppeling bewegingsmelder",
         body="""\
Beste mensen,

Even een terugkoppeling. Vorige maand hadden we bijna elke nacht vals alarm door de bewegingsmelder in de gang (onze kat, bleek later), en twee keer had de meldkamer ons al aan de telefoon.

Sinds jullie monteur op 24 november de huisdiervriendelijke melder heeft geplaatst, hebben we geen enkele melding meer gehad. Eindelijk weer rustige nachten! De rekening van het bezoek is ook al voldaan.

Dank aan monteur Erik voor de snelle hulp en de uitleg.

Groeten,
Henk en Truus Bakker"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Noor Jacobs <noor.jacobs@mailbox-post.example>",
         to="info@inktwerk-studio.example",
         subject="Re: aanbetaling dubbel afgeschreven",
         body="""\
Hoi Daan,

Top, het tweede bedrag staat weer op mijn rekening. Dank je voor het snelle regelen!

Nog een vraagje over de afspraak zelf: mag ik de dagen ervoor gewoon sporten, of kan ik dat beter laten? En krijg ik de schets nog vooraf te zien of doen we dat op de dag zelf?

Tot 19 januari!
Noor

Op 3 dec. 2026 om 14:27 schreef Inktwerk Studio <info@inktwerk-studio.example>:
> Hoi Noor,
> Klopt, de aanbetaling van €100 is door een fout in onze kassa twee keer
> afgeschreven. Ik heb het tweede bedrag teruggeboekt, het kan 3-5 werkdagen duren.
> Groet, Daan"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Sophie van Leeuwen <sophie.vanleeuwen@ziggo-post.example>",
         to="support@slimslot.example",
         subject="telefoon gestolen - slot",
         body="""\
Goedenavond,

Vanmiddag is in de trein mijn tas gestolen, met mijn telefoon en een envelop met ons adres erop. Op die telefoon staat de SlimSlot-app, ingelogd, waarmee je onze voordeur opent. Er zit alleen een veegpatroon op.

Ik probeer nu vanaf de laptop van de buurvrouw in te loggen om die telefoon uit het account te gooien, maar ik kom er niet in: de inlogcode wordt natuurlijk naar mijn gestolen telefoon gestuurd.

Ik ben vannacht alleen thuis met twee kleine kinderen. Hoe blokkeer ik de toegang van die telefoon NU? Ons slot: SlimSlot Pro, serienummer SSP-55-20841.

Sophie van Leeuwen"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Erik Kuipers <e.kuipers@distributie-kuipers.example>",
         to="support@magazijnmeester.example",
         subject="koppeling met vervoerder DPX werkt niet (geen spoed)",
         body="""\
Hallo,

Sinds de nacht van zondag op maandag worden zendingen voor vervoerder DPX niet meer automatisch doorgezet vanuit MagazijnMeester. De orders blijven op 'Klaar voor verzending' staan en in het logboek zie ik 'Timeout bij aanmelden zending'.

Alle andere vervoerders werken gewoon, en picken, heftrucktaken en voorraadbeheer lopen prima. Het gaat om zo'n 15 pakketten per dag. We exporteren ze nu 's middags als CSV en uploaden ze handmatig in het portaal van DPX; dat kost een kwartiertje, dus geen paniek.

Wel graag opgelost voordat de kerstdrukte echt begint.

Groet,
Erik Kuipers
Distributie Kuipers BV"""),
]
