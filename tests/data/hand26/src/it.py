# blind27 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Andrea Colombo <andrea.colombo@posta.example>",
         to="assistenza@cameretteleo.example",
         subject="Letto a castello Duetto 2 - sponda superiore",
         body="""\
Buongiorno,

vi scrivo per il letto a castello Duetto 2 che abbiamo montato a settembre seguendo le istruzioni
(ordine n. 30-118472). Stanotte verso le due abbiamo sentito un tonfo: la sponda del piano di
sopra si è sfilata dai due perni ed è finita sul pavimento, e nostra figlia Giulia (7 anni) è
caduta giù insieme a lei. Siamo rimasti al pronto soccorso fino alle sei, ha il polso ingessato e
un bernoccolo in fronte.

Stamattina ho controllato: i perni sono ancora avvitati al loro posto, sono i fori nella sponda
che si sono allargati, il truciolato intorno si sbriciola con le dita. Ho fatto le foto.
Il fratellino dorme nel letto di sotto; per ora dormono tutti e due in camera con noi.

Vorrei sapere come procedere e se vi sono arrivate altre segnalazioni simili.

Cordiali saluti,
Andrea Colombo"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Salvatore Greco <salvo.greco@mail.example>",
         to="clienti@vapora.example",
         subject="pentola Vapora 6L - VERGOGNA",
         body="""\
Ieri sera la vostra pentola Vapora 6 litri si è aperta da sola mentre la valvola fischiava
ancora. Il coperchio è saltato via, mezzo minestrone è finito sul soffitto e il resto addosso a
mia moglie che stava accanto ai fornelli. Ha il braccio e il collo tutti rossi con le bolle,
stanotte non ha dormito e oggi siamo di nuovo dal medico.

La pentola ha otto mesi, la guarnizione l'ho cambiata ad agosto con quella originale. La maniglia
di chiusura adesso gira a vuoto anche con il coperchio chiuso.

Voglio sapere chi mi risponde di questo. Ho conservato tutto, pentola compresa.

Salvatore Greco
Catania"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Federica Marchetti <fede.marchetti@mail.example>",
         to="supporto@nidobimbo.example",
         subject="Domanda sulla fibbia del seggiolino Nido Plus",
         body="""\
Buonasera,

è normale che la fibbia centrale del seggiolino Nido Plus si apra da sola? Mi è successo due
volte questa settimana mentre guidavo: mi giro al semaforo e mio figlio (2 anni) ha le cinghie
larghe sulle spalle e la fibbia aperta. Lui non arriva a premere il bottone rosso, gliel'ho
fatto provare da fermi. Quando la chiudo fa click, ma se tiro forte le cinghie verso l'alto ogni
tanto si sgancia.

Il seggiolino l'abbiamo comprato a marzo. Posso continuare a usarlo intanto?

Grazie,
Federica"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Marco Ferri <m.ferri@lanificioberti.example>",
         to="helpdesk@lanificioberti.example",
         subject="Portale HR - vedo i cedolini di altri colleghi",
         body="""\
Ciao ragazzi,

stamattina sono entrato nel Portale HR per scaricare il cedolino di ottobre e nella sezione
"I miei documenti" ci sono anche i cedolini di altre persone, almeno una trentina, mi sembra tutto
l'ufficio acquisti. Dai nomi dei file si capisce di chi sono; ne ho aperto uno solo per capire
cos'era (c'erano IBAN, stipendio, trattenute, anche una cessione del quinto) e l'ho chiuso subito.

Non so da quando è così e non so se altri vedono i miei. Ho avvisato anche il mio responsabile.

Marco Ferri
Amministrazione - int. 2214"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Elisa Rinaldi <notte@hotelbelvedere-rimini.example>",
         to="support@chiaveweb.example",
         subject="Hotel Belvedere Rimini - tessere camere",
         body="""\
Buonasera, scrivo dalla reception dell'Hotel Belvedere (84 camere, codice cliente HB-2207).

Dalle 21:30 le tessere appena codificate non aprono nessuna porta: il codificatore dice "OK",
ma sulla serratura la luce lampeggia rossa. Da mezz'ora anche le tessere degli ospiti arrivati
ieri hanno smesso di funzionare, quindi la gente torna dal ristorante e non entra in camera.
Ho la hall piena e un pullman di 40 persone in arrivo alle 23.

Stiamo aprendo con le due chiavi meccaniche di servizio, ma siamo in tre in tutto l'hotel.
Il numero d'emergenza suona a vuoto. Richiamateci al numero della reception, subito.

Elisa Rinaldi
Night manager"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Davide Sartori <d.sartori@energyfitclub.example>",
         to="assistenza@varcogate.example",
         subject="Tornelli - tutte le sedi Energy Fit",
         body="""\
