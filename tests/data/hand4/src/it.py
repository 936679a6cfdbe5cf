# blind5 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gianluca Ferrandi <g.ferrandi@postaweb.example>",
         to="assistenza@termoclimaservizi.example",
         subject="caldaia installata martedì",
         body="""\
Buongiorno,

martedì scorso il vostro tecnico (sig. Bonetti) ci ha installato la caldaia nuova a condensazione, contratto n. TC-2026-0871.

Da ieri sera in cucina, vicino al mobile dove c'è la caldaia e il tubo che va al piano cottura, si sente un odore tipo uova marce, a volte più forte a volte meno. Stamattina mia moglie aveva mal di testa e un po' di nausea, e anche io mi sento strano. Abbiamo aperto tutte le finestre e chiuso la valvola sotto il contatore, ma non sappiamo se basta.

In casa ci sono anche mia madre di 84 anni e il cane. Per ora siamo usciti tutti in cortile.

Vi chiedo di mandare qualcuno OGGI a controllare il lavoro fatto. Il mio numero è 333 000 1842.

Gianluca Ferrandi
Via dei Mille 22, Monza"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Elisa Mancuso <elisa.mancuso@libero-posta.example>",
         to="servizioclienti@farmaciaonline24.example",
         subject="ordine 2026-44913 compresse sbagliate",
         body="""\
Salve,

ho ordinato sul vostro sito per mia madre (79 anni) il suo solito farmaco per la pressione, bisoprololo da 1,25 mg. L'ordine è il 2026-44913, consegnato venerdì.

Solo ieri sera mi sono accorta che nella confezione c'erano blister da 10 mg, anche se la scatola esterna riportava 1,25. Mia madre le ha prese sabato, domenica e lunedì mattina. Ieri pomeriggio si è alzata dalla poltrona e si è accasciata, aveva il battito lentissimo e non rispondeva bene. L'abbiamo portata al pronto soccorso e adesso è ricoverata in osservazione, i medici dicono che è dovuto proprio al dosaggio.

Conservo la confezione e lo scontrino. Vi prego di verificare subito il lotto e di controllare se altri clienti hanno ricevuto lo stesso errore.

Elisa Mancuso"""),
    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Amministrazione Condominio Le Magnolie <amministrazione@studiorivalta.example>",
         to="guasti@ascensorivega.example",
         subject="Urgente - ascensore Via Cialdini 8, signora caduta",
         body="""\
Spett.le Ascensori Vega,

vi scrivo come amministratore del Condominio Le Magnolie, Via Cialdini 8, Bologna (impianto matricola BO-11273, contratto di manutenzione in essere).

Questa mattina alle 8:15 una condomina di 76 anni stava entrando in cabina al piano terra quando l'ascensore si è mosso verso l'alto con le porte ancora aperte, di circa mezzo metro. La signora è caduta all'indietro sul pianerottolo e si è fratturata il polso, l'ha portata via l'ambulanza. Ne avevamo già segnalato il 3 novembre un funzionamento "a scatti", e il vostro tecnico aveva detto che era tutto a posto.

Abbiamo messo un cartello e bloccato l'impianto dal quadro, ma nello stabile ci sono diversi anziani e una persona in carrozzina al quinto piano.

Chiedo un intervento immediato e una relazione scritta.

Dott. Marco Rivalta
Studio Rivalta - Amministrazioni condominiali
tel. 051 000 3390"""),
    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Francesco Lo Bue <francesco.lobue@mailfast.example>",
         to="privacy@laboratorioanalisisalus.example",
         subject="Ho ricevuto i referti di un'altra persona",
         body="""\
Buonasera,

oggi ho ricevuto la vostra e-mail "I suoi referti sono disponibili" con il PDF allegato. Aprendolo però non ci sono le mie analisi: il documento è intestato a una signora, Rosaria C., con data di nascita, codice fiscale, indirizzo di casa e i risultati completi, tra cui un test HIV e altri esami molto personali.

Non l'ho inoltrato a nessuno e lo cancellerò, ma mi chiedo: se io ho ricevuto i suoi, chi ha ricevuto i miei? Ho fatto il prelievo il 6 novembre nella sede di Via Libertà, anche lì ci sono dati sanitari miei.

Vi chiedo di dirmi cosa è successo e di avvisare la signora. Inoltre vorrei sapere se i miei referti sono stati mandati a qualcun altro.

