# blind6 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giovanna Ferri <giovanna.ferri@studioferri-condomini.example>",
         to="assistenza@elevatori-ligure.example",
         subject="Ascensore via Caffaro 18 – scala B",
         body="""\
Buongiorno,

vi scrivo come amministratrice del condominio di via Caffaro 18 a Genova (contratto di manutenzione n. 3318). Ieri sera verso le 21 l'ascensore della scala B si è fermato tra il terzo e il quarto piano e le porte si sono aperte da sole. Una signora anziana del quarto ha provato a scendere e proprio in quel momento la cabina è ripartita verso l'alto di una trentina di centimetri. Si è tirata indietro per un pelo: ha un livido enorme sullo stinco e stamattina tremava ancora.

Non è la prima stranezza, la settimana scorsa due inquilini mi avevano detto che "ogni tanto sobbalza". Ho fatto appendere un cartello di non utilizzo, ma nel palazzo abitano anche un ragazzo in carrozzina e una signora con il deambulatore che senza ascensore non escono di casa.

Vi chiedo un intervento oggi stesso.

Giovanna Ferri
Studio Ferri – Amministrazioni Condominiali"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Chiara Esposito <chiaraesposito94@posta.example>",
         to="servizioclienti@bellachioma.example",
         subject="tinta Castano Cioccolato 5.35",
         body="""\
Salve, domenica sera ho usato la vostra tinta Castano Cioccolato 5.35 comprata sul vostro sito (ordine BC-220914). Avevo fatto la prova sul braccio 48 ore prima come dice il foglietto e non era successo niente.

Dopo una decina di minuti mi pizzicava tutta la testa e l'ho sciacquata subito. Stanotte mi sono svegliata con la fronte e le palpebre così gonfie che l'occhio sinistro quasi non si apre, e dietro le orecchie ci sono delle vesciche che colano. Mio marito mi sta portando in guardia medica adesso.

Il medico vorrà sapere gli ingredienti esatti, sulla scatola sono scritti piccolissimi e l'astuccio l'ho già buttato. Potete mandarmi la lista completa del lotto L4471? E vorrei sapere se qualcun altro vi ha segnalato la stessa cosa.

Chiara Esposito"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Stefano Guidi <s.guidi@studioguidi.example>",
         to="farmacista@farmaciaonline-salus.example",
         subject="Ordine 88170 - confezione sbagliata, mio padre l'ha già presa",
         body="""\
Buonasera,

nell'ordine 88170 del 27 novembre per mio padre (Renzo Guidi, 81 anni) avevo ordinato la sua terapia: warfarin compresse da 2,5 mg. Nella busta invece c'era una scatola da 5 mg, con sopra la vostra etichetta che diceva 2,5. Mio padre vive da solo, prende la compressa riconoscendo il blister e non se n'è accorto: l'ha presa per tre giorni, cioè il doppio della dose.

Stamattina gli sanguinava il naso e non si fermava, e ha dei lividi sulle braccia che prima non c'erano. Lo stiamo portando al pronto soccorso adesso, ho con me la scatola.

Vi chiedo di verificare subito come sia potuto succedere e se lo stesso scambio può esserci in altri ordini partiti in quei giorni. Il mio cellulare è 0583 000 417.

Stefano Guidi"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Marta Colombo <marta.colombo@posta.example>",
         to="supporto@labanalisi-centro.example",
         subject="qualcuno è entrato nel mio profilo",
         body="""\
Buongiorno,

stamattina alle 6:12 mi è arrivata una mail da voi: "La tua email è stata modificata correttamente". Io non ho modificato niente. Poco dopo un'altra: "Download referto completato". Sono i miei esami del sangue di ottobre e l'ecografia, con tutti i miei dati.

Adesso se provo ad accedere al portale con la mia email mi dice che l'utente non esiste, e il recupero password ovviamente va alla nuova email, che non so nemmeno qual è. In pratica io non posso più entrare e qualcun altro ha i miei referti.

Codice fiscale e numero di tessera ve li do per telefono, non per mail. Vi prego di bloccare il profilo subito.

