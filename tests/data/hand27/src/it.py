# blind28 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Elena Bertolini <elena.bertolini@posta.example>",
         to="assistenza@ninnavista.example",
         subject="Baby monitor NinnaVista Pro – alimentatore della telecamera",
         body="""\
Buongiorno,

stanotte verso le 2 mi sono svegliata per un odore strano di plastica in cameretta. L'alimentatore
della telecamera NinnaVista Pro, attaccato alla presa dietro al lettino, era bollente: non si
riusciva a tenerlo in mano. La plastica intorno ai contatti è diventata marrone e un po' molle e il
cavo vicino alla spina si è deformato, sembra schiacciato.

La telecamera è montata sulla sponda del lettino, a 40 cm dalla testa di mia figlia (8 mesi).

Ho staccato tutto e per ora la bambina dorme in camera con noi. Vorrei sapere cosa devo fare con
l'apparecchio e se l'alimentatore dell'unità genitore, che è identico, posso continuare a usarlo.

Acquisto del 3 settembre, ordine NV-552190. Posso mandare le foto.

Elena Bertolini"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Walter Zanin <walter.zanin@posta.example>",
         to="assistenza@taglimax.example",
         subject="Motosega TM-40V domanda",
         body="""\
Salve,
è normale che la catena continui a girare 4-5 secondi dopo che mollo l'acceleratore? E che se
spingo in avanti la leva del freno catena non succeda niente, la catena gira uguale?
La motosega è la TaglioMax TM-40V a batteria, comprata a ottobre. Domani devo finire di tagliare la
legna con mio nipote e volevo sapere se posso usarla così.
Grazie
Walter"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Ionut Popescu <ionut.popescu.drv@posta.example>",
         to="partner@viaggiaora.example",
         subject="URGENTE qualcuno ha cambiato il mio IBAN",
         body="""\
Buongiorno,

sono autista partner con voi da 2 anni (ID autista 44-1907, Torino). Ieri sera alle 23:10 ho
ricevuto email "Il tuo IBAN è stato modificato" ma io non ho cambiato niente. Dopo 5 minuti altra
email "Il tuo indirizzo email è stato modificato". Adesso non posso più entrare nella app, dice
password sbagliata, e se faccio "password dimenticata" la mail va al nuovo indirizzo che non è mio.

Venerdì c'è il pagamento settimanale, circa 1.100 euro, e ho paura che va sul conto di un'altra
persona. Per favore bloccate subito il pagamento e il mio account finché non sistemate.

Posso venire in ufficio con documento e contratto quando volete.

Grazie
Ionut Popescu
tel. 000 000 0000"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Stefano Marchetti <s.marchetti@posta.example>",
         to="assistenza@mobilitalibera.example",
         subject="Scooter elettrico Libero 4 – è partito da solo",
         body="""\
Gentili signori,

mio padre (79 anni) usa lo scooter elettrico Libero 4 che abbiamo acquistato da voi a giugno.
Ieri mattina, davanti alla farmacia, ha spento la manopola della velocità e ha iniziato a scendere.
Mentre aveva ancora il piede sinistro sulla pedana lo scooter è partito in avanti, da solo, e l'ha
trascinato per un paio di metri prima di fermarsi contro un palo.

È finito sul marciapiede: ha un taglio sulla mano e il gomito gonfio, al pronto soccorso gli hanno
messo quattro punti. Già la settimana scorsa ci aveva detto che lo scooter "dava uno strattone"
quando lo accendeva, ma pensavamo fosse lui a toccare la manopola.

Lo scooter ora è fermo in garage con la chiave tolta. Chiedo che venga ritirato e controllato al
più presto. Numero di telaio LB4-2026-03318.

