# blind36 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dott.ssa Elena Marchetti <direzione.sanitaria@rsa-villaserena.example>",
         to="assistenza@medinfusion.example",
         subject="Pompa infusionale VP-300, nucleo Glicine: richiesta di verifica",
         body="""\
Gentili signori,

mi scuso per il disturbo, vi scrivo per una questione che vorremmo chiarire con voi al più presto.

Ieri sera, nel nucleo Glicine, una delle vostre pompe VP-300 (matricola VP3-0088214), aggiornata martedì al firmware 4.2, ha infuso a un'ospite di 87 anni 50 ml di soluzione con insulina in circa venti minuti, invece che nelle 10 ore impostate. L'infermiera se n'è accorta al giro delle 22 perché la sacca era già vuota. La signora ha avuto una grave crisi ipoglicemica ed è stata trasferita al pronto soccorso; ora è stabile.

Abbiamo tolto dal reparto le altre quattro pompe con lo stesso aggiornamento. Potreste dirci se il comportamento vi è noto e se dobbiamo fare qualcosa anche sulle pompe degli altri nuclei?

Resto a disposizione allo 0541 778 230, interno 4.

Cordiali saluti
Dott.ssa Elena Marchetti
Direttrice sanitaria, RSA Villa Serena"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Roberta Galli <roberta.galli@libero-posta.example>",
         to="servizioclienti@energiapiu.example",
         subject="Caldaia installata venerdì dal vostro tecnico",
         body="""\
Buongiorno,

venerdì il vostro tecnico ha sostituito la caldaia a casa di mia madre, in via dei Gelsi 14 (contratto 5500-21874). Stanotte alle 3 è suonato il rilevatore di monossido in corridoio. Mia madre (79 anni) aveva un forte mal di testa e nausea, l'abbiamo portata al pronto soccorso, le hanno trovato la carbossiemoglobina alta e l'hanno tenuta in osservazione.

I vigili del fuoco hanno detto che il tubo di scarico dei fumi non era fissato bene e i fumi uscivano in casa. Hanno chiuso il gas e sigillato la caldaia.

Vorrei sapere chi viene a rifare il lavoro e quando, e chi risponde di quello che è successo. Aspetto una chiamata al 347 118 2290.

Roberta Galli"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Davide Russo <davide.russo88@mailbox-it.example>",
         to="aiuto@usatofacile.example",
         subject="ACCOUNT RUBATO - qualcuno vende a nome mio!!!",
         body="""\
Salve,

qualcuno è entrato nel mio account UsatoFacile (utente davide_r88) e ha cambiato email e password, io non riesco più ad accedere. Me ne sono accorto perché stamattina mi hanno scritto tre persone su WhatsApp per l'iPhone 15 che "io" starei vendendo a 350 euro. Io non vendo nessun iPhone!! Usano il mio nome, la mia foto e le mie recensioni per fare truffe e chiedono di pagare con ricarica prepagata.

Alle 2:14 di notte mi è arrivata una mail "il tuo indirizzo email è stato modificato" ma dormivo. Il recupero password adesso va alla loro email, non alla mia.

Bloccate subito l'account e gli annunci per favore, prima che qualcuno paghi. Vi mando il documento se serve.

Davide Russo

Inviato da iPhone"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dott. Federico Villa <farmacia.villa@farmaciavilla.example>",
         to="assistenza@farmanet-gestionale.example",
         subject="Nel portale prenotazioni vediamo ordini di un'altra farmacia",
         body="""\
Buongiorno,

oggi siamo di turno e stamattina, aprendo il portale delle prenotazioni online (ritiro in farmacia), nella lista "Da preparare" abbiamo trovato 17 ordini che non sono nostri. Sono clienti della Farmacia San Rocco di Castelnuovo, con nome, codice fiscale, telefono e la foto della ricetta elettronica, quindi con i farmaci (anche psicofarmaci e terapie oncologiche).

