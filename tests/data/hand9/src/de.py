# blind10 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krämer <sabine.kraemer@webpost.example>",
         to="service@silkline-beauty.example",
         subject="Glätteisen SilkLine Pro – Kabel",
         body="""\
Guten Tag,

ich habe im September bei Ihnen das Glätteisen SilkLine Pro gekauft (Bestellnr. 4410-87723). Gestern Abend hat meine Tochter (15) es benutzt, und plötzlich hat es am Übergang vom Kabel zum Griff geknistert und kurz geblitzt. Sie hat aufgeschrien, ihr hat es bis in den Ellbogen gezuckt und gekribbelt, und am Zeigefinger hat sie jetzt eine weiße Stelle mit rotem Rand. Das Kabel ist an der Stelle ganz weich, die Ummantelung ist aufgeplatzt und man sieht das Kupfer.

Wir waren heute früh beim Hausarzt, der hat sicherheitshalber ein EKG gemacht, soweit alles in Ordnung. Das Gerät ist ausgesteckt und liegt im Keller.

Ich möchte wissen, ob Ihnen so etwas bekannt ist und wie es jetzt weitergeht. Fotos kann ich gerne schicken.

Mit freundlichen Grüßen
Sabine Krämer"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Anja Becker <anja.becker@familie-becker.example>",
         to="vermietung@nordcamper.example",
         subject="Kastenwagen WM-2026-1184",
         body="""\
Hallo zusammen,

wir haben am Wochenende den bei Ihnen gemieteten Kastenwagen (Vertrag WM-2026-1184) an der Ostsee stehen gehabt und nachts die Standheizung laufen lassen. Gegen 4 Uhr bin ich mit hämmernden Kopfschmerzen aufgewacht, mir war speiübel und mein Mann war kaum wach zu kriegen. Der Melder über der Schiebetür hat keinen Ton von sich gegeben.

Wir haben alle Türen aufgerissen und draußen auf den Campingstühlen gesessen, bis es hell wurde. Danach ging es langsam besser. Erst am Morgen haben wir gesehen, dass unter dem Fahrzeug das Abgasrohr der Heizung abgerissen ist und lose herunterhängt.

So fahren wir das Auto nicht mehr weiter und schlafen da auch nicht mehr drin. Bitte melden Sie sich umgehend, wie wir es zurückbringen sollen bzw. ob Sie es abholen.

