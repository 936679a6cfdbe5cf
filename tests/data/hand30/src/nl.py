# blind31 -- Dutch (nl), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sanne de Wit <sanne.dewit@postvak.example>",
         to="klantenservice@smaakbox.example",
         subject="vuurspuwer curry!!",
         body="""\
hoi! die vuurspuwer curry van deze week was echt de bom, mijn vriend ging bijna dood van de pepers maar heeft alles opgegeten haha
komt die vaker terug in het menu? dan bestel ik hem meteen voor 2 weken
groetjes Sanne"""),
    dict(n=2, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Lotte Brouwer <lotte.brouwer@thuismail.example>",
         to="info@kleintjeshuis.example",
         subject="Vraag over traphekje Fort voordat ik bestel",
         body="""\
Goedemiddag,

Ik twijfel tussen het traphekje 'Fort' en de 'Comfort Plus' en wil graag weten welke het veiligst is bovenaan de trap. Mijn neefje is vorig jaar bij mijn zus van de trap gevallen (gelukkig alleen een flinke buil), dus ik wil het deze keer goed doen.

- Kan het 'Fort' ook vastgeschroefd worden in plaats van geklemd?
- Valt het deurtje vanzelf dicht en in het slot?
- Voldoet het aan de Europese veiligheidsnorm EN 1930?

Alvast bedankt!

Met vriendelijke groet,
Lotte Brouwer"""),
    dict(n=3, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jesse Kuipers <debuurman@gamersmail.example>",
         to="feedback@noorderlichtgames.example",
         subject="Feedback op de winterupdate",
         body="""\
Hallo devs,

Eerst even: de winterupdate is echt kapot goed, die nieuwe sneeuwmap ziet er niet normaal uit. Petje af.

Maar die nieuwe eindbaas in hoofdstuk 4... ik word elke keer binnen tien seconden afgemaakt. Ik heb het gisteravond zeker 25 keer geprobeerd en mijn hele clan ligt inmiddels in een deuk, want die vuurregen van hem gaat dwars door je schild heen. Voelt een beetje oneerlijk.

Misschien een makkelijkere stand voor die baas, of een checkpoint halverwege?

Groeten,
Jesse (in-game: DeBuurman)"""),
    dict(n=4, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bas Verhoeven <bas@verhoeven-installatie.example>",
         to="support@planbord.example",
         subject="Re: Planbord onbereikbaar - error 503",
         body="""\
Hoi Mirjam,

Top, alles werkt weer! Onze planners konden om half elf weer bij de roosters. Dank voor het snelle schakelen.

Nog een vraagje: hebben jullie een statuspagina of mailinglijst waar we ons op kunnen abonneren, zodat we het een volgende keer sneller weten?

Groet,
Bas

Op di 8 dec 2026 om 09:14 schreef Bas Verhoeven <bas@verhoeven-installatie.example>:
> Goedemorgen,
> Sinds vanochtend 8 uur kan niemand bij ons meer in het planbord. We
> krijgen alleen een witte pagina met "503 Service Unavailable". Onze
> monteurs weten niet waar ze heen moeten. Graag snel een oplossing!
> Bas Verhoeven"""),
    dict(n=5, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Hans Vermeulen <h.vermeulen@kpmail.example>",
         to="klantenservice@eurospoor.example",
         subject="Omboeken treinreis naar Parijs",
         body="""\
Beste medewerker,

Ik heb een retour Amsterdam-Parijs geboekt voor 9 januari (boekingscode KX4TRP), heen met de trein van 07.16 uur. Na het congres van vorig jaar was ik helemaal gesloopt, dus dit keer wil ik liever een dag eerder vertrekken en rustig aankomen.

Kan ik de heenreis omboeken naar 8 januari, rond dezelfde tijd? En wat kost dat bij mijn tarief? Geen haast overigens, het is geen noodgeval.

Met vriendelijke groet,
Hans Vermeulen"""),
    dict(n=6, signals="-", priority="low", trap="misdirected", qt=0, reply=0,
         frm="Yusuf Aydın <yusuf.aydin@studentpost.example>",
         to="klantenservice@dijkstrabank.example",
         subject="Open sollicitatie afstudeerstage cybersecurity",
         body="""\
Geachte heer/mevrouw,

Excuses als dit het verkeerde adres is; ik kon op uw website geen apart mailadres voor stages vinden.

Ik ben vierdejaars student HBO-ICT aan de Hogeschool Amstelland en zoek vanaf februari een afstudeerstage. Mijn afstudeeronderzoek gaat over het herkennen van fraude met betaalverzoeken en phishingaanvallen op oudere klanten. Vorig jaar heb ik met een projectgroep een gesimuleerde hackaanval op een testomgeving uitgevoerd, en sindsdien wil ik dit onderwerp graag bij een bank verder uitdiepen.

Mijn cv en motivatiebrief stuur ik graag naar de juiste persoon door.

Met vriendelijke groet,
Yusuf Aydın
06-12345678"""),
    dict(n=7, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Erik Bosman <erik.bosman@bergop.example>",
         to="reizen@zekerweg-verzekeringen.example",
         subject="Wintersport en helikoptervervoer gedekt?",
         body="""\
Goedendag,

In februari ga ik met drie vrienden een week skiën in Oostenrijk. Vorig jaar brak een van hen zijn been op de zwarte piste en moest hij met de traumaheli naar beneden. Zijn verzekering betaalde uiteindelijk maar een deel, en dat heeft me aan het denken gezet.

Vandaar mijn vraag: valt wintersport standaard onder mijn doorlopende reisverzekering (polis RV-558201), of moet ik een aanvullende dekking afsluiten? En wordt een helikoptertransport na een ongeluk op de piste volledig vergoed?

Met vriendelijke groet,
Erik Bosman"""),
    dict(n=8, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mark de Groot <markdegroot@snelpost.example>",
         to="service@polder-mobiel.example",
         subject="Roamingbundel Zwitserland",
         body="""\
Hallo,

Ik ben volgende week voor mijn werk in Zürich en zag net in de app dat een databundel daar 14,99 euro per GB kost. Dat is toch gewoon diefstal? In de rest van Europa betaal ik niks extra en Zwitserland ligt er middenin.

Ik neem hem waarschijnlijk toch maar, maar ik wilde het even kwijt. Komt er ooit een voordeligere bundel voor landen buiten de EU? Dan stap ik daar meteen op over.

Groet,
Mark de Groot"""),
    dict(n=9, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Kluisje Veiligheidsnieuws <nieuws@kluisje.example>",
         to="support@fietsenhuis-online.example",
         subject="Nieuwsbrief december: zo herken je een gehackt account",
         body="""\
Hallo,

In de nieuwsbrief van december:

- Datalekken in 2026: welke grote lekken deden er dit jaar echt toe?
- Vijf tekenen dat je account gehackt is, en wat je in het eerste uur doet.
- Ransomware in het mkb: een ondernemer vertelt hoe zijn bedrijf drie dagen plat lag.
- Webinar op 14 januari: "Phishingaanval? Zo train je je team".

Tip van de maand: gebruik nooit twee keer hetzelfde wachtwoord. Met Kluisje Zakelijk hoeft dat ook niet, nu met 20% korting via de code VEILIG26.

Veilige groet,
Het Kluisje-team

Je ontvangt deze mail omdat je je hebt aangemeld op kluisje.example. Afmelden"""),
    dict(n=10, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Marjolein Kok <m.kok@thuispost.example>",
         to="skypunten@oranjeair.example",
         subject="Re: Kan niet inloggen op mijn SkyPunten-account",
         body="""\
Dag Youssef,

Het is gelukt, ik kan er weer in. Ontzettend bedankt voor het ontgrendelen!

Mag ik nog één ding vragen: ik krijg nu drie mails per week met aanbiedingen. Kan ik die uitzetten en wel de berichten over mijn vluchten blijven ontvangen?

Hartelijke groet,
Marjolein Kok

Op vr 4 dec 2026 om 21:03 schreef Marjolein Kok <m.kok@thuispost.example>:
> Goedenavond,
> Ik kan niet meer inloggen op mijn SkyPunten-account. Na drie keer een
> verkeerd wachtwoord staat er dat mijn account geblokkeerd is. Ik wil
> volgende week mijn punten gebruiken voor een vlucht naar Lissabon.
> Lidnummer 2209 4471 88.
> Marjolein Kok"""),
    dict(n=11, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Els Bakker <els.bakker@zuidpost.example>",
         to="gastenservice@hotelmaasoever.example",
         subject="Compliment voor uw nachtportier",
         body="""\
Geachte directie,

Van 27 tot 29 november verbleven mijn man en ik in uw hotel in Maastricht (kamer 214). Ik wil u graag laten weten hoe goed uw personeel handelde toen in de nacht van zaterdag op zondag om een uur of drie het brandalarm afging.

Het bleek loos alarm: een gast had op zijn kamer stiekem een sigaret opgestoken. Toch werden alle gasten rustig en duidelijk naar buiten begeleid, kregen we dekens en warme chocolademelk, en na twintig minuten mochten we weer naar binnen. De nachtportier, Ruud, hield iedereen met veel humor kalm.

Wij komen zeker terug.

Met vriendelijke groet,
Els en Wim Bakker"""),
    dict(n=12, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Noor Hendriks <noor.hendriks@mailbox.example>",
         to="cursussen@taalhuis-delta.example",
         subject="Inschrijving stoomcursus Spaans",
         body="""\
Hallo,

Sorry voor mijn late reactie op jullie mail over de inschrijving. Mijn laptop is vorige week gecrasht en ik was een paar dagen alles kwijt, maar nu ben ik er weer.

Ik wil me graag aanmelden voor de stoomcursus Spaans voor beginners die op 12 januari begint. Is er nog plek? Ik vertrek in april voor een half jaar naar Valencia, dus ik zit een beetje krap in mijn tijd.

En zit het lesboek bij de cursusprijs inbegrepen of moet ik dat zelf bestellen?

Groetjes,
Noor Hendriks"""),
    dict(n=13, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Dirk Smit <dirk.smit@ijsselpost.example>",
         to="winkel@tweewielerhuis.example",
         subject="Welk slot voor een nieuwe e-bike?",
         body="""\
Hoi,

Vorige maand is mijn e-bike bij het station in Zwolle gestolen (niet bij jullie gekocht, hoor). Nu wil ik bij jullie de Stadsflitser E7 kopen, maar ik wil niet dat dit nog eens gebeurt.

Welk slot raden jullie aan, en kunnen jullie er een kettingslot bij leveren dat aan het ringslot vastklikt? Verkopen jullie ook een diefstalverzekering of een gps-tracker die in het frame past?

Als ik zaterdag langskom voor een proefrit, moet ik dan een afspraak maken?

Groet,
Dirk Smit"""),
    dict(n=14, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Femke van Dam <femkevandam@webpost.example>",
         to="hallo@ademruimte-app.example",
         subject="Bedankt + een wens",
         body="""\
Beste makers van de app,

Vorig jaar rond deze tijd was ik volledig opgebrand. Burn-out, drie maanden thuis, ik zat er echt helemaal doorheen. Mijn huisarts raadde me jullie app aan, en de ademhalingsoefeningen van vijf minuten hebben me er echt doorheen gesleept. Sinds september werk ik weer volledig.

Eén wens: zou er een donkere modus kunnen komen? Ik doe de oefeningen vaak 's avonds in bed en dan is het scherm best fel.

Hartelijke groet,
Femke van Dam"""),
    dict(n=15, signals="safety", priority="critical", trap="on-behalf", qt=0, reply=0,
         frm="Annemiek Visser <annemiek.visser@gelderpost.example>",
         to="service@witgoedcentrale.example",
         subject="Wasdroger van mijn vader begon te roken",
         body="""\
Goedemiddag,

Ik mail namens mijn vader, de heer G. Visser (83), want hij heeft zelf geen e-mail. Hij heeft in september bij u een wasdroger gekocht, de DroogMax 8 kg (factuurnummer 2026-0918-331).

Vanochtend belde hij me in paniek op: de droger maakte een raar zoemend geluid, daarna kwam er rook uit de achterkant en rook het in de hele bijkeuken naar verbrand plastic. Hij heeft gelukkig meteen de stekker eruit getrokken. De achterwand is zwartgeblakerd en het stopcontact is deels gesmolten.

Hij durft de machine niet meer aan te raken. Kunt u de droger zo snel mogelijk laten ophalen en laten weten of er een terugroepactie loopt? Hij woont in Apeldoorn, Dorpsstraat 12.

Met vriendelijke groet,
Annemiek Visser
06-48213377"""),
    dict(n=16, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Pieter Mulder <pieter.mulder@kabelpost.example>",
         to="klantenservice@kaartplus.example",
         subject="Betalingen die ik niet heb gedaan!!",
         body="""\
Goedenavond,

Ik zie net in de app drie betalingen op mijn creditcard die ik niet heb gedaan:

03-12  MKTPLACE*VILNIUS LT     EUR 349,00
03-12  GAMEVAULT.EXAMPLE       EUR 120,00
04-12  MKTPLACE*VILNIUS LT     EUR 412,50

Ik ben de hele week gewoon thuis geweest en de kaart zit in mijn portemonnee. Iemand moet mijn kaartgegevens gestolen hebben. Ik wil dat de kaart direct geblokkeerd wordt en ik wil mijn geld terug. Ik bel al een uur maar krijg niemand aan de lijn.

Kaart eindigend op 8812.

Pieter Mulder"""),
    dict(n=17, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="C.J. de Bruin <cj.debruin@debruinadvies.example>",
         to="support@boekhoudgemak.example",
         subject="Gegevens van een ander bedrijf zichtbaar in onze administratie",
         body="""\
Geachte heer, mevrouw,

Bij het openen van ons boekhoudpakket zagen wij vanochtend in het overzicht 'Verkoopfacturen' tientallen facturen die niet van ons zijn. Ze behoren toe aan een ander bedrijf, Bouwbedrijf Van Rijn B.V., inclusief namen, adressen en IBAN-nummers van hun klanten en in enkele gevallen loonstroken met burgerservicenummer.

Wij hebben niets gedownload en het scherm direct gesloten, maar wij gaan ervan uit dat het omgekeerde ook mogelijk is en dat onze gegevens bij anderen zichtbaar zijn. Dit lijkt ons een datalek dat bij de Autoriteit Persoonsgegevens gemeld moet worden.

Wij verzoeken u dringend het probleem te onderzoeken en ons vandaag nog te laten weten welke gegevens van ons kantoor mogelijk door derden zijn ingezien.

Hoogachtend,

mr. C.J. de Bruin
Directeur, De Bruin Juridisch Advies
Klantnummer 118-4402"""),
    dict(n=18, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Rob Hoekstra <rob@bakkerijhoekstra.example>",
         to="storingen@kassalink.example",
         subject="KASSA'S LIGGEN PLAT!!!",
         body="""\
Sinds 8 uur vanochtend doen onze kassa's helemaal niks meer. Scherm blijft hangen op "verbinding met server maken" en de pinautomaat krijgt geen bedrag door. Zaterdag voor kerst, de winkel staat vol en klanten lopen weg omdat ze niet kunnen afrekenen. Dit kost ons honderden euro's per uur.

Al drie keer gebeld, steeds in de wacht. BEL ME TERUG: 06-55512904.

Rob Hoekstra
Bakkerij Hoekstra, Leeuwarden (3 filialen)"""),
    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Priscilla Doornbos <pdoornbos@thuispost.example>",
         to="klantenservice@glasvezelnoord.example",
         subject="internet ligt al 2 dagen plat",
         body="""\
hallo, sinds zondagavond doet ons internet het niet meer. modem knippert oranje, al 3x gereset. ik werk thuis en moet nu elke dag met mijn laptop naar de bieb. storingsnummer uit de app: ST-778120. wanneer komt er een monteur?
gr Priscilla Doornbos
klantnummer 40023817"""),
    dict(n=20, signals="outage,account", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Wendy Kramer <w.kramer@kramerenzonen.example>",
         to="support@postduif-mail.example",
         subject="Inloggen via SSO werkt niet voor een deel van ons team",
         body="""\
Beste support,

Sinds de update van gisteravond kunnen zes van onze achttien medewerkers niet meer inloggen in de mobiele app via 'Inloggen met Microsoft'. Na het invoeren van hun gegevens krijgen ze de melding:

  AADSTS50011: The redirect URI specified in the request does not match.

Wat we weten:
- Het gaat alleen om collega's met de nieuwe versie van de app (4.2).
- Via de browser op de laptop lukt inloggen wel.
- Met een app-wachtwoord kunnen ze voorlopig toch hun mail op de telefoon lezen.

We kunnen dus door, maar het is wel lastig voor de chauffeurs onderweg. Kunnen jullie kijken wat er mis is?

Met vriendelijke groet,
Wendy Kramer
Officemanager, Kramer & Zonen Transport"""),
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Kees van Leeuwen <keesvanleeuwen@hetnet.example>",
         to="klantenservice@boodschappenbus.example",
         subject="Twee keer afgeschreven voor bestelling",
         body="""\
Hallo,

Voor mijn boodschappenbestelling van dinsdag 1 december is het bedrag twee keer van mijn rekening afgeschreven. Hieronder de gegevens uit de bevestigingsmail:

  Bestelnummer:   BB-2026-558741
  Bezorgd op:     dinsdag 1 december, 18.00-19.00 uur
  Totaal:         EUR 87,46
  Betaald met:    iDEAL

Op mijn afschrift staan twee afschrijvingen van EUR 87,46 met dezelfde omschrijving. Willen jullie er één terugstorten?

Alvast bedankt,
Kees van Leeuwen"""),
    dict(n=22, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lisa Mertens <lisa.mertens@studentmail.example>",
         to="help@tweedekans-markt.example",
         subject="uitbetaling komt niet binnen",
         body="""\
Hallo,

Ik heb op 24 november mijn oude racefiets via jullie site verkocht voor 650 euro (advertentie 3390-1187). De koper heeft betaald via 'Veilig betalen', het pakket is bezorgd en hij heeft bevestigd dat alles in orde is. Maar het geld staat nog steeds op 'in behandeling' en komt maar niet op mijn rekening.

Ik heb dat geld echt nodig voor mijn huur, die uiterlijk de 15e betaald moet zijn, anders krijg ik een boete van mijn verhuurder... Kunnen jullie het alsjeblieft vandaag nog uitbetalen?

Groetjes,
Lisa Mertens"""),
    dict(n=23, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Rutger van Dijk <r.vandijk@webpost.example>",
         to="help@kijkflix.example",
         subject="Kan niet meer inloggen, resetmail komt niet",
         body="""\
Hoi,

Ik heb een nieuwe telefoon en weet mijn wachtwoord niet meer, dus sinds gisteren kan ik niet meer inloggen op mijn account (r.vandijk@webpost.example). Ik heb drie keer op 'Wachtwoord vergeten' gedrukt maar er komt geen mail binnen, ook niet in de spam.

Mijn abonnement loopt gewoon door, dus ik wil wel graag weer kunnen kijken. Kunnen jullie mijn account resetten of de mail opnieuw sturen?

Groet,
Rutger van Dijk"""),
    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jelle Postma <j.postma@oudenaam.example>",
         to="support@klantkompas-crm.example",
         subject="Inlog-e-mailadres wijzigen",
         body="""\
Goedemorgen,

Ons bedrijf krijgt per 1 januari een nieuwe domeinnaam. Hoe kan ik het e-mailadres waarmee ik inlog in het CRM wijzigen van j.postma@oudenaam.example naar j.postma@nieuwenaam.example? Blijven mijn contacten, notities en de koppeling met mijn agenda dan gewoon behouden?

Bij voorbaat dank,
Jelle Postma"""),
]
