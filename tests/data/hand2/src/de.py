# blind3 hand-written test set -- German (de), 24 messages.
# Written blind (no look at the triage rules or at other hand-written sets).
# Plan: 1-4 safety, 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives, 23-24 context rows.  Names, companies, addresses and
# customer numbers are invented; no real phone numbers.
# Keys: n, signals, priority, trap, qt, reply, frm, to, subject, body.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Heike Brandstätter <heike.brandstaetter@postmail.example>",
         to="service@stadtwerke-lindenau.example",
         subject="Seit dem Zählerwechsel riecht es im Keller",
         body="""\
Sehr geehrte Damen und Herren,

am Dienstag hat Ihr Monteur bei uns im Keller den Zähler getauscht (Zählernummer 1LGZ0048213). Seit gestern Abend riecht es im ganzen Kellerflur nach faulen Eiern, und am Anschluss direkt hinter dem neuen Zähler hört man ein ganz leises Zischen, wenn man nah rangeht. Heute früh ist es stärker geworden, man riecht es schon im Treppenhaus.

Ich habe den Haupthahn zugedreht und die Kellerfenster aufgemacht, aber im Haus wohnen noch drei andere Parteien, eine davon mit Baby. Bitte schicken Sie sofort jemanden vorbei! Meine Handynummer steht im Kundenkonto.

Heike Brandstätter
Lindenstraße 14"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Jörg Weidemann <j.weidemann@tnetz.example>",
         to="kundenservice@apotheke-am-markt.example",
         subject="Falsche Stärke geliefert – meine Mutter liegt im Krankenhaus",
         body="""\
Guten Tag,

meine Mutter (81) hat bei Ihnen über das Rezeptportal ihren Betablocker bestellt, Bestellnr. AM-2026-118734. Auf dem Rezept stand Metoprolol 47,5 mg. In der Packung, die Sie geschickt haben, waren 190 mg – die Schachtel sieht fast genauso aus, ich habe es erst heute gemerkt. Sie hat seit Samstag jeden Morgen eine davon genommen. Gestern Abend ist sie in der Küche umgekippt, Puls 38, jetzt liegt sie auf der Intensivstation.

Ich will wissen, wie so etwas passieren kann und ob andere Kunden aus derselben Lieferung auch betroffen sind. Bitte rufen Sie mich heute noch zurück.

Jörg Weidemann"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Selin Aydın <selin.aydin@webpost.example>",
         to="hilfe@kaufhalle24.example",
         subject="Jemand anderes ist in meinem Kundenkonto",
         body="""\
Hallo,

heute Nacht kamen drei Mails von Ihnen: „Ihre E-Mail-Adresse wurde geändert“, „Ihr Passwort wurde geändert“ und „Neue Lieferadresse gespeichert“. Das war alles nicht ich. Jetzt komme ich nicht mehr rein, weil meine Zugangsdaten ja nicht mehr stimmen. In dem Konto stehen meine Adresse, mein Geburtsdatum, meine Handynummer und eine hinterlegte Kreditkarte.

Bitte sperren Sie das Konto sofort, bevor jemand mit meiner Karte bestellt, und sagen Sie mir, wie ich wieder reinkomme.

Selin Aydın
Kundennummer 40-883127"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Miriam Lohse <miriam.lohse@familienpost.example>",
         to="service@kleinundfein-spielwaren.example",
         subject="Plüschhase Hoppel – die Augen gehen ab",
         body="""\
Hallo,

wir haben bei Ihnen im Oktober den Plüschhasen „Hoppel“ gekauft (Art.-Nr. 55120, laut Etikett ab 0 Monaten!). Heute Nachmittag saß unsere Tochter (14 Monate) im Bettchen und hat gewürgt. Ich hab ihr mit dem Finger ein schwarzes Plastikauge aus dem Rachen geholt. Das zweite Auge lässt sich mit zwei Fingern einfach abdrehen, das ist nur gesteckt und nicht vernäht.

Ihr geht es gut, aber das hätte auch ganz anders ausgehen können. Bitte nehmen Sie das Ding aus dem Verkauf und informieren Sie die anderen Käufer.

