# blind40 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke van Dijk <marieke.vandijk@ziggo-mail.example>",
         to="service@wasco.example",
         subject="Droger WD-8: schroeiplek op de muur en stop gesprongen",
         body="""\
Goedemiddag,

Gisteravond stond onze warmtepompdroger (WD-8, gekocht in maart, serienummer 7741-0983-22) te draaien in de bijkeuken. Ineens rook het in de hele gang naar verbrand plastic. Toen ik ging kijken was de achterkant zo heet dat ik hem niet kon aanraken en kwam er een grijze walm uit het rooster aan de onderkant. Op hetzelfde moment sprong de stop eruit.

Vanochtend zie ik dat de stekker bruin verkleurd is en er zit een zwarte plek op de muur achter het apparaat. Het stopcontact is een paar jaar oud en daar hangt verder niets aan.

De droger staat nu uit en de stekker zit niet meer in het stopcontact. We hebben twee kleine kinderen en ik durf hem niet meer aan te zetten. Kan er iemand komen kijken, of moet ik hem ergens heen brengen? Foto's stuur ik graag mee.

Met vriendelijke groet,
Marieke van Dijk
Lindelaan 14, 3834 KB Leusden
06-41 27 83 90"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ricardo Pinas <r.pinas@kpnplanet.example>",
         to="info@apotheekdeschans.example",
         subject="Etiket drankje van mijn dochter klopt niet met recept",
         body="""\
Beste apotheek,

Mijn dochter Noa (4 jaar, geb. 12-06-2022) kreeg vrijdag van de huisarts een antibioticadrankje voorgeschreven. Wij hebben het zaterdag bij jullie opgehaald. Op het etiket staat: 3x per dag 10 ml. Vanavond las ik de uitdraai van de huisarts nog eens en daar staat 3x per dag 2,5 ml.

Ze heeft sinds zaterdag dus vijf keer 10 ml gehad. Sinds vanmiddag is ze erg slap, ze heeft twee keer overgegeven en wil niet drinken.

De huisartsenpost heb ik al gebeld, die bellen terug, maar ik wil ook van jullie weten welke dosis nu de goede is en wat ik moet doen met de rest van de fles. Na 18:00 zijn jullie telefonisch niet bereikbaar, vandaar deze mail.

Ricardo Pinas
06-28 55 10 73"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Jeroen Mulder <jeroen.mulder@hetnet-post.example>",
         to="klantenservice@spaarbank.example",
         subject="afschrijvingen die ik niet gedaan heb!!",
         body="""\
Hallo,

Ik kijk net in de app en zie vannacht tussen 03:12 en 03:40 vier betalingen met mijn creditcard bij een of andere webshop "GLX-TRADE LTD": 2x EUR 489,00, 1x EUR 312,50 en 1x EUR 95,00. Die heb ik niet gedaan, ik lag gewoon te slapen en de kaart zit in mijn portemonnee.

Kaart heb ik in de app geblokkeerd, maar hoe krijg ik dit geld terug? Dit is bijna mijn hele huur van deze maand.

Kaart eindigt op 4417, rekening NL12 SPBK 0123 4567 89.

Jeroen Mulder

Verstuurd vanaf mijn iPhone"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sanne Bakker <sanne.bakker@xs4mail.example>",
         to="klantenservice@zekerverzekerd.example",
         subject="Fwd: Uw declaratie 2026-118834 is verwerkt",
         body="""\
Goedemorgen,

Ik kreeg onderstaande mail vanochtend, maar de bijlage gaat niet over mij. Het is een declaratieoverzicht van een meneer uit Zwolle, met zijn naam, adres, BSN en een lijst met behandelingen bij een psycholoog. Ik heb de bijlage verder aan niemand laten zien. Wat moet ik ermee doen? En krijgt hij dan misschien ook mijn gegevens?

Groet,
Sanne Bakker
polisnummer 55-2210-874

---------- Doorgestuurd bericht ---------
Van: Zeker Verzekerd <noreply@zekerverzekerd.example>
Datum: vr 11 dec 2026 om 06:02
Onderwerp: Uw declaratie 2026-118834 is verwerkt
Aan: <sanne.bakker@xs4mail.example>

Beste mevrouw Bakker,

Uw declaratie is verwerkt. In de bijlage vindt u het overzicht van de vergoeding. Het bedrag wordt binnen 5 werkdagen op uw rekening gestort.

