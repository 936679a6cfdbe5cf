# blind4 — Italian, 24 hand-written support e-mails.
# Written blind (no look at the triage tool, its rules or the earlier corpora's texts).
# Plan: 1-4 safety (critical), 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives (gold '-', low), 23-24 context rows.
# Quoted traps: 9 (outage, quotes a payment reminder -> payment), 20 (thanks, quotes a
# failed-payment notice -> payment). Names, companies, addresses and numbers are invented.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Valentina Serra <vale.serra@postaweb.example>",
         to="assistenza@ventoprofessional.example",
         subject="Phon Ventus 2200: scintille dalla griglia e cavo sciolto",
         body="""Buongiorno,

ieri sera mia figlia (14 anni) si stava asciugando i capelli con il phon Ventus 2200 comprato da voi a ottobre. A un certo punto ha sentito un colpo secco, dalla griglia dietro sono uscite delle scintille e si è sentito un odore fortissimo di plastica. L'ha buttato per terra e ha staccato la spina: il cavo vicino all'impugnatura è tutto sciolto e annerito, e lei ha il palmo arrossato e le dita che le formicolano.

L'abbiamo portata dalla guardia medica per scrupolo, per fortuna niente di grave. Ma se fosse stata in bagno con le mani bagnate non ci voglio nemmeno pensare.

Vi chiedo cosa devo fare con il phon (l'ho tenuto) e se avete avuto altri casi. Ho lo scontrino e le foto.

Valentina Serra"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Giorgio Ferrandi <g.ferrandi@postaweb.example>",
         to="assistenza@salitalift.example",
         subject="il montascale di mia madre è partito da solo",
         body="""Salve, vi scrivo per il montascale installato a casa di mia madre (via dei Tigli 14, Cremona, contratto di manutenzione SL-3381). Stamattina lei si stava sedendo sul sedile in cima alle scale, con la pedana ancora chiusa, e il montascale è partito da solo verso il basso senza che lei toccasse la leva. Si è aggrappata al corrimano ed è scivolata giù per i primi gradini. Ha 84 anni, ha un livido enorme sul fianco e adesso ha paura anche solo ad avvicinarsi.

Ho staccato la corrente dall'interruttore, ma lei vive da sola al primo piano e senza montascale non può scendere. Serve un tecnico oggi, non tra una settimana. Il mio numero è sul contratto.

Giorgio Ferrandi"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Luca Bernardini <luca.bernardini@postaweb.example>",
         to="servizioclienti@farmaciadelponte.example",
         subject="Consegnata insulina sbagliata, mio padre in ipoglicemia",
         body="""Buonasera,

lunedì ci avete consegnato a domicilio (ordine FP-20771) le penne di insulina per mio padre. Lui usa quella lenta, una volta al giorno la sera. Nella busta però c'erano penne di insulina rapida, con una confezione molto simile. Lui non se n'è accorto e si è fatto la solita dose da 28 unità prima di andare a letto.

Alle 2 di notte l'ho trovato sudato e confuso, glicemia a 38. Abbiamo chiamato l'ambulanza, l'hanno stabilizzato e adesso è in osservazione.

Vi chiedo di controllare subito gli altri ordini preparati quel giorno, perché se è successo a noi può essere successo anche ad altri. Conservo la busta e le penne.

Luca Bernardini"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ufficio Personale - Tessiture Morandi <personale@tessituremorandi.example>",
         to="supporto@paghesmart.example",
         subject="Nella nostra area ci sono i cedolini di un'altra azienda",
         body="""Buongiorno,

stamattina nell'area documenti di PagheSmart, insieme ai nostri cedolini di novembre, abbiamo trovato un file "cedolini_112026.zip" che non è nostro: dentro ci sono le buste paga di 63 dipendenti di un'altra ditta, con nome, codice fiscale, IBAN, indirizzo e importi.

Non l'abbiamo girato a nessuno e l'abbiamo aperto solo per capire di cosa si trattasse. Ma la domanda ovvia è: i cedolini dei NOSTRI 41 dipendenti sono finiti nell'area di qualcun altro?

Chiediamo una verifica immediata e una risposta scritta, anche perché dobbiamo valutare la notifica al Garante.

