# blind30 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Santoro <giulia.santoro@posta.example>",
         to="assistenza@elettroshop.example",
         subject="Power bank ordine 2026-558931",
         body="""\
Buongiorno,

vi scrivo per il power bank da 20.000 mAh (modello PB-20 Slim) che ho comprato da voi a settembre, ordine 2026-558931.

Ieri sera mio figlio di 11 anni l'aveva messo in carica sul comodino. Verso l'una ci siamo svegliati per un odore fortissimo di bruciato: il power bank era gonfio, caldissimo e da un lato usciva fumo bianco. Mio figlio ha provato a prenderlo per buttarlo via e si è ustionato il palmo della mano; siamo stati al pronto soccorso e gli hanno medicato un'ustione di secondo grado. Sul comodino è rimasta una chiazza nera e il cavo si è fuso.

Usava il cavo in dotazione e l'alimentatore del telefono, niente di strano. Ho messo tutto in una scatola di metallo sul balcone.

Vorrei sapere come procedere e se avete avuto altre segnalazioni su questo modello.

Cordiali saluti,
Giulia Santoro
347 118 2290"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Bellini <marco.bellini71@posta.example>",
         to="supporto@terapiamia.example",
         subject="Promemoria farmaci di mia madre",
         body="""\
Salve,

scrivo per conto di mia madre, Anna Ferri, 79 anni, che usa la vostra app TerapiaMia per ricordarsi le medicine. L'account è suo (anna.ferri@posta.example), io la aiuto a gestirlo.

Dopo l'aggiornamento di lunedì l'app le ha mandato il promemoria dell'anticoagulante due volte al giorno, alle 8 e alle 20, mentre il medico le ha prescritto una sola compressa la sera. Lei si fida dell'app e per tre giorni l'ha preso due volte. Ieri le sono comparsi lividi sulle braccia e le sanguinavano le gengive; l'abbiamo portata al pronto soccorso e i valori della coagulazione erano altissimi. Adesso è ricoverata in osservazione.

Ho controllato: nella scheda del farmaco c'è scritto "1 compressa, ore 20", ma nel calendario compaiono due orari. Vorrei capire cosa è successo e se la stessa cosa può capitare ad altri pazienti.

Marco Bellini
Tel. 338 502 7716"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Davide Rinaldi <d.rinaldi@posta.example>",
         to="clienti@casaeprezzi.example",
         subject="Nel mio account vedo gli ordini di altre persone",
         body="""\
Ciao,

stamattina sono entrato nel mio account sul vostro sito per controllare la spedizione di una lampada, e nella sezione "I miei ordini" ci sono una dozzina di ordini che non sono miei. Cliccandoci sopra vedo nome e cognome, indirizzo di casa, numero di telefono e le ultime quattro cifre della carta di gente che non conosco (una signora di Bari, un tizio di Torino...).

Ho fatto logout e login, da pc e da telefono, e li vedo ancora. A questo punto immagino che qualcun altro stia vedendo i miei.

Non ho toccato niente e non ho scaricato nulla. Fatemi sapere se vi servono gli screenshot.

Davide Rinaldi"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Chiara Colombo <chiara.colombo.mi@posta.example>",
         to="help@pagaora.example",
         subject="mi hanno rubato il telefono",
         body="""\
Vi scrivo dal computer di una collega perché stamattina in metro mi hanno rubato il telefono. Sopra c'è la vostra app PagaOra collegata al mio conto e alla carta, e il telefono aveva solo la sequenza di sblocco.
Non riesco a entrare nell'app da nessun'altra parte perché il codice arriva via SMS al numero rubato.
Potete bloccare subito l'account? Il numero è il 340 227 8153.
Grazie
Chiara Colombo"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Stefano Marino <stefano.marino@telefides.example>",
         to="support@clientiq.example",
         subject="Tutti gli operatori fermi - Errore 500 sulle schede cliente",
         body="""\
Buongiorno,

da circa le 8:40 nessuno dei nostri 42 operatori del call center riesce ad aprire le schede clienti su ClientIQ. L'elenco dei contatti si carica, ma cliccando su qualsiasi cliente compare questo:

  Errore 500 - Internal Server Error
  Request ID: 7f3a-91c2-0d44
  Tenant: telefides-prod

Senza la scheda non vediamo né lo storico né i contratti, quindi rispondiamo alle chiamate senza poter fare nulla e le code crescono (adesso oltre 120 chiamate in attesa).

Abbiamo provato con browser diversi e da sedi diverse (Milano e Cagliari): stesso risultato.

Chiedo un intervento immediato. Sono raggiungibile allo 02 8899 4410.

Stefano Marino
Responsabile IT - Telefides S.r.l."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Federica Gallo <segreteria@fisiomedicasole.example>",
         to="assistenza@agendaclinica.example",
         subject="agenda bianca, pazienti in sala d'attesa",
         body="""\
