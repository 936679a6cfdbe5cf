# blind34 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesca Bellandi <francesca.bellandi@libero.example>",
         to="segreteria@asilonido-ilgirasole.example",
         subject="Tommaso – merenda di oggi",
         body="""\
Buonasera,

sono la mamma di Tommaso Ricci (sezione Coccinelle). Come sapete, e come risulta dal certificato medico che vi abbiamo consegnato a settembre, Tommaso è allergico alla frutta a guscio.

Oggi alle 16:30, quando sono venuta a prenderlo, aveva le labbra gonfie e delle chiazze rosse sul collo. L'educatrice mi ha detto che a merenda avevano dato a tutti una fetta di torta della nonna arrivata dalla cucina centrale. Dopo mezz'ora, in macchina, ha cominciato a tossire e a respirare male: siamo corsi al pronto soccorso del Meyer, dove gli hanno fatto l'adrenalina. Adesso sta meglio, ma resta in osservazione fino a domani.

Vorrei sapere chi ha deciso quella merenda, se qualcuno ha controllato gli ingredienti e perché nessuno mi ha chiamata appena sono comparse le labbra gonfie.

Domattina chiamerò la coordinatrice.

Francesca Bellandi
333 718 4420"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giorgio Santambrogio <g.santambrogio@tiscali.example>",
         to="assistenza@ossigenocasa-lombardia.example",
         subject="Concentratore di ossigeno della sig.ra Carla Santambrogio",
         body="""\
Gentili signori,

vi scrivo per conto di mia madre, Carla Santambrogio (via Manzoni 18, Monza, codice paziente OC-55217), che da marzo usa il vostro concentratore di ossigeno 24 ore su 24.

Questa notte, verso le 3, la badante ha trovato l'apparecchio spento: il display era nero e l'allarme non ha suonato. Mia madre era confusa e aveva le labbra violacee, il saturimetro segnava 79. Abbiamo chiamato il 118 e collegato la bombola di riserva; ora è stabile, ma molto provata.

Stamattina l'apparecchio si è riacceso da solo come se niente fosse, e questo mi preoccupa ancora di più.

Vi chiedo di sostituirlo oggi stesso e di farmi sapere per iscritto cosa è successo. Non possiamo permetterci un'altra notte così.

Cordiali saluti
Giorgio Santambrogio
tel. 039 2210 883 – cell. 348 551 0927"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Daniel Whitmore <daniel.whitmore@fastmail.example>",
         to="clienti@autonoleggio-sole.example",
         subject="Macchina noleggiata - ruota quasi staccata",
         body="""\
Buongiorno,

ho noleggiato da voi una Fiat Tipo all'aeroporto di Catania, contratto n. CT-884120, ritiro il 2 dicembre.

Ieri su la autostrada verso Siracusa ho sentito un rumore forte davanti a sinistra e la macchina vibrava tanto. Mi sono fermato nella piazzola di emergenza e ho visto che tre bulloni della ruota erano quasi fuori, uno mancava proprio. Andavo a 110 km/h con mia moglie e due bambini in macchina. Se la ruota si stacca, non voglio pensare cosa succede.

Un meccanico di una officina vicino ha stretto i bulloni, ma io non voglio più guidare questa macchina. Per favore, mi date un'altra macchina a Siracusa? E voglio sapere chi ha controllato questa auto prima della consegna, è molto pericoloso.

Grazie
Daniel Whitmore
+44 7700 900 412"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Anna Maria Pellegrino <annamaria.pellegrino@virgilio.example>",
         to="studio@amministrazioni-deluca.example",
         subject="Ascensore scala B – urgente",
         body="""\
Gentile amministratore,

le scrivo perché stamattina è successo un episodio gravissimo con l'ascensore della scala B (via dei Mille 44).

