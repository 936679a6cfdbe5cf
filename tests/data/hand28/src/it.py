# blind29 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesca Bellotti <francesca.bellotti@postaweb.example>",
         to="assistenza@scorrevolo-automazioni.example",
         subject="Cancello scorrevole S600 non si ferma - mio padre schiacciato contro il pilastro",
         body="""\
Buongiorno,

ieri sera verso le 19 il cancello scorrevole di casa (motore Scorrevolo S600, installato a marzo
dal vostro rivenditore di Treviso, matricola S6-22-41187) si è richiuso mentre mio padre, che ha
81 anni, stava passando a piedi con il deambulatore.

Il cancello non si è fermato: l'ha spinto contro il pilastro e ha continuato a spingere finché
mio marito non è corso a staccare la corrente dal quadro. Mio padre ha un ematoma enorme sul
fianco e sul braccio, il deambulatore è piegato. Le fotocellule avevano la lucina verde accesa.

Stamattina abbiamo provato con uno scatolone: il cancello lo schiaccia e va avanti come se niente
fosse. Per ora l'abbiamo lasciato staccato e apriamo a mano, ma ci sono due bambini in casa e i
vicini che entrano con la macchina.

Vi chiedo di mandare un tecnico oggi stesso.

Francesca Bellotti
Via dei Gelsi 8, Castelfranco Veneto"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Valeria Marchetti <vale.marchetti@mailbox.example>",
         to="servizioclienti@creativa-hobby.example",
         subject="Kit Resina Cristallo Kids - mia figlia ha le palpebre gonfie",
         body="""\
Buonasera,
ho comprato da voi il kit "Resina Cristallo Kids" (8+ anni) per fare dei ciondoli con mia figlia
di 9 anni. Abbiamo seguito le istruzioni, guanti della confezione, finestra aperta.

Dopo una mezz'ora che mescolavamo le si sono gonfiate le palpebre, ha le mani e i polsi pieni di
chiazze rosse e dice che le pizzica la gola e fa fatica a deglutire. Le ho lavato le mani e
adesso la sto portando alla guardia medica.

Mi serve subito la scheda con i componenti della resina e dell'indurente, il medico la vorrà
vedere. Sulla scatola c'è solo scritto "atossico".

Valeria Marchetti
il mio cellulare è nell'ordine n. 100-58812"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Stefano Rinaldi <stefano.rinaldi@libero-mail.example>",
         to="assistenza@basculanti-gardini.example",
         subject="Domanda sulla basculante motorizzata",
         body="""\
Salve,
è normale che la basculante del garage, se la fermo a metà col telecomando, dopo qualche secondo
scenda da sola di colpo fino a terra? Stamattina è venuta giù di botto a una spanna da mio figlio
che si era chinato a raccogliere il pallone. Modello Gardini B240 motorizzato, installata due anni
fa. Da qualche giorno fa anche un rumore di molla che scatta.
Grazie,
Stefano Rinaldi"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Coordinamento Coop. Sollievo <coordinamento@coopsollievo.example>",
         to="supporto@turniecura.example",
         subject="Nell'app vediamo gli assistiti di un'altra cooperativa (con codici chiavi)",
         body="""\
Buongiorno,

da stamattina le nostre OSS, aprendo l'app Turni&Cura per il giro delle visite, trovano nella
lista anche assistiti che non sono nostri. Abbiamo verificato: sono di un'altra cooperativa,
credo della zona di Lodi. Di ognuno si vedono nome e cognome, indirizzo, piano terapeutico,
patologie, numero del familiare di riferimento e il codice della cassetta portachiavi
all'ingresso di casa.

Ho fatto chiudere l'app a tutte le operatrici e stiamo lavorando con i fogli stampati ieri.
Temo che allo stesso modo i dati dei nostri 140 assistiti, codici compresi, siano visibili a
loro. Parliamo di anziani che vivono da soli.

Vi chiedo di bloccare subito l'accesso e di farmi sapere chi ha visto cosa. Devo informare il
nostro DPO entro oggi.