Stefano Marchetti"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Direzione Impianti Pian dei Larici <impianti@piandeilarici.example>",
         to="supporto@accessoneve.example",
         subject="URGENTE tornelli cabinovia – tutti rossi",
         body="""\
Buongiorno,

da questa mattina alle 8:30 tutti e otto i tornelli alla partenza della cabinovia segnano rosso su
qualsiasi skipass, anche su quelli venduti stamattina alle nostre casse. Le casse emettono i
biglietti regolarmente, ma al tornello niente.

Abbiamo circa 350 sciatori in coda e le navette dagli hotel continuano ad arrivare. Stiamo facendo
passare la gente dal cancello di servizio uno alla volta, senza poter controllare chi ha pagato, e
la coda non cala. È il primo sabato di apertura della stagione.

Abbiamo già riavviato il server accessi e i concentratori. Vi chiediamo di intervenire da remoto
subito. Il nostro referente è Luca, cell. 000 000 0000.

Direzione Impianti
Funivie Pian dei Larici S.p.A."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Massimo Greco <m.greco@trasportigreco.example>",
         to="help@logiroute-tms.example",
         subject="Lettere di vettura vuote da stamattina",
         body="""\
Buongiorno,

ogni lettera di vettura che generiamo da stamattina esce vuota: un PDF di una pagina bianca, senza
mittente, destinatario né colli. Anche le etichette dei bancali escono senza codice. I dati delle
spedizioni nel gestionale ci sono tutti, è la stampa che non li riporta.

In banchina abbiamo 18 camion carichi che non possono partire senza documenti e gli autisti
aspettano da due ore. Alle 14 arriva il secondo turno con altri 22 ritiri.

Cliente 00417 – sede di Piacenza. Chiamatemi appena possibile.

Massimo Greco
Responsabile magazzino"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Chiara Esposito <chiara.esposito98@studenti.example>",
         to="help@provasicura.example",
         subject="non parte l'esame",
         body="""\
Quando clicco su "Avvia esame" si accende la webcam, poi la pagina torna alla home. Fatto 6 volte,
provato Chrome e Edge, PC riavviato. L'esame di Diritto privato chiude alle 18:00 e sono le 15:40.
Matricola 0612004481.
Aiuto per favore

Chiara"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Roberto Galli <r.galli@palazzoduomo-uffici.example>",
         to="assistenza@termocontrol.example",
         subject="Portale di supervisione non raggiungibile",
         body="""\
Buongiorno,

il portale web di supervisione dell'impianto di Palazzo Duomo non risponde da ieri sera (il browser
dà "timeout della connessione", sia dall'ufficio che da casa).

Gli impianti stanno andando in automatico con i programmi impostati: riscaldamento e ventilazione
funzionano e finora nessuno degli inquilini si è lamentato. Però non possiamo vedere gli allarmi né
modificare gli orari, e sabato c'è un evento al piano terra per cui andrebbe acceso il
riscaldamento fuori orario.

Potete verificare nei prossimi giorni?

