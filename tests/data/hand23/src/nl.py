# blind24 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke van Dongen <marieke.vandongen@kpnmail.example>",
         to="klantenservice@slaapwereld-bezorgt.example",
         subject="Bed met opbergruimte, bestelling SW-208815",
         body="""\
Goedemiddag,

Vorige week dinsdag hebben jullie bezorgers het bed met opbergruimte (model Lotte, 140x200) bij ons in elkaar gezet. Gisteravond zat onze dochter (7) met haar hoofd en schouders in de opbergruimte om haar knuffel te pakken. Het scharnier aan de rechterkant schoot los en de hele bedbodem met matras klapte in één keer dicht, boven op haar rug en nek.

Mijn man kon hem weer optillen. Ze heeft een rode streep dwars over haar schouderbladen en heeft gehuild tot ze in slaap viel. Vanochtend zagen we dat de gasveer aan die kant los hangt: er ontbreken twee schroeven die er volgens de montagetekening wel in horen.

We hebben de bedbodem nu met spanbanden vastgezet en slapen er niet meer in. Graag vandaag nog contact over ophalen of herstellen, en over hoe dit heeft kunnen gebeuren.

Marieke van Dongen
06 01 23 45 67"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thijs Bakker <thijs.bakker@ziggo-post.example>",
         to="support@deelauto-stad.example",
         subject="Laadkabel van auto GX-418-T",
         body="""\
Hoi,

Vanmiddag om 14:10 de deelauto GX-418-T opgehaald op de laadplek aan het Javaplein. Toen ik de stekker uit de laadpaal trok, was die zo heet dat ik hem meteen liet vallen. De kabel knetterde nog toen hij op de grond lag, en rond de stekkerpennen zit een zwarte, gesmolten rand.

Ik heb nu een blaar zo groot als een muntje op mijn duim en een kleinere op mijn wijsvinger.

De kabel ligt in de kofferbak, de auto staat er nog en ik heb de rit geannuleerd. Zorg alsjeblieft dat niemand anders die kabel gebruikt voordat er iemand naar gekeken heeft. Boekingsnummer 7730-1982.

Thijs"""),

    dict(n=3, signals="safety", priority="critical", trap="dizzy", qt=0, reply=0,
         frm="Henk Mulder <h.mulder@planet-mail.example>",
         to="monteurs@meterwissel.example",
         subject="Gaslucht na plaatsen slimme meter",
         body="""\
Geachte heer/mevrouw,

Vanochtend heeft uw monteur bij ons de oude gasmeter vervangen door een slimme meter (afspraak MW-55120). Sinds hij weg is, ruikt het in de meterkast en in de gang sterk naar gas. Mijn vrouw werd vanmiddag duizelig en misselijk en is buiten gaan zitten.

We hebben de gaskraan dichtgedraaid en ramen en deuren opengezet. Ik weet niet hoe gevaarlijk dit is, maar ik durf de kraan niet meer open te zetten. Kan er vandaag nog iemand komen? U kunt mij bellen op 06 01 98 76 54.

Met vriendelijke groet,
Henk Mulder
Kerkstraat 12, Zuidwolde"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Fatima el Amrani <fatima.elamrani@outlook-nl.example>",
         to="help@pakketpost-app.example",
         subject="Vraagje over mijn app",
         body="""\
Hallo,

Is het normaal dat ik sinds gisteren in mijn app onder "Bezorgd" pakketten zie die niet van mij zijn? Bij elk pakket staat een foto van een voordeur die ik niet ken, met de naam M. de Graaf, een adres in Almere, een telefoonnummer en de handtekening bij aflevering. Bij één staat zelfs een ophaalcode voor een pakketkluis.

Mijn eigen zendingen staan er ook nog tussen.

Groetjes,
Fatima el Amrani"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ruud Verhoeven <r.verhoeven@versdirect-logistiek.example>",
         to="servicedesk@robopick-systems.example",
         subject="Geen enkele robot rijdt meer in hal 3",
         body="""\
