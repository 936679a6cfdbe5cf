# blind4 — Dutch (Netherlands, one Flemish sender), 24 hand-written support e-mails.
# Written blind (no look at the triage tool, its rules or the earlier corpora's texts).
# Plan: 1-4 safety (critical), 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives (gold '-', low), 23-24 context rows.
# Quoted traps: 11 (payment, quotes a phishing warning -> safety), 22 (thanks, quotes an
# outage notice -> outage). Names, companies, addresses and numbers are invented.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@postbus.example>",
         to="support@sleutelloos.example",
         subject="Slim slot ging open voor een onbekende man",
         body="""Hallo,

Gisteravond rond half tien stond er ineens een man in onze hal. Hij zei dat hij een pakket kwam brengen en dat de deur 'gewoon openging' toen hij aanbelde. In de app staat om 21:28 'Ontgrendeld - gastcode', maar wij hebben nooit een gastcode aangemaakt en niemand een code gegeven. Mijn dochter van 12 was op dat moment alleen beneden.

Ik heb de batterijen uit het slot gehaald en we doen de deur nu met de gewone sleutel op slot. Ik wil weten hoe dit kan, wie die gastcode heeft aangemaakt en of dit bij andere klanten ook kan gebeuren.

Graag vandaag nog een reactie, we slapen hier niet rustig.

Sanne de Wit"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Bram Koster <bramkoster@postbus.example>",
         to="klantenservice@speelgoedplaneet.example",
         subject="hoverboard opgezwollen en sissend",
         body="""hoi, het hoverboard van mijn zoon (Zoomtrack X2, besteld 28/11) stond aan de lader in de gang. rond 7 uur hoorden we gesis en er kwam een witte walm met een scherpe lucht onder de kap vandaan. heb hem met ovenwanten naar buiten op de tegels gezet. de onderkant staat bol en de kap is gesmolten bij de laadpoort. gelukkig stond hij niet op zijn kamer. wat moet ik ermee, komen jullie hem ophalen? en jullie verkopen ze nog steeds

Verstuurd vanaf mijn iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="VvE Het Lindehof - beheer <beheer@vvelindehof.example>",
         to="service@liftservicenoord.example",
         subject="Liftdeur sloot op bewoonster en lift reed door",
         body="""Geachte heer/mevrouw,

Vanmiddag rond 15:10 is in ons complex (Lindehof 2-88, Zwolle, lift B) het volgende gebeurd. Mevrouw Jansen (86) stapte met haar rollator de lift in op de begane grond. De deur ging dicht terwijl de rollator nog half in de opening stond en de lift zette zich in beweging. De rollator is verbogen, mevrouw is gevallen en is met een hoofdwond naar de huisartsenpost gebracht.

Wij hebben lift B met een bord afgesloten, maar lift A is van hetzelfde type en valt onder hetzelfde onderhoudscontract. Wij willen vandaag nog een monteur voor een inspectie van beide liften, en een verklaring hoe de deurbeveiliging dit heeft kunnen toelaten.

Met vriendelijke groet,
Hans Vermeulen
namens het bestuur van VvE Het Lindehof"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Karim El Idrissi <k.elidrissi@postbus.example>",
         to="privacy@camthuis.example",
         subject="Ik zie camerabeelden van een ander huis in mijn app",
         body="""Hallo,

Sinds de update van vanochtend staan er in mijn CamThuis-app drie extra camera's die niet van mij zijn. Eén kijkt uit op een kinderkamer, één op een woonkamer met een gezin aan tafel en één op een oprit met een kenteken dat ik gewoon kan lezen. Ik kan live meekijken en de opnames van de afgelopen week terugkijken.

Ik heb niets aangepast, alleen de app geopend. Als ik hun beelden zie, kan iemand anders waarschijnlijk ook de mijne zien, en onze camera hangt in de woonkamer. Ik heb de stekker er voorlopig uitgetrokken.

Dit moeten jullie volgens mij direct stilleggen. Laat maar weten of jullie screenshots nodig hebben (ik heb ze gemaakt maar met niemand gedeeld).

Karim"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Bakkerij Van Dongen <it@bakkerijvandongen.example>",
         to="support@kassawolk.example",
         subject="Kassa's in alle filialen wit scherm",
         body="""Goedemorgen,

Sinds openingstijd (7:00) tonen de kassa's in al onze zes filialen een wit scherm na het opstarten. Het logo komt even in beeld en dan niets meer. Opnieuw opstarten helpt niet, ook niet met een andere netwerkkabel of via 4G.

We rekenen nu met een rekenmachine en alleen contant, want de pinautomaat loopt via jullie kassa. Zaterdagochtend is onze drukste ochtend, er staan rijen tot op de stoep.

Bel ons a.u.b. zo snel mogelijk.
Mark van Dongen"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Lotte Smeets <lotte.smeets@postbus.example>",
         to="service@glasvezelzuid.example",
         subject="Geen internet sinds vanochtend",
         body="""Beste,

