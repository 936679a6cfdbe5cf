# blind33 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Vries <sanne.devries@ziggo.example>",
         to="klantenservice@babyhuis.example",
         subject="Kinderstoel ingezakt met dochter erin",
         body="""\
Goedemiddag,

Vanochtend is de kinderstoel die we in oktober bij jullie hebben gekocht (Lumo Grow, bestelnummer BH-2026-88412) ingezakt terwijl onze dochter van 11 maanden erin zat. De linker achterpoot klapte ineens naar binnen, de stoel kantelde en ze is met haar hoofd op de tegelvloer gevallen.

Ze heeft een flinke bult en heeft twee keer overgegeven, dus we zijn met haar naar de huisartsenpost geweest. Vannacht moeten we haar om de paar uur wakker maken om te kijken of ze goed reageert.

Het scharnier van de poot is doormidden gescheurd, ik heb er foto's van gemaakt. Bij opa en oma staat nog precies dezelfde stoel. Wat moeten we daarmee doen? En weten jullie of dit vaker voorkomt?

Met vriendelijke groet,
Sanne de Vries
06-12345678"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ahmed El Amrani <a.elamrani@hotmail.example>",
         to="storingen@woonstede-beheer.example",
         subject="koolmonoxidemelder gaat af, cv-ketel Vechtstraat 41-2",
         body="""\
Goedenavond,

Sinds ongeveer 19.00 uur piept de koolmonoxidemelder in de gang aan één stuk door. Mijn vrouw en ik hebben allebei hoofdpijn en zijn duizelig, en onze zoon van 6 heeft net overgegeven. De melder hangt vlak bij de cv-ketel, die sinds vorige week af en toe een raar geluid maakt en een gele vlam heeft.

We zitten nu met z'n drieën bij de buren en hebben thuis alle ramen opengezet. De ketel heb ik met de knop uitgezet. Jullie storingsnummer schakelt steeds door naar een bandje.

Kan er vanavond nog iemand komen? Of moeten we de brandweer bellen? Ik ben bereikbaar op 06-23456789.

Ahmed El Amrani
Vechtstraat 41-2, Utrecht
Huurder sinds 2019"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes Jansen <m.jansen@kpnmail.example>",
         to="support@leerlijn-academie.example",
         subject="Ik zie gegevens van andere cursisten",
         body="""\
Hallo,

Ik weet niet of dit de bedoeling is, maar sinds vanochtend zie ik in mijn dashboard onder "Mijn resultaten" niet alleen mijn eigen cijfers. Er staat een lijst van zo'n 40 andere cursisten van de opleiding Boekhouden, met hun volledige naam, e-mailadres, telefoonnummer, geboortedatum en toetscijfers. Bij een aantal staat zelfs het IBAN waarmee ze het cursusgeld hebben betaald.

Als ik op een naam klik, kan ik ook hun ingeleverde opdrachten downloaden.

Ik heb er verder niets mee gedaan, de screenshots heb ik alleen gemaakt om het jullie te kunnen laten zien. Misschien goed om dit snel dicht te zetten?

Groet,
Marloes Jansen
Cursistnummer LA-55102"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Joris Bakker <jorisbakker@gmail.example>",
         to="klantenservice@deelauto-nu.example",
         subject="Ritten die ik niet gemaakt heb + afschrijvingen",
         body="""\
Hoi,

Vanochtend zag ik drie afschrijvingen van DeelAutoNu op mijn rekening, samen € 187,40. Volgens de app zijn dat ritten van gisteravond in Rotterdam, tussen 22.14 en 02.50 uur. Ik zat gisteravond gewoon thuis in Groningen en heb al weken geen auto van jullie gebruikt.

Volgens mij is iemand met mijn account aan de haal gegaan, of het is gewoon fraude. Mijn wachtwoord heb ik net gewijzigd. Kunnen jullie:
- de ritten terugdraaien en het geld terugboeken
- nagaan wie de auto's heeft geopend
- mijn pas (nr. 4471-22) blokkeren

Joris Bakker

