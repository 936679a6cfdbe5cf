# blind42 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katharina Lenz <k.lenz@webpost.example>",
         to="service@holzwerk-kindermoebel.example",
         subject="Hochstuhl „Kletterfix“ – Bein abgebrochen, Tochter gestürzt",
         body="""\
Guten Tag,

wir haben im September bei Ihnen den Hochstuhl „Kletterfix“ in Buche
gekauft (Bestellnr. HW-33817). Heute Mittag ist beim Essen das hintere linke
Bein direkt an der Verschraubung abgebrochen, und der Stuhl ist mit unserer
Tochter (14 Monate) nach hinten gekippt. Sie ist mit dem Hinterkopf auf die
Fliesen geschlagen und hatte eine Platzwunde, die in der Kinderklinik
geklebt werden musste. Eine Gehirnerschütterung hat sie zum Glück nicht.

Die Schrauben waren fest, mein Mann hat sie erst letzte Woche nachgezogen.
Das Holz ist an der Bruchstelle regelrecht gesplittert. Fotos hängen an.

Wir möchten wissen, wie das passieren konnte und ob andere Stühle aus
dieser Serie genauso gebaut sind. Bitte melden Sie sich zeitnah.

Mit freundlichen Grüßen
Katharina Lenz"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Albrecht <j.albrecht@t-mail.example>",
         to="kundendienst@heiztechnik-brandl.example",
         subject="Nach der Wartung gestern piept der CO-Melder",
         body="""\
Hallo Herr Brandl, hallo zusammen,

Ihr Monteur war gestern Nachmittag zur Wartung unserer Gastherme bei uns
(Kundennr. 10482, Gerät im Keller). Seit heute früh piept der CO-Melder im
Flur vor der Kellertür immer wieder, auf der Anzeige steht 85 ppm. Meine Frau
hat seit dem Aufstehen Kopfschmerzen und ihr ist übel, mir ist auch etwas
schwindelig.

Wir haben die Therme ausgeschaltet, alle Fenster aufgerissen und sind jetzt
mit den Kindern bei den Nachbarn. Sollen wir den Bereitschaftsdienst der
Stadtwerke rufen, oder kommt jemand von Ihnen? Bitte rufen Sie mich an:
0171 5550384.

Jürgen Albrecht"""),

    dict(n=3, signals="safety,account", priority="critical", trap="terse", qt=0, reply=0,
         frm="Deniz Yılmaz <deniz.yilmaz@funkpost.example>",
         to="hilfe@zahlfix.example",
         subject="Handy geklaut – bitte Konto sperren",
         body="""\
Hallo,
mir wurde grad in der U6 das Handy aus der Jackentasche gezogen. Die Zahlfix-App ist drauf und mit meiner Girokarte verbunden, das Handy hatte nur ein Wischmuster. Bitte sofort alles sperren, ich komm selber nicht mehr rein, weil der Login-Code aufs Handy geht.
Konto läuft auf deniz.yilmaz@funkpost.example
Deniz

Von meinem iPad gesendet"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Bernd Kowalski <b.kowalski@netzpost.example>",
         to="portal@labor-mittelrhein.example",
         subject="Fremde Befunde in meinem Patientenzugang",
         body="""\
Sehr geehrte Damen und Herren,

ich habe mich heute in Ihr Befundportal eingeloggt, um meine Blutwerte vom
3. Dezember abzurufen. Unter „Meine Befunde“ stehen aber zusätzlich drei
Berichte einer Frau Petra H., geb. 1961, mit vollem Namen, Anschrift und
Ergebnissen, unter anderem ein Schilddrüsen- und ein Tumormarker-Befund.

Ich habe die Dokumente nicht heruntergeladen. Mir ist das ehrlich gesagt
sehr unangenehm, und ich frage mich, wer umgekehrt meine Werte sehen kann.
Bitte prüfen Sie das umgehend und geben Sie mir Bescheid.

Mit freundlichen Grüßen
Bernd Kowalski
Patientennummer 4471-0932"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Miriam Haase <praxis@zahnarzt-haase.example>",
         to="support@dentaris-software.example",
         subject="Dringend: keine Patientenkartei abrufbar, Wartezimmer voll",
         body="""\
