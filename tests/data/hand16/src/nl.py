# blind17 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke van Dongen <marieke.vandongen@thuismail.example>",
         to="klantenservice@rustdeken.example",
         subject="Verzwaringsdeken Rust 5 kg – bulten bij mijn zoon",
         body="""\
Beste klantenservice,

Onze zoon Daan (7) slaapt sinds vorige week onder de verzwaringsdeken Rust 5 kg. Vanochtend
zaten zijn hals, armen en buik vol rode, verheven bulten, zijn oogleden waren zo dik dat hij
zijn ogen bijna niet open kreeg en hij praatte hees. De huisarts heeft hem een tablet gegeven en
gezegd dat we meteen terug moeten komen als zijn lippen ook dik worden.

Bij het wassen van de hoes viel ons een zoetige, chemische geur op, en er zit wit poeder in de
naden van de vakjes met korrels.

Wat zit er precies in de vulling en in de coating van de binnendeken? De huisarts wil het weten.

Met vriendelijke groet,
Marieke van Dongen"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joris Hendriks <joris.hendriks@kpnmail.example>",
         to="service@turbotoys.example",
         subject="Klepje batterijvak afstandsbediening Monstertruck",
         body="""\
Hallo,

Mijn dochter van 2 had gisteravond de afstandsbediening van de RC Monstertruck van haar broer
te pakken. Het klepje van het batterijvak zit alleen met een klemmetje vast, er zit geen
schroefje in, en het ging open toen ze erop beet. Een van de twee knoopcellen was weg.

Sindsdien kwijlt ze veel, wil ze niet eten en wijst ze steeds naar haar keel. We zitten nu in
het ziekenhuis te wachten op een foto.

De arts vraagt welk type cel het precies is (ik zie alleen 'LR44?' in de handleiding). En ik
wil weten waarom dat klepje zo makkelijk opengaat.

Joris Hendriks"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Anouk Verbeek <penningmeester@crescendo-westerbeek.example>",
         to="verenigingen@buurtbank.example",
         subject="Onbekende overboekingen van onze verenigingsrekening",
         body="""\
Goedemorgen,

Ik ben penningmeester van Muziekvereniging Crescendo in Westerbeek. Vanochtend zag ik in de
app drie overboekingen van gisteravond tussen 23.10 en 23.40 uur, samen € 4.870, naar een
rekening op naam van 'J. Smit Handel'. Niemand van het bestuur heeft die gedaan, en de
tweede bestuurder die moet meetekenen zegt dat hij niets heeft goedgekeurd.

Graag de rekening direct blokkeren en de betalingen terughalen. Dit is het geld voor de nieuwe
uniformen. Ik ben de hele dag bereikbaar.

Anouk Verbeek"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Gerda Bosman <g.bosman@zeelandnet-mail.example>",
         to="service@hefa-zorgtechniek.example",
         subject="Vraag over plafondtillift Hefa 180",
         body="""\
Goedendag,

Is het normaal dat de plafondtillift Hefa 180 soms een paar centimeter zakt zonder dat er iemand
op de knop drukt? Gisteren gebeurde het twee keer toen ik mijn man van bed naar de rolstoel
bracht. De tweede keer schoot hij met een ruk zo'n 20 cm naar beneden en hing mijn man scheef
in de tilband, met zijn heup tegen de rand van het bed. Er kwam een ratelend geluid uit de
motorkast.

We gebruiken de lift nu niet en tillen met z'n tweeën, maar dat houden we niet lang vol. Kan er
deze week een monteur komen?

Met vriendelijke groet,
Gerda Bosman"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Meldkamer Regiovervoer Kempenrand <meldkamer@regiovervoer-kempenrand.example>",
         to="support@ritplanner.example",
         subject="Ritten komen niet door naar de chauffeurs",
         body="""\
Sinds 6.30 uur komt er geen enkele rit meer binnen op de boordcomputers van onze 14 buurtbussen
en regiotaxi's. De centrale neemt de ritten wel aan in jullie planningsscherm, maar ze blijven
op 'In wachtrij' staan.

In de dorpen staan nu mensen aan de weg die naar de dialyse, de dagbesteding of hun werk moeten.
Wij bellen de chauffeurs een voor een en geven adressen door die we op briefjes schrijven.

Graag met spoed contact opnemen met de meldkamer.
Dienstdoende coördinator: Ruud Claessens"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="JumpZone Tilburg-Noord <tilburg@jumpzone.example>",
         to="support@ticketgate.example",
         subject="Toegangspoortjes accepteren geen enkel ticket – zaterdag volgeboekt",
         body="""\
Hoi,

