# blind14 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit-question", qt=0, reply=0,
         frm="Marieke de Boer <marieke.deboer@thuismail.example>",
         to="klantenservice@luchtwacht.example",
         subject="Vraag over CO-melder LW-200",
         body="""\
Goedemiddag,

Is het normaal dat de CO-melder helemaal stil blijft terwijl we allebei ziek worden in dezelfde kamer?

Gisteravond zaten mijn man en ik in de woonkamer met de gaskachel aan. Na een uur kregen we allebei bonkende hoofdpijn, ik werd duizelig toen ik opstond en mijn man moest overgeven. Onze kat lag de hele avond slap onder de tafel en reageerde nauwelijks toen we hem riepen. Pas toen we de ramen openzetten en een half uur buiten gingen staan, trok het weg.

De melder (LW-200, hangt op 1,5 meter hoogte aan de muur, twee meter van de kachel) heeft geen enkel geluid gemaakt en het groene lampje bleef gewoon aan. Als ik op de testknop druk, piept hij wel.

De kachel staat nu uit en we slapen vannacht bij mijn zus. Wat moeten we met deze melder doen? Kunnen jullie hem laten onderzoeken?

Met vriendelijke groet,
Marieke de Boer
06 0000 3184"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dennis Kuipers <dennis.kuipers@postvak.example>",
         to="info@inkcare.example",
         subject="Huid na gebruik InkCare Healing Balm",
         body="""\
Hoi,

Vorige week heb ik een nieuwe tattoo laten zetten op mijn onderarm en sinds vier dagen smeer ik jullie InkCare Healing Balm (batch 22-0417), zoals de tatoeëerder aanraadde.

Sinds gisteren zit mijn hele arm onder de rode bultjes, ook ver buiten de tattoo, tot aan mijn elleboog. De huid is opgezet en voelt warm aan, er zitten blaasjes in met geel vocht en vannacht kreeg ik koorts (38,9). Mijn vriendin gebruikte dezelfde pot voor haar tattoo op haar enkel en heeft hetzelfde, alleen minder erg.

Ik ga vanmiddag naar de huisarts. Welke ingrediënten zitten er precies in? Dat wil de huisarts vast weten. En zijn er meer meldingen over deze batch?

Dennis"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Sandra Verbeek <sandra.verbeek@gezinspost.example>",
         to="support@zakgeldpas.example",
         subject="Betalingen op de pas van mijn zoon die hij niet gedaan heeft",
         body="""\
Goedemorgen,

Vannacht zijn er met de zakgeldpas van mijn zoon Thijs (12) vijf betalingen gedaan bij een gamewebshop in Malta: 4 × € 24,99 en 1 × € 49,99, allemaal tussen 02:14 en 02:31. Thijs lag toen te slapen, zijn pas ligt hier op tafel en zijn telefoon lag bij ons beneden. Iemand anders heeft dus zijn kaartgegevens.

Ik heb de pas in de ouder-app bevroren, maar ik zie nog een openstaande autorisatie van € 49,99. Graag het geld terug en een nieuwe pas met een ander nummer.

Sandra Verbeek
Ouderaccount 55102"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Rob Jansen <rob.jansen@woonmail.example>",
         to="service@slaapzolder.example",
         subject="Gevaarlijk: ladder stapelbed losgeschoten, dochter gewond",
         body="""\
Beste klantenservice,

Gisteravond klom mijn dochter van 7 naar boven in het stapelbed Duo 90 (gekocht in maart). Halverwege schoot de bovenste haak van de ladder uit de bedrand en viel ze met ladder en al op de vloer. Ze is gewond aan haar hoofd (gehecht op de huisartsenpost) en heeft een gekneusde pols.

De haak blijkt aan de binnenkant gescheurd. Dit is levensgevaarlijk, zeker bij een bed voor kinderen. Ik heb foto's van de haak en het bed.

Ik wil weten of er meer van deze ladders kapotgaan en of er een terugroepactie komt. Het bovenste bed gebruiken we niet meer.

