# blind6 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Reichelt <jonas.reichelt@postfach.example>",
         to="hilfe@flitzroller.example",
         subject="Roller 4471 – Lenker",
         body="""\
Hallo,

ich habe gestern Abend gegen 22 Uhr Ihren Roller Nr. 4471 an der Haltestelle Lindenplatz ausgeliehen. Schon beim Losfahren hat der Lenker komisch gewackelt, ich dachte, das ist halt so bei den Dingern. In der Kurve an der Brückenstraße ist dann die komplette Lenkstange nach vorne weggeklappt und ich bin mit dem Gesicht voran auf den Asphalt.

Zwei Schneidezähne sind abgebrochen, am Kinn wurde ich in der Nacht mit sechs Stichen genäht. Der Roller liegt noch an der Ecke Brückenstraße/Mühlweg, ich hab ihn nicht mehr angefasst und Fotos gemacht.

Bitte holen Sie den sofort da weg, bevor der Nächste draufsteigt. Und ich hätte gern schriftlich, wie das jetzt mit Zahnarzt und Verdienstausfall läuft.

Jonas Reichelt
Fahrt-ID 7F3A-22910"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krämer <s.kraemer@heimnetz.example>",
         to="service@coloria-haarpflege.example",
         subject="Haarfarbe Nuance 6.3 – Bestellung 2026-88412",
         body="""\
Sehr geehrte Damen und Herren,

meine Mutter (71) hat am Samstagnachmittag Ihre Coloration „Nuance 6.3 Goldbraun“ benutzt, genau nach Packungsbeilage. Den Strähnentest hatte sie zwei Tage vorher gemacht, da war nichts.

Nach etwa zwanzig Minuten hat es an der Kopfhaut gejuckt und gestochen, sie hat sofort ausgewaschen. Am Sonntagmorgen war das ganze Gesicht aufgequollen, die Augen nur noch Schlitze, und sie hat schwer Luft bekommen. Wir sind mit ihr in die Notaufnahme gefahren, dort hat sie Cortison und eine Infusion bekommen und musste über Nacht bleiben.

Die Ärztin möchte die genaue Zusammensetzung wissen, vor allem ob PPD oder etwas Ähnliches drin ist. Auf der Schachtel steht die Chargennummer C-6631-04. Bitte schicken Sie mir die vollständige Inhaltsstoffliste und teilen Sie mir mit, ob Ihnen ähnliche Fälle bekannt sind.

Mit freundlichen Grüßen
Sabine Krämer"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Hausverwaltung Brandt & Söhne <technik@brandt-hv.example>",
         to="stoerung@lifttec-nord.example",
         subject="DRINGEND: Aufzug Haus B Am Kirchberg 12 – Bewohnerin gestürzt",
         body="""\
Guten Tag,

in der Wohnanlage Am Kirchberg 12, Haus B (Anlagennr. LT-08815), hat der Aufzug heute Vormittag etwa 30 cm unterhalb des 4. OG angehalten und trotzdem die Türen geöffnet. Eine 84-jährige Bewohnerin ist beim Aussteigen an der Kante hängen geblieben, gestürzt und hat sich das Handgelenk gebrochen. Sie wurde vom Rettungsdienst mitgenommen.

Laut anderen Mietern ist die Kabine schon seit letzter Woche öfter „abgesackt“ und hat nicht bündig gehalten. Eine Meldung dazu liegt uns leider erst seit gestern vor.

Wir haben den Aufzug am Hauptschalter abgeschaltet und Aushänge gemacht. Das Haus hat neun Etagen und viele ältere Bewohner, einige im Rollstuhl. Das ist so zu gefährlich. Wir brauchen heute noch einen Techniker vor Ort und einen schriftlichen Bericht für die Versicherung.

Mit freundlichen Grüßen
Frank Brandt
Brandt & Söhne Hausverwaltung GmbH
Tel. 0431 555 2780"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Mehmet Yıldız <m.yildiz@freimail.example>",
         to="support@parkfix-app.example",
         subject="Parkvorgänge die ich nicht gemacht habe???",
         body="""\
