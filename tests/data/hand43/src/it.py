# blind44 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesca Bellini <francesca.bellini@posta.example>",
         to="info@piscinaacquaviva.example",
         subject="Quanto successo sabato nella vasca dei bambini",
         body="""\
Buongiorno,

sabato pomeriggio ero alla vostra piscina con mio figlio Tommaso, 7 anni, nella vasca piccola. A un certo punto ha cominciato a urlare: il piede gli era finito dentro lo scarico sul fondo, vicino alla scaletta, dove la griglia non c'era. Non riusciva a tirarlo fuori perché l'acqua lo risucchiava, e siamo riusciti a liberarlo solo in due, io e un altro papà. Il bagnino in quel momento era dall'altra parte della vasca grande.

Tommaso ha un taglio profondo sul collo del piede, al pronto soccorso gli hanno dato quattro punti.

Ieri ho saputo da un'altra mamma che la griglia mancava già da giovedì. Vorrei sapere se è stata rimessa e a chi devo rivolgermi per la denuncia all'assicurazione. Sabato prossimo c'è il corso di nuoto e sinceramente non so se riportarlo.

Francesca Bellini
347 662 1189"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Laura Greco <laura.greco@posta.example>",
         to="assistenza@voltamobility.example",
         subject="Flux S9: il piantone si è piegato mentre mio marito era in strada",
         body="""\
Vi scrivo furiosa.

Ieri sera mio marito tornava dalla palestra con il monopattino Flux S9 comprato da voi a settembre (ordine VM-22871). Andava piano, su una strada dritta, e di colpo il piantone del manubrio si è ripiegato in avanti: il gancio di chiusura si è aperto da solo. Lui è volato in avanti sull'asfalto. Polso rotto, due denti scheggiati ed escoriazioni su tutta la faccia. Per fortuna dietro non arrivavano macchine.

Il monopattino era chiuso correttamente, lo controlla ogni mattina, ci sta attentissimo. Ho le foto del gancio: la levetta è spaccata a metà.

Vi avevamo già scritto a ottobre perché il manubrio "ballava" e ci avete risposto di stringere la vite con la brugola. Fatto.

Voglio sapere cosa intendete fare e se altri clienti vi hanno segnalato la stessa cosa, perché lo stesso modello lo usa anche mio figlio di 15 anni.

Laura Greco"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Asilo Nido Girotondo <direzione@nidogirotondo.example>",
         to="qualita@ristorazionebuonpasto.example",
         subject="Pasto di ieri - bambina allergica all'uovo",
         body="""\
Gentile Dott.ssa Gatti,

le scrivo in merito al pranzo di ieri, lunedì. Per Giulia, 2 anni, allergica all'uovo (certificato consegnato a settembre, dieta n. 4), è arrivata come sempre la vaschetta etichettata "DIETA SPECIALE - SENZA UOVO", con polpette e purè.

Dopo pochi bocconi Giulia ha cominciato a grattarsi, le sono comparse chiazze rosse sul collo e le labbra si sono gonfiate. Le educatrici le hanno fatto l'adrenalina che i genitori ci lasciano e abbiamo chiamato il 118; è stata portata in ospedale e dimessa in serata. Ora sta bene.

Abbiamo conservato il resto della vaschetta in frigorifero. Guardandole bene, le polpette sembrano le stesse del menu normale, che contengono uovo.

Le chiedo di verificare subito cosa è successo in cucina e come vengono preparate ed etichettate le diete speciali: da noi ci sono altri cinque bambini con allergie alimentari e domani il menu prevede di nuovo le polpette.

Cordiali saluti,
Elena Marchetti
Coordinatrice - Asilo Nido Girotondo, Pavia
0382 411 905"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Davide Rinaldi <davide.rinaldi@posta.example>",
         to="clienti@multicinemastella.example",
         subject="Spettacolo delle 21:00 di domenica, sala 5",
         body="""\
Buonasera,

