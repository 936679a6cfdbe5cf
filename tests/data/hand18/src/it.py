# blind19 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Donatella Ferraresi <dona.ferraresi@postaveloce.example>",
         to="assistenza@casaclima-shop.example",
         subject="Stufetta TermoLux 2000 - spina e presa",
         body="""\
Buongiorno,

vi scrivo per la stufetta alogena TermoLux 2000 che ho comprato da voi a novembre (ordine CC-118734).

Ieri sera l'avevo accesa in cameretta dei bambini, collegata alla ciabatta a quattro prese. Dopo una mezz'ora ho sentito un odore dolciastro, come di plastica lasciata sul termosifone. Sono andata a vedere: la spina era talmente calda che non riuscivo a tenerla tra le dita, il cavo vicino alla spina si era ammorbidito e piegato da solo, e sulla ciabatta intorno al foro c'è un alone marrone che prima non c'era. Ho staccato tutto e aperto la finestra.

I bambini dormivano a un metro e mezzo. La stufetta era sulla posizione 2 (quella intermedia), niente altro attaccato alla ciabatta.

Non la riaccendo più. Vorrei sapere cosa devo fare e se altri clienti vi hanno segnalato la stessa cosa. Ho fatto le foto della spina e della ciabatta, ve le mando se mi date un indirizzo.

Donatella Ferraresi
Tel. +39 333 000 4172"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Matteo Lanzoni <m.lanzoni@famiglialanzoni.example>",
         to="servizioclienti@pappaebimbi.example",
         subject="Borraccia Gocciolina - beccuccio staccato",
         body="""\
Salve,

oggi a pranzo nostra figlia Viola (2 anni e mezzo) beveva dalla borraccia Gocciolina con cannuccia, quella azzurra con le balene. A un certo punto ha cominciato a tossire in modo strano, è diventata tutta rossa e non riusciva a prendere fiato, poi ha vomitato. Nel vomito c'era la valvolina in silicone del beccuccio, tutta intera.

Il beccuccio si sfila tirando pochissimo, l'ho provato adesso con l'altra borraccia uguale che abbiamo preso per il fratello e viene via con due dita. La bambina lo mordicchia, come fanno tutti i bambini di quell'età.

Ora sta bene, l'ha vista la pediatra nel pomeriggio. Ma se invece di uscire le fosse andata di traverso...

Le borracce le abbiamo comprate sul vostro sito il 3 marzo, ordine PB-55021. Vi chiedo di verificare il lotto e di dirmi come restituirle. Le ho già tolte dalla circolazione in casa.

Matteo Lanzoni"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Sandro Pittaluga <sandro.pittaluga@libero-mail.example>",
         to="attivazioni@telesoccorso-amico.example",
         subject="Nella mail di attivazione c'è la scheda di un'altra persona!",
         body="""\
Buonasera,

ieri avete attivato il servizio di telesoccorso con il ciondolo per mio padre, Ernesto Pittaluga, contratto TA-20931. Stasera è arrivata la mail di conferma con un PDF allegato "Scheda assistito".

Solo che la scheda NON è di mio padre. È di una signora di Savona, con nome e cognome, indirizzo completo, numero di telefono della figlia, l'elenco dei farmaci che prende, le sue patologie (cardiopatia, diabete) e perfino il codice della cassetta portachiavi appesa fuori dalla porta per i soccorritori.

Io non dovrei vedere niente di tutto questo. Con quel codice chiunque può entrare in casa di una donna anziana che vive da sola. E mi chiedo: la scheda di mio padre, con il codice della NOSTRA cassetta, a chi l'avete mandata?

Non ho inoltrato il file a nessuno e lo cancellerò appena mi confermate che posso farlo. Vi chiedo di avvisare subito la signora (o la figlia) perché cambi il codice, e di dirmi dove è finita la scheda di mio padre. Questa è una violazione della privacy bella e buona.

Sandro Pittaluga
+39 347 000 8816"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ilaria Bonfiglio <ilaria.bonfiglio@webpiu.example>",
         to="help@pedalino-bikes.example",
         subject="Domanda sulla bici Pedalino 20\"",
         body="""\
