# blind34 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Álvaro Méndez Ruiz <alvaro.mendez@correo-rapido.example>",
         to="taller@bicis-montana-sur.example",
         subject="Bici eléctrica que recogí el sábado en el taller",
         body="""\
Hola,

El sábado recogí en vuestro taller mi bici eléctrica (Montaraz E-Trail, orden de taller T-3318) después de la revisión y del cambio de juego de dirección que me hicisteis.

El domingo, bajando por la carretera de la Cuesta de las Perdices a unos 35 km/h, el manillar giró de golpe hacia un lado, como si la potencia no estuviera apretada. No pude controlarla y me fui al suelo. Tengo la muñeca rota (me operan el jueves), el casco partido y raspones por todo el costado. El coche que venía detrás frenó a tiempo de milagro.

Un amigo que sabe de bicis la ha mirado y dice que dos de los tornillos de la potencia estaban prácticamente sueltos. La bici está en mi casa tal cual quedó y no quiero que nadie la toque hasta que la veáis vosotros y el perito del seguro.

Necesito que me llaméis hoy: 612 48 90 33.

Álvaro Méndez"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer@movil-correo.example>",
         to="atencionalcliente@jugueteria-arcoiris.example",
         subject="Varita de luces - se abrió la tapa de las pilas",
         body="""\
Buenas tardes,
les escribo desde urgencias. Mi hijo de 2 años estaba jugando con la varita mágica con luces que compramos en su tienda online (pedido AR-77120) y la tapa de las pilas se abrió sola, no lleva tornillo. Se metió una de las pilas de botón en la boca y creemos que se la ha tragado. Le están haciendo una radiografía ahora mismo.
La tapa solo va a presión, la abre cualquier niño. Por favor retiren ese juguete de la venta y díganme qué pila lleva exactamente, los médicos lo preguntan.
Lucía Ferrer

Enviado desde mi móvil"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Marta Iglesias Soto <marta.iglesias@correo-norte.example>",
         to="soporte@glucocontrol-medical.example",
         subject="Glucómetro GC-200 con lecturas falsas - mi padre ingresado",
         body="""\
Buenos días:

Les escribo en nombre de mi padre, Ramón Iglesias, de 79 años, diabético e insulinodependiente. Usa su glucómetro GC-200 (n.º de serie GC2-4471983) con tiras del lote 2611-B que le dieron en la farmacia el mes pasado.

Desde hace una semana el aparato le marcaba valores muy altos (entre 280 y 350 mg/dl) y, siguiendo la pauta de su endocrino, él se ponía más insulina. El martes la vecina lo encontró desorientado y empapado en sudor; en el hospital le midieron 38 mg/dl, una hipoglucemia grave. Con el glucómetro del hospital los valores eran normales, y con el suyo, de la misma gota, salía 300.

Esto es un peligro enorme para cualquier persona que ajuste la insulina con este aparato. Necesito saber si hay un problema conocido con ese lote de tiras y qué hacemos con las cajas que tenemos en casa.

Atentamente,
Marta Iglesias Soto
Tel. 655 31 20 87"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Jorge Navarro <jorge.navarro@correo-casa.example>",
         to="incidencias@fincas-levante.example",
         subject="Se ha desprendido un trozo de barandilla - C/ Almirante 14",
         body="""\
Buenas,

Soy el vecino del 3.º B de la calle Almirante 14, comunidad que ustedes administran. Esta mañana, sobre las 8:15, se ha soltado un tramo de la barandilla de hierro del balcón del 4.º B, con parte del remate de cemento, y ha caído a la acera justo delante del portal, a la hora en que salen los niños al colegio. No le ha dado a nadie de milagro: una señora con un carrito pasaba a dos metros.

Lo que queda de barandilla está suelto y se mueve con el viento, y el 4.º B está vacío. Hemos puesto unas sillas y una cinta en la acera para que la gente no pase por debajo, pero no podemos estar ahí todo el día. Es un peligro muy serio.

Por favor, manden hoy mismo a alguien o avisen a quien corresponda. Adjunto fotos.

