# blind46 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="past", qt=0, reply=0,
         frm="Francesca Bellini <francesca.bellini@postamail.example>",
         to="assistenza@caldotherm.example",
         subject="URGENTE caldaia - allarme monossido, mia madre al pronto soccorso",
         body="""\
Buongiorno,

vi scrivo perché sabato mattina il vostro tecnico ha fatto la manutenzione
annuale della caldaia (contratto n. CT-551920, via dei Mille 14, Pavia).
Domenica sera il rilevatore di monossido in cucina ha cominciato a suonare, e
mia madre, che ha 81 anni, già dal pomeriggio si lamentava di mal di testa e
nausea. Abbiamo aperto tutte le finestre, spento la caldaia e chiamato il 112.

I vigili del fuoco hanno misurato valori alti vicino alla caldaia e hanno detto
che il tubo di scarico dei fumi sembra staccato o non fissato bene. Mia madre è
stata tenuta in osservazione al pronto soccorso tutta la notte, adesso sta
meglio.

La caldaia ora è spenta e siamo senza riscaldamento e acqua calda, ma
soprattutto voglio sapere cosa è stato fatto sabato. Mandate qualcuno di
competente OGGI e richiamatemi al 347 220 9184.

Francesca Bellini"""),
    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Luca Ferraro <luca.ferraro98@mailbox.example>",
         to="supporto@zipmove.example",
         subject="caduto con il monopattino, freno non funzionava",
         body="""\
Ciao,

ieri sera verso le 21 ho noleggiato un monopattino in piazza Castello (codice
ZM-7730). In discesa in via Po ho tirato il freno e non è successo praticamente
niente, la leva andava fino in fondo senza frenare. Per non finire contro una
macchina ferma mi sono buttato di lato e sono caduto.

Risultato: polso sinistro fratturato, gesso fino a metà braccio e ginocchio
aperto, me l'hanno detto stanotte al pronto soccorso. Il monopattino l'ho
lasciato li sul marciapiede perché non riuscivo neanche a chiudere la corsa
dall'app.

Vi chiedo di toglierlo subito dalla strada prima che qualcun altro si faccia
male, e di dirmi come fare la segnalazione per l'assicurazione.

Luca Ferraro"""),
    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dott.ssa Elena Marchi <coordinamento@rsa-villaserena.example>",
         to="qualita@ristorazione-gusto.example",
         subject="Corpo estraneo (vite metallica) nel pasto di sabato",
         body="""\
Gentili signori,

segnalo quanto accaduto sabato a pranzo nel nucleo B della nostra struttura.
Un'operatrice stava imboccando un'ospite di 89 anni con il purè di patate
fornito da voi (vaschetta del lotto 2311-B) quando la signora ha cominciato a
tossire forte. Dalla bocca è uscita una piccola vite metallica di circa 1 cm.
Per fortuna l'operatrice è intervenuta subito e la signora non l'ha ingerita,
ma ha un taglietto sulla gengiva e il medico l'ha visitata.

Molti nostri ospiti hanno difficoltà a deglutire: una cosa del genere poteva
finire molto male.

Abbiamo conservato la vite e la vaschetta. Chiediamo una verifica immediata
della linea di produzione e di sapere se altre vaschette dello stesso lotto
possono essere contaminate. Nel frattempo abbiamo sospeso il purè.

Distinti saluti
Dott.ssa Elena Marchi
Coordinatrice infermieristica - RSA Villa Serena"""),
    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Giorgio Santoro <g.santoro@postamail.example>",
         to="assistenza@bancafacile.example",
         subject="Telefono rubato con app della banca - bloccate l'accesso",
         body="""\
Salve,

stamattina alla stazione di Bologna mi hanno rubato il telefono dalla tasca del
giubbotto, me ne sono accorto solo sul treno. Sul telefono c'è la vostra app
BancaFacile con l'accesso con impronta, e purtroppo il telefono aveva un PIN
molto semplice.

Vi chiedo di bloccare subito l'accesso all'app e il dispositivo associato. Per
ora non vedo movimenti strani (ho controllato dal PC di un collega), ma non
voglio rischiare. Poi come faccio a registrare il telefono nuovo quando lo
compro?

Ho gia fatto denuncia ai carabinieri, se serve vi mando il verbale.

Giorgio Santoro, conto che finisce con 0382
Cell. provvisorio (collega): 333 718 4402"""),
    dict(n=5, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Anna Colombo <segreteria@icmanzoni-lecco.example>",
         to="assistenza@vendingpiu.example",
         subject="Distributore bevande piano terra: collaboratrice ha preso la scossa",
         body="""\
Buongiorno,

vi segnalo un fatto successo venerdì pomeriggio nella nostra scuola (plesso di
via Roma). La collaboratrice scolastica sig.ra Pirovano ha aperto lo
sportellino del distributore di bevande calde al piano terra per togliere un
bicchiere incastrato e ha preso una scossa forte al braccio destro. E' rimasta
un attimo senza fiato, l'abbiamo fatta sedere e poi è stata accompagnata al
pronto soccorso per un controllo: per fortuna niente di grave.

Sotto il distributore c'era una pozza d'acqua, forse c'è una perdita.

L'abbiamo staccato dalla presa e ci abbiamo messo un cartello. Lo usano anche i
ragazzi delle medie, quindi vi chiediamo di mandare un tecnico prima possibile
e di non riattivarlo finché non è sicuro.

Cordiali saluti
Anna Colombo
Segreteria amministrativa I.C. Manzoni"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Davide Greco <d.greco@trasporti-greco.example>",
         to="support@spediamo-api.example",
         subject="API etichette giù da stamattina - magazzino fermo",
         body="""\
Buongiorno,

dalle 6:40 tutte le chiamate alla vostra API per creare le etichette ci
tornano errore 502 Bad Gateway. Anche dal pannello web, se provo a creare una
spedizione a mano, la pagina resta bianca.

Abbiamo 420 spedizioni del weekend da evadere per i nostri clienti e-commerce,
40 bancali pronti in banchina e il corriere passa alle 11. Senza etichette non
parte niente.

Vi prego di darci un aggiornamento subito, anche solo per capire se il problema
è vostro o nostro. Codice cliente SPA-10294.

Davide Greco
Responsabile IT - Trasporti Greco srl
Tel. 0522 481 330"""),
    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dott. Stefano Riva <direzione@poliambulatorio-sanluca.example>",
         to="assistenza@medigest.example",
         subject="Nessuno riesce ad accedere a MediGest - pazienti in attesa",
         body="""\
Buongiorno,

da stamattina all'apertura (7:30) nessuno dei nostri operatori riesce ad
entrare in MediGest: le segretarie dell'accettazione, i medici negli
ambulatori, il laboratorio. Inseriamo utente e password e compare "Credenziali
non valide", anche a chi ha cambiato la password la settimana scorsa. Il
recupero password non manda nessuna mail.

Siamo circa 25 utenti. Abbiamo la sala d'attesa piena, non vediamo né le
prenotazioni né i referti, stiamo facendo tutto a mano su carta e i prelievi
sono in ritardo.

Chiamatemi subito al 06 4471 2290.

Dott. Stefano Riva
Direttore sanitario - Poliambulatorio San Luca"""),
    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marta De Luca <marta.deluca@mailbox.example>",
         to="assistenza@fibraviva.example",
         subject="senza internet da venerdì!!",
         body="""\
Buongiorno, sono senza linea da venerdì sera. Il modem ha la lucina "Internet"
rossa fissa, ho gia provato a spegnerlo e riaccenderlo e a resettarlo con lo
spillo come dice la vostra guida, niente. Ho chiamato il numero verde due volte
e mi hanno detto "stiamo verificando".

Lavoro da casa e da oggi non posso collegarmi, con il telefono non riesco a
fare tutto. Mi serve un tecnico per favore. Codice cliente FV-3348102, linea
intestata a De Luca Marta.

Grazie"""),
    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Paolo Mancini <paolo.mancini@postamail.example>",
         to="assistenza@leggolibro.example",
         subject="ereader fermo sul logo",
         body="""\
Salve,
da sabato il mio LeggoLibro Touch 3 resta fermo sulla schermata con il logo e
l'omino che legge, e non va avanti. Credo abbia fatto un aggiornamento da solo
venerdì notte. Ho provato a tenere premuto il tasto di accensione per 30
secondi come dite nelle FAQ: si riavvia e si ferma di nuovo li.

Quindi non posso leggere niente, e ho comprato tre libri la settimana scorsa.
C'è un modo per ripristinarlo senza perdere i libri?

Paolo"""),
    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Giulia Pellegrini <ordini@coop-valdinon.example>",
         to="supporto@agriportale.example",
         subject="Portale ordini lentissimo, molti ordini non vengono salvati",
         body="""\
Buongiorno,

da venerdì il portale AgriPortale è lentissimo: per aprire la pagina degli
ordini ci vogliono più di due minuti e spesso, al momento di confermare,
compare "Timeout" e l'ordine non viene salvato. I nostri soci devono ordinare
concimi e cassette per la raccolta.

Per ora ci arrangiamo così: i soci ci mandano gli ordini via mail e la nostra
impiegata li inserisce dall'app sul tablet, che invece funziona normalmente.
Quindi non siamo fermi, ma è un lavoro doppio.

Potete verificare? Grazie.

Giulia Pellegrini
Ufficio ordini - Cooperativa Agricola Val di Non"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Serena Fontana <serena.fontana@postamail.example>",
         to="aiuto@casevacanza-online.example",
         subject="rimborso prenotazione cancellata dall'host - mi servono i soldi",
         body="""\
Buongiorno,

vi scrivo per la terza volta. La mia prenotazione n. 88-204771 (appartamento a
Lecce, 20-27 dicembre) è stata cancellata dall'host il 2 novembre, tre giorni
dopo che avevo pagato tutto, 1.640 euro. Mi avete scritto che il rimborso
sarebbe arrivato "entro 5-7 giorni lavorativi". Sono passate due settimane e
sulla carta non c'è niente.

Non sono ricca, quei soldi erano i miei risparmi per portare i miei genitori
giù a Natale. Adesso devo prenotare un'altra sistemazione prima che finiscano i
posti, ma senza quel rimborso non posso. E ogni volta che scrivo in chat mi
risponde un bot.

Vi chiedo per favore di verificare dove sono finiti i soldi e di darmi una data
certa.

Serena Fontana"""),
    dict(n=12, signals="payment", priority="medium", trap="aside", qt=0, reply=0,
         frm="Roberta Sala <amministrazione@studio-rinaldi.example>",
         to="clienti@dentalsoft.example",
         subject="varie: aggiornamento, fattura, corso",
         body="""\
Buongiorno,

approfitto per scrivervi di un paio di cose.

1) L'aggiornamento di venerdì è andato bene, complimenti, l'agenda è molto più
veloce.

2) Ci è arrivata due volte la fattura del canone annuale: la n. 2025/3318 e la
n. 2025/3342, stesso importo (1.180,00 €) e stessa descrizione. Il problema è
che le avete addebitate entrambe con il RID sul conto dello studio. Vi chiedo
di stornare la seconda e di rimborsarci l'importo.

3) Il dottore vorrebbe iscrivere due assistenti al corso sul modulo
radiografie di gennaio, ci sono ancora posti?

Grazie, buona giornata
Roberta Sala
Amministrazione - Studio Dentistico Rinaldi"""),
    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Chiara Bianchi <biglietteria@teatro-comunale-fano.example>",
         to="partner@bigliettovia.example",
         subject="Bonifico incassi ottobre - mancano 212 euro",
         body="""\
Salve,

abbiamo ricevuto il bonifico degli incassi online di ottobre, 8.344,50 €. Dal
vostro report pero il totale venduto meno commissioni fa 8.556,50 €, quindi
mancano 212 euro. Guardando i dettagli sembra che non siano stati conteggiati i
biglietti della recita pomeridiana del 26 ottobre.

Non è urgentissimo, ma dobbiamo chiudere la contabilità del mese entro fine
novembre. Potete controllare e dirmi se la differenza arriva con il prossimo
bonifico?

Grazie
Chiara Bianchi
Biglietteria Teatro Comunale"""),
    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Antonio Ricci <antonio.ricci@mailbox.example>",
         to="assistenza@energiachiara.example",
         subject="come cambio l'IBAN per la domiciliazione?",
         body="""\
Buonasera,
ho cambiato banca e vorrei che le bollette della luce venissero addebitate sul
nuovo conto. Come si fa? Posso farlo dall'area clienti o devo mandarvi un
modulo firmato? E da quale bolletta vale il cambio?
Grazie
Antonio Ricci"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Valentina Conti <vale.conti@postamail.example>",
         to="aiuto@spesaveloce.example",
         subject="account bloccato da 3 giorni",
         body="""\
