# blind8 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daniele Ferraresi <d.ferraresi@posta-veloce.example>",
         to="assistenza@trekko-bikes.example",
         subject="batteria Trekko 28, cosa devo fare?",
         body="""\
Buongiorno,

ho una e-bike Trekko 28 comprata da voi a maggio (ordine TRK-20931). Ieri sera l'ho attaccata alla presa in garage come sempre, dopo un'oretta sono sceso a prendere una cosa e ho sentito un sibilo, tipo una bomboletta che perde.

La batteria era diventata bollente, il guscio di plastica si era gonfiato da un lato e c'era un odore dolciastro, chimico, che mi ha pizzicato la gola per mezz'ora. Ho staccato tutto con un guanto da forno e l'ho portata in cortile, sulle piastrelle, lontano dalle macchine. Stamattina è ancora deformata e un po' tiepida.

Sopra il garage dormono i miei figli. Non la tocco piu finché non mi dite voi come smaltirla e cosa fare con la bici. La venite a ritirare voi?

Daniele Ferraresi
Via dei Mille 12, Forlì"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucia Pavan <lucia.pavan@libero-mail.example>",
         to="servizioclienti@movix-ausili.example",
         subject="Carrozzina Movix E3 - richiesta di controllo",
         body="""\
Gentili signori,

mia madre, 84 anni, usa da febbraio la vostra carrozzina elettrica Movix E3 (matricola MX3-118402), fornita tramite l'ASL. In generale ci siamo trovati bene e il vostro tecnico, il sig. Rinaldi, è sempre stato molto gentile.

Vi scrivo perché domenica pomeriggio è successa una cosa che vorrei capire. Mia madre si era fermata a metà della rampa che dal portone scende al cortile, joystick rilasciato, e la carrozzina ha cominciato a scivolare indietro, piano piano e poi sempre più veloce, fino a sbattere contro il cancello. Lei si è tenuta ai braccioli ed è rimasta seduta; ha solo un livido sul gomito e un grosso spavento. Dopo ho provato io, a carrozzina vuota: sulla rampa non sta ferma, anche con il freno inserito.

Per ora l'abbiamo lasciata in casa e lei usa quella manuale. Potreste mandare qualcuno a verificarla, e dirmi se nel frattempo possiamo usarla almeno in piano?

Grazie per l'attenzione,
Lucia Pavan
tel. 0461 555 0192"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Marta Colombo <marta.colombo@fastmail-it.example>",
         to="clienti@nutripet-shop.example",
         subject="URGENTE crocchette Nutripet Adult lotto 24B117",
         body="""\
Salve,
ho due cani, un labrador e un meticcio. Lunedì ho aperto un sacco nuovo di crocchette Nutripet Adult Pollo & Riso da 12 kg, lotto 24B117, scadenza 09/2027, comprato sul vostro shop (ordine NP-77120-IT).

Da martedì sera tutti e due vomitano e non mangiano, il più piccolo stanotte ha avuto diarrea con sangue. La veterinaria sospetta un'intossicazione alimentare, li ha messi sotto flebo e mi ha chiesto se avevo cambiato mangime: l'unica cosa nuova è il vostro sacco. Le crocchette hanno un odore rancido e alcune sono verdastre.

Ho conservato il sacco. Vi chiedo di controllare il lotto SUBITO, perché se lo stanno dando anche altri cani... e ditemi a chi devo mandare il campione.

Marta Colombo"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giorgia Leone <giorgia.leone88@mailbox-sud.example>",
         to="help@goride-app.example",
         subject="corse che non ho fatto",
         body="""\
Buonasera,
stamattina ho aperto l'estratto conto e ho trovato nove addebiti GoRide tra venerdì notte e sabato, in totale 312,60 €. Tutte corse a Torino. Io vivo a Lecce e venerdì ero a casa con la febbre.

Nell'app, nella cronologia, ci sono proprio quelle corse, e c'è anche un indirizzo "Casa" che non è il mio. Il numero di telefono nel profilo è cambiato, ora finisce con 4471 e non so di chi sia. Riesco ancora a entrare perché ho la password salvata ma non so per quanto.

La carta (Visa che termina con 0836) l'ho già fatta bloccare dalla banca. Cosa devo fare per riavere i soldi? E chi ha adesso i miei dati?

Giorgia Leone"""),

    # ---------------------------------------------------------------- outage
    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Ilaria Santini <biglietteria@teatrovaldorsa.example>",
         to="support@ticketscena.example",
         subject="PIATTAFORMA DOWN - prima stasera",
         body="""\
Buongiorno,