Jorge Navarro
Presidente de la comunidad
699 02 14 58"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inés Carrasco <ines.carrasco@mimail.example>",
         to="socios@fundacion-manos-abiertas.example",
         subject="Cargos que no reconozco de la fundación",
         body="""\
Hola,

Soy socia de la fundación desde 2021, con una cuota de 15 € al mes que pago con tarjeta a través de vuestra web.

Hoy he visto en la app del banco tres cargos más a nombre de «FUND MANOS ABIERTAS» que yo no he hecho:
- 09/12 23:41 - 300,00 €
- 09/12 23:44 - 300,00 €
- 10/12 00:02 - 450,00 €

Yo a esas horas estaba dormida y no he hecho ninguna donación extra. He llamado al banco y me han bloqueado la tarjeta.

¿Me podéis decir desde dónde se hicieron esas donaciones y cómo recupero el dinero? 1.050 € para mí es muchísimo.

Inés Carrasco"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Pablo Ortega | Aceites Olivar <pablo@tienda-olivar.example>",
         to="integraciones@envios-veloz.example",
         subject="No se generan etiquetas desde las 10:00 - 340 pedidos parados",
         body="""\
Hola,

Desde las 10:00 de hoy no se genera ninguna etiqueta de envío desde nuestra tienda (integración por API, cliente n.º EV-20931). Cada intento devuelve esto:

  POST /v2/shipments
  HTTP 502 Bad Gateway
  {"error":"upstream_timeout","message":"Label service unavailable"}

Desde vuestro panel web tampoco: al pulsar «Crear envío» se queda cargando y no pasa nada.

Tenemos 340 pedidos de la campaña de Navidad preparados en el almacén, el repartidor de la recogida de las 17:00 se va a ir de vacío y ya nos están escribiendo clientes. Cada día de retraso son devoluciones y reseñas negativas.

¿Sabéis cuándo se va a resolver? Necesitamos respuesta urgente.

Pablo Ortega
Logística - Aceites Olivar
«Del olivo a tu mesa en 24 h»"""),

    dict(n=7, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Restaurante Casa Benita <reservas@casabenita.example>",
         to="atencion@aguas-del-turia.example",
         subject="Sin agua en el restaurante desde las 7",
         body="""\
Buenos días,

Desde las 7 de la mañana no sale ni una gota de los grifos del restaurante (Calle Mayor 22, contrato 30-118842). Ni en la cocina ni en los baños. Los vecinos de enfrente sí tienen agua.

Hoy tenemos dos comidas de empresa, 90 cubiertos, y sin agua no podemos cocinar, fregar ni abrir los aseos. Si a las 12 seguimos igual tendremos que cerrar y cancelarlo todo.

¿Hay algún corte programado en la zona? A nosotros no nos ha llegado ningún aviso. Les ruego que nos digan algo cuanto antes: 961 24 77 05.

Benita Sanchis
Restaurante Casa Benita"""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Johanna Weber <johanna.weber@postfach-mail.example>",
         to="campus@academia-idiomas-sol.example",
         subject="No puedo entrar al aula virtual",
         body="""\
Hola,

Soy alumna del curso intensivo de español B2 online (grupo de la tarde, profesora Elena). Desde ayer cuando hago clic en «Entrar a la clase» el navegador se queda con la pantalla en blanco, nada más. He probado con Chrome, con Firefox y también en el móvil, es igual. La profesora me ha dicho que los otros alumnos de mi grupo sí pueden entrar.

Ayer ya perdí la clase y hoy a las 18h tenemos el examen parcial. Por favor me podéis ayudar antes? Yo pagué el curso entero y no quiero perder mas clases.

Muchas gracias,
Johanna Weber"""),

    dict(n=9, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Raúl Domínguez <raul.dominguez@correo-web.example>",
         to="web@cines-avenida.example",
         subject="¿Es normal que la selección de butacas falle tanto?",
         body="""\
Hola, ¿es normal que al elegir butacas en vuestra web salga casi siempre «Error al reservar los asientos, inténtelo de nuevo»? Esta semana me ha pasado con tres sesiones distintas. Al final, a la tercera o cuarta vez, funciona y puedo pagar, pero se tarda una eternidad y mientras tanto otros se quedan las mejores butacas.

Desde el móvil pasa lo mismo. No es grave, pero es bastante molesto, sobre todo con los estrenos.

Un saludo,
Raúl"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Carmen Vidal <carmen.vidal@correo-sur.example>",
         to="administracion@clinica-dental-sonrisas.example",
         subject="Factura 2026-1187 - revisión del importe",
         body="""\
Hola, buenas tardes:

Antes de nada, quería dar las gracias a la doctora Beltrán por lo bien que trató a mi madre la semana pasada; llegó muy nerviosa y salió encantada.

Les escribo por otro tema. En la factura 2026-1187 del 1 de diciembre (mi limpieza y revisión) me han cobrado 195 €, cuando el presupuesto era de 60 €. Mirándola bien, aparece también un «empaste composite - 135 €», pero ese día a mí no me hicieron ningún empaste, solo la limpieza. El cargo ya está pasado a mi tarjeta.

¿Podrían revisarlo y devolverme la diferencia?

Gracias,
Carmen Vidal
Paciente n.º 44120"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Asociación Cultural La Lona <hola@teatrolalona.example>",
         to="creadores@impulsa-crowdfunding.example",
         subject="Transferencia de fondos de la campaña «La Lona sale de gira» - urgente",
         body="""\
