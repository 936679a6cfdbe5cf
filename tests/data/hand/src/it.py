# Fresh hand-written set, Italian. Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Elisa Fontana <elisa.fontana@posta.example>", to="assistenza@prostyle.example",
     subject="L'asciugacapelli ha fatto una fiammata",
     body="""Buongiorno,

ieri sera, mentre usavo l'asciugacapelli ProStyle 2200 comprato da voi a settembre, dal retro è uscita una fiammata con delle scintille. Mi sono bruciata la mano destra e qualche ciocca di capelli, ho messo il ghiaccio e poi sono dovuta andare in guardia medica. L'apparecchio puzza ancora di plastica fusa.

Vorrei sapere come procedere.

Elisa Fontana"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Giovanna Esposito <giovanna.esposito@posta.example>", to="qualita@gelateriafredda.example",
     subject="Reazione allergica - sesamo non indicato in etichetta",
     body="""Gentili signori,

domenica mio marito ha mangiato il vostro gelato "Croccante Nocciola" (lotto 26-311) e dopo pochi minuti gli si è gonfiata la faccia e faceva fatica a respirare. Al pronto soccorso gli hanno fatto adrenalina e cortisone. È allergico al sesamo, e in etichetta il sesamo non c'è, nemmeno come tracce.

Vi chiedo di verificare subito la ricetta e la linea di produzione.

Cordiali saluti,
Giovanna Esposito"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="IC Leonardo da Vinci <dirigente@icleonardo.example>", to="ufficiotecnico@edilrossi.example",
     subject="Crollo controsoffitto palestra scuola - urgente",
     body="""Buongiorno,

stamattina, durante l'ora di educazione fisica, si è staccata una parte del controsoffitto della palestra che la vostra ditta ha rifatto a luglio. Due bambini sono stati colpiti, uno ha un taglio in fronte ed è stato portato in ospedale.

La palestra è chiusa. Chiediamo un sopralluogo immediato.

Il Dirigente scolastico
Prof. Alberto Galli"""),

dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Davide Ricci <davide.ricci@posta.example>", to="clienti@bancaalpina.example",
     subject="Mi hanno rubato il portafoglio con la carta",
     body="""Salve,

mezz'ora fa mi hanno rubato il portafoglio sul tram, con dentro la carta di debito. Per ora in app non vedo addebiti strani, ma per favore bloccatela subito, il numero verde non risponde.

Intestatario: Davide Ricci, carta che finisce con 7730."""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Hotel Bellavista <reception@hotelbellavista.example>", to="supporto@channelsync.example",
     subject="Channel manager fermo - overbooking!",
     body="""Buongiorno,

da ieri sera alle 22 il channel manager non sincronizza più le disponibilità con Booking ed Expedia. Stanotte abbiamo ricevuto 11 prenotazioni su camere già occupate e stamattina ci sono ospiti alla reception senza una stanza. È il ponte dell'Immacolata, siamo pieni.

Chiamateci subito. ID struttura 44102.

Francesca Marino, front office"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Farmacia San Marco <farmacia.sanmarco@farmamail.example>", to="assistenza@farmagest.example",
     subject="Gestionale bloccato, non possiamo dispensare",
     body="""Il gestionale della farmacia è bloccato da stamattina: non riusciamo a leggere le ricette elettroniche né a scaricare i farmaci dal magazzino. Abbiamo la fila fuori e pazienti che aspettano le loro terapie.

Richiesta di intervento immediato. Cod. cliente 10082.

Dott.ssa Laura Conti"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Stefano Greco <stefano.greco@posta.example>", to="assistenza@fibraitalia.example",
     subject="Fibra non funziona da tre giorni",
     body="""Buonasera,

la fibra non funziona da tre giorni, il modem ha la spia "internet" rossa fissa. Ho già fatto tutti i test guidati dell'app. Lavoro in smart working e sono completamente fermo.

Codice cliente 883201.
Stefano Greco"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Marta Colombo <marta.colombo@posta.example>", to="info@librivivi.example",
     subject="sito lentissimo la sera",
     body="""Salve, la sera il vostro sito è lentissimo e certe pagine non si caricano proprio (rimane la rotellina che gira). Di giorno va bene. Non è gravissimo ma è fastidioso.

Marta"""),

dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Luca Bianchi <luca.bianchi@posta.example>", to="app@pacchiveloci.example",
     subject="Notifiche dell'app non arrivano",
     body="""Ciao, da qualche giorno le notifiche dell'app non arrivano più: non mi avvisa quando arriva un pacco né quando il corriere mi scrive. Le notifiche sul telefono sono attive, il resto dell'app funziona.

Luca"""),

dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Chiara Romano <chiara.romano@posta.example>", to="abbonamenti@musicaora.example",
     subject="Doppio addebito novembre",
     body="""Buongiorno,

sull'estratto conto vedo due addebiti da 24,99 € per l'abbonamento di novembre, con la stessa data. Potete rimborsarne uno?

Grazie,
Chiara Romano"""),

dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Matteo Gallo <matteo.gallo@posta.example>", to="noleggi@autonoleggiosole.example",
     subject="Restituzione deposito cauzionale - mi serve per l'affitto",
     body="""Buongiorno,

il noleggio a lungo termine è finito il 31 ottobre e mi era stato detto che il deposito di 600 € sarebbe rientrato entro 15 giorni. Non è arrivato niente. Il 10 devo pagare l'affitto e quei soldi mi servono.

Potete fare il bonifico subito, per favore?

Matteo Gallo"""),

dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Roberta Ferri <roberta.ferri@posta.example>", to="clienti@energiapiu.example",
     subject="Conguaglio gas sbagliato",
     body="""Buongiorno,

