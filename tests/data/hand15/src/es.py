# blind16 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Maite Orbegozo <maite.orbegozo@correo.example>",
         to="atencion@calorhogar.example",
         subject="Estufa PX-4200, ¿es normal esta llama?",
         body="""\
Hola,

compré la estufa de butano PX-4200 en vuestra tienda hace dos semanas (pedido 48213-ES).
¿Es normal que la llama salga amarilla y naranja en vez de azul, y que al rato aparezca una
mancha negra de hollín en la pared de detrás?

Lo pregunto porque anoche la tuvimos encendida en el salón unas tres horas con la ventana
cerrada y mi hija de 9 años empezó a decir que le dolía mucho la cabeza, y luego vomitó dos
veces. Mi marido y yo estábamos mareados y con muchísimo sueño, y el perro no quería ni
levantarse de la alfombra. Al abrir la ventana y salir al rellano se nos pasó un poco.

Hoy no la hemos vuelto a encender. La bombona es nueva, de las que vendéis vosotros.

Un saludo,
Maite Orbegozo"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Alfonso Briones Lacalle <abriones@buzon.example>",
         to="soporte@ebikerepuestos.example",
         subject="Batería 36V 14Ah - pedido EB-77190",
         body="""\
Buenas tardes:

Os escribo por la batería de repuesto para bici eléctrica que me llegó el martes. Anoche la
dejé cargando en el pasillo con el cargador original. Sobre la una de la madrugada nos
despertó un silbido agudo, como el de una olla exprés, y un olor dulzón, químico, que llegaba
hasta los dormitorios. La carcasa estaba abombada por un lado y no se podía ni tocar; tuve que
cogerla con las manoplas del horno y sacarla a la terraza. Por la junta salía una especie de
vapor blanco.

Esta mañana sigue hinchada y el barniz del parqué del pasillo está levantado justo donde
estaba apoyada.

En casa tenemos dos niños pequeños. No sé qué hacer ahora con ella ni si las demás baterías
del mismo lote hacen lo mismo. Necesito que alguien me llame hoy: 612 00 00 48.

