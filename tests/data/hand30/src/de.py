# blind31 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Tim Käfer <tim.kaefer@mailbox.example>",
         to="hilfe@streamwelt.example",
         subject="brandnacht staffel 3",
         body="""\
die neue staffel von brandnacht ist der absolute hammer, hab die ganze nacht durchgesuchtet und bin jetzt komplett tot 😅
kommen die deutschen untertitel für folge 4-8 noch? bei mir gibts nur englisch

gruß tim
Von meinem iPhone gesendet"""),

    dict(n=2, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sabine Overbeck <s.overbeck@famoverbeck.example>",
         to="service@scharfundgut.example",
         subject="Wann gibt es wieder die „Notaufnahme“?",
         body="""\
Hallo liebes Team von Scharf & Gut,

letztes Jahr habe ich bei Ihnen drei Flaschen der Chilisauce „Notaufnahme“ (Schärfestufe 9) bestellt, und die war an unserem Silvesterabend der absolute Renner. Mein Schwager hat behauptet, ihm brennt noch zwei Tage später der Mund – eine Flasche wollte er trotzdem mit nach Hause nehmen.

Jetzt steht die Sauce seit Wochen auf „ausverkauft“. Wird sie vor Weihnachten noch einmal nachproduziert? Falls ja, würde ich gerne gleich fünf Flaschen reservieren, gerne zusammen mit dem Geschenkset „Feuerteufel“.

Viele Grüße
Sabine Overbeck"""),

    dict(n=3, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jonas Reinhardt <jonas.reinhardt@agentur-lichtblick.example>",
         to="support@taskhafen.example",
         subject="Feature-Wunsch: Tageszusammenfassung statt Einzelmails",
         body="""\
Hi zusammen,

wir nutzen Taskhafen seit dem Sommer mit elf Leuten und sind grundsätzlich sehr happy damit. Ein Punkt treibt mich aber langsam in den Wahnsinn: Seit wir das große Relaunch-Projekt angelegt haben, explodiert mein Postfach förmlich. Jeder Kommentar, jede Statusänderung, jedes verschobene Kärtchen = eine eigene Mail. Gestern waren es 214 Stück.

Mein Wunsch wäre eine Option „Tägliche Zusammenfassung“, also einmal am Tag eine Mail mit allem, was passiert ist. Für Dringendes reichen mir die Push-Nachrichten in der App völlig.

Gibt es so etwas schon versteckt irgendwo in den Einstellungen, oder steht das auf eurer Roadmap?

Danke und beste Grüße
Jonas Reinhardt
Agentur Lichtblick"""),

    dict(n=4, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Dr. Ingrid Hollmann <ingrid.hollmann@t-net.example>",
         to="kundenservice@nordkarte.example",
         subject="Dank für die schnelle Hilfe – Kreditkarte mit Endziffern 4471",
         body="""\
Sehr geehrte Damen und Herren,

am vergangenen Dienstag wurde meine Kreditkarte (Endziffern 4471) während meines Aufenthalts in Porto vorsorglich gesperrt, nachdem ich zweimal kurz hintereinander an einer Tankstelle bezahlt hatte. Ihr Betrugsschutz hat also genau das getan, wofür er gedacht ist.

Ihre Mitarbeiterin, Frau Demir, hat mich noch am selben Abend zurückgerufen, die Umsätze mit mir durchgesprochen und die Karte sofort wieder freigeschaltet. Seitdem funktioniert alles einwandfrei, auch die Zahlungen im Hotel.

Ich möchte mich auf diesem Wege ausdrücklich für die freundliche und kompetente Betreuung bedanken. Eine Antwort ist nicht erforderlich.

Mit freundlichen Grüßen
Dr. Ingrid Hollmann"""),

    dict(n=5, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Miriam Lorenz <miriam.lorenz@lorenz-familie.example>",
         to="service@funkwelle-mobil.example",
         subject="Frage zum Seniorenhandy mit Notrufknopf (für meinen Vater)",
         body="""\
Guten Tag,

ich schreibe für meinen Vater, Herrn Walter Lorenz (Kundennummer 5520-118-34), der mit E-Mails nicht so viel am Hut hat.

Er ist 84, lebt allein und ist im Herbst zweimal in der Wohnung gestürzt – zum Glück ohne Folgen, aber seitdem machen wir Kinder uns natürlich Gedanken. Wir überlegen deshalb, seinen Vertrag auf das Seniorenhandy „Kompass S2“ umzustellen, das in Ihrem Shop angeboten wird.

Dazu ein paar Fragen, bevor wir bestellen:
– Kann man beim Notrufknopf bis zu drei Nummern hinterlegen, die nacheinander angerufen werden?
– Funktioniert die Sturzerkennung auch, wenn das Handy in der Hosentasche steckt?
– Bleibt seine alte Rufnummer erhalten?

Vielen Dank schon mal und viele Grüße
Miriam Lorenz"""),

    dict(n=6, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kevin Brandt <kevin.brandt@webpost.example>",
         to="kundenservice@skyline-air.example",
         subject="Umbuchung Buchung QX7HT2",
         body="""\
Hallo,

ich muss leider meinen Flug nach Teneriffa umbuchen. Mein Chef hat mir gestern eröffnet, dass ich in der ersten Januarwoche doch zur Inventur antanzen muss – ich könnte ihn umbringen, aber was soll man machen.

Buchung: QX7HT2
Hinflug bisher: 03.01., Düsseldorf – Teneriffa Süd
Rückflug bisher: 10.01.

Am liebsten wäre mir der gleiche Flug eine Woche später, also 10.01. bis 17.01. Was kostet die Umbuchung im Tarif „Classic“, und muss ich den Sitzplatz neu reservieren?

Danke und Gruß
Kevin Brandt"""),

    dict(n=7, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Petra Wendeling <wendeling@heimnetz.example>",
         to="rezeption@seeblick-alpenhotel.example",
         subject="Ein großes Lob – und eine Frage zum Gutschein",
         body="""\
Liebes Team vom Hotel Seeblick,

wir sind seit Sonntag wieder zu Hause und schwärmen immer noch. Die Feuershow am Samstagabend am Seeufer war der Knaller, unser Enkel redet von nichts anderem mehr. Und die Aufgüsse in der Panoramasauna waren mörderisch heiß, genau so, wie wir es mögen – Grüße an Herrn Kowalczyk!

Jetzt unsere Frage: Wir möchten meiner Schwester zum 60. einen Gutschein für zwei Nächte mit Halbpension schenken. Kann man den direkt bei Ihnen bestellen und per Post schicken lassen, und wie lange ist er gültig?

Herzliche Grüße aus Bielefeld
Petra und Klaus Wendeling"""),

    dict(n=8, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Luca Schmitz <xxlucaxx@gamerpost.example>",
         to="support@eisenfront-game.example",
         subject="Feedback Patch 2.3 – Artillerie viel zu stark",
         body="""\
Moin,

kurzes Feedback zu Patch 2.3 von Eisenfront 44: Die Artillerie ist seitdem komplett overpowered. Auf der Karte „Kessel von Orel“ wird man quasi direkt am Spawn weggebombt, gestern bin ich in einer Runde elfmal gestorben, ohne überhaupt einen Schuss abzugeben. Meine halbe Squad hat nach zehn Minuten rage-gequittet.

Vorschläge:
- längere Nachladezeit für die Haubitzen
- Spawn-Schutz von 5 auf 10 Sekunden
- Luftangriffe nur noch, wenn vorher eine Aufklärungsdrohne oben war

Ansonsten feier ich das Spiel echt, die neue Panzerkampagne ist richtig gut gemacht.

LG Luca (ingame: Panzerknacker_07)"""),

    dict(n=9, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Heike Sommerfeld <heike.sommerfeld@sommerfeld-net.example>",
         to="stoerung@glasfaser-west.example",
         subject="AW: Ihre Störungsmeldung S-4471902",
         body="""\
Hallo Herr Albers,

kurze Rückmeldung: Seit Samstagnachmittag läuft alles wieder, der Techniker war da und hat draußen am Verteilerkasten etwas getauscht. Vielen Dank für die schnelle Hilfe!

Eine Frage noch: Den alten Router, den er mir dagelassen hat, brauche ich nicht mehr. Muss ich den zurückschicken, oder kann ich ihn beim Wertstoffhof abgeben?

Viele Grüße
Heike Sommerfeld

Am Do., 3. Dez. 2026 um 08:12 Uhr schrieb Heike Sommerfeld <heike.sommerfeld@sommerfeld-net.example>:
> Guten Morgen,
> seit Dienstagabend ist unser Internet komplett tot. Am Router leuchten alle
> Lämpchen rot, das Telefon geht auch nicht. Ich arbeite im Homeoffice und kann
> seit zwei Tagen nicht arbeiten. Bitte schicken Sie dringend jemanden vorbei!
> Heike Sommerfeld
> Kundennummer 100-884-217"""),

    dict(n=10, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Murat Aydın <murat.aydin@aydin-handel.example>",
         to="hilfe@kaufbasar.example",
         subject="AW: Doppelte Abbuchung Bestellung 88120-551",
         body="""\
Hallo,

super, danke – die Gutschrift über 149,00 € ist heute auf meinem Konto eingegangen. Damit ist die Sache für mich erledigt.

Gibt es bei Ihnen eigentlich eine Möglichkeit, Verkäufer als Favoriten zu speichern? Bei dem Händler würde ich gerne öfter kaufen.

Grüße
Murat Aydın

-----Ursprüngliche Nachricht-----
Von: Murat Aydın <murat.aydin@aydin-handel.example>
Gesendet: Dienstag, 24. November 2026 21:47
An: hilfe@kaufbasar.example
Betreff: Doppelte Abbuchung Bestellung 88120-551

> Hallo, für meine Bestellung 88120-551 (Espressomaschine, 149,00 €) wurde
> mein Konto zweimal belastet, siehe Kontoauszug vom 23.11. Ich habe nur
> einmal bestellt. Bitte erstatten Sie mir den doppelt abgebuchten Betrag umgehend.
> Murat Aydın"""),

    dict(n=11, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Annegret Voss <annegret.voss@vossnet.example>",
         to="service@solida-versicherung.example",
         subject="Frage zur Hausratversicherung – Fahrraddiebstahl mitversichert?",
         body="""\
Guten Tag,

bei uns im Haus war letzte Woche ziemlich was los: Bei den Nachbarn im Erdgeschoss wurde eingebrochen, während sie im Urlaub waren. Die Täter haben die Kellertür aufgehebelt und zwei teure E-Bikes gestohlen, die Polizei war zwei Stunden im Haus. Uns selbst ist zum Glück nichts passiert.

Das hat mich aber ins Grübeln gebracht. Ich habe bei Ihnen seit 2019 eine Hausratversicherung (Vertragsnummer HR-2281904). Ist darin der Diebstahl von Fahrrädern aus einem abgeschlossenen Gemeinschaftskeller eigentlich abgedeckt? Und falls nicht: Was würde ein entsprechender Zusatzbaustein für ein Rad im Wert von ca. 3.000 € kosten?

Über eine kurze Antwort würde ich mich freuen.

Freundliche Grüße
Annegret Voss"""),

    dict(n=12, signals="-", priority="low", trap="hr", qt=0, reply=0,
         frm="Dennis Krüger <dennis.krueger@kruegermail.example>",
         to="kundenservice@autohaus-brenner.example",
         subject="Bewerbung als Kfz-Mechatroniker (falls falsche Adresse, bitte weiterleiten)",
         body="""\
Sehr geehrte Damen und Herren,

auf Ihrer Webseite habe ich leider keine Adresse für Bewerbungen gefunden, deshalb versuche ich es hier – vielleicht können Sie meine Nachricht an die Personalabteilung weiterleiten.

Ich bin 27, gelernter Kfz-Mechatroniker und arbeite seit sechs Jahren in einer freien Werkstatt in Lünen. Dort habe ich vor allem Unfallinstandsetzung gemacht, also Karosserieschäden nach Crashs, Airbag-Tausch und Achsvermessung. Ich brenne für Autos, schraube privat an einem alten Golf II und würde mich gerne in einem Markenautohaus weiterentwickeln, am liebsten mit Schwerpunkt E-Fahrzeuge und Hochvolttechnik.

Lebenslauf und Zeugnisse schicke ich gerne nach, wenn Sie mir sagen, an wen.

Mit freundlichen Grüßen
Dennis Krüger
Tel. 0176 55 120 984"""),

    dict(n=13, signals="-", priority="low", trap="minor", qt=0, reply=0,
         frm="Oksana Melnyk <oksana.melnyk@post-ua.example>",
         to="support@lieferfix.example",
         subject="Bestellung 40-77312 sehr spät",
         body="""\
Hallo,

gestern Abend ich habe bei euch Pizza und Salat bestellt (Bestellung 40-77312), App hat gesagt Lieferung in 35 min. Gekommen ist nach 1 Stunde 20 min. Wir sind fast gestorben vor Hunger, meine Kinder haben schon geweint :(

Pizza war natürlich kalt, aber Fahrer war sehr nett und hat sich entschuldigt, er kann nichts dafür. Ich will kein Geld zurück, nur sagen: bitte nicht 35 min schreiben wenn es 80 min ist. Dann ich koche lieber selbst.

Danke
Oksana Melnyk"""),

    dict(n=14, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Wolkenfach Sicherheitsteam <newsletter@wolkenfach.example>",
         to="support@druckerei-hain.example",
         subject="Sicherheits-Update Dezember: Phishing-Welle, gehackte Konten und wie Sie sich schützen",
         body="""\
Hallo,

hier ist Ihr Sicherheits-Update für Dezember vom Wolkenfach-Team.

Die Themen dieses Monats:
• Phishing-Welle zum Jahresende: Gefälschte Paketbenachrichtigungen und „Ihr Konto wird gesperrt“-Mails sind gerade überall unterwegs. An fünf echten Beispielen zeigen wir, woran Sie sie erkennen.
• Gehackte Konten vermeiden: Warum ein Passwort-Manager mehr bringt als ein „sicheres“ Passwort auf dem Post-it – mit einem Vergleich von drei kostenlosen Programmen.
• Ransomware im Mittelstand: Ein Steuerbüro aus Kassel erzählt, wie es nach einem Angriff dank Versionsverlauf innerhalb eines Tages wieder arbeitsfähig war.
• Neu: Zwei-Faktor-Anmeldung per Hardware-Schlüssel jetzt in allen Tarifen.

Alle Artikel finden Sie in unserem Blog unter wolkenfach.example/sicherheit.

Bleiben Sie sicher!
Ihr Wolkenfach-Team

Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden: wolkenfach.example/abmelden"""),

    dict(n=15, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Gerhard Pfeiffer <g.pfeiffer@pfeiffer-home.example>",
         to="kundendienst@weisstal-hausgeraete.example",
         subject="Trockner WT 8200 – kleine Rückfrage",
         body="""\
Sehr geehrte Damen und Herren,

entschuldigen Sie die Störung. Unser Wärmepumpentrockner WT 8200 (gekauft im März, Seriennummer 82K-0091173) hat heute Vormittag mitten im Programm angefangen zu qualmen. Aus der Rückseite kam grauer Rauch, es roch stark nach verbranntem Kunststoff, und dann ist bei uns die Sicherung rausgeflogen.

Meine Frau hat zum Glück sofort den Stecker gezogen und das Fenster aufgemacht. Hinten am Anschlusskabel ist die Isolierung jetzt schwarz und teilweise geschmolzen, die Wand dahinter ist verrußt.

Wir benutzen das Gerät selbstverständlich nicht mehr. Könnten Sie uns sagen, wie es jetzt weitergeht? Wir wohnen in einem Mehrfamilienhaus und möchten ungern, dass so etwas noch einmal passiert.

Mit freundlichen Grüßen
Gerhard Pfeiffer
Lindenstraße 14, 34117 Kassel"""),

    dict(n=16, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Lena Hartwig <t.berger78@funkpost.example>",
         to="support@postwerk-mail.example",
         subject="Mein Postfach wurde gehackt – komme nicht mehr rein!!",
         body="""\
Hallo,

ich schreibe von der Adresse meines Freundes, weil ich in mein eigenes Postfach (lena.hartwig@postwerk-mail.example) nicht mehr reinkomme.

Heute Morgen um 6:40 kam eine SMS, dass mein Passwort geändert wurde – das war nicht ich. Beim Login steht jetzt nur noch „Passwort falsch“, und die Wiederherstellung schickt den Code an eine Handynummer, die nicht meine ist. Außerdem hat meine Mutter angerufen, weil sie von meiner Adresse eine Mail bekommen hat, ich bräuchte dringend 800 € in Gutscheinkarten.

In dem Postfach sind meine ganzen Bankunterlagen, Verträge und Ausweiskopien. Bitte sperren Sie das Konto sofort und helfen Sie mir, es zurückzubekommen!

Lena Hartwig
Tel. 0151 2280 4417"""),

    dict(n=17, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Christoph Albrecht <c.albrecht@albrecht-ffm.example>",
         to="support@vitapuls-app.example",
         subject="Rückmeldung zur neuen App-Version",
         body="""\
Hallo VitaPuls-Team,

vorweg: Ich nutze Ihre App seit gut zwei Jahren für meine Blutdruckwerte und Medikamente und bin eigentlich sehr zufrieden. Die neue Erinnerungsfunktion für Tabletten finde ich klasse.

Das Design nach dem Update vom Wochenende ist gewöhnungsbedürftig, die Schrift ist mir etwas zu klein, aber das ist Geschmackssache. Die Synchronisierung mit meiner Waage läuft übrigens wieder, das hatte ich vor ein paar Wochen gemeldet.

Was mich aber wirklich beunruhigt: Seit dem Update sehe ich unter „Dokumente“ nicht mehr meine eigenen Unterlagen, sondern Laborbefunde und einen Arztbrief einer Frau aus Leipzig – mit vollem Namen, Geburtsdatum, Versichertennummer und Diagnosen. Meine eigenen Befunde sind dort verschwunden. Ich fürchte, dass dann umgekehrt jemand anderes meine Daten sehen kann.

Ich habe nichts davon heruntergeladen, nur kurz geöffnet, um zu verstehen, was das ist. Bitte kümmern Sie sich dringend darum.

Viele Grüße
Christoph Albrecht"""),

    dict(n=18, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Sandra Kühn <s.kuehn@baeckerei-kuehn.example>",
         to="support@bilanzwerk.example",
         subject="DRINGEND: Lohnlauf stürzt ab – Fehler 0x80042",
         body="""\
Hallo Support,

seit heute früh stürzt Bilanzwerk bei jedem Versuch, den Lohnlauf für Dezember zu starten, sofort ab. Neu anmelden, anderer Rechner, anderer Browser – alles schon probiert. Die Fehlermeldung:

---
Bilanzwerk Cloud – Unerwarteter Fehler
Modul: Lohn & Gehalt / Lohnlauf starten
Code: 0x80042 (SessionTerminated)
Zeitpunkt: 10.12.2026 07:54:13
Die Anwendung wird beendet. Nicht gespeicherte Änderungen gehen verloren.
---

Wir sind eine Bäckerei mit 38 Angestellten, und die Gehälter müssen bis heute 14 Uhr an die Bank übermittelt werden, sonst kommt das Geld vor Weihnachten nicht mehr an. Finanzbuchhaltung und die anderen Module laufen, nur die Lohnabrechnung nicht.

Bitte rufen Sie mich so schnell wie möglich zurück: 0561 449 2210.

Sandra Kühn
Bäckerei Kühn GmbH, Personal & Buchhaltung"""),

    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Fabian Wolters <fabian.wolters@wolters-online.example>",
         to="app-support@schienenexpress.example",
         subject="App stürzt ab, Ticket nicht abrufbar!!!",
         body="""\
Das ist jetzt echt nicht euer Ernst.

Ich sitze im Zug nach Hamburg, der Zugbegleiter steht neben mir, und eure App stürzt bei jedem Öffnen sofort ab. Weißer Bildschirm, zwei Sekunden, weg. Neu installiert, Handy neu gestartet, nix. Mein Ticket (Auftragsnummer 7Q4-22M9-K1) ist nur in der App hinterlegt – ausdrucken ging ja nicht, weil ihr das Handyticket als „bequemer“ verkauft.

Der Zugbegleiter war kulant, aber ich muss Sonntag zurück und hab keine Lust, wieder so dazustehen. Wann geht die App wieder? Und wie komme ich bis dahin an mein Ticket?

Fabian Wolters"""),

    dict(n=20, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nadine Esser <nadine.esser@esser-immobilien.example>",
         to="support@kundenkompass-crm.example",
         subject="Export und Serienmails hängen seit dem Update",
         body="""\
Hallo Kundenkompass-Support,

seit dem Update am Dienstag haben wir im CRM ein paar Baustellen. Das Tagesgeschäft läuft, aber:

- Der Excel-Export von Kontaktlisten bricht ab ca. 500 Einträgen mit „Zeitüberschreitung“ ab.
- Serienmails bleiben im Status „In Warteschlange“ hängen, einzelne Mails gehen raus.
- Die Suche ist spürbar langsamer (5–10 Sekunden statt sofort).

Im Moment exportieren wir häppchenweise in kleinen Listen, das geht, ist aber mühsam. Wir sind sechs Makler im Büro und brauchen die Serienmails spätestens nächste Woche für unsere Objektankündigungen.

Könnt ihr euch das bitte anschauen?

Danke und viele Grüße
Nadine Esser
Esser Immobilien, Büroleitung"""),

    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bernd Haller <bernd.haller@haller-mail.example>",
         to="kundenservice@frischkiste.example",
         subject="Erstattung für fehlende Artikel nicht erhalten",
         body="""\
Guten Tag,

in meiner Lieferung vom 28.11. (Bestellnummer FK-3390215) fehlten vier Artikel: zwei Packungen Butter, ein Kasten Mineralwasser und der Weihnachtsstollen. Ihr Fahrer hat das auf dem Lieferschein vermerkt, und in der App stand danach „Erstattung wird veranlasst: 23,47 €“.

Das ist jetzt über eine Woche her, und auf meiner Kreditkarte ist bis heute nichts gutgeschrieben worden. Abgebucht wurde dagegen der volle Betrag von 112,80 €.

Bitte prüfen Sie das und erstatten Sie mir die 23,47 €.

Freundliche Grüße
Bernd Haller"""),

    dict(n=22, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Tobias Engel <tobias.engel@engel-post.example>",
         to="hilfe@zahlfix.example",
         subject="Konto eingeschränkt – Miete hängt fest",
         body="""\
Hallo ZahlFix,

seit gestern steht in meiner App oben rot „Ihr Konto ist vorübergehend eingeschränkt“. Ich kann keine Zahlungen mehr senden und mein Guthaben von 1.240 € auch nicht aufs Girokonto auszahlen. Eine Begründung wird mir nirgends angezeigt, und der Chat sagt nur, ich soll warten.

Das Problem: Davon muss meine Dezembermiete bezahlt werden, die seit gestern fällig ist, und mein Vermieter ist da nicht besonders geduldig. Die angeforderten Dokumente (Ausweis, Meldebescheinigung) habe ich vorgestern schon hochgeladen.

Bitte schaltet das Konto frei oder sagt mir wenigstens, was noch fehlt.

Tobias Engel
ZahlFix-ID: tengel_1993"""),

    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Hildegard Baumann <h.baumann@baumann-kh.example>",
         to="kundenservice@rheintal-sparbank.example",
         subject="Online-Banking gesperrt",
         body="""\
Sehr geehrte Damen und Herren,

seit Montag ist mein Zugang zum Online-Banking gesperrt. Ich habe mich nach dem Wechsel auf das neue Handy wohl dreimal bei der PIN vertippt, jetzt erscheint nur noch die Meldung „Zugang gesperrt – bitte wenden Sie sich an Ihre Filiale“.

Meine Filiale in Bad Kreuznach ist seit der Zusammenlegung nur noch dienstags geöffnet, und ich bin gehbehindert. Ich komme also weder an meine Kontoauszüge noch kann ich Überweisungen tätigen. Die Telefonhotline war zweimal über eine halbe Stunde besetzt.

Können Sie mir bitte eine neue PIN per Post zuschicken oder den Zugang auf anderem Weg freischalten?

Mit freundlichen Grüßen
Hildegard Baumann
Konto endet auf 0374"""),

    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Marcel Yilmaz <marcel.yilmaz@yilmaz-home.example>",
         to="kundenportal@lumenstrom.example",
         subject="E-Mail-Adresse im Kundenportal ändern",
         body="""\
Hallo,

kurze Frage: Wie ändere ich im Kundenportal meine hinterlegte E-Mail-Adresse? Die alte (marcel.y@altmail.example) gibt es bald nicht mehr, und unter „Meine Daten“ kann ich nur Telefonnummer und Bankverbindung bearbeiten.

Muss ich danach auch mein Passwort neu setzen?

Danke!
Marcel Yilmaz
Kundennummer 7004418823"""),
]
