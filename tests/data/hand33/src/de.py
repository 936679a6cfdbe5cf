# blind34 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandra Kowalczyk <sandra.kowalczyk@posteo.example>",
         to="kundenservice@werkhaus-baumarkt.example",
         subject="Ladegerät vom Akkuschrauber total verschmort",
         body="""\
Guten Abend,

ich habe im Oktober bei Ihnen in der Filiale Kassel-Waldau das Akkuschrauber-Set „ProDrill 18V“ gekauft (Kassenbon liegt mir vor, Art.-Nr. 4471-208).

Gestern Abend lag der Akku wie immer im Flur auf dem Ladegerät. Gegen halb zehn hat mein Mann einen beißenden Geruch bemerkt, und als er nachgeschaut hat, kam Qualm aus dem Ladegerät. Das Gehäuse ist auf der Unterseite schwarz und weggeschmolzen, auf der Kommode ist ein verkohlter Fleck. Beim Rausziehen des Steckers hat er sich zwei Finger verbrannt (Blasen, er war heute beim Arzt).

Das Gerät war nicht abgedeckt, und es lag nichts drumherum. Unsere Kinder (4 und 7) schlafen direkt nebenan – ich mag mir gar nicht ausmalen, was passiert wäre, wenn wir schon im Bett gelegen hätten.

Ladegerät und Akku habe ich aufbewahrt und Fotos gemacht. Wie geht es jetzt weiter? Und sind bei diesem Modell schon ähnliche Fälle bekannt? Wir haben noch einen zweiten Akku vom selben Set im Keller und trauen uns nicht, ihn zu laden.

Sandra Kowalczyk
Friedrich-Ebert-Str. 112, 34119 Kassel
Tel. 0561 4478 2210"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katrin Mehlhorn <k.mehlhorn@t-online.example>",
         to="info@pflegedienst-lindenhof.example",
         subject="Medikamente meines Vaters, Herrn Günter Mehlhorn",
         body="""\
Sehr geehrte Frau Albrecht,

ich schreibe Ihnen wegen meines Vaters, Günter Mehlhorn (Am Wiesengrund 9, Tour 3), den Ihr Team morgens und abends versorgt.

Ich möchte niemandem etwas unterstellen, und die Pflegekräfte sind sonst wirklich sehr lieb zu ihm. Als ich aber gestern Nachmittag den Wochendosierer kontrolliert habe, lagen für Dienstag und Mittwoch jeweils zwei ganze Tabletten Marcumar im Fach statt einer halben, wie es auf dem Medikamentenplan von Dr. Heine steht. Mein Vater hat sie offenbar auch genommen.

Seit gestern Abend hat er Nasenbluten, das kaum aufhört, und mehrere große blaue Flecken an den Armen. Heute früh waren wir beim Hausarzt, der Gerinnungswert war deutlich zu hoch; morgen muss er noch einmal hin.

Könnten Sie bitte prüfen, wer den Dosierer gestellt hat, und mich heute noch zurückrufen? Ich bin unter 0171 5530 918 erreichbar. Bis das geklärt ist, würde ich den Dosierer gern selbst stellen.

Mit freundlichen Grüßen
Katrin Mehlhorn"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Marek Wiśniewski <marek.wisniewski@gmx.example>",
         to="service@heizung-brenner-soehne.example",
         subject="Therme nach Wartung - Melder piept",
         body="""\
Hallo,

Ihre Techniker war letzte Woche Donnerstag bei uns für Wartung von die Gastherme (Auftrag W-2026-3318, Lindenstr. 4, 2. OG links).

Seit zwei Tagen piept der CO-Melder im Bad immer wieder, heute Nacht dreimal. Meine Frau und ich hatten heute morgen starke Kopfschmerzen und uns war schwindelig, die Kleine (8 Monate) hat viel gebrochen. Wir haben alle Fenster aufgemacht und die Therme ausgeschaltet, jetzt sind wir bei meiner Schwägerin.

Ich weiß nicht, ob das mit der Wartung zu tun hat, aber vorher war nie so was. Ist das gefährlich, wenn wir heute Abend wieder in die Wohnung gehen? Bitte schicken Sie schnell jemand, ich kann Schlüssel bei Nachbar lassen (Frau Reuter, 2. OG rechts).

Danke
Marek Wiśniewski
0176 2290 4471"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Thomas Brückner <thomas.brueckner@web.example>",
         to="werkstatt@radhaus-ostend.example",
         subject="Inspektion Kinderrad – Vorderrad hat sich gelöst!!",
         body="""\
