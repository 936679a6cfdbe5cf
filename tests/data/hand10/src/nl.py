# blind11 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Anouk de Vries <anouk.devries@thuismail.example>",
         to="klantenservice@kooklux.example",
         subject="Kookplaat IK-60 blijft heet na uitzetten",
         body="""\
Goedemiddag,

Is het normaal dat onze inductiekookplaat (Kooklux IK-60, acht maanden oud) nog gloeiend heet
is terwijl hij al een half uur uit staat? Sinds gisteren blijft de linker achterzone zoemen en
tikken nadat ik hem uitzet, terwijl het display helemaal zwart is.

Vanochtend heeft mijn man er een houten snijplank op gelegd en daar zit nu een donkere kring
in. De hele keuken stonk naar heet hout. De pan van gisteravond was vanochtend nog steeds niet
aan te raken.

We hebben de groep in de meterkast uitgezet. Serienummer KL-IK60-118734.
Wat moeten we nu doen?

Met vriendelijke groet,
Anouk de Vries"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Martijn Kok <martijn.kok@vijvermail.example>",
         to="service@aquastroom.example",
         subject="Vijverpomp AquaStroom 5000 - raar gevoel in het water",
         body="""\
Hallo,

Sinds het onweer van dinsdag is er iets vreemds met onze vijver. Mijn zoon (9) wilde een blad
uit het water vissen en trok met een gil zijn hand terug: zijn arm tintelde tot aan zijn
schouder, zei hij. Daarna heb ik het zelf geprobeerd en ik voelde ook een prikkend gevoel in
mijn vingers zodra ik het water raakte. Onze hond komt niet meer in de buurt van de rand.
De pomp draait gewoon door. Het snoer loopt onder de tegels naar het buitenstopcontact.

Ik heb de stekker eruit getrokken en niemand mag nu bij de vijver komen.
Pomp gekocht in mei vorig jaar, bestelnummer 2024-55871.

Kunnen jullie vandaag bellen? 06-00 81 22 47
Martijn Kok"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Joyce Hendriks <joyce.hendriks@gezinspost.example>",
         to="support@kidswatch.example",
         subject="Iemand anders heeft toegang tot het horloge van mijn dochter",
         body="""\
Geachte klantenservice,

Gisteravond kreeg ik een melding dat het wachtwoord van mijn ouderaccount in de KidsWatch-app
was gewijzigd. Dat heb ik niet gedaan, en sindsdien kan ik niet meer inloggen ("onjuiste
gegevens"). Vanochtend kreeg het horloge van mijn dochter (8) een bericht van een onbekend
nummer: "Hoi Sara, op welke school zit je?" Iemand kan dus haar locatie zien en met haar
berichten. Ik heb het horloge uitgezet en haar vandaag thuisgehouden.

Blokkeer alstublieft direct het account en het horloge (IMEI 35 990011 224466 1) en laat me
weten hoe ik weer toegang krijg. Ik heb ook aangifte gedaan bij de politie.

Joyce Hendriks
06-00 37 90 12"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Bas Verhoeven <bas.verhoeven@kpnpost.example>",
         to="info@vitavrolijk.example",
         subject="Berengummies Multi - dop ging gewoon open",
         body="""\
Goedenavond,

Onze zoon van 2 heeft vanmiddag de pot Berengummies Multi van zijn zus te pakken gekregen. De
dop zou een kinderslot moeten hebben, maar hij draaide hem zonder indrukken gewoon open. Ik
heb het daarna zelf geprobeerd: het slot klikt niet meer. Er zaten nog ongeveer 40 gummies in,
nu nog 12.

Sinds een uur is hij heel slap en bleek en hij heeft twee keer overgegeven. We zitten nu bij
de dokter, en die wil weten hoeveel ijzer er precies in één gummy zit; op het etiket is dat
niet duidelijk. Lotnummer BG-2207.

Graag zo snel mogelijk antwoord, 06-00 44 18 27.
Bas Verhoeven"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Erik van Leeuwen <erik@kwekerijvanleeuwen.example>",
         to="storingsdienst@hydrotek.example",
         subject="Gietcomputer kas 3 geeft geen water meer",
         body="""\
Goedemorgen,

Sinds vannacht 02:10 staat de gietcomputer in kas 3 op "verbinding zoeken" en worden de
kleppen niet meer aangestuurd. Er is vannacht en vanochtend geen enkele gietbeurt geweest.
Het gaat om 2,8 hectare trostomaten, het wordt vandaag 29 graden en de eerste koppen hangen
al slap. We lopen nu met slangen, maar dat red je niet op deze oppervlakte.

Via het portaal zie ik op afstand ook niets. Stuur alsjeblieft direct een monteur.

Kwekerij Van Leeuwen
Erik van Leeuwen, 06-00 58 14 33"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ilse Smit <ilse@bakkerijsmit.example>",
         to="support@urenklok.example",
         subject="Inklokken lukt in geen enkel filiaal",
         body="""\
