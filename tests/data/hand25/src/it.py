# blind26 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---- 1-4 safety ----------------------------------------------------------------------
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giorgio Pellegrini <giorgio.pellegrini@postaweb.example>",
         to="assistenza@casafacile.example",
         subject="Sgabello Passo2 - si è richiuso con mia madre sopra",
         body="""\
Buongiorno,

vi scrivo per lo sgabello pieghevole a due gradini Passo2 acquistato sul vostro sito a ottobre
(ordine IT-4471902). Ieri pomeriggio mia madre, 78 anni, ci era salita per prendere un barattolo
dal pensile: il gancio di blocco si è sganciato da solo e lo sgabello si è richiuso sotto di lei.
È finita per terra e ha battuto il fianco contro lo spigolo del piano cucina. Siamo stati al pronto
soccorso fino a stanotte, per fortuna niente di rotto, ma ha un ematoma enorme e cammina a fatica.

Ho guardato il gancio: la molletta di plastica che dovrebbe tenerlo in posizione è spaccata a metà
e il gancio si apre anche solo sfiorandolo con un dito. Lo sgabello era quasi nuovo, usato forse
dieci volte.

Vorrei sapere se avete avuto altre segnalazioni e cosa devo fare con lo sgabello. Conservo tutto,
anche il verbale del pronto soccorso.

Distinti saluti,
Giorgio Pellegrini"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Lucia Ferrante <lucia.ferrante@mailbox.example>",
         to="servizioclienti@oralpulse.example",
         subject="Domanda sulla base di ricarica dello spazzolino",
         body="""\
Salve,
è normale che la base di ricarica dello spazzolino OralPulse 5 diventi così calda da non riuscire a
toccarla? Stamattina ho notato che la plastica sotto la base è diventata morbida e marroncina, il
cavo vicino alla spina è gonfio e c'era un odore acre in tutto il bagno. La tengo sulla mensola
sopra il lavandino, attaccata giorno e notte.
Grazie,
Lucia Ferrante"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Valentina Serra <vale.serra@mailbox.example>",
         to="assistenza@registroscuola.example",
         subject="Registro elettronico: vedo i documenti di tutta la classe",
         body="""\
Buonasera,

sono la mamma di un alunno della 2ª D della scuola secondaria "G. Rodari". Stasera, entrando nel
registro elettronico con le credenziali genitore, nella sezione "Documenti" al posto dei documenti
di mio figlio compare l'elenco di tutta la classe: pagelle del primo quadrimestre, certificati
medici, due piani didattici personalizzati con le diagnosi e alcune relazioni dei servizi sociali.
Li posso aprire e scaricare tutti.

Ho avvisato la segreteria ma è chiusa fino a lunedì. Immagino che gli altri genitori vedano allo
stesso modo i documenti di mio figlio, che ha una certificazione. Vi prego di bloccare subito quella
sezione.

Valentina Serra"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Federica Rinaldi <fede.rinaldi@postaweb.example>",
         to="assistenza@bagnocristallo.example",
         subject="Box doccia Cristallo 90 - vetro andato in mille pezzi stanotte",
         body="""\
Buongiorno,

stanotte verso le 2 abbiamo sentito un colpo fortissimo dal bagno: il vetro del box doccia
Cristallo 90 che ci avete montato a settembre si è sbriciolato da solo, nessuno lo stava usando.
Ci sono frammenti fino in corridoio, alcuni dentro la cesta dei giochi della bambina. Mio marito,
andando a vedere scalzo, se n'è piantato uno nel tallone.

La sera prima nostra figlia di 4 anni ci aveva fatto la doccia come tutte le sere.

Vorremmo che qualcuno venisse a vedere e a togliere quello che resta attaccato al profilo, che
continua a staccarsi a pezzetti. Per ora in quel bagno non entriamo.

Federica e Marco Rinaldi
Via dei Tigli 14, Cremona"""),

    # ---- 5-9 outage ----------------------------------------------------------------------
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Stefano Marchi <s.marchi@gruppo-orsini.example>",
         to="facility@gruppo-orsini.example",
         subject="URGENTE ingressi sede Lambrate - badge",
         body="""\
