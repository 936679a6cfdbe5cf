# blind16 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Hofbauer <j.hofbauer@netzpost.example>",
         to="service@voltrad-akkus.example",
         subject="Ersatzakku VR-500 – seltsames Verhalten beim Laden",
         body="""\
Guten Abend,

ich habe am 2. Mai bei Ihnen den Ersatzakku VR-500 (36 V, 14 Ah) für mein E-Bike
gekauft, Bestellnummer 58812-A. Heute Abend hing er etwa eine Stunde am
Original-Ladegerät im Hausflur. Als ich vorbeikam, hat es darin geknistert und leise
gepfiffen. Das Gehäuse war auf einer Seite aufgewölbt und so heiß, dass ich ihn nur
mit Ofenhandschuhen anfassen konnte. Im ganzen Treppenhaus roch es nach
geschmolzenem Plastik, meine Frau hat seitdem Kopfschmerzen und ein Kratzen im Hals.

Ich habe den Akku jetzt draußen auf der Terrasse in einen Blecheimer mit Sand
gestellt. Was soll ich damit machen? Darf ich ihn überhaupt zum Wertstoffhof
bringen? Bitte melden Sie sich schnell, Tel. 030 23125 614.

Mit freundlichen Grüßen
Jürgen Hofbauer"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Svenja Kröger <svenja.kroeger@mailbude.example>",
         to="kundenservice@motogear-shop.example",
         subject="Frage zum Kinnriemen Helm RX-9",
         body="""\
Hallo,

ist es normal, dass sich der Ratschenverschluss am Kinnriemen des RX-9 (Größe M,
Bestellung MG-311094) während der Fahrt von selbst öffnet?

Gestern auf der B27 bei etwa 90 km/h ist er aufgegangen, der Helm ist mir im
Fahrtwind nach hinten gerutscht und der Riemen hat mir den Hals zugedrückt. Ich habe
ihn mit einer Hand festgehalten, bis ich in eine Bushaltebucht rollen konnte. Mein
Nacken tut seitdem höllisch weh und ich habe einen roten Striemen unterm Kinn. Der
Verschluss war richtig eingerastet, das habe ich vor der Fahrt kontrolliert.

Mit dem Helm fahre ich nicht mehr. Wie geht es jetzt weiter?

Svenja Kröger"""),

    dict(n=3, signals="safety", priority="critical", trap="privacy", qt=0, reply=0,
         frm="Dr. Matthias Vogt <m.vogt@praxis-vogt.example>",
         to="datenschutz@tierhueter.example",
         subject="Fremde Person kennt unseren Schlüsselcode und unsere Urlaubsdaten",
         body="""\
Sehr geehrte Damen und Herren,

heute Vormittag rief mich eine mir unbekannte Frau an. Sie habe sich in Ihrer App
„TierHüter“ neu angemeldet und sehe dort statt ihrer eigenen Buchung unsere: unsere
Adresse, den Code für den Schlüsseltresor an der Haustür, die Zeit, in der wir
verreist sind (14.–28. Juli), und die Medikamentenliste unseres Hundes. Sie hat mir
den Code zur Kontrolle vorgelesen – er stimmte.

Das ist ein schwerer Datenschutzverstoß. Unser Haus steht zwei Wochen leer und eine
Fremde kennt den Zugang. Den Code habe ich inzwischen geändert. Ich erwarte umgehend
Auskunft, wie viele Personen unsere Daten sehen konnten und ob der Fehler behoben
ist. Eine Meldung an die Aufsichtsbehörde behalte ich mir vor.

Mit freundlichen Grüßen
Dr. Matthias Vogt"""),

    dict(n=4, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Erika Baumgartner <erika.baumgartner@alpenpost.example>",
         to="kundenkonto@oelblitz.example",
         subject="Konto gekapert – Heizöl-Bestellungen, die nicht von mir sind",
         body="""\
Hallo,

ich komme seit heute früh nicht mehr in mein Kundenkonto. Bei „Passwort vergessen“
heißt es, die E-Mail-Adresse sei nicht bekannt – jemand hat sie offenbar geändert.
Gleichzeitig hat meine Bank zwei Lastschriften von Ihnen gemeldet: 1.894,20 € und
1.612,00 € für Heizöl, das ich nie bestellt habe. Laut der letzten Bestätigungsmail,
die noch an meine Adresse ging, soll das Öl nach Offenbach geliefert werden.

Bitte stoppen Sie sofort die Lieferungen, sperren Sie das Konto und buchen Sie das
Geld zurück. Kundennummer 400-71853.

