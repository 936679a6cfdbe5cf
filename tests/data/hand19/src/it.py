# blind20 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Davide Moretti <davide.moretti@posta.example>",
         to="assistenza@scootly.example",
         subject="Manubrio che si sgancia in corsa - monopattino Urbano S2",
         body="""\
Buongiorno,

stamattina andando in ufficio, in leggera discesa e a circa 20 km/h, il blocco
del piantone del mio monopattino Urbano S2 si è aperto da solo e il manubrio si
è piegato in avanti di colpo. Sono finito a terra: ginocchio e gomito sbucciati,
per fortuna niente di rotto e nessuna macchina dietro di me.

La leva l'avevo chiusa come sempre, ho anche sentito il clic. Il monopattino ha
quattro mesi (ordine SC-48213) e non ha mai preso colpi.

Secondo me è pericoloso: se mi succedeva in mezzo al traffico di corso Vercelli
non so come finiva. Non lo uso più finché non mi dite cosa fare. Vorrei anche
sapere se avete avuto altre segnalazioni e se è previsto un richiamo.

Davide Moretti
347 555 0182"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Franco Bellini <f.bellini@libero-posta.example>",
         to="clienti@puranotte.example",
         subject="Domanda sul sanificatore PuraNotte mini",
         body="""\
Salve,
è normale che dopo il ciclo di pulizia la maschera e il tubo del CPAP abbiano un
odore così forte, tipo candeggina mista all'aria di quando c'è un temporale?

Uso il PuraNotte mini da una settimana, comprato sul vostro sito. Da qualche
giorno la mattina mi alzo con la testa che gira e un cerchio alla testa che mi
passa solo verso mezzogiorno, e mia moglie dice che di notte tossisco molto più
di prima. Il manuale dice di aspettare due ore dopo il ciclo: io lo faccio
partire alle nove di sera e vado a letto verso mezzanotte.

Posso continuare a usarlo o devo fermarmi?

Grazie
Franco Bellini"""),

    dict(n=3, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Chiara Esposito <chiara.esposito@mailbox.example>",
         to="ordini@forno-senzapensieri.example",
         subject="Ordine 7731 - torta di compleanno",
         body="""\
Buonasera,

vi scrivo a proposito dell'ordine n. 7731 ritirato sabato mattina nel punto di
via Nizza. Premetto che ordiniamo da voi da più di un anno proprio perché nostro
figlio Tommaso, 6 anni, è allergico alle arachidi e a tutta la frutta a guscio, e
finora ci siamo sempre trovati benissimo. Anche stavolta la torta era puntuale e
bellissima, con il dinosauro che aveva chiesto lui, e i bambini alla festa erano
entusiasti.

Dopo due bocconi però Tommaso ha cominciato a grattarsi la bocca, le labbra gli
si sono gonfiate e gli sono venute delle chiazze rosse sul collo e sulle braccia.
Poco dopo ha vomitato due volte e faceva fatica a deglutire. Gli abbiamo dato
l'antistaminico prescritto dall'allergologo e lo abbiamo portato in ospedale,
dove lo hanno tenuto in osservazione fino a notte. Adesso sta meglio.

Sull'etichetta c'è scritto "senza frutta a guscio", ma nella crema al centro mi
è sembrato di vedere della granella. Il resto della torta è in frigo, se vi
serve. Vi chiedo di controllare subito il lotto: altri genitori potrebbero avere
ordinato la stessa torta questo fine settimana.

Cordiali saluti,
Chiara Esposito
tel. 06 5550 1947"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Sara Lombardi <sara.lombardi@webmail.example>",
         to="supporto@farmacasa.example",
         subject="Nella mia consegna c'erano i documenti di un'altra paziente",
         body="""\
Buongiorno,

nella consegna di oggi (ordine FD-20931), insieme ai miei farmaci, c'era la
ricetta di un'altra persona: nome, codice fiscale, indirizzo e l'elenco completo
delle sue terapie. In più, quando apro l'app, nella sezione "Le mie ricette"
compaiono tre ricette che non sono mie, intestate a una signora di Bergamo.

Se io vedo le sue, immagino che qualcun altro possa vedere le mie, e io ho una
diagnosi che non voglio assolutamente finisca in giro. Vi chiedo di verificare
subito e di dirmi chi ha potuto accedere ai miei dati.

Il foglio della signora l'ho messo da parte: lo restituisco al corriere o lo
distruggo?

Sara Lombardi"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rita Ferraresi <coordinamento@coop-melograno.example>",
         to="helpdesk@pasticasa-gestionale.example",
         subject="Giri di consegna di oggi: i tablet degli autisti non scaricano gli elenchi",
         body="""\
