# blind20 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Wim Verhoeven <wim.verhoeven@kpnpost.example>",
         to="klantenservice@zuivair.example",
         subject="Vraag over de ZuivAir reiniger voor mijn CPAP-masker",
         body="""\
Goedemiddag,

Is het normaal dat de slaapkamer na een reinigingsbeurt zo sterk ruikt? Sinds ik de
nieuwe ZuivAir gebruik (sinds zondag) hangt er 's ochtends een scherpe lucht, een beetje
als chloor of als na onweer, ook in het masker zelf.

Ik word elke ochtend wakker met hoofdpijn en ben de eerste uren duizelig. Vanochtend
moest ik me aan de wastafel vasthouden. Mijn vrouw heeft sinds twee dagen een prikkende
keel en hoest. De dagen dat ik bij mijn dochter logeerde zonder het apparaat had ik
nergens last van.

Het apparaat staat op het nachtkastje, ongeveer een halve meter van mijn hoofd, zoals in
de handleiding staat. Moet ik het anders instellen?

Met vriendelijke groet,
Wim Verhoeven
Serienummer ZA-2-104877"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Eline de Groot <eline.degroot@ziggomail.example>",
         to="support@snuffeltrack.example",
         subject="Batterijtje uit halsbandtracker",
         body="""\
Hallo,

Het klepje van de SnuffelTrack aan de halsband van onze hond zat los en mijn zoontje
(2 jaar) had het ronde batterijtje in zijn mond. Nu is het weg en we vinden het nergens
op de vloer. Hij kwijlt veel en wil niet drinken.

We zitten nu bij de huisarts, er wordt een röntgenfoto gemaakt. Welk type batterij zit
erin precies? De arts vraagt ernaar. Snel graag.

Eline, 06-1298 0043"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Ruud Bakker <r.bakker@bakkerbouw.example>",
         to="service@laadpaalthuis.example",
         subject="Stekker laadpaal doorgebrand - brandgevaarlijk!",
         body="""\
Goedemorgen,

Vannacht is de stekker van de laadkabel van onze thuislader (HomeCharge 11 kW) in de
auto doorgebrand. Het plastic is gesmolten, de contacten zijn zwartgeblakerd en er zit
een bruine vlek op de gevelmuur achter de paal. Mijn buurman rook de schroeilucht om
drie uur 's nachts en heeft ons wakker gebeld. We hebben de groep in de meterkast
uitgezet.

Dit is levensgevaarlijk, de paal hangt naast onze voordeur. Ik wil vandaag nog een
monteur en een verklaring hoe dit kan bij een paal van acht maanden oud.

Ruud Bakker
Installatienummer HC11-77-40192
06-1098 2231"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Fenna Jonkers <fenna.jonkers@hetnet-mail.example>",
         to="help@cadeaukaartplein.example",
         subject="Cadeaukaarten gekocht die ik niet heb besteld",
         body="""\
Hallo,

Vanochtend kreeg ik drie bevestigingen van jullie: drie digitale cadeaukaarten van
€ 50 voor een elektronicawinkel, betaald met mijn opgeslagen creditcard en verstuurd
naar een mailadres dat ik niet ken (k.v.promo88@... iets). Die heb ik NIET gekocht.

Ik kan nog inloggen, maar bij mijn gegevens staat ineens een ander telefoonnummer.
Ik heb mijn wachtwoord veranderd en mijn bank gebeld om de kaart te blokkeren.
Kunnen jullie die kaarten nog tegenhouden en het geld terugstorten?

Fenna Jonkers
Klantnummer CKP-0558213"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joost van Dijk <joost.vandijk@versbox-abonnement.example>",
         to="support@pickflow.example",
         subject="Picklijsten leeg - bestellingen stapelen zich op",
         body="""\
Hoi,

Sinds 05:40 krijgen onze orderpickers in het magazijn in Nieuwegein geen enkele
picklijst meer op de handscanners. In de backoffice zien we 1.180 abonnementsboxen
klaarstaan voor vandaag, maar er wordt niets meer doorgezet naar de vloer. De eerste
bussen hadden om 07:00 moeten vertrekken, ze staan nu met draaiende koelmotor op het
terrein te wachten.

Our ops manager in Antwerp asked me to add: this also affects the Belgian hub, same
symptoms since this morning.

We hebben de scanners herstart en opnieuw ingelogd. Geen verschil.
Bel me alsjeblieft direct: 030-7 11 2290.

Joost van Dijk
Teamleider logistiek, VersBox"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Priya Ramdin <priya.ramdin@postvak.example>",
         to="helpdesk@kijkcam.example",
         subject="App vindt mijn dashcam niet meer",
         body="""\
