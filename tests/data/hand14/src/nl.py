# blind15 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ingrid de Boer <ingrid.deboer@kpn-mail.example>",
         to="service@mobiscoot.example",
         subject="Scootmobiel van mijn vader – stuur zit los",
         body="""\
Goedemiddag,

Mijn vader (82) rijdt sinds november op een scootmobiel die we via u leasen
(contractnummer MS-66210, model Cruiser 4). Vanochtend reed hij over de dijk naar
de supermarkt, op de hoogste stand, toen het voorwiel ineens begon te slingeren.
Volgens een buurman die achter hem fietste, schoot het stuur naar links en kantelde
de scootmobiel de berm in. Het stuur zat daarna helemaal los in de kolom; je kon
het zo rond draaien.

Mijn vader heeft een kwartier in het natte gras gelegen voordat iemand hem overeind
kon helpen. Hij heeft een grote blauwe plek op zijn heup en zijn pols is dik
opgezet; de huisarts kijkt er vanmiddag naar. Hij heeft de rest van de ochtend
zitten trillen.

De scootmobiel staat nu in de schuur. Ik wil dat iemand hem komt ophalen en
uitzoekt hoe dit kan, en ik wil weten of andere Cruisers dezelfde stuurkolom hebben.

Ingrid de Boer
020 000 4418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ruud Verhoeven <r.verhoeven@bouwbedrijf-vdl.example>",
         to="storingen@koffiepunt-lease.example",
         subject="Koffie smaakt naar zeep, vier collega's misselijk",
         body="""\
Hallo,

Gisteren is jullie monteur bij ons op kantoor in Tilburg geweest om de
koffieautomaat op de tweede verdieping te ontkalken (contract KP-3120). Vanochtend
smaakte de koffie scherp en zeepachtig, en er kwam een chemische lucht uit de
uitloop.

Vier collega's die er vanochtend koffie uit hebben gedronken, zijn inmiddels
misselijk; twee hebben overgegeven en één collega werd zo duizelig dat ze moest
gaan liggen. Zij is nu met een taxi naar de huisarts.

We hebben de stekker eruit getrokken en er een briefje op geplakt. Welk
ontkalkingsmiddel is er gebruikt, en kan het zijn dat de machine niet is
doorgespoeld? De huisarts wil de naam van het middel weten. Graag vandaag een
reactie: 013 000 2271.

Ruud Verhoeven
Facilitair medewerker"""),

    dict(n=3, signals="safety", priority="critical", trap="privacy", qt=0, reply=0,
         frm="Mehmet Yilmaz <m.yilmaz@ziggo-mail.example>",
         to="klantenservice@apotheekkluis.example",
         subject="Mijn medicijnen en gegevens bij een vreemde terechtgekomen",
         body="""\
Geachte heer/mevrouw,

Gisteravond belde er een onbekende man bij mij aan. Hij had een sms van jullie
afhaalkluis bij apotheek De Linde gekregen met een ophaalcode, had de kluis
geopend en trof daar een zakje aan met mijn naam, adres en geboortedatum, en mijn
medicijnen, inclusief het etiket met de naam van het middel en de dosering. Hij
kwam het netjes terugbrengen, maar hij heeft dus alles kunnen lezen. De sms is
blijkbaar naar zijn nummer gestuurd in plaats van naar het mijne.

Ik vind dit een ernstig datalek. Ik wil weten hoe het kan dat mijn ophaalcode
naar een ander nummer gaat, of dit vaker is gebeurd, en of het is gemeld bij de
Autoriteit Persoonsgegevens.