Buonasera,

da circa le 17:40 in tutte e nove le sedi Energy Fit i tornelli non si aprono: il socio avvicina il
QR dell'app al lettore e il lettore non reagisce, né verde né rosso. Anche i badge fisici dello
staff non vengono letti. Lunedì sera è il nostro momento di punta: ho code fuori dalle porte a
Milano, Monza e Bergamo e il personale sta facendo passare la gente dal cancello di servizio
segnando i nomi a mano.

Abbiamo già riavviato i controller in due sedi senza risultato.

Chiamatemi sul cellulare aziendale, è nel contratto.

Davide Sartori
Responsabile Operations - Energy Fit Club S.r.l."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Chiara Benedetti <studio@fisiobenedetti.example>",
         to="supporto@agendafisio.example",
         subject="Non riesco a salvare le schede pazienti",
         body="""\
Salve,

da stamattina quando premo "Salva" nella scheda di un paziente non succede niente: il pulsante
diventa grigio per un secondo e poi torna normale, ma chiudendo la scheda le note della seduta
sono sparite. Ho provato con Chrome ed Edge, e anche dal tablet.

Lavoro da sola, ho otto pazienti oggi e non posso registrare né le sedute né i pagamenti.
Per ora scrivo tutto su carta, ma così non posso andare avanti domani.

Chiara Benedetti
Fisioterapista - Studio Benedetti, Pesaro"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Paola Vitale <biglietteria@museocartiera.example>",
         to="assistenza@tixarte.example",
         subject="Prenotazioni online in ritardo nel gestionale",
         body="""\
Buongiorno,

da qualche giorno le prenotazioni fatte sul nostro sito compaiono nel gestionale della
biglietteria con cinque o sei ore di ritardo. Chi prenota la mattina per il pomeriggio, quando
arriva al varco non risulta, e le cassiere devono controllare la mail di conferma sul telefono
del visitatore e inserirlo a mano.

Per ora ce la facciamo, ma si formano piccole code e domenica inaugura la mostra sulle cartiere
storiche, con molti più visitatori. Potete verificare?

Grazie,
Paola Vitale
Museo della Cartiera - Fabriano"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Luca Bassi <luca.bassi@bassispedizioni.example>",
         to="assistenza.affiliati@lariopacchi.example",
         subject="R: R: Palmari non sincronizzano le consegne - affiliato Lecco",
         body="""\
Siamo al terzo giorno ed è ancora tutto uguale. Vi chiedo di chiamarmi oggi.

Luca Bassi

Il giorno mar 10 nov 2026 alle ore 08:12 Luca Bassi <luca.bassi@bassispedizioni.example> ha scritto:
> Buongiorno, nessuna risposta a ieri. I miei quattro autisti continuano a registrare le
> consegne sul palmare ma sul portale restano tutte "in consegna". I clienti ci chiamano perché
> il tracking non si aggiorna e due mittenti minacciano di passare a un altro corriere.
>
> Il giorno lun 9 nov 2026 alle ore 18:47 Luca Bassi <luca.bassi@bassispedizioni.example> ha
> scritto:
>> Buonasera, da stamattina i palmari della filiale di Lecco non sincronizzano: le firme e le
>> foto di consegna restano in coda sul dispositivo. Potete controllare?"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Stefano Gallo <stefano.gallo@mail.example>",
         to="supporto@ricaricaora.example",
         subject="Doppio addebito ricarica del 9 novembre",
         body="""\
Buongiorno,

lunedì 9 novembre ho fatto una ricarica alla colonnina di Via Emilia 212, Reggio Emilia (32 kWh).
Nell'app risulta una sola sessione da 19,20 euro, ma sulla carta mi sono arrivati due addebiti
identici alla stessa ora. Allego lo screenshot dell'estratto conto.

Mi restituite il secondo, per favore?

Stefano Gallo"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Graziella Fontana <graziella.fontana@posta.example>",
         to="resi@passopiccolo.example",
         subject="rimborso passeggino reso",
         body="""\
Gentili signori,

il 5 ottobre ho restituito il passeggino Trio Brezza che avevo regalato a mia nipote, perché
era il colore sbagliato. Lo ha ritirato il vostro corriere a casa mia, il numero del reso è
RS-77104. Sul sito c'è scritto che il rimborso arriva entro 14 giorni, ma sono passate più di
cinque settimane e sulla carta non ho visto niente. Sono 429 euro, per me non sono pochi.

Ho telefonato due volte al numero verde ma dopo venti minuti di musica cade la linea.

Distinti saluti,
Graziella Fontana"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Roberto Conti <roberto@casaconti-lagodicomo.example>",
         to="host@stanzeweb.example",
         subject="Bonifico di ottobre non arrivato - host ID 58820",
         body="""\