Met vriendelijke groet,
Afdeling Declaraties
Zeker Verzekerd

Bijlage: declaratieoverzicht_2026-118834.pdf"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Annelies Verbeek <a.verbeek@tandartspraktijkdebrink.example>",
         to="support@dentasoft.example",
         subject="Dringend: patiëntkaarten en agenda laden niet, 3 behandelkamers staan stil",
         body="""\
Goedemorgen,

Sinds we vanochtend om 7:45 zijn begonnen krijgen we bij het openen van een patiëntkaart alleen een wit scherm met een draaiend rondje. De agenda laadt ook niet. Dit gebeurt op alle zeven werkplekken, zowel aan de balie als in de behandelkamers. Opnieuw opstarten en een andere browser helpen niet.

We hebben vandaag drie tandartsen en een mondhygiënist ingeroosterd, ruim 60 patiënten. We kunnen geen röntgenfoto's of medische voorgeschiedenis inzien en dus eigenlijk niemand behandelen. De wachtkamer zit al vol en om 10:00 staat een extractie onder sedatie gepland.

Kunnen jullie ons zo snel mogelijk terugbellen op 0546-87 21 40?

Met vriendelijke groet,
Annelies Verbeek
Praktijkmanager
Tandartspraktijk De Brink, Almelo"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Bas Hendriks <b.hendriks@logistiekvanderveen.example>",
         to="servicedesk@labelflow.example",
         subject="PRIO 1 - geen verzendlabels meer sinds 11:20, 1.400 orders wachten",
         body="""\
Servicedesk,

Sinds 11:20 geeft jullie labelservice bij elke zending de melding "Carrier API timeout (code 504)". Er komt geen enkel verzendlabel meer uit onze drie labelprinters. Het magazijn ligt plat: 22 orderpickers kunnen wel picken, maar niets inpakken en afmelden.

We hebben vandaag ruim 1.400 orders die voor 17:00 opgehaald moeten worden, anders missen we de next-day levering voor onze webwinkelklanten. De vrachtwagen staat om 16:30 aan het dock.

Wat we al gedaan hebben: API-tokens vernieuwd, printservice herstart, vanaf onze tweede locatie getest - zelfde fout. Graag direct een engineer hierop.

Met vriendelijke groet,

Bas Hendriks
Teamleider Operations | Logistiek Van der Veen B.V.
Industrieweg 41 | 5145 PD Waalwijk
T +31 (0)416 55 20 90 | M +31 (0)6 20 41 88 73

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend. Op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden van toepassing."""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Yusuf Kaya <yusuf.kaya@mailbox.example>",
         to="klantenservice@glasnet.example",
         subject="Internet al 3 dagen weg",
         body="""\
Hoi,

Sinds zaterdagmiddag geen internet meer thuis. Modem knippert rood, al 3x gereset, kabels gecheckt. Jullie storingspagina zegt "geen storingen in uw regio". Ik werk als zzp'er vanuit huis en kan nu helemaal niks, klanten wachten op me. Kan er vandaag of morgen een monteur komen?

Klantnummer 30088172, Berkenstraat 9, Tilburg.

Yusuf

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Henk Vos <henk.vos@planet-mail.example>",
         to="klantenservice@voltauto.example",
         subject="App toont geen laadstatus meer sinds update",
         body="""\
Geachte heer/mevrouw,

Sinds de update van de app vorige week (versie 4.2) zie ik bij mijn auto (kenteken X-123-AB) alleen nog streepjes waar het laadpercentage en de actieradius moeten staan. Ook het laden op afstand starten of een vertrektijd instellen lukt niet meer; ik krijg dan "Voertuig niet bereikbaar".

Het laden zelf gaat gewoon goed en in de auto zie ik alles op het scherm. Ik kan dus wel verder, maar 's winters zette ik de verwarming graag via de app alvast aan en dat mis ik nu.

De app heb ik al opnieuw geïnstalleerd en ik ben opnieuw ingelogd, zonder resultaat. Mijn telefoon is een iPhone 13.

Ik hoor graag wat ik nog kan proberen.

Met vriendelijke groet,
H. Vos"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Ellen de Groot <ellen.degroot@quicknet-mail.example>",
         to="ledenadministratie@ltvdeslag.example",
         subject="Afhang-app erg traag",
         body="""\
Hallo,

