# blind21 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jürgen Albrecht <j.albrecht@albrecht-familie.example>",
         to="service@saunalux.example",
         subject="Saunaofen knistert, Anschlusskabel ganz weich",
         body="""\
Guten Abend,

wir haben eben unsere Sauna angemacht (SaunaLux Kompakt 6 kW, letztes Jahr von Ihrer
Firma eingebaut). Nach etwa 20 Minuten fing es hinter dem Steuerkasten an zu knistern,
so wie wenn man Alufolie zusammenknüllt.

Das Anschlusskabel am Ofen ist an einer Stelle ganz weich geworden und hat braune
Flecken, und im ganzen Raum riecht es stark nach heißem Gummi. Die Holzverkleidung neben
dem Steuerkasten ist so heiß, dass man die Hand nicht drauflassen kann.

Ich habe den Ofen am Hauptschalter im Keller ausgeschaltet, das Knistern hat danach
aufgehört, aber die Wand ist immer noch sehr warm. Die Kinder schlafen im Zimmer direkt
daneben.

Was sollen wir jetzt tun? Bitte rufen Sie heute noch zurück: 030 23125417.

Jürgen Albrecht"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@lindenpost.example>",
         to="kundendienst@stella-naehtechnik.example",
         subject="Stella 300 – Gehäuse neben dem Nählicht extrem heiß",
         body="""\
Hallo,

meine Tochter (12) hat heute etwa eine Stunde an unserer neuen Stella 300 genäht. Sie hat
sich dabei mit dem Handballen links neben dem Nählicht abgestützt und hat jetzt dort eine
richtige Blase, etwa so groß wie ein Fingernagel, die Haut drumherum ist knallrot.

Ich habe danach selbst hingefasst: Die Stelle ist so heiß, dass man nicht draufbleiben
kann, und aus den Lüftungsschlitzen kommt ein beißender Geruch.

Ist das bei diesem Modell bekannt? Die Maschine ist jetzt ausgesteckt und bleibt es auch.
Bitte melden Sie sich, Rechnung und Seriennummer (ST300-88412) kann ich schicken.

Sabine Krüger"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ayşe Doğan <ayse.dogan@mainufer.example>",
         to="auftrag@schaedlingsfrei-rheinmain.example",
         subject="Nach der Behandlung heute – Schwindel und Kopfschmerzen",
         body="""\
Sehr geehrte Damen und Herren,

Ihr Mitarbeiter war heute Vormittag wegen der Schaben bei uns (Auftrag SB-20455) und hat
in Küche und Bad gesprüht. Er sagte, nach zwei Stunden Lüften könnten wir wieder in die
Wohnung. Wir sind um 14 Uhr zurückgekommen.

Seit etwa einer Stunde ist meinem Mann schwindelig, er musste sich hinsetzen, weil
sich alles dreht. Ich habe Kopfschmerzen und ein Kribbeln an den Lippen, und unser Kater
hat zweimal erbrochen und versteckt sich unter dem Bett.

Welches Mittel genau wurde verwendet? Der Hausarzt möchte den Namen und den Wirkstoff
wissen. Wir sitzen jetzt mit dem Kater auf dem Balkon.

Mit freundlichen Grüßen
Ayşe und Mehmet Doğan
Tel. 069 90009152"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Frank Wiedemann <frank.wiedemann@hasenweg.example>",
         to="support@doorbuddy.example",
         subject="Jemand hat mein DoorBuddy-Konto übernommen",
         body="""\
Hallo,

seit heute Morgen komme ich nicht mehr in meine DoorBuddy-App. Um 6:12 Uhr kam eine Mail
"Ihre E-Mail-Adresse wurde geändert" – das war nicht ich. Der Link zum Zurücksetzen des
Passworts geht jetzt an diese fremde Adresse.

Auf dem Tablet war ich noch ein paar Minuten angemeldet. Dort stand, dass ein neues Gerät
"iPhone von K." hinzugefügt wurde, danach wurde ich abgemeldet.

Die Klingel filmt unsere Haustür und den Flur. Da sind Aufnahmen von meinen Kindern drauf,
und wer das Konto hat, sieht auch, wann bei uns niemand zu Hause ist.

Bitte sperren Sie den Zugang sofort und geben Sie mir mein Konto zurück.
Seriennummer der Klingel: DB-2-448190