Marta Colombo"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Davide Ruggeri <d.ruggeri@trasportibrianza.example>",
         to="helpdesk@stocksuite.example",
         subject="WMS DOWN - magazzino di Agrate fermo",
         body="""\
Ciao, il WMS è down da circa le 5:30. Dal browser va in timeout, dai palmari "server non raggiungibile". Niente picking, niente DDT, le rampe sono ferme.

Abbiamo 14 bilici in coda per le consegne GDO di oggi e alle 10 arrivano gli scarichi dal porto di Genova. Stiamo perdendo le finestre di consegna.

Ticket aperto anche sul portale (#44710) ma è ancora "nuovo". Chiamatemi al 039 000 1122.

Davide Ruggeri
Responsabile operativo – Trasporti Brianza S.r.l."""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Luca Marinelli <lucamarinelli@posta.example>",
         to="help@sostapp.example",
         subject="app bloccata",
         body="""\
buongiorno, da ieri sera l'app SostApp non va oltre la schermata iniziale, resta la rotellina che gira e dopo un minuto si chiude da sola. ho disinstallato e reinstallato, iphone aggiornato, provato sia con wifi che con i dati.

il problema è che faccio il rappresentante e uso la vostra app per pagare le strisce blu in 4-5 comuni al giorno, stamattina a Treviso mi sono preso una multa perché non riuscivo ad avviare la sosta. non vedo neanche il credito residuo (dovrebbero esserci circa 30 euro).

ditemi qualcosa per favore, sono in macchina tutto il giorno
Luca"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paolo Venturi <paolo.venturi@venturiimpianti.example>",
         to="service@termoaria.example",
         subject="Portale installatori - dati non aggiornati",
         body="""\
Buongiorno,

segnalo che dal 2 dicembre il portale installatori non aggiorna più i dati delle pompe di calore dei miei clienti: per tutte e 23 le macchine collegate l'ultimo dato è delle 23:47 del 1/12. Le macchine funzionano regolarmente (ho controllato di persona da due clienti, temperature e consumi ok sul display), si è fermata solo la parte di telemonitoraggio.

Per ora vado avanti leggendo gli allarmi sul display quando i clienti mi chiamano, ma così perdo la manutenzione programmata. Potete controllare?

