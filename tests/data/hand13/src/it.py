# blind14 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ornella Baldacci <ornella.baldacci@posta.example>",
         to="assistenza@idromassaggi-lagoverde.example",
         subject="Vasca Lagoverde Spa 4 - odore strano dal pannello",
         body="""\
Buonasera,

ieri sera verso le 22 eravamo in quattro nella vasca idromassaggio (modello Spa 4, acquistata a maggio, matricola LV4-20931) quando abbiamo cominciato a sentire un odore acre, come di plastica sciolta, che veniva dal vano sotto il pannello dei comandi.

Sono uscita e ho aperto lo sportellino laterale: il connettore del cavo di alimentazione era deformato, con la guaina annerita tutt'intorno, e la parete di legno lì accanto era così calda che non riuscivo a tenerci appoggiata la mano. Mio marito dice che quando ha toccato il corrimano in acciaio per uscire ha sentito un formicolio lungo tutto il braccio. Mia figlia di nove anni era ancora dentro.

Ho staccato l'interruttore generale e da allora non l'abbiamo più riacceso. È normale che quella zona si scaldi così? Vorrei che mandaste qualcuno a vedere prima che chiunque ci rientri.

Ornella Baldacci
Via dei Tigli 14, Montecchio
tel. 0522 555 0187"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianfranco Pellizzari <g.pellizzari@libero-mail.example>",
         to="servizioclienti@udibene-batterie.example",
         subject="Batterie apparecchio acustico - nipotino",
         body="""\
Buongiorno,

vi scrivo dall'ospedale pediatrico. Stamattina mio nipote Tommaso, 2 anni, ha trovato sul comodino la confezione delle vostre pile tipo 312 per il mio apparecchio acustico. Il blister si è aperto con una semplice pressione del pollice, non c'era nessuna linguetta da strappare.

Manca una pila. Il bambino da un'ora sbava in continuazione, non vuole bere, ha vomitato due volte e si tocca la gola piangendo. I medici hanno fatto una radiografia e ora ci chiedono la composizione esatta della pila (litio? zinco-aria?) e il diametro.

Vi prego di rispondere subito a questo indirizzo o al 348 555 0163. Lotto stampato sul retro: ZA312-0423B.

