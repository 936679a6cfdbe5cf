# blind18 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Erik Jansen <e.jansen@vanderlinden-logistiek.example>",
         to="service@powerlift-laders.example",
         subject="Laadstation heftruck 3 – rare lucht en gesis",
         body="""\
Goedemorgen,

Bij laadstation 3 in hal B ruikt het sinds vanochtend sterk naar rotte
eieren. De accu van heftruck 3 hangt aan de lader, en als je dichtbij staat
hoor je een sissend geluid uit de cellen. De accubak is aan één kant bol
gaan staan en voelt zo heet aan dat je je hand er niet op kunt houden. Twee
orderpickers die ernaast werkten kregen hoofdpijn en werden misselijk; ze
zitten nu in de kantine.

We hebben die kant van de hal leeggehaald, maar de lader staat nog aan
omdat we niet weten of we de stekker er zomaar uit mogen trekken. Wat
moeten we doen?

Erik Jansen
Teamleider magazijn, Van der Linden Logistiek"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Fleur de Vries <fleur.devries@ziggo-mail.example>",
         to="klantenservice@knutselbox.example",
         subject="Magneetjes uit de knutselbox van deze maand",
         body="""\
Hallo,

In de KnutselBox van deze maand (thema 'Ruimte') zat een set planeten met
magneetjes erin. Vanmiddag zag ik dat bij twee planeten het magneetje los
zat, en mijn zoontje van 2 zat met iets in zijn mond te spelen. Er missen
nu drie magneetjes. Hij heeft sindsdien twee keer overgegeven, wil niets
eten en houdt steeds zijn buik vast.

We rijden nu naar de huisartsenpost. Kunt u mij laten weten wat voor
magneten dit precies zijn (grootte, sterkte)? Dat vraagt de assistente. Ik
heb ook gebeld, maar ik krijg alleen een bandje.

Fleur de Vries
Bestelnummer KB-2024-33170"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Joost Bakker <joost@bakkerbloemzaden.example>",
         to="seller-support@marktplein.example",
         subject="Account gehackt – uitbetaling naar onbekende rekening",
         body="""\
Beste support,

Ik kan sinds gisteravond niet meer inloggen op mijn verkopersaccount
(verkopersnummer NL-558210). Mijn wachtwoord werkt niet meer en de
resetmail komt niet aan, want iemand heeft het e-mailadres van het account
veranderd. Het laatste bericht dat ik nog kreeg was: "Your payout bank
account has been updated."

Vanochtend is mijn uitbetaling van € 3.418,75 naar dat nieuwe
rekeningnummer gegaan (eindigend op 7731). Dat is niet mijn rekening. Het
account is dus duidelijk gehackt. Kunt u het account bevriezen, de
uitbetaling terughalen en mij weer toegang geven? Ik heb ook aangifte
gedaan.

Joost Bakker
Bakker Bloemzaden, Hillegom"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Ricardo Mendes <r.mendes@bouwbedrijf-hoekstra.example>",
         to="storingsdienst@kraantechniek-oost.example",
         subject="SPOED: torenkraan reageert niet op noodstop afstandsbediening",
         body="""\
Goedemiddag,

Vandaag om 11.15 uur bleef de torenkraan op ons project Havenkwartier in
Zwolle doordraaien terwijl de machinist de joystick al had losgelaten. Ook
de noodstop op de afstandsbediening (type RC-8, serienr. 8A-30915) deed
niets; pas na het uitschakelen van de hoofdschakelaar stopte de kraan. Er
hing op dat moment een betonkubel boven een ploeg van vier man. Niemand is
gewond geraakt, maar dit is levensgevaarlijk.

De kraan staat stil en de afstandsbediening ligt in de keet. We willen
vandaag nog een monteur en een verklaring, want de Arbeidsinspectie gaat
hier zeker naar vragen.

Met vriendelijke groet,
Ricardo Mendes
Uitvoerder, Bouwbedrijf Hoekstra"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sanne Visser <s.visser@bouwcombinatie-amstelkade.example>",
         to="support@toegangspoort-systemen.example",
         subject="Poortjes bouwplaats Amstelkade",
         body="""\
Goedemorgen,

Sinds 6.30 uur laten de toegangspoortjes op bouwplaats Amstelkade niemand
meer door. De pasjes worden gelezen (piepje), maar het lampje blijft rood en
het poortje gaat niet open. Er staan zo'n zestig man bij de ingang te
wachten, de betonmixers staan al in de straat en niemand kan inklokken.
Het poortje handmatig vrijzetten mag niet van onze opdrachtgever, omdat we
dan niet registreren wie er op de bouwplaats is.

Graag zo snel mogelijk iemand die op afstand kan kijken.

Sanne Visser
Projectcoördinator"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Mirjam Smit <mirjam@smit-optiek.example>",
         to="helpdesk@edgetec.example",
         subject="Slijpautomaat pakt geen opdrachten meer",
         body="""\
