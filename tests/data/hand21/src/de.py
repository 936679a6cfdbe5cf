# blind22 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Wöhrle <s.woehrle@fellglanz-salon.example>",
         to="service@blastair-pro.example",
         subject="Hundeföhn BlastAir 3000 – Gehäuse und Kabel",
         body="""\
Sehr geehrte Damen und Herren,

wir haben in unserem Hundesalon seit Oktober zwei Ihrer Profi-Hundeföhne BlastAir 3000 im Einsatz (Seriennr. BA3-20571 und BA3-20588).

Heute Vormittag fing das Gerät BA3-20588 nach etwa zehn Minuten an zu knistern, ein trockenes Knacken hinten am Motorgehäuse. Danach war das Gehäuse so heiß, dass meine Mitarbeiterin es nur noch mit einem Handtuch anfassen konnte, und dort, wo das Kabel ins Gerät geht, ist der Kunststoff braun verfärbt. Es roch beißend nach heißem Plastik.

Der Pudel, der gerade geföhnt wurde, hat an der Flanke eine kahle, gerötete Stelle mit zwei kleinen Blasen. Wir waren mit ihm schon beim Tierarzt, die Besitzerin ist verständlicherweise sehr aufgebracht.

Das Gerät ist ausgesteckt und steht im Lager. Das zweite stammt aus derselben Lieferung – sollen wir es weiter benutzen? Bitte melden Sie sich heute noch.

Mit freundlichen Grüßen
Sabine Wöhrle
Fellglanz Hundesalon, Tel. 030 23125 884"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katrin Oberhauser <k.oberhauser@reitpost.example>",
         to="vermietung@hufschlag-anhaenger.example",
         subject="Mietanhänger HA-07 – Heckklappe",
         body="""\
Hallo,

ich habe am Samstag bei Ihnen den Zweipferdeanhänger HA-07 gemietet (Vertrag 2025-0412), um unsere Stute zum Turnier nach Verden zu bringen.

Beim Verladen am Sonntagmorgen wollte meine Tochter (14) die Heckklappe langsam herunterlassen, da ist die Klappe auf der linken Seite einfach weggesackt: Das untere Scharnier ist aus dem Rahmen gerissen, und die Klappe ist mit vollem Gewicht auf den Boden geknallt, keine zwanzig Zentimeter neben ihrem Fuß. Die Stute ist rückwärts gesprungen, hat sich am Anbindering den Kopf angeschlagen und hat jetzt eine dicke Schwellung über dem Auge. Wir haben sie danach nicht mehr verladen.

Der Anhänger steht bei uns auf dem Hof, die Klappe lässt sich nicht mehr schließen. Bitte holen Sie ihn ab und sehen Sie sich die anderen Anhänger dieser Serie an, bevor Sie sie wieder vermieten. Fotos vom Scharnier schicke ich gern.

Viele Grüße
Katrin Oberhauser
Tel. 040 66969 214"""),

    dict(n=3, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Jonas Petersen <jonas.petersen@famnet.example>",
         to="support@kitaleben.example",
         subject="Fremde Kinderfotos und Rechnung in unserem KitaLeben-Konto",
         body="""\
Hallo KitaLeben-Team,

seit heute Morgen sehe ich in unserer Eltern-App Dinge, die nicht zu uns gehören: Im Tagebuch sind Fotos eines Jungen, den ich nicht kenne (Beschriftung „Emil, Gruppe Igel“), und unter „Dokumente“ liegt die Essensgeldabrechnung einer Familie Kraus – mit Adresse, IBAN und den Allergieangaben des Kindes. Unsere eigenen Einträge zu Lotta sind teilweise verschwunden.

Ich muss davon ausgehen, dass umgekehrt jemand anderes die Fotos und Daten meiner Tochter sieht. Das ist ein ernstes Datenschutzproblem. Bitte stellen Sie das sofort ab und sagen Sie mir, wer Zugriff auf unsere Daten hatte.

Jonas Petersen
Kita Sonnenwiese, Elternkonto 44817"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Miriam Aschauer <m.aschauer@alpenmail.example>",
         to="hilfe@skipass-direkt.example",
         subject="Abbuchungen, die ich nicht gemacht habe!",
         body="""\
Hallo,

in meiner SkipassDirekt-App stehen seit gestern Abend drei Käufe, die ich nicht getätigt habe: 3 × Tagesskipass Zillertal à 74,50 €, bezahlt mit meiner hinterlegten Kreditkarte (endet auf 3391). Ich war gestern gar nicht Ski fahren. Meine Bank hat die Beträge schon gebucht.

Ich habe mein Passwort geändert und die Karte sperren lassen. Bitte stornieren Sie die Pässe, bevor jemand damit fährt, und erstatten Sie mir die 223,50 €.

PS: I'm abroad for work this week, so please answer by e-mail rather than phone.

Miriam Aschauer
Kundennr. SD-90144"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Bernd Hollmann <b.hollmann@hof-hollmann.example>",
         to="service@agrotec-stalltechnik.example",
         subject="Futterkette Stall 2 läuft nicht an – 12.000 Hennen",
         body="""\
