# blind10 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giuliana Ferraresi <giuliana.ferraresi@postaweb.example>",
         to="assistenza@termocomfort.example",
         subject="coperta matrimoniale Duo Calor 2 - richiesta informazioni",
         body="""\
Buonasera,
vi scrivo per la coperta elettrica Duo Calor 2 che ho comprato a novembre (ordine TC-448120) per mia madre, che ha 84 anni e vive con me.

Stamattina entrando in camera sua ho sentito un odore strano, come di plastica lasciata sul termosifone. Ho tolto il lenzuolo e vicino al punto dove il cavo entra nella coperta c'è una chiazza marrone scuro, il tessuto lì è diventato rigido e un po' accartocciato. Il regolatore era sul 2, non al massimo.

Mia madre ha il polpaccio sinistro tutto arrossato con una vescica grande come una moneta da due euro. Lei dice che non si è accorta di niente perché dorme profondamente e con il diabete sente poco alle gambe. L'abbiamo portata dalla guardia medica, ci hanno dato una pomata.

Ho staccato la spina e la coperta adesso è in garage. Vorrei sapere cosa devo fare, se la ritirate voi e se ci sono stati altri casi, perché ne avevo regalata una uguale anche a mia sorella.

Giuliana Ferraresi"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Matteo Rinaldi <matteo.rinaldi84@mailbox.example>",
         to="clienti@orbitakids.example",
         subject="Orbita 360 - fibbia",
         body="""\
Salve,
premetto che per fortuna non è successo niente di grave, ma vorrei che qualcuno ci guardasse subito.

Ieri sera tornando dai nonni ho dovuto frenare di colpo per un'auto che usciva da un parcheggio. Nello specchietto ho visto mio figlio (3 anni) piegato in avanti: la fibbia centrale delle cinture si era aperta da sola e lui era scivolato fuori dalle spalline fino a sbattere il mento contro lo schienale del sedile davanti. Ha un livido e si è spaventato tantissimo, nient'altro.

Il seggiolino è un Orbita 360 Isofix comprato sul vostro sito a marzo, numero di serie OR3-22-07781. A casa abbiamo provato a chiudere la fibbia decine di volte: fa il suo clic, sembra chiusa, ma se tiri con forza la cinghia di sinistra ogni tanto si sgancia.

Per ora in macchina usiamo quello vecchio della nonna. Mi dite come procedere? Ho fatto un video in cui si vede, posso mandarvelo.

Grazie,
Matteo Rinaldi"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Serena Guarnieri <serena.guarnieri@famiglia-guarnieri.example>",
         to="aiuto@cenainscatola.example",
         subject="URGENTE box settimana 48 - arachidi non indicate",
         body="""\
Vi scrivo dal pronto soccorso pediatrico.

Mia figlia Alice, 9 anni, è allergica alle arachidi e lo avevo indicato nel profilo quando mi sono abbonata, c'è proprio la casella "allergie". Ieri sera abbiamo cucinato il kit "Pollo thai in 20 minuti" della box di questa settimana. La bustina della salsa diceva "frutta a guscio: no", niente arachidi negli ingredienti.

Dopo pochi bocconi ha cominciato a grattarsi la gola, le si sono gonfiate le labbra e faceva fatica a respirare. Le ho fatto l'adrenalina con la penna e abbiamo chiamato l'ambulanza. Adesso sta meglio ma la tengono in osservazione fino a stasera. Il medico dice che è stata una reazione allergica seria e che quella salsa, dal sapore, contiene arachidi quasi sicuramente.

Il lotto stampato sulla bustina è L2611-48B, la tengo da parte insieme alla scatola. Dovete bloccare subito quelle salse, altri bambini allergici potrebbero averle in frigo in questo momento.

Aspetto una telefonata, non una risposta automatica.
Serena Guarnieri
abbonamento n. CS-77310"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Samuele Orlandi <samu.orlandi@inbox.example>",
         to="support@pagoamico.example",
         subject="movimenti che non ho fatto",
         body="""\