Hallo,

Sinds de update van gisteren kan onze slijpautomaat LE-900 geen opdrachten
meer ophalen uit het kassasysteem. De lijst met glazen blijft leeg, ook als
ik een opdracht opnieuw verstuur. Handmatig de montuurvorm inlezen lukt ook
niet, het scherm blijft hangen op 'frame tracing…'.

Ik heb twaalf brillen die deze week klaar moeten, en ik kan nu geen enkel
glas slijpen. Kunt u op afstand meekijken?

Groet,
Mirjam Smit
Smit Optiek, Deventer"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Dennis Mulder <dennis@wasstraat-glans.example>",
         to="support@paypillar.example",
         subject="Vraagje over de betaalzuil",
         body="""\
Hoi,

Is het normaal dat de betaalzuil van onze wasstraat sinds zaterdag geen
contactloze betalingen meer aanneemt? Pinpas insteken werkt wel, munten ook,
maar bij tikken komt er 'transactie afgebroken' en sommige klanten rijden
geïrriteerd weg.

Groet, Dennis
Wasstraat Glans, Amersfoort"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Annelies Kuipers <a.kuipers@obs-de-regenboog.example>",
         to="support@presentieapp.example",
         subject="Absenties invoeren lukt niet – hele school",
         body="""\
Goedemorgen,

Geen enkele leerkracht krijgt vanochtend de groepslijsten te zien in de
aanwezigheidsapp: de lijst blijft leeg met een draaiend rondje, op laptops
én tablets. Daardoor weten we van 412 leerlingen niet wie er is. We houden
alles op papier bij en de conciërge loopt langs alle lokalen, maar ouders
die hun kind ziek willen melden via de app komen ook niet door.

We moeten absenties dezelfde dag verwerken. Kunt u laten weten wanneer dit
opgelost is?

