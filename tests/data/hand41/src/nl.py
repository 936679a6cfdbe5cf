# blind42 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Verschuren <m.verschuren@kpnmail.example>",
         to="service@fietsenhuisdebrug.example",
         subject="Paar dingetjes met mijn E-Comfort 500",
         body="""\
Hallo,

In september heb ik bij jullie een E-Comfort 500 gekocht (bonnummer 2026-0914-33). Een paar dingen:

- de bel rammelt, niet zo'n punt
- het achterspatbord zit een beetje scheef en schuurt soms tegen de band
- gisteravond stond de accu in de gang aan de lader en rond elf uur rook het ineens naar gesmolten plastic. De accu was zo heet dat ik hem niet vast kon houden, er kwam grijze damp uit de onderkant en de lader is aan één kant bruin verkleurd. Ik heb de stekker eruit getrokken en het ding met een ovenwant buiten op de tegels gelegd. Daar ligt hij nu nog.

Mijn vrouw wil de fiets niet meer in huis hebben en eerlijk gezegd ik ook niet. Wat moet ik met die accu, en kunnen jullie hem komen ophalen? Ik durf hem niet in de auto te leggen.

Groet,
Marco Verschuren
Lindelaan 14, Woerden
06-41 27 83 90"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@ziggo.example>",
         to="klantenservice@verspakket.example",
         subject="Box van dinsdag 8 december, recept Thaise curry",
         body="""\
Beste klantenservice,

Onze dochter Fleur (7) heeft een notenallergie. Daarom bestellen we al twee jaar bij jullie en kiezen we altijd recepten met het label "notenvrij". De Thaise curry uit de box van gisteren had dat label ook.

Na een paar happen begon ze te hoesten, kreeg ze dikke lippen en rode vlekken in haar nek. We hebben haar adrenalinepen gebruikt en zijn met de ambulance naar het Gelre gegaan, waar ze vannacht ter observatie is gebleven. Gelukkig gaat het nu weer goed met haar.

Op het zakje currypasta staat in kleine letters "bevat: cashewnoten". Op de receptkaart en in de app staat nergens iets over noten.

Ik wil graag weten hoe dit kan, en of andere gezinnen dezelfde pasta hebben gekregen. Het zakje en de receptkaart heb ik bewaard, partijnummer L2611-48.

Met vriendelijke groet,
Sanne de Wit
Apeldoorn
Klantnummer 558120"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="terse", qt=0, reply=0,
         frm="Henk Brouwer <henkbrouwer1958@hotmail.example>",
         to="klantenservice@rivierbank.example",
         subject="dringend: afschrijvingen die ik niet gedaan heb",
         body="""\
Goedemiddag,
Vanochtend belde iemand van 'jullie afdeling beveiliging', ik moest een app installeren om mijn rekening te beschermen. Nu zie ik 3 overboekingen naar een rekening die ik niet ken, samen 4.870 euro. Mijn rekening is NL12 RIVB 0345 6789 01. Ik kom telefonisch niet door, wat moet ik doen??
H. Brouwer

Verstuurd vanaf mijn iPhone"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Annemiek Hoogland <a.hoogland@planet.example>",
         to="service@zorgdirect.example",
         subject="Mijn Zorgdirect toont gegevens van andere verzekerden",
         body="""\
Geachte heer/mevrouw,

Toen ik vanavond in Mijn Zorgdirect inlogde om een declaratie van de fysiotherapeut te controleren, kwam ik niet in mijn eigen overzicht terecht maar in dat van een mij onbekende meneer uit Zwolle. Ik zag zijn naam, geboortedatum, BSN, adres en een lijst met declaraties, onder meer van een psychiater en een apotheek. Na opnieuw inloggen kreeg ik het overzicht van weer iemand anders, een mevrouw uit Kampen.

Ik heb verder niets aangeklikt en ben direct uitgelogd. Mijn eigen gegevens heb ik niet meer te zien gekregen. Ik ga er dus van uit dat op dit moment ook anderen mijn medische declaraties kunnen inzien.

