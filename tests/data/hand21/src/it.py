# blind22 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ilaria Bonvicini <ilaria@toelettaturacodafelice.example>",
         to="assistenza@groomtech.example",
         subject="Soffiatore SF-900: la bassotta è tornata a casa con una bolla sul fianco",
         body="""\
Buongiorno,

vi scrivo dal negozio di toelettatura Coda Felice di Lodi. Da due settimane usiamo il
vostro soffiatore SF-900 (matricola 90-44718), comprato nuovo.

Stamattina, mentre asciugavo una bassotta, l'apparecchio ha cominciato a fare un rumore
tipo crepitio, come carta che si accartoccia, e c'era un odore dolciastro di plastica
fusa. Il corpo del soffiatore era diventato così caldo che la mia collega l'ha dovuto
appoggiare per terra con uno strofinaccio, non si teneva in mano.

Nel pomeriggio la proprietaria ci ha richiamati: sul fianco della cagnolina, proprio dove
puntava il getto, è comparsa una bolla piena di liquido grande come una moneta, con la
pelle tutta rossa attorno. L'hanno portata dal veterinario.

Ho staccato la spina e l'apparecchio è chiuso nel retro. Cosa dobbiamo fare? Ne abbiamo
un secondo identico, stesso lotto, che per ora non tocchiamo.

Ilaria Bonvicini
Toelettatura Coda Felice
tel. 0371 000 482"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Davide Rinaldi <d.rinaldi@postaweb.example>",
         to="info@skinoleggiovaldoro.example",
         subject="portaskipass bambini",
         body="""\
Salve, abbiamo noleggiato da voi ieri l'attrezzatura e il portaskipass con il moschettone
a forma di orsetto per nostro figlio Tommaso (4 anni).

Stamattina in seggiovia l'ha messo in bocca e l'ha masticato. Il moschettone si è
spaccato e manca un pezzetto di plastica rossa, non lo troviamo da nessuna parte, né
sulla tuta né nella seggiola. Da quel momento Tommaso tossisce a scatti e quando respira
si sente un fischio che prima non aveva. Adesso siamo in ospedale a Bormio e i medici ci
chiedono di che materiale è fatto il pezzo e quanto è grande.

Per favore chiamatemi subito al 347 000 2291, ci serve la scheda del prodotto o almeno un
portaskipass uguale da mostrare ai medici.