Cordiali saluti,
Roberto Galli
Amministrazione stabile – Palazzo Duomo"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Gianna Ferri <segreteria@studioferri-legale.example>",
         to="assistenza@voxnet-business.example",
         subject="R: R: Centralino: le chiamate in uscita non partono (ticket 77120)",
         body="""\
Terzo sollecito. Nessuno ci ha ancora richiamato e siamo fermi da lunedì. È accettabile?

Gianna Ferri
Studio Legale Ferri

> -----Messaggio originale-----
> Da: Gianna Ferri <segreteria@studioferri-legale.example>
> Inviato: martedì 17 novembre 2026 09:12
> A: assistenza@voxnet-business.example
> Oggetto: R: Centralino: le chiamate in uscita non partono (ticket 77120)
> 
> Buongiorno, vi ho scritto ieri e non ho avuto risposta. Le chiamate in uscita da tutti i sei
> interni continuano a dare occupato dopo il primo squillo. Le entranti funzionano.
> 
> -----Messaggio originale-----
> Da: Gianna Ferri <segreteria@studioferri-legale.example>
> Inviato: lunedì 16 novembre 2026 10:31
> Oggetto: Centralino: le chiamate in uscita non partono (ticket 77120)
> 
> Da stamattina non riusciamo a fare nessuna chiamata in uscita dal centralino. Codice cliente
> VX-30388. Grazie."""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paolo Rinaldi <paolo.rinaldi@posta.example>",
         to="prenotazioni@campingledune.example",
         subject="Caparra addebitata due volte – prenotazione 2027/0883",
         body="""\
Buonasera,

ho prenotato online una piazzola per la prima metà di agosto 2027 (prenotazione 2027/0883, a nome
Rinaldi, 2 adulti e 2 bambini). La caparra di 240 € mi è stata addebitata due volte sulla carta,
il 14 e il 15 novembre, anche se ho ricevuto una sola conferma.

Vi chiedo di rimborsare il secondo addebito. Se serve vi mando l'estratto conto.

Grazie e buona serata,
Paolo Rinaldi"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Antonio Caruso <caruso.impianti@posta.example>",
         to="noleggi@furgonlampo.example",
         subject="deposito cauzionale ancora bloccato",
         body="""\
Buongiorno,
ho restituito il furgone Ducato (contratto FL-22871) il 28 ottobre alla vostra filiale di Bari,
senza danni, con il pieno, verbale di riconsegna firmato dal vostro addetto.
Dopo tre settimane i 800 euro di deposito sono ancora bloccati sulla carta.
Ho già scritto il 5 e l'11 novembre e mi avete risposto "entro 10 giorni lavorativi". Sono passati.
Sono un artigiano, quei soldi mi servono per pagare il fornitore a fine mese, non posso aspettare
ancora.
Antonio Caruso
Caruso Impianti Elettrici"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lucia Morandi <lucia.morandi@posta.example>",
         to="amministrazione@onoranzeserena.example",
         subject="Fattura n. 2026/1184 – richiesta di correzione",
         body="""\
Gentili signori,

vi scrivo in merito alla fattura n. 2026/1184 relativa alle esequie di mia madre, Adele Morandi.
Prima di tutto vorrei ringraziarvi per la delicatezza con cui avete seguito ogni cosa in quei
giorni.

Nella fattura però compaiono il servizio floreale (380 €) e il necrologio sul giornale locale
(150 €), che non avevamo richiesto perché se ne sono occupati direttamente i miei cugini. Il
preventivo che avevo firmato, e che allego, non li comprende.

Vi chiedo cortesemente di emettere una fattura corretta prima che proceda con il bonifico.

Cordiali saluti,
Lucia Morandi"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Federica Conti <amministrazione@conti-serramenti.example>",
         to="supporto@contasmart.example",
         subject="Carta rifiutata al rinnovo – scade domani",
         body="""\
Buongiorno,

da ieri provo a rinnovare l'abbonamento annuale a ContaSmart e la carta aziendale viene rifiutata
("Pagamento non autorizzato, codice 05"). La banca dice che da loro non arriva nessuna richiesta,
quindi si blocca prima. Ho provato anche con una seconda carta, stesso errore, e il bonifico non
è tra le opzioni.

L'abbonamento scade domani e il sistema avvisa che l'account passerà in sola lettura: vuol dire
che da giovedì non potremo emettere fatture ai clienti. Come possiamo pagare?

Federica Conti
Conti Serramenti s.r.l. – P.IVA 00000000000"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Matteo Longo <matteo.longo@posta.example>",
         to="aiuto@parkicitta.example",
         subject="Codice SMS non arriva",
         body="""\
Ciao,

non mi arriva il codice di verifica via SMS per entrare nell'app ParkiCittà. Ho provato 5 volte
tra ieri e oggi, anche col Wi-Fi spento. Il numero è giusto (finisce con 417) e gli altri SMS mi
arrivano.

Nel frattempo pago la sosta al parcometro con le monete, ma ho l'abbonamento residenti caricato
sull'app e vorrei rientrarci.

Matteo"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Giuseppina Valli <giuseppina.valli@posta.example>",
         to="assistenza@pressiocare.example",
         subject="applicazione misuratore pressione",
         body="""\