Verstuurd vanaf mijn iPhone"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kim Verbeek <kim@salonkim.example>",
         to="support@knipplanner.example",
         subject="agenda leeg!!! zaterdag",
         body="""\
Hallo,

Help, onze hele agenda in KnipPlanner is leeg. Op de iPad bij de balie en op mijn laptop staat bij vandaag en de rest van de maand helemaal niks meer, terwijl we vandaag vol zitten met 4 stylisten. Klanten die online willen boeken krijgen "Er ging iets mis, probeer het later opnieuw".

We weten niet wie er wanneer komt en voor welke behandeling. Ik sta nu aan de deur aan klanten te vragen hoe laat ze geboekt hebben. Bel me aub zo snel mogelijk: 06-34567890.

Kim Verbeek
Salon Kim - Haar & Beauty, Amersfoort
Klantnummer KP-10387"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Pieter Smit <p.smit@smit-installatietechniek.example>",
         to="support@hostbaas.example",
         subject="Mail en website werken niet meer - klantnr. 20931",
         body="""\
Goedemorgen,

Sinds ongeveer 9 uur ontvangt niemand bij ons op kantoor nog e-mail (12 medewerkers). Klanten die ons mailen krijgen deze melding terug:

   Delivery has failed to these recipients or groups:
   info@smit-installatietechniek.example
   Remote server returned '451 4.3.0 Temporary server error'

Onze website en de webshop voor onderdelen geven "503 Service Unavailable". Onze monteurs krijgen hun werkbonnen per mail en klanten kunnen nu niets bestellen of doorgeven.

In het klantenpaneel staat bij de status alles op groen. Graag zo snel mogelijk contact: 030-1234567.

Met vriendelijke groet,

Pieter Smit
Smit Installatietechniek B.V.

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren."""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Erik Hoekstra <erik.hoekstra@planet.example>",
         to="klantenservice@waakzaam.example",
         subject="App opent niet meer, kan alarm niet aan- of uitzetten",
         body="""\
Beste,

Sinds de update van gisteren laat de Waakzaam-app alleen nog een wit scherm zien. Geen inlogscherm, geen knoppen, niks. Opnieuw installeren helpt niet, ook niet op de telefoon van mijn vrouw.

Wij hebben geen bedieningspaneel, alleen de app. Dat betekent dat we het alarm niet meer aan kunnen zetten als we de deur uit gaan, en gisteravond kon ik het ook niet uitzetten toen ik thuiskwam, waardoor de sirene een kwartier heeft staan loeien. De buren waren er niet blij mee.

Graag snel een oplossing, we gaan zaterdag een week op vakantie.

Erik Hoekstra
iPhone 13, iOS 18.2"""),

    dict(n=8, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Lotte Mulder <lottemulder@outlook.example>",
         to="help@sportsync-app.example",
         subject="Trainingen van horloge komen niet door",
         body="""\
Hoi SportSync,

Is het normaal dat mijn hardlooprondjes sinds een paar dagen niet meer in de app verschijnen? Mijn Garmin synchroniseert wel gewoon met Garmin Connect, maar in SportSync is de laatste training die van 3 december. Handmatig een training toevoegen en mijn schema bekijken lukt wel.

Ik zit midden in een schema voor de halve marathon in maart, dus het zou fijn zijn als mijn kilometers weer meetellen.

Groetjes,
Lotte"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bas van Leeuwen <bas.vanleeuwen@xs4all.example>",
         to="klantenservice@verspakket.example",
         subject="Afgeschreven terwijl box gepauzeerd was",
         body="""\
Goedendag,

Ik had mijn abonnement op 20 november voor drie weken op pauze gezet (de bevestigingsmail heb ik nog). Toch is er op 1 december € 62,95 afgeschreven voor de box van week 49. Die box is ook niet bezorgd, wat klopt, want ik was er niet.

Willen jullie dit bedrag terugstorten op NL00 BANK 0123 4567 89?

Klantnummer: VP-338120

Met vriendelijke groet,
Bas van Leeuwen"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Fatima Yilmaz <fatima@ateliermina.example>",
         to="verkopers@marktplein.example",
         subject="Uitbetaling al 3 weken vastgehouden - ik moet mijn leverancier betalen",
         body="""\
Beste Marktplein-verkopersteam,

Mijn uitbetalingen staan sinds 19 november op "in behandeling". Het gaat inmiddels om € 3.214,60 aan verkopen die allemaal geleverd zijn en waarvan de retourtermijn voorbij is. Ik heb geen bericht gekregen dat er iets mis is met mijn account, en in het verkopersportaal staat geen reden.

