# blind12 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Ferrándiz Olmo <lucia.ferrandiz@correo-familia.example>",
         to="atencion@biberonesnube.example",
         subject="Tetina del biberón Anticólico 260 ml - mi hija de 7 meses",
         body="""\
Hola:

Os escribo todavía con las manos temblando. Esta mañana le estaba dando el biberón
de las diez a mi hija Vera (7 meses) con una de las tetinas de flujo 2 del pack que
compré en vuestra tienda online el mes pasado. A mitad de la toma empezó a toser sin
parar, se puso roja, luego casi morada, y no le salía ni el llanto. Le di la vuelta,
unos golpecitos en la espalda y escupió un trozo de silicona transparente del tamaño
de una lenteja.

Al mirar la tetina he visto que le falta la punta entera, como si se hubiera
despegado por la costura. Anoche estaba bien; la esterilicé como siempre en el
microondas con vuestra bolsa de vapor.

Ahora está tranquila y la ha visto la pediatra a mediodía, pero necesito saber:
- si tenéis más casos con el lote que pone en la caja (L2407-B),
- qué hago con las otras tres tetinas del pack, que no pienso volver a usar,
- y que alguien lo mire de verdad, porque podía haber acabado de otra manera.

Adjunto fotos de la tetina y del trozo.

Lucía Ferrándiz
Tel. 910 555 014"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ramón Quiles <rquiles@buzon-rq.example>",
         to="soporte@enchufalo.example",
         subject="¿Es normal que el enchufe se ponga así?",
         body="""\
Buenas tardes:

Tengo dos EnchúfaLo Mini desde noviembre. Uno lo uso para el radiador de aceite del
despacho (1500 W, en la app lo tengo como "Radiador").

¿Es normal que al cabo de una hora no se pueda ni tocar? Hoy al desenchufarlo el
plástico de alrededor de las patillas estaba blando y se ha quedado de color
marrón, y el despacho entero olía a plástico derretido. Además hace un zumbido fino
y un clic cada pocos segundos aunque el radiador esté apagado.

Lo he dejado desconectado encima de la mesa. El otro, el de la lámpara del salón,
parece que va bien. ¿Me decís qué hago con los dos?

Gracias,
Ramón"""),

    dict(n=3, signals="safety", priority="critical", trap="data-wrong-person", qt=0, reply=0,
         frm="Marta Echeverría <marta.echeverria@nubemail.example>",
         to="ayuda@comedorpago.example",
         subject="Me han llegado los datos de otra familia",
         body="""\
Buenos días,

Esta mañana he recibido en mi correo el recibo mensual del comedor escolar del
CEIP Los Almendros, pero no es el de mis hijos. Es el de otra niña de 2.º B: viene
su nombre completo, la ficha médica (celiaquía y alergia a los frutos secos), el
DNI de los dos padres, un teléfono y la cuenta bancaria entera, sin asteriscos ni
nada.

He entrado en la app para ver si era un error puntual y en "Mis hijos" me aparece
ahora también esa niña, con su foto. Puedo ver sus menús, sus ausencias y quién la
recoge. Si yo veo lo de esa familia, me imagino que alguien estará viendo lo de la
mía, y eso sí que no.

No he reenviado el correo a nadie y lo voy a borrar en cuanto me confirméis que lo
habéis visto. Pero quiero saber cuántas familias están afectadas, si vais a avisar
al colegio y a la otra familia, y qué hacéis con la protección de datos, porque
esto es información de menores.