Gianfranco Pellizzari"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Federica Moro <federica.moro@studenti.unipd.example>",
         to="help@pedalacity.example",
         subject="Manubrio staccato in discesa - bici 0457, stazione Ponte Molino",
         body="""\
Salve,

oggi pomeriggio ho preso la bici n. 0457 alla stazione Ponte Molino. Scendendo dal cavalcavia di via Tiziano, più o meno a 25-30 km/h, il manubrio si è sfilato dal tubo: mi è rimasto in mano e sono finita per terra in mezzo alla corsia. Per fortuna la macchina dietro ha frenato in tempo.

Ho escoriazioni su gomiti e ginocchio e un polso gonfio, stasera vado a farlo vedere. La bici l'ho lasciata appoggiata al palo vicino alla fermata del tram perché non si poteva più usare.

È una cosa pericolosissima: vi chiedo di ritirare subito quella bici e di controllare le altre, perché anche alla stazione ho visto un paio di manubri che ballavano. Vorrei anche sapere come aprire una segnalazione formale per l'incidente.

Federica Moro
tel. 333 555 0129"""),

    dict(n=4, signals="safety", priority="critical", trap="data-security", qt=0, reply=0,
         frm="Lucia Santangelo <lucia.santangelo@mailbox.example>",
         to="supporto@ascoltami-terapia.example",
         subject="Nella mia area personale ci sono i dati di un'altra paziente",
         body="""\
Buongiorno,

stamattina ho aperto la sezione "Le mie sedute" per rileggere gli appunti dell'ultimo incontro con la dottoressa Ferri e al posto del mio riepilogo ho trovato quello di un'altra persona: nome e cognome, data di nascita, la diagnosi, i farmaci che prende e tre pagine di note su cose molto private della sua famiglia.

Non ho letto oltre, ma a questo punto mi chiedo chi stia leggendo le mie, di note. Ho scelto un servizio online proprio perché mi avevate garantito la riservatezza.

Vi chiedo di verificare subito cosa è successo, di dirmi se i miei dati sono finiti nell'account di qualcun altro e di avvisare quella signora. Ho fatto degli screenshot che posso inviarvi se servono.

Lucia Santangelo
ID cliente 88-40217"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Matteo Ruggiero <matteo.ruggiero@sonarafestival.example>",
         to="urgent@cashlessband.example",
         subject="SONARA FESTIVAL - casse bar e ricariche bloccate, URGENTE",
         body="""\
Ciao,

sono il responsabile operativo del Sonara Festival (contratto 2024-117). Dalle 21:40 i lettori delle casse dei 14 bar non riconoscono più i braccialetti: appoggi il polso e resta la rotellina. Le ricariche fatte dall'app restano "in attesa" e il saldo non si aggiorna.

Adesso i bar servono solo chi ha contanti, le file arrivano fino al palco B e la gente se ne va senza comprare niente. Abbiamo 18.000 persone dentro e il concerto principale inizia tra 50 minuti.

Il vostro numero di reperibilità squilla a vuoto. Richiamatemi al 347 555 0190, subito.

Matteo"""),

    dict(n=6, signals="outage", priority="critical", trap="effect,mixed-lang", qt=0, reply=0,
         frm="Dott.ssa Chiara Venturini <c.venturini@vetcasa-rete.example>",
         to="support@petconsulto.example",
         subject="Videovisite: nessun veterinario riesce a collegarsi",
         body="""\
Buongiorno,

da stamattina alle 8 nessuno dei 9 veterinari della nostra rete riesce ad avviare le videovisite dalla piattaforma: si clicca su "Inizia consulto", la schermata resta su "Connessione in corso…" per un minuto e poi torna alla lista degli appuntamenti. Lo stesso succede da PC, tablet e telefono, da reti diverse.

In sala d'attesa virtuale ci sono 27 proprietari, tra cui un cane in terapia post-operatoria e due gatti con controlli che non possiamo rimandare. Stiamo richiamando tutti al telefono uno alla volta, ma senza vedere l'animale possiamo fare ben poco e gli appuntamenti del pomeriggio si stanno accumulando.

Il nostro tecnico ha guardato la console del browser e mi dice di riportarvi testualmente: "WebRTC session fails right after the signalling step, every single time."

Aspetto un vostro riscontro al più presto.

Chiara Venturini
Direttrice sanitaria, VetCasa Rete
tel. 051 555 0148"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Davide Sartori <davide.sartori@webmail.example>",
         to="assistenza@funivia-colle.example",
         subject="Abbonamento annuale: l'app mostra una pagina bianca ai tornelli",
         body="""\
Buongiorno,

ho l'abbonamento annuale alla funivia urbana (tessera digitale n. FC-55810). Da due giorni quando apro la sezione "Il mio titolo" nell'app vedo solo una pagina bianca, senza codice QR. Ai tornelli della stazione a valle quindi non passo.

Ieri e oggi ho dovuto comprare il biglietto singolo per andare al lavoro, e il personale della biglietteria mi ha detto che loro non possono farci niente. Ho già disinstallato e reinstallato l'app due volte.

Come faccio domani mattina?

Davide Sartori"""),

    dict(n=8, signals="outage", priority="medium", trap="question,workaround", qt=0, reply=0,
         frm="Prof. Renato Galli <renato.galli@icmanzoni.example>",
         to="prenotazioni@planetario-citta.example",
         subject="Prenotazioni gruppi scolastici lentissime",
         body="""\
Gentili,

è normale che la pagina delle prenotazioni per i gruppi ci metta tre o quattro minuti a caricare la mappa dei posti della cupola, e che una volta su due finisca con "Errore 504"? Succede da lunedì, con browser e computer diversi.

Per ora ho ripiegato sul telefono e la vostra collega è stata gentilissima, ma dobbiamo prenotare altre sei classi per marzo e sarebbe comodo poterlo fare online.

Cordiali saluti,
Renato Galli
IC Manzoni"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Silvia Dalla Costa <silvia.dallacosta@montagnamail.example>",
         to="help@sentieriapp.example",
         subject="L'app non funziona più dopo l'aggiornamento 5.2",
         body="""\
Ciao, dopo l'aggiornamento 5.2 l'app non funziona più: si chiude appena apro la mappa, sia online sia con le mappe offline scaricate. Ho un Pixel 7, Android 14, abbonamento Premium.

Domenica parto per sei giorni sull'Alta Via e contavo sulle mappe offline perché in quota non c'è campo. Potete aiutarmi prima del weekend?

Silvia"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Alessandro Monti <alessandro.monti@famigliamonti.example>",
         to="biglietteria@zooparco-collina.example",
         subject="Biglietti del 12 aprile addebitati due volte?",
         body="""\
Salve,

è normale che sull'estratto conto della carta mi compaiano due addebiti identici da 68,00 € per i biglietti del 12 aprile (2 adulti + 2 bambini)? L'ordine è uno solo, il n. ZP-240412-3318, e nella mail di conferma c'è un solo pagamento.

Se è un errore vi chiedo di rimborsare il secondo addebito.

Grazie,
Alessandro Monti"""),

    dict(n=11, signals="payment", priority="high", trap="buried,urgent-money", qt=0, reply=0,
         frm="Nicola Esposito <nicola@noleggiopuntascogli.example>",
         to="partner@marinabook.example",
         subject="Qualche domanda di fine stagione",
         body="""\
Buongiorno a tutto il team MarinaBook,

prima di tutto volevo ringraziarvi: quest'estate le prenotazioni dei nostri tre gozzi e del gommone da 6 metri sono quasi raddoppiate rispetto all'anno scorso, e buona parte dei clienti è arrivata tramite voi. Anche le recensioni sono state ottime, soprattutto per le uscite al tramonto verso la grotta.

Ho alcune domande sparse. La prima: per la prossima stagione vorremmo aggiungere un catamarano con skipper, come funziona l'inserimento di un'imbarcazione con equipaggio? Seconda: è possibile impostare un deposito cauzionale diverso per il gommone rispetto ai gozzi? Terza: alcuni clienti tedeschi ci hanno chiesto la descrizione in tedesco, la traduzione la fate voi o dobbiamo caricarla noi?

E poi la cosa che in realtà mi preoccupa di più: il bonifico delle prenotazioni di agosto, 4.870,00 €, che secondo il pannello doveva arrivare il 1° settembre, non è ancora arrivato. Nel pannello risulta "Pagamento non riuscito - contattare l'assistenza" e l'IBAN è lo stesso di sempre (IT00 X000 0000 0000 0000 0012 345). Il 10 devo pagare gli stipendi dei quattro ragazzi stagionali e senza quella somma non ce la faccio.

Grazie in anticipo e buona giornata,
Nicola Esposito
Noleggio Barche Punta Scogli
tel. 081 555 0176"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Amministrazione Tessiture Fabbri <amministrazione@tessiturefabbri.example>",
         to="fatturazione@traduzioni-giurate.example",
         subject="Fattura n. 2024/0871 da correggere",
         body="""\
Buongiorno,

abbiamo ricevuto la fattura n. 2024/0871 relativa alla traduzione giurata dello statuto e della visura camerale (ordine TG-5530). Ci sono però due errori:

1) sono fatturate 12 cartelle, mentre il preventivo accettato e il documento consegnato sono di 7 cartelle (totale atteso 406,00 € + IVA, non 696,00 €);
2) la partita IVA indicata non è la nostra: quella corretta è IT00000001234.

