# blind39 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Simona Brambilla <simona.brambilla@posta.example>",
         to="servizioclienti@farmaciaonline-lario.example",
         subject="Ordine 2026-118734 - confezione diversa da quella ordinata",
         body="""\
Buongiorno,

vi scrivo per l'ordine 2026-118734, consegnato martedì a casa di mia madre a Lecco. Sulla ricetta che vi avevo caricato c'era bisoprololo da 1,25 mg, e la scatola arrivata sembrava uguale a quella di sempre.

Mia madre ha 84 anni e prende le pastiglie da sola. Giovedì mattina la badante l'ha trovata a terra in bagno, pallidissima, con il battito a 38. L'hanno tenuta due notti in cardiologia, ed è stato lì che ci siamo accorti che la scatola era da 10 mg: ne aveva prese due, una al giorno.

Adesso sta meglio e la dimettono domani. Ho ancora la scatola con il vostro scontrino e l'etichetta della spedizione. Vorrei sapere come è potuto succedere e vi chiedo di controllare gli altri ordini preparati quel giorno.

Simona Brambilla
cell. 340 118 2276"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Valentina Orsini <vale.orsini@posta.example>",
         to="ospiti@casevacanza-sole.example",
         subject="Prenotazione 55410 - Casa Gabbiano, Cefalù",
         body="""\
Salve,

siamo ospiti alla Casa Gabbiano di Cefalù fino a sabato (prenotazione 55410). Ieri sera mio marito si è appoggiato alla ringhiera del balcone della camera grande e un pezzo si è staccato dal muro: i tasselli sono venuti via con tutto l'intonaco. Per fortuna è caduto all'indietro, sul balcone, e non di sotto: siamo al secondo piano. Si è tagliato il braccio sul ferro e alla guardia medica gli hanno dato quattro punti.

Abbiamo chiuso la portafinestra e teniamo fuori i bambini, ma la ringhiera è ancora lì mezza appesa sopra la strada. Il proprietario non risponde al telefono. Potete mandare qualcuno?

