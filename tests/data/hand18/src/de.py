# blind19 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@postfach-mail.example>",
         to="service@traumwolke-matratzen.example",
         subject="Matratze Traumwolke Kids – ein paar Fragen",
         body="""\
Guten Tag,

wir haben Anfang des Monats die Traumwolke Kids 90x200 für unsere Tochter Lena (6) bestellt (Bestellnr. TW-318840). Lieferung und Auspacken waren unkompliziert, die Matratze hat sich schön ausgerollt, der Geruch war nach zwei Tagen weg. So weit alles gut, und auch der Kundenservice am Telefon war damals sehr freundlich.

Weil der Bezug einen Saftfleck hatte, habe ich ihn letzte Woche abgezogen und gewaschen, und Lena hat zwei Nächte direkt auf dem Innenbezug geschlafen. Seitdem hat sie am Rücken und an den Oberarmen rote, erhabene Quaddeln, die stark jucken; nachts kratzt sie sich die Haut auf. Auf ihrem Schlafanzug und auf dem Teppich vor dem Bett liegen winzige, glitzernde Fäserchen, die man kaum sieht, aber am Finger spürt wie feine Glassplitter. Mein Mann hat nach dem Staubsaugen ebenfalls Pusteln an beiden Unterarmen bekommen.

Die Kinderärztin möchte wissen, was genau in dem Innenbezug verarbeitet ist. Können Sie mir das Datenblatt schicken? Und darf das Kind überhaupt noch auf der Matratze schlafen? Lena schläft vorerst bei uns im Bett.

Mit freundlichen Grüßen
Sabine Krüger
Tel. 030 23125 417"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Albrecht <j.albrecht@aquafan.example>",
         to="support@blubbwelt-aquaristik.example",
         subject="Ist das normal beim Heizstab?",
         body="""\
Hallo,

ist es normal, dass es in den Fingern kribbelt, wenn ich ins Becken greife, seit der neue Heizstab AquaTherm 200 W drin ist? Beim Pflanzenschneiden gestern hat es richtig gezuckt, bis hoch in den Ellenbogen, ich habe die Hand sofort rausgezogen. Heute früh lagen zwei Neonsalmler tot am Boden und der Rest hängt an der Oberfläche. Am Glasrohr des Heizstabs sieht man unten einen feinen Haarriss.

Meine Kinder (8 und 11) füttern die Fische morgens sonst selbst. Was soll ich jetzt machen? Bestellnummer BW-77120.

Jonas Albrecht"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Melike Yıldız <melike.yildiz@webpost.example>",
         to="kundenservice@handyfix-werkstatt.example",
         subject="Nach Reparatur: Fremder hat meine Fotos, unbekannte PayPal-Zahlungen",
         body="""\
Sehr geehrte Damen und Herren,

am 14. habe ich mein Smartphone in Ihrer Filiale Hannover-Linden zur Displayreparatur abgegeben (Auftrag HF-2024-5531). Auf Bitte Ihres Mitarbeiters habe ich den Entsperrcode auf den Auftragszettel geschrieben. Am 16. habe ich das Gerät zurückbekommen.

Gestern Abend bekam ich auf Instagram eine Nachricht von einem unbekannten Profil mit drei privaten Fotos aus meiner Galerie – Fotos, die nie irgendwo online waren. Heute Morgen habe ich außerdem in PayPal zwei Zahlungen gefunden, die ich nicht gemacht habe: 249,00 € an einen Elektronikshop und 89,90 € an einen Gutscheinanbieter, beide vom 15., also genau als das Handy bei Ihnen lag.

PayPal ist informiert, Anzeige bei der Polizei ist erstattet. Ich erwarte, dass Sie sofort klären, wer Zugriff auf mein Gerät hatte, und mir Ihre Datenschutzbeauftragte nennen.

Melike Yıldız
0152 28817 364"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Dieter Hohmann <dieter.hohmann@t-netz.example>",
         to="service@kochfix.example",
         subject="Schnellkochtopf KochFix Pro 6 L – Deckel abgesprungen, Verbrühungen",
         body="""\
Guten Tag,

