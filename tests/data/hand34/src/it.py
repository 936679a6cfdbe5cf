# blind35 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Ferraro <giulia.ferraro@libero.example>",
         to="assistenza@farmaciasalus.example",
         subject="Siringa dosatrice nello sciroppo per bambini",
         body="""\
Buongiorno,

ieri ho ricevuto dalla vostra farmacia online l'ordine n. FS-208874 con lo sciroppo di paracetamolo per mia figlia (2 anni, 11 kg). Il pediatra ci ha detto 5 ml ogni 6 ore. Nella confezione c'era una siringa dosatrice, e io ho riempito fino alla tacca con scritto "5 ml". Stamattina, confrontandola con il misurino di un altro farmaco, mi sono accorta che quella tacca corrisponde in realtà a 10 ml.

Quindi le ho dato il doppio per tre volte. Oggi la bambina è molto sonnolenta, ha vomitato due volte e non vuole mangiare. Siamo al pronto soccorso pediatrico, le stanno facendo gli esami del sangue.

Vi scrivo perché anche altri genitori potrebbero avere la stessa siringa nella confezione. Il lotto sulla scatola è PX2419B.

Giulia Ferraro
cell. 347 118 2093"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Roberto Esposito <roberto.esposito@alice.example>",
         to="clienti@calorservizi.example",
         subject="Dopo la manutenzione della caldaia",
         body="""\
Salve,

martedì è venuto il vostro tecnico per la manutenzione annuale della caldaia (contratto 55-0932). Gentilissimo, ha fatto tutto in mezz'ora e mi ha anche spiegato come abbassare la temperatura di notte per risparmiare. Ho pagato e mi ha lasciato il bollino.

Da mercoledì però in casa c'è qualcosa che non va. In cucina, vicino alla caldaia, si sente un odore strano, come di uova marce, più forte la mattina. Io e mia moglie ci svegliamo tutti e due con il mal di testa e un po' di nausea, e ieri sera il rilevatore che abbiamo in corridoio ha fischiato due volte. Pensavamo fosse la pila scarica.

Stanotte siamo andati a dormire da mia suocera e abbiamo lasciato le finestre aperte. Può darsi che sia rimasto qualcosa di allentato? Potete mandare qualcuno a controllare oggi stesso?

Roberto Esposito
Via Caracciolo 41, Napoli
tel. 081 554 3321"""),
    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Alessio Greco <alessio.greco95@gmail.example>",
         to="supporto@pagaora.example",
         subject="telefono rubato non entro piu nell app",
         body="""\
ciao mi hanno rubato il telefono ieri sera sul tram, avevo la vostra app aperta col conto dentro
stamattina provo ad entrare dal pc e mi dice che mail e password sono cambiate?? non riesco piu a entrare e non vedo niente, non so se hanno fatto pagamenti
bloccate tutto per favore
Alessio Greco
cf GRCLSS95C12F205Z"""),
    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Avv. Francesca Ricci <f.ricci@studioricci.example>",
         to="servizioclienti@assicurazioni-aurora.example",
         subject="Documenti di altri assicurati nella mia area riservata",
         body="""\
Spett.le Aurora Assicurazioni,

accedendo questa mattina alla mia area riservata per scaricare la quietanza della polizza auto n. 7712093, nella sezione "Documenti" ho trovato, oltre ai miei, i documenti di almeno altre quattro persone a me sconosciute: polizze, carte d'identità scansionate, coordinate IBAN e, in un caso, una denuncia di sinistro con referti medici allegati.

Ho salvato alcune schermate a titolo di prova e mi sono subito disconnessa, senza aprire né scaricare altro. È ragionevole presumere che anche i miei documenti siano visibili ad altri clienti.

Vi chiedo di intervenire immediatamente, di comunicarmi per iscritto se i miei dati sono stati consultati da terzi e di confermarmi di aver effettuato la notifica al Garante per la protezione dei dati personali.

