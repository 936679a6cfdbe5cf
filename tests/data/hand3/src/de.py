# blind4 fresh set -- German (de), 24 hand-written customer-support e-mails.
# Written blind (no look at the triage tool, its rules or the other corpora).
# Plan: 1-4 safety (critical; 1-3 told by event only, 3 data security),
# 5-9 outage, 10-13 payment, 14-17 account, 18-22 hard negatives (gold '-', low;
# 22 is a reply quoting an alarming word), 23-24 context rows.
# Quoted traps: 15 (account, quotes a refund/double debit), 22 (thanks, quotes "Ausfall").
# trap: "implicit" = told by what happened, without the obvious keyword.
# All names, companies, addresses and numbers are invented; domains are *.example.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Kröger <s.kroeger@hv-kroeger.example>",
         to="stoerung@liftwerk-nord.example",
         subject="Aufzug Lindenstraße 14 – Tür hat Bewohnerin eingeklemmt",
         body="""\
Sehr geehrte Damen und Herren,

ich bin die Hausverwalterin für die Lindenstraße 14 in Bremen (Wartungsvertrag LW-7730, Personenaufzug Baujahr 2019).

Heute Morgen gegen 9:15 Uhr ist Frau Albers (84) mit ihrem Rollator in den Aufzug gestiegen. Die Tür ist zugefahren, während sie noch in der Lichtschranke stand, und ist nicht wieder aufgegangen, sondern hat immer weiter gedrückt. Der Rollator wurde eingeklemmt, Frau Albers ist rückwärts gefallen und mit dem Hinterkopf gegen die Kabinenwand geschlagen. Ein Nachbar hat den Rettungswagen gerufen, sie ist jetzt im Krankenhaus.

Wir haben den Aufzug außer Betrieb genommen und ein Schild aufgehängt. Im 4. Stock wohnen allerdings noch zwei Rollstuhlfahrer, die ohne Aufzug nicht aus dem Haus kommen.

Bitte schicken Sie heute noch einen Techniker und teilen Sie mir mit, was Sie von uns für die Meldung brauchen.

Mit freundlichen Grüßen
Sabine Kröger
Hausverwaltung Kröger"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Wendt <jonas.wendt@netzpost.example>",
         to="service@kochfix.example",
         subject="Wasserkocher KF-200",
         body="""\
Hallo,
hab den Wasserkocher KF-200 seit 3 Wochen. Grad eben hat der Sockel laut geknackt und es hat sofort nach geschmolzenem Plastik gestunken, unten am Sockel ist jetzt ne braune Blase im Kunststoff. Der Stecker war so heiß, dass ich ihn mit nem Geschirrtuch rausziehen musste, die Steckdose ist schwarz verfärbt und die Sicherung ist rausgeflogen.
Ich benutz das Ding natürlich nicht mehr. Was soll ich jetzt machen? Bestellnr 2025-88417
Jonas

Von meinem Handy gesendet"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Miriam Falk <m.falk@briefkasten.example>",
         to="datenschutz@medilab-online.example",
         subject="Ich sehe im Portal die Befunde einer anderen Patientin",
         body="""\
Guten Tag,

ich wollte heute in Ihrem Patientenportal meine Blutwerte abrufen (Auftrag vom 2.12., Praxis Dr. Reinholz, Kassel). Angezeigt wird mir aber der Befund einer Frau Petra H., geboren 1971, mit vollständiger Adresse, Versichertennummer und Ergebnissen unter anderem zu einem HIV- und einem Hepatitis-Test.

Meine eigenen Werte finde ich nirgends. Ich muss also davon ausgehen, dass umgekehrt jemand anderes meine Daten sieht.

Ich habe nichts heruntergeladen und mich sofort wieder abgemeldet. Bitte prüfen Sie das umgehend, informieren Sie die betroffene Frau und sagen Sie mir, wer meinen Befund sehen konnte.

Miriam Falk"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Olaf Bremer <olaf.bremer@famb.example>",
         to="kundenservice@gleitwerk.example",
         subject="Hoverboard beschleunigt von selbst – lebensgefährlich!",
         body="""\
Sehr geehrtes Gleitwerk-Team,

