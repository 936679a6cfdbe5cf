# blind5 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Haberkorn <j.haberkorn@t-netz.example>",
         to="kundendienst@thermaplus-heiztechnik.example",
         subject="Wartung gestern - Geruch im Keller",
         body="""\
Sehr geehrte Damen und Herren,

gestern Nachmittag war Ihr Monteur (Herr Seidel, Auftrag WA-2026-18834) zur Jahreswartung unserer Therme im Keller.

Seit heute morgen riecht es im Heizungsraum und im Treppenhaus stark nach faulen Eiern. Meiner Frau war beim Wäscheaufhängen unten schwindelig und sie hatte Kopfschmerzen, jetzt sitzt sie oben am offenen Fenster. Am Anschluss hinter der Therme, wo Herr Seidel geschraubt hat, hört man ein ganz leises Zischen.

Ich habe den Haupthahn am Zähler zugedreht und alle Fenster aufgemacht, Lichtschalter fasse ich nicht an. Im Haus wohnen auch noch zwei Mietparteien, eine davon mit Baby.

Bitte schicken Sie SOFORT jemanden vorbei. Ihre Hotline ist nur ein Band.

Jürgen Haberkorn
Lindenstraße 14, 34117 Kassel
Tel. 0561 4608 2213"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Melanie Vosskamp <mel.vosskamp@gmx-post.example>",
         to="service@kleinundfein-kindermoebel.example",
         subject="Hochstuhl \"Tobi\" - Gurt",
         body="""\
Hallo,

wir haben im August den Hochstuhl Tobi (Buche natur, Bestellnr. KF-55102) bei Ihnen gekauft.

Heute mittag hat sich beim Essen das Gurtschloss einfach geöffnet, ohne dass jemand drangekommen ist. Unser Sohn Leo (14 Monate) ist seitlich rausgerutscht und mit dem Hinterkopf auf die Fliesen gefallen. Er hat sich zweimal übergeben, wir waren bis eben in der Kinderklinik, Gehirnerschütterung, er muss über Nacht zur Beobachtung bleiben.

Ich habe das Schloss danach mehrmals ausprobiert: wenn man seitlich gegen den Gurt drückt, springt es auf. Das kann ein Kleinkind selbst schaffen.

Bitte nehmen Sie das ernst, ich habe in einer Elterngruppe schon von einer zweiten Familie gelesen, der dasselbe passiert ist. Was passiert jetzt?

Melanie Vosskamp"""),

    dict(n=3, signals="safety", priority="critical", trap="cosmetics", qt=0, reply=0,
         frm="Aylin Demirci <aylin.demirci@webpost.example>",
         to="kontakt@naturglanz-kosmetik.example",
         subject="Haarfarbe \"Kastanie 5.4\" - schwere Reaktion",
         body="""\
Guten Tag,

ich habe am Samstag Ihre Pflanzenhaarfarbe Kastanie 5.4 benutzt (gekauft in Ihrem Onlineshop, Bestellung NG-700912). Auf der Packung steht "ohne PPD, auch für empfindliche Kopfhaut".

Nach ca. 20 Minuten fing die Kopfhaut an zu brennen, ich habe sofort ausgespült. Am Sonntag war meine Stirn und die Augenpartie so angeschwollen, dass ich kaum noch sehen konnte, an der Kopfhaut haben sich nässende Blasen gebildet. Der Notdienst hat mir Kortison gespritzt, die Hautärztin vermutet eine allergische Reaktion auf PPD oder einen ähnlichen Stoff.

Ich möchte wissen, was wirklich in diesem Produkt ist, und zwar die vollständige Inhaltsstoffliste mit Chargennummer L2309B. Andere Kundinnen sollten gewarnt werden.

