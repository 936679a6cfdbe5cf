# blind23 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Femke de Groot <femke.degroot@mailbox.example>",
         to="gastenservice@hostel-dezeemeeuw.example",
         subject="Stapelbed kamer 14 – trapje losgeschoten",
         body="""\
Beste medewerkers,

Afgelopen nacht verbleef ik met mijn vriendin in kamer 14 van jullie hostel in Haarlem. Rond half drie klom zij het trapje van het stapelbed af. Het scharnier waarmee het trapje aan het bed vastzit schoot los, het trapje klapte naar buiten en zij kwam met haar rug op de rand van het onderste bed terecht. Ze kreeg een tijdje nauwelijks lucht, en vanochtend had ze een grote blauwe plek en een dikke pols. We hebben de ochtend bij de huisartsenpost doorgebracht.

Het trapje ligt nog los in de kamer. De nachtportier heeft ernaar gekeken, maar zei dat hij niets kon doen tot de technische dienst er is. Het bed ernaast heeft precies hetzelfde scharnier, en dat hangt ook al scheef.

Graag een reactie.

Femke de Groot
06 - 9900 4321"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jeroen Bakker <jeroen@bakker-events.example>",
         to="verhuur@partycentrale-noord.example",
         subject="Gehuurde heetwaterketel – deksel vloog eraf",
         body="""\
Hallo,

Gisteren hebben we voor een bedrijfsfeest in Zwolle twee heetwaterketels van jullie gehuurd (bonnummer 55812). Tijdens het schenken van de thee vloog bij de tweede ketel ineens het deksel eraf, met een harde knal. Er kwam een wolk stoom en een golf kokend water over de tafel. Onze serveerster Sanne stond ernaast: haar onderarm is felrood en er staan vandaag twee flinke blaren op. Ze kan deze week niet werken.

Het klemmetje van het deksel zat volgens ons goed dicht. De ketel staat nu apart in ons magazijn. Zaterdag hebben we weer een klus waarvoor we er vier van jullie nodig hebben, dus ik wil weten wat hier is misgegaan voordat we er nog één aanzetten.

Groet,
Jeroen Bakker
Bakker Events & Catering"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Mohamed El Amrani <m.elamrani@webpost.example>",
         to="support@loonbureau-rijnmond.example",
         subject="Loonstrook van iemand anders in mijn account",
         body="""\
Goedemiddag,

Vanmorgen wilde ik in het werknemersportaal mijn loonstrook van april downloaden. Ik kreeg een PDF met de naam, het adres, het BSN en het rekeningnummer van een mevrouw die ik niet ken, met haar salaris en een loonbeslag erop. Mijn eigen loonstrook staat er niet meer tussen.

Als ik haar strook kan zien, kan iemand anders misschien de mijne zien. Ik heb niets doorgestuurd en het bestand meteen verwijderd. Ik wil graag weten hoe dit kan en wie mijn gegevens heeft kunnen inzien.

Met vriendelijke groet,
Mohamed El Amrani
Personeelsnummer 20417 (Schoonmaakbedrijf Glans B.V.)"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="fraud", qt=0, reply=0,
         frm="Ruud Verhoeven <ruud.verhoeven@thuismail.example>",
         to="ticketing@fc-dewaard.example",
         subject="4 kaarten gekocht die ik NIET heb besteld",
         body="""\
Hallo,

Vanavond kreeg ik vier mails 'Bedankt voor je bestelling' voor de uitwedstrijd van zondag, samen € 212,00. Ik heb helemaal niets besteld. De kaarten staan op naam van vier mensen die ik niet ken, en het bedrag is afgeschreven van de creditcard die in mijn clubaccount staat opgeslagen.

Ik kan nog inloggen en heb mijn wachtwoord meteen veranderd, en de bank heeft de kaart geblokkeerd. Dit is gewoon fraude. Kunnen jullie die vier kaarten ongeldig maken voordat ze gebruikt worden, en het geld terugstorten?

Ruud Verhoeven
Seizoenkaarthouder, vak 112, rij 9"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dennis Smit <dennis@bowling-deschans.example>",
         to="support@lanetec.example",
         subject="Alle 12 banen: kegels worden niet meer neergezet",
         body="""\
Sinds 17:30 zetten de pinsetters na de eerste worp de kegels niet meer op. De kegels blijven liggen, de bal komt niet terug en op de schermen boven de banen staat 'Waiting for lane controller'. Het gebeurt op alle twaalf banen tegelijk. De controller in de technische ruimte heb ik twee keer herstart, zonder resultaat.

Vanavond zitten we vol: drie bedrijfsuitjes en een kinderfeestje, zo'n 140 mensen vanaf 18:30.

Bel me alsjeblieft: 06 - 9900 7715.

Dennis Smit
Bowling De Schans, Ede"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Wilma Hendriks <centrale@taxi-twente.example>",
         to="support@ritplanner.example",
         subject="Ritten komen niet meer aan bij de chauffeurs",
         body="""\