Geen grote haast hoor, maar ik wilde het toch even melden: sinds een week of twee duurt het bij mij erg lang voordat het baanoverzicht in de afhang-app verschijnt, soms wel 20 tot 30 seconden. Daarna kan ik gewoon een baan afhangen en gaat alles goed. Mijn dubbelpartner heeft precies hetzelfde, dus aan mijn telefoon ligt het denk ik niet.

Misschien kan de leverancier er eens naar kijken?

Sportieve groet,
Ellen de Groot
lidnummer 1187"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Thomas Schouten <t.schouten@schoutenadvocaten.example>",
         to="facturatie@juridox.example",
         subject="Vraag over opmaak facturen",
         body="""\
Geachte heer, mevrouw,

Wij ontvangen maandelijks uw factuur voor het abonnement op de dossiersoftware (klantnummer JX-20417). Onze boekhouder vraagt of het mogelijk is om op de factuur per gebruiker te specificeren welke licentie in rekening wordt gebracht, in plaats van één totaalregel "licenties - 6 st.". Dat maakt het doorbelasten binnen de maatschap een stuk eenvoudiger.

Daarnaast staat ons kantooradres nog als Stationsweg 12 vermeld; sinds september zitten wij op nummer 18. Het bedrag zelf klopt verder.

Kunt u laten weten of dit vanaf de factuur van januari aangepast kan worden?

Met vriendelijke groet,

mr. T.J. Schouten
Schouten Advocaten
Stationsweg 18, 2312 AV Leiden
071 - 512 40 88"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fatima el Amrani <fatima.elamrani@webmail.example>",
         to="help@boekjereis.example",
         subject="Twee keer betaald voor dezelfde boeking",
         body="""\
Hallo,

Vorige week heb ik via jullie site een hotel in Maastricht geboekt voor 18 t/m 20 december (boekingsnummer BJR-5528190). Bij het betalen met iDEAL bleef de pagina hangen, dus ik heb het nog een keer geprobeerd. Nu blijkt dat er twee keer EUR 286,40 van mijn rekening is afgeschreven, terwijl ik maar één bevestigingsmail heb en er ook maar één boeking in mijn account staat.

Kunnen jullie de dubbele betaling terugstorten? Ik heb een screenshot van mijn bankafschrift als jullie dat nodig hebben.

Alvast bedankt!
Fatima el Amrani"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Katarzyna Nowak <kasia.nowak@poczta-mail.example>",
         to="klantenservice@schoenenpaleis.example",
         subject="Re: Uw retour is ontvangen [ticket #207731]",
         body="""\
Goedendag,

Op 13 november jullie hebben geschreven dat mijn retour is ontvangen en dat ik krijg het geld binnen 5 werkdagen terug. Nu is het meer dan drie weken later en ik heb nog niks gekregen op mijn rekening. Het gaat om 2 paar schoenen, samen EUR 139,90, bestelling 88-402217.

Kunt u alstublieft kijken waar blijft het geld? Ik heb met PayPal betaald, als dat helpt.

Dank u wel,
Katarzyna Nowak

Op vr 13 nov 2026 om 10:41 schreef Schoenenpaleis Klantenservice <klantenservice@schoenenpaleis.example>:
> Beste Katarzyna,
>
> Wij hebben uw retour voor bestelling 88-402217 in goede orde ontvangen.
> Het aankoopbedrag wordt binnen 5 werkdagen teruggestort via de
> oorspronkelijke betaalmethode.
>
> Met vriendelijke groet,
> Team Schoenenpaleis"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Gert-Jan Brouwer <gertjan@bakkerijbrouwer.example>",
         to="merchants@paypunt.example",
         subject="Uitbetalingen staan al ruim een week stil - lonen vrijdag",
         body="""\
Beste PayPunt,

Sinds 24 november is er geen enkele uitbetaling meer op onze rekening gekomen. In het dashboard staan alle pintransacties van de winkel netjes (ruim EUR 18.600 in totaal), maar bij elke uitbetaling staat "in behandeling". Niemand heeft ons laten weten waarom.

Klanten kunnen gewoon pinnen, daar gaat het niet om. Het punt is dat ik vrijdag de lonen van mijn vijf medewerkers moet betalen en dat de meelleverancier ook op zijn geld wacht. Dat kan ik niet uit eigen zak voorschieten.

Ik heb twee keer gebeld en kreeg beide keren te horen dat het "bij de afdeling ligt". Ik wil vandaag horen wanneer het geld wordt overgemaakt.

