# blind30 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katrin Vogelsang <k.vogelsang@posteo-mail.example>",
         to="kundenservice@frischkorb.example",
         subject="Frage zu den Dinkel-Knusperriegeln aus meiner Lieferung",
         body="""\
Guten Abend,

ich weiß nicht genau, ob ich hier richtig bin, aber ich wollte Ihnen kurz etwas mitteilen.

Mit der Lieferung von gestern (Bestellung FK-2291847) kamen die Dinkel-Knusperriegel Ihrer Eigenmarke, auf der Packung steht groß „ohne Nüsse“. Mein Sohn (6) hat eine Erdnussallergie und hat heute Nachmittag einen davon gegessen. Nach ein paar Minuten sind seine Lippen angeschwollen, er hat sich am Hals gekratzt und bekam schlecht Luft. Wir haben sein Notfallset benutzt und sind in die Kinderklinik gefahren, dort bleibt er jetzt über Nacht zur Beobachtung.

Die Ärztin meinte, das sieht ganz klar nach Erdnuss aus. Den Rest der Packung habe ich aufgehoben (auf der Rückseite steht L24-0871, MHD 03/2027).

Könnten Sie bitte prüfen, ob da etwas falsch deklariert ist? Ich mache mir Sorgen, dass es anderen Kindern genauso geht.

Viele Grüße
Katrin Vogelsang"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ines Hallmann <ines.hallmann@t-netz.example>",
         to="service@voltrad-bikes.example",
         subject="Akku Ihres E-Bikes hat beim Laden gequalmt",
         body="""\
Sehr geehrte Damen und Herren,

gestern Abend habe ich den Akku meines Voltrad City 7 (gekauft im März, Rahmennummer VR7-0042319) wie immer mit dem Originalladegerät im Flur geladen. Gegen 22 Uhr hat es plötzlich laut geknackt, aus dem Akku kam dichter weißer Qualm und kurz darauf Flammen. Mein Mann hat ihn mit einer Decke gepackt und auf den Balkon gebracht, dabei hat er sich die Hand verbrannt und musste heute zum Arzt. Der Flur ist verrußt, der Rauchmelder ging los, und die Feuerwehr hat den Akku mitgenommen.

Wir haben noch einen zweiten Akku desselben Typs für das Rad meiner Tochter. Darf der überhaupt noch geladen werden?

Bitte melden Sie sich schnell, Telefon 0171 5582940.

Mit freundlichen Grüßen
Ines Hallmann"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Deniz Aksoy <deniz.aksoy@mailbox.example>",
         to="hilfe@nordbank-direkt.example",
         subject="abbuchungen die ich nicht kenne",
         body="""\
hab grad in der app gesehen dass heute nacht 3 zahlungen von meiner kreditkarte abgegangen sind, 249,99 + 249,99 + 89,00 an irgendeinen "TECHSTORE LTD" den kenn ich nicht. war die ganze zeit zuhause, karte liegt hier neben mir
was muss ich jetzt machen?? karte sperren? bitte schnell melden

Deniz Aksoy
Von meinem Smartphone gesendet"""),
    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@webpost.example>",
         to="support@pixelforge-games.example",
         subject="Konto meines Sohnes übernommen – E-Mail und Passwort geändert",
         body="""\
Hallo liebes Support-Team,

ich schreibe für meinen Sohn Luca (14), sein Spielername ist „LucaKr_07“.

Gestern hat er in einem Discord-Chat auf einen Link für angeblich kostenlose Skins geklickt und sich dort mit seinen Zugangsdaten angemeldet. Seit heute Morgen kommt er nicht mehr in sein Konto: Das Passwort stimmt nicht mehr, und bei „Passwort vergessen“ geht die Mail an eine Adresse, die wir nicht kennen (irgendwas mit @quickmail). Freunde haben ihm geschrieben, dass über seinen Account gerade Items verkauft und Nachrichten mit demselben Link verschickt werden. Für mich klingt das, als wäre das Konto gehackt worden.

Im Konto ist außerdem noch mein PayPal hinterlegt, das macht mir ehrlich gesagt am meisten Sorgen.

Können Sie das Konto bitte sperren und es Luca zurückgeben? Kaufbelege und seine alte E-Mail-Adresse (luca.krueger@webpost.example) kann ich Ihnen gerne schicken.

Danke und viele Grüße
Sabine Krüger"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tobias Lenz <tobias@lenz-kaffeeroesterei.example>",
         to="support@shopwerk.example",
         subject="DRINGEND: Kunden kommen nicht durch die Kasse",
         body="""\
