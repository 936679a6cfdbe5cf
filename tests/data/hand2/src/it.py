# Blind hand-written test set, Italian.
# Written without looking at the triage tool's rules, its tests or any other hand-written set.
# Labels follow /work/shared/corpus/labelled/val-hand/README.md (signals in precedence order
# safety,outage,payment,account; priorities critical/high/medium/low; trap-class words).
# Names, companies, addresses and numbers are invented; all domains are *.example.
#
#  1-4   safety (critical)            5-9   outage
# 10-13  payment                      14-17 account
# 18-22  hard negatives (gold '-')    23-24 context rows (vip, workaround)

MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Chiara Bellini <chiara.bellini@postaweb.example>",
         to="assistenza@giochiallegri.example",
         subject="Gufetto Canterino: il coperchio delle pile si stacca da solo",
         body="""Buongiorno,

vi scrivo per il Gufetto Canterino (codice GA-0412) che abbiamo regalato a nostro figlio di 20 mesi. Ieri sera l'ho trovato che masticava qualcosa: il coperchietto sul retro del gufo si era staccato da solo, senza viti, e aveva in bocca una delle tre pile piatte. Gliel'abbiamo tolta subito e al pronto soccorso pediatrico ci hanno detto che per fortuna non ne aveva mandata giù nessuna, le abbiamo ritrovate tutte e tre.

Però è stato un attimo. Il coperchio si apre con due dita, l'ho riprovato stamattina. Questo gioco è venduto dai 12 mesi in su, dovete ritirarlo prima che succeda a qualcun altro.

Chiara Bellini"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Giorgio Esposito <g.esposito@postaweb.example>",
         to="assistenza.caldaie@energiapiu.example",
         subject="Odore di gas dopo la manutenzione della caldaia",
         body="""Salve, giovedì è venuto il vostro tecnico per la manutenzione annuale della caldaia (contratto Comfort 2231). Da ieri sera in cucina si sente un odore forte di gas vicino alla caldaia, e stanotte alle 3 il rilevatore ha cominciato a suonare. Abbiamo chiuso il contatore, aperto le finestre e siamo andati a dormire dai miei suoceri.

Vi chiedo di mandare qualcuno oggi stesso, non riaccendiamo niente finché non viene un tecnico. Ho due bambini piccoli.

Giorgio Esposito
via dei Glicini 8, Caserta"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Federica Marino <federica.marino@postaweb.example>",
         to="supporto@modastore.example",
         subject="Qualcuno è entrato nel mio account e ha cambiato tutto",
         body="""Buonasera,

stamattina mi è arrivata una vostra email "Il tuo indirizzo email è stato modificato", ma io non ho modificato niente. Da allora non riesco più ad entrare: la password non va e il recupero manda il link al nuovo indirizzo, che non è mio. Prima che l'app mi buttasse fuori ho fatto in tempo a vedere un ordine da 640 euro in spedizione verso un indirizzo di Milano che non conosco, pagato con la carta salvata nel profilo.

Nel profilo ci sono anche il mio indirizzo di casa, il telefono e la data di nascita. Vi prego bloccate l'account e l'ordine subito. La carta l'ho già fatta bloccare dalla banca.

Federica Marino"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Luca Ferraro <luca.ferraro@postaweb.example>",
         to="clienti@noleggiosole.example",
         subject="Auto a noleggio NS-77120, il pedale è andato giù fino in fondo",
         body="""Buongiorno,

ho ritirato ieri all'aeroporto di Bari l'auto del contratto NS-77120. Sulla statale verso Monopoli ho frenato e il pedale è sceso quasi fino al tappetino, la macchina rallentava pochissimo. Sono riuscito a fermarmi solo scalando le marce e tirando il freno a mano, con mia moglie e i bambini in macchina. Sul cruscotto non si è accesa nessuna spia.

L'auto adesso è parcheggiata in un'area di servizio e io non la tocco più. Mandatemi un'auto sostitutiva e fate controllare questa, perché se la riaffittate così qualcuno si fa male sul serio.