Sinds 8 uur vanochtend heb ik geen internet. Het lampje PON op het glasvezelkastje knippert rood en het modem zegt 'geen verbinding'. Alles al uit en aan gezet, andere kabel geprobeerd. Bij de buren werkt het wel.

Ik werk thuis en heb om 14:00 een sollicitatiegesprek via video, ik mail nu vanaf mijn telefoon. Kan er vandaag een monteur komen?

Klantnummer 60218834
Groet, Lotte Smeets"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Thuiszorg De Vaart - ICT <ict@thuiszorgdevaart.example>",
         to="support@zorgroute.example",
         subject="Wijkverpleging kan niet inloggen in ZorgRoute",
         body="""Goedemorgen,

Sinds ongeveer 6:45 kan geen enkele medewerker van ons inloggen in de ZorgRoute-app. Na gebruikersnaam en wachtwoord komt 'Authenticatie mislukt (code 17)', ook bij accounts die gisteren nog prima werkten en bij mijn eigen beheeraccount. Het gaat om ruim 140 wijkverpleegkundigen en verzorgenden.

Ze zien daardoor hun routes en cliëntdossiers niet: bij wie ze vanochtend langs moeten, welke zorg er gepland staat, de codes van de sleutelkluisjes. Teamleiders bellen nu rond met de papieren lijsten van gisteren, maar dat houden we niet lang vol.

Graag direct contact.
Ruud Hoekstra, applicatiebeheer"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Jeroen Bakker <jeroen@fietsenbakker.example>",
         to="help@shopbouwer.example",
         subject="productfoto's laden niet meer",
         body="""Hoi, sinds gisteravond laden de meeste productfoto's op onze webshop niet meer, je ziet alleen een grijs vlak met zo'n kapot-plaatje-icoontje. Bestellingen komen gewoon binnen en afrekenen werkt, maar een fiets van 2000 euro verkoop je niet zonder foto. Kunnen jullie even kijken? Shop-ID 22871.
Jeroen"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Autoverhuur Westland Naaldwijk <naaldwijk@autoverhuurwestland.example>",
         to="support@verhuurpro.example",
         subject="Kunnen geen huurcontracten aanmaken",
         body="""Goedemiddag,

Bij ons in Naaldwijk geeft het systeem bij elk nieuw huurcontract de melding 'Fout bij opslaan, probeer het later opnieuw'. Bestaande contracten openen gaat wel, maar nieuwe verhuur en inleveringen verwerken lukt niet. Vanmiddag komen er nog 7 klanten een bus ophalen.

Gebruiker: balie-naaldwijk. Kunnen jullie met spoed kijken?

Esther"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Stichting Zomerpodium <penningmeester@zomerpodium.example>",
         to="organisatoren@tickethal.example",
         subject="Uitbetaling kaartverkoop Winterfestival niet ontvangen",
         body="""Beste Tickethal,

Volgens jullie dashboard is de uitbetaling van de kaartverkoop voor ons Winterfestival (evenement TH-40217, EUR 23.860,50) op 1 december 'verwerkt'. Op onze bankrekening is tot vandaag niets binnengekomen. Het rekeningnummer in het dashboard klopt, dat heb ik nagekeken.

Wij moeten vrijdag de artiesten en de geluidsploeg betalen en als stichting hebben we geen buffer om dat voor te schieten. Kunnen jullie uitzoeken waar het geld is en dat vandaag nog bevestigen?

Met groet,
Ingrid Mulder, penningmeester"""),

    dict(n=11, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Wim Verhoeven <wim.verhoeven@postbus.example>",
         to="klantenservice@stroomenzo.example",
         subject="Antw: Let op: valse e-mails uit naam van StroomEnZo",
         body="""Goedendag,

Ik reageer even op deze mail omdat ik jullie adres anders niet kan vinden.

Mijn termijnbedrag van 142 euro is deze keer op 23 november afgeschreven, terwijl dat altijd op de 28e gebeurt en zo staat het ook in mijn contract. Daardoor ging de huur die week er maar net vanaf. Ik heb er geen kosten aan overgehouden, maar ik wil graag weten waarom de datum is veranderd en of dat zo blijft.

