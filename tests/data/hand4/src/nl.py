# blind5 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Griet Vanderstraeten <griet.vds@telenetmail.example>",
         to="klantendienst@huisenkeuken.example",
         subject="Airfryer XL-5, bestelling 20455871",
         body="""\
Goeiedag,

Vorige maand kocht ik bij jullie de Kooka airfryer XL-5 (bestelling 20455871). Gisterenavond stond hij een kwartiertje aan voor frietjes en begon het in de keuken te stinken naar gesmolten plastic. Toen ik de stekker uittrok was die zo heet dat ik hem amper kon vastpakken, en rond de pinnen zit nu een bruine, half weggesmolten rand. Het stopcontact zelf is ook verkleurd, vanbinnen helemaal zwart. Mijn man heeft voor de zekerheid de zekering van die kring in de kelder uitgezet.

We hebben twee kleine kinderen en ik moet er niet aan denken wat er gebeurd was als we hem hadden laten opwarmen en even naar boven waren gegaan. Het toestel staat nu buiten op het terras.

Wat moet ik hiermee doen? Ik ga hem zeker niet meer gebruiken en ik vraag me af of er nog zulke meldingen zijn over dit model. Moet ik hem terugsturen of komen jullie hem ophalen? Foto's van de stekker en het stopcontact zitten in bijlage.

Met vriendelijke groeten,
Griet Vanderstraeten
Kortrijk"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Wit <sannedewit82@postvak.example>",
         to="consumentenservice@knabbelfoods.example",
         subject="vraag over jullie haverrepen",
         body="""\
Hallo,

Mijn zoontje (6) heeft zaterdag op een kinderfeestje een van jullie Knabbel haverrepen gegeten, de variant 'zonder noten' met de groene wikkel. Op de doos staat L24-0917, THT 03-2027. Hij mag absoluut geen hazelnoot of pinda hebben, juist daarom kopen wij al jaren dit merk.

Binnen tien minuten werden zijn lippen dik, kreeg hij rode bulten in zijn nek en begon hij te piepen bij het ademen. Gelukkig vond de moeder van het feestje zijn adrenalinepen in zijn rugzak en is er meteen 112 gebeld. Hij heeft een nacht in het ziekenhuis gelegen en is nu weer thuis, hij is er nog moe van.

Ik heb de rest van de reep bewaard en er zitten gewoon zichtbaar stukjes noot in. Dus of er staat iets verkeerd op de verpakking, of er is iets misgegaan in de fabriek.

Ik wil graag weten of jullie hiervan op de hoogte zijn en of deze partij uit de winkels gehaald wordt. Er zijn veel meer ouders die op dat etiket vertrouwen.

Groet,
Sanne de Wit"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Dirk Claeys <dirk.claeys@skynetpost.example>",
         to="service@voltra-mobility.example",
         subject="DRINGEND - stuur e-step losgekomen tijdens rit, zoon gewond",
         body="""\
Geachte,

Zaterdag 14 november reed mijn zoon Wout (15) met zijn Voltra S9 elektrische step naar de voetbal. Op de Kortrijksesteenweg, aan ongeveer 20 km/u, klapte de stuurstang ineens naar voren: het scharnier met de snelspanner is gewoon opengegaan terwijl hij reed. Hij is over het stuur gevlogen en op zijn gezicht terechtgekomen. Resultaat: zes hechtingen aan zijn kin, twee afgebroken tanden en een gekneusde pols. Er reed een auto vlak achter hem, het had veel slechter kunnen aflopen.

De step is in maart gekocht in jullie webwinkel (factuur VS-2026-03-1187) en is nooit gevallen of zo. De vergrendeling werd elke keer gecontroleerd, dat heb ik hem zelf zo aangeleerd.

Op een forum lees ik dat meer mensen problemen hebben met dat scharnier. Ik verwacht dat jullie dit ernstig nemen. Loopt er een terugroepactie? Hoe kan ik de schade aangeven? De step blijft hier onaangeroerd staan tot iemand van jullie hem komt bekijken.

Met vriendelijke groet,
Dirk Claeys
Harelbeke"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mohamed el Amrani <m.elamrani@inboxnl.example>",
         to="klantenservice@hollandspaarbank.example",
         subject="Betalingen die ik niet heb gedaan!!",
         body="""\
Goedemorgen,

