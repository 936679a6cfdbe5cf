# blind32 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sanne Verbeek <sanne.verbeek@ziggomail.example>",
         to="klantenservice@belmobiel.example",
         subject="Re: Storing mobiel netwerk Zwolle-Zuid",
         body="""\
Bedankt, alles doet het weer!

Sanne

Op di 1 dec. 2026 om 09:14 schreef BelMobiel Klantenservice <klantenservice@belmobiel.example>:
> Beste Sanne,
>
> Er is op dit moment een storing in ons mobiele netwerk in Zwolle-Zuid.
> Bellen en mobiel internet werken daardoor niet. Onze monteurs zijn ermee
> bezig.
>
> Met vriendelijke groet,
> Klantenservice BelMobiel"""),
    dict(n=2, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Hendrik de Graaf <h.degraaf@degraafadvies.example>",
         to="service@kroonkaart.example",
         subject="RE: Creditcard gestolen - graag direct blokkeren",
         body="""\
Geachte heer/mevrouw,

Vandaag heb ik de nieuwe creditcard ontvangen en geactiveerd. Er zijn geen
verdere afschrijvingen geweest die ik niet herken. U kunt het dossier wat mij
betreft sluiten.

Met vriendelijke groet,
H. de Graaf

> Van: Hendrik de Graaf <h.degraaf@degraafadvies.example>
> Verzonden: zondag 29 november 2026 23:10
> Aan: service@kroonkaart.example
> Onderwerp: Creditcard gestolen - graag direct blokkeren
>
> Geachte heer/mevrouw,
> Vanavond is in Antwerpen mijn portemonnee gestolen, met daarin mijn
> creditcard (eindigend op 9012). Wilt u de kaart per direct blokkeren?
> H. de Graaf"""),
    dict(n=3, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Fatima El Amrani <fatima.elamrani@webpost.example>",
         to="support@koopplein.example",
         subject="Re: Geld niet terug na geannuleerde bestelling",
         body="""\
Hoi Mark,

Het geld staat inmiddels weer op mijn rekening, dank je wel!

Ik heb nog een vraagje: ik wil mijn volgende bestelling laten bezorgen bij
mijn moeder (Kastanjelaan 14, 3521 AB Utrecht) in plaats van bij mij thuis.
Kan ik dat gewoon bij het afrekenen aanpassen, of moet ik daarvoor een
tweede adres in mijn profiel toevoegen?

Groetjes,
Fatima

Op 2 dec. 2026 om 13:45 heeft Koopplein Support <support@koopplein.example> het volgende geschreven:
> Hoi Fatima,
> De verkoper heeft je bestelling KP-2290341 geannuleerd, maar het bedrag
> van EUR 64,95 is nog niet teruggestort. We hebben dit nagevraagd en de
> terugbetaling wordt binnen 3 werkdagen verwerkt.
> Groet, Mark - Koopplein"""),
    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Joost Mulder <joost@mulderklussen.example>",
         to="helpdesk@boekhoudbaas.example",
         subject="Re: Kan niet inloggen, telefoon met authenticator kwijt",
         body="""\
Op do 3 dec. 2026 om 11:20 schreef Helpdesk BoekhoudBaas <helpdesk@boekhoudbaas.example>:
> Beste Joost,
>
> We hebben de tweestapsverificatie op je account uitgeschakeld. Je kunt
> nu inloggen met alleen je wachtwoord en daarna 2FA opnieuw instellen
> met je nieuwe telefoon.
>
> Groet,
> Helpdesk BoekhoudBaas

Gelukt, ik kan er weer in en 2FA staat weer aan op de nieuwe telefoon. Top, dank!

Joost Mulder
Mulder Klussen"""),
    dict(n=5, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Wim Jacobs <wim.jacobs@kpnpost.example>",
         to="klantenservice@spoorlijn-reizen.example",
         subject="Antw: Te veel afgeschreven, vergeten uit te checken",
         body="""\
Beste mevrouw Bos,

Dank u voor het terugstorten van de EUR 20,00, dat is in orde.

Maar nu is er iets anders. Sinds gisteren kan ik niet meer inloggen in Mijn
Spoorlijn. Ik krijg de melding "Uw account is tijdelijk geblokkeerd" en als
ik op "wachtwoord vergeten" druk, krijg ik geen mail. Mijn OV-kaart en mijn
abonnement hangen aan dat account, dus ik wil er graag weer in.

Met vriendelijke groet,
Wim Jacobs
Klantnummer 88-201-774

>>> Klantenservice Spoorlijn 01-12-2026 10:32 >>>
> Beste heer Jacobs,
> Op 24 november bent u niet uitgecheckt in Amersfoort, waardoor er EUR 20,00
> is afgeschreven. Wij storten dit bedrag binnen vijf werkdagen terug.
> Met vriendelijke groet, Ilse Bos"""),
    dict(n=6, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Marloes Kuipers <marloes.kuipers@kuipersnet.example>",
         to="praktijk@tandartsaandemaas.example",
         subject="Re: Ernstige zwelling en koorts na trekken kies",
         body="""\
Beste assistente,

Ik mail weer namens mijn vader, de heer Kuipers. Met hem gaat het gelukkig
een stuk beter: de antibiotica hebben hun werk gedaan en de zwelling is
bijna weg. Hartelijk dank dat u hem zondag zo snel heeft doorgestuurd.

Hij heeft volgende week dinsdag om 10.15 uur de controle staan, maar kan dan
niet. Zou die verzet kunnen worden naar donderdag, liefst in de ochtend?

Vriendelijke groet,
Marloes Kuipers (dochter van Gerrit Kuipers, geb. 12-03-1948)

Op zo 29 nov. 2026 om 08:05 schreef Marloes Kuipers <marloes.kuipers@kuipersnet.example>:
> Goedemorgen,
> Mijn vader heeft vrijdag een kies laten trekken bij u. Sinds gisteravond
> is zijn wang enorm opgezwollen, hij heeft 39,5 graden koorts en kan
> slecht slikken. Wat moeten we doen?
> Marloes Kuipers"""),
    dict(n=7, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Pieter van Dam <pieter@vandamfotografie.example>",
         to="support@wolkbox.example",
         subject="Re: Synchronisatie werkt bij niemand meer",
         body="""\
Hallo Lotte,

Antwoorden hieronder.

Op vr 4 dec. 2026 om 15:02 schreef WolkBox Support <support@wolkbox.example>:
> De storing in onze synchronisatiedienst is sinds 14.30 uur verholpen.
> Kun je bevestigen dat je bestanden weer synchroniseren?

Ja, alles staat weer netjes op beide laptops en op de NAS.

> Mis je nog bestanden of mappen?

Nee, niets kwijt, ik heb het gecontroleerd.

Complimenten trouwens voor de snelle updates op jullie statuspagina. Het
ticket mag dicht.

Groet,
Pieter van Dam"""),
    dict(n=8, signals="outage", priority="high", trap="safety", qt=1, reply=1,
         frm="Ingrid Smits <ingrid.smits@smitsthuis.example>",
         to="klantenservice@versvoorjou.example",
         subject="Re: Glasscherf in pot pastasaus",
         body="""\
Hallo,

Dank voor de terugbetaling en dat jullie de partij uit de verkoop hebben
gehaald.

Nu iets heel anders: sinds de update van gisteren opent jullie app helemaal
niet meer, hij crasht meteen na het opstarten. Op de website krijg ik bij
"Bestellen" alleen een foutmelding ("Er ging iets mis, code 500"). Mijn
buurvrouw heeft precies hetzelfde. Ik kan dus al twee dagen geen
boodschappen bestellen en ik ben slecht ter been.

Ingrid Smits

Op 30 nov. 2026 om 17:48 heeft Ingrid Smits <ingrid.smits@smitsthuis.example> het volgende geschreven:
> In de pot pastasaus uit mijn bezorging van vandaag zat een scherf glas.
> Ik had al een hap genomen en heb in mijn mond gesneden. Dit had heel
> anders kunnen aflopen. Bestelnummer VV-551902."""),
    dict(n=9, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Ruben Hoekstra <ruben.hoekstra@hoekstra-ict.example>",
         to="reserveringen@hotelduinzicht.example",
         subject="Re: Spaarpunten verdwenen uit mijn account",
         body="""\
Goedemiddag,

De punten staan er weer op, bedankt voor het uitzoeken.

Wij komen op 18 december aan voor twee nachten (reservering DZ-30917). Kunt
u mij laten weten vanaf hoe laat we kunnen inchecken en of er parkeerplaats
bij het hotel is? We komen met de auto.

Met vriendelijke groet,
Ruben Hoekstra

> Van: Hotel Duinzicht Reserveringen
> Verzonden: woensdag 2 december 2026 11:37
> Aan: Ruben Hoekstra
> Onderwerp: RE: Spaarpunten verdwenen uit mijn account
>
> Beste heer Hoekstra,
> Door een fout bij de koppeling van uw oude en nieuwe account zijn uw
> 12.400 spaarpunten tijdelijk niet zichtbaar. Wij zetten ze zo snel
> mogelijk terug."""),
    dict(n=10, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Daan Koster <daankoster07@gamemail.example>",
         to="support@pixelforge-games.example",
         subject="Re: Betaald maar geen coins ontvangen",
         body="""\
heb ze binnen, thx!

Verstuurd vanaf mijn telefoon

> Op 5 dec. 2026 om 19:22 schreef PixelForge Support:
> Hoi Daan, sorry dat je aankoop van 2500 coins (EUR 19,99) niet is
> aangekomen. We hebben het nagekeken en de coins handmatig toegevoegd."""),
    dict(n=11, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Annelies Brouwer <a.brouwer@brouwerbakkerij.example>",
         to="zakelijk@rijnlandbank.example",
         subject="Re: Re: Internetbankieren doet het niet",
         body="""\
Beste meneer Hamdi,

Bedankt, vanochtend kon ik weer gewoon inloggen en de lonen zijn verstuurd.

Een andere vraag: is het kantoor in Leiden op zaterdag nog open? Ik moet een
handtekening komen zetten voor de nieuwe zakelijke rekening.

Met vriendelijke groet,
Annelies Brouwer
Bakkerij Brouwer

Op wo 2 dec. 2026 om 16:40 schreef Rijnlandbank Zakelijk:
> Beste mevrouw Brouwer,
> Er is een storing in internetbankieren voor zakelijke klanten. We
> verwachten dat die vanavond is opgelost.
>
> Op wo 2 dec. 2026 om 14:12 schreef Annelies Brouwer:
> > Ik kan al de hele dag niet inloggen op internetbankieren, er komt
> > alleen een foutmelding. Ik moet vandaag de lonen betalen!"""),
    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Theo Vermeulen <theo.vermeulen@vermeulen-online.example>",
         to="klantenservice@groenstroom-energie.example",
         subject="Re: Kan niet inloggen op Mijn GroenStroom",
         body="""\
Hallo,

Inloggen lukt nu, dank u.

Maar nu ik er eindelijk in kan, zie ik dat mijn termijnbedrag per december
is verhoogd van EUR 118 naar EUR 236. Mijn verbruik is niet veranderd en ik
heb hier geen bericht over gehad. Het bedrag is gisteren al afgeschreven.
Dit klopt toch niet? Graag het verschil terugstorten en het termijnbedrag
corrigeren.

Groet,
Theo Vermeulen
Klantnummer 5501-8832

Op ma 30 nov. 2026 om 10:05 schreef GroenStroom Klantenservice:
> Beste heer Vermeulen,
> Uw account was nog gekoppeld aan uw oude e-mailadres. We hebben dit
> aangepast; u kunt nu inloggen met theo.vermeulen@vermeulen-online.example."""),
    dict(n=13, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Lisa Jansen <l.jansen@student.hogeschoolwest.example>",
         to="privacy@hogeschoolwest.example",
         subject="Re: Datalek studentgegevens - zijn mijn gegevens gelekt?",
         body="""\
Beste meneer De Wit,

Dank voor de duidelijke uitleg, dat stelt me gerust. Ik heb mijn wachtwoord
voor de zekerheid toch maar veranderd.

Nog een vraag die er los van staat: weet u wanneer het tentamenrooster voor
blok 3 bekend wordt? Op het studentenportaal staat nog niets.

Groeten,
Lisa Jansen
Studentnummer 4410276

> Van: Lisa Jansen
> Verzonden: maandag 30 november 2026 20:11
> Aan: privacy@hogeschoolwest.example
> Onderwerp: Datalek studentgegevens - zijn mijn gegevens gelekt?
>
> Ik las in de mail van de hogeschool dat er bij een datalek namen,
> adressen en BSN-nummers van studenten zijn buitgemaakt. Hoort mijn
> dossier daar ook bij? Ik maak me zorgen over identiteitsfraude."""),
    dict(n=14, signals="safety", priority="critical", trap="outage", qt=1, reply=1,
         frm="Maarten Bosman <maarten.bosman@bosman-bv.example>",
         to="service@elektra-auto.example",
         subject="Re: App geeft geen verbinding met auto",
         body="""\
Goedemorgen,

De app werkt weer, dat is opgelost.

Maar er is iets ernstigers. Vanochtend op de A28 kwam er op het dashboard
"Remsysteem storing - stop veilig" in beeld en het rempedaal voelde opeens
slap aan, ik moest veel harder trappen dan normaal. Ik ben op de vluchtstrook
gestopt en heb de auto laten staan. Hoe snel kan iemand ernaar kijken? Ik
durf er niet meer in te rijden.

Maarten Bosman
06 12345 678
Kenteken X-321-BN

Op 1 dec. 2026 om 08:30 heeft Elektra Service <service@elektra-auto.example> het volgende geschreven:
> Beste heer Bosman,
> Er is momenteel een landelijke storing in de Elektra-app, waardoor
> voorverwarmen en de laadstatus niet werken. We werken aan een oplossing."""),
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Kevin Dijkstra <kevin.dijkstra@dijkstramail.example>",
         to="service@voltix-electronics.example",
         subject="Re: Laptopaccu opgezwollen - RMA 600214",
         body="""\
Het is weer mis. De vervangende accu die jullie hebben ingebouwd is na twee
weken óók opgezwollen, het touchpad komt omhoog en de onderkant wordt
gloeiend heet tijdens het laden. Ik heb hem uit het stopcontact gehaald en
op het balkon gezet. Ik wil geen derde accu, ik wil een ander apparaat.

Kevin Dijkstra

Op 16 nov. 2026 om 14:20 schreef Voltix Service:
> Beste Kevin, de accu van je laptop is vervangen en het toestel is
> vandaag naar je verzonden."""),
    dict(n=16, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Noor Visser <noorvisser@fietspost.example>",
         to="werkplaats@snelfiets.example",
         subject="Re: Achterrem e-bike werkt slecht",
         body="""\
Hoi,

Ik had de fiets vrijdag opgehaald na de reparatie, maar de achterrem doet
het nog steeds niet goed. Gisteren bergaf bij de brug remde hij bijna niet
en ben ik net niet onder een auto terechtgekomen. Ik rij er niet meer op tot
het echt goed is.

Kunnen jullie hem morgen ophalen? Ik ben de hele dag thuis.

Noor Visser
06 98765 432

Op 2 dec. 2026 om 11:02 schreef Werkplaats SnelFiets:
> Hoi Noor, we hebben de remblokken vervangen en de remkabel afgesteld.
> Je fiets staat klaar om op te halen."""),
    dict(n=17, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Bram Claassen <bramc@thuismail.example>",
         to="storingen@glasweb.example",
         subject="Re: Geen internet - storingsnummer ST-88402",
         body="""\
Nog steeds niks. Lampje op het modem blijft rood.

Bram

Op za 5 dec. 2026 om 10:15 schreef GlasWeb Storingsdienst:
> Beste Bram, we hebben je verbinding op afstand opnieuw ingesteld. Zet
> je modem 30 seconden uit en weer aan."""),
    dict(n=18, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Esther van Leeuwen <esther@leeuwenarchitecten.example>",
         to="support@planbord.example",
         subject="RE: RE: RE: Planbord onbereikbaar - DERDE MAIL",
         body="""\
Dit is mijn derde mail en ik heb nog steeds alleen automatische antwoorden
gehad.

Sinds donderdagochtend kan niemand van ons bureau (25 mensen) in Planbord.
We krijgen alleen "Service tijdelijk niet beschikbaar". Al onze projecten,
deadlines en tekeningen staan erin. Vandaag hebben we een oplevering bij een
klant en we kunnen niet bij de stukken. Volgens ons contract hebben we recht
op een reactie binnen 4 uur.

Bel mij vandaag nog: 020 123 4567.

Esther van Leeuwen
Directeur, Van Leeuwen Architecten

> Op vr 4 dec. 2026 schreef Esther van Leeuwen:
> Planbord werkt nog steeds niet voor ons hele team. Graag snel reactie.
>
> > Op do 3 dec. 2026 schreef Esther van Leeuwen:
> > Goedemorgen, Planbord laadt bij geen van onze medewerkers. Is er een
> > storing?"""),
    dict(n=19, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Gerda Hofman <gerda.hofman@postvak.example>",
         to="helpdesk@postvak.example",
         subject="Re: Mails komen met uren vertraging binnen",
         body="""\
Goedemiddag,

Helaas is het niet opgelost, eerder erger geworden. De mail die mijn zus om
9.02 uur verstuurde kwam bij mij om 14.40 uur binnen. Versturen gaat wel
gewoon, alleen het ontvangen loopt enorm achter. Ik verwacht deze week
belangrijke post van de notaris, dus ik hoop dat u er nog eens naar kijkt.

Vriendelijke groet,
Gerda Hofman

Op 1 dec. 2026 om 16:30 heeft Postvak Helpdesk het volgende geschreven:
> Beste mevrouw Hofman,
> Er was vanochtend een vertraging bij het afleveren van e-mail. Dit zou
> inmiddels verholpen moeten zijn."""),
    dict(n=20, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Rob Peeters <rob.peeters@peetersbouw.example>",
         to="schade@zekerheid-verzekeringen.example",
         subject="Re: Uitkering schade lekkage - dossier 2026-44871",
         body="""\
Geachte heer/mevrouw,

Op 18 november schreef u dat de uitkering van EUR 3.150,00 binnen tien
werkdagen zou worden overgemaakt. Die termijn is inmiddels verstreken en er
is nog niets op mijn rekening (NL00 RABO 0123 4567 89) bijgeschreven. De
aannemer wil de rekening voor het herstel van het plafond betaald zien.

Graag hoor ik wanneer het bedrag wordt overgemaakt.

Met vriendelijke groet,
R. Peeters

> Van: Zekerheid Verzekeringen, afdeling Schade
> Verzonden: woensdag 18 november 2026 15:22
> Aan: Rob Peeters
> Onderwerp: Uitkering schade lekkage - dossier 2026-44871
>
> Geachte heer Peeters,
> Uw schade is goedgekeurd. Het bedrag van EUR 3.150,00 wordt binnen
> tien werkdagen op uw rekening gestort."""),
    dict(n=21, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Yvonne Smeets <yvonne.smeets@smeetsmail.example>",
         to="klantenservice@modehuis-online.example",
         subject="Re: Re: Retour ontvangen maar geen geld terug!!",
         body="""\
Voor de DERDE keer: ik wil mijn geld terug!

Op 6 november heb ik twee jassen teruggestuurd (bestelling MH-7720193,
samen EUR 289,90). Volgens de track & trace zijn ze op 9 november bij jullie
magazijn afgeleverd. Het is nu december en ik heb nog geen cent gezien. Op
mijn vorige twee mails heb ik alleen een automatisch antwoord gekregen.

Als het geld er deze week niet is, dien ik een klacht in bij de
Geschillencommissie en doe ik een terugboeking via mijn creditcard.

Yvonne Smeets

> Op 24 nov. 2026 schreef Yvonne Smeets:
> Ik heb nog steeds geen terugbetaling ontvangen voor bestelling MH-7720193.
>
> > Op 16 nov. 2026 schreef Yvonne Smeets:
> > Mijn retour is op 9 november bij jullie aangekomen. Wanneer krijg ik
> > mijn geld terug?"""),
    dict(n=22, signals="payment,account", priority="medium", trap="-", qt=0, reply=1,
         frm="Mehmet Yilmaz <mehmet.yilmaz@yilmazpost.example>",
         to="help@kijkstroom.example",
         subject="Re: Abonnement opgezegd maar toch betaald",
         body="""\
Hallo,

Weer afgeschreven, EUR 13,99 op 1 december. U zei dat het abonnement was
stopgezet. Ik wil het zelf ook controleren, maar ik kan niet meer inloggen,
de site zegt "geen account gevonden met dit e-mailadres". Dus ik betaal voor
een account dat volgens jullie niet bestaat?

Graag beide bedragen terug en een bevestiging dat het nu echt gestopt is.

Mehmet Yilmaz

Op 3 nov. 2026 om 12:10 schreef KijkStroom Help:
> Beste Mehmet, we hebben je abonnement beëindigd en de afschrijving van
> november teruggestort. Je wordt niet meer gefactureerd."""),
    dict(n=23, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Karin Wouters <karin.wouters@woutersgezin.example>",
         to="administratie@obsdewilgen.example",
         subject="Re: Ouderportaal - geen toegang",
         body="""\
Beste juf Anja,

Ik heb het geprobeerd met de nieuwe inlogcode die u stuurde, maar het lukt
nog altijd niet. Ik zie nu "Deze code is al gebruikt of verlopen". Ik kan
dus de rapporten van Sem en Julia niet inzien en me niet inschrijven voor de
oudergesprekken.

Zou u nog eens kunnen kijken?

Hartelijke groet,
Karin Wouters

Op wo 2 dec. 2026 om 13:05 schreef Administratie OBS De Wilgen:
> Beste mevrouw Wouters,
> Hierbij een nieuwe inlogcode voor het ouderportaal: WLG-4821-KW.
> Met vriendelijke groet, Anja de Boer"""),
    dict(n=24, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Jeroen Lambrechts <jeroen.lambrechts@lambrechts.example>",
         to="service@noordzee-airways.example",
         subject="Re: Verkeerde naam op mijn profiel - kan niet inchecken",
         body="""\
Goedenavond,

Ondanks uw toezegging staat er op mijn Noordzee Club-profiel nog altijd
"Jeroen Lambert" in plaats van "Jeroen Lambrechts", en online inchecken wordt daardoor geweigerd omdat de naam
niet overeenkomt met mijn paspoort. Ik vlieg morgenochtend om 07.05 uur naar
Lissabon (boeking NZ8K4T). Wilt u dit vanavond nog corrigeren?

Met vriendelijke groet,
Jeroen Lambrechts
Lidnummer NC 3390 1187

> Van: Noordzee Airways Service
> Verzonden: donderdag 3 december 2026 17:20
> Aan: Jeroen Lambrechts
> Onderwerp: RE: Verkeerde naam op mijn profiel - kan niet inchecken
>
> Beste heer Lambrechts,
> Wij passen uw naam binnen 48 uur aan in uw profiel."""),
]
