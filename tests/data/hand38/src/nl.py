# blind39 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne Verhoef <sanne.verhoef@kpnmail.example>",
         to="klantenservice@witgoedplaza.example",
         subject="Airfryer XL, bestelling 4481902",
         body="""\
Hallo,

Ik weet niet goed bij wie ik hiermee moet zijn, dus ik probeer het hier maar.

Vorige week bij jullie de Kooktop airfryer XL gekocht (bestelnr. 4481902). Gisteravond stond hij een kwartiertje aan voor friet en toen rook het ineens naar gesmolten plastic. Mijn dochter (9) wilde de lade eruit trekken en pakte daarbij de zijkant vast. Die was zo heet dat ze nu een blaar over haar halve handpalm heeft, we zijn er gisteravond nog mee naar de huisartsenpost geweest. Aan de achterkant is het plastic rond het rooster bruin en een beetje opgebold, en in de meterkast was de groep eruit gesprongen.

Het ding staat nu in de schuur, stekker eruit. Ik heb foto's als jullie die willen zien.

Wat moet ik nu doen? En zijn er meer mensen met dit model bij jullie geweest? Ik zou het naar vinden als iemand anders hetzelfde overkomt.

Groet,
Sanne Verhoef
06-41 88 27 10"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hans Kuipers <hanskuipers1951@ziggo.example>",
         to="info@apotheekdebrink.example",
         subject="Medicijnrol van mijn vrouw, bezorgd vorige week vrijdag",
         body="""\
Geachte apotheek,

Het spijt me dat ik u hiermee lastigval, misschien heb ik zelf iets over het hoofd gezien.

Vorige week vrijdag is bij ons de weekrol van mijn vrouw, Ria Kuipers (geb. 14-03-1948), bezorgd. Zij slikt al jaren 's ochtends een halve tablet metoprolol 50 mg. Op de zakjes van deze rol staat metoprolol 200 mg, één tablet per keer. Ik heb daar niet op gelet en haar de zakjes gegeven zoals altijd.

Zondag werd ze in de badkamer ineens slap en is ze tegen de wastafel gevallen. Haar hartslag was 38, zei de huisarts. Ze heeft twee nachten in het Gelre gelegen en is sinds gisteren weer thuis, maar nog erg wankel en met een flinke buil op haar hoofd.

Ik heb de rest van de rol apart gelegd. Zou iemand mij kunnen terugbellen om uit te zoeken hoe dit zo gekomen is, en wat we met de overgebleven zakjes moeten doen? Vrijdag komt de volgende rol en die durf ik haar eerlijk gezegd niet zomaar te geven.

Met vriendelijke groet,
Hans Kuipers
Lindelaan 22, Apeldoorn
055-521 40 87"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mo El Idrissi <m.elidrissi@hotmail.example>",
         to="reparaties@woonstichtingdekern.example",
         subject="lekkage keuken Zonnebloemstraat 41-A",
         body="""\
Goedenavond,

Bij de bovenburen lekt weer water door, maar nu loopt het langs de lamp en de muur naar beneden, precies over het stopcontact waar de koelkast in zit. Het knetterde, er kwam een blauwe vonk uit en daarna was de stroom in de hele keuken weg. De muur rond het stopcontact is zwart en het ruikt hier naar schroei.

Bovenburen doen niet open. Ik heb de groep uitgezet maar het water blijft druppelen. Mijn kinderen slapen in de kamer ernaast.

Wat moet ik doen? Kan er vanavond nog iemand komen?

Mo El Idrissi
Zonnebloemstraat 41-A, Tilburg
06-28 73 11 95

Verstuurd vanaf mijn iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="data", qt=0, reply=0,
         frm="Peter van Gelder <pvgelder@casema.example>",
         to="support@tweedehandsplein.example",
         subject="Kan niet meer inloggen + advertenties die niet van mij zijn",
         body="""\
Hallo,

