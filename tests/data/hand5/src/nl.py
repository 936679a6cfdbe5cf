# blind6 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jef Vanderheyden <jef.vanderheyden@telenet-mail.example>",
         to="klantendienst@zonnestroom-limburg.example",
         subject="omvormer op zolder",
         body="""\
Goeiedag,

Vorig jaar hebben jullie bij ons 14 panelen gelegd, met de omvormer op zolder (installatienummer ZL-22817).

Sinds een paar dagen hoor ik daarboven een soort geknetter, vooral rond de middag als de zon vol op het dak staat. Vandaag ben ik gaan kijken. Het ruikt er naar gesmolten plastiek en de connector waar de kabels van het dak in de omvormer gaan is bruin verkleurd, aan een kant ook wat vervormd. De behuizing is zo heet dat ge er uw hand niet op kunt houden. Het display gaf foutcode E-034, ging uit en daarna terug aan.

Er staan daar kartonnen dozen en er ligt gewoon glaswol tussen de balken, dus ik ben er niet gerust in. Mijn vrouw en de kleine slapen er recht onder.

Moet ik iets afzetten? Ik weet niet wat ik aan de DC-kant wel en niet mag aanraken. Gelieve mij zo rap mogelijk te bellen op 0499 99 12 34.

Jef Vanderheyden
Bree"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofie De Clercq <sofie.declercq@mailbox.example>",
         to="info@smakelijk-schoolmaal.example",
         subject="Warme maaltijd dinsdag - Lotte klas 3B",
         body="""\
Beste,

Mijn dochter Lotte (3de leerjaar, klas 3B, VBS De Linde in Zottegem) eet op dinsdag en donderdag warm op school via jullie. Bij de inschrijving hebben we duidelijk aangeduid dat ze geen noten en geen pinda mag, dat staat ook op haar fiche in de refter.

Gisteren kreeg ze kip met een saus die op de menukaart als 'satésaus' stond. Na een paar happen begon ze te klagen over jeuk in haar mond, haar lippen werden dik en ze kreeg rode vlekken in haar nek. De juf heeft haar adrenalinepen gezet en de ziekenwagen gebeld. Lotte heeft de nacht in het AZ gelegen ter observatie. Vandaag is ze gelukkig terug thuis.

Ik wil weten hoe dit kon gebeuren en wat jullie doen zodat het niet opnieuw gebeurt, ook voor de andere kinderen met een dieet. Op het menu van volgende week staat weer 'rijst met Indonesische saus'.

Graag een snel antwoord.

Sofie De Clercq"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Marco Verhoeven <m.verhoeven@pulsfitness.example>",
         to="service@fitequip-benelux.example",
         subject="URGENT: kabel latpulley gebroken, lid gewond",
         body="""\
Goedemiddag,

Vanochtend om 10:15 is in onze vestiging in Amersfoort de staalkabel van de latpulley (type LP-500, serienr. FB-77421, geleverd in maart vorig jaar) tijdens een oefening geknapt. Het gewichtenpakket van zo'n 70 kg viel naar beneden en de stang schoot los. Het lid dat eronder zat heeft een hoofdwond en is met de ambulance meegenomen. Het had veel erger kunnen aflopen.

Bij controle daarna bleek de kabel van onze tweede LP-500 ook al te rafelen bij de katrol. Beide machines zijn nu afgezet met lint.

Wat ons nog meer zorgen baart: bij de jaarlijkse inspectie in september is er niets over die kabels gemeld. Hebben andere klanten dit ook gehad? Is er iets mis met deze serie?

Ik wil vandaag nog een monteur hier, en schriftelijk wat we met de andere apparaten van jullie moeten doen. Foto's zitten in de bijlage.

Met vriendelijke groet,

Marco Verhoeven
Bedrijfsleider Puls Fitness Amersfoort
033 - 123 45 67"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Annelies Bos <annelies.bos@kpn-post.example>",
         to="support@parkeerslim.example",
         subject="parkeersessies die niet van mij zijn",
         body="""\
Hallo,

