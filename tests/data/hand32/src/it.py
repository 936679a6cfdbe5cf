# blind33 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesca Loiacono <francesca.loiacono@postaweb.example>",
         to="assistenza@casasmart-italia.example",
         subject="Domanda sulla presa smart Wi-Fi (ordine CS-77120)",
         body="""\
Buongiorno,

scusate il disturbo, avrei una domanda sulla presa intelligente che ho comprato da voi a ottobre (ordine CS-77120, modello "Spina Smart Plus 16A").

Ci avevo collegato la stufetta elettrica nella cameretta dei bambini, programmata per accendersi alle 6:30. Stamattina mi ha svegliata un odore strano di plastica e quando sono entrata c'era del fumo grigio vicino al pavimento. La presa era nera da un lato e in parte sciolta, e il muro sopra è annerito. I bambini dormivano lì: ho aperto la finestra e li ho portati subito in salotto. Il più piccolo ha tossito un po', adesso sembra stare bene.

È normale che si scaldi così? Sulla confezione c'è scritto che regge fino a 3680 W e la stufetta ne fa 2000. Ne ho un'altra uguale in cucina con il bollitore e per ora l'ho staccata.

Vi allego le foto. Grazie per l'attenzione.

Francesca Loiacono"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Ferraresi <giulia.ferraresi@libmail.example>",
         to="servizioclienti@farmaciaonline-salus.example",
         subject="Ordine 55-209381 – confezione sbagliata, mio padre sta male",
         body="""\
Buonasera,

scrivo per conto di mio padre, Renato Ferraresi, 81 anni, che la settimana scorsa ha fatto l'ordine 55-209381 dal mio computer.

Aveva ordinato il suo solito bisoprololo da 1,25 mg, ma nella scatola che gli è arrivata ci sono compresse da 10 mg. L'etichetta della farmacia sul pacco dice 1,25 mg, la scatola dentro dice 10 mg, e lui non se n'è accorto. Le prende da tre giorni, una al mattino come sempre.

Ieri sera si è sentito debolissimo, aveva il battito a 38 e per poco non è svenuto in bagno. L'abbiamo portato al pronto soccorso e lo stanno tenendo in osservazione. È stato il medico a notare la scatola.

Vi chiedo di controllare subito gli altri ordini preparati con lo stesso lotto e di richiamarmi al 347 118 2093. Conservo la scatola e il foglio di spedizione.

Giulia Ferraresi"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Davide Sartori <davide@sartoriceramiche.example>",
         to="supporto-venditori@mercatopiu.example",
         subject="URGENTE account venditore rubato - cambiato IBAN",
         body="""\
Salve,

stanotte mi hanno hackerato l'account venditore (negozio "Sartori Ceramiche", ID venditore IT-40918). Stamattina ho trovato tre email vostre:
- 02:11 "La tua password è stata modificata"
- 02:14 "Il tuo indirizzo email è stato aggiornato"
- 02:20 "Le coordinate bancarie per i pagamenti sono state modificate"

Io non ho fatto niente di tutto questo. Adesso con la mia password non entro più e il recupero manda il codice alla nuova email, che non è mia. Giovedì è previsto il bonifico delle vendite di novembre, circa 6.800 euro, e ho paura che finisca sul conto di questi.

Bloccate subito i pagamenti e ridatemi l'accesso, per favore. Sono raggiungibile allo 0571 662 084 o al cellulare 339 720 1156.

Davide Sartori
Sartori Ceramiche – Montelupo Fiorentino"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Benedetti <marta.benedetti@cittamail.example>",
         to="clienti@stampafoto-rapida.example",
         subject="Nella mia area personale vedo foto e indirizzi di altre persone",
         body="""\
Ciao,

