# blind27 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke van Dongen <m.vandongen@postvak.example>",
         to="klantenservice@slaapkamerstudio.example",
         subject="Stapelbed Lotte - zijrail bovenbed los, dochter klem gezeten",
         body="""\
Goedemiddag,

Vorige maand hebben we bij u het stapelbed Lotte (wit, bestelnummer SB-448120) gekocht en zelf
volgens de handleiding in elkaar gezet. Alle bouten zitten vast, dat heeft mijn man vorige week
nog gecontroleerd.

Vanochtend schoot de zijrail van het bovenste bed aan één kant uit de houder toen onze dochter
(6) zich omdraaide. De rail zakte naar beneden en haar been kwam klem te zitten tussen de rail en
het matras. We hebben haar er met z'n tweeën uit moeten halen. Ze heeft een flinke blauwe plek op
haar scheen en was erg van slag.

Bij nadere inspectie zien we dat het plastic blokje waar de rail in valt gescheurd is. Aan de
andere kant zit ook al een haarscheurtje. Het bed van onze zoon (zelfde model, zelfde bestelling)
heeft dezelfde blokjes.

Beide kinderen slapen nu op een matras op de grond. Kunt u ons zo snel mogelijk laten weten wat we
moeten doen, en of er meer meldingen over dit model zijn? Foto's zitten in de bijlage.

Met vriendelijke groet,
Marieke van Dongen"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="J. Hoogendoorn <jhoogendoorn1941@kpnpost.example>",
         to="info@warmhof.example",
         subject="elektrische onderdeken",
         body="""\
Geachte heer, mevrouw,

Twee winters geleden heb ik bij u een elektrische onderdeken gekocht, merk Warmhof, tweepersoons.
Ik ben er altijd heel tevreden over geweest.

Gisteravond rook ik in de slaapkamer een vreemde lucht, een beetje als verschroeid plastic. Ik heb
toen de stekker eruit getrokken. Vanochtend zag ik dat er aan de voetkant een bruine plek in het
laken zit, zo groot als een handpalm. Het snoer bij het schakelaartje voelt zacht aan en is daar
ook bruin verkleurd. Mijn man is 84 en ligt aan die kant, hij heeft niets gemerkt want hij slaapt
erg vast.

Ik weet niet of ik de deken nog mag gebruiken als ik hem op de laagste stand zet. Mijn
kleindochter zegt van niet, maar ik wilde het toch even bij u navragen.

Wilt u mij terugbellen? Ik ben niet zo handig met de computer, mijn kleindochter typt dit voor mij.

Met vriendelijke groeten,
mevrouw J. Hoogendoorn-Bakker"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Sanne Oosterhuis <sanne.oosterhuis@webpost.example>",
         to="service@vosjesboekjes.example",
         subject="Vraag over muziekboekje Kleine Vos",
         body="""\
Hallo,

Is het normaal dat het klepje van het batterijvak van het muziekboekje Kleine Vos zo makkelijk
opengaat? Er zit geen schroefje in, alleen een schuifje dat je met je nagel opzij duwt.

Ik vond gisteravond zo'n ronde platte batterij op de speelmat, het klepje lag ernaast. Mijn zoontje
van 14 maanden zat ervoor en had iets in zijn mond. Dat heb ik eruit gehaald, maar ik weet niet
zeker of er twee of drie batterijtjes in het boekje zaten. In de handleiding staat het niet.

Hij is wel rustig en eet gewoon, maar kunt u mij vandaag nog laten weten hoeveel batterijen erin
horen?

Groetjes,
Sanne"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ruud Verbeek <ruud.verbeek@hetnet-mail.example>",
         to="claims@zekerheidverzekeringen.example",
         subject="Vreemde dossiers in mijn overzicht claimportaal",
         body="""\
Goedenavond,

Vorige week heb ik een claim ingediend voor waterschade (dossier WS-2026-118402). Toen ik vanavond
in het claimportaal keek of er al nieuws was, stonden er onder 'Mijn dossiers' ineens vijf dossiers
die niet van mij zijn. Ik kan ze gewoon openen: namen, adressen, polisnummers, IBAN's, foto's van
de schade en bij één zelfs een medisch verslag.

Ik heb niets gedownload en verder niets aangeklikt. Maar als ik die dossiers kan zien, kan een
ander het mijne waarschijnlijk ook zien, met mijn rekeningnummer en de kopie van mijn paspoort.

