# blind16 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucia Ferrandi <lucia.ferrandi@posta.example>",
         to="assistenza@powerbox-shop.example",
         subject="Power bank PB-20000 gonfio: è normale?",
         body="""\
Buongiorno,

ho comprato da voi tre settimane fa due power bank PowerBox 20000 mAh (ordine n. PBX-558120).

Ieri sera uno dei due era sul letto di mio figlio, attaccato al tablet. Verso le undici il bambino
è venuto a chiamarmi perché "il caricabatterie fischia". Quando l'ho preso in mano era così caldo
che l'ho lasciato cadere sul pavimento: si era gonfiato come un cuscinetto, la scocca si era aperta
di lato e in camera c'era un odore dolciastro di plastica sciolta. Sul copripiumino è rimasto un
alone marrone grande come una mano.

Adesso l'ho messo sul balcone dentro una pentola di metallo e non l'ho più toccato.

È normale che un power bank si gonfi così dopo tre settimane? Il secondo, identico, è ancora nello
zaino di mia figlia e lei lo usa tutti i giorni a scuola. Cosa devo fare?

Grazie,
Lucia Ferrandi
Via dei Tigli 14, Parma
tel. 0521 555 0183"""),

    dict(n=2, signals="safety", priority="critical", trap="symptoms", qt=0, reply=0,
         frm="Gianni Morosin <g.morosin@valbelluna.example>",
         to="ordini@pellet-dolomiti.example",
         subject="Consegna pellet del 3 novembre - lotto 24-118",
         body="""\
Salve,

vi scrivo per la consegna di 60 sacchi di pellet di abete del 3 novembre (lotto 24-118, bolla
n. 7781).

Da quando abbiamo cominciato a usare questi sacchi nella stufa del soggiorno ci svegliamo tutti con
un mal di testa fortissimo. Stamattina mia moglie si è alzata e le girava tutto, si è dovuta
sedere sul pavimento del bagno. Il piccolo (6 anni) ha vomitato due volte nella notte e adesso
dorme sul divano e non ha voglia di niente. Anche il gatto è strano, sta sempre vicino alla porta.

Il vetro della stufa in un giorno diventa tutto nero, nel braciere restano dei pezzi duri tipo
vetro e dalla giuntura del tubo dietro esce un fumo giallastro che ristagna in casa. Quando
apriamo tutte le finestre e usciamo in giardino dopo mezz'ora stiamo meglio.

Con il pellet dell'anno scorso (sempre vostro) non era mai successo. Il pellet è sempre lo stesso o
è cambiato qualcosa? La stufa è stata pulita a settembre.

Gianni Morosin
Sospirolo (BL) - cell. 333 555 0149"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Roberta Casiraghi <roberta.casiraghi@mailbox.example>",
         to="supporto@condominiofacile.example",
         subject="Qualcuno è entrato nel mio profilo del portale condominiale",
         body="""\
Buonasera,

sono proprietaria dell'interno 7 del condominio "Residenza Le Betulle", via Mameli 22, Monza.

Oggi pomeriggio il signor Pozzi del piano di sotto mi ha fermata in ascensore per chiedermi
perché gli avevo mandato dal portale un messaggio con la richiesta di "anticipare" 1.200 euro di
spese straordinarie su un IBAN che non è il mio. Io non ho scritto niente.

Provo ad accedere al portale e la mia password non viene più accettata; con "password dimenticata"
il link arriva a un indirizzo che non conosco (r.casir4ghi@...). Anche il numero di telefono nel
profilo è cambiato, il codice SMS non arriva più a me.

Nel mio profilo ci sono la copia della carta d'identità, il codice fiscale, il mio IBAN per gli
addebiti delle rate e il contratto d'affitto dell'inquilina con tutti i suoi dati. Chi è entrato
sta leggendo tutto e sta scrivendo ai miei vicini a mio nome.

Vi chiedo di bloccare subito il profilo e di dirmi cosa devo fare.

Roberta Casiraghi
339 555 0127"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Federico Alghisi <f.alghisi@golfclub-franciacorta.example>",
         to="service@golfcar-italia.example",
         subject="Golf cart E-Rider 2: ruota anteriore staccata in marcia, socio ferito",
         body="""\
Buongiorno,

segnalo un incidente accaduto ieri, sabato, alla buca 11 del nostro percorso.

Uno dei sei golf cart E-Rider 2 che ci avete consegnato a marzo (telaio ER2-00431) stava scendendo
la rampa verso il green a circa 18 km/h quando la ruota anteriore destra si è sfilata dal mozzo.
Il cart si è inclinato, ha strisciato per qualche metro e il passeggero, un nostro socio di 71
anni, è stato sbalzato fuori. È stato portato al pronto soccorso di Iseo: frattura del polso e
una ferita alla testa con cinque punti.

Abbiamo trovato a terra il dado della ruota e la coppiglia spezzata. Il tagliando di primavera è
stato fatto dal vostro tecnico il 12 aprile.

Abbiamo fermato tutti e sei i mezzi, ma alcuni soci hanno gare prenotate. Chiedo un intervento
immediato e per iscritto se gli altri cart possano avere lo stesso difetto. Conserviamo il mezzo
così com'è per la vostra perizia.

Federico Alghisi
Direttore - Golf Club Franciacorta Est
030 555 0190"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sara Bonetti <sara.bonetti@fitzone-palestre.example>",
         to="helpdesk@accessopass.example",
         subject="Tornelli: nessun socio riesce a entrare (3 sedi)",
         body="""\
Buongiorno,

da stamattina alle 6:00 nelle nostre tre palestre (Bologna Centro, Casalecchio, San Lazzaro) i
tornelli lampeggiano rosso con qualunque tessera. Anche il QR dell'app soci viene mostrato sul
telefono ma il lettore non lo riconosce. I badge del personale non aprono nemmeno lo spogliatoio
istruttori.

Alle 7 avevamo già più di 150 persone in coda fuori al freddo, molti se ne sono andati. Per
adesso abbiamo aperto la porta laterale e un ragazzo segna nomi e numeri di tessera su un
quaderno, ma alle 9 iniziano i corsi e alle 18 abbiamo il picco.

Il pannello web di amministrazione carica ma la lista degli accessi di oggi è vuota.

Vi prego di richiamarmi appena possibile: 051 555 0162.

Sara Bonetti
Responsabile operativa FitZone"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Matteo Zanardi <m.zanardi@cucinezanardi.example>",
         to="support@montaggi-planner.example",
         subject="Le squadre non vedono gli appuntamenti di oggi",
         body="""\
Buongiorno,

le nostre 14 squadre di montatori stamattina hanno aperto l'app e trovano la giornata vuota: nessun
indirizzo, nessun progetto, nessuna lista dei pezzi. Alcuni erano già partiti dal magazzino con il
furgone carico e sono fermi in autostrada senza sapere dove andare.

In ufficio stiamo ricostruendo gli appuntamenti dalle email dei clienti e li dettiamo per telefono
uno per uno. Le conferme di fine lavoro le stanno scrivendo su carta e le fotografano. Oggi
abbiamo 31 cucine da montare e i clienti hanno preso giorni di ferie per aspettarci.

For our colleagues at the Vienna office in copy: none of the field teams can see today's jobs
since 7:30, please escalate on your side as well.

Matteo Zanardi
Cucine Zanardi srl - Reggio Emilia
0522 555 0118"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Elena Paganin <elena.paganin@casa-paganin.example>",
         to="assistenza@termopavimento-app.example",
         subject="App ThermoFloor ferma su \"Sincronizzazione in corso\"",
         body="""\
Salve,

è normale che l'app ThermoFloor da venerdì sera mostri solo "Sincronizzazione in corso..." con la
rotellina che gira?

Non riesco a cambiare la temperatura di nessuna stanza: il riscaldamento a pavimento è rimasto sul
programma notte a 16 °C anche di giorno e in casa ci sono 15 gradi. Ho già disinstallato e
reinstallato l'app, riavviato la centralina e il router, provato da due telefoni diversi. La
centralina ha la lucina verde fissa. Sul pannello non ci sono comandi manuali, si regola solo
dall'app.

Come posso almeno rimetterlo a 20 gradi?

Elena Paganin"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Davide Rinaldi <davide.rinaldi@ciclisti-tortona.example>",
         to="support@velometrix.example",
         subject="Sincronizzazione Bluetooth non funziona dopo l'aggiornamento",
         body="""\
Ciao,

dopo l'aggiornamento dell'app alla 5.2 il mio ciclocomputer Velometrix V7 non sincronizza più le
uscite via Bluetooth: si accoppia, arriva al 40% e poi "Errore di trasferimento". Nel nostro gruppo
siamo in sei con lo stesso problema, tutti con la 5.2.

Per ora mi arrangio collegando il V7 al computer col cavo e caricando i file .fit dal sito, così
funziona. Però è scomodo, soprattutto quando siamo in giro più giorni senza pc.

Sapete quando arriva una correzione?

Davide"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Chiara Mele <chiara.mele@posta.example>",
         to="aiuto@petsitter-vicino.example",
         subject="L'app non funziona, parto domani",
         body="""\
L'app non funziona più da ieri sera: si apre, fa vedere il logo e si chiude subito (Android 14,
ho già provato a cancellare la cache). Domattina alle 6 parto e devo confermare la pet sitter per
la mia gatta e mandarle le istruzioni per la terapia, ma senza app non posso fare nulla e non ho
il suo numero. Potete aiutarmi?

