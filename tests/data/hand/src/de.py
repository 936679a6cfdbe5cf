# Fresh hand-written set, German. Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Jürgen Albrecht <j.albrecht@posteingang.example>", to="service@trekkra.example",
     subject="E-Bike-Akku hat in der Garage gebrannt",
     body="""Sehr geehrte Damen und Herren,

gestern Abend gegen 21 Uhr hat der Akku unseres E-Bikes (Trekkra T7, im März bei Ihnen gekauft) in der Garage zu qualmen angefangen und kurz darauf Feuer gefangen. Der Akku hing am Originalladegerät. Die Feuerwehr musste kommen, die Garage ist komplett verrußt, verletzt wurde zum Glück niemand.

Ich bitte um eine schriftliche Stellungnahme und um Auskunft, ob es bei diesem Akkutyp einen Rückruf gibt. Rahmennummer: TK7-0093318.

Mit freundlichen Grüßen
Jürgen Albrecht"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Marek Kowalczyk <m.kowalczyk@netzpost.example>", to="kundendienst@weisshaus-geraete.example",
     subject="Waschmaschine steht unter Strom",
     body="""Hallo,

meine Frau hat heute Morgen an der Waschmaschine einen gewischt bekommen, als sie die Tür aufgemacht hat. Es hat bis in den Ellbogen gezogen und ihr war danach ganz zittrig. Ihr Techniker war erst letzten Dienstag da und hat die Laugenpumpe getauscht, seitdem ist das so.

Wir haben die Sicherung rausgedreht und fassen das Ding nicht mehr an. Bitte schicken Sie schnellstmöglich jemanden vorbei.

Auftragsnr. 5520-7781
Gruß, M. Kowalczyk"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Sabine Hoffmann <sabine.hoffmann@familie-hoffmann.example>", to="kundenservice@thermoplus-haustechnik.example",
     subject="Gasgeruch nach Wartung – CO-Melder schlägt an",
     body="""Guten Tag,

seit Ihr Monteur am Freitag die Wartung an unserer Gastherme gemacht hat, riecht es im Flur immer wieder nach Gas. Heute Nacht hat der Kohlenmonoxid-Melder zweimal gepiept. Wir haben alle Fenster aufgerissen, die Therme ausgeschaltet, und die Kinder schlafen jetzt bei der Oma.

Bitte rufen Sie mich sofort zurück. Kundennummer 300418-22.

Sabine Hoffmann"""),

dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
     frm="Tina Brandt <tina.brandt87@mailbox.example>", to="hilfe@modemarkt.example",
     subject="Konto gehackt - komme nicht mehr rein",
     body="""Hallo,

jemand hat sich in mein Kundenkonto eingeloggt und die E-Mail-Adresse und die Handynummer geändert. Ich hab heute früh eine Mail bekommen "Ihre E-Mail-Adresse wurde geändert" und seitdem kann ich mich nicht mehr anmelden, das Zurücksetzen geht ja an die neue Adresse. In dem Konto ist meine Kreditkarte hinterlegt!!

Bitte sperren Sie das Konto sofort. Benutzername: tina.brandt87

Tina Brandt"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Praxis Dr. Lenz <empfang@praxis-lenz.example>", to="support@medidesk.example",
     subject="Dringend: Praxissoftware startet nicht, Patienten warten",
     body="""Sehr geehrtes Support-Team,

seit 7:30 Uhr zeigt MediDesk an allen sechs Arbeitsplätzen nur noch "Verbindung zum Server fehlgeschlagen". Wir kommen weder an die Patientenakten noch an den Terminkalender und können keine Rezepte oder Überweisungen drucken. Das Wartezimmer ist voll. Der Server selbst läuft, ein Neustart hat nichts gebracht.

Bitte rufen Sie umgehend in der Praxis an.