Hallo zusammen,

am Samstag habe ich das Rad meines Sohnes (Cube Acid 240, blau) bei Ihnen nach der Inspektion abgeholt, Rechnung Nr. 26-11873, 89,90 €.

Heute Morgen auf dem Schulweg hat sich an der ersten Bordsteinkante das Vorderrad aus der Gabel gelöst. Der Schnellspanner war offensichtlich nicht zugemacht. Mein Sohn ist über den Lenker gegangen: Platzwunde am Kinn, Handgelenk verstaucht, wir kommen gerade aus der Notaufnahme. Zum Glück hatte er einen Helm auf.

Ich bin ehrlich gesagt fassungslos. Das ist doch das Erste, was man nach einer Inspektion kontrolliert! Wäre ihm das zwei Minuten später auf der Hanauer Landstraße neben dem Bus passiert, würde ich Ihnen jetzt nicht schreiben.

Das Rad steht bei uns im Keller, ich rühre nichts an. Ich erwarte heute noch einen Rückruf vom Werkstattleiter.

Thomas Brückner
0151 2388 6610

Von meinem iPhone gesendet"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ingrid Sauerwein <ingrid.sauerwein@posteo.example>",
         to="hilfe@spendenherz.example",
         subject="Abbuchungen, die ich nicht kenne",
         body="""\
Guten Tag,

ich unterstütze über Ihre Seite seit zwei Jahren monatlich mit 15 € den Tierschutzverein Hameln. Das ist alles in Ordnung.

Heute habe ich aber auf meinem Kontoauszug drei weitere Abbuchungen von Ihnen gefunden, die ich nicht gemacht habe:

- 28.11. 249,00 € „Spende Projekt 88412“
- 28.11. 249,00 € „Spende Projekt 88412“
- 29.11. 480,00 € „Spende Projekt 90177“

Diese Projekte kenne ich überhaupt nicht. In meinem Spenderkonto steht außerdem plötzlich eine Handynummer, die nicht meine ist. Ich selbst habe dort nichts geändert.

Bitte sperren Sie mein Konto, bis das geklärt ist, und sagen Sie mir, wie ich das Geld zurückbekomme. Meine Bank habe ich schon angerufen.

Ingrid Sauerwein
Spendernummer 10-228417"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Melanie Hartwig <m.hartwig@stb-kanzlei-roemer.example>",
         to="support@nordhost-it.example",
         subject="DRINGEND: Keine E-Mails seit heute 9 Uhr – Kanzlei Römer",
         body="""\
Sehr geehrte Damen und Herren,

ich schreibe im Auftrag von Herrn Römer und dem gesamten Team (14 Arbeitsplätze).

Seit heute ca. 9:00 Uhr kommt bei uns keine einzige E-Mail mehr an. Was wir verschicken, bleibt in Outlook im Postausgang hängen, nach ein paar Minuten erscheint:

  Der Vorgang wurde vom Server abgelehnt. Fehlercode: 0x800CCC0F
  Server: mail.stb-kanzlei-roemer.example, Port: 587

Mandanten rufen bereits an, weil ihre Mails an uns zurückkommen. Heute ist für viele die Abgabefrist für die Lohnunterlagen, wir können hier praktisch nicht arbeiten.

Bitte melden Sie sich umgehend telefonisch unter 0421 339 88 0.

Mit freundlichen Grüßen

Melanie Hartwig
Büroleitung
Steuerberatungskanzlei Römer & Partner mbB
Am Wall 140, 28195 Bremen

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Dr. Julia Feldmann <praxis@zahnarzt-feldmann.example>",
         to="hotline@dentasoft.example",
         subject="Totalausfall Praxissoftware – volles Wartezimmer",
         body="""\
Hallo DentaSoft-Team,

seit dem Update heute Nacht lässt sich DentaSoft Praxis an keinem unserer fünf Rechner mehr starten. Beim Öffnen kommt nur:

„Datenbankverbindung fehlgeschlagen (DB-Server nicht erreichbar). Wenden Sie sich an Ihren Administrator.“

Wir kommen damit weder an die Karteikarten noch an die Röntgenbilder, und die Kartenlesegeräte gehen auch nicht. Das Wartezimmer ist voll, im Moment behandeln wir nur Schmerzpatienten, aus dem Gedächtnis und auf Papier.

Ihre Hotline ist seit 7:30 Uhr dauerbesetzt. Bitte rufen Sie uns sofort an: 0911 204 77 31.

Kundennummer: DS-40987

Dr. Julia Feldmann
Zahnarztpraxis Feldmann, Nürnberg-Gostenhof"""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Jonas Peters <jonas.p@mailbox.example>",
         to="support@ladepunkt-app.example",
         subject="laden startet nicht",
         body="""\
hi stehe seit 40 min an der säule am rewe parkplatz gießen (ID DE*LPA*E2210), app hängt bei "ladevorgang wird gestartet" dann abbruch. 4 mal probiert, andere säule daneben genauso
akku bei 8% und ich muss heute noch nach frankfurt
was soll ich machen??
jonas

Gesendet von meinem Smartphone"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Renate Obermaier <r.obermaier@online.example>",
         to="onleihe@stadtbibliothek-rosenheim.example",
         subject="Frage zu den E-Books",
         body="""\
