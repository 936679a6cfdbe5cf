# blind43 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Ferretti <giulia.ferretti@posta-it.example>",
         to="assistenza@ninnacam.example",
         subject="Base di ricarica del baby monitor diventata bollente",
         body="""\
Buongiorno,

vi scrivo per il baby monitor NinnaCam 2 che abbiamo comprato a settembre (ordine NC-40718).

Stanotte verso le 3 mi sono svegliata per un odore di plastica bruciata nella cameretta. La base di ricarica della videocamera, fissata alla sponda del lettino, era bollente, non si riusciva a tenerla in mano, e il cavo vicino al connettore era molle e annerito. Sul lenzuolino, proprio sotto, c'è un alone marrone. Nostro figlio ha 7 mesi e dormiva lì.

Ho staccato tutto e la videocamera l'ho messa sul balcone. Usavamo l'alimentatore originale della confezione.

Vorrei sapere cosa è successo, se altri genitori vi hanno segnalato la stessa cosa e come devo procedere. Allego le foto.

Giulia Ferretti
Via Cavour 18, Parma"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Roberto Esposito <roberto.esposito@posta-it.example>",
         to="ordini@dolcezzedicasa.example",
         subject="Torta SENZA frutta a guscio - ordine 2026-1187",
         body="""\
Salve,

ieri abbiamo ritirato la torta per il compleanno di mio figlio Tommaso (ordine 2026-1187). L'avevo ordinata scrivendo nelle note e ripetendo al telefono "SENZA frutta a guscio, allergia grave", e sulla scatola c'era pure l'etichetta "senza frutta a guscio".

Dopo due bocconi Tommaso ha cominciato a gonfiarsi sulle labbra e a tossire, gli abbiamo fatto l'adrenalina e chiamato il 112. È rimasto in osservazione al pronto soccorso fino a stamattina. Adesso sta bene, ma vi lascio immaginare la serata.

Il resto della torta l'abbiamo tenuto: dentro la crema c'è granella, secondo me di nocciola.

Voglio parlare con il responsabile del laboratorio, e vi conviene controllare subito le altre torte "senza frutta a guscio" fatte ieri.

Roberto Esposito
338 4412 907"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Francesca Colombo <francesca.colombo@posta-it.example>",
         to="supporto@registroscuola.example",
         subject="Vedo i documenti di altri bambini nel profilo di mia figlia",
         body="""\
Buonasera,

sono la mamma di Alice Colombo, classe 2ª B della primaria "Gianni Rodari" di Monza. Stasera, entrando nell'app con le mie credenziali, nella sezione "Documenti" di mia figlia compaiono anche i file di altri bambini: certificati medici, una diagnosi DSA con nome e cognome, deleghe per il ritiro con le copie delle carte d'identità dei genitori. Ne ho contati almeno quindici, e non solo della sua classe.

Non ho aperto niente oltre a leggere i nomi dei file, ma se li vedo io immagino che li vedano anche altri genitori.

Ho avvisato la segreteria della scuola, che mi ha detto di scrivere a voi.

Cordiali saluti,
Francesca Colombo"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Luca Bernardi <luca.bernardi85@posta-it.example>",
         to="help@gogocar.example",
         subject="Corse addebitate che non ho fatto",
         body="""\
Ciao,

stamattina ho trovato sulla carta quattro addebiti vostri di ieri sera: 18,40 €, 22,10 €, 31,90 € e 14,70 €, tutti tra le 22:30 e le 2 di notte, a Milano. Io abito a Bologna, ieri sera ero a casa e a Milano il vostro servizio non l'ho mai usato.

Nello storico dell'app vedo le corse con partenza da Porta Garibaldi e pure una penale per "sosta in area non consentita". Ieri alle 21 mi era anche arrivata una mail di "accesso da un nuovo dispositivo Android", ma io ho un iPhone.

La password l'ho già cambiata. Vi chiedo di bloccare l'account finché non si capisce cosa è successo e di rimborsarmi le corse.