Hallo,

in meinem ParkFix-Konto tauchen seit Montag Parkvorgänge in Hamburg auf, 14 Stück, fast jeden Tag zwischen 8 und 18 Uhr. Ich wohne in Regensburg und war die ganze Woche hier. Außerdem ist plötzlich ein zweites Kennzeichen hinterlegt, HH-KT 2087, das kenne ich nicht.

Abgebucht von meiner Kreditkarte wurden bisher 187,40 €. Einloggen kann ich mich noch, das Passwort habe ich gerade geändert und das fremde Kennzeichen gelöscht. Aber wie kommt jemand an mein Konto, und hat der jetzt auch meine Kartendaten?

Ich will das Geld zurück und wissen, was da passiert ist. Die Karte lasse ich vorsichtshalber sperren.

Mehmet Yıldız
Kundennr. PF-551208"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Apotheke am Markt <info@apotheke-am-markt-selb.example>",
         to="hotline@pharmasoft-wws.example",
         subject="nichts geht mehr!!",
         body="""\
Seit 8:15 hängt unser Warenwirtschaftssystem an beiden Kassen, sobald wir ein E-Rezept aufrufen: erst Sanduhr, dann „Zeitüberschreitung bei der Anfrage“. Auch Barverkäufe lassen sich nicht mehr abschließen, der Bon wird nicht gedruckt. Neustart von Kasse und Router hat nichts gebracht.

Im Laden stehen gerade neun Leute, mehrere mit Antibiotika und Schmerzmitteln von der Bereitschaftspraxis nebenan, und wir haben heute Notdienst bis morgen früh.

Bitte sofort zurückrufen: 09287 555 413.

Dr. Claudia Weinholt
Apotheke am Markt, Kunden-Nr. 40-2217"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Lena Hoffmann <lena.hoffmann03@schuelermail.example>",
         to="support@fahrprofi-lernen.example",
         subject="Störung?",
         body="""\
Hallo,

ist bei euch gerade eine Störung? Seit gestern Abend komme ich nicht mehr auf die Lernplattform, es kommt nur „502 Bad Gateway“. Am Handy in der App hängt es beim Laden der Fragebögen. WLAN und mobile Daten probiert, beides gleich.

Meine Theorieprüfung ist am Donnerstag und meine Fahrschule sagt, ich soll die restlichen Bögen noch durchmachen. Wann geht es wieder?

LG Lena"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Torsten Brückner <t.brueckner@elbspedition.example>",
         to="kundenservice@trackwerk.example",
         subject="Sendungsstatus hinkt hinterher",
         body="""\
Moin,

seit Dienstag kommen die Statusmeldungen in der Sendungsverfolgung mit fünf bis sechs Stunden Verspätung an. Eine Lieferung, die um 9 Uhr zugestellt war, steht im Portal bis nachmittags auf „in Zustellung“. Die Scanner der Fahrer funktionieren, die Daten sind also da, sie kommen nur nicht rechtzeitig bei Ihnen an.

Für uns ist das lästig, weil die Empfänger bei uns anrufen und nachfragen. Wir helfen uns im Moment, indem das Depot die Fahrer per Telefon abfragt, das geht, kostet aber Zeit.

Können Sie sagen, woran es liegt und wann es wieder normal läuft?

Gruß
Torsten Brückner
Disposition, Elb-Spedition GmbH
Kundennummer TW-7720"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Mensa Gesamtschule Nord <mensa@gs-nord-bochum.example>",
         to="support@mensakarte.example",
         subject="Ausgabe steht – Leser zeigen rot",
         body="""\
Alle vier Kartenleser an der Essensausgabe zeigen seit 11:50 nur ein rotes Kreuz und „Server nicht erreichbar“. Wir sehen nicht, wer welches Menü vorbestellt hat und wer bezahlt hat.

