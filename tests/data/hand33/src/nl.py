# blind34 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lotte van Dijk <lotte.vandijk@postvak.example>",
         to="info@kdv-hetboomhuis.example",
         subject="Saar - pinda bij de lunch",
         body="""\
Beste Marieke en team,

Toen ik Saar (2) vanmiddag om half vijf ophaalde, had ze dikke lippen, rode bulten in haar nek
en moest ze steeds hoesten. Volgens Sanne van de Vlindergroep heeft ze bij de lunch een cracker
met pindakaas gegeten.

In haar dossier staat sinds de intake dat ze allergisch is voor pinda, en het staat ook op het
lijstje in de keuken, dat heb ik zelf gezien.

We zijn direct naar de huisartsenpost gereden. Onderweg begon ze te piepen bij het ademen en ze
heeft twee keer overgegeven. Ze heeft daar medicijnen gekregen en het gaat nu weer wat beter,
ze slaapt.

Ik wil graag morgen iemand spreken over hoe dit kon gebeuren en wat jullie gaan doen zodat het
niet nog een keer gebeurt. Tot die tijd houd ik haar thuis.

Groet,
Lotte van Dijk (moeder van Saar)
06-12345678"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ingrid Bakker <ingrid.bakker@kpnmail.example>",
         to="klantenservice@zorgknop.example",
         subject="Alarmknop van mijn moeder werkte niet - mevr. G. Bakker, Lindelaan 4",
         body="""\
Geachte heer/mevrouw,

Ik schrijf namens mijn moeder, mevrouw G. Bakker (87), klantnummer ZK-118204. Zij heeft sinds
vorig jaar via u een halszender voor personenalarmering.

Afgelopen zondagnacht is mijn moeder rond 02.00 uur in de badkamer gevallen. Zij heeft
meerdere keren op de knop gedrukt, maar er kwam geen verbinding met de meldkamer; het lampje
op het kastje in de gang knipperde alleen oranje. Zij heeft ruim vier uur op de koude vloer
gelegen, tot de thuiszorg om half zeven binnenkwam. In het ziekenhuis bleek haar heup gebroken.

Zij ligt nu nog in het ziekenhuis, maar komt over een paar weken weer thuis en moet dan op dit
apparaat kunnen vertrouwen. Ik wil graag weten:
- waarom er geen verbinding tot stand kwam;
- of het kastje nu wel werkt, of dat er een ander kastje moet komen;
- wie mij hierover vandaag nog kan terugbellen.

Met vriendelijke groet,
Ingrid Bakker
Telefoon: 06-87654321"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ruben de Graaf <ruben.degraaf@ziggomail.example>",
         to="service@warmtegarant.example",
         subject="CO-melder gaat af sinds onderhoud ketel - dringend",
         body="""\
Goedemiddag,

Vorige week donderdag is jullie monteur bij ons geweest voor het jaarlijkse onderhoud van de
cv-ketel (Remeha, in de zolderkast). Sinds gisteravond gaat de CO-melder op de overloop steeds
af. We dachten eerst aan een lege batterij, maar vanochtend hadden mijn vrouw en beide kinderen
hoofdpijn en waren ze misselijk.

We hebben de brandweer gebeld. Die heeft bij de ketel koolmonoxide gemeten, de ketel uitgezet
en gezegd dat we er niet meer aan mogen komen tot een monteur heeft gekeken. Volgens hen zat
de rookgasafvoer niet goed vast na het onderhoud.

Dit is levensgevaarlijk geweest. We zitten nu zonder verwarming en warm water en ik wil vandaag
nog iemand hier hebben.

Ruben de Graaf
Kastanjestraat 19, Amersfoort
Contractnummer WG-55031
06-44556677"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Tomasz Nowak <tomasz.nowak@webpost.example>",
         to="klantenservice@buitenlevenkampeer.example",
         subject="Kookstel gekocht - steekvlam, mijn zoon heeft brandwonden",
         body="""\
Goedendag,

Op 28 november ik heb in uw winkel in Utrecht een gaskookstel gekocht, de TrekFlame 2, met
twee gasbussen erbij. Bon nummer 4410-2281.

