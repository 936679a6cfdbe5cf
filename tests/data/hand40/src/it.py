# blind41 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Ferretti <giulia.ferretti@posta.example>",
         to="assistenza@zampefelici.example",
         subject="Tappetino riscaldante ordine ZF-55120",
         body="""\
Buongiorno,

a fine novembre ho comprato da voi il tappetino riscaldante per cani
"CaldoPet 60x45" (ordine ZF-55120). Ieri sera l'ho acceso per la mia
cagnolina di 12 anni, che ci dorme sempre sopra. Stamattina aveva il pelo
della pancia bruciacchiato e due chiazze rosse, e il tappetino era bollente
nell'angolo vicino al cavo, con la fodera annerita.

La veterinaria dice che sono ustioni di primo e secondo grado e le ha dato
una pomata. Il termostato era sulla posizione 1, la più bassa.

Ho staccato tutto e l'ho messo in garage. Vorrei sapere cosa devo fare e se
vi sono stati segnalati altri casi, perché vedo che è ancora in vendita sul
vostro sito.

Giulia Ferretti
Verona"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Dell'Orto <marco.dellorto@posta.example>",
         to="consumatori@biscottificiovalli.example",
         subject="Reazione di mia figlia ai vostri frollini",
         body="""\
Gentili signori,

domenica pomeriggio mia figlia Sara, 7 anni, allergica alle nocciole, ha
mangiato due frollini "Buongrano al burro" (lotto L2641B, scadenza 03/2027).
Sulla confezione le nocciole non compaiono tra gli ingredienti e non c'è
nemmeno la dicitura "può contenere tracce".

Dopo una decina di minuti ha cominciato a tossire e le si sono gonfiati le
labbra e gli occhi. Le abbiamo fatto l'adrenalina e l'abbiamo portata al
pronto soccorso, dove è rimasta in osservazione fino a sera. Adesso sta bene.

Conservo la confezione aperta con i biscotti rimasti, a vostra disposizione.
Vi chiedo di verificare quel lotto, perché lo vendono anche nel supermercato
sotto casa nostra.

Distinti saluti,
Marco Dell'Orto
Tel. 347 220 6158"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Alessandra Conti <ale.conti@posta.example>",
         to="clienti@telefoniastella.example",
         subject="Nella mia area clienti ci sono le bollette di un altro",
         body="""\
Salve,

stasera sono entrata nell'app per scaricare la bolletta di dicembre e al
posto delle mie ci sono le fatture di un certo Gianluca R., con il suo
indirizzo di Bari, il codice fiscale, il numero di cellulare e perfino il
dettaglio delle chiamate. Ho fatto logout e login due volte e anche dal
computer è uguale.

Non ho scaricato niente, ma a questo punto mi chiedo: lui vede i miei dati?
Il mio codice cliente è 5590 3341 8827.

Fatemi sapere al più presto.
Alessandra Conti"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="B&B La Torretta <info@bblatorretta.example>",
         to="host-support@soggiornifacili.example",
         subject="IBAN cambiato sul nostro profilo - pagamenti spariti",
         body="""\
Buonasera,

siamo un B&B a Spoleto (ID struttura 88412). Questa settimana non ci sono
arrivati i bonifici di tre prenotazioni (totale 1.186,00 €). Controllando il
profilo ho visto che il 3 dicembre l'IBAN per i pagamenti è stato cambiato con
uno lituano che non è nostro, e anche l'email per le notifiche è diversa. Né
io né mio marito abbiamo toccato niente.

Riesco ancora a entrare e ho rimesso il nostro IBAN, ma i soldi di quelle
prenotazioni dove sono finiti? Come li recuperiamo? E come è potuto
succedere?

Grazie,
Paola Serafini
B&B La Torretta, Spoleto
Tel. 0743 220 915"""),

    dict(n=5, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Stefano Galli <s.galli@pastificiogalli.example>",
         to="supporto@fabbricanet.example",
         subject="I: Linea 2 ferma - etichettatrici",
         body="""\
Buongiorno,

vi inoltro il messaggio del nostro capoturno. Alle 15 passa il camion per la
Germania e abbiamo 6 tonnellate di prodotto ancora da confezionare.
Chiamatemi subito al 335 611 2090.

Stefano Galli
Responsabile di produzione
Pastificio Galli S.r.l. - Gragnano (NA)

