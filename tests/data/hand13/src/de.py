# blind14 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Reinhard Köhler <r.koehler@posteo-mail.example>",
         to="service@saunatec.example",
         subject="Saunaofen SX-9, Steuerkasten knackt",
         body="""\
Sehr geehrte Damen und Herren,

seit Sonntag hören wir aus dem Steuerkasten unseres Saunaofens SX-9
(Seriennr. 4471-0932) ein Knacken, etwa alle paar Sekunden, auch wenn die
Sauna ausgeschaltet ist. Gestern Abend roch es im ganzen Keller nach
geschmolzenem Plastik. Das Gehäuse war so heiß, dass meine Frau es nicht
anfassen konnte, obwohl der Ofen seit zwei Stunden aus war, und das Holz der
Wandverkleidung direkt dahinter ist dunkelbraun verfärbt.

Wir haben den Ofen am Verteilerkasten abgeschaltet und lassen die Sauna aus.
Bitte melden Sie sich kurzfristig, wie es weitergeht – der Ofen ist erst
14 Monate alt.

Mit freundlichen Grüßen
Reinhard Köhler
Tel. 089 99998 214"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Wirtz <sabine.wirtz@webpost.example>",
         to="kundendienst@aerosense.example",
         subject="CO-Melder AS-200 hat nichts angezeigt",
         body="""\
Hallo,

wir haben Ihren CO-Melder AS-200 seit März im Flur neben der Gastherme hängen.
Am Wochenende hatten mein Mann und ich beide starke Kopfschmerzen, mir war
beim Aufstehen so schwindelig, dass ich mich am Türrahmen festhalten musste,
und unser Sohn (7) hat sich zweimal übergeben. Wir dachten erst an einen
Magen-Darm-Infekt.

Heute war der Schornsteinfeger da und hat an der Therme 180 ppm gemessen. Die
Therme ist jetzt stillgelegt. Ihr Melder hing die ganze Zeit zwei Meter
daneben und hat geblinkt wie immer – grün, kein Ton.

Ich möchte wissen, wie das sein kann und ob die anderen beiden Melder im Haus
genauso wenig taugen.

Sabine Wirtz
0221 4710 388"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Jonas Petrović <jonas.petrovic@mailfeld.example>",
         to="support@coinhafen.example",
         subject="Konto übernommen – 0,42 BTC weg",
         body="""\
Hallo,

heute Nacht um 03:17 wurden aus meiner CoinHafen-Wallet 0,42 BTC an eine
Adresse gesendet, die ich nicht kenne (bc1q…7xk9). Ich habe geschlafen, mein
Handy lag neben mir. Kurz davor kam eine Mail „Ihre E-Mail-Adresse wurde
geändert“ – auch nicht von mir.

Jetzt komme ich nicht mehr in mein Konto: Passwort angeblich falsch, und der
Reset-Link geht natürlich an die neue Adresse. Bitte sperren Sie das Konto
sofort und stoppen Sie alle weiteren Auszahlungen. Kundennummer CH-20931.

Jonas Petrović
0171 39200 47"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Miriam Scholz <miriam.scholz@familie-scholz.example>",
         to="service@kleinschritt.example",
         subject="Frage zum Treppenschutzgitter Klick&Zu",
         body="""\
Guten Tag,

ist es normal, dass sich Ihr Treppenschutzgitter „Klick&Zu“ mit einem
kräftigen Ruck öffnen lässt, obwohl die Anzeige an der Verriegelung grün ist?
Unsere Tochter (14 Monate) hat sich gestern mit ihrem ganzen Gewicht dagegen
gelehnt, das Gitter ist aufgesprungen und sie ist drei Stufen
hinuntergerutscht. Sie hat zum Glück nur eine Beule an der Stirn.

Ich habe es danach mehrmals ausprobiert: Etwa jedes dritte Mal springt es auf.
Ist das Gitter so überhaupt sicher? Gekauft im Mai, montiert genau nach
Anleitung.