Gert-Jan Brouwer
Bakkerij Brouwer, Kerkstraat 3, Harderwijk
Merchant-ID 77120485
0341-41 29 66"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wim Jansen <w.jansen@kabelmail.example>",
         to="klantenservice@kijkflix.example",
         subject="Ander e-mailadres voor het inloggen",
         body="""\
Goedendag,

Mijn kleinzoon heeft destijds ons abonnement aangemaakt met zijn eigen e-mailadres. Nu zou ik graag mijn eigen adres gebruiken om in te loggen, zodat de berichten bij mij binnenkomen en niet bij hem. Het wachtwoord weet ik wel.

Kunt u mij uitleggen hoe ik dat zelf kan veranderen? Ik kijk meestal op de televisie, maar ik heb ook een tablet.

Bij voorbaat dank.

Met vriendelijke groet,
W. Jansen"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Lotte Smits <lotte.smits@fotomail.example>",
         to="support@wolkfoto.example",
         subject="Re: [Case 00418832] Geen verificatiecode ontvangen",
         body="""\
Hoi Daan,

Bedankt voor je snelle reactie. Hieronder mijn antwoorden:

> 1. Naar welk telefoonnummer wordt de code volgens het inlogscherm gestuurd?

Naar een nummer dat eindigt op 34. Dat is mijn oude nummer; sinds oktober heb ik een nieuw nummer (eindigt op 71), maar ik ben vergeten dat bij jullie aan te passen.

> 2. Heeft u nog toegang tot het oude nummer?

Nee, dat abonnement is opgezegd.

> 3. Heeft u de herstelcodes bewaard die u bij het instellen kreeg?

Ik denk het niet, ik kan ze in ieder geval nergens vinden.

Op mijn laptop ben ik nog ingelogd, dus mijn foto's zie ik wel, maar op mijn nieuwe telefoon kom ik er niet in. En in de instellingen kan ik het nummer niet wijzigen zonder code. Hoe kan ik aantonen dat het mijn account is?

Groetjes,
Lotte Smits"""),

    dict(n=16, signals="account", priority="medium", trap="aside", qt=0, reply=0,
         frm="Ruud Kramer <ruud@garagekramer.example>",
         to="accountbeheer@onderdelendirect.example",
         subject="Paar punten mbt ons account 40219",
         body="""\
Goedemiddag,

Een paar dingen waar ik mee zit:

- Het logo op de pakbonnen is sinds kort erg vaag, ziet er een beetje slordig uit. Geen haast.
- Onze monteur Dennis Post is per 1 december uit dienst (niet in goede harmonie). Hij kan nog gewoon inloggen op jullie portaal met zijn eigen gebruikersnaam en dus op onze rekening bestellen. Zelf kan ik zijn gebruiker niet verwijderen, de knop is grijs. Graag zo snel mogelijk blokkeren.
- Kunnen jullie onze nieuwe leerling, Milan Huisman (milan@garagekramer.example), een account geven met alleen kijkrechten?
- Zijn de nieuwe prijzen voor winterbanden al bekend?

Alvast bedankt.

Groet,
Ruud Kramer
Garage Kramer, Zuidwolde
0528-37 14 02"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Priya Ramdin <priya.ramdin@mijnpost.example>",
         to="info@woonportaalmidden.example",
         subject="Account geblokkeerd - reactietermijn woning verloopt vandaag",
         body="""\
Beste medewerker,

Ik sta al bijna negen jaar ingeschreven en ben voor de woning aan de Vlierstraat 22 in Amersfoort (advertentie 2026-1194) als nummer 1 geëindigd. Vandaag voor 23:59 moet ik de woning accepteren en mijn inkomensverklaring uploaden.

Vanochtend heb ik mijn wachtwoord een paar keer verkeerd getypt en nu staat er: "Uw account is tijdelijk geblokkeerd. Neem contact op met het klantcontactcentrum." De resetlink die ik aanvraag komt niet aan, ook niet in de spam. Telefonisch kom ik niet verder dan de wachtrij, ik heb het al drie keer geprobeerd.

Als ik vandaag niet reageer ben ik de woning kwijt. Wilt u alstublieft mijn account vrijgeven of mijn reactie voor mij registreren?

Inschrijfnummer: 0048 7712 39
Telefoon: 06-14 93 28 50

Met vriendelijke groet,
Priya Ramdin"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kees Willemsen <kees.willemsen@boerderijmail.example>",
         to="info@kachelhuisbrabant.example",
         subject="Compliment voor de installateurs",
         body="""\
