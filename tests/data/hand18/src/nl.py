# blind19 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ingrid Verhoeven <ingrid.verhoeven@thuismail.example>",
         to="klantenservice@wolkmatras.example",
         subject="Matras Wolk 140x200 - glinsterende vezels en rode bultjes",
         body="""\
Goedemiddag,

Is het normaal dat er na het wassen van de hoes piepkleine glinsterende vezels uit het matras komen?

We hebben de hoes van ons Wolk-matras vorige week volgens het label op 30 graden gewassen en het matras zolang zonder hoes op het bed laten liggen. Sindsdien zitten er overal dunne glasachtige draadjes: in het dekbed, in de vloerbedekking, zelfs in de kleren in de kast ernaast. Mijn dochter (6) en ik hebben sinds drie nachten jeukende rode bultjes op armen, nek en rug; zij krabt zichzelf 's nachts open. We hoesten 's ochtends allebei en hebben een kriebel achter in de keel. De huisarts dacht aan glasvezel.

Wat moeten we met het matras doen, en hoe krijgen we de kamer weer schoon?

Met vriendelijke groet,
Ingrid Verhoeven"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ruud Bakker <ruud.bakker@vissenhobby.example>",
         to="service@aquatherm.example",
         subject="AquaTherm 100 W - tinteling in het water",
         body="""\
Hallo,

Vanochtend wilde ik een plant verzetten. Toen ik mijn hand in de bak stak, voelde ik een prikkelend getintel dat doortrok tot in mijn elleboog, en mijn arm voelde daarna nog een kwartier slap en raar aan. Bij de verwarmer zie ik een haarscheurtje in het glas vlak onder de dop en er staat vocht aan de binnenkant. Twee neontetra's lagen op de bodem.

De stekker zit er nu uit. Het apparaat is in maart bij jullie gekocht (bestelnummer AT-88412). Hoe gaat dit verder?

