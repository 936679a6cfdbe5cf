# blind11 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Iribarren Solé <marta.iribarren@correo.example>",
         to="atencion@aircrisp.example",
         subject="Freidora AF-550: olor a plástico y la clavija deformada",
         body="""\
Hola:

Compré la freidora de aire AirCrisp AF-550 hace tres semanas en vuestra web (pedido 448-20917).
Anoche, a los diez minutos de meter unas patatas, empezó a oler a plástico derretido en toda la
cocina. La desenchufé y la clavija estaba blanda, con una de las patas ennegrecida, y el enchufe
de la pared tiene ahora una mancha marrón alrededor. El asa del cajón estaba tan caliente que a mi
marido le ha quedado una marca roja en la palma de la mano, todavía le escuece esta mañana.

No la he vuelto a enchufar, evidentemente. ¿Qué hago con ella? ¿Pasáis a recogerla? Tengo fotos
de la clavija y del enchufe si las necesitáis.

Un saludo,
Marta Iribarren Solé"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rosa Benavides Llorente <rosa.benavides@miemail.example>",
         to="clientes@juguetesmagno.example",
         subject="Bolitas de metal del juego MagnoTorre 64",
         body="""\
Buenas tardes:

Les escribo desde el hospital. Mi hijo Hugo, de 3 años, estaba jugando con el set MagnoTorre de 64
piezas que le regalaron por su cumpleaños. Una de las barras se abrió por la junta y se salieron las
bolitas de metal que lleva dentro. No nos dimos cuenta hasta que por la tarde empezó a vomitar y a
quejarse de la tripa; en la radiografía se ven dos bolitas pegadas una a la otra en el intestino.

La caja pone "a partir de 3 años". La pediatra nos pide que averigüemos de qué están hechas las
bolitas y si son imanes, y yo quiero saber si les han llegado más casos de barras que se abren así.

Lote impreso en la caja: MT64-2211-B.

Rosa Benavides
Tel. +34 600 000 417"""),

    dict(n=3, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Eduardo Quintana <edu.quintana@buzon.example>",
         to="soporte@roboprado.example",
         subject="Varias cosas sobre el RoboPrado 700",
         body="""\
Hola, buenos días.

Tengo el robot cortacésped RoboPrado 700 desde abril y os escribo con una lista, a ver si me podéis
ayudar con todo a la vez:

1. En la app, el mapa de zonas se me desconfigura cada vez que actualizo; tengo que volver a dibujar
   el borde del huerto.
2. La batería dura unos 50 minutos, cuando en la ficha ponía 90. ¿Es normal o está tocada?
3. La base de carga se encharca cuando riego; ¿hay algún tejadillo de accesorio?
4. El domingo, mientras bajaba la pendiente del fondo a toda velocidad, se le soltó el disco de
   cuchillas entero. Salió disparado por debajo de la carcasa y se clavó en la valla de madera, a un
   metro de donde estaban jugando mis sobrinos de 6 y 8 años. Una de las cuchillas quedó incrustada
   en el tablón. Esto es un peligro muy serio y no pienso volver a encenderlo hasta que lo reviséis.
5. Por último, ¿la garantía cubre las ruedas? Una está algo desgastada.

Os adjunto fotos del disco y de la valla. Número de serie: RP7-0041-9932.

Gracias,
Eduardo Quintana"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Lucía Ferrándiz <lucia.ferrandiz@correo.example>",
         to="privacidad@genoraices.example",
         subject="En mi área de cliente aparece el informe de ADN de otra persona",
         body="""\
Hola,

Hoy he entrado en mi área de cliente de GenoRaíces para ver por fin el resultado de mi kit
(GR-7731-0042) y lo que aparece es el informe completo de otra mujer: su nombre y apellidos, su
fecha de nacimiento, la lista de predisposiciones de salud y hasta los nombres de sus primos
coincidentes. Mi informe no está por ningún lado.

Si yo estoy viendo lo suyo, me temo que alguien puede estar viendo lo mío. Quiero saber cuánta gente
está afectada, quién ha tenido acceso a mis datos genéticos y qué vais a hacer. No he descargado
nada de lo de esa señora.

Lucía Ferrándiz"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ganadería Hermanos Arrieta <ordeno@ganaderia-arrieta.example>",
         to="asistencia@lactorobot.example",
         subject="Los robots no ordeñan a ninguna vaca desde las 4",
         body="""\
Buenos días,

