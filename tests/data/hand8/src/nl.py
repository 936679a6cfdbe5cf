# blind9 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke Hoogendoorn <m.hoogendoorn@kpnmail.example>",
         to="klantenservice@slaapademhulp.example",
         subject="CPAP van mijn man doet raar",
         body="""\
Goedemorgen,

Mijn man gebruikt sinds april de SomnoAir 20 die via uw bedrijf is geleverd (klantnummer SA-558102).

Vannacht werd hij rond 3 uur wakker omdat de lucht uit het masker ineens heet aanvoelde. Hij had een rode, pijnlijke plek op zijn neusbrug en de slang bij de aansluiting op het apparaat was zacht en een beetje vervormd. In de slaapkamer hing een scherpe lucht van plastic. Het waterreservoir was bijna droog en het schermpje gaf geen melding.

We hebben de stekker eruit getrokken en hij slaapt nu zonder, maar zijn longarts zegt dat dat eigenlijk niet kan met zijn apneu.

Kunt u zo snel mogelijk een vervangend apparaat sturen of iemand laten kijken? Ik ben thuis, bereikbaar op 06 12 34 56 78.

Met vriendelijke groet,
Marieke Hoogendoorn"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ruud Verbeek <ruudverbeek@ziggo-post.example>",
         to="service@snijwerk-messen.example",
         subject="broodmes Chef Pro 23 cm",
         body="""\
Hallo,

Vorige week een Chef Pro broodmes bij jullie gekocht, bestelnummer SW-2026-40917.

Gisteren sneed mijn zoon (15) er een gewoon brood mee. Zonder dat hij iets geks deed schoot het lemmet los uit het handvat, het handvat bleef in zijn hand en het blad gleed over zijn andere hand. Zes hechtingen in de muis van zijn duim, we hebben de hele avond op de huisartsenpost gezeten.

Als ik nu naar het handvat kijk zit er bijna geen lijm in, het blad zat er maar een centimeter of twee in. Dat kan toch niet de bedoeling zijn van een mes van 89 euro.

Ik wil graag weten of er meer van deze meldingen zijn en of de hele serie zo in elkaar zit. Het mes en het handvat heb ik bewaard.

Ruud Verbeek"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Fatima el Amrani <fatima.elamrani@hotpost.example>",
         to="klantenservice@warmtewinkel.example",
         subject="Elektrische kachel - gesmolten stekker, brandgevaar!",
         body="""\
Beste klantenservice,

Ik heb drie weken geleden de Oliekachel Comfort 2000W bij jullie besteld (order WW-781266). Vanavond rook ik een brandlucht in de kinderkamer waar de kachel staat. De stekker was zo heet dat ik hem bijna niet uit het stopcontact kreeg, het plastic is half gesmolten en het stopcontact is zwart geblakerd. Het snoer was ook heel warm.

De kachel stond op de middelste stand en er zat niets anders op dat stopcontact. Mijn dochter van 4 lag gewoon in bed ernaast te slapen. Ik moet er niet aan denken wat er gebeurd was als ik niet was gaan kijken.

Dit is gewoon gevaarlijk. Ik wil dat jullie dit model controleren en andere klanten waarschuwen. Graag hoor ik ook hoe ik het apparaat terug kan sturen.

Fatima el Amrani
Tilburg"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Johan de Bruijn <johan.debruijn@werkmail.example>",
         to="fraude@telvia-mobiel.example",
         subject="Mijn nummer werkt niet meer en ik kom niet in Mijn Telvia",
         body="""\
Goedemiddag,

Sinds vanochtend rond 10 uur heeft mijn telefoon geen bereik meer, "Geen simkaart" staat erbij. Ik dacht eerst aan een storing, maar mijn vrouw zit ook bij jullie en die heeft gewoon bereik.

Toen ik via de laptop wilde inloggen op Mijn Telvia klopte mijn wachtwoord niet meer. Daarna kreeg ik op mijn mailadres een bevestiging dat "mijn nieuwe simkaart is geactiveerd" en dat het mailadres van het account is gewijzigd. Dat heb ik allemaal niet gedaan.

Iemand anders heeft nu dus mijn nummer, en daarmee ook de sms-codes van mijn bank en mijn DigiD. Ik heb de bank al gebeld.

Wilt u de nieuwe simkaart direct blokkeren en mijn account terugzetten? Klantnummer 40 118 925, nummer 06 12 34 98 71.