Gisteravond kreeg ik een mail van jullie dat er was ingelogd vanaf een nieuw apparaat in Boekarest. Ik ben nog nooit in Roemenië geweest en zat gewoon thuis op de bank. Tien minuten later nog een mail: het e-mailadres van mijn account is gewijzigd. Toen ik wilde inloggen, klopte mijn wachtwoord niet meer.

Vanochtend zag ik via de telefoon van mijn vrouw dat er onder mijn naam (pvg_gelder) zes advertenties staan voor iPhones en een PlayStation 5 voor belachelijk lage prijzen. Er hebben al mensen op gereageerd, een buurman vroeg me zelfs of ik die telefoons echt verkocht.

Ik heb al 11 jaar een account met alleen maar positieve beoordelingen, en mijn adres en telefoonnummer staan erin. Kunnen jullie het account terugzetten naar mijn eigen e-mailadres (pvgelder@casema.example) en die advertenties weghalen?

Peter van Gelder
06-12 90 44 37"""),

    dict(n=5, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ruud Brink <r.brink@logistiekwaalwijk.example>",
         to="servicedesk@scanflow.example",
         subject="URGENT - pickers komen niet in de scanners, DC Waalwijk",
         body="""\
Servicedesk,

Sinds de start van de vroege dienst om 6:00 krijgt hier geen enkele orderpicker een scanner aan de gang. Na personeelsnummer en pincode komt "Gebruiker onbekend" en springt hij terug naar het beginscherm. Dat geldt voor alle 22 handscanners, en ook voor mijn eigen beheeraccount op de pc.

Gevolg: 19 man staat koffie te drinken, de eerste wagen voor de winkels stond om 7:15 aan dock 4 en is leeg vertrokken, en er moeten nog ruim 1.400 orderregels vóór 14:00 de deur uit. Om 14:00 komt ook de late dienst binnen.

Volgens jullie mail van vrijdag is er vannacht "een update van het wachtwoordbeleid" uitgevoerd. Ik vermoed dat het daarmee te maken heeft.

Graag zo snel mogelijk terugbellen op 0416-67 20 93 of mobiel 06-53 31 08 26.

Ruud Brink
Teamleider operatie
Logistiek Waalwijk B.V."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lotte Zwart <lotte@filmhuisdelinde.example>",
         to="support@tixpoint.example",
         subject="Fwd: scanners - première vanavond 19:30",
         body="""\
Hierbij het bericht van onze kassamedewerker. Om 18:45 gaan de deuren open voor de première, met de regisseur en de cast in de zaal. Wie kan er nu met ons meekijken? Bel me alsjeblieft: 020-638 11 52.

Lotte Zwart
Bedrijfsleider Filmhuis De Linde

---------- Doorgestuurd bericht ---------
Van: Kassa Filmhuis De Linde <kassa@filmhuisdelinde.example>
Datum: di 1 dec 2026 om 15:12
Onderwerp: scanners
Aan: Lotte Zwart <lotte@filmhuisdelinde.example>

Hoi Lotte,

Beide scanners bij de ingang geven bij elk e-ticket "Ongeldige code", ook bij de twee testkaartjes die we vanochtend zelf hebben gekocht. In het portaal staat bij de première van vanavond 0 verkochte kaarten, terwijl we uitverkocht zijn (412 in zaal 1 en 2, plus 60 genodigden). De export van de gastenlijst geeft een leeg bestand, dus afstrepen op papier kan ook niet. Ik heb de scanners al twee keer opnieuw opgestart.

Groetjes,
Daan"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Esther Bakker <estherbakker@planet.example>",
         to="klantenservice@glasnetnoord.example",
         subject="Re: Uw melding 20261204-5581",
         body="""\
Hoi,

Mijn antwoorden staan hieronder tussen de vragen.

Op ma 7 dec 2026 om 16:02 schreef Klantenservice GlasnetNoord <klantenservice@glasnetnoord.example>:
> 1. Welke lampjes branden er op het glasvezelkastje (NT) en op de modem?
Op het witte kastje in de meterkast brandt "LOS" rood en "PON" knippert. Op de modem brandt alleen het power-lampje.
> 2. Heeft u beide apparaten 30 seconden stroomloos gemaakt?
Ja, inmiddels drie keer. Ook de glasvezelkabel voorzichtig los en weer vast gedaan.
> 3. Zijn er werkzaamheden in de straat geweest?
Vrijdag heeft een aannemer voor de deur de stoep opengebroken voor nieuwe lantaarnpalen. Sinds vrijdagmiddag heb ik niks meer.

