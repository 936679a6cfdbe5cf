# blind22 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Vries <sanne.devries@kpn-mail.example>",
         to="klantenservice@tuincentrum-deeik.example",
         subject="Kindergietertje uit jullie winkel – stukje dop kwijt",
         body="""\
Goedemiddag,

Vorige week hebben we bij jullie in Amersfoort het speelsetje 'Kleine Tuinier'
gekocht (gietertje, schepje en harkje). Onze zoon van twee zat er net mee in de
zandbak en had het rode dopje van de gieter in zijn mond. Toen ik het eruit haalde,
was er een hoekje afgekauwd, ongeveer zo groot als een erwt, en dat stukje vinden we
nergens terug.

Hij hoest sinds een kwartier af en toe, kwijlt veel en wil niet drinken. We rijden
nu naar de huisartsenpost. Het dopje is heel zacht en brokkelt af als je erin knijpt.

Kunnen jullie dit setje uit de schappen halen?

Sanne de Vries
06 00 00 41 87"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mirjam Bos <mirjam@trimsalon-pluizebol.example>",
         to="service@grooming-supplies.example",
         subject="Trimtafel HT-300: scharnier doorgebroken",
         body="""\
Hallo,

Gistermiddag is in onze trimsalon het scharnier van de hydraulische trimtafel HT-300
(gekocht in januari, serienummer 3007-221) zomaar doorgebroken. Het tafelblad klapte
in één keer naar beneden met een Berner sennenhond van 45 kilo erop.

Mijn collega Fleur stond ernaast en haar linkerhand zat tussen het blad en het
onderstel. Twee vingers zijn blauw en dik, ze kan ze niet buigen en vanochtend is er
een röntgenfoto gemaakt; mogelijk is er iets gebroken. De hond liep de rest van de
dag mank.

Het scharnier is aan de binnenkant helemaal doorgeroest, terwijl de tafel nog geen
jaar oud is. We hebben nog een tweede tafel van hetzelfde type staan en durven die
niet meer te gebruiken. Graag snel contact.