Guten Morgen,

bei uns im Legehennenstall 2 läuft seit ca. 4 Uhr die Futterkette nicht mehr an. Die Steuerung (FeedControl FC-8, Anlagennr. 55-2209) zeigt ganz normal die Uhrzeit, aber die Fütterungszeiten werden einfach übersprungen, und wenn ich von Hand auf Start drücke, brummt der Antrieb kurz und geht wieder aus. Die Tröge sind leer.

Im Stall sind 12.000 Hennen. Wir schaufeln gerade zu dritt Futter aus Säcken in die Tröge, aber für den ganzen Stall schaffen wir das nicht, und wenn das bis Mittag so bleibt, bricht uns die Legeleistung ein.

Bitte schicken Sie sofort einen Techniker oder rufen Sie mich an: 089 99998 317.

Bernd Hollmann"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Florian Gasser <f.gasser@bergbahnen-kesselalm.example>",
         to="hotline@gatepass-systems.example",
         subject="DRINGEND: Talstation Kesselalm – Karten werden nicht gelesen",
         body="""\
Servus,

seit Betriebsbeginn um 8:30 lesen die Drehkreuze an der Talstation keine einzige Karte mehr. Die Leser leuchten grün, aber wenn man die Karte hinhält, passiert nichts, das Drehkreuz bleibt zu. Die Kassen verkaufen noch, und die Karten werden dort auch korrekt codiert.

Im Moment lassen wir die Gäste mit Sichtkontrolle über die Seitenpforte durch. Es ist Samstag in den Semesterferien, die Schlange reicht bis zum Parkplatz, geschätzt 400 Leute, und zwei Mitarbeiter schauen sich jede einzelne Karte an.

Anlage: GP-Kesselalm-01, 6 Drehkreuze.
Bitte sofort zurückrufen: 069 90009 552.

Florian Gasser
Betriebsleiter, Bergbahnen Kesselalm"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Dr. Anja Lemke <praxis@zahnarzt-lemke.example>",
         to="support@dentitermin.example",
         subject="Seit gestern keine Online-Buchungen mehr",
         body="""\
Sehr geehrtes DentiTermin-Team,

seit gestern Nachmittag zeigt der Buchungskalender auf unserer Praxis-Website an jedem Tag „Keine freien Termine“, obwohl der Kalender im Verwaltungsbereich voller freier Slots ist. Seitdem ist keine einzige Online-Buchung mehr eingegangen, sonst sind es 30 bis 40 am Tag. Jetzt rufen alle Patienten an, und unsere Rezeption kommt mit dem Telefon nicht mehr hinterher.

Praxis-ID DT-30711. An den Einstellungen haben wir nichts geändert.

Mit freundlichen Grüßen
Anja Lemke
Zahnarztpraxis Dr. Lemke"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Ayşe Demir <ayse.demir@gemuese-demir.example>",
         to="hilfe@kassenfix.example",
         subject="Kartenleser bricht ständig ab",
         body="""\
Hallo,

ist es normal, dass der KassenFix-Kartenleser seit dem Update am Montag bei ungefähr jeder dritten Kartenzahlung „Verbindung wird aufgebaut…“ anzeigt und dann mit Fehler 0x41 abbricht? Beim zweiten Versuch geht es meistens durch. Auf dem Wochenmarkt nervt das, weil die Leute warten, aber bisher haben wir noch jede Zahlung irgendwie durchbekommen.

Gerät: KF-Mini, Seriennummer KFM-088213.

Danke und Grüße
Ayşe Demir, Gemüsestand Demir"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Renate Vollmer <r.vollmer@hospiz-lindenhof.example>",
         to="support@ehrenamtplaner.example",
         subject="Dienstplan-Seite nicht erreichbar (Fehler 502)",
         body="""\
Guten Tag,