Hoi,

Vanochtend konden onze medewerkers in geen van de vier winkels inklokken: de terminals bij de
personeelsingang geven een rood kruis en in de app blijft het draaiwieltje draaien. We
schrijven nu alles met pen op een lijst naast de kassa. Vanmiddag moeten de roosters voor
volgende week eruit en vrijdag gaan de uren van deze maand naar het salarisbureau. Het gaat om
ongeveer 70 mensen.

Klantnummer 10-4471, Bakkerij Smit.

Bel me even op 06-00 72 19 05.
Ilse Smit"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Gerda Mulder <g.mulder@ziggopost.example>",
         to="hulp@boodschapje.example",
         subject="App sluit af bij bestellen",
         body="""\
Goedendag,

Sinds de update van eergisteren sluit de Boodschapje-app steeds af zodra ik op "Bestellen en
betalen" druk. Daarna is mijn mandje leeg. Ik heb de telefoon opnieuw opgestart en de app
opnieuw geïnstalleerd, het blijft hetzelfde. Ik kan nu al twee dagen geen boodschappen laten
bezorgen en ik ben slecht ter been, dus ik ben er echt van afhankelijk.

iPhone 12, iOS 17.

Vriendelijke groet,
Gerda Mulder"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Rob Janssen <rob.janssen@fotoclub-ede.example>",
         to="support@wolkbewaar.example",
         subject="Back-up staat al drie dagen op 'bezig'",
         body="""\
Goedendag,

Is het normaal dat mijn back-up al sinds zaterdag op "bezig - 61%" staat? Normaal is hij 's
nachts binnen een uur klaar. Oude bestanden terugzetten lukt gewoon, dus het is niet alsof
alles kwijt is, maar de foto's van deze week staan er niet in. De laptop staat aan en heeft
gewoon internet.

Account: rob.janssen, Windows 11.

Groet,
Rob"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Noor El Amrani <noor.elamrani@freelancepost.example>",
         to="support@shieldpad.example",
         subject="VPN maakt geen verbinding meer na update 7.3",
         body="""\
Beste support,

Sinds de update naar versie 7.3 maakt ShieldPad op mijn laptop geen verbinding meer. Elke
server, elk land, steeds dezelfde melding:

"Handshake failed (error 809). Please check your network settings or contact support."

Mijn netwerk is prima, alles behalve de VPN werkt. Ik heb een jaarabonnement en kan het nu
sinds vrijdag helemaal niet gebruiken. Is er een storing bij jullie of moet ik iets doen?

Met vriendelijke groet,
Noor El Amrani"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Priya Ramdin <priya.ramdin@webpost.example>",
         to="info@kwispelopvang.example",
         subject="Bobbie en de incasso van oktober",
         body="""\
Hallo allemaal,

Allereerst: Bobbie heeft het enorm naar zijn zin bij jullie. Sinds hij drie dagen per week
komt, slaapt hij 's avonds als een blok en hij trekt al aan de riem zodra we de straat inrijden.
Ook dank voor de foto's in de groepsapp, vooral die met de zwembadjes vond ik geweldig.

Nog een paar kleine dingen: hij mag vanaf volgende week weer brokken met kip (de dierenarts
vindt zijn maag weer goed) en in de herfstvakantie komt hij alleen op dinsdag en donderdag.

En dan nog iets: deze maand is het abonnement twee keer van mijn rekening afgeschreven, op
1 oktober EUR 212,00 en op 2 oktober nog eens EUR 212,00, allebei met omschrijving "Kwispel
Opvang okt". Willen jullie het tweede bedrag terugstorten? Klantnummer KO-318.

Groetjes,
Priya"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Wouter Pieters <administratie@installatiebedrijfpieters.example>",
         to="support@boekhoudbaas.example",
         subject="Salarisbetalingen niet aangekomen - vandaag loondag",
         body="""\
Goedemiddag,

Gisteren om 16:00 hebben we de salarisrun van november goedgekeurd en de betaalbatch
verstuurd. Het totaalbedrag van EUR 41.318,22 is vanochtend van onze zakelijke rekening
afgeschreven, maar geen van onze 17 medewerkers heeft iets ontvangen. In het overzicht staat
bij elke regel "teruggeboekt - onbekende fout".

Vandaag is loondag en een paar collega's betalen hun huur hiervan. Kunnen jullie nagaan waar
het geld is en of we de batch opnieuw kunnen versturen zonder dat er dubbel betaald wordt?

Wouter Pieters
Installatiebedrijf Pieters, tel. 010-000 44 81"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lies Claes <lies.claes@fietsbel.example>",
         to="facturatie@vertaalhuis.example",
         subject="Factuur 2025-0412 klopt niet",
         body="""\