Vi chiediamo una nota di credito e una nuova fattura corretta. Non possiamo registrarla in contabilità così com'è.

Cordiali saluti,
Ufficio amministrazione
Tessiture Fabbri S.r.l."""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Irene Colombo <irene.colombo@posta.example>",
         to="app@cinestella.example",
         subject="Costo di servizio 0,49 €",
         body="""\
Ciao, per curiosità: cos'è il "costo di servizio" di 0,49 € che mi avete addebitato sull'ultimo biglietto? Con la tessera Gold pensavo non ci fosse. Nessun problema, solo per capire.
Irene"""),

    dict(n=14, signals="account", priority="medium", trap="deleted-profile", qt=0, reply=0,
         frm="Stefano Rinaldi <stefano.rinaldi88@webmail.example>",
         to="supporto@fantacalcio-lega.example",
         subject="Ho cancellato il profilo per sbaglio",
         body="""\
Ciao,

ieri sera cercavo di disattivare le notifiche e invece ho premuto "Elimina account" e confermato senza leggere (lo so...). Adesso se provo ad accedere con stefano.rinaldi88@webmail.example mi dice che l'utente non esiste.

Ero amministratore della lega privata "Bar Sport Trofeo" con la squadra "Atletico Ma Non Troppo", e l'asta è sabato. Si può recuperare il profilo con rosa e storico?

Grazie,
Stefano"""),

    dict(n=15, signals="account", priority="medium", trap="sms-code,mixed-lang", qt=0, reply=0,
         frm="Paolo Ferraris <paolo.ferraris@cryptomail.example>",
         to="support@portafoglio-moneta.example",
         subject="Non ricevo il codice SMS, non riesco ad accedere",
         body="""\