Distinti saluti
Avv. Francesca Ricci"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Colombo <marco@trattoriadamarco.example>",
         to="partner@mangiaqui.example",
         subject="Ordini non arrivano sul tablet - URGENTE",
         body="""\
Buonasera,

sono Marco della Trattoria da Marco, Milano (ID partner 40918). Dalle 19:10 il tablet non riceve più nessun ordine. L'app dice "In linea" ma non suona niente. Intanto i clienti ci chiamano arrabbiati perché hanno già pagato da voi, e i rider vengono qui a ritirare ordini che noi non abbiamo mai visto. Ne abbiamo già tre così.

Abbiamo riavviato il tablet, cambiato wifi, disinstallato e reinstallato l'app. Niente.

È venerdì sera, il momento in cui lavoriamo di più. Richiamatemi subito al 02 8845 1190.

Marco Colombo"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Elena Marchetti <segreteria@fisiomedica-verona.example>",
         to="assistenza@clinicasoft.example",
         subject="Gestionale fermo - pazienti in sala d'attesa",
         body="""\
Buongiorno,

scrivo dalla segreteria del Centro FisioMedica di Verona, anche per conto dei nostri 9 terapisti.

Da stamattina alle 8:00 il gestionale non si apre su nessuna postazione:
- dopo il login resta la rotellina che gira per minuti, poi compare "Errore 503 - Service Unavailable"
- non vediamo l'agenda, quindi non sappiamo chi è prenotato e con quale terapista
- non possiamo aprire le cartelle dei pazienti né emettere ricevute
- con l'app sul cellulare succede la stessa cosa

Abbiamo la sala d'attesa piena e stiamo richiamando i pazienti uno per uno per capire a che ora avevano l'appuntamento. Vi prego di richiamarci al 045 661 2087 appena possibile.

Elena Marchetti
Segreteria - Centro FisioMedica
Codice cliente CS-3381"""),
    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Adrian Popescu <adrian.popescu@yahoo.example>",
         to="assistenza@fibraveloce.example",
         subject="Internet non funziona da 2 giorni",
         body="""\
Buongiorno,

io sono vostro cliente da 1 anno, contratto Fibra Casa 1000. Da domenica sera il modem ha la luce "Internet" rossa e non va niente, né wifi né con il cavo. Ho fatto il reset come dice vostro sito, ho spento e acceso molte volte, non cambia niente.

Io lavoro da casa come programmatore e senza internet non posso lavorare, ieri sono dovuto andare da mio cugino. Per favore mandate un tecnico presto, anche domani mattina va bene, io sono sempre a casa.

Grazie mille
Adrian Popescu
Via Nizza 128, Torino
codice cliente 00918273"""),
    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Luca Bianchi <lucabianchi.gaming@gmail.example>",
         to="support@stellaforge-games.example",
         subject="disconnessioni ogni sera",
         body="""\
Ciao,
da circa una settimana, la sera dopo le 21, il gioco mi butta fuori dal server ogni 10-15 minuti con "Connessione al server persa (codice 0x3F)". Di giorno va tutto liscio, e prima dell'ultima patch non succedeva mai. Le partite classificate interrotte così mi vengono contate come abbandono e mi tolgono punti.
La mia connessione è a posto, ho provato anche con l'hotspot del telefono e succede uguale.
È un problema vostro o devo cambiare qualcosa io?
Luca (nick: LuBianco_92)"""),
    dict(n=9, signals="outage,account", priority="high", trap="-", qt=0, reply=0,
         frm="Sara Conti <sara.conti@outlook.example>",
         to="assistenza@palestrefit.example",
         subject="Nessuno riesce ad accedere all'app",
         body="""\
Salve,

sono iscritta alla sede di Bologna Mazzini. Da ieri pomeriggio l'app non mi fa più accedere: inserisco email e password, mi chiede il codice via SMS, che però non arriva mai. Se lo richiedo compare "Troppi tentativi, riprova più tardi".

Non sono l'unica: alla reception mi hanno detto che stamattina almeno trenta persone si sono lamentate della stessa cosa. Siccome i corsi si prenotano solo dall'app e il QR code per i tornelli sta lì dentro, stamattina c'era gente fuori che non riusciva nemmeno a entrare.

Potete sistemare al più presto? Al momento non posso né prenotare né entrare in palestra.