Mit freundlichen Grüßen
Petra Wolf, Praxismanagement"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Kai Neumann <kai@kaffeekontor-neumann.example>", to="support@shopbaukasten.example",
     subject="Checkout seit eurem Update kaputt - Black Week!",
     body="""Hi,

seit eurem Update heute um 14 Uhr bricht bei uns im Shop jeder Bestellvorgang im letzten Schritt ab, die Kunden sehen nur "Zahlung konnte nicht verarbeitet werden". Seitdem null Bestellungen, normal sind um die Zeit 40-50 pro Stunde. Es ist Black Week, wir verlieren gerade richtig Umsatz.

Shop-ID 88120. Bitte sofort eskalieren!

Kai Neumann
Kaffeekontor Neumann"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Stefanie Krüger <steffi.krueger@webpost.example>", to="stoerung@fernnetz.example",
     subject="Internet seit Montag tot",
     body="""Hallo,

seit Montagmittag geht bei mir gar nichts mehr, die DSL-Lampe am Router blinkt nur noch rot. Router dreimal neu gestartet, alle Kabel geprüft. Ich arbeite im Homeoffice und kann seit zwei Tagen nciht arbeiten. Die Hotline sagt, es sei keine Störung bekannt - bei mir aber schon!

Vertragsnummer 7741-0028
Stefanie Krüger"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Hannes Peters <hannes.peters@nordmail.example>", to="support@planfix.example",
     subject="Sync hängt",
     body="""Moin,

die Synchronisation zwischen der App und der Webversion hängt seit ein paar Tagen. Wenn ich am Handy einen Termin eintrage, taucht er am Rechner erst Stunden später auf, manchmal gar nicht. Sonst geht alles, nervt aber, weil ich mich auf den Kalender verlassen muss.

Gruß Hannes"""),

dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Gisela Reuter <g.reuter@t-post.example>", to="netzservice@stadtwerke-lindenau.example",
     subject="Licht flackert, Strom immer wieder kurz weg",
     body="""Sehr geehrte Damen und Herren,

in der Lindenstraße 12 bis 20 flackert seit etwa einer Woche abends das Licht, und zwei-, dreimal am Tag ist der Strom für ein paar Sekunden weg. Danach müssen wir jedes Mal die Uhren neu stellen, und um den Gefrierschrank mache ich mir langsam Sorgen. Die Nachbarn haben das auch.

Können Sie das bitte prüfen? Zählernummer 1EMH0055 1290.

Mit freundlichen Grüßen
Gisela Reuter"""),

dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Lea Schubert <lea.schubert@mailfach.example>", to="mitglieder@fitstudio-aktiv.example",
     subject="Beitrag doppelt abgebucht",
     body="""Hallo zusammen,

auf meinem Kontoauszug sehe ich, dass der Monatsbeitrag für November (29,90 €) zweimal abgebucht wurde, am 1. und am 3. Bitte einmal zurücküberweisen.

Mitgliedsnummer FS-20931
Danke und Gruß, Lea"""),

dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Bäckerei Sommer GmbH <buero@baeckerei-sommer.example>", to="firmenkunden@regiobank.example",
     subject="Lohnüberweisungen hängen seit drei Tagen",
     body="""Guten Tag,

die Sammelüberweisung mit den Löhnen für unsere 14 Mitarbeitenden, die wir am 28.11. im Online-Banking freigegeben haben, steht immer noch auf "in Bearbeitung". Das Geld ist von unserem Konto abgegangen, bei den Leuten aber nicht angekommen. Einige müssen diese Woche ihre Miete zahlen.

Bitte klären Sie das heute noch. Geschäftskonto endet auf 4410.

Mit freundlichen Grüßen
Renate Sommer"""),

dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Carina Vogt <carina.vogt@webpost.example>", to="service@schuhwerk-shop.example",
     subject="Erstattung Retoure 40018827",
     body="""Hallo,

ich habe am 20. Oktober zwei Paar Schuhe zurückgeschickt (Bestellung 40018827). Laut Sendungsverfolgung sind sie am 23. bei Ihnen angekommen, die Erstattung über 139,80 € ist bis heute aber nicht da. Wann kann ich damit rechnen?

Viele Grüße
Carina Vogt"""),

