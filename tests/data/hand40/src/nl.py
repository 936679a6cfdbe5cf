# blind41 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes de Graaf <marloes.degraaf@ziggo.example>",
         to="klantenservice@keukenhuis.example",
         subject="Waterkoker Bravo 1,7L - deksel schoot open",
         body="""\
Goedemiddag,

Op 14 november heb ik bij jullie een waterkoker gekocht (Bravo 1,7 liter, rvs, bestelnummer KH-2026-448120).

Gisterochtend zette mijn dochter (11) thee. Toen het water kookte en ze de waterkoker optilde om in te schenken, sprong het deksel vanzelf open en kwam er een flinke golf kokend water over haar hand en onderarm. Ze heeft een kwartier met haar arm onder de kraan gestaan en daarna zijn we naar de huisartsenpost gegaan. Ze heeft blaren over de hele rug van haar hand en moet er de komende weken verband om.

Ik heb het daarna zelf nog een keer geprobeerd met een bodempje water boven de gootsteen: het lipje van het deksel houdt niet, bij de minste kanteling klapt het omhoog.

De waterkoker staat nu in de schuur en wordt niet meer gebruikt. Ik wil graag weten wat ik ermee moet doen. En eerlijk gezegd vind ik dat jullie moeten nagaan of andere kopers hetzelfde hebben meegemaakt. Foto's van het deksel en van haar hand kan ik sturen.

Met vriendelijke groet,
Marloes de Graaf
Zwolle"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Femke Hoogland <f.hoogland@dierenkliniek-lindehof.example>",
         to="service@vetmedtech.example",
         subject="Infuuspomp VP-300 serienr. 22-07814 - hele zak in korte tijd toegediend",
         body="""\
Geachte heer/mevrouw,

Gisteravond is in onze kliniek iets gebeurd met een van uw infuuspompen (VP-300, serienummer 22-07814) dat ik zo snel mogelijk met u wil bespreken.

Een hond van 9 kilo kreeg na een operatie een infuus met een snelheid van 20 ml per uur. De pomp was correct ingesteld; dat hebben twee collega's onafhankelijk van elkaar gecontroleerd. Na ongeveer tien minuten zag onze assistente dat de zak van 250 ml bijna leeg was. De pomp gaf geen alarm en het display liet nog steeds 20 ml/u zien. De hond kreeg vocht achter de longen en heeft de nacht in de zuurstofkooi gelegen. Ze is er vanochtend redelijk aan toe, maar dit had heel anders kunnen aflopen.

We hebben de pomp direct uit gebruik genomen en met de infuuslijn en de zak apart gezet. We hebben nog drie pompen van hetzelfde type in gebruik. Kunt u ons vandaag laten weten of we die kunnen blijven gebruiken, en hoe u deze pomp wilt laten onderzoeken?

Met vriendelijke groet,

drs. Femke Hoogland
Dierenarts / praktijkmanager
Dierenkliniek De Lindehof
Lindelaan 12, 3941 AB Doorn
0343 - 41 27 90"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sander Visser <s.visser@hetnet.example>",
         to="klantenservice@zonnestroom.example",
         subject="Doorst: Uw jaarafrekening 2026 staat klaar",
         body="""\
Hallo,

Hieronder de mail die ik vanochtend van jullie kreeg. De bijlage is niet mijn jaarafrekening, maar die van een andere klant: H. Bakker uit Amersfoort. Daar staat alles in: naam, adres, klantnummer, meterstanden, het IBAN waarvan afgeschreven wordt en het maandbedrag. Ik heb niets met die persoon te maken.

Ik ga ervan uit dat mijn eigen afrekening nu ook in de mailbox van een wildvreemde ligt? Graag hoor ik wat jullie hiermee doen. Ik heb de bijlage verder met niemand gedeeld en zal hem verwijderen zodra jullie dat bevestigen.

Groet,
Sander Visser
klantnummer 40088213

---------- Doorgestuurd bericht ---------
Van: Zonnestroom Energie <noreply@zonnestroom.example>
Datum: vr 4 dec 2026 om 06:12
Onderwerp: Uw jaarafrekening 2026 staat klaar
Aan: <s.visser@hetnet.example>

Beste klant,

In de bijlage vindt u uw jaarafrekening over de periode december 2025 tot en met november 2026. Uw nieuwe termijnbedrag gaat in per januari.

Met vriendelijke groet,
Zonnestroom Energie

Bijlage: Jaarafrekening_2026.pdf"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Jeroen Smit <jeroen.smit@planet.example>",
         to="klantenservice@zeelandbank.example",
         subject="telefoon gestolen, geld van mijn rekening",
         body="""\