stasera sono entrata nel mio profilo per riordinare le foto della comunione di mia figlia e nella sezione "I miei ordini" ci sono una ventina di ordini che non sono miei. Se li apro vedo le foto (bambini, matrimoni, perfino una carta d'identità scannerizzata), nome e cognome, indirizzo di consegna e numero di telefono di queste persone, e in due casi anche le ultime cifre della carta di credito.

Ho provato a uscire e rientrare, e anche da un altro telefono: stessa cosa. Immagino che nello stesso modo qualcun altro stia vedendo le foto di mia figlia e il mio indirizzo.

Non ho scaricato niente, ma vi prego di controllare subito. Il mio account è registrato con questa email.

Marta Benedetti"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Studio Dentistico Dott. Pellegrini <segreteria@studiopellegrini-odontoiatria.example>",
         to="assistenza@dentalgest.example",
         subject="Non si aprono le cartelle pazienti da stamattina",
         body="""\
Buongiorno,

da stamattina alle 8 il gestionale si apre, ma appena clicchiamo su un paziente resta la rotellina che gira e dopo un minuto compare "Timeout della richiesta". Non riusciamo ad aprire né le cartelle cliniche né le radiografie, e l'agenda risulta vuota anche se sappiamo di avere 18 appuntamenti.

Succede su tutti e quattro i computer dello studio (due poltrone, reception, ufficio del dottore). Abbiamo già riavviato tutto, anche il router.

In sala d'attesa ci sono già quattro pazienti e il dottore non può lavorare senza vedere lastre e anamnesi. Stiamo rimandando a casa le persone.

Vi prego di richiamarci subito allo 051 334 7821.

Cordiali saluti
Elisa Monti
Segreteria – Studio Dentistico Dott. Pellegrini
Via Saragozza 140, 40135 Bologna"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Roberto Galli <r.galli@vinerialagalli.example>",
         to="supporto@hostitalia-web.example",
         subject="Sito e posta fermi da stamattina - cliente 88231",
         body="""\
Buongiorno,

sono il titolare di vinerialagalli.example, cliente n. 88231 (piano Business Plus).

Da stamattina verso le 9:
- nessuno in ufficio riceve più email, né su ordini@ né su info@. Chi ci scrive non riceve nessun errore, le mail semplicemente spariscono
- il sito mostra una pagina bianca con scritto solo "Error establishing a database connection"
- il pannello di controllo mi fa entrare, ma la sezione database non carica

Con il sito facciamo circa il 70% delle vendite, e questa è la settimana più importante dell'anno per i cesti di Natale. Ogni ora così sono ordini persi, e i clienti aziendali ci scrivono per le consegne e noi non vediamo niente.

Aspetto una risposta urgente, meglio una telefonata: 0437 219 556.

Roberto Galli
Vineria La Galli s.n.c. – Belluno

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisare il mittente e di cancellarlo. Ogni utilizzo non autorizzato è vietato ai sensi del Regolamento UE 2016/679."""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Luca Bassi <lucabassi.90@mailbox.example>",
         to="help@zipp-monopattini.example",
         subject="app schermata bianca",
         body="""\
ciao, da ieri sera l'app appena la apro resta bianca, non compare la mappa e non posso sbloccare nessun monopattino. l'ho gia disinstallata e reinstallata due volte. è normale?? lo uso tutti i giorni per andare in stazione, stamattina ho dovuto prendere un taxi

Luca

Inviato da smartphone"""),

    dict(n=8, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Chiara Esposito <chiaraesposito@webmail-it.example>",
         to="assistenza@movi-trasporti.example",
         subject="App abbonamento: QR lento e orari non disponibili",
         body="""\
Gentile assistenza,

vi segnalo che da qualche giorno l'app MoviPass funziona solo a metà. L'abbonamento mensile si vede ancora, ma il QR code ci mette anche due o tre minuti a caricarsi, e stamattina al tornello della metro si è formata la fila dietro di me. La sezione "Orari in tempo reale" invece dà sempre "Servizio momentaneamente non disponibile".

Ho un iPhone 13 con iOS aggiornato e l'app è alla versione 4.12. La rete funziona, con le altre app nessun problema.

Potete verificare? Grazie.

Chiara Esposito
Tessera n. 0093 4471 2280"""),

    # ------------------------------------------------------------------ payment
    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Alessandra Pironi <ale.pironi@inboxmail.example>",
         to="ciao@cucinaincasa-box.example",
         subject="Box della settimana scorsa",
         body="""\
Ciao a tutti,

vi scrivo un po' di cose insieme, perdonatemi. Intanto complimenti per il risotto zucca e salvia della box di ottobre: l'ha cucinato mio marito, che di solito non sa fare neanche un uovo al tegamino, ed è venuto benissimo. L'abbiamo rifatto due volte.

Poi volevo chiedervi se avete intenzione di fare anche box vegetariane per quattro persone, perché adesso vedo solo quella da due, e noi con i ragazzi siamo in quattro e mezzo (il mezzo è il cane, che per fortuna le vostre ricette non le mangia).

La cosa vera per cui scrivo però è questa: a metà novembre ho messo in pausa l'abbonamento per tre settimane perché eravamo fuori, e ho anche ricevuto la mail di conferma "Abbonamento in pausa fino al 7 dicembre". Però il 28 novembre mi avete addebitato lo stesso 64,90 € sulla carta, e la box non è mai arrivata (giustamente, visto che non eravamo a casa, ma non l'avevo chiesta).

