# blind12 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@mailhuis.example>",
         to="klantenservice@polscheck.example",
         subject="Klepje batterijvak PolsCheck BP-3 los – knoopcel kwijt",
         body="""\
Hallo,

Het klepje van het batterijvak van onze bloeddrukmeter (PolsCheck BP-3) zat al een tijdje
los en is er vanochtend afgevallen. Er horen twee knoopcellen in, er zit er nog maar één
in. Onze zoon Daan (20 maanden) zat er net mee op de vloer te spelen.

Sinds een uur kwijlt hij heel veel, hij wil niet drinken, duwt zijn beker weg en grijpt
steeds naar zijn keel. Hij huilt als hij slikt.

We zitten nu in de auto naar de huisartsenpost. Welk type batterij zit er precies in
(CR2032?) en hoe groot is die? De arts vroeg ernaar aan de telefoon.

Sanne de Wit
06-0099 4172"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joost Verhoeven <joost.verhoeven@fietspost.example>",
         to="service@tweewielerhuis.example",
         subject="Voorwiel na onderhoudsbeurt – werkorder 55812",
         body="""\
Goedemiddag,

Vorige week donderdag heb ik mijn e-bike bij jullie filiaal in Amersfoort laten
onderhouden (werkorder 55812), inclusief een nieuwe voorband.

Gisteren op het fietspad langs de Eem, met een km of 24 per uur, begon het stuur ineens
te schudden en schoot het voorwiel uit de vork. Ik ben over het stuur gegaan en op het
asfalt beland. Mijn helm heeft een barst aan de zijkant, mijn pols is blauw en dik en ik
krijg mijn hand niet dicht. Toen ik de fiets later bekeek hing de snelspanner open; de
hendel zat gewoon niet vast.

Ik wil dat iemand vandaag naar de fiets kijkt voordat er iets aan veranderd wordt, en ik
wil weten of er die dag nog meer fietsen door dezelfde monteur zijn meegegeven.

Joost Verhoeven
06-0099 2380"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Lotte Kramer <lotte.kramer@postvak.example>",
         to="support@deelauto-noord.example",
         subject="Iemand heeft mijn account overgenomen – kan niet meer inloggen",
         body="""\
Hallo,

Vanochtend om 7:52 kreeg ik een mail dat het e-mailadres van mijn account gewijzigd was
naar een adres dat ik niet ken, en vijf minuten later dat mijn wachtwoord was aangepast.
Ik heb dat allebei niet gedaan en kan nu niet meer inloggen.

Via de app van mijn vriendin zie ik dat er op mijn naam een auto gereserveerd staat in
Rotterdam-Zuid vanaf 14:00 vandaag. Ik zit in Groningen. Mijn rijbewijs en creditcard
hangen aan dat account.

Blokkeer het account alsjeblieft meteen en annuleer die reservering. Mijn lidnummer is
DN-448201.

Lotte Kramer"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ruud Mulder <ruud.mulder@thuisnet.example>",
         to="service@zonnewerk-installaties.example",
         subject="Vraagje over de omvormer op zolder",
         body="""\
Goedendag,

Is het normaal dat de omvormer die jullie in februari op onze zolder hebben opgehangen
sinds een paar dagen knettert, vooral rond het middaguur? Er hangt boven nu een scherpe
lucht van gesmolten plastic.

De kast van de omvormer is zo heet dat ik er mijn hand niet op kan houden, en het houten
schot erachter is bruin verkleurd. Onder het kabelgootje zitten zwarte strepen die er
eerst niet waren. Mijn zoon slaapt in de kamer ernaast.

Installatienummer ZW-2025-0311. Wat moet ik doen?

Ruud Mulder"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Planning Koeltransport Van Dijk <planning@vandijk-koel.example>",
         to="support@koelvolg.example",
         subject="Geen temperatuurdata van 14 koelwagens – vracht wordt geweigerd",
         body="""\
Goedemorgen,

Sinds 03:40 komen er in het portaal geen temperatuurregistraties meer binnen van onze 14
koelwagens. De kaart toont alle wagens grijs met "laatste update 03:38", ook de wagens die
op dat moment gewoon reden. De sensoren in de cabine geven wel waarden aan, dus het zit
niet in de koelmotoren.

Het probleem is dat de distributiecentra van onze grootste klant geen vracht aannemen
zonder sluitende temperatuurlog. Vijf wagens met zuivel en vers vlees staan nu bij het DC
in Zwolle en worden niet gelost, drie andere rijden ernaartoe. Chauffeurs staan stil en
hun rijtijden lopen op. We schrijven met de hand temperaturen over van het display, maar
dat accepteert de klant niet.

Ik heb de 24/7-lijn gebeld, maar kreeg na twintig minuten wachten nog niemand. Bel mij
svp direct terug op 010-0099 655.

Met vriendelijke groet,
Monique Smeets, planning
Koeltransport Van Dijk B.V., klantnummer KV-0072"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Bart Jacobs <bart@jacobs-elektro.example>",
         to="support@werkbonapp.example",
         subject="Geen enkele monteur kan inklokken of werkbonnen openen",
         body="""\