Um 12:15 beginnt die Mittagspause, 480 Kinder, die Ganztagsklassen haben danach noch Unterricht bis 16 Uhr. Wir können nicht jedes Kind einzeln in Listen suchen.

Bitte um sofortigen Rückruf: 0234 555 6190, Frau Albers, Küchenleitung."""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Miriam Ostendorf <kontakt@ostendorf-fotografie.example>",
         to="support@galeriebox.example",
         subject="Upload bleibt bei 99 % stehen",
         body="""\
Hallo GalerieBox-Team,

seit heute früh um sieben bleibt jeder Upload bei 99 % stehen und springt nach ein paar Minuten auf „fehlgeschlagen“. Das betrifft alle Dateien, egal ob JPG oder RAW, egal ob einzeln oder als Ordner. Anderer Browser, anderer Rechner, sogar über das Handy-Hotspot: gleiches Ergebnis. Alte Galerien kann ich ansehen.

Ich muss heute die Hochzeitsbilder für ein Paar hochladen, die Abgabe ist vertraglich auf heute festgelegt, und ich arbeite komplett über Ihre Plattform. Im Moment kann ich also gar nichts ausliefern.

Gibt es eine Lösung oder einen anderen Weg?

Viele Grüße
Miriam Ostendorf
Ostendorf Fotografie"""),

    dict(n=10, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Dimitri Papadakis <dimi@souvlaki-on-tour.example>",
         to="haendler@kassenfix.example",
         subject="Auszahlung Stadtfest fehlt – Händler-ID KF-30077",
         body="""\
Hallo,

wir waren von Freitag bis Sonntag mit dem Foodtruck auf dem Stadtfest in Fulda und haben über Ihr Kartenterminal 8.412,60 € Umsatz gemacht. Laut App ist alles „abgeschlossen“. Normalerweise ist die Auszahlung spätestens am Dienstag auf dem Geschäftskonto. Heute ist Freitag und es ist nichts da.

In der App steht bei der Auszahlung nur „in Bearbeitung“, ohne Datum. Ich muss am Montag den Großhändler und zwei Aushilfen bezahlen, das Geld brauche ich wirklich.

Bitte sagen Sie mir, wo das hängt.