Guten Morgen,

seit heute 7:45 Uhr lässt sich in Dentaris an keinem unserer fünf
Arbeitsplätze mehr eine Patientenkartei öffnen. Es dreht sich nur die
Sanduhr, nach zwei Minuten kommt „Datenbankverbindung unterbrochen
(Fehler 0x2F)“. Damit sehen wir weder Röntgenbilder noch Befunde noch den
Terminkalender.

Wir haben drei Behandlungszimmer und heute 38 Patienten eingeplant, darunter
zwei chirurgische Eingriffe am Vormittag. Im Wartezimmer sitzen schon sechs
Leute. Server neu gestartet, Netzwerk geprüft – ohne Erfolg.

Bitte rufen Sie uns sofort an: 0221 555 71 40.

Dr. Miriam Haase
Zahnarztpraxis Dr. Haase, Köln-Sülz"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tobias Reuter <t.reuter@hotel-am-stadtpark.example>",
         to="support@lockwerk-systems.example",
         subject="WG: Encoder codiert keine Zimmerkarten mehr",
         body="""\
Hallo zusammen,

ich leite Ihnen die Nachricht unseres Nachtportiers weiter. Stand 8:20 Uhr
ist es unverändert. Wir haben heute 64 Anreisen, darunter eine Reisegruppe
mit 41 Personen um 15 Uhr, und können im Moment keinem einzigen neuen Gast
eine Karte geben. Bitte dringend Rückruf unter 0351 555 2290.

Tobias Reuter
Front Office Manager
Hotel am Stadtpark Dresden

-----Ursprüngliche Nachricht-----
Von: Nachtportier <nacht@hotel-am-stadtpark.example>
Gesendet: Freitag, 11. Dezember 2026 05:47
An: Tobias Reuter <t.reuter@hotel-am-stadtpark.example>
Betreff: Encoder codiert keine Zimmerkarten mehr

Hallo Tobias,
seit ca. 4 Uhr codiert der Encoder an der Rezeption keine Karten mehr. Beim
Auflegen kommt „Kommunikationsfehler Schließsystem“ und die Lampe blinkt
rot. Zwei Gäste, die früh zum Flughafen mussten, habe ich mit dem
Generalschlüssel rein- und rausgelassen. PC und Encoder neu gestartet,
hat nichts gebracht.
Gruß, Marco"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sandra Kuhlmann <sandra.kuhlmann@webmail.example>",
         to="kundenservice@fiberline.example",
         subject="Kein Internet seit Montag – Kundennr. 7730214",
         body="""\
Sehr geehrte Damen und Herren,

seit Montagabend habe ich keinen Internetzugang mehr. Die Lampe „Online“ am
Router leuchtet rot, alle anderen grün. Ich habe den Router mehrfach neu
gestartet, auf Werkseinstellungen zurückgesetzt und das Kabel an der Dose
neu gesteckt – keine Änderung.

Ich arbeite fest im Homeoffice und kann von zu Hause aus gerade überhaupt
nichts machen. Ihre Hotline hat mir einen Techniker für den 28. angeboten.
Das sind noch zweieinhalb Wochen, so lange kann ich nicht jeden Tag ins
Café ausweichen.

Bitte schicken Sie früher jemanden vorbei.

Sandra Kuhlmann"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lan Nguyen <lan@blumen-nguyen.example>",
         to="support@kassenprofi.example",
         subject="Kasse startet nicht nach Update",
         body="""\
Hallo,

seit dem Update gestern Abend unsere Kassen-App auf dem Tablet startet
nicht mehr. Es kommt nur das Logo und dann geht wieder zurück auf
Startbildschirm. Ich habe neu installiert, aber dann will er Lizenzschlüssel
und der von der Rechnung wird nicht angenommen.

Wir sind nur kleine Blumenladen, ich und meine Schwester, aber jetzt ist
Adventszeit und viele Kunden. Ohne Kasse ich kann keine Bons drucken und
keine Karte nehmen, nur Bargeld und Zettel schreiben.

Bitte schnell helfen.
Danke, Lan Nguyen
Blumen Nguyen, Leipziger Str. 12, Halle"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Werner Pohl <w.pohl@tsv-eichenau.example>",
         to="support@vereinsmeister.example",
         subject="Mehrere Punkte – TSV Eichenau",
         body="""\
