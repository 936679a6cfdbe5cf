# blind46 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dr. Katrin Wehmeyer <praxis@zahnarzt-wehmeyer.example>",
         to="service@steritec.example",
         subject="Autoklav ST-23 hat heute früh gequalmt – dringend",
         body="""\
Sehr geehrte Damen und Herren,

heute morgen gegen 7:45 Uhr hat unsere Auszubildende den Autoklaven (ST-23,
Seriennummer 23-448812) wie jeden Tag gestartet. Nach ein paar Minuten kam
Rauch hinten links aus dem Gehäuse, es roch stark verschmort und das Display
ist ausgegangen. Die Seitenwand war so heiß, dass man sie nicht anfassen konnte.
Wir haben sofort den Stecker gezogen und die Fenster aufgemacht, meine Kollegin
stand mit dem Feuerlöscher daneben.

Verletzt wurde zum Glück niemand, aber das Gerät steht direkt neben dem Regal
mit den Papierrollen. Wir benutzen es bis auf Weiteres nicht mehr.

Bitte melden Sie sich heute noch telefonisch unter 0521 448 2210. Wir brauchen
eine Einschätzung, ob das Gerät überhaupt noch am Strom bleiben darf, und
einen Techniker.

Mit freundlichen Grüßen
Dr. Katrin Wehmeyer
Zahnarztpraxis Wehmeyer"""),
    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Martina Kühn <pdl@haus-lindenhof.example>",
         to="kundendienst@medibett.example",
         subject="Stromschlag am Handschalter Pflegebett, Zimmer 14",
         body="""\
Guten Tag,

ich muss Ihnen einen Vorfall vom Wochenende melden. Am Samstagabend wollte
unsere Pflegehelferin Frau Öztürk bei einer Bewohnerin (Zimmer 14) das Kopfteil
hochfahren. Als sie den Handschalter in die Hand genommen hat, hat sie einen
Schlag bekommen, der bis in den Ellenbogen ging. Sie sagt, es hat kurz
geknistert. Die Hand war danach fast eine Stunde taub, der Bereitschaftsarzt
hat sie sich angeschaut.

Wir haben uns das Kabel angesehen: direkt am Übergang zum Schalter ist die
Isolierung aufgeplatzt, man sieht die Drähte. Es handelt sich um das Modell
"Vario Care 3", Baujahr 2019 – davon haben wir noch 22 Stück im Haus.

Das Bett ist vom Netz, die Bewohnerin liegt in einem Ersatzbett. Ich brauche
bitte schnell eine Aussage von Ihnen, ob das ein bekanntes Problem ist und ob
wir die anderen Betten prüfen lassen oder sperren müssen.

Freundliche Grüße
Martina Kühn
Pflegedienstleitung Haus Lindenhof"""),
    dict(n=3, signals="safety", priority="critical", trap="past", qt=0, reply=0,
         frm="Sekretariat Gesamtschule Am Wall <sekretariat@gs-amwall.example>",
         to="info@frischeteller-catering.example",
         subject="Allergische Reaktion nach Mittagessen am Freitag - Nüsse im Essen?",
         body="""\
Sehr geehrtes Team von Frischeteller,

ich schreibe im Auftrag unserer Schulleitung. Am Freitag gab es bei uns in der
Mensa Ihre "Gemüsepfanne mit Reis" (Menü 2). Laut Ihrem Speiseplan ohne Nüsse,
deshalb hat sich ein Schüler der 6b mit bekannter Erdnussallergie genau das
genommen.

Ca. 10 Minuten nach dem Essen hat er über Kribbeln im Mund geklagt, dann ist
sein Gesicht angeschwollen und er hat schlecht Luft bekommen. Unsere
Ersthelferin hat den Notfall-Pen gesetzt, der Rettungswagen hat ihn ins
Klinikum gebracht. Er ist inzwischen wieder zu Hause, aber die Eltern sind
verstaendlicherweise fassungslos.

Eine Kollegin hat in der Soße kleine gehackte Stücke gefunden, die wie
Erdnüsse aussehen. Einen Rest haben wir im Kühlschrank aufbewahrt.

Wir bitten dringend um Rückmeldung, welche Zutaten in dem Gericht waren und ob
es eine Änderung beim Rezept oder beim Lieferanten gab. Bis das geklärt ist,
bestellen wir Menü 2 nicht mehr.

Mit freundlichen Grüßen
Sabine Hartung
Schulsekretariat"""),
    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Jürgen Pohl <j.pohl64@webpost.example>",
         to="kundenservice@nordbank-direkt.example",
         subject="Überweisungen die ich nicht gemacht habe!!!",
         body="""\
Hallo,

ich hab eben ins Onlinebanking geschaut und da sind drei Überweisungen vom
Samstag drin, die ich NICHT gemacht habe. 980 €, 990 € und 370 € an einen
"M. Kovacs" mit ausländischer IBAN. Ich war das ganze Wochenende auf der
Hochzeit von meinem Neffen und hab das Handy kaum angefasst.

Das einzige was mir einfällt: Am Freitag kam eine SMS, dass ich meine
pushTAN-App "neu registrieren" muss, und ich hab auf den Link geklickt und
meine Daten eingegeben. Jetzt ist mir klar, dass das Betrug war.

Einloggen kann ich mich noch. Bitte sperren Sie sofort alles was geht und holen
Sie das Geld zurück, das ist fast meine ganze Rente für den Monat. Ich bin
heute den ganzen Tag unter 0176 5548 2093 erreichbar.

Jürgen Pohl
Konto endet auf 4471"""),
    dict(n=5, signals="safety", priority="critical", trap="past", qt=0, reply=0,
         frm="Lena Brandt <lena.brandt@mailbox.example>",
         to="hilfe@stadtflitzer.example",
         subject="Fahrzeug B-SF 2291",
         body="""\
Hallo liebes Stadtflitzer-Team,

ich nutze euch seit zwei Jahren und bin eigentlich total zufrieden, die App ist
super und ich musste noch nie lange nach einem Auto suchen. Ich schreib auch
erst heute, weil ich das von gestern erstmal sacken lassen musste.

Ich hatte gestern Nachmittag den weißen Polo B-SF 2291 (Buchung ab 15:10 am
Hauptbahnhof). Auf der Brückenstraße bergab wollte ich vor der Ampel bremsen
und das Pedal ist fast bis zum Boden durchgegangen, das Auto wurde kaum
langsamer. Ich konnte nur noch mit der Handbremse und indem ich an den Bordstein
gelenkt hab anhalten, ein paar Meter vor der Kreuzung. Danach leuchtete im
Display eine rote Warnleuchte mit Ausrufezeichen. Ich hab das Auto dort
abgestellt und bin mit dem Bus heim, hab die ganze Fahrt gezittert.

Mir ist nichts passiert, aber das hätte richtig böse ausgehen können, auch für
die Fußgänger an der Ampel. Bitte zieht das Auto sofort aus dem Verkehr, bevor
es der nächste bucht! Es stand gestern abend noch in der Brückenstraße Höhe
Hausnummer 40.

Viele Grüße
Lena Brandt"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Tobias Gruber <rezeption@hotel-seeblick-ammersee.example>",
         to="support@hoteldesk-pms.example",
         subject="NOTFALL: HotelDesk startet nicht - keine Check-ins möglich",
         body="""\
Guten Morgen,

seit ca. 6:15 Uhr lässt sich HotelDesk an keinem unserer drei
Rezeptionsrechner mehr öffnen. Nach dem Anmelden kommt nur ein weißes Fenster
mit "Verbindung zur Datenbank konnte nicht hergestellt werden (Code 5012)".
Neustart der Rechner und des Routers hat nichts gebracht.

Wir haben heute 64 Abreisen und eine Busgruppe mit 38 Gästen, die um 11 Uhr
ankommt. Wir können weder auschecken noch Zimmerkarten codieren, die
Frühstücksliste fehlt auch. Die Gäste stehen gerade Schlange an der Rezeption.

Bitte rufen Sie uns sofort zurück: 08806 9921-0, fragen Sie nach Herrn Gruber.

Kundennummer: HD-20417

Tobias Gruber
Front Office Manager, Hotel Seeblick"""),
    dict(n=7, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Dennis Wagner <d.wagner@spedition-holtkamp.example>",
         to="support@lagerpilot.example",
         subject="WG: Scanner gehen nicht",
         body="""\
Hallo Support,

leite euch die Nachricht von unserem Schichtleiter weiter, bitte SOFORT
anschauen. Bin erst seit 8 im Büro und hab das eben erst gesehen.

Dennis Wagner
IT / Spedition Holtkamp

-------- Weitergeleitete Nachricht --------
Von: Schichtleitung Halle 2 <halle2@spedition-holtkamp.example>
Datum: Mo., 17. Nov., 06:12
Betreff: Scanner gehen nicht

Dennis,

seit Schichtbeginn (5:30) kriegen die Handscanner keine Aufträge mehr aus
LagerPilot. Auf dem Display steht nur "Synchronisation fehlgeschlagen", am PC
im Büro dreht sich das Rad ewig. Wir können nix kommissionieren und nix
verbuchen. Draußen warten schon 9 LKW zum Laden, um 10 müssen die Touren für
die Märkte raus.

Hab alle Geräte neu gestartet, bringt nix. Ruf mich an.

Gruß Marco"""),
    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Stefanie Albers <steffi.albers@freenetmail.example>",
         to="stoerung@vellanet.example",
         subject="AW: Ihre Störungsmeldung 7731-0442",
         body="""\
Hallo,

Sie schreiben unten, dass die Störung am Samstag behoben sein sollte. Ist sie
nicht. Bei mir geht immer noch GAR NICHTS, die DSL-Lampe am Router blinkt seit
Freitagabend rot, kein Internet, das Festnetztelefon ist auch tot. Router hab
ich dreimal neu gestartet und auch mal 10 Minuten ausgesteckt.

Ich arbeite ab heute wieder im Homeoffice und komme ohne Internet nicht an
meinen Dienstrechner, über den Handy-Hotspot klappt das VPN nicht. Wann kommt
endlich ein Techniker??

S. Albers

Am 13.11.2025 um 16:02 schrieb VellaNet Kundenservice <stoerung@vellanet.example>:
> Guten Tag Frau Albers,
> vielen Dank für Ihre Meldung. In Ihrem Anschlussbereich liegt derzeit eine
> Störung vor. Unsere Techniker arbeiten mit Hochdruck an der Behebung,
> voraussichtlich bis Samstag, 15.11.
> Ihr VellaNet-Team"""),
    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Maximilian Roth <max.roth@postfach.example>",
         to="support@thermiq.example",
         subject="App geht sofort wieder zu, Heizung nicht einstellbar",
         body="""\
Hi,

seit dem Update am Wochenende (Version 4.2 glaub ich) geht die ThermIQ App auf
meinem Handy auf, zeigt kurz das Logo und ist dann sofort wieder weg. Hab sie
gelöscht und neu installiert, Handy neu gestartet, das selbe. Auf dem Tablet
von meiner Freundin genauso.

Problem: die Thermostate stehen noch auf Urlaubsmodus 12 Grad, weil wir bis
gestern weg waren, und ohne App krieg ich die nicht umgestellt, an den
Geräten selbst gibts ja keine Knöpfe. Die Wohnung ist eiskalt.

Gibt es irgendeinen anderen Weg oder wann kommt ein Fix?

Gruß Max"""),
    dict(n=10, signals="outage,account", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ralf Henning <r.henning@gemeinde-oberwies.example>",
         to="support@kommunalcloud.example",
         subject="Anmeldung über Dienstkonto bei allen Mitarbeitern defekt",
         body="""\
Sehr geehrte Damen und Herren,

seit heute Morgen funktioniert bei uns in der Gemeindeverwaltung die Anmeldung
über "Mit Dienstkonto anmelden" nicht mehr. Betroffen sind alle 17
Kolleginnen und Kollegen, egal ob Bürgerbüro, Kasse oder Bauamt. Nach dem Klick
kommt "Ungültige Antwort vom Identitätsanbieter" und man landet wieder auf der
Startseite.

Über die direkte Anmeldung mit Benutzername und lokalem Kennwort kommen wir zum
Glück rein, das haben wir jetzt allen so gesagt. Das Bürgerbüro kann also
arbeiten, aber es ist umständlich und einige wissen ihr lokales Kennwort nicht
mehr.

Bitte prüfen Sie das, bei uns wurde am Wochenende nichts geändert.

Mit freundlichen Grüßen
Ralf Henning
EDV, Gemeinde Oberwies"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Anke Steinbrink <hof@steinbrink-hofladen.example>",
         to="haendler-support@paylino.example",
         subject="Auszahlung seit 10 Tagen in Prüfung – brauchen das Geld bis Freitag",
         body="""\
Hallo,

wir sind ein kleiner Hofladen mit Onlineshop und nutzen Paylino für die
Kartenzahlung. Die Auszahlung vom 3.11. über 3.870,40 € steht seit zehn Tagen
auf "In Prüfung", auf unserem Konto ist nichts angekommen. Wir haben nichts
anders gemacht als sonst, keine neuen Produkte, nix.

Am Freitag müssen wir die Saisonkräfte und die Futterlieferung bezahlen, das
Geld brauchen wir wirklich dringend. Falls ihr Unterlagen braucht, schick ich
die sofort, sagt einfach welche.

Händler-ID: PL-884213

Beste Grüße
Anke Steinbrink
Hof Steinbrink GbR"""),
    dict(n=12, signals="payment", priority="medium", trap="aside", qt=0, reply=0,
         frm="Claudia Feldmann <claudi.feldmann@webpost.example>",
         to="hilfe@flimmerbox.example",
         subject="Frage wegen Abo",
         body="""\
Hallo zusammen,

erstmal ein großes Lob, die neue Serie mit dem Kommissar aus Kiel ist der
Wahnsinn, wir haben am Wochenende alle acht Folgen durchgeschaut und mein Mann
hat sogar mitgeraten, was sonst nie passiert :)

Jetzt aber zu meinem eigentlichen Anliegen. Beim Kontoauszug ist mir
aufgefallen, dass ihr diesen Monat zweimal 13,99 € abgebucht habt, einmal am
1.11. und nochmal am 3.11. Wir haben nur ein Abo, das Familienabo, und ich hab
nichts geändert. Bitte das doppelt abgebuchte Geld zurücküberweisen.

Und noch eine Kleinigkeit: kann man die Untertitel irgendwie größer stellen?
Meine Schwiegermutter guckt manchmal mit und kann die kaum lesen.

Danke und liebe Grüße
Claudia Feldmann"""),
    dict(n=13, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Petra Lange <verwaltung@hausarzt-moeller.example>",
         to="support@medisoft-praxis.example",
         subject="AW: Ticket #58120",
         body="""\
Hallo Herr Yilmaz,

danke, das Thema von Freitag ist erledigt.

Mir ist aber jetzt beim Ablegen die Rechnung RE-2025-11873 aufgefallen: da
werden uns 12 Arbeitsplatzlizenzen berechnet, wir haben seit der Kündigung im
Sommer aber nur noch 8. Das sind 4 x 39 € zu viel, und laut unserer
Buchhaltung war das im Oktober schon genauso. Können Sie uns bitte eine
korrigierte Rechnung schicken und den zu viel bezahlten Betrag gutschreiben?

Viele Grüße
Petra Lange
Praxisverwaltung Dr. Möller

-----Ursprüngliche Nachricht-----
Von: MediSoft Support <support@medisoft-praxis.example>
Gesendet: Freitag, 14. November 2025 10:21
An: verwaltung@hausarzt-moeller.example
Betreff: Ticket #58120

> Sehr geehrte Frau Lange,
> Ihr Benutzerkonto wurde nach mehreren fehlgeschlagenen Anmeldeversuchen
> automatisch gesperrt. Wir haben die Sperre aufgehoben. Bitte vergeben Sie
> beim nächsten Login ein neues Passwort.
> Mit freundlichen Grüßen
> Emre Yilmaz, MediSoft Support"""),
    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Tim Kessler <tim.kessler@mailbox.example>",
         to="kundenservice@modehaus-klee.example",
         subject="Rücksendung - wie lange dauert die Erstattung?",
         body="""\
Hallo,

ich habe letzte Woche eine Jacke zurückgeschickt (Bestellung 40021877), laut
Sendungsverfolgung ist das Paket am Donnerstag bei euch angekommen. Wie lange
dauert es normalerweise, bis das Geld wieder auf der Kreditkarte ist? Und kann
ich den Stand der Erstattung irgendwo sehen?

Danke & Gruß
Tim"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Jana Wolff <jana.wolff@freenetmail.example>",
         to="support@wolkenfoto.example",
         subject="Komme nicht mehr in mein Konto – Authenticator weg",
         body="""\
