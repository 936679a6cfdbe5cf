# blind29 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Henk Brouwer <h.brouwer@kpnmail.example>",
         to="service@warmtevuur.example",
         subject="Vraag over pelletkachel P9",
         body="""\
Goedemiddag,

Sinds half oktober stoken wij met de pelletkachel die uw monteur bij ons heeft geplaatst
(type P9, serienummer PK-220917). Ik heb een vraag en weet niet goed of ik me zorgen moet maken.

Is het normaal dat het glas van de deur na een uur al helemaal zwart is en dat er bij het
opstarten een grijze walm langs de deur de kamer in komt? Het ruikt dan scherp, een beetje als
een uitgeblazen lucifer. Mijn vrouw en ik hebben de laatste week 's avonds allebei hoofdpijn en
zij was gisteren misselijk. Als we de kachel een dag uit laten, is het weg.

De schoorsteenveger is in september nog geweest. Moeten wij iets anders instellen?

Met vriendelijke groet,
Henk Brouwer
Lindelaan 14, Zwolle"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Evelien Claes <evelien.claes@telenet.example>",
         to="klantendienst@knuffelhuis.example",
         subject="Oogje los bij knuffelegeltje Pluk",
         body="""\
Dag,

Vorige week heb ik bij jullie twee knuffelegeltjes 'Pluk' gekocht (bestelling 40-77193), een voor
ons zoontje en een voor zijn neefje.

Gisterenavond zat Lowie (14 maanden) in zijn box te spelen en begon hij ineens te kokhalzen en
blauw aan te lopen. Ik heb met mijn vinger een zwart oogje uit zijn keel gehaald. Daarna begon hij
gelukkig te huilen. Het oogje kwam van de egel: daar zit nu een gaatje met een los draadje.

Ik heb meteen de tweede egel bekeken. Daar draait het oogje ook al rond, het hangt nog aan een
draadje. Op het label staat 'vanaf 0 maanden'.

Ik wil dit echt gemeld hebben. Ik vraag me af hoeveel van die egels er nog in de winkels liggen.

Groetjes,
Evelien Claes
Mechelen"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="R. Ouwerkerk <r.ouwerkerk@ziggo.example>",
         to="service@kooktechniek.example",
         subject="Kookplaat KI-604 gaat niet meer uit",
         body="""\
Geachte heer/mevrouw,

Gisteravond ging onze inductiekookplaat (KI-604, gekocht in maart, bon in de bijlage) niet meer
uit. De zone linksvoor bleef op stand 9 staan, ook nadat ik op de aan/uit-knop had gedrukt en de
kinderslot-toets had geprobeerd. Het display reageerde nergens meer op. Er stond een lege pan op;
de bodem is blauwpaars geworden en de siliconen spatel die ernaast lag is aan de pan vastgesmolten.

Uiteindelijk heb ik de groep in de meterkast uitgezet. Vanochtend heb ik hem weer aangezet om te
kijken, en toen sprong dezelfde zone meteen weer op 9 zonder dat iemand iets aanraakte.

De groep staat nu uit en we koken op een campingstelletje. We hebben twee kleine kinderen die
graag op het aanrecht klimmen. Graag hoor ik zo snel mogelijk wanneer er iemand kan komen.

Met vriendelijke groet,
R. Ouwerkerk
Delftweg 211, Rijswijk"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Marijke Oosterhof <m.oosterhof@planet.example>",
         to="info@hoorzorg-oost.example",
         subject="Ik zie gegevens van een andere klant in Mijn Hoorzorg",
         body="""\
Goedemorgen,

Vanmorgen logde ik in op Mijn Hoorzorg om mijn afspraak voor de nacontrole te verzetten. In plaats
van mijn eigen gegevens kreeg ik het dossier van een meneer die ik niet ken: zijn naam,
geboortedatum, adres in Apeldoorn, zijn BSN, zijn audiogram en een offerte van ruim 3.800 euro
voor twee hoortoestellen. Ik kon ook zijn documenten openen.

Ik heb uitgelogd en opnieuw ingelogd, en toen zag ik weer mijn eigen dossier. Maar als ik bij hem
terechtkom, kan een ander misschien ook bij mij terechtkomen. Ik heb een schermafdruk gemaakt als
bewijs; die verwijder ik zodra u dat zegt.

Ik wil graag weten wat u hiermee doet en of u deze meneer inlicht.

