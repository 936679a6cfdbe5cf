# blind43 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sanne de Groot <sanne.degroot@ziggo-mail.example>",
         to="support@nachtuil-babyfoon.example",
         subject="Adapter van de camera gloeiend heet, bruine rand om de stekker",
         body="""\
Hoi,

Vannacht werd ik wakker van een rare, scherpe lucht in de kinderkamer. Het bleek de adapter van de NachtUil Cam 2 te zijn, die in het stopcontact naast het ledikant van onze dochter (8 maanden) zit. Hij was zo heet dat ik hem met een theedoek uit het stopcontact moest trekken, en rond de pinnen zit nu een bruine, gesmolten rand. Het stopcontact zelf is ook een beetje verkleurd.

We hebben alles eruit gehaald en ze slaapt nu bij ons op de kamer. De camera is pas 5 weken oud (besteld via jullie webshop, ordernr. NU-220871) en we gebruiken gewoon de adapter die erbij zat.

Moet ik camera en adapter naar jullie opsturen, of willen jullie eerst foto's zien? Ik heb er een paar gemaakt. En komt dit vaker voor? Mijn zus heeft precies hetzelfde model boven het bedje van haar zoontje hangen.

Groetjes,
Sanne de Groot
06-41 87 22 90"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="H. Verbeek <hverbeek@kpnmail.example>",
         to="info@apotheekdelinde.example",
         subject="Vraag over het etiket op mijn nieuwe doosje",
         body="""\
Geachte apotheek,

Vrijdag 4 december heb ik bij u mijn herhaalrecept opgehaald. Normaal neem ik alleen op maandag mijn methotrexaat tabletjes voor de reuma, vier stuks in één keer. Maar op het etiket van het nieuwe doosje staat "1 maal daags 4 tabletten". Ik dacht dat de dokter het misschien had veranderd, dus ik heb ze sinds vrijdag elke dag zo ingenomen.

Sinds gisteren heb ik pijnlijke zweertjes in mijn mond, ik ben erg misselijk en ik voel me slap. Mijn buurvrouw zei dat ik het toch even bij u moest navragen. Klopt dat etiket wel? Ik wil u niet onnodig lastigvallen, maar ik weet het nu zelf ook niet meer.

Ik ben telefonisch bereikbaar op 0513-62 41 18, ik ben de hele dag thuis.

Met vriendelijke groet,