Hallo,

Vanochtend kan geen van onze 31 monteurs inklokken in de app, en het openen van een
werkbon blijft hangen op het laadscherm. Ze staan bij klanten voor de deur, weten het
adres wel, maar niet wat er moet gebeuren (groepenkast, laadpaal, meterkast uitbreiden) en
kunnen niets afmelden of laten tekenen.

Kantoor belt nu alles door, maar we lopen al twee uur achter en de middagafspraken gaan
we niet halen. Graag zo snel mogelijk contact.

Bart Jacobs
Jacobs Elektrotechniek, account 20-1187"""),

    dict(n=7, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Emma Visser <emma.visser@reismail.example>",
         to="help@simreis.example",
         subject="eSIM geeft geen bereik in Portugal",
         body="""\
Hoi,

Ik ben gisteravond in Lissabon geland en mijn eSIM (bundel Europa 10 GB) geeft geen enkel
bereik. The app says "Plan active – No service" en mijn telefoon blijft maar zoeken.
Roaming staat aan, telefoon herstart, eSIM uit en weer aan gezet.

Ik kan zo geen taxi bestellen of een route opzoeken, en ik heb vanmiddag een afspraak
buiten de stad. Bestelnummer ES-903321.

Emma"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Kees van Leeuwen <kees.vanleeuwen@huismail.example>",
         to="support@robostof.example",
         subject="Is het normaal dat de kaart niet meer laadt?",
         body="""\
Goedenavond,

Is het normaal dat de kaart in de app sinds de update van dinsdag niet meer laadt? Ik zie
alleen een draaiend rondje, en kan dus geen kamers meer kiezen of een schema instellen.

Met de knop op de robot zelf maakt hij wel gewoon het hele huis schoon, dus het is te
overzien, maar ik wil hem graag weer laten rijden als we weg zijn.

Kees"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Daan Hendriks <daan.h@gamerpost.example>",
         to="support@speelpas.example",
         subject="Storing – kan al twee dagen niet spelen",
         body="""\
Hallo,

Sinds zaterdag krijg ik bij het opstarten: "Kan geen verbinding maken met de servers
(foutcode 0x8B-221)". Ik heb router, console en account al opnieuw gestart/ingelogd. Ik
betaal elke maand voor het abonnement en kan nu helemaal niks spelen.

Wanneer is dit opgelost?

Daan"""),

    dict(n=10, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Yara El Amrani <yara.elamrani@studentenpost.example>",
         to="info@studielening.example",
         subject="Lening april niet ontvangen – huur moet de 1e betaald",
         body="""\
Beste medewerker,

Mijn maandelijkse lening van € 845 (klantnummer SL-2277-901) is deze maand niet op mijn
rekening gekomen. In mijn online overzicht staat "uitbetaald op 24 maart", maar bij mijn
bank is niks binnengekomen en het rekeningnummer klopt.

Mijn huur van € 610 wordt op 1 april afgeschreven en mijn huisbaas heeft al laten weten
dat hij geen uitstel meer geeft. Kunnen jullie nagaan waar het geld is en het vóór die
datum overmaken?

Met vriendelijke groet,
Yara El Amrani"""),

    dict(n=11, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Femke Bos <femke@bos-breiwerk.example>",
         to="zakelijk@pakketpost.example",
         subject="Verzendlabels dubbel afgeschreven",
         body="""\
Goedemiddag,

Gisteren heb ik 60 labels voor brievenbuspakjes gekocht voor € 251,40. Het bedrag is twee
keer via iDEAL van mijn rekening gegaan, maar ik zie maar één batch labels in mijn
account (bestelling LB-661204).

Willen jullie het dubbele bedrag terugstorten?

Groet,
Femke Bos – Bos Breiwerk"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Wouter en Ilse Dekker <fam.dekker@kpnmail-test.example>",
         to="penningmeester@hockeyclub-deoever.example",
         subject="Factuur contributie Fleur klopt niet",
         body="""\
Beste penningmeester,

Voor onze dochter Fleur (11 jaar, lidnummer 3042) hebben we de factuur voor seizoen
2025-2026 gekregen tegen het seniorentarief: € 385 in plaats van € 195 voor de jeugd.

Kunnen jullie een gecorrigeerde factuur sturen? De automatische incasso staat gepland op
15 september, en we willen voorkomen dat het verkeerde bedrag wordt afgeschreven.

Met sportieve groet,
Wouter Dekker"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Hennie Schouten <h.schouten@dorpsmail.example>",
         to="vragen@geefapp.example",
         subject="Vraagje over transactiekosten",
         body="""\