domenica sera eravamo in sala 5 per lo spettacolo delle 21 (fila G, posti 8 e 9). Più o meno a metà film si è sentito un colpo e un pannello del controsoffitto, con attaccato un pezzo di una cassa acustica, è caduto sulla fila F, proprio davanti a noi. Ha preso di striscio la spalla di mia moglie e ha colpito in pieno il sedile vuoto accanto. Se ci fosse stato seduto qualcuno, lo avrebbe preso in testa.

Il personale ha acceso le luci e ci ha spostati in un'altra fila, ma dopo dieci minuti il film è ripartito con il buco nel soffitto sopra le teste della gente. Mia moglie ha un livido enorme e oggi è andata dal medico.

Vorrei sapere se la sala è stata controllata e avere i riferimenti della vostra assicurazione per il certificato medico.

Davide Rinaldi"""),

    dict(n=5, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Carlos Mendes <carlos.mendes@freelance.example>",
         to="community@spaziohub.example",
         subject="Acqua dal soffitto nella sala riunioni 2 + scossa",
         body="""\
Ciao,

sono Carlos, ho la scrivania fissa al secondo piano. Oggi dopo pranzo nella sala riunioni 2 c'è aqua che cade dal soffitto, proprio sopra il tavolo dove ci sono le prese e la ciabatta per i portatili. È tutto bagnato. Quando ho staccato il mio caricatore ho preso una scossa forte, il braccio mi formicola ancora adesso, e la luce della sala ha fatto un lampo e poi si è spenta.

Ho messo un foglio sulla porta "non entrare", ma la sala è prenotata per domani mattina da altre persone e la ciabatta è ancora attaccata al muro, io non ho voluto toccare più niente.

Potete mandare qualcuno oggi? Io resto fino alle 19.

Grazie,
Carlos Mendes
Postazione 2-14"""),

    dict(n=6, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Simone Galli <simone.galli@posta.example>",
         to="supporto@bancaaurea.example",
         subject="Telefono rubato - non riesco più ad accedere",
         body="""\
Mi hanno rubato il telefono stamattina in metro, linea 1, verso le 8. C'era la vostra app con accesso con impronta/PIN. Adesso dal pc provo a entrare e mi dice che username o password sono errati, e la password non l'ho cambiata io. Ho già bloccato la SIM. Bloccate tutto per favore, conto intestato a Galli Simone, cod. cliente 00481273. Richiamatemi sul fisso 02 4470 1183.

Inviato da iPad"""),

    dict(n=7, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Paolo Vitali <p.vitali@meccanicavitali.example>",
         to="support@factorysuite.example",
         subject="Stabilimento di Lumezzane - postazioni di linea bloccate sulla sincronizzazione",
         body="""\
Buongiorno,

dalle 5:40 di questa mattina, all'inizio del primo turno, nessuna delle 26 postazioni di linea riesce a caricare gli ordini di produzione: il client FactorySuite resta sulla schermata "Sincronizzazione in corso..." e dopo qualche minuto torna al login. Lo stesso succede dai PC dell'ufficio tecnico. Senza ordine caricato le macchine non ricevono i programmi e gli operatori non possono dichiarare i pezzi.

Al momento sono fermi tre reparti, 41 operatori, e alle 14 dobbiamo spedire 8.000 raccordi a un cliente automotive che ci applica penali per ogni giorno di ritardo.

Abbiamo già riavviato il server locale e verificato la rete, che è regolare. Il nostro contratto è Premium con intervento entro 2 ore (n. FS-IT-00377). Vi prego di richiamarmi al 335 901 2274.

Ing. Paolo Vitali
Responsabile di Produzione
Meccanica Vitali S.r.l. - Via dell'Industria 18, 25065 Lumezzane (BS)
Tel. 030 871 2290 - www.meccanicavitali.example

Questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario e possono contenere informazioni riservate. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di darne notizia al mittente e di cancellarlo. Ogni utilizzo non autorizzato è vietato ai sensi del Regolamento UE 2016/679 (GDPR)."""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Ferretti <titolare@radiotaxisole.example>",
         to="assistenza@dispatchpro.example",
         subject="I: corse che non arrivano ai tablet",
         body="""\
Vi inoltro quello che mi ha scritto stanotte il responsabile della centrale. Siamo ancora nella stessa situazione: 85 auto in servizio, oggi c'è anche lo sciopero dei treni e il telefono della centrale non smette di squillare. Chiamatemi appena leggete: 348 220 7714.

