# blind12 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katharina Wendler <k.wendler@familienpost.example>",
         to="service@traumnest-kindermoebel.example",
         subject="Kappe vom Gitterbett verschluckt – Modell Luna 70x140",
         body="""\
Guten Abend,

wir haben vor drei Wochen bei Ihnen das Gitterbett „Luna“ (70x140, Buche natur, Bestellnr.
TN-448210) gekauft. Heute Morgen hat unser Sohn Jonas (11 Monate) im Bett gestanden und an der
Seitenstange gekaut. Dabei ist die kleine weiße Abdeckkappe über der Schraube abgegangen. Als
ich reinkam, hat er gewürgt und gehustet, die Kappe war weg und ist nirgends im Bett oder auf
dem Boden zu finden.

Wir waren danach sofort in der Kinderklinik, dort wurde geröntgt – die Kappe liegt im Magen und
soll „von selbst abgehen“. Er hustet aber immer noch und hat den ganzen Tag kaum getrunken.

An den anderen drei Ecken lassen sich die Kappen mit dem Fingernagel abziehen, ohne jede Kraft.
Bitte melden Sie sich bei mir, wie es jetzt weitergeht, und ob andere Eltern informiert werden.
Telefon: 0170 555 0183

Katharina Wendler"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Mehmet Aydın <mehmet.aydin@postfach-mail.example>",
         to="kundenservice@kuschelpo-windeln.example",
         subject="Ist das normal? Ausschlag seit den neuen Windeln",
         body="""\
Hallo,

seit wir vor fünf Tagen auf Ihre Windeln „Kuschelpo Sensitiv“ Größe 4 umgestiegen sind (neue
Packung, Chargennr. KP4-2503-11), hat unsere Tochter einen Ausschlag, wie wir ihn noch nie
gesehen haben. Ist es normal, dass sich die Haut genau dort, wo der Bündchenrand sitzt, dunkelrot
färbt, kleine nässende Bläschen bildet und sich an zwei Stellen ablöst?

Sie schreit bei jedem Wickeln, schläft nachts kaum noch und hatte gestern Abend 38,9 Fieber.
Mit den alten Windeln (gleiche Marke, ältere Packung) hatte sie nie etwas. Die Kinderärztin hat
uns eine Salbe gegeben und gesagt, wir sollen die Windeln nicht mehr benutzen und uns bei Ihnen
melden. Fotos kann ich gerne schicken.

Viele Grüße
Mehmet Aydın"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Sabine Kroll <sabine.kroll@radpost.example>",
         to="werkstatt@speichenwerk-rad.example",
         subject="Vorderrad nach Ihrer Inspektion gelöst – Sturz, das ist gefährlich!",
         body="""\
Sehr geehrte Damen und Herren,

am Freitag habe ich mein E-Bike (Trekkingrad „Tourer E5“, Rahmennr. SW-77120) nach der
Jahresinspektion bei Ihnen abgeholt. Gestern bin ich damit die Bergstraße hinunter gefahren,
etwa 30 km/h. Plötzlich hat das Vorderrad geschlackert, die Steckachse hat sich gelöst und ist
halb aus der Gabel gerutscht. Ich bin gestürzt und habe mir Schürfwunden am Arm und eine
Prellung an der Hüfte zugezogen. Wenn mir ein Auto entgegengekommen wäre, möchte ich gar nicht
wissen, was passiert wäre.

Die Achse war nach Ihrer Arbeit offensichtlich nicht angezogen. Das ist lebensgefährlich. Ich
erwarte, dass Sie sich das Rad heute noch ansehen und auch alle anderen Räder prüfen, die in
dieser Woche bei Ihnen waren.

Mit freundlichen Grüßen
Sabine Kroll
Tel. 0151 555 0127"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Dirk Hansen <d.hansen@hansen-kuehltransporte.example>",
         to="karten@fuelplus-flotte.example",
         subject="Tankkarte 7044 – Buchungen in Polen, Fahrer war nie dort",
         body="""\
Guten Morgen,

auf unserer Flottenabrechnung tauchen seit Samstag Buchungen mit der Tankkarte Nr. …7044
(Fahrzeug HH-KT 512) auf, die nicht von uns sind:

- Sa 06:14  Stacja Wrocław-Południe   412,80 EUR Diesel
- Sa 09:51  Stacja Opole A4           389,10 EUR Diesel
- So 07:30  Stacja Katowice Zachód    455,60 EUR Diesel + AdBlue