Aylin Demirci"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dr. Reinhard Obermeier <r.obermeier@praxis-mail.example>",
         to="datenschutz@vitakasse.example",
         subject="Fremde Arztbriefe in meiner App",
         body="""\
Sehr geehrte Damen und Herren,

als ich heute in der VitaKasse-App meine Erstattungsbelege hochladen wollte, wurden mir unter "Meine Dokumente" plötzlich elf Dokumente angezeigt, die nicht zu mir gehören: Arztbriefe, ein Laborbefund und eine Krankmeldung einer Frau Sabine K. aus Regensburg, mit Geburtsdatum, Versichertennummer und Diagnose.

Ich habe nichts davon geöffnet außer dem ersten, um zu sehen, was es ist. Umgekehrt muss ich davon ausgehen, dass meine Unterlagen ebenfalls bei einer fremden Person auftauchen.

Bitte klären Sie das umgehend und teilen Sie mir mit, ob meine Daten betroffen sind. Screenshot habe ich gemacht, schicke ihn aber nur auf Anforderung an eine sichere Adresse.

Mitgliedsnummer: V 448 210 937

Mit freundlichen Grüßen
Reinhard Obermeier"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Stefan Brückner <s.brueckner@brueckner-blechtechnik.example>",
         to="support@fertigo-mes.example",
         subject="Halle 2 steht",
         body="""\
Hallo Support,

seit 5:45 Uhr bekommen die Terminals an den Laserschneidanlagen und Abkantpressen in Halle 2 keine Fertigungsaufträge mehr vom Server. Auf den Bildschirmen steht nur "Verbindung zum Auftragsdienst wird hergestellt..." und dann passiert nichts. Rückmeldungen kann man auch keine buchen.

Die Frühschicht (22 Leute) steht, wir können nicht einfach auf Papier umstellen, weil die Schneidprogramme über Ihr System kommen. Um 14 Uhr soll eine LKW-Ladung für unseren größten Kunden raus.

Server wurde von unserer IT neu gestartet, ohne Erfolg. Kundennummer FM-10388.

Bitte dringend Rückruf: 07151 30 4409

Stefan Brückner
Produktionsleitung"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Petra Lindemann <petra.lindemann@mailzone.example>",
         to="hilfe@webmail-mainhost.example",
         subject="Störung??",
         body="""\
Guten Morgen,

gibt es bei Ihnen gerade eine Störung? Ich komme seit gestern Abend nicht mehr an mein Postfach. Die Anmeldeseite lädt, aber nach dem Einloggen kommt nur "Interner Serverfehler". Auch im Outlook kommen keine neuen Mails mehr an, und beim Senden gibt es eine Fehlermeldung.

Ich bin selbstständige Übersetzerin und bekomme meine Aufträge ausschließlich per Mail, heute muss ich zwei Texte abgeben. Bitte um kurze Info, wann es wieder geht.

Petra Lindemann
Fachübersetzungen EN/FR-DE"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Marco Fiedler <marco.fiedler@freenet-post.example>",
         to="kundenservice@glasnetz-telekom.example",
         subject="Internet abends extrem langsam",
         body="""\
Hallo,

seit ungefähr zwei Wochen bricht abends zwischen 19 und 23 Uhr die Geschwindigkeit massiv ein. Gebucht sind 250 Mbit, Speedtest zeigt dann 3-8 Mbit, und Videokonferenzen brechen ab. Tagsüber ist alles normal. Router (Ihr Leihgerät) habe ich schon neu gestartet und auch per LAN-Kabel getestet, gleiches Ergebnis.

Ist nicht dramatisch, ich arbeite abends eh selten, aber für den Preis erwarte ich schon, dass es funktioniert.

Vertragsnummer: GN-2210-4471-88

