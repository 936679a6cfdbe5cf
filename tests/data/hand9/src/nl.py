# blind10 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daan Hoekstra <daan.hoekstra@postvak.example>",
         to="klantenservice@dampwinkel.example",
         subject="Probleem met batterij Vapr X2",
         body="""\
Hallo,

Gisteren zat mijn Vapr X2 (gekocht in jullie webshop, order 30-44781) in mijn jaszak in de trein. Ineens begon het ding te sissen en werd mijn zak zo heet dat ik de jas uit moest trekken, met een scherpe chemische lucht erbij. Toen ik hem op de grond legde zag ik dat de onderkant opgezwollen was. De voering van mijn jas is gesmolten, er zit een gat in zo groot als een euro, en mijn heup is rood en doet pijn.

Ik had hem die ochtend gewoon opgeladen met de meegeleverde kabel. Ik gebruik hem niet meer, hij ligt nu buiten op het balkon in een bloempot met zand.

Wat moet ik ermee? En zijn er meer meldingen van dit model?

Groet,
Daan Hoekstra"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes van Dijk <marloes.vandijk@thuismail.example>",
         to="consumentenservice@kleinhapje.example",
         subject="potje groentehapje",
         body="""\
Goedemiddag,

Vanochtend gaf ik mijn zoontje (10 maanden) een potje Wortel-Pastinaak 8+ van jullie merk, THT 03-2027, lotnummer L2419B. Na een paar hapjes begon hij te huilen en zag ik bloed op zijn lip en tandvlees. In het restje vond ik twee scherpe doorzichtige stukjes, net glas. De rand van het potje lijkt heel. Nu ik erover nadenk: de deksel ploepte niet toen ik hem opendraaide.

We zijn bij de huisartsenpost geweest, we moeten hem in de gaten houden voor het geval hij iets heeft ingeslikt. Het potje en de stukjes heb ik bewaard.

Graag snel contact, er staan nog vier potjes uit dezelfde doos in de kast.

Marloes van Dijk"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Annet Bakker-Visser <a.bakkervisser@kpnmail.example>",
         to="service@klusplein.example",
         subject="Vouwladder bezweken - man gevallen",
         body="""\
Geachte heer/mevrouw,

Zaterdag stond mijn man op de Allround 4x4 vouwladder (twee maanden geleden bij u gekocht, bon bijgevoegd) om de dakgoot schoon te maken. Het scharnier in het midden schoot ineens los, terwijl de vergrendeling op groen stond. Hij is van ongeveer drie meter hoogte op de tegels gevallen. Gebroken pols en gekneusde ribben, hij heeft een nacht in het ziekenhuis gelegen.

We hebben de ladder niet meer aangeraakt. Het scharnier aan de linkerkant is zichtbaar verbogen en er ontbreekt een klinknagel.

Ik wil dat u dit onderzoekt. Deze ladder ligt nog gewoon in uw winkels en ik wil niet dat iemand anders dit overkomt. Ik verwacht ook een reactie over de kosten.

Met vriendelijke groet,
A. Bakker-Visser"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kevin Osei <kevin.osei@webpost.example>",
         to="help@betaalmaatje.example",
         subject="Ik heb dit NIET gedaan",
         body="""\
Hi,

Er zijn vannacht drie betalingen vanuit mijn BetaalMaatje-app gegaan naar iemand die ik niet ken: 2 x 250 euro en 1 x 480 euro, naar "J. Pronk".

Gisteravond werd ik gebeld door een man die zei dat hij van jullie fraudeafdeling was. Hij wist mijn naam en mijn laatste betaling. Ik moest een code uit de sms doorgeven om mijn account te "beveiligen". Achteraf heel dom, ik weet het.

Ik kan nog inloggen maar mijn saldo is bijna leeg en de huur gaat de 1e eraf. Kunnen jullie de betalingen tegenhouden of terughalen? Aangifte heb ik vanochtend gedaan.