Ciao,
da circa le 7:40 tutti i lettori badge della sede di Lambrate fanno il bip con la luce rossa a
chiunque: dipendenti, fornitori e anche i badge di servizio della vigilanza. Tornelli chiusi, e
anche il cancello carraio del magazzino. Abbiamo circa 400 persone fuori, il primo turno di
magazzino doveva attaccare alle 8.
La vigilanza sta facendo entrare a mano, con l'elenco cartaceo, solo gli addetti ai carichi
urgenti, ma così non regge.
Chiamatemi appena potete.
Stefano Marchi
Responsabile Servizi Generali"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Chiara Benedetti <chiara.benedetti@asst-valdarda.example>",
         to="helpdesk.si@asst-valdarda.example",
         subject="Visualizzatore immagini PS e Radiologia - gli studi non si aprono",
         body="""\
Buongiorno,

scrivo per PS e Radiologia: da circa mezz'ora il visualizzatore delle immagini apre lo studio ma
le serie restano grigie con la rotellina che gira, sia per le TC che per le RX. Succede su tutte le
postazioni del PS (sei) e in sala refertazione. Le immagini arrivano dalla macchina, le vediamo
sulla console del tomografo, ma dai reparti nessuno riesce a vederle.

Abbiamo in attesa due TC encefalo per sospetto ictus e un politrauma. Per adesso il radiologo
referta in piedi davanti alla console, ma non possiamo andare avanti così.

Dott.ssa Chiara Benedetti
Dirigente medico - Radiologia
int. 3357"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Andrea Colombo <studio@geometracolombo.example>",
         to="suap@comune-sanvitale.example",
         subject="Portale pratiche edilizie: il tasto Invia non fa niente",
         body="""\
Buongiorno,
sono un geometra e sto cercando di depositare una SCIA sul portale dello Sportello Unico Edilizia
per conto di un cliente. Compilo tutto, allego i PDF firmati, premo "Invia pratica" e non succede
nulla: nessun messaggio, nessuna ricevuta, la pagina resta lì. Ho provato con Chrome, con Firefox e
da un altro PC dello studio, sempre uguale da ieri pomeriggio.
Il cliente ha i lavori che partono lunedì e la SCIA va depositata entro domani. Come posso fare?
Geom. Andrea Colombo
Studio Tecnico Colombo"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Davide Fontana <d.fontana@ricambinord.example>",
         to="support@gestiostock.example",
         subject="Timeout saltuari su /v2/ordini",
         body="""\
Ciao,
da martedì circa una chiamata su venti all'endpoint /v2/ordini resta appesa e va in timeout dopo
30 secondi; le altre rispondono in 200-300 ms come sempre. Il retry lato nostro per ora assorbe il
problema, ma i tempi di sincronizzazione del magazzino sono raddoppiati.
Vi allego una ventina di request-id delle chiamate andate in timeout (fascia 10:00-11:00 di oggi).
Grazie,
Davide Fontana - Integrazioni, Ricambi Nord srl"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marta Ricci <marta.ricci@contactpiu.example>",
         to="servicedesk@contactpiu.example",
         subject="R: I: Ticket 2026-11-0412 - cuffie call center senza audio in entrata",
         body="""\
Terzo sollecito. Oggi le postazioni senza audio sono diventate 7 su 24: i clienti parlano e noi non
li sentiamo. Mi serve qualcuno qui in sala entro oggi.

M. Ricci
Team leader - Sala 2

-----Messaggio originale-----
Da: Marta Ricci
Inviato: martedì 10 novembre 2026 11:02
A: Service Desk
Oggetto: I: Ticket 2026-11-0412 - cuffie call center senza audio in entrata

> Nessuna risposta da venerdì. Le postazioni coinvolte adesso sono 4.
>
> -----Messaggio originale-----
> Da: Marta Ricci
> Inviato: venerdì 6 novembre 2026 16:40
> A: Service Desk
> Oggetto: Ticket 2026-11-0412
>
> Dalle postazioni 3, 8 e 11 le cuffie non ricevono audio in entrata: l'operatore parla e il
> cliente lo sente, ma noi non sentiamo il cliente. Abbiamo già cambiato cuffia, stesso problema."""),

    # ---- 10-13 payment -------------------------------------------------------------------
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ioana Popescu <ioana.popescu84@mailbox.example>",
         to="clienti@piccolipassi.example",
         subject="pagamento doppio ordine 100-88213",
         body="""\
Buongiorno,
ho fatto ordine di vestiti per bambina (ordine 100-88213) il 3 novembre, totale 86,40 euro. Nel
conto della carta io vedo due volte 86,40 euro, stesso giorno, stessa ora. Ordine è uno solo e pacco
arrivato uno solo.
Per favore potete restituire un pagamento? Metto in allegato foto di estratto conto.
Grazie mille
Ioana Popescu"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Simone Guidi <simone.guidi@postaweb.example>",
         to="assistenza@ferroviaemilia.example",
         subject="Rinnovo abbonamento: carta sempre rifiutata, scade stasera",
         body="""\
Salve,
sto provando da ieri sera a rinnovare l'abbonamento mensile Bologna-Modena dall'app, ma al momento
del pagamento esce sempre "Transazione non autorizzata (codice 05)". Ho provato con la carta di
debito e con la prepagata: tutte e due funzionano su altri siti e la banca mi ha confermato che da
loro non risulta nessun blocco.
L'abbonamento scade stasera e domattina alle 6:40 devo prendere il treno per andare al lavoro; in
biglietteria a quell'ora non c'è nessuno e la macchinetta della mia stazione non vende i mensili.
Come faccio?
Simone Guidi
Tessera n. 0047712093"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Mancuso <amministrazione@verdemarelog.example>",
         to="billing@apiponte.example",
         subject="Fattura n. 2026/IT/10457 - consumo API non corretto",
         body="""\