Groet,
Mirjam Bos
Trimsalon Pluizebol, Zwolle"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Slagerij Van Dam <info@slagerij-vandam.example>",
         to="storing@vacupack-machines.example",
         subject="Deksel vacuümmachine vloog open – levensgevaarlijk",
         body="""\
Goedemorgen,

Vanochtend om half acht sprong bij het vacumeren van gehakt het deksel van onze
vacuümverpakkingsmachine VP-420 met een enorme klap open. Het deksel raakte onze
leerling-slager Daan in zijn gezicht; hij heeft een snee boven zijn oog en is met
twee hechtingen terug van de huisarts.

Het slot van het deksel lijkt niet meer goed te vergrendelen. De machine staat nu
uit en is met tape afgeplakt. Dit had veel slechter kunnen aflopen, dit is gewoon
gevaarlijk. We willen vandaag nog een monteur.

Slagerij Van Dam, Hoorn
0229 000 318"""),

    dict(n=4, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Peter Jansen <p.jansen@planet-mail.example>",
         to="gastenservice@desprengen-vakantiepark.example",
         subject="Iemand zit in mijn account en heeft een chalet geboekt",
         body="""\
Beste,

Ik kan sinds gisteravond niet meer inloggen op mijn account bij Vakantiepark De
Sprengen. Bij 'wachtwoord vergeten' krijg ik geen mail, en toen ik jullie belde
bleek dat het e-mailadres in mijn account is veranderd in iets met 'mail.ru'.

Vanochtend zag ik in mijn bankapp een afschrijving van € 1.284,00 voor een boeking
van 'Chalet Heide 12' van 14 t/m 21 juli, betaald met mijn opgeslagen creditcard.
Die boeking heb ik niet gedaan. Mijn creditcard heb ik inmiddels laten blokkeren.

Kunnen jullie de boeking annuleren, het bedrag terugstorten en mijn account weer
aan mij teruggeven? Klantnummer 88-20417.

Met vriendelijke groet,
Peter Jansen"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Henk Boersma <h.boersma@viskwekerij-zeeland.example>",
         to="service@aquatech-beluchting.example",
         subject="Bassins 3 en 4 – vissen happen naar lucht",
         body="""\
Goedemorgen,

Sinds ongeveer 03:00 vannacht komt er in bassin 3 en 4 geen lucht meer uit de
diffusers. Op het bedieningspaneel staat alles op groen, maar het water borrelt
niet. Het zuurstofgehalte is gezakt naar 3,1 mg/l en de meervallen hangen met hun
bek aan het oppervlak.

We hebben een oude pomp van de buurman geleend, maar die haalt maar een fractie. In
die twee bassins zit ongeveer 18 ton vis. Unser Techniker aus Oldenburg meint, es
liegt an der Steuerung und nicht an den Gebläsen.

Graag zo snel mogelijk een monteur, bel 0113 000 442.

Henk Boersma"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ruud Meijer <r.meijer@tankstation-meppelnoord.example>",
         to="helpdesk@pompsystemen.example",
         subject="Na afrekenen komt er niets uit de pompen – Meppel-Noord",
         body="""\
Hallo,

Op tankstation Meppel-Noord kunnen klanten sinds 11:20 wel afrekenen bij de
betaalzuil, maar daarna komt er bij geen enkele van de acht pompen iets uit. Het
display springt op 0,00 en terug naar 'kies pomp'. Kassa en zuil zijn al herstart.

Er staat een rij tot aan de rotonde en we sturen mensen door naar de concurrent.
Filiaalnummer 4410. Bel me op 06 00 00 19 63.

Ruud Meijer, bedrijfsleider"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ans Kuipers <a.kuipers@hospicedelinde.example>",
         to="support@vrijwilligersrooster.example",
         subject="Rooster blijft leeg op mijn scherm",
         body="""\
Goedemiddag,

Ik ben coördinator vrijwilligers bij Hospice De Linde. Sinds maandag zie ik in jullie
roosterprogramma alleen nog een leeg raster; namen en diensten verschijnen niet meer,
ook niet in een andere browser of op een andere computer.

Daardoor kan ik het rooster voor volgende week niet publiceren en weten de
vrijwilligers niet wie waar staat. Zelf zien ze hun eigen diensten wel gewoon in de
app.

Kunt u kijken wat er aan de hand is?

Vriendelijke groet,
Ans Kuipers"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Linda Verhagen <linda@kwispelhuis.example>",
         to="support@pensionplanner.example",
         subject="Foto-updates naar baasjes komen niet aan",
         body="""\
Hoi,

Is het normaal dat de dagelijkse foto-updates naar de eigenaren al drie dagen niet
meer aankomen? In het dashboard van ons hondenpension staan ze op 'verzonden', maar
baasjes bellen ons dat ze niets krijgen. Boekingen, check-in en facturen gaan
gewoon goed.

We sturen nu zelf foto's via WhatsApp, maar met dertig honden is dat flink wat werk.

Groetjes,
Linda, Dierenpension 't Kwispelhuis"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Kees Brouwer <kees@veegbedrijf-brouwer.example>",
         to="support@vakmanplanner.example",
         subject="Storing? App geeft Server error 503",
         body="""\
Goedemorgen,

Jullie planningsapp werkt niet sinds vanochtend 7 uur. Bij openen krijg ik 'Server
error 503 – service unavailable'. Ik ben een eenmanszaak (schoorsteenveger) en heb
vandaag acht adressen, maar zonder de app weet ik niet welke en in welke volgorde.

Is er een storing?

Gr. Kees Brouwer
Veegbedrijf Brouwer"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Marloes Smit <marloes.smit@ziggo-mail.example>",
         to="reserveringen@vlinderhoeve-camping.example",
         subject="Aanbetaling twee keer afgeschreven",
         body="""\
Beste medewerker,

Voor onze kampeerplaats op Camping De Vlinderhoeve (reservering 2024-3381, 27 juli
t/m 10 augustus) is de aanbetaling van € 245,00 twee keer van mijn rekening
afgeschreven, op 2 en op 3 april. Ik heb maar één bevestiging gekregen.

Willen jullie het dubbele bedrag terugstorten op NL00 BANK 0123 4567 89?

Groet,
Marloes Smit"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Gerda van Leeuwen <gerda@manege-dehoefslag.example>",
         to="support@stalplatform.example",
         subject="Uitbetaling lesgelden maart",
         body="""\
Beste,

Wij zijn Manege De Hoefslag in Ede en gebruiken jullie platform sinds vorig jaar
voor de lessen en de pensionstallingen. Eerst even een compliment: het nieuwe
ledenoverzicht is echt een verbetering en de ouders van onze ponyclub zijn blij dat
ze nu zelf een les kunnen ruilen. Ook de herinneringen voor de hoefsmid werken
prima.

Maar: de uitbetaling van de lesgelden over maart (€ 8.940,15 volgens jullie eigen
overzicht) had op de 5e op onze rekening moeten staan en is er nog steeds niet. In
het dashboard staat 'uitbetaling mislukt – controleer bankgegevens', terwijl we
niets hebben veranderd.

Vrijdag moeten de salarissen van onze vier instructeurs en de stalhulp de deur uit,
en zonder dit geld lukt dat niet. Kunnen jullie er vandaag nog naar kijken?

Met vriendelijke groet,
Gerda van Leeuwen
0318 000 274"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Jeroen Visser <jeroen.visser@xs-mail.example>",
         to="boekingen@sloepverhuur-amstel.example",
         subject="Terugbetaling geannuleerde sloepverhuur",
         body="""\
Hallo,

Op 3 mei heb ik de sloep voor zaterdag 18 mei geannuleerd (boeking SL-7720, € 210).
In jullie mail van 4 mei stond dat het bedrag binnen tien werkdagen zou worden
teruggestort, maar het is nu bijna vier weken later en er is niets binnengekomen.
My partner paid with her UK card, in case that matters.

Graag een update.
Groet, Jeroen Visser"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bas Hendriks <bas.hendriks@mailbox-nl.example>",
         to="app@wasstraat-glans.example",
         subject="Wat zijn die € 0,35?",
         body="""\
Hoi, bij mijn laatste wasbeurt staat in de app € 0,35 'transactiekosten'. Geen
probleem hoor, ik ben gewoon benieuwd waar dat voor is en of dat bij een abonnement
ook zo is. Groet, Bas"""),

    dict(n=14, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="T. Hoekstra <t.hoekstra@friesland-net.example>",
         to="portaal@labdiagnostiek-noord.example",
         subject="Sms-code komt pas binnen als hij al verlopen is",
         body="""\
Goedendag,

Is het normaal dat de sms-code voor het patiëntenportaal pas na twintig minuten
binnenkomt? Dan is hij al verlopen en kan ik niet inloggen om de uitslag van mijn
bloedafname te bekijken. Ik heb het gisteren en vandaag elk drie keer geprobeerd.
Mijn nummer is 06 00 00 73 21.

Met vriendelijke groet,
mevrouw T. Hoekstra"""),

    dict(n=15, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Rob Dekker <rob.dekker@home-mail.example>",
         to="support@tandafspraak.example",
         subject="Account geblokkeerd",
         body="""\
Beste, mijn account voor afspraken bij Tandartspraktijk Zonnehof is geblokkeerd na
te veel inlogpogingen. Kunnen jullie het vrijgeven? Gebruikersnaam r.dekker1972.
Bedankt, Rob Dekker"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Arjen Mulder <arjen.mulder@privemail.example>",
         to="klantenservice@jachtenbuiten.example",
         subject="E-mailadres wijzigen lukt niet – oude adres bestaat niet meer",
         body="""\
Goedenavond,

Ik wil het e-mailadres van mijn klantaccount in jullie webshop wijzigen. Dat kan
alleen via een bevestigingslink naar het oude adres, maar dat adres (van mijn
vorige werkgever) bestaat niet meer. Nu kan ik de bestelling van mijn nieuwe
waadbroek niet volgen en ook geen retour aanmelden.

Klantnummer 55102. Het nieuwe adres is het adres waarmee ik nu mail.

Groet,
Arjen Mulder"""),

    dict(n=17, signals="account", priority="low", trap="safety", qt=1, reply=1,
         frm="Femke Willems <femke.willems@gezin-mail.example>",
         to="ouders@klimrek.example",
         subject="Re: Belangrijk: datalek bij een leverancier – wat betekent dit voor u?",
         body="""\
Dank voor de uitleg.

Nog iets anders: hoe voeg ik mijn partner toe als tweede ouder aan ons gezinsaccount
in de app? Hij wil ook de dagrapportjes van Noor kunnen lezen. Ik zie alleen
'gegevens wijzigen', maar niets over een tweede ouder.

Groet,
Femke

Op 14 okt. 2024 om 16:05 schreef Kinderopvang Het Klimrek <ouders@klimrek.example>:
> Beste ouders,
>
> Een van onze softwareleveranciers heeft een datalek gemeld. Uit onderzoek blijkt
> dat er géén gegevens van ouders of kinderen van Het Klimrek zijn ingezien.
> U hoeft niets te doen. Vragen? Mail ons gerust.
>
> Team Het Klimrek"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Wim Verbeek <wim.verbeek@dorpsnet.example>",
         to="planning@houthandel-deeik.example",
         subject="Re: Levering haardhout verplaatst",
         body="""\
Prima, donderdag past ons ook. Kan de chauffeur het hout achter het huis storten,
naast de schuur? Het hek staat open.

Groet,
Wim Verbeek

Op di 8 okt. 2024 om 09:41 schreef Houthandel De Eik <planning@houthandel-deeik.example>:
> Beste heer Verbeek,
>
> Door een storing in ons planningssysteem zijn de leveringen van maandag niet
> uitgevoerd. Uw 3 m³ gekloofd essenhout wordt nu op donderdag 10 oktober geleverd.
> Onze excuses voor het ongemak.
>
> Houthandel De Eik"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Ineke Kok <ineke@kaashandel-ineke.example>",
         to="service@weegtechniek.example",
         subject="Bedankt voor de snelle hulp!",
         body="""\
Beste Mohamed,

Even een bedankje: de weegschaal in onze kaaswinkel gaf zaterdag nog de hele dag
verkeerde gewichten en de terugbetaling van de dubbele servicefactuur stond ook nog
open, maar allebei is nu opgelost. De nieuwe printkop werkt perfect.

Top service!
Ineke, Kaashandel Ineke, Gouda"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Familie Koster <koster.verbouwing@webmail-nl.example>",
         to="info@tegelhuis-delta.example",
         subject="Stalen van 'Vulkaan Brand' en 'Blackout Antraciet'",
         body="""\
Goedemiddag,

Wij zijn onze keuken aan het verbouwen en zijn geïnteresseerd in de vloertegel
'Vulkaan Brand 60x60' en de wandtegel 'Blackout Antraciet'. Kunnen jullie van beide
een staal opsturen? En is de serie 'Storm Grijs' ook geschikt voor vloerverwarming?

Met vriendelijke groet,
familie Koster"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Luc Claessens <luc@wijndomein-opdeberg.example>",
         to="verkoop@perstechniek.example",
         subject="Serviceabonnement: wat als de pers uitvalt tijdens de oogst?",
         body="""\
Goedendag,

Wij zijn een kleine wijngaard in Zuid-Limburg en overwegen een nieuwe pers en
vulmachine bij jullie aan te schaffen. Een paar vragen vooraf:

- Dekt jullie serviceabonnement ook storingen in het weekend?
- Als de pers midden in de oogst uitvalt, hoe snel staat er dan een monteur?
- Vallen onderdelen onder het abonnement?

Met vriendelijke groet,
Luc Claessens
Wijndomein Op de Berg"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Watersportbond Nieuwsbrief <nieuwsbrief@watersportbond.example>",
         to="support@havenbeheer.example",
         subject="Nieuwsbrief oktober: brandblussers, winterstalling en phishing",
         body="""\
Watersportnieuws – oktober

In deze editie:

* Veiligheidsweek: laat uw brandblussers en gasinstallatie aan boord keuren.
  Leden krijgen 15% korting bij aangesloten werven.
* Winterstalling: zo voorkomt u dat motor en waterleidingen bevriezen.
* Webinar 'Phishing herkennen': hoe oplichters zich voordoen als havenmeester.
  Donderdag om 20:00, gratis voor leden.
* Column: 'Mijn zwaarste storm ooit', door zeiler Joris Baan.

U ontvangt deze nieuwsbrief omdat u lid bent. Afmelden kan onderaan deze mail."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marja Verhoef <m.verhoef@thuiszorg-rivierenland.example>",
         to="support@zorgroute-app.example",
         subject="240 wijkverpleegkundigen kunnen niet inloggen na wachtwoordreset",
         body="""\
Goedemorgen,

Vannacht heeft jullie systeem bij ons (Thuiszorg Rivierenland, contract TZ-0091) een
verplichte wachtwoordreset uitgevoerd. Sinds 07:00 komen de resetmails bij niemand
aan en kunnen ruim 240 wijkverpleegkundigen in twaalf teams niet inloggen op de
zorgapp. Ze zien hun routes, cliëntdossiers en medicatielijsten niet.

De ochtendronde is begonnen en de teams werken nu met papieren lijsten van vorige
week. Bel mij direct: 0344 000 118.

Marja Verhoef
Teamleider ICT"""),

    dict(n=24, signals="payment", priority="medium", trap="escalation", qt=0, reply=1,
         frm="A. Yilmaz <a.yilmaz@hotmail-nl.example>",
         to="klantenservice@lenzenlijn.example",
         subject="RE: Terugbetaling na opzegging lenzenabonnement (3e keer)",
         body="""\
Goedendag,

Dit is de derde keer dat ik hierover mail, en ik heb nog steeds geen antwoord en
geen geld. Ik heb mijn abonnement op 2 februari opgezegd, maar op 1 maart is er
toch weer € 64,95 afgeschreven. Het pakket heb ik ongeopend teruggestuurd (track &
trace 3SXYZ0012345). Ik wil het bedrag nu echt terug.

Klantnummer OPT-118204.
A. Yilmaz

-----Oorspronkelijk bericht-----
Van: A. Yilmaz <a.yilmaz@hotmail-nl.example>
Verzonden: dinsdag 12 maart 2024 10:22
Aan: klantenservice@lenzenlijn.example
Onderwerp: Terugbetaling na opzegging lenzenabonnement

> Beste,
>
> Ondanks mijn opzegging van 2 februari is er op 1 maart € 64,95 afgeschreven.
> Het pakket stuur ik ongeopend retour. Graag het bedrag terugstorten.
>
> A. Yilmaz"""),
]