Frank Wiedemann"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Hauke Hinrichs <hinrichs@hof-hinrichs.example>",
         to="service@agridry.example",
         subject="Trockner trocknet nicht – 40 t Weizen liegen feucht auf dem Hof",
         body="""\
Moin,

unser Durchlauftrockner mit Ihrer Steuerung AgriDry Control läuft seit heute Nacht um zwei,
aber das Getreide kommt unten genauso nass raus, wie es oben reingeht. Das Gebläse läuft,
die Schnecke läuft, aber die Luft bleibt kalt. Feuchte am Auslauf 19 %, am Einlauf auch
19 %. Im Display steht "E-47 Kommunikation".

Wir haben 40 Tonnen Weizen in der Annahmegrube und auf zwei Hängern. Bei dem schwülen
Wetter fängt das morgen an zu muffeln. Die Lohnunternehmer mit dem Drescher stehen, weil
wir nichts mehr abnehmen können, und für Donnerstag ist Regen angesagt.

Bitte schicken Sie sofort einen Techniker. Anlagennummer ADC-1190-07.

Hauke Hinrichs
Tel. 040 66969233"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Lena Brockmann <lena.brockmann@werkraum-sued.example>",
         to="support@keyflow-access.example",
         subject="Niemand kommt ins Gebäude – alle Türen bleiben zu",
         body="""\
Hallo KeyFlow-Team,

seit 7:45 Uhr bleiben im Werkraum Süd alle Türen zu. Weder die Chips noch die Öffnung per
App werden angenommen, die Lesegeräte blinken nur rot. Vor dem Eingang stehen gerade etwa
50 Mitglieder, und um 9 Uhr ist der große Saal für einen Workshop mit 30 externen
Teilnehmenden gebucht.

Ich habe nur einen einzigen Schlüssel für die Hintertür und lasse die Leute einzeln rein,
das geht so nicht lange gut.

Could someone please call us right away – our community manager on site today is from
Lisbon and doesn't speak German: +49 30 23125986.

Viele Grüße
Lena Brockmann
Standortleitung Werkraum Süd"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tobias Reuter <tobias.reuter@luftbild-reuter.example>",
         to="support@aerofalke.example",
         subject="Drohne wird seit dem App-Update nicht mehr gefunden",
         body="""\
Hallo,

seit dem App-Update gestern (Version 7.3) findet die AeroFalke-App meine Drohne nicht mehr.
Fernsteuerung und Drohne leuchten beide grün, aber in der App steht endlos "Suche
Fluggerät ...". Ohne App kann ich nicht starten.

Handy neu gestartet, App neu installiert, Kabel getauscht – alles schon probiert.
Am Samstag habe ich einen Auftrag für Dachaufnahmen, bis dahin muss das wieder gehen.

Modell: AeroFalke Pro 2, Android 14.

Grüße
Tobias Reuter"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Gregor Lindenau <g.lindenau@hofgut-lindenau.example>",
         to="support@fieldline-gnss.example",
         subject="Frage zum RTK-Korrektursignal",
         body="""\
Guten Tag,

ist es normal, dass das RTK-Korrektursignal bei Ihrem Lenksystem FieldLine seit letzter
Woche alle 10 bis 15 Minuten für ein paar Minuten wegbricht? Der Schlepper fährt dann nur
noch mit der groben Genauigkeit weiter und ich muss am Lenkrad nachhelfen.

Zum Grubbern reicht das zur Not, aber für das Legen der Kartoffeln brauche ich die 2 cm,
und das steht nächste Woche an.

Kundennummer 55-8813, Terminal FL-T7.

Mit freundlichen Grüßen
Gregor Lindenau"""),

    dict(n=9, signals="outage", priority="high", trap="short", qt=0, reply=0,
         frm="Martina Lehmann <martina.lehmann@elbpost.example>",
         to="hilfe@fotowerk-online.example",
         subject="Störung beim Hochladen?",
         body="""\
Ist bei Ihnen gerade eine Störung? Seit gestern Abend bricht jeder Upload bei 0 % ab, am
Laptop, am PC und am Handy. Ich wollte heute die Fotobücher für die Goldene Hochzeit
meiner Eltern bestellen, die ist schon in zwei Wochen.

