# blind39 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katharina Vogt <katha.vogt@webpost.example>",
         to="service@lichtundzuhause.example",
         subject="LED-Kerzen Art. 44710 – Batteriefach der Fernbedienung",
         body="""\
Hallo,

ich weiß nicht genau, ob ich hier richtig bin, aber ich möchte es trotzdem melden.

Wir haben bei Ihnen im Oktober das 6er-Set LED-Kerzen mit Fernbedienung gekauft (Bestellung LZ-3308152). Am Sonntagabend hat unser Sohn (2) die Fernbedienung vom Sofa genommen, und das Batteriefach ist einfach aufgegangen – man muss da nur mit dem Daumen draufdrücken. Er hat die Knopfzelle in den Mund gesteckt und verschluckt, bevor ich bei ihm war.

Wir sind sofort los in die Kinderklinik. Auf dem Röntgenbild steckte die Batterie in der Speiseröhre, sie wurde noch in der Nacht unter Narkose rausgeholt. Er hat dort eine kleine Verätzung, die Ärzte sagen, das heilt, aber er muss noch ein paar Tage bleiben.

Ich habe mir die anderen Fernbedienungen angeschaut, bei zwei von fünf geht das Fach genauso leicht auf. Vielleicht sollte sich das mal jemand ansehen.

Viele Grüße
Katharina Vogt

Von meinem iPhone gesendet"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Herbert Janßen <h.janssen@t-post.example>",
         to="service@wohnbau-nordstadt.example",
         subject="Wasser aus der Deckenlampe im Bad – Lindenstr. 14, 3. OG links",
         body="""\
Sehr geehrte Damen und Herren,

seit heute früh tropft bei uns im Badezimmer Wasser aus der Deckenlampe und läuft an der Wand herunter, genau über die Steckdose neben dem Spiegel. Von oben ist wohl wieder etwas undicht, beim Nachbarn über uns macht keiner auf.

Meine Frau wollte vorhin das Licht ausmachen und hat am Schalter einen ordentlichen Schlag bekommen, der Arm hat danach noch eine ganze Weile gekribbelt. Es geht ihr so weit gut. Ich habe die Sicherung fürs Bad rausgedreht, jetzt ist allerdings auch der Flur dunkel.

Können Sie bitte heute noch einen Elektriker und jemanden wegen des Wassers vorbeischicken? Wir sind den ganzen Tag zu Hause.

Mit freundlichen Grüßen
Herbert Janßen
Lindenstraße 14, 3. OG links
Tel. 0421 5558 2217"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Melanie Schröder <melanie.schroeder@familienpost.example>",
         to="kundenservice@dosivita-medical.example",
         subject="Pumpe hat Bolus doppelt abgegeben – Seriennr. DV7-118204",
         body="""\
Guten Tag,

unsere Tochter Lena (9) trägt seit dem Frühjahr Ihre Insulinpumpe DV7. Gestern Abend habe ich um 18:30 Uhr wie immer den Essensbolus über 3,2 Einheiten gestartet. Die Pumpe hat gepiept, kurz „Verbindung unterbrochen“ angezeigt und den Bolus danach offenbar ein zweites Mal abgegeben – im Verlauf stehen zwei Einträge mit 3,2 E im Abstand von einer Minute.

Gegen 21 Uhr war Lena kaum noch wach zu kriegen, der Zucker lag bei 41. Wir haben ihr Glukagon gegeben und den ärztlichen Bereitschaftsdienst angerufen, inzwischen ist sie wieder stabil. Heute spritzen wir vorsichtshalber wieder mit dem Pen.

Die Pumpe ist abgeschaltet und liegt bei uns. Was sollen wir damit machen, und bekommen wir bis zur Klärung ein Ersatzgerät? Den Verlauf kann ich Ihnen gern als Foto schicken.

Mit freundlichen Grüßen
Melanie Schröder"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="data", qt=0, reply=0,
         frm="Florian Meißner <f.meissner@mailfach.example>",
         to="service@karteplus.example",
         subject="Zahlungen, die nicht von mir sind – Karte endet auf 7730",
         body="""\
Hallo,

in meiner App sehe ich seit heute Nacht vier Zahlungen, die ich nicht gemacht habe:

03:12 Uhr – TechStore Online NL – 389,00 €
03:14 Uhr – TechStore Online NL – 389,00 €
03:20 Uhr – GiftCardWorld – 150,00 €
03:21 Uhr – GiftCardWorld – 150,00 €

