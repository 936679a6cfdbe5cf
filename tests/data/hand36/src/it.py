# blind37 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Chiara Benedetti <chiara.benedetti@mailbox-it.example>",
         to="assistenza@spesacasa.example",
         subject="Ordine 7718203 – prodotti mancanti e sostituzioni",
         body="""\
Buongiorno,

vi scrivo per l'ordine 7718203 consegnato sabato mattina. Un po' di cose non sono andate:

- mancavano le due confezioni di acqua frizzante (pazienza, le riordino);
- al posto dei "Frollini senza frutta a guscio" avete messo un'altra marca, senza avvisare. Mio figlio Tommaso (7 anni) è allergico alle nocciole e sulla confezione che avevo ordinato c'era scritto chiaramente "senza". Ne ha mangiati due a merenda prima che me ne accorgessi: in pochi minuti gli si sono gonfiate le labbra e faceva fatica a respirare. Gli abbiamo fatto l'adrenalina e siamo corsi al pronto soccorso, adesso sta bene ed è a casa. Sulla nuova confezione, in piccolo, c'era "può contenere tracce di nocciole";
- il latte scadeva il giorno dopo.

Vorrei soprattutto capire come scegliete le sostituzioni quando un prodotto è indicato come "senza", visto che sul mio profilo l'allergia è segnata.

Cordiali saluti
Chiara Benedetti
Via dei Mille 22, Bologna"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giorgio Sartori <giorgio.sartori@tiscalinet-posta.example>",
         to="interventi@termoservice-veneto.example",
         subject="Caldaia dopo la manutenzione di martedì",
         body="""\
Gentili signori,

martedì il vostro tecnico è venuto a fare la manutenzione annuale della caldaia a casa di mia madre (sig.ra Elda Sartori, via Roma 41, Castelfranco Veneto, contratto n. 20-55817) e ha sostituito una guarnizione sul condotto di scarico fumi.

Da ieri sera il rilevatore di monossido in cucina suona a intervalli, e stamattina mia madre e la badante avevano un forte mal di testa e nausea. Abbiamo spento la caldaia, aperto tutte le finestre e le ho portate a casa mia; il medico di guardia le ha visitate e ora stanno meglio.

Vi chiedo cortesemente di mandare qualcuno a controllare oggi stesso. Finché non sapremo cosa è successo la caldaia resta spenta, e la casa è gelida.

Vi ringrazio per la cortese attenzione.

Giorgio Sartori
cell. 347 5582190

Inviato da iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Paolo Ferrante <p.ferrante@fastpost-it.example>",
         to="privacy@laboratorio-salus.example",
         subject="Nel portale referti vedo gli esami di un'altra persona",
         body="""\
Buonasera,

stasera sono entrato nel vostro portale referti con le mie credenziali per scaricare le analisi del sangue di lunedì. Nell'elenco, oltre ai miei, compaiono tre referti di un'altra persona: una signora nata nel 1951, con nome, codice fiscale e risultati completi (c'è anche un test HIV). Cliccandoci sopra si aprono per intero.

Immagino che, allo stesso modo, lei possa vedere i miei. Non li ho scaricati né inoltrati a nessuno, ho solo fatto uno screenshot dell'elenco con i nomi oscurati, da tenere come prova.

Vi chiedo di verificare subito e di farmi sapere chi può aver visto i miei dati.

Paolo Ferrante
tessera cliente 00381-22"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Rosaria Esposito <rosaria.esposito@virgilio-mail.example>",
         to="clienti@bancadelgolfo.example",
         subject="URGENTE: pagamenti non autorizzati dopo un SMS falso",
         body="""\
Buongiorno, vi scrivo dopo aver chiamato il numero verde (mi hanno detto di mandare anche una mail).

Ieri sera mi è arrivato un SMS che sembrava vostro: "Gentile cliente, la sua carta è stata sospesa, verifichi qui". Ho cliccato e ho inserito numero della carta, scadenza, CVV e pure il codice che mi è arrivato subito dopo. Lo so, ci sono cascata come una scema, era una truffa.