la vostra piattaforma di biglietteria è down da circa le 15:40. Sia il backoffice sia il sito di vendita danno "504 Gateway timeout". Alla cassa non riusciamo a stampare i biglietti né a vedere le prenotazioni.

Stasera alle 20:30 abbiamo la prima della stagione, sala esaurita, 620 posti, e tra un'ora e mezza apre il botteghino. Stiamo preparando un elenco cartaceo ma senza l'export non abbiamo nemmeno i nomi di chi ha comprato online.

Codice cliente TCV-0042, contratto Premium. Vi prego di richiamarmi al 0575 555 0118, anche solo per dirmi i tempi.

Ilaria Santini
Responsabile biglietteria - Teatro Comunale di Valdorsa"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Enzo Morandi <falegnameria.morandi@tiscalo.example>",
         to="assistenza@legnocad.example",
         subject="licenza",
         body="""\
salve sono la falegnameria Morandi di Sassuolo.

da stamattina il programma LegnoCAD sul pc del pantografo non parte più, esce la finestra "Server licenze non raggiungibile (codice L-204)" e si chiude. Il pc è collegato a internet, ho riavviato tutto due volte anche il router, niente.

Senza il programma non posso mandare i pezzi alla macchina, e ho fermo un lavoro di una cucina da consegnare venerdì. La licenza è la LC-5531-PRO, rinnovata a gennaio e pagata regolare.

Ditemi voi cosa devo fare, sono in laboratorio tutto il giorno 333 555 0147.
Enzo Morandi"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Stefano Guidolin <s.guidolin@logisticabrenta.example>",
         to="helpdesk@wms-cloud.example",
         subject="Stampa etichette lentissima da ieri",
         body="""\
Ciao,

segnalo che da ieri pomeriggio la stampa delle etichette di spedizione dal modulo Shipping ci mette 40-50 secondi per etichetta, prima era istantanea. Nessun errore a video, solo la rotellina che gira e poi parte la stampa.

Le spedizioni escono lo stesso perché per adesso abbiamo ripiegato sull'export CSV e stampiamo dal portale del corriere, ma per i ragazzi al banco imballo è una bella perdita di tempo (oggi 380 colli).

Tenant: magazzino-bassano. Se vi serve un log diteci come estrarlo.

grazie
Stefano Guidolin
Logistica Brenta srl"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Michele Toffanin <michele@splendorcarwash.example>",
         to="assistenza@washpay-sistemi.example",
         subject="le casse automatiche non prendono niente",
         body="""\
Da stamattina alle 7 nessuna delle casse automatiche dei nostri tre autolavaggi (Cittadella, Camposampiero, Vigonza) accetta pagamenti: né carte, né bancomat, né le tessere prepagate. Sul display compare "In attesa di connessione al server" e poi torna alla schermata iniziale.

Le piste sono ferme. I clienti arrivano, provano, imprecano e se ne vanno. Ed è sabato, il giorno in cui lavoriamo di più. Le gettoniere a monete vanno ma ormai le usano in pochi.

Abbiamo già spento e riacceso i terminali e controllato la linea: internet c'è, le telecamere e tutto il resto funzionano.

Cliente n. 20-3318. Richiamatemi appena potete al 049 555 0166.
Michele Toffanin - Splendor Car Wash"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Paola Bertoni <p.bertoni@notaiobarbieri.example>",
         to="support@firmasubito.example",
         subject="Firma remota",
         body="""\
Buongiorno,

vi scrivo dallo Studio Notarile Barbieri. Dalle 9:15 circa l'integrazione con il nostro gestionale non riesce più a inviare documenti in firma: la chiamata POST /v2/envelopes risponde 503 Service Unavailable, anche ritentando ogni pochi minuti. Dal vostro pannello web riesco a entrare, ma il pulsante "Invia per la firma" non fa nulla. La pagina di stato dice che è tutto operativo.

Oggi pomeriggio abbiamo tre rogiti e le firme delle procure vanno raccolte prima. ID account 88-4410-NB.

Cordiali saluti,
Dott.ssa Paola Bertoni
Studio Notarile Barbieri - Ferrara"""),

    # ---------------------------------------------------------------- payment
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Serena Ghedini <serena.ghedini@postaweb.example>",
         to="aiuto@prenotasalone.example",
         subject="doppio pagamento acconto",
         body="""\
Buongiorno,
il 3 novembre ho prenotato tramite la vostra app dal Salone Ambra (Rovigo) colore + taglio per il 22/11, con acconto di 25 €. L'app si è bloccata dopo il pagamento e ho riprovato: risultato, due prenotazioni uguali e due addebiti da 25 € sulla carta.

