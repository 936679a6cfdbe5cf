# blind42 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giovanna Ferri <giovanna.ferri@posta.example>",
         to="assistenza@termoservice.example",
         subject="Dopo la manutenzione di ieri: odore di gas in cucina",
         body="""\
Buongiorno,

ieri pomeriggio è venuto il vostro tecnico per la manutenzione annuale della caldaia (contratto n. TS-20931, via Mazzini 14, Bergamo). Stamattina in cucina, dove c'è la caldaia, si sentiva un forte odore di gas e il rilevatore di monossido ha cominciato a suonare. Mia madre, che ha 82 anni, dice di avere mal di testa e un po' di nausea.

Abbiamo chiuso il rubinetto del gas, aperto tutte le finestre e siamo usciti sul pianerottolo. Al numero verde risponde solo la segreteria. Potete mandare qualcuno subito? Nel frattempo ho chiamato anche i vigili del fuoco.

Giovanna Ferri
348 112 9087"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Stefano Gallo <stefano.gallo@posta.example>",
         to="servizioclienti@farmaciaonline.example",
         subject="Ordine 55120-F: dosaggio diverso da quello ordinato",
         body="""\
Salve,

il 27 novembre ho ordinato per mia madre due confezioni di Eutirox 50 microgrammi (ordine 55120-F). Oggi, sistemando il cassetto delle medicine, mi sono accorto che le scatole arrivate sono da 150 microgrammi: la confezione è quasi identica e lei non se n'è accorta. Le prende da cinque giorni.

Da un paio di giorni ha il cuore che batte fortissimo, non dorme e le tremano le mani. Il medico di base non risponde, la sto portando adesso alla guardia medica.

Vi chiedo di verificare cosa è successo con l'ordine e di controllare se altri clienti hanno ricevuto lo stesso scambio. Il mio numero è 333 450 2219.

Stefano Gallo"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Luca Bianchi <luca.bianchi02@posta.example>",
         to="support@nebulagames.example",
         subject="Mi hanno rubato l'account, email e password cambiate",
         body="""\
Ciao,

ieri sera mi è arrivata una mail "La tua email è stata modificata" che non ho chiesto io, e da lì non riesco più a entrare nel mio account Nebula (nick: LuKa_B92). La password non va più e il reset arriva alla nuova email, che non è la mia.

Un mio amico mi vede online adesso, quindi qualcuno ci sta giocando, e dall'inventario sono spariti gli oggetti che avevo comprato in 4 anni. Sulla carta collegata per ora non vedo addebiti, ma l'ho bloccata lo stesso.

Posso mandarvi le ricevute degli acquisti e la mail di conferma di quando ho creato l'account. Vi prego, bloccatelo prima che mi vendano tutto.

Luca"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Paola Greco <paola.greco@studiogreco.example>",
         to="clienti@assicurazionipiave.example",
         subject="Ricevuto per errore il contratto di un altro cliente",
         body="""\
Gentili signori,

oggi ho ricevuto dalla vostra casella noreply@assicurazionipiave.example un'email con oggetto "La sua polizza casa - documenti", ma in allegato non c'è la mia polizza bensì quella del sig. Marco Fontana di Treviso: nome, codice fiscale, indirizzo, IBAN per l'addebito e perfino l'elenco dei beni assicurati con il valore dei gioielli.

Non ho inoltrato il messaggio a nessuno e lo cancellerò appena mi confermate di averlo ricevuto. Mi chiedo però dove sia finita la mia polizza, e se i miei dati siano arrivati a qualcun altro allo stesso modo.