gestern Abend hat sich beim Kochen einer Linsensuppe der Deckel unseres KochFix Pro 6 L mit einem lauten Knall geöffnet, obwohl der Druckanzeiger noch oben stand. Die heiße Suppe ist bis an die Decke gespritzt. Meine Frau stand daneben und hat Verbrühungen zweiten Grades an Unterarm und Hals, sie wurde in der Notaufnahme behandelt.

Der Topf ist vier Monate alt und wurde genau nach Anleitung benutzt, das Sicherheitsventil sah vorher normal aus. Das ist lebensgefährlich. Ich möchte wissen, ob Ihnen solche Fälle bekannt sind und ob Sie das Modell zurückrufen. Den Topf bewahre ich unverändert auf.

Dieter Hohmann"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Claudia Wendt <c.wendt@gs-am-lindenpark.example>",
         to="support@mensaplan-online.example",
         subject="Grundschule am Lindenpark – heute keine einzige Essensbestellung",
         body="""\
Guten Morgen,

bei uns kommen seit gestern Abend keine Essensbestellungen mehr an. Die Eltern sehen beim Bestellen nur eine weiße Seite, und in der Küchenübersicht steht für heute überall „0". Unsere Küche weiß nicht, für wie viele der 340 Kinder sie kochen soll, und der Caterer will bis 9:30 Uhr Zahlen haben. Die Sekretärin geht gerade mit Zettel und Stift durch die Klassen und zählt ab.

Bitte rufen Sie mich umgehend an: 040 66969 218.

Claudia Wendt
Schulleitung"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tobias Reinhardt <tobias.reinhardt@heimbuero.example>",
         to="technik@glasfaser-nord.example",
         subject="Nach dem Technikertermin: Homeoffice unmöglich",
         body="""\
Hallo,

Ihr Techniker war am Montag da und hat den Glasfaseranschluss aktiviert (Kundennr. GN-504471). Seitdem leuchtet am Modem die LED „PON" rot, und im Browser lädt keine einzige Seite. Ich arbeite im Homeoffice und komme weder ins VPN noch in Teams; meine Kollegin in Dublin schrieb heute nur: "We can't keep rescheduling the client call, Tobias." Ich sitze jetzt mit dem Laptop bei meiner Schwester am Küchentisch.

Router zweimal neu gestartet, Kabel geprüft. Wann kann jemand vorbeikommen?

Tobias Reinhardt"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Ingrid Sommer <ingrid.sommer@freemail.example>",
         to="termine@fotostudio-blitzlicht.example",
         subject="Online-Terminbuchung für Passfotos",
         body="""\
Hallo,

Ihre Online-Terminbuchung zeigt für die Filiale am Markt seit Tagen überhaupt keine Termine an, auch nicht für nächsten Monat, nur „Keine Zeiten verfügbar". Am Telefon sagte mir Ihre Kollegin, der Kalender dort sei fast leer. Für die anderen Filialen klappt die Buchung. Ich habe jetzt telefonisch einen Termin bekommen, also eilt es nicht, aber vielleicht schaut mal jemand rein.

Gruß
Ingrid Sommer"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Murat Demir <m.demir@moebel-zweite-chance.example>",
         to="support@tourfix-software.example",
         subject="Fahrer stehen seit 6 Uhr auf dem Hof",
         body="""\
Hallo TourFix-Team,

unsere neun Fahrer stehen seit 6 Uhr mit beladenen Transportern auf dem Hof, weil die TourFix-App auf allen Tablets beim Öffnen nur noch den Ladekreis zeigt. Ohne App keine Touren, keine Adressen, keine Lieferscheine zum Unterschreiben. Heute wären 47 Auslieferungen von gebrauchten Möbeln dran, die Kunden haben sich extra freigenommen und rufen schon an. Im Büro übertragen wir gerade die Touren aus der Excel-Liste von gestern von Hand auf Papier.

Kundennummer TF-1187. Bitte melden Sie sich sofort: 030 23125 902.

