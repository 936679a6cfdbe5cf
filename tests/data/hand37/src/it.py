# blind38 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesca Moretti <francesca.moretti@postamail.example>",
         to="assistenza@termoservicecaldaie.example",
         subject="Caldaia installata martedì - odore di gas in cucina",
         body="""\
Buongiorno,

martedì il vostro tecnico (credo si chiamasse Davide) ci ha sostituito la caldaia con il modello Aquaterm 24 a condensazione. Da ieri sera in cucina, vicino al mobile dove passa il tubo, si sente un forte odore di gas, che aumenta quando la caldaia si accende.

Stanotte mia figlia si è svegliata con mal di testa e nausea. Abbiamo spento tutto, chiuso il contatore, aperto le finestre e siamo andati a dormire da mia suocera con i bambini. Stamattina sono passati i vigili del fuoco, hanno fatto le misurazioni e ci hanno detto di non riaccendere niente finché l'installatore non controlla i raccordi.

Siamo senza riscaldamento e senza acqua calda, con due bambini piccoli. Vi chiedo di mandare qualcuno oggi stesso.

Francesca Moretti
Via Cesare Battisti 18, Bergamo
tel. 347 118 2290"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giorgio Bellini <giorgio.bellini@liberomail.example>",
         to="clienti@farmaciadigitale.example",
         subject="Ordine 88120 - confezione sbagliata",
         body="""\
Buonasera,

con l'ordine 88120 avevo ordinato per mia madre (84 anni) il suo Bisoprololo da 1,25 mg, come da ricetta del medico. Nella busta c'era invece una confezione da 10 mg, con sopra l'etichetta della farmacia che riportava "1,25 mg". Non me ne sono accorto e stamattina la badante gliene ha dato una compressa.

Verso mezzogiorno mia madre aveva il battito a 42, le girava la testa e non riusciva ad alzarsi. L'abbiamo portata al pronto soccorso di Cremona, dove è ancora in osservazione; i medici dicono che dovrebbe riprendersi, ma la terranno almeno fino a domani.

Vi chiedo di verificare subito come sia potuto succedere, perché se l'errore è nell'etichettatura può capitare ad altri clienti. Ho conservato la confezione e la busta.

Giorgio Bellini"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Elena Ricci <elena.ricci@mailbox-it.example>",
         to="info@laboratorioanalisisanmarco.example",
         subject="Ho ricevuto i referti di un'altra persona",
         body="""\
Buongiorno,

stamattina mi è arrivato via e-mail il link per scaricare i referti delle analisi che ho fatto venerdì. Il PDF però non è il mio: è intestato a un'altra paziente, con nome, data di nascita, codice fiscale e i risultati di tutti gli esami (compreso un test HIV e un test di gravidanza).

Non l'ho inoltrato a nessuno, ma a questo punto mi chiedo se i miei referti siano finiti a lei o a qualcun altro. Nei miei ci sono cose che non voglio vedere in giro.

Vorrei sapere cosa è successo e cosa devo fare del file che ho ricevuto.

Elena Ricci
tel. 333 904 1187"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="terse", qt=0, reply=0,
         frm="Matteo Conti <matteo.conti@fastposta.example>",
         to="supporto@papparapida.example",
         subject="Ordini che non ho fatto!!",
         body="""\
Ciao, stanotte dal mio account sono partiti 6 ordini verso un indirizzo di Milano (io abito a Bari), tutti pagati con la carta che avevo salvato: 312 € in totale. Non ho fatto nessun ordine. Ho cambiato la password e tolto la carta, ma vi chiedo di annullare gli ordini e ridarmi i soldi. È una truffa bella e buona.

Matteo Conti