Goedemorgen,

Sinds ongeveer 06:10 verschijnen nieuwe ritten niet meer op de tablets van onze chauffeurs. In de centrale zien we ze wel in de wachtrij staan, maar toewijzen lukt niet: na een klik op 'Toewijzen' draait het wieltje en daarna gebeurt er niets.

We hebben 38 wagens op de weg, waaronder het vaste vervoer van dialysepatiënten naar het ziekenhuis. Op dit moment doen we alles met pen en papier en de mobilofoon. Dat houden we geen ochtend vol.

Wilma Hendriks
Coördinator, Taxicentrale Twente
053 - 9900 2288"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lotte van Dijk <lotte@schoenenvandijk.example>",
         to="support@winkelmuziek.example",
         subject="Geen geluid meer in de winkel",
         body="""\
Hoi,

Sinds gisteravond speelt de player in onze winkel niks meer af. Het kastje staat aan en het lampje is groen, in de app zie ik de playlist 'Voorjaar' gewoon staan, maar er komt geen geluid uit en de tijdbalk blijft op 0:00 staan. Opnieuw opgestart, andere playlist gekozen, kabels eruit en er weer in: niks.

Het is nu doodstil in de zaak. Kunnen jullie op afstand meekijken?

Groet,
Lotte van Dijk
Schoenen Van Dijk, Amersfoort"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Peter Jansen <p.jansen@skicentrum-deberg.example>",
         to="support@lesplanner.example",
         subject="Lesrooster in de app",
         body="""\
Goedendag,

Is het normaal dat de app sinds het weekend alleen nog de lessen van vorige week laat zien? Als ik op 'Volgende week' tik, blijft het scherm leeg.

Via de website kunnen klanten gewoon boeken, dus het is niet onoverkomelijk, maar onze skileraren kijken hun rooster altijd in de app en bellen nu steeds de balie.

Met groet,
Peter Jansen
Skicentrum De Berg"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Erik Mulder <techniek@radiomaasland.example>",
         to="support@airplay-studio.example",
         subject="Storing: reclameblokken worden overgeslagen",
         body="""\
Hallo support,

Sinds de update van vrijdag slaat de playout af en toe een reclameblok over. Muziek, jingles en het nieuws op het hele uur lopen gewoon door; alleen de geplande blokken worden soms niet gestart. Gisteren zijn 6 van de 40 blokken niet uitgezonden.

Overdag zetten we ze met de hand in als de presentator het merkt, maar 's nachts zit er niemand in de studio. Adverteerders betalen per uitzending, dus we willen dit graag snel opgelost hebben.

Erik Mulder
Techniek, Radio Maasland"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Ingrid Vos <ingrid.vos@postvak.example>",
         to="info@bb-deoudepastorie.example",
         subject="Annulering 12-14 april",
         body="""\
Beste Margreet en Wim,

Allereerst: wat jammer dat we in april niet konden komen. We hadden ons er zo op verheugd, vooral na de foto's van jullie nieuwe tuinkamer op de website. Mijn schoonmoeder is inmiddels gelukkig weer thuis uit het ziekenhuis en het gaat de goede kant op, dus we hopen in september alsnog een weekendje te boeken.

Het boeken via het widget op jullie site ging trouwens erg makkelijk, dat wilde ik ook even zeggen. Alleen het annuleren was wat minder duidelijk; ik heb uiteindelijk gebeld.

Waar ik eigenlijk voor mail: bij dat telefoongesprek op 20 maart werd gezegd dat het bedrag van € 186,00 binnen 14 dagen zou worden teruggestort. Dat is nu ruim vijf weken geleden en ik heb nog niets ontvangen. Zouden jullie kunnen nakijken of de terugbetaling is verstuurd? Boekingsnummer OP-2417.

Hartelijke groet,
Ingrid Vos"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Tomasz Nowak <tomasz.nowak@postbox.example>",
         to="salaris@flexwerk-uitzend.example",
         subject="Loon week 15 niet ontvangen",
         body="""\
Hallo,

Ik werk via jullie bij het distributiecentrum in Tilburg (registratienummer 88-3019). Mijn loon van week 15 moest vrijdag op mijn rekening staan, maar er is niks binnengekomen. In de app staat 'uitbetaald', maar op mijn rekening niet.

Mijn huur van € 725 wordt dinsdag afgeschreven en ik heb niet genoeg staan. Kan iemand vandaag kijken? Sorry for my Dutch, you can also answer in English.

Tomasz Nowak
06 - 9900 3190"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Saskia Meijer <administratie@kantoor-meijer.example>",
         to="facturen@schoonschip-schoonmaak.example",
         subject="Factuur maart – 12 uur per week?",
         body="""\