Elisa Pagnoni
Coordinatrice servizio domiciliare, Cooperativa Sociale Sollievo"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Inf. coord. Luca Serafini <l.serafini@rsa-villaulivi.example>",
         to="helpdesk@somministra.example",
         subject="Giro terapia delle 8 - tablet fermi su 'Caricamento piano terapeutico'",
         body="""\
Buongiorno,

dalle 7:40 tutti i tablet dei carrelli terapia restano sulla rotellina "Caricamento piano
terapeutico..." e non si riesce né a vedere le terapie né a firmare le somministrazioni.
Abbiamo riavviato i tablet e l'access point, niente.

Sono fermi i 3 nuclei della struttura: 96 ospiti, 9 infermieri in turno. Stiamo facendo il giro
delle 8 con le stampe di ieri sera, ma poi dovremo registrare tutto a mano e tra un'ora c'è
anche l'insulina.

Richiamatemi al numero del reparto.

Luca Serafini
Infermiere coordinatore, RSA Villa degli Ulivi"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ufficio Trasporti Comune di Valsassina Alta <trasporti@comune-valsassinalta.example>",
         to="assistenza@scuolabus-gps.example",
         subject="Tablet di bordo scuolabus: 'Nessuna corsa assegnata'",
         body="""\
Alle 6:45 i tablet di bordo di tutti i 18 scuolabus mostrano "Nessuna corsa assegnata". Gli
autisti sono in deposito e non hanno l'elenco delle fermate né quello dei bambini da caricare.
Le corse partono alle 7:05, sono circa 640 alunni tra primaria e media.
Stiamo cercando di mandare i percorsi via WhatsApp ma non li abbiamo tutti aggiornati.
Chiamate subito il 0341 000000 int. 3.
Geom. Alberto Crippa, Ufficio Trasporti"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ottica Ferri <otticaferri@negozi.example>",
         to="supporto@visionsoft-gestionale.example",
         subject="Schede clienti bianche",
         body="""\
Buongiorno, da stamattina quando apro una scheda cliente nel gestionale la pagina resta bianca.
Non vedo le prescrizioni, non posso consegnare gli occhiali pronti né fare gli ordini delle
lenti. Ho già sei persone venute a ritirare e rimandate a casa.
I colleghi degli altri negozi del gruppo dicono che a loro va. Abbiamo riavviato il PC.
Ottica Ferri, Via Garibaldi 23, Pesaro - codice cliente 2214
Roberta Ferri"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Birrificio Valle Scura <amministrazione@birrificiovallescura.example>",
         to="assistenza@brewmanager.example",
         subject="Export dati per dichiarazione accise esce vuoto",
         body="""\
Buongiorno,

da quando avete rilasciato l'aggiornamento della settimana scorsa, il file per la dichiarazione
accise (Registri > Accise > Esporta mensile) esce vuoto: ci sono solo le intestazioni delle
colonne. Le cotte e i confezionamenti di ottobre si vedono regolarmente a video.

La scadenza è il 16 del mese prossimo quindi c'è tempo, ma preferirei non ridurmi all'ultimo.
Sapete dirmi se è un problema noto e quando lo sistemate?

Grazie,
Chiara Bonomi
Amministrazione, Birrificio Valle Scura"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Giorgio Pastore <giorgio@lavasecco-bolleblu.example>",
         to="supporto@washpay.example",
         subject="R: Le lavatrici non partono dall'app (ticket 30518)",
         body="""\
Quinto giorno. Ancora niente.
Metà dei miei clienti paga solo con l'app, arrivano, non parte la lavatrice e vanno dal
concorrente in fondo alla via. Voglio una data, non un altro "stiamo verificando".

Giorgio Pastore
Lavanderia self-service Bolle Blu, Bari

-----Messaggio originale-----
Da: Giorgio Pastore
Inviato: lunedì 17 novembre 2026 08:31
A: supporto@washpay.example
Oggetto: R: Le lavatrici non partono dall'app (ticket 30518)

> Siamo a lunedì e la situazione è la stessa. Le macchine a gettoni vanno, quelle collegate
> alla vostra app no. Mi richiamate?
>
> -----Messaggio originale-----
> Da: Supporto WashPay
> Inviato: venerdì 14 novembre 2026 16:02
>
> Gentile cliente, abbiamo preso in carico la segnalazione, stiamo verificando con il
> reparto tecnico.
>
> -----Messaggio originale-----
> Da: Giorgio Pastore
>
> Da stamattina i clienti pagano dall'app, l'app dice "Lavaggio avviato" ma le lavatrici
> 1-6 restano spente. Ho dovuto restituire a mano 11 pagamenti."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Matteo Gallo <matteo.gallo99@mailbox.example>",
         to="info@cinemaodeon-multisala.example",
         subject="pagato 2 volte",
         body="""\