Met vriendelijke groet,
Marijke Oosterhof"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Yvonne Tjon <y.tjon@zorggroep-deberkel.example>",
         to="servicedesk@zorggroep-deberkel.example",
         subject="MedRonde tablets blijven hangen - alle afdelingen locatie Berkel",
         body="""\
Servicedesk,

Sinds ongeveer 07.30 uur kunnen we in MedRonde niets meer aftekenen. Na het scannen van de
polsband blijft het scherm wit met het draaiende rondje, ook na opnieuw opstarten van de tablet.
Het gaat om alle tablets op de Linde, de Eik en de Beuk, samen 64 bewoners.

De ochtendronde loopt nu ruim een uur achter. We werken met de papieren toedienlijsten van
gisteren, maar daar staan de wijzigingen van de huisarts van gisteravond niet op, en bij drie
bewoners moet om 09.00 uur insuline gegeven worden.

Kan er iemand direct naar kijken? Ik ben bereikbaar op toestel 4412.

Yvonne Tjon
Teamleider zorg, locatie Berkel"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Koen Verstraete <koen.verstraete@bakkerij-vanhoecke.example>",
         to="support@bakeplan.example",
         subject="DRINGEND: productieplanning nacht 13/11 staat op nul",
         body="""\
Hallo,

Alle 14 filialen hebben vandaag voor 16u hun bestellingen doorgegeven in het winkelportaal, ik zie
ze daar staan met status 'verzonden'. Maar op de schermen aan de lijnen en in de deegplanning staat
voor vannacht overal 0 stuks. Ook de weeglijst voor het deeg is leeg.

Om 22u begint de nachtploeg met 11 man. Zonder planning weten ze niet wat ze moeten afwegen en
kneden, en morgenvroeg om 5u moeten de camionetten vertrekken naar de winkels.

We hebben de synchronisatie al twee keer manueel gestart, zonder resultaat.
Kunnen jullie mij dringend bellen? Mijn gsm-nummer staat in jullie systeem.

Koen Verstraete
Productieverantwoordelijke
Bakkerij Van Hoecke - Roeselare"""),

    dict(n=7, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Thijs de Graaf <thijsdegraaf@ziggo.example>",
         to="support@deelfiets.example",
         subject="Re: Fiets gaat niet open na scannen QR-code [ticket #48213]",
         body="""\
Nog steeds niks. Vanmorgen weer drie fietsen op het Stationsplein geprobeerd, geen enkele ging
open. Dit is nu de vierde werkdag dat ik de bus moet nemen, en ik betaal gewoon elke maand.
Graag vandaag een oplossing.

Thijs

Op wo 11 nov. 2026 om 16:40 schreef Klantenservice DeelFiets <support@deelfiets.example>:
> Beste Thijs,
>
> Bedankt voor je bericht. We hebben je melding doorgezet naar onze technische afdeling.
> Je hoort zo snel mogelijk van ons.
>
> Groet, Team DeelFiets
>
> Op ma 9 nov. 2026 om 08:05 schreef Thijs de Graaf <thijsdegraaf@ziggo.example>:
> > Hoi, sinds vrijdag gaat geen enkele fiets meer open als ik de QR-code scan. De app zegt
> > 'Ontgrendelen...' en daarna gebeurt er niets, het slot blijft dicht. Heb de app al
> > opnieuw geinstalleerd."""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Salon Nadia <info@salon-nadia.example>",
         to="support@knipplanner.example",
         subject="Boekingen komen niet in de agenda",
         body="""\
Hoi,

Sinds het weekend krijgen klanten die via de app boeken wel een bevestigingsmail, maar de afspraak
komt niet in onze agenda te staan. Vanmorgen stonden er om 10 uur drie dames voor dezelfde stoel,
en ik had er maar een in de agenda. Ik weet nu niet wie er de rest van de week nog komt: de agenda
ziet er halfleeg uit, terwijl de telefoon roodgloeiend staat van mensen die vragen of hun
afspraak wel doorgaat.

Ik heb de app opnieuw geinstalleerd op de tablet in de salon en op mijn telefoon, maakt niks uit.
Kunnen jullie me een lijst sturen van alle boekingen van deze week? En zorgen dat het weer werkt?

Nadia El Amrani
Salon Nadia, Tilburg"""),

    dict(n=9, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Pieter Hoekstra <p.hoekstra@milieustraat-dewaard.example>",
         to="helpdesk@weegsoft.example",
         subject="Export weegbrugregistraties komt leeg uit",
         body="""\
Goedemiddag,

