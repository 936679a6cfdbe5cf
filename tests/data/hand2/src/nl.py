# Blind hand-written test set, Dutch.
# Written without looking at the triage tool's rules, its tests or any other hand-written set.
# Labels follow /work/shared/corpus/labelled/val-hand/README.md (signals in precedence order
# safety,outage,payment,account; priorities critical/high/medium/low; trap-class words).
# Names, companies, addresses and numbers are invented; all domains are *.example.
#
#  1-4   safety (critical)            5-9   outage
# 10-13  payment                      14-17 account
# 18-22  hard negatives (gold '-')    23-24 context rows (scale, workaround)

MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Jeroen Bakker <jeroen.bakker@postbus.example>",
         to="service@zoefstep.example",
         subject="Accu van mijn step ging sissen in de gang",
         body="""Goedemiddag,

Gisteravond stond mijn Zoef S2 in de gang aan de lader, zoals elke avond. Rond elf uur hoorde ik een sissend geluid en er hing een scherpe chemische lucht. Het accuvak onder de plank was bol gaan staan en zo heet dat ik de step met ovenwanten naar buiten heb gedragen. Daar heeft hij nog een hele tijd liggen knetteren.

Niemand gewond, maar ik moet er niet aan denken dat dit 's nachts was gebeurd terwijl we sliepen, de gang is onze enige uitgang. De step is 7 maanden oud, gekocht via jullie webshop (order ZS-20931).

Ik wil weten wat jullie hiermee doen en of andere klanten dit ook hebben gehad.

Jeroen Bakker"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Fatima el Amrani <f.elamrani@postbus.example>",
         to="reparaties@woonstichtingdelta.example",
         subject="Plafond badkamer komt naar beneden",
         body="""Beste mensen van Woonstichting Delta,

Sinds de lekkage bij de bovenburen in oktober zit er een scheur in het plafond van onze badkamer. Ik heb dat toen gemeld (melding 2026-18832) maar er is nooit iemand gekomen. Vanochtend zijn er stukken stucwerk zo groot als een dienblad naar beneden gevallen, vlak naast het bad waar mijn dochter van 4 een half uur eerder nog in zat. Het plafond hangt nu door en je kunt de balken zien, die zijn nat en donker.

We gebruiken de badkamer niet meer. Kan er vandaag iemand komen kijken? Ik ben bang dat de rest ook naar beneden komt.

Fatima el Amrani
Parkstraat 31-2"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Sanne de Vries <sanne.devries@postbus.example>",
         to="klantenservice@smulbezorgd.example",
         subject="Notenvrij gerecht bevatte pinda - zoon in ziekenhuis",
         body="""Hallo,

Gisteravond hebben we via jullie app bij Wok & Co in Utrecht een kipgerecht besteld dat in de app als "notenvrij" staat, en ik had er in de opmerkingen ook nog bij gezet dat mijn zoon een ernstige pinda-allergie heeft. Na een paar happen kreeg hij dikke lippen en moeite met ademen. We hebben zijn EpiPen gebruikt en 112 gebeld, hij heeft de nacht in het ziekenhuis gelegen. Achteraf zagen we dat er pindasaus door de saus zat.

Hij is nu gelukkig weer thuis. Maar het label in jullie app klopt niet en dit kan een volgende keer veel slechter aflopen. Ik wil dat jullie dit gerecht per direct offline halen en contact met mij opnemen.

Sanne de Vries
bestelnummer SB-7721904"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Thomas Visser <thomas.visser@postbus.example>",
         to="support@snelpakket.example",
         subject="Ik kan de gegevens van andere ontvangers zien",
         body="""Hoi,

Ik volgde mijn pakket via jullie site met de link uit de sms. Het zendingnummer staat gewoon in de URL. Uit nieuwsgierigheid heb ik het laatste cijfer veranderd en toen kreeg ik een ander pakket te zien, met naam, volledig adres, telefoonnummer en de notitie "bij buren op nr. 12 afgeven als niet thuis". Het werkt bij elk nummer dat ik probeer.

Ik heb verder niks gedownload of opgeslagen, maar dit lijkt me iets wat jullie direct moeten dichtzetten. Zo kan iedereen een lijstje maken van wie wanneer niet thuis is.