Buongiorno,

nella fattura di ottobre ci avete addebitato 2.140.000 chiamate API oltre la soglia del piano Pro,
per un totale di 1.284,00 EUR + IVA. Dalla vostra stessa dashboard, sezione Utilizzo, a ottobre
risultano 612.000 chiamate in tutto, ben sotto il milione incluso nel piano.

Vi chiedo di verificare e di emettere una nota di credito. Sospendiamo il pagamento della fattura in
attesa di un vostro riscontro.

Cordiali saluti,
Elena Mancuso
Amministrazione - Verdemare Logistica S.r.l."""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ernesto Bassi <bassi.ernesto@postaweb.example>",
         to="servizioclienti@dehorsclima.example",
         subject="Rimborso fungo riscaldante reso",
         body="""\
Gentili signori,

sono Ernesto Bassi, ho 81 anni e vi scrivo dal computer di mia figlia. A fine settembre ho
restituito il fungo riscaldante a gas che avevo comprato per il dehors del mio bar (che poi ho
chiuso, sono andato in pensione). Il corriere lo ha ritirato il 29 settembre e ho la ricevuta
firmata.

Al telefono mi avevate detto che i soldi, 389 euro, sarebbero tornati sulla carta entro 14 giorni.
Sono passate sei settimane e non è arrivato niente. Ho telefonato altre due volte, ma dopo venti
minuti di musichetta la telefonata si chiude da sola.

Vi prego di controllare e di farmi sapere. Non sono pratico di queste cose, ma so contare.

Cordiali saluti,
Ernesto Bassi
Piacenza"""),

    # ---- 14-17 account -------------------------------------------------------------------
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Giulio Ferri <giulio.ferri@mailbox.example>",
         to="help@muovito.example",
         subject="codice di verifica non arriva",
         body="""\
Ciao, mi sono registrato sull'app per comprare i biglietti del bus ma il codice di verifica via
mail non arriva mai, né in arrivo né nello spam. L'ho fatto rimandare 5 volte.
Per ora compro i biglietti dal tabaccaio, ma vorrei usare l'app.
Giulio"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Silvia Galli <silvia.galli@iis-marconi.example>",
         to="supportoit@iis-marconi.example",
         subject="Account disattivato al rientro - urgente, scrutini venerdì",
         body="""\
Buongiorno,

sono rientrata oggi dal congedo di maternità e il mio account dell'istituto risulta disattivato:
non entro nella posta, né nel registro elettronico, né nella piattaforma dei materiali. Il messaggio
è "Account disabilitato, contattare l'amministratore".

Venerdì ho gli scrutini di tre classi e devo ancora inserire le proposte di voto; i colleghi di
sostegno aspettano anche i miei materiali per le verifiche di giovedì.

Potete riattivarmi oggi? Sono in sala docenti al primo piano, passo volentieri di persona.

Grazie,
Prof.ssa Silvia Galli
Matematica - 3ªA, 4ªA, 4ªC"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Roberta De Luca <roberta.deluca@postaweb.example>",
         to="assistenza@bellezzanaturale.example",
         subject="Devo reimpostare la password ogni volta?",
         body="""\
Buonasera,
è normale che ogni volta che entro nel mio account del vostro negozio online mi chieda di
reimpostare la password? L'ho cambiata già quattro volte questa settimana: entro, faccio l'ordine, e
la volta dopo mi dice di nuovo "password non valida" e mi manda la mail per reimpostarla. Uso sempre
lo stesso telefono e lo stesso browser. Mi sembra strano.
Grazie
Roberta De Luca"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Conti <marco.conti@mailbox.example>",
         to="supporto@lamecucina.example",
         subject="Cambio indirizzo email dell'account",
         body="""\
Buongiorno,
il mio account è registrato con l'indirizzo aziendale m.conti@vecchiaditta.example, che non uso più
perché ho cambiato lavoro, e a fine mese verrà chiuso. Per cambiarlo il sito mi chiede un codice che
arriva proprio a quell'indirizzo, al quale non ho più accesso.
Potete aggiornarlo voi con marco.conti@mailbox.example? Posso mandarvi un documento e il numero
dell'ultimo ordine (il set di coltelli, ordine LC-30981) per conferma.
Grazie,
Marco Conti"""),

    # ---- 18-22 hard negatives ------------------------------------------------------------
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Giada Longo <giada.longo@mailbox.example>",
         to="ciao@pelledoro.example",
         subject="Grazie per il tutorial sulla routine serale!",
         body="""\
Ciao ragazze,
volevo solo dirvi che il vostro video sulla routine serale mi ha salvato la vita: dopo due settimane
la pelle è un'altra. Mia sorella ha visto il risultato ed è morta d'invidia, quindi ho ordinato
un secondo kit per lei. Sto morendo dalla voglia di provare il nuovo siero alla vitamina C, quando
esce?
Un abbraccio,
Giada"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Luca D'Amico <ordini@vapopointpescara.example>",
         to="b2b@aromiadriatici.example",
         subject="Riassortimento Esplosione di Menta e Blackout Mirtillo",
         body="""\
