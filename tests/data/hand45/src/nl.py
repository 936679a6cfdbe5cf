# blind46 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@ziggo-mail.example>",
         to="service@warmtegarant.example",
         subject="CO-melder ging af na onderhoud cv-ketel",
         body="""\
Goedemorgen,

Vrijdag is er een monteur van jullie geweest voor het jaarlijkse onderhoud van onze cv-ketel (Remeha, op zolder). Zaterdagavond ging de CO-melder op de overloop af. Mijn man en ik hadden allebei al de hele middag hoofdpijn en onze dochter van 9 was misselijk en heeft overgegeven, we dachten eerst aan een griepje.

We hebben alle ramen opengezet, de ketel uitgezet en 112 gebeld. De brandweer heeft gemeten en zei dat er een veel te hoge waarde op zolder hing en dat de rookgasafvoer los zat. Ze hebben de ketel buiten gebruik gesteld.

We zitten nu zonder verwarming en warm water maar dat is nog het minste. Ik wil vandaag nog iemand (graag een andere monteur) die dit komt herstellen, en ik wil weten hoe dit kan gebeuren na een onderhoudsbeurt.

Klantnummer 20044817
Sanne de Wit
06-41872305"""),
    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Bas Hoekstra <bas.hoekstra@kpnmail.example>",
         to="klantenservice@tuinplezier-shop.example",
         subject="paal van trampolinenet afgebroken, zoontje gewond",
         body="""\
Hallo,

Gistermiddag (zondag) is bij onze trampoline (JumpKing 366, in oktober bij jullie besteld) een van de palen van het veiligheidsnet gewoon afgeknapt terwijl mijn zoontje van 6 tegen het net aan sprong. Het afgebroken stuk had een vlijmscherpe rand en hij heeft een flinke snee in zijn onderarm, we zijn naar de huisartsenpost geweest en hij heeft 5 hechtingen gekregen.

De paal is bij de schroef doorgescheurd, aan de binnenkant zie je dat het metaal heel dun is. De andere palen zien er precies zo uit dus de trampoline is nu verboden terrein voor de kinderen.

Ik heb fotos van de breuk en van de wond. Graag hoor ik hoe jullie dit oplossen en of er meer klachten over zijn, bij de buren staat namelijk dezelfde.

Groet,
Bas Hoekstra
bestelnr TP-2024-10-55812"""),
    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Monique Brouwer <delinde@zorgcentrum-hofstede.example>",
         to="zorg@apotheek-direct.example",
         subject="Verkeerde medicatierol bij mevr. Jansen - bewoner heeft het ingenomen",
         body="""\
Geachte apotheek,

Vanochtend bij de medicatieronde van 8.00 uur heeft mevrouw J. Jansen (kamer 14, geb. 03-05-1938) haar zakje uit de rol ingenomen. Pas daarna zag onze collega dat er op de rol een andere naam stond: dhr. P. Jansen, van een andere locatie. Het zakje bevatte o.a. metoprolol en een bloedverdunner die mevrouw niet gebruikt.

Mevrouw is sinds een uur erg suf en haar bloeddruk is 92/55, normaal zit ze rond de 140. De specialist ouderengeneeskunde is gebeld en is onderweg.

Wij willen zo snel mogelijk:
- de juiste rol voor mevrouw, vandaag nog
- bevestiging dat meneer Jansen zijn eigen medicatie wel krijgt
- een terugkoppeling hoe dit heeft kunnen gebeuren

Bel ons gerust op 0570-123456 (vraag naar Monique).

Met vriendelijke groet,
Monique Brouwer
Teamleider afdeling De Linde, Zorgcentrum Hofstede"""),
    dict(n=4, signals="safety,payment", priority="critical", trap="emotional", qt=0, reply=0,
         frm="Ahmed el Idrissi <a.elidrissi@hotmail-nl.example>",
         to="fraude@bank-noord.example",
         subject="Geld van mijn rekening gehaald, niet door mij!!",
         body="""\
Goedemiddag,

Vanochtend zag ik in de app dat er gisteravond 3x geld van mijn betaalrekening is overgemaakt naar een rekening die ik niet ken:

21:14  950,00  naar NL91 XXXX 0417 1643 00 t.n.v. "Veilige Rekening"
21:19  950,00  zelfde rekening
21:31  480,00  zelfde rekening

Dit heb ik NIET gedaan. Wel werd ik gisteravond gebeld door een man die zei dat hij van jullie fraudeafdeling was, hij wist mijn naam en adres en zelfs mijn laatste aankoop. Ik heb toen een code uit de app voorgelezen omdat hij zei dat dat nodig was om mijn rekening te beveiligen. Achteraf snap ik ook niet hoe ik zo dom kon zijn.

Mijn hele salaris is weg. Kunnen jullie het geld terughalen en alles blokkeren? Aangifte bij de politie heb ik al gedaan.

Ahmed el Idrissi
rekening eindigend op 8823"""),
    dict(n=5, signals="safety,account", priority="critical", trap="typo", qt=0, reply=0,
         frm="Femke Verbeek <femke.verbeek@gmail-nl.example>",
         to="support@deelwagen.example",
         subject="telefoon gestolen - app staat er nog op",
         body="""\
hoi,

mijn telefoon is zaterdagavond gestolen in de trein (Utrecht-Amersfoort). de Deelwagen app staat erop en ik was gewoon ingelogd. de app opent met vingerafdruk maar de telefoon zelf had een hele makkelijke pincode (1234, ja ik weet het...).

kunnen jullie mijn account blokkeren of in ieder geval overal uitloggen? ik wil niet dat iemand op mijn naam een auto opent en ermee wegrijdt. ik zie zelf op de website geen optie om andere apparaten uit te loggen.

nieuw nummer heb ik nog niet, ik mail vanaf mijn laptop.

groetjes Femke
klantnr DW-330912"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Planning Van Dijk Transport <planning@vandijk-transport.example>",
         to="support@routeplan-software.example",
         subject="SPOED: RoutePlan geeft foutmelding, geen ritten naar chauffeurs",
         body="""\
Goedemorgen,

Sinds 05:00 vanochtend krijgen we bij het openen van RoutePlan alleen nog "Verbinding met database mislukt (fout 1042)". Ook de boordcomputers in de wagens krijgen geen ritten binnen, de chauffeurs zien een leeg scherm.

We hebben 48 wagens die om 6 uur weg hadden moeten zijn, een deel staat nu op het terrein te wachten en de rest rijdt op de gok naar de vaste klanten. Onze klanten (o.a. twee distributiecentra van supermarkten) bellen al.

Aan onze kant is niks veranderd. Graag direct bellen: 0341-220990, vraag naar Jeroen of Ilse.

Jeroen Mulder
Planning, Van Dijk Transport BV"""),
    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Bakkerij Smits <info@bakkerijsmits.example>",
         to="storingen@paynu-terminals.example",
         subject="pinnen werkt niet in alle 3 winkels",
         body="""\
Goedemorgen,

In al onze drie filialen (Oss, Uden, Veghel) doen de pinautomaten het sinds openingstijd niet. Klant houdt de pas ertegen, het scherm zegt "Geen verbinding met host" en dan breekt hij af. Opnieuw opstarten helpt niet, het internet werkt verder wel gewoon.

Het is maandagochtend dus druk, en bijna niemand heeft nog contant geld op zak. We moeten nu klanten wegsturen. Kunnen jullie dit met voorrang oppakken?

Terminal-ID's o.a. 70021845, 70021846, 70021901.

Met vriendelijke groet,
Ria Smits"""),
    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kees Vermeulen <kees@vermeulen-klusbedrijf.example>",
         to="helpdesk@boekhoudmaatje.example",
         subject="programma blijft hangen op laden",
         body="""\
Hallo, sinds vrijdag kom ik niet meer in Boekhoudmaatje. Ik log in en dan draait dat rondje en draait en draait, na een paar minuten krijg ik "Er is iets misgegaan, probeer het later opnieuw". Op de laptop en op de telefoon hetzelfde, ook in een andere browser geprobeerd.
Moet deze week mijn btw-aangifte doen en kan nu helemaal niks, ook geen facturen maken. Wat is er aan de hand?
Kees"""),
    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="H. van den Berg <hvandenberg@planet-mail.example>",
         to="klantenservice@kabelnet.example",
         subject="Al sinds vrijdag geen tv en internet",
         body="""\
Geachte heer, mevrouw,

Sinds vrijdagmiddag hebben wij geen tv en geen internet meer. Op de tv staat alleen "Geen signaal" en het lampje op het kastje knippert oranje. Mijn kleinzoon heeft het kastje al een paar keer uit en weer aan gezet maar het helpt niet.

Ik heb zaterdag gebeld maar na 45 minuten wachten werd de verbinding verbroken. Mijn vrouw is slecht ter been en de tv is eigenlijk haar enige afleiding, en ik kan nu ook mijn bankzaken en de mail niet doen (deze mail stuur ik vanuit de bibliotheek).

Wilt u zo spoedig mogelijk een monteur sturen?

Met vriendelijke groet,
H. van den Berg
Klantnummer 1192-4470
Lindelaan 12, Zwolle"""),
    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Receptie Hotel De Zeven Duinen <receptie@zevenduinen.example>",
         to="support@kanaalbeheer.example",
         subject="beschikbaarheid wordt niet meer doorgezet naar boekingssites",
         body="""\
Hoi,

Sinds het weekend worden onze kamers niet meer automatisch bijgewerkt naar Booking en Expedia. Als er via onze eigen website een kamer geboekt wordt blijft die op de andere sites gewoon beschikbaar staan. Gelukkig nog geen dubbele boekingen gehad, we zetten het nu met de hand bij in de extranetten, maar met 34 kamers is dat best een klus en foutgevoelig.

Kunnen jullie kijken wat er mis is met de koppeling? Ons hotel-ID bij jullie is 5521.

Groet,
Dennis
Receptie De Zeven Duinen"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Joyce Bakker <joyce.bakker@live-nl.example>",
         to="klantenservice@groenstroom-nl.example",
         subject="1450 euro afgeschreven ipv 145!!",
         body="""\
Hallo,

Vanochtend is er 1.450,00 euro van mijn rekening afgeschreven voor het maandbedrag, terwijl mijn termijnbedrag al twee jaar 145 euro is. Er is een nul bijgekomen of zo??

Hierdoor sta ik nu rood en morgen gaat de huur eraf, die komt dus terug met kosten. Ik heb twee kinderen en dit is gewoon mijn boodschappengeld voor de rest van de maand.

Ik wil het verschil (1.305 euro) vandaag of morgen terug op mijn rekening, en niet verrekend met de jaarafrekening. Klantnummer 88120944.

Joyce Bakker"""),
    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Wim Koster <wim.koster@xs4all-mail.example>",
         to="debiteuren@kantoorpakket.example",
         subject="Re: Uw betaling factuur 2025-01187",
         body="""\
Beste mevrouw Hendriks,

Dank voor uw uitleg. Ik heb de factuur op 14 februari gewoon via iDEAL betaald (bewijs in de bijlage), maar vanochtend lag er toch een aanmaning met 15 euro administratiekosten in de bus. Wilt u die kosten laten vervallen en bevestigen dat de factuur als betaald staat?

Met vriendelijke groet,
W. Koster

Op vr 7 mrt 2025 om 10:32 schreef Debiteuren KantoorPakket <debiteuren@kantoorpakket.example>:
> Geachte heer Koster,
>
> Excuses voor de verwarring. Door een fout aan onze kant was uw klantaccount
> van 10 t/m 17 februari geblokkeerd, waardoor betalingen in die periode niet
> automatisch aan de factuur zijn gekoppeld. We zoeken het voor u uit.
>
> Met vriendelijke groet,
> Anouk Hendriks
> Debiteurenadministratie"""),
    dict(n=13, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Lotte Smit <lotte.smit@gmail-nl.example>",
         to="leden@fitfabriek.example",
         subject="lidmaatschap",
         body="""\
Hoi,

Allereerst: ik heb altijd met veel plezier bij jullie in Tilburg gesport, vooral de spinninglessen van Rick op dinsdagavond ga ik echt missen!

Maar goed, ik heb mijn lidmaatschap in december opgezegd via het formulier op de site (de bevestigingsmail heb ik nog, opgezegd per 31 januari) omdat ik naar Groningen ben verhuisd. Toch is er op 1 februari en op 1 maart weer 34,99 afgeschreven. Kunnen jullie die twee termijnen terugstorten en de incasso stopzetten?

Ps. mijn pasje heb ik nog, moet dat terug? Dan stuur ik het op.

Groetjes,
Lotte Smit
lidnr 204417"""),
    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Ingrid Hamstra <administratie@tp-noorderpoort.example>",
         to="support@praktijkweb.example",
         subject="facturen 2024 downloaden?",
         body="""\
Goedemiddag, onze boekhouder vraagt om alle facturen van 2024 van ons abonnement bij jullie. Waar kan ik die in een keer downloaden? Ik zie in het portaal alleen de laatste drie staan.
Alvast bedankt,
Ingrid
Tandartspraktijk Noorderpoort"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Erik Jansen <erik.jansen@ziggo-mail.example>",
         to="support@parkeerpunt.example",
         subject="app zegt dat mijn account niet bestaat",
         body="""\