Ik zie vanochtend in de app vier betalingen van mijn betaalrekening (eindigt op 4471) naar 'LX Digital Vilnius', samen €1.236,40, gisteravond tussen 23:10 en 23:25. Die heb ik niet gedaan, ik lag toen gewoon te slapen. Mijn pas zit nog in mijn portemonnee.

Wat me nu wel te binnen schiet: eergisteren kreeg ik een sms dat mijn bankpas 'verliep' en dat ik hem via een link moest verlengen. Ik heb daar mijn gegevens ingevuld en ook een code uit de app overgetypt. Ik snap nu dat dat heel dom was.

Kunnen jullie de rekening meteen blokkeren en het geld terughalen?? Ik heb al twee keer gebeld maar hang steeds 40 minuten in de wacht. Er staat nog ongeveer 300 euro op en ik ben bang dat dat er ook nog af gaat. Daar moet ik de rest van de maand van leven.

Mohamed el Amrani
rekeningnummer en klantnummer stuur ik liever niet via de mail"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Jeroen Verhoeven <jeroen@tuinmeubelen-verhoeven.example>",
         to="support@shopbouwer.example",
         subject="Webshop ligt plat - storing??",
         body="""\
Hoi support,

Onze webshop (tuinmeubelen-verhoeven.example, pakket Pro) is sinds ongeveer 7:45 down. Klanten krijgen een '502 Bad Gateway' en ook ons beheerpaneel laadt niet. Jullie statuspagina zegt 'alle systemen operationeel', maar dat klopt dus niet.

Vandaag start onze najaarsuitverkoop, we hebben gisteren 18.000 nieuwsbrieven verstuurd met een link naar de actie. Elke minuut dat de shop eruit ligt kost ons omzet en de telefoon staat roodgloeiend van klanten die niet kunnen bestellen.

Graag z.s.m. reactie, of bel me op het nummer dat bij ons account staat.

Jeroen Verhoeven
Verhoeven Tuinmeubelen B.V."""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="An Peeters <an.peeters@webpost.example>",
         to="klantendienst@glasnetbe.example",
         subject="internet",
         body="""\
Dag,

Sinds gisterenavond rond 21u heb ik thuis geen internet meer. Het lampje op de modem knippert oranje en dan rood, en herstarten (stekker eruit, 30 sec wachten, terug in) heb ik al een stuk of vijf keer gedaan. De decoder van de tv zegt 'geen signaal'. Bij de buren werkt alles, dus het ligt precies aan mijn aansluiting.

Ik werk voltijds van thuis en kan nu niet aan mijn werk. Vandaag zit ik op de hotspot van mijn gsm, maar mijn data is morgen op en ik heb om 14u een klantenmeeting via Teams. Kan er dringend een technieker langskomen?

Klantnummer 7730-118-42
Molenstraat 12, 2800 Mechelen

Bedankt,
An Peeters"""),

    dict(n=7, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Pieter-Jan Desmet <pj.desmet@sintjozef-tielt.example>",
         to="helpdesk@toetsdok.example",
         subject="examen 5de jaar - niemand kan starten",
         body="""\
Goeiemorgen,

Ik ben ICT-coördinator van het Sint-Jozefinstituut. Om 8u30 moesten 212 leerlingen van het vijfde jaar beginnen aan hun examen wiskunde op Toetsdok. Bij iedereen blijft het scherm na het aanmelden wit met een draaiend rondje, nu al twintig minuten. Ik heb het zelf geprobeerd op drie verschillende toestellen, ook op ons gastennetwerk en via 4G: zelfde resultaat. Vorige week bij de proeftoets liep alles perfect.

De leerlingen zitten in de sporthal te wachten en om 10u30 moeten de lokalen vrij zijn voor de volgende groep. Als dit niet snel opgelost geraakt, moeten we het examen verplaatsen, en dat is voor 200 leerlingen en hun ouders echt een ramp midden in de examenperiode.

Kunnen jullie laten weten wat er aan de hand is en hoelang het nog duurt? Ik blijf aan de telefoon.

Pieter-Jan Desmet
ICT-coördinator
Sint-Jozefinstituut Tielt"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Thijs Brouwer <thijs@fietsonderdelen-noord.example>",
         to="api-support@pakketlink.example",
         subject="Intermittent 503's op /v2/shipments",
         body="""\
Hi,

Sinds ongeveer 14:00 CET krijgen we van jullie API af en toe een 503 Service Unavailable terug op POST /v2/shipments. Grofweg 1 op de 6 calls, geen vast patroon qua tijd of payload. GET-calls gaan wel goed.

Onze retry-logica vangt het grotendeels op, dus de zendingen komen er uiteindelijk wel door, maar de verwerking loopt flink achter en ons dashboard hangt vol met alerts. Voor nu geen ramp, maar vanavond om 18:00 draaien we de grote batch voor de groothandelsorders en dan wil ik niet dat het erger wordt.

Voorbeeld request-id's:
req_8f21c0aa
req_8f21c3d9
req_8f2201b7

Account: Fietsonderdelen Groothandel Noord, klant-ID 55102

Is er iets bekend aan jullie kant?

Gr,
Thijs"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Ilse Hoekstra <info@dezeepbel.example>",
         to="support@verzendgemak.example",
         subject="kan geen labels maken",
         body="""\
Goedemiddag,

Al sinds vanochtend krijg ik bij het aanmaken van verzendlabels in jullie portaal alleen maar 'Er is iets misgegaan, probeer het later opnieuw'. Maakt niet uit welke vervoerder of welk formaat ik kies. Uitloggen, andere browser, cache legen, op de laptop van mijn man geprobeerd: allemaal hetzelfde.

Ik heb een klein winkeltje in handgemaakte zeep en er staan hier 34 pakketjes klaar die vandaag om 16:00 opgehaald worden. Zonder labels gaat de chauffeur straks met lege handen weg en moet ik al die klanten gaan mailen dat hun bestelling later komt, net nu met Sinterklaas.

Accountnummer: ZB-20931

Kunnen jullie even kijken? Alvast dank.

Groetjes,
Ilse Hoekstra
De Zeepbel, Leeuwarden"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Marc Van den Broeck <marc.vandenbroeck@mailbox.example>",
         to="facturatie@vlaamsenergie.example",
         subject="dubbele domiciliering november",
         body="""\
Beste,

Op mijn rekeninguittreksel zie ik dat het voorschot voor november (€ 142,00) twee keer gedomicilieerd is, op 3 en op 4 november, allebei met dezelfde mededeling +++090/4411/28573+++. Ik heb maar één contract voor gas en elektriciteit bij jullie, klantnummer 300 418 772.

Kunnen jullie het tweede bedrag terugstorten op mijn rekening? Ik heb liever niet dat het gewoon verrekend wordt met de jaarafrekening, want die komt pas in mei.

In bijlage een screenshot van mijn bankapp met de twee afschrijvingen.

Vriendelijke groeten,
Marc Van den Broeck
Lokeren"""),

    dict(n=11, signals="payment", priority="high", trap="followup", qt=0, reply=1,
         frm="Wendy Smulders <wendy.smulders@thuismail.example>",
         to="klantenservice@skyhop.example",
         subject="RE: Uw annulering boeking ZX4K9P",
         body="""\
Hallo,

Het is inmiddels zes weken later en ik heb nog steeds niks ontvangen. Het gaat om €846,- voor vier personen, de vlucht Eindhoven-Faro van 2 oktober die door júllie geschrapt is. Ik heb twee keer gebeld en krijg iedere keer te horen dat het 'in behandeling' is.

Dit is geen klein bedrag voor ons. We hebben toen een vervangende vlucht bij een andere maatschappij zelf voorgeschoten en de creditcard moet eind deze maand afgelost worden. Ik wil nu echt een datum horen waarop het geld op mijn rekening staat.

Wendy Smulders

-----Oorspronkelijk bericht-----
Van: Klantenservice SkyHop <noreply@skyhop.example>
Verzonden: maandag 5 oktober 2026 10:12
Aan: wendy.smulders@thuismail.example
Onderwerp: Uw annulering boeking ZX4K9P

> Beste mevrouw Smulders,
>
> Wij bevestigen dat uw vlucht SH2214 van 2 oktober is geannuleerd. U heeft gekozen voor terugbetaling van het volledige bedrag van EUR 846,00. De terugbetaling wordt binnen 14 dagen verwerkt naar het oorspronkelijke betaalmiddel.
>
> Met vriendelijke groet,
> Team SkyHop"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Linda Mulder <lindamulder1979@postvak.example>",
         to="help@streamhuis.example",
         subject="Opgezegd maar toch betaald??",
         body="""\
Hoi,

Ik heb ons abonnement (Premium Gezin) op 28 september opgezegd via de app, daar heb ik ook een bevestigingsmail van gekregen met 'je abonnement loopt af op 30 september'. Toch is er op 1 november weer €17,99 van mijn rekening afgeschreven via automatische incasso. Wij kijken sinds september helemaal niks meer bij jullie, de kinderen ook niet.

Graag dat bedrag terug en even checken dat er in december niet weer iets afgaat. Anders laat ik de incasso via de bank terugboeken, maar dat doe ik liever niet.

Groetjes, Linda Mulder"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Koen Wuyts <koen.wuyts@provider.example>",
         to="klantendienst@belmobiel.example",
         subject="vraagje factuur",
         body="""\
Dag,

Kleine vraag: op mijn factuur van oktober staat een lijn 'kosten papieren factuur € 1,50'. Ik dacht dat ik al lang op digitale facturen stond? Geen drama hoor, het gaat maar om anderhalve euro, maar ik zou graag weten waarom dat aangerekend wordt en waar ik dat kan uitzetten in Mijn Belmobiel.

Klantnummer 4471 2290

mvg
Koen Wuyts"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Rik Goossens <rik@goossens-schrijnwerk.example>",
         to="support@boekfix.example",
         subject="Account geblokkeerd - btw-aangifte!",
         body="""\
Goedemiddag,

Ik kan niet meer inloggen in Boekfix. Na het resetten van mijn wachtwoord kreeg ik de melding 'Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen', en dat staat er nu al sinds gisteren 17u, dus dat 'tijdelijk' valt tegen. De nieuwe resetlink in de mail geeft 'link verlopen', ook als ik hem direct aanklik.

Ik ben zelfstandig schrijnwerker en moet tegen de 20ste mijn maandelijkse btw-aangifte indienen. Al mijn aankoop- en verkoopfacturen staan in jullie pakket en mijn boekhouder wacht op de export. Ik kom er nu helemaal niet meer bij.

Login: rik@goossens-schrijnwerk.example
Ondernemingsnummer: 0712.345.678

Graag snel een oplossing, ik ben bereikbaar op het nummer in mijn profiel.

Rik Goossens
Goossens Schrijnwerk"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Youssef Bakker <ybakker@kpnet.example>",
         to="klantenservice@zekerpolis.example",
         subject="geen sms code",
         body="""\
Hallo,

Ik ben vorige week overgestapt naar een andere provider. Nummer zou behouden blijven, maar blijkbaar is er iets niet helemaal goed gegaan, want sinds dat moment komt de sms met de inlogcode van jullie niet meer binnen. Andere sms'jes krijg ik wel gewoon, ook van de bank. Ik heb al een keer of vier op 'opnieuw versturen' gedrukt.

Hierdoor kom ik niet in MijnPolis. Het is niet superdringend, maar ik wil deze maand mijn autoverzekering omzetten naar de nieuwe auto en dat kan alleen online zeggen jullie.

Kunnen jullie de code naar mijn e-mail sturen of het nummer opnieuw koppelen? Polisnummer ZP-88-301472.

Met vriendelijke groet,
Youssef Bakker"""),

    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Sofie Lenaerts <sofie@bakkerijlenaerts.example>",
         to="support@cijferwolk.example",
         subject="toegang boekhouder weg",
         body="""\
Dag support,

Sinds mijn vader (zaakvoerder) vorige week het beheerdersaccount aan mij heeft overgedragen, kan onze externe boekhouder niet meer aan ons dossier. Ze krijgt 'U heeft geen rechten voor deze omgeving'. Bij 'Gebruikers' zie ik haar ook niet meer staan, precies of ze bij de overdracht mee verwijderd is.

Als ik haar opnieuw wil uitnodigen zegt het systeem dat haar e-mailadres (els@boekhoudkantoor-mertens.example) 'al gekoppeld is aan een andere organisatie'. Logisch, want ze heeft nog andere klanten bij jullie.

Kunnen jullie haar toegang tot ons dossier terugzetten? Ze heeft het nodig voor de kwartaalafsluiting, maar een paar dagen kan nog wel.

Groetjes,
Sofie Lenaerts
Bakkerij Lenaerts bv"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bram Jacobs <bram.jacobs@werkmail.example>",
         to="hallo@fietsroute.example",
         subject="e-mailadres wijzigen?",
         body="""\
Goedenavond,

Ik verander binnenkort van werkgever en mijn account bij jullie staat nog op mijn werkadres. Hoe zet ik dat om naar mijn privémail zonder dat ik mijn opgeslagen routes en de historiek van al mijn ritten kwijtraak? In de app vind ik alleen 'wachtwoord wijzigen' en nergens een optie voor het e-mailadres.

Geen haast, ik ben daar pas eind januari weg.

Alvast bedankt!
Bram"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nadia Bouzid <nadia@peperenzout.example>",
         to="sales@plando.example",
         subject="Upgrade naar meer gebruikers",
         body="""\
Hallo team van Plando,

Goed nieuws van onze kant: sinds we vorige maand in een kookprogramma op tv te zien waren, loopt het storm bij onze workshops. De telefoon staat geen seconde stil, de agenda zit vol tot februari en mijn collega's en ik zitten eerlijk gezegd op ons tandvlees. Jullie planner is daarbij echt onze redder in nood, zonder dat ding was het hier allang ontploft haha.

We willen daarom van het Starter-pakket (3 gebruikers) naar een pakket met 8 à 10 gebruikers. Twee vragen:
- kan dat midden in de maand, en betalen we dan het verschil pro rata?
- blijven alle bestaande boekingen en klantgegevens gewoon staan?

Hartelijke groet,
Nadia Bouzid
Kookstudio Peper & Zout, Antwerpen"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Frank Jansen <f.jansen@lindeboom-advies.example>",
         to="verkoop@veiligwerkt.example",
         subject="Offerte brandblussers en brandwerende kast",
         body="""\
Goedemiddag,

Voor ons nieuwe kantoor in Zwolle zoek ik het volgende:
- 6 poederblussers van 6 kg
- 2 CO2-blussers voor de serverruimte
- 3 blusdekens voor de pantry's
- 1 brandwerende archiefkast (60 minuten), ca. 190 cm hoog

Kunt u een offerte sturen inclusief plaatsing en het jaarlijkse onderhoudscontract? Wij betalen graag op rekening (btw-nummer en inkoopnummer volgen) en zouden alles graag vóór 1 december geleverd hebben, want dan komt de brandweer langs voor de controle van onze gebruiksmelding.

Nog een vraag van een collega, en die is serieus bedoeld: zijn de blussers ook leverbaar in een andere kleur dan rood? In de nieuwe kantine valt dat nogal op.

Met vriendelijke groet,
Frank Jansen
Facilitair manager
Lindeboom Adviesgroep"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Gerrit Bos <kaashandelbos@postvak.example>",
         to="support@marktkassa.example",
         subject="Eindelijk!",
         body="""\
Hoi,

Even een positief berichtje tussendoor, dat krijgen jullie vast niet vaak. Sinds de update van vorige week (versie 4.2) is de app op mijn tablet niet één keer meer gecrasht. Daarvoor liep hij zeker drie keer per dag vast tijdens het afrekenen op de markt, met een rij klanten voor de kraam. Nu draait hij gewoon de hele zaterdag door. Ook het koppelen met het pinapparaat gaat meteen goed, geen foutmeldingen meer.

Dus: complimenten aan de ontwikkelaars. Ik stond op het punt om mijn abonnement op te zeggen, maar dat hoeft nu niet meer.

Groet van de kaaskraam,
Gerrit Bos
Markt Deventer, za & di"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Lotte Van Hecke <lotte.vanhecke@privemail.example>",
         to="jobs@datakluis.example",
         subject="Open sollicitatie - security / incident response",
         body="""\
Geachte heer, mevrouw,

Via een oud-collega hoorde ik dat jullie securityteam aan het groeien is, vandaar deze open sollicitatie.

De afgelopen vijf jaar werkte ik als SOC-analist bij een Gentse hostingprovider. Ik hield me daar dagelijks bezig met het opsporen van hackpogingen, het afhandelen van phishingmeldingen en het coördineren van de respons bij datalekken, inclusief de melding aan de Gegevensbeschermingsautoriteit. Ik draaide ook mee in de wachtdienst bij grote storingen en heb mee een DDoS-aanval van 40 Gbps helpen afslaan, om drie uur 's nachts, dus ik weet wat stress is.

Nu zoek ik een rol waarin ik meer preventief kan werken: threat modelling, awareness-trainingen voor medewerkers en het mee uitbouwen van een incident-responsplan. Jullie product en jullie open communicatie over security spreken me erg aan.

Mijn cv en certificaten (OSCP, ISO 27001 Lead Implementer) zitten in bijlage. Ik kom graag eens langs voor een gesprek.

Met vriendelijke groeten,
Lotte Van Hecke
Gent"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marieke Dijkstra <m.dijkstra@dijkstrabakker-notarissen.example>",
         to="support@cloudkantoor.example",
         subject="Antw: Storing e-mail en agenda - ticket 2026-11-08811",
         body="""\
Hallo Kevin,

Top, bedankt voor de snelle hulp! Ik kan bevestigen dat bij ons alles weer werkt: mail komt binnen, de agenda's synchroniseren weer en ook de collega's op de vestiging in Apeldoorn melden niets meer. Het ticket mag wat mij betreft dicht.

Groeten,
Marieke Dijkstra
Office manager
Dijkstra & Bakker Notarissen

Op 9 nov. 2026 om 11:42 schreef Kevin Jacobs <support@cloudkantoor.example>:
> Beste mevrouw Dijkstra,
>
> Door een storing in een van onze datacenters waren de mailservers vanochtend voor een deel van onze klanten onbereikbaar. Het probleem is om 11:20 verholpen. Mocht u nog problemen ondervinden, laat het ons dan weten.
>
> Met vriendelijke groet,
> Kevin Jacobs, CloudKantoor Support
>
>> Niemand op kantoor kan mailen, Outlook blijft hangen op 'verbinding maken'. We liggen volledig stil, graag met spoed!"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Hilde Maes <hilde.maes@zorgnetkempen.example>",
         to="support@zorgplanner.example",
         subject="niemand kan nog aanmelden na wachtwoordbeleid",
         body="""\
Dringend!

Vanochtend om 7u hebben we via jullie beheerportaal het nieuwe wachtwoordbeleid geactiveerd (minimaal 12 tekens, zoals jullie zelf adviseerden in de nieuwsbrief). Sindsdien kan geen enkele medewerker nog aanmelden op ZorgPlanner. Ook mensen die hun wachtwoord al hadden aangepast krijgen 'gebruikersnaam of wachtwoord onjuist', en de mail om het wachtwoord opnieuw in te stellen komt niet aan. Het gaat om ons volledige team thuisverpleging, 63 verpleegkundigen.

Gevolg: niemand ziet zijn ronde van vandaag of de patiëntendossiers. We werken nu met papieren lijsten van gisteren en bellen alles rond, maar dat houden we geen hele dag vol.

Het beleid terugdraaien lukt ook niet, want ik ben de beheerder en ik kan zelf ook niet meer aanmelden.

Bel mij aub zo snel mogelijk terug.

Hilde Maes
Coördinator thuisverpleging
Zorgnet Kempen vzw"""),

    dict(n=24, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Erik van Dam <erikvandam@zuidmail.example>",
         to="klantenservice@huistech.example",
         subject="Re: Dubbele afschrijving bestelling 88120457",
         body="""\
Hallo Yasmina,

Het geld staat inderdaad weer op mijn rekening, dat is dus in orde, dank je.

Maar nu heb ik een ander probleem: sinds gisteren kan ik niet meer inloggen op mijn account. Ik krijg de melding 'Dit account is gedeactiveerd'. Ik heb zelf niks opgezegd of verwijderd, en mijn openstaande bestelling (de wasmachine, 88120533) staat daar nog in. Heeft het misschien met die terugboeking te maken, dat jullie systeem denkt dat er iets mis is met mijn account?

Kun je kijken wat er aan de hand is en het account weer activeren? De wasmachine zou volgende week geleverd worden en ik wil de bezorgstatus kunnen volgen.

Groet,
Erik van Dam

Op 12 nov. 2026 om 09:15 schreef Yasmina (Klantenservice HuisTech) <klantenservice@huistech.example>:
> Beste heer Van Dam,
>
> U bent voor bestelling 88120457 inderdaad twee keer belast voor een bedrag van EUR 649,00. Wij hebben de dubbele afschrijving vandaag teruggeboekt; het bedrag staat binnen 3 werkdagen weer op uw rekening.
>
> Met vriendelijke groet,
> Yasmina
> Klantenservice HuisTech"""),
]