Cordiali saluti,
Daniela Pozzi
Ufficio Personale"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Clinica Veterinaria San Rocco <direzione@vetsanrocco.example>",
         to="assistenza@voceunica.example",
         subject="nessuna chiamata in entrata nelle tre sedi",
         body="""Dalle 9 non entrano chiamate in nessuna delle nostre tre sedi (Lodi, Codogno, Casalpusterlengo). Chi ci chiama sente squillare a vuoto oppure la linea cade dopo il primo squillo. Le chiamate in uscita invece funzionano.

Siamo una clinica con pronto soccorso aperto h24: chi ha un animale che sta male non riesce a contattarci, ce lo stanno scrivendo su Facebook. Ci serve una soluzione adesso, anche provvisoria (deviazione su un cellulare?).

Dott. Paolo Rinaldi"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Studio Grafico Lanterna <amministrazione@studiolanterna.example>",
         to="help@fatturalampo.example",
         subject="Fatture ferme su 'In invio'",
         body="""Buongiorno, da ieri pomeriggio tutte le fatture che emetto restano nello stato "In invio" e non passano mai a "Consegnata" né a "Scartata". Sono 9 fatture, tra cui due per la PA che devo mandare entro il 15. Se provo a reinviarle mi dice che l'invio è già in corso. Ho l'abbonamento Base, utente unico. Potete sbloccarle? Grazie, Elisa Marchetti"""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Marco Galli <marco@arenanordeventi.example>",
         to="urgent@bigliettoveloce.example",
         subject="URGENTE concerto stasera, la pagina biglietti va in errore",
         body="""Stasera alle 21 abbiamo il concerto al Palazzetto di Novara (2.300 posti, vendita ancora aperta) e da circa un'ora la pagina di acquisto restituisce "502 Bad Gateway". In più l'app di controllo accessi degli steward non scarica la lista dei biglietti, quindi all'apertura dei cancelli (19:30) non sappiamo come validarli.

Ho chiamato il numero per le urgenze, non risponde nessuno. Richiamatemi appena leggete.