Cordiali saluti
Ing. Paolo Venturi
Venturi Impianti – Forlì"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Elisa Bortolami <cucina.centrale@ristoscuola-pd.example>",
         to="assistenza@mensapp.example",
         subject="Prenotazioni pasti non arrivate stamattina!!!",
         body="""\
Buongiorno, è urgente.

Stamattina alle 9:30 (orario di chiusura delle prenotazioni) il riepilogo dei pasti non ci è arrivato, né via mail né sul pannello della cucina, dove risulta "0 prenotazioni" per tutti i 12 plessi. Le scuole ci dicono che le presenze le hanno segnate regolarmente sul tablet.

Dobbiamo preparare circa 1.900 pasti entro mezzogiorno, con 140 diete speciali da abbinare ai bambini giusti. Stiamo chiamando le scuole una per una ma non ce la facciamo.

Richiamateci al 049 000 3480.
Elisa Bortolami, responsabile cucina centrale"""),

    dict(n=9, signals="outage", priority="high", trap="technical", qt=0, reply=0,
         frm="Federica Sala <f.sala@brokersala.example>",
         to="api-support@quotanet.example",
         subject="Errore 503 su /v2/preventivi",
         body="""\
Buongiorno,

dalle 14:05 di oggi tutte le chiamate della nostra integrazione a POST /v2/preventivi rispondono 503 Service Unavailable, senza header Retry-After. GET /v2/polizze invece funziona. Client ID: brk-sala-0391, ambiente produzione.

In pratica dal nostro gestionale l'agenzia non riesce a fare nessun preventivo RC auto né a emettere polizze nuove; le sostituzioni in scadenza oggi le stiamo rimandando a domani. Sulla vostra status page è tutto verde.

Grazie,
Federica Sala
IT – Sala Broker Assicurativo"""),

    dict(n=10, signals="payment", priority="high", trap="context", qt=0, reply=0,
         frm="Antonio Russo <antonio.russo70@posta.example>",
         to="sinistri@assicurazionisoleluna.example",
         subject="liquidazione sinistro 2026/RC/118830",
         body="""\
Gentili signori,

il 12 novembre mi avete comunicato via PEC che il sinistro n. 2026/RC/118830 (tamponamento del 3 ottobre sulla via Emilia) è stato liquidato per 4.870,00 euro con bonifico "entro 5 giorni lavorativi". Oggi è il 4 dicembre e sul mio conto non è arrivato niente. L'IBAN è lo stesso che vi ho dato nella denuncia (finale 4410).

La carrozzeria mi ha riconsegnato la macchina sulla fiducia ma vuole essere pagata entro questa settimana, altrimenti mi mette in conto anche il noleggio dell'auto sostitutiva. Ho chiamato il numero verde due volte e mi hanno risposto "è in lavorazione".

Vi chiedo la contabile del bonifico o una data precisa di pagamento.

Antonio Russo"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Elena Pagani <elena.pagani@posta.example>",
         to="prenotazioni@traghettitirreno.example",
         subject="Doppio addebito prenotazione Livorno–Olbia",
         body="""\
Buonasera,

il 29/11 ho prenotato sul vostro sito un passaggio Livorno–Olbia per il 22 dicembre, 2 adulti + auto, cabina interna (codice prenotazione TT7Q4K). Al momento del pagamento la pagina è andata in errore, ho riprovato e la seconda volta è andata a buon fine. Ho ricevuto una sola conferma, ma sulla carta vedo due addebiti da 386,40 € ciascuno.

Vi chiedo di stornare quello in più. Allego lo screenshot dell'estratto conto.

Grazie,
Elena Pagani"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Silvia Brambilla <amministrazione@nododesign.example>",
         to="billing@spazio-loft.example",
         subject="Fattura n. 2026/1187",
         body="""\
Buongiorno,

nella fattura n. 2026/1187 di novembre ci avete addebitato 3 postazioni fisse, ma dal 1° novembre siamo passati a 2 (Giorgio ha disdetto la sua a fine ottobre, c'è la vostra mail di conferma del 24/10). Inoltre la partita IVA nell'intestazione è ancora quella del vecchio studio associato, mentre da settembre fatturiamo come Nodo Design S.r.l.s.

Potete stornarla con nota di credito e riemetterla corretta? Con questi dati il commercialista non la può registrare.

Grazie
Silvia Brambilla – amministrazione Nodo Design"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Tommaso Greco <tommygreco@posta.example>",
         to="info@collinesonore.example",
         subject="domanda",
         body="""\
Ciao! Ho appena comprato due abbonamenti per il Festival Colline Sonore (ordine CS-10422) e sul movimento della carta vedo 2,50 € in più rispetto al prezzo scritto sul sito. Immagino sia la commissione della prevendita, volevo solo capire se è per biglietto o per ordine, perché a luglio vorrei prenderne altri due per i miei cugini. Grazie e ci vediamo sotto il palco!
Tommaso"""),

    dict(n=14, signals="account", priority="high", trap="other-sense", qt=0, reply=0,
         frm="Massimo Bellini <info@labbellini.example>",
         to="supporto@dentalcloud.example",
         subject="Utenza sospesa - non riesco ad accedere",
         body="""\
Buongiorno,

da stamattina quando accedo a DentalCloud con l'utenza m.bellini compare "Utenza sospesa. Contattare l'amministratore". L'amministratore sono io, siamo un laboratorio con un solo account. L'ultima fattura è pagata (ve la allego) e la password l'ho cambiata la settimana scorsa quando me l'ha chiesto il sistema.

Senza accesso non vedo le impronte digitali che mi mandano gli studi e non posso lavorare: oggi ho 6 consegne, tra cui due provvisori per pazienti che vengono domattina.

Mi sbloccate per favore?
Massimo Bellini
Laboratorio Odontotecnico Bellini – Pesaro"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Valentina Longo <vale.longo@posta.example>",
         to="soci@palestrapulse.example",
         subject="cambio email account app",
         body="""\
Buongiorno,

sono socia della Pulse di via Tiburtina dal 2023 (tessera 00782). Il mio account dell'app è registrato con l'email dell'università, che mi hanno chiuso dopo la laurea, quindi non mi arriva più niente e se esco dall'app non posso rientrare perché il codice di accesso arriva lì. Per ora sono ancora loggata sul telefono, ma ho paura di perdere le lezioni prenotate.

Potete sostituire l'email con questa? Se serve passo in reception con il documento.

Grazie,
Valentina Longo"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Giuseppe Mancini <g.mancini@posta.example>",
         to="clubaurora@farmacieaurora.example",
         subject="R: Manutenzione programmata app Club Aurora",
         body="""\
Buongiorno,

rispondo a questa mail perché non trovo un altro indirizzo. Dopo la manutenzione nell'app mi ritrovo con due profili: uno con la tessera vecchia (1.240 punti) e uno nuovo vuoto, creato non so come con lo stesso numero di telefono. Quando entro mi apre sempre quello vuoto, mentre in farmacia la cassa legge la tessera vecchia. Si possono unire i due profili tenendo i punti?

Grazie
Giuseppe Mancini

-----Messaggio originale-----
Da: Club Aurora <clubaurora@farmacieaurora.example>
Inviato: venerdì 27 novembre 2026 18:00
Oggetto: Manutenzione programmata app Club Aurora

> Gentile cliente,
> domenica 29 novembre dalle 23:00 alle 03:00 l'app e il sito Club Aurora non saranno disponibili per un intervento di manutenzione. Durante l'interruzione non sarà possibile accedere al profilo né consultare il saldo punti.
> Ci scusiamo per il disagio."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Roberto Fontana <roberto.fontana@posta.example>",
         to="app@vetsanfrancesco.example",
         subject="Domanda su accesso",
         body="""\
Salve, uso la vostra app per vedere vaccinazioni e appuntamenti dei miei due gatti. Nelle impostazioni ho visto la voce "verifica in due passaggi" ma è grigia e non si attiva. Va chiesta a voi in clinica o c'è un modo per farlo da solo? Vorrei attivarla anche sull'account di mia moglie, che ha gli stessi gatti ma un'altra email.
Grazie, Roberto Fontana"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lucia Rossetti <info@ilpoggiolo.example>",
         to="customer.success@prenotafacile.example",
         subject="Un grazie e due idee",
         body="""\
Ciao ragazzi,

volevo dirvi che il nuovo motore di prenotazione spacca. Col ponte dell'Immacolata abbiamo fatto il botto: camere piene in tre giorni e il ristorante preso d'assalto per il pranzo della domenica. La funzione dei buoni regalo poi è stata una mina, ne abbiamo venduti 40 in una settimana. Mi avete salvato la vita, prima passavo le serate a rispondere alle mail una per una.

Due idee: poter inserire il menu del giorno nella mail di conferma e un promemoria automatico per chi non ha ancora versato la caparra.

Un abbraccio dalla Val d'Orcia,
Lucia – Agriturismo Il Poggiolo"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Marco Pellegrini <incendiodoloso.band@posta.example>",
         to="produzione@rockinriva.example",
         subject="Incendio Doloso – orari e scheda tecnica",
         body="""\
Ciao,

siamo gli Incendio Doloso, suoniamo sabato 19 sul palco B alle 18:40. Vi ho mandato la scheda tecnica la settimana scorsa ma non ho avuto conferma: ci servono 2 DI per le tastiere, il batterista si porta il suo rullante.

Domande veloci: a che ora possiamo fare il line check? C'è un posto per scaricare il furgone vicino al palco o dobbiamo passare dal cancello nord? Il catering per la band vale anche per il nostro fonico?

Grazie mille, non vediamo l'ora!
Marco – Incendio Doloso"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Franco Ferrara <macelleria.ferrara@posta.example>",
         to="assistenza@bilancesmart.example",
         subject="aggiornamento bilancia",
         body="""\
Buongiorno,

vi scrivo solo per dirvi che dopo l'aggiornamento che ha fatto il vostro tecnico martedì la bilancia del banco non si è più piantata, neanche sabato con la fila fuori dalla porta. Prima almeno due volte al giorno si bloccava sulla stampa dello scontrino e dovevo spegnerla e riaccenderla con i clienti che aspettavano. Da martedì zero blocchi, zero errori.

Quindi per me la segnalazione che avevo aperto (n. 5521) si può chiudere.

Saluti,
Franco Ferrara
Macelleria Ferrara – Cremona"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Segreteria Formazione <formazione@commercialisti-valdarno.example>",
         to="segreteria@studiomarchetti.example",
         subject="Webinar 15/12: phishing, ransomware e furto di credenziali negli studi",
         body="""\
Gentile Collega,

ti invitiamo al webinar gratuito "Lo studio sotto attacco: phishing, ransomware e furto di credenziali", martedì 15 dicembre dalle 15:00 alle 17:00.

Programma:
- casi reali di violazione dei dati dei clienti e obblighi di notifica;
- come riconoscere una mail di phishing che imita un ente pubblico o la banca;
- backup, password manager e autenticazione a due fattori in pratica.

L'evento dà diritto a 2 crediti formativi. Iscrizioni entro il 12 dicembre dall'area riservata del sito.

Per non ricevere più queste comunicazioni rispondi con CANCELLAMI.

Segreteria Formazione
Associazione Commercialisti del Valdarno"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Anna Benedetti <anna.benedetti@posta.example>",
         to="assistenza@calorealpino.example",
         subject="R: Stufa pellet Nives 9 – fumo in casa",
         body="""\
Buongiorno sig. Conti,

il tecnico è passato stamattina, ha pulito il raccordo e cambiato la guarnizione dello sportello. L'abbiamo riaccesa e va benissimo, la casa è calda e non si sente più nessun odore. Grazie per la velocità, sotto le feste non me l'aspettavo.

Cordiali saluti
Anna Benedetti

Il giorno mar 1 dic 2026 alle ore 08:17 Anna Benedetti <anna.benedetti@posta.example> ha scritto:
> Buongiorno,
> ieri sera la stufa ha cominciato a fare fumo dallo sportello, la stanza si è riempita e il rilevatore di monossido è suonato. Abbiamo spento tutto e aperto le finestre, stanotte dormiamo dai miei. Potete mandare qualcuno?
> Anna Benedetti"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Simone Barbieri <simone.barbieri@posta.example>",
         to="assistenza@mobilia-telefonia.example",
         subject="bloccare SIM subito",
         body="""\
Buonasera,

mi hanno appena sfilato il telefono dalla tasca sulla metro B a Roma, circa 40 minuti fa. Il numero è il 347 000 1188, intestato a me (codice cliente MB-330917). Sul telefono c'è la vostra app con cui gestisco la linea, e ci sono anche l'home banking e lo SPID che ricevono gli SMS su quel numero.

Vi scrivo dal PC di un amico perché al numero verde c'è un'attesa di 25 minuti. Vi chiedo di bloccare subito la SIM, scollegare l'app da tutti i dispositivi e non fare nessun cambio SIM o portabilità se qualcuno lo chiede a nome mio. Domattina vado a fare la denuncia e passo in negozio per il duplicato.

Simone Barbieri"""),

    dict(n=24, signals="payment", priority="high", trap="vip", qt=0, reply=0,
         frm="Francesca De Luca <f.deluca@fitnessarena-group.example>",
         to="key.account@paysmart.example",
         subject="RID soci dicembre non incassati – contratto Enterprise FA-2024-07",
         body="""\
Gentile dott. Orlandi,

le scrivo come responsabile amministrativa di Fitness Arena Group (31 club, contratto Enterprise FA-2024-07 con SLA di presa in carico entro 4 ore lavorative).

L'addebito diretto SEPA delle quote di dicembre, previsto per il 1° dicembre, non risulta eseguito: nel vostro pannello i 2.318 mandati sono fermi in stato "in attesa di invio" e sul nostro conto non è arrivato nulla. Parliamo di circa 117.000 euro. Il ticket aperto ieri alle 9 (n. 78812) non ha ancora avuto risposta, quindi lo SLA è già ampiamente superato.

Il 10 dobbiamo pagare gli stipendi di 240 collaboratori. Le chiedo che il lotto venga inviato oggi stesso e una spiegazione scritta di cosa è successo.

Cordiali saluti
Francesca De Luca
Fitness Arena Group S.p.A."""),
]