Gruß
Marco Fiedler"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Apotheke am Marktplatz <info@apotheke-marktplatz-loerrach.example>",
         to="hotline@pharmasoft-kasse.example",
         subject="EILT: E-Rezepte lassen sich nicht einlösen",
         body="""\
Sehr geehrte Damen und Herren,

seit ca. 8:15 Uhr können wir an keiner unserer drei Kassen E-Rezepte abrufen. Beim Stecken der Gesundheitskarte kommt "Fachdienst nicht erreichbar (Fehler 4021)", die Ampel in Ihrem Kassenmodul steht auf Rot. Papierrezepte und Barverkauf gehen.

Wir haben bestimmt 25 Patienten im Laden und draußen, viele mit Antibiotika und Schmerzmitteln vom Notdienst der Nachbarpraxis. Wir müssen die Leute wegschicken oder vertrösten. Der Konnektor wurde neu gestartet, die Internetverbindung ist in Ordnung.

Kundennummer PS-30417. Bitte melden Sie sich umgehend telefonisch: 07621 940 215.

Mit freundlichen Grüßen
Kathrin Baumann, Apothekerin"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Jonas Erdmann <jonas@erdmann-architektur.example>",
         to="support@wolkenablage.example",
         subject="Sync seit 9 Uhr tot",
         body="""\
Hi,

seit heute 9 Uhr synchronisiert der Desktop-Client nichts mehr, das Symbol dreht sich endlos und im Web-Interface bekomme ich beim Öffnen jedes Ordners "503 Service Unavailable". Meine Projektdateien liegen alle nur bei Ihnen, lokal habe ich nur die alten Stände von gestern.

Ich muss morgen früh die Bauantragspläne beim Amt einreichen und komme an die aktuellen Fassungen nicht ran. Gibt es irgendeinen Weg, an die Dateien zu kommen?

Konto: jonas@erdmann-architektur.example (Business Solo)

Jonas Erdmann"""),

    dict(n=10, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Sabine Koller <sabine.koller@posteo-mail.example>",
         to="abo@fitpunkt-studios.example",
         subject="Rücklastschrift?? Mitglied 22871",
         body="""\
Hallo zusammen,

ich habe heute einen Brief bekommen, dass die Lastschrift für November nicht eingelöst werden konnte und Sie mir 39,90 € Beitrag plus 12,50 € "Rücklastschriftgebühr" berechnen.

Auf meinem Konto war aber genug Geld, und ich sehe auch keine Rückbuchung. Was ich sehe: Sie haben die Abbuchung an meine ALTE IBAN geschickt, obwohl ich Ihnen im September das neue Konto mitgeteilt habe (hab die Mail noch und die Bestätigung vom Studio am Tresen).

Die Gebühr zahle ich so nicht. Bitte buchen Sie den Beitrag vom richtigen Konto ab und streichen die Gebühr.

Viele Grüße
Sabine Koller"""),

    dict(n=11, signals="payment", priority="high", trap="implicit", qt=0, reply=0,
         frm="Holzwerk Kleinschmidt <kontakt@holzwerk-kleinschmidt.example>",
         to="haendler@marktplatz24.example",
         subject="Auszahlung vom 28.11. fehlt",
         body="""\
Sehr geehrtes Händlerteam,

laut Ihrem Händlerportal wurde die Auszahlung über 4.318,60 € am 28.11. "ausgeführt" (Referenz PO-2026-11-83341). Auf unserem Geschäftskonto bei der Volksbank ist bis heute nichts eingegangen. Die Bank sagt, es liegt auch kein abgelehnter Eingang vor.

Wir sind ein kleiner Betrieb mit 3 Angestellten, die Löhne und die Holzlieferung für Dezember hängen an diesem Geld. Bitte prüfen Sie, wohin die Zahlung gegangen ist, und schicken Sie uns einen Überweisungsnachweis.

Händler-ID: M24-77205

Mit freundlichen Grüßen
Frank Kleinschmidt"""),

    dict(n=12, signals="payment", priority="medium", trap="context", qt=0, reply=0,
         frm="Gisela Hartung <gisela.hartung@online-brief.example>",
         to="kundenservice@stadtwerke-rheinfeld.example",
         subject="Jahresabrechnung falsch",
         body="""\
Sehr geehrte Damen und Herren,

in meiner Jahresabrechnung Strom (Kundennummer 1004-338-21) werden mir 6.840 kWh berechnet. Ich lebe allein in einer Zweizimmerwohnung und habe die letzten Jahre immer um die 1.700 kWh verbraucht. Der Zählerstand auf der Rechnung ist "geschätzt", obwohl ich am 3.1. selbst abgelesen und über Ihr Portal gemeldet habe: 48.512. Ihr Ableser war nie bei mir.

