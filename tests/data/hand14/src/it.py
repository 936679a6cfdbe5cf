# blind15 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Scarpellini <marta.scarpellini@posta.example>",
         to="assistenza@mobilitalibera.example",
         subject="Scooter di mio padre - ruota anteriore staccata",
         body="""\
Buongiorno,

vi scrivo per lo scooter elettrico di mio padre, Libra 4, che ci avete consegnato tre settimane fa (contratto MLB-20931, telaio n. L4-0088172).

Ieri pomeriggio lui stava scendendo la rampa davanti alla posta, andando piano come fa sempre, quando la ruota anteriore sinistra si è sfilata dal perno ed è rotolata in mezzo alla strada. Lo scooter si è piegato di lato e lui è finito sull'asfalto. Ha un livido enorme sul fianco e il polso così gonfio che stamattina glielo hanno ingessato. Ha 81 anni.

Sono andata a guardare il perno: il dado non c'è proprio più, e anche quello della ruota destra gira con le dita.

Lo scooter adesso è chiuso in garage e non lo tocca nessuno finché non lo vedete voi. Vi segnalo che la signora del piano di sotto ha lo stesso modello, preso da voi lo stesso giorno.

Vi prego di richiamarmi al 333 000 4417.

Marta Scarpellini"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Giacomo Ferretti <g.ferretti@casaferretti.example>",
         to="clienti@lavasecco-stella.example",
         subject="Odore strano sul piumino ritirato sabato",
         body="""\
Salve,

è normale che un piumino appena ritirato dal lavasecco abbia ancora un odore così forte, tipo smacchiatore o vernice? Lo abbiamo ritirato sabato nel vostro negozio di via Mazzini (scontrino n. 4471) e l'odore si sentiva già in macchina.

Lunedì nostra figlia Sofia, 7 anni, l'ha messo per andare a scuola. Verso le undici la maestra ci ha telefonato: Sofia aveva il collo e i polsi pieni di chiazze rosse in rilievo, diceva che le girava la testa e ha vomitato due volte in bagno. La pediatra pensa che sia qualcosa rimasto sul tessuto.

Il piumino ora è chiuso in un sacco sul balcone. Vorrei sapere con quale prodotto è stato trattato e cosa dobbiamo fare, anche perché nello stesso ritiro c'erano due cappotti miei.

Giacomo Ferretti
348 000 2290"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Rosaria Cutrone <rosaria.cutrone@mailbox.example>",
         to="supporto@trasportosalute.example",
         subject="Vedo i viaggi di un altro paziente nella mia app",
         body="""\
Buonasera,

gestisco dalla vostra app le prenotazioni del trasporto per la dialisi di mia madre (tre volte a settimana, Centro Dialisi San Rocco).

Stasera, aprendo "I miei viaggi", al posto dei suoi trasporti compaiono quelli di un signore che non conosco: nome e cognome, indirizzo di casa, numero di cellulare, orari delle sedute, il nome del suo nefrologo e perfino la nota per l'autista con il codice del portone del condominio.

Non ho toccato niente e ho fatto solo uno screenshot per mostrarvelo. Ma a questo punto mi chiedo chi in questo momento stia guardando i dati di mia madre, con il suo indirizzo e gli orari in cui la casa resta vuota.

Aspetto una risposta al più presto.
Rosaria Cutrone"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Lorenzo Bassani <lorenzo.bassani@studiobassani.example>",
         to="help@parkvolo.example",
         subject="Tre addebiti ParkVolo che non ho mai fatto",
         body="""\
Buongiorno,

nell'estratto conto della mia carta trovo tre addebiti di ParkVolo che non riconosco:
- 12/03 - 89,00 EUR
- 19/03 - 112,50 EUR
- 27/03 - 64,00 EUR

Sono tutte soste al parcheggio P3 dell'aeroporto di Orio, ma io a marzo non ho preso nessun volo e a Bergamo non ci sono proprio andato. Entrando nel mio profilo vedo le tre prenotazioni, fatte con la mia carta salvata ma con una targa (FX 209 KT) che non è la mia.

Ho già fatto bloccare la carta dalla banca e ho cambiato la password dell'account. Vi chiedo di annullare gli addebiti e di dirmi da dove sono state fatte quelle prenotazioni.