Ich habe um die Zeit geschlafen, die Karte liegt hier vor mir im Portemonnaie. Ich habe sie in der App gerade vorläufig gesperrt. Bitte holen Sie das Geld zurück bzw. sagen Sie mir, was ich dafür ausfüllen muss. Das Konto ist dadurch ziemlich leer, und am Monatsanfang geht die Miete runter.

Florian Meißner
Karte endet auf 7730
Tel. 0176 5550 3391"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jürgen Albers <j.albers@baeckerei-albers.example>",
         to="support@backplan-software.example",
         subject="Filialbestellungen kommen nicht an – Produktion ab 1 Uhr",
         body="""\
Guten Abend,

seit ca. 17:30 Uhr kommen aus unseren Filialen keine Bestellungen für morgen mehr bei uns in der Backstube an. Die Filialen tippen ihre Mengen wie immer ins Tablet, bekommen „Übertragung fehlgeschlagen (Code 17)“, und in der Produktionsübersicht steht bei 19 von 23 Filialen „keine Bestellung“.

Um 1 Uhr fängt die Nachtschicht an, 11 Leute, und wir brauchen die Mengen bis spätestens 23 Uhr, damit die Teigmacher loslegen können. Ohne die Bestellungen backen wir morgen für 19 Filialen ins Blaue, die Fahrer fahren um 4:30 Uhr los.

Bitte rufen Sie mich heute Abend noch an, egal wie spät: 0171 5558 902.

Jürgen Albers
Produktionsleitung
Bäckerei Albers GmbH & Co. KG
Mühlenweg 7, 49074 Osnabrück
Sitz: Osnabrück · Amtsgericht Osnabrück HRA 000000 · Geschäftsführer: Heinrich Albers"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sabine Köhler <s.koehler@pflegedienst-sonnenhof.example>",
         to="support@tourcare.example",
         subject="Touren auf den Diensthandys leer – 34 Pflegekräfte unterwegs",
         body="""\
Hallo,

seit dem Update heute Nacht sehen unsere Pflegekräfte in der TourCare-App keine Touren mehr. Die App startet, die Anmeldung klappt, aber unter „Heute“ steht nur „Keine Einsätze geplant“. Im Büro am PC sind die Touren alle da.

Wir haben heute 34 Kolleginnen und Kollegen im Frühdienst und gut 400 Einsätze bei unseren Patienten, viele davon Insulingabe, Medikamente und Lagerung bei Bettlägerigen. Die Frühschicht hat um 6 Uhr angefangen, wir drucken die Touren gerade aus und fahren sie den Leuten hinterher. Leistungsnachweise und Doku können wir so aber nicht erfassen, und bei einigen Klienten stehen die Schlüsselinfos nur in der App.

Bitte melden Sie sich dringend: 0351 555 4470 (Pflegedienstleitung).

Sabine Köhler
Pflegedienstleitung
Ambulanter Pflegedienst Sonnenhof GmbH"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Aylin Demir <aylin.demir@heimnetz.example>",
         to="kundenservice@fernnetz.example",
         subject="Seit Freitag kein Internet und kein Telefon – Kundennr. 7004418823",
         body="""\
Hallo,

seit Freitagabend habe ich zu Hause weder Internet noch Festnetz. Am Router leuchtet die DSL-Lampe rot, Neustart, Kabel raus und wieder rein, alles schon gemacht. Die Hotline hat mir am Samstag eine Störungsnummer gegeben (ST-55102) und gesagt, bis Montag sei das behoben – heute ist Mittwoch.

Ich arbeite als freiberufliche Übersetzerin von zu Hause aus und sitze jetzt mit dem Laptop im Café oder hänge am Handy-Hotspot, und das Datenvolumen ist fast weg. So kann ich nicht arbeiten.

Bitte schicken Sie endlich einen Techniker. Ich bin jeden Tag zu Hause.

Aylin Demir
Kundennummer 7004418823"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Thomas Berger <thomas.berger@hausmail.example>",
         to="support@voltnest.example",
         subject="App: Ladezeitplan startet nicht mehr",
         body="""\
Hallo zusammen,

kurze Meldung zu meiner VoltNest Home (Seriennummer VN-H22-08817): Seit dem App-Update auf 4.2 startet der Ladezeitplan nicht mehr. Eingestellt ist Laden von 0 bis 5 Uhr (Nachtstrom), morgens steht das Auto aber noch auf dem Stand vom Vorabend.

