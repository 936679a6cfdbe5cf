# blind38 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandra Kühnel <sandra.kuehnel@mailbox.example>",
         to="service@voltroller.example",
         subject="Akku vom Kinder-E-Scooter hat beim Laden gequalmt",
         body="""\
Sehr geehrte Damen und Herren,

gestern Abend hat der Akku des E-Scooters unseres Sohnes (VoltRoller Junior
200, gekauft im August, Seriennummer VRJ-200-55817) beim Laden im Flur
angefangen zu qualmen und zu zischen. Mein Mann hat den Stecker gezogen und
den Roller mit Arbeitshandschuhen auf den Balkon getragen. Dort kamen dann
noch kleine Flammen unter dem Trittbrett heraus, die wir mit dem Feuerlöscher
aus dem Auto gelöscht haben.

Der Flur ist verrußt, im Laminat ist eine Brandstelle, und mein Mann hat
Brandblasen an der linken Hand. Unser Sohn (9) hat zum Glück schon geschlafen.

Der Roller steht jetzt draußen, wir fassen ihn nicht mehr an. Bitte melden Sie
sich, wie es weitergeht und ob wir das Ladegerät noch benutzen dürfen. Sie
erreichen mich unter 0176 4432 9081.

Mit freundlichen Grüßen
Sandra Kühnel"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Birgit Hollmann <pdl@haus-lindenhof.example>",
         to="kundendienst@mediheb-technik.example",
         subject="Vorfall mit Patientenlifter MH-300 - Bitte um dringenden Rückruf",
         body="""\
Sehr geehrte Damen und Herren,

heute Morgen gegen 7:20 Uhr hat sich beim Umsetzen einer Bewohnerin vom Bett
in den Rollstuhl die Gurtaufhängung an unserem Lifter MH-300 (Inventar-Nr. 14,
Serien-Nr. 30-11872) gelöst. Die Bewohnerin, 86 Jahre, ist aus etwa 60 cm Höhe
auf den Boden gestürzt, hat eine Platzwunde am Hinterkopf und Schmerzen in der
Hüfte und wurde ins Klinikum gebracht. Der Haken an der Traverse ist sichtbar
aufgebogen, der Gurt war korrekt eingehängt.

Wir haben alle drei Lifter dieses Typs sofort stillgelegt. Damit fehlen uns auf
zwei Wohnbereichen die Hebehilfen für 11 Bewohner. Bitte rufen Sie mich heute
noch an: Kann ein Techniker kommen, und haben Sie Ersatzgeräte?

Mit freundlichen Grüßen

Birgit Hollmann
Pflegedienstleitung
Seniorenzentrum Haus Lindenhof gGmbH
Lindenallee 12, 34117 Kassel, Tel. 0561 739 42-10
Geschäftsführer: Dr. Jörg Wenzel | Amtsgericht Kassel HRB 18834

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie
bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Jonas Brettschneider <j.brettschneider@webpost.example>",
         to="service@vitalkasse.example",
         subject="Fremde Abrechnung in meinem Brief",
         body="""\
Hallo,

ich habe heute Post von Ihnen bekommen, Umschlag mit meiner Adresse, das
Anschreiben auch an mich (Versichertennr. V482-119-034). Dahinter lagen aber
drei Seiten Leistungsübersicht einer Frau Gisela Marquardt aus Bielefeld, mit
Geburtsdatum, Versichertennummer, Arztbesuchen und Diagnosen.

Meine eigene Übersicht war nicht dabei. Ehrlich gesagt frage ich mich jetzt,
wer die bekommen hat.

Was soll ich mit den Unterlagen machen? Ich kann sie Ihnen zurückschicken.

Gruß
Jonas Brettschneider

Von meinem iPhone gesendet"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Melanie Görtz <mel.goertz@freimail.example>",
         to="hilfe@markthalle24.example",
         subject="Konto gehackt - jemand verkauft unter meinem Namen!!",
         body="""\
Hallo,

mein Konto bei euch wurde gehackt. Heute früh kamen zwei Mails, dass meine
E-Mail-Adresse und mein Passwort geändert wurden - das war nicht ich. Seitdem
komme ich nicht mehr rein, und "Passwort vergessen" schickt den Link natürlich
an die neue Adresse.

In meinem Profil (mel_goertz_ffm, seit 2019 dabei, 140 positive Bewertungen)
sind jetzt fünf Anzeigen für iPhones und eine PlayStation 5 online, alle viel
zu billig. Zwei Bekannte haben mich schon gefragt, ob ich das wirklich bin.
Ich habe Angst, dass gerade Leute Geld an jemanden überweisen, der meinen
Namen benutzt.