Dadurch soll ich jetzt 1.612,47 € nachzahlen und der Abschlag steigt auf 210 €. Bitte korrigieren Sie die Abrechnung mit dem richtigen Zählerstand und setzen Sie den Abschlag wieder herunter. Foto vom Zähler lege ich bei.

Mit freundlichen Grüßen
Gisela Hartung"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Timo Reuter <timo.reuter@kabelmail.example>",
         to="service@lesewelt-ebooks.example",
         subject="kurze Frage",
         body="""\
Hi,

mir ist aufgefallen, dass diesen Monat für mein Flatrate-Abo 11,98 € statt der üblichen 9,99 € abgebucht wurden. Kein Drama, ich vermute eine Preiserhöhung oder irgendwas mit der Mehrwertsteuer? Habe dazu aber keine Mail gefunden. Können Sie mir kurz sagen, woher der Unterschied kommt?

Danke & Gruß
Timo"""),

    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Katharina Wolff <k.wolff@steuerbuero-wolff.example>",
         to="support@belegbox.example",
         subject="Konto gesperrt - Entsperrlink kommt nicht an",
         body="""\
Guten Tag,

nach drei falschen Passworteingaben (Feststelltaste...) ist mein BelegBox-Zugang gesperrt. Auf der Seite steht, dass ein Entsperrlink an meine E-Mail-Adresse geht. Der kommt nicht an, auch nicht im Spam, inzwischen habe ich es viermal angefordert.

Ich komme damit an keine einzige Mandantenakte. Heute ist der letzte Tag für mehrere Umsatzsteuer-Voranmeldungen, ich kann so nicht arbeiten.

Benutzer: k.wolff@steuerbuero-wolff.example, Kanzlei-ID BB-4420.

Bitte schalten Sie den Zugang manuell frei oder rufen Sie mich an: 0221 550 371 88.

Katharina Wolff
Steuerberaterin"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Lena Schubert <lena.schubert@mail-direkt.example>",
         to="kundenkonto@bahnreisen-plus.example",
         subject="Namensänderung nach Heirat + neue E-Mail",
         body="""\
Hallo,

ich habe im Oktober geheiratet und heiße jetzt Schubert statt Meinhardt. In meinem Kundenkonto (BahnCard 50 ist auch damit verknüpft) steht noch der alte Name und die alte E-Mail lena.meinhardt@uni-mail.example, die Uni-Adresse wird Ende des Monats abgeschaltet.

Im Profil kann ich den Nachnamen nicht ändern, das Feld ist grau, und wenn ich die E-Mail ändern will, kommt der Bestätigungscode an die alte Adresse. Die funktioniert noch zwei Wochen, aber ich will das lieber jetzt erledigen, bevor ich gar nicht mehr reinkomme. Wie muss ich vorgehen? Heiratsurkunde kann ich schicken.

Viele Grüße
Lena Schubert (geb. Meinhardt)"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Uwe Brandstätter <uwe@brandstaetter-gala.example>",
         to="support@planwerk-crm.example",
         subject="AW: Zahlung fehlgeschlagen - Ihr Abo Planwerk Team",
         body="""\
Hallo Frau Kessler,

danke, die neue Karte ist hinterlegt und die Rechnung ist laut Portal bezahlt.

Jetzt habe ich aber ein anderes Problem: beim Wechsel hat sich irgendwas an den Benutzern verändert. Meine zwei Vorarbeiter (Herr Polat und Herr Stein) sind aus dem Team verschwunden und kommen nicht mehr in die App, die sehen nur "Kein Zugriff auf diesen Arbeitsbereich". Einladen kann ich sie nicht neu, weil dann steht "Benutzer existiert bereits". Können Sie die beiden wieder freischalten?

Gruß
Uwe Brandstätter
Brandstätter Garten- und Landschaftsbau

-----Ursprüngliche Nachricht-----
Von: Planwerk Support <support@planwerk-crm.example>
Gesendet: Montag, 30. November 2026 10:02
An: uwe@brandstaetter-gala.example
Betreff: Zahlung fehlgeschlagen - Ihr Abo Planwerk Team

> Guten Tag Herr Brandstätter,
> leider konnte die Zahlung für Ihre Rechnung PW-2026-1190 über 89,00 €
> nicht durchgeführt werden, da Ihre Kreditkarte abgelaufen ist.
> Bitte hinterlegen Sie eine gültige Zahlungsmethode.
> Viele Grüße, Anja Kessler"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Helmut Sauer <helmut.sauer@rentnerpost.example>",
         to="hilfe@sparda-online-bank.example",
         subject="Frage zur Anmeldung mit App statt SMS",
         body="""\
