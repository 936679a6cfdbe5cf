# blind35 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ingrid Vermeulen <ingrid.vermeulen@thuismail.example>",
         to="info@apotheekdelinde.example",
         subject="Verkeerde sterkte acenocoumarol?",
         body="""\
Goedemiddag,

Mijn vader, dhr. J. Vermeulen (geb. 02-05-1938), haalt zijn medicijnen bij uw
apotheek. Vorige week dinsdag heeft hij een nieuwe doos acenocoumarol
meegekregen. Op het etiket staat 1 mg, zoals altijd, maar ik zie nu dat de
strips in de doos 4 mg zijn.

Hij slikt ze al zes dagen zo. Sinds het weekend heeft hij grote blauwe plekken
op zijn armen, gisteren had hij een bloedneus die bijna een uur niet stopte en
vanochtend zat er bloed in zijn urine.

Ik heb de trombosedienst gebeld en we kunnen vanmiddag terecht voor een prik.
Maar ik wil ook graag van u horen hoe dit heeft kunnen gebeuren, en of andere
patiënten dezelfde doos hebben meegekregen.

U kunt mij bereiken op 06-41872290.

Met vriendelijke groet,
Ingrid Vermeulen"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ruud Hoekstra <ruud.hoekstra@kpnet.example>",
         to="service@warmtewacht-installatie.example",
         subject="Vraag na onderhoud cv-ketel",
         body="""\
Hallo,

Gisterochtend is er een monteur van jullie geweest voor het jaarlijkse
onderhoud van onze cv-ketel. Is het normaal dat de koolmonoxidemelder in de
gang sinds gisteravond om de paar uur afgaat? We dachten eerst dat de batterij
leeg was en hebben die vervangen, maar hij blijft piepen.

Verder hebben mijn vrouw en ik sinds gisteren allebei hoofdpijn en ik was
vanochtend duizelig toen ik opstond. Ons zoontje van 4 is ook hangerig en heeft
vannacht overgegeven. Misschien is het toeval hoor, er gaat ook griep rond.

Moeten we iets doen, of kan er iemand komen kijken?
Adres: Kastanjelaan 17, Amersfoort.

Groet,
Ruud Hoekstra
06-28441903"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="phishing", qt=0, reply=0,
         frm="Gerrit de Wit <gerritdewit@planet-mail.example>",
         to="klantenservice@vlietbank.example",
         subject="HELP er is geld van mijn rekening gehaald",
         body="""\
Goedenavond,

Ik kreeg vanmiddag een sms dat mijn bankpas zou verlopen en dat ik via een link
een nieuwe moest aanvragen. Stom genoeg heb ik dat gedaan en alles ingevuld, ook
de code uit de app. Een uur later zag ik twee overboekingen van € 2.450,- en
€ 1.980,- naar een rekening die ik niet ken. Die heb ik NIET gedaan!

Ik denk dat ik ben opgelicht. Ik heb jullie al drie keer gebeld maar kom niet
door de wachtrij heen. Kunnen jullie mijn rekening meteen blokkeren en het geld
terughalen? Dit is mijn spaargeld.

Rekeningnummer: NL27 VLBK 0301 4477 12

Gerrit de Wit
06-33019847"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sophie van Dijk <sophie.vandijk@mailhuis.example>",
         to="klantenservice@zorgzeker.example",
         subject="Ik zie gegevens van iemand anders in de app",
         body="""\
Beste klantenservice,

Toen ik vanochtend in de app inlogde om een nota van de fysiotherapeut in te
dienen, stond er bovenaan niet mijn naam maar "M. El Amrani". Onder 'Mijn
declaraties' staan behandelingen die ik nooit heb gehad, van een ziekenhuis,
een psychiater en een apotheek, en bij 'Mijn gegevens' zie ik zijn adres,
geboortedatum, BSN en IBAN.

Ik heb uitgelogd en opnieuw ingelogd, maar het blijft hetzelfde. Ik heb verder
niets aangeklikt of gewijzigd. Ik neem aan dat iemand anders dan misschien
ook mijn gegevens te zien krijgt?

Mijn relatienummer is 48 220 913.