Salve,

a fine mese ho cambiato operatore e numero di telefono. Ora quando accedo al wallet mi chiede il codice SMS, ma il codice evidentemente va al vecchio numero (+39 320 555 0111) che non ho più. Dopo tre tentativi l'account si è bloccato per 24 ore.

Il nuovo numero è +39 351 555 0142. I know you will need to verify my identity, I can send ID and a selfie if that helps.

Come procedo per aggiornare il numero e sbloccare l'accesso?

Paolo Ferraris"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Marta Pizzolato <marta.pizzolato@casa-mail.example>",
         to="clienti@lentiviaposta.example",
         subject="Cambio indirizzo email - il link arriva al vecchio indirizzo",
         body="""\
Buongiorno,

ho un abbonamento mensile alle lenti giornaliere. Ho provato a cambiare l'indirizzo email del profilo da quello dell'ufficio (marta.pizzolato@studiotecnico-rossi.example) a questo personale, perché a fine mese lascio il lavoro.

Il sito però manda il link di conferma al vecchio indirizzo, e da lunedì quella casella non la potrò più leggere. Potete fare voi il cambio, o dirmi come fare?

Grazie,
Marta Pizzolato
codice cliente LP-30772"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Enrico Bassi <enrico.bassi@posta.example>",
         to="app@donatorivicini.example",
         subject="Accesso con impronta digitale",
         body="""\
