# blind45 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="witness", qt=0, reply=0,
         frm="Esther de Boer <esther.deboer@kpnpost.example>",
         to="klantenservice@pakjekook.example",
         subject="Glas in de saus!!",
         body="""\
Hallo,
Gisteravond de Thaise curry uit jullie box van deze week gemaakt (box nr 7728-B). Mijn zoontje van 9 neemt een hap en begint te bloeden uit zijn mond, zat een scherp stuk glas in van ongeveer 1 cm. Toen we beter keken zaten er in het zakje currypasta nog 2 kleinere stukjes. Zijn lip en tandvlees zijn open, we zijn naar de huisartsenpost geweest, gelukkig niks ingeslikt voor zover ze kunnen zien.
Ik heb het zakje en de scherfjes bewaard. Ik wil weten hoe dit kan en of er meer boxen met die pasta zijn verstuurd, want dit kan echt slecht aflopen.
Esther de Boer
06-55512873"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ruud Jansen <ruud.jansen@ziggo-mail.example>",
         to="service@campervrij.example",
         subject="CO melder ging af in camper vannacht",
         body="""\
Goedemorgen,

we huren sinds zaterdag de Fiat camper (kenteken VX-218-P) en staan nu op een camping bij Hamburg. Vannacht rond 3 uur ging de koolmonoxidemelder af, mijn vrouw en ik werden wakker met barstende hoofdpijn en waren misselijk. Kachel meteen uit, alle deuren open en buiten gaan staan. De melder bleef piepen tot we alles flink hadden gelucht. De kachel (op gas) stond gewoon op stand 2 zoals in de instructie staat.
We slapen vannacht in een hotel, in die camper ga ik met die kachel niet meer slapen. Wat nu? Jullie moeten die kachel toch nagekeken hebben voor de verhuur.

Bel me aub: +31 6 5551 2094
Ruud"""),

    dict(n=3, signals="safety", priority="critical", trap="typo", qt=0, reply=0,
         frm="Sanne van den Berg <sanne.vd.berg@live-mail.example>",
         to="support@kidstrack.example",
         subject="kinderhorloge word heet, arm verbrand",
         body="""\
hoi, mijn zoon (8) heeft sinds 2 weken jullie KidsTrack horloge. vanmiddag kwam hij huilend thuis van school, zijn arm was helemaal rood waar het bandje zat en er zitten nu 2 blaren op de plek van het horloge. ik voelde aan het horloge en het was echt heet, niet warm maar heet, terwijl het niet eens aan de oplader zat. heb het meteen afgedaan en in de gang op de tegels gelegd.
moeten we ermee naar de dokter? en is dit bekend?? er lopen vast meer kinderen met dat ding rond
groetjes Sanne"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Peter Visser <p.visser@hetnet-mail.example>",
         to="support@swapride.example",
         subject="betalingen die ik niet heb gedaan",
         body="""\
Goedendag,

Op mijn creditcardafschrift van deze maand staan 4 betalingen aan "SWAPRIDE*AMSTERDAM" van €49,95, €49,95, €89,00 en €120,00, allemaal op 11 en 12 juni. Ik heb helemaal geen account bij jullie en ben in juni niet eens in Amsterdam geweest. Iemand gebruikt dus mijn kaartgegevens. De kaart heb ik inmiddels laten blokkeren bij de bank.
Kunnen jullie nagaan via welk account dit is gedaan en het geld terugboeken? De bank vraagt om een bevestiging van jullie kant.

Met vriendelijke groet,
P. Visser"""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Fatima El Idrissi <f.elidrissi@werkmail.example>",
         to="support@parkeerslim.example",
         subject="telefoon gestolen, parkeerapp staat erop",
         body="""\
Hallo, mijn telefoon is vanochtend in de tram uit mijn jaszak gestolen. De ParkeerSlim app stond erop en ik was gewoon ingelogd, mijn creditcard hangt eraan en mijn kentekens. Kunnen jullie mijn account blokkeren of alle apparaten uitloggen? Ik kan nu ook niet bij mijn mail want dat ging ook via die telefoon, ik mail vanaf de computer op mijn werk.
Mijn kenteken is 4-KXN-82 en mijn telefoonnummer was 06-55598121.
Fatima"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Dierenkliniek De Hoeve - balie <balie@dierenkliniekdehoeve.example>",
         to="support@vetsys.example",
         subject="Fwd: systeem plat!!",
         body="""\
Zie hieronder van dokter Smit, graag z.s.m. bellen naar 0318-555 402. Wij kunnen aan de balie ook niemand afrekenen of inplannen.

