# blind25 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke van Dijk <m.vandijk@bureau-lindeboom.example>",
         to="service@koffiekompas.example",
         subject="Koffieautomaat KK-900: deurtje afgebroken",
         body="""\
Goedemiddag,

Wij leasen een KK-900 bij jullie (contract KK-20931) voor ons kantoor aan de Herengracht.

Vanochtend wilde een collega het deurtje van de zetgroep openen om het lekbakje te legen. Het scharnier begaf het en het deurtje viel eruit, waarna er een straal kokend water en stoom over haar onderarm spoot. Ze heeft nu drie flinke blaren en de huid is knalrood; we hebben haar arm twintig minuten onder de kraan gehouden en ze is doorgestuurd naar de huisartsenpost.

De machine staat nog te sissen en er drupt heet water uit. We hebben de stekker eruit getrokken. Kunnen jullie vandaag iemand sturen om hem op te halen? Op de derde verdieping staat er nog een van hetzelfde type.

Met vriendelijke groet,
Marieke van Dijk
Office manager
020 7 99 00 41"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Joost Hendriks <joost.hendriks@thuismail.example>",
         to="klantenservice@zuigbot.example",
         subject="Is het normaal dat het zijborsteltje zo makkelijk afbreekt?",
         body="""\
Hallo,

Is het normaal dat het zijborsteltje van de ZuigBot S5 zomaar in stukjes uit elkaar valt?

Onze dochter van 14 maanden zat net op de grond op het borsteltje te kauwen (de robot stond stil onder de bank). Er ontbreekt een puntje van zo'n 1 cm en een van de haren. Ze hoestte een paar keer heel hard en was even helemaal rood in haar gezicht, nu lijkt ze weer rustig maar we vinden het stukje nergens terug.

We gaan met haar naar de huisarts. Van welk materiaal is dat borsteltje gemaakt? Dat willen ze daar waarschijnlijk weten.

