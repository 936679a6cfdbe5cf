# blind31 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------ 1-14 hard negatives
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Giulia Ferri <giuliaferri.94@postaveloce.example>",
         to="assistenza@modavia.example",
         subject="piumino verde?",
         body="""\
ciao! il piumino Alpe che ho preso a novembre mi sta da paura, mia sorella appena l'ha visto me lo voleva rubare ahah
esiste anche verde bosco? sul sito vedo solo nero e panna
se arriva prima di natale lo prendo anche per lei, taglia S
grazie mille
Giulia"""),

    dict(n=2, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Massimo Bellandi <m.bellandi@postaveloce.example>",
         to="info@domotikashop.example",
         subject="Domanda sul rilevatore di fumo Sentinella X2",
         body="""\
Buongiorno,

prima di acquistare il rilevatore di fumo Sentinella X2 vorrei qualche chiarimento.

Abbiamo la cucina a gas aperta sul soggiorno e una stufa a pellet: il rilevatore segnala anche il monossido di carbonio o solo il fumo? E se scatta l'allarme quando non siamo in casa, arriva una notifica sul telefono?

Lo chiedo perché l'anno scorso nel palazzo di fronte c'è stato un incendio partito proprio da una stufa, e da allora mia moglie non dorme tranquilla.

Grazie e cordiali saluti,
Massimo Bellandi"""),

    dict(n=3, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Franco Di Stefano <franco.distefano@mailcasa.example>",
         to="assistenza@ferroviaitalica.example",
         subject="Rimborso ricevuto, grazie",
         body="""\
Gentili signori,

con la presente desidero ringraziarvi: il rimborso di 38,50 euro per il ritardo del Frecciaverde 9512 del 14 novembre mi è stato accreditato ieri sulla carta.

Confesso che quella sera, fermo due ore a Orte, ero furioso e vi avrei strozzati tutti, ma la pratica è stata più rapida di quanto pensassi e il capotreno è stato gentilissimo.

Cordiali saluti,
Franco Di Stefano"""),

    dict(n=4, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Paola Ricci <paola.ricci@mailcasa.example>",
         to="support@crollototale.example",
         subject="Richiesta da parte di mio figlio (Crollo Totale)",
         body="""\
Buonasera,

scrivo io perché mio figlio Leonardo ha 11 anni e non ha ancora un indirizzo email. Gioca a Crollo Totale da mesi e dice che l'ultimo aggiornamento "spacca": le esplosioni nella mappa del porto, il nuovo carro armato, l'attacco notturno... in casa non si parla d'altro.

Mi ha chiesto di domandarvi se pensate di aggiungere una modalità cooperativa per giocare in due sullo stesso schermo, così può giocare con il cugino quando viene a trovarci invece di farlo fuori online da due case diverse.

Da parte mia, una domanda: c'è modo di impostare un limite di tempo di gioco giornaliero?

Grazie,
Paola Ricci"""),

    dict(n=5, signals="-", priority="low", trap="story", qt=0, reply=0,
         frm="Ottavio Marchetti <ottavio.marchetti@postaveloce.example>",
         to="officina@autocentrolario.example",
         subject="Prenotazione tagliando + domanda",
         body="""\
Buongiorno,

settimana scorsa a un mio collega è andata a fuoco la macchina in tangenziale; per fortuna è sceso in tempo. I pompieri hanno detto che probabilmente era un problema all'impianto elettrico. Sarà una coincidenza, ma da allora non faccio che pensarci.

Per questo vorrei prenotare il tagliando dei 60.000 km per la mia Tipo SW (targa GH 482 KL) e chiedere se nel controllo è compreso anche un check dell'impianto elettrico, o se va richiesto a parte e quanto costa.

Avrei disponibilità il 14 o il 15 dicembre, in mattinata.

Grazie,
Ottavio Marchetti
348 771 2094"""),

    dict(n=6, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Serena Gallo <serena.gallo@studiogallo.example>",
         to="supporto@crmagile.example",
         subject="R: Account bloccato dopo il cambio password",
         body="""\
Perfetto, adesso entro senza problemi. Grazie davvero, siete stati velocissimi.

Già che ci sono: è possibile cambiare il colore delle etichette delle trattative? Il rosso fuoco che c'è adesso mette ansia a tutto l'ufficio.

Serena

Il giorno mer 2 dic 2026 alle ore 10:37 Serena Gallo <serena.gallo@studiogallo.example> ha scritto:
> Buongiorno,
> ieri sera ho cambiato la password come richiesto dal sistema e stamattina non riesco più ad accedere: dopo tre tentativi mi dice "Account bloccato, contatta l'amministratore", ma l'amministratrice sono io.
> Ho una presentazione con un cliente alle 15 e tutti i contatti sono lì dentro. Potete sbloccarmi?
> Serena Gallo
> Studio Gallo Consulenze"""),

    dict(n=7, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Davide Lombardi <davide.lombardi@mailcasa.example>",
         to="clienti@pizzaexpressa.example",
         subject="Ordine 77120 - tempi di consegna",
         body="""\
Ciao,

ieri sera abbiamo ordinato quattro pizze (ordine 77120). La Diavola Vesuvio è esplosiva, davvero, io e i miei amici ce la siamo contesa fino all'ultima fetta. Però ci avete messo un'ora e venti e l'app continuava a dire "in consegna tra 10 minuti". Stavamo morendo di fame e a un certo punto volevamo ripiegare sul sushi.

Non chiedo rimborsi, solo di segnalarlo alla pizzeria di via Nizza, perché non è la prima volta.

Davide"""),

    dict(n=8, signals="-", priority="low", trap="hr", qt=0, reply=0,
         frm="Chiara Benedetti <chiara.benedetti@unimail.example>",
         to="assistenza.clienti@bancaduomo.example",
         subject="Candidatura spontanea - area Antifrode",
         body="""\
Gentile Responsabile,

mi scuso se scrivo all'indirizzo dell'assistenza clienti, ma sul vostro sito non ho trovato un contatto dell'ufficio Risorse Umane.

Mi chiamo Chiara Benedetti, ho 25 anni e a ottobre mi sono laureata in Economia all'Università di Pavia con una tesi sulle frodi con carte di pagamento e sugli attacchi di phishing ai clienti bancari. Ho svolto un tirocinio di sei mesi nell'ufficio antiriciclaggio di una società di pagamenti, dove analizzavo transazioni sospette e casi di furto d'identità.

Sarei molto interessata a una posizione nel vostro team Antifrode. Allego il curriculum e resto a disposizione per un colloquio.

Distinti saluti,
Chiara Benedetti"""),

    dict(n=9, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Rosa Mancini <rosa.mancini@postaveloce.example>",
         to="assistenza@termoclima.example",
         subject="Re: Stufetta TC-200 bruciata - richiesta sostituzione",
         body="""\
Buongiorno,

vi confermo che la stufetta sostitutiva è arrivata stamattina e funziona benissimo. Grazie per la gentilezza e per aver ritirato quella vecchia.

Una sola domanda: il filtro dietro va lavato o si cambia? Sul libretto non è chiaro.

Cordiali saluti,
Rosa Mancini

Il 27/11/2026 19:52, Rosa Mancini ha scritto:
> Buonasera,
> la stufetta TC-200 comprata a ottobre stasera ha fatto una fiammata dalla griglia, è uscito fumo nero e la spina si è bruciata e sciolta nella presa. Ho staccato la corrente e aperto le finestre; per fortuna ero in casa e nessuno si è fatto male, ma il muro dietro è tutto annerito.
> Non voglio più usarla. Come devo fare?
> Rosa Mancini"""),

    dict(n=10, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="NuvolaDrive News <news@nuvoladrive.example>",
         to="supporto@officinadigitale.example",
         subject="Dicembre su NuvolaDrive: stop ai ransomware e password manager integrato",
         body="""\
NuvolaDrive – Le novità di dicembre

Ciao,

ecco cosa c'è di nuovo questo mese:

• Protezione ransomware: se un attacco cifra i tuoi file, ripristini con un clic la versione di 30 giorni fa.
• Password manager integrato: salva e condividi le password del team, senza più fogli Excel.
• Webinar gratuito il 16 dicembre alle 17: "Furto di dati in azienda: i 5 errori più comuni".

Iscriviti al webinar dalla tua area clienti.

Il team NuvolaDrive

Ricevi questa email perché sei iscritto alla newsletter. Per annullare l'iscrizione clicca qui."""),

    dict(n=11, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Alessandro Conti <ale.conti@mailcasa.example>",
         to="info@assicurazionilaguna.example",
         subject="Polizza casa: copre furto e incendio?",
         body="""\
Salve,

sto valutando la vostra polizza "Casa Serena" per l'appartamento che abbiamo appena comprato a Bergamo. Prima di firmare vorrei capire bene:
- copre il furto con scasso anche se siamo via per più di 30 giorni?
- in caso di incendio, è coperto anche il contenuto (mobili, elettrodomestici) o solo i muri?
- lo scoppio della caldaia rientra nei danni da incendio o serve una garanzia a parte?
- e i danni causati ai vicini?

Se riuscite a mandarmi un preventivo con queste garanzie mi fate un favore.

Grazie,
Alessandro Conti"""),

    dict(n=12, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Federica Sala <fede.sala@postaveloce.example>",
         to="feedback@fitpassoapp.example",
         subject="Allenamento Inferno 20' - un suggerimento",
         body="""\
Ciao ragazzi,

vi scrivo per farvi i complimenti: l'allenamento "Inferno 20'" mi ha letteralmente ammazzata, oggi ho le gambe a pezzi e faccio fatica a fare le scale, ma è proprio quello che cercavo. In tre mesi ho perso 5 chili!

Un suggerimento: servirebbe un pulsante per mettere in pausa senza uscire dall'esercizio, perché quando suona il citofono perdo tutto il conteggio.

Continuate così!
Federica"""),

    dict(n=13, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Laura Esposito <laura.esposito@mailcasa.example>",
         to="segreteria@istitutogalilei.example",
         subject="Registro elettronico - tutto risolto + iscrizione secondo figlio",
         body="""\
Buongiorno,

volevo avvisarvi che il problema di cui vi avevo parlato al telefono è risolto: mio marito aveva perso la password del registro elettronico, ma con la procedura di recupero è riuscito a rientrare da solo ieri sera. Quindi non serve più mandarci le credenziali nuove.

Colgo l'occasione per chiedere quando aprono le iscrizioni per la prima media: il nostro secondo figlio, Matteo, inizierà a settembre e vorremmo iscriverlo alla sezione a tempo prolungato.

Grazie mille,
Laura Esposito"""),

    dict(n=14, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nicola Ferraro <nicola.ferraro@postaveloce.example>",
         to="servizioclienti@voliazzurri.example",
         subject="Aggiunta bagaglio prenotazione Y8QW3T",
         body="""\
Salve,

ho un volo Bari–Torino il 21 dicembre (prenotazione Y8QW3T) e vorrei aggiungere un bagaglio da stiva da 23 kg. Sul sito mi chiede 65 euro: ma è una rapina! All'andata l'avevo pagato 35.

Com'è possibile che il prezzo cambi così tanto? Se lo aggiungo in aeroporto costa di più o di meno?

Grazie,
Nicola Ferraro"""),

    # ------------------------------------------------------------ 15-17 safety
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Walter Gentile <walter.gentile@postaveloce.example>",
         to="assistenza@ciclivento.example",
         subject="Batteria bici elettrica ha preso fuoco in garage!!",
         body="""\
Buongiorno,

vi scrivo ancora sotto shock. Stanotte la batteria della mia e-bike Vento E-City (acquistata da voi a giugno, fattura 2026/0871) ha preso fuoco mentre era in carica nel garage. Mi ha svegliato il vicino, il garage era pieno di fumo e sono dovuti intervenire i vigili del fuoco.

La bici è distrutta, insieme a metà degli attrezzi. Io ho respirato un po' di fumo e sono stato al pronto soccorso per un controllo, per fortuna niente di grave.

Il caricabatterie era quello originale. Vi chiedo di contattarmi subito: ho ancora i resti della batteria e voglio sapere se ci sono stati altri casi.

Walter Gentile
335 901 4478"""),

    dict(n=16, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Avv. Marina Ruggeri <marina.ruggeri@studioruggeri.example>",
         to="assistenza@poliambulatoriosanluca.example",
         subject="Referti di altri pazienti visibili nel portale",
         body="""\
Spett.le Poliambulatorio San Luca,

mi permetto di segnalarVi quanto segue. Accedendo questa mattina al Vostro portale per scaricare gli esiti delle mie analisi del sangue, nella sezione "I miei referti" ho trovato anche tre referti intestati ad altri pazienti, con nome, codice fiscale e diagnosi in chiaro (un'ecografia, un esame istologico e un test HIV).

Ho verificato da due dispositivi diversi e il problema si ripete. Non ho scaricato né conservato i documenti altrui.

Trattandosi di dati sanitari, Vi invito a intervenire con la massima urgenza e a comunicarmi le misure adottate; immagino che anche i miei referti possano essere visibili ad altri.

Distinti saluti,
Avv. Marina Ruggeri"""),

    dict(n=17, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Andrei Popescu <andrei.popescu@mailcasa.example>",
         to="aiuto@streamix.example",
         subject="Account rubato, non posso entrare",
         body="""\
Buongiorno,

qualcuno ha entrato nel mio account Streamix. Ieri sera ho ricevuto una email che la mia password è stata cambiata, ma io non ho cambiato niente. Poi anche l'email dell'account è cambiata in una che non conosco (finisce con @mailru.example) e adesso non posso più fare login.

Prima di essere buttato fuori ho visto che c'era un altro dispositivo collegato in Polonia. Sull'account c'è anche la mia carta.

Per favore bloccate l'account e aiutatemi a recuperarlo. Il mio nome utente era andrei.popescu.

Grazie
Andrei Popescu"""),

    # ------------------------------------------------------------ 18-20 outage
    dict(n=18, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Matteo Colombo <matteo@ceramichecolombo.example>",
         to="supporto@vetrinapro.example",
         subject="URGENTE - negozio online fermo, checkout in errore",
         body="""\
Buongiorno,

da circa un'ora il nostro negozio (ceramichecolombo.example, piano Business) è praticamente fermo. La home a volte si apre, ma appena un cliente va al carrello compare questo:

  500 Internal Server Error
  Request ID: vp-eu-7f3a9c21
  Please try again later.

Nel pannello di amministrazione non si caricano neanche gli ordini. Abbiamo già ricevuto tre telefonate di clienti che non riescono a pagare.

Siamo nel periodo più importante dell'anno, a dicembre facciamo quasi metà del fatturato. Vi prego di darci un riscontro subito.

Matteo Colombo
Ceramiche Colombo – Deruta"""),

    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sara Greco <sara.greco92@postaveloce.example>",
         to="assistenza@telefoniaonda.example",
         subject="niente rete da stamattina",
         body="""\
salve da stamattina alle 7 il telefono non prende più, in alto c'è scritto "Solo chiamate di emergenza" e non vanno né le chiamate né internet
ho riavviato, tolto e rimesso la sim, provato su un altro telefono: uguale
anche mia madre che ha la vostra sim ha lo stesso problema, siamo a Lecce zona stadio
lavoro col telefono, quando torna?
Sara Greco
371 448 2290"""),

    dict(n=20, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Giorgio Moretti <giorgio.moretti@studiomoretti.example>",
         to="supporto@pecsicura.example",
         subject="PEC in arrivo con ore di ritardo",
         body="""\
Buongiorno,

da lunedì le PEC in arrivo sulla casella studio.moretti@pecsicura.example vengono consegnate con 3-4 ore di ritardo rispetto all'orario di invio del mittente. Quelle in uscita partono regolarmente e la webmail si apre senza problemi.

Per ora ci arrangiamo controllando più volte al giorno, ma per uno studio di commercialisti, con le scadenze di dicembre, non è il massimo.

Potete verificare?

Giorgio Moretti"""),

    # ------------------------------------------------------------ 21-22 payment, 23-24 account
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Anna Bruno <anna.bruno@mailcasa.example>",
         to="clienti@luceverde-energia.example",
         subject="Bolletta novembre addebitata due volte",
         body="""\
Buongiorno,

vi scrivo per la bolletta luce e gas di novembre (codice cliente 4418 2207). Riepilogo:

- importo della bolletta: 186,30 €
- addebito SEPA del 2 dicembre: 186,30 €
- secondo addebito SEPA del 3 dicembre: 186,30 €

Nell'area clienti risulta una sola bolletta. Vi chiedo di restituirmi il secondo addebito o di scalarlo dalla prossima bolletta, come preferite, ma vorrei una conferma scritta.

Grazie,
Anna Bruno"""),

    dict(n=22, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Luca Marino <luca.marino@postaveloce.example>",
         to="help@paysmart.example",
         subject="Affitto inviato ma mai arrivato - soldi scalati",
         body="""\
Ciao,

lunedì ho mandato 750 euro al mio padrone di casa con PaySmart (ID operazione PS-88213-EU). Dal mio saldo sono spariti, ma lui dice che non gli è arrivato niente e nell'app l'operazione è "in elaborazione" da tre giorni.

L'affitto scadeva il 5 e il proprietario mi ha già scritto due volte, non la sta prendendo bene. Non ho altri 750 euro da mandargli nel frattempo.

Mi dite dove sono finiti i soldi e quando arrivano? Se non si sblocca entro domani ridatemeli indietro, che faccio un bonifico dalla banca.

Luca Marino"""),

    dict(n=23, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Elisa Fontana <elisa@lanefontana.example>",
         to="venditori@mercatopiu.example",
         subject="Account venditore sospeso e pagamenti trattenuti",
         body="""\
Buonasera,

sono la titolare del negozio "Lane Fontana" sul vostro marketplace. Stamattina, entrando, ho trovato il messaggio "Il tuo account venditore è sospeso in attesa di verifica", senza nessuna email di spiegazione. Non vedo più gli ordini da spedire e le inserzioni sono sparite.

In più il bonifico delle vendite di novembre (circa 2.300 €), che doveva arrivare ieri, risulta "trattenuto". Ho ancora 14 ordini già pagati dai clienti da spedire prima di Natale e non so nemmeno a chi.

I documenti che mi avevate chiesto a settembre li avevo già caricati. Cosa devo fare?

Elisa Fontana"""),

    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Pietro Sartori <pietro.sartori@mailcasa.example>",
         to="membri@hotelcatenablu.example",
         subject="Cambio email del profilo Blu Club",
         body="""\
Buongiorno,

ho cambiato lavoro e vorrei che le comunicazioni del programma Blu Club arrivassero al mio indirizzo personale (questo) invece che a quello aziendale, che tra poco verrà disattivato. Come si cambia l'email di accesso? Dal sito riesco a modificare telefono e indirizzo, ma il campo email sembra bloccato.

Grazie,
Pietro Sartori
Tessera Blu Club 0082 4471"""),
]