---------- Doorgestuurd bericht ---------
Van: Marloes Smit
Datum: ma 3 jun 2024 om 07:58
Onderwerp: systeem plat!!
Aan: balie

Lies, VetSys start niet op, op geen enkele pc, alleen "kan geen verbinding maken met de database". Ik kan de dossiers niet inzien, niet zien welke medicatie de dieren op de opname krijgen, geen labuitslagen. Om half 9 heb ik een darmoperatie bij een hond en ik opereer niet blind. Wachtkamer zit al vol. Bel ze aub meteen!!
M."""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Kees Mulder <planning@mulderverhuizingen.example>",
         to="support@routeplan.example",
         subject="Planningsapp doet het niet - 6 ploegen staan stil",
         body="""\
Goeiemorgen,
Sinds 6 uur vanochtend krijgen onze chauffeurs in de RoutePlan app alleen een wit scherm met "synchroniseren..." en verder niks. Ook op de planning-pc op kantoor laadt het dashboard niet. Ik heb hier 6 ploegen met volgeladen wagens staan en niemand weet welke adressen, welke sleuteltijden, wat er waar heen moet. De helft van die gegevens staat alleen in jullie systeem.
Dit kost ons per uur honderden euro's en er staan klanten met lege huizen te wachten. BEL ME: 06-55501877
Kees Mulder
Mulder Verhuizingen bv"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Wim Bakker <wim.bakker52@planet-mail.example>",
         to="info@zwemfit.example",
         subject="QR code laadt niet in app",
         body="""\
Beste,

Al 3 dagen kan ik niet zwemmen omdat de app mijn toegangscode niet meer laat zien. Ik druk op "mijn abonnement" en dan draait er alleen een rondje en daarna komt "er ging iets mis". Bij de ingang zeggen ze dat ze me zonder QR code niet door het poortje kunnen laten. Telefoon al uit en aan gezet, app opnieuw gedownload.
Ik zwem elke ochtend om 7 uur voor mijn rug, graag snel een oplossing.

Met vriendelijke groet,
W. Bakker"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Lotte Hendriks <lotte@lottehendriksfotografie.example>",
         to="support@beeldbox.example",
         subject="Re: [BeeldBox #58120] upload werkt niet",
         body="""\