mi è arrivata una bolletta del gas di 870 € di conguaglio, quando di solito pago circa 90 € al mese. Le letture che avete usato sono stimate e non corrispondono al contatore (foto allegata: 04512 mc). Chiedo la rettifica della bolletta.

Roberta Ferri"""),

dict(n=13, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
     frm="Paolo De Luca <paolo.deluca@posta.example>", to="clienti@aquanet.example",
     subject="R: Interruzione programmata del servizio",
     body="""Va bene, ma allora perché nella fattura di novembre mi avete addebitato il canone intero? Chiedo lo sconto proporzionale per quei giorni.

Paolo De Luca

Il giorno lun 9 nov 2026 alle ore 09:30 Servizio Clienti <clienti@aquanet.example> ha scritto:
> Gentile cliente,
> la informiamo che dal 12 al 15 novembre è prevista un'interruzione del servizio
> nella sua zona per lavori di manutenzione sulla rete."""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Simona Marchetti <simona.marchetti@posta.example>", to="supporto@cinemaora.example",
     subject="Link per reimpostare la password scaduto",
     body="""Buongiorno,

il link per reimpostare la password che mi arriva via mail dice "link scaduto" anche se lo apro subito. L'ho richiesto 4 volte.

Simona Marchetti"""),

dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
     frm="Giulia Rinaldi <giulia.rinaldi@studenti.example>", to="helpdesk@uniformazione.example",
     subject="Account sospeso - esame domani!",
     body="""Salve,

il mio account sulla piattaforma è stato sospeso senza motivo e non riesco più ad accedere ai corsi. Domani mattina ho l'esame finale online! Matricola 778812.

Vi prego di riattivarlo oggi.
Giulia Rinaldi"""),

dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Andrea Moretti <andrea.moretti@posta.example>", to="fedelta@supermercatigrandi.example",
     subject="Due profili da unire",
     body="""Buongiorno,

ho due profili, uno con la mail personale e uno con quella di lavoro, e i punti fedeltà sono divisi tra i due. Vorrei che li uniste in uno solo, tenendo la mail personale (questa).

Grazie,
Andrea Moretti"""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Federico Villa <federico.villa@posta.example>", to="supporto@assicurazionifaro.example",
     subject="codice OTP non arriva",
     body="""Non mi arriva piu il codice OTP via sms per accedere all'area clienti. Ho controllato il numero nel profilo ed è giusto.

Federico Villa"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Valentina Costa <vale.costa@posta.example>", to="info@bimbochef.example",
     subject="Il vostro robot spacca!",
     body="""Ciao a tutti,

il Bimbochef che ho comprato il mese scorso spacca, ragazzi! Ieri sera ho fatto un risotto della morte. Una sola domanda: il cestello si può lavare in lavastoviglie?

Vale"""),

dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
     frm="Sergio Longo <sergio.longo@posta.example>", to="assistenza@sorrisobianco.example",
     subject="Prima ricarica spazzolino",
     body="""Buongiorno,

ho appena ricevuto lo spazzolino elettrico. Quanto tempo deve restare in carica la prima volta? E la base si può lasciare sempre attaccata alla presa?

Grazie,
Sergio Longo"""),

dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
     frm="Alessia Bruno <alessia.bruno@posta.example>", to="sicurezza@viaggiamo.example",
     subject="R: Segnalazione accesso sospetto al suo account",
     body="""Grazie della segnalazione, ero io dal telefono nuovo. Tutto a posto.

Alessia

Il giorno gio 3 dic 2026 alle ore 22:47 Sicurezza Viaggiamo <sicurezza@viaggiamo.example> ha scritto:
> Abbiamo rilevato un accesso non autorizzato al suo account da un dispositivo
> sconosciuto (Android, Milano). Se non è stato lei, cambi subito la password."""),

dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
     frm="UfficioPiù Newsletter <newsletter@ufficiopiu.example>", to="segreteria@studiolegalemarino.example",
     subject="Newsletter di dicembre: blackout e gruppi di continuità",
     body="""Cari clienti,

con l'inverno tornano i blackout elettrici: nella newsletter di questo mese vi spieghiamo come proteggere computer e server dell'ufficio con un gruppo di continuità (UPS) e cosa fare per non perdere i dati quando salta la corrente.

Offerta del mese: -15% su tutta la gamma UPS fino al 31 dicembre.

Per annullare l'iscrizione clicca qui."""),

dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
     frm="Nicola Ferrara <nicola.ferrara@posta.example>", to="info@divanidesign.example",
     subject="Reso divano",
     body="""Buonasera,

se il divano non ci piace dal vivo, possiamo restituirlo entro 30 giorni? E le spese di ritiro chi le paga?

Grazie,
Nicola Ferrara"""),

dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
     frm="Gruppo Fenice S.p.A. <it.operations@gruppofenice.example>", to="enterprise@datareport.example",
     subject="Ritardi report - contratto Enterprise ENT-4410",
     body="""Buongiorno,

Gruppo Fenice S.p.A., cliente Enterprise con contratto SLA 99,95% (rif. ENT-4410). Da stamattina i report di vendita vengono generati con 20-25 minuti di ritardo e alcune dashboard vanno in timeout. Il CdA delle 15 si basa su questi numeri.

Chiediamo un intervento prioritario secondo contratto.

Marco Sala
IT Operations"""),

dict(n=24, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
     frm="Studio Legale Marino <segreteria@studiolegalemarino.example>", to="supporto@portaledoc.example",
     subject="Pulsante Stampa non funziona",
     body="""Buongiorno,

il pulsante "Stampa" del portale non manda più i documenti alla stampante di rete, dà errore. Per ora scarichiamo il PDF e stampiamo dal PC, quindi nessuna urgenza, ma sarebbe da sistemare.

Cordiali saluti,
Segreteria Studio Marino"""),
]