Viele Grüße
Miriam Scholz"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Reuter <t.reuter@stadtseilbahn-rheinhafen.example>",
         to="support@ticketgate-systeme.example",
         subject="DRINGEND: Drehkreuze Talstation lesen keine Tickets",
         body="""\
Guten Morgen,

seit Betriebsbeginn um 6:30 erkennen die Drehkreuze an der Talstation keine
einzige Zeitkarte und kein Handyticket mehr – Anzeige „Ticket ungültig“. Um
diese Uhrzeit sind das fast nur Pendler, die zur Arbeit auf die andere
Rheinseite wollen.

Wir haben die Sperren offen gestellt und zwei Mitarbeiter zählen per
Strichliste, aber so können wir weder kontrollieren noch abrechnen, und die
Schlange reicht bis zur Straßenbahnhaltestelle. An der Bergstation dasselbe.

Bitte rufen Sie mich sofort zurück: 069 90009 511.

Thomas Reuter
Betriebsleitung Stadtseilbahn Rheinhafen"""),

    dict(n=6, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Katharina Meier <kathi.meier@alpenpost.example>",
         to="hilfe@huettenplaner.example",
         subject="Buchen geht nicht – Button bleibt grau",
         body="""\
Hallo zusammen,

seit Freitag kann ich in der Hüttenplaner-App keine Übernachtung mehr buchen.
Egal welche Hütte, der Button „Reservieren“ bleibt grau. Am Laptop im Browser
dasselbe. Abgemeldet, neu angemeldet, App neu installiert – nichts.

Ich wollte für unsere Gruppe (8 Personen) die Etappen am Lechweg Ende August
festmachen, und die Plätze werden knapp. Könnt ihr bitte nachsehen?

Danke und Gruß
Kathi"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Dennis Krüger <dennis.krueger@fanpost.example>",
         to="support@stadionsnack.example",
         subject="Bestellungen brauchen ewig",
         body="""\
Moin,

beim Heimspiel am Samstag hat es bei jeder Bestellung über die App mehr als
20 Minuten gedauert, bis sie am Abholpunkt als fertig angezeigt wurde. Zwei
Kumpels haben direkt am Stand bestellt und hatten ihr Essen nach 5 Minuten.
Die Halbzeit war also vorbei, bevor meine Currywurst da war. Bestellen an sich
klappt, aber die App hinkt hinterher. Oder liegt das an meinem Handy?

Gruß Dennis (Block 14)"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Annika Vogt <praxis@tierarzt-vogt.example>",
         to="support@vetcall.example",
         subject="Keine Videosprechstunde möglich – 23 Termine heute",
         body="""\
Sehr geehrtes VetCall-Team,

seit 8 Uhr kommt in unserer Praxis keine einzige Videosprechstunde zustande.
Die Tierhalter sehen „Verbindung wird hergestellt …“, wir sehen sie im
virtuellen Wartezimmer, aber beim Klick auf „Beitreten“ passiert nichts. Heute
stehen 23 Termine im Kalender, darunter Nachkontrollen nach Operationen, und
die Leute rufen inzwischen alle auf dem Praxistelefon an, das wir zu zweit
nicht mehr bedienen können.

Bitte melden Sie sich umgehend unter 040 66969 702.

Mit freundlichen Grüßen
Dr. Annika Vogt
Tierarztpraxis Vogt, Hamburg-Eimsbüttel"""),

    dict(n=9, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Leonie Hartmann <leonie.hartmann@stud.hs-nordheim.example>",
         to="portal-support@hs-nordheim.example",
         subject="Prüfungsanmeldung – Portal nicht erreichbar, Frist morgen",
         body="""\
Hallo,

das Portal zur Prüfungsanmeldung ist seit gestern Abend für mich nicht
erreichbar – egal ob im WLAN der Hochschule oder zu Hause, es kommt nur
„502 Bad Gateway“. Die Anmeldefrist für das Wintersemester endet morgen um
12 Uhr und mir fehlen noch zwei Module (Statistik II und Mikroökonomie).

Wird die Frist verlängert, falls das bis dahin nicht läuft?
Matrikelnummer 5520193.

Viele Grüße
Leonie Hartmann"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Murat Yıldız <murat.yildiz@netzpost.example>",
         to="buchung@strike-bowlingcenter.example",
         subject="Doppelt abgebucht – Bahnreservierung 12.09.",
         body="""\
Hallo,

ich habe für Freitag, den 12.09., zwei Bahnen ab 19 Uhr reserviert
(Buchungsnr. SB-77821) und mit PayPal bezahlt. Auf meinem Konto sind jetzt
zwei Abbuchungen über je 64,00 € vom selben Tag. Die Reservierung gibt es nur
einmal.

Bitte erstattet mir die zweite Zahlung.

Gruß
Murat Yıldız"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Gabriele Funke <gabi.funke@mailhaus.example>",
         to="auszahlung@glueckslos-app.example",
         subject="Auszahlung Gewinn fehlgeschlagen – brauche das Geld für die Miete",
         body="""\
Sehr geehrte Damen und Herren,

ich hatte in der Ziehung vom 30.08. fünf Richtige, Gewinn 1.850,00 €. In der
App habe ich die Auszahlung auf mein Girokonto beantragt, am Montag kam die
Meldung „Auszahlung fehlgeschlagen – bitte Kontodaten prüfen“. Die IBAN stimmt,
es ist dasselbe Konto, von dem ich immer einzahle, und die Bank sagt, bei ihr
ist weder etwas angekommen noch zurückgegangen.

Ich muss ehrlich sagen, ich habe mit dem Geld gerechnet: Die Miete ist am 3.
fällig, und mein Vermieter wartet schon. Können Sie die Auszahlung bitte heute
noch einmal anstoßen?

Gabriele Funke
Spielerkonto 40-118-552"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Dr. Henrik Albers <h.albers@kanzlei-albers.example>",
         to="rechnung@beglaubigt-uebersetzt.example",
         subject="Ihre Rechnung RE-2025-0873",
         body="""\
Sehr geehrte Frau Lindner,

vielen Dank für die schnelle Bearbeitung der beglaubigten Übersetzungen für
meine Mandantin – die Dokumente sind gestern per Post eingegangen, die
Qualität ist wie immer einwandfrei, und auch die Apostille wurde korrekt
berücksichtigt. Meine Mandantin hat ihren Termin beim Standesamt am
18. September, insofern hat alles rechtzeitig geklappt.

Beim Durchsehen der beiliegenden Rechnung RE-2025-0873 ist mir allerdings
aufgefallen, dass 14 Normseiten zu je 15,00 € berechnet werden, insgesamt
210,00 € netto. Es handelte sich aber nur um die Geburtsurkunde, das
Ehefähigkeitszeugnis und zwei Seiten Meldebescheinigung, also vier Seiten laut
Ihrem eigenen Angebot vom 2. September (60,00 € netto). Möglicherweise wurde
ein anderer Auftrag mit eingerechnet.

Ich bitte um eine korrigierte Rechnung; die Zahlung veranlasse ich dann
umgehend.

Mit freundlichen Grüßen
Dr. Henrik Albers
Rechtsanwalt"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Jan-Ole Behrens <janole.behrens@kielpost.example>",
         to="service@taschengeldkarte.example",
         subject="Kurze Frage zu 0,50 €",
         body="""\
Hallo, auf der Taschengeldkarte meines Sohnes wurden gestern 0,50 €
„Sofortaufladung“ abgezogen. Ist ja nicht viel, ich bin nur neugierig: Wann
fällt die Gebühr an und wann nicht?
Gruß, Jan-Ole"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Lara Nguyen <lara.nguyen@citymail.example>",
         to="support@gaesteliste-app.example",
         subject="Konto gesperrt",
         body="""\
Hey,

ich bin Promoterin für das Kesselhaus und trage über eure App jeden Freitag
unsere Gästeliste ein. Seit heute Mittag steht beim Login nur „Konto
vorübergehend gesperrt“. Passwort ist richtig, ich hab nichts geändert. Die
Tür sieht die Liste auf dem Club-Tablet noch, aber ich kann keine Namen mehr
nachtragen. Könnt ihr mich bitte entsperren?

LG Lara"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Emre Aydın <emre.aydin@postfach.example>",
         to="hilfe@visatermin-service.example",
         subject="SMS-Code kommt zu spät",
         body="""\
Guten Tag,

ist es normal, dass der Bestätigungscode per SMS bei Ihnen immer erst nach
etwa zehn Minuten ankommt? Dann ist er bereits abgelaufen, ich fordere einen
neuen an, und das Spiel beginnt von vorne. Seit drei Tagen komme ich so nicht
in mein Konto, um meinen Termin für das Visum zu bestätigen.

Handynummer im Konto: 0171 39200 12

Mit freundlichen Grüßen
Emre Aydın"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Felix Brandt <felix.brandt@kickpost.example>",
         to="support@managerliga.example",
         subject="E-Mail ändern – Bestätigung kommt nicht",
         body="""\
Servus,

ich hab in meinem ManagerLiga-Profil die E-Mail von felix.b@altmail.example
auf meine neue Adresse geändert. Die Bestätigungsmail an die neue Adresse
kommt einfach nicht (auch nicht im Spam), und jetzt steht im Profil „E-Mail
nicht verifiziert – Transfers gesperrt“. Die alte Adresse gibt's nicht mehr,
der Anbieter hat dichtgemacht.

Our league is half English guys from work and I'm the one who has to sort out
the transfers before Saturday – bitte schaut mal drauf. Teamname:
Abseitsfalle 04.

Felix"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nele Sommer <nele.sommer@webfach.example>",
         to="support@luna-zyklus.example",
         subject="PIN für die App einrichten?",
         body="""\
Hallo, wie kann ich in der Luna-App eine PIN oder Face ID einstellen, damit
niemand meine Einträge sieht, wenn er mein Handy in die Hand nimmt? Danke!
Nele"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Tim Lehmann <tim.lehmann@brettpost.example>",
         to="hallo@surfschule-wellenreiter.example",
         subject="Hammer Woche!",
         body="""\
Moin! Die Woche bei euch war der absolute Wahnsinn. Am ersten Tag dachte ich
noch, ich sterbe tausend Tode, am Freitag hab ich meine erste grüne Welle
gestanden und es hat einfach gebrannt. Grüße an Jule, die beste Lehrerin ever.
Nächstes Jahr wieder!
Tim"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Birgit Hoffmann <b.hoffmann@grundschule-am-see.example>",
         to="gruppen@planetarium-suedstadt.example",
         subject="AW: Ihre Buchungsanfrage vom Sonntag",
         body="""\
Sehr geehrter Herr Brandl,

vielen Dank für die Rückmeldung. Dann buche ich hiermit die Vorstellung
„Reise zu den Planeten“ am Donnerstag, 9. Oktober, 10 Uhr, für zwei dritte
Klassen (46 Kinder, 5 Begleitpersonen). Gibt es für Schulklassen eine
Ermäßigung?

Mit freundlichen Grüßen
Birgit Hoffmann

Am 22.09.2025 um 11:04 schrieb Planetarium Südstadt – Gruppenbuchung:
> Sehr geehrte Frau Hoffmann,
> leider war unser Buchungssystem am Sonntag wegen eines Serverausfalls
> nicht erreichbar, daher ist Ihre Anfrage nicht bei uns angekommen. Die
> Störung ist inzwischen behoben. Bitte teilen Sie uns Ihren Wunschtermin
> noch einmal mit.
> Mit freundlichen Grüßen
> Markus Brandl"""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Helmut Graf <helmut.graf@t-post.example>",
         to="service@kalkfrei-technik.example",
         subject="AW: Enthärtungsanlage KF-300 – Fehlermeldung E4",
         body="""\
Sehr geehrter Herr Özdemir,

ich wollte mich nur kurz bedanken: Nach Ihrem Tipp mit dem verklebten Salz im
Solebehälter läuft die Anlage wieder einwandfrei, die Fehlermeldung ist weg
und das Wasser ist wieder weich. Ich hatte schon befürchtet, die ganze Anlage
sei hinüber und ich müsste einen Techniker kommen lassen.

Herzlichen Dank für die Geduld am Telefon!

Mit freundlichen Grüßen
Helmut Graf"""),

    dict(n=21, signals="-", priority="low", trap="names", qt=0, reply=0,
         frm="Sophie Lang <sophie.lang@spielpost.example>",
         to="team@wuerfelbude-cafe.example",
         subject="Habt ihr Pandemie und Flash Point?",
         body="""\
Hallo ihr Lieben,

wir wollen am Samstag zu sechst zu euch kommen. Habt ihr „Pandemie“ (gern
auch „Pandemic Legacy“) und „Flash Point: Fire Rescue“ im Regal? Falls nicht,
was würdet ihr für einen Abend mit viel Explosionen und Chaos empfehlen –
„Exploding Kittens“ hatten wir schon.

Und muss man für sechs Personen reservieren?

Liebe Grüße
Sophie"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Wolfgang Ebert <w.ebert@gartenhaus-ebert.example>",
         to="beratung@sprudelwerk.example",
         subject="Fragen vor dem Kauf – Whirlpool Aqua 5",
         body="""\
Guten Tag,

wir überlegen, den Whirlpool Aqua 5 für unsere Terrasse zu kaufen, haben aber
vorher ein paar Fragen:

1. Wir haben zwei Enkel (4 und 6). Hat die Abdeckung eine Kindersicherung,
   die sich abschließen lässt?
2. Ist ein FI-Schutzschalter gegen Stromschlag eingebaut, oder muss unser
   Elektriker den extra setzen?
3. Wie ist Ihre Rückgaberegelung, falls er doch nicht auf die Terrasse passt?
   Gilt das Widerrufsrecht auch bei Speditionslieferung?

Vielen Dank vorab
Wolfgang Ebert"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Thu Trang Le <salon@nailstudio-lotus.example>",
         to="support@terminfee.example",
         subject="SMS-Erinnerungen werden nicht verschickt",
         body="""\
Hallo TerminFee-Team,

seit Montag bekommen unsere Kundinnen keine SMS-Erinnerung mehr einen Tag vor
dem Termin. Im Protokoll steht bei allen „in Warteschlange“. Online-Buchung
und Kalender laufen ganz normal.

Wir rufen die Kundinnen für den nächsten Tag jetzt abends selbst an, das geht,
kostet aber jeden Tag eine knappe Stunde. Gestern sind trotzdem zwei nicht
gekommen. Könnt ihr euch das anschauen?

Viele Grüße
Thu Trang Le
Nailstudio Lotus"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Andreas Wendt <a.wendt@gymnasium-lindenhof.example>",
         to="support@klassenkasse-online.example",
         subject="AW: Elternzahlungen Klassenfahrt 9b nicht gutgeschrieben – 3. Anfrage",
         body="""\
Sehr geehrte Damen und Herren,

ich schreibe Ihnen nun zum dritten Mal und habe bis heute keine Antwort
erhalten.

Für die Klassenfahrt der 9b nach Hamburg haben inzwischen alle 27 Eltern je
240 € über Ihr Portal bezahlt; mehrere haben mir ihre Kontoauszüge gezeigt. Im
Klassenkonto stehen aber nach wie vor nur 1.680 €, also sieben Zahlungen. Die
Jugendherberge verlangt die 6.480 € bis Freitag, sonst verfallen unsere Plätze
– und 27 Kinder freuen sich seit Monaten auf diese Fahrt.

Bitte rufen Sie mich heute noch an: 030 23125 640.

Andreas Wendt
Klassenleitung 9b, Gymnasium Lindenhof

-----Ursprüngliche Nachricht-----
Von: Andreas Wendt <a.wendt@gymnasium-lindenhof.example>
Gesendet: Montag, 15. September 2025 08:12
An: support@klassenkasse-online.example
Betreff: Elternzahlungen Klassenfahrt 9b nicht gutgeschrieben

> Guten Tag,
> mehrere Eltern haben für die Klassenfahrt bezahlt, die Beträge erscheinen
> aber nicht im Klassenkonto (Konto-ID KK-9b-4410). Können Sie das prüfen?
> Gruß, A. Wendt"""),
]