Lorenzo Bassani"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ing. Paola Dal Monte <p.dalmonte@ospedalevalverde.example>",
         to="service@cleanbotmed.example",
         subject="Padiglione B: nessun robot è partito stamattina",
         body="""\
Buongiorno,

da stamattina alle 6 nessuno dei 14 robot di sanificazione del Padiglione B ha iniziato il giro. Sono tutti fermi sulle basi di ricarica con la spia arancione che lampeggia, e dalla console web non riusciamo ad assegnare nessuna missione: la pagina dei robot resta bianca e dopo un minuto torna al login.

Il blocco operatorio del secondo piano non può aprire le sale finché i pavimenti non sono trattati: abbiamo già rinviato sei interventi programmati e la direzione sanitaria mi chiama ogni mezz'ora. Stiamo facendo passare a mano il personale delle pulizie, ma con i turni di oggi non ci stiamo dentro.

Contratto di assistenza CBM-OSP-0312, livello Gold. Vi chiedo un tecnico in collegamento subito.
Reperibile al 02 5550 1487.

Paola Dal Monte
Ufficio Tecnico - Ospedale Valverde"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Farmacia Comunale 3 <farmacia3@farmaciecomunali.example>",
         to="assistenza@farmabox.example",
         subject="Distributore h24 Viale Europa - i clienti non riescono a ritirare",
         body="""\
Buongiorno,

da ieri sera verso le 21 i clienti che vengono al distributore h24 davanti alla farmacia non riescono a ritirare niente: inseriscono il codice, lo schermo resta sulla schermata di benvenuto e gli sportelli non si aprono. Stamattina avevo dodici persone fuori ad aspettare l'apertura, quasi tutti anziani con la terapia prenotata, e nel gestionale ho 43 ritiri in sospeso che continuano ad aumentare.

Stiamo consegnando tutto al banco a mano, ma il distributore ha dentro anche gli insulinici in cella refrigerata e non posso aprirlo io.

Dott.ssa Elena Rinaldi
Farmacia Comunale 3 - Viale Europa 118
Tel. 051 555 0302"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kevin Osei <kevin.osei@correre.example>",
         to="rider-support@pedala.example",
         subject="Non riesco ad accettare consegne",
         body="""\
Ciao, dalle 7 di stamattina l'app non mi fa prendere nessuna consegna: premo "Accetta" e torna alla lista, sempre uguale. Ho già disinstallato e reinstallato due volte. Sono in giro da due ore senza aver fatto un euro.
Kevin, rider n. 5521"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Adriana Lupo <adriana.lupo@postacasa.example>",
         to="info@raccoltafacile.example",
         subject="Notifiche raccolta e calendario",
         body="""\
Buongiorno,
da circa una settimana sull'app RaccoltaFacile le notifiche della sera prima non funzionano più e la sezione Calendario è vuota (Comune di Castelnuovo, zona 2). Dal sito vedo ancora il calendario, quindi per ora lo controllo da lì, ma martedì ho già dimenticato fuori il vetro.
Grazie,
Adriana Lupo"""),

    dict(n=9, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="M° Chiara Benvenuti <chiara.benvenuti@scuolamusica.example>",
         to="supporto@esamimusica.example",
         subject="Upload registrazioni d'esame: errore 502",
         body="""\
Gentile supporto,

sono insegnante di pianoforte (codice centro 7730) e devo caricare sul vostro portale le registrazioni d'esame di sei allievi entro venerdì alle 12:00.

Da ieri il caricamento arriva sempre al 99% e poi compare "Errore 502 - Bad Gateway". Ho provato con tre computer diversi, con Chrome e Firefox, dalla rete della scuola e dal telefono di casa: stesso risultato, sia con i file MP4 da 400 MB sia con uno di prova da 20 MB. In pratica non riesco a consegnare niente.

Se il portale non torna a posto entro giovedì, come faccio a non far perdere la sessione ai ragazzi? Potete prorogare la scadenza o indicarmi un altro modo di inviare i file?