Buongiorno,
siamo un negozio di sigarette elettroniche di Pescara. Vorremmo riordinare 30 flaconi di
"Esplosione di Menta" 10 ml 6 mg e 20 di "Blackout Mirtillo", che sul vostro portale B2B risultano
esauriti. Sapete quando rientrano? Se serve prendiamo anche il formato da 20 ml.
Grazie e buon lavoro,
Luca D'Amico
Vapo Point Pescara"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Anna Cattaneo <anna.cattaneo@lariotessile.example>",
         to="it@lariotessile.example",
         subject="password wifi ospiti sala Garda",
         body="""\
Ciao, alle 15 arrivano due persone del cliente in sala Garda e vorranno collegarsi. Qual è la
password del Wi-Fi ospiti di questo mese? Quella sul foglio in reception è ancora di ottobre.
Grazie!
Anna (Marketing, 3° piano)"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Franco Esposito <franco.esposito@devsud.example>",
         to="billing@codabuild.example",
         subject="Re: Avviso: pagamento non riuscito per il tuo abbonamento",
         body="""\
Buongiorno,
ho aggiornato la carta ieri sera e stamattina nell'area personale l'abbonamento risulta attivo e la
fattura di novembre pagata. Vi scrivo solo per conferma: non serve fare altro, giusto?
Grazie,
Franco Esposito

Il giorno mer 11 nov 2026 alle ore 08:15 CodaBuild Billing <billing@codabuild.example> ha scritto:
> Gentile cliente,
>
> il pagamento del rinnovo del tuo abbonamento Team non è andato a buon fine: la carta associata
> risulta scaduta. Aggiorna il metodo di pagamento entro 7 giorni per evitare la sospensione
> delle pipeline.
>
> Il team di CodaBuild"""),

    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Irene Bonetti <irene.bonetti@mailbox.example>",
         to="lavora-con-noi@sanitaslab.example",
         subject="Candidatura spontanea - Analista SOC / incident response",
         body="""\
Gentile team HR,

mi chiamo Irene Bonetti, ho 29 anni e da tre anni lavoro come analista SOC di primo livello presso
un MSSP di Torino. Mi occupo di monitoraggio, triage degli alert e gestione degli incidenti, tra cui
un paio di casi di data breach e di account compromessi tramite phishing, dal contenimento fino
alla notifica al Garante.

Ho letto che state ampliando il team di sicurezza che segue il portale referti e vi invio il mio CV
in allegato. Sono disponibile anche per un colloquio da remoto.

Cordiali saluti,
Irene Bonetti"""),

    # ---- 23-24 context -------------------------------------------------------------------
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paola Sartori <paola.sartori@supermercatifiore.example>",
         to="helpdesk.negozi@supermercatifiore.example",
         subject="Etichette elettroniche non aggiornate - PV 112 e 118",
         body="""\
Buongiorno,
nei punti vendita 112 (Lodi) e 118 (Codogno) le etichette elettroniche a scaffale non hanno preso le
variazioni di prezzo di lunedì: mostrano ancora i prezzi della settimana scorsa su circa 300
articoli della promo. In cassa il prezzo è corretto.
Per ora i ragazzi hanno messo i cartellini di carta sulle testate promo e alla cassa applichiamo il
prezzo più basso se il cliente lo fa notare, quindi riusciamo a lavorare, ma vorremmo sistemare
prima della fine della promo (domenica).
Grazie,
Paola Sartori
Area Manager Lombardia Sud"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Pietro Lanza <pietro.lanza@postaweb.example>",
         to="info@busvalle.example",
         subject="Commissione 0,50 sulla ricarica - solo curiosità",
         body="""\
Buongiorno, nessuna urgenza: ricaricando il borsellino elettronico dell'app dei bus ho visto che mi
avete trattenuto 0,50 euro di commissione su una ricarica da 20. Non è un problema, volevo solo
capire se è una cosa nuova o se c'è sempre stata e non me n'ero accorto.
Buona giornata,
Pietro Lanza"""),
]