Hallo liebes Vereinsmeister-Team,

ich bin seit Kurzem Schriftführer beim TSV und hätte ein paar Dinge:

1. Wo stelle ich ein, dass die Geburtstagsliste monatlich statt wöchentlich
   kommt?
2. Der PDF-Export der Mitgliederliste bricht seit ein paar Tagen bei etwa
   60 % ab („Export fehlgeschlagen“). Der Excel-Export geht. Die Liste
   brauchen wir für die Jahreshauptversammlung am 23. Januar.
3. Kann man das Vereinslogo auch in der App anzeigen lassen?
4. Großes Lob für die neue Terminübersicht!

Viele Grüße
Werner Pohl
TSV Eichenau 1921 e.V."""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Ingrid Hoffmann <ingrid.hoffmann@mailbox-de.example>",
         to="service@rheinland-versicherung.example",
         subject="Frage zur Beitragsrechnung 2027",
         body="""\
Guten Tag,

ich habe heute die Beitragsrechnung 2027 für meine Hausratversicherung
(Vertrag HR-5520917) bekommen. Dort stehen jetzt zwei Positionen: der
Grundbeitrag und extra ein „Baustein Elementarschäden“ mit 38,40 €. Letztes
Jahr war das, glaube ich, eine Summe. Ist das nur anders aufgeschlüsselt,
oder habe ich da etwas dazugebucht, ohne es zu merken?

Der Gesamtbetrag ist fast gleich geblieben, es eilt also nicht.

Freundliche Grüße
Ingrid Hoffmann"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Steiner <marco.steiner@freemail.example>",
         to="mitglieder@fitpoint-studios.example",
         subject="Dezember-Beitrag zweimal abgebucht!",
         body="""\
Hallo,

Sie haben am 1. und dann nochmal am 3. Dezember jeweils 34,90 € für meine
Mitgliedschaft abgebucht (Mitgliedsnr. 208831). Einmal reicht, würde ich
sagen. Ich hab nicht vor, doppelt so viel zu trainieren.

Bitte überweisen Sie den zweiten Betrag zurück, und zwar auf das Konto, von
dem er abgegangen ist. Und bitte nicht wieder als Gutschrift auf den
nächsten Monat, das hatten wir im Sommer schon mal.

Marco Steiner"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Claudia Brenner <c.brenner@kabelpost.example>",
         to="service@flinkbus.example",
         subject="AW: Ihre Erstattung zu Buchung FB-7K29QX",
         body="""\
Hallo,

die unten angekündigte Erstattung ist bis heute nicht auf meinem Konto
angekommen. Die Fahrt Nürnberg–Berlin am 14.11. wurde von Ihnen gestrichen,
es geht um 57,98 €. Können Sie bitte nachsehen, wo das Geld hängt?

Danke und Gruß
Claudia Brenner

-----Ursprüngliche Nachricht-----
Von: Flinkbus Kundenservice <service@flinkbus.example>
Gesendet: Montag, 16. November 2026 11:02
An: c.brenner@kabelpost.example
Betreff: Ihre Erstattung zu Buchung FB-7K29QX

