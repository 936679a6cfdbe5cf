# blind38 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Marloes Verbeek <m.verbeek@kdv-hetbolleboosje.example>",
         to="service@kinderinrichting.example",
         subject="Diverse punten n.a.v. levering 12 november",
         body="""\
Goedemorgen,

Een paar punten over de levering van vorige maand (order 2026-4471):

- Op de factuur staan 8 peuterstoeltjes, wij hebben er 6 ontvangen.
- De kussens voor de slaapkamer zijn grijs in plaats van oker. Kunnen die worden omgeruild?
- Gisteren rond half zes is het hangkastje boven de verschoontafel in de babygroep van de muur gekomen, met rail en al. Het viel precies op het aankleedkussen. Tien minuten daarvoor lag daar nog een baby van 7 maanden. De twee andere kastjes van hetzelfde type (boven de commode en in de peutergroep) hangen er nog; we hebben de plekken eronder vrijgemaakt, maar durven ze zelf niet los te schroeven.
- Kunnen jullie de montagehandleiding van de bedbox nog een keer mailen?

Het derde punt gaat voor alles. Kan er vandaag iemand langskomen, of wilt u laten weten wat wij nu moeten doen? Ik ben tot 18.30 uur bereikbaar op 0348-562 910.

Met vriendelijke groet,

Marloes Verbeek
Locatiemanager Kinderdagverblijf Het Bolleboosje, Woerden"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joris van Dam <jorisvandam@postvak.example>",
         to="klantenservice@apotheekdirect.example",
         subject="Verkeerde tabletten in bestelling 3300-81925",
         body="""\
Beste apotheek,

Vanochtend hebben we onze dochter (7 jaar) zoals altijd haar methylfenidaat gegeven uit de nieuwe doos die gisteren is bezorgd. Op het etiket van de doos staat 5 mg. Pas toen ik net de volgende tablet klaar wilde leggen, zag ik dat er op de strip 20 mg staat.

Ze heeft er om 7.15 uur dus één van gehad. Rond 10 uur belde school: ze was misselijk, haar hart ging tekeer en ze kon niet stilzitten. We konden meteen bij de huisarts terecht, die zegt dat we haar de rest van de dag goed in de gaten moeten houden.

Ik wil graag weten:
- hoe het kan dat het etiket niet klopt met wat erin zit;
- of er andere gezinnen zijn die uit dezelfde partij hebben gekregen (op de strip staat MF20-2611-B);
- wanneer wij de juiste tabletten krijgen, want morgen heeft ze er weer een nodig.

U kunt mij bellen op 06-41 27 88 30.

Joris van Dam"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ingrid Hoekstra <i.hoekstra@hoekstra-thuis.example>",
         to="klantenservice@noordstroom.example",
         subject="Ik zie gegevens van een andere klant in Mijn Noordstroom",
         body="""\
Geachte heer, mevrouw,

Toen ik vanavond in Mijn Noordstroom mijn jaarafrekening wilde downloaden, kreeg ik niet mijn eigen afrekening te zien, maar die van een andere klant: een meneer uit Leeuwarden, met zijn volledige naam, adres, IBAN, meterstanden en maandbedrag. Na opnieuw inloggen stonden onder "Mijn gegevens" ook zijn telefoonnummer en geboortedatum.

Ik heb om 21.40 uur een schermafdruk gemaakt, die kan ik u desgewenst sturen. Mijn eigen klantnummer is 5502 118 734. Ik vraag me nu wel af of mijn gegevens op dezelfde manier bij iemand anders op het scherm staan.

Ik heb verder niets aangepast of opgeslagen. Wilt u mij laten weten wat u hiermee doet en of deze meneer op de hoogte wordt gebracht?

Met vriendelijke groet,

Ingrid Hoekstra
Harlingen"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Agnieszka Nowak <a.nowak84@mailbox.example>",
         to="klantenservice@spaarbank-holland.example",
         subject="geld van mijn rekening weg, niet door mij!!",
         body="""\
Goedendag,

Gisteren ik kreeg een sms van "PostNL" dat mijn pakket niet bezorgd kon worden en ik moest 1,95 betalen. Ik heb op de link gedrukt en mijn bankgegevens ingevuld en ook de code uit de app. Vanochtend zie ik in de app drie betalingen die ik niet heb gedaan:

04-12   EUR 499,00   Bitpay*Store
04-12   EUR 499,00   Bitpay*Store
04-12   EUR 250,00   naar NL47 ... (naam onbekend)

