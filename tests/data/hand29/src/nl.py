# blind30 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes de Vries <marloes.devries@thuismail.example>",
         to="service@stadsfiets-ebikes.example",
         subject="Accu van mijn e-bike",
         body="""\
Beste mensen van Stadsfiets,

Gisteravond stond mijn e-bike (Urban 7, gekocht in maart, framenummer SF7-2025-48811) zoals altijd in de gang aan de lader. Rond half elf hoorden we een harde knal en daarna een sissend geluid. Toen ik ging kijken kwam er dikke witte rook uit de accu en even later ook vlammen.

Mijn man heeft de fiets met een deken naar buiten gesleurd en er een emmer water overheen gegooid. Hij heeft daarbij een flinke brandwond aan zijn onderarm opgelopen en we hebben vannacht op de huisartsenpost gezeten. De gang zit onder het roet en het hele huis stinkt nog.

De accu en de lader staan nu buiten op het balkon. Ik wil graag weten wat er nu moet gebeuren: komen jullie de fiets ophalen? En is dit bij meer accu's uit deze serie gebeurd? Mijn dochter heeft hetzelfde model en ik durf die accu niet meer op te laden.

Met vriendelijke groet,
Marloes de Vries
06-48 91 27 30"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ruud Hendriks <ruud.hendriks@webpost.example>",
         to="klantenservice@verspakket.example",
         subject="Hele gezin ziek na de box van dinsdag",
         body="""\
Hallo,

Dinsdag hebben we de kip-kerrie uit onze Verspakket-box gekookt (box voor 4 personen, bestelnummer VP-2208731), precies volgens het recept en de kip goed doorgebakken. Bij het openmaken rook de kip al een beetje zuur, maar de datum was nog goed, dus we dachten dat het aan de verpakking lag.

Die nacht hebben we alle vier liggen overgeven en diarree gehad. Mijn vrouw en ik knappen nu op, maar onze zoon van 4 hield helemaal niets meer binnen en was zo slap dat we woensdag met hem naar de spoedeisende hulp zijn gegaan. Hij ligt nu aan het infuus in het ziekenhuis.

Ik heb de verpakking van de kip nog bewaard (partijnummer L2634-07, THT 10-12). Willen jullie dit uitzoeken en laten weten of er meer mensen klachten hebben? Ik wil niet dat een ander gezin hetzelfde overkomt.

Ruud Hendriks"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Yusuf Demir <y.demir@postvak.example>",
         to="klantenservice@belnet-mobiel.example",
         subject="Ik zie facturen van andere klanten in Mijn BelNet",
         body="""\
Goedemiddag,

Ik logde net in op Mijn BelNet om mijn factuur van november te downloaden. In het overzicht staan opeens vijf facturen die niet van mij zijn: andere namen, adressen in Utrecht en Amersfoort, telefoonnummers, belspecificaties en de laatste cijfers van rekeningnummers. Ik kan ze gewoon openen als pdf.

Mijn eigen klantnummer is 30081942. Ik heb één pdf geopend om te zien wat het was en die daarna meteen weer verwijderd, verder heb ik niets aangeklikt.

Volgens mij moeten jullie dit direct dichtzetten, want als ik hun gegevens kan zien, kunnen anderen de mijne waarschijnlijk ook zien.

Groet,
Yusuf Demir"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gerda Bakker <gerdabakker@huismail.example>",
         to="klantenservice@rijnlandbank.example",
         subject="Vraag over twee afschrijvingen",
         body="""\
Geachte heer/mevrouw,

Sorry dat ik u hiermee lastigval, ik weet niet zeker of ik hiervoor bij u moet zijn.

Vanochtend kreeg ik een sms van "Rijnland Bank" dat mijn bankpas verlopen was en dat ik via een link een nieuwe kon aanvragen. Daar heb ik mijn gegevens ingevuld. Later belde er een meneer die zei dat hij van uw afdeling beveiliging was, en op zijn verzoek heb ik twee keer een code uit de app doorgegeven.

Net zie ik dat er twee bedragen van mijn rekening zijn afgegaan: € 2.450,00 en € 1.980,00, naar een rekening op naam van "J. Visser Holding". Die ken ik niet. Zou u kunnen nakijken of dat wel klopt? Mijn rekeningnummer is NL00 RIJN 0123 4567 89.