Met vriendelijke groet,
M. Yilmaz"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Sanne Kuipers <sanne.kuipers@hetnet-mail.example>",
         to="info@snowplaza-dome.example",
         subject="Gevaarlijke huurslee – dopje ingeslikt door mijn zoontje",
         body="""\
Beste medewerkers,

Zondag waren we in jullie skihal, in het kindergedeelte met een huurslee. Het
rubberen dopje van het handvat zat los; mijn zoontje van 2 heeft het in zijn mond
gestopt en ingeslikt. We zijn met hem naar de spoedeisende hulp gegaan en hij
heeft een nacht ter observatie in het ziekenhuis gelegen. De arts verwacht dat het
vanzelf naar buiten komt, maar we zijn ontzettend geschrokken.

Toen we de slee terugbrachten, zag ik dat bij minstens drie andere sleeën de
dopjes ook loszaten. Dat is echt gevaarlijk voor kleine kinderen. Haal die sleeën
alstublieft meteen uit de verhuur.

Sanne Kuipers"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Daan Smit <daan@stadskoeriers-utrecht.example>",
         to="support@ridedispatch.example",
         subject="Geen enkele rit binnen sinds 11:30 – 60 koeriers staan stil",
         body="""\
Hoi,

Sinds half twaalf komt er bij geen enkele van onze koeriers nog een rit binnen in
de app. De restaurants en apotheken zien hun bestellingen wel als 'verzonden',
maar ze komen nergens aan. Er staan nu zo'n 60 riders op het Vredenburg te wachten
met hun telefoon in de hand, en de telefoon op kantoor staat roodgloeiend: klanten
vragen waar hun lunch blijft. Our international riders keep asking in the group
chat whether they will get paid for today.

We verdelen nu een paar ritten via WhatsApp, maar dat is onbegonnen werk. Kunnen
jullie per direct kijken? Ik ben bereikbaar op 030 000 8812.

Daan Smit
Operations, Stadskoeriers Utrecht"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Femke Jansen <femke.jansen@versmarkt-zwolle.example>",
         to="servicedesk@koelkluis.example",
         subject="Klanten staan voor dichte kluizen",
         body="""\
Goedemorgen,

Onze 24 gekoelde afhaalkluizen bij de ingang van de winkel in Zwolle-Zuid gaan
sinds zeven uur vanochtend niet meer open. Klanten scannen hun code, het scherm
zegt 'Even geduld…' en daarna gebeurt er niets. Er liggen 38 bestellingen in de
kluizen, met vlees en zuivel, en de klanten staan voor een dichte deur. Er staat
al een rij bij de servicebalie en de eerste klachten staan op Facebook.

Wij kunnen de kluizen vanaf onze kant ook niet openen; de beheerpagina blijft
laden. Bel me alsjeblieft: 038 000 1290.

Femke Jansen, filiaalmanager"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Erik Mulder <erik@rijschoolmulder.example>",
         to="support@examenplanner.example",
         subject="Kan geen examens meer inplannen",
         body="""\
Goedemiddag,

Sinds gisterochtend krijg ik na het inloggen op het examenportaal alleen nog een
wit scherm. Ik kan daardoor geen praktijkexamens aanvragen, geen beschikbare tijden
zien en ook de uitslagen van vorige week niet openen. Ik heb het geprobeerd op twee
computers en op mijn telefoon, met Chrome, Edge en Firefox.

Mijn leerlingen bellen me elke dag over hun examendatum. Kunnen jullie kijken?

Met vriendelijke groet,
Erik Mulder, Rijschool Mulder (relatienummer 40877)"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Joke van Dijk <joke.vandijk@planet-mail.example>",
         to="app@afvalwijzer-regio.example",
         subject="Afvalkalender leeg?",
         body="""\
Hallo,
Is het normaal dat de kalender in de afvalapp sinds de update helemaal leeg is?
Ik krijg ook geen melding meer de avond van tevoren, waardoor ik vorige week de
groene bak ben vergeten. Op de website zie ik de ophaaldagen nog wel, dus ik kijk
nu maar daar. Postcode 7511.
Groetjes, Joke"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Patrick Bakker <p.bakker@bakkerbouw.example>",
         to="klantportaal@steigerverhuur-oost.example",
         subject="Storing klantportaal – keuringsrapporten niet te downloaden",
         body="""\
Goedendag,