Cordiali saluti,
Paola Greco
Polizza n. CA-771203"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Andrea Colombo <a.colombo@caseificiovalverde.example>",
         to="helpdesk@etichettapro.example",
         subject="URGENTE - linee di confezionamento ferme, le etichette non escono",
         body="""\
Buongiorno,

dalle 5:30 di stamattina le due stampanti di etichette delle linee di confezionamento non ricevono più niente dal vostro software: lanciamo la stampa, il lavoro resta "in coda" e non esce nulla. Riavviati PC, stampanti e server, stesso risultato.

Senza etichette con lotto e scadenza non possiamo far uscire la merce. Abbiamo 1.800 kg di mozzarella e ricotta pronte, due camion della GDO fermi nel piazzale dalle 7:00 e le linee bloccate con 14 operatori a guardare.

Chiamateci appena leggete: 0342 555 180 (produzione) o 347 220 6611 (io).

Andrea Colombo
Responsabile di produzione
Caseificio Valverde S.r.l.
Via per Sondrio 22 - 23017 Morbegno (SO)
P.IVA 01234560145

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo senza copiarlo e di darcene comunicazione. Trattamento dei dati ai sensi del Regolamento UE 2016/679 (GDPR)."""),

    dict(n=6, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marco Rinaldi <direzione@poliambulatoriosanluca.example>",
         to="supporto@medicloud.example",
         subject="I: Cartelle cliniche non si aprono",
         body="""\
Buongiorno, vi inoltro la segnalazione della nostra accettazione. Aggiungo che la situazione è la stessa in tutti e sei gli ambulatori: i medici non vedono referti né terapie dei pazienti, e oggi abbiamo 95 visite in agenda. Vi prego di richiamarmi al 051 660 3320.

Dott. Marco Rinaldi
Direttore sanitario - Poliambulatorio San Luca, Bologna

-----Messaggio originale-----
Da: Accettazione San Luca <accettazione@poliambulatoriosanluca.example>
Inviato: giovedì 10 dicembre 2026 08:41
A: Direzione <direzione@poliambulatoriosanluca.example>
Oggetto: Cartelle cliniche non si aprono

Dottore, da stamattina quando clicchiamo su un paziente in MediCloud compare la rotellina e dopo un minuto la scheda resta bianca. Anche le prenotazioni di oggi non si vedono, stiamo chiamando i pazienti dalla lista stampata ieri sera. In sala d'attesa ci sono già 12 persone.

Francesca"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Elisa Marchetti <elisa@fioridielisa.example>",
         to="assistenza@negoziofacile.example",
         subject="sito fermo",
         body="""\
Buongiorno, il mio sito fioridielisa.example da stamattina dà "Errore 503 Service Unavailable" su tutte le pagine, anche sul pannello di amministrazione. Non posso ricevere ordini e vendo quasi solo online, e dicembre è il mese più importante. Sono da sola in negozio, chiamatemi pure al 339 771 0452.
Grazie
Elisa Marchetti - Fiori di Elisa, Lucca

Inviato da iPhone"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Giuseppe Russo <trattoriadagiuseppe@posta.example>",
         to="partner@mangiasubito.example",
         subject="Tablet ordini: non si riesce a impostare il tempo di preparazione",
         body="""\
Salve,

da venerdì, sul tablet che ci avete dato, quando accettiamo un ordine il tasto per scegliere il tempo di preparazione (15, 20, 30 minuti) non risponde più: l'ordine si accetta lo stesso, ma resta sempre sui 15 minuti. Gli ordini arrivano regolarmente e il resto dell'app va bene.

Il problema è che il sabato sera in 15 minuti non ce la facciamo, i rider arrivano e aspettano in piedi davanti alla cassa, e qualcuno si è pure lamentato. Per ora li avvisiamo noi al telefono quando è pronto.

Potete controllare?
Giuseppe Russo
Trattoria da Giuseppe - Napoli"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Chiara Moretti <chiara.moretti@posta.example>",
         to="aiuto@librilibri.example",
         subject="Copertine che non si vedono nell'app",
         body="""\
Buonasera,

una piccola segnalazione, niente di urgente: da qualche giorno, nella libreria dell'app per Android, le copertine di metà dei miei ebook non si caricano e al loro posto c'è un riquadro grigio. I libri però si aprono e si leggono benissimo, quindi per me non è un problema, è solo un po' meno bello da vedere.

Telefono: Xiaomi Redmi Note 12, app aggiornata all'ultima versione.

Buona serata e grazie per il lavoro che fate,
Chiara Moretti"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Roberto Conti <roberto.conti@studioconti.example>",
         to="segreteria@palestraforma.example",
         subject="Fattura abbonamento annuale",
         body="""\
Buongiorno,

ho rinnovato l'abbonamento annuale in palestra il 1° dicembre (320 €, pagati con carta alla reception). Volevo chiedervi due cose:

- nella ricevuta che mi è arrivata via email la voce è "Servizi vari": è possibile avere la descrizione "Abbonamento annuale sala pesi + corsi"?
- posso avere la fattura intestata al mio studio (Studio Conti, P.IVA 04455660123) invece che a me come privato?

Nessuna fretta, mi basta entro fine mese.

Grazie e a presto,
Roberto Conti"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Silvia Lombardi <silvia.lombardi@posta.example>",
         to="assistenza@traghettiblu.example",
         subject="Doppio addebito prenotazione Livorno-Olbia",
         body="""\
Buongiorno,

il 2 dicembre ho prenotato sul vostro sito la traversata Livorno-Olbia del 22 dicembre per 2 adulti e un'auto (prenotazione TB-8841-K). Al momento del pagamento la pagina si è bloccata e ho riprovato; la prenotazione risulta una sola, ma sull'estratto conto della carta vedo due addebiti da 286,40 € ciascuno, entrambi con data 2/12.

Vi allego la schermata della banca. Potete stornare il secondo addebito?

Grazie,
Silvia Lombardi
Cell. 340 118 2276"""),

    dict(n=12, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu@posta.example>",
         to="servizioclienti@telefonia-onda.example",
         subject="Aumento prezzo offerta e area clienti",
         body="""\
Buongiorno,

io ho la offerta Onda Casa Fibra dal 2024 a 24,90 € al mese. Nella ultima bolletta (dicembre) ho pagato 29,90 € e nessuno mi ha avvisato di questo aumento, non ho ricevuto nessuna SMS o lettera. Io voglio sapere perché e voglio la differenza ridata.

Volevo controllare da sola nella area clienti, ma non riesco entrare: scrivo la mia email e la password giusta e mi dice "credenziali non valide", anche dopo che ho fatto il recupero password due volte.

Numero cliente 7009812, linea 055 889 1140.

Grazie mille,
Ioana Popescu"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Federico Santoro <federico.santoro@posta.example>",
         to="assistenza@bancadelnord.example",
         subject="Carta bloccata all'estero - sono a Lisbona senza soldi",
         body="""\
Buongiorno,

sono a Lisbona per lavoro e da ieri sera la mia carta di debito (finisce con 3318) viene rifiutata ovunque, anche al bancomat. Nell'app la carta risulta "sospesa per operatività anomala", ma le operazioni erano tutte mie: albergo e due cene.

Stamattina devo pagare l'hotel (640 €) prima di ripartire e non ho altre carte con me. Il numero verde dall'estero non è raggiungibile. Vi prego di riattivarla subito o di dirmi come fare, sono disponibile al +39 347 009 1182 (anche WhatsApp).

Federico Santoro
Conto n. 000045128833

Inviato dal mio smartphone Android"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Anna Ricci <anna.ricci@vecchiamail.example>",
         to="clienti@lucegas-italia.example",
         subject="Come cambiare l'email di accesso all'area riservata",
         body="""\
Gentile servizio clienti,

sono intestataria di un contratto luce e gas con voi (codice cliente LG-4410927). Tra poco chiuderò questa casella di posta e vorrei sapere come si cambia l'indirizzo email che uso per entrare nell'area riservata e per ricevere le bollette.

Ho cercato nella sezione "Il mio profilo", ma vedo solo il telefono e l'indirizzo di fornitura. Devo farlo io dal sito o dovete farlo voi? Il nuovo indirizzo sarebbe anna.ricci@nuovamail.example.

Vi ringrazio in anticipo per la cortesia.

Cordiali saluti,
Anna Ricci"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Massimo De Luca <massimo.deluca@posta.example>",
         to="club@volaitalia.example",
         subject='Link di reset password sempre "scaduto"',
         body="""\
Salve,

non riesco più ad accedere al mio profilo VolaClub (tessera n. 88 3310 774). Ho chiesto il reset della password quattro volte tra ieri e oggi: l'email arriva subito, ma cliccando sul link la pagina dice sempre "Il link è scaduto o non è più valido", anche se lo apro dopo pochi secondi. Ho provato con Chrome, con Safari e dal telefono.

Non è urgentissimo, ma vorrei usare le miglia per un volo a gennaio prima che salgano i prezzi.

Grazie,
Massimo De Luca"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Davide Fabbri <d.fabbri@magazzinifabbri.example>",
         to="supporto@logiware.example",
         subject="Re: [Ticket #31877] Disattivazione utente",
         body="""\
Buongiorno, rispondo sotto punto per punto.

Il giorno lun 7 dic 2026 alle ore 16:20 Supporto LogiWare <supporto@logiware.example> ha scritto:
> Per procedere ci servono alcune informazioni:
> 1) nome dell'utente da disattivare;
Kevin Marini, utente kmarini (carrellista, turno di notte). Il rapporto con noi è terminato venerdì 4.
> 2) se i suoi palmari devono essere riassegnati;
Sì, il palmare RF-07 va riassegnato a Omar Benali, utente nuovo da creare.
> 3) chi è l'amministratore di sistema dell'azienda;
Era il nostro responsabile IT, che se n'è andato a ottobre. Per questo non riusciamo a farlo noi: la sua utenza admin è scaduta e nessun altro ha i permessi.
> 4) se desidera nominare un nuovo amministratore.
Sì, me stesso (Davide Fabbri, d.fabbri@magazzinifabbri.example).

