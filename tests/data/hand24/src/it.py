# blind25 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ornella Caputi <ornella.caputi@posta-casa.example>",
         to="assistenza@lucesmart.example",
         subject="Presa intelligente LS-Plug 2: strano crepitio",
         body="""\
Buongiorno,

ieri sera ho collegato la stufetta del bagno alla vostra presa LS-Plug 2 e dopo una ventina di minuti ho sentito un crepitio, tipo carta che si accartoccia, che veniva dalla presa.
Quando l'ho toccata per staccarla il guscio era talmente caldo che ho dovuto usare uno strofinaccio. La plastica vicino ai poli adesso è ingiallita e un po' gonfia, e nella stanza è rimasto un odore acre per ore.

Ne ho altre tre uguali in casa, attaccate al frigorifero, alla lavatrice e alla lampada della cameretta di mia figlia. Devo staccarle tutte? Cosa faccio con quella rovinata?

Grazie,
Ornella Caputi"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marco Sbarbaro <m.sbarbaro@studiolegale-sbarbaro.example>",
         to="service@caffeufficio.example",
         subject="Macchina caffè ufficio - coperchio del serbatoio",
         body="""\
Salve,
stamattina la nostra segretaria stava facendo un tè con l'erogatore di acqua calda della macchina Barista Pro 40 che abbiamo in comodato. A metà erogazione il coperchio del serbatoio è saltato via con un colpo secco ed è arrivata acqua bollente sul suo braccio.
Ora ha una vescica grande come una moneta sul dorso della mano e il polso tutto arrossato; l'abbiamo accompagnata in farmacia.
La macchina è ancora accesa con la spia rossa lampeggiante, nessuno osa avvicinarsi. Mandate qualcuno oggi stesso per favore.

Avv. Marco Sbarbaro
Tel. 010 555 0147"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Giulia Ferrandino <giulia.ferrandino@mailbox.example>",
         to="supporto@robopulito.example",
         subject="Pezzo staccato dal robot aspirapolvere",
         body="""\
Ciao,
il mio robot RoboPulito X7 ha perso uno dei piccoli cappucci di gomma della spazzola laterale (quello con la vitina dentro). Me ne sono accorta perché ho trovato il mio bimbo di 18 mesi sotto il divano che lo masticava: gliel'ho tolto dalla bocca ma la vitina non c'era più e lui ha tossito per un po', adesso sembra tranquillo ma è strano, piagnucola quando deglutisce.
Il cappuccio si stacca con due dita, non serve nessun attrezzo. È normale che quel pezzo venga via così facilmente? Il robot gira tutti i giorni sul pavimento dove gioca lui.

Giulia"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Renato Pellicanò <renato.pellicano@libero-mail.example>",
         to="contatti@fondopensione-aurora.example",
         subject="Nel mio profilo ci sono i documenti di un'altra persona",
         body="""\
Spett.le Fondo Aurora,

accedendo oggi all'area riservata per scaricare il prospetto annuale della mia posizione, nella sezione "Documenti" ho trovato tre file che non sono miei: il prospetto previdenziale, la richiesta di anticipazione e la copia della carta d'identità di una certa signora Lucia T., con codice fiscale, IBAN e indirizzo di casa.
I miei documenti invece non ci sono più.

Immagino che a qualcun altro stia succedendo lo stesso con i miei dati. Vi chiedo di verificare subito e di dirmi chi ha potuto vedere la mia pratica.

Distinti saluti
Renato Pellicanò
Iscritto n. 448120"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Prof.ssa Annalisa Dorigo <vicepreside@liceo-galvani-rovigo.example>",
         to="helpdesk@registroscuola.example",
         subject="Scrutini oggi alle 15 - registro inutilizzabile",
         body="""\
Buongiorno,
dalle 7.50 di stamattina nessun docente del nostro istituto riesce a inserire voti né assenze: dopo il login la pagina del registro resta bianca con la rotellina che gira, e anche dall'app dei genitori non si vede nulla.
Oggi pomeriggio alle 15 iniziano gli scrutini finali di 32 classi e senza il tabellone dei voti proposti non possiamo cominciare. Le segreterie stanno già raccogliendo le assenze su fogli di carta.
Vi prego di richiamarmi al 0425 555 0192.

Annalisa Dorigo
Vicepreside - Liceo Galvani"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ufficio Esami <esami@univ-lagomaggiore.example>",
         to="support@proctorsafe.example",
         subject="Appello di Statistica: 280 studenti fermi al controllo webcam",
         body="""\
Gentile supporto,

