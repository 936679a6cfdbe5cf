# blind16 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marloes van Dijk <marloes.vandijk@postvak.example>",
         to="klantenservice@feestballon-shop.example",
         subject="Welke batterij zit er in de LED-ballonnen?",
         body="""\
Hallo,

Onze zoon (3) heeft op zijn verjaardagsfeestje een knoopcelletje ingeslikt uit een van de
lichtgevende ballonnen die we bij jullie hebben besteld (set 'Glow Party', 20 stuks). Het
dekseltje aan de onderkant zat los. Hij hoest, kwijlt heel erg en wil niets meer drinken.

We rijden nu naar het ziekenhuis. Welk type batterij zit er precies in (CR2032? LR44?) zodat we
dat aan de arts kunnen doorgeven? Graag zo snel mogelijk antwoord, ik lees mee op mijn telefoon.

Marloes"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ruben Kok <ruben.kok@tweewieler.example>",
         to="service@motorgear-direct.example",
         subject="Vizier en kinsluiting Stormrider helm",
         body="""\
Goedemiddag,

Is het normaal dat het vizier van de Stormrider-helm (besteld 2 april, ordernr. MG-55120)
gewoon losschiet bij 110 km/u? Vanochtend op de A12 klapte het ineens open, sloeg tegen mijn
gezicht en vloog daarna weg. Ik zag een paar seconden niks door de tranen en de wind. Toen ik bij
de pomp stopte, merkte ik dat de klikgesp van de kinband ook openstond terwijl ik die echt had
vastgemaakt.

Ik heb een rode striem over mijn wang. Ik rijd voorlopig met mijn oude helm, maar wil weten wat
hier aan de hand is.

Ruben Kok"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Henk Mulder <henk.mulder@duinhuisje.example>",
         to="verhuurders@vakantiehuis-plek.example",
         subject="Iemand zit in mijn verhuurdersaccount, uitbetaling weg",
         body="""\
Beste mensen,

Ik verhuur via jullie platform het Duinhuisje in Egmond (advertentie 44817). Vannacht om 03:12
kreeg ik een mail dat mijn e-mailadres was gewijzigd, en om 03:15 dat mijn bankrekening was
aangepast. Dat heb ik niet gedaan. Sindsdien kan ik niet meer inloggen: mijn wachtwoord wordt
niet herkend en de resetmail gaat natuurlijk naar het nieuwe adres.

Vanochtend zie ik via de app van mijn bank dat de uitbetaling van € 1.840 voor de boekingen van
mei niet is binnengekomen. Die is dus naar een onbekende rekening gegaan. Er staan ook nieuwe
berichten in naam van mij naar twee gasten met een 'nieuw betaalverzoek'.

Blokkeer alstublieft direct het account en de uitbetalingen. Ik ben bereikbaar op
06 1234 5601.

Henk Mulder"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Sanne de Groot <sanne.degroot@tuinfeest.example>",
         to="info@bbq-gasdepot.example",
         subject="Gasfles lekt bij de afsluiter - levensgevaarlijk",
         body="""\
Hallo,

De propaanfles van 10,5 kg die gisteren is bezorgd (bestelling GD-3091) lekt bij de afsluiter.
Je hoort een zacht gesis en je ruikt het gas tot op de oprit. Hij staat naast de barbecue op het
terras, vlak bij de keukendeur. Dit is levensgevaarlijk, ik durf hem niet aan te raken en de
buurkinderen spelen hier altijd.

Kunnen jullie hem vandaag nog komen ophalen? Of moet ik de brandweer bellen?

Sanne de Groot"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dennis Verbeek <dennis@fitplein.example>",
         to="support@toegang-online.example",
         subject="Leden staan buiten bij alle drie de vestigingen",
         body="""\
Goedemorgen,

Sinds 6 uur komt er bij onze drie vestigingen (Zwolle, Kampen, Deventer) niemand meer binnen.
De poortjes blijven dicht en elke scan van een ledenpas of QR-code geeft een rood kruis. In het
beheerscherm zie ik bij alle leden 'status onbekend'.

Er staan nu tientallen mensen buiten in de regen, de spinningles van 7 uur is al geschrapt en
het personeel laat mensen één voor één handmatig binnen met een lijstje op papier.

Bel me graag terug: 06 1234 5633.

Dennis Verbeek
Fitplein"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kwekerij Hoogland <winkel@kwekerij-hoogland.example>",
         to="helpdesk@groenkassa.example",
         subject="Kassa's reageren niet - we schrijven alles op papier",
         body="""\
