# blind23 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ottavio Ranieri <o.ranieri@bowlingstella.example>",
         to="assistenza@pinmatic.example",
         subject="Pista 7 - cassetta di comando del rimettibirilli",
         body="""\
Buongiorno,

vi scrivo per la macchina rimettibirilli della pista 7 (modello PX-400, matricola 40-1187).

Ieri sera, verso le 22, il ragazzo addetto alle piste è andato a sbloccare un birillo incastrato
e ha appoggiato la mano sul coperchio metallico della cassetta di comando: era così caldo che
l'ha ritirata di colpo, e stamattina ha una vescica grande come una moneta da due euro sul palmo.
Da dentro la cassetta si sente un crepitio continuo, come carta stropicciata, e c'è un odore di
plastica fusa che arriva fino al bancone delle scarpe. La ventola sul retro non gira più.

Abbiamo staccato la pista 7 dal quadro, ma le piste 6 e 8 montano la stessa cassetta e anche lì
il coperchio è più tiepido del solito. Stasera abbiamo due compleanni di bambini prenotati.

Potete mandare un tecnico oggi? E nel frattempo le altre piste le lasciamo accese o spegniamo tutto?

Ottavio Ranieri
Bowling Stella - Via dei Tigli 14, Pescara
tel. 085 000 4412"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Gualtieri <marta.gualtieri@posta.example>",
         to="info@scuolascicimabianca.example",
         subject="Caschetto noleggiato al corso Pinguini",
         body="""\
Salve,

sabato mattina mia figlia Greta (4 anni) era al corso Pinguini con caschetto e mascherina
noleggiati da voi. Quando sono andata a prenderla al campetto aveva in bocca il pezzetto di
plastica arancione che chiude il cinturino sotto il mento: si era staccato e lei lo stava
masticando. Gliel'ho tolto, ma la piccola molla di metallo che c'era dentro non l'ho più trovata.

Nel pomeriggio ha tossito a lungo, aveva la voce rauca e diceva che le faceva male quando
mandava giù. La sera ha vomitato due volte. Stanotte l'abbiamo portata dalla guardia medica
e domani le fanno una radiografia per capire se la molla l'ha inghiottita.

Nessuno degli istruttori si era accorto di niente. Gli altri bambini del gruppo hanno lo stesso
modello di caschetto. Vorrei sapere marca e modello e a chi devo rivolgermi.

Marta Gualtieri
347 000 2291"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Lucia Benvenuti <lucia.benvenuti@mail.example>",
         to="portale@studioferrante.example",
         subject="Domanda sulla mia area riservata",
         body="""\
Buonasera,

è normale che nella mia area riservata del portale dello Studio, nella cartella
"Dichiarazione 2024", ci siano il 730 e le buste paga di un'altra persona?
Si chiama Alessandro Rinaldi: ci sono codice fiscale, indirizzo di casa, IBAN e perfino
le spese mediche dei figli. Io ieri sera ho caricato solo le mie ricevute della farmacia
e il CU del datore di lavoro.

Non ho aperto nient'altro oltre alla prima pagina. Però a questo punto mi chiedo se i miei
documenti li stia vedendo qualcun altro nello stesso modo.

Cordiali saluti
Lucia Benvenuti"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Giacomo Ferrandi <giacomo.ferrandi@inbox.example>",
         to="supporto@ticketcurva.example",
         subject="Tre addebiti per biglietti che non ho mai comprato",
         body="""\
Buongiorno,

stamattina alle 6 la banca mi ha mandato tre notifiche: tre addebiti da 178,00 € ciascuno a
favore di TicketCurva, per la trasferta di Bergamo del 26. Io non ho comprato niente.
Nel mio profilo, sotto "I miei ordini", i biglietti risultano intestati a tre nomi che non
conosco. La carta era salvata nell'app.

Ho già fatto bloccare la carta dalla banca. Vi chiedo di annullare subito gli ordini
(n. TC-559201, TC-559202, TC-559203) prima che i biglietti vengano usati, e di rimborsarmi
i 534 €.