Klantnummer 3308-1192

Met vriendelijke groet,
Wim Verhoeven

Op 20 nov. 2026, om 10:02 heeft StroomEnZo <nieuws@stroomenzo.example> het volgende geschreven:

> Beste klant,
> Er worden op dit moment valse e-mails verstuurd uit naam van StroomEnZo, met een link naar een nagemaakte inlogpagina. Oplichters proberen zo uw inloggegevens en bankgegevens te stelen.
> Wij vragen u nooit per e-mail om uw wachtwoord of pincode. Twijfelt u? Klik niet op de link en meld het bij ons.
> Team StroomEnZo"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Femke Jacobs <femke.jacobs@postbus.example>",
         to="reserveringen@strandhotelduinzicht.example",
         subject="Twee keer afgeschreven voor één reservering",
         body="""Hallo,

Ik heb op 29 november via jullie website een kamer geboekt voor 2 nachten in januari (reservering DZ-11873). Op mijn creditcard staat het bedrag van 318,00 euro nu twee keer, allebei op 29/11. Ik heb maar één bevestiging gekregen. Willen jullie de dubbele afschrijving terugstorten?

Alvast bedankt,
Femke Jacobs"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Daan Prins <daan@prinsklusbedrijf.example>",
         to="facturen@drukkerijdeblauweletter.example",
         subject="factuur op bedrijfsnaam",
         body="""Hoi, ik bestel regelmatig flyers bij jullie maar de facturen komen op mijn eigen naam. Hoe zet ik mijn bedrijfsnaam en btw-nummer erop zodat ik de btw kan terugvragen? Moet ik daarvoor een zakelijk account aanmaken? Groet, Daan"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Youssef Amrani <y.amrani@postbus.example>",
         to="support@muntplein.example",
         subject="Geen sms-code, kan niet inloggen",
         body="""Hallo, ik probeer sinds gisteren in te loggen bij Muntplein maar de sms-code komt niet aan. Op 'opnieuw versturen' gedrukt, telefoon herstart, de simkaart in een ander toestel gestopt. Andere sms'jes krijg ik gewoon binnen en mijn nummer is niet veranderd.

Ik kan dus helemaal niet bij mijn account, en de koersen bewegen hard. Kan de verificatie ook via e-mail of een authenticator-app?

Youssef"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marloes Visser <marloes.visser@postbus.example>",
         to="support@fitlabapp.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""Hoi! Ik wil het e-mailadres van mijn FitLab-account veranderen naar mijn nieuwe adres. Ik vul het in bij Instellingen en krijg de melding 'We hebben je een bevestigingsmail gestuurd', maar die komt nooit aan (ook niet in de spam). Intussen log ik gewoon in met het oude adres, maar dat gaat eind deze maand dicht. Kunnen jullie het met de hand aanpassen?
Groetjes, Marloes"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Pieter-Jan Claes <pj.claes@postbus.example>",
         to="helpdesk@boekhoudbaar.example",
         subject="Nieuwe gsm, authenticator-app leeg",
         body="""Dag,

Ik heb een nieuwe gsm en de authenticator-app is niet mee overgezet, dus ik heb geen codes meer voor Boekhoudbaar. Op mijn laptop ben ik gelukkig nog ingelogd en daar kan ik verder werken, maar als die sessie verloopt zit ik vast. De herstelcodes heb ik destijds niet bewaard, mea culpa.

Hoe kan ik de tweestapsverificatie opnieuw koppelen aan mijn nieuwe toestel?

Vriendelijke groeten,
Pieter-Jan Claes"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ellen Bosman <ellen.bosman@postbus.example>",
         to="klantenservice@leeskringonline.example",
         subject="Account van mijn overleden vader opheffen",
         body="""Goedemiddag,

Mijn vader, G.J. Bosman, is vorige maand overleden. Hij had bij jullie een account voor e-books en dat wil ik graag laten opheffen. Wat hebben jullie daarvoor van mij nodig? Een kopie van de overlijdensakte kan ik sturen.

Met vriendelijke groet,
Ellen Bosman"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Roos Hendriks <roos@kinderopvangzonnestraal.example>",
         to="feedback@ouderportaal.example",
         subject="Compliment voor de nieuwe fotomodule",
         body="""Hallo allemaal,

Even een compliment: de nieuwe fotomodule in het ouderportaal slaat hier in als een bom. Ouders zijn er helemaal wild van en mijn collega's schieten als gekken foto's van de knutselmiddag. Ik schrok me dood toen ik zag hoe snel het uploaden nu gaat, vroeger was dat echt een drama.

