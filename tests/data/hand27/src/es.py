# blind28 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rosa María Albarracín <rosam.albarracin@correo-jaen.example>",
         to="postventa@herramientas-taladro.example",
         subject="Motosierra MX-40: la cadena sigue girando al soltar el gatillo",
         body="""\
Buenas tardes:

Ayer mi marido estaba podando los olivos con la motosierra MX-40 que les compramos en marzo
(pedido HT-230417). Al soltar el gatillo para cambiar de rama, la cadena siguió girando varios
segundos, y al bajar la máquina le pasó por la pernera del pantalón a la altura de la rodilla.
Le rajó la tela de lado a lado; no le llegó a la pierna de milagro.

Después lo hemos probado con cuidado, apoyada en el suelo: pasa lo mismo casi siempre, y si
empujas el freno de cadena hacia delante tampoco se para del todo, solo va más despacio.

La máquina está guardada y no la vamos a volver a usar. ¿Qué hacemos? ¿La llevamos a la
tienda o pasan ustedes a recogerla? Tenemos el tique y la garantía.

Un saludo,
Rosa María Albarracín
Tfno. 600 981 274"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Iñaki Etxeberria <inaki.etxeberria@euskalmail.example>",
         to="sat@spa-aquarelax.example",
         subject="Duda jacuzzi exterior modelo Nordic 5",
         body="""\
Hola,

¿Es normal que al tocar la barandilla de acero del jacuzzi estando dentro del agua se note un
cosquilleo en la mano? Ayer mi hijo de 9 años me lo dijo y pensé que eran cosas suyas, pero lo
he probado yo y se nota: como un hormigueo que sube por el brazo, y se va en cuanto sueltas.

Desde la semana pasada además salta a veces el diferencial de la casa cuando arranca la bomba
de burbujas.

Lo instaló su técnico en junio (nº de serie NRD5-0061-2291). De momento lo hemos desenchufado
y los críos no se bañan.

Gracias,
Iñaki"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="data", qt=0, reply=0,
         frm="Wilson Andrés Mejía <wilson.mejia.conductor@correo-movil.example>",
         to="conductores@vamosya-app.example",
         subject="ALGUIEN CAMBIÓ MI CUENTA BANCARIA Y SE LLEVÓ MI PAGO",
         body="""\
Buenos días,

A las 3:12 de la madrugada del domingo me llegó un correo de ustedes diciendo "Tus datos
bancarios se han actualizado". Yo estaba durmiendo, no he tocado nada. Hoy lunes el pago de la
semana, 612,40 €, NO ha llegado a mi cuenta de siempre: en la app pone que se ha ingresado en
un IBAN terminado en 7731 que no es mío.

En el historial de sesiones sale un dispositivo "Android – Valencia" que no conozco. Yo
conduzco en Madrid. He cambiado la contraseña ya, pero el dinero se lo han llevado.

Necesito que bloqueen esa cuenta, que pongan otra vez mi IBAN y que me digan cómo recupero mi
dinero. Vivo de esto, tengo que pagar la cuota del coche el día 5.

ID conductor: VY-MAD-40218
Wilson Andrés Mejía
641 220 387"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Carmen Villalobos <carmen.villalobos@telefonica-like.example>",
         to="atencion@movilidad-senior.example",
         subject="El scooter de mi madre arrancó solo",
         body="""\
Buenas,

Les escribo por el scooter eléctrico Confort 4 de mi madre (84 años), comprado en su tienda de
Zaragoza en mayo.

Esta mañana, en el portal, mi madre se estaba sentando y el scooter se puso en marcha solo
hacia delante, sin que ella tocara la palanca. La arrastró un par de metros hasta que chocó
con la puerta del ascensor. Tiene un moratón enorme en la cadera y está muy asustada.

La llave estaba puesta, pero la palanca estaba en el centro, eso lo he comprobado yo luego.
Ahora le he quitado la llave y lo tenemos parado en el trastero.

Quiero que alguien lo revise cuanto antes y que me digan si esto le ha pasado a más gente.
Número de serie: CF4-22-10873.