Grazie, attendo conferma.

Davide Fabbri
Responsabile magazzino - Magazzini Fabbri S.p.A., Piacenza"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Laura Pellegrini <laura.pellegrini@studiopellegrini.example>",
         to="supporto@firmafacile.example",
         subject="Account bloccato - scadenza invio oggi alle 17",
         body="""\
Buongiorno,

stamattina, dopo tre tentativi con il codice OTP (che mi arrivava con dieci minuti di ritardo), il mio account FirmaFacile è stato bloccato: ora compare "Utenza sospesa, contattare l'assistenza". L'utenza è intestata a me, codice fiscale PLLLRA75C41A944K.

Oggi entro le 17:00 devo firmare digitalmente e trasmettere i bilanci di tre clienti: se non li firmo, per loro scattano le sanzioni. Dall'account di una collega non posso farlo, la firma è personale.

Vi chiedo di sbloccarmi con la massima urgenza. Sono raggiungibile allo 051 228 4410 o al 335 600 7781.

Dott.ssa Laura Pellegrini
Dottore Commercialista - Revisore Legale
Studio Pellegrini, Via Indipendenza 40, 40121 Bologna"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Salvatore Esposito <pizzeriadasalvo@posta.example>",
         to="commerciale@forniroma.example",
         subject="Il forno è una bomba!",
         body="""\
