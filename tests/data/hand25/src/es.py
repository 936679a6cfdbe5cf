# blind26 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Echevarría <marta.echevarria@correo-casa.example>",
         to="atencion@mueblesclaro.example",
         subject="Cómoda Nórdica 6 cajones - se le cayó encima a mi hijo",
         body="""\
Buenas tardes:

Ayer por la tarde mi hijo de tres años abrió los dos cajones de abajo de la cómoda Nórdica de
6 cajones (pedido MC-440918) y se subió al primero para alcanzar un muñeco que estaba encima.
La cómoda entera se le vino encima. El cajón abierto hizo de tope y quedó medio atrapado
debajo; lo sacamos entre mi marido y yo. Tiene un moratón grande en la espalda y un arañazo en
la barbilla. Esta mañana lo ha visto la pediatra y de momento está bien.

La cómoda no estaba fijada a la pared porque en la caja no venía el kit de anclaje que sale en
el manual (página 12). Solo venían los tornillos de los tiradores. Lo he revisado dos veces.

Tengo otra igual en la habitación de mi hija mayor y ya la he vaciado. Quiero saber si les ha
pasado a más clientes, si me pueden mandar el kit hoy mismo y qué piensan hacer con el resto
de cómodas vendidas.

Adjunto fotos de la cómoda en el suelo y del manual.

Marta Echevarría
Tel. en el pedido"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Brayan Cárdenas <brayan.cardenas22@movilmail.example>",
         to="soporte@nebulavape.example",
         subject="cargador del kit",
         body="""\
hola, el cargador del kit Nebula X2 que compre hace 2 semanas anoche olia raro, como a
plastico caliente. hoy veo que el cable cerca del enchufe tiene la funda blanda y marron y el
vaper estaba tan caliente que no se podia agarrar, la bateria se ve un poco abombada.
lo estaba cargando en la mesita mientras dormia. lo deje afuera en el balcon.
pedido 77120-NB. que hago?

enviado desde mi celular"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Luis Ortega Sanz <lortega@buzon-personal.example>",
         to="postventa@cristaleria-levante.example",
         subject="Consulta mampara instalada en septiembre",
         body="""\
Hola, buenas.

¿Es normal que la mampara de la ducha haga un chasquido fuerte al cerrar la puerta y que
desde entonces tenga una raya muy fina en el cristal que sale de la bisagra de arriba? Esta
mañana medía unos 5 cm y ahora por la tarde ya llega casi a la mitad de la hoja.

La instalaron ustedes a finales de septiembre (presupuesto P-2026-0933). En casa la usan mis
padres, que tienen más de ochenta años, y se apoyan en la puerta para entrar.

Gracias,
Luis Ortega"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Rocío Fuentes <rfuentes@distribuciones-alcor.example>",
         to="soporte@gestalmacen.example",
         subject="La exportación de clientes trae datos de OTRA empresa",
         body="""\
Buenos días:

Esta mañana he descargado desde su panel la exportación CSV de clientes (Informes > Clientes >
Exportar todo) para preparar una campaña. El fichero tiene 3.412 filas, pero solo unas 900 son
nuestras. El resto son clientes de otra empresa, por lo que parece una cadena de ferreterías
de Murcia: nombres, DNI, teléfonos, direcciones, límites de crédito e IBAN.

He repetido la exportación a las 10:15 y sale lo mismo. No lo he abierto con nadie ni lo he
compartido, y he borrado las copias del equipo salvo una que guardo cifrada por si la
necesitan para investigar.

Me preocupa lo evidente: si nosotros vemos sus datos, ellos pueden estar viendo los nuestros.
Necesito que me llamen hoy, porque tengo que informar a nuestro delegado de protección de datos.

Rocío Fuentes
Responsable de Administración - Distribuciones Alcor, S.L.
Cliente GA-10277"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Javier Montes <jmontes@tranvia-bahia.example>",
         to="soporte@expendix.example",
         subject="Máquinas de billetes se quedan en 'Procesando pago'",
         body="""\
Buenos días,

Desde las 7:05 las 36 máquinas de venta de las 18 paradas se quedan en "Procesando pago..."
al pagar con tarjeta y al cabo de un minuto vuelven a la pantalla de inicio sin emitir el
billete ni cobrar. El efectivo funciona en las que tienen monedero, pero la mitad no lo tienen.

Estamos en hora punta: colas en todas las paradas, gente subiendo sin billete y los
interventores no saben a qué atenerse. La app móvil sí vende, pero la mayoría de los
viajeros ocasionales no la tiene.

Hemos reiniciado dos máquinas de la parada Estación, sin cambios. Contrato de mantenimiento
EXP-2025-014, nivel 24x7.

Llámenme al teléfono del centro de control.

Javier Montes
Jefe de Operaciones - Tranvía de la Bahía"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nerea Goikoetxea <ngoikoetxea@contacta-bpo.example>",
         to="incidencias@voxtel-cloud.example",
         subject="Agentes sin audio desde las 15:00 - plataforma Zaragoza",
         body="""\