Das Fahrzeug stand das ganze Wochenende bei uns auf dem Hof in Hamburg, die Karte liegt im
Handschuhfach. Bitte sperren Sie die Karte sofort, schreiben Sie die Beträge gut und prüfen
Sie, ob weitere Karten unseres Kontos (Kundennr. FP-30981) betroffen sind.

Dirk Hansen
Disposition, Hansen Kühltransporte GmbH
040 555 0162"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Leitstand Frischlogistik Weser <leitstand@frischlogistik-weser.example>",
         to="support@coldtrace-telematik.example",
         subject="Keine Temperaturdaten seit 04:00 – 23 LKW stehen",
         body="""\
Hallo ColdTrace-Team,

seit ca. 04:00 Uhr kommen im Portal für keinen unserer 23 Kühl-LKW mehr Temperaturwerte an.
Alle Fahrzeuge zeigen „letzter Wert: 03:52“, die Kurven hören dort auf. Die Geräte in den
Fahrzeugen leuchten normal.

Ohne lückenlosen Temperaturnachweis dürfen wir die Ladungen (u. a. Arzneimittel für
Apotheken und Tiefkühlware) nicht freigeben. Die Fahrer stehen mit vollen Aufliegern an den
Rampen, die Kunden rufen im Minutentakt an, und die ersten Apotheken haben heute Nachmittag
leere Kühlschränke.

Kundennummer CT-1184. Bitte rufen Sie sofort zurück: 0421 555 0160.

Yvonne Petersen, Leitstand"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Florian Seidl <f.seidl@bergkaffee-shop.example>",
         to="support@shopwerk-plattform.example",
         subject="DRINGEND: Checkout down seit 10 Uhr – mitten in der Black Week",
         body="""\
Hallo,

seit ungefähr 10:05 Uhr ist der Checkout in unserem Shop (bergkaffee-shop.example) down. Kunden
können Artikel in den Warenkorb legen, aber beim Klick auf „Zur Kasse“ kommt eine leere Seite
mit Fehler 502. Das betrifft alle Zahlungsarten und alle Geräte.

Wir haben heute den stärksten Tag des Jahres, normalerweise 400–500 Bestellungen, bis jetzt
sind es drei. Unser Partner in Wien schreibt gerade: „Same here, every single order throws a
502 since ten.“

Bitte melden Sie sich umgehend. Shop-ID SW-20773, Tel. 089 555 0141.

Florian Seidl
Bergkaffee Rösterei"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jana Hoffmann <jana.hoffmann@webpost.example>",
         to="hilfe@stadtflitzer-carsharing.example",
         subject="Stehe vor dem Auto und komme nicht rein",
         body="""\
Hallo,

ich habe den Wagen B-SF 4471 (Kantstraße) für 14:00 gebucht und stehe jetzt seit 20 Minuten
davor. In der App drehe ich mich nur im Kreis: „Verbindung zum Fahrzeug wird hergestellt …“,
dann wieder zurück zur Buchung. Die Karte an der Scheibe reagiert auch nicht. Um 15:00 muss ich
meine Mutter vom Krankenhaus abholen.

Können Sie den Wagen aus der Ferne öffnen? Meine Nummer: 0176 555 0119

Jana"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Uwe Brandt <uwe.brandt@t-netz-mail.example>",
         to="support@putzfix-robotics.example",
         subject="Frage zum Saugroboter nach dem Update",
         body="""\
Guten Tag,

ist es normal, dass mein PutzFix R7 seit dem Update auf Version 4.2 die gespeicherte Karte
jeden Tag „vergisst“? Er fährt morgens los, saugt nur noch das Wohnzimmer, dreht dann im Flur
Kreise und fährt zurück zur Station. Küche, Schlafzimmer und Bad lässt er aus, obwohl sie im
Zeitplan stehen. Wenn ich ihn einzeln in einen Raum trage und dort starte, saugt er den Raum
ordentlich.

Seriennummer PF7-0098812. Vielen Dank für eine kurze Rückmeldung.