Buonasera,
è normale che l'applicazione del misuratore di pressione mi dica "utente non trovato" quando metto
la mia email? L'ho sempre usata senza problemi, ieri mi ha chiesto di entrare di nuovo e adesso
non mi riconosce più. Ho provato anche a scrivere l'email tutta in minuscolo come mi ha detto mia
figlia.
Dentro ci sono le misurazioni di due anni che il mio cardiologo vuole vedere alla visita di
dicembre.
Distinti saluti
Giuseppina Valli"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Daniela Rizzo <d.rizzo@bellinimeccanica.example>",
         to="helpdesk@bellinimeccanica.example",
         subject="Utenza ContaSmart bloccata",
         body="""\
Ciao ragazzi,

mi si è bloccata l'utenza su ContaSmart dopo tre tentativi sbagliati (avevo il blocco maiuscole
attivo, ovviamente). Dice "Utente bloccato, contattare l'amministratore".

Oggi è l'ultimo giorno per chiudere la liquidazione IVA e senza accesso sono ferma, e il
commercialista aspetta i dati entro le 16. Potete sbloccarla il prima possibile?

Grazie!
Daniela – Amministrazione, int. 214"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sara Pellegrini <sara.pellegrini@posta.example>",
         to="privacy@incontrieco.example",
         subject="Richiesta di chiusura account e cancellazione dati",
         body="""\
Buongiorno,

vorrei chiudere definitivamente il mio account su Incontri&Co e che venissero cancellati tutti i
miei dati, foto e messaggi compresi, come previsto dal GDPR.

Ho provato da Impostazioni > Account > Elimina profilo, ma il pulsante mi rimanda ogni volta alla
pagina dell'abbonamento Premium, che peraltro ho già disdetto a ottobre.

Nome utente: sara_pel_92
Email di registrazione: questa.

Attendo conferma scritta dell'avvenuta cancellazione.