Goedemorgen,

Na de update van de app gisteren moest ik opnieuw inloggen, en nu zegt hij bij mijn e-mailadres "Er bestaat geen account met dit e-mailadres". Ik gebruik jullie app al 3 jaar, elke werkdag, voor het parkeren bij mijn werk in Den Bosch. Opnieuw registreren met hetzelfde adres gaat ook niet, want dan zegt ie dat het adres al in gebruik is...

Ik kan dus helemaal geen parkeeractie meer starten. Graag snel oplossen.

Kenteken K-482-XZ
Erik Jansen"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gemeente Westerdal - Burgerzaken <burgerzaken@westerdal.example>",
         to="support@afsprakenplanner.example",
         subject="verificatiecode komt niet binnen bij collega",
         body="""\
Goedemorgen,

Onze collega Petra Wouters (p.wouters@westerdal.example) krijgt sinds vorige week geen verificatiecode meer per sms als ze inlogt in de Afsprakenplanner. Ze heeft een nieuw mobiel nummer, het oude staat nog in haar profiel en dat kan ze zelf niet aanpassen zonder in te loggen. De andere collega's kunnen gewoon werken, Petra helpt zolang mee aan de balie, maar we willen het nummer graag laten wijzigen naar 06-18273645.

Met vriendelijke groet,
Marloes de Graaf
Teamleider Burgerzaken, Gemeente Westerdal"""),
    dict(n=17, signals="account", priority="medium", trap="emotional", qt=0, reply=0,
         frm="Marieke Dekker <marieke.dekker@kpnmail.example>",
         to="klantenservice@fotoboek-online.example",
         subject="account van mijn overleden moeder opheffen",
         body="""\
Beste medewerker,

Ik weet niet goed hoe ik dit moet aanpakken, dus ik probeer het maar via de mail.

Mijn moeder, Gerda Dekker-Visser, is op 12 februari overleden. Ze had bij jullie een account (gerda.visser@hetnet-mail.example) waarmee ze jarenlang fotoboeken maakte, van alle vakanties en van de kleinkinderen. Wij willen het account graag laten opheffen, maar niet voordat we de foto's die erin staan hebben kunnen downloaden.

Haar wachtwoord weten we niet, en dat e-mailadres bestaat inmiddels ook niet meer, dus een resetmail komt nergens aan. Ik heb een akte van overlijden en kan aantonen dat ik haar dochter ben.

Kunnen jullie me laten weten wat jullie daarvoor nodig hebben? Het zou veel voor ons betekenen als die foto's niet verloren gaan.

Met vriendelijke groet,
Marieke Dekker"""),
    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jan-Willem Post <jwpost@caiway-mail.example>",
         to="help@boodschappenbezorg.example",
         subject="vraagje over inloggen met 2 personen",
         body="""\
Hallo, mijn vrouw en ik willen allebei in de app kunnen bestellen voor hetzelfde adres. Kan dat met een account op twee telefoons, of moet zij een eigen account aanmaken? En hoe verander ik mijn wachtwoord, ik kan het nergens vinden in de app.
Groeten, Jan-Willem"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Yvonne Kramer <yvonne.kramer@outlook-nl.example>",
         to="info@kookmeester.example",
         subject="vraag over kinderslot en oververhitting inductieplaat",
         body="""\