Hola,

Desde el cambio de turno de las 15:00 los 60 agentes de la plataforma de Zaragoza cogen las
llamadas pero no oyen nada, y el cliente tampoco les oye a ellos. Las llamadas se cuelgan solas
a los 20-30 segundos. Tenemos 140 llamadas en cola y subiendo.

Los cascos funcionan (probado con música en varios PCs) y el turno de mañana terminó sin
problemas. No hemos tocado nada en los puestos.

Por favor, prioridad máxima. Somos la campaña de atención de una compañía eléctrica y tenemos
penalizaciones por nivel de servicio.

Nerea Goikoetxea
Responsable de Sistemas - Contacta BPO"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Adrián Villalobos <adrian@cardumen.example>",
         to="support@pipelane.example",
         subject="Todos los builds en 'queued' desde las 10:00",
         body="""\
Hola,

Desde las 10:00 (CET) todos los builds de nuestra organización "cardumen" se quedan en estado
queued y ningún runner los coge. Llevamos 4 horas así, 37 builds en cola. Hemos probado con
runners compartidos y con nuestro runner propio, que aparece como "online" en el panel.

Tenemos que sacar hoy una corrección para un cliente y no podemos desplegar sin pasar por el
pipeline. ¿Podéis mirarlo?

Un ejemplo de build: #8841 en cardumen/api-backend.

Gracias,
Adrián"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Beatriz Lozano <blozano@perfumerias-lirio.example>",
         to="soporte@pantallazo-signage.example",
         subject="Pantallas de dos tiendas con las promos de la semana pasada",
         body="""\
Hola,

Las pantallas del escaparate de las tiendas de Logroño y Soria siguen mostrando la campaña de
la semana pasada (la de los perfumes de otoño), aunque en el panel la campaña nueva aparece
como publicada en las 9 tiendas. Las otras 7 tiendas la muestran bien.

No es urgente, pero la campaña de Black Friday empieza el día 27 y nos gustaría que para
entonces estuviera arreglado.

Un saludo,
Beatriz Lozano
Marketing - Perfumerías Lirio"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ramón Pizarro <rpizarro@grupo-pizarro-hnos.example>",
         to="soporte@almacenix.example",
         subject="RE: Incidencia 7731 - las exportaciones salen vacías",
         body="""\
Tercer correo. Seguimos igual.
Necesito los datos para el cierre de mes del viernes y nadie me ha contestado todavía.

Ramón Pizarro
Director Financiero

El mar, 10 nov 2026 a las 9:12, Ramón Pizarro <rpizarro@grupo-pizarro-hnos.example> escribió:
> Buenos días, vuelvo a escribir por la incidencia 7731. Siguen saliendo vacías todas las
> exportaciones de movimientos de stock: el Excel se descarga con las cabeceras y ninguna fila,
> elija el almacén o las fechas que elija.
>
> El jue, 5 nov 2026 a las 17:40, Ramón Pizarro <rpizarro@grupo-pizarro-hnos.example> escribió:
>> Hola, desde la actualización del martes las exportaciones de movimientos salen vacías.
>> ¿Pueden revisarlo? Gracias."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Lucía Herrero <lucia.herrero@correo-casa.example>",
         to="clientes@pequepeques.example",
         subject="Reembolso de la devolución PQ-300562",
         body="""\
Hola:

El 6 de octubre devolví dos pijamas y un body del pedido PQ-300562 (42,85 €) porque la talla
no era la correcta. Según el seguimiento, lo recibisteis en el almacén el 9 de octubre.

Han pasado más de cinco semanas y el dinero no me ha llegado a la tarjeta. En mi cuenta de la
web la devolución sigue como "En revisión".

¿Me podéis decir cuándo me lo vais a devolver?

Gracias,
Lucía"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Esteban Quiroga <equiroga@reformas-quiroga.example>",
         to="sede.electronica@ayto-villanueva-del-rio.example",
         subject="No puedo pagar la tasa de la licencia de obras - plazo mañana",
         body="""\
Buenas tardes,

Estoy intentando pagar la tasa de la licencia de obra menor del expediente 2026/OBR/01184
(318,40 €) en la sede electrónica. Cada vez que introduzco la tarjeta la pasarela me dice
"Operación denegada" y me devuelve al principio. Lo he intentado con dos tarjetas de bancos
distintos y las dos funcionan en otras webs; el banco me confirma que no le llega ninguna
petición de cobro.

El plazo para pagar termina mañana y si no, según la notificación, el expediente se archiva y
tengo que empezar de cero. Tengo a los operarios contratados para el lunes.

¿Hay otra forma de pagar o pueden ampliar el plazo?

Esteban Quiroga
Reformas Quiroga"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Pilar Domínguez <pilar.dominguez1949@correo-mayor.example>",
         to="atencion@cajabelleza.example",
         subject="Me siguen cobrando la caja de belleza después de darla de baja",
         body="""\
