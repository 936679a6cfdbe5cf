# blind26 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@kpnmail.example>",
         to="klantenservice@kinderhuis-lotje.example",
         subject="Ledikant Mees 60x120 - zijkant los",
         body="""\
Goedemiddag,

Vorige maand hebben wij bij jullie het ledikant Mees gekocht (wit, 60x120, bestelnummer
LH-2026-118452).

Vannacht werd onze dochter (11 maanden) huilend wakker. Toen ik ging kijken hing de zijkant aan
één kant los uit de bovenste beugel en stond hij schuin naar buiten. Haar beentje zat tot boven
de knie klem tussen de spijlen en het matras. Ik heb de zijkant omhoog moeten duwen om haar
eruit te krijgen. Ze heeft een dikke rode striem op haar bovenbeen, de huisarts kijkt er
vanmiddag naar.

We hebben het bedje zelf in elkaar gezet volgens de tekening, alle schroeven zaten er nog in.
Het lipje van de beugel is gewoon afgebroken (foto's bijgevoegd). Ze slaapt nu bij ons in bed.

Kunnen jullie laten weten wat we nu moeten doen? En hebben jullie dit vaker gehoord? Twee
vriendinnen van mij hebben precies hetzelfde bedje staan.

Met vriendelijke groet,
Sanne de Wit"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="J. Brouwer <jbrouwer1954@ziggo.example>",
         to="service@dentalis.example",
         subject="Laadhouder van mijn tandenborstel",
         body="""\
Geachte heer, mevrouw,

Vanmorgen wilde ik mijn tandenborstel (Dentalis Pro 5, gekocht in juni bij de drogist) van de
lader pakken. Het hele badkamertje rook scherp naar gesmolten plastic. De houder was zo heet
dat ik hem niet kon vasthouden, de onderkant is bol gaan staan en het snoer is vlak bij de
stekker zacht en bruin geworden. Ik heb de stekker er met een theedoek uitgetrokken.

De lader staat op de vensterbank, niet in de buurt van de kraan. Mijn kleinkinderen logeren
vaak bij ons en hebben thuis hetzelfde model.

Ik wil graag weten hoe dit kan en of ik een nieuwe lader krijg. Ik gebruik het apparaat niet
meer tot ik iets van u gehoord heb.

Met vriendelijke groet,

J. Brouwer
Apeldoorn"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Yasmina El Idrissi <yasmina.elidrissi@gmail.example>",
         to="consumentenservice@nutrilo.example",
         subject="vraag over opvolgmelk 2",
         body="""\
Hoi,

Is het normaal dat er in een blik opvolgmelk kleine harde stukjes zitten? Ik maakte net een
fles voor mijn zoon (9 maanden) en hoorde iets knarsen onder het schepje. Het zijn een paar
glinsterende splintertjes, ze lossen niet op in warm water en ze voelen scherp als je er met je
vinger over gaat.

Hij heeft vanochtend al een hele fles uit hetzelfde blik gehad en heeft daarna twee keer
gespuugd, de tweede keer zat er een rood draadje in. Hij is nu wel rustig.

Blik: Nutrilo Opvolgmelk 2, 800 g, THT 14-08-2027, lotnummer L6231B.
Ik heb het blik apart gezet. Moet ik iets doen? Ik bel straks ook de huisartsenpost.

Groetjes,
Yasmina"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ruud Verhagen <r.verhagen@hetnet.example>",
         to="servicedesk@labnoord-diagnostiek.example",
         subject="Uitslagen van andere mensen in mijn portaal",
         body="""\
Goedenavond,

Ik log net in op het patiëntenportaal om de uitslag van mijn bloedonderzoek van dinsdag te
bekijken. Bovenaan staat mijn naam, maar onder "Recente uitslagen" staan vier onderzoeken die
niet van mij zijn: een zwangerschapstest, een hiv-test en twee keer nierfunctie, met namen,
geboortedata en BSN van andere mensen erbij. Als ik er een aanklik krijg ik de volledige pdf,
inclusief adres en huisarts van die persoon. Mijn eigen uitslag staat er niet eens tussen.

