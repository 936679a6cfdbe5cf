# blind21 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Henk Bosman <h.bosman@kpnpost.example>",
         to="service@mobiscoot.example",
         subject="Scootmobiel schiet vooruit als mijn moeder achteruit wil",
         body="""\
Goedemiddag,

Mijn moeder (88) rijdt sinds februari op een MobiScoot Comfort 4
(framenummer MS4-20931). Vanochtend wilde ze in de gang achteruit rijden om de
voordeur dicht te doen. In plaats van achteruit schoot de scootmobiel met een
ruk naar voren, tegen de muur, en ze kon hem pas stilzetten door de sleutel om
te draaien. Ze heeft een grote blauwe plek op haar scheenbeen en zat een half
uur later nog te trillen.

Daarna heb ik het zelf geprobeerd op de stoep, in de laagste stand: twee van de
vijf keer gebeurde precies hetzelfde, en één keer stopte hij pas na een meter
nadat ik de hendel had losgelaten.

De scootmobiel staat nu zonder sleutel in de schuur, maar ze heeft hem nodig
voor de boodschappen en de dagbesteding. Wanneer kan er iemand komen kijken?

Met vriendelijke groet,
Henk Bosman
tel. 020 - 000 4817"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@ziggopost.example>",
         to="klantenservice@dingdong-deurbel.example",
         subject="Klepje batterijvak gong gaat vanzelf open",
         body="""\
Hallo,

Gisteravond vond ik onze dochter van 2 met het knoopcelbatterijtje van de gong
(het binnenstation van de DingDong Video-deurbel) in haar mond. Ik heb het er
meteen uitgehaald, ze huilde en bleef naar haar keel wijzen. We zijn 's nachts
nog naar de huisartsenpost gereden; daar konden ze niets vinden, maar we moeten
haar de komende dagen goed in de gaten houden.

Het gongetje staat op het dressoir, op kniehoogte. Ik heb net gekeken: het
klepje van het batterijvak springt al open als je er zachtjes met je duim op
drukt, er zit geen schroefje in. Bij de gong van de buren (zelfde model, iets
ouder) zit wel een schroefje.

Klopt dit? Ik wil graag weten of er een vervangend klepje of een andere gong
komt. Bestelnummer DD-2023-55190.

Groet,
Sanne de Wit"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Rachid El Amrani <r.elamrani@mailbox-nl.example>",
         to="support@opslagbox.example",
         subject="Paspoort en facturen van een andere huurder in mijn portaal",
         body="""\
Beste Opslagbox,

Toen ik vanavond inlogde op Mijn Opslagbox om mijn huur te bekijken, stonden
onder 'Documenten' ineens vier facturen en een scan van het paspoort van een
andere huurder, ene J. Vermeulen uit Tilburg, inclusief zijn unitnummer (B-112)
en de toegangscode van zijn box.

Dit is een ernstig datalek. Als ik zijn code kan zien, kan iemand anders
misschien ook de mijne zien. Ik heb niets gedownload.

Laat me per omgaande weten wat jullie eraan doen en of mijn gegevens ook bij
anderen zichtbaar zijn. Ik wil ook dat de toegangscode van mijn eigen unit
(A-047) vandaag nog wordt gewijzigd.

Mvg,
Rachid El Amrani"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Daan Hoekstra <daan@hoekstra-dronewerk.example>",
         to="support@skylog.example",
         subject="Account gehackt – kan niet meer inloggen bij SkyLog",
         body="""\
Hoi,

Vannacht kreeg ik een mail dat het e-mailadres van mijn SkyLog-account is
gewijzigd naar een adres dat ik niet ken, en tien minuten later dat mijn
wachtwoord is aangepast. Ik kan nu niet meer inloggen. Ik heb dit niet zelf
gedaan.

In dat account staan al mijn vluchtlogs, de dakfoto's en kaarten van klanten
(ik doe inspectievluchten voor dakdekkers) en er is een creditcard aan
gekoppeld.