Met vriendelijke groet,
mevr. G. Bakker-Jansen"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Bas van Leeuwen <bas@bakkerijvanleeuwen.example>",
         to="service@kassapunt.example",
         subject="Klanten kunnen niet pinnen in de winkel",
         body="""\
Hoi,

Sinds 7 uur vanochtend geven alle drie onze pinautomaten bij elke betaling "Verbinding mislukt - probeer opnieuw". Opnieuw opstarten, kabel eruit en er weer in, de hotspot van mijn telefoon geprobeerd: niks helpt. Het internet in de winkel doet het gewoon.

De winkel staat vol en bijna niemand heeft nog contant geld op zak. Ik ben al tientallen klanten kwijt en de taarten die vanmiddag worden opgehaald moeten ook nog afgerekend worden.

Terminal-ID's: KP-55120, KP-55121, KP-55122
Klantnummer: 7740019

Bel me aub zo snel mogelijk: 06-21 44 87 90.

Bas van Leeuwen
Bakkerij Van Leeuwen, Deventer"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ingrid Smit <praktijkmanager@huisartsendewaard.example>",
         to="support@medidossier.example",
         subject="Spoed: geen enkel patiëntdossier te openen",
         body="""\
Goedemorgen,

Ik schrijf namens Huisartsenpraktijk De Waard (praktijkcode HP-3316, vier huisartsen en twee praktijkondersteuners).

Sinds ongeveer 8.15 uur kan niemand in de praktijk nog een patiëntdossier openen. MediDossier start wel op, maar bij het openen van een dossier blijft het scherm grijs en na een minuut verschijnt "Time-out bij ophalen gegevens". De agenda laadt ook niet meer. We hebben het op alle negen werkplekken geprobeerd.

De wachtkamer zit vol en de artsen werken nu zonder medicatieoverzicht en zonder voorgeschiedenis. Recepten naar de apotheek sturen lukt ook niet. We hebben uw spoedlijn al drie keer gebeld, maar komen er niet doorheen.

Graag zo snel mogelijk contact via 0184-123 456 (vraag naar mij).

Met vriendelijke groet,
Ingrid Smit
Praktijkmanager"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Thijs Mulder <thijs@muldermontage.example>",
         to="support@boekhoudbaas.example",
         subject="Kan niet inloggen, foutmelding 502",
         body="""\
Hallo,

Sinds gisteravond kom ik niet meer in Boekhoudbaas. Op mijn laptop en op mijn telefoon krijg ik allebei deze pagina:

---
502 Bad Gateway
The server returned an invalid response.
Request ID: 7f3a2c19-bb04-4e1d-9a77-0d2e6c1f5e88
---

Ik moet vandaag de facturen van deze maand de deur uit doen, anders word ik door twee grote klanten pas in januari betaald. Is er iets aan de hand bij jullie of ligt het aan mij? Cache legen en een andere browser heb ik al geprobeerd.

Thijs Mulder
Mulder Montage, klantnummer 118-2274"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Sanne Jacobs <sannejacobs@mijnpost.example>",
         to="help@tuneflow.example",
         subject="Is het normaal dat offline nummers niet meer afspelen?",
         body="""\
Hoi!

Is het normaal dat mijn gedownloade playlists sinds de update van maandag niet meer afspelen als ik geen internet heb? Ik zie ze wel staan met het groene pijltje, maar als ik op play druk gebeurt er niks, of hij slaat alle nummers over. Met wifi of 4G werkt alles gewoon.

Vooral in de trein en in de sportschool is dat balen, want daar heb ik slecht bereik. Ik heb Premium Duo, Android 14.

Groetjes,
Sanne"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kevin Peters <kevinp1992@snelpost.example>",
         to="service@glasnet.example",
         subject="geen internet",
         body="""\
hoi sinds gister 18u geen internet en geen tv meer, lampje op het modem knippert rood. al 3x opnieuw opgestart. ik moet morgen thuiswerken dus graag snel iemand sturen
adres kerkstraat 14 tilburg klantnr 55019832

kevin

Verzonden vanaf mijn iPhone"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Annemiek Visser <a.visser@postbus-mail.example>",
         to="klantenservice@zorgzaam-verzekeringen.example",
         subject="Premie december twee keer afgeschreven",
         body="""\
Beste medewerker,

Op 1 december is mijn zorgpremie van € 156,85 afgeschreven, en gisteren, 4 december, nog een keer hetzelfde bedrag met dezelfde omschrijving (polisnummer ZV-4471093, premie 12-2026). Ik betaal maandelijks via automatische incasso en heb geen losse nota ontvangen.