Hola, equipo de Impulsa:

Nuestra campaña «La Lona sale de gira» (ID 58817) terminó el 20 de noviembre con 18.420 € recaudados. Según vuestras condiciones, el dinero, descontadas las comisiones, se transfiere en un máximo de 10 días hábiles. Han pasado 14 y en nuestra cuenta no ha entrado nada; en el panel sigue poniendo «Pago en proceso» desde hace dos semanas.

El problema es que con ese dinero tenemos que pagar el alquiler de la furgoneta y el adelanto a los técnicos de la gira, que empieza el 8 de enero. La empresa de alquiler nos da de plazo hasta el viernes; si no, perdemos la reserva.

¿Podéis decirnos en qué estado está la transferencia y cuándo la recibiremos?

Gracias,
Nuria Calvo
Tesorera - Asociación Cultural La Lona
www.teatrolalona.example | Síguenos en redes: @teatrolalona"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Diego Santos <diego.santos@correo-movil.example>",
         to="socios@club-natacion-delfines.example",
         subject="cargo de 2,50 €",
         body="""\
hola buenas, me ha salido en la tarjeta un cargo de 2,50 € del club aparte de la cuota de diciembre. supongo que es la comisión por pagar con tarjeta en vez de domiciliarlo no? era solo por saberlo, gracias
Diego Santos (socio 1187)

Enviado desde mi iPhone"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Rubio <elena.rubio@freelance-diseno.example>",
         to="soporte@espacio-colmena.example",
         subject="No me llega el código SMS para entrar en la app",
         body="""\
Hola,

Desde el lunes, cuando intento entrar en la app de Colmena para reservar sala, me pide el código de verificación por SMS y nunca llega. He pulsado «Reenviar código» varias veces y nada. El número es el de siempre (+34 622 18 40 93) y el resto de SMS me llegan sin problema.

De momento reservo llamando a recepción, pero es un rollo. ¿Podéis mirar si mi número está bien en el perfil, o quitarme el código mientras tanto?