Davide Rinaldi"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Giovanna Pesce <giovanna.pesce@libero-posta.example>",
         to="supporto@labanalisiaurora.example",
         subject="Nella mia area referti ci sono le analisi di un'altra persona",
         body="""\
Gentili signori,

ho fatto un prelievo venerdì presso il vostro punto di Novara. Oggi ho ricevuto la mail
"I tuoi referti sono pronti" e sono entrata nell'app con le mie credenziali.

Nella sezione referti, oltre ai miei esami, compare un PDF intestato a un certo Marcello
Fumagalli, nato nel 1958, con codice fiscale, indirizzo di casa, esito dell'emocromo e
un test HIV. Non conosco questa persona. Al contrario, il mio esame della tiroide non c'è.

Mi chiedo se anche i miei dati siano finiti nell'account di qualcun altro. Non ho scaricato
né inoltrato nulla, ma vorrei sapere chi ha potuto vedere i miei risultati e che cosa
intendete fare.

Distinti saluti,
Giovanna Pesce"""),

    dict(n=4, signals="safety", priority="critical", trap="dizzy", qt=0, reply=0,
         frm="Ernesto Valli <ernesto.valli@casavalli.example>",
         to="clienti@spazzacaminibrenta.example",
         subject="Dopo la vostra pulizia la stufa rimanda il fumo in casa, mia moglie è svenuta",
         body="""\
Buonasera,

giovedì 14 il vostro tecnico ha pulito la canna fumaria della stufa a legna (intervento
n. 2024-1187). Da allora, ogni volta che accendiamo, dopo mezz'ora in soggiorno c'è odore
acre e gli occhi lacrimano.

Ieri sera mia moglie si è alzata dal divano, ha avuto un forte capogiro ed è caduta a
terra per qualche secondo. Anch'io avevo mal di testa e nausea. Il rilevatore di
monossido che ci ha regalato mio figlio ha cominciato a suonare alle 22:40.

Abbiamo aperto tutte le finestre e spento la stufa, ma mi sembra una situazione
pericolosa: il tecnico ha forse lasciato qualcosa nel camino o spostato la valvola?
Vi chiedo di mandare qualcuno domani stesso. Fino ad allora non accendiamo più nulla e
in casa fanno 13 gradi.

Ernesto Valli
Via dei Tigli 8, Cittadella
cell. 349 000 7713"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Coordinamento Assistenza Domiciliare <coordinamento@curaacasa.example>",
         to="helpdesk@turnisan.example",
         subject="URGENTISSIMO - le infermiere vedono la giornata vuota",
         body="""\
Buongiorno,

da stamattina alle 6:30 le nostre 23 infermiere, aprendo l'app TurniSan sul telefono,
trovano la giornata di oggi completamente vuota: nessuna visita, nessun indirizzo, nessuna
nota sulle terapie. Il pannello web in ufficio mostra il calendario, ma il pulsante
"Invia ai dispositivi" gira senza fine.

Abbiamo circa 110 pazienti a domicilio oggi, di cui 38 con insulina o medicazioni a orario.
In questo momento stiamo dettando gli indirizzi per telefono uno per uno e alcune colleghe
sono ferme in macchina ad aspettare.

Codice cliente: CAD-0417. Richiamateci al 051 000 3390, chiedete di Marta.

Marta Gualandi
Coordinatrice - Cura a Casa Soc. Coop."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Fattoria Prà Grande <pragrande@agrimail.example>",
         to="assistenza@frigolatte.example",
         subject="Tank del latte a 14 gradi",
         body="""\
Buongiorno,

il refrigeratore del latte TL-3000 installato da voi a marzo stanotte non ha raffreddato.
Il compressore si accende, ronza per qualche secondo e poi si spegne, e il display fa
lampeggiare E07. Stamattina il latte della mungitura di ieri sera era a 14 °C.

Dentro ci sono circa 2.600 litri. Il camion del caseificio passa alle 11 e se il latte non
è sotto i 6 gradi non lo ritira: sono più di 1.200 euro buttati, e tra poco c'è la
mungitura del mattino e non so dove metterla.

Mandate un tecnico il prima possibile. Siamo a Prà Grande, frazione di Bagnolo,
tel. 0172 000 651.

Luca Bertola"""),

    dict(n=7, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Lavanderia Bolla Blu <bollablu.corso@lavanderie.example>",
         to="service@asciugapro.example",
         subject="Asciugatrici 4 e 6 girano ma i panni escono bagnati",
         body="""\
Ciao,

nella lavanderia self-service di Corso Garibaldi due delle sei asciugatrici (la 4 e la 6)
da lunedì girano regolarmente per tutto il ciclo ma l'aria resta fredda: i clienti pagano
3 euro e si ritrovano i panni bagnati come prima. Le altre quattro vanno bene, quindi per
ora abbiamo messo un cartello "fuori servizio" e la gente si arrangia con quelle, ma il
sabato c'è la fila.

Potete passare questa settimana? Seriali: AP-22-1804 e AP-22-1806.

Grazie,
Sonia"""),

    dict(n=8, signals="outage,account", priority="high", trap="effect", qt=0, reply=0,
         frm="Paolo Serafini <paolo.serafini@hospiceilfaro.example>",
         to="support@rotavolontari.example",
         subject="Nessun volontario riesce a entrare: il codice SMS non arriva",
         body="""\
Buongiorno,

sono il referente dei volontari dell'Hospice Il Faro. Da ieri sera nessuno dei nostri
64 volontari riesce ad accedere al portale dei turni: inseriscono la password, la pagina
dice "ti abbiamo inviato un codice" ma l'SMS non arriva a nessuno, con qualsiasi operatore.
Ho provato io stesso con due numeri diversi.

Di conseguenza nessuno può confermare o scambiare i turni del fine settimana, e io non
so chi verrà a fare le notti. Per adesso sto chiamando le persone a una a una.

Potete verificare? Our account ID is HF-2211, in case that helps.

Paolo Serafini"""),

    dict(n=9, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Salumeria Da Nando <nando@salumeriadanando.example>",
         to="assistenza@bilancexpert.example",
         subject="domanda bilancia banco",
         body="""\
È normale che da quando avete fatto l'aggiornamento la bilancia del banco salumi ci metta
quasi due minuti a stampare ogni scontrino? Prima era immediato. Funziona, ma con la coda
del sabato mattina i clienti sbuffano.

Ferdinando Zappa"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Chiara Lombardo <chiara.lombardo@mailbox.example>",
         to="abbonamenti@lentiviaposta.example",
         subject="Abbonamento lenti addebitato due volte a ottobre",
         body="""\
Buongiorno,

ho l'abbonamento mensile alle lenti a contatto giornaliere (piano "Comfort 30", cliente
n. 558213). Sull'estratto conto della carta vedo due addebiti da 34,90 € entrambi del
3 ottobre, con la stessa descrizione LENTIVIAPOSTA*ABB. Il pacco invece è arrivato uno solo.