Buongiorno, vi scrive la segreteria del Centro FisioMedica Sole di Pescara.
Da stamattina alle 7:30 quando apriamo l'agenda si vede solo una pagina bianca, sia sul computer della reception che su quelli dei medici. Non vediamo né gli appuntamenti di oggi né le schede dei pazienti.
Abbiamo già otto pazienti in sala d'attesa e ne arrivano altri ogni mezz'ora, i fisioterapisti non sanno chi devono vedere né che trattamento fare. Stiamo andando a memoria e con i fogli stampati ieri.
Vi prego di richiamarci al più presto allo 085 421 9930.
Federica Gallo"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu@posta.example>",
         to="assistenza@lineamobile.example",
         subject="telefono senza linea da stamattina",
         body="""\
Buongiorno,

sono cliente di voi da 3 anni, numero 351 604 2287. Da stamattina il mio telefono scrive "Solo chiamate di emergenza" e non posso chiamare, non arrivano i messaggi e non va internet. Ho provato a spegnere, togliere la SIM e rimettere, anche ho messo la SIM nel telefono di mio marito ed è uguale, quindi non è il telefono che è rotto.

Io lavoro come badante e la famiglia della signora mi deve poter chiamare sempre, per me è molto importante.

Potete controllare cosa succede con la mia SIM? Grazie mille.

Ioana Popescu"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Luca Ferraro <lucaferraro.gg@posta.example>",
         to="support@arenaonline.example",
         subject="disconnessioni ogni sera",
         body="""\
ciao, è normale che da una settimana ogni sera dopo le 21 il gioco mi butta fuori dalle partite classificate? di giorno va tutto liscio, la sera invece dopo 5-10 minuti esce "Connessione al server persa" e torno al menu, e in più mi danno la penalità per abbandono.
la mia connessione è a posto, ho la fibra e con gli altri giochi zero problemi. server EU-Sud, nick Ferrax_92
fatemi sapere
Luca"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Paola Conti <paola.conti@posta.example>",
         to="assistenza@ferroviaveloce.example",
         subject="L'app si apre ma resta bianca - ho il biglietto per domani",
         body="""\
Buonasera,

da ieri l'app FerroviaVeloce sul mio iPhone si apre, compare il logo e poi resta tutto bianco. Non riesco ad arrivare né ai biglietti né al profilo. Ho già provato a cancellarla e reinstallarla e a riavviare il telefono.

Il problema è che lì dentro c'è il biglietto per il Roma-Milano di domani mattina alle 7:10 (PNR K4T9QZ) e non ho ricevuto nessuna e-mail con il PDF. Dal sito, da computer, la pagina di accesso continua a caricare all'infinito.

Come faccio a mostrare il biglietto al controllore? Posso stamparlo in stazione?

Grazie,
Paola Conti"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Roberto Esposito <roberto.esposito@posta.example>",
         to="amministrazione@retecasa.example",
         subject="Fattura dopo la disdetta - codice cliente 7740213",
         body="""\
Buongiorno,

vi ho inviato la disdetta con raccomandata il 12 settembre, con effetto dal 31 ottobre, e ho restituito il modem il 5 novembre (spedizione n. 0588 1120 3391). Nonostante ciò mi è arrivata questa fattura:

