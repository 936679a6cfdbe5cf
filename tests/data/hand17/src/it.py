# blind18 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianfranco Petrucci <salumeria.petrucci@posta.example>",
         to="assistenza@affettatrici-moretti.example",
         subject="Affettatrice AF-350, coprilama partito durante il taglio",
         body="""\
Buongiorno,

vi scrivo per l'affettatrice AF-350 che ci avete consegnato a marzo (matricola 35-0719).

Stamattina alle 10 circa il mio garzone stava tagliando la mortadella. A un certo punto il disco ha
cominciato a fischiare, un fischio metallico sempre più acuto, e il coprilama si è sganciato da solo
ed è volato via girando. Ha colpito il vetro della vetrina frigo, che adesso ha una scheggiatura
grande come una moneta, a mezzo metro da dove stava una signora con il bambino in braccio.

La cosa peggiore è che la lama ha continuato a girare anche dopo che il ragazzo ha premuto il
pulsante rosso di arresto. L'abbiamo fermata solo staccando la spina dal muro.

La macchina è ferma in laboratorio con un cartello sopra, nessuno la tocca. Mandate qualcuno oggi
stesso, per favore, e ditemi se le altre due AF-350 che abbiamo nel punto vendita di via Marsala
sono della stessa serie.

Gianfranco Petrucci
Salumeria Petrucci & Figli
tel. 071 555 0183"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Martina Zanon <martina@birrificiodelponte.example>",
         to="servizi@pulizialinee.example",
         subject="Dopo la sanificazione delle spine di ieri",
         body="""\
Salve,

ieri pomeriggio è passato il vostro tecnico (Davide, credo) per la pulizia periodica delle linee
birra del locale di Treviso.

Stasera, appena aperto, la spina della bionda dava una birra con un gusto strano, amarognolo,
tipo sapone dei piatti. Due clienti l'hanno detto e noi pensavamo fosse la solita impressione.
Dopo una mezz'ora un ragazzo ha vomitato in bagno e la sua amica si è ritrovata le labbra gonfie
e arrossate, con la lingua che le formicolava. Li abbiamo accompagnati noi dalla guardia medica.

Abbiamo chiuso le spine e buttato il fusto, ma devo sapere subito quale prodotto avete usato e se
il risciacquo è stato fatto: il medico ce lo ha chiesto e io non so cosa rispondere.

Chiamatemi al 0422 555 0716 appena leggete.

