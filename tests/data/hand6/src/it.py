# hand6 (blind7) -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rossella Dini <r.dini@hotelbelvedere-lago.example>",
         to="assistenza@elevatori-nord.example",
         subject="Ascensore Hotel Belvedere - matricola 4471/B",
         body="""\
Buongiorno,
vi scrivo per l'impianto dell'Hotel Belvedere in via dei Tigli 12, quello che avete revisionato a ottobre.

Ieri sera verso le 23 due nostri ospiti sono saliti al terzo piano. Le porte si sono aperte mentre la cabina stava ancora scendendo, e si è fermata una spanna abbondante sotto il livello del pavimento. La signora è uscita senza guardare, il piede è finito nel vuoto ed è andata giù in avanti sul corridoio. Per fortuna il marito l'ha presa per il braccio, ma ha un ginocchio gonfio come un melone e stamattina zoppicava.

Il nostro manutentore interno ha riprovato due volte stamattina: una volta si è fermata giusta, la seconda di nuovo più bassa, con le porte già aperte e la cabina che si muoveva ancora.

Abbiamo messo il cartello e bloccato le chiamate ai piani, ma è l'unico ascensore e sabato arriva un gruppo di signori anziani sistemati al quarto piano.
Potete mandare qualcuno oggi? Il numero verde dà sempre occupato.

Rossella Dini
Direzione - Hotel Belvedere
tel. 0323 000 4471"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Matteo Scarpa <matteo.scarpa87@postaveloce.example>",
         to="help@pedala-city.example",
         subject="bici 2291",
         body="""\
Salve,
sabato pomeriggio ho sbloccato con la mia app la bici numero 2291 alla stazione di piazza Garibaldi, per mia figlia che ha 16 anni. In discesa su viale Marconi ha tirato i freni e la leva è arrivata fino alla manopola senza frenare niente. È andata dritta contro il cordolo del marciapiede ed è volata oltre il manubrio. Risultato: sei punti sul mento, un polso ingessato e una notte intera al pronto soccorso.

Domenica mattina sono tornato a vedere. La bici è ancora lì in stazione, prenotabile nell'app, con la stessa leva molle che si tira fino in fondo. Chiunque la può prendere in questo momento.

Toglietela SUBITO dal servizio e fate controllare le altre della stessa serie. Del resto parliamo dopo, ho le foto e il referto.