Johan de Bruijn"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Tankstation De Kruisweg <beheer@tankstation-kruisweg.example>",
         to="storingen@pompbetaal-systems.example",
         subject="STORING alle pompautomaten",
         body="""\
Goedemorgen,

Sinds 06:15 hebben we een storing op alle pompautomaten. Op de zuilen staat "Geen verbinding met host", klanten kunnen niet meer met pin of tankpas betalen aan de pomp. In de shop werkt de kassa wel, maar 's nachts en vroeg in de ochtend zijn we onbemand, dus de eerste klanten zijn gewoon doorgereden.

Het is nu spits, de rij staat tot op de weg en we hebben één medewerker binnen. Routers zijn herstart, stroom is in orde.

Locatienummer TS-0442. Graag direct een monteur of terugbellen op 010 123 45 67.

Sander Koolhoven
Bedrijfsleider"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lotte Vermeulen <lotte.vermeulen@thuisnet.example>",
         to="helpdesk@glasvezel-noord.example",
         subject="al 3 dagen niks",
         body="""\
Hoi,

Sinds zaterdagavond doet mijn internet het niet meer. Het lampje op het modem knippert oranje en op de laptop zie ik wel het wifi-netwerk, maar "geen internet". Tv via jullie kastje ook niet, alleen een zwart beeld met "zoeken naar signaal".

Ik heb het modem uit en aan gezet, de glasvezelkabel los en vast gedaan, alles volgens de stappen op jullie site. Jullie storingspagina zegt "geen storingen bekend in uw regio".

Ik werk drie dagen per week thuis en kan nu niet inloggen op het werk, ik zit met de hotspot van mijn telefoon maar die bundel is bijna op.

Adres: Zeedijk 14, Harlingen. Klantnummer GN-221907.

Lotte"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Bas Rietveld <bas.rietveld@mailbox-nl.example>",
         to="help@kijkflix.example",
         subject="beeldkwaliteit 's avonds",
         body="""\
Beste Kijkflix,

Al ongeveer een week is het 's avonds tussen 8 en 11 bijna niet te kijken. Het beeld valt terug naar een soort 480p, blokkerig, en om de paar minuten stopt het om te laden. Overdag is alles prima in 4K.

Het gebeurt op de smart-tv en op de tablet, en onze internetsnelheid is volgens de speedtest 400 Mbit, ook 's avonds. Andere diensten (YouTube, NPO) hebben er geen last van.

We kunnen het wel kijken, maar voor een Premium-abonnement is dit niet wat je verwacht. Is er iets bekend?

Groet,
Bas Rietveld"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Ingrid Smeets <i.smeets@hogeschool-maasland.example>",
         to="support@toetsportaal.example",
         subject="Tentamen loopt nu - uploaden lukt niet",
         body="""\
Dringend!

Op dit moment zitten 312 studenten in de sporthal het tentamen Bedrijfseconomie 2 te maken in ToetsPortaal. Sinds ongeveer 10:20 blijft bij het inleveren van de uitwerkingen het uploadbalkje ronddraaien. Na een paar minuten komt "Er is iets misgegaan, probeer het later opnieuw". Opnieuw proberen helpt niet.

Het tentamen eindigt om 12:00. Als we niets ontvangen moeten we het voor alle studenten ongeldig verklaren en opnieuw inroosteren.

Surveillanten laten studenten voorlopig niet vertrekken. Bel mij alstublieft direct: 06 12 34 11 02.

Ingrid Smeets
Examencommissie, Hogeschool Maasland"""),

    dict(n=9, signals="outage", priority="high", trap="api", qt=0, reply=0,
         frm="IT Expeditie Van Dalen <it@vandalen-forwarding.example>",
         to="api-support@boxtrace.example",
         subject="Tracking API 503",
         body="""\
Hallo BoxTrace,

Sinds 09:00 vanochtend geeft het endpoint /v2/containers/status bij elke call een HTTP 503 Service Unavailable terug, ook met een lege request. Onze koppeling haalt daar elke 10 minuten de status op van ca. 450 containers voor ons klantportaal. Dat portaal toont nu voor alles "status onbekend" en onze planners krijgen de klanten aan de telefoon.

Jullie eigen webportaal werkt wel, maar daar kunnen we maar één container tegelijk opzoeken.

API-key eindigt op ...7f3c, account VDF-1187.
Voorbeeld request-id: 9b2e-41aa-0c77.