Liebes Bibliotheksteam,

eine kurze Frage: Ist es normal, dass das Herunterladen der E-Books seit letzter Woche so lange dauert? Früher war ein Buch in ein paar Sekunden auf meinem Tolino, jetzt läuft der Balken manchmal eine Viertelstunde und bricht dann bei etwa 80 % ab. Beim zweiten oder dritten Versuch klappt es meistens.

Hörbücher gehen gar nicht mehr, da kommt nur „Fehler beim Laden der Datei“.

Suchen und Ausleihen funktionieren ganz normal. Ich wollte es nur melden, vielleicht betrifft es ja auch andere Leserinnen und Leser.

Herzliche Grüße
Renate Obermaier
Leserausweis 00417729"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Aylin Yilmaz <yilmaz.familie@gmx.example>",
         to="verwaltung@musikschule-am-see.example",
         subject="Unterrichtsgebühr November doppelt abgebucht",
         body="""\
Guten Tag Frau Kessler,

bei der Unterrichtsgebühr für November ist anscheinend etwas schiefgelaufen. Auf unserem Konto sehe ich:

• 03.11.2026 – 78,00 € – Musikschule am See, Mandatsref. MS-2231
• 03.11.2026 – 78,00 € – Musikschule am See, Mandatsref. MS-2231
• 05.11.2026 – 32,50 € – Musikschule am See, „Leihgebühr Geige“

Die Leihgebühr stimmt, aber der Unterricht (Elif, Klavier, 45 Min.) wurde zweimal eingezogen. Können Sie die 78 € bitte zurücküberweisen oder mit Dezember verrechnen?

Viele Grüße
Aylin Yilmaz"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lea Brandstätter <lea.brandstaetter@icloud.example>",
         to="kundenservice@flinkmiete.example",
         subject="Kaution 1.500 € immer noch blockiert – Mietvertrag FM-7781204",
         body="""\
Hallo,

ich habe vom 14. bis 18.11. bei Ihnen in Leipzig einen Transporter für meinen Umzug gemietet (Vertrag FM-7781204) und ihn pünktlich, vollgetankt und ohne Schäden zurückgegeben. Das Rückgabeprotokoll ist unterschrieben, da ist alles in Ordnung.

Die Kaution von 1.500 € ist aber bis heute auf meiner Kreditkarte blockiert. Laut Ihren AGB wird sie spätestens nach 7 Werktagen freigegeben – das ist jetzt drei Wochen her.

Das Problem: Mein Kreditrahmen ist dadurch fast ausgeschöpft, und ich muss bis Montag die Kaution für meine neue Wohnung überweisen. Bitte geben Sie den Betrag so schnell wie möglich frei und schicken Sie mir eine kurze Bestätigung.

Danke und Grüße
Lea Brandstätter
Tel. 0157 3321 0982"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Bernd Kaltenbach <bernd.kaltenbach@freenet.example>",
         to="service@parkfix.example",
         subject="Frage zu 0,29 € Servicegebühr",
         body="""\
Moin,

nur eine kleine Frage, kein Drama: Auf meiner letzten Abrechnung (Parkvorgang 02.12., Bremerhaven, Zone 402) steht neben der Parkgebühr von 2,40 € noch eine „Servicegebühr“ von 0,29 €. Bei den Parkvorgängen davor war die nicht dabei.

Ist das neu, oder fällt die nur in bestimmten Städten an? Ich möchte es einfach verstehen.

Gruß
Bernd Kaltenbach"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@gmx.example>",
         to="mitglieder@tsv-gruenwald.example",
         subject="Passwort-Link kommt nicht an",
         body="""\