Goedemorgen,

Sinds 05:40 rijdt er geen enkele robot meer in hal 3. Ze staan allemaal op hun laadstation; het dashboard toont ze als "idle", maar ze nemen geen opdrachten aan. We hebben de controller twee keer herstart, zonder resultaat.

Vandaag moeten er 2.300 orders met gekoelde en verse producten vóór 14:00 de deur uit. Op dit moment pakken we met twaalf man met de hand, dat is hooguit een kwart van het normale tempo. Wat vandaag niet weg is, kunnen we morgen weggooien.

Our site director is in copy and asks for a call with your on-site engineer within the hour.

Ruud Verhoeven
Shift lead, DC Nieuwegein
030 000 12 34"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Annelies Vos <a.vos@ziekenhuis-rijnoever.example>",
         to="support@parkeren-zorg.example",
         subject="Slagbomen parkeergarage P2 gaan niet meer open",
         body="""\
Goedemiddag,

Sinds ongeveer 11:15 gaan de slagbomen van parkeergarage P2 bij het uitrijden niet meer open. Betaalde tickets worden geweigerd met de melding "Ticket ongeldig", ook als de betaalautomaat net "Betaald" heeft laten zien. Inrijden gaat wel.

Er staat nu een rij van zeker dertig auto's in de garage, onder wie patiënten die net van de dialyse komen en ouders met kinderen van de kinderpoli. Onze beveiligers laten de auto's één voor één met een sleutel door, maar dat kunnen ze niet de hele middag volhouden.

Graag direct een monteur of een reset op afstand.

Annelies Vos
Facilitair bedrijf, Ziekenhuis Rijnoever"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Peter Janssens <peter.janssens@telenet-post.example>",
         to="klantendienst@belmobiel.example",
         subject="Kan niet meer bellen sinds vanochtend",
         body="""\
Dag,

Sinds vanochtend 8 uur kan ik niet meer bellen of gebeld worden, en sms'en lukt ook niet. Bovenaan mijn scherm staat "Alleen noodoproepen". Mobiele data doet ook niets. Mijn vrouw zit ook bij jullie, in hetzelfde huis, en bij haar gaat alles gewoon.

SIM eruit gehaald en teruggestoken, toestel herstart, ander toestel geprobeerd: overal hetzelfde. Ik ben zelfstandig loodgieter en mijn klanten bellen me op dit nummer (0470 00 12 34).

Kunnen jullie kijken wat er met mijn lijn is?

Peter"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@mailbox.example>",
         to="info@fietsdelen-stad.example",
         subject="Kaart in de app klopt niet",
         body="""\
Hoi,

Is het normaal dat de kaart in de app al drie dagen bij elk station "0 fietsen beschikbaar" laat zien? Bij station Vredenburg stonden er vanochtend zeker vijftien. Als ik de QR-code op de fiets zelf scan, kan ik hem gewoon lenen, dus het is te doen, maar je weet nu nooit of het zin heeft om naar een station te lopen.

iPhone, app-versie 4.8.1.

Groet,
Sanne"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Jeroen Kok <jeroen@kokbouw.example>",
         to="support@bouwcam-online.example",
         subject="Storing: geen beeld van de camera's op project De Werf",
         body="""\
Beste,

Sinds vrijdagavond is er een storing op onze twee camera's op het project De Werf (abonnement BC-3319). In het portaal staan ze allebei op "offline": geen live beeld en geen opnames meer. Er is gewoon stroom op de bouwkeet en het lampje van de router brandt groen.

We zijn dit weekend niet op de bouw geweest, dus we hebben geen idee wat er in die tijd gebeurd is. Onze verzekeraar eist camerabewaking buiten werktijd, dus graag zo snel mogelijk een monteur.

Jeroen Kok
Bouwbedrijf Kok & Zn."""),

    dict(n=10, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Lotte Hendriks <lotte.hendriks@hetnet-mail.example>",
         to="retouren@matrasdirect.example",
         subject="Nog steeds geen terugbetaling retour M-77120",
         body="""\