Luca Bernardi
347 229 1180"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Elena Marchetti <e.marchetti@cdsanluca.example>",
         to="assistenza@labsoftware.example",
         subject="Urgente - referti fermi dalle 6:00, 380 campioni in coda",
         body="""\
Gentile assistenza,

dalle 6:00 di questa mattina i risultati degli analizzatori di chimica clinica ed ematologia non arrivano più al gestionale: i campioni restano "in lavorazione" anche quando lo strumento ha già finito e i referti non partono verso i reparti dell'ospedale. In coda ci sono circa 380 campioni, tra cui quelli del pronto soccorso e della terapia intensiva.

Stiamo trascrivendo a mano i valori critici e telefonando ai reparti, ma con il personale di oggi non reggiamo oltre la mattinata.

Chiediamo un intervento immediato. Il nostro referente tecnico è il dott. Marco Villa (interno 4471).

Distinti saluti,

Dott.ssa Elena Marchetti
Responsabile Laboratorio Analisi
Centro Diagnostico San Luca S.r.l.
Via dei Mille 54 - 80121 Napoli
Tel. 081 555 0190

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di darne notizia al mittente e di cancellarlo. Ogni utilizzo non autorizzato è vietato ai sensi del Regolamento UE 2016/679."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Davide Orlando <regia@radioondablu.example>",
         to="support@playoutcloud.example",
         subject="siamo in onda col silenzio",
         body="""\
Da 20 minuti il player in regia non carica la playlist: coda vuota, premo play e non parte niente, in FM e in streaming stiamo mandando silenzio. Riavviato due volte, uguale. Alle 17 c'è la diretta della partita con 3 sponsor pagati.
Chiamatemi subito al 335 601 2283.
Davide - Radio Onda Blu, regia

Inviato da iPhone"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Chiara Gatti <info@fioridicampo-bg.example>",
         to="supporto@shopnegozio.example",
         subject="Il negozio online mostra solo una pagina bianca",
         body="""\
Buongiorno,

sono la titolare di Fiori di Campo, a Bergamo, e usiamo la vostra piattaforma per il negozio online. Da ieri sera chi apre il sito vede solo una pagina bianca con scritto "Errore di configurazione dello store". Anche nel pannello le sezioni Prodotti e Ordini danno lo stesso errore. Noi non abbiamo toccato niente.

Siamo un negozio piccolo, io e una collaboratrice, e a dicembre metà degli ordini arriva dal sito. Da ieri nessuno riesce a ordinare.

Potete controllare?

Grazie,
Chiara Gatti
Fiori di Campo - Via Borgo Palazzo 41, Bergamo"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Giancarlo Rinaldi <giancarlo.rinaldi@posta-it.example>",
         to="clienti@udiremeglio.example",
         subject="l'app non trova più gli apparecchi",
         body="""\
Buongiorno,

sono un vostro cliente, ho preso gli apparecchi acustici al centro di Padova a luglio. Da quando ieri il telefono ha fatto l'aggiornamento, l'app non trova più gli apparecchi: dice "Nessun dispositivo trovato" e basta. Ho provato a spegnere e riaccendere il telefono e a rimettere gli apparecchi nella custodia, come mi avevano spiegato in negozio.

Il guaio è che senza l'app non posso alzare il volume né passare al programma per i posti rumorosi, e gli apparecchi sono rimasti sul programma "casa". Oggi dal medico non capivo quasi niente.

Mio nipote dice che è colpa dell'app e non del telefono. Potete aiutarmi? Con la tecnologia non vado molto d'accordo.

Cordiali saluti
Giancarlo Rinaldi
tel. 049 870 2215 (meglio al mattino)"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Stefania Mancini <stefania@studiopaghemancini.example>",
         to="assistenza@paghecloud.example",
         subject="Export riepilogo cedolini in Excel - errore",
         body="""\
Buongiorno,

da martedì scorso l'esportazione in Excel del riepilogo cedolini (menu Report > Riepilogo mensile) si ferma al 90% e poi compare "Errore imprevisto, riprovare". L'export in PDF invece va, e anche il resto del programma.

Per ora ci arrangiamo ricopiando i totali dal PDF, ma l'Excel ci serve per la chiusura di fine mese, quindi non è urgentissimo ma nemmeno da lasciare lì.

Studio Paghe Mancini - codice cliente 30218
Stefania Mancini"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Paola Serra <paola.serra@posta-it.example>",
         to="clienti@telemobile.example",
         subject="Domanda su una voce della fattura di novembre",
         body="""\
Salve,

ho una domanda sulla fattura di novembre della mia linea mobile (333 418 2270). Oltre al canone da 9,99 € c'è una voce "Rata contributo attivazione 2/24 - 1,00 €". Non ricordavo di aver scelto una rateizzazione, ma va bene, volevo solo capire: sono davvero 24 rate da 1 €? E se un giorno cambiassi operatore, le rate rimanenti mi verrebbero addebitate tutte insieme?

Grazie e buona giornata,
Paola Serra"""),

    dict(n=11, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Sergio Fontana <sergio.fontana@posta-it.example>",
         to="ospiti@lagohomes.example",
         subject="Prenotazione BK-559201 Casa Vista Lago - qualche domanda",
         body="""\