Mi potete rimborsare il secondo addebito? Allego lo screenshot della banca.

Grazie e buona giornata,
Chiara Lombardo"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Campeggio Lago Verde <amministrazione@campinglagoverde.example>",
         to="partner@prenotavacanze.example",
         subject="Bonifico di settembre non ricevuto - stipendi in scadenza",
         body="""\
Spett.le PrenotaVacanze,

il riepilogo nella vostra area partner indica come "pagato" il 30/09 il saldo di
settembre di 18.430,00 € (struttura ID 70331), ma sul nostro conto non è arrivato nulla.
La banca dice che non c'è nessun bonifico in entrata né respinto.

Venerdì 10 dobbiamo pagare gli stipendi dei nove stagionali e la rata dell'affitto del
terreno al Comune, e senza quella somma non ci arriviamo. As per our contract, payouts
should land within 5 working days.

Vi chiedo di verificare oggi stesso e di mandarci il CRO del bonifico.

Cordiali saluti,
Renata Gallo
Amministrazione Campeggio Lago Verde"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Aldo Ferraris <aldo.ferraris@posta-casa.example>",
         to="fatture@gasoliobrusa.example",
         subject="Fattura n. 2024/3381 gasolio riscaldamento",
         body="""\
Buongiorno,

mi è arrivata la fattura n. 2024/3381 per la consegna di gasolio da riscaldamento del
22 ottobre: mi addebitate 1.500 litri per un totale di 1.842,00 €.

Il bollettino del contalitri che l'autista mi ha lasciato però segna 1.012 litri, e la
cisterna è da 1.200, quindi 1.500 litri non ci sarebbero neanche stati. Vi chiedo di
correggere la fattura. Ho già pagato l'acconto di 500 € alla consegna.

Aldo Ferraris
Via Roma 41, Mondovì"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Federica Conti <fede.conti@webmail.example>",
         to="aiuto@mensascuolapay.example",
         subject="commissione ricarica",
         body="""\
Ciao, ho ricaricato 40 € sul borsellino mensa di mia figlia e dall'estratto conto vedo
che me ne avete tolti 40,50. Immagino sia la commissione, era solo per capire a cosa
serve. Nessun problema, grazie!

Federica"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Studio Dentistico Morelli <segreteria@studiomorelli.example>",
         to="assistenza@agendadent.example",
         subject="Account della segreteria bloccato",
         body="""\
Buongiorno,

l'utente "segreteria2" del nostro studio (licenza AD-30982) risulta bloccato: dopo
che la nuova collaboratrice ha sbagliato la password qualche volta, il sistema dice
"Account sospeso, contattare l'amministratore". L'amministratore sarebbe il dottor
Morelli, che però è in ferie fino a lunedì e non trova il pulsante per sbloccarlo.

Intanto lavoriamo tutte dall'utente "segreteria1", ma non è il massimo. Potete sbloccarlo
voi?

Grazie,
Valentina Orsi"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Stefano Marchi <stefano.marchi@famigliamarchi.example>",
         to="supporto@nidoapp.example",
         subject="Codice di verifica sul numero vecchio?",
         body="""\
Buonasera,

è normale che il codice di verifica per entrare nell'app dell'asilo nido continui ad
arrivare sul mio vecchio numero di telefono? Ho cambiato numero a settembre e l'ho
aggiornato nel profilo, ma quando faccio l'accesso dal telefono nuovo il codice va
ancora al numero vecchio, che non esiste più. Così non riesco più a vedere le foto e i
messaggi delle maestre di mia figlia Greta (sezione Coccinelle).

Grazie,
Stefano Marchi"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Marina Ottaviani <marina.ottaviani@mailbox.example>",
         to="info@pensionegattiilgomitolo.example",
         subject="Il mio profilo è sparito",
         body="""\
