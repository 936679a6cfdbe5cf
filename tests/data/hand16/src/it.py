# blind17 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Serena Balducci <serena.balducci@postaveloce.example>",
         to="assistenza@nannadolce.example",
         subject="Cursore della cerniera del sacco nanna Nuvola",
         body="""\
Buongiorno,

stamattina alle 6 sono entrata in camera perché mio figlio Tommaso (9 mesi) faceva un verso strano. \
Tossiva, era tutto rosso in faccia e non riusciva a piangere. L'ho preso in braccio, l'ho girato a \
pancia in giù e gli ho dato dei colpetti sulla schiena: ha sputato il cursore metallico della \
cerniera del sacco nanna. Adesso respira normalmente, ma è ancora molto pallido e lo porto dal \
pediatra alle 11.

Il sacco è il vostro modello Nuvola 6-18 mesi, taglia 90 cm, comprato sul vostro sito a settembre \
(ordine NN-40217). Ho controllato l'altro sacco uguale che abbiamo: il cursore si sfila con due dita, \
basta tirarlo un po' di lato.

Vorrei sapere se avete già ricevuto altre segnalazioni e cosa devo fare con i due sacchi. Non li uso più.

Serena Balducci
tel. 0571 555 0193"""),

    dict(n=2, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Laboratorio Terra Cruda <info@terracruda-lab.example>",
         to="clienti@fornimaestri.example",
         subject="Ordine smalti + domanda sul forno FM-120",
         body="""\
Buongiorno Davide,

come d'accordo al telefono le riepilogo l'ordine per il prossimo trimestre del laboratorio:
- 6 kg di smalto trasparente lucido (cod. SM-01)
- 4 kg di ingobbio bianco
- 2 confezioni di coni pirometrici 06
- 1 set di piedini distanziatori

Il corso del giovedì pomeriggio ripartirà il 9 gennaio, quindi se riusciamo ad avere tutto entro \
fine dicembre sarebbe perfetto. La fattura va intestata come sempre all'associazione, il codice \
destinatario non è cambiato.

Poi un'altra cosa sul forno FM-120 che ci avete installato a marzo. Giovedì scorso, durante la \
cottura del biscotto, verso i 1.000 gradi dalla centralina è venuto un odore acre come di plastica \
fusa, e poi un ronzio sempre più forte con due o tre schiocchi secchi. Il cavo di alimentazione, \
vicino alla spina, era diventato morbido al tatto e la presa a muro adesso ha un alone nero. \
La scatola della centralina era così calda che non si riusciva a tenerci sopra la mano. Ho \
staccato tutto dal quadro e fatto uscire gli allievi (otto, tra cui tre ragazzini del corso \
junior). Da allora il forno è spento.

Potete mandare qualcuno a vederlo prima che ripartano i corsi? Nel frattempo lo teniamo staccato.

Grazie e buone feste,
Ilaria Ferretti
Laboratorio Terra Cruda APS"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Giovanna Santucci <g.santucci@libero-mail.example>",
         to="supporto@ausilicasa.example",
         subject="Sollevatore Elevo 150 - il braccio scende da solo",
         body="""\
Salve,

è normale che il braccio del sollevatore Elevo 150 scenda da solo di qualche centimetro quando c'è \
una persona sopra? Lo usiamo per spostare mio padre (82 anni, 70 kg) dal letto alla carrozzina.

Da una settimana lo faceva piano piano, ieri sera invece è sceso di colpo di circa venti centimetri \
mentre papà era sospeso nell'imbragatura. Ha sbattuto il fianco contro il bracciolo della \
carrozzina e oggi ha un livido grande come una mano. Il pulsante di salita funziona, ma appena lo \
si lascia il braccio cede.

Non mi sento sicura a usarlo, ma senza sollevatore da sola non riesco a spostarlo. Potete mandare \
un tecnico o darci un apparecchio sostitutivo? Matricola EL150-22-08831, fornito dall'ASL a febbraio.

Giovanna Santucci
349 555 0127"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Ferri <marco.ferri@casaferri.example>",
         to="help@dindoncam.example",
         subject="Nell'app vedo la porta di un'altra casa",
         body="""\
Buonasera,

da ieri sera nell'app del videocitofono DindonCam, nella sezione "Registrazioni", non vedo più il \
mio ingresso ma quello di un'altra casa: un cancello verde, una signora con un cane, un corriere che \
legge ad alta voce il cognome "Bellandi" e un indirizzo di via dei Tigli. Noi ci chiamiamo Ferri e \
abitiamo in un'altra città.

Se io vedo le loro registrazioni immagino che qualcuno veda le nostre. Nelle nostre clip si vede \
quando usciamo la mattina, quando la casa resta vuota e le mie due figlie che rientrano da sole da \
scuola alle 13:30, con le chiavi in mano.

Ho già cambiato la password ma non è cambiato niente. Per ora ho staccato il campanello dal wifi. \
Vi chiedo di dirmi chi ha avuto accesso alle nostre registrazioni e da quando.

Marco Ferri
Account: marco.ferri@casaferri.example - dispositivo DC-Pro S/N 7731-AF-0045"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rossella Mancuso <trasporti@comune-valdorso.example>",
         to="assistenza@percorsiplus.example",
         subject="URGENTE - tablet autisti senza percorsi, trasporto scolastico disabili",
         body="""\
Buongiorno,

sono la coordinatrice del trasporto scolastico per alunni con disabilità del Comune di Valdorso.

Dalle 6:40 di stamattina i tablet degli autisti, aprendo l'app Percorsi+, mostrano solo la \
rotellina e poi una pagina bianca: nessun giro, nessun elenco dei ragazzi da prendere, nessun \
orario. Abbiamo 11 pulmini attrezzati fermi nel piazzale e 38 ragazzi (molti in carrozzina) che \
aspettano a casa. Le scuole ci stanno già chiamando.

In questo momento stiamo telefonando alle famiglie una per una e gli autisti scrivono le fermate a \
penna sul retro dei moduli, ma metà degli indirizzi nuovi di quest'anno li avevamo solo nell'app.

Anche dal portale web per l'ufficio, dopo il login, la pagina "Giri del giorno" resta vuota.

Vi prego di richiamarmi subito al 0583 555 0140.

Rossella Mancuso
Ufficio Trasporti - Comune di Valdorso"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Associazione Sordi Val Chiana <segreteria@sordivalchiana.example>",
         to="supporto@segnovivo.example",
         subject="Da stamattina nessun socio riesce a chiamare con l'interprete",
         body="""\
Buongiorno,

scriviamo per conto dei soci dell'Associazione Sordi Val Chiana.

Da stamattina alle 8 circa, quando un socio avvia una chiamata con l'interprete LIS dall'app \
SegnoVivo, la schermata resta su "In attesa dell'interprete..." e dopo due minuti la chiamata si \
chiude da sola. Abbiamo provato in 14 persone diverse, da telefono Android, iPhone e da computer, \
con reti diverse. Il risultato è sempre lo stesso.

Per i nostri soci questo è l'unico modo di telefonare: una socia doveva chiamare il CUP per \
prenotare una visita, un altro doveva parlare con la banca, un signore anziano voleva avvisare il \
figlio. Al momento nessuno di loro può farlo.

Vi scriviamo via mail perché il vostro numero di assistenza, ovviamente, per noi non è utilizzabile.

Grazie,
Paolo Guerrini, presidente"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Nicola Parisi <nicola.parisi@mailbox.example>",
         to="tecnico@puntobraille.example",
         subject="Barra Punto40 muta dopo aggiornamento driver 4.2",
         body="""\
Buongiorno,

ieri ho installato l'aggiornamento del driver 4.2 che mi proponeva il vostro programma. Da quel \
momento la mia barra braille Punto40 non viene più riconosciuta né da NVDA né da JAWS. Quando la \
collego, Windows fa il suono del dispositivo USB collegato e basta: le celle restano abbassate e \
lo screen reader dice "nessun display braille trovato". Ho provato altre due porte USB, un altro \
cavo e anche il Bluetooth.

Sono centralinista non vedente: senza la barra non riesco a leggere le schede dei clienti mentre \
sono al telefono. Oggi ho lavorato solo con la sintesi vocale, a metà della velocità, e domani ho \
il turno lungo.

Si può tornare al driver precedente? Dove lo trovo?

Grazie,
Nicola Parisi"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Beatrice Lombardo <bea.lombardo@fotoweb.example>",
         to="help@librodiluce.example",
         subject="Editor fotolibro lentissimo, caricamento si blocca",
         body="""\
Ciao,

da qualche giorno l'editor online dei fotolibri è lentissimo: il caricamento delle foto si blocca \
più o meno una volta su tre al 70% e devo ricominciare da capo, e l'anteprima a volte resta grigia. \
Con l'app desktop invece riesco a caricare, solo che lì non trovo i layout nuovi.

Sto montando il libro del matrimonio di due clienti (220 foto) e lo devo consegnare tra tre \
settimane, quindi per ora mi arrangio, ma vorrei sapere se lo state sistemando.

Beatrice - Lombardo Foto"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Ernesto Piras <ernesto.piras@tiscalino.example>",
         to="info@busachiamata-altavalle.example",
         subject="sito prenotazioni bus a chiamata non funziona",
         body="""\
Buongiorno,
da domenica il sito per prenotare il bus a chiamata non funziona, esce una pagina con scritto \
"503 Service Unavailable". Mio nipote che lavora a Londra ha guardato e dice: "your booking site \
has been down since Sunday, nothing loads". Anche il numero verde squilla a vuoto.
Io abito a Sorgenti di Sopra e non ho la macchina, il martedì e il venerdì prendo il bus per andare \
in farmacia e a fare la spesa a Borgo. Domani come faccio a prenotare?
Distinti saluti
Ernesto Piras
0783 555 0162"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Francesca Orlandi <francesca.orlandi@posta.example>",
         to="segreteria@polisportiva-sancarlo.example",
         subject="Quota nuoto addebitata due volte",
         body="""\
Buonasera,

la quota annuale del corso di nuoto di mia figlia Alice Orlandi (gruppo Delfini, 240 €) mi è stata \
addebitata due volte sulla carta il 3 ottobre, a distanza di un minuto, tutte e due con causale \
"POLISPORTIVA S.CARLO QUOTA 24/25". Nella vostra app risulta un solo pagamento.

Vi allego lo screenshot dell'estratto conto. Potete rimborsarmi il secondo addebito?

Grazie,
Francesca Orlandi"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Giulia Sartori Fotografia <giulia@sartorifoto.example>",
         to="pagamenti@sposiok.example",
         subject="Bonifico saldo matrimonio non arrivato - affitto studio lunedì",
         body="""\
Buongiorno,

uso la vostra piattaforma per incassare i saldi dei servizi fotografici. Il saldo del matrimonio \
Rinaldi-Costa del 21 settembre, 1.870,00 €, doveva essermi versato il 5 ottobre. Nella dashboard il \
trasferimento risulta "Pagamento non riuscito - riprova più tardi", ma non c'è nessun pulsante per \
riprovare. L'IBAN è lo stesso di sempre e i bonifici precedenti sono arrivati regolarmente. Gli sposi \
mi confermano che loro hanno pagato il 28 settembre.

Lunedì devo pagare l'affitto dello studio e conto su quei soldi. Potete sbloccare il versamento o \
dirmi cosa manca?

Giulia Sartori
P.IVA 01234560999 - tel. 0521 555 0118"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Alberto Gentile <alberto.gentile@famigliagentile.example>",
         to="abbonamenti@inchiostrofacile.example",
         subject="Addebito novembre abbonamento inchiostro",
         body="""\
Salve, è normale che questo mese mi abbiate addebitato 14,99 € invece dei soliti 4,99 €? Ho il piano \
"Casa 50 pagine" e secondo la vostra app a novembre ho stampato 31 pagine, quindi nessuna pagina \
extra. Nella fattura n. IF-2024-118842 la voce è "Piano Famiglia 300". Io non l'ho mai cambiato.

Mi potete correggere la fattura e restituire la differenza?
Alberto Gentile"""),

    dict(n=13, signals="payment", priority="low", trap="account", qt=1, reply=1,
         frm="Lucia Benedetti <lucia.benedetti@webposta.example>",
         to="amici@museicivici-rovereta.example",
         subject="Re: Account bloccato - tessera Amici del Museo",
         body="""\
Grazie mille, ora è tutto a posto.

Già che ci sono, una curiosità: nella ricevuta del rinnovo della tessera c'è una voce "diritti di \
prevendita 1,50 €". Nessun problema, l'ho pagata volentieri, volevo solo capire a cosa si riferisce \
visto che l'anno scorso non c'era.

Lucia

Il giorno mar 14 gen 2025 alle ore 10:12 Musei Civici Rovereta <amici@museicivici-rovereta.example> ha scritto:
> Gentile signora Benedetti,
> il suo account era stato bloccato automaticamente dopo cinque tentativi di accesso con password
> errata. Lo abbiamo sbloccato ora: può entrare e completare il rinnovo della tessera.
> Cordiali saluti,
> Ufficio Soci - Musei Civici"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Davide Colombo <davide.colombo@mailfacile.example>",
         to="biblioteca@comune-sanvitale.example",
         subject="Utente sospeso sul portale della biblioteca",
         body="""\
Buongiorno,

ho sbagliato tre volte la password del portale della biblioteca e adesso quando provo ad entrare \
compare "Utente sospeso - rivolgersi al banco prestiti". Il banco è aperto solo martedì e giovedì \
pomeriggio e io lavoro fino alle 19.

Domani mi scadono due libri da rinnovare e devo prenotare la saletta per il gruppo di lettura di \
sabato. Potete riattivarmi l'utenza? Tessera n. 004512.

Grazie,
Davide Colombo"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Corale San Michele <tesoreria@coralesanmichele.example>",
         to="assistenza@bancaassociazioni.example",
         subject="Codici SMS ancora sul telefono della vecchia tesoriera",
         body="""\
Buongiorno,

sono Anna Rizzo, da settembre tesoriera della Corale San Michele (conto n. 000123456, codice \
cliente ASSO-7781). Il consiglio direttivo mi ha delegata e in filiale hanno già registrato la \
delega, infatti riesco a entrare nell'home banking con le mie credenziali.

Il problema è che i codici SMS per confermare i bonifici arrivano ancora al cellulare della \
tesoriera precedente, la signora Marini, che nel frattempo si è trasferita in Australia con il \
marito e non usa più quel numero. Quindi posso vedere il conto ma non posso autorizzare niente.

Come si cambia il numero associato? Serve passare in filiale o si può fare online? Il mio \
cellulare è 347 555 0176.

Grazie,
Anna Rizzo"""),

    dict(n=16, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Roberto Esposito <roberto.esposito@correo.example>",
         to="segreteria@corsiseraliperugia.example",
         subject="Iscrizione corso di fotografia e profilo",
         body="""\
Buonasera,

vorrei iscrivermi al corso serale di fotografia digitale che parte a febbraio, il martedì dalle \
20 alle 22. Ho visto sul volantino che costa 180 euro per dodici lezioni e che serve portare una \
macchina propria: va bene anche una mirrorless vecchiotta? Ho una Fuji di qualche anno fa.

Volevo fare l'iscrizione dal portale come gli anni scorsi, ma quando metto la mia email e la password \
mi dice "utente inesistente". Ho provato anche "password dimenticata" e risponde che l'indirizzo non \
è registrato. Il profilo c'era, ci ho fatto il corso di inglese B1 e quello di Excel, e dentro \
c'erano i due attestati, che mi servono per un concorso in comune a marzo. Non li ho scaricati, \
pensavo restassero lì.

Potete recuperare il profilo o almeno mandarmi gli attestati?

Grazie mille,
Roberto Esposito"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Luca Marchetti <luca.marchetti@vecchiomail.example>",
         to="app@arcieridelcolle.example",
         subject="Cambio email nell'app",
         body="""\
Ciao, come faccio a cambiare l'indirizzo email nell'app della Compagnia Arcieri? Ho cambiato \
provider e quello vecchio chiude a fine mese.
Grazie, Luca"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Matteo Grasso <matteo.grasso@iferrivecchi.example>",
         to="prenotazioni@salaprove-ilcapannone.example",
         subject="Re: Prenotazione sala prove di giovedì",
         body="""\
Perfetto, allora teniamo la sala B giovedì dalle 20 alle 23. Ci lasciate anche il secondo ampli \
per il basso? L'ultima volta c'era solo quello piccolo.

A giovedì,
Matteo (I Ferri Vecchi)

-----Messaggio originale-----
Da: Sala Prove Il Capannone <prenotazioni@salaprove-ilcapannone.example>
Inviato: lunedì 10 marzo 2025 18:05
A: Matteo Grasso
Oggetto: Prenotazione sala prove di giovedì

> Ciao Matteo,
> ci scusiamo: sabato sera il sistema di prenotazione è rimasto fuori servizio per un guasto
> al server e la vostra richiesta è andata persa. Ora è tutto ripristinato. Per giovedì
> abbiamo libera la sala B dalle 20 alle 23, va bene?
> Sala Prove Il Capannone"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Stefano Moretti <stefano.moretti@voloalto.example>",
         to="supporto@skyhobby-droni.example",
         subject="Grazie a Marta!",
         body="""\
Buongiorno,

volevo solo ringraziare Marta dell'assistenza. L'app andava in crash ogni volta che collegavo il \
drone e pensavo di aver buttato i soldi, invece con il reset che mi ha suggerito tutto è tornato a \
posto. Sabato ho ripreso la sagra del paese dall'alto e il video è venuto benissimo.

Servizio impeccabile, lo dirò agli amici del club.

Stefano"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marina Costa <marina.costa@gomitolo.example>",
         to="ordini@lanedimontagna.example",
         subject="Merino Rosso Fuoco lotto 2291",
         body="""\
Ciao!

Il vostro merino "Rosso Fuoco" è una bomba, lo sto usando per il maglione di Natale di mio marito \
e sta venendo da morire. Il problema è che ho fatto male i conti e mi manca un gomitolo, sono nel \
panico totale :) Avete ancora lo stesso bagno di colore, lotto 2291? Se arriva un rosso diverso la \
manica si nota e mi sparo.

Se c'è ne prendo due, non si sa mai. Grazie!
Marina"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Federico Gallo <federico.gallo@amicidelbar.example>",
         to="info@paintball-lecolline.example",
         subject="Addio al celibato - qualche domanda",
         body="""\
Buongiorno,

vorremmo organizzare l'addio al celibato di mio fratello al vostro campo a fine maggio, saremmo \
in 14. Qualche domanda prima di prenotare:

- le palline fanno male? Qualcuno del gruppo ha paura di farsi male, ci si può ferire sul serio?
- le maschere e le protezioni sono comprese nel prezzo o si pagano a parte?
- serve un'assicurazione o è già inclusa?
- se piove e rinunciamo, la caparra viene rimborsata o resta come buono?

Grazie, aspetto vostre notizie.
Federico Gallo"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Stelle di Carta - Ottica e Astronomia <newsletter@stelledicarta.example>",
         to="soci@gruppoastrofilivalle.example",
         subject="Newsletter di aprile: la notte del blackout e il webinar sui furti di account",
         body="""\
Cari astrofili,

ecco le novità di aprile!

* NOTTE DEL BLACKOUT - sabato 12 il Comune spegne l'illuminazione pubblica del centro storico dalle \
22 a mezzanotte: portiamo sei telescopi in piazza, osservazione libera e gratuita.
* ALLARME ROSSO SUI PREZZI: fino al 30 aprile il Dobson 200 mm è scontato del 20%.
* WEBINAR "Proteggi il tuo account dai furti d'identità", giovedì 17 alle 21, con un esperto di \
sicurezza informatica. Don't miss it - places are limited!
* Libro del mese: "Impatto profondo", la storia degli asteroidi che hanno sfiorato la Terra.

Cieli sereni,
lo staff di Stelle di Carta

Per non ricevere più questa newsletter rispondi con CANCELLAMI."""),

    # 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paola De Luca <paola.deluca@casadeluca.example>",
         to="assistenza@stampami.example",
         subject="Stampa dal telefono: stampante offline",
         body="""\
Salve,

da lunedì non riesco più a stampare dal telefono con la vostra app: dice sempre "Stampante \
offline", anche se la stampante è accesa, la spia del wifi è blu e dal pannello risulta collegata \
alla rete di casa. Ho riavviato tutto, router compreso.

Per ora mi arrangio stampando dal portatile con il cavo USB, quindi non è una tragedia, ma i \
ragazzi stampano i compiti dal telefono e così devo farlo sempre io. Modello PX-340, app \
aggiornata ieri.

Grazie,
Paola De Luca"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Chiara Donati <chiara.donati@mammachiara.example>",
         to="feste@saltalandia.example",
         subject="Re: TERZO SOLLECITO - rimborso caparra festa del 12 ottobre",
         body="""\
Buongiorno,

è la terza volta che scrivo e non ho ancora ricevuto né una risposta né il rimborso. Sono passate \
quasi quattro settimane.

Nel frattempo abbiamo trovato un'altra sala per la festa di Giulia, ma la caparra va versata entro \
venerdì, altrimenti la perdiamo, e quei 150 € mi servono adesso. Se non ricevo il rimborso entro \
giovedì mi rivolgerò all'associazione consumatori.

Chiara Donati
333 555 0109

Il giorno 15 ott 2024, alle ore 09:31, Chiara Donati <chiara.donati@mammachiara.example> ha scritto:
> Buongiorno,
> la festa per i 5 anni di mia figlia Giulia, prenotata da voi per sabato 12 ottobre (prenotazione
> SL-3308), è stata annullata da voi il giorno prima per la chiusura straordinaria della struttura.
> Come mi avete detto al telefono, vi chiedo il rimborso della caparra di 150 €, pagata con carta
> il 2 settembre.
> Grazie,
> Chiara Donati"""),
]