Laden mit der RFID-Karte oder über „Jetzt laden“ in der App klappt problemlos. Ich stehe jetzt halt nachts um zwölf noch mal auf oder lade tagsüber zum teureren Tarif – auf Dauer nervt das.

Wäre schön, wenn Sie sich das anschauen.

Gruß
Thomas Berger"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Petra Lindner <petra.lindner@mailzentrale.example>",
         to="mitgliederservice@fitwerk.example",
         subject="Frage zur Abbuchung „Servicepauschale“",
         body="""\
Hallo liebes FitWerk-Team,

auf meinem Kontoauszug ist diesen Monat neben dem normalen Beitrag (29,90 €) noch eine Abbuchung über 19,90 € mit dem Text „Servicepauschale H2“ aufgetaucht. Ist das die halbjährliche Pauschale, die im Vertrag steht? Ich bin seit April Mitglied und hatte die erste irgendwie gar nicht auf dem Schirm.

Nur damit ich Bescheid weiß – danke!

Viele Grüße
Petra Lindner
Mitgliedsnr. 20-44817"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marek Nowak <marek.nowak@brieftaube.example>",
         to="service@modelinie.example",
         subject="Rückerstattung fehlt noch – Bestellung ML-2290417",
         body="""\
Guten Tag,

ich habe am 12.11. zwei Jeans und eine Jacke zurückgeschickt von Bestellung ML-2290417, zusammen 164,85 €. Laut Sendungsverfolgung ist Paket bei Ihnen angekommen am 16.11., und ich habe auch E-Mail bekommen „Retoure erhalten“. Aber bis heute ist kein Geld zurück auf meine Kreditkarte.

In Ihre FAQ steht, Erstattung dauert 5–7 Werktage, jetzt sind es fast 3 Wochen. Können Sie bitte schauen, was ist passiert?

Mit freundlichen Grüßen
Marek Nowak"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Svenja Krüger <svenja@cafe-kornblume.example>",
         to="haendler@paywave-kasse.example",
         subject="Auszahlungen seit 9 Tagen zurückgehalten – Löhne am Freitag",
         body="""\
Hallo,

seit dem 28. November sind keine Auszahlungen mehr auf unserem Geschäftskonto angekommen. Im Händlerportal steht bei allen Umsätzen „Auszahlung in Prüfung“, insgesamt 8.412,60 €. Die Kartenzahlung im Café selbst läuft ganz normal, das Geld kommt nur nicht bei uns an.

Ich habe am Montag angerufen, da hieß es, das sei eine Routineprüfung und ich bekomme eine E-Mail – bisher nichts. Am Freitag muss ich meinen fünf Angestellten die Löhne überweisen, und der Großhändler bucht am selben Tag ab. Ohne das Geld rutscht das Konto ins Minus.

Welche Unterlagen brauchen Sie, damit das freigegeben wird? Ich schicke alles sofort.

Svenja Krüger
Café Kornblume, Inh. Svenja Krüger
Händler-ID PW-300-77215"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wolfgang Reuter <w.reuter@online-brief.example>",
         to="kundenportal@stadtwerke-elbtal.example",
         subject="Zweiter Zugang zum Kundenportal für meine Frau",
         body="""\
Sehr geehrte Damen und Herren,

ich habe für unseren Strom- und Gasvertrag ein Konto in Ihrem Kundenportal. Meine Frau möchte die Abschläge und Rechnungen künftig auch selbst einsehen können. Kann man für dasselbe Kundenkonto einen zweiten Zugang anlegen, oder muss sie sich mit meinen Daten anmelden? Und wie ändere ich die hinterlegte E-Mail-Adresse, falls wir auf eine gemeinsame umstellen?

Vertragskonto: 3100 4472 18

Mit freundlichen Grüßen
Wolfgang Reuter"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Lea Hoffmann <lea.hoffmann@studimail.example>",
         to="support@stadtflitzer.example",
         subject="AW: [Ticket #CS-71550] Konto gesperrt – Verifizierung",
         body="""\
Hallo Herr Yilmaz,

danke für die Rückmeldung, meine Antworten stehen unten.

> Wann haben Sie den Führerschein zuletzt hochgeladen?
Am 30.11. und noch mal am 3.12., beide Male Vorder- und Rückseite, gut lesbar.

> Welche Meldung sehen Sie in der App?
„Dein Konto ist vorübergehend gesperrt. Verifizierung ausstehend.“ Buchen kann ich dadurch gar nichts.

> Wie dringend ist die Sache für Sie?
Geht so – im Moment komme ich mit Rad und Bahn zurecht, aber am 19. will ich zu meinen Eltern und bräuchte dafür ein Auto. Wäre also schön, wenn das bis nächste Woche klappt.

Viele Grüße
Lea Hoffmann"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Dirk Wendland <d.wendland@autohaus-wendland.example>",
         to="haendlersupport@teilenet.example",
         subject="Kein Zugang zum Teileportal – Bestellschluss 15 Uhr",
         body="""\
