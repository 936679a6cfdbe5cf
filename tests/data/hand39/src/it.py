# blind40 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Elena Ricci Fabbri <elena.riccifabbri@postaweb.example>",
         to="assistenza@farmaciacasa.example",
         subject="Ordine 20461 – consegnato il dosaggio sbagliato",
         body="""\
Buongiorno,

vi scrivo per mia madre, 84 anni, che ordina da voi i farmaci da più di un anno.
Nell'ordine 20461 del 3 dicembre c'era la levotiroxina da 100 microgrammi invece
che da 25, come invece è scritto sulla ricetta allegata all'ordine (l'ho
ricontrollata). La scatola è quasi uguale, lei non se n'è accorta e l'ha presa
per cinque giorni.

Da martedì aveva il cuore a mille, tremava e non dormiva. Ieri sera l'abbiamo
portata al pronto soccorso, l'hanno tenuta in osservazione tutta la notte e il
medico ha capito il motivo appena ha visto la scatola. Adesso sta meglio, ma
dovrà rifare gli esami.

Vorrei sapere come è potuto succedere e chi controlla gli ordini prima della
spedizione. Conservo la scatola e la bolla di consegna.

Distinti saluti,
Elena Ricci Fabbri"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Chiara Bonetti <chiara.bonetti@postaweb.example>",
         to="servizioclienti@termocalor.example",
         subject="Manutenzione caldaia di ieri – il rilevatore continua a suonare",
         body="""\
Buongiorno,

ieri mattina è venuto il vostro tecnico per la manutenzione annuale della
caldaia (contratto MC-77120, via Solferino 14, Brescia). Stanotte verso le 2 il
rilevatore di monossido in corridoio si è messo a suonare, ha smesso e poi ha
ricominciato alle 5. Stamattina io e i due bambini avevamo tutti mal di testa e
il piccolo ha vomitato.

Ho spento la caldaia, aperto tutte le finestre e adesso siamo da mia suocera.
Ho notato che il tubo dei fumi dietro la caldaia ora è un po' storto, prima
non lo era.

Mi serve che qualcuno venga a vedere oggi stesso, non possiamo rientrare a casa
così e fuori ci sono due gradi.

Chiara Bonetti
339 412 8870"""),

    dict(n=3, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesco Lo Russo <info@ceramichelorusso.example>",
         to="venditori@mercatobello.example",
         subject="Non riesco più ad accedere al negozio – email e IBAN cambiati",
         body="""\
Buongiorno,

ho un negozio sul vostro marketplace (Ceramiche Lo Russo, ID venditore
88-41207). Stamattina mi sono arrivate due email: una conferma il cambio
dell'indirizzo email dell'account, l'altra il cambio dell'IBAN per gli
accrediti. Non li ho fatti io.

Adesso la mia password non va più e il recupero manda il link al nuovo
indirizzo, che non è mio. Venerdì dovrebbe partire l'accredito delle vendite di
novembre, circa 3.200 euro, e a questo punto finirebbe su quel conto.

Vi prego di bloccare subito gli accrediti e di ridarmi l'accesso. Posso mandare
documento, visura camerale, tutto quello che serve.

Francesco Lo Russo
Ceramiche Lo Russo – Grottaglie (TA)
Tel. 099 561 2234"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Simona Ferrante <personale@coopgirasole.example>",
         to="assistenza@paghefacili.example",
         subject="I: Cedolini novembre",
         body="""\
Buongiorno,

vi inoltro la segnalazione che mi ha mandato ieri sera un nostro magazziniere.
Nel suo cedolino di novembre, scaricato dal vostro portale, in coda ci sono le
buste paga di altri 37 dipendenti della cooperativa: nomi, codici fiscali,
IBAN, stipendi, giorni di malattia. Ho fatto provare a due colleghi ed è lo
stesso: ognuno vede tutti.

Ho chiesto a tutti di non scaricare più nulla. Vi chiedo di togliere subito
l'accesso ai documenti di novembre e di dirci come intendete gestire la cosa,
anche per la notifica al Garante.

Cordiali saluti,
Simona Ferrante
Ufficio Personale – Cooperativa Sociale Il Girasole

-----Messaggio originale-----
Da: Alessio Marchetti <a.marchetti@coopgirasole.example>
Inviato: lunedì 7 dicembre 2026 21:12
A: Ufficio Personale <personale@coopgirasole.example>
Oggetto: Cedolini novembre

Ciao Simona, ho scaricato la busta paga dal portale e sono 38 pagine, ci sono
quelle di tutti, anche la tua e quella di Giorgio. Non so se è normale, ti
avviso.
Alessio"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Paolo Giordani <p.giordani@pastificiogiordani.example>",
         to="supporto@etipro.example",
         subject="Linee 2 e 3 ferme – etichette senza lotto",
         body="""\