salve ho preso 2 biglietti per sala 3 sabato ore 21 e mi avete scalato 19,80 due volte sulla
carta. nell'app ho una sola prenotazione. mi ridate i soldi?
Inviato da iPhone"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Studio Dentistico Dr. Costa <segreteria@studiocosta-dent.example>",
         to="amministrazione@labdentale-orion.example",
         subject="Fattura n. 2026/1184 - quantità e prezzo non corretti",
         body="""\
Gentili,

nella fattura n. 2026/1184 del 31/10 ci sono due errori:

1. ci avete addebitato 4 corone in zirconia per il lavoro rif. 0977 (paziente iniziali G.M.),
   ma ne abbiamo ordinate e ricevute 3, come risulta anche dal vostro DDT;
2. il prezzo unitario indicato è 185,00 € invece dei 160,00 € del listino concordato a gennaio.

Vi chiediamo una nota di credito o una fattura corretta. Il pagamento è sospeso fino ad allora.

Cordiali saluti,
Sara Lucchesi
Segreteria, Studio Dentistico Dr. Costa"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Davide Moretti <davide.moretti@postaweb.example>",
         to="segreteria@verticalblocco.example",
         subject="Addebito SDD dopo disdetta abbonamento",
         body="""\
Buongiorno,

ho disdetto l'abbonamento annuale alla palestra il 12 settembre, allo sportello, e il giorno dopo
mi è arrivata la vostra mail di conferma ("la disdetta avrà effetto dal 1° ottobre"). La allego.

Il 1° novembre però mi è arrivato di nuovo l'addebito SDD di 59,00 € con causale "Quota mensile
VerticalBlocco". Vi chiedo di restituirmelo e di revocare il mandato, altrimenti faccio
rimborsare l'addebito dalla banca.

Grazie,
Davide Moretti
tessera n. 4471"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Klaus Obermaier <k.obermaier@familie-obermaier.example>",
         to="booking@camperdolomiti.example",
         subject="Pagamento cauzione non funziona - ritiro camper domani",
         body="""\
Buongiorno,

scusate il mio italiano non è perfetto. Domani alle 10 dobbiamo ritirare il camper a Bolzano
(prenotazione CV-55812, 12 giorni). Nella mail dite che la cauzione di 1.500 € si deve pagare
online prima del ritiro. Ma sul vostro sito la mia carta viene sempre rifiutata, "pagamento
rifiutato dall'emittente". Ho provato anche la carta di mia moglie, uguale. La banca dice tutto
è a posto e non vede niente.

Come possiamo pagare? Bonifico non arriva entro domani. Possiamo pagare al ritiro con la carta?
Altrimenti niente vacanza per i bambini, sono già tutti felici.

Grazie mille e saluti
Klaus Obermaier
Innsbruck"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Marco Tonelli <m.tonelli@soccorso-pianura.example>",
         to="servicedesk@soccorso-pianura.example",
         subject="Non mi arriva l'OTP per Centrale Web",
         body="""\
Ciao,
sono Marco Tonelli della sala operativa trasporti sanitari, turno 14-20.

Il codice OTP per entrare in Centrale Web non mi arriva, né via SMS né via mail. La settimana
scorsa ho cambiato numero di cellulare e l'avevo aggiornato nel profilo, forse c'entra.
I colleghi entrano normalmente, sono solo io.