Ciao, il mio account è bloccato da giovedì. Avevo sbagliato la password un paio
di volte (credo 4) ed è uscito "Account temporaneamente bloccato per
sicurezza, riprova tra 24 ore". Sono passati tre giorni e dice ancora la stessa
cosa, anche dopo aver cambiato la password con il link che mi avete mandato.

Faccio la spesa con la vostra app per mio padre che non esce di casa, e ho
tutto salvato li (il suo indirizzo, la lista, la carta). Cosi non riesco a
ordinare niente. Potete sbloccarlo per favore?

Account: vale.conti@postamail.example
Valentina"""),
    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Roberto Galli <r.galli@studiogalli-assicurazioni.example>",
         to="assistenza@cinestream.example",
         subject="R: Richiesta #77410",
         body="""\
Buongiorno,

grazie per la risposta, per quella parte tutto chiaro.

Adesso pero ho un altro problema: sto provando a cambiare l'indirizzo email
dell'account con quello personale (roberto.galli@mailbox.example), perché la
casella dell'ufficio verrà chiusa a fine mese. Il link di conferma arriva, ma
quando ci clicco dice sempre "Link scaduto o non valido", anche se lo apro
subito. Ho provato 3 volte, anche da un altro browser.

Come posso fare?

Roberto Galli

