# blind37 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Marloes de Vries <marloesdevries@postvak.example>",
         to="service@fietsenhuis-vandam.example",
         subject="Onderhoudsbeurt e-bike + vraagje over de accu",
         body="""\
Hoi,

Ik wil graag een onderhoudsbeurt inplannen voor mijn e-bike (Stadsrijder E7, in maart bij jullie gekocht). De remmen piepen en de versnelling slaat af en toe over. Kan dat volgende week dinsdag of woensdag?

O ja, nog iets anders: gisteravond stond de accu in de gang aan de lader en rond elf uur rook het ineens heel scherp. De accu was gloeiend heet, er kwam witte rook uit de zijkant en de plastic kap is deels gesmolten. Mijn man heeft hem met ovenwanten de tuin in gedragen en er een emmer water overheen gegooid. Er is een zwarte plek op de vloer en de kinderen waren flink geschrokken, verder is iedereen oké. Moet ik die accu meenemen als ik de fiets kom brengen, of halen jullie hem op? En wat doe ik tot die tijd met de lader?

Groetjes,
Marloes de Vries
06-12345678

Verstuurd vanaf mijn iPhone"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Youssef El Amrani <y.elamrani@webpost.example>",
         to="klantenservice@apotheekdirect.example",
         subject="Etiket klopt niet - dochter veel te veel siroop gekregen",
         body="""\
Goedemorgen,

Gisteren ontvingen wij via uw webapotheek amoxicillinesiroop voor onze dochter (2 jaar, 12 kilo), bestelnummer AD-2209174. Op het etiket staat "3 x per dag 10 ml". De huisarts had 3 x per dag 2,5 ml voorgeschreven; dat staat ook op het recept dat ik als foto bij de bestelling heb geüpload.

Wij hebben haar gisteren dus twee keer 10 ml gegeven. Vannacht moest ze steeds overgeven, had ze diarree en was ze erg suf. Om drie uur zijn we naar de huisartsenpost gegaan; daar zeiden ze dat ze vier keer de bedoelde hoeveelheid had gekregen en dat we haar goed in de gaten moeten houden. Het gaat nu iets beter met haar.

Ik wil graag weten hoe dit kan, en of er nog meer flesjes met zo'n etiket de deur uit zijn gegaan. Kunt u mij vandaag bellen op 06-23456789?

Met vriendelijke groet,
Youssef El Amrani"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Ineke Bosman <ineke.bosman@planetpost.example>",
         to="klantenservice@rijnlandbank.example",
         subject="Geld van mijn rekening verdwenen na sms over pakketje",
         body="""\
Geachte heer/mevrouw,

Vrijdag kreeg ik een sms dat mijn pakket niet bezorgd kon worden en dat ik 1,95 euro moest betalen voor een nieuwe bezorging. Ik heb op de link geklikt en betaald via wat eruitzag als uw betaalpagina. Daarna moest ik ook mijn pasnummer, pincode en de code uit de app invullen.

Vanochtend zag ik dat er in het weekend drie bedragen van mijn rekening NL00 RIJN 0123 4567 89 zijn afgeschreven die ik niet ken: 2.400 euro, 1.850 euro en 990 euro, naar een rekening op naam van "J. Smit Handel". Dat heb ik niet gedaan. Het is bijna al mijn spaargeld.

Ik ben 74 en weet niet goed wat ik nu moet doen. Kunt u mijn pas blokkeren en het geld terughalen? Mijn zoon belt u vanmiddag ook.

Met vriendelijke groet,
mevrouw I. Bosman-de Graaf"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Pieter Hendriks <p.hendriks@mailhuis.example>",
         to="klantenservice@groenstroom-energie.example",
         subject="Ik zie gegevens van een andere klant in de app",
         body="""\
Hallo,

Toen ik vanavond in de app mijn meterstanden wilde doorgeven, kwam ik niet in mijn eigen account terecht maar in dat van iemand anders. Ik zag de naam, het adres in Apeldoorn, het telefoonnummer, het IBAN en het verbruik van de afgelopen twee jaar van een mevrouw die ik helemaal niet ken. Na opnieuw inloggen kreeg ik weer een ander account, nu van iemand in Tilburg.

Ik heb niets aangepast en ben direct uitgelogd. Maar als ik dit kan zien, kunnen anderen mijn gegevens waarschijnlijk ook zien. Ik neem aan dat jullie dit zo snel mogelijk willen weten.

Mijn klantnummer is 3300-718-42.