Martina Zanon"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Avv. Ludovica Serafini <l.serafini@studioserafinipagano.example>",
         to="supporto@legaldocs-portale.example",
         subject="Cliente vede i documenti di un'altra persona nell'area riservata",
         body="""\
Gentile supporto,

questa mattina una nostra assistita, la sig.ra C., mi ha telefonato piuttosto turbata: entrando
nella sua area riservata del portale documenti ha trovato, oltre alla propria cartella, quella di
un altro cliente dello studio. Dentro c'erano il ricorso per separazione, le ultime buste paga,
la copia della carta d'identità e il codice fiscale dell'interessato. Li ha aperti e letti prima
di capire che non erano suoi.

Ho verificato dal mio pannello: le due cartelle risultano assegnate a utenti diversi, quindi non
capisco come sia possibile. Temo che non sia un caso isolato, visto che ieri sera avete fatto
l'aggiornamento della versione 4.2.

Vi chiedo di verificare con la massima priorità quali utenti hanno avuto accesso a cartelle non
loro dalla data dell'aggiornamento. Lo studio dovrà valutare la notifica al Garante entro 72 ore,
quindi mi servono risposte oggi.

Cordiali saluti,
Avv. Ludovica Serafini
Studio Legale Serafini Pagano – Bologna"""),

    dict(n=4, signals="safety", priority="critical", trap="smell", qt=0, reply=0,
         frm="Salvatore Ingrassia <cucina@trattoriadamimmo.example>",
         to="assistenza@frigoimpianti-sud.example",
         subject="cella frigo: odore dolciastro e due cuochi che non stanno bene",
         body="""\
buonasera
la cella frigorifera che ci avete installato a gennaio da ieri fa un sibilo continuo vicino al
tubo di rame sopra la porta, e dentro si sente un odore dolciastro, tipo smalto per unghie.
oggi pomeriggio Ciro è entrato a prendere la carne ed è uscito tutto bianco, diceva che gli girava
la testa, si è dovuto sedere sulle cassette. dopo di lui il lavapiatti è rimasto dentro due minuti
a sistemare e adesso ha mal di testa forte e nausea.
abbiamo chiuso la porta e aperto le finestre della cucina ma la cella è ancora accesa, non sappiamo
se spegnerla perché c'è dentro tutta la merce del fine settimana.
mandate un tecnico stasera. 091 555 0342
Salvatore"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Elena Bortolotti <elena@osteriadeitigli.example>",
         to="help@tavolosmart.example",
         subject="SABATO SERA: le comande non arrivano in cucina",
         body="""\
Sono le 20:15 di sabato, abbiamo 85 coperti prenotati e la sala piena.

Da circa mezz'ora le comande che i camerieri battono sui palmari non compaiono più sugli schermi
della cucina, e anche l'elenco delle prenotazioni sul tablet all'ingresso è vuoto: i clienti arrivano
col nome e noi non sappiamo a che tavolo metterli. Abbiamo riavviato router e schermi due volte.

In questo momento stiamo scrivendo tutto a mano su foglietti e il cuoco urla. Richiamateci al
051 555 0928, il vostro numero di assistenza serale suona a vuoto.

Elena – Osteria dei Tigli"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Dr. Thomas Oberhofer <apotheke@farmaciaalponte.example>",
         to="service@robofarma.example",
         subject="Magazzino automatico: nessuna confezione in uscita dalle 8:30",
         body="""\
Buongiorno,

siamo la Farmacia al Ponte di Bolzano, cliente con contratto di assistenza full (n. RF-2281).

Da stamattina alle 8:30 il magazzino automatico accetta le richieste dai banchi ma non consegna più
nessuna confezione: il braccio si muove fino allo scaffale, si ferma e sul display compare
"Posizione non raggiungibile", poi la richiesta sparisce. Lo stesso per tutti e quattro i banchi.

Stiamo andando a cercare i farmaci a mano nei cassetti di riserva, ma metà della merce è solo dentro
il robot. C'è una coda di venti persone fuori, molte con ricette per terapie che non possono
saltare, e stiamo mandando gente alla farmacia di turno dall'altra parte della città.

Der Techniker von letzter Woche hat gesagt, wir sollen im Notfall direkt anrufen, aber unter der
Nummer meldet sich niemand.

Chiediamo un intervento in giornata.
Thomas Oberhofer
tel. 0471 555 0264"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Camilla Fogliani <camilla@boxdelgusto.example>",
         to="supporto@postalino-newsletter.example",
         subject="Invii in ritardo e statistiche ferme",
         body="""\
Ciao,

da ieri mattina notiamo forti rallentamenti sulla piattaforma: la campagna di lunedì programmata per
le 9:00 è partita alle 15:40, e quella di oggi è ancora "in coda" dopo tre ore. Le mail alla fine
arrivano, l'abbiamo verificato sulle nostre caselle di prova.

In più la sezione Statistiche mostra zero aperture e zero clic su tutte le campagne di questa
settimana, cosa impossibile.

Non è tragico, ma giovedì lanciamo la box di primavera e vorremmo sapere se rientrerà tutto.

Grazie,
Camilla – Box del Gusto"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Arch. Paolo Mencarelli <studio@mencarelliarchitetti.example>",
         to="assistenza@plotteria-italia.example",
         subject="Plotter TX-900: le tavole restano in coda",
         body="""\
Buongiorno,

dall'aggiornamento del firmware che il plotter ha fatto da solo venerdì notte, nessuno dei quattro
PC dello studio riesce più a stampare. I file partono, nella coda di stampa risultano "inviati",
il plotter si sveglia, trascina un po' di carta e poi torna in attesa senza stampare una riga.

Abbiamo provato con PDF, DWG e con un semplice foglio A3 di prova: stesso risultato. Spegnere e
riaccendere non cambia niente.

Ci dite come tornare alla versione precedente o mandate un tecnico?

Paolo Mencarelli
055 555 0631"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Rocco Di Stefano <spedizioni@ortofruttadistefano.example>",
         to="help@etichettapro.example",
         subject="È normale che le etichette escano bianche?",
         body="""\
Salve, è normale che dopo l'aggiornamento del programma di ieri sera la stampante LP-40 faccia
uscire solo etichette completamente bianche? Avanza, taglia, ma non c'è stampato niente.

Stamattina abbiamo 140 cassette di verdura da spedire ai ristoranti e stiamo scrivendo i nomi con il
pennarello sul nastro adesivo. Il nastro termico è nuovo, l'abbiamo già cambiato.

Rocco – Ortofrutta Di Stefano, Fondi"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Federica Lanzoni <federica@fioreriaibis.example>",
         to="clienti@hostnido.example",
         subject="Rinnovi di marzo e una domanda sul nuovo sito",
         body="""\
Buongiorno a tutto lo staff,

come ogni anno approfitto del mese di marzo per mettere in ordine le cose del negozio online.
Prima di tutto grazie per l'aiuto con il trasferimento del dominio fioreriaibis.example a gennaio,
la signora al telefono è stata gentilissima e paziente con me che non ci capisco niente.

Volevo poi chiedervi se il pacchetto "Shop Plus" include anche la possibilità di mettere un
calendario per le consegne dei mazzi per la festa della mamma, perché l'anno scorso siamo
impazziti con le telefonate. Se serve un modulo a parte ditemi quanto costa.

Ah, controllando l'estratto conto ho visto che il rinnovo del certificato SSL del 4 marzo
(89,00 €) mi è stato addebitato due volte sulla carta, a distanza di un minuto, con due numeri di
transazione diversi. La fattura invece ce n'è una sola. Potete restituirmi il secondo addebito?

Per il resto va tutto bene, il sito è veloce e le clienti dicono che si ordina facilmente.
Ultima cosa: si può aggiungere un secondo indirizzo email per ricevere gli ordini, quello di mia
figlia?

Grazie e buona giornata,
Federica Lanzoni
Fioreria Ibis – Mantova"""),

    dict(n=11, signals="payment,account", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Nicola Ferrigno <nicola.ferrigno@ceramichevietresi.example>",
         to="seller-support@mercatopiazza.example",
         subject="Pagamenti bloccati e account venditore sospeso",
         body="""\
Buongiorno,

da dieci giorni i bonifici delle mie vendite sono fermi. Il saldo disponibile è di 3.460,00 € ma il
versamento settimanale del 7 non è arrivato e nemmeno quello del 14. Nel pannello vedo solo il
messaggio "Your seller account is under review. Payouts are on hold until verification is
complete." Ho caricato visura camerale e documento il 2 del mese, nessuno mi ha risposto.

Intanto non posso nemmeno modificare le inserzioni, il profilo venditore è in sola lettura.

Il problema è che il 20 devo pagare l'affitto del laboratorio e i fornitori di argilla, e senza
quei soldi non ce la faccio. Vi prego di sbloccare la verifica o dirmi cosa manca.

Nicola Ferrigno
ID venditore MP-448120
089 555 0477"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Ilaria Cortese <amministrazione@studiocortese.example>",
         to="fatturazione@scatoladelmese.example",
         subject="Fattura n. 2025/0318",
         body="""\
Buongiorno,

è normale che nella fattura di febbraio (n. 2025/0318) ci siano tre box "Colazione in ufficio"
quando noi ne abbiamo ricevute due? L'abbonamento prevede una consegna ogni due settimane e a
febbraio le consegne sono state il 6 e il 20.

Inoltre la partita IVA riportata non è la nostra (la nostra finisce con 0417, in fattura c'è 0471).

Vi chiedo una nota di credito e la fattura corretta, altrimenti il commercialista non la registra.

Grazie,
Ilaria Cortese"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tommaso Rigoni <tommaso@bottegarigoni.example>",
         to="supporto@pagasemplice.example",
         subject="addebito 0,25 €",
         body="""\
Ciao, nel report di febbraio vedo una voce "fee verifica carta – 0,25 €" che non avevo mai notato.
Niente di grave, solo per curiosità: cos'è e quando si applica?

Tommaso"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Beatrice Vallone <bea.vallone@mail.example>",
         to="help@ripetizioni-online.example",
         subject="Account bloccato dopo troppi tentativi",
         body="""\
Buonasera, sono una tutor di matematica sulla vostra piattaforma. Oggi ho sbagliato la password
più volte e adesso al login compare "Account temporaneamente bloccato". Ho provato il recupero
password ma la mail di reset non arriva (ho controllato anche lo spam).

Domani pomeriggio ho tre lezioni con studenti di terza media, mi sbloccate l'account?

Grazie,
Beatrice Vallone"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=1,
         frm="Marco Giuliani <marco.giuliani@officinagiuliani.example>",
         to="portale@studiocontabilebressan.example",
         subject="R: Codice di verifica per l'accesso al portale",
         body="""\
Buongiorno,

ho seguito le vostre indicazioni ma non risolvo: il codice di verifica via SMS continua ad arrivare
al mio vecchio numero, che ho disdetto a dicembre. Nel profilo non riesco a cambiare il cellulare
perché per modificarlo mi chiede... il codice SMS.

Il nuovo numero è 347 555 0812. Come faccio? Devo caricarvi le fatture passive del trimestre.

Marco Giuliani
Officina Giuliani snc"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Sara Mastrangelo <sara.mastrangelo@mail.example>",
         to="assistenza@nidoapp.example",
         subject="Ho eliminato per errore il mio profilo genitore",
         body="""\
Ciao,

ieri sera cercavo di togliere le notifiche e invece ho premuto "Elimina profilo". Adesso se
provo ad entrare l'app mi dice che l'utente non esiste.

Mia figlia Greta frequenta il nido "Il Girasole" di Monza, sezione Coccinelle. Non vedo più le
foto, il diario della giornata e i messaggi delle educatrici, e la maestra dice che a lei il mio
profilo risulta scollegato. Si può recuperare o devo rifarlo da capo? Le foto di settembre ci
tengo tanto ad averle.

Grazie mille,
Sara"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lorenzo Pagliuca <l.pagliuca@mail.example>",
         to="supporto@spaziocowork.example",
         subject="Cambio email",
         body="""\
Salve, come faccio a cambiare l'indirizzo email con cui accedo per prenotare le sale riunioni?
Vorrei usare quello nuovo dello studio.

Lorenzo"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Giulia Anselmi <giulia@fioriecolori.example>",
         to="supporto@termocatena.example",
         subject="Re: Manutenzione programmata domenica 23 marzo",
         body="""\
Grazie per l'avviso. Una domanda sola: durante quelle due ore i sensori delle celle continuano a
registrare le temperature e poi le vediamo nel grafico, oppure resta un buco?

Buona giornata,
Giulia – Fiori e Colori

Il giorno mar 18 mar 2025 alle ore 11:02 Supporto TermoCatena <supporto@termocatena.example> ha scritto:
> Gentile cliente,
> domenica 23 marzo dalle 02:00 alle 04:00 il portale di monitoraggio sarà completamente
> irraggiungibile per un intervento sui server. In quella fascia non sarà possibile accedere
> alla dashboard né ricevere gli allarmi via SMS.
> Ci scusiamo per il disagio.
> Il team TermoCatena"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Alfio Caruso <officina.caruso@mail.example>",
         to="assistenza@diagnosi-auto.example",
         subject="Re: Il tester non legge più le centraline Fiat",
         body="""\
Buongiorno Stefano,

tutto a posto! Dopo l'aggiornamento delle licenze che mi avete mandato ieri sera il tester legge
di nuovo tutte le centraline, stamattina ho già fatto tre tagliandi e una diagnosi su un Ducato.

Mi avete proprio tolto le castagne dal fuoco, con la settimana piena che avevo. Grazie davvero a lei
e ai colleghi, ci sentiamo al prossimo rinnovo.

Alfio Caruso
Autofficina Caruso – Catania"""),

    dict(n=20, signals="-", priority="low", trap="product-words", qt=0, reply=0,
         frm="Ing. Daniela Rota <acquisti@rotacostruzioni.example>",
         to="preventivi@insegnefelici.example",
         subject="Richiesta preventivo cartellonistica cantiere",
         body="""\
Buongiorno,

per l'apertura del nuovo cantiere di Bergamo ci servirebbe un preventivo per:

- 30 cartelli in alluminio 50x70 "PERICOLO DI MORTE – ALTA TENSIONE"
- 20 cartelli "USCITA DI EMERGENZA" fotoluminescenti
- 15 cartelli "VIETATO FUMARE – RISCHIO INCENDIO"
- 10 cartelli "ATTENZIONE CARICHI SOSPESI" per la zona gru
- 1 pannello di cantiere 200x300 con i dati dell'appalto

Ci interessano anche i tempi di consegna e se fate la posa. Allego planimetria e testi definitivi.

Cordiali saluti,
Daniela Rota
Ufficio acquisti – Rota Costruzioni srl"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Webshop Academy <newsletter@webshopacademy.example>",
         to="info@pasticceriagallo.example",
         subject="Il tuo negozio online è al sicuro? Webinar gratuito giovedì 27",
         body="""\
Ciao,

furti di account, carte clonate, rimborsi fraudolenti, siti bloccati da un attacco proprio il giorno
dei saldi: sono gli incubi di chiunque venda online.

Giovedì 27 marzo alle 18:00 il nostro esperto Filippo Neri ti spiega in 45 minuti:
- come accorgersi di un tentativo di phishing prima che sia troppo tardi;
- perché l'autenticazione a due fattori è il minimo sindacale;
- cosa fare se il tuo gateway di pagamento segnala transazioni sospette.

Protect your shop, protect your customers. La partecipazione è gratuita, i posti sono 300.

[Iscriviti ora]

Non vuoi più ricevere queste email? Clicca qui per cancellarti.
Webshop Academy – Via dei Mille 12, Torino"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Vittorio Benassi <v.benassi@mail.example>",
         to="info@traslochiallegri.example",
         subject="Domande prima di firmare il preventivo",
         body="""\
Buonasera,

ho ricevuto il vostro preventivo per il trasloco da Parma a Reggio Emilia del 12 aprile e prima di
confermare vorrei capire un paio di cose.

Se durante il trasporto si rompe qualcosa, ad esempio il pianoforte o la vetrinetta della nonna,
come funziona il risarcimento? C'è un massimale? Devo fare io una denuncia o ci pensate voi?

E se per qualche motivo dovessi disdire, l'acconto del 30% viene rimborsato o lo perdo?

Grazie,
Vittorio Benassi"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Bruno Tavecchia <bruno@lavaggiostella.example>",
         to="assistenza@cassapay-terminali.example",
         subject="Re: Re: Pagamenti con carta rifiutati su tutte le piste",
         body="""\
Terza mail in tre giorni e ancora nessuna risposta.

Le quattro piste self-service e il portale del lavaggio continuano a rifiutare tutte le carte e il
bancomat, accettiamo solo monete e ormai la gente se ne va appena vede il cartello. Il weekend è il
nostro incasso principale e abbiamo già perso quello passato. Se entro domani non viene un tecnico
disdico il contratto.

Bruno Tavecchia
Autolavaggio Stella – Lodi
339 555 0158

Il giorno lun 10 mar 2025 alle ore 08:12 Bruno Tavecchia <bruno@lavaggiostella.example> ha scritto:
> Buongiorno, da sabato mattina i terminali delle piste 1-4 e del portale rifiutano
> tutte le carte con il messaggio "Errore comunicazione host". Abbiamo già riavviato
> il router e i terminali. Contratto n. CP-55720. Attendo un vostro intervento.
> Bruno"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Chiara Bellomo <laboratorio@otticabellomo.example>",
         to="support@molaform.example",
         subject="Mola LX-5: le forme non arrivano più dal gestionale",
         body="""\
Buongiorno,

vi segnalo un problema con la mola LX-5 del nostro laboratorio, collegata in rete al gestionale
OttiNet. Fino alla settimana scorsa, quando l'ottico salvava un ordine con la forma della montatura
letta dal tracer, la forma compariva in automatico nella lista lavori della mola. Da lunedì la lista
resta vuota: il gestionale dice "inviato" ma sulla mola non arriva niente.

Per ora ce la caviamo così: esportiamo la forma su chiavetta USB dal PC del negozio e la carichiamo a
mano sulla mola. Le lenti escono perfette, quindi la mola in sé lavora bene, però per ogni paio ci
vogliono cinque minuti in più e con 25-30 lavori al giorno si fa sentire.

Non abbiamo cambiato niente nella rete; l'unica novità è che il tecnico del gestionale ha installato
un aggiornamento venerdì. Potete verificare se serve configurare qualcosa di nuovo sulla mola?
Indirizzo IP della mola 192.168.1.40, versione software 3.8.2.

Grazie,
Chiara Bellomo
Ottica Bellomo – Pescara
085 555 0390"""),
]
