# blind18 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nerea Albizu <nerea@barlaolla.example>",
         to="soporte@frioexpress.example",
         subject="Máquina de hielo: olor raro después de la limpieza automática",
         body="""\
Hola:

¿Es normal que el hielo salga oliendo a lejía después del ciclo automático de limpieza? La máquina (IceCube 45, n.º de serie IC45-20877) hizo el ciclo anoche a las 23:00, con el bar todavía abierto. Servimos unos cuantos gin-tonics antes de notarlo y dos clientas acabaron vomitando en el baño media hora después. Una camarera probó un cubito para ver qué pasaba y dice que esta mañana le sigue picando la garganta y tiene la voz ronca.

Hemos tirado todo el hielo y la máquina está desenchufada. No sabemos si queda producto en el depósito ni si el ciclo se ha quedado a medias.

Por favor, que alguien me llame antes del mediodía, abrimos a la una: 600 555 314.

Nerea
Bar La Olla (Bilbao)"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ramón Ibarra Sanz <carniceria.ibarra@correo.example>",
         to="sat@maquinariaalimentaria.example",
         subject="Cortadora CX-300: la tapa de la cuchilla salió disparada",
         body="""\
Buenos días:

Les escribo por la cortadora CX-300 que nos instalaron en marzo. Ayer por la tarde, loncheando jamón a la velocidad más alta, la tapa que cubre la cuchilla se soltó de golpe y salió volando. Pasó a un palmo de la cara de mi aprendiz y se quedó incrustada en la puerta de la cámara, que ahora tiene una abolladura de dos dedos de hondo.

El pomo de fijación estaba apretado, lo revisé yo mismo por la mañana como hago siempre. Desde entonces la máquina hace un traqueteo metálico en cuanto pasa de la velocidad 3, como si algo estuviera suelto por dentro.

La tengo parada y con un cartel de "no usar". Necesito que venga un técnico y que me digan si las demás cortadoras de ese lote pueden tener lo mismo, porque mi hermano tiene otra igual en el puesto del mercado y la sigue usando todos los días.

Un saludo,
Ramón Ibarra
Carnicería Ibarra – Mercado de San Blas, puesto 14"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Lucía Ferrándiz <lucia@ceramicasalbufera.example>",
         to="vendedores@mercadoartesano.example",
         subject="Alguien ha entrado en nuestra cuenta de vendedora y ha cambiado el IBAN",
         body="""\
Hola:

Esta mañana no he podido entrar en nuestra cuenta de vendedora (tienda "Cerámicas Albufera", ID 88213). La contraseña ya no vale y el correo de recuperación se envía a una dirección que no es nuestra: según el único aviso que me llegó, alguien cambió el correo de acceso ayer a las 02:14.

Y lo peor: en ese mismo aviso ponía que se había actualizado la cuenta bancaria para las liquidaciones. La liquidación de esta semana, 3.240,50 €, aparece como "enviada" a un IBAN que termina en 7731. El nuestro termina en 0452. Nosotros no hemos tocado nada.

Por favor, bloqueen la cuenta y paren cualquier pago pendiente hasta que recuperemos el acceso. I can also be reached in English if that is faster for your fraud team. Mi móvil: +34 655 500 218.

Lucía Ferrándiz
Cerámicas Albufera"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Dra. Marta Quintanilla <clinica@dentalquintanilla.example>",
         to="servicio.tecnico@steriva.example",
         subject="URGENTE: autoclave con fuga de vapor, riesgo para el personal",
         body="""\
Buenas tardes:

Nuestro autoclave Steriva B17 (n.º de serie B17-04418) lleva dos días echando vapor por la junta de la puerta durante el ciclo de 134 °C, con un silbido muy fuerte. Hoy, al abrir la puerta al final del ciclo con el indicador ya en verde, ha salido una bocanada de vapor y mi higienista se ha quemado el dorso de la mano. Tiene una quemadura bastante roja y le hemos puesto agua fría.

Lo hemos apagado y no lo vamos a usar hasta que lo revise un técnico. Entenderán que esto es un peligro serio para el personal. Necesito una visita mañana a primera hora y que me indiquen cómo esterilizamos el instrumental mientras tanto.