Jullie klantportaal ligt al sinds vrijdag plat (foutmelding 502). Ik moet morgen om
7:00 de keuringsrapporten van de steigers op ons project in Deventer aan de
uitvoerder van de hoofdaannemer laten zien, anders mogen mijn mannen niet aan het
werk. Kunnen jullie de rapporten van order SO-22841 per mail sturen zolang de
storing duurt?

Patrick Bakker"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Lotte Hendriks <lotte.hendriks@mailbox-nl.example>",
         to="boekingen@jetskiverhuur-veluwemeer.example",
         subject="Borg twee keer afgeschreven",
         body="""\
Hallo,
Zaterdag hebben we bij jullie twee jetski's gehuurd (boeking JV-1044). De borg van
€ 250 is twee keer van mijn creditcard afgeschreven, maar maar één keer
vrijgegeven. Kunnen jullie die tweede € 250 terugzetten?
Alvast bedankt,
Lotte Hendriks"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Tom de Vries <tomdevries.koerier@proton-nl.example>",
         to="uitbetalingen@fietskoerier-amsterdam.example",
         subject="Uitbetaling week 14 nog steeds niet ontvangen",
         body="""\
Beste,

Mijn uitbetaling over week 14 (€ 612,40) staat in de app al negen dagen op 'in
behandeling'. Normaal staat het geld er op dinsdag. Ik heb mijn IBAN niet gewijzigd.
Vrijdag moet ik mijn huur betalen en zonder dit geld lukt dat niet. Kunnen jullie
het vandaag nog overmaken, of laten weten wat er aan de hand is?

Groet,
Tom de Vries (koeriers-ID AMS-7731)"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Annemiek Visser <annemiek.visser@casema-mail.example>",
         to="klantenservice@containerdirect.example",
         subject="Vraagje over mijn bestelling",
         body="""\
Goedemiddag,

Wij zijn bezig met een verbouwing van onze badkamer en keuken, en eerlijk gezegd
is het een chaos in huis. De aannemer is twee weken later begonnen dan gepland, de
tegels zijn in de verkeerde kleur geleverd en de buren klagen over het lawaai.
Daarom hebben we de afvalcontainer van 6 m³ die we bij jullie hadden besteld voor
3 maart ook moeten annuleren; de aannemer neemt het puin nu zelf mee.

Ik heb op 24 februari via jullie website geannuleerd, ruim op tijd volgens de
voorwaarden, en kreeg keurig een bevestiging (annuleringsnummer CD-A-5519). Daarin
stond dat ik het bedrag van € 289,00 binnen vijf werkdagen terug zou krijgen.
Inmiddels zijn we drie weken verder en is er nog niets teruggestort.

Kunnen jullie nagaan waar het geld blijft?

Vriendelijke groet,
Annemiek Visser"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Henk Schouten <h.schouten@xs4all-mail.example>",
         to="info@parkeren-eindhoven-airport.example",
         subject="Reserveringskosten € 2,50?",
         body="""\
Goedemorgen, op mijn bevestiging voor het parkeren bij Eindhoven Airport staat
€ 2,50 reserveringskosten. Puur uit nieuwsgierigheid: waar zijn die voor? Verder
alles prima geregeld. Groet, Henk Schouten"""),

    dict(n=14, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Wilma Bos <wilma.bos@home-mail.example>",
         to="planning@zorgvervoer-boeken.example",
         subject="Re: Betaling eigen bijdrage mislukt",
         body="""\
Goedemiddag,

Dank u, de eigen bijdrage heb ik inmiddels via de bank overgemaakt. Maar nu kom ik
niet meer in mijn account: na drie keer een verkeerd wachtwoord stond er 'Account
geblokkeerd voor 24 uur', en vanochtend gebeurde hetzelfde opnieuw, ook met het
wachtwoord uit de resetmail. Ik moet vóór donderdag de rit van mijn moeder naar het
dialysecentrum boeken. Kunt u mijn account deblokkeren? Klantnummer ZV-30418.

Met vriendelijke groet,
Wilma Bos