Stamattina nell'app vedo due pagamenti che non ho fatto io:
- 06/12 ore 23:41 – 480,00 € – TECHSTORE ONLINE
- 06/12 ore 23:58 – 480,00 € – TECHSTORE ONLINE

Al telefono la carta me l'hanno bloccata. Vorrei sapere come si fa il disconoscimento e se i soldi mi verranno restituiti: con quei 960 euro dovevo pagare l'affitto.

Rosaria Esposito
Napoli
c/c n. 000041127"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Elena Marchetti <frontoffice@grandhotel-lungomare.example>",
         to="helpdesk@hotelsuite-pms.example",
         subject="Gestionale fermo – 230 ospiti del congresso in arrivo",
         body="""\
Buongiorno,

da circa le 11:15 il gestionale non si apre su nessuna postazione del ricevimento: resta sulla schermata "Connessione al database…" e poi va in errore. Non riusciamo né a fare i check-in né a codificare le chiavi delle camere.

Tra le 13 e le 16 arrivano con i pullman dall'aeroporto i 230 partecipanti del congresso medico che ospitiamo, e in hall ci sono già una quarantina di persone in attesa con le valigie.

Abbiamo già riavviato il server e le postazioni. Vi prego di richiamarmi subito allo 0541 3801120 (interno 1).

Elena Marchetti
Front Office Manager
Grand Hotel Lungomare – Rimini"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lucia Pellegrino <dsga@ic-montegrappa.example>",
         to="assistenza@registrofacile.example",
         subject="I: Registro elettronico irraggiungibile – scrutini oggi",
         body="""\
Buongiorno,

vi inoltro la segnalazione della nostra vicepreside. Alle 10:30 il problema c'è ancora. Vi chiediamo un intervento urgente e di richiamarci allo 0423 612004.

Cordiali saluti
Lucia Pellegrino
DSGA – Istituto Comprensivo "Monte Grappa"

-------- Messaggio inoltrato --------
Oggetto: Registro elettronico irraggiungibile – scrutini oggi
Data: gio 10 dic 2026, 08:02
Mittente: Annalisa Conte <vicepreside@ic-montegrappa.example>
A: Segreteria <segreteria@ic-montegrappa.example>

Lucia,
da stamattina il registro non si apre, né da scuola né da casa: pagina bianca e poi "502 Bad Gateway". Oggi pomeriggio ci sono gli scrutini del primo trimestre di tutte le 34 classi, con 61 docenti convocati dalle 14:30, e senza registro non possiamo vedere le proposte di voto né firmare i verbali. In più nessuno ha potuto segnare le assenze dei nostri 780 alunni e i genitori stanno già telefonando.
Puoi sentire tu l'assistenza?
Annalisa"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Salvatore Greco <panificiogreco@alice-posta.example>",
         to="assistenza.pos@paytech-italia.example",
         subject="Re: Ticket 552190 – abbiamo ricevuto la sua richiesta",
         body="""\
Buongiorno,

scusate ma sono passate 24 ore e il POS è ancora morto. Si accende, ma a ogni pagamento con carta dice "errore di comunicazione host" e annulla l'operazione. L'ho staccato e riattaccato come dite voi, niente da fare.

Io ho un panificio, e la mattina la gente paga col bancomat anche il pane da due euro. Ieri metà dei clienti se n'è andata o è dovuta correre al bancomat in piazza. Sotto Natale non posso andare avanti così.

Mandatemi un tecnico o un terminale nuovo, per favore.

Salvatore Greco
Panificio Greco – Via Garibaldi 8, Lecce
ID terminale 40028817

Il giorno lun 7 dic 2026 alle ore 07:52 PayTech Assistenza <assistenza.pos@paytech-italia.example> ha scritto:
> Gentile Cliente,
> la sua richiesta è stata registrata con il numero 552190.
> Le suggeriamo di spegnere il terminale, scollegarlo dalla corrente per
> almeno 30 secondi e riaccenderlo. Se il problema persiste, un nostro
> operatore la contatterà entro 2 giorni lavorativi.
> Cordiali saluti
> Servizio Clienti PayTech"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Davide Colombo <davide.colombo@fastweb-posta.example>",
         to="supporto@calciotv-streaming.example",
         subject="Le dirette si bloccano ogni pochi minuti",
         body="""\