---------- Messaggio inoltrato ----------
Da: ReteCasa Fatturazione <noreply@retecasa.example>
Data: 1 dic 2026
Oggetto: La tua fattura di dicembre è disponibile

Fattura n. RC-26-0941877
Periodo: 01/11/2026 - 30/11/2026
Importo: 29,90 euro
Addebito SDD previsto: 15/12/2026

Vi chiedo di annullare la fattura e di bloccare l'addebito del 15; se venisse addebitata comunque, di rimborsarmela.

Saluti,
Roberto Esposito"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Alessandro Greco <ale.greco@posta.example>",
         to="aiuto@spesarapida.example",
         subject="Addebitato TRE volte lo stesso ordine!!",
         body="""\
Buongiorno,

sabato ho fatto un ordine di spesa da 184,60 € (ordine SR-2209917). L'app mi ha dato errore al pagamento due volte e al terzo tentativo è andato. Risultato: sulla carta ho TRE addebiti da 184,60 €, e non sono preautorizzazioni, sono proprio contabilizzati.

Sono 369 euro in più che non ho. Il conto è andato in rosso, la banca mi ha già respinto l'addebito di una bolletta e venerdì devo pagare l'affitto. Non posso aspettare i "5-10 giorni lavorativi" che scrivete nelle FAQ.

Mi dovete restituire subito i due addebiti in più. Allego lo screenshot della banca.

Alessandro Greco"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Sara Lombardi <sara.lombardi@posta.example>",
         to="aiuto@suonopiu.example",
         subject="domanda sull'importo dell'abbonamento",
         body="""\
Ciao! Questo mese sulla carta mi avete addebitato 11,99 € invece dei soliti 10,99 € per il piano Individual. Nessun problema, volevo solo capire: è cambiato il prezzo o ho attivato qualcosa senza accorgermene?
Grazie e buona giornata,
Sara"""),

    dict(n=13, signals="payment,account", priority="medium", trap="formal", qt=0, reply=0,
         frm="Giorgio Moretti <giorgio.moretti@posta.example>",
         to="reclami@guidaqui.example",
         subject="Contestazione addebito danni e sospensione account - noleggio del 28/11/2026",
         body="""\
Spett.le GuidaQui S.p.A.,

con la presente contesto l'addebito di 350,00 € a titolo di "danno carrozzeria" effettuato sulla mia carta il 2 dicembre, relativo al noleggio della Fiat Panda targata GH 418 TX del 28 novembre 2026 (ore 18:05-18:50, Milano).

Come risulta dalle fotografie che ho caricato nell'app all'inizio del noleggio, il graffio sulla portiera posteriore sinistra era già presente. Ciononostante, oltre all'addebito, il mio account risulta ora "sospeso in attesa di verifica" e non posso più prenotare alcun veicolo.

Chiedo pertanto lo storno dell'importo addebitato e la riattivazione del mio account. Allego le foto con data e ora.

Distinti saluti,
Giorgio Moretti"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elisa Ricci <elisa.ricci.foto@posta.example>",
         to="supporto@nuvolafile.example",
         subject="Ho cambiato telefono e non ho più i codici di verifica",
         body="""\
Salve,

la settimana scorsa ho cambiato telefono e, da brava, ho formattato quello vecchio prima di darlo in permuta. Solo dopo mi sono accorta che lì dentro c'era l'app di autenticazione con i codici per NuvolaFile e non l'avevo trasferita.

Adesso inserisco la password giusta, ma mi chiede il codice a 6 cifre che non ho più. I codici di backup... non ho proprio idea di dove li ho messi.

Nel cloud ho tutte le foto dei matrimoni che ho fatto quest'anno (sono fotografa), quindi vorrei rientrare presto. Posso dimostrare che l'account è mio con la fattura dell'abbonamento Pro o con un documento.

Grazie,
Elisa Ricci"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Franco Bruno <franco.bruno1950@posta.example>",
         to="clienti@bancadelborgo.example",
         subject="Come si attiva l'impronta digitale nell'app",
         body="""\
Gentili signori,

