# blind9 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucia Bernardis <lucia.bernardis@posta-friuli.example>",
         to="assistenza@cucinapiu.example",
         subject="Pentola Rapida 6L - coperchio",
         body="""\
Buongiorno,
ho acquistato la vostra pentola a pressione Rapida 6 litri a settembre sul vostro sito (ordine CP-448102) e fino alla settimana scorsa l'ho usata senza problemi, più o meno due volte alla settimana per legumi e brodo.

Domenica però è successa una cosa che mi ha spaventata parecchio. Avevo spento il fornello da qualche minuto, la valvola fischiava ancora un po', e mia madre (ha 79 anni, era lì accanto a me) ha appoggiato la mano sulla maniglia. Il coperchio ha girato da solo ed è saltato via, e il brodo bollente le è finito sull'avambraccio e sul petto. Siamo andati al pronto soccorso: ha delle vesciche grandi come una moneta e dovrà fare medicazioni per qualche settimana.

La maniglia non l'abbiamo forzata, né io né lei, ne sono sicura. La guarnizione è quella originale. Ho conservato la pentola così com'è e non l'ho più toccata.

Vorrei sapere cosa devo fare, se la volete ritirare per controllarla e se ci sono stati altri casi simili. Io con quella pentola non ci cucino più.

Cordiali saluti
Lucia Bernardis
Udine"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianpaolo Ferrante <gp.ferrante@libero-posta.example>",
         to="clienti@saliscendi-montascale.example",
         subject="montascale via Cavour - ancora lui",
         body="""\