Groet,
Pieter Hendriks"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Mirjam Verhoeven <m.verhoeven@hetvechtcollege.example>",
         to="support@toetsplein.example",
         subject="Dringend: examenomgeving laadt niet, 180 leerlingen wachten",
         body="""\
Goedemorgen,

Om 8.30 uur zouden 180 leerlingen uit havo 5 en vwo 6 in de gymzaal beginnen aan hun schoolexamen economie in Toetsplein. Geen enkele laptop komt verder dan het laadscherm; na een paar minuten verschijnt "Verbinding met de server verbroken". We hebben het op drie verschillende netwerken geprobeerd, ook via een hotspot, met hetzelfde resultaat.

De leerlingen zitten nu in de zaal te wachten en om 11.00 uur staat het volgende examen gepland, voor 140 leerlingen. Kunt u mij zo snel mogelijk terugbellen op 0570-123 456?

Met vriendelijke groet,

drs. Mirjam Verhoeven
Examensecretaris
Het Vecht College
Burgemeester Ruyslaan 12, 7419 AA Deventer
T 0570-123 456 | www.hetvechtcollege.example

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan de inhoud van dit bericht kunnen geen rechten worden ontleend."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ruud Janssen <r.janssen@zorggroep-deweide.example>",
         to="servicedesk@planzorg.example",
         subject="Fw: Planning-app leeg bij alle teams",
         body="""\
Goedemorgen,

Zie hieronder. Dit speelt bij al onze teams in de regio. Graag per direct oppakken en mij bellen op 06-34567890.

Ruud Janssen
Manager ICT, Zorggroep De Weide

-------- Doorgestuurd bericht --------
Van: Sanne Koster <s.koster@zorggroep-deweide.example>
Datum: ma 7 dec 2026 06:48
Aan: ICT <ict@zorggroep-deweide.example>
Onderwerp: Planning-app leeg bij alle teams

Hoi,
Sinds vannacht is de planning in de PlanZorg-app bij iedereen leeg. De 60 wijkverpleegkundigen en verzorgenden van de vroege dienst staan klaar om te vertrekken, maar niemand ziet welke cliënten ze moeten bezoeken en in welke volgorde. Zo'n 400 cliënten rekenen vanochtend op hulp bij het opstaan en wassen. We proberen het nu met de papieren lijsten van vorige week, maar die kloppen niet meer.
Sanne
Teamleider wijkverpleging Noord"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Nowak <tomasz.nowak@skrzynka.example>",
         to="storingen@glasnet.example",
         subject="internet doet het niet sinds zaterdag",
         body="""\
Goedendag,

Bij mij thuis internet en tv werkt niet meer sinds zaterdag middag. Lampje van modem is rood, ik heb al drie keer opnieuw opstarten gedaan en de kabel ook gecontroleerd. Bij de buren werkt het wel.

Ik werk vanuit huis in de nachtdienst voor een klantencentrum en nu kan ik niet inloggen op mijn werk, mijn baas is niet blij. Kan een monteur komen deze week? Ik ben elke dag thuis tot 14 uur.

Adres: Kerkstraat 41b, 5611 GH Eindhoven
Klantnummer: 8812-55-301

Bedankt,
Tomasz Nowak"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Esther van Leeuwen <esther@bloemenatelier-lente.example>",
         to="support@kassaklik.example",
         subject="Paar dingen met de betaalmodule",
         body="""\
Hallo KassaKlik,

Een paar puntjes:
- Op de betaalpagina staat nog ons oude logo. Kunnen jullie dat vervangen door het logo in de bijlage?
- Sinds dinsdag mislukt ongeveer één op de vijf creditcardbetalingen; klanten krijgen "Transactie geweigerd" terwijl hun kaart gewoon werkt. iDEAL gaat wel goed. In de kerstdrukte lopen we hierdoor wel bestellingen mis.
- Klopt het dat de maandfactuur voortaan alleen per e-mail komt?