Afgelopen zaterdag wij hebben het voor het eerst gebruikt in de tuin. Na een paar minuten
kwam er een steekvlam uit de aansluiting waar de gasbus in zit. Mijn zoon (14) stond ernaast en
heeft brandwonden aan zijn rechterarm en hand. Wij zijn naar de spoedeisende hulp geweest, hij
heeft verband en moet terugkomen voor controle.

De gasbus zat goed vast, ik heb het gedaan zoals in de handleiding staat. Ik ruik ook gas bij
de aansluiting als ik de kraan een klein beetje open.

Ik denk dit product is gevaarlijk en ik wil dat u het ophaalt en onderzoekt. Misschien andere
klanten hebben hetzelfde. Sorry voor mijn Nederlands.

Met vriendelijke groet,
Tomasz Nowak
06-23456789"""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Jesse Verhoeven <jesse.verhoeven@gmail.example>",
         to="support@klikdate.example",
         subject="Mijn account is overgenomen, iemand vraagt geld aan mijn matches",
         body="""\
Hoi,

Ik denk dat mijn KlikDate-account gehackt is. Gisteravond kreeg ik een mail dat mijn
e-mailadres en wachtwoord waren gewijzigd. Dat heb ik niet gedaan. Sindsdien kan ik niet meer
inloggen, ook niet via "wachtwoord vergeten", want die mail gaat naar een adres dat ik niet ken.

Vanochtend stuurde een van mijn matches mij via Instagram een screenshot: "ik" had haar
gevraagd om 350 euro over te maken voor een treinkaartje. Er zitten nog meer mensen in mijn
gesprekken die dit nu waarschijnlijk ook krijgen.

Kunnen jullie het account meteen blokkeren en de berichten stoppen? Mijn gebruikersnaam is
jesse_utr91, aangemaakt met dit mailadres.

Jesse Verhoeven"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Praktijkmanager Tandartspraktijk Zuidpark <praktijk@tandartszuidpark.example>",
         to="support@dentaplan.example",
         subject="Agenda blijft laden, wachtkamer vol",
         body="""\
Goedemorgen,

Sinds we om 08.00 uur opengingen, blijft DentaPlan op alle computers in de praktijk eindeloos
laden na het inloggen. We zien alleen het draaiende rondje, geen agenda, geen patiëntkaarten
en geen röntgenfoto's. Opnieuw opstarten van de pc's en de router heeft niet geholpen.

We hebben vandaag drie tandartsen en een mondhygiënist aan het werk en ruim zeventig patiënten
ingepland. Er zitten nu al mensen in de wachtkamer en we weten niet wie er voor welke
behandeling komt. Afrekenen lukt ook niet.

Wilt u ons zo snel mogelijk bellen op 010-7654321? Ons klantnummer is DP-2290.

Met vriendelijke groet,
Anouk Smit
Praktijkmanager Tandartspraktijk Zuidpark

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke
informatie bevatten. Bent u niet de beoogde ontvanger, verwijder dit bericht dan en informeer
de afzender."""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Mark Hoekstra <m.hoekstra@hoekstra-administratie.example>",
         to="support@bonnenbox.example",
         subject="Klantportaal onbereikbaar - hele kantoor stil",
         body="""\
Hallo BonnenBox,

Sinds vanochtend ongeveer 9 uur is het klantportaal niet te bereiken, voor ons niet en voor
onze klanten ook niet. Bij elke poging krijgen we dit:

  503 Service Unavailable
  The server is temporarily unable to service your request.
  Request ID: 7f3a-22c1-bb90

Wij zijn een administratiekantoor met zeven medewerkers en zo'n 400 ondernemers als klant.
Onze klanten kunnen geen bonnen en facturen uploaden en wij kunnen niets verwerken. Iedereen
hier zit nu letterlijk duimen te draaien, en de btw-aangiftes over het vierde kwartaal moeten
deze maand nog de deur uit.

Jullie statuspagina zegt "alle systemen operationeel", maar dat klopt dus niet. Graag
spoedig een reactie.

Met vriendelijke groet,
Mark Hoekstra
Hoekstra Administratie & Advies
Klantnummer BB-10077
Uw cijfers, onze zorg."""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Henk Mulder <henkmulder@hetnet.example>",
         to="info@afvalservice-oostland.example",
         subject="container gaat niet open",
         body="""\
is het normaal dat de ondergrondse container bij de Pieter de Hoochstraat sinds zaterdag niet
meer opengaat met de pas? lampje wordt rood en de klep blijft dicht. de buren hebben hetzelfde.
nu staan er zakken naast de container en de meeuwen zitten erin. ik kan mijn afval nergens kwijt
pasnummer 004417
henk mulder

Verzonden vanaf mijn Samsung"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Femke Jansen <femke.jansen@xs4mail.example>",
         to="klantenservice@zonnewijs.example",
         subject="Opbrengst zonnepanelen wordt niet meer bijgewerkt",
         body="""\