> Sehr geehrte Frau Brenner,
>
> wir bedauern den Ausfall Ihrer Fahrt. Der Betrag von 57,98 € wird Ihnen
> innerhalb von 7 bis 10 Werktagen auf Ihr ursprüngliches Zahlungsmittel
> erstattet.
>
> Ihr Flinkbus-Team"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Felix Wagner <felix.wagner@ostwind-mail.example>",
         to="karten@hansebank.example",
         subject="Kreditkarte in Thailand abgelehnt – Hotel will heute Geld",
         body="""\
Hallo,

ich bin gerade in Chiang Mai und seit gestern wird meine Kreditkarte (Visa,
endet auf 8832) überall abgelehnt, auch am Geldautomaten. In der App steht
nur „Karte vorübergehend eingeschränkt“. Ich habe vor der Reise nichts
hinterlegt, das war vielleicht ein Fehler – aber alle Zahlungen der letzten
Tage waren wirklich von mir.

Das Hotel will bis heute 18 Uhr Ortszeit die Rechnung für 9 Nächte (ca.
620 €) bezahlt haben, sonst muss ich raus. Eine zweite Karte habe ich nicht
dabei, und Ihre Hotline ist aus dem Ausland kaum zu erreichen.

Bitte geben Sie die Karte wieder frei oder rufen Sie mich an:
+49 160 5558127 (WhatsApp geht auch).

Felix Wagner"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=1,
         frm="Lisa Marquardt <lisa.marquardt@mailfix.example>",
         to="hilfe@kinowelt-stream.example",
         subject="AW: [Ticket#2026121010004562] Ihre Anfrage zum Abo",
         body="""\
Hallo Herr Özdemir,

danke für die schnelle Antwort wegen des Abos, so passt es jetzt.

Noch eine kurze Frage: Wie ändere ich die E-Mail-Adresse, mit der ich mich
anmelde? Ich habe eine neue Adresse und möchte die alte demnächst löschen.
Kann ich das selbst im Profil machen oder müssen Sie das umstellen?

Viele Grüße
Lisa Marquardt"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Horst Becker <horst.becker@t-netz.example>",
         to="kundenportal@stadtwerke-lindenau.example",
         subject="AW: Ihre Anfrage – Mail zum Zurücksetzen des Passworts kommt nicht an (Vorgang 55183)",
         body="""\
Guten Tag Frau Schulte,

anbei meine Antworten:

> Unter welcher E-Mail-Adresse sind Sie im Kundenportal registriert?

horst.becker@t-netz.example, also dieselbe wie diese hier.

> Haben Sie den Spam-Ordner geprüft?

Ja, mehrmals. Da ist nichts.

> Erhalten Sie andere E-Mails von uns, z. B. Ihre Rechnungen?

Ja, die kommen ganz normal an.

Ich möchte eigentlich nur meinen Zählerstand eintragen, das hat bis Ende
des Monats Zeit. Aber ohne Anmeldung komme ich nicht weiter.

Mit freundlichen Grüßen
Horst Becker
Kundennummer 300 481 772"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sabine Krüger <s.krueger@autohaus-krueger.example>",
         to="haendlersupport@teilenet.example",
         subject="Zugang eines ausgeschiedenen Mitarbeiters sperren",
         body="""\
Sehr geehrte Damen und Herren,

unser Mitarbeiter Herr Dennis Vogt (Benutzer dvogt, Händlernr. 44712) ist
zum 30.11. aus unserem Betrieb ausgeschieden. Bitte deaktivieren Sie seinen
Zugang zum TeileNet-Portal und übertragen Sie seine offenen Bestellungen auf
unseren neuen Serviceleiter, Herrn Murat Aksoy
(m.aksoy@autohaus-krueger.example), der dafür einen eigenen Zugang braucht.

Außerdem ist uns aufgefallen, dass wir Benutzer nicht selbst verwalten
können. Gibt es dafür eine Administratorrolle, die Sie mir freischalten
könnten?

Mit freundlichen Grüßen

Sabine Krüger
Geschäftsführerin

Autohaus Krüger GmbH
Industriestraße 8 · 34123 Kassel
Tel. 0561 555480-0 · Fax 0561 555480-99