Als ik in WeegSoft een export maak van de weegbrugregistraties (Rapporten > Export > Periode),
krijg ik een CSV met alleen de kolomkoppen. Het maakt niet uit welke periode of welke afvalstroom
ik kies. In het scherm zelf zie ik de wegingen van oktober gewoon staan, zo'n 2.300 regels.

Die export heb ik nodig voor de kwartaalrapportage aan de gemeente, en die moet op 15 januari
binnen zijn. Dus geen paniek, maar ik wil er ook niet in december achter komen dat het nog steeds
niet werkt. Desnoods typ ik het over, maar liever niet.

Versie 5.2.1, Windows 11.

Met vriendelijke groet,
Pieter Hoekstra
Milieustraat De Waard"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Sanne <sannevdb@gmail.example>",
         to="info@filmhuis-delichtval.example",
         subject="2x afgeschreven",
         body="""\
Hoi, gisteren 4 kaartjes besteld voor De Laatste Veerman (bestelnr. FL-558102) en de 46,00 euro
staat twee keer van mijn rekening af. Kunnen jullie er een terugstorten? Thx, Sanne

Verstuurd vanaf mijn iPhone"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Vermeulen <m.vermeulen@hetnet.example>",
         to="klantenservice@jumpzone.example",
         subject="Nog steeds geen geld terug voor afgezegd kinderfeestje!!",
         body="""\
Geachte JumpZone,

Op 10 oktober hebben jullie het kinderfeestje van mijn dochter (reservering JZ-20914, 12 kinderen)
zelf afgezegd omdat de hal 'onverwacht dicht' moest. Prima, kan gebeuren. Aan de telefoon is mij
toen beloofd dat de 189 euro binnen vijf werkdagen terug zou staan.

Inmiddels zijn we ruim vier weken verder en ik heb nog geen cent gezien. Ik heb twee keer gemaild
en een keer gebeld, en elke keer hoor ik dat het 'in behandeling' is. Ondertussen heb ik het
feestje wel ergens anders moeten betalen.

Ik wil het geld uiterlijk vrijdag op mijn rekening zien. Anders dien ik een klacht in bij de
Geschillencommissie en schrijf ik een review die er niet om liegt.

M. Vermeulen"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Wendy Schaap <wendy@manege-dehoefslag.example>",
         to="partners@rijlesboeker.example",
         subject="Uitbetaling oktober niet ontvangen",
         body="""\
Beste mensen van RijlesBoeker,

Normaal staat op de 5e van de maand de uitbetaling van de lesgelden van de vorige maand op onze
rekening. Het is nu de 13e en de uitbetaling over oktober (volgens het dashboard 7.412,50 euro,
uitbetalingsnummer PO-2026-10-0388) is nog steeds niet binnen. In het dashboard staat hij al een
week op 'verwerkt'.

Wij zijn een kleine manege en draaien op die inkomsten. Vrijdag moet ik de salarissen van onze vier
instructeurs en de stalhulp betalen, en de rekening van de hooileverancier staat ook nog open.
Kunt u vandaag uitzoeken waar het geld gebleven is?

Met vriendelijke groet,
Wendy Schaap
Manege De Hoefslag, Ermelo"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lucia Fernandez <lucia.fernandez@student.example>",
         to="payments@campuswonen.example",
         subject="betaling huur gaat niet",
         body="""\
Hallo,

Ik probeer al sinds gisteren mijn huur van november te betalen in de portal (kamer 3.14, complex
Tarweweg). Ik kies creditcard, ik vul alle gegevens, dan komt "Betaling geweigerd, probeer het
later opnieuw". Mijn bank zegt dat zij niks blokkeren en dat de kaart is goed. iDEAL heb ik niet,
want ik heb een Spaanse rekening.

In jullie mail staat dat als het morgen niet betaald is, ik een boete krijg van 50 euro. Dat is
niet mijn schuld. Kunnen jullie mij een andere manier geven om te betalen, of de datum later maken?

