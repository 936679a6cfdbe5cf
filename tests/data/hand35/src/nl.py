# blind36 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marieke Dijkstra <m.dijkstra@zorggroep-deberkenhof.example>",
         to="service@liftcare.example",
         subject="Fwd: Tillift afd. Lindelaan - bewoner gevallen",
         body="""\
Goedemorgen,

Hieronder het verslag van onze avonddienst van gisteren. Het gaat om de passieve tillift Orion 200 (serienummer OR2-118457) op afdeling Lindelaan. We hebben deze lift uit gebruik genomen en laten de andere liften van hetzelfde type nu controleren. Graag zo snel mogelijk een monteur, en we willen weten of dit bij andere klanten ook is voorgekomen.

Met vriendelijke groet,
Marieke Dijkstra
Teamleider Zorg, Zorggroep De Berkenhof
06-41298830

---------- Doorgestuurd bericht ---------
Van: Sanne Peters <s.peters@zorggroep-deberkenhof.example>
Datum: wo 2 dec 2026 om 22:41
Onderwerp: Tillift afd. Lindelaan - bewoner gevallen
Aan: Marieke Dijkstra <m.dijkstra@zorggroep-deberkenhof.example>

Hoi Marieke,
Om 21:15 wilden we mevr. V. (kamer 12) met de tillift van bed naar de rolstoel verplaatsen. Net toen ze los van het bed hing, schoot de arm ineens een stuk naar beneden en kwam ze met haar heup op de rand van de rolstoel terecht. De noodstop deed niets, de arm zakte gewoon verder. De dienstdoende arts heeft haar gezien en ze is naar de SEH gebracht met een vermoedelijke heupfractuur. Melding staat in het MIC-systeem.
Groet, Sanne"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Peter van Leeuwen <p.vanleeuwen@mailbox.example>",
         to="klantenservice@warmtezorg.example",
         subject="CO-melder ging af na onderhoud ketel",
         body="""\
Goedemiddag,

Vorige week donderdag (26 november) is uw monteur bij ons geweest voor het jaarlijkse onderhoud van onze cv-ketel (contractnummer WZ-0048812).

Vannacht rond drie uur ging de koolmonoxidemelder in de bijkeuken af. Mijn vrouw en ik hadden allebei al een paar dagen hoofdpijn en waren misselijk, wat we op een griepje hielden. De brandweer is gekomen en heeft bij de ketel een veel te hoge CO-waarde gemeten; volgens hen zat de rookgasafvoer niet goed vast. De ketel is uitgezet en we zijn vanochtend bij de huisarts geweest.

Ik wil graag vandaag nog iemand die de aansluiting komt nakijken en herstellen, en ik wil weten wat er bij het onderhoud precies is gedaan.

Peter van Leeuwen
Kerklaan 14, Barneveld
06-28734410

Verzonden vanaf mijn iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ingrid Bos <ingrid.bos@bos-administraties.example>",
         to="support@loonwijs.example",
         subject="Vreemde werkgevers in ons overzicht",
         body="""\
Beste medewerkers van Loonwijs,

Wellicht is het een kleinigheid, maar ik wilde het toch even melden. Sinds vanochtend staan er in ons werkgeversoverzicht drie bedrijven die niet van ons zijn: een bouwbedrijf uit Zwolle, een bakkerij en een schoonmaakbedrijf. Als ik er een open, zie ik de loonstroken van hun medewerkers, inclusief BSN, IBAN en salaris. Ik heb er verder niets mee gedaan.

Kan het zijn dat er bij de update van afgelopen weekend iets is misgegaan met de koppeling van klanten? Ik vraag me ook af of andere kantoren nu onze klanten kunnen zien.

Met vriendelijke groet,

Ingrid Bos
Bos Administraties B.V.
Brink 21, 7411 BT Deventer
T 0570-612448

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht hebt ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Aan de inhoud van dit bericht kunnen geen rechten worden ontleend."""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Henk Jansen <henkjansen@mailbox.example>",
         to="klantenservice@vesterbank.example",
         subject="Geld van mijn rekening gehaald - graag direct actie",
         body="""\
Geachte heer/mevrouw,

Gisteravond kreeg ik een sms dat mijn pakket niet bezorgd kon worden en dat ik € 1,95 moest bijbetalen. Ik heb op de link geklikt en daar mijn bankgegevens ingevuld. Achteraf had ik dat natuurlijk nooit moeten doen.

Vanochtend zag ik in de app drie overboekingen die ik niet heb gedaan:
- € 2.450,00 naar NL12 RABO 0345 6789 12 t.n.v. J. de Wit
- € 1.980,00 naar dezelfde rekening
- € 500,00 naar een rekening in Litouwen

Ik heb mijn pas via de app geblokkeerd en ga vanmiddag aangifte doen. Kunt u het geld terughalen? Het is bijna al mijn spaargeld.

Klantnummer 4471-209-88.

Met vriendelijke groet,
H. Jansen
030-2871144"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Yvonne Kramer <praktijkmanager@tandartsen-hetplein.example>",
         to="support@dentaplan.example",
         subject="Spoed: agenda en patiëntkaarten laden niet - praktijk Het Plein",
         body="""\