Ik hoor graag zo snel mogelijk wat u hieraan doet, en of u dit meldt bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,
A. Hoogland
Relatienummer 401 778 392"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dennis van Leeuwen <d.vanleeuwen@logistiekmoerdijk.example>",
         to="servicedesk@wmsplus.example",
         subject="URGENT: niemand kan inloggen op de handscanners na wachtwoordwijziging",
         body="""\
Goedemorgen,

Na de geforceerde wachtwoordwijziging die vannacht vanuit jullie portaal is doorgevoerd, kan geen enkele medewerker meer inloggen op de handscanners. Bij elke poging krijgen we "Gebruiker onbekend of wachtwoord onjuist", ook met het nieuwe wachtwoord en ook met mijn eigen beheerdersaccount. De resetmail komt niet aan.

Gevolg: de orderpick in hal 2 en 3 ligt sinds 06:00 volledig stil. Er staan 38 orderpickers te wachten en om 14:00 moeten de eerste vier vrachtwagens naar de supermarkten vertrekken.

Graag per direct iemand die meekijkt. Ik ben bereikbaar op 0168-44 72 10 of 06-51 90 33 27.

Met vriendelijke groet,

Dennis van Leeuwen
Teamleider Operations
Logistiek Centrum Moerdijk B.V.
Havenweg 12 | 4782 PZ Moerdijk
T +31 (0)168 44 72 00

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Indien u dit bericht ten onrechte heeft ontvangen, verzoeken wij u de afzender daarvan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Yvonne Kramer <balie@tandartsoosterpark.example>",
         to="support@dentasoft.example",
         subject="Dossiers blijven laden, wachtkamer zit vol",
         body="""\
Goedemorgen,

Sinds we om half acht de computers hebben aangezet, blijft DentaPlan bij het openen van een patiëntdossier hangen op "gegevens ophalen...". Dat gebeurt op alle zes werkplekken, ook op de pc's in de behandelkamers. De pc's en de server hebben we al opnieuw opgestart.

Vandaag werken hier 3 tandartsen en een mondhygiënist en er zitten al patiënten in de wachtkamer. Zonder dossier zien we geen röntgenfoto's, geen medicatie en geen behandelplan, dus we kunnen niemand behandelen. De agenda gaat ook niet open, dus we weten niet eens wie er vandaag nog komt.

Kunnen jullie ons zo snel mogelijk terugbellen op 020-555 31 88?

Met vriendelijke groet,

Yvonne Kramer
Praktijkmanager
Tandartspraktijk Oosterpark
Klantnummer DP-20418"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Priya Ramdin <priya.ramdin@gmail.example>",
         to="klantenservice@glasnet.example",
         subject="geen internet en tv sinds gisteren",
         body="""\
Hoi,
Sinds gistermiddag geen internet en geen tv meer. Lampje op het modem knippert rood, modem en kastje al 3x opnieuw opgestart, kabels gecheckt. Ik werk thuis en kan nu helemaal niks, zit nu met mijn laptop in de bieb. Kan er morgen een monteur komen?
Klantnummer 7781 2290, Javastraat 88 Den Haag
Priya

Verzonden vanaf mijn Samsung Galaxy"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Joost Mulder <joostmulder@xs4all.example>",
         to="help@kijkbox.example",
         subject="App op Samsung-tv geeft foutcode K-204",
         body="""\
Hallo Kijkbox,

Sinds de update van vorige week start jullie app op onze Samsung-tv niet meer op: na het logo verschijnt foutcode K-204 en dan springt hij terug naar het startscherm. App verwijderd en opnieuw geïnstalleerd, tv teruggezet naar fabrieksinstellingen... allemaal geprobeerd.

Op de telefoon en de laptop doet alles het prima, en via Chromecast krijgen we het ook op de tv, dus we zitten niet zonder. Maar het is wel onhandig, en mijn schoonmoeder die hier vaak oppast snapt dat casten niet.

Tv: Samsung UE55, uit 2021. Abonnement op naam van J. Mulder.