Bitte sperrt das Konto sofort und nehmt die Anzeigen raus!

Melanie Görtz
Tel. 0151 2290 4417"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Brunner <t.brunner@baeckerei-brunner.example>",
         to="support@kassenprofi.example",
         subject="Kassen starten in allen Filialen nicht - dringend",
         body="""\
Guten Morgen,

seit 5:30 Uhr zeigen die Kassen in allen sieben Filialen nach dem Einschalten
nur "Verbindung zum Lizenzserver wird hergestellt ..." und bleiben dann hängen.
Ein Neustart ändert nichts, das haben wir in jeder Filiale dreimal probiert.

Wir schreiben gerade Bons von Hand und nehmen nur Bargeld, weil die
Kartenzahlung über die Kasse läuft. In der Filiale am Bahnhof stehen die
Pendler bis vor die Tür, und die Tagesabrechnung bekommen wir so auch nicht
sauber hin. Ab 7 Uhr kommt der Großteil der Kundschaft.

Kundennummer 20-4471. Bitte rufen Sie mich sofort an: 0171 55 39 882.

Thomas Brunner
Bäckerei Brunner GmbH - 7 Filialen im Raum Augsburg"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Kai Ostermann <k.ostermann@ostermann-metallbau.example>",
         to="hotline@camcore-software.example",
         subject="Totalausfall Lizenzserver - Produktion steht",
         body="""\
Hallo,

seit 6 Uhr Totalausfall: CamCore meldet an allen 4 CNC-Arbeitsplätzen "Keine
gültige Lizenz gefunden". Wartungsvertrag läuft bis 2028 (Kd.-Nr. CC-88120).
Produktion steht, 14 Leute in der Halle, und ein Auftrag muss heute um 14 Uhr
raus.

Bitte sofort zurückrufen: 0160 99 12 731.

Ostermann

Gesendet von meinem Smartphone"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Dieter Wollny <fahrschule.wollny@tmail.example>",
         to="support@fahrplanerpro.example",
         subject="App stürzt beim Öffnen sofort ab",
         body="""\
Hallo zusammen,

seit dem Update gestern Abend stürzt FahrPlaner Pro auf meinem Tablet beim
Öffnen sofort ab: Das Logo erscheint kurz, dann bin ich wieder auf dem
Startbildschirm. Neu installiert habe ich schon, das Tablet neu gestartet
auch. Im Browser komme ich bis zur Anmeldung, danach bleibt die Seite leer.

Ich bin Einzelunternehmer, ich habe keine Bürokraft und keinen Papierkalender
mehr - alle Termine, Adressen und Ausbildungsnachweise meiner 26 Fahrschüler
stehen nur in der App. Heute habe ich sechs Fahrstunden und weiß nicht, wen
ich wo abholen soll. Zwei Schüler haben nächste Woche Prüfung.

Ich brauche da wirklich schnell Hilfe.

Viele Grüße
Dieter Wollny
Fahrschule Wollny, Gelsenkirchen
Tel. 0209 83 11 52"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=1,
         frm="Anja Pietsch <leitung@kita-sonnenblume.example>",
         to="support@kitabrief.example",
         subject="AW: Ihr Ticket #KB-30318 - Benachrichtigungen",
         body="""\
Hallo Herr Demir,

leider hat die Neuinstallation nichts geändert. Die Eltern bekommen weiterhin
keine Push-Benachrichtigungen, wenn wir eine Nachricht schicken. Die Nachricht
ist in der App da, man sieht sie aber nur, wenn man die App selbst öffnet.
Das betrifft iPhones und Android-Geräte, soweit wir bei den Eltern gefragt
haben.

Alles andere läuft: Abwesenheiten, Fotos, Kalender. Bis dahin hängen wir
Wichtiges zusätzlich an die Pinnwand im Eingang und geben es an die
Elternvertreter weiter. Für kurzfristige Dinge wie "Abholung heute schon um 14
Uhr" bräuchten wir die Benachrichtigungen aber bald wieder.

Viele Grüße
Anja Pietsch
Leitung Kita Sonnenblume