Goedemorgen,

Namens de tandartsen en assistentes van Tandartsenpraktijk Het Plein (klantnr. DP-30217):

Sinds 8:00 blijft DentaPlan op alle acht werkplekken hangen op "Gegevens ophalen...". We zien de agenda van vandaag niet, kunnen geen patiëntkaart openen, geen röntgenfoto's bekijken en niets declareren. Er liggen nu patiënten in de stoel van wie we de behandelgeschiedenis en medicatie niet kunnen inzien.

We hebben de server en alle pc's opnieuw opgestart; internet werkt verder prima. De wachtkamer zit vol en we moeten afspraken gaan afzeggen.

Wilt u ons zo snel mogelijk bellen op 010-4127730?

Yvonne Kramer
Praktijkmanager"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rob Verhoeven <r.verhoeven@parkeergarage-centrum.example>",
         to="service@accesspoint-systems.example",
         subject="P-Centrum Breda: niemand kan de garage uit",
         body="""\
Hallo,

Sinds 16:45 gaan bij P-Centrum (locatie 0412) de slagbomen bij de uitrit niet meer open. De betaalautomaten geven na het invoeren van het ticket "Fout E-731 geen verbinding met server", de kentekenherkenning reageert ook niet. Er staat een rij van 40+ auto's bij de uitrit en het wordt steeds drukker met winkelend publiek.

We laten mensen nu handmatig met de sleutel eruit, maar dat houden we met z'n tweeën niet lang vol.

Bel me svp direct: 06-51730982.

Rob Verhoeven
Beheer P-Centrum

Verstuurd vanaf mijn telefoon"""),

    dict(n=7, signals="outage", priority="high", trap="followup", qt=0, reply=0,
         frm="Fatima El Amrani <f.elamrani@mailbox.example>",
         to="klantenservice@glasnet.example",
         subject="Nog steeds geen internet - melding 2026-118834",
         body="""\
Goedendag,

Is er al nieuws? Ik heb vrijdag gebeld en toen meldingsnummer 2026-118834 gekregen, maar sindsdien heb ik niets meer gehoord.

Nog even kort: sinds donderdagavond brandt het lampje "PON" op het glasvezelkastje rood en heb ik helemaal geen internet, ook de vaste telefoon doet het niet. Modem en kastje heb ik al meerdere keren uit- en aangezet. De buren hebben gewoon internet.

Ik werk vier dagen per week thuis en zit nu met mijn laptop in de bibliotheek. Kan er deze week een monteur komen?

Met vriendelijke groet,
Fatima El Amrani
Klantnummer 55100872"""),

    dict(n=8, signals="outage", priority="medium", trap="ticket", qt=0, reply=1,
         frm="Gert Hoekstra <planning@hoekstra-transport.example>",
         to="support@fleetvue.example",
         subject="RE: [FleetVue #FV-240971] Posities vrachtwagens lopen achter",
         body="""\
Hoi Lotte,

Helaas nog niet opgelost. Van de 28 wagens komen er nog steeds 9 niet goed door: op de kaart staan ze op de plek van vanochtend 07:20 en de rijtijden worden niet bijgewerkt. Het gaat allemaal om wagens met de nieuwe kastjes (serie TX-5), de rest werkt gewoon. De planning belt die 9 chauffeurs nu maar zelf na.

Gr. Gert Hoekstra
Planner, Hoekstra Transport Drachten

Van: FleetVue Support <support@fleetvue.example>
Verzonden: donderdag 3 december 2026 10:12
Aan: planning@hoekstra-transport.example
Onderwerp: [FleetVue #FV-240971] Posities vrachtwagens lopen achter

Beste Gert,

Bedankt voor je melding. We hebben de dataverbinding van de betreffende units opnieuw geïnitialiseerd. Kun je over een uur laten weten of de posities weer actueel zijn?

Met vriendelijke groet,
Lotte
FleetVue Support"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Bas de Groot <basdegroot@mailbox.example>",
         to="support@stadsfiets-ebikes.example",
         subject="Fiets gaat niet meer van het slot via de app",
         body="""\
Hallo,

Is het normaal dat de app sinds zaterdag mijn fiets niet meer kan ontgrendelen? Als ik op "Ontgrendel" druk, blijft hij laden en na een tijdje komt "Verbinding met je fiets mislukt (code 4012)". Bluetooth staat aan, telefoon opnieuw opgestart, app opnieuw geïnstalleerd. De knop op het stuur reageert ook niet.

Hierdoor staat de fiets al drie dagen in de schuur en moet ik elke dag met de bus naar mijn werk. Het achterwiel zit vast, dus ik kan hem ook niet even naar een fietsenmaker brengen.

Framenummer SF-22-0088143.

Groeten,
Bas de Groot"""),

    dict(n=10, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Samira Yilmaz <info@kapsalon-samira.example>",
         to="klantenservice@salonpay.example",
         subject="Paar vragen + verkeerde transactiekosten",
         body="""\
Hoi SalonPay,

Een paar dingetjes:

- Bij het online boeken kunnen klanten sinds kort "kleuren + knippen" niet meer samen kiezen, alleen los. Is dat een instelling?
- Kan de herinneringsmail ook in het Engels? We hebben veel expats als klant.
- Belangrijkste: op de factuur van november zijn de pintransacties berekend tegen 1,9% per transactie, terwijl in ons contract 0,9% staat (zie bijlage, afgesproken met Dennis in september). Dat scheelt deze maand bijna € 180. Kunnen jullie het verschil terugstorten en het tarief aanpassen?

Groetjes,
Samira Yilmaz
Kapsalon Samira, Utrecht
KvK 81234567"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Jeroen Smit <jeroen.smit@mailbox.example>",
         to="klantenservice@autohuurdirect.example",
         subject="Borg van € 1.200 nog steeds niet vrijgegeven!",
         body="""\
Geachte klantenservice,

Op 14 november heb ik de huurauto (reservering AHD-558172, Schiphol) schoon, volgetankt en zonder schade teruggebracht. Dat is bij het inleveren ook zo vastgelegd. Toch staat de borg van € 1.200 nu bijna drie weken later nog steeds geblokkeerd op mijn creditcard.

Ik heb twee keer gebeld en kreeg twee keer te horen dat het "binnen 10 werkdagen" vrijkomt. Die zijn allang voorbij. Door die blokkade zit ik aan mijn limiet en kan ik deze maand mijn vaste lasten niet betalen.

Ik verwacht dat het bedrag deze week wordt vrijgegeven, anders stap ik naar de Geschillencommissie.

J. Smit"""),

    dict(n=12, signals="payment", priority="medium", trap="inline", qt=0, reply=1,
         frm="Anke de Vries <anke@camping-dewaterlelie.example>",
         to="partners@boekjeplek.example",
         subject="Re: Uitbetaling november ontbreekt",
         body="""\
Hallo Thijs,

Zie mijn antwoorden hieronder.

Op do 3 dec 2026 om 14:08 schreef Thijs (BoekJePlek) <partners@boekjeplek.example>:
> Om welke uitbetaling gaat het precies (datum en bedrag)?

De uitbetaling van 30 november, € 3.418,60. In het dashboard staat hij op "Verwerkt".

> Is het rekeningnummer in je account onlangs gewijzigd?

Nee, nog steeds NL44 RABO 0123 4567 89, zoals altijd. De uitbetalingen van oktober en half november zijn ook gewoon binnengekomen.

> Kun je bevestigen dat er geen openstaande terugboekingen zijn?

Voor zover ik kan zien niet, onder "Geschillen" staat niets.

Groet,
Anke de Vries
Camping De Waterlelie"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Ahmad Karimi <ahmad.karimi@mailbox.example>",
         to="service@belmobiel.example",
         subject="Vraag over mijn rekening",
         body="""\
Goedemiddag,

Ik heb een vraag over mijn rekening van november (klantnummer 30055871). Daar staat een bedrag van € 0,85 voor "Servicenummers". Ik weet niet welke nummer ik heb gebeld, misschien het nummer van de huisarts?

Het is geen groot probleem hoor, ik wil alleen graag weten waar is dit voor en of ik dit kan zien in de app.

Bedankt en een fijne dag,
Ahmad Karimi"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Thomas Brouwer <thomas@brouwer-makelaardij.example>",
         to="support@huizenzoeker.example",
         subject="Account geblokkeerd - woning moet vandaag online",
         body="""\
Goedemorgen,

Ons kantooraccount (Brouwer Makelaardij, relatienummer HZ-7712) is sinds gisteravond geblokkeerd. Bij het inloggen krijg ik alleen "Dit account is geblokkeerd. Neem contact op met support." Voor zover ik weet is er niets bijzonders gebeurd; een collega had alleen een paar keer achter elkaar een verkeerd wachtwoord ingetikt.

Probleem is dat we vandaag om 12:00 een nieuwe woning online moeten zetten, zo is het met de verkopers afgesproken, en dat we nu ook niet op vragen van geïnteresseerden kunnen reageren.

Kunnen jullie het account vandaag nog vrijgeven? Ik ben bereikbaar op 073-6129844.

Met vriendelijke groet,
Thomas Brouwer
Brouwer Makelaardij o.g."""),

    dict(n=15, signals="account", priority="medium", trap="forwarded", qt=0, reply=0,
         frm="Lisa Vermeulen <lisa.vermeulen@mailbox.example>",
         to="klantenservice@modehuis-online.example",
         subject="Fwd: Kan niet inloggen bij jullie",
         body="""\
Hallo,

Ik stuur dit door namens mijn moeder, het lukte haar niet om het contactformulier in te vullen. Haar klantnummer is MO-2290417. Willen jullie naar haar e-mailadres antwoorden (staat hieronder)?

Alvast bedankt,
Lisa Vermeulen

---------- Doorgestuurd bericht ---------
Van: Ria Vermeulen <riavermeulen@mailbox.example>
Datum: zo 6 dec 2026 om 19:22
Onderwerp: Kan niet inloggen bij jullie
Aan: Lisa Vermeulen <lisa.vermeulen@mailbox.example>

Lieve Lisa, kun jij dit misschien naar die winkel sturen?

Ik kan niet meer inloggen bij Modehuis Online. Ik heb op "wachtwoord vergeten" gedrukt maar ik krijg geen mail, ook niet bij de ongewenste mail. Ik heb nog een tegoedbon van € 75 op mijn account staan en die wil ik voor de kerst gebruiken.

Liefs, mama"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Kees Mulder <penningmeester@hockeyclub-dewolven.example>",
         to="support@clubbeheer.example",
         subject="Re: Toegang penningmeester na bestuurswissel",
         body="""\
Hoi Eva,

Dank voor je snelle reactie, maar het lukt nog niet. De uitnodiging heb ik ontvangen en ik heb een wachtwoord aangemaakt, maar daarna vraagt het systeem om een code uit de authenticator-app van mijn voorganger. Die is naar Spanje verhuisd en heeft zijn oude telefoon niet meer. Kun je de tweestapsverificatie voor dit account resetten, zodat ik het op mijn eigen telefoon kan instellen? Volgende week moet ik de contributie-incasso voor januari klaarzetten.

Groet,
Kees Mulder
Penningmeester MHC De Wolven

Op di 1 dec 2026 om 11:47 schreef Eva (ClubBeheer Support) <support@clubbeheer.example>:
> Hallo Kees,
> Ik heb je een uitnodiging gestuurd voor de rol Penningmeester. Via de link in die mail kun je een wachtwoord instellen.
> Met sportieve groet, Eva
>
> Op ma 30 nov 2026 om 20:15 schreef Kees Mulder <penningmeester@hockeyclub-dewolven.example>:
>> Hallo, ik ben sinds deze maand de nieuwe penningmeester van MHC De Wolven. Hoe krijg ik toegang tot het beheer? Het account staat nog op naam van mijn voorganger.
>> Groet, Kees"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Noor Visser <noor.visser@mailbox.example>",
         to="help@melodio.example",
         subject="Hoe zet ik tweestapsverificatie aan?",
         body="""\
Hoi,

Ik las dat je je account extra kunt beveiligen met een code via sms of een app. In de instellingen van Melodio kan ik alleen "Wachtwoord wijzigen" vinden. Waar zit die optie, of bestaat die (nog) niet voor een gezinsabonnement?

En als ik mijn wachtwoord wijzig, word ik dan ook op de speaker in de woonkamer uitgelogd?

Dank je!
Noor Visser"""),

    dict(n=18, signals="-", priority="low", trap="maintenance", qt=0, reply=0,
         frm="Wendy Kok <w.kok@woonstichting-rivierenland.example>",
         to="support@huurdersnet.example",
         subject="Fwd: Gepland onderhoud zaterdag 12 december",
         body="""\
Goedemiddag,

Een vraag over onderstaande aankondiging. Onze huurders geven via het portaal ook reparatieverzoeken en spoedmeldingen door (lekkage, geen verwarming). Is het portaal tijdens het onderhoud helemaal niet bereikbaar, of werkt het meldformulier nog? In het eerste geval zetten we vooraf een bericht met ons storingsnummer op de website.

Met vriendelijke groet,
Wendy Kok
Coördinator informatievoorziening, Woonstichting Rivierenland

---------- Doorgestuurd bericht ---------
Van: HuurdersNet <noreply@huurdersnet.example>
Datum: ma 30 nov 2026 om 09:00
Onderwerp: Gepland onderhoud zaterdag 12 december
Aan: w.kok@woonstichting-rivierenland.example

Beste klant,

Op zaterdag 12 december tussen 06:00 en 10:00 voeren wij gepland onderhoud uit aan onze servers. Tijdens dit onderhoud is het huurdersportaal niet beschikbaar. U hoeft zelf niets te doen.

Team HuurdersNet"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Erik Postma <erik@rijschool-postma.example>",
         to="support@lesplanner.example",
         subject="Re: App ligt plat - leerlingen kunnen niet boeken",
         body="""\
Hoi Mark,

Top, alles doet het weer! Leerlingen kunnen weer lessen inplannen en ik zie mijn agenda ook weer gewoon op de tablet in de auto. Bedankt voor het snelle schakelen.

Groet,
Erik Postma
Rijschool Postma

Op wo 9 dec 2026 om 10:37 schreef Mark (LesPlanner) <support@lesplanner.example>:
> Hoi Erik,
> Er was vanochtend een storing op een van onze servers, waardoor de app niet laadde. Die is inmiddels verholpen. Laat je weten of het bij jou ook weer werkt?
> Mark
>
> Op wo 9 dec 2026 om 08:12 schreef Erik Postma <erik@rijschool-postma.example>:
>> Hallo, de app ligt sinds vanochtend plat. Ik krijg alleen een wit scherm en mijn leerlingen kunnen geen lessen boeken of verzetten. Ik heb vandaag 7 lessen staan en zie niet wie wanneer komt.
>> Erik"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Marloes Hendriks <marloes.hendriks@mailbox.example>",
         to="klantenservice@wooncentrum-online.example",
         subject="Vraag over Blackout rolgordijn Nachtrust",
         body="""\
Hallo,

Ik sta op het punt om drie Blackout rolgordijnen "Nachtrust" (antraciet, 120 x 190 cm) te bestellen voor de slaapkamers. Mijn dochter staat er helemaal in vuur en vlam voor sinds ze ze bij een vriendinnetje heeft gezien.

Twee vragen vooraf:
- Kun je ze zelf inkorten, of moet ik de exacte breedte bestellen?
- Als ze toch niet in de kozijnen passen, kan ik ze dan terugsturen en krijg ik mijn geld terug? Ik kon het retourbeleid voor maatwerk niet goed vinden.

Alvast bedankt!
Marloes Hendriks"""),

    dict(n=21, signals="-", priority="low", trap="first-aid", qt=0, reply=0,
         frm="Dennis Koster <dennis@brasseriedekade.example>",
         to="planning@bhv-opleidingen-noord.example",
         subject="BHV-herhaling en ontruimingsoefening boeken",
         body="""\
Goedemiddag,

Wij willen graag weer de jaarlijkse BHV-herhalingstraining inplannen voor het personeel van Brasserie De Kade in Groningen, dit keer voor 8 mensen. Vorig jaar hebben jullie die bij ons op locatie gegeven, inclusief het blussen van een vlam in de pan en EHBO bij brandwonden en verslikking. Dat is heel goed bevallen.

Dit keer willen we er graag ook een ontruimingsoefening aan koppelen, op een maandagochtend in februari (dan zijn we dicht). Kunnen jullie een offerte sturen met een paar mogelijke data?

Met vriendelijke groet,
Dennis Koster
Bedrijfsleider Brasserie De Kade
050-3187742"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Joost van Dam <ict@studio-vandam-architecten.example>",
         to="support@cloudkluis.example",
         subject="Bedankt voor de evaluatie van de storing van 26 november",
         body="""\
Beste Saskia,

Even een kort bericht om te laten weten dat we jullie evaluatie van de storing van 26 november in goede orde hebben ontvangen. Fijn dat jullie zo open zijn over wat er misging met het opslagcluster en dat er geen data verloren is gegaan. Sindsdien draait alles weer stabiel; onze tekenaars hebben nergens meer last van gehad.

Ook complimenten voor de statusupdates tijdens de uitval zelf, daar kunnen andere leveranciers een voorbeeld aan nemen.

Met vriendelijke groet,
Joost van Dam
ICT-beheer, Studio Van Dam Architecten"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Monique Bakker <monique.bakker@mailbox.example>",
         to="klantenservice@meubelplein.example",
         subject="Re: Re: Terugbetaling aanbetaling hoekbank - order MP-2026-44817",
         body="""\
Dit is nu mijn DERDE mail en ik heb nog steeds niets gehoord, laat staan mijn geld teruggezien. Jullie hebben € 650 van mij en ik heb niets gekregen. Staat het bedrag vrijdag niet op mijn rekening, dan schakel ik mijn rechtsbijstandsverzekering in.

Monique Bakker

Op 23 nov 2026 schreef Monique Bakker:
> Ik heb nog steeds geen reactie gehad op mijn mail hieronder. Wanneer krijg ik mijn aanbetaling terug?
>
> Op 9 nov 2026 schreef Monique Bakker:
>> Beste Meubelplein,
>> Op 8 oktober heb ik in jullie winkel in Ede een hoekbank besteld en € 650 aanbetaald. Vorige week werd ik gebeld dat de bank niet meer geleverd kan worden en dat de order is geannuleerd. De aanbetaling zou binnen 5 werkdagen worden teruggestort, maar ik heb nog niets ontvangen. Willen jullie dit nakijken?
>> Met vriendelijke groet, Monique Bakker"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Rutger Meijer <r.meijer@hogeschool-ijsselland.example>",
         to="servicedesk@leerplein.example",
         subject="Niemand kan inloggen via SSO - digitale tentamens om 09:00",
         body="""\
Hallo,

Sinds 08:35 krijgt iedereen die via SSO op LeerPlein wil inloggen een foutmelding. Het gaat om al onze studenten en docenten (ruim 11.000 accounts), ook accounts die gisteren nog gewoon werkten. Lokale beheeraccounts werken wel.

Uit onze logging:
  08:35:12 SAML response rejected by SP: signature validation failed
  LeerPlein: "Inloggen mislukt (fout SSO-403)" - req-id 7c1f-22ab-91e0

Vanaf 09:00 staan er in LeerPlein digitale tentamens gepland voor ongeveer 600 studenten in drie zalen. Die moeten we nu uitstellen. Aan onze kant is niets gewijzigd; kan het zijn dat jullie certificaat vannacht is vervangen?

Graag met spoed terugbellen: 038-4699120.

Rutger Meijer
Functioneel beheerder onderwijssystemen
Hogeschool IJsselland | Dienst ICT
Postbus 10012, 8000 GA Zwolle
T 038-4699120 | M 06-18442975"""),
]
