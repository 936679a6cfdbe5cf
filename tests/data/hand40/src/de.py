# blind41 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Melanie Kowalczyk <melanie.kowalczyk@webpost.example>",
         to="service@kinderreich-shop.example",
         subject="Hochstuhl Tippo Grow – Bestellnr. 7781204",
         body="""\
Hallo,

wir haben im Oktober bei Ihnen den Hochstuhl Tippo Grow gekauft (Bestellnr. 7781204). Gestern Abend saß unser Sohn (14 Monate) darin am Esstisch, angeschnallt, und hat sich nur mit den Füßen an der Tischkante abgestoßen. Der Stuhl ist komplett nach hinten gekippt, und er ist mit dem Hinterkopf auf die Fliesen geschlagen. Wir waren in der Notaufnahme, die Platzwunde wurde geklebt, und er musste zur Beobachtung über Nacht bleiben.

Danach haben wir gesehen, dass sich eins der hinteren Beine aus der Verschraubung gelöst hat, obwohl wir alles nach Anleitung montiert und sogar nachgezogen hatten.

Der Stuhl steht jetzt im Keller. Wie gehen wir weiter vor? Ich habe auch Sorge, dass anderen Familien dasselbe passiert.

Melanie Kowalczyk

Von meinem iPhone gesendet"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Albers <j.albers@t-netz.example>",
         to="kundendienst@heizungsbau-stelter.example",
         subject="Wartung gestern – Geruch im Heizungskeller",
         body="""\
Sehr geehrte Damen und Herren,

Ihr Monteur war gestern Vormittag zur Wartung unserer Gastherme bei uns (Kundennr. 10493). Seit gestern Abend riecht es im Heizungskeller deutlich nach Gas, heute früh auch schon im Treppenhaus. Meine Frau hat seit dem Aufstehen Kopfschmerzen.

Ich habe den Haupthahn am Zähler zugedreht und alle Fenster aufgemacht, im Keller fasse ich keinen Lichtschalter an. Die Heizung ist jetzt aus.

Bitte schicken Sie heute noch jemanden vorbei. Ich bin unter 0176 55502841 erreichbar.

Mit freundlichen Grüßen
Jürgen Albers
Lindenweg 7"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Katrin Hollweg <k.hollweg@mailfach.example>",
         to="service@vitakasse.example",
         subject="Fremde Arztbriefe in meinem Postfach in der App",
         body="""\
Guten Tag,

als ich heute Morgen in der VitaKasse-App mein Postfach geöffnet habe, lagen dort drei Dokumente, die nicht zu mir gehören: zwei Arztbriefe aus einer Klinik in Kassel und ein Bescheid über eine Reha-Maßnahme, alle für einen Herrn Dieter Brandstätter, mit Geburtsdatum, Diagnosen und Versichertennummer. Ich war nie in Kassel und kenne den Mann nicht.

Ich habe nichts heruntergeladen und nichts weitergegeben. Ich gehe aber davon aus, dass dann umgekehrt auch meine Unterlagen bei jemand anderem landen können. Bitte prüfen Sie das umgehend und melden Sie sich bei mir.

Meine Versichertennummer: K482116903

Mit freundlichen Grüßen
Katrin Hollweg"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Deniz Aksoy <deniz.aksoy@funkpost.example>",
         to="hilfe@stadtflitzer-carsharing.example",
         subject="Handy geklaut – Konto sperren!!",
         body="""\
Hi,

mir wurde heute Nacht im Club das Handy aus der Jackentasche geklaut. Die Stadtflitzer-App war eingeloggt, ohne extra PIN, damit kann man ja direkt Autos öffnen und losfahren. Ich wollte mich gerade am Laptop einloggen und das Passwort ändern, aber da kommt jetzt „E-Mail oder Passwort falsch“, und die Mail zum Zurücksetzen kommt nicht an. Auf meinem Tablet bin ich auch rausgeflogen.

Bitte sperrt sofort mein Konto und die hinterlegte Kreditkarte. Kundennummer 55-201877. Anzeige bei der Polizei mache ich gleich.