Ruud Bakker"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Fatima el Idrissi <f.elidrissi@postvak.example>",
         to="klantenservice@stroomvooraf.example",
         subject="Opwaarderingen met mijn creditcard die ik niet heb gedaan",
         body="""\
Goedendag,

In mijn bankapp zie ik vier betalingen van € 75,00 aan jullie, op 12 en 13 juni, met de creditcard die in mijn account is opgeslagen. Ik heb die opwaarderingen niet gedaan. Volgens het overzicht in de app gingen ze naar een meter eindigend op 5521; mijn eigen meter eindigt op 7734.

Ik heb meteen mijn wachtwoord gewijzigd en de kaart bij de bank laten blokkeren. Graag zo snel mogelijk: wie heeft er in mijn account gezeten, en krijg ik de € 300 terug?

Met vriendelijke groet,
Fatima el Idrissi
Klantnummer SV-204419"""),

    dict(n=4, signals="safety", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Sarah Mulder-Evans <sarah.mulderevans@gezinspost.example>",
         to="support@flitzer-fietsen.example",
         subject="Voorwiel Flitzer 20 inch los tijdens het fietsen",
         body="""\
Beste Flitzer,

Zaterdag schoot het voorwiel van de Flitzer 20 inch los toen mijn zoon (7) de dijk af reed. Hij is over het stuur geslagen: gebroken pols, schaafwonden over zijn hele gezicht. De snelspanner zat open, terwijl mijn man hem bij het uitpakken volgens de handleiding had vastgezet en ik hem vrijdag nog gecontroleerd heb.

We bought this bike for his birthday three weeks ago, and frankly I don't want any other child riding one.

Ik wil weten hoe dit kan en of er meer meldingen zijn. Foto's van de snelspanner stuur ik graag mee.

Sarah Mulder-Evans
06 99 81 42 07"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tweewielers De Spaak <info@despaak.example>",
         to="zakelijk@glasnet.example",
         subject="Fietsenwinkel sinds aansluiting glasvezel zonder verbinding",
         body="""\
Goedemorgen,

Gisteren heeft jullie monteur onze winkel (Tweewielers De Spaak, Marktstraat 8, Deventer) overgezet op glasvezel. Sinds vanochtend krijgen we nergens meer verbinding.

Klanten kunnen niet pinnen, het afsprakensysteem voor de werkplaats is niet te openen en de monteurs weten niet welke fietsen vandaag klaar moeten zijn. We schrijven alles op een kladblok en sturen mensen naar de geldautomaat om de hoek. Er staan nu al zes klanten te wachten op een fiets die ze vanochtend zouden ophalen.

Het oude abonnement is per gisteren opgezegd, dus we kunnen nergens op terugvallen. Bel me alsjeblieft zo snel mogelijk: 06 99 17 63 02.

Bart Hendriks
Eigenaar"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="VvE De Kolk - beheer <beheer@vve-dekolk.example>",
         to="support@parkeerpas-systemen.example",
         subject="Slagboom parkeergarage De Kolk laat geen vergunninghouders meer door",
         body="""\
Goedemorgen,

Sinds ongeveer 7.00 uur gaat de slagboom van parkeergarage De Kolk niet meer open voor bewoners met een vergunning: elk kenteken krijgt op het display "Vergunning onbekend". Het gaat om alle 210 vergunningen van zone B.

Er staat een rij auto's tot ver op de Kolkstraat, bewoners komen te laat op hun werk en de wijkagent staat het verkeer te regelen. Binnen staan de auto's ook vast, want de uitrit doet hetzelfde.

Kunnen jullie direct ingrijpen? Ik sta bij de garage en ben bereikbaar op 06 99 40 18 77.

Karin de Wit
Beheerder VvE De Kolk"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Peter van Dam <p.vandam@hollandpost.example>",
         to="klantenservice@belvast.example",
         subject="Moeder kan niet meer bellen sinds de overstap",
         body="""\
Geachte heer/mevrouw,

Sinds de overstap van mijn moeder (84) naar jullie vaste lijn vorige week kan zij niet meer bellen en wordt ze niet meer gebeld. Als ze de hoorn opneemt hoort ze alleen een kort piepje en dan niets. Ik bel haar elke ochtend, nu krijg ik "dit nummer is niet bereikbaar".

Het gaat om nummer 0570 99 12 84 op de Lindelaan 22 in Hellendoorn. Ze heeft geen mobiele telefoon. Kunnen jullie dit met voorrang oppakken?

Met vriendelijke groet,
Peter van Dam"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Marion Schreurs <marion.schreurs@grensmail.example>",
         to="storingen@glasnet.example",
         subject="Storing tv-beeld bij HD-zenders",
         body="""\
Hallo,

Sinds een paar dagen bevriest het beeld op alle HD-zenders om de paar minuten, soms met blokjes, en het geluid loopt dan ook weg. De gewone zenders (SD) doen het wel prima en internet is ook in orde, dus we kijken nu maar via de SD-versie.

Ik heb het kastje al twee keer opnieuw opgestart.

Falls es einfacher ist, können Sie meinen Mann auch auf Deutsch anrufen.

Groetjes,
Marion Schreurs
Kerkrade"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="Thuiszorg Het Anker - ICT <ict@thuiszorg-hetanker.example>",
         to="support@alarmzorg-portaal.example",
         subject="Geen enkele wijkverpleegkundige kan inloggen na wachtwoordwijziging",
         body="""\
Goedemorgen,

Na de verplichte wachtwoordwijziging van vannacht kan geen van onze 35 wijkverpleegkundigen meer inloggen op het zorgportaal. De resetlink in de mail geeft "token ongeldig of verlopen", ook als je hem binnen een minuut aanklikt.

De alarmopvolging via de meldkamer loopt gewoon door, maar de verpleegkundigen kunnen de cliëntdossiers en de codes van de sleutelkluisjes niet inzien. Zo komen ze niet binnen bij cliënten voor de geplande zorg van vanochtend: insuline, wondzorg, medicijnen aanreiken.

Graag per direct contact: 038 99 04 550.

Jeroen Smit
Applicatiebeheer Thuiszorg Het Anker"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Linda Jansen <linda.jansen@webpost.example>",
         to="klantenservice@springpret.example",
         subject="Trampoline twee keer afgeschreven",
         body="""\
Hoi,

Voor de trampoline Springpret 305 (bestelling SP-61820) is twee keer € 329,00 van mijn rekening afgeschreven, op 3 en 4 juni. Ik heb er maar één besteld en ontvangen. Willen jullie het tweede bedrag terugstorten?

Groet,
Linda Jansen"""),

    dict(n=11, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Henk Vermeulen <henk.vermeulen@mijnpost.example>",
         to="klantenservice@stroomvooraf.example",
         subject="Slimme meter en jaarafrekening",
         body="""\
Geachte klantenservice,

Allereerst een compliment: de monteur die in maart de slimme meter kwam plaatsen was keurig op tijd, legde alles rustig uit en heeft zelfs de meterkast netjes achtergelaten. Ook de app bevalt me goed; ik kijk 's avonds graag hoeveel de wasmachine en de droger verbruiken, en mijn vrouw heeft sindsdien de droger al een stuk minder vaak aan.

Wel vraag ik me af of het display in de app klopt bij teruglevering, want op zonnige dagen zie ik soms een negatief verbruik en soms niet. Misschien kunnen jullie daar in een nieuwsbrief eens iets over uitleggen.

Maar de eigenlijke reden van mijn mail: in de jaarafrekening die ik vorige week kreeg, staat een verbruik van 9.840 kWh en een bijbetaling van € 1.212,46. Wij wonen met z'n tweeën in een appartement en verbruiken normaal zo'n 2.300 kWh per jaar; de app zelf geeft voor dezelfde periode 2.280 kWh aan. Volgens mij is er een komma verschoven of zijn de standen van een andere meter gebruikt. Graag een gecorrigeerde afrekening voordat het bedrag wordt geïncasseerd.

Met vriendelijke groet,
Henk Vermeulen
Klantnummer SV-118730"""),

    dict(n=12, signals="payment", priority="high", trap="failed-payout", qt=0, reply=0,
         frm="Noor Visser <noor.visser@studentmail.example>",
         to="help@tweedehandsmeubel.example",
         subject="Uitbetaling mislukt - heb het nodig voor de huur",
         body="""\
Hallo,

Ik heb vorige week via jullie platform mijn bank verkocht voor € 380. De koper heeft hem opgehaald en betaald, maar in de app staat de uitbetaling al vijf dagen op "Mislukt - neem contact op". Mijn IBAN klopt, ik heb hem drie keer gecontroleerd (NL00 BANK 0123 4567 89).

De 28e wordt mijn huur afgeschreven en dit geld heb ik daar echt voor nodig. Kunnen jullie het vandaag nog opnieuw uitbetalen?

Alvast bedankt,
Noor Visser"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Wim de Groot <wim.degroot@postvak.example>",
         to="klantenservice@stroomvooraf.example",
         subject="Vraagje over € 0,35",
         body="""\
Goedemiddag,

Bij elke opwaardering via iDEAL zie ik € 0,35 transactiekosten staan. Geen probleem hoor, maar ik ben benieuwd waar dat voor is. Bij een automatische incasso ook?

Groet, Wim"""),

    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Daan Koster <daan.koster@snelpost.example>",
         to="klantenservice@fixjefoon.example",
         subject="Inloggen lukt niet meer na reparatie telefoon",
         body="""\
Hallo,

Vorige week is bij jullie het scherm van mijn telefoon vervangen. Daarbij is de telefoon helemaal gewist, ook de authenticator-app. Nu vraagt jullie site bij het inloggen om de code uit die app en die heb ik dus niet meer. Herstelcodes heb ik nooit opgeslagen.

Ik wil in mijn account het garantiebewijs van de reparatie downloaden. Hoe kan ik de tweestapsverificatie laten resetten?

Daan Koster
Reparatienummer FJ-40771"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Esther Hoekstra <esther.hoekstra@friesmail.example>",
         to="klantenservice@woonbron-noord.example",
         subject="Re: Storing huurdersportaal opgelost",
         body="""\
Fijn dat het weer werkt, maar ik kan nog steeds niet inloggen. Ik heb tijdens die dag een paar keer mijn wachtwoord geprobeerd en nu staat mijn account op "geblokkeerd". Een nieuw wachtwoord aanvragen helpt niet, dan krijg ik dezelfde melding.

Kunnen jullie mijn account weer vrijgeven? Huurcontract 3318-B.

Esther Hoekstra

Op 18 juni 2024 om 16:20 schreef Woonbron Noord <klantenservice@woonbron-noord.example>:
> Beste huurder,
>
> De storing in ons huurdersportaal van dinsdag is verholpen. Alle
> onderdelen zijn weer bereikbaar. Onze excuses voor het ongemak.
>
> Met vriendelijke groet,
> Woonbron Noord"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Anouk Dekker <anouk.dekker@webpost.example>",
         to="help@tweedehandsmeubel.example",
         subject="Is mijn account zomaar verwijderd?",
         body="""\
Hallo,

Is het normaal dat een account zonder waarschuwing verwijderd wordt? Sinds gisteren kan ik niet meer inloggen ("account bestaat niet") en mijn vier advertenties (eettafel, twee stoelen, kattenkrabpaal) zijn van de site verdwenen. Ik heb geen mail gehad en niets opgezegd.

Ik had net een afspraak met een koper voor de eettafel. Kunnen jullie mijn account terugzetten?

Anouk Dekker"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Gerrit Bos <gerrit.bos@postvak.example>",
         to="klantenservice@stroomvooraf.example",
         subject="Tweestapsverificatie aanzetten",
         body="""\
Goedendag,

Mijn zoon zegt dat ik tweestapsverificatie moet aanzetten op mijn account. Waar vind ik dat in de app, en kan het ook met sms in plaats van zo'n aparte app?

Vriendelijke groet,
Gerrit Bos"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mirjam Peeters <mirjam.peeters@gezinspost.example>",
         to="info@poppop-machines.example",
         subject="Popcornmachine was een knaller!",
         body="""\
Hoi!

Die popcornmachine was echt een knaller op het verjaardagsfeestje, de kinderen gingen helemaal uit hun dak en ik schrok me dood van hoeveel er in één keer uit kwam. Een bom aan gezelligheid.

Vraagje: verkopen jullie ook losse maatbekers? Die van ons is zoek.

Groetjes, Mirjam"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Tom Willems <tom.willems@snelpost.example>",
         to="service@rijwielkind.example",
         subject="Antw: Terugroepactie kinderhelm Kiddo S",
         body="""\
Dank voor het bericht. Ik kom de helm dinsdag omruilen in de winkel in Zwolle. Kan ik dan meteen een maat M nemen in plaats van S? Mijn dochter groeit er toch bijna uit.

Tom Willems

>>> Rijwielkind klantenservice <service@rijwielkind.example> 14-6-2024 10:02 >>>
> Beste klant,
>
> Uit eigen controle is gebleken dat bij de kinderhelm Kiddo S uit de
> productieweek 12 de sluiting bij een val kan losschieten. Voor uw
> veiligheid vragen wij u de helm niet meer te gebruiken en kosteloos om
> te ruilen in een van onze winkels.
>
> Met vriendelijke groet,
> Rijwielkind"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Lotte Brouwer <lotte.brouwer@mijnpost.example>",
         to="klantenservice@knaagdierpaleis.example",
         subject="Bedankt voor de nieuwe kooi",
         body="""\
Hallo,

De vervangende hamsterkooi is gisteren gekomen. Het deurtje sluit nu wel goed en Pluis is vannacht niet meer ontsnapt. Super bedankt voor de snelle afhandeling!

Lotte"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Jan-Willem Smits <jw.smits@vakantiepost.example>",
         to="verkoop@slaapbankenshop.example",
         subject="Vraag over slaapbank Texel en retourbeleid",
         body="""\
Goedemiddag,

Wij overwegen de slaapbank Texel voor onze vakantiewoning. Twee vragen voordat we bestellen:

1. Is de bekleding brandvertragend behandeld? Onze verzekeraar vraagt daarnaar voor verhuur.
2. Hoe werkt jullie retourbeleid: krijg ik mijn geld terug als de bank niet door de deur past, en wie betaalt dan het terugsturen?

Met vriendelijke groet,
Jan-Willem Smits"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Tuinparadijs <nieuwsbrief@tuinparadijs.example>",
         to="klantenservice@tuinparadijs.example",
         subject="Hittegolf-alarm: deals die inslaan als een bom!",
         body="""\
HITTEGOLF-ALARM IN HET TUINPARADIJS

Het wordt 34 graden en onze prijzen smelten mee:

- Opblaasboot Zeeslag 2-persoons: nu € 59,95
- Zwembad Tropica 3 meter: brandend actueel, € 99
- Kajak Orka met peddels: 25% korting
- Tuinslang 20 m met sproeier: knallerprijs € 14,99

Don't miss out - alleen dit weekend!

Wil je deze nieuwsbrief niet meer ontvangen? Klik dan hier om je af te melden."""),

    dict(n=23, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Basisschool De Regenboog - administratie <administratie@obs-regenboog.example>",
         to="zakelijk@bidonenbrood.example",
         subject="Factuur 420 bidons en broodtrommels klopt niet - subsidie sluit vrijdag",
         body="""\
Geachte heer/mevrouw,

Voor ons project "Gezond naar school" hebben wij 420 bidons en 420 broodtrommels bij u besteld, voor alle leerlingen. Afgesproken was een schoolprijs van € 6,50 per set (offerte OF-2024-118). Op de factuur (F-77301) staat echter de winkelprijs van € 11,95 per set, in totaal € 5.019,00 in plaats van € 2.730,00.

De factuur moet vrijdag bij de gemeente liggen voor onze subsidieaanvraag; daarna sluit de regeling. Kunt u vóór donderdag een gecorrigeerde factuur sturen?

Met vriendelijke groet,
Hanneke Kuipers
Administratie OBS De Regenboog"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rob Hermans <rob.hermans@nieuwmail.example>",
         to="parkeren@gemeente-westerveld.example",
         subject="Antw: E-mailadres wijzigen account parkeervergunning",
         body="""\
Goedemorgen,

Dit is mijn derde mail over hetzelfde, zie hieronder. Drie weken later kan ik nog steeds niet in mijn account. Maandag verloopt mijn bezoekersvergunning en die kan alleen via dat account verlengd worden. Mijn moeder komt die week bij ons logeren.

Graag vandaag een reactie, of bel me op 0521 99 30 64.

Rob Hermans

Op 3 juni 2024 om 09:12 schreef Rob Hermans <rob.hermans@nieuwmail.example>:
> Goedemorgen,
>
> Mijn oude e-mailadres (bij een provider die gestopt is) bestaat niet
> meer, dus de link voor een nieuw wachtwoord komt nergens aan. Ik kan
> daardoor niet meer inloggen op mijn account voor de parkeervergunning.
> Kunnen jullie het e-mailadres wijzigen naar dit adres?
>
> Rob Hermans, Esdoornlaan 14, Dwingeloo"""),
]