Grüße von der Ostsee
Anja und Thomas Becker
0176 5550 2231"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Claudia Neumann <c.neumann@mailhaus.example>",
         to="kundendienst@runathlon.example",
         subject="Laufband T7: Not-Aus reagiert nicht, Kind gestürzt",
         body="""\
Sehr geehrte Damen und Herren,

unser Laufband RunAthlon T7 (gekauft im Februar, Seriennr. T7-2291-0455) hat gestern nicht angehalten, als es hätte anhalten müssen. Mein Sohn (8) ist draufgestiegen, während das Band nach dem Training meines Mannes noch mit 9 km/h lief – das war unser Fehler, das ist mir klar. Er ist sofort gestürzt und hat dabei noch die Sicherheitsleine mit dem Magnetclip abgezogen. Das Band lief trotzdem einfach weiter und hat ihn nach hinten gegen die Wand geschleudert. Auch die rote Not-Aus-Taste hat nichts bewirkt, erst als ich den Stecker gezogen habe, war Ruhe.

Er hat tiefe Schürfwunden an beiden Knien und eine Platzwunde am Kinn, die in der Notaufnahme genäht werden musste.

Wir haben das Gerät vom Strom genommen. Ich erwarte, dass sich ein Techniker das ansieht, und eine Erklärung, warum beide Abschaltungen versagt haben. Sollten andere Geräte betroffen sein, müssten Sie ja wohl die Kunden warnen.

Mit freundlichen Grüßen
Claudia Neumann"""),

    dict(n=4, signals="safety", priority="critical", trap="calm", qt=0, reply=0,
         frm="Dr. Martin Hollweg <m.hollweg@kanzlei-hollweg.example>",
         to="portal@baufi-direkt.example",
         subject="Dokumente im Kundenportal",
         body="""\
Guten Morgen,

ich wollte heute in Ihrem Baufinanzierungsportal meine Unterlagen für die Anschlussfinanzierung hochladen. Unter „Meine Dokumente“ werden mir neben meinen eigenen Dateien sechs weitere angezeigt, die nicht zu mir gehören: Gehaltsabrechnungen, eine Kopie des Personalausweises und ein Grundbuchauszug einer Frau aus Regensburg, deren Namen ich hier bewusst nicht nenne. Ich habe eine Datei geöffnet, um sicherzugehen, und sie dann sofort wieder geschlossen.

Ich muss wohl davon ausgehen, dass umgekehrt auch meine Unterlagen bei anderen Kunden auftauchen. Bitte prüfen Sie das und geben Sie mir kurz Bescheid. Bis dahin lade ich nichts mehr hoch.

Vertragsnummer BF-7720-4419.

Freundliche Grüße
Dr. Martin Hollweg"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jörg Wendt <leitstelle@wendt-bus.example>",
         to="hotline@tarifcloud.example",
         subject="Bordrechner alle offline!!",
         body="""\
Seit heute 5:40 Uhr zeigen die Bordrechner in allen 23 Bussen „Keine Verbindung zum Tarifserver – Verkauf gesperrt“. Die Fahrer können keine Fahrscheine verkaufen und keine Zeitkarten prüfen. Wir lassen gerade alle ohne Ticket mitfahren, sonst steht der Schülerverkehr. Jede Stunde kostet uns richtig Geld.

Bitte SOFORT zurückrufen, Leitstelle 0821 5550 1940.

Jörg Wendt
Verkehrsbetrieb Wendt & Söhne"""),

    dict(n=6, signals="outage", priority="medium", trap="by-name", qt=0, reply=0,
         frm="Lena Brückner <lena@boulderhalle-nordwand.example>",
         to="support@gripdesk.example",
         subject="Check-in down",
         body="""\
Hi,

euer Check-in-System ist seit ca. 14 Uhr down, zumindest bei uns in der Boulderhalle Nordwand. Die Tablets am Eingang zeigen nur „Server nicht erreichbar“, Mitgliedskarten lassen sich nicht scannen.

Wir schreiben die Leute gerade auf Papier auf und kassieren Tageseintritte bar, das geht schon irgendwie, ist aber nervig, und heute Abend ist Ligatraining mit 80 Leuten. Könnt ihr kurz sagen, ob ihr davon wisst und wann es wieder läuft?

Danke & Grüße
Lena"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Murat Yilmaz <m.yilmaz@yilmaz-umzuege.example>",
         to="support@umzugplaner.example",
         subject="Nach Update nur weißer Bildschirm",
         body="""\
Guten Tag,

seit dem Update gestern Abend bekomme ich in UmzugPlaner nach dem Login nur noch eine weiße Seite. Kein Menü, gar nichts. Hab es am Büro-PC und am Laptop probiert, mit Edge und mit Firefox, Cache gelöscht, neu gestartet. Meine Kollegin im Lager kann sich ganz normal einloggen, bei ihr geht alles.

Ich mache bei uns die ganzen Besichtigungen und Angebote, und ohne das Programm kann ich überhaupt nicht arbeiten. Heute müssen noch 5 Kostenvoranschläge raus, zwei davon für Umzüge nächste Woche.

Benutzer: m.yilmaz
Firma Yilmaz Umzüge GmbH, Kundennr. 30918

Gruß
Murat Yilmaz"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Svetlana Orlova <info@waschbar-koerner.example>",
         to="service@washconnect.example",
         subject="ALLE Maschinen gesperrt",
         body="""\
Hallo,

in unserem Waschsalon in der Körnerstraße (14 Waschmaschinen, 6 Trockner) lässt sich seit heute Morgen keine einzige Maschine mehr starten. In der App steht bei den Kunden „Maschine wird verbunden…“ und dann Abbruch, und das Bezahlterminal an der Wand zeigt „Dienst nicht verfügbar“. Münzbetrieb haben wir seit der Umstellung auf Ihr System nicht mehr, also geht gar nichts.

Samstag ist unser stärkster Tag. Der Laden ist voll mit Leuten mit Wäschekörben, die wieder gehen. Bitte dringend melden!

Svetlana Orlova
WaschBar Körnerstraße"""),

    dict(n=9, signals="outage", priority="medium", trap="api", qt=0, reply=0,
         frm="Benedikt Sauer <b.sauer@raetselwerk.example>",
         to="dev-support@voucherhub.example",
         subject="Gutschein-API: sporadische 503",
         body="""\
Hallo Support,

seit gestern ca. 16 Uhr bekommen wir bei der Einlösung über eure Gutschein-API (POST /v1/vouchers/redeem) sporadisch HTTP 503, grob jeder dritte bis vierte Request. Ein Retry nach ein paar Sekunden klappt meistens, unser Buchungssystem macht das automatisch, die Kunden merken also kaum etwas. Der Checkout dauert aber spürbar länger und die Logs sehen wild aus.

Mandant: raetselwerk-escape, Beispiel-Request-ID 7f3c-a91e-22d0.

Könnt ihr mal reinschauen?

Viele Grüße
Benedikt Sauer
IT, Rätselwerk Escape Rooms"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Kerstin Vogel <kerstin.vogel@netmail.example>",
         to="kundenservice@autoleasing-plus.example",
         subject="Doppelte Abbuchung Leasingrate Dezember",
         body="""\
Sehr geehrte Damen und Herren,

am 1.12. wurde die Leasingrate für meinen Wagen (Vertrag LV-558201, 389,00 €) zweimal per Lastschrift von meinem Konto abgebucht. Dadurch bin ich jetzt im Dispo, und die Miete, die am 3. abgeht, ist nicht gedeckt.

Ich bitte um sofortige Rücküberweisung der doppelten Rate. Eine Rückbuchung über die Bank möchte ich eigentlich vermeiden, damit es keinen Ärger mit dem Vertrag gibt – wenn bis Mittwoch nichts passiert ist, mache ich das aber.

MfG
Kerstin Vogel"""),

    dict(n=11, signals="payment", priority="medium", trap="forwarded", qt=0, reply=0,
         frm="Stefan Albrecht <stefan.albrecht@posteo-like.example>",
         to="bussgeldstelle@ostwald.example",
         subject="Mahnung obwohl bezahlt – Az. 2026-OW-338812",
         body="""\
Guten Tag,

heute habe ich eine Mahnung über 35,00 € plus 5,60 € Mahngebühr für ein Verwarnungsgeld erhalten (Falschparken, Az. 2026-OW-338812). Dieses Verwarnungsgeld habe ich aber bereits am 9. Oktober über Ihr Online-Bezahlportal per Kreditkarte bezahlt, die Belastung steht auf meiner Kreditkartenabrechnung. Die Bestätigung leite ich unten weiter.

Bitte stellen Sie das richtig und bestätigen Sie mir, dass die Mahngebühr entfällt.

Mit freundlichen Grüßen
Stefan Albrecht

---------- Weitergeleitete Nachricht ----------
Von: ePayment Stadt Ostwald <noreply@epay.ostwald.example>
Datum: 9. Okt. 2026, 21:14
Betreff: Zahlungsbestätigung

Ihre Zahlung über 35,00 EUR zum Aktenzeichen 2026-OW-338812 ist eingegangen.
Transaktions-ID 88102-XK"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Jana Wolff <jana.wolff@mailbude.example>",
         to="hallo@kochkiste.example",
         subject="Gutschein leer??",
         body="""\
Hallo,

ich hab zum Geburtstag einen Geschenkgutschein von euch über 100 € bekommen (meine Schwester hat ihn am 20.11. gekauft, den Beleg hat sie noch). Als ich gestern damit meine ersten Kochboxen bestellen wollte, stand da „Guthaben: 0,00 €“. Der Gutschein wurde nie benutzt, das Rubbelfeld war noch zu. Code endet auf …4471.

Wo ist das Geld hin? Bitte prüft das mal.

LG Jana"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Helga Brandt <helga.brandt@t-netz.example>",
         to="spenden@tierheimfreunde.example",
         subject="Frage zur Abbuchung",
         body="""\
Hallo liebes Team,

ich spende seit Jahren monatlich 20 € über Ihr Online-Formular. Seit November sehe ich auf dem Kontoauszug zusätzlich 0,49 € „Transaktionsgebühr“. Kein Problem, ist ja wenig – mich interessiert nur, woher das kommt und ob das jetzt immer so bleibt.

Viele Grüße und weiter so mit den Tieren!
Helga Brandt"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Dragana Petrović <d.petrovic@heimnetz.example>",
         to="support@elternportal-schule.example",
         subject="SMS-Code kommt nicht",
         body="""\
Guten Tag,

ich komme seit drei Tagen nicht mehr ins Elternportal der Gesamtschule am Lindenhof. Nach dem Passwort wird ein SMS-Code verlangt, der kommt aber nie an (Nummer stimmt, andere SMS bekomme ich ganz normal). „Code erneut senden“ habe ich bestimmt zehnmal gedrückt, jetzt heißt es „Zu viele Versuche, bitte später erneut versuchen“.

Über das Portal laufen bei uns Krankmeldungen, die Anmeldung zur Klassenfahrt und alle Nachrichten der Lehrer. Mein Sohn ist seit Montag krank und ich kann ihn nicht entschuldigen, und am Freitag ist Anmeldeschluss für die Klassenfahrt.

Benutzername: fam.petrovic

Mit freundlichen Grüßen
Dragana Petrović"""),

    dict(n=15, signals="account", priority="medium", trap="merged", qt=0, reply=0,
         frm="Birgit Sommer <birgit.sommer@famsommer.example>",
         to="jahreskarte@sonnenland-park.example",
         subject="Jahreskarten",
         body="""\
Hallo,

irgendwas ist mit unseren Jahreskarten passiert. Mein Mann und ich hatten bisher jeder ein eigenes Konto im Online-Bereich. Nach der Verlängerung im November hatten wir das Häkchen bei „Familienkonto anlegen“ gesetzt, weil die Kinder dazukommen sollten.

Jetzt hängen alle vier Karten unter meinem Konto, und mein Mann kann sich mit seiner E-Mail-Adresse (ralf.sommer@famsommer.example) gar nicht mehr einloggen, da kommt „Konto existiert nicht“. Seine gesammelten Bonuspunkte sind auch weg bzw. nirgends zu sehen.

Eigentlich hätten wir gern wieder zwei Logins, aber mit den Kindern in einem gemeinsamen Konto. Geht das? Und bekommt er seine Punkte zurück?

Viele Grüße
Birgit Sommer
Jahreskarten-Nr. SL-2026-88310 bis -88313"""),

    dict(n=16, signals="account", priority="medium", trap="wrong-owner", qt=0, reply=0,
         frm="Korbinian Lechner <k.lechner@lechner-galabau.example>",
         to="kundenservice@mautbox.example",
         subject="Box läuft noch auf Vorbesitzer",
         body="""\
Servus,

ich hab im Oktober einen gebrauchten Transporter gekauft, in dem noch eine Mautbox von Ihnen klebt. Das Kundenkonto dazu läuft aber noch auf den Vorbesitzer (Brenner Bau GmbH), die Abrechnungen gehen an ihn und er ruft mich deswegen dauernd an.

Ich würde die Box gern auf meine Firma umschreiben lassen, statt sie zurückzuschicken und eine neue zu bestellen. Kennzeichen RO-KL 447, Box-Nr. MB-0093-2215. Was brauchen Sie dafür von mir? Kaufvertrag und Fahrzeugschein hab ich da.

Gruß
Korbinian Lechner
Lechner Garten- und Landschaftsbau"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Miriam Lange <miriam.lange@kita-eltern.example>",
         to="hilfe@mensa-app.example",
         subject="E-Mail ändern",
         body="""\
Hi there,

kurze Frage: Wie kann ich in meinem Konto in der Mensa-App die E-Mail-Adresse ändern? Ich habe eine neue Adresse und finde unter „Profil“ nur Name und Telefonnummer. Das Essen für meine Tochter bestelle ich ganz normal weiter, alles gut, nur die Mails sollen künftig an die neue Adresse gehen.

Thanks & liebe Grüße
Miriam Lange"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Katharina Ebert <kathi.ebert@hochzeit-ebert.example>",
         to="info@tafelglueck-catering.example",
         subject="Hochzeit am 14.11. – DANKE",
         body="""\
Liebes Team von Tafelglück,

wir sind jetzt aus den Flitterwochen zurück und wollten uns unbedingt noch melden. Das Buffet war der absolute Knaller, und der Nachtisch eine echte Bombe – am Schokoladenbrunnen sind unsere Gäste regelrecht ausgerastet. Mein Schwiegervater, der sonst an allem was zu meckern hat, hat sich dreimal nachgenommen und meinte, er stirbt gleich vor Glück. Ihr habt uns komplett umgehauen!

Danke auch an Herrn Schulz für die Geduld bei den ganzen Planänderungen. Wir empfehlen euch überall weiter.

Herzliche Grüße
Katharina & Felix Ebert"""),

    dict(n=19, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Ulrike Hahn <ulrike.hahn@briefkasten.example>",
         to="kurse@lingua-forum.example",
         subject="Crashkurs Italienisch – Frage vor Buchung",
         body="""\
Guten Tag,

ich interessiere mich für Ihren Crashkurs Italienisch A1 (Intensivwoche im Februar). Bevor ich buche: Was passiert, wenn ich krankheitsbedingt nicht teilnehmen kann – bekomme ich das Geld zurück oder einen Gutschein? Und kann man nach dem ersten Tag noch in eine andere Gruppe wechseln, falls das Niveau nicht passt?

Vielen Dank und schöne Grüße
Ulrike Hahn"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Hans Obermaier <h.obermaier@gmx-like.example>",
         to="service@gartenwelt-shop.example",
         subject="UNVERSCHÄMT",
         body="""\
Jetzt reicht es mir wirklich!!!

Vier Gartenstühle, bestellt am 2.11., Lieferzeit „5–7 Werktage“. Heute ist der 4.12. und die Sendungsverfolgung steht seit zwei Wochen auf „Paket wird vorbereitet“. Ich brauche die Stühle zwar erst im Frühjahr, aber so etwas habe ich noch nie erlebt. Und die Dame an Ihrer Hotline war auch noch schnippisch.

Ich erwarte, dass die Stühle JETZT endlich losgeschickt werden.

H. Obermaier"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Frank Weidner <frank.weidner@weidner-home.example>",
         to="support@wachsam-melder.example",
         subject="Rückmeldung Ticket #RM-20417",
         body="""\
Hallo,

kurze Rückmeldung zu meinem Ticket vom Oktober (#RM-20417): Seit dem Tausch der beiden Rauchmelder in Flur und Kinderzimmer ist jetzt sechs Wochen Ruhe. Kein nächtliches Piepen mehr, kein Fehlalarm mehr, wenn jemand duscht. Das Ticket kann von mir aus zu. Danke für den unkomplizierten Austausch!

Noch eine Frage: Gibt es die Melder auch mit Funkvernetzung, sodass alle gleichzeitig losgehen? Dann würde ich für den Keller und die Werkstatt noch zwei bestellen.

Gruß
Frank Weidner"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Tobias Reinhardt <t.reinhardt@reinhardt-steuer.example>",
         to="events@strike-arena.example",
         subject="AW: Ihr Kundenkonto wurde vorübergehend gesperrt",
         body="""\
Hallo Frau Schuster,

super, vielen Dank! Hat sofort geklappt, ich bin wieder drin und habe die Reservierung der vier Bahnen für unsere Weihnachtsfeier am 18.12. abgeschlossen. Schönes Wochenende!

Beste Grüße
Tobias Reinhardt

Am 03.12.2026 um 11:47 schrieb Strike Arena Eventteam <events@strike-arena.example>:
> Sehr geehrter Herr Reinhardt,
>
> Ihr Firmenkundenkonto wurde nach mehreren fehlgeschlagenen Anmeldeversuchen
> vorübergehend gesperrt. Wir haben die Sperre soeben aufgehoben. Bitte setzen Sie
> Ihr Passwort über „Passwort vergessen“ neu, bevor Sie sich wieder anmelden.
>
> Mit freundlichen Grüßen
> Carina Schuster"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Daniel Kowalski <daniel.kowalski@funkpost.example>",
         to="support@coinkontor.example",
         subject="Handy geklaut – Konto sperren!!!",
         body="""\
Mir wurde vor einer Stunde in der S-Bahn das Handy geklaut. Darauf ist eure App, ich war eingeloggt, entsperren geht nur mit einer 4-stelligen PIN, die vermutlich jemand mitgelesen hat. Auf dem Konto liegen ca. 0,4 BTC und etwas ETH.

Bitte SOFORT das Konto sperren bzw. alle Auszahlungen stoppen! Vom Laptop komme ich nicht rein, weil der 2FA-Code aufs Handy geht.

Kunden-ID CX-8810342, E-Mail ist diese hier. Anzeige bei der Polizei mache ich gleich.

Daniel Kowalski"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Lea Hoffmann <lea.hoffmann@uni-mail.example>",
         to="verwaltung@wohnheim-muehlbach.example",
         subject="AW: AW: Kaution Zimmer 3.17",
         body="""\
Sehr geehrte Damen und Herren,

das ist jetzt meine dritte Mail. Ich bin am 30. September ausgezogen, die Übergabe war ohne Mängel (das Protokoll liegt Ihnen vor), und laut Mietvertrag wird die Kaution von 650 € innerhalb von sechs Wochen zurückgezahlt. Die sechs Wochen sind lange vorbei, und ich habe weder das Geld noch irgendeine Antwort bekommen.

Ich bin Studentin und brauche das Geld für die Kaution meiner neuen Wohnung, die bis zum 15.12. fällig ist. Wenn bis Freitag nichts passiert, wende ich mich an den Mieterverein.

Lea Hoffmann
ehem. Zimmer 3.17, Wohnheim Am Mühlbach

Am 20.11.2026 um 09:12 schrieb Lea Hoffmann <lea.hoffmann@uni-mail.example>:
> Hallo, ich warte immer noch auf meine Kaution (650 €). Können Sie mir bitte sagen,
> wann sie überwiesen wird?
>
> Am 04.11.2026 um 18:30 schrieb Lea Hoffmann <lea.hoffmann@uni-mail.example>:
>> Guten Tag, ich bin zum 30.09. aus Zimmer 3.17 ausgezogen. Bitte überweisen Sie
>> die Kaution auf das Konto, das im Übergabeprotokoll steht. Danke!"""),
]