Potete rimborsarmi quell'addebito? Il numero cliente dovrebbe essere CIB-30418.

Grazie e a presto,
Alessandra"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Ionela Popescu <ionela.popescu85@postino.example>",
         to="amministrazione@casamia-affitti.example",
         subject="restituzione deposito cauzionale appartamento via Nizza 58",
         body="""\
Buongiorno,

sono Ionela Popescu, ho abitato in appartamento di via Nizza 58, interno 7, fino al 30 settembre. Ho riconsegnato le chiavi al signor Ferri e lui ha detto che appartamento era tutto a posto, abbiamo anche fatto le foto insieme.

Il contratto dice che il deposito di 1.500 euro viene restituito entro 60 giorni, ma ormai sono passati più di due mesi e non ho ricevuto niente. Ho telefonato tre volte e mi dicono sempre che "è in lavorazione".

Io ho bisogno di questi soldi adesso, perché devo pagare la caparra del nuovo appartamento entro il 15 dicembre, altrimenti il proprietario lo dà a un altro. Sono da sola con mio figlio e non ho altro modo.

Per favore fate il bonifico più presto possibile. IBAN è quello che avete già nel contratto.

Grazie mille
Ionela Popescu
cell. 328 449 1072"""),

    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Paolo Cattaneo <pcattaneo@postaveloce.example>",
         to="info@bigliettivivi.example",
         subject="Commissione sull'ordine BV-2026-551908",
         body="""\
Salve,

prima una curiosità che non c'entra niente: sapete se allo stadio per la partita del 21 c'è un parcheggio per le moto? Sul sito dello stadio non trovo nulla.

Venendo alla domanda vera: ho comprato due biglietti e nel riepilogo, oltre ai biglietti, c'è una voce "Commissione di servizio" da 2,50 €. Non è un problema, volevo solo capire a cosa si riferisce e se si paga per ogni ordine o per ogni biglietto.

--- Riepilogo ordine BV-2026-551908 ---
Atletico Brianza – Sporting Lario, dom 21/12 ore 15:00
Tribuna Est, settore C, fila 12, posti 7-8
2 x Intero 35,00 €
Commissione di servizio 2,50 €
Totale addebitato: 72,50 € (Visa ****4417)

Grazie, buona giornata
Paolo Cattaneo"""),

    # ------------------------------------------------------------------ account
    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Stefano Marchetti <stefano.marchetti@unimail-studenti.example>",
         to="supporto@imparaora.example",
         subject="Codice di verifica non arriva",
         body="""\
Buongiorno,

da quando ho cambiato gestore telefonico (ho tenuto lo stesso numero) il codice di verifica via SMS per entrare su ImparaOra non mi arriva più. Inserisco email e password, mi chiede il codice, premo "Invia di nuovo" ma non arriva niente, né subito né dopo mezz'ora. Gli altri SMS (banca, corriere) li ricevo normalmente.

Sono iscritto al corso "Excel avanzato per l'ufficio" e mi mancano due lezioni e il test finale. Non c'è una scadenza urgente, ma vorrei finirlo entro l'anno.

Si può passare ai codici via email o disattivare per un po' la verifica?

Grazie,
Stefano Marchetti
ID studente 2026-ST-88104"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Valentina Rinaldi <vale.rinaldi@posta-casa.example>",
         to="helpdesk@paghefacili.example",
         subject="Utente bloccato sul portale dipendenti – mi servono i cedolini entro domani",
         body="""\