Ik heb niets gedownload en ben meteen uitgelogd. Maar ik ga ervan uit dat iemand anders nu
net zo goed mijn gegevens zit te bekijken. Graag vandaag nog uitzoeken.

R. Verhagen
patiëntnummer 0088-41276"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Filiaal 212 Zwolle-Zuid <filiaal212@bouwmarkt-kloek.example>",
         to="kassa-support@retailsys.example",
         subject="kassa's 212 en ook andere filialen",
         body="""\
Goedemorgen,

Sinds 9.40 uur blijven alle vijf kassa's bij afrekenen op het draaiende rondje staan na het
scannen van de eerste artikel. Na ongeveer 2 minuten komt "transactie afgebroken" en moet het
bon opnieuw. Ik heb gebeld met de collega's van Deventer en Kampen, daar precies hetzelfde.

Het is zaterdag, de rij staat tot achterin bij de verf en mensen laten hun volle kar staan.
Kassa herstarten hebben wij gedaan, helpt niet. Het pinapparaat los doet het wel, maar wij
kunnen niks aanslaan.

Graag zo snel mogelijk terugbellen op de filiaaltelefoon (staat bij jullie in het systeem).

Marek Nowak
bedrijfsleider filiaal 212"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ingrid Hoekstra <i.hoekstra@ziekenhuis-amstelveld.example>",
         to="servicedesk-ict@ziekenhuis-amstelveld.example",
         subject="Toedienlijst op afdelingstablets - C3, C4 en D2",
         body="""\
Servicedesk,

Sinds het begin van de ochtenddienst (7.00 uur) krijgen we op alle afdelingstablets van C3, C4
en D2 bij het openen van de toedienlijst alleen een wit scherm met een zandloper. Na een paar
minuten springt de app terug naar het startscherm. Op de vaste pc's in de teampost hetzelfde.

De medicatieronde van 8.00 uur hebben we afgetekend op de papieren uitdraai van gisteravond,
maar alles wat de artsen vanochtend nieuw hebben voorgeschreven zien we nergens. De apotheek
belde net: bij hen staan ruim 60 e-recepten klaar die niet doorkomen naar de afdelingen.

Het gaat om drie verpleegafdelingen, samen 84 bedden en zo'n 40 verpleegkundigen in deze dienst.
Om 12.00 uur is de volgende ronde. Graag iemand die ons direct terugbelt via de teampost C3,
toestel 4630.