Chiara Mele - prenotazione n. PS-30418"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Paolo Giordanengo <paolo.giordanengo@cuneese.example>",
         to="amministrazione@gasolio-casa.example",
         subject="Fornitura gasolio addebitata due volte",
         body="""\
Buongiorno,

il 14 novembre mi avete consegnato 1.000 litri di gasolio da riscaldamento (DDT n. 4417/24). Sul
conto corrente vedo due addebiti SDD identici da 1.184,60 € con data 18 novembre, entrambi con
causale "Fornitura GR 4417".

La fattura che ho ricevuto è una sola. Vi chiedo di verificare e di restituirmi il secondo
importo sullo stesso IBAN.

Cordiali saluti,
Paolo Giordanengo
Borgo San Dalmazzo (CN)"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Marta Ceccarelli <marta.ceccarelli@affittibrevi-marche.example>",
         to="host-support@casevacanza-italia.example",
         subject="Pagamento di ottobre non arrivato - devo pagare il mutuo",
         body="""\
Buongiorno,

sono host con due appartamenti a Senigallia (annunci n. 58812 e 58813). Nel pannello il pagamento
delle prenotazioni di ottobre, 2.870,00 €, risulta "Inviato" dal 5 novembre, ma sul mio conto
non è arrivato niente. La banca dice che non c'è nessun bonifico in entrata, né respinto.