Somos la ganadería Hermanos Arrieta (cliente 10442, dos robots LR-2 en Lugo). Desde las 4 de la
mañana los dos robots rechazan a todas las vacas: leen el collar, abren la puerta de entrada y la
vuelven a cerrar sin colocar las pezoneras. La pantalla pone "Sincronizando licencia de rebaño..." y
de ahí no pasa. Hemos reiniciado los dos armarios dos veces.

Tenemos 160 vacas en lactación sin ordeñar, están amontonadas en la sala de espera, mugiendo, y
algunas ya tienen la ubre muy dura. El técnico de zona no coge el teléfono. Necesitamos que alguien
se conecte en remoto o venga ya.

Xosé Arrieta
+34 600 000 093"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nuria Pastor (RR. HH.) <nuria.pastor@conservasalcala.example>",
         to="soporte@fichapro.example",
         subject="Nadie puede fichar en la planta de Alcalá",
         body="""\
Hola,

Desde el cambio de turno de las 6:00, los tres terminales de FichaPro de la planta de Alcalá
muestran "Empleado no reconocido" con todo el mundo, y la app del móvil da un error genérico al
registrar la entrada. Son 280 personas en tres turnos.

Ahora mismo estamos apuntando las entradas a mano en una libreta en portería, y los jefes de línea
no pueden cuadrar quién está en cada puesto. Hoy cerramos el mes para la gestoría y sin los
registros no podemos hacerlo.

Por favor, llamadme al +34 600 000 265.

Nuria Pastor
Recursos Humanos - Conservas Alcalá"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Antonio Céspedes <antoniocespedes@buzon.example>",
         to="ayuda@riegasmart.example",
         subject="¿Es normal que no pueda abrir ninguna válvula desde la app?",
         body="""\
Hola, tengo un programador RiegaSmart de 12 zonas para el jardín y el huerto de casa.

¿Es normal que desde el sábado la app muestre todas las zonas en gris y no me deje abrir ninguna
válvula? Tampoco se han lanzado los programas automáticos de la mañana y la noche; los tomates y el
césped llevan tres días sin una gota de agua con el calor que hace. El programador tiene la luz
verde encendida y el wifi de casa funciona con todo lo demás.

Ya lo he desenchufado y vuelto a enchufar. ¿Qué más puedo hacer?

Antonio"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Valeria Montes Ochoa <valeria.montes@alumnos.unicampus.example>",
         to="mesadeayuda@unicampus.example",
         subject="El campus virtual carga lentísimo",
         body="""\
Buen día,

Desde el lunes el campus virtual carga lentísimo. Los videos de las clases grabadas se quedan
trabados en el 30 % y al subir las tareas tarda como diez minutos, aunque al final sí se suben.
Desde el celular va un poquito mejor. Varios compañeros de mi grupo dicen lo mismo.

¿Saben si es algo general o tengo que revisar algo de mi lado?

Saludos cordiales,
Valeria Montes - Licenciatura en Agronomía, 3er semestre"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Íñigo Salaberri <inigo@salaberri-traducciones.example>",
         to="soporte@correonube.example",
         subject="No sale ningún correo desde esta mañana",
         body="""\
Buenas,

Desde las 9:00 no sale ni un solo correo de mi cuenta de CorreoNube. Se quedan en la bandeja de
salida y al rato me llega este aviso:

  Delivery failed: 451 4.3.0 Temporary server error. Please try again later.

Recibir sí recibo. He probado desde el móvil, el portátil y el webmail, con el mismo resultado.
Trabajo solo y tengo tres entregas a clientes hoy. ¿Tenéis algún problema en el servidor de salida?

Íñigo Salaberri"""),

    dict(n=10, signals="payment", priority="medium", trap="short", qt=0, reply=0,
         frm="Jordi Puig <jordi.puig@correo.example>",
         to="socios@vinaalta.example",
         subject="Cuota del club cobrada dos veces",
         body="""\
Hola, este mes me habéis pasado dos cargos de 39,90 € por la caja del Club Viña Alta, los dos con
fecha 3 de junio. Solo tengo una suscripción. ¿Me devolvéis uno?

Socio n.º 20817. Gracias,
Jordi"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Sandra Villalobos <sandra.villalobos@miemail.example>",
         to="ayuda@segundazo.example",
         subject="Mi retirada de saldo ha fallado y necesito el dinero",
         body="""\
Hola,

La semana pasada vendí por Segundazo una cuna y un carrito de bebé. Los compradores confirmaron que
les llegó todo bien y en la app tengo un saldo disponible de 312,50 €. El lunes pedí la retirada a
mi cuenta (la misma de siempre, ya he cobrado otras ventas ahí) y hoy la operación aparece como
"Transferencia fallida - contacte con soporte", y el saldo se ha quedado bloqueado, no me deja
volver a pedirla.

Os lo explico porque me corre prisa: con ese dinero completo el alquiler, que me lo cobran el día 1,
o sea pasado mañana. ¿Podéis revisarlo hoy?

Gracias,
Sandra Villalobos"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Ramón Egea <ramon.egea@buzon.example>",
         to="devoluciones@herramientaspro.example",
         subject="Reembolso pendiente de la devolución del taladro",
         body="""\