Sorry voor mijn Nederlands.
Groeten,
Lucia"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Fatma Yilmaz <f.yilmaz@thuiszorg-rivierenland.example>",
         to="ict@thuiszorg-rivierenland.example",
         subject="krijg geen sms-code meer",
         body="""\
Hoi ICT,

Ik heb sinds vorige week een nieuw 06-nummer. Als ik op de tablet wil inloggen in de roosterapp
krijg ik de melding 'code verstuurd', maar er komt geen sms binnen, ook niet na 'opnieuw
versturen'. Ik denk dat de code nog naar mijn oude nummer gaat.

Mijn rooster voor morgen heb ik gelukkig van de planner gekregen via de groepsapp van het team,
maar ik kan mijn uren en kilometers niet invullen. Kunnen jullie mijn nummer aanpassen?

Groetjes,
Fatma (wijkteam Tiel-Oost)"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Gerda Wolters <gerda.wolters@planet.example>",
         to="klantenservice@stikster.example",
         subject="Account gedeactiveerd?",
         body="""\
Goedendag,

Ik heb een borduurmachine van uw merk en koop via Mijn Stikster de patronen. Gisteren wilde ik
inloggen om een kerstpatroon te kopen, maar ik krijg de melding 'Dit account is gedeactiveerd'.
Ik had al een tijdje niet ingelogd, misschien een jaar.

Is het normaal dat een account zomaar wordt uitgezet als je een tijd niet inlogt? Ik heb er voor
ruim 200 euro aan patronen in staan die ik via de app naar de machine stuur, en die wil ik niet
kwijt. Hoe krijg ik mijn account weer actief?

Vriendelijke groeten,
Gerda Wolters"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Jeroen Bakker <jeroen.bakker@spoorbeheer.example>",
         to="servicedesk@spoorbeheer.example",
         subject="Telefoon met authenticator kwijt - kan niet in WerkplekApp, dienst vanavond",
         body="""\
Servicedesk,

Mijn diensttelefoon is gisteren bij werkzaamheden aan de brug bij Zaltbommel in de Waal gevallen.
Daar stond de authenticator op. Ik heb van het magazijn een vervangend toestel gekregen, maar
zonder de code kom ik niet in de WerkplekApp en dus niet bij mijn werkopdrachten en de
buitendienststellingen voor vannacht.

Ik sta vanavond vanaf 22.30 uur ingeroosterd als LWB (leider werkplekbeveiliging) op het baanvak
Geldermalsen - 's-Hertogenbosch. Zonder de app kan ik die dienst niet draaien.

Kunnen jullie mijn oude koppeling verwijderen en mij een nieuwe activatiecode sturen?
Personeelsnummer 118274.

Jeroen Bakker"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="J.A. van Dijk <javandijk@casema.example>",
         to="info@branderij-dekoffieboon.example",
         subject="opzeggen",
         body="""\
Geachte mevrouw, mijnheer,

Mijn vrouw is in september overleden. Zij had bij u een account en een abonnement op koffiebonen,
elke maand een pakket. Ik drink zelf geen koffie. Wilt u het abonnement en het account stopzetten
en haar gegevens verwijderen? Zelf kan ik niet inloggen, want ik weet haar wachtwoord niet.

Haar naam was Els van Dijk-Hofman, ons adres is Prinsenweg 3 in Leiderdorp.
Een klantnummer weet ik niet, dat staat niet op de pakketjes.

Met vriendelijke groet,
J.A. van Dijk"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bas Timmermans <bas@cafedezwaan.example>",
         to="verkoop@brouwerijdeketel.example",
         subject="Winterbier: extra fusten?",
         body="""\
Hoi Mirjam,

Even kort: jullie Donkere Dagen-winterbier sloeg hier afgelopen weekend in als een bom. Zaterdag
was het eerste fust om negen uur al leeg en zondag zat de zaak bomvol, ik ben er nog kapot van.
De vaste gasten zijn er helemaal wild van.

Kan ik nog 6 fusten van 20 liter bijbestellen voor de feestdagen, levering liefst voor 18 december?
Zelfde adres en factuuradres als altijd.

Proost,
Bas
Cafe De Zwaan, Deventer"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sophie Mertens <sophie.mertens@telenet.example>",
         to="boekingen@escapegent.example",
         subject="Vraag over Stroomstoring en Brandalarm",
         body="""\
Dag,

Ik wil voor de verjaardag van mijn man een escape room boeken voor 9 personen, liefst zaterdag
28 november 's avonds. Nu twijfel ik tussen jullie kamers 'Stroomstoring' en 'Brandalarm'.

Welke van de twee is het best voor een groep die nog nooit een escape room gedaan heeft? En kunnen
we met 9 in een kamer, of moeten we ons opsplitsen? Bij 'Stroomstoring' staat dat je een deel in
het donker speelt. Mijn schoonmoeder is 72, is dat een probleem?