Dit is bijna al mijn geld voor de huur van deze maand. Ik heb al gebeld maar de wachttijd was 50 minuten en toen viel de verbinding weg. Kunnen jullie mijn rekening blokkeren en het geld terug zetten? Ik weet niet wat ik nu moet doen.

Rekeningnummer: NL19 SPHO 0412 7781 90

Dank u wel,
Agnieszka Nowak"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Femke de Graaf <praktijk@tandartsenaandevaart.example>",
         to="support@dentiq-software.example",
         subject="SPOED: patiëntdossiers en röntgenfoto's niet te openen, 4 behandelkamers",
         body="""\
Goedemorgen,

Sinds 8.10 uur vanochtend kunnen we in geen van onze vier behandelkamers een patiëntdossier openen. Na het aanklikken van een patiënt draait het rondje ongeveer een minuut en daarna verschijnt "Sessie verlopen, log opnieuw in". Opnieuw inloggen lukt, maar daarna gebeurt precies hetzelfde. Ook de röntgenbeelden zijn niet op te halen.

Vandaag staan er 58 patiënten ingepland bij drie tandartsen en twee mondhygiënisten. Zonder dossier en foto's kunnen wij niet behandelen; de eerste vijf patiënten hebben we al moeten afbellen of naar huis sturen. Om 10.30 uur staat een chirurgische extractie gepland waarvoor we de foto echt nodig hebben.

De pc's en de router hebben we al opnieuw opgestart. Graag zo snel mogelijk contact via 0182-614 077 (vraag naar Femke).

Met vriendelijke groet,

Femke de Graaf
Praktijkmanager
Tandartsen Aan de Vaart | Vaartweg 12 | 2801 AB Gouda
T 0182-614 077 | KvK 61029377

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Heeft u dit bericht onterecht ontvangen, dan verzoeken wij u de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Rob Jansen <r.jansen@logistiekcentrum-moerdijk.example>",
         to="servicedesk@scanlogic.example",
         subject="FW: storing scanners - hele ochtendploeg staat stil",
         body="""\
Servicedesk,

Zie de melding van onze ploegleider hieronder. Het is nu 7.30 uur en er is niets veranderd. Ons ticket van 6.15 uur (SL-90312) staat nog op "nieuw". Bel mij a.u.b. direct op 06-22 81 40 57.

Rob Jansen
Operationeel manager, Logistiek Centrum Moerdijk

-----Oorspronkelijk bericht-----
Van: Sander Kok <s.kok@logistiekcentrum-moerdijk.example>
Verzonden: dinsdag 8 december 2026 06:04
Aan: Rob Jansen <r.jansen@logistiekcentrum-moerdijk.example>
Onderwerp: storing scanners

Rob,

Sinds de start van de ochtendploeg (5.30 uur) geven alle handscanners "Synchronisatie mislukt (fout 504)" zodra je een pickopdracht inleest. Herstarten en een ander accesspoint proberen helpt niks. 22 orderpickers staan stil en er gaat niets naar de expeditie.
De eerste 4 wagens naar de winkels moeten om 9.00 uur weg, de rest om 11.00 uur. Als het dan niet opgelost is, halen we de leveringen van vandaag niet.

Gr. Sander"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lotte Bakker <info@kapsalonlotte.example>",
         to="support@boekmijnknipbeurt.example",
         subject="Agenda helemaal leeg??",
         body="""\
Hoi,

Sinds vanochtend is mijn agenda in de app en op de computer helemaal leeg. Alle afspraken van vandaag en de rest van de week zijn weg, en klanten die online willen boeken krijgen "geen tijden beschikbaar". Ik sta alleen in de zaak en heb geen idee wie er vandaag komt. Om 9 uur stond er al iemand voor de deur die ik niet verwachtte.

Kunnen jullie de afspraken terugzetten? Graag snel, bel gerust 06-18 55 30 72.

Lotte Bakker
Kapsalon Lotte, Zwolle

Verstuurd vanaf mijn iPhone"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hanneke Smit <hanneke@bnb-dedrieeiken.example>",
         to="help@kanaalplanner.example",
         subject="Koppeling met Booking synchroniseert niet meer",
         body="""\
Hallo,

Sinds dinsdag komen de boekingen van Booking.com niet meer automatisch in onze kalender bij jullie terecht. Airbnb en de boekingen via onze eigen website komen er wel gewoon in, en de prijzen worden ook nog doorgezet. Het is dus alleen Booking.