Deniz Aksoy
0157 55509124 (Nummer meiner Schwester, mein Handy ist ja weg)"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Hansen <t.hansen@baeckerei-hansen.example>",
         to="support@kassenprofi.example",
         subject="DRINGEND: Kassen in allen 7 Filialen hängen bei Lizenzmeldung",
         body="""\
Guten Morgen,

seit heute früh um 5:30 bleiben die Kassen in allen sieben Filialen beim Hochfahren bei der Meldung „Lizenz konnte nicht geprüft werden (Fehler L-204)“ stehen. Wir kommen nicht in die Kassenoberfläche: keine Bons, keine Kartenzahlung, keine Tagesabschlüsse. Die Filialen verkaufen gerade mit Zettel und Bargeld, die Schlangen stehen bis auf die Straße, und in zwei Filialen geht das Wechselgeld aus.

Ihre Hotline ist seit 6 Uhr besetzt. Bitte rufen Sie mich sofort an: 0171 55503377.

Thomas Hansen
Geschäftsführung
Bäckerei Hansen GmbH & Co. KG"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Stefanie Brügger <s.bruegger@brauerei-kellermann.example>",
         to="service@fillcontrol.example",
         subject="WG: Linie 2 – Rezeptserver antwortet nicht",
         body="""\
Sehr geehrtes FillControl-Team,

unten die Meldung unseres Schichtleiters von heute Nacht. Kurz gesagt: Die Abfülllinie 2 bekommt seit 4:10 Uhr keine Rezepte mehr von Ihrem Server, und die Steuerung lässt ohne Rezept keinen Start zu. Die Linie steht, 14 Leute der Frühschicht warten, und heute Nachmittag sollen 38 Paletten an den Getränkegroßhandel raus.

Bitte melden Sie sich umgehend telefonisch bei mir: 0921 5550610.

Mit freundlichen Grüßen
Stefanie Brügger
Produktionsleitung, Brauerei Kellermann

---------- Weitergeleitete Nachricht ---------
Von: Holger Rieß <h.riess@brauerei-kellermann.example>
Datum: Do., 10. Dez. 2026 um 04:37
Betreff: Linie 2 – Rezeptserver antwortet nicht
An: Stefanie Brügger <s.bruegger@brauerei-kellermann.example>

Moin Stefanie,
Linie 2 hängt beim Sortenwechsel, das HMI zeigt „Keine Verbindung zu FC-Recipe (Timeout)“. HMI und Switch schon neu gestartet, bringt nix. Frühschicht ist da und wartet.
Holger"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Jana Weidlich <jana@haarwerk-weidlich.example>",
         to="support@terminfix.example",
         subject="Kalender lädt nicht – komme an keinen Termin ran",
         body="""\
Hallo,
seit heute morgen lädt mein Terminkalender nicht mehr, weder am Tablet im Salon noch am Handy. Nur weißer Bildschirm und „Es ist ein Fehler aufgetreten“. Ich bin allein im Laden und weiß nicht mal, wer heute wann kommt, die erste Kundin steht schon vor der Tür.
Bitte schnell melden!!
Jana Weidlich, Haarwerk Weidlich

Von meinem Samsung Galaxy Smartphone gesendet"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Florian Metzger <florian.metzger@radpost.example>",
         to="support@velora-bikes.example",
         subject="E-Bike lässt sich nicht entsperren",
         body="""\
Hallo Velora-Team,

mein Velora City 3 (Rahmennummer VC3-0928811) lässt sich seit heute früh nicht mehr entsperren. Die App zeigt „Bike nicht erreichbar“, obwohl Bluetooth an ist und das Rad direkt neben mir steht. App neu installiert, Handy neu gestartet, nichts hilft. Ohne Entsperrung bleibt das Hinterrad blockiert und der Motor geht nicht an.

Das Rad ist mein einziges Verkehrsmittel zur Arbeit (12 km), heute musste ich ein Taxi nehmen, und morgen um 6 Uhr habe ich wieder Frühdienst. Gibt es einen Notfall-Code oder irgendeine andere Möglichkeit?