dict(n=13, signals="payment", priority="low", trap="-", qt=0, reply=0,
     frm="Peter Stein <peter.stein@altpost.example>", to="kundenservice@funknetz.example",
     subject="Kurze Frage zur Gebühr Papierrechnung",
     body="""Hallo,

mir ist auf der letzten Rechnung ein Posten "Papierrechnung 0,50 €" aufgefallen. Ist nicht schlimm, mich würde nur interessieren, seit wann das berechnet wird, hab ich wohl überlesen.

Viele Grüße
Peter Stein"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Ralf Ziegler <ralf.ziegler@mailbox.example>", to="datenschutz@reiseportal24.example",
     subject="Konto löschen funktioniert nicht",
     body="""Guten Tag,

ich möchte mein Kundenkonto löschen, aber beim Klick auf "Konto löschen" passiert einfach nichts (in Chrome und Firefox probiert). Bitte löschen Sie mein Konto einschließlich aller gespeicherten Daten und bestätigen Sie mir das kurz.

Kundennr. 22-81734
Ralf Ziegler"""),

dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
     frm="Lukas Meyer <lukas.meyer@studmail.example>", to="kundendialog@schnellbahn.example",
     subject="Konto gesperrt – brauche meine Tickets morgen früh!",
     body="""Hallo,

mein Kundenkonto wurde gesperrt, angeblich wegen "ungewöhnlicher Aktivität". Ich war nur im Urlaub in Portugal und habe mich von dort aus eingeloggt. Jetzt komme ich nicht mehr an meine Fahrkarten ran, und ich fahre morgen um 6:12 nach Hamburg.

Bitte entsperren Sie das heute noch!
Lukas Meyer"""),

dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
     frm="Birgit Lange <birgit.lange@kieler-post.example>", to="service@funknetz.example",
     subject="AW: Störung im Mobilfunknetz – Region Nord",
     body="""Danke für die Info, das Netz geht inzwischen wieder.

Andere Sache: Ich habe in meinem Kundenkonto meine neue Anschrift eingetragen, aber die Bestätigungsmail kommt nie an (auch nicht im Spam). Deshalb steht da immer noch die alte Adresse. Können Sie das bitte manuell ändern? Neu: Am Weiher 3, 24103 Kiel.

Gruß Birgit Lange

Am 02.12.2026 um 08:14 schrieb Kundenservice <service@funknetz.example>:
> Sehr geehrte Kundin, sehr geehrter Kunde,
> aufgrund einer Störung ist das Mobilfunknetz in Teilen der Region Nord derzeit
> ausgefallen. Telefonie und mobile Daten sind betroffen. Unsere Techniker arbeiten
> mit Hochdruck an der Behebung."""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Emre Yilmaz <emre.yilmaz@postfach.example>", to="hilfe@depotdirekt.example",
     subject="SMS-Code kommt nicht",
     body="""Hallo,

seit ein paar Tagen bekomme ich beim Login keinen SMS-Code mehr. Die Nummer ist richtig hinterlegt, Empfang ist da, andere SMS kommen an. Ich bin gerade nur über den Laptop drin, weil ich da noch angemeldet bin.

Grüße
Emre Yilmaz"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Anja Brückner <anja.brueckner@agentur-bunt.example>", to="feedback@teamkalender.example",
     subject="Neue Version: eingeschlagen wie eine Bombe",
     body="""Liebes Team,

die neue Version hat bei uns im Büro eingeschlagen wie eine Bombe, alle sind hin und weg von der Wochenansicht. Eine Frage hätte ich noch: Gibt es die Kalenderansicht auch als Widget für den Startbildschirm?

Beste Grüße
Anja"""),

dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
     frm="Qualitätssicherung Feinkost Maier <qs@feinkost-maier.example>", to="vertrieb@olivenhain.example",
     subject="Analysezertifikat für Charge 24-117",
     body="""Guten Tag,

können Sie uns für die Charge 24-117 Ihres nativen Olivenöls extra (Lieferung vom 18.11.) das Analysezertifikat schicken? Wir brauchen es für unsere Wareneingangsprüfung.

Vielen Dank und freundliche Grüße
Thomas Brandl
Qualitätssicherung"""),