Dus al vier dagen geen internet, geen tv en geen vaste telefoon. Ik ben zzp'er en vertaal vanuit huis, ik zit nu met mijn laptop in de bibliotheek, maar die is morgen dicht en vrijdag moet een grote opdracht de deur uit. Kan er deze week nog een monteur komen?

Groet,
Esther Bakker
Klantnummer 7720145"""),

    dict(n=8, signals="outage", priority="medium", trap="minor", qt=0, reply=0,
         frm="Marieke Smit <info@dierenkliniekdehoeve.example>",
         to="support@vetagenda.example",
         subject="Paar punten (sms-herinneringen!)",
         body="""\
Hallo VetAgenda-team,

Een paar dingen die zich hebben opgestapeld:

1. Kan het btw-nummer van de kliniek onderaan de factuur in plaats van bovenaan? Onze boekhouder vraagt erom, geen haast.
2. Sinds dinsdag gaan de sms-herinneringen voor afspraken niet meer de deur uit. In het logboek blijven ze op "in wachtrij" staan. De agenda, de kassa en de patiëntdossiers doen het gewoon. Onze assistentes bellen nu elke middag de afspraken van de volgende dag na; dat lukt, maar het kost ons anderhalf uur per dag en gisteren hadden we al vier mensen die niet kwamen opdagen.
3. Idee voor later: een knop om een röntgenfoto direct aan de mail naar de eigenaar te hangen.

Punt 2 heeft voor ons wel voorrang.

Hartelijke groet,
Marieke Smit
Praktijkmanager
Dierenkliniek De Hoeve, Zeist
030-692 44 18"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Wim de Graaf <wimdegraaf@xs4all.example>",
         to="service@zonnestroomenergie.example",
         subject="Vraag over nieuw termijnbedrag",
         body="""\
Goedemiddag,

Vandaag kreeg ik de jaarafrekening (klantnummer 30018872). Ik zie dat mijn maandelijkse termijnbedrag per januari omhooggaat van € 118 naar € 164. Volgens de afrekening is mijn verbruik juist iets lager dan vorig jaar, en ik heb over dit jaar zelfs € 37 teruggekregen.

Kunt u uitleggen hoe dat nieuwe bedrag berekend is? Heeft het met de tarieven voor 2027 te maken, of met de terugleververgoeding voor mijn zonnepanelen? Als het klopt is het prima, ik wil het alleen graag begrijpen.

Met vriendelijke groet,
Wim de Graaf"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ilse Jansen <ilse.jansen@gmail.example>",
         to="ledenadministratie@hcdewielewaal.example",
         subject="Contributie Noor twee keer afgeschreven",
         body="""\
Hoi ledenadministratie,

Vanochtend zag ik op onze rekening dat de contributie voor onze dochter Noor Jansen (MC2, lidnr. 40871) twee keer is afgeschreven: op 1 december twee keer € 245,00, allebei met de omschrijving "Contributie 2026-2027 HC De Wielewaal". Misschien heeft het te maken met de overstap naar het nieuwe ledensysteem waar jullie over mailden?

Kunnen jullie het dubbele bedrag terugstorten op NL21 INGB 0007 6634 12? Ik stort liever niet terug via de bank, dan raakt jullie administratie vast helemaal in de war.

