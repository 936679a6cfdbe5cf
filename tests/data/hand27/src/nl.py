# blind28 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Wilma Oosterhuis <w.oosterhuis@kpnpost.example>",
         to="service@traplift-noord.example",
         subject="Traplift rijdt door na loslaten knop",
         body="""\
Goedemiddag,

Vanochtend wilde mijn moeder (84) met de traplift naar beneden. Halverwege liet ze de knop op de
armleuning los omdat de kat op de trap zat, maar de stoel reed gewoon door. Hij stopte pas
onderaan, met een klap tegen de eindstop. Ze is half uit de stoel gegleden en zit nu met een
dikke, blauwe pols op de bank. De huisarts komt vanmiddag langs.

Daarna heb ik het zelf geprobeerd: knop loslaten en de stoel rijdt nog ruim een meter door.
Vorige week deed hij dat nog niet. Sinds het onderhoudsbezoek van 3 november piept hij ook af en
toe bij het opstarten.

Het gaat om een Horizon Curve, serienummer HC-2291-0457, geplaatst in maart 2023.

Mijn moeder woont alleen en kan zonder lift niet naar haar slaapkamer. Ik heb de stekker eruit
getrokken en ze slaapt vannacht beneden, maar dat kan niet lang zo. Kan er vandaag of morgen
vroeg iemand komen kijken?

Met vriendelijke groet,
Wilma Oosterhuis
(dochter van mevr. J. de Graaf, Lindelaan 17, Emmen)
06-12345678"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="H. Bosman <henkbosman1958@ziggomail.example>",
         to="klantenservice@veyra-diabetes.example",
         subject="Vraagje over mijn pomp na de update",
         body="""\
Goedendag,

Is het normaal dat de pomp na de update van gisteren de bolus twee keer geeft?

Ik had vanmiddag om 12.30 uur 6 eenheden ingesteld voor de lunch. In de geschiedenis staan nu
twee regels van 6,0 E, een om 12.31 en een om 12.34. Ik heb maar een keer op bevestigen gedrukt,
dat weet ik zeker. Om kwart over twee zat ik op 3,1 en ben ik gaan zitten met druivensuiker en
een glas cola. Nu zit ik weer op 5,8.

Mijn zoon zegt dat ik jullie meteen moet mailen. Ik gebruik de pomp sinds april, het is een
Veyra X2 met serienummer VX2-77813, en de sensor is van vorige week.
Moet ik iets anders instellen of doe ik iets verkeerd? Ik durf voor het avondeten eigenlijk
geen bolus meer te geven via de pomp.

Met vriendelijke groet,
Henk Bosman
Zwolle"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sanne Verhoeven <sanne.verhoeven@mailbox.example>",
         to="huurdersportaal@woonbeheer-delta.example",
         subject="Ik kan documenten van andere huurders openen",
         body="""\
Geacht team van het huurdersportaal,

Toen ik vanavond inlogde om mijn nieuwe huurcontract te bekijken, zag ik onder "Mijn documenten"
veertien bestanden die niet van mij zijn. Het gaat om loonstroken, kopieën van paspoorten en
ID-kaarten, een bankafschrift en een werkgeversverklaring, op naam van mensen die op andere
adressen in het complex Parkzicht wonen. Ik kan ze gewoon openen en downloaden.

Ik heb niets gedownload en verder niets aangeklikt dan de eerste twee, om te zien wat het was.
Een screenshot van de lijst (met de namen weggelakt) stuur ik mee als bijlage.

Ik ga ervan uit dat dit andersom ook gebeurt. Ik heb vorige maand zelf een kopie van mijn
paspoort en drie loonstroken geüpload voor de inkomenstoets. Dat betekent dat onbekenden nu
waarschijnlijk mijn BSN, geboortedatum en salaris kunnen inzien.

Ik verzoek u:
- dit vandaag nog af te sluiten;
- mij te laten weten of mijn documenten door anderen zijn geopend;
- te bevestigen dat u dit meldt bij de Autoriteit Persoonsgegevens.

Ik werk zelf in de zorg en weet hoe snel zoiets misbruikt wordt. Graag een reactie van iemand
die hier echt over gaat, niet een standaardmail.

Met vriendelijke groet,
Sanne Verhoeven
huurder Parkzicht 112, Breda
huurnummer 40-18832"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dennis Kok <dennis@kokbouw.example>",
         to="service@gereedschapdirect.example",
         subject="tacker schiet zonder aandrukken",
         body="""\
