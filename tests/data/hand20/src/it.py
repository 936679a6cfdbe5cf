# blind21 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ilaria Brambilla <ilaria.brambilla@postaweb.example>",
         to="assistenza@scalinoplus.example",
         subject="Montascale: rumore strano e carter caldissimo",
         body="""\
Buongiorno,
sono la figlia della signora Ida Brambilla, che usa il vostro montascale Scalino Plus installato a marzo (matricola MS-44817).

Da ieri sera, quando la mamma sale, dal carter sotto il sedile si sente un crepitio, come di carta accartocciata. Stamattina l'ho toccato e non riuscivo a tenerci sopra la mano per quanto era caldo. In corridoio c'è un odore di plastica sciolta che non va via nemmeno con le finestre aperte, e sulla fascia grigia vicino al motore sono comparse due macchie scure che prima non c'erano.

Per ora ho staccato la spina e la mamma è rimasta al piano di sopra. Potete mandare qualcuno oggi stesso?

Ilaria Brambilla
tel. 347 000 2291"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianfranco Oddo <g.oddo@libero-mail.example>",
         to="noleggio@letticasa.example",
         subject="Letto noleggiato - la sponda di destra",
         body="""\
Salve,
noleggiamo da voi il letto articolato per mio padre (contratto NL-2093).

Stanotte verso le 3 la sponda di destra si è abbassata da sola mentre lui ci si appoggiava per girarsi: la cerniera in basso si è piegata e il perno è uscito dalla sua sede. L'abbiamo trovato con mezzo corpo fuori dal materasso, aggrappato alla sponda storta. Ha un livido viola grande come una mano sul fianco e il braccio tutto graffiato, e stamattina è molto confuso. Il medico passa alle 11.

Adesso il letto è senza sponda da quel lato, l'abbiamo accostato al muro e riempito di cuscini. Ci serve una sostituzione subito, mio padre non può passare un'altra notte così.