Groet,
Thomas"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Wouter Smit <w.smit@bouwbedrijfsmit.example>",
         to="support@werkplekcloud.example",
         subject="Niemand kan inloggen - hele kantoor staat stil",
         body="""Sinds 08:00 kan niemand bij ons nog inloggen. Na het invoeren van het wachtwoord komt de inlogpagina van jullie SSO gewoon weer terug met "Er is iets misgegaan, probeer het later opnieuw". Het gaat om alle 45 medewerkers, op kantoor en thuis, dus ook geen mail, geen planning en geen tekeningen. De uitvoerders op de bouwplaats krijgen hun werkbonnen niet open.

Wij hebben aan onze kant niets veranderd. Graag met spoed terugbellen.

Wouter Smit
ICT, Bouwbedrijf Smit"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Lotte Janssen <lotte.janssen@postbus.example>",
         to="klantenservice@glasnet.example",
         subject="Al 3 dagen geen internet",
         body="""Goedemiddag,
Sinds zaterdag doet mijn internet het niet meer. Het lampje "glas" op het modem knippert rood. Modem meerdere keren opnieuw opgestart, kabels gecontroleerd. In de app staat "geen storing bekend in uw omgeving". Ik werk vier dagen per week thuis en zit nu met mijn laptop in de bieb. Wanneer kan er een monteur komen?
Lotte Janssen, klantnummer 50219983"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Kees Mulder <kees@fotostudiomulder.example>",
         to="help@bewaarbox.example",
         subject="Synchronisatie doet niks meer sinds maandag",
         body="""Hallo,

Sinds maandag zijn er geen nieuwe bestanden meer naar mijn BewaarBox gegaan. Het icoontje staat de hele tijd op "Bezig met synchroniseren..." maar de teller blijft op 0 van 1.284 bestanden staan. Online zie ik als laatste wijziging maandag 09:12. Ik kan gewoon doorwerken op mijn laptop, maar dit is de back-up van alle klantshoots, dus ik word er wel zenuwachtig van.

Versie 4.2.1 op macOS. Opnieuw opstarten en uit- en inloggen heeft niks uitgemaakt.

Kees Mulder
Fotostudio Mulder"""),

    dict(n=8, signals="outage", priority="medium", trap="safety", qt=1, reply=1,
         frm="Annemiek Bos <annemiek.bos@postbus.example>",
         to="service@kinderwagenhuis.example",
         subject="Antw: Belangrijk: terugroepactie KW Buggy Compact",
         body="""Hallo,

Dank voor de mail. Ik wilde het serienummer van onze buggy controleren op de pagina uit jullie bericht, maar die geeft al twee dagen alleen "Fout 500 - probeer het later opnieuw", op mijn telefoon en op de laptop. Kunnen jullie dat oplossen, of mag ik het nummer hier sturen? Het is KWB-2291-0457.

Groet,
Annemiek Bos

Op 1 dec. 2026 om 09:30 schreef Kinderwagenhuis <service@kinderwagenhuis.example>:
> Beste klant,
>
> Bij een klein aantal KW Buggy Compact-wandelwagens kan het
> vergrendelscharnier onverwacht losschieten, waardoor de buggy kan
> inklappen terwijl er een kind in zit. Controleer via de link hieronder
> of uw serienummer onder deze terugroepactie valt en gebruik de buggy
> tot die tijd niet.
>
> Met vriendelijke groet,
> Kinderwagenhuis"""),

    dict(n=9, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Huisartsenpraktijk De Linde <assistentie@praktijkdelinde.example>",
         to="storingen@zorgagenda.example",
         subject="We kunnen geen afspraken meer zien of maken",
         body="""Goedemorgen,

Vanaf het begin van het spreekuur (8:00) krijgen wij in ZorgAgenda alleen een draaiend rondje te zien. Geen van de vijf werkplekken kan de agenda openen, dus we weten niet wie er vandaag komt en kunnen aan de telefoon geen afspraken inplannen. De huisartsen kunnen ook niet in de dossiers. De wachtkamer zit vol en de telefoon staat roodgloeiend.

Graag zo snel mogelijk bellen naar de praktijklijn.

Met vriendelijke groet,
Marloes, doktersassistente"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bram Hendriks <bram.hendriks@postbus.example>",
         to="klantenservice@tuinenmeer.example",
         subject="Betaald met iDEAL maar bestelling staat op niet betaald",
         body="""Hoi, ik heb vrijdag bestelling 1180342 (tuinset, € 389) met iDEAL betaald. Het bedrag is van mijn rekening afgeschreven, maar in mijn account staat de bestelling nog op "wacht op betaling" en ik kreeg gisteren ook nog een herinnering. Kunnen jullie dit ff rechtzetten? Ik wil niet dubbel betalen. Bankafschrift zit in de bijlage."""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Yvonne Peters <yvonne.peters@postbus.example>",
         to="klantenservice@groenstroomnl.example",
         subject="Termijnbedrag twee keer afgeschreven, nu sta ik rood",
         body="""Goedendag,

Op 1 december is mijn maandtermijn van € 142,00 twee keer van mijn rekening afgeschreven, met hetzelfde kenmerk. Daardoor stond ik rood en is de huur die op 2 december werd geïncasseerd teruggeboekt. Mijn verhuurder rekent daar kosten voor.

Ik wil het dubbele bedrag vandaag nog terug. Ik zou het via mijn bank kunnen terugboeken, maar de vorige keer kreeg ik daarna meteen een aanmaning van jullie. Wie kan mij helpen?

Yvonne Peters
klantnummer 7004129"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Henk van Dijk <henk.vandijk@postbus.example>",
         to="info@verzekerdirect.example",
         subject="Datum automatische incasso",
         body="""Goedemorgen,

Mijn premie wordt nu rond de 1e van de maand afgeschreven, maar mijn pensioen komt pas op de 23e binnen. Kan de incasso verschoven worden naar de 25e? En moet ik daar iets voor invullen?

Vriendelijke groet,
H. van Dijk
polisnummer 33-908812"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Mila Koster <mila.koster@postbus.example>",
         to="support@taalmaatje.example",
         subject="Nog steeds afgeschreven na opzeggen",
         body="""Hallo! Ik heb mijn TaalMaatje Premium op 3 oktober opgezegd (de bevestigingsmail heb ik nog) maar in november en december is er toch weer €12,99 van mijn creditcard afgeschreven. Willen jullie die twee bedragen terugstorten en checken dat het abonnement nu echt gestopt is? Dankjewel!"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Daan Willems <daan.willems@postbus.example>",
         to="support@boekhoudmaatje.example",
         subject="Nieuwe telefoon, kom niet meer binnen",
         body="""Hoi,

Ik heb een nieuwe telefoon en de authenticator-app is niet goed overgezet: de code voor BoekhoudMaatje staat er niet meer in. Bij het inloggen vraagt hij om die 6 cijfers en ik heb niks. Herstelcodes heb ik destijds niet bewaard, stom genoeg.

Ik kan nu helemaal niet meer bij mijn administratie en de btw-aangifte moet eind januari de deur uit. Hoe kan ik bewijzen wie ik ben zodat jullie de tweestapsverificatie resetten?

Daan Willems
Willems Klussen"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ingrid Meijer <ingrid.meijer@postbus.example>",
         to="klantenservice@boekenhoek.example",
         subject="Account geblokkeerd?",
         body="""Goedemiddag,
Als ik wil inloggen op mijn account krijg ik de melding "Dit account is tijdelijk geblokkeerd". Ik weet niet waarom, ik heb niets geks gedaan. Mijn bestelling heb ik nu maar als gast geplaatst, maar ik wil graag mijn spaarpunten en verlanglijstje terug. Kunnen jullie het deblokkeren?
Ingrid Meijer"""),

    dict(n=16, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Ruben Dekker <ruben@dekkerinstallatie.example>",
         to="support@planbord.example",
         subject="Tweede beheerder toevoegen",
         body="""Hallo, hoe kan ik in Planbord een collega ook beheerrechten geven? Ik zie bij Gebruikers alleen "medewerker" en "planner" als rol. Groet, Ruben"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Esther Brouwer <esther.brouwer@postbus.example>",
         to="mijn@zorgpluspolis.example",
         subject="Wachtwoord herstellen lukt niet",
         body="""Beste,

Ik ben mijn wachtwoord voor Mijn ZorgPlus vergeten en heb via "wachtwoord vergeten" een nieuwe link aangevraagd. Als ik op de link klik krijg ik "Ongeldige of verlopen token". Ook in een andere browser en meteen na ontvangst. Ik moet dringend een nota van de fysiotherapeut indienen en kom nu nergens meer in.

Met vriendelijke groet,
Esther Brouwer"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Romy Vermeulen <romy.vermeulen@postbus.example>",
         to="hallo@receptenbox.example",
         subject="Jullie kerstbox!",
         body="""Hoi ReceptenBox-team,

Even een compliment: jullie kerstbox sloeg bij ons in als een bom. De stoofpot was om je vingers bij af te likken en mijn schoonvader, die normaal overal wat van vindt, ging helemaal los op het toetje. We lagen allemaal in een deuk om zijn verhalen.

Volgend jaar weer!
Romy"""),

    dict(n=19, signals="-", priority="low", trap="aside", qt=0, reply=1,
         frm="Martijn de Graaf <martijn.degraaf@postbus.example>",
         to="verkoop@kantoorcloud.example",
         subject="Re: Offerte KantoorCloud Business",
         body="""Hallo Jasmijn,

Sorry dat ik nu pas reageer. Mijn auto gaf er donderdag de brui aan op de A12 en ik heb de rest van de middag op de vluchtstrook op de pechhulp gewacht, daarna was het één grote chaos.

Ik heb de offerte doorgenomen met mijn compagnon. Kunnen jullie hem aanpassen naar een looptijd van drie jaar en 18 gebruikers in plaats van 15? Dan kunnen we waarschijnlijk nog voor de kerst tekenen.

Groet,
Martijn de Graaf"""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="VeiligOnline Nieuwsbrief <nieuwsbrief@veiligonline.example>",
         to="info@bewaarbox.example",
         subject="Nieuwsbrief december: zo overleef je een datalek",
         body="""VeiligOnline - nieuwsbrief december 2026

In deze editie:
- Datalek bij een webwinkel? Zo check je of jouw wachtwoord op straat ligt.
- Stroomstoring of hack: maak een noodplan zodat je bedrijf niet stil komt te liggen.
- Nepfacturen in je mailbox: vijf kenmerken waaraan je ze herkent.
- Waarom een wachtwoordmanager geen luxe is.

Lees alle artikelen op https://veiligonline.example/december

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op veiligonline.example. Afmelden kan onderaan elke mail."""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sem Kuipers <sem.kuipers@postbus.example>",
         to="winkel@spellenzolder.example",
         subject="Zombie Uitbraak uitbreiding weer op voorraad?",
         body="""Hoi, wanneer komt de uitbreiding "Zombie Uitbraak: Noodtoestand" weer op voorraad? Ik wil hem graag voor de kerst hebben. En werkt hij ook met de eerste editie van het basisspel?
Groetjes Sem"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Joke Hoekstra <joke.hoekstra@postbus.example>",
         to="service@cadeaushop.example",
         subject="Re: Uw account is tijdelijk geblokkeerd",
         body="""Dank u wel, het werkt weer, ik ben er weer in.

Nog een vraagje tussendoor: verkopen jullie ook cadeaubonnen die je zelf kunt printen? Mijn kleinzoon woont in het buitenland.

Hartelijke groet,
Joke Hoekstra

Op 30 nov. 2026 om 14:05 schreef Klantenservice Cadeaushop <service@cadeaushop.example>:
> Beste mevrouw Hoekstra,
>
> Uw account was tijdelijk geblokkeerd na meerdere mislukte
> inlogpogingen. Wij hebben de blokkade opgeheven. U kunt een nieuw
> wachtwoord instellen via de link "Wachtwoord vergeten".
>
> Met vriendelijke groet,
> Klantenservice Cadeaushop"""),

    # ------------------------------------------------------------------ context rows
    dict(n=23, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Servicedesk Gemeente Waterland-Oost <servicedesk@waterland-oost.example>",
         to="support@mailhost.example",
         subject="320 medewerkers ontvangen geen e-mail meer",
         body="""Goedemiddag,

Sinds ca. 11:30 komt er bij onze organisatie geen externe e-mail meer binnen. Het gaat om alle ruim 320 medewerkers op het gemeentehuis en de twee buitenlocaties. Uitgaande mail lijkt wel te werken. Inwoners die mailen over vergunningen, uitkeringen en afspraken krijgen geen foutmelding terug, dus we weten niet hoeveel berichten er al kwijt zijn of nog in een wachtrij staan.

Tenant: waterland-oost.example, contractnummer MH-2025-118. Graag met prioriteit oppakken en terugbellen naar de servicedesk.

Met vriendelijke groet,
Servicedesk Gemeente Waterland-Oost"""),

    dict(n=24, signals="account", priority="low", trap="workaround", qt=0, reply=0,
         frm="Pieter Vos <pieter.vos@postbus.example>",
         to="support@bankjeplus.example",
         subject="Face ID werkt niet meer in de app",
         body="""Hoi, sinds de laatste update kan ik niet meer met Face ID inloggen in de app, hij valt steeds terug op de pincode. Met de pincode kom ik er gewoon in, dus het is niet dringend, maar wel onhandig. iPhone 13, app-versie 8.4. Gr. Pieter"""),
]