Il salone mi dice che loro ne vedono una sola e che i soldi li gestite voi. Potete rimborsarmi quello in più?
Codici BK-661204 e BK-661209.

Grazie,
Serena Ghedini"""),

    dict(n=11, signals="payment", priority="high", trap="implicit", qt=0, reply=0,
         frm="Anna Marchetti <personale@coopilfaro.example>",
         to="supporto@pagafacile.example",
         subject="stipendi NON partiti",
         body="""\
Buongiorno,

siamo una cooperativa sociale con 46 dipendenti e usiamo PagaFacile per cedolini e distinte.

Il 10/11 ho caricato e approvato dal vostro portale la distinta SEPA degli stipendi di ottobre (totale 71.384,20 €), stato "inviata". Oggi la banca mi dice che il flusso è stato scartato lo stesso giorno per "formato non valido" e che nessun bonifico è partito. Da voi nessuna notifica.

I ragazzi mi stanno chiamando uno dopo l'altro, c'è chi ha il mutuo e chi l'affitto in scadenza. Ho bisogno di sapere subito se posso rigenerare una distinta corretta o se devo fare 46 bonifici a mano.

Rif. azienda 00312-COOP

Anna Marchetti
Ufficio personale - Coop. sociale Il Faro"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Fabio Rizzo <fabio.rizzo@webpost.example>",
         to="assistenza@medicall.example",
         subject="disdetta abbonamento Famiglia",
         body="""\
Salve,

ad agosto ho disdetto l'abbonamento Famiglia a MediCall (ho ancora la mail di conferma della disdetta, 28/08 ore 21:14). Nonostante questo il 1° ottobre e il 1° novembre mi avete addebitato 19,90 € ciascuno su PayPal. Da luglio non ho fatto nessuna televisita.

Vi chiedo il rimborso dei due addebiti e di verificare che l'abbonamento sia chiuso davvero, perché non voglio trovarmene un terzo a dicembre.

Cordialmente
Fabio Rizzo"""),

    dict(n=13, signals="payment", priority="low", trap="angry-minor", qt=0, reply=0,
         frm="Roberto Gatti <rob.gatti61@mailclub.example>",
         to="info@piscinecomunali-lugo.example",
         subject="MA STIAMO SCHERZANDO???",
         body="""\
Ho ricaricato la tessera della piscina con 50 euro dall'app e sulla carta mi ritrovo 50,35 €!!! 35 centesimi di "commissione di servizio" che NESSUNO mi aveva detto.

Vengo in vasca da 11 anni e questa è la prima volta che vedo una cosa del genere. Voglio sapere cos'è sta commissione e se la pagano tutti o solo i fessi come me che usano l'app invece di fare la fila alla cassa.

Pessimo.
Roberto Gatti, tessera 0041922"""),

    # ---------------------------------------------------------------- account
    dict(n=14, signals="account", priority="high", trap="plain", qt=0, reply=0,
         frm="Chiara Ferri <c.ferri@lavoropiu.example>",
         to="support@talentdesk.example",
         subject="account bloccato, colloqui oggi",
         body="""\
Buongiorno,
sono una recruiter dell'agenzia Lavoro Più (piano Business). Stamattina ho sbagliato la password un paio di volte e ora TalentDesk mi dice "Account temporaneamente sospeso, contatta il supporto". Ho provato il reset ma il link mi riporta allo stesso messaggio.

Ho sei colloqui video a partire dalle 11, tutti pianificati dalla piattaforma, e non posso né entrare nelle stanze né vedere i cv dei candidati.

Utente: c.ferri@lavoropiu.example
Mi sbloccate per favore?

Chiara Ferri"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Antonio De Luca <antonio.deluca@mailpescara.example>",
         to="assistenza@condominiofacile.example",
         subject="codice di verifica",
         body="""\
Buonasera,

sono proprietario di un appartamento nel condominio Le Magnolie (via Torricelli 14, Pescara), amministrato dallo studio Di Nardo che usa il vostro portale.

Da quando ho cambiato operatore telefonico (numero uguale, portabilità fatta a ottobre) il codice via SMS per entrare non mi arriva più. Ho premuto "invia di nuovo" sei o sette volte in tre giorni. Gli altri SMS, banca ecc., li ricevo senza problemi.

Dovrei scaricare il verbale dell'assemblea e il riparto spese prima del 30. Si può avere il codice via email, oppure togliere la verifica dal mio profilo?

Grazie,
Antonio De Luca"""),

    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Mariagrazia Bordin <presidenza@corosantacecilia.example>",
         to="support@associa-online.example",
         subject="cambio titolare",
         body="""\
Buongiorno.

Siamo l'APS Coro Santa Cecilia di Montebelluna; abbiamo un account associazione sulla vostra piattaforma per iscrizioni ai concerti e quote soci.

L'account è ancora intestato al nostro ex tesoriere, Giuseppe Vettor, che si è dimesso a giugno e si è trasferito a Bologna. Non risponde più né a telefono né ai messaggi, e noi del nuovo direttivo abbiamo solo accessi da "collaboratore": non possiamo cambiare l'IBAN, aggiungere persone né scaricare il rendiconto annuale che ci serve per l'assemblea di gennaio.

Abbiamo il verbale dell'assemblea che nomina me presidente e Laura Zanin tesoriera. Cosa dobbiamo mandarvi per diventare titolari dell'account?

Cordiali saluti
Mariagrazia Bordin
Presidente APS Coro Santa Cecilia"""),

    dict(n=17, signals="account", priority="low", trap="question", qt=0, reply=0,
         frm="Elena Sartori <e.sartori@studiotecnico-bz.example>",
         to="clienti@verdeoasi.example",
         subject="domanda",
         body="""\
Salve,
ho la carta fedeltà Verde Oasi e uso l'app per i punti. Vorrei cambiare l'email collegata, perché quella vecchia è di lavoro e tra un mese non l'avrò più. Nel profilo vedo nome, telefono e indirizzo ma il campo email è grigio e non si può modificare. Come si fa?

Non vorrei perdere i punti (ne ho 1.240, sto puntando al tagliaerba 😄)

Grazie mille
Elena"""),

    # ---------------------------------------------------------------- hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Franca Rossetti <franca@fornorossetti.example>",
         to="ciao@ordinadolce.example",
         subject="complimenti + una richiesta",
         body="""\
Ciao ragazzi,

volevo dirvi che il nuovo modulo ordini per le pasticcerie è una bomba. Prima di Natale ci arrivavano ordini su WhatsApp, al telefono, su foglietti... un delirio, stavo per impazzire. Quest'anno con il vostro sistema abbiamo gestito 900 panettoni senza sbagliarne uno, mi avete salvato la vita. I clienti dicono che prenotare è una cavolata.

Una richiesta, se posso: sarebbe comodissimo stampare il riepilogo degli ordini diviso per fascia oraria di ritiro, così la mattina della vigilia al banco andiamo come un treno. Lo mettete in lista?

Un abbraccio,
Franca
Forno Pasticceria Rossetti - Faenza"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Valentina Morelli <v.morelli@iisgalilei-scuola.example>",
         to="gruppi@cinemaodeon-pisa.example",
         subject="prenotazione scuole - Blackout e Codice rosso",
         body="""\
Buongiorno,

sono la prof.ssa Valentina Morelli dell'IIS Galilei. Per il progetto cinema vorremmo portare le classi quarte (circa 110 studenti + 8 accompagnatori) a due proiezioni mattutine: "Blackout", il documentario sulla notte del 2003 in cui si spense tutta l'Italia, e "Codice rosso", il film girato nel pronto soccorso del Cardarelli.

Vorrei sapere:
1) se a gennaio organizzate matinée per le scuole;
2) il prezzo per studente e se gli accompagnatori entrano gratis;
3) se dopo "Codice rosso" sarebbe possibile un breve incontro con la regista.

Il pagamento lo farebbe la scuola con bonifico su fattura elettronica, il codice univoco ve lo mando appena mi confermate.

Grazie e buona giornata,
Valentina Morelli"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Alessandra Fontana <ale.fontana@mail-emilia.example>",
         to="reclami@radiotaxifelsina.example",
         subject="Vergognoso!!!",
         body="""\
Ieri sera ho preso un vostro taxi dalla stazione Centrale a via Bellini, vettura BOLOGNA 214.

L'autista ha parlato al telefono in vivavoce per TUTTO il tragitto, urlando, ha sbuffato quando gli ho chiesto di abbassare la radio e quando sono scesa con la valigia non si è nemmeno degnato di aprirmi il bagagliaio. Sotto la pioggia!!

Ho pagato quello che diceva il tassametro, 14,80, e sul prezzo niente da dire. Non voglio rimborsi, voglio educazione. È questo il servizio che offrite?? Mi aspetto che qualcuno gli parli, altrimenti da domani chiamo l'altra cooperativa.

Alessandra Fontana"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Luca Brambilla <l.brambilla@frigotrasporti-brianza.example>",
         to="g.pellegrini@noleggiomuletti.example",
         subject="chiusura intervento carrello n. 7",
         body="""\
Buongiorno Sig. Pellegrini,

solo per chiudere il cerchio sul carrello elevatore n. 7 (contratto di noleggio NL-2291).

Come sa, a ottobre perdeva olio dal circuito idraulico e le forche scendevano da sole, e lo avevamo messo subito fuori servizio. Il vostro tecnico Davide l'ha sostituito la settimana scorsa con uno nuovo e da allora nessun problema: i mulettisti sono contenti, ed è anche più silenzioso.

La fattura dell'intervento l'abbiamo saldata ieri con bonifico, dovreste vederla a giorni. Per noi la pratica si può archiviare. Grazie ancora per la rapidità.

Cordiali saluti,
Luca Brambilla
Responsabile magazzino - Frigotrasporti Brianza srl"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Giulia Mancuso <giuliamancuso@posta-rapida.example>",
         to="Marco - Inkwell Tattoo <studio@inkwelltattoo.example>",
         subject="Re: problema dopo il tatuaggio del 14/10",
         body="""\
Ciao Marco,

volevo aggiornarti: sono andata dalla dermatologa ieri e mi ha detto che è tutto a posto, era solo la pelle un po' irritata dal cerotto, adesso è tornata normale. Grazie per avermi risposto subito e per esservi offerti di pagare la visita, ma non serve davvero.

Quando sarà tutto asciutto torno per il ritocco sulle foglie: mi scrivi le date libere di dicembre?

Giulia

Il giorno 16 ott 2026, alle ore 22:41, Giulia Mancuso <giuliamancuso@posta-rapida.example> ha scritto:
> Ciao, il tatuaggio sull'avambraccio che mi avete fatto martedì
> si è gonfiato tantissimo, è rosso acceso, caldo e fa un male
> cane, stanotte non ho dormito. Stamattina c'erano delle bollicine
> con del liquido giallo. È normale?? Ho paura che sia un'infezione."""),

    # ---------------------------------------------------------------- context
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Centrale Operativa TUL <centrale@tramlagomare.example>",
         to="support@turniservizio.example",
         subject="Login autisti - nessuno riesce ad entrare",
         body="""\
Buongiorno,

vi scrivo dalla centrale operativa del deposito tram di via Stazione. Dalle 4:50 nessuno dei conducenti riesce ad accedere all'app Turni&Servizio: dopo matricola e password compare "Errore di autenticazione SSO - token non valido" e si torna alla schermata di login. Succede a tutti, circa 70 persone, sia dai telefoni aziendali sia dai tablet in cabina. Anche noi in centrale, con le credenziali da amministratore, abbiamo lo stesso errore.

Senza l'app i conducenti non vedono turno, vettura assegnata e foglio di servizio. Per le prime uscite abbiamo ristampato a mano i turni di ieri, ma tra un'ora cominciano i cambi in linea e così non reggiamo.

Ieri sera alle 23 ci era arrivata la vostra mail di manutenzione programmata sul sistema di autenticazione, forse c'entra.

Urgenza massima.
Roberto Sala, capoturno centrale - tel. 010 555 0173"""),

    dict(n=24, signals="payment", priority="high", trap="outage", qt=1, reply=1,
         frm="Nicola Ferrante <nicola.ferrante@postacert-mail.example>",
         to="Assistenza FiscoSemplice <assistenza@fiscosemplice.example>",
         subject="R: Ticket #58213 - F24 in elaborazione",
         body="""\
Buongiorno,

grazie della risposta, ma per me la questione non è chiusa. L'F24 del secondo acconto IRPEF (1.932,00 €) che ho pagato dalla vostra app il 23/11 risulta ancora "In elaborazione" e dal conto i soldi non sono mai usciti.

La scadenza è lunedì 30: se il versamento non parte in tempo mi becco la sanzione per ritardato pagamento, e non posso rifarlo dall'home banking senza sapere se poi partono anche i vostri, rischierei di pagarlo due volte.

Mi dite entro oggi se parte o se devo annullarlo e pagare altrove?

Nicola Ferrante

-----Messaggio originale-----
Da: Assistenza FiscoSemplice <assistenza@fiscosemplice.example>
Inviato: venerdì 27 novembre 2026 10:02
A: Nicola Ferrante
Oggetto: Ticket #58213 - F24 in elaborazione

> Gentile cliente,
> tra il 24 e il 26 novembre il servizio di invio F24 è stato
> non disponibile a causa di un disservizio del nostro fornitore.
> Il servizio è ora ripristinato e i pagamenti in coda verranno
> elaborati automaticamente. Ci scusiamo per il disagio."""),
]