Goedemiddag,

Klopt het dat jullie in maart 12 uur schoonmaak per week hebben gefactureerd (factuur 2024-0388, € 1.488,00)? Ons contract is 8 uur per week, en jullie eigen rooster-app laat voor ons kantoor ook 8 uur per week zien.

Graag ontvang ik een gecorrigeerde factuur.

Met vriendelijke groet,
Saskia Meijer
Administratie, Kantoor Meijer Accountants"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Kees Dekker <kees.dekker@denkwerk.example>",
         to="penningmeester@schaakclub-depion.example",
         subject="Wat is die € 0,35?",
         body="""\
Hoi, bij het betalen van de contributie via de app zag ik € 0,35 'transactiekosten'. Gewoon nieuwsgierig: waar is dat voor?
Groetjes, Kees"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Hanneke Visser <h.visser@thuisnet.example>",
         to="schadeportaal@woonverzekeringen-oost.example",
         subject="Account geblokkeerd in het schadeportaal",
         body="""\
Geachte heer/mevrouw,

Vorige week heb ik een paar keer een verkeerd wachtwoord ingevuld in het schadeportaal. Volgens de melding zou mijn account 24 uur geblokkeerd zijn, maar nu, drie dagen later, krijg ik nog steeds 'Account geblokkeerd'. Een nieuw wachtwoord aanvragen geeft dezelfde melding.

Ik moet voor schadenummer WS-24-55610 (lekkage badkamer) nog foto's en de offerte van de loodgieter uploaden. Kunt u mijn account vrijgeven?