Am 10.12.2026 um 09:12 schrieb KitaBrief Support:
> Sehr geehrte Frau Pietsch,
> bitte löschen Sie die App auf einem betroffenen Gerät und installieren Sie
> sie neu. Geben Sie uns Bescheid, ob die Benachrichtigungen danach ankommen.
> Mit freundlichen Grüßen
> Emre Demir, KitaBrief Support"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Heinz-Peter Lorenz <hp.lorenz@kabelpost.example>",
         to="kundenservice@flimmerkiste.example",
         subject="App auf dem Fernseher startet sehr langsam",
         body="""\
Guten Tag,

seit etwa zwei Wochen braucht die Flimmerkiste-App auf unserem
Samsung-Fernseher (Baujahr 2019) rund 40 Sekunden, bis die Startseite
erscheint. Früher ging das in ein paar Sekunden. Wenn sie einmal läuft, ist
alles normal, Filme und Serien ruckeln nicht.

Es ist kein Drama, meine Frau und ich haben Zeit. Ich wollte es nur melden,
vielleicht ist es bei Ihnen bekannt. Muss ich am Fernseher etwas einstellen?

Mit freundlichen Grüßen
Heinz-Peter Lorenz"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Ursula Behrendt <u.behrendt@netzpost.example>",
         to="abo@gartenfreund-verlag.example",
         subject="Frage zur Rechnung für mein Abo",
         body="""\
Sehr geehrte Damen und Herren,

ich beziehe seit Jahren den "Gartenfreund" im Abonnement (Abo-Nr. 7731-0458).
Auf der Rechnung vom 1. Dezember stehen 7 % Mehrwertsteuer auf den Heftpreis,
aber 19 % auf die Versandkosten. Ist das so richtig? Ich frage nur, weil es
früher in einer Summe stand.

Außerdem wäre mir eine Jahresrechnung lieber als die vierteljährlichen
Rechnungen. Ginge das?

Mit freundlichen Grüßen
Ursula Behrendt"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Florian Adler <florian.adler@mailfach.example>",
         to="service@wohnwerk-moebel.example",
         subject="Bestellung 40018832 - Betrag doppelt abgebucht",
         body="""\
Hallo,

ich habe am 28.11. bei Ihnen ein Sideboard "Lund" bestellt (Bestellnummer
40018832) und per Lastschrift bezahlt. Heute sehe ich auf meinem Konto zwei
Abbuchungen über je 649,00 EUR mit Ihrem Verwendungszweck, einmal am 2.12. und
einmal am 4.12.

Bestellt habe ich nur ein Sideboard, und in meinem Kundenkonto steht auch nur
eine Bestellung. Bitte erstatten Sie den doppelt abgebuchten Betrag auf mein
Konto (IBAN endet auf 4410). Eine Rücklastschrift würde ich gern vermeiden.

Viele Grüße
Florian Adler"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Leonie Schäfer <leonie.schaefer@postfach.example>",
         to="refunds@aerolino.example",
         subject="WG: Annullierung Ihres Fluges AL 4512",
         body="""\
Guten Tag,

unten die Mail, mit der Sie mir im Oktober die Annullierung meines Fluges
bestätigt haben. Darin steht, dass der Ticketpreis von 318,40 EUR innerhalb
von 7 Tagen erstattet wird. Inzwischen sind sieben Wochen vergangen, und auf
meiner Kreditkarte ist nichts angekommen. Über das Kontaktformular habe ich
zweimal nachgefragt, ohne Antwort.

Bitte prüfen Sie die Erstattung und teilen Sie mir mit, wann das Geld kommt.

Leonie Schäfer
Buchungscode K7M2QX

---------- Weitergeleitete Nachricht ---------
Von: Aerolino Kundenservice <noreply@aerolino.example>
Datum: Do., 15. Okt. 2026 um 11:03 Uhr
Betreff: Annullierung Ihres Fluges AL 4512
An: <leonie.schaefer@postfach.example>

Sehr geehrte Frau Schäfer,
Ihr Flug AL 4512 Stuttgart-Palma am 24.10.2026 wurde annulliert. Den
Ticketpreis von 318,40 EUR erstatten wir Ihnen innerhalb von 7 Tagen auf das
ursprüngliche Zahlungsmittel.
Ihr Aerolino-Team"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lukas Hartmann <lukas.hartmann@uni-mail.example>",
         to="kartenservice@nordbank-direkt.example",
         subject="Karte in Portugal gesperrt - brauche dringend Hilfe",
         body="""\
Hallo,

ich bin seit September für ein Auslandssemester in Lissabon. Seit gestern
Abend wird meine Debitkarte (Konto endet auf 7302) überall abgelehnt, in der
App steht "Karte vorübergehend gesperrt - bitte kontaktieren Sie uns". Ich
habe nichts gesperrt und die Karte auch nicht verloren.

Die Hotline erreiche ich von hier nicht, die 0800-Nummer geht aus dem Ausland
nicht. Meine Miete (620 EUR) muss bis Montag bei der Vermieterin sein, und
ich habe gerade noch 14 EUR Bargeld.

Könnt ihr die Karte bitte wieder freischalten oder mir sagen, was ich tun
soll? Ich bin unter +351 912 448 103 erreichbar (auch WhatsApp).

Danke!
Lukas Hartmann"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Renate Vogel <renate.vogel@heimnetz.example>",
         to="hilfe@wolkenalbum.example",
         subject="Zwei-Faktor-Anmeldung einrichten - wie geht das?",
         body="""\