Geen enkel ticket komt vandaag door onze toegangspoortjes: alles geeft 'Ongeldige code', ook
de tickets die we net aan de kassa hebben verkocht. Het is 10.15 uur, we hebben zes
kinderfeestjes en er staat een rij tot op de parkeerplaats. We laten iedereen met de hand door
op basis van namenlijsten, maar we weten niet meer wie betaald heeft en wie niet.

Our regional manager in Antwerp says their park has had the same problem since opening.

Bel ons zo snel mogelijk terug.
Team JumpZone Tilburg-Noord"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sem de Wit <sem.dewit@gebarenpost.example>",
         to="helpdesk@tolkbellen.example",
         subject="Ik kan niemand meer bellen via de app",
         body="""\
Goedemiddag,

Ik ben doof en gebruik jullie app om via een tolk te bellen. Sinds gisteren blijft elk gesprek
hangen op 'Tolk wordt gezocht…' en na twee minuten valt de verbinding weg. De chat met de tolk
lukt ook niet.

Morgen moet ik de huisarts bellen over de uitslag van mijn bloedonderzoek, en ik heb geen andere
manier om te bellen.

Groet,
Sem de Wit"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Tineke Post <tineke.post@ziggo-mail.example>",
         to="support@printthuis.example",
         subject="Printen vanaf telefoon lukt niet meer",
         body="""\
Hallo,

Printen via de PrintThuis-app vanaf mijn telefoon werkt sinds de update van dinsdag niet meer:
de opdracht blijft op 'Verzenden…' staan. Met de usb-kabel vanaf de laptop gaat het gewoon
goed, dus ik kan vooruit, maar het is onhandig. Is dit bekend?

Tineke"""),

    dict(n=9, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Pieter Kuipers <pieter.kuipers@webmail.example>",
         to="klantenservice@belslim.example",
         subject="Antw: Uw factuur november – Belslim Plus",
         body="""\
Hallo,

Los van die factuur: sinds vanochtend doet de Belslim-app niets meer. Inloggen lukt, maar het
livebeeld van de deurbel blijft zwart en ik krijg geen melding meer als er wordt aangebeld. Ik
werk thuis op zolder en mis zo alle pakketjes. Is er een storing?

Groet,
Pieter Kuipers

Op 3 nov. 2026 om 09:41 schreef Belslim Klantenservice <klantenservice@belslim.example>:
> Beste heer Kuipers,
>
> Excuses voor de dubbele afschrijving van uw abonnement in oktober. Het te veel
> betaalde bedrag van € 5,99 is inmiddels teruggestort op uw rekening.
>
> Met vriendelijke groet,
> Belslim Klantenservice"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Henk Meijer <henk.meijer@planet-mail.example>",
         to="ledenadministratie@kamerkoor-vocaal.example",
         subject="Contributie twee keer afgeschreven?",
         body="""\
Goedenavond,

Is het normaal dat de contributie van het koor dit kwartaal twee keer is afgeschreven? Op 1 en 2
oktober zie ik allebei 'Contributie Q4 – Kamerkoor Vocaal' à € 67,50. Ik heb maar één machtiging
afgegeven. Willen jullie de tweede terugboeken?

Met vriendelijke groet,
Henk Meijer (tenor)"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Lotte Brouwer <lotte@lottebrouwerfotografie.example>",
         to="partners@trouwdag.example",
         subject="Uitbetaling drie bruiloften blijft hangen",
         body="""\
Beste TrouwDag,

Ik ben trouwfotograaf en krijg mijn opdrachten via jullie platform. Het geld van drie
bruiloften uit september (€ 3.150 in totaal, boekingen TD-40918, TD-41022 en TD-41187) staat al
twee weken op 'Uitbetaling in behandeling'. De bruidsparen hebben allemaal betaald.

Vrijdag moet ik de huur van mijn studio betalen, en zonder dit bedrag lukt dat niet. Kunnen
jullie de uitbetaling vandaag nog vrijgeven?