Marta Echeverría Goñi
Madre de Iker (4.º A) y Ane (1.º B)"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Jordi Castell <jordi.castell@correu-jc.example>",
         to="reservas@autocaravanasruta.example",
         subject="Autocaravana 4512-KLM: calefacción, mareos y dolor de cabeza",
         body="""\
Hola,

Tenemos alquilada la autocaravana 4512-KLM desde el sábado (reserva R-20931).
Anoche, en un área de Potes, dormimos con la calefacción estacionaria encendida
porque bajó a dos grados. Hacia las cuatro nos despertamos los cuatro con un dolor
de cabeza muy fuerte, mareados, y mi hijo pequeño vomitó dos veces. Abrimos la
puerta, salimos fuera y al rato se nos pasó.

Esta mañana he mirado el detector de monóxido del techo: no tiene pila, el hueco
está vacío. Creo que es un peligro serio y no vamos a volver a encender esa
calefacción ni a dormir dentro hasta que alguien la revise.

Necesito que me digáis hoy mismo si nos podéis cambiar el vehículo o a dónde lo
llevamos. Estamos en Potes hasta mañana.

Perdoneu si escric una mica desordenat, no hem dormit gaire.

Jordi Castell
+34 930 555 071"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nuria Bengoechea <nuria.bengoechea@logisticanorte.example>",
         to="soporte@scanflow.example",
         subject="Almacén Zaragoza: ningún lector confirma picking desde las 6:00",
         body="""\
Buenos días,

Desde el arranque del turno de las 6:00, los 38 terminales de mano del almacén de
Plaza muestran al escanear:

  "Sync failed - license server unreachable (E-212)"

y no dejan confirmar ni una sola línea de picking. Hemos reiniciado los terminales
y los puntos de acceso, y la wifi va bien (desde los mismos terminales se abre la
intranet).

Tenemos 1.200 pedidos para la ruta de las 14:00, los palés se están amontonando en
el muelle y hay 40 personas de brazos cruzados. Necesitamos que alguien nos llame
ya: Nuria, 976 555 019.

Nuria Bengoechea
Jefa de turno - Logística Norte"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Álvaro Pineda <alvaropineda@correo-ap.example>",
         to="ayuda@padelya.example",
         subject="No hay manera de reservar pista",
         body="""\
Hola, desde ayer por la tarde, cuando le doy a "Reservar" en el club Pádel
Vallehermoso, la ruedita se queda girando y al final me devuelve a la pantalla de
inicio. Lo he probado en el móvil de mi mujer y le pasa lo mismo. Tenemos partido de
liga el jueves y no conseguimos pista. ¿Sabéis algo?"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Encarna Lozano Ruiz <encarna.lozano@ruralnet.example>",
         to="clientes@satelnet.example",
         subject="Consulta sobre la conexión por las tardes",
         body="""\
Buenas,

¿Es normal que desde hace un par de semanas, a partir de las siete de la tarde, la
conexión se corte cada diez o quince minutos? Por la mañana va perfecta.

Vivo en una masía cerca de Mosqueruela y teletrabajo. Las videollamadas de la
tarde se me quedan congeladas y tengo que volver a entrar; de momento las hago con
los datos del móvil, pero así se me acaban en una semana. La antena no la hemos
tocado y no hay árboles nuevos delante.

Contrato: SN-448120.

Un saludo,
Encarna"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Clínica Fisiosalud Triana <recepcion@fisiosaludtriana.example>",
         to="soporte@agendafisio.example",
         subject="URGENTE - la agenda sale en blanco",
         body="""\
Hola,

Desde las 8:00 la agenda de la clínica sale en blanco en los tres ordenadores de
recepción y en las tablets de las cabinas. No vemos quién tiene cita ni a qué hora,
ni las notas de las sesiones anteriores.

Somos seis fisios y hoy hay unos sesenta pacientes. La gente va llegando y les
estamos apuntando en un folio y preguntándoles qué les toca. Tampoco podemos firmar
las sesiones de las mutuas, así que no sé cómo vamos a facturar esta mañana.

Por favor, llamadnos al 954 555 027 (pregunte por Rocío).

Rocío Gallardo
Recepción - Fisiosalud Triana"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Pablo Ortega <pablo.ortega@mailpo.example>",
         to="support@viajesim.example",
         subject="eSIM Japón 15 GB sin datos",
         body="""\
Hola,

Aterricé ayer en Osaka. La eSIM "Japan 15 GB" se instaló bien y en vuestra app
aparece como activa, pero el móvil pone "Sin servicio" todo el rato. No puedo usar
el mapa, ni pedir taxi, ni ver las reservas, y estoy solo aquí una semana.

