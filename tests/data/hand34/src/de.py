# blind35 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jana Weidinger <jana.weidinger@posteo.example>",
         to="kundenservice@frischkorb.example",
         subject="Haferriegel aus Bestellung 5581203",
         body="""\
hallo,
mein sohn (4) hat vorhin einen von den haferriegeln aus eurer lieferung von gestern gegessen, auf der packung steht "ohne nüsse". 10 min später waren seine lippen dick geschwollen, er hat gehustet und schlecht luft bekommen
wir sind jetzt in der notaufnahme, er hat eine spritze bekommen und es wird langsam besser. die ärztin sagt das war eindeutig eine reaktion auf nüsse. er hat eine erdnussallergie, genau deswegen kaufen wir nur diese riegel
bitte nehmt die sofort aus dem sortiment und sagt mir ob noch andere packungen betroffen sind. charge auf der packung: L2611-07
jana weidinger
von meinem handy gesendet"""),
    dict(n=2, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Heinrich Vollmer <h.vollmer@t-online.example>",
         to="service@elektromarkt-pohl.example",
         subject="Frage zu einem Heizlüfter",
         body="""\
Sehr geehrte Damen und Herren,

im Oktober habe ich in Ihrer Filiale in Kassel einen Heizlüfter „Thermo Comfort 2000“ gekauft. Ich benutze ihn morgens im Badezimmer, weil es dort im Winter recht kühl ist, und war damit bisher sehr zufrieden. Auch die Beratung durch Ihren Mitarbeiter war ausgezeichnet.

Heute früh habe ich ihn wie üblich eingeschaltet und bin kurz in die Küche gegangen. Als ich zurückkam, roch es stark verbrannt, und aus dem Gitter an der Rückseite kam grauer Qualm. Ich habe sofort den Stecker gezogen. Der Stecker ist an einer Seite schwarz und etwas geschmolzen, die Steckdose hat einen braunen Rand, und die Sicherung für das Bad ist herausgesprungen.

Mir ist nichts passiert, und ich möchte auch keine Umstände machen. Ich wollte nur fragen, ob so etwas bei diesem Gerät schon öfter vorgekommen ist und ob ich es zu Ihnen bringen soll oder ob es jemand abholt. Meine Frau meint, ich soll es nicht mehr anfassen.

Mit freundlichen Grüßen
Heinrich Vollmer
Am Lindenhof 12, 34131 Kassel
Tel. 0561 4477 2190"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Murat Aydin <murat.aydin88@gmx.example>",
         to="hilfe@nordbank-direkt.example",
         subject="abbuchungen die ich nicht gemacht hab",
         body="""\
hallo
in meiner app sind seit heute nacht 3 kartenzahlungen die ich nicht gemacht hab
- 02:14 ELECTR0-WORLD LTD 249,99
- 02:16 ELECTR0-WORLD LTD 249,99
- 02:31 GIFTCARDS24 500,00
die karte ist bei mir im geldbeutel und ich hab um die zeit geschlafen
konto ist jetzt im minus und morgen geht die miete raus
bitte karte sperren und das geld zurück, die hotline ist dauernd besetzt
Murat Aydin
Kd-Nr 44810239"""),
    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dr. Sabine Krämer-Loh <s.kraemer-loh@web.example>",
         to="service@medivita-apotheke.example",
         subject="Fremde Rezepte und Adressen in meinem Kundenkonto",
         body="""\
Sehr geehrte Damen und Herren,

als ich mich heute Vormittag in mein Kundenkonto bei Ihrer Versandapotheke eingeloggt habe, um ein Folgerezept einzulösen, wurden mir unter „Meine Bestellungen“ nicht nur meine eigenen Aufträge angezeigt, sondern auch mindestens sechs Bestellungen anderer Personen – jeweils mit vollem Namen, Lieferadresse, Geburtsdatum und den verordneten Medikamenten. Nach einem erneuten Login sah ich wiederum andere fremde Bestellungen.

Ich habe nichts davon heruntergeladen. Zur Dokumentation habe ich zwei Bildschirmfotos angefertigt, die ich Ihnen bei Bedarf gern zur Verfügung stelle. Umgekehrt muss ich davon ausgehen, dass auch meine Bestellungen für andere Kunden sichtbar sind.

Ich bitte um umgehende Prüfung, um Mitteilung, ob und von wem meine Daten eingesehen wurden, und um Bestätigung, dass Sie die zuständige Aufsichtsbehörde informiert haben.

Mit freundlichen Grüßen
Dr. Sabine Krämer-Loh
Kundennummer 7730-118-42"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tobias Hahn <tobias@baeckerei-hahn.example>",
         to="support@kassenwolke.example",
         subject="DRINGEND: Kassen in allen Filialen gehen nicht",
         body="""\
Hallo Support,

seit heute ca. 6:15 Uhr geht bei uns nichts mehr:
- Die Kassen-App auf allen 5 iPads (3 Filialen) bleibt beim Start bei „Synchronisiere …“ hängen
- Kartenzahlung am Terminal bricht mit „Verbindung zum Server fehlgeschlagen“ ab
- Bons lassen sich nicht drucken, die TSE wird als „nicht erreichbar“ angezeigt
- iPads und Router haben wir neu gestartet, das Internet selbst läuft

Wir schreiben gerade alles von Hand auf Zettel und nehmen nur Bargeld, die Schlange steht bis auf die Straße. Samstag ist unser stärkster Tag.

Bitte ruft mich sofort an: 0171 5593021

Tobias Hahn
Bäckerei Hahn GmbH, Kunden-ID KW-20931"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Claudia Reinhardt <c.reinhardt@steuerkanzlei-brandt.example>",
         to="support@mailhafen.example",
         subject="Seit heute Morgen kommen bei uns keine Mails mehr an",
         body="""\
Guten Tag,

ich schreibe als Büroleiterin für unser gesamtes Team (14 Personen) der Steuerkanzlei Brandt & Partner.

Seit ungefähr 9 Uhr bekommt bei uns niemand mehr E-Mails. Ausgehende Mails gehen raus, aber Antworten kommen nicht an. Mandanten rufen bereits an und fragen, warum wir nicht reagieren; zwei von ihnen haben uns heute Unterlagen für fristgebundene Sachen geschickt, die wir nicht sehen. Ein Kollege hat sich testweise von seinem privaten Konto eine Mail geschickt und nach einer halben Stunde diese Rückmeldung bekommen:

  451 4.4.0 Temporary failure, try again later (mx1.mailhafen.example)

Unsere Domain ist steuerkanzlei-brandt.example, Vertragsnummer MH-55120.
Bitte melden Sie sich dringend unter 0221 889 40-0.

Freundliche Grüße
Claudia Reinhardt
Büroleitung"""),
    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Kevin Schröder <kevin.schroeder@freenet.example>",
         to="kundenservice@netzfix.example",
         subject="Seit 3 Tagen kein Internet!!!",
         body="""\
Hallo,

ich bin echt bedient. Seit Dienstagabend geht bei mir GAR NICHTS mehr. Die DSL-Lampe am Router blinkt nur noch, das Festnetztelefon ist auch tot. Router zigmal neu gestartet, Kabel getauscht, alles schon gemacht.

Bei der Hotline hänge ich jedes Mal 40 Minuten in der Warteschleife und dann fliegt man raus. Auf eurer Störungsseite steht „keine bekannte Störung in Ihrem Gebiet“. Schön für euch.

Ich arbeite im Homeoffice und sitze jetzt jeden Tag mit dem Laptop im Café. Und dafür zahle ich 44,99 im Monat.

Ich will bis morgen einen Technikertermin, sonst kündige ich.

Kevin Schröder
Anschlusskennung 0000 3318 7721
Gartenstraße 8, 28203 Bremen"""),
    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Ingrid Baumann <ingrid.baumann@arcor.example>",
         to="hilfe@flimmerkiste.example",
         subject="Weißer Bildschirm auf dem Fernseher",
         body="""\
Guten Abend,

ist das normal, dass Ihre App auf unserem Fernseher seit ein paar Tagen nur noch einen weißen Bildschirm zeigt? Das Logo erscheint kurz, dann wird alles weiß und bleibt so. Auf meinem Handy und am Laptop meiner Tochter läuft alles wie immer, nur eben am Fernseher nicht (Samsung, ungefähr 4 Jahre alt).

Ich habe den Fernseher schon aus- und wieder eingeschaltet. Was kann ich noch tun? Auf dem Handy ist der Sonntagskrimi doch etwas klein.

Viele Grüße
Ingrid Baumann"""),
    dict(n=9, signals="outage,account", priority="high", trap="-", qt=0, reply=0,
         frm="Stefan Lorenz <stefan.lorenz@mailbox.example>",
         to="support@lernraum-schule.example",
         subject="Schüler kommen nicht mehr auf die Plattform (Gymnasium am Stadtpark)",
         body="""\
Hallo,

ich bin Elternvertreter der 7b am Gymnasium am Stadtpark und schreibe Ihnen, weil die Schule Sie offenbar nicht erreicht.

Seit dem Update am Wochenende kommt keiner der Schüler mehr auf die Lernplattform. Beim Anmelden erscheint „Benutzername oder Passwort falsch“, auch direkt nachdem das Passwort zurückgesetzt wurde. Bei meiner Tochter, bei ihren Freundinnen und laut Elternchat in mindestens vier Klassen ist es genauso. Die Lehrkräfte kommen anscheinend problemlos rein.

Die Kinder sollen diese Woche ihre Hausaufgaben und eine Präsentation über die Plattform abgeben. Könnten Sie sich das bitte schnell ansehen?

Beste Grüße
Stefan Lorenz"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lea Hoffmann <lea.hoffmann@gmail.example>",
         to="service@modehaus-kranich.example",
         subject="Erstattung für Rücksendung fehlt noch",
         body="""\
Hallo liebes Kranich-Team,

ich habe Ende Oktober zwei Teile zurückgeschickt und warte immer noch auf mein Geld. Hier die Daten aus meiner Bestellbestätigung:

Bestellnummer: KR-2026-884417
Bestelldatum: 19.10.2026
1x Wollmantel „Oslo“, Gr. 38, camel – 139,95 €
1x Strickpullover Zopfmuster, Gr. M, creme – 49,95 €
Zahlungsart: PayPal

Laut Sendungsverfolgung wurde die Rücksendung am 28.10. bei euch zugestellt (Sendungsnummer 0034 0434 1881 2345 678). Seitdem ist nichts passiert, in meinem Kundenkonto steht immer noch „Rücksendung unterwegs“.

Könnt ihr bitte nachsehen und mir die 189,90 € erstatten?

Danke und viele Grüße
Lea Hoffmann"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Monika Zielinski <monika.zielinski@web.example>",
         to="kundenservice@stadtwerke-rheinau.example",
         subject="Abschlag doppelt abgebucht – Konto im Minus",
         body="""\
Sehr geehrte Damen und Herren,

Sie haben am 1.12. den Abschlag für Strom und Gas zweimal von meinem Konto abgebucht, jeweils 184,00 € (Vertragskonto 300 118 442). Dadurch ist mein Konto im Dispo, und die Bank hat heute meine Mietüberweisung nicht ausgeführt. Ich bin alleinerziehend und habe diesen Monat keinerlei Puffer.

Bitte überweisen Sie mir die zu viel abgebuchten 184,00 € sofort zurück und nicht erst mit der Jahresabrechnung. Außerdem erwarte ich, dass Sie mögliche Gebühren meiner Bank übernehmen.

Ich bitte um eine kurze Rückmeldung noch heute.

Mit freundlichen Grüßen
Monika Zielinski
Tel. 0621 771 0934"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Gerd Pfister <gerd.pfister@online.example>",
         to="kundenservice@lindwurm-versicherung.example",
         subject="Beitragseinzug für abgemeldetes Fahrzeug, Vertrag KF-4471902",
         body="""\
Sehr geehrte Damen und Herren,

mein Fahrzeug (VW Golf, Kennzeichen HN-GP 412) habe ich am 14. September 2026 verkauft und am selben Tag bei der Zulassungsstelle abgemeldet. Eine Kopie der Abmeldebescheinigung habe ich Ihnen am 16. September per Post zugesandt.

Trotzdem haben Sie am 1. Oktober und am 1. November jeweils 67,30 € Kfz-Versicherungsbeitrag von meinem Konto eingezogen.

Ich bitte Sie, den Vertrag zum 14.09.2026 zu beenden, mir die beiden Beiträge in Höhe von insgesamt 134,60 € zu erstatten und mir eine entsprechende Abrechnung zukommen zu lassen.

Mit freundlichen Grüßen
Gerd Pfister
Weinsberger Str. 27
74072 Heilbronn"""),
    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Olena Kovalenko <olena.kovalenko@ukr.example>",
         to="abo@verkehrsverbund-mitte.example",
         subject="Frage zu 1,50 Euro auf Rechnung",
         body="""\
Guten Tag,

ich habe seit Juli Monatskarte bei Ihnen als Abo und alles funktioniert gut. Aber in meine Rechnung für November ich sehe extra Position „Servicegebühr Kartenersatz 1,50 €“. Ich habe neue Chipkarte bekommen, weil alte Karte war kaputt, ist das diese Gebühr? Ich möchte nur verstehen, ist kein Problem.

Vielen Dank und schöne Tag
Olena Kovalenko
Abo-Nr. 6610 2283"""),
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Dennis Wolf <d.wolf93@gmx.example>",
         to="hilfe@kaufnebenan.example",
         subject="passwort zurücksetzen mail kommt nicht",
         body="""\
Hi, hab jetzt 4x auf "Passwort vergessen" gedrückt aber es kommt keine Mail (auch nicht im Spam). Mail ist d.wolf93@gmx.example
Hab noch 2 Anzeigen drin und Leute schreiben mir, kann aber nicht antworten. Was kann ich machen?
Dennis"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Jonas Brückner <jonas.brueckner@stud.example>",
         to="servicekonto@buergerportal.example",
         subject="Servicekonto gesperrt – Antrag muss bis Montag raus",
         body="""\