Inviato dal mio smartphone Samsung Galaxy"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Alessandro Ferri <direzione@hotelbellavistagarda.example>",
         to="support@hotelcloudpms.example",
         subject="Nessuna prenotazione visibile - 58 arrivi oggi",
         body="""\
Buongiorno,

da stamattina alle 7 il gestionale si apre ma il planning delle camere è vuoto: nessuna prenotazione, né quelle di oggi né quelle future. Anche l'encoder delle chiavi magnetiche non riceve più i dati, quindi non riusciamo a programmare le tessere delle camere.

Oggi abbiamo 58 arrivi (due pullman di un tour operator tedesco alle 14 e alle 16) e 41 partenze. In questo momento facciamo i check-out a mano su un foglio Excel e assegniamo le camere a memoria, ma con gli arrivi del pomeriggio non ce la faremo.

Vi prego di richiamarmi subito allo 045 722 1180.

Alessandro Ferri
Direttore - Hotel Bellavista, Garda (VR)"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Chiara Galli <chiara.galli@eventiemotion.example>",
         to="assistenza@registrationhub.example",
         subject="URGENTE - piattaforma registrazioni non raggiungibile, il congresso apre alle 9",
         body="""\
Buongiorno,

la piattaforma di registrazione non è raggiungibile dalle 7:15 circa: sia il pannello organizzatore sia l'app dei totem di accredito danno "Errore 500 - Internal Server Error". Non possiamo né cercare i partecipanti né stampare i badge.

Il Congresso Nazionale di Cardiologia apre alle 9:00 al Palacongressi di Rimini con 820 iscritti; in fila ce ne sono già un centinaio e alle sale si accede solo con il badge (serve anche per i crediti ECM). Abbiamo 12 hostess ferme ai desk.

Chiamatemi al 335 602 4418, per favore.

Chiara Galli
Project Manager
Eventi Emotion S.r.l. - Congressi ed Eventi Medici
Via Flaminia 144, 47923 Rimini
Tel. +39 0541 880 214 | www.eventiemotion.example

Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono riservate e destinate esclusivamente alle persone o alla società sopra indicate. Qualora il messaggio sia stato ricevuto per errore, si prega di darne immediata comunicazione al mittente e di cancellarlo. La diffusione, distribuzione o copia non autorizzata è vietata ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lucia Marchetti <lucia@acconciatureluciamarchetti.example>",
         to="assistenza@prenotasalone.example",
         subject="non vedo più gli appuntamenti",
         body="""\
Buongiorno, da stamattina quando apro l'app sul tablet del negozio l'agenda è tutta bianca, e anche dal computer la pagina resta a caricare. Le clienti che prenotano online ricevono il messaggio "Impossibile completare la prenotazione".
Sono da sola in negozio, stanno già arrivando le prime clienti e non so chi ha prenotato per oggi né a che ora. Mi potete richiamare? 349 221 0563
Grazie
Lucia - Acconciature Lucia, Pesaro

Inviato da iPhone"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Roberto Esposito <roberto.esposito@inwind-mail.example>",
         to="assistenza@telefonia-onda.example",
         subject="SIM senza servizio da due giorni - numero 339 7781204",
         body="""\
Salve,

da giovedì sera il mio numero 339 7781204 non funziona più: il telefono segna "Nessun servizio" sia a casa sia in ufficio, non posso chiamare né ricevere chiamate o SMS. Ho provato la SIM in un altro telefono e fa lo stesso, mentre la SIM di mia moglie (altro operatore) nel mio telefono prende benissimo. Il credito è di 14,30 € e l'offerta si è rinnovata regolarmente il 1° dicembre.

È l'unico numero che ho, lo conoscono tutti i miei clienti (faccio l'idraulico) e in questi due giorni ho sicuramente perso dei lavori.

Al numero verde non si riesce a parlare con un operatore. Cosa devo fare?