Ciao,

è normale che il manubrio della Pedalino 20" giri da solo rispetto alla ruota davanti?

Domenica mio figlio Tommaso (7 anni) scendeva la stradina del parco, neanche troppo veloce. A metà discesa il manubrio si è girato di traverso mentre la ruota continuava dritta, lui è andato a sbattere con il mento sul manubrio ed è finito sull'asfalto. Ginocchia sbucciate e due punti sotto il mento.

Tornati a casa ho provato: tenendo la ruota ferma tra le gambe, il manubrio gira avanti e indietro senza sforzo, la vite sotto il tappo sembra tirata ma evidentemente non tiene. La bici ha tre settimane, montata dal vostro negozio di via Emilia, mai toccata da noi.

Vorrei capire se è un difetto o se c'è qualcosa che dovevamo fare noi. Nel frattempo è in garage e Tommaso non ci sale più.

Ilaria"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pizzeria Da Gennarino <ordini@dagennarino.example>",
         to="business@fibralampo.example",
         subject="Linea locale via Roma 88 - venerdì sera persi gli ordini",
         body="""\
Buongiorno,

sono Gennaro Esposito, titolare della pizzeria Da Gennarino, contratto business FL-B-40217. La fibra ce l'avete installata martedì scorso.

Da ieri sera verso le 19, cioè in pieno servizio, il tablet delle comande online non riceve più nessun ordine dalle app di consegna, i due POS non si collegano e i clienti possono pagare solo in contanti. Stiamo prendendo le ordinazioni al telefono e le scriviamo sui foglietti, i rider aspettano fuori senza sapere cosa ritirare. Venerdì sera abbiamo perso più della metà degli ordini e stasera è sabato.

Il modem l'abbiamo spento e riacceso tre volte. Al numero verde ci hanno detto di aspettare 48 ore, ma noi 48 ore non le possiamo aspettare.

Mandate qualcuno oggi, per favore. Sono raggiungibile al 081 000 3377 o al cellulare 338 000 2911.

Gennaro Esposito"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Federica Mancuso <federica.mancuso@smartfix-lab.example>",
         to="supporto@riparapro.example",
         subject="URGENTE - 4 negozi senza schede di riparazione da stamattina",
         body="""\
Buongiorno,

da stamattina alle 9 il gestionale RiparaPro resta sulla rotellina di caricamento e poi mostra una pagina bianca. Succede in tutti e quattro i nostri laboratori (Bologna centro, Casalecchio, Imola, Ferrara), su tutti i PC e anche dal telefono.

Risultato: i tecnici non possono aprire né chiudere le schede di riparazione, non riusciamo a stampare le ricevute di ritiro per i clienti e non vediamo quali ricambi sono arrivati. Al banco c'è la fila, stiamo annotando IMEI e difetti a penna su un quaderno e non sappiamo più quali telefoni sono pronti da consegnare.

Il nostro consulente informatico ha guardato e dice: "It's on their side, every call to the API returns a 503 since 08:47." Da noi internet va regolarmente su tutto il resto.

Abbiamo 11 tecnici con le mani in mano. Vi prego di darmi un riscontro entro la mattinata.

Federica Mancuso
Responsabile operativa SmartFix Lab
Cod. cliente RP-00781"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Rosaria Gentile <rosaria.gentile72@mailbox-it.example>",
         to="assistenza@fibralampo.example",
         subject="Installazione fatta ma a casa non si apre nessuna pagina",
         body="""\
Buonasera,

giovedì è venuto il vostro tecnico per l'installazione della fibra (pratica INST-772190). Ha montato la borchia e il modem, ha fatto una telefonata e se n'è andato dicendo che era tutto a posto.

Da quel momento la spia "Internet" del modem lampeggia arancione. I telefoni e il computer si collegano alla rete wifi, ma nessuna pagina si apre, nessuna app si aggiorna. Mia figlia deve seguire le lezioni online dell'università e da tre giorni va a studiare dalla nonna.

Abbiamo già fatto lo spegni-riaccendi e il reset con la graffetta come dice il libretto. Potete controllare dalla centrale o mandare di nuovo il tecnico?

Grazie,
Rosaria Gentile
via dei Mille 31, Bari"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Luca Bertolaso <luca.bertolaso@provider-nord.example>",
         to="clienti@energiachiara.example",
         subject="Display contatore e app non aggiornano le letture",
         body="""\