Buongiorno,

il pagamento delle prenotazioni di ottobre per il mio appartamento (host ID 58820), 1.840 euro,
doveva arrivare il 3 novembre. Nel pannello host risulta "Pagato" con data 3/11, ma sul conto non
è arrivato niente e la banca dice che non c'è nessun bonifico in entrata né in lavorazione.
L'IBAN nel profilo è corretto, non l'ho cambiato.

Per me è urgente: con quei soldi pago la ragazza delle pulizie e il 10 ho la rata del mutuo.
Mi mandate il CRO del bonifico o, se non è partito, lo fate partire subito?

Grazie,
Roberto Conti"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Nicola Pace <nicola@inkpace.example>",
         to="amministrazione@tattoosupply.example",
         subject="Fattura 2026/1184 da correggere",
         body="""\
Ciao,

la fattura 2026/1184 dell'ordine di aghi e cartucce è intestata a me come privato, senza partita
IVA e senza codice destinatario, quindi il commercialista non la può registrare. Nel mio profilo
ci sono i dati dello studio (Ink Pace di Nicola Pace, P.IVA 09876543210).

Mi potete fare nota di credito e rifarla intestata allo studio? Entro fine mese se possibile.

Grazie, Nicola"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Giuseppe Moretti <giuseppe.moretti1949@posta.example>",
         to="areaclienti@assicurasole.example",
         subject="utenza bloccata",
         body="""\
Egregi Signori,

mio nipote mi ha aiutato a registrarmi nell'area clienti per mandare i documenti del sinistro
della grandine sulla macchina (pratica n. SIN-2026-40127). Oggi ho provato da solo, ho sbagliato
la parola d'ordine tre volte e adesso c'è scritto "Utenza bloccata, contattare l'assistenza".

Il perito mi ha detto che i documenti vanno caricati entro venerdì. Come posso fare?
Preferirei essere chiamato al telefono di casa.

Distinti saluti,
Giuseppe Moretti"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Martina Esposito <martina.esposito@mail.example>",
         to="assistenza@voliazzurri.example",
         subject="Codice di verifica SMS non arriva",
         body="""\
Ciao, sto provando ad accedere al mio profilo sull'app per il volo di sabato Napoli-Catania
(PNR K7ZQ2M), ma il codice di verifica via SMS non arriva mai. Ho premuto "Invia di nuovo" almeno
dieci volte, il numero è giusto, gli altri SMS li ricevo.

Il check-in apre giovedì e vorrei fare tutto dall'app. Si può ricevere il codice via mail?

Martina"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Alessandro Ricci <ale.ricci@mail.example>",
         to="supporto@termocasa.example",
         subject="Login app termostato",
         body="""\
Buongiorno,

è normale che dopo l'ultimo aggiornamento l'app del termostato mi chieda di rifare il login ogni
volta che la apro? E una volta su due la password non viene accettata ("credenziali non valide"),
anche se è sempre la stessa. Ho già fatto due volte il recupero password questa settimana.

Il termostato in sé funziona, ma da fuori casa non riesco quasi mai a entrare.

Grazie,
Alessandro Ricci"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ionut Popescu <ionut.popescu@mail.example>",
         to="help@sfrecciamonopattini.example",
         subject="account disattivato senza motivo",
         body="""\
Buongiorno,

ieri sera mio account è stato disattivato. Quando apro app c'è scritto "Account sospeso per
violazione dei termini di servizio", ma io non ho fatto nessuna violazione, parcheggio sempre
nelle zone giuste e pago sempre. Non ho ricevuto nessuna email di spiegazione.

Io uso il monopattino ogni giorno per andare al lavoro al magazzino, alle 5 di mattina non ci
sono autobus. Stamattina sono arrivato in ritardo perché sono andato a piedi.

Per favore riattivate mio account o dite cosa devo fare. Il mio numero è quello del account.

Grazie
Ionut Popescu"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lorenzo Villa <lorenzo.villa@mail.example>",
         to="info@energyfitclub.example",
         subject="Corso di vogatore",
         body="""\
Ciao!

Volevo dirvi che il nuovo corso di vogatore del martedì è da paura. Ieri Sara ci ha ammazzati,
sono uscito a pezzi e stamattina non sentivo più le gambe, ma è stata la lezione più bella da
quando sono iscritto.

Domanda: avete intenzione di farlo anche il sabato mattina? Durante la settimana non sempre ce la
faccio.

