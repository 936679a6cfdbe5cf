# blind44 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes de Wit <marloes.dewit@kpnpost.example>",
         to="klantenservice@velox-ebikes.example",
         subject="Accu van mijn Velox Urban 7",
         body="""\
Hallo,

Ik weet eigenlijk niet goed waar ik dit moet melden, dus ik probeer het maar hier.

Gisteravond stond mijn fiets zoals altijd in de gang aan de lader (Velox Urban 7, gekocht in april, framenummer VX7-2231-NL). Rond half elf hoorden we een soort sissend geluid, en toen we gingen kijken kwam er een witte walm onder de accu vandaan, met een scherpe chemische lucht. Mijn man heeft de stekker eruit getrokken en de hele fiets naar buiten gesleept, en heeft daarbij zijn hand flink verbrand aan de behuizing van de accu. Het plastic is aan één kant helemaal vervormd en zwart.

De accu ligt nu in een emmer zand in de tuin, want we wisten niet wat we er anders mee moesten. Onze kinderen slapen boven, recht boven die gang, dus ik heb vannacht niet veel geslapen.

Kan iemand mij laten weten wat we nu met die accu moeten doen en of jullie hem komen ophalen? De lader heb ik ook maar niet meer in het stopcontact gedaan.

Groetjes,
Marloes de Wit
Zwanenstraat 14, Deventer
06-41 88 20 73"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Youssef Amrani <y.amrani@thuismail.example>",
         to="consumentenservice@nutrilinde.example",
         subject="Stukje plastic in blik Nutrilinde 1",
         body="""\
Goedemorgen,

Vannacht gaf ik onze dochter (4 maanden) haar fles van drie uur. Na een paar slokken begon ze ineens te kokhalzen, ze werd rood in haar gezicht en kreeg geen geluid meer uit haar keel. Ik heb haar voorover op mijn arm gelegd en op haar rug geklopt, en toen kwam er een stukje hard, doorzichtig plastic uit haar mond, ongeveer zo groot als de nagel van mijn pink. Ze is nu weer rustig en drinkt goed. We gaan vanmiddag toch even langs het consultatiebureau.

Daarna heb ik met een lepel door het blik gezocht en nog een tweede stukje gevonden. Het lijkt op een scherfje van een maatschepje, maar ons eigen schepje is heel.

Gegevens van het blik: Nutrilinde 1 zuigelingenvoeding, 800 g, partijnummer L2611-0483, THT 09-2027. Gekocht bij de supermarkt in Woerden.

Ik heb het blik en beide stukjes bewaard. Wat willen jullie dat ik ermee doe? En hoe weet ik of de andere twee blikken uit dezelfde doos wel goed zijn?