-----Messaggio originale-----
Da: Turno Mattina Linea 2 <linea2@pastificiogalli.example>
Inviato: giovedì 10 dicembre 2026 06:52
A: Stefano Galli <s.galli@pastificiogalli.example>
Oggetto: Linea 2 ferma - etichettatrici

Stefano,
dalle 6 le due etichettatrici della linea 2 non ricevono più i dati dei lotti
da FabbricaNet. Sul pannello compare "In attesa di ordine di produzione" e il
nastro si blocca dopo 20 confezioni. Senza lotto e scadenza non possiamo
stampare niente. 14 operatori fermi, la linea 1 per ora va.
Ciro"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Biglietteria Teatro Rossini <biglietteria@teatrorossini.example>",
         to="help@scanticket.example",
         subject="Stasera concerto alle 21 - i QR non vengono letti",
         body="""\
Buon pomeriggio,

stasera alle 21 abbiamo il concerto di Natale, tutto esaurito (812 posti).
Stiamo provando i lettori con le hostess e l'app ScanTicket segna tutti i
biglietti come "Codice non riconosciuto", anche quelli venduti online da voi
ieri. Dalle 14 l'elenco dell'evento nell'app risulta vuoto.

Apriamo le porte alle 20. Controllare 800 persone a mano con l'elenco
stampato non è pensabile.

Vi prego, richiamatemi subito: 0545 38 221 oppure 348 117 9034.

Elena Bassi
Responsabile biglietteria - Teatro Rossini"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Salone Capelli d'Autore <salone@capellidautore.example>",
         to="assistenza@agendabeauty.example",
         subject="Il programma non parte da stamattina",
         body="""\
Buongiorno, da stamattina AgendaBeauty non si apre più sul computer della
cassa: clicco sull'icona, compare il logo e poi si chiude. Non vedo gli
appuntamenti di oggi e non posso fare gli scontrini. Siamo in due nel salone
e oggi ho 14 clienti, sto andando a memoria e con i messaggi WhatsApp.
Ho già riavviato il pc due volte. Potete collegarvi da remoto? Codice AnyDesk
482 113 907.
Grazie,
Daniela Russo
Salone Capelli d'Autore - Pescara"""),

    dict(n=8, signals="outage", priority="high", trap="non-native", qt=0, reply=0,
         frm="Katrin Schulze <katrin.schulze@traduzioni-ks.example>",
         to="support@nuvoladrive.example",
         subject="Non posso aprire i miei file - urgente",
         body="""\
Buongiorno,

sono traduttrice freelance e uso NuvolaDrive per tutti i miei lavori. Da ieri
sera quando apro una cartella, il sito mostra sempre "Si è verificato un
errore, riprova più tardi" e anche l'app sul computer non sincronizza più, è
ferma su "in attesa". Ho provato con altro browser e con il telefono, è lo
stesso.

Oggi alle 18 devo consegnare una traduzione di 40 pagine per un cliente e il
file è solo lì dentro, tutto il lavoro di questa settimana.

Per favore potete guardare subito? Il mio account è
katrin.schulze@traduzioni-ks.example, piano Pro.

Grazie mille e scusi per mio italiano.
Katrin Schulze
Bologna"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Cantina Poggio Alto <amministrazione@poggioalto.example>",
         to="assistenza@vinogest.example",
         subject="Alcune segnalazioni su VinoGest",
         body="""\
Buongiorno,

approfitto per segnalarvi alcune cose notate nelle ultime settimane:

1) Nelle stampe dei DDT il logo della cantina esce un po' sgranato. Niente
   di grave.
2) La ricerca clienti è lenta quando si scrive il nome per intero; con le
   iniziali va bene.
3) La cosa più seccante: da lunedì l'esportazione dei movimenti per il
   commercialista (Contabilità > Esporta) si interrompe a metà con
   "Errore 500" e il file esce vuoto. Per ora gli mando i registri in PDF e
   lui li ricopia a mano, ma a fine mese deve chiudere l'IVA e così diventa
   un problema.
4) Si può aggiungere il campo "annata" nel listino?