We hebben maar drie kamers, dus ik houd het nu met de hand bij: 's ochtends en 's avonds kijk ik in het extranet van Booking en zet ik nieuwe boekingen zelf in jullie kalender. Omslachtig, maar het gaat, en er is nog geen dubbele boeking geweest. Vanaf half december wordt het wel drukker met de kerstvakantie, dus het zou fijn zijn als het vóór die tijd opgelost is.

De koppeling heb ik al een keer verbroken en opnieuw verbonden, zonder resultaat. Ons accommodatienummer bij Booking is 4418207.

Hartelijke groet,
Hanneke Smit
B&B De Drie Eiken, Ootmarsum"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Pieter Mulder <pietermulder@thuisnet.example>",
         to="klantenservice@kijkbox.example",
         subject="App start traag op tv sinds de update",
         body="""\
Goedenavond,

Geen grote zaak, maar ik wilde het toch even melden. Sinds de update van vorige week duurt het op onze Samsung-tv ongeveer 40 seconden voordat de Kijkbox-app opgestart is. Eerst was dat een paar seconden. Als hij eenmaal draait gaat alles prima, en op de tablet merk ik er niets van.

Het gaat om een UE55TU7000 uit 2021. De app heb ik al een keer verwijderd en opnieuw geïnstalleerd.

Misschien is het bij jullie al bekend. Alvast bedankt.

Groet,
Pieter Mulder"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Sanne Visser <sanne.visser@webpost.example>",
         to="leden@fitclub-oost.example",
         subject="Vraagje over mijn afschrijving van december",
         body="""\
Hoi,

Op mijn bankafschrift zie ik deze maand een afschrijving van € 32,45 met de omschrijving "FCO Services BV", terwijl mijn abonnement € 29,95 kost. Ik neem aan dat het verschil de € 2,50 is voor de nieuwe ledenpas die ik in november heb aangevraagd? Dat is prima hoor, ik wil het alleen even zeker weten.

En nog iets kleins: kan de naam van de sportschool voortaan in de omschrijving komen? Ik herkende die BV-naam eerst niet.

Lidnummer: 20-11847

Sportieve groet,
Sanne Visser"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Gerard Brouwer <g.brouwer@huize-brouwer.example>",
         to="service@tuinentafel.example",
         subject="Twee keer betaald voor bestelling 778120",
         body="""\
Goedemiddag,

Op 28 november heb ik bij u een loungeset "Lago" besteld (bestelnummer 778120) en met iDEAL betaald. Bij de eerste poging kreeg ik een foutmelding, daarom heb ik het nog een keer geprobeerd. Nu blijkt dat het bedrag van € 849,00 twee keer van mijn rekening is afgeschreven, terwijl er maar één bestelling in mijn account staat.

Wilt u het dubbel betaalde bedrag terugstorten op NL62 RBNK 0310 4478 21? Als u een afschrift nodig heeft, stuur ik dat graag.

Met vriendelijke groet,

Gerard Brouwer
Amersfoort"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Esther de Wit <esther.dewit@vrijmail.example>",
         to="refunds@skyline-air.example",
         subject="Re: Uw verzoek is in behandeling [Zaak 48-220917]",
         body="""\
Goedendag,

We zijn inmiddels zeven weken verder en ik heb nog steeds niets ontvangen. Onze vlucht SA1482 van 14 oktober van Eindhoven naar Málaga werd geannuleerd; we zijn toen met een andere maatschappij gegaan en hebben de tickets teruggevraagd, € 412,80 voor twee personen. Hieronder uw bevestiging van toen.

Wanneer wordt het geld overgemaakt?

Groet,
Esther de Wit

Op 20 okt. 2026, om 11:02 heeft Skyline Air Klantenservice <refunds@skyline-air.example> het volgende geschreven:

> Beste mevrouw De Wit,
>
> Hartelijk dank voor uw bericht. Wij hebben uw verzoek om terugbetaling voor
> boeking QX7TRM ontvangen en in behandeling genomen. U ontvangt het bedrag
> binnen 7 werkdagen op de rekening waarmee u heeft betaald.
>
> Met vriendelijke groet,
> Team Terugbetalingen Skyline Air"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Mustafa Yilmaz <mustafa@bakkerijyilmaz.example>",
         to="support@paylokaal.example",
         subject="Uitbetalingen staan al 9 dagen stil, salarissen moeten de 24e eruit",
         body="""\
Beste PayLokaal,

Sinds 27 november is er niets meer uitbetaald naar onze zakelijke rekening. In het dashboard staan de pinbetalingen van onze twee winkels gewoon als "geslaagd", samen € 14.386,20, maar bij uitbetaling staat "in afwachting van controle". Er is geen mail of uitleg gekomen.

De terminals zelf doen het prima, klanten kunnen gewoon pinnen. Het geld komt alleen niet bij ons aan. Op 24 december moeten de salarissen van onze zeven medewerkers eruit en de meelleverancier wil vóór de 15e betaald worden. Zonder deze uitbetalingen lukt dat niet.

Als jullie voor die controle documenten nodig hebben, stuur ik ze vandaag nog. Ons merchant-ID is PL-220417.

Met vriendelijke groet,
Mustafa Yilmaz
Bakkerij Yilmaz, Utrecht
06-30 12 77 45"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wim Peters <wim.peters@oudadres.example>",
         to="service@zekerverzekerd.example",
         subject="E-mailadres voor inloggen wijzigen",
         body="""\
Goedemiddag,

Ik wil graag het e-mailadres waarmee ik inlog op Mijn Zeker Verzekerd wijzigen. Mijn huidige adres (dit adres) verdwijnt eind januari omdat ik van provider wissel. In de instellingen kan ik mijn telefoonnummer wel aanpassen, maar het e-mailadres staat grijs.

Hoe kan ik dat veranderen? Moet ik daarvoor bellen of kan het online? Het nieuwe adres wordt wim.peters@nieuwpost.example.

Polisnummer: ZV-0038817-2

Met vriendelijke groet,
Wim Peters"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Daan Hendriks <daanhendriks2004@gamemail.example>",
         to="support@pixelforge-games.example",
         subject="Re: [Ticket #771203] Geen verificatiecode ontvangen",
         body="""\
Hoi Kevin,

Thanks voor je snelle reactie, de antwoorden staan hieronder tussen je vragen.

> 1. Naar welk telefoonnummer zou de code moeten worden verstuurd?

Naar mijn oude nummer, dat eindigt op 41. Dat heb ik niet meer, ik heb sinds twee weken een nieuw abonnement met een nummer dat eindigt op 07.

> 2. Heeft u nog toegang tot het e-mailadres dat aan het account gekoppeld is?

Ja, dit adres. Jullie mails komen hier gewoon binnen.

> 3. Kunt u de gebruikersnaam en de datum van uw laatste aankoop doorgeven?

Gebruikersnaam DaanTheDragon. Laatste aankoop was de Winter Pass op 21 november, € 9,99.

Ik kom dus niet in mijn account op de pc omdat hij steeds om de sms-code vraagt. Kan de tweestapsverificatie naar mijn nieuwe nummer of naar mijn mail?

Groetjes,
Daan"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Jolanda Kuipers <j.kuipers@vermeulen-advocaten.example>",
         to="support@dossierkluis.example",
         subject="Account oud-medewerker blokkeren en dossiers overzetten",
         body="""\
Geachte heer, mevrouw,

Per 1 december is onze juridisch secretaresse, mevrouw A. de Ruiter, uit dienst getreden. Haar account (a.deruiter@vermeulen-advocaten.example) is in DossierKluis nog actief. Haar laptop heeft zij ingeleverd, maar ik wil voorkomen dat zij thuis nog kan inloggen.

Als beheerder kan ik haar account wel deactiveren, maar dan krijg ik de melding dat er nog 37 dossiers aan haar gekoppeld zijn die eerst moeten worden overgedragen. De knop "Overdragen" geeft bij mij foutcode 403.

Zou u het volgende kunnen doen:
1. haar account per direct blokkeren;
2. de 37 dossiers overzetten naar haar opvolger, de heer T. Bos (t.bos@vermeulen-advocaten.example), die op 14 december begint?

Met vriendelijke groet,

Jolanda Kuipers
Office manager
Vermeulen Advocaten
Postbus 2210, 6802 CE Arnhem"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Bram Koster <bramkoster@telemail.example>",
         to="help@ticketpoort.example",
         subject="Account geblokkeerd, concert VANAVOND",
         body="""\
Kan niet inloggen, krijg "account tijdelijk geblokkeerd". Mail om wachtwoord te resetten komt niet aan (ook niet in spam). Mijn 4 tickets voor De Kraaien vanavond 20.00 uur in Rotterdam staan alleen in de app. Help aub!!

Bram Koster, 06-55 31 20 84
Bestelnr. TP-5590213

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Henk Willemsen <inkoop@vuurwerkwillemsen.example>",
         to="orders@pyrogroothandel.example",
         subject="Aanvulling bestelling 2026-1187 + leverdatum",
         body="""\