Miriam Lohse"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Tobias Reinhardt <t.reinhardt@baeckerei-reinhardt.example>",
         to="support@kassenwerk.example",
         subject="DRINGEND: Kartenzahlung in allen Filialen geht nicht",
         body="""\
Hallo Support,

seit Ladenöffnung um 6 Uhr können wir in keiner unserer 9 Filialen Kartenzahlungen annehmen. Die Terminals zeigen „Verbindung zum Host fehlgeschlagen“, Neustart bringt nichts. Bar geht, aber gefühlt die Hälfte der Kundschaft zahlt mit Karte oder Handy und geht dann halt wieder. Samstag ist unser stärkster Tag.

Kundennummer KW-10457. Bitte melden Sie sich sofort unter der hinterlegten Notfallnummer.

Tobias Reinhardt
Bäckerei Reinhardt GmbH"""),

    dict(n=6, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Uwe Kästner <uwe.kaestner@netzpost.example>",
         to="kundenservice@funkwelle.example",
         subject="Internet fliegt abends ständig raus",
         body="""\
Moin,

seit ca. einer Woche fliegt bei uns abends die DSL-Verbindung alle 20-30 Minuten raus und ist nach 1-2 Minuten wieder da. Tagsüber läuft alles stabil. Im Router-Log steht jedes Mal „Zeitüberschreitung bei der PPP-Aushandlung“. Zum Surfen reicht's irgendwie, aber Videocalls am Abend kann man vergessen.

Kundennr. 8812-447-01. Können Sie sich die Leitung mal anschauen?

Gruß
Uwe Kästner"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sabine Kroll <s.kroll@steuerbuero-kroll.example>",
         to="support@belegfix.example",
         subject="Belegübersicht bleibt weiß – kann nicht arbeiten",
         body="""\
Hallo,

seit Ihrem Update heute früh bekomme ich beim Öffnen der Belegübersicht nur noch eine weiße Seite. Anderer Browser, Cache gelöscht, anderer Rechner – überall dasselbe. Ohne die Belegübersicht kann ich überhaupt nichts buchen, und diese Woche stehen bei mir drei Umsatzsteuervoranmeldungen an.

Mandanten-ID BF-22831. Bitte um schnelle Rückmeldung.

Sabine Kroll"""),

    dict(n=8, signals="outage", priority="medium", trap="account", qt=1, reply=1,
         frm="Frank Oberle <frank.oberle@oberle-elektro.example>",
         to="support@terminplan.example",
         subject="AW: Passwort zurückgesetzt – Ticket 50331",
         body="""\
Hallo Frau Nguyen,

danke, die Anmeldung klappt wieder. Dafür gibt's jetzt was anderes: Der Abgleich mit meinem Outlook-Kalender läuft seit Montag nicht mehr. Termine, die ich im Terminplan eintrage, tauchen in Outlook nicht auf und umgekehrt. In der App steht „Letzte Synchronisation: 30.11., 17:04“. Ich trage jetzt alles doppelt ein, das nervt auf Dauer.

Gruß
Frank Oberle

Am 02.12.2026 um 09:41 schrieb Terminplan Support:
> Sehr geehrter Herr Oberle,
>
> wir haben Ihr Passwort wie gewünscht zurückgesetzt. Sie erhalten in Kürze eine
> E-Mail mit einem Link, über den Sie ein neues Passwort vergeben können. Ihr
> gesperrtes Konto ist damit wieder freigeschaltet.
>
> Viele Grüße
> Linh Nguyen, Terminplan Support"""),

    dict(n=9, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Katrin Böhm <k.boehm@gartenglueck-shop.example>",
         to="support@lagerlink.example",
         subject="Seit 5 Uhr keine Aufträge mehr im Lager",
         body="""\
Hallo LagerLink-Team,

bei uns kommen seit heute 5 Uhr keine Bestellungen mehr aus dem Shop im Lager an. Im Shop sind seitdem 340 neue Bestellungen eingegangen, in der Lagerverwaltung steht die Liste auf null. Die Kommissionierer stehen rum, und die Spedition holt um 14 Uhr ab. Wir haben an der Schnittstelle nichts geändert.

Bitte dringend prüfen!

Katrin Böhm
Gartenglück Versand GmbH"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Dragan Petrović <dragan@holzwerk-petrovic.example>",
         to="haendler@marktplatz-nord.example",
         subject="Auszahlung seit über einer Woche überfällig",
         body="""\
Hallo,

die Auszahlung meiner Verkäufe für den Zeitraum 16.–30. November (4.812,30 €) hätte laut Händlerportal am 2. Dezember auf meinem Konto sein sollen. Bis heute ist nichts angekommen, im Portal steht nur „in Bearbeitung“. Die Bankverbindung ist unverändert.

Ich muss am 15. meine zwei Angestellten bezahlen und die Holzlieferung. Bitte sagen Sie mir, wo das Geld hängt.

Dragan Petrović
Händler-ID MN-77023"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lea Hartmann <lea.hartmann@mailbox-de.example>",
         to="abo@kinoflux.example",
         subject="Doppelt abgebucht",
         body="""\
Hi, ihr habt diesen Monat zweimal 12,99 € von meinem Konto eingezogen (am 1. und am 3.12.). Ich hab nur ein Abo. Könnt ihr mir das zurücküberweisen? LG Lea"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hans-Peter Zimmer <hp.zimmer@online-de.example>",
         to="retouren@modehaus-weiss.example",
         subject="Rücksendung angekommen, Geld nicht",
         body="""\
Sehr geehrte Damen und Herren,

ich habe am 9. November zwei Hosen aus Bestellung 3309-2841 zurückgeschickt. Laut Sendungsverfolgung ist das Paket am 12.11. bei Ihnen eingegangen. Die Gutschrift über 119,90 € ist bis heute nicht auf meiner Kreditkarte. Auf Ihrer Website steht „Erstattung innerhalb von 14 Tagen“.

Ich bitte um Prüfung und kurze Nachricht.

Mit freundlichen Grüßen
Hans-Peter Zimmer"""),

    dict(n=13, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Gisela Brandt <gisela.brandt@seniorennetz.example>",
         to="service@vbank-direkt.example",
         subject="Was ist das „Kartenentgelt“ von 2,50 €?",
         body="""\
Guten Tag,

auf meinem Kontoauszug für November steht ein Posten „Kartenentgelt 2,50 EUR“. Das hatte ich vorher nie. Ist das eine neue Gebühr? Ich will mich gar nicht beschweren, ich möchte nur verstehen, wofür das ist.

Freundliche Grüße
Gisela Brandt"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Markus Endres <markus.endres@webmail-de.example>",
         to="portal@hanse-assekuranz.example",
         subject="Zugang gesperrt – muss einen Schaden melden",
         body="""\
Hallo,

ich habe mich im Kundenportal wohl dreimal vertippt und jetzt steht da „Ihr Zugang wurde aus Sicherheitsgründen gesperrt“. Der Link „Zugang entsperren“ schickt mir eine Mail, aber wenn ich den Link darin anklicke, kommt „Token ungültig“. Viermal probiert.

Ich muss einen Wasserschaden in der Wohnung melden und brauche dafür das Portal, am Telefon hieß es, die Fotos gehen nur dort hoch. Versicherungsnummer HA-5512-0093.

Markus Endres"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ayşe Demir <ayse.demir@mail-de.example>",
         to="support@sparfuchs-bank.example",
         subject="SMS-Code kommt nur manchmal",
         body="""\
Hallo, seit ein paar Tagen kommt die SMS zur Anmeldung nur bei jedem zweiten oder dritten Versuch an, manchmal erst nach 10 Minuten, wenn der Code schon abgelaufen ist. Irgendwann komme ich rein, aber das dauert jedes Mal ewig. Kann man auf Freigabe per App umstellen?

Grüße, Ayşe Demir"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Konstantin Wolff <k.wolff@privatmail.example>",
         to="datenschutz@fitnesspark-mitte.example",
         subject="Löschung meines Kontos nach Art. 17 DSGVO",
         body="""\
Sehr geehrte Damen und Herren,

mein Mitgliedsvertrag ist zum 30.09. ausgelaufen. Trotzdem existiert mein Online-Konto in Ihrer App noch, und ich bekomme weiterhin Newsletter, obwohl ich mich zweimal abgemeldet habe. Ich bitte hiermit um vollständige Löschung meines Kontos und aller gespeicherten Daten gemäß Art. 17 DSGVO sowie um eine schriftliche Bestätigung.

Mit freundlichen Grüßen
Konstantin Wolff"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Benedikt Sauer <bene.sauer@studi-mail.example>",
         to="hilfe@lernwolke.example",
         subject="Login-Adresse ändern?",
         body="""\
Hallo, wie kann ich bei LernWolke die E-Mail-Adresse ändern, mit der ich mich anmelde? Ich wechsel von der Uni-Adresse auf meine private. Finde die Option in den Einstellungen nicht. Danke!"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jana Vogt <jana.vogt@kita-sonnenschein.example>",
         to="team@elternbrief.example",
         subject="Ein dickes Lob von der Kita Sonnenschein",
         body="""\
Liebes Elternbrief-Team,

Ihre neue Abwesenheitsmeldung schlägt bei uns ein wie eine Bombe! Die Eltern melden ihre Kinder jetzt per App ab, statt morgens um sieben unser Telefon lahmzulegen. Unsere Leitung war anfangs skeptisch, inzwischen will sie es beim ganzen Träger ausrollen.

Eine Kleinigkeit: Könnte man in der Übersicht auch die Gruppe des Kindes anzeigen?

Viele Grüße
Jana Vogt"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Ralf Hennig <r.hennig@praxis-hennig.example>",
         to="bestellung@medishop-sued.example",
         subject="Chargennummer Händedesinfektion für QM-Doku",
         body="""\
Guten Tag,

für unsere QM-Dokumentation brauche ich die Chargennummer und das Verfallsdatum der Händedesinfektion (10 x 1 l), die wir mit Rechnung 2026-44871 bekommen haben. Auf den Flaschen ist der Aufdruck leider verwischt. Können Sie mir die Charge bitte aus Ihrem System heraussuchen?

Mit freundlichen Grüßen
Dr. Ralf Hennig"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Bernd Albrecht <bernd.albrecht@netzpost.example>",
         to="sicherheit@sparfuchs-bank.example",
         subject="AW: Ungewöhnliche Anmeldung bei Ihrem Konto",
         body="""\
Hallo,

das war ich selbst, ich hab mir am Wochenende einen neuen Laptop gekauft und mich von dort angemeldet. Alles in Ordnung, danke fürs Nachfragen.

Gruß
Bernd Albrecht

-----Ursprüngliche Nachricht-----
Von: Sparfuchs Bank Sicherheitsteam <sicherheit@sparfuchs-bank.example>
Gesendet: Sonntag, 6. Dezember 2026 22:14
Betreff: Ungewöhnliche Anmeldung bei Ihrem Konto

> Sehr geehrter Herr Albrecht,
>
> wir haben eine Anmeldung in Ihrem Online-Banking von einem unbekannten Gerät
> (Windows, Berlin) festgestellt. Falls Sie das nicht waren, könnte Ihr Konto
> kompromittiert sein. Bitte ändern Sie umgehend Ihr Passwort und melden Sie sich
> bei uns.
>
> Ihr Sicherheitsteam"""),

    dict(n=21, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Melanie Fuchs <m.fuchs@autohaus-fuchs.example>",
         to="schulung@belegfix.example",
         subject="Crashkurs für neue Kollegin?",
         body="""\
Hallo zusammen,

ab Januar haben wir eine neue Kollegin in der Buchhaltung, die BelegFix noch nie benutzt hat. Bieten Sie so eine Art Crashkurs an, gern online, 2–3 Stunden? Und was würde das kosten?

Danke und viele Grüße
Melanie Fuchs"""),

    dict(n=22, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Günter Heise <guenter.heise@tnetz.example>",
         to="kundenservice@funkwelle.example",
         subject="WLAN-Kennwort am Router ändern",
         body="""\
Guten Tag,

mein Enkel sagt, ich soll das WLAN-Kennwort an meinem Router ändern, weil es noch das vom Aufkleber ist. Wie mache ich das? Das Gerät ist die Funkwelle Box 5. Ich bin kein Computerexperte, bitte einfach erklären.

Vielen Dank
Günter Heise"""),

    dict(n=23, signals="account", priority="low", trap="workaround", qt=0, reply=0,
         frm="Nils Petersen <nils.petersen@nordmail.example>",
         to="app@sparfuchs-bank.example",
         subject="Face ID in der App geht nicht mehr",
         body="""\
Hi, seit dem letzten App-Update kann ich mich nicht mehr mit Face ID anmelden, es kommt jedes Mal „Biometrie nicht verfügbar“ und dann die PIN-Abfrage. Mit der PIN komme ich problemlos rein, ist also kein Drama, nur lästig. iPhone 14, iOS aktuell. Vielleicht wisst ihr ja schon davon.

Gruß Nils"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Claudia Reuter <claudia.reuter@familie-reuter.example>",
         to="service@reisewelt-plus.example",
         subject="AW: AW: Erstattung Buchung RW-661204 – DRITTE Anfrage",
         body="""\
Das ist jetzt meine dritte Mail, und ich habe immer noch weder eine Antwort noch mein Geld.

Sie haben unsere Pauschalreise nach Kreta am 20. Oktober SELBST storniert. Die Anzahlung von 1.380 € liegt seit sieben Wochen bei Ihnen. Wenn bis Freitag nichts auf meinem Konto ist, gebe ich die Sache an die Verbraucherzentrale und an meinen Anwalt.

Claudia Reuter

Am 23.11.2026 schrieb Claudia Reuter:
> Sehr geehrte Damen und Herren,
> ich warte weiterhin auf die Erstattung für Buchung RW-661204. Bitte um Rückmeldung.
>
> Am 06.11.2026 schrieb Claudia Reuter:
>> Guten Tag, Sie haben unsere Reise am 20.10. storniert. Wann wird die Anzahlung
>> von 1.380 € zurückgezahlt?"""),
]