Alfonso Briones Lacalle"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Carmen Villalobos Heredia <carmen.villalobos@correo.example>",
         to="soporte@portalfinca.example",
         subject="Veo los documentos personales de otra vecina en el portal",
         body="""\
Hola,

soy inquilina del 4.º B de la calle Almendro 12 (Zaragoza). Hoy he entrado en PortalFinca
para descargar el recibo de la comunidad y en "Mis documentos" me aparecen los papeles de otra
persona: el contrato de alquiler del 2.º A, una copia de su DNI por las dos caras, tres
nóminas y un certificado del banco con su número de cuenta.

Yo no he abierto nada más, pero cualquiera con mi usuario puede verlo, y me pregunto si mis
documentos le están saliendo también a otra persona. Esto es un problema serio de protección
de datos. Por favor, revisadlo hoy mismo y decidme si tengo que avisar yo a la vecina o lo
hacéis vosotros.

Carmen Villalobos Heredia"""),

    dict(n=4, signals="safety", priority="critical", trap="child", qt=0, reply=0,
         frm="Lorena Castaño <lorecastano@correo.example>",
         to="clientes@fiestaglobo.example",
         subject="URGENTE - globos LED, una niña se ha tragado la pila",
         body="""\
Os escribo desde urgencias del hospital infantil. Ayer compramos en vuestra web un pack de 20
globos con luz LED (pedido FG-30558) para el cumpleaños de mi hijo. La pila de botón de cada
lucecita se sale con solo apretar un poco el plástico, no lleva tornillo ni tapa. Mi sobrina
de 2 años se tragó una y la tienen en observación; los médicos dicen que es muy peligroso.

Retirad ese producto de la venta ya, por favor, y decidme qué referencia exacta de pila lleva,
que me la están pidiendo.

Lorena Castaño
645 00 00 172"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rubén Gallardo <rgallardo@fitzona.example>",
         to="soporte@accesogym.example",
         subject="Centro Delicias: los socios no pueden entrar",
         body="""\
Buenos días,

desde la apertura a las 6:30 los tornos del gimnasio de Delicias no reconocen ni el QR de la
app ni las pulseras. La luz se queda en rojo para todo el mundo. Tenemos a un recepcionista
abriendo la puerta de servicio a mano y apuntando nombres en un folio, y a las 7 ya había cola
hasta la calle. Las clases de las 7:30 han empezado tarde.

Tenemos otros tres centros que abren a las 9 con el mismo sistema; si allí pasa lo mismo no
damos abasto. Hemos reiniciado el controlador del torno dos veces sin cambios.

Llamad al 976 000 312 y preguntad por mí.

Rubén Gallardo
Jefe de operaciones - FitZona"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jorge Almansa <jorge.almansa@buzon.example>",
         to="ayuda@thermosuelo.example",
         subject="No puedo cambiar la temperatura de casa",
         body="""\
Hola,

desde ayer por la tarde la app de ThermoSuelo me enseña todas las habitaciones en gris con el
mensaje "Sincronizando..." y de ahí no pasa. No puedo subir ni bajar la temperatura de ninguna
zona ni cambiar el horario. Como el instalador dejó los termostatos de pared configurados para
manejarse solo desde la app, no tengo manera de tocar nada.

La casa está a 16 grados y mi madre, que vive con nosotros, lo está pasando mal con el frío.
He desinstalado y reinstalado la app y he reiniciado la centralita y el router.

Jorge Almansa"""),

    dict(n=7, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Montserrat Pujol <montse@cuinespujol.example>",
         to="distribuidores@encimerasnova.example",
         subject="Portal de pedidos caído - 12 montajes parados",
         body="""\
Buenas,

vuestro portal de distribuidores lleva caído desde ayer a las 16:00 (error 503 tanto en el
login como en la página de pedidos). No podemos pasar medidas ni confirmar plantillas de
encimeras, y esta semana tenemos 12 montajes de cocina que dependen de ello. Los marmolistas
están parados esperando las órdenes de corte y ya he tenido que llamar a tres clientes para
retrasarles la instalación.

Necesitamos que se arregle o una vía alternativa hoy mismo (¿os mandamos los pedidos por
correo en PDF?).

Gràcies,
Montserrat Pujol
Cuines Pujol SL"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Íñigo Zubiaurre <izubiaurre@correo.example>",
         to="soporte@ciclogps.example",
         subject="Las salidas tardan horas en aparecer",
         body="""\
Hola. Desde la actualización del viernes, las salidas que grabo con el CicloGPS 530 tardan
entre 4 y 6 horas en aparecer en la web, y algunas se suben sin los datos del pulsómetro. Si
lo conecto por cable al ordenador sí se suben bien, así que voy tirando, pero en el club usamos
la clasificación semanal y nos está liando. ¿Sabéis algo?

Íñigo"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Elena Marquina <elena@apartamentoslagasca.example>",
         to="soporte@llavecloud.example",
         subject="No se generan los códigos de acceso",
         body="""\
Hola,

tengo dos apartamentos con vuestras cerraduras (Lagasca 3 y Lagasca 5). Desde esta mañana,
cuando confirmo una reserva, la app no me da el código de acceso: sale "Pendiente" y se queda
así. He probado con las dos puertas y con una reserva de prueba, lo mismo.

Hoy a las 20:00 llega una pareja de Londres y no tengo forma de darles el código; yo estoy en
Valencia y no puedo ir a abrirles. Me acaban de escribir: "Hi Elena, could you please send us
the door code before our flight? We land at 6pm."

¿Qué hago?

Elena Marquina
699 00 00 315"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Pilar Echevarría <pilar.echevarria@correo.example>",
         to="clientes@gasoleosnorte.example",
         subject="Cobro duplicado - gasóleo calefacción",
         body="""\
Buenos días.

El 3 de diciembre nos trajeron 800 litros de gasóleo C (albarán 20931). En la cuenta del banco
me aparecen dos cargos de 812,40 € con la misma fecha y el mismo concepto. Os adjunto la
captura del extracto. Por favor, devolvedme uno de los dos.

Un saludo,
Pilar Echevarría"""),

    dict(n=11, signals="payment,account", priority="high", trap="urgent", qt=0, reply=0,
         frm="Santiago Ferreiro <sferreiro@buzon.example>",
         to="anfitriones@casasdemar.example",
         subject="No me llega el pago de las reservas de noviembre",
         body="""\
Hola,

mi cuenta de anfitrión aparece como "En revisión" desde el día 20 y no me deja entrar en el
apartado de cobros. Me pide volver a subir el DNI, lo subo y da un error sin explicación. Lo
he intentado desde el móvil y desde el ordenador.

Mientras tanto tenéis retenidos 2.310 € de las reservas de noviembre de la casa de Cangas.
Con ese dinero pago la hipoteca el día 5 y no tengo de dónde sacarlo si no llega. Necesito
que me desbloqueéis la cuenta y que se haga la transferencia esta misma semana.

Santiago Ferreiro
Casa A Pedra, Cangas"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Beatriz Llorente <bea.llorente@correo.example>",
         to="info@tarimasmadrid.example",
         subject="Sobre la obra de la calle Fuencarral",
         body="""\
Hola, buenas tardes:

Antes de nada, quería deciros que Toño y Fran hicieron un trabajo estupendo la semana pasada.
Llegaron puntuales los tres días, protegieron los muebles de la entrada con plástico y hasta
aguantaron a mi perro, que no para de ladrar a todo el que entra. La tarima de roble ha
quedado preciosa y el rodapié blanco combina muy bien con las puertas, aunque al principio yo
tenía mis dudas.

Una cosa pequeña: en el dormitorio pequeño hay una lama junto al armario que cruje un poco al
pisarla. No es urgente, si algún día pasan por la zona que le echen un vistazo.

Lo que sí necesito que reviséis es la factura F-2024-1187 que me llegó ayer: pone 45 m² de
tarima instalada, pero en el presupuesto aceptado y en la medición que hizo Fran el primer día
eran 32 m². La diferencia son casi 600 €. Me toca pagar el segundo plazo el día 15 y no quiero
hacerlo hasta tener la factura corregida.

Muchas gracias y enhorabuena otra vez al equipo,
Beatriz Llorente"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Hugo Serrano <hugoserrano@correo.example>",
         to="ayuda@paseaperros.example",
         subject="Cargo de 0,99 €",
         body="""\
Hola, en el último paseo de mi perra me habéis cobrado 12,00 € más 0,99 € de "tarifa de
servicio". No me importa, es solo curiosidad: ¿eso es nuevo? Antes no lo veía.

Gracias,
Hugo"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Gregorio Amaya <gamaya@buzon.example>",
         to="clientes@pelletsdelvalle.example",
         subject="Cuenta bloqueada",
         body="""\
Buenas. Al intentar entrar en mi cuenta de la web para programar el pedido de pellets de enero
me sale que está bloqueada por demasiados intentos. Ha pasado un día entero y sigue igual, y el
enlace de "He olvidado mi contraseña" no me llega (he mirado en spam). Mi número de cliente es
PV-20418.

Gregorio Amaya"""),

    dict(n=15, signals="account", priority="medium", trap="sms", qt=0, reply=1,
         frm="Nicolás Benavente <nbenavente@tallerbenavente.example>",
         to="soporte@soldapro.example",
         subject="Re: Su solicitud #88120 - verificación en dos pasos",
         body="""\
Hola de nuevo.

He hecho lo que me dijisteis (esperar diez minutos y pedir un código nuevo), pero sigue sin
llegarme el SMS. El número es el mismo de siempre, +34 655 000 219, y el resto de mensajes me
llegan sin problema. Sin el código no puedo entrar a la tienda para ver los pedidos de
material de soldadura ni descargar las facturas del taller.

¿Podéis desactivarme la verificación o mandarme el código por correo?

Nicolás Benavente

El lun, 13 ene 2025 a las 10:14, Soporte SoldaPro (<soporte@soldapro.example>) escribió:
> Estimado cliente:
>
> Le recomendamos esperar unos minutos antes de solicitar un nuevo código de verificación,
> ya que cada nueva solicitud anula la anterior. Si el problema continúa, responda a este
> correo indicando su número de teléfono.
>
> Un saludo,
> Equipo de Soporte SoldaPro"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Rocío Manzanares <rocio.manzanares@correo.example>",
         to="hola@cuidamascotas.example",
         subject="¿Dónde está mi perfil de cuidadora?",
         body="""\
Hola,

¿es normal que mi perfil de cuidadora haya desaparecido del buscador? Desde el domingo, cuando
entro, la app me dice "Completa tu perfil para empezar" como si fuera nueva, y no aparecen ni
mis fotos, ni las 37 reseñas, ni el calendario. Dos clientas habituales me han dicho que no me
encuentran. Yo no he borrado nada.

Gracias,
Rocío Manzanares"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Fermín Otxoa <fermin.otxoa@correo.example>",
         to="clientes@semillasdelhuerto.example",
         subject="Cambiar el correo de mi cuenta",
         body="""\
Buenas, ¿cómo cambio el correo de mi cuenta? Voy a dejar de usar esta dirección y quiero
seguir recibiendo el catálogo de primavera en la nueva. No encuentro dónde se hace.

Gracias, Fermín"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ramón Estévez <ramon.estevez@buzon.example>",
         to="boletin@calora.example",
         subject="Re: Consejos de invierno para tu estufa de pellets",
         body="""\
Hola, gracias por el boletín. ¿Tenéis en stock el kit de limpieza para la Calora 9? En la web
pone "consultar disponibilidad" desde hace semanas. Si lo tenéis, lo recojo en la tienda de
Burgos.

Saludos,
Ramón

El mar, 5 nov 2024 a las 9:00, Boletín Calora (<boletin@calora.example>) escribió:
> Con el frío llega la temporada alta de estufas. Recuerda: una chimenea sin limpiar es una
> de las primeras causas de incendio en viviendas.
> Si notas olor a humo dentro de casa o la pantalla muestra el error E4, apaga la estufa,
> ventila la habitación y llama a tu servicio técnico.
> Este mes, 15 % de descuento en el kit de limpieza."""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Clara Benítez <clarabenitez@correo.example>",
         to="atencion@barbacoasdelsur.example",
         subject="Re: Regulador de la barbacoa - incidencia 5521",
         body="""\
Solo para daros las gracias, y en especial a Nerea del chat: el regulador nuevo llegó ayer, la
barbacoa enciende a la primera y ya no huele raro como la semana pasada. Podéis cerrar la
incidencia. ¡Un diez!

Clara"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jordi Mascaró <jmascaro@correo.example>",
         to="pedidos@pirotecniamar.example",
         subject="Pedido Nochevieja: Volcán Rojo y Traca Infernal",
         body="""\
Buenas,

quiero encargar para Nochevieja 4 baterías "Volcán Rojo", la "Traca Infernal" de 200 tiros y
una caja de bengalas. ¿Hacéis envío a Menorca o hay que recogerlo en la tienda? ¿Hace falta
algún carnet para comprar las de categoría F3?

Gràcies!
Jordi"""),

    dict(n=21, signals="-", priority="low", trap="film", qt=0, reply=0,
         frm="Alicia Roldán <alicia.roldan@buzon.example>",
         to="reservas@disfracesescena.example",
         subject="Disfraces para una fiesta de 'El coloso en llamas'",
         body="""\
¡Hola!

Organizamos una fiesta temática de cine de catástrofes de los 70: "El coloso en llamas", "La
aventura del Poseidón", "Terremoto"... Queremos alquilar unos 15 disfraces: bomberos,
azafatas, un capitán de barco y un arquitecto con el traje chamuscado (de mentira, claro).

¿Tenéis algo así? ¿Cuánto costaría el alquiler para el fin de semana del 8 de marzo?

Mil gracias,
Alicia"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Marcos Aguirre <marcosaguirre@correo.example>",
         to="reservas@casasrurales-picos.example",
         subject="Duda antes de reservar",
         body="""\
Hola, estamos pensando en reservar la casa de Sotres para Semana Santa (4 adultos y 2 niños).
Antes de pagar la señal: si hay un temporal de nieve y cortan la carretera, ¿qué política de
cancelación tenéis? ¿Devolvéis el dinero o se puede cambiar de fecha?

Un saludo,
Marcos Aguirre"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Luis Mateo Robles <lmrobles@correo.example>",
         to="soporte@buzonplus.example",
         subject="Taquillas de paquetería del edificio Las Moreras",
         body="""\
Hola,

desde el lunes, en la sala de paquetes del Residencial Las Moreras, el botón "Abrir taquilla"
de la app da un error y no abre. Los vecinos podemos sacar los paquetes tecleando en la
pantalla el PIN que llega por SMS, así que nos apañamos, pero varios vecinos mayores solo sabían
hacerlo con la app y me están preguntando a mí (soy el presidente de la comunidad).

¿Tenéis previsto arreglarlo pronto?

Luis Mateo Robles"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Verónica Sáez Gil <vsaezgil@buzon.example>",
         to="clientes@encimerasnova.example",
         subject="RE: RE: Devolución pedido ENC-5521 - tercer aviso",
         body="""\
Es la tercera vez que escribo y nadie me contesta.

Me prometisteis la devolución de los 1.240 € de la encimera cancelada en "un plazo máximo de
10 días hábiles". Han pasado cinco semanas. El viernes tengo que pagar la fianza del piso nuevo
y contaba con ese dinero. Si no está en mi cuenta el jueves, pondré una reclamación en
consumo.

Verónica Sáez

-----Mensaje original-----
De: Verónica Sáez Gil <vsaezgil@buzon.example>
Enviado el: martes, 14 de enero de 2025 18:02
Para: clientes@encimerasnova.example
Asunto: RE: Devolución pedido ENC-5521

> Hola, sigo sin recibir la devolución de la encimera cancelada (pedido ENC-5521, 1.240 €).
> Ya han pasado más de tres semanas. ¿Me podéis decir en qué estado está?

-----Mensaje original-----
De: Verónica Sáez Gil <vsaezgil@buzon.example>
Enviado el: jueves, 19 de diciembre de 2024 11:40
Para: clientes@encimerasnova.example
Asunto: Devolución pedido ENC-5521

> Buenos días, cancelé el pedido ENC-5521 antes de la fabricación y me confirmasteis por
> teléfono que me devolveríais el importe completo. Quedo a la espera. Gracias."""),
]