Met vriendelijke groet,
Sophie van Dijk"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marieke Bos <marieke@kaasenzo.example>",
         to="support@winkelbouwer.example",
         subject="Afrekenen blijft laden, sinds gisteravond geen enkele bestelling",
         body="""\
Hoi,

Sinds gisteravond rond 22.00 uur komt er geen enkele bestelling meer binnen in
onze webshop (www.kaasenzo.example). Klanten komen tot de afrekenpagina, kiezen
iDEAL of creditcard, en dan blijft het rondje draaien. Na een paar minuten
krijgen ze: "Er is iets misgegaan, probeer het later opnieuw."

Normaal hebben we op een vrijdag 80 tot 100 bestellingen, nu nul. Er bellen en
mailen al klanten die hun kerstpakket willen bestellen. Op jullie statuspagina
staat alles op groen.

Winkel-ID: 10442. Graag zo snel mogelijk contact via 06-51390872.

Met groet,
Marieke Bos
Kaas & Zo"""),

    dict(n=6, signals="outage", priority="critical", trap="business", qt=0, reply=0,
         frm="Anouk Mulder <praktijkmanager@huisartsendebrink.example>",
         to="servicedesk@medidossier.example",
         subject="Patiëntdossiers openen niet, spreekuur loopt vast",
         body="""\
Goedemorgen,

Ik ben praktijkmanager van Huisartsenpraktijk De Brink in Zwolle. Sinds 8.00 uur
vanochtend kan niemand van onze vijf huisartsen en vier assistenten een
patiëntdossier openen. Het programma start wel, maar zodra je een patiënt
aanklikt verschijnt:

    Fout 0x80042: verbinding met gegevensserver verbroken

We kunnen dus geen medicatie inzien, geen recepten versturen en geen
verwijzingen maken. De wachtkamer zit vol en we werken nu op papier, maar dat
houden we niet lang vol. Onze eigen ICT'er zegt dat het aan jullie kant ligt.

Klantnummer: HA-7781
Bel mij alstublieft direct: 038-4201155.

Met vriendelijke groet,
Anouk Mulder
Praktijkmanager"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kevin Brouwers <kevinb1994@snelpost.example>",
         to="klantenservice@belzo-mobiel.example",
         subject="geen bereik",
         body="""\
sinds gisteravond doet mijn telefoon niks meer, geen bellen geen internet, er staat alleen "alleen noodoproepen" bovenin. simkaart van mijn vriendin in mijn toestel werkt wel dus ligt aan jullie?? nummer 06-19735502. heb hem echt nodig voor mn werk

Kevin
Verstuurd vanaf mijn iPhone"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Piotr Nowak <piotr.nowak@ledmail.example>",
         to="support@stroomlader.example",
         subject="Laadpas werkt niet meer bij palen",
         body="""\
Goedendag,

Sinds vrijdag mijn laadpas word bij geen enkele laadpaal meer geaccepteerd. Ik
heb geprobeerd bij drie verschillende palen in Utrecht en bij een snellader
langs de A12, elke keer het scherm zegt "Pas niet geautoriseerd". Vorige week
het werkte nog normaal.

Mijn auto is elektrisch en ik moet elke dag 90 km naar mijn werk rijden, dus ik
heb echt een probleem. De accu is nu nog maar 18%.

Pasnummer: NL-EVC-00481723

Kunnen jullie kijken wat is er mis?

Met vriendelijk groet,
Piotr Nowak"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Lotte Willems <lotte.willems@postvak.example>",
         to="help@klankkast.example",
         subject="Downloaden voor offline luisteren lukt niet meer",
         body="""\
Hallo,

Eerst even een compliment: jullie jaaroverzicht was echt leuk, ik heb het met
al mijn vriendinnen gedeeld haha.

Maar waar ik eigenlijk voor mail: sinds een paar dagen lukt het niet meer om
playlists te downloaden voor offline. Het begint wel, maar blijft dan hangen op
"Wachten op download", of stopt na 3 van de 40 nummers. Gewoon streamen gaat
prima, alleen heb ik onderweg in de trein zonder wifi dus niks. Ik heb de app
al opnieuw geïnstalleerd en de cache gewist.

Android 14, Premium Duo.

Weten jullie hiervan?

Groetjes,
Lotte"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="W.F. de Graaf <wf.degraaf@degraaf-thuis.example>",
         to="klantenservice@waterbedrijf-oostland.example",
         subject="Bezwaar jaarafrekening klantnummer 3300 8812",
         body="""\
Geachte heer/mevrouw,

Op 4 december ontving ik de jaarafrekening over 2026 voor klantnummer
3300 8812. Volgens deze afrekening moet ik € 412,37 bijbetalen, omdat ons
verbruik 286 m³ zou zijn geweest. Ons huishouden bestaat uit twee personen en in
voorgaande jaren lag het verbruik steeds rond de 70 m³.

De eindstand op de afrekening (1.704) komt niet overeen met de stand die ik op
1 november zelf heb doorgegeven (1.488). Een foto van de meter stuur ik u
desgewenst toe.

Ik verzoek u de afrekening te corrigeren en de incasso van het bij te betalen
bedrag op te schorten totdat dit is rechtgezet.

Hoogachtend,

drs. W.F. de Graaf"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Noor en Thijs Peters <noor.peters@gezinspost.example>",
         to="verhuur@smitvastgoed.example",
         subject="Borg Vondelstraat 22-II",
         body="""\
Beste meneer Smit, beste medewerkers van Smit Vastgoed,

Allereerst nog bedankt voor de fijne jaren in het appartement aan de
Vondelstraat. We hebben er met veel plezier gewoond, de buren waren top en het
was echt jammer dat we weg moesten, maar met een baby op komst werd het gewoon
te klein.

De eindinspectie op 31 oktober verliep prima. Ilse van jullie zei dat alles er
keurig uitzag, zelfs de houten vloer, en de sleutels hebben we diezelfde dag
ingeleverd.

Alleen: de borg van € 2.100 hebben we nog steeds niet terug. In het
huurcontract staat dat die binnen 30 dagen wordt terugbetaald, en het is nu
ruim zes weken later. We hebben dat geld hard nodig, want we moeten vóór
15 december de waarborgsom voor ons nieuwe huis betalen, anders gaat het naar
iemand anders.

Zou u het bedrag deze week willen overmaken naar NL64 RABO 0177 2093 81
t.n.v. N. Peters?

Hartelijke groet,
Noor en Thijs Peters"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Fatima Benali <fatima.benali@inbox-nl.example>",
         to="help@smulbezorgd.example",
         subject="Vraagje over € 0,49 toeslag",
         body="""\
Hoi! Klein vraagje: bij mijn bestelling van gisteravond (sushi, € 14,50) stond
er € 0,49 "kleine-bestellingtoeslag" op de bon. Geen probleem verder hoor, maar
vanaf welk bedrag betaal je die niet meer? Kon het nergens in de app vinden.

Groetjes,
Fatima"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jeroen Kuipers <jeroen.kuipers@mijnpost.example>",
         to="leden@fitfabriek.example",
         subject="Nog steeds incasso na opzegging lidmaatschap",
         body="""\
Beste FitFabriek,

In september heb ik mijn lidmaatschap opgezegd. Toch wordt er nog steeds geld
afgeschreven. Even op een rijtje:

- 12 september: opgezegd via het formulier op de site (bevestiging ontvangen,
  kenmerk OPZ-22817)
- opzegtermijn 1 maand, dus oktober was de laatste maand
- 28 oktober: € 34,99 afgeschreven (klopt)
- 28 november: weer € 34,99 afgeschreven (klopt niet)
- 1 december: mail van jullie dat mijn lidmaatschap "verlengd" is

Willen jullie de novemberincasso terugstorten en zorgen dat er niets meer wordt
afgeschreven? Lidnummer 118204.

Groet,
Jeroen Kuipers"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Kees Visser <kees.visser@dorpsnet.example>",
         to="helpdesk@postduif-mail.example",
         subject="Kan niet meer in mijn e-mail",
         body="""\
Geachte medewerker,

Sinds gisteren kan ik niet meer inloggen op mijn e-mail. Ik heb volgens mij het
juiste wachtwoord ingetypt, maar na een paar keer kreeg ik de melding "Uw
account is tijdelijk geblokkeerd wegens te veel inlogpogingen. Probeer het over
24 uur opnieuw." Die 24 uur zijn nu ruim voorbij en ik krijg nog steeds
dezelfde melding.

Via "wachtwoord vergeten" wordt een code gestuurd naar een telefoonnummer dat
ik al jaren niet meer heb.

Mijn e-mailadres is h.brouwer@postduif-mail.example. Ik mail vanaf het adres
van mijn buurman, de heer Visser.

Met vriendelijke groet,
H. Brouwer"""),

    dict(n=15, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Daan Vos <daan.vos@student.hogeschool-ijsselland.example>",
         to="servicedesk@hogeschool-ijsselland.example",
         subject="Kan niet inloggen op studentportaal, scriptie morgen 12.00 uur inleveren",
         body="""\
Beste servicedesk,

Vorige week heb ik een nieuwe telefoon gekregen en sindsdien kom ik niet meer
langs de tweestapsverificatie. De authenticator-app staat op mijn nieuwe
telefoon, maar mijn account staat nog gekoppeld aan de oude, dus elke code die
ik invul wordt afgekeurd. Ik kan daardoor niet meer in het studentportaal en
Mijn Cursussen.

Morgen om 12.00 uur moet ik mijn afstudeerscriptie via het portaal inleveren.
Als ik dat mis, moet ik een half jaar wachten op de volgende inleverronde.

Kunnen jullie mijn tweestapsverificatie resetten? Studentnummer 2210847. Ik kan
vandaag ook langskomen bij de balie met mijn collegekaart.

Alvast heel erg bedankt,
Daan Vos"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Esther de Jong <esther.dejong@zonnepost.example>",
         to="klantenservice@zonvaart-reizen.example",
         subject="E-mailadres wijzigen in Mijn Reis",
         body="""\
Hallo,

Hoe kan ik het e-mailadres van mijn account aanpassen? Ik heb een nieuw adres
en wil graag dat de reisdocumenten voor onze vakantie naar Kreta in mei daar
naartoe gaan. Inloggen gaat prima, maar bij 'Mijn profiel' kan ik alleen mijn
naam en telefoonnummer wijzigen.

Alvast bedankt!
Esther de Jong"""),

    dict(n=17, signals="account", priority="medium", trap="proxy", qt=0, reply=0,
         frm="Martin Bakker <martin.bakker@bakkerweb.example>",
         to="klantenservice@boodschappenbus.example",
         subject="Account van mijn moeder",
         body="""\
Goedemiddag,

Ik mail namens mijn moeder, mevrouw T. Bakker-Visser, die al jaren haar
boodschappen bij jullie bestelt. Ze is 84 en heeft zelf geen computer, dus ik
doe de bestellingen voor haar.

Vorige week hebben we het e-mailadres in haar account veranderd in het mijne.
Sindsdien kunnen we niet meer inloggen: met het oude adres zegt de site
"onbekend account", met het nieuwe "bevestig eerst je e-mailadres", maar de
bevestigingsmail komt niet aan (ook niet in de spam). De bestelling voor
donderdag staat nog in het systeem en die wil ik graag nog aanpassen.

Kunnen jullie het account weer toegankelijk maken? Klantnummer 7700 4128,
bezorgadres Lindelaan 9, Deventer.

Met vriendelijke groet,
Martin Bakker"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Annemieke Prins <annemieke.prins@leesmail.example>",
         to="info@boekhandelhetanker.example",
         subject="Wanneer verschijnt deel 3?",
         body="""\
Beste mensen van Het Anker,

Mijn dochter (14) staat sinds de zomer in vuur en vlam voor de serie "Het
Gestolen Wachtwoord" van Mila Hoek. Ik heb haar nog nooit zo zien lezen! Deel 2,
"Gehackt", heeft ze in één nacht uitgelezen en het einde sloeg bij haar in als
een bom.

Nu zit ze met smart te wachten op deel 3. Weten jullie al wanneer dat
verschijnt, en kan ik het nu al bij jullie reserveren? Het zou een mooi
verjaardagscadeau zijn in februari.

Hartelijke groet,
Annemieke Prins"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Wouter Smits <wouter.smits@huismail.example>",
         to="klantenservice@woonhuys.example",
         subject="Antw: Dubbele afschrijving bestelling 55-20917",
         body="""\
Hoi Sanne,

Dank je wel, ik zie het bedrag vanochtend weer op mijn rekening staan. Top
geregeld!

Nog één vraagje: wordt de bank nog steeds op 18 december bezorgd?

Groet,
Wouter

Op wo 2 dec 2026 om 20:41 schreef Wouter Smits <wouter.smits@huismail.example>:
> Goedenavond,
>
> Bij mijn bestelling 55-20917 (hoekbank Lund, € 899,-) is het bedrag twee
> keer van mijn rekening afgeschreven, op 30 november en op 1 december.
> Kunnen jullie één van de twee betalingen terugstorten?
>
> Met vriendelijke groet,
> Wouter Smits"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Youssef Amrani <youssef.amrani@webpost-nl.example>",
         to="vragen@tweedekans-telefoons.example",
         subject="Vragen over garantie en retour voordat ik bestel",
         body="""\
Hallo,

Ik twijfel tussen twee refurbished toestellen bij jullie. Voordat ik bestel heb
ik een paar vragen:

- Als de telefoon binnen de garantie kapotgaat, krijg ik dan mijn geld terug of
  alleen een reparatie?
- Wat als de accu na een paar maanden al snel leegloopt?
- Jullie bieden ook een verzekering aan. Dekt die ook diefstal, als hij
  bijvoorbeeld uit mijn tas wordt gestolen?
- Kan ik hem binnen 14 dagen zonder reden terugsturen?

Bedankt!
Youssef Amrani"""),

    dict(n=21, signals="-", priority="low", trap="down", qt=0, reply=0,
         frm="Bas Verhoeven <bas.verhoeven@gezinsmail.example>",
         to="cursus@ehbo-wijkcentrum.example",
         subject="Gemiste les EHBO-cursus inhalen",
         body="""\
Beste mevrouw Kok,

Ik volg bij jullie de EHBO-cursus op dinsdagavond in het buurthuis. Vorige week
lag ik helaas plat met griep, waardoor ik de les over brandwonden, verslikking
en reanimatie heb gemist. Juist die wil ik graag goed beheersen, met twee kleine
kinderen in huis.

Is het mogelijk om die les in te halen bij een andere groep, bijvoorbeeld op
donderdag? En telt dat dan nog mee voor het examen in januari?

Met vriendelijke groet,
Bas Verhoeven"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Gerda Schouten <gerda.schouten@lindemail.example>",
         to="klantenservice@pakketpiloot.example",
         subject="Bedankt, pakket toch nog terecht",
         body="""\
Beste klantenservice,

Vorige week heb ik gemaild over mijn pakket (track & trace 3SPKT 4471 0093)
dat op "bezorgd" stond maar nergens te vinden was. Ik ging al uit van
diefstal, want hier in de straat worden wel vaker pakketjes van de stoep
gestolen.

Gisteren belde de buurvrouw van nummer 14: het lag al die tijd in haar
schuurtje, de bezorger had het daar neergezet. Alles is heel gebleven.

De zaak is dus opgelost en het onderzoek mag worden afgesloten. En veel dank
aan Jasper van jullie klantenservice, die heel vriendelijk en geduldig was.

Hartelijke groet,
Gerda Schouten"""),

    dict(n=23, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
         frm="Iris Veenstra <iris.veenstra@fotopost.example>",
         to="service@printpracht.example",
         subject="Foto's uploaden in de app lukt niet",
         body="""\
Hoi,

Ik wilde een fotoboek van onze vakantie maken, maar in jullie app loopt het
uploaden steeds vast. Na 10 à 20 foto's stopt de balk en komt er "Upload
mislukt (fout 413)". Het gaat om ongeveer 300 foto's.

Via de website op mijn laptop lukt het wel, dus ik heb het boek daar gemaakt en
het heeft geen haast. Wel onhandig, want de meeste foto's staan op mijn
telefoon. Misschien goed om eens naar te kijken?

Groetjes,
Iris Veenstra"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Rob van der Heijden <r.vanderheijden@vdheijden-transport.example>",
         to="enterprise-support@trackwise.example",
         subject="Prio-1-melding: positie-updates vertraagd, contract TRX-ENT-0392",
         body="""\
Geachte heer/mevrouw,

Namens Van der Heijden Transport B.V. meld ik een verstoring in uw
fleetmanagementplatform. Sinds vanochtend circa 06.30 uur komen de
GPS-posities van onze 64 vrachtwagens met 30 tot 45 minuten vertraging binnen.
De rest van het platform (ritplanning, rapportages) werkt normaal, maar onze
planners kunnen klanten geen betrouwbare aankomsttijden meer geven.

Conform ons Enterprise-contract (TRX-ENT-0392) geldt een SLA met een reactietijd
van 1 uur voor prioriteit-1-meldingen. Ik verzoek u deze melding als zodanig te
behandelen en mij binnen die termijn te informeren over de oorzaak en de
verwachte hersteltijd.

Met vriendelijke groet,

ing. R. (Rob) van der Heijden
IT-manager, Van der Heijden Transport B.V.
Tel. 0418-672210"""),
]