Hi,
scusate se scrivo a quest'ora. Stasera ho aperto PagoAmico e nello storico ci sono tre invii che non ho fatto io: 150 €, 150 € e 200 € a un certo "Mirko D." che non conosco, tutti tra l'01:12 e l'01:20 di stanotte. A quell'ora dormivo e il telefono era sul comodino.

Ieri pomeriggio però mi era arrivato un SMS che sembrava vostro, diceva che il conto sarebbe stato sospeso se non confermavo i dati, e io ci ho cliccato e ho messo il codice che mi è arrivato. Che stupido.

Ho già cambiato PIN e password e riesco ancora a entrare, ma il saldo è a zero e il conto collegato è quello dove mi arriva lo stipendio. Come faccio a bloccare tutto e a riavere i soldi? La banca dice che devo parlare prima con voi.

ID utente PA-7731904

Thanks,
Samuele Orlandi"""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Elena Vitale <segreteria@studiopellegrinivitale.example>",
         to="help@dentacloud.example",
         subject="DentaCloud DOWN - studio fermo",
         body="""\
Buongiorno,

il gestionale è down da circa le 8:10. Da tutte e tre le postazioni della reception e dai due riuniti compare "Servizio non disponibile, riprovare più tardi". Abbiamo provato da un altro browser, dal cellulare e dalla connessione dell'hotspot: stessa cosa, quindi non è la nostra rete.

Non vediamo l'agenda, le anamnesi, i piani di cura, niente. Oggi abbiamo 14 pazienti, due sono già in sala d'attesa, e alle 10 c'è un intervento di implantologia per cui ci servono le radiografie che sono solo nel vostro archivio.

Il numero verde squilla a vuoto da mezz'ora. Vi prego di richiamarci appena possibile.

Codice cliente DC-0912
Studio Dentistico Associato Pellegrini & Vitale
Dott.ssa Elena Vitale"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Giuseppe Di Marzio <arrosticinidapeppe@foodtruck.example>",
         to="assistenza@cassetta-app.example",
         subject="app non parte",
         body="""\
Da ieri dopo l'aggiornamento l'app Cassetta sul tablet si apre, fa vedere il logo due secondi e si richiude. Riavviato, disinstallato, reinstallato: niente. Sul telefono uguale.
Sabato e domenica sono al mercatino di Natale col furgone e senza la vostra app non posso fare scontrini ne prendere pagamenti col POS. Account "Arrosticini da Peppe".
Aiuto per favore

Giuseppe
Inviato da smartphone"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Francesca Meloni <fra.meloni@libero-mail.example>",
         to="supporto@registroscuola.example",
         subject="pagina voti",
         body="""\
Buongiorno,
sono la mamma di Tommaso Ricci, classe 2B della scuola media "Don Milani".

Da lunedì l'area genitori funziona a metà: bacheca e messaggi dei professori si vedono, ma la pagina dei voti resta lì a caricare per qualche minuto e poi esce vuota, e le circolari in PDF non si scaricano (esce "file non trovato"). Dal computer è uguale, quindi non è il telefono. Anche altri genitori della classe hanno lo stesso problema, ne abbiamo parlato nel gruppo.

Non è una tragedia, la segreteria ci ha girato per mail la circolare della gita, però venerdì ci sono i colloqui e vorremmo vedere i voti prima di andare.