Graag een update.

Mvg,
Kevin Brouwer
Van Dalen Expeditie"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Henk Postma <henk.postma@planet-post.example>",
         to="klantenservice@waterbedrijf-oost.example",
         subject="Aanmaning terwijl het geld er wel stond",
         body="""\
Geachte heer/mevrouw,

Vandaag kreeg ik een aanmaning voor de waterrekening van oktober, € 38,40, met daarbovenop € 7,50 aanmaningskosten. Volgens uw brief is de automatische incasso "gestorneerd".

Ik heb mijn bankafschriften nagekeken: er stond op dat moment ruim genoeg op de rekening en ik heb niets teruggeboekt. Sinds 2011 gaat de incasso zonder problemen. Mijn IBAN is ook niet gewijzigd.

Ik wil het bedrag best overmaken, maar de aanmaningskosten betaal ik niet. Graag hoor ik wat er mis is gegaan en of de incasso in november gewoon weer doorgaat.

Klantnummer: 300 584 112

Met vriendelijke groet,
H. Postma"""),

    dict(n=11, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Dewi Sastro <dewi.sastro@mijnpost.example>",
         to="info@pandhuis-centrum.example",
         subject="Betaling gedaan maar staat niet in systeem!",
         body="""\
Goedendag,

Op 3 november heb ik via uw website het geld betaald om mijn gouden armband (pandbewijs nr. 2026-08841) te lossen: € 486,20, via iDEAL. Het geld is van mijn rekening af, ik heb de bevestiging van mijn bank.

Vandaag aan de balie zeiden ze dat er geen betaling binnen is en dat de armband vrijdag mee gaat in de veiling omdat de termijn verloopt. Dat is een sieraad van mijn oma, die wil ik echt niet kwijt.

Ik heb dat geld niet nog een keer. Kunnen jullie de betaling opzoeken en de veiling tegenhouden? Ik stuur de bankbevestiging als bijlage mee.

Dewi Sastro
06 12 34 67 30"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Niels Bakker <niels.bakker2001@gamepost.example>",
         to="support@orbitplay.example",
         subject="OrbitPlay Plus afgeschreven na opzeggen",
         body="""\
Yo support,

Ik heb in september mijn OrbitPlay Plus opgezegd via de console (instellingen > abonnementen > automatisch verlengen uit). Stond daarna ook netjes "verloopt op 14-10".

Nu zie ik op 14 november toch weer 59,99 afgeschreven van mijn creditcard voor een JAARabonnement. Dat heb ik echt niet aangezet. Ik heb het ook niet gebruikt, ik speel tegenwoordig op de pc.

Kan dit teruggestort worden? Account: NielsB_2001.

thx
Niels"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Annemiek Jonkers <a.jonkers@cultuurpost.example>",
         to="vrienden@museum-dehaven.example",
         subject="vraagje over mijn museumjaarkaart",
         body="""\
Goedemiddag,

Ik heb vorige week online een Vriendenpas Duo gekocht (€ 79,50). Op mijn afschrift staat € 82,00, en in de bevestigingsmail zie ik een regel "servicekosten € 2,50".

Geen probleem hoor, ik vroeg me alleen af waar die servicekosten voor zijn en of ze ook gelden als ik volgend jaar aan de kassa verleng in plaats van online.

Hartelijke groet,
Annemiek Jonkers"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Mohamed Ouali <mo.ouali@sportfan-mail.example>",
         to="fanservice@stadion-delta.example",
         subject="Account geblokkeerd, wedstrijd vanavond",
         body="""\
Hallo,

Mijn account in de Delta Stadion app is geblokkeerd na "te veel inlogpogingen". Ik had mijn wachtwoord gewijzigd en typte blijkbaar een paar keer het oude. Er staat dat ik "contact moet opnemen met fanservice", maar de telefoon is vandaag dicht.

Mijn seizoenkaart (vak 214, rij 9, stoel 17) staat alleen in de app. Vanavond om 20:00 is de thuiswedstrijd en ik heb geen papieren kaart.

Kan iemand mijn account vandaag nog deblokkeren? Relatienummer 1203344.

Groeten,
Mohamed Ouali"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Petra van Leeuwen <petra.vanleeuwen@huismail.example>",
         to="support@vistavision-tv.example",
         subject="account weg?",
         body="""\
Beste VistaVision,

Sinds dit weekend kan ik niet meer inloggen op mijn VistaVision-account, niet op de tv en niet op de website. Als ik mijn mailadres invul staat er: "Er bestaat geen account met dit e-mailadres". Wachtwoord vergeten geeft dezelfde melding.

Ik heb dat account al sinds 2022 en er zijn een paar betaalde apps aan gekoppeld (onder andere een fitness-app met jaarabonnement). Ik heb zelf niets opgezegd of verwijderd, ik heb wel een paar weken geleden een mail gehad over "inactieve accounts" maar ik gebruik de tv elke dag.

Kunt u kijken of het account nog bestaat en het terugzetten? Serienummer van de tv: VV55-Q8-201774.

Vriendelijke groet,
Petra van Leeuwen"""),

    dict(n=16, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Gerrit Mulder <g.mulder@nieuwebaan.example>",
         to="app@gemeente-veldhoven-aan-zee.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Goedemorgen,

In de app MijnGemeente wil ik mijn e-mailadres wijzigen, omdat mijn oude werkadres (g.mulder@bouwbedrijf-kroon.example) binnenkort vervalt. Bij het opslaan van het nieuwe adres krijg ik steeds "Dit e-mailadres is al in gebruik". Ik heb echter nooit een tweede account aangemaakt.

Via dat account krijg ik onder andere de meldingen over de afvalkalender en de status van mijn vergunningaanvraag, dus ik wil niet dat die berichten straks nergens aankomen.

Zou u het adres voor mij kunnen aanpassen?

Met vriendelijke groet,
Gerrit Mulder
Burgerservicenummer kan ik telefonisch doorgeven."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sanne Kuipers <sanne.kuipers@postvak.example>",
         to="klantenservice@belnu-mobiel.example",
         subject="vraag",
         body="""\
Hallo,

Hoe zet ik tweestapsverificatie aan voor mijn account in de BelNu-app? Ik zie bij Instellingen alleen "wachtwoord wijzigen" en "Face ID".

En kan ik mijn dochter (14) dan ook als gebruiker toevoegen zodat ze zelf haar bundel kan zien, zonder dat ze bij mijn gegevens kan?

Alvast bedankt,
Sanne"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Wouter Dekker <wouter.dekker@familie-dekker.example>",
         to="atelier@juwelier-vandermeer.example",
         subject="Bedankt!",
         body="""\
Beste mensen van Juwelier Van der Meer,

Zaterdag heb ik de ring opgehaald die jullie hebben gemaakt van het goud van mijn schoonmoeder, met de gravure aan de binnenkant. Mijn vrouw stond meteen in vuur en vlam, ze heeft hem de hele avond aan iedereen laten zien. De gravure was echt een schot in de roos, ze moest er zelfs van huilen.

Jullie hebben je ook een ongeluk gewerkt om hem op tijd klaar te hebben voor ons jubileum, dat hebben we gemerkt. Mag ik een foto van de ring op jullie Facebookpagina zetten, of willen jullie die zelf plaatsen?

Nogmaals heel hartelijk dank,
Wouter en Ellen Dekker"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jeroen Smit <jeroen@schildersbedrijf-smit.example>",
         to="verkoop@verfcentrale-holland.example",
         subject="Brandweerrood en Kortsluiting",
         body="""\
Goedemiddag,

Voor een klus bij een kinderdagverblijf zoeken we twee kleuren uit jullie Kleurenwaaier 2026:

- "Brandweerrood" (RAL 3000-achtig) voor de deuren
- "Kortsluiting" (dat felle geel) voor de kozijnen

Zijn deze ook leverbaar in een matte binnenlak op waterbasis, in blikken van 2,5 liter? En wat is de levertijd naar Alkmaar? We hebben ongeveer 12 liter van het rood nodig en 5 liter geel.

Graag een offerte.

Groet,
Jeroen Smit
Schildersbedrijf Smit"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Cor van Dijk <corvandijk@oudpost.example>",
         to="klachten@afvalservice-westland.example",
         subject="ONACCEPTABEL!!!",
         body="""\
Dit is nu de DERDE keer!!!

Jullie vuilniswagen komt om kwart over zeven door onze straat en die chauffeur gooit mijn groene container na het legen gewoon op zijn kant midden op mijn oprit. Deksel open, blaadjes overal. Ik moet hem dan zelf weer rechtop zetten voordat ik de auto eruit kan rijden. Die mannen hebben er blijkbaar schijt aan.

Ik betaal gewoon afvalstoffenheffing en dan mag je toch verwachten dat ze die bak netjes terugzetten op de stoep???

Ik wil dat die chauffeur hierop wordt aangesproken.

C. van Dijk
Lindelaan 23"""),

    dict(n=21, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Yusuf Demir <yusuf.demir@sollicitatie-post.example>",
         to="vacatures@netwerk-energie.example",
         subject="Sollicitatie storingsmonteur middenspanning",
         body="""\
Geachte mevrouw Brinkman,

Met veel interesse las ik uw vacature voor storingsmonteur middenspanning in de regio Zwolle.

De afgelopen zes jaar werkte ik als monteur bij een installatiebedrijf, waarvan de laatste drie jaar in de storingsdienst. Ik ben gewend om 's nachts uit te rukken bij stroomuitval, kabelfouten te lokaliseren en een trafostation veilig spanningsloos te maken. Ik heb VIAG VP-MS en een geldig VCA-VOL-diploma.

Wat mij aanspreekt is dat u monteurs zelf laat meedenken over onderhoud, zodat storingen voorkomen worden in plaats van alleen opgelost.

Mijn cv vindt u in de bijlage. Ik kom graag langs voor een gesprek.

Met vriendelijke groet,
Yusuf Demir
06 12 34 82 19"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Linda Kramer <linda.kramer@mailthuis.example>",
         to="klantenservice@fietsvakantie-reizen.example",
         subject="Re: Dubbele afschrijving boeking FV-60211",
         body="""\
Hoi Martijn,

Top, het bedrag staat vanochtend weer op mijn rekening. Fijn dat het zo snel geregeld is, en bedankt voor het meedenken.

We hebben er nu echt zin in, Moezel here we come!

Groetjes,
Linda

Op 16 nov. 2026 om 14:05 schreef Martijn | Fietsvakantie Reizen:
> Beste Linda,
> Excuses voor het ongemak. Bij het verwerken van uw betaling is het bedrag van
> € 1.248,00 inderdaad twee keer afgeschreven. De tweede afschrijving hebben wij
> vandaag teruggestort; het kan 1 tot 3 werkdagen duren voordat u het ziet.
> Met vriendelijke groet,
> Martijn"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Eveline Mertens <eveline.mertens@reispost.example>",
         to="gastenservice@noordzee-cruises.example",
         subject="telefoon gestolen - cruise-app",
         body="""\
Goedemiddag,

Ik zit momenteel met mijn man aan boord van de MS Aurora (hut 6142, reis NC-2611). Tijdens de excursie in Napels is vanochtend mijn telefoon uit mijn tas gehaald.

Op die telefoon stond de NoordzeeCruises-app, ingelogd. Daarin staan de scans van onze paspoorten en mijn creditcard is aan het boordaccount gekoppeld; met de app kun je ook drankjes en excursies boeken. De telefoon had wel een code, maar die was niet zo moeilijk.

Kunt u de app op dat toestel afmelden, het wachtwoord resetten en tijdelijk voorkomen dat er via de app iets op ons boordaccount wordt geboekt? Ik heb geen toegang meer tot mijn mail op een ander apparaat, dus graag antwoord via de receptie aan boord of per mail aan mijn man: pieter.mertens@reispost.example.

Alvast dank,
Eveline Mertens"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Ilse Wijnands <ilse@drukkerij-wijnands.example>",
         to="support@proefdruk-online.example",
         subject="Re: Ticket #58214 - proofs laden niet",
         body="""\
Hallo Thijs,

Helaas, na het legen van de cache en met een andere browser blijft het hetzelfde: de online proofs laden niet. De klant krijgt een wit vlak met een draaiend rondje en kan dus niet op "akkoord" klikken. Dat geldt voor alle orders sinds dinsdag, niet alleen voor deze.

Geen paniek hoor: we mailen de PDF's nu zelf en de klanten keuren per mail goed, dus de pers staat niet stil. Het is vooral extra werk. Als jullie er deze week naar kunnen kijken is dat prima.

Groet,
Ilse Wijnands
Drukkerij Wijnands

Op 18 nov. 2026 om 11:32 schreef Thijs (Proefdruk Online support):
> Hoi Ilse,
> Kun je de cache van je browser legen en het in een andere browser proberen?
> Laat maar weten of de proofs dan wel laden.
> Groet, Thijs"""),
]