Op 5 mrt. 2025 om 10:02 schreef Zorgvervoer Planning <planning@zorgvervoer-boeken.example>:
> Beste mevrouw Bos,
>
> De betaling van de eigen bijdrage (€ 23,50) voor de rit van 4 maart is mislukt;
> uw machtiging werd door de bank geweigerd. Wilt u het bedrag binnen 14 dagen
> overmaken onder vermelding van ritnummer R-884210?
>
> Met vriendelijke groet,
> Team Planning"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Bram Peeters <bram.peeters@telenet-mail.example>",
         to="helpdesk@muziekexamens.example",
         subject="Sms-code komt te laat binnen",
         body="""\
Dag,

Is het normaal dat de sms-code om in te loggen pas na tien à vijftien minuten
binnenkomt? Tegen die tijd is hij al verlopen, en als ik een nieuwe aanvraag, komt
die ook weer te laat. Ik kom dus al drie dagen niet in mijn account, terwijl ik het
attest van mijn theorie-examen graad 5 moet downloaden voor mijn inschrijving aan
het conservatorium.

Bram Peeters"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Nina Koster <nina.koster@oud-adres.example>",
         to="abonnementen@ijsbaan-kennemerland.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Hallo,
Ik wil het e-mailadres van mijn seizoensabonnement (schaatsen, pasnummer IJ-2093)
wijzigen naar nina.koster@nieuw-adres.example. Na het invullen krijg ik een
bevestigingsmail op het nieuwe adres, maar de link daarin geeft steeds 'Deze link
is verlopen', ook als ik meteen klik. Kunnen jullie het voor mij aanpassen?
Groetjes,
Nina Koster"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sven de Graaf <sven@degraaf-advocaten.example>",
         to="support@waterkoeler-service.example",
         subject="Tweestapsverificatie aanzetten",
         body="""\
Goedemorgen, hoe zet ik tweestapsverificatie aan voor ons klantaccount in het
bestelportaal? Ik kan de optie niet vinden onder 'Mijn gegevens'. Alvast dank.
Sven de Graaf"""),

    dict(n=18, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Gerda Smits <secretariaat@vrienden-brandweer-brandwijk.example>",
         to="verhuur@tentenverhuur-alblasserwaard.example",
         subject="Offerte tent open dag brandweerkazerne Brandwijk",
         body="""\
Goedemiddag,

Op zaterdag 14 juni houdt de vrijwillige brandweer van Brandwijk haar jaarlijkse
open dag, met demonstraties, een blusoefening voor de kinderen en een
poffertjeskraam. We zoeken een partytent van ongeveer 10 x 20 meter met
zijwanden, plus 20 statafels en 150 stoelen.

Kunnen jullie een offerte maken inclusief opbouw en afbraak? En weten jullie of we
voor zo'n tent een vergunning bij de gemeente Molenlanden nodig hebben?

Met vriendelijke groet,
Gerda Smits
Secretaris Vereniging Vrienden van de Brandweer"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jan Wouters <jan.wouters@kabelnet-mail.example>",
         to="ritten@dialysevervoer.example",
         subject="Re: Storing in onze ritplanning",
         body="""\
Geen probleem hoor, mijn zoon brengt me donderdag zelf. Dank voor het bellen.

Jan Wouters

Op di 11 mrt 2025 om 16:20 schreef Dialysevervoer Ritplanning <ritten@dialysevervoer.example>:
> Beste heer Wouters,
>
> Door een storing in ons planningssysteem kunnen we op dit moment geen ritten
> inplannen of wijzigen. Uw rit van donderdag naar het dialysecentrum is daardoor
> nog niet bevestigd. We verwachten dat het systeem morgen weer werkt en bellen u
> zodra de rit vaststaat.
>
> Met vriendelijke groet,
> Team Ritplanning"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Margriet Hoekstra <margriet.hoekstra@zeelandnet-mail.example>",
         to="info@pianostemmer-zuid.example",
         subject="Bedankt!",
         body="""\
Beste meneer Dekker,