Goedendag,

Wij twijfelen tussen twee van uw inductiekookplaten (de IK-604 en de IK-805). We hebben een peuter die overal aan zit, dus ik heb een paar vragen:

- Heeft de IK-604 ook een kinderslot, of alleen de duurdere?
- Gaat de plaat vanzelf uit als er een lege pan op staat die oververhit raakt? Bij de buren is vorig jaar een pan olie in brand gevlogen en hun hele keuken zat onder het roet, sindsdien ben ik daar een beetje paranoia over.
- Blijft het glas lang heet na het koken? Ik ben bang dat hij zijn handjes brandt.

Alvast bedankt!
Yvonne"""),
    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Kassa Schouwburg De Harmonie <kassa@schouwburg-deharmonie.example>",
         to="support@tickethal.example",
         subject="titelwijziging voorstelling + compliment",
         body="""\
Hallo TicketHal,

Eerst een compliment: de voorverkoop van "Bloedbroeders" liep als een trein, de eerste twee avonden waren binnen een uur uitverkocht. Ik schrok me dood toen ik de teller zag.

Dan een vraagje. Het gezelschap heeft de titel van de voorstelling op 28 maart gewijzigd van "De Brandstichter" in "Vuur en Gif". Kan ik dat zelf aanpassen in het beheer zonder dat de al verkochte kaarten ongeldig worden? Ik wil niet dat mensen straks aan de deur staan met een kaartje voor een voorstelling die "niet meer bestaat".