Luca Ferraro"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Stefano Galli <s.galli@farmaciegalli.example>",
         to="helpdesk@cassasmart.example",
         subject="Le casse non chiudono gli scontrini in nessun punto vendita",
         body="""Buongiorno, da circa le 8:40 in tutte e 12 le nostre farmacie le casse CassaSmart non riescono a chiudere gli scontrini: si arriva al totale, si preme "Chiudi" e resta la clessidra finché non va in timeout. Non possiamo emettere scontrini né incassare con il POS integrato. Abbiamo la fila ai banconi e le ricette da evadere.

Abbiamo già riavviato i terminali e il router in due sedi, nessun cambiamento. Per favore richiamatemi subito.

Stefano Galli
Responsabile IT - Farmacie Galli"""),

    dict(n=6, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Prof.ssa Anna Rinaldi <anna.rinaldi@icmontale.example>",
         to="supporto@registrofacile.example",
         subject="Le comunicazioni ai genitori restano in coda",
         body="""Gentile assistenza,

da lunedì le comunicazioni che inviamo dal registro ai genitori (circolari, note, avvisi di uscita anticipata) risultano "in coda" e non arrivano a nessuno. Il resto del registro funziona: firme, voti e assenze si inseriscono senza problemi.

Per ora avvisiamo le famiglie tramite i rappresentanti di classe, ma venerdì c'è un'uscita anticipata per sciopero e abbiamo bisogno che gli avvisi arrivino. Potete verificare?

Cordiali saluti,
Anna Rinaldi
Istituto Comprensivo Montale"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marco Testa <marco.testa@studiotesta.example>",
         to="assistenza@contabilis.example",
         subject="Il programma si chiude da solo",
         body="""Salve, da stamattina ogni volta che apro Contabilis e clicco su "Prima nota" il programma si chiude di colpo, senza nessun messaggio. Ho reinstallato e riavviato il PC, niente da fare. È il mio unico strumento di lavoro e ho le liquidazioni IVA dei clienti da chiudere entro il 16. Come posso fare?

Marco Testa"""),

    dict(n=8, signals="outage", priority="high", trap="account", qt=1, reply=1,
         frm="Rosa De Luca <rosa.deluca@postaweb.example>",
         to="assistenza@telelinea.example",
         subject="R: Sblocco accesso area clienti",
         body="""Grazie, con la nuova password sono entrata.

Però adesso il problema è un altro: da ieri sera il telefono di casa è muto e il modem ha la spia internet rossa. Ho staccato e riattaccato tutto come dice la guida, niente. Mio marito lavora da casa e siamo senza connessione. Potete mandare un tecnico?

Rosa De Luca
codice cliente 8812034

> -----Messaggio originale-----
> Da: Assistenza TeleLinea
> Inviato: venerdì 11 dicembre 2026 11:20
> Oggetto: Sblocco accesso area clienti
>
> Gentile cliente, il suo account è stato bloccato dopo troppi tentativi
> di accesso con password errata. Per sbloccarlo usi il link qui sotto e
> scelga una nuova password. Il link è valido 24 ore.
>
> Il team TeleLinea"""),

    dict(n=9, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Pizzeria Da Totò <ordini@pizzeriadatoto.example>",
         to="partner@mangiasubito.example",
         subject="Non ci arrivano più ordini sul tablet!!",
         body="""Ciao, stasera dalle 19:15 sul tablet non arriva più nessun ordine, proprio nell'ora di punta. L'app dice "connesso", il wifi va, ma niente. Di solito a quest'ora facciamo 30 ordini l'ora. Ho chiamato il numero partner ma squilla a vuoto. Ho i fattorini fermi qua davanti che aspettano. Aiutateci subito per favore!!

Salvatore"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Conti <elena.conti@postaweb.example>",
         to="rimborsi@volaitalia.example",
         subject="Rimborso volo cancellato non ancora ricevuto",
         body="""Buongiorno,
il volo VI 2213 Roma-Catania del 3 ottobre è stato cancellato da voi e ho chiesto il rimborso lo stesso giorno (pratica RF-558102). Mi avete confermato via email che i 312,40 euro sarebbero tornati sulla carta entro 30 giorni, ma ad oggi non è arrivato nulla. Potete dirmi a che punto è la pratica?
Grazie,
Elena Conti"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Davide Moretti <davide.moretti@postaweb.example>",
         to="aiuto@elettroshop.example",
         subject="Carta rifiutata ma i soldi ci sono",
         body="""Sto provando da due giorni a pagare l'ordine 7710245 (lavatrice, 499 euro) e al momento del pagamento mi esce "Transazione rifiutata". Ho provato con la mia carta e con quella di mia moglie, in banca dicono che da loro non arriva neanche la richiesta. I soldi sul conto ci sono. La lavatrice vecchia è rotta e con due bambini non posso aspettare, come faccio a pagare??"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paola Greco <paola.greco@postaweb.example>",
         to="fatture@mobilpiu.example",
         subject="Importo in bolletta diverso dall'offerta",
         body="""Salve, a settembre sono passata a voi con l'offerta Fibra Casa a 24,90 euro al mese "prezzo bloccato per 24 mesi". Nelle ultime due bollette invece mi avete addebitato 31,90. Nessuno mi ha avvisato di cambi. Vorrei la restituzione della differenza e che l'importo torni quello del contratto. Allego il modulo firmato.
Paola Greco"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lorenzo Bianchi <lorenzo@ceramichebianchi.example>",
         to="venditori@artigianato.example",
         subject="Accredito vendite di novembre non ricevuto",
         body="""Buongiorno,

sono un venditore sulla vostra piattaforma (negozio Ceramiche Bianchi, ID venditore 40922). Il pannello dice che il pagamento delle vendite di novembre, 2.184,50 euro, è stato "inviato" il 2 dicembre, ma sul conto non è arrivato niente. La banca dice che non c'è nessun bonifico in entrata a mio nome.

Il 10 devo pagare il fornitore dell'argilla e gli stipendi dei due ragazzi di bottega, quindi per me è urgente. Potete mandarmi il CRO del bonifico o verificare l'IBAN che avete?

Grazie,
Lorenzo Bianchi"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Franco Villa <franco.villa@postaweb.example>",
         to="areaclienti@assicurapiu.example",
         subject="utente bloccato",
         body="""buongiorno ho sbagliato la password tre volte e adesso l'area clienti mi dice "utente bloccato, contattare l'assistenza". il numero verde mi rimanda al sito. devo scaricare la carta verde per andare in Svizzera sabato, come sblocco??"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Giulia Ferri <giulia.ferri@postaweb.example>",
         to="supporto@librolibero.example",
         subject="Cambiare indirizzo email",
         body="""Ciao! Ho cambiato lavoro e tra un mese perderò l'indirizzo con cui sono registrata su Librolibero. Come faccio a spostare l'account su una nuova email senza perdere gli ebook che ho comprato? Grazie mille, Giulia"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Matteo Longo <matteo.longo@agenziablu.example>",
         to="help@progettiamo.example",
         subject="L'invito a una collega non arriva",
         body="""Salve,
ho invitato la nuova grafica (sara.costa@agenziablu.example) nel nostro spazio di lavoro su Progettiamo. Risulta "invito inviato" ma a lei non arriva nulla, nemmeno nello spam, e ho riprovato tre volte. Gli altri colleghi li avevo aggiunti senza problemi. Potete aggiungerla voi o mandarle il link?
Matteo"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Roberta Sala <roberta.sala@postaweb.example>",
         to="assistenza@bancadelborgo.example",
         subject="Mi chiede il codice SMS ad ogni accesso",
         body="""Buongiorno, da qualche settimana l'home banking mi chiede il codice via SMS a ogni accesso, anche se spunto "ricorda questo dispositivo". Il codice arriva e riesco a entrare, ma lo uso dal PC dell'ufficio più volte al giorno ed è una gran perdita di tempo. È normale o c'è qualcosa da sistemare nelle impostazioni?
Roberta Sala"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Alessio Fontana <alessio.fontana@postaweb.example>",
         to="feedback@cucinaveloce.example",
         subject="Il nuovo ricettario è da paura",
         body="""Ciao ragazzi,
volevo solo dirvi che la nuova sezione "Cene in 15 minuti" spacca. Ieri ho fatto le polpette al sugo e mia suocera, che è una critica spietata, ha detto che erano da paura. Mi avete salvato la serata :)
Continuate così!
Alessio"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Segreteria IC Pascoli <segreteria@icpascoli.example>",
         to="vendite@lavagnadigitale.example",
         subject="Richiesta preventivo licenze",
         body="""Buongiorno,
su indicazione del dirigente scolastico in carica, prof. Sergio Valli, vi chiediamo un preventivo per 320 licenze annuali della piattaforma LavagnaDigitale per le classi della secondaria, con una giornata di formazione per i docenti a inizio anno. Fateci sapere anche se sono previsti sconti per gli istituti comprensivi.
Cordiali saluti,
la Segreteria"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Eventi CyberSicura <eventi@cybersicura.example>",
         to="assistenza@contabilis.example",
         subject="Webinar gratuito: il tuo studio è pronto a un attacco ransomware?",
         body="""Gentile professionista,

giovedì 17 dicembre alle 11:00 ti aspettiamo al webinar gratuito "Dati rubati, studio fermo: cosa fare nelle prime 24 ore". In 45 minuti vedremo casi reali di violazione dei dati negli studi professionali, come ci si accorge di un attacco, chi avvisare (Garante compreso) e come tornare operativi dopo un blocco dei sistemi.

Relatore: ing. Paolo Serra, consulente privacy.
Iscriviti qui: https://cybersicura.example/webinar-dicembre

A presto,
il team CyberSicura"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Simona Bruno <simona.bruno@hotelbruno.example>",
         to="supporto@prenotaweb.example",
         subject="Re: Disservizio sul motore di prenotazione - risolto",
         body="""Grazie a voi per la velocità, ho controllato e le prenotazioni arrivano di nuovo regolarmente. Ne sono già entrate due stamattina. Buon lavoro a tutto il team!

Simona

Il giorno dom 6 dic 2026 alle ore 17:45 Supporto PrenotaWeb <supporto@prenotaweb.example> ha scritto:
> Gentile Simona,
>
> le confermiamo che il disservizio che da ieri impediva al motore di
> prenotazione di ricevere nuove prenotazioni è stato risolto alle 17:20.
> Il servizio è di nuovo pienamente operativo.
>
> Ci scusiamo per l'interruzione.
> Supporto PrenotaWeb"""),

    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Valerio Costa <valerio.costa@postaweb.example>",
         to="info@palestraforma.example",
         subject="Domanda sul recesso dall'abbonamento",
         body="""Salve, sto pensando di fare online l'abbonamento annuale alla vostra palestra (quello da 39 euro al mese). Se dopo il primo mese mi accorgo che non fa per me, posso recedere e riavere i soldi? Oppure devo pagare comunque tutto l'anno? Grazie"""),

    # ------------------------------------------------------------------ context rows
    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ing. Carla Marchetti <c.marchetti@logisticanord.example>",
         to="enterprise@cloudbase.example",
         subject="Contratto Enterprise LN-2024-07 - errori API oltre soglia SLA",
         body="""Buongiorno,

come da contratto Enterprise LN-2024-07 (SLA di disponibilità 99,9% e presa in carico entro 1 ora per gli incidenti di priorità 1) vi segnaliamo che dalle 06:10 di oggi circa il 30% delle chiamate alla vostra API di tracciamento restituisce errore 503. Le altre passano, ma i nostri magazzini di Verona e Piacenza hanno ritardi nell'assegnazione delle spedizioni e i clienti vedono stati non aggiornati.

Chiediamo l'apertura immediata di un ticket P1, un referente tecnico dedicato e il report sull'incidente come previsto dall'allegato C. Teniamo traccia dei tempi ai fini delle penali.

Carla Marchetti
Responsabile Sistemi, Logistica Nord S.p.A."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nicola Ferrante <nicola.ferrante@postaweb.example>",
         to="supporto@termocasa.example",
         subject="L'app non comanda più il termostato da fuori casa",
         body="""Ciao, da sabato l'app TermoCasa non riesce più a comandare il termostato quando sono fuori casa: resta su "Connessione in corso..." e dopo un po' dice "dispositivo non raggiungibile". Se sono a casa sul wifi funziona, e dal pannello a muro va tutto, quindi il riscaldamento c'è. Però mi piacerebbe poterlo accendere prima di rientrare. Potete controllare?
Nicola"""),
]