Roberto Esposito
Napoli"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Davide Lombardi <d.lombardi@mailit.example>",
         to="info@padelclubvarese.example",
         subject="Un po' di segnalazioni sull'app",
         body="""\
Ciao ragazzi,

un paio di cose sull'app del club, visto che la uso tutti i giorni:

- da lunedì il calendario delle prenotazioni mostra solo la settimana in corso: se vado avanti a quella dopo resta vuoto e non riesco a prenotare il campo. Per ora ho prenotato chiamando la reception, ma così diventa scomodo per tutti;
- nella classifica del torneo sociale il mio cognome è scritto "Lombardy";
- le notifiche arrivano in inglese anche se ho impostato l'italiano;
- sarebbe bello poter pagare la quota del campo direttamente in app.

Niente di drammatico, ma il primo punto andrebbe sistemato.

Grazie e a presto in campo,
Davide Lombardi
tessera n. 0417"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Anna Colombo <anna.colombo@mailplus.example>",
         to="clienti@assicurazionilaurentia.example",
         subject="Domanda sulla rata di dicembre - polizza auto",
         body="""\
Gentili signori,

ho una polizza auto con voi (n. 7120045589) con pagamento semestrale. Guardando l'estratto conto ho visto che la rata addebitata il 1° dicembre è di 287,40 €, mentre quella di giugno era di 284,40 €. Nella quietanza c'è una voce "diritti di frazionamento" che non ricordavo.

Non è un problema, vorrei solo capire se la differenza di 3 euro è quella e se pagando in un'unica rata annuale non ci sarebbe.

Vi ringrazio per la disponibilità.

