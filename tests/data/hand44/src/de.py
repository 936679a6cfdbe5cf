# blind45 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="witness", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@mailbox.example>",
         to="hilfe@radflott.example",
         subject="Akku hat gequalmt!!!",
         body="""\
Hallo,
ich hab gestern abend eins von euren Leihrädern (Nr. 4471) mit in den Hausflur genommen weil es so geregnet hat. heute morgen um 6 riecht das ganze Treppenhaus verbrannt und unter dem Akku kommt so weisser Rauch raus, das Gehäuse war so heiss dass man es nicht anfassen konnte. Mein Nachbar hat das Rad mit Arbeitshandschuhen raus auf den Hof geschoben, da zischt und knackt es jetzt immer noch.
Feuerwehr ist informiert. Bitte holt das Ding SOFORT ab, da spielen nachher Kinder im Hof!!
Sabine Krüger
Lindenstr. 12, Hinterhof"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="M. Yilmaz <m.yilmaz83@postfach.example>",
         to="kundenservice@baeckerei-sonnenkorn.example",
         subject="dringend - allergische reaktion nach ihrem brötchen",
         body="""\
guten tag, mein sohn (7) hat eine nussallergie, deshalb kaufen wir in ihrer filiale am marktplatz immer die dinkelbrötchen, da stand auf dem schild immer "nussfrei" dran. heute morgen hat er eins gegessen und nach paar minuten war sein mund ganz dick und er hat kaum noch luft bekommen. wir mussten den notarzt rufen, er ist jetzt im krankenhaus und es geht ihm gott sei dank wieder besser.
im rest vom brötchen sind eindeutig haselnussstückchen drin, ich hab es aufgehoben.
wie kann das sein?? haben sie die rezeptur geändert ohne das schild zu ändern?? da müssen doch andere eltern gewarnt werden, das hätte auch anders ausgehen können
M. Yilmaz
Tel 0171 5550 2231"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Jonas Petersen <j.petersen@webpost.example>",
         to="service@teilauto.example",
         subject="Bremsen am Wagen HH-CS 2087",
         body="""\
Moin,
bin heute mit dem Polo HH-CS 2087 von der Station Osterstrasse los. Schon beim ersten Bremsen an der Ampel ist das Pedal fast bis zum Boden durchgefallen und der Wagen hat kaum verzögert, bin nur knapp nicht auf den Vordermann drauf. Hab dann ganz langsam mit Handbremse rechts rangefahren, steht jetzt Hoheluftchaussee vor Hausnr. 40, abgeschlossen, Schlüssel liegt im Fach.
Im Display kam keine Warnung, nix. Bitte sperrt das Auto in der App bevor da noch jemand einsteigt, meine Frau hätte den morgen früh mit unserer Tochter genommen.
Gruss Jonas"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Petra Hartmann <hartmann.fam@t-net.example>",
         to="kundendienst@blauwasser-pools.example",
         subject="Stromschlag im Pool - Techniker bitte heute noch",
         body="""\
Sehr geehrte Damen und Herren,

Ihr Techniker hat letzten Donnerstag bei uns die neue Unterwasserbeleuchtung und die Pumpe eingebaut. Heute Nachmittag war meine Tochter (9) im Wasser, hat die Leiter angefasst und sofort geschrien, sie sagt es hat "gekribbelt und geschlagen", ihr Arm war danach eine halbe Stunde ganz taub. Mein Mann hat dann auch an die Leiter gefasst und es selber gespürt. Wir haben sofort die Sicherung rausgemacht, keiner geht mehr ins Wasser.
Der Kleinen geht es soweit gut, wir waren trotzdem beim Kinderarzt zur Kontrolle.

Ich erwarte dass heute noch jemand kommt und sich das ansieht. Rufen Sie mich bitte an: 0152 555 80 19.

Mit freundlichen Grüßen
Petra Hartmann"""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Lena <lena.s.92@fastmail.example>",
         to="support@herzklopfen-app.example",
         subject="jemand ist in meinem account!!",
         body="""\