È normale che succeda dopo l'aggiornamento di ieri? Immagino che a questo punto anche i dati dei nostri clienti siano visibili a loro.

Non abbiamo toccato niente e non abbiamo contattato nessuno di questi clienti. Aspetto vostre istruzioni, siamo aperti fino alle 19:30.

Dott. Federico Villa
Farmacia Villa"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Pellegrini <booking@hotelbelvedere-lago.example>",
         to="support@channelsync.example",
         subject="Nessuna prenotazione da ieri sera + camere vendute due volte",
         body="""\
Buongiorno,

Hotel Belvedere, property ID 40917.

Da ieri sera verso le 21 non ci arriva più nessuna prenotazione dai portali: l'ultima nel vostro extranet è delle 20:52. Stamattina invece si sono presentati alla reception due ospiti con conferma Booking per camere che avevamo già venduto su Expedia, e un terzo ci ha chiamato dall'autostrada. Le disponibilità sui portali sono ferme a ieri: risultano ancora libere camere occupate da settimane.

Nella pagina "Stato connessioni" i canali sono tutti verdi, ma "Ultima sincronizzazione" dice 02/12 20:58.

Per il ponte dell'Immacolata siamo al completo, 42 camere, e ogni ora che passa rischiamo altre doppie prenotazioni. Vi prego di chiamarmi subito: 045 620 1187.

Marco Pellegrini
Revenue & Reservations Manager"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Stefano Colombo <s.colombo@logisticapadana.example>",
         to="helpdesk@wmsolution.example",
         subject="I: palmari fermi magazzino Piacenza",
         body="""\
Buongiorno,

vi inoltro la segnalazione del capoturno. Apriamo ticket con priorità massima: abbiamo 9 bilici in attesa alle baie e le consegne per la GDO partono alle 14. Richiamatemi al 335 604 1172.

Stefano Colombo
Responsabile IT – Logistica Padana S.p.A.

---------- Messaggio inoltrato ---------
Da: Gianni Marras <g.marras@logisticapadana.example>
Data: gio 10 dic 2026 alle ore 06:18
Oggetto: palmari fermi magazzino Piacenza
A: IT Logistica Padana <it@logisticapadana.example>

Ciao,
dalle 5:40 nessun palmare si collega più al WMS. Sullo schermo esce "ERR-CONN 0x2F – server non raggiungibile", su tutti i 35 terminali e anche sui PC dei carrellisti. Abbiamo riavviato gli access point, niente da fare. Il turno del mattino (28 persone) è fermo, non possiamo né prelevare né caricare.

Gianni"""),

    dict(n=7, signals="outage", priority="high", trap="followup", qt=0, reply=0,
         frm="Giuseppina Lombardo <pina.lombardo@posta-sud.example>",
         to="assistenza@telemobile.example",
         subject="Ci sono novità? SIM senza servizio da martedì",
         body="""\
Buonasera,

vi riscrivo perché non ho più avuto notizie. Il mio numero 338 4471902 da martedì non funziona: il telefono dice "Nessun servizio", non posso chiamare né ricevere e non ho internet. Ho già provato la mia SIM in un altro telefono e la SIM di mio marito nel mio, che funziona, quindi il problema è la mia linea.

Mercoledì al servizio clienti mi hanno detto che aprivano una segnalazione (n. 7781-AZ) e che in 48 ore era risolto. Sono passati quattro giorni. Mia madre, che è anziana, mi chiama solo su quel numero.

Ci sono novità?

Giuseppina Lombardo

