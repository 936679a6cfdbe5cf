# blind15 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Birgit Lohmeyer <b.lohmeyer@postfach-nord.example>",
         to="service@apothekenfach24.example",
         subject="Falsche Tabletten im Abholfach 14 – Linden-Apotheke",
         body="""\
Guten Tag,

ich habe gestern um 18:40 Uhr für meine Mutter (Hildegard Lohmeyer, 84) die
Tüte aus Fach 14 am Abholautomaten vor der Linden-Apotheke geholt. Auf dem
Etikett stand ihr Name, drin waren aber Tabletten, die sie noch nie bekommen
hat – Metoprolol 95 mg statt ihres Magenmittels. Das haben wir leider erst
heute früh gemerkt.

Sie hat abends zwei davon genommen. Danach war ihr so schwindelig, dass sie
sich am Türrahmen festhalten musste, sie hat sich zweimal übergeben und war
heute Morgen ganz grau im Gesicht, der Puls lag bei 44. Der Hausarzt hat sie
sofort in die Klinik eingewiesen.

Ich möchte wissen, wie die falsche Tüte in ihr Fach gekommen ist und wer
jetzt die Tabletten meiner Mutter hat. Bitte rufen Sie mich an:
069 90009 386.

Birgit Lohmeyer"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tobias Wendland <tobias.wendland@familienpost.example>",
         to="uhrenservice@zeitwerk-reparatur.example",
         subject="Auftrag 40917 – Deckel der Kinderuhr saß nicht fest",
         body="""\
Hallo,

Sie haben bei der Kinderuhr unseres Sohnes (Auftrag 40917) die Batterie
gewechselt, gestern kam sie per Post zurück. Heute Nachmittag hatte Mats (3)
die Uhr in der Hand, der Bodendeckel ließ sich einfach mit dem Fingernagel
abheben, und die Knopfzelle war danach weg. Er hat sie verschluckt, das hat
er selbst gezeigt.

Wir sitzen gerade in der Kinderklinik, sie machen ein Röntgenbild und reden
von einer Magenspiegelung heute Abend.

Der Deckel war vor der Reparatur geschraubt, jetzt ist er nur aufgesteckt.
Ich verstehe nicht, wie so etwas zurückgeschickt werden kann. Bitte melden
Sie sich bei mir: 040 66969 213.

Tobias Wendland"""),

    dict(n=3, signals="safety", priority="critical", trap="sound", qt=0, reply=0,
         frm="Renate Kubitschek <r.kubitschek@mailwerk.example>",
         to="lieferung@o2-homecare.example",
         subject="Sauerstoffflasche zischt seit der Lieferung",
         body="""\
Sehr geehrte Damen und Herren,

heute Vormittag hat Ihr Fahrer zwei neue Sauerstoffflaschen für meinen Mann
gebracht (Kundennummer 55-8120). Eine davon zischt seitdem am Ventil, auch
wenn es ganz zugedreht ist. Man hört es im ganzen Flur, und am Anschluss ist
es eiskalt.

Mein Mann braucht den Sauerstoff nachts, und wir haben einen Gasherd in der
Küche nebenan. Ich halte das für gefährlich und traue mich nicht, die Flasche
anzufassen. Bitte holen Sie sie heute noch ab und bringen Sie eine neue.

Mit freundlichen Grüßen
Renate Kubitschek
Tel. 030 23125 644"""),

    dict(n=4, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Yusuf Aydın <yusuf.aydin@stadtpost.example>",
         to="datenschutz@termin-ausweis.example",
         subject="Fremde Ausweisdaten in meiner Terminbestätigung",
         body="""\
Guten Tag,

ich habe über Ihr Portal einen Termin für meinen neuen Personalausweis
gebucht. Die Bestätigung, die heute kam, enthält aber gar nicht meine Daten,
sondern die einer fremden Frau: vollständiger Name, Geburtsdatum,
Meldeadresse, die Nummer ihres alten Ausweises und sogar ihr biometrisches
Foto als Anhang.