H. Verbeek
geboren 14-03-1941"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Lotte Hendriks <lotte.hendriks@planet-post.example>",
         to="ouders@kinderkompas-opvang.example",
         subject="Ik zie gegevens van andere kinderen in de ouder-app",
         body="""\
Hallo,

Sinds de update van gisteravond zie ik in de ouder-app onder 'Mijn kind' niet alleen onze zoon Mees, maar een lijst van ongeveer 30 kinderen van een andere locatie (De Boomhut in Zeist, wij zitten in Driebergen). Bij elk kind kan ik doorklikken en dan zie ik het adres, de telefoonnummers van de ouders, allergieën, wie het kind mag ophalen en zelfs de notities van de pedagogisch medewerkers ("moeder heeft het zwaar i.v.m. scheiding" en dat soort dingen).

Ik heb verder niets aangeklikt of gewijzigd. Mijn man ziet op zijn telefoon precies hetzelfde. Ik neem aan dat andere ouders dan ook de gegevens van Mees kunnen zien.

Ik hoor graag zo snel mogelijk van jullie, en ook of dit ergens gemeld wordt.

Met vriendelijke groet,
Lotte Hendriks
moeder van Mees (groep Egeltjes, locatie Driebergen)"""),

    dict(n=4, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kevin Bakker <k.bakker82@outlook-nl.example>",
         to="klantenservice@belnet-mobiel.example",
         subject="Ineens geen bereik en mail dat mijn e-sim op nieuw toestel staat??",
         body="""\
Goedemiddag,

Ik stuur dit vanaf de laptop van mijn vriendin, want mijn telefoon heeft sinds vanochtend geen bereik meer (alleen "noodoproepen"). Rond dezelfde tijd kreeg ik een mail van jullie dat mijn e-sim op een nieuw toestel is geactiveerd. Dat heb ik NIET gedaan.

Een kwartier later is het e-mailadres van mijn Mijn BelNet aangepast en nu kom ik er niet meer in. Bij 'wachtwoord vergeten' krijg ik "onbekend e-mailadres". Net zag ik in mijn bankapp dat iemand heeft geprobeerd in te loggen met een sms-code.

Nummer: 06-28 44 91 07, klantnummer 7730 1194.
Kunnen jullie dat nummer meteen stopzetten of terugzetten naar mijn simkaart? Ik probeer ook te bellen maar de wachttijd is 45 minuten.

Kevin Bakker"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marieke Jansen <m.jansen@zorggroep-eemhof.example>",
         to="servicedesk@medicatieplein.example",
         subject="FW: toedienlijsten niet te openen - alle drie de locaties",
         body="""\
Goedemorgen,

Hieronder de melding van onze nachtdienst. Inmiddels geldt dit voor alle drie de locaties (Eemhof, De Wingerd en Zonnewende), samen 142 bewoners. De ochtendronde moet nu op papier, maar we hebben alleen de uitdraai van vorige week en daar staan de wijzigingen van deze week niet op. Graag direct terugbellen op 033-465 20 00 (vraag naar de teamleider zorg).

Met vriendelijke groet,

Marieke Jansen
Teamleider zorg | Zorggroep Eemhof
T 033-465 20 00 | www.zorggroep-eemhof.example

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. Aan dit bericht kunnen geen rechten worden ontleend.

________________________________
Van: Nachtdienst Eemhof <nacht.eemhof@zorggroep-eemhof.example>
Verzonden: zondag 6 december 2026 06:12
Aan: Marieke Jansen <m.jansen@zorggroep-eemhof.example>
Onderwerp: toedienlijsten

Marieke, sinds een uur of vijf blijft op alle tablets het draaiende rondje staan zodra we Toedienen openen. Opnieuw opstarten, wifi uit en aan, andere tablet gepakt: overal hetzelfde. Inloggen lukt gewoon, maar daarna komt er niks. De medicatie van 6 uur hebben we met de papieren map gedaan en dubbel laten aftekenen.
Groet, Ilse (nachtdienst afd. 2)"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Ruud Kramer <r.kramer@brasseriemout.example>",
         to="support@kassaflow.example",
         subject="KASSA'S 4 VESTIGINGEN GEEN VERBINDING",
         body="""\
Bij 4 van onze 6 vestigingen (Utrecht Centrum, Amersfoort, Zeist, Houten) geven de kassa's sinds een half uur "geen verbinding met server". Bonnen gaan niet door naar de keuken, pinnen kan niet. Alles zit vol met reserveringen vanavond. Bel me NU: 06-51 90 33 27

Ruud Kramer
Operations Brasserie Mout

Verstuurd vanaf mijn iPhone"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ahmed El Amrani <info@rijschoolelamrani.example>",
         to="support@lesplanner.example",
         subject="App blijft wit, ik zie mijn rooster van vandaag niet",
         body="""\
Goedemorgen,

Sinds de update van vannacht blijft de LesPlanner-app bij mij na het opstartscherm helemaal wit. Op mijn telefoon en op de tablet in de lesauto hetzelfde, en via de website kom ik na het inloggen op een lege pagina met alleen jullie logo.

Ik ben een eenmansrijschool en heb vandaag 7 lessen, waaronder om half twee een leerling die rijexamen heeft. Ik weet niet meer precies wie ik wanneer en waar moet ophalen, en de eerste leerlingen bellen al of hun les doorgaat.

Opnieuw installeren en de cache legen heb ik al gedaan. Kunnen jullie me vandaag nog helpen, of me anders in ieder geval een export van mijn rooster mailen?

Met vriendelijke groet,
Ahmed El Amrani
Rijschool El Amrani
06-18 72 40 55"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Dennis Mulder <techniek@radiorivierenland.example>",
         to="support@playoutpro.example",
         subject="Now playing-info naar website en RDS stopt steeds",
         body="""\
Hoi support,

Klein maar vervelend: sinds dinsdag komt de 'now playing'-info uit PlayoutPro niet meer door naar onze website en het RDS-signaal. De uitzending zelf loopt gewoon door, de automatisering en de jingles doen alles wat ze moeten doen. Alleen blijft op de site en op de autoradio's de titel hangen van het laatste nummer van dinsdagmiddag.

Als ik de export-service met de hand herstart, loopt het weer een paar uur en dan stopt het opnieuw. In de log staat steeds 'HTTP 401 from metadata endpoint'.

Luisteraars beginnen erover te mailen, dus graag wel even kijken deze week. Versie 8.4.2, studio-pc met Windows 11.

Groet,
Dennis Mulder
Techniek & uitzendzaken
Radio Rivierenland 105.3 FM"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Fleur Vos <fleurvos@webmail-nl.example>",
         to="app@fitfabriek.example",
         subject="Lesrooster laadt traag in de app",
         body="""\
Hallo,

Geen haast hoor, maar misschien handig om te weten: de laatste paar weken duurt het openen van het lesrooster in de app bij mij zo'n 10 à 15 seconden. Daarna gaat alles prima en kan ik gewoon reserveren voor spinning en bodypump. Ik heb een iPhone 13 met de nieuwste versie van de app.

Is dit bekend, of ligt het aan mijn telefoon?

Sportieve groet,
Fleur Vos
lid sinds 2021, vestiging Leiden Noord"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="G. Smit <g.smit@hetnet-post.example>",
         to="administratie@hoorcentrumoost.example",
         subject="Factuur hoortoestellen uitsplitsen voor zorgverzekeraar",
         body="""\
Goedendag,

Vorige maand heb ik bij uw filiaal in Deventer twee nieuwe hoortoestellen gekregen (factuurnummer HC-2026-11873, totaal € 1.486,00). Dat bedrag is inmiddels netjes van mijn rekening afgeschreven, dus daar gaat het niet om.

Mijn zorgverzekeraar wil echter dat op de factuur apart staat welk deel onder de vergoeding valt, wat de wettelijke eigen bijdrage is en wat het oplaadstation heeft gekost. Nu staat alles op één regel. Zou u mij een aangepaste factuur kunnen sturen? Er is geen haast bij, ik heb tot eind januari om hem in te dienen.

Met vriendelijke groet,
G. Smit
klantnummer 40172"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Naomi Peters <naomi.peters@mailbox-nl.example>",
         to="service@brokkenbox.example",
         subject="Paar dingetjes over mijn abonnement",
         body="""\
Hoi BrokkenBox,

Een paar dingen tegelijk, dan hoef ik niet drie keer te mailen:

- Kunnen de leveringen voortaan op vrijdag in plaats van dinsdag? Dinsdag ben ik nooit thuis.
- Hebben jullie de graanvrije zalm ook in een zak van 12 kg? Onze Bram (labrador) eet als een bootwerker.
- En het belangrijkste: deze maand is het abonnement twee keer afgeschreven, op 1 en op 3 december, allebei € 54,95. Ik heb maar één doos gekregen. Willen jullie er één terugstorten?
- O ja, nieuw mobiel nummer: 06-33 12 87 46.

Alvast bedankt!
Naomi Peters
abonnementsnr. BB-558210"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Thijs van Leeuwen <thijs.vanleeuwen@proton-nl.example>",
         to="support@deelautonu.example",
         subject="Rit van zaterdag: 9 uur gerekend in plaats van 2",
         body="""\
Hallo,

Zaterdag 5 december heb ik de Peugeot e-208 (kenteken XK-814-B) van de Kastanjelaan in Haarlem gereserveerd van 10:00 tot 12:00. Om 11:50 stond hij terug op zijn vaste plek, maar bij het afsluiten bleef de app hangen op 'Rit beëindigen...'. Ik heb de auto toen met de pas op slot gedaan en ben naar huis gegaan.

Vandaag zie ik een rekening van € 87,30 voor een rit tot 19:04, terwijl het normaal rond de € 19 zou zijn. Ik heb foto's van de auto op de plek met de tijd erop, die kan ik doorsturen. Kunnen jullie het bedrag corrigeren? Het is al via de automatische incasso afgeschreven.

Groeten,
Thijs van Leeuwen
lidnummer 118 204"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=1,
         frm="Iris Dekker <iris@dekkerdesign-shop.example>",
         to="merchants@shopbouwer.example",
         subject="Re: [Ticket #204816] Uitbetalingen gepauzeerd",
         body="""\
Hallo Jeroen,

Bedankt voor je snelle reactie. Mijn antwoorden staan hieronder tussen je vragen.

Op di 1 dec. 2026 om 16:42 schreef Jeroen | Shopbouwer Merchant Support <merchants@shopbouwer.example>:
> 1. Sinds wanneer ziet u de melding 'Uitbetalingen gepauzeerd' in uw dashboard?

Sinds 18 november. Er staat nu € 11.240 vast en er komt elke dag bij.

> 2. Heeft u recent uw bankrekening of KvK-gegevens gewijzigd?

Ja, op 16 november een nieuwe zakelijke rekening bij een andere bank. Het bevestigingsformulier heb ik dezelfde dag geüpload.

> 3. Kunt u een recent bankafschrift van de nieuwe rekening meesturen?

Zit in de bijlage (pdf, afschrift november).

Het punt is: vrijdag moeten de salarissen van mijn twee medewerkers eruit en de factuur van mijn leverancier in Portugal (€ 6.800). Zonder deze uitbetaling gaat dat niet lukken. Kunnen jullie de controle uiterlijk donderdag afronden?

Groet,
Iris Dekker
Dekker Design | dekkerdesign-shop.example
KvK 81234567"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bram Visser <bram.visser@student-mail.example>",
         to="klantenservice@ovpas-online.example",
         subject="E-mailadres van mijn account wijzigen",
         body="""\
Hoi,

Ik studeer in januari af en dan verdwijnt mijn studentenmail. Hoe verander ik het e-mailadres van mijn OV-pas-account naar mijn gewone adres? Bij 'Mijn gegevens' zie ik alleen naam, adres en geboortedatum staan.

En moet ik daarna het automatisch opladen opnieuw instellen, of blijft dat gewoon staan?

Thanks!
Bram Visser

Verzonden vanaf mijn Galaxy"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Yara Koster <yara.k@hotmail-nl.example>",
         to="help@klik-dating.example",
         subject="verificatiecode gaat naar mijn oude nummer",
         body="""\
Hey,

ik heb sinds vorige week een nieuw telefoonnummer en was vergeten dat in de app aan te passen. Nu wil ik inloggen op mijn laptop en dan wordt de code gestuurd naar mijn oude nummer, en dat heb ik niet meer.

Op mijn telefoon ben ik nog wel ingelogd, dus daar kan ik de app gewoon gebruiken. Maar als ik bij instellingen mijn nummer wil wijzigen vraagt hij óók om een sms-code naar het oude nummer. Beetje een kip-en-eiverhaal dus :') Hoe los ik dit op?

groetjes Yara

Verstuurd vanaf mijn iPhone"""),

    dict(n=16, signals="account", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Petra Willems <p.willems@bakkerijwillems.example>",
         to="support@salarisgemak.example",
         subject="Re: Uw ticket #48213 is gesloten",
         body="""\
Hallo,

Ik zie dat dit ticket gesloten is, maar het probleem is er nog steeds. Onze nieuwe boekhouder, mevrouw A. de Bruijn (a.debruijn@administratiekantoorhelder.example), heeft de uitnodiging opnieuw gekregen, maar als ze op de link klikt krijgt ze weer "Deze uitnodiging is verlopen of al gebruikt". Ze heeft het in Chrome en in Edge geprobeerd, ook meteen nadat de mail binnenkwam.

Deze maand draai ik de salarissen nog zelf, dus het is niet meteen een ramp, maar vanaf januari neemt zij het over. Kunnen jullie kijken wat er misgaat?

Met vriendelijke groet,
Petra Willems
Bakkerij Willems v.o.f.

Op wo 9 dec. 2026 om 10:15 schreef SalarisGemak Support <support@salarisgemak.example>:
> Beste Petra,
>
> We hebben een nieuwe uitnodiging verstuurd naar het opgegeven e-mailadres.
> Omdat we verder niets van u hebben gehoord, sluiten we dit ticket. Reageer
> op deze mail als het probleem zich opnieuw voordoet.
>
> Met vriendelijke groet,
> Lisa
> SalarisGemak Support"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Katarzyna Nowak <k.nowak@labnoord.example>",
         to="support@limsvision.example",
         subject="Account vergrendeld, moet vandaag resultaten vrijgeven",
         body="""\
Goedemiddag,

Mijn account in LimsVision is vergrendeld na te veel keer verkeerde wachtwoord, ik denk omdat mijn toetsenbord stond op Engels. Nu ik krijg de melding "Account vergrendeld, neem contact op met uw beheerder", maar de beheerder ben ik zelf en mijn collega die ook beheerder is heeft vakantie tot januari.

Ik ben vandaag de enige analist met bevoegdheid om resultaten te autoriseren. Er staan 38 drinkwatermonsters klaar die vandaag voor 17:00 naar de klant moeten, anders zij mogen het water niet vrijgeven.

De mail voor wachtwoord resetten komt niet, ook niet in spam. Kunnen jullie mijn account ontgrendelen? Ik ben bereikbaar op 050-311 48 20, toestel 214.

Bij voorbaat dank,
Katarzyna Nowak
Senior analist, Laboratorium Noord B.V."""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Anouk Brouwer <anouk@bloemenatelierbrouwer.example>",
         to="verkoop@bloemengroothandel-aalsmeer.example",
         subject="Kerstbestelling vastleggen (en wat een weekend!)",
         body="""\
Hoi Wim,

Wat een weekend! De workshop adventskransen liep als een trein en die dennentakken van jullie gingen als een speer. Mijn telefoon stond roodgloeiend, onze webshop is zaterdag bijna gecrasht van de bestellingen en ik sta nog steeds in vuur en vlam. Wel ben ik nu helemaal kapot, en Mirjam lag vanochtend plat met griep, dus deze week sta ik er alleen voor.

Voor kerst wil ik graag het volgende vastleggen:
- 40 bossen amaryllis 'Red Lion' (die waren vorig jaar een knaller)
- 25 bossen ilex
- 10 bossen vuurdoorn met bessen
- 15 kg plat mos

Kan dat op 19 december geleverd worden? En de prijs van de amaryllis was vorig jaar echt moordend, zit daar nog een beetje ruimte in?

Groetjes,
Anouk
Bloemenatelier Brouwer, Gouda"""),

    dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Erik Timmermans <e.timmermans@timmermansbouw.example>",
         to="support@bouwcalc.example",
         subject="Wachtwoord op offerte-pdf zetten?",
         body="""\
Goedemiddag,

Wij maken onze offertes in BouwCalc en sturen ze als pdf naar de klant. Laatst kregen we een offerte terug waarin iemand zelf de bedragen had zitten aanpassen, en bij een collega-aannemer is een complete offerte naar de concurrent gelekt. Om dat soort fraude voor te zijn willen we de pdf's voortaan beveiligen met een wachtwoord, zodat alleen de klant ze kan openen en niemand ze kan bewerken.

Kan dat rechtstreeks bij het exporteren in BouwCalc, of moeten we dat achteraf in Acrobat doen? En kan het wachtwoord per klant verschillen?

Verder bevalt het pakket prima hoor, veel stabieler dan ons oude programma, dat crashte om de haverklap.

Met vriendelijke groet,

Erik Timmermans
Calculator / werkvoorbereider
Timmermans Bouw B.V. | Industrieweg 14, 5482 TK Schijndel
T 073-549 10 22
Specialist in brandwerende wanden, plafonds en brandscheidingen

Op al onze offertes en overeenkomsten zijn de UAV 2012 van toepassing. Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per abuis ontvangen, verwijder het dan en stel de afzender op de hoogte."""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Wendy Schouten <schouten.familie@kpnplanet.example>",
         to="klantenservice@warmtewacht.example",
         subject="Compliment voor monteur Youssef",
         body="""\
Beste mensen van WarmteWacht,

Even een bedankje. Zondagavond viel onze cv-ketel uit met storing F28, binnen een paar uur was het 14 graden in huis en we hebben een baby van drie maanden. Ik heb jullie noodnummer gebeld en om half elf 's avonds stond monteur Youssef al op de stoep. Binnen een kwartier had hij de kapotte ontstekingspen gevonden, hij had er nog eentje in de bus liggen en om kwart over elf brandde de ketel weer.

Hij was ook nog superlief voor onze hond, die hem bijna doodknuffelde. Willen jullie dit compliment aan hem doorgeven? Wat ons betreft verdient hij een bonus.

Hartelijke groet,
Wendy Schouten
klantnummer 2200 4817, Apeldoorn"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Marjolein Hoekstra <m.hoekstra@xs4all-post.example>",
         to="info@fietsverhuurtexel.example",
         subject="E-bike huren in mei: annuleren en slot",
         body="""\