Marco Ferretti
Radio Taxi Sole - Bologna

-------- Messaggio inoltrato --------
Oggetto: corse che non arrivano ai tablet
Data: Sat, 12 Dec 2026 05:52:10 +0100
Mittente: Centrale Operativa <centrale@radiotaxisole.example>
A: Marco Ferretti <titolare@radiotaxisole.example>

Marco, da circa le 4:30 le corse che inseriamo in centrale restano "in assegnazione" e non arrivano ai tablet delle macchine. I tassisti vedono la mappa ma nessuna chiamata. Anche le prenotazioni dall'app clienti restano in attesa e dopo 10 minuti si annullano da sole. Ho riavviato il PC della centrale due volte. Per ora assegniamo a voce via radio ma siamo in due e non ce la facciamo, abbiamo già perso una cinquantina di corse, tra cui due per l'aeroporto.

Gianni"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Ferramenta Bonetti <ferramentabonetti@posta.example>",
         to="help@cassasmart.example",
         subject="Non riesco a battere scontrini da stamattina",
         body="""\
Buongiorno,

sono Giorgio Bonetti, ho una piccola ferramenta a Cremona, licenza CassaSmart Base n. 10-44821. Da stamattina all'apertura il tablet della cassa rimane sulla schermata bianca con il logo e non va avanti. Ho già spento e riacceso tutto, anche il router. Così non posso battere scontrini né incassare con il POS collegato.

Sono da solo in negozio, sto segnando le vendite a mano su un quaderno e ai clienti che pagano con la carta devo dire di ripassare. Il lunedì mattina è pieno di artigiani.

Mi potete chiamare allo 0372 455 019? Il numero verde dà sempre occupato.

Grazie,
Giorgio Bonetti"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Roberto Colombo <roberto.colombo@posta.example>",
         to="assistenza@tivucavo.example",
         subject="Alcune segnalazioni - contratto 7700-3321",
         body="""\
Buonasera,

approfitto per segnalarvi un po' di cose insieme:

1. Da venerdì i canali del pacchetto Sport (dal 201 al 209) sono neri, compare solo la scritta "Canale non disponibile". Tutti gli altri canali si vedono normalmente. Per ora la partita la guardo dall'app sul tablet, ma il pacchetto lo pago per vederlo sulla TV.
2. Il telecomando nuovo che mi avete mandato ha il tasto OK un po' duro.
3. Nella guida TV i programmi del canale 3 sono sfasati di un'ora.
4. Si può avere il decoder bianco invece che nero? Scherzo, ma se si può ci farei un pensiero.

Grazie,
Roberto Colombo"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Chiara Fontana <chiara.fontana@posta.example>",
         to="clienti@autolineeazzurra.example",
         subject="Commissione sul biglietto Milano-Perugia",
         body="""\
Buongiorno,

ho acquistato sul vostro sito un biglietto Milano Lampugnano - Perugia per il 22 dicembre (prenotazione AZ-5512870). Il prezzo indicato era 24,90 €, ma sull'estratto conto vedo un addebito di 26,40 €. Immagino sia la commissione di servizio di 1,50 €, giusto?

Chiedo solo per capire: la commissione si paga anche comprando il biglietto in biglietteria o con l'app? Per il ritorno vorrei scegliere il modo più economico.

Grazie mille e buona giornata,
Chiara Fontana"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Alberto Sartori <alberto.sartori@posta.example>",
         to="officina@autoriva.example",
         subject="Re: Doppio addebito tagliando - pratica 4471",
         body="""\
Buongiorno Sig.ra Conti,

rispondo qui sotto alle sue domande.

Il giorno gio 3 dic 2026 alle ore 15:32 Auto Riva Service <officina@autoriva.example> ha scritto:
> Può indicarci la data e l'importo degli addebiti?

Tutti e due il 30 novembre, 318,60 € ciascuno, a due minuti di distanza (10:41 e 10:43). Era il tagliando dei 60.000 km della station wagon targata GH 482 KT.

