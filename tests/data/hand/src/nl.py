# Fresh hand-written set, Dutch. Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Sanne de Vries <sanne.devries@postvak.example>", to="klantenservice@powergo.example",
     subject="Powerbank begon te roken in mijn tas",
     body="""Hallo,

de powerbank (PowerGo 20.000 mAh) die ik vorige maand bij jullie heb besteld, werd gisteren in mijn rugzak ineens gloeiend heet, zwol op en begon te roken. Toen ik hem eruit haalde heb ik mijn hand verbrand, ik heb er een flinke blaar aan overgehouden. Mijn tas en laptophoes zijn deels geschroeid.

Wat gaan jullie hiermee doen? Ordernummer 2026-118402.

Groet,
Sanne de Vries"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="R. Bakker <r.bakker@postvak.example>", to="info@apotheek-delinde.example",
     subject="Verkeerde dosering op etiket - dochter onwel geworden",
     body="""Geachte apotheek,

op het etiket van het drankje dat mijn dochter (4) vorige week meekreeg stond "3x daags 10 ml", terwijl de huisarts 3x daags 2,5 ml had voorgeschreven. Ze werd gisteren erg suf en heeft overgegeven, de huisartsenpost heeft haar nagekeken.

Ik wil dat dit wordt uitgezocht zodat het niet nog een keer gebeurt.

Met vriendelijke groet,
R. Bakker"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Ingrid Mulder <ingrid.mulder@thuis.example>", to="service@warmtewerk.example",
     subject="CO-melder gaat af sinds nieuwe cv-ketel",
     body="""Goedemorgen,

sinds jullie monteur dinsdag de nieuwe cv-ketel heeft geplaatst, gaat de koolmonoxidemelder in de badkamer steeds af. Mijn man en ik hebben allebei hoofdpijn en zijn misselijk. We hebben de ketel uitgezet en slapen voorlopig bij mijn zus.

Kunnen jullie vandaag nog iemand sturen?

Ingrid Mulder"""),

dict(n=4, signals="safety,payment,account", priority="critical", trap="-", qt=0, reply=0,
     frm="Joost Visser <joost.visser@postvak.example>", to="klantenservice@allesonline.example",
     subject="Account overgenomen, bestellingen op mijn naam",
     body="""Iemand heeft mijn account overgenomen. Ik kreeg vannacht drie orderbevestigingen (samen € 1.340) die met mijn opgeslagen creditcard zijn betaald, naar een adres in Rotterdam dat ik niet ken. Mijn wachtwoord werkt niet meer.

Stop die bestellingen en blokkeer mijn account alsjeblieft! Klantnummer 55820931.

Joost Visser"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Schouwburg De Kroon <kassa@dekroon.example>", to="support@ticketvak.example",
     subject="Kaartverkoop ligt plat - première vanavond",
     body="""Sinds 10 uur vanochtend kunnen klanten geen kaarten meer kopen via onze site: na het kiezen van de stoelen blijft het scherm op "bezig met reserveren" hangen. Vanavond is de première, de zaal is pas half vol en onze telefoon staat roodgloeiend.

Bel ons a.u.b. direct.

Marieke Smit
Kassa & Publiekszaken"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="HAP Midden-Brabant <coordinator@hap-middenbrabant.example>", to="servicedesk@zorgdossier.example",
     subject="EPD niet bereikbaar - avonddienst HAP",
     body="""Het EPD is sinds 18:30 niet bereikbaar vanaf de huisartsenpost. De artsen kunnen tijdens de avonddienst geen dossiers en medicatieoverzichten inzien en we werken nu op papier.

Graag direct contact met de dienstdoende engineer.

Dienstcoördinator HAP Midden-Brabant"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Kees Jansen <kees.jansen@thuis.example>", to="klantenservice@glasnet.example",
     subject="Nog steeds geen internet en tv",
     body="""Sinds de storing van gisteravond doen mijn internet en tv het nog steeds niet. Bij de buren werkt alles weer. Modem opnieuw opgestart, het lampje blijft oranje knipperen. Ik kan zo morgen niet werken.

Kees Jansen"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Lotte Peeters <lotte.peeters@postvak.example>", to="help@fotoalbum.example",
     subject="uploaden blijft hangen op 99%",
     body="""Hoi, het uploaden van foto's in de app blijft hangen op 99%. Kleine foto's lukken soms wel. Verder werkt alles. Android 14.

Lotte"""),

dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Thijs Hendriks <thijs@hendriksadvies.example>", to="support@cijferdash.example",
     subject="Dashboard traag en time-outs",
     body="""Hallo,

het dashboard laadt de laatste dagen heel traag, soms 30 seconden of meer, en af en toe krijg ik een time-out. Na een refresh lukt het meestal wel.

Groet,
Thijs Hendriks"""),

dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Eva de Boer <eva.deboer@postvak.example>", to="abonnementen@luisterboek.example",
     subject="Twee keer afgeschreven",
     body="""Goedemiddag,

mijn abonnementsgeld voor december is twee keer afgeschreven (2x € 12,99). Willen jullie er één terugstorten? IBAN eindigt op 4471.

Groetjes,
Eva de Boer"""),

dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Daan Willems <daan.willems@thuis.example>", to="retouren@jassenshop.example",
     subject="Geld retour nog niet ontvangen",
     body="""Ik heb op 9 november de jas teruggestuurd (retourlabel gebruikt, track & trace zegt ontvangen op 11/11) maar ik heb mijn geld nog niet terug. Ordernummer 884120.

Daan Willems"""),

dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Fleur van Dijk <fleur@kapsalonkrullen.example>", to="zakelijk@lagelandenbank.example",
     subject="Salarissen niet overgemaakt!",
     body="""Goedemorgen,

onze salarisbatch van vandaag (23 medewerkers) staat in de bankapp op "mislukt", zonder reden, terwijl er genoeg saldo op de rekening staat. Het personeel verwacht vandaag hun loon.

Kunnen jullie dit nog vandaag oplossen?

Groet,
Fleur van Dijk, Kapsalon Krullen"""),

dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Henk Koster <henk.koster@thuis.example>", to="debiteuren@waterbedrijf-oost.example",
     subject="Onterechte incassokosten",
     body="""Geachte heer/mevrouw,

ik heb een aanmaning ontvangen met € 15 incassokosten, maar de factuur van oktober is gewoon op tijd betaald (12 oktober, zie bijlage). Graag die kosten schrappen.

Met vriendelijke groet,
H. Koster"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Jasper Smit <jasper.smit@postvak.example>", to="support@fietsdeel.example",
     subject="E-mailadres wijzigen lukt niet",
     body="""Als ik mijn e-mailadres probeer te wijzigen krijg ik "Er is iets misgegaan". Al een week zo. Kunnen jullie het voor me aanpassen naar j.smit@ergens.example?

Jasper"""),

dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Anouk Meijer <anouk.meijer@thuis.example>", to="klantenservice@lagelandenbank.example",
     subject="Account geblokkeerd na verhuizing",
     body="""Beste klantenservice,

na mijn verhuizing heb ik mijn adres aangepast en sindsdien staat mijn account op "geblokkeerd - verificatie vereist". Ik heb al twee keer een kopie van mijn ID geüpload, maar er gebeurt niets.

Met vriendelijke groet,
Anouk Meijer"""),

dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Ruben Bos <ruben.bos@postvak.example>", to="helpdesk@projectwijs.example",
     subject="Nieuwe telefoon, inlogcode werkt niet meer",
     body="""Hoi,

ik heb een nieuwe telefoon en de authenticator-app is leeg, dus ik kan de inlogcode niet meer invullen. Gelukkig ben ik op mijn werklaptop nog ingelogd. Kunnen jullie de tweestapsverificatie resetten zodat ik hem op het nieuwe toestel opnieuw kan koppelen?

Ruben"""),

dict(n=17, signals="account", priority="high", trap="payment", qt=1, reply=1,
     frm="Marloes de Wit <marloes@dewitvertaalt.example>", to="facturen@webhost-noord.example",
     subject="Antw: Herinnering openstaande factuur",
     body="""Die factuur is inmiddels betaald hoor. Maar ik kan hem niet downloaden voor mijn administratie, want ik kom niet meer in mijn account: "gebruiker onbekend". Morgen moet mijn btw-aangifte de deur uit, dus graag snel.