Viele Grüße
Florian Metzger"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Ralf Gehrke <r.gehrke@kranich-lichtspiele.example>",
         to="support@kinoticket-pro.example",
         subject="AW: Ihr Ticket #KT-20981 – Saalplan",
         body="""\
Hallo Frau Yilmaz,

danke für die schnelle Rückmeldung. Leider ist es nach dem Update nicht besser geworden: Im Online-Shop werden in Saal 1 und 2 die Rollstuhlplätze gar nicht mehr angezeigt, man kann sie also online nicht buchen. Alles andere läuft normal – Verkauf, Kasse, Abrechnung.

Wir nehmen Rollstuhlbuchungen jetzt telefonisch an. Das geht ein paar Tage, aber nicht auf Dauer. Bitte geben Sie mir Bescheid, bis wann das behoben ist.

Freundliche Grüße
Ralf Gehrke
Theaterleitung, Kranich-Lichtspiele

Am 04.12.2026 um 15:22 schrieb KinoTicket Pro Support <support@kinoticket-pro.example>:
> Sehr geehrter Herr Gehrke,
> vielen Dank für Ihre Meldung. Wir spielen heute Abend ein Update ein,
> das die Darstellung des Saalplans korrigieren sollte. Bitte prüfen Sie
> danach, ob die Rollstuhlplätze richtig angezeigt werden.
> Mit freundlichen Grüßen
> Aylin Yilmaz, KinoTicket Pro Support"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Ingrid Sauter <ingrid.sauter@freipost.example>",
         to="app@heizfix-smart.example",
         subject="Kleinigkeit in der App",
         body="""\
Guten Tag,

nur eine Kleinigkeit, nichts Eiliges: Seit dem letzten Update zeigt mir die HeizFix-App die Raumtemperatur mit sechs Nachkommastellen an, also z. B. „21,437500 °C“. Die Heizung selbst regelt ganz normal, und alles andere stimmt auch. Es sieht halt nur komisch aus.

Vielleicht können Sie das beim nächsten Update mit beheben.

Freundliche Grüße
Ingrid Sauter"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Wolfgang Reiter <w.reiter@netmail.example>",
         to="leserservice@rheintaler-zeitung.example",
         subject="Frage zur Abbuchung für mein Abo",
         body="""\
Sehr geehrte Damen und Herren,

bei der letzten Abbuchung für mein Zeitungsabo (Abo-Nr. 300-44817) wurden 42,90 € statt wie bisher 41,40 € eingezogen. Ich vermute, das ist die angekündigte Preiserhöhung. Ich wollte aber sichergehen, dass das so stimmt, und fragen, ob darin jetzt auch das E-Paper enthalten ist.

Mit freundlichen Grüßen
Wolfgang Reiter"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lea Brandt <lea.brandt@mailbox-de.example>",
         to="service@modehaus-linde.example",
         subject="Rückerstattung Retoure 5521983 noch nicht da",
         body="""\
Hallo,

ich habe am 9. November zwei Teile aus der Bestellung 5521983 zurückgeschickt (einen Wintermantel und eine Strickjacke, zusammen 189,90 €). Laut Sendungsverfolgung ist das Paket am 12.11. bei Ihnen angekommen, und ich habe auch die Mail „Retoure eingegangen“ bekommen. Das Geld ist aber bis heute nicht auf meinem PayPal-Konto.

In Ihren FAQ steht etwas von 14 Tagen. Können Sie bitte nachsehen, wo die Erstattung hängt?