> Con quale carta ha pagato e quali sono le ultime 4 cifre?

Carta di debito, finale 7730. Alla cassa mi avevano detto che il primo tentativo non era andato a buon fine e l'hanno ripassata.

> Ha ricevuto una o due fatture?

Una sola, la n. 2026/11842 da 318,60 €. Le allego lo screenshot dell'estratto conto con i due movimenti.

Resto in attesa del riaccredito dei 318,60 € addebitati in più.

Cordiali saluti,
Alberto Sartori"""),

    dict(n=13, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Valentina Russo <valentina.russo@posta.example>",
         to="amministrazione@traslochiveloci.example",
         subject="Re: Rimborso caparra trasloco annullato - TERZO SOLLECITO",
         body="""\
Questo è il terzo messaggio e ancora nessuna risposta. Lunedì devo pagare l'altra ditta di traslochi che ho dovuto trovare all'ultimo momento e senza i miei 1.200 € non so come fare: ho già pagato il primo mese e la cauzione della casa nuova. Se entro domani non vedo il bonifico mi rivolgo a un'associazione dei consumatori e chiedo alla banca di contestare il pagamento.

Valentina Russo
333 718 4402

Il giorno lun 30 nov 2026 alle 09:15 Valentina Russo ha scritto:
> Buongiorno, vi riscrivo perché non ho ancora ricevuto il rimborso della
> caparra. Al telefono mi avevate detto "entro la settimana". Potete darmi
> una data precisa?
>
> Il giorno mar 24 nov 2026 alle 18:02 Valentina Russo ha scritto:
>> Buonasera, il trasloco del 28/11 (preventivo n. 2026-318) è stato annullato
>> da voi ieri per mancanza di personale. Vi chiedo la restituzione della
>> caparra di 1.200 € versata con bonifico il 2 novembre, IBAN nel preventivo."""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giuseppina Marino <giusy.marino@posta.example>",
         to="areaclienti@gasitaliaenergia.example",
         subject="Come cambio il numero di cellulare per i codici di accesso?",
         body="""\
Buongiorno,

ho cambiato numero di cellulare e vorrei aggiornarlo nella mia area clienti, perché per entrare il sito manda un codice via SMS. Il vecchio numero resta attivo fino a fine mese, quindi per ora riesco ad accedere, ma dopo no.

Nel profilo vedo il numero ma non c'è il tasto per modificarlo. Come devo fare? Devo mandarvi un documento?

Codice cliente 3300 1948 22.

Grazie,
Giuseppina Marino"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Andrea Lombardi <farmacia.lombardi@posta.example>",
         to="portale@distrimedsud.example",
         subject="Accessi portale ordini - dipendente cessata e nuova collaboratrice",
         body="""\
Buongiorno,

vi scrivo per due richieste sugli accessi al portale ordini della Farmacia Lombardi (codice cliente 44-01873):

- la dott.ssa Serena Pugliese ha lasciato la farmacia il 30 novembre. Il suo utente (s.pugliese) risulta ancora attivo e dal pannello utenti non riesco a disattivarlo, il tasto è grigio. Vorrei che fosse chiuso al più presto, visto che può ancora vedere prezzi e ordini.
- lunedì è arrivata la dott.ssa Marta Esposito, che dovrebbe occuparsi degli ordini del pomeriggio. Ho creato il suo utente, ma quando prova a entrare riceve "profilo non abilitato, contattare il distributore".

Nel frattempo gli ordini li faccio io con le mie credenziali, ma non posso stare al banco e al computer contemporaneamente.

Cordiali saluti,
Dott. Andrea Lombardi
Farmacia Lombardi - Lecce"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Luca Bertolini <az.bertolini@posta.example>",
         to="servizi.soci@consorzioagrariopadano.example",
         subject="Non riesco a entrare nel portale soci - la domanda scade oggi",
         body="""\
Buongiorno,

sono socio della cooperativa (n. 2291, Azienda Agricola Bertolini, Viadana). Da ieri non riesco più ad accedere al portale soci: metto utente e password, mi dice che ha inviato il codice via SMS ma il messaggio non arriva. Ho riprovato una decina di volte, anche da un altro computer, e adesso compare "troppi tentativi, account temporaneamente bloccato".

