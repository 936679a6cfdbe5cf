# blind45 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Rosaria Esposito <rosaria.esposito@libero-mail.example>",
         to="assistenza@caldaie-servizi.example",
         subject="puzza di gas dopo il vostro intervento",
         body="""\
Buongiorno,
ieri pomeriggio e venuto il vostro tecnico per la revisione della caldaia (contratto 44817). Stamattina entrando in cucina c'era un odore fortissimo di gas, tipo uova marce, vicino alla caldaia e al rubinetto sotto. Mio marito dice che si sente anche un fischio leggero dal tubo.
Abbiamo chiuso il contatore, aperto tutte le finestre e siamo usciti sul pianerottolo con la bambina e la nonna. Non abbiamo acceso niente.
Mandate qualcuno subito per favore, non sappiamo se possiamo rientrare.
Rosaria Esposito - 333 481 2290"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Marco Gentile <marco.gentile@postaweb.example>",
         to="clienti@farmacasa-consegne.example",
         subject="URGENTE farmaco sbagliato consegnato a mia madre",
         body="""\
Buonasera,
mia madre (82 anni) ha ricevuto oggi la consegna dell'ordine n. FC-90312. Nella busta c'era il Cardioten da 10 mg invece di quello da 2,5 che prende da anni, la scatola è quasi uguale e lei non se n'è accorta. Ne ha presa una compressa a pranzo e da metà pomeriggio ha la pressione bassissima, giramenti di testa ed è caduta in bagno, per fortuna niente di rotto. Adesso è al pronto soccorso con mia sorella.
Voglio sapere come è potuto succedere e controllate gli altri ordini preparati oggi, perché se è capitato a lei può capitare ad altri anziani.
Marco Gentile"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Davide Rinaldi <davide.rinaldi99@mailbox.example>",
         to="supporto@zippy-monopattini.example",
         subject="monopattino si è rotto mentre andavo",
         body="""\
ciao vi scrivo dal pronto soccorso. stamattina ho preso il monopattino 4471 in via Nizza, dopo 200 metri il manubrio si e piegato di colpo in avanti (tipo che si e sganciato il bloccaggio) e sono volato per terra in mezzo alla strada, una macchina ha inchiodato a mezzo metro da me. ho il polso gonfio e la faccia tutta graffiata.
il monopattino l'ho lasciato sul marciapiede all'angolo con corso Marconi, toglietelo dall'app prima che lo prenda qualcun altro perche il pezzo e proprio rotto.
Davide Rinaldi"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Chiara Lombardi <chiara.lombardi@studio-lombardi.example>",
         to="help@pappaveloce.example",
         subject="ordini non fatti da me!! addebiti sulla carta",
         body="""\
Salve,
mi è appena arrivata la notifica della banca: 6 addebiti di PappaVeloce stanotte tra l'1 e le 3, in totale 187,60 €, tutti ordini consegnati a Milano. Io vivo a Bari e stanotte dormivo!! Nello storico dell'app vedo questi ordini con un indirizzo che non conosco.
Ho già bloccato la carta. Voglio il rimborso e capire come hanno fatto a entrare nel mio profilo, c'erano salvati anche il mio indirizzo di casa e i dati della carta.
Chiara Lombardi"""),

    dict(n=5, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Luca Colombo <luca.colombo@casa-colombo.example>",
         to="qualita@orto-a-domicilio.example",
         subject="vetro nel sugo della cassetta di questa settimana",
         body="""\