Giacomo Ferrandi
tessera tifoso 0099-4471"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sergio Pichler <night@hotelbelvedere-merano.example>",
         to="support@keylock-systems.example",
         subject="URGENTE Hotel Belvedere: nessuna tessera apre le camere",
         body="""\
Buonasera,

dalle 18:40 nessuna tessera apre più le porte delle camere: né quelle nuove codificate alla
reception né quelle degli ospiti già in casa. Il lettore sulla porta fa la lucina rossa e basta.
Neanche la tessera master delle cameriere apre qualcosa.

Abbiamo 112 camere occupate. Un gruppo di turisti tedeschi appena arrivato è seduto nella hall
con le valigie ("Wir warten seit einer Stunde!") e gli invitati di un matrimonio devono
cambiarsi per la cena delle 20:30. L'encoder alla reception resta fermo su
"Sincronizzazione..." da due ore. Abbiamo già riavviato il PC della reception e il server nel
locale tecnico, nessun cambiamento.

Chiamateci al 0473 000 3390, chiedete di Sergio (night manager).

Hotel Belvedere - Merano"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Biglietteria Piombino <piombino@navilinea.example>",
         to="helpdesk@ferrypass.example",
         subject="Varco d'imbarco Piombino - i QR dei biglietti non vengono letti",
         body="""\
Al varco d'imbarco di Piombino i palmari non leggono più i QR dei biglietti: sul display
compare "Biglietto sconosciuto" per tutti, anche per quelli emessi stamattina dalla nostra
biglietteria.

La corsa delle 14:30 per Portoferraio ha 420 passeggeri prenotati e 96 auto in fila.
Stiamo spuntando i nomi a mano su un elenco stampato, ma la coda arriva alla rotonda e la
Capitaneria ci chiede di partire in orario. Alle 16:00 c'è la corsa successiva, già piena.

Richiamate il capoturno Nicola Fantozzi al 0565 000 1208.

Biglietteria Navilinea - Porto di Piombino"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Irene Caputo <irene@caputomontaggi.example>",
         to="help@cutcloud.example",
         subject="Non riesco ad aprire nessun progetto",
         body="""\
Buongiorno,

da ieri pomeriggio, quando apro un progetto, la timeline resta grigia, la rotellina gira per
qualche minuto e poi mi rimanda alla pagina iniziale. Succede con tutti, anche con i progetti
vecchi già consegnati. Ho provato da Chrome e da Firefox, su due computer diversi e con due
connessioni diverse: stessa cosa.

Il montaggio dello spot per la Cantina Rossi va consegnato venerdì e tutto il girato è caricato
solo da voi. Utente: irene@caputomontaggi.example, piano Studio.

Grazie
Irene Caputo"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Franco Dal Bosco <franco@calzaturedalbosco.example>",
         to="assistenza@shopsound.example",
         subject="Musica nei negozi",
         body="""\
Buongiorno,

è normale che la musica nei nostri negozi si fermi più o meno ogni venti minuti?
Succede da lunedì nei punti vendita di Verona e Vicenza (gli altri tre vanno bene).
Il lettore mostra "Buffering" e riparte da solo dopo un paio di minuti, oppure lo riavviamo
noi. Non è gravissimo, ma i clienti se ne accorgono e le commesse sono stufe.

Account: Calzature Dal Bosco, ID 55-0921.

Franco Dal Bosco"""),

    dict(n=9, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Centrale Operativa Vigilanza Orione <centrale@vigilanzaorione.example>",
         to="support@girosicuro.example",
         subject="App ronde: nessuna guardia riesce ad accedere, SMS non arrivano",
         body="""\
Buongiorno,

dalle 2 di stanotte nessuna delle nostre guardie riesce a entrare nell'app GiroSicuro: dopo
aver inserito utente e password il codice via SMS non arriva, né sui telefoni aziendali né su
quelli personali. Anche il "Reinvia codice" non dà niente.

Parliamo di 43 operatori su 19 siti (tre centri commerciali, un ospedale, due depositi
logistici). I passaggi ai punti di controllo NFC non vengono registrati e i clienti stanno già
chiedendo i report delle ronde notturne. Le guardie stanno segnando gli orari su carta.
Il portale web dei supervisori invece si apre normalmente.