Geschäftsführerin: Sabine Krüger · Amtsgericht Kassel HRB 12345
USt-IdNr. DE123456789

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ralf Domke <r.domke@domke-spedition.example>",
         to="support@zollfix-portal.example",
         subject="Kein Zugang nach Handywechsel – Ausfuhranmeldungen müssen heute raus",
         body="""\
Hallo,

ich habe gestern ein neues Diensthandy bekommen, das alte ist schon
zurückgegeben. Seitdem fragt Zollfix beim Anmelden nach dem Code aus der
Authenticator-App – die war aber nur auf dem alten Gerät eingerichtet. Die
Wiederherstellungscodes finde ich nicht mehr.

Ich bin bei uns der Einzige mit Zugang. Heute müssen noch 11
Ausfuhranmeldungen raus, zwei Lkw nach Norwegen stehen auf dem Hof und
warten auf die Papiere. Können Sie die Zwei-Faktor-Anmeldung für mein Konto
(Benutzer rdomke, Kundennr. ZF-20931) zurücksetzen?

Ich bin unter 04261 555390 erreichbar.

Ralf Domke
Domke Spedition GmbH & Co. KG"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Stefan Ritter <s.ritter@feuerwehr-buchenau.example>",
         to="anfrage@textildruck-meyer.example",
         subject="Anfrage T-Shirts für unser Feuerwehrfest",
         body="""\
Hallo Frau Meyer,

die Freiwillige Feuerwehr Buchenau feiert im Mai ihr 125-jähriges Bestehen,
und dafür bräuchten wir 180 rote T-Shirts mit Rückendruck.

Motiv: unser Wappen mit den Flammen, darunter „Retten – Löschen – Bergen –
Schützen“ und „Seit 1901 für Sie im Einsatz“. Vorne links klein „Notruf 112“.
Die Größen liefere ich nach, ungefähr die Hälfte M/L, der Rest gemischt bis
3XL.

Zwei Fragen noch: Überstehen die Flammen im Druck auch mal eine 60-Grad-Wäsche,
ohne auszubleichen? Und falls bei der Abholung eine Größe nicht passt, kann
man einzelne Shirts zurückgeben oder umtauschen?

Mit kameradschaftlichen Grüßen
Stefan Ritter
Wehrführer, FF Buchenau"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Anja Vollmer <anja.vollmer@sonnenpost.example>",
         to="info@kochatelier-rosmarin.example",
         subject="Danke für den Crashkurs Thai-Küche!",
         body="""\
Hallo liebes Rosmarin-Team,

ich muss einfach mal Danke sagen! Der Crashkurs Thai-Küche am Samstag war
der absolute Knaller. Mein Mann war erst skeptisch, jetzt ist er Feuer und
Flamme und hat gestern schon wieder das rote Curry gekocht.

Die Chilipaste von Tom hat uns allerdings fast umgebracht 😅 Ich hatte
Tränen in den Augen und mein Mund hat noch eine Stunde lang gebrannt – genau
so muss das sein. Und die kleine Brandblase am Daumen vom Wok war komplett
meine eigene Schuld, weil ich nicht zugehört habe.

Gibt es im Frühjahr einen Aufbaukurs? Wir wären sofort dabei.

Liebe Grüße
Anja"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Petra Lindner <p.lindner@steuerbuero-lindner.example>",
         to="events@kanzleidigital.example",
         subject="Webinar „Hackerangriff, Datenleck, Phishing“ am 14.1. – Aufzeichnung?",
         body="""\
Guten Tag,

wir haben Ihre Einladung zum Webinar „Hackerangriff, Datenleck, Phishing –
was tun, wenn’s in der Kanzlei brennt?“ am 14. Januar bekommen und würden
gern mit drei Mitarbeiterinnen teilnehmen.

Leider liegt genau an dem Vormittag unsere Teambesprechung zu den
Jahresabschlüssen. Wird das Webinar aufgezeichnet, und bekommen wir die
Folien hinterher? Und ist die Teilnahme kostenlos, oder wird sie später in
Rechnung gestellt?

Viele Grüße
Petra Lindner
Steuerbüro Lindner, Fulda"""),

    dict(n=21, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Oliver Brandt <oliver.brandt@radpost.example>",
         to="beratung@velohaus-online.example",
         subject="Frage zum Ersatzakku 625 Wh vor der Bestellung",
         body="""\