Kunt u het dubbele bedrag terugstorten? Ik kan het ook zelf via mijn bank terugboeken, maar ik wil niet dat er daardoor een betalingsachterstand op mijn polis komt te staan.

Met vriendelijke groet,
Annemiek Visser"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Katarzyna Nowak <kasia.nowak@skrzynka.example>",
         to="refunds@oranjeair.example",
         subject="Terugbetaling geannuleerde vlucht OA 1742 - nog steeds niks",
         body="""\
Goedendag,

Mijn vlucht OA 1742 van Eindhoven naar Gdansk op 18 oktober is door jullie geannuleerd. Ik heb toen gekozen voor terugbetaling van het geld, niet voucher. In de mail van 20 oktober staat dat ik binnen 7 dagen het geld terug krijg, EUR 386,40 voor twee personen (boekingscode K7QWZ2).

Nu is het bijna zeven weken en ik heb nog niks gekregen. Ik heb twee keer gebeld en elke keer ze zeggen "het is in behandeling".

Ik heb dit geld echt nodig, mijn moeder is ziek in Polen en ik moet volgende week een nieuwe ticket kopen om naar haar te gaan. Kunnen jullie alsjeblieft het snel betalen?

Bedankt,
Katarzyna Nowak"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Henk Brouwer <henk.brouwer@vrijmail.example>",
         to="vragen@parkeerslim.example",
         subject="Vraagje over transactiekosten",
         body="""\
Goedendag,

Een kort vraagje. Op mijn overzicht van november staat bij elke parkeeractie "transactiekosten € 0,35". Dat wist ik eerlijk gezegd niet. Is dat nieuw, of heb ik daar bij het aanmelden overheen gelezen? Het gaat me niet om het bedrag, ik ben gewoon benieuwd.

Vriendelijke groet,
Henk Brouwer"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Eva Kramer <eva.kramer@studiokramer.example>",
         to="billing@planbord.example",
         subject="Jaarabonnement verlengd terwijl ik had opgezegd",
         body="""\
Beste Planbord,

Op 2 november heb ik ons Team-abonnement (werkruimte "Studio Kramer", 5 gebruikers) opgezegd via Instellingen > Abonnement. Ik kreeg toen de melding in beeld dat het abonnement op 30 november zou stoppen.

Toch is op 1 december € 540,00 van onze creditcard afgeschreven voor een nieuw jaar, en de werkruimte staat weer op actief. Het gaat om factuurnummer PB-2026-33817.

Wij zijn overgestapt op een ander pakket en maken geen gebruik meer van Planbord. Een schermafbeelding van de opzegging kan ik desgewenst meesturen. Graag ontvang ik het bedrag retour, en een bevestiging dat het abonnement nu echt beëindigd is.

Met vriendelijke groet,
Eva Kramer
Studio Kramer, grafisch ontwerp"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Pieter Dekker <pieter.dekker@nieuwmail.example>",
         to="service@polderstroom.example",
         subject="Resetlink komt op mijn oude e-mailadres binnen",
         body="""\
Hallo,

Ik wil inloggen op Mijn Polderstroom om mijn meterstanden door te geven, maar ik ben mijn wachtwoord kwijt. Als ik op "Wachtwoord vergeten" klik, wordt de link naar mijn oude e-mailadres gestuurd (p.dekker@oudprovider.example), en dat adres bestaat al een jaar niet meer.

Mijn klantnummer is 2040-771-93, adres Lindelaan 7 in Zwolle. Kunnen jullie het e-mailadres in jullie systeem wijzigen naar dit adres, zodat ik weer kan inloggen?

Alvast bedankt,
Pieter Dekker"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Lotte van Dijk <lottevandijk@studentpost.example>",
         to="servicedesk@hogeschool-amstelland.example",
         subject="Kan niet inloggen door kapotte telefoon - deadline vanavond 23.59",
         body="""\
Beste servicedesk,

Mijn telefoon is gisteren kapotgevallen en daar stond de authenticator-app voor de tweestapsverificatie op. Daardoor kom ik niet meer in mijn studentaccount (studentnummer 500812347), dus ook niet in Brightspace en mijn mail.

Het probleem is dat ik vanavond om 23.59 uur mijn afstudeerscriptie via Brightspace moet inleveren. Als ik te laat ben, moet ik een half jaar wachten op het volgende inlevermoment.

Wat ik al heb geprobeerd:
- inloggen met sms: die optie staat bij mij niet aan
- de herstelcodes: die kan ik nergens meer vinden
- langs de balie: die is vandaag dicht

Kunnen jullie de tweestapsverificatie resetten, zodat ik hem op de telefoon van mijn vriend kan instellen? Ik kan met mijn collegekaart langskomen als dat nodig is.

Groeten,
Lotte van Dijk"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jeroen Vos <jeroen.vos@postnet.example>",
         to="klantenservice@boekjebed.example",
         subject="Hoe zet ik tweestapsverificatie aan?",
         body="""\