Beste helpdesk,

Sinds de update van gisteren zegt de KijkCam-app bij elke poging: "Camera niet gevonden".
Wifi-verbinding met de camera staat gewoon aan. Ik kan daardoor geen enkele opname meer
bekijken of downloaden, ook niet de beelden van de parkeerschade van zaterdag die mijn
verzekeraar deze week wil hebben.

Telefoon: Android 14. Camera: KC-Duo, firmware 3.2.1.

Groet,
Priya Ramdin"""),

    dict(n=7, signals="outage,account", priority="critical", trap="reset", qt=0, reply=0,
         frm="Gerrit Hoekstra <secretariaat@zwemclub-de-golfslag.example>",
         to="support@baanboeker.example",
         subject="Na jullie wachtwoordmail kan niemand meer inloggen",
         body="""\
Goedemiddag,

Gisteravond kregen al onze ongeveer 430 leden een mail van BaanBoeker dat ze hun
wachtwoord moesten vernieuwen. Wie dat gedaan heeft, krijgt nu bij het inloggen
"Onbekende gebruiker". Wie het niet gedaan heeft, komt er ook niet meer in. Vanavond
staan de wedstrijdtrainingen en de zwemles voor 60 kinderen gepland, en die banen
worden alleen via jullie systeem vrijgegeven aan de kassa van het zwembad.

De telefoon van ons secretariaat staat roodgloeiend.

Gerrit Hoekstra
Secretaris Z.C. De Golfslag
06-1288 7790"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Sanne Kuipers <sanne.kuipers@studentmail.example>",
         to="support@talenmaatje.example",
         subject="Spreekoefeningen laden niet",
         body="""\
Hoi!

Is het normaal dat de spreekoefeningen al een week niet laden? Ik zie alleen een
draaiend rondje. Lezen, luisteren en de woordjes doen het wel, dus ik kan verder met de
rest van de les, maar ik wil juist mijn uitspraak Spaans oefenen.

Groetjes, Sanne"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Marloes Brink <marloes.brink@brinkthuis.example>",
         to="klantenservice@slankpakket.example",
         subject="Menu voor volgende week kiezen lukt niet",
         body="""\
Hallo,

Al sinds gisteren doet de knop "Bevestig mijn menu" helemaal niks, op de laptop niet en
in de app niet. Ik volg jullie koolhydraatarme programma op advies van mijn diëtist en
moet vóór woensdag 23:59 mijn maaltijden kiezen, anders krijg ik het standaardpakket met
pasta en rijst, waar ik niks aan heb.

Kunnen jullie mijn keuze anders handmatig invoeren? Ik wil dag 1-5 de kipgerechten.