Buongiorno,

il display del contatore intelligente che mi avete installato a gennaio mostra da otto giorni sempre lo stesso consumo giornaliero (4,2 kWh), anche nei giorni in cui siamo stati fuori casa. Nell'app EnergiaChiara la sezione "I miei consumi" si ferma a martedì 12 e il grafico settimanale è vuoto.

La corrente c'è, le bollette arrivano, quindi non è grave. Però senza i dati aggiornati non riesco a capire se il nuovo boiler consuma più del vecchio, che era il motivo per cui avevo chiesto il contatore.

Codice POD IT000E0000123456. Potete verificare se il contatore trasmette?

Saluti,
Luca Bertolaso"""),

    dict(n=9, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Chiara Zanetti <chiarazanetti@posta-rapida.example>",
         to="seguimi@postecittadine.example",
         subject="Sito Seguimi non va - trasloco sabato",
         body="""\
Buongiorno,

sto cercando da due giorni di attivare il servizio Seguimi per far arrivare la posta al nuovo indirizzo, ma il sito non funziona: al passaggio 3 ("Indirizzo di destinazione") dopo aver premuto Avanti compare "Errore 503 - Servizio temporaneamente non disponibile". Ho provato da PC, da tablet, con due browser diversi, a orari diversi. Anche l'ufficio postale mi ha detto che "il sistema è giù" e di riprovare online.

Sabato trasloco e da lunedì alla vecchia casa non ci sarà più nessuno. Aspetto documenti dell'INPS e la nuova carta di credito, non posso permettermi che finiscano nella cassetta sbagliata.

C'è un altro modo per fare la richiesta?

Chiara Zanetti
Cell. 340 000 5528"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Giorgio Albanese <giorgio.albanese@retecasa.example>",
         to="ordini@dormibene-box.example",
         subject="Materasso addebitato due volte",
         body="""\
Salve,

ho ordinato il materasso DormiBene Memory 160x190 il 4 aprile (ordine DB-30418). Sull'estratto conto vedo due addebiti da 349,00 € con la stessa data e la stessa descrizione "DORMIBENE*SHOP".

Il materasso è uno solo ed è arrivato regolarmente, nessun problema con il prodotto. Vi chiedo di stornare il secondo addebito.

Grazie,
Giorgio Albanese"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Antonella Russo <antonella.russo81@mailbox-it.example>",
         to="ufficio.contratti@casepopolari-agenzia.example",
         subject="Restituzione deposito cauzionale - alloggio via Gramsci 7 int. 4",
         body="""\
Gentile Ufficio Contratti,

ho lasciato l'alloggio di via Gramsci 7, interno 4, il 31 gennaio. Il verbale di riconsegna firmato dal vostro tecnico dice che l'appartamento è in ordine e che il deposito cauzionale di 1.150,00 € mi sarebbe stato restituito entro 60 giorni. Ne sono passati quasi novanta e non ho ricevuto nulla, né un bonifico né una comunicazione.

Ho chiamato tre volte il numero dell'ufficio, mi dicono ogni volta che "la pratica è in lavorazione".

Quei soldi mi servono adesso: venerdì devo versare la caparra per la nuova casa in affitto e senza il deposito non ci arrivo. Se non pago entro venerdì il proprietario lo dà a un altro.

Vi chiedo di dirmi in che data esatta verrà fatto il bonifico. L'IBAN è quello comunicato nel verbale.