Goedemiddag,

Een collega vertelde me dat je je account bij Boekjebed extra kunt beveiligen met een code via sms of een app. Ik boek bijna al onze zakenreizen via jullie, dus dat lijkt me verstandig. Alleen kan ik de instelling nergens vinden in de app. Waar moet ik kijken? En werkt het ook met Google Authenticator?

Er is verder niks aan de hand met mijn account hoor, het is puur uit voorzorg.

Groet,
Jeroen Vos"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Mehmet Yilmaz <m.yilmaz@inbox-nl.example>",
         to="support@hapklaar.example",
         subject="Account geblokkeerd zonder reden?",
         body="""\
Hallo,

Sinds gisteren krijg ik bij het openen van de Hapklaar-app alleen nog deze melding:

"Je account is tijdelijk geblokkeerd. Neem contact op met onze klantenservice."

Ik heb niets geks gedaan, alleen vrijdagavond een bestelling geplaatst bij de pizzeria om de hoek (die trouwens prima aankwam). Ik bestel al jaren via jullie met dit e-mailadres. Kunnen jullie de blokkade opheffen, of uitleggen wat er aan de hand is?

Mehmet Yilmaz
06-33 12 90 48"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Wilma Hoekstra <wilma.hoekstra@familiepost.example>",
         to="info@kookfix-apparaten.example",
         subject="Compliment voor de Kookfix XL airfryer",
         body="""\
Beste mensen,

Ik moest jullie toch even laten weten dat ik helemaal in vuur en vlam sta voor de airfryer die ik met Sinterklaas van mijn kinderen kreeg. Ik was eerst sceptisch, want mijn vorige apparaat van een ander merk was na een half jaar al stuk, maar deze doet het fantastisch.

De kroketten worden knapperig, de kipdrumsticks zijn in twintig minuten klaar en volgens mijn kleinzoon is de zoete-aardappelfriet "echt de bom". En mijn keuken staat niet meer blauw van de walm zoals vroeger met de frituurpan.

Nog een vraagje: zijn er losse bakjes te koop? Dan heb ik er eentje extra als de andere in de vaatwasser zit.