Wenn ich ihre Daten bekommen habe, liegt meine Bestätigung wahrscheinlich
bei jemand anderem – mit meinem Foto und meiner Adresse. Das ist ein
Datenschutzvorfall. Bitte teilen Sie mir mit, wer meine Daten erhalten hat
und was Sie unternehmen. Die fremde Mail habe ich nicht weitergeleitet.

Buchungsnummer: PA-2025-118734

Yusuf Aydın"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Disposition Krankenfahrten Hellwig <dispo@hellwig-krankenfahrten.example>",
         to="support@fahrdienst-planer.example",
         subject="Fahrer-Tablets zeigen keine Touren – Dialysepatienten warten",
         body="""\
Seit heute 5:30 Uhr bekommen unsere Fahrer auf den Tablets keine Touren mehr
angezeigt, die Liste bleibt einfach leer. In der Disposition sehen wir alle
Aufträge im Webportal, aber auf den Geräten kommt nichts an.

Wir telefonieren jetzt jede Fahrt einzeln durch und schreiben die Touren auf
Papier. Drei Patienten haben ihren Dialysetermin um 7 Uhr schon verpasst, die
Zentren rufen ständig an.

Bitte sofort zurückrufen: 030 23125 417 (Frau Hellwig).

Kundennummer FP-0392"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marlene Voigt <m.voigt@frischbox-stationen.example>",
         to="technik@smartlocker-systeme.example",
         subject="Fächer an allen zwölf Stationen bleiben zu",
         body="""\
Guten Morgen,

seit ca. 7 Uhr gehen an unseren zwölf Abholstationen im Stadtgebiet die
Fächer nicht mehr auf. Die Kunden scannen ihren QR-Code, das Display zeigt
„Bitte warten“ – und dann passiert nichts. Auch mit dem Mastercode vom
Servicetablet öffnet sich kein einziges Fach.

In den Kühl- und Tiefkühlfächern liegen rund 180 Bestellungen, die heute
abgeholt werden sollen, und unsere Hotline ist dauerbesetzt. Der Fahrer für
die Nachmittagsbestückung kann ebenfalls nichts einlegen.

Bitte melden Sie sich umgehend, Vertragsnummer SL-7781.

Marlene Voigt
Betriebsleitung FrischBox"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Kevin Schramm <kevin.schramm@webpost.example>",
         to="app@abfall-kalender.example",
         subject="Frage zur App",
         body="""\
Hallo,

ist es normal, dass die App nach dem Start nur noch einen grauen Bildschirm
zeigt? Seit Samstag komme ich nicht mehr bis zur Terminbuchung für die
Sperrmüllabholung. Neu installiert habe ich sie schon zweimal, auf dem Handy
meiner Freundin ist es genauso. Ich muss die Wohnung bis Monatsende
leergeräumt haben.

Gruß
Kevin Schramm"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Office-Management Brenner & Kolb <office@brenner-kolb.example>",
         to="kundenportal@bohnenwerk-leasing.example",
         subject="Bestellfunktion im Kundenportal funktioniert nicht",
         body="""\
Hallo zusammen,

im Kundenportal funktioniert die Nachbestellung von Bohnen und Milchpulver
nicht – beim Klick auf „Bestellen“ kommt nur „Fehler 500“. Wir haben heute
telefonisch bestellt, das hat problemlos geklappt. Wollte es nur melden,
damit Sie sich das anschauen.

Viele Grüße
Anja Petersen
Brenner & Kolb Steuerberatung"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="Lars Ebeling <lars.ebeling@flitzer-kurier.example>",
         to="support@ridergate-app.example",
         subject="DRINGEND: kein Fahrer kann sich einloggen",
         body="""\
Hallo,

seit dem App-Update heute Nacht kommt bei keinem unserer Fahrer der
Anmeldecode per SMS an. 34 Kuriere stehen mit ihren Rädern im Depot und
kommen nicht in die App, also nehmen sie auch keine Aufträge an. Unser
Schichtleiter aus Dublin hat es heute früh so zusammengefasst: "Nobody can
get past the code screen, not even me."

Die Restaurants rufen schon an, wo ihre Abholungen bleiben, und die Aufträge
stapeln sich im System. Bitte schnell melden – Firmenkonto FK-2214,
Tel. 089 99998 120.

Lars Ebeling
Flitzer Kurier GmbH"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Jana Wüst <jana.wuest@heimnetz.example>",
         to="tickets@eisbahn-stadtpark.example",
         subject="10er-Karte doppelt abgebucht",
         body="""\