Inviato dal mio smartphone"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=1,
         frm="Chiara Bellini <segreteria@studiodentisticobellini.example>",
         to="support@agendasmile.example",
         subject="R: [Ticket #20931] Promemoria SMS non inviati",
         body="""\
Buongiorno,

purtroppo no, il problema c'è ancora. L'agenda funziona e le prenotazioni online arrivano, ma gli SMS di promemoria non partono da lunedì: nel registro invii sono tutti "in coda". Questa settimana 6 pazienti non si sono presentati, e lunedì abbiamo 31 appuntamenti.

Nel frattempo li stiamo chiamando uno per uno, ma vi chiedo di sistemarlo entro lunedì.

Chiara Bellini
Studio Dentistico Bellini

Il 09/12/2026 15:47, AgendaSmile Supporto ha scritto:
> [Ticket #20931] – Stato: in lavorazione
>
> Gentile cliente,
> abbiamo ricevuto la sua segnalazione. Il nostro team tecnico sta verificando
> l'invio dei promemoria. La invitiamo a controllare che il modello di messaggio
> sia attivo nelle impostazioni e a risponderci se il problema persiste.
>
> Cordiali saluti,
> Team AgendaSmile"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Alessio Marino <alessio.marino@posta-veloce.example>",
         to="help@streamora.example",
         subject="App non parte su nessun dispositivo - errore E-402",
         body="""\
Ciao,

da venerdì sera Streamora a casa nostra non va più: su smart TV, tablet e telefono, appena apro l'app esce "Errore E-402: impossibile caricare il catalogo" e torna alla schermata iniziale. Ho già disinstallato e reinstallato, cambiato rete (anche in 4G), niente.

L'abbonamento Premium è regolarmente pagato. Ho provato anche dal sito sul PC: il login va, ma poi la pagina resta bianca.

È un problema vostro? Sono tre giorni che non riusciamo a vedere niente.

Alessio"""),

    dict(n=10, signals="payment", priority="medium", trap="signature", qt=0, reply=0,
         frm="Francesca De Luca <amministrazione@osteriadelporto.example>",
         to="fatturazione@cassaweb.example",
         subject="Commissioni POS novembre superiori al contratto",
         body="""\
Gentili signori,

controllando l'estratto conto di novembre del terminale POS (ID esercente 0045127789), le commissioni sulle carte di debito risultano applicate all'1,95% invece dello 0,90% previsto dal nostro contratto del 12/03/2025 (art. 4, in allegato). Su un transato di 38.420 € la differenza è di circa 403 €.

Vi chiedo di verificare, di stornarci la differenza e di confermarmi che da dicembre viene applicata la tariffa corretta.

Cordiali saluti

Francesca De Luca
Ufficio amministrazione

Osteria del Porto S.r.l.
Via della Darsena 7 – 47999 Marina di Castelvecchio
P. IVA 09876543210 – Tel. 0541 90 22 31

Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di cancellarlo e di darcene comunicazione. Ai sensi del Regolamento UE 2016/679 (GDPR) vi informiamo che i vostri dati sono trattati nel rispetto della normativa vigente."""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=1,
         frm="Andrea Fontana <andrea@ceramichefontana.example>",
         to="merchant-support@pagalesto.example",
         subject="R: Accrediti sospesi – conto esercente 771-0932",
         body="""\
Buongiorno sig.ra Ricci,