Ciao,

da circa una settimana le partite in diretta sulla vostra app si bloccano ogni 5-10 minuti: l'immagine si congela, compare la rotellina e dopo 20-30 secondi riparte, ma intanto l'azione me la sono persa. Domenica mi sono perso il gol del pareggio dell'Atalanta, per dire.

Serie e programmi on demand vanno benissimo, il problema è solo con le dirette. Succede sulla smart TV (Samsung, app aggiornata) e anche sul telefono; ho la fibra da 1 Gb e lo speed test è a posto.

C'è qualche problema noto? L'abbonamento Premium lo pago proprio per le partite.

Davide"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Fontana <marco.fontana@libero-posta.example>",
         to="clienti@assicurazioni-aurora.example",
         subject="Premio RCA addebitato due volte – polizza 30/889214",
         body="""\
Buongiorno,

il 1° dicembre mi è stato addebitato sulla carta il rinnovo della polizza auto n. 30/889214 (€ 612,40) e il 3 dicembre lo stesso importo mi è stato addebitato una seconda volta. In allegato l'estratto conto.

Vi chiedo di stornare il secondo addebito. Fatemi sapere se serve altro da parte mia.

Grazie,
Marco Fontana"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Federica Rinaldi <federica.rinaldi93@posteveloci.example>",
         to="customercare@autonoleggio-sole.example",
         subject="Deposito cauzionale ancora bloccato – prenotazione SOL-77421",
         body="""\
Salve,

ho riconsegnato l'auto all'aeroporto di Catania il 16 novembre, senza danni e con il pieno (il vostro addetto ha firmato il verbale di riconsegna). Il deposito di 1.500 € però è ancora bloccato sulla mia carta, e sono passate più di tre settimane.

La carta ha un plafond di 2.000 €, quindi in pratica non posso usarla, e lunedì devo pagare la retta universitaria di mio fratello, che paghiamo noi. Vi prego di sbloccare il deposito oggi stesso o di dirmi chi devo chiamare, perché al numero verde cade sempre la linea.

Federica Rinaldi

Inviato dal mio smartphone Android"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Luca Bernardi <luca.bernardi@inwind-posta.example>",
         to="info@ferrovie-regionali-lago.example",
         subject="Domanda su 0,50 € in più sull'abbonamento",
         body="""\
Salve,

una curiosità: ho rinnovato online l'abbonamento mensile Como–Milano e mi hanno addebitato 0,50 € in più rispetto a quello che pago in biglietteria, alla voce "diritti di emissione". È normale per l'acquisto online? Non è per i cinquanta centesimi, vorrei solo capire se mi conviene continuare a comprarlo dall'app.

Grazie e buona giornata
Luca Bernardi"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Daniel Whitfield <d.whitfield@northmail.example>",
         to="soci@aliazzurre-club.example",
         subject="Account bloccato, link per reset non funziona",
         body="""\
Buongiorno,

sono socio del vostro programma Ali Azzurre Club (numero socio 1188 4402). Ieri ho provato di entrare nel mio account per prenotare un volo con le miglia, ma ho sbagliato la password troppe volte e ora il account è bloccato. Ho fatto "Password dimenticata", il link mi arriva, però quando lo clicco dice sempre "Il link è scaduto", anche se apro subito dopo averlo ricevuto.

Ho circa 48.000 miglia e vorrei usare per un volo a gennaio, prima che il prezzo sale. Potete sbloccare il account o mandarmi un link che funziona?