der EhrenamtPlaner ist bei uns seit gestern Abend nicht erreichbar, weder im Browser noch in der App – es kommt nur „502 Bad Gateway“. Ich koordiniere die 35 Ehrenamtlichen im Hospiz Lindenhof und kann weder den Plan für nächste Woche freigeben noch sehen, wer sich für die Nachtwachen eingetragen hat. Die Dienste bis Sonntag stehen zum Glück schon fest, aber die Ehrenamtlichen rufen mich jetzt einzeln an.

Können Sie bitte nachsehen? Unsere Organisations-ID ist HL-2207.

Herzliche Grüße
Renate Vollmer"""),

    dict(n=10, signals="payment", priority="medium", trap="short", qt=0, reply=0,
         frm="Thomas Berger <thomas.berger@webpost.example>",
         to="buchung@tierpension-waldblick.example",
         subject="Anzahlung doppelt abgebucht",
         body="""\
Hallo,

für die Buchung WB-2291 (Katze Minka, 12.–26. Juli) wurde die Anzahlung von 120,00 € zweimal von meinem Konto abgebucht, am 3. und am 4. Mai. Bitte überweisen Sie mir eine davon zurück.

Danke
Thomas Berger"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Claudia Reinholz <c.reinholz@pflege-reinholz.example>",
         to="auszahlung@abrechnungszentrum-medis.example",
         subject="Auszahlung März fehlt – Gehälter am 30.",
         body="""\
Sehr geehrte Damen und Herren,

die Auszahlung unserer Pflegekassen-Abrechnung für März (Abrechnungsnr. 2025-03-1187, 48.315,20 €) ist bis heute nicht auf unserem Konto eingegangen. Laut Vertrag hätte sie am 20. kommen müssen; im Portal steht seit Tagen „in Bearbeitung“.

Wir sind ein kleiner ambulanter Pflegedienst mit 14 Mitarbeiterinnen, deren Gehälter am 30. fällig sind. Ohne diese Zahlung können wir sie nicht pünktlich überweisen. Bitte teilen Sie mir heute mit, wann das Geld kommt.

Mit freundlichen Grüßen
Claudia Reinholz
Ambulanter Pflegedienst Reinholz
Tel. 030 23125 617"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Stefan Kurz <stefan.kurz@kurzmail.example>",
         to="buchhaltung@kuechenwerk-nord.example",
         subject="Rechnung RE-7734 stimmt nicht",
         body="""\
Hallo zusammen,

in Ihrer Rechnung RE-7734 für unsere Küchenmontage sind zwei Posten, die so nicht vereinbart waren: „Arbeitsplatte Eiche massiv“ (bestellt war die Schichtstoffplatte, siehe Auftragsbestätigung AB-5120) und 6 Stunden Montage nach Aufwand statt der vereinbarten Pauschale von 890 €. Insgesamt sind das 1.248,60 € zu viel.

Ihr Monteur, Mr Hughes, meinte beim Gehen noch: „Don't worry, the office will sort the invoice out.“ Bitte schicken Sie uns eine korrigierte Rechnung, dann überweisen wir sofort.

Gruß
Stefan Kurz"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Dieter Mahlke <d.mahlke@angelfreund.example>",
         to="service@fischereischein-app.example",
         subject="Frage zu 1,50 € Servicegebühr",
         body="""\
Moin,

beim Kauf meiner Tageskarte für die Obere Hase wurden mir 1,50 € „Servicegebühr“ zusätzlich abgebucht. Ist ja kein Drama, aber wofür genau ist die? Beim Papierschein am Kiosk gab's die nicht.

Petri Heil
Dieter Mahlke"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Lea Brückner <lea.brueckner@mailhaus.example>",
         to="support@reitstunde-online.example",
         subject="Konto gesperrt",
         body="""\
Hallo,

ich komme nicht mehr in mein Konto bei ReitstundeOnline. Nach dem Einloggen steht da nur „Ihr Konto wurde vorübergehend gesperrt. Bitte wenden Sie sich an den Support.“ Ich habe nichts Besonderes gemacht. Reitstall Birkenhof, Kundennr. 10582 – ich möchte meine Stunde am Samstag nicht verlieren.

Lea"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Hans-Jürgen Fleischer <hj.fleischer@t-netz.example>",
         to="portal@labor-medicum.example",
         subject="SMS-Code kommt zu spät",
         body="""\
Guten Tag,

ist es normal, dass der SMS-Code für das Befundportal erst nach 15 bis 20 Minuten bei mir ankommt? Bis dahin ist er abgelaufen, und wenn ich einen neuen anfordere, geht das Spiel von vorne los. So komme ich seit drei Tagen nicht an meine Blutwerte, die mein Hausarzt am Montag mit mir besprechen will.

Die Handynummer im Profil stimmt. Probennummer 25-118830.

Mit freundlichen Grüßen
H.-J. Fleischer"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Melanie Schubert <m.schubert@neuepost.example>",
         to="support@mensapay.example",
         subject="AW: Wartungsarbeiten am Samstag",
         body="""\