Guten Tag,

ich habe am Sonntag online eine 10er-Karte für die Eisbahn im Stadtpark
gekauft (Bestellnr. EB-77120). Auf meinem Kontoauszug sind die 65,00 € aber
zweimal abgebucht worden. Bitte erstatten Sie mir einen der Beträge.

Danke und viele Grüße
Jana Wüst"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Dennis Krüger <dennis.krueger@gartenfreunde-nordend.example>",
         to="buchhaltung@zeltverleih-sommer.example",
         subject="Kaution Festzelt FZ-2025-318 – immer noch nicht zurück",
         body="""\
Hallo,

wir haben bei Ihnen für unser Vereinssommerfest ein Festzelt 6 x 12 m gemietet
(Auftrag FZ-2025-318). Zurückgegeben am 16. Juni ohne Mängel, das
Rücknahmeprotokoll hat Ihr Mitarbeiter unterschrieben.

Laut Vertrag wird die Kaution von 800 € innerhalb von 14 Tagen
zurücküberwiesen – inzwischen sind es fast fünf Wochen. Ich habe die Kaution
privat vorgestreckt, und am 1. ist meine Miete fällig. Ohne das Geld wird es
ehrlich gesagt eng.

Können Sie die Überweisung bitte heute noch anstoßen?

Dennis Krüger
Kassenwart, Gartenfreunde Nordend e. V.
089 99998 558"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Franziska Oberhuber <f.oberhuber@dorffest-kirchau.example>",
         to="rechnung@mobiltoilette-sauber.example",
         subject="Dorffest Kirchau – Rückmeldung und Rechnung",
         body="""\
Liebes Team von Sauber Mobil,

nachdem sich der Staub vom Dorffest gelegt hat, wollte ich mich noch einmal
melden. Zuerst das Wichtigste: Die Zusammenarbeit war wirklich angenehm. Ihr
Fahrer hat die Kabinen am Freitag pünktlich gestellt, obwohl die Zufahrt
hinter dem Feuerwehrhaus eng war, und am Samstagabend wurde wie besprochen
einmal zwischendurch gereinigt. Von den Besuchern kam kein einziges Meckern,
und das will auf einem Dorffest schon was heißen.

Für nächstes Jahr planen wir etwas größer, weil der Musikverein aus der
Partnergemeinde dazukommt. Wir würden dann gern auch den Toilettenwagen mit
Wickelraum nehmen – können Sie uns dafür schon einmal ein Angebot machen?

Und dann noch eine Sache zur Rechnung RE-24-0611: Dort sind zwölf
Standardkabinen berechnet, wir hatten aber acht bestellt, und es standen auch
nur acht da (siehe Lieferschein). Bitte schicken Sie uns eine korrigierte
Rechnung. Unser Mitorganisator aus Rotterdam lässt ausrichten: "Could you
please send the corrected invoice in English as well? Our board needs it."

Herzliche Grüße aus Kirchau
Franziska Oberhuber
Festausschuss"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Ulrich Hanke <ulrich.hanke@alpenpost.example>",
         to="kontakt@vignette-direkt.example",
         subject="Servicepauschale auf der Rechnung",
         body="""\
Hallo, ich habe bei Ihnen die digitale Jahresvignette für Österreich gekauft.
Auf der Rechnung steht neben der Vignette noch eine „Servicepauschale“ von
2,90 €. Kein Problem – ich frage mich nur, wofür die eigentlich ist?

Schöne Grüße
Ulrich Hanke"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Lena Kowalczyk <lena.kowalczyk@mailbox-sued.example>",
         to="hilfe@pruefungstermin-online.example",
         subject="Konto gesperrt",
         body="""\
Mein Konto ist nach drei falschen Passwörtern gesperrt, und der Entsperr-Link
in Ihrer Mail war abgelaufen, bevor ich ihn öffnen konnte. Ich muss meinen
Termin für die praktische Prüfung verschieben. Benutzername: lena.kowalczyk