Marloes Brink
Abonnement SP-40317"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Annelies Vos <annelies.vos@gastouder-vos.example>",
         to="uitbetalingen@oppasplein.example",
         subject="Uitbetaling april niet ontvangen - huur moet eraf",
         body="""\
Beste medewerker,

Volgens mijn overzicht in OppasPlein zijn mijn opvanguren van april (€ 1.946,00)
op 2 mei uitbetaald. Op mijn rekening is niets binnengekomen. Ik ben gastouder, dit is
mijn volledige inkomen. Op de 8e wordt mijn huur afgeschreven en die kan ik zonder deze
betaling niet betalen.

Kunnen jullie vandaag nakijken wat er mis is gegaan? IBAN eindigt op 3318.

Met vriendelijke groet,
Annelies Vos"""),

    dict(n=11, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Daan Smit <daan.smit@runmail.example>",
         to="service@powerfuel-supplements.example",
         subject="Twee keer betaald voor één bestelling",
         body="""\
Hallo,

Ik heb bestelling #PF-88120 (creatine + elektrolyten, € 47,85) twee keer via iDEAL
betaald omdat de eerste betaalpagina bleef hangen. Beide bedragen zijn van mijn rekening
af. Willen jullie er één terugstorten?

Sportieve groet,
Daan"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Tom Meijer <tom.meijer@meijermail.example>",
         to="leden@pechhulp-plus.example",
         subject="Lidmaatschap verlengd terwijl ik had opgezegd",
         body="""\
Goedendag,

Ik heb mijn pechhulp-lidmaatschap in februari opgezegd (bevestiging van jullie op
14-02, kenmerk OPZ-2291), omdat ik mijn auto heb verkocht. Toch is op 1 mei de
jaarcontributie van € 129,00 afgeschreven. I already tried the chat twice, but the bot
keeps sending me to the FAQ. Graag het bedrag terug op mijn rekening.

Tom Meijer
Lidnummer PH-601288"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Ingrid Mulder <ingrid.mulder@thuismail.example>",
         to="vragen@spaarsterren.example",
         subject="Servicekosten",
         body="""\
Dag, ik zag dat er € 0,95 servicekosten bij mijn laatste inwisseling van punten voor een
bon stonden. Geen probleem hoor, ik ben gewoon benieuwd waar dat voor is.
Groet, Ingrid"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Henk Wouters <henk.wouters@wouters-net.example>",
         to="support@glucodeel.example",
         subject="Nieuwe telefoon, kan niet meer inloggen",
         body="""\
Goedendag,

Ik heb een nieuwe telefoon en de authenticator-app heb ik niet overgezet. Nu vraagt
GlucoDeel bij het inloggen om een zescijferige code die ik niet meer kan krijgen. Mijn
sensor meet gewoon door, maar ik kan het account niet in om de waarden met de
diabetesverpleegkundige te delen; die afspraak is volgende week dinsdag.

Hoe kom ik weer in mijn account? Ik heb geen herstelcodes bewaard.

Henk Wouters"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Lotte Hendriks <lotte.hendriks@nieuwadres.example>",
         to="support@slotslim.example",
         subject="E-mailadres gewijzigd, nu kom ik er niet meer in",
         body="""\
Hallo,

Ik heb in de SlotSlim-app mijn e-mailadres gewijzigd naar dit nieuwe adres. De
bevestigingsmail is nooit aangekomen (ook niet in spam), en nu werkt inloggen met het
oude én het nieuwe adres niet. Mijn fietsslot gaat gelukkig nog open met de pincode,
maar ik kan de app niet in om het slot te delen met mijn vriend.

Oud adres: lotte.h@oudadres.example
Groetjes, Lotte"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Kees Verbeek <kees@verbeek-occasions.example>",
         to="verkopers@autoweide.example",
         subject="Verkopersprofiel verdwenen",
         body="""\
Goedemiddag,

Mijn verkopersprofiel "Verbeek Occasions" is sinds vanochtend weg. Als ik inlog zie ik
een leeg account zonder advertenties, zonder reviews, alsof ik me net heb aangemeld. Ik
heb zelf niets verwijderd. Er stonden 17 auto's in.

Kunnen jullie het profiel terugzetten?

Kees Verbeek
KvK 99887766"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bas Peters <bas.peters@forensen.example>",
         to="support@stepleasedirect.example",
         subject="Tweestapsverificatie aanzetten",
         body="""\
Hoi, waar zet ik tweestapsverificatie aan voor mijn lease-account? Kan niet vinden in
de instellingen. Thx, Bas"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Maaike Dekker <maaike.dekker@yogamail.example>",
         to="info@yogastudio-lotusgracht.example",
         subject="Re: Gepland onderhoud boekingssysteem zondag",
         body="""\
Prima hoor, zondagnacht boek ik toch nooit iets :-)
Wel een vraag: geven jullie de yin-yogales op donderdag ook in het Engels? Mijn
collega spreekt nog geen Nederlands.

Groet, Maaike