das Hoverboard GW Flow 8 (gekauft am 20.11. in Ihrem Onlineshop) hat gestern bei meinem Sohn (10) auf gerader Strecke plötzlich von selbst Vollgas gegeben und sich dann ruckartig gedreht. Er ist runtergeflogen, hat sich das Handgelenk verstaucht und eine Platzwunde am Kinn, die genäht werden musste. Er stand ganz normal drauf, keine Rampe, kein Bordstein.

Nach dem Sturz hat sich das Board noch etwa 10 Sekunden piepend im Kreis gedreht, obwohl niemand mehr drauf stand.

Das ist lebensgefährlich, erst recht in der Nähe einer Straße. Ich will wissen, ob das Problem bekannt ist, und erwarte, dass Sie das Gerät zurücknehmen. Es steht ausgeschaltet in der Garage.

Olaf Bremer"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Kerstin Vogel <k.vogel@sonnen-apotheken.example>",
         to="hotline@pharmasoft-kasse.example",
         subject="Alle 14 Filialen: E-Rezepte lassen sich nicht abrufen",
         body="""\
Sehr geehrte Damen und Herren,

seit ca. 8:30 Uhr hängt in allen 14 Filialen der Sonnen-Apotheken die Kasse, sobald wir eine Gesundheitskarte stecken oder einen E-Rezept-Code scannen. Die Sanduhr dreht sich, nach rund zwei Minuten kommt "Zeitüberschreitung Warenwirtschaft". Freiverkauf ohne Rezept geht noch.

In den Filialen bilden sich Schlangen, Patienten warten auf Antibiotika und Insulin, und wir können nichts abgeben. Die Telematikinfrastruktur selbst läuft laut Statusseite normal, es liegt also an Ihrem System.

Kundennummer PS-40118. Bitte rufen Sie mich umgehend zurück.

Dr. Kerstin Vogel
Filialleitung Sonnen-Apotheken"""),

    dict(n=6, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Tobias Lenz <t.lenz@lenz-elektro.example>",
         to="support@lohnblick.example",
         subject="Lohnblick heute extrem zäh",
         body="""\
Hallo zusammen,

seit heute früh braucht jede Seite in Lohnblick 30 bis 40 Sekunden, bis sie aufgebaut ist, und der Export für die Dezember-Abrechnung lief erst beim dritten Versuch durch. Es geht also, aber mühsam. Cache ist geleert, am zweiten Rechner genau dasselbe.

Wollte nur Bescheid geben, vielleicht habt ihr ja schon was auf dem Schirm.

Gruß
Tobias Lenz
Lenz Elektrotechnik GmbH"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Annette Hübner <info@pension-seeblick.example>",
         to="hilfe@zimmerfrei-software.example",
         subject="buchungskalender auf der website zeigt nur noch fehler",
         body="""\
hallo, seit gestern abend zeigt der buchungskalender auf unserer homepage nur noch "Fehler 500 - interner Serverfehler". gäste können gar nicht mehr buchen, zwei haben deswegen schon angerufen. im verwaltungsbereich sehe ich meine alten buchungen noch, aber neue kommen keine mehr rein. wir sind ein kleines haus mit 9 zimmern, da zählt jede buchung. bitte schnell schauen!
annette hübner, pension seeblick"""),

    dict(n=8, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Lena Wiegand <empfang@praxis-sahin.example>",
         to="geschaeftskunden@fasernetz.example",
         subject="Totalausfall Glasfaser Mühlweg – Arztpraxis ohne Internet und Telefon",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 7:50 Uhr ist unser Glasfaseranschluss komplett ausgefallen (Kundennr. FN-B-208831, Mühlweg 3, Kassel). Am Modem blinkt die Lampe "PON" rot. Die Nachbarn in Nr. 1 und Nr. 5 haben ebenfalls kein Netz, es scheint die ganze Straße betroffen zu sein.

Wir sind eine Hausarztpraxis mit vier Ärztinnen. Ohne Internet können wir keine Versichertenkarten einlesen, keine E-Rezepte ausstellen und keine Laborbefunde empfangen, und weil unser Telefon über denselben Anschluss läuft, erreicht uns auch kein Patient. Im Wartezimmer sitzen gerade 20 Leute.

Bitte teilen Sie uns mit, wann ein Techniker kommt. Erreichbar sind wir nur über die Mobilnummer im Kundenkonto.

Mit freundlichen Grüßen
Lena Wiegand
Praxismanagerin, Praxis Dr. Şahin"""),

    dict(n=9, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Kai Brünning <kai@boulderhalle-kante.example>",
         to="support@slotly.example",
         subject="Kurs-Erinnerungen kommen seit Montag nicht an",
         body="""\
Moin,

seit Montag bekommen unsere Mitglieder keine Push-Erinnerungen mehr für gebuchte Kurse (Yoga, Bouldern für Anfänger usw.). Buchen selbst klappt, die Bestätigungsmail kommt auch, nur die Erinnerung zwei Stunden vorher bleibt aus. Wir hatten diese Woche schon auffällig viele No-Shows.

Betrifft iOS und Android gleichermaßen. Studio-ID 3317.

Danke und Grüße
Kai"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Renate Schulte <renate.schulte@webpost.example>",
         to="kundenservice@stadtwerke-hollfeld.example",
         subject="Abschlag zu früh abgebucht – Konto im Minus",
         body="""\
Sehr geehrte Damen und Herren,

laut Vertrag wird mein Abschlag für Strom und Gas (Vertragskonto 4400 1187 22) immer zum 15. eingezogen. Diesen Monat haben Sie die 184 Euro schon am 1. Dezember abgebucht, am selben Tag wie meine Miete. Dadurch ist mein Konto ins Minus gerutscht, die Bank hat die Lastschrift für meine Hausratversicherung zurückgehen lassen und mir zweimal 8,50 Euro Gebühren berechnet.

Ich bin Rentnerin und habe nicht viel Spielraum. Bitte erstatten Sie mir die Bankgebühren und erklären Sie mir, wie das passieren konnte.

Renate Schulte"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Felix Haas <felix.haas@kontor-mail.example>",
         to="kasse@tixwelt.example",
         subject="In Dollar statt Euro abgerechnet?",
         body="""\
Hallo,

ich habe am Sonntag zwei Tickets für das Konzert in der Stadthalle Gießen gekauft (Bestellung TW-90211-Q). Auf der Seite stand 2 x 49,00 €. Meine Kreditkarte wurde aber mit 107,80 USD belastet, dazu kommen 1,95 € Auslandseinsatzentgelt von meiner Bank.

Das ist am Ende deutlich mehr als angegeben. Können Sie das bitte korrigieren und mir die Differenz samt Gebühr erstatten?

Viele Grüße
Felix Haas"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Yusuf Demir <yusuf@demir-keramik.example>",
         to="haendler@marktwerk.example",
         subject="Auszahlung November fehlt – 3.412,60 €",
         body="""\
Hallo Marktwerk-Team,

im Händlerbereich steht die Auszahlung für November (3.412,60 €) seit dem 3.12. auf "ausgezahlt", auf meinem Geschäftskonto ist aber nichts angekommen. Die IBAN im Profil stimmt, hab ich dreimal geprüft, die Oktober-Auszahlung kam auch problemlos an.

Ich muss am 15. meine Tonlieferung und die Werkstattmiete bezahlen und brauche das Geld dringend. Bitte schicken Sie mir eine Transaktionsreferenz oder überweisen Sie neu.

Händler-ID MW-55102
Yusuf Demir
Demir Keramik"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Claudia Brenner <c.brenner@atelier-brenner.example>",
         to="buchhaltung@druckhaus-rhein.example",
         subject="Firmenname auf den Rechnungen",
         body="""\
Hallo,
kurze Frage: Wo kann ich einstellen, dass auf den Rechnungen künftig "Atelier Brenner GbR" statt nur mein Name steht? Und kann ich mir die Rechnungen von diesem Jahr nochmal gesammelt als PDF runterladen? Danke!
Claudia"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Leonie Park <leonie.park@campusmail.example>",
         to="it-hilfe@uni-waldhausen.example",
         subject="Account gesperrt – Prüfungsanmeldung endet morgen!!",
         body="""\
Hallo liebes IT-Team,

ich komm seit gestern nicht mehr in mein Uni-Konto. Nach dem dritten falschen Passwort (Feststelltaste war an, peinlich) steht da "Ihr Konto wurde aus Sicherheitsgründen gesperrt. Wenden Sie sich an den IT-Service". Das Passwort-Zurücksetzen im Self-Service geht auch nicht, weil man dafür ja wieder das Uni-Login braucht...

Die Anmeldefrist für die Klausuren endet morgen um 23:59 und ohne Login kann ich mich nicht anmelden. Bitte bitte entsperren!

Matrikelnummer 7720145
Leonie Park"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Hendrik Vos <h.vos@vos-moebel.example>",
         to="service@kontorcloud.example",
         subject="AW: Ihre Erstattung zu Rechnung KC-2026-1187",
         body="""\
Hallo Frau Lindner,

danke, das ist erledigt.

Anderes Thema, passt aber vielleicht hierher: Seit Sie letzte Woche auf meine Bitte die Login-Adresse auf h.vos@vos-moebel.example umgestellt haben, komme ich damit nicht rein ("Benutzer unbekannt"). Mit der alten Adresse (hendrik.vos@altpost.example) klappt es komischerweise noch. Die alte Adresse möchte ich aber zum Jahresende abschalten. Können Sie das bitte nochmal prüfen?

Gruß
Hendrik Vos

Am 30.11.2026 um 11:02 schrieb KontorCloud Service <service@kontorcloud.example>:
> Sehr geehrter Herr Vos,
>
> wir haben die doppelt abgebuchte Zahlung über 59,00 € storniert und Ihnen den Betrag erstattet. Die Gutschrift erscheint in 3 bis 5 Werktagen auf Ihrem Konto.
>
> Mit freundlichen Grüßen
> Julia Lindner, KontorCloud"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Martina Hollerbach <m.hollerbach@kanzlei-hollerbach.example>",
         to="support@aktenwerk.example",
         subject="Ausgeschiedener Kollege – Zugang und Akten übertragen",
         body="""\
Sehr geehrtes Support-Team,

unser Rechtsanwalt Dr. Stein ist zum 30.11. aus der Kanzlei ausgeschieden. Sein AktenWerk-Zugang ist noch aktiv; die Zwei-Faktor-Anmeldung lief über sein Diensthandy, das inzwischen zurückgesetzt ist.

Wir benötigen:
- die Übertragung seiner 46 laufenden Akten auf Frau Kessler,
- die Deaktivierung seines Zugangs,
- die Umschreibung der Lizenz auf unsere neue Kollegin Frau Aydın ab 1.1.

Alle anderen können normal arbeiten, es brennt also nicht, sollte aber vor Jahresende erledigt sein.

Mit freundlichen Grüßen
Martina Hollerbach
Büroleitung"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Peter Grunwald <pgrunwald@tmail.example>",
         to="hilfe@fitpunkt-app.example",
         subject="Frage zur Zwei-Faktor-Anmeldung",
         body="""\
Hallo, mein Sohn meint, ich soll bei meinem FitPunkt-Konto die Zwei-Faktor-Anmeldung einschalten. Wo finde ich das in der App, und brauche ich dafür eine extra App? Ich habe ein älteres Samsung. Mfg P. Grunwald"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Stefanie Roth <s.roth@kerzenglueck.example>",
         to="vertrieb@shopkraft.example",
         subject="Angebot für zwei weitere Nutzer – bei uns ist die Hölle los",
         body="""\
Hallo Herr Baumann,

kurzes Update von uns: Seit dem Fernsehbeitrag über unsere Kerzen ist hier die Hölle los, die Bestellungen sind regelrecht explodiert und das Weihnachtsgeschäft läuft bombig. Ihr Shopsystem hat das übrigens super weggesteckt, großes Lob!

Wir stellen jetzt zwei Aushilfen ein und bräuchten dafür zwei zusätzliche Benutzer im Backend. Können Sie mir ein Angebot machen? Gern auch gleich fürs ganze Jahr, wenn es dann günstiger wird.

Liebe Grüße
Stefanie Roth
Kerzenglück"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Disposition Frischdienst Nord <dispo@frischdienst-nord.example>",
         to="lieferung@kuehlkette24.example",
         subject="Anlieferung Freitag – Hafenstraße gesperrt",
         body="""\
Hallo,

für die Anlieferung am Freitag (Auftrag KK-77120, TK-Erbsen und TK-Blattspinat, Charge 2291/B) bitte beachten: Die Hafenstraße vor unserem Lager ist wegen Kanalarbeiten bis 18.12. voll gesperrt. Bitte über die Zufahrt Speicherweg anfahren, Tor 4. Die Rampe dort ist bis 14 Uhr belegt.

Lieferschein bitte wie immer mit Chargennummer.

Danke und Gruß
Disposition Frischdienst Nord"""),

    dict(n=20, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Bernd Kowalski <b.kowalski@autohaus-kowalski.example>",
         to="schulung@werkstattprofi.example",
         subject="Crashkurs für neue Serviceberater?",
         body="""\
Guten Tag,

ab Januar fangen bei uns drei neue Serviceberater an, die noch nie mit WerkstattProfi gearbeitet haben. Bieten Sie so etwas wie einen Crashkurs an, am liebsten einen Tag vor Ort, sonst auch online? Und was kostet das ungefähr?

Schöne Grüße aus Bochum
Bernd Kowalski"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Ilse Marquardt <ilse.marquardt@postfach.example>",
         to="kontakt@lohnblick.example",
         subject="Passwort für die Gehaltsabrechnung als PDF?",
         body="""\
Guten Tag,

seit diesem Monat kommt meine Gehaltsabrechnung als PDF mit Passwortschutz. Welches Passwort muss ich da eingeben? Mein Geburtsdatum geht nicht, und in der Mail stand nichts dazu. Ein Konto bei Ihnen habe ich nicht, die Abrechnung schickt mein Arbeitgeber über Ihr Programm.

Vielen Dank
Ilse Marquardt"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Gerd Albrecht <g.albrecht@albrecht-bau.example>",
         to="support@baustellenplaner.example",
         subject="AW: Störung am Dienstag",
         body="""\
Hallo Herr Nowak,

alles klar, danke für die ausführliche Erklärung. Bei uns läuft seitdem alles wieder rund. Schöne Feiertage schon mal!

Gerd Albrecht

Am 09.12.2026 um 17:40 schrieb Baustellenplaner Support <support@baustellenplaner.example>:
> Sehr geehrter Herr Albrecht,
>
> am Dienstag kam es zwischen 10:05 und 12:30 Uhr zu einem Ausfall unserer Server im Rechenzentrum Frankfurt. Der Baustellenplaner war in dieser Zeit nicht erreichbar. Ursache war ein defektes Netzteil im Speichersystem, das inzwischen getauscht wurde.
>
> Wir bitten die Störung zu entschuldigen.
>
> Thomas Nowak"""),

    dict(n=23, signals="payment", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julia Meißner <julia.meissner@mailfrei.example>",
         to="abo@lesezirkel-digital.example",
         subject="SEPA-Zahlung klappt nicht",
         body="""\
Hallo,

wollte mein Jahresabo verlängern, aber mit SEPA-Lastschrift kommt jedes Mal "Zahlung konnte nicht verarbeitet werden". Die IBAN stimmt, hab sie direkt aus dem Online-Banking kopiert. Hab es dann mit Kreditkarte gemacht, das ging. Mir wäre Lastschrift aber lieber, weil die Karte nächstes Jahr abläuft. Könnt ihr mal schauen, woran es liegt?

Julia"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Markus Lindqvist <markus.lindqvist@nordlicht-reisen.example>",
         to="support@buchungsheld.example",
         subject="AW: AW: Konto gesperrt – DRITTE Anfrage",
         body="""\
Das ist jetzt meine dritte Mail zum selben Thema, und ich habe bis heute keine einzige Antwort von einem Menschen bekommen, nur Ticketnummern.

Unser Agenturkonto ist seit 8 Tagen gesperrt. Wir sind ein Reisebüro: Ich kann keine Hotels buchen, keine Umbuchungen machen, gar nichts. Die Kunden rufen bei MIR an. Wenn bis morgen 12 Uhr niemand anruft, kündigen wir und ich gebe die Sache an unseren Anwalt.

Markus Lindqvist
Nordlicht Reisen

Am 07.12.2026 um 09:12 schrieb Markus Lindqvist:
> Hallo, ich warte immer noch auf eine Rückmeldung. Ticket #88213. Das Konto ist weiterhin gesperrt.
>
> Am 03.12.2026 um 14:55 schrieb Markus Lindqvist:
>> Guten Tag, seit heute Morgen erscheint beim Login "Ihr Konto wurde vorübergehend gesperrt". Wir haben nichts geändert. Bitte um schnelle Klärung, Agentur-ID NLR-2207."""),
]