Alvast bedankt en sportieve groet,
Ilse Jansen"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Tim Hoekstra <timhoekstra@outlook.example>",
         to="klantenservice@noordbank.example",
         subject="Pas geblokkeerd in Lissabon, huur moet maandag betaald",
         body="""\
Hallo,

Ik zit voor mijn studie een half jaar in Lissabon. Sinds gisteren wordt mijn betaalpas overal geweigerd, in de supermarkt en bij de pinautomaat ("cartão bloqueado"). In de app staat bij de pas alleen "tijdelijk geblokkeerd", zonder reden. Ik heb zelf niks veranderd.

Maandag moet ik € 550 huur contant aan mijn hospita betalen en ik heb hier nog 12 euro. Bellen naar jullie buitenlandnummer lukt niet, na 40 minuten in de wachtrij valt de verbinding weg.

Kunnen jullie de pas weer vrijgeven? Rekening eindigt op 4471.

Tim Hoekstra
+351 912 448 306

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Katarzyna Nowak <kasia.nowak@wp.example>",
         to="help@kijkbox.example",
         subject="vraag over e-mail veranderen",
         body="""\
Goedendag,

Ik heb een account bij Kijkbox sinds 2 jaar. Nu ik heb een nieuwe e-mailadres van mijn werk en ik wil die gebruiken voor de account, want de oude e-mail ik lees bijna nooit meer. Waar kan ik dit veranderen? In de app op de tv ik zie alleen "Profielen" en "Afmelden".

Ook een vraag: als ik de e-mail verander, blijft dan mijn lijst met series en de profiel van mijn zoon?

Dank u wel voor de hulp.
Katarzyna Nowak"""),

    dict(n=13, signals="account", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Gert Verbeek <werkplaats@autobedrijfverbeek.example>",
         to="webshop@onderdelenpartner.example",
         subject="Re: [Ticket #88213] Inlog tweede monteur",
         body="""\
Hallo Sandra,

Net nog een keer geprobeerd zoals je voorstelde, maar de mail met de resetlink komt bij Jeroen niet aan, niet in de inbox en niet in de spam. Zijn gebruikersnaam is jeroen.verbeek, klantnummer 10-4427. Met zijn oude wachtwoord krijgt hij "Account tijdelijk geblokkeerd, neem contact op met uw accountmanager".

Voorlopig bestelt hij de onderdelen via mijn inlog, dat gaat wel, maar dan staan alle bestellingen op mijn naam en klopt de werkbonadministratie niet meer. Kun je zijn account vrijgeven of even kijken welk e-mailadres erbij staat?

Groet,
Gert Verbeek
Autobedrijf Verbeek, Harderwijk

Op wo 2 dec 2026 om 09:41 schreef Sandra | OnderdelenPartner <webshop@onderdelenpartner.example>:
> Beste heer Verbeek,
> Kunt u Jeroen vragen het opnieuw te proberen via "Wachtwoord vergeten" op de inlogpagina?
> Laat het ons weten als dat niet lukt.
> Met vriendelijke groet,
> Sandra
> OnderdelenPartner B.V."""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Annelies Dijkstra <a.dijkstra@dijkstravanleeuwen.example>",
         to="support@procesdossier.example",
         subject="Geen toegang tot ProcesDossier - indiening vandaag vóór 17:00 uur",
         body="""\
Geachte heer, mevrouw,

Sinds vanochtend kan ik niet meer inloggen op mijn ProcesDossier-account (gebruikersnaam adijkstra-dvl). Na het wachtwoord vraagt het systeem om de code uit de authenticator-app, maar die app stond op mijn oude telefoon, die ik vorige week heb ingeleverd. Via "Toegang herstellen" krijg ik de melding dat de herstelcode ongeldig is, en na drie pogingen is het account nu geblokkeerd.

Vandaag vóór 17:00 uur moet ik namens een cliënt een beroepschrift met producties indienen in een bestuursrechtelijke zaak. De termijn verloopt vandaag en kan niet worden verlengd. Het dossier staat uitsluitend in mijn account; mijn collega's hebben er geen toegang toe.

Ik verzoek u dringend mij vandaag nog te bellen op 070-346 88 20 (secretariaat) of 06-22 19 73 54, zodat mijn identiteit kan worden vastgesteld en de tweestapsverificatie kan worden hersteld.

Met vriendelijke groet,