Lotte Brouwer"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Cor van Leeuwen <cor.vanleeuwen@hetnet-mail.example>",
         to="info@lijstenmakerij-hetpaneel.example",
         subject="Inlijsten van de etsen van mijn grootvader",
         body="""\
Goedemiddag,

Vorige maand ben ik bij u in de winkel geweest met de drie etsen van mijn grootvader, die jaren
in een map op zolder hebben gelegen. Uw collega (een jonge vrouw met rood haar, ik weet haar naam
helaas niet) heeft me ontzettend goed geholpen met het kiezen van de lijsten; we zijn uitgekomen
op smalle eiken lijsten met een gebroken wit passe-partout. Ze hangen nu in de gang en mijn zus
was er helemaal stil van toen ze op bezoek kwam. Ze wil nu ook iets laten inlijsten, dus u hoort
van haar.

Nu kreeg ik gisteren de factuur (nr. 2026-1184), en daarop staat drie keer museumglas à € 42,-.
Wij hadden juist bewust voor gewoon glas gekozen (€ 16,- per stuk), dat staat ook op de bon die
ik in de winkel heb gekregen. Het verschil is € 78,-. Het bedrag is al van mijn rekening
afgeschreven.

Wilt u een gecorrigeerde factuur sturen en het verschil terugbetalen?

Met vriendelijke groet,
Cor van Leeuwen"""),

    dict(n=13, signals="payment", priority="low", trap="fee", qt=0, reply=0,
         frm="Fleur Jansen <fleur.jansen@studentmail.example>",
         to="vragen@bibliotheek-middenstad.example",
         subject="Transactiekosten studiezaal",
         body="""\
Hoi! Klein vraagje: bij het boeken van een studiezaal via de app betaalde ik € 0,29
'transactiekosten' bovenop de € 5,-. Waar is dat voor? Geen probleem hoor, gewoon nieuwsgierig.
Groetjes, Fleur"""),

    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Bart Smulders <bart.smulders@spoormail.example>",
         to="klantenservice@modelspoorcentrum.example",
         subject="Geen toegang meer na nieuwe telefoon (tweestapsverificatie)",
         body="""\
Hallo,

Ik heb een nieuwe telefoon en de authenticator-app is niet meegekomen. Daardoor kom ik niet meer
in mijn account: na mijn wachtwoord vraagt de site om een code die ik niet meer heb. De
herstelcodes heb ik destijds nooit opgeschreven, stom genoeg.

In mijn winkelwagen staan nog de wissels en het draaiplateau die ik voor de Spoorbeurs in
Houten wilde hebben. Kunnen jullie de tweestapsverificatie resetten? Klantnummer 55-20871.

Bart Smulders"""),

    dict(n=15, signals="account", priority="medium", trap="reset-loop", qt=0, reply=0,
         frm="Yvonne Dekker <yvonne.dekker@mailbox.example>",
         to="cursistenservice@volksuniversiteit-ijsselstreek.example",
         subject="Link voor nieuw wachtwoord is steeds verlopen",
         body="""\
Beste medewerker,

Elke keer als ik in de mail 'Wachtwoord opnieuw instellen' op de link klik, krijg ik 'Deze link
is verlopen', ook als ik hem binnen een minuut open. Ik heb het vijf keer geprobeerd, op mijn
telefoon en op de computer. Zo kan ik niet inloggen op Mijn Volksuniversiteit en zie ik mijn
rooster en het lesmateriaal voor Italiaans 2 niet. De les is donderdag.

Vriendelijke groet,
Yvonne Dekker"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Rick Hoekstra <rick.hoekstra@vliegpost.example>",
         to="support@dronelog.example",
         subject="Pilotenprofiel verdwenen",
         body="""\
Hallo,

Mijn pilotenprofiel in de DroneLog-app is weg. Als ik inlog, begint de app opnieuw met 'Maak je
profiel aan', en mijn vlieguren, mijn A2-certificaat en de registratie van mijn drone staan er
niet meer in. Ik heb zelf niets verwijderd. Kan dit hersteld worden?

Rick"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wim Tervoort <wim.tervoort@kabelmail.example>",
         to="leden@museumvriend.example",
         subject="Partner toevoegen aan mijn account",
         body="""\
Goedendag, hoe kan ik mijn vrouw toevoegen aan mijn Museumvriend-account, zodat we allebei de
digitale kaart in de app hebben? Ik zie alleen mijn eigen gegevens. Dank u wel!
Wim"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Esther Kramer <esther.kramer@naaimail.example>",
         to="info@naaiatelier-draad.example",
         subject="Wachtlijst naaicursus beginners?",
         body="""\
Hallo Atelier Draad,

De proefles van vorige week was een schot in de roos: ik heb in één avond een tasje gemaakt en
mijn man was er kapot van (van het tasje, niet van de rekening 😉). Jammer genoeg liep de cursus
storm en was hij binnen een dag vol.

Hebben jullie een wachtlijst, of komt er in het voorjaar een nieuwe groep op dinsdagavond?

Groetjes,
Esther"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ilse Vermeulen <ilse.vermeulen@gezinspost.example>",
         to="info@hvderoos.example",
         subject="Re: Proefles handboogschieten voor mijn zoon",
         body="""\
Dank voor de uitleg! Dan schrijf ik Milan (11) in voor de proefles van zaterdag 15 november om
10.00 uur. Moet hij zelf iets meenemen behalve sportschoenen?

Groet,
Ilse Vermeulen

Op 4 nov. 2026 om 16:20 schreef Handboogvereniging De Roos <info@hvderoos.example>:
> Beste mevrouw Vermeulen,
>
> Kinderen vanaf 10 jaar zijn welkom. Er staat altijd een trainer bij de schietlijn.
> Mocht er ondanks alle maatregelen toch een ongeluk gebeuren en raakt iemand gewond,
> dan is uw zoon via de clubverzekering gedekt.
>
> Met sportieve groet,
> Ria Gerritsen, jeugdcoördinator"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sanne en Mark Bakker <bakker.tweeling@huismail.example>",
         to="feestjes@speelparadijs-dolfijn.example",
         subject="Arrangement Brandweerheld voor 12 kinderen",
         body="""\
Hallo,

Voor het zesde verjaardagsfeestje van onze tweeling willen we graag het arrangement
'Brandweerheld' boeken op zaterdag 6 december, voor 12 kinderen. Zitten de rookmachine en het
'blussen' met de waterslang bij de prijs inbegrepen? En mogen we zelf een taart meenemen?

Groetjes,
Sanne en Mark"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Ahmed Yilmaz <ahmed.yilmaz@vertaalbureau-lumen.example>",
         to="service@brailletech.example",
         subject="Bedankt voor de snelle reparatie",
         body="""\
Beste mensen,

Ik wil jullie even bedanken. Mijn brailleleesregel viel vorige maand steeds midden in een zin
uit, waardoor ik mijn vertaalwerk niet kon doen. De monteur kwam binnen twee dagen, heeft de
connector en een printplaat vervangen, en sindsdien werkt alles weer perfect.

Echt top service!
Met hartelijke groet,
Ahmed Yilmaz"""),

    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Dennis Koster <dennis.koster@inbox-mail.example>",
         to="secretariaat@sv-kogelvangers.example",
         subject="Vraag over introductiecursus sportschieten",
         body="""\
Goedendag,

Ik overweeg de introductiecursus sportschieten bij jullie vereniging (luchtgeweer en
kleinkaliber pistool). Twee vragen vooraf:

1. Wat is jullie annuleringsbeleid: krijg ik het cursusgeld terug als de cursus niet doorgaat,
   of als ik later geen verlof voor een eigen wapen krijg?
2. Moet ik zelf een Verklaring Omtrent het Gedrag aanvragen, of regelt de vereniging dat?

Met vriendelijke groet,
Dennis Koster"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Jeroen Mulder <j.mulder@muziekscholen-oost.example>",
         to="enterprise-support@roomplan.example",
         subject="SLA-2024-0117: reserveringen repetitieruimtes komen niet in de agenda's",
         body="""\