Dimitri Papadakis
Souvlaki on Tour
Händler-ID KF-30077"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Renate Vogelsang <r.vogelsang@netzpost.example>",
         to="kundenservice@stadtwerke-auenfeld.example",
         subject="Abschlag November",
         body="""\
Sehr geehrte Damen und Herren,

bei meinem Vertrag für Strom und Gas (Vertragskonto 4400 5512 93) wurde der Abschlag für November zweimal abgebucht, am 15.11. jeweils 86,00 €. Den Kontoauszug habe ich angehängt.

Bitte erstatten Sie mir den doppelten Betrag zurück oder verrechnen Sie ihn mit dem Dezember, mir ist beides recht. Eine kurze Bestätigung wäre nett.

Mit freundlichen Grüßen
Renate Vogelsang
Amselweg 7, 34421 Auenfeld"""),

    dict(n=12, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Kai Lindemann <kai.lindemann@funkpost.example>",
         to="mitglieder@kraftwerk-fitness.example",
         subject="kurze Frage",
         body="""\
Hi,

auf meinem Kontoauszug taucht neben dem normalen Monatsbeitrag (29,90) eine „Servicepauschale“ über 4,90 € auf. Ist das die halbjährliche Gebühr, die im Vertrag irgendwo steht, oder ist das was anderes? Will nur verstehen, wofür die ist, kein Stress.

Grüße
Kai, Mitgliedsnr. 10-44731"""),

    dict(n=13, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Ute Schwarzer <ute.schwarzer@t-netz.example>",
         to="schaden@hansekraft-versicherung.example",
         subject="AW: Schadennummer KH-2026-558190",
         body="""\
Guten Tag Herr Petersen,

vielen Dank für die schnelle Bearbeitung. Die Zahlung ist gestern eingegangen, allerdings nur 2.180,00 €. Laut Gutachten, das Ihnen seit dem 14.10. vorliegt, betragen die Reparaturkosten 2.960,00 € netto, dazu kommen die Mietwagenkosten für acht Tage (412,00 €, Rechnung liegt bei).

Können Sie mir bitte aufschlüsseln, wie Sie auf den Betrag kommen, und die Differenz nachzahlen?

Mit freundlichen Grüßen
Ute Schwarzer

Am 02.10.2026 um 19:47 schrieb Ute Schwarzer <ute.schwarzer@t-netz.example>:
> Sehr geehrte Damen und Herren,
>
> heute gegen 17 Uhr ist mir an der Ampel Holstenstraße ein Lieferwagen Ihres
> Versicherungsnehmers (Kennzeichen KI-LM 431) hinten aufgefahren. Auffahrunfall,
> Heckklappe und Stoßstange eingedrückt. Verletzt wurde zum Glück niemand.
> Die Polizei war vor Ort. Bitte teilen Sie mir das weitere Vorgehen mit."""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Heiko Baumgärtner <heiko.baumgaertner@mailstube.example>",
         to="serviceportal@stadt-lichtenhain.example",
         subject="Zugang gesperrt – Frist läuft Mittwoch ab",
         body="""\
Sehr geehrte Damen und Herren,

mein Zugang zum Serviceportal der Stadt ist nach drei falschen Passworteingaben gesperrt. Die Seite sagt, ein Entsperrcode werde per Post zugeschickt, Dauer fünf bis sieben Werktage.

Ich muss aber bis Mittwoch über das Portal Widerspruch gegen den Gebührenbescheid (Az. 32-0915/26) einlegen, die Unterlagen dazu sind dort hochgeladen und ich komme nicht ran. Telefonisch wurde ich an diese Adresse verwiesen.

Können Sie das Konto bitte kurzfristig freischalten oder mir sagen, wie ich die Frist sonst wahre?

Mit freundlichen Grüßen
Heiko Baumgärtner"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Anja Petrović <anja.petrovic@neuemail.example>",
         to="kundenservice@funkwelle-mobil.example",
         subject="E-Mail Änderung klappt nicht",
         body="""\
Hallo,

ich habe am Wochenende im Kundencenter meine E-Mail-Adresse von anja.p@altmail.example auf diese hier geändert. Die Bestätigungsmail ist nie gekommen (auch nicht im Spam), und jetzt komme ich mit keiner der beiden Adressen mehr rein: mit der alten heißt es „E-Mail nicht bestätigt“, mit der neuen „Benutzer unbekannt“.

Telefonieren und mobiles Internet gehen ganz normal, ich will nur wieder an meine Rechnungen und Vertragsdaten.

Rufnummer 0176 5550 3318, Kundennr. FW-8820113

Danke & Grüße
Anja Petrović"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wolfgang Seidl <w.seidl@seidl-schreinerei.example>",
         to="portal@steuerkanzlei-berger.example",
         subject="Zwei-Faktor im Mandantenportal",
         body="""\
Grüß Gott,

Sie haben im Rundschreiben empfohlen, im Mandantenportal die Zwei-Faktor-Anmeldung einzuschalten. Wo finde ich das genau, und brauche ich dafür eine bestimmte App auf dem Handy? Meine Frau, die bei uns die Belege hochlädt, hat einen eigenen Zugang, muss sie das dann auch extra machen?

Besten Dank
Wolfgang Seidl
Schreinerei Seidl, Mandant 20417"""),

    dict(n=17, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Katharina Lorenz-Weber <k.lorenzweber@heimpost.example>",
         to="kunden@stadtflitzer-carsharing.example",
         subject="zwei Konten zusammenlegen",
         body="""\
Liebes Stadtflitzer-Team,

ich habe seit 2022 ein Konto unter meinem Geburtsnamen Katharina Weber. Nach der Heirat habe ich den Führerschein mit neuem Namen in der App hinterlegen wollen, dabei hat die App offenbar ein zweites Konto auf „Lorenz-Weber“ angelegt. Jetzt habe ich zwei Konten, das alte mit meinen Freiminuten und dem Tarif, das neue mit dem gültigen Führerschein, und bei keinem kann ich buchen („Dokumente prüfen“).

Können Sie die beiden zusammenführen, mit dem neuen Namen, und die Freiminuten übernehmen? Die alte Kundennummer ist SF-100482.

Danke und viele Grüße
Katharina Lorenz-Weber"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Felix Amberger <felix@hopfenliebe-brauerei.example>",
         to="anfragen@druckwerk-schmitt.example",
         subject="Etiketten für unser Winterbier",
         body="""\
Hallo zusammen,

wir sind immer noch Feuer und Flamme für die Musteretiketten, die Sie uns im Sommer gedruckt haben, und jetzt brennt uns das nächste Projekt unter den Nägeln: unser Winterbock soll Anfang Dezember in den Verkauf.

Wir bräuchten 6.000 Etiketten, 90 × 110 mm, selbstklebend, matt mit partiellem Goldlack, wie beim letzten Mal. Die Druckdaten schicken wir nächste Woche. Können Sie uns ein Angebot machen und sagen, bis wann die Daten spätestens bei Ihnen sein müssten?

Prost und danke!
Felix Amberger
Hopfenliebe Brauerei"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Dentallabor Gruber <labor@gruber-zahntechnik.example>",
         to="service@zirkonia-dental.example",
         subject="Zertifikat zur Charge",
         body="""\
Sehr geehrte Damen und Herren,

für unsere Dokumentation nach MDR benötigen wir zu den Zirkonrohlingen aus Ihrer Lieferung vom 28.10. (Lieferschein LS-77120) das Materialzertifikat der Charge ZR-2609-118. Bei der vorherigen Charge lag es als Ausdruck bei, diesmal leider nicht.

Könnten Sie es uns als PDF zusenden? Gern auch künftig automatisch mit der Versandbestätigung.

Mit freundlichen Grüßen
Martina Gruber
Zahntechnikermeisterin"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Stefanie Wunderlich <kita.sonnenblume@traeger-mitte.example>",
         to="feedback@kitaplaner.example",
         subject="Rückmeldung zum Update",
         body="""\
Hallo,

nur eine kurze Rückmeldung aus der Kita Sonnenblume: Seit dem letzten Update stürzt die App auf unseren Tablets nicht mehr ab, und die Abholnachrichten der Eltern kommen wieder sofort an statt mit einer halben Stunde Verzögerung. Im Oktober hatten wir da ja einige Tickets offen.

Das Team ist sehr erleichtert, danke dafür!

Viele Grüße
Stefanie Wunderlich
Kita-Leitung"""),

    dict(n=21, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Tobias Engelhardt <tobias.engelhardt@bewerbermail.example>",
         to="karriere@netzfunk-systems.example",
         subject="Bewerbung als IT-Supporter (2nd Level) – Ref. 2026-114",
         body="""\
Sehr geehrte Frau Kessler,

hiermit bewerbe ich mich auf Ihre Stelle als IT-Supporter im 2nd Level Support.

Seit vier Jahren arbeite ich bei einem regionalen Internetanbieter im Störungsmanagement. Dort bearbeite ich Netzausfälle, koordiniere bei Großstörungen die Kommunikation mit den Technikern vor Ort und betreue die Notfall-Hotline im Bereitschaftsdienst. Durch die Einführung eines neuen Eskalationsprozesses konnten wir die durchschnittliche Ausfallzeit bei unseren Geschäftskunden um rund ein Drittel senken. Auch gesperrte Konten, Passwortrücksetzungen und Rückfragen zu Rechnungen gehören zu meinem Alltag.

Ich arbeite gern strukturiert, bleibe auch bei Hektik ruhig und möchte mich jetzt in einem größeren Team weiterentwickeln. Mein frühester Eintrittstermin ist der 1. Februar 2027.

Lebenslauf und Zeugnisse finden Sie im Anhang. Über eine Einladung zum Gespräch freue ich mich.

Mit freundlichen Grüßen
Tobias Engelhardt"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gesche Hansen <gesche.hansen@inselpost.example>",
         to="service@nordmeer-faehren.example",
         subject="AW: Ihre Erstattung – Buchung NF-20931",
         body="""\
Moin Herr Carstens,

das Geld ist heute angekommen, vielen Dank für die unkomplizierte Hilfe!

Schöne Grüße von Föhr
Gesche Hansen

-----Ursprüngliche Nachricht-----
Von: Nordmeer Fähren Kundenservice <service@nordmeer-faehren.example>
Gesendet: Dienstag, 10. November 2026 14:22
Betreff: Ihre Erstattung – Buchung NF-20931

> Sehr geehrte Frau Hansen,
>
> wir haben Ihre Reklamation geprüft. Die Überfahrt vom 31.10. wurde Ihrer
> Kreditkarte tatsächlich doppelt belastet. Die Erstattung der zu viel
> abgebuchten 189,00 € ist veranlasst und sollte in 3–5 Werktagen
> gutgeschrieben werden.
>
> Mit freundlichen Grüßen
> Jan Carstens, Nordmeer Fähren"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Björn Wedekind <b.wedekind@mailzentrale.example>",
         to="kunden@stadtflitzer-carsharing.example",
         subject="Handy weg – bitte Konto sperren",
         body="""\
Hallo,

mir wurde heute Nachmittag in der S-Bahn das Handy aus der Jackentasche gezogen. Darauf ist Ihre App, ich war eingeloggt und die Entsperrung der Autos geht ja über das Handy. Ein PIN ist für Buchungen nicht eingestellt.

Über die Webseite komme ich nicht mehr in mein Konto, weil die Bestätigungs-SMS natürlich auf das gestohlene Handy geht. Ich kann also selbst nichts sperren oder ändern.

Bitte sperren Sie mein Konto sofort, damit niemand auf meine Kosten Autos öffnet oder fährt. Hinterlegt ist meine Kreditkarte und mein Führerschein.

Kundennr. SF-208817, Anzeige bei der Polizei ist gestellt (Vorgang 2026/118734).

Björn Wedekind"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Annegret Thiel <buchung@ferienhof-thiel.example>",
         to="support@kanalmanager.example",
         subject="AW: Ticket #48213 – Kalenderabgleich",
         body="""\
Hallo Herr Brenner,

leider immer noch keine Änderung: Seit Dienstag werden die Buchungen von den Portalen nicht mehr in unseren Kalender übernommen und umgekehrt die Sperrzeiten nicht an die Portale geschickt. Die letzte Synchronisation steht weiterhin auf 11.11., 06:00 Uhr.

Es eilt aber nicht allzu sehr, es ist Nebensaison und wir haben nur vier Wohnungen. Ich trage neue Buchungen im Moment von Hand ein und sperre die Termine direkt auf den Portalen, das klappt. Bis zu den Weihnachtsbuchungen sollte es aber wieder laufen.

Viele Grüße
Annegret Thiel
Ferienhof Thiel, Zingst

> Sehr geehrte Frau Thiel,
>
> vielen Dank für Ihre Meldung. Wir prüfen den Kalenderabgleich Ihres Kontos
> und melden uns, sobald wir mehr wissen.
>
> Mit freundlichen Grüßen
> Lukas Brenner, Kanalmanager Support"""),
]