Referente: Mauro Lanzi, 02 0000 7765.

Centrale Operativa
Vigilanza Orione S.r.l."""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Davide Orlandi <davide.orlandi@corsa.example>",
         to="iscrizioni@maratonadellago.example",
         subject="Iscrizione mezza maratona addebitata due volte",
         body="""\
Salve,

mi sono iscritto alla 21 km del 12 ottobre e sull'estratto conto vedo due addebiti da 65,00 €
dello stesso giorno (3 settembre), a un minuto di distanza. Ho ricevuto una sola mail di
conferma e nel profilo risulta una sola iscrizione.

Potete rimborsare il secondo?

Grazie,
Davide Orlandi"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Simona Berardi <s.berardi@lavoropiu-interinale.example>",
         to="paghe@studiopaghenegri.example",
         subject="Aggiornamenti settembre + varie",
         body="""\
Ciao Marco,

come d'accordo ti mando un po' di aggiornamenti tutti insieme.

1) Dal 1° ottobre partiamo con il nuovo cliente Logistica Ferri (magazzino di Piacenza):
   circa 25 somministrati, CCNL trasporti e logistica. Ti giro i contratti entro la settimana.
2) La referente per le presenze del cantiere di Lodi non è più Daniela ma Gianluca Poli
   (g.poli@lavoropiu-interinale.example), mettilo in copia nei prossimi invii.
3) Sul tema trasferte: confermi che i rimborsi chilometrici li mettiamo in busta come
   voce separata e non a forfait? L'ispettrice del cliente ce l'ha chiesto.
4) I bonifici degli stipendi di agosto che avete disposto ieri risultano tutti "respinti"
   dalla nostra banca per i 58 lavoratori del cantiere di Lodi: pare un errore nel file
   (codice "IBAN beneficiario non valido" su tutte le righe). Da contratto gli stipendi devono
   arrivare entro domani, il 10, e già stamattina mi hanno chiamato tre capisquadra.
   Riesci a rigenerare il flusso e rimandarlo oggi?
5) Ultima cosa, per il 730 dei dipendenti diretti ci sentiamo la settimana prossima.

Grazie mille,
Simona

Simona Berardi - Ufficio Amministrazione
LavoroPiù Agenzia per il Lavoro
0371 000 5520"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Osteria del Ponte <amministrazione@osteriadelponte.example>",
         to="fatturazione@hostnido.example",
         subject="Fattura n. 2024/88712 errata",
         body="""\
Buongiorno,

nella fattura di settembre ci avete addebitato tre domini (.it, .com, .eu) più il pacchetto
hosting Pro, ma noi abbiamo solo il dominio osteriadelponte.example e il piano Base dall'anno
scorso. Totale 214,80 € invece di 59,90 €. Anche la partita IVA riportata non è la nostra
(quella giusta è 00000000417).

Our accountant is based in London and asks: could you please send a corrected invoice in PDF
before the end of the month?

Grazie,
Chiara Moretti - Osteria del Ponte"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Laura Fontana <laura.fontana@famiglia.example>",
         to="segreteria@polisportivaaurora.example",
         subject="Quota nuoto ottobre",
         body="""\
Ciao, sull'estratto conto la quota di ottobre del nuoto di Tommaso è 42,90 € invece di 42,00.
Immagino sia la commissione dell'addebito SEPA, ma per curiosità a cosa corrispondono quei 90 centesimi?"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Federica Mancuso <federica@casaeco-rimini.example>",
         to="assistenza@immocrm.example",
         subject="Utente bloccato",
         body="""\
Buongiorno,

sono Federica Mancuso dell'agenzia Casa&Co di Rimini. Stamattina ho sbagliato la password tre
volte e ora il CRM mi dice "Utente bloccato, contattare l'amministratore". L'amministratore
dell'agenzia però sono io, quindi non so a chi rivolgermi se non a voi.

I miei colleghi lavorano normalmente, è solo il mio utente. Nel pomeriggio devo preparare le
schede per tre visite. Potete sbloccarlo o mandarmi un link per reimpostare la password?