Sara Pellegrini"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Franco Deiana <ufficio@portoturisticocalaverde.example>",
         to="commerciale@ormeggiopro.example",
         subject="Utente aggiuntivo per la stagione",
         body="""\
Ciao!

Quest'estate le prenotazioni dei posti barca sono letteralmente esplose, siamo sommersi di
richieste e il sabato mattina in ufficio è un delirio, ci stiamo ammazzando di lavoro. Il
gestionale va benissimo, per carità, anzi ci ha salvato la vita.

Vi chiedo: possiamo aggiungere un terzo utente solo da giugno a settembre, senza cambiare piano?
E quanto costerebbe?

Un saluto da Cala Verde,
Franco"""),

    dict(n=19, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Davide Russo <davide.russo.tecnico@posta.example>",
         to="info@elevasud-ascensori.example",
         subject="Candidatura spontanea – tecnico manutentore ascensori e scale mobili",
         body="""\
Spett.le Ufficio del Personale,

mi chiamo Davide Russo, ho 31 anni e vi invio la mia candidatura per una posizione di tecnico
manutentore di ascensori e scale mobili nella zona di Napoli e provincia.

Negli ultimi sei anni ho lavorato per una ditta di manutenzione su impianti in edifici per uffici e
centri commerciali, anche in reperibilità notturna: gestione di guasti e fermi impianto, interventi
di emergenza, liberazione di persone bloccate in cabina, verifiche periodiche dei dispositivi di
sicurezza. Ho il patentino per la conduzione di ascensori e il corso PES/PAV per lavori elettrici.

Allego il curriculum. Resto a disposizione per un colloquio.

Distinti saluti,
Davide Russo"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Carla Benedetti <carla.benedetti@posta.example>",
         to="clienti@acquevallive.example",
         subject="R: Interruzione programmata del servizio idrico – via Garibaldi, 26 novembre",
         body="""\
Buongiorno,

grazie dell'avviso, ci organizziamo. Approfitto per chiedere: posso comunicare l'autolettura del
contatore dall'app invece che per telefono? Non trovo la voce nel menu.

Saluti,
Carla Benedetti
Codice utenza 5501287

> Il giorno ven 20 nov 2026 alle ore 10:15 Acque Valli Servizio Clienti
> <clienti@acquevallive.example> ha scritto:
> 
> Gentile cliente,
> la informiamo che giovedì 26 novembre, dalle 8:00 alle 14:00, l'erogazione dell'acqua sarà
> interrotta in via Garibaldi (civici 1-60) per lavori di sostituzione della condotta.
> Al ripristino potrebbero verificarsi brevi fenomeni di acqua torbida.
> Ci scusiamo per il disagio."""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Alessio Fontana <alessio.fontana@posta.example>",
         to="info@concorsiacademy.example",
         subject="Domanda sull'abbonamento annuale",
         body="""\
Salve,

sto valutando l'abbonamento annuale per i corsi di preparazione al concorso per istruttore
amministrativo. Prima di iscrivermi avrei due domande:

- cosa succede se il rinnovo automatico non va a buon fine, per esempio perché la carta è
  scaduta? Perdo subito l'accesso ai corsi e ai miei appunti o c'è un periodo di tolleranza?
- se dopo una settimana mi accorgo che il corso non fa per me, posso chiedere il rimborso?

Grazie,
Alessio Fontana"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="ASD Polisportiva Val Sesia <newsletter@polivalsesia.example>",
         to="supporto@clubmanager.example",
         subject="Newsletter di novembre – serata \"Furti d'identità e truffe online\"",
         body="""\
Cari soci e amici della Polisportiva,

ecco le novità di novembre:

- Giovedì 26 alle 20:30, in sala riunioni, serata informativa "Furti d'identità e truffe online:
  come difendersi". La Polizia Postale ci spiegherà come riconoscere il phishing, cosa fare dopo una
  violazione dei dati e perché usare un gestore di password.
- Sono aperte le iscrizioni al corso di nuoto per adulti del martedì.
- Ricordiamo che la quota sociale 2027 si può già versare dalla propria area riservata.

Sportivi saluti,
Il Consiglio Direttivo

Ricevi questa email perché sei iscritto alla newsletter. Per cancellarti rispondi "CANCELLA"."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Prof. Nicola Serra <n.serra@itis-volta.example>",
         to="support@stampa3dcloud.example",
         subject="Invio stampe dal cloud bloccato",
         body="""\
Buongiorno,

da due giorni l'invio dei file dal cloud alle stampanti del nostro laboratorio non funziona: il
lavoro resta "in coda" all'infinito e la stampante non lo riceve. Succede su tutte e 12 le
stampanti, firmware aggiornato.

Per ora esportiamo il G-code e lo copiamo su chiavetta USB, quindi le classi non sono ferme, ma con
120 studenti è piuttosto scomodo. Se riuscite a sistemarlo entro la prossima settimana ve ne
saremmo grati.

Prof. Nicola Serra
Laboratorio di Tecnologia – ITIS A. Volta"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Marina Colombo <marina.colombo@posta.example>",
         to="assistenza@taxiora.example",
         subject="piccola differenza sull'importo della corsa",
         body="""\
Buonasera,

nessuna urgenza e non è per i soldi: ieri sera per la corsa dalla stazione a casa l'app mi aveva
indicato 18,40 € e poi me ne ha addebitati 18,60. Immagino sia un arrotondamento o qualche
supplemento, volevo solo capire da cosa dipende.

Grazie e buon lavoro,
Marina Colombo"""),
]