Beste ZonneWijs,

Sinds afgelopen woensdag wordt de opbrengst van onze zonnepanelen niet meer bijgewerkt in de
app en op het klantportaal. De grafiek staat stil op 9 december en de dagtotalen blijven op nul.

De omvormer in de garage brandt gewoon groen en op de display zie ik dat hij wel stroom levert,
dus de panelen zelf doen het volgens mij. Het is alleen vervelend dat ik niets kan volgen.

Kunnen jullie kijken of er iets mis is met de koppeling? Installatienummer ZW-3381.

Alvast bedankt,
Femke Jansen"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Sander Pieters <sander.pieters@postvak.example>",
         to="backers@samenbouwen.example",
         subject="Terugbetaling project 'Buurtmoestuin De Kiem' nog niet ontvangen",
         body="""\
Beste SamenBouwen,

Op 6 november kreeg ik bericht dat het project "Buurtmoestuin De Kiem" zijn doelbedrag niet
heeft gehaald en dat alle backers hun bijdrage binnen tien werkdagen terug zouden krijgen.

Ik heb op 14 oktober 75 euro bijgedragen via iDEAL (transactie SB-88410-07), maar inmiddels is
het half december en ik heb nog niets op mijn rekening teruggezien. In mijn account staat de
bijdrage nog steeds als "betaald".

Kunnen jullie nagaan waar mijn terugbetaling blijft?

Met vriendelijke groet,
Sander Pieters"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Yasmina El Amrani <yasmina.elamrani@hotpost.example>",
         to="klantenservice@rijdenautoverhuur.example",
         subject="Borg van 800 euro staat nog steeds vast op mijn creditcard",
         body="""\
Goedemiddag,

Van 20 tot 27 november heb ik bij jullie vestiging in Eindhoven een auto gehuurd
(reserveringsnummer RV-604219). Bij het ophalen is er 800 euro borg op mijn creditcard
vastgezet. De auto is op 27 november zonder schade en met volle tank ingeleverd, dat staat
ook op het inleverformulier.

Nu, bijna drie weken later, staat die 800 euro nog steeds geblokkeerd. Mijn bank zegt dat
jullie hem moeten vrijgeven. Door die blokkade zit ik aan mijn limiet en ik moet op 1 januari
mijn huur betalen.

Willen jullie de borg vandaag nog vrijgeven en mij dat bevestigen?

Met vriendelijke groet,
Yasmina El Amrani
06-34567890"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Gerard Visser <gerard.visser@kpnmail.example>",
         to="ledenadministratie@hvdekraaien.example",
         subject="Vraagje over de contributie",
         body="""\
Hallo ledenadministratie,

Op de nieuwe contributienota (lid 2291, seizoen 2026-2027) staat naast de contributie van
185 euro ook een regel "administratiekosten 2,50". Vorig jaar stond die er volgens mij niet op.

Geen probleem hoor, ik ben gewoon benieuwd waar dat voor is. Is dat omdat ik niet via
automatische incasso betaal?

Sportieve groet,
Gerard Visser"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Wilma Koster <wilma.koster@ziggomail.example>",
         to="vragen@bibliotheekrivierenland.example",
         subject="Pas geblokkeerd na verkeerde pincode",
         body="""\