Alvast bedankt!
Esther van Leeuwen
Bloemenatelier Lente, Haarlem
Merchant-ID 40-22871"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Karin Mulder <karin.mulder@vriendenpost.example>",
         to="premie@zorgzaam-verzekeringen.example",
         subject="RE: Uw vraag is ontvangen (kenmerk ZZ-0481127)",
         body="""\
Goedemiddag,

Een aanvulling op mijn vraag: de premie voor december (287,45 euro voor ons gezin) is op 1 december twee keer afgeschreven. Ik zie twee keer dezelfde omschrijving "Zorgzaam premie 12-2026" op mijn afschrift. Wilt u het dubbele bedrag terugstorten op NL00 BANK 0987 6543 21?

Met vriendelijke groet,
Karin Mulder
Relatienummer 551 203 889

-----Oorspronkelijk bericht-----
Van: Zorgzaam Verzekeringen <premie@zorgzaam-verzekeringen.example>
Verzonden: woensdag 2 december 2026 09:12
Aan: Karin Mulder
Onderwerp: Uw vraag is ontvangen (kenmerk ZZ-0481127)

> Bedankt voor uw bericht. Wij beantwoorden uw vraag binnen 5 werkdagen.
> Vermeld bij contact altijd uw kenmerk ZZ-0481127."""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Jeroen Smits <jeroen.smits@brievenbus.example>",
         to="reserveringen@duinpark-zeewind.example",
         subject="Borg van 450 euro nog steeds niet terug - reservering DZ-61190",
         body="""\
Goedendag,

Op 8 november hebben wij huisje 27 schoon en zonder schade achtergelaten. Bij het uitchecken werd gezegd dat de borg van 450 euro binnen 10 werkdagen teruggestort zou worden. Het is nu bijna een maand later en er is niets binnengekomen. Twee keer gebeld, twee keer "we kijken ernaar".

Ik heb dat geld echt nodig: wij verhuizen op 15 december en moeten vóór die datum de eerste huur en de borg van ons nieuwe huis betalen. Graag vandaag nog een reactie met de datum waarop het bedrag op NL00 BANK 0246 8135 79 staat.

Met vriendelijke groet,
Jeroen Smits
06-45678901"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Wouter Dekker <wouter.dekker@mailtuin.example>",
         to="ledenadministratie@hc-dewaterloop.example",
         subject="Vraagje over de contributie",
         body="""\
Beste ledenadministratie,

Geen zorgen, ik kom niet met mijn stick verhaal halen ;-) Maar naast de contributie van 62,50 euro voor mijn dochter Fenna (MO12) is er ook 2,50 euro "administratiekosten" afgeschreven. Vorig seizoen zat dat er niet bij. Is dat nieuw voor iedereen, of komt het doordat ik mijn machtiging te laat had aangepast?

Sportieve groet,
Wouter Dekker"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Lotte Vermeulen <lotte.vermeulen@snelpost.example>",
         to="klantenservice@reiskaart.example",
         subject="Kan niet meer inloggen na wijzigen e-mailadres",
         body="""\
Hallo,

Vorige week heb ik in Mijn Reiskaart mijn e-mailadres gewijzigd naar dit adres. De bevestigingsmail is nooit aangekomen en nu kan ik met geen van beide adressen meer inloggen. Na een paar pogingen staat mijn account ook nog eens 24 uur geblokkeerd.

Ik wil mijn reishistorie van november downloaden voor de reiskostendeclaratie bij mijn werkgever. Dat hoeft niet vandaag, maar wel graag deze maand.

Kaartnummer: 3528 0100 4477 2190
Geboortedatum: 09-06-1994

Groetjes,
Lotte Vermeulen"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Daan Kuipers <daan@kuipersfotografie.example>",
         to="support@wolkopslag.example",
         subject="Geen toegang meer tot mijn account - levering trouwfoto's morgen",
         body="""\
Hallo,

Mijn telefoon is zondag in de gracht beland (lang verhaal, bruiloft op een rondvaartboot...) en mijn authenticator-app dus ook. Nu kom ik niet meer in mijn WolkOpslag-account: het wachtwoord klopt, maar hij blijft om de code vragen. De herstelcodes had ik, stom genoeg, op diezelfde telefoon bewaard.

In het account staan alle 1.400 bewerkte foto's van die bruiloft, en ik heb het bruidspaar beloofd dat ze de galerij morgen om 12.00 uur krijgen. Hoe kan ik op een andere manier aantonen dat het account van mij is? Ik kan een kopie van mijn ID en jullie facturen sturen.

Accountmail: daan@kuipersfotografie.example

Alvast heel erg bedankt,
Daan Kuipers
Kuipers Fotografie"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Henk Brouwer <henkbrouwer@thuispost.example>",
         to="klantenservice@tuincentrum-hofstede.example",
         subject="Tweestapsverificatie instellen",
         body="""\
Goedemiddag,

Mijn kleinzoon zegt dat ik voor mijn account in jullie webwinkel beter tweestapsverificatie kan aanzetten. Waar vind ik dat precies? Bij "Mijn gegevens" zie ik alleen mijn adres en wachtwoord staan. En werkt het ook met een sms? Zo'n app heb ik namelijk niet.

Vriendelijke groet,
Henk Brouwer"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Gerda Postma <gerdapostma@huismail.example>",
         to="abonnementen@dagbladnoorden.example",
         subject="Bezorging krant tijdelijk stopzetten",
         body="""\
