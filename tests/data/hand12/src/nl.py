# blind13 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gerda Veenstra <gerda.veenstra@kpnpost.example>",
         to="klantenservice@hoorhuis-noord.example",
         subject="Oplaadcassette van mijn hoortoestellen",
         body="""\
Goedemiddag,

Vannacht werd ik wakker van een sissend geluid op mijn nachtkastje. Het kwam uit de oplaadcassette van mijn hoortoestellen (Clara 3R, gekocht bij uw filiaal in Leeuwarden in november). Het deksel stond bol, er kwam een scherpe chemische lucht uit en de cassette was zo heet dat ik hem met een theedoek uit het stopcontact heb moeten trekken. Het linker hoortoestel zat er nog in; de behuizing daarvan is aan één kant vervormd.

Ik durf de cassette niet meer te gebruiken en heb hem buiten op het balkon gezet. Mijn man heeft precies hetzelfde setje naast zijn bed staan. Wat moeten wij nu doen?

Met vriendelijke groet,
Gerda Veenstra
06-12345678"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ruud van Beek <ruud@vanbeek-thuis.example>",
         to="service@blauwwater-zwembadonderhoud.example",
         subject="Na jullie onderhoudsbeurt van gisteren",
         body="""\
Hallo,

Gisteren rond 16.00 uur is jullie monteur geweest voor de maandelijkse beurt van ons zwembad in de tuin. Een uur later gingen onze dochters (6 en 9) het water in. Na tien minuten klaagden ze allebei dat hun ogen prikten en dat ze duizelig waren. De jongste heeft daarna twee keer overgegeven en de oudste hoest vanochtend nog steeds droog. Het water rook zo sterk naar chloor dat je het bij de achterdeur al rook, en mijn teststrip kleurde donkerpaars, voorbij het einde van de schaal.

We zijn vanochtend bij de huisarts geweest. Op de werkbon staat alleen 'extra behandeling' zonder hoeveelheid. Hoeveel is er precies in het water gegaan, en wat moeten we nu met het bad doen?

Ruud van Beek"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="fraud", qt=0, reply=0,
         frm="Samira El Idrissi <samira.elidrissi@webpost.example>",
         to="support@geldnaarhuis.example",
         subject="Overboekingen die ik niet heb gedaan!!",
         body="""\
Goedenavond,

In mijn app zie ik vanavond drie overboekingen naar een ontvanger 'M. Kovač' in Servië: 250, 400 en 480 euro, allemaal tussen 19.02 en 19.10 uur. Die persoon ken ik niet en die overboekingen heb ik niet gedaan, ik zat op dat moment gewoon te eten. Vanmiddag kreeg ik wel een sms 'uw pakket ligt klaar, bevestig uw gegevens', maar daar heb ik volgens mij niet op gereageerd.

Mijn bank zegt dat ik bij jullie moet zijn. Kunnen jullie het geld terughalen en mijn account blokkeren? Er staat nu nog 36 euro op.

Samira El Idrissi
klantnummer GNH-448120"""),
    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Joost Hermans <joost.hermans@hermansfamilie.example>",
         to="info@klimbos-de-veluwetop.example",
         subject="Vraag over de lange tokkelbaan",
         body="""\
Beste medewerkers,

Is het normaal dat de katrol van de lange tokkelbaan (parcours Zwart) halverwege uit zijn geleiding schiet? Mijn zoon van 15 hing er zondagmiddag aan, en ongeveer op de helft hoorden we een harde knal. Daarna hing hij alleen nog aan de tweede lijn, is met een ruk een paar meter gezakt en met zijn rug tegen een boomstam geslingerd. Hij heeft een flinke blauwe plek en kon 's avonds moeilijk doorademen.

De begeleider zei dat het "gewoon een haperende katrol" was en heeft hem met een ladder eraf gehaald, maar het parcours bleef daarna gewoon open voor de volgende groep. Ik wil graag weten of jullie dit hebben laten nakijken.

Joost Hermans"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marieke Bos <m.bos@thuiszorg-deltazorg.example>",
         to="support@zorgplanner.example",
         subject="Wijkteams zien hun routes niet",
         body="""\
Goedemorgen,