Hoi,

Onze accutacker (Kraftnagel FN-34, in sept bij jullie gekocht, order GD-558120) schoot vanochtend
een spijker toen mijn collega hem aan zijn riem hing. Neus zat nergens tegenaan. Spijker ging
dwars door zijn broekspijp, net naast zijn kuit.

Daarna 2x getest op een plank: neus vrij, trekker in, ding schiet gewoon.
Accu is eruit en hij ligt in de bus. We hebben er nog 3 van dezelfde op andere bussen.
Wat nu? Opsturen, ruilen?

Gr Dennis
Kok Bouw & Renovatie

Verstuurd vanaf mijn iPhone"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Planning Taxi Centrale Rijnmond <planning@taxirijnmond.example>",
         to="support@ritplanner.example",
         subject="SPOED: chauffeurs krijgen geen ritten meer op tablet",
         body="""\
Sinds 06.40 uur komt er op geen enkele tablet in onze auto's nog een rit binnen.
In het dispatchscherm staan de ritten netjes op "toegewezen", maar de chauffeurs zien niks.

We hebben nu 52 auto's op de weg, waarvan 30 met zittend ziekenvervoer, dialyseritten en
schoolvervoer met rolstoelbussen. Wij bellen iedere rit met de hand door via de portofoon met
drie man op de centrale. Dat houden we geen uur meer vol, de eerste klachten van ziekenhuizen
komen al binnen.

Tablets herstart, dispatchserver herstart, andere simkaart geprobeerd: geen verschil.

Bel mij direct op 010-1234567 of 06-12345679.

Marco Hoekstra
Hoofd planning, Taxi Centrale Rijnmond
klantnummer RP-00417"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Linda van Beek <l.vanbeek@sneeuwhal-dekuip.example>",
         to="helpdesk@skipass-systems.example",
         subject="Alle poortjes bij de liften geven rood",
         body="""\
Goedemorgen,

Sinds opening om 09.00 uur geven alle poortjes bij de sleeplift en de stoeltjeslift rood bij
elke kaart. Seizoenkaarten, dagkaarten die net aan de kassa zijn verkocht, lespassen: allemaal
rood, met het piepje. De kassa's verkopen wel gewoon en de kaarten staan als geldig in het
beheerscherm.

Het is de eerste zaterdag van de kerstvakantie. Er staan nu zo'n 400 mensen in de hal, waarvan
een groot deel kinderen van de skischool. Onze medewerkers zetten de poortjes handmatig open en
kijken op het oog, maar zo kunnen we niets controleren en de rij wordt alleen maar langer.
Mensen willen hun geld terug.

Kunnen jullie iemand laten inbellen op de server? Ik ben de hele dag bereikbaar op 079-1234567.

Linda van Beek
Operationeel manager, Sneeuwhal De Kuip"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Mr. drs. Joost Landman <j.landman@landmanmakelaardij.example>",
         to="support@tekenzeker.example",
         subject="Knop 'Ondertekenen' reageert niet - akte moet vandaag rond",
         body="""\
Goedemiddag,

Bij het document "Koopovereenkomst Molenweg 8" (envelop-ID TZ-2026-118724) gebeurt er niets als
ik of de koper op "Ondertekenen" klikken. Geen melding, geen laadbalk, niets. De andere
ondertekenaar (verkoper) heeft vanochtend nog gewoon getekend.

Geprobeerd in Chrome, Edge en op de iPad van de koper, ook in een privévenster. Ook een nieuwe
envelop aangemaakt met hetzelfde pdf: zelfde resultaat.

De overeenkomst moet vandaag voor 17.00 uur getekend bij de notaris liggen, anders vervalt de
afspraak over de ontbindende voorwaarden. Graag met spoed contact.

Joost Landman
Landman Makelaardij, Amersfoort
033-1234567"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Ellen Brouwer <ellen@brouwerboekhouding.example>",
         to="support@cijfermeester.example",
         subject="Bankkoppeling haalt geen transacties meer op",
         body="""\