Grazie e buon lavoro,
Lorenzo Bianchi
Ufficio amministrazione - Cantina Poggio Alto, Montalcino (SI)"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Franco Mazza <franco.mazza@posta.example>",
         to="aiuto@cinestream.example",
         subject="App sulla TV un po' lenta",
         body="""\
Buonasera,

volevo solo segnalare che da un paio di settimane l'app CineStream sulla
smart TV (Samsung del 2019) ci mette quasi un minuto ad aprirsi, mentre prima
erano pochi secondi. Una volta partita va tutto bene e i film si vedono
benissimo.

Non è un problema serio, lo dico nel caso vi possa servire. Se c'è qualcosa
che posso fare io, tipo cancellare la cache, ditemelo pure.

Cordiali saluti,
Franco Mazza"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Rosanna Pellegrini <rosanna.pellegrini@posta.example>",
         to="sportello@acquedottovaldera.example",
         subject="Domanda sulla bolletta n. 2026/118834",
         body="""\
Buongiorno,

nella bolletta dell'acqua appena arrivata (n. 2026/118834, periodo
luglio-ottobre, 96,12 €) c'è una voce "conguaglio quota fissa anni
precedenti" di 18,40 € che non avevo mai visto. Non la contesto, vorrei solo
capire a cosa si riferisce e se la ritroverò anche nelle prossime bollette.

Pago con la domiciliazione bancaria, quindi non devo fare niente io, giusto?

Grazie per la cortesia,
Rosanna Pellegrini
Codice utente 00471128"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Davide Fontana <davide.fontana@posta.example>",
         to="rimborsi@ferroviesud.example",
         subject="R: Richiesta di rimborso n. 77120453 - presa in carico",
         body="""\
Buongiorno,

vi riscrivo perché sono passati 24 giorni da questo messaggio e il rimborso
sulla carta non è ancora arrivato. Si trattava del Regionale Veloce 2318
Napoli-Roma del 12 novembre, soppresso, due biglietti per 78,40 €.

Potete verificare a che punto è la pratica?

Davide Fontana

Il giorno lun 16 nov 2026 alle ore 10:05 Rimborsi FerrovieSud <rimborsi@ferroviesud.example> ha scritto:
> Gentile cliente,
> la sua richiesta di rimborso n. 77120453 è stata presa in carico.
> L'importo di 78,40 € verrà riaccreditato sul metodo di pagamento
> utilizzato entro 14 giorni lavorativi.
>
> Cordiali saluti,
> Servizio Rimborsi FerrovieSud
> Questa è una email automatica, si prega di non rispondere."""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Chiara Lombardi <chiara.lombardi@posta.example>",
         to="assistenza@bancadelborgo.example",
         subject="Carta bloccata all'estero",
         body="""\
Buongiorno, sono a Lisbona per lavoro fino a venerdì e da ieri la mia carta
di debito (finisce con 4417) viene rifiutata ovunque, anche al bancomat.
L'app dice "operatività estero sospesa". L'hotel vuole il saldo oggi entro
le 12, 540 €, e non ho altre carte con me.
Il numero verde dall'estero non si riesce a chiamare. Potete sbloccarla
subito?
Chiara Lombardi

Inviato da iPhone"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Studio Yoga Shanti <info@yogashanti.example>",
         to="billing@prenotalezioni.example",
         subject="Addebito di dicembre: 89 € invece di 49 €",
         body="""\
Salve,

abbiamo l'abbonamento "Studio Small" (49 €/mese + IVA) dal 2024. Il 1°
dicembre ci sono stati addebitati 89 € + IVA, fattura n. PL-2026-12-00871.
Non abbiamo cambiato piano e non ci è arrivata nessuna comunicazione di
aumento; siamo sempre sotto i 100 iscritti, come prevede il piano.

Vi chiediamo di controllare, di stornare la differenza (40 € + IVA) e di
mandarci la nota di credito per il nostro commercialista.

Grazie,
Valentina Rizzi
Studio Yoga Shanti - Torino"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giorgio Benedetti <giorgio.benedetti@posta.example>",
         to="areaclienti@assicurazionipolare.example",
         subject="Come attivo la verifica in due passaggi?",
         body="""\
Buongiorno,

ho letto nella vostra newsletter che nell'area clienti si può attivare la
verifica in due passaggi, ma non trovo dove si fa: sono entrato in "Profilo"
e vedo solo i dati anagrafici e la modifica della password. Si può usare
un'app tipo Google Authenticator o solo l'SMS?

Grazie,
Giorgio Benedetti
Polizza auto n. 40/118/227761"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Roberta Marchetti <roberta.marchetti@posta.example>",
         to="clienti@energiachiara.example",
         subject="Cambio numero di cellulare per l'accesso",
         body="""\