Buongiorno,

sono la coordinatrice della cooperativa Il Melograno di Ferrara. Da stamattina
alle 7 i tablet dei nostri 14 autisti mostrano solo la rotellina di caricamento e
non scaricano gli elenchi dei giri. Anche dal computer dell'ufficio la pagina
"Giri" resta bianca.

Oggi abbiamo 380 pasti da portare entro le 12:30 ad anziani che vivono da soli,
molti con diete per diabete o per i reni: senza l'elenco gli autisti non sanno
chi ha la dieta speciale e chi ha sospeso il servizio. Stiamo ricopiando tutto a
penna dal foglio stampato ieri e telefonando uno per uno alle famiglie che hanno
cambiato ordine, ma siamo già più di un'ora indietro.

Vi prego di richiamarci subito al 0532 555 0117.

Rita Ferraresi
Cooperativa sociale Il Melograno"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Michele Conti <michele.conti@famigliaconti.example>",
         to="assistenza@caricacasa.example",
         subject="La wallbox non fa partire la ricarica",
         body="""\
Salve,

da ieri sera l'app CaricaCasa mi dice "Sessione in attesa di autorizzazione" e la
ricarica non parte mai. La luce della wallbox resta blu fissa, la macchina
risulta collegata ma non prende un kWh.

Ho già provato a staccare l'interruttore della wallbox per dieci minuti, a
reinstallare l'app e a usare la tessera RFID: niente da fare. Stamattina la
macchina era al 9% e sono dovuto venire al lavoro con quella di mia moglie.

Wallbox W22, numero di serie CC-7K-004519.
Come faccio?

Michele Conti"""),

    dict(n=7, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Giulia Santoro <giulia.santoro01@studenti.example>",
         to="help@testpronto.example",
         subject="Simulazioni non funzionano - ho il test giovedì",
         body="""\
Ciao, il sito non funziona da ieri pomeriggio: faccio il login, ma appena apro una
simulazione del test di Medicina esce "Errore 503" e torna alla home. Da telefono
e da computer uguale. Ho preso il Premium apposta per queste ultime due settimane
e giovedì ho il test... quando torna a posto?

Giulia"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Alessandro Ricci <a.ricci@ricciautotrasporti.example>",
         to="supporto@vistaguida.example",
         subject="Video della dashcam che non arrivano sul cloud",
         body="""\
Buongiorno,

è normale che da una settimana i video della dashcam non si carichino più nel
cloud? Nell'app la cronologia si ferma al 3 marzo, anche se l'auto ha fatto tutti
i giorni i suoi 200 km.

La dashcam registra regolarmente: se estraggo la microSD i file ci sono tutti,
quindi per ora li copio a mano sul computer la sera. Però l'abbonamento Cloud
Plus lo pago proprio per non doverlo fare.

Modello VistaGuida D4, firmware 2.1.8.

Saluti
Alessandro Ricci"""),

    dict(n=9, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Valentina Greco <valentina@yogarespiro.example>",
         to="support@studiobook.example",
         subject="I nostri iscritti non ricevono il codice per entrare nell'app",
         body="""\
Buongiorno,

gestiamo tre studi Yoga Respiro a Milano con il vostro gestionale. Da ieri sera
nessuno dei nostri iscritti riceve l'SMS con il codice per accedere all'app:
abbiamo circa 600 iscritti attivi e oggi in decine ci hanno scritto che non
riescono né a prenotare né a disdire.

Le lezioni delle 18 e delle 19:30, che di solito sono piene, risultano mezze
vuote, mentre alla reception la gente si presenta lo stesso e noi non sappiamo chi
ha ancora ingressi nel pacchetto. Stiamo segnando le presenze su un quaderno.
Ho provato anche io con il mio numero: il codice non arriva.

È un problema vostro o del fornitore degli SMS? Ci serve una risposta oggi.

Valentina Greco
titolare - Yoga Respiro
02 5550 3381"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Luca Fabbri <luca.fabbri@runmail.example>",
         to="ordini@atletaforte.example",
         subject="Addebito doppio ordine #SP-55102",
         body="""\
Buongiorno,

il 12 maggio ho ordinato proteine whey e creatina (ordine #SP-55102, 64,80 €).
Sull'estratto conto della carta vedo due addebiti identici da 64,80 € lo stesso
giorno, a un minuto di distanza, ma il pacco arrivato è uno solo (e mi basta così).

Potete rimborsarmi il secondo addebito? Allego lo screenshot della banca.

Grazie,
Luca Fabbri"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Matteo Galli <matteo.galli.99@unimail.example>",
         to="aiuto@lavoretti.example",
         subject="Pagamento turni di aprile mai arrivato",
         body="""\
Ciao,

ad aprile ho fatto 6 turni da cameriere per eventi tramite la vostra piattaforma,
per un totale di 412 €. Nell'app il pagamento risulta "Inviato" dal 5 maggio, ma
sul conto non è arrivato niente e in banca mi dicono che non c'è nessun bonifico
in entrata. L'IBAN l'ho ricontrollato tre volte ed è giusto.

Il problema è che venerdì devo pagare l'affitto della stanza e senza quei soldi
non ci arrivo. Potete controllare dove sono finiti?

Grazie mille
Matteo Galli (ID utente 88213)"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Marta Colombo <amministrazione@studiocolombo.example>",
         to="clienti@leasingverde.example",
         subject="Contratto LV-2023-1187 - qualche domanda",
         body="""\
Buongiorno,

approfitto per farvi i complimenti: l'auto che ci avete consegnato l'anno scorso
per il contratto LV-2023-1187 si sta comportando benissimo, il tagliando di marzo
in officina convenzionata è filato liscio e anche il cambio gomme è stato veloce.
Mio marito, che all'inizio era scettico sul noleggio a lungo termine, adesso dice
che non tornerebbe più indietro.

Vi scrivo però per due cose. La prima è solo una domanda: a settembre scade
l'assicurazione kasko inclusa o si rinnova in automatico? Nel contratto non l'ho
trovato.

La seconda è la fattura n. 2024/0456 di maggio. Oltre al canone normale di
389,00 € c'è una voce "chilometri eccedenti" da 1.250,00 €, calcolata come se il
nostro contratto fosse da 35.000 km l'anno, mentre noi abbiamo firmato per 45.000
(pagina 2 del contratto, ve lo allego). Con 41.300 km siamo ampiamente dentro.
Inoltre la fattura è intestata alla vecchia ragione sociale "Studio Colombo
& Neri", che non esiste più da gennaio, con la partita IVA sbagliata: il nostro
commercialista non la può registrare.

Vi chiedo quindi una nota di credito per i 1.250 € e una fattura corretta con i
dati giusti. Il canone lo paghiamo regolarmente con il RID come sempre.

Grazie e buona giornata,
Marta Colombo
Studio Colombo - amministrazione"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Elena Marchi <elena.marchi@posta.example>",
         to="ciao@risparmiapp.example",
         subject="Curiosità sulla commissione di prelievo",
         body="""\
Salve, ho appena trasferito sul conto il cashback accumulato (23,40 €) e me ne
sono arrivati 22,90. Immagino siano i 50 centesimi di commissione di prelievo,
giusto? Nessun problema, era solo per capire come funziona: magari la prossima
volta aspetto di arrivare a una cifra più alta.

Buona giornata
Elena"""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Roberto Marini <roberto.marini@famigliamarini.example>",
         to="assistenza@kaiapp.example",
         subject="Re: Manutenzione programmata sabato 8 giugno",
         body="""\
Buongiorno,

dopo la manutenzione di sabato non riesco più a entrare nell'app del dojo: metto
la solita password e dopo tre tentativi mi dice "Account bloccato, contatta la tua
palestra". In palestra mi hanno detto di scrivere a voi.

Io e mio figlio siamo iscritti al corso di judo del martedì e non riesco a vedere
il calendario degli esami di cintura. Potete sbloccarmi? L'account è questo
indirizzo email.

Grazie
Roberto Marini

Il giorno mer 5 giu 2024 alle ore 10:02 Assistenza KaiApp <noreply@kaiapp.example> ha scritto:
> Gentile utente,
> sabato 8 giugno dalle 22:00 alle 02:00 la piattaforma KaiApp non sarà
> disponibile per un intervento di manutenzione programmata. Durante questo
> intervallo non sarà possibile accedere, prenotare lezioni né effettuare
> pagamenti.
> Ci scusiamo per il disagio.
> Il team KaiApp"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Irene Ferri <irene.ferri@inbox.example>",
         to="supporto@regalofacile.example",
         subject="Il codice SMS arriva al mio vecchio numero",
         body="""\
Buongiorno,

ho cambiato numero di telefono e non avevo aggiornato il profilo su RegaloFacile.
Adesso per entrare il sito mi chiede il codice via SMS, che arriva al vecchio
numero che non ho più. Nel mio account ci sono ancora due gift card da spendere
(una da 50 € ricevuta a Natale).

Come posso aggiornare il numero? Sorry for switching to English: I'm working in
Dublin at the moment and my old Italian SIM was deactivated last month, so there
is no way I can receive anything on it.

Grazie,
Irene Ferri"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Ilaria Costa <ilaria.costa.tata@mailbox.example>",
         to="aiuto@tatavicina.example",
         subject="Il mio profilo da babysitter è sparito",
         body="""\
Buonasera,

sono iscritta a TataVicina come babysitter da due anni. Da ieri sera il mio
profilo non c'è più: se cerco il mio nome non compare e se provo ad accedere mi
dice "utente inesistente". Non ho ricevuto nessuna email e non ho chiesto io di
cancellarlo.

Avevo 47 recensioni e le famiglie con cui lavoro fisso prenotano tutte da lì.
Potete ripristinarlo, recensioni comprese?

Ilaria Costa
333 555 0471"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giuseppe Rinaldi <giuseppe.rinaldi@posta.example>",
         to="assistenza@ascoltopiu.example",
         subject="Cambiare indirizzo email nell'app",
         body="""\
Buongiorno, come faccio a cambiare l'indirizzo email collegato all'app AscoltoPiù?
Quando ho registrato l'apparecchio acustico ho usato la mail di mia figlia, ma
adesso vorrei usare la mia. Nelle impostazioni non trovo l'opzione.
Grazie e abbiate pazienza, ho 78 anni.
Giuseppe Rinaldi"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nicola Ferrante <nicola.ferrante@pendolari.example>",
         to="info@plicobike.example",
         subject="Complimenti per la Plico 20!",
         body="""\
Ciao a tutti,

volevo solo dirvi che la Plico 20 è una bomba. Treno più bici tutte le mattine,
la chiudo in dieci secondi e in ufficio mi guardano come se fossi un prestigiatore.
Il lucchetto ad arco che mi avete consigliato mi ha salvato la vita: in stazione
a Bologna le bici spariscono a ritmo industriale e la mia è ancora lì.

Unico appunto: il cavalletto cigolava da morire, ma una goccia d'olio e via.

Continuate così!
Nicola"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Paola Gentile <paola.gentile@casagentile.example>",
         to="servizio.clienti@dietabox.example",
         subject="Re: Ticket #40213 - rimborso box settimanale",
         body="""\
Buongiorno Federica,

tutto risolto: il rimborso della box di martedì è arrivato stamattina sulla carta
e la consegna nuova è stata perfetta, zuppe comprese. Grazie per la pazienza e
per la telefonata, non è scontato.

Alla prossima!
Paola"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Andrea Vitale <andrea.vitale@viaggi-posta.example>",
         to="assistenza@voyobagagli.example",
         subject="Re: Avviso importante - richiamo powerbank Cabin 55",
         body="""\
Grazie per l'avviso. Ho controllato il numero di serie della mia valigia
(TR-55-08812) sulla vostra pagina e risulta non coinvolta.

Già che ci sono: vendete le ruote di ricambio per la Cabin 55? Una si è consumata
dopo parecchi voli e fa un po' di rumore sul pavé.

Saluti
Andrea Vitale

Il 14/03/2024 15:20, Voyo Bagagli <avvisi@voyobagagli.example> ha scritto:
> Gentile cliente,
> in un lotto di powerbank integrati nelle valigie Cabin 55 le celle possono
> surriscaldarsi durante la ricarica, con rischio di incendio.
> La invitiamo a verificare il numero di serie su voyobagagli.example/richiamo
> e, se la sua valigia è coinvolta, a non ricaricare la batteria e a rimuoverla
> prima di qualsiasi viaggio.
> Il Servizio Clienti Voyo"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Dojo Drago Nero <news@dojodragonero.example>",
         to="supporto@kaiapp.example",
         subject="Allarme rosso: ottobre di fuoco al Dojo Drago Nero!",
         body="""\
Ciao guerriero!

Ottobre al Dojo Drago Nero sarà un mese esplosivo:

- sabato 12: stage di autodifesa "Colpisci per primo" con il maestro Orlandi;
- venerdì 18: serata cinema con "Pugni di fuoco", popcorn offerti;
- tutto il mese: corso di kickboxing "Blackout" per principianti, il martedì e
  il giovedì alle 19:30, in via Fiamma 14.

Iscrizioni aperte nell'app: i primi 20 iscritti ricevono i guantoni in omaggio.

Train hard, stay humble!
Lo staff del Dojo Drago Nero

Per non ricevere più questa newsletter clicca qui."""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Stefania Marchetti <stefania.marchetti@casa.example>",
         to="info@benessereinregalo.example",
         subject="Domanda prima di acquistare un buono",
         body="""\
Buongiorno,

vorrei regalare a mia suocera il buono "Giornata relax per due" da 180 €. Prima
di comprarlo: se non riesce a usarlo entro la scadenza, è previsto un rimborso o
almeno una proroga? E se la spa scelta dovesse chiudere nel frattempo? Non vorrei
buttare via i soldi.

Grazie,
Stefania Marchetti"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nadia Colombo <nadia.colombo@famigliacolombo.example>",
         to="noleggi@fisiorent.example",
         subject="R: Restituzione cauzione noleggio - pratica NR-3390",
         body="""\
È la terza volta che scrivo e non ho ancora ricevuto una risposta.

La cauzione di 350 € per il letto ortopedico e la carrozzina noleggiati per mia
madre non è ancora rientrata, a più di un mese dal ritiro. Mia madre prende la
pensione minima e quei soldi le servono per pagare la badante a fine mese.
Se entro venerdì non ho notizie mi rivolgo a un'associazione di consumatori.

Nadia Colombo
349 555 0826

> -----Messaggio originale-----
> Da: Nadia Colombo <nadia.colombo@famigliacolombo.example>
> Inviato: martedì 7 maggio 2024 09:14
> A: noleggi@fisiorent.example
> Oggetto: Restituzione cauzione noleggio - pratica NR-3390
>
> Buongiorno,
> il 2 aprile il vostro corriere ha ritirato il letto ortopedico e la
> carrozzina noleggiati per mia madre (pratica NR-3390). Mi era stato detto
> che la cauzione di 350 € sarebbe stata restituita entro 15 giorni
> lavorativi, ma finora non è arrivato nulla. Potete verificare?
> Grazie, Nadia Colombo"""),

    dict(n=24, signals="account", priority="high", trap="vip-deadline", qt=0, reply=0,
         frm="Ing. Paolo Bernardi <p.bernardi@termotecnica-adriatica.example>",
         to="business@leasingverde.example",
         subject="Profilo fleet manager declassato - 23 rinnovi da approvare entro il 31",
         body="""\
Buongiorno,

sono il responsabile flotta di Termotecnica Adriatica S.p.A., cliente business con
85 veicoli in leasing con voi. Dopo il passaggio al nuovo portale il mio utente
risulta "Driver" invece di "Fleet manager": vedo solo la mia auto e non posso più
approvare i rinnovi né assegnare i veicoli.

Entro il 31 devo approvare 23 rinnovi, altrimenti scattano le condizioni del
nuovo listino (circa +8%) e dal 1° del mese diversi tecnici restano senza auto.
Il nostro account manager, dott. Serra, è in ferie fino al 3.

Potete ripristinare i permessi oggi stesso? Telefono diretto 071 555 0263.

Cordiali saluti,
Ing. Paolo Bernardi
Termotecnica Adriatica S.p.A."""),
]
