# hand6 (blind7) -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katharina Brandl <k.brandl@mailbox.example>",
         to="kundenservice@holzwiege.example",
         subject="Hochstuhl Modell Luka",
         body="""\
Guten Tag,

wir haben im September den Treppenhochstuhl „Luka“ bei Ihnen gekauft (Bestellnr. HW-20817). Gestern beim Abendessen hat sich unsere Tochter (14 Monate) ganz normal mit den Füßen an der Tischkante abgestoßen, und der Stuhl ist komplett nach hinten weggekippt. Sie ist mit dem Hinterkopf auf die Fliesen geschlagen. Große Beule, in der Nacht hat sie zweimal erbrochen, wir waren dann in der Kinderklinik und sie bleibt bis heute Mittag zur Beobachtung dort.

Mein Mann hat sich den Stuhl danach angeschaut: Die hintere Querstrebe ist aus der Verschraubung gerutscht. Die Schraube war nicht locker, sondern das Gewinde im Holz ist ausgerissen. Wir haben ihn genau nach Anleitung aufgebaut.

Ich möchte wissen, ob das bei anderen Kunden auch passiert ist und was Sie jetzt unternehmen. Den Stuhl behalten wir vorerst so wie er ist, Fotos kann ich Ihnen schicken.

Katharina Brandl"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jens Wöhrle <jens.woehrle@posteo.example>",
         to="service@trailgear.example",
         subject="Kocher zischt",
         body="""\
Hallo,

hab letzte Woche den Faltkocher „Trailflame Mini“ mit zwei Kartuschen bestellt (Auftrag 5531-0921). Heute zum ersten Mal im Vorzelt benutzt. Nach dem Abdrehen zischt es am Anschluss leise weiter und es riecht nach faulen Eiern, obwohl der Regler ganz zu ist. Beim Abschrauben der Kartusche sind mir zwei Finger eiskalt und ganz weiß geworden. Meine Frau hat inzwischen Kopfweh, wir haben das Zelt komplett aufgemacht und das Ding draußen auf die Wiese gelegt.

Ist das ein bekanntes Problem mit dem Ventil? Wir sind noch eine Woche auf dem Platz am Chiemsee und ich will wissen ob wir die zweite Kartusche überhaupt anschließen sollen oder das ganze Teil zurückschicken.

Gruß
Jens Wöhrle"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Petra Albers <p.albers@albers-verwaltung.example>",
         to="stoerung@liftwerk-nord.example",
         subject="Aufzug Haus B – Sturz einer Bewohnerin, bitte sofort Techniker",
         body="""\
Sehr geehrte Damen und Herren,

als Hausverwaltung der Wohnanlage Lindenhof (Wartungsvertrag LW-3390) melden wir Folgendes: Der Aufzug in Haus B hält seit letzter Woche nicht mehr bündig, teilweise 15–20 cm unter dem Stockwerk. Heute Vormittag ist eine 86-jährige Bewohnerin mit Rollator beim Aussteigen im 3. OG über die Kante gestürzt, sie hat sich das Handgelenk gebrochen und wurde vom Rettungsdienst abgeholt. Eine Nachbarin berichtet außerdem, dass die Kabinentür sich gestern während der Fahrt einen Spalt weit geöffnet hat.

Wir haben den Aufzug abgeschaltet und ein Schild angebracht. Im Haus wohnen mehrere Personen, die ohne Aufzug ihre Wohnung nicht verlassen können.

Wir bitten um eine Prüfung durch einen Techniker noch heute und um eine schriftliche Stellungnahme.

Mit freundlichen Grüßen
Petra Albers
Albers Immobilienverwaltung GmbH
Tel. 030 23125418"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Lena Ostrowski <lena.ostrowski@webpost.example>",
         to="hilfe@schwarmkasse.example",
         subject="Unterstützungen, die ich nicht gemacht habe",
         body="""\
Hallo,

heute früh kamen drei Mails von Ihnen: „Danke für deine Unterstützung!“ – für drei Projekte, von denen ich noch nie gehört habe (eine Drohnenkamera, Sneaker und irgendein Brettspiel). Jeweils zwischen 249 € und 310 €, zusammen 842 €, belastet auf meine hinterlegte Kreditkarte. In meinem Konto steht als Lieferadresse jetzt eine Packstation in Duisburg. Ich wohne in Kassel.

Ich komme noch rein und habe das Passwort sofort geändert, die Karte ist bei der Bank gesperrt.