Gianfranco Oddo
338 000 5127"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Serena Pagliuca <serena.pagliuca@mailbox.example>",
         to="clienti@fotostampa-lume.example",
         subject="Nel mio profilo vedo foto e indirizzo di un'altra famiglia",
         body="""\
Buonasera,
ho appena aperto la sezione «I miei ordini» sul vostro sito e, oltre ai miei, compaiono tre ordini che non ho mai fatto: un fotolibro del battesimo di un neonato, con il nome e cognome dei genitori, l'indirizzo di consegna a Cremona, il numero di telefono e le ultime cifre della loro carta. Posso aprire le foto una per una e scaricarle.

A questo punto immagino che qualcun altro stia guardando le foto dei miei figli in questo momento. Vi chiedo di bloccare subito la cosa e di dirmi chi può aver visto il mio profilo e da quando.

Serena Pagliuca"""),

    dict(n=4, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Aldo Ferrigno <aldo.ferrigno@apiario-ferrigno.example>",
         to="ordini@apicolturaverde.example",
         subject="Ordini a mio nome che non ho fatto io - bloccate le spedizioni",
         body="""\
Buongiorno,
sono vostro cliente da anni. Stamattina alle 6 mi sono arrivate due conferme d'ordine: 6 arnie Dadant, 2 smielatori e un estrattore radiale, in tutto 2.860 €, da spedire a un indirizzo di Pescara che non conosco. Le ha pagate la carta salvata nel mio profilo, la banca mi mostra già i due addebiti.

Ho provato a entrare nell'account ma la password non va più, e se chiedo il reset il link parte verso un indirizzo che non è il mio (a.ferr***@...). Qualcuno è entrato e ha cambiato tutto.

Per favore fermate le spedizioni prima che partano e ridatemi l'accesso.

Aldo Ferrigno
333 000 8812"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Panificio Fornasier <laboratorio@panificiofornasier.example>",
         to="reperibilita@fornipanedoro.example",
         subject="Forno T3 linea 2 - resta tiepido",
         body="""\
Sono le 2:40 e il forno a tre piani (Pane d'Oro T3, s/n 77120) non sale oltre gli 80 gradi. Il display mostra il ciclo normale, le ventole girano, ma dentro i piani restano tiepidi.

Abbiamo già 280 kg di impasto in lievitazione e alle 6 partono i furgoni per 14 bar e due mense scolastiche. Spento e riacceso due volte, nessun cambiamento.

Chiamate il 0471 000 3390, chiedete di Tullio."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marta Sereni <marta@sereni-live.example>",
         to="supporto@bigliettoveloce.example",
         subject="URGENTE stasera: i biglietti non passano ai tornelli",
         body="""\
Buongiorno,
stiamo facendo le prove di ingresso per il concerto di stasera al Palazzetto di Vigevano (apertura porte 19:30, 2.100 biglietti venduti).

L'app scanner legge il QR ma risponde sempre «codice sconosciuto», sia con i PDF stampati sia con i biglietti sul telefono. Abbiamo provato con cinque telefoni diversi e due reti. Se alle 19 siamo ancora così dovremo spuntare i nomi a mano su una lista stampata, con la coda fino al parcheggio.

Richiamatemi appena potete: Marta Sereni, 340 000 7761"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Paolo Venturini <paolo.venturini@casa-mail.example>",
         to="assistenza@climacalda.example",
         subject="Pompa di calore, una domanda",
         body="""\
Buongiorno,
è normale che da lunedì in casa non si superino i 15 gradi?

La pompa di calore è accesa, sento la ventola dell'unità esterna che gira, ma i termosifoni sono freddi e l'acqua della doccia esce appena tiepida. Nell'app compare solo «E-37 circuito» e poi più niente. Abbiamo due bambini piccoli e ci stiamo arrangiando con una stufetta elettrica.

Grazie,
Paolo Venturini
contratto assistenza PV-55120"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Elisa Tonon <elisa@verdeluna-coop.example>",
         to="support@serracontrol.example",
         subject="Centralina serra 3: dati in ritardo",
         body="""\
Ciao,
da qualche giorno la centralina della serra 3 manda i dati di temperatura e umidità all'app solo ogni ora circa, invece che ogni minuto come prima. I comandi funzionano (le aperture del tetto e la nebulizzazione partono) e nel frattempo guardiamo il termometro sul posto, quindi niente di drammatico, ma gli avvisi ci arrivano con parecchio ritardo.

Firmware 4.2.1, le serre 1 e 2 sono a posto. Potete dare un'occhiata?

Saluti,
Elisa - Cooperativa Verdeluna"""),

    dict(n=9, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Giulia Moretti <reception@spaziotortona.example>",
         to="help@coworkapp.example",
         subject="Nessuno riesce a entrare (né nell'app né dalla porta)",
         body="""\
Buongiorno,
qui è la reception dello spazio di via Tortona.

Dalle 8 nessuno dei nostri coworker riesce a fare il login nell'app: il codice via SMS non arriva a nessuno, con qualsiasi operatore. Siccome la porta d'ingresso si apre solo dall'app, ho una sessantina di persone che mi chiamano dal marciapiede e sto facendo su e giù per aprire a mano. Alle 10 ci sono due sale riunioni prenotate da clienti esterni.

Che succede? Fateci sapere qualcosa al più presto.

Giulia Moretti
community manager
02 0000 8841"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Renata Colombo <renata.colombo@postaweb.example>",
         to="abbonamenti@crocchettaacasa.example",
         subject="Abbonamento addebitato due volte",
         body="""\
Salve,
il mio abbonamento mensile (crocchette per cani 12 kg, codice ABB-30918) questo mese mi è stato addebitato due volte sulla carta: 54,90 € il 3 e di nuovo 54,90 € il 4. La consegna è arrivata una sola.

Mi potete rimborsare il secondo addebito? Grazie.

Renata Colombo"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Nicola Santangelo <nicola.santangelo@mailbox.example>",
         to="amministrazione@traslochirapidi.example",
         subject="Rimborso caparra trasloco annullato - mi serve entro venerdì",
         body="""\
Buongiorno,
il trasloco del 14 (preventivo TR-7781, da Bologna a Ferrara) è stato annullato da voi il 2 perché non avevate il camion disponibile, e fin qui pazienza: ho trovato un'altra ditta.

Al telefono la vostra collega mi aveva detto che la caparra di 650 € mi sarebbe tornata in 3-4 giorni lavorativi. Sono passate due settimane e sul conto non vedo niente. Il problema è che con quei soldi devo pagare il primo mese d'affitto della casa nuova, la scadenza è venerdì e il proprietario non aspetta.

Mi date una data certa o mi mandate la contabile del bonifico? L'IBAN ve l'ho già comunicato via mail il 3.

Cordiali saluti,
Nicola Santangelo
329 000 1408"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Luisa Fabbri <amministrazione@rinaldiassociati.example>",
         to="clienti@traduzionimeridiana.example",
         subject="R: Accesso all'area clienti",
         body="""\
Grazie, ora riesco a entrare.

Guardando le fatture però vedo che la n. 2025/318 (traduzione giurata dal tedesco, 14 cartelle) è intestata a «Studio Legale Rinaldi & Soci», mentre noi siamo «Rinaldi Associati STP», e la partita IVA ha due cifre invertite. In più avete applicato l'IVA al 22% anche sulle marche da bollo dell'asseverazione.

Ci mandate una nota di credito e la fattura corretta? Il commercialista chiude il trimestre la settimana prossima.

Luisa Fabbri - amministrazione

-----Messaggio originale-----
Da: Assistenza Clienti <clienti@traduzionimeridiana.example>
Inviato: martedì 11 marzo 2025 09:14
A: amministrazione@rinaldiassociati.example
Oggetto: Accesso all'area clienti

> Gentile cliente,
> il suo account risultava bloccato dopo cinque tentativi di accesso con password errata.
> Lo abbiamo sbloccato: al prossimo accesso le verrà chiesto di impostare una nuova password.
> Cordiali saluti
> Team Meridiana"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Matteo Ghirardi <matteo.ghirardi@mail.example>",
         to="ciao@lavanderiaalvolo.example",
         subject="Supplemento 1,50 €?",
         body="""\
Ciao! Nell'ultimo ritiro ho visto in ricevuta un «supplemento fascia serale 1,50 €» che le altre volte non c'era. Nessun problema, l'ho già pagato, just curious: è perché ho scelto il ritiro dopo le 20?

Matteo"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Franco Ginepri <franco.ginepri@posta.example>",
         to="assistenza@irrigasmart.example",
         subject="Account bloccato nell'app",
         body="""\
Buongiorno,
dopo aver cambiato telefono ho sbagliato la password qualche volta e ora l'app dei programmatori di irrigazione mi dice «account temporaneamente bloccato, contattare l'assistenza». Sono passate più di 24 ore ed è ancora così.

I programmatori in giardino continuano a irrigare con il programma vecchio, ma non posso modificarlo. L'utente è questa mail.

Grazie,
Franco Ginepri"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Beatrice Lanza <beatrice.lanza@studiolanza.example>",
         to="portale@vigilanzanord.example",
         subject="Il codice di verifica arriva al vecchio numero",
         body="""\
Salve,
ho cambiato numero di cellulare (l'ho comunicato al vostro call center a febbraio), ma quando accedo al portale clienti della centrale il codice di verifica arriva ancora al numero vecchio, che non ho più. Quindi non riesco a entrare per vedere lo storico degli allarmi e aggiornare i contatti di reperibilità.

Nuovo numero: 349 000 6634
Codice cliente: VG-10452

Cordiali saluti,
Beatrice Lanza"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Chiara Bonetti <chiara.bonetti@mail.example>",
         to="prenotazioni@clinicavetsanrocco.example",
         subject="Profilo sparito?",
         body="""\
Buonasera,
è normale che il mio profilo sul sito delle prenotazioni non esista più? Provo ad accedere con questa mail e mi risponde «utente non registrato».

Dentro c'erano le schede di Oliver e Mimì, i miei due gatti, con le vaccinazioni e il piano della terapia per i reni di Mimì. Devo prenotare il controllo di fine mese e non so come fare.

Grazie,
Chiara Bonetti"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Davide Russo <davide.russo@famigliarusso.example>",
         to="info@noleggioarchi.example",
         subject="Cambiare e-mail di accesso",
         body="""\
Buongiorno, noleggio da voi un violoncello 3/4 per mia figlia. Come faccio a cambiare l'indirizzo e-mail con cui accedo al profilo? Vorrei usare quello nuovo.
Grazie, Davide Russo"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Federica Sala <federica.sala@mailbox.example>",
         to="info@sposiincanto.example",
         subject="Preventivo matrimonio settembre 2026",
         body="""\
Buongiorno!
Ci sposiamo il 20 settembre 2026 e cerchiamo una wedding planner per la zona del Lago d'Iseo.

Premetto che mia madre è una bomba a orologeria e che il primo preventivo ricevuto da un'altra agenzia ci ha fatto venire un mezzo infarto 😅 Siamo circa 90 invitati, vorremmo una cosa semplice ma curata: rito civile, cena in villa, niente fuochi d'artificio (mio suocero li odia, scappa appena sente un botto).

Potete mandarci un'idea dei costi e di cosa è incluso? Vorrei sapere anche come gestite il piano B se piove.

Grazie mille,
Federica e Ruggero"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Lorenzo Bassi <lollo.bassi@mail.example>",
         to="prenota@fuggitivi-escape.example",
         subject="Prenotazione «Incendio al Faro» per 6",
         body="""\
Ciao,
vorremmo prenotare la stanza «Incendio al Faro» per sabato 17 sera, siamo in 6 (addio al celibato).

Due domande: va bene per chi non ha mai fatto una escape room? E se il piano va in fumo e non usciamo entro i 60 minuti ci svelate comunque la soluzione? 😄 L'anno scorso abbiamo fatto «Codice Rosso» ed è stata una bomba.

Grazie,
Lorenzo"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Stefano Gallo <stefano.gallo@makerlab.example>",
         to="assistenza@stampa3d.example",
         subject="Re: Avviso importante sugli alimentatori PowerBox 24V",
         body="""\
Buongiorno,
ho controllato: il mio alimentatore ha il numero di serie PB24-19-88310, quindi è fuori dal lotto indicato. La stampante funziona come sempre.
Grazie comunque per l'avviso, apprezzo che l'abbiate mandato a tutti.

Stefano Gallo

Il giorno mer 12 mar 2025 alle ore 16:05 Stampa3D Assistenza <assistenza@stampa3d.example> ha scritto:
> Gentile cliente,
> abbiamo riscontrato che un lotto di alimentatori PowerBox 24V (numeri di serie
> da PB24-21-00001 a PB24-21-04500) può surriscaldarsi e, in rari casi, prendere
> fuoco durante stampe molto lunghe.
> Se il suo alimentatore rientra nel lotto, la preghiamo di scollegarlo subito
> e di contattarci per la sostituzione gratuita.
> Il team Stampa3D"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Anna Ricci <anna.ricci@casaricci.example>",
         to="servizi@piscinablu.example",
         subject="Pompa piscina sistemata, grazie!",
         body="""\
Buongiorno,
volevo solo ringraziare Massimo, il tecnico che è passato sabato per la pompa della piscina. Era completamente bloccata da una settimana e l'acqua stava diventando verde; in mezz'ora ha trovato la girante piena di foglie e ha cambiato la guarnizione. Adesso gira che è una meraviglia.

Cinque stelle, davvero!
Anna Ricci"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Enrico Mair <enrico.mair@bergmail.example>",
         to="vendite@accumulo-sole.example",
         subject="Domanda: la batteria funziona durante un blackout?",
         body="""\
Buongiorno,
sto valutando il vostro sistema di accumulo da 10 kWh da abbinare al fotovoltaico. Entschuldigung, mein Italienisch ist nicht perfekt.

Da noi in valle d'inverno salta spesso la corrente per qualche ora. La batteria alimenta la casa anche durante un blackout della rete, o serve un modulo in più? E la garanzia copre anche i guasti dovuti a sbalzi di tensione o fulmini?

Grazie,
Enrico Mair"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Rocco Di Giacomo <rocco@arrosticinisullastrada.example>",
         to="supporto@paga-facile.example",
         subject="Terminale carte che si scollega",
         body="""\
Ciao,
il terminale per le carte del furgone (quello con la vostra SIM, ID T-4471) da qualche giorno perde la connessione più o meno ogni ora. Se lo spengo e lo riaccendo riparte e i pagamenti passano, quindi andiamo avanti così, però quando c'è la coda alla sagra è una bella seccatura.

Si può sistemare?
Grazie, Rocco - Arrosticini sulla Strada"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Pietro Longhi <pietro@birrificiovallescura.example>",
         to="assistenza@tankwatch.example",
         subject="R: Sensori fermentatori offline - TERZA segnalazione",
         body="""\
Vi riscrivo perché non ho ancora ricevuto nessuna risposta, e adesso la situazione è peggiorata.

Stanotte il fermentatore 4 (2.000 litri di lager) è salito a 19 gradi senza che arrivasse nessun allarme, perché i sensori non comunicano più con il pannello dal 10 marzo. Ce ne siamo accorti stamattina assaggiando. Venerdì dobbiamo imbottigliare per il distributore e il nostro unico tecnico non può controllare sei tank a mano giorno e notte.

We need someone on site today, please.

Birrificio Valle Scura - Pietro Longhi
335 000 4410

Il giorno lun 10 mar 2025 alle ore 08:47 Pietro Longhi <pietro@birrificiovallescura.example> ha scritto:
> Buongiorno,
> da stamattina il pannello di monitoraggio dei tank non riceve più le temperature
> dai sensori: tutte le righe sono grigie con «nessun dato». Il raffreddamento
> sembra andare, ma non vediamo niente. Potete controllare?
> Pietro"""),
]