Oggi alle 17 scade la domanda per l'anticipo sul conferimento del pomodoro della campagna 2027 e se non la mando resto fuori dalla graduatoria. Venerdì l'ufficio di Mantova mi ha detto al telefono che la pratica si fa solo online.

Potete sbloccarmi o inserirla voi a mano? Sono raggiungibile al 339 504 1127 tutto il giorno.

Luca Bertolini"""),

    dict(n=17, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Martina De Luca <martina.deluca@posta.example>",
         to="info@powergymclub.example",
         subject="Complimenti per la nuova lezione del giovedì!",
         body="""\
Ciao a tutti!

Volevo solo dirvi che la nuova lezione "Inferno HIIT" del giovedì sera nella sede di Porta Romana è una bomba. Sara, l'istruttrice, è micidiale: dopo venti minuti avevo le gambe in fiamme e alla fine ero letteralmente morta sul tappetino. Il giorno dopo non riuscivo a fare le scale, mi ha distrutta, ma in senso buono!

Ci sono venute anche due colleghe che di solito muoiono già durante il riscaldamento, e adesso vogliono tornarci tutte le settimane. Un vero massacro, la consiglio a tutti.

Un'unica domanda: si può aggiungere una seconda lezione anche il martedì? Quella del giovedì è sempre pienissima e i posti vanno a ruba in cinque minuti.

Grazie e a presto,
Martina De Luca"""),

    dict(n=18, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Federico Moretti <federico.moretti@posta.example>",
         to="segreteria@studiorossini.example",
         subject="Spostare appuntamento di lunedì 14",
         body="""\
Buongiorno,

ho un appuntamento lunedì 14 alle 16:30 con il dott. Rossini per la seconda seduta della devitalizzazione, ma devo chiedervi di spostarlo. Sabato giocando a calcetto mi sono rotto il polso destro e mi sono fatto mezza giornata al pronto soccorso: ho il gesso fino a metà gennaio e non posso guidare. Per fortuna la testa è intera, a parte l'orgoglio.

Il dente per ora è tranquillo, non mi fa male.

Mi va bene qualsiasi pomeriggio dopo il 20 dicembre, mi accompagna mia moglie.

Grazie,
Federico Moretti
340 811 3321"""),

    dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Ilaria Ferri <ilaria.ferri@posta.example>",
         to="segreteria@linguemondo.example",
         subject="Certificato B2 - il PDF chiede una password",
         body="""\
Buongiorno,

ho ricevuto oggi la mail con il certificato del corso di inglese B2, grazie! Però quando apro il PDF mi chiede una password e il file resta bloccato. Ho provato con la password del mio account studente e con la data di nascita, ma niente, e dopo tre tentativi il programma si chiude.

Nella mail non c'è scritto quale sia. Me la potete mandare, oppure inviarmi il certificato senza protezione? Mi serve per la domanda di un concorso che scade il 18.

Grazie,
Ilaria Ferri
Corso B2 serale, martedì/giovedì"""),

    dict(n=20, signals="-", priority="low", trap="data", qt=0, reply=0,
         frm="Stefano Barbieri <s.barbieri@hotelcatenaloro.example>",
         to="servizi@cyberguardia.example",
         subject="Campagna di phishing simulato - gennaio",
         body="""\
Buongiorno Dott. Mariani,

come concordato nella riunione di ottobre, vorremmo ripetere la campagna di phishing simulato su tutto il personale dei nostri sei hotel nella seconda metà di gennaio, prima dell'alta stagione.

Alcune note:
- L'ultima volta 38 dipendenti su 210 hanno cliccato sul link e 12 hanno anche inserito le credenziali nella finta pagina di login. Il direttore di Rimini ci è cascato due volte e in ufficio non gliela fanno ancora passare.
- Stavolta vorremmo uno scenario più credibile, per esempio una finta mail di un portale di prenotazioni su una "violazione dei dati di pagamento" o un finto avviso di account bloccato.
- Per reception e amministrazione vorremmo far seguire subito la mini-formazione su furto di credenziali, ransomware e data breach.