Beste klantenservice,

Op 3 februari hebben jullie mijn matras (Comfort Deluxe 160x200) opgehaald, binnen de proefperiode van 100 nachten. De chauffeur heeft het retourformulier afgetekend en ik kreeg dezelfde dag een mail dat de retour "verwerkt" was.

Het is nu ruim drie weken later en de € 899,00 staat nog steeds niet op mijn rekening. Volgens jullie eigen voorwaarden gebeurt dat binnen 14 dagen. Wanneer kan ik het geld verwachten?

Met vriendelijke groet,
Lotte Hendriks
Ordernummer M-77120"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Kevin Smits <kevinsmits@xs4all-mail.example>",
         to="klantenservice@groenstroom-nl.example",
         subject="Terugbetaling jaarafrekening, huur moet 1 april betaald",
         body="""\
Hallo,

Volgens mijn jaarafrekening van 6 maart (klantnummer 40 118 772) krijg ik € 412,35 terug, "binnen 10 werkdagen op uw rekening". Dat is inmiddels ruim drie weken geleden en er is niets binnengekomen. In Mijn Omgeving staat de status sinds 8 maart op "in behandeling".

Ik heb dat geld echt nodig: ik ben net verhuisd, betaal nog een maand dubbele huur en op 1 april moet de huur van mijn nieuwe kamer betaald zijn. Kunt u het bedrag deze week nog overmaken? Mijn IBAN is niet veranderd.

Kevin Smits"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Julia Nowak <julia.nowak@studentmail.example>",
         to="support@pakketkluis.example",
         subject="Twee keer betaald voor één verzendlabel",
         body="""\
Hallo,

Gisteren heb ik via jullie website een verzendlabel gekocht voor een pakket naar Duitsland (zending PK3X0884219). De iDEAL-betaling leek eerst te mislukken, dus ik heb het nog een keer gedaan. Nu zie ik twee afschrijvingen van € 12,95 op mijn rekening, maar ik heb maar één label gekregen.

Sorry for my Dutch, you can answer in English if that is easier. Could you please refund the second payment?

Dank je wel,
Julia Nowak"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Wim de Boer <wim.deboer@golfmail.example>",
         to="info@teeboeken.example",
         subject="Wat zijn reserveringskosten?",
         body="""\
Goedendag,

Bij mijn laatste boeking op De Hooge Bergen (zaterdag 10:20) werd € 1,25 "reserveringskosten" afgeschreven. Is dat nieuw? Ik vraag het uit nieuwsgierigheid, verder geen probleem.

Wim de Boer"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Yusuf Demir <yusuf.demir@mailnet.example>",
         to="hulp@autodelen-nu.example",
         subject="Account geblokkeerd",
         body="""\
Hallo,

Sinds gisteravond kom ik niet meer in de app. Na een paar keer een verkeerd wachtwoord staat er "Je account is tijdelijk geblokkeerd. Neem contact op met de klantenservice." Via "Wachtwoord vergeten" krijg ik wel een mail, maar na het instellen van een nieuw wachtwoord blijft dezelfde melding staan.

Ik heb zaterdag een bus nodig voor een verhuizing en kan nu niets reserveren. Klantnummer AD-661204.

Groet,
Yusuf Demir"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Ingrid Postma <ingrid.postma@kpnmail.example>",
         to="klantenservice@waterbedrijf-noord.example",
         subject="Sms-code komt te laat, ik kan niet inloggen",
         body="""\
Beste mensen,

Als ik wil inloggen op Mijn Waterbedrijf, krijg ik een sms met een code. Die sms komt pas na een minuut of tien binnen, en dan zegt de website "De code is verlopen". Ik heb het nu vier keer geprobeerd, ook 's avonds.

Ik wilde alleen mijn meterstand doorgeven. Is er een andere manier om in te loggen, bijvoorbeeld met een code per e-mail?

Met vriendelijke groet,
Ingrid Postma
klantnummer 200 417 88"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Bas Koster <bas.koster@famkoster.example>",
         to="abonnementen@dierenpark-hoogeveld.example",
         subject="Ons gezinsprofiel is verdwenen",
         body="""\