Ik verwacht dat u dit vandaag nog dichtzet en dat u mij laat weten of mijn gegevens door anderen
zijn bekeken. Ik overweeg een melding bij de Autoriteit Persoonsgegevens.

Ruud Verbeek
Polisnummer 40-7712093"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Bram Kuijpers <bram@brasseriedehaven.example>",
         to="support@kassabrein.example",
         subject="Bonnen komen niet door op keukenscherm!!",
         body="""\
Hoi,

Sinds kwart over zes komen de bestellingen van de kassa's niet meer op de schermen in de keuken.
Bediening tikt alles in, de kassa zegt 'verzonden', maar op de keukenschermen blijft het leeg.
Schermen en router opnieuw opgestart, maakt niks uit.

We zitten vol, 110 couverts vanavond, en de koks werken nu op briefjes die de bediening naar
binnen loopt. Tafels wachten al 40 minuten op hun hoofdgerecht.

Bel me AUB meteen terug, mijn 06 staat in jullie systeem.

Bram
Brasserie De Haven"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Esther Wijnands <e.wijnands@pakketpunt-depots.example>",
         to="servicedesk@scanlogic.example",
         subject="Depot Tilburg: handhelds blijven hangen op synchroniseren",
         body="""\
Goedemorgen servicedesk,

Bij ons depot in Tilburg blijven sinds 06:00 alle handhelds van de chauffeurs hangen op
'Rittenlijst synchroniseren...'. Na tien minuten volgt 'Time-out (E-417)' en begint hij opnieuw.
De scanners aan de band lezen de labels wel, maar de pakketten verschijnen niet in de ritplanning.

Gevolg: 38 chauffeurs staan met een halfvolle bus op het terrein en kunnen niet vertrekken, want
zonder rittenlijst kunnen ze bij aflevering niets afmelden. De ochtendploeg in de sorteerhal staat
inmiddels ook te wachten.

Wat we al geprobeerd hebben:
- een stuk of tien handhelds herstart
- ander wifi-accesspoint in de laadhal
- één handheld via 4G: zelfde foutmelding

Graag per direct iemand aan de lijn. Ik ben bereikbaar via de depotlijn.

Met vriendelijke groet,
Esther Wijnands
Teamleider depot Tilburg"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tim de Groot <timdegroot@mailbox.example>",
         to="help@voltera-bikes.example",
         subject="fiets gaat niet van slot",
         body="""\
Sta bij station Amersfoort, app zegt 'slot ontgrendeld' maar het slot blijft gewoon dicht. Al 5x
geprobeerd, bluetooth aan, telefoon herstart. Moet om 9 uur op mijn werk en heb geen andere manier
om er te komen. Fiets is een Voltera S2, framenummer eindigt op 5531.

Verstuurd vanaf mijn iPhone"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Annelies Brouwer <a.brouwer@zorgboerderijdehoeve.example>",
         to="support@loonwerk.example",
         subject="Urenexport oktober is leeg",
         body="""\
Beste support,

Als ik in Loonwerk de urenexport voor oktober draai (Rapportages > Uren > Export naar
salarisadministratie), krijg ik een CSV met alleen de kopregel. Voor september geeft dezelfde
export gewoon 212 regels. In het scherm zelf zie ik de uren van oktober wel staan, ze zijn ook
allemaal goedgekeurd door de leidinggevenden.

De salarisrun is pas op de 24e, dus het is nog niet acuut. Als het echt niet anders kan, tik ik de
uren van onze parttimers met de hand over, maar dat zijn er ruim zestig, dus liever niet.

Kunnen jullie ernaar kijken? Klantnummer LW-30218.

Groet,
Annelies Brouwer
Personeelszaken, Zorgboerderij De Hoeve"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Joost Hermans <joost@vakantieparkdeheide.example>",
         to="support@kanaalbeheer.example",
         subject="Re: Channel manager stuurt beschikbaarheid niet meer door naar boekingssites",
         body="""\
Nog steeds niet opgelost. Vannacht weer twee dubbele boekingen voor hetzelfde chalet binnen.
Ik mag nu gasten gaan afbellen. Wanneer belt er iemand?

Joost

Op ma 9 nov. 2026 om 16:42 schreef Support Kanaalbeheer <support@kanaalbeheer.example>:
> Beste Joost,
>
> Dank voor je melding. We hebben het doorgezet naar ons technische team en komen zo snel
> mogelijk bij je terug.
>
> Met vriendelijke groet,
> Ilse, Support Kanaalbeheer
>
> Op ma 9 nov. 2026 om 10:05 schreef Joost Hermans <joost@vakantieparkdeheide.example>:
> > Sinds zaterdag worden beschikbaarheid en prijzen niet meer bijgewerkt op de boekingssites.
> > In jullie dashboard staan de chalets als bezet, maar op de sites kun je ze nog gewoon boeken.
> > Handmatig 'Nu synchroniseren' geeft een groen vinkje maar er verandert niets.
> > Vakantiepark De Heide, account KB-2290."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lieke Smeets <lieke.smeets@zonnet-mail.example>",
         to="kassa@stadsschouwburg-noord.example",
         subject="Twee keer afgeschreven voor kaarten Hamlet",
         body="""\