Geachte heer/mevrouw,

Namens Muziekscholen Regio Oost (32 locaties, contract SLA-2024-0117, Gold-support met vier uur
reactietijd) meld ik het volgende.

Sinds maandag verschijnen nieuwe reserveringen voor repetitieruimtes niet meer in de agenda's
op de locaties. Reserveren zelf lukt wel, maar de beheerders en docenten zien de boekingen niet,
waardoor er regelmatig twee bands of een band en een les tegelijk voor dezelfde ruimte staan.
Gisteravond is dat op drie locaties gebeurd en moesten we leerlingen naar huis sturen.

Conform ons contract verwachten wij vandaag een reactie en binnen één werkdag een oplossing.
Please also copy our IT contractor, Mr. Evans, on your reply.

Met vriendelijke groet,
Jeroen Mulder
Coördinator ICT, Muziekscholen Regio Oost"""),

    dict(n=24, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Penningmeester KV Oranje Wit <penningmeester@kv-oranjewit.example>",
         to="support@clubadmin.example",
         subject="Incassorun contributie volledig geweigerd – bond wil vrijdag betaling",
         body="""\
Beste support,

Gisteren hebben we in jullie ledenadministratie de jaarlijkse incassorun gestart voor de
contributie van onze 612 leden. Alle regels staan nu op 'Geweigerd – mandaatfout', terwijl
de mandaten dezelfde zijn als vorig jaar en er bij ons niets is veranderd. Er is dus geen euro
binnengekomen.

Vrijdag moeten wij de afdracht van € 18.400 aan de bond betalen, en dat kan alleen met dit
contributiegeld. Kunnen jullie vandaag kijken wat er misgaat en hoe we de run opnieuw kunnen
indienen?

Met vriendelijke groet,
Hanneke de Graaf
Penningmeester Korfbalvereniging Oranje Wit"""),
]