Goedemorgen,
Gisteravond is in de trein naar Utrecht mijn telefoon uit mijn jaszak gepakt. Vanochtend zie ik op de laptop 3 overboekingen van samen € 1.940 naar een rekening die ik niet ken. Die heb ik niet gedaan. Bellen kan ik nu niet.
Kunnen jullie mijn rekening en de app blokkeren en het geld terughalen?
Rekening NL12 ZEBA 0456 7781 23
Jeroen Smit

Verstuurd vanaf mijn iPad"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ruud Verbeek <r.verbeek@vandenberg-sanitair.example>",
         to="zakelijk@snelpakket.example",
         subject="URGENT - sinds 06:00 geen verzendlabels meer, klantnr. 770-1182",
         body="""\
Goedemorgen,

Sinds vanochtend 06:00 wordt er via de koppeling met uw verzendsysteem geen enkel verzendlabel meer aangemaakt. Elke aanvraag blijft hangen en komt na een minuut terug met "504 Gateway Timeout". Via het zakelijke portaal lukt het ook niet: de knop "Labels genereren" blijft ronddraaien en er gebeurt niets.

Gevolg: ons hele magazijn staat stil. Er staan op dit moment 640 pakketten en 18 pallets klaar voor ruim 300 installateurs die op levering morgen rekenen. Om 16:00 komt uw vrachtwagen, en zonder labels kunnen we niets meegeven. Onze 22 orderpickers zijn inmiddels de stellingen aan het opruimen omdat ze geen orders kunnen afmelden.

Aan onze kant is niets gewijzigd; de koppeling heeft tot gisteravond 22:30 zonder problemen gedraaid.

Graag direct telefonisch contact: ik ben bereikbaar op 06 - 41 77 23 90.

Met vriendelijke groet,

Ruud Verbeek
Hoofd logistiek
Van den Berg Sanitair Groothandel B.V.
Industrieweg 41, 5145 PD Waalwijk
T 0416 - 33 44 10 | KvK 18045522

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Indien u dit bericht ten onrechte hebt ontvangen, wordt u verzocht de afzender onmiddellijk te informeren en het bericht te verwijderen. Van den Berg Sanitair Groothandel B.V. aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail."""),

    dict(n=6, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ingrid Mulder <i.mulder@thuiszorg-ijsselland.example>",
         to="support@zorgroute.example",
         subject="Avonddienst komt niet in de ZorgRoute-app, sms-codes komen niet aan",
         body="""\
Goedemiddag,

Vanaf ongeveer 15:30 komen de sms-codes om in te loggen op de ZorgRoute-app niet meer binnen. Het gaat niet om één telefoon: alle 38 wijkverpleegkundigen en verzorgenden van de avonddienst in regio Deventer hebben het, op verschillende toestellen en bij verschillende providers. Wie nog van vanochtend ingelogd was, kan verder, maar iedereen die vanmiddag begonnen is, blijft hangen op het scherm "Voer uw code in".

Zonder de app zien onze mensen hun route niet, en ook niet welke cliënten vanavond insuline, medicatie of wondzorg krijgen. Het gaat om ruim 400 bezoeken tussen 16:00 en 23:00. We proberen het nu met uitgeprinte lijsten van vanochtend, maar die zijn niet compleet.

Kunnen jullie de sms-verificatie voor onze organisatie tijdelijk uitzetten, of op een andere manier zorgen dat mensen erin komen? Ik blijf bij de telefoon: 0570 - 62 18 44.

Met vriendelijke groet,
Ingrid Mulder
Teamcoördinator avonddienst
Thuiszorg IJsselland"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Lotte Hermans <lotte.hermans@kabelnet.example>",
         to="storingen@kabelnet.example",
         subject="Geen internet sinds gisteravond - 6821 KL",
         body="""\
Hoi,

Sinds gisteravond rond 21:00 heb ik thuis geen internet meer. Modem al 3x opnieuw opgestart, lampje blijft oranje knipperen. Tv doet het ook niet. Ik werk thuis als vertaler en moet vandaag voor 17:00 een opdracht inleveren, nu zit ik op de hotspot van mijn telefoon maar die bundel is bijna op.

Kan er vandaag iemand naar kijken? Klantnr 3008124, Sonsbeeksingel 88, Arnhem.

Groet, Lotte

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Mehmet Yilmaz <info@autobedrijf-yilmaz.example>",
         to="support@autodiag.example",
         subject="Re: Ticket #58213 - diagnose software start niet na update",
         body="""\
Goedemorgen,

Ja ik heb gedaan wat u zegt, laptop helemaal opnieuw opgestart en de update nog een keer geinstalleerd maar programma start nog steeds niet. Hij laat logo zien en dan is hij weg, geen melding niks. Log bestand zit in de bijlage.

Probleem is ik kan nu geen enkele auto uitlezen. Ik heb alleen dit apparaat, wij zijn kleine garage met 2 man. Vandaag staan 5 auto's voor APK en onderhoud en de klanten komen om 17 uur hun auto halen. Zonder uitlezen kan ik de lampjes op dashboard niet resetten en de beurt niet afmelden.

Kunt u alstublieft vandaag bellen? 06-28 41 90 33

Groeten
Mehmet Yilmaz
Autobedrijf Yilmaz, Tiel

Op 2 dec. 2026 om 16:45 schreef Support AutoDiag <support@autodiag.example>:
> Beste heer Yilmaz,
>
> Dank voor uw melding. Wilt u de laptop volledig herstarten en update 4.12 opnieuw installeren via de knop "Herstellen" in het startmenu? Lukt het daarna nog steeds niet, stuur dan het bestand diag.log uit de logmap van AutoDiag mee.
>
> Met vriendelijke groet,
> Kevin
> Support AutoDiag"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Joost Dekker <j.dekker@dedriemaster.example>",
         to="support@leerplein.example",
         subject="Een paar punten over Leerplein + probleem met cijferexport",
         body="""\
Beste supportafdeling,

Namens Scholengemeenschap De Driemaster een paar punten die zich de afgelopen weken hebben opgestapeld:

- Op de inlogpagina staat nog ons oude logo. Kan dat vervangen worden? Het nieuwe zit als bijlage bij deze mail.
- Docenten vragen of de kleuren van de roosterweergave aan te passen zijn; lichtgroen op wit is slecht leesbaar op de digiborden.
- Belangrijkste punt: het exporteren van cijferlijsten naar PDF geeft sinds de update van vorige week bij elke klas de melding "Export mislukt (fout 500)". Cijfers invoeren en bekijken gaat gewoon goed, alleen die export niet.
- Kleinigheid: in de app staat "Maandg" in plaats van "Maandag".

Over het derde punt: op 8 januari gaan de rapporten van de eerste periode mee naar huis. Als het dan nog niet opgelost is, moeten de mentoren alle cijfers met de hand overzetten, en dat willen we liever voorkomen. We hebben dus nog even, maar graag wel een reactie voor de kerstvakantie.

Met vriendelijke groet,

Joost Dekker
ICT-coördinator
Scholengemeenschap De Driemaster, Harderwijk"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Annemiek Bos <annemiek.bos@telfort.example>",
         to="help@kijkflix.example",
         subject="Grijze vakjes in plaats van plaatjes op de tv-app",
         body="""\
Hallo,

Kleine opmerking, geen haast: sinds een paar dagen zie ik in jullie app op onze Philips-tv bij veel series grijze vakjes in plaats van de afbeeldingen. De titels staan er wel onder en alles speelt gewoon af, dus we kunnen prima kijken. Het ziet er alleen wat kaal uit. Op mijn telefoon zijn de plaatjes er wel gewoon.

Misschien handig om door te geven aan jullie techneuten.

Groetjes,
Annemiek Bos"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="W.H. van Leeuwen <wh.vanleeuwen@casema.example>",
         to="klantenservice@veiligonderweg-verzekeringen.example",
         subject="Vraag over verhoging premie autoverzekering",
         body="""\
Geachte heer, mevrouw,

Bij de automatische incasso van december zag ik dat de premie van mijn autoverzekering (polisnummer AV-2291847) is gestegen van € 48,20 naar € 51,65 per maand. Ik heb dit jaar geen schade gemeld en voor zover ik weet is er niets aan mijn polis veranderd.

Het gaat niet om een groot bedrag, maar ik ben benieuwd waar de verhoging vandaan komt. Is dit een algemene indexatie, of heeft het met mijn eigen gegevens te maken? Wellicht heb ik een brief hierover gemist.

Bij voorbaat dank voor uw antwoord.

Met vriendelijke groet,

W.H. (Wim) van Leeuwen
Hoofddorp"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Priya Ramdin <priya.ramdin@gmail.example>",
         to="ledenadministratie@hcdeuilen.example",
         subject="Contributie 2x afgeschreven",
         body="""\
Hallo ledenadministratie,

Op 1 december is de contributie voor mijn zoon Ravi twee keer van onze rekening afgeschreven: twee keer € 187,50 met dezelfde omschrijving "Contributie 2026-2027 1e termijn". Screenshot van het afschrift zit in de bijlage.

Kunnen jullie het dubbele bedrag terugstorten? Ik kan het natuurlijk ook via de bank laten terugboeken, maar dat vind ik naar de club toe een beetje onaardig, dus ik vraag het eerst even zo.

Groetjes,
Priya Ramdin
(moeder van Ravi, Jongens O12-3)"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=1,
         frm="Ton Hendriks <ton@bakkerijhendriks.example>",
         to="support@loonhuys.example",
         subject="RE: [Ticket 204417] Salarisbetaling november",
         body="""\
Goedemiddag Sanne,

Dank voor je antwoord, maar "3 tot 5 werkdagen" kan ik niet aan mijn personeel uitleggen. Het bedrag van de nettolonen, € 21.384,16, is maandag al van onze zakelijke rekening afgeschreven met jullie naam erbij. Vandaag hadden de lonen bij mijn 9 medewerkers binnen moeten zijn en er is bij niemand iets aangekomen. Andere maanden stond het er altijd keurig op tijd op.

Twee van mijn mensen moeten deze week hun huur betalen en een van hen heeft al een aanmaning gehad. Ik kan het niet nog een keer uit eigen zak voorschieten. Kunnen jullie vandaag uitzoeken waar het geld gebleven is en het alsnog overmaken? Bel me desnoods: 06 - 12 90 44 81.

Groet,
Ton Hendriks
Bakkerij Hendriks, Oss

-----Oorspronkelijk bericht-----
Van: Sanne | Loonhuys Salarisservice <support@loonhuys.example>
Verzonden: dinsdag 1 december 2026 10:02
Aan: Ton Hendriks <ton@bakkerijhendriks.example>
Onderwerp: [Ticket 204417] Salarisbetaling november

Beste Ton,

Bedankt voor je bericht. Salarisbetalingen kunnen in sommige gevallen 3 tot 5 werkdagen duren voordat ze bij de ontvanger zijn bijgeschreven. Is het na die periode nog niet binnen, laat het ons dan weten.

Met vriendelijke groet,
Sanne
Loonhuys Salarisservice"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hennie Brouwer <info@melkveebedrijf-brouwer.example>",
         to="debiteuren@noordveevoer.example",
         subject="Factuur 2026-11873 klopt niet - 12 ton gefactureerd, 8 ton geleverd",
         body="""\
Goedendag,

Wij hebben factuur 2026-11873 van 27 november ontvangen voor de levering van Rundvee Brok 20. Op de factuur staat 12.000 kg à € 0,392 per kg, totaal € 4.704,00 excl. btw. Volgens de weegbon die de chauffeur bij ons heeft achtergelaten, is er 8.040 kg in de silo gelost. Dat scheelt bijna vier ton.

Het volledige bedrag is inmiddels via de automatische incasso van onze rekening gehaald. Wij verzoeken u het verschil te crediteren en ons een gecorrigeerde factuur te sturen. Een foto van de weegbon zit in de bijlage.

Met vriendelijke groet,

Gerrit en Hennie Brouwer
Melkveebedrijf Brouwer
Oosterweg 7, 9351 PK Leek
Klantnummer 00-34112"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Karin de Wit <karindewit73@hotmail.example>",
         to="klantenservice@boodschappenbus.example",
         subject="Ander e-mailadres om in te loggen?",
         body="""\
Hoi!

Ik bestel al jaren mijn boodschappen bij jullie, supertevreden trouwens. Nu ga ik mijn oude Hotmail-adres opheffen en wil ik voortaan inloggen met mijn nieuwe adres (fam.dewit@proton.example). In de app kan ik bij "Mijn gegevens" wel mijn telefoonnummer aanpassen, maar het e-mailadres staat grijs.

Hoe doe ik dat? En blijven mijn favorieten en mijn bezorgabonnement dan gewoon bewaard?

Alvast bedankt!
Karin de Wit"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Daan Vermeulen <daan@daanvermeulenfotografie.example>",
         to="support@boekhoudbaas.example",
         subject="Geen toegang meer tot tweestapsverificatie na nieuwe telefoon",
         body="""\
Beste Boekhoudbaas-team,

Vorige week heb ik een nieuwe telefoon gekregen en de oude ingeleverd bij de winkel. Wat ik niet had bedacht: de authenticator-app met de codes voor jullie pakket stond op die oude telefoon. Nu vraagt jullie site bij het inloggen om een zescijferige code en die heb ik dus niet meer. Herstelcodes heb ik destijds niet bewaard (stom, ik weet het).

Ik gebruik het pakket voor mijn fotografiebedrijfje, dus al mijn facturen en bonnetjes staan erin. Deze week heb ik het niet direct nodig, maar voor de btw-aangifte eind januari moet ik er wel weer in kunnen. Hoe kan ik de tweestapsverificatie laten resetten? Ik kan me uiteraard legitimeren als dat nodig is.

Groeten,
Daan Vermeulen
Daan Vermeulen Fotografie
KvK 71234509"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Linda Schouten <l.schouten@rijnsteden-advocaten.example>",
         to="support@dossierdirect.example",
         subject="RE: Uw melding 88-1204: account geblokkeerd",
         body="""\
Geachte heer De Jong,

Hieronder mijn antwoorden tussen uw vragen. Ik wil benadrukken dat het spoed heeft: vandaag vóór 16:00 uur moet namens een cliënt een beroepschrift via uw platform worden ingediend, en mr. Kok is de enige op kantoor met de bevoegdheid om dat te doen.

-----Oorspronkelijk bericht-----
Van: Support DossierDirect <support@dossierdirect.example>
Verzonden: vrijdag 4 december 2026 17:05
Onderwerp: Uw melding 88-1204: account geblokkeerd

> 1. Om welk account gaat het (e-mailadres)?
e.kok@rijnsteden-advocaten.example

> 2. Welke melding krijgt u bij het inloggen?
"Uw account is tijdelijk geblokkeerd. Neem contact op met uw beheerder." Dit sinds zij haar wachtwoord heeft gereset via de link in uw mail.

> 3. Heeft u al geprobeerd het wachtwoord opnieuw in te stellen?
Ja, twee keer. De resetmail komt binnen en het nieuwe wachtwoord wordt geaccepteerd, maar bij het inloggen krijgt zij weer dezelfde melding.

> 4. Kunnen andere gebruikers van uw kantoor wel inloggen?
Ja, de vier andere collega's kunnen gewoon inloggen, maar zij hebben geen indienbevoegdheid.

Graag verneem ik per omgaande hoe wij verder kunnen. U kunt mij direct bereiken op 030 - 231 55 02.

Met vriendelijke groet,
Linda Schouten, officemanager
Rijnsteden Advocaten, Maliesingel 40, 3581 BK Utrecht, T 030 - 231 55 00

De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde, openbaarmaking, vermenigvuldiging, verspreiding en/of verstrekking aan derden is niet toegestaan. Op al onze diensten zijn de algemene voorwaarden van toepassing, gedeponeerd ter griffie van de rechtbank Midden-Nederland."""),

    dict(n=18, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Monique Jansen <frontoffice@hoteldezevenprovincien.example>",
         to="support@hotelsuite-pms.example",
         subject="Toegang nieuwe receptioniste en afsluiten oud account",
         body="""\
Goedemorgen,

Per 1 december is bij ons een nieuwe receptioniste begonnen, Yara El Idrissi. Ik heb haar vorige week via het beheerscherm uitgenodigd, maar zij heeft de uitnodiging pas na het weekend geopend en krijgt nu de melding dat de link verlopen is. Als ik haar opnieuw wil uitnodigen, zegt het systeem dat het e-mailadres al in gebruik is. Ze werkt nu onder het account van een collega, en dat willen we eigenlijk niet.

Daarnaast is onze vorige receptionist, Bas Timmer, per 30 november uit dienst. Zijn account zie ik niet meer terug in het overzicht, maar ik wil graag zeker weten dat hij niet meer kan inloggen.

Zouden jullie hiernaar willen kijken? Alvast hartelijk dank.

Vriendelijke groet,
Monique Jansen
Front office manager
Hotel De Zeven Provinciën, Hoorn"""),

    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Noor Haddad <noor@werkplaatskatendrecht.example>",
         to="verkoop@loungemeubel.example",
         subject="Vraag over brandveiligheid banken Oslo + retourbeleid",
         body="""\
Hallo,

Wij zijn een coworkingruimte in Rotterdam en willen voor onze lounge zes banken uit jullie Oslo-serie bestellen. Voor we dat doen heb ik een paar vragen.

Over drie weken komt de brandweer voor de jaarlijkse controle van ons pand. Sinds een klein keukenbrandje vorig jaar (niemand gewond, wel veel rook) zijn ze extra streng, en we kregen het advies om in de gemeenschappelijke ruimtes alleen brandvertragende meubels te zetten. Hebben jullie voor de stof van de Oslo een certificaat, bijvoorbeeld EN 1021 of een brandklasse? En is de vulling vlamvertragend behandeld?

Als de brandweer de banken toch afkeurt: kunnen we ze dan retourneren en krijgen we het volledige bedrag terug, of alleen als ze onbeschadigd in de originele verpakking zitten? Bij een bestelling van bijna € 7.000 willen we dat graag vooraf weten.

Groet,
Noor Haddad
Community manager, Werkplaats Katendrecht"""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CyberWijs Academy <nieuwsbrief@cyberwijs.example>",
         to="support@groenrijk-tuincentrum.example",
         subject="Datalek, gehackt of phishing? Gratis webinar op 15 januari",
         body="""\
Goedemiddag,

Eén klik op een verkeerde link en je klantenbestand ligt op straat. Uit ons onderzoek blijkt dat 1 op de 4 mkb-bedrijven het afgelopen jaar slachtoffer werd van phishing, CEO-fraude of een gehackt e-mailaccount. De gemiddelde schade: € 23.000 per incident.

In ons gratis webinar "Noodplan bij een datalek" (donderdag 15 januari, 10:00-11:00) laat ethisch hacker Bram Koster live zien hoe snel een zwak wachtwoord gekraakt is, en wat je moet doen in de eerste 72 uur na een inbraak: melden bij de Autoriteit Persoonsgegevens, wachtwoorden resetten en gestolen gegevens opsporen.

Wat je leert:
- hoe je een phishingmail herkent voordat het te laat is
- waarom een wachtwoordmanager je beste verzekering is
- hoe je een ransomware-aanval overleeft zonder losgeld te betalen

Aanmelden: cyberwijs.example/webinar-datalek

Met veilige groet,
Het team van CyberWijs Academy

Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze nieuwsbrief. Afmelden kan via cyberwijs.example/afmelden"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Wouter Zwart <wouter@fietsplushaarlem.example>",
         to="dealers@voltride-accu.example",
         subject="Even een compliment!",
         body="""\
Hoi Erik,

Ik moest je toch even laten weten: die nieuwe 625Wh-accu's zijn echt een bom. Sinds ze in de winkel staan, lopen de klanten de deur plat. Afgelopen zaterdag was het zo druk dat mijn telefoon ontplofte van de appjes, en aan het eind van de dag was ik helemaal kapot. En dat terwijl ik vorige week nog plat lag met griep.

Twee van mijn vaste klanten, allebei dik in de zeventig, staan in vuur en vlam sinds ze met één keer opladen naar Zandvoort en terug kunnen fietsen. Die snellader is ook een killer: accu leeg in, en na een kop koffie en een broodje kun je weer verder.

Die training van jullie monteur in oktober was trouwens ook een schot in de roos. Mijn jongens in de werkplaats zijn er niet meer weg te slaan.

Kun je de volgende levering met 10 stuks ophogen? Dan zijn we goed voorbereid op de voorjaarsdrukte.

Groeten uit Haarlem,
Wouter
Fietsplus Haarlem"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Thijs Veldkamp <thijs.v2009@gmail.example>",
         to="help@pixelforge.example",
         subject="Re: Kan niet inloggen - account geblokkeerd?",
         body="""\
Top, het werkt weer! Ik kon net gewoon inloggen en mijn saves staan er allemaal nog. Bedankt voor de snelle hulp.

Groetjes,
Thijs

Op do 3 dec. 2026 om 17:22 schreef Klantenservice PixelForge <help@pixelforge.example>:
> Hoi Thijs,
>
> We hebben de tijdelijke blokkade op je account opgeheven. Via de link hieronder kun je een nieuw wachtwoord instellen en daarna weer inloggen.
>
> Groet,
> Mila, PixelForge Support
>
> Op wo 2 dec. 2026 om 21:05 schreef Thijs Veldkamp <thijs.v2009@gmail.example>:
> > Hallo, ik kan niet meer inloggen op mijn account. Er staat dat mijn account geblokkeerd is omdat ik te vaak een verkeerd wachtwoord heb ingevuld. Ik heb dit weekend een toernooi, help!!"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rob Kuipers <rob.kuipers@xs4all.example>",
         to="huurdersservice@woonstichting-sleutelstad.example",
         subject="Re: Terugbetaling servicekosten 2025 - DERDE MAIL",
         body="""\
Dit is nu de derde keer dat ik hierover mail. Nog steeds geen antwoord en geen cent gezien. Ik ben er klaar mee.

Volgens jullie eigen afrekening servicekosten 2025 krijg ik € 642,18 terug. Dat staat zwart op wit in jullie brief van 15 oktober, met de belofte dat het "binnen 4 weken" op mijn rekening zou staan. Inmiddels zijn we 8 weken verder. Ik heb dat geld nodig voor de borg van mijn nieuwe woning.

Staat het bedrag er vrijdag niet, dan dien ik een klacht in bij de Huurcommissie en ga ik naar het Juridisch Loket.

R. Kuipers
Vinkenstraat 23-2, Leiden
Huurdersnummer 118402

Op 24 nov. 2026 om 09:14 schreef Rob Kuipers <rob.kuipers@xs4all.example>:
> Goedemorgen, ik heb nog steeds niets ontvangen en ook geen reactie op mijn vorige mail. Graag hoor ik wanneer het bedrag wordt overgemaakt.
>
> Op 10 nov. 2026 om 20:31 schreef Rob Kuipers <rob.kuipers@xs4all.example>:
> > Beste mensen, volgens de afrekening servicekosten 2025 heb ik recht op een teruggave van € 642,18. Dit zou binnen 4 weken worden overgemaakt, maar ik heb nog niets ontvangen. Kunt u dit nakijken?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sjoerd Wijnands <sjoerd@filmhuisdelantaarn.example>",
         to="support@kaartkassa.example",
         subject="Stoelkeuze laadt niet in Safari",
         body="""\
Hallo,

Sinds dinsdag krijgen bezoekers die via Safari (iPhone en Mac) kaartjes bestellen de stoelkeuze niet te zien: het zaaloverzicht blijft wit en je kunt niet verder naar betalen. In Chrome en Firefox gaat alles gewoon goed.

We hebben bovenaan de site een melding gezet dat mensen tijdelijk een andere browser moeten gebruiken, en aan de kassa verkopen we gewoon door. Er komen wat klachten binnen en de online verkoop loopt iets terug, maar we redden ons. Willen jullie het wel oppakken voor de kerstfilms vanaf 17 december? Dan verwachten we veel meer online verkoop.

Groet,
Sjoerd Wijnands
Filmhuis De Lantaarn, Leeuwarden"""),
]