Muy señores míos:

En agosto di de baja por teléfono la suscripción a la Caja Belleza mensual. La señorita que me
atendió me dijo que ya no me cobrarían más y me dio el número de baja BJ-88214, que tengo
apuntado.

Sin embargo, en septiembre, octubre y noviembre me han cargado en el banco 24,90 € cada mes,
y no he recibido ninguna caja. Mi pensión es pequeña y este mes me han quedado números rojos.

Les ruego que me devuelvan los tres recibos, 74,70 € en total, y que no me cobren más.

Atentamente,
Pilar Domínguez Ruiz"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Contabilidad Tecnova <contabilidad@tecnova-ingenieria.example>",
         to="billing@apistream.example",
         subject="Factura INV-2026-10-8812 con IVA incorrecto",
         body="""\
Buenos días,

En la factura INV-2026-10-8812 (plan Scale, octubre) nos han aplicado un 21 % de IVA. Somos
una empresa española con NIF intracomunitario válido (ESB12345678) y ustedes facturan desde
Irlanda, por lo que la operación debería ir con inversión del sujeto pasivo, como en todas las
facturas anteriores.

Por favor, anulen la factura y emitan una nueva sin IVA con la mención correspondiente. Hasta
entonces no podemos contabilizarla.

Saludos,
Ana Belén Castro
Departamento de Contabilidad"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Óscar Peña <opena@clinica-santa-ines.example>",
         to="cau@clinica-santa-ines.example",
         subject="cuenta bloqueada",
         body="""\
Me he quedado bloqueado al meter mal la contraseña tres veces. No puedo entrar ni al correo
ni a la agenda de consultas, y tengo pacientes desde las 9:30. Desbloqueadme porfa.
Óscar Peña, usuario opena, ext. 2231

Enviado desde mi móvil"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Irene Salcedo <irene@estudio-fresno.example>",
         to="support@hostbarra.example",
         subject="No me llega el código de verificación por correo",
         body="""\
Hola,

Intento entrar en mi cuenta y me pide el código de verificación de 6 dígitos que se envía por
correo, pero no me llega nunca. He pedido reenviarlo unas diez veces desde ayer, he mirado en
spam y en todas las carpetas, y el resto de correos me llegan normal.

Mis webs siguen funcionando, pero necesito entrar para renovar el dominio estudio-fresno.example,
que caduca dentro de tres semanas.

Usuario: irene.salcedo

Gracias,
Irene Salcedo"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Manuel Ibarra <mibarra@ies-valle-verde.example>",
         to="soporte.educacion@consejeria-educa.example",
         subject="Cuaderno del profesor - contraseña",
         body="""\
Buenas,

¿Es normal que la plataforma del cuaderno del profesor me obligue a cambiar la contraseña
cada vez que entro? Desde el lunes, cada vez que me conecto me sale la pantalla de "Su
contraseña ha caducado", pongo una nueva, entro, y al día siguiente otra vez lo mismo. Ya no
sé qué contraseñas usar porque no me deja repetir las últimas diez.

Puedo trabajar, pero es un engorro, y a dos compañeros del departamento les pasa igual.

Manuel Ibarra
Profesor de Matemáticas - IES Valle Verde"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Daniel Robles <daniel.robles.m@correo-personal.example>",
         to="ayuda@muevo-app.example",
         subject="Cambiar el correo de mi cuenta (ya no tengo acceso al antiguo)",
         body="""\
Hola,

Mi cuenta de la app de transporte está registrada con mi correo del trabajo
(d.robles@logistica-norte.example). He dejado la empresa y ya no tengo acceso a ese correo.
Quiero cambiarlo a este, pero la app me pide confirmar el cambio con un enlace que se envía al
correo antiguo.

Tengo el abono mensual cargado en la cuenta, así que no quiero crear una nueva. Puedo darles
el número de teléfono de la cuenta, los últimos dígitos de la tarjeta y el número del abono si
hace falta.

Gracias,
Daniel Robles"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carmen Vidal <carmen@peluqueria-carmenvidal.example>",
         to="distribuidores@rizoperfecto.example",
         subject="Pedido de la crema de rizos, está que arde",
         body="""\
¡Hola, chicos!

La crema definidora de rizos nueva está que arde: las clientas se la quitan de las manos y la
semana pasada me quedé sin existencias en dos días. Hasta mi vecina, que no viene nunca, ha
pasado a por una.