Marloes de Wit

Op ma 30 nov. 2026 om 09:00 schreef Debiteurenbeheer <facturen@webhost-noord.example>:
> Beste klant,
> Volgens onze administratie is factuur 2026-10-4410 van € 49,95 nog niet voldaan.
> Wij verzoeken u het bedrag binnen 7 dagen over te maken."""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Femke Vos <femke.vos@postvak.example>", to="feedback@planbaas.example",
     subject="Die nieuwe functie is een knaller",
     body="""Hoi!

Even een compliment: de nieuwe planningsfunctie is echt een knaller, en ik lag dubbel om het confetti-filmpje als je een taak afvinkt. Wel een vraagje: kan ik de weekweergave ook op zondag laten beginnen?

Femke"""),

dict(n=19, signals="-", priority="low", trap="aside", qt=0, reply=1,
     frm="Bram Dekker <bram.dekker@thuis.example>", to="planning@garagevanleeuwen.example",
     subject="Re: Gemiste afspraak",
     body="""Sorry dat ik er gisteren niet was, mijn auto kreeg een klapband op de A2 en ik heb twee uur langs de kant staan wachten op de wegenwacht. Kan ik een nieuwe afspraak maken voor de APK, liefst volgende week dinsdag?

Bram Dekker

Op vr 4 dec. 2026 om 16:10 schreef Garage Van Leeuwen <planning@garagevanleeuwen.example>:
> Beste heer Dekker,
> U had vandaag om 9:00 een afspraak voor de APK, maar we hebben u niet gezien.
> Wilt u een nieuwe afspraak inplannen?"""),

dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
     frm="Wim Brouwer <wim.brouwer@thuis.example>", to="storingen@glasnet.example",
     subject="Re: Storing internet regio Zwolle",
     body="""Bedankt voor de update, hier werkt alles weer. Fijne dag!

Wim

Op wo 2 dec. 2026 om 07:55 schreef Klantenservice Glasnet <storingen@glasnet.example>:
> Beste klant,
> Er is momenteel een storing in uw regio waardoor internet en tv niet beschikbaar
> zijn. Onze monteurs zijn ermee bezig."""),

dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
     frm="Nina Kuipers <nina.kuipers@postvak.example>", to="support@scanslim.example",
     subject="Wachtwoord op PDF zetten",
     body="""Hallo,

hoe kan ik in jullie scan-app een wachtwoord op een PDF zetten? Ik wil mijn loonstroken beveiligd naar de hypotheekadviseur mailen.

Alvast bedankt,
Nina"""),

dict(n=22, signals="-", priority="low", trap="webinar", qt=0, reply=0,
     frm="ZorgICT Academy <events@zorgict.example>", to="servicedesk@zorgdossier.example",
     subject="Uitnodiging webinar: ransomware en datalekken in de zorg",
     body="""Beste relatie,

Op 10 december organiseren wij een gratis webinar over ransomware, datalekken en wat je moet doen als je organisatie gehackt is. Een CISO uit een ziekenhuis vertelt hoe zij de eerste 48 uur na een aanval hebben aangepakt.

Aanmelden via https://zorgict.example/webinar

Afmelden voor deze mailing? Klik hier."""),

dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
     frm="IT Bakkerij Van Gelder <it@vangelder-bakkerijen.example>", to="support@kassapro.example",
     subject="PRIO 1 - niemand kan inloggen op de kassa's",
     body="""Sinds de update van vannacht kan in geen van onze 80 filialen iemand inloggen op de kassa: "Authenticatie mislukt". Alle winkels gaan om 7 uur open en er kan niet afgerekend worden.

Dit is prio 1, bel ons direct.

Erik van Gelder, IT"""),

dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
     frm="Tess Vermeulen <tess.vermeulen@thuis.example>", to="help@fietsdeel.example",
     subject="E-mailadres veranderen",
     body="""Hoi, hoe kan ik het e-mailadres van mijn account veranderen? Ik heb een nieuw adres en zie het nergens staan in de instellingen.

Tess"""),
]