Beste,

Voor de vertaling van onze gebruiksaanwijzing (NL naar DE) ontvingen we factuur 2025-0412 voor
4.820 woorden aan EUR 0,14. Het brondocument telt volgens jullie eigen offerte 1.820 woorden,
dus er lijkt een cijfer verkeerd getypt. Graag een gecorrigeerde factuur, dan betalen we
meteen.

Onze Duitse collega vraagt er ook naar: "Bitte schicken Sie die korrigierte Rechnung auch an
buchhaltung@fietsbel.example."

Met vriendelijke groeten,
Lies Claes
Fietsbel bv, Gent"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tom Bakker <tom.bakker@mailtje.example>",
         to="help@tweedehandsje.example",
         subject="Vraagje over servicekosten",
         body="""\
Hoi, bij mijn aankoop van een kinderfiets (EUR 35) kwam er EUR 0,49 "servicekosten koper"
bij. Geen probleem hoor, maar waar is dat precies voor?
Gr. Tom"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Dennis Vermeulen <dennis.v@postvak.example>",
         to="support@klikenmatch.example",
         subject="Account opgeschort zonder reden?",
         body="""\
Hallo,

Sinds gisteren kan ik niet meer in mijn profiel bij Klik&Match. Ik krijg alleen: "Je account
is tijdelijk opgeschort wegens schending van de richtlijnen." Ik heb niemand lastiggevallen en
geen rare foto's geplaatst. Mijn Premium loopt nog tot maart. Kunnen jullie zeggen waarom dit
is en mijn account weer vrijgeven?

Gebruikersnaam: dennis_utrecht88