Groetjes,
Joost"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Els Vermeulen <els.vermeulen@telenet.example>",
         to="info@sportcentrumdeschans.example",
         subject="App traag bij reserveren",
         body="""\
Dag,

Ik wil even laten weten dat de app om lessen te reserveren de laatste weken nogal traag is. Soms duurt het een halve minuut voor het lesrooster verschijnt, en af en toe moet ik het twee keer proberen. Uiteindelijk lukt het wel altijd, dus het is geen drama, maar misschien is het nuttig om te weten.

Verder ben ik heel tevreden over de nieuwe spinningzaal!

Met vriendelijke groeten,
Els Vermeulen
Lidnummer 20-4471"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Gerard Smits <g.smits@casema.example>",
         to="klantenservice@groenstroomnederland.example",
         subject="Vraag over mijn jaarafrekening",
         body="""\
Geachte heer, mevrouw,

Gisteren ontving ik mijn jaarafrekening over 2026 (klantnummer 30022817). Alles lijkt in orde, maar ik heb een vraag over één regel. Onder "Netbeheerkosten" staat een bedrag van € 412,56, terwijl dat vorig jaar € 356,10 was. Mijn verbruik is juist iets gedaald.

Zou u mij kunnen uitleggen waar dit verschil vandaan komt? En is het mogelijk de afrekening voortaan ook per post te ontvangen? Op het scherm vind ik hem wat lastig te lezen.

Bij voorbaat hartelijk dank.

Met vriendelijke groet,
G. Smits
Meidoornstraat 7
6532 BK Nijmegen"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Tomasz Nowak <tomasz.nowak88@wp.example>",
         to="service@werkschoenendirect.example",
         subject="2 keer betaalt voor bestelling 100488213",
         body="""\
Goedendag,

Ik heb op 3 december een bestelling gedaan bij jullie webshop, nummer 100488213, werkschoenen maat 44 voor € 89,95. Bij het betalen met iDEAL ik kreeg een foutmelding en daarom ik heb nog een keer betaalt. Nu zie ik op mijn bankrekening dat twee keer de € 89,95 is afgeschreven, maar ik heb maar één bestelling en één pakket gekregen.

Kunnen jullie de ene betaling terug storten? Ik heb afschrift van de bank als jullie het nodig hebben.

Bedankt en groeten,
Tomasz Nowak"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Lotte Janssen <lotte.janssen@outlook.example>",
         to="refunds@hollandairways.example",
         subject="Re: [Zaaknummer HA-8823104] Uw verzoek tot terugbetaling",
         body="""\
Hallo,

Het is nu ruim zes weken geleden dat ik onderstaande bevestiging kreeg, en er is nog steeds niets op mijn rekening bijgeschreven. Het gaat om € 638,40 voor twee retourtickets Amsterdam-Lissabon (vlucht HA 1427 van 14 oktober, door jullie geannuleerd). Kunnen jullie nagaan waar de terugbetaling blijft?

Groet,
Lotte Janssen

Op wo 21 okt. 2026 om 10:14 schreef Holland Airways Klantenservice <refunds@hollandairways.example>:
> Beste mevrouw Janssen,
> Wij hebben uw verzoek tot terugbetaling in goede orde ontvangen. Het bedrag van
> € 638,40 wordt binnen 14 werkdagen teruggestort op de rekening waarmee u heeft betaald.
> Met vriendelijke groet,
> Holland Airways Klantenservice"""),

    dict(n=13, signals="payment", priority="high", trap="forward", qt=0, reply=0,
         frm="Ruud Bakker <ruud@bakkerijbakker.example>",
         to="support@loonwerkonline.example",
         subject="Fwd: Batchbetaling salarissen november afgewezen",
         body="""\
Hallo,

Zie hieronder, dit kreeg ik vanochtend van de bank. In jullie portaal staan de salarissen van november als "verzonden", maar er is niets uitbetaald. Mijn vier medewerkers hebben vandaag niks ontvangen en twee van hen moeten morgen hun huur betalen. Kunnen jullie het bestand opnieuw aanmaken? Ik sta de hele dag in de winkel, bel me op 06-22 81 40 57.

Ruud Bakker
Bakkerij Bakker, Dorpsstraat 3, Nieuw-Vennep