Guten Tag,

mein Enkel hat mir geraten, bei meinem Wolkenalbum-Konto die
Zwei-Faktor-Anmeldung einzuschalten, damit meine Fotos besser geschützt sind.
Ich finde die Einstellung aber nicht. Unter "Mein Konto" sehe ich nur Name,
E-Mail-Adresse und Speicherplatz.

Können Sie mir Schritt für Schritt erklären, wo ich das finde? Und kann ich
zusätzlich die Handynummer meines Mannes als Reserve angeben, falls ich mein
Telefon einmal verliere?

Vielen Dank und freundliche Grüße
Renate Vogel"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Agnieszka Wrona <aga.wrona@pocztamail.example>",
         to="kundenservice@gipfelsport.example",
         subject="AW: Passwort zurücksetzen - Ihre Anfrage 118204",
         body="""\
Hallo Frau Keller,

danke für schnelle Antwort, ich schreibe unten.

Am 30.11.2026 um 16:47 schrieb GipfelSport Kundenservice:
> Haben Sie auch im Spam-Ordner nachgesehen?

Ja, habe ich geschaut, auch in "Werbung". Da ist nichts.

> Mit welcher E-Mail-Adresse sind Sie bei uns registriert?

Mit diese hier, aga.wrona@pocztamail.example. Die Bestellbestätigungen von
Ihnen kommen immer an, nur die Mail für neue Passwort nicht.

> Wie oft haben Sie den Link angefordert?

Bestimmt fünf Mal, gestern und heute. Jetzt steht auf der Seite, ich muss 24
Stunden warten.

Ich möchte meine Bestellung von der Skijacke sehen und die Rücksendung
anmelden, das geht nur mit Login. Die Frist ist bis 15. Dezember.

Viele Grüße
Agnieszka Wrona"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Markus Riedl <markus.riedl@alpenmail.example>",
         to="kundenportal@stadtwerke-inntal.example",
         subject="Mehrere Anliegen zu meinem Kundenkonto (Vertragskonto 55-208814)",
         body="""\
Servus,

ich hab ein paar Sachen auf einmal:

1. Neue Adresse ab 1.1.: Rosenheimer Str. 41, 83022 Rosenheim. Bitte für
   Strom- und Gasvertrag übernehmen, Zählerstände schicke ich beim Auszug.
2. Ich habe eine neue Handynummer (0152 3348 1290). Die Bestätigungscodes
   fürs Kundenportal gehen aber noch an die alte Nummer, die es nicht mehr
   gibt. Deshalb komme ich seit zwei Wochen nicht ins Portal und kann die
   Nummer dort auch nicht selbst ändern. Bitte umstellen.
3. Den Newsletter bitte abbestellen.
4. Gibt es die Vertragsunterlagen auch als PDF?

Danke und viele Grüße
Markus Riedl"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Stefan Kröger <info@elektro-kroeger.example>",
         to="webshop@elektrogrosshandel-nord.example",
         subject="Komme nicht mehr in den Webshop - Bestellung muss heute raus",
         body="""\
Moin,

ich komme seit heute Morgen nicht mehr in unser Kundenkonto im Webshop
(Kd.-Nr. 300-7719). Die Authenticator-App war auf meinem alten Diensthandy,
das letzte Woche ins Hafenbecken gefallen ist, und ohne den Code ist nach dem
Passwort Schluss. Einen Wiederherstellungscode habe ich nicht.

Problem: Wir müssen bis 16 Uhr das Material für die Baustelle Schulstraße
bestellen (Unterverteilung, 40 Sicherungsautomaten, Kabel), damit es morgen
um 7 auf der Baustelle ist. Da stehen ab morgen drei Monteure. Unsere
Projektpreise bekommen wir nur über den Shop, telefonisch leider nicht.

Könnt ihr die Zwei-Faktor-Anmeldung zurücksetzen? Ich kann mich gern mit
Ausweis und Gewerbeanmeldung legitimieren.

Gruß
Stefan Kröger
Elektro Kröger GmbH, Husum
04841 77 32 10"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Holger Brandt <einkauf@pyro-brandt.example>",
         to="bestellung@feuerwerk-grosshandel.example",
         subject="Nachlieferung Silvester-Sortiment - Auftrag 26-3318",
         body="""\