En el chat me contestaron: "Please restart your device and enable data roaming".
Ya lo he hecho tres veces, también he cambiado de red a mano. Nada.

Os escribo desde la wifi del hotel. Pedido: VS-88301.

Pablo"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Irene Saavedra <irene.saavedra@correo-is.example>",
         to="atencion@entradasya.example",
         subject="Cobro duplicado entradas Los Mirlos de Cádiz 14/06",
         body="""\
Hola,

El martes compré dos entradas para el concierto de Los Mirlos de Cádiz del 14 de
junio (pedido CE-558213). En la cuenta de la web solo sale un pedido, pero en el
banco tengo dos cargos de 86,40 € con un minuto de diferencia.

¿Me podéis devolver uno de los dos? Adjunto captura del extracto.

Gracias,
Irene Saavedra"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Daniela Montoya <daniela.montoya@freelance-dm.example>",
         to="pagos@trabajolibre.example",
         subject="Retiro rechazado dos veces - necesito pagar el arriendo",
         body="""\
Hola equipo,

Les escribo porque ya intenté dos veces retirar mi saldo (1.340,00 €) y las dos
veces me sale "IBAN no válido". Es la misma cuenta a la que llevo ocho meses
cobrando sin ningún problema; no cambié nada.

El alquiler se lo tengo que pagar a la casera el día 1, o sea en tres días, y ese
dinero es justamente lo del proyecto de diseño que entregué el mes pasado. No
tengo otro colchón.

¿Pueden revisar qué pasa y hacer la transferencia a mano si hace falta? Mi usuario
es dmontoya.design.

Mil gracias,
Daniela Montoya"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Fernando Aguirre Sáez <faguirre@casaaguirre.example>",
         to="administracion@solardelsur.example",
         subject="Instalación en c/ Olivares 12 - varias cosillas",
         body="""\
Buenas tardes,

Ante todo, enhorabuena a Manolo y a Sergio, los instaladores: fueron muy
puntuales, lo dejaron todo limpio y mi mujer dice que son los primeros operarios
que pasan por casa sin dejar huellas en la escalera.

Os quería comentar varias cosas ahora que ya lleva tres semanas funcionando:

1) En la app de monitorización veo la producción del día, pero no encuentro dónde
   se ve lo que vuelco a la red. ¿Está en otro menú o hay que pedir algo a la
   distribuidora?

2) ¿Cada cuánto recomendáis limpiar los paneles? Aquí en Écija el polvo es
   tremendo en verano.

3) Me ha llegado la factura F-2025-0417 y no cuadra con el presupuesto P-2291 que
   firmamos. Allí eran 10 paneles de 450 W y un solo inversor; en la factura
   aparecen 12 paneles y dos microinversores "adicionales", y la diferencia es de
   1.184,70 €. En el tejado hay 10 paneles, los he contado dos veces. Os pido que
   me mandéis la factura corregida; la segunda cuota no la voy a pagar hasta
   entonces.

4) Y lo de la bonificación del IBI, ¿nos lo tramitáis vosotros o lo hacemos en el
   ayuntamiento?

Gracias y un saludo,
Fernando Aguirre"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity-fee", qt=0, reply=0,
         frm="Begoña Txurruka <begona.tx@correo-bt.example>",
         to="info@natacionolas.example",
         subject="Pregunta sobre 0,45 € en el recibo",
         body="""\
Hola, en el recibo de los cursillos de natación de mi hijo de este mes, además de
los 38 €, aparece una línea de "gastos de gestión 0,45 €". No es por el dinero, es
pura curiosidad: ¿es algo nuevo? Gracias."""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked-out", qt=0, reply=0,
         frm="Gonzalo Ibarra <gibarra@ibarra-talleres.example>",
         to="clientes@correduriaalba.example",
         subject="Cuenta bloqueada en el área de clientes",
         body="""\
Buenos días,

Me equivoqué de contraseña tres veces en el área de clientes y ahora me sale
"Cuenta bloqueada temporalmente. Contacte con su mediador". Han pasado más de
24 horas y sigue igual, y al pedir una contraseña nueva no llega ningún correo.