Gebruikersnaam: kevin.osei
Kevin Osei"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Rik Jansen <rik@dekegelhoek.example>",
         to="support@strikeline.example",
         subject="STORING baansysteem - zaterdag volgeboekt",
         body="""\
Goedemorgen,

Sinds 10.00 uur hebben we een complete storing op het scoresysteem: alle 12 banen geven "geen verbinding met server", de schermen boven de banen zijn zwart en de kassa kan geen banen meer openen of afrekenen. Router en de lokale server zijn herstart, maakt niks uit.

Vandaag zijn we volgeboekt, met vanmiddag drie kinderfeestjes en om 16.00 een bedrijfsuitje van 40 personen. Er staan nu al mensen aan de balie.

Klantnummer BWL-0912, Bowlingcentrum De Kegelhoek, Zwolle. Bel me aub direct terug op de vestiging.

Rik Jansen
bedrijfsleider"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Sandra van Leeuwen <planning@verhuis-vanleeuwen.example>",
         to="support@verhuisplanner.example",
         subject="planning app",
         body="""\
Hello,

Onze planning in jullie app laadt niet meer. Als ik inlog op het dashboard zie ik alleen het draaiende rondje en na een minuut of twee "Er ging iets mis". Op de telefoons van de jongens hetzelfde, dus ze weten niet welk adres en hoeveel kuub ze vandaag hebben. De planning van morgen heb ik nog in een export staan, die van vandaag niet.

We zijn een klein verhuisbedrijf (2 wagens, account verhuis.vanleeuwen). Kunnen jullie kijken? Elk uur dat ze stilstaan kost geld.

Gr. Sandra van Leeuwen"""),

    dict(n=7, signals="outage", priority="high", trap="partial", qt=0, reply=0,
         frm="F. Yilmaz <praktijk@tandarts-oosterpoort.example>",
         to="support@dentadossier.example",
         subject="Röntgenfoto's laden niet",
         body="""\
Beste support,

Sinds de update van gisteravond kunnen we in onze praktijk geen röntgenfoto's meer openen in het patiëntdossier. De miniaturen zijn grijs en bij dubbelklikken komt "Beeld niet beschikbaar (fout 503)". Nieuwe opnames maken lukt wel, maar ze verschijnen ook niet in het dossier.

Agenda en declaraties werken gewoon. Voor controles kunnen we door, maar voor wortelkanaalbehandelingen en extracties moeten we de foto's kunnen zien; die hebben we vandaag allemaal moeten verzetten.

Tandartspraktijk Oosterpoort, licentie TP-4471.

Met vriendelijke groet,
drs. F. Yilmaz, tandarts"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jeroen Smits <it@versensnel.example>",
         to="oncall@orderbridge.example",
         subject="Orders komen niet door naar WMS",
         body="""\
Hoi,

Vanaf ongeveer 02:00 vannacht komen er geen nieuwe orders meer binnen in ons magazijnsysteem. Jullie order-API geeft op elke call een 503 Service Unavailable terug (zie log hieronder). Onze webshop neemt wel gewoon bestellingen aan, dus klanten denken dat alles goed gaat.

Wij zijn een maaltijdboxbedrijf: alles wat voor 14:00 gepickt is gaat morgen de deur uit. Er staan nu ruim 1.100 boxen met verse producten in de wachtrij, en de ochtendploeg staat sinds 06:00 met de handen over elkaar.

  POST /v2/orders/sync  -> 503  (x-request-id 7f2c-91ab-44d0)
  POST /v2/orders/sync  -> 503  (x-request-id 7f2c-91ab-44d7)

Graag escalatie naar jullie on-call engineer.

Jeroen Smits
IT, Vers&Snel Maaltijdboxen"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Mirjam Kuipers <m.kuipers@facilitair-rijnoord.example>",
         to="service@snackomaat.example",
         subject="Pinmodules offline",
         body="""\
Goedendag,

Op onze locatie (ziekenhuis Rijnoord, hal B en C) staan 20 automaten van jullie met de contactloze betaalmodule. Sinds vanmorgen staan er 6 op "offline": pinnen en betalen met de telefoon lukt daar niet, munten gaan wel gewoon. De andere 14 werken prima.

