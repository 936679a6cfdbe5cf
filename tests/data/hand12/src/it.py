# blind13 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Chiara Bellandi <chiara.bellandi@posta.example>",
         to="prestiti@ludotecagirotondo.example",
         subject="Trenino in legno preso in prestito - pezzo mancante",
         body="""\
Buongiorno,

sabato abbiamo ritirato in prestito il trenino in legno con i vagoncini magnetici
(tessera n. 4471). Ieri sera mia figlia Viola, 22 mesi, giocava in salotto e dopo
un attimo l'ho sentita tossire in modo strano, con gli occhi lucidi. Al vagone rosso
manca uno dei due magnetini tondi, quello sotto il gancio: non lo troviamo da nessuna
parte, né sul tappeto né sotto il divano.

Da stamattina Viola non vuole mangiare, piange quando deglutisce e ha vomitato due
volte. Adesso la stiamo portando in ospedale per una radiografia.

Vi scrivo perché quel magnete sembrava incollato male, si staccava anche solo
tirandolo con le dita: forse conviene controllare gli altri trenini uguali prima di
prestarli ad altre famiglie.

Chiara Bellandi
333 555 0192"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Massimo Ferrigno <m.ferrigno@libero-mail.example>",
         to="info@kartodromovalleverde.example",
         subject="Kart n. 12 domenica pomeriggio",
         body="""\
Salve,

domenica verso le 16 mio figlio Tommaso (15 anni) girava con il kart numero 12 nella
batteria junior. Al terzo giro, in fondo al rettilineo, il volante gli è rimasto in
mano: si è sfilato dal piantone mentre andava a tutta velocità. Il kart è andato
dritto contro le gomme della curva 4.

Il vostro addetto lo ha aiutato a uscire e gli ha dato del ghiaccio, ma a casa il polso
si è gonfiato parecchio e stanotte non riusciva a muovere le dita. Stamattina gli
girava la testa e ha vomitato a colazione.

Vorrei sapere chi ha controllato quel kart prima della batteria e se è ancora in pista.
Sul posto nessuno ha voluto mettere niente per iscritto.

Massimo Ferrigno"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Ioana Munteanu <ioana.munteanu@mail.example>",
         to="assistenza@inviasoldi.example",
         subject="Tre trasferimenti verso il Ghana che non ho fatto io",
         body="""\
Buonasera,

stasera ho aperto l'app e ho visto tre trasferimenti da 480 € ciascuno verso un certo
"Kofi A." in Ghana, fatti tra le 2:10 e le 2:25 di notte. A quell'ora dormivo e non
conosco nessuno in Ghana: io mando soldi solo a mia madre a Iași, una volta al mese.

Dalla carta collegata (Visa che finisce con 3318) mancano in tutto 1.440 € più le
commissioni. Non mi è arrivato nessun SMS di conferma. La carta l'ho già bloccata con
la banca.

Vi prego di bloccare il mio profilo e di fermare i trasferimenti se siete ancora in
tempo. Quei soldi erano per l'affitto.

Ioana Munteanu
tel. 351 555 0408"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Federica Sartori <fede.sartori@casamail.example>",
         to="clienti@piscineazzurre.example",
         subject="Dopo il trattamento di ieri",
         body="""\
Buongiorno,

ieri mattina il vostro tecnico è passato per il trattamento settimanale della piscina
di via dei Tigli 8. Nel pomeriggio i miei due bambini (6 e 9 anni) hanno fatto il
bagno per una mezz'ora.

Appena usciti avevano gli occhi rossi e gonfi, tossivano senza riuscire a smettere e
sulla schiena e sulle gambe sono comparse chiazze rosse che prudono tantissimo. Il più
piccolo stanotte aveva il fiatone anche da sdraiato. Vicino al locale pompe c'è un
odore di cloro che prende alla gola, e accanto allo skimmer ho trovato due secchielli
di prodotto aperti e mezzi vuoti.