Hoi,

Het is zaterdagochtend, de drukste dag van het voorjaar, en geen van onze vier kassa's
reageert meer na het scannen van een plant. Het scherm blijft hangen op 'artikel ophalen…'.
We schrijven nu alles met de hand op een blocnote en rekenen uit met een rekenmachine. De rij
staat tot bij de perkplanten. De webshopbestellingen voor afhalen komen ook niet meer binnen.

Graag met spoed iemand aan de lijn.

Groet,
Wim Hoogland"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Fatima El Amrani <f.elamrani@huurdersmail.example>",
         to="support@slimwarm.example",
         subject="Thermostaat-app",
         body="""\
Goedendag,

Is het normaal dat de app van de thermostaat al sinds zondag alleen maar een draaiend rondje
laat zien? Ik kan de verwarming niet meer hoger zetten en het is 15 graden in huis. De
thermostaat aan de muur heeft geen knoppen, alleen een schermpje met het logo. Mijn verhuurder
zegt dat ik bij jullie moet zijn.

Met vriendelijke groet,
Fatima El Amrani
Flat Zuidhoven 12-B"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Joost Brouwer <joost.brouwer@fietsclub.example>",
         to="support@pedaalcomputer.example",
         subject="Routes komen niet meer op mijn fietscomputer",
         body="""\
Hoi,

Sinds een paar dagen komen de routes die ik in jullie app plan niet meer door naar mijn Trekker
X2. Ritten uploaden naar de app gaat wel gewoon, alleen de andere kant op niet. De melding is:
"Route sync failed (ROUTE_408), please retry later." Ik kan de GPX-bestanden nog via de kabel
overzetten, dus het is te doen, maar wel omslachtig.

Groet, Joost"""),

    dict(n=9, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Yvonne Smit <yvonne.smit@provider.example>",
         to="service@stroomfiets.example",
         subject="App werkt niet meer, fiets zit op slot",
         body="""\
Sinds de update van gisteren werkt de app niet meer: hij crasht direct na het opstarten. Mijn
e-bike ontgrendelt alleen via de app, dus de fiets staat op slot in de schuur en ik kan niet
naar mijn werk. Is er een storing?

Yvonne"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Lars Hendriks <lars.hendriks@aquamail.example>",
         to="klantenservice@aquarium-centrum.example",
         subject="Twee keer afgeschreven",
         body="""\
Hallo,

Voor bestelling AC-88213 (LED-balk en CO2-set) is € 214,50 twee keer van mijn rekening
afgeschreven, allebei op 7 maart. Ik heb één pakket ontvangen. Willen jullie de dubbele
betaling terugstorten?

Groeten,
Lars Hendriks"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Priscilla Bakker <priscilla.bakker@oppasmail.example>",
         to="support@huisdieroppas.example",
         subject="Uitbetaling van april niet ontvangen",
         body="""\
Hoi,

Ik ben oppas via jullie platform en heb in april 11 oppasbeurten gedaan (katten en twee
konijnen, allemaal goed gegaan hoor). In mijn overzicht staat de uitbetaling van € 486,20 al
sinds 2 mei op 'verwerkt', maar er is niets op mijn rekening gekomen. Ik heb het IBAN
gecontroleerd, dat klopt (NL00 BANK 0123 4567 89).

Ik ben student en moet vrijdag mijn huur betalen, dus ik zit er eerlijk gezegd echt op te
wachten. Kunnen jullie nakijken waar het geld is gebleven?

Priscilla"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Gerrit Jansen <g.jansen@thuisnet.example>",
         to="klantenservice@ketelzorg.example",
         subject="Re: Uw account is geblokkeerd",
         body="""\
Dank u, ik kan weer inloggen.

Maar nu zie ik in het overzicht dat er voor het onderhoudsabonnement € 189 is gefactureerd,
terwijl in mijn contract € 129 per jaar staat (combiketel, onderhoud eens per jaar, geen
storingsdekking). Wilt u de factuur 2024-0412 aanpassen?

Gerrit Jansen

Op 12 apr. 2024 om 10:05 schreef Ketelzorg Klantenservice <klantenservice@ketelzorg.example>:
> Geachte heer Jansen,
>
> Uw account was geblokkeerd na vijf mislukte inlogpogingen. Wij hebben de blokkade
> opgeheven; u kunt nu weer inloggen met uw bestaande wachtwoord.
>
> Met vriendelijke groet,
> Team Ketelzorg"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Thea Visser <thea.visser@vogelvriend.example>",
         to="info@vogelvoer-online.example",
         subject="Vraagje over de kosten",
         body="""\