hi, irgendjemand hat sich in mein herzklopfen profil eingeloggt und schreibt in meinem namen leuten nachrichten und fragt die nach geld (eine freundin hat mich grad deswegen angerufen). ich komm selber nicht mehr rein, passwort falsch und die email adresse im konto ist auch geändert, die bestätigung ging an irgendeine adresse die ich nicht kenne. da sind meine fotos und meine handynummer drin. bitte sperrt das profil sofort!!! mein benutzername ist lena_sunshine92
lena"""),

    dict(n=6, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Bäckerei Vollmer - Filialleitung <filialen@baeckerei-vollmer.example>",
         to="stoerung@kassenwerk.example",
         subject="ALLE FILIALEN KEINE KARTENZAHLUNG",
         body="""\
Guten Morgen,
seit ca. 6:15 Uhr geht in keiner unserer 9 Filialen mehr Kartenzahlung, die Terminals zeigen nur "Verbindung zum Host fehlgeschlagen" und brechen ab. Neustart haben wir überall gemacht, bringt nix. Es ist Samstag, die Schlangen gehen bis auf die Strasse und die Hälfte der Kunden hat kein Bargeld dabei und geht wieder. Wir verlieren gerade richtig Umsatz.
Ihre Hotline ist dauerbesetzt. Bitte um sofortigen Rückruf 0621 555 3340 (Hr. Vollmer direkt).
Kundennr. KW-20931"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mareike Dorn <mareike@hafenloft-cowork.example>",
         to="support@doorly.example",
         subject="niemand kommt rein - app login geht nicht",
         body="""\
Hallo Doorly-Team,
wir sind ein Coworking Space in Bremen (Kunde seit 2022, Standort Hafenloft). Seit heute ca. 7:30 kann sich keins unserer Mitglieder mehr in der Doorly App anmelden, es kommt nur "Anmeldung fehlgeschlagen - bitte später erneut versuchen", auch bei mir im Admin-Zugang. Neu installiert, anderes Handy, alles probiert.
Ohne App gehen unsere Türen nicht auf, d.h. gerade stehen ca. 30 Leute vorm Haus und kommen nicht an ihre Schreibtische, um 10 ist ein Workshop mit externen Gästen im Eventraum.
Bitte meldet euch ASAP, 0421 555 7781.
Mareike Dorn
Community Management Hafenloft"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Gerd Wagner <gerd.wagner1958@web-mail.example>",
         to="support@lesewolke.example",
         subject="App lädt nur noch",
         body="""\
Guten Tag,
seit dem letzten Update von der LeseWolke App auf meinem Tablet dreht sich beim Öffnen nur noch der Kreis, da kommt gar nichts mehr. Ich kann keins meiner ausgeliehenen Bücher mehr öffnen, auch nicht die die schon runtergeladen waren. Hab das Tablet aus und wieder an gemacht wie mein Enkel gesagt hat, hilft nicht.
Ich fahre Donnerstag in Kur und wollte dort eigentlich lesen. Was kann ich tun?
Mit freundlichen Grüßen
Gerd Wagner
Leseausweis Stadtbibliothek 0044 1923"""),

    dict(n=9, signals="outage", priority="high", trap="typo", qt=0, reply=0,
         frm="Finn <finn.k2006@schuelerpost.example>",
         to="hilfe@fahrfit-app.example",
         subject="app stürzt ab",
         body="""\