mio nipote mi ha detto che nella vostra app si può entrare con l'impronta del dito invece di scrivere ogni volta la password, che io dimentico sempre. Ho guardato nelle impostazioni ma non trovo dove si attiva. Potreste spiegarmi i passaggi, magari uno per uno? Ho un telefono Samsung.

Vi ringrazio molto per la pazienza.

Franco Bruno
conto n. 001/44871"""),

    dict(n=16, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Valentina De Luca <valentina.deluca@posta.example>",
         to="segreteria@liceogalilei-rm.example",
         subject="Non riesco ad accedere al portale per l'iscrizione di mia figlia",
         body="""\
Buongiorno,

sono la mamma di Martina Rossi, che quest'anno fa la terza media e dovrebbe iscriversi al vostro liceo scientifico. Devo completare la domanda sul vostro portale entro domani alle 20, ma da due giorni non riesco più ad accedere: inserisco le credenziali che mi avete dato all'open day e compare "Utente disabilitato, contattare l'amministratore".

Ho provato il recupero password e mi dice che l'indirizzo e-mail non risulta registrato, anche se è lo stesso a cui mi avete mandato le credenziali.

Se non riesco a finire la domanda entro domani, Martina perde il posto? Vi prego di aiutarmi, posso anche passare di persona in segreteria domattina.

Cordiali saluti,
Valentina De Luca
333 610 4427"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Michele Fontana <michele.fontana@nuovaposta.example>",
         to="areaclienti@luceegasnord.example",
         subject="Cambio email area clienti - non riesco più ad entrare",
         body="""\
Buonasera,

qualche giorno fa ho cambiato l'indirizzo e-mail dell'area clienti, da michele.fontana@vecchiaposta.example a questo. Mi è arrivato il link di conferma, ma l'ho aperto solo il giorno dopo e diceva "link scaduto".

Adesso non riesco più ad accedere: con la vecchia e-mail mi dice che l'utente non esiste, con quella nuova che l'account non è ancora attivo. Volevo controllare le letture del gas e scaricare le bollette.

Codice cliente: LGN-2038817. Potete sistemare voi l'indirizzo?

Grazie,
Michele Fontana"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Roberta Mancini <roberta.mancini@posta.example>",
         to="info@hotelbellavista-garda.example",
         subject="Grazie di tutto!",
         body="""\
Cari amici dell'Hotel Bellavista,

siamo tornati a casa da tre giorni e ancora non riusciamo a smettere di parlare del weekend da voi. La spa è una bomba, la cena di sabato era da urlo e il tiramisù... da morire, davvero. Siamo arrivati venerdì sera distrutti dal viaggio e morti di fame, e la cucina ci ha preparato qualcosa anche se era tardissimo: ci avete salvato la vita!

Una sola domanda: avevo visto che fate pacchetti per San Valentino. Sono già prenotabili? Ci piacerebbe tornare, nella stessa camera con vista lago se possibile.

Un abbraccio,
Roberta e Paolo Mancini"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Nicola Barbieri <nicola.barbieri@posta.example>",
         to="rimborsi@aliazzurra.example",
         subject="R: Rimborso volo cancellato LZ2231 - pratica 55-10873",
         body="""\
Buongiorno,

vi confermo che oggi ho visto l'accredito sulla carta. Tutto a posto, grazie per la pazienza e per avermi tenuto aggiornato.

Buone feste,
Nicola Barbieri

Il giorno lun 30 nov 2026 alle ore 15:20 Aliazzurra Rimborsi <rimborsi@aliazzurra.example> ha scritto:
> Gentile Sig. Barbieri,
>
> ci scusiamo per il ritardo: il rimborso di 238,40 € per il volo cancellato LZ2231 del 3 ottobre non Le è ancora stato accreditato a causa di un errore del nostro sistema di pagamento, e in più l'importo Le è stato addebitato una seconda volta per il cambio di prenotazione.
> Abbiamo disposto oggi lo storno di entrambi gli importi, che vedrà sulla carta entro 5 giorni lavorativi.
>
> Cordiali saluti,
> Ufficio Rimborsi Aliazzurra"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Laura Marchetti <laura.marchetti@studiomarchetti.example>",
         to="eventi@contabilitafacile.example",
         subject="Iscrizione al webinar «Attacchi hacker e furto di dati»",
         body="""\