Gentili signori,

sono dipendente della Ferroni Impianti S.r.l., che utilizza il vostro portale per cedolini e CU. Da ieri, dopo il cambio password obbligatorio, il sistema mi dice "Utente bloccato, contattare l'amministratore". L'ufficio personale mi ha risposto che loro non possono sbloccarmi e di scrivere a voi.

Domani mattina alle 10 ho l'appuntamento in banca per la delibera del mutuo e devo portare le ultime tre buste paga e la CU 2026. Se non le ho, l'appuntamento slitta a gennaio e rischiamo di perdere la casa che abbiamo prenotato.

Vi chiedo quindi di sbloccare il mio utente (matricola 00417, codice azienda FERR01) oggi stesso, se possibile.

Cordiali saluti
Valentina Rinaldi
tel. 335 802 6617"""),

    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Gianni Moretti <gianni.moretti@correo-nord.example>",
         to="clienti@zampefelici.example",
         subject="come cambio email",
         body="""\
Buongiorno, volevo sapere come si fa a cambiare l'indirizzo email del mio account. Questo lo chiudo a fine mese e vorrei usarne uno nuovo, però nelle impostazioni non vedo dove si modifica. Devo rifare un account da zero? Mi dispiacerebbe perdere i punti fedeltà (ne ho 1.240) e lo storico degli ordini delle crocchette per la mia Briciola.