Quería saber si puedo hacer un pedido de 48 unidades con el precio de distribuidor y si me lo
podéis mandar antes del puente de diciembre. También me muero de ganas de probar el champú
sólido que anunciasteis, ¿cuándo sale?

Un abrazo,
Carmen Vidal
Peluquería Carmen Vidal - Albacete"""),

    dict(n=19, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Sergio Alarcón <sergio.alarcon.dev@correo-personal.example>",
         to="soporte@gestalmacen.example",
         subject="Candidatura - técnico de soporte N2",
         body="""\
Buenos días:

Les escribo para presentar mi candidatura a la oferta de técnico de soporte de nivel 2 que
publicaron la semana pasada. No encontraba la dirección de RR. HH., así que lo envío aquí;
les agradecería que lo reenviaran.

Llevo cinco años en el soporte de un ERP para el sector de la distribución. He gestionado
caídas del sistema en plena campaña de Navidad, he coordinado la respuesta a una brecha de
seguridad con el equipo legal y estoy acostumbrado a las guardias y a los incidentes críticos
de madrugada. También he dado formación a clientes sobre permisos y contraseñas.

Adjunto mi CV. Quedo a su disposición para una entrevista.

Un saludo,
Sergio Alarcón Gil"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Fernando Gallardo <fgallardo@correo-casa.example>",
         to="pedidos@terrazacalor.example",
         subject="Re: Su pago ha sido rechazado - pedido TC-51907",
         body="""\
Hola, ya lo solucioné pagando con otra tarjeta, el pedido aparece como pagado. Gracias.

Una pregunta: ¿puedo cambiar la dirección de entrega de la estufa de exterior? Quiero que la
lleven a la casa del pueblo en vez de a mi domicilio (C/ Mayor 14, Alcalá del Júcar).

Saludos,
Fernando

El lun, 9 nov 2026 a las 18:03, Terraza Calor <pedidos@terrazacalor.example> escribió:
> Estimado cliente:
>
> Le informamos de que el pago de su pedido TC-51907 ha sido rechazado por su entidad bancaria.
> Si no se completa el pago en 48 horas, el pedido se cancelará automáticamente.
>
> Puede reintentar el cobro desde Mi cuenta > Pedidos.
>
> Atentamente,
> Terraza Calor"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Alba Requena <alba@tienda-rincon-verde.example>",
         to="soporte@payflux.example",
         subject="Gracias, ya funcionan los webhooks",
         body="""\
Hola,

Solo para deciros que después de la caída del martes todo vuelve a funcionar: los webhooks
llegan al momento y los pedidos atrasados se han procesado solos esta noche. Gracias a Miguel
por la paciencia y por llamarme para confirmarlo.

¡Buen trabajo!
Alba"""),

    dict(n=22, signals="-", priority="low", trap="press", qt=0, reply=0,
         frm="Clara Montoya <cmontoya@diario-del-sur.example>",
         to="comunicacion@saludlab-analisis.example",
         subject="Solicitud de declaraciones - reportaje sobre ciberataques a laboratorios",
         body="""\
Buenos días:

Soy periodista de la sección de Sociedad de Diario del Sur. Estoy preparando un reportaje sobre
los ciberataques y las filtraciones de datos que han sufrido varios hospitales y laboratorios
españoles en los últimos dos años, y sobre cómo se protegen los resultados de los pacientes.

No tengo constancia de ningún incidente en su empresa; me interesa conocer su punto de vista
como laboratorio privado. ¿Sería posible hablar 15 minutos con su responsable de sistemas o de
protección de datos antes del día 20?

Muchas gracias,
Clara Montoya
Diario del Sur"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Dra. Teresa Mallol <tmallol@hospital-comarcal-ebro.example>",
         to="informatica@hospital-comarcal-ebro.example",
         subject="El visor de imagen no abre los TAC en Chrome",
         body="""\
Hola,

Desde esta mañana el visor de imagen no abre los TAC desde Chrome en los ordenadores de
Radiología: se queda la pantalla gris con el logo. Las radiografías simples sí se abren.
Abriendo el mismo enlace en Edge funciona bien, así que de momento estamos informando desde
Edge.

Os lo comento para que lo miréis cuando podáis.

Teresa Mallol
Servicio de Radiodiagnóstico"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="José Antonio Bermejo <jabermejo@correo-casa.example>",
         to="ayuda@aparcaya.example",
         subject="Pregunta sobre una comisión de 0,25 €",
         body="""\
Buenas tardes,

Por curiosidad: en el último aparcamiento que pagué con la app (zona azul, martes 10) veo un
cargo de 2,10 € y otro aparte de 0,25 € de "gastos de gestión". Antes no lo veía. ¿Es algo
nuevo? No es por el dinero, solo por saberlo.

Gracias,
José Antonio"""),
]