La signora Gentile del quarto piano, che ha 86 anni e cammina con il deambulatore, era in cabina da sola: l'ascensore è sceso di colpo di quasi un piano, con un botto, e si è fermato tra il secondo e il primo. Le porte si sono aperte lo stesso, con un gradino di più di mezzo metro. Uscendo la signora è caduta in avanti e ha battuto il ginocchio e la testa; il figlio l'ha portata al pronto soccorso.

Già la settimana scorsa diversi condomini avevano detto che la cabina "sobbalzava". Ho attaccato un cartello "fuori servizio", ma la gente continua a usarlo lo stesso.

Le chiedo di far fermare l'impianto e di mandare subito la ditta di manutenzione, prima che qualcun altro si faccia male.

Distinti saluti
Anna Maria Pellegrino
consigliere scala B"""),

    dict(n=5, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Martina Colombo <martina.colombo94@gmail.example>",
         to="supporto@scintilla-app.example",
         subject="qualcuno è entrato nel mio profilo!!!",
         body="""\
ciao vi scrivo da un'altra mail perche non riesco piu ad entrare nel mio account
da ieri sera qualcuno ha cambiato email e password del mio profilo (nome profilo Marti_94, Bologna)
due ragazzi con cui chattavo mi hanno scritto su instagram che "io" gli ho chiesto 200 euro su una carta prepagata per un'emergenza!!! non sono io!!
se provo a fare il reset mi dice che l'email non è registrata
bloccate il profilo per favore prima che qualcun altro ci caschi
Martina