Io con quei soldi pago la rata del mutuo e l'affitto del locale dove tengo biancheria e
attrezzature: la rata scade il 10, cioè dopodomani, e se salta la banca mi segnala.

L'IBAN registrato è corretto, non l'ho cambiato da due anni. Potete dirmi dove sono finiti i
soldi e quando li ricevo? Se serve, mi va bene anche un nuovo bonifico subito.

Marta Ceccarelli
347 555 0171"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Stefano Orlandini <s.orlandini@orlandini-consulting.example>",
         to="info@pensione-quattrozampe.example",
         subject="Fattura n. 2024/0877 da correggere",
         body="""\
Buongiorno,

ho ricevuto la fattura n. 2024/0877 per la pensione del mio cane Otto, ma ci sono due errori:

- riporta 14 notti, mentre Otto è stato da voi dal 2 al 12 agosto, quindi 10 notti
  (560,00 € invece di 420,00 €);
- è intestata a me come privato, ma al check-in avevo chiesto di intestarla alla mia ditta,
  Orlandini Consulting, P.IVA 01234560789.

Ho già pagato con carta l'importo della fattura, quindi vi chiedo la nota di credito per la
differenza di 140 € e la fattura corretta. My accountant needs the corrected invoice by the end of
the month, so I would appreciate a quick reply.

Grazie e saluti,
Stefano Orlandini"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Antonio Sgrò <antonio.sgro@posta.example>",
         to="clienti@bombole-barbecue.example",
         subject="Voce \"contributo gestione vuoto\" sulla ricevuta",
         body="""\
Salve, sull'ultima ricevuta della bombola da 10 kg per il barbecue c'è una voce "contributo
gestione vuoto 0,90 €" che le altre volte non c'era. Niente di grave, ho pagato, ma per curiosità:
a cosa serve?

Antonio"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=1,
         frm="Luca Dal Bosco <luca.dalbosco@motoveneto.example>",
         to="assistenza@motogear-store.example",
         subject="Re: La tua richiesta #88213 è stata ricevuta",
         body="""\
Buongiorno,

la risposta automatica qui sotto dice di usare "Password dimenticata", ma il problema è proprio
quello: dopo aver sbagliato la password tre volte il mio account è "temporaneamente bloccato" da
giovedì, e il link di reimpostazione mi riporta sempre alla stessa pagina con scritto "account
bloccato, contatta l'assistenza". Nel carrello ho il casco e la giacca che volevo ordinare con il
buono da 50 € che scade domenica.

Email dell'account: luca.dalbosco@motoveneto.example

Grazie,
Luca Dal Bosco

Il giorno gio 21 nov 2024 alle ore 19:02 Assistenza MotoGear <assistenza@motogear-store.example>
ha scritto:
> Gentile cliente,
> abbiamo ricevuto la tua richiesta. Se non riesci ad accedere al tuo account, usa la funzione
> "Password dimenticata" nella pagina di accesso.
> Ti risponderemo entro 48 ore lavorative.
> Il team MotoGear"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Giulia Ventura <giulia.ventura@mailbox.example>",
         to="supporto@portineria-smart.example",
         subject="Codice di verifica arriva al mio vecchio numero",
         body="""\