Goedemiddag, bij mijn gift van € 10 aan de kerk via de app zag ik € 0,29 transactiekosten.
Gaat dat van mijn gift af of komt het erbovenop? Gewoon uit nieuwsgierigheid.
Groet, Hennie"""),

    dict(n=14, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Noah Peeters <noah.peeters@muziekpost.example>",
         to="support@lesrooster.example",
         subject="Mijn profiel is verwijderd?",
         body="""\
Hallo,

Als ik vandaag wil inloggen krijg ik "Dit account bestaat niet". Vorige week kreeg ik een
mail dat "inactieve profielen worden opgeschoond", maar ik heb twee weken geleden nog
gitaarles gehad via jullie platform!

Op mijn profiel stonden mijn lesgeschiedenis, de aantekeningen van mijn docent en al mijn
geüploade bladmuziek. Kunnen jullie het terugzetten? Ik gebruikte dit e-mailadres.

Noah Peeters"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Ahmed Yilmaz <ahmed@yilmaz-schilderwerken.example>",
         to="zakelijk@bank-delta.example",
         subject="Authenticator kwijt na nieuwe telefoon – zakelijke rekening",
         body="""\
Goedemorgen,

Mijn oude telefoon is in het water gevallen en doet niets meer. De authenticator-app
voor internetbankieren stond daarop. Nu vraagt de inlogpagina van mijn zakelijke rekening
om een code die ik niet kan genereren.

Hoe kan ik de tweestapsverificatie opnieuw koppelen aan mijn nieuwe telefoon? Ik kan
langskomen met mijn paspoort als dat nodig is.

Ahmed Yilmaz
Yilmaz Schilderwerken"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Peter Bakker <p.bakker@bakkerpost.example>",
         to="klantcontact@polisplein.example",
         subject="Re: Storing bij inloggen – opgelost",
         body="""\
Beste Marloes,

Bedankt voor de update. Ik kon er gisteravond inderdaad weer in. Maar vanochtend heb ik
drie keer mijn wachtwoord verkeerd getypt en nu staat er "Account tijdelijk vergrendeld".
Hoe lang duurt dat, of kunnen jullie het vrijgeven? Ik wil vóór vrijdag de schade aan
mijn fiets declareren.

Groet,
Peter Bakker

Op 14 mei 2025 om 09:12 schreef Marloes Verbeek <klantcontact@polisplein.example>:
> Beste heer Bakker,
>
> Door een storing bij onze inlogdienst was Mijn Polisplein gisteren tussen 8:00 en
> 16:30 voor niemand bereikbaar. De storing is inmiddels verholpen.
> Excuses voor het ongemak.
>
> Met vriendelijke groet,
> Marloes Verbeek, Klantcontact"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Inge Smit <inge.smit@gezinsmail.example>",
         to="info@zwemschool-dolfijn.example",
         subject="E-mailadres wijzigen",
         body="""\
Hoi, hoe verander ik het e-mailadres van mijn account in de zwemles-app? De berichten over
de lessen van Noor moeten voortaan naar dit nieuwe adres. Dank je!"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gerrit Postma <gerrit.postma@friesmail.example>",
         to="offerte@dakwerken-noord.example",
         subject="Offerte nieuw dak – geen haast",
         body="""\
Goedendag,

Bij ons in de straat loopt het storm met dakrenovaties sinds die isolatiesubsidie, dus ik
wilde ook eens informeren. Ik schrok me een hoedje van wat de buren betaald hebben,
vandaar dat ik even rondvraag.

Het gaat om een jaren-zestigwoning met een pannendak van ongeveer 70 m², en ik wil er
meteen isolatie onder. Het hoeft niet als de brandweer: na de zomer is prima. Kunt u een
keer komen kijken?

Met vriendelijke groet,
Gerrit Postma"""),

    dict(n=19, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Tessa Meijer <tessa.meijer@reisgroep-grensland.example>",
         to="groepen@zeeuwsmuseum-test.example",
         subject="Audiotour 'Watersnood 1953 – Ramp en redding' in het Duits?",
         body="""\
Goedemiddag,