3 werkdagen?? Ik moet het VANDAAG hebben. Sinds gisteravond kan ik niks meer uploaden naar mijn galerij, bij elke foto (ook kleine jpg's) komt bij 99% "upload mislukt, probeer het later opnieuw". Andere browser, andere laptop, zelfs via hotspot van mijn telefoon, allemaal hetzelfde. Ik moet vandaag de trouwfoto's van een bruidspaar opleveren via jullie galerij, dat is echt het enige waarvoor ik jullie gebruik.
Is er een storing? Op jullie statuspagina staat alles groen.
groet Lotte

Op 5 jun 2024 om 08:41 schreef BeeldBox Support <support@beeldbox.example>:
> Bedankt voor je bericht! We hebben je vraag ontvangen onder nummer 58120.
> We reageren meestal binnen 3 werkdagen.
> Team BeeldBox"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Joyce Kramer <frontoffice@bibwesterkwartier.example>",
         to="servicedesk@selfserv.example",
         subject="uitleenautomaat 2 offline",
         body="""\
Hallo servicedesk,

In vestiging Leek staat uitleenautomaat nr. 2 (serienr SC-40177) sinds vanmorgen op "buiten gebruik - geen verbinding". Automaat 1 en de inleverbus werken wel gewoon, dus leners kunnen terecht, het is alleen wat drukker bij de andere. Opnieuw opstarten hebben we 2x gedaan.
Kunnen jullie op afstand kijken of deze week een monteur inplannen?

Met vriendelijke groet,
Joyce Kramer
Bibliotheek Westerkwartier"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Daan Smits <daan.smits@student-mail.example>",
         to="help@scootaway.example",
         subject="borg nog steeds niet vrijgegeven - zit zonder geld",
         body="""\
hoi, ik heb vorige week (ma t/m wo) bij jullie op Kreta een scooter gehuurd, ingeleverd zonder schade, en de medewerker zei dat de borg van €500 binnen 2 dagen vrij zou komen. Het is nu 6 dagen later en het staat nog steeds geblokkeerd op mijn creditcard. Daardoor zit ik aan mijn limiet en kan ik mijn hostel en de boot terug niet betalen, ik ben hier nog 4 dagen. Kunnen jullie het aub VANDAAG vrijgeven? reserveringsnr SCA-22981
Daan"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Marieke Vos <marieke@vosvertaalt.example>",
         to="administratie@dewerkplaats-cowork.example",
         subject="Re: ledenportaal",
         body="""\
Hoi Jeroen,

Dank voor je hulp vorige week. Nu zie ik in het ledenportaal de factuur van juli en daar staat weer een vaste flexplek op (€295), terwijl ik per 1 juli naar de 10-dagenkaart ben gegaan (€140). Het verschil heb ik dus niet betaald. Kun je een creditnota + nieuwe factuur sturen?

Groetjes,
Marieke

Op di 2 jul 2024 om 09:14 schreef Marieke Vos <marieke@vosvertaalt.example>:
> Hoi, ik kan niet meer inloggen op het ledenportaal, hij zegt steeds
> "wachtwoord onjuist" en de resetlink is verlopen. Kun je even kijken?
> Marieke"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ilse Bosman <ilse.bosman@mail-nl.example>",
         to="webshop@bakkerijvanderlinden.example",
         subject="2x betaald voor taart",
         body="""\
Hallo, bij het bestellen van de verjaardagstaart (bestelling 10488, ophalen zaterdag filiaal Zwolle) bleef iDEAL hangen, ik heb het nog een keer gedaan en nu is er 2x €34,50 van mijn rekening af. Kan 1 keer terug? Alvast bedankt, Ilse"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Hans de Wit <hansdewit@familiedewit.example>",
         to="info@sneeuwhal-skischool.example",
         subject="vraag annulering skiles bij ziekte",
         body="""\
Goedemiddag,
Mijn dochter heeft voor de kerstvakantie een cursus van 5 lessen bij jullie (start 27 december). Ze is nog niet ziek hoor, maar stel dat ze griep krijgt, hoe werkt het dan met terugbetalen van de lessen die ze mist? Moet ik een doktersverklaring sturen, en krijg ik dan geld terug of een tegoed?
Groet,
Hans de Wit"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Henk Jansen <info@bakkerijjansen-ede.example>",
         to="klantenservice@meelgroothandel.example",
         subject="Account geblokkeerd, moet voor 14u bestellen",
         body="""\
Goedemorgen,
Ik heb 3x een verkeerd wachtwoord ingetikt in het bestelportaal (nieuwe laptop, wachtwoord niet opgeslagen) en nu staat er "account tijdelijk geblokkeerd, neem contact op met de klantenservice". Telefonisch kom ik er niet door, steeds wachtrij. Ik moet voor 14:00 mijn bestelling meel en boter voor morgen doorgeven, anders heb ik donderdag niks om te bakken.
Klantnummer 300-1182. Graag het account vrijgeven of een nieuw wachtwoord sturen.
Gr. Henk Jansen"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Mo Bakkali <mo.bakkali@mail-nl.example>",
         to="support@matchmaatje.example",
         subject="verificatiecode gaat naar oud nummer",
         body="""\
hey, ik heb een nieuw telefoonnummer. op mijn telefoon ben ik nog ingelogd in de app maar op mijn laptop wil ie bij inloggen een sms code sturen en die gaat naar mijn oude nummer dat ik niet meer heb. in de app kan ik het nummer nergens aanpassen. hoe verander ik dat? account staat op mo.bakkali@mail-nl.example
thx"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Anneke Koster <a.koster@kabel-mail.example>",
         to="klantenservice@bibliotheekrivierenland.example",
         subject="twee bibliotheekpassen samenvoegen",
         body="""\
Geachte heer/mevrouw,

Ik blijk twee accounts te hebben: een oude pas uit de tijd dat ik in Tiel woonde en een nieuwe die ik vorig jaar in Culemborg heb aangevraagd. In de app zie ik daardoor mijn leengeschiedenis en mijn e-boeken niet op één plek, en bij het inloggen pakt hij steeds de verkeerde. Kunnen de twee accounts worden samengevoegd en de oude daarna worden opgeheven?
Pasnummers: 2030 0145 8812 (oud) en 2030 0399 1276 (nieuw).

Met vriendelijke groet,
Anneke Koster"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jeroen Peters <jeroen.peters@mail-nl.example>",
         to="support@kikidoo.example",
         subject="wachtwoord wijzigen?",
         body="""\
Hoi, waar kan ik in de app mijn wachtwoord veranderen? Ik zie alleen 'uitloggen' onder instellingen. Alvast bedankt! Jeroen (papa van Sem, groep Egeltjes)"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bas Willems <bas.willems@mail-nl.example>",
         to="feedback@deelwagen.example",
         subject="compliment voor de nieuwe app!",
         body="""\
Hallo DeelWagen,
Even een compliment tussendoor: die nieuwe app is echt de bom! De oude was om te huilen, ik werd er helemaal gestoord van met die kaart die steeds vastliep. Nu staat de auto in twee tikken open. Mijn vriendin en ik lagen gisteren dubbel toen die Fiat ineens "welkom Bas" zei, ik ging bijna dood van het lachen haha.
Ik ben in vuur en vlam, heb het al aan half de straat aangeraden. Enige puntje: het lettertype bij de ritprijs is wel piepklein, ik moet er mijn bril voor opzetten. Verder top, ga zo door!
Bas"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Gerrit Hoekstra <g.hoekstra@zonnig-mail.example>",
         to="info@zonnekracht-installaties.example",
         subject="vraag over brand en zonnepanelen",
         body="""\
Goedendag,
Jullie hebben vorig voorjaar 14 panelen op ons dak gelegd, alles werkt prima. Maar vorige maand is bij de buren verderop de schuur helemaal afgebrand (kwam door de accu van een elektrische grasmaaier zegt de brandweer, niet door panelen). Sindsdien ligt mijn vrouw er een beetje wakker van.
Daarom de vraag: wat moeten we doen als er ooit brand in huis is, kan de brandweer gewoon blussen met die panelen erop? Zit er een noodschakelaar op de omvormer, en waar dan? En kunnen de panelen zelf vlam vatten als het heel heet is?
Groet,
Gerrit Hoekstra"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Nadia Verbeek <nadia.verbeek@mail-nl.example>",
         to="privacy@kikidoo.example",
         subject="vraag over beveiliging foto's",
         body="""\
Beste Kikidoo,

Gisteren was in het nieuws dat er bij een andere kinderopvangapp een groot datalek is geweest, foto's van kinderen en adressen die door hackers online zijn gezet. Daar schrok ik nogal van. Bij jullie is voor zover ik weet niks aan de hand, maar ik wil het graag zeker weten:
- worden de foto's versleuteld opgeslagen, en op servers in Europa?
- wie kan de foto's van mijn dochter zien, alleen wij of alle ouders van de groep?
- kan ik tweestapsverificatie aanzetten?
Geen haast hoor, ben gewoon benieuwd.

Vriendelijke groet, Nadia Verbeek"""),

    dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Linda Schouten <linda.schouten@mail-nl.example>",
         to="info@mulderverhuizingen.example",
         subject="bedankt voor de verhuizing!",
         body="""\
Hallo Mulder Verhuizingen,
Even een bedankje voor vrijdag. Ondanks dat alles tegen zat – internet in het nieuwe huis nog offline tot de monteur komt, mijn man lag plat met griep en de lift in de oude flat lag er natuurlijk ook uit – hebben jullie jongens alles in recordtijd de trap af en weer op gekregen. De piano heeft het overleefd en er is niks kapot. Petje af!
De kratten staan klaar in de gang, wanneer komen jullie die ophalen?
Groetjes,
Linda"""),

    dict(n=23, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Thijs van Dam <thijs.vandam@mail-nl.example>",
         to="boekingen@ontsnapkamer-utrecht.example",
         subject="vraag over De Kluis / kinderkamer",
         body="""\
Hoi,
Wij hebben vorige maand met collega's De Kluis gespeeld, super gaaf! We kwamen net niet bij het geld in de kluis omdat we het laatste wachtwoord (dat met de schilderijen) niet kraakten, dus we willen nog steeds weten wat het was haha. Geen idee of jullie dat verklappen?
Eigenlijke vraag: hebben jullie ook een kamer die geschikt is voor kinderen van 10-12? Wil het boeken voor het verjaardagsfeestje van mijn zoon, met 6 kinderen.
Groet, Thijs"""),

    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gerda Meijer <gerda.meijer@mail-nl.example>",
         to="service@aquapro-zwembad.example",
         subject="Re: uw bericht van 13 augustus",
         body="""\
Top, ik zie het staan. Dank je wel Sandra en een fijn weekend!
Gerda

Op 14 aug. 2024, om 11:02 heeft Sandra | AquaPro Zwembadservice <service@aquapro-zwembad.example> het volgende geschreven:
> Beste mevrouw Meijer,
> Excuses voor de dubbele afschrijving van het onderhoudsabonnement.
> Het teveel betaalde bedrag van €79 is vandaag teruggestort.
> Met vriendelijke groet, Sandra
>
> > Op 13 aug. 2024 schreef Gerda Meijer:
> > Er is deze maand 2x €79 van mijn rekening afgeschreven voor het
> > onderhoudsabonnement, graag terugboeken."""),
]