Het is geen ramp, maar 's nachts heeft het personeel vaak geen kleingeld bij zich. Kan er iemand naar kijken of op afstand een reset doen?

Automaatnummers: 1104, 1105, 1110, 1117, 1118, 1121.

Vriendelijke groet,
Mirjam Kuipers
Facilitair bedrijf Rijnoord"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Ellen de Graaf <penningmeester@hcdevliegers.example>",
         to="support@samenopgehaald.example",
         subject="uitbetaling actie",
         body="""\
Hallo,

Onze jeugdafdeling van hockeyclub HC De Vliegers heeft via jullie platform geld opgehaald voor het toernooi in Barcelona: EUR 6.340 (actie "HCV naar BCN"). De actie is op 1 maart gesloten en volgens jullie mail zou het bedrag binnen 10 werkdagen op de clubrekening staan. Vandaag is het de 28e en er is niks binnengekomen. In het dashboard staat "uitbetaling verwerkt", maar zonder datum of referentie.

Volgende week moeten we de bus en de accommodatie betalen, anders vervalt de boeking. Kunnen jullie laten weten waar het geld is?

Met sportieve groet,
Ellen de Graaf
penningmeester"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Bas Meijer <bas.meijer@inbox-nl.example>",
         to="klantenservice@ticketdoorverkoop.example",
         subject="Refund nooit ontvangen",
         body="""\
Beste,

Op 12 september heb ik via jullie site twee doorverkochte tickets gekocht voor een concert op 4 oktober (bestelnr. TX-88210-NL, EUR 147,50). De tickets zijn nooit geleverd. Na het concert kreeg ik een mail dat de verkoper ze niet had overgedragen en dat ik "automatisch mijn geld terug" zou krijgen binnen 5 werkdagen.

Dat is nu ruim drie weken geleden. Op mijn creditcard zie ik alleen de afschrijving, geen terugboeking. Graag uitleg en een datum.

Groeten,
Bas Meijer"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Hanneke Brouwer <administratie@brouwer-installatie.example>",
         to="facturatie@leaselijn.example",
         subject="Factuur 2026-11 klopt niet",
         body="""\
Goedemiddag,

Op de laatste factuur voor ons leasecontract LC-30219 (elektrische bestelbus) staat een meerkilometervergoeding van EUR 412,80 voor 3.440 km. Volgens de kilometerstand van 1 november zitten we op 21.560 km, en het contract is 25.000 km per jaar. We zitten er dus ruim onder.

Ik vermoed dat de stand van een andere auto is gebruikt of dat er een tikfout is gemaakt. Foto van het dashboard zit in de bijlage. Kunt u een creditnota sturen? De incasso staat gepland voor de 25e.

Met vriendelijke groet,
Hanneke Brouwer
Brouwer Installatietechniek"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Lotte Vermeer <lotte.vermeer@student-mail.example>",
         to="info@prepaidstroom.example",
         subject="vraagje",
         body="""\
Hoi, ik heb een prepaid energiemeter in mijn studentenkamer en laad die op via jullie app. Sinds deze maand gaat er bij elke opwaardering EUR 0,35 extra af, "transactiekosten". Is dat nieuw? Het is niet veel hoor, ik vroeg het me gewoon af, en of het goedkoper is als ik in een keer een groter bedrag opwaardeer.
Groetjes, Lotte (klantnr. PM-70815)"""),

    dict(n=14, signals="account", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Mark Dekker <m.dekker84@mailbox.example>",
         to="support@muntplein-exchange.example",
         subject="2FA",
         body="""\
Hello,

Since this morning I can't get into my account - sorry, ik schrijf verder in het Nederlands. Na mijn wachtwoord vraagt jullie platform om de 6-cijferige code uit mijn authenticator-app, maar ik heb een nieuwe telefoon en de app is niet overgezet. De herstelcodes heb ik nooit opgeschreven, mijn fout.

Ik kan dus helemaal niet meer bij mijn account, ook niet om iets te verkopen of op te nemen. Wat hebben jullie van mij nodig om de 2FA te resetten? Ik kan een selfie met ID sturen.