In questo momento sto lavorando sulla postazione di Giulia con le sue credenziali (lo so, lo so),
ma lei stacca alle 16 e da lì sono senza accesso. Potete sistemare prima?

Marco
int. 2207"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Centro Acustico Meridiana <info@acusticameridiana-old.example>",
         to="portale@audiolab-protesi.example",
         subject="Cambio email di accesso al portale ordini - errore 409",
         body="""\
Buongiorno,

il nostro vecchio dominio di posta verrà chiuso il 31 dicembre e devo cambiare l'indirizzo email
con cui accediamo al portale ordini (chiocciole, riparazioni, apparecchi su misura).

Dalla pagina Profilo > Modifica email inserisco il nuovo indirizzo
(ordini@centroacusticomeridiana.example), ma dopo "Salva" compare "Errore 409 - impossibile
completare la richiesta" e resta quello vecchio. Ho provato con due browser.

Potete cambiarlo voi o dirmi come fare? Codice cliente AP-0392.

Cordiali saluti,
Dott.ssa Monica Ruggieri, audioprotesista"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Tommaso Esposito <tommaso.esposito@studenti-uni.example>",
         to="helpdesk@residenze-ateneo.example",
         subject="Account del portale risulta disattivato",
         body="""\
Salve,
è normale che il mio account sul portale della residenza risulti "disattivato"? Non ho fatto
niente, ho solo firmato il rinnovo del contratto per il secondo anno la settimana scorsa.
Da allora non riesco a prenotare la lavanderia né la sala studio.
Residenza Galilei, stanza 214.
Grazie,
Tommaso Esposito"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Adelina Fornasier <adelina.fornasier@postaweb.example>",
         to="club@magliafacile.example",
         subject="Chiusura della mia iscrizione al Club",
         body="""\
Gentili Signori,

sono una signora di 78 anni e non sono molto pratica di computer, quindi mi scuso se scrivo
all'indirizzo sbagliato.

Due anni fa mio nipote mi aveva iscritta al vostro Club Maglia per scaricare gli schemi per la
mia macchina da maglieria. Adesso la macchina l'ho regalata alla parrocchia e vorrei chiudere
la mia iscrizione, perché mi arrivano tante email ogni settimana e non le leggo.

Ho provato a seguire le istruzioni che ci sono sul sito, "Il mio profilo" e poi "Elimina", ma
il tasto "Elimina" non lo trovo, trovo solo "Modifica". Mio nipote adesso vive a Londra e non
può aiutarmi.

Non pago niente, è l'iscrizione gratuita. Il mio nome utente dovrebbe essere "adelina.f".

Vi ringrazio tanto per la pazienza e vi porgo distinti saluti.

Adelina Fornasier
Portogruaro"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Forno Santa Lucia <ordini@fornosantalucia.example>",
         to="assistenza@ordinapane.example",
         subject="Aggiungere il nuovo prodotto al catalogo online",
         body="""\
Ciao ragazzi,

sabato il forno è stato preso d'assalto: abbiamo fatto una strage di cornetti al pistacchio,
spariti in un'ora, e la gente è impazzita anche per la focaccia nuova. Insomma, un successo da
paura: siamo andati a ruba.

Vorrei aggiungere al catalogo degli ordini online:
- Focaccia Barese alta, 6,50 € al kg
- Cornetto pistacchio, 1,60 € l'uno

e togliere il cornetto al miele che non lo facciamo più. Devo farlo io dal pannello o lo fate
voi? Non trovo dove si mettono le foto.

Grazie,
Pina
Forno Santa Lucia, Altamura"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Enigma Lab Escape <info@enigmalab-escape.example>",
         to="partner@prenotastanza.example",
         subject="Nuova stanza 'BLACKOUT - Evacuazione Reattore 4' da pubblicare",
         body="""\
Buongiorno,

a dicembre apriamo una nuova stanza: "BLACKOUT - Evacuazione Reattore 4". I giocatori hanno
60 minuti per ripristinare la corrente in una centrale al buio e uscire prima della fusione del
nocciolo. Consigliata da 14 anni, da 3 a 6 giocatori.

Vorrei pubblicarla sulla vostra piattaforma accanto alle altre due ("Codice Rosso" e "Il
Laboratorio"). Come carico le foto e il trailer? Possiamo impostare un prezzo lancio di 20 € a
persona per le prime due settimane?

Grazie,
Federico Orlandi
Enigma Lab Escape, Verona"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Lorenzo Bassi <lorenzo.bassi@mailbox.example>",
         to="assistenza@termopellet.example",
         subject="App Termo di nuovo funzionante - grazie",
         body="""\