Rob Jansen"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Yusuf Demir <yusuf@kapsalon-fade.example>",
         to="support@knipplanner.example",
         subject="Agenda's leeg in al onze zaken",
         body="""\
Hallo,

Sinds vanochtend 9 uur staan er in KnipPlanner in geen van onze zes vestigingen nog afspraken. De agenda is gewoon leeg, ook voor de rest van de week. Klanten staan voor de deur met hun bevestigings-sms, maar wij weten niet wie er geboekt heeft, bij welke kapper of voor welke behandeling. Nieuwe klanten kunnen online ook niks boeken, ze krijgen "geen beschikbaarheid".

We schrijven nu alles op een blocnote bij de kassa en gokken maar wie er aan de beurt is. Zaterdag is onze drukste dag.

Bel me graag: 06 0000 7720.

Yusuf Demir
Eigenaar Fade & Co (6 vestigingen)"""),

    dict(n=6, signals="outage,account", priority="critical", trap="sso", qt=0, reply=0,
         frm="drs. Anouk Vermeulen <a.vermeulen@praktijk-dekern.example>",
         to="support@zorgsessie.example",
         subject="Geen enkele therapeut komt binnen na overstap zorgaccount",
         body="""\
Goedemorgen,

Sinds de overstap naar inloggen via het nieuwe zorgaccount gisteravond kan geen van onze negen therapeuten inloggen op ZorgSessie. Na het invullen van de code komen we steeds terug op het inlogscherm.

Om 9:00 beginnen de eerste videosessies. Cliënten zitten in de digitale wachtkamer en wij kunnen ze niet binnenlaten. We bellen ze nu één voor één op, maar vandaag staan er 46 sessies gepland, ook met cliënten die we echt niet kunnen laten zitten.

Graag direct contact via 06 0000 5531.

Met vriendelijke groet,
Anouk Vermeulen
Praktijk De Kern"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lotte Smit <lotte.smit@fietsmail.example>",
         to="help@dockfiets.example",
         subject="Krijg geen fiets uit het dock",
         body="""\
Hoi,

Al drie dagen krijg ik bij station Centraal geen fiets meer los. De app zegt "Fiets ontgrendeld, veel plezier!", maar het slot blijft dicht, en daarna moet ik de rit in de app weer handmatig stoppen. Drie docks geprobeerd, ook bij de Neude, steeds hetzelfde.

Ik fiets hiermee elke dag naar mijn werk en kom nu steeds te laat. Abonnement DF-88231.

Lotte"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Pieter Bakker <pieter.bakker@mail.example>",
         to="klantenservice@stadskabelbaan.example",
         subject="QR-code maandkaart niet herkend bij poortjes",
         body="""\
Beste,

Sinds een week herkennen de poortjes bij halte Kop van Zuid de QR-code van mijn maandkaart in de app niet meer: rood lampje. De medewerker laat me dan via de zijdeur door als ik de kaart op mijn scherm laat zien, dus ik kom er wel, maar het kost elke ochtend tijd en gisteravond stond er niemand.

Kunnen jullie daar naar kijken?

Met vriendelijke groet,
Pieter Bakker"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Jesse van Dijk <jesse.vandijk@gamersmail.example>",
         to="support@arenaclash.example",
         subject="Storing tournament client – kan niet meedoen",
         body="""\
Yo,

Sinds de patch van vandaag crasht de ArenaClash tournament client bij het opstarten, meteen na het logo. Foutcode AC-0x17. Opnieuw geïnstalleerd, drivers geüpdatet, niks helpt.

Ons team (Team Noordwind) speelt vanavond om 19:00 de kwartfinale en als ik niet kan joinen krijgen we een forfait. My teammates get the same crash on Windows 11.

Help pls!
Jesse"""),

    dict(n=10, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Femke Visser <femke.visser@mail.example>",
         to="service@singsing.example",
         subject="Re: Je account is weer actief",
         body="""\
Hoi,

Dank je, inloggen lukt weer.

Maar nu zie ik dat de reservering voor de karaokebox van vrijdag (box 4, 2 uur) twee keer is afgeschreven: twee keer € 64,00 op 7 november. Ik heb maar één bevestiging gekregen. Kunnen jullie één bedrag terugstorten?

Groetjes,
Femke Visser

Op do 7 nov 2024 om 11:20 schreef Klantenservice SingSing <service@singsing.example>:
> Hallo Femke,
>
> Je account was geblokkeerd na te veel mislukte inlogpogingen. We hebben het
> gedeblokkeerd; je kunt weer inloggen met een nieuw wachtwoord.
>
> Groet, team SingSing"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Henk Mulder <henk.mulder@mail.example>",
         to="uitbetalingen@lotto-loket.example",
         subject="Vraag over mijn account en de prijs",
         body="""\
Geachte heer, mevrouw,

Ik speel al sinds 2011 mee en ben over het algemeen zeer tevreden. Leuk dat de trekking tegenwoordig live in de app te zien is, mijn vrouw en ik kijken elke zaterdag samen. Wel één opmerking: de cijfers van de uitslagen zijn erg klein voor oudere ogen, misschien kan daar iets aan gedaan worden. Ook de knop om mijn vaste getallen te wijzigen zit nogal verstopt.

Dan het eigenlijke punt. Op 2 oktober heb ik € 2.400 gewonnen in de Extra Trekking. Volgens de app is de uitbetaling op 4 oktober verstuurd, maar op 9 oktober stond er ineens "teruggeboekt – rekening onbekend". Mijn IBAN in het account klopt, ik heb het drie keer gecontroleerd (NL00 TEST 0123 4567 89). Ik had dat geld echt nodig: de huur van € 1.150 moet op de 15e betaald zijn en ik heb het mijn verhuurder al toegezegd.

Kunt u ervoor zorgen dat het bedrag deze week alsnog wordt overgemaakt?

Met vriendelijke groet,
H. Mulder"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Eva Hendriks <eva@hendriks-vertalingen.example>",
         to="facturen@zuiverwater.example",
         subject="Factuur 2024-11873 klopt niet",
         body="""\
Goedendag,

Op factuur 2024-11873 voor het waterfilterabonnement staat als klant alleen "E. Hendriks", zonder bedrijfsnaam en btw-nummer. Bovendien is er btw gerekend over verzendkosten die volgens de offerte inbegrepen waren: het totaal is € 187,55 in plaats van de afgesproken € 159,00.

Graag een creditnota en een nieuwe factuur op naam van Hendriks Vertalingen, btw-nr. NL000000000B01. My accountant needs it before the end of the month for the quarterly VAT return.

Met vriendelijke groet,
Eva Hendriks"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bas de Wit <bas.dewit@mail.example>",
         to="reserveren@bowlingdepin.example",
         subject="€ 0,29?",
         body="""\
Hallo, bij mijn online boeking van een baan staat "transactiekosten € 0,29". Geen probleem hoor, maar waar is dat voor?
Groet, Bas"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Ingrid Bos <ingrid.bos@mail.example>",
         to="boekingen@paardenreizen.example",
         subject="Account geblokkeerd – reisdocumenten nodig",
         body="""\
Goedendag,

Mijn account bij Paardenreizen is geblokkeerd na te veel inlogpogingen; er staat alleen "neem contact op met de klantenservice". Over veertien dagen vertrek ik voor de ruitertocht door de Ardennen (boeking PR-4417), en in het account staan het programma, de paklijst en het formulier over mijn rijervaring dat ik nog moet invullen.

Kunnen jullie het account weer vrijgeven?

Vriendelijke groet,
Ingrid Bos"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Martijn Koster <m.koster@mail.example>",
         to="support@muntkluis.example",
         subject="SMS-code komt te laat",
         body="""\
Hallo,

Is het normaal dat de sms-code om in te loggen pas na twintig minuten binnenkomt? Dan is hij al verlopen (hij is 5 minuten geldig), dus vraag ik een nieuwe aan, en die komt weer te laat. Op die manier kom ik al sinds zondag niet in mijn wallet.

Mijn nummer eindigt op 4412 en is niet veranderd.

Groet,
Martijn"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Noor El Amrani <noor.elamrani@nieuwmail.example>",
         to="service@lenzenlijn.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Hallo,

Ik wil het e-mailadres van mijn lenzenabonnement wijzigen naar dit nieuwe adres. De bevestigingslink wordt alleen naar mijn oude adres gestuurd (noor.a@oudprovider.example), en dat bestaat niet meer sinds ik van internetprovider ben gewisseld. Daardoor krijg ik ook geen verzendberichten meer.

Kunnen jullie het adres handmatig aanpassen? Klantnummer LL-20931.

Groet,
Noor El Amrani"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Gerrit Vos <gerrit.vos@mail.example>",
         to="app@donorpunt.example",
         subject="Tweestapsverificatie aanzetten",
         body="""\
Goedendag, hoe zet ik tweestapsverificatie aan in de DonorPunt-app? Ik kan het nergens vinden.
Alvast bedankt, Gerrit Vos"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kevin Brouwer <kevin.brouwer@mail.example>",
         to="gastenlijst@clubnova.example",
         subject="Gastenlijst zaterdag",
         body="""\
Yo!

Vorige week was echt een bom, de tent ging helemaal plat en die DJ heeft de boel compleet afgebroken. We waren zondag nog kapot haha.

Zaterdag komen we terug voor de verjaardag van m'n broer. Kunnen deze 8 namen op de gastenlijst?
Kevin Brouwer, Sem Brouwer, Lisa Hoekstra, Milan de Graaf, Tess Vink, Joris Lam, Amira Bouzid, Stijn Kok

Thanks!
Kevin"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Sanne Dekker <sanne.dekker@mail.example>",
         to="info@duikschool-zeeland.example",
         subject="Re: Dubbele afschrijving cursus Open Water",
         body="""\
Top, het staat erop!

Nog een vraagje: kan ik de theorie van de Advanced-cursus in mei ook in het Engels volgen? Mijn vriend is Schots en wil graag mee.

Groetjes,
Sanne

Op 14 mrt 2025 om 09:02 schreef Duikschool Zeeland <info@duikschool-zeeland.example>:
> Beste Sanne,
>
> We hebben de dubbele afschrijving van € 395 voor de Open Water-cursus
> teruggestort. Het bedrag staat binnen drie werkdagen op je rekening.
>
> Met vriendelijke groet,
> Duikschool Zeeland"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Wim Peters <wim.peters@mail.example>",
         to="service@schonelucht.example",
         subject="Bedankt voor het snelle vervangen",
         body="""\
Beste mensen,

Het nieuwe HEPA-filter kwam binnen twee dagen, gratis, terwijl mijn garantie net verlopen was. Sinds het erin zit ruik ik de houtkachelrook van de buren niet meer in de slaapkamer, en het geratel is ook weg.

Heel fijn, en hartelijk dank aan Ilse aan de telefoon!

Groet,
Wim Peters"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Joke van der Linden <j.vanderlinden@obs-deregenboog.example>",
         to="groepen@planetarium-zenit.example",
         subject="Schoolbezoek voorstelling 'Inslag!'",
         body="""\
Geachte heer, mevrouw,

Wij zijn basisschool De Regenboog uit Vuren en willen graag met groep 7 en 8 (52 leerlingen) naar de voorstelling "Inslag! – De dag dat de dinosaurussen verdwenen".

Welke data zijn er in februari nog vrij en wat is het groepstarief? En is de voorstelling geschikt voor kinderen van tien, of is de meteorietinslag te heftig in beeld gebracht?

Met vriendelijke groet,
Joke van der Linden"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Thomas Meijer <thomas.meijer@mail.example>",
         to="info@surfschool-noordzee.example",
         subject="Annuleringsbeleid bij storm",
         body="""\
Hoi,

We willen voor deze zomer een surfweek boeken voor vier personen. Wat is jullie beleid als een les niet doorgaat door storm of te hoge golven: krijgen we ons geld terug of een tegoedbon? En wat als we zelf annuleren?

Sorry, one more: do you also give lessons in English? A friend from Ireland wants to join.

Groet,
Thomas"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Laura Schouten <laura.schouten@mail.example>",
         to="support@cyclusapp.example",
         subject="Antw: Ticket #58210 – geen toegang tot mijn account",
         body="""\
Dit is mijn derde mail en ik heb nog steeds alleen de automatische ontvangstbevestiging gekregen.

Vrijdag heb ik mijn afspraak in het fertiliteitscentrum en de arts wil de gegevens van de afgelopen acht maanden zien (temperatuur, ovulatietests, cyclusduur). Die staan allemaal in jullie app en ik kan er niet bij. Graag vandaag nog een reactie.

Laura Schouten

Op 3 feb 2025 om 21:47 schreef Laura Schouten <laura.schouten@mail.example>:
> Hallo,
>
> Sinds ik een nieuwe telefoon heb, kan ik niet meer inloggen in CyclusApp.
> Na mijn wachtwoord vraagt de app om een herstelcode die ik nooit heb
> gekregen. Mijn account staat op dit e-mailadres.
>
> Laura"""),

    dict(n=24, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Daan Willems <d.willems@student.example>",
         to="helpdesk@tentamenloket.example",
         subject="Inschrijving hertentamen mislukt – deadline vanavond 23:59",
         body="""\
Beste helpdesk,

Sinds 16:00 probeer ik me in te schrijven voor het hertentamen Statistiek 2 (STAT2-HT, 14 juni). Bij de laatste stap, "Bevestigen", krijg ik steeds "Er is iets misgegaan (500)" en kom ik niet op de deelnemerslijst. Twee medestudenten hebben precies hetzelfde.

De inschrijving sluit vanavond om 23:59. Als ik die mis, moet ik een half jaar wachten en loop ik studievertraging op. Kunnen jullie me handmatig inschrijven?

Studentnummer 2091837.

Daan Willems"""),
]