Goedemorgen,

Ik wilde gisteren via de website een boek verlengen, maar ik heb drie keer de verkeerde
pincode ingetoetst en nu staat er "Uw account is geblokkeerd. Neem contact op met de
bibliotheek".

Ik heb nog vier boeken thuis, waarvan er twee overmorgen terug moeten, en ik zou ze graag
verlengen. Kunnen jullie mijn account weer vrijgeven en mij een nieuwe pincode sturen?

Mijn pasnummer is 2700 1834 5521.

Vriendelijke groet,
Wilma Koster"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Peter Dekker <peter.dekker@outmail.example>",
         to="familieportaal@thuiszorgdeschakel.example",
         subject="Kan niet inloggen familieportaal - zorgplan moet vandaag getekend",
         body="""\
Beste medewerker,

Ik ben de contactpersoon voor mijn vader, de heer J. Dekker (cliëntnummer 30452). Ik heb een
nieuw telefoonnummer, en sindsdien kan ik niet meer inloggen op het familieportaal: de
sms-code wordt nog steeds naar mijn oude nummer gestuurd, dat ik niet meer heb.

Volgens de wijkverpleegkundige moet het nieuwe zorgplan vandaag digitaal worden ondertekend,
anders kan de extra avondzorg vanaf maandag niet ingaan. Ik kan er dus nu niet bij.

Mijn nieuwe nummer is 06-55667788. Kunnen jullie dit aanpassen of mij op een andere manier
laten tekenen?

Met vriendelijke groet,
Peter Dekker"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Esther de Boer <esther.deboer@postvak.example>",
         to="administratie@muziekschooldetoonladder.example",
         subject="Tweede kind toevoegen aan mijn account",
         body="""\
Beste administratie,

Mijn zoon Daan (9) zit al een jaar op gitaarles bij jullie en nu wil zijn zusje Fleur (7) in
januari met blokfluit beginnen.

Hoe kan ik haar toevoegen aan mijn bestaande account in het ouderportaal, zodat ik ze allebei
onder één login heb? En kan ik bij die gelegenheid ook meteen mijn wachtwoord wijzigen? Ik zie
in het menu alleen "Mijn gegevens" staan.