In mijn ParkeerSlim-app staan sinds zaterdag 9 parkeersessies in Rotterdam en Den Haag die ik niet heb gestart. Ik woon in Zwolle en mijn auto heeft het hele weekend voor de deur gestaan. In totaal is er 86,40 euro van mijn creditcard afgeschreven.

Ook staat er opeens een tweede kenteken in mijn profiel (GX-118-T) dat ik niet ken, en het telefoonnummer is veranderd in een 06 dat niet van mij is.

Ik heb mijn wachtwoord meteen gewijzigd en mijn kaart laten blokkeren bij de bank. Kunnen jullie uitzoeken wie er in mijn account heeft gezeten en het geld terugstorten? En wat heeft die persoon allemaal kunnen zien? Mijn adres en de laatste cijfers van mijn kaart staan er ook in.

Annelies Bos
klantnummer 4410-2287"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dierenkliniek De Hoefslag <balie@dierenkliniek-hoefslag.example>",
         to="support@vetdesk-software.example",
         subject="!!! niks werkt",
         body="""\
Goedemorgen,

Sinds we om half acht open zijn blijft VetDesk bij het opstarten hangen op 'Gegevens synchroniseren...' en na een paar minuten krijgen we een wit scherm. Op alle vier de pc's aan de balie en in beide behandelkamers hetzelfde, ook na opnieuw opstarten.

We kunnen dus de agenda niet zien, geen patiëntkaarten openen, geen vaccinaties registreren en niet afrekenen. De wachtkamer zit vol en om 9 uur staan er twee operaties gepland waarvan de bloeduitslagen en de narcoseprotocollen in het systeem staan. We werken nu met pen en papier en een uitgeprinte lijst van gisteren.

Praktijkcode HOEF-0192. Wilt u ons alstublieft direct terugbellen op 0412-987654? Uw servicenummer gaat alleen maar over.

Inge Raaijmakers
praktijkmanager"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Thomas Wuyts <thomas@studiowuyts.example>",
         to="help@drukwerkdirect.example",
         subject="upload",
         body="""\
Hey,

Is jullie uploadportaal down? Ik probeer al sinds gisterenavond de pdf voor bestelling DD-558302 (5000 flyers A5, deadline drukproef vandaag 14u) op te laden en krijg telkens '503 Service Temporarily Unavailable'. Andere browser, andere laptop, via mijn gsm: overal hetzelfde. De rest van de site laadt wel, alleen de stap 'bestand aanleveren' niet.

Als het bestand er vandaag niet in zit schuift de levering op, en dan zijn de flyers te laat voor het event van mijn klant zaterdag. Kan ik het eventueel naar iemand mailen?

Thomas
Studio Wuyts - grafisch ontwerp
Mechelen"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Richard Kamphuis <r.kamphuis@kamphuis-transport.example>",
         to="servicedesk@cargoportal.example",
         subject="track & trace loopt achter",
         body="""\
Goedemiddag,

Sinds een dag of twee loopt de statusinformatie in CargoPortal flink achter. Zendingen die volgens de chauffeur gisteren om 11:00 in Duisburg zijn gelost, staan vanochtend nog op 'onderweg'. Het containeroverzicht doet er soms ook een minuut over om te laden.

Het is niet onoverkomelijk: de chauffeurs appen ons de status en we werken de klanten nu met de hand bij. Maar het kost mijn planners veel tijd en een paar verladers beginnen te vragen waarom hun trackinglink niet klopt.

Is er iets bekend? Ons accountnummer is KT-30418.

Met vriendelijke groet,

Richard Kamphuis
Planning - Kamphuis Internationaal Transport B.V."""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Wendy Schaap <w.schaap@waddenveer.example>",
         to="noc@boardingsystems.example",
         subject="terminal Harlingen",
         body="""\
Hallo,

Op terminal Harlingen printen de incheckzuilen sinds 06:40 geen instapkaarten meer. De kentekenscan geeft bij iedereen 'reservering niet gevonden', ook bij boekingen die we in de backoffice gewoon zien staan. De handscanners van de dekmannen blijven op 'laden' hangen.

De afvaart van 07:45 is met 35 minuten vertraging vertrokken omdat we alles op papier moesten controleren. Nu staan er weer zo'n 120 auto's in de rij voor de 09:30 en het is de vrijdag voor de herfstvakantie.

Graag NU iemand erop, bel de dienstdoende op 0517-000111.

Wendy Schaap
Teamleider terminal"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Kevin Smits <orders@tandlabsmits.example>",
         to="support@scanconnect.example",
         subject="Geen scans meer binnen",
         body="""\