Francesco Lo Bue"""),
    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ottica Berardi <negozio@otticaberardi.example>",
         to="supporto@cassasmart.example",
         subject="casse bloccate in negozio!!",
         body="""\
Buongiorno, è sabato mattina e abbiamo il negozio pieno.

Da circa le 10:20 le due casse con il vostro software non riescono più a chiudere uno scontrino: quando premiamo "Pagamento" resta la rotellina per un minuto e poi esce "Impossibile contattare il server fiscale". Anche il POS collegato non parte perché aspetta la cassa. Abbiamo riavviato tutto, il router funziona (da qui vi scrivo).

Abbiamo già mandato via tre clienti che volevano pagare occhiali da 400-500 euro, e altri stanno aspettando. Non possiamo emettere scontrini a mano all'infinito.

Codice cliente 00518, punto vendita di Pescara. Chiamateci al negozio per favore: 085 000 2211.

Laura Berardi"""),
    dict(n=6, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Matteo Sala <matteo.sala.photo@postaweb.example>",
         to="help@galleriacloud.example",
         subject="siete down?",
         body="""\
Ciao,

siete down o è un problema mio? Da stamattina non riesco a caricare nessuna foto nella mia galleria, l'upload arriva al 99% e poi dice "Errore imprevisto, riprova". Anche le gallerie già pubblicate ai clienti mostrano solo i riquadri grigi senza immagini.

Ho provato con Chrome, Firefox, da telefono e da un altro PC, stessa cosa.

Venerdì devo consegnare le foto di un matrimonio e gli sposi le aspettano sulla galleria privata, quindi per ora sono fermo.

Matteo Sala
account: matteosala-fotografia (piano Pro)"""),
    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Roberta Cattaneo <r.cattaneo@studiocattaneo-comm.example>",
         to="assistenza@gestionaleprofessionisti.example",
         subject="Lentezza estrema da lunedì",
         body="""\
Gentile assistenza,

da lunedì il gestionale online è diventato lentissimo. Ogni apertura di scheda cliente impiega 30-40 secondi, la ricerca nell'archivio documenti va spesso in timeout e bisogna ripetere. Alla fine comunque le cose si riescono a fare, ma una registrazione di prima nota che prima richiedeva un minuto adesso ne richiede cinque.

Lo notiamo su tutte e quattro le postazioni dello studio e anche da casa, quindi non credo sia la nostra rete.

Non è un blocco totale, ma con le scadenze di fine mese ci sta rallentando parecchio. Potete verificare?

Cordiali saluti,
Roberta Cattaneo
Studio Cattaneo - Commercialisti associati
Codice licenza GP-30914"""),
    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Davide Orlandi <d.orlandi@logisticapadana.example>",
         to="support@magazzinowms.example",
         subject="palmari fermi - magazzino Piacenza",
         body="""\
Buongiorno,

dalle 9:05 di stamattina tutti i palmari del magazzino di Piacenza (circa 40 terminali) mostrano "Sincronizzazione non riuscita - riprovare" appena l'operatore spara il barcode del collo. Non si riesce a confermare nessun prelievo, quindi non escono le liste di carico e i camion sono in banchina ad aspettare.

Abbiamo 6 bilici da caricare entro le 14 per i punti vendita del Nord-Est, e il corriere ci ha già detto che oltre le 15 non aspetta.

Il nostro IT ha verificato la rete wi-fi e gli access point, è tutto ok. Anche dal PC in ufficio il modulo "Prelievi" resta in caricamento.

Cliente: Logistica Padana S.r.l., ambiente PROD-LP01.
Vi prego di richiamarmi subito al 0523 000 774.

Davide Orlandi
Responsabile operativo"""),
    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Chiara Benassi <chiara@benassiviaggi.example>",
         to="assistenza@hostingitalia.example",
         subject="non arrivano più le mail",
         body="""\
Salve,

da ieri sera verso le 19 alla nostra agenzia non arriva più nessuna e-mail sulle caselle @benassiviaggi.example. Quelle in uscita sembrano partire, ma i clienti ci chiamano dicendo che le loro risposte tornano indietro con "Mailbox unavailable". Anche la webmail si apre ma la cartella Posta in arrivo è ferma a ieri 18:52.

Siamo una piccola agenzia e lavoriamo quasi tutto via mail con fornitori e clienti, ci sono conferme di voli e hotel in attesa.

Dominio: benassiviaggi.example, contratto hosting n. HI-558207.