Goedemorgen Marco,

Zoals telefonisch besproken wil ik bestelling 2026-1187 nog aanvullen met:

- 40 dozen matten 1000 klappers (art. 30210)
- 25 stuks cakebox "Vulkaan" 100 schoten (art. 41877)
- 12 dozen grondbloemen (art. 20455), die waren vorig jaar binnen een dag op
- 60 pakjes aansteeklonten

Vorig jaar ontplofte de vraag na de 28e letterlijk, dus liefst alles ruim op tijd binnen. Kunnen jullie op maandag 21 december tussen 7.00 en 10.00 uur leveren? Onze bunker heeft een vergunning voor 1.000 kg netto explosieve massa, daar blijven we met deze aanvulling ruim onder.

Graag ook de veiligheidsinformatiebladen van de nieuwe artikelen meesturen, de brandweer komt volgende week voor de jaarlijkse controle van de opslag.

Met vriendelijke groet,
Henk Willemsen
Vuurwerk Willemsen, Tiel"""),

    dict(n=19, signals="-", priority="low", trap="compliance", qt=0, reply=0,
         frm="Nadia El Amrani <n.elamrani@zorggroep-delinde.example>",
         to="accountmanagement@planzorg.example",
         subject="Vragenlijst informatiebeveiliging i.v.m. verlenging contract 2027",
         body="""\
Beste heer Dijkstra,

Ons contract voor PlanZorg loopt op 31 maart 2027 af. Voordat wij kunnen verlengen, wil onze Functionaris Gegevensbescherming antwoord op de volgende punten. Sinds onze laatste NEN 7510-audit leggen wij dit voor al onze leveranciers vast.

1. Worden cliëntgegevens versleuteld opgeslagen en verstuurd?
2. Hoe en binnen welke termijn informeert u ons bij een datalek of een hack?
3. Ondersteunt u tweestapsverificatie voor alle medewerkers, ook in de app?
4. Welk wachtwoordbeleid hanteert u (minimale lengte, blokkade na mislukte pogingen)?
5. Wat is uw gegarandeerde beschikbaarheid en hoeveel storingen waren er in 2026?
6. Krijgen wij bij tussentijdse opzegging het vooruitbetaalde jaarbedrag naar rato terug?

Wij ontvangen uw antwoorden graag vóór 15 januari, bij voorkeur met de bijbehorende certificaten.

Met vriendelijke groet,

Nadia El Amrani
Adviseur informatiemanagement
Zorggroep De Linde, thuiszorg in de Betuwe
T 0344-700 215

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Zorggroep De Linde aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit onvolledige of vertraagde overbrenging van dit bericht."""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Marieke Bosman <marieke.bosman@familiepost.example>",
         to="abonnementen@dagbladvanhetoosten.example",
         subject="Opzegging abonnement na overlijden dhr. J.H. Bosman",
         body="""\
Geachte heer, mevrouw,

Op 19 november is mijn vader, de heer J.H. Bosman, overleden. Hij had een abonnement op de papieren krant en de digitale editie (abonneenummer 300 481 226). Als zijn dochter en executeur handel ik zijn zaken af.

Ik wil het abonnement graag per 1 januari beëindigen en zijn online account laten verwijderen. Mijn moeder leest de krant tot het eind van het jaar nog graag, daarom niet eerder.

Zijn bankrekening is na het overlijden door de bank geblokkeerd, dus de incasso voor december zal niet lukken. Wilt u de laatste factuur naar mij sturen? Dan maak ik het bedrag over vanaf mijn eigen rekening.

Een kopie van de akte van overlijden zit als bijlage bij deze mail.

Met vriendelijke groet,

Marieke Bosman
Deventer"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Robert van Leeuwen <rvanleeuwen@snelpost.example>",
         to="klachten@autohuurdirect.example",
         subject="Wat een ramp, die huurauto op Schiphol",
         body="""\
Geachte klantenservice,

Ik ben zelden zo kwaad geweest. Zaterdag hebben we op Schiphol een Škoda Octavia opgehaald (reservering AHD-662041) en die auto was een regelrechte nachtmerrie: de asbak vol peuken, hondenharen over de hele achterbank, een half opgegeten broodje in het portiervak en een stank om dood aan te gaan. Mijn vrouw wilde er eerst niet eens in.

Toen ik terugliep naar de balie zei uw medewerker letterlijk: "Dan zet u toch een raampje open." Geen excuus, niets. Uiteindelijk hebben we hem bij een tankstation zelf maar uitgezogen. Ik was al kapot van de nachtvlucht en dit heeft de eerste avond van onze vakantie compleet om zeep geholpen.

Ik wil dat dit bij de vestigingsmanager op Schiphol terechtkomt. Schandalig gewoon.

R. van Leeuwen"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Yvonne Claassen <yvonne.claassen@posthuis.example>",
         to="klantenservice@bibliotheekrivierenland.example",
         subject="Re: Uw account is weer actief",
         body="""\