Eén wensje: kunnen we foto's ook per groep in één keer verwijderen? Nu moet het één voor één en daar word ik gek van.

Groetjes,
Roos - Kinderopvang Zonnestraal"""),

    dict(n=19, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="Gerrit Postma <gerrit.postma@postbus.example>",
         to="info@tuinhuisjesnoord.example",
         subject="Re: offerte tuinhuis Lariks 300",
         body="""Beste Anouk,

Excuses dat ik nu pas reageer. Ik ben drie weken geleden van de ladder gevallen bij het snoeien en heb met een gebroken enkel op de bank gelegen, dus alles lag even stil.

De offerte ziet er goed uit. Nog twee vragen: kan het tuinhuis ook in antraciet in plaats van naturel, en wat kost het als jullie het ook komen plaatsen? We wonen in Drachten.

Groet,
Gerrit Postma"""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="TechTalent Werving <vacatures@techtalentwerving.example>",
         to="info@kassawolk.example",
         subject="Vacature-alert: Storingsmonteur en Security Officer (datalekken)",
         body="""Goedemiddag,

Deze week in de vacature-alert voor ICT-bedrijven in Noord-Brabant:

- Storingsmonteur netwerken (32-40 uur): je lost storingen op bij klanten op locatie en houdt het hoofd koel als een heel kantoorpand plat ligt.
- Security Officer: je onderzoekt datalekken en hackpogingen en adviseert de directie tijdens een crisis.
- Medewerker klantenservice: je helpt klanten die buitengesloten zijn van hun account weer op weg.

Interesse, of iemand in gedachten? Reageer gerust op deze mail.
Afmelden voor deze alert kan via de link onderaan.

Team TechTalent"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Noor Willems <noor.willems@postbus.example>",
         to="vragen@maaltijdboxvries.example",
         subject="Vraag over bezorging diepvriesmaaltijden",
         body="""Hallo, ik overweeg een abonnement op jullie diepvriesmaaltijden. Hoe lang blijven de maaltijden bevroren in de doos als ik pas 's avonds thuiskom? En als ze ontdooid aankomen, krijg ik dan mijn geld terug of een nieuwe doos? Ik kan daar op de site niets over vinden. Bedankt!"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Hanneke Kramer <hanneke@kramerfysio.example>",
         to="support@agendaplus.example",
         subject="Re: Storing: AgendaPlus was vanochtend onbereikbaar - opgelost",
         body="""Top, hier werkt alles weer en de afspraken van vanochtend staan er gewoon in. Dank voor de snelle berichtgeving!
Hanneke

Op wo 2 dec. 2026 om 11:48 schreef AgendaPlus Support <support@agendaplus.example>:

> Beste klant,
> Tussen 8:10 en 10:55 was AgendaPlus onbereikbaar door een storing bij onze hostingpartij. Afspraken konden in die periode niet worden bekeken of ingepland. De storing is inmiddels verholpen.
> Onze excuses voor het ongemak.
> Team AgendaPlus"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Webwinkel Groene Vingers <orders@groenevingers.example>",
         to="support@verzendlabel.example",
         subject="Labels printen werkt niet meer in Chrome",
         body="""Hoi,

Sinds dinsdag krijgen we in Chrome bij 'Labels printen' alleen een leeg tabblad. In Firefox gaat het wel goed, dus daar printen we nu, maar onze inpakkers hebben op twee van de drie pc's alleen Chrome en kunnen er zelf niks op installeren. Het kost ons elke dag zo'n uur gedoe.

Is dit bekend?
Groet, Sven"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Fitclub Kanaalzone - bedrijfsleiding <bedrijfsleiding@fitclubkanaalzone.example>",
         to="support@lidpas.example",
         subject="Toegangspoortjes herkennen geen enkel lid meer",
         body="""Goedemorgen,

Sinds de update van vannacht laten de toegangspoortjes in onze vier clubs niemand meer binnen. Bij het scannen van de QR-code in de app krijgen leden 'Geen geldig lidmaatschap gevonden', ook leden met een jaarabonnement dat gewoon betaald is. Het gaat om ruim 5.000 actieve leden.

Onze medewerkers zetten de poortjes nu met de hand open, maar zo kunnen we niet controleren wie er binnenkomt, en in de club in Hengelo staat tot 9 uur niemand achter de balie.

Graag met spoed een terugdraai of een oplossing.

Mirjam Tol
Bedrijfsleider Fitclub Kanaalzone"""),
]