Necesito descargar el certificado del seguro de la furgoneta para la ITV del
martes. Mi NIF es 00000000T (es el de la empresa, Talleres Ibarra).

Gonzalo Ibarra"""),

    dict(n=15, signals="account", priority="medium", trap="sms-code", qt=0, reply=0,
         frm="Sofía Lamas Prieto <sofia.lamas@estudiantes.example>",
         to="atencion@prestamoestudia.example",
         subject="No me llega el código SMS para entrar",
         body="""\
Hola,

En marzo cambié de número de móvil. Ahora, cada vez que intento entrar en el
portal, el código de verificación se envía al número antiguo (el que acaba en
**47), que ya no tengo. Así no hay forma de entrar a ver el calendario de
devolución del préstamo.

¿Cómo cambio el número si para cambiarlo tengo que entrar primero?

Sofía Lamas
Expediente PE-55309"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Cristina Robles <cristina.robles@correo-cr.example>",
         to="secretaria@allegro.example",
         subject="Re: Recibo de marzo devuelto - Escuela de Música Allegro",
         body="""\
Hola,

Lo del recibo ya está: lo pagué con tarjeta en la web el lunes y me aparece como
pagado.

Os escribo por otra cosa. Desde ayer el perfil de mi hija Carla ha desaparecido de
la app. Entro con mi usuario y solo sale el de su hermano, Lucas. Con el perfil se
han ido también las grabaciones de sus prácticas de violín de todo el curso y los
comentarios de la profesora, que le venían muy bien. ¿Se puede recuperar?

Gracias,
Cristina

> El 3 mar 2025, a las 9:14, Escuela de Música Allegro <recibos@allegro.example> escribió:
>
> Estimada familia:
>
> Le informamos de que el recibo de marzo (62,00 €) ha sido devuelto por su
> entidad bancaria. Para evitar la suspensión de las clases, puede abonarlo con
> tarjeta desde la web antes del día 10. Los recibos impagados generan un
> recargo de 3,00 €.
>
> Secretaría - Escuela de Música Allegro"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Tomás Guijarro <tomas.guijarro@correo-tg.example>",
         to="soporte@lectorpaginas.example",
         subject="Cambiar el correo de la cuenta",
         body="""\
Hola, ¿cómo cambio el correo asociado a mi cuenta del lector? Quiero poner el
personal en vez del del trabajo. ¿Pierdo los libros comprados si lo cambio?
Gracias."""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carmen Villalba <carmen.villalba@hogar-cv.example>",
         to="ventas@termolisto.example",
         subject="Duda antes de comprar",
         body="""\
Buenos días:

En mi piso en invierno nos morimos de frío y en verano aquello es un horno, y la
factura del gas me está matando. Una vecina dice que vuestro termostato es la
bomba y que se le ha disparado el ahorro, así que me lo estoy pensando.

¿Es compatible con una caldera Ferroli de 2009 que ahora lleva un termostato de
dos cables? ¿Lo puedo instalar yo o hace falta que venga un técnico?

Gracias,
Carmen"""),

    dict(n=19, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Luis Miguel Herranz <lmherranz@correo-lmh.example>",
         to="taquilla@teatrocirco.example",
         subject="Fuego cruzado - plaza para silla de ruedas",
         body="""\
Hola,

Quería comprar tres entradas para "Fuego cruzado" el sábado 22 en la sesión de
las 20:30. Mi padre va en silla de ruedas y en la web no veo la forma de reservar
el espacio adaptado ni la butaca de acompañante al lado. ¿Se hace por teléfono o
en taquilla?

De paso: ¿la obra dura lo mismo que "Sangre en la nieve", la de la temporada
pasada? A mi padre le cuesta aguantar más de dos horas.