Erika Baumgartner
Tel. 069 90009 273"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kemal Arslan <k.arslan@rheinblick-verwaltung.example>",
         to="support@liftaccess.example",
         subject="Kartenleser in allen Aufzügen – Haus B, Rheinallee 40",
         body="""\
Guten Morgen,

seit ca. 7:30 Uhr nehmen die Kartenleser in allen sechs Aufzügen in Haus B keine
Mitarbeiterkarten mehr an. Das Lämpchen blinkt rot, egal welche Karte man hinhält.
Rund 300 Beschäftigte der drei Mieterfirmen stehen in der Lobby oder sitzen im Café
gegenüber. Die Kanzlei im 9. OG hat um 10 Uhr einen Gerichtstermin per Video, das
Callcenter im 4. OG hat noch keinen einzigen Anruf angenommen.

Unser Hausmeister fährt die Leute gerade grüppchenweise mit dem Serviceschlüssel
hoch, das ist auf Dauer nicht machbar. Bitte schicken Sie sofort einen Techniker.

Kemal Arslan
Objektleitung
Tel. 040 66969 150"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ines Wagner <ines.wagner@kiezmail.example>",
         to="support@thermohome.example",
         subject="App startet nach Update nicht mehr – kein warmes Wasser",
         body="""\
Hallo,

seit dem Update auf Version 4.2 startet die ThermoHome-App nur bis zum Logo und
schließt sich dann wieder. Ich kann weder die Heizzeiten noch die
Warmwassertemperatur einstellen, und der Boiler steht seitdem auf Frostschutz. Wir
haben also seit zwei Tagen kein warmes Wasser.

App neu installiert, Handy neu gestartet, Router neu gestartet. iPhone 13, iOS 17.5.
Was kann ich noch tun?