Grazie,
Valentina Orsini
cell. 347 551 0926"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Stefano Meli <stefano.meli@posta.example>",
         to="assistenza@ciclielettrici-meda.example",
         subject="Batteria e-bike Volta 500",
         body="""\
Buonasera,

ho comprato da voi a settembre la e-bike Volta 500 (fattura 3382/26). Stanotte la batteria era in carica nell'ingresso, come faccio sempre, con il caricabatterie originale. Verso le tre mi ha svegliato un odore di plastica bruciata: la batteria faceva fumo bianco e si era gonfiata su un lato. L'ho staccata e portata sul terrazzo con i guanti da forno, poi abbiamo aperto tutte le finestre perché il piccolo tossiva.

Il muro dell'ingresso è annerito fino al soffitto e il parquet sotto è rovinato. La batteria è ancora sul terrazzo, non l'ho più toccata. Ditemi voi cosa devo fare, e se ci sono altre bici con lo stesso lotto di batterie.

Stefano Meli
Monza"""),

    dict(n=4, signals="safety,account", priority="critical", trap="data", qt=0, reply=0,
         frm="Franco Ferri <franco.ferri@posta.example>",
         to="supporto@webmail-italia.example",
         subject="Qualcuno è entrato nella mia casella",
         body="""\
Buongiorno,

vi scrivo dall'indirizzo di mio marito. Stamattina alle 6:40 mi è arrivato sul telefono un avviso di accesso alla mia casella giuliana.ferri@webmail-italia.example da Bucarest, in Romania. Non ero io, io sono a Bari. Mezz'ora dopo è arrivato un SMS che diceva che il numero di recupero era stato cambiato, e adesso la mia password non va più e non riesco a entrare in nessun modo.

Su quella casella arrivano le comunicazioni della banca, le buste paga e le mail dello studio dove lavoro. Vi prego di bloccarla e di dirmi come riprenderla.

Giuliana Ferri
tel. 339 208 4471"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ing. Marco Pedretti <m.pedretti@salsedelpo.example>",
         to="helpdesk@fabbricasoft.example",
         subject="Linea 2 - etichette lotto/scadenza non escono dalle 6:00",
         body="""\
Buongiorno,

dalle 6:00 il modulo etichettatura del vostro MES non manda più nulla alle stampanti della linea 2: i lavori restano in coda e le etichette con lotto e scadenza non escono. Senza etichetta i cartoni non possono lasciare la linea, per normativa.

Abbiamo 14 operatori del turno del mattino in attesa, circa 3.200 vasetti di sugo già confezionati accatastati a fine linea e il camion per la piattaforma della grande distribuzione fissato per le 11:00. Se salta questo ritiro perdiamo lo slot fino a lunedì.

Abbiamo già riavviato il server di reparto e le stampanti. Chiedo un tecnico in remoto subito.

Ing. Marco Pedretti
Responsabile di produzione
Salse del Po S.r.l. – Stabilimento di Casalmaggiore
Tel. 0375 204 118 – Cell. 338 902 4410

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di informare il mittente e di cancellarla."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lucia Bertoni <coordinamento@coopmelograno.example>",
         to="assistenza@turnicasa.example",
         subject="App turni - le operatrici non vedono gli utenti di oggi",
         body="""\
Buongiorno,

sono la coordinatrice della Cooperativa Sociale Il Melograno di Modena. Da stamattina alle 6:30 l'app che usano le nostre operatrici domiciliari si apre ma mostra la giornata vuota: nessun indirizzo, nessun orario, nessuna scheda. Anche dal portale web il calendario di oggi risulta vuoto, mentre ieri sera era completo.

Abbiamo 34 operatrici già in giro e 118 anziani da visitare entro mezzogiorno, molti allettati, con insulina o pasti da dare a orari precisi. Le stiamo smistando a voce per telefono con un foglio Excel della settimana scorsa, ma diversi indirizzi e orari sono cambiati.

Chiamatemi al 059 214 7730, interno 2.

Lucia Bertoni
Coordinamento servizi domiciliari"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Antonella Rizzo <info@bblapergola-matera.example>",
         to="support@channelhub.example",
         subject="Non riesco ad aprire il pannello",
         body="""\
Buongiorno, da ieri sera il pannello mi dà solo una pagina bianca, sia dal computer che dal cellulare, ho provato anche con un altro browser. Non vedo né le prenotazioni né il calendario, oggi pomeriggio arrivano due coppie e non so quali camere ho venduto su quale sito. Il B&B lo gestisco da sola. Mi potete aiutare?

Antonella Rizzo
B&B La Pergola, Matera"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Davide Lunardi <davide.lunardi@posta.example>",
         to="aiuto@climasmart.example",
         subject="Programmazione settimanale non si salva",
         body="""\
Ciao,

ho il termostato Clima Smart 3 da un anno e fino a poco fa tutto ok. Da quando ho aggiornato l'app alla versione 5.2, se modifico la programmazione settimanale e premo "Salva" gira la rotellina e poi torna tutto com'era prima. Ho provato anche a svuotare la cache e a reinstallare.

Per ora lo regolo a mano dall'app o dal termostato e quello va, ma con i turni che faccio è una scomodità: o trovo la casa fredda la sera o scaldo quando non c'è nessuno.

Grazie,
Davide Lunardi"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Carla Mancuso <carla.mancuso@posta.example>",
         to="clienti@telemobile.example",
         subject="Addebito di 1,99 € in fattura",
         body="""\
Salve,

nella fattura di novembre della mia linea mobile (348 772 0190) vedo un addebito di 1,99 € alla voce "Servizio Ti Ho Cercato". Probabilmente l'ho attivato io senza accorgermene quando ho cambiato offerta: volevo solo capire di cosa si tratta e, se non mi serve, come si disattiva.

Grazie e buona giornata,
Carla Mancuso"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ionela Popescu <ionela.popescu@posta.example>",
         to="resi@elettrocasa-shop.example",
         subject="I: Conferma ricezione reso EL-4471203",
         body="""\
Buongiorno,

vi inoltro la vostra mail. Io ho fatto il reso del televisore il 20 ottobre, il corriere ha ritirato il pacco e voi avete scritto che è arrivato il 24. Ma il rimborso di 549 euro non è ancora arrivato sulla mia carta. Nella mail c'è scritto 14 giorni, adesso sono passati più di un mese. Potete controllare per favore? Io ho bisogno sapere quando arriva.

Grazie mille
Ionela Popescu

---------- Messaggio inoltrato ---------
Da: Resi ElettroCasa <resi@elettrocasa-shop.example>
Data: sab 24 ott 2026 alle ore 11:02
Oggetto: Conferma ricezione reso EL-4471203
A: <ionela.popescu@posta.example>

Gentile cliente,
abbiamo ricevuto il prodotto da lei restituito (TV 55" UHD, ordine EL-4471203).
Il rimborso di 549,00 € sarà emesso sul metodo di pagamento originale entro 14 giorni.
Il team ElettroCasa"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Marco Bellandi <marco.bellandi@posta.example>",
         to="assistenza@bancaverde.example",
         subject="Carta rifiutata in Giappone - devo pagare l'hotel domani",
         body="""\
Buongiorno,

sono a Osaka per lavoro e da ieri la mia carta di debito (finale 4471) viene rifiutata ovunque, anche allo sportello automatico. Nell'app vedo "carta temporaneamente sospesa", ma non mi è arrivata nessuna notifica né chiamata. Il numero verde da qui non si riesce a chiamare.

Domani mattina devo saldare l'hotel (circa 740 euro) e non ho altre carte con me, solo 3.000 yen in contanti. Per favore riattivatela o ditemi cosa devo fare. Qui sono 8 ore avanti rispetto all'Italia.

Marco Bellandi
conto n. 000077145832
+39 335 610 2284 (WhatsApp)"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Filippo Ghezzi <filippo.ghezzi@studenti-uni.example>",
         to="app@prenotacampi.example",
         subject="Cambio email sull'app del circolo",
         body="""\
Buonasera,

sono socio del Circolo Tennis Le Querce e uso la vostra app per prenotare i campi. Devo cambiare l'indirizzo email, perché quello dell'università lo chiudono a fine mese: come faccio a cambiarlo nel mio profilo senza perdere lo storico delle prenotazioni e il pacchetto da 10 ore che ho già pagato?

Grazie,
Filippo Ghezzi"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Elena Sartori <elena.sartori@posta.example>",
         to="servizioclienti@lucegas.example",
         subject="R: Ticket 88213 - Accesso area clienti",
         body="""\
Buongiorno,

vi riscrivo perché la risposta dice di "accedere con le nuove credenziali", ma io nuove credenziali non le ho mai ricevute. A ottobre abbiamo fatto la voltura del contratto luce da mio padre, Giorgio Sartori, a me. Le bollette adesso arrivano intestate a me, ma se provo a registrarmi con il mio codice fiscale il sistema dice "utente già esistente", e con le credenziali di mio padre vedo solo le bollette fino a settembre.

Vorrei semplicemente un accesso mio per vedere e scaricare le fatture nuove.

Elena Sartori

-----Messaggio originale-----
Da: Servizio Clienti <noreply@lucegas.example>
Inviato: lunedì 30 novembre 2026 09:12
A: elena.sartori@posta.example
Oggetto: Ticket 88213 - Accesso area clienti

> Gentile cliente, abbiamo preso in carico la sua richiesta.
> Per visualizzare le fatture successive alla voltura acceda con le nuove credenziali.
> Cordiali saluti, Servizio Clienti"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Avv. Roberta Galli <r.galli@studiogalliporcu.example>",
         to="assistenza@pec-certa.example",
         subject="Casella PEC non accessibile - deposito in scadenza oggi",
         body="""\
Buongiorno,

sono l'avv. Roberta Galli dello studio legale Galli & Porcu di Cagliari. Da stamattina la casella PEC dello studio (studio.galliporcu@pec-certa.example) non mi fa entrare: dopo tre tentativi compare "utenza sospesa per motivi di sicurezza" e il link per reimpostare la password va all'indirizzo di recupero di una collaboratrice che non lavora più con noi.

Entro le 23:59 di oggi dobbiamo depositare un atto per via telematica e le ricevute di accettazione e consegna arrivano proprio su quella casella. Posso inviarvi subito documento d'identità e visura dello studio, ditemi cosa serve.

Telefono studio 070 448 2913

Avv. Roberta Galli"""),

    dict(n=15, signals="-", priority="low", trap="scam", qt=0, reply=0,
         frm="Ornella Pace <ornella.pace@posta.example>",
         to="aiuto@cinestream.example",
         subject="SMS strano a nome vostro",
         body="""\
Buongiorno, mi è arrivato questo SMS: "CINESTREAM: il tuo account è stato bloccato per un problema di pagamento. Aggiorna i dati della carta entro 24h per evitare la sospensione: http://cinestream-rinnovo.example/login"

L'abbonamento mi risulta pagato e l'app la uso tranquillamente, quindi mi sembra la solita truffa. Non ho cliccato e non ho inserito niente. Ve lo segnalo, magari avvisate gli altri clienti. Me lo confermate che non è vostro?

Ornella Pace
Inviato da iPhone"""),

    dict(n=16, signals="-", priority="low", trap="care-admin", qt=0, reply=0,
         frm="Patrizia Lombardo <ps.coordinamento@ospsanluca.example>",
         to="ordini@medforniture.example",
         subject="Ordine braccialetti triage - cambio indirizzo di consegna",
         body="""\
Gentili,

sono la coordinatrice infermieristica del Pronto Soccorso dell'Ospedale San Luca. Per l'ordine n. 26-0917 (2.000 braccialetti identificativi per il triage, codici rosso/giallo/verde, e 500 cartelle per l'osservazione breve intensiva) vi chiedo di cambiare il punto di consegna: dal 14 dicembre il magazzino del reparto si sposta al piano -1 del padiglione C, con accesso dal cortile delle ambulanze. Il corriere può suonare al citofono "Magazzino PS" a qualsiasi ora, siamo aperti h24.

Vi chiederei inoltre copia della fattura del precedente ordine (n. 26-0788), che l'amministrazione non riesce a trovare.

Cordiali saluti,
Inf. Coord. Patrizia Lombardo
Pronto Soccorso – Ospedale San Luca
tel. 0775 318 220"""),

    dict(n=17, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Chiara Pellegrini <chiara.pellegrini@posta.example>",
         to="corsi@laboratorioterra.example",
         subject="Sospensione corso di ceramica del giovedì",
         body="""\
Ciao Marta,

ti scrivo perché domenica sono caduta sciando a Folgaria e mi sono rotta il polso destro: gesso per almeno cinque settimane, poi fisioterapia. Ho passato mezza giornata al pronto soccorso di Rovereto, ma adesso sto bene, solo un po' imbranata con la sinistra!

Purtroppo al tornio proprio non ci posso stare. Si può sospendere il mio corso del giovedì sera e recuperare le lezioni che mi restano (ne mancano sei) nel ciclo di febbraio?

Un abbraccio e scusa il disturbo,
Chiara"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Alessio Ferrante <alessio.ferrante@posta.example>",
         to="help@bigliettolampo.example",
         subject="Doppio addebito biglietti - risolto",
         body="""\
Buongiorno,

venerdì sera, all'apertura delle vendite per il concerto delle Vespe Nere al Palazzetto di Pesaro, il vostro sito è andato in crash proprio mentre pagavo e mi sono ritrovato l'addebito due volte sulla carta (2 x 138 €), con un solo ordine nel mio account. Vi avevo scritto un po' in panico.

Stamattina vedo che il secondo addebito è stato stornato e i biglietti sono nell'app. Per me è tutto sistemato, grazie per la rapidità. Potete chiudere la segnalazione n. 44190.

Saluti,
Alessio Ferrante"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Giorgio Anselmi <giorgio.anselmi@posta.example>",
         to="commerciale@vigilcasa.example",
         subject="Domande prima di firmare il contratto antifurto",
         body="""\
Buonasera,

il vostro consulente è passato la settimana scorsa e mi ha lasciato il preventivo per l'impianto antifurto collegato alla centrale operativa (prev. n. 2026/5512). Prima di firmare avrei alcune domande:

1. Se va via la corrente per un blackout di qualche ora, l'impianto continua a funzionare? Per quanto?
2. Se i ladri tagliano i fili del telefono o usano un jammer, la centrale se ne accorge?
3. In caso di incendio o fuga di gas i sensori avvisano anche i vigili del fuoco o solo voi?
4. Se scattano falsi allarmi perché il gatto salta sul divano, gli interventi della guardia giurata li pago io?

Grazie,
Giorgio Anselmi
Pavia"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Luca Venturi <luca.venturi@sentinella.example>",
         to="info@vostrashop.example",
         subject="Quando il vostro sito va down, chi se ne accorge per primo?",
         body="""\
Buongiorno,

mi chiamo Luca Venturi e lavoro per Sentinella, una piattaforma italiana di monitoraggio dell'uptime.

Una domanda diretta: l'ultima volta che il vostro sito o le vostre API sono andati down, ve ne siete accorti da un allarme o da un cliente arrabbiato? In media un'azienda come la vostra impiega 47 minuti a rendersi conto di un disservizio, e ogni minuto di blackout costa vendite e reputazione.

Sentinella controlla i vostri servizi ogni 30 secondi da 12 città europee, vi avvisa via SMS, Slack o telefonata quando qualcosa va in crash e pubblica una pagina di stato per i vostri clienti. Prova gratuita di 30 giorni, nessuna carta richiesta.

Avete 15 minuti giovedì o venerdì per una demo?

Luca Venturi
Account Executive – Sentinella S.r.l.
sentinella.example | 02 8719 4400

Se non desidera ricevere altre comunicazioni, risponda con CANCELLAMI."""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Roberto Zanella <roberto.zanella@posta.example>",
         to="app@spesafacile.example",
         subject="Nuova app: la lista condivisa??",
         body="""\
Salve,

uso la vostra app per la spesa online da tre anni e la nuova versione, graficamente, è una bomba, lo ammetto. Però avete tolto la lista della spesa condivisa con mia moglie, e questo è un delitto: era l'unico motivo per cui non litigavamo più al supermercato. Adesso mi tocca mandarle gli screenshot su WhatsApp, mi sta uccidendo.

E le nuove icone dei reparti sono un disastro: il pesce sembra una banana.

Vi prego, rimettetela con il prossimo aggiornamento.

Roberto Zanella"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Michele Benassi <cadelpozzo@posta.example>",
         to="assistenza@agriforniture.example",
         subject="Re: Accesso al portale ordini bloccato",
         body="""\
Tutto a posto, sono riuscito a entrare con la nuova password. Grazie mille!

Ne approfitto: il concime organico pellettato che avete in catalogo arriva anche in sacchi da 25 kg o solo da 40?

Saluti,
Michele Benassi
Azienda Agricola Ca' del Pozzo

Il giorno mar 1 dic 2026 alle ore 10:12 Assistenza Agriforniture <assistenza@agriforniture.example> ha scritto:
> Gentile Sig. Benassi,
> abbiamo sbloccato la sua utenza e le abbiamo inviato un link per impostare una nuova password.
>
> > Buongiorno, da stamattina il portale mi dice "utenza bloccata" e non riesco
> > più a entrare. Devo fare l'ordine delle sementi entro venerdì.
> > Michele Benassi"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ing. Davide Roncoroni <d.roncoroni@casapiu-immobiliare.example>",
         to="enterprise-support@firmasubito.example",
         subject="Contratto Enterprise ENT-2291 - ticket 77120 senza risposta oltre SLA",
         body="""\
Buongiorno,

scrivo in qualità di IT manager di Casa Più Immobiliare S.p.A., cliente con contratto Enterprise n. ENT-2291.

Alle 9:05 abbiamo aperto il ticket 77120: da stamattina le richieste di firma inviate dalla piattaforma arrivano ai clienti con due-tre ore di ritardo, e alcune non sono ancora arrivate. Le agenzie continuano a lavorare, ma con il cliente seduto al tavolo non riescono a chiudere proposte d'acquisto e incarichi in sede.

Il contratto (allegato B, par. 4.2) prevede per un incidente di severità 2 la presa in carico entro 2 ore lavorative. Sono passate più di 4 ore e non abbiamo ricevuto né una risposta né il nome di un tecnico. Vi chiedo di assegnare subito il ticket e di considerare questa mail come segnalazione formale del mancato rispetto dello SLA.

Ing. Davide Roncoroni
IT Manager – Casa Più Immobiliare S.p.A.
Via Lepetit 8, Milano
Tel. 02 6680 3120

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualsiasi utilizzo, diffusione o copia non autorizzati sono vietati."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dott. Paolo Crippa <personale@brianzaservice.example>",
         to="supporto@presenzeweb.example",
         subject="Nessun codice SMS per l'app presenze - 420 dipendenti",
         body="""\
Buongiorno,

sono il responsabile del personale di Pulizie Brianza Service S.r.l. Dal passaggio al nuovo login (venerdì scorso) i nostri dipendenti entrano nell'app presenze con un codice via SMS. Da stamattina alle 5 il codice non arriva a nessuno: abbiamo provato con sei telefoni diversi, di operatori diversi, niente.

Sono circa 420 addetti su 58 cantieri (uffici, due ospedali, scuole) che non riescono a timbrare l'ingresso né a vedere in quale cantiere sono assegnati oggi. I capisquadra li stanno chiamando uno a uno. Chi era rimasto collegato da ieri continua a usare l'app normalmente.

Vi chiedo di intervenire subito o di disattivare temporaneamente la verifica via SMS. Sono raggiungibile al 039 602 1178.

Dott. Paolo Crippa
Ufficio Personale – Pulizie Brianza Service S.r.l."""),
]