Hallo liebes TSV-Team,

ich komme seit letzter Woche nicht mehr in mein Mitgliederkonto im Vereinsportal. Mein Passwort wird nicht mehr angenommen, also habe ich auf „Passwort vergessen“ geklickt – aber die Mail mit dem Link kommt einfach nicht. Den Spam-Ordner habe ich natürlich kontrolliert, dreimal probiert.

Meine E-Mail-Adresse ist diese hier, Mitgliedsnummer 3318 (Abteilung Volleyball).

Könnten Sie das Passwort zurücksetzen oder mir den Link von Hand schicken? Ich würde gern die Hallenzeiten für Januar eintragen.

Sportliche Grüße
Sabine Krüger"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Frank Oehlschläger <f.oehlschlaeger@oehlschlaeger-elektro.example>",
         to="portal@steuerbuero-wendt.example",
         subject="Mandantenportal gesperrt – Unterlagen müssen bis Freitag hoch",
         body="""\
Sehr geehrte Frau Wendt,

beim Hochladen der Belege für den Jahresabschluss habe ich mich offenbar zweimal beim Passwort vertippt, und beim dritten Mal kam: „Ihr Zugang wurde aus Sicherheitsgründen gesperrt. Bitte wenden Sie sich an Ihre Kanzlei.“

Sie hatten mir ja gesagt, dass alle Unterlagen spätestens bis Freitag im Portal sein müssen, sonst schaffen Sie die Frist nicht mehr. Die Hälfte ist noch nicht drin.

Können Sie den Zugang bitte heute noch entsperren? Ich bin den ganzen Tag im Büro unter 05121 77 43 20 erreichbar.

Mit freundlichen Grüßen
Frank Oehlschläger

Oehlschläger Elektrotechnik GmbH
Mandanten-Nr. 20441
Ihr Partner für Elektroinstallation und Smart Home in Hildesheim"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Hildegard Baumann <hildegard.baumann@t-online.example>",
         to="kontakt@optik-sonnenschein.example",
         subject="E-Mail-Adresse ändern",
         body="""\
Guten Tag,

ich habe bei Ihnen im letzten Jahr ein Kundenkonto angelegt, um meine Kontaktlinsen nachzubestellen. Jetzt habe ich eine neue E-Mail-Adresse (die, von der ich gerade schreibe) und möchte die alte Adresse h.baumann@aol.example nicht mehr benutzen.

Wo kann ich das in meinem Konto ändern? Unter „Mein Profil“ finde ich nur Name und Anschrift.