Inviato da iPhone"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Rag. Paolo Ferraresi <p.ferraresi@studioferraresi.example>",
         to="assistenza@contabilweb.example",
         subject="URGENTE – ContabilWeb irraggiungibile, scadenza F24 del 16",
         body="""\
Spett.le assistenza,

da stamattina alle 8:40 circa il gestionale ContabilWeb non è raggiungibile da nessuna postazione del nostro studio (7 utenti). Il browser restituisce:

  Errore 503 – Service Unavailable
  Il server non è temporaneamente in grado di gestire la richiesta.

Abbiamo verificato la nostra connessione: gli altri siti funzionano regolarmente, e anche da casa di una collega il risultato è lo stesso.

Vi ricordo che il 16 scadono i versamenti F24 di oltre 200 clienti, che dobbiamo ancora predisporre e inviare. Al momento lo studio è completamente fermo.

Vi preghiamo di richiamarci al più presto allo 0532 744 190.

Distinti saluti

Rag. Paolo Ferraresi
Studio Ferraresi – Consulenza fiscale e del lavoro
Corso Giovecca 88, 44121 Ferrara

Il presente messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di darne immediata comunicazione al mittente e di cancellarlo dal vostro sistema."""),

    dict(n=7, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Luca Morandi <direzione@cinemaodeon-parma.example>",
         to="support@bigliettoveloce.example",
         subject="Cassa ferma, coda fuori dal cinema",
         body="""\
Buonasera,

sono il gestore del Cinema Odeon di Parma (cliente 4471). Dalle 19:15 il terminale di cassa non stampa più i biglietti: quando selezioniamo lo spettacolo la rotellina gira all'infinito e poi torna alla schermata iniziale. Anche la vendita online sul nostro sito mostra una pagina bianca più o meno dalla stessa ora.

Stasera abbiamo l'anteprima con tutte e tre le sale piene, ci sono un centinaio di persone in coda fuori e molti hanno già pagato online, ma non riusciamo a verificare i QR code.

Il numero di assistenza squilla a vuoto. Vi prego, richiamatemi subito al 347 200 8811.

Luca Morandi"""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Stefano Greco <stefano.greco@alice.example>",
         to="help@sostaly.example",
         subject="L'app si chiude appena la apro",
         body="""\
Salve,
da stamattina l'app Sostaly si chiude appena la apro: compare il logo per un secondo e poi torno alla schermata del telefono. Ho già provato a riavviare il telefono, a disinstallarla e a reinstallarla, niente da fare.

Il problema è che la uso tutti i giorni per pagare la sosta sotto l'ufficio, in zona blu, e lì i parcometri non ci sono più. Oggi ho rischiato la multa.

Telefono: Samsung Galaxy A54, Android 14, app versione 5.2.0.

Grazie
Stefano Greco

Inviato dal mio dispositivo Galaxy"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Giulia Ferrante <giulia.ferrante@outlook.example>",
         to="elearning@linguaviva.example",
         subject="Domanda sulla piattaforma",
         body="""\
Buongiorno,

sono iscritta al corso di tedesco B1 online (gruppo del martedì). Volevo chiedervi: è normale che da qualche giorno i video delle lezioni si blocchino ogni due o tre minuti? Devo ricaricare la pagina ogni volta e il video riparte dall'inizio.

Anche negli esercizi di ascolto l'audio a volte non parte proprio, mentre le parti scritte e il forum funzionano benissimo.

Ho provato sia dal computer sia dal tablet, con la stessa connessione che uso per Netflix senza nessun problema.

Grazie e buona giornata,
Giulia Ferrante"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Roberto Galli <roberto.galli@fastwebnet.example>",
         to="donatori@fondazione-mano-amica.example",
         subject="Donazione di novembre addebitata due volte",
         body="""\
Gentile ufficio donatori,

sono un vostro sostenitore da diversi anni, con una donazione mensile di 25 euro tramite addebito SEPA (codice donatore MA-07731).

Controllando l'estratto conto ho visto che a novembre l'addebito è stato fatto due volte, il 5 e il 6, sempre 25,00 euro con la stessa causale "Sostegno mensile".

Nessun dramma, ovviamente, ma vi chiedo di stornare il secondo addebito oppure, se è più semplice, di saltare la quota di dicembre. Mi serve però una ricevuta corretta per la dichiarazione dei redditi.

Un caro saluto e grazie per il vostro lavoro
Roberto Galli"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Valentina Russo <vale.russo@libero.example>",
         to="assistenza@crowdidea.example",
         subject="Rimborso progetto annullato – mi serve per l'affitto",
         body="""\
Buongiorno,

a settembre ho sostenuto il progetto "Borraccia Termica Eco" con 450 euro (ricompensa "Pacchetto famiglia", ordine CI-2026-55031). A fine ottobre mi è arrivata la vostra mail in cui si diceva che il progetto non aveva raggiunto l'obiettivo e che il rimborso sarebbe arrivato entro 14 giorni lavorativi.

Sono passate cinque settimane e sulla carta non ho ancora visto niente. Ho scritto due volte in chat e mi rispondono sempre "è in lavorazione".

Per me non è una piccola cifra: sono una studentessa fuorisede e quei soldi mi servono per pagare l'affitto entro il 10. Potete dirmi esattamente quando verrà accreditato il rimborso?

Grazie
Valentina Russo
Ticket precedente: #CI-88120"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Marco Bertolini <marco.bertolini@gmail.example>",
         to="segreteria@polisportiva-ardens.example",
         subject="Info commissione 1,50 €",
         body="""\
Ciao,

una curiosità: pagando con la carta sul vostro sito la quota del corso di nuoto mi è stata addebitata anche una "commissione di servizio" di 1,50 €. Va benissimo, eh, volevo solo capire se c'è anche pagando con bonifico o solo con la carta, così la prossima volta mi regolo.

Grazie, a presto in piscina!
Marco Bertolini
tessera 2211"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Marchetti <elena.marchetti@yahoo.example>",
         to="prestiti@biblioteca-civica-lucca.example",
         subject="Non riesco ad accedere all'area personale",
         body="""\
Buongiorno,

da quando a ottobre mi avete rinnovato la tessera (quella nuova con il codice a barre) non riesco più ad accedere all'area personale del catalogo online: inserisco numero di tessera e PIN e compare "credenziali non valide".

Ho provato anche con il vecchio numero, stesso risultato. Il recupero PIN rimanda a una pagina che dice di rivolgersi al banco prestiti, ma con i miei orari di lavoro faccio fatica a passare.

Potreste reimpostarmi il PIN e mandarmelo per email? Vorrei prenotare un paio di libri prima delle vacanze.

Cordiali saluti
Elena Marchetti
tessera n. 0048812"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Federico Ranieri <federico@ranieridesign.example>",
         to="community@spazioalveare.example",
         subject="Account bloccato, non ricevo il codice – domani ho un cliente",
         body="""\
Ciao ragazzi,

la settimana scorsa ho cambiato numero di telefono e da allora non riesco più a entrare nell'app dell'Alveare: dopo la password mi chiede il codice via SMS, che ovviamente arriva al vecchio numero (che non ho più). Dopo tre tentativi l'account si è bloccato.

Il guaio è che senza app non posso né aprire il portone né prenotare la sala riunioni, e domani alle 9:30 ho una presentazione con un cliente importante che viene apposta da Milano.

Potete aggiornare il numero (quello nuovo è 351 660 2874) e sbloccarmi l'account entro oggi?

Grazie mille
Federico Ranieri
piano 2, postazione 14

--
Ranieri Design · Brand identity & packaging
www.ranieridesign.example"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Luisa Fontana <luisa.fontana@virgilio.example>",
         to="servizioclienti@mobilificio-brianza.example",
         subject="Come cambio l'email del mio account?",
         body="""\
Buongiorno,

avrei bisogno di una piccola informazione: come posso cambiare l'indirizzo email collegato al mio account sul vostro sito? Quello vecchio è quello dell'ufficio e da fine mese non potrò più usarlo.

Nel profilo vedo solo la possibilità di modificare l'indirizzo di consegna e il telefono.

Grazie in anticipo
Luisa Fontana"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sergio Caputo <sergio.caputo@tin.example>",
         to="info@cucinedesign-salerno.example",
         subject="Grazie per la cucina!",
         body="""\
Buongiorno a tutti,

volevo solo dirvi grazie. La cucina è montata da due settimane e a casa nostra è diventata il centro del mondo. Il piano a induzione è una bomba: mia moglie, che all'inizio era scettica, adesso non lo spegne più.

Un grazie speciale ai due montatori, Ciro e Antonio: hanno lavorato come dei matti, hanno lasciato tutto pulitissimo e non hanno fatto una piega nemmeno quando abbiamo scoperto che il muro era storto. Per Natale faremo fuoco e fiamme ai fornelli: abbiamo venti persone a pranzo e sono sicuro che la cucina reggerà il colpo!

Vi lascerò sicuramente una recensione a cinque stelle.

Sergio e Rosaria Caputo"""),

    dict(n=17, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Chiara Neri <chiara.neri@gmail.example>",
         to="assistenza@velomove.example",
         subject="Re: Caricabatterie monopattino – pratica 30712",
         body="""\
Buongiorno,

il caricabatterie nuovo è arrivato ieri e funziona perfettamente, il monopattino si ricarica in quattro ore come prima. Grazie per la rapidità!

Una domanda sola: quello vecchio devo rispedirvelo o posso portarlo all'isola ecologica?

Saluti
Chiara Neri

Il giorno mar 1 dic 2026 alle ore 10:12 Assistenza VeloMove <assistenza@velomove.example> ha scritto:
> Gentile sig.ra Neri,
> ci dispiace molto per quanto accaduto con il caricabatterie del suo monopattino
> (scintille dalla presa, odore di plastica bruciata, cavo fuso vicino al
> connettore e la piccola scottatura alla mano di suo figlio).
> La preghiamo di non utilizzarlo più e di tenerlo staccato dalla corrente.
> Oggi le abbiamo spedito un caricabatterie sostitutivo.
> Cordiali saluti,
> Assistenza VeloMove"""),

    dict(n=18, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Paola Zanetti <paola.zanetti@libero.example>",
         to="soci@amicidelmuseo-torino.example",
         subject="R: Doppio addebito rinnovo tessera socio",
         body="""\
Gentilissimi,

oggi ho visto lo storno sull'estratto conto, è tutto a posto. Grazie davvero per la cortesia e la velocità.

Approfitto per chiedere: la mostra sull'Egitto resterà aperta anche il 26 dicembre e il 1° gennaio? Vorrei portarci i miei nipoti.

Cordiali saluti
Paola Zanetti

-----Messaggio originale-----
Da: Paola Zanetti <paola.zanetti@libero.example>
Inviato: lunedì 30 novembre 2026 11:02
A: soci@amicidelmuseo-torino.example
Oggetto: Doppio addebito rinnovo tessera socio

> Buongiorno,
> rinnovando online la tessera socio 2027 mi sono stati addebitati due volte
> 52,00 euro sulla carta (entrambi il 28/11, alla stessa ora). La tessera però
> è una sola. Potete rimborsarmi il secondo addebito?
> Grazie, Paola Zanetti (socio n. 17733)"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Associazione Cittadini Digitali <eventi@cittadinidigitali.example>",
         to="info@ottica-belvedere.example",
         subject="Webinar gratuito: “Truffe online, account rubati e furto d'identità” – 21 gennaio",
         body="""\
Gentile iscritto,

phishing, SMS falsi del corriere, profili social rubati, carte clonate: ogni giorno migliaia di persone e di piccole attività cadono nella trappola. Spesso basta un clic sbagliato per perdere l'accesso alla propria email o ritrovarsi il conto svuotato.

Per questo ti invitiamo al nostro webinar gratuito:

TRUFFE ONLINE, ACCOUNT RUBATI E FURTO D'IDENTITÀ – COME DIFENDERSI
giovedì 21 gennaio 2027, ore 18:00–19:30, su Zoom

Parleremo di:
- come riconoscere un sito o una mail falsi;
- perché usare un gestore di password e l'autenticazione a due fattori;
- cosa fare subito se ti hackerano il profilo o ti addebitano spese sconosciute.

Iscrizioni: www.cittadinidigitali.example/webinar

Associazione Cittadini Digitali APS
Ricevi questa email perché sei iscritto alla nostra newsletter. Per cancellarti: www.cittadinidigitali.example/disiscrizione"""),

    dict(n=20, signals="-", priority="low", trap="school-project", qt=0, reply=0,
         frm="Sofia Barbieri <sofia.barbieri.3b@scuola-galilei.example>",
         to="comunicazione@acquedotto-valdarno.example",
         subject="Ricerca scolastica sul ciclo dell'acqua",
         body="""\
Gentili signori,

mi chiamo Sofia, frequento la terza media alla scuola Galilei di Figline e con il mio gruppo stiamo preparando una ricerca sul percorso dell'acqua, dalla sorgente al rubinetto.

Avremmo alcune domande, se avete tempo:
1. Cosa succede quando si rompe un tubo grosso sotto la strada? Quanto ci mettete a ripararlo?
2. Durante la siccità dell'estate scorsa avete dovuto chiudere l'acqua in qualche paese?
3. Come controllate che l'acqua non sia inquinata?
4. Sarebbe possibile visitare il depuratore con la classe in primavera?

La professoressa Landi dice che possiamo anche farvi un'intervista al telefono.

Grazie mille!
Sofia Barbieri, classe 3B"""),

    dict(n=21, signals="-", priority="low", trap="partnership", qt=0, reply=0,
         frm="Ing. Marco Vitale <m.vitale@protecta-antincendio.example>",
         to="info@hubcentrale-coworking.example",
         subject="Proposta di collaborazione – sicurezza antincendio per spazi coworking",
         body="""\
Buongiorno,

sono Marco Vitale, responsabile commerciale di Protecta Srl. Da vent'anni ci occupiamo di prevenzione incendi, estintori, porte tagliafuoco e piani di emergenza ed evacuazione per uffici e spazi condivisi.

Ho visto che avete appena aperto la nuova sede in via Tortona e vorrei proporvi una convenzione pensata per i coworking: verifica gratuita degli impianti, corso di primo soccorso e antincendio per il vostro staff e uno sconto del 20% per i membri che devono fare la formazione obbligatoria.

Sarei felice di passare a presentarmi di persona, anche solo per un caffè. Mi dica lei quando le fa comodo.

Cordiali saluti
Ing. Marco Vitale
Protecta Srl – Prevenzione incendi e sicurezza sul lavoro
Tel. 02 8899 4410 · www.protecta-antincendio.example

Questa email e i suoi allegati sono confidenziali. Se l'avete ricevuta per errore, vi preghiamo di informare il mittente e di eliminarla."""),

    dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Alessandra Rinaldi <ale.rinaldi@hotmail.example>",
         to="preventivi@traslochi-veloci.example",
         subject="Trasloco di sabato 12 – dettagli",
         body="""\
Buongiorno Davide,

confermo il trasloco di sabato 12 dicembre (preventivo n. 2026/418). Qualche dettaglio per i vostri ragazzi:

- alle 8 sarò giù al portone ad aspettarvi, il citofono è rotto da mesi quindi inutile suonare;
- in via Cavour c'è la ZTL, il permesso per il camion ce l'ho io;
- il divano letto va smontato: quando l'hanno portato su tre anni fa il fattorino è quasi morto, quindi preparatevi :)

Se mi cercate, scrivetemi qui: mi è caduto il telefono nel lavandino e al momento è morto, spero di averne uno nuovo entro giovedì.

A sabato!
Alessandra Rinaldi"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ing. Carlo Benedetti <c.benedetti@hotelgrupposerena.example>",
         to="enterprise@ricaricapiu.example",
         subject="Contratto Enterprise RP-ENT-0192 – colonnine ferme in 3 strutture, SLA superato",
         body="""\
Spettabile RicaricaPiù,

in qualità di Facility Manager del Gruppo Serena Hotels vi segnalo che dalle 14 di ieri le sei colonnine di ricarica installate presso i nostri hotel di Riccione, Cesenatico e Cervia risultano tutte "offline" nel vostro portale e non avviano alcuna ricarica, né da app né con tessera RFID.

Il ticket è stato aperto ieri alle 14:20 (n. 77341), ma a oggi non si è fatto vivo nessun tecnico. Vi ricordo che il nostro contratto Enterprise RP-ENT-0192 prevede un intervento entro 8 ore lavorative e una disponibilità garantita del 98% su base mensile.

Abbiamo ospiti di un congresso medico arrivati con auto elettriche che non possono ricaricare, e alla reception stiamo ricevendo lamentele.

Chiedo un intervento entro oggi e un riscontro scritto sulle penali previste dall'art. 9 del contratto.

Distinti saluti
Ing. Carlo Benedetti
Facility Manager – Gruppo Serena Hotels S.p.A.
Via del Mare 12, 47838 Riccione"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Simona Gatti <reception@studiodentisticogatti.example>",
         to="supporto@prenotafacile.example",
         subject="Modulo prenotazioni online non funziona",
         body="""\
Buongiorno,

vi segnalo che da lunedì il modulo di prenotazione online sul sito del nostro studio non va a buon fine: il paziente sceglie data e orario, clicca su "Conferma" e compare "Si è verificato un errore, riprova più tardi". In agenda non arriva nulla.

Per ora abbiamo messo un avviso sul sito con il numero della segreteria e prendiamo gli appuntamenti al telefono, quindi riusciamo a lavorare lo stesso; però ci farebbe comodo risolvere entro la settimana.

Codice cliente: PF-20931
Studio Dentistico Dott. Gatti – Pistoia

Grazie,
Simona Gatti (segreteria)"""),
]