Goedemiddag,

Wij hebben sinds 2022 een gezinsabonnement (2 volwassenen, 3 kinderen). Toen ik vanochtend in de app de QR-codes wilde openen voor ons bezoek van zondag, kreeg ik "Dit account bestaat niet". Op de website inloggen lukt ook niet. Een nieuw account aanmaken met hetzelfde e-mailadres kan wel, maar daar staat dan geen abonnement in.

Het abonnement is in januari nog verlengd (factuur DH-25-01933). Kunnen jullie ons profiel met de vijf passen terugzetten?

Bas Koster"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ellen Brouwer <ellen.brouwer@hondenmail.example>",
         to="service@dierenapotheek-online.example",
         subject="Tweestapsverificatie aanzetten?",
         body="""\
Hallo,

Hoe zet ik tweestapsverificatie aan op mijn account? Ik bestel elke maand de medicijnen voor onze oude kat en wil het account wat beter beveiligen. Onder "Mijn gegevens" zie ik alleen "Wachtwoord wijzigen".

Alvast bedankt,
Ellen Brouwer"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marco Peeters <marco.peeters@tennismail.example>",
         to="info@baanboeken-tc.example",
         subject="Re: Storing in het boekingssysteem afgelopen zaterdag",
         body="""\
Hoi Linda,

Bedankt voor de uitleg en het gratis uurtje, helemaal goed zo. Nog een vraagje: kan ik een baan vastzetten voor elke dinsdag om 19:30 tot de zomer, of moet ik iedere week opnieuw boeken?

Groet,
Marco