Sehr geehrte Damen und Herren,

mein Servicekonto (Benutzername: j.brueckner_2004) wurde gesperrt, nachdem ich mich offenbar dreimal mit einem falschen Passwort angemeldet habe. Es erscheint nur noch der Hinweis „Ihr Konto ist vorübergehend gesperrt. Bitte wenden Sie sich an den Support.“ Die Funktion „Passwort zurücksetzen“ führt zur selben Meldung.

Über dieses Konto muss ich meinen BAföG-Weiterförderungsantrag einreichen, und die Frist läuft am Montag ab. Ohne den Antrag bekomme ich ab Januar kein Geld, und davon hängt meine Miete ab.

Könnten Sie die Sperre bitte aufheben oder mir sagen, wie ich den Antrag sonst fristgerecht einreichen kann?

Vielen Dank und freundliche Grüße
Jonas Brückner"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Annika Sommer <annika.sommer@icloud.example>",
         to="support@stadtflitzer.example",
         subject="Neue Handynummer, Codes kommen nicht an",
         body="""\
Hallo zusammen,

erst einmal ein Lob: Die neuen Elektroautos am Hauptbahnhof sind super, und dass man den Kindersitz jetzt in der App dazubuchen kann, finde ich klasse.

Mein eigentliches Anliegen: Ich habe vor zwei Wochen den Mobilfunkanbieter gewechselt und eine neue Nummer bekommen. Beim Einloggen will die App jetzt einen Bestätigungscode per SMS schicken – natürlich an meine alte Nummer, die es nicht mehr gibt. Ändern kann ich die Nummer in den Einstellungen aber nur, wenn ich eingeloggt bin. Ein Teufelskreis.

Können Sie meine Nummer auf 0152 0447 8812 umstellen? Meine Kundennummer ist SF-118204.

Viele Grüße
Annika Sommer"""),
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Werner Kühn <werner.kuehn@t-online.example>",
         to="kundenservice@paketpilot.example",
         subject="E-Mail-Adresse im Kundenkonto ändern",
         body="""\
Guten Tag,

ich möchte in meinem Kundenkonto die E-Mail-Adresse ändern, weil ich meine alte Adresse (w.kuehn@arcor.example) demnächst auflöse. Wo finde ich das? Unter „Profil“ sehe ich nur Name und Anschrift.

Muss ich danach die Karte für die Abholstation neu beantragen, oder bleibt die gültig?

Mit freundlichen Grüßen
Werner Kühn"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carina Maurer <carina.maurer@gmail.example>",
         to="hallo@kochkiste.example",
         subject="Lob und ein kleiner Wunsch",
         body="""\