mr. A.M. Dijkstra
Advocaat
Dijkstra & Van Leeuwen Advocaten
Laan van Meerdervoort 112, 2517 AN Den Haag
T 070-346 88 20

Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten die onder het beroepsgeheim valt. Bent u niet de geadresseerde, dan wordt u verzocht de afzender direct te informeren en het bericht te vernietigen. Op al onze werkzaamheden zijn de algemene voorwaarden van Dijkstra & Van Leeuwen Advocaten van toepassing, waarin een beperking van aansprakelijkheid is opgenomen."""),

    dict(n=15, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Gerda Mulder <gerdamulder@kpnplanet.example>",
         to="klantenservice@snelpakket.example",
         subject="Fw: Uw pakket kan niet worden bezorgd",
         body="""\
Goedemorgen,

Deze mail kreeg ik vanochtend, en gisteren ook al een sms met bijna dezelfde tekst. Ik verwacht wel een pakje van mijn kleinzoon uit Duitsland, dus ik twijfelde even. Ik heb nergens op geklikt en niets betaald, mijn buurjongen zegt dat het oplichting is. Komt dit van jullie of is het phishing? Misschien kunnen jullie er iets mee, ik heb ook een foto van de sms.

Vriendelijke groet,
Gerda Mulder

----- Doorgestuurd bericht -----
Van: SnelPakket Bezorging <noreply@snelpakket-bezorging.example>
Onderwerp: Uw pakket kan niet worden bezorgd

Beste klant,
Uw pakket (NL38827401SP) kon niet worden bezorgd wegens onvoldoende frankering. Betaal binnen 24 uur € 1,99 via onderstaande link, anders wordt uw pakket teruggestuurd naar de afzender.
https://snelpakket-verzending.example/betalen
Let op: na 24 uur wordt uw zending geblokkeerd."""),

    dict(n=16, signals="-", priority="low", trap="care-admin", qt=0, reply=0,
         frm="Erik Vos <e.vos@brandweer-ijsselland.example>",
         to="orders@slaapcomfortzakelijk.example",
         subject="Levering matrassen kazerne Noord + kopie factuur",
         body="""\
Goedemiddag,

Op 12 november hebben wij bij u 14 matrassen en kussens besteld voor de slaapkamers van onze beroepsploeg (ordernummer SZ-2026-3318). Kunt u mij laten weten wanneer de levering gepland staat? Graag op een doordeweekse dag tussen 9:00 en 15:00 uur, dan is de wachtchef aanwezig.

Houd er rekening mee dat de ploeg midden in het lossen kan moeten uitrukken voor een brand of een ongeval. De chauffeur moet dan even wachten of de spullen in de stalling naast de tankautospuit zetten. Graag de oprit vrijhouden in verband met uitrukkende voertuigen.

Daarnaast hebben wij een kopie nodig van factuur 2026-11487 (de verduisterende gordijnen voor dezelfde slaapkamers); onze crediteurenadministratie kan het origineel niet meer vinden.

Met vriendelijke groet,

Erik Vos
Ploegchef kazerne Noord
Brandweer IJsselland
T 038-425 60 12"""),

    dict(n=17, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Marloes Hendriks <marloes.hendriks@ziggo.example>",
         to="cursusadministratie@taalhuisutrecht.example",
         subject="Spaans A2 dinsdagavond - even uit de running",
         body="""\
Hoi,

Beetje een gek verhaal: vorige week donderdag ben ik bij het ophangen van de kerstverlichting van de trap gevallen. Resultaat: pols gebroken, drie nachten in het ziekenhuis (de spoedeisende hulp van het Diak was ook een ervaring...) en nu zit mijn rechterarm tot over de elleboog in het gips. Ik typ met links, dus sorry voor de tikfouten.

Ik zit in de groep Spaans A2 op dinsdagavond bij Carmen. Lessen 9 tot en met 12 ga ik missen, want ik mag voorlopig niet autorijden en de bus naar jullie is met dit ding om mijn arm geen pretje. Zou ik die lessen kunnen inhalen in de voorjaarsgroep, of kan ik misschien online aanschuiven? En willen jullie Carmen laten weten waarom ik er niet ben? Ik wil niet dat ze denkt dat ik ermee gestopt ben.