Sinds 6.30 uur vanochtend zien onze 45 wijkverpleegkundigen in de app geen enkele cliënt meer op hun route: het scherm 'Mijn dag' blijft leeg. Er staan vandaag ruim 300 bezoeken gepland: insuline, wondzorg, mensen uit bed helpen. Op kantoor bellen we nu iedereen rond met lijsten die we uit de back-up van gisteren hebben geprint, maar de wijzigingen van vannacht zien we niet.

Graag zo snel mogelijk contact: 06-12345679 (Marieke, teamleider planning)."""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Henk Dijkstra <henk@slagerijdijkstra.example>",
         to="support@pinpunt-betaaldiensten.example",
         subject="Zaterdag, winkel vol, niemand kan pinnen",
         body="""\
Sinds 9.15 uur geven beide betaalautomaten in de winkel 'transactie geweigerd – geen verbinding host' bij élke kaart. Het is zaterdag, de rij staat tot buiten en de meeste klanten hebben geen contant geld bij zich. Ik schrijf nu alles op briefjes en laat mensen later betalen. Bel me alsjeblieft terug: 06-12345670.

Henk Dijkstra, Slagerij Dijkstra, Zwolle"""),
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ans Kuijpers <ans.kuijpers@zonnet-mail.example>",
         to="helpdesk@bibliotheek-online.example",
         subject="Kan mijn e-books niet meer lezen",
         body="""\
Hallo,
Sinds gisteren kan ik geen enkel geleend e-book meer openen in de app. Ik tik op de omslag, zie het rondje draaien en na een halve minuut sta ik weer in mijn boekenplank. Opnieuw installeren helpt niet. Mijn leesclub is donderdag en ik zit op de helft van het boek...
Groet, Ans"""),
    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Pieter de Wit <p.dewit@kantoorhuis-spaarne.example>",
         to="support@intercomdirect.example",
         subject="Geen beeld meer op intercom receptie",
         body="""\
Goedendag,

Sinds dinsdag hebben we bij de receptie van Kantoorhuis Spaarne geen camerabeeld meer op het binnenpaneel van de intercom; het scherm blijft zwart. Het geluid werkt wel en de deur gaat gewoon open met de knop, dus bezoekers komen binnen. Alleen zien we niet meer wie er aanbelt. Kan er deze week een monteur langskomen?

Met vriendelijke groet,
Pieter de Wit
Facilitair beheer"""),
    dict(n=9, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Daan Verhoeven <daanverhoeven@studmail.example>",
         to="help@stepscoot.example",
         subject="storing app? kan geen scooter ontgrendelen",
         body="""\
hoi, is er een storing? al een uur kan ik geen enkele scooter ontgrendelen, ik krijg steeds "Something went wrong, please try again later". geprobeerd bij 4 verschillende scooters op de Neude. moet om 10 uur op mijn werk zijn"""),
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Femke Jansen <femke.jansen@verhuismail.example>",
         to="klantenservice@dozenshop.example",
         subject="Twee keer afgeschreven voor bestelling 100238",
         body="""\
Goedemiddag,

Voor mijn bestelling 100238 (30 verhuisdozen en 2 rollen tape, € 68,40) is het bedrag twee keer van mijn rekening afgeschreven, op 11 en op 12 maart. Ik heb één pakket ontvangen. Willen jullie de dubbele betaling terugstorten op NL00 BANK 0123 4567 89?

Groet,
Femke Jansen"""),
    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Willem Hoekstra <w.hoekstra@seniorpost.example>",
         to="uitkeringen@pensioenfonds-horizon.example",
         subject="Pensioen maart niet ontvangen",
         body="""\
Geachte heer, mevrouw,

Mijn pensioen wordt altijd op de 23e van de maand bijgeschreven. Het is nu de 26e en ik heb voor maart niets ontvangen. In 'Mijn Pensioen' staat bij maart 'uitbetaald', maar op mijn rekening is niets binnengekomen. Ik heb niets gewijzigd aan mijn rekeningnummer.

Op de 1e moet mijn huur van € 812 betaald worden en daar heb ik dit geld echt voor nodig. Kunt u nagaan wat er is misgegaan?

Hoogachtend,
W. Hoekstra
Deelnemersnummer 3300-71-542"""),
    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Lotte Smeets <lotte.smeets@gezinsmail.example>",
         to="administratie@orthodontie-maaspoort.example",
         subject="Factuur klopt niet – afspraak was afgezegd",
         body="""\
Hallo,