Buongiorno,
ieri sera ho fatto la pasta con il vasetto di sugo al basilico arrivato nella cassetta di giovedì. Mio figlio al secondo boccone si è messo a piangere e ha sputato: aveva in bocca un pezzetto di vetro di quasi un centimetro, gli ha tagliato la gengiva e ha sanguinato parecchio. L'abbiamo portato alla guardia medica, per fortuna non l'ha ingoiato.
Nel resto del sugo ho trovato un altro frammento. Ho tenuto il vasetto, il tappo e la bolla di consegna (lotto S-2291 scritto sul coperchio).
Vi prego di avvisare subito gli altri clienti che hanno lo stesso lotto.
Luca Colombo"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Segreteria Studio Ferri <segreteria@studioferri.example>",
         to="assistenza@dentalsuite.example",
         subject="GESTIONALE BLOCCATO - pazienti in attesa",
         body="""\
buongiorno, da stamattina alle 8 il gestionale non parte piu, si apre la finestra di login e poi resta tutto bianco con la rotellina che gira. Su tutti e 3 i pc dello studio. Non vediamo l'agenda, le cartelle cliniche, le lastre, niente. Abbiamo 5 pazienti in sala d'attesa, il dottore non sa nemmeno cosa deve fare a chi e alle 10 c'è un intervento di implantologia.
Chiamateci al 0521 338 104 appena leggete, al numero verde non risponde nessuno.
Giulia, segreteria Studio Dentistico Ferri"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Franco Belvedere <info@autoscuolabelvedere.example>",
         to="support@guidapp.example",
         subject="nessun istruttore riesce a entrare",
         body="""\
Salve,
da circa le 7 nessuno dei nostri 9 istruttori riesce più ad accedere a GuidApp, a tutti esce "sessione scaduta, effettua di nuovo il login" e poi "credenziali non valide", anche con la password giusta. Ho provato anche io dal pannello titolare, stessa cosa. Pure gli allievi dalla loro app non vedono più le prenotazioni.
Risultato: le guide di stamattina sono tutte ferme, gli istruttori non sanno chi devono andare a prendere e alle 11 abbiamo 3 esami di guida in motorizzazione da confermare.
Vi prego di risolvere in fretta.
Franco Belvedere, titolare Autoscuola Belvedere"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Sara Bianchi <sara.bianchi02@uni-mail.example>",
         to="help@corsiamo.example",
         subject="Errore piattaforma non riesco a fare il test",
         body="""\
Buonasera, scusate il disturbo.
sto facendo il corso HACCP per il lavoro e devo fare il test finale entro venerdi, se no in pasticceria non mi possono mettere in regola. Ogni volta che clicco su "inizia test" esce una pagina con scritto Errore 500 - Internal Server Error. Ho provato da pc, da cellulare, con chrome e con firefox, cancellato i cookie, niente.
Non riesco ad andare avanti in nessun modo. Potete aiutarmi?
Grazie
Sara Bianchi"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Giorgio Pace <giorgio.pace@fastmail-ish.example>",
         to="assistenza@termosmart.example",
         subject="app non vede piu il termostato",
         body="""\
Buongiorno
da 3 giorni l'app TermoSmart mi dice "dispositivo offline" anche se il termostato e acceso e il wifi di casa funziona (tutto il resto e collegato). Ho provato a staccarlo e riattaccarlo, a fare il reset come dice il manuale, niente. Il problema e che il termostato sul muro non ha tasti, si comanda solo dall'app, quindi in pratica non posso accendere il riscaldamento e in casa siamo a 15 gradi.
Cosa devo fare?
Giorgio Pace"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Elena Marchi Fotografia <elena@elenamarchifoto.example>",
         to="supporto@galleriaclienti.example",
         subject="anteprime non si caricano nelle gallerie",
         body="""\
Ciao, da ieri nelle gallerie dei miei clienti metà delle anteprime resta grigia e non si carica (per es. le foto del matrimonio Rossi, 600 scatti, se ne vedono forse 300). Il download completo con lo zip invece funziona, quindi per ora ho mandato il link dello zip agli sposi e si sono arrangiati, però così non possono scegliere le foto per l'album direttamente dalla galleria.
Riuscite a dare un'occhiata?
Elena"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Anna Moretti <ordini@ceramichesole.example>",
         to="venditori@artigiani-market.example",
         subject="pagamenti bloccati da 3 settimane",
         body="""\