Hallo,

ich komme seit heute Morgen nicht mehr ins TeileNet. Nach dem erzwungenen Passwortwechsel gestern Abend kommt bei jedem Anmeldeversuch „Benutzer gesperrt – wenden Sie sich an Ihren Administrator“. Der Administrator bei uns bin ich selbst, Benutzer DWEND01. Die Funktion „Passwort vergessen“ schickt keinen Link.

Ich bin der Einzige hier mit Bestellberechtigung. Bis 15 Uhr muss die Bestellung raus, sonst sind die Teile nicht morgen früh da, und wir haben sechs Kundenfahrzeuge auf der Bühne bzw. auf dem Hof, die auf Bremsen, einen Zahnriemen und eine Kupplung warten.

Bitte schalten Sie mich frei oder rufen Sie mich an: 05121 555 380.

Mit freundlichen Grüßen

Dirk Wendland
Kfz-Meister / Inhaber
Autohaus Wendland e.K.
Hildesheimer Str. 112, 31137 Hildesheim
Amtsgericht Hildesheim HRA 000000 · USt-IdNr. DE000000000

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(n=15, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Gisela Brandt <gisela.brandt@seniorenpost.example>",
         to="hilfe@flimmerkiste-tv.example",
         subject="WG: Ihr Konto wurde gesperrt",
         body="""\
Guten Tag,

diese E-Mail kam heute früh bei mir an. Mein Enkel sagt, das ist Phishing und ich soll da bloß nichts anklicken, habe ich auch nicht. Ich wollte sie Ihnen aber weiterleiten, damit Sie wissen, dass jemand in Ihrem Namen solche Mails verschickt. Mein Abo läuft doch ganz normal weiter, oder?

Freundliche Grüße
Gisela Brandt

-------- Weitergeleitete Nachricht --------
Betreff: Ihr Konto wurde gesperrt
Von: Flimmerkiste Kundenservice <no-reply@flimmerkiste-konto-hilfe.example>
Datum: 06.12.2026, 07:41

Sehr geehrte/r Kunde/in,

aufgrund einer fehlgeschlagenen Zahlung wurde Ihr Konto vorübergehend gesperrt. Um Ihre Mitgliedschaft fortzusetzen, aktualisieren Sie bitte innerhalb von 24 Stunden Ihre Zahlungsdaten:

[ Jetzt Konto entsperren ]

Andernfalls wird Ihr Konto endgültig gelöscht.

Ihr Flimmerkiste-Team"""),

    dict(n=16, signals="-", priority="low", trap="care-org", qt=0, reply=0,
         frm="Birgit Oltmanns <birgit.oltmanns@klinikum-weserland.example>",
         to="bestellung@textilservice-nord.example",
         subject="Intensivstation 2B – Liefertermin Bereichskleidung und Rechnungskopie",
         body="""\
Guten Tag Herr Petersen,

zwei Anliegen von der Intensivstation 2B:

1. Die neue Bereichskleidung (40 Kasacks, 40 Hosen, Bestellung TN-88214) – können Sie uns schon einen Liefertermin nennen? Bitte nicht am Eingang der Notaufnahme abladen, dort müssen die Rettungswagen frei durchkommen, sondern an der Warenannahme im Untergeschoss, Haus C.

2. Für die Lieferung vom Oktober bräuchten wir noch eine Rechnungskopie mit unserer Kostenstelle 4711-ITS, die Buchhaltung konnte das Original nicht zuordnen.

Entschuldigen Sie die späte Rückmeldung, wir hatten eine sehr volle Woche mit vielen Notfällen und zwei Reanimationen.

Mit freundlichen Grüßen
Birgit Oltmanns
Stationssekretariat Intensivstation 2B
Klinikum Weserland"""),

    dict(n=17, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Jonas Feldmann <jonas.feldmann@postkasten.example>",
         to="info@tanzschule-rhythmus.example",
         subject="Kurs pausieren – Fahrradunfall",
         body="""\
Hallo Frau Brückner,

leider muss ich mich für die nächsten Wochen aus dem Fortgeschrittenenkurs (dienstags, 19:30 Uhr) abmelden: Ich bin letzte Woche mit dem Rad auf nassem Laub weggerutscht und habe mir das Schlüsselbein gebrochen. Ich lag ein paar Tage im Krankenhaus, bin jetzt wieder zu Hause, darf den Arm aber sechs Wochen nicht belasten.

Kann ich den Kurs bis Ende Januar pausieren und dann wieder einsteigen? Meine Tanzpartnerin Mira würde solange gern in der Gruppe bleiben, falls Sie jemanden für sie haben.

Viele Grüße und hoffentlich bis bald
Jonas Feldmann"""),

    dict(n=18, signals="-", priority="low", trap="solved", qt=0, reply=0,
         frm="Renate Scholz <renate.scholz@kabelpost.example>",
         to="reservierung@hotel-seeblick-ploen.example",
         subject="Doppelte Abbuchung der Anzahlung – hat sich erledigt, danke!",
         body="""\
Liebe Frau Hansen,

nur kurz zur Info: Die doppelt abgebuchte Anzahlung (2 x 180 €) für unser Wochenende vom 18. bis 20. Dezember ist heute wieder auf unserem Konto gutgeschrieben worden. Danke, dass Sie sich am Telefon so schnell darum gekümmert haben – ich war erst ziemlich erschrocken, als ich das auf dem Kontoauszug gesehen habe.

Wir freuen uns sehr auf das Wochenende bei Ihnen!

Herzliche Grüße
Renate und Klaus Scholz
Buchungsnummer SB-12-4471"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Matthias Engel <m.engel@ingenieurbuero-engel.example>",
         to="vertrieb@datenhafen.example",
         subject="Ein paar Fragen vor der Vertragsverlängerung",
         body="""\
Guten Tag,

unser Vertrag für DatenHafen Business (5 Nutzer) läuft Ende Januar aus, und bevor ich verlängere, hätte ich ein paar Fragen:

1. Was passiert mit unseren Daten, wenn es in Ihrem Rechenzentrum brennt oder es einen längeren Stromausfall gibt? Liegt eine Kopie an einem zweiten Standort?
2. Falls Sie gehackt werden und Kundendaten abfließen – wie und wie schnell werden wir informiert?
3. Ich bin alleiniger Inhaber. Wenn mir etwas zustößt oder ich sterbe, wie kommt meine Frau an die Daten?
4. Gibt es einen Notfallzugang, falls ich mal mein Passwort und gleichzeitig das Handy mit dem zweiten Faktor verliere?

Danke vorab und freundliche Grüße
Matthias Engel
Ingenieurbüro Engel"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Frank Ostermann <f.ostermann@brandschutz-ostermann.example>",
         to="info@druckerei-weiss.example",
         subject="Brandschutz in Ihrer Druckerei – sind Ihre Feuerlöscher geprüft?",
         body="""\
Sehr geehrte Damen und Herren,

wussten Sie, dass bei einem Brand im Betrieb oft nur wenige Minuten bleiben, bevor der Rauch die Fluchtwege unpassierbar macht? Gerade in Druckereien mit Lösungsmitteln und Papierlagern kann ein kleiner Schwelbrand schnell existenzbedrohend werden.

Als zertifizierter Brandschutz-Fachbetrieb übernehmen wir für Sie:
– die vorgeschriebene Prüfung Ihrer Feuerlöscher (alle 2 Jahre),
– die Ausbildung von Brandschutzhelfern (halbtags, bei Ihnen vor Ort),
– Flucht- und Rettungspläne sowie die Wartung Ihrer Rauchmelder.

Für Neukunden bieten wir bis 31.01. die Löscherprüfung zum Festpreis von 6,50 € pro Gerät an. Darf ich Sie nächste Woche kurz anrufen?

Mit freundlichen Grüßen
Frank Ostermann
Brandschutz Ostermann GmbH
Tel. 0231 555 6120
Wenn Sie keine weiteren Informationen wünschen, antworten Sie einfach mit „Abmelden“."""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nico Hartmann <nico.h@radpost.example>",
         to="feedback@pedalroute.example",
         subject="Neues Design – bitte nicht!",
         body="""\
Moin PedalRoute-Team,

ich nutze eure App seit Jahren für jede Tour und bin echt Fan, aber das neue Update ist für mich eine Katastrophe:

- Die neuen Icons sind ein Verbrechen. Ich kann Trinkwasser und Werkstatt nicht mehr auseinanderhalten.
- Der Dark Mode ist weg?! Nachts am Lenker blendet das Ding wie ein Flutlicht, das bringt mich um.
- Das Höhenprofil ist jetzt hinter drei Klicks versteckt – warum?

Die Navigation selbst ist top wie immer, Routen und Offline-Karten laufen einwandfrei. Aber bitte, bitte gebt mir den Dark Mode zurück, sonst dreh ich durch.

Grüße vom Sattel
Nico"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ursula Kamp <ursula.kamp@gartenfreunde-mail.example>",
         to="kundenservice@gruener-daumen-shop.example",
         subject="AW: Fremde Bestellungen in meinem Kundenkonto",
         body="""\
Vielen Dank für die schnelle Hilfe! Ich habe mich eben neu angemeldet und sehe jetzt nur noch meine eigenen Bestellungen. Alles bestens.

Schönes Wochenende
Ursula Kamp

Am Fr., 4. Dez. 2026 um 11:20 schrieb Kundenservice Grüner Daumen <kundenservice@gruener-daumen-shop.example>:
> Sehr geehrte Frau Kamp,
>
> vielen Dank für Ihren Hinweis. Durch einen Fehler bei einem Update wurden einigen Kundinnen und Kunden für kurze Zeit falsche Kontodaten angezeigt. Der Fehler ist behoben. Bitte melden Sie sich einmal ab und wieder an.
>
> Mit freundlichen Grüßen
> Jan Weber, Kundenservice
>
> Am Fr., 4. Dez. 2026 um 09:05 schrieb Ursula Kamp <ursula.kamp@gartenfreunde-mail.example>:
> > Guten Morgen, wenn ich mich in mein Kundenkonto einlogge, sehe ich die Bestellungen, den Namen und die Lieferadresse einer Frau Albrecht aus Kassel, sogar die letzten Ziffern ihrer Kreditkarte. Meine eigenen Bestellungen sind weg. Das darf doch nicht sein!"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Andreas Lehmkuhl <a.lehmkuhl@gemeinde-ahrensfeld.example>",
         to="support@kommunalcloud.example",
         subject="Keine SMS-Codes bei der Anmeldung – gesamte Verwaltung betroffen",
         body="""\
Guten Morgen,

seit heute ca. 7:15 Uhr kommen bei der Anmeldung in KommunalCloud keine SMS-Codes mehr an. Das betrifft alle unsere Beschäftigten – Rathaus, Bauhof, Bürgerbüro und die beiden Kitas, rund 180 Konten. Wer gestern angemeldet war, wurde heute früh abgemeldet und kommt nicht mehr rein. Mails, Dateien, Kalender: nichts erreichbar.

Das Bürgerbüro hat seit 8 Uhr geöffnet und schickt die Leute mit Termin gerade wieder nach Hause, und an der Trauung um 10 Uhr im Standesamt hängen auch Unterlagen aus der Cloud.

Wir haben es mit mehreren Handys in drei verschiedenen Netzen probiert, es kommt nichts an. Können Sie bitte prüfen, ob der SMS-Versand bei Ihnen hängt, und uns übergangsweise eine andere Anmeldemethode freischalten?

Mit freundlichen Grüßen
Andreas Lehmkuhl
IT-Koordination
Gemeinde Ahrensfeld – Der Bürgermeister
Hauptstraße 1, 12345 Ahrensfeld
Tel. 04102 555 210"""),

    dict(n=24, signals="outage", priority="low", trap="deadline", qt=0, reply=0,
         frm="Klaus-Dieter Ruhnke <kd.ruhnke@tsv-eichenau.example>",
         to="support@startnummer.example",
         subject="Team-Anmeldung für den Frühjahrslauf – Fehler im Formular",
         body="""\
Hallo,

wir richten am 11. April wieder den Eichenauer Frühjahrslauf über Ihre Plattform aus (Veranstaltungs-ID 2027-0411). Beim Testen ist mir aufgefallen, dass die Team-Anmeldung einen Fehler wirft: Sobald man das dritte Teammitglied einträgt, kommt „Fehler 500“ und das Formular ist wieder leer. Einzelanmeldungen klappen.

Die Anmeldung öffnet erst am 15. Januar, bis dahin ist also noch gut Zeit. Es wäre nur schön, wenn es bis dahin läuft, weil die Firmenstaffeln bei uns traditionell gleich am ersten Tag ihre Teams anmelden.

Sportliche Grüße
Klaus-Dieter Ruhnke
Abteilungsleiter Leichtathletik
TSV Eichenau 1908 e.V."""),
]