Il giorno ven 14 nov 2025 alle ore 11:05 Assistenza CineStream <assistenza@cinestream.example> ha scritto:
> Gentile Roberto,
> abbiamo verificato il doppio addebito di 9,99 € del 1° novembre.
> Il rimborso è stato disposto sulla sua carta e sarà visibile
> entro 5 giorni lavorativi.
> Cordiali saluti, il Team CineStream"""),
    dict(n=17, signals="account", priority="medium", trap="typo", qt=0, reply=0,
         frm="Simone Marino <simo.marino@mailbox.example>",
         to="help@cloudufficio.example",
         subject="codice sms non arriva",
         body="""\
Salve, da quando ho cambiato numero di telefono il codice di verifica per
entrare non mi arriva piu. Il numero l'avevo aggiornato nel profilo prima di
cambiare sim, pero evidentemente gli sms vanno ancora al vecchio numero. Dal
computer dell'ufficio riesco ancora ad entrare perche e un dispositivo
ricordato, ma dal portatile di casa no.
Potete sistemare il numero per la verifica in due passaggi? Quello nuovo e
340 552 1987.
Grazie, Simone"""),
    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Michele Russo <reception@hotelbelvedere-garda.example>",
         to="partner-help@prenotasubito.example",
         subject="accesso per un collega",
         body="""\