Buongiorno,
sono Anna di Ceramiche Sole, negozio n. 2281. Da tre settimane i miei incassi sono "in attesa di verifica" e non mi arriva più nessun bonifico, sono quasi 2.900 euro di ordini già spediti e consegnati. Nessuno mi ha chiesto documenti, ho guardato anche nello spam.
Sono una ditta individuale, a fine mese devo pagare l'affitto del laboratorio e il fornitore dell'argilla e senza quei soldi non ce la faccio. Mi serve che sblocchiate i pagamenti o almeno mi diciate cosa manca, per favore entro questa settimana.
Anna Moretti"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Paolo Ricci <paolo.ricci@mail-casa.example>",
         to="abbonamenti@fitlife-palestre.example",
         subject="R: Richiesta disdetta abbonamento",
         body="""\
Buongiorno,
vi riscrivo perche nonostante la disdetta confermata qui sotto, il 1° aprile mi avete addebitato di nuovo la quota mensile di 49,90 € sul conto. Chiedo il rimborso e la conferma che non ci saranno altri addebiti.
Paolo Ricci

-----Messaggio originale-----
Da: FitLife Abbonamenti <abbonamenti@fitlife-palestre.example>
Inviato: lunedì 18 marzo 2024 11:20
A: Paolo Ricci
Oggetto: Richiesta disdetta abbonamento

> Gentile Paolo,
> abbiamo ricevuto la sua richiesta. Il suo account risultava bloccato per troppi
> tentativi di accesso con password errata: lo abbiamo sbloccato e la disdetta
> è stata registrata con decorrenza 31/03.
> Lo staff FitLife"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Loredana Amministrazione <amministrazione@tiporossetti.example>",
         to="fatturazione@cowork-navigli.example",
         subject="fattura n. 2024/118 da correggere",
         body="""\
Buongiorno,
la fattura n. 2024/118 per la sala riunioni di marzo è intestata a "Rossetti Mario" con il codice fiscale, invece deve essere intestata alla società Tipografia Rossetti srl con P.IVA e codice SDI come da contratto. Così il commercialista non la può registrare.
Potete fare nota di credito e riemetterla corretta?
Grazie, cordiali saluti
Loredana - amministrazione Tipografia Rossetti"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Matteo Ferrara <matteo.ferrara@posta.example>",
         to="info@noleggio-neve.example",
         subject="cauzione",
         body="""\
ciao, ho riportato gli sci sabato, come funziona per la cauzione di 150? ritorna da sola sulla carta o devo fare richiesta da qualche parte? e quanti giorni ci vogliono piu o meno? grazie"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ilaria Conti <ilaria.conti@mymail.example>",
         to="supporto@lingua-facile.example",
         subject="account bloccato, domani ho l'esame!",
         body="""\