Carmen Villalobos (hija)
Móvil 655 104 932"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Radio Taxi Guadalquivir – Jefe de tráfico <trafico@radiotaxi-guadalquivir.example>",
         to="soporte@despachoflota.example",
         subject="Las tabletas de los taxis no reciben ningún servicio desde las 6:40",
         body="""\
Buenos días,

Desde las 6:40 ninguno de los 58 taxis conectados recibe servicios en la tableta. En la
centralita los operadores asignan con normalidad, el servicio queda en "Pendiente de aceptar" y
a los dos minutos se reasigna solo, y así en bucle. Los conductores ven la tableta en verde,
libre, pero no les entra nada.

Estamos dando los servicios por la emisora de voz, pero con tres operadoras no damos abasto:
llevamos más de 150 llamadas en espera entre aeropuerto, estación y hospital.

Hemos reiniciado el servidor de la centralita y varias tabletas, sin cambios.
Llámenme al 955 001 738, es urgente.

Manuel Reina
Jefe de tráfico – Radio Taxi Guadalquivir"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jordi Puigcercós <jordi.puigcercos@logistica-llobregat.example>",
         to="support@tmsnova.example",
         subject="Todas las etiquetas y albaranes salen en blanco – almacén parado",
         body="""\
Hola,

Desde el arranque del turno de mañana (6:00) todas las etiquetas de expedición y los albaranes
que generamos en TMS Nova salen en blanco: el PDF se crea, pesa 1 KB y no tiene nada dentro.
Pasa con todos los transportistas y en las tres impresoras del muelle.

Sin etiqueta no podemos cargar. Tenemos el turno entero (unas 45 personas) parado y 23
camiones esperando en los muelles, algunos con ventana de entrega en Mercabarna a las 11.

Cliente: LOG-LLB-0092. No hemos cambiado nada en nuestra configuración desde el viernes.

Jordi Puigcercós
Responsable de operaciones – Logística Llobregat
Tel. 938 020 411"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lucía Fernández Ortega <lucia.fdez.ortega@alumnos-campusweb.example>",
         to="ayuda@campusweb.example",
         subject="No puedo empezar el examen de Estadística (pantalla negra)",
         body="""\
Hola,

Cuando le doy a "Comenzar examen" en Estadística II, se enciende la cámara (la lucecita se
pone verde) pero la pantalla se queda en negro y el contador empieza a correr igual. La última
vez me quedé sin 20 de los 90 minutos esperando y al final lo cerré.

He probado tres veces, en Chrome y en Edge, y reiniciando el portátil. El examen de prueba de
septiembre me funcionó bien con el mismo ordenador.

El examen cierra hoy a las 23:59 y es la convocatoria ordinaria. ¿Me pueden ayudar o reabrirme
el intento?

DNI: 48xxxx12-K
Lucía Fernández"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Alberto Sanjurjo <alberto.sanjurjo@mundo-mail.example>",
         to="clientes@aguas-ria.example",
         subject="La gráfica de consumo no se actualiza desde el día 3",
         body="""\
Hola:

En el área de cliente, la gráfica de consumo diario de agua no muestra datos nuevos desde el
3 de noviembre, y la lectura del contador se queda congelada en 1.284 m3. Antes se actualizaba
cada mañana sin problema.

No es nada urgente, el agua funciona, pero tengo el piso de la playa alquilado por semanas y
uso la gráfica para ver si los inquilinos se dejan algo abierto.

Contrato: 7700-45123. Contador con telelectura nº TL-009381.

Gracias,
Alberto Sanjurjo"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Pilar Gascón <pilar.gascon@gascon-abogados.example>",
         to="soporte@centralita-nube.example",
         subject="RE: RE: Desvío de llamadas a móviles no funciona (incidencia 48213)",
         body="""\
Seguimos igual. Es la tercera vez que escribo y nadie me ha llamado. Necesito una solución
hoy, esta semana tenemos dos juicios y los clientes no nos localizan.

Pilar Gascón

-----Mensaje original-----
De: Pilar Gascón
Enviado el: martes, 17 de noviembre de 2026 9:14
Asunto: RE: Desvío de llamadas a móviles no funciona (incidencia 48213)

> Buenos días, ¿alguna novedad? Seguimos sin recibir en los móviles las llamadas que entran al
> 976 000 512 cuando no contesta la recepción. Se cortan a los 30 segundos.
>
> -----Mensaje original-----
> De: Pilar Gascón
> Enviado el: viernes, 13 de noviembre de 2026 12:40
>
> Hola, desde ayer las llamadas que entran al número del despacho ya no se desvían a los
> móviles de los cuatro abogados cuando la recepción no coge. El llamante oye tono y se corta.
> Lo hemos revisado en el panel y la regla de desvío sigue activa.
> Pilar Gascón – Gascón Abogados"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Dani Ortuño <dani.ortuno@correo-rapido.example>",
         to="forfaits@estacion-pico-blanco.example",
         subject="cobro doble forfait temporada",
         body="""\