Beste medewerker,

Op 3 november heb ik via uw website twee kaarten gekocht voor Hamlet op zaterdag 21 november,
rij 8, stoel 14 en 15 (bestelnummer TK-2026-55812). Bij het betalen met iDEAL bleef de pagina
hangen, dus ik heb het nog een keer geprobeerd.

Ik heb één bevestiging met e-tickets gekregen, maar op mijn bankafschrift staat het bedrag van
€ 78,50 twee keer afgeschreven, allebei met uw naam erbij.

Wilt u het dubbele bedrag terugstorten? Een schermafdruk van mijn bankapp stuur ik mee.

Alvast bedankt en vriendelijke groet,
Lieke Smeets"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Koen Vermeulen <koen.vermeulen@telenetpost.example>",
         to="klantendienst@noordzeeveer.example",
         subject="Waar blijft mijn terugbetaling??? Overtocht geannuleerd op 2 oktober",
         body="""\
Beste,

Op 2 oktober werd onze overtocht Vlissingen - Harwich geannuleerd door jullie, niet door ons.
Aan de kade kregen we te horen dat we automatisch het volledige bedrag terugkrijgen binnen
14 dagen. Dat is nu zes weken geleden. Er is nog altijd niets op mijn rekening gekomen.

Ik heb al twee keer gebeld, telkens 40 minuten in de wachtrij, en twee keer een ander verhaal
gekregen. Eerst 'het is in behandeling', dan 'we zien geen annulering'.

Boekingsnummer: NZV-771204
Bedrag: € 412,00 (auto + 2 volwassenen + hut)

Ik verwacht dat dit deze week in orde komt, anders stap ik naar de Geschillencommissie.

Mvg,
Koen Vermeulen"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia El Amrani <nadia@duinhuisjesbergen.example>",
         to="partners@vakantiehuurplein.example",
         subject="Uitbetaling oktober niet ontvangen",
         body="""\
Goedemiddag,

Normaal staat de uitbetaling van de verhuur van de vorige maand op de 5e op onze rekening. Voor
oktober gaat het om € 3.412,60 (negen boekingen, zie het overzicht in het partnerportaal). Het is
vandaag de 11e en er is nog niets binnengekomen. In het portaal staat de status al een week op
'Verwerkt'.

Voor ons is dat geen klein bedrag: daar betalen we de schoonmakers en de hypotheek van de
huisjes van. De schoonmakers wachten nu op hun geld.

Kunt u vandaag nagaan waar de betaling is gebleven? Ons rekeningnummer is niet gewijzigd.

Met vriendelijke groet,
Nadia El Amrani
Duinhuisjes Bergen, partnernummer VHP-60417"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Piotr Nowakowski <piotr.nowakowski@freepost.example>",
         to="leden@fitfabriek.example",
         subject="Abonnement opgezegd maar nog steeds geld afgeschreven",
         body="""\
Hallo,

Ik heb mijn abonnement bij jullie sportschool in Utrecht-Oost opgezegd in augustus, ik heb mail
gekregen met bevestiging, einddatum 30 september. Maar in oktober en ook in november jullie hebben
weer € 34,95 van mijn rekening gehaald. Ik kom niet meer, mijn pas gaat ook niet meer open bij
de poort, dus ik snap niet waarom ik nog moet betalen.

Wil graag mijn geld terug van twee maanden en dat het stopt. Bevestigingsmail zit in bijlage.

Dank u wel,
Piotr Nowakowski
lidnummer 118-20931"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Yvonne Claassen <yvonne.claassen@inboxje.example>",
         to="klantenservice@belnet-mobiel.example",
         subject="Geen sms-code ontvangen bij inloggen Mijn Belnet",
         body="""\
Beste klantenservice,