l'appello online di Statistica I doveva cominciare alle 14:00. Da allora tutti i 280 iscritti restano bloccati sulla schermata "Verifica ambiente in corso..." e nessuno riesce ad arrivare alla prima domanda. Alcuni vedono anche il messaggio "Error: session handshake timeout (code 504)".
I docenti hanno provato a riavviare la sessione due volte, senza esito. Gli studenti ci scrivono in massa in chat e diversi laureandi hanno bisogno di questo voto entro venerdì per la seduta di laurea.

Please escalate this to your on-call engineer, we cannot postpone the exam again.

Dott. Fabio Brentegani
Ufficio Esami e Carriere"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Silvia Zamperetti <silvia@zamperettigrafica.example>",
         to="assistenza@datacubo.example",
         subject="NAS DataCubo DS-220: cartelle sparite dalla rete",
         body="""\
Buongiorno, da ieri pomeriggio né il mio portatile né l'iMac vedono più le cartelle condivise del NAS. In "Rete" il DataCubo non compare proprio, e l'indirizzo 192.168.1.40 dal browser va in timeout. Le spie sul frontale sono tutte blu come sempre.
Ci tengo dentro tutti i file dei clienti e stamattina non ho potuto consegnare niente. Ho già riavviato NAS e router.
Cosa posso provare?
Silvia"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Tommaso Rigamonti <t.rigamonti@officinedigitali.example>",
         to="help@chattalk.example",
         subject="Messaggi in ritardo",
         body="""\
Ciao, è normale che da lunedì i messaggi nei canali arrivino con 5-10 minuti di ritardo? Spesso le notifiche compaiono quando la conversazione è già finita. Per le cose veloci ci stiamo arrangiando con le email, ma in 40 persone è scomodo.
Grazie, Tommaso"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Luca De Santis <luca.desantis@freelance-dev.example>",
         to="support@tunnelvpn.example",
         subject="VPN down da ieri sera",
         body="""\
Salve,
la vostra VPN non funziona da ieri sera verso le 22. Il client TunnelVPN resta su "Connessione..." con qualsiasi server (Milano, Francoforte, Amsterdam), sia dal PC sia dal telefono. Senza VPN non posso collegarmi ai server del mio cliente e sono fermo.
Abbonamento annuale, utente ldesantis83.

Luca De Santis"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Chiara Bonvicini <chiara.bonvicini@webmail.example>",
         to="sostenitori@finanziamoinsieme.example",
         subject="Contributo addebitato due volte - progetto Orto Sociale Sabbioneta",
         body="""\
Buonasera,
domenica ho sostenuto il progetto "Orto Sociale Sabbioneta" con 50 euro. La pagina di conferma è rimasta bloccata e ho premuto di nuovo "Conferma": sull'estratto conto della carta ora vedo due addebiti da 50,00 € entrambi del 12/05, ma nel mio profilo risulta un solo contributo.
Potete stornare quello in più?

Grazie e buon lavoro,
Chiara Bonvicini"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Amministrazione Falegnameria Corradini <amministrazione@corradini-legno.example>",
         to="clienti@factorpiu.example",
         subject="Anticipo fatture non accreditato - stipendi il 27",
         body="""\
Buongiorno,

il 20 abbiamo caricato sul portale le fatture n. 118, 119 e 121 verso la Mobilificio Stella S.r.l. per un totale di 24.860,00 €. Lo stato risulta "Approvata - anticipo erogato" dal 21, ma sul nostro conto presso la Banca di Credito Cooperativo non è arrivato nulla.

Il 27 dobbiamo pagare gli stipendi dei nostri nove dipendenti e contavamo proprio su questo anticipo. Vi chiedo di verificare con urgenza l'IBAN e la data valuta del bonifico e di mandarmi il CRO.

Cordiali saluti
Patrizia Corradini
Tel. 0522 555 0163"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=1,
         frm="Elena Marchiori <elena.marchiori@traduzioni-em.example>",
         to="fatturazione@contofacile.example",
         subject="R: La tua fattura ContoFacile di maggio",
         body="""\
Buongiorno,
nella fattura qui sotto mi avete addebitato il piano Studio annuale (238,00 € + IVA) mentre io sono abbonata al piano Base mensile da 9,90 €. Inoltre la fattura è intestata a una partita IVA che non è la mia (la mia finisce con 0215).
Potete annullarla ed emettere quella corretta? Nel frattempo vedo che la carta è già stata addebitata dell'importo intero.

Elena Marchiori