Buongiorno,

ho ricevuto la vostra newsletter con l'invito al webinar del 15 gennaio «Attacchi hacker e furto di dati: come proteggere lo studio». L'argomento ci interessa molto, dopo tutto quello che si legge sui giornali di studi professionali finiti nel mirino dei ransomware.

Volevo chiedervi:
- posso iscrivere anche due mie collaboratrici?
- il webinar verrà registrato? Il 15 abbiamo una scadenza e forse non riusciamo a seguirlo in diretta.
- sono previsti crediti formativi per i commercialisti?

Grazie,
Laura Marchetti
Studio Marchetti - Commercialisti associati"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Matteo Villa <matteo.villa.mtb@posta.example>",
         to="ordini@ciclidolomiti.example",
         subject="Ordine pastiglie freno + info",
         body="""\
Ciao ragazzi,

domenica scorsa sono volato giù in un tratto di discesa sul Monte Baldo, tutta colpa mia (radice bagnata e troppa fretta): polso rotto e un mese di gesso. La bici invece è uscita quasi intatta, meglio di me!

Ne approfitto per sistemarla mentre sto fermo. Mi servono:
- 2 coppie di pastiglie freno organiche per Shimano XT a 4 pistoncini
- un copertone posteriore 29x2.4

Potete spedire a casa o devo passare in negozio? Tanto per un po' non posso guidare...

Grazie, a presto!
Matteo"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Antonella Serra <antonella.serra@posta.example>",
         to="preventivi@assicurazioniaurora.example",
         subject="Domande prima di sottoscrivere la polizza casa",
         body="""\
Buongiorno,

sto valutando la vostra polizza Casa Serena e prima di firmare vorrei capire un paio di cose:

1. In caso di incendio in cucina (abbiamo ancora il piano cottura a gas) sono coperti anche i danni ai vicini?
2. Se mi rubano la bicicletta elettrica dal box condominiale, rientra nella garanzia furto?
3. Se c'è un allagamento per un tubo rotto, coprite anche i mobili?

Abito in un appartamento al secondo piano a Sassari, in un palazzo del 1985.

Grazie in anticipo,
Antonella Serra"""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Giovanni Pellegrini <giovanni.pellegrini@posta.example>",
         to="assistenza@pulitobot.example",
         subject="L'app non vede più il robot dopo l'aggiornamento",
         body="""\
Salve,

dopo l'aggiornamento dell'app di giovedì, il mio robot aspirapolvere PulitoBot X7 risulta sempre "offline" e non riesco più a programmare le pulizie né a vedere la mappa. Ho provato a ricollegarlo al Wi-Fi seguendo la guida, ma la procedura si blocca al 90%.

Per ora lo faccio partire premendo il tasto sul robot e pulisce normalmente, quindi non è un dramma, ma mi mancano la programmazione e le stanze escluse.

Sapete se è un problema noto e se uscirà una correzione?

Grazie,
Giovanni Pellegrini"""),

    dict(n=24, signals="payment", priority="high", trap="scale", qt=0, reply=0,
         frm="Cristina Ferrari <cristina.ferrari@idraulicanord.example>",
         to="aziende@cartaimpresa.example",
         subject="Carte aziendali rifiutate - tutti i 35 commerciali",
         body="""\
Buongiorno,

vi scrivo dall'amministrazione di Idraulica Nord S.p.A. (contratto aziende n. CI-88120). Da stamattina tutte le 35 carte aziendali dei nostri commerciali vengono rifiutate con il messaggio "plafond mensile esaurito", anche se le spese di novembre sono state addebitate regolarmente sul nostro conto il 30 e il plafond di dicembre dovrebbe essere intatto.

I commerciali sono in trasferta in tutto il Nord Italia e in questo momento non riescono a pagare né il carburante né gli alberghi; alcuni stanno anticipando di tasca propria.

Vi chiedo di verificare subito e ripristinare i plafond. Potete contattarmi allo 0461 882 305.

Cristina Ferrari
Ufficio Amministrazione"""),
]