Op de factuur van februari voor mijn zoon Sem (patiëntnummer 20931) staat een controle van 14 februari à € 38,70. Die afspraak hebben wij op 10 februari telefonisch afgezegd en hij is verzet naar 3 maart; die staat er ook op. Er wordt dus één controle te veel gerekend. Kunnen jullie een gecorrigeerde factuur sturen?

Groetjes,
Lotte Smeets"""),
    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bram Peeters <bram.peeters@laadpaalfan.example>",
         to="vragen@laadpasplus.example",
         subject="Wat is 'starttarief'?",
         body="""\
Hoi, puur uit nieuwsgierigheid: op mijn maandoverzicht staat bij elke laadsessie € 0,35 'starttarief'. Niks mis mee hoor, maar waar is dat precies voor?"""),
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Esther Mulder <esther.mulder@koffieliefhebber.example>",
         to="support@bonenbus.example",
         subject="Account geblokkeerd",
         body="""\
Hallo,
Ik wilde mijn volgende levering een week uitstellen, maar na twee keer een verkeerd wachtwoord staat mijn account op 'tijdelijk geblokkeerd' en de resetmail komt niet aan (ook niet in de spam). Mijn levering gaat vrijdag de deur uit. Kunnen jullie me helpen?
Esther Mulder"""),
    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Kees van Dongen <keesvandongen@planet-post.example>",
         to="app-support@apotheekdirect.example",
         subject="sms-code komt te laat",
         body="""\
Goedemiddag,

Is het normaal dat de inlogcode per sms pas na 20 tot 30 minuten binnenkomt, als hij allang verlopen is? Ik probeer sinds zaterdag in te loggen in de app om mijn herhaalrecept te bestellen, maar elke keer is de code al ongeldig als hij aankomt. Ik heb nu vijf codes op rij gehad die niet meer werkten.

Met vriendelijke groet,
K. van Dongen"""),
    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Naima Bouzid <naima.bouzid@nieuwadres.example>",
         to="support@taaltandem.example",
         subject="E-mailadres wijzigen mislukt, kan niet meer inloggen",
         body="""\
Hallo,

Ik heb vorige week in de app mijn e-mailadres veranderd van naima.b@oudadres.example naar dit adres. De bevestigingslink in de mail gaf 'link verlopen', en nu accepteert de app geen van beide adressen meer om in te loggen. Bij 'wachtwoord vergeten' krijg ik "onbekend e-mailadres". Al mijn gesprekken met mijn Spaanse taalpartner staan daarin. ¿Me pueden ayudar, por favor? (Sorry, gewoonte.)

Naima"""),
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Stijn Claes <stijn.claes@bierliefhebber.example>",
         to="webshop@brouwerij-de-drie-zwanen.example",
         subject="Tweestapsverificatie instellen",
         body="""\
Dag, hoe zet ik tweestapsverificatie aan voor mijn account in jullie webshop? Ik vind het niet onder 'Mijn gegevens'. Alvast bedankt!"""),
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Gerrit Koster <gerrit.koster@caravanmail.example>",
         to="reserveringen@camping-de-wadden.example",
         subject="Re: Aankondiging: reserveringssysteem niet bereikbaar",
         body="""\
Bedankt voor het bericht. Wij hadden onze plek voor de meivakantie vorige week al geboekt, dus voor ons maakt het niet uit. Tot in mei!

Gerrit en Anneke Koster

Op di 18 mrt 2025 om 10:03 schreef Camping De Wadden <reserveringen@camping-de-wadden.example>:
> Beste gast,
>
> Op zondag 23 maart tussen 02.00 en 08.00 uur is ons online reserveringssysteem
> niet bereikbaar vanwege gepland onderhoud. Tijdens deze storing kunt u geen
> boekingen maken of wijzigen. Onze excuses voor het ongemak.
>
> Met vriendelijke groet,
> Camping De Wadden"""),
    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Ilse Vermeulen <ilse.vermeulen@thuisbij.example>",
         to="info@slotenmaker-snelservice.example",
         subject="Bedankt!",
         body="""\
Beste Mehmet en collega's,

Gisteravond stond ik om half twaalf buitengesloten, met de sleutel nog aan de binnenkant in het slot en mijn telefoon op 4%. Binnen twintig minuten stond jullie monteur voor de deur, het slot was zonder schade open en hij heeft meteen een nieuwe cilinder geplaatst. Alles is opgelost, de factuur heb ik vanochtend betaald.