Buongiorno,

da stamattina alle 6 le stampanti delle linee 2 e 3 escono con le etichette
senza lotto e senza data di scadenza: il campo arriva vuoto da EtiPro. Senza
lotto la merce non può uscire, quindi abbiamo fermato entrambe le linee. Ho 22
operai in turno fermi e un camion per un cliente della GDO che carica alle 14.

La linea 1, che ha ancora la versione installata in locale, va regolarmente.
Le altre due hanno l'aggiornamento di martedì.

Chiedo un intervento immediato, anche in teleassistenza. Il nostro referente IT
è Marco, 335 789 1140.

Ing. Paolo Giordani
Responsabile di Produzione
Pastificio Giordani S.r.l. – Gragnano (NA)

Le informazioni contenute in questo messaggio sono riservate e destinate
esclusivamente al destinatario. Chi lo ricevesse per errore è pregato di
darne notizia al mittente e di cancellarlo. Ogni uso non autorizzato è
vietato ai sensi del Reg. UE 2016/679."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Davide Zanella <frontoffice@hotelbellavista-garda.example>",
         to="help@hoteldesk.example",
         subject="Impossibile fare check-in – 64 arrivi oggi",
         body="""\
Buon pomeriggio,

sono il front office manager dell'Hotel Bellavista di Riva del Garda. Dalle
13:30, quando apriamo una prenotazione in HotelDesk, la schermata resta bianca
con la rotellina e il codificatore delle chiavi non riceve niente. Oggi abbiamo
64 arrivi, tra cui un gruppo di 40 persone di un congresso che arriva in
pullman alle 16.

Per ora facciamo aspettare gli ospiti nella hall con un caffè e apriamo le
camere con la master, ma non possiamo andare avanti così tutto il pomeriggio.
Non riusciamo nemmeno a chiudere i conti delle partenze.

Chiamateci allo 0464 552180 e chiedete di me.

Grazie,
Davide Zanella
Front Office Manager – Hotel Bellavista"""),

    dict(n=7, signals="outage", priority="high", trap="idiom", qt=0, reply=0,
         frm="Giulia Sartori <giulia.sartori.trad@postaweb.example>",
         to="assistenza@fibraveloce.example",
         subject="Fibra morta da giovedì – codice cliente 7734120",
         body="""\
Buongiorno,

vado dritta al punto: da giovedì mattina la fibra è morta. Il modem ha la spia
"Internet" rossa fissa, ho già fatto il reset, cambiato cavo, tutto. Il numero
verde mi ha aperto una segnalazione (n. 4419-22871) e mi ha detto 72 ore.

Lavoro da casa come traduttrice e ho tre consegne la settimana prossima. Sono
andata avanti con l'hotspot del telefono ma ieri sera ho finito i giga.

Potete mandare un tecnico prima? Sono a casa tutti i giorni.

Giulia Sartori
Via dei Mille 23, Padova"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Roberto Colombo <roberto.colombo@postaweb.example>",
         to="clienti@voltera-auto.example",
         subject="App: dati dell'auto fermi e clima da remoto che non parte",
         body="""\
Salve,

ho una Voltera E3 (targa GH 482 LK) e da circa due settimane l'app mostra
l'ultimo aggiornamento dell'auto fermo al 27 novembre: batteria, autonomia e
posizione sempre uguali. Anche il comando per accendere il clima da remoto
risponde "Impossibile contattare il veicolo".

L'auto per il resto va benissimo e si ricarica normalmente, quindi non è un
dramma, però con questo freddo la climatizzazione la mattina mi manca. Ho già
provato a reinstallare l'app e a rifare l'abbinamento.

Grazie,
Roberto Colombo"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Lorenzo Bassi <direzione@cinemaastra.example>",
         to="federica@bigliettiweb.example",
         subject="Piccola anomalia nella mappa posti da smartphone",
         body="""\
Ciao Federica,

una segnalazione senza fretta: sul sito della biglietteria, da smartphone, in
sala 2 la fila H appare spostata di mezzo posto a destra rispetto alle altre e
il posto H12 sembra finire sopra il corridoio. Da computer la mappa è giusta e
i clienti comprano comunque senza problemi; me l'hanno fatto notare un paio di
spettatori al bar.

Quando avete un momento, se riuscite a sistemarla.

Buona giornata,
Lorenzo Bassi
Cinema Teatro Astra – Cesena"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Matteo Ferri <studio@matteoferri-foto.example>",
         to="billing@nuvolastore.example",
         subject="Domanda sulla fattura dell'abbonamento",
         body="""\
Buongiorno,

ho l'abbonamento annuale Pro (rinnovato il 2 dicembre, 119,00 €) e ho scaricato
la fattura dal pannello. È intestata solo al mio nome, senza partita IVA.

Sono un fotografo con partita IVA: è possibile riemettere la fattura con i miei
dati fiscali (P.IVA 04871230961, codice destinatario M5UXCR1)? E per i prossimi
rinnovi, dove li inserisco per averli già in fattura?

Grazie mille,
Matteo Ferri – Fotografia"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Anna Gallo <anna.gallo@postaweb.example>",
         to="assistenza@italrail.example",
         subject="Addebito doppio biglietto Milano–Roma del 12/12",
         body="""\
Salve,

ieri sera ho comprato sull'app un biglietto Milano Centrale–Roma Termini per
sabato 12 dicembre (PNR K7HX2Q, 89,90 €). Il pagamento sembrava non andare a
buon fine, la pagina si è bloccata e ho riprovato. Il biglietto è uno solo, ma
sulla carta vedo due addebiti da 89,90 €.

Mi potete rimborsare quello in più? Allego lo screenshot dei movimenti.

Cordiali saluti,
Anna Gallo"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Gianluca Pellegrino <g.pellegrino@postaweb.example>",
         to="assistenza@rentsud.example",
         subject="R: Fattura noleggio n. 55-2093341",
         body="""\
Buongiorno,

nella fattura finale c'è un addebito di 96,50 € per "rifornimento carburante +
servizio". Ho riconsegnato l'auto a Catania aeroporto con il pieno: ho lo
scontrino del distributore dell'aeroporto delle 10:42 e la consegna è delle
11:05. L'addetto non ha segnato niente sul verbale.

Vi allego scontrino e foto del cruscotto e vi chiedo lo storno dell'importo.

Saluti,
Gianluca Pellegrino

Il giorno ven 4 dic 2026 alle ore 09:15 RentSud Autonoleggi <noreply@rentsud.example> ha scritto:
> Gentile cliente,
> in allegato la fattura finale relativa al noleggio n. 55-2093341
> (Catania Fontanarossa, 28/11–03/12).
> Importo totale addebitato: 312,40 €.
> Grazie per aver scelto RentSud."""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Rosaria Cantù <amministrazione@poggiodeilecci.example>",
         to="imprese@bancavalle.example",
         subject="URGENTE: bonifici stipendi respinti – distinta del 10/12",
         body="""\
Buongiorno,

ieri pomeriggio abbiamo caricato dal remote banking la distinta SEPA con gli
stipendi di novembre: 14 bonifici, totale 21.860,00 €. Stamattina la troviamo
tutta in stato "Respinta – IBAN beneficiario non valido", tutti e 14. Gli IBAN
sono gli stessi di ottobre, che era passata senza problemi. L'importo risulta
ancora disponibile sul conto.

Sono quasi tutti operai stagionali della raccolta delle olive, molti vivono con
quello e lo stipendio lo aspettavano oggi. Ho già tre persone che mi chiedono
dove sono i soldi.

Ci dite cosa è cambiato e come li facciamo partire oggi? Se serve passo in
filiale.

Rosaria Cantù
Amministrazione – Azienda Agricola Poggio dei Lecci"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Luisa Marini <luisa.marini@postaweb.example>",
         to="carta@piuspesa.example",
         subject="Come cambio il numero di cellulare della carta fedeltà?",
         body="""\
Buonasera,

ho cambiato numero di cellulare e vorrei aggiornarlo nell'app della carta Più
Spesa, dove entro con il codice via SMS. Nel profilo vedo il numero vecchio ma
non c'è nessun tasto per modificarlo. Il vecchio numero ce l'ho ancora fino a
fine mese, quindi per ora accedo senza problemi.

Come devo fare? Devo passare in punto vendita?

Grazie,
Luisa Marini"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Stefano Moretti <stefano.moretti@postaweb.example>",
         to="club@volaremiglia.example",
         subject="Link per reimpostare la password sempre scaduto",
         body="""\
Buongiorno,

sto cercando di entrare nel mio account del programma fedeltà (socio n.
1208447913) ma non ricordo la password. Ho chiesto il reset tre volte: la mail
arriva dopo due o tre ore e quando clicco il link esce "Link scaduto o non
valido". Ho provato anche da un altro browser.

Ho circa 48.000 miglia e vorrei prenotare un volo premio per febbraio, quindi
non è urgentissimo, ma vorrei risolvere.

Cordialmente,
Stefano Moretti"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Segreteria Studio Conti <segreteria@studioconti.example>",
         to="assistenza@doculex.example",
         subject="Richiesta variazione amministratore account – Studio Legale Conti & Associati",
         body="""\
Spett.le Assistenza,

con la presente Vi comunichiamo che l'Avv. Giuseppe Conti, attuale
amministratore dell'account dello Studio sulla piattaforma DocuLex, è andato in
pensione il 30 novembre u.s. Chiediamo pertanto:

1. il trasferimento del ruolo di amministratore all'Avv. Laura Conti
   (l.conti@studioconti.example);
2. la disattivazione dell'utenza dell'Avv. Giuseppe Conti, fermo restando che
   i fascicoli a lui assegnati devono restare accessibili allo Studio;
3. la creazione di un'utenza per la nuova praticante, Dott.ssa Elisa Ferrara.

Restiamo in attesa di indicazioni sulla documentazione necessaria.

Distinti saluti,
Segreteria – Studio Legale Conti & Associati
Corso Vittorio Emanuele II, 81 – 10128 Torino
Tel. 011 5623390

Il presente messaggio e gli eventuali allegati sono riservati e destinati
esclusivamente al destinatario indicato. Se lo avete ricevuto per errore, Vi
preghiamo di avvisare il mittente e di distruggerlo."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ionut Popescu <magazzino@ortofruttanord.example>",
         to="clienti.business@rapidocorriere.example",
         subject="Account bloccato, non posso stampare lettere di vettura",
         body="""\
Buongiorno,

sono Ionut Popescu, responsabile magazzino di Ortofrutta Nord srl (codice
cliente 330981). Stamattina il portale mi dice che la password è scaduta, io
ho messo nuova password ma dopo mi dice "utente bloccato per troppi
tentativi". Io ho provato solo due volte, giuro.

Problema è che oggi devo stampare 80 lettere di vettura e il vostro autista
passa a ritirare alle 16. Solo io ho l'accesso in azienda. Se non stampo la
merce resta qua, ed è frutta, non può aspettare domani.

Per favore sbloccate utente o mandate nuova password alla mia mail. Grazie
mille.

Ionut Popescu
Ortofrutta Nord srl – Verona"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Valentina Rosso <vale.rosso@postaweb.example>",
         to="info@salumificiocalabro.example",
         subject="La vostra 'nduja è una bomba!",
         body="""\
Ciao ragazzi,

vi scrivo solo per dirvi che la 'nduja piccante presa al vostro stand alla
fiera di Torino è una bomba. Mio marito ne ha spalmata mezza bruschetta, gli è
andata a fuoco la bocca e ha pianto per dieci minuti, poi se n'è presa
un'altra fetta: piccante da morire ma da urlo. Sabato ci ho fatto la pasta per
gli amici e hanno fatto fuori il vasetto in mezza serata.

Domanda: c'è un negozio a Torino che la vende o si ordina solo online? E la
spedizione refrigerata serve o regge anche un paio di giorni fuori frigo?

Grazie e continuate così!
Valentina"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Marta Vitale <ordini@libreriailsegnalibro.example>",
         to="sara.ordini@edizionifaro.example",
         subject="Ordine libreria – novità di gennaio",
         body="""\
Ciao Sara,

ti mando l'ordine per le novità di gennaio e un paio di riassortimenti:

- "Veleno in Laguna" (il nuovo giallo della Ferretti) – 8 copie
- "Il furto della Madonna nera" – 4 copie
- "Morte al Rifugio Bianco" – 5 copie, ce lo chiedono già in tre
- "Allarme rosso. Primo soccorso per genitori" – 3 copie
- riassortimento "Hacker per un giorno" (ragazzi) – 6 copie, è esploso dopo
  il servizio in TV

Per "Morte al Rifugio Bianco" l'autrice verrebbe volentieri da noi per una
presentazione a febbraio: ci metti in contatto con l'ufficio stampa?

Grazie, a presto,
Marta Vitale
Libreria Il Segnalibro – Ascoli Piceno"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Anna Maria Bellini <dirigente@icrodari-lecco.example>",
         to="formazione@cybersicura.example",
         subject="Richiesta preventivo corso sicurezza informatica per il personale",
         body="""\
Gentili,

sono la Dirigente dell'Istituto Comprensivo "G. Rodari" di Lecco. Dopo che in
un istituto vicino un attacco di phishing ha portato al furto delle credenziali
del registro elettronico e a una violazione dei dati degli alunni, vorremmo
organizzare un corso per i circa 90 docenti e i 12 amministrativi.

Ci interesserebbero in particolare: come riconoscere le email truffa, la
gestione delle password e cosa fare in caso di data breach (obblighi verso il
Garante).

Potreste inviarci un preventivo, la durata e dirci se il corso si può fare
online? Il budget va impegnato entro febbraio.

Cordiali saluti,
Prof.ssa Anna Maria Bellini
Dirigente Scolastica"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Antonio Esposito <antonio.esposito71@postaweb.example>",
         to="montaggi@cucinearte.example",
         subject="Spostare il montaggio cucina del 14 dicembre",
         body="""\
Buongiorno,

avevo fissato con voi il montaggio della cucina per lunedì 14 dicembre (ordine
n. 2026/1187, Esposito). Purtroppo sabato ho avuto un incidente con lo scooter,
niente di grave, ma sono ancora in ospedale con una gamba rotta e forse mi
dimettono a fine settimana. Non c'è nessun altro che possa aprire casa quel
giorno.

Possiamo spostare il montaggio alla settimana dopo, o anche a gennaio? La
cucina potete tenerla in magazzino fino ad allora?

Scusate il disturbo e grazie,
Antonio Esposito

Inviato da iPhone"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Silvia Marchi <silvia@collemarchi.example>",
         to="supporto@hostitalia.example",
         subject="Re: [Ticket #90217] Sito non raggiungibile – errore 503",
         body="""\
Perfetto, da ieri sera il sito si apre e gli ordini arrivano di nuovo. Grazie
mille per la velocità, Andrea!

Una curiosità: il certificato SSL si rinnova da solo o a marzo devo fare
qualcosa io?

Buona giornata,
Silvia Marchi
Cantina Colle Marchi

Il giorno mar 1 dic 2026 alle ore 17:02 Supporto HostItalia <supporto@hostitalia.example> ha scritto:
> Gentile Silvia,
> abbiamo individuato il problema sul server che ospita il suo sito: il disco
> pieno bloccava il servizio web. Abbiamo liberato spazio e riavviato.
> Ci conferma se ora funziona?
>
> > Il sito della cantina non si apre da stamattina, esce "503 Service
> > Unavailable". Siamo sotto Natale e il negozio online è fermo, ci
> > servirebbe subito."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Fabio Locatelli <hr@calzaturelocatelli.example>",
         to="supporto@timbrasmart.example",
         subject="Nessun dipendente riesce ad accedere all'app presenze",
         body="""\
Buongiorno,

dall'aggiornamento di stanotte nessuno dei nostri dipendenti riesce più a
entrare in TimbraSmart: dopo username e password il codice SMS non arriva,
oppure arriva e viene rifiutato ("codice non valido"). Parliamo di circa 140
persone in 9 punti vendita tra Bergamo e Brescia, che con l'app timbrano
l'entrata e vedono i turni.

Stamattina i responsabili di negozio hanno fatto firmare i fogli a mano, ma
nessuno vede i turni di domani e a fine mese dobbiamo chiudere le presenze per
le paghe. Dal pannello amministratore io entro (senza SMS), quindi sembra un
problema del secondo fattore.

Vi chiedo massima priorità.

Fabio Locatelli
Risorse Umane – Calzature Locatelli S.p.A."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nicola Serra <clinica@vetsanmarco.example>",
         to="assistenza@agendavet.example",
         subject="Il riquadro prenotazioni non compare più sul sito",
         body="""\
Ciao,

da qualche giorno sul sito della clinica il riquadro "Prenota una visita" non
compare più: al suo posto c'è uno spazio bianco. L'area riservata da cui
gestiamo l'agenda invece va benissimo.

Per ora ce la caviamo: abbiamo messo in evidenza il numero di telefono, i
clienti chiamano e le ragazze in reception inseriscono gli appuntamenti a mano.
Però di solito circa metà delle prenotazioni arrivava online, quindi appena
potete dateci un'occhiata.

Grazie,
Dott. Nicola Serra
Clinica Veterinaria San Marco – Sassari"""),
]