Danke und viele Grüße
Lea Brandt"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Wiśniewski <tomasz.w@skrzynka.example>",
         to="karten@hanse-kreditkarte.example",
         subject="Karte gesperrt in Kanada - brauche dringend Hilfe",
         body="""\
Hallo,

ich bin seit Montag in Kanada (Toronto) für Arbeit und seit gestern meine Kreditkarte wird überall abgelehnt. In App steht "Karte vorübergehend gesperrt", aber ich habe nichts gesperrt und es gibt keine Erklärung. Die Hotline kann ich aus Kanada nicht erreichen, immer besetzt.

Heute ich muss das Hotel bezahlen (ca. 1.400 CAD) und das Mietauto zurückgeben mit Kaution. Ich habe nur 60 Dollar Bargeld. Bitte können Sie die Karte schnell freischalten? Alle Zahlungen waren von mir.

Karte endet mit 8832.
Danke,
Tomasz Wiśniewski"""),

    dict(n=14, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Sabine Oberländer <oberlaender.familie@heimpost.example>",
         to="kundenservice@stadtwerke-talbach.example",
         subject="Abschlag plötzlich 310 € statt 85 € – Konto im Minus",
         body="""\
Sehr geehrte Damen und Herren,

am Freitag wurden von unserem Konto 310,00 € Stromabschlag abgebucht (Vertragskonto 4400187265). Bisher waren es immer 85,00 €. Eine Ankündigung oder einen neuen Abschlagsplan haben wir nicht bekommen, und unser Verbrauch ist auch nicht gestiegen.

Dadurch ist unser Girokonto jetzt im Minus, und am Montag geht die Miete raus. Bitte überweisen Sie die Differenz von 225,00 € umgehend zurück und stellen Sie den Abschlag wieder richtig ein. Eine Rücklastschrift würden wir ungern machen, aber wenn wir bis morgen nichts von Ihnen hören, bleibt uns nichts anderes übrig.

Mit freundlichen Grüßen
Sabine Oberländer"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Klaus Petersen <klaus.petersen@altmail.example>",
         to="kundenkonto@nordbahn-reisen.example",
         subject="E-Mail-Adresse im Kundenkonto ändern",
         body="""\
Moin,

wie kann ich in meinem Kundenkonto die E-Mail-Adresse ändern? Ich habe eine neue Adresse (klaus.petersen@neupost.example) und möchte, dass die Tickets künftig dorthin kommen. In der App finde ich unter „Profil“ nur Name und Telefonnummer.

Besten Dank
Klaus Petersen"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Heike Lindemann <heike.lindemann@webpost2.example>",
         to="kundenportal@rheinland-versicherung.example",
         subject="AW: Ihre Anfrage zum Kundenportal – Vorgang 2026-118430",
         body="""\
Guten Tag Herr Kaiser,

gern beantworte ich Ihre Fragen direkt unten.

Am 07.12.2026 um 10:14 schrieb Kundenportal Rheinland Versicherung <kundenportal@rheinland-versicherung.example>:
> Seit wann können Sie sich nicht mehr anmelden?

Seit Samstag. Ich hatte dreimal ein falsches Passwort eingegeben, seitdem steht da „Zugang gesperrt“.

> Haben Sie bereits die Funktion „Passwort vergessen“ genutzt?

Ja, zweimal. Die Mail kommt an, aber nach dem Klick auf den Link erscheint wieder „Zugang gesperrt“.

> Ist Ihr Anliegen dringend?

Nicht sehr. Ich wollte eine Zahnarztrechnung für die Zusatzversicherung hochladen, das hat noch ein paar Tage Zeit.

Mit freundlichen Grüßen
Heike Lindemann
Versicherungsnummer ZV-771-20934"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Miriam Schäfer <m.schaefer@sonnen-apotheke.example>",
         to="kundenservice@pharmagross.example",
         subject="Zugang Bestellportal gesperrt – Bestellung muss bis 17 Uhr raus",
         body="""\
Sehr geehrte Damen und Herren,

mein Zugang zum PharmaGross-Bestellportal (Benutzer sonnen-apo-ms, Kundennr. 604119) wurde heute Mittag gesperrt, angeblich wegen zu vieler Anmeldeversuche. Der Link zum Entsperren geht an die E-Mail-Adresse meiner früheren Kollegin, die seit Oktober nicht mehr bei uns ist.

Ich bin heute allein für die Bestellung zuständig, und sie muss bis 17:00 Uhr bei Ihnen sein, sonst bekommen wir morgen früh keine Lieferung. Darunter sind Rezepte, die Kundinnen und Kunden morgen früh abholen wollen.

Bitte entsperren Sie den Zugang oder rufen Sie mich an: 05141 5550882.

Mit freundlichen Grüßen
Miriam Schäfer
Apothekerin, Sonnen-Apotheke"""),

    dict(n=18, signals="account", priority="medium", trap="list", qt=0, reply=0,
         frm="Andreas Kühn <a.kuehn@autoservice-kuehn.example>",
         to="support@werkstattplaner.example",
         subject="Mehrere Punkte zu unserem Werkstattplaner-Konto",
         body="""\
Hallo zusammen,

ein paar Sachen auf einmal:

- Auf den Rechnungen ist unser Logo unscharf. Kann man das in besserer Auflösung hochladen?
- Kann man Reifeneinlagerung als eigene Kategorie anlegen?
- Wichtig: Unser ehemaliger Mitarbeiter Patrick Sommer (Benutzer psommer) ist seit 30.11. nicht mehr bei uns. Ich finde keinen Weg, seinen Zugang zu sperren, als Inhaber kann ich nur Benutzer anlegen. Bitte deaktivieren Sie den Zugang und übertragen Sie seine offenen Aufträge auf mich.
- Und: Wie ändere ich die Handynummer für die SMS-Codes? Ich habe eine neue Nummer.

Danke und Gruß
Andreas Kühn
Autoservice Kühn, Kfz-Meisterbetrieb"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Petra Lorenz <petra.lorenz@familienpost.example>",
         to="info@tanzschule-wirbel.example",
         subject="Danke für den Crashkurs!",
         body="""\
Liebes Team der Tanzschule Wirbel,

ich wollte mich einfach mal bedanken: Der Crashkurs Discofox am Wochenende war der Hammer! Mein Mann war vorher skeptisch („ich hab zwei linke Füße, das wird eine Katastrophe“), jetzt ist er Feuer und Flamme und will unbedingt weitermachen. Bei den Drehungen hätten wir uns fast gegenseitig umgebracht, wir haben uns totgelacht. Am Sonntag hatten wir Muskelkater, als hätte uns ein Bus überfahren.

Carla ist eine Wucht, die Stimmung im Saal hat richtig gebrannt.

Kurze Frage noch: Gibt es im Januar einen Aufbaukurs, und kann man den mit dem Gutschein bezahlen, den wir zu Weihnachten verschenkt bekommen?

Herzliche Grüße
Petra und Bernd Lorenz"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sven Hartwig <sven.hartwig@gartenpost.example>",
         to="beratung@glutmeister-grills.example",
         subject="Fragen zur Feuerschale Inferno 80 vor dem Kauf",
         body="""\
Hallo,

ich überlege, die Feuerschale „Inferno 80“ für unsere Terrasse zu kaufen, und hätte vorher ein paar Fragen:

1. Brennt die Hitze Flecken in WPC-Dielen, oder reicht Ihre Funkenschutzplatte darunter?
2. Wie stark qualmt das mit Buchenholz? Unsere Nachbarn sind empfindlich, nicht dass beim ersten Anzünden gleich die Feuerwehr anrückt.
3. Kann man den Grillrost-Aufsatz „Höllenglut“ auch später nachkaufen?
4. Falls die Schale doch nicht passt: Wie läuft das mit Rückgabe und Erstattung, und wer zahlt den Rückversand bei 38 kg?

Viele Grüße
Sven Hartwig"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Monika Scholz <monika.scholz@dorfnetz.example>",
         to="termine@schornsteinfeger-brenner.example",
         subject="Termin Feuerstättenschau verschieben",
         body="""\
Guten Tag Herr Brenner,

für Donnerstag, den 10. Dezember, haben Sie bei uns die Feuerstättenschau und die Abgasmessung am Kaminofen angekündigt (Am Mühlbach 3). Leider muss ich den Termin verschieben: Mein Auto hat gestern auf der Landstraße den Geist aufgegeben, es hat gequalmt wie verrückt, jetzt steht es mit Motorschaden in der Werkstatt, und ich schaffe es am Donnerstag nicht rechtzeitig von der Arbeit nach Hause.

Ginge es in der Woche vor Weihnachten, am liebsten nachmittags? Der Rauchmelder im Flur piept übrigens, die Batterie ist wohl leer – vielleicht können Sie dann kurz mit draufschauen, falls Sie so etwas machen.

Mit freundlichen Grüßen
Monika Scholz"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Carsten Vogt <carsten.vogt@kabelpost.example>",
         to="service@fahrradkontor.example",
         subject="AW: Doppelte Abbuchung Bestellung 20-118834",
         body="""\
Hallo Frau Pohl,

super, danke! Die Gutschrift ist heute auf meinem Konto eingegangen. Dann kann das Rad jetzt ganz entspannt unter den Baum :-)