Dra. Marta Quintanilla
Clínica Dental Quintanilla
Tel. 910 555 762"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jorge Mendiola <jmendiola@construccionesbidasoa.example>",
         to="soporte@accesobra.example",
         subject="Obra Txingudi: torniquetes",
         body="""\
Desde las 6:45 los torniquetes de la obra de Txingudi rechazan todas las tarjetas, también las de los encargados. Tengo a 70 operarios en la calle, el hormigón llega a las 8:30 y el coordinador no deja abrir la puerta de vehículos para que pasen sin fichar.

Llamadme al 688 555 901, estoy en la caseta.
Jorge Mendiola, jefe de obra"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Iñaki Lasa <cocina@asadorgoierri.example>",
         to="soporte@comandaplus.example",
         subject="Las comandas no llegan a cocina",
         body="""\
Sábado, nueve y media de la noche, comedor lleno (120 cubiertos). Los camareros meten las comandas en las tabletas y la caja las cobra, pero en las pantallas de cocina no aparece nada desde hace 40 minutos. Estamos cantando los platos a voces y apuntándolos en el papel de la impresora de tickets; ya nos hemos equivocado en tres mesas y hay gente esperando el segundo plato desde hace media hora.

He reiniciado las pantallas y el router dos veces. Llamadme ya: 943 555 120.

Iñaki Lasa
Asador Goierri"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Pilar Miralles <optica.miralles@visionmiralles.example>",
         to="soporte@lentelab.example",
         subject="La biseladora no recibe los trabajos",
         body="""\
Hola:

Desde la actualización del programa de gestión del martes, la biseladora LE-700 no recibe ningún trabajo. Mandamos el pedido desde el ordenador, sale "enviado", pero en la pantalla de la máquina la lista sigue vacía. Sin eso no podemos montar ni unas gafas: tenemos 23 encargos parados y los clientes vienen a recogerlas.

Ya he probado a apagar las dos cosas y a cambiar el cable de red.

Gracias,
Pilar Miralles
Óptica Miralles"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Toni Terol <logistica@almacenesterol.example>",
         to="soporte@scanpro.example",
         subject="Pistolas lectoras BS-20",
         body="""\
Buenas:

¿Es normal que las pistolas inalámbricas BS-20 se desconecten de la base cada 10 o 15 minutos desde que instalamos el firmware 4.2? Nos pasa con 5 de las 12. Las otras van bien y de momento nos apañamos pasándonos las que funcionan entre turnos, pero se pierde bastante tiempo volviendo a emparejarlas y los de la tarde ya se quejan.

Saludos,
Toni Terol
Jefe de almacén – Almacenes Terol"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Carla Bermejo <carla@herbolarioelromero.example>",
         to="ayuda@buzonmail.example",
         subject="El editor de campañas no funciona",
         body="""\
Hola, el editor de campañas no funciona desde ayer. Se queda la pantalla en blanco y en la consola sale "Error: template service unavailable (503)". No puedo preparar ni enviar nada y el boletín de ofertas tenía que salir hoy. ¿Sabéis algo?

Carla"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Encarna Vidal <admin@lavaderoelpinar.example>",
         to="facturacion@pagolav.example",
         subject="Cuota de octubre cobrada dos veces",
         body="""\
Buenos días:

En el extracto del banco aparecen dos cargos de 49,90 € del día 3, los dos con el concepto de la cuota mensual de los terminales de pago del lavadero (contrato LP-5521). Solo tenemos un contrato. ¿Pueden devolvernos el segundo cargo?

Les adjunto una captura del extracto.

Un saludo,
Encarna Vidal
Lavadero El Pinar"""),

    dict(n=11, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Bruno Carrasco <bruno@cajasdelhuerto.example>",
         to="soporte@pasarelaclic.example",
         subject="Liquidación del día 25 fallida",
         body="""\
Hola, buenas tardes:

Os escribo desde Cajas del Huerto (ID de comercio 40571). Primero, deciros que desde que cambiamos a vuestra pasarela el checkout va mucho mejor, se nos han reducido bastante los carritos abandonados y las suscripciones nuevas de este mes han ido muy bien con la campaña de otoño.

El problema es la liquidación del día 25: 1.870,00 €. En el panel aparece como "fallida" con el motivo "beneficiary account rejected", pero la cuenta es la misma de siempre y ayer mismo recibimos otra transferencia en ella sin problema. No he cambiado nada en los datos bancarios.

Con ese dinero pago las nóminas de mis cuatro empleados este viernes, así que necesito que se reenvíe cuanto antes o que me digáis qué tengo que hacer hoy mismo.

Gracias,
Bruno Carrasco
Tel. 622 555 087"""),

    dict(n=12, signals="payment", priority="medium", trap="reply", qt=0, reply=1,
         frm="Montse Roig <compras@casamontse.example>",
         to="Sergio Ruiz <sergio@frutasruiz.example>",
         subject="Re: Factura F-2024-1187",
         body="""\