Grazie,
Sara Conti
tessera n. 11820-BO"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paolo Gallo <paolo.gallo@tiscali.example>",
         to="rimborsi@volaitalia-air.example",
         subject="Rimborso volo cancellato PNR K7XQ2M non ancora ricevuto",
         body="""\
Gentili signori,

il mio volo è stato cancellato dalla vostra compagnia e il 12 ottobre ho chiesto il rimborso. Ad oggi non ho ricevuto nulla. Riporto qui sotto la vostra conferma:

---------- Messaggio inoltrato ----------
Da: VolaItalia <noreply@volaitalia-air.example>
Oggetto: Conferma richiesta di rimborso
Codice prenotazione (PNR): K7XQ2M
Volo: VI 1432 Roma Fiumicino - Catania, 10/10/2026
Passeggeri: 2
Importo da rimborsare: 238,40 EUR
Metodo: carta di credito utilizzata per l'acquisto
Il rimborso verrà elaborato entro 7 giorni lavorativi.
-----------------------------------------

Sono passate quasi otto settimane. Vi chiedo di procedere al rimborso o di dirmi a che punto è la pratica.

Cordiali saluti
Paolo Gallo"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Chiara Moretti <chiara.moretti@gmail.example>",
         to="amministrazione@immobiliare-santandrea.example",
         subject="Restituzione deposito cauzionale - Via Po 22 int. 5",
         body="""\
Buongiorno,

ho lasciato l'appartamento di Via Po 22, int. 5, il 31 ottobre, con verbale di riconsegna firmato dal vostro incaricato e nessun danno segnalato. Il contratto prevede la restituzione del deposito cauzionale (1.800 €) entro 30 giorni, ma finora non ho ricevuto niente e le mie due mail di novembre sono rimaste senza risposta.

Quei soldi mi servono con urgenza: entro venerdì devo versare la caparra per il nuovo appartamento, altrimenti lo perdo.

Vi chiedo di effettuare il bonifico sull'IBAN IT60 X054 2811 1010 0000 0123 456 entro mercoledì e di inviarmi la contabile.

Grazie,
Chiara Moretti
tel. 333 901 2277"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Davide Rinaldi <davide.rinaldi@fastwebnet.example>",
         to="aiuto@cinestream.example",
         subject="Addebito dopo la disdetta",
         body="""\
Ciao,

ho disdetto l'abbonamento Premium il 3 novembre (ho ancora la vostra mail di conferma, quella con "Ci dispiace vederti andare via"), eppure il 1° dicembre mi avete addebitato di nuovo 13,99 € sulla carta che finisce con 4471.

Da allora non ho più usato il servizio, potete controllare. Vorrei il rimborso dei 13,99 € e la conferma che l'abbonamento è davvero chiuso, perché non ho nessuna voglia di ritrovarmi lo stesso addebito a gennaio.

Davide Rinaldi"""),
    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Anna Lombardi <anna.lombardi@virgilio.example>",
         to="clienti@spesafacile.example",
         subject="Voce da 0,90 € sulla ricevuta",
         body="""\
Buongiorno,

una curiosità sull'ultima spesa (ordine 4400127, consegnato sabato): in fondo alla ricevuta c'è una voce "Contributo shopper compostabili 0,90 €" che non avevo mai visto prima. È una novità? Non è un problema, vorrei solo capire se posso evitarla restituendo le mie borse al fattorino.

Grazie e buona giornata
Anna Lombardi"""),
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Matteo Fontana <m.fontana.lavoro@gmail.example>",
         to="supporto@postamia.example",
         subject="Codice di verifica non arriva",
         body="""\
Buongiorno, da ieri quando entro nella mia casella matteo.fontana@postamia.example da un computer nuovo mi chiede il codice di verifica via SMS ma non mi arriva niente, il numero è giusto (finisce con 882).
Dal telefono invece sono ancora dentro. Come faccio? Vi scrivo da un'altra mail.
Matteo Fontana"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Giuseppe Santoro <giuseppe.santoro@libero.example>",
         to="assistenza@identitadigitale-pa.example",
         subject="Credenziali bloccate - scadenza domanda assegno",
         body="""\