Ciao Marco,

volevo dirti che il forno a legna che ci avete montato a novembre è una bomba. Sabato abbiamo fatto il botto: 340 pizze, forno sempre a fuoco vivo e cornicione bruciacchiato al punto giusto, come a Napoli. I clienti sono impazziti, le margherite sono andate a ruba e mio cognato dice che così ammazziamo la concorrenza di tutta la via.

Adesso vorremmo un preventivo per una seconda pala in alluminio e per un piano in biscotto di ricambio, così stiamo tranquilli per le feste. Passi tu o ci mandi tutto via mail?

Un abbraccio,
Salvo
Pizzeria da Salvo - Salerno"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Teresa Villa <teresa.villa@posta.example>",
         to="info@ebikecentro.example",
         subject="Domande sulla carica della batteria",
         body="""\
Buongiorno,

ho ritirato sabato la e-bike Urbana 500 e sono contentissima, ma ho un paio di dubbi sulla batteria:

- quante ore deve restare in carica la prima volta? Sul manuale c'è scritto 4-6 ore, il commesso mi aveva detto una notte intera;
- ieri sera, dopo la salita di San Luca, era praticamente morta, a terra del tutto. È normale con l'assistenza al livello "Turbo"?
- mio marito insiste che se la lascio attaccata tutta la notte rischia di esplodere. Gli posso dire che si sbaglia?

Grazie mille,
Teresa Villa"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Giulia Sartori <giulia.sartori@hotelcampanile.example>",
         to="eventi@federhotel-digitale.example",
         subject='Webinar "Data breach e ransomware" del 17 dicembre',
         body="""\
Buongiorno,

abbiamo ricevuto l'invito al webinar "Data breach e ransomware: quando l'attacco hacker blocca la reception" e ci interessa molto, visto che tra colleghi della zona se ne sentono di tutti i colori: password rubate, carte dei clienti clonate, phishing con finte email di Booking.

Il 17 alle 15 però abbiamo il check-in di un gruppo e non riusciamo a collegarci. Sarà disponibile la registrazione? E le slide si possono condividere con il personale del ricevimento?