Buongiorno,

ho provato ad accedere al vostro sito per prenotare la pensione per i miei due gatti
(Briciola e Pepe) a dicembre, ma il sistema dice che non esiste nessun account con la
mia email. Fino ad agosto c'era, e dentro avevo caricato i libretti delle vaccinazioni e
le note sulla dieta di Pepe.

È stato cancellato? Si può recuperare oppure devo rifare tutto da capo?

Grazie mille,
Marina Ottaviani"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Jacopo Fiore <jacopo.fiore@studenti.example>",
         to="app@autoscuolastella.example",
         subject="Cambiare email nell'app",
         body="""\
Salve, come faccio a cambiare l'indirizzo email con cui sono registrato nell'app per le
guide? Vorrei usare quello nuovo. Grazie
Jacopo"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Gianni Sartori <gianni@garden-sartori.example>",
         to="assistenza@cassaverde.example",
         subject="Re: Ticket 44817 - cassa serra 2",
         body="""\
Ciao Roberta,

solo due righe per dirti che dopo la tua telefonata la cassa della serra 2 va di nuovo
alla grande. Stamattina c'era il pienone per la fiera delle piante grasse ed è filato
tutto liscio. Ieri ero sul punto di esplodere, oggi posso dire che ci avete salvato la
pelle!

Potete chiudere il ticket. Grazie ancora,
Gianni
Garden Center Sartori"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Elisa Cattaneo <elisa.cattaneo@velamail.example>",
         to="prenotazioni@marinadelsole.example",
         subject="Re: Avviso: interruzione del sistema di prenotazione sabato notte",
         body="""\
Perfetto, grazie dell'avviso. Allora prenoto il gozzo per domenica 9 già domani
pomeriggio, così non ci penso più. Due adulti e un bambino, uscita alle 9.

Elisa

Il giorno mer 5 giu alle 17:02 Marina del Sole <prenotazioni@marinadelsole.example> ha scritto:
> Gentili clienti,
> vi informiamo che sabato 8 giugno dalle 23:00 alle 04:00 il sistema di prenotazione
> online di posti barca e noleggi sarà offline per manutenzione. Durante l'interruzione
> non sarà possibile prenotare né modificare le prenotazioni esistenti.
> Ci scusiamo per il disagio.
> Lo staff di Marina del Sole"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Distributori Alpini Srl <ufficio@distributorialpini.example>",
         to="commerciale@vendingcare.example",
         subject="Info contratto assistenza - copre blackout e guasti?",
         body="""\
Buongiorno,

gestiamo una sessantina di distributori automatici di snack e bevande tra ospedali e
palestre della provincia e stiamo valutando il vostro contratto di assistenza "Full
Service".

Prima di firmare vorremmo capire alcune cose:
- se una macchina va in blocco per un blackout della corrente, l'intervento di riavvio è
  compreso o si paga a parte?
- il lettore di carte contactless è coperto in caso di guasto, o solo la parte meccanica?
- in quanto tempo garantite l'uscita del tecnico nelle valli (Val Brembana, Val Seriana)?
- esiste un piano con rimborso in caso di interruzione prolungata delle vendite?

Ci mandate anche un listino aggiornato per il 2025?

Saluti,
Michela Rota
Distributori Alpini Srl"""),

    dict(n=21, signals="-", priority="low", trap="film-title", qt=0, reply=0,
         frm="Nicola Benassi <nicola.benassi@animazione.example>",
         to="eventi@villaggiopinetamare.example",
         subject="Serata cinema all'aperto: \"Inferno di cristallo\" e \"Tempesta di fuoco\"",
         body="""\
Buongiorno,

sono l'animatore che ad agosto farà le serate per i bambini e i ragazzi nel vostro
villaggio. Per il cinema all'aperto della seconda settimana i ragazzi più grandi hanno
votato per una maratona di film catastrofici: "Inferno di cristallo" e "Tempesta di
fuoco", quest'ultimo fuori concorso per i più piccoli, vedremo.