Lena Kowalczyk"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Cornelia Haas <c.haas@klavierstudio-haas.example>",
         to="support@musikpruefung-online.example",
         subject="SMS-Code kommt zu spät",
         body="""\
Guten Tag,

ist es normal, dass der SMS-Code für die Anmeldung erst nach 20 Minuten
ankommt? Dann ist er natürlich längst abgelaufen. Ich komme seit Dienstag
nicht mehr in mein Lehrerkonto und muss bis Freitag sieben Schülerinnen und
Schüler für die Prüfungen im Juni anmelden. Die Handynummer hat sich nicht
geändert.

Mit freundlichen Grüßen
Cornelia Haas
Lehrkraft-Nr. MP-4471"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Sabine Reuter <sabine.reuter@netzpost.example>",
         to="Kemal Demir <k.demir@blitzblank-reinigung.example>",
         subject="AW: Störung beim Online-Abholservice",
         body="""\
Hallo Herr Demir,

danke, der Abholservice klappt bei mir wieder. Dafür ist jetzt mein
Kundenkonto verschwunden: Beim Anmelden heißt es „Zu dieser E-Mail-Adresse
existiert kein Konto“. Da waren mein Stammkundenrabatt und 14 gesammelte
Stempel drauf. Ich habe nichts gelöscht. Können Sie das wiederherstellen?

Gruß
Sabine Reuter

Am 02.06.2025 um 09:15 schrieb Kemal Demir <k.demir@blitzblank-reinigung.example>:
> Sehr geehrte Frau Reuter,
>
> wegen eines Serverausfalls war unser Online-Abholservice gestern von
> 8 bis 15 Uhr nicht erreichbar. Die Störung ist inzwischen behoben.
> Wir bitten die Unannehmlichkeiten zu entschuldigen.
>
> Mit freundlichen Grüßen
> Kemal Demir
> Blitzblank Textilreinigung"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Holger Brandt <holger.brandt@kanzlei-brandt.example>",
         to="kundenservice@quellfrisch-wasserspender.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Guten Tag, wie kann ich für unser Kundenkonto die Anmeldung mit zweitem
Faktor einrichten? Ich finde die Einstellung nicht. Danke! H. Brandt"""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Gisela Marquardt <gisela.marquardt@t-post.example>",
         to="Stimmservice Albrecht <termine@klavierstimmer-albrecht.example>",
         subject="AW: Doppelte Abbuchung Klavierstimmung",
         body="""\
Lieber Herr Albrecht,

vielen Dank – die doppelte Abbuchung wurde gestern zurückgebucht, und Ihr
Kollege war heute Vormittag da. Der Flügel klingt wieder wie neu, vorher war
das ja ein Totalausfall im Diskant. Es ist alles erledigt, Sie brauchen nichts
weiter zu tun.

Herzliche Grüße
Gisela Marquardt"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Martin Albers <martin.albers@nordlicht-mail.example>",
         to="GlasPro Termine <termine@glaspro.example>",
         subject="AW: Ihr Termin zur Steinschlagreparatur am Dienstag",
         body="""\
Danke, ich habe die 89 € eben per Überweisung bezahlt. Dienstag um 8 Uhr
passt mir gut.

Gruß
M. Albers

-----Ursprüngliche Nachricht-----
Von: GlasPro Termine <termine@glaspro.example>
Gesendet: Donnerstag, 5. Juni 2025 11:20
An: Martin Albers <martin.albers@nordlicht-mail.example>
Betreff: Ihr Termin zur Steinschlagreparatur am Dienstag

> Sehr geehrter Herr Albers,
>
> leider wurde Ihre Kartenzahlung über 89,00 € von Ihrer Bank abgelehnt.
> Bitte überweisen Sie den Betrag bis Montag, sonst müssen wir den Termin
> am Dienstag, 10. Juni, 8:00 Uhr stornieren.
>
> Ihr GlasPro-Team"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kita Sonnenblume <leitung@kita-sonnenblume.example>",
         to="gruppen@skihalle-weissenfels.example",
         subject="Kita-Ausflug – Rodelpiste „Lawine“",
         body="""\
Hallo,