Buongiorno,

dopo aver inserito tre volte un codice OTP sbagliato (mi era arrivato in ritardo), le mie credenziali di identità digitale risultano bloccate. Quando provo ad accedere compare "Utenza sospesa. Contattare l'assistenza". La procedura di sblocco online chiede di nuovo di accedere, quindi giro in tondo.

Il problema è che entro giovedì 10 dicembre devo presentare la domanda per l'assegno di mio figlio sul portale dell'ente previdenziale, a cui si accede solo con queste credenziali. Se salta la scadenza perdo tre mensilità.

Vi chiedo di sbloccare l'utenza il prima possibile. Codice fiscale: SNTGPP78M04L219K.

Cordiali saluti
Giuseppe Santoro
cell. 340 772 1059"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Valentina Caruso <valentina.caruso@gmail.example>",
         to="servizioclienti@tecnomondo.example",
         subject="Account di mio padre - link per la password scaduto",
         body="""\
Salve,

vi scrivo per conto di mio padre, Salvatore Caruso, che ha 82 anni e con il computer non se la cava molto. Ha un account da voi con la mail salvatore.caruso@alice.example, dove ci sono i dati della garanzia estesa della lavatrice e del televisore.

Ha dimenticato la password. Ha cliccato su "Password dimenticata?", ma quando apre il link che arriva per mail (di solito il giorno dopo...) gli dice "Link scaduto". Ne abbiamo richiesti tre ed è sempre uguale. Ieri ero da lui e ho provato io subito, ma il link mi riportava alla pagina di accesso senza chiedere nessuna nuova password.

Potete reimpostarla voi o dirci come fare? Io sono raggiungibile al 328 554 1906.

Grazie mille,
Valentina Caruso"""),
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ernesto Villa <ernesto.villa@libero.example>",
         to="sportello.online@acquedotto-brianza.example",
         subject="Come cambio la mail per le bollette?",
         body="""\
Buongiorno,

vorrei che le bollette dell'acqua mi arrivassero a questo indirizzo invece che a quello vecchio del lavoro. Nell'area clienti trovo solo "Modifica recapito postale". Dove si cambia l'indirizzo email? E se lo cambio, devo anche rifare la password?

Grazie,
Ernesto Villa
codice utenza 2200981"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Federica Marino <federica.marino@gmail.example>",
         to="info@cucinaviva-elettrodomestici.example",
         subject="La vostra friggitrice ad aria è una bomba!",
         body="""\
Ciao a tutti,

volevo solo dirvi che la friggitrice ad aria FlashCrisp XL che mi hanno regalato per il compleanno è una bomba. Le patatine vengono da paura, e mio marito, che di solito in cucina combina disastri, adesso fa delle alette di pollo piccanti "che spaccano" (parole sue). Ieri sera la cena era letteralmente di fuoco, ma solo per colpa del peperoncino!

Una domanda: il cestello si può mettere in lavastoviglie o rischio di rovinare il rivestimento?