Mi dite esattamente cosa è stato messo in acqua e in che dose? La pediatra me lo ha
chiesto e non so cosa risponderle.

Federica Sartori"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Roberta Giannelli <coordinamento@assistenzacasaserena.example>",
         to="supporto@turnicare.example",
         subject="Operatrici ferme stamattina - app TurniCare",
         body="""\
Buongiorno,

sono la coordinatrice di Casa Serena Assistenza (cliente 20-1187). Da stamattina alle
6:30 nessuna delle nostre 38 operatrici riesce a timbrare l'inizio turno dal telefono
e, cosa ancora peggiore, l'elenco delle visite del giorno è vuoto per tutte.

Le ragazze non sanno da chi andare: abbiamo anziani che aspettano l'insulina, la
colazione e l'igiene del mattino. Stiamo ricostruendo i giri a memoria e chiamando le
famiglie una per una dal fisso dell'ufficio.

Richiamatemi appena potete al 0522 555 0176.

Roberta Giannelli"""),

    dict(n=6, signals="outage,account", priority="high", trap="sms-code", qt=0, reply=0,
         frm="Sistemi Informativi - Ospedale San Quirico <sistemi@ospsanquirico.example>",
         to="assistenza@portalesalute.example",
         subject="Codici SMS non recapitati - portale pazienti",
         body="""\
Gentile assistenza,

da ieri sera verso le 21 i pazienti non ricevono più il codice di verifica via SMS e
quindi non riescono ad accedere al portale per scaricare referti e gestire le
prenotazioni. Al nostro centralino sono arrivate più di 120 chiamate solo stamattina.
Abbiamo provato con numeri di operatori diversi: stesso risultato, il codice non arriva
mai. L'accesso con SPID invece funziona ancora, per chi ce l'ha.

Potete verificare il vostro gateway SMS? Nel frattempo allo sportello stampiamo i
referti a mano.

Thanks in advance,
Dott. Enrico Vallardi
Sistemi Informativi"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Giuseppe Orlandini <beppe.orlandini@posta.example>",
         to="aiuto@bibliolibri.example",
         subject="Domanda sui prestiti digitali",
         body="""\
Buongiorno, una domanda: è normale che da giovedì nessuno dei libri che ho in prestito
si apra più? Li vedo nello scaffale dell'app, ma quando tocco la copertina compare la
rotellina e dopo un minuto torna alla schermata iniziale. Ho disinstallato e
reinstallato, provato sul tablet e sul telefono di mia moglie: niente da fare. Il
prestito del romanzo per il gruppo di lettura scade martedì e sono fermo a pagina 40.

Tessera biblioteca civica n. 00388127.

Grazie,
Giuseppe Orlandini"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Daniela Pozzi <daniela.pozzi@studiopozzi.example>",
         to="abbonamenti@parcheggiocentrale.example",
         subject="Lettura targa abbonati - parcheggio Stazione",
         body="""\
Salve, da lunedì la sbarra del parcheggio Stazione non mi riconosce più la targa
(abbonamento mensile n. 7732, targa GH 418 ZK). Per entrare devo suonare al citofono e
aspettare che l'operatore mi apra da remoto, a volte anche cinque minuti con la coda
dietro. Succede lo stesso a un collega abbonato. Con il biglietto orario invece tutto
regolare.

Daniela Pozzi"""),

    dict(n=9, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Panificio Fratelli Rota <ordini@panificiorota.example>",
         to="help@fornoweb.example",
         subject="ordini online spariti??",
         body="""\
Buongiorno, scrivo dal laboratorio del Panificio Rota di Bergamo.

Dalle 4 di stamattina gli ordini che i clienti fanno sul sito non compaiono più sul
tablet del laboratorio. I clienti pagano, ricevono la mail di conferma e poi vengono in
negozio a ritirare torte e pane che nessuno ha preparato. Abbiamo già 46 ordini pagati
per oggi che vediamo solo dalle mail, e li stiamo ricopiando a mano su un quaderno
mentre i ragazzi impastano.

Domani è la Festa della Mamma, il giorno con più ordini dell'anno. Per favore
chiamateci al 035 555 0123, siamo qui fino alle 19.

Luca Rota"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Alessio Marchetti <alessio.marchetti@mail.example>",
         to="shop@birrificiolupo.example",
         subject="Ordine #BL-20931 addebitato due volte",
         body="""\
Ciao,

sabato sera ho ordinato il cartone misto da 12 (ordine #BL-20931, 41,90 €). Al primo
tentativo la pagina è andata in errore, ho ripremuto "Paga" e l'ordine è passato.
Oggi sull'estratto conto della carta vedo due addebiti identici da 41,90 € con la
stessa data. La birra è arrivata una volta sola (ed è ottima, tra l'altro).

Mi rimborsate il secondo addebito? Allego lo screenshot del conto.

Alessio"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Marina Colombo <amministrazione@colombotrasporti.example>",
         to="supporto@paghefacili.example",
         subject="Stipendi di aprile non accreditati - 27 dipendenti",
         body="""\
Buongiorno,

vi scrivo come amministratrice della Colombo Trasporti srl (codice cliente PF-00412).
Nel vostro portale il flusso degli stipendi di aprile risultava "inviato alla banca"
venerdì 26, con data valuta 29. Oggi è il 30 e nessuno dei 27 dipendenti ha ricevuto
l'accredito; la nostra banca dice di non aver mai ricevuto la distinta e infatti il
conto aziendale non è stato addebitato.

Parecchi dei ragazzi hanno affitto e mutuo in scadenza il primo del mese, e due mi
hanno già chiamata piuttosto agitati. Ho bisogno di sapere entro stamattina se potete
ritrasmettere il file oppure se devo fare i bonifici a mano uno per uno.

Cordiali saluti,
Marina Colombo
0341 555 0290"""),

    dict(n=12, signals="payment", priority="medium", trap="follow-up", qt=0, reply=1,
         frm="Sofia Rinaldi <sofia.rinaldi@posta.example>",
         to="assistenza@corsidigitali.example",
         subject="Re: Rimborso corso «Excel avanzato»",
         body="""\
Buongiorno,
sono passate tre settimane e il rimborso di 129 € non è ancora arrivato sulla mia
carta. Ho controllato anche PayPal, nulla. Potete verificare?

Grazie
Sofia Rinaldi

Il giorno 3 apr 2024, alle ore 10:14, Assistenza Corsi Digitali <assistenza@corsidigitali.example> ha scritto:
> Gentile Sofia,
> confermiamo l'annullamento dell'iscrizione al corso «Excel avanzato».
> Il rimborso di 129,00 € verrà effettuato sul metodo di pagamento originale
> entro 5-7 giorni lavorativi.
>
> Cordiali saluti,
> Il team di Corsi Digitali"""),

    dict(n=13, signals="payment", priority="low", trap="account", qt=1, reply=1,
         frm="Walter Brambilla <walter.brambilla@posta.example>",
         to="assistenza@cambiolago.example",
         subject="R: Sblocco profilo",
         body="""\
Grazie, adesso riesco a entrare.

Già che ci sono, una curiosità: nell'ultimo cambio da euro a franchi svizzeri vedo una
voce "commissione di servizio 0,90 €" oltre allo spread. C'era anche prima e non l'avevo
notata? Niente di grave, è solo per capire.

Saluti,
Walter Brambilla

-----Messaggio originale-----
Da: Assistenza CambioLago <assistenza@cambiolago.example>
Inviato: martedì 14 maggio 2024 09:02
A: walter.brambilla@posta.example
Oggetto: Sblocco profilo

> Gentile cliente,
> il suo account era stato bloccato dopo cinque tentativi di accesso errati.
> Lo abbiamo sbloccato: può reimpostare la password dal link ricevuto via mail."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Nadia El Amrani <nadia.elamrani@mail.example>",
         to="support@parlamo.example",
         subject="Account bloccato",
         body="""\
Ciao, ho sbagliato la password un paio di volte e adesso l'app dice "Account
temporaneamente bloccato, riprova più tardi". Sono passate 24 ore ed è ancora così, e il
link per reimpostare la password non mi arriva (ho guardato anche nello spam). Il mio
nome utente è nadia_ea. Domani sera avrei la sessione con la mia partner di tandem
giapponese.

Nadia"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Lucia Ferraresi <lucia.ferraresi@posta.example>",
         to="app@farmaciasanmarco.example",
         subject="codice di verifica",
         body="""\
Buongiorno, è normale che il codice di accesso all'app per le ricette ripetute venga
ancora mandato al mio vecchio numero di cellulare? Ho cambiato numero a marzo e l'ho
aggiornato nel profilo, ma quando entro dal telefono nuovo l'SMS con il codice va al
numero vecchio, che non ho più. Così non riesco a rinnovare la ricetta per la pressione
di mio padre, che finisce tra dieci giorni.

Il numero nuovo è 347 555 0631.

Grazie,
Lucia Ferraresi"""),

    dict(n=16, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Carlo De Santis <carlo.desantis@mail.example>",
         to="supporto@dormibene.example",
         subject="Vostro braccialetto - qualche impressione e un problema",
         body="""\
Salve,

uso il vostro braccialetto per il sonno da quasi due anni e in generale ne sono
contentissimo: l'ho regalato anche a mia sorella a Natale, e lei dice che finalmente ha
capito perché si sveglia stanca. L'unica cosa che cambierei è il cinturino, che d'estate
fa un po' sudare, e magari la vibrazione della sveglia potrebbe essere più delicata.

Detto questo: ieri l'app si è aggiornata alla versione 5.2 e quando l'ho riaperta mi ha
chiesto di creare un profilo nuovo, come se fossi appena arrivato. Se provo a entrare
con la mia mail mi risponde "nessun account associato a questo indirizzo". Tutto lo
storico è sparito, compresi i dati che il mio medico mi aveva chiesto di portargli a
fine mese per il controllo sulle apnee notturne.

Riuscite a recuperare il profilo? Mail: carlo.desantis@mail.example, braccialetto con
numero di serie DB-77K-20914.

Cordiali saluti,
Carlo De Santis"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giulia Ferri <giulia.ferri@vecchiamail.example>",
         to="info@parcoavventuraaltopiano.example",
         subject="Cambio indirizzo email",
         body="""\
Buongiorno, come faccio a cambiare l'indirizzo email del mio profilo sul vostro sito?
Sto chiudendo questa casella e vorrei ricevere i biglietti su giulia.ferri@nuovamail.example.
Grazie!"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Stefano Lupi <stefano.lupi@mail.example>",
         to="ciao@caffeabbonamento.example",
         subject="La miscela Vulcano è una bomba",
         body="""\
Ciao ragazzi,

volevo solo dirvi che la miscela "Vulcano" di questo mese è da infarto: la prima
tazzina del mattino mi dà una scossa che neanche tre sveglie. Mia moglie dice che prima
delle otto sono diventato un pericolo pubblico :)

Domanda: il mese prossimo c'è ancora o era un'edizione limitata? Se sparisce, mi tocca
fare una strage di confezioni finché ci sono.

Stefano"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Paolo Guerrieri <paolo.guerrieri@mail.example>",
         to="box@depositoforte.example",
         subject="Re: Accesso ai box sabato 18 maggio",
         body="""\
Perfetto, grazie per l'avviso. Passo venerdì pomeriggio verso le 17 a prendere gli
scatoloni, così sabato non mi serve entrare.

Paolo

Il giorno gio 16 mag 2024 alle ore 11:40 Deposito Forte <box@depositoforte.example> ha scritto:
> Gentile cliente,
> la informiamo che sabato 18 maggio, dalle 8 alle 14, il sistema di apertura
> del cancello e i lettori dei badge saranno fuori servizio per un intervento
> di manutenzione. In quella fascia non sarà possibile accedere ai box.
> Ci scusiamo per il disagio.
> Deposito Forte - Self Storage"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Anna Moretti <anna.moretti@posta.example>",
         to="assistenza@caricalibera.example",
         subject="Re: Tessera di ricarica non riconosciuta",
         body="""\
Buonasera,
volevo ringraziarvi: con la tessera nuova che mi avete spedito, stasera alla colonnina
di via Manin la ricarica è partita al primo colpo. Tutto risolto, e complimenti a Marco
del call center, gentilissimo e paziente.

Anna Moretti"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Elena Baroni <elena.baroni@mail.example>",
         to="biglietteria@coropolifonicocittadino.example",
         subject="Concerto «Fuoco sacro» del 7 giugno - posti per carrozzina",
         body="""\
Buongiorno,

vorrei acquistare due biglietti per il concerto «Fuoco sacro - Mottetti e lamentazioni»
del 7 giugno in Sant'Agostino. Mia madre è in carrozzina: la chiesa ha un ingresso senza
gradini? Ci sono posti riservati vicino all'uscita di sicurezza, dove possa stare comoda
con un accompagnatore?

E c'è la riduzione per gli over 65?

Grazie mille,
Elena Baroni"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Hannah Whitfield <hannah.whitfield@mail.example>",
         to="preventivi@porteblindatenord.example",
         subject="Preventivo porta blindata dopo i furti in zona",
         body="""\
Buongiorno,

nel nostro condominio nell'ultimo mese ci sono stati tre furti con scasso, tutti
passando dalla porta d'ingresso. Vorrei un preventivo per una porta blindata classe 4
per un appartamento al secondo piano (luce porta circa 90 x 210 cm).

Qualche domanda: quanto tempo serve per l'installazione? Il vecchio telaio si può
tenere? E se dopo il montaggio la porta non ci convince, qual è la vostra politica di
reso o di rimborso?

Sorry if my Italian is a bit rusty - I'm happy to talk in English if that's easier.

Kind regards,
Hannah Whitfield"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marco Pinna <marco.pinna@mail.example>",
         to="assistenza@traghettisole.example",
         subject="Re: Account bloccato - partenza domani 7:30",
         body="""\
Vi scrivo per la terza volta e ancora nessuna risposta. Il traghetto per Carloforte
parte DOMANI alle 7:30 e non riesco ancora a entrare nell'account per scaricare le carte
d'imbarco: quattro persone e un'auto, prenotazione TS-558120. Il numero verde dà sempre
occupato.

Se non posso scaricarle, cosa devo mostrare all'imbarco?

Marco Pinna
328 555 0714

Il giorno lun 20 mag 2024 alle ore 19:02 Marco Pinna <marco.pinna@mail.example> ha scritto:
> Buonasera, il mio account risulta bloccato: quando inserisco la password
> mi dice "utenza sospesa, contattare l'assistenza". Non ho fatto niente di
> strano. Ho la prenotazione TS-558120 per mercoledì. Potete sbloccarlo?"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Fabio Conti - IT FitPoint <fabio.conti@fitpoint.example>",
         to="assistenza@vendingsport.example",
         subject="Lettori carte distributori - tutte le 12 sedi",
         body="""\
Buongiorno,

sono il referente IT della catena FitPoint (12 palestre in Lombardia, contratto quadro
VS-2022-018). Dall'aggiornamento firmware di stanotte i lettori di carte e smartphone su
tutti i 34 distributori rifiutano qualsiasi pagamento con "Transazione non autorizzata -
codice 05". I contanti li prendono solo le 4 macchine vecchie con la gettoniera.

In pratica da stamattina non vendiamo né acqua né barrette né integratori, e i clienti
si lamentano alla reception. Il lunedì è la nostra giornata più piena.

Please escalate this to your second-level team ASAP - we need an ETA before noon.

Fabio Conti
02 555 0187"""),
]