Hallo,

ich überlege, bei Ihnen einen Ersatzakku (625 Wh) für mein E-Bike zu
bestellen. Mein alter ist nach sieben Jahren mausetot und schafft keine
20 km mehr.

Drei Fragen vorab:
- Aus welcher Charge stammen die Akkus, die Sie gerade auf Lager haben? Ich
  habe gelesen, ältere Chargen machen mit dem neuen Display Probleme.
- Muss ich den Akku vor dem ersten Laden komplett leerfahren, oder ist das
  ein Mythos?
- Falls er doch nicht passt: Bekomme ich bei Rücksendung das Geld komplett
  zurück, auch wenn die Verpackung schon offen ist?

Danke und Gruß
Oliver Brandt"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Nina Hartmann <nina@keramik-hartmann.example>",
         to="support@netzhafen-hosting.example",
         subject="AW: Shop nicht erreichbar – Vertrag NH-88213",
         body="""\
Hallo Herr Kaya,

alles klar, der Shop ist wieder da und die Bestellungen sind auch alle
angekommen. Danke für die schnelle Hilfe!

Eine Sache noch, ohne Eile: Kann ich im Kundenbereich irgendwo sehen, wie
viel Speicherplatz ich noch frei habe?

Viele Grüße
Nina Hartmann
Keramik Hartmann

Am 11.12.2026 um 09:12 schrieb Nina Hartmann <nina@keramik-hartmann.example>:
> Guten Morgen,
>
> seit ca. 7 Uhr ist mein Onlineshop nicht mehr erreichbar, es kommt nur
> „503 Service Unavailable“. Gerade jetzt vor Weihnachten ist das eine
> Katastrophe. Bitte schauen Sie sich das dringend an.
>
> Nina Hartmann"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Thomas Engel <t.engel@kreis-oberlinden.example>",
         to="service@lernwolke.example",
         subject="Schul-Login an allen 14 Schulen des Landkreises fehlgeschlagen",
         body="""\
Sehr geehrte Damen und Herren,

seit heute ca. 7:30 Uhr können sich Lehrkräfte sowie Schülerinnen und
Schüler an allen 14 Schulen in unserer Trägerschaft nicht mehr bei der
LernWolke anmelden. Nach Eingabe der Zugangsdaten im Schul-Login erscheint
„Anmeldung fehlgeschlagen: ungültige Antwort des Identitätsanbieters“.
Lokale Konten ohne Schul-Login lassen sich weiterhin nutzen.

Betroffen sind rund 620 Lehrkräfte und etwa 7.800 Schülerinnen und Schüler.
An mehreren Gymnasien werden heute Vormittag Klausuren geschrieben, deren
Aufgaben ausschließlich in der LernWolke hinterlegt sind.

Wir bitten um sofortige Prüfung und Rückmeldung, ob die Störung auf Ihrer
Seite liegt.

Mit freundlichen Grüßen
i. A. Thomas Engel
Landkreis Oberlinden
Fachdienst 40 – Schulen und Bildung, Schul-IT"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julia Franke <empfang@tierarztpraxis-franke.example>",
         to="support@vetplan.example",
         subject="Terminerinnerungen per SMS gehen seit Montag nicht raus",
         body="""\
Hallo,

seit Montag verschickt VetPlan keine Erinnerungs-SMS mehr an unsere
Tierhalter. Im Protokoll stehen alle Nachrichten auf „wartend“. Termine
anlegen, Kartei, Abrechnung – alles andere läuft ganz normal.

Wir rufen die Leute für den nächsten Tag jetzt einfach selbst an, bei 25 bis
30 Terminen am Tag geht das irgendwie. Auf Dauer ist das natürlich lästig,
schauen Sie also bitte bei Gelegenheit mal drauf.

Viele Grüße aus der Praxis
Julia Franke
Tiermedizinische Fachangestellte
Tierarztpraxis Dr. Franke, Rotenburg"""),
]