Ik probeer in te loggen op Mijn Belnet om mijn bundel aan te passen, maar de verificatiecode per
sms komt niet aan. Ik heb het vandaag vier keer geprobeerd, ook met 'stuur opnieuw'. Bellen en
gewone sms'jes ontvangen lukt wel.

Sinds vorige week heb ik een eSIM in plaats van een gewone simkaart, misschien heeft het daarmee
te maken? Het nummer is hetzelfde gebleven.

Kunt u de code op een andere manier sturen, bijvoorbeeld per e-mail?

Groet,
Yvonne Claassen
klantnummer 5503-118-442"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Dennis Jonker <d.jonker@gemeente-waterland.example>",
         to="ictservicedesk@gemeente-waterland.example",
         subject="authenticator leeg na nieuwe telefoon",
         body="""\
Hoi ICT,

Heb gisteren een nieuwe telefoon van de zaak gekregen en de oude ingeleverd. Nu vraagt het
HR-portaal om de code uit de Authenticator-app, maar die is leeg op de nieuwe. Kan dus niet bij
mijn loonstroken, en mijn verlofaanvraag voor de kerst moet vrijdag binnen zijn.

Kunnen jullie de koppeling resetten? Zit vandaag op locatie Zuid, kamer 2.14.

Thx, Dennis (personeelsnr 40517)"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="H.W. Scholten <hw.scholten@ziggo-post.example>",
         to="info@bibliotheekrivierenland.example",
         subject="Vraag over inloggen bibliotheek",
         body="""\
Goedemiddag,

Is het normaal dat ik na een paar keer een verkeerd wachtwoord helemaal niet meer op mijn
bibliotheekaccount kan? Er staat nu 'Uw account is tijdelijk geblokkeerd'. Ik wil mijn boeken
verlengen, die moeten morgen terug, en ik kan niet zo makkelijk naar de bibliotheek komen sinds
mijn heupoperatie.

Mijn pasnummer is 2 0841 0073 5519.

Hartelijk dank voor de moeite,
H.W. Scholten"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Mehmet Yilmaz <mehmet.yilmaz92@snelmail.example>",
         to="riders@bezorgdirect.example",
         subject="Account gedeactiveerd zonder reden - kan niet werken",
         body="""\
Goedendag,

Sinds gisteravond krijg ik bij het openen van de rider-app alleen nog: 'Je account is
gedeactiveerd. Neem contact op met support.' Ik kan me niet meer aanmelden voor shifts en de
shifts die ik voor dit weekend had staan zijn verdwenen.

Ik rijd al ruim twee jaar voor jullie in Rotterdam, rating 4,9, nooit een klacht gehad. Ik heb
geen mail of uitleg ontvangen waarom. Dit is mijn enige inkomen, dus ik wil graag zo snel mogelijk
weten wat er aan de hand is en wanneer ik weer kan rijden.

Rider-ID: RD-0087731

Met vriendelijke groet,
Mehmet Yilmaz"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kim Hendriks <kim@kimsnails.example>",
         to="bestellingen@nagelgroothandel.example",
         subject="Nabestelling gellak Kersenbloesem + vraagje",
         body="""\
Hoi team,

Even een berichtje tussendoor: die nieuwe gellak Kersenbloesem is echt een bom! Mijn klanten zijn
er helemaal gek van, zaterdag liep het storm in de salon en ik was 's avonds totaal gesloopt, haha.

Ik heb nog maar twee flesjes over, dus ik wil er graag 12 nabestellen, plus 6 van de top coat
zonder plaklaag.

Komt er ook nog een winterkleur uit in dezelfde lijn? Dan neem ik die meteen mee.

Liefs,
Kim
Kim's Nails, klantnr 7710"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Gerard Bos <g.bos@cslhetbaken.example>",
         to="educatie@stadsmuseumhaarlem.example",
         subject="Groepsbezoek tentoonstelling 'Brand! De stad in vlammen'",
         body="""\
Geachte medewerker educatie,

Met twee klassen uit groep 7 (samen 52 leerlingen en 6 begeleiders) willen we graag de
tentoonstelling 'Brand! De stad in vlammen' bezoeken. We werken dit kwartaal rond het thema
rampen in de geschiedenis, dus het sluit mooi aan.

Mijn vragen:
1. Is er in de week van 7 december nog plek voor een rondleiding, bij voorkeur 's ochtends?
2. Wat kost een schoolgroep, en zijn begeleiders gratis?
3. Is het museum rolstoeltoegankelijk? Eén van onze leerlingen zit in een rolstoel.

Met vriendelijke groet,
Gerard Bos
leerkracht groep 7, CSL Het Baken"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Wim Peeters <wimpeeters@thuisnet.example>",
         to="helpdesk@glasvezelnoord.example",
         subject="Wachtwoord gastnetwerk veranderen?",
         body="""\