Murat Demir
Disposition, Möbel Zweite Chance GmbH"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Heike Brandt <heike.brandt@mailbox.example>",
         to="stoerung@seniorfon.example",
         subject="Störung Festnetz meiner Mutter seit Freitag",
         body="""\
Guten Tag,

der Festnetzanschluss meiner Mutter (Erna Brandt, Rufnummer 069 90009 317, Kundennr. SF-220913) ist seit Freitag gestört: kein Freizeichen, und Anrufe von außen gehen ins Leere. Ich habe die Störung am Samstag schon über Ihre Hotline gemeldet (Ticket 88412), seitdem ist nichts passiert. Meine Mutter ist 88 und telefoniert ausschließlich übers Festnetz. Ich schaue jeden Tag bei ihr vorbei, aber das ist auf Dauer keine Lösung.

Bitte nennen Sie mir einen Technikertermin.

Heike Brandt"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Frank Lehmann <frank.lehmann@familie-lehmann.example>",
         to="buchhaltung@radkind-shop.example",
         subject="Doppelte Abbuchung Kinderrad",
         body="""\
Hallo,

für das Kinderrad „Flitzer 20 Zoll" (Bestellung RK-11834, 379,00 €) wurde mein Konto zweimal per Lastschrift belastet, am 3. und am 5. Bitte erstatten Sie den doppelten Betrag.

Danke und Gruß
Frank Lehmann"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Zofia Nowak <zofia.nowak@kontakt.example>",
         to="auszahlungen@moebelboerse.example",
         subject="Auszahlung fehlgeschlagen – brauche das Geld für die Miete",
         body="""\
Hallo,

ich habe über Ihre Plattform am 20. meinen Esstisch mit vier Stühlen verkauft (Verkauf MB-90377, 540 €). Der Käufer hat bezahlt und die Möbel abgeholt. Bei mir steht jetzt seit einer Woche „Auszahlung fehlgeschlagen – bitte Bankdaten prüfen". Die IBAN stimmt, ich habe sie dreimal verglichen, und eine neue Auszahlung kann ich nicht anstoßen, der Knopf ist grau.

Ich habe die Möbel verkauft, weil ich die Miete für nächsten Monat zusammenbekommen muss, und die ist am 1. fällig. Bitte überweisen Sie den Betrag bis Freitag.

Zofia Nowak"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Petra Engel <petra.engel@netzpost.example>",
         to="rechnung@hochbett-manufaktur.example",
         subject="Frage zur Rechnung HB-2024-0712",
         body="""\
Guten Tag,

ist es normal, dass auf meiner Rechnung zwei Lattenroste und zweimal die Montage stehen? Geliefert und aufgebaut wurde ein Hochbett „Kapitän" mit einem Lattenrost, Ihr Monteur war gut eine Stunde da. Der Rechnungsbetrag ist dadurch 1.186 € statt 899 €, zahlbar bis zum 30.

Ich bitte um eine korrigierte Rechnung, vorher überweise ich nichts.