¡Muchas gracias!
Marloes Hendriks"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Youssef Amrani <y.amrani@live.example>",
         to="service@fotoboekfabriek.example",
         subject="Re: [Ticket 552190] Dubbel betaald + account geblokkeerd",
         body="""\
Hoi Lisa,

Even een update voor jullie dossier: het is allemaal goed gekomen.

Het dubbele bedrag van € 54,95 stond vanochtend weer op mijn rekening, en met de nieuwe resetlink kon ik gewoon weer inloggen. Mijn fotoboek (bestelling 2026-778412) staat ook netjes op "In productie". Dat de app crashte bij het afrekenen en ik daarna buitengesloten was, was op dat moment best balen, maar jullie hebben het snel opgepakt.

Van mijn kant mag het ticket dus dicht. Bedankt voor de hulp!

Groet,
Youssef"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Henk Visser <henk.visser@telfort.example>",
         to="verkoop@bewaarkluis.example",
         subject="Vragen voordat ik het familieabonnement neem",
         body="""\
Goedenavond,

Ik overweeg jullie Familie-abonnement (2 TB) te nemen voor al onze foto's en de administratie, maar voordat ik de knoop doorhak heb ik een paar vragen:

- Wat gebeurt er met onze bestanden als er brand uitbreekt in jullie datacenter, of als jullie servers crashen? Staat er ergens een kopie op een andere plek?
- Stel dat mijn laptop gestolen wordt bij een inbraak: kan de dief dan overal bij?
- Als er bij jullie een datalek is, hoe hoor ik dat dan?
- En een wat somberder vraag: als ik kom te overlijden, kunnen mijn vrouw of kinderen dan bij de bestanden, en hoe gaat dat in zijn werk?

Ik ben 71 en wil het graag in één keer goed regelen.

Met vriendelijke groet,
Henk Visser"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Bas Koster <bas.koster@hackproof-security.example>",
         to="support@verhuurdesk.example",
         subject="Is uw klantportaal lek? Gratis quickscan tot 31 december",
         body="""\
Goedemorgen,

Wist u dat 6 op de 10 mkb-bedrijven minstens één keer per jaar te maken krijgen met een datalek? Hackers zoeken actief naar verouderde plug-ins, zwakke wachtwoorden en vergeten testomgevingen. Eén geslaagde ransomware-aanval kan uw bedrijf dagenlang stilleggen en een boete van de Autoriteit Persoonsgegevens opleveren.

HackProof Security voert voor bedrijven zoals het uwe penetratietests uit volgens de OWASP-methodiek. Tot 31 december bieden wij een gratis externe quickscan van uw klantportaal aan, inclusief rapport met bevindingen en prioriteiten. Wij testen uiteraard nooit zonder uw schriftelijke toestemming.

Zullen we volgende week een kwartiertje bellen? U kunt ook direct een moment kiezen via https://hackproof-security.example/afspraak

Met vriendelijke groet,

Bas Koster
Accountmanager
HackProof Security B.V. | Stationsplein 4, 3811 HE Amersfoort
T 033-760 12 90

U ontvangt deze e-mail omdat uw bedrijf is ingeschreven in het Handelsregister. Geen berichten meer ontvangen? Antwoord met "afmelden"."""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Daan Meijer <daanmeijer2008@gmail.example>",
         to="feedback@polderpixel.example",
         subject="nieuwe menu in Kanaalkoning is een ramp",
         body="""\
yo,

ik speel Kanaalkoning al sinds de beta en dit moet ik even kwijt. dat nieuwe menu van update 3.2 is echt een ramp. alles is wit en fel, om 2 uur 's nachts word ik er letterlijk blind van. breng alsjeblieft dark mode terug, het zou me echt slopen als die weg blijft.

en de nieuwe sluis-skins zijn moord op mijn ogen haha. die oude houten sluizen waren gewoon een killerfeature, niemand vroeg om neon.

de nieuwe kaart van Zeeland is wel sick, daar niet aankomen 🔥

groetjes daan (gamertag DaanDeDijkgraaf)"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rob ter Horst <r.terhorst@obsderegenboog.example>",
         to="support@digiklas.example",
         subject="Re: DigiKlas start niet op in alle lokalen",
         body="""\
