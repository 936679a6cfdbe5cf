# blind20 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jörg Hansmeier <j.hansmeier@hausmail.example>",
         to="service@ladepunkt-home.example",
         subject="Wallbox LP-11: Stecker verfärbt und sehr heiß",
         body="""\
Guten Tag,

an unserer Wallbox LP-11 (Seriennummer LP11-0087342) fällt mir seit letzter
Woche etwas auf, das ich nicht einordnen kann.

Wenn das Auto über Nacht lädt, hört man aus dem Gehäuse ein leises Knistern,
und morgens riecht es in der Garage nach heißem Plastik. Gestern Abend konnte
ich den Stecker nach dem Laden kaum anfassen. Am Typ-2-Stecker sind zwei
Kontakte jetzt dunkelbraun, und die Kunststoffkante daneben ist leicht
verformt (Fotos anbei).

Die Garage ist direkt ans Haus gebaut, die Kinderzimmer liegen genau darüber.
Ich habe die Wallbox jetzt am Leitungsschutzschalter abgeschaltet und lade
gar nicht mehr.

Bitte melden Sie sich heute noch: Soll ich selbst einen Elektriker holen oder
schicken Sie jemanden? Installiert wurde die Box im März von Ihrem
Partnerbetrieb Elektro Schäfer.

Mit freundlichen Grüßen
Jörg Hansmeier
Tel. 089 99998 214"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@webpost.example>",
         to="hilfe@pfotenfinder.example",
         subject="Deckel vom PfotenFinder Mini lässt sich einfach abziehen – Batterie fehlte",
         body="""\
Hallo,

unser Hund trägt seit Mai den PfotenFinder Mini am Halsband. Heute Mittag lag
der Tracker ohne Deckel im Flur, und die Knopfzelle (CR2032) war weg.

Unsere Tochter ist zwei. Kurz danach hat sie stark gesabbert, immer wieder
gewürgt und wollte nichts mehr trinken. In der Kinderklinik hat man auf dem
Röntgenbild die Batterie in der Speiseröhre gefunden, sie wurde am Nachmittag
unter Narkose herausgeholt. Die Schleimhaut darunter ist schon dunkel
verfärbt, sie bleibt jetzt ein paar Tage dort.

Der Deckel ist nur aufgesteckt und geht mit dem Fingernagel ab, das habe ich
gerade an unserem zweiten Tracker ausprobiert.

Ich möchte wissen, wie viele dieser Tracker verkauft wurden und was Sie jetzt
unternehmen. Bitte rufen Sie mich an: 030 23125 417.