Il giorno 2 mag, alle ore 06:14, ContoFacile <noreply@contofacile.example> ha scritto:
> Gentile cliente,
> in allegato trovi la fattura n. CF-2024-55812 relativa al tuo abbonamento.
> Importo: 290,36 EUR. Il pagamento sarà addebitato sul metodo salvato.
> Il team ContoFacile"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gianni Pozzobon <gianni.pozzobon@posta.example>",
         to="permessi@comune-valdarno.example",
         subject="Commissione 0,80 € sul permesso ZTL",
         body="""\
Buongiorno, ho rinnovato online il permesso di sosta residenti e oltre ai 35 euro mi è stata addebitata una "commissione di servizio" di 0,80 €. Nessun problema, era solo per curiosità: a cosa serve?
Cordiali saluti, Gianni Pozzobon"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Federica Lanzetta <federica.lanzetta@mailbox.example>",
         to="support@chiavecassaforte.example",
         subject="Cassaforte bloccata dopo tentativi falliti",
         body="""\
Salve,
ho sbagliato la master password tre volte sul telefono nuovo e ora il mio account ChiaveCassaforte dice "Account temporaneamente bloccato, riprova più tardi". Sono passate 24 ore ed è ancora così, anche dal computer.
La password giusta la conosco, ho ritrovato il foglio dove l'avevo scritta. Come si sblocca?

Federica"""),

    dict(n=15, signals="account", priority="medium", trap="sms", qt=0, reply=0,
         frm="Stefano Albanese <s.albanese@albanese-impianti.example>",
         to="imprese@bancadelborgo.example",
         subject="Codice SMS per accesso conto aziendale non arriva",
         body="""\
Buongiorno,
da quando ho cambiato operatore telefonico (stesso numero, 347 555 0128) il codice SMS per accedere all'home banking aziendale non mi arriva più. Ho provato "reinvia codice" più volte e anche a riavviare il telefono. Gli altri SMS arrivano regolarmente.
Il numero rapporto è 0041-887213. Mi serve entrare entro la settimana per vedere i movimenti.

Stefano Albanese
Albanese Impianti S.n.c."""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Beatrice Onofri <bea.onofri@nuovoindirizzo.example>",
         to="segreteria.online@ateneo-ponente.example",
         subject="Cambio email e accesso al portale immatricolazioni",
         body="""\
Gentile segreteria,

la settimana scorsa ho aggiornato l'indirizzo email nel mio profilo del portale immatricolazioni, perché quello vecchio (della scuola superiore) è stato disattivato. Il portale però continua a mandare il link di conferma e il codice di recupero password al vecchio indirizzo, che non posso più leggere, e così non riesco più ad entrare.
Devo ancora caricare la ricevuta della prima rata e completare la domanda di immatricolazione a Ingegneria Gestionale.

Vi allego un documento d'identità per la verifica.

Cordiali saluti,
Beatrice Onofri
Codice pratica: IMM-2024-07731"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Walter Bianchin <walter.bianchin@studio-bianchin.example>",
         to="aiuto@nuvolabackup.example",
         subject="Come attivo la verifica in due passaggi?",
         body="""\
Buongiorno,
vorrei attivare la verifica in due passaggi sul mio account NuvolaBackup con un'app di autenticazione. Dove la trovo nelle impostazioni? Si può usare anche su più dispositivi?
Grazie,
Walter Bianchin"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Rosaria Inguscio <rosaria.inguscio@posta.example>",
         to="info@ecoraccolta-lecce.example",
         subject="Re: Novità EcoRaccolta - batterie e pile",
         body="""\
Grazie per l'avviso. Una domanda che non c'entra: da quando ci sono i nuovi calendari nell'app, il vetro nella zona di San Pio passa il martedì o il giovedì? Nell'app vedo tutte e due le date.

Saluti,
Rosaria

Il giorno mer 8 mag 2024 alle ore 09:30 EcoRaccolta <info@ecoraccolta-lecce.example> ha scritto:
> Cari utenti,
> ricordiamo che le batterie al litio gettate nell'indifferenziata possono provocare
> incendi nei camion e negli impianti: la settimana scorsa un mezzo ha preso fuoco
> in via Taranto. Conferite pile e batterie negli appositi contenitori.
> Il team EcoRaccolta"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Daniela Ruggeri <d.ruggeri@agenziaviaggi-orizzonte.example>",
         to="assistenza@printleasing.example",
         subject="R: Ticket 40311 - stampante bloccata",
         body="""\
Buongiorno Sig. Mantovani,
volevo solo ringraziarla: dopo la sostituzione del fusore la stampante multifunzione è tornata come nuova, niente più inceppamenti né fogli accartocciati. Il tecnico è stato puntualissimo e gentile.
Potete chiudere pure il ticket.

Un saluto dall'Agenzia Orizzonte,
Daniela"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Ivo Castellani <ivo.castellani@castellani-consulenze.example>",
         to="preventivi@brokerassicura.example",
         subject="Polizza per ufficio virtuale: copre incendio, furto e blackout?",
         body="""\