Hallo,

mein altes Handy ist mir am Samstag ins Waschbecken gefallen und geht nicht
mehr an. Ich hab jetzt ein neues, aber die Authenticator-App mit dem Code für
WolkenFoto war nur auf dem alten. Beim Anmelden will er jetzt den 6-stelligen
Code und ich hab keinen. Die Backup-Codes hab ich damals nicht ausgedruckt (ich
weiß...).

Ich komm also an überhaupt nichts mehr ran. Da liegen alle Fotos von meinen
Kindern seit 2016 und ich brauch diese Woche dringend ein paar davon.

Mein Benutzername ist jana.w.fotos, E-Mail wie diese hier. Wie kann ich
beweisen, dass ich das bin? Ich schicke gerne eine Ausweiskopie.

Danke!
Jana Wolff"""),
    dict(n=16, signals="account", priority="medium", trap="typo", qt=0, reply=0,
         frm="Horst Beckmann <h.beckmann@t-netz.example>",
         to="service@lesezirkel-online.example",
         subject="passwort",
         body="""\
guten tag, ich habe jetzt 4 mal auf passwort vergessen gedrückt aber es kommt
keine mail. im spam ordner ist auch nix. meine email ist diese hier. auf dem
tablet bin ich noch angemeldet aber am pc kann ich mich nicht mehr einlogen.
bitte um hilfe
mfg H. Beckmann"""),
    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Nadine Vogt <leitung@kita-sonnenblume.example>",
         to="support@kitaplaner.example",
         subject="E-Mail-Adresse vom Hauptkonto ändern geht nicht",
         body="""\