Grazie,
Chiara Benassi
Benassi Viaggi - Reggio Emilia"""),
    dict(n=10, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Salvatore Pirrone <salvo.pirrone@mailfast.example>",
         to="clienti@telefonialuce.example",
         subject="bolletta ottobre ?",
         body="""\
Buongiorno

mi è arrivata la fattura di ottobre per la linea fissa+fibra di 89,40 euro, quando io pago da due anni 29,90 al mese con l'offerta "Casa Smart". Guardando il dettaglio ci sono delle voci "Servizi premium" e "Traffico verso numerazioni speciali" che io non ho mai attivato né usato, a casa siamo solo io e mia moglie e chiamiamo coi cellulari.

La fattura verrà addebitata sul conto il 20 novembre. Vi chiedo di correggerla e di disattivare qualsiasi servizio aggiuntivo.

Codice cliente 7700128843
Salvatore Pirrone"""),
    dict(n=11, signals="payment", priority="high", trap="implicit", qt=0, reply=0,
         frm="Valentina Gori <vale.gori@postaweb.example>",
         to="help@voliallegri.example",
         subject="non riesco a pagare la prenotazione",
         body="""\
Ciao, ho un problema serio.

Sto cercando di pagare i biglietti Firenze-Catania per il 22 dicembre (4 persone, il codice del carrello è CART-88201) e al momento del pagamento esce sempre "Transazione non autorizzata". Ho provato con la mia Visa, con la Mastercard di mio marito e con la prepagata, sempre lo stesso messaggio. La banca dice che da parte loro non vedono nemmeno il tentativo, quindi secondo loro si blocca prima.

Il prezzo è bloccato fino alle 18 di oggi, dopo sale di quasi 200 euro. Non so più cosa provare.

Valentina Gori"""),
    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Andrea Colombo <andrea.colombo82@libero-posta.example>",
         to="supporto@palestraflex.example",
         subject="addebito dopo disdetta",
         body="""\
Buonasera,

a fine agosto ho disdetto l'abbonamento mensile alla palestra di Via Padova, compilando il modulo alla reception e anche dall'app (ho lo screenshot con la conferma "Richiesta di recesso ricevuta", 28/08/2026).

Nonostante questo, il 1° ottobre e il 1° novembre mi avete addebitato di nuovo 49 euro tramite SDD. Io in palestra non ci metto piede da agosto.

Chiedo il rimborso dei due addebiti (98 euro totali) e la conferma scritta che l'abbonamento è chiuso, altrimenti revoco il mandato in banca.

Andrea Colombo
Tessera n. 100372"""),
    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Federica Marras <federica@marrasgrafica.example>",
         to="ordini@cartolibreriaonline.example",
         subject="fattura ordine 318840",
         body="""\
Salve,

per l'ordine 318840 (toner e risme, 146,30 euro, già pagato con carta) ho ricevuto la fattura intestata a me come privata. In realtà mi serviva intestata alla ditta, ho dimenticato di spuntare la casella al checkout.

Dati:
Marras Grafica di Federica Marras
P.IVA 00000000000 (ve la mando corretta se serve)
Via Roma 5, 09100 Cagliari
Codice SDI: ABC1234

È possibile riemetterla? Nessuna urgenza, mi serve per la contabilità di fine mese.

Grazie mille,
Federica"""),
    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Paolo Verri <paolo.verri@verriimpianti.example>",
         to="assistenza@bancadelleprovince.example",
         subject="Codice OTP mai ricevuto - non entro nell'home banking",
         body="""\
Buongiorno,

da due giorni non riesco a entrare nell'home banking aziendale. Inserisco codice utente e password, poi mi dice "Abbiamo inviato un codice al numero ***812" ma l'SMS non arriva mai. Il numero è giusto, gli altri SMS li ricevo normalmente. Ho provato anche "Invia di nuovo" una decina di volte, adesso dice che ho superato il numero di tentativi.

Oggi devo assolutamente caricare le distinte degli stipendi dei dipendenti e pagare un F24, e senza accesso sono bloccato. In filiale mi hanno detto di scrivere qui.

Codice cliente: 44019-VERRI
Paolo Verri
Verri Impianti S.n.c."""),
    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Giulia Santoro <giulia.santoro.new@postaweb.example>",
         to="support@lingueonline.example",
         subject="cambio indirizzo email",
         body="""\
Ciao,