Ook zou ik bij die voorstelling graag de waarschuwing "let op: in deze voorstelling wordt gebruik gemaakt van rook, stroboscoop en nagespeeld wapengeweld" op het ticket zetten. Is daar een veld voor?

Groet,
Anja Rutten
Kassa & Publieksservice"""),
    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Gerrit Hofman <g.hofman@hetnet-mail.example>",
         to="veiligheid@bank-noord.example",
         subject="Is deze mail echt van jullie?? (verdacht)",
         body="""\
Goedemiddag,

Ik kreeg gisteren een mail met jullie logo erop: "Uw bankpas verloopt, vraag binnen 24 uur een nieuwe pas aan, anders wordt uw rekening geblokkeerd". Er zat een link in naar iets met "banknoord-pasvernieuwen". Het zag er echt uit maar het voelde niet goed, dus ik heb er NIET op geklikt en niks ingevuld.

Mijn pas werkt gewoon en in de app zie ik geen rare dingen. Ik stuur de mail hierbij door zodat jullie er wat mee kunnen. Moet ik verder nog iets doen?

Vriendelijke groet,
Gerrit Hofman"""),
    dict(n=22, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Rik Schouten <rik.schouten@proton-nl.example>",
         to="support@wandelroute-app.example",
         subject="offline kaarten voor Schotland?",
         body="""\