Ingrid Hoekstra
teamleider verpleging C3/C4"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tobias Lambrecht <tobias@kassakoppel.example>",
         to="support@payhook-api.example",
         subject="order.paid-webhooks uren vertraagd (account kk-prod)",
         body="""\
Hoi support,

Sinds gisteravond rond 22:00 komen de order.paid-webhooks op ons productie-endpoint pas 5 à 6
uur na de betaling binnen. Voorbeeld: evt_7Qx2LmP09 aangemaakt om 08:14:03, bij ons ontvangen om
14:02:51. In het dashboard staan geen mislukte pogingen, de delivery log zegt gewoon "pending".
Ons endpoint antwoordt binnen 200 ms met een 200, dat zien we ook in onze eigen logs.
Andere events (customer.updated) lijken wel op tijd te komen.

Gevolg: klanten rekenen af, krijgen geen orderbevestiging en bestellen nog een keer. Onze
klantenservice heeft er vanochtend al 30 tickets over.

Account: kk-prod, endpoint-id we_51HvT
Kunnen jullie kijken wat er bij jullie in de wachtrij vastzit?

Groet,
Tobias Lambrecht
Backend, KassaKoppel"""),

    dict(n=8, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Marloes Kuipers <marloes.kuipers@xs4all.example>",
         to="info@gemeente-vlietdam.example",
         subject="Uploaden bijlagen aanvraag omgevingsvergunning lukt niet",
         body="""\
Geachte medewerker,

Ik probeer via Mijn Vlietdam een aanvraag omgevingsvergunning in te dienen voor een dakkapel
(Lindelaan 14). Het formulier zelf kan ik invullen, maar bij stap 4 "Bijlagen" blijft elke
upload op 0% staan. Het gaat om drie pdf's van elk ongeveer 2 MB (tekening, constructieberekening
en foto's). Ik heb het geprobeerd in Chrome en Edge en op twee verschillende dagen. Ik weet niet
of er bij u een storing is of dat het aan mijn bestanden ligt.

De aannemer wil in het voorjaar beginnen, dus het is niet zo dat het morgen moet, maar ik wil
de aanvraag wel voor de kerst binnen hebben. Kan ik de bijlagen eventueel ook per mail sturen?

Met vriendelijke groet,
Marloes Kuipers"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Pieter-Jan Claes <pj.claes@vormwerk.example>",
         to="support@bouwlijn-ci.example",
         subject="Re: [BL-77412] CI-jobs blijven in de wachtrij staan",
         body="""\
Dit is nu mijn derde mail. Nog altijd hetzelfde, niks start, alles staat op "queued".
Wij moeten vanavond een hotfix uitrollen en dat gaat niet zonder pipeline. Graag iemand die
effectief kijkt in plaats van weer een standaardantwoord.

PJ

Op wo 4 nov. 2026 om 09:12 schreef Pieter-Jan Claes <pj.claes@vormwerk.example>:
> Hallo,
>
> Nog altijd geen reactie gehad. Sinds maandag blijven al onze jobs op de gedeelde runners in de
> wachtrij staan (project vormwerk/webshop en ook vormwerk/api). Eigen runners hebben we niet.
>
> Op ma 2 nov. 2026 om 16:40 schreef Pieter-Jan Claes <pj.claes@vormwerk.example>:
> > Onze builds starten niet meer, ze blijven op "queued" staan. Jullie statuspagina zegt
> > dat alles groen is."""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Kevin Bakker <kevin.b@live.example>",
         to="klantenservice@reisrond.example",
         subject="2x afgeschreven dagkaart",
         body="""\
Hoi, gisteren dagkaart gekocht in de app (€ 16,50), staat 2x op mijn rekening. In de app zie ik
maar 1 kaart. Graag 1 terug.

Kevin Bakker

Verstuurd vanaf mijn iPhone"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hans Verbeek <h.verbeek@planet.example>",
         to="service@snijwerk-kookwinkel.example",
         subject="WAAR BLIJFT MIJN GELD??? retour order 55120",
         body="""\
Vijf weken geleden heb ik de mandoline (Snijwerk Pro, € 89,95) teruggestuurd omdat het mesje
scheef in de houder zat. Netjes in de originele doos, met jullie eigen retourlabel. Volgens
PostNL is het pakket op 2 oktober bij jullie afgeleverd, met handtekening.

Sindsdien: twee mails, één keer gebeld (35 minuten in de wacht), en elke keer hetzelfde
verhaal: "het wordt binnen 14 dagen verwerkt". Die 14 dagen zijn al lang voorbij. Het bedrag
staat nog steeds niet op mijn rekening.

Ik wil het geld deze week terug, anders doe ik een melding bij mijn bank en zet ik een review
online. Dit is geen manier om met klanten om te gaan.

H. Verbeek
ordernummer 55120"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="T. van Dijk-Hermans <tvandijk@kpnplanet.example>",
         to="klantenservice@vitaalplus.example",
         subject="Afschrijving terwijl ik heb opgezegd",
         body="""\
Geachte mevrouw, mijnheer,

In september heb ik per brief mijn abonnement op de Vitaal 65+ multivitaminen opgezegd. Mijn
zoon heeft die brief voor mij aangetekend verstuurd op 12 september, het bewijs heb ik nog.

Toch is er op 1 oktober en nu weer op 1 november € 34,95 van mijn rekening afgeschreven. De
pakjes van oktober heb ik wel gekregen, die liggen hier nog ongeopend in de gang. Die wil ik
best terugsturen als u mij vertelt hoe.

Ik verzoek u vriendelijk de twee bedragen terug te storten en te bevestigen dat het abonnement
echt beëindigd is. Ik ben niet zo handig met internet, dus een brief is mij ook goed.

Hoogachtend,

mevrouw T. van Dijk-Hermans
Kerkstraat 7
Zutphen
klantnummer 204418"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Femke Postma <femke@studiobrug.example>",
         to="billing@wolkhost.example",
         subject="Kaart geweigerd - hosting wordt over 2 dagen opgeschort",
         body="""\
Hallo,

Onze bedrijfscreditcard is eind oktober verlopen en vervangen door een nieuwe. Als ik die nieuwe
kaart in het billing-scherm invoer krijg ik steeds "Your card was declined". De bank zegt dat de
kaart in orde is en dat er bij hen geen enkele poging binnenkomt. Een andere betaalmethode
(iDEAL of overschrijving) kan ik nergens kiezen.

Ondertussen staat factuur INV-2026-10-3381 van € 1.240,00 open en krijg ik elke dag een mail dat
ons account op 9 november wordt opgeschort. Wij hosten 14 klantwebsites bij jullie, dus dat mag
echt niet gebeuren.

Kunnen jullie de opschorting tegenhouden en ons laten betalen per bankoverschrijving? Ik maak
het bedrag vandaag nog over als ik een IBAN krijg.

Met vriendelijke groet,
Femke Postma
Studio Brug - webdevelopment
klant-id WH-88213"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Lotte Jansen <lotte.jansen.1988@gmail.example>",
         to="klantenservice@kleine-kanjers.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Hallo,

Ik wil het e-mailadres van mijn account bij jullie veranderen. Mijn oude adres
(lotje88@zonnet.example) bestaat niet meer, die provider is ermee gestopt. Als ik in "Mijn
gegevens" het nieuwe adres invul, zegt de site dat er een bevestigingscode is gestuurd naar het
OUDE adres. Die kan ik dus nooit ontvangen.

Op het account staan nog 640 spaarpunten en de retour van het regenpak van mijn zoon loopt nog,
dus een nieuw account aanmaken is niet echt een optie.

Kunnen jullie het adres aan jullie kant aanpassen? Mijn postcode en geboortedatum kan ik
natuurlijk doorgeven ter controle.

Groetjes,
Lotte Jansen"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Daan Mulder <daan@mulder-it.example>",
         to="support@domeinhaven.example",
         subject="Buitengesloten na verlies telefoon (2FA)",
         body="""\
Beste support,

Afgelopen weekend is mijn telefoon in de gracht gevallen en niet meer boven gekomen. Daar stond
de authenticator-app op voor mijn Domeinhaven-account (gebruikersnaam dmulder, klantnummer
DH-30917). De herstelcodes had ik, heel slim, in een notitie op diezelfde telefoon bewaard.

Wachtwoord weet ik nog, maar zonder 2FA-code kom ik er niet in. Ik beheer via jullie de DNS en
certificaten van negen klanten van mij. Voor één van hen moet ik deze week een DNS-record
aanpassen voor hun nieuwe mailprovider, en dat staat nu dus stil.

Wat hebben jullie van mij nodig om 2FA te resetten? Ik kan een kopie van mijn KvK-uittreksel en
id sturen, of langs de bekende weg bellen vanaf het nummer dat bij jullie bekend is (zodra ik
mijn nieuwe simkaart heb).

Groet,
Daan Mulder
Mulder IT"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Henk Schouten <henk.schouten@casema.example>",
         to="parkeren@gemeente-vlietdam.example",
         subject="inlogcode bezoekersparkeren",
         body="""\
Goedendag,

Is het normaal dat ik de inlogcode voor de app Bezoekersparkeren pas na een kwartier of twintig
minuten per sms krijg? Tegen de tijd dat hij binnen is, is hij verlopen en moet ik weer een
nieuwe aanvragen. Dat gaat zo al een week.

Zo kan ik mijn bezoek niet aanmelden en mijn dochter heeft vorige week al een bon gekregen
omdat het niet lukte. Mijn nummer is niet veranderd.

Met vriendelijke groet,
H. Schouten
Vergunningnummer BZ-2026-04471"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia Bouzid <n.bouzid@groothandel-verhoef.example>",
         to="ict-helpdesk@groothandel-verhoef.example",
         subject="account uitgeschakeld na verlof - kan niet werken",
         body="""\
Hoi ICT,

Ik ben vandaag weer begonnen na mijn zwangerschapsverlof, maar als ik op mijn laptop wil
inloggen krijg ik "Uw account is uitgeschakeld. Neem contact op met de beheerder". Ook via de
webmail en in het inkoopsysteem kom ik er niet in. Ik stuur dit vanaf de pc van Joyce.

Rob (mijn leidinggevende) zegt dat hij mijn terugkomst al in september heeft doorgegeven aan
HR. Ik doe de inkoop voor vers, de bestellingen bij de leveranciers moeten voor 14.00 uur de deur
uit en Joyce kan die niet voor mij doen.

Kan iemand mijn account vandaag weer aanzetten? Ik zit op de eerste verdieping, toestel 318.

Groetjes,
Nadia Bouzid
Inkoop vers"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kapsalon Lokkewiet <info@lokkewiet.example>",
         to="bestellingen@haarwerk-groothandel.example",
         subject="Nabestelling krullencrème + compliment",
         body="""\
Hoi Mirjam,

Even een compliment tussendoor: die nieuwe Krul & Kracht-crème is bij ons ingeslagen als een
bom. De klanten lopen de deur plat, mijn meiden staan er helemaal in vuur en vlam voor en ik
ben zelf ook om. Na één week is de voorraad al op.

Kun je dus nabestellen:
- 24x Krul & Kracht crème 150 ml
- 12x Krul & Kracht spray 200 ml
- 6x de salongrootte 1 liter als die er al is

Levering mag gewoon met de gewone route op donderdag. Factuur zoals altijd op naam van de
salon.

Liefs,
Jolanda
Kapsalon Lokkewiet"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Bas van Rijn <basvanrijn@outlook.example>",
         to="info@tuinvuur-shop.example",
         subject="Vraag over Vulkaan 4B en Hittegolf terrasheater",
         body="""\
Goedemiddag,

Ik twijfel tussen twee dingen uit jullie assortiment en heb een paar vragen voordat ik bestel.

1. Past de Vlammenzee gietijzeren grillplaat op de Vulkaan 4B gasbarbecue, of alleen op de 3B?
2. Zit bij de Hittegolf 2000 terrasheater een drukregelaar en slang voor een gewone 10 kg
   propaanfles, of moet ik die apart kopen?
3. Leveren jullie ook op zaterdag in de regio Nijmegen?

Alvast bedankt!

Bas van Rijn"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Gert-Jan Smits <g.smits@zorggroep-linde.example>",
         to="servicedesk@zorggroep-linde.example",
         subject="wachtwoord op Excel-bestand met facturen?",
         body="""\
Hallo servicedesk,

Ik moet elke maand de lijst met openstaande facturen en terugbetalingen aan cliënten naar onze
externe accountant mailen. Nu gaat dat als gewoon Excel-bestand, maar er staan namen en
rekeningnummers in en dat voelt niet goed.

Kan ik in Excel een wachtwoord op het bestand zetten, en hoe geef ik de accountant dat
wachtwoord dan het beste door? Of hebben jullie liever dat ik iets anders gebruik (beveiligde
mail, een gedeelde map)?

Geen haast, de volgende keer is pas eind november.

Groet,
Gert-Jan Smits
Financiële administratie"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Esther Vos <e.vos@klantcontact-delta.example>",
         to="support@belwolk-telefonie.example",
         subject="Re: Inkomende gesprekken vallen weg na keuzemenu - opgelost",
         body="""\
Hoi Bart,

Top, dank je wel. Sinds half twaalf komt alles weer netjes binnen en de wachtrij is inmiddels
leeg. De agents zijn ook weer blij.

Als jullie het evaluatieverslag klaar hebben, zie ik dat graag een keer in mijn mailbox.
Geen haast.

Groet,
Esther Vos
teamleider Klantcontact Delta

Op 5 nov. 2026 om 11:41 schreef Belwolk Support <support@belwolk-telefonie.example>:
> Beste Esther,
>
> De storing op ons platform waardoor inkomende gesprekken na het keuzemenu wegvielen, is
> verholpen. De oorzaak was een configuratiewijziging van vanochtend 08:00 die we hebben
> teruggedraaid. Merkt u toch nog uitval, laat het ons dan direct weten.
>
> Met vriendelijke groet,
> Bart Koster
> Belwolk Support"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Wim de Graaf <w.degraaf@lyceum-de-horst.example>",
         to="sales@roosterplein.example",
         subject="Vragen over SLA en storingen voordat wij overstappen",
         body="""\
Geachte heer, mevrouw,

Wij overwegen om per volgend schooljaar met onze drie locaties (ca. 2.100 leerlingen) over te
stappen naar Roosterplein voor roosters en cijferregistratie. Voordat ik dit in de
directievergadering inbreng, heb ik een paar vragen:

- Welke SLA bieden jullie? Wat is de gegarandeerde beschikbaarheid en hoe snel reageren jullie
  bij een storing, zeker in een toetsweek?
- Waar staan de gegevens (EU?) en hoe vaak worden er back-ups gemaakt?
- Wat gebeurt er als een factuur een keer te laat betaald wordt: wordt de omgeving dan meteen
  geblokkeerd, of is er een herinneringstermijn?
- Is er een verwerkersovereenkomst volgens het model van het onderwijsconvenant?

Een offerte op basis van bovenstaande aantallen zou ook fijn zijn.

Met vriendelijke groet,

W. de Graaf
ICT-coördinator, Lyceum De Horst"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Anouk Smit <anouk.smit@woonstichting-eemland.example>",
         to="ict@woonstichting-eemland.example",
         subject="Agenda vergaderzalen loopt niet bij in Outlook",
         body="""\
Hoi,

Sinds maandag zie ik in Outlook op de pc de agenda's van de vergaderzalen (Eem, Amstel, Vecht)
alleen nog tot en met vorige vrijdag. Nieuwe boekingen van collega's verschijnen niet, en als
ik zelf iets boek zie ik het daarna ook niet terug. Twee collega's van het secretariaat hebben
hetzelfde.

In Outlook op het web zie ik alles wel gewoon, dus daar boeken we nu. Het is dus niet
dringend, maar wel onhandig, want iedereen is gewend het via de pc te doen en vorige week
zaten er twee teams tegelijk in de Eem.

Groetjes,
Anouk
Secretariaat"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Jeroen Baas <j.baas@csg-noorderlicht.example>",
         to="ict-servicedesk@csg-noorderlicht.example",
         subject="URGENT gymzaal examenlaptops",
         body="""\
08.25 uur. In de gymzaal accepteren de examenlaptops geen enkele leerlinglogin: "gebruikersnaam
of wachtwoord onjuist". Dat geldt voor alle 118 laptops, ook met de reservelijst van
wachtwoorden. Om 9.00 uur begint het centraal examen Nederlands havo.

Surveillanten proberen het nu bij elke leerling opnieuw, niemand komt erin. Kom alsjeblieft
NU naar de gymzaal, of bel mij direct op toestel 214.

Jeroen Baas
examensecretaris

Verzonden vanaf mijn telefoon"""),
]