Grazie mille e scusate il mio italiano,
Daniel Whitfield"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ivana Lombardi <ivana@lombardi-grafica.example>",
         to="supporto@fatturasemplice.example",
         subject="Non riesco ad accedere: codice di verifica sul vecchio telefono",
         body="""\
Buongiorno,

la settimana scorsa ho cambiato telefono e solo adesso mi accorgo che l'app di autenticazione per FatturaSemplice era sul vecchio, che ho dato indietro al negozio. Ora al login mi chiede il codice a 6 cifre e non ho modo di generarlo; i codici di recupero, lo confesso, non li ho mai salvati.

Il problema è che entro il 16 devo emettere le fatture di fine anno a tre clienti e il mio commercialista aspetta l'export per chiudere l'anno. Senza accesso sono completamente ferma.

Come posso dimostrare che sono io e far azzerare la verifica in due passaggi? Posso mandarvi documento d'identità e visura della partita IVA.

Grazie,
Ivana Lombardi
Grafica freelance – P. IVA 04412230985"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Matteo Ricci <matteo.ricci@postamia.example>",
         to="app@fitlife-palestre.example",
         subject="Come cambio la password dell'app?",
         body="""\
Ciao,

domanda veloce: come si cambia la password dell'app FitLife? Quando mi sono iscritto me l'ha impostata la ragazza della reception e adesso vorrei metterne una mia. Nel menu "Profilo" vedo solo i dati personali e il QR per l'ingresso.

Già che ci sono: si può attivare anche il codice via SMS per l'accesso, come per la banca?