dict(n=20, signals="-", priority="low", trap="account", qt=1, reply=1,
     frm="Ingrid Maurer <ingrid.maurer@seniorenpost.example>", to="kundenservice@stadtbibliothek-hainfeld.example",
     subject="AW: Ihr Kundenkonto wurde gesperrt",
     body="""Hat alles geklappt, ich bin wieder drin. Vielen Dank für die schnelle Hilfe und schöne Feiertage!

Gruß, Ingrid Maurer

-----Ursprüngliche Nachricht-----
> Von: Kundenservice <kundenservice@stadtbibliothek-hainfeld.example>
> Gesendet: Montag, 7. Dezember 2026 10:02
> An: Ingrid Maurer
> Betreff: Ihr Kundenkonto wurde gesperrt
>
> Liebe Frau Maurer,
> Ihr Kundenkonto wurde nach mehreren fehlgeschlagenen Anmeldeversuchen vorübergehend
> gesperrt. Wir haben es soeben wieder entsperrt; bitte vergeben Sie über
> "Passwort vergessen" ein neues Passwort."""),

dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
     frm="Florian Haas <florian.haas@haas-online.example>", to="termine@kuechenwelt.example",
     subject="AW: Liefertermin Ihrer Küche",
     body="""Hallo Frau Berger,

sorry für die späte Rückmeldung, ich hab mir beim Fußball die Bänder gerissen und lag ein paar Tage flach. Zu Ihrer Frage: Ja, die Küche kann gern am Dienstag, 15.12., geliefert werden, vormittags ist jemand da.

Viele Grüße
Florian Haas

Am 04.12.2026 um 11:20 schrieb Küchenwelt Terminplanung <termine@kuechenwelt.example>:
> Guten Tag Herr Haas,
> passt Ihnen für die Lieferung Dienstag, der 15.12., vormittags?"""),

dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
     frm="RegioBank Newsletter <newsletter@regiobank.example>", to="info@feinkost-maier.example",
     subject="Newsletter Dezember: Phishing-Welle vor Weihnachten",
     body="""Liebe Kundinnen und Kunden,

vor Weihnachten rollt wieder eine Phishing-Welle: gefälschte Paketmails, falsche Bank-SMS und Hackerangriffe auf kleine Betriebe. In unserem Dezember-Newsletter zeigen wir Ihnen, woran Sie gefälschte Nachrichten erkennen und warum wir Sie niemals nach Ihrer PIN oder TAN fragen.

Außerdem: Neue Öffnungszeiten zwischen den Jahren und unser Zinsangebot für Tagesgeld.

Ihre RegioBank
Abmelden: https://regiobank.example/newsletter/abmelden"""),

dict(n=23, signals="account", priority="low", trap="howto", qt=0, reply=0,
     frm="Wolfgang Busch <w.busch@buschbau.example>", to="support@depotdirekt.example",
     subject="Zwei-Faktor-Authentifizierung einrichten",
     body="""Guten Tag,

wie richte ich für mein Depotkonto die Zwei-Faktor-Authentifizierung ein? Ich finde die Einstellung im Menü nicht. Am liebsten mit einer Authenticator-App statt SMS.

Mit freundlichen Grüßen
Wolfgang Busch"""),

dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
     frm="IT-Service Hansewerft <it-service@hansewerft.example>", to="support@cloudoffice-pro.example",
     subject="SSO ausgefallen - 350 Mitarbeiter können sich nicht anmelden",
     body="""Hallo,

seit heute Morgen 6 Uhr funktioniert die Anmeldung über unser Azure-AD-SSO nicht mehr. Keiner unserer 350 Mitarbeitenden kommt in Mail, Kalender oder die Dateiablage, alle landen nach dem Login in einer Fehlerschleife ("AADSTS50011"). Unsere Produktion plant über diese Dateien.

Tenant: hansewerft-prod. Bitte mit höchster Priorität bearbeiten.

IT-Service Hansewerft
Dirk Reimers"""),
]