Account: m.dekker84@mailbox.example
Mark Dekker"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Yusuf Kaya <yusuf.kaya@gezinspost.example>",
         to="administratie@obs-de-regenboog.example",
         subject="Geen toegang meer tot ouderportaal",
         body="""\
Geachte administratie,

Sinds vorige week kan ik in het ouderportaal de gegevens van mijn dochter Noor (groep 6) niet meer zien. Ik log gewoon in, maar onder "Mijn kinderen" staat niets meer. Mijn ex-partner ziet haar wel. Wij hebben allebei het gezag, daar is niets aan veranderd.

Ik vermoed dat er bij de adreswijziging van mijn ex iets is misgegaan en dat mijn koppeling daarbij is weggehaald. Ik mis nu de berichten van de juf en de inschrijving voor de oudergesprekken.

Kunt u mijn account weer aan Noor koppelen?

Vriendelijke groet,
Yusuf Kaya"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wim Terpstra <wim.terpstra@oudadres.example>",
         to="klantenkaart@boekhuis-lezer.example",
         subject="e-mailadres wijzigen klantenkaart",
         body="""\
Dag,

Hoe verander ik het e-mailadres van mijn klantenkaart-account? Ik stap over naar een nieuw mailadres en wil mijn gespaarde punten (ruim 900 geloof ik) niet kwijtraken. In de app kan ik alleen mijn naam en telefoonnummer aanpassen, het mailadres staat grijs.

Alvast bedankt!
Wim"""),

    dict(n=17, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Pieter Hendriks <pieter.hendriks@roeipost.example>",
         to="support@clubvaart-app.example",
         subject="Account verdwenen??",
         body="""\
Hallo,

Ik ben al zes jaar lid van roeivereniging De Amstelgolf en gebruik jullie app voor het afschrijven van boten en het bijhouden van mijn trainingen. Sinds gisteren krijg ik bij inloggen "Dit account bestaat niet".

Een nieuw account aanmaken met hetzelfde mailadres kan wel, maar dan ben ik "gast" en kan ik geen boten afschrijven. Al mijn trainingshistorie (ruim 900 km dit jaar) is ook weg.

De ledenadministratie zegt dat ik gewoon als lid in hun systeem sta. Kunnen jullie mijn oude account terugzetten?

Groet,
Pieter Hendriks"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ronald Veenstra <inkoop@veenstra-wonen.example>",
         to="dealers@zenseat.example",
         subject="Top samenwerking!",
         body="""\
Hoi allemaal,

Sinds we jullie massagestoelen in de showroom hebben staan loopt het storm. De nieuwe Zen 5 is echt een klapper: klanten gaan er "even" in zitten en komen er na een kwartier pas weer uit. De eerste zending is al bijna op.

Kunnen we voor de kerstperiode nog 8 stuks bijbestellen, zelfde kleur (antraciet)? En hebben jullie nog van die displaybordjes, die vlogen de deur uit.

Knallende groet,
Ronald Veenstra
Veenstra Wonen & Comfort"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Sanne Mulder <sanne.mulder@trouwmail.example>",
         to="events@landgoed-dehooiberg.example",
         subject="Wachtwoord voor de DJ",
         body="""\
Hallo,

Op 14 juni vieren wij onze bruiloft bij jullie op het landgoed (boeking BR-2207). Onze DJ vraagt of hij het wachtwoord van de wifi vooraf kan krijgen, zodat hij zijn playlist als backup kan streamen. Ook wil hij weten of er een aparte groep is voor zijn installatie, want bij een vorige bruiloft ergens anders sloeg midden in de openingsdans de stroom eruit.

En nog iets: mogen er sterretjes bij de openingsdans, of is dat binnen niet toegestaan?