Buongiorno,
sto per aprire la mia sede legale presso un ufficio virtuale a Bologna e vorrei un preventivo per una polizza multirischi. Mi interessa sapere se le vostre polizze coprono:
- incendio e furto dell'attrezzatura che lascio in deposito;
- i danni da interruzione dell'attività in caso di blackout prolungato o di attacco informatico al fornitore;
- la responsabilità civile verso i clienti che ricevo in sala riunioni.
Non ho mai avuto sinistri. Potete mandarmi un paio di alternative con i costi annui?

Grazie,
Ivo Castellani"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Ludovica Sartori <ludovica.sartori@mailbox.example>",
         to="ebook@biblioteche-valtrompia.example",
         subject="Prestito ebook \"Furto d'identità\" e \"Blackout a Milano\"",
         body="""\
Salve, sono iscritta alla biblioteca di Gardone. Sto cercando due romanzi in formato ebook: "Furto d'identità" di Carla Venturelli e il thriller "Blackout a Milano". Il primo risulta "in prestito" fino al 3 giugno: posso prenotarlo? Il secondo non lo trovo proprio nel catalogo, pensate di acquistarlo?
Tra l'altro mio figlio ha divorato la serie "Incendio sul lago" che mi avete consigliato, è letteralmente andato a fuoco per quei libri!

Grazie mille,
Ludovica"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Newsletter SicuraCasa <news@sicuracasa-antivirus.example>",
         to="clienti@sicuracasa-antivirus.example",
         subject="Maggio: furti di password, truffe via SMS e il nuovo Scudo Totale 2025",
         body="""\
Ciao!

In questo numero:
* Furti di account: i 5 trucchi più usati dai criminali per rubare le password (e come difendersi)
* Truffe via SMS: "il tuo pacco è bloccato" - riconoscerle in 10 secondi
* Webinar gratuito giovedì 23 alle 18:30: "Casa smart sotto attacco? Telecamere, prese e robot"
* Arriva Scudo Totale 2025: protezione contro ransomware e virus per fino a 10 dispositivi, -30% per chi rinnova entro il 31

Non vuoi più ricevere queste email? Annulla l'iscrizione dal tuo profilo.
Il team SicuraCasa"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Matteo Giordanengo <matteo.giordanengo@studenti.example>",
         to="amministrazione@residenze-campus.example",
         subject="Re: Restituzione deposito cauzionale - stanza B214",
         body="""\
Buongiorno,
vi riscrivo perché non ho ancora ricevuto risposta né il rimborso. Sono passati 45 giorni dalla riconsegna della stanza, che il vostro addetto aveva trovato in ordine (verbale firmato).
Lunedì devo versare la caparra per l'appartamento a Torino e senza quei 600 euro non riesco a pagarla: rischio di perdere la casa. Per favore fatemi sapere entro venerdì quando partirà il bonifico.

Matteo Giordanengo

Il giorno 2 apr 2024, alle ore 11:05, Matteo Giordanengo <matteo.giordanengo@studenti.example> ha scritto:
> Gentile amministrazione,
> il 31 marzo ho lasciato la stanza B214 della Residenza Lingotto e riconsegnato le chiavi.
> Vi chiedo la restituzione del deposito cauzionale di 600,00 € sull'IBAN
> IT00 X000 0000 0000 0000 0000 000 già indicato nel contratto.
> Grazie, Matteo"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Carla Menegatti <c.menegatti@centromedico-sanrocco.example>",
         to="assistenza@printleasing.example",
         subject="È normale che la scansione verso email non parta più?",
         body="""\
Buongiorno,
è normale che da dopo l'aggiornamento di venerdì la multifunzione del secondo piano (contratto di noleggio NL-8812) non invii più le scansioni via email? Il pannello dice "Invio completato" ma nella casella non arriva niente, né a noi né ai medici.
Per ora scansioniamo su chiavetta USB e poi le inoltriamo dal PC, quindi non siamo fermi, però è una bella perdita di tempo: ci fate sapere quando potete sistemarla?

Grazie,
Carla Menegatti
Segreteria Centro Medico San Rocco"""),
]