Buongiorno, uso la vostra app per prenotare le donazioni di sangue. Come faccio ad attivare l'accesso con l'impronta digitale al posto della password? Nelle impostazioni del mio profilo non trovo l'opzione.
Grazie, Enrico"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Valentina Greco <vale.greco@webmail.example>",
         to="prenotazioni@unghiestudio.example",
         subject="Re: Il suo appuntamento di martedì è stato annullato",
         body="""\
Perfetto, confermo giovedì alle 17:30. Grazie e a giovedì!
Vale

Il giorno lun 14 ott 2024 alle ore 10:12 Unghie Studio <prenotazioni@unghiestudio.example> ha scritto:
> Gentile cliente,
> a causa di un guasto del nostro sistema di prenotazione, che è rimasto
> completamente fuori servizio per tutta la giornata di sabato, alcuni
> appuntamenti sono stati cancellati per errore, compreso il suo di martedì
> alle 18:00 (semipermanente + nail art).
> Ci scusiamo per il disagio. Possiamo proporle giovedì alle 17:30.
> Lo staff di Unghie Studio"""),

    dict(n=19, signals="-", priority="low", trap="resolved,thanks", qt=0, reply=1,
         frm="Roberto Cattaneo <roberto.cattaneo@famiglia.example>",
         to="assistenza@acquapura-addolcitori.example",
         subject="Re: Addolcitore bloccato - acqua in cantina",
         body="""\
Buonasera,

volevo solo ringraziarvi: stamattina è passato il tecnico, Marco, ha sostituito la valvola di scarico e l'addolcitore ha ripreso a rigenerare regolarmente. La cantina è asciutta e non ci sono più perdite.

Marco è stato puntuale, gentile e ha anche spiegato a mia moglie come controllare il livello del sale. Servizio davvero ottimo, potete chiudere la pratica.

Cordiali saluti,
Roberto Cattaneo"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Giulia Marchetti <giulia.marchetti@posta.example>",
         to="info@karaoke-microfonodoro.example",
         subject="Saletta per addio al nubilato",
         body="""\
Ciao ragazzi!

Sabato scorso siamo venute da voi per il compleanno di mia cugina ed è stata una serata da paura: la Francy ha fatto crollare il locale con "Sarà perché ti amo" e siamo morte dal ridere fino alle due. Il vostro DJ è una bomba!

Ora vorrei prenotare la saletta privata per un addio al nubilato, sabato 23 novembre, circa 15 persone. Quanto costa con il pacchetto apericena? Serve un acconto?

Grazie mille,
Giulia"""),

    dict(n=21, signals="-", priority="low", trap="name,mixed-lang", qt=0, reply=0,
         frm="Lorenzo Gatti <lorenzo.gatti@clan-codicerosso.example>",
         to="tornei@arena-esports.example",
         subject="Iscrizione Blackout Cup - squadra Codice Rosso",
         body="""\
Ciao,

siamo il team "Codice Rosso" (5 giocatori + 1 riserva) e vorremmo iscriverci alla Blackout Cup di dicembre, quella con la finale dal vivo a Bologna.

Qualche domanda prima di pagare la quota:
- entro quando bisogna iscriversi?
- se un giocatore si ritira possiamo sostituirlo con la riserva anche dopo il sorteggio dei gironi?
- la quota d'iscrizione è rimborsabile se ci ritiriamo prima dell'inizio?

One of our players is from Malta and only speaks English: are the rules available in English too?

Grazie,
Lorenzo"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Rifugi in Rete <newsletter@rifugiinrete.example>",
         to="assistenza@rifugiinrete.example",
         subject="Newsletter di novembre: stagione invernale, allerta valanghe e novità dell'app",
         body="""\
Cari amici della montagna,

la stagione estiva si è chiusa con oltre 42.000 pernottamenti nei 37 rifugi della rete: grazie a tutti!

IN QUESTO NUMERO
- Rifugi aperti in inverno: l'elenco aggiornato e i locali invernali sempre accessibili.
- Allerta valanghe: come leggere il bollettino e perché consultarlo prima di ogni uscita. Giovedì 21 alle 20:30 webinar gratuito con il Soccorso Alpino.
- App Rifugi in Rete 6.0: prenotazione del posto letto anche offline e pagamento della caparra direttamente dall'app.
- Manutenzione programmata: domenica 24 dalle 2 alle 5 il sito di prenotazione non sarà raggiungibile.

Ci vediamo in quota!
La redazione di Rifugi in Rete

Per non ricevere più questa newsletter clicca qui."""),

    dict(n=23, signals="payment", priority="high", trap="escalation,deadline", qt=0, reply=1,
         frm="Sara Benedetti <sara.benedetti@genitori-mail.example>",
         to="assistenza@scuolapay.example",
         subject="R: Gita a Vienna classe 3B - pagamento risulta non effettuato",
         body="""\
Buongiorno,

vi scrivo per la seconda volta e nessuno mi ha ancora risposto. Oggi la segreteria della scuola mi ha chiamata: se entro venerdì il saldo della gita non risulta pagato, mia figlia Anna non potrà partire lunedì con la classe. Ho già pagato, ho la ricevuta della carta, non posso pagare due volte 320 euro.

Vi prego di sistemare la posizione o di mandare alla scuola una conferma del pagamento entro giovedì.

Sara Benedetti
tel. 340 555 0158

-----Messaggio originale-----
Da: Sara Benedetti <sara.benedetti@genitori-mail.example>
Inviato: martedì 5 marzo 2024 21:14
A: assistenza@scuolapay.example
Oggetto: Gita a Vienna classe 3B - pagamento risulta non effettuato

> Buonasera,
> il 28 febbraio ho pagato con carta il saldo di 320,00 € per la gita a
> Vienna di mia figlia Anna Benedetti (classe 3B, Liceo Carducci). La carta
> è stata addebitata, ma nella vostra app la quota risulta ancora "Da pagare".
> Allego la ricevuta (transazione SP-77120-A).
> Grazie, Sara Benedetti"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Claudio Ferrero <presidente@escursionisti-valfredda.example>",
         to="supporto@sentieriapp.example",
         subject="Club Escursionisti Val Fredda - nessun socio riesce ad entrare nell'app",
         body="""\
Buonasera,

sono il presidente del Club Escursionisti Val Fredda; abbiamo il piano "Associazioni" con 240 soci iscritti sotto il nostro account di club.

Da ieri pomeriggio, dopo il vostro aggiornamento, nessuno dei soci riesce più ad accedere: l'app chiede il codice di verifica via SMS, il codice non arriva (né a chi ha TIM, né a chi ha altri operatori) e dopo qualche tentativo il profilo si blocca. Ho ricevuto finora più di 60 telefonate e messaggi, e io stesso sono bloccato fuori dall'account da amministratore, per cui non posso nemmeno gestire le iscrizioni.

Il problema è che domani alle 6:30 partono tre gruppi, 85 persone in tutto, per la traversata del Colle delle Selle, e usiamo la vostra app per l'appello alla partenza, per le tracce GPS condivise con gli accompagnatori e per la registrazione dei soci assicurati. Senza l'app dovremmo fare tutto su carta e annullare la condivisione delle posizioni.

Vi chiedo di intervenire in serata. Sono raggiungibile al 0165 555 0133 o al cellulare 349 555 0102 fino a mezzanotte.

Claudio Ferrero
Presidente, Club Escursionisti Val Fredda"""),
]