Liebes KitaPlaner-Team,

unsere bisherige Leitung Frau Engel ist Ende Oktober in Rente gegangen. Das
Hauptkonto (Administrator) unserer Einrichtung läuft aber noch auf ihre
Adresse engel@kita-sonnenblume.example, und die haben wir inzwischen gelöscht.

Wenn ich in den Einstellungen die E-Mail ändern will, schickt das System den
Bestätigungslink an die alte Adresse, die es nicht mehr gibt. Ich bin nur als
normale Erzieherin angemeldet und kann so z.B. keine neuen Eltern freischalten.

Wie bekommen wir das Hauptkonto auf mich umgeschrieben (Nadine Vogt,
leitung@kita-sonnenblume.example)? Eine Bestätigung vom Träger kann ich
schicken.

Viele Grüße
Nadine Vogt
Kita Sonnenblume"""),
    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Kai Schubert <info@elektro-schubert.example>",
         to="hilfe@rechnungsfix.example",
         subject="Zweiten Benutzer anlegen?",
         body="""\
Moin,

kurze Frage: wir sind zu zweit im Büro und teilen uns bisher einen Login. Kann
man in RechnungsFix einen zweiten Benutzer mit eigenem Passwort anlegen, und
wenn ja wo? Hab in den Einstellungen nix gefunden.

