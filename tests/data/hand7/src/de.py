# blind8 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ulrike Sommer <u.sommer@web-post.example>",
         to="service@nordsauna.example",
         subject="Frage zu unserem Saunaofen Kelo 9",
         body="""\
Guten Tag,

wir haben im Frühjahr über Ihren Shop den Ofen Kelo 9 kW (Bestellnr. NS-104417) für unsere Gartensauna gekauft und vom Elektriker anschließen lassen. Bisher lief alles gut, wir waren sehr zufrieden.

Am Samstag waren wir etwa eine Stunde in der Sauna, danach roch es im Vorraum stark verkohlt. Als mein Mann nachgesehen hat, war die Holzverkleidung hinter dem Ofen auf ca. 30 cm Höhe schwarz, an einer Stelle ist das Holz richtig aufgerissen und bröselig. Die Halterung vom Schutzgitter war so heiß, dass er sie nicht anfassen konnte, obwohl der Ofen da schon eine halbe Stunde aus war. Der Wandabstand entspricht genau der Anleitung, wir haben nachgemessen.

Die Sicherung ist jetzt raus und wir benutzen die Sauna nicht mehr. Können Sie uns sagen, ob der Ofen defekt ist oder ob vielleicht der Temperaturbegrenzer nicht abschaltet? Fotos schicke ich gern.

Mit freundlichen Grüßen
Ulrike Sommer"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thomas Keller <thomas.keller@familie-keller.example>",
         to="kundenservice@dosimed.example",
         subject="Pumpe meiner Tochter – Anzeige stimmt nicht?",
         body="""\
Sehr geehrte Damen und Herren,

meine Tochter (11) trägt seit Juli die DosiMed Flow (Seriennr. DF-3318-2207). Ich schreibe Ihnen, weil uns heute Nacht etwas beunruhigt hat und ich gern wüsste, wie wir weiter vorgehen sollen.

Gegen 2 Uhr hat der Sensor Alarm gegeben, Wert 410 mg/dl. Laut Pumpe wurden abends alle Boli und die Basalrate ganz normal abgegeben, das Protokoll zeigt keinen Fehler. Beim Wechsel des Reservoirs haben wir dann gesehen, dass es fast noch genauso voll war wie am Vormittag nach dem Befüllen. Der Katheter war nicht abgeknickt, wir haben ihn trotzdem gewechselt.

Wir haben mit dem Pen korrigiert, inzwischen geht es ihr wieder besser, sie war nur sehr müde und hatte Ketone im Urin. Die Diabetesambulanz weiß Bescheid.

Bis wir von Ihnen hören, spritzen wir lieber wieder mit Pen. Brauchen Sie das Gerät zurück, und gibt es eine Ersatzpumpe?