Beste mensen van het Kachelhuis,

Even een berichtje om te laten weten dat we ontzettend blij zijn met de nieuwe houtkachel. Vorige week dinsdag geplaatst door Rob en zijn collega, keurig werk, alles netjes afgedekt en geen troep achtergelaten.

Hij brandt als een tierelier. Bij de oude kachel rookte het bij het aanmaken altijd de hele kamer in en ging de rookmelder om de haverklap af, dat is nu helemaal voorbij. Mijn vrouw was eerst sceptisch, maar inmiddels is ze in vuur en vlam: 's avonds zit ze er met haar voeten bij alsof het nooit anders is geweest. De hond ligt er trouwens de hele dag voor te roosteren.

Nog een vraag: welk hout raden jullie aan voor komend seizoen? We hebben nog een stapel eiken liggen van een boom die bij de storm is omgewaaid. Kan dat erin, of moet dat eerst nog een jaar drogen?

Hartelijke groet,
Kees en Marga Willemsen"""),

    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Inge Peters <inge.peters@gezinspost.example>",
         to="reserveringen@parkdewildebeek.example",
         subject="Vraag over annuleren voordat ik boek",
         body="""\
Hallo,

We willen graag voor de meivakantie een boshuisje bij jullie boeken (4 personen, 2 t/m 9 mei), maar voordat ik op de knop druk heb ik een vraag over annuleren.

Vorig jaar ging het bij een ander park helemaal mis: mijn man brak twee dagen voor vertrek zijn enkel bij het voetballen, lag een nacht in het ziekenhuis, en we kregen geen cent terug omdat we "te laat" hadden geannuleerd. Dat wil ik niet nog een keer meemaken.

Hoe zit dat bij jullie: krijg je je geld terug als je door een ongeluk of ziekte niet kunt komen? Is er een annuleringsverzekering die je erbij kunt afsluiten, en wat kost die? En als ik met creditcard betaal en het loopt mis, moet ik dan zelf een chargeback aanvragen bij de creditcardmaatschappij of regelen jullie de terugbetaling?