Bitte stornieren Sie diese Unterstützungen und sagen Sie mir, wie jemand an mein Konto gekommen ist.

Nutzername: lenamaus_84
Lena Ostrowski"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Stefan Hollerbach <s.hollerbach@textilservice-hollerbach.example>",
         to="support@waeschelog.example",
         subject="Totalausfall WäscheLog – Auslieferung steht",
         body="""\
Guten Morgen,

bei uns ist seit ca. 5:30 Uhr WäscheLog komplett ausgefallen, im Browser genauso wie auf den Tablets an der Rampe. Meldung: „Server nicht erreichbar“. Wir können keine Lieferscheine und keine Tourenlisten drucken, vier Fahrzeuge stehen beladen im Hof und die Fahrer warten. Unsere Hotels brauchen heute vor dem Wochenende ihre Bettwäsche und Handtücher – oder kriegen sie eben nicht.

Kundennummer TX-0712, Textilservice Hollerbach
Bitte dringend Rückruf unter 030 23125690.

Mit freundlichen Grüßen
Stefan Hollerbach"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krüger <rezeption@praxis-yildiz.example>",
         to="support@dentoplan.example",
         subject="Hilfe!!",
         body="""\
Hallo Support,

bei uns in der Praxis geht seit halb acht der Terminkalender nicht mehr auf, man sieht nur das Logo und einen Kreis der sich dreht und nach ein paar Minuten eine leere weiße Seite. Abrechnung und Röntgen laufen, aber wir wissen nicht wer heute wann kommt, das Wartezimmer ist voll und wir schicken Leute wieder heim die vielleicht einen Termin hätten. An allen 6 Rechnern das gleiche, neu starten hat nix gebracht.

Praxis Dr. Mehmet Yıldız, Kd-Nr 44-1187
Bitte Rückruf an die Rezeption!

Sabine
(ZFA)"""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Tim Gerlach <tim.gerlach@mailo.example>",
         to="support@radhub.example",
         subject="kann kein Rad ausleihen",
         body="""\
Hi, seit gestern Abend zeigt mir die RadHub App bei jedem Rad „Verbindung zum Schloss fehlgeschlagen“. Hab es an drei verschiedenen Stationen probiert, Bluetooth aus und an, App neu installiert. Eingeloggt bin ich ganz normal und mein Guthaben wird auch angezeigt, nur aufgehen tut keins.

Ich fahr jeden Tag damit zum Bahnhof und hab jetzt schon zweimal den Zug verpasst weil ich laufen musste. Handy ist ein Pixel 7, App ist aktuell.