Grazie per l'attenzione
Francesca Meloni"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Studio Amm. Benedetti <amministrazione@studiobenedetti.example>",
         to="tecnico@smartcitofono.example",
         subject="Condominio Via dei Tigli 14 - app",
         body="""\
Spett.le SmartCitofono,

sono l'amministratore del condominio di Via dei Tigli 14 (impianto SC-14-TIGLI, 38 unità).

Da mercoledì notte, cioè da quando il vostro tecnico ci ha avvisato dell'aggiornamento del server, le chiamate dal posto esterno non arrivano più sui telefoni. Il pulsante esterno funziona, nei pochi appartamenti che hanno ancora il monitor in casa squilla regolarmente, ma sull'app non compare niente: né notifica né videochiamata, e anche l'apertura del portone dall'app dà "timeout".

Il problema è che nell'assemblea di giugno, su vostra proposta, venti condòmini hanno rinunciato al monitor interno e usano solo l'app. Da due giorni corrieri e visite restano fuori, la gente scende al portone ogni volta e io ricevo telefonate dalla mattina alla sera.

Dal pannello amministratore l'impianto risulta "online" e senza errori. Vi chiedo un intervento urgente e di farmi sapere entro oggi i tempi.

Cordiali saluti
Geom. Andrea Benedetti
Studio Amministrazioni Benedetti"""),

    dict(n=9, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Zanella <biglietteria@funiviemontesella.example>",
         to="support@skipassys.example",
         subject="casse skipass ferme!!!",
         body="""\
Buongiorno, qui biglietteria Funivie Monte Sella, urgentissimo.

Dalle 8:30 nessuna delle quattro casse riesce a emettere skipass: quando premiamo "Stampa tessera" il programma risponde "Errore di comunicazione con il server (503)". Anche chi ha comprato online ieri sera ha un QR che i tornelli rifiutano con luce rossa.

Oggi è il primo sabato della stagione, in coda ci sono almeno trecento persone e le seggiovie girano vuote. Stiamo facendo passare la gente scrivendo i nomi su un foglio ma non possiamo andare avanti così per molto.

Richiamateci subito al numero della biglietteria che avete in anagrafica.

Marco Zanella
responsabile biglietterie"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Chiara Bassi <chiara.bassi@postacasa.example>",
         to="info@enigmaroom.example",
         subject="doppio pagamento prenotazione ER-20931",
         body="""\
Buonasera,
ho prenotato sul vostro sito per sabato 12 dicembre la stanza "La Cripta del Conte" per 5 persone, 125 euro in totale.
Al momento del pagamento la pagina si è bloccata sulla rotellina, ho aggiornato e mi ha fatto ripetere il pagamento. Sull'estratto conto della carta ora vedo due movimenti da 125,00 € entrambi con la descrizione "ENIGMA ROOM MI", però la conferma di prenotazione che mi è arrivata è una sola (cod. ER-20931).
Potete stornare il secondo addebito? Se serve vi mando lo screenshot della banca.
Grazie e a sabato!
Chiara"""),

    dict(n=11, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Roberto Casagrande <r.casagrande@studio-casagrande.example>",
         to="servizioclienti@camperlibero.example",
         subject="Contratto CL-2026-1187 - cauzione NON restituita (terzo sollecito)",
         body="""\
Gentile Servizio Clienti,

vi scrivo per la terza volta e questa volta spero in una risposta.

Ad ottobre ho noleggiato da voi un camper mansardato per due settimane, contratto CL-2026-1187, ritiro e riconsegna presso la vostra sede di Verona. Il mezzo è stato riconsegnato il 28 ottobre pulito, col pieno e senza alcun danno: il vostro addetto (Luca, se ricordo bene) ha fatto il giro con me, ha firmato il verbale di riconsegna e io ho fatto le foto di tutti i lati.

Al ritiro mi era stata bloccata sulla carta di credito una cauzione di 1.500 €. Non solo non è stata sbloccata, ma a inizio novembre è risultata addebitata. Il vostro contratto, all'articolo 9, parla di restituzione entro 14 giorni. Ne sono passati più di 35.

Nel frattempo ho il plafond della carta ridotto e a fine mese devo pagare l'assicurazione dell'auto e la rata della scuola di mia figlia: quei soldi mi servono.

Vi chiedo il riaccredito immediato dei 1.500 € o quantomeno una spiegazione scritta. In mancanza di riscontro entro venerdì mi rivolgerò a un'associazione dei consumatori.

Distinti saluti
Roberto Casagrande"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Valerio Conti <valerio.conti@fastmail-it.example>",
         to="help@remopro.example",
         subject="ma scherziamo?",
         body="""\
Hello,
ho disdetto l'abbonamento Premium di RemoPro il 3 novembre, ho pure la vostra mail di conferma "Ci dispiace vederti andare". Oggi mi arriva l'addebito di 14,99 € per dicembre sulla carta.
Il vogatore l'ho venduto un mese fa, l'app non la apro da settimane. Rivoglio i miei 14,99 € e voglio la certezza che non mi addebitate più niente, altrimenti blocco la carta.
Screenshot della disdetta in allegato.
Valerio Conti"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Paola Guidi <paola.guidi@casella.example>",
         to="clienti@viaveloce.example",
         subject="domanda",
         body="""\
Salve,
nel rendiconto di novembre del mio dispositivo per i pedaggi vedo, oltre ai soliti transiti, una voce "Commissione gestione servizio" da 1,20 €. Nei mesi precedenti non c'era.

Non è per la cifra, eh, volevo solo capire a cosa si riferisce e se d'ora in poi ci sarà tutti i mesi.

Contratto VL-552031.
Grazie e buona giornata,
Paola Guidi"""),

    dict(n=14, signals="account", priority="high", trap="plain", qt=0, reply=0,
         frm="Davide Marchetti <davide.marchetti@officinamarchetti.example>",
         to="assistenza.mutui@bancaverdi.example",
         subject="codice sms non arriva - non riesco ad entrare",
         body="""\
Buongiorno,
non riesco più a entrare nell'area riservata del mutuo, né dal sito né dall'app. Metto utente e password, mi dice "Ti abbiamo inviato un codice via SMS", ma il codice non arriva mai. Ho provato dieci volte in due giorni, ora mi dice anche "troppi tentativi, riprova fra 24 ore".
A settembre ho cambiato numero di cellulare e l'avevo comunicato in filiale a Lucca, forse non è stato aggiornato.
Devo scaricare il piano di ammortamento e il documento per la surroga da mandare all'altra banca, e senza accesso sono fermo. Come faccio?
Pratica mutuo n. 0045-881726
Davide Marchetti"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Federica Lombardi <fede.lombardi90@mymail.example>",
         to="ciao@novelune-app.example",
         subject="cambio email",
         body="""\
Ciao!
Uso Nove Lune dall'inizio della gravidanza (sono alla 30a settimana 🙂) e mi ero registrata con la mail dell'ufficio. Adesso sono in maternità e l'azienda mi ha disattivato la casella, quindi non ricevo più nulla da voi.

Il problema è che se provo a cambiare l'indirizzo dal profilo l'app mi manda un codice di conferma... alla vecchia mail, che non esiste più. Quindi sono bloccata lì.

Nell'app ho il diario, le foto delle ecografie, la lista per la valigia dell'ospedale, e non vorrei perdere niente.

Vecchia mail: f.lombardi@idrotecnica-nord.example
Nuova mail: fede.lombardi90@mymail.example

Mi aiutate a spostare l'account? Grazie mille!
Federica"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Nicoletta Sala <eventi@villaortensia.example>",
         to="supporto@nozzeeco.example",
         subject="R: Ticket #88213 - calendario eventi non disponibile",
         body="""\
Buongiorno,
grazie, confermo che il calendario adesso si vede e gli eventi ci sono tutti.

Già che vi scrivo, c'è un'altra questione che rimandiamo da settimane. L'account principale di Villa Ortensia è ancora intestato a Roberta Galli, la precedente responsabile eventi, che ha lasciato la villa a fine ottobre. Lei è l'unica amministratrice: io ho un utente "collaboratore" e non posso aggiungere il nuovo chef, cambiare i dati di fatturazione né togliere lei dagli utenti. Roberta non risponde più alle nostre mail.

Come si fa a trasferire la titolarità dell'account su di me? Posso mandarvi la visura camerale e una delega firmata dal titolare, il sig. Ortensi.

Nicoletta Sala
Villa Ortensia - Eventi e Ricevimenti

Il giorno mer 2 dic 2026 alle ore 09:14 Supporto Nozze&Co <supporto@nozzeeco.example> ha scritto:
> Gentile cliente,
> ci scusiamo per il disservizio di questa mattina: a causa di un guasto su uno dei nostri server il modulo calendario è rimasto irraggiungibile per alcune ore. Il servizio è stato ripristinato alle 08:50. Ci conferma che ora visualizza correttamente i suoi eventi?
>
> > Il calendario non si carica da ieri sera, pagina bianca. Abbiamo tre matrimoni questo mese e non vediamo più niente!!"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Franco Bellini <franco.bellini@pensionati-mail.example>",
         to="iscritti@fondopensionecomete.example",
         subject="accesso con SPID",
         body="""\
Buongiorno,
sono iscritto al vostro fondo dal 2011 (posizione n. 208734) e fino a oggi sono sempre entrato nell'area riservata con codice iscritto e password.

Ho letto nell'ultimo notiziario che ora si può accedere anche con SPID. Vorrei sapere se devo fare qualcosa io per collegare lo SPID alla mia posizione, oppure se basta cliccare su "Entra con SPID" la prima volta. E poi: la vecchia password continuerà a funzionare o verrà disattivata?

Non c'è nessuna fretta, chiedo solo per essere preparato.

Cordiali saluti
Rag. Franco Bellini"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Luca Ferretti <luca.ferretti@ferretti-casa.example>",
         to="feedback@espressaitalia.example",
         subject="complimenti (e una domanda)",
         body="""\
Ciao a tutti,
volevo solo dirvi che la Espressa Duetto che mi hanno regalato per il compleanno è una bomba. Il primo caffè lo fa in trenta secondi dall'accensione, la crema è da bar e il montalatte è micidiale, il cappuccino del sabato mattina ormai è un rito sacro in casa.

Mio cognato, che è fissato e ha una macchina da 1.500 euro, l'ha provata e ha ammesso a denti stretti che gli avete fatto le scarpe. Soddisfazione enorme.

Una domanda sola: avete in programma le capsule decaffeinate compatibili? Mia moglie la sera non può prendere caffè normale e ci tocca andare al bar.

Grazie e continuate così!
Luca"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Martina De Santis <martina.desantis@casadesantis.example>",
         to="preventivi@tapparellenordest.example",
         subject="preventivo tapparelle motorizzate",
         body="""\
Buongiorno,
stiamo ristrutturando una casa a Treviso e vorrei un preventivo per 6 tapparelle motorizzate.

Per le due camere dei bambini mi interessava il telo oscurante della linea "Blackout Total", per il piano terra invece le tapparelle in alluminio della serie "Sicura" con il blocco antisollevamento che ho visto nel vostro catalogo.

Avrei alcune domande prima di decidere:
- i motori si possono comandare sia dall'app sia con un interruttore a muro?
- in caso di mancanza di corrente le tapparelle restano dove sono o c'è un modo per aprirle a mano?
- fate voi anche lo smontaggio delle vecchie e il montaggio?
- che tempi avete, più o meno, da gennaio?

Grazie in anticipo,
Martina De Santis
cell. su richiesta"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Ornella Pace <ornella.pace@postaveloce.example>",
         to="reclami@autolineevalbrenta.example",
         subject="VERGOGNA linea 23",
         body="""\
VERGOGNA!!!

Stamattina alla fermata di Piazza Garibaldi, linea 23 delle 7:42, l'autista (signore con la barba, mezzo numero 418) mi ha CHIUSO LE PORTE IN FACCIA mentre arrivavo di corsa, lo ha visto benissimo che correvo. Poi si è fermato al semaforo dieci metri più avanti e quando ho bussato sul vetro mi ha fatto un gesto con la mano e si è messo a ridere!!!

Ho dovuto aspettare il bus successivo con il freddo e sono arrivata al lavoro in ritardo, con il capo che mi guardava storto.

Pago l'abbonamento annuale da dodici anni e non ho mai visto una maleducazione del genere. Voglio che questo signore venga richiamato e voglio una risposta scritta, non le solite scuse di circostanza.

Ornella Pace"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Gianni Moretti <gianni.moretti@moretti-famiglia.example>",
         to="assistenza@relaxhome.example",
         subject="poltrona RH-Zen, riparazione ok + garanzia",
         body="""\
Buongiorno,
vi scrivo per chiudere la pratica RH-3391. Come sapete a ottobre la poltrona massaggiante Zen si bloccava a metà programma con l'errore E4 e poi non ripartiva più. Il vostro tecnico è passato giovedì, ha cambiato la scheda e il motorino dello schienale e da allora funziona perfettamente, l'abbiamo usata tutti i giorni senza un problema. Ringrazio anche la signora Paola del call center che è stata gentilissima.

Approfitto per una domanda: la garanzia scade a marzo. Esiste un'estensione a pagamento e, se sì, quanto costa e cosa copre (anche la manodopera)?

Saluti,
Gianni Moretti"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ilaria Costa <ilaria.costa@stilehair.example>",
         to="assistenza@aerostyle.example",
         subject="Re: Pratica 40417 - asciugacapelli AeroPro 2200",
         body="""\
Grazie mille Sara, il phon sostitutivo è arrivato stamattina e va benissimo, anzi è ancora più silenzioso del vecchio. Quello rotto l'ho dato al corriere nella sua scatola come mi avevate detto.
Buone feste a tutto l'ufficio!
Ilaria

Il giorno lun 30 nov 2026 alle ore 11:02 Sara - Assistenza AeroStyle <assistenza@aerostyle.example> ha scritto:
> Gentile signora Costa,
> ci dispiace molto per quanto accaduto. Le spediamo oggi stesso un apparecchio nuovo; il corriere ritirerà quello difettoso al momento della consegna.
>
> > Buongiorno, ieri mentre mi asciugavo i capelli dalla griglia dietro è uscita una fiammata con delle scintille, mi sono scottata due dita e nel bagno c'era puzza di bruciato. Non lo uso più."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Alessio Ferri <direzione@residenzasangiobbe.example>",
         to="noc@campusnet.example",
         subject="Wi-Fi residenza: codice SMS non arriva a nessuno",
         body="""\
Hello,
scrivo dalla Residenza Universitaria San Giobbe (contratto CN-0417).

Da ieri sera verso le 22 nessuno riesce più a collegarsi al Wi-Fi. Il portale di accesso chiede come sempre numero di cellulare e codice via SMS, ma il codice non arriva, a nessuno, con qualsiasi operatore. Chi era già collegato continua a navigare finché la sessione non scade, poi resta fuori anche lui. Stamattina siamo a un centinaio di studenti senza rete e il numero cresce di ora in ora.

Siamo 212 ospiti, è settimana di esami: molti hanno prove online con sorveglianza via webcam, la prima domattina alle 9, e nelle camere dei piani bassi il segnale del cellulare è quasi zero, quindi l'hotspot non è un'alternativa.

Abbiamo riavviato il controller come indicato nel vostro manuale, nessun cambiamento. Le credenziali degli studenti non sembrano il problema: è proprio l'invio del codice.

Potete intervenire con priorità o almeno disattivare temporaneamente la verifica via SMS?

Alessio Ferri
Direzione Residenza San Giobbe"""),

    dict(n=24, signals="payment", priority="high", trap="deadline", qt=0, reply=1,
         frm="Monica Zanetti <amministrazione@carpenteriazanetti.example>",
         to="assistenza@paghepiu.example",
         subject="Re: Flusso stipendi dicembre rifiutato dalla banca",
         body="""\
Buongiorno,
ho fatto come mi avete indicato, ho rigenerato il file dalla sezione Pagamenti > Bonifici stipendi, ma la banca lo rifiuta di nuovo con lo stesso messaggio: "IBAN beneficiario non valido - riga 7". La riga 7 è un nostro dipendente il cui IBAN è corretto, a novembre ha ricevuto lo stipendio senza problemi e non l'abbiamo toccato.

Vi ricordo che le 23 retribuzioni di dicembre devono essere accreditate entro domani 10 dicembre, come da contratto integrativo, e la banca accetta flussi fino alle 16 di oggi. Se non si sblocca dovrò inserire 23 bonifici a mano uno per uno.

Potete chiamarmi in mattinata? Sono in ufficio fino alle 18.

Monica Zanetti
Amministrazione - Carpenteria Zanetti Srl

-----Messaggio originale-----
Da: Assistenza PaghePiù <assistenza@paghepiu.example>
Inviato: martedì 8 dicembre 2026 17:40
Oggetto: Flusso stipendi dicembre rifiutato dalla banca

> Gentile cliente,
> il rifiuto dipende probabilmente da una versione non aggiornata del tracciato. La invitiamo a rigenerare il flusso dalla sezione Pagamenti e a ricaricarlo sul portale della banca.
>
> > Il file SEPA degli stipendi di dicembre è stato rifiutato dalla banca, cosa devo fare?"""),
]