Hola, Sergio:

Siento insistir, pero la factura no está bien. Nos habéis facturado 40 kg de calabacín y recibimos 14 kg (está firmado en el albarán 5530). Son 62,40 € de más. Mándame una rectificativa, por favor, que el lunes la pasamos al gestor.

Montse
Restaurante Casa Montse

El lun, 14 oct 2024 a las 10:12, Sergio Ruiz (<sergio@frutasruiz.example>) escribió:
> Hola, Montse, te adjunto la factura de la semana pasada.
> Cualquier cosa me dices.
> Sergio"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Pablo Nieto <pablo@pablonietofoto.example>",
         to="clientes@dominiosya.example",
         subject="Duda sobre un cargo de 0,99 €",
         body="""\
Hola, al renovar el dominio me habéis cobrado 12,99 € más 0,99 € de "gestión de pago". No me importa, es pura curiosidad: ¿qué es exactamente ese concepto?
Gracias."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Elena Soler <elena.soler@despachossoler.example>",
         to="soporte@salaspace.example",
         subject="Cuenta bloqueada en la app de reservas",
         body="""\
Hola:

Me equivoqué de contraseña varias veces y ahora la app de reservas de salas del coworking me dice "Cuenta bloqueada temporalmente". Han pasado ya tres horas y sigue igual. Mi usuario es elena.soler. Tengo que reservar la sala grande para el jueves, ¿me la podéis desbloquear?

Gracias,
Elena"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Gonzalo Peral <gperal@peralyasociados.example>",
         to="soporte@portallegal.example",
         subject="RE: Su solicitud de reembolso #4471",
         body="""\
Gracias por la respuesta. Aprovecho el hilo para otra cosa: cambié de móvil y de número la semana pasada y ahora el código SMS para entrar en el portal de documentos me sigue llegando al número antiguo (acabado en 412), que ya no tengo. No puedo acceder a los expedientes de mis clientes. ¿Cómo actualizo el número si no puedo entrar?

Gonzalo Peral
Peral y Asociados

-----Mensaje original-----
De: Soporte Portal Legal <soporte@portallegal.example>
Enviado el: martes, 8 de octubre de 2024 16:03
Para: Gonzalo Peral
Asunto: Su solicitud de reembolso #4471

> Estimado Sr. Peral:
> Le confirmamos que hemos revisado el cargo duplicado de la suscripción anual
> (2 x 290 €). El reembolso de 290 € se abonará en su tarjeta en 5-7 días hábiles.
> Atentamente,
> Soporte Portal Legal"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Irene Castells <irene.castells@correo.example>",
         to="ajuda@petitsapp.example",
         subject="Mi perfil de la app de la escoleta ha desaparecido",
         body="""\
Bon dia! Perdonad, escribo en castellano.

Soy la madre de Martí Castells (aula de 2 años, Escoleta Sol Solet, Palma). Desde ayer, al entrar en la app me sale "Este perfil no existe". En la escoleta me dicen que ellos no han borrado nada y que en su lista aparezco como "eliminada por la usuaria", pero yo no he borrado nada. He perdido las fotos del curso y los mensajes de las educadoras.

¿Podéis recuperar el perfil?

Moltes gràcies,
Irene"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Alberto Gil <albertogil@correo.example>",
         to="soporte@asistecole.example",
         subject="Cambiar correo",
         body="""\
Buenas, ¿cómo cambio el correo con el que entro en la app de asistencia del colegio? Quiero poner el del trabajo.
Gracias."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Paco Moreno <paco@heladeriaelpolo.example>",
         to="comercial@camarasdelsur.example",
         subject="Presupuesto cámara frigorífica",
         body="""\
Hola:

Tengo una heladería en Écija y en agosto el obrador es un horno, nos asamos vivos. La cámara que tenemos está ya en las últimas y me la quiero quitar de encima antes del verano, que con el técnico de la otra marca estoy que echo humo.

¿Tenéis alguna cámara de unos 6 m³ que aguante bien con 45 °C fuera? Pasadme precio, que el último presupuesto que pedí fue un palo.