Hallo,

Bij twee van mijn klanten (administraties 1044 en 1071, beide met een rekening bij dezelfde bank)
komen sinds vrijdag geen nieuwe banktransacties meer binnen. De laatste regel is van 13 november.
Bij "Bankkoppelingen" staat de status op groen en "laatst bijgewerkt: vandaag", maar er komt
niets bij. Opnieuw autoriseren heb ik al gedaan.

Voorlopig lees ik de CSV-bestanden handmatig in, dat werkt. De btw-aangifte is pas eind januari
dus het is niet acuut, maar ik wil niet dat dit zo blijft. Kunnen jullie ernaar kijken?

Groetjes,
Ellen Brouwer
Brouwer Boekhouding & Advies"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Peter de Wit <p.dewit@dewit-administratie.example>",
         to="support@belnet-zakelijk.example",
         subject="Re: Inkomende gesprekken gaan direct naar voicemail (ticket SIP-40917)",
         body="""\
Dit is mijn derde mail. Het is nog precies hetzelfde.
Wij zijn al vier werkdagen telefonisch onbereikbaar voor onze klanten, in de drukste periode van
het jaar. Ik wil vandaag nog een technicus aan de lijn, geen standaardantwoord.

Peter de Wit

Op wo 18 nov. 2026 om 08:47 schreef Peter de Wit <p.dewit@dewit-administratie.example>:
> Goedemorgen,
> Ik heb maandag al gemeld dat alle inkomende gesprekken op ons hoofdnummer 085-1234567
> meteen op de voicemail uitkomen. De toestellen op kantoor gaan niet over. Uitgaand bellen
> werkt wel. Ik heb nog steeds niets gehoord. Wanneer wordt dit opgelost?
>
> Op ma 16 nov. 2026 om 09:15 schreef Peter de Wit <p.dewit@dewit-administratie.example>:
>> Beste support,
>> Sinds vanochtend gaan alle inkomende gesprekken op 085-1234567 direct naar de voicemail.
>> Niemand van ons (4 toestellen) hoort iets overgaan. We hebben niets veranderd aan de
>> instellingen. Klantnummer BZ-20318.
>> Met vriendelijke groet,
>> Peter de Wit"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Koen Vermeulen <koen.vermeulen@telenetpost.example>",
         to="reservaties@camping-dezilvervos.example",
         subject="Voorschot tweemaal afgehouden - reservatie ZV-27-01834",
         body="""\
Beste,

Voor onze reservatie van staanplaats 42 (18/07 tot 01/08/2027, reservatienummer ZV-27-01834)
werd het voorschot van 245,00 euro tweemaal van mijn rekening gehaald, op 9 en op 10 november.
In de bevestigingsmail staat maar een betaling vermeld.

Gelieve het dubbel betaalde bedrag terug te storten op rekening BE00 1234 5678 9012. Ik voeg de
uittreksels van mijn bank toe.

Alvast bedankt en tot de zomer!