Grazie
Federica Mancuso
0541 000 8830"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Paolo Ferraresi <paolo.ferraresi@scacchi.example>",
         to="segreteria@arroccoscacchi.example",
         subject="Re: Quota annuale addebitata due volte",
         body="""\
Grazie, il rimborso è arrivato, tutto a posto da quel lato.

Approfitto però per un'altra cosa: da quando ho cambiato telefono non mi arriva più il codice
di verifica via SMS per entrare nell'app del circolo, quindi non riesco a iscrivermi al torneo
semilampo di domenica. Il numero è rimasto lo stesso (+39 345 000 7718). Potete controllare?

Paolo

Il giorno mar 8 ott 2024 alle ore 10:12 Segreteria Circolo Scacchi Arrocco <segreteria@arroccoscacchi.example> ha scritto:
> Gentile socio,
> abbiamo verificato: la quota annuale di 80 € le è stata addebitata due
> volte sulla carta per un errore del sistema di pagamento. Abbiamo disposto
> il rimborso del doppio addebito, che arriverà in 3-5 giorni lavorativi.
> Ci scusiamo per il disagio.
> La segreteria"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Sara Colombo <sara.colombo@arrampico.example>",
         to="app@verticale-climbing.example",
         subject="Il mio profilo è sparito dall'app",
         body="""\
Ciao,

sono iscritta alla Verticale da due anni. Da ieri, quando provo ad accedere all'app per
prenotare gli slot, mi dice "Nessun account associato a questa e-mail". Un'amica mi ha detto
che con l'aggiornamento avete cancellato i profili inattivi, ma io sono venuta martedì scorso!

Nel profilo c'erano il certificato medico caricato e l'abbonamento trimestrale fino a dicembre.
Potete ripristinarlo? Non vorrei dover rifare tutto da capo.

Sara Colombo"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Anna Pellegrino <a.pellegrino@ufficiotecnico.example>",
         to="prenotazioni@notaiovitale.example",
         subject="Cambio indirizzo e-mail",
         body="""\
Buongiorno, come faccio a cambiare l'e-mail del mio profilo sul portale appuntamenti?
Quella attuale è dell'ufficio e a fine mese la chiudono. Grazie, Anna Pellegrino"""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Redazione Fuori Onda <redazione@fuorionda-podcast.example>",
         to="support@podnido.example",
         subject="Grazie mille!",
         body="""\
Ciao a tutti,

volevo solo ringraziare Chiara del supporto: ieri sera il feed di "Fuori Onda" non si
aggiornava su Spotify e Apple Podcasts ed eravamo nel panico, perché usciva la puntata con
l'ospite che aspettavamo da mesi. Stamattina è tutto a posto e la puntata c'è ovunque.

Ci avete salvato la vita, davvero. Un abbraccio da tutta la redazione!

Tommaso, Giulia e Nico"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Giovanna Ricci <giovanna.ricci@posta.example>",
         to="biglietteria@teatrocomunale-lucca.example",
         subject="R: Biglietteria online - disservizio del 14 novembre",
         body="""\
Perfetto, ho ricevuto i nuovi biglietti per sabato 23, platea fila F.
Grazie della cortesia, ci vediamo a teatro!

Giovanna Ricci

-----Messaggio originale-----
Da: Biglietteria Teatro Comunale <biglietteria@teatrocomunale-lucca.example>
Inviato: venerdì 15 novembre 2024 11:04
A: Giovanna Ricci <giovanna.ricci@posta.example>
Oggetto: Biglietteria online - disservizio del 14 novembre

> Gentile spettatrice,
> a causa di un guasto ai nostri server, ieri pomeriggio la biglietteria
> online è rimasta fuori servizio e alcuni acquisti, tra cui il suo, non
> sono stati completati anche se l'importo risultava impegnato.
> Le abbiamo riemesso i biglietti: li trova in allegato.
> Cordiali saluti
> Biglietteria Teatro Comunale"""),

    dict(n=20, signals="-", priority="low", trap="film-title", qt=0, reply=0,
         frm="Elena Marchi <elena.marchi@liceogalilei.example>",
         to="info@cinemaodeon-multisala.example",
         subject="Allarme rosso e Fuoco assassino - biglietti di gruppo dalla cassa automatica?",
         body="""\