Heel erg bedankt, ik raad jullie iedereen aan!

Ilse"""),
    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Monique Verbruggen <m.verbruggen@notariskantoor-verbruggen.example>",
         to="info@lunchbode-catering.example",
         subject="Compliment voor de lunch van vrijdag",
         body="""\
Hallo Lunchbode,

Even een compliment: de lunch voor ons 25-jarig jubileum vrijdag was een knaller. Het liep als een trein, de saucijzenbroodjes gingen als warme broodjes (letterlijk) en toen de taart binnenkwam stond de hele zaal in vuur en vlam. Een collega zei dat ze zich een ongeluk had gegeten.

Nog één vraagje: kunnen we voortaan elke eerste vrijdag van de maand een vaste bestelling voor 30 personen doen?

Groet,
Monique"""),
    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Tom Bakker <tom.bakker@fietsvakantie.example>",
         to="klantenservice@veerdienst-waddenlijn.example",
         subject="Fietsen mee naar Terschelling",
         body="""\
Goedendag,

Wij gaan in juni met zes personen naar Terschelling. We logeren vlak bij de Brandaris en willen vandaar met de fiets het eiland rond. Mogen elektrische fietsen mee op de snelboot, of alleen op de gewone veerboot? En moeten we de fietsen vooraf reserveren?

Met vriendelijke groet,
Tom Bakker"""),
    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Branchevereniging Waakzaam <nieuwsbrief@waakzaam-branche.example>",
         to="support@meldkamer-oost.example",
         subject="Nieuwsbrief maart: inbraakpreventie, brandmelders en phishing",
         body="""\
Nieuwsbrief Waakzaam – maart 2025

In deze editie:
• Inbraakpreventie in het voorjaar: waarom het risico stijgt als de dagen langer worden
• Nieuwe regels voor rookmelders en brandmeldinstallaties in bedrijfspanden
• Webinar 3 april: phishing herkennen en wat te doen na een datalek
• Storingsvrij de zomer door: onderhoudstips voor uw alarmsysteem

Lees alle artikelen op waakzaam-branche.example/nieuws.

U ontvangt deze e-mail omdat u lid bent van de branchevereniging. Afmelden kan via de link onderaan."""),
    dict(n=23, signals="payment", priority="medium", trap="escalation", qt=0, reply=1,
         frm="Ahmed Yilmaz <ahmed.yilmaz@autopost.example>",
         to="bandenhotel@autoservice-rijnmond.example",
         subject="Re: Terugbetaling opslag winterbanden",
         body="""\
Goedemiddag,

Dit is alweer mijn derde mail hierover en ik heb nog steeds niets gehoord, laat staan geld gezien. Zie hieronder. Ik wil de € 95 nu binnen een week terug, anders stap ik naar de Geschillencommissie.

Ahmed Yilmaz

Op ma 3 mrt 2025 om 14:22 schreef Ahmed Yilmaz <ahmed.yilmaz@autopost.example>:
> Goedemiddag,
>
> Op 12 februari heb ik mijn winterbanden opgehaald en het opslagcontract
> (nr. BH-2207) opgezegd. Jullie medewerker zei dat ik de vooruitbetaalde
> € 95 voor het nieuwe seizoen binnen 14 dagen terug zou krijgen. Dat is
> nog niet gebeurd. Kunnen jullie dit controleren?
>
> Ahmed Yilmaz"""),
    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sander Wouters <s.wouters@fitnessketen-powerhouse.example>",
         to="support@vendfit-automaten.example",
         subject="Alle 14 vestigingen: automaten accepteren ledenpas niet meer",
         body="""\
Goedemorgen,

Wij zijn Powerhouse Fitness, 14 vestigingen en ruim 21.000 leden, en huren bij jullie 38 automaten voor eiwitshakes en sportdrank (contract VF-2019-044). Sinds de update van afgelopen nacht weigeren alle automaten op alle vestigingen de ledenpas; op het display staat 'kaart niet herkend'. Contant of pinnen kan bij deze automaten niet, dus er wordt op dit moment nergens iets verkocht. Onze baliemedewerkers sturen leden door naar de supermarkt om de hoek.

Vanavond is onze drukste avond van de week. Wij verwachten vandaag nog een oplossing, of in elk geval iemand die ons terugbelt: 06-12345671.

Met vriendelijke groet,
Sander Wouters
Operations manager"""),
]