Met vriendelijke groeten,
Koen Vermeulen
Mechelen"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Rachid El Amrani <rachid.elamrani@postvak.example>",
         to="klantenservice@huurbus-direct.example",
         subject="Borg betalen lukt niet, sta aan de balie",
         body="""\
Ik sta nu bij jullie vestiging Utrecht Lage Weide voor reservering HB-7730215 (bestelbus, vandaag
8.00 uur). Mijn creditcard wordt 3x geweigerd voor de borg van 750 euro. Bank gebeld, die zien
niet eens een poging binnenkomen en er zit ruim genoeg op de kaart.
Medewerker zegt dat ik via de betaallink moet betalen, maar die geeft "transactie mislukt".

Ik verhuis vandaag, de verhuizers staan om 10 uur klaar bij het oude huis. Wat kan ik doen??

Rachid El Amrani
06-12345680"""),

    dict(n=12, signals="payment", priority="medium", trap="data", qt=0, reply=0,
         frm="Marieke Smit <marieke.smit@hetnet.example>",
         to="klantenservice@waterbedrijf-oost.example",
         subject="Jaarafrekening klopt niet: 4.120 m3 water?",
         body="""\
Geachte heer, mevrouw,

Vandaag kreeg ik de jaarafrekening voor aansluiting 7.004.118.23 (Kastanjelaan 9, Deventer).
Volgens de afrekening hebben wij dit jaar 4.120 m3 water verbruikt. Wij wonen met z'n tweeën in
een appartement en verbruikten vorig jaar 71 m3.

Ik heb op 2 november via het klantportaal de meterstand 00412 doorgegeven. Het lijkt erop dat
daar een nul achter is gezet. Een foto van de meter zit in de bijlage.

Het gevolg is een naheffing van 5.318,40 euro en een nieuw voorschot van 448 euro per maand in
plaats van 32 euro. De eerste incasso staat gepland op 28 november. Wilt u de afrekening
corrigeren en die incasso tegenhouden?

Met vriendelijke groet,
Marieke Smit"""),

    dict(n=13, signals="payment", priority="medium", trap="aside", qt=0, reply=0,
         frm="G. Hendriks-Vos <ghendriksvos@planetpost.example>",
         to="info@uitvaartzorg-dalen.example",
         subject="Premie wordt nog steeds afgeschreven",
         body="""\
Geachte heer, mevrouw,

Op 2 augustus is mijn man, Willem Hendriks, overleden. Uw organisatie heeft de uitvaart verzorgd
en ik wil u nogmaals bedanken voor de liefdevolle manier waarop dat is gegaan. Meneer Bakker
was een grote steun voor ons allemaal.

Bij het gesprek na de uitvaart heb ik gevraagd om de maandelijkse premie voor de polis van mijn
man stop te zetten. Dat was volgens meneer Bakker geen enkel probleem en ik zou een bevestiging
krijgen. Die bevestiging heb ik nooit ontvangen.

Nu zie ik op mijn bankafschrift dat er op 1 september, 1 oktober en 1 november toch weer
23,40 euro is afgeschreven, met als omschrijving "premie polis UD-0098812". Dat is bij elkaar
70,20 euro.

Ik ben 81 jaar en doe mijn bankzaken niet via de computer, mijn kleindochter helpt mij met deze
e-mail. Zou u de afschrijvingen willen stopzetten en het bedrag willen terugstorten op de
rekening waarvan het is afgeschreven? Een brief per post is voor mij het prettigst.

Met vriendelijke groet,

mevrouw G. Hendriks-Vos
Beukenhof 3
Ommen"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Lotte Jacobs <lottejacobs03@studentmail.example>",
         to="helpdesk@leerplein-online.example",
         subject="verificatiecode komt niet aan",
         body="""\
Hoi,

Ik probeer in te loggen op Leerplein voor de cursus Farmacologie 2, maar na mijn wachtwoord
vraagt hij een verificatiecode die naar mijn mail wordt gestuurd. Die komt gewoon niet. Ook niet
in spam, ook niet na 5x opnieuw versturen (heb nu al een uur gewacht).

Ik moet voor dinsdag de oefentoets gemaakt hebben, anders mag ik niet meedoen aan het tentamen.
Studentnummer 2291847.

Groetjes Lotte"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Nicole Peeters <nicole.peeters@webpost.example>",
         to="support@klikmatch.example",
         subject="Account opeens niet beschikbaar?",
         body="""\
Hallo,

Is het normaal dat je account zomaar wordt geblokkeerd zonder dat je iets hoort? Sinds
gisteravond krijg ik bij het inloggen alleen nog "Dit account is tijdelijk niet beschikbaar".
Ik heb geen mail gehad, geen waarschuwing, niks.

Het enige wat ik heb gedaan is mijn profielfoto veranderen. Ik betaal gewoon voor Premium tot
maart. Mijn gebruikersnaam is nicole_utr, geregistreerd met dit mailadres.

Graag hoor ik wat er aan de hand is en hoe ik er weer in kan.

Nicole"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Bas Timmermans <b.timmermans@vanderlaan-transport.example>",
         to="servicedesk@vanderlaan-transport.example",
         subject="Kan niet inloggen in TMS - telefoon met authenticator kapot",
         body="""\
Hoi servicedesk,

Mijn werktelefoon is gisteravond bij het afmeren in de Waal gevallen. Daar stond de authenticator
op, dus ik kom niet meer in het TMS en ook niet in Outlook op de laptop (vraagt om de code).
Ik schrijf dit vanaf de pc van Ingrid.

Ik moet vanochtend de planning voor morgen maken, 38 ritten naar Duisburg en Venlo. Ingrid kan
een deel overnemen maar heeft geen rechten op mijn klanten.

Kunnen jullie de MFA resetten zodat ik hem op mijn privételefoon kan zetten? Ik zit op de
planningsafdeling, toestel 214.

Bedankt!
Bas Timmermans
Planner, Van der Laan Transport"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Tomasz Wisniewski <tomasz.w@pocztamail.example>",
         to="klantenservice@parkeerloket.example",
         subject="account sluiten aub",
         body="""\
Goedendag,

Ik ben verhuisd naar andere stad in oktober. Mijn vergunning voor parkeren in de wijk
Transvaal is afgelopen op 31 oktober. Nu ik wil graag mijn account sluiten en ook mijn gegevens
verwijderen, ook kenteken en bankgegevens. Ik heb geprobeerd in de app maar ik kan geen knop
vinden voor verwijderen.

Kunt u dit doen voor mij? Mijn kenteken was 12-ABC-3, klantnummer PL-889214.

Dank u wel,
Met vriendelijk groeten
Tomasz Wisniewski"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jeroen Visser <jeroen@sloepverhuur-loosdrecht.example>",
         to="sales@havenplanner.example",
         subject="Interesse in boekingsmodule voor volgend seizoen",
         body="""\
Hallo,

Onze sloepverhuur is dit jaar echt ontploft. Vanaf Pinksteren werden we doodgegooid met
aanvragen via WhatsApp en telefoon, en in juli vlogen de boten de deur uit. Leuk natuurlijk, maar
mijn vrouw en ik zaten elke avond tot middernacht briefjes over te tikken in een Excel.

Voor 2027 willen we daarom online boeken met een aanbetaling van 25 procent. Drie vragen:
- kan de klant bij het boeken meteen de aanbetaling doen, en de rest bij het ophalen?
- kunnen we per boot een eigen prijs voor ochtend, middag en hele dag zetten?
- koppelt het met de ligplaatsadministratie die we al bij jullie hebben?

Ik sta te popelen om het te proberen, dus als er een demo-account is hoor ik het graag.

Groet,
Jeroen Visser
Sloepverhuur De Vijfhoek"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Anouk de Jong <anouk.dejong@freemail.example>",
         to="advies@poolenspa-shop.example",
         subject="ShockMax 70 en Legionella Killer in opblaasbare jacuzzi?",
         body="""\
Hoi,

We hebben sinds deze zomer een opblaasbare jacuzzi (800 liter) in de tuin. Bij de buren zag ik
dat ze ShockMax 70 gebruiken en jullie raden op de site ook de Legionella Killer aan voor de
winter.

Zijn die ook geschikt voor zo'n kleine opblaasbare bak, of zijn ze alleen bedoeld voor grote
zwembaden? En hoeveel moet ik dan per keer doen? Nu gebruik ik alleen de chloortabletten uit de
startset.

Alvast dank!
Anouk"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Thijs Mulder <thijsmulder@dwmail.example>",
         to="support@slaapzacht-babyfoon.example",
         subject="nieuw wifi-wachtwoord, babyfoon opnieuw koppelen?",
         body="""\
Hallo, we krijgen vrijdag glasvezel en dus een nieuwe router met een ander wifi-wachtwoord.
Moet ik de Slaapzacht 2 (camera + ouderunit) dan helemaal opnieuw koppelen, of kan ik het
wachtwoord ergens in de app aanpassen? Wil niet dat hij 's nachts ineens offline is.
Thijs"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Frank Jansen <f.jansen@kantorenparkzuid.example>",
         to="storingsdienst@lifttech-nederland.example",
         subject="Re: Melding lift B Kantorenpark Zuid - monteur onderweg",
         body="""\
Goedemiddag,

Even een bericht terug: de monteur is om 11.20 uur geweest en lift B doet het weer prima.
Hij heeft uitgelegd dat het een versleten deurcontact was en dat hij het onderdeel meteen heeft
vervangen. Complimenten voor de snelle reactie en voor Ruud, heel vriendelijk en netjes gewerkt.

Met vriendelijke groet,
Frank Jansen
Facilitair beheer Kantorenpark Zuid

Op di 17 nov. 2026 om 08:52 schreef Storingsdienst LiftTech
<storingsdienst@lifttech-nederland.example>:
> Geachte heer Jansen,
>
> Wij hebben uw melding ontvangen dat lift B in gebouw 2 buiten werking is en met open deuren
> op de begane grond stilstaat. Er zijn volgens uw melding geen personen ingesloten.
> Monteur R. Koster is onderweg en verwacht rond 11.00 uur bij u te zijn.
>
> Meldingsnummer: ST-2026-33817
>
> Met vriendelijke groet,
> Storingsdienst LiftTech Nederland"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Karin Dekker <penningmeester@scoutingdewaterlopers.example>",
         to="info@samenvoordoel.example",
         subject="Vragen voordat we een actie starten",
         body="""\
Beste mensen,

Onze scoutinggroep wil in februari een crowdfundingactie starten voor een nieuw clubhuis (doel
40.000 euro). We twijfelen nog tussen jullie en een ander platform en hebben een paar vragen:

1. Wat gebeurt er als de betaling van een donateur mislukt, bijvoorbeeld bij iDEAL of een
   verlopen creditcard? Krijgt die persoon automatisch bericht?
2. Op 14 februari doen we een live-avond met een veiling die op groot scherm wordt gestreamd.
   Wat als jullie site op dat moment plat ligt? Hebben jullie een SLA of een garantie voor
   uitval, en hoe snel wordt zoiets opgelost?
3. Hoe lang duurt het na afloop voordat het geld op onze rekening staat?

Met vriendelijke groet,
Karin Dekker
penningmeester Scouting De Waterlopers"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Mustafa Yilmaz <m.yilmaz@vastgoedbeheer-westhof.example>",
         to="support@klimaatportaal.example",
         subject="Zones leeg in klimaatportaal na update",
         body="""\
Goedemorgen,

Sinds de update van dinsdag blijft in het klimaatportaal het tabblad "Zones" leeg voor ons pand
Westhof (object 2207). De weekschema's voor verwarming en ventilatie zijn niet meer te zien of
te wijzigen op afstand, ik krijg alleen een draaiend rondje.

De installatie zelf draait gewoon op de oude schema's en via het bedieningspaneel in de
technische ruimte kan ik de tijden nog aanpassen. Dus niemand zit in de kou, maar ik moet nu
voor elke wijziging naar het gebouw rijden. Kunnen jullie dit oppakken?

Groet,
Mustafa Yilmaz
Technisch beheerder"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dr. Femke Schouten <f.schouten@hogeschool-ijsselland.example>",
         to="support@examenwacht.example",
         subject="Tentamen 380 studenten kan niet starten - camera niet gevonden",
         body="""\
Dringend.

Vandaag om 09.00 uur begint het digitale tentamen Statistiek 1 in vier zalen, 380 studenten.
Sinds de nieuwe versie van jullie extensie (vannacht automatisch bijgewerkt) krijgt IEDERE
student bij de start "Camera niet gevonden" en komt niet verder dan het controlescherm.
Het gaat om onze eigen beheerde laptops met ingebouwde camera, dezelfde als vorige week toen
alles goed ging.

Surveillanten staan klaar, studenten zitten in de zaal. Als het tentamen niet uiterlijk
09.45 uur start, moeten we het afgelasten en opnieuw inplannen voor alle 380 studenten.

Bel mij: 038-1234567 (examenbureau).

Femke Schouten
Coördinator toetsing, Hogeschool IJsselland"""),
]