Un saludo,
Paco Moreno
Heladería El Polo"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sonia Prieto <reservas@tabernalavina.example>",
         to="soporte@mesaya.example",
         subject="Re: Incidencia en el sistema de reservas (resuelta)",
         body="""\
Gracias por avisar. Nosotros ni nos enteramos, a esas horas estábamos cerrados. Las reservas de hoy se ven todas bien.

Un saludo,
Sonia
Taberna La Viña

El mié, 16 oct 2024 a las 9:05, Soporte MesaYa (<soporte@mesaya.example>) escribió:
> Estimado cliente:
> Entre las 3:10 y las 4:25 de esta madrugada la plataforma de reservas estuvo
> caída y no se pudieron hacer reservas online ni desde el widget de su web.
> El servicio ya está restablecido. Si detecta alguna reserva perdida, escríbanos.
> Equipo MesaYa"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Olga Ruiz <farmacia.ruiz@farmaciaruiz.example>",
         to="sat@robofarma.example",
         subject="Gracias por la visita de ayer",
         body="""\
Buenos días:

Quería dar las gracias a Raúl, el técnico que vino ayer por el atasco del robot. Se quedó hasta las nueve de la noche, lo dejó todo funcionando y encima nos enseñó a limpiar el brazo para que no vuelva a pasar. Da gusto.

Un saludo,
Olga Ruiz
Farmacia Ruiz"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Dani Fuentes <dani@barelcortocircuito.example>",
         to="pedidos@rotulosebro.example",
         subject="Rótulo de neón para el bar",
         body="""\
¡Hola!

Vamos a abrir un bar de estilo industrial que se llama "El Cortocircuito" y queremos un rótulo de neón con un rayo y el texto "PELIGRO – ALTA TENSIÓN" en amarillo, tipo cartel de fábrica, de unos 120 × 60 cm. Otro más pequeño para el baño que ponga "Salida de emergencia (o no)" nos haría gracia también.

¿Me pasáis presupuesto y plazo? El local está en Zaragoza, en el barrio de La Magdalena.

Gracias,
Dani"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="HostingTienda <boletin@hostingtienda.example>",
         to="info@zapateriaolmo.example",
         subject="Boletín de noviembre: prepara tu tienda para el Black Friday",
         body="""\
Hola, Zapatería Olmo:

Llega la semana con más tráfico del año y queremos que tu tienda llegue en forma.

· Webinar gratuito (jueves 14, 18:00): "Cómo evitar que roben los datos de tus clientes". Hablaremos de ataques de fuerza bruta, contraseñas filtradas y phishing a tiendas pequeñas.
· Guía: 5 señales de que tu web va a caerse con un pico de visitas (y cómo evitarlo con la caché).
· Nuevo: certificados SSL wildcard a mitad de precio hasta el 30 de noviembre.
· Recordatorio: renovación automática de dominios activada por defecto. Revisa tu tarjeta en el panel.

Nos vemos en el webinar.
El equipo de HostingTienda

Recibes este correo porque eres cliente de HostingTienda. Para darte de baja, entra en tu panel > Notificaciones."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Mario Lozano <mlozano@logisticadelsur.example>",
         to="soporte@cargaflota.example",
         subject="Panel de cargadores sin datos",
         body="""\
Hola:

El panel web de los cargadores de las carretillas lleva desde el lunes sin mostrar el estado de carga (todo sale con un guion). Los cargadores cargan bien, eso sí; de momento un mozo da una vuelta cada hora y lo apunta a mano en una hoja.

No corre una prisa enorme, pero nos gustaría tenerlo arreglado antes de fin de mes, que es cuando tenemos la auditoría de consumos.

Saludos,
Mario Lozano
Logística del Sur – Dos Hermanas"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Alicia Domínguez <alicia.dominguez@correo.example>",
         to="clientes@trasterosmediterraneo.example",
         subject="Re: Devolución de fianza – trastero B-112",
         body="""\
Es la tercera vez que escribo. Han pasado cinco semanas desde que dejé el trastero y sigo sin la fianza de 450 €. El lunes tengo que pagar la fianza del piso nuevo y cuento con ese dinero. Necesito que me digan hoy en qué fecha hacen la transferencia.

Alicia Domínguez
Tel. 633 555 742

El 2 oct 2024, a las 18:40, Alicia Domínguez <alicia.dominguez@correo.example> escribió:
> Hola, vuelvo a escribir por la devolución de la fianza del trastero B-112.
> Me dijisteis que tardaría 10 días y ya van tres semanas.
>
> El 18 sept 2024, a las 12:02, Alicia Domínguez <alicia.dominguez@correo.example> escribió:
> > Buenos días, el 31 de agosto dejé libre el trastero B-112 y entregué las
> > llaves y la tarjeta de la puerta. ¿Cuándo me devolvéis la fianza de 450 €?
> > Mi IBAN es ES00 0000 0000 0000 0000 1234.
> > Gracias, Alicia"""),
]