Dennis"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Sanne Koster <sanne.koster@studiopost.example>",
         to="support@kluisje.example",
         subject="Authenticator-codes kwijt na nieuwe telefoon",
         body="""\
Goedemiddag,

Ik heb een nieuwe telefoon en de codes uit de authenticator-app zijn niet meegekomen. Kluisje
vraagt bij het inloggen om de zescijferige code en mijn herstelcodes kan ik nergens meer
vinden. Mijn hoofdwachtwoord weet ik wel. Hoe kom ik weer in mijn kluis?

Sanne Koster"""),

    dict(n=16, signals="account", priority="medium", trap="safety", qt=1, reply=1,
         frm="Henk Visser <henk.visser@postduif.example>",
         to="klantenservice@postduif.example",
         subject="Re: Herstelgegevens van uw mailbox",
         body="""\
Goedemorgen,

Ik heb het herstel-e-mailadres gewijzigd zoals u schreef, maar de bevestigingsmail gaat nog
steeds naar mijn oude adres bij mijn vorige werkgever, en daar kan ik niet meer bij. Daardoor
blijft de wijziging op "wachten op bevestiging" staan. Kunt u het nieuwe adres
(h.visser.thuis@postduif.example) handmatig bevestigen?

Henk Visser

Op 2 april 2025 om 11:20 schreef Klantenservice Postduif <klantenservice@postduif.example>:
> Beste heer Visser,
>
> U kunt uw herstel-e-mailadres wijzigen via Instellingen > Beveiliging. Houd deze gegevens
> actueel: zo beschermt u uw mailbox tegen hackers en phishing.
>
> Met vriendelijke groet,
> Klantenservice Postduif"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lotte de Boer <l.deboer@student.uni-noord.example>",
         to="servicedesk@uni-noord.example",
         subject="Tweestapsverificatie instellen op StudieNet",
         body="""\
Hallo,

De universiteit raadt aan om tweestapsverificatie aan te zetten op mijn StudieNet-account. Waar
vind ik die instelling, en kan ik ook sms gebruiken in plaats van een app?

Studentnummer s2281904.

Alvast bedankt,
Lotte"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marieke Jansen <marieke.jansen@postbus.example>",
         to="service@bloemenhuisvonk.example",
         subject="Re: Uw bestelling 55120 - vertraging",
         body="""\
Geen probleem hoor, het boeket is vanochtend keurig bezorgd en mijn moeder was er dolblij mee.
Bedankt!

Marieke

Op 12 mei 2025 om 09:14 schreef Bloemenhuis Vonk <service@bloemenhuisvonk.example>:
> Beste mevrouw Jansen,
>
> Door een storing in ons bestelsysteem zijn gisteren alle bestellingen met vertraging
> verwerkt. Uw boeket wordt vandaag vóór 12:00 uur bezorgd. Onze excuses voor het ongemak.
>
> Met bloemige groet,
> Bloemenhuis Vonk"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fleur Dijkstra <fleur.dijkstra@mailhuis.example>",
         to="vragen@haarkleurstudio.example",
         subject="Vraag over Vuurrood 7.44",
         body="""\
Hoi!

Ik sta helemaal in vuur en vlam voor jullie nieuwe kleur Vuurrood 7.44, mijn vriendin heeft
hem en haar haar is echt knalrood. Werkt hij ook op grijze uitgroei, of moet ik dan eerst een
basiskleur zetten? En hoeveel wasbeurten blijft de kleur ongeveer zitten?

Liefs,
Fleur"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Karin Willems <karin.willems@gezinsmail.example>",
         to="info@rijschooldestart.example",
         subject="Crashcursus in de zomervakantie",
         body="""\
Goedendag,

Mijn dochter wil in juli haar rijbewijs halen via jullie crashcursus van tien dagen. Zijn er
nog plekken? Oefenen jullie ook de noodstop en het invoegen op de snelweg? En wat kost het als
ze het examen de eerste keer niet haalt?

Met vriendelijke groet,
Karin Willems"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Jan Vos <jan.vos@imkerijdevos.example>",
         to="klantenservice@bijenhof.example",
         subject="Bedankt, bestelling toch aangekomen",
         body="""\
Goedemiddag,

Even een berichtje om te bedanken. Vorige week was ik behoorlijk in paniek omdat mijn
bestelling (twee spaarkasten en een honingslinger) kwijt leek en jullie site er bij het
afrekenen uit lag. Dankzij Yvonne van jullie klantenservice is alles uitgezocht: het pakket
is gisteren bezorgd, compleet en onbeschadigd.

De volken zitten inmiddels in hun nieuwe kasten. Top service!

Groet,
Jan Vos"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Ahmed Yilmaz <a.yilmaz@thuisnet.example>",
         to="info@muisvrij.example",
         subject="Vraag over uw geld-terug-garantie",
         body="""\
Goedendag,

We overwegen uw abonnement "Muisvrij Thuis". Op de site staat "niet tevreden, geld terug".
Geldt dat ook als de muizen na drie maanden terugkomen? En kan ik het contract tussentijds
opzeggen als we verhuizen?

Met vriendelijke groet,
Ahmed Yilmaz"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Hendrik Bos <h.bos@visteeltbos.example>",
         to="support@aquamonitor.example",
         subject="RE: Zuurstofmetingen niet zichtbaar - ticket 77301",
         body="""\
Dit is inmiddels mijn derde mail en ik heb nog steeds niets gehoord.

Sinds maandag komen er geen metingen meer binnen in het dashboard: geen zuurstof, geen
temperatuur, en de sms-alarmen zijn daardoor ook stil. We hebben 11 bassins met samen zo'n
40 ton meerval. Mijn mensen lopen nu dag en nacht elke twee uur met een handmeter rond. Dat
houden we niet lang meer vol, en als er 's nachts een beluchter uitvalt merken we het te laat.

Ik wil vandaag iemand aan de lijn: 0493-00 12 70.

Hendrik Bos
Visteelt Bos

-----Oorspronkelijk bericht-----
Van: Hendrik Bos <h.bos@visteeltbos.example>
Verzonden: maandag 3 maart 2025 08:52
Aan: support@aquamonitor.example
Onderwerp: Zuurstofmetingen niet zichtbaar - ticket 77301

> Goedemorgen,
>
> Sinds vannacht toont het dashboard bij alle bassins "geen data". De sensoren zelf knipperen
> groen. Kunnen jullie kijken wat er aan de hand is?
>
> Hendrik Bos"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sophie van Dam <s.vandam@bandenxpress.example>",
         to="support@plangarage.example",
         subject="Online afsprakenplanner alle 14 vestigingen - wisselweek",
         body="""\
Goedemorgen,

Ik ben operationeel manager bij BandenXpress. We draaien met PlanGarage in al onze 14
vestigingen en deze week is onze drukste week van het jaar: de winterbandenwissel, met ruim
600 geplande afspraken en normaal nog eens honderden nieuwe boekingen via de website.

Sinds vanochtend zien klanten in de online planner bij elke vestiging alle tijdsloten als
"vol", tot half december. Intern zien we juist lege agenda's. Niemand kan dus online een
afspraak maken, de telefoonlijnen zitten overvol en de monteurs staan deels stil omdat de
lege plekken niet meer worden opgevuld.

We have already cleared the cache and tried three browsers, same result everywhere.

Graag met spoed iemand die hiernaar kijkt, bel mij op 06-00 26 51 88.

Sophie van Dam
BandenXpress"""),
]