Gruß
Kai Schubert
Elektro Schubert"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Bernd Lorenz <bernd.lorenz@mailbox.example>",
         to="kundenservice@glutmeister.example",
         subject="Frage zur Zündsicherung beim Gasgrill Titan 4",
         body="""\
Hallo,

ich überlege, den Titan 4 für unsere Terrasse zu kaufen. Mein Schwager hatte
letzten Sommer mit einem anderen Grill (nicht von euch) eine Stichflamme, als er
nach einer Fehlzündung gleich nochmal gezündet hat – Augenbrauen weg, Hand
verbrannt. Seitdem bin ich etwas vorsichtig :)

Daher meine Fragen:
- Hat der Titan 4 eine Zündsicherung, die das Gas abstellt, wenn die Flamme
  ausgeht?
- Ist ein Schlauchbruchventil dabei oder muss ich das extra kaufen?
- Darf man den Grill unter einem Terrassendach betreiben (ca. 1,5 m Abstand
  zur Decke), oder besteht da Brandgefahr?

Danke für eine kurze Info!
Bernd Lorenz"""),
    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ulrike Menzel <kasse@komoedie-am-markt.example>",
         to="support@ticketbuero-pro.example",
         subject='Zusatzvorstellung "Feuer und Flamme"',
         body="""\
Hallo liebes Ticketbüro-Team,

unsere Premiere "Feuer und Flamme" am Samstag war ein echter Bombenerfolg –
ausverkauft, die Leute haben sich totgelacht, und unser Hauptdarsteller hat
sich im zweiten Akt wie immer die Seele aus dem Leib gespielt, bis er fast
umgekippt ist. Der Einlass mit euren Scannern lief übrigens wie geschmiert,
danke dafür!

Wegen der Nachfrage wollen wir am 6. Dezember eine Zusatzvorstellung um 15 Uhr
anbieten. Kann ich dafür einfach die Samstagsvorstellung kopieren, inkl.
Saalplan und Preiskategorien, oder muss ich alles neu anlegen?

Herzliche Grüße aus der Theaterkasse
Ulrike Menzel
Komödie am Markt"""),
    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Gisela Hoffmann <gisela.hoffmann@webpost.example>",
         to="sicherheit@ostsee-sparbank.example",
         subject="Komische SMS - Konto gesperrt??",
         body="""\
Guten Tag,

ich habe heute früh eine SMS bekommen: "Ostsee Sparbank: Ihr Konto wurde aus
Sicherheitsgründen gesperrt. Bestätigen Sie Ihre Identität unter
sparbank-sicher-login.example". Mein Enkel sagt, das ist Phishing und ich soll
da auf keinen Fall draufklicken. Hab ich auch nicht, ich habe nichts
eingegeben, kein Passwort und keine TAN, und die SMS gelöscht. Im
Onlinebanking ist alles normal.

Ich wollte es Ihnen nur melden, damit Sie Bescheid wissen und vielleicht andere
Kunden warnen können.

Mit freundlichen Grüßen
Gisela Hoffmann"""),
    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Melanie Krause <personal@brunner-logistik.example>",
         to="kundenservice@lernwerk-akademie.example",
         subject='Teilnahmebescheinigung Crashkurs "Wenn der Server down ist"',
         body="""\
Hallo,

wir hatten letzte Woche mit sechs Leuten aus der Disposition den
Online-Crashkurs "Wenn der Server down ist – Notfallpläne bei Ausfall und
Stillstand" bei Ihnen. Sehr praxisnah, die Übung mit dem simulierten
Totalausfall kam super an, und der Trainer hat das Thema Blackout im Lager
wirklich anschaulich erklärt.

Zwei Kollegen waren am Freitag leider offline, weil sie auf Tour waren, und
haben das letzte Modul verpasst. Kann man das als Aufzeichnung nachholen? Und
bekommen alle eine Teilnahmebescheinigung, oder muss ich die irgendwo
anfordern?

Vielen Dank und eine schöne Woche
Melanie Krause
Personalabteilung Brunner Logistik"""),
    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Jonas Weber <praxis@physio-weber.example>",
         to="vertrieb@terminklar.example",
         subject="Preise für Praxis mit 5 Therapeuten",
         body="""\
Guten Tag,

wir überlegen, unsere Terminvergabe auf TerminKlar umzustellen. Ein paar
Fragen vorab:

1. Was kostet das im Monat für 5 Therapeuten und eine Rezeption?
2. Gibt es Rabatt bei jährlicher Zahlung?
3. Kann man per Rechnung/Überweisung bezahlen oder nur per Kreditkarte bzw.
   Lastschrift?
4. Fallen Gebühren pro SMS-Erinnerung an?

Über ein Angebot würden wir uns freuen.

Viele Grüße
Jonas Weber
Physiotherapie Weber"""),
    dict(n=24, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Murat Kaya <kaya.imbiss@mailbox.example>",
         to="support@kassenprofi.example",
         subject="AW: Ihre Anfrage 22817",
         body="""\
Hallo Frau Schenk,

der Techniker war am Samstag früh da und hat das Netzteil getauscht, seitdem
alles gut. Vielen Dank dass das so schnell ging, hätte ich von einer Hotline
ehrlich gesagt nicht erwartet!

Schöne Woche
Murat Kaya

Am Fr., 14. Nov. 2025 um 18:47 schrieb Murat Kaya <kaya.imbiss@mailbox.example>:
> Hallo, unsere Kasse ist seit einer Stunde komplett ausgefallen, der
> Bildschirm bleibt schwarz und wir können keine Bons drucken und nix
> verkaufen. Freitagabend, der Laden ist voll!! Bitte dringend melden.
> Murat Kaya"""),
]