Sehr geehrte Damen und Herren,

bisher bekomme ich zum Einloggen ins Onlinebanking immer einen Code per SMS. Mein Sohn meint, das mit der Authenticator-App sei bequemer und sicherer. Wie stelle ich das um? Muss ich dafür in die Filiale kommen oder geht das auch zu Hause? Ich habe ein Samsung-Handy.

Vielen Dank im Voraus
Helmut Sauer"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nina Albrecht <n.albrecht@eventwerk-hamburg.example>",
         to="vertrieb@ticketfuchs.example",
         subject="Anfrage Einlasssystem Sommerfestival",
         body="""\
Hallo liebes Ticketfuchs-Team,

entschuldigen Sie die Störung kurz vor dem Wochenende! Bei uns brennt gerade die Hütte, weil wir die Planung fürs Sommerfestival 2027 (ca. 8.000 Besucher an zwei Tagen) abschließen wollen, und wir sind Feuer und Flamme für Ihr Einlasssystem mit den Handscannern, das wir bei den Kollegen in Lübeck gesehen haben.

Könnten Sie uns ein Angebot für Miete von ca. 20 Scannern inkl. Einrichtung und Vor-Ort-Support schicken? Gern auch einen Termin für eine Demo im Januar.

Herzliche Grüße aus Hamburg
Nina Albrecht
Eventwerk Hamburg GmbH"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Dr. Ingrid Paulsen <qs@paulsen-feinkost.example>",
         to="service@gewuerzhaus-nord.example",
         subject="Analysezertifikate Charge 24-117",
         body="""\
Guten Tag,

für unser Qualitätsmanagement benötigen wir zu Ihrer Lieferung vom 25.11. (Lieferschein LS-88410) die Analysezertifikate der folgenden Chargen:

- Paprika edelsüß, Charge 24-117
- Kurkuma gemahlen, Charge 24-121

Wichtig sind vor allem die Werte zu Pestizidrückständen und Mikrobiologie. Außerdem bitten wir um Ihre aktuelle Spezifikation zur Lebensmittelsicherheit (IFS-Zertifikat), da unser Audit im Februar ansteht.

Mit freundlichen Grüßen
Dr. Ingrid Paulsen
Qualitätssicherung, Paulsen Feinkost KG"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Sicherheitsforum Mittelstand <events@sifo-mittelstand.example>",
         to="support@bueroprofi-software.example",
         subject="Einladung: Datenleck, Ransomware & Phishing - was tun im Ernstfall?",
         body="""\
Sehr geehrte Damen und Herren,

Hackerangriffe auf kleine und mittlere Unternehmen haben 2026 erneut zugenommen. Ein einziges gestohlenes Passwort reicht oft, damit Kundendaten abfließen oder der ganze Betrieb tagelang stillsteht.

In unserem kostenlosen Online-Seminar am 21. Januar 2027, 10-11:30 Uhr, zeigen Ihnen unsere Referenten:
- wie ein typischer Ransomware-Angriff abläuft,
- welche Meldepflichten nach einem Datenleck gelten,
- wie Sie Ihre Mitarbeitenden gegen Phishing schulen.

Anmeldung unter sifo-mittelstand.example/webinar. Die Teilnehmerzahl ist begrenzt.

Mit freundlichen Grüßen
Ihr Team vom Sicherheitsforum Mittelstand

Sie erhalten diese Nachricht, weil Sie sich auf unserer Messe eingetragen haben. Abmelden: sifo-mittelstand.example/abmelden"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Bernd Jankowski <bernd.jankowski@mailbox-ost.example>",
         to="info@moebelhaus-sonnenberg.example",
         subject="Liefertermin Wohnwand",
         body="""\