venerdì vi ho mandato tutti i documenti che avete chiesto (visura, documento d'identità, fatture dei fornitori), ma gli accrediti sono ancora bloccati. Sono fermi 11.870 € di incassi dal 25 novembre. Domani devo pagare gli stipendi ai miei tre dipendenti e il 15 il fornitore dell'argilla, e senza quei soldi non ce la faccio.

Potete dirmi oggi stesso quando vengono sbloccati?

Andrea Fontana
Ceramiche Fontana – Montecolle

Il giorno ven 4 dic 2026 alle ore 12:30 Valentina Ricci <merchant-support@pagalesto.example> ha scritto:
> Gentile sig. Fontana,
> per una verifica di routine sul suo conto esercente abbiamo temporaneamente
> sospeso gli accrediti. Per completare la verifica ci invii visura camerale,
> documento d'identità del legale rappresentante e alcune fatture di acquisto.
>
> Il giorno gio 3 dic 2026 alle ore 18:02 Andrea Fontana <andrea@ceramichefontana.example> ha scritto:
> > Buonasera, da una settimana non mi arrivano gli accrediti delle vendite online
> > sul conto. Cosa succede?"""),

    dict(n=12, signals="payment", priority="medium", trap="non-native", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu@posta-facile.example>",
         to="rimborsi@elettroshop.example",
         subject="rimborso ordine annullato 88213409",
         body="""\
Buongiorno,

io ho ordinato da voi una lavatrice il 10 novembre, ordine 88213409, e ho pagato con carta 429 euro. Poi il 13 novembre voi mi avete scritto che la lavatrice non è più disponibile e l'ordine è annullato. Va bene, però il soldi non è tornato ancora sulla mia carta, sono passati tre settimane.

La banca dice che loro non hanno ricevuto niente da voi. Per favore potete controllare e dire a me quando arriva il rimborso? Se serve io mando estratto conto.

Grazie mille
Ioana Popescu
tel. 329 554 0187"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Paolo Conti <paolo.conti@fastmail-it.example>",
         to="clienti@treniveloci.example",
         subject="Domanda su 2 euro in più per cambio biglietto",
         body="""\
Salve,

ho cambiato dall'app l'orario del mio biglietto Bologna–Firenze del 6 dicembre (PNR X7KQ2M) e mi sono stati addebitati 2,00 € in più. Nessun problema, volevo solo capire: è una penale per il cambio o una differenza di tariffa? Così la prossima volta mi regolo.

Grazie e buona giornata
Paolo Conti"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Martina Greco <m.greco.lavoro@altramail.example>",
         to="assistenza@postalibera.example",
         subject="Non ricevo il codice di verifica – ho cambiato numero",
         body="""\
Buongiorno,

non riesco più ad accedere alla mia casella martina.greco@postalibera.example. Dopo la password mi chiede il codice via SMS, ma lo manda al mio vecchio numero (finisce con 87), che non ho più da ottobre perché ho cambiato operatore e numero. I codici di backup non li trovo.

Vi scrivo da un'altra casella. Come posso dimostrare che l'account è mio e aggiornare il numero? Su quella casella mi arrivano le bollette e le comunicazioni della banca.

Grazie
Martina Greco"""),

    dict(n=15, signals="account", priority="high", trap="inline", qt=0, reply=1,
         frm="Giorgio Sartori <studio@sartori-commercialisti.example>",
         to="assistenza@fatturapronta.example",
         subject="R: Utenza amministratore bloccata – Studio Sartori",
         body="""\
Buongiorno,

rispondo sotto ai vostri punti.

Il giorno lun 30 nov 2026 alle ore 17:05 Assistenza FatturaPronta <assistenza@fatturapronta.example> ha scritto:
> Per sbloccare l'utenza amministratore abbiamo bisogno di:
> - codice cliente

FP-208815

> - nome utente bloccato

g.sartori (è l'amministratore dello studio, le utenze delle collaboratrici si gestiscono da qui)

> - conferma che non ci sono stati accessi da dispositivi sconosciuti

Confermo, i tentativi sbagliati sono miei: dopo il cambio password obbligatorio ho digitato male quella nuova più volte e l'utenza si è bloccata.

Vi chiedo di fare in fretta: entro venerdì devo trasmettere le fatture di novembre di 40 clienti e senza l'utenza amministratore non posso nemmeno abilitare le collaboratrici.

Rag. Giorgio Sartori
Studio Sartori – Commercialisti associati"""),

    dict(n=16, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Luca Bernardi <it@supermercatibernardi.example>",
         to="supporto@turnifacile.example",
         subject="URGENTE: nessun dipendente riesce ad accedere e timbrare",
         body="""\
Buongiorno,

Supermercati Bernardi, cliente TF-1120, 8 punti vendita aperti oggi per la festa.

Stanotte è scattato il cambio password obbligatorio che avevate annunciato. Da stamattina alle 7 nessuno dei nostri 140 dipendenti riesce a entrare nell'app TurniFacile: il link per impostare la nuova password dà "link scaduto o non valido", e chi riprova tre volte si ritrova l'utenza bloccata. Senza app non si timbra, e i capi negozio non vedono i turni di oggi.

Le casse per fortuna funzionano, ma non sappiamo chi è in servizio e le presenze di oggi (festivo, con maggiorazione) non vengono registrate.

Chiamatemi appena leggete: 0523 448 901.

Luca Bernardi
Responsabile IT – Supermercati Bernardi S.p.A."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Anna Moretti <anna.moretti@postacasa.example>",
         to="clienti@assicurasereno.example",
         subject="Come cambio l'email del mio profilo?",
         body="""\
Buongiorno,

vorrei cambiare l'indirizzo email collegato alla mia area riservata (polizza auto n. 0045-778231), perché a fine mese chiudo la vecchia casella. Nell'app trovo solo il numero di telefono da modificare. Dove si cambia l'email? Serve una richiesta scritta o posso farlo da sola?

Grazie mille
Anna Moretti"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Matteo Gallo <m.gallo@meccanicagallo.example>",
         to="commerciale@hrcloud-italia.example",
         subject="Questionario di sicurezza prima della firma del contratto",
         body="""\
Buongiorno dott. Rinaldi,

come anticipato in call, prima di firmare il contratto per il modulo paghe e presenze il nostro DPO ci chiede di compilare il questionario fornitori. Vi chiedo di rispondere in particolare a questi punti:

1. Procedura in caso di data breach: entro quanto avvisate il cliente?
2. Avete subito attacchi informatici o furti di dati negli ultimi 3 anni?
3. Politica password: lunghezza minima, scadenza, blocco dell'account dopo i tentativi falliti, 2FA?
4. Disaster recovery: cosa succede se il vostro data center va down? Tempi di ripristino?
5. Dove sono conservati i backup (UE o extra UE)?

Se avete già un documento standard va benissimo quello.

Cordiali saluti
Ing. Matteo Gallo
IT Manager – Meccanica Gallo S.r.l."""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Elisa Ferri <elisa.ferri@posta-amica.example>",
         to="assistenza@spesalampo.example",
         subject="R: Impossibile completare l'ordine – il sito va in errore",
         body="""\
Ciao Simone,

tutto risolto, grazie! Stamattina l'ordine è passato al primo colpo e la consegna è confermata per stasera.

Già che ci sono: il buono sconto di benvenuto vale anche sui surgelati?

Un saluto
Elisa

Il giorno ven 4 dic 2026 alle ore 19:10 Simone - SpesaLampo <assistenza@spesalampo.example> ha scritto:
> Ciao Elisa,
> ci scusiamo, nel pomeriggio abbiamo avuto un problema tecnico sul sito e sull'app.
> Ora dovrebbe essere tutto a posto, riprova pure.
>
> Il giorno ven 4 dic 2026 alle ore 17:42 Elisa Ferri <elisa.ferri@posta-amica.example> ha scritto:
> > Buonasera, da un'ora provo a fare la spesa ma quando arrivo al pagamento il sito
> > va in errore ("Errore 500 – servizio non disponibile") e anche l'app si chiude.
> > Non riesco a completare nessun ordine!"""),

    dict(n=20, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Silvia Caruso <silvia.caruso@mailbox-libri.example>",
         to="ordini@libreria-pagine.example",
         subject="Disponibilità \"Password: Inferno\" e il seguito",
         body="""\
Buongiorno,

ho appena finito "Password: Inferno" di Carlo Venturi, quello dell'hacker che manda in tilt la rete elettrica di Milano e svuota i conti di mezza città: mi ha tenuta sveglia fino alle tre, è una bomba! Vorrei regalare a mio fratello il primo e il seguito, "Blackout sul Naviglio".

Due domande:
- se ordino entro lunedì, arrivano a Bari prima di Natale?
- potete fare la confezione regalo senza mettere lo scontrino nel pacco?

Grazie!
Silvia Caruso"""),

    dict(n=21, signals="-", priority="low", trap="course", qt=0, reply=0,
         frm="Rosanna Esposito <dsga@ic-pascoli-roccaverde.example>",
         to="corsi@formasicura.example",
         subject="Iscrizione corsi primo soccorso e antincendio + dati per la fattura",
         body="""\
Buongiorno,

confermo l'iscrizione del nostro personale ai corsi del vostro preventivo n. 118/2026:
- primo soccorso con uso del defibrillatore (BLSD): 12 persone, giovedì 14 gennaio
- antincendio rischio medio per gli addetti alle emergenze: 8 persone, con prova di evacuazione dell'edificio

Per la fattura elettronica: siamo una scuola statale, quindi va intestata all'Istituto Comprensivo "G. Pascoli" di Roccaverde, codice fiscale 80012345678 (non abbiamo partita IVA), codice univoco ufficio UF4K2R, in split payment. Nel preventivo avete indicato una partita IVA: per favore correggete prima di emettere la fattura, altrimenti ci viene scartata.

Grazie
Rosanna Esposito
DSGA – IC "G. Pascoli" Roccaverde"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Giulia Testa <giulia@agenziaonda.example>",
         to="support@nuvolahost.example",
         subject="Grazie per il report sul down di giovedì scorso",
         body="""\
Ciao a tutti,

volevo ringraziarvi per il post-mortem sul down di giovedì scorso: chiarissimo, finalmente qualcuno che spiega cosa è successo (il disco pieno sul cluster di storage, il failover che non è partito) invece di scrivere "problemi tecnici". I nostri siti sono tornati su in un'ora e da allora non abbiamo avuto più nessun problema.

Posso girare il PDF a due nostri clienti che ci avevano chiesto spiegazioni, o preferite che mandi solo un riassunto?

Buona giornata
Giulia Testa
Agenzia Onda – Comunicazione e web"""),

    dict(n=23, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Roberto Salvi <roberto.salvi@lavasubito-franchising.example>",
         to="assistenza@paycoin-tech.example",
         subject="Tutte le 12 lavanderie ferme: le casse automatiche non accettano pagamenti",
         body="""\
Buongiorno,

scrivo per conto della rete LavaSubito: da stanotte le casse automatiche di TUTTI i nostri 12 punti self-service (Bologna, Modena, Reggio Emilia, Parma) non comunicano più con il vostro server. Sul display compare "OFFLINE – riprovare più tardi": non accettano né monete né pagamenti da app, quindi i clienti non possono avviare lavatrici e asciugatrici.

I punti non sono presidiati, la gente trova tutto fermo e se ne va. Ho già le telefonate dei gestori e una decina di recensioni negative.

Ci serve subito un tecnico, o almeno una modalità manuale per far partire le macchine.

Roberto Salvi
Responsabile rete franchising LavaSubito"""),

    dict(n=24, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
         frm="Giovanni Rossetti <giovanni.rossetti@posta-web.example>",
         to="assistenza@bancaverdeonline.example",
         subject="L'app si chiude quando apro i bonifici",
         body="""\
Buongiorno,

dall'aggiornamento di martedì l'app Banca Verde sul mio Android (Samsung A52, Android 14) crasha ogni volta che tocco "Bonifici": si chiude e torna alla home del telefono. Saldo e movimenti invece si vedono senza problemi.

Per ora non è un dramma: i bonifici li faccio dal sito sul computer e lì funziona tutto. Però sarebbe comodo poterli rifare dal telefono. Devo reinstallare o aspettare il prossimo aggiornamento?

Saluti
Giovanni Rossetti"""),
]