Even een berichtje om u te bedanken. Het misverstand over de dubbele factuur is
helemaal opgelost en het bedrag staat weer op mijn rekening. En de piano klinkt
prachtig sinds uw bezoek: mijn dochter speelt weer elke dag.

Hartelijke groet,
Margriet Hoekstra"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Kevin Laan <kevin.laan@mailplein.example>",
         to="info@jetski-grevelingen.example",
         subject="Vraag over annuleren bij noodweer",
         body="""\
Hoi,
We willen in juli met een groep van acht een middag jetskiën. Wat is jullie
annuleringsbeleid als er code oranje of code rood wordt afgegeven, of bij onweer?
Krijgen we dan ons geld terug of een nieuwe datum? En vanaf welke windkracht
vinden jullie het te gevaarlijk om het water op te gaan?
Groet, Kevin"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SoundFit Car Audio <nieuws@soundfit.example>",
         to="info@autobedrijf-koster.example",
         subject="Black Friday: prijzen crashen – explosieve deals op subwoofers",
         body="""\
SoundFit Nieuwsbrief – november

BLACK FRIDAY IS HERE! Onze prijzen crashen dit weekend:
- Subwoofers waar je achterruit van gaat trillen: tot 40% korting
- Gratis inbouw van een DAB+-radio bij elke set speakers
- Storingsvrije bluetooth-carkit, nu € 99 inclusief montage

Let op: de inbouwagenda loopt storm, dus plan je afspraak op tijd. Alle montages
vallen onder onze garantie.

Don't miss out – only while stocks last!

Je ontvangt deze mail omdat je klant bent bij SoundFit. Afmelden kan hier."""),

    dict(n=23, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Rob van Leeuwen <r.vanleeuwen@klusmarkt-groep.example>",
         to="enterprise-support@huurkassa.example",
         subject="Alle 14 vestigingen: geen verhuurcontracten meer",
         body="""\
Goedemorgen,

Ik schrijf namens Klusmarkt, met 14 vestigingen in Noord-Holland en Flevoland een
van jullie grootste klanten voor de module gereedschapsverhuur.

Sinds de update van gisteravond kunnen onze medewerkers in geen enkele vestiging
een huurcontract afronden of afdrukken: na 'Contract aanmaken' blijft het scherm
op 'Bezig…' hangen. Zonder getekend contract mogen we geen gereedschap meegeven,
dus klanten die een breekhamer, tegelzaag of aanhanger komen ophalen, gaan met lege
handen weg. Het is zaterdag, onze drukste dag; in Almere staan al twintig mensen
te wachten.

Ik verwacht binnen het uur een telefoontje van jullie escalatieteam op
020 000 7730. Ons contract bevat een SLA van vier uur voor dit soort situaties.

Rob van Leeuwen
Hoofd IT, Klusmarkt Groep"""),

    dict(n=24, signals="payment", priority="medium", trap="escalation", qt=0, reply=1,
         frm="Jeroen Dekkers <jeroen.dekkers@hotmail-nl.example>",
         to="klantenservice@apk-snel.example",
         subject="Re: Kosten herkeuring – derde mail",
         body="""\
Beste klantenservice,

Dit is mijn derde mail over hetzelfde en ik heb nog steeds geen antwoord gehad,
alleen een automatische ontvangstbevestiging. Ik wil gewoon mijn € 35 terug. Als ik
deze week niets hoor, dien ik een klacht in bij de Geschillencommissie.

Jeroen Dekkers

Op 2 apr. 2025 om 19:45 schreef Jeroen Dekkers <jeroen.dekkers@hotmail-nl.example>:
> Goedenavond,
>
> Op 14 maart is mijn auto bij jullie vestiging in Amersfoort goedgekeurd na een
> herkeuring. Volgens jullie eigen voorwaarden is een herkeuring binnen 14 dagen
> gratis, maar jullie hebben € 35 herkeuringskosten afgeschreven. Wilt u dat bedrag
> terugstorten?
>
> Met vriendelijke groet,
> Jeroen Dekkers"""),
]