Lorenzo (sede di Monza)"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Valentina Serra <vale.serra@mail.example>",
         to="ordini@profumidicasa.example",
         subject="Ricarica \"Fumo di Legno\" per diffusore",
         body="""\
Buongiorno,

vorrei sapere quando torna disponibile la ricarica "Fumo di Legno" da 250 ml per il diffusore a
ultrasuoni Nebbia. Sul sito è esaurita da settembre. Se invece è fuori produzione, avete una
fragranza simile? Mi piacerebbe qualcosa di caldo per l'inverno, non "Fiamma d'Ambra" che ho già
provato e trovo troppo dolce.

Grazie mille,
Valentina Serra"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Silvia Caruso <segreteria@studiodentisticocaruso.example>",
         to="supporto@dentalgest.example",
         subject="Password sul PDF dell'agenda",
         body="""\
Buongiorno,

ogni venerdì esporto in PDF l'agenda della settimana successiva e la mando alla collaboratrice
che lavora da casa. Visto che ci sono i nomi dei pazienti, il dottore vorrebbe che il PDF fosse
protetto da password. Si può impostare direttamente dal programma al momento dell'esportazione?
Non trovo l'opzione.

Grazie,
Silvia Caruso
Segreteria - Studio Dentistico Dott. Caruso"""),

    dict(n=21, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Emanuele De Luca <emanuele.deluca@mail.example>",
         to="info@lockerpunto.example",
         subject="Candidatura spontanea - tecnico manutentore locker",
         body="""\
Spettabile LockerPunto,

mi chiamo Emanuele De Luca, ho 34 anni e vivo a Torino. Vi invio la mia candidatura spontanea
come tecnico manutentore per la rete di armadietti automatici in Piemonte.

Negli ultimi sei anni ho lavorato come tecnico per una società di distributori automatici:
gestione dei guasti sul campo, interventi urgenti su serrature bloccate, sostituzione di schede e
alimentatori, ripristino dopo blackout e temporali. Ho patente B, auto propria e disponibilità
alla reperibilità nel fine settimana.

In allegato il mio CV. Resto a disposizione per un colloquio.

Cordiali saluti,
Emanuele De Luca"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Irene Bellini <irene.bellini@mail.example>",
         to="ordini@codascodinzola.example",
         subject="Re: Il pagamento del tuo ordine non è andato a buon fine",
         body="""\
Tutto a posto, grazie! Il pacco è arrivato ieri e Ugo non molla più la corda da tiro,
la porta in giro per casa tutto il giorno.

Irene

Il giorno mer 4 nov 2026 alle ore 09:31 Coda Scodinzola <ordini@codascodinzola.example> ha scritto:
> Ciao Irene,
> il pagamento del tuo ordine n. CS-55019 non è andato a buon fine: la carta è stata rifiutata.
> Puoi riprovare dal link qui sotto entro 48 ore, altrimenti l'ordine verrà annullato.
>
> Il team di Coda Scodinzola"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Francesca Lombardi <f.lombardi@mail.example>",
         to="assistenza@caldoclima.example",
         subject="App pompa di calore: dispositivo offline",
         body="""\
Buongiorno,

da lunedì l'app non si collega più alla pompa di calore di mia madre: dice sempre "Dispositivo
offline", anche se il modulo Wi-Fi ha la luce verde e la rete di casa funziona. La pompa di calore
in sé va benissimo, la casa è calda.

Per ora regolo gli orari dal pannello in cantina quando passo da lei, quindi nessuna urgenza, ma
l'app la usavo proprio per non dover andare ogni volta. Numero di serie PDC-9A-331870.

Grazie,
Francesca Lombardi"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Giorgio Mancini <giorgio.mancini@gruppoalimentareornato.example>",
         to="support@paghefacile.example",
         subject="Invio fogli presenze: errore per tutti i dipendenti - chiusura paghe oggi",
         body="""\
Buongiorno,

da stamattina nessuno dei circa 1.200 dipendenti del gruppo riesce a inviare il foglio presenze
di novembre: dopo "Invia al responsabile" compare "Errore 500 - riprova più tardi". Succede in
tutti e quattro gli stabilimenti, da PC e da app. Le presenze già salvate non si perdono, ma
restano in bozza e i responsabili non le vedono.

La chiusura paghe con il consulente è oggi alle 18: se i fogli non arrivano, gli stipendi di
novembre slittano per tutti. Chiedo una presa in carico immediata e un referente al telefono.

Giorgio Mancini
Responsabile Sistemi Informativi - Gruppo Alimentare Ornato S.p.A."""),
]