Ci mandate un'offerta aggiornata? Il budget è in linea con l'anno scorso.

Cordiali saluti,
Stefano Barbieri
IT Manager - Hotel Catena L'Oro"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nicola Ricci <nicola.ricci@posta.example>",
         to="ordini@giocattolifantasia.example",
         subject='Info su "Piccolo Hacker" e "Caccia al Ladro"',
         body="""\
Buongiorno,

per il compleanno di mio figlio (10 anni) sto guardando due prodotti sul vostro sito e vorrei qualche informazione:

- "Piccolo Hacker - kit di programmazione": nella descrizione c'è scritto che si impara a "violare la cassaforte digitale" e a "rubare la password segreta del robot". Serve un computer o basta il tablet? Le missioni sono in italiano?
- Il gioco da tavolo "Caccia al Ladro - Il furto del diamante": quanti giocatori al massimo? Alla festa saranno in otto.

Se ordino tutti e due entro mercoledì, riuscite a consegnarli entro il 19? Abitiamo a Trento.

Grazie,
Nicola Ricci"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Antonella Caruso <antonella.caruso@posta.example>",
         to="preventivi@assicasa.example",
         subject="Informazioni sulla polizza casa prima di sottoscrivere",
         body="""\
Buongiorno,

a fine gennaio facciamo il rogito di un appartamento a Torino e prima di firmare vorrei capire cosa copre esattamente la vostra polizza "Casa Serena Plus":

1. In caso di incendio causato da un elettrodomestico, per esempio un corto circuito della lavatrice, il danno all'appartamento del vicino è coperto dalla responsabilità civile?
2. Lo scoppio della caldaia e la fuga di gas sono compresi nella garanzia base o serve l'estensione?
3. Se un ospite cade dalle scale di casa e si fa male, rientra nella polizza?
4. Il furto con scasso vale anche per la cantina?
5. In caso di allagamento dal piano di sopra, chi paga?

Abbiamo un bambino piccolo e un cane, quindi vorremmo stare tranquilli. Mi potete mandare un preventivo e le condizioni generali?

Grazie,
Antonella Caruso"""),

    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Gianluca Serra <gianluca.serra@posta.example>",
         to="assistenza@spesaacasa.example",
         subject="Posso ordinare veleno per topi e accendifuoco?",
         body="""\
Salve,

abbiamo una casetta in campagna e in cantina c'è un'invasione di topi: mi stanno facendo impazzire, hanno già fatto fuori due sacchi di crocchette del cane. Sul vostro sito vedo il topicida in esca, ma sotto c'è scritto "prodotto non consegnabile nella tua zona". È perché è un veleno? Le trappole a scatto invece si possono ordinare?

Vale lo stesso per gli accendifuoco e l'alcol per il camino? Vorrei aggiungerli all'ordine di sabato (n. 88213450), ma non so se c'è un limite per i prodotti infiammabili.

Grazie,
Gianluca Serra"""),

    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Elisa Fabbri <elisa.fabbri@posta.example>",
         to="info@clinicavetsanrocco.example",
         subject="R: Doppio addebito visita del 20/11",
         body="""\
Buongiorno,

ho controllato oggi e i 65 € sono rientrati sul conto, grazie mille per la velocità.

Approfitto: per il richiamo del vaccino di Biscotto a gennaio devo prenotare per telefono o si può fare online?

Un saluto,
Elisa Fabbri

Il giorno mer 2 dic 2026 alle ore 11:07 Clinica Veterinaria San Rocco <info@clinicavetsanrocco.example> ha scritto:
> Gentile Sig.ra Fabbri,
> abbiamo verificato: per un errore del POS la visita del 20/11 le è stata
> addebitata due volte. Abbiamo disposto lo storno di 65,00 €, che vedrà sul
> conto entro 3-5 giorni lavorativi. Ci scusiamo per l'inconveniente.
>
> Il giorno lun 30 nov 2026 alle ore 19:40 Elisa Fabbri ha scritto:
>> Buongiorno, sull'estratto conto vedo due addebiti da 65 € della vostra
>> clinica per la visita di Biscotto del 20 novembre. Potete controllare?"""),
]