Goedemorgen,

Via ScanConnect ontvangen wij de intraorale scans van onze tandartsen. Sinds gisteren rond 16:00 komt er niets meer binnen. In het dashboard staat 'Laatste synchronisatie: 15:52' en de knop 'Nu ophalen' geeft alleen een rood uitroepteken, zonder foutmelding. De praktijken zien hun scans wel als 'verzonden'.

Er liggen nu minstens 11 casussen klaar waar wij niet bij kunnen (kronen, een brug en twee opbeetplaten) en de patienten staan volgende week al ingepland voor plaatsing.

Lab-ID SMT-2281, versie 4.7.2. Kunnen jullie hier vandaag naar kijken?

Met vriendelijke groet,
Kevin Smits
Tandtechnisch Laboratorium Smits, Venlo"""),

    dict(n=10, signals="payment", priority="high", trap="implicit", qt=0, reply=0,
         frm="Pieter-Jan Maes <pj.maes@skynet-mail.example>",
         to="reservaties@autoverhuur-zuid.example",
         subject="Borg 2x geblokkeerd - dringend",
         body="""\
Dag,

Ik heb bij jullie een wagen gehuurd in Malaga, reservatie AVZ-7713-ES, afgehaald zaterdag. Aan de balie werd de borg van 1.200 euro op mijn kredietkaart geblokkeerd, en nog een tweede keer omdat 'de eerste transactie niet gelukt was' volgens de bediende. Nu staat er twee keer 1.200 euro in reservatie en zit ik aan mijn limiet.

Gevolg: gisteren in het restaurant en vandaag aan het tankstation werd mijn kaart geweigerd. We zitten hier nog 8 dagen met twee kinderen. Kunnen jullie die dubbele blokkering vandaag nog vrijgeven? Mijn bank zegt dat alleen de verhuurder dat kan.

Vriendelijke groeten,
Pieter-Jan Maes"""),

    dict(n=11, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="Noor el Idrissi <noor.elidrissi@ziggo-mail.example>",
         to="klantenservice@fietsleasenu.example",
         subject="Waarom nog een incasso?",
         body="""\
Beste mensen,

Ik heb mijn leasecontract (FL-20931) in augustus netjes opgezegd per 1 oktober. De fiets heb ik op 28 september ingeleverd bij de dealer in Utrecht, ik heb er een inleverbon van.

Toch is er op 1 november weer 49,90 euro van mijn rekening gehaald met omschrijving 'maandtermijn november'. Ik heb de incasso nu gestorneerd maar ik wil niet dat jullie het dan volgende maand gewoon weer proberen, of dat er een incassobureau achteraan komt.

Wilt u bevestigen dat het contract echt beeindigd is en dat er niets meer wordt afgeschreven?

Groetjes,
Noor el Idrissi"""),

    dict(n=12, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Hilde Peeters <hilde.peeters@proximus-post.example>",
         to="schadebeheer@verzekeringen-kempen.example",
         subject="dossier 2026/WS/04417",
         body="""\
Goedendag,

Na het onweer van eind augustus is er water binnengekomen langs ons plat dak. De expert is op 18 september langsgeweest en op 9 oktober kreeg ik per brief het akkoord: 3.640,00 euro, 'uitbetaling binnen de 15 werkdagen' op rekening BE00 0000 0000 0000.