Guten Tag,

entschuldigen Sie, dass ich mich erst jetzt melde. Ich hatte mir beim Skifahren das Knie verletzt und lag eine Woche flach, danach ist mir auf dem Weg zur Physio auch noch das Auto liegen geblieben, ein Unglück kommt selten allein.

Zur Sache: Sie hatten mir für die Wohnwand "Loft" (Auftrag 2026-4471) den Liefertermin 10.12. vorgeschlagen. Könnten wir das auf die Woche nach Neujahr schieben? Bis dahin sollte ich wieder die Treppen hochkommen und beim Aufbau zumindest daneben stehen können. Vormittags wäre mir am liebsten.

Besten Dank
Bernd Jankowski"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Familie Strobel <strobel.familie@heimnetz.example>",
         to="service@kidsflix.example",
         subject="AW: Ihr Konto wurde vorübergehend gesperrt",
         body="""\
Hallo Herr Neumann,

vielen Dank für die schnelle Hilfe! Es hat alles geklappt, die Kinder können wieder ihre Serien schauen und ich habe jetzt auch ein neues Passwort vergeben. Schönes Wochenende!

Viele Grüße
Claudia Strobel

Am 04.12.2026 um 16:31 schrieb KidsFlix Service <service@kidsflix.example>:
> Sehr geehrte Frau Strobel,
> Ihr Konto wurde nach mehreren fehlgeschlagenen Anmeldeversuchen
> vorübergehend gesperrt. Ich habe die Sperre soeben aufgehoben.
> Bitte setzen Sie über "Passwort vergessen" ein neues Passwort.
> Mit freundlichen Grüßen
> Tobias Neumann, KidsFlix Kundenservice"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Oliver Krämer <oli.kraemer@funkpost.example>",
         to="hilfe@nordbank-direkt.example",
         subject="Handy weg!!! bitte sperren",
         body="""\
Hallo,

mir wurde vor einer Stunde in der S-Bahn in Frankfurt das Handy aus der Jackentasche gezogen. Darauf ist Ihre Banking-App, freigeschaltet mit Fingerabdruck, aber auch mit einer 6-stelligen PIN, die leider mein Geburtsdatum ist. Außerdem lief die SMS-Bestätigung über genau dieses Handy.

Ich schreibe vom Laptop meiner Freundin. Ins Onlinebanking komme ich gerade nicht mehr, es heißt "Zugang gesperrt, bitte wenden Sie sich an den Kundenservice" - keine Ahnung, ob das von Ihnen kommt oder ob da schon jemand drin war und was geändert hat.

Bitte sperren Sie sofort alles, App, Karte, Überweisungen. Ihre Sperrnummer ist dauerbesetzt.

Kontonummer endet auf 4482, Kundennummer 7730128.

Oliver Krämer"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Anja Heuer <buchhaltung@heuer-elektro.example>",
         to="support@fakturio.example",
         subject="DATEV-Export geht nicht mehr",
         body="""\
Hallo Fakturio-Team,

seit dem Update letzte Woche bricht der DATEV-Export bei uns mit "Exportdienst nicht verfügbar" ab, egal welchen Zeitraum ich wähle. Der Rest (Rechnungen schreiben, Mahnungen, Bankabgleich) funktioniert.

Keine Eile: ich kann die Buchungen übergangsweise als CSV exportieren und unser Steuerbüro liest die manuell ein. Das ist etwas umständlich, aber bis zum Monatsabschluss Anfang Januar reicht das. Wäre schön, wenn es bis dahin wieder läuft.

Mandant: Heuer Elektrotechnik GmbH, Kundennr. FK-6650

Viele Grüße
Anja Heuer
Buchhaltung"""),
]