Grazie e buon lavoro,
Giulia Sartori
Hotel Campanile - Verona"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Marina Costa <amministrazione@officinecosta.example>",
         to="assistenza@paghesemplici.example",
         subject="Password sui PDF dei cedolini",
         body="""\
Buongiorno,

un dipendente ci ha fatto notare che i cedolini arrivano via email in PDF senza password e che, se per sbaglio finissero all'indirizzo sbagliato, sarebbe una bella violazione della privacy. Ha ragione, e vorremmo rimediare prima della tredicesima.

Dal vostro programma si può impostare una password di apertura sui PDF, per esempio il codice fiscale del dipendente? Se sì, dove si trova l'opzione? Ho guardato in Impostazioni > Invio cedolini, ma vedo solo oggetto e testo della mail.

Grazie,
Marina Costa
Ufficio amministrazione - Officine Costa S.r.l."""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Paolo Marino <paolo.marino@posta.example>",
         to="abbonamenti@rivistaviaggi.example",
         subject="R: Doppio addebito abbonamento digitale",
         body="""\
Buongiorno sig.ra Ferrara,

confermo, oggi il secondo addebito è sparito dall'estratto conto della carta. Grazie per la gentilezza e la rapidità.

Approfitto per chiederle: il numero speciale sulla Patagonia di gennaio sarà compreso nell'abbonamento digitale o si acquista a parte?

Cordiali saluti,
Paolo Marino

-----Messaggio originale-----
> Da: Abbonamenti RivistaViaggi <abbonamenti@rivistaviaggi.example>
> Inviato: lunedì 30 novembre 2026 11:15
> A: Paolo Marino <paolo.marino@posta.example>
> Oggetto: R: Doppio addebito abbonamento digitale
> Gentile sig. Marino, abbiamo verificato: il rinnovo è stato effettivamente
> addebitato due volte. Abbiamo disposto il rimborso di 39,90 €, che vedrà
> sulla carta entro qualche giorno lavorativo. Ci scusiamo per il disagio.
> Lucia Ferrara - Ufficio Abbonamenti
> > Buonasera, il rinnovo annuale dell'abbonamento digitale (39,90 €) mi è stato
> > addebitato due volte sulla carta il 25 novembre. Vi chiedo di rimborsarne uno."""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Alessandro Ferraro <a.ferraro@multisalaorione.example>",
         to="enterprise@ticketweb.example",
         subject="[Contratto Enterprise TW-2291] Acquisti online interrotti al pagamento - intervento entro SLA",
         body="""\
Spett.le TicketWeb,

in qualità di referente tecnico del contratto Enterprise TW-2291 (livello di servizio Gold, presa in carico entro 1 ora), segnalo che da ieri sera alle 20:00 circa un acquisto online su tre si interrompe nella pagina di pagamento con il messaggio "Sessione non valida", su tutte e cinque le nostre multisala. Le casse e i totem in sala vanno regolarmente.

Venerdì esce il nuovo film di Natale e ci aspettiamo oltre 2.000 prevendite nel weekend. Vi chiediamo di aprire il ticket con priorità 1 come da contratto e di indicarci un referente e i tempi di risoluzione.

Distinti saluti,
Ing. Alessandro Ferraro
IT Manager - Multisala Orione S.p.A.
Tel. 02 8899 4410"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Rosa Gentile <vicepresidenza@icgaribaldi.example>",
         to="assistenza@registroscuola.example",
         subject="App docenti: impossibile allegare file ai compiti",
         body="""\
Buongiorno,

vi scrivo per conto dell'Istituto Comprensivo Garibaldi di Fano. Da lunedì, dall'app per smartphone, i docenti non riescono più ad allegare file (PDF o foto) ai compiti assegnati: il caricamento arriva al 100% e poi compare "Errore imprevisto". Dal sito web invece gli allegati si caricano senza problemi, quindi per ora abbiamo detto ai colleghi di usare il computer.

Ci fate sapere se è un problema noto e quando pensate di correggerlo? Molti colleghi usano solo il telefono e la cosa crea qualche malumore.

Cordiali saluti,
Prof.ssa Rosa Gentile
Vicepreside - I.C. Garibaldi, Fano (PU)"""),
]