Cordiali saluti,
Chiara Benvenuti"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Beatrice Moro <bea.moro@webposta.example>",
         to="prenotazioni@sartoriabellini.example",
         subject="Acconto addebitato due volte",
         body="""\
Buongiorno,

il 14 maggio ho prenotato sul vostro sito una prova per la modifica dell'abito da sposa (orlo e stringimento in vita, appuntamento del 3 giugno). L'acconto di 60,00 € mi è stato addebitato due volte sulla carta, a un minuto di distanza. La conferma che ho ricevuto però è una sola (prenotazione SB-1187).

Potreste rimborsarmi il secondo addebito? Allego lo screenshot della banca.

Grazie e a presto,
Beatrice Moro"""),

    dict(n=11, signals="payment", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Thomas Pichler <thomas.pichler@zeltbau-pichler.example>",
         to="partner@tendonieventi.example",
         subject="Bonifico allestimenti maggio non arrivato - stipendi venerdì",
         body="""\
Buongiorno,

sono partner montatore per la zona di Bolzano. Il bonifico per gli allestimenti di maggio (7 tensostrutture, totale 4.280,00 €) doveva arrivare il 10 del mese. Oggi è il 14 e sul conto non è arrivato niente; nel portale partner lo stato del pagamento è "Respinto" senza nessuna spiegazione. L'IBAN è lo stesso di sempre, non l'ho cambiato.

Venerdì devo pagare gli stipendi ai miei cinque montatori e senza quel bonifico non ci arrivo. Vi prego di verificare oggi stesso e di rifare il pagamento.

Falls es einfacher ist, können Sie mich auch gerne auf Deutsch anrufen: 0471 555 0193.

Thomas Pichler
Zeltbau Pichler"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=1,
         frm="Amministrazione Condominio Aurora <amministrazione@studiogalli.example>",
         to="fatturazione@ponteggisicuri.example",
         subject="Re: Fattura n. 2024/0871 - noleggio ponteggio via Garibaldi 22",
         body="""\
Buongiorno,

ringrazio per l'invio. Approfitto per fare il punto sul cantiere, visto che in assemblea mi hanno chiesto un resoconto completo.

Il ponteggio è stato montato il 22 aprile come previsto, e devo dire che la squadra è stata puntuale e ordinata; un paio di condomini si erano lamentati per i teli davanti alle finestre del primo piano, ma la questione si è risolta spostandoli di mezzo metro. I lavori di rifacimento della facciata sono finiti prima del previsto grazie al bel tempo, e l'impresa edile ha chiesto lo smontaggio per fine maggio. Il vostro caposquadra, il sig. Carta, ha smontato tutto il 3 giugno: abbiamo il verbale di smontaggio firmato da lui e dal direttore lavori, che allego.

Nella fattura però il noleggio è calcolato per 9 settimane (dal 22/04 al 24/06), cioè 9 x 410,00 € = 3.690,00 € più IVA, mentre le settimane effettive sono 6. Vi chiedo quindi di emettere una nota di credito per le 3 settimane in più o di riemettere la fattura corretta, perché così non posso farla approvare dal consiglio.

Per il resto nessun problema, e probabilmente vi ricontatteremo in autunno per il cortile interno.

Cordiali saluti,
Rag. Franca Galli
Studio Galli - Amministrazioni condominiali

Il giorno 18 giu 2024, alle ore 09:12, Fatturazione Ponteggi Sicuri ha scritto:
> Gentile cliente,
> in allegato trasmettiamo la fattura n. 2024/0871 relativa al noleggio
> del ponteggio presso il cantiere di via Garibaldi 22.
> Restiamo a disposizione per qualsiasi chiarimento.
> Ufficio Fatturazione"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Nicola Sartori <nicola.sartori@mailnet.example>",
         to="info@vignettefacili.example",
         subject="Commissione di servizio",
         body="""\
Salve, ho comprato da voi la vignetta svizzera: 40 CHF più 2,90 € di "commissione di servizio". Solo per curiosità, a cosa corrisponde esattamente quella commissione?
Grazie, Nicola"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Ettore Malaspina <ettore.malaspina@orologeria.example>",
         to="service@tempoprecisione.example",
         subject="Profilo bloccato, devo approvare il preventivo",
         body="""\
Buongiorno,

ho lasciato da voi il mio cronografo per la revisione completa (pratica n. TP-30447) e mi avete scritto che il preventivo va approvato dal portale entro giovedì, altrimenti l'orologio torna in coda.

Ho sbagliato la password un paio di volte e adesso il portale dice "Account temporaneamente bloccato per troppi tentativi". L'e-mail per reimpostare la password non mi arriva, neanche nello spam. Potete sbloccarmi o farmi approvare il preventivo in un altro modo?

Cordiali saluti,
Ettore Malaspina"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Giulia Fontana <giulia.fontana03@studenti.example>",
         to="abbonamenti@muovitistudenti.example",
         subject="Codice SMS per l'accesso",
         body="""\
Ciao,
è normale che il codice via SMS per entrare nell'app degli abbonamenti studenti non arrivi mai? Ho cambiato telefono la settimana scorsa ma il numero è sempre lo stesso (333 000 1962). Ho chiesto il codice sei volte da ieri e non è arrivato niente, mentre gli altri SMS mi arrivano normalmente. Per fortuna sul bus per ora mi accettano la tessera cartacea, ma vorrei rientrare nel mio profilo.
Grazie,
Giulia Fontana (matricola 2211876)"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Samuele Greco <samuele.greco@famigliagreco.example>",
         to="info@palaghiacciolario.example",
         subject="Il mio profilo non esiste più",
         body="""\
Buonasera,

provo ad accedere al sito del Palaghiaccio e mi risponde che "l'indirizzo e-mail non è associato a nessun utente". Fino a domenica scorsa entravo tranquillamente. Nel profilo avevo la tessera da 10 ingressi (usati solo 3) e quella del corso di pattinaggio di mio figlio Tommaso, collegata al mio account.

Non ho chiesto io di cancellare niente. Potete ripristinare il profilo con le tessere?

Samuele Greco"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Helen Carraro <helen.carraro@casacarraro.example>",
         to="prenota@accordatoripiano.example",
         subject="Cambiare indirizzo e-mail del profilo",
         body="""\
Buongiorno,

come faccio a cambiare l'indirizzo e-mail collegato al mio profilo? Vorrei usare quello nuovo per ricevere i promemoria dell'accordatura annuale. Nelle impostazioni trovo solo nome e telefono.

Sorry, my Italian is not perfect, I hope the question is clear.

Grazie mille,
Helen Carraro"""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Ufficio Acquisti Lineaverde <acquisti@lineaverde.example>",
         to="assistenza@caffeinufficio.example",
         subject="Grazie a Davide!",
         body="""\
Buongiorno,

volevo solo ringraziare Davide dell'assistenza tecnica. Ieri mattina la macchina del caffè del terzo piano si era bloccata con l'errore E7 e l'ufficio era a un passo dalla rivolta :) Il tecnico è arrivato in meno di un'ora, ha sostituito la pompa e adesso va tutto benissimo. Anche la nota di credito per il giorno di fermo è già arrivata.

Mi avete salvato la giornata, davvero.

Serena Colombo
Ufficio Acquisti - Lineaverde S.r.l."""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Alberto Pellizzari <alberto.pellizzari@montagna.example>",
         to="servizioclienti@catenegrip.example",
         subject="Re: Avviso di richiamo catene da neve GripMax 9",
         body="""\
Grazie per l'avviso. Ho controllato il codice sulla scatola: le mie sono GripMax 7, acquistate nel 2021, quindi non rientrano nel richiamo. Buon lavoro!
Alberto Pellizzari

Il giorno lun 4 dic 2023 alle ore 10:30 Servizio Clienti CateneGrip <servizioclienti@catenegrip.example> ha scritto:
> Gentile cliente,
> per motivi di sicurezza richiamiamo le catene da neve GripMax 9 prodotte
> tra agosto e ottobre 2023 (lotti 23-08 ... 23-10). In rari casi una maglia
> può rompersi durante la marcia, con rischio di perdita di controllo del
> veicolo. Se possiede questo modello, non lo utilizzi e ci contatti per la
> sostituzione gratuita.
> Servizio Clienti CateneGrip"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Matteo Zanella <matteo.zanella@ragazzi.example>",
         to="preventivi@audiocarlab.example",
         subject="Preventivo subwoofer Inferno Blackout 12",
         body="""\
Ciao,
vorrei un preventivo per montare il subwoofer Inferno Blackout 12 con l'amplificatore Thunder Crash 800 sulla mia Fiat Panda del 2019. Un amico ce l'ha e dice che fa tremare i vetri, è una bomba. Quanto costa il montaggio, quanto tempo mi resta ferma la macchina e serve cambiare la batteria?
Grazie,
Matteo"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Valentina e Luca <sposi.ricci.bianchi@matrimonio.example>",
         to="info@bagnichimicieventi.example",
         subject="Informazioni prima di prenotare - matrimonio a settembre",
         body="""\
Buongiorno,

stiamo organizzando il nostro matrimonio in una cascina vicino a Lodi il 14 settembre, circa 120 invitati, e stiamo valutando di noleggiare da voi due cabine bagno di lusso e una cabina accessibile.

Prima di prenotare vorremmo capire la vostra politica in caso di annullamento: se quel giorno c'è un'allerta meteo e dobbiamo spostare tutto al chiuso, l'acconto viene rimborsato o resta come credito? E fino a quanti giorni prima si può disdire senza penali?

Sarebbe un disastro dover pagare due volte, quindi preferiamo chiedere adesso :)

Grazie,
Valentina Ricci e Luca Bianchi"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SnowDome Milano <newsletter@snowdome.example>",
         to="supporto@snowdome.example",
         subject="Dicembre al SnowDome: prezzi congelati e serata cinema da brivido",
         body="""\
Ciao sciatore!

Ecco le novità di dicembre al SnowDome:

* PREZZI CONGELATI - Lo skipass serale resta a 25 € fino al 31 gennaio.
* SERATA CINEMA - Venerdì 15 proiettiamo "Valanga - Allarme rosso sulle piste" direttamente sulla neve. Coperte e cioccolata calda incluse.
* CORSO DI PRIMO SOCCORSO IN MONTAGNA - Sabato 16, con gli istruttori del soccorso alpino. Posti limitati.
* IL TUO ACCOUNT - Accedi all'area personale per ricaricare la tessera e pagare con un clic: niente code alla cassa!

Ci vediamo in pista,
lo staff SnowDome

Non vuoi più ricevere queste e-mail? Disiscriviti dalla tua area personale."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ristorante Il Pozzo <cucina@ristoranteilpozzo.example>",
         to="assistenza@lavaprofessional.example",
         subject="App monitoraggio lavastoviglie non registra i cicli",
         body="""\
Buongiorno,

da martedì l'app di monitoraggio della lavastoviglie a capote (modello LP-Hood 500, matricola 88-40172) non registra più i cicli: l'ultimo dato è di lunedì sera e il grafico delle temperature è piatto.

La macchina in sé lava benissimo e dal display vediamo che arriva a 85 °C in risciacquo, quindi non siamo fermi. Però il registro HACCP lo stiamo compilando a mano su carta, e a fine mese ci serve l'esportazione per il consulente.

Potete controllare la connessione della scheda?

Grazie,
Franco Serra - chef"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Divise Scolastiche Marchetti <negozio@divisemarchetti.example>",
         to="supporto@uniformionline.example",
         subject="R: Ordini bloccati sul portale scuole - SOLLECITO",
         body="""\
Buongiorno,

vi scrivo per la terza volta e nessuno mi ha ancora risposto. Il portale ordini per le scuole è ancora nelle stesse condizioni di lunedì: le famiglie arrivano fino al riepilogo e il pulsante "Conferma ordine" gira all'infinito. Da lunedì non è entrato nemmeno un ordine.

Le scuole riaprono giovedì, gli istituti Manzoni e Don Milani hanno mandato il link a circa 600 famiglie, e il negozio è pieno di genitori che vogliono ordinare al banco. Li stiamo segnando su un quaderno, ma non possiamo tenere tutto così fino a giovedì.

Vi chiedo di chiamarmi oggi stesso: 0546 555 0177.

Lucia Marchetti

-----Messaggio originale-----
Da: Divise Scolastiche Marchetti <negozio@divisemarchetti.example>
Inviato: lunedì 9 settembre 2024 08:47
A: supporto@uniformionline.example
Oggetto: Ordini bloccati sul portale scuole

> Buongiorno,
> da stamattina sul portale ordini per le scuole nessuna famiglia riesce a
> completare l'acquisto: il pulsante "Conferma ordine" resta a caricare e
> l'ordine non arriva. Potete verificare? Per noi è il periodo più importante
> dell'anno.
> Lucia Marchetti"""),
]