Buongiorno,

per la rassegna "Brividi d'autunno" vorrei portare una classe di 24 ragazzi a vedere
"Allarme rosso" giovedì mattina e "Fuoco assassino" la settimana dopo.

Si possono comprare i biglietti di gruppo con lo sconto scuole direttamente dalla cassa
automatica nell'atrio, oppure bisogna passare dalla cassa con l'operatore? E il pagamento con
il buono della scuola è accettato?

Grazie,
prof.ssa Elena Marchi
Liceo Galilei"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Roberto Guidi <roberto.guidi@casa.example>",
         to="preventivi@assicasa-serena.example",
         subject="Prima di sottoscrivere: copertura incendio e blackout",
         body="""\
Buongiorno,

sto confrontando alcuni preventivi e non sono ancora vostro cliente. Qualche domanda sulla
polizza Casa Serena:

- copre i danni da incendio e da corto circuito dell'impianto elettrico?
- in caso di blackout prolungato, il cibo andato a male nel congelatore viene rimborsato?
- se il vostro portale sinistri è irraggiungibile (con un'altra compagnia mi è capitato proprio
  il giorno del temporale), posso aprire la pratica per telefono?

Grazie, Roberto Guidi"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="BridgeMano <newsletter@bridgemano.example>",
         to="soci@circolobridge-verona.example",
         subject="Novità di novembre: attacco, blocco e contro - il corso di difesa",
         body="""\
Cari giocatori,

ecco le novità di novembre nell'app BridgeMano.

IL CORSO DEL MESE: "Attacco e blocco". Quattro lezioni sull'attacco iniziale, sul blocco dei
colori e su quando chiamare il contro senza rovinare la serata al partner.

TORNEO DI FUOCO: sabato 16 il simultaneo nazionale a coppie. Le iscrizioni chiudono giovedì
a mezzanotte.

UN PROMEMORIA: non condividete mai la password dell'app con nessuno, nemmeno con il vostro
compagno di coppia. Lo staff non ve la chiederà mai.

Buon gioco!
Il team BridgeMano

Non vuoi più ricevere questa newsletter? Disiscriviti dalle impostazioni del tuo profilo."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Kevin Russo <kevin@cucinenascoste.example>",
         to="partner@sfrecciafood.example",
         subject="Mappa percorso nell'app rider su Android",
         body="""\
Ciao,

da stamattina sull'app rider per Android la mappa del percorso non si carica: resta bianca con
la scritta "Caricamento..." Su iPhone va tutto.

Per ora i nostri rider Android copiano l'indirizzo dall'ordine e lo aprono in Google Maps,
quindi le consegne partono lo stesso, solo con qualche minuto in più. Ci fate sapere quando
sistemate?

Kevin - Cucine Nascoste (dark kitchen Milano Isola)"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Roberta Galli <r.galli@agenziafaro.example>",
         to="support@mailora.example",
         subject="R: Account sospeso - campagna in uscita OGGI",
         body="""\
Terzo messaggio e ancora nessuna risposta.

Il nostro account è ancora "sospeso per verifica": non possiamo accedere alle campagne, né
inviare né esportare i contatti. Oggi alle 18:00 deve partire la campagna del nostro cliente
(una catena di B&B, 38.000 iscritti) per l'apertura delle prenotazioni di Capodanno, ed è
tutto pronto dentro il vostro sistema. Abbiamo pagato regolarmente, nessuna segnalazione di
spam negli ultimi mesi.

Vi prego di richiamarmi al 051 000 6624 entro mezzogiorno.

Roberta Galli - Agenzia Faro

Il giorno lun 2 dic 2024 alle ore 09:17 Roberta Galli <r.galli@agenziafaro.example> ha scritto:
> Buongiorno,
> da stamattina il nostro account risulta sospeso "per verifica" senza
> alcuna spiegazione e non riusciamo ad accedere alle campagne.
> Potete riattivarlo? Abbiamo un invio importante mercoledì.
> Roberta Galli - Agenzia Faro"""),
]
