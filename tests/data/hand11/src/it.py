# blind12 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Loredana Pizzoferrato <loredana.pizzoferrato@posta.example>",
         to="assistenza@casasmart.example",
         subject="Presa PX-20 molto calda, è normale?",
         body="""\
Buonasera,

ho la vostra presa intelligente PX-20 collegata alla stufetta del bagno da novembre.
Ieri sera, mentre guardavo la TV in salotto, ho sentito un odore strano, acre, tipo
plastica fusa, e dal bagno veniva un ronzio continuo, come un insetto chiuso in una
scatola.

Ho staccato tutto dal muro: la presa era caldissima, non riuscivo a tenerci sopra le dita,
e sul lato dove entra la spina c'è una macchia marrone scuro, con la plastica un po'
gonfia e deformata. Anche la spina della stufetta ha i dentini anneriti.

È normale che si scaldi così? Posso ricollegarla, magari a un altro apparecchio, oppure
va buttata? Ne ho altre tre uguali in casa, una è nella cameretta dei bambini con la
lampada notturna e l'umidificatore.

Grazie,
Loredana Pizzoferrato"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianmarco Ruffini <g.ruffini@libero-mail.example>",
         to="servizioclienti@primipassi.example",
         subject="Tettarella biberon Primi Passi 260 ml - pezzo staccato",
         body="""\
Salve,

stamattina mio figlio Tommaso (7 mesi) stava prendendo il latte dal vostro biberon
anticolica da 260 ml. A metà poppata ha cominciato a tossire fortissimo, è diventato
tutto rosso in faccia e faceva un verso strano, come se non riuscisse a prendere aria.
Gli ho aperto la bocca e aveva un pezzetto di silicone trasparente sul fondo, grande
come un'unghia. Sono riuscito a toglierlo con il dito, poi ha vomitato tutto il latte.

Adesso sta bene, dorme, ma la tettarella era strappata proprio sul bordo, dove si avvita
alla ghiera. L'avevamo usata una decina di volte, sterilizzata sempre a vapore come dice
il foglietto.

Lotto stampato sulla scatola: PP-2604-B. Acquistata in farmacia tre settimane fa.

Le altre due tettarelle della confezione possono fare la stessa cosa? Vi mando il pezzo
e la tettarella, ditemi a quale indirizzo.