Voor mij is dit geen klein bedrag. Ik heb een eenmanszaak en moet vrijdag mijn stoffenleverancier betalen, anders levert hij niet meer voor de kerstdrukte.

Kunnen jullie de uitbetaling vrijgeven, of me laten weten wat er nog van mij nodig is?

Met vriendelijke groet,
Fatima Yilmaz
Atelier Mina - handgemaakte kussens en plaids
Verkopers-ID: MP-77120"""),

    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Henk de Boer <h.deboer@home.example>",
         to="klantenservice@ovpasdirect.example",
         subject="Vraagje over servicekosten",
         body="""\
Goedemiddag,

Een kort vraagje. Op mijn overzicht van november staat naast mijn abonnement Dal Voordeel een regel "servicekosten € 0,50". Die heb ik de maanden ervoor nooit gezien. Waar zijn die voor? Het gaat me niet om het geld hoor, ik ben gewoon nieuwsgierig.

Met vriendelijke groet,
Henk de Boer
Pasnummer 3528 0000 1234 5678"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ria Kuipers <ria.kuipers@live.example>",
         to="info@mijnapotheekonline.example",
         subject="Geen sms-code bij inloggen",
         body="""\
Beste medewerker,

Sinds een week krijg ik geen sms-code meer als ik wil inloggen in de app van de apotheek. Ik vul mijn gebruikersnaam en wachtwoord in, dan staat er "We hebben een code gestuurd naar 06-****1234", maar er komt niets binnen. Andere sms'jes ontvang ik wel gewoon.

Mijn herhaalrecept heb ik nu maar telefonisch doorgegeven en dat ging goed, maar ik doe het liever weer via de app.

Vriendelijke groet,
Ria Kuipers
Geboortedatum 12-05-1958"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Wiśniewski <tomasz.wisniewski@wp.example>",
         to="support@loonwijs.example",
         subject="account geblokeerd, ik heb loonstrook nodig voor hypotheek",
         body="""\
Goedendag,

Mijn account in Loonwijs portaal is geblokeerd sinds gisteren. Ik heb 3 keer verkeerde wachtwoord ingevoerd en nu staat "Uw account is tijdelijk vergrendeld, neem contact op met uw werkgever". Maar mijn werkgever (Van Dam Logistiek) zegt dat zij kunnen het niet openmaken en ik moet jullie mailen.

Ik heb morgen om 10 uur afspraak bij bank voor hypotheek en ik moet de loonstroken van laatste 3 maanden en de werkgeversverklaring meenemen. Die staan alleen in het portaal. Als ik ze niet heb gaat de afspraak niet door.

Mijn personeelsnummer is 40718.
Alstublieft snel helpen.

Met vriendelijke groet,
Tomasz Wiśniewski"""),

    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Ingrid Peeters <ingrid.peeters@telenet.example>",
         to="service@fotoflits-afdrukken.example",
         subject="Tweestapsverificatie instellen?",
         body="""\
Dag,

Mijn schoonzoon zei dat ik beter tweestapsverificatie kan aanzetten op mijn account, omdat daar al onze vakantiefoto's in staan. Ik vind die optie alleen nergens. Moet ik daarvoor een aparte app downloaden, of kan het ook met sms? En kan ik daarna nog gewoon op de computer inloggen?

Alvast bedankt,
Ingrid Peeters"""),

    dict(n=15, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Mark Visser <markvisser@gmail.example>",
         to="vragen@speelgoedparadijs.example",
         subject="Vraag over de brandweerkazerne met sirene",
         body="""\
Hallo,

Mijn zoontje wordt 4 en is helemaal gek van brandweerauto's. Ik twijfel tussen de "Grote Brandweerkazerne met sirene en blusslang" (art. 55231) en de "Brandweer Reddingsset". Twee vragen:

- Zitten de batterijen voor het alarmgeluid en de zwaailichten erbij?
- Spuit de blusslang echt water, of is dat nep? Mijn vrouw ontploft als het hele huis blank staat haha.

En als hij hem toevallig ook van opa krijgt, kan ik hem dan nog ruilen of terugsturen?

