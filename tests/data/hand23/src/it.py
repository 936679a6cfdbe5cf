# blind24 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Chiara Benvenuti <chiara.benvenuti@posta.example>",
         to="assistenza@lavatecnica.example",
         subject="Lavatrice riparata ieri, qualcosa non va",
         body="""\
Buongiorno,

ieri pomeriggio il vostro tecnico (mi pare si chiamasse Davide) ha sostituito la scheda della
nostra lavatrice, intervento n. 58821. Stamattina ho avviato un lavaggio a 40 gradi e dopo una
ventina di minuti dal retro si sentiva un crepitio, tipo carta che si accartoccia, a scatti.

Il fianco destro della macchina era caldissimo, non tiepido: non ci si riusciva a tenere la mano
appoggiata. C'era anche un odore di plastica calda in tutto il bagno.

Mia figlia di cinque anni ci si è appoggiata con il palmo prima che me ne accorgessi e adesso ha
una bolla rossa grande come una moneta. Ho staccato la spina e chiuso il rubinetto.

Non la riaccendo finché non viene qualcuno a vederla. Potete mandare qualcuno oggi stesso?
Il mio numero è 333 000 4417.

Chiara Benvenuti
Via dei Tigli 12, Cremona"""),

    dict(n=2, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Renato Ferraris <r.ferraris@mailbox.example>",
         to="clienti@energiasolida.example",
         subject="Nella mia area clienti vedo le bollette di un'altra persona",
         body="""\
Salve,
stasera sono entrato nell'area clienti dall'app per scaricare la bolletta del gas di settembre.
Nella sezione "Documenti" però ci sono sei fatture intestate a una certa signora Loredana M.,
residente a Pavia, con il suo codice fiscale, l'indirizzo completo e l'IBAN per la domiciliazione
bancaria. Le mie bollette non ci sono più.

Non ho scaricato niente e non ho toccato nulla, ma mi chiedo: se io vedo i suoi dati, qualcun altro
sta vedendo i miei? Il mio IBAN è registrato da voi per l'addebito.

Vi chiedo di verificare subito e di farmi sapere.
Codice cliente: EN-7720914

Renato Ferraris"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Colombo <marta.colombo@famiglia.example>",
         to="supporto@sentiremeglio.example",
         subject="pila dell'apparecchio acustico di mio padre",
         body="""\
Buonasera,
mio padre ha ritirato settimana scorsa l'apparecchio acustico prenotato da voi (ordine SM-30412).
Oggi era a casa nostra e ha lasciato la custodia sul tavolino del soggiorno. Il coperchietto del vano
pila si apre con una semplice pressione, non ha nessun blocco.

Mezz'ora fa ho trovato il mio bambino (22 mesi) che masticava il coperchietto, e la pila piatta non
c'è più. L'abbiamo cercata dappertutto, sul tappeto, sotto il divano, niente. Lui adesso sbava più del
solito e tossisce ogni tanto, ma per il resto gioca.

Che tipo di pila è esattamente (misura, materiale)? Ci serve saperlo adesso per dirlo al medico.
Vi prego rispondete o chiamatemi al 347 000 2291.

Marta"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Tommaso Guidi <tommaso.guidi@webmail.example>",
         to="help@pedalacitta.example",
         subject="Addebiti per corse che non ho mai fatto",
         body="""\
Buongiorno,
uso il vostro bike sharing solo a Bologna, per andare in ufficio. Stamattina la banca mi ha avvisato
di 14 addebiti da parte vostra nella notte, tra le 01:12 e le 04:40, tutti a Milano, da 9,90 € a
24,50 €. Totale 211,30 €. Io stanotte dormivo a casa mia, la carta è nel portafoglio.

Nello storico dell'app compaiono corse con una bici elettrica che non ho mai noleggiato. Ho già
cambiato la password ma non so come abbiano fatto. Per favore bloccate la carta associata al mio
profilo e annullate gli addebiti.

Utente: tguidi88
Tommaso Guidi"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Biglietteria Palaghiaccio Valnoce <biglietteria@palaghiaccio-valnoce.example>",
         to="support@ticketgate.example",
         subject="Tornelli: nessun biglietto passa - serata di gala stasera",
         body="""\
Buongiorno,

da circa le 14 nessun QR code viene accettato ai tornelli d'ingresso: il lettore emette il doppio bip,
la luce diventa arancione e il tornello resta bloccato. Vale per i biglietti comprati online e per
quelli stampati in cassa, sia sui quattro varchi principali sia su quello laterale. Abbiamo riavviato
i lettori e il router della biglietteria, niente da fare.

Stasera alle 20:30 c'è lo spettacolo di pattinaggio con 1.800 biglietti venduti. Se non si risolve
dobbiamo far entrare le persone a mano, controllando i nomi su una lista stampata, con la coda
che arriverà in strada.

Ci serve un tecnico al telefono adesso. Referente: Giulia Sartori, 02 0000 7781 (interno 3).

Grazie,
Giulia Sartori
Palaghiaccio Valnoce"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dott. Paolo Mancini <farmacia.mancini@farmaweb.example>",
         to="assistenza@robofarma.example",
         subject="Il magazzino automatico non consegna più le confezioni al banco",
         body="""\
Buongiorno,
da stamattina alle 8:40 il nostro magazzino automatico (matricola RX-2209) accetta le richieste dal
banco ma poi non consegna nulla: il braccio si ferma a metà corsia e le confezioni non arrivano agli
scivoli. Lo schermo mostra solo "in attesa".

Abbiamo la farmacia piena, con ricette di pazienti che aspettano terapie per il cuore e insulina. Stiamo
cercando i farmaci a mano tra i cassetti del robot aprendo lo sportello di servizio, un pezzo alla
volta, e annotiamo le uscite su carta.

Please call us back ASAP, we have been on hold for 25 minutes.

Farmacia Mancini - Via Roma 88, Lecco
Tel. 0341 000 552"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Stefano Rinaldi <stefano.rinaldi@casa.example>",
         to="supporto@fibraveloce.example",
         subject="Dopo l'installazione non riesco ad aprire nessuna pagina",
         body="""\
Salve,
giovedì è venuto il vostro installatore a collegare la fibra (pratica FV-118340). Fino a sabato andava
tutto. Da domenica sera il modem ha la luce "Internet" rossa fissa, computer e telefoni si collegano al
wifi ma nessun sito si apre, nemmeno le videochiamate di lavoro.

Lavoro da casa tre giorni a settimana e oggi ho dovuto andare in ufficio in treno. Ho già spento e
riacceso il modem più volte e controllato il cavo, che è ben inserito.

Quando potete mandare qualcuno?

Stefano Rinaldi
340 000 6615"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Anna Lombardo <anna.lombardo@tuttofare.example>",
         to="monitoraggio@solarecasa.example",
         subject="Grafico di produzione fermo",
         body="""\
Buongiorno, è normale che nell'app il grafico della produzione dei pannelli sia fermo a venerdì?
Il contatore dell'inverter in cantina continua a salire, quindi credo che i pannelli producano, ma
nell'app da tre giorni vedo zero kWh e la scritta "dati non disponibili".

Grazie,
Anna Lombardo - impianto SC-40271"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Luigi Esposito <luigi.esposito@inbox.example>",
         to="clienti@lockerpunto.example",
         subject="Locker di Piazza Garibaldi: gli sportelli restano chiusi",
         body="""\
Buonasera,
sono davanti al locker di Piazza Garibaldi (Salerno) da quaranta minuti. Inserisco il codice di ritiro
e il display dice "apertura in corso", ma nessuno sportello si apre. Non solo per me: ci sono altre
quattro persone qui con lo stesso problema e un corriere che non riesce a depositare i pacchi.

Dentro c'è un pacco con i farmaci di mia madre che le servono domani mattina.
Codice spedizione LP-552019-X.

Luigi Esposito"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Giorgia Fontana <giorgia.fontana@posta.example>",
         to="assistenza@telemobile.example",
         subject="Ricarica addebitata due volte",
         body="""\
Buongiorno,
sabato ho fatto una ricarica da 20 € dall'app sul numero 351 000 8826. Sulla carta vedo due addebiti
identici da 20 € alla stessa ora, ma sul credito telefonico è arrivata una sola ricarica.

Allego lo screenshot dell'estratto conto. Mi restituite i 20 € in più?

Grazie
Giorgia Fontana"""),

    dict(n=11, signals="payment", priority="high", trap="deposit-rent", qt=0, reply=0,
         frm="Edilizia Ruggeri snc <amministrazione@ediliziaruggeri.example>",
         to="noleggi@ponteggipro.example",
         subject="Cauzione ponteggio non ancora restituita - ci serve entro venerdì",
         body="""\
Spett.le Ponteggi Pro,

il ponteggio noleggiato per il cantiere di via Manzoni (contratto NP-2023-0871) è stato smontato e
riconsegnato al vostro deposito il 2 del mese, con verbale di riconsegna firmato dal vostro
magazziniere senza contestazioni.

La cauzione di 3.400 € doveva tornarci entro 15 giorni, ma a oggi, dopo 31 giorni, non è arrivato
nulla. Abbiamo scritto due volte all'indirizzo dell'amministrazione senza risposta.

Vi spiego perché insistiamo: venerdì dobbiamo pagare gli stipendi dei nostri sei operai e quei soldi
sono già contati. Vi chiediamo di disporre il bonifico entro giovedì e di mandarci la contabile.

IBAN già in vostro possesso. Per qualsiasi cosa: Sig.ra Ruggeri, 0521 000 3390.

Cordiali saluti
Edilizia Ruggeri snc"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Martin Keller <martin.keller@expat.example>",
         to="fatturazione@gasluce-nord.example",
         subject="Bolletta gas di 486 euro, contatore intelligente",
         body="""\
Buongiorno,
mi scuso per il mio italiano. Ho ricevuto la bolletta del gas di ottobre: 486,20 €. Di solito pago
circa 90 € al mese. Nella bolletta c'è scritto "consumi stimati", ma da aprile ho il nuovo contatore
intelligente che dovrebbe mandare le letture reali ogni giorno.

Lettura di oggi sul display del contatore: 04127 m³. In the bill you estimated 04890 m³, which is
impossible. Can you please correct the invoice before the direct debit on the 28th?

Codice PDR: 00881234567890
Grazie, Martin Keller"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Federica Galli <fede.galli@svago.example>",
         to="info@prenotacampi.example",
         subject="curiosità sulla commissione",
         body="""\
Ciao, ho prenotato il campo da tennis di mercoledì e oltre ai 16 € del campo vedo addebitati 1,50 €
di "commissione servizio". Solo per curiosità, a cosa si riferisce? La volta scorsa non c'era.
Grazie! Federica"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Marco Bellini <ordini@idraulicabellini.example>",
         to="contoprofessionale@edilmerci.example",
         subject="Conto professionale bloccato dopo tentativi di accesso",
         body="""\
Buongiorno,
il mio collaboratore ha sbagliato la password del nostro conto professionale sul sito più volte e ora
compare "Profilo temporaneamente bloccato, contattare il servizio clienti". Il link per reimpostare la
password arriva, ma quando lo apro dice che il profilo è sospeso.

Dobbiamo ordinare raccordi e tubi per un cantiere della settimana prossima, potete sbloccarlo?
Partita IVA 00000000000, cliente n. 48813.

Marco Bellini - Idraulica Bellini"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=1,
         frm="Silvia Marchetti <silvia.marchetti@mail.example>",
         to="aiuto@corrierelampo.example",
         subject="Re: Il tuo codice di verifica",
         body="""\
Buongiorno,
rispondo a questa mail perché non trovo altro modo di contattarvi dall'app. Il codice che mi avete
mandato qui sotto non funziona più e ogni volta che chiedo un nuovo codice via SMS non arriva niente.
Ho cambiato numero di telefono il mese scorso (il nuovo è 329 000 1187) e credo che l'SMS vada al
vecchio numero, che non ho più.

Come faccio a rientrare nel mio profilo per seguire le spedizioni?

Silvia

Il giorno 3 ottobre, alle 09:14, Corriere Lampo <noreply@corrierelampo.example> ha scritto:
> Il tuo codice di verifica è 448120. Scade tra 10 minuti."""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Alessandro Greco <ale.greco@donatori.example>",
         to="prenotazioni@donasangue-servizi.example",
         subject="Profilo donatore sparito?",
         body="""\
Buonasera,
è normale che il mio profilo non esista più? Volevo prenotare la donazione di novembre ma quando
inserisco e-mail e password l'app dice "utente non trovato". Se provo a registrarmi di nuovo, dice che
il codice fiscale è già in uso.

Nel profilo c'erano tutte le mie 23 donazioni e gli esami. Non l'ho cancellato io.

Grazie per l'aiuto,
Alessandro Greco"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giovanni Sala <giovanni.sala@vecchiamail.example>",
         to="segreteria@golfcollinaverde.example",
         subject="Cambio indirizzo e-mail",
         body="""\
Buongiorno, sto per chiudere questo indirizzo e-mail. Come posso cambiare l'e-mail collegata al mio
profilo per le prenotazioni dei tee time? Nelle impostazioni non trovo il campo.
Grazie, Giovanni Sala (socio n. 212)"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Valentina Conti <vale.conti@mare.example>",
         to="corsi@blu-profondo.example",
         subject="R: Lezione di sabato",
         body="""\
Ciao Roberto,
grazie di tutto, Nicolò sta benissimo, il piede è già guarito e non vede l'ora di tornare. Possiamo
iscriverlo al corso Open Water di novembre? Se serve pago l'acconto in sede.

Valentina

-----Messaggio originale-----
Da: Valentina Conti
Inviato: sabato 14 settembre 08:02
A: corsi@blu-profondo.example
Oggetto: Lezione di sabato

> Buongiorno, durante la lezione in spiaggia di ieri Nicolò si è ferito al piede sugli scogli,
> ha perso parecchio sangue e l'abbiamo portato al pronto soccorso per due punti. Per oggi
> non veniamo."""),

    dict(n=19, signals="-", priority="low", trap="thank-you", qt=0, reply=0,
         frm="Elena Ricci <elena.ricci@cucina.example>",
         to="assistenza@riparaforni.example",
         subject="Grazie di cuore al tecnico!",
         body="""\
Buonasera,
volevo solo ringraziare il tecnico Fabio che ieri è venuto a sistemare il forno. Ero nel panico totale:
24 persone a cena per il battesimo e il forno morto stecchito. Lui è arrivato in un'ora, ha cambiato la
resistenza e la cena è stata salvata, lasagne comprese.

Cinque stelle, vi consiglierò a tutti.
Elena Ricci"""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Acquaventura Park <newsletter@acquaventura.example>",
         to="soci@lista.example",
         subject="Blackout Night e Inferno di Fuoco: l'ultima settimana d'estate!",
         body="""\
Ciao amici di Acquaventura!

L'estate sta finendo ma noi no: sabato 7 torna la BLACKOUT NIGHT, con lo scivolo Tsunami illuminato
solo dalle luci UV e DJ set fino a mezzanotte. E per i più coraggiosi il nuovo "Inferno di Fuoco",
il tubo a caduta libera da 22 metri: un'esperienza da brividi (vietata ai minori di 12 anni).

Prezzi: ingresso serale 19 €, con il codice ESTATE24 paghi 15 €.
Attenzione: i posti vanno a ruba!

Per non ricevere più questa newsletter clicca qui."""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Davide Moretti <d.moretti@studio.example>",
         to="commerciale@fibraveloce.example",
         subject="Domanda prima di attivare: cosa succede in caso di guasto?",
         body="""\
Buongiorno,
sto valutando la vostra offerta Business 1 Giga per il mio studio. Prima di firmare vorrei capire:
la tariffa copre i disservizi? Se la linea cade per un guasto nella zona, in quanto tempo intervenite
e c'è un rimborso o una SIM di backup 4G compresa? Con l'operatore attuale siamo rimasti senza rete due
giorni l'anno scorso e non vorrei ripetere l'esperienza.

Grazie, Davide Moretti"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Laura Pellegrini <laura.pellegrini@montagna.example>",
         to="info@rifugio-cimabella.example",
         subject="Re: Prenotazione 16-17 agosto",
         body="""\
Buongiorno, ho riprovato con un'altra carta ed è andato tutto a buon fine, mi è arrivata la conferma.
Volevo solo chiedere: avete una cena vegetariana? Siamo in quattro e due di noi non mangiano carne.

Grazie e a presto,
Laura

Il giorno 2 agosto 2024, alle 18:30, Rifugio Cimabella <info@rifugio-cimabella.example> ha scritto:
> Gentile Laura, il pagamento della caparra di 80 € non è andato a buon fine (transazione rifiutata
> dalla banca). La preghiamo di ripetere il pagamento entro 48 ore, altrimenti la prenotazione
> verrà annullata."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paolo Ferri <p.ferri@logisticanord.example>",
         to="support@robomag.example",
         subject="App tablet per le missioni si chiude da sola",
         body="""\
Ciao,
da ieri l'app su tablet per assegnare le missioni ai robot di magazzino si chiude da sola appena
apriamo la schermata "Missioni". Succede su tutti e tre i tablet del turno.

Per ora ce la caviamo: dal PC dell'ufficio la console web funziona e il capoturno assegna le missioni
da lì, poi le comunica a voce. I robot lavorano normalmente. È solo scomodo, ma vorremmo una
correzione prima del picco di fine mese.

Versione app 4.2.1, Android 13.
Paolo Ferri - Logistica Nord, magazzino di Piacenza"""),

    dict(n=24, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ing. Sara Vitale <s.vitale@costruzionivitale.example>",
         to="assistenza@cantierecam.example",
         subject="Re: Re: Telecamere cantiere Via Pacinotti - TERZO SOLLECITO",
         body="""\
Terzo sollecito.

Le telecamere del cantiere di via Pacinotti continuano a non trasmettere nulla: sul portale risultano
ancora "offline" tutte e sei. Sono passati otto giorni e nessuno ci ha richiamato.

Giovedì mattina abbiamo l'ispezione dell'assicurazione, che per la polizza richiede la
videosorveglianza notturna attiva. Senza immagini rischiamo di perdere la copertura per le gru e il
materiale in deposito. Vi chiedo un tecnico in cantiere entro mercoledì.

Sara Vitale
Costruzioni Vitale srl - 045 000 7734

Il giorno 28 ottobre, alle 17:02, Sara Vitale <s.vitale@costruzionivitale.example> ha scritto:
> Vi riscrivo: le telecamere non trasmettono ancora, e di notte il cantiere è scoperto.
> Ticket CC-99120.
>
> Il giorno 24 ottobre, alle 08:45, Sara Vitale <s.vitale@costruzionivitale.example> ha scritto:
>> Buongiorno, da stanotte il portale mostra tutte le telecamere del cantiere di via Pacinotti
>> offline, nessuna immagine disponibile."""),
]