Hallo Kochkiste-Team,

ich muss euch einfach mal schreiben: Meine beiden Jungs (9 und 12) sind seit ein paar Wochen Feuer und Flamme fürs Kochen, und das liegt an eurer Familienbox. Das „Feuerwehr-Chili“ letzte Woche war der absolute Knaller, mein Großer hat es gleich zweimal nachgekocht. Für den Kleinen war es ein bisschen scharf, aber er hat tapfer durchgehalten ;-)

Einen Wunsch hätte ich: Könntet ihr in der App eine Möglichkeit einbauen, Rezepte als Favoriten zu markieren? Im Moment mache ich Screenshots, und die gehen in meinem Handy-Chaos regelmäßig unter.

Macht weiter so!
Carina Maurer"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Thomas Berger <thomas.berger@gmx.example>",
         to="info@sonnenziel-reisen.example",
         subject="Frage vor der Buchung: Storno und Erstattung",
         body="""\
Hallo,

wir überlegen, bei Ihnen die Pauschalreise „Kreta – Familienhotel Agia Marina“ für Ostern 2027 zu buchen (2 Erwachsene, 2 Kinder). Vorher hätte ich ein paar Fragen:

1. Wenn wir kurzfristig stornieren müssen, z. B. weil eines der Kinder krank wird: Wie viel bekommen wir erstattet?
2. Bieten Sie eine Reiserücktrittsversicherung an, oder schließen wir die besser separat ab?
3. Was passiert, wenn der Flug gestrichen wird – bekommen wir dann den vollen Reisepreis zurück?

Vielen Dank schon mal!
Thomas Berger"""),
    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Sandra Kowalski <s.kowalski@physio-kowalski.example>",
         to="events@tresorly.example",
         subject="Folien zum Webinar „Gehackt – und jetzt?“",
         body="""\
Hallo,

vielen Dank für das Webinar gestern Abend, „Gehackt – und jetzt? Was tun nach einem Datenleck“. Besonders der Teil über Phishing-Mails mit gefälschten Paketbenachrichtigungen und über gestohlene Passwörter aus alten Foren war für mich als Praxisinhaberin sehr aufschlussreich.

Sie hatten erwähnt, dass die Folien und die Aufzeichnung an alle Teilnehmenden verschickt werden. Könnten Sie mir den Link schicken? Ich würde die Folien gern mit meinen beiden Mitarbeiterinnen durchgehen.

Gibt es im Frühjahr eine Fortsetzung? Dann melde ich mich gleich wieder an.

Freundliche Grüße
Sandra Kowalski
Physiotherapie Kowalski"""),
    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Nadine Fuchs <nadine.fuchs@web.example>",
         to="service@fitwerk-studios.example",
         subject="AW: Doppelte Abbuchung Mitgliedsbeitrag November",
         body="""\
Hallo Herr Yilmaz,

super, das Geld ist heute auf meinem Konto angekommen. Vielen Dank für die schnelle Hilfe, damit ist das Thema für mich erledigt!

Sportliche Grüße
Nadine Fuchs

Am 30.11.2026 um 10:12 schrieb Kundenservice FitWerk <service@fitwerk-studios.example>:
> Hallo Frau Fuchs,
> vielen Dank für Ihre Nachricht. Sie haben recht: Durch einen Fehler
> beim Lastschrifteinzug wurde Ihr Mitgliedsbeitrag für November zweimal
> abgebucht (2 x 34,90 €). Wir haben die Rückerstattung veranlasst, das
> Geld sollte in 3 bis 5 Werktagen auf Ihrem Konto sein.
> Viele Grüße
> Emre Yilmaz, FitWerk Kundenservice"""),
    dict(n=22, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Florian Neumann <florian.neumann@posteo.example>",
         to="werkstatt@radhaus-elbe.example",
         subject="Crashkurs Fahrradreparatur – noch Plätze frei?",
         body="""\
Moin,

ist im „Crashkurs Fahrradreparatur für Einsteiger“ am 16. Januar noch ein Platz frei? Eigentlich wollte ich das schon im Herbst machen, aber nachdem ich im September mit einem Platten an der Landstraße stand und mir die Kette zweimal abgesprungen ist, wird es wirklich Zeit, dass ich so was selbst hinbekomme.

Sorry übrigens, dass ich mich erst jetzt melde: Mein Handy ist mir letzte Woche runtergefallen, das Display ist komplett kaputt, deshalb schreibe ich vom Laptop.

Muss ich eigenes Werkzeug mitbringen oder wird das gestellt?

Grüße
Florian Neumann"""),
    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ralf Schubert <ralf.schubert@arcor.example>",
         to="kundendienst@brandner-hausgeraete.example",
         subject="AW: AW: Reparaturauftrag 4471-22 – Geschirrspüler",
         body="""\
Zum DRITTEN Mal:

Unser Geschirrspüler (Brandner GS 6040, 14 Monate alt, also Garantie) pumpt seit dem 2. November kein Wasser mehr ab und zeigt F24. Seit über einem Monat spülen wir zu fünft von Hand. Ihr Techniker hat zweimal einen Termin bestätigt und ist zweimal nicht gekommen, und ich habe mir jedes Mal dafür freigenommen. Auf meine beiden Mails kam nichts außer einer automatischen Eingangsbestätigung.

Ich erwarte jetzt bis Freitag einen verbindlichen Termin oder ein Austauschgerät. Andernfalls wende ich mich an die Verbraucherzentrale.

Ralf Schubert

Am 20.11.2026 um 08:03 schrieb Ralf Schubert <ralf.schubert@arcor.example>:
> Hallo, der Techniker ist heute schon wieder nicht erschienen, obwohl ich
> mir extra freigenommen hatte. Wann kommt endlich jemand? Der Spüler geht
> immer noch nicht.
>
> Am 05.11.2026 um 19:41 schrieb Ralf Schubert <ralf.schubert@arcor.example>:
>> Guten Tag, unser Geschirrspüler GS 6040 zeigt den Fehler F24 und pumpt
>> nicht mehr ab. Das Gerät ist 13 Monate alt. Bitte um einen
>> Reparaturtermin im Rahmen der Garantie."""),
    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Dr. Martin Keller <martin.keller@hansa-logistik.example>",
         to="enterprise-support@voxline.example",
         subject="Eskalation gem. Rahmenvertrag RV-2024-118 – Anrufweiterleitung gestört",
         body="""\
Sehr geehrte Damen und Herren,

als IT-Leiter der Hansa Logistik AG wende ich mich unter Verweis auf unseren Rahmenvertrag RV-2024-118 an Sie (Service Level „Premium“, Reaktionszeit 1 Stunde, zugesicherte Verfügbarkeit 99,95 %).

Seit heute ca. 7:40 Uhr werden eingehende Anrufe an unsere Disposition in Hamburg und Bremen nur noch verzögert an die Sammelrufgruppe weitergeleitet; etwa jeder dritte Anrufer hört die Ansage „Kein Anschluss unter dieser Nummer“. Interne Gespräche und ausgehende Anrufe funktionieren.

Unser Ticket INC-778120 von 8:05 Uhr ist bislang unbearbeitet, die vertraglich zugesagte Reaktionszeit ist damit überschritten. Ich bitte um sofortigen Rückruf durch Ihren Enterprise-Support sowie um eine schriftliche Stellungnahme zur SLA-Verletzung.

Mit freundlichen Grüßen
Dr. Martin Keller
Leiter IT, Hansa Logistik AG
Tel. +49 40 3300 7710"""),
]