Goedemiddag, even uit nieuwsgierigheid: op mijn laatste bestelling (vetbollen en
zonnebloempitten) staat € 1,25 'kleine-orderkosten'. Vanaf welk bedrag vervalt dat?
Groetjes, Thea"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Bram Peeters <bram.peeters@telenet-mail.example>",
         to="support@pakketkamer.example",
         subject="Account geblokkeerd, kan pakketjes niet ophalen",
         body="""\
Dag,

Mijn account in de app van de pakketruimte van ons appartementsgebouw (Residentie Schelde, app.
4.07) is geblokkeerd. Ik krijg de melding 'Account gedeactiveerd - neem contact op met de
beheerder', maar de beheerder zegt dat het bij jullie ligt. Er liggen drie pakjes voor mij in de
kluis, waaronder medicatie voor de kat.

Alvast bedankt,
Bram"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Ingrid Wouters <ingrid.wouters@vve-mail.example>",
         to="helpdesk@vve-portaal.example",
         subject="Geen sms-code bij inloggen",
         body="""\
Geachte helpdesk,

Bij het inloggen op het VvE-portaal vraagt het systeem om een sms-code, maar die komt niet
aan. Ik heb twee weken geleden een nieuw mobiel nummer gekregen en dat nog niet kunnen
doorgeven, want dat kan alleen als je bent ingelogd. Ik wil de stukken voor de vergadering
inzien.

Mijn nieuwe nummer is 06 1234 5688. Kunt u dit voor mij aanpassen?

Met vriendelijke groet,
Ingrid Wouters
Appartement 23, VvE De Linde"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Koen de Vries <koen.devries@nieuwadres.example>",
         to="boekingen@hondenpension-heide.example",
         subject="E-mailadres wijzigen lukt niet",
         body="""\
Hallo,

Ik probeer in mijn klantaccount mijn e-mailadres te wijzigen naar dit adres, maar de
bevestigingslink wordt naar mijn oude adres gestuurd (koen@oudwerk.example). Dat bestaat niet
meer sinds ik van baan ben gewisseld. Zo blijft de wijziging eeuwig 'in afwachting' en krijg ik
de bevestiging voor Bobbie's verblijf in de zomer niet binnen.

Koen de Vries"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Noor Hermans <noor.hermans@hardloop.example>",
         to="support@loophorloge.example",
         subject="Tweestapsverificatie aanzetten",
         body="""\