Goedendag,

Ik ben aan het revalideren na een ongeluk op wintersport vorig jaar (gebroken enkel, twee operaties, weken in het ziekenhuis gelegen) en mijn fysiotherapeut vindt fietsen nu de beste training. Daarom wil ik van 9 tot en met 16 mei 2027 een e-bike bij u huren op Texel.

Twee vragen vooraf:
1. Als mijn enkel weer opspeelt en ik kort van tevoren moet annuleren, krijg ik dan mijn geld terug of alleen een tegoedbon?
2. Zit er een goed slot bij? Mijn vorige fiets is binnen een week gestolen bij station Zaandam, dus daar ben ik een beetje huiverig voor.

Met vriendelijke groet,
Marjolein Hoekstra"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sander Bos <planning@bostransport.example>",
         to="support@routeplan-tms.example",
         subject="Re: Planbord laadt niet - 38 chauffeurs staan stil",
         body="""\
Hoi Martijn,

Alles draait weer, de ritten van vanmiddag staan erin en de chauffeurs zijn onderweg. Top dat jullie er zo snel bovenop zaten, bedankt!

Groet,
Sander Bos
Planning | Bos Transport Tiel

Op za 5 dec. 2026 om 09:47 schreef Martijn de Wit | RoutePlan Support <support@routeplan-tms.example>:
> Hoi Sander,
>
> Er was een probleem met een van onze databaseservers. Het planbord zou nu
> weer moeten laden. Kun je even laten weten of het bij jullie weer werkt?
>
> Groet,
> Martijn
>
> Op za 5 dec. 2026 om 07:58 schreef Sander Bos <planning@bostransport.example>:
> > Sinds 7 uur laadt het planbord niet meer, alleen een foutmelding 500. Ik kan
> > geen ritten toewijzen en 38 chauffeurs staan op het depot te wachten.
> > Dit is echt spoed, bel me!"""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Linda van Dijk <l.vandijk@klantcontact-plus.example>",
         to="enterprise-support@cloudcontact.example",
         subject="Geen sms-codes bij inloggen - ca. 160 agents kunnen er niet in",
         body="""\
Goedemorgen,

Sinds het begin van de ochtenddienst krijgen onze medewerkers bij het inloggen op CloudContact geen verificatiecode meer per sms. Wie gisteren is uitgelogd, komt er vandaag niet meer in. Het gaat om ongeveer 160 agents op onze locaties Groningen en Leeuwarden; de handvol collega's met een nog actieve sessie kan gewoon doorwerken.

Wij doen vandaag de klantenservice voor twee energieleveranciers en de wachtrij staat inmiddels op ruim 400 bellers. 'Code opnieuw versturen' helpt niet, en het maakt niet uit bij welke provider de telefoon zit.

Kunnen jullie de sms-verificatie voor onze tenant tijdelijk uitzetten of een andere methode aanzetten? Ik ben bereikbaar op 050-820 55 10.

Met vriendelijke groet,

Linda van Dijk
Teamlead IT & Workforce Management
KlantContact Plus B.V. | Groningen - Leeuwarden

De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Openbaarmaking, vermenigvuldiging of verspreiding door anderen is niet toegestaan. KlantContact Plus B.V. staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail."""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Hans de Boer <hdeboer58@ziggo-post.example>",
         to="klantenservice@waterbedrijf-oost.example",
         subject="Re: Re: Voorschot van € 38 naar € 212 per maand???",
         body="""\
Dit is nu de DERDE keer dat ik mail en ik heb nog steeds geen antwoord gehad, alleen een automatische ontvangstbevestiging. Inmiddels is er twee keer € 212,00 afgeschreven in plaats van € 38. Ik ben gepensioneerd en ik heb de huur van deze maand nog niet kunnen betalen omdat mijn rekening nu rood staat.

Ik wil vandaag gebeld worden en ik wil de € 348 die te veel is afgeschreven terug. Anders laat ik alles terugboeken en stap ik naar de Geschillencommissie.

H. de Boer
klantnummer 3301-58827
tel. 0548-21 77 09

Op 1 dec. 2026 om 08:05 schreef Hans de Boer <hdeboer58@ziggo-post.example>:
> Twee weken geleden heb ik gemaild en ik heb nog niets gehoord. Vanochtend
> is opnieuw € 212 afgeschreven. Graag een reactie.
>
> Op 16 nov. 2026 om 20:31 schreef Hans de Boer <hdeboer58@ziggo-post.example>:
> > Geachte heer/mevrouw,
> > Mijn voorschot is per november verhoogd van € 38 naar € 212 per maand.
> > Volgens uw brief op basis van een 'geschatte meterstand'. Ik heb de meter
> > zelf gefotografeerd: 1.482 m³. Wij zijn met z'n tweeën, dit kan nooit
> > kloppen. Wilt u dit corrigeren?"""),
]