Buongiorno,

ho prenotato l'appartamento Casa Vista Lago a Bellagio dal 27 al 30 dicembre (prenotazione BK-559201). Avrei alcune cose da chiedervi:

- nelle foto c'è un camino: si può accendere o è solo decorativo?
- possiamo arrivare verso le 21? Sul sito il check-in è indicato fino alle 20.
- sull'estratto conto vedo che la tassa di soggiorno (4 persone x 3 notti, 24 €) mi è stata addebitata due volte, il 1° e il 2 dicembre, oltre al saldo della prenotazione. Nella ricevuta invece compare una volta sola. Potete stornare il doppio addebito?
- c'è un parcheggio vicino?

Grazie mille,
Sergio Fontana"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marina De Luca <marina.deluca@posta-it.example>",
         to="assistenza@farmaciasalus.example",
         subject="I: Conferma ordine n. 781204",
         body="""\
Buongiorno,

vi inoltro la conferma dell'ordine. Avevo inserito il codice NATALE15 e il totale risultava 42,33 €, come vedete anche qui sotto, ma sulla carta mi sono stati addebitati 49,80 €, cioè il prezzo pieno. Potete restituirmi la differenza di 7,47 €?

Grazie,
Marina De Luca

-------- Messaggio inoltrato --------
Oggetto: Conferma ordine n. 781204
Data: Wed, 2 Dec 2026 10:15:33 +0100
Mittente: Farmacia Salus Online <ordini@farmaciasalus.example>
A: marina.deluca@posta-it.example

Gentile Marina,
grazie per il tuo ordine!

Crema idratante viso 50 ml x 2 ..... 31,80 €
Integratore vitamina D 60 cps ..... 18,00 €
Subtotale: 49,80 €
Sconto NATALE15: -7,47 €
Spedizione: gratuita
Totale: 42,33 €
Pagamento: Visa ****6621"""),

    dict(n=13, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana@ceramicaioana.example>",
         to="venditori@artigianomarket.example",
         subject="Pagamenti bloccati e account sospeso - urgente",
         body="""\
Buongiorno,

sono Ioana Popescu, ho un negozio di ceramiche fatte a mano sulla vostra piattaforma da tre anni ("Ceramica Ioana"). Dal 24 novembre mio account è sospeso "per verifica" e non posso entrare nel pannello venditore, vedo solo una pagina che dice di caricare documenti. Ho caricato carta d'identità e visura camerale già due volte ma non cambia niente.

Nel frattempo voi avete trattenuto tutti i pagamenti degli ordini di novembre, sono 2.860 euro. Io devo pagare l'affitto del laboratorio il 15 dicembre e anche il fornitore di argilla, e senza questi soldi non ce la faccio.

Per favore, qualcuno può guardare mio caso oggi? Non ho fatto niente di male, vendo solo le mie tazze.

Grazie mille
Ioana Popescu
P.IVA 02918840364"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sara Moretti <sara.moretti@posta-it.example>",
         to="info@energyfitclub.example",
         subject="Come si cancella l'account dall'app?",
         body="""\
Ciao,

mi sono trasferita a Torino e ho disdetto l'abbonamento in palestra a fine ottobre (la disdetta mi è già stata confermata). Adesso vorrei cancellare anche l'account dall'app, ma non trovo l'opzione da nessuna parte. Come si fa? E i miei dati (foto del profilo, misurazioni, schede) vengono eliminati?

Grazie,
Sara Moretti"""),

    dict(n=15, signals="account", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Matteo Galli <matteo.galli@posta-it.example>",
         to="assistenza@bicicitta.example",
         subject="R: [Ticket #204518] Account bloccato",
         body="""\
Buongiorno,

ho fatto come mi avete detto, ma non funziona: dopo aver inserito il codice che mi arriva via SMS l'app torna alla schermata "Account temporaneamente bloccato, contatta l'assistenza". Sono passate più di 48 ore.

Intanto per andare al lavoro prendo l'autobus, quindi nessuna tragedia, però ho l'abbonamento annuale pagato e vorrei usarlo.

Matteo Galli

Il giorno sab 28 nov 2026 alle ore 09:12 Assistenza BiciCittà <assistenza@bicicitta.example> ha scritto:

> Gentile Matteo,
> il suo account è stato bloccato in via precauzionale dopo 5 tentativi di PIN errati. Il blocco si rimuove automaticamente dopo 24 ore; in seguito potrà accedere con il codice di verifica inviato via SMS.
> Cordiali saluti,
> Team BiciCittà"""),

    dict(n=16, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Andrea Ricci <andrea.ricci@posta-it.example>",
         to="clienti@muovicard.example",
         subject="Re: Richiesta modifica email - pratica 88213",
         body="""\
Buongiorno Elisa, rispondo sotto alle sue domande.

> Qual è il numero della tessera?
0047 2210 8856

> A quale indirizzo email è registrato attualmente l'account?
a.ricci@studiolegalebianchi.example, la mail del mio vecchio lavoro, disattivata a fine ottobre. Per questo non ricevo il codice di conferma e non riesco a cambiarla da solo.

> Qual è il nuovo indirizzo che desidera usare?
andrea.ricci@posta-it.example

> Ha ancora accesso al numero di cellulare registrato?
Sì, 340 118 2296.

L'abbonamento mensile si rinnova il 1° gennaio e vorrei ricevere la ricevuta sul nuovo indirizzo. Grazie.

Andrea Ricci"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Giorgio Lombardi <giorgio@tipografialombardi.example>",
         to="supporto@stampaingrosso.example",
         subject="Non riesco ad accedere al portale ordini - file da caricare entro le 16",
         body="""\
Buongiorno,

sono il titolare della Tipografia Lombardi di Cremona. Da stamattina non riesco più a entrare nel vostro portale ordini: la password che uso da anni viene rifiutata, faccio "password dimenticata", mi arriva il link, imposto la nuova password e al login mi dice di nuovo "credenziali non valide". L'ho fatto tre volte, adesso il sistema mi dice di aspettare 30 minuti.

Oggi entro le 16 devo caricare i file dei manifesti per un cliente (il Comune, per un evento del 14) e la lavorazione da voi deve partire stasera, altrimenti non ci stiamo con i tempi.

Potete sbloccarmi voi, oppure caricare i file se ve li mando con WeTransfer?

Giorgio Lombardi
Tipografia Lombardi s.n.c. - Cremona
0372 431 208"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Federico Conti <federico.conti@osteriadeiconti.example>",
         to="support@menuqr.example",
         subject="Nuovo menu digitale: complimenti!",
         body="""\
Ciao a tutti,

volevo solo dirvi che il nuovo menu digitale con il QR al tavolo è una bomba. Sabato nei nostri sei locali abbiamo fatto il botto: 1.400 coperti, la cucina dei Navigli era in fiamme dalle 8 alle 11 e i camerieri correvano come pazzi, ma gli ordini arrivavano puliti e nessuno si è lamentato.

Il mio socio all'inizio era scettico ("ci ammazza il servizio", diceva), adesso ne parla a tutti.

Una curiosità: si possono aggiungere le foto dei piatti? I clienti le chiedono.

A presto,
Federico Conti
Operations Manager - Osteria dei Conti (6 locali, Milano)"""),

    dict(n=19, signals="-", priority="low", trap="notice", qt=0, reply=0,
         frm="Protezione Civile San Vito <protezionecivile@comune-sanvitoallago.example>",
         to="info@idrotermservice.example",
         subject="Avviso alle attività di Via Roma: esercitazione antincendio del 16 dicembre",
         body="""\
Gentile titolare,

si comunica che mercoledì 16 dicembre, dalle 9:30 alle 11:30, si svolgerà un'esercitazione di protezione civile presso la Scuola secondaria "A. Manzoni" di Via Roma 22.

L'esercitazione simula un incendio al secondo piano con l'evacuazione di circa 400 studenti. Saranno usati fumogeni e saranno presenti i Vigili del Fuoco con due autopompe; alcuni studenti faranno la parte dei feriti e verranno soccorsi dai volontari della Croce Verde con due ambulanze.

Dalle 9:00 alle 12:00 Via Roma sarà chiusa al traffico tra Piazza Garibaldi e Via Dante. Si prega di non allarmarsi per fumo, sirene e mezzi di soccorso e di non chiamare il 112.

Per informazioni: Ufficio Protezione Civile, tel. 0431 620 118.

Il Responsabile del Servizio
Geom. Paolo Zanetti"""),

    dict(n=20, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Alessandro Neri <alessandro.neri@posta-it.example>",
         to="negozio.verona@otticavisione.example",
         subject="Occhiali nuovi, a che punto siamo?",
         body="""\
Buongiorno,

il 28 novembre ho ordinato in negozio a Verona un paio di occhiali nuovi (montatura nera, lenti progressive), ordine n. 6640. Mi avevano detto una decina di giorni.

Vi spiego la fretta: quelli vecchi li ho distrutti la settimana scorsa cadendo con la bici da corsa, una lente è esplosa e mi sono fatto due punti sul sopracciglio al pronto soccorso. Niente di grave, ma adesso giro con un paio di riserva con la gradazione di tre anni fa e ho un mal di testa che non passa.

Sapete dirmi quando saranno pronti?

Grazie,
Alessandro Neri
345 778 0012"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Vincenzo Lorusso <it@contactpointsud.example>",
         to="supporto@voxdesk.example",
         subject="Proteggere con password il file Excel delle chiamate",
         body="""\
Buongiorno,

sono il referente IT di Contact Point Sud, call center con 120 operatori a Bari. Ogni settimana esportiamo dal vostro pannello l'elenco delle chiamate in Excel e lo mandiamo via mail al cliente. Il nostro DPO adesso vuole che questi file siano protetti da password: dopo il data breach di un concorrente ci ha fatto una testa così sulla fuga di dati e sul phishing.

È possibile impostare una password direttamente in fase di export, o dobbiamo farlo a mano in Excel? E la password si può cambiare ogni mese?

Grazie,
Vincenzo Lorusso
Referente IT - Contact Point Sud S.r.l."""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Antonio Russo <antonio.russo61@posta-it.example>",
         to="assistenza@giocafacile.example",
         subject="R: Vincita non accreditata - giocata 7781-2209",
         body="""\
Buongiorno,

tutto risolto, stamattina ho visto i 250 € sul conto gioco. Grazie per l'aiuto!

Già che ci sono: la lotteria speciale di Capodanno si può giocare anche dall'app o solo dal sito?

Saluti,
Antonio Russo

Il giorno lun 30 nov 2026 alle ore 18:22 Assistenza GiocaFacile <assistenza@giocafacile.example> ha scritto:

> Gentile Antonio,
> abbiamo inoltrato la sua segnalazione all'ufficio pagamenti. L'accredito sarà effettuato entro 48 ore.
> Cordiali saluti,
> Assistenza GiocaFacile
>
> Il giorno dom 29 nov 2026 alle ore 21:05 Antonio Russo ha scritto:
> > Buonasera, la schedina 7781-2209 del 28/11 risulta vincente (250 €), ma il saldo del conto gioco non è cambiato e il prelievo mi risulta bloccato. In più mi avete addebitato 2 € di commissione. Come mai?"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Laura Ferraro <l.ferraro@edilferraro.example>",
         to="enterprise.support@cantierepro.example",
         subject="Segnalazione P1 - sincronizzazione giornale dei lavori (contratto ENT-2291)",
         body="""\
Spett.le Servizio Clienti,

in riferimento al contratto Enterprise n. ENT-2291 e al relativo SLA (presa in carico entro 4 ore per le segnalazioni di priorità 1), segnaliamo che da ieri alle 15:00 circa la sincronizzazione del giornale dei lavori dall'app al portale non va a buon fine su tutti i nostri 31 cantieri.

I capocantiere continuano a compilare il giornale e a scattare le foto sui tablet, ma i dati restano "in attesa di invio" e in ufficio tecnico non vediamo nulla da ieri pomeriggio. Venerdì abbiamo il sopralluogo della direzione lavori per lo stato di avanzamento del cantiere di Sesto San Giovanni.

Vi chiediamo di confermare la presa in carico entro i termini contrattuali e di indicarci un referente tecnico.

Distinti saluti,

Ing. Laura Ferraro
Responsabile Sistemi Informativi
Edilcostruzioni Ferraro S.p.A.
Via Monte Rosa 12 - 20149 Milano

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono contenere informazioni riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di informare il mittente e di distruggerlo."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Martina Greco <segreteria@danzaarabesque.example>",
         to="help@agendacorsi.example",
         subject="Corsi di gennaio: le lezioni ricorrenti non si salvano",
         body="""\
Ciao,

sto preparando il calendario dei corsi di gennaio della nostra scuola di danza. Quando creo una lezione ricorrente ("ogni martedì fino al 30 giugno") e premo Salva, compare "Errore durante il salvataggio" e la lezione non viene creata. Le lezioni singole invece si salvano senza problemi.

I corsi ripartono il 12 gennaio e le iscrizioni online le apriamo il 3, quindi c'è tempo, ma non vorrei ritrovarmi a inserire quaranta lezioni a mano per ogni corso.

Grazie,
Martina Greco
Scuola di Danza Arabesque - Lecce"""),
]