Op 3 juni 2024 om 10:15 schreef Yogastudio Lotusgracht <info@yogastudio-lotusgracht.example>:
> Beste yogi,
> Zondag tussen 02:00 en 05:00 is ons boekingssysteem door onderhoud niet
> bereikbaar. Je kunt dan geen lessen boeken of annuleren. Excuses voor het ongemak!"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Petra Willems <petra.willems@gezinsmail.example>",
         to="info@judoschool-kracht.example",
         subject="Proefles voor mijn zoon",
         body="""\
Hallo,

Mijn zoon Milan (8) is sinds de Olympische Spelen in vuur en vlam voor judo. Bij jullie
open dag liep het storm, dus ik heb niemand kunnen spreken. Ik schrok me trouwens een
hoedje toen ik zag hoe hard die kinderen elkaar op de mat gooien, maar hij wil niets
liever.

Kan hij een proefles doen, en wat kost een jaarlidmaatschap voor jeugd?

Vriendelijke groet,
Petra Willems"""),

    dict(n=20, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Jeroen Schouten <jeroen.schouten@reismail.example>",
         to="advies@stekkerwereld.example",
         subject="Welke adapter voor Brand (Oostenrijk)?",
         body="""\
Goedendag,

We gaan in de kerstvakantie skiën in Brand, in het Brandnertal. Heb ik daar een
wereldstekker nodig of is een gewone verloopstekker genoeg? En past jullie model
"Shockproof Travel Duo" op een Oostenrijks stopcontact met randaarde?

Alvast bedankt,
Jeroen"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Marian Koster <marian.koster@kostermail.example>",
         to="planning@fysiohuur.example",
         subject="Dank voor de snelle hulp",
         body="""\
Beste mensen,

Even een bedankje. De storing aan de knie-bewegingsrail die ik maandag meldde is door
jullie monteur dezelfde middag opgelost. Alles werkt weer en mijn revalidatie loopt
volgens schema. Wat een vriendelijke man was dat, geef hem een compliment van me.

Hartelijke groet,
Marian Koster"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CashTerug Nieuws <nieuwsbrief@cashterug.example>",
         to="support@cashterug.example",
         subject="Nieuwsbrief juni: pas op voor phishing + dubbele cashback bij 12 winkels",
         body="""\
Hallo spaarder,

LET OP: er gaan nepmails rond die lijken op berichten van CashTerug. Criminelen proberen
zo je wachtwoord of bankgegevens te stelen. Wij vragen je NOOIT om je wachtwoord per
mail. Twijfel je? Log dan zelf in via de app.

Deze maand: dubbele cashback bij 12 webwinkels, waaronder tuinmeubelen en reiskoffers.
En heb je het al gezien? Uitbetalen kan nu vanaf € 5.

Veel spaarplezier,
Team CashTerug

Afmelden voor deze nieuwsbrief? Klik hier."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Niels Vermeulen <niels.vermeulen@pendelpost.example>",
         to="support@stepleasedirect.example",
         subject="Ontgrendelen via app lukt niet",
         body="""\
Hoi,

Sinds vrijdag lukt ontgrendelen van mijn lease-step via de app niet meer, er komt
"Bluetooth-time-out". Met de cijfercode op het stuur gaat hij wel open, dus ik kom op
mijn werk, maar het is wel vervelend. Step-ID SLD-44017.

Niels"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Corrie van Leeuwen <corrie.vanleeuwen@seniorweb-mail.example>",
         to="klantenservice@apotheekaanhuis.example",
         subject="Antw: Account geblokkeerd",
         body="""\
Goedemiddag,

Dit is nu de derde keer dat ik mail. Ik kan nog steeds niet inloggen en dus mijn
herhaalmedicatie niet bestellen. Ik heb nog voor ruim twee weken, maar ik wil het op
tijd geregeld hebben. Ik ben 81 en heb geen auto om naar de apotheek te gaan. Wilt u
mij alstublieft bellen:
010-7 33 4412.

Corrie van Leeuwen

Op 28 mei 2024 om 09:02 schreef Corrie van Leeuwen <corrie.vanleeuwen@seniorweb-mail.example>:
> Geachte heer/mevrouw,
> Mijn account is geblokkeerd na een paar keer een verkeerd wachtwoord. De link om het
> wachtwoord opnieuw in te stellen komt niet aan. Mijn klantnummer is AAH-117302.
> Ik heb al een week geleden gemaild maar nog niets gehoord."""),
]