Hoi, hoe zet ik tweestapsverificatie aan voor mijn account? Ik zie het niet in de app.
Bedankt! Noor"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Esther Lammers <esther.lammers@gezinsmail.example>",
         to="boekingen@goochelaar-gijs.example",
         subject="Bedankt voor zaterdag!",
         body="""\
Hallo Gijs,

Wat een knaller was het zaterdag! De kinderen lagen helemaal in een deuk toen je de juf van
Femke 'doormidden zaagde', en dat konijn dat ineens uit de taartdoos kwam, daar hebben ze het
nog steeds over. Femke wil volgend jaar zelf goochelaar worden.

Nogmaals dank, we bevelen je overal aan.

Hartelijke groet,
Esther (moeder van Femke)"""),

    dict(n=19, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Annemiek Schouten <annemiek@stal-schouten.example>",
         to="info@paardentransport-vos.example",
         subject="Vragen vooraf over transport naar Duitsland",
         body="""\
Goedendag,

Ik wil in september mijn merrie laten vervoeren naar een keuring in Vechta. Voordat ik boek
een paar vragen: wat gebeurt er als een paard onderweg ziek wordt of zich bezeert in de
trailer, zijn jullie daarvoor verzekerd? En wat is jullie annuleringsbeleid als de keuring
wordt afgelast? Krijg ik dan mijn aanbetaling terug?

Met vriendelijke groet,
Annemiek Schouten"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Piet Claassen <piet.claassen@golfpost.example>",
         to="service@golfkar-shop.example",
         subject="Antw: Terugroepactie acculader GK-36",
         body="""\
De nieuwe lader is vandaag binnengekomen en werkt prima. Bedankt voor de snelle afhandeling!

Piet Claassen

>>> Golfkar-shop Service <service@golfkar-shop.example> 03-05-2024 11:20 >>>
> Beste heer Claassen,
>
> Uit voorzorg roepen wij de acculader GK-36 terug: bij een klein aantal exemplaren kan de
> lader oververhit raken, met brandgevaar tot gevolg. Gebruik de lader niet meer. Wij sturen u
> kosteloos een vervangend exemplaar.
>
> Met vriendelijke groet,
> Golfkar-shop"""),

    dict(n=21, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Sjoerd Dekker <sjoerd.dekker@nieuwjaar.example>",
         to="verkoop@vuurwerk-vandaag.example",
         subject="Bezorgen in Brandwijk op 30 december?",
         body="""\
Hallo,

Wij willen voor oud en nieuw de 'Vulkaan XL'-fontein, twee pakketten 'Inferno Kids' (het
kindervuurwerk) en een doos sterretjes bestellen. Bezorgen jullie op 30 december ook in
Brandwijk, of moet ik het afhalen in Gorinchem? Onze hele straat doet mee, dus het kan een
flinke bestelling worden.

Groet,
Sjoerd"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="StroomZeker Nieuwsbrief <nieuwsbrief@stroomzeker.example>",
         to="klantenservice@stroomzeker.example",
         subject="Stroomstoring? Bij jou blijft het licht gewoon aan 💡",
         body="""\
Nieuwsbrief juni

Stroomstoring in de wijk? Met een StroomZeker-aggregaat merk je er niets van. Deze maand:
de stille inverter-generator SZ-2200 met 15% korting, en gratis accu bij elke powerbank-set
voor op de camping.

Ook nieuw: onze blog 'Vijf fouten die je aggregaat de das omdoen'.

Uitschrijven? Klik hier."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marianne Koster <m.koster@beheer-koster.example>",
         to="support@vve-portaal.example",
         subject="Re: Portaal niet bereikbaar",
         body="""\
Goedemiddag,

Dit is mijn tweede mail en ik heb nog steeds niets gehoord. Het portaal is nog altijd niet te
bereiken, en volgende week dinsdag is de ledenvergadering van VvE De Linde. De 64 eigenaren
moeten vóór vrijdag de jaarstukken kunnen inzien en hun volmachten uploaden. Als dat niet lukt,
moet ik de vergadering verplaatsen.

Marianne Koster
Beheer Koster

Op ma 10 jun. 2024 om 09:02 schreef Marianne Koster <m.koster@beheer-koster.example>:
> Beste support,
>
> Sinds zaterdag krijg ik bij vve-portaal.example alleen nog 'Deze site is niet bereikbaar'.
> Ook mijn collega en twee bestuursleden hebben hetzelfde. Kunt u kijken wat er aan de hand is?
>
> Marianne Koster"""),

    dict(n=24, signals="payment", priority="high", trap="vip", qt=0, reply=0,
         frm="Financiële administratie Keukenmontage Oost <financien@km-oost.example>",
         to="zakelijk@werkbladen-groothandel.example",
         subject="40 facturen op verkeerd btw-nummer - deadline btw-aangifte",
         body="""\
Geachte heer/mevrouw,

Als een van uw grootste zakelijke afnemers (35 monteurs, ruim 600 werkbladen per jaar) lopen wij
tegen het volgende aan: alle facturen van het eerste kwartaal, 40 stuks, staan op het
btw-nummer van onze oude vennootschap. Onze accountant kan die zo niet verwerken en de
btw-aangifte moet uiterlijk dinsdag de 30e binnen zijn.

Wij hebben het juiste nummer al in januari doorgegeven (zie bijlage). Kunnen jullie vóór
vrijdag gecorrigeerde creditnota's en facturen sturen? Our CFO will also be in touch with your
account manager, Mr. Van Leeuwen, about this.

Met vriendelijke groet,
Chantal Roelofs
Keukenmontage Oost B.V."""),
]