Buonasera,
volevo solo dirvi che dopo l'aggiornamento di ieri la app Termo vede di nuovo la stufa e riesco
ad accenderla da remoto prima di rientrare dal lavoro. Un grazie particolare a Davide
dell'assistenza telefonica, paziente e gentilissimo.
Lorenzo Bassi"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Famiglia Deiana <deiana.famiglia@postaweb.example>",
         to="assistenza@tirrenoferries.example",
         subject="R: Modifica prenotazione Olbia-Livorno PNR 7QKX2M",
         body="""\
Perfetto, grazie mille! Allora ci vediamo a bordo il 27.
Saluti,
Antonella Deiana

Il giorno mar 18 nov 2026 alle ore 11:20 Assistenza Tirreno Ferries
<assistenza@tirrenoferries.example> ha scritto:
> Gentile Sig.ra Deiana,
>
> come richiesto abbiamo modificato la prenotazione PNR 7QKX2M: partenza da Olbia il 27/12
> alle 21:30, cabina interna 4 letti, auto al seguito.
>
> La nuova tariffa è inferiore a quella pagata: la differenza di 42,00 € è stata rimborsata
> sulla carta usata per l'addebito iniziale e sarà visibile entro 5-7 giorni lavorativi.
>
> Cordiali saluti,
> Assistenza Clienti Tirreno Ferries"""),

    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Ivan Zanetti <ivan.zanetti@mailbox.example>",
         to="lavoraconnoi@spazzacamini-alpini.example",
         subject="Candidatura spontanea - tecnico stufe e canne fumarie",
         body="""\
Buongiorno,

mi chiamo Ivan Zanetti, ho 34 anni e da nove anni lavoro come tecnico manutentore di stufe a
legna, caldaie e canne fumarie in Val di Non.

In questi anni ho gestito di tutto: pulizia e videoispezione delle canne, interventi dopo
incendi di canna fumaria, ricerca di fughe di gas e di monossido negli impianti vecchi,
rifacimento di intubamenti. Ho il patentino F-gas e il corso lavori in quota.

Ho visto che cercate personale per la zona di Trento e vi invio il mio curriculum in allegato.
Sono disponibile da gennaio.

Cordiali saluti,
Ivan Zanetti"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Piscina Comunale Aquarius <segreteria@piscina-aquarius.example>",
         to="supporto@corsinacqua.example",
         subject="Registro presenze non salva da iPad",
         body="""\
Buongiorno,

da lunedì, dopo l'aggiornamento dell'app, gli istruttori non riescono a salvare il registro
presenze dei corsi di nuoto dagli iPad a bordo vasca: premono "Salva", compare la spunta verde,
ma ricaricando la pagina le presenze sono sparite.

Dal computer della segreteria, con il browser, funziona. Per ora gli istruttori segnano su carta
e io le ricopio la sera, quindi non è un'emergenza, però sono 22 corsi al giorno.

Grazie,
Michela Rota
Segreteria Piscina Aquarius, Monza"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Gianni Parodi <gianni.parodi@postaweb.example>",
         to="clienti@farmaciavet-online.example",
         subject="Curiosità sulla commissione di 0,35 €",
         body="""\
Buongiorno,
nell'ultimo ordine (antiparassitario per il mio cane, ordine 2026-88140) vedo una voce
"commissione pagamento 0,35 €". Nessun problema, eh, volevo solo capire se pagando con la carta
invece che con PayPal la commissione non c'è.
Grazie e buona giornata,
Gianni Parodi"""),
]