Hola, me habéis cobrado dos veces el forfait de temporada adulto, 489 € cada cargo, el día 10.
Solo tengo un forfait (nº PB-26-11873). Devolvedme uno porfa.
Dani

Enviado desde mi móvil"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marta Llorente Vidal <marta.llorente@vidal-reformas.example>",
         to="reservas@alquiler-furgos.example",
         subject="Fianza de la furgoneta no devuelta (contrato AF-MAD-30771)",
         body="""\
Estimados señores:

El pasado 26 de octubre devolví en su oficina de Getafe la furgoneta Ducato alquilada del 22
al 26 (contrato AF-MAD-30771). El empleado revisó el vehículo conmigo, firmamos el parte sin
daños y con el depósito lleno, y me indicó que la fianza de 600 € se liberaría en un plazo de
5 a 7 días.

Han pasado casi tres semanas y el importe sigue retenido en mi tarjeta. Mi banco me confirma
que no han recibido ninguna orden de liberación por su parte.

Les ruego que revisen el expediente y me confirmen la fecha en que quedará liberada. Adjunto
copia del parte de devolución.

Atentamente,

Marta Llorente Vidal
Vidal Reformas S.L."""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Javier Ordóñez Prieto <javier.ordonez.p@correo-norte.example>",
         to="administracion@funeraria-sanlazaro.example",
         subject="No consigo pagar el servicio de mi padre en la web",
         body="""\
Buenas tardes,

Estoy intentando pagar por la web el servicio de mi padre, D. Ramón Ordóñez (expediente
FSL-2026-0844), y la tarjeta me da "Operación denegada" una y otra vez. He probado con dos
tarjetas distintas, de dos bancos, y en los dos bancos me dicen que a ellos no les llega ningún
intento de cobro.

En la oficina nos dijeron que el pago tenía que estar hecho antes del miércoles para confirmar
la ceremonia del jueves. Mañana no puedo acercarme porque vengo de Oviedo.

¿Hay alguna otra forma de pagar, una transferencia, por ejemplo? Por favor, díganme algo hoy.

Gracias,
Javier Ordóñez"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Graham Whitfield <graham.whitfield@brit-mail.example>",
         to="administracion@puertodeportivo-altea.example",
         subject="Factura amarre B-17 está mal",
         body="""\
Hola,

Yo tengo el amarre B-17 en su puerto desde abril. Mi barco es un velero de 9,20 metros de
eslora, pero la factura de noviembre (FA-2611-0457) dice 14 metros y por eso el precio es casi
el doble, 612 euros en vez de 340.

En las facturas de antes todo estaba bien. Creo que es un error de sistema, quizás confunden
con el barco de al lado, que es más grande.

Por favor, ¿pueden hacer nueva factura? No quiero pagar la mal. Perdón por mi español.

Muchas gracias,
Graham Whitfield
Velero "Blue Heron\""""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Tomás Ballesteros <tesoreria@cd-riberadelduero.example>",
         to="soporte@gestiona-club.example",
         subject="Cuenta de administrador bloqueada – remesas del viernes",
         body="""\
Hola,

Soy el tesorero del C.D. Ribera del Duero. Desde ayer no puedo entrar con la cuenta de
administrador: pone "Cuenta bloqueada por demasiados intentos". Le doy a recuperar contraseña,
pero el correo con el enlace llega a los 40 minutos y para entonces ya ha caducado. Lo he
intentado cuatro veces.

Soy el único con permisos de tesorería y el viernes tenemos que emitir la remesa de cuotas de
los 320 socios; si no sale ese día, el banco no la carga hasta el mes que viene.

Usuario: tesoreria@cd-riberadelduero.example
Tel. 620 118 305

Tomás Ballesteros"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Elena Castaño <elena.castano@buzon-personal.example>",
         to="inquilinos@gestion-patrimonial-levante.example",
         subject="Pregunta sobre el código de acceso al portal",
         body="""\