Matteo Scarpa"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Giulia Ferraresi <giulia.ferraresi@libero-mail.example>",
         to="ordini@birrificio-valfredda.example",
         subject="URGENTE cassa degustazione - bottiglie scoppiate",
         body="""\
Buonasera,
il 3 dicembre ho ricevuto la cassa "Degustazione Inverno" (ordine VF-10388), 12 bottiglie. Le avevo messe in dispensa al fresco come da istruzioni.
Stanotte verso le 2 ci ha svegliati un botto: una bottiglia della Bock speziata è esplosa da sola, il tappo è ancora attaccato al collo e il resto è in mille pezzi per tutta la dispensa. Stamattina mentre pulivo ne è scoppiata una seconda a mezzo metro da me, una scheggia mi ha aperto l'avambraccio (niente di grave, cerotto), ma se c'era mio figlio di 4 anni lì vicino non oso pensarci.

Le altre quattro della stessa birra hanno il tappo un po' bombato. Non le tocco. Cosa devo fare? Come le smaltisco senza rischiare?
E soprattutto avvisate gli altri clienti che hanno lo stesso lotto, sull'etichetta c'è scritto L-2611B.

Giulia Ferraresi"""),

    dict(n=4, signals="safety", priority="critical", trap="data-exposure", qt=0, reply=0,
         frm="Davide Quaranta <d.quaranta@officinegrafichebrenta.example>",
         to="supporto@paghesemplici.example",
         subject="cedolini novembre",
         body="""\
Buongiorno,
sono l'amministratore delle Officine Grafiche Brenta (cliente cod. 55-0192).

Stamattina i nostri dipendenti sono entrati nell'area personale per scaricare il cedolino di novembre e almeno tre di loro mi hanno chiamato: al posto del proprio vedono il cedolino di persone che non conoscono, di un'altra azienda, con nome, codice fiscale, IBAN, indirizzo di casa e perfino la trattenuta per il pignoramento. Uno ha fatto lo screenshot e me l'ha girato.

A questo punto immagino che anche i cedolini dei miei 27 dipendenti siano finiti davanti agli occhi di qualcun altro.

Ho detto a tutti di non scaricare più nulla. Mi serve sapere entro oggi cosa è successo, da quando e chi ha visto cosa, perché devo valutare la notifica al Garante. Vi chiedo di sospendere il portale finché non è chiarito.

Davide Quaranta
Amministrazione
Officine Grafiche Brenta s.r.l."""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Serena Lombardo <serena.lombardo@contactpoint-bari.example>",
         to="noc@voxcloud.example",
         subject="piattaforma down - tutte le postazioni ferme",
         body="""\
Ciao,
la piattaforma per noi è down da circa le 8:40. Gli operatori fanno login nel softphone, resta su "registrazione in corso..." e poi errore SIP 408. Le chiamate in ingresso sui nostri numeri 080 squillano a vuoto o cadono dopo uno squillo, e i clienti finali ci stanno già scrivendo sui social.

Abbiamo 62 operatori in turno su tre commesse, una delle quali è l'assistenza di una multiutility con penali orarie sul livello di servizio. La vostra status page è tutta verde, ma noi siamo fermi al 100%. Provato da due linee diverse (fibra e backup 4G), stesso risultato.

Tenant: contactpoint-bari. Ticket aperto dal portale n. 883120, nessuna risposta dopo 40 minuti.
Richiamatemi per favore al 080 000 7712.

Serena Lombardo
Team leader IT - ContactPoint Bari"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Francesca Vitale <fra.vitale.traduzioni@mailbox.example>",
         to="support@lingotrad-cloud.example",
         subject="non riesco ad aprire niente",
         body="""\
salve, da ieri sera il vostro editor online non carica piu nessun progetto. clicco su un file, compare il cerchietto che gira e resta cosi, ho aspettato anche 20 minuti. Ho provato con chrome e firefox, svuotato la cache, da un altro pc e anche dal portatile di mio marito, sempre uguale. La pagina con l'elenco dei progetti si apre, è proprio l'editor che non parte.

Ho una consegna di 14.000 parole per domani alle 12 per un'agenzia e metà lavoro è lì dentro, non posso nemmeno esportarlo perché l'esportazione si fa dall'editor.

Account: f.vitale (piano Professional)
Aiutatemi per favore

Francesca"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Biblioteca civica di Castelnuovo <prestiti@biblio-castelnuovo.example>",
         to="assistenza@opacnet.example",
         subject="lentezza modulo prestiti",
         body="""\
Buongiorno,
segnaliamo che da lunedì il modulo circolazione è molto lento. Registrare un prestito o una restituzione richiede ora dai 40 secondi ai 2 minuti, prima era immediato. Il catalogo pubblico invece va normalmente e anche le prenotazioni online arrivano.

Per il momento ci arrangiamo: annotiamo i prestiti su un foglio e li inseriamo al pomeriggio, quando c'è meno gente. Il sabato mattina però, con la fila dei ragazzi delle medie, diventa pesante.
Abbiamo notato che va peggio tra le 9 e le 11.

Sede: Biblioteca civica di Castelnuovo, codice polo CST03.
Potete verificare?

Grazie,
Anna Morandi
Servizio prestiti"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Luca Benedetti <l.benedetti@trasporti-benedetti.example>",
         to="api-support@freightlink.example",
         subject="Errori 503 su /v2/shipments",
         body="""\
Buongiorno,
dalle 9:15 circa l'endpoint POST /v2/shipments risponde 503 Service Unavailable più o meno a una chiamata su tre. Le altre passano. Con il nostro retry automatico (3 tentativi, backoff 10 s) alla fine quasi tutte le spedizioni vengono create, ma stamattina 7 su circa 200 sono rimaste fuori e le abbiamo inserite a mano dal portale.
Le GET di tracking rispondono regolarmente.

Un paio di request id:
- 7f3a-22c1-9be0
- 7f3a-2310-44d2

Per ora non siamo bloccati, ma il picco dei ritiri è verso le 16 e vorrei capire se è un problema noto e se state intervenendo.

Grazie
Luca Benedetti
Sistemi informativi - Trasporti Benedetti srl"""),

    dict(n=9, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Impianti Monte Cervaro <cassa@montecervaro-ski.example>",
         to="urgenze@accessalpi.example",
         subject="TORNELLI!!!",
         body="""\
Il numero di reperibilità non risponde!!

Dalle 8:30 tutti i tornelli della seggiovia Cervaro 1 e della cabinovia danno luce rossa su qualsiasi skipass, anche gli stagionali venduti ieri. Le casse vendono ma al varco le tessere non vengono lette. Abbiamo aperto i cancelli di servizio e facciamo passare a vista, ma ci sono 400 persone in coda, è il ponte dell'Immacolata e non riusciamo a controllare niente.

Il server in locale risponde, il pannello dice "sincronizzazione liste in corso" da due ore.

Richiamate al 0465 000 318 - Marco, responsabile impianti"""),

    dict(n=10, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Elena Sartori <elena@laboratorioceramicasartori.example>",
         to="creators@finanziamolo.example",
         subject="Campagna 'Forno nuovo per il laboratorio'",
         body="""\
Buongiorno,
la mia campagna si è chiusa il 14 novembre con 18.340 € raccolti (obiettivo 15.000). Nelle vostre condizioni c'è scritto che l'erogazione avviene entro 14 giorni lavorativi. Siamo al 10 dicembre e sul conto non è arrivato nulla. Nella dashboard lo stato è "Pagamento in elaborazione" da tre settimane, senza altre spiegazioni.

Il problema è che con quei soldi devo saldare il forno: il fornitore mi ha dato tempo fino al 18, poi perdo l'acconto di 4.000 € già versato.

I dati bancari sono corretti (ricontrollati, IBAN intestato alla ditta individuale), il documento d'identità è stato verificato ad agosto.
Vi prego di dirmi a che punto è il bonifico e se manca qualcosa da parte mia.

Cordiali saluti
Elena Sartori
Laboratorio Ceramica Sartori - Faenza"""),

    dict(n=11, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Roberto Galli <robigalli@posta-rapida.example>",
         to="segreteria@studiodentisticoarno.example",
         subject="fattura n. 2026/1142",
         body="""\
Gentile segreteria,
ho ricevuto via mail la fattura 2026/1142 del 28/11. Ci sono tre voci: visita e igiene 80 €, otturazione sul 26 120 €, e un'altra otturazione sul 37 sempre da 120 €. La seconda otturazione non l'ho fatta, il dottore aveva detto che la valutavamo a gennaio.
In più avevo già pagato col bancomat a fine seduta, 200 euro, e adesso la fattura risulta "da saldare" per 320.

Mi serve quella giusta anche per il 730, potete rifarla e rimandarmela? Ho lo scontrino del POS se serve.

Grazie, buona giornata
Roberto Galli"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Chiara Moretti <chiara.moretti@webposta.example>",
         to="info@parlamondo-lingue.example",
         subject="Re: Conferma disdetta abbonamento",
         body="""\
Buongiorno,
vi rispondo su questa mail perché il 30 ottobre mi avete confermato la disdetta, eppure il 1° dicembre sulla carta mi sono ritrovata di nuovo 49,90 € per "ParlaMondo Plus mensile". Da ottobre non ho fatto più nessuna lezione.
Chiedo il rimborso dei 49,90 € e la conferma scritta che a gennaio non partirà un altro addebito.

Chiara Moretti

Il giorno ven 30 ott 2026 alle ore 11:02 ParlaMondo Assistenza <info@parlamondo-lingue.example> ha scritto:
> Gentile Chiara,
> confermiamo la disdetta del tuo abbonamento ParlaMondo Plus.
> Il tuo account verrà chiuso e disattivato al termine del periodo in corso;
> dopo questa data non potrai più accedere alle lezioni registrate.
> Un saluto,
> il team ParlaMondo"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Simone Rizzo <simo.rizzo@studenti-mail.example>",
         to="aiuto@lavasubito.example",
         subject="domanda",
         body="""\
Ciao, uso la vostra app per le lavatrici della lavanderia self service di via Po. Ieri ho ricaricato 20 € e sull'estratto conto della carta vedo 20,35 €. I 35 centesimi cosa sono? Nell'app non trovo dove sia spiegato.
Non è un problema eh, è giusto per capire, e se ricaricando 50 alla volta la commissione resta uguale mi conviene fare così.
Grazie
Simone"""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Giovanni Bertolotti <az.agricola.bertolotti@campi-mail.example>",
         to="assistenza@agrigest.example",
         subject="utente bloccato non posso entrare",
         body="""\
Buongiorno
sono Giovanni Bertolotti dell'az. agricola Bertolotti, stalla con 140 vacche da latte.
Ieri sera ho sbagliato la password un paio di volte (credo 3) e adesso quando provo a entrare mi esce "utenza sospesa, contattare l'amministratore". Ma l'amministratore sono io, non c'è nessun altro.
Ho provato a recuperare la password ma la mail non arriva, forse perché c'è ancora quella vecchia di mio figlio che adesso lavora fuori.

Entro venerdì devo mandare il registro dei trattamenti e i dati delle mungiture al caseificio e al veterinario ASL, ed è tutto li dentro. Non posso stare senza.

Codice cliente AG-7730
Tel. 0372 000 5519 (meglio dopo le 14, la mattina sono in stalla)

Grazie
Giovanni Bertolotti"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Paolo Caruso <paolo.caruso@velamail.example>",
         to="support@ormeggi-online.example",
         subject="Il codice non arriva",
         body="""\
Buonasera,
da due giorni non riesco a entrare nel mio profilo armatore sul vostro sito. Metto mail e password, poi mi chiedete il codice di verifica via SMS, ma l'SMS non arriva mai. Ho premuto "invia di nuovo" almeno cinque volte. Il numero è giusto (+39 333 000 1847) e gli altri SMS li ricevo, anche quelli della banca.

Non è urgentissimo, la barca è a terra per l'inverno, ma entro fine mese devo rinnovare il posto barca a Marina Grande e mi serve la fattura dell'anno scorso che è lì dentro.
C'è un altro modo per avere il codice, via mail o con un'app?

Paolo Caruso
"Maestrale II", pontile C"""),

    dict(n=16, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Laura Testa - Onoranze Funebri Pace <amministrazione@ofpace.example>",
         to="clienti@memoriasoft.example",
         subject="intestazione account amministratore",
         body="""\
Buongiorno,
usiamo il vostro gestionale per le pratiche, i necrologi online e l'agenda dei servizi. L'utenza amministratore dell'agenzia risulta ancora intestata al mio ex socio, Franco Mele, che è uscito dalla società a settembre (ho la visura camerale aggiornata, ve la posso mandare).
Io ho solo un profilo "operatore", quindi non posso aggiungere i due nuovi collaboratori né cambiare i dati di fatturazione, che infatti arrivano ancora a nome suo.

Con il signor Mele i rapporti non sono dei migliori e alle mie mail non risponde, quindi chiedere a lui non è una strada.
Come si trasferisce la titolarità dell'account a me? Che documenti vi servono?

Distinti saluti
Laura Testa
Onoranze Funebri Pace snc"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ada Pellegrini <ada.pellegrini1951@posta.example>",
         to="assistenza@udito-chiaro.example",
         subject="cambio indirizzo di posta",
         body="""\
Buongiorno,
porto gli apparecchi acustici presi da voi da due anni e uso l'applicazione sul telefono per il volume, mi trovo benissimo. Adesso ho dovuto cambiare indirizzo di posta elettronica perché il vecchio lo chiudono (questo da cui scrivo è il nuovo).
Nell'applicazione, nel mio profilo, come faccio a mettere il nuovo indirizzo? Ho paura di toccare qualcosa e perdere le regolazioni che mi ha fatto l'audioprotesista.
Mio nipote dice che basta andare su Impostazioni ma io non lo trovo.

Grazie tante e buone feste
Ada Pellegrini"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nicola Ferri <nicola@makerlab-ferri.example>",
         to="feedback@stampa3d-italia.example",
         subject="il kit nuovo è una bomba",
         body="""\
Ciao ragazzi,
volevo solo dirvi che l'ugello temprato che avete messo nel kit di aggiornamento è una bomba. Sono tre settimane che la stampante va a tutto gas, notte e giorno, per le commesse di Natale e non ha perso un colpo. Prima con l'ugello in ottone dopo due bobine di nylon caricato carbonio era da buttare, adesso niente.

Anche il firmware nuovo spacca: la calibrazione automatica del piatto mi ha salvato la vita, basta imprecazioni col foglietto di carta.

Unica richiesta: se nel prossimo aggiornamento metteste la notifica sul telefono a fine stampa sarei a posto.

Complimenti davvero.
Nicola - MakerLab Ferri"""),

    dict(n=19, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Marta Colombo <marta.colombo@inbox-italia.example>",
         to="reclami@traslochiveloci.example",
         subject="trasloco del 2 dicembre",
         body="""\
Buongiorno,
il trasloco da Monza a Lecco del 2 dicembre alla fine è andato, i mobili sono arrivati integri e su questo niente da dire. Vorrei però segnalare due cose.

La prima: l'autista del camion, un signore con la barba (il nome non lo so), è stato davvero maleducato con mia madre, che ha 78 anni e chiedeva solo dove avrebbero messo gli scatoloni della cucina. Le ha risposto "signora, non rompa" davanti a tutti. Non è il modo.

La seconda: le sei scatole di libri e le sedie da giardino, che dovevano arrivare col secondo viaggio il giorno dopo, sono arrivate ieri, una settimana più tardi, senza che nessuno ci avvisasse. Non mi servivano con urgenza, ma bastava una telefonata.

Non chiedo rimborsi, solo che lo riferiate a chi di dovere.
Marta Colombo"""),

    dict(n=20, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Tommaso De Luca <tommy.deluca@rete-mail.example>",
         to="info@bigliettiexpress.example",
         subject="Cortocircuito - Blackout Tour",
         body="""\
Salve,
ho comprato due biglietti per il concerto dei Cortocircuito, "Blackout Tour 2027", data di Bologna del 14 marzo (ordine BX-558201). Tutto ok, li vedo già nell'app.

Volevo chiedere: si può aggiungere un terzo biglietto vicino ai nostri? Mio fratello ha deciso adesso di venire. Se compro un biglietto nuovo il sistema mi mette dove capita o posso scegliere il posto accanto (noi siamo fila M 21-22, quindi il 20 o il 23)?

Un'altra cosa: sulla pagina dell'evento c'è scritto "show esplosivo con effetti pirotecnici sul palco". C'è un limite di età? Con noi verrebbe anche mio nipote di 13 anni.

Grazie mille
Tommaso"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Stefano Marchetti <ste.marchetti@acquariofili.example>",
         to="assistenza@aquaflux.example",
         subject="pompa Aquaflux 3000 - aggiornamento",
         body="""\
Buonasera,
vi scrivo solo per chiudere il cerchio. A ottobre vi avevo segnalato che la pompa di risalita del mio marino si bloccava di notte e la sump andava in tracimazione. Il negozio ha sostituito la girante in garanzia come mi avevate indicato e da allora, quasi due mesi, nessun blocco, nessuna perdita e silenziosissima. I coralli ringraziano.
Potete chiudere la pratica AQ-2209.

Già che ci sono: avete in programma un controller wifi compatibile con la 3000? Mi piacerebbe regolare la portata dal telefono.

Saluti
Stefano Marchetti"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Alessandro Neri <ale.neri.trekking@montagna-mail.example>",
         to="assistenza@campalto-outdoor.example",
         subject="Re: Fornello Campalto Micro - odore dal raccordo",
         body="""\
Buongiorno Federica,
la valvola nuova è arrivata ieri. L'ho montata come nel video che mi avete mandato e ho fatto la prova con acqua e sapone: nessuna bollicina, nessun odore, fiamma bella regolare. Perfetto.
Grazie per la rapidità, sinceramente non me l'aspettavo. A Capodanno lo porto sul Gran Sasso.

Alessandro

Il giorno lun 30 nov 2026 alle ore 18:47 Alessandro Neri <ale.neri.trekking@montagna-mail.example> ha scritto:
> Salve, ieri in campeggio montando la cartuccia sul fornello Micro ho sentito
> un forte odore di gas e un sibilo dal raccordo, anche con la manopola chiusa.
> Ho staccato subito tutto e l'ho lasciato fuori dalla tenda. Non lo uso piu'
> finche' non mi dite cosa fare. Ordine CA-77812."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Prof. Valeria Conti <animatore.digitale@ipsar-villaverde.example>",
         to="supporto.scuole@classedigitale.example",
         subject="nessuno studente riesce ad accedere",
         body="""\
Buongiorno,
sono l'animatrice digitale dell'IPSAR di Villaverde. Da stamattina nessuno dei nostri studenti riesce a entrare nella piattaforma: con "Accedi con account scuola" compare "Utente non riconosciuto - contattare l'amministratore". Succede a tutti, abbiamo provato con una quindicina di ragazzi di classi diverse. I docenti invece entrano.
Stanotte ci è arrivata la vostra mail di manutenzione programmata, quindi immagino che c'entri.

Alle 10:30 abbiamo la simulazione della seconda prova per le quinte, circa 300 studenti, tutta sulla vostra piattaforma, con i commissari esterni già in istituto. Ho provato a reimpostare la password di un ragazzo dal pannello amministratore: il sistema dice "operazione completata", ma lui continua a non entrare.

Vi chiedo di intervenire subito, o almeno di dirmi se c'è un modo per farli entrare con credenziali locali.

Cell. 347 000 2281
Valeria Conti"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Irene Fabbri <irene.fabbri@casella-web.example>",
         to="prenotazioni@camperlibero.example",
         subject="R: R: Cauzione contratto CL-2026-0915",
         body="""\
TERZA mail e ancora nessuna risposta.

Il camper l'ho riconsegnato il 6 novembre a Rimini, verbale firmato dal vostro operatore, nessun danno. Sono passate cinque settimane e i 1.500 € di cauzione sono ancora bloccati sulla carta di credito. La banca dice che lo sblocco lo dovete chiedere voi.
Con quella cifra bloccata ho il plafond quasi esaurito e a fine mese devo pagare l'assicurazione della macchina.
Se entro venerdì non vedo lo sblocco apro la contestazione con la banca e mi rivolgo a un'associazione consumatori.

Irene Fabbri
333 000 9182

-----Messaggio originale-----
Da: Irene Fabbri
Inviato: martedì 24 novembre 2026 09:12
A: prenotazioni@camperlibero.example
Oggetto: R: Cauzione contratto CL-2026-0915

> Buongiorno, vi riscrivo per la cauzione del contratto CL-2026-0915.
> Il 6/11 ho restituito il camper, ad oggi la pre-autorizzazione di 1.500 €
> non è stata rilasciata. Potete verificare?
>
> > Salve, ho riconsegnato il camper il 6/11, quando viene sbloccata la
> > cauzione di 1.500 €? Grazie, Irene Fabbri"""),
]