Hallo Ineke,

Top, het lukt weer! Ik heb net twee e-books geleend. Dank voor de snelle hulp.

Nog een vraagje: is de vestiging in Culemborg tussen kerst en oud en nieuw open?

Groetjes,
Yvonne

Op di 1 dec 2026 om 14:22 schreef Klantenservice Bibliotheek Rivierenland <klantenservice@bibliotheekrivierenland.example>:

> Beste mevrouw Claassen,
>
> Uw account was geblokkeerd na te veel mislukte inlogpogingen. We hebben de
> blokkade opgeheven en uw wachtwoord gereset; u kunt inloggen met het
> tijdelijke wachtwoord dat u per sms heeft ontvangen.
>
> Met vriendelijke groet,
> Ineke
>
> > Ik kan al drie dagen niet inloggen in de app, ik krijg steeds de melding
> > dat mijn account geblokkeerd is. Mijn pasnummer is 2104 8871 33."""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Anouk Jacobs <anouk.jacobs@mijnpost.example>",
         to="klantenservice@belmobiel.example",
         subject="Re: Opzegging abonnement - NOG STEEDS afgeschreven",
         body="""\
Dit is nu mijn DERDE mail en ik heb nog steeds geen enkele reactie gehad, alleen een automatisch ticketnummer. Op 1 december is er wéér € 34,50 van mijn rekening gehaald. Dat is nu drie keer na mijn opzegging, samen € 103,50.

Ik wil dat geld deze week terug en een schriftelijke bevestiging dat het abonnement beëindigd is. Anders laat ik de incasso's via mijn bank terugboeken en dien ik een klacht in bij de Geschillencommissie.

Anouk Jacobs
Klantnummer 7710 2258

Op 17 nov. 2026, om 19:48 heeft Anouk Jacobs <anouk.jacobs@mijnpost.example> het volgende geschreven:

> Ik heb u op 3 november al gemaild. Mijn abonnement is per 30 september
> opgezegd (de bevestiging met kenmerk OPZ-44102 heb ik nog), maar op
> 1 oktober en 1 november is er toch € 34,50 afgeschreven. Graag terugstorten.
>
>> Op 3 nov. 2026, om 08:15 heeft Anouk Jacobs het volgende geschreven:
>>
>> Beste Belmobiel, ondanks mijn opzegging per 30 september is er in oktober
>> en november nog € 34,50 afgeschreven. Wilt u de incasso stoppen en het
>> geld terugstorten?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Erik Vos <e.vos@csg-dewaterlinie.example>",
         to="support@leerplein.example",
         subject="Leerlingen en docenten kunnen niet inloggen met schoolaccount - toetsweek",
         body="""\
Goedemorgen,

Sinds vanochtend 7.30 uur kan bij ons niemand meer inloggen op Leerplein via de knop "Inloggen met schoolaccount". Na het invullen van het wachtwoord komt men gewoon weer op het inlogscherm uit, zonder foutmelding. Het gaat om al onze ruim 1.100 leerlingen en 86 docenten op beide locaties. Gisteravond heeft onze ICT-partner de certificaten van onze Microsoft-omgeving vernieuwd, misschien heeft het daarmee te maken.

Vandaag is de eerste dag van de toetsweek. De digitale toetsen voor havo 4 en vwo 5 (zo'n 340 leerlingen) staan om 10.15 uur klaar in Leerplein. Lukt het niet voor die tijd, dan moeten we alle toetsen van vandaag verschuiven.

Inloggen met een los Leerplein-wachtwoord (alleen voor beheerders) lukt wel, de omgeving zelf is dus bereikbaar.

Kunt u met spoed contact opnemen met mij of met onze ICT-partner (Dennis, 030-711 20 44)?

Met vriendelijke groet,

Erik Vos
Applicatiebeheerder, CSG De Waterlinie"""),
]