Un saludo,
Luis Miguel Herranz"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Elena Prats <elena.prats@correo-ep.example>",
         to="ayuda@miaufeeder.example",
         subject="Re: Aviso: interrupción del servicio el domingo 9",
         body="""\
Hola. Entendido, gracias por avisar con tiempo.

Solo una duda: los horarios que tengo programados en el comedero (8:00 y 19:00) se
guardan en el propio aparato, ¿verdad? Lo pregunto porque ese fin de semana
estaremos fuera y la gata se queda sola; la vecina solo pasa por la tarde a
cambiarle el agua.

Un saludo,
Elena

> El 3 mar 2025, a las 12:02, MiauFeeder <avisos@miaufeeder.example> escribió:
>
> Estimado cliente:
>
> El domingo 9 de marzo, entre las 02:00 y las 06:00, nuestros servidores
> estarán caídos por mantenimiento. Durante ese periodo la app no estará
> disponible y no podrá modificar los horarios ni dispensar raciones a
> distancia.
>
> Disculpe las molestias."""),

    dict(n=21, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Comunidad de Propietarios Avda. Constitución 45 <presidencia.cp45@fincas.example>",
         to="averias@ascensoresmeseta.example",
         subject="Re: Avería ascensor portal B",
         body="""\
Buenas tardes,

Solo para daros las gracias: el técnico vino esta mañana, cambió la placa y el
ascensor del portal B ya funciona con normalidad. Los vecinos del 7.º, que
llevaban tres días subiendo a pie, os lo agradecen especialmente.

Un saludo,
Agustín Merino, presidente"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Fundación Manos Abiertas <boletin@manosabiertas.example>",
         to="info@parroquiasanroque.example",
         subject="Boletín de primavera: gracias a vosotros, 1.200 familias atendidas",
         body="""\
BOLETÍN DE PRIMAVERA - FUNDACIÓN MANOS ABIERTAS

Queridos amigos de la parroquia de San Roque:

Gracias a vuestra colecta de Cuaresma, la campaña de emergencia por los incendios
forestales de la comarca ha podido atender a 1.200 familias que perdieron su
casa o su cosecha. Este verano seguiremos con el programa de alerta temprana y con
los campamentos para niños de las zonas afectadas.

- Nueva sección en la web: "Dónde va tu donativo".
- Certificados de donación para la renta: disponibles desde el 15 de abril.
- Voluntariado: formación en primeros auxilios el 10 de mayo.

Si no desea recibir más boletines, responda con la palabra BAJA.

Fundación Manos Abiertas - Tel. 900 555 010"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Óscar Marín <oscar.marin@correo-om.example>",
         to="soporte@termolisto.example",
         subject="La programación de la app no llega al termostato",
         body="""\
Hola,

Desde que la app se actualizó a la 3.2, los cambios que hago en la programación
semanal no llegan al termostato: en la app sale el horario nuevo, pero el aparato
sigue con el de antes (enciende a las 6:30 aunque lo cambié a las 7:15).

Mientras tanto lo voy ajustando a mano con la rueda del propio termostato y así sí
hace caso, pero es un poco rollo tener que hacerlo cada mañana. El wifi llega bien,
marca cuatro rayas.

Óscar Marín"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Andrés Calvo Medina <andres.calvo@correo-acm.example>",
         to="atencion@creditouni.example",
         subject="RE: RE: Devolución de cuota pagada dos veces - expediente CU-77120",
         body="""\
Buenos días,

Es la tercera vez que escribo por lo mismo y sigo sin respuesta. El 15 de enero me
cobrasteis dos veces la cuota de 412,00 €. El 20 de enero me dijisteis por
teléfono que la devolución se haría en diez días hábiles. Han pasado cinco
semanas.

Ese dinero lo necesito para pagar la matrícula del segundo cuatrimestre, que vence
el viernes 28. Si no la pago, pierdo la plaza en dos asignaturas. Os pido que me
llame alguien hoy: 655 555 093.

Andrés Calvo

-----Mensaje original-----
De: Andrés Calvo Medina <andres.calvo@correo-acm.example>
Enviado el: lunes, 3 de febrero de 2025 18:22
Para: atencion@creditouni.example
Asunto: RE: Devolución de cuota pagada dos veces - expediente CU-77120

> Buenas tardes, sigo sin recibir los 412 € de la cuota duplicada de enero.
> Me dijeron diez días hábiles y ya van más de dos semanas. ¿Me pueden decir
> en qué estado está la devolución?
>
> Andrés Calvo"""),
]