Groeten,
Mark Visser"""),

    dict(n=16, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Yara Bos <yarabos@icloud.example>",
         to="support@stepr.example",
         subject="Re: Account geblokkeerd na nieuwe telefoon",
         body="""\
Top, het werkt weer! Ik kon net gewoon inloggen en heb al een ritje gemaakt. Dankjewel Daan, super snel geregeld.

Groetjes, Yara

Op 9 dec. 2026 om 08:12 heeft Yara Bos <yarabos@icloud.example> het volgende geschreven:
> Hoi, ik heb een nieuwe telefoon en nu kan ik niet meer inloggen in de Stepr
> app. Na het invullen van mijn wachtwoord staat er "Account geblokkeerd,
> neem contact op met support". Mijn tegoed van 25 euro staat er nog op.
> Kunnen jullie mijn account weer vrijgeven?"""),

    dict(n=17, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Noor Hendriks <noor.hendriks@gmail.example>",
         to="hallo@puurhuid.example",
         subject="Jullie nieuwe serum = bizar goed",
         body="""\
Hoi lieve mensen van PuurHuid,

Ik moest jullie dit gewoon even laten weten: ik ben helemaal in vuur en vlam over het nieuwe vitamine C-serum. Mijn huid was na de zomer echt een slagveld, en na drie weken vraagt iedereen op kantoor wat ik gedaan heb. Mijn zus heeft het nu ook besteld, en die was eerst nog sceptisch.

Echt een killerproduct. Komt er ook een grotere verpakking? Dan sla ik meteen in, want mijn flesje is bijna op.

Liefs,
Noor

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),

    dict(n=18, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Anouk van Dijk <anouk@degoudenlepel.example>",
         to="support@kassaklaar.example",
         subject="Aanmelding webinar \"Gehackt? Zo beveilig je je kassa\"",
         body="""\
Goedemorgen,

In jullie nieuwsbrief van deze week las ik over het webinar "Gehackt? Zo beveilig je je kassa en pinautomaat" op 21 januari. We willen ons graag met twee personen aanmelden: ikzelf en onze bedrijfsleider, Melissa Koster.

Nog twee vragen:
1. Wordt het webinar opgenomen? Op dinsdagmiddag staan we meestal in de keuken.
2. Komt wachtwoordbeheer ook aan bod? Wij gebruiken nu met het hele team één en hetzelfde wachtwoord voor de kassa.

Met vriendelijke groet,
Anouk van Dijk
Restaurant De Gouden Lepel, Deventer
Reserveren? Bel 0570-123456 of kijk op degoudenlepel.example"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ruben Koster <ruben.koster@hotmail.example>",
         to="info@sportschoolfitplus.example",
         subject="Antw: Toegangspoortje bij de ingang werkt niet",
         body="""\
Hoi,

Bedankt, het poortje doet het weer en ik kon vanochtend gewoon naar binnen. Nog een vraagje: is de sauna tijdens de kerstdagen ook open, of alleen de fitnesszaal?

Groet,
Ruben

-----Oorspronkelijk bericht-----
> Van: Ruben Koster <ruben.koster@hotmail.example>
> Verzonden: maandag 7 december 2026 07:02
> Aan: info@sportschoolfitplus.example
> Onderwerp: Toegangspoortje bij de ingang werkt niet
>
> Het poortje bij de ingang reageert al sinds zaterdag op niemands pas, ook
> de QR-code in de app werkt niet. Er staat elke ochtend een rij mensen voor
> een dichte deur tot er iemand van jullie is."""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Willemijn Groot <w.groot@kpnplanet.example>",
         to="balie@dierenkliniek-eemland.example",
         subject="Bedankt voor de hulp met Bommel",
         body="""\
Beste dierenartsen en assistenten,

Twee weken geleden stonden we op zondagavond in paniek bij jullie aan de deur met Bommel, onze labrador. Hij had een halve reep pure chocola van tafel gepikt en daarna in het park ook nog zijn poot opengehaald aan een kapotte fles. Het bloedde als een gek.

Dokter Hamersma heeft hem laten braken, de wond gehecht en ons heel rustig uitgelegd wat we moesten doen. Vandaag zijn de hechtingen eruit gegaan en hij rent alweer als een dolle door de tuin.

Heel veel dank voor jullie snelle en lieve hulp. In de bijlage een foto van de patiënt, voor op het prikbord.

Hartelijke groet,
Willemijn Groot (en Bommel)"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Daan Willems <daanwillems@ziggo.example>",
         to="info@ticketpunt.example",
         subject="Vraag over terugbetaling bij afgelasting festival",
         body="""\
Hallo Ticketpunt,

Ik wil graag vier combitickets kopen voor Storm op het Strand in juli, maar voordat ik op "bestellen" druk heb ik een paar vragen. Vorig jaar lag ik precies in het festivalweekend plat met griep en was ik mijn geld gewoon kwijt, dus ik ben een beetje voorzichtig geworden.

- Krijg ik mijn geld terug als het festival door noodweer wordt afgelast?
- Kan ik een ticket op een andere naam zetten als iemand afhaakt?
- Is die annuleringsverzekering van € 6,50 per ticket de moeite waard?

Alvast bedankt!
Daan"""),

    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Gerda Pronk <administratie@pronkbouw.example>",
         to="debiteuren@kantoordirect.example",
         subject="Re: Creditnota factuur 2026-11873 - DERDE verzoek",
         body="""\
Geachte heer, mevrouw,

Dit is inmiddels mijn derde mail over dezelfde kwestie en ik heb nog steeds geen antwoord gehad. Dat vind ik werkelijk onacceptabel.

U heeft op 4 november € 846,12 geïncasseerd voor twee dozen toner en een bureaustoel die nooit geleverd zijn. Uw eigen chauffeur heeft de zending als "niet afgeleverd" gemarkeerd. Ik wil uiterlijk vrijdag de creditnota en het geld terug op onze rekening. Gebeurt dat niet, dan storneer ik de incasso en zeggen wij het contract op.

Gerda Pronk
Administratie Pronk Bouw B.V.

Op 1 dec. 2026 om 10:14 schreef Gerda Pronk <administratie@pronkbouw.example>:
> Goedemorgen, ik wacht nog steeds op de creditnota voor factuur 2026-11873.
> Graag per omgaande.
>
> Op 20 nov. 2026 om 15:40 schreef Gerda Pronk <administratie@pronkbouw.example>:
>> Geachte heer, mevrouw, op factuur 2026-11873 staan twee dozen toner en een
>> bureaustoel die wij niet hebben ontvangen. Wilt u hiervoor een creditnota
>> sturen?"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Jeroen Lammers <j.lammers@huisartsengroep-delta.example>",
         to="enterprise@zorgviavideo.example",
         subject="Videoconsulten vallen weg - verzoek om escalatie conform SLA",
         body="""\