Liefs,
Sanne & Tom"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Henk de Boer <h.deboer@zeilpost.example>",
         to="klantenservice@buitensportdepot.example",
         subject="WAAR BLIJFT MIJN PEDDEL",
         body="""\
Ik heb op 2 mei een kajakpeddel besteld (order 55-90312) met levering "binnen 3 werkdagen". Het is nu 16 mei!!! Track & trace staat al een week op "in sorteercentrum". Twee keer gebeld en steeds een ander verhaal. Belachelijk. Ik ga pas in juli op vakantie dus ik heb hem niet per se nu nodig, maar dit is toch geen manier van werken??? Als hij er vrijdag niet is annuleer ik.
H. de Boer"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Secretariaat VSN <secretariaat@sportkoepels-noord.example>",
         to="info@clubvaart-app.example",
         subject="Uitnodiging: avond 'Digitaal veilig als vereniging'",
         body="""\
Beste contactpersoon,

Namens de Vereniging van Sportkoepels Noord nodigen wij u uit voor onze themabijeenkomst op dinsdag 17 november 2026 in Assen.

Onderwerpen: hoe herken je phishingmails gericht aan penningmeesters, wat te doen bij een datalek in je ledenadministratie, en waarom een wachtwoordmanager geen overbodige luxe is. Spreker: ir. Koen Wouters, adviseur informatiebeveiliging.

Deelname is gratis voor leden; aanmelden via het formulier op onze site voor 10 november. Wij stellen het op prijs als u deze uitnodiging doorstuurt aan uw bestuur.

Met vriendelijke groet,
Secretariaat VSN"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Erik Vos <erik.vos@gezinvos.example>",
         to="klantenservice@droogtechniek.example",
         subject="Antw: Melding wasdroger WD-700 - dossier 20931",
         body="""\
Goedemorgen mevrouw Smit,

De nieuwe droger is gisteren geplaatst en de oude is meegenomen, alles werkt. Dank voor de snelle afhandeling en de vriendelijke monteurs. De kinderen vonden de grote vrachtwagen ook prachtig.

Groeten,
Erik Vos

Op 9 nov. 2026 om 11:20 schreef Klantenservice Droogtechniek <klantenservice@droogtechniek.example>:
> Beste heer Vos,
>
> Dank voor uw melding dat er rook uit de achterkant van uw wasdroger kwam
> en de rookmelder in de bijkeuken afging. Gebruik het apparaat niet meer
> en laat de stekker uit het stopcontact. Wij vervangen de droger kosteloos;
> de planning neemt contact met u op.
>
> Met vriendelijke groet,
> Ilse Smit"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Ruud Willems <inge.willems@gezinsmail.example>",
         to="noodgeval@camperdeal.example",
         subject="telefoon gestolen - camper app",
         body="""\
Hallo, dringend:

Mijn telefoon is een uur geleden gestolen uit onze tent op camping Les Pins (Frankrijk). Op die telefoon staat jullie app met de digitale sleutel van de huurcamper (huurcontract CV-18842), ik was ingelogd en mijn creditcard is eraan gekoppeld. De camper staat 50 meter verderop met al onze spullen en paspoorten erin.

Kunnen jullie de digitale sleutel op afstand blokkeren en mijn account op alle apparaten uitloggen? Zelf kan ik niet inloggen, want de code gaat naar... die telefoon.

Ik mail vanaf het adres van mijn vrouw, antwoord graag hierop.
Ruud Willems"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Femke Kramer <femke@derijdendepan.example>",
         to="support@kassakoppel.example",
         subject="Antw: Storing koppeling kassa - ticket #51877",
         body="""\
Hoi Dennis,

Helaas, het is terug. Sinds gisteravond komen de verkopen uit de kassa weer niet door naar de boekhouding, net als vorige week. Laatste gesynchroniseerde bon is van 19:42.

Geen paniek hier: ik exporteer per dag een CSV uit de kassa en zet die er handmatig in, dat werkt prima, en de btw-aangifte is pas over drie weken. Maar ik heb geen zin in elke dag handwerk, dus als jullie er deze week naar kunnen kijken graag.

Groet,
Femke
Foodtruck De Rijdende Pan

Op 10 nov. 2026 om 09:05 schreef Dennis (support) <support@kassakoppel.example>:
> Hoi Femke,
>
> De storing in de synchronisatie tussen kassa en boekhouding is opgelost,
> alle bonnen van afgelopen week zijn alsnog doorgezet. Sorry voor het ongemak!
>
> Dennis"""),
]