Uwe Brandt"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Vorstand TC Grün-Weiß Lindenau <vorstand@tc-gruenweiss-lindenau.example>",
         to="support@courtly-app.example",
         subject="App funktioniert nicht – nur weißer Bildschirm",
         body="""\
Hallo Courtly-Team,

seit gestern Abend funktioniert die App bei unseren Mitgliedern nicht mehr: Beim Öffnen kommt
nur ein weißer Bildschirm, egal ob iPhone oder Android, egal ob neu installiert. Damit kann
niemand bei uns Plätze buchen, und am Wochenende sind die Medenspiele. Auf der Webseite geht es
übrigens auch nicht, dort dreht sich nur der Ladekreis.

Vereins-ID CT-LIN-031. Bitte um schnelle Hilfe.

Sportliche Grüße
Andreas Vogt, 1. Vorsitzender"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Nicole Baumann <nicole.baumann@familienpost.example>",
         to="abrechnung@mensaplus-schulessen.example",
         subject="Essensgeld März doppelt abgebucht",
         body="""\
Hallo,

für das Mittagessen meines Sohnes Elias (Grundschule am Mühlbach, Klasse 3b) wurden am 3. März
zweimal 58,40 € per Lastschrift eingezogen. Bitte erstatten Sie einen Betrag zurück.

Kundennummer MP-77812.

Danke und viele Grüße
Nicole Baumann"""),

    dict(n=11, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Lea Schubert <lea.schubert@uni-mail.example>",
         to="service@studienfoerderbank.example",
         subject="Monatsrate nicht ausgezahlt – Miete fällig",
         body="""\
Sehr geehrte Damen und Herren,

meine Monatsrate aus dem Studienkredit (Vertragsnr. SK-2021-448715) über 650 € ist diesen Monat
nicht auf meinem Konto angekommen. Normalerweise kommt sie immer am 1., heute ist der 4. Im
Online-Portal steht bei der Auszahlung nur „in Bearbeitung“. Meine Bankverbindung habe ich
nicht geändert.

Meine Miete ist morgen fällig, und mein Vermieter hat schon letztes Jahr mit einer Mahnung
gedroht, als es einmal zwei Tage später kam. Ich habe keine Rücklagen dafür. Können Sie bitte
prüfen, was los ist, und die Rate so schnell wie möglich überweisen?

Mit freundlichen Grüßen
Lea Schubert"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Gerhard Pohl <g.pohl@pohl-familie.example>",
         to="buero@elektro-rautenberg.example",
         subject="Rechnung Nr. 2025-0318 – 14 statt 4 Stunden berechnet",
         body="""\
Sehr geehrte Damen und Herren,

vielen Dank für den Einbau des neuen Sicherungskastens in unserem Keller am 11. März. Die
Arbeit war tadellos.

In der Rechnung Nr. 2025-0318 sind allerdings 14 Arbeitsstunden à 68 € angesetzt. Ihr Monteur,
Herr Demir, war von 8:00 bis etwa 12:00 Uhr bei uns, also vier Stunden – das hat er mir beim
Gehen auch so auf dem Arbeitsbericht abzeichnen lassen. Ich vermute einen Tippfehler.

Bitte schicken Sie mir eine korrigierte Rechnung; den Betrag überweise ich dann umgehend.

Mit freundlichen Grüßen
Gerhard Pohl
Lindenweg 7"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Timo Krüger <timo.krueger@mailbox-de.example>",
         to="hilfe@reiseesim.example",
         subject="Kurze Frage zur Gebühr",
         body="""\
Hi, auf meiner Abrechnung für die eSIM (Spanien, 10 GB) steht neben den 12,99 € noch
„Servicegebühr 1,49 €“. Nur aus Neugier: Wofür ist die? Reklamieren will ich nichts. Gruß, Timo"""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Petra Lorenz <p.lorenz@lorenz-malerbetrieb.example>",
         to="geschaeftskunden@hanseatische-bank.example",
         subject="AW: Information: Online-Banking am Samstag nicht erreichbar",
         body="""\
Guten Tag,

danke für die Info, aber das ist bei mir nicht das Problem – das Online-Banking läuft ja
wieder. Ich habe mich heute früh dreimal bei der PIN vertippt, und jetzt steht da „Ihr Zugang
ist gesperrt. Bitte wenden Sie sich an Ihre Filiale.“ Die Filiale ist bis Montag zu.

Können Sie meinen Zugang für das Geschäftskonto (Kontoinhaber Malerbetrieb Lorenz) entsperren
oder mir eine neue PIN schicken?

Petra Lorenz

-----Ursprüngliche Nachricht-----
Von: Hanseatische Bank Geschäftskunden
Gesendet: Freitag, 14. März 2025 17:30
Betreff: Information: Online-Banking am Samstag nicht erreichbar