Salve,
ho sbagliato la password un paio di volte e adesso l'account è "temporaneamente bloccato per motivi di sicurezza". Il tasto per il reset mi manda una mail con un link che dice "link scaduto" anche se lo apro subito. Sono 2 giorni che non riesco ad entrare e domani alle 9 ho la simulazione d'esame B2, che si fa solo dalla vostra piattaforma.
Vi prego sbloccatemi, il mio username è ilaria.c88
Ilaria"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Vittorio Sanna <v.sanna@casa-sanna.example>",
         to="assistenza@condominiofacile.example",
         subject="cambio numero per codice di accesso",
         body="""\
Buongiorno, ho cambiato operatore e numero di cellulare, e il codice di verifica per entrare nell'app del condominio arriva ancora sul numero vecchio. Per fortuna sul tablet sono ancora collegato e riesco a vedere le comunicazioni, ma dal telefono nuovo non entro. Come posso aggiornare il numero? Il nuovo è 347 902 1185.
Saluti
Vittorio Sanna, scala B int. 7"""),

    dict(n=17, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Federica M. <fede.m.1990@mailbox.example>",
         to="supporto@anima-gemella-app.example",
         subject="cancellate il mio profilo e basta addebiti",
         body="""\
ciao
ho trovato la persona giusta (anche grazie a voi eh 😊) quindi voglio cancellare il mio account. Il problema è che nell'app il pulsante "elimina profilo" non fa niente, e intanto il 3 mi avete rinnovato l'abbonamento premium di 29,99 che non volevo piu. potete chiudere l'account e rimborsarmi l'ultimo rinnovo? grazie
Federica"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Alessandro Greco <ale.greco@postaweb.example>",
         to="help@asilo-in-tasca.example",
         subject="aggiungere la mamma all'account",
         body="""\
Buongiorno, vorrei sapere come si fa ad aggiungere anche mia moglie al nostro account famiglia, cosi riceve anche lei le notifiche della maestra e le foto. Deve crearsi un account suo o posso invitarla io dal mio? grazie mille"""),

    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Valentina Russo <vale.russo@mailbox.example>",
         to="info@bimbosicuro-shop.example",
         subject="domanda su seggiolino con sensore antiabbandono",
         body="""\
Buongiorno,
sto per comprare il seggiolino Nido360 sul vostro sito. Ho letto sui giornali di quei casi terribili di bambini dimenticati in macchina sotto il sole e morti per il caldo, e mi viene la pelle d'oca solo a pensarci. Il dispositivo antiabbandono incluso suona anche se il telefono è scarico? E in caso di incidente frontale il seggiolino ha passato i crash test i-Size?
Grazie, scusate le domande da mamma ansiosa
Valentina"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Roberta Galli <roberta.galli@posta.example>",
         to="info@scuola-cucina-mattarello.example",
         subject="grazie per il corso di pasta fresca!",
         body="""\
Ciao ragazzi,
volevo solo dirvi grazie: il corso di sabato è stato una bomba! Domenica ho rifatto i tortellini per tutta la famiglia e ho fatto una strage, mio suocero è morto e resuscitato al primo boccone e mio marito si è mangiato anche le dita. Chef Marco mi ha salvato la vita col trucco della sfoglia, io prima ci lasciavo le penne ogni volta.
Ci vediamo al corso sui dolci, non vedo l'ora di farmi del male con la crema pasticcera 😂
Roberta"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Stefano Marini <s.marini@associazione-genitori.example>",
         to="privacy@campiestivi-online.example",
         subject="domande su protezione dati dei bambini",
         body="""\
Buongiorno,
sono il presidente dell'associazione genitori della scuola Collodi. Prima di consigliare la vostra piattaforma per le iscrizioni ai centri estivi vorremmo capire alcune cose, visto che ultimamente si sente parlare tanto di hacker, furti d'identità e violazioni di dati:
- i dati sanitari dei bambini (allergie, farmaci) sono cifrati?
- c'è l'autenticazione a due fattori per i genitori?
- in caso di data breach come avvisate le famiglie?
Non è successo niente, è solo per stare tranquilli. Grazie
Stefano Marini"""),

    dict(n=22, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Nico Pixel Café <eventi@pixelcafe-torino.example>",
         to="supporto@eventiamo.example",
         subject="evento 'Notte Offline' - come lo pubblico?",
         body="""\
Ciao! Vogliamo creare sul vostro sito l'evento "Notte Offline - tutti giù i server" per il 20 aprile: in pratica per una sera spegniamo tutte le console e il wifi va giù apposta, si gioca solo a giochi da tavolo e chi tira fuori il telefono paga da bere. Blackout totale insomma, ma voluto 😄
Domanda: si può mettere un limite di 40 posti con lista d'attesa? e come aggiungo la locandina?
Grazie, Nico"""),

    dict(n=23, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Gianni Fabbri <gianni.fabbri@libero-mail.example>",
         to="info@fuga-escape.example",
         subject="la password della cassaforte!!",
         body="""\
Salve, ieri sera siamo stati nella vostra stanza "La Rapina in Banca" (gruppo Fabbri delle 21). Siamo usciti per un pelo con 40 secondi di avanzo ma non abbiamo mai trovato la password della seconda cassaforte né il PIN del bancomat finto, e il ragazzo alla cassa non ce l'ha voluto dire. Mio figlio non ci dorme: ci date almeno un indizio?? Promesso che non lo diciamo a nessuno.
Complimenti comunque, bellissima.
Gianni"""),

    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Lucia Ferri <lucia.ferri@mail-casa.example>",
         to="assistenza@powerbank-italia.example",
         subject="Re: Sostituzione caricatore - pratica 55102",
         body="""\
Buongiorno, il caricatore nuovo è arrivato stamattina, funziona benissimo. Grazie per la gentilezza e la velocità, davvero.
Lucia

Il giorno mer 6 mar 2024 alle ore 16:45 Assistenza PowerBank Italia <assistenza@powerbank-italia.example> ha scritto:
> Gentile Lucia,
> ci dispiace per quanto successo. Come da sua segnalazione il caricatore si è
> surriscaldato fino a fondere la spina e fare fumo. Le spediamo gratuitamente
> un caricatore sostitutivo, il vecchio non va più usato.
> Cordiali saluti"""),
]