Kunnen jullie het account blokkeren en aan mij teruggeven? Mijn
operatornummer is NL-UAS-0038812.

Groet,
Daan Hoekstra"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lotte Janssen <lotte@zomerveld-festival.example>",
         to="support@ticketpoort.example",
         subject="Alle tickets rood bij de ingang – poorten open om 18.00",
         body="""\
Hallo supportteam,

Het is nu 17.40. Sinds de update van jullie scanapp van vanmiddag geven alle
handscanners bij de ingang van Zomerveld een rood kruis bij elk ticket, ook bij
tickets die we vanochtend zelf nog hebben getest.

Om 18.00 gaan de poorten open en we verwachten 2.300 bezoekers. We kunnen nu
alleen nog op naam controleren met een uitgeprinte lijst, en dat gaat nooit
lukken met die aantallen.

Bel mij alsjeblieft direct: 020 - 000 9314.

Lotte Janssen
Productieleider Stichting Zomerveld"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Wouter Smit <wouter@brouwerij-driehoefijzers.example>",
         to="service@tankwatch.example",
         subject="Geen temperaturen meer van de gisttanks sinds 02.00",
         body="""\
Goedemorgen,

Ons TankWatch-dashboard laat sinds vannacht 02.00 bij alle zes gisttanks alleen
streepjes zien: geen temperatuur, geen druk. De koeling van de tanks wordt via
jullie module aangestuurd en de glycolpomp reageert ook niet meer. Tank 3 en 4
(samen zo'n 6.000 liter tripel in hoofdgisting) voelen aan de buitenkant
duidelijk warmer aan dan normaal. Loopt de temperatuur nog verder op, dan is de
hele batch weg.

De gateway hebben we al herstart, geen verschil. Graag zo snel mogelijk een
monteur of instructies.

Wouter Smit
Brouwerij De Drie Hoefijzers
020 - 000 3366"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Marloes Kuipers <marloes.kuipers@hetnet-mail.example>",
         to="service@aquazacht.example",
         subject="Ontharder verbruikt geen zout?",
         body="""\
Goedendag,

Is het normaal dat de ontharder na drie weken nog steeds geen korrel zout
heeft verbruikt? Het zoutniveau in de bak is sinds de installatie op 12 maart
niet gezakt, de teststrip geeft dezelfde hardheid als het leidingwater
(16 °dH), en de waterkoker en de douchekop zitten alweer vol kalk. Het display
toont gewoon de tijd, geen foutmelding. Volgens mij doet het apparaat dus
helemaal niets.

Type AquaZacht 25, geplaatst door Van Dijk Installaties.

Met vriendelijke groet,
Marloes Kuipers"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Bart Meijer <bart.meijer@tuinhuis-mail.example>",
         to="help@poolflow.example",
         subject="Zwembadpomp staat in de app steeds op 'offline'",
         body="""\
Hoi,

Onze PoolFlow VS-pomp staat in de app al een paar dagen op 'offline'. The app
just says "Device unreachable, please try again later". De pomp draait wel
gewoon volgens het ingestelde schema en met de knoppen op de pomp zelf kan ik
alles regelen; alleen op afstand lukt niets en ik zie het verbruik niet meer.
Wifi werkt elders in de tuin prima.

Niet dringend, wel irritant.
Gr. Bart"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ria van Leeuwen <ria.vanleeuwen@planet-post.example>",
         to="support@keyless-slot.example",
         subject="Voordeur gaat niet meer van het slot via de app",
         body="""\
Goedemiddag,

Sinds vanochtend krijg ik de voordeur met de KeyLess-app niet meer open. De app
zegt 'Slot niet gevonden' en de knop blijft grijs, en het codepaneel naast de
deur reageert ook niet op mijn code. Gelukkig heeft de buurvrouw een
reservesleutel, maar ik ben de hele week op reis en de hondenuitlaatservice
moet elke middag binnen kunnen.

Kunt u nagaan wat er aan de hand is? Slotnummer KL-50-21877.

Ria van Leeuwen"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Fleur Mulder <fleur.mulder@mailbox-nl.example>",
         to="klantenservice@washaal.example",
         subject="Twee keer afgeschreven voor dezelfde was",
         body="""\
Hallo WasHaal,

Voor ophaalorder WH-66310 (zaterdag, 2 zakken) is er twee keer € 34,90 van
mijn rekening afgeschreven, allebei op 8 april. Willen jullie één bedrag
terugstorten?

Bedankt,
Fleur Mulder"""),

    dict(n=11, signals="payment", priority="high", trap="deposit", qt=0, reply=0,
         frm="Emre Yilmaz <emre.yilmaz@webpost-nl.example>",
         to="administratie@verhuizingen-vanderlinden.example",
         subject="Borg verhuisdozen nog niet terug – nodig vóór vrijdag",
         body="""\
Beste Verhuisbedrijf Van der Linden,

Op 2 mei hebben jullie de 40 geleende verhuisdozen en de kledingkisten
opgehaald. Volgens de offerte zou de borg van € 300 binnen 5 werkdagen
terugkomen, maar ik heb nog niets ontvangen.

Ik zit nu krap: vrijdag moet ik de borg van mijn nieuwe huurwoning (€ 1.650)
overmaken en die € 300 heb ik echt nodig om dat rond te krijgen. Kunnen jullie
het vandaag nog overmaken naar NL00 BANK 0123 4567 89? Ordernummer
VDL-24-0412.

Groet,
Emre Yilmaz"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Jeroen Brouwer <jeroen@brouwer-ontwerp.example>",
         to="facturen@werkplaats-centraal.example",
         subject="Factuur maart – vaste werkplek was opgezegd",
         body="""\
Hallo,

Is het normaal dat ik op de factuur van maart (F-2024-0311) nog € 265 voor een
vaste werkplek betaal? Ik heb die plek op 15 januari per mail opgezegd en ben
per 1 maart overgestapt op de strippenkaart van 10 dagen. Die strippenkaart
staat er ook op, dus ik betaal nu dubbel.

Graag een creditnota.

Met groet,
Jeroen Brouwer"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Ilse Koster <ilse.koster@studentmail.example>",
         to="verhuur@muziekhuis-blaas.example",
         subject="Wat is die € 1,25?",
         body="""\
Hoi, op het overzicht van de huurtrompet zag ik een post 'administratiekosten
€ 1,25'. Is dat nieuw? Puur uit nieuwsgierigheid. Groetjes, Ilse"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Gerrit Veenstra <g.veenstra@friesland-mail.example>",
         to="support@warmteapp.example",
         subject="Account geblokkeerd in de WarmteApp",
         body="""\
Goedemorgen,

Mijn account in de WarmteApp is geblokkeerd na een paar keer een verkeerd
wachtwoord. Ik krijg 'Te veel pogingen, account 24 uur vergrendeld', maar dat
was eergisteren al en het staat er nog steeds. De warmtepomp zelf draait
gewoon door.

Kunnen jullie mijn account vrijgeven? Klantnummer 8830-2291.

Dank,
Gerrit Veenstra"""),

    dict(n=15, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Anouk Verbeek <anouk@theatergroep-lantaarn.example>",
         to="klantenservice@drukpunt.example",
         subject="Compliment + vraag over inloggen",
         body="""\
Beste DrukPunt,

We bestellen al jaren onze flyers en posters bij jullie, dus eerst een
compliment: de laatste serie A2-posters voor 'Het Zoutmeisje' was prachtig,
de kleuren precies zoals in de proefdruk, en dat jullie op zaterdag hebben
geleverd had ik echt niet verwacht. De hele groep was er blij mee, en het
publiek ook, de voorstellingen waren bijna allemaal uitverkocht.

Nu iets minder leuks. Ik heb vorige week een nieuwe telefoon gekregen en de
authenticator-app heeft de codes niet meegenomen. Bij het inloggen vraagt
jullie site om de zescijferige code, en ik heb geen herstelcodes bewaard (ja,
dom). Daardoor kan ik de bestelling voor de nieuwe voorstelling (500 flyers A5,
40 posters A2) niet plaatsen.

Kunnen jullie de tweestapsverificatie op mijn account resetten? Ik kan me
legitimeren op elke manier die jullie willen.

Hartelijke groet,
Anouk Verbeek
Theatergroep De Lantaarn"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Tom Dekker <tom.dekker@privemail.example>",
         to="service@brokjesbox.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Hallo,

Ik wil het e-mailadres van mijn Brokjesbox-abonnement wijzigen, want mijn oude
werkadres (t.dekker@oudbedrijf.example) bestaat niet meer. Als ik het nieuwe
adres invul, stuurt de site een bevestigingslink naar het oude adres, en daar
kan ik niet meer bij. Zo mis ik alle verzendmeldingen voor het kattenvoer.

Kunnen jullie het handmatig aanpassen naar dit adres?

Tom Dekker"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jan Postma <jan.postma@imkerij-postma.example>",
         to="info@bijenhof-webshop.example",
         subject="Vraagje: tweestapsverificatie aanzetten",
         body="""\
Goedendag, hoe zet ik tweestapsverificatie aan voor mijn account in jullie
webshop? Ik zie het nergens bij 'Mijn gegevens'. Alvast bedankt, Jan Postma"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Linda Hermans <linda.hermans@ziggopost.example>",
         to="info@dierenkliniek-anker.example",
         subject="Re: Storing online afsprakenplanner",
         body="""\
Dag Marieke,

Dank voor het bericht. Bij ons is alles goed gegaan: de afspraak voor de
vaccinatie van Bobbie op donderdag om 10.15 staat gewoon in de bevestiging.
Tot dan!

Groet,
Linda Hermans

Op ma 10 jun 2024 om 09:05 schreef Dierenkliniek Het Anker <info@dierenkliniek-anker.example>:
> Beste klant,
>
> Door een storing was onze online afsprakenplanner gisteren tussen 14.00 en
> 18.00 uur niet bereikbaar. Afspraken die u in die tijd heeft gemaakt, zijn
> mogelijk niet opgeslagen. Controleer uw bevestiging of bel ons even.
>
> Met vriendelijke groet,
> Marieke, Dierenkliniek Het Anker"""),

    dict(n=19, signals="-", priority="low", trap="thankyou", qt=0, reply=0,
         frm="Familie Bakker <fam.bakker@kpnpost.example>",
         to="meldkamer@alarmwacht.example",
         subject="Bedankt voor de snelle actie vannacht",
         body="""\
Goedemorgen,

Even een bedankje: vannacht om 03.12 ging ons inbraakalarm af en jullie
meldkamer belde binnen een minuut. Het bleek uiteindelijk onze kat te zijn, die
via het keukenraam naar binnen was gekomen en de bewegingsmelder in de hal liet
afgaan. We schrokken ons een hoedje, maar fijn om te weten dat het zo goed
werkt! De melder hebben we inmiddels op de huisdierstand gezet.

Hartelijke groet,
Familie Bakker"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Peter Vos <peter.vos@vos-thuis.example>",
         to="verkoop@vulkaan-warmtepompen.example",
         subject="Dekt het onderhoudscontract ook storingen in het weekend?",
         body="""\
Hallo,

We overwegen een warmtepomp Vulkaan 9 met jullie Zorgeloos-onderhoudscontract.
Een paar vragen vooraf:

- Als de warmtepomp op zaterdag in storing valt, komt er dan ook in het
  weekend een monteur, of pas op maandag?
- Valt een kapotte compressor onder het contract, of alleen het jaarlijkse
  onderhoud?
- Wat kost het contract per maand voor een woning van 140 m²?

Groet,
Peter en Annelies Vos"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mila de Graaf <mila@cafe-kruitvat.example>",
         to="zakelijk@branderij-vulkaan.example",
         subject="Groothandelsprijzen voor jullie Vulkaan-espresso",
         body="""\
Hoi!

Ik sta echt in vuur en vlam voor jullie Vulkaan-blend, die we vorige maand op
de Horecabeurs hebben geproefd. Het loopt storm in ons café sinds we ontbijt
serveren, en onze huidige branderij kan de vraag niet bijbenen.

Hebben jullie groothandelsprijzen voor zo'n 20 kg per week, en leveren jullie
ook in Zwolle?

Groet,
Mila de Graaf
Café Het Kruitvat"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="ZonVast Nieuws <nieuwsbrief@zonvast.example>",
         to="info@vandam-installatietechniek.example",
         subject="Nieuwsbrief juni: Stroomstoring? Uw thuisbatterij neemt het over",
         body="""\
Beste ZonVast-gebruiker,

In deze nieuwsbrief:

⚡ Stroomstoring? Met de noodstroomfunctie van uw ZonVast-batterij blijven
   koelkast en cv-ketel gewoon draaien. In drie stappen ingesteld.

🔒 Webinar 20 juni: 'Hackers en uw slimme huis – fabel of feit?'

🔥 Zomeractie: 10 % korting op de uitbreidingsmodule ZV-5, alleen tot 30 juni.

Vragen? Onze klantenservice is op werkdagen bereikbaar van 8.30 tot 17.00.

Afmelden voor deze nieuwsbrief: https://zonvast.example/afmelden"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Johan Schouten <j.schouten@ziggopost.example>",
         to="verhuur@zorgbedthuis.example",
         subject="RE: Terugbetaling borg hoog-laagbed – nu al 5 weken",
         body="""\
Goedemiddag,

Dit is mijn derde mail over hetzelfde. Het bed is inmiddels vijf weken geleden
opgehaald en de borg van € 450 is nog steeds niet terug. Telefonisch word ik
steeds doorverbonden en dan valt de lijn weg.

Mijn moeder leeft alleen van haar AOW en moet op de 1e de eigen bijdrage voor
de thuiszorg betalen; zonder dat bedrag lukt dat niet. Ik verwacht dat het
deze week wordt overgemaakt.

Johan Schouten

-----Oorspronkelijk bericht-----
Van: Johan Schouten <j.schouten@ziggopost.example>
Verzonden: dinsdag 14 mei 2024 10:22
Aan: verhuur@zorgbedthuis.example
Onderwerp: Terugbetaling borg hoog-laagbed

> Beste Zorgbed Thuis,
>
> Op 16 april is het hoog-laagbed bij mijn moeder (mevr. G. Schouten,
> huurcontract ZBT-7731) opgehaald. Volgens het contract krijgen we de borg
> van € 450 binnen 10 werkdagen terug. Tot nu toe niets ontvangen.
> Willen jullie dit nakijken?
>
> Met vriendelijke groet,
> Johan Schouten"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sander van den Berg <sander@loonbedrijf-vandenberg.example>",
         to="support@rtk-netwerk.example",
         subject="RTK-correctie weg op alle 14 trekkers – midden in het zaaien",
         body="""\
Goedemorgen,

Sinds vanochtend 06.00 krijgen al onze 14 trekkers geen RTK-correctie meer via
jullie netwerk. De terminals tonen 'No correction – float' en de automatische
besturing schakelt na een paar meter uit.

We zijn loonwerker met zo'n 1.800 ha aan contracten. De komende vier dagen moet
er 320 ha maïs gezaaid worden bij twaalf klanten, en zaterdag slaat het weer
om. Met de hand sturen betekent overlap, scheve rijen en een veel lager tempo;
dat halen we niet.

Abonnementsnummer RTK-PRO-00219 (14 licenties). Graag direct contact:
020 - 000 7702.

Sander van den Berg
Loonbedrijf Van den Berg & Zn."""),
]