> Sehr geehrte Kundin, sehr geehrter Kunde,
>
> wegen einer Störung war unser Online-Banking am Samstag zwischen 8 und 13 Uhr nicht
> erreichbar. Der Ausfall ist behoben. Wir bitten um Entschuldigung.
>
> Ihre Hanseatische Bank"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Rüdiger Stahl <ruediger.stahl@versicherungsbuero-stahl.example>",
         to="maklerservice@nordpol-versicherung.example",
         subject="Keine SMS-Codes mehr fürs Maklerportal",
         body="""\
Hallo zusammen,

seit meinem Anbieterwechsel letzte Woche (Rufnummer mitgenommen, gleiche Nummer) bekomme ich
beim Login ins Maklerportal keinen SMS-Code mehr. Andere SMS kommen problemlos an. Ich kann
mich dadurch nicht anmelden und keine Tarife abrufen.

Vermittlernummer NP-55210. Können Sie den zweiten Faktor zurücksetzen oder auf eine App
umstellen?

Beste Grüße
Rüdiger Stahl"""),

    dict(n=16, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Melanie Wirth <melanie.wirth@neuemail.example>",
         to="kundenservice@buehnenticket.example",
         subject="E-Mail-Adresse geändert – Tickets gehen an alte Adresse",
         body="""\
Guten Tag,

ich habe vor zwei Wochen in meinem Kundenkonto die E-Mail-Adresse von
melanie.wirth@altanbieter.example auf diese hier geändert. Das Konto zeigt auch die neue
Adresse an. Die Tickets für „Die Dreigroschenoper“ am 12. April (Bestellung BT-990412) wurden
aber an die alte Adresse verschickt – und dieses Postfach gibt es nicht mehr.

Beim Login werde ich außerdem ab und zu nach einem Code gefragt, der ebenfalls an die alte
Adresse geht. Können Sie die Adresse im System richtig umstellen und mir die Tickets noch
einmal schicken?

Freundliche Grüße
Melanie Wirth"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jörg Menzel <joerg.menzel@post-fuer-alle.example>",
         to="support@physiomotion-app.example",
         subject="Zwei-Faktor-Anmeldung einrichten?",
         body="""\
Hallo,

wie richte ich in der PhysioMotion-App die Zwei-Faktor-Anmeldung für mein Konto ein? Ich finde
in den Einstellungen nur „Passwort ändern“.

Danke!
Jörg Menzel"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Anja Reuter <anja.reuter@familienpost.example>",
         to="info@sommercamp-seeblick.example",
         subject="Feriencamp August – noch Plätze frei?",
         body="""\
Hallo liebes Seeblick-Team,

unsere Tochter Frieda (10) war letzten Sommer bei Ihnen und ist seitdem Feuer und Flamme – sie
brennt darauf, dieses Jahr wieder mitzufahren, und die Kanutour war für sie „der absolute
Knaller“. Ihr kleiner Bruder (8) würde jetzt auch gern mit, auch wenn mir bei dem Gedanken
etwas mulmig ist.

Gibt es in der zweiten Augustwoche noch Plätze für beide? Und gibt es einen Geschwisterrabatt?

Viele Grüße
Anja Reuter"""),

    dict(n=19, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Heinz-Peter Vollmer <hp.vollmer@lesepost.example>",
         to="service@lesewelt-ereader.example",
         subject="„Blackout“ in der Flatrate?",
         body="""\
Guten Tag,

ist der Roman „Blackout – Morgen ist es zu spät“ in Ihrer Lese-Flatrate enthalten, oder muss
ich ihn extra kaufen? In der Suche auf meinem Reader finde ich nur die Hörbuchfassung. Und
gibt es davon auch eine Ausgabe mit großer Schrift?

Mit freundlichen Grüßen
H.-P. Vollmer"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Stefanie Roth <stefanie.roth@heimpost.example>",
         to="verwaltung@musikschule-klangraum.example",
         subject="AW: Lastschrift März zurückgegangen",
         body="""\
Hallo Frau Albers,

ist erledigt, wir haben den Betrag am 3. überwiesen – unsere Bank hatte die alte IBAN noch
hinterlegt.

Eine ganz andere Frage: Lena würde ab September gern von Geige auf Cello wechseln. Geht das
beim gleichen Lehrer, und können wir dann ein Leihcello bei Ihnen mieten?

Viele Grüße
Stefanie Roth

Am 28.03.2025 um 09:14 schrieb Musikschule Klangraum <verwaltung@musikschule-klangraum.example>:
> Sehr geehrte Frau Roth,
>
> leider ist die Lastschrift über 84,00 € für den Unterricht im März mangels Deckung
> zurückgegangen. Bitte überweisen Sie den Betrag zuzüglich 3,50 € Rücklastschriftgebühr
> bis zum 10. April.
>
> Mit freundlichen Grüßen
> Karin Albers, Verwaltung"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Erwin Schmid <erwin.schmid@dorfpost.example>",
         to="info@dachdeckerei-hubmann.example",
         subject="AW: Undichte Stelle am Dachfenster – Auftrag 24-117",
         body="""\
Servus Herr Hubmann,

nur eine kurze Rückmeldung: Seit Ihr Geselle am Dienstag das Dachfenster neu eingedichtet
hat, hat es zweimal kräftig geregnet, und der Dachboden ist staubtrocken. Vielen Dank für den
schnellen Termin und die saubere Arbeit!

Schöne Grüße
Erwin Schmid"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Kreisbote Newsletter <newsletter@kreisbote-online.example>",
         to="support@coldtrace-telematik.example",
         subject="Ihr Morgen-Update: Großbrand im Gewerbegebiet, Stromausfall in der Nordstadt",
         body="""\
KREISBOTE – IHR MORGEN-UPDATE

• Großbrand im Gewerbegebiet Ost: Die Feuerwehr war mit 80 Einsatzkräften vor Ort, verletzt
  wurde niemand. Die Brandursache ist noch unklar.
• Stromausfall in der Nordstadt: Rund 3.000 Haushalte waren gestern Abend zwei Stunden ohne
  Strom.
• Betrug am Telefon: Die Polizei warnt vor falschen Bankmitarbeitern, die nach TANs fragen.
• Tipp fürs Wochenende: Tag der offenen Tür bei der Rettungswache, Samstag 10–16 Uhr.

Sie erhalten diesen Newsletter, weil Sie ihn auf kreisbote-online.example abonniert haben.
Abmelden | Einstellungen"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sophie Lindner <sophie@wollwerkstatt-lindner.example>",
         to="support@paketpilot.example",
         subject="Etiketten-Schnittstelle bricht bei jeder Sendung ab",
         body="""\
Hallo PaketPilot-Team,

seit Montag bricht die Schnittstelle zwischen meinem Shop und PaketPilot bei jeder Sendung ab
(„Etikett konnte nicht erzeugt werden – Zeitüberschreitung“). Neu verbinden habe ich schon
probiert.

Im Moment tippe ich die Adressen einfach im Webportal von PaketPilot ab und drucke die Etiketten
dort aus, die Pakete gehen also raus. Bei 25 Bestellungen am Tag ist das aber ziemlich mühsam.
Schauen Sie sich das bitte an, wenn Sie dazu kommen?

Kundennr. PP-40318
Sophie Lindner"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Thomas Ebert <t.ebert@wbg-rheinaue.example>",
         to="firmenkunden@zahlwerk-payments.example",
         subject="AW: Mieten April doppelt eingezogen – 2.400 Wohnungen betroffen",
         body="""\
Sehr geehrte Damen und Herren,

seit meiner Mail von gestern habe ich weder eine Antwort noch eine Ticketnummer erhalten. Bei
uns laufen inzwischen die Telefone heiß: Über 300 Mitglieder haben sich gemeldet, einige
können wegen der doppelten Abbuchung ihre Daueraufträge nicht mehr bedienen, bei mehreren sind
Konten ins Minus gerutscht. Wir sind mit 2.400 Wohnungen einer Ihrer größten Kunden in der
Region.

Ich brauche heute eine verbindliche Aussage, bis wann die zweite Abbuchung zurückgebucht wird,
und einen festen Ansprechpartner. Telefon: 0221 555 0173.

Thomas Ebert
Leiter Rechnungswesen, Wohnungsbaugenossenschaft Rheinaue eG

-----Ursprüngliche Nachricht-----
Von: Thomas Ebert
Gesendet: Donnerstag, 3. April 2025 08:47
An: firmenkunden@zahlwerk-payments.example
Betreff: Mieten April doppelt eingezogen

> Guten Morgen,
>
> beim Lastschriftlauf für die April-Mieten (Einreicher-ID DE98ZZZ00000555017) wurde jede
> Lastschrift zweimal eingezogen, insgesamt rund 1,9 Mio. € zu viel. Bitte stoppen Sie das
> und buchen Sie die doppelten Beträge zurück.
>
> Thomas Ebert"""),
]