Buonasera,

ho cambiato numero di telefono a ottobre e nell'app della portineria non ho aggiornato il
profilo. Adesso ogni volta che accedo dal telefono nuovo l'app mi chiede il codice SMS, che
però viene mandato al vecchio numero (finisce con 4471), che non ho più.

Di conseguenza non vedo le notifiche dei pacchi arrivati in portineria e non posso prenotare la
sala comune. Il mio nuovo numero è 340 555 0136. Potete aggiornarlo voi o dirmi come fare?

Appartamento: scala B, interno 12, Residence Parco Ducale.

Giulia Ventura"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Alessandro Pini <alessandro.pini@toscanacasa.example>",
         to="servizioclienti@alberodinatale-consegne.example",
         subject="Il mio profilo non esiste più?",
         body="""\
Gentili signori,

sono cliente da cinque anni: ogni dicembre ordino da voi l'abete Nordmann in vaso e a gennaio lo
fate ritirare per il ripianto. Oggi volevo fare l'ordine per quest'anno ma il sito mi dice che
"nessun account è associato a questo indirizzo email". Anche provando a registrarmi di nuovo con
la stessa email mi crea un profilo vuoto: non ci sono più lo storico degli ordini, gli indirizzi
salvati né i 340 punti fedeltà che avevo accumulato.

Io non ho mai chiesto la cancellazione. L'ultima volta che ho fatto l'accesso era febbraio, per
prenotare il ritiro.

Potete recuperare il vecchio profilo con i punti?

Cordialmente,
Alessandro Pini
Prato"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ornella Fabbri <ornella.fabbri@vecchiaposta.example>",
         to="info@semi-e-orti.example",
         subject="Cambiare email dell'account",
         body="""\
Buongiorno, vorrei che il catalogo e le conferme d'ordine arrivassero al nuovo indirizzo
ornella.fabbri@posta.example invece di questo. Da dove si cambia l'email nel mio account?