Cordiali saluti,
Antonella Russo
Cod. utente 4471-R
Tel. 329 000 6603"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Paolo Ventura <amministrazione@studioventura.example>",
         to="fatture@rinnovatech.example",
         subject="Fattura n. 2024/1187 errata - portatili ricondizionati",
         body="""\
Buongiorno,

abbiamo ricevuto la fattura n. 2024/1187 per i tre portatili ricondizionati (ordine RT-88120). Ci sono due errori:

- è intestata a "Studio Ventura S.r.l." ma noi siamo uno studio associato, la ragione sociale corretta è "Studio Associato Ventura & Pini", P.IVA 00000000000 come indicato nell'ordine;
- l'IVA è calcolata al 22% sull'intero importo, mentre nella conferma d'ordine i portatili erano in regime del margine, senza IVA esposta.

Il commercialista non può registrarla così. Please issue a credit note and a corrected invoice, our accountant needs them before the end of the month.

Grazie,
Paolo Ventura"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Renato Cusumano <renato.cusumano@postaveloce.example>",
         to="info@energiachiara.example",
         subject="Commissione sulla ricarica",
         body="""\
Buongiorno, per curiosità: ho ricaricato il contatore a consumo dal tabaccaio con 20 €, ma in app vedo 19,10 € di credito. Quei 90 centesimi sono una vostra commissione o del tabaccaio? Niente di grave, solo per capire.

Grazie, Renato"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Marisa Coppola <marisa.coppola@webpiu.example>",
         to="clienti@energiachiara.example",
         subject="Area clienti bloccata",
         body="""\
Buongiorno,

non riesco più a entrare nell'area clienti. Dopo aver sbagliato la password un paio di volte mi dice "Account bloccato per troppi tentativi, riprova tra 24 ore". Sono passati tre giorni e il messaggio è sempre quello.

Ho chiesto il link per reimpostare la password, mi arriva la mail ma quando lo apro dice "Link scaduto", anche se lo clicco subito.

Il contratto è a nome mio, codice cliente EC-551902. Potete sbloccarlo voi?

Marisa Coppola"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=1,
         frm="Vittorio Santangelo <vitto.santangelo@retecasa.example>",
         to="assistenza@tvlicenza-servizi.example",
         subject="Re: Richiesta n. 48213 - codice di verifica",
         body="""\
Ho fatto come mi avete detto: ho aspettato, ho riavviato il telefono, ho controllato che non fosse tra i messaggi bloccati. Il codice via SMS non arriva lo stesso.

Il problema credo sia che a febbraio ho cambiato numero (da 335 000 1142 a 391 000 7730) e nel profilo è rimasto quello vecchio, che non ho più. Ma per cambiare il numero nel profilo devo entrare, e per entrare mi serve il codice. Un cane che si morde la coda.

Come posso aggiornare il numero senza il codice?

Vittorio Santangelo

Il giorno 14 mag 2024, alle ore 10:02, Assistenza <assistenza@tvlicenza-servizi.example> ha scritto:
> Gentile cliente,
> il codice di verifica può impiegare alcuni minuti ad arrivare. Le suggeriamo
> di attendere 10 minuti, riavviare il dispositivo e verificare che gli SMS da
> mittenti sconosciuti non siano bloccati.
> Cordiali saluti,
> Servizio Clienti"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Elena Marchetti <elena.marchetti@mailbox-it.example>",
         to="aiuto@mobilidiseconda.example",
         subject="Il mio profilo venditore non c'è più?",
         body="""\
Buongiorno,

è normale che il mio profilo venditore sia sparito dal sito? Stamattina ho provato ad accedere con la mia e-mail e mi dice "Nessun utente associato a questo indirizzo". Se cerco il mio nome utente (elena_restauri) non trova niente.

Vendevo da due anni mobili restaurati, avevo 64 recensioni positive e tre annunci attivi, tra cui una credenza già prenotata da un cliente per sabato. Non ho ricevuto nessuna mail che mi avvisasse di una chiusura e non ho violato nessuna regola, per quanto ne so.

Potete recuperare il profilo con le recensioni? Rifarne uno da zero vorrebbe dire perdere tutto.

Elena Marchetti"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Simone Fabbri <simone.fabbri@provider-nord.example>",
         to="servizioclienti@zampeefusa.example",
         subject="Come cambio l'indirizzo e-mail?",
         body="""\