We zijn nu 5 weken verder en er is nog niks op mijn rekening gekomen. De dakwerker heeft zijn factuur intussen gestuurd en wil betaald worden. Ik heb twee keer naar uw kantoor gebeld en werd telkens doorverwezen naar 'de boekhouding'.

Kunt u mij laten weten waar de betaling blijft?

Met vriendelijke groeten,
Hilde Peeters
Herentals"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Jasper Oudendijk <jasper@oudendijk-advies.example>",
         to="administratie@dewerkplaats-cowork.example",
         subject="vraagje factuur",
         body="""\
Hoi,

Op mijn factuur van oktober (nr. WP-2026-1183) staat naast de flexplek van 175 euro een regel 'servicekosten vergaderruimte 12,50'. Die ken ik niet van eerdere maanden. Is dat voor die ene keer dat ik de kleine vergaderkamer had geboekt, of is dat iets nieuws dat elke maand terugkomt?

Geen probleem hoor, ik wil het alleen even snappen voor mijn boekhouding.

Groet,
Jasper"""),

    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Marloes Hendriks <marloes@hendriks-administraties.example>",
         to="support@boekhoudbaas.example",
         subject="verificatiecode komt niet",
         body="""\
Goedemiddag,

Ik heb sinds vorige week een nieuw mobiel nummer (werkgsm via de zaak) en nu kom ik niet meer in Boekhoudbaas. Na het wachtwoord vraagt hij een sms-code, en die gaat natuurlijk naar mijn oude nummer dat niet meer bestaat. 'Andere methode proberen' geeft alleen weer de optie sms.

Ik doe de administratie voor 23 zzp'ers en de btw-aangifte over het derde kwartaal moet uiterlijk 31 oktober de deur uit. Ik kan nu helemaal niets, ook mijn klanten niet in.

Kunnen jullie het nummer wijzigen of de tweestapsverificatie tijdelijk uitzetten? Ik kan me natuurlijk legitimeren. Accountnaam: hendriks-adm.

Met vriendelijke groet,
Marloes Hendriks
Hendriks Administraties, Deventer"""),

    dict(n=15, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Bart Van den Broeck <bart.vdbroeck@webpost.example>",
         to="bib@stad-lier.example",
         subject="twee accounts",
         body="""\
Goeiemiddag,

Ik blijk twee lenersaccounts bij de bib te hebben: een oud op mijn vorige mailadres (bart.vdb@oudprovider.example, dat bestaat niet meer) en een nieuw dat ik vorige maand aan de balie heb laten aanmaken toen ik mijn kaart kwijt was.

Op het oude staan nog mijn reservaties en mijn leesgeschiedenis, op het nieuwe zie ik niks. Als ik 'wachtwoord vergeten' doe op het oude, gaat de mail naar dat adres dat ik niet meer heb.

Kunnen jullie die twee samenvoegen tot een account op mijn huidige adres? Lenerskaart 2291 004 778.

Mvg,
Bart"""),

    dict(n=16, signals="account", priority="medium", trap="reply", qt=0, reply=1,
         frm="Ilse Vermeulen <ilse@zonnigdak-installaties.example>",
         to="portaalbeheer@netbeheer-regio.example",
         subject="RE: Gebruikersbeheer installateursportaal",
         body="""\
Goedemorgen,

Dank voor de snelle reactie, maar er is blijkbaar iets misgegaan. U heeft de toegang van Ruud Bakker verwijderd (klopt, die is uit dienst), maar daarbij is ook Gerrit van Dam eruit gegooid. Gerrit is onze werkvoorbereider en meldt alle nieuwe installaties aan. Hij krijgt nu 'gebruiker onbekend'.

Zou u Gerrit (g.vandam@zonnigdak-installaties.example) opnieuw willen toevoegen met dezelfde rechten als voorheen? Hij heeft deze week twaalf aanmeldingen liggen.

Met vriendelijke groet,
Ilse Vermeulen
Office manager ZonnigDak Installaties

-----Oorspronkelijk bericht-----
Van: Portaalbeheer
Verzonden: maandag 9 november 2026 16:12
Onderwerp: RE: Gebruikersbeheer installateursportaal

> Beste mevrouw Vermeulen,
>
> Conform uw verzoek zijn de gebruikers van de heer Bakker verwijderd
> uit het installateursportaal voor uw bedrijf (EAN-registratie 4412).
>
> Met vriendelijke groet,
> Team Portaalbeheer"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Femke Jansen <femkejansen91@gmail-post.example>",
         to="help@deelautodichtbij.example",
         subject="e-mail wijzigen?",
         body="""\
Hallo!

Korte vraag: hoe pas ik het mailadres van mijn account aan? In de app zie ik bij 'Profiel' alleen naam, telefoonnummer en rijbewijs. Ik ga over naar mijn nieuwe adres femke@jansen-fotografie.example en wil de ritbevestigingen en facturen daar ontvangen.

Moet ik dan ook opnieuw mijn rijbewijs laten checken, of blijft dat gewoon staan?

Dank je!
Femke"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Eline Goossens <eline@studiobreathe.example>",
         to="feedback@boekmijnles.example",
         subject="even kwijt",
         body="""\
Hoi team,

Ik moest dit toch even kwijt. Sinds we de nieuwe wachtlijstfunctie gebruiken zijn onze inschrijvingen voor de zondagyoga werkelijk ontploft. Vorige week stond de telefoon roodgloeiend omdat iedereen wilde weten hoe dat 'automatisch doorschuiven' werkte, en mijn collega lag in een deuk toen een cursist vroeg of de app 'gedachten kon lezen'.

Die herinneringsmail 24 uur vooraf is echt een schot in de roos: bijna geen no-shows meer. Ik zou zeggen, ga zo door.

Eén wensje voor later: een kleurtje per docent in het rooster. Maar niks dringends.

Liefs,
Eline Goossens
Studio Breathe, Gent"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Festival Zomerveld - productie <productie@zomerveld-festival.example>",
         to="offerte@grootformaatdruk.example",
         subject="Offerte spandoeken + vraag over brandklasse",
         body="""\
Goedendag,

Voor Zomerveld (juli 2027, Dronten) willen we een offerte voor ongeveer 40 spandoeken van 3 x 1 m en 6 backdrops van 6 x 3 m voor de tenten.

De gemeente en de brandweer eisen dit jaar dat al het doek in de tenten brandvertragend is, minimaal klasse B1 of M1, met certificaat erbij voor het veiligheidsplan. Is jullie frontlit PVC dat, of moeten we een ander materiaal kiezen? En kunnen jullie de certificaten per batch meeleveren?

Verder graag de levertijd en of jullie ook ringen of zeilringen om de 50 cm kunnen zetten.

Hartelijke groet,
Daan Hoekstra
Productie Festival Zomerveld"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Guido Martens <guido.martens@telenet-mail.example>",
         to="service@warmtepomp-vlaanderen.example",
         subject="storing E7",
         body="""\
Dag,

Even een update over de storing E7 die ik vorige maand meldde: sinds de monteur de firmware heeft bijgewerkt is die foutmelding niet meer teruggekomen. Geen enkele uitval meer, ook niet tijdens die koude nachten van vorige week, en de app crasht ook niet meer bij het openen van de grafieken. Top, merci daarvoor.

Nog een vraagje los daarvan: kan ik de fluistermodus ook alleen 's nachts laten aanspringen, bijvoorbeeld van 22u tot 7u? In de app vind ik enkel aan/uit.

Groeten,
Guido Martens"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Sander Kok <sander.kok@protonpost.example>",
         to="jobs@veilignetwerk.example",
         subject="Sollicitatie Security Engineer (vacature 2026-14)",
         body="""\
Geachte heer, mevrouw,

Met veel interesse las ik uw vacature voor Security Engineer. Graag solliciteer ik naar deze functie.

De afgelopen vier jaar werkte ik bij een middelgrote zorgverzekeraar, waar ik verantwoordelijk was voor pentests, phishingsimulaties voor ruim 2.000 medewerkers en de afhandeling van datalekken richting de Autoriteit Persoonsgegevens. Ook heb ik het incidentresponsplan herschreven nadat een leverancier bij ons ransomware had opgelopen; wat ik daarvan geleerd heb, neem ik graag mee naar uw team.

Ik ben OSCP-gecertificeerd en spreek vloeiend Nederlands en Engels. Mijn cv zit in de bijlage.

Ik hoor graag van u.

Met vriendelijke groet,
Sander Kok
06 - 00 00 00 00"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Apotheek De Zwaan <info@apotheekdezwaan.example>",
         to="support@farmaorder.example",
         subject="Re: Storing bestelmodule dinsdagochtend",
         body="""\
Dank voor de uitleg en voor het snelle oplossen. Alle bestellingen van dinsdag zijn alsnog goed aangekomen bij de groothandel, dus voor ons is het afgerond.

Fijn weekend!

Hanneke Bosman
Apotheek De Zwaan, Haarlem

Op di 10 nov. 2026 om 11:02 schreef FarmaOrder Support <support@farmaorder.example>:
> Beste mevrouw Bosman,
>
> Door een storing in ons datacentrum lag de bestelmodule vanochtend
> tussen 08:10 en 10:45 plat. Bestellingen die in die periode zijn
> verstuurd, werden niet doorgezet naar de groothandel. Inmiddels draait
> alles weer en zijn de achtergebleven bestellingen automatisch opnieuw
> verzonden.
>
> Onze excuses voor het ongemak.
>
> Met vriendelijke groet,
> Team FarmaOrder"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Wim Desmet <ict@sintjozefcollege.example>",
         to="support@examenplatform.example",
         subject="DRINGEND examens - niemand raakt binnen",
         body="""\
Goedemorgen,

Vandaag start onze examenperiode en om 8u30 moesten ruim 300 leerlingen van het vijfde en zesde jaar hun examen Frans starten op jullie platform. Bij 'Aanmelden met schoolaccount' krijgen ze allemaal na het ingeven van hun paswoord de melding 'AADSTS50011: redirect URI mismatch' en komen ze terug op het loginscherm.

Leerkrachten hebben hetzelfde. Het is niet de internetverbinding: andere sites en ons eigen Microsoft-account werken gewoon. Gisteren om 16u werkte alles nog, we hebben aan onze kant niets veranderd.

De leerlingen zitten nu in de sporthal en in de refter te wachten. Als dit niet binnen het half uur opgelost is, moeten we het examen uitstellen en dat gooit de hele planning om.

Schoolnummer 048213. Bel mij aub op 0499 00 45 67.

Wim Desmet
ICT-coordinator Sint-Jozefcollege"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Robin de Graaf <robin.degraaf@xs4all-post.example>",
         to="tickets@lagewaardfestival.example",
         subject="Antw: Antw: Terugbetaling geannuleerde zondag",
         body="""\
Dit is nu mijn DERDE mail. Nog steeds geen geld, nog steeds geen antwoord behalve dat automatische 'we hebben uw bericht ontvangen'.

Het gaat om 4 dagkaarten voor zondag, samen 356 euro. Dat is voor ons echt veel geld. Als ik deze week niets hoor, ga ik via mijn creditcardmaatschappij een chargeback aanvragen en meld ik het bij de Consumentenbond.

Robin de Graaf

Op 20 okt. 2026 om 21:14 schreef Robin de Graaf <robin.degraaf@xs4all-post.example>:
> Hallo, de termijn van 14 dagen is ruim voorbij en ik heb nog steeds
> niets ontvangen. Kunnen jullie kijken wat er aan de hand is?
> Bestelnummer LW-88120.
>
> Op 2 okt. 2026 om 09:40 schreef Robin de Graaf:
>> Beste organisatie,
>> Op jullie site staat dat de zondag vanwege het weer is geannuleerd
>> en dat kaarthouders binnen 14 dagen automatisch hun geld terugkrijgen.
>> Ik had 4 dagkaarten (LW-88120). Klopt het dat ik niets hoef te doen?"""),
]