Grazie
Gianni Moretti"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=15, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Serena Colombo <serena.colombo@tuttomail.example>",
         to="servizioclienti@bellanatura-cosmetici.example",
         subject="Il vostro siero è una bomba!",
         body="""\
Ciao ragazze (e ragazzi, se ci siete)!

Vi scrivo solo per dirvi che il siero alla vitamina C è una bomba. Lo uso da un mese e le colleghe mi chiedono cosa ho fatto, sembro appena tornata dalle vacanze. Mi ha letteralmente salvato la vita in questo inverno da incubo, tra riscaldamento a palla e vento gelido.

Ne approfitto per una domanda: la crema "Notte di Fuoco" del calendario dell'Avvento esiste anche in formato grande? Quella da 15 ml l'ho già finita, è buona da morire.

Baci e buon Natale!
Serena"""),

    dict(n=16, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Elena Bertolini <elena.bertolini@webpost-it.example>",
         to="assistenza@cicogna-baby.example",
         subject="R: Non riesco più ad accedere al mio account",
         body="""\
Buongiorno Sara,

grazie mille, con il link che mi avete mandato sono riuscita a reimpostare la password ed è tutto a posto, vedo anche la lista nascita.

Approfitto: il trio "Luna" che c'è nella lista tornerà disponibile nel colore salvia prima di febbraio? Una mia amica vorrebbe regalarcelo.

Grazie ancora,
Elena

Il giorno mar 1 dic 2026 alle ore 09:10 Cicogna Baby Assistenza <assistenza@cicogna-baby.example> ha scritto:
> Gentile Elena,
> ci dispiace per il disagio. Le abbiamo inviato un nuovo link per
> reimpostare la password, valido 24 ore.
> Un caro saluto, Sara – Assistenza Cicogna Baby
> Ricorda: non ti chiederemo mai la password via email o telefono.
> > Il giorno lun 30 nov 2026 alle ore 18:22 Elena Bertolini ha scritto:
> > da due giorni non riesco più ad accedere al mio account. Inserisco la
> > password di sempre e mi dice "credenziali non valide", e la mail per il
> > reset non arriva. Dentro c'è la mia lista nascita e tra una settimana
> > faccio il baby shower, per favore aiutatemi!"""),

    dict(n=17, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Antonio Greco <a.greco@mailpuglia.example>",
         to="soci@palestra-olimpo.example",
         subject="Re: Accesso sospetto all'app soci",
         body="""\
Buongiorno,

falso allarme, scusate il disturbo: l'accesso da Bari era mio figlio, che studia lì all'università e usa le mie credenziali per prenotare i corsi quando torna a casa. Abbiamo chiarito, non serve fare altro.

Già che ci sono: la lezione di spinning del giovedì alle 19 riprende dopo le feste?

Saluti
Antonio Greco

Il giorno 2 dic 2026, alle ore 21:47, Antonio Greco <a.greco@mailpuglia.example> ha scritto:
> Buonasera,
> ho ricevuto una notifica "Nuovo accesso al tuo account da Bari, Android"
> ma io sono a Lecce e non ho un telefono Android. Nel mio profilo risultano
> anche due prenotazioni che non ho fatto io. Temo che qualcuno sia entrato
> nel mio account, potete bloccarlo?
> Antonio Greco"""),

    dict(n=18, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Martina Ruggiero <mruggiero@lamiaposta.example>",
         to="lavoraconnoi@paesedeibalocchi-giocattoli.example",
         subject="Candidatura spontanea – commessa periodo natalizio",
         body="""\
Gentile responsabile,

mi chiamo Martina Ruggiero, ho 26 anni e vorrei propormi come commessa per il vostro negozio di corso Vercelli, anche solo per il periodo natalizio.

Ho lavorato due anni in un negozio di giocattoli a Novara, dove mi occupavo della cassa, dei pacchetti regalo e delle dimostrazioni dei giochi in scatola (il sabato pomeriggio con i bambini era il delirio, ma io ci andavo a nozze). Ho l'attestato del corso di primo soccorso pediatrico e quello antincendio rischio basso, fatti entrambi per il lavoro precedente.

Sono disponibile da subito, anche nei weekend e il 24 dicembre. Allego il curriculum.

Cordiali saluti
Martina Ruggiero
tel. 349 552 1183"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Newsletter RistoDigitale <newsletter@ristodigitale-academy.example>",
         to="supporto@prenotatavolo.example",
         subject="Webinar gratuito: il tuo ristorante è stato hackerato? Ecco cosa fare",
         body="""\
Buongiorno,

lo sapevi che quest'anno un ristorante su cinque ha ricevuto un tentativo di phishing? Bastano una falsa email di "rimborso" da una piattaforma di prenotazione o una password debole sul Wi-Fi della sala per ritrovarsi con l'account bloccato, la carta di credito clonata e le recensioni in mano a sconosciuti.

Giovedì 21 gennaio alle 15:30 (l'ora morta tra pranzo e cena, promesso!) ti aspettiamo al webinar gratuito "Cybersicurezza in sala e in cucina":
– come riconoscere le truffe via email e SMS
– come gestire le password del personale senza impazzire
– cosa fare nelle prime ore se ti rubano i dati dei clienti

Relatrice: Ing. Laura Fontana, consulente privacy e sicurezza per il settore Ho.Re.Ca.

Iscriviti qui: www.ristodigitale-academy.example/webinar

Il team di RistoDigitale Academy

Ricevi questa email perché sei iscritto alla newsletter di RistoDigitale Academy. Per non ricevere più comunicazioni: www.ristodigitale-academy.example/disiscriviti"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Federica Pace <fede.pace@ilmiomail.example>",
         to="info@dottoreonline-telemedicina.example",
         subject="Informazioni prima di prenotare un teleconsulto",
         body="""\
Buongiorno,

sto pensando di prenotare con voi un teleconsulto dermatologico (quello da 49 €), ma prima di pagare vorrei capire un paio di cose:

- se il giorno della visita ho un imprevisto, entro quando posso disdire e ottenere il rimborso?
- se invece è il medico a saltare l'appuntamento o la videochiamata non funziona, mi ridate i soldi o mi spostate la visita?
- la ricevuta va bene per detrarre la spesa nel 730?

Chiedo perché con un altro servizio mi è capitato di restare un'ora davanti allo schermo ad aspettare, e poi è sparito tutto, soldi compresi.

Grazie, cordiali saluti
Federica Pace"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Patrizia Lombardi <amministrazione@studiolombardi-commercialisti.example>",
         to="assistenza@cartoleriaufficio-pro.example",
         subject="Password Wi-Fi stampante appena acquistata",
         body="""\
Buongiorno,

la settimana scorsa abbiamo comprato da voi una multifunzione Stampix MX-40 (ordine UF-118204) per sostituire la vecchia, che dopo nove anni è definitivamente morta.

La stampante va benissimo con il cavo, ma vorremmo collegarla al Wi-Fi dell'ufficio. Quando dal display scelgo la rete mi chiede una password, e con quella del nostro Wi-Fi va in tilt: scrive "Errore di connessione" e torna al menu. Probabilmente sbaglio io qualcosa: devo inserire la password del router o ce n'è una della stampante stessa? Sul manuale non ho trovato niente di chiaro.

Non è urgente, intanto stampiamo con il cavo.

Grazie e buona giornata,
Patrizia Lombardi
Studio Lombardi – Commercialisti Associati
Via Garibaldi 21, 25121 Brescia

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per errore, siete cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua distruzione."""),

    # ------------------------------------------------------------------ context rows
    dict(n=22, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ing. Carlo Ventura <c.ventura@gruppo-capellistyle.example>",
         to="enterprise@agendasalone.example",
         subject="[Contratto Enterprise ENT-2024-017] Promemoria SMS non inviati su tutta la rete",
         body="""\
Buongiorno,

vi scrivo in qualità di responsabile IT del Gruppo CapelliStyle (42 saloni in Lombardia e Piemonte), cliente con contratto Enterprise ENT-2024-017.

Da ieri alle 14 circa nessun salone invia più i promemoria SMS automatici ai clienti: nel registro invii tutti i messaggi risultano "in coda" e non partono. Prenotazioni, cassa e calendario funzionano regolarmente.

Già oggi abbiamo registrato molte più mancate presentazioni del solito, e sabato è il giorno di maggiore affluenza prima delle feste.

Vi ricordo che il contratto prevede, per i disservizi di priorità alta, la presa in carico entro 2 ore e la risoluzione entro 8 ore lavorative. Vi chiedo un aggiornamento scritto sullo stato della segnalazione entro oggi.

Cordiali saluti

Ing. Carlo Ventura
Responsabile Sistemi Informativi
Gruppo CapelliStyle S.p.A. – Via Monte Rosa 55, 20149 Milano"""),

    dict(n=23, signals="outage", priority="low", trap="deadline", qt=0, reply=0,
         frm="Irene Fabbri <irene.fabbri@studiofabbri-design.example>",
         to="community@spazio-cowork-navigli.example",
         subject="Prenotazione sala eventi per gennaio non va",
         body="""\
Ciao,

volevo prenotare la sala grande per la presentazione del nostro nuovo catalogo, il 22 gennaio pomeriggio, ma dal portale membri il calendario della sala si blocca: clicco sulla data, compare la rotellina e non succede più nulla. Le postazioni e le salette piccole invece si prenotano senza problemi.

Nessuna fretta, mancano quasi due mesi: se riuscite a sistemarlo nelle prossime settimane per me va benissimo, oppure tenetemi voi la sala da parte e la confermo quando il portale funziona.

Grazie e buon lavoro!
Irene Fabbri
Studio Fabbri Design – membro dal 2024"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Simone Ricci <simone.ricci@mailfacile.example>",
         to="support@fitpulse-app.example",
         subject="R: R: Addebito dopo la disdetta – TERZO sollecito",
         body="""\
Terza mail e ancora nessuna risposta. Non è accettabile.

Ho disdetto l'abbonamento Premium il 28 settembre, ho lo screenshot della conferma. Mi avete addebitato 14,99 € il 1° ottobre, il 1° novembre e adesso anche il 1° dicembre. Sono 44,97 € presi senza alcun diritto, e ogni mese la cifra cresce.

Se entro venerdì non vedo il rimborso completo sulla carta, contesto tutti gli addebiti con la banca e faccio una segnalazione all'Antitrust. La recensione sullo store ve la scrivo comunque.

Simone Ricci

Il giorno 20 nov 2026, alle ore 08:31, Simone Ricci <simone.ricci@mailfacile.example> ha scritto:
> Buongiorno, vi ho scritto il 6 novembre e nessuno mi ha risposto.
> Anche questo mese è arrivato l'addebito nonostante la disdetta.
> Aspetto un riscontro.
> > Il giorno 6 nov 2026, alle ore 19:02, Simone Ricci ha scritto:
> > Salve, ho disdetto l'abbonamento Premium il 28 settembre, ma il 1° ottobre
> > e il 1° novembre mi sono stati addebitati 14,99 €. Vi chiedo il rimborso."""),
]