Buenas tardes,

¿Es normal que cada vez que entro al portal del inquilino me vuelva a pedir el código de
verificación por correo, aunque marque la casilla "Recordar este dispositivo"? Me pasa desde
que cambié de móvil. Encima el código tarda entre 5 y 10 minutos en llegar y a veces caduca
antes.

Solo entro para descargar los recibos y avisar de alguna avería, pero es bastante incómodo.

Vivienda: C/ Pintor Sorolla 14, 3.º B.

Un saludo,
Elena Castaño"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Laura García Ruiz <l.garcia.ruiz@inmobiliaria-mirador.example>",
         to="it@inmobiliaria-mirador.example",
         subject="No puedo entrar en FirmaYa con el correo nuevo",
         body="""\
Hola chicos:

Desde que me cambiasteis el correo de l.garcia@ a l.garcia.ruiz@ (lo del apellido tras la
boda), no puedo entrar en FirmaYa. Con el correo nuevo me dice "Usuario no encontrado" y con
el antiguo me pide un código que llega al buzón viejo, que ya no existe.

Tengo 6 contratos de arras pendientes de enviar a firma esta semana. Mientras tanto se los
estoy pasando a Raúl para que los envíe él, pero salen a su nombre y no me gusta.

¿Podéis cambiar el correo de mi usuario en FirmaYa o pedírselo al proveedor?

Gracias!
Laura (oficina Centro, ext. 2231)"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sergio Molina <sergiomolina.86@correo-web.example>",
         to="soporte@conecta-app.example",
         subject="Me habéis suspendido la cuenta sin motivo",
         body="""\
Hola,

Hoy al abrir la app me sale "Tu cuenta ha sido suspendida por incumplir las normas de la
comunidad". No he insultado a nadie, no he mandado nada raro, llevo dos meses usándola
normal y tengo el Plus pagado hasta enero.

Quiero saber qué norma se supone que he incumplido y que me reactivéis la cuenta. Si ha sido
una denuncia falsa de alguien, revisad las conversaciones, que no tengo nada que esconder.

Usuario: sergio_m86
Sergio"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Noelia Carrasco <noelia.carrasco.foto@correo-web.example>",
         to="hola@drones-altavista.example",
         subject="¡El dron es la bomba! Pregunta sobre baterías",
         body="""\
¡Hola!

Solo quería deciros que el AV-Mini es la bomba. Lo estrené el sábado en la boda de mi prima y
las tomas aéreas han quedado de muerte; los novios están flipando y yo me muero de ganas de
volver a sacarlo.

Una pregunta: ¿la batería de vuelo largo sirve para el AV-Mini o solo para el AV-Pro? Y si
compro dos, ¿se pueden cargar a la vez con el cargador que viene en la caja?

¡Gracias y un abrazo!
Noelia"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Familia Quintana Roldán <quintana.roldan@correo-familia.example>",
         to="reservas@camping-lasdunas.example",
         subject="Actividades \"Escape de Emergencia\" y \"Noche del Terror\" para niños",
         body="""\
Hola, buenas:

Tenemos reservada la parcela 42 del 27 al 31 de diciembre (reserva LD-26-1190) y hemos visto
en el programa de Navidad dos actividades que nos interesan:

- "Escape de Emergencia", el escape room del día 28.
- "Noche del Terror", la gincana nocturna del 30.

¿Son aptas para niños de 7 y 10 años? ¿Hay que apuntarse antes o se paga allí? Y si
llueve, ¿se hacen dentro?