Hartelijke groet,
Wilma Hoekstra"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Daan Willems <daan.willems@sportmail.example>",
         to="klantenservice@loopwinkel-online.example",
         subject="Antw: Betaling mislukt maar wel afgeschreven - bestelling 2026-88412",
         body="""\
Hoi Naima,

Top, de bestelling staat inmiddels netjes als betaald in mijn account en ik kreeg net de verzendbevestiging. Bedankt voor het snelle regelen!

Nog één vraagje: vallen die hardloopschoenen normaal, of kan ik de volgende keer beter een halve maat groter nemen?

Groet,
Daan

Op ma 7 dec 2026 om 11:20 schreef Loopwinkel Online <klantenservice@loopwinkel-online.example>:
> Beste Daan,
> Bedankt voor je bericht. We zien inderdaad dat je iDEAL-betaling bij ons als
> mislukt is geregistreerd, terwijl het bedrag wel van je rekening is
> afgeschreven. We hebben de betaling handmatig aan je bestelling gekoppeld.
> Met sportieve groet,
> Naima, Klantenservice Loopwinkel Online
> Op zo 6 dec 2026 om 21:04 schreef Daan Willems <daan.willems@sportmail.example>:
> > Ik heb net bestelling 2026-88412 (€ 149,95) afgerekend met iDEAL. Het geld
> > is van mijn rekening af, maar op de site staat "Betaling mislukt" en de
> > bestelling staat op geannuleerd. Graag terugstorten of alsnog versturen."""),

    dict(n=20, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Marieke Jansen <marieke@kdv-hummeltje.example>",
         to="info@ehbo-academie.example",
         subject="Spoedcursus EHBO voor ons team - vragen",
         body="""\
Goedendag,

Ik ben locatiemanager van kinderdagverblijf Hummeltje in Amersfoort. Vier nieuwe pedagogisch medewerkers moeten voor 1 februari hun diploma Kinder-EHBO hebben, dus we zoeken een spoedcursus.

Op jullie site zie ik de tweedaagse spoedcursus "Eerste hulp bij kinderen". Ik heb een paar vragen:
- Komen verstikking, brandwonden en allergische reacties allemaal aan bod?
- Kunnen jullie de cursus bij ons op locatie geven, op een zaterdag?
- Wat kost het voor vier personen, inclusief examen?

Alvast bedankt voor de informatie.

Met vriendelijke groet,
Marieke Jansen
Locatiemanager KDV Hummeltje"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Rob Verhoeven <rob.verhoeven@thuisnet.example>",
         to="verkoop@deurzicht.example",
         subject="Vraag voor aankoop: kunnen jullie deurbellen ook gehackt worden?",
         body="""\
Hallo,

Gisteren zag ik in het journaal dat bij een ander merk slimme deurbellen duizenden camera's gehackt waren, en dat beelden van voordeuren en wachtwoorden van klanten op internet waren gelekt. Daar schrok ik wel van.

Ik twijfel tussen jullie Deurzicht Pro en de Deurzicht Mini, maar voordat ik iets bestel wil ik graag weten:
1. Worden de beelden versleuteld opgeslagen, en waar staan de servers?
2. Is tweestapsverificatie verplicht, of kan ik die zelf aanzetten?
3. Krijgen de deurbellen automatisch beveiligingsupdates?

Alvast bedankt,
Rob Verhoeven"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Joke Meijer <joke.meijer@seniorenpost.example>",
         to="klantenservice@spoorlijn-nl.example",
         subject="Bedankt voor de snelle hulp",
         body="""\
Goedemiddag,

Vorige maand schreef ik u in paniek omdat mijn abonnement geblokkeerd was en mijn pas bij alle poortjes werd geweigerd. Ik kreeg in Utrecht zelfs bijna een boete van de conducteur.

Uw collega Mustafa heeft het toen binnen een dag opgelost, en sindsdien werkt alles weer perfect. Ik wilde u even laten weten hoe fijn ik dat vond. Zo'n vriendelijke en duidelijke uitleg krijg je tegenwoordig niet vaak meer.

Wilt u dit compliment aan hem doorgeven?

Met vriendelijke groet,
Joke Meijer"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hans Kuipers <hans.kuipers@mailnest.example>",
         to="support@mailnest.example",
         subject="Bijlagen versturen lukt niet in webmail",
         body="""\
Hallo,

Sinds een paar dagen kan ik in de webmail geen bijlagen meer meesturen. Ik klik op het paperclipje, kies een bestand en dan blijft de balk op 0% staan. Na een tijdje komt "Upload mislukt". Het gaat om gewone pdf's en foto's van een paar MB.

Via de mail-app op mijn iPad lukt het wel gewoon, dus voorlopig help ik mezelf zo, maar het is onhandig omdat ik mijn administratie op de pc doe.

Ik gebruik Firefox op Windows 11, in Edge heb ik het ook geprobeerd.

Groeten,
Hans Kuipers"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Linda Bosman <l.bosman@groenrijk-hoveniers.example>",
         to="support@salarisplein.example",
         subject="Niemand van ons personeel kan inloggen - sms-code ongeldig",
         body="""\
Goedemorgen,

Sinds vanochtend kan niemand van onze 64 medewerkers nog inloggen in de Salarisplein-app of op het portaal. Na het wachtwoord komt er wel een sms-code binnen, maar elke code wordt afgewezen met "Code ongeldig of verlopen", ook als je hem binnen tien seconden intypt. Dat geldt voor al onze vier vestigingen, op iPhone en Android.

Vandaag is de laatste dag om de uren over november goed te keuren voor de salarisrun, en onze voormannen kunnen de urenbriefjes van hun ploegen nu niet aftekenen. Als dat vandaag niet lukt, krijgt niemand op tijd zijn salaris.

Ik kan er als beheerder zelf ook niet meer in. Kunnen jullie dit met spoed oppakken?

Met vriendelijke groet,
Linda Bosman
HR en salarisadministratie, Groenrijk Hoveniers B.V.
0341-25 66 10"""),
]