Vielen Dank und freundliche Grüße
Hildegard Baumann"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Claudia Rehberg <claudia.rehberg@web.example>",
         to="info@sprachschule-babel.example",
         subject="Crashkurs Italienisch vor Ostern?",
         body="""\
Hallo,

mein Mann ist seit unserem letzten Urlaub in Apulien Feuer und Flamme für Italien und will unbedingt, dass wir Ostern mehr können als „un caffè, per favore“. Ich bin da ehrlich gesagt ein hoffnungsloser Fall, mein Schulfranzösisch ist auch längst komplett abgestürzt.

Bieten Sie im Februar/März einen Crashkurs für absolute Anfänger an, gern abends oder am Wochenende? Und wie ist das, wenn einer von uns krankheitsbedingt ausfällt – kann man Stunden nachholen, oder gibt es dann eine Erstattung?

Viele Grüße aus Bamberg
Claudia Rehberg"""),

    dict(n=17, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Dieter Lammers <dieter.lammers@mailbox.example>",
         to="service@thermowatt-waermepumpen.example",
         subject="AW: Wärmepumpe komplett ausgefallen – Ticket #55120",
         body="""\
Hallo Herr Schulte,

Ihr Monteur war heute Mittag da und hat die Platine getauscht, seitdem läuft die Anlage wieder einwandfrei, und das Haus ist schon wieder schön warm. Vielen Dank für den schnellen Einsatz, das war wirklich klasse!

Können Sie mir bei Gelegenheit noch sagen, wann die nächste reguläre Wartung fällig ist?

Viele Grüße
Dieter Lammers

Am 03.12.2026 um 07:12 schrieb Dieter Lammers <dieter.lammers@mailbox.example>:
> Guten Morgen,
> unsere Wärmepumpe (Thermowatt LWP 9, Seriennr. TW9-220871) ist seit heute
> Nacht komplett ausgefallen. Im Display steht „Störung E41“, wir haben
> weder Heizung noch Warmwasser, draußen sind minus 6 Grad.
> Bitte schicken Sie so schnell wie möglich jemanden vorbei.
> Dieter Lammers
> Hauptstraße 17, 26131 Oldenburg"""),

    dict(n=18, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Stefanie Wolters <stefanie.wolters@gmx.example>",
         to="kita-sonnenblume@kita-verbund-mitte.example",
         subject="AW: Kein Zugang zum Elternportal",
         body="""\
Liebe Frau Demir,

hat geklappt, ich bin wieder drin und habe die Fotos vom Ausflug gesehen – so schön! Danke für die schnelle Hilfe.

Kleine Frage noch: Steht der Termin für den Weihnachtsbasar schon fest? Ich würde gern wieder Waffeln backen.

Liebe Grüße
Stefanie (Mama von Ben, Gruppe Igel)

-----Ursprüngliche Nachricht-----
Von: Stefanie Wolters <stefanie.wolters@gmx.example>
Gesendet: Montag, 7. Dezember 2026 08:41
An: kita-sonnenblume@kita-verbund-mitte.example
Betreff: Kein Zugang zum Elternportal

> Hallo Frau Demir,
> seit dem Handywechsel komme ich nicht mehr ins Elternportal. Beim Login
> steht „Benutzername oder Passwort falsch“, und der Link zum Zurücksetzen
> kommt nicht an. Mein Konto ist jetzt auch noch gesperrt. Könnten Sie
> meinen Zugang bitte zurücksetzen?
> Danke, Stefanie Wolters"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Digitalzentrum Handwerk Südwest <newsletter@dz-handwerk-suedwest.example>",
         to="service@moebel-hofmann.example",
         subject="Einladung: Webinar „Gehackt, gesperrt, abgezockt?“ am 14. Januar",
         body="""\
Sehr geehrte Damen und Herren,

jeden Tag werden kleine und mittlere Betriebe Opfer von Cyberangriffen: gehackte E-Mail-Konten, gefälschte Rechnungen, verschlüsselte Server, gestohlene Passwörter. Oft merkt man den Schaden erst, wenn die Überweisung schon raus ist.

In unserem kostenlosen Webinar zeigen wir Ihnen in 60 Minuten:

– wie Sie Phishing-Mails und gefälschte Rechnungen erkennen,
– warum Passwort-Manager und Zwei-Faktor-Anmeldung Pflicht sind,
– was im Notfall zu tun ist, wenn plötzlich der ganze Betrieb stillsteht.

Termin: Donnerstag, 14. Januar 2027, 16:00–17:00 Uhr, online
Referent: Markus Pfeiffer, IT-Sicherheitsberater

Anmeldung unter www.dz-handwerk-suedwest.example/webinar

Mit freundlichen Grüßen
Ihr Team vom Digitalzentrum Handwerk Südwest

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: www.dz-handwerk-suedwest.example/abmelden"""),

    dict(n=20, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Luca Hoffmann <luca.hoffmann2003@gmail.example>",
         to="info@zweirad-kessler.example",
         subject="Bewerbung als Zweiradmechatroniker (m/w/d)",
         body="""\
Sehr geehrter Herr Kessler,

mit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich hiermit als Zweiradmechatroniker.

Schon als Kind habe ich jedes kaputte Rad aus der Nachbarschaft in unserer Garage wieder fahrbereit gemacht. Im Juli habe ich meine Ausbildung bei Fahrrad Ziegler in Fulda abgeschlossen; dort war ich vor allem für E-Bike-Diagnose sowie Bremsen- und Federgabelservice zuständig. Von gerissenen Ketten bis zu abgestürzten Motorsteuerungen habe ich schon so ziemlich alles gesehen.

In meiner Freizeit fahre ich Enduro-Rennen – wie sich nach einem Sturz ein verbogenes Schaltauge anfühlt, weiß ich also aus eigener Erfahrung.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen. Lebenslauf und Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Luca Hoffmann
Tel. 0160 9983 1174"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nadine Zimmermann <nadine.zimmermann@mailbox.example>",
         to="beratung@gartenwelt-mueller.example",
         subject="Frage vor dem Kauf: Feuerschale „Inferno 60“",
         body="""\
Hallo,

ich überlege, meinem Vater zu Weihnachten die Feuerschale „Inferno 60“ aus Cortenstahl (Art.-Nr. 558-2031) zu schenken. Er ist seit Jahren begeisterter Camper und schwärmt ständig von Lagerfeuerabenden.

Zwei Fragen dazu:
1. Gibt es dafür einen passenden Funkenschutz-Deckel, oder muss man den separat bei einem anderen Hersteller kaufen?
2. Falls sie ihm nicht gefällt: Kann er sie nach Weihnachten noch zurückgeben und bekommt das Geld erstattet, oder gibt es dann nur einen Gutschein?

Danke schon mal!
Nadine Zimmermann"""),

    dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Ralf Neumeyer <ralf.neumeyer@gmx.example>",
         to="termine@zahnarztpraxis-am-markt.example",
         subject="Termin 15.12. verschieben",
         body="""\
Guten Tag,

entschuldigen Sie die Störung. Ich habe am 15.12. um 8:30 Uhr einen Termin zur Zahnreinigung, muss den aber leider verschieben. Ich habe die letzte Woche mit Grippe flachgelegen und hänge auf der Arbeit jetzt total hinterher.

Anrufen konnte ich nicht, mein Handy ist mir gestern auf die Fliesen geknallt und das Display ist komplett hinüber. Hätten Sie im Januar noch etwas frei, gern früh morgens? Am besten antworten Sie mir per Mail.

Viele Grüße
Ralf Neumeyer
(Patient seit 2019, geb. 12.04.1978)"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Michael Strobel <michael.strobel@web.example>",
         to="kundenservice@schnellpaket.example",
         subject="AW: AW: Erstattung verlorenes Paket – Sendung 00340 4412 7781 2290",
         body="""\