Hallo,

danke für die Info. Bei der Gelegenheit: Ich möchte die E-Mail-Adresse in unserem MensaPay-Konto ändern (Kind: Jannik Schubert, Grundschule am Mühlbach). Die alte Adresse melanie.schubert@altmail.example gibt es nicht mehr, und die App will die Änderung ausgerechnet über einen Link an diese alte Adresse bestätigen lassen. Wie komme ich da raus?

Viele Grüße
Melanie Schubert

-----Ursprüngliche Nachricht-----
Von: MensaPay Support <support@mensapay.example>
Gesendet: Donnerstag, 6. März 2025 16:20
Betreff: Wartungsarbeiten am Samstag

> Liebe Eltern,
>
> wegen Wartungsarbeiten ist MensaPay am Samstag, 8. März, von 6 bis 12 Uhr
> nicht erreichbar. Während dieser Störung sind keine Essensbestellungen
> möglich.
>
> Ihr MensaPay-Team"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Uwe Reichert <uwe.reichert@wohnmobil-post.example>",
         to="app@camping-seeblick.example",
         subject="Zwei-Faktor einrichten?",
         body="""\
Hallo, wie richte ich in der Seeblick-App die Zwei-Faktor-Anmeldung für mein Konto ein? Unter „Profil“ finde ich nur „Passwort ändern“.

Grüße, Uwe Reichert"""),

    dict(n=18, signals="-", priority="low", trap="product-names", qt=0, reply=0,
         frm="Gisela Hartmann <gisela.hartmann@gartenfreunde.example>",
         to="bestellung@gruenland-gartencenter.example",
         subject="Feuerdorn und Flammenblumen – noch vorrätig?",
         body="""\
Guten Tag,

haben Sie den Feuerdorn ‚Red Column‘ noch im 5-Liter-Topf da, etwa zehn Stück für eine Hecke? Und gibt es die weißen Flammenblumen noch? Außerdem suche ich den Dünger „Wurzelbombe“, den Sie letztes Frühjahr im Angebot hatten.

Kann ich das für Samstag zurücklegen lassen und vor Ort bezahlen?

Freundliche Grüße
Gisela Hartmann"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Werner Janßen <w.janssen@ostfriesenmail.example>",
         to="termine@schornsteinfeger-meyer.example",
         subject="AW: Warnung vor falschen Schornsteinfegern",
         body="""\
Moin Herr Meyer,

danke für die Warnung, bei uns hat noch keiner geklingelt. Können wir den Kehrtermin vom 14. März auf die Woche danach legen? Da bin ich auf Montage. Am liebsten vormittags.

Gruß
Werner Janßen

Am 03.03.2025 um 09:12 schrieb Schornsteinfegerbetrieb Meyer <termine@schornsteinfeger-meyer.example>:
> Liebe Kundinnen und Kunden,
>
> in der Region geben sich derzeit Betrüger als Schornsteinfeger aus. Sie
> verlangen Barzahlung an der Tür oder fragen nach Kontodaten und
> Zugangscodes. Wir kassieren nie an der Haustür. Bitte lassen Sie niemanden
> ohne Ausweis ins Haus und verständigen Sie im Zweifel die Polizei.
>
> Ihr Schornsteinfegerbetrieb Meyer"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Petra Lindemann <p.lindemann@dorfnetz.example>",
         to="service@holzwaerme-pellets.example",
         subject="Danke – alles erledigt",
         body="""\
Hallo Herr Sommer,

kurze Rückmeldung: Die fehlende Palette Pellets ist heute Vormittag gekommen, und die Gutschrift für die Anfahrt ist auch auf dem Konto. Damit ist für uns alles erledigt. Vielen Dank für die schnelle Hilfe, und grüßen Sie den Fahrer – der hat sogar noch den Hof gefegt!

Beste Grüße
Petra Lindemann"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Karl-Heinz Stolle <info@metzgerei-stolle.example>",
         to="vertrieb@waagenservice-koehler.example",
         subject="Deckt der Servicevertrag Premium auch Ausfälle ab?",
         body="""\
Sehr geehrte Damen und Herren,

wir überlegen, für unsere drei Filialen (insgesamt 7 Thekenwaagen und 3 Aufschnittmaschinen) Ihren Servicevertrag „Premium“ abzuschließen. Vorab ein paar Fragen:

– Sind Ausfälle am Samstag abgedeckt, wenn wir bis 14 Uhr geöffnet haben? Wie schnell ist dann jemand da?
– Ist der Notdienst im Preis enthalten oder wird er extra berechnet?
– Gehört die Nacheichung der Waagen dazu?
– Werden die Messer der Aufschnittmaschinen bei der Wartung mitgeschliffen?

Über ein Angebot würde ich mich freuen.

Mit freundlichen Grüßen
Karl-Heinz Stolle
Metzgerei Stolle GmbH"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nicole Brandes <nicole.brandes@sommerpost.example>",
         to="info@bootsverleih-seenplatte.example",
         subject="Feedback zu unserem Hausboot-Wochenende",
         body="""\
Hallo liebes Team,

wir wollten uns nach unserem Wochenende mit der „Kranich“ melden: Es war der Knaller! Die Kinder waren vom ersten Moment an Feuer und Flamme und wollten ständig selbst ans Steuer. Mein Mann hat beim Anlegen in Waren zwar eine kleine Titanic-Nummer hingelegt (gesunken ist nur sein Stolz 😄), aber Ihre Einweisung war super.

Frage: Gibt es im August noch ein freies Boot für 4 Personen, Mittwoch bis Sonntag?

Liebe Grüße
Nicole Brandes"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Matthias Kern <m.kern@kelterei-kern.example>",
         to="service@etikettiertechnik-hahn.example",
         subject="AW: Ticket #40917 – Etikettierer bleibt stehen",
         body="""\
Hallo,

ich muss hier nachhaken: Auf meine Mail vom Dienstag kam bisher nur die automatische Eingangsbestätigung. Inzwischen ist es deutlich schlimmer geworden. Der Etikettierer hält jetzt alle paar Minuten an, heute Morgen haben wir in drei Stunden keine 2.000 Flaschen geschafft – normal sind 6.000 pro Stunde. Die ganze Abfüllung steht damit praktisch still.

Am Freitag holt der Großhändler 40.000 Flaschen Apfelschorle für eine Handelskette ab, davon sind noch 25.000 nicht etikettiert, und ohne Etikett dürfen wir nichts ausliefern. Bitte schicken Sie heute noch einen Techniker. Rückruf unter 040 66969 730.

Matthias Kern
Kelterei Kern

Am 13.05.2025 um 07:58 schrieb Matthias Kern <m.kern@kelterei-kern.example>:
> Guten Morgen,
>
> unser Etikettierer LX-400 (Seriennr. LX4-2271) bleibt seit gestern etwa
> einmal pro Stunde mit „Fehler Etikettenband“ stehen, obwohl die Rolle
> richtig eingelegt ist. Nach dem Quittieren läuft er weiter. Könnten Sie
> sich das bei Gelegenheit ansehen?
>
> Gruß, M. Kern"""),

    dict(n=24, signals="outage", priority="medium", trap="buried", qt=0, reply=0,
         frm="Johanna Seitz <johanna@weingut-seitz.example>",
         to="support@pressnet.example",
         subject="Rückmeldung nach den ersten Lesewochen / Wartungstermin",
         body="""\
Hallo Herr Albrecht,

zunächst noch einmal vielen Dank für die Einweisung im August – die neue Membranpresse hat die ersten zwei Lesewochen ohne Murren mitgemacht, und unser Kellermeister ist begeistert, wie schonend sie den Riesling presst. Wir haben bisher knapp 60 Tonnen verarbeitet.

Ein paar Punkte für den Wartungstermin im November: Die Abdeckung am Mostablauf klemmt etwas, und wir hätten gern ein zweites Pressprogramm für Rotweinmaische eingerichtet. Können Sie das beim Termin gleich mitmachen?

Und dann noch: Seit dem Wochenende zeigt die PressNet-App auf dem Handy keine Daten mehr von der Presse an – kein Druckverlauf, keine Programmanzeige, nur „Keine Verbindung zur Anlage“. Die Presse selbst läuft am Bedienpanel im Kelterhaus ganz normal, wir lesen die Werte eben dort ab und tragen sie ins Kellerbuch ein. Lästig ist nur, dass ich nachts nicht mehr von zu Hause aus sehe, wann ein Zyklus fertig ist, und deshalb jemand vor Ort bleiben muss. Die Lese dauert noch etwa zwei Wochen.

Wegen des Novembertermins: Am besten passt uns die Woche ab dem 17., da ist es im Keller ruhig.

Viele Grüße aus der Pfalz
Johanna Seitz
Weingut Seitz"""),
]