Met vriendelijke groet,
Youssef Amrani"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Esther Kuijpers <e.kuijpers@rivierziekenhuis.example>",
         to="service@medilinq.example",
         subject="Melding incident infuuspomp MQ-300, serienr. MQ300-18842",
         body="""\
Geachte heer, mevrouw,

Hierbij melden wij een incident met een infuuspomp van het type Medilinq MQ-300 op onze afdeling Interne Geneeskunde (C4).

Gisteravond is bij een patiënt van 81 jaar via deze pomp morfine ingesteld op 2 ml/uur. Bij de controle om 22.00 uur bleek de zak die om 18.00 uur was aangehangen vrijwel leeg: er was in vier uur ongeveer 80 ml ingelopen in plaats van 8 ml. De patiënt was nauwelijks aanspreekbaar, met een ademfrequentie van 6 per minuut. Na toediening van naloxon is hij hersteld; hij ligt nu ter observatie op de medium care. Het display van de pomp gaf de hele tijd 2 ml/uur aan.

De pomp (software 4.2.1) is uit gebruik genomen en in quarantaine geplaatst. Uit voorzorg hebben wij alle 23 pompen van dit type op de afdeling vervangen door leenpompen van de IC, maar die kunnen wij maar tot morgen houden.

Wij verzoeken u:
- vandaag contact op te nemen met onze afdeling Medische Technologie (030 - 287 44 10);
- te laten weten of dit probleem bij deze softwareversie bekend is;
- de pomp op te halen voor onderzoek.

Intern is een VIM-melding gedaan; een melding bij de IGJ volgt.

Met vriendelijke groet,

Esther Kuijpers
Teamleider Verpleging Interne Geneeskunde C4
Rivierziekenhuis Houten | T 030 - 287 41 00 | sein 4417

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder het bericht dan en stel de afzender op de hoogte. Het Rivierziekenhuis aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van dit bericht."""),

    dict(n=4, signals="safety", priority="critical", trap="terse", qt=0, reply=0,
         frm="Henk Bosma <henkbosma57@planetpost.example>",
         to="klantenservice@noordergas.example",
         subject="gaslucht na nieuwe meter",
         body="""\
Vandaag is jullie monteur geweest voor de slimme meter. Sinds hij weg is ruikt het in de meterkast en de gang naar gas, vooral bij die nieuwe koppeling. Hoofdkraan heb ik dichtgedraaid en de deuren staan open. Mijn vrouw zit in een rolstoel dus we kunnen niet zomaar weg. Bel me aub 06-22 91 40 58.

Henk Bosma, Molenweg 3, Haren

Verstuurd vanaf mijn Samsung Galaxy-smartphone."""),

    dict(n=5, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Anouk Verhagen <directie@kdv-dewaterlelie.example>",
         to="service@speelhout-buitenspel.example",
         subject="Fwd: Incidentverslag locatie Lindelaan - klimrek",
         body="""\
Goedenavond,

Hieronder het verslag van onze locatiemanager van vrijdag. Het gaat om het klimrek 'Kabouterberg' dat jullie in september bij ons hebben geplaatst. Hetzelfde rek staat ook op onze locaties Esdoornstraat en Parkzicht; daar hebben we het met lint afgezet, maar de kinderen willen er natuurlijk steeds naartoe. Kunnen jullie maandag iemand sturen die alle drie de rekken bekijkt?

Anouk Verhagen
Directeur Kinderdagverblijf De Waterlelie

---------- Doorgestuurd bericht ---------
Van: Sabine Oudshoorn <lindelaan@kdv-dewaterlelie.example>
Datum: vr 4 dec 2026 om 16:47
Onderwerp: Incidentverslag locatie Lindelaan - klimrek
Aan: Anouk Verhagen <directie@kdv-dewaterlelie.example>

Hoi Anouk,

Vanochtend om 10.15 uur, tijdens het buitenspelen, is de bovenste dwarsbalk van het klimrek aan één kant losgeschoten. Daan (2,5 jaar) stond erop en is met balk en al naar beneden gekomen, met zijn hoofd tegen de rand van de zandbak. Hij had een flinke snee boven zijn oog; moeder is met hem naar de huisartsenpost gegaan en daar is het gelijmd. Toen we het rek bekeken, zagen we dat de twee bouten aan die kant niet meer vastzaten: de gaten in het hout zijn uitgescheurd.

Het rek staat nu achter lint en de ouders van de groep zijn ingelicht.

Groet, Sabine"""),

    dict(n=6, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Rob Hendriks <rob.hendriks@wxs-mail.example>",
         to="klantenservice@hollandiadirect.example",
         subject="Mijn moeder is gebeld door 'de bank' en nu is er geld weg",
         body="""\
Goedemiddag,

Ik schrijf namens mijn moeder, mevrouw G. Hendriks-Smit (82), rekeningnummer NL27 HODB 0552 1830 94. Ik heb een machtiging voor haar rekening.

Zij werd vanochtend gebeld door een vriendelijke man die zei dat hij van jullie afdeling beveiliging was. Volgens hem was haar rekening 'gekraakt' en moest ze haar geld snel naar een veilige rekening overzetten. Ze heeft op zijn aanwijzing een app geïnstalleerd en de codes uit haar bankapp voorgelezen. Daarna zijn er twee overboekingen gedaan, van € 2.450 en € 2.500, naar een rekening op naam van 'Veilige Rekening HDB'. Die kent zij helemaal niet.

Ik zit nu bij haar. We hebben die app verwijderd en haar pas laten blokkeren via het nummer op de achterkant, maar aan de telefoon zeiden ze dat ik ook moest mailen. Kunnen jullie de overboekingen nog tegenhouden of terughalen? Het is bijna haar hele spaargeld. Morgen doen we aangifte bij de politie.

Met vriendelijke groet,
Rob Hendriks
06-18 33 27 90"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Patrick van Dam <planning@taxicentrale-rivierenland.example>",
         to="support@ritwijzer.example",
         subject="Geen ritten meer op tablets chauffeurs sinds 05.40 uur",
         body="""\
Goedemorgen,

Sinds 05.40 uur vanochtend komen er geen ritten meer binnen op de tablets in onze auto's. De Ritwijzer-app blijft op 'Verbinden...' staan en in het planningsscherm op kantoor staan alle 38 voertuigen op grijs, ook de auto's die gewoon rijden. Het opnieuw opstarten van de tablets en van de pc's op kantoor heeft geen verschil gemaakt.

We geven nu alle ritten telefonisch door aan de chauffeurs, maar met drie planners redden we dat niet. Vanochtend staan er 212 ritten gepland, waaronder het vervoer van 46 dialysepatiënten naar het ziekenhuis in Tiel en het leerlingenvervoer voor vier scholen. Er staan nu al klanten op de stoep die hun taxi niet zien komen.

Graag per direct iemand die ons belt op 0344 - 61 20 00 (vraag naar de planning). Ons klantnummer is RW-1187.

Met vriendelijke groet,

Patrick van Dam
Hoofd planning
Taxicentrale Rivierenland B.V."""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=1,
         frm="Joost Meulenbelt <joost.meulenbelt@schouwburgdelinde.example>",
         to="support@kaartkompas.example",
         subject="Re: [Ticket #48213] Scanners ingang geven 'Onbekende code'",
         body="""\
Alles gedaan wat u hieronder voorstelt. App opnieuw geïnstalleerd op alle zes scanners, opnieuw gekoppeld aan voorstelling 1812, wifi is prima. Elk ticket geeft nog steeds 'Onbekende code', zowel de geprinte kaarten als de e-tickets op de telefoon.

Vanavond om 20.00 uur is de première van 'Het Zoutpad', uitverkocht, 640 bezoekers, deuren open om 19.15 uur. Als dit niet vóór die tijd is opgelost, moeten we iedereen op naam van een lijst afstrepen aan de deur, en dat gaat bij 640 man gewoon niet. Ik ben de hele dag bereikbaar op 06-52 17 08 33.

Joost Meulenbelt
Hoofd zaal & techniek, Schouwburg De Linde

Op wo 2 dec 2026 om 17:12 schreef Kaartkompas Support <support@kaartkompas.example>:
> Beste Joost,
>
> Dank voor uw melding. Wilt u het volgende proberen:
> 1. De Kaartkompas Scan-app verwijderen en opnieuw installeren;
> 2. De scanners opnieuw koppelen aan de juiste voorstelling;
> 3. Controleren of de scanners verbinding hebben met het wifi-netwerk.
>
> Laat u ons weten of het daarmee verholpen is?
>
> Met vriendelijke groet,
> Lisa | Kaartkompas Support"""),

    dict(n=9, signals="outage,payment", priority="high", trap="list", qt=0, reply=0,
         frm="Sandra Pieterse <sandrapieterse@hetnetpost.example>",
         to="klantenservice@kabelnoord.example",
         subject="Al 5 dagen geen internet en tv!!",
         body="""\
Ik heb inmiddels drie keer gebeld en ben elke keer na 40 minuten wachten afgekapt, dus dan maar zo:

- Sinds zaterdagochtend heb ik GEEN internet en GEEN tv. Modem knippert oranje, opnieuw opgestart, kabel eruit en erin, alles gedaan. Op jullie storingspagina staat 'geen storingen bekend in uw regio'. Ik werk thuis als zelfstandig boekhouder en zit al vijf dagen via de hotspot van mijn telefoon te werken. Die bundel is inmiddels op.
- De monteur zou dinsdag tussen 8 en 13 uur komen. Ik heb de hele ochtend thuisgezeten, niemand gekomen, niemand gebeld.
- Het knopje OK op de afstandsbediening zit los, maar dat is nog het minste.
- En vandaag krijg ik een mail dat mijn abonnement per 1 januari € 3,50 per maand duurder wordt. Ik betaal nu dus voor niks en straks voor nog meer niks?

Ik wil dat er deze week iemand komt en dat deze dagen van mijn rekening worden afgetrokken.

Sandra Pieterse
Klantnummer 7714023
Tarweakker 21, Assen"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ingrid Schoemaker <ingrid.schoemaker@onlinepost.example>",
         to="cursisten@taleninstituut-babel.example",
         subject="Luisteroefeningen laden niet op mijn iPad",
         body="""\
Beste mensen van Babel,

Ik volg bij jullie de cursus Spaans A2 (online, groep dinsdagavond). Sinds een week of twee laden de luisteroefeningen in de leeromgeving niet meer op mijn iPad: het rondje blijft draaien en er komt geen geluid. De teksten en de schrijfopdrachten doen het gewoon.

Op de laptop van mijn dochter gaan de luisteroefeningen wel goed, dus die doe ik nu daarop, maar ik neem juist altijd de iPad mee in de trein om te oefenen. Er staat de nieuwste update op en ik gebruik Safari; in Chrome gebeurt hetzelfde.

Is dit bij jullie bekend? Het heeft geen haast, maar ik zou het fijn vinden als het weer kan.

Hartelijke groet,
Ingrid Schoemaker
Cursistnummer 24-08817"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Wilhelmina Brouwer-de Jong <w.brouwerdejong@seniorenpost.example>",
         to="info@waddenveer.example",
         subject="Vraag over een bedrag op mijn afschrift",
         body="""\
Geachte heer/mevrouw,

Op 20 november heb ik bij u een retour Harlingen-Terschelling geboekt voor mijzelf en mijn kleindochter, voor 19 december (boekingsnummer WV-55120). Op mijn bankafschrift zie ik nu naast het bedrag van € 61,40 voor de overtocht nog een afschrijving van € 7,50 met de omschrijving 'Waddenveer wijz.kst'.

Een paar dagen na het boeken heb ik de terugreis een dag later gezet. Ik neem aan dat het bedrag daarvoor is, maar ik kon het nergens terugvinden. Zou u zo vriendelijk willen zijn mij te laten weten of dat klopt?

Bij voorbaat hartelijk dank voor uw moeite.

Met vriendelijke groet,
mevrouw W. Brouwer-de Jong"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Agnieszka Nowak <a.nowak88@postvak.example>",
         to="klantenservice@woonhuis-meubelen.example",
         subject="aanbetaling 2 keer afgeschreven",
         body="""\
Goedemiddag,

Ik heb op 24 november in jullie winkel in Nieuwegein een hoekbank besteld, order nummer WH-2611-3390. De aanbetaling van 450 euro heb ik gepind, maar op mijn rekening is het twee keer afgeschreven, op 24 en op 25 november. Ik stuur foto van mijn bankapp mee.

Vorige week heb ik gebeld en de meneer zegt dat het vanzelf terug komt binnen paar dagen. Nu is het bijna twee weken en er is niks terug gekomen. 450 euro is veel geld voor ons.

Mijn bank zegt dat ik het kan laten terugboeken, maar dan ben ik bang dat jullie de bestelling annuleren, en de bank wil ik wel graag hebben :)

Kunt u dit controleren alstublieft en het tweede bedrag terugstorten?

Met vriendelijke groeten,
Agnieszka Nowak
tel 06-39 71 05 62"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=1,
         frm="Dennis Kramer <dennis.kramer@kramerthuis.example>",
         to="schade@dijkstra-verzekeringen.example",
         subject="RE: Uw schademelding 2026-SCH-048812 - akkoord",
         body="""\
Goedemiddag,

Op 18 november kreeg ik onderstaande mail dat de uitkering binnen vijf werkdagen zou komen. Het is nu twee weken later en er is nog niets op onze rekening bijgeschreven. Aan de telefoon hoor ik steeds dat het 'in behandeling' is.

Wij wonen sinds de lekkage in oktober met onze twee kinderen bij mijn schoonouders. De aannemer heeft de vloer en de keuken eruit gehaald en wil vrijdag de tweede termijn van € 6.200 hebben. Anders stopt hij en schuiven we achteraan in zijn planning, en dan wordt het maart. Dat bedrag kunnen wij niet voorschieten.

Kunt u mij vandaag laten weten wanneer het geld wordt overgemaakt?

Dennis Kramer
06-27 40 81 16

Van: Schadeafdeling Dijkstra Verzekeringen <schade@dijkstra-verzekeringen.example>
Verzonden: woensdag 18 november 2026 11:03
Aan: Dennis Kramer <dennis.kramer@kramerthuis.example>
Onderwerp: Uw schademelding 2026-SCH-048812 - akkoord

Geachte heer Kramer,

Wij hebben uw schademelding beoordeeld en gaan akkoord met een uitkering van € 14.380,00. Het bedrag wordt binnen vijf werkdagen overgemaakt op rekeningnummer NL61 FRYB 0317 2290 55.

Met vriendelijke groet,
M. Visser, schadebehandelaar"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Thijs Okkerse <thijs.okkerse@hotmail.example>",
         to="service@lumiere-bioscopen.example",
         subject="Ander e-mailadres voor mijn account?",
         body="""\
Hoi,

Ik ga mijn oude hotmailadres opheffen en wil voortaan inloggen met thijs@okkerse-fotografie.example. Hoe kan ik dat in mijn Lumière-account veranderen? Bij 'Mijn gegevens' kan ik mijn naam en telefoonnummer wel aanpassen, maar het e-mailadres is grijs.

Mijn Lumière Onbeperkt-abonnement hangt aan dit account, dus dat wil ik natuurlijk niet kwijtraken.

Alvast bedankt!
Thijs"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Fatima El Idrissi <fatima.elidrissi@webpost.example>",
         to="klantcontact@zwembad-dekrabbe.example",
         subject="Re: Uw vraag over inloggen (zaaknummer 2026-11873)",
         body="""\
Hallo Kevin,

Bedankt voor je snelle reactie, hieronder mijn antwoorden.

Op do 3 dec 2026 om 15:26 schreef Klantcontact Zwembad De Krabbe <klantcontact@zwembad-dekrabbe.example>:
> 1. Met welk e-mailadres probeert u in te loggen?

fatima.elidrissi@webpost.example, hetzelfde als waarmee ik nu mail.

> 2. Heeft u de mail om uw wachtwoord te herstellen al in uw spam gezocht?

Ja, in de spam en ook in 'Reclame'. Ik heb het drie keer aangevraagd, er komt niks.

> 3. Welke melding krijgt u als u probeert in te loggen?

'Combinatie van e-mailadres en wachtwoord onbekend'. Ik weet zeker dat het wachtwoord klopt, ik heb het in oktober nog gebruikt.

Ik wil mijn zoon Amir (7) graag inschrijven voor zwemles B vanaf januari, en volgens de website sluit de inschrijving op 15 december. Kunnen jullie mijn account misschien handmatig resetten?

Groetjes,
Fatima El Idrissi"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Marieke Dekker <m.dekker@werkplaats-flexkantoren.example>",
         to="support@toegangsplein.example",
         subject="Beheerdersaccount geblokkeerd - vandaag 40 nieuwe leden",
         body="""\
Goedemorgen,

Ons beheerdersaccount in Toegangsplein (beheer@werkplaats-flexkantoren.example, locatie Utrecht Croeselaan) is sinds vanochtend geblokkeerd na te veel mislukte inlogpogingen. Via 'Wachtwoord vergeten' kom ik niet verder, omdat de verificatiecode naar het mobiele nummer van mijn voorganger gaat. Zij werkt sinds 1 november niet meer bij ons en dat nummer bestaat niet meer.

Het is vandaag echt dringend: vanmiddag trekt een bedrijf met 40 medewerkers in op onze derde verdieping. Zonder beheerdersaccount kunnen we hun toegangspassen niet activeren en staan ze letterlijk voor een dichte deur.

Wilt u het nummer voor de verificatie wijzigen in 06-15 48 92 37 (mijn nummer), of het account tijdelijk vrijgeven? Ik kan mij uiteraard legitimeren; onze directeur, Frank Holtkamp, staat in cc.

Met vriendelijke groet,

Marieke Dekker
Community & Facility Manager
De Werkplaats Flexkantoren | Croeselaan 180 | 3521 CB Utrecht
T 030 - 760 55 20 | www.werkplaats-flexkantoren.example

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik, openbaarmaking, vermenigvuldiging of verspreiding door anderen is niet toegestaan. De Werkplaats Flexkantoren B.V. staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail."""),

    dict(n=17, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lotte Hazenberg <lotte.hazenberg@mailbox.example>",
         to="info@powerhouse-gyms.example",
         subject="Die nieuwe HIIT-les op donderdag!",
         body="""\
Hoi Powerhouse-team,

Even een compliment tussendoor: de nieuwe HIIT-les van Sanne op donderdagavond in vestiging Oost is echt killer. Ik ging vorige week na tien minuten al bijna dood, mijn benen stonden in brand en ik ben twee dagen lang als een oud vrouwtje de trap af geschuifeld. Heerlijk. Inmiddels heb ik drie collega's gestrikt en die staan ook al in vuur en vlam.

Alleen: de les zit elke week binnen een paar minuten vol, het is echt vechten om een plekje. Zit er een kans in dat er een tweede les bij komt, bijvoorbeeld op zaterdagochtend? Dan sleur ik die collega's er meteen mee naartoe.

Sportieve groet,
Lotte"""),

    dict(n=18, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Jeroen Smits <jeroen@uitlaatservice-snuffel.example>",
         to="info@dierenkliniek-heuvelrug.example",
         subject="Vraag over cursus EHBO bij huisdieren",
         body="""\
Goedendag,

Op jullie website zag ik de avondcursus 'EHBO bij huisdieren' in februari. Ik heb een hondenuitlaatservice met twee medewerkers en we lopen dagelijks met groepen van zes tot acht honden door de bossen, dus dit lijkt me heel nuttig.

Als ik het goed begrijp komen onder meer aan bod: vergiftiging (chocola, rattengif, druiven, eikels), brandwonden en oververhitting, bijtwonden na een vechtpartij, een hond die is aangereden door een auto, verslikken en reanimatie. Klopt dat? Mijn medewerkers willen vooral weten wat je moet doen als een hond in het bos iets giftigs heeft gegeten, en wanneer je echt naar de spoedkliniek moet.

Verder wil ik graag weten:
- wat de cursus per persoon kost, en of er korting is bij drie deelnemers;
- of we een certificaat krijgen (daar vragen sommige klanten naar);
- of we onze eigen honden mogen meenemen.

Met vriendelijke groet,
Jeroen Smits
Uitlaatservice Snuffel, Zeist"""),

    dict(n=19, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Erik Jansen <e.jansen@kpnpost.example>",
         to="werkplaats@autobedrijf-vandermeer.example",
         subject="Afspraak donderdag verzetten (APK Fiesta)",
         body="""\
Goedemorgen,

Ik moet helaas mijn afspraak van donderdag 10 december verzetten (APK + grote beurt, Ford Fiesta, kenteken 4-KTP-61). Mijn vrouw is zondag van de trap gevallen en heeft haar enkel op twee plaatsen gebroken. We hebben de halve nacht op de spoedeisende hulp gezeten en donderdagochtend wordt ze in het ziekenhuis geopereerd, dus ik moet haar brengen en halen.

De auto zelf rijdt prima, dus wat mij betreft heeft het geen haast; de APK verloopt pas op 9 januari. Kan het in de week van 14 of 21 december? Het liefst 's ochtends vroeg, dan breng ik hem voor mijn werk.

Met vriendelijke groet,
Erik Jansen
06-44 12 87 90"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Gerrit Veenstra <penningmeester@pv-brandweer-oosterwolde.example>",
         to="groepsreizen@touringcar-dehaan.example",
         subject="Offerteaanvraag busreis brandweer Oosterwolde 16 januari",
         body="""\
Goedemiddag,

Namens de personeelsvereniging van de vrijwillige brandweer Oosterwolde vraag ik een offerte aan voor ons jaarlijkse uitje.

- Datum: zaterdag 16 januari 2027
- Aantal personen: ongeveer 44 (brandweerlieden met partners)
- Vertrek: 08.00 uur bij de kazerne aan de Houtwal in Oosterwolde
- Programma: 's ochtends het brandweermuseum in Hellevoetsluis, 's middags een oefencentrum in de Rotterdamse haven waar we een brand in een scheepsruim mogen blussen, daarna eten in Rotterdam
- Terug: rond 23.00 uur

Eén van onze collega's zit sinds een verkeersongeval in een rolstoel. Heeft u een bus met een rolstoellift, of kan de rolstoel in de bagageruimte als hij met hulp instapt?

Wilt u ook vermelden of de chauffeur tussendoor kan wachten en wat de annuleringsvoorwaarden zijn?

Met vriendelijke groet,
Gerrit Veenstra
Penningmeester Personeelsvereniging Brandweer Oosterwolde"""),

    dict(n=21, signals="-", priority="low", trap="training", qt=0, reply=0,
         frm="Bianca Roelofs <b.roelofs@roelofs-verhuizingen.example>",
         to="servicedesk@netvast-ict.example",
         subject="Uitslag phishingtest + training inplannen",
         body="""\
Hoi Martijn,

Dank voor het rapport van jullie phishingtest van vorige week. Nou, dat was even slikken. 9 van de 14 mensen op kantoor hebben op de link in die nepmail over de 'geblokkeerde verhuisplanning' geklikt, en 6 hebben op jullie testpagina ook nog braaf hun wachtwoord ingevuld. Eentje heeft je collega zelfs gebeld om te vragen waarom zijn account gehackt was. Als dit echt was geweest, had ons hele klantenbestand nu op straat gelegen.

We willen dus graag die awareness-training van jullie afnemen, voor het kantoor én voor de vier ploegleiders die met de tablets werken. Het liefst op een maandagochtend in januari, dan is het op kantoor het rustigst.

Kun je een paar data voorstellen en de kosten doorgeven?

Groet,
Bianca Roelofs
Officemanager | Roelofs Verhuizingen & Opslag"""),

    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Carla Mulder <carla.mulder@zonnetpost.example>",
         to="klantenservice@speelgoedkist.example",
         subject="Vraag over de Geheim Agent Hackerset",
         body="""\
Hallo,

Mijn neefje wordt op 12 december 9 jaar en is helemaal gek van spionnen en inbrekers. Ik twijfel tussen twee spellen uit jullie webshop:

1. De 'Geheim Agent Hackerset', met een kluis waarvan je het wachtwoord moet kraken, een nep-laptop en vingerafdrukpoeder.
2. 'De Grote Diamantroof - wie heeft hem gestolen?', het detectivespel waarbij je de dief moet ontmaskeren.

Bij de Hackerset staat 10+, bij de Diamantroof 8+. Is de Hackerset te moeilijk voor een slimme jongen van 9? En als ik vandaag bestel, is het dan op tijd in huis voor zijn verjaardag?

Alvast bedankt,
Carla Mulder"""),

    dict(n=23, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Sven Hoekstra <s.hoekstra@cyberwacht.example>",
         to="klantenservice@versbezorgd.example",
         subject="Uitnodiging webinar 14 januari: is uw webwinkel het volgende datalek?",
         body="""\
Beste lezer,

Vorig jaar werden in Nederland ruim 25.000 datalekken gemeld. Online supermarkten en bezorgdiensten zijn een geliefd doelwit: hackers kapen klantaccounts met gestolen wachtwoorden, plaatsen nepbestellingen en versturen phishingmails uit naam van uw bedrijf. Eén gekraakt account van een medewerker kan genoeg zijn om uw hele klantenbestand buit te maken.

In ons gratis webinar 'Zo voorkomt u een datalek in de foodretail' laten wij zien:
- hoe criminelen te werk gaan bij accountovername en fraude met cadeaubonnen;
- wat u moet doen in de eerste 72 uur na een hack;
- hoe u uw klantenservice weerbaar maakt tegen social engineering.

Datum: donderdag 14 januari 2027, 10.00-11.00 uur. Aanmelden via cyberwacht.example/webinar.

Met vriendelijke groet,
Sven Hoekstra
Accountmanager CyberWacht B.V.

Wilt u geen uitnodigingen meer ontvangen? Meld u hier af."""),

    dict(n=24, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ilse Vermeulen <i.vermeulen@bakkerij-vermeulen.example>",
         to="support@kassalink.example",
         subject="Re: Bestellingen filialen komen niet door naar bakkerij",
         body="""\
Hoi Ruben,

Het loopt weer! De bestellingen van alle filialen zijn net binnengekomen en de bakkers zijn aan de slag. Dank je wel voor het snelle schakelen, en dat zo vroeg op de maandag.

Groetjes,
Ilse

Op ma 7 dec 2026 om 06:21 schreef Ruben | KassaLink Support <support@kassalink.example>:
> Goedemorgen Ilse,
>
> We zien het: een certificaat op onze server is vannacht verlopen. Mijn collega vervangt het nu, over een kwartier zou alles weer moeten doorkomen.
>
> Groet, Ruben
>
> Op ma 7 dec 2026 om 05:48 schreef Ilse Vermeulen <i.vermeulen@bakkerij-vermeulen.example>:
>> Sinds 5 uur komen de bestellingen van onze zeven winkels niet meer binnen in de bakkerij. Op de kassa's staat 'Verzenden mislukt'. Om 7 uur gaan de winkels open en we weten niet wat we moeten bakken. Graag zo snel mogelijk bellen: 06-58 20 13 44."""),
]