Buenas tardes,

Devolví el taladro percutor TX-18 (pedido HP-559031) porque venía con el portabrocas torcido. La
empresa de transporte lo recogió el 12 de mayo y el 15 recibí vuestro correo diciendo que el almacén
ya lo había recibido. Han pasado más de tres semanas y sigo sin ver los 129 € en la tarjeta.

¿Me podéis decir en qué estado está el reembolso?

Ramón Egea"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Paula Giménez <paula.gimenez@correo.example>",
         to="hola@fotoprint.example",
         subject="Una línea de 0,45 € en mi pedido",
         body="""\
¡Hola! Nada grave, pura curiosidad: en el pedido de las fotos de la comunión me aparece una línea
"Gestión de archivo HD - 0,45 €". ¿Qué es exactamente? Las fotos han quedado preciosas, eso sí.

Gracias,
Paula"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Claudia Reyes <claudia.reyes.m@miemail.example>",
         to="secretaria@autoescuelaruedalibre.example",
         subject="Cuenta bloqueada en el portal del alumno",
         body="""\
Hola, soy alumna de la autoescuela (n.º de alumna 5521). Me equivoqué varias veces con la contraseña
y desde hace dos días me sale "Cuenta bloqueada temporalmente. Inténtelo más tarde". Quería reservar
las prácticas de la semana que viene antes de que se llenen. ¿Me la podéis desbloquear?

Gracias, Claudia"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Marcos Olmedo <marcos.olmedo@estudio-olmedo.example>",
         to="soporte@clavesegura.example",
         subject="¿Es normal que el código SMS no llegue nunca?",
         body="""\
Buenas.

Uso ClaveSegura para guardar las contraseñas del estudio. ¿Es normal que al iniciar sesión en el
portátil nuevo el SMS con el código de verificación no llegue nunca? He pedido el reenvío cinco
veces en una hora. El número es el de siempre (+34 600 000 238) y el resto de SMS me llegan sin
problema.

El móvil sigue con la sesión abierta, pero desde el portátil no puedo entrar a mi cuenta.

Marcos Olmedo"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Begoña Uriarte <bego.uriarte@correo.example>",
         to="ayuda@pelucan.example",
         subject="Mi perfil ha desaparecido de la app",
         body="""\
Hola,

Tengo cuenta en PeluCan desde 2021, con las fichas de mis dos perros (Txiki y Luna): vacunas, la
alergia de Luna al champú de avena y el historial de cortes. Hoy al entrar para pedir cita me dice
que "el usuario no existe" y me ofrece crear una cuenta nueva. Yo no he borrado nada.

¿Podéis recuperar mi perfil con las fichas? Mi correo es este mismo.

Begoña"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Fernando Arias <fer.arias@viejocorreo.example>",
         to="soporte@nubecopia.example",
         subject="Cambiar el correo de mi cuenta",
         body="""\
Hola, ¿cómo cambio el correo electrónico asociado a mi cuenta de NubeCopia? Voy a dejar de usar
esta dirección el mes que viene. Gracias."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sergio Larrañaga <sergio.larranaga@buzon.example>",
         to="tienda@apimiel.example",
         subject="Consulta sobre el ahumador y el traje Escudo Total",
         body="""\
Hola,

Soy apicultor aficionado, este año paso de dos a seis colmenas y me muero de ganas de empezar la
temporada con buen material. Antes de hacer el pedido tengo un par de dudas:

- El ahumador grande de acero inoxidable, ¿lleva la rejilla protectora para no quemarse la mano al
  cogerlo o hay que comprarla aparte?
- El traje "Escudo Total", ¿aguanta las picaduras de avispa asiática? Aquí en Bizkaia es una plaga
  tremenda, nos está matando los apiarios de la zona.
- ¿Hacéis envío a Navarra en 24 h?