mi sono iscritta al vostro corso di tedesco con l'indirizzo giulia.santoro@unimail-vecchia.example, che era la mail dell'università. Adesso mi sono laureata e l'università ha chiuso la casella, quindi non ricevo più niente e non posso nemmeno fare il reset della password perché il link arriverebbe lì.

Per fortuna sono ancora loggata sul tablet, ma dal telefono e dal PC non riesco a entrare. Nelle impostazioni non trovo il modo di cambiare la mail.

Potete spostare l'account su questa nuova mail (giulia.santoro.new@postaweb.example)? Posso confermare nome, data di iscrizione e ultime cifre della carta con cui pago.

Grazie
Giulia"""),
    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Riccardo Fabbri <riccardo.fabbri@mailfast.example>",
         to="venditori@mercatinousato.example",
         subject="Perché avete chiuso il mio profilo?",
         body="""\
Buongiorno,

ieri sera ho ricevuto una mail automatica "Il tuo account è stato sospeso per violazione delle condizioni d'uso" e adesso se provo ad accedere mi dice che il profilo non esiste più. Non c'è scritto quale regola avrei violato.

Vendo su questa piattaforma da cinque anni, ho più di 300 recensioni positive e ho sempre spedito tutto. Ho ancora due vendite in corso (un giradischi e una macchina fotografica) già pagate dagli acquirenti, e non posso nemmeno vedere gli indirizzi per spedire.

Vorrei sapere il motivo e come fare ricorso. Il mio nome utente era "vinili_riccardo".

Riccardo Fabbri"""),
    dict(n=17, signals="account", priority="low", trap="question", qt=0, reply=0,
         frm="Lorenza Bassi <lorenza.bassi@studiobassi-arch.example>",
         to="help@progettoteam.example",
         subject="domanda sulla verifica in due passaggi",
         body="""\
Buongiorno,

il nostro consulente informatico ci ha consigliato di attivare la verifica in due passaggi su tutti gli account dello studio, compreso il mio che è l'amministratore.

Non ho trovato la voce nel menu Profilo. Si attiva da lì o dalle impostazioni dell'organizzazione? E si può usare un'app tipo Authenticator invece dell'SMS? Un'ultima cosa: se un collaboratore cambia telefono, devo fare qualcosa io come amministratore?