Due domande pratiche: il maxischermo vicino alla piscina ha ancora l'ingresso HDMI o devo
portare un adattatore? E la licenza SIAE per le proiezioni la fate voi come villaggio o
devo occuparmene io?

Grazie, a presto!
Nicola"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Agriturismo Le Querce <info@agriturismolequerce.example>",
         to="newsletter@spazzacaminibrenta.example",
         subject="R: Newsletter di novembre - Prevenire incendi e monossido con la stufa",
         body="""\
Buongiorno,

il volantino mi è piaciuto molto. Ce l'avete anche in tedesco e in inglese? Vorrei
stamparlo e lasciarlo nelle camere per gli ospiti stranieri.

Grazie,
Luisa Ferri

-----Messaggio originale-----
> Da: Spazzacamini Brenta <newsletter@spazzacaminibrenta.example>
> Inviato: martedì 5 novembre 2024 08:15
> Oggetto: Newsletter di novembre - Prevenire incendi e monossido con la stufa
>
> Con l'arrivo del freddo aumentano gli incendi delle canne fumarie e le
> intossicazioni da monossido di carbonio. Cinque consigli per una stagione sicura:
> 1. fate pulire la canna fumaria almeno una volta all'anno;
> 2. installate un rilevatore di monossido vicino alla stufa;
> 3. non bruciate legna umida o verniciata;
> 4. in caso di odore di fumo in casa uscite subito e chiamate il 115;
> 5. tenete un estintore a portata di mano."""),

    # 23-24 context
    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Sidreria Val di Non <produzione@sidreriavaldinon.example>",
         to="service@imbottigliatrici-rossetti.example",
         subject="Re: Re: Tappatrice linea 1 si blocca - TERZO SOLLECITO",
         body="""\
Buongiorno,

è il terzo messaggio e nessuno ci ha ancora richiamati. Da stamattina la linea 1 non
imbottiglia più niente: la tappatrice si ferma alla prima bottiglia e non riparte
nemmeno dopo il reset. Abbiamo 9.000 litri di sidro pronti in vasca e il camion per la
catena di supermercati parte domani alle 7 con 6.000 bottiglie che non abbiamo.

Abbiamo bisogno di un tecnico oggi. Cell. del responsabile: 335 000 4418.

Thomas Pichler
Responsabile produzione

Il giorno lun 18 nov 2024 alle 16:45 Sidreria Val di Non <produzione@sidreriavaldinon.example> ha scritto:
> Vi riscrivo perché la situazione è peggiorata: ora la tappatrice si blocca ogni
> dieci bottiglie circa con l'errore "coppia fuori tolleranza". Stiamo andando a
> un terzo della velocità. Contratto di assistenza n. SR-7720.
>
> Il giorno ven 15 nov 2024 alle 10:12 Sidreria Val di Non <produzione@sidreriavaldinon.example> ha scritto:
> > Buongiorno, la tappatrice della linea 1 ogni tanto si ferma e va riavviata.
> > Potete mandare qualcuno la settimana prossima?"""),

    dict(n=24, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Cantina Colle dei Mandorli <cantina@colledeimandorli.example>",
         to="supporto@vignetocloud.example",
         subject="Accesso enologo bloccato, dichiarazione vendemmia scade stanotte",
         body="""\
Buonasera,

il profilo del nostro enologo (utente f.bianchini, azienda n. 4471) da oggi pomeriggio
dice "credenziali scadute" e il link per reimpostare la password arriva a un indirizzo
che lui non usa più da anni. Il resto dello staff entra senza problemi, ma solo il suo
profilo ha la firma per inviare i registri di cantina.

Il problema è che la dichiarazione di vendemmia al consorzio va inviata dal vostro
portale entro la mezzanotte di oggi, e tutti i dati delle pigiature sono nel suo registro.
Se non la mandiamo in tempo rischiamo la sanzione e la perdita della denominazione per
questa annata.

Potete sbloccare il profilo o cambiare l'email di recupero con f.bianchini@colledeimandorli.example?
Siamo raggiungibili fino a tardi al 0141 000 729.

Francesca Bianchini
Cantina Colle dei Mandorli"""),
]