Alvast bedankt!
Sophie"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Anouk Verbeek <administratie@smilenoord.example>",
         to="support@tandtechlab.example",
         subject="Wachtwoord op exports van scans?",
         body="""\
Goedemiddag,

Wij uploaden via jullie portaal intraorale scans en sturen de exports daarvan soms door naar de
kaakchirurg. Onze privacyfunctionaris wil dat die zip-bestanden voortaan met een wachtwoord
beveiligd zijn.

Kan dat in het portaal zelf, bijvoorbeeld met een vinkje bij het exporteren? Of moeten we dat
zelf met 7-Zip doen? En hoe krijgt de ontvanger dan het wachtwoord, ook per mail?

Met vriendelijke groet,
Anouk Verbeek
Praktijkmanager Tandartspraktijk Smile Noord"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Harm Dijkstra <harm.dijkstra@dijkstra-transport.example>",
         to="klantenservice@wadveer.example",
         subject="Antw: Storing toegangspoortjes Harlingen 21 november",
         body="""\
Goedemorgen,

Dank voor uw uitleg en voor het snelle herstel. Onze chauffeurs zijn gisteren en vandaag zonder
problemen met hun bedrijfspassen door de poortjes gekomen. Wat ons betreft kan het dossier dicht.

Met vriendelijke groet,
Harm Dijkstra
Planning, Transportbedrijf Dijkstra & Zn.

>>> Klantenservice Wadveer <klantenservice@wadveer.example> 23-11-2026 14:02 >>>
> Geachte heer Dijkstra,
>
> Op zaterdag 21 november was er van 06.10 tot 09.45 uur een storing in ons toegangssysteem.
> Hierdoor waren de poortjes bij de autoaanlegplaats in Harlingen buiten werking en hebben
> enkele vrachtwagens de afvaart van 07.15 uur gemist. Het systeem is inmiddels hersteld.
> Onze excuses voor het ongemak.
>
> Met vriendelijke groet,
> Klantenservice Wadveer"""),

    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Ilse Brink <brinkfamilie@xs4all.example>",
         to="verhuur@kampeerbusje.example",
         subject="Een paar vragen voor we boeken",
         body="""\
Hallo,

We willen in de meivakantie (25 april t/m 9 mei) een van jullie campers huren, de Kompas 4.
Voor we boeken nog een paar vragen:

1. Wat gebeurt er als de borg van 1.500 euro niet van de creditcard afgeschreven kan worden,
   bijvoorbeeld omdat de limiet te laag is? Kunnen we de borg ook overmaken?
2. Als we door ziekte moeten annuleren, krijgen we dan ons geld terug of alleen een tegoedbon?
3. Zit er een volle gasfles bij, en hoe werkt dat met omwisselen in Frankrijk?

Groetjes,
Ilse Brink"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Daan Kuipers <daan.kuipers@online.example>",
         to="ouders@schoolbusvervoer-twente.example",
         subject="Kaart in de BusVolger-app staat stil",
         body="""\
Goedemiddag,

Al sinds maandag staat het busje van lijn 7 (naar De Regenboog in Almelo) in de BusVolger-app
steeds op dezelfde plek bij de Wierdensestraat, ook als het allang bij ons voor de deur staat.
De sms'jes 'de bus is over 5 minuten bij uw halte' komen wel gewoon op tijd binnen, dus we redden
ons wel en onze zoon heeft de bus nog niet gemist.

Het zou fijn zijn als de kaart weer werkt, want aan de sms kan ik niet zien of de bus ergens
vaststaat in de file. Verder geen haast.

Groet,
Daan Kuipers (vader van Mees, groep 6)"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Duty Manager Operations <dutymanager.ops@regioairport.example>",
         to="servicedesk@baggagesystems.example",
         subject="P1 - alle incheckbalies printen lege bagagelabels",
         body="""\
Servicedesk,

Sinds 05.20 uur komen bij alle 22 incheckbalies in Terminal A de bagagelabels blanco uit de
printer. Boardingpasses printen wel gewoon. Zonder label kan de bagage de sorteerband niet op.

In de vertrekhal staan op dit moment ruim 400 passagiers in de rij. Tussen 06.30 en 07.30 uur
vertrekken 9 vluchten, waarvan 3 charters naar Turkije en Spanje met veel ruimbagage. De
afhandelaars schrijven nu noodlabels met de hand, maar dat houden we geen uur vol.

Graag direct een engineer op locatie en terugbellen naar de duty manager, toestel 2200.

R. de Wit
Duty Manager Operations"""),
]