Hallo Frau Yilmaz,

danke für die schnelle Lieferung letzte Woche. Für den Silvesterverkauf ab
dem 29.12. brauchen wir noch Nachschub, bitte zu Auftrag 26-3318 dazunehmen:

- 40 x Batteriefeuerwerk "Himmelsfeuer" 100 Schuss (F2)
- 25 x Raketensortiment "Nordlicht"
- 60 x Böller-Sortiment "Donnerkeil"
- 10 Kartons Wunderkerzen

Bitte beachten: Unser Lager darf laut Genehmigung höchstens 300 kg
Nettoexplosivmasse aufnehmen, aktuell liegen wir bei ca. 210 kg. Wenn es mit
der Nachlieferung zu knapp wird, die Böller lieber eine Woche später
schicken. Anlieferung wie immer über den Hof, Brandschutztür links.

Können Sie mir den Liefertermin bestätigen?

Schöne Grüße
Holger Brandt
Pyrotechnik Brandt, Lüneburg"""),

    dict(n=19, signals="-", priority="low", trap="compliance", qt=0, reply=0,
         frm="Dr. Carolin Seidel <c.seidel@mvz-am-stadtpark.example>",
         to="vertrieb@voxcloud-telefonie.example",
         subject="Fragen zu Datenschutz und Vertragsverlängerung",
         body="""\
Sehr geehrter Herr Albrecht,

unser Vertrag für die Cloud-Telefonanlage läuft zum 31. März aus. Vor der
Verlängerung bittet unser Datenschutzbeauftragter um schriftliche Antworten
auf folgende Punkte:

1. Werden Voicemails und Anrufprotokolle verschlüsselt gespeichert, und in
   welchem Land stehen die Server?
2. Stellen Sie einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO bereit?
3. Wie und innerhalb welcher Frist informieren Sie uns bei einer Datenpanne
   oder einem Hackerangriff auf Ihre Systeme?
4. Lässt sich für das Verwaltungsportal eine Zwei-Faktor-Authentifizierung
   für alle Mitarbeitenden verpflichtend einstellen?
5. Welche Verfügbarkeit garantieren Sie, und gibt es bei einem Ausfall eine
   Gutschrift oder Erstattung?
6. Werden unsere Daten nach Vertragsende vollständig gelöscht?

Eine Antwort bis Ende Januar genügt uns.

Mit freundlichen Grüßen
Dr. med. Carolin Seidel
Ärztliche Leiterin, MVZ am Stadtpark GmbH"""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Tobias Lindner <tobias.lindner@mailpost.example>",
         to="datenschutz@lieferfix.example",
         subject="Auskunft nach Art. 15 DSGVO und Löschung meines Kontos",
         body="""\
Sehr geehrte Damen und Herren,

ich bitte um Auskunft nach Art. 15 DSGVO über alle zu meiner Person
gespeicherten Daten (Kundenkonto tobias.lindner@mailpost.example),
einschließlich Bestellhistorie, Lieferadressen, Zahlungsdaten und der Zwecke
der Verarbeitung.

Nach Erhalt der Auskunft bitte ich Sie, das Konto zu schließen und meine Daten
zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.
Die hinterlegte Kreditkarte ist abgelaufen und von der Bank bereits gesperrt,
die können Sie einfach mit entfernen.

Bitte bestätigen Sie mir den Eingang dieser Anfrage.