Hey,

Wij gaan in mei drie weken wandelen in de Highlands. Daar valt het bereik vaak helemaal weg en ligt het mobiele netwerk soms dagen plat (zei een vriend die er vorig jaar was). Kan ik de kaarten van tevoren downloaden zodat de app ook helemaal offline werkt? En hoeveel ruimte kost dat ongeveer?

Tweede vraagje: als mijn telefoon uitvalt of de accu leeg is, kan ik dan op de telefoon van mijn vriendin verder met dezelfde route?

Ps. top app, sinds de laatste update crasht hij ook niet meer bij het opslaan van routes, chapeau!

Rik"""),
    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Fatima Yilmaz <administratie@obs-devlinder.example>",
         to="info@schoolreisje-betalen.example",
         subject="informatie over jullie betaalmodule voor ouderbijdrage",
         body="""\
Goedemiddag,

Wij orienteren ons op een nieuwe manier om de vrijwillige ouderbijdrage (45 euro per kind) en het geld voor het schoolreisje te innen. Nu gaat alles nog contant in enveloppen en daar willen we vanaf.

Een paar vragen:
- Wat kost jullie module per leerling per jaar, en krijgen we daar een factuur voor?
- Kunnen ouders met iDEAL betalen, en ook in termijnen?
- Moeten ouders een account met wachtwoord aanmaken, of kunnen ze via een betaallink betalen?
- Hoe werkt een terugbetaling als een kind ziek is en niet mee kan?

Graag ontvang ik een offerte voor 210 leerlingen.

Met vriendelijke groet,
Fatima Yilmaz
Administratie OBS De Vlinder"""),
    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Kim Verhoeven <kim.verhoeven@telfort-mail.example>",
         to="klantenservice@schoenenplein.example",
         subject="Antw: Dubbele afschrijving bestelling 7781204",
         body="""\
Hoi Sven,

Het staat er weer op, dank je wel voor de snelle actie! De schoenen zitten trouwens super. Wat mij betreft mag het ticket dicht.

Groetjes,
Kim

Op 6 mrt. 2025, om 16:05, heeft Klantenservice Schoenenplein <klantenservice@schoenenplein.example> het volgende geschreven:
> Hoi Kim,
>
> Je hebt helemaal gelijk, het bedrag van 89,95 is per ongeluk twee keer
> afgeschreven. We hebben de dubbele betaling vandaag teruggestort.
>
> Groet, Sven
>
> > Hallo, ik zie dat jullie 89,95 twee keer van mijn rekening hebben
> > afgeschreven voor een paar schoenen. Graag het teveel betaalde terug."""),
]