Das ist jetzt meine DRITTE Mail zu diesem Thema, und außer automatischen Antworten habe ich von Ihnen bis heute nichts gehört.

Ihr Zusteller hat das Paket am 28.10. nachweislich verloren, Ihre Sendungsverfolgung zeigt seit sechs Wochen „in Zustellung“. Die Erstattung von 389,00 € für den Warenwert wurde mir im Ticket 2026-118834 zugesagt. Angekommen ist: NICHTS.

Wenn das Geld nicht bis Freitag auf meinem Konto ist, gebe ich die Sache an die Schlichtungsstelle und an meinen Anwalt weiter.

M. Strobel

Am 20.11.2026 um 18:05 schrieb Michael Strobel <michael.strobel@web.example>:
> Hallo, ich warte immer noch auf die zugesagte Erstattung von 389,00 €
> zu Ticket 2026-118834. Wann wird das Geld überwiesen?
> M. Strobel
>
> Am 06.11.2026 um 09:47 schrieb Michael Strobel <michael.strobel@web.example>:
> > Guten Tag, mein Paket (Sendung 00340 4412 7781 2290) ist laut Ihrem
> > Kundenservice verloren gegangen. Am Telefon wurde mir die Erstattung
> > des Warenwerts (389,00 €) zugesagt. Bitte bestätigen Sie mir das schriftlich.
> > Michael Strobel"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Andreas Kuhnert <a.kuhnert@hausverwaltung-kuhnert.example>",
         to="stoerung@stadtwerke-weidenau.example",
         subject="Kein Wasser in Wohnanlage Am Eichenhang 2–6 (84 Wohneinheiten)",
         body="""\
Sehr geehrte Damen und Herren,

als Verwalter der Wohnanlage Am Eichenhang 2, 4 und 6 melde ich Ihnen, dass seit heute ca. 5:30 Uhr in allen drei Häusern kein Wasser mehr aus den Leitungen kommt. Betroffen sind 84 Wohneinheiten, darunter eine Senioren-WG und eine Tagespflege im Erdgeschoss von Nr. 4.

Unser Hausmeister hat die Hausanschlüsse geprüft: Die Haupthähne sind offen, auf unserer Seite ist kein Rohrbruch zu erkennen. In der Lerchenstraße gegenüber soll es ebenfalls kein Wasser geben.

Ihre Störungshotline ist seit einer Stunde besetzt. Bitte teilen Sie uns mit, ob der Ausfall bekannt ist und wann mit einer Wiederversorgung zu rechnen ist. Falls es länger dauert, bräuchten wir dringend einen Wasserwagen für die Tagespflege.

Mit freundlichen Grüßen
Andreas Kuhnert
Hausverwaltung Kuhnert GmbH
Tel. 02732 55 18 0 | Notdienst 0171 22 90 314

Geschäftsführer: Andreas Kuhnert · Amtsgericht Siegen HRB 8812
Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht."""),
]