Joost Hendriks
06 99 00 37 12"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Fatima El Amrani <fatima.elamrani@webpost.example>",
         to="support@sleutelkluis.example",
         subject="Iemand heeft mijn account overgenomen",
         body="""\
Beste support,

Vannacht kreeg ik drie mails van SleutelKluis: "nieuw apparaat aangemeld (Boekarest)", "hoofd-e-mailadres gewijzigd" en "tweestapsverificatie uitgeschakeld". Dat heb ik allemaal niet gedaan. Als ik nu probeer in te loggen, zegt de app dat mijn e-mailadres onbekend is.

In die kluis staan de wachtwoorden van mijn bankrekening, mijn DigiD en de zakelijke accounts van mijn werk. Kunnen jullie het account direct blokkeren en aan mij teruggeven?

Fatima El Amrani"""),

    dict(n=4, signals="safety", priority="critical", trap="wrong-recipient", qt=0, reply=0,
         frm="Ruud Verbeek <r.verbeek@technisch-installatie.example>",
         to="support@werfwijs.example",
         subject="Cv's van onze kandidaten bij een ander bedrijf terechtgekomen",
         body="""\
Goedemorgen,

Wij gebruiken WerfWijs voor onze vacatures. Gisteren belde een recruiter van een bedrijf uit Zwolle dat hij een e-mail van "ons" had gekregen met de complete shortlist voor de vacature Servicemonteur: elf cv's, met telefoonnummers, geboortedata, salarisindicaties en in twee gevallen een kopie van het paspoort.

Wij hebben die mail niet verstuurd. Volgens hem kwam hij van noreply@werfwijs.example met ons logo. Hoe kan dit, en naar wie is dit nog meer gegaan? We moeten beoordelen of we dit bij de toezichthouder moeten melden.

Ruud Verbeek
HR, Technisch Installatiebedrijf Verbeek"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sanne de Groot <beheer@studentencomplex-deweide.example>",
         to="storingen@toegangsnet.example",
         subject="Deuren complex De Weide gaan voor niemand meer open",
         body="""\
Goedenavond,

Sinds ongeveer 21.30 uur reageren de badgelezers in studentencomplex De Weide nergens meer op: de hoofdingang, de fietsenkelder en de gangdeuren van alle vier de blokken blijven dicht, voor iedere bewoner. Het lampje op de lezers knippert oranje.

Er wonen hier 312 studenten; een groot deel staat nu buiten in de regen of kan niet terug naar zijn kamer. Ik laat mensen handmatig binnen met de mastersleutel, maar ik kan niet bij elke deur tegelijk zijn.

Bel me alsjeblieft op 06 99 00 52 88.

Sanne de Groot
Complexbeheerder"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Daan Mulder <daan.mulder@student-mail.example>",
         to="service@wasplein.example",
         subject="Drogers in wasruimte Blok C drogen niet",
         body="""\
Hoi,

Alle drie de drogers in de wasruimte van Blok C (Campuslaan 12) draaien wel en rekenen ook gewoon af via de app, maar de was komt er na 60 minuten net zo nat uit als hij erin ging. Ze worden binnen ook helemaal niet warm.

Dit is al sinds zaterdag zo. Half het blok hangt nu de was op over de trapleuning.

Groet,
Daan"""),

    dict(n=7, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Eva Jansen <eva.jansen@ontwerpstudio-eva.example>",
         to="help@veiligetunnel.example",
         subject="VPN werkt niet meer sinds update",
         body="""\
Hallo,

Sinds de update van gisteren maakt de VeiligeTunnel-app op mijn laptop geen verbinding meer. Hij blijft hangen op "verbinden..." en na een minuut komt "handshake failed". I tried all servers, Amsterdam, Frankfurt and London, same result.

Ik werk thuis en kan zonder VPN niet bij de server van mijn opdrachtgever, dus ik kan vandaag niets doen.

Eva Jansen"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Wim Bakker <wim.bakker@kpn-post.example>",
         to="support@lumina-thuis.example",
         subject="Lampen in de app reageren traag of niet",
         body="""\
Goedendag,

Sinds een paar dagen reageren de slimme lampen via de Lumina-app heel traag, soms pas na een halve minuut, en de lampen in de tuin reageren helemaal niet. Met de wandschakelaars gaat alles gewoon aan en uit, dus we zitten niet in het donker, maar de tijdschema's slaan ook over.

Bridge is al opnieuw opgestart.

Wim Bakker"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="dr. Lotte Smits <l.smits@hogeschool-delta.example>",
         to="support@examenwacht.example",
         subject="Tentamen 13.00 uur: studenten krijgen geen sms-code",
         body="""\
Geachte support,

Om 13.00 uur begint het online tentamen Bedrijfseconomie 2 voor 246 studenten via ExamenWacht. Sinds 12.15 uur krijgt niemand die zich aanmeldt de sms-code om in te loggen; de studenten zien "code verzonden" maar er komt niets binnen, ook niet bij verschillende providers. De studenten die bij de eerdere sessie om 9.00 uur zaten, hadden geen problemen.

Als het tentamen niet doorgaat, moeten we een herkansing organiseren voor bijna 250 studenten. Kunnen jullie de sms-stap tijdelijk uitzetten of ons een andere inlogmethode geven?

Bereikbaar op 010 7 99 00 12.

Lotte Smits
Examencommissie"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Hans Kuipers <hans.kuipers@mailbox.example>",
         to="parkeren@gemeente-waterstad.example",
         subject="Parkeervergunning twee keer afgeschreven",
         body="""\
Geachte heer/mevrouw,

Voor mijn bewonersvergunning (kenteken XX-999-X) is op 1 april twee keer € 87,50 van mijn rekening afgeschreven. In Mijn Parkeren staat maar één vergunning.

Graag het tweede bedrag terugstorten.

Met vriendelijke groet,
H. Kuipers"""),

    dict(n=11, signals="payment", priority="high", trap="deposit", qt=0, reply=0,
         frm="Noor Visser <noor@keramiekatelier-noor.example>",
         to="projecten@samenfinancier.example",
         subject="Uitbetaling campagne nog steeds niet ontvangen - borg morgen",
         body="""\
Hallo SamenFinancier,

Mijn campagne "Een eigen atelier voor Noor" is op 28 maart succesvol afgesloten met € 6.840. Volgens jullie voorwaarden zou het geld binnen vijf werkdagen worden uitgekeerd, maar er is nog niets binnen en in het dashboard staat al een week "uitbetaling in behandeling".

Morgen moet ik de borg van € 3.000 voor de huur van de werkruimte overmaken, anders gaat de ruimte naar iemand anders. Kunnen jullie kijken waar het blijft?

Groetjes,
Noor Visser"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Peter de Boer <pdeboer@vve-lindehof.example>",
         to="klantenservice@afvalslim.example",
         subject="Klopt het dat we voor vier containers betalen?",
         body="""\
Goedendag,

Klopt het dat we op de factuur van het eerste kwartaal (nummer AS-24-11873) voor vier restafvalcontainers worden belast? Bij VvE Lindehof staan er sinds de herinrichting in oktober nog maar twee, de andere twee zijn toen door jullie opgehaald.

Het verschil is € 214,00. Graag een gecorrigeerde factuur.

Peter de Boer
Penningmeester VvE Lindehof"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Greet Vos <greet.vos@telenet-post.example>",
         to="info@spaarkring-oost.example",
         subject="Kosten € 1,25",
         body="""\
Beste,

Ik zag op mijn afschrift € 1,25 "kosten papieren overzicht". Geen probleem hoor, ik was gewoon benieuwd sinds wanneer dat gerekend wordt.

Vriendelijke groeten,
Greet Vos"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Mehmet Yilmaz <mehmet@yilmaz-transport.example>",
         to="zakelijk@handelsbank.example",
         subject="Toegang internetbankieren zakelijk geblokkeerd",
         body="""\
Goedemorgen,

Na drie keer een verkeerde pincode op de scanner is de toegang tot ons zakelijk internetbankieren geblokkeerd (rekening eindigend op 4418, Yilmaz Transport B.V.). Mijn collega kan nog wel inloggen met zijn eigen pas, dus betalingen gaan voorlopig door.

Hoe kan ik mijn toegang weer laten vrijgeven?

Mehmet Yilmaz"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Tom Peeters <tom.peeters@mail-vlaanderen.example>",
         to="support@wolkback.example",
         subject="Re: Herinnering: openstaande factuur WB-55190",
         body="""\
Hallo,

De factuur heb ik intussen gewoon betaald, daar gaat het niet om. Het probleem is dat ik sinds ik een nieuwe telefoon heb niet meer bij mijn WolkBack-account kan: de authenticator-app op de oude telefoon is weg en de herstelcodes heb ik nooit opgeschreven. Hoe kan ik de tweestapsverificatie laten resetten?

Tom

Op 2 april 2024 om 08:10 schreef WolkBack Support <support@wolkback.example>:
> Beste klant,
> Uw betaling voor factuur WB-55190 is mislukt en het bedrag van € 59,88
> staat nog open. Zonder betaling wordt uw back-up na 14 dagen gepauzeerd.
> Met vriendelijke groet, WolkBack"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Ineke Brouwer <ineke.brouwer@ziggo-post.example>",
         to="ebooks@bibliotheek-noordkwartier.example",
         subject="Mijn profiel is verdwenen",
         body="""\
Goedemiddag,

Als ik inlog in de e-book-app van de bibliotheek, zegt hij dat er geen account bij mijn pasnummer hoort. Mijn leenlijst, mijn wachtrij en al mijn leesgeschiedenis zijn weg. Mijn abonnement loopt nog tot december, daar heb ik net voor betaald.

Pasnummer: 29999 00123 4567.

Hartelijke groet,
Ineke Brouwer"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bas Willems <bas.willems@web-nl.example>",
         to="help@peilpunt.example",
         subject="E-mailadres wijzigen",
         body="""\
Hoi,

Hoe wijzig ik het e-mailadres van mijn PeilPunt-account? Ik ga van baan veranderen en wil mijn enquêtes meenemen naar mijn privéadres.

Bedankt,
Bas"""),

    dict(n=18, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Anouk Maas <anouk.maas@fotostudio-maas.example>",
         to="advies@zekerpolis.example",
         subject="Dekt de polis ook brand of een storing van de NAS?",
         body="""\
Goedendag,

Ik heb een fotostudio en overweeg via jullie een bedrijfsinventarisverzekering af te sluiten. Mijn vraag: valt schade door brand of een stroomstoring aan mijn NAS en camera's onder de dekking, en de kosten van het herstellen van de bestanden ook? Of is daar een aparte cyberpolis voor nodig?

Graag een offerte voor een inventaris van ongeveer € 40.000.

Anouk Maas"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Karin Dekker <k.dekker@notariaat-dekker.example>",
         to="planning@versnipperservice.example",
         subject="Antw: Uw melding datalek en ophaalafspraak",
         body="""\
Beste planning,

Dank voor de toelichting. Kunnen we de ophaalafspraak van de containers verzetten van dinsdag naar donderdag 11 april, liefst in de ochtend?

Groet,
Karin Dekker

>>> Versnipperservice Planning <planning@versnipperservice.example> 3-4-2024 16:02 >>>
> Geachte mevrouw Dekker,
> Naar aanleiding van het datalek dat u in het webinar noemde: onze containers
> worden verzegeld en binnen 24 uur vernietigd, dus daar hoeft u zich geen
> zorgen over te maken. Uw volgende ophaalafspraak staat op dinsdag 9 april."""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Jeroen Koster <jeroen.koster@thuisnet.example>",
         to="support@meshnet-wifi.example",
         subject="Opgelost, dank jullie wel!",
         body="""\
Hoi,

Even een berichtje om te zeggen dat het na het advies van Sophie helemaal goed is: ik heb het satellietpunt op zolder een meter verplaatst en nu heb ik overal in huis wifi, ook in de schuur. Jullie zijn helden. Honestly the best support I've had in years.

Groet,
Jeroen"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SchildWacht Antivirus <nieuwsbrief@schildwacht.example>",
         to="support@drukkerij-hofstad.example",
         subject="Nieuwsbrief april: zo houdt u hackers en phishing buiten de deur",
         body="""\
Beste klant,

In deze editie:

- Vijf signalen dat een mail phishing is, en wat u dan doet
- Nieuw in SchildWacht 12: ransomware-bescherming voor gedeelde mappen
- Webinar 18 april: "Wat als het misgaat? Uw draaiboek bij een datalek"
- Tip: controleer of uw licentie automatisch verlengd wordt

Veel leesplezier,
Het SchildWacht-team

Afmelden voor deze nieuwsbrief? Klik hier."""),

    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Lisa Hoekstra <lisa.hoekstra@reclamebureau-blik.example>",
         to="verhuur@koffiekompas.example",
         subject="Tweede Vulcano Turbo huren?",
         body="""\
Hallo,

De Vulcano Turbo die we sinds januari huren is echt een bom: het hele kantoor is er gek op en om tien uur staat er een rij tot aan de deur. We willen er graag een tweede bij voor de vergaderzaal op de tweede verdieping.

Wat kost dat per maand, en kan die onder hetzelfde contract?

Groetjes,
Lisa Hoekstra"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Gerard Smit <gerard.smit@postbus-nl.example>",
         to="klantcontact@mijnpensioenportaal.example",
         subject="RE: Inloggen pensioenportaal lukt niet - derde keer",
         body="""\
Geachte heer/mevrouw,

Dit is al mijn derde mail en ik heb nog steeds geen antwoord. Ik moet vóór 30 april aan jullie doorgeven of ik eerder met pensioen ga, en dat kan alleen via het portaal. Ik kom er nog altijd niet in.

Gerard Smit

-----Oorspronkelijk bericht-----
Van: Gerard Smit
Verzonden: maandag 18 maart 2024 10:21
Onderwerp: RE: Inloggen pensioenportaal lukt niet

> Nog steeds krijg ik de melding "uw gegevens zijn niet bekend" als ik met
> mijn DigiD inlog. Ik heb het ook op de computer van mijn zoon geprobeerd.
>
> -----Oorspronkelijk bericht-----
> Van: Gerard Smit
> Verzonden: dinsdag 5 maart 2024 14:47
> > Als ik inlog zegt het portaal dat mijn gegevens niet bekend zijn.
> > Mijn deelnemersnummer is 9990123."""),

    dict(n=24, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Rick van Leeuwen <rick@vanleeuwen-hypotheken.example>",
         to="support@tekenklaar.example",
         subject="Offerte laadt niet bij ondertekenaar - notaris morgen 9.00 uur",
         body="""\
Goedemiddag,

Ik ben hypotheekadviseur. Mijn klanten moeten de hypotheekofferte (envelop TK-448201) vandaag ondertekenen, want morgen om 9.00 uur is de overdracht bij de notaris en de geldverstrekker wil de getekende offerte vanavond hebben.

De eerste klant heeft getekend, maar bij haar partner blijft het document eindeloos laden na het invullen van de sms-code, op twee verschillende telefoons en op de laptop. Ik heb de envelop al opnieuw verstuurd.

Kunnen jullie hier met voorrang naar kijken? 06 99 00 64 20.

Rick van Leeuwen"""),
]