unsere Vorschulgruppe ist schon jetzt Feuer und Flamme für einen Ausflug in
Ihre Skihalle. Ist die Rodelpiste „Lawine“ auch für Vier- und Fünfjährige
geeignet, oder ist die eher was für die Großen? Gibt es Schlitten zum
Ausleihen, oder sollen die Eltern welche mitbringen?

Wir wären ca. 15 Kinder und 5 Erwachsene, am liebsten an einem Vormittag
unter der Woche.

Viele Grüße
Petra Lindner, Kita Sonnenblume"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Stefan Rieger <stefan.rieger@bergnet.example>",
         to="shop@kettenprofi.example",
         subject="Frage zur Rückgabe vor dem Kauf",
         body="""\
Guten Tag,

ich überlege, bei Ihnen Schneeketten für unseren Skoda Octavia (205/55 R16)
zu kaufen. Wie ist Ihre Rückgaberegelung, wenn ich sie den ganzen Winter
nicht brauche – bekomme ich das Geld zurück, solange die Packung ungeöffnet
ist? Und wie läuft die Erstattung, falls die Größe doch nicht passt?

Danke und Gruß
Stefan Rieger"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Bootsmotoren Wiesinger <newsletter@wiesinger-marine.example>",
         to="service@wiesinger-marine.example",
         subject="Saisonstart 2025: Ihr Außenborder-Check",
         body="""\
WIESINGER MARINE – NEWSLETTER APRIL

Saisonstart ohne böse Überraschungen
Ein Motor, der im Winter gestanden hat, verdient Aufmerksamkeit: Impeller,
Kraftstoffleitungen und Zündkerzen sind die häufigsten Pannenursachen auf dem
Wasser. Beim Frühjahrs-Check prüfen wir all das für pauschal 149 €.

Notfall-Ausrüstung an Bord?
Paddel, Anker, Lenzpumpe, Signalpfeife und Feuerlöscher gehören in jedes
Boot. Unsere Checkliste zum Ausdrucken finden Sie auf wiesinger-marine.example.

Termine
Schrauber-Abend für Einsteiger: 24. April, 18 Uhr, Werkstatt am Seeufer.

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
Abmelden: wiesinger-marine.example/abmelden"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Schuhmacherei Polat <annahme@schuhmacher-polat.example>",
         to="support@werkstattkasse.example",
         subject="Annahme-App stürzt beim Foto-Upload ab",
         body="""\
Hallo,

seit dem letzten Update stürzt die Annahme-App auf unserem Tablet jedes Mal
ab, sobald wir ein Foto vom Schuh anhängen wollen. Ohne Foto lässt sich der
Auftrag anlegen, wir notieren Schäden jetzt eben schriftlich auf dem Zettel
und tippen sie nach. Geht also, kostet aber Zeit. Könnten Sie sich das in
den nächsten Tagen ansehen?

Tablet: Galaxy Tab A8, App-Version 3.4.0

Grüße
Emre Polat"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Jetski-Verleih Seeblick <info@seeblick-jetski.example>",
         to="partner@wassersport-buchen.example",
         subject="AW: AW: Auszahlung Mai fehlt – Partner 3307",
         body="""\
Jetzt zum dritten Mal: Die Auszahlung für Mai über 4.870,20 € ist immer noch
nicht auf unserem Konto. Am Freitag müssen wir die Löhne für unsere sechs
Saisonkräfte überweisen, und das geht ohne dieses Geld nicht. Ich erwarte
heute eine verbindliche Auskunft, wann das Geld kommt.

Sven Hartmann
Jetski-Verleih Seeblick, Tel. 040 66969 471

Am 12.06.2025 um 17:48 schrieb Jetski-Verleih Seeblick <info@seeblick-jetski.example>:
> Hallo, ich hatte vor einer Woche schon geschrieben. Die Auszahlung für Mai
> fehlt weiterhin. Bitte um Rückmeldung.
>
> Am 05.06.2025 um 08:02 schrieb Jetski-Verleih Seeblick <info@seeblick-jetski.example>:
>> Guten Tag, laut Partner-Dashboard wurde die Auszahlung für Mai am 3.6.
>> „gesendet“, auf unserem Konto ist aber nichts angekommen. Bitte prüfen.
>> Partnernummer 3307."""),
]