Schöne Feiertage
Carsten Vogt

Am 30.11.2026 um 09:47 schrieb Fahrradkontor Service <service@fahrradkontor.example>:
> Hallo Herr Vogt,
> Sie haben recht: Der Betrag wurde durch einen Fehler bei unserem
> Zahlungsdienstleister doppelt eingezogen. Wir haben die 1.249,00 € heute
> erstattet, die Gutschrift kann 3–5 Werktage dauern.
> Viele Grüße, Sandra Pohl
>
>> Am 28.11.2026 um 21:15 schrieb Carsten Vogt <carsten.vogt@kabelpost.example>:
>> Hallo, mir wurden für meine Bestellung 20-118834 zweimal 1.249,00 €
>> abgebucht, siehe Kontoauszug im Anhang. Bitte erstatten Sie den doppelten
>> Betrag, mein Konto ist dadurch ins Minus gerutscht."""),

    dict(n=23, signals="outage,account", priority="high", trap="scale", qt=0, reply=0,
         frm="Nadine Fromm <n.fromm@kita-verbund-sonnenhof.example>",
         to="support@kitaconnect.example",
         subject="Seit dem Update kommen unsere Mitarbeitenden in 14 Kitas nicht mehr in die App",
         body="""\
Guten Tag,

seit dem App-Update heute Nacht können sich unsere Mitarbeitenden in allen 14 Einrichtungen nicht mehr in KitaConnect anmelden. Nach dem Passwort soll ein SMS-Code kommen, der kommt aber nicht – bei keinem der rund 180 Konten, die wir bisher geprüft haben. Wer noch eingeloggt war, wurde durch das Update abgemeldet.