Hallo,

Bij ons tuinfeest heb ik het wachtwoord van het gastnetwerk aan zo'n beetje de halve straat
gegeven. Nu wil ik dat graag veranderen. Hoe doe ik dat op jullie modem (de witte, 'Connect 6'
staat op de sticker)? En moet ik dan op alle apparaten in huis opnieuw verbinden, of alleen op
de apparaten die het gastnetwerk gebruiken?

Bedankt alvast,
Wim"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Ingrid Visser <ingrid.visser@planet-post.example>",
         to="service@warmtewerk.example",
         subject="Bedankt voor de snelle hulp!",
         body="""\
Beste mensen van Warmtewerk,

Ik wil even laten weten dat de monteur (Erik, geloof ik) vanmorgen is geweest voor de storing aan
onze warmtepomp. De foutcode F12 is weg, het huis is weer lekker warm en hij heeft ook nog
uitgelegd hoe ik de filters zelf kan schoonmaken.

Heel fijn dat het binnen een dag geregeld was, zeker met deze kou. Complimenten!

Hartelijke groet,
Ingrid Visser"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Femke de Wit <femkedewit@postbus-mail.example>",
         to="service@brokkenbox.example",
         subject="Re: Uw bestelling 240-88173 wordt later geleverd",
         body="""\
Dag,

Geen probleem, de hond heeft nog genoeg. Kunnen jullie de levering dan meteen op zaterdag
plannen in plaats van op maandag? Doordeweeks is er overdag niemand thuis.

Groeten,
Femke de Wit

> -----Oorspronkelijk bericht-----
> Van: Klantenservice Brokkenbox <service@brokkenbox.example>
> Verzonden: dinsdag 10 november 2026 11:20
> Aan: Femke de Wit <femkedewit@postbus-mail.example>
> Onderwerp: Uw bestelling 240-88173 wordt later geleverd
>
> Beste Femke,
>
> Door een storing in ons magazijnsysteem lagen alle orders sinds maandag stil. Uw bestelling
> (2x Brokkenbox Adult Lam & Rijst 12 kg) wordt daardoor niet op donderdag maar op maandag
> 16 november bezorgd. Onze excuses voor het ongemak.
>
> Met vriendelijke groet,
> Klantenservice Brokkenbox"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hans van Leeuwen <hans.vanleeuwen@vve-parkzicht.example>",
         to="support@laadnetwerk.example",
         subject="Laadpassen worden niet herkend bij laadpalen garage Parkzicht",
         body="""\
Goedemiddag,

Sinds de update van afgelopen donderdag reageren de vier laadpalen in de parkeergarage van
VvE Parkzicht niet meer op de laadpassen: je houdt de pas ertegen, de paal piept twee keer en het
lampje wordt rood. Het gaat om alle passen, ook die van andere aanbieders.

Starten via jullie app werkt wel, dus de bewoners kunnen nog laden. Maar een paar oudere
bewoners hebben geen smartphone en zijn nu afhankelijk van de buren.

Kunnen jullie de palen op afstand nakijken? Paalnummers NL-LDN-40211 t/m 40214.

Met vriendelijke groet,
Hans van Leeuwen
namens het bestuur van VvE Parkzicht"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Wouter Mulder <w.mulder@apothekentwentestad.example>",
         to="support@apodesk.example",
         subject="Kleine vraag over het medicatieoverzicht",
         body="""\
Goedemorgen,

Misschien bent u er al mee bezig, maar ik meld het voor de zekerheid. Sinds ongeveer half negen
laadt het medicatieoverzicht in ApoDesk bij ons niet meer: je zoekt een patiënt op, het scherm
blijft grijs en na een minuut staat er 'Geen gegevens'. Herhaalrecepten klaarzetten lukt daardoor
ook niet.

Het gaat om al onze vestigingen (11 apotheken in de regio Twente), aan alle balies. In
Enschede-Centrum staan nu zo'n twintig mensen in de rij en de assistentes kunnen alleen meegeven
wat gisteren al klaarstond. Nieuwe recepten kunnen we zonder overzicht niet controleren, dus die
blijven liggen.

Als u wilt dat ik iets test, hoor ik het graag.

Vriendelijke groet,
drs. Wouter Mulder
Apotheker, Apotheken Twentestad"""),
]