Geachte medewerker,

Mijn moeder is vorige week thuis gevallen en heeft haar heup gebroken. Ze ligt nog in het ziekenhuis in Groningen en gaat daarna een paar weken revalideren. In die tijd logeer ik bij haar in huis om voor de kat te zorgen en alles te regelen.

Zou u de bezorging van de krant op mijn eigen adres (Stationsweg 8, 9401 KL Assen) van 14 december tot en met 10 januari willen stopzetten? Het liefst ontvang ik de krant in die periode op het adres van mijn moeder: Vlasakker 23, 9751 PM Haren. Als dat niet mogelijk is, is stopzetten ook goed.

Abonneenummer: 60 77 412

Bij voorbaat hartelijk dank,
Gerda Postma"""),

    dict(n=16, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Rick Veenstra <rick.veenstra@autopost.example>",
         to="verkoop@onderdelenhoek.example",
         subject="Koppakking en remmen voor mijn Kever uit '72",
         body="""\
Hoi mannen,

Mijn project (Kever 1302 uit 1972) heeft afgelopen weekend de geest gegeven: koppakking doorgebrand, motor liep nog maar op drie cilinders en de accu is zo dood als een pier. Helemaal prima hoor, ik wilde hem deze winter toch al uit elkaar halen.

Ik heb nodig:
- koppakkingset 1600 dubbele poort
- remvloeistof DOT 4, 1 liter (ga meteen de remmen ontluchten, de nippels zitten muurvast)
- 4 nieuwe remslangen

Hebben jullie dat op voorraad en kan het voor zaterdag binnen zijn? Dan kan ik lekker sleutelen.

Groeten,
Rick Veenstra"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Martijn Groen <martijn@groensloten.example>",
         to="bestellingen@sleutelgroothandel-noord.example",
         subject="Bestelling SKG-cilinders en noodopeningsset",
         body="""\
Hallo Anouk,

Het is weer inbraakseizoen: we rijden elke dag naar ingetrapte achterdeuren en cilinders die met kerntrekken zijn opengebroken, dus de voorraad gaat hard.

Kun je donderdag leveren:
- 40 x SKG3-cilinder 30/30, gelijksluitend per 4
- 10 x veiligheidsbeslag met kerntrekbeveiliging
- 1 x noodopeningsset (onze oude is versleten van alle mensen die zichzelf buitensluiten)

Factuur graag op naam van Groen Sloten & Beveiliging, debiteurnummer 20-1183.

Groet,
Martijn Groen
Groen Sloten & Beveiliging - 24/7 noodservice"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sanne de Boer <sanne.deboer@gezinsmail.example>",
         to="info@warmtelease.example",
         subject="Vragen voordat ik een cv-ketel lease",
         body="""\
Hallo,

Wij overwegen om een nieuwe cv-ketel bij jullie te leasen. Voordat ik teken heb ik een paar vragen:

1. Zit er standaard een koolmonoxidemelder bij? Onze oude ketel hangt op zolder naast de kinderkamer en daar wil ik geen risico mee lopen.
2. Wat als de ketel midden in de winter uitvalt, hoe snel is er dan een monteur?
3. Als ik binnen 14 dagen van het contract af wil, krijg ik dan mijn geld terug, ook de installatiekosten?
4. Is er een noodnummer voor als we gaslucht ruiken?

Alvast bedankt,
Sanne de Boer"""),

    dict(n=19, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Frank Willems <frankwillems@lezersmail.example>",
         to="groepen@filmhuis-decamera.example",
         subject="Groepsreservering 'Zwarte Zaterdag'",
         body="""\
Beste mensen van het filmhuis,

Onze leesclub (12 personen) heeft net het boek 'Zwarte Zaterdag' gelezen, over hackers die een heel ziekenhuis platleggen en de brand in de serverruimte die daarop volgt. Spannend, al vond de helft van de club de ontknoping met het losgeld wat vergezocht. Nu draait bij jullie de verfilming, en die willen we graag samen zien.

Kunnen we voor de voorstelling van vrijdag 18 december om 20.00 uur 12 plaatsen naast elkaar reserveren? En is er na afloop een plekje waar we nog iets kunnen drinken en nabespreken?