Buongiorno,

per entrare nell'area clienti mi arriva un codice via SMS sul vecchio numero,
che non ho più da ottobre perché ho cambiato operatore e numero. Di
conseguenza non riesco più a entrare né a vedere le bollette né a mandare
l'autolettura del gas.

Come faccio a cambiare il numero se non riesco a entrare? Se serve vi mando
copia del documento.

Nuovo numero: 351 442 0983. Codice cliente 7012 5588.

Saluti,
Roberta Marchetti"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Segreteria IC Montegrappa <segreteria@icmontegrappa.example>",
         to="assistenza@registroscuola.example",
         subject="URGENTE: utenza Dirigente bloccata - scrutini oggi",
         body="""\
Gentile assistenza,

l'utenza della Dirigente Scolastica (prof.ssa Anna Moretti, utente
amoretti.dir) risulta bloccata da stamattina: dopo la password compare
"Utenza sospesa per troppi tentativi" e l'email di reset non arriva. Oggi
alle 14:30 iniziano gli scrutini del primo trimestre e senza la sua firma sul
registro non si possono chiudere i verbali di 18 classi.

Vi chiediamo di sbloccare l'utenza con la massima urgenza.

Cordiali saluti,
Paolo Greco
Assistente amministrativo
Istituto Comprensivo "Montegrappa" - Bassano del Grappa (VI)
Tel. 0424 511 230 - segreteria@icmontegrappa.example

Questo messaggio e gli eventuali allegati sono riservati e destinati
esclusivamente al destinatario indicato. Chi lo ricevesse per errore è
pregato di darne notizia al mittente e di cancellarlo. Ai sensi del
Regolamento UE 2016/679 (GDPR) si informa che i dati personali contenuti
nella presente comunicazione sono trattati per finalità istituzionali."""),

    dict(n=18, signals="account", priority="medium", trap="employee", qt=0, reply=1,
         frm="Autonoleggio Sabbione <ufficio@autonoleggiosabbione.example>",
         to="supporto@flottaweb.example",
         subject="R: [FW-31207] Trasferimento account operatore",
         body="""\
Buongiorno Matteo,

rispondo sotto alle sue domande.

> Può indicarci nome e utenza della collega da disattivare?
Martina Pace, utente m.pace. Dal 4 gennaio va in maternità, quindi l'account
va sospeso, non cancellato: rientra a settembre.

> Chi deve ricevere le sue prenotazioni aperte?
Il collega Andrea Ferri (a.ferri), che ha già un account ma solo con profilo
"banco".

> Serve il profilo amministratore per il nuovo referente?
Sì, deve poter chiudere i contratti e vedere i report dei danni sui mezzi.
Adesso Andrea non riesce a chiudere i noleggi di Martina e li chiudo io la
sera.

Grazie,
Silvia Sabbione
Autonoleggio Sabbione - Rimini"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Pizzeria Da Totò <info@pizzeriadatoto.example>",
         to="assistenza@menusmart.example",
         subject="Complimenti per il menu digitale!",
         body="""\
Ciao ragazzi,

volevo farvi i complimenti: il nuovo menu col QR è una bomba! Sabato sera il
locale è letteralmente esploso, 140 coperti, il forno a legna sempre a fuoco
vivo e le comande che volavano dritte in cucina senza un errore. A fine
serata i camerieri erano morti ma contenti, e io pure.

L'unica vittima è stata la mia dieta, ho assaggiato tutte le pizze nuove
ahahah.

Se passate da Salerno siete nostri ospiti, la margherita ve la offro io.
Ah, le foto delle pizze speciali le posso cambiare da solo o vi mando i file?

Un abbraccio,
Totò (Salvatore Esposito)
Pizzeria Da Totò - Salerno"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Eventi Softec Partner <eventi@softecpartner.example>",
         to="supporto@contabilcloud.example",
         subject="Webinar 15 gennaio: attacchi hacker, ransomware e furto di password nelle PMI",
         body="""\
Gentile partner,

il 15 gennaio alle 11:00 si terrà il nostro webinar gratuito "Quando
l'attacco arriva: ransomware, phishing e furto di credenziali nelle piccole
imprese".

In 60 minuti vedremo:
- come un'email di phishing apparentemente innocua può bloccare un'intera
  rete aziendale;
- cosa fare nelle prime 24 ore dopo un data breach e come notificarlo al
  Garante;
- perché la maggior parte delle password rubate nasce dal riutilizzo tra
  siti diversi;
- come impostare backup che sopravvivano a un incendio o al furto dei server.

Relatore: ing. Fabio Carraro.
Iscrizioni entro il 12 gennaio: https://eventi.softecpartner.example/webinar-0115

A presto,
Team Eventi Softec Partner
Per non ricevere più queste comunicazioni rispondi con CANCELLAMI."""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Luca Barbieri <luca.barbieri@posta.example>",
         to="corsi@bluediving.example",
         subject="Spostare il corso Open Water",
         body="""\
Ciao,

sono iscritto al corso Open Water che parte il 9 gennaio (iscrizione n.
2211). Purtroppo due settimane fa ho avuto un incidente con lo scooter,
niente di grave, ma mi sono rotto il polso e sono finito in ospedale un paio
di giorni. L'ortopedico dice che il gesso lo tolgo a fine gennaio e che prima
di marzo niente immersioni.

Si può spostare l'iscrizione al corso di aprile? Ho già versato l'acconto di
150 € e preferirei lasciarlo lì piuttosto che chiedere il rimborso.

Grazie e a presto (spero!),
Luca Barbieri"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Elisa Caruso <elisa.caruso@posta.example>",
         to="abbonamenti@rivistaorto.example",
         subject="R: Doppio addebito abbonamento annuale",
         body="""\
Buongiorno Federica,

confermo che stamattina ho visto il riaccredito di 39,90 € sul conto. Grazie
mille per la rapidità!

Già che ci sono: il numero di gennaio arriva sempre a inizio mese o con le
feste slitta un po'?

Elisa Caruso

-----Messaggio originale-----
Da: Elisa Caruso <elisa.caruso@posta.example>
Inviato: lunedì 30 novembre 2026 19:12
A: abbonamenti@rivistaorto.example
Oggetto: Doppio addebito abbonamento annuale

> Buonasera,
> ho rinnovato l'abbonamento annuale a "Orto e Giardino" il 27 novembre e
> sul conto mi risultano due addebiti da 39,90 € nello stesso giorno.
> Potete rimborsarmi quello in più? Codice abbonato OG-55812.
> Elisa Caruso"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Cinema Odeon Vigevano <direzione@cinemaodeonvigevano.example>",
         to="assistenza@cassacinema.example",
         subject="Stampa biglietti alla cassa",
         body="""\
Buongiorno,

da ieri pomeriggio la cassa del cinema non stampa più i biglietti: la vendita
va a buon fine e il posto risulta occupato in sala, ma la stampante termica
non riceve niente (la stampa di prova dal pannello invece esce).

Per ora ci arrangiamo: mostriamo al cliente il biglietto sul tablet e gli
scriviamo fila e posto a mano su un talloncino, mentre chi compra online
entra col QR come sempre. In settimana c'è poca gente, quindi non è un
dramma, ma per le feste col film di Natale la stampa ci serve.

Quando potete collegatevi pure da remoto (ID TeamViewer 1 204 778 561).

Grazie,
Marco Vitali
Direttore - Cinema Odeon, Vigevano"""),

    dict(n=24, signals="outage,account", priority="critical", trap="vip", qt=0, reply=0,
         frm="Roberta Sala <r.sala@supermercativerdi.example>",
         to="p1@retailsuite.example",
         subject="P1 - Contratto RS-2024-118 - casse di 12 punti vendita senza accesso",
         body="""\
Spett.le RetailSuite,

apro una segnalazione con priorità P1 ai sensi del contratto di assistenza
Enterprise n. RS-2024-118 (SLA: presa in carico entro 30 minuti, ripristino
entro 4 ore).

Dalle 7:40 di stamattina i cassieri di 12 dei nostri 31 punti vendita (elenco
in allegato, tutti in Lombardia) non riescono ad autenticarsi sulle casse: il
login con badge e PIN restituisce "Utente non riconosciuto dal servizio di
identità". Chi era già collegato da ieri sera lavora, i turni delle 8 e delle
9 no. In diversi negozi è aperta una sola cassa su cinque e ci sono code
lunghe.

Chiediamo un contatto immediato con il vostro reperibile e aggiornamenti ogni
ora, come da contratto.

Roberta Sala
IT Operations Manager
Supermercati Verdi S.p.A. - Via Gallarate 210, 20151 Milano
Tel. +39 02 3341 8800"""),
]