Ciao, ho un account da voi (ci ho comprato il tiragraffi e la pettorina del gatto). Vorrei cambiare l'indirizzo e-mail con cui accedo, perché quello vecchio dell'ufficio lo chiudono. Dove si fa, nelle impostazioni?

Grazie mille,
Simone"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Cinzia Pellegrino <cinzia.pellegrino@famigliapellegrino.example>",
         to="info@succodoro.example",
         subject="Estrattore Succodoro: una bomba! + domanda sui filtri",
         body="""\
Ciao a tutti,

vi scrivo solo per dirvi che l'estrattore Succodoro è una bomba. Da quando c'è in casa i ragazzi si sparano un succo di carota e mela ogni mattina, e mio marito, che sembrava uscito da "L'alba dei morti viventi" ogni giorno alle sette, adesso è un'altra persona. Mi avete salvato la vita, davvero.

Una domanda: vendete i filtri di ricambio a parte? Il mio è ancora perfetto, ma visto quanto lo usiamo vorrei averne uno di scorta prima che finisca in crisi di astinenza tutta la famiglia.

Un abbraccio,
Cinzia"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Daniele Orlando <daniele.orlando@webpiu.example>",
         to="assistenza@ruotine-kids.example",
         subject="Re: Avviso di richiamo - caschi Ruotine Junior lotto 23-114",
         body="""\
Buongiorno,

grazie dell'avviso. Ho controllato l'etichetta dentro il casco di mia figlia: il lotto è 22-087, quindi non è tra quelli interessati.

Già che ci sono: dato che lei è cresciuta, avete il Ruotine Junior taglia M in blu? Sul sito risulta "in arrivo" da settimane. Se arriva prima di giugno lo prendo insieme a un campanello per il monopattino.

Saluti,
Daniele Orlando

-----Messaggio originale-----
Da: Ruotine Kids <assistenza@ruotine-kids.example>
Inviato: lunedì 6 maggio 2024 09:15
A: daniele.orlando@webpiu.example
Oggetto: Avviso di richiamo - caschi Ruotine Junior lotto 23-114

> Gentile cliente,
> per precauzione stiamo richiamando i caschi Ruotine Junior del lotto 23-114:
> la fibbia del cinturino potrebbe aprirsi in caso di urto, con rischio di
> lesioni alla testa. Se il suo casco appartiene a questo lotto, la preghiamo
> di non utilizzarlo e di contattarci per la sostituzione gratuita.
> Il team Ruotine Kids"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Giuseppina Amato <giusy.amato@libero-mail.example>",
         to="servizioclienti@divanoletto-express.example",
         subject="Grazie a Giulia!",
         body="""\
Buonasera,

volevo solo ringraziare Giulia del vostro servizio clienti. Il mese scorso avevo un bel pasticcio: divano letto arrivato con la rete rotta, addebito doppio sulla carta e il mio account bloccato perché avevo sbagliato la password mille volte per la rabbia.

Lei ha sistemato tutto in una settimana: rete nuova consegnata martedì, il secondo addebito stornato (l'ho visto oggi sull'estratto conto) e account di nuovo accessibile. Il divano è comodissimo, mia suocera ci ha già dormito tre notti senza lamentarsi, che è tutto dire.

Non c'è bisogno di rispondere, è tutto a posto. Grazie ancora!

Giuseppina Amato"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Alessio Rinaldi <alessio.rinaldi@provider-nord.example>",
         to="negozio@lumieardore.example",
         subject="Candela \"Incendio d'autunno\" - tornerà disponibile?",
         body="""\