Gracias,
Elena Rubio
Miembro plan Flex - Colmena Malasaña"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sergio Molina <sergio.molina@correo-familia.example>",
         to="familias@escuelainfantil-pequenospasos.example",
         subject="Cuenta bloqueada en la app de familias - autorización de recogida HOY",
         body="""\
Hola,

Necesito ayuda urgente con la app de familias. Al intentar entrar me sale «Tu cuenta ha sido bloqueada por motivos de seguridad. Contacta con el centro». No he cambiado nada, solo he puesto mal la contraseña un par de veces esta mañana.

El problema es que hoy no puedo recoger a mi hija Vera (aula Girasoles, 2 años), tiene que ir su abuela, y según las normas del centro la autorización solo se puede dar desde la app antes de las 13:00. Si no, no se la entregarán.

¿Podéis desbloquear la cuenta o decirme cómo hacerlo de otra forma? Mi móvil: 634 55 09 21.

Sergio Molina"""),

    dict(n=15, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Andrea Paredes <andrea.paredes@nuevo-correo.example>",
         to="ayuda@chispa-app.example",
         subject="Cómo cambio el correo de mi cuenta",
         body="""\
¡Hola!

Quería cambiar el correo con el que me registré en Chispa por este nuevo, porque el antiguo casi no lo miro. En Ajustes > Cuenta veo el correo, pero no me deja editarlo. ¿Hay que hacerlo desde la web? ¿Tengo que confirmar algo después?

Gracias y un saludo,
Andrea"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Maite Lozano <maite.lozano@correo-casa.example>",
         to="secretaria@escuela-musica-doremi.example",
         subject="¡El concierto de Navidad fue un bombazo!",
         body="""\
¡Hola a todo el equipo!

Solo quería deciros que el concierto de Navidad del sábado fue un bombazo. Los del combo de rock lo petaron, el batería casi revienta los platillos y el público se volvió loco con «Highway to Hell». Mi hija Sara todavía no cabe en sí después de su solo de guitarra, y a mí se me caía la baba.

Se nota que este año habéis tirado la casa por la ventana con el sonido y las luces. Mi marido, que en estos actos suele morirse de aburrimiento, dice que el año que viene repite seguro.

Nos morimos de ganas de que llegue el de fin de curso. ¡Gracias por todo!

Maite Lozano
Mamá de Sara Ortiz (guitarra eléctrica, 2.º)"""),

    dict(n=17, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Francisco Herrera <f.herrera@correo-jubilados.example>",
         to="amigos@museo-ribera.example",
         subject="RE: No puedo entrar en el área de Amigos del Museo",
         body="""\
Buenas tardes:

Ya he podido entrar con la contraseña nueva y he reservado las dos plazas para la visita guiada del día 19. Muchas gracias por la paciencia con un jubilado poco tecnológico.

Un cordial saludo,
Francisco Herrera

-----Mensaje original-----
De: Francisco Herrera <f.herrera@correo-jubilados.example>
Enviado el: martes, 8 de diciembre de 2026 11:20
Para: amigos@museo-ribera.example
Asunto: No puedo entrar en el área de Amigos del Museo

> Buenos días:
> Llevo tres días intentando entrar en el área de socios de la web y me dice «Usuario o contraseña incorrectos». He pedido restablecer la contraseña dos veces y el enlace me dice que ha caducado. Ahora me aparece que la cuenta está bloqueada. Soy socio n.º 2207.
> Francisco Herrera"""),

    dict(n=18, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Beatriz Campos <beatriz.campos@correo-rapido.example>",
         to="clientes@mudanzas-eltraslado.example",
         subject="Re: Cobro duplicado de la mudanza del 28/11",
         body="""\
Hola, Raquel:

Perfecto, ya me ha llegado la devolución, gracias. Una pregunta que no tiene nada que ver: las cajas que nos dejasteis, ¿las pasáis a recoger vosotros o las llevo yo al almacén?

Saludos,
Beatriz

El mié, 9 dic 2026 a las 17:05, Mudanzas El Traslado <clientes@mudanzas-eltraslado.example> escribió:
> Hola, Beatriz:
> Efectivamente, por un error del datáfono se le cobró dos veces el importe de la mudanza (2 x 640 €). Ya hemos ordenado la devolución de 640 € a su tarjeta; puede tardar de 3 a 5 días hábiles.
> Disculpe las molestias.
> Raquel - Atención al cliente
> Mudanzas El Traslado nunca le pedirá sus claves ni datos bancarios por correo electrónico.
> > El 2 dic 2026, Beatriz Campos escribió:
> > Me habéis cobrado dos veces la mudanza, 640 € cada vez. Necesito que me devolváis uno de los dos cargos, por favor."""),

    dict(n=19, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Seguros Escudo Pyme <novedades@escudo-pyme.example>",
         to="info@asesoria-marin.example",
         subject="Jornada online: ¿y si mañana os hackean la asesoría?",
         body="""\
Hola:

Cada semana nos llegan casos de asesorías y gestorías a las que les han secuestrado los datos de sus clientes, les han robado las contraseñas del correo o han sufrido una suplantación de identidad con facturas falsas. Un ciberataque puede dejar un despacho fuera de combate durante días, justo en plena campaña de la renta.

Por eso os invitamos a nuestra jornada online gratuita:

«Ciberseguridad para despachos profesionales: qué hacer antes, durante y después de un ataque»
Martes 19 de enero, de 10:00 a 11:30

- Cómo detectar un correo de phishing antes de hacer clic
- Copias de seguridad y gestores de contraseñas
- Qué cubre (y qué no) un seguro de ciberriesgos

Plazas limitadas. Inscripción: https://escudo-pyme.example/jornada-ciber

Un saludo,
Equipo Escudo Pyme

Si no desea recibir más comunicaciones, puede darse de baja aquí: https://escudo-pyme.example/baja"""),

    dict(n=20, signals="-", priority="low", trap="school-project", qt=0, reply=0,
         frm="Hugo Marín <hugo.marin@alumnos-ies-mediterraneo.example>",
         to="info@ferreteria-elclavo.example",
         subject="Trabajo de clase sobre extintores (4.º ESO)",
         body="""\
Hola, buenos días:

Soy Hugo, alumno de 4.º de ESO del IES Mediterráneo. En Tecnología estamos haciendo un trabajo en grupo sobre cómo prevenir incendios y accidentes eléctricos en casa, y la profesora nos ha dicho que preguntemos en algún comercio del barrio.

¿Podríamos pasar un día por la ferretería para haceros unas preguntas (5-10 minutos)? Por ejemplo, qué extintor recomendáis para una cocina, si se venden muchos detectores de humo y qué regletas son mejores para no sobrecargar los enchufes. Si nos dejáis hacer una foto del mostrador, mejor todavía.

Tenemos que entregarlo el 22 de enero.

Muchas gracias,
Hugo Marín y grupo (Claudia, Iker y Salma)"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Rocío Gallardo <rocio.gallardo@correo-sur.example>",
         to="tienda@muebles-nogal.example",
         subject="Dudas antes de comprar el sofá Lisboa",
         body="""\
Hola,

Estoy a punto de comprar el sofá chaise longue Lisboa (3 plazas, tela gris marengo) en vuestra web, pero antes tengo un par de dudas:

- Si al recibirlo resulta que no cabe por la puerta del piso (es un tercero sin ascensor), ¿puedo devolverlo? ¿Quién paga el transporte de vuelta?
- En caso de devolución, ¿el reembolso es por el importe completo o se descuentan gastos?
- Si llega roto o con una mancha, ¿cuánto tiempo tengo para reclamar?

Os lo pregunto porque con mi sofá anterior (de otra tienda) fue un drama y me quedé sin dinero y sin sofá.

Gracias,
Rocío Gallardo"""),

    dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Iván Crespo <ivan.crespo.mecanico@correo-web.example>",
         to="empleo@ciclos-larueda.example",
         subject="Candidatura - mecánico de bicicletas (oferta del 1 de diciembre)",
         body="""\
Hola, buenas:

Os escribo por la oferta de mecánico de bicicletas que publicasteis el día 1. Perdonad que os la mande tan tarde: la semana pasada se me averió el coche en plena autovía y, para rematar, se me cayó el móvil a la calzada y se hizo pedazos, así que he estado unos días desconectado del mundo.

Tengo cinco años de experiencia en taller (tres en Talleres Rodamundo y dos en una gran superficie deportiva), certificado de cambios electrónicos y experiencia con motores de bici eléctrica de varias marcas. Adjunto el CV.

Tengo disponibilidad inmediata y me encantaría pasar a conoceros. Mi número nuevo es el 611 70 42 98.

Un saludo,
Iván Crespo

Enviado desde Outlook para Android"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Manuel Prieto <manuel.prieto@correo-rapido.example>",
         to="soporte@voltia-recarga.example",
         subject="La app no inicia la carga en los puntos de Valencia",
         body="""\
Hola,

Desde el domingo, cuando intento iniciar una recarga desde la app en los cargadores del parking del centro comercial Arena (y ayer también en el de la estación), pulso «Iniciar carga», se queda pensando y al final dice «No se ha podido comunicar con el punto de recarga».

Eso sí, con la tarjeta RFID que me enviasteis al darme de alta funciona: la paso por el lector y carga sin problema, así que de momento me apaño con eso. Pero me gustaría volver a usar la app, porque ahí veo el consumo y el coste de cada sesión.

¿Es un problema conocido? Uso un iPhone 13 con la última versión de la app (4.8.2).

Gracias,
Manuel Prieto
Cliente n.º VL-330187"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Red de Bibliotecas Comarcales - Coordinación <coordinacion@bibliotecas-comarca.example>",
         to="soporte@bibliosoft-gestion.example",
         subject="Incidencia general: préstamos parados en las 14 bibliotecas de la red",
         body="""\
Buenos días:

Les escribo desde la coordinación de la Red de Bibliotecas de la Comarca. Desde la apertura de hoy, a las 9:00, el módulo de circulación de BiblioSoft no responde en ninguna de nuestras 14 bibliotecas: al leer el carné de un usuario aparece «Tiempo de espera agotado» y no se puede registrar ni un préstamo ni una devolución. Las máquinas de autopréstamo muestran el mismo error y el catálogo en línea tampoco carga.

Afecta a todas las sedes a la vez y tenemos colas en los mostradores; además, esta tarde 9 clubes de lectura tenían que recoger sus lotes. De momento anotamos los préstamos a mano, pero así no podemos seguir todo el día.

Les ruego que lo traten como prioritario y nos informen de los plazos. Número de incidencia abierta por teléfono: BS-2026-4418.

Atentamente,
Amparo Ferrando Soler
Coordinadora de la Red de Bibliotecas
Tel. 962 87 41 30

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por la Red de Bibliotecas Comarcales."""),
]