Tim Gerlach"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ursula Mertens <u.mertens@t-post.example>",
         to="digital@stadtbibliothek-hagenau.example",
         subject="Hörbücher brechen ab",
         body="""\
Sehr geehrtes Team der Stadtbibliothek,

seit etwa einer Woche brechen die Hörbücher in der Ausleih-App nach 10 bis 15 Minuten einfach ab, es erscheint „Wiedergabe nicht möglich“. E-Books funktionieren ganz normal. Wenn ich das Hörbuch im Browser am Laptop anhöre, läuft es ohne Probleme, nur eben unterwegs im Bus nicht. Mein Mann hat auf seinem Tablet dasselbe.

Vielleicht können Sie das an den Anbieter weitergeben.

Freundliche Grüße
Ursula Mertens
Leserausweis 0047 2210"""),

    dict(n=9, signals="outage", priority="high", trap="api", qt=0, reply=0,
         frm="Dennis Kowalczyk <d.kowalczyk@klt-logistik.example>",
         to="api-support@frachtnetz.example",
         subject="API Sendungsstatus",
         body="""\
Hallo zusammen,

euer Endpunkt /v2/shipments/status antwortet seit heute 11:20 bei mehr als der Hälfte der Aufrufe mit 503 Service Unavailable, der Rest teilweise mit Timeout nach 30 s. Unsere Dispo sieht dadurch bei den meisten Sendungen keinen Status mehr, die Kollegen telefonieren die Fahrer gerade einzeln ab, das hält bei 140 offenen Touren nicht lange. Die Buchungs-API läuft normal.

Beispiel Request-IDs: 7f3a-22c1-9d04, 7f3a-22c9-1be7
Account KLT-Logistik, API-Key endet auf e91c

Könnt ihr bitte prüfen, ob das bei euch liegt?

Grüße
Dennis Kowalczyk
IT, KLT Logistik GmbH"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Florian Egger <florian.egger@bergpost.example>",
         to="tickets@tauernblick-bergbahnen.example",
         subject="Skipass doppelt bezahlt",
         body="""\
Grüß Gott,

ich habe am Samstag über Ihren Webshop einen 3-Tages-Skipass für die Skiarena Tauernblick gekauft. Beim ersten Versuch kam nach der Zahlung eine Fehlerseite, also habe ich es noch einmal gemacht, dann hat es geklappt. Jetzt sehe ich auf der Kreditkartenabrechnung zweimal 187,00 € von Tauernblick Bergbahnen, aber ich habe nur einen Pass (Buchung TB-662019).

Bitte buchen Sie einen Betrag zurück.

Danke und schöne Grüße
Florian Egger"""),

    dict(n=11, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Gerhard Pfennig <g.pfennig@freenet-mail.example>",
         to="info@bestattungen-lindner.example",
         subject="Rechnung Nr. 2026/418",
         body="""\
Sehr geehrte Frau Lindner,

noch einmal vielen Dank für die einfühlsame Begleitung bei der Beisetzung meiner Mutter. Ich muss Sie trotzdem auf zwei Fehler in der Schlussrechnung hinweisen.

Die Position „Trauerdruck – Sterbebilder, 150 Stück“ ist zweimal aufgeführt (je 210,00 €), wir haben aber nur eine Auflage bekommen. Außerdem war im Gespräch vereinbart, dass die Überführung aus dem Klinikum im Pauschalpreis enthalten ist. Sie steht jetzt zusätzlich mit 340,00 € auf der Rechnung.

Könnten Sie die Rechnung bitte korrigieren und mir neu zusenden? Den unstrittigen Betrag überweise ich gern schon vorab.

Mit freundlichen Grüßen
Gerhard Pfennig"""),

    dict(n=12, signals="payment", priority="high", trap="refund", qt=0, reply=0,
         frm="Miriam Hoxha <miriam.hoxha@uni-mail.example>",
         to="sekretariat@parlamo-sprachschule.example",
         subject="Erstattung Kurs – dringend",
         body="""\
Hallo,

der Intensivkurs Italienisch A2 (7.–25. Oktober), für den ich 690 € bezahlt hatte, wurde von Ihrer Schule wegen zu wenig Teilnehmern abgesagt. Frau Conti hat mir am 2. Oktober geschrieben, dass das Geld „innerhalb von 14 Tagen“ zurücküberwiesen wird. Bis heute ist nichts da und auf meine zwei Nachfragen hat niemand geantwortet.

Ich bin Studentin, das war mein Erspartes, und ich brauche das Geld für die Miete im Januar. Bitte teilen Sie mir bis Ende der Woche mit, wann die Überweisung rausgeht.

IBAN wie bei der Anmeldung, Kundennr. SP-10932
Miriam Hoxha"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Nico Brandt <nico.brandt@aquapost.example>",
         to="shop@nanoreef.example",
         subject="Frage zur Rechnung",
         body="""\
Hallo, kurze Frage: Auf meiner Rechnung für die Garnelen und Wasserpflanzen (Bestellung AQ-30991) steht ein „Lebendtier-Zuschlag“ von 4,90 €. Ist schon bezahlt und geht auch in Ordnung, ich wollte nur wissen wofür genau der ist – Styroporbox und Wärmepack? Die Tiere sind übrigens alle putzmunter angekommen :)

LG Nico"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Bernd Rehmann <hof.rehmann@landpost.example>",
         to="support@agrolink.example",
         subject="Komme nicht mehr ins Portal",
         body="""\
Guten Tag,

ich habe vor zwei Wochen eine neue Handynummer bekommen und leider nicht daran gedacht, sie im AgroLink-Portal zu ändern. Jetzt will das Portal beim Anmelden den Bestätigungscode an die alte Nummer schicken, die gibt es aber nicht mehr. Das Passwort ist richtig. Über „Anderen Weg wählen“ kommt wieder nur dieselbe Nummer.

Wir sind mitten in der Zuckerrübenernte und ich muss die Schlagdaten für den Lohnunternehmer freigeben. Das geht nur über meinen Zugang, und ohne Freigabe kann der morgen früh nicht anfangen.

Betrieb: Hof Rehmann, Kundennr. AL-55702
Bernd Rehmann
Mobil neu: 0151 23456781"""),

    dict(n=15, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Anja Kessler <anja.kessler@familienpost.example>",
         to="jahreskarte@tierpark-elsbach.example",
         subject="Jahreskarte umschreiben",
         body="""\
Hallo liebes Tierpark-Team,

wir haben eine Familien-Jahreskarte, die online über das Kundenkonto meines Ex-Mannes läuft (Karte Nr. JK-4471-F). Wir sind seit dem Sommer getrennt, die Kinder wohnen bei mir und eigentlich nutze nur noch ich die Karte. Er ist einverstanden, dass das Konto bzw. die Karte auf mich übertragen wird, und kann das auch gern schriftlich bestätigen. Bei der Verlängerung im Februar sollen dann meine Adresse und meine Bankverbindung drinstehen, nicht seine.

Geht das, ohne dass wir eine neue Karte kaufen müssen?

Viele Grüße
Anja Kessler"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Hauke Jansen <hauke.jansen@nordmail.example>",
         to="service@flugwerk-drohnen.example",
         subject="Konto gelöscht??",
         body="""\
Moin,

wollte gerade Ersatzpropeller bestellen und bekomme beim Login „Dieses Kundenkonto existiert nicht“. Passwort zurücksetzen → „E-Mail-Adresse unbekannt“. Ich hab bei euch seit 2021 drei Drohnen gekauft, die Seriennummern für die Garantie sind in meinem Konto hinterlegt und auch meine Treuepunkte (so um die 1.200).

Gekündigt hab ich nichts. Habt ihr inaktive Konten gelöscht oder so? Bitte wiederherstellen.

Gruß aus Kiel
Hauke Jansen
alte Kundennr. müsste DR-20488 sein"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Herbert Lamm <herbert.lamm@seniorenpost.example>",
         to="hilfe@ticketkai.example",
         subject="Zwei-Faktor",
         body="""\
Guten Abend,

ich möchte für mein Konto bei TicketKai die Anmeldung mit einem zweiten Faktor einrichten, nachdem ich in der Zeitung gelesen habe, wie oft Konzertkarten aus fremden Konten geklaut werden. In den Einstellungen finde ich aber nur „Passwort ändern“.

Geht das mit einer Authenticator-App oder nur per SMS? Und muss ich dann bei jedem Kauf einen Code eingeben?

Danke im Voraus
Herbert Lamm"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Manfred Stöckl <festausschuss@ff-unterweilbach.example>",
         to="bestellung@brauerei-kornhofer.example",
         subject="Festbier",
         body="""\
Servus,

wollte mich nur mal melden: euer Märzen-Festbier war auf unserem Feuerwehrfest der absolute Knaller. Die Hütte hat gebrannt, um zehn war das letzte Fass leer und die Leute haben uns die Bude eingerannt. Der Kommandant meint, so was hat er in 30 Jahren nicht erlebt.

Fürs nächste Jahr wollen wir gleich doppelt so viel. Können wir jetzt schon 16 Fass für den 10. Juli 2027 vormerken lassen, oder geht das erst ab Frühjahr?

Grüße
Manfred Stöckl
FF Unterweilbach, Festausschuss"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Julia Weinhart <j.weinhart@labor-weinhart.example>",
         to="kundenservice@chemvertrieb-sued.example",
         subject="Zertifikat und SDB für Charge 24-1187",
         body="""\
Sehr geehrte Damen und Herren,

für unsere Wareneingangsprüfung benötigen wir zur gestern eingegangenen Lieferung Acetonitril HPLC-Grade (Bestellung 4500913322, 6 × 2,5 l) das Analysenzertifikat der Charge 24-1187 sowie das aktuelle Sicherheitsdatenblatt in deutscher Sprache. Im Kundenportal ist bei dieser Charge leider nur das Zertifikat der Vorgängercharge hinterlegt.

Die Ware ist einwandfrei angekommen, es eilt nicht.

Mit freundlichen Grüßen
Dr. Julia Weinhart
Labor für Umweltanalytik Weinhart & Partner"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Ralf Bittner <ralf.bittner@heimnetz.example>",
         to="info@umzuege-rheinblick.example",
         subject="Rückmeldung zum Umzug am 28.11.",
         body="""\
Hallo,

der Umzug von Bonn nach Siegburg ist durch, alles heil angekommen, sogar das Klavier. Trotzdem eine Rückmeldung: Ihr Team kam statt um 8 Uhr erst um halb elf, ohne vorher anzurufen, und der Vorarbeiter hat meine Frau ziemlich patzig angeblafft, als sie gefragt hat, wo die Leute bleiben. Die Jungs selbst haben dann ordentlich und zügig gearbeitet, das will ich fairerweise sagen.

Ich will nichts zurückhaben, wünsche mir aber, dass Sie das intern ansprechen. Pünktlichkeit und ein normaler Ton gehören einfach dazu.

Grüße
Ralf Bittner"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Irmgard Steffens <irmgard.steffens@gmx-post.example>",
         to="service@hoerwerk.example",
         subject="Rückmeldung nach dem Update",
         body="""\
Liebes Hörwerk-Team,

eine kurze positive Rückmeldung: Seit dem Update vom 20. November stürzt die App nicht mehr ab und die Verbindung zu beiden Hörgeräten bleibt stabil, auch beim Telefonieren. Vorher war es ja zum Verzweifeln, die Geräte sind ständig rausgeflogen. Jetzt hatte ich zwei Wochen lang keinen einzigen Abbruch.

Vielen Dank auch an Herrn Yilmaz in der Filiale Göttingen, der sich so viel Zeit für mich genommen hat.

Freundliche Grüße
Irmgard Steffens"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Claudia Rieck <claudia.rieck@segelpost.example>",
         to="hafenmeister@marina-wendtorf.example",
         subject="AW: Stromsäule Steg 3",
         body="""\
Hallo Herr Brodersen,

danke für die schnelle Reaktion – der Elektriker war heute Vormittag da, hat die Säule getauscht und alles durchgemessen. Funktioniert wieder einwandfrei, mein Landstrom läuft. Die Liegeplatzgebühr fürs nächste Jahr überweise ich dann wie immer im Januar.

Schönes Wochenende
Claudia Rieck
SY „Möwe“, Platz 3-12

Am 02.12.2026 um 18:05 schrieb Marina Wendtorf <hafenmeister@marina-wendtorf.example>:
> Sehr geehrte Frau Rieck,
> vielen Dank für den Hinweis. Wir haben die Säule sofort abgeschaltet und
> schicken morgen früh einen Elektriker.
>
>> Am 02.12.2026 um 16:40 schrieb Claudia Rieck:
>> Die Stromsäule an Steg 3 hat mir beim Einstecken einen kräftigen Schlag
>> gegeben, der Arm hat noch eine Stunde lang gekribbelt. Das Gehäuse ist
>> gesprungen und innen ist alles nass. Bitte absperren, da laufen Kinder rum."""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Sven Matthiesen <sven.matthiesen@kontor-mail.example>",
         to="hilfe@flinkmiete.example",
         subject="Handy weg – Mietwagen-App",
         body="""\
Hallo, dringend:

mir wurde vor einer Stunde in der S-Bahn in München das Handy aus der Jackentasche gezogen. Darauf ist Ihre App mit dem digitalen Schlüssel für meinen Mietwagen (Buchung CR-7715-09, VW ID.3, steht im Parkhaus am Ostbahnhof). Die App war eingeloggt, das Handy hat nur eine 4-stellige PIN. Die Kreditkarte ist in der App auch hinterlegt.

Bitte sperren Sie sofort den Schlüssel und mein Konto, damit keiner mit dem Auto wegfährt, und sagen Sie mir, wie ich wieder an das Auto komme. Ich schreibe vom Laptop an der Hotelrezeption.

Sven Matthiesen
Tel. Hotel: 089 23456-0, Zimmer 214"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Jonas Hartwig <j.hartwig@hartwig-lenz.example>",
         to="service@schichtwerk3d.example",
         subject="Upload geht nicht (keine Eile)",
         body="""\
Hallo,

bei eurem Online-Druckservice bricht der Upload von STL-Dateien über ca. 50 MB seit ein paar Tagen bei 99 % ab, Meldung „Upload fehlgeschlagen, bitte erneut versuchen“. Kleinere Dateien gehen durch. Betrifft bei uns drei Modelle für einen Architekturwettbewerb.

Keine Eile: Eure Kollegin Frau Demir hat uns angeboten, die Dateien per Download-Link zu schicken, so machen wir es jetzt, und die Abgabe ist sowieso erst im Februar. Wollte es nur gemeldet haben, damit ihr es auf dem Schirm habt.

Beste Grüße
Jonas Hartwig
Büro Hartwig + Lenz Architekten"""),
]