Met vriendelijke groet,
Hanneke Visser"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Bas Hoekstra <bas@degrotevraag-podcast.example>",
         to="help@podhost.example",
         subject="Geen toegang meer – authenticator kwijt",
         body="""\
Hoi,

Mijn telefoon is vorige week in de gracht beland (ja, echt) en daarmee ook mijn authenticator-app. Ik kan nu niet meer inloggen op mijn account, want het vraagt steeds om de zescijferige code. Backupcodes heb ik nooit bewaard – I know, stupid.

Could you disable two-factor on my account so I can set it up again on my new phone? Account: bas@degrotevraag-podcast.example, show 'De Grote Vraag'. Ik kan me uiteraard legitimeren.

Bas Hoekstra"""),

    dict(n=16, signals="account", priority="medium", trap="safety", qt=1, reply=1,
         frm="Annelies Koster <annelies.koster@loopmail.example>",
         to="info@marathon-hollandsekust.example",
         subject="Re: Belangrijk: hitteprotocol zondag",
         body="""\
Hallo,

Naar aanleiding van deze mail wilde ik mijn startbewijs downloaden, maar mijn profiel is weg. Inloggen met mijn e-mailadres geeft 'Onbekende gebruiker', en me opnieuw aanmelden kan niet, want de halve marathon is vol. Ik had me in januari ingeschreven (bevestigingsnummer MHK-21-04477).

Kunnen jullie mijn profiel terugzetten?

Groet,
Annelies Koster

Op do 11 apr. 2024 om 09:30 schreef Marathon Hollandse Kust <info@marathon-hollandsekust.example>:
> Beste loper,
>
> Voor zondag wordt 27 graden verwacht. Drink voldoende, let op tekenen van
> oververhitting zoals duizeligheid of misselijkheid, en meld je bij klachten
> direct bij een EHBO-post. Zie je een medeloper onwel worden? Bel 112.
>
> Sportieve groet,
> De organisatie"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Joris de Wit <joris.dewit@ikmail.example>",
         to="afspraken@notariskantoor-vandenberg.example",
         subject="Tweestapsverificatie instellen",
         body="""\
Goedendag, hoe zet ik tweestapsverificatie aan voor mijn account in jullie afsprakenomgeving? Onder 'Mijn gegevens' zie ik het niet staan.
Alvast bedankt, Joris de Wit"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Hans Brouwer <wedstrijdleider@bc-detroefkaart.example>",
         to="support@kaartwerk.example",
         subject="Re: Storing scoringssysteem dinsdagavond",
         body="""\
Dank voor de uitleg.

Nog een vraagje los daarvan: kan ik de uitslagen van een zitting ook als PDF exporteren, zodat ik ze in het clubblad kan zetten? Ik vind alleen een knop voor Excel.

Groet,
Hans Brouwer
Wedstrijdleider BC De Troefkaart

Op wo 10 apr. 2024 om 16:12 schreef Support Kaartwerk <support@kaartwerk.example>:
> Beste Hans,
>
> Dinsdagavond was er tussen 19:40 en 21:15 een storing in ons scoringssysteem,
> waardoor de biedboxen aan tafel geen uitslagen konden doorsturen. De oorzaak
> is gevonden en verholpen.
>
> Excuses voor het ongemak,
> Support Kaartwerk"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Marieke Claassen <m.claassen@bibliotheek-oosterhout.example>",
         to="service@uitleensystemen.example",
         subject="Bedankt!",
         body="""\
Beste Joost,

De nieuwe scanner in de uitleenautomaat is gisteren geplaatst en alles werkt weer als vanouds; geen rij meer bij de balie. Fijn dat het zo snel geregeld is!

Groet,
Marieke"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Youssef Amrani <youssef@brasserie-thoekje.example>",
         to="sales@tafelvrij.example",
         subject="Terrasplekken toevoegen aan de reserveringsapp",
         body="""\
Hallo,

Afgelopen Pinksterweekend liep het storm bij ons, en jullie app heeft zich kranig gehouden, petje af. Nu willen we voor de zomer ook het terras (16 tafels) online reserveerbaar maken. Kan dat binnen ons huidige abonnement, of moeten we upgraden?

We willen er als een speer mee aan de slag, want met dit weer is het terras brandend populair.

Groet,
Youssef
Brasserie 't Hoekje, Utrecht"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Gert-Jan Kuipers <g.kuipers@woonstichting-delta.example>",
         to="verkoop@huurderportaal.example",
         subject="Vragen over jullie SLA: storingen en datalekken",
         body="""\
Geachte heer/mevrouw,

Wij beheren ongeveer 1.200 huurwoningen en oriënteren ons op een nieuw huurdersportaal. Voordat we een offerte aanvragen, een paar vragen:

1. Valt uitval van het portaal onder jullie SLA, en met welke gegarandeerde hersteltijd?
2. Wat is jullie procedure bij een datalek – wie meldt het bij de Autoriteit Persoonsgegevens?
3. Waar staan de servers?

Met vriendelijke groet,
Gert-Jan Kuipers
Informatiemanager, Woonstichting Delta"""),

    dict(n=22, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Ellen Vermeulen <ellen.vermeulen@leesclubmail.example>",
         to="kassa@stadsschouwburg-velden.example",
         subject="Groepsreservering 'Brand' – vrijdag 22 maart",
         body="""\
Goedemiddag,

Met onze leesclub (14 personen) willen we graag naar 'Brand' van Ibsen op vrijdag 22 maart. Is er groepskorting, en kunnen we een plek voor een rolstoel reserveren?

In de krant stond dat de voorstelling 'explosief' is – hopelijk niet letterlijk.

Groet,
Ellen Vermeulen"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ricardo Martens <planning@waakzaam-beveiliging.example>",
         to="support@patrouillepro.example",
         subject="NFC-checkpoints worden niet gelezen op Android 14",
         body="""\
Hallo,

Sinds de laatste update lezen de Samsung-telefoons met Android 14 de NFC-tags van de checkpoints niet meer. Onze beveiligers typen nu de code van de tag met de hand in; de ronde wordt dan wel goed geregistreerd. Op de oudere toestellen werkt het scannen nog normaal.

Het is niet blokkerend, maar het kost tijd en er gaan af en toe tikfouten in. Wanneer komt er een fix?

Ricardo Martens
Planning, Waakzaam Beveiliging"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Sven Jacobs <sven.jacobs@havenfilm.example>",
         to="support@montagewolk.example",
         subject="RE: Renderwachtrij staat stil – 'Havenstad' aflevering 6",
         body="""\
Goedemiddag,

Dit is mijn derde mail vandaag. De renderwachtrij van ons teamaccount (Enterprise, 25 editors) staat nog steeds op 'In wachtrij' sinds vanochtend 09:00. Er gaat geen enkele export meer de deur uit, ook niet van de andere producties.

Aflevering 6 moet vanavond om 19:00 bij de omroep liggen voor uitzending om 21:30. Als dat niet lukt, hebben ze een gat in de programmering en wij een groot probleem. Ik wil nu iemand aan de telefoon: 020 - 990 0516.

Sven Jacobs
Post-productie, Havenfilm

-----Oorspronkelijk bericht-----
Van: Sven Jacobs <sven.jacobs@havenfilm.example>
Verzonden: dinsdag 16 april 2024 09:47
Aan: support@montagewolk.example
Onderwerp: Renderwachtrij staat stil – 'Havenstad' aflevering 6

> Hallo,
>
> Sinds vanochtend blijven al onze exports op 'In wachtrij' staan, ook kleine
> proxy-renders van een paar seconden. Annuleren en opnieuw starten helpt niet.
> Kunnen jullie kijken?
>
> Sven"""),
]