Grazie e buona giornata,
Lorenza Bassi"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Simone De Luca <simone@birrificiodeluca.example>",
         to="team@etichettefacili.example",
         subject="complimenti",
         body="""\
Ciao ragazzi,

volevo solo dirvi che la nuova funzione per stampare le etichette con il lotto e la scadenza direttamente dal telefono è una bomba. Ci ha svoltato la settimana: prima ci mettevamo un pomeriggio intero per l'imbottigliamento, ieri abbiamo finito prima di pranzo.

Da quando usiamo il vostro programma le vendite al mercato sono esplose, anche perché finalmente le bottiglie hanno un aspetto serio. I clienti del sabato ci chiedono chi ci fa la grafica!

Se fate uno sconto per il rinnovo annuale mi fate un fischio, che vi ricompro subito.

Un abbraccio
Simone
Birrificio De Luca - birre artigianali dal 2019"""),
    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Ornella Pace <ornella.pace@libero-posta.example>",
         to="info@ebikesud.example",
         subject="info e-bike Trekking 500",
         body="""\
Buongiorno,

sto valutando l'acquisto della vostra e-bike Trekking 500 per andare al lavoro (circa 18 km al giorno tra andata e ritorno).

Prima di ordinare vorrei capire un paio di cose sulla batteria:
- quanto tempo serve per una carica completa?
- si può lasciarla in carica tutta la notte in garage o è meglio staccarla?
- d'inverno, con il freddo, l'autonomia cala molto?

E un'ultima domanda: se dopo l'acquisto la bici non mi trovo bene con la taglia, posso cambiarla?

Grazie,
Ornella Pace"""),
    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Tommaso Gallo <tommaso.gallo@mailfast.example>",
         to="feedback@bancasmart.example",
         subject="app finalmente ok",
         body="""\
Buonasera,

scrivo per una volta non per lamentarmi :) Fino a settembre l'app si bloccava ogni volta che aprivo la sezione carte e dovevo chiuderla e riaprirla due o tre volte, vi avevo anche scritto.

Con l'aggiornamento di ottobre il problema è sparito del tutto: non si è più piantata neanche una volta e anche il login con l'impronta è molto più veloce.

Grazie a chi ci ha lavorato, ogni tanto fa piacere dirlo.

Tommaso Gallo"""),
    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Marta Rinaldi <m.rinaldi@cooperativaorizzonte.example>",
         to="eventi@cybersicuraacademy.example",
         subject="iscrizione webinar 20/11 su phishing e furto d'identità",
         body="""\
Buongiorno,

ho visto sulla vostra newsletter il webinar gratuito "Phishing, furto d'identità e account violati: come proteggere la tua associazione" del 20 novembre alle 17.

Vorrei iscrivermi, ma il modulo sul sito mi permette di inserire un solo partecipante. Siamo una cooperativa sociale e vorremmo partecipare in tre (io, il presidente e la ragazza che segue la segreteria). Dobbiamo registrarci separatamente o posso mandarvi i nomi qui?

Sarà disponibile anche la registrazione per chi non riesce a collegarsi in diretta?

Grazie,
Marta Rinaldi
Cooperativa Sociale Orizzonte"""),
    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Alessio Conti <alessio.conti@postaweb.example>",
         to="assistenza@powertechstore.example",
         subject="R: Pratica RMA 55012 - caricabatterie difettoso",
         body="""\
Buongiorno Sig.ra Ferri,

vi confermo che il caricabatterie sostitutivo è arrivato stamattina, l'ho provato con il portatile e funziona perfettamente, nessun rumore e resta appena tiepido.

Grazie per la velocità e per aver ritirato voi quello vecchio, molto gentili. Potete chiudere la pratica.

Cordiali saluti
Alessio Conti

Il giorno lun 2 nov 2026 alle ore 21:47 Alessio Conti <alessio.conti@postaweb.example> ha scritto:
> Buonasera,
> il caricabatterie del portatile comprato da voi stasera ha iniziato a
> fare fumo dal trasformatore, la plastica si è sciolta e mi sono
> bruciato le dita per staccarlo. Per fortuna ero in casa.
> Alessio Conti"""),
    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Beatrice Fumagalli <bea.fumagalli@libero-posta.example>",
         to="sicurezza@bancadelleprovince.example",
         subject="URGENTE telefono rubato",
         body="""\
Buonasera,

un'ora fa mi hanno rubato lo smartphone sul treno regionale Milano-Lecco, dalla borsa. Sul telefono c'è installata la vostra app con l'accesso tramite impronta e PIN, e purtroppo il PIN è lo stesso del telefono (lo so, errore mio).

Adesso sto scrivendo dal PC di mia sorella. Ho provato ad entrare dal sito per bloccare l'app, ma mi chiede il codice che arriva proprio sull'app del telefono rubato, quindi sono chiusa fuori.

Sul conto ho lo stipendio appena accreditato. Vi prego di bloccare subito l'accesso da quel dispositivo e le carte collegate. Domattina faccio la denuncia ai carabinieri.

Beatrice Fumagalli
codice cliente 88310-FB
tel. di mia sorella 347 000 6621"""),
    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nicola Esposito <nicola.esposito@mailfast.example>",
         to="rimborsi@voliallegri.example",
         subject="RE: RE: Rimborso volo cancellato NA-LIN 12/09 - TERZO SOLLECITO",
         body="""\
Terza mail e ancora NESSUNA risposta.

Il volo Napoli-Linate del 12 settembre (prenotazione QX7R2P) l'avete cancellato voi. Ho chiesto il rimborso di 312,60 euro due mesi fa, avete confermato che mi spettava, e i soldi non sono mai arrivati. Ogni volta ricevo solo la risposta automatica.

Se entro venerdì non vedo il rimborso sulla carta mi rivolgo all'ENAC e a un'associazione consumatori. Non è possibile trattare così i clienti.

Nicola Esposito

-----Messaggio originale-----
Da: Nicola Esposito
Inviato: martedì 27 ottobre 2026 09:12
A: rimborsi@voliallegri.example
Oggetto: RE: Rimborso volo cancellato NA-LIN 12/09

> Buongiorno, vi riscrivo perché del rimborso di 312,60 euro non c'è
> traccia. Mi avevate scritto che sarebbe arrivato entro 14 giorni.
>
> -----Messaggio originale-----
> Inviato: lunedì 14 settembre 2026 18:30
> Oggetto: Rimborso volo cancellato NA-LIN 12/09
>
> > Salve, il mio volo QX7R2P è stato cancellato. Chiedo il rimborso
> > integrale del biglietto (312,60 euro) sulla carta usata per pagare."""),
]