Continuate così!
Federica"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Simone Barbieri <simone.barbieri@hotmail.example>",
         to="segreteria@linguaviva-scuola.example",
         subject="Informazioni prima dell'iscrizione al corso di inglese",
         body="""\
Buongiorno,

sto pensando di iscrivermi al corso serale di inglese B2 che parte a gennaio (quota 480 €). Prima di pagare vorrei capire alcune cose:

- se dopo le prime lezioni mi accorgo che il livello è troppo alto, posso passare a un altro corso o chiedere il rimborso?
- in caso di ritiro per motivi di lavoro (a volte mi mandano in trasferta per settimane) rimborsate una parte della quota?
- il pagamento si può fare in due rate?

Grazie per le informazioni,
Simone Barbieri"""),
    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Lucia Ferri <lucia.ferri@tin.example>",
         to="eventi@bancadelborgo.example",
         subject="Iscrizione al webinar su truffe online e furto d'identità",
         body="""\
Buongiorno,

ho ricevuto la vostra newsletter con l'invito al webinar "Truffe online, phishing e furto d'identità: come difendersi" di giovedì 17 dicembre. Mi piacerebbe partecipare insieme a mia madre, che ha 75 anni e continua a ricevere SMS strani che sembrano della banca o delle poste (per fortuna finora li ha sempre cancellati).

Possiamo seguirlo in due dallo stesso computer o serve un'iscrizione a testa? E sarà disponibile la registrazione? Il giovedì lavoro fino alle 18 e rischio di perdermi la prima parte.

Grazie,
Lucia Ferri"""),
    dict(n=21, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Irene De Luca <irene.deluca@gmail.example>",
         to="assistenza@fotostampa-click.example",
         subject="R: Account bloccato dopo il cambio password",
         body="""\
Buongiorno Stefano,

ho provato adesso e funziona tutto: sono riuscita a entrare e l'album per il calendario c'è ancora. Grazie davvero!

Già che ci sono: se ordino stasera il calendario 2027 in formato A3, fate in tempo a consegnarlo entro il 20 dicembre?

Irene

Il giorno lun 30 nov 2026 alle ore 17:05 Assistenza FotoStampa Click <assistenza@fotostampa-click.example> ha scritto:
> Gentile Irene,
> il suo account risultava bloccato per troppi tentativi di accesso
> non riusciti dopo il cambio password. Lo abbiamo sbloccato: può
> riprovare ad accedere con la nuova password.
> Stefano - Assistenza FotoStampa Click
>
>> Dopo aver cambiato la password non riesco più ad accedere al mio
>> account: dice "Account bloccato" anche se la password è giusta."""),
    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Rosa Pellegrini <rosa.pellegrini@alice.example>",
         to="clienti@corrierelampo.example",
         subject="Un grazie al vostro corriere",
         body="""\
Buonasera,

vi scrivo solo per ringraziare il vostro corriere della zona di Lucca (credo si chiami Gianni). Martedì, durante il temporale, era saltata la corrente in tutta la via e il citofono era morto. Lui non si è perso d'animo: mi ha chiamata al cellulare, ha aspettato che scendessi giù al portone con la torcia e mi ha consegnato il pacco asciutto, nonostante il diluvio.

Dentro c'erano le medicine per la pressione di mio marito, quindi per noi è stato davvero un salvavita. Fategli i complimenti da parte nostra!

Cordiali saluti
Rosa Pellegrini"""),
    dict(n=23, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Giorgio Testa <giorgio.testa@gmail.example>",
         to="guasti@luceverde-energia.example",
         subject="Via Garibaldi e dintorni senza corrente da stanotte",
         body="""\
Buongiorno,

vi segnalo che non si tratta solo di casa mia: da stanotte verso le 3 sono senza corrente tutti i palazzi di Via Garibaldi, Via Mameli e Piazza Cavour a Pavia. Parliamo di centinaia di famiglie e di diversi negozi che stamattina non hanno potuto aprire. Al numero verde la linea cade dopo il messaggio registrato, e sul vostro sito la mappa dei guasti non segnala niente nella nostra zona.

Nel mio condominio (36 appartamenti) l'ascensore è fermo e i frigoriferi cominciano a perdere acqua. Potete almeno dirci se siete a conoscenza del guasto e quando pensate di ripristinare la fornitura?

Giorgio Testa
amministratore condominio Via Garibaldi 14
POD IT001E88120934"""),
    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Beatrice Gentile <beatrice.gentile@studiogentile.example>",
         to="help@fatturalampo.example",
         subject="Scarica PDF delle fatture non funziona",
         body="""\
Ciao,

da lunedì il pulsante "Scarica PDF" nelle fatture non fa niente: clicco, compare per un attimo "Generazione in corso…", poi sparisce e non scarica nulla. Succede con Chrome e con Firefox, su tutte le fatture, anche su quelle vecchie.

Per ora mi arrangio: apro l'anteprima e faccio "Stampa > Salva come PDF" dal browser, il risultato è accettabile, quindi non è un'emergenza. Però a fine mese devo mandare una quarantina di fatture ai clienti e farle una per una così è lunghissimo.

Riuscite a sistemarlo nei prossimi giorni?

Grazie,
Beatrice Gentile
P. IVA 01234560987"""),
]