Annelies Kuipers
Directeur OBS De Regenboog"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Tim van Dam <tim@koffiebranderij-vandam.example>",
         to="support@mailkoerier.example",
         subject="Storing in de nieuwsbriefeditor",
         body="""\
Hoi support,

Jullie editor is down, of in elk geval bij ons. Bij het openen van een
campagne krijg ik:

  500 Internal Server Error - Something went wrong on our end.
  Please try again later.

Al sinds 9 uur vanochtend. Onze voorjaarsactie moest vandaag om 14.00 uur
de deur uit naar 8.000 abonnees. Werkt het bij jullie wel?

Tim van Dam
Koffiebranderij Van Dam"""),

    dict(n=10, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Mehmet Yilmaz <m.yilmaz@groentehandel-yilmaz.example>",
         to="support@betaalgemak.example",
         subject="Uitbetalingen staan al 4 dagen op 'in behandeling'",
         body="""\
Goedendag,

Onze webshop voor groente aan de horeca gebruikt jullie betaalpagina. Sinds
donderdag staan alle uitbetalingen naar onze rekening op 'in behandeling'.
Het gaat om € 11.260 aan betalingen van restaurants. Vrijdag moeten de
lonen van onze zeven chauffeurs en inpakkers eruit, en dat lukt niet zonder
dit geld.

Wat is er aan de hand en wanneer wordt het uitbetaald? Ons merchant-ID is
BG-30918.

Met vriendelijke groet,
Mehmet Yilmaz
Groentehandel Yilmaz B.V."""),

    dict(n=11, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Ingrid Hendriks <ingrid@wolwinkel-debol.example>",
         to="facturen@hostnest.example",
         subject="Dubbele incasso hostingpakket",
         body="""\
Goedemiddag,
Voor factuur 2024-04817 (hostingpakket Webwinkel Plus, € 23,95) is er op 1 én 2 april afgeschreven. Wilt u één van de twee terugboeken?
Groet, Ingrid Hendriks – Wolwinkel De Bol"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Wouter Peeters <wouter.peeters@telenet-mail.example>",
         to="planning@verhuizingen-claes.example",
         subject="Verhuis 14 maart",
         body="""\
Dag,

Ik schrijf in verband met onze verhuis van Mechelen naar Gent die gepland
stond op 14 maart. Zoals u weet is de verkoop van ons huis op het laatste
moment nog uitgesteld omdat de notaris een probleem had met het
bodemattest, en daarna heeft de koper ook nog om een extra week gevraagd.
Uw planner, mevrouw Claes, was daar heel begripvol in, waarvoor dank. We
hebben toen afgesproken dat we de verhuis zouden annuleren en later opnieuw
boeken, wellicht in mei, als alles rond is. Ik wil voor mei ook graag een
offerte voor de piano en de verhuislift, want de trap naar het appartement
in Gent is erg smal.

Bij de annulering werd beloofd dat ons voorschot van € 450 binnen de tien
werkdagen zou worden teruggestort, omdat we meer dan twee weken op voorhand
geannuleerd hebben. Dat is nu vijf weken geleden en er is nog niets op onze
rekening gekomen. Kunnen jullie nakijken wat er gebeurd is?

Met vriendelijke groeten,
Wouter Peeters"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Lotte Willems <lotte@studio-willems.example>",
         to="administratie@certificaatwinkel.example",
         subject="Administratiekosten op factuur SSL",
         body="""\
Hallo, puur uit nieuwsgierigheid: waarom staat er € 1,50 'administratiekosten' op mijn factuur voor de verlenging van het SSL-certificaat? Vorig jaar stond dat er niet op. Geen probleem hoor, ik ben gewoon benieuwd.
Lotte"""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Noor El Amrani <noor.elamrani@webmail.example>",
         to="support@bijlesplein.example",
         subject="Re: Gepland onderhoud zondag 7 april",
         body="""\
Hallo,

Sinds het weekend kom ik niet meer in mijn docentenaccount. Ik krijg
'Account geblokkeerd na te veel inlogpogingen', maar ik heb het maar twee
keer geprobeerd. Wachtwoord resetten geeft dezelfde melding. Kunnen jullie
mijn account deblokkeren? Mijn leerlingen willen lessen boeken voor de
toetsweek.

Groetjes,
Noor El Amrani (docent wiskunde, ID 40921)

Op vr 5 apr 2024 om 16:20 schreef Bijlesplein <support@bijlesplein.example>:
> Beste docent,
>
> Zondag 7 april tussen 02.00 en 06.00 uur voeren we onderhoud uit. In die
> periode is het platform niet bereikbaar en kun je niet inloggen.
> Excuses voor het ongemak.
>
> Team Bijlesplein"""),

    dict(n=15, signals="account", priority="high", trap="deleted", qt=0, reply=0,
         frm="Kevin de Boer <kevin@gadgetparadijs.example>",
         to="help@dropzend.example",
         subject="Profiel per ongeluk verwijderd",
         body="""\
Hoi,

Mijn compagnon heeft gisteren per ongeluk ons DropZend-profiel verwijderd
in plaats van een oude winkelkoppeling. Nu zegt de site 'Dit account
bestaat niet' en al onze productkoppelingen en leveranciersinstellingen
zijn weg. Kunnen jullie het profiel terugzetten? Het e-mailadres was
kevin@gadgetparadijs.example. We hebben veertig openstaande orders die we
nu één voor één met de hand bij de leverancier plaatsen.

Kevin"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Peter van Leeuwen <p.vanleeuwen@kpn-mail.example>",
         to="portaal@advocaten-dejong.example",
         subject="Sms-code komt te laat",
         body="""\
Goedemiddag,

Is het normaal dat de sms-code voor het cliëntenportaal pas na twintig
minuten of later binnenkomt? Tegen die tijd is hij verlopen en moet ik
opnieuw beginnen. Ik probeer al sinds maandag de stukken voor mijn zitting
te bekijken en kom er gewoon niet in.

Met vriendelijke groet,
P. van Leeuwen"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Yvonne Meijer <yvonne@bloemenhuis-meijer.example>",
         to="support@bloemkoel.example",
         subject="E-mailadres wijzigen",
         body="""\
Hallo, hoe kan ik zelf het e-mailadres van mijn account wijzigen? Ik heb een nieuw zakelijk adres. Bedankt!
Yvonne Meijer"""),

    dict(n=18, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Ruud Verbeek <ruud@cafe-de-zwaan.example>",
         to="service@koeltechniek-brabant.example",
         subject="Re: Storing koelcel – opgelost",
         body="""\
Hoi Linda,

Even een bedankje: de monteur is gisteravond nog langsgekomen en de koelcel
draait weer netjes op 3 graden. We dachten echt dat we het hele weekend de
tap dicht moesten gooien, dus top geregeld. Verder geen klachten, alles
werkt.

Thanks again, you guys rock!

Ruud
Café De Zwaan"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Marloes Dijkstra <m.dijkstra@zorgcentrum-de-linde.example>",
         to="hans.verhoeven@zorgalarm.example",
         subject="Re: Demo verpleegoproepsysteem",
         body="""\
Beste Hans,

Dinsdag 16 april om 10.00 uur is prima. We ontvangen je in de
vergaderzaal op de eerste verdieping; onze teamleider nachtdienst schuift
ook aan.

Groet,
Marloes Dijkstra
Zorgcentrum De Linde

Op 8 apr 2024, om 09:12, heeft Hans Verhoeven <hans.verhoeven@zorgalarm.example> het volgende geschreven:
> Beste Marloes,
>
> Dank voor je vragen. Over het datalek bij jullie vorige leverancier: onze
> polsbanden en de app slaan geen medische gegevens op, en alle
> verbindingen zijn versleuteld. Ook na een val van een bewoner gaat de
> melding binnen twee seconden naar de telefoon van de verzorgende.
>
> Zullen we een demo plannen? Ik kan dinsdag 16 of donderdag 18 april.
>
> Hans"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jeroen Smits <jeroen@kaashandel-smits.example>",
         to="verkoop@labeljet.example",
         subject="Extra etiketrollen en een tweede printer",
         body="""\
Hallo,

Sinds de kaasmarkt in ons dorp loopt het hier storm: de webshop ontploft
bijna en ik sta elke avond tot mijn knieën in de dozen. Onze etiketprinter
maakt overuren (hij doet het prima hoor, geen klagen). Ik wil graag een
offerte voor een tweede LabelJet 300 en twintig rollen van 100 x 150 mm.

Kan dat nog voor het weekend geleverd worden?

Groet,
Jeroen Smits
Kaashandel Smits, Woerden"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Anouk Brouwer <anouk@bloemist-brouwer.example>",
         to="verkoop@koelketen-bloemen.example",
         subject="Beschikbaarheid rozen 'Red Alert' en 'Black Out'",
         body="""\
Goedemorgen,

Voor een bruiloft op 25 mei zoek ik 120 stelen van de roos 'Red Alert' en
60 van 'Black Out'. Zijn die in die week via jullie gekoelde levering
beschikbaar, en wat is de minimale afname per soort? De bruid wil als thema
'Vuurwerk', dus als jullie nog iets met oranje gerbera's hebben, hoor ik
het graag.

Groet,
Anouk Brouwer
Bloemist Brouwer, Aalsmeer"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="DrukwerkDirect Nieuws <nieuwsbrief@drukwerkdirect.example>",
         to="info@reclamebureau-zonneveld.example",
         subject="Nieuwsbrief april: storingsvrij printen & phishing in de drukwerkbranche",
         body="""\
Beste klant,

In deze nieuwsbrief:

- Storingen voorkomen: vijf tips tegen papierstoringen in uw drukpers.
- Let op: oplichters sturen nepfacturen uit naam van drukkerijen. Zo
  herkent u phishing en voorkomt u dat uw account gehackt wordt.
- Brandvertragend drukwerk voor beurzen: nu in ons assortiment.
- Nieuw: gratis proefdruk bij bestellingen boven € 250.

Tot de volgende editie!
Het team van DrukwerkDirect

Afmelden? https://drukwerkdirect.example/afmelden"""),

    dict(n=23, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Laura Hoekstra <laura.hoekstra@groep-brasa.example>",
         to="support@tafelboek.example",
         subject="14 vestigingen: online reserveren toont alles als vol – Valentijnsdag",
         body="""\
Hi,

Ik ben operationeel manager van Groep Brasa (14 restaurants, klantnummer
TB-00871). Sinds vannacht geeft de reserveringsmodule op al onze websites
voor elke datum en elk tijdstip 'Volgeboekt', terwijl we vanavond voor
Valentijnsdag nog ruim 300 plekken vrij hebben. Er komen dus geen nieuwe
reserveringen binnen, en gasten bellen massaal naar de vestigingen, waar de
telefoon niet meer wordt opgenomen.

Dit kost ons vandaag tienduizenden euro's. Ik verwacht binnen het uur een
telefoontje van iemand die dit kan oplossen.

Laura Hoekstra
Groep Brasa"""),

    dict(n=24, signals="payment", priority="medium", trap="escalation", qt=0, reply=1,
         frm="Hans Vermeulen <hans@ijssalon-vermeulen.example>",
         to="service@koeltechniek-noord.example",
         subject="Antw: Retour ijsblokjesmachine – terugbetaling",
         body="""\
Goedemiddag,

Dit is mijn derde mail. De ijsblokjesmachine is op 4 maart door jullie
opgehaald, de retour is op 6 maart bevestigd, en ik heb de € 1.249 nog
steeds niet terug. Ik wil nu een concrete datum, anders vraag ik mijn bank
om de betaling terug te draaien.

Hans Vermeulen
IJssalon Vermeulen

-----Oorspronkelijk bericht-----
Van: Hans Vermeulen <hans@ijssalon-vermeulen.example>
Verzonden: maandag 25 maart 2024 10:05
Aan: service@koeltechniek-noord.example
Onderwerp: Retour ijsblokjesmachine – terugbetaling

> Goedemorgen,
>
> Op 6 maart hebben jullie de retour van de ijsblokjesmachine IB-55
> bevestigd, met terugbetaling binnen 14 dagen. Ik heb nog niets
> ontvangen. Kunt u dit nakijken?
>
> Hans Vermeulen"""),
]