Op 12 juni komen wij met een groep van 18 personen uit Kleef naar de tentoonstelling
"Watersnood 1953 – Ramp en redding". Is de audiotour ook in het Duits beschikbaar, en
moeten we die vooraf reserveren? Unsere Gäste sprechen leider kaum Niederländisch, daher
wäre eine deutsche Fassung sehr willkommen.

Met vriendelijke groet,
Tessa Meijer"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Iris Claes <iris.claes@snelpost.example>",
         to="noreply@fysiothuis.example",
         subject="Antw: Nieuwe aanmelding op je account",
         body="""\
Dat was ik zelf, vanaf de laptop van mijn schoonmoeder in Gent. Niks aan de hand.
Groetjes, Iris

Op 2 juni 2025 om 21:47 schreef Fysio Thuis <noreply@fysiothuis.example>:
> Hallo Iris,
>
> We zagen een aanmelding op je account vanaf een onbekend apparaat (Windows, Gent).
> Was jij dit niet? Wijzig dan direct je wachtwoord: mogelijk heeft iemand anders
> toegang tot je gegevens en oefenschema's."""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Bewonerscommissie Zonnehof <bc.zonnehof@bewonersmail.example>",
         to="planning@liftservice-oost.example",
         subject="Lift weer in bedrijf – dank!",
         body="""\
Beste mensen van Liftservice Oost,

Namens de bewoners van flat Zonnehof willen we jullie bedanken. Drie dagen zonder lift was
een ramp voor onze oudere bewoners op de bovenste verdiepingen, maar jullie monteur heeft
gisteravond laat nog het motorblok vervangen en alles draait weer als een zonnetje.

Hulde, en zeg tegen Arjen dat de koffie klaarstaat als hij voor de nacontrole komt.

Met hartelijke groet,
Truus Wolters, voorzitter bewonerscommissie"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Mark de Groot <mark.degroot@labradorliefde.example>",
         to="info@dierpolis.example",
         subject="Dekt jullie hondenverzekering vergiftiging?",
         body="""\
Goedemorgen,

Wij overwegen een verzekering voor onze pup (labrador, 4 maanden). Hij eet werkelijk
álles wat op de grond ligt. Wordt een behandeling na vergiftiging (chocola, druiven,
rattengif bij de buren) vergoed in het basispakket, of alleen in Premium? En is er een
wachttijd voordat de dekking ingaat?

Hij is gelukkig kerngezond, ik wil gewoon voorbereid zijn.

Mark de Groot"""),

    dict(n=23, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Linda Koster <linda@tuinenzo-shop.example>",
         to="merchants@winkelplatform.example",
         subject="Klanten kunnen niet afrekenen – Black Friday!",
         body="""\
Hallo,

Onze webshop (winkel-ID 40917, tuinmeubelen) draait vandaag de grootste actie van het
jaar. Sinds 10:05 krijgt iedere klant bij het afrekenen "Betaling kon niet worden
gestart", zowel bij iDEAL als bij creditcard. Het winkelmandje en de productpagina's
laden gewoon.

In het afgelopen uur hebben we 230 verlaten winkelwagens geteld, en er loopt een
advertentiecampagne van € 8.000 die nu bezoekers naar een kassa stuurt die niets doet.
Ons bureau zegt: "Looks like a platform-side PSP issue, nothing we can fix."

Bel me alsjeblieft direct: 06-0099 7713.

Linda Koster, Tuinen & Zo"""),

    dict(n=24, signals="payment,account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Erik Hoekstra <erik@hoekstra-installatie.example>",
         to="zakelijk@bank-delta.example",
         subject="RE: Zakelijke rekening geblokkeerd – salarissen morgen!",
         body="""\
Goedemiddag,

Dit is mijn derde mail en ik heb nog steeds niets gehoord. Ik kan nog altijd niet inloggen
op onze zakelijke rekening. Morgen om 12:00 moet de salarisbatch voor onze 9 medewerkers
(€ 23.460) eruit, en dat lukt zo niet. Telefonisch kom ik er niet door: 45 minuten in de
wacht en dan verbroken.

Ik wil vandaag teruggebeld worden: 058-0099 412.

Erik Hoekstra
Hoekstra Installatietechniek

Van: Erik Hoekstra <erik@hoekstra-installatie.example>
Verzonden: dinsdag 20 mei 2025 08:31
Aan: zakelijk@bank-delta.example
Onderwerp: Zakelijke rekening geblokkeerd

> Goedemorgen,
>
> Sinds gisteren krijg ik bij het inloggen "Uw toegang is geblokkeerd, neem contact met
> ons op". Ik heb niets veranderd aan mijn gegevens. Graag zo snel mogelijk deblokkeren,
> eind deze week moeten de salarissen betaald worden."""),
]