Cordiali saluti,
Anna Colombo"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Simone Greco <simone.greco@postalibera.example>",
         to="assistenza@bigliettiexpress.example",
         subject="R: [Ticket #IT-55012] Doppio addebito ordine BX-4471902",
         body="""\
Buongiorno,

come richiesto vi allego lo screenshot dell'estratto conto: gli addebiti sono due, entrambi del 28/11 alle 21:14, da 138,00 € ciascuno, con la stessa descrizione "BIGLIETTIEXPRESS MILANO". I biglietti però sono solo 2 (concerto del 21 febbraio al Forum), quelli dell'ordine BX-4471902 che ho ricevuto per e-mail.

Resto in attesa del rimborso del secondo addebito.

Saluti,
Simone Greco

Il giorno mar 1 dic 2026 alle ore 11:02 Assistenza BigliettiExpress <assistenza@bigliettiexpress.example> ha scritto:
> Gentile Simone,
>
> per verificare la sua segnalazione abbiamo bisogno di una copia dell'estratto
> conto o della notifica della banca in cui siano visibili i due addebiti,
> con data, ora e importo.
>
> Cordiali saluti,
> Marta - Assistenza Clienti BigliettiExpress"""),

    dict(n=12, signals="payment", priority="medium", trap="forward", qt=0, reply=0,
         frm="Valentina Rossi <vale.rossi@webposta.example>",
         to="resi@techstoreonline.example",
         subject="I: Reso ricevuto - ordine TS-209913",
         body="""\
Buongiorno,

vi inoltro la vostra mail di conferma del reso. Sono passate cinque settimane e il rimborso di 179,99 € sulla carta non è ancora arrivato; nell'area clienti l'ordine risulta ancora "Reso in lavorazione". Potete verificare?

Grazie,
Valentina Rossi

---------- Messaggio inoltrato ---------
Da: TechStore Online <noreply@techstoreonline.example>
Data: gio 29 ott 2026 alle ore 16:40
Oggetto: Reso ricevuto - ordine TS-209913
A: <vale.rossi@webposta.example>

Gentile cliente,
il tuo reso per l'articolo "Cuffie wireless SoundMax Pro" è stato ricevuto e controllato
dal nostro magazzino. Il rimborso di 179,99 € verrà emesso sul metodo di pagamento
originale entro 14 giorni.

Il team TechStore Online"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Giulia Fontana <giulia.fontana@unimail.example>",
         to="assistenza@bancadelleprealpi.example",
         subject="Carta bloccata all'estero - domani devo pagare l'affitto",
         body="""\
Buongiorno,

sono una vostra cliente (conto n. 000481223) e sono a Lisbona in Erasmus fino a giugno. Da ieri la mia carta di debito viene rifiutata ovunque, sia nei negozi sia al bancomat, e nell'app compare "Carta sospesa per operatività anomala". Le operazioni le ho fatte io: sono le spese normali di tutti i giorni qui in Portogallo, che tra l'altro avevo segnalato in filiale prima di partire.

Domani devo pagare l'affitto della stanza (450 €) in contanti alla proprietaria e ho 12 euro nel portafoglio. Non ho un'altra carta.

Vi prego di riattivarla o di dirmi come posso prelevare. Potete chiamarmi al +351 912 004 557 (numero portoghese).

Giulia Fontana"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lorenzo Gatti <lorenzo.gatti03@gamemail.example>",
         to="support@pixelforge-games.example",
         subject="Come attivo la verifica in due passaggi?",
         body="""\
Ciao!

Gioco a Starfall Legends da un paio d'anni e vorrei finalmente attivare la verifica in due passaggi sull'account, visto che ci ho speso un po' di soldi tra skin e pass stagionali. Nelle impostazioni trovo solo "Cambia password" e "Email di recupero". Si può fare con un'app tipo Google Authenticator o solo con gli SMS? E se poi cambio telefono come faccio?

Grazie mille,
Lorenzo (nick: LoryTheFox)"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Paola De Luca <paola.deluca@casella.example>",
         to="club@voliazzurri.example",
         subject="Account Club Azzurro bloccato",
         body="""\
Buongiorno,

il mio account Club Azzurro (codice socio AZ 40 118 772) risulta bloccato: dopo aver sbagliato la password un paio di volte il sito dice "Account temporaneamente bloccato, contatta l'assistenza", e sono ormai tre giorni. Il link "Password dimenticata" mi manda una mail, ma cliccando ricompare lo stesso messaggio.

Ho circa 42.000 miglia e vorrei usarle per un volo premio Roma-New York a febbraio; i posti premio si stanno esaurendo, quindi vorrei sistemare entro qualche giorno.

Grazie,
Paola De Luca"""),

    dict(n=16, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Ionela Popescu <ionela.popescu@emailbox.example>",
         to="aiuto@carsharingcity.example",
         subject="R: Richiesta informazioni - cambio numero",
         body="""\
Buongiorno Sig. Andrea,

rispondo sotto alle sue domande:

> Qual è l'indirizzo e-mail registrato sull'account?
Questa stessa, ionela.popescu@emailbox.example

> Il vecchio numero di telefono è ancora attivo?
No, la SIM vecchia (+39 328 551 0934) è stata disattivata a novembre, ho cambiato operatore e anche il numero, perchè con il vecchio avevo problemi.

> Può indicarci il numero nuovo e allegare foto della patente?
Numero nuovo +39 351 770 2281. La patente ho allegato, fronte e retro.

Adesso quando faccio il login l'app manda il codice al numero vecchio e non posso entrare, così non posso prenotare la macchina. Per andare al lavoro per adesso uso il tram, va bene lo stesso ma è più lungo. Se potete cambiare il numero grazie mille.

Cordiali saluti
Ionela Popescu"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Avv. Federico Sartori <f.sartori@studiolegalesartori.example>",
         to="supporto@documentacloud.example",
         subject="Accesso impossibile all'archivio - udienza domattina",
         body="""\
Buonasera,

da questo pomeriggio non riesco più ad accedere all'account dello studio (utente: studio.sartori). Dopo il cambio password richiesto dal sistema, il codice di verifica che arriva per e-mail viene rifiutato come "scaduto" anche se lo inserisco subito, e dopo cinque tentativi l'account si è bloccato.

Domattina alle 9:30 ho un'udienza al Tribunale di Padova e tutti gli atti e le memorie sono nel vostro archivio: non ne ho copia altrove. Devo anche depositare una nota telematica entro le 23:59 di stasera.

Le mie colleghe entrano normalmente con le loro utenze. Vi chiedo di sbloccarmi stasera stessa; sono raggiungibile al 348 119 6620 fino a tardi.

Avv. Federico Sartori
Studio Legale Sartori - Padova"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Marco Ruggiero <ordini@pirotecnicaruggiero.example>",
         to="commerciale@fuochidelsud-ingrosso.example",
         subject="Ordine botti Capodanno + consegna ADR",
         body="""\
Buongiorno Salvatore,

come d'accordo ti confermo l'ordine per Capodanno:

- 60 cartoni di petardi categoria F2 "Tuono Napoletano";
- 40 batterie da 100 colpi "Vesuvio Inferno";
- 25 cassette di fontane e candele romane;
- 10 bombe da mortaio calibro 75 per lo spettacolo del Comune di Lecce (solo per i nostri fochini abilitati, categoria F4).

L'anno scorso le "Vesuvio Inferno" sono andate a ruba: le abbiamo finite il 28 dicembre e la gente ci chiedeva quelle che esplodono con il colpo finale a ventaglio. Se ne hai di più, mettine anche 60.

Per la consegna: il nostro deposito autorizzato riceve solo dal lunedì al venerdì, 8-13, e il mezzo deve essere ADR con la documentazione esplosivi in regola, altrimenti al controllo i Carabinieri ci bloccano tutto come l'anno scorso. Mi confermi se ce la fate entro il 18?

Grazie, ciao
Marco Ruggiero
Pirotecnica Ruggiero - Lecce"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Dott.ssa Silvia Mancini <s.mancini@studiocommercialemancini.example>",
         to="vendite@backupcloud-italia.example",
         subject="Domande prima del rinnovo del contratto di backup",
         body="""\
Buongiorno,

il nostro contratto per il backup in cloud scade il 31 gennaio e, prima di rinnovarlo per altri tre anni, il nostro consulente privacy ci chiede di raccogliere per iscritto alcune informazioni:

1. I dati dei nostri clienti (bilanci, dichiarazioni, buste paga) sono cifrati prima dell'invio e sui vostri server? Chi detiene le chiavi?
2. In caso di data breach o attacco hacker, entro quanto tempo ci avvisate e con quali modalità, anche ai fini dell'art. 33 GDPR?
3. L'accesso al pannello supporta l'autenticazione a due fattori? È possibile imporre a tutti gli utenti dello studio password complesse e il blocco dopo un certo numero di tentativi falliti?
4. Se un ransomware colpisse i nostri PC, quante versioni precedenti dei file conservate e per quanti giorni?
5. In caso di interruzione prolungata del servizio sono previste penali o rimborsi del canone?

Grazie in anticipo, restiamo in attesa di un vostro riscontro.

Cordiali saluti,
Dott.ssa Silvia Mancini
Studio Commerciale Mancini - Ancona"""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Rosanna Villa <rosanna.villa@posta-casa.example>",
         to="abbonamenti@gazzettinodelnord.example",
         subject="Abbonamento intestato a mio marito, deceduto",
         body="""\
Gentili signori,

vi scrivo perché mio marito, Carlo Bianchi, è mancato il 3 novembre. Era abbonato da più di trent'anni all'edizione cartacea del quotidiano (codice abbonato 55 018 392), con consegna a casa in via Garibaldi 7 a Novara.

Io vorrei continuare a ricevere il giornale: vi chiedo quindi cosa devo fare per intestare l'abbonamento a me e quali documenti servono (ho il certificato di morte e il mio documento d'identità).

L'abbonamento veniva pagato con la sua carta di credito, che la banca ha già bloccato e chiuso. Il rinnovo è a marzo, quindi c'è tempo: per il prossimo pagamento vi darò i miei dati.

Vi ringrazio e porgo distinti saluti.
Rosanna Villa ved. Bianchi"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Federica Leone <federica.leone@postaweb.example>",
         to="clienti@divanidesign.example",
         subject="Divano consegnato del colore sbagliato - un disastro",
         body="""\
Buonasera,

vi scrivo ancora arrabbiata. Il divano angolare "Lipari" (ordine DD-33019) doveva essere color sabbia, come il campione che ho scelto in negozio e come c'è scritto sulla conferma d'ordine. Sabato me ne hanno portato uno verde petrolio.

I due ragazzi della consegna mi hanno detto "signora, noi portiamo quello che c'è sul camion", l'hanno montato in dieci minuti e sono spariti. La sera avevo a cena i miei suoceri per la prima volta nella casa nuova: una catastrofe. Sono morta di vergogna, e mio suocero ha passato la serata a fare battute sul "divano da sala d'attesa dell'ospedale". Mi avete ammazzato la serata.

Aspetto questo divano da tre mesi. Voglio sapere entro quando mi portate quello giusto e venite a ritirare questo, perché così in salotto non può stare.

Federica Leone"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Stefano Bruno <stefano.bruno@mailit.example>",
         to="help@linguaviva-online.example",
         subject="R: Account bloccato dopo troppi tentativi",
         body="""\
Perfetto, ora funziona: sono riuscito a entrare e ho cambiato la password. Grazie della velocità!

Una curiosità: il corso di tedesco B1 rilascia un attestato alla fine? Mi servirebbe per il curriculum.

Stefano

Il giorno lun 30 nov 2026 alle ore 15:22 LinguaViva Assistenza <help@linguaviva-online.example> ha scritto:
> Gentile Stefano,
> abbiamo sbloccato il suo account. Può accedere dal link qui sotto e
> impostare una nuova password.
>
> Il giorno lun 30 nov 2026 alle ore 09:05 Stefano Bruno <stefano.bruno@mailit.example> ha scritto:
>> Buongiorno, il mio account risulta bloccato dopo troppi tentativi di accesso
>> e non riesco più a entrare per la lezione di stasera. La mail per il reset
>> della password non arriva. Potete aiutarmi?"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Giuseppe Amato <info@panificioamato.example>",
         to="assistenza@bilancesmart.example",
         subject="Le etichette della bilancia escono senza ingredienti",
         body="""\
Buongiorno,

da venerdì, dopo l'aggiornamento del programma, la bilancia del banco stampa le etichette dei prodotti confezionati con prezzo e peso ma senza la lista degli ingredienti e degli allergeni: quella parte resta vuota.

Per ora ci arrangiamo: stampiamo gli ingredienti dal computer su etichette adesive a parte e le attacchiamo a mano. Ci vuole un'oretta in più la mattina, ma riusciamo a vendere lo stesso. Se però riusciste a sistemarlo entro la settimana prossima, quando partiamo con i panettoni, ci fareste un favore.

Il modello è BS-300, versione programma 5.2.

Grazie,
Giuseppe Amato
Panificio Amato - Caltanissetta
0934 551 208"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ing. Paolo Ferraris <paolo.ferraris@trasportiferraris.example>",
         to="enterprise-support@geotrack.example",
         subject="Contratto Enterprise GT-2024-118 - ritardo posizioni flotta",
         body="""\
Spett.le GeoTrack,

in riferimento al contratto Enterprise n. GT-2024-118 (SLA di disponibilità 99,9% e presa in carico entro 2 ore per le anomalie di priorità 1), segnalo che da ieri alle 16:00 le posizioni dei nostri 120 mezzi arrivano sul portale con un ritardo tra i 35 e i 50 minuti. Gli avvisi di arrivo ai clienti partono quindi in ritardo e la centrale operativa sta richiamando gli autisti uno per uno per sapere dove si trovano.

Abbiamo aperto il ticket n. 77120 ieri alle 16:40 e a oggi non c'è stata alcuna presa in carico, contrariamente a quanto previsto dall'art. 6 del contratto.

Chiediamo un intervento immediato e un report scritto sulle cause, riservandoci di applicare le penali previste.

Distinti saluti,
Ing. Paolo Ferraris
Responsabile IT - Trasporti Ferraris S.p.A.
Torino - Piacenza"""),
]