Muchas gracias,
Susana Quintana"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Antonio Bermejo Sáez <antonio.bermejo.saez@correo-mayores.example>",
         to="atencioncliente@tensiocare.example",
         subject="RE: Aviso de seguridad: revisión de brazaletes del tensiómetro TX-300",
         body="""\
Buenos días:

He comprobado el número de serie de mi tensiómetro como me indican y no está en la lista de
lotes afectados (el mío es TX300-B-77812). Muchas gracias por avisar, así da gusto.

Aprovecho para preguntarles si venden el brazalete grande, el de 32 a 42 cm, porque el que
trae me queda justo.

Atentamente,
Antonio Bermejo

El 12 nov 2026, a las 11:30, Atención al Cliente TensioCare escribió:
> Estimado cliente:
>
> Hemos detectado que algunos brazaletes del tensiómetro TX-300 fabricados entre marzo y mayo
> de 2026 pueden no inflarse correctamente y mostrar lecturas de tensión más bajas de las
> reales. Por su seguridad, compruebe el número de serie en la etiqueta del brazalete. Si está
> en la lista adjunta, deje de usarlo y le enviaremos uno nuevo sin coste.
>
> Departamento de Calidad – TensioCare"""),

    dict(n=21, signals="-", priority="low", trap="howto", qt=0, reply=0,
         frm="Begoña Uriarte <begona@uriarte-asesores.example>",
         to="soporte@contaclara.example",
         subject="Cómo hacer una factura rectificativa para devolver parte del importe",
         body="""\
Hola,

Una consulta de uso: un cliente nuestro nos ha pagado 50 € de más en la factura 2026/0312 y
tenemos que devolvérselos. ¿Cuál es la forma correcta en ContaClara: una factura rectificativa
por diferencias, o anular la factura y emitir otra?

Y luego, para registrar la devolución por transferencia, ¿se hace desde Tesorería o desde la
propia factura? No quiero que me descuadre el modelo 303.

Gracias,
Begoña Uriarte
Uriarte Asesores"""),

    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Adrián Sotomayor <adrian.sotomayor.cv@correo-profesional.example>",
         to="empleo@micausa-crowdfunding.example",
         subject="Candidatura – Analista de Fraude y Riesgos (ref. FR-2611)",
         body="""\
Estimado equipo de Selección:

Me dirijo a ustedes para presentar mi candidatura al puesto de Analista de Fraude y Riesgos
publicado en su web.

Durante los últimos cuatro años he trabajado en una pasarela de pagos de Valencia detectando
pagos fraudulentos, cuentas comprometidas y campañas de phishing dirigidas a nuestros
comercios. También participé en la respuesta a una brecha de datos en 2024, coordinando la
comunicación con los usuarios afectados y con la AEPD.

Me motiva especialmente trabajar en una plataforma de micromecenazgo, donde la confianza de
los donantes es lo más importante. Adjunto mi currículum y quedo a su disposición para una
entrevista.

Un cordial saludo,

Adrián Sotomayor
622 109 874"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Óscar Bellido <oscar@bellido-maquetas.example>",
         to="soporte@impresoras-forja3d.example",
         subject="Tras actualizar el firmware la impresora no recibe trabajos por wifi",
         body="""\
Hola,

Desde que actualicé la Forja S2 al firmware 3.4.1, la impresora ya no recibe los trabajos que
mando desde el laminador por wifi: aparecen en la cola como "Enviando…" y ahí se quedan. La
impresora sí sale conectada en la app y la cámara se ve bien.

De momento imprimo pasando el archivo con un pendrive y funciona perfectamente, así que no
estoy parado, pero con cuatro impresoras en el taller es bastante paseo.

¿Se puede volver al firmware anterior, o hay arreglo previsto?

Gracias,
Óscar Bellido"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Ramón Echevarría <r.echevarria@campus-sanjorge.example>",
         to="soporte@climacontrol-bms.example",
         subject="La plataforma no conecta con ninguno de los 12 edificios del campus",
         body="""\
Buenos días:

Desde las 5:00 de esta mañana la plataforma de control de climatización no tiene conexión con
ninguno de los 12 edificios del campus: todos los controladores aparecen en gris, "Sin
comunicación". Las calderas no han hecho el arranque programado de las 6:00 y no podemos
forzarlo desde la plataforma porque no responde.

Ahora mismo las aulas están a 13-14 °C y empiezan a llegar unos 2.300 alumnos y 180
profesores; hoy hay exámenes parciales en seis edificios. El personal de mantenimiento está
encendiendo calderas a mano donde puede, pero tres edificios solo se pueden arrancar desde el
sistema.

Contrato de mantenimiento CC-0419 (nivel Premium). Necesitamos a alguien ya.
Teléfono directo: 976 220 301.

Ramón Echevarría
Jefe de Mantenimiento – Campus San Jorge"""),
]