Met vriendelijke groet,
Frank Willems"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Bert Zijlstra <bert@bakkerijzijlstra.example>",
         to="service@ovenservice-brabant.example",
         subject="Bedankt voor zaterdag!",
         body="""\
Hallo allemaal,

Even een welgemeend bedankje. Zaterdagochtend om vijf uur viel onze grote etageoven helemaal uit, uitgerekend op de drukste dag van de week. De branders sloegen niet meer aan en het display stond op storing. Ruim zes uur konden we niets bakken: zo'n 400 broden en een deel van de taartbestellingen hebben we moeten laten schieten, en de winkel was de halve dag dicht. Dat scheelde ons al snel een paar duizend euro.

Jullie monteur Kees stond er om half zeven al, heeft een nieuwe ontstekingsunit uit Eindhoven laten komen en rond elf uur draaide alles weer. Daarna heeft hij nog netjes gecontroleerd of alles goed brandde. Sindsdien loopt de oven weer als een zonnetje.

Geef Kees een dikke pluim van ons. Er staat appeltaart voor hem klaar als hij weer eens langskomt.

Groet,
Bert Zijlstra
Bakkerij Zijlstra, Oss"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Joyce Hermans <joyce.hermans@stadspost.example>",
         to="support@parkeerslim.example",
         subject="Re: Storing app - ticket #58213",
         body="""\
Hoi Bas,

Top, het werkt weer! Net zonder problemen geparkeerd in de binnenstad. Bedankt voor de snelle hulp.

Groetjes,
Joyce

Op do 3 dec 2026 om 14:07 schreef ParkeerSlim Support <support@parkeerslim.example>:
> Hallo Joyce,
> Er was vanochtend een storing in ons systeem, waardoor de app bij
> niemand een parkeeractie kon starten. Die is inmiddels verholpen.
> Wil je laten weten of het bij jou ook weer werkt?
> Groet, Bas
>
> Op do 3 dec 2026 om 09:31 schreef Joyce Hermans <joyce.hermans@stadspost.example>:
> > De app doet helemaal niks meer. Ik krijg alleen "Er is iets misgegaan"
> > en kan dus niet parkeren. Ik sta nu bij het ziekenhuis en moet om tien uur binnen zijn!"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chantal Bakker <chantal@kapsalon-knipwerk.example>",
         to="bestellingen@haarvak-groothandel.example",
         subject="Extra bestelling - we staan in vuur en vlam!",
         body="""\
Hoi Haarvak,

Sinds onze kerstactie staat de telefoon hier roodgloeiend en we verzuipen gewoon in de afspraken. Die 'Vuurrood Explosie' haarverf is echt een bom, iedereen wil het, en de 'Killer Curls' mousse vliegt de deur uit. Die Black Friday-knaller was achteraf misschien iets té goed, want wat ik vorige week bestelde is alweer bijna op.

Kun je nog bijleveren:
- 24 tubes Vuurrood Explosie 7.46
- 12 x Killer Curls mousse
- 6 x 'Brandschoon' shampoo

Klantnummer HV-4471. Liefst vóór vrijdag.

Doei!
Chantal
Kapsalon Knipwerk, Zwolle"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Femke Visser <f.visser@hotel-dewaag.example>",
         to="support@kamerlink.example",
         subject="Boekingen van boekingssites komen niet door",
         body="""\
Goedemorgen,

Sinds gisteravond komen de reserveringen van de grote boekingssites niet meer automatisch in ons systeem binnen. Via de bevestigingsmails van die sites zien we wel dat er geboekt wordt, dus voorlopig zetten we elke boeking met de hand in KamerLink. Dat kost de receptie extra tijd, maar we redden het wel.

Zouden jullie de koppeling willen nakijken? We willen voorkomen dat we een kamer dubbel verkopen als het rond de feestdagen drukker wordt.

Met vriendelijke groet,
Femke Visser
Front Office Manager
Hotel De Waag, Alkmaar"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mohammed Bouzid <m.bouzid@fitfabriek.example>",
         to="support@ledenapp.example",
         subject="Leden komen niet binnen - alle 14 vestigingen",
         body="""\
Hallo,

Sinds vanochtend 6.00 uur krijgen onze leden bij het inloggen in de app geen sms-code meer. Zonder inloggen geen QR-code, en zonder QR-code gaat het poortje bij de ingang niet open. Dit speelt bij alle 14 vestigingen van FitFabriek, midden in de ochtendspits: alleen al in Utrecht-Centrum stonden om 7 uur ruim 80 leden buiten te wachten. Onze medewerkers laten mensen nu handmatig binnen op vertoon van een ID, maar dat loopt volledig vast.

Kunnen jullie dit met de hoogste prioriteit oppakken? Bel me op 06-56789012.

Met sportieve groet,
Mohammed Bouzid
Operationeel Manager
FitFabriek B.V."""),
]