Op ma 17 mrt 2025 om 09:48 schreef Linda | Baanboeken <info@baanboeken-tc.example>:
> Beste Marco,
>
> Afgelopen zaterdag was ons boekingssysteem tussen 8:00 en 11:30 door een
> storing niet bereikbaar. Leden konden in die tijd geen banen reserveren of
> annuleren, en daardoor is jouw boeking van 9:00 niet doorgekomen.
>
> Als goedmaker mag je een keer gratis een uur spelen.
>
> Met sportieve groet,
> Linda"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Gerrit Wouters <g.wouters@houthandel-wouters.example>",
         to="service@heftruckverhuur-oost.example",
         subject="Bedankt voor de snelle hulp!",
         body="""\
Goedemiddag,

Even een kort bedankje. Vanochtend viel onze gehuurde heftruck (huurcontract HV-2218) ineens uit, midden in het lossen van een vrachtwagen met balken. Binnen een uur stond jullie monteur Dennis op het terrein: accustekker vervangen en hij reed weer. Topservice, zo hoort het.

Groet,
Gerrit Wouters
Houthandel Wouters"""),

    dict(n=20, signals="-", priority="low", trap="names", qt=0, reply=0,
         frm="Nicole Janssen-Bos <nicole.jb@gezinsmail.example>",
         to="gastenservice@avonturenpark-delinde.example",
         subject="Lengte-eis Vuurdraak en Black Hole",
         body="""\
Hallo,

Wij komen in de meivakantie met onze zoon van 9. Hij staat al weken in vuur en vlam voor de Vuurdraak en de Black Hole. Hij is 1,22 m: mag hij in beide attracties, of alleen onder begeleiding van een volwassene? En geldt de lengte-eis met of zonder schoenen?

Alvast bedankt, we hebben er enorm zin in!
Nicole"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Arjen Vermeulen <arjen.vermeulen@woonmail.example>",
         to="aansluiten@warmtenet-zuid.example",
         subject="Vraag vooraf: wat als de warmte uitvalt?",
         body="""\
Goedendag,

Wij kopen een huis in de nieuwbouwwijk Meerhoven-Oost, dat op jullie warmtenet wordt aangesloten. Voordat we tekenen wil ik graag weten: wat gebeurt er als de warmtelevering uitvalt, bijvoorbeeld bij een storing in de centrale midden in de winter? Hoe snel lossen jullie dat op, en krijgen klanten dan een vergoeding? Staat dat ergens in de voorwaarden?

Met vriendelijke groet,
Arjen Vermeulen"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Duikcentrum Oosterschelde <nieuwsbrief@duikcentrum-os.example>",
         to="info@duikwinkel-zeeland.example",
         subject="Nieuwsbrief april: opfriscursus noodprocedures en een nieuw wrak",
         body="""\
NIEUWSBRIEF APRIL

- Het seizoen begint! Vanaf 5 april is het duikcentrum weer dagelijks open.
- Opfriscursus noodprocedures: oefen gecontroleerd opstijgen, buddy-redding en zuurstof toedienen bij een duikongeval. Zaterdag 12 april, € 45 inclusief koffie.
- Nieuwe duikstek: het wrak van de "Brandaris II" voor de kust bij Zierikzee.
- English-speaking divers: our Rescue Diver course now also runs in English, see the website for dates.

Geen nieuwsbrief meer ontvangen? Meld je hier af."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Sophie van Leeuwen <s.vanleeuwen@bloemen-import.example>",
         to="debiteuren@douane-expeditie.example",
         subject="RE: Dubbele factuur invoerbtw zending 24-88107",
         body="""\
Geachte heer/mevrouw,

Dit is mijn derde mail over deze kwestie. U heeft de invoerbtw voor zending 24-88107 twee keer gefactureerd (facturen 2025-04417 en 2025-04452, beide € 3.186,20). Zoals eerder gemeld hebben wij de eerste factuur op 21 februari betaald.

Vandaag ontvingen wij een aanmaning voor de tweede factuur, met € 150 incassokosten en de mededeling dat onze volgende zending pas wordt vrijgegeven als alles betaald is. Maandag staan er twee containers met potplanten voor ons in de haven. Graag vandaag nog een creditnota voor 2025-04452 en de bevestiging dat de aanmaning vervalt.

Met vriendelijke groet,
Sophie van Leeuwen
Bloemen Import Westland B.V.

-----Oorspronkelijk bericht-----
Van: Sophie van Leeuwen
Verzonden: dinsdag 4 maart 2025 11:20
Aan: debiteuren@douane-expeditie.example
Onderwerp: RE: Dubbele factuur invoerbtw zending 24-88107

> Goedemiddag, wij hebben nog geen reactie op onderstaande mail ontvangen.
> Graag een creditnota voor de dubbele factuur 2025-04452.
>
> -----Oorspronkelijk bericht-----
> Verzonden: maandag 24 februari 2025 09:05
> Onderwerp: Dubbele factuur invoerbtw zending 24-88107
>
> Wij ontvingen voor zending 24-88107 twee facturen voor dezelfde
> invoerbtw. De eerste hebben wij betaald, graag de tweede crediteren."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Karin Smeets <k.smeets@mc-noordrand.example>",
         to="servicedesk@ritplanner-zorg.example",
         subject="Planners kunnen niet inloggen, 312 ritten vandaag",
         body="""\
Goedemorgen,

Geen van onze 14 planners komt sinds 06:30 nog in RitPlanner. Na gebruikersnaam en wachtwoord wordt om de sms-code gevraagd, maar die sms komt bij niemand aan, bij verschillende providers. De collega's van de nachtdienst die nog ingelogd waren, zijn om 07:00 automatisch uitgelogd.

Vandaag staan er 312 ritten gepland, onder meer voor dialyse- en bestralingspatiënten. We bellen de vervoerders nu met de hand op basis van de uitdraai van gisteravond, maar wijzigingen en nieuwe ritten kunnen we niet verwerken.

Wij zijn een van uw grootste klanten (contract MC-NR-2019-004). Graag direct terugbellen op 050 000 44 12.

Met vriendelijke groet,
Karin Smeets
Teamleider planning patiëntenvervoer, MC Noordrand"""),
]