Hoi Wendy,

Top, na jullie update van gisteren start alles weer gewoon op, ook in groep 7 en 8. Nog een kleine vraag: kunnen we de nieuwe versie zelf op de laptopkar zetten, of moet dat via jullie?

Groet,
Rob ter Horst
ICT-coördinator OBS De Regenboog

Op do 3 dec 2026 om 08:17 schreef Rob ter Horst <r.terhorst@obsderegenboog.example>:
> Goedemorgen,
> Sinds gisteren start DigiKlas in geen enkel lokaal meer op. Alle 12 digiborden blijven hangen op het laadscherm met "Verbinding met server mislukt".
> De leerkrachten geven nu les uit boeken en de rekenmethode is niet te gebruiken, terwijl we vrijdag de oefentoetsen gepland hebben.
> Graag snel hulp.
> Rob ter Horst"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Natasja de Wit <natasja.dewit@home.example>",
         to="klantenservice@zonvakanties.example",
         subject="Re: Re: Terugbetaling geannuleerde reis Kreta - boekingsnr. ZV-2026-41873",
         body="""\
Dit is nu mijn DERDE mail. Op geen van beide heb ik een inhoudelijk antwoord gekregen, alleen een automatische bevestiging dat "uw vraag binnen 5 werkdagen wordt behandeld". Dat was op 6 november!

Jullie hebben onze reis zelf geannuleerd. Het gaat om € 2.386 en dat is voor ons heel veel geld. Mijn man is sinds oktober zijn baan kwijt en half december moeten we de eindafrekening van de energie betalen. Staat het bedrag niet vóór 15 december op onze rekening, dan dien ik een klacht in bij de Geschillencommissie en schakel ik mijn rechtsbijstand in.

Bel me desnoods: 06-47 20 18 63.

Natasja de Wit

Op 20 nov 2026 om 21:14 schreef Natasja de Wit <natasja.dewit@home.example>:
> Ik heb nog steeds niets gehoord over de terugbetaling van € 2.386 voor onze geannuleerde reis (ZV-2026-41873). Wanneer kan ik het geld verwachten?
>
> > Op 6 nov 2026 om 10:02 schreef Natasja de Wit <natasja.dewit@home.example>:
> > Goedemorgen, jullie hebben onze reis naar Kreta van 17 t/m 27 oktober geannuleerd wegens "operationele redenen". In de annuleringsmail stond dat we het volledige bedrag binnen 14 dagen terugkrijgen. Graag een bevestiging wanneer dat gebeurt."""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Jeroen Kramer <j.kramer@hotelgroepdeduinen.example>",
         to="enterprise-support@roomlink.example",
         subject="P1 conform SLA: beschikbaarheid Hotel De Duinen Noordwijk wordt niet gesynchroniseerd",
         body="""\
Geacht RoomLink-team,

Sinds vannacht circa 02:00 uur worden wijzigingen in beschikbaarheid en tarieven van Hotel De Duinen Noordwijk (property-ID RL-20417) niet meer doorgezet naar Booking.com, Expedia en onze eigen boekingsmodule. De andere drie hotels van de groep synchroniseren normaal. Onze receptie sluit de kamers nu handmatig in de extranets, maar vanochtend zijn er al twee boekingen binnengekomen voor kamers die bezet waren.

Op grond van onze Enterprise-overeenkomst (contractnr. ENT-2024-0093, bijlage 2 SLA) is dit een P1-melding met een reactietijd van één uur en een oplostijd van vier uur. Ik verzoek u de melding als zodanig te registreren en mij binnen die termijn telefonisch te informeren over de voortgang.

Met vriendelijke groet,

Jeroen Kramer
Manager Revenue & Distributie
Hotelgroep De Duinen B.V.
Koningin Wilhelmina Boulevard 8, 2202 GR Noordwijk
T +31 71 361 24 00

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht abusievelijk ontvangen, verwijder het dan en stel de afzender hiervan op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend."""),
]
