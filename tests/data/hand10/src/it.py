# blind11 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1 safety, physical, told only by what happened; question form
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Chiara Bettinelli <chiara.bettinelli@posta.example>",
         to="assistenza@cucinasmart.example",
         subject="Friggitrice FryPro 5L - maniglia e odore strano",
         body="""\
Buonasera,

ieri sera ho usato per la terza volta la friggitrice ad aria FryPro 5L (acquistata sul vostro sito a febbraio, ordine CS-55102). Dopo una decina di minuti ha cominciato a fare un ticchettio continuo, tipo un orologio, e in cucina si è sparso un odore acre, dolciastro, come di plastica fusa.

Il pannello sopra il cestello si è leggermente gonfiato e la maniglia del cestello era diventata rovente: mia figlia (11 anni) l'ha afferrata per tirare fuori le patatine e adesso ha una striscia rossa su tutto il palmo con due bollicine piene d'acqua. Le ho tenuto la mano sotto l'acqua fredda per un quarto d'ora.

Ho staccato la spina e la friggitrice è ancora sul balcone, non l'ho più toccata.

È normale che la maniglia diventi così calda? Sul manuale c'è scritto "impugnatura termoisolata". Vi chiedo cosa devo fare adesso, perché non ho intenzione di riaccenderla.

Chiara Bettinelli
+39 0000 418 273"""),

    # 2 safety, physical, child, implicit
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Davide Marchetto <d.marchetto@libero-mail.example>",
         to="help@kiddotab.example",
         subject="KiddoTab Mini - manca la pila dal retro",
         body="""\
Vi scrivo dal telefono in macchina, mia moglie guida.

Il coperchietto sul retro del KiddoTab Mini di nostro figlio (2 anni e mezzo) si è staccato, si apre con un dito anche se c'è la vite. Dentro dovrebbero esserci due pile piatte a bottone e ce n'è una sola. L'altra non la troviamo da nessuna parte, abbiamo girato tutto il tappeto.

Da circa un'ora il bambino ha vomitato due volte, sbava molto, si tocca la gola e non vuole bere nemmeno l'acqua. Stiamo andando in ospedale.

Mi serve sapere subito che tipo di pila è esattamente (sigla, diametro), i medici ce lo chiederanno. Numero di serie KT-M 0448-2219.

Davide Marchetto"""),

    # 3 safety, data security: stranger sees child's live position
    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Elena Ruggieri <elena.ruggieri@webpost.example>",
         to="supporto@orologinoapp.example",
         subject="Una sconosciuta vede la posizione di mia figlia",
         body="""\
Buongiorno,

stamattina mi ha telefonato una signora di Cremona che non ho mai visto né sentito. Mi ha detto che da ieri, nella sua app Orologino, al posto dell'orologio di suo nipote compare quello di mia figlia Sofia (7 anni): vede il nome, la foto, la posizione in tempo reale sulla mappa, la scuola, il percorso che fa con il pulmino e può ascoltare i messaggi vocali che Sofia mi manda. Mi ha trovata perché nella scheda c'è il mio numero come "genitore".

È stata gentile e mi ha avvisato, ma io non so quante altre persone stiano vedendo la stessa cosa in questo momento. Ho tolto la SIM dall'orologio, però nell'app risultano ancora lo storico delle posizioni e le foto.

Orologio: Orologino Junior 2, IMEI che finisce con ...7731. Account: elena.ruggieri@webpost.example.

Vi chiedo di bloccare subito la condivisione e di dirmi chi ha avuto accesso a questi dati e da quando.

Elena Ruggieri"""),

    # 4 safety in new text; quoted support reply talks about a refund (payment)
    dict(n=4, signals="safety", priority="critical", trap="payment", qt=1, reply=1,
         frm="Marco Fadda <marco.fadda@isolamail.example>",
         to="servizioclienti@saltafelice.example",
         subject="Re: Pratica 20931 - rimborso rete di protezione",
         body="""\
Grazie della risposta. Però ora vi devo segnalare una cosa molto più seria.

Ieri pomeriggio, mentre mio figlio Luca (9 anni) saltava sul tappeto elastico SaltaFelice 366, una delle molle si è sganciata dal telaio ed è schizzata via: lo ha preso in pieno sullo zigomo. Ha un livido grosso sotto l'occhio e stanotte ha detto due volte che gli girava la testa, stamattina lo portiamo dalla pediatra.

Ho guardato il telaio: gli occhielli dove si agganciano le molle sono aperti, il metallo si è piegato in almeno quattro punti. Il tappeto è montato da meno di un mese, seguendo le istruzioni. Secondo me è pericoloso e non lo farò più usare a nessuno; altri genitori dovrebbero saperlo.

Marco Fadda
Cagliari

Il giorno mar 8 apr, Servizio Clienti SaltaFelice <servizioclienti@saltafelice.example> ha scritto:
> Gentile Sig. Fadda,
> ci scusiamo per la rete di protezione mancante nella confezione.
> Il rimborso di 39,90 EUR verrà accreditato sulla carta usata per
> l'acquisto entro 5 giorni lavorativi.
> Cordiali saluti,
> Servizio Clienti SaltaFelice"""),

    # 5 outage, critical, by effect: cows not milked
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Azienda Agricola Ca' Bianca <stalla@cabianca-latte.example>",
         to="assistenza@milkstar.example",
         subject="MilkStar 2 rifiuta tutte le vacche da stanotte - serve un tecnico",
         body="""\
Buongiorno,

dalle 3 di stanotte il robot di mungitura MilkStar 2 (matricola MS2-08817) non munge più nessuna vacca. La vacca entra nel box, il braccio si posiziona sotto, poi si ritira e sul display compare "E-417 calibrazione capezzoli", il cancello si apre e la manda fuori. È successo con tutte, una dopo l'altra.

Abbiamo 120 frisone in lattazione e dall'ultima mungitura di ieri sera non è uscito un litro. Diverse hanno già le mammelle dure e perdono latte in corsia. Io e due vicini stiamo provando con i vecchi gruppi portatili ma riusciamo a fare forse venti capi in tutta la mattina, e alle 11 passa il camion della latteria.

Abbiamo già riavviato il robot due volte e pulito la telecamera. Il tecnico di zona, Sig. Bonomi, ha il telefono spento.

Richiamatemi per favore al +39 0000 552 190.

Giovanni Zanella
Az. Agr. Ca' Bianca - Castelfranco"""),

    # 6 outage, critical, by effect: nobody can clock in; a German line
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sabrina Unterhofer <s.unterhofer@mercatinord.example>",
         to="support@timbrapro.example",
         subject="Nessun dipendente riesce a timbrare - 4 punti vendita",
         body="""\
Buongiorno,

stamattina all'apertura in tutti e quattro i nostri supermercati (Trento, Rovereto, Merano, Bolzano) nessuno è riuscito a timbrare l'entrata. I terminali TimbraPro mostrano la clessidra per una trentina di secondi e poi tornano alla schermata iniziale senza registrare il badge. Anche dall'app sul telefono la timbratura resta "in attesa".

Parliamo di circa 180 persone. I capi reparto stanno segnando gli orari a penna su fogli stampati, ma i turni cambiano alle 14 e non abbiamo modo di sapere chi è effettivamente presente. Il collega di Bolzano mi scrive: "Bei uns dasselbe, kein einziger Stempel seit 6 Uhr."

Codice cliente: MN-2207. Aspetto un riscontro al più presto.

Sabrina Unterhofer
Ufficio Personale - Mercati del Nord S.r.l."""),

    # 7 outage, high, by effect: podcast upload stuck
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tommaso Greco <tommaso@chiacchierecampagna.example>",
         to="supporto@ondapod.example",
         subject="Impossibile pubblicare la nuova puntata",
         body="""\
Ciao,

da ieri pomeriggio provo a caricare la puntata 58 di "Chiacchiere di campagna" (MP3, 47 MB, come sempre). La barra arriva al 99% e poi riparte da zero, all'infinito. Ho provato con Chrome, con Firefox, dal portatile e dal fisso, con la fibra di casa e con l'hotspot del telefono: stessa cosa. Neanche le note dell'episodio si salvano, il tasto "Salva bozza" non fa nulla.

La puntata deve uscire domani alle 7 perché c'è uno sponsor con data fissa nel contratto.

Grazie,
Tommaso"""),

    # 8 outage, medium, partial degradation, question form, workaround
    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Giulia Pace <giulia.pace@studenti.ateneoverde.example>",
         to="helpdesk@elearning.ateneoverde.example",
         subject="Piattaforma lentissima da lunedì",
         body="""\
Salve,

è normale che da lunedì la piattaforma ci metta due o tre minuti ad aprire ogni pagina di corso, e che le videolezioni registrate si interrompano ogni cinque-sei minuti con la rotellina che gira?

Per ora riesco ad andare avanti scaricando le slide in PDF e guardando i video di notte, quando va un po' meglio, ma con gli esami a giugno è abbastanza pesante. Anche i miei compagni di Agraria dicono lo stesso.

Grazie,
Giulia Pace
matricola 884105"""),

    # 9 outage, high, explicit words, English sentence
    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Riccardo Villa <r.villa@traduzionivilla.example>",
         to="support@scudovpn.example",
         subject="VPN non funziona da ieri sera",
         body="""\
Buongiorno,

la vostra VPN non funziona da ieri sera verso le 22. Qualunque server scelga (Milano, Francoforte, Amsterdam) l'app resta su "Connessione in corso..." e dopo un minuto dà errore di timeout. Ho reinstallato l'app e riavviato il portatile.

I'm currently travelling in Singapore and I can't reach our agency's file server without it, so I'm basically stuck.

Copio l'ultima riga del log:
[2025-04-09 07:14:02] handshake failed: no response from gateway (attempt 12)

Abbonamento annuale, account r.villa@traduzionivilla.example.

Riccardo Villa"""),

    # 10 payment, double charge, short
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Lucia Ferraresi <lucia.ferraresi@posta.example>",
         to="club@cantinacolleverde.example",
         subject="Quota trimestrale addebitata due volte",
         body="""\
Buongiorno, il 3 aprile sulla carta mi sono arrivati due addebiti identici da 89,00 € per la quota trimestrale del Club Colle Verde. La cassetta di vini è arrivata una sola volta. Potete stornare il secondo?

Lucia Ferraresi, socia n. 1187"""),

    # 11 payment, high: failed payout, rent due
    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Andrea Colombo <andrea.colombo88@mailbox.example>",
         to="aiuto@usatofacile.example",
         subject="Pagamento vendite non arrivato - mi serve per l'affitto",
         body="""\
Salve,

la settimana scorsa ho venduto tramite UsatoFacile una bici da corsa e una culla (ordini UF-77120 e UF-77134), entrambe consegnate e confermate dagli acquirenti. Il bonifico di 640 € doveva arrivarmi martedì, ma nel mio portafoglio lo stato è "Pagamento non riuscito" e sotto c'è scritto "IBAN verificato". L'IBAN è lo stesso da due anni e la banca mi dice che da loro non è arrivato nulla né è stato respinto.

Vi spiego perché insisto: quei soldi sono per l'affitto, che devo pagare entro venerdì, altrimenti il proprietario mi applica la mora. Potete rifare il pagamento o dirmi cosa devo correggere?

Grazie,
Andrea Colombo
+39 0000 771 046"""),

    # 12 payment, refund not received, point buried in a long mail
    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Rosanna Piras <rosanna.piras@tiscalina.example>",
         to="clienti@filoeago.example",
         subject="Macchina da cucire Artemisia 300",
         body="""\
Gentili signori,

vi scrivo a proposito della macchina da cucire Artemisia 300 che avevo ordinato a gennaio per mia nipote, che frequenta un corso di sartoria a Sassari. Devo dire che il vostro negozio mi è sempre piaciuto, compro da voi stoffe e filati da almeno sei anni, e anche la signora del reparto merceria al telefono è sempre gentilissima.

La macchina in sé era bella, ma mia nipote si è accorta che il piedino per le asole non era compatibile con quello che usano al corso, e l'insegnante le ha consigliato un altro modello. Così, come da vostre condizioni, l'ho rimandata indietro entro i 14 giorni, nella scatola originale, con tutti gli accessori e persino il libretto ancora incellofanato. Ho la ricevuta del corriere del 2 febbraio e dal tracciamento risulta consegnata al vostro magazzino il 5 febbraio, firmata da "M. Serra".

Nel frattempo abbiamo comprato l'altro modello in un negozio qui vicino, e mia nipote è contentissima, sta già facendo una gonna.

Il motivo per cui vi scrivo però è che il rimborso di 329,00 € non mi è mai arrivato. Sono passati più di due mesi, ho controllato l'estratto conto di febbraio e di marzo e non c'è niente. Numero d'ordine FA-30412. Vi sarei grata se poteste verificare.

Cordiali saluti,
Rosanna Piras"""),

    # 13 payment, low: small fee, curiosity
    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Matteo Lombardi <matteo.lombardi@posta.example>",
         to="info@stampafoto.example",
         subject="Voce 'diritti di servizio' 0,49 €",
         body="""\
Ciao, nell'ultimo ordine di stampe (SF-99031) ho pagato 0,49 € di "diritti di servizio". Nessun problema, è solo curiosità: a cosa corrispondono? Le volte precedenti non c'erano.

Matteo"""),

    # 14 account, locked out
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Federica Neri <fede.neri@mailbox.example>",
         to="supporto@cuorivicini.example",
         subject="Account bloccato da tre giorni",
         body="""\
Salve,

giovedì ho sbagliato la password qualche volta di troppo e l'app mi ha detto "account bloccato per 24 ore per troppi tentativi". Sono passati tre giorni e il messaggio è sempre lo stesso, anche dopo aver fatto "password dimenticata": il link mi arriva, cambio la password, ma al login torna la schermata del blocco.

Il mio profilo è registrato con questo indirizzo email. Potete sbloccarlo?

Federica"""),

    # 15 account, high: SMS code goes to an old number, needs the backup
    dict(n=15, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Paolo Benedetti <paolo.benedetti@studioprog.example>",
         to="support@nuvolasicura.example",
         subject="Codice di verifica inviato al mio vecchio numero",
         body="""\
Buongiorno,

il disco del mio portatile si è rotto ieri e devo recuperare i file dal backup NuvolaSicura (piano Professional, account paolo.benedetti@studioprog.example). Quando faccio il login, il codice di verifica viene inviato via SMS al mio vecchio numero che termina con 41, che ho disdetto l'anno scorso. Non c'è un'altra opzione nella schermata, solo "Reinvia codice".

Dentro ci sono i progetti dello studio che devo consegnare lunedì. Come posso cambiare il numero o ricevere il codice in un altro modo? Posso mandarvi un documento d'identità se serve.

Paolo Benedetti
+39 0000 309 882"""),

    # 16 account, deleted profile by mistake
    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Ilaria Conti <ilaria.conti@posta.example>",
         to="ciao@toelettaturabirba.example",
         subject="Ho cancellato il profilo per sbaglio",
         body="""\
Ciao a tutti,

credo di aver fatto un pasticcio: ieri sera nell'app volevo togliere la vecchia carta salvata e invece devo aver premuto "Elimina profilo", perché stamattina mi è arrivata la mail "Il tuo profilo è stato eliminato". Ora se provo ad entrare mi dice che l'utente non esiste.

Nel profilo c'erano la scheda di Pepe (barboncino, allergie al balsamo al cocco!), lo storico dei tagli e 14 timbri sulla tessera fedeltà. Si può recuperare? Ho un appuntamento sabato alle 10.

Grazie,
Ilaria"""),

    # 17 account, low: how-to change login e-mail
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Stefano Gallo <stefano.gallo@studiogallo.example>",
         to="assistenza@contifacili.example",
         subject="Cambio email di accesso",
         body="""\
Buongiorno, lo studio sta passando a un nuovo dominio. Come faccio a cambiare l'indirizzo email con cui accedo a ContiFacili (da stefano.gallo@studiogallo.example a s.gallo@gallocommercialisti.example) senza perdere i dati dei clienti?

Grazie, Stefano Gallo"""),

    # 18 hard negative: policy question with alarming idioms
    dict(n=18, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Beatrice Moretti <bea.moretti@mailbox.example>",
         to="segreteria@autoscuolaaurora.example",
         subject="Domanda su esame di guida e rimborso",
         body="""\
Buonasera,

sto pensando di iscrivermi al vostro pacchetto "Patente B Completo". La mia amica, che ha fatto le guide con voi, dice che all'inizio frenava come una disperata ed era "un incidente che cammina", ma che l'istruttore Franco è una roccia e le ha salvato la vita (e la patente!).

Una domanda prima di iscrivermi: se non passo l'esame pratico al primo tentativo, le guide aggiuntive sono comprese o si pagano a parte? E se dovessi ritirarmi dopo la teoria, avete una politica di rimborso per le guide non fatte?

Grazie,
Beatrice"""),

    # 19 hard negative: thank-you, problem resolved
    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Nicola Esposito <nicola.esposito@serrecampane.example>",
         to="assistenza@irrigaweb.example",
         subject="Grazie per l'aiuto con la centralina",
         body="""\
Buongiorno,

volevo solo ringraziare Martina dell'assistenza. La settimana scorsa la centralina IrrigaWeb 8 non apriva più le elettrovalvole e pensavo di aver perso tutte le piantine di pomodoro della serra grande. Con il reset che mi ha suggerito al telefono è ripartita subito e da allora irriga regolarmente, senza nessun blocco.

Il raccolto è salvo. Complimenti, un'assistenza così non si trova facilmente.

Nicola Esposito
Serre Campane - Nocera"""),

    # 20 hard negative, quoted trap: recall notice quoted, new text is a spare-part question
    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Giorgia Fontana <giorgia.fontana@posta.example>",
         to="assistenza@bollitalia.example",
         subject="R: Avviso di richiamo bollitore Teiera K-200",
         body="""\
Buongiorno,

ho controllato sotto la base: il mio bollitore è un K-210 con lotto L2308, quindi non rientra tra quelli dell'avviso. Già che vi scrivo: il coperchio a molla ha perso il gancetto di plastica, è possibile comprarne uno di ricambio a parte? Quanto costa?

Grazie,
Giorgia Fontana

-----Messaggio originale-----
Da: BollItalia Assistenza <assistenza@bollitalia.example>
Inviato: lunedì 7 aprile 2025 10:02
Oggetto: Avviso di richiamo bollitore Teiera K-200

> Gentile cliente,
> alcuni bollitori Teiera K-200 dei lotti L2211-L2214 possono surriscaldarsi
> alla base e presentare rischio di scosse elettriche e ustioni.
> Se il suo apparecchio appartiene a questi lotti, smetta di usarlo e
> ci contatti per la sostituzione gratuita."""),

    # 21 hard negative: newsletter using alarming words
    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="AcquaViva Forniture Ittiche <newsletter@acquaviva-ittica.example>",
         to="info@troticolturavalsesia.example",
         subject="Newsletter di aprile: blackout, ossigeno e attacchi informatici",
         body="""\
NEWSLETTER APRILE - AcquaViva Forniture Ittiche

In questo numero:

1) WEBINAR GRATUITO - "Blackout in vasca: come non perdere il pesce"
Giovedì 24 aprile ore 18, con il dott. Ivo Salvetti: generatori di riserva, ossigenatori a batteria e allarmi di livello per troticolture e impianti di acquacoltura.

2) SICUREZZA DIGITALE IN AZIENDA
Le truffe via email che imitano i fornitori sono in aumento: nessuno di noi vi chiederà mai di cambiare IBAN per email. Nel blog trovate una guida in cinque passi per riconoscere i tentativi di phishing.

3) NOVITÀ A CATALOGO
Nuova pompa per laghetti FlussoMax 6000, silenziosa e a basso consumo. Sconto lancio 15% fino al 30 aprile.

Per non ricevere più questa newsletter clicca su "Disiscriviti" in fondo alla pagina."""),

    # 22 hard negative: pre-sales question, alarming names (dog names), dialect line
    dict(n=22, signals="-", priority="low", trap="names", qt=0, reply=0,
         frm="Salvatore Russo <salvo.russo@mailbox.example>",
         to="info@asilocanino-zampallegra.example",
         subject="Posto per sabato? Si chiama Tsunami",
         body="""\
Salve! Avete ancora posto per sabato 19 all'asilo diurno? Il cane si chiama Tsunami, è un border collie di un anno ed è un vero terremoto, ma con gli altri cani è buonissimo. Vaccini in regola. Quanto costa la giornata intera? Comm'è dice mammà: "è 'na bomba, ma nun fa male a nisciuno".

Salvatore"""),

    # 23 context: outage with a workaround -> medium
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Alessio Ricci <alessio.ricci@makerlab.example>",
         to="support@stratoprint.example",
         subject="Invio stampe dal cloud bloccato, uso la chiavetta",
         body="""\
Ciao,

da ieri l'invio dei file dal vostro slicer cloud alla stampante StratoPrint X2 resta fermo su "In coda" e la stampa non parte mai. La stampante è online, la vedo nel pannello con la temperatura del piatto aggiornata.

Per adesso me la cavo esportando il G-code e stampando da chiavetta USB, quindi non è drammatico, però con tre stampanti in laboratorio è scomodo fare avanti e indietro. Riuscite a dare un'occhiata?

Alessio"""),

    # 24 context: escalation quoting own earlier mail, many users cannot log in, payroll deadline
    dict(n=24, signals="outage,account", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Roberta Sartori <r.sartori@disinfestazioninord.example>",
         to="supporto@squadrapp.example",
         subject="R: Tecnici non riescono ad accedere all'app - ticket 55872",
         body="""\
Vi scrivo per la seconda volta e nessuno ci ha ancora risposto.

La situazione è peggiorata: ora sono 35 tecnici su 35 che non riescono ad entrare nell'app, il codice SMS non arriva a nessuno, neanche a chi ha cambiato telefono o operatore. Non vedono gli interventi del giorno, non possono chiudere i rapportini né far firmare i clienti. Oggi abbiamo saltato 22 interventi di derattizzazione programmati, di cui tre in mense scolastiche con verifica ASL.

Vi prego di chiamarmi subito: +39 0000 640 215.

Roberta Sartori
Responsabile operativa - Disinfestazioni Nord S.r.l.

-----Messaggio originale-----
Da: Roberta Sartori <r.sartori@disinfestazioninord.example>
Inviato: martedì 8 aprile 2025 08:12
A: supporto@squadrapp.example
Oggetto: Tecnici non riescono ad accedere all'app - ticket 55872

> Buongiorno,
> da stamattina una decina dei nostri tecnici non riesce ad accedere
> a SquadrApp: dopo la password il codice SMS non arriva.
> Potete verificare?
> Roberta Sartori"""),
]