hey, die app stürzt bei mir jedes mal sofort ab wenn ich sie aufmache, also logo kommt kurz und dann bin ich wieder aufm homescreen. seit gestern abend. handy is ein samsung a52, app ist aktuel. hab schon neu installiert bringt nix. meine theorieprüfung ist am freitag und ich kann grad garnicht üben, wiso geht das nicht?? bitte schnell fixen
finn"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Dr. Katharina Ludwig <praxis@kleintierpraxis-ludwig.example>",
         to="support@terminfix.example",
         subject="Online-Terminbuchung auf Homepage zeigt Fehler",
         body="""\
Hallo,
seit heute Vormittag zeigt das Terminbuchungs-Fenster auf unserer Website nur "Fehler 503" an, Tierhalter können also nicht online buchen. Ist jetzt nicht dramatisch, die Leute rufen halt an und wir tragen die Termine im Admin-Bereich ein, das geht ganz normal. Aber bitte schaut es euch an, am Telefon ist so schon genug los.
Praxis-ID 88213
Gruß aus der Praxis
K. Ludwig"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Basti Huber <basti.huber@alpenpost.example>",
         to="partner@skilehrer-online.example",
         subject="Auszahlung Februar fehlt immer noch!!",
         body="""\
Servus,
ich warte jetzt seit 12 Tagen auf meine Auszahlung für Februar, 1.840 €, im Partnerbereich steht seit dem 5. März nur "in Bearbeitung". Laut euren AGB soll das nach 5 Werktagen auf dem Konto sein. Die Kurse hab ich alle gehalten, die Gäste haben bezahlt.
Ich bin Saisonkraft, ich hab kein Polster, die Miete für die Personalwohnung ist am Freitag fällig und mein Konto ist im Minus. Bitte überweist das heute noch oder sagt mir wenigstens was los ist.
Basti Huber
Partner-Nr. SL-0571"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Tobias Lange <tobias.lange@heimnetz.example>",
         to="buchhaltung@pfotenparadies-hundekita.example",
         subject="AW: Doppelte Abbuchung März",
         body="""\
Hallo Frau Wendt,

anbei wie gewünscht der Screenshot vom Kontoauszug. Da sehen Sie zweimal 295,00 € am 03.03. mit Verwendungszweck "Hundekita Maerz Balu", Balu war aber natürlich nur einmal im März angemeldet. Bitte den doppelten Betrag zurück aufs Konto.

Danke & Grüße
Tobias Lange

Am 05.03.2024 um 10:12 schrieb Pfotenparadies Buchhaltung <buchhaltung@pfotenparadies-hundekita.example>:
> Hallo Herr Lange,
> danke für Ihre Nachricht. Damit wir die doppelte Lastschrift prüfen
> können, schicken Sie uns bitte einen Screenshot Ihres Kontoauszugs.
> Viele Grüße
> Sandra Wendt"""),

    dict(n=13, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Dirk Behrens <dirk.behrens@nordmail.example>",
         to="a.schuster@sonnendach-nord.example",
         subject="AW: Schlussrechnung PV-Anlage Projekt 2291",
         body="""\
Hallo Frau Schuster,

danke fürs Schicken der korrigierten Rechnung, aber da stimmt immer noch was nicht. Abgerechnet sind 24 Module, auf dem Dach liegen aber 22 (hab extra nochmal gezählt, mit der Drohne vom Nachbarn 😅). Im Angebot vom Januar stand auch 22. Das sind 2x 189 € zuviel plus anteilig Montage. Bitte nochmal korrigieren, die Überweisung halte ich solange zurück.

Gruß
Dirk Behrens

Am Di., 9. Apr. 2024 um 14:37 schrieb Anja Schuster <a.schuster@sonnendach-nord.example>:
> Sehr geehrter Herr Behrens,
> durch einen kompletten Serverausfall bei unserem Buchhaltungsdienstleister
> ist Ihnen letzte Woche leider eine fehlerhafte Rechnung zugegangen.
> Anbei die korrigierte Fassung.
> Mit freundlichen Grüßen
> Anja Schuster
> Sonnendach Nord GmbH"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Claudia Reinhardt <c.reinhardt@postfach.example>",
         to="info@umzuege-schmitt.example",
         subject="Frage Kaution Umzugskartons",
         body="""\
Hallo,
kurze Frage: wir hatten bei Ihnen für den Umzug am 28.6. die 40 Leihkartons + 2 Kleiderboxen und dafür 80 € Kaution bezahlt. Die Kartons hat Ihr Fahrer am Montag wieder mitgenommen. Muss ich die Kaution irgendwo beantragen oder kommt die automatisch zurück aufs Konto? Und wie lange dauert das ungefähr?
Danke und nochmal Lob an die Jungs, das lief super!
Claudia Reinhardt"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Miriam Kowalski <mail@miriam-kowalski-foto.example>",
         to="support@fakturio.example",
         subject="Komme nicht mehr in mein Konto - 2FA Handy kaputt",
         body="""\
Hallo liebes Fakturio Team,
mein Handy ist am Wochenende beim Stand-up-Paddeln im See gelandet und ist hinüber. Da war die Authenticator App drauf für die Zwei-Faktor-Anmeldung. Die Backup-Codes hab ich natürlich nicht ausgedruckt (ich weiss, ich weiss...). Jetzt komme ich überhaupt nicht mehr in mein Konto, Passwort stimmt, aber dann will er den Code.
Ich arbeite komplett mit Fakturio, alle Kunden, Angebote, alles ist da drin und ich kann gerade gar nichts machen. Wie kann ich beweisen dass ich es bin? Personalausweis schicken? Bitte helfen Sie mir schnell.
Miriam Kowalski
Kundennr. 20-44817"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Kerstin Brandes <k.brandes@freemail.example>",
         to="opac-support@stadtbuecherei-gruenau.example",
         subject="passwort zurücksetzen mail kommt nicht",
         body="""\
hallo, ich hab jetzt 3 mal auf "passwort vergessen" geklickt für mein bibliothekskonto aber die mail kommt nicht an, auch nicht im spam. ausweisnummer 30018829. kann man das irgendwie anders machen? gruss k. brandes"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Andreas Vogt <andreas.vogt@familie-vogt.example>",
         to="support@kitaleo.example",
         subject="Konto löschen - Kind hat Kita gewechselt",
         body="""\
Sehr geehrtes KitaLeo-Team,

unsere Tochter Emma ist zum 1. September in eine andere Kita gewechselt, die mit einer anderen App arbeitet. Ich möchte daher mein Elternkonto bei KitaLeo schließen und bitte auch darum, dass die Fotos und Daten von Emma gelöscht werden. In der App finde ich nur "Abmelden", aber nirgends einen Punkt zum Löschen des Kontos, und die alte Kita sagt, das müssen Sie machen.
Bitte bestätigen Sie mir die Löschung kurz per Mail.

Mit freundlichen Grüßen
Andreas Vogt"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jasmin Ertl <jasmin.ertl@mailbox.example>",
         to="app@pfotenpass.example",
         subject="Partner hinzufügen?",
         body="""\
Hallo! Wie kann ich meinen Mann zu meinem Konto in der PfotenPass App dazunehmen, damit er auch die Impftermine von unseren zwei Katzen sieht und Termine beim Tierarzt buchen kann? Geht das oder braucht er ein eigenes Konto? LG Jasmin"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Stefan Albrecht <stefan.albrecht@firmenmail.example>",
         to="team@exit-keller.example",
         subject="Buchungsanfrage Giftmord im Kurhotel + Der Brandstifter",
         body="""\
Hallo zusammen,
wir wollen für unser Abteilungs-Event (11 Leute) im Oktober zwei Räume gleichzeitig buchen, am liebsten "Giftmord im Kurhotel" und "Der Brandstifter". Ein Kollege meinte, beim Brandstifter gibt es Nebelmaschine und Feuereffekte und man wird am Anfang "gefesselt" – ist das für jemanden mit Asthma ok oder sollen wir den lieber in den anderen Raum stecken? Und ist "Blutiges Erbe" wirklich so blutig wie der Name klingt, wir haben zwei Zartbesaitete dabei 😄
Bitte um ein Angebot mit Getränkepauschale.
Grüße
Stefan Albrecht"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Nicole Baumann <nicole.baumann@familienpost.example>",
         to="info@skischule-alpspitz.example",
         subject="Helmpflicht im Kinderkurs?",
         body="""\
Grüß Gott,
wir haben für die Faschingsferien den Kinderkurs für unseren Sohn Leon (6) gebucht. Er hatte letzten Winter in einem anderen Skigebiet einen schlimmen Sturz, Schlüsselbein gebrochen, Krankenwagen, das volle Programm, deshalb ist er jetzt ein bisschen ängstlich (und ich ehrlich gesagt auch).
Daher ein paar Fragen: Ist Helm bei Ihnen Pflicht? Kann man Rückenprotektoren leihen? Und wie viele Kinder sind max. in einer Gruppe pro Skilehrer?
Vielen Dank und freundliche Grüße
Nicole Baumann"""),

    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Horst Kaminski <h.kaminski@online-post.example>",
         to="service@teilauto.example",
         subject="Fake SMS in Ihrem Namen",
         body="""\
Hallo,
nur zur Info: ich hab heute eine SMS bekommen, angeblich von TeilAuto: "Ihr Konto wird in 24h gesperrt, bitte bestätigen Sie Ihre Kreditkartendaten unter teilauto-verifizierung.example". Da hab ich natürlich nicht drauf geklickt, sieht mir stark nach Betrug aus, Phishing oder wie das heisst. Mein Konto funktioniert ganz normal, hab gerade nachgeschaut.
Vieleicht wollen Sie Ihre anderen Kunden warnen. Soll ich die SMS irgendwo hin weiterleiten?
Gruß H. Kaminski"""),

    dict(n=22, signals="-", priority="low", trap="event-name", qt=0, reply=0,
         frm="Yvonne Scholz <yvonne@gruenderstammtisch-hb.example>",
         to="events@hafenloft-cowork.example",
         subject="Eventraum für Fuckup Night \"Totalausfall\"",
         body="""\
Hi ihr Lieben,
wir vom Gründerstammtisch würden gern am 14.11. bei euch im Eventraum unsere nächste Fuckup Night machen, Motto diesmal "Totalausfall". Drei Leute erzählen wie ihr Startup gecrasht ist – einer hatte nen Onlineshop der am Black Friday komplett offline war weil der Server down war, die andere ist mit ihrer App zweimal abgestürzt bevor's geklappt hat. Also viel Drama, aber keine Sorge, technisch brauchen wir nur Beamer, zwei Mikros und WLAN fürs Streaming 😉
Ca. 50 Leute. Habt ihr da noch frei und was würde das kosten?
LG Yvonne"""),

    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Ben Schubert <ben.schubert@uni-mail.example>",
         to="info@stadtbuecherei-gruenau.example",
         subject="WLAN im Lesesaal + Frage Lesekreis",
         body="""\
Hallo,
zwei kurze Fragen:
1) Wie lautet das aktuelle Passwort fürs Gäste-WLAN im Lesesaal? Der Zettel am Infobrett ist weg, und die Dame an der Theke meinte ich soll einfach mal mailen.
2) Ich wollte mit ein paar Leuten nen Lesekreis machen und dachte wir nutzen euren Gruppenraum, hab aber die Rechnung ohne den Wirt gemacht – der ist ja dienstags immer belegt. Kann man den auch an nem anderen Tag reservieren und kostet das was, oder ist das für Leute mit Ausweis gratis?
Danke!
Ben"""),

    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ute Brenner <ute.brenner@gmx-mail.example>",
         to="service@saunabau-lindner.example",
         subject="Re: Ticket 40213 - Saunaofen",
         body="""\
Hallo nochmal,
Herr Özdemir war heute morgen da und hat das Steuergerät getauscht, alles läuft wieder einwandfrei. Sehr netter Mann, danke für den schnellen Termin! Das Ticket kann von mir aus geschlossen werden.
VG Ute Brenner

Am 22.01.2024 um 19:48 schrieb Ute Brenner <ute.brenner@gmx-mail.example>:
> Guten Abend, unser Saunaofen riecht seit gestern verschmort und heute kam
> beim Aufheizen Rauch aus dem Steuerkasten. Wir haben die Sicherung raus.
> Bitte schicken Sie schnell jemanden."""),
]