Gracias y un saludo,
Sergio"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Inés Cabrera <ines@floristeriacamelia.example>",
         to="soporte@floragest.example",
         subject="Re: Aviso: interrupción del servicio el sábado 14 de 2:00 a 6:00",
         body="""\
Vale, gracias por avisar. Una duda: los pedidos que entren por la web durante esas horas, ¿se
guardan y se procesan después o se pierden? Es para decírselo a las chicas de la floristería.

Un saludo,
Inés

El 10 jun 2025, a las 11:02, Soporte FloraGest <soporte@floragest.example> escribió:
> Estimada clienta:
>
> Le informamos de que el sábado 14 de junio, entre las 2:00 y las 6:00, la plataforma FloraGest
> estará fuera de servicio por una actualización de los servidores. Durante ese intervalo no será
> posible acceder al panel ni a la app de repartos.
>
> Disculpe las molestias.
> Equipo de Soporte FloraGest"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Carmen Lozano - Hípica Los Almendros <hipica@losalmendros.example>",
         to="pedidos@piensosecuestres.example",
         subject="Re: Pedido de pienso que no llegaba",
         body="""\
¡Hola, Andrés!

Ya ha llegado el pienso de los caballos, justo a tiempo para el fin de semana. Mil gracias por
moveros tan rápido con el transportista, la yegua vieja os lo agradece más que nadie.

Un abrazo,
Carmen"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Gregorio Nieto <gregorio.nieto.autor@correo.example>",
         to="presupuestos@lenguaviva.example",
         subject="Presupuesto: traducción de la novela \"La noche que ardió el puerto\"",
         body="""\
Buenas tardes,

Me gustaría pedir presupuesto para traducir al inglés mi novela "La noche que ardió el puerto", un
thriller de unas 80.000 palabras ambientado en una lonja de pescado de Vigo. Hay un asesinato en el
primer capítulo, una explosión en un barco y bastante sangre en general; espero que eso no asuste a
vuestros traductores.

Querría saber el precio por palabra, el plazo aproximado y si hacéis también la revisión de estilo.

Atentamente,
Gregorio Nieto"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="PlagaStop Boletín <boletin@plagastop.example>",
         to="administracion@granjalaencina.example",
         subject="Boletín de junio: alerta avispa velutina y plagas de verano",
         body="""\
PLAGASTOP - BOLETÍN DE JUNIO

¡Alerta avispa velutina! Llega el verano y con él la temporada más peligrosa para colmenas, huertos
y jardines. En este número:

* Cómo reconocer un nido primario antes de que sea demasiado tarde.
* Roedores en naves y almacenes de grano: señales de ataque y cómo cortar el problema de raíz.
* Garrapatas en perros y caballos: el riesgo aumenta con el calor.

OFERTA DE TEMPORADA: 15 % de descuento en el tratamiento preventivo anual si lo contratas antes del
30 de junio.

Recibes este boletín porque eres cliente de PlagaStop. Para darte de baja, responde con BAJA."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Álvaro Mendizábal <alvaro@makerlab-mendi.example>",
         to="support@forja3d.example",
         subject="Las impresiones enviadas desde la nube se quedan en cola",
         body="""\
Hola,

Desde que actualicé el firmware a la 2.4.1, la Forja X2 no recibe los trabajos que mando desde el
laminador en la nube: se quedan en "En cola" indefinidamente y la impresora ni se entera. Lo he
probado con tres archivos distintos y con la impresora reiniciada.

Mientras tanto estoy copiando los G-code a la tarjeta SD y así imprime perfectamente, así que no
es urgente, pero es bastante incómodo. ¿Sabéis si hay una corrección en camino o puedo volver a la
versión anterior?

Gracias,
Álvaro"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Tomás Ferrer Alcaraz <tomas.ferrer@correo.example>",
         to="soporte@gestionpisos.example",
         subject="RE: Liquidación de alquileres de mayo sin recibir",
         body="""\
Es la tercera vez que escribo y nadie me contesta. Hoy es día 9 y sigo sin la liquidación de mayo de
los dos pisos de la calle Almendro. El banco me cobra la hipoteca el día 12 y sin ese ingreso no
llego. Por favor, que alguien me llame hoy al +34 600 000 581.

Tomás Ferrer

-----Mensaje original-----
De: Tomás Ferrer Alcaraz <tomas.ferrer@correo.example>
Enviado el: lunes, 2 de junio de 2025 18:40
Para: soporte@gestionpisos.example
Asunto: Liquidación de alquileres de mayo sin recibir

> Buenas tardes:
> Los inquilinos de los dos pisos me confirman que pagaron el 1 de mayo, pero la transferencia de
> la liquidación (1.430 € menos vuestra comisión) todavía no me ha llegado. ¿Podéis revisarlo?
> Gracias, Tomás"""),
]