Salve,
vi scrivo per il montascale che avete installato a casa di mio padre in via Cavour 12 a Novara (contratto di manutenzione MS-2291).
Ieri pomeriggio mio padre era arrivato in cima, ha alzato il bracciolo per scendere e la poltroncina è ripartita da sola verso il basso. Lui aveva già un piede sul pianerottolo e l'altro ancora sulla pedana, se l'è trascinato dietro per 4 o 5 gradini prima che si fermasse. Ha 86 anni, adesso ha tutto il fianco viola e zoppica, grazie a Dio non si è rotto niente.
Il telecomando era appeso al muro, nessuno l'ha toccato.
Ho staccato la corrente all'impianto e per ora lo portiamo su a braccia io e mio cognato, ma così non si può andare avanti. Quando può venire un tecnico?? Anche oggi stesso.
Ferrante"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Marta Sciacca <marta.sciacca@famigliasciacca.example>",
         to="segnalazioni@acquedotto-altonovarese.example",
         subject="acqua non potabile in via dei Tigli??",
         body="""\
Buonasera,
abito in via dei Tigli 8 a Borgomanero. Martedì i vostri operai hanno lavorato sulla tubazione davanti al condominio e da mercoledì mattina l'acqua del rubinetto ha un odore fortissimo, tipo vernice o solvente, e nel bicchiere è leggermente giallina.

I miei due figli (7 e 10 anni) ieri sera l'hanno bevuta prima che me ne accorgessi: stanotte hanno vomitato tutti e due e stamattina hanno ancora mal di pancia, alle 11 li porto dal pediatra. Anche la signora del secondo piano dice che suo marito sta male da ieri.

Ho chiamato il numero verde ma dopo 20 minuti di attesa è caduta la linea.

Vi chiedo per favore di dirmi SUBITO se l'acqua si può bere o no e di avvisare tutto il palazzo, qui ci sono anziani e bambini piccoli. Io intanto compro l'acqua in bottiglia, ma non tutti lo sanno e secondo me è un rischio per la salute.

Marta Sciacca
tel. 0321 555 0147"""),

    dict(n=4, signals="safety", priority="critical", trap="wrong-recipient", qt=0, reply=0,
         frm="Davide Orrù <davide.orru@studenti.unisarda.example>",
         to="helpdesk@esamionline.example",
         subject="mail ricevuta per errore",
         body="""\
Buongiorno,
stamattina alle 8:12 mi è arrivata dalla piattaforma una mail con oggetto "Esito verbalizzazione – Statistica II". Solo che non è il mio esito: dentro ci sono il nome di un'altra studentessa, il suo numero di matricola e il voto, e in allegato la scansione della sua carta d'identità e un certificato medico con la diagnosi, quello che si carica per chiedere i tempi aggiuntivi.

Non ho aperto altro e non l'ho inoltrata a nessuno. Però mi chiedo: se è arrivata a me per sbaglio, anche la mia documentazione (ho caricato un certificato il mese scorso) può essere finita a qualcun altro?

Vi chiedo di verificare e di dirmi come devo cancellarla nel modo corretto. Mi sembra una cosa seria e preferisco segnalarla subito.

Grazie,
Davide Orrù
matricola 60/73/65512"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Roberto Gallina <r.gallina@aeroporto-treviglio.example>",
         to="support@dcs-airsoft.example",
         subject="URGENTE - DCS down su tutti i banchi",
         body="""\
Buongiorno,
il DCS è down dalle 05:40 su tutti i 14 banchi check-in e sui 3 gate d'imbarco. Il client si apre, ma dopo il login resta su "connessione al server in corso..." e poi va in timeout.

Stiamo accettando i passeggeri a mano con le liste cartacee, ma il primo volo per Tirana (partenza 06:50) è già in ritardo e entro le 7:30 ne abbiamo altri quattro, compreso un charter da 180 pax.

Abbiamo già riavviato i client e verificato la nostra rete: tutto il resto funziona, è solo il vostro sistema.

Ticket aperto dal portale alle 05:52, n. 77804, ancora nessuna risposta. Richiamatemi al 035 555 0192.

Roberto Gallina
Duty Manager – Handling
Aeroporto di Treviglio"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Chiara Benvenuti <chiara.benvenuti@mailbox-it.example>",
         to="assistenza@fibraviva.example",
         subject="ciao",
         body="""\
ciao, scusate se scrivo da qui ma al telefono non risponde nessuno.
da ieri sera verso le 22 il modem ha la lucina "internet" rossa fissa e non va niente, nè col wifi nè col cavo. l'ho spento e riacceso 3 volte, ho fatto anche il reset con la graffetta come dice il video sul vostro sito, niente da fare.
io lavoro da casa tutti i giorni (faccio la contabilità per uno studio) e stamattina non mi sono potuta collegare, vi sto scrivendo dal telefono con i giga che mi restano. la vicina che ha un altro operatore ce l'ha funzionante, quindi non credo sia un problema di zona.
codice cliente FV-0092217, via Saragozza 140, Bologna.
mi mandate un tecnico o ditemi voi cosa fare per favore
Chiara"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Elena Fortis <e.fortis@museocivico-castelverde.example>",
         to="supporto@bigliettando.example",
         subject="Ritardo invio QR code",
         body="""\
Gentile supporto,
da lunedì le mail di conferma con il QR code che il sistema invia ai visitatori dopo l'acquisto online arrivano con due, a volte tre ore di ritardo. Il pagamento va a buon fine e nel backoffice la prenotazione compare subito, quindi sembra un problema solo dell'invio.

Per ora ci arrangiamo: all'ingresso stampiamo l'elenco delle prenotazioni della giornata e controlliamo i nomi a mano. Però nel fine settimana, con la mostra sui Longobardi, arriviamo a 600 ingressi e la fila si allunga parecchio. Alcuni visitatori poi ci scrivono preoccupati, convinti di non aver pagato.

Potete verificare? Se vi servono degli esempi, ecco un paio di ordini: BG-2026-118834 e BG-2026-118851.

Grazie e buona giornata,
Elena Fortis
Servizi al pubblico – Museo Civico di Castelverde"""),

    dict(n=8, signals="outage", priority="critical", trap="merchant-pos", qt=0, reply=0,
         frm="Sandro Melis <sandro@melis-carburanti.example>",
         to="assistenza.tecnica@self24-impianti.example",
         subject="accettatori self fermi impianto 0417",
         body="""\
Buonasera,
sono il gestore dell'impianto sulla SS 131 al km 92, codice impianto 0417.
Dalle 19 circa tutti e due gli accettatori del self-service mostrano "TERMINALE NON IN LINEA" e rifiutano sia le banconote che le carte. Le pompe sono a posto e il carburante c'è, semplicemente non si riesce a erogare perché la transazione non parte.

Il punto è che io chiudo alle 20 e da lì in poi l'impianto lavora solo in self: è venerdì sera, sulla statale passa un sacco di gente e stanno andando via tutti senza fare rifornimento. Due camionisti mi hanno già chiamato arrabbiati.

Il router è acceso, ho riavviato gli accettatori come da procedura, niente. Al numero dell'assistenza risponde la segreteria.

Mandate qualcuno o fate qualcosa da remoto, STASERA, non lunedì.
Sandro Melis"""),

    dict(n=9, signals="outage", priority="high", trap="error-code", qt=0, reply=0,
         frm="Federica Lanza <f.lanza@lanza-spedizioni.example>",
         to="api-support@portcall-terminal.example",
         subject="Errore 503 prenotazione slot ritiro container",
         body="""\
Buongiorno,
dalle 9:05 di stamattina ogni chiamata al vostro endpoint /v2/slots/booking ci risponde 503. Stessa cosa dal portale web: dopo il login la pagina delle prenotazioni resta bianca.

Esempio di risposta:
  HTTP/1.1 503 Service Unavailable
  x-request-id: 7f3a-22c1-90be

Domani abbiamo 11 container da ritirare al terminal di La Spezia (booking BKG 55012-55022) e senza slot i camion al gate non entrano. Gli autisti sono già stati assegnati.

Ci fate sapere se il problema è vostro e in quanto tempo pensate di risolverlo? Altrimenti dobbiamo spostare tutto a venerdì e avvisare il cliente.

Federica Lanza
Ufficio operativo – Lanza Spedizioni srl"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Paolo Venturini <venturini.paolo@tiscalo.example>",
         to="prenotazioni@crocieremare.example",
         subject="Prenotazione 88-41207 caparra",
         body="""\
Gentili signori,
a ottobre io e mia moglie abbiamo prenotato la crociera nel Mediterraneo di aprile (prenotazione n. 88-41207, cabina con balcone, partenza da Savona il 18/4) e abbiamo pagato la caparra di 640,00 euro con la carta di credito.

Guardando l'estratto conto di novembre ho visto che l'addebito compare due volte, stesso importo, una il 14/10 e una il 15/10, con la descrizione "CROCIEREMARE*DEPOSITO". Nella vostra area clienti invece risulta versata una sola caparra, come è giusto.

Vi prego di controllare e di restituirci l'importo addebitato in più. Le ultime cifre della carta sono 4471.

Ringraziando anticipatamente, porgo distinti saluti.
Paolo Venturini"""),

    dict(n=11, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Nadia Cerruti <nadia.cerruti@webposta.example>",
         to="info@creditosupegno-torino.example",
         subject="Riscatto polizza 3-00981 - bonifico fatto!!",
         body="""\
Buongiorno,
il 2 dicembre ho fatto un bonifico di 1.140 euro per riscattare la polizza n. 3-00981 (una collana d'oro e gli orecchini di mia nonna), con il numero della polizza nella causale come mi avevano detto allo sportello. Dalla mia banca risulta eseguito, ho la ricevuta con il CRO e ve la allego.

Ieri sono passata in filiale e l'impiegata mi ha detto che a loro il pagamento non risulta, e che la polizza scade venerdì 12: se non risulta pagata va all'asta insieme alle altre.

I soldi dal mio conto sono usciti. Non posso pagare due volte e non voglio perdere quei gioielli, per me valgono molto più di quello che c'è scritto sulla polizza.

Vi prego di verificare con l'amministrazione e di togliere la mia polizza dall'asta finché non si chiarisce. Potete chiamarmi al 011 555 0163.

Nadia Cerruti"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Ing. Walter Pozzi <walter.pozzi@studiopozzi.example>",
         to="servizio.clienti@luceitalia-energia.example",
         subject="Fattura n. 2026/E/0448127 – consumi stimati errati",
         body="""\
Spett.le servizio clienti,
con la presente contesto la fattura n. 2026/E/0448127 del 28/11, relativa al POD IT001E55501234 (abitazione di via Manin 3, Pordenone).

La fattura riporta un consumo stimato di 1.820 kWh per il bimestre settembre-ottobre, per un importo di 612,40 €. Il mio consumo reale, come risulta da tutte le bollette precedenti, è di circa 400-450 kWh a bimestre. Il 3 novembre ho inviato tramite app l'autolettura con la foto del contatore (F1 18.443, F2 9.870, F3 14.002), che evidentemente non è stata considerata.

Chiedo pertanto la rettifica della fattura sulla base della lettura reale e la sospensione dell'addebito SDD previsto per il 16/12 fino all'emissione della nota di credito.

Distinti saluti
Ing. Walter Pozzi"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Tommaso Rizzi <tommyrizzi04@mailbox-it.example>",
         to="support@pixelstation.example",
         subject="domanda veloce",
         body="""\
Ciao, ho collegato la mia carta prepagata all'account della console per comprare un gioco e sul conto mi è comparso un addebito di 1,00 € con scritto "PIXELSTORE VERIFICA", prima ancora dell'acquisto vero (quello da 29,99 è passato normalmente).

È normale? Quell'euro me lo ridate o resta lì? Non è un problema, chiedo solo per capire.

Grazie
Tommaso"""),

    dict(n=14, signals="account", priority="high", trap="context", qt=0, reply=0,
         frm="Lorenzo Bassi <lorenzo.bassi@croceazzurra-fidenza.example>",
         to="assistenza@turnionline.example",
         subject="utente sospeso - mi serve entro stanotte",
         body="""\
Buonasera,
sono il responsabile turni della Croce Azzurra di Fidenza (associazione cliente, codice ASS-1187). Stasera ho sbagliato la password un po' di volte perché il browser mi proponeva quella vecchia, e adesso il sistema mi dice "utente sospeso per troppi tentativi, contattare l'amministratore". L'amministratore però sono io, ed è proprio questo il problema: nessun altro ha i permessi.

Il link "password dimenticata" mi manda la mail, ma quando clicco mi dice di nuovo che l'utente è sospeso.

Entro domattina alle 8 devo pubblicare i turni delle ambulanze per il fine settimana e confermare gli equipaggi con la centrale, altrimenti i volontari non sanno chi deve uscire.

Potete sbloccarmi?
Grazie mille,
Lorenzo Bassi
cell. 338 555 0121"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Salvatore Amato <totoamato@mailbox-it.example>",
         to="assistenza@giocalotto.example",
         subject="codice SMS NON ARRIVA",
         body="""\
Ho cambiato numero di telefono il mese scorso e il numero nuovo l'ho inserito nel profilo già a ottobre, me l'avevate pure confermato. Da allora quando faccio il login l'app mi chiede il codice di verifica via SMS e il codice non arriva. Mai. Ho provato 10 volte, ho riavviato il telefono, gli altri SMS arrivano normalmente.

Sul conto gioco ho 85 euro e una vincita di 120 ancora da incassare e non posso fare niente.

Nome utente: samato77, nato il 14/03/1977. Fatemi sapere come entrare oppure mandatemi il codice per email.

S. Amato"""),

    dict(n=16, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Giulia Marchetti <g.marchetti@tirrenologistica.example>",
         to="customerservice@boxlease-containers.example",
         subject="Richiesta",
         body="""\
Buongiorno Sig. Neri,
spero tutto bene. Innanzitutto grazie per la consegna dei due reefer da 40' a Livorno della settimana scorsa: tutto puntuale e il cliente è soddisfatto.

Le scrivo per una questione sul portale. Lunedì il nostro amministratore IT ha aggiornato la lista degli utenti (abbiamo chiuso l'ufficio di Piombino) e, a quanto pare per sbaglio, ha disattivato anche l'utenza di Simona Ferri, che lavora a Livorno e segue tutte le restituzioni dei container vuoti. Da martedì lei prova ad entrare e le compare "utente non attivo". Lui dal suo pannello non riesce a riattivarla, dice che l'opzione è grigia.

Riuscite a riattivare l'utenza s.ferri@tirrenologistica.example con gli stessi permessi di prima? Nel frattempo le restituzioni le carico io, quindi non è drammatico, ma mi raddoppia il lavoro.

Cordiali saluti
Giulia Marchetti
Tirreno Logistica S.r.l. – Ufficio noleggi"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Beatrice Lo Russo <bea.lorusso@mailbox-it.example>",
         to="supporto@certlingua.example",
         subject="cambio indirizzo email profilo",
         body="""\
Salve,
mi sono registrata sul vostro portale due anni fa con un indirizzo email che ormai non uso quasi più, e vorrei sostituirlo con questo prima di iscrivermi all'esame B2 di tedesco di febbraio, così le convocazioni mi arrivano qui.

Nelle impostazioni del profilo il campo email sembra non modificabile. Come devo fare? Devo mandarvi un documento oppure c'è una procedura che posso seguire da sola?

Grazie in anticipo,
Beatrice Lo Russo"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Matteo Grasso <matteo.grasso@mailbox-it.example>",
         to="negozio@oreficeria-valenti.example",
         subject="HA DETTO SÌ",
         body="""\
Carissimi,
vi scrivo solo per ringraziarvi. Venerdì sera, quando ho aperto la scatolina sul terrazzo e l'ho trovata vuota, mi è preso un colpo: ho pensato che l'anello fosse rimasto in negozio, o peggio che l'avessi perso in macchina. Poi Irene si è messa a ridere e l'ha tirato fuori dalla tasca interna del sacchettino, dove l'aveva infilato la vostra commessa "per sicurezza".

Insomma, a parte il mezzo infarto, è andato tutto benissimo. L'anello è una bomba, la misura è perfetta e lei non smette di guardarlo.

Un grazie speciale a Silvia che mi ha sopportato per tre pomeriggi di indecisione: mi avete salvato la vita.

Passeremo per le fedi in primavera!
Matteo"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Prof.ssa Anna Ricciardi <anna.ricciardi@istitutomontale-lecco.example>",
         to="didattica@spaziotecnica-museo.example",
         subject="Mostra Blackout – visita classi quinte",
         body="""\
Buongiorno,
sono docente di fisica all'Istituto Montale e vorrei portare tre classi quinte (circa 65 studenti più 5 accompagnatori) alla mostra "Blackout – quando la rete si ferma", possibilmente a fine gennaio.

Vorrei sapere:
- se esiste una tariffa scuole e se gli accompagnatori pagano;
- se il laboratorio "Cortocircuito" è compreso o va prenotato a parte;
- se in caso di annullamento (uno sciopero dei treni, per esempio) si può spostare la data o si perde la quota.

Ho letto sul sito che il percorso al buio è sconsigliato a chi soffre di claustrofobia: abbiamo un paio di ragazzi in questa situazione, è previsto un percorso alternativo?

Grazie e cordiali saluti,
Anna Ricciardi"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Ugo Pellegrini <ugo.pellegrini@mailbox-it.example>",
         to="urp@ecoservizi-valbrembo.example",
         subject="VERGOGNA!!!",
         body="""\
Scrivo per l'ennesima volta e stavolta lo metto per iscritto!!!

Stamattina alle 6:45 il vostro camion della carta è passato in via Roma 22, l'operatore ha svuotato il bidone e poi me l'ha LANCIATO in mezzo al passo carraio, coperchio aperto, carta dappertutto. Quando sono uscito a dirgli qualcosa mi ha risposto in un modo che non ripeto e se n'è andato ridendo.

Non è la prima volta, è sempre lo stesso, quello con la barba. Paghiamo la tassa rifiuti più alta della valle per farci trattare così?? Ho anche la foto della targa del camion.

Pretendo delle scuse e che qualcuno gli spieghi come ci si comporta con i cittadini. Altrimenti vado dal sindaco, che conosco bene.

Ugo Pellegrini"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Roberta Sanna <roby.sanna@mailbox-it.example>",
         to="assistenza@visiotek-tv.example",
         subject="ticket 55123 si può chiudere",
         body="""\
Buongiorno,
vi aggiorno sul ticket 55123 (il televisore VT-55Q che si spegneva da solo durante le partite e poi non si riaccendeva più).

Dopo l'aggiornamento firmware 4.2.11 che mi avete fatto installare con la chiavetta non si è più spento nemmeno una volta. Sono passate due settimane, ci ho guardato tutta la giornata di campionato e domenica anche un film di tre ore: nessun blocco, nessuno schermo nero.

Per me potete chiudere la pratica, il tecnico non serve più. Grazie a Daniele dell'assistenza telefonica che è stato molto paziente.

Saluti,
Roberta Sanna"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Franco Del Vecchio <franco.delvecchio@mailbox-it.example>",
         to="richiami@termoclima-stufe.example",
         subject="R: Richiamo precauzionale stufa catalitica CatalGas 4200",
         body="""\
Buongiorno,
grazie per la comunicazione e per la rapidità. Il tecnico è venuto ieri pomeriggio, ha sostituito il gruppo valvola e mi ha lasciato il foglio di intervento firmato. La stufa funziona come prima.

Una sola domanda: il foglio devo conservarlo io o devo mandarvene una copia per chiudere la pratica?

Cordiali saluti
Franco Del Vecchio

Il giorno 24 nov 2026, alle ore 10:02, Servizio Richiami TermoClima <richiami@termoclima-stufe.example> ha scritto:
> Gentile cliente,
> da un controllo interno è emerso che su alcuni esemplari della stufa
> catalitica CatalGas 4200 (lotti 2309-2311) la valvola di sicurezza può
> non chiudersi completamente, con rischio di fuoriuscita di gas e di
> intossicazione da monossido di carbonio.
> La preghiamo di NON utilizzare l'apparecchio fino all'intervento gratuito
> del nostro tecnico, che la contatterà entro 5 giorni lavorativi.
> Ci scusiamo per il disagio.
> Servizio Richiami TermoClima"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Alessandra Conti <ale.conti@mailbox-it.example>",
         to="assistenza@telemobile-italia.example",
         subject="furto telefono e accesso area clienti",
         body="""\
Buonasera,
ieri sera all'aeroporto mi hanno rubato lo zaino con dentro il telefono (numero 347 555 0186, intestato a me). Ho fatto subito la denuncia alla Polizia di frontiera e dal telefono di mia sorella ho chiamato il vostro servizio clienti per bloccare la SIM; l'operatore mi ha detto che il blocco era stato fatto.

Stamattina però ho provato ad entrare nell'area clienti dal computer e la mia password non funziona più. Ho chiesto il reset, ma la mail di recupero non arriva: credo che l'indirizzo email del profilo sia stato cambiato, perché ieri alle 23:40 sulla mia casella mi è arrivata una notifica "richiesta di attivazione eSIM su nuovo dispositivo", che io non ho mai chiesto.

Sul telefono avevo anche l'app della banca, e ho paura che chi l'ha preso riesca a ricevere i codici via SMS a nome mio.

Vi chiedo di bloccare qualsiasi eSIM o cambio SIM sul mio numero, di restituirmi l'accesso al profilo e di dirmi cosa è stato modificato. Posso mandarvi copia della denuncia e del documento d'identità.

Grazie,
Alessandra Conti"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=1,
         frm="Marco Zanetti <m.zanetti@usvirtus-calcio.example>",
         to="support@ticketarena.example",
         subject="RE: [Ticket #40917] Accesso abbonati dopo migrazione",
         body="""\
No, non è risolto per niente.

Da quando avete migrato le password venerdì, una buona parte dei nostri abbonati (a occhio uno su tre) non riesce più ad entrare nell'app: "credenziali non valide", anche dopo aver fatto il reset. Alcuni la mail di reset non la ricevono proprio. La biglietteria ha ricevuto più di 400 segnalazioni in due giorni e il telefono non smette di squillare.

Domenica alle 15 c'è il derby, 14.000 spettatori, e quest'anno l'abbonamento è SOLO digitale, dentro l'app. Se non entrano nell'app, non entrano allo stadio. Non possiamo ristampare migliaia di tessere in tre giorni.

Serve qualcuno che ci lavori oggi, e una persona da chiamare direttamente.

Marco Zanetti
Responsabile biglietteria – US Virtus

-----Messaggio originale-----
Da: TicketArena Support <support@ticketarena.example>
Inviato: lunedì 7 dicembre 2026 18:21
Oggetto: [Ticket #40917] Accesso abbonati dopo migrazione

> Gentile Sig. Zanetti,
> la informiamo che il problema di accesso segnalato è stato risolto.
> Se gli utenti dovessero riscontrare ancora difficoltà, consigliamo di
> effettuare il reset della password dall'app.
> Cordiali saluti,
> TicketArena Support"""),
]