Damit fehlen heute die Anwesenheitslisten, die Abholberechtigungen und die Nachrichten an die Eltern. Die Kitas arbeiten vorerst mit ausgedruckten Listen von letzter Woche. Außerdem sollten heute die Elternbriefe zur Schließzeit über Weihnachten raus.

Bitte melden Sie sich zeitnah bei mir unter 0351 5550441.

Mit freundlichen Grüßen
Nadine Fromm
Fachbereich Digitalisierung
Kita-Verbund Sonnenhof gGmbH"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Dr. Martin Engel <martin.engel@transnord-logistik.example>",
         to="enterprise-support@routewise.example",
         subject="Premium-SLA: Fehler Routing-API seit 07:40 Uhr",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 07:40 Uhr beantwortet Ihre Routing-API etwa jede dritte Anfrage mit HTTP 500 oder gar nicht. Unsere Disposition kann die Touren für die Nachmittagswelle nur mit Verzögerung planen. Durch Wiederholungen bekommen wir bisher alles geplant, die Fahrer starten aber mit bis zu 40 Minuten Verspätung.

Ich verweise auf unseren Rahmenvertrag RW-ENT-2024-017 (Premium-SLA, Reaktionszeit 1 Stunde, Priorität 1 bei Beeinträchtigung des Produktivbetriebs). Ich bitte um Rückruf innerhalb dieser Frist und um eine Einschätzung, bis wann der Fehler behoben ist.

Mit freundlichen Grüßen

Dr. Martin Engel
Leiter IT-Betrieb
TransNord Logistik GmbH
Am Speicherhafen 12, Bremen
Tel. +49 421 5550120

Geschäftsführung: Jens Bruhns, Ulrike Faß | Registergericht: Amtsgericht Bremen, HRB 99999
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""),
]