Mit freundlichen Grüßen
Thomas Keller"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Markus Wendt <m.wendt@wendt-lager.example>",
         to="service@hubtec-stapler.example",
         subject="Stapler HT-25 Nr. 3 – Bremse hält nicht!!",
         body="""\
Hallo,

bei unserem Mietstapler HT-25 (Fahrgestellnr. 25-88412, Vertrag MV-2291) hält die Feststellbremse nicht mehr. Heute früh ist der Stapler an der Laderampe mit voller Palette auf der Gabel von alleine losgerollt, Richtung Rampenkante. Ein Kollege stand dahinter und konnte gerade noch zur Seite springen, er hat sich dabei am Arm verletzt (Prellung, Betriebsarzt hat schon draufgeschaut).

Das Ding ist so eine echte Gefahr. Wir haben ihn abgestellt, Schlüssel abgezogen und mit Keilen gesichert. Bitte schicken Sie heute noch einen Techniker. Ein Ersatzgerät wäre gut, wir kommen ein paar Tage mit zwei Staplern aus, aber der hier muss so schnell wie möglich geprüft werden, bevor noch was passiert.

Gruß
Markus Wendt
Lagerleitung, Wendt Lagerlogistik GmbH
Tel. 030 23125 447"""),

    dict(n=4, signals="safety", priority="critical", trap="data-exposure", qt=0, reply=0,
         frm="Katrin Özdemir <k.oezdemir@mailbox-ost.example>",
         to="info@hv-lindenhof.example",
         subject="Nebenkostenabrechnung 2025 – falscher Anhang",
         body="""\
Sehr geehrte Damen und Herren,

ich habe heute per E-Mail meine Nebenkostenabrechnung für 2025 bekommen. Im Anhang war aber nicht nur meine Abrechnung, sondern eine Sammel-PDF mit den Abrechnungen aller 36 Wohnungen im Haus Lindenstraße 12–16: Namen, Wohnungsnummern, IBANs für die Lastschrift, bei einigen sogar Vermerke zu Mietrückständen und Ratenzahlungen.

Die Mail ging offensichtlich an alle Mieter gleichzeitig, die Empfänger standen offen im CC. Das heißt umgekehrt, dass jetzt auch jeder im Haus meine Kontonummer und meine Daten hat.

Ich möchte bitte wissen, was Sie jetzt unternehmen, ob der Vorfall gemeldet wird und ob ich wegen meiner Bankverbindung irgendetwas tun muss.

Freundliche Grüße
Katrin Özdemir
Whg. 14"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jörg Hänsel <j.haensel@stadtwerke-bergheim.example>",
         to="support@tarifsys.example",
         subject="Alle Automaten Linie 1-4 ohne Funktion",
         body="""\
Guten Morgen,

seit ca. 5:40 Uhr zeigen sämtliche Fahrscheinautomaten an unseren Straßenbahnhaltestellen (Linien 1 bis 4, 61 Geräte) nur noch „Verbindung zum Hintergrundsystem wird hergestellt …“. Es können weder Einzelfahrscheine noch Tageskarten verkauft werden, auch nicht gegen Bargeld. Die Entwerter in den Fahrzeugen nehmen auch keine Handytickets mehr an.

Der Berufsverkehr läuft, die Fahrgäste stehen vor den Automaten und steigen dann ohne Fahrschein ein. Die Kontrolleure haben wir vorerst zurückgepfiffen. Jede Stunde kostet uns richtig Geld.

Bei uns intern wurde nichts geändert, die Verbindung zum Rechenzentrum ist laut unserer IT in Ordnung.

Bitte um sofortigen Rückruf: Leitstelle 02271 4450 100.

Jörg Hänsel
Vertrieb & Fahrgeldmanagement
Stadtwerke Bergheim Verkehr"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Lena Vogt <lena.vogt@kanzlei-vogt-partner.example>",
         to="support@jobbruecke.example",
         subject="Ist JobBrücke down???",
         body="""\
Hallo,

ist bei euch gerade alles down? Seit heute Mittag bekomme ich beim Öffnen des Bewerber-Dashboards nur „502 Bad Gateway“. Kolleginnen im Homeoffice, also in einem ganz anderen Netz, haben das gleiche. Ich komme an keine einzige Bewerbung ran und kann auch keine Einladungen verschicken.

Ich hab morgen früh drei Vorstellungsgespräche und brauche die Unterlagen heute noch. Gibt es eine Einschätzung, wann das wieder geht?

Danke & Gruß
Lena Vogt
Personal, Vogt & Partner Steuerberater"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Dennis Krämer <d.kraemer@glanzwerk-waschpark.example>",
         to="technik@washconnect.example",
         subject="Kennzeichenerkennung / Abo-Kunden",
         body="""\
Hallo Team,

seit dem Update am Montag erkennt die Einfahrt bei uns die Abo-Kunden nur noch sporadisch. Die Kamera liest das Kennzeichen, aber die Freigabe kommt erst nach 30-40 Sekunden oder gar nicht. Die Leute stehen dann vor der Schranke und hupen.

Wir können an der Kasse per Hand freigeben, das klappt, aber samstags wird das eng, da haben wir 300+ Wäschen.

Normale Kunden mit Münzen oder Karte sind nicht betroffen.

Könnt ihr euch das bitte mal anschauen? Standort-ID GW-03.

Grüße aus Bochum
Dennis"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jessica Nowak <salon@haarwerk-nowak.example>",
         to="hilfe@termino.example",
         subject="Hilfe!!! Kalender leer",
         body="""\
Hallo,
bei mir im Salon ist seit gestern abend der Kalender komplett leer. Also gelöscht sind die Termine glaub ich nicht, die Kundinnen kriegen ja noch ihre Erinnerungs-SMS, aber ich seh in der App und am PC nur eine weiße Seite mit dem Kreis der sich dreht. Neu einloggen, anderer Browser, Handy - überall das selbe.
Heute sind 14 Termine, ich weiß nicht wer wann kommt und kann auch keine neuen annehmen. Bitte schnell!!
LG Jessica Nowak
Haarwerk Nowak, Gelsenkirchen"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Friederike Lang <f.lang@stadttheater-wolfsau.example>",
         to="support@ticketbuehne.example",
         subject="Online-Verkauf sehr langsam seit Vorverkaufsstart",
         body="""\
Sehr geehrtes Support-Team,

seit heute 10 Uhr läuft der Vorverkauf für unser Weihnachtsmärchen. Der Webshop ist seitdem extrem langsam: Der Saalplan braucht teilweise über eine Minute zum Laden, und etwa jeder dritte Kauf bricht im Bezahlschritt mit einer Zeitüberschreitung ab. Manche Käufe gehen durch.

An der Theaterkasse verkaufen wir normal über Ihr Kassenmodul, das ist nicht betroffen. Deshalb verweisen wir die Leute im Moment ans Telefon und an die Kasse. Es wäre aber schön, wenn der Shop bis zum Wochenende wieder normal funktioniert.

Mit freundlichen Grüßen
Friederike Lang
Kartenservice Stadttheater Wolfsau"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Niklas Berger <niklas.b@freimail.example>",
         to="kontakt@inkpoint-tattoo.example",
         subject="Anzahlung 2x abgebucht",
         body="""\
Moin,

ich hab für meinen Termin am 19.12. bei Mara die Anzahlung über euren Buchungslink bezahlt, 100 €. Laut PayPal ist das jetzt zweimal rausgegangen, einmal am 28.11. um 21:14 und nochmal um 21:15 – wahrscheinlich weil die Seite beim ersten Mal hing und ich nochmal geklickt hab.

Könnt ihr mir die zweiten 100 € zurückschicken oder auf den Termin anrechnen? Wär mir beides recht.

Danke!
Niklas"""),

    dict(n=11, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Petra Lindemann <petra.lindemann@t-mail.example>",
         to="mitglieder@tsv-gruenau.example",
         subject="AW: Ihr Zugang zum Mitgliederportal",
         body="""\
Hallo Frau Schäfer,

danke, das Einloggen klappt jetzt wieder, daran lag es nicht mehr.

Ich schreibe aber wegen etwas anderem: Im Portal sehe ich jetzt, dass der Jahresbeitrag für meine beiden Kinder (2 x 96 €) am 15.11. zurückgebucht wurde und mir zusätzlich 8,50 € Rücklastschriftgebühr berechnet werden. Mein Konto war gedeckt, die Bank sagt, die Lastschrift kam mit einer falschen IBAN an, da fehlt anscheinend eine Ziffer. Im Portal steht meine IBAN aber korrekt drin.

Können Sie das bitte prüfen, den Beitrag noch einmal einziehen und die Gebühr stornieren?

Viele Grüße
Petra Lindemann

Am 20.11.2026 um 14:02 schrieb TSV Grünau Mitgliederverwaltung <mitglieder@tsv-gruenau.example>:
> Liebe Frau Lindemann,
> Ihr Konto im Mitgliederportal war gesperrt, weil das Passwort dreimal falsch eingegeben wurde.
> Ich habe es wieder entsperrt, Sie können sich jetzt mit Ihrer E-Mail-Adresse anmelden.
> Sportliche Grüße
> Sabine Schäfer"""),

    dict(n=12, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Gerhard Hoffmeister <buero@baeckerei-hoffmeister.example>",
         to="support@lohnfix.example",
         subject="Löhne nicht angekommen",
         body="""\
Guten Tag,

wir machen die Lohnabrechnung für unsere Bäckerei (3 Filialen, 27 Mitarbeiter) seit zwei Jahren über LohnFix. Die Novemberlöhne habe ich am 27.11. wie immer freigegeben, im Programm steht beim Zahlungslauf „an Bank übermittelt“. Bei der Sparkasse ist aber nichts angekommen, kein Auftrag, nichts abgebucht, und heute ist der Erste. Die Leute haben kein Geld auf dem Konto, ich hatte schon drei Anrufe von Verkäuferinnen, die ihre Miete zahlen müssen.

Können Sie nachsehen, wo der Zahlungslauf hängt, oder mir sagen, wie ich die SEPA-Datei nochmal erzeuge, damit ich sie selbst bei der Bank einreichen kann? Das muss heute noch raus.

Gerhard Hoffmeister
Bäckerei Hoffmeister GmbH"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Svenja Roth <svenja.roth@posteo-mail.example>",
         to="service@klarblick-linsen.example",
         subject="Kurze Frage",
         body="""\
Hallo,
auf meiner letzten Rechnung (Abo-Nr. KB-55230, Monatslinsen) steht zusätzlich „Servicepauschale 1,90 €“. Die war bisher nie drauf. Ist nicht schlimm, hab ich auch schon bezahlt, ich wollte nur wissen, ob die jetzt jeden Monat dazukommt oder ob das einmalig war.
Danke und schönen Tag noch
Svenja Roth"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Andreas Feldmann <info@schreinerei-feldmann.example>",
         to="support@holzhandel-nord-shop.example",
         subject="Zugang gesperrt",
         body="""\
Hallo,

mein Kundenkonto im Händlerportal ist gesperrt. Ich hab ein neues Handy und das alte zurückgesetzt, und jetzt nimmt das Portal meine Anmeldecodes nicht mehr an (die Authenticator-App war ja auf dem alten). Nach dem dritten Versuch kam „Konto vorübergehend gesperrt“, und das ist seit gestern so geblieben.

Problem ist: ich muss bis morgen 12 Uhr das Material für eine Eichentreppe bestellen, die Sonderpreise gibt es nur im Portal, und am Telefon sagt man mir, ich soll eine Mail schreiben. Hier ist sie.

Kundennummer 40017823.

Andreas Feldmann
Schreinerei Feldmann, Meisterbetrieb"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Monika Hartl <pfarrbuero@st-josef-altdorf.example>",
         to="support@kirchennetz.example",
         subject="Änderung E-Mail-Adresse Login",
         body="""\
Sehr geehrte Damen und Herren,

unsere Pfarrei ist zum 1. November mit zwei Nachbargemeinden fusioniert, die alte Adresse pfarramt.altdorf@bistum-mail.example wurde dabei abgeschaltet. Leider ist genau diese Adresse der Login für unseren KirchenNetz-Zugang (Kundennr. KN-1187).

Anmelden kann ich mich im Moment noch, weil das Passwort im Browser gespeichert ist. Das Ändern der E-Mail-Adresse im Profil verlangt aber eine Bestätigung an die alte Adresse, und die kommt natürlich nicht mehr an. Spätestens beim nächsten Passwortwechsel sperren wir uns also selbst aus.

Bitte stellen Sie den Login auf pfarrbuero@st-josef-altdorf.example um. Eine schriftliche Bestätigung unseres Pfarrers kann ich gern schicken.

Mit freundlichen Grüßen
Monika Hartl
Pfarrsekretärin, Pfarrei St. Josef Altdorf"""),

    dict(n=16, signals="account", priority="medium", trap="colleague", qt=0, reply=0,
         frm="Sebastian Ritter <s.ritter@ritter-immobilien.example>",
         to="support@objektplus.example",
         subject="Zugriff Kollegin weg nach Lizenzumstellung",
         body="""\
Hallo ObjektPlus-Support,

nach der Umstellung auf das neue Lizenzmodell letzte Woche ist der Benutzer unserer Buchhalterin Frau Demir (a.demir@ritter-immobilien.example) verschwunden. Sie bekommt beim Einloggen „Benutzer unbekannt“. Ich als Admin sehe sie in der Benutzerverwaltung auch nicht mehr, und wenn ich sie neu anlegen will, heißt es, die E-Mail-Adresse sei bereits vergeben.

Wir haben laut Vertrag 5 Lizenzen und nutzen 4. Sie kann gerade keine Mieterkonten bearbeiten, die Kollegen helfen aus, aber auf Dauer geht das so nicht.

Danke
Sebastian Ritter
Ritter Immobilienverwaltung"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Heike Albers <heike.albers@netzpost.example>",
         to="hilfe@steuerleicht.example",
         subject="2-Faktor einrichten?",
         body="""\
Hallo, ich würde für mein SteuerLeicht-Konto gern die Zwei-Faktor-Anmeldung einschalten, weil mein Sohn meinte, das sollte man bei sowas unbedingt machen. Wo finde ich das? Unter Einstellungen sehe ich nur „Passwort ändern“. Und geht das auch ohne Smartphone, z. B. per SMS aufs Festnetz?

Vielen Dank
Heike Albers"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Claudia Weiß <claudia.weiss@wanderfreunde-rhoen.example>",
         to="info@radverleih-rhoen.example",
         subject="Ein dickes Lob!",
         body="""\
Hallo liebes Team vom Radverleih,

ich wollte mich einfach mal melden: Unsere Wandergruppe (12 Leute, die meisten über 60) hat am Samstag bei euch die E-Bikes geliehen, und was soll ich sagen – der absolute Knaller! Wir sind die Tour zur Wasserkuppe hochgeheizt, als wären wir wieder zwanzig. Die Akkus haben bombig gehalten, obwohl Gerhard die ganze Zeit im Turbo-Modus gefahren ist. Abends waren wir alle total platt, aber glücklich.

Besonders euer Jonas hat uns super eingewiesen, auch die, die noch nie auf so einem Ding saßen.

Wir kommen im Frühjahr garantiert wieder, dann mit noch mehr Leuten!

Herzliche Grüße
Claudia Weiß
Wanderfreunde Rhön e.V."""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Florian Maier <kurse@bergsport-talberg.example>",
         to="support@vereinsplaner.example",
         subject="Kurskategorie anlegen",
         body="""\
Servus,

wir würden in unserem Vereinsplaner gern eine neue Kurskategorie „Sicherheit“ anlegen, unter die dann unsere Sturztrainings, der Kurs „Erste Hilfe bei Kletterunfällen“ und der Notfall-Workshop für Übungsleiter fallen sollen. Im Moment kann ich nur die vorhandenen Kategorien (Technik, Jugend, Touren) auswählen.

Geht das in unserem Tarif (Verein Basic) oder braucht man dafür Plus? Und kann man für eine Kategorie ein Pflichtfeld hinzufügen, z. B. „Bestehende Verletzungen/Vorerkrankungen“, das bei der Anmeldung ausgefüllt werden muss?

Danke und Berg Heil
Florian Maier
Kurswart, Bergsportverein Talberg"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Horst Lehmann <h.lehmann@rentnerpost.example>",
         to="kundenservice@gruenland-gartencenter.example",
         subject="UNVERSCHÄMTHEIT",
         body="""\
Sehr geehrte Damen und Herren,

das ist ja wohl das LETZTE! Bestellt habe ich am Montag 40 Tulpenzwiebeln und zwei Säcke Rindenmulch, versprochen war Lieferung Mittwoch. Gekommen ist das Ganze heute, FREITAG, und der Fahrer hat es einfach vor die Garage geworfen, ohne zu klingeln, obwohl ich den ganzen Tag zu Hause war!!! Der Karton war feucht und eingedrückt.

Gut, den Zwiebeln fehlt nichts, die kommen ja eh erst in die Erde, und Mulch ist Mulch. Aber so geht man mit Kunden nicht um. Ich kaufe seit 15 Jahren bei Ihnen im Laden. Ich erwarte, dass Sie Ihrem Lieferdienst mal ordentlich Bescheid sagen.

H. Lehmann"""),

    dict(n=21, signals="-", priority="low", trap="invitation", qt=0, reply=0,
         frm="Anja Reuter <veranstaltungen@vps-pflege.example>",
         to="info@pflegedoku24.example",
         subject="Einladung: Fachtag „Wenn plötzlich nichts mehr geht“ am 4. März",
         body="""\
Sehr geehrte Damen und Herren,

am 4. März 2027 veranstaltet der Verband Pflege Südniedersachsen seinen Fachtag „Wenn plötzlich nichts mehr geht – Cyberangriffe, Stromausfall und Datenpannen in der Pflege“ in Göttingen. Erwartet werden rund 180 Einrichtungs- und Pflegedienstleitungen.

Themen u. a.:
- Ransomware im Pflegeheim: ein Erfahrungsbericht
- Notfallpläne bei Ausfall der Pflegedokumentation
- Datenschutzverletzungen richtig melden

Da viele unserer Mitgliedseinrichtungen mit Ihrer Software arbeiten, würden wir uns freuen, wenn Sie mit einem Stand oder einem Kurzvortrag (20 Min.) dabei wären. Die Standgebühr beträgt 450 € zzgl. MwSt.

Um Rückmeldung bis 15. Januar wird gebeten.

Mit freundlichen Grüßen
Anja Reuter
Veranstaltungsmanagement, Verband Pflege Südniedersachsen e.V."""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Miriam Schulte <m.schulte@kita-sonnenblume-hilden.example>",
         to="support@kitalink.example",
         subject="AW: Störung Eltern-App – Ticket #48213",
         body="""\
Hallo Herr Yilmaz,

nur kurz: Bei uns läuft wieder alles, die Eltern bekommen ihre Nachrichten und die Anwesenheitsliste synchronisiert auch wieder. Vielen Dank für die schnelle Hilfe und den Rückruf am Samstag, das war wirklich nicht selbstverständlich!

Das Ticket kann von unserer Seite geschlossen werden.

Schönes Wochenende
Miriam Schulte
Leitung Kita Sonnenblume

Am 04.12.2026 um 17:48 schrieb KitaLink Support <support@kitalink.example>:
> Sehr geehrte Frau Schulte,
> wir bestätigen den Ausfall der Eltern-App und der Anwesenheitsliste seit heute 14:10 Uhr.
> Betroffen sind mehrere Einrichtungen, unsere Technik arbeitet mit Hochdruck an der Behebung.
> Wir melden uns, sobald der Dienst wieder verfügbar ist.
> Ihr KitaLink-Team"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Julian Engel <julian.engel@hausmail.example>",
         to="support@schlossklick.example",
         subject="Handy geklaut – App für Haustür drauf",
         body="""\
Hallo,

mir wurde heute Nachmittag in der S-Bahn das Handy aus der Jackentasche geklaut. Auf dem Handy ist die SchlossKlick-App, mit der man unsere Haustür und das Garagentor öffnet. Die App war angemeldet, und die Abfrage per Fingerabdruck hatte ich ausgeschaltet, weil die immer gehakt hat. Das Portemonnaie mit meinem Ausweis, also auch mit unserer Adresse, ist ebenfalls weg.

Am Laptop komme ich nicht in mein Konto, weil der Bestätigungscode per SMS aufs geklaute Handy geht. Meine Frau hat einen eigenen Zugang, kann mein Gerät aber nicht entfernen.

Bitte sperren Sie sofort alle Zugänge von meinem Konto bzw. das Handy (iPhone, Gerätename „Julians iPhone“). Wir sind heute Nacht zu Hause, aber ich will nicht, dass da jemand einfach reinspazieren kann.

Julian Engel
Kundennr. SK-770214
Tel. meiner Frau: 0151 23456789"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Gabriele Fuchs <g.fuchs@kammerchor-lindau.example>",
         to="support@vereinsticket.example",
         subject="Export Teilnehmerliste",
         body="""\
Guten Tag,

seit ein paar Tagen funktioniert bei uns der Export der Gästeliste nicht mehr: Wenn ich auf „Als Excel herunterladen“ klicke, kommt nach einer Weile „Fehler 500 – interner Serverfehler“, egal bei welcher Veranstaltung. Bis Ende Oktober ging das problemlos.

Keine Eile: Unser nächstes Konzert ist erst am 21. März, und für die Einladungen zur Generalprobe schreibe ich mir die paar Namen im Moment aus der Online-Ansicht ab. Wäre nur schön, wenn es bis Februar wieder klappt, dann wird die Liste deutlich länger.

Viele Grüße
Gabriele Fuchs
Kammerchor Lindau e.V., Kartenverkauf"""),
]