Geacht ZorgViaVideo-team,

Namens Huisartsengroep Delta (7 praktijken, contractnummer ZVV-ENT-0192) meld ik dat sinds maandag ongeveer één op de drie videoconsulten na twee tot vijf minuten wegvalt. Patiënt en huisarts zien dan allebei "Verbinding verbroken", en opnieuw verbinden lukt meestal pas na meerdere pogingen. Chatconsulten en de agenda werken normaal.

In onze overeenkomst zijn een beschikbaarheid van 99,9% en een reactietijd van vier uur voor prioriteit 2-meldingen vastgelegd. Ons eerdere ticket van maandag (#ZVV-30417) is nog steeds niet opgepakt. Ik verzoek u deze melding te escaleren naar onze accountmanager en ons vandaag nog een stand van zaken te geven.

Met vriendelijke groet,

drs. J. Lammers
Medisch manager, Huisartsengroep Delta"""),

    dict(n=24, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
         frm="Esther Kramer <esther.kramer@gmail.example>",
         to="klantenservice@dierenvoerdirect.example",
         subject="Afrekenen in de app lukt niet",
         body="""\
Hallo,

Even een melding, geen haast hoor. Als ik in jullie app mijn vaste bestelling kattenvoer wil afrekenen, blijft hij bij de betaalstap hangen op "Een ogenblik geduld..." en daarna sta ik weer in mijn winkelmandje. Op de website lukt het wel gewoon, dus daar heb ik het nu besteld.

Misschien handig om eens naar te kijken? Ik heb een Samsung A54 met de nieuwste versie van de app.

Groet,
Esther Kramer"""),
]