Hallo,

seit ca. 8:30 Uhr heute früh bleibt bei uns im Shop (lenz-kaffeeroesterei.example, Tarif Business) jeder Bestellvorgang auf der letzten Seite hängen. Man klickt auf „Jetzt kaufen“, das Rädchen dreht sich endlos und irgendwann landet man wieder im leeren Warenkorb. Im Backend ist seit heute Morgen keine einzige Bestellung eingegangen, normalerweise haben wir bis Mittag 40 bis 60.

Drei Kunden haben schon angerufen, weil sie nicht bestellen können. Egal ob PayPal, Kreditkarte oder Rechnung, egal ob Browser oder Handy.

Wir haben nichts geändert, kein Plugin, kein Theme-Update. Bitte schauen Sie sich das sofort an, wir verlieren gerade richtig Umsatz, und am Donnerstag startet unsere Weihnachtsaktion.

Tobias Lenz
Lenz Kaffeerösterei
Tel. 0351 4477120"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Petra Schulze-Wendt <praxis@hausarzt-wendt.example>",
         to="hotline@medicloud-praxis.example",
         subject="Praxissoftware lädt nicht – Patienten warten",
         body="""\
Sehr geehrte Damen und Herren,

ich bin Praxismanagerin der Hausarztpraxis Dr. Wendt in Bielefeld (Kundennummer MC-40318) und schreibe im Namen des gesamten Teams.

Seit heute 7:45 Uhr lässt sich MediCloud an keinem unserer sechs Arbeitsplätze mehr öffnen. Nach der Anmeldung erscheint nur ein grauer Bildschirm mit der Meldung:

   „Verbindung zum Server konnte nicht hergestellt werden (Code MC-5021).
   Bitte versuchen Sie es später erneut.“

Wir können dadurch weder Patientenakten noch Medikationspläne einsehen, keine Rezepte ausstellen und keine Versichertenkarten einlesen. Im Wartezimmer sitzen derzeit rund 20 Patienten, darunter zwei, die nüchtern zur Blutabnahme gekommen sind. Unser Internet funktioniert einwandfrei, andere Seiten laden normal.

Ihre Hotline ist seit einer Stunde besetzt. Wir bitten dringend um Rückruf unter 0521 3398410.

Mit freundlichen Grüßen
Petra Schulze-Wendt
Praxismanagement, Hausarztpraxis Dr. med. Wendt"""),
    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Marek Nowicki <marek.nowicki@funkpost.example>",
         to="kundenservice@lichtnetz.example",
         subject="Router blinkt rot seit gestern",
         body="""\
Guten Tag,

ich habe eine Frage. Ist es normal das die Lampe „Internet“ am Router seit gestern Abend rot blinkt? Seit diese Zeit haben wir kein Internet mehr, nicht mit WLAN und nicht mit Kabel am Laptop. Ich habe Router schon dreimal neu gestartet und auch 10 Minuten Strom weg gemacht, hat nichts gebracht.

Ich arbeite von Zuhause und heute musste ich mit Handy-Hotspot arbeiten, das Datenvolumen ist jetzt fast leer. Meine Frau kann auch nicht arbeiten.

Vertragsnummer ist LN-7730215, Adresse Gartenstraße 14, 44137 Dortmund.

Wann kommt ein Techniker oder was soll ich machen?

Danke und Gruß
Marek Nowicki"""),
    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Lena Hoffmeister <lena.hoffmeister@agentur-kranich.example>",
         to="support@taskhafen.example",
         subject="Taskhafen seit dem Update sehr langsam",
         body="""\
Hallo Taskhafen-Team,

seit eurem Update am Wochenende hakt es bei uns an ein paar Stellen:

- Boards mit mehr als ca. 50 Karten brauchen 20–30 Sekunden zum Laden
- Dateianhänge über 5 MB brechen beim Hochladen bei 90 % ab
- Benachrichtigungen per Mail kommen teilweise erst Stunden später an

Arbeiten können wir grundsätzlich noch, kleine Boards und Kommentare laufen normal. Es nervt aber im Alltag ziemlich, gerade das mit den Anhängen. Browser sind Chrome und Firefox, jeweils aktuell, Workspace „kranich-kreativ“.

Habt ihr das schon auf dem Schirm?

Liebe Grüße
Lena Hoffmeister
Agentur Kranich"""),
    dict(n=9, signals="outage", priority="high", trap="error-paste", qt=0, reply=0,
         frm="Friedrich Baumann <f.baumann@kanzlei-baumann.example>",
         to="checkin-hilfe@hanseflug.example",
         subject="Online-Check-in nicht möglich, Flug morgen früh",
         body="""\
Guten Tag,

ich versuche seit gestern Mittag vergeblich, für unseren Flug morgen einzuchecken:

Buchungscode: K7TQ4M
Flug: HN 2317 Hamburg – Lissabon, 06:55 Uhr
Passagiere: Friedrich Baumann, Gisela Baumann

Sowohl auf der Website als auch in der App kommt nach Eingabe des Buchungscodes jedes Mal:

---------- Fehlermeldung ----------
Es ist ein unerwarteter Fehler aufgetreten. (ERR_CHK_500)
Bitte versuchen Sie es später erneut.
-----------------------------------

Auch die Sitzplatzwahl lässt sich nicht öffnen. Wir haben nur Handgepäck und wollten eigentlich direkt zur Sicherheitskontrolle. Müssen wir jetzt zwei Stunden früher zum Schalter, oder wird das heute noch behoben?

Mit freundlichen Grüßen
Friedrich Baumann"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ursula Brandt <ursula.brandt@heimnetz.example>",
         to="kundenservice@stadtenergie-nord.example",
         subject="Abschlag für November doppelt abgebucht",
         body="""\
Sehr geehrte Damen und Herren,

auf meinem Kontoauszug sehe ich, dass der Stromabschlag für November zweimal abgebucht wurde: am 01.11. und am 04.11. jeweils 94,00 €, beide mit dem Verwendungszweck „Abschlag 11/2026 Vertragskonto 8800417263“.

Vereinbart ist ein monatlicher Abschlag von 94,00 €. Ich bitte Sie, den doppelt eingezogenen Betrag auf mein Konto zurückzuüberweisen und mir kurz zu bestätigen, dass sich das nicht wiederholt.

Mit freundlichen Grüßen
Ursula Brandt
Lindenweg 3
24103 Kiel"""),
    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Jana Petersen <jana.petersen@mailfach.example>",
         to="buchung@hotelgruppe-seeblick.example",
         subject="Stornierung Buchung SB-558120",
         body="""\
Hallo,

zuerst mal: Ihr Hotel in Warnemünde war im Sommer wirklich toll, wir hatten ein Zimmer mit Blick aufs Wasser und das Frühstück war super. Deshalb hatte ich für Januar auch gleich wieder gebucht.

Leider hat sich bei uns dann einiges geändert, ich habe meinen Job verloren und wir mussten die Reise absagen. Ich habe die Buchung SB-558120 am 4. November storniert, innerhalb der kostenlosen Frist, und auch eine Bestätigung bekommen („Ihre Erstattung über 612,00 € wird innerhalb von 7–10 Werktagen veranlasst“).

Jetzt sind es über vier Wochen, und auf meiner Karte ist nichts angekommen. Ehrlich gesagt brauche ich das Geld wirklich dringend, am Ersten ist die Miete fällig und mein Konto ist gerade ziemlich leer. Könnten Sie bitte nachsehen, wo die Erstattung hängt, und mir sagen, wann sie kommt?

Vielen Dank und liebe Grüße
Jana Petersen"""),
    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Holger Strauß <holger.strauss@kabelpost.example>",
         to="service@funkwelle-mobil.example",
         subject="Kurze Frage zur Rechnung November",
         body="""\
Moin,

auf meiner Novemberrechnung (Kundennummer 30-4418820) steht ein Posten „Roaming EU Daten“ über 0,79 €. Ich war da ein Wochenende in Salzburg, dachte aber, dass die EU inklusive ist. Ist kein Drama wegen der paar Cent, mich würde nur interessieren, wofür das genau berechnet wurde.

Gruß
Holger Strauß"""),
    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Aylin Demir <buchhaltung@demir-fliesen.example>",
         to="billing@zahlwerk-cloud.example",
         subject="Zahlung fehlgeschlagen – Zugang wird eingeschränkt?",
         body="""\
Hallo zusammen,

wir haben heute eine Mail bekommen, dass die Zahlung für unser Zahlwerk-Abo (Tarif Plus, 29,90 €/Monat) fehlgeschlagen ist und der Zugang in 7 Tagen eingeschränkt wird. Die hinterlegte Firmenkreditkarte ist aber gültig bis 08/2028 und hat genug Rahmen, andere Abbuchungen gehen problemlos durch.

In den Einstellungen habe ich versucht, die Karte neu einzugeben, da kommt nur „Zahlungsmethode konnte nicht gespeichert werden“.

Können Sie die Zahlung bitte nochmal anstoßen oder uns sagen, wie wir per Überweisung zahlen können? Die Dezember-Rechnungen an unsere Kunden müssen ja noch raus.

Danke!
Aylin Demir
Demir Fliesen GmbH"""),
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Klaus-Dieter Menke <kd.menke@altmail.example>",
         to="online-service@hanse-versicherung.example",
         subject="Passwort zurücksetzen klappt nicht",
         body="""\
Guten Tag,

ich möchte im Kundenportal meine Zahnarztrechnung hochladen, komme aber nicht hinein. Beim Anmelden steht „Benutzername oder Passwort falsch“. Dann habe ich auf „Passwort vergessen“ geklickt, die Mail kam auch, aber wenn ich auf den Link klicke, steht da jedes Mal „Dieser Link ist abgelaufen“. Das habe ich jetzt viermal probiert, immer sofort nachdem die Mail da war.

Versicherungsnummer: KV-2210-559183
Geburtsdatum: 14.06.1958

Können Sie mir einen neuen Zugang einrichten oder mir sagen, was ich falsch mache?

Mit freundlichen Grüßen
K.-D. Menke"""),
    dict(n=15, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Sophie Ahrens <sophie.ahrens@stud.uni-nordheim.example>",
         to="it-servicedesk@uni-nordheim.example",
         subject="Campus-Konto gesperrt – Prüfungsanmeldung endet morgen",
         body="""\
Hallo liebes Servicedesk-Team,

mein Uni-Konto (Kennung sahr2291) ist seit heute Mittag gesperrt. Ich habe wohl dreimal mein altes Passwort eingegeben, jetzt kommt nur noch „Konto vorübergehend gesperrt – wenden Sie sich an den IT-Servicedesk“. Inzwischen sind sechs Stunden vergangen und es ist immer noch gesperrt.

Das Problem: Die Anmeldefrist für die Klausuren im Wintersemester endet morgen um 12 Uhr, und ohne Login komme ich weder ins Prüfungsportal noch an meine Uni-Mails. Wenn ich die Frist verpasse, kann ich Statistik II erst nächstes Jahr schreiben.

Matrikelnummer: 7718204
Studiengang: B.Sc. Psychologie

Könnt ihr das Konto bitte so schnell wie möglich entsperren?

Danke und viele Grüße
Sophie Ahrens"""),
    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Paul Wiegand <paul.wiegand@zeilenpost.example>",
         to="hilfe@flimmerkiste-tv.example",
         subject="E-Mail-Adresse ändern",
         body="""\
Hi,

wie kann ich bei meinem Flimmerkiste-Konto die E-Mail-Adresse ändern? Ich ziehe von meiner alten Adresse (paul.w@altmail.example) weg und finde in der App unter „Profil“ nur den Namen und das Profilbild. Geht das nur im Browser?

Danke im Voraus
Paul"""),
    dict(n=17, signals="account", priority="medium", trap="for-other", qt=0, reply=0,
         frm="Miriam Yilmaz <miriam.yilmaz@rheinpost.example>",
         to="support@vitalpass-app.example",
         subject="Bestätigungscode kommt nicht an (Konto meines Vaters)",
         body="""\
Guten Tag,

ich schreibe für meinen Vater, Ahmet Yilmaz (geb. 02.03.1949), der selbst nicht so gut mit dem Handy zurechtkommt.

Er nutzt Ihre App für seine Blutdruckwerte und die Termine bei seinem Kardiologen. Letzte Woche hat er eine neue Handynummer bekommen, die alte gibt es nicht mehr. Seitdem will die App bei jeder Anmeldung einen SMS-Code schicken – natürlich an die alte Nummer. Er kommt also nicht mehr hinein.

Wie können wir die Nummer ändern, ohne Zugriff auf die alte zu haben? Die neue Nummer lautet 0157 33018842. Ich kann gerne eine Kopie seines Ausweises schicken, falls nötig.

Herzlichen Dank für Ihre Mühe
Miriam Yilmaz"""),
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bernd Kowalski <bernd.kowalski@brieftaube.example>",
         to="support@wolkenfach.example",
         subject="AW: Synchronisierung bricht ab [Ticket #88213]",
         body="""\
Hallo Frau Neumann,

danke für die schnelle Hilfe, nach der Neuinstallation läuft alles wieder. Sie können das Ticket schließen.

Schönes Wochenende
Bernd Kowalski

Am 04.12.2026 um 10:17 schrieb Wolkenfach Support:
> Guten Tag Herr Kowalski,
> Sie schrieben uns:
> „Seit heute früh synchronisiert der Wolkenfach-Client gar nichts mehr.
> Alle Ordner haben ein rotes Kreuz, und wenn ich die Weboberfläche
> öffne, kommt nur ‚Fehler 503 – Dienst nicht verfügbar‘. Ich komme
> an keine meiner Dateien mehr heran.“
> Die Ursache war eine Störung in unserem Rechenzentrum, die inzwischen
> behoben ist. Falls der Client weiterhin nicht synchronisiert,
> installieren Sie ihn bitte neu.
> Mit freundlichen Grüßen
> Jana Neumann, Wolkenfach Support"""),
    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Renate Vossberg <renate.vossberg@landpost.example>",
         to="info@hausgeraete-kaiser.example",
         subject="Frage vor dem Kauf: Waschtrockner WT 8400",
         body="""\
Sehr geehrtes Kaiser-Team,

unsere alte Waschmaschine hat nach 19 Jahren endgültig den Geist aufgegeben – mitten im Schleudergang, mit einem lauten Knall und einer Wasserlache im Keller. Nun überlegen wir, bei Ihnen den Waschtrockner WT 8400 zu bestellen, und haben vorher ein paar Fragen:

1. Wenn das Gerät beschädigt ankommt oder in den ersten Wochen kaputtgeht, wie läuft dann die Rückerstattung? Bekomme ich das Geld zurück oder nur ein Ersatzgerät?
2. Nehmen Sie die alte Maschine mit, und kostet das extra?
3. Gibt es einen Notdienst, falls später mal etwas ist, oder muss man auf einen regulären Termin warten?

Vielen Dank für Ihre Auskunft.

Mit freundlichen Grüßen
Renate Vossberg"""),
    dict(n=20, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Sven Ohlsen <sven.ohlsen@modellbahn-post.example>",
         to="feedback@kramkiste-marktplatz.example",
         subject="Vorschlag: eigene Kategorie für Einsatzfahrzeuge",
         body="""\
Hallo Kramkiste-Team,

ich verkaufe bei euch seit Jahren Modellautos aus meiner Sammlung, vor allem Feuerwehr- und Rettungsfahrzeuge im Maßstab 1:87. Gerade habe ich wieder eine ganze Kiste eingestellt: Löschzug, Drehleiter, Notarztwagen, sogar eine Brandeinsatz-Szene mit Blaulicht und Rauchgenerator.

Mein Problem ist nur, dass die alle unter „Spielzeug > Sonstiges“ landen und Sammler sie kaum finden. Wer „Feuerwehr“ sucht, bekommt vor allem Kinderkostüme und Rauchmelder angezeigt 😄

Wäre es möglich, unter Modellbau eine eigene Kategorie „Einsatzfahrzeuge“ anzulegen? Ich glaube, da wären einige dankbar.

Beste Grüße aus Flensburg
Sven Ohlsen"""),
    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Gerda Lindqvist <gerda.lindqvist@postbote.example>",
         to="kundendialog@schienenexpress.example",
         subject="Ein herzliches Dankeschön",
         body="""\
Liebes Team vom Kundendialog,

ich möchte mich einmal ausdrücklich bedanken. Letzte Woche war mein Kundenkonto gesperrt, weil ich mein Passwort vergessen und dann auch noch zu oft das falsche eingegeben hatte. Meine Reisekarte 50 war in der App nicht mehr zu sehen, und das zwei Tage vor der Fahrt zu meiner Enkelin nach München. Herr Brückner an der Hotline hat sich unglaublich geduldig um alles gekümmert, das Konto entsperrt und mir sogar erklärt, wie ich das Ticket als PDF speichere.

Die Fahrt hat wunderbar geklappt, alles war pünktlich (das schreibt man auch nicht jeden Tag!). Bitte richten Sie Herrn Brückner meinen Dank aus.

Herzliche Grüße
Gerda Lindqvist"""),
    dict(n=22, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Timo Reichert <timo.reichert@lesefuchs-mail.example>",
         to="service@seitenweise-hoerbuch.example",
         subject="Teil 3 von „Brandnacht“ als Hörbuch?",
         body="""\
hey,

hab bei euch die ersten beiden Teile der Krimireihe von Anna Falk gehört, „Brandnacht“ und „Tödliche Dosis“ – der zweite hat mich echt umgehauen, lag nachts um drei noch mit Kopfhörern im Bett, weil ich wissen musste, wer die Medikamente vertauscht hat 😅

Jetzt ist ja Teil 3 „Gestohlene Tage“ als Buch raus. Kommt der bei euch auch als Hörbuch, und wieder mit demselben Sprecher? Würde ihn sonst direkt vorbestellen.

Grüße
Timo"""),
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nadine Kessler <nadine.kessler@funkbrief.example>",
         to="service@modehaus-lindner.example",
         subject="AW: AW: Retoure Bestellung 7730-22185",
         body="""\
Das ist jetzt meine DRITTE Mail zu diesem Thema, und ich bekomme immer nur automatische Antworten.

Die Retoure ist laut Sendungsverfolgung seit dem 29.10. bei Ihnen im Lager. Das Geld (189,80 €) habe ich bis heute nicht. Ich erwarte, dass das jetzt innerhalb von zwei Tagen erledigt wird, sonst lasse ich die Zahlung über meine Bank zurückbuchen und wende mich an die Verbraucherzentrale.

Nadine Kessler

Am 20.11.2026 um 18:02 schrieb Nadine Kessler:
> Hallo, ich warte immer noch auf die Erstattung für meine Retoure
> (Bestellung 7730-22185, zwei Mäntel). Laut Sendungsverfolgung seit
> 29.10. zugestellt. Bitte um kurze Info, wann das Geld kommt.
> Am 08.11.2026 um 09:41 schrieb Nadine Kessler:
> > Guten Tag, ich habe am 26.10. zwei Mäntel aus Bestellung 7730-22185
> > zurückgeschickt (Rücksendeschein lag bei). Wann wird mir der Betrag
> > von 189,80 € erstattet?
> > Viele Grüße, Nadine Kessler"""),
    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Markus Feldhaus <markus.feldhaus@autopost.example>",
         to="connect-support@ostwerk-automobile.example",
         subject="App „Ostwerk Connect“ verbindet nicht mehr mit dem Fahrzeug",
         body="""\
Guten Tag,

seit dem letzten App-Update (Version 5.2.0) zeigt mir „Ostwerk Connect“ bei meinem Ostwerk E-Line 40 (FIN WOW0E40R7NK118203) nur noch „Fahrzeug nicht erreichbar“. Standheizung vorab starten, Ladestand ansehen, Türen aus der Ferne verriegeln – geht alles nicht mehr.

Das Auto selbst fährt natürlich einwandfrei, und die Standheizung kann ich zur Not über den Timer im Bordmenü einstellen, das klappt. Es ist also nicht dringend, aber morgens bei minus fünf Grad war die Fernsteuerung schon sehr angenehm.

Können Sie mir sagen, ob das ein bekannter Fehler ist und wann er behoben wird?

Freundliche Grüße
Markus Feldhaus"""),
]