Sabine Krüger
Bestellnummer PF-2024-66183"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Leon Baumgartner <leon.baumgartner@mailbox.example>",
         to="kundenservice@athletenkraft.example",
         subject="Frage zu PUMP X Booster, Charge 24-117",
         body="""\
Hallo,

ist es normal, dass man auf einen Messlöffel PUMP X Booster so reagiert?

Ich habe am Dienstag vor dem Training wie auf der Dose angegeben einen
Löffel in 300 ml Wasser getrunken. Nach einer Viertelstunde hatte ich
Herzrasen (Pulsuhr: 178 im Sitzen), mir wurde schwindelig, die Hände haben
gekribbelt und ich musste mich zweimal übergeben. Auf Brust und Armen kamen
rote, juckende Quaddeln. Mein Trainingspartner hat dasselbe Pulver genommen
und lag danach eine Stunde kreidebleich in der Umkleide auf der Bank.

Ich nehme seit Jahren Booster, so etwas hatte ich noch nie. Die Dose hat die
Chargennummer 24-117 und ist am 3. bei Ihnen im Shop gekauft. Ich rühre das
Zeug nicht mehr an, würde aber gern wissen, was in dieser Charge drin ist.

Gruß
Leon Baumgartner"""),

    dict(n=4, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Ingrid Vollmer <i.vollmer@t-post.example>",
         to="datenschutz@apotheke-zuhause.example",
         subject="Meine Medikamente und Rezeptdaten bei einer fremden Person",
         body="""\
Sehr geehrte Damen und Herren,

gestern Abend rief mich eine mir völlig unbekannte Frau aus Kassel an und las
mir am Telefon vor, welche Medikamente ich nehme. Sie hatte ein Paket von
Ihnen bekommen, auf dem Karton stand ihre Adresse, aber darin lagen meine
Medikamente, die Kopie meines Rezepts und ein Lieferschein mit meinem
Geburtsdatum, meiner Versichertennummer und meiner Diagnose.

Das ist eine schwere Datenschutzverletzung. Ich erwarte eine schriftliche
Erklärung, wie das passieren konnte, ob noch andere Kunden betroffen sind und
ob Sie den Vorfall der Aufsichtsbehörde melden. Außerdem möchte ich wissen,
wo das Paket ist, das eigentlich für mich bestimmt war, und wer es bekommen
hat.

Kundennummer: AZ-310775

Mit freundlichen Grüßen
Ingrid Vollmer"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Martina Özdemir <m.oezdemir@tagespflege-lindenhof.example>",
         to="support@carestamp.example",
         subject="Lindenhof: niemand kann sich einstempeln, Gästepläne leer",
         body="""\
Guten Morgen,

seit 6:30 Uhr kann sich bei uns niemand einstempeln. Das Terminal am Eingang
zeigt nur „Verbindung wird hergestellt …“ und dreht sich. In der App sind
außerdem bei allen 42 Gästen die Tages-, Essens- und Fahrpläne leer.

Die Fahrer bringen gerade die ersten Gäste, und meine Kolleginnen wissen nicht,
wer heute Schonkost bekommt, wer zur Krankengymnastik abgeholt wird und wer
um 14 Uhr wieder nach Hause gefahren werden muss. Die Medikamentenpläne haben
wir zum Glück noch als Ausdruck vom Freitag. Alles andere schreiben wir
gerade auf Papier und telefonieren die Angehörigen ab.

Einrichtungs-Nr. TP-0219
Bitte rufen Sie sofort zurück: 069 90009 233

Martina Özdemir
Pflegedienstleitung Tagespflege Lindenhof"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Friedrich Lautenschläger <f.lautenschlaeger@weingut-lautenschlaeger.example>",
         to="haendler@vinoversand.example",
         subject="Bestellungen kommen nicht im Lager an – über 300 Pakete offen",
         body="""\
Hallo,

seit gestern Abend gegen 22 Uhr laufen in unserem Webshop ganz normal
Bestellungen ein, die Kunden bekommen auch ihre Bestätigung. Im Lagerbereich
Ihres Portals kommt aber keine einzige davon an – die Liste „Zu versenden“
zeigt seit gestern Abend „Keine offenen Aufträge“.

Laut Shop-Backend haben sich inzwischen 312 Bestellungen angestaut, darunter
40 Firmenpräsente für eine Kundenveranstaltung am Freitag, die heute
rausmüssen. DHL holt um 15 Uhr ab. Wir packen gerade von Hand anhand der
Bestätigungsmails, aber ohne Etiketten aus Ihrem System schaffen wir das nie.

Händlerkonto: VV-H-1893 (Weingut Lautenschläger, Pfalz)
Telefon: 069 90009 517

Friedrich Lautenschläger"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Petra Nowak <petra.nowak@webpost.example>",
         to="buchung@baeder-nordstadt.example",
         subject="Bahnbuchung – nur weiße Seite",
         body="""\
Hallo,

seit Sonntag komme ich beim Buchen nur bis zur Auswahl der Bahn. Sobald ich
auf „Bahn reservieren“ klicke, kommt eine weiße Seite, egal ob am Handy oder
am Laptop. So kann ich weder fürs Frühschwimmen noch für den Aquafitness-Kurs
buchen, und meine 10er-Karte läuft Ende des Monats ab.

Kundennummer 40-22871

Viele Grüße
Petra Nowak"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Clara Benedikt <clara@yogaraum-benedikt.example>",
         to="support@studiostream.example",
         subject="Livestreams ruckeln seit Montag",
         body="""\
Liebes StudioStream-Team,

seit Montag ruckeln unsere Livestreams stark, und der Ton hängt etwa zwei
Sekunden hinter dem Bild – bei Yoga-Ansagen ziemlich unpraktisch. Die
Aufzeichnungen in der Mediathek laufen dagegen einwandfrei, und unsere
Internetleitung im Studio haben wir prüfen lassen (250 Mbit/s Upload).

Die Teilnehmenden können zur Not die Aufzeichnung am Abend nehmen, aber
gerade die Morgenklasse lebt vom Live-Gefühl. Können Sie sich das anschauen?

Studio-ID: YR-5521

Namasté
Clara Benedikt"""),

    dict(n=9, signals="outage,account", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Thomas Reinhardt <t.reinhardt@gesamtschule-am-see.example>",
         to="schulen@lingofix.example",
         subject="Schullizenz: 25 Schüler kommen nach Passwort-Reset nicht mehr rein",
         body="""\
Sehr geehrtes LingoFix-Team,

nach dem erzwungenen Passwort-Reset am Montag kommen 25 Schülerinnen und
Schüler meiner Klasse 9b nicht mehr in ihre Konten. Die neuen Passwörter
werden mit „Ungültige Anmeldedaten“ abgelehnt, und die Mail „Passwort
vergessen“ kommt bei niemandem an. Nur die drei Kinder, die sich vor dem
Wochenende nicht eingeloggt hatten, kommen noch rein.

Die Wortschatz-Hausaufgaben für die Englisch-Klassenarbeit nächste Woche
laufen komplett über LingoFix. Our school's IT admin checked the firewall and
says the problem is on your side, not ours.

Schullizenz: LF-SCH-20877
Telefon Sekretariat: 0221 4710 392

Mit freundlichen Grüßen
Thomas Reinhardt"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Anja Seidel <anja.seidel@hausmail.example>",
         to="service@schlankekueche.example",
         subject="Zweimal abgebucht?",
         body="""\
Hallo,

ist es normal, dass die Low-Carb-Box diese Woche zweimal abgebucht wurde? Auf
meinem Konto stehen am 11.03. zwei Lastschriften über je 59,90 € mit dem
Verwendungszweck „Schlanke Küche Abo KW11“. Geliefert wurde natürlich nur eine
Box. Bitte die zweite Abbuchung zurücküberweisen.

Kundennummer SK-88214

Danke und Gruß
Anja Seidel"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Günter Hoffmann <guenter.hoffmann@t-post.example>",
         to="kundenservice@reha-mietservice.example",
         subject="Kaution für Motorschiene noch nicht zurück – brauche das Geld",
         body="""\
Sehr geehrte Damen und Herren,

ich habe die Kniemotorschiene (Mietvertrag RM-40912) nach meiner Reha am
14. Februar vollständig und gereinigt zurückgegeben, der Fahrer hat die
Abholung quittiert. Die Kaution von 250 € sollte laut Vertrag innerhalb von
14 Tagen zurückkommen. Bis heute ist nichts auf meinem Konto eingegangen.

Ich bin seit der Operation krankgeschrieben und mein Krankengeld kommt erst
später. Die Miete ist am Ersten fällig, und ich brauche die Kaution dafür
dringend. Bitte überweisen Sie den Betrag diese Woche.

IBAN wie bei der Anmietung angegeben (endet auf 4471).

Mit freundlichen Grüßen
Günter Hoffmann
Tel. 040 66969 128"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Heike Brandstätter <heike.brandstaetter@mailbox.example>",
         to="mitglieder@pannenhilfe-plus.example",
         subject="Mitgliedschaft 77-503118 – Adresse, Zweitwagen und Rechnung",
         body="""\
Guten Tag,

ich habe mehrere Anliegen zu meiner Mitgliedschaft, Nr. 77-503118.

1. Wir sind im Januar umgezogen, die neue Anschrift lautet Am Mühlbach 12,
   91541 Rothenburg. In der App steht noch die alte Adresse, bitte ändern.
2. Mein Mann hat sich einen gebrauchten Golf gekauft. Kann der Zweitwagen
   einfach mit in meine Mitgliedschaft, oder braucht er eine eigene?
3. Vielen Dank noch mal an den Fahrer, der uns im Dezember bei Eis und
   Schnee an der A7 so schnell abgeschleppt hat. Das war wirklich toll.
4. In der Jahresrechnung vom 1. März (RE-2025-118204) wird mir der Tarif
   „Premium Europa“ mit 139,00 € berechnet. Ich habe aber nur „Basis
   Deutschland“ für 69,00 € – so steht es auch in meinem Mitgliedsausweis.
   Die Lastschrift ist schon durch. Bitte korrigieren Sie die Rechnung und
   erstatten Sie die Differenz von 70,00 €.

Vielen Dank und freundliche Grüße
Heike Brandstätter"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Felix Wendt <felix.wendt@webpost.example>",
         to="hilfe@geldzurueck-app.example",
         subject="0,50 € Gebühr bei Auszahlung",
         body="""\
Hi, mir sind bei meiner Cashback-Auszahlung gestern 0,50 € „Bearbeitungsgebühr“
abgezogen worden. Kein Drama, mich würde nur interessieren, wofür die ist. Gruß, Felix"""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Renate Fuchs <renate.fuchs@hausmail.example>",
         to="service@wellnesszeit-gutscheine.example",
         subject="AW: Information zur Störung am Wochenende",
         body="""\
Guten Tag,

danke für die Information. Bei mir ist seit heute aber das Konto gesperrt:
„Zu viele fehlgeschlagene Anmeldeversuche“. Ich habe mich nur zweimal vertippt.
Die E-Mail zum Entsperren kommt nicht an, auch nicht im Spam-Ordner. Ich
möchte meinen Spa-Gutschein für Ostern einlösen, der liegt in meinem Konto.

Mit freundlichen Grüßen
Renate Fuchs

Am 09.03. um 10:12 schrieb Wellnesszeit Kundenservice <service@wellnesszeit-gutscheine.example>:
> Liebe Kundin, lieber Kunde,
> aufgrund eines Systemausfalls konnten am Samstag zwischen 14 und 19 Uhr
> keine Gutscheine eingelöst werden. Die Störung ist inzwischen behoben.
> Wir bitten um Entschuldigung.
> Ihr Wellnesszeit-Team"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Walter Ziegler <walter.ziegler@t-post.example>",
         to="support@hoerklar-app.example",
         subject="Bestätigungscode kommt nicht an",
         body="""\
Guten Tag,

ich habe ein neues Handy mit neuer Nummer. Wenn ich mich in der HörKlar-App
anmelden will, schickt sie den Bestätigungscode per SMS an meine alte Nummer,
die es nicht mehr gibt. Ohne die App kann ich an meinen Hörgeräten die
Programme nicht mehr umstellen. Meine neue Nummer ist 030 23125 904.

Kundennummer HK-66012

Mit freundlichen Grüßen
Walter Ziegler"""),

    dict(n=16, signals="payment,account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Melanie Roth <melanie.roth@mailbox.example>",
         to="hilfe@geschenkwerk.example",
         subject="Konto gelöscht – mit 150 € Guthaben",
         body="""\
Hallo,

ich wollte nur den Newsletter abbestellen, und jetzt ist mein ganzes Konto
weg. Beim Anmelden heißt es „Kein Konto mit dieser E-Mail-Adresse gefunden“.
Auf dem Konto lag ein Guthaben von 150,00 € aus zwei eingelösten
Geschenkkarten (Weihnachten, von meinen Eltern), das ich noch nicht
ausgegeben hatte.

Bitte stellen Sie das Konto samt Guthaben wieder her oder zahlen Sie mir den
Betrag aus.

E-Mail des Kontos: melanie.roth@mailbox.example
Kartennummern: GW-4418-2290 und GW-4418-3307

Viele Grüße
Melanie Roth"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Dieter Lang <dieter.lang@webpost.example>",
         to="support@glukoplus.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Guten Tag, wie kann ich für mein GlukoPlus-Konto die Anmeldung mit
Bestätigungscode einschalten? Ich finde die Einstellung in der App nicht. Gruß, D. Lang"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marco Albrecht <marco.albrecht@hausmail.example>",
         to="feedback@dojo-app.example",
         subject="Neues Trainingstagebuch ist der Hammer",
         body="""\
Servus,

nur kurz: Das neue Trainingstagebuch in der App ist echt der Hammer. Endlich
sehe ich, wie oft ich diesen Monat beim Sparring war. Unser Trainer hat uns
gestern übrigens komplett fertiggemacht, ich hab heute Muskelkater des Todes
und bin vor Lachen fast gestorben, als die App mir dafür ein Abzeichen
„Kämpferherz“ verliehen hat.

Weiter so!
Marco"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Katrin Vogel <katrin.vogel@mailbox.example>",
         to="abo@frischkorb.example",
         subject="AW: Ihre Zahlung konnte nicht verarbeitet werden",
         body="""\
Hallo,

hat sich erledigt – ich hatte noch die abgelaufene Karte hinterlegt. Habe sie
eben ausgetauscht, und die Box steht in der App jetzt als bezahlt.

Danke und schönes Wochenende!
Katrin Vogel

-----Ursprüngliche Nachricht-----
Von: Frischkorb Abo-Service <abo@frischkorb.example>
Gesendet: Donnerstag, 13. März 08:30
Betreff: Ihre Zahlung konnte nicht verarbeitet werden

> Liebe Frau Vogel,
> leider ist die Zahlung für Ihre Frischkorb-Box vom 14.03. fehlgeschlagen.
> Bitte aktualisieren Sie Ihre Zahlungsdaten bis Freitag, 12 Uhr, damit
> wir Ihre Lieferung nicht stornieren müssen."""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Hartmut Seeger <hartmut.seeger@t-post.example>",
         to="service@parkpilot.example",
         subject="AW: Ticket 20931 – Parksensoren piepen dauerhaft",
         body="""\
Sehr geehrter Herr Yilmaz,

nach dem Update von gestern piepen die Sensoren wieder nur, wenn wirklich
etwas hinter dem Wagen ist. Der Dauerton ist weg, und meine Frau traut sich
auch wieder in die enge Tiefgarage. Herzlichen Dank für Ihre Geduld am
Telefon, das war vorbildlicher Service.

Mit freundlichen Grüßen
Hartmut Seeger"""),

    dict(n=21, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Susanne Ebert <susanne.ebert@hausmail.example>",
         to="info@essen-auf-raedern-sued.example",
         subject="Liefern Sie nach Feuerbach?",
         body="""\
Guten Tag,

meine Mutter zieht im April zu uns nach Stuttgart-Feuerbach. Liefern Sie dort
auch mittags warmes Essen, und gibt es Diabetiker-Menüs? Falls nicht: Wir
überlegen auch, ob sie später zu meinem Bruder nach Brand-Erbisdorf geht –
gehört das noch zu Ihrem Liefergebiet?

Was kostet ein Menü pro Tag, und kann man das Abo monatlich kündigen?

Vielen Dank
Susanne Ebert"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="PrüfungsProfi <newsletter@pruefungsprofi.example>",
         to="jana.koehler@webpost.example",
         subject="Blackout in der Prüfung? Dein Notfallplan für die letzten 7 Tage",
         body="""\
Hallo Jana,

noch eine Woche bis zum Abi – und die Panik steigt? Keine Sorge, damit bist
du nicht allein. In diesem Newsletter:

- Der 7-Tage-Notfallplan: Was du jetzt noch lernen solltest (und was nicht)
- Blackout in der mündlichen Prüfung: 3 Tricks, die sofort helfen
- Neu: 20 Probeklausuren Mathe mit Lösungen – jetzt 30 % günstiger
- Tipp: Schütze dein PrüfungsProfi-Konto mit einem sicheren Passwort

Viel Erfolg – du schaffst das!
Dein PrüfungsProfi-Team

Newsletter abbestellen: https://pruefungsprofi.example/abmelden"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Jan-Philipp Kreuzer <jp.kreuzer@mailbox.example>",
         to="support@pendelroller.example",
         subject="App verbindet sich nicht mehr mit dem Roller",
         body="""\
Hallo,

seit dem App-Update letzte Woche findet die PendelRoller-App meinen Scooter
nicht mehr („Kein Gerät in der Nähe“). Entsperren über den PIN-Code am Display
klappt aber, damit komme ich morgens zur Arbeit. Nur Akkustand, Fahrmodus und
die Fahrtenliste sehe ich halt nicht mehr.

Modell PR-8 Commuter, Seriennummer PR8-310552, iPhone 13, iOS aktuell.

Gruß
Jan-Philipp Kreuzer"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Stefanie Marquardt <s.marquardt@marquardt-logistik.example>",
         to="firmenkunden@leasewerk.example",
         subject="AW: Sammelrechnung März doppelt abgebucht – 2. Erinnerung",
         body="""\
Sehr geehrte Damen und Herren,

auf meine Mail von letztem Dienstag habe ich bis heute keine Antwort. Die
doppelte Abbuchung über 18.412,60 € ist weiterhin nicht erstattet. Am 28.
zahlen wir die Gehälter für 64 Mitarbeitende, und durch die fehlenden
18.000 € wird das Geschäftskonto knapp. Wir leasen 46 Fahrzeuge bei Ihnen und
erwarten, dass sich heute jemand aus der Firmenkundenbetreuung meldet.

Telefon: 089 99998 671

Stefanie Marquardt
Kaufmännische Leitung, Marquardt Logistik GmbH

Am 11.03. um 09:41 schrieb Stefanie Marquardt:
> Guten Tag,
> die Sammelrechnung März (SR-2025-03-0046) über 18.412,60 € wurde am
> 10.03. zweimal per Lastschrift von unserem Konto eingezogen. Bitte
> erstatten Sie den doppelten Betrag umgehend.
> Rahmenvertrag: LW-FK-0311
> Stefanie Marquardt"""),
]