Hartelijke groet,
Esther de Boer"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nicole Brouwer <nicole.brouwer@hotpost.example>",
         to="info@taalschoolpuente.example",
         subject="Zomercursus Spaans voor Lieke",
         body="""\
Hoi Carmen,

Sorry dat ik nu pas reageer, ik lag vorige week helemaal plat met griep en mijn mail is een
beetje blijven liggen.

Lieke staat sinds jouw proefles echt in vuur en vlam voor Spaans. Ze loopt de hele dag
"¿dónde está el baño?" te roepen, we worden er gek van (in de goede zin). Die les was echt een
schot in de roos.

Ik zag dat de zomercursus voor tieners al bijna vol zit, het loopt blijkbaar storm. Is er nog
plek in de groep van juli, en kan ze ook alleen de eerste twee weken meedoen? We gaan daarna
op vakantie.

Groetjes,
Nicole Brouwer

Verzonden vanaf mijn iPhone"""),

    dict(n=17, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Bas Hendriks <bas.hendriks@xs4mail.example>",
         to="members@werkplaats-coworking.example",
         subject="Antw: Account geblokkeerd - kan geen werkplek boeken",
         body="""\
Top, het werkt weer! Net een plek voor morgen geboekt. Dank je wel Joyce, fijn weekend.

Bas

Op vr 11 dec. 2026 om 10:02 schreef Werkplaats Coworking <members@werkplaats-coworking.example>:
> Hoi Bas,
>
> Vervelend dat je account geblokkeerd is en je niet meer kunt inloggen in de app om een
> werkplek te boeken. Dat kwam door de vijf mislukte inlogpogingen van gisteren. We hebben
> de blokkade zojuist opgeheven. Kun je het nog een keer proberen?
>
> Groet,
> Joyce
> Werkplaats Coworking Haarlem"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Annemiek Vos <annemiek.vos@postvak.example>",
         to="service@laadfix.example",
         subject="Re: Rook en brandlucht uit laadpaal - melding 2026-4471",
         body="""\
Goedemiddag,

De monteur is vanochtend geweest en heeft de aansluiting vervangen. Alles werkt weer netjes.
Heel fijn dat het zo snel geregeld is.

Nog een vraagje: in onze VvE denken meer mensen aan een laadpaal. Mag ik jullie als tip noemen
in onze bewonersnieuwsbrief?

Groet,
Annemiek Vos

-----Oorspronkelijk bericht-----
> Van: LaadFix Service <service@laadfix.example>
> Verzonden: dinsdag 8 december 2026 16:45
> Aan: Annemiek Vos <annemiek.vos@postvak.example>
> Onderwerp: Rook en brandlucht uit laadpaal - melding 2026-4471
>
> Beste mevrouw Vos,
> Naar aanleiding van uw melding dat er rook en een brandlucht uit uw laadpaal kwam en de
> stekker bij de aansluiting zwart verkleurd was, komt onze monteur donderdag 10 december
> tussen 8.00 en 12.00 uur langs. Gebruik de laadpaal tot die tijd niet en laat de
> groep in de meterkast uitgeschakeld.
>
> Met vriendelijke groet,
> LaadFix Service"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="CyberVeilig Academy <events@cyberveilig.example>",
         to="info@hoekstra-administratie.example",
         subject="Webinar: gehackt? Zo voorkomt u een datalek bij uw klanten",
         body="""\
Beste ondernemer,

Administratiekantoren zijn een favoriet doelwit van criminelen: u beheert immers de gegevens,
facturen en bankrekeningnummers van tientallen klanten. Eén gehackt e-mailaccount is genoeg
voor een flink datalek.

In ons gratis webinar van 45 minuten laten we zien:
- hoe een phishingmail er in 2026 écht uitziet;
- wat u moet doen in de eerste 72 uur na een datalek (en wanneer u het moet melden);
- waarom een wachtwoordmanager en tweestapsverificatie geen overbodige luxe zijn;
- hoe u een gestolen laptop op afstand wist.

Donderdag 21 januari 2027, 12.30 uur. Aanmelden via cyberveilig.example/webinar

Met vriendelijke groet,
Het team van CyberVeilig Academy

U ontvangt deze e-mail omdat u zich heeft aangemeld voor onze nieuwsbrief. Afmelden kan via
de link onderaan. CyberVeilig vraagt u nooit om uw wachtwoord per e-mail."""),

    dict(n=20, signals="-", priority="low", trap="school", qt=0, reply=0,
         frm="Thijs van Leeuwen <thijs.vanleeuwen@leerling.example>",
         to="info@hefliftservice.example",
         subject="Vragen voor profielwerkstuk over liften",
         body="""\
Beste meneer/mevrouw,

Ik zit in 6 vwo op het Stedelijk Lyceum en ik doe mijn profielwerkstuk (natuurkunde) samen met
een klasgenoot over de techniek van liften.

We hebben een paar vragen waar we op internet geen goed antwoord op vinden:
1. Wat gebeurt er als de kabel van een lift breekt? Kan een lift echt naar beneden storten,
   of grijpt de noodrem dan altijd in?
2. Hoe vaak komen mensen in Nederland vast te zitten in een lift, en hoe lang duurt het
   gemiddeld voordat ze bevrijd worden?
3. Wat gebeurt er bij een stroomstoring?

Zou iemand van jullie bedrijf ons hierover misschien een half uurtje willen vertellen, of mogen
we een keer meekijken bij een onderhoudsbeurt?

Alvast heel erg bedankt!
Thijs van Leeuwen"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Karin Smits <karin.smits@outmail.example>",
         to="verkoop@groenwarmte.example",
         subject="Vragen voordat we de offerte tekenen",
         body="""\
Beste heer Meijer,

Dank voor uw offerte voor de hybride warmtepomp (offertenummer GW-2026-0913). We zijn
eigenlijk wel overtuigd, maar hebben nog een paar vragen voordat we tekenen.

Mijn zwager heeft vorige winter een warmtepomp van een ander merk laten plaatsen en die is in
januari twee keer kapotgegaan. Hij heeft een week in de kou gezeten omdat de storingsdienst het
te druk had. Vandaar:

- Wat is de reactietijd van uw storingsdienst in de winter?
- Als de warmtepomp in het eerste jaar kapotgaat, wordt hij dan vervangen of krijgen we ons
  geld terug?
- Hoe zit het met het herroepingsrecht als we binnen twee weken na ondertekening toch afzien
  van de koop? Krijgen we de aanbetaling dan volledig terug?

Met vriendelijke groet,
Karin Smits"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Joost Peeters <joost.peeters@hetnet.example>",
         to="winkel@opticienhelder.example",
         subject="Even een compliment",
         body="""\
Beste mensen van Opticien Helder,

Ik wil jullie even bedanken. Zoals jullie weten werd tijdens onze vakantie in Frankrijk
ingebroken in de auto, en mijn bril was samen met de rest van de tas gestolen. Ik zat daar
zonder bril en kon niet meer rijden.

Jullie hebben op basis van mijn gegevens binnen twee dagen een nieuwe bril gemaakt en naar ons
vakantieadres gestuurd, en ook nog de papieren voor de verzekering in orde gemaakt. De
verzekering heeft inmiddels alles vergoed. De nieuwe bril zit zelfs beter dan de oude.

Topservice, ik raad jullie aan iedereen aan.

Hartelijke groet,
Joost Peeters

Verzonden vanaf mijn iPad"""),

    dict(n=23, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Dennis Kok <d.kok@woonstichtingdelta.example>",
         to="enterprise-support@heatwatch.example",
         subject="P1 - HeatWatch-dashboard toont geen meldingen meer (SLA-contract HW-ENT-017)",
         body="""\
Geacht HeatWatch-team,

Sinds gisteravond ongeveer 22.00 uur toont het HeatWatch-dashboard geen enkele storingsmelding
meer voor de 1.240 warmtepompen in ons bezit. Alle installaties staan op "laatste contact:
gisteren 21:58". Tegelijk komen bij onze klantenservice al sinds vanochtend telefoontjes binnen
van huurders met een koude woning.

Onze storingsdienst werkt daardoor blind: we kunnen niet zien welke installaties uitgevallen
zijn en monteurs niet gericht inplannen. Bij deze temperaturen, met veel oudere huurders, is
dat voor ons onacceptabel.

Conform ons SLA-contract HW-ENT-017 (prioriteit 1, reactietijd 1 uur, oplostijd 4 uur)
verzoeken wij u dit direct op te pakken. Ik verwacht binnen het uur een terugbelverzoek van uw
accountmanager of de dienstdoende engineer.

Met vriendelijke groet,
Dennis Kok
Teamleider Technisch Beheer, Woonstichting Delta
T 088 123 4567

Disclaimer: De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
geadresseerde. Indien u dit bericht ten onrechte heeft ontvangen, wordt u verzocht de afzender
te informeren en het bericht te verwijderen."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Michiel Verbeek <michiel.verbeek@gmail.example>",
         to="support@parkeermaatje.example",
         subject="App sluit af bij starten parkeeractie",
         body="""\
Hallo,

Sinds de update van dit weekend sluit de ParkeerMaatje-app af zodra ik op "Start parkeren" druk.
Hij is dan gewoon weg en ik kom weer op het beginscherm van mijn telefoon. Dat gebeurt in elke
zone die ik probeer, zowel in Delft als in Den Haag.

Voor nu parkeer ik via sms en dat gaat goed, dus ik sta niet met een boete. Maar het is wel
onhandig, want bij sms zie ik de kosten niet meteen en kan ik niet verlengen.

Telefoon: iPhone 13, iOS 18.2, appversie 6.4.0.

Groet,
Michiel Verbeek
Klantnummer PM-772910"""),
]