Gianmarco Ruffini
tel. 333 000 4172"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit-long", qt=0, reply=0,
         frm="Amministrazione Condominio Le Betulle <amministrazione@studiocavallari.example>",
         to="pronto.intervento@elevatorinord.example",
         subject="Condominio Le Betulle, via Verdi 14 - scala B - richiesta intervento immediato",
         body="""\
Spettabile ditta,

scrivo come amministratore del Condominio Le Betulle (via Verdi 14, Monza), contratto di
manutenzione n. MN-30418. Vi ricordo anzitutto che la visita semestrale prevista per
marzo non è ancora stata fatta e che la fattura del secondo trimestre ci è arrivata con
l'IVA sbagliata, ma di questo scriverò separatamente alla vostra amministrazione.

Il motivo di questa mail è molto più serio. Ieri alle 18:40 circa l'ascensore della
scala B, con a bordo la signora Frigerio del terzo piano (82 anni), è sceso di colpo di
circa mezzo piano tra il secondo e il primo, si è fermato con un colpo secco e le porte
si sono aperte con la cabina non allineata al pianerottolo. La signora, uscendo, è
caduta nel gradino di quasi quaranta centimetri e si è fatta male al polso e al ginocchio;
è stata portata al pronto soccorso dai familiari.

Altri due condomini mi riferiscono che nell'ultima settimana la cabina "rimbalzava"
all'arrivo al piano. L'impianto al momento continua a muoversi normalmente, ma è
evidentemente pericoloso e ho chiesto ai condomini di usare le scale finché non arriva
un vostro tecnico. Ho messo un cartello, ma non posso garantire che tutti lo rispettino.

Chiedo un intervento oggi stesso e una relazione scritta sull'accaduto.

Cordiali saluti
Dott. Ernesto Cavallari
Studio Cavallari Amministrazioni
039 000 5521"""),

    dict(n=4, signals="safety", priority="critical", trap="data-wrong-recipient", qt=0, reply=0,
         frm="Federica Lanzillotta <federica.lanzillotta@mailbox.example>",
         to="studio@fiscalepartner.example",
         subject="Nella mia area riservata c'è il 730 di un'altra persona",
         body="""\
Buongiorno,

ho appena scaricato dall'area riservata il documento che mi avete caricato ieri come
"730/2024 - definitivo". Non è il mio. È la dichiarazione di un certo Salvatore M., con
codice fiscale, indirizzo di casa, nomi e date di nascita dei figli, spese mediche
(comprese visite specialistiche che non dovrei leggere) e IBAN per il rimborso.

Non l'ho inoltrato a nessuno e lo cancellerò, ma mi chiedo: se io vedo i suoi dati, lui
vede i miei? Nel mio 730 ci sono le spese per la terapia di mio marito e non voglio che
finiscano in mano a uno sconosciuto.

Vi chiedo di verificare subito chi ha ricevuto il mio documento e di darmi una risposta
scritta.

Federica Lanzillotta"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Davide Brambati <d.brambati@logisticapadana.example>",
         to="support@scanflow.example",
         subject="Magazzino Piacenza: i palmari non registrano più i colli",
         body="""\
Buongiorno,

dalle 6:05 di stamattina nessuno dei 22 palmari del magazzino di Piacenza riesce a
registrare un collo. Il lettore fa il bip, sul display compare la rotellina per una
trentina di secondi e poi "Errore di sincronizzazione - riprovare". Riproviamo, spegniamo
e riaccendiamo i palmari, cambiamo rete Wi-Fi: sempre uguale.

Abbiamo 14 operatori in turno che non possono fare il picking, i tre bilici del ritiro
delle 9 sono in banchina che aspettano e gli ordini dei clienti si stanno accumulando
(oltre 600 righe in coda). Al momento stiamo segnando codici e ubicazioni a penna su fogli
stampati, ma così non riusciamo a chiudere le spedizioni.

Codice cliente LP-0093. Richiamatemi al 0523 000 7780, interno 4.

Davide Brambati
Responsabile turno - Logistica Padana Srl"""),

    dict(n=6, signals="outage", priority="critical", trap="effect-mixed-lang", qt=0, reply=0,
         frm="Studio FisioDolomiti <segreteria@fisiodolomiti.example>",
         to="help@fisioagenda.example",
         subject="Agenda vuota, sala d'attesa piena",
         body="""\
Buongiorno,

da stamattina alle 8 quando apriamo FisioAgenda vediamo solo il logo e poi la pagina
resta bianca, sia dal PC della reception sia dai tablet dei terapisti. Non sappiamo chi
ha prenotato a che ora, né quali esercizi avevamo assegnato ai pazienti nel piano di
riabilitazione.

In questo momento abbiamo sei persone in sala d'attesa e tre fisioterapisti fermi. Stiamo
chiedendo ai pazienti a che ora pensavano di avere l'appuntamento, ma due hanno già
fatto un'ora di macchina per venire e non possiamo trattarli senza la scheda.
Inoltre i promemoria SMS di domani non sono partiti.

Meine Kollegin hat es auch vom Handy probiert, gleiches Ergebnis.

Ci serve una risposta il prima possibile.
Martina Oberhofer
Studio FisioDolomiti - Bressanone
0472 000 318"""),

    dict(n=7, signals="outage", priority="high", trap="short", qt=0, reply=0,
         frm="Sergio Cadoni <sergio.cadoni@valgranda.example>",
         to="assistenza@skybridge-sat.example",
         subject="Nessuna connessione da ieri sera",
         body="""\
Da ieri sera verso le 21 il modem della parabola ha la luce rossa fissa e non ho più
internet. Riavviato tre volte, controllati i cavi. Lavoro da casa e oggi non ho potuto
collegarmi, qui in baita non ho alternative. Contratto SB-771204.

Sergio Cadoni"""),

    dict(n=8, signals="outage", priority="medium", trap="partial-workaround", qt=0, reply=0,
         frm="Chiara Mastrogiacomo <chiara@lebottegheditalia.example>",
         to="supporto@negoziofacile.example",
         subject="Ricerca del negozio restituisce sempre 'nessun risultato'",
         body="""\
Ciao,

da due giorni la barra di ricerca del mio negozio (lebottegheditalia.example) restituisce
sempre "Nessun risultato trovato", anche se cerco parole che sono nel titolo dei prodotti,
tipo "ceramica" o "tovaglia". I clienti per fortuna arrivano comunque ai prodotti dal menu
delle categorie e gli ordini continuano a entrare, ma ho già ricevuto quattro messaggi di
persone che pensavano avessimo finito tutto.

Non ho cambiato niente nel tema né nelle impostazioni. Potete controllare?

Grazie mille,
Chiara"""),

    dict(n=9, signals="outage", priority="high", trap="invoice-words", qt=0, reply=0,
         frm="Paolo Venturini <amministrazione@venturiniimpianti.example>",
         to="assistenza@fatturalampo.example",
         subject="Invio fatture allo SdI fermo da ieri",
         body="""\
Buongiorno,

il vostro servizio di invio fatture elettroniche è giù da ieri pomeriggio: tutte le
fatture restano nello stato "In attesa di trasmissione allo SdI" e se provo a reinviarle
manualmente esce "Errore 503 - servizio non disponibile". Sono 11 fatture di fine lavori,
una anche per un condominio che aspetta il documento per pagarci.

Dalla vostra pagina di stato risulta tutto verde, ma non è così. Con il vostro programma
non riesco a emettere niente.

Paolo Venturini
Venturini Impianti Elettrici snc"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Ilaria Bonfiglio <ilaria.bonfiglio@webposta.example>",
         to="prenotazioni@camperlibero.example",
         subject="Cauzione camper bloccata due volte?",
         body="""\
Buongiorno,

ho prenotato il camper Laika 7 dal 12 al 19 luglio (prenotazione CL-58812). È normale che
la cauzione di 1.500 € mi risulti bloccata due volte sulla carta di credito? Nell'app della
banca vedo due movimenti identici del 28 giugno, stesso importo, stesso esercente
"CAMPERLIBERO SRL", e il mio plafond si è ridotto di 3.000 €.

Vorrei capire se uno dei due verrà annullato da solo o se devo fare qualcosa io, perché
con il plafond ridotto rischio di non poter pagare i traghetti.

Grazie,
Ilaria Bonfiglio"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-rent", qt=0, reply=0,
         frm="Nicolò Sartorelli <nico.sartorelli@studiografico.example>",
         to="pagamenti@freelancehub.example",
         subject="Prelievo di 1.840 € rifiutato - mi serve per l'affitto",
         body="""\
Buongiorno,

ho chiesto lunedì il trasferimento del mio saldo (1.840,00 €) sul conto corrente, come
faccio ogni mese. Oggi nella sezione Pagamenti il prelievo risulta "Non riuscito - contatta
l'assistenza", senza altra spiegazione. L'IBAN è lo stesso di sempre e la banca mi dice che
da loro non è arrivato nulla.

Sono i compensi di due progetti chiusi a maggio e il 5 devo pagare l'affitto, che non
riesco a coprire senza questi soldi. Potete verificare e rimandare il bonifico oggi?

ID profilo: FH-IT-20931

Nicolò Sartorelli"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Marta Gianfreda <marta.gianfreda@posta.example>",
         to="clienti@brokerzampe.example",
         subject="Polizza Fido Sereno - qualche domanda",
         body="""\
Gentili signori,

innanzitutto vi ringrazio per la gentilezza del vostro consulente, il sig. Arrighi, che a
marzo mi ha spiegato con molta pazienza le differenze tra le varie coperture per il mio
cane Bricco (meticcio, 6 anni). Bricco sta benissimo, il veterinario l'ha trovato in
forma all'ultimo controllo e abbiamo anche iniziato un corso di agility che lo sta
facendo dimagrire un po'.

Vi scrivo però perché ho ricevuto la fattura del rinnovo annuale e non mi torna. Il
preventivo firmato era di 186,00 € all'anno per un solo animale, mentre in fattura
(n. 2024/4471) risultano due animali assicurati, "Bricco" e "Nuvola (gatto)", per un
totale di 312,00 €. Io non ho nessun gatto. L'importo è già stato addebitato sul conto
con il RID il 3 del mese.

Vi chiedo di correggere la fattura e di restituirmi la differenza di 126,00 €.

Un'ultima cosa: il portale mi chiede di aggiornare il libretto vaccinale, lo faccio
appena riesco.

Cordiali saluti,
Marta Gianfreda"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity-fee", qt=0, reply=0,
         frm="Enzo Pellicanò <enzo.pellicano@mailbox.example>",
         to="info@ricaricasubito.example",
         subject="Ricarica 20 euro, pagati 20,90",
         body="""\
Ciao, ieri ho fatto una ricarica da 20 € sul numero di mia madre e dalla carta mi avete
preso 20,90. Immagino sia una commissione, ma per curiosità: è sempre così o dipende
dall'operatore? Nessun problema, solo per capire.

Enzo"""),

    dict(n=14, signals="account", priority="medium", trap="security-word", qt=0, reply=0,
         frm="Rebecca Tomasoni <rebecca.tomasoni@webposta.example>",
         to="aiuto@giracittacar.example",
         subject="Account bloccato dopo troppi tentativi",
         body="""\
Salve,

ieri sera ho sbagliato la password tre o quattro volte (avevo cambiato telefono e non
ricordavo quale avessi messo) e ora l'app GiraCittà mi dice "Account bloccato
temporaneamente per motivi di sicurezza. Contatta l'assistenza". Sono passate più di
12 ore e non si è sbloccato. Ho provato anche il "password dimenticata" ma la mail di
reset non arriva.

Domani mattina avrei bisogno di prendere un'auto per una visita a Bergamo. Potete
sbloccarmi? L'email del profilo è questa.

Grazie,
Rebecca Tomasoni"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=1,
         frm="Alberto Quagliariello <alberto@quagliariellotrasporti.example>",
         to="imprese@bancadelborgo.example",
         subject="Re: Codice di verifica per il conto aziendale",
         body="""\
Buongiorno,

ho fatto come suggerito ma non cambia nulla. Il numero di cellulare nuovo (+39 345 000
2291) l'ho registrato in filiale a Lecce il 10 giugno, eppure i codici SMS per entrare
nell'home banking aziendale continuano ad andare al vecchio numero, che non ho più.
La mia commercialista, che ha un accesso delegato, dice lo stesso: "the OTP never
arrives, I tried five times". Senza codice non riusciamo a entrare e a vedere i movimenti.

Come possiamo sistemare il numero senza dover tornare in filiale?

Alberto Quagliariello
Quagliariello Trasporti srl

Il giorno mar 18 giu 2024 alle ore 11:02 Banca del Borgo - Imprese <imprese@bancadelborgo.example> ha scritto:
> Gentile cliente,
> per ricevere i codici sul nuovo numero la invitiamo a disconnettersi da tutti
> i dispositivi e a ripetere l'associazione dall'app.
> Cordiali saluti,
> Servizio Imprese"""),

    dict(n=16, signals="account", priority="medium", trap="deleted-profile", qt=0, reply=0,
         frm="Lorenzo Dall'Acqua <lorenzo.dallacqua@posta.example>",
         to="app@padelclubriviera.example",
         subject="Il mio profilo è sparito dall'app",
         body="""\
Buonasera,

da qualche giorno se provo ad accedere all'app del circolo mi dice "Utente non trovato".
Ho provato a registrarmi di nuovo con la stessa email e la registrazione va a buon fine,
ma è un profilo vuoto: non c'è più il mio storico partite, il livello (ero 3.5) e soprattutto
non risulto iscritto al torneo sociale di settembre.

Penso che il profilo sia stato cancellato per errore, io non ho chiesto niente. Si può
recuperare quello vecchio?

Lorenzo Dall'Acqua
tessera n. 0412"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Giulia Ferrandino <giulia.ferrandino@mailbox.example>",
         to="segreteria@piscinadelsole.example",
         subject="Cambiare email del profilo",
         body="""\
Buongiorno, come faccio a cambiare l'indirizzo email del mio profilo genitore nell'app dei
corsi di nuoto? Vorrei usare questo al posto di quello dell'ufficio. Grazie!
Giulia"""),

    dict(n=18, signals="-", priority="low", trap="thanks-idiom", qt=0, reply=0,
         frm="Carmela Scognamiglio <carmela.scognamiglio@webposta.example>",
         to="info@idraulicapronta.example",
         subject="Grazie a Marco!",
         body="""\
Buongiorno,

volevo solo ringraziare il vostro tecnico Marco, che sabato è venuto per la perdita sotto
il lavello. È stato un fulmine: in mezz'ora ha trovato il tubo crepato, l'ha cambiato e mi
ha anche spiegato come chiudere la valvola generale se dovesse ricapitare. Mi ha
letteralmente salvato la serata, avevo venti persone a cena!

Il nuovo miscelatore poi è una bomba. Vi lascerò sicuramente una recensione.

Cordiali saluti,
Carmela Scognamiglio"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Umberto Rinaldi <umberto.rinaldi@posta.example>",
         to="clienti@solarecasa.example",
         subject="Re: Portale di monitoraggio e sopralluogo",
         body="""\
Grazie, adesso vedo di nuovo i grafici della produzione. Confermo il sopralluogo di
giovedì alle 9 per la batteria di accumulo; il cancello sarà aperto.

Umberto Rinaldi

-----Messaggio originale-----
Da: SolareCasa Assistenza <clienti@solarecasa.example>
Inviato: lunedì 24 giugno 2024 16:37
A: Umberto Rinaldi
Oggetto: Portale di monitoraggio e sopralluogo

> Gentile sig. Rinaldi,
> a seguito del blackout del nostro centro dati di domenica, il portale di
> monitoraggio è rimasto irraggiungibile per tutta la giornata e molti clienti
> hanno visto l'impianto come "fermo". La produzione reale non è stata
> interrotta. Le proponiamo inoltre giovedì alle 9 per il sopralluogo.
> Cordiali saluti,
> Ufficio tecnico SolareCasa"""),

    dict(n=20, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Valerio Castelnuovo <valerio.castelnuovo@mailbox.example>",
         to="biglietteria@teatrocomunale.example",
         subject="Info su \"La notte dell'incendio\"",
         body="""\
Buongiorno,

vorrei portare i miei due figli (11 e 13 anni) a vedere "La notte dell'incendio" il 9
novembre. Lo spettacolo è adatto alla loro età? Quanto dura, e c'è un intervallo? Ho
letto che ci sono esplosioni e colpi di pistola in scena: sono molto forti?

Un'ultima cosa: dalla galleria si vede bene o è meglio la platea?

Grazie,
Valerio Castelnuovo"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Il Corriere della Valle <newsletter@corrieredellavalle.example>",
         to="abbonati@corrieredellavalle.example",
         subject="La settimana in valle: truffe agli anziani, blackout in centro e la sagra del fungo",
         body="""\
IL CORRIERE DELLA VALLE - la newsletter del venerdì

TRUFFE AL TELEFONO: COME DIFENDERSI
Falsi tecnici del gas e finti nipoti in difficoltà: in tre settimane i Carabinieri hanno
ricevuto undici denunce. Il maresciallo Pedretti spiega come riconoscere i messaggi di
phishing e perché non bisogna mai comunicare codici della carta o password.

BLACKOUT IN CENTRO
Martedì dalle 8 alle 14 corrente sospesa in piazza Garibaldi e vie limitrofe per i
lavori sulla cabina elettrica. I negozi resteranno aperti con i generatori.

SAGRA DEL FUNGO
Dal 20 al 22 settembre a Villanova. Quest'anno anche lo stand senza glutine.

Per non ricevere più questa newsletter clicca qui. Per gestire il tuo abbonamento
digitale accedi al tuo profilo."""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Simona Pagliarulo <simona.pagliarulo@posta.example>",
         to="preventivi@assicasa-broker.example",
         subject="Domande sulla polizza casa prima di firmare",
         body="""\
Buongiorno,

sto valutando la vostra polizza "Casa Tranquilla" per l'appartamento che abbiamo appena
comprato. Prima di firmare vorrei capire alcune cose:

- copre i danni da incendio anche se è causato da un corto circuito di un elettrodomestico?
- in caso di allagamento dal piano di sopra, paga la mia assicurazione o la loro?
- il furto con scasso è incluso o è una garanzia a parte?
- se un ospite si fa male cadendo dalle scale di casa, interviene la responsabilità civile?

Grazie, attendo il preventivo.
Simona Pagliarulo"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Roberta Santangelo <roberta.santangelo@webposta.example>",
         to="iscrizioni@campoestivoilgirasole.example",
         subject="R: Rimborso turno annullato - terza richiesta",
         body="""\
Buongiorno,

è la terza volta che scrivo e nessuno mi ha ancora risposto. Il turno del 15-26 luglio è
stato annullato da voi il 2 luglio e mi avevate promesso il rimborso entro dieci giorni.
Oggi è il 5 agosto e dei 480 € non c'è traccia. Ho già pagato un altro campo per i
ragazzi e questi soldi mi servono per la retta della mensa di settembre.

Se entro venerdì non ricevo il bonifico mi rivolgerò a un'associazione di consumatori.

Roberta Santangelo

-----Messaggio originale-----
Da: Roberta Santangelo <roberta.santangelo@webposta.example>
Inviato: lunedì 22 luglio 2024 09:14
A: iscrizioni@campoestivoilgirasole.example
Oggetto: Rimborso turno annullato

> Buongiorno, vi scrivo per sollecitare il rimborso di 480 € per l'iscrizione di
> Matteo e Sara al turno del 15-26 luglio, annullato da voi. Non ho ancora
> ricevuto nulla. Grazie, Roberta Santangelo"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Elena Corbetta <elena@ilcestinodelbosco.example>",
         to="integrazioni@spedisciora.example",
         subject="Etichette non si generano dal negozio online",
         body="""\
Buongiorno,

da ieri il plugin SpedisciOra collegato al nostro negozio non crea più le etichette: clicco
"Genera etichetta" sull'ordine, gira per qualche secondo e poi torna all'elenco senza
nessun file. Il mio collega ha controllato il registro e dice: "The API call just times
out after 30 seconds, nothing in the response".

Per ora ci arrangiamo copiando gli indirizzi a mano sul vostro sito e creando le etichette
una alla volta, quindi le spedizioni partono, ma con una trentina di ordini al giorno ci
porta via parecchio tempo. Potete dare un'occhiata?

Elena Corbetta
Il Cestino del Bosco"""),
]