Gruß
Ines Wagner"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Paul Lindner <paul.lindner@stadtpost.example>",
         to="hilfe@paketraum24.example",
         subject="Paket-Nachrichten kommen Stunden später",
         body="""\
Hallo,

in unserem Haus (Lindenstraße 12, 48 Wohnungen) nutzen wir Ihre Paketfächer. Das
Öffnen per App klappt, aber die Nachricht „Ihr Paket ist da“ kommt seit ungefähr
einer Woche erst fünf, sechs Stunden nach der Zustellung – bei mir gestern erst um
Mitternacht. Die Nachbarn sagen dasselbe. Wir schauen jetzt halt jeden Abend auf
gut Glück im Paketraum nach.

Können Sie das bitte prüfen?

Viele Grüße
Paul Lindner"""),

    dict(n=8, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Frank Brenner <info@kfz-brenner.example>",
         to="haendler@teileprofi.example",
         subject="Händlerportal ausgefallen – keine Bestellungen möglich",
         body="""\
Hallo Teileprofi-Team,

Ihr Händlerportal ist seit heute 7 Uhr komplett ausgefallen, wir bekommen nur
„503 Service Unavailable“. Wir haben 11 Fahrzeuge auf den Bühnen und in der Halle,
für die wir Bremsbeläge, Filter und zwei Zahnriemensätze bei Ihnen bestellen
müssen. Telefonisch ist auch niemand erreichbar, die Warteschleife bricht nach zehn
Minuten ab. Die Kunden wollen ihre Autos heute Abend zurück, drei Mechaniker stehen
gerade nur rum.

Wann geht es wieder? Gibt es eine Ausweichmöglichkeit (Fax, E-Mail-Bestellung)?

Gruß
Frank Brenner
Kfz-Meisterbetrieb Brenner"""),

    dict(n=9, signals="outage,account", priority="high", trap="reset", qt=0, reply=0,
         frm="Beate Schwarz <beate.schwarz@kiezmail.example>",
         to="support@hausportal.example",
         subject="Mieterportal: nach dem Passwort-Reset kommt keiner mehr rein",
         body="""\
Sehr geehrte Damen und Herren,

ich schreibe für den Mieterbeirat der Wohnanlage Am Lerchenfeld 3–7. Nach Ihrer Mail
„Bitte vergeben Sie ein neues Passwort“ vom Montag haben wir das gemacht – und
seitdem komme weder ich noch mindestens sieben meiner Nachbarn ins Portal. Der Link
aus der Mail führt auf „Token ungültig“, und das alte Passwort wird auch nicht mehr
angenommen.

Schadensmeldungen, Zählerstände, die Unterlagen zur Nebenkostenabrechnung – alles
läuft nur über das Portal, und die Frist für Einwände gegen die Abrechnung endet am
30. Bitte kümmern Sie sich darum.

Mit freundlichen Grüßen
Beate Schwarz"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Rolf Determann <r.determann@moormail.example>",
         to="buchhaltung@pelletpost.example",
         subject="Doppelte Abbuchung Rechnung 2024-8871",
         body="""\
Sehr geehrte Damen und Herren,

für die Pelletlieferung vom 12.09. (3 t lose, Rechnung 2024-8871) wurde der Betrag
von 1.047,00 € zweimal von meinem Konto abgebucht, am 14.09. und am 16.09.

Bitte erstatten Sie die doppelte Abbuchung. Den Kontoauszug habe ich angehängt.

Mit freundlichen Grüßen
Rolf Determann"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Jana Petrović <jana.petrovic@funkmail.example>",
         to="sitter@fellnasen-app.example",
         subject="Auszahlung März fehlgeschlagen",
         body="""\
Hallo ihr Lieben,

meine Auszahlung für März (642,50 €) steht in der App seit einer Woche auf
„fehlgeschlagen“. Die IBAN ist unverändert, die Februar-Auszahlung kam ganz normal
an.

Ich lebe hauptsächlich vom Gassigehen und Hundesitten über eure Plattform, die Miete
ist am 1. fällig und mein Vermieter ist nicht gerade geduldig. Könnt ihr bitte
schauen, was da los ist, und das Geld nochmal anweisen?

Liebe Grüße
Jana (Sitter-ID 20417)"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Claudia Hennig <claudia.hennig@elbmail.example>",
         to="info@bodenwerk-dresden.example",
         subject="Unser neuer Boden",
         body="""\
Liebes Team von Bodenwerk,

jetzt sind schon drei Wochen vergangen, seit Herr Lorenz und sein Kollege bei uns
den Boden verlegt haben, und ich wollte mich eigentlich längst melden. Wir sind
wirklich begeistert: Das Eichenparkett im Wohnzimmer sieht genauso aus wie im
Musterraum, die Übergänge zur Küche sind kaum zu sehen, und unser Hund rutscht
nicht mehr über die Fliesen wie früher. Meine Schwiegermutter wollte direkt Ihre
Nummer haben.

Kleinigkeiten gibt es kaum: Eine Sockelleiste im Flur hat eine kleine Macke, aber
die streichen wir selbst nach. Und die Türschwelle zum Bad ist etwas höher als
gedacht, daran gewöhnen wir uns.

Was ich noch klären möchte, ist die Schlussrechnung (Nr. BW-24-1187): Dort sind
45 m² Parkett inklusive Verlegung abgerechnet, laut Aufmaß und Angebot waren es aber
32 m² – das Schlafzimmer haben wir ja im Sommer gestrichen und machen es später.
Außerdem stehen die Sockelleisten zweimal drauf. Zusammen sind das etwa 1.160 € zu
viel. Könnten Sie uns bitte eine korrigierte Rechnung schicken? Den Restbetrag
überweisen wir dann sofort.

Und noch eine Frage: Wie oft sollten wir das Parkett ölen, und welches Pflegeöl
empfehlen Sie?

Herzliche Grüße
Claudia Hennig"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gerd Sommerfeld <gerd.sommerfeld@landpost.example>",
         to="bestellung@saatgut-rosenthal.example",
         subject="Mindermengenzuschlag?",
         body="""\
Guten Tag, reine Neugier: Was hat es mit dem „Mindermengenzuschlag“ von 2,50 € auf
meiner letzten Rechnung auf sich? Ist kein Problem, hab ihn nur noch nie gesehen.
Gruß G. Sommerfeld"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Heike Brandstätter <heike.b@radlpost.example>",
         to="support@traillog.example",
         subject="Konto nach jedem Update gesperrt?",
         body="""\
Hallo,

ist es normal, dass mein TrailLog-Konto nach jedem App-Update gesperrt ist?

Jetzt schon das dritte Mal: Update eingespielt, die App will eine neue Anmeldung,
Passwort stimmt, und dann kommt „Konto vorübergehend gesperrt – bitte wenden Sie
sich an den Support“. Bisher war es nach ein paar Stunden wieder gut, diesmal nicht:
Seit Samstag komme ich nicht rein, und meine Touren vom Wochenende hängen auf dem
Radcomputer fest.

Benutzername: radlerin_77

Danke und Gruß
Heike"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Tobias Eckert <tobias.eckert@wellenpost.example>",
         to="service@aquawelt.example",
         subject="AW: Ihre Erstattung zu Bestellung 77120",
         body="""\
Hallo Frau Yilmaz,

danke, das Geld ist angekommen.

Jetzt habe ich aber ein anderes Problem: Seit ich in meinem Kundenkonto die
Zwei-Faktor-Anmeldung eingeschaltet habe, kommt beim Login keine SMS mit dem Code
mehr an. Ich habe es gestern und heute je fünfmal probiert, Nummer ist richtig
hinterlegt (0176 …), andere SMS kommen an. Ohne Code komme ich nicht rein und kann
meine Futterabo-Lieferung nicht verschieben.

Können Sie die Zwei-Faktor-Anmeldung vorübergehend ausschalten?

Viele Grüße
Tobias Eckert

Am 04.03.2025 um 10:17 schrieb Aqua-Welt Kundenservice <service@aquawelt.example>:

> Sehr geehrter Herr Eckert,
>
> wir haben die doppelte Abbuchung über 129,90 € für Ihre Bestellung 77120
> geprüft und den Betrag heute erstattet. Die Gutschrift sollte in 3–5
> Werktagen auf Ihrem Konto sein.
>
> Freundliche Grüße
> Derya Yilmaz
> Aqua-Welt Kundenservice"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Fridolin Maurer <zauberer.fridolin@buntpost.example>",
         to="kuenstler@partyzauber.example",
         subject="Mein Profil ist verschwunden",
         body="""\
Hallo,

ich bin Kinderzauberer („Zauberer Fridolin“) und seit gestern ist mein Profil auf
Ihrer Plattform weg. Wenn ich mich anmelde, steht da „Dieses Künstlerprofil
existiert nicht“, und Eltern, die den Link haben, landen auf einer Fehlerseite. Ich
habe nichts gelöscht.

In dem Profil stecken 140 Bewertungen und sechs Jahre Arbeit. Eine Mutter hat mir
heute schon geschrieben: „Hi, your page is gone – are you still doing Lea's party on
Saturday?“

Bitte stellen Sie das Profil mit den Bewertungen wieder her. Künstler-Nr. 3391.

Zauberhafte Grüße
Fridolin Maurer"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Monika Ebert <monika.ebert@waldpost.example>",
         to="kundenservice@holzwaerme-pellets.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Hallo, wie richte ich für mein Kundenkonto die Zwei-Faktor-Anmeldung ein? Ich finde
die Einstellung nirgends. Danke, M. Ebert"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sabine Kowalski <sabine.kowalski@familienpost.example>",
         to="hallo@ballonzauber.example",
         subject="Die Party war der Knaller!",
         body="""\
Liebes Ballonzauber-Team,

die Party zu Leons 6. Geburtstag war der Knaller! Die Kinder waren von der ersten
Minute an Feuer und Flamme, der Zauberer hat eingeschlagen wie eine Bombe, und als
am Ende die Riesenballons geplatzt sind und das Konfetti rauskam, gab es ein
Gekreische vor Begeisterung, das die Nachbarn wohl noch im Nachbarort gehört haben.

Tausend Dank – wir buchen nächstes Jahr auf jeden Fall wieder!

Sabine Kowalski"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Rainer Feldhaus <r.feldhaus@hofmail.example>",
         to="beratung@stromkraft-shop.example",
         subject="Frage zum Notstromaggregat NSA 5000",
         body="""\
Guten Tag,

ich überlege, das Notstromaggregat NSA 5000 zu kaufen. Wir wohnen ziemlich
abgelegen, und bei den Stürmen im letzten Winter hatten wir zweimal einen
Stromausfall von mehreren Stunden.

Reicht das Gerät, um gleichzeitig die Kühltruhe, die Heizungspumpe und ein paar
Lampen zu betreiben? Und kann man es an die Hausinstallation anschließen, oder
braucht es dafür einen Elektriker mit Umschalter?

Mit freundlichen Grüßen
Rainer Feldhaus"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Kathrin Albers <kathrin.albers@heidepost.example>",
         to="service@ofenhaus-nord.example",
         subject="AW: Ofen qualmt ins Wohnzimmer",
         body="""\
Hallo Herr Jansen,

der Techniker war heute Vormittag da – es lag an einer verrutschten Dichtung an der
Tür, jetzt zieht der Ofen wieder einwandfrei. Vielen Dank für die schnelle Hilfe und
den Termin so kurz vor dem Wochenende!

Herzliche Grüße
Kathrin Albers

-----Ursprüngliche Nachricht-----
Von: Kathrin Albers <kathrin.albers@heidepost.example>
Gesendet: Dienstag, 12. November 2024 08:41
An: service@ofenhaus-nord.example
Betreff: Ofen qualmt ins Wohnzimmer

> Guten Morgen,
>
> seit gestern qualmt unser Kaminofen (Modell Fjord 7) beim Anheizen ins
> Wohnzimmer, der Rauchmelder ist zweimal losgegangen und meine Tochter hat
> seitdem Kopfschmerzen. Wir heizen jetzt nicht mehr. Kann bitte jemand kommen?
>
> Kathrin Albers"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Lars Heinemann <lars.heinemann@nordlicht-mail.example>",
         to="service@tannenbote.example",
         subject="Frage vor der Bestellung",
         body="""\
Hallo,

bevor ich dieses Jahr bei Ihnen bestelle, eine Frage: Was passiert, wenn der Baum
beschädigt ankommt oder nach ein paar Tagen schon stark nadelt? Bekomme ich dann
mein Geld zurück oder einen Ersatzbaum? Und gilt bei lebenden Bäumen überhaupt das
normale Widerrufsrecht?

Danke und Gruß
Lars Heinemann"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Terra-Großhandel Newsletter <newsletter@terra-grosshandel.example>",
         to="info@terrarien-zentrum-mainz.example",
         subject="Händler-News November: Preise im freien Fall",
         body="""\
TERRA-GROSSHANDEL · HÄNDLER-NEWS NOVEMBER

PREISE IM FREIEN FALL
Zum Black Friday senken wir die Preise für alle Wärmematten und UV-Lampen um bis
zu 30 %. Nur für Händlerkonten, solange der Vorrat reicht.

RATGEBER: GIFTIGE ZIMMERPFLANZEN
Welche Deko-Pflanzen im Terrarium für Schildkröten und Bartagamen tabu sind – als
Plakat für Ihren Verkaufsraum zum Download.

NOTFALL-APOTHEKE FÜR TERRARIANER
Unser neues Einsteiger-Set mit Pinzette, Vitaminpräparat und Desinfektionsmittel –
jetzt im Sortiment.

Sie erhalten diese E-Mail, weil Sie ein Händlerkonto bei Terra-Großhandel haben.
Abmelden | Einstellungen"""),

    # 23-24 context
    dict(n=23, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Miriam Schuster <miriam.schuster@bergmail.example>",
         to="buchung@ferienhaus-direkt.example",
         subject="Anzahlung lässt sich nicht bezahlen – Frist morgen 12 Uhr",
         body="""\
Hallo,

ich versuche seit gestern Abend, die Anzahlung von 780 € für das Ferienhaus
„Seeblick“ in Dänemark (Buchung FD-66034, 2.–16. August) zu bezahlen. Ihre
Zahlungsseite lehnt meine Kreditkarte jedes Mal mit „Zahlung abgelehnt“ ab; die Bank
sagt, bei ihnen kommt gar keine Anfrage an. Eine zweite Karte hat auch nicht
funktioniert.

Die Vermieterin hat geschrieben: "If we don't receive the deposit by noon tomorrow,
the booking will be released." Wir fahren mit zwei anderen Familien und haben alles
darauf geplant. Können Sie mir bitte eine andere Zahlungsmöglichkeit nennen
(Überweisung?) oder die Frist verlängern?

Mit freundlichen Grüßen
Miriam Schuster
Tel. 089 99998 431"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Annika Roth <annika.roth@reitpost.example>",
         to="kundenservice@pferdetaxi-sued.example",
         subject="AW: AW: Konto gesperrt – Kundennr. PT-2209",
         body="""\
Guten Tag,

das ist jetzt meine dritte Mail, und ich habe immer noch keine Antwort. Mein Konto ist
weiterhin gesperrt. Ich muss den Transport meiner zwei Pferde zum Turnier in
Donaueschingen bis Freitag im Kundenkonto bestätigen, sonst verfällt der
reservierte Platz im Transporter. Telefonisch erreiche ich niemanden.

Bitte schalten Sie das Konto heute noch frei.

Annika Roth

Am 18.09.2024 um 21:05 schrieb Annika Roth <annika.roth@reitpost.example>:

> Hallo, ich habe noch keine Rückmeldung bekommen. Das Konto ist nach wie vor
> gesperrt, auch der Link zum Entsperren funktioniert nicht.
>
> Am 16.09.2024 um 08:32 schrieb Annika Roth <annika.roth@reitpost.example>:
>
> > Guten Morgen,
> > mein Kundenkonto (PT-2209) wurde nach mehreren Anmeldeversuchen gesperrt. Ich
> > habe danach den Link „Konto entsperren“ angeklickt, aber der führt nur zu
> > einer leeren Seite. Können Sie das Konto bitte freischalten?
> > Danke, Annika Roth"""),
]