Buongiorno,
da lunedì prossimo abbiamo un nuovo receptionist. Vorrei dargli un accesso suo
all'extranet per gestire le prenotazioni, senza dargli le mie credenziali. Si
può creare un secondo utente con permessi limitati (niente dati di
fatturazione)? Dove si trova l'opzione?
Grazie e buon lavoro
Michele Russo
Hotel Belvedere"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Laura Gatti <laura.gatti@postamail.example>",
         to="info@calorecasa.example",
         subject="domanda su stufetta Tepora 2000",
         body="""\
Buongiorno,
vorrei comprare la stufetta elettrica Tepora 2000 per la cameretta di mia
figlia di 3 anni. L'anno scorso a una mia amica ha preso fuoco il tappeto per
colpa di una stufetta (di un'altra marca) che si era rovesciata, e da allora ho
un po' paura degli incendi.
Vi chiedo:
- la stufetta si spegne da sola se cade o si ribalta?
- la griglia davanti diventa bollente? la bambina potrebbe scottarsi se la
  tocca?
- c'è un termostato di sicurezza contro il surriscaldamento?
Grazie mille
Laura Gatti"""),
    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Federico Lombardi <fede.lombardi@mailbox.example>",
         to="feedback@pizzarapida.example",
         subject="complimenti!!",
         body="""\
Ciao ragazzi,

sabato sera c'era la festa di compleanno di mio figlio, 14 ragazzini affamati
come lupi e io ero mezzo morto dalla stanchezza. Ho ordinato da voi 6 pizze,
tra cui due "Vesuvio Esplosiva" e una "Diavola Inferno", e il rider è arrivato
in 20 minuti, più veloce di un razzo. La Diavola era così piccante che a mio
cognato andava a fuoco la bocca, ma se l'è mangiata tutta lo stesso :)

Mi avete salvato la serata, davvero. Una domanda: fate anche torte salate per
le feste su ordinazione?

Federico"""),
    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Rosa Ferri <rosa.ferri@postamail.example>",
         to="sicurezza@bancaverde.example",
         subject="sms strano con link, è una truffa?",
         body="""\
Buongiorno,
ieri ho ricevuto un sms a nome vostro: "BancaVerde: rilevato accesso anomalo
al suo conto, la sua carta verrà bloccata. Verifichi subito i suoi dati qui:
bancaverde-verifica.example". Subito dopo mi ha chiamato un signore che diceva
di essere dell'antifrode e mi chiedeva il codice che mi era arrivato. Ho
riattaccato, non ho cliccato il link e non ho dato nessun codice né password.
Ho controllato dall'app, il conto è a posto e la carta funziona. Ve lo segnalo
cosi potete avvisare gli altri clienti. Era una truffa, vero?
Cordiali saluti
Rosa Ferri"""),
    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nico Sartori <eventi@circolo-lafabbrica.example>",
         to="supporto@eventiamo.example",
         subject="evento \"BLACKOUT - silent disco\": come aggiungo un secondo DJ?",
         body="""\
Ciao,

sabato abbiamo fatto la prima serata "BLACKOUT - silent disco" ed è stato un
successo che ha mandato in tilt il nostro gruppo WhatsApp, tutto esaurito in
due giorni. Io dopo la serata ero completamente ko e sono rimasto offline tutta
la domenica, per questo scrivo solo ora.

Per la prossima edizione (13 dicembre) vorrei aggiungere nella scheda evento
un secondo DJ con foto e link, ma nel modulo vedo un solo campo "artista". Si
può fare?

Grazie!
Nico - Circolo La Fabbrica"""),
    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Sandra Villa <info@autoscuola-primavera.example>",
         to="commerciale@quizpatente-pro.example",
         subject="info prezzi licenze per allievi",
         body="""\
Buongiorno,
siamo un'autoscuola con circa 120 allievi l'anno e stiamo valutando la vostra
piattaforma per i quiz. Volevo sapere:
- quanto costa una licenza per allievo e se ci sono pacchetti da 50 o 100;
- se c'è uno sconto per chi paga l'anno in anticipo;
- se accettate bonifico con fattura elettronica o solo carta di credito;
- cosa succede alle licenze non usate a fine anno: vengono rimborsate o
  restano valide?
Grazie, attendo un preventivo.
Sandra Villa
Autoscuola Primavera"""),
    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Giovanni Esposito <giovanni.esposito@mailbox.example>",
         to="assistenza@voltix.example",
         subject="Re: richiesta sostituzione caricatore",
         body="""\
Buongiorno,

vi confermo che il caricatore nuovo è arrivato sabato e funziona perfettamente,
il portatile si carica normalmente. Grazie per la sostituzione veloce e per la
cortesia, non capita spesso.

Buona settimana
Giovanni Esposito

Il giorno mer 12 nov 2025 alle ore 20:14 Giovanni Esposito <giovanni.esposito@mailbox.example> ha scritto:
> Buonasera, il caricatore del portatile stasera ha fatto fumo e c'era
> puzza di bruciato, la spina è diventata nera e la plastica si è un po'
> sciolta. L'ho staccato subito. Cosa devo fare?"""),
]