Grazie, Ornella Fabbri"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Tommaso Lanza <tommaso.lanza@tennisclub-pescara.example>",
         to="prenotazioni@incordatura-pro.example",
         subject="Re: Ritiro racchetta incordata",
         body="""\
Perfetto, grazie! Passo sabato mattina a ritirarla. Tensione 23/22 va benissimo.

Tommaso

Il giorno mer 6 nov 2024 alle ore 12:40 Incordatura Pro <prenotazioni@incordatura-pro.example>
ha scritto:
> Buongiorno Tommaso,
> ci scusiamo per il ritardo nella risposta: a causa di un guasto ai nostri server il sistema
> di prenotazione è rimasto fuori servizio per tutta la mattina di lunedì e le richieste sono
> andate perse. Ora funziona tutto regolarmente.
> La sua racchetta sarà pronta da sabato 9 novembre, con corde in poliestere 1,25 a 23/22 kg.
> Cordiali saluti,
> Incordatura Pro - Pescara"""),

    dict(n=19, signals="-", priority="low", trap="product-names", qt=0, reply=0,
         frm="Rocco Palumbo <rocco.palumbo@posta.example>",
         to="vendite@fuochi-festa.example",
         subject="Info spedizione batterie per Capodanno",
         body="""\
Buongiorno,

per il Capodanno del paese (Pro Loco di San Vito) vorremmo ordinare:

- 4 batterie "Inferno Rosso 100 colpi"
- 6 fontane "Esplosione Tropicale"
- 2 candele romane "Scossa Elettrica"
- 1 finale "Vulcano Nero"

Volevo sapere se potete spedire in Basilicata entro il 20 dicembre, se il corriere consegna anche
in contrada e se per il "Vulcano Nero" serve il patentino o basta la maggiore età. Avete anche
uno sconto per associazioni? Also, a friend in Malta asks whether you ship there.

Grazie,
Rocco Palumbo"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Franca Mazzoleni <franca.mazzoleni@bergamonet.example>",
         to="servizio@caldaia-sempre.example",
         subject="Grazie per l'intervento di ieri",
         body="""\
Buongiorno,

volevo solo ringraziarvi. Ieri mattina la caldaia era in blocco con la spia rossa d'allarme
accesa e io ero nel panico, con i nipoti in arrivo per il fine settimana. Il vostro tecnico,
il signor Ghezzi, è arrivato in due ore, ha trovato il sensore dell'acqua sporco, l'ha sostituito
e ha controllato tutto. Da ieri la caldaia va benissimo e la spia non si è più accesa.

Mi avete salvato il weekend. Rinnoverò sicuramente il piano di manutenzione annuale.

Cordiali saluti,
Franca Mazzoleni
contratto n. MA-20-3381"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Valentina Russo <vale.russo@posta.example>",
         to="prenotazioni@magofulmine-feste.example",
         subject="Mago Fulmine: una bomba!",
         body="""\
Ciao!

Domenica Mago Fulmine è stato alla festa dei 7 anni di Pietro ed è stato una bomba. I bambini
sono morti dal ridere, quando dal cappello è uscito il coniglio mio nipote è letteralmente
esploso e la nonna ha rischiato l'infarto per le risate. Lo spettacolo con le bolle di fumo ha
fatto scintille!

Il 15 marzo compie gli anni anche la sorellina: il mago è libero quel sabato pomeriggio? Saremmo
una ventina di bambini, sempre a casa nostra a Caserta.

Un abbraccio,
Valentina"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="LuceGiardino <newsletter@lucegiardino.example>",
         to="marco.bellini@posta.example",
         subject="Offerte da brivido: lampade solari -40% fino a domenica",
         body="""\
Ciao Marco,

allarme buio? Le giornate si accorciano, ma il tuo giardino non deve spegnersi!

* Lampade solari "Lucciola" a picchetto: prezzi in caduta libera, da 4,90 €
* Faretti LED con sensore di movimento per illuminare l'ingresso e l'area più buia del cortile
* Catene luminose "Cascata di Fuoco" per le feste, 20 metri

Rimborso garantito entro 30 giorni se non sei soddisfatto. Spedizione gratuita sopra i 49 €.

Non ricordi la password? Accedi al tuo account da lucegiardino.example/accedi e usa "Recupera
password".

Ricevi questa email perché sei iscritto alla newsletter di LuceGiardino.
Per annullare l'iscrizione clicca qui."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ivo Bernasconi <ivo.bernasconi@falegnameria-bernasconi.example>",
         to="resi@utensili-pro.example",
         subject="R: R: Rimborso reso sega da banco - ordine UP-44817",
         body="""\
Terza email, e ancora nessuna risposta.

La sega da banco è tornata al vostro magazzino il 2 ottobre (lo dice il vostro stesso tracking),
sono passate sette settimane e dei 749,00 € non ho visto un centesimo. Non ho ricevuto nemmeno un
numero di pratica. Se entro venerdì il rimborso non è partito, apro la contestazione con la banca
e mi rivolgo all'associazione consumatori.

Ivo Bernasconi

-----Messaggio originale-----
Da: Ivo Bernasconi <ivo.bernasconi@falegnameria-bernasconi.example>
Inviato: lunedì 4 novembre 2024 08:15
A: resi@utensili-pro.example
Oggetto: R: Rimborso reso sega da banco - ordine UP-44817

> Buongiorno, vi riscrivo perché non ho avuto risposta. Il reso risulta consegnato da un mese
> ma il rimborso di 749,00 € non è ancora arrivato sulla carta. Potete verificare?
>
> -----Messaggio originale-----
> Da: Ivo Bernasconi
> Inviato: venerdì 18 ottobre 2024 17:40
> Oggetto: Rimborso reso sega da banco - ordine UP-44817
>
> Buonasera, ho reso la sega da banco TS-254 (ordine UP-44817) perché arrivata con la lama
> storta. Il pacco vi è stato consegnato il 2 ottobre. Quando riceverò il rimborso?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nadia Ferri <nadia.ferri@posta.example>",
         to="assistenza@topcucina-piani.example",
         subject="Configuratore piani di lavoro non salva il progetto",
         body="""\
Buongiorno,

da un paio di giorni il vostro configuratore online per i piani su misura si blocca all'ultimo
passaggio: inserisco le misure (piano in quarzo 312 x 62 cm, foro lavello e piano cottura),
scelgo il colore e quando premo "Salva e richiedi preventivo" compare "Errore 500" e il progetto
sparisce. L'ho rifatto tre volte, da computer e da tablet.

Alla fine ho mandato le misure con il modulo contatti normale allegando il disegno in PDF, quindi
non è urgentissimo, ma mi piacerebbe avere il progetto salvato nell'area clienti per il
falegname. Il montaggio della cucina è previsto per fine gennaio.

Grazie,
Nadia Ferri"""),
]