Mit freundlichen Grüßen
Tobias Lindner"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Sabine Krämer-Oltmanns <s.kraemer-oltmanns@famkr.example>",
         to="gaesteservice@nordseeferien-vermittlung.example",
         subject="Unsere Woche in der Wohnung \"Möwennest\" - eine Katastrophe",
         body="""\
Sehr geehrte Damen und Herren,

wir sind gestern aus Cuxhaven zurückgekommen, und ich muss Ihnen einfach
schreiben, wie diese Woche war: ein Albtraum.

In der Wohnung über uns wurde jede Nacht bis drei Uhr gefeiert, Musik,
Gegröle, Türenknallen. Wir haben zweimal geklingelt, beim zweiten Mal wurde
uns die Tür vor der Nase zugeknallt. Ihre Notfallnummer meinte nur, da könne
man "leider nichts machen". Die Kinder waren morgens todmüde, und der
Geburtstag meines Mannes am Mittwoch war damit auch gelaufen.

Dazu roch die Bettwäsche muffig, und im Bad hing beim Einzug noch ein Büschel
Haare im Abfluss.

Ich erwarte, dass Sie mit dem Vermieter und den Nachbarn reden. So etwas darf
anderen Familien nicht passieren.

Sabine Krämer-Oltmanns"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Wolfgang Heß <w.hess@ruhrpost.example>",
         to="service@klangwerk-audio.example",
         subject="AW: Ladegerät Kopfhörer KW-700 [Vorgang 55120]",
         body="""\
Hallo Frau Brandl,

das Ersatz-Ladegerät ist heute gekommen, die Kopfhörer laden wieder ganz
normal. Vielen Dank für die schnelle Abwicklung!

Eine Frage noch: Muss ich das alte Ladegerät zurückschicken, oder kann ich es
beim Wertstoffhof abgeben?

Beste Grüße
Wolfgang Heß

Am Fr., 27. Nov. 2026 um 10:15 Uhr schrieb Klangwerk Service <service@klangwerk-audio.example>:
> Sehr geehrter Herr Heß,
> bitte verwenden Sie das Ladegerät nicht weiter. Wir schicken Ihnen
> kostenlos ein neues zu.
> Ihr Klangwerk-Service, Julia Brandl
>
> > Beim Laden ist das Netzteil so heiß geworden, dass ich es kaum anfassen
> > konnte, und es hat nach verschmortem Plastik gerochen. Der Stecker ist an
> > einer Stelle schwarz verfärbt."""),

    dict(n=23, signals="outage,account", priority="critical", trap="vip", qt=0, reply=0,
         frm="Dr. Matthias Kern <matthias.kern@kern-logistik.example>",
         to="enterprise-support@routeplan.example",
         subject="P1 gemäß Rahmenvertrag: Keine Anmeldung am Dispositionsportal möglich",
         body="""\
Sehr geehrte Damen und Herren,

seit 6:40 Uhr können sich unsere Disponentinnen und Disponenten an allen fünf
Standorten nicht mehr am RoutePlan-Dispositionsportal anmelden. Die
SSO-Anmeldung über unser Firmenkonto bricht mit "Anmeldung fehlgeschlagen -
ungültige Antwort des Identitätsanbieters" ab. Betroffen sind rund 120
Nutzer, lokale Konten haben wir nicht.

Ohne Portal können wir keine Touren für heute freigeben, 260 Fahrzeuge stehen
auf den Höfen.

Gemäß Rahmenvertrag RV-2024-017, SLA Anlage 3, handelt es sich um einen
Priorität-1-Vorfall mit einer zugesagten Reaktionszeit von 30 Minuten. Ich
bitte um sofortigen Rückruf durch Ihren technischen Bereitschaftsdienst unter
0421 66 04-300 und um stündliche Statusmeldungen.

Mit freundlichen Grüßen

Dr. Matthias Kern
Leiter IT
Kern Logistik SE | Hafenstraße 90 | 28197 Bremen
Sitz der Gesellschaft: Bremen | Registergericht Bremen HRB 31155"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Jana Okonkwo <jana@hafenloft-coworking.example>",
         to="support@doorly.example",
         subject="Haupteingang lässt sich seit dem Update nicht per App öffnen",
         body="""\
Hi Doorly-Team,

seit dem App-Update vom Montag lässt sich bei uns im Hafenloft der
Haupteingang nicht mehr per App öffnen. Die App zeigt zwar "Tür entriegelt",
aber das Schloss rührt sich nicht. Die Innentüren (Besprechungsräume,
Telefonboxen) gehen per App ganz normal auf.

Betroffen sind alle 70 Mitglieder. Fürs Erste haben wir die alten RFID-Karten
wieder ausgegeben, damit geht die Tür problemlos auf, und tagsüber sitzt eh
jemand am Empfang. Also kein Weltuntergang, aber lästig, und eigentlich
wollten wir die Karten abschaffen.

Könnt ihr euch das in den nächsten Tagen anschauen? Controller-ID: HL-MAIN-01.

Liebe Grüße
Jana Okonkwo
Community Management, Hafenloft Coworking Hamburg"""),
]