Salve,

l'anno scorso avevo comprato da voi la candela profumata "Incendio d'autunno" (quella alla castagna e legno di cedro) e la ricarica per il diffusore "Blackout", la versione notturna alla lavanda. Erano perfette insieme.

Adesso sul sito l'Incendio d'autunno risulta esaurito. Tornerà disponibile per ottobre? E se ne ordino sei per regalarle a Natale, fate uno sconto o la spedizione gratuita? Qual è la vostra politica di reso se un vasetto arriva rotto?

Grazie,
Alessio"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Onde & Pagaie <newsletter@ondeepagaie.example>",
         to="supporto@ondeepagaie.example",
         subject="Settimana della sicurezza in acqua: -20% su giubbotti e kayak",
         body="""\
Ciao!

L'estate è alle porte e da Onde & Pagaie parte la Settimana della sicurezza in acqua.

Fino a domenica:
- -20% su tutti i giubbotti salvagente per adulti e bambini (anche le nuove taglie 10-15 kg);
- -15% sui kayak gonfiabili biposto Corrente e Maestrale;
- piscine per bambini con telo di copertura in omaggio.

I nostri consigli di stagione: non lasciate mai i bambini da soli vicino alla piscinetta, nemmeno per un minuto; controllate la pressione del gommone prima di ogni uscita; indossate sempre il giubbotto, anche se sapete nuotare. In caso di emergenza in mare chiamate il 1530.

Paddle safe, paddle happy!
Il team di Onde & Pagaie

Non vuoi più ricevere queste e-mail? Annulla l'iscrizione."""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marco Ferrante <marco.ferrante@retecasa.example>",
         to="assistenza@telefonosereno.example",
         subject="R: Linea fissa muta - Sig.ra Ida Ferrante, via dei Tigli 14",
         body="""\
Scrivo per la terza volta e ancora nessuno mi ha risposto.

Il telefono di casa di mia madre (87 anni, vive sola) è muto da nove giorni. Non si sente il segnale, non può chiamare nessuno e noi figli non riusciamo a chiamarla; il cellulare non lo sa usare. Ogni giorno deve passare una vicina a controllare che stia bene.

Il numero è 0522 000 418, contratto TS-Senior 30912. Vi chiedo di mandare un tecnico questa settimana, non "appena possibile".

Marco Ferrante
338 000 9014

-----Messaggio originale-----
Da: Marco Ferrante <marco.ferrante@retecasa.example>
Inviato: martedì 7 maggio 2024 18:40
A: assistenza@telefonosereno.example
Oggetto: Linea fissa muta - Sig.ra Ida Ferrante, via dei Tigli 14

> Buonasera, da venerdì il telefono fisso di mia madre non dà segnale.
> Il telefono è quello a tasti grandi che ci avete fornito voi, l'abbiamo
> provato anche su un'altra presa. Potete verificare la linea?
> Grazie, Marco Ferrante"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Beatrice Colombo <beatrice.colombo@mailbox-it.example>",
         to="permessi.sosta@comune-valdoro.example",
         subject="Rinnovo permesso residenti - caricamento libretto non va a buon fine",
         body="""\
Buongiorno,

sto rinnovando online il permesso di sosta per residenti (zona B, targa GX 000 KT, scadenza 31 maggio). Quando carico il PDF del libretto di circolazione la pagina gira per un minuto e poi torna al modulo vuoto, con il messaggio "Errore durante il caricamento del file". Ho provato con un PDF più piccolo e con una foto JPG, stesso risultato.

Ho letto nelle FAQ che in alternativa si possono mandare i documenti a questo indirizzo, quindi vi allego il libretto e la ricevuta del pagamento dei 30 €. Se così va bene per me è risolto, vi segnalo comunque il problema del portale perché immagino che capiti anche ad altri.

Grazie e buona giornata,
Beatrice Colombo
Via Garibaldi 52"""),
]