Grazie, a presto in sala!
Matteo"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Giovanna Morelli <giovanna.morelli@email-it.example>",
         to="club@cantinedelcolle.example",
         subject="Sospensione spedizioni gennaio e febbraio",
         body="""\
Gentile staff del Club,

vi scrivo per chiedervi di sospendere le spedizioni della cassetta mensile per gennaio e febbraio.

A fine novembre mio padre ha avuto un brutto incidente in macchina sulla tangenziale: è ancora ricoverato in ortopedia con il bacino fratturato e, quando lo dimetteranno, verrà a stare da noi per la riabilitazione. In questi mesi saremo spesso in ospedale e non ci sarà nessuno a casa a ritirare i pacchi, senza contare che, come potete immaginare, non abbiamo molta voglia di brindare.

Da marzo riprendiamo volentieri. Devo fare qualcosa io dall'area personale o ci pensate voi?

Grazie per la comprensione,
Giovanna Morelli
Socia n. 2231"""),

    dict(n=16, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Simone Gatti <simone.gatti@tin-posta.example>",
         to="help@fantalega-pro.example",
         subject="Infortunati e squalificati dopo la scadenza della formazione",
         body="""\
Ciao ragazzi,

gioco con la vostra app in una lega privata con i colleghi d'ufficio e quest'anno è una strage: il mio bomber si è rotto il crociato, due centrocampisti sono squalificati e il portiere è praticamente morto, in panchina da tre giornate. Domenica ho fatto 58 punti, mi hanno massacrato e sono crollato all'ultimo posto.

Domanda seria: se un giocatore si fa male DOPO la scadenza della formazione (tipo nel riscaldamento), posso ancora sostituirlo con uno della panchina o è tutto bloccato? Nel regolamento non lo trovo.

E un suggerimento: mettete una notifica push quando un mio giocatore viene dato per infortunato, mi salvereste la vita (e la stagione).

Grazie!
Simone, ultimo in classifica ma con dignità"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Antonio Ferri <ferri.serrature@posta-artigiani.example>",
         to="ordini@ferramenta-ingrosso-sud.example",
         subject="Ordine cilindri europei + kit apertura",
         body="""\
Buongiorno Roberto,

come ogni fine anno sono cominciati i furti nei condomini: solo questa settimana ho cambiato sei cilindri su porte blindate forzate col bumping e due serrature scassinate col grimaldello. Quindi mi servono:

- 15 cilindri europei antibumping e antitrapano, misura 30/40, nichelati
- 10 cilindri misura 35/45
- 2 defender per porta blindata
- 1 kit apertura porte (lastrine + leve), il mio si è rotto l'altra sera su una porta bloccata

Mi dici se hai tutto a magazzino e per quando me lo fai arrivare? Fattura come sempre a Ferri Antonio, P. IVA 02218840653.

Grazie,
Antonio
Ferri Serrature – Pronto intervento fabbro 24h
Salerno – tel. 089 2251774"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Valentina Cattaneo <vale.cattaneo@postabella.example>",
         to="info@cucinamix-elettrodomestici.example",
         subject="Domande prima dell'acquisto del CucinaMix 5",
         body="""\
Buonasera,

sto pensando di comprare il CucinaMix 5, ma prima vorrei capire un paio di cose, perché ho due bambini piccoli che mettono le mani dappertutto:

1. La lama si ferma da sola se si apre il coperchio mentre gira? Non vorrei che qualcuno si tagliasse o si ustionasse con la zuppa bollente.
2. C'è un blocco bambini sul display?
3. Ho letto di un robot di un'altra marca che si surriscaldava fino a prendere fuoco: il vostro ha una protezione contro il surriscaldamento del motore?
4. Se dopo qualche settimana mi accorgo che non fa per me, posso restituirlo e avere il rimborso? Entro quanti giorni?

Grazie in anticipo,
Valentina Cattaneo"""),

    dict(n=19, signals="-", priority="low", trap="course", qt=0, reply=0,
         frm="Roberta Galli <amministrazione@galli-trasporti.example>",
         to="corsi@formazione-lavoro-lombardia.example",
         subject="Iscrizione corso antincendio rischio medio – 6 dipendenti",
         body="""\
Buongiorno,

vorremmo iscrivere 6 dipendenti al corso per addetti antincendio e gestione delle emergenze, livello 2 (rischio medio, 8 ore), con la prova pratica di spegnimento di un fuoco con l'estintore.

Avete date disponibili a gennaio? Per noi andrebbe meglio il sabato. Ci interessa anche l'aggiornamento di primo soccorso per altri 3 colleghi, se lo organizzate nella stessa giornata.

Vi chiedo anche un preventivo e se la fattura può essere intestata a Galli Trasporti S.r.l.

Cordiali saluti
Roberta Galli
Ufficio Amministrazione – Galli Trasporti S.r.l.
Via dell'Industria 14, Cremona"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Nicola Barbieri <produzione@ondesonore-festival.example>",
         to="account@accessgate-ticketing.example",
         subject="Grazie per sabato!",
         body="""\
Ciao Sara,

ora che il festival è finito e abbiamo dormito un po', volevo ringraziare te e la squadra. Sabato sera, come sai, verso le 21:10 i lettori dei braccialetti all'ingresso principale si sono bloccati tutti insieme: per quasi 40 minuti non passava nessuno e avevamo circa 3.000 persone in coda fino alla rotonda, con la gente che fischiava e la polizia locale che ci chiedeva cosa stesse succedendo. Abbiamo perso l'inizio del concerto principale e qualche rimborso l'abbiamo dovuto concedere.

Il vostro tecnico Fabio ha capito in fretta che era il router del varco, ha attivato la linea di backup e da lì in poi non c'è stato più un intoppo, domenica compresa. Da parte nostra è tutto chiuso, volevamo solo dirvi che la reperibilità ha funzionato davvero.

Per il rinnovo ne riparliamo a gennaio.

Un abbraccio,
Nicola Barbieri
Direttore di produzione
Onde Sonore Festival – Associazione culturale Onde Sonore APS
Via del Porto 3, 48122 Ravenna
tel. +39 0544 219870 – cell. +39 333 4021187
www.ondesonore-festival.example

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di avvisare il mittente."""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Andrea Vitale <andrea.vitale@cheapnet-posta.example>",
         to="assistenza@tecnomarket-online.example",
         subject="R: Richiesta 99120 – doppio addebito ordine TM-445017",
         body="""\
Buongiorno Martina,

confermo, stamattina ho visto il riaccredito sull'estratto conto. Grazie per la pazienza e per la rapidità!

Già che ci sono: le cuffie sono arrivate e funzionano benissimo.

Saluti,
Andrea Vitale

Il giorno mer 2 dic 2026 alle ore 16:35 TecnoMarket Assistenza <assistenza@tecnomarket-online.example> ha scritto:
> Gentile sig. Vitale,
> abbiamo verificato: per un errore del sistema di pagamento l'ordine
> TM-445017 (€ 229,90) le è stato addebitato due volte. Abbiamo disposto
> il rimborso del secondo addebito, che sarà visibile entro 3-5 giorni.
> Cordiali saluti
> Martina – Servizio Clienti TecnoMarket
>
>> Buongiorno, mi ritrovo l'ordine TM-445017 addebitato due volte, vedi
>> estratto conto allegato. Vorrei indietro i soldi del secondo addebito."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gennaro Russo <gennaro@pizzeriavesuvio-torino.example>",
         to="ordini@salumi-calabresi-ingrosso.example",
         subject="Ordine 'nduja e peperoncino – qui è un inferno!",
         body="""\
Ciao Franco,

qui è un delirio: da quando è uscito l'articolo sul giornale siamo sommersi di prenotazioni e la "Diavola Bomba" va a ruba. Ieri sera ne abbiamo sfornate 140, il forno non si è spento un attimo e il telefono scotta. E muoio dalla voglia di far assaggiare a tutti la nuova "Inferno di Spilinga" che abbiamo appena messo in menù.

Ci servono entro venerdì:
- 20 kg di 'nduja di Spilinga
- 5 kg di peperoncino calabrese tritato
- 10 kg di salame piccante a fette

Se riesci a farci avere tutto prima del weekend ci salvi la vita.

Grazie mille,
Gennaro
Pizzeria Vesuvio – Torino"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Stefano Marino <stefano.marino@aruba-posta.example>",
         to="supporto@homecharge-energia.example",
         subject="L'app non avvia la ricarica – con la tessera funziona",
         body="""\
Buongiorno,

da quando ho aggiornato l'app HomeCharge alla versione 4.2 non riesco più ad avviare la ricarica della wallbox dal telefono: premo "Avvia", la rotellina gira e dopo un minuto compare "Comando non riuscito". Anche la ricarica programmata delle 23 (per la fascia notturna) non parte più.

Per ora mi arrangio con la tessera RFID: la appoggio alla wallbox e la ricarica parte normalmente, solo che devo ricordarmi di scendere in garage alle 23. Ho già provato a disinstallare e reinstallare l'app, niente.

Wallbox: HomeCharge 11 kW, numero di serie HC11-0098342
Telefono: Android 14

Sapete dirmi se è un problema noto e quando verrà sistemato?

Grazie,
Stefano Marino"""),

    dict(n=24, signals="outage,account", priority="high", trap="scale", qt=0, reply=0,
         frm="Marta De Luca <m.deluca@pulizie-splendor.example>",
         to="assistenza@presenzeweb.example",
         subject="Nessun dipendente riesce a timbrare – il codice SMS non arriva",
         body="""\
Buongiorno,

da stamattina alle 6 nessuno dei nostri operatori riesce ad accedere all'app per la timbratura: dopo utente e password il codice di verifica via SMS non arriva. Non è il telefono di qualcuno: ci hanno chiamato da tutti i cantieri, da Milano a Bergamo, e succede lo stesso a me e ai colleghi dell'ufficio.

Parliamo di circa 320 dipendenti su 45 sedi di clienti (uffici, ospedali, scuole). Stanno lavorando, ma senza timbrature non abbiamo le presenze che alcuni clienti ci chiedono ogni giorno, e a fine mese ci servono per le buste paga.

Ci serve una soluzione oggi, anche provvisoria (per esempio disattivare la verifica via SMS per la nostra azienda finché non sistemate).

Marta De Luca
Responsabile Personale
Splendor Servizi di Pulizia S.r.l. – Sesto San Giovanni"""),
]