Freundliche Grüße
Petra Engel"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Uwe Schäfer <uwe.schaefer@kabelmail.example>",
         to="service@nachsende-profi.example",
         subject="Kurze Frage zu 1,50 €",
         body="""\
Moin, auf meiner Abrechnung für den Nachsendeauftrag steht zusätzlich „Bearbeitungsentgelt 1,50 €". Wofür ist das eigentlich? Reine Neugier, ist kein Problem.
Gruß, Uwe Schäfer"""),

    dict(n=14, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Katrin Vogel <katrin.vogel@dachboden-post.example>",
         to="hilfe@moebelboerse.example",
         subject="Mein Verkäuferprofil ist weg",
         body="""\
Hallo,

seit heute Morgen ist mein Verkäuferprofil „Katis Dachboden" verschwunden. Beim Anmelden steht „Dieses Konto existiert nicht", und meine sieben Anzeigen (u. a. ein Sofa und ein Kinderbett) sind auch weg. Ich habe nichts gelöscht und keine Mail von Ihnen bekommen. An dem Profil hängen über 60 positive Bewertungen.

Können Sie das wiederherstellen? Registriert war es mit dieser Adresse.

Katrin Vogel"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Lars Petersen <lars.petersen@nordlicht.example>",
         to="kundenportal@stadtwerke-elbtal.example",
         subject="Kein Zugang mehr – Authenticator war auf dem alten Handy",
         body="""\
Guten Tag,

ich habe ein neues Handy und dabei leider die Authenticator-App nicht mit umgezogen. Das alte Gerät ist schon zurückgesetzt. Ihr Kundenportal verlangt bei der Anmeldung jetzt den 6-stelligen Code, den ich nicht mehr erzeugen kann; Wiederherstellungscodes habe ich nicht gespeichert.

Wie kann ich die Zwei-Faktor-Anmeldung zurücksetzen lassen? Vertragskonto 4100-882317, Zählernummer 1ESY1160558.

Mit freundlichen Grüßen
Lars Petersen"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Gisela Hartmann <gisela.hartmann@neue-adresse.example>",
         to="service@schlafsofa-welt.example",
         subject="AW: Ihr Kundenportal",
         body="""\
Hallo Herr Kowalski,

danke für die Info, das Portal lädt jetzt wieder. Ich komme aber trotzdem nicht weiter: Ich möchte die E-Mail-Adresse in meinem Kundenkonto ändern, weil es mein altes Postfach bei altpost.example nicht mehr gibt. Das Portal schickt den Bestätigungslink aber an die alte Adresse, und die kann ich nicht mehr abrufen. Können Sie die Adresse bitte von Ihrer Seite auf diese hier umstellen? Kundennummer SW-71209.

Viele Grüße
Gisela Hartmann

Am 12.03.2024 um 09:41 schrieb Kundenservice Schlafsofa-Welt <service@schlafsofa-welt.example>:
> Sehr geehrte Frau Hartmann,
>
> aufgrund eines Serverausfalls war unser Kundenportal gestern
> mehrere Stunden nicht erreichbar. Die Störung ist inzwischen behoben,
> bitte versuchen Sie es erneut.
>
> Mit freundlichen Grüßen
> Jan Kowalski"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bernd Kaiser <bernd.kaiser@web-post.example>",
         to="support@handyfix-werkstatt.example",
         subject="Zwei-Faktor einrichten?",
         body="""\
Hallo, wie schalte ich für mein Kundenkonto bei Ihnen die Anmeldung mit Bestätigungscode aufs Handy ein? Ich finde die Einstellung nicht.
Danke! B. Kaiser"""),

    dict(n=18, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Anja Roth <anja.roth@familienpost.example>",
         to="vertrieb@hochbett-manufaktur.example",
         subject="Feuerwehr-Hochbett „Löschzug“ in 90x200?",
         body="""\
Hallo,

unser Sohn ist gerade komplett im Feuerwehr-Fieber, und Ihr Hochbett „Löschzug" mit Rutsche und Blaulicht-Lampe wäre der Knaller zum Geburtstag. Gibt es das auch für 90x200-Matratzen oder nur für 90x190? Und lässt sich die Leiter links wie rechts montieren? Die Lieferung bräuchten wir bis zum 15. Juli.

Danke und viele Grüße
Anja Roth"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Wolfgang Ebert <w.ebert@ebert-online.example>",
         to="service@thermoheld.example",
         subject="AW: Wichtiger Sicherheitshinweis zu Ihrer Thermoskanne",
         body="""\
Hallo,

danke für den Hinweis. Ich habe nachgeschaut: Unsere Kanne hat die Charge TH-22-B auf dem Boden, ist also nicht betroffen. Dann muss ich nichts weiter tun, oder?

Gruß
W. Ebert

-----Ursprüngliche Nachricht-----
> Von: ThermoHeld Kundenservice <service@thermoheld.example>
> Gesendet: Montag, 8. April 2024 11:02
> Betreff: Wichtiger Sicherheitshinweis zu Ihrer Thermoskanne
>
> Sehr geehrter Herr Ebert,
>
> bei Thermoskannen „ThermoHeld 1 L" der Charge TH-21-A kann sich der
> Deckel unter Druck plötzlich lösen. Es besteht Verbrühungsgefahr.
> Bitte verwenden Sie betroffene Kannen nicht mehr und melden Sie sich
> bei uns für einen kostenlosen Austausch."""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Sven Kühn <sven.kuehn@draussen.example>",
         to="service@haengematten-haus.example",
         subject="AW: Aufhängung gerissen",
         body="""\
Hallo Frau Lindner,

die Ersatz-Aufhängung ist heute angekommen und passt perfekt, die Hängematte hängt wieder zwischen den Apfelbäumen. Vielen Dank für die schnelle und unkomplizierte Hilfe – so stellt man sich Service vor!

Schöne Grüße aus dem Garten
Sven Kühn"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Kajakshop Wellenreiter <newsletter@wellenreiter-kajak.example>",
         to="einkauf@outdoor-fuchs.example",
         subject="Wellenreiter-News Mai: Kenter-Workshop, Rettungswesten-Check & Frühlingsrabatt",
         body="""\
WELLENREITER NEWS – MAI

Liebe Paddelfreunde,

die Saison startet! Das erwartet Sie im Mai:

• Kenter-Workshop am 18.5. am Steinsee: Wir üben Wiedereinstieg und Eskimorolle – keine Panik, das Wasser hat schon 16 Grad.
• Rettungswesten-Check: Bringen Sie Ihre Weste vorbei, wir prüfen Auslöser und Patrone kostenlos.
• Neu im Sortiment: das Wildwasserkajak „Sturmflut" – ein echter Hingucker.
• 15 % Frühlingsrabatt auf alle Paddel mit dem Code WELLE15.

Wir sehen uns auf dem Wasser!
Ihr Wellenreiter-Team

Abmelden: wellenreiter-kajak.example/abmelden"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lea Winkler <lea.winkler@studimail.example>",
         to="info@schlafsofa-welt.example",
         subject="Schlafsofa „Nordlicht“ – Frage vor dem Kauf",
         body="""\
Hallo zusammen,

ich bin im Sommer für ein Praktikum in München und suche ein Schlafsofa für mein WG-Zimmer. Mein altes Sofa ist nach drei Umzügen ein Totalschaden, und in das „Nordlicht" bin ich quasi verliebt – aber mein Zimmer ist ein Schuhkarton und mein Vermieter kriegt die Krise, wenn ich noch ein Möbelstück reinstelle. Deshalb zwei Fragen: Wie lange habe ich Rückgaberecht, falls es nicht durch die Tür passt? Und übernehmen Sie dann die Rücksendekosten? As my flatmate keeps saying: "measure twice, buy once" – sorry, ich schreibe gerade zu viel Englisch.

Liebe Grüße
Lea"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Horst Baumann <horst.baumann@rentnerpost.example>",
         to="shop@saftpresse24.example",
         subject="Kreditkartenzahlung im Shop",
         body="""\
Guten Tag,

nur zur Info: Beim Bezahlen in Ihrem Webshop mit Kreditkarte erscheint seit gestern nach Eingabe der Kartennummer immer „Zahlungsdienst vorübergehend nicht verfügbar". Ich habe den Entsafter (Bestellung SP-40518) dann mit PayPal bezahlt, das ging problemlos. Vielleicht schauen Sie sich das trotzdem mal an, es hat ja nicht jeder PayPal.

Mit freundlichen Grüßen
Horst Baumann"""),

    dict(n=24, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Martina Seidel <m.seidel@grundschule-birkenweg.example>",
         to="rechnung@kinderhelm-direkt.example",
         subject="Sammelrechnung 180 Fahrradhelme – Haushaltsfrist Freitag",
         body="""\
Sehr geehrte Damen und Herren,

für die Radfahrausbildung unserer vierten Klassen haben wir bei Ihnen 180 Kinderfahrradhelme „SafeRide Junior" bestellt (Bestellung KD-B-3391). Geliefert wurden sie am Dienstag, alles vollständig, die Kinder sind begeistert und die Polizei-Verkehrsschule hat die Helme schon gelobt.

Die Sammelrechnung lautet aber auf den Förderverein statt auf die Schule, enthält unsere Kostenstelle nicht und ist ohne den vereinbarten Schulrabatt von 10 % berechnet. So kann das Schulverwaltungsamt sie nicht anweisen. Der Haushalt für dieses Jahr wird am Freitag um 12 Uhr geschlossen; liegt die korrigierte Rechnung bis dahin nicht vor, verfallen die Mittel, und der Förderverein müsste die 5.940 € vorstrecken – die hat er nicht.

Bitte schicken Sie uns bis Donnerstag eine korrigierte Rechnung an: Grundschule Birkenweg, Kostenstelle 40.211.03, Birkenweg 12, 21079 Hamburg.

Mit freundlichen Grüßen
Martina Seidel
Sekretariat"""),
]