---------- Doorgestuurd bericht ---------
Van: Polderbank Zakelijk <noreply@polderbank.example>
Datum: wo 2 dec. 2026 om 07:02
Onderwerp: Batchbetaling salarissen november afgewezen
Aan: <ruud@bakkerijbakker.example>

Geachte relatie,

Uw batchbetaling "SAL-2026-11" (4 posten, totaal € 9.214,37) kon niet worden uitgevoerd. Reden: ongeldig bestandsformaat (regel 1: onbekende tegenrekening). Dien de opdracht opnieuw in.

Met vriendelijke groet,
Polderbank Zakelijk"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bram Hendriks <bram.hendriks@gmail.example>",
         to="support@tixplaza.example",
         subject="E-mailadres van mijn account wijzigen",
         body="""\
Hoi,

Mijn account bij jullie staat nog op mijn oude werkmail, maar daar vertrek ik binnenkort. Hoe kan ik het e-mailadres waarmee ik inlog veranderen in dit adres? Bij "Mijn gegevens" kan ik alleen mijn telefoonnummer aanpassen. Ik heb nog tickets voor een concert in maart staan, die wil ik natuurlijk niet kwijtraken.

Groetjes,
Bram Hendriks"""),

    dict(n=15, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Wilma Postma <w.postma@home.example>",
         to="klantenservice@fleetwiselease.example",
         subject="Re: Uw vraag over inloggen (ticket 55-201873)",
         body="""\
Goedemiddag mevrouw Dekker,

Dank voor uw snelle reactie. Mijn antwoorden staan hieronder tussen uw vragen.

Op do 3 dec. 2026 om 11:32 schreef Fleetwise Klantenservice <klantenservice@fleetwiselease.example>:
> 1. Op welk telefoonnummer verwacht u de sms-code?
Op 06-38 77 12 04. Dat is mijn nieuwe nummer sinds oktober, ik heb het toen via het contactformulier doorgegeven.

> 2. Ontvangt u wel sms'jes van andere afzenders?
Ja, gewoon.

> 3. Welke melding ziet u in de app?
"De code is verstuurd", maar er komt niets. Na drie keer opnieuw aanvragen staat er dat ik een uur moet wachten.

Ik wil in de app mijn kilometerstand doorgeven en een ruitschade melden. Dat heeft niet heel veel haast, maar ik kom nu al twee weken niet in mijn account.

Met vriendelijke groet,
Wilma Postma
Contractnummer FL-7702118"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="mr. P.J. Vos <pj.vos@vosendekoning.example>",
         to="support@juridox.example",
         subject="Gebruikersbeheer: account mevr. El Amrani intrekken en uitnodiging nieuwe collega",
         body="""\
Geachte heer, mevrouw,

Per 1 december is onze secretaresse, mevrouw S. El Amrani, uit dienst getreden. Wij verzoeken u haar gebruikersaccount (s.elamrani@vosendekoning.example) te deactiveren.

Daarnaast is onze nieuwe juridisch medewerker, de heer T. Bosman, vorige week als gebruiker toegevoegd. De uitnodigingslink die hij ontving is volgens het systeem verlopen, en in de beheeromgeving kan ik geen nieuwe uitnodiging versturen: de knop is grijs. Hij werkt nu noodgedwongen via mijn account, wat wij uiteraard onwenselijk vinden.

Ik verneem graag wanneer beide zaken geregeld zijn.

Met vriendelijke groet,

mr. P.J. Vos
Advocaat | Partner
Vos & De Koning Advocaten
Keizersgracht 418, 1016 GC Amsterdam
T 020 555 71 40

Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Indien dit bericht niet voor u bestemd is, wordt u verzocht de afzender direct te informeren en het bericht te vernietigen. Gebruik, openbaarmaking, vermenigvuldiging of verspreiding van dit bericht door anderen dan de geadresseerde is niet toegestaan. Op al onze diensten zijn onze algemene voorwaarden van toepassing, gedeponeerd bij de griffie van de rechtbank Amsterdam."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia Boukhari <nadia.boukhari@live.example>",
         to="helpdesk@woonnetregio.example",
         subject="Account geblokkeerd, moet vandaag reageren op woning!!",
         body="""\
Hallo,

Gisteravond kreeg ik een mail dat ik op nummer 1 sta voor de woning aan de Ribesstraat 21 in Utrecht (advertentie 221-0457) en dat ik vóór vandaag 17:00 in mijn account moet accepteren. Maar ik kom er niet in. Ik heb volgens mij een oud wachtwoord ingetikt en na drie keer staat er "Uw account is tijdelijk geblokkeerd". De resetlink die ik aanvraag komt niet binnen, ook niet in mijn spam.

Ik sta al negen jaar ingeschreven en woon nu met mijn twee kinderen bij mijn moeder in. Als ik deze woning hierdoor mis, weet ik het echt niet meer. Kunnen jullie mijn account vrijgeven of mijn reactie voor mij vastleggen?

Inschrijfnummer 0034 7719 21
Nadia Boukhari
06-14 52 98 70"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Frank Dijkstra <frank.dijkstra@hetnet.example>",
         to="bezorging@wonenplus.example",
         subject="Bezorgdatum hoekbank verzetten",
         body="""\
Goedemiddag,

Op vrijdag 18 december zouden jullie onze nieuwe hoekbank bezorgen (order 77-310945). Helaas moet ik dat verzetten. Ik heb zondag bij het zaalvoetbal mijn enkel gebroken, lag tot gisteren in het ziekenhuis en zit nu voorlopig met gips op de bank. De oude, gelukkig, die staat nog niet bij het grofvuil. Mijn vrouw moet die vrijdag werken en ik kom met krukken de trap van ons appartement op de tweede verdieping nauwelijks af, laat staan dat ik de bezorgers kan helpen.

Zou het in de week van 11 januari kunnen? Het liefst op een dinsdag of donderdag.

Met vriendelijke groet,
Frank Dijkstra
Spaarnwouderstraat 102-2, Haarlem"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Mirjam Schouten <mirjam@schoutenadvies.example>",
         to="info@ontsnaputrecht.example",
         subject="Bedankt voor vrijdagavond!",
         body="""\
Hoi allemaal,

Even een berichtje namens ons team van zeven: wat een avond! We hadden "De Gifmengster" geboekt als afdelingsuitje en het was echt een schot in de roos. In de eerste kamer gingen we al bijna dood van het lachen om Peter, die het lijk in de kist probeerde te fouilleren, en bij het gifkastje zaten we twintig minuten muurvast. Met nog 1 minuut en 40 seconden op de klok waren we eruit, dus we zijn net niet allemaal vergiftigd ;-)

Complimenten ook voor jullie spelleider Daan, die ons precies op het goede moment een hint gaf zonder de moordenaar te verklappen.

We komen zeker terug voor "Inbraak in de kluis". Klopt het dat we dan weer met groepskorting kunnen boeken?

Hartelijke groet,
Mirjam Schouten
Schouten Advies"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Kees van den Berg <kees.vdberg@zonnet.example>",
         to="info@dierenkliniekdelinde.example",
         subject="Wachtwoord pdf bloeduitslag Minoes?",
         body="""\
Beste mevrouw Visser,

Dank voor het mailen van de uitslag van het bloedonderzoek van onze kat Minoes. Alleen krijg ik het bestand niet open: de pdf vraagt om een wachtwoord. Ik heb mijn postcode, mijn geboortedatum en het chipnummer van Minoes geprobeerd, maar hij blijft "onjuist wachtwoord" zeggen. Op de computer van mijn zoon liep ik ook vast.

Welk wachtwoord moet ik gebruiken? Of kunt u hem gewoon zonder beveiliging sturen? Het is tenslotte maar de uitslag van een kat. Ik wil vooral weten hoe het met haar nierwaarden zit voordat we donderdag terugkomen.

Groet,
Kees van den Berg"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Rick Smulders <rick.smulders@online.example>",
         to="info@vuurwerkexpress.example",
         subject="Vraagje over Inferno XL en rookpotten",
         body="""\
Hallo,

Ik wil dit jaar bij jullie het "Inferno XL"-pakket bestellen (de doos met de twee cakes van 100 schoten en de grote vuurpijlen), plus een paar rookpotten voor de foto's. Twee vragen voordat ik bestel:

1. Hoe lang branden die rookpotten ongeveer? Vorig jaar hadden we ze van een ander merk en die waren na een halve minuut al uitgerookt.
2. Onze gemeente twijfelt nog over een vuurwerkverbod in onze wijk. Als dat er komt nadat ik besteld heb, krijg ik dan mijn geld terug, of kan ik de bestelling dan ergens anders afhalen?

Vorig jaar was het bij ons in de straat rond twaalf uur één grote knal, dus de buren rekenen weer op ons haha.

Groeten,
Rick Smulders
Tilburg"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ingrid Veldman <ingrid@tuincentrumveldman.example>",
         to="support@kassapro.example",
         subject="Re: Kassa's blijven hangen bij opstarten [#40922]",
         body="""\
Hoi Martijn,

Alles doet het weer, ook de koppeling met de pinautomaten. Dank voor het snelle schakelen!

Nog één vraagje, geen haast: kunnen we kassabonnen ook per e-mail naar klanten sturen? Een paar vaste klanten vragen daar om.

Groet,
Ingrid

Op za 5 dec. 2026 om 10:41 schreef Martijn | KassaPro Support <support@kassapro.example>:
> Hoi Ingrid, we hebben een fout in de laatste update gevonden en zetten nu een herstel klaar.
> Kun je over tien minuten alle kassa's opnieuw opstarten?
> Op za 5 dec. 2026 om 09:58 schreef Ingrid Veldman <ingrid@tuincentrumveldman.example>:
> > Alle drie de kassa's blijven hangen op het opstartscherm, we kunnen niemand afrekenen en
> > het is de drukste zaterdag voor de kerstbomen. De rij staat tot op de parkeerplaats.
> > Graag z.s.m. bellen: 0299-41 22 80."""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Karin Looman <karin.looman@kpnplanet.example>",
         to="klantenservice@snelpost.example",
         subject="Re: Re: Schadeclaim zending 3SNP40028817 - DERDE KEER",
         body="""\
Dit is nu de DERDE keer dat ik mail en ik heb nog steeds niets gehoord. Geen antwoord, geen vergoeding, alleen automatische berichtjes. Ik wil binnen 5 werkdagen de € 349 op mijn rekening, anders stap ik naar de Geschillencommissie en zet ik dit hele verhaal op Facebook.

Karin Looman

Op di 24 nov. 2026 om 20:03 schreef Karin Looman <karin.looman@kpnplanet.example>:
> Twee weken verder en nog steeds geen reactie op mijn claim. Ik heb alle bewijzen gestuurd
> die jullie vroegen. Wanneer wordt de € 349 nu eindelijk vergoed?
> Op ma 9 nov. 2026 om 14:26 schreef Karin Looman <karin.looman@kpnplanet.example>:
> > Mijn verzekerde pakket (3SNP40028817, een koptelefoon van € 349) is volgens jullie track
> > & trace op 2 november "bezorgd bij de buren", maar geen van mijn buren heeft iets
> > ontvangen. Ik heb de schadeclaim ingediend via het formulier en de aankoopfactuur
> > bijgevoegd. Graag de vergoeding van € 349 op NL44 TRIO 0198 7654 32."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Hans Koster <h.koster@obsdewaaier.example>",
         to="support@schoolportaal.example",
         subject="Oudergesprekken: bevestigingsmails blijven in de wachtrij",
         body="""\
Beste support,

Ik ben ICT-coördinator van OBS De Waaier in Zwolle en ben alvast de tienminutengesprekken van eind januari aan het klaarzetten in het ouderportaal. Het inschrijven zelf lukt (getest met een testouder), maar de bevestigingsmail naar ouders gaat de deur niet uit: in het logboek staat bij elke mail "in wachtrij", ook na een dag.

De inschrijving gaat pas op 11 januari open voor ouders, dus we hebben nog even. Ik zou het wel graag vóór de kerstvakantie opgelost hebben, zodat ik er in januari niet nog achteraan hoef.

Met vriendelijke groet,
Hans Koster
ICT-coördinator OBS De Waaier
Dijkstraat 40, Zwolle"""),
]