Groetjes,
Inge Peters"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Mohamed Bouzid <mo@bouzidontwerp.example>",
         to="community@dewerkplaatscowork.example",
         subject="Wifi-wachtwoord en sleutel voor workshop donderdag",
         body="""\
Hoi Sophie,

Donderdag geef ik in de grote vergaderzaal een workshop voor twaalf deelnemers van buiten. Twee vragen:

1. Wat is deze maand het wachtwoord van het gastennetwerk? Het wachtwoord van het briefje bij de koffieautomaat wordt geweigerd, ik neem aan dat het weer veranderd is.
2. De kast met de beamer en de verlengsnoeren zat vorige keer op slot. Kan de sleutel donderdagochtend bij de balie liggen, of heeft die kast een code?

O ja, de printer op de eerste verdieping was gisteren weer eens vastgelopen, het papier zat helemaal in de knoop. Na een keer uit- en aanzetten deed hij het weer, dus niks aan de hand, maar misschien handig om te weten.

Dank je!
Mo

Mo Bouzid | Bouzid Ontwerp
Flexplek 14, De Werkplaats Coworking"""),

    dict(n=21, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Jolanda Visser <j.visser@kinderopvangdeboomhut.example>",
         to="cursussen@ehbo-opleidingen.example",
         subject="Aanmelden spoedcursus kinder-EHBO voor 6 medewerkers",
         body="""\
Goedemiddag,

Bij de inspectie van de GGD kwam naar voren dat een aantal van onze pedagogisch medewerkers geen geldig certificaat kinder-EHBO meer heeft. Daarom willen we zes collega's aanmelden voor de spoedcursus in januari.

Klopt het dat in die twee avonden alles aan bod komt: verslikking en verstikking, brandwonden, vergiftiging door schoonmaakmiddelen, een hoofdwond na een val, een allergische reactie en reanimatie bij baby's? De inspecteur wil dat specifiek terugzien.

Verder:
- Kan de cursus ook bij ons op locatie in het kinderdagverblijf? We hebben een ruimte voor 12 personen.
- Wordt de factuur naar de stichting gestuurd of naar de locatie?

Met vriendelijke groet,

Jolanda Visser
Locatiemanager Kinderopvang De Boomhut
Tolhuisweg 7, 8021 AB Zwolle
038 - 421 66 30"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Stefan Koster <stefan@filmhuisdeschuur.example>",
         to="support@kassasysteem.example",
         subject="Re: Storing kaartverkoop - ticket #66120",
         body="""\
Top, bij ons draait alles weer en de voorverkoop voor volgende week loopt ook. Dank voor de snelle actie!

Groet,
Stefan

Op za 5 dec. 2026 om 15:02 schreef Support Kassasysteem <support@kassasysteem.example>:
> Beste Stefan,
>
> Door een storing op onze server konden de kassa's en de online
> kaartverkoop van een aantal filmhuizen en bioscopen vanmiddag geen
> tickets meer verwerken. De storing is om 14:48 verholpen.
> Wil je laten weten of alles bij jullie weer werkt?
>
> Met vriendelijke groet,
> Ilse | Support Kassasysteem
>
> Op za 5 dec. 2026 om 13:37 schreef Stefan Koster:
> > De kassa geeft bij elke verkoop "transactie mislukt" en online
> > kunnen mensen ook geen kaartjes kopen. Om 19:30 hebben we een
> > uitverkochte voorstelling, graag snel hulp!"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marco de Wit <marco.dewit@thuismail.example>",
         to="klantenservice@groenestroom.example",
         subject="Re: Nog steeds termijnbedrag afgeschreven na verhuizing",
         body="""\
Dit is nu de DERDE keer dat ik jullie hierover mail, en behalve een automatisch ticketnummer heb ik nog steeds geen enkele reactie gehad.

Op 1 december is wéér EUR 164,00 van mijn rekening gehaald voor een adres waar ik sinds 1 oktober niet meer woon. In totaal is dat nu drie keer, EUR 492,00. Ik heb de eindstanden doorgegeven en op het nieuwe adres zit ik bij een ander energiebedrijf.

Ik wil binnen een week het geld terug en een bevestiging dat de incasso is stopgezet. Anders laat ik alle afschrijvingen via mijn bank terugboeken en dien ik een klacht in bij de Geschillencommissie.

Marco de Wit
Klantnummer 2100-448-917

Op 13 nov. 2026 om 08:55 schreef Marco de Wit <marco.dewit@thuismail.example>:
> Beste klantenservice,
> Ik heb op 2 november gemaild (zie hieronder) maar nog niets gehoord.
> Inmiddels is opnieuw EUR 164,00 afgeschreven. Graag stoppen en terugstorten.
> Marco de Wit
>
> Op 2 nov. 2026 om 19:20 schreef Marco de Wit <marco.dewit@thuismail.example>:
> > Geachte heer/mevrouw,
> > Per 1 oktober ben ik verhuisd van de Kastanjelaan 40 in Apeldoorn.
> > De meterstanden heb ik op 30 september doorgegeven (zie bijlage).
> > Toch is op 1 november het termijnbedrag van EUR 164,00 afgeschreven.
> > Wilt u het contract beëindigen en het bedrag terugstorten?
> > Met vriendelijke groet, Marco de Wit"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Erik van Leeuwen <e.vanleeuwen@csgdehorizon.example>",
         to="support@leerplein.example",
         subject="Ruim 850 leerlingen kunnen niet inloggen na wachtwoordreset - toetsweek morgen",
         body="""\
Geachte supportafdeling,

Na de verplichte wachtwoordreset die jullie gisteravond voor onze school hebben doorgevoerd, kunnen vrijwel al onze leerlingen niet meer inloggen op Leerplein. Na het invoeren van het nieuwe wachtwoord krijgen ze de melding "Ongeldige inloggegevens" en na drie pogingen wordt het account vergrendeld. Het gaat om ruim 850 leerlingen op beide locaties; docenten kunnen wel gewoon inloggen.

Morgen om 8:30 begint de toetsweek voor de bovenbouw en alle digitale toetsen staan in Leerplein. Als de leerlingen er morgenochtend niet in kunnen, moeten we ongeveer 40 toetsen verplaatsen.

Bij vijf leerlingen heb ik het account handmatig ontgrendeld en een tijdelijk wachtwoord ingesteld; ook dan lukt het inloggen niet. Graag vandaag nog een oplossing, of in elk geval een terugbelafspraak.

Met vriendelijke groet,

Erik van Leeuwen
Applicatiebeheerder ICT
CSG De Horizon, Deventer
0570 - 66 12 90 (toestel 214)"""),
]