Marco Galli - Arena Nord Eventi"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Hotel Villa Glicine <booking@villaglicine.example>",
         to="supporto@canalesync.example",
         subject="sincronizzazione disponibilità molto lenta",
         body="""Buongiorno,

da qualche giorno le modifiche di disponibilità e tariffe fatte sul vostro pannello arrivano ai portali con molto ritardo: su Booking anche 2-3 ore, su Expedia a volte il giorno dopo. Le prenotazioni in arrivo invece entrano regolarmente.

Per ora non abbiamo avuto overbooking, ma sabato avevamo chiuso le camere per un matrimonio e per un paio d'ore erano ancora in vendita. Riuscite a controllare?

Grazie
Silvia, reception"""),

    dict(n=9, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Ottica Bellavista <info@otticabellavista.example>",
         to="amministrazione@gestionalepro.example",
         subject="R: Sollecito di pagamento - fattura n. 2026/1187 scaduta",
         body="""Buongiorno,

per il sollecito se ne occupa il nostro commercialista, vi risponderà lui. Vi scrivo qui perché è l'unico vostro indirizzo che ho sotto mano e l'assistenza al telefono non risponde.

Da stamattina il gestionale non parte: metto utente e password, la schermata diventa bianca e resta così. Ho provato da due computer e dal tablet, stessa cosa. Non vedo le prenotazioni delle visite né riesco a registrare le vendite, sto scrivendo tutto su un quaderno.

Potete girare la mail ai tecnici?

Alessandra Conti
Ottica Bellavista

> -----Messaggio originale-----
> Da: Amministrazione GestionalePro <amministrazione@gestionalepro.example>
> Inviato: martedì 1 dicembre 2026 09:12
> Oggetto: Sollecito di pagamento - fattura n. 2026/1187 scaduta
>
> Gentile cliente,
> dai nostri controlli la fattura n. 2026/1187 di 348,00 euro risulta non pagata alla scadenza del 30/11. La invitiamo a effettuare il bonifico entro 7 giorni.
> Se ha già provveduto, non consideri questo messaggio.
> Cordiali saluti
> Amministrazione GestionalePro"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Federica Lupo <fede.lupo@postaweb.example>",
         to="clienti@autonoleggiorapido.example",
         subject="carta rifiutata al banco",
         body="""Sono al vostro banco all'aeroporto di Catania, prenotazione AR-558302 già pagata in parte online. Per la cauzione la carta viene rifiutata 3 volte, ma ho 4.000 € di disponibilità, ho appena sentito la banca e da loro non risulta nessun tentativo. L'addetto dice che non può farci niente. Sono qui con due bambini e il volo di ritorno è fra 5 giorni, senza macchina non sappiamo neanche come arrivare all'albergo. Aiutatemi per favore

Inviato da iPhone"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Stefano Riva <stefano.riva@rivaimpianti.example>",
         to="ordini@ferramentaonline.example",
         subject="Ordine 44190 ancora in attesa di pagamento",
         body="""Buongiorno, ho pagato l'ordine n. 44190 (1.126,40 €) con bonifico il 2 dicembre, allego la contabile con il CRO. Sul vostro sito l'ordine risulta ancora "In attesa di pagamento" e non è stato spedito. Mi confermate di aver ricevuto i soldi? Non è urgentissimo ma il materiale mi serve per un cantiere la settimana prossima.
Saluti, Stefano Riva"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Chiara Esposito <chiara@pasticceriaesposito.example>",
         to="ordini@stampalibera.example",
         subject="Importo addebitato diverso dal preventivo",
         body="""Buongiorno,

per l'ordine di 500 scatole per panettone (ordine SL-9912) il preventivo accettato era di 420 € IVA inclusa, ma sulla carta aziendale mi sono stati addebitati 642,00 €. Nessuno mi ha avvisato di costi extra.

Mi spiegate da dove viene la differenza, o mi stornate quello che c'è in più? Grazie.

Chiara Esposito - Pasticceria Esposito"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Andrea Colombo <andrea.colombo@postaweb.example>",
         to="help@nuvolafoto.example",
         subject="cambiare carta per il rinnovo",
         body="""Ciao, a gennaio mi scade la carta con cui pago l'abbonamento a NuvolaFoto. Dove la cambio? Nelle impostazioni vedo solo "Piano" e "Spazio". Grazie"""),

    dict(n=14, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Simone Arduini <simone.arduini@postaweb.example>",
         to="assistenza@palestragofit.example",
         subject="Account sospeso ma ho pagato",
         body="""Salve,

stamattina aprendo l'app GoFit mi compare "Account sospeso - pagamento non riuscito" e non mi fa andare avanti, né dall'app né dal sito. Però la rata di dicembre (39,90 €) mi è stata addebitata il 1° dicembre, vedo il movimento sull'estratto conto e ve lo allego.

Quindi ho pagato, ma non riesco a entrare, non posso prenotare i corsi e al tornello il QR non viene riconosciuto. Potete riattivarmi l'account?

Grazie, Simone Arduini"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Martina Greco <martina.greco@studenti.ateneoadriatico.example>",
         to="helpdesk@ateneoadriatico.example",
         subject="Link reset password sempre scaduto",
         body="""Buongiorno, non riesco più ad accedere al portale studenti. Ho fatto "Password dimenticata" quattro volte, la mail arriva, ma appena clicco sul link mi dice "Il link è scaduto o non valido", anche se lo apro dopo 30 secondi. Ho provato da pc e da telefono, anche in navigazione anonima.

Devo iscrivermi all'appello di Diritto privato e le iscrizioni chiudono venerdì.

Matricola 0512004471
Grazie, Martina Greco"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Roberto Fontana <r.fontana@studiofontana-geometri.example>",
         to="licenze@cadnuvola.example",
         subject="Trasferire la licenza di un ex collaboratore",
         body="""Buongiorno,

il geom. Bassi ha lasciato lo studio a fine novembre. La sua licenza CadNuvola è ancora attiva a suo nome e nel suo account ci sono i progetti di tre cantieri in corso. Vorrei assegnare la licenza alla nuova collaboratrice, Irene Sala, senza perdere i file.

Lui non ci ha lasciato la password e la sua casella email dello studio l'abbiamo già chiusa. Come possiamo fare?

Grazie,
Roberto Fontana"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Paola Rinaldi <paola.rinaldi@postaweb.example>",
         to="aiuto@spesacasa.example",
         subject="cambio email di accesso",
         body="""Buonasera, vorrei cambiare l'indirizzo email con cui accedo al mio account SpesaCasa, perché a gennaio chiudo questa casella. Si può fare dall'app o devo scrivervi? Grazie mille"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Davide Ferri <davide@birrificioferri.example>",
         to="feedback@cassasmart.example",
         subject="la nuova app cassa è una bomba",
         body="""Ciao ragazzi,

volevo solo dirvi che l'aggiornamento della cassa è una bomba. Sabato sera il locale era pieno da morire, abbiamo fatto il record di scontrini e la cassa non ha fatto una piega. Il conto diviso al tavolo poi è geniale, i clienti ci vanno matti.

Unico appunto: il tasto "stampa preconto" è piccolissimo e con le dita bagnate lo manco sempre. Se lo fate più grande vi faccio un monumento 😄

Davide - Birrificio Ferri"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Lorenzo Bassi <lorenzo.bassi@postaweb.example>",
         to="assistenza@monopattinoverde.example",
         subject="domanda sulla prima carica",
         body="""Salve, ho appena ricevuto il monopattino Verde S3. Quante ore deve stare in carica la prima volta? E d'inverno posso lasciarlo in carica in garage, dove ci sono 4-5 gradi, o è meglio portare la batteria in casa? Grazie, Lorenzo"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Giulia Marchi <giulia.marchi@agenziamarchi.example>",
         to="billing@hostingtricolore.example",
         subject="Re: Pagamento non riuscito per il rinnovo del dominio agenziamarchi.example",
         body="""Buongiorno,
tutto a posto: la carta aziendale era scaduta, ho inserito quella nuova e stamattina il rinnovo è andato a buon fine, vedo già la ricevuta. Grazie per avermi avvisato per tempo!
Giulia

Il giorno lun 30 nov 2026 alle ore 08:15 Hosting Tricolore <billing@hostingtricolore.example> ha scritto:

> Gentile cliente,
> il pagamento automatico per il rinnovo del dominio agenziamarchi.example non è andato a buon fine (carta rifiutata).
> La preghiamo di aggiornare il metodo di pagamento entro 10 giorni.
> Staff Hosting Tricolore"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="CyberScudo Academy <eventi@cyberscudo.example>",
         to="supporto@paghesmart.example",
         subject="Webinar gratuito: data breach e ransomware, cosa fare nelle prime 24 ore",
         body="""Gentile professionista,

giovedì 17 dicembre alle 11:00 ti aspettiamo al webinar gratuito "Sotto attacco: gestire un data breach nelle prime 24 ore".

In 60 minuti vedremo:
- come riconoscere un attacco ransomware prima che blocchi i server;
- cosa notificare al Garante e in quali tempi;
- tre casi reali di aziende italiane rimaste ferme per giorni.

Relatore: ing. Matteo Ruggeri, responsabile incident response di CyberScudo.
Posti limitati, iscriviti dalla pagina eventi del nostro sito.

Per non ricevere più queste comunicazioni rispondi con CANCELLAMI."""),

    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Francesco De Luca <f.deluca@postaweb.example>",
         to="info@cucinedesign.example",
         subject="domanda sul reso prima di ordinare",
         body="""Buongiorno, scusate se ieri non ho risposto alla vostra chiamata, ero bloccato in tangenziale da un'ora per un incidente e avevo il telefono scarico.

Prima di confermare l'ordine della cucina volevo capire una cosa: se al montaggio le ante non sono del colore del campione, posso restituirle e avere il rimborso, o mi cambiate solo i pezzi? E i 14 giorni di recesso valgono anche per i mobili su misura?

Grazie, Francesco De Luca"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ceramiche Sole di Anna Russo <shop@ceramichesole.example>",
         to="venditori@mercatopiazza.example",
         subject="App venditori si chiude aprendo gli ordini",
         body="""Buongiorno, dall'ultimo aggiornamento dell'app Venditori (Android, Samsung A54) appena tocco la sezione Ordini l'app si chiude di colpo. Le altre sezioni vanno. Per ora evado gli ordini dal sito sul computer e ci riesco, ma quando sono in laboratorio ho solo il telefono e mi perdo le notifiche. Potete vedere? Grazie, Anna"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Antonio Sala <antonio.sala@postaweb.example>",
         to="assistenza@prenotaitalia.example",
         subject="R: R: Rimborso prenotazione PI-7730215 - TERZA RICHIESTA",
         body="""È la terza volta che scrivo e nessuno mi risponde nel merito. È passato più di un mese da quando mi avete promesso il rimborso di 612 € per la prenotazione che VOI avete cancellato. Il vostro operatore al telefono mi ha detto "entro 10 giorni lavorativi". Non ho ricevuto niente.

Se entro venerdì i soldi non sono sul mio conto apro una contestazione con la banca e faccio una segnalazione all'associazione consumatori. Non voglio un'altra risposta automatica.

Antonio Sala

Il giorno 24/11/2026 Antonio Sala ha scritto:
> Vi ho scritto il 12 novembre e non ho avuto risposta. Il rimborso di 612 € non è ancora arrivato. Per favore verificate.
>
> Il giorno 12/11/2026 Antonio Sala ha scritto:
>> Buongiorno, il 30 ottobre l'hotel ha cancellato la mia prenotazione PI-7730215 per overbooking e il vostro operatore mi ha confermato il rimborso completo di 612 € entro 10 giorni lavorativi. Ad oggi sulla carta non vedo niente. Grazie"""),
]
