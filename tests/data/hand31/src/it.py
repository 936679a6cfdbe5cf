# blind32 -- Italian (it), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Giuseppe Russo <peppe.russo@postaweb.example>",
         to="guasti@lucegasitalia.example",
         subject="R: Manca la corrente in tutta la via",
         body="""\
Tutto risolto, è tornata la luce verso le 3 di notte. Grazie mille!

Giuseppe

Il giorno sab 5 dic 2026 alle ore 20:12 Giuseppe Russo <peppe.russo@postaweb.example> ha scritto:
> Buonasera, in via dei Mille a Caserta manca la corrente dalle 18 in tutta la
> via, anche i lampioni sono spenti. Codice POD IT001E88213456. Sapete quando
> torna?"""),
    dict(n=2, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Chiara Bianchi <chiara.bianchi@mailbox-cb.example>",
         to="supporto@nuvobank.example",
         subject="Re: Telefono rubato - app NuvoBank",
         body="""\
Buongiorno,

grazie per aver bloccato tutto così in fretta. Ho recuperato il numero con una nuova SIM e ho riattivato l'app sul telefono nuovo, funziona tutto.

Volevo solo sapere: la carta sostitutiva quanto ci mette ad arrivare? La spedite all'indirizzo di residenza o a quello di domicilio? (sono due indirizzi diversi, abito a Bologna per lavoro)

Grazie ancora,
Chiara Bianchi

Il giorno lun 30 nov 2026 alle ore 08:02 Chiara Bianchi ha scritto:
> Mi hanno rubato il cellulare ieri sera in stazione a Milano Centrale. Sul
> telefono c'era l'app NuvoBank con l'accesso con l'impronta. Per favore
> bloccate l'accesso e la carta, ho paura che possano entrare nel conto."""),
    dict(n=3, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Davide Colombo <davide.colombo77@correo-dc.example>",
         to="assistenza@shopitalia.example",
         subject="Re: Addebito doppio ordine SI-4402871",
         body="""\
Salve,

il rimborso del doppio addebito è arrivato, grazie.

Però adesso ho un altro problema: da ieri non riesco più ad accedere al mio account. Metto la password (quella giusta, la uso da anni) e mi dice "credenziali non valide". Ho provato con "password dimenticata" ma la mail di reimpostazione non arriva, nemmeno nello spam. L'email dell'account è questa.

Davide Colombo

Il 25/11/2026 10:44, Assistenza ShopItalia ha scritto:
> Gentile Davide,
> abbiamo verificato che l'ordine SI-4402871 è stato addebitato due volte
> (2 x 89,00 €). Abbiamo disposto lo storno del secondo addebito, che vedrà
> sull'estratto conto entro 5 giorni lavorativi.
> Cordiali saluti,
> Assistenza ShopItalia"""),
    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Elena Marchetti <e.marchetti@studiomarchetti.example>",
         to="support@pianotask.example",
         subject="RE: Impossibile accedere - codice 2FA perso",
         body="""\
Gentile Matteo,

volevo ringraziarla per la disponibilità e la chiarezza di venerdì. Il recupero dell'accesso è andato a buon fine e ho già configurato di nuovo l'autenticazione a due fattori sul telefono nuovo, salvando i codici di backup come mi aveva suggerito.

Un servizio davvero impeccabile, lo segnalerò anche nel questionario di soddisfazione.

Cordiali saluti,
Elena Marchetti
Studio di Architettura Marchetti

> Da: Elena Marchetti <e.marchetti@studiomarchetti.example>
> Inviato: giovedì 3 dicembre 2026 17:21
> A: support@pianotask.example
> Oggetto: Impossibile accedere - codice 2FA perso
>
> Buonasera,
> ho cambiato telefono e non ho più l'app di autenticazione, quindi non riesco
> a entrare in PianoTask. Tutti i progetti dello studio sono sul mio account
> amministratore e domani abbiamo una consegna.
> Elena Marchetti"""),
    dict(n=5, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Franca Gatti <franca.gatti@libero-fg.example>",
         to="assistenza@casatecnica.example",
         subject="Re: Vetro del forno esploso",
         body="""\
Buongiorno,

il tecnico è passato ieri, ha sostituito il vetro dello sportello e ha controllato tutto. Gentilissimo. Per fortuna ero in salotto quando è successo.

Vi chiedo un'informazione: il forno è ancora in garanzia fino a marzo. È possibile acquistare l'estensione di garanzia di altri due anni anche adesso, o andava fatto al momento dell'acquisto? E quanto costa?

Grazie e cordiali saluti,
Franca Gatti

Il giorno mer 25 nov 2026 alle ore 19:40 Franca Gatti ha scritto:
> Stasera mentre cuocevo l'arrosto il vetro interno dello sportello del forno
> CT-600 è esploso, ci sono pezzi di vetro dappertutto in cucina. Ho staccato
> la corrente. Fattura n. 2026/1187, acquistato a marzo."""),
    dict(n=6, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Andrea Ferri <andreaferri@webposta.example>",
         to="clienti@telemobile-it.example",
         subject="Re: Nessun segnale a Sestriere",
         body="""\
Il giorno ven 4 dic 2026 alle ore 11:30 Assistenza TeleMobile <clienti@telemobile-it.example> ha scritto:
> Gentile cliente, le confermiamo che il guasto all'antenna che serviva la zona
> di Sestriere è stato risolto questa mattina alle 9:15. Ci scusiamo per il
> disservizio.
>
> > Da due giorni a Sestriere non ho segnale né per chiamare né per internet,
> > e come me tutti quelli che hanno TeleMobile qui in paese.

Sì, ora il telefono prende. Grazie.

Una domanda: a fine mese vado in Svizzera per lavoro una settimana. Con la mia offerta ho il roaming incluso o devo attivare qualcosa?

Andrea"""),
    dict(n=7, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Roberto Conti <roberto.conti@contiimpianti.example>",
         to="reception@hotelbelvedere-garda.example",
         subject="R: Deposito cauzionale non sbloccato",
         body="""\
Buongiorno, rispondo punto per punto:

> Abbiamo verificato la sua prenotazione dal 20 al 22 novembre. La
> preautorizzazione di 300 € sulla carta è stata annullata da parte nostra
> il giorno del check-out.

Confermo, ieri la banca l'ha finalmente sbloccata. Grazie.

> Per qualsiasi altra richiesta restiamo a disposizione.

Ne approfitto: mi servirebbe la fattura intestata alla ditta invece che a me, con P. IVA 03318750987, Conti Impianti S.r.l., via Roma 8, Brescia. È possibile?

Cordiali saluti,
Roberto Conti"""),
    dict(n=8, signals="safety", priority="critical", trap="outage", qt=1, reply=1,
         frm="Stefania Greco <s.greco@grecoforniture.example>",
         to="support@vendipro-crm.example",
         subject="Re: CRM irraggiungibile da stamattina",
         body="""\
Buongiorno,

il CRM è tornato su, grazie. Però controllando il registro accessi, come ci avete consigliato, abbiamo visto che stanotte alle 2:47 qualcuno è entrato con l'utenza di Paolo (paolo.riva) da un indirizzo IP in Romania ed ha esportato l'intera anagrafica clienti. Paolo a quell'ora dormiva e non è mai stato in Romania.

Abbiamo già cambiato la sua password e disattivato l'utenza per sicurezza. Potete verificare cosa è stato scaricato e se ci sono stati altri accessi?

Stefania Greco
Responsabile IT - Greco Forniture S.p.A.
Tel. 080 5521 903

-----Messaggio originale-----
Da: Supporto VendiPro <support@vendipro-crm.example>
Inviato: martedì 1 dicembre 2026 10:05
A: Stefania Greco
Oggetto: RE: CRM irraggiungibile da stamattina

> Gentile Stefania, stiamo riscontrando un disservizio generale sui server
> europei: la piattaforma non è raggiungibile per tutti i clienti. Vi
> aggiorneremo appena il servizio sarà ripristinato."""),
    dict(n=9, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Giulia Ferraro <giulia.ferraro@studenti.unimediterraneo.example>",
         to="helpdesk@unimediterraneo.example",
         subject="Re: Re: Account studente bloccato",
         body="""\
Funziona, grazie mille!! Sono riuscita a iscrivermi all'appello giusto in tempo 🙏

Giulia

Il giorno gio 3 dic 2026 alle ore 09:50 Helpdesk Ateneo ha scritto:
> Ciao Giulia, abbiamo sbloccato il tuo account. Al primo accesso ti verrà
> chiesto di cambiare la password.
>
> Il giorno mer 2 dic 2026 alle ore 22:15 Giulia Ferraro ha scritto:
> > Buonasera, il mio account studente (matricola 0612500873) risulta
> > bloccato e non riesco a entrare nel portale. Domani chiude l'iscrizione
> > all'appello di Diritto Privato!! Aiuto"""),
    dict(n=10, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Laura Fontana <laura.fontana@postamia.example>",
         to="servizioclienti@autoitalia-motori.example",
         subject="I: Spia airbag e sterzo che si blocca",
         body="""\
Buongiorno,

scrivo per conto di mio padre, Mario Fontana, che non usa molto la posta elettronica. Vi inoltro la sua mail di qualche settimana fa: per fortuna è stato tutto sistemato in officina con il richiamo, e ora la macchina va benissimo.

Adesso vorrebbe prenotare il cambio delle gomme invernali alla vostra officina di Monza. Che giorni avete liberi la prossima settimana? Lui può solo la mattina.

Grazie,
Laura Fontana

---------- Messaggio inoltrato ---------
Da: Mario Fontana <mario.fontana1948@postamia.example>
Date: 12 nov 2026, 16:30
Subject: Spia airbag e sterzo che si blocca
To: <servizioclienti@autoitalia-motori.example>

> Buongiorno, sulla mia Tessera 1.4 targata FK 218 JP si è accesa la spia
> dell'airbag e ieri in rotonda lo sterzo si è indurito di colpo, ho rischiato
> di andare addosso a un'altra macchina. Ho letto che c'è un richiamo. Cosa
> devo fare? Mario Fontana"""),
    dict(n=11, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Simo <simo.dambrosio@mailveloce.example>",
         to="help@flixora.example",
         subject="Re: Addebito dopo disdetta abbonamento",
         body="""\
ok arrivato il rimborso, grazie 👍

Inviato da iPhone

> Il giorno 2 dic 2026, alle ore 14:11, Flixora Help <help@flixora.example> ha scritto:
>
> Ciao Simona, ci scusiamo: l'abbonamento risultava ancora attivo per un errore
> nella disdetta. Ti abbiamo rimborsato i 13,99 € addebitati il 1° dicembre."""),
    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Marco Lombardi <marco.lombardi@posta-ml.example>",
         to="customercare@volaitalia.example",
         subject="R: Check-in online non funzionante volo VI 1520",
         body="""\
Buonasera,

alla fine il check-in l'ho fatto in aeroporto, quindi quello è risolto.

Il problema è che mentre provavo a farlo sull'app mi avete addebitato due volte la scelta del posto (2 x 15,00 €), e poi il posto al banco me l'hanno assegnato comunque a caso, il 31C. Quindi ho pagato 30 euro per niente. Vorrei il rimborso di entrambi gli importi.

PNR: K7M2QD

Marco Lombardi

-----Messaggio originale-----
Da: Marco Lombardi <marco.lombardi@posta-ml.example>
Inviato: domenica 29 novembre 2026 06:12
A: customercare@volaitalia.example
Oggetto: Check-in online non funzionante volo VI 1520

> L'app e il sito danno "errore di sistema" quando provo a fare il check-in per
> il volo VI 1520 Roma-Catania delle 9:40. Non riesco a scaricare la carta
> d'imbarco."""),
    dict(n=13, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Antonella Ricci <antonella.ricci@posta-ar.example>",
         to="areaclienti@assicurazioniaurora.example",
         subject="Re: Area riservata bloccata",
         body="""\
Gentili signori,

vi ringrazio, ora riesco ad accedere all'area riservata.

Vi comunico inoltre che dal 1° dicembre mi sono trasferita. Il nuovo indirizzo per la corrispondenza è: via Garibaldi 41, 10122 Torino. Vi prego di aggiornarlo sulla polizza casa n. AC-77102.

Distinti saluti,
Antonella Ricci

Il 27/11/2026 15:03, Antonella Ricci ha scritto:
> Buongiorno, dopo tre tentativi sbagliati l'area riservata mi dice "utente
> bloccato, contattare l'assistenza". Codice fiscale RCCNNL71C52L219X.
> Grazie"""),
    dict(n=14, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Valentina Moretti <vale.moretti@mailcasa.example>",
         to="assistenza@pappapronto.example",
         subject="Re: Pezzo di vetro nella pizza - ordine PP-903341",
         body="""\
Buongiorno,

grazie per le scuse e per aver segnalato il locale. Mio figlio sta bene, per fortuna se n'è accorto subito e non si è tagliato.

Mi scrivete però che il rimborso di 27,50 € sarebbe stato accreditato "entro 48 ore" e sono passati dieci giorni: sulla carta non c'è nulla e nemmeno nel credito dell'app. Potete controllare?

Valentina Moretti

Il giorno ven 20 nov 2026 alle ore 21:05 Valentina Moretti ha scritto:
> Nella pizza arrivata stasera c'era un pezzo di vetro lungo due centimetri,
> mio figlio di 8 anni l'ha trovato masticando. Ordine PP-903341 dalla
> pizzeria "Da Gennaro". È inaccettabile, poteva farsi molto male."""),
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Nicola Esposito <nicola.esposito@mailnapoli.example>",
         to="assistenza@ruotaelettrica.example",
         subject="Re: Batteria monopattino che si surriscalda",
         body="""\
Buongiorno,

mi avevate detto di aggiornare il firmware e che con quello il problema della batteria si risolveva. L'ho fatto, ma stamattina mentre era in carica in corridoio il monopattino ha cominciato a fare fumo dal vano batteria e c'era puzza di plastica bruciata. L'ho staccato e portato sul balcone, ora è ancora caldissimo.

Ho due bambini piccoli in casa, non voglio più tenerlo dentro. Cosa devo fare? Venite a ritirarlo voi?

Nicola Esposito
Tel. 347 118 2209

> Il 23/11/2026, Assistenza RuotaElettrica ha scritto:
> Gentile Nicola, il surriscaldamento segnalato sul modello Sprint X è risolto
> dall'aggiornamento firmware 2.3, disponibile dall'app."""),
    dict(n=16, signals="safety,account", priority="critical", trap="-", qt=0, reply=1,
         frm="Federico Galli <fede.galli@inbox-fg.example>",
         to="security@cloudarchivio.example",
         subject="Re: Accessi sospetti al mio account",
         body="""\
Non è finita. Dopo che ho cambiato la password come mi avete detto, stanotte hanno cambiato di nuovo la password E l'email di recupero, e adesso non riesco più ad entrare. Un'amica mi ha scritto che le è arrivato un link di condivisione dalla mia cartella "Documenti" con dentro le scansioni della carta d'identità e del 730.

Vi prego bloccate l'account subito.

Federico Galli

Il giorno mar 1 dic 2026 alle ore 18:22 Sicurezza CloudArchivio ha scritto:
> Gentile utente, abbiamo rilevato un accesso da un dispositivo non
> riconosciuto. Le consigliamo di cambiare subito la password e attivare
> la verifica in due passaggi."""),
    dict(n=17, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Ale Rinaldi <ale.rinaldi@fastposta.example>",
         to="assistenza@fibraveloce.example",
         subject="R: Guasto linea - pratica 7781203",
         body="""\
Ancora niente. Terzo giorno senza internet e lavoro da casa.

Alessandro Rinaldi

> Il tecnico interverrà entro 48 ore dalla segnalazione. Ci scusiamo per il
> disagio."""),
    dict(n=18, signals="outage", priority="critical", trap="-", qt=0, reply=1,
         frm="Paola Serra <paola@serraceramiche.example>",
         to="supporto@negoziofacile.example",
         subject="Re: Checkout bloccato sul negozio online",
         body="""\
Buongiorno,

vi scrivo di nuovo perché il problema non è affatto risolto. Riassumo:

- il carrello funziona, ma al momento del pagamento esce "Errore 500";
- succede con carta, PayPal e bonifico;
- da venerdì non abbiamo ricevuto NESSUN ordine, mentre di solito ne facciamo 30-40 al giorno;
- siamo nel periodo dei regali di Natale, il più importante dell'anno.

Ogni giorno così per noi sono migliaia di euro persi. Ci serve una persona che se ne occupi adesso.

Paola Serra
Serra Ceramiche Artistiche - Caltagirone

Il giorno sab 5 dic 2026 alle ore 10:15 Supporto NegozioFacile ha scritto:
> Gentile Paola, abbiamo rilasciato una correzione. Il checkout dovrebbe ora
> funzionare correttamente. Ci faccia sapere."""),
    dict(n=19, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Giovanni Bellini <g.bellini@posta-gb.example>",
         to="assistenza@trenitalico.example",
         subject="Re: Biglietti non visibili nell'app",
         body="""\
Buongiorno,

purtroppo succede ancora. L'app si apre e posso comprare i biglietti, ma nella sezione "I miei viaggi" i biglietti non compaiono, oppure la pagina resta bianca. Oggi ho dovuto mostrare al controllore la mail di conferma dal telefono, per fortuna l'ha accettata.

Uso un Android aggiornato, app versione 6.8.1, già reinstallata.

Cordiali saluti,
Giovanni Bellini

Il giorno lun 30 nov 2026 alle ore 12:00 Assistenza TrenItalico ha scritto:
> Gentile cliente, il problema di visualizzazione dei biglietti è stato
> risolto con l'ultimo aggiornamento. La invitiamo ad aggiornare l'app."""),
    dict(n=20, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rosa Caruso <rosa.caruso@mail-rc.example>",
         to="clienti@spesaacasa.example",
         subject="R: R: R: Rimborso spesa mai consegnata",
         body="""\
TERZA MAIL. Nessuno risponde.

Il 14 novembre mi avete addebitato 118,60 € per una spesa che NON è mai arrivata. Mi avete risposto una volta sola con un messaggio automatico. Sono una pensionata, quei soldi mi servono per arrivare a fine mese. Se entro venerdì non ho il rimborso faccio denuncia all'associazione consumatori e contesto l'addebito con la banca.

Rosa Caruso
Ordine SC-55091

Il giorno mar 1 dic 2026 alle ore 09:10 Rosa Caruso ha scritto:
> Ancora nessuna notizia del rimborso. Sono passate due settimane.
>
> Il giorno lun 16 nov 2026 alle ore 20:30 Rosa Caruso ha scritto:
> > La spesa dell'ordine SC-55091 non è mai arrivata ma il pagamento è stato
> > preso. Voglio indietro i soldi."""),
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Sara e Luca Bernardi <famiglia.bernardi@casa-bernardi.example>",
         to="segreteria@asilonidoilgirasole.example",
         subject="Re: Retta di novembre pagata due volte",
         body="""\
Buongiorno,

scusate se torniamo sulla questione, ma la retta di novembre di nostra figlia Emma (sezione Coccinelle) risulta ancora pagata due volte: 480 € il 2 novembre e 480 € il 5 novembre, entrambi con SEPA. Ci avevate detto che l'importo in più sarebbe stato scalato dalla retta di dicembre, ma oggi ci è arrivato di nuovo l'addebito pieno di 480 €.

Potete restituirci la differenza con un bonifico? IBAN sul modulo di iscrizione.

Grazie,
Sara Bernardi

> Il 10/11/2026 Segreteria Il Girasole ha scritto:
> Gentili genitori, l'importo versato in eccesso verrà compensato con la retta
> del mese di dicembre."""),
    dict(n=22, signals="payment,account", priority="medium", trap="-", qt=0, reply=1,
         frm="Tommy Villa <tommyvilla2008@gamemail.example>",
         to="support@dragonrealm-games.example",
         subject="Re: [Ticket 30912] Gemme non accreditate",
         body="""\
ciao, ancora niente gemme. ho pagato 19,99 con la carta di mia mamma per il pacchetto da 2000 gemme e non mi sono arrivate, ve l'ho gia mandata la ricevuta. e adesso in piu mi dice che il mio account e sospeso per "attività sospetta" e non posso neanche giocare!! io non ho fatto niente

nick: TommyDragon_08

> Ciao! Abbiamo inoltrato la tua segnalazione al team pagamenti. Riceverai
> una risposta entro 72 ore."""),
    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Carlo Pellegrini <carlo.pellegrini@pellegrinitraduzioni.example>",
         to="assistenza@postapro-mail.example",
         subject="RE: Casella bloccata dopo verifica identità",
         body="""\
Buonasera,

vi ho inviato il documento d'identità come richiesto lunedì, ma la casella carlo.pellegrini@pellegrinitraduzioni.example risulta ancora bloccata: al login compare sempre "account in verifica". Sono un traduttore freelance e tutti i clienti mi scrivono lì; da quattro giorni non posso leggere né inviare niente.

Vi chiedo di sbloccarla il prima possibile.

Carlo Pellegrini

-----Messaggio originale-----
Da: Assistenza PostaPro <assistenza@postapro-mail.example>
Inviato: lunedì 30 novembre 2026 11:40
Oggetto: Casella bloccata dopo verifica identità

> Per motivi di sicurezza la sua casella è stata temporaneamente sospesa. Per
> riattivarla ci invii copia di un documento d'identità valido."""),
    dict(n=24, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Marina De Luca <marina.deluca@postadeluca.example>",
         to="supporto@salutefacile-app.example",
         subject="Re: Profilo di mia madre collegato al mio numero",
         body="""\
Buongiorno,

nonostante la vostra risposta il problema c'è ancora. Quando accedo all'app con il mio numero di telefono vedo ancora il profilo di mia madre, Anna Ferrante (nata nel 1946), e non il mio. Le ho creato io l'account l'anno scorso per prenotarle le visite, ma ora non riesco né a separare i due profili né a creare il mio.

Ho già disinstallato e reinstallato l'app come mi avete consigliato.

Grazie,
Marina De Luca

Il giorno gio 3 dic 2026 alle ore 16:45 Supporto SaluteFacile ha scritto:
> Gentile utente, per separare i profili familiari vada in Impostazioni >
> Famiglia > Gestisci profili. Se il problema persiste, reinstalli l'app."""),
]