Gruß
Martina Lehmann"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Heike Sommer <heike.sommer@wiesental.example>",
         to="service@fellfutter-abo.example",
         subject="Doppelte Abbuchung Futter-Abo März",
         body="""\
Hallo,

für die März-Lieferung (Bestellung PF-310772) wurden 58,40 € zweimal von meinem Konto
abgebucht, einmal am 3. und noch einmal am 4. März. Geliefert wurde natürlich nur einmal.

Bitte erstatten Sie mir den zweiten Betrag.

Danke und Grüße
Heike Sommer"""),

    dict(n=11, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Björn Hallstein <b.hallstein@kesselhaus-kultur.example>",
         to="veranstalter@ticketfuchs.example",
         subject="Auszahlung Event 77-4410 fehlgeschlagen – Gagen am Freitag fällig",
         body="""\
Hallo,

die Auszahlung für unsere Veranstaltung "Frühlingsnacht im Kesselhaus" (Event-ID 77-4410,
8.930,00 €) hätte laut Vertrag fünf Werktage nach dem Konzert kommen sollen. Im
Veranstalterportal steht seit Montag nur "Auszahlung fehlgeschlagen – Bankdaten prüfen".

Unsere IBAN ist seit drei Jahren dieselbe, und unsere Bank sagt, es sei nichts
zurückgewiesen worden.

Wir müssen am Freitag die Band, die Tontechnik und neun Aushilfen bezahlen. Bitte lösen
Sie die Zahlung heute noch erneut aus und geben Sie mir kurz Bescheid.

Björn Hallstein
Kesselhaus Kultur e. V.
Tel. 0221 4710388"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Claudia Neumann <claudia.neumann@rosenhof.example>",
         to="info@schluesselblitz-dienst.example",
         subject="Einsatz vom Samstag, Rechnung 2024-1187",
         body="""\
Sehr geehrte Damen und Herren,

zuerst einmal ein herzliches Dankeschön: Am Samstag stand ich nach einer Familienfeier kurz
nach Mitternacht vor meiner Wohnungstür, der Schlüssel steckte innen, und mein Hund war
allein in der Wohnung und hat gejault. Ihr Monteur, Herr Kowalski, war nach 25 Minuten da,
war sehr freundlich und hat die Tür ohne jeden Kratzer aufbekommen. Das hätte ich um die
Uhrzeit nicht erwartet.

Nun aber zur Rechnung, die gestern per Post kam. Am Telefon hatte mir Ihre Kollegin einen
Festpreis von 129 € inklusive Anfahrt und Nachtzuschlag genannt, das habe ich mir sogar
aufgeschrieben. Auf der Rechnung Nr. 2024-1187 stehen jetzt 389,00 €: "Türöffnung Spezial"
189 €, "Nachtzuschlag 100 %" 95 €, "Anfahrt Zone 3" 65 € und "Kleinmaterial" 40 €. Von
einem Spezialverfahren war nie die Rede, Material wurde keines verbaut, und ich wohne
drei Kilometer von Ihrem Büro entfernt.

Ich bitte Sie daher um eine korrigierte Rechnung über den vereinbarten Betrag. Die 129 €
überweise ich gern sofort, sobald sie da ist.

Noch eine Frage am Rande: Tauschen Sie auch Schließzylinder aus? Ich überlege, bei der
Gelegenheit ein neues Schloss einbauen zu lassen, und hätte gern ein Angebot.

Mit freundlichen Grüßen
Claudia Neumann"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Kai Petrowski <kai.petrowski@nordlicht-mail.example>",
         to="kundenservice@lagerraum-plus.example",
         subject="Kurze Frage zur Rechnung",
         body="""\
Hallo,

nur aus Neugier: Auf meiner Rechnung für Box 2-17 steht seit diesem Monat
"Servicepauschale digital 0,99 €". Wofür ist die? Kein Problem, will's nur verstehen.

Gruß, Kai"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Gertrud Haase <gertrud.haase@am-weiher.example>",
         to="service@warmwerk.example",
         subject="Konto gesperrt",
         body="""\
Guten Tag,

die App für unsere Wärmepumpe (WarmWerk Connect) meldet "Konto vorübergehend gesperrt –
zu viele Anmeldeversuche". Das war vermutlich mein Enkel, der sich beim Passwort mehrmals
vertippt hat. Das Konto ist jetzt schon seit zwei Tagen gesperrt.

Die Wärmepumpe läuft ganz normal, ich möchte nur wieder an meine Einstellungen und die
Verbrauchswerte. Können Sie das Konto bitte entsperren?

Kundennummer WW-100342

Mit freundlichen Grüßen
Gertrud Haase"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Dennis Uhlmann <d.uhlmann@korallenriff-fan.example>",
         to="kundenkonto@aquatec-versand.example",
         subject="SMS-Code kommt viel zu spät",
         body="""\
Hallo,

ist es normal, dass der SMS-Code für die Anmeldung im Kundenkonto erst nach etwa
30 Minuten ankommt? Dann ist er natürlich schon abgelaufen, und ich komme nicht in mein
Konto. Ich habe es seit gestern fünfmal probiert.

Handynummer im Konto endet auf 229.

Gruß
Dennis Uhlmann"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Werner Gaßmann <werner.gassmann@ruhestand-post.example>",
         to="vermietung@mobilfix.example",
         subject="E-Mail-Adresse ändern – alte Adresse gibt es nicht mehr",
         body="""\
Sehr geehrte Damen und Herren,

mein Kundenkonto für die Miete meines Elektromobils läuft noch über meine alte
Firmenadresse, und die gibt es nicht mehr, seit ich in Rente bin. Das Passwort weiß ich
leider auch nicht mehr, und der Link zum Zurücksetzen geht natürlich an die alte Adresse.

Wie kann ich die E-Mail-Adresse auf diese hier ändern lassen? Ich kann Ihnen gern meinen
Ausweis oder den Mietvertrag schicken.

Vertragsnummer EM-4471

Mit freundlichen Grüßen
Werner Gaßmann"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Dirk Schöller <dirk.schoeller@talblick.example>",
         to="support@sonnenspeicher.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Hallo,

wie schalte ich in meinem SonnenSpeicher-Kundenkonto die Anmeldung mit einer
Authenticator-App ein? In den Einstellungen finde ich nur "Passwort ändern".

Danke!
Dirk"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Renate Vogt <renate.vogt@am-kirchberg.example>",
         to="termine@liftpartner.example",
         subject="AW: Jährliche Sicherheitsprüfung Ihres Treppenlifts",
         body="""\
Guten Tag Frau Yılmaz,

der 14. Mai vormittags passt uns gut. Meine Mutter ist ab 8 Uhr wach, bitte zweimal
klingeln, sie hört nicht mehr so gut.

Freundliche Grüße
Renate Vogt

> -----Ursprüngliche Nachricht-----
> Von: Terminservice LiftPartner <termine@liftpartner.example>
> Gesendet: Montag, 29. April 2024 09:14
> An: Renate Vogt <renate.vogt@am-kirchberg.example>
> Betreff: Jährliche Sicherheitsprüfung Ihres Treppenlifts
>
> Sehr geehrte Frau Vogt,
>
> für den Treppenlift Ihrer Mutter (Anlage TL-5521) steht die jährliche
> Sicherheitsprüfung an. Dabei kontrollieren wir unter anderem Sitzgurt, Fußstütze,
> Scharniere und Notstopp. Nur so lässt sich eine Verletzungsgefahr durch verschlissene
> Teile ausschließen.
>
> Wir könnten am Dienstag, 14. Mai, zwischen 8 und 12 Uhr vorbeikommen.
>
> Mit freundlichen Grüßen
> Derya Yılmaz
> Terminservice LiftPartner"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nadine Pfeiffer <nadine.pfeiffer@sonnendeck.example>",
         to="team@raetselwerk.example",
         subject="Danke für gestern – wir sind fast gestorben vor Lachen",
         body="""\
Hallo liebes Rätselwerk-Team,

wir waren gestern zu sechst im "Bunker 17" und sind fast gestorben vor Lachen. Als das
Licht ausging und der Alarm losheulte, hat mein Schwager geschrien wie am Spieß, und wir
anderen lagen am Boden. Zwei Minuten vor Schluss sind wir rausgekommen – Wahnsinn!

Ein großes Lob an Spielleiter Timo, der uns genau im richtigen Moment einen Tipp gegeben
hat. Wir kommen ganz sicher wieder, nächstes Mal dann in die "Brandmauer".

Liebe Grüße
Nadine"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Inke Petersen <inke.petersen@deichblick.example>",
         to="vertrieb@sonnenspeicher.example",
         subject="Frage vor dem Kauf: Notstrom bei Stromausfall?",
         body="""\
Guten Tag,

wir überlegen, bei Ihnen einen Heimspeicher für unsere PV-Anlage zu kaufen, und haben
vorher zwei Fragen:

1. Deckt Ihr Wartungsvertrag "Rundum" auch Ausfälle des Wechselrichters ab, inklusive
   Anfahrt und Ersatzteilen?
2. Läuft das Haus bei einem Stromausfall im Ort über die Batterie weiter
   (Notstromfunktion), oder muss man dafür noch etwas extra kaufen?

Mit freundlichen Grüßen
Familie Petersen"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Ute Brandt <ute.brandt@gartenstadt.example>",
         to="shop@roestwerk-kaiser.example",
         subject="\"Vulkanasche\" und \"Feuerprobe\" als ganze Bohne?",
         body="""\
Hallo!

Ihre Espressoröstung "Vulkanasche" ist der Hammer, mein Mann ist total süchtig danach.
Gibt es die auch als ganze Bohne im 1-kg-Beutel? Und ist die "Feuerprobe" eher dunkel
oder mittel geröstet?

Ich möchte ihm zum Geburtstag ein kleines Set zusammenstellen.

Danke und viele Grüße
Ute Brandt"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Imkerei Sonnenwabe <newsletter@sonnenwabe.example>",
         to="info@sonnenwabe.example",
         subject="Varroa-Alarm im August: Ihr Notfallplan für starke Völker",
         body="""\
Liebe Imkerinnen und Imker,

der August ist für Ihre Völker die gefährlichste Zeit des Jahres: Die Brut nimmt ab, die
Milbenlast steigt. Wer jetzt nicht behandelt, riskiert schwache Wintervölker.

In diesem Newsletter:
- Varroa-Alarm: So zählen Sie den natürlichen Milbenfall richtig
- Unser Notfall-Set Ameisensäure jetzt 20 % günstiger
- Webinar "Brandheiß: Was tun gegen Räuberei im Spätsommer?" am 21. August, 19 Uhr

Summende Grüße
Ihr Team der Imkerei Sonnenwabe

Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.
Abmelden | Einstellungen ändern"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Jonas Bauer <jonas.bauer@fliederweg.example>",
         to="kontakt@engel-hochzeiten.example",
         subject="AW: Stornierung Hochzeitspaket \"Landliebe\" – Rückerstattung",
         body="""\
Hallo Frau Engel,

ich schreibe Ihnen jetzt zum dritten Mal. Die zugesagten 2.400 € sind immer noch nicht
auf unserem Konto. Inzwischen verlangt die neue Location die Anzahlung bis Montag, sonst
vergibt sie den Termin an das nächste Paar.

Bitte überweisen Sie das Geld noch diese Woche und schicken Sie mir eine kurze
Bestätigung.

Jonas Bauer

Am 18.03.2024 um 21:07 schrieb Jonas Bauer <jonas.bauer@fliederweg.example>:
> Hallo Frau Engel,
>
> wie am Telefon besprochen, haben wir das Paket "Landliebe" für den 7. September
> fristgerecht storniert. Sie hatten uns die Erstattung der Anzahlung von 2.400 €
> innerhalb von 14 Tagen zugesagt. Bisher ist nichts eingegangen. Können Sie bitte
> nachsehen?
>
> Viele Grüße
> Jonas Bauer und Mia Kern"""),

    dict(n=24, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Dr. Friederike Stamm <f.stamm@stamm-kollegen.example>",
         to="portal@lexiverb-uebersetzungen.example",
         subject="Upload im Kundenportal bricht ab – Fristsache heute 16 Uhr",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 9 Uhr nimmt Ihr Kundenportal bei uns keine einzige Datei mehr an. Egal ob PDF
oder Word, es erscheint jedes Mal "Datei konnte nicht verarbeitet werden". Drei
Kolleginnen haben es von verschiedenen Rechnern aus versucht.

Wir sind mit 40 Anwältinnen und Anwälten Ihr Rahmenvertragskunde (KD-0042) und haben heute
eine Fristsache: Ein Schriftsatz muss bis 16 Uhr beglaubigt übersetzt beim Landgericht
sein. Außerdem warten zwei weitere Mandate auf die Einreichung.

Bitte rufen Sie mich umgehend an und nennen Sie uns einen Weg, wie die Dateien heute noch
zu Ihnen kommen: 089 99998641.

Mit freundlichen Grüßen
Dr. Friederike Stamm
Stamm & Kollegen Rechtsanwälte"""),
]
