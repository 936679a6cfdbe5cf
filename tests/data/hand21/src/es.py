# blind22 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Iturriaga Solé <marta.iturriaga@correo.example>",
         to="alquiler@nievesaltas.example",
         subject="Botas calefactables alquiladas ayer - talón de mi hija",
         body="""\
Hola:

Ayer alquilamos en vuestra tienda de la cota 1800 cuatro pares de botas con
calefacción (contrato n.º AL-22-5831). A media mañana mi hija Lucía, de 9 años,
empezó a llorar diciendo que le picaba mucho el pie derecho. Cuando le quitamos
la bota, la batería del talón estaba tan caliente que no se podía sostener en
la mano y hacía un crujido raro, como papel de celofán, cada vez que la
movíamos. Olía a plástico derretido.

Lucía tiene en el talón una ampolla del tamaño de una moneda de dos euros, con
la piel blanquecina alrededor. Le hemos puesto agua fría y ahora está con la
farmacéutica del pueblo.

La bota está en el apartamento, no la hemos vuelto a conectar. ¿Qué hacemos con
ella y con los otros tres pares? Mi marido y mi hijo las llevan puestas ahora
mismo en pista y no consigo localizarlos.

Marta Iturriaga
+34 600 555 014"""),

    dict(n=2, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Jorge Peñalver Ruiz <jpenalver@buzon.example>",
         to="soporte@comedorfacil.example",
         subject="En mi cuenta aparecen los datos de otra familia",
         body="""\
Buenas tardes:

Esta mañana he entrado en la app del comedor del colegio San Roque para pagar
el mes de noviembre y, en lugar de mis recibos, me aparece la factura de otra
familia: nombre completo de la madre, DNI, IBAN entero, dirección y el nombre
de dos niños de infantil. En la ficha de uno de ellos se ve incluso una foto y
su alergia a los frutos secos.

He cerrado sesión y he vuelto a entrar y sigue igual. Supongo que esa otra
familia estará viendo mis datos, incluido el número de cuenta desde el que
pagamos.

Quiero saber desde cuándo pasa esto, quién más ha podido ver nuestros datos y
qué vais a hacer. No he tocado nada de su ficha. Tengo capturas de pantalla si
las necesitáis.

Jorge Peñalver
Usuario: jpenalver (familia Peñalver Gil, 3.º B)"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rosario Quintana <rosario.quintana@hogarmail.example>",
         to="atencion@ventanasdelvalle.example",
         subject="Ventana del salón instalada el martes",
         body="""\
Hola, buenos días.

El martes vuestros operarios cambiaron las tres ventanas del salón (pedido
7741). Hoy por la mañana he abierto la de la izquierda en posición oscilante
para ventilar, como siempre, y al cerrarla la bisagra de arriba se ha soltado
del marco. La hoja entera, con el cristal, se ha venido hacia dentro y ha caído
de lado al suelo, a medio metro del sillón donde mi padre, que tiene 87 años y
va con andador, pasa toda la mañana. En ese momento estaba en el baño.

El cristal no se ha roto, pero la hoja pesa muchísimo: entre mi vecino y yo
apenas hemos podido apoyarla contra la pared. En la bisagra se ven dos tornillos
que han salido enteros, como si no hubieran agarrado en nada.

Las otras dos ventanas son del mismo modelo y no me atrevo ni a tocarlas. Mi
padre no puede estar en otra habitación porque la cama articulada está en el
salón. Necesito que venga alguien hoy.

Rosario Quintana
C/ del Olmo 14, 2.º izq., Tudela
Tel. 600 555 087"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Andrés Villalobos <avillalobos@casarural.example>",
         to="pedidos@gasoleosnorte.example",
         subject="URGENTE: olor muy fuerte a gasóleo tras la entrega de ayer",
         body="""\
Ayer por la tarde nos descargaron 1.500 litros de gasóleo C (albarán 20-33918).
Desde esta mañana hay un olor muy fuerte en toda la planta baja, un charco junto
al depósito, y mi mujer ha tenido un mareo y dolor de cabeza después de estar
diez minutos en la sala de calderas. Hemos apagado la caldera y abierto las
ventanas, pero tenemos miedo de que haya peligro de incendio y hay seis
huéspedes en la casa rural. ¿Pueden mandar a un técnico ya? Tel. 600 555 231."""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Iñaki Goikoetxea <granja.goikoetxea@baserri.example>",
         to="servicio.tecnico@frioleche.example",
         subject="Tanque de 4.000 l a 11 grados, la recogida es a las 6",
         body="""\
Buenas noches:

Les escribo desde la granja Goikoetxea, cliente n.º 10455. El tanque de
refrigeración TK-4000 que nos instalaron en primavera no enfría desde el ordeño
de las siete. En la pantalla del control pone "Enfriando" con el piloto verde,
pero el compresor no arranca, no se oye nada, y el termómetro de la leche marca
11,4 °C y subiendo. En la app también sale todo en verde.

Tenemos dentro unos 3.800 litros, los ordeños de ayer y de hoy. El camión de la
cooperativa pasa a las 6:00 y si la leche está por encima de 8 °C no la cargan:
habría que tirarla entera. He reiniciado el cuadro dos veces y sigue igual.

Llámenme al 600 555 402 a la hora que sea, estoy en la nave.

Iñaki"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Paco Ledesma <pacoledesma@pesca.example>",
         to="ayuda@licenciapesca.example",
         subject="No puedo enseñar la licencia",
         body="""\
Estoy en el coto del Tormes desde las siete y la aplicación se queda en la rueda
de carga. Ni la licencia ni el permiso del coto aparecen, solo la pantalla en
blanco con vuestro logo. He borrado la caché y reiniciado el móvil dos veces y
sigue igual. El guarda pasa a media mañana y no llevo el permiso en papel porque
me dijisteis que con la app valía. ¿Qué hago?

Paco"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Clínica Dental Albéniz <recepcion@dentalalbeniz.example>",
         to="soporte@citasdent.example",
         subject="Recordatorios SMS a pacientes",
         body="""\
Hola:

¿Es normal que desde el lunes no les lleguen a los pacientes los recordatorios
de cita por SMS? En el programa aparecen como "enviado", pero ayer tuvimos cuatro
pacientes que no vinieron y dos de ellos nos dijeron que no habían recibido
nada. El resto del programa (agenda, historias, cobros) va bien.

De momento los llamamos por teléfono uno a uno por la tarde, pero con tres
gabinetes se nos va una hora cada día.

Un saludo,
Nerea, recepción
Clínica Dental Albéniz"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Camping Las Dunas - Recepción <recepcion@campinglasdunas.example>",
         to="soporte@acampasoft.example",
         subject="La barrera de entrada no se abre para nadie",
         body="""\
Hola, esto corre prisa.

Desde las 15:00 la barrera de la entrada no se levanta con ninguna tarjeta ni
con la lectura de matrícula, tampoco para los clientes que ya están alojados.
Desde el programa de recepción le damos a "Abrir barrera" y no pasa nada.
Además, las llegadas de hoy no aparecen en la pantalla de check-in: la lista
sale vacía.

Es sábado de agosto, tenemos 62 llegadas previstas y ahora mismo hay once
caravanas en fila en la carretera; la Guardia Civil ya ha pasado a preguntar.
Estamos levantando la barrera a mano con la llave y apuntando los check-in en
papel.

Llamad al 600 555 190 (Sergio, gerente)."""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Luis Carballo <l.carballo@vendingcarballo.example>",
         to="support@televend.example",
         subject="Portal de telemetría caído desde la actualización",
         body="""\
Hola:

El portal de telemetría está caído desde la actualización de anoche: al entrar
sale "502 Bad Gateway" y en el móvil la app no carga ninguna máquina. Sin eso no
sé qué máquinas necesitan reposición, y hoy tenía dos rutas planificadas con 48
máquinas. De momento he mandado a los repartidores a hacer la ruta a ciegas.

I also wrote to your English support address in case someone there picks it up
faster.

Luis Carballo
Vending Carballo S.L."""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Beatriz Olmedo <beaolmedo@correo.example>",
         to="suscripciones@lentesclaras.example",
         subject="Dos cargos este mes",
         body="""\
Hola:

¿Es normal que este mes me hayáis cobrado dos veces la suscripción de lentillas
mensuales? En la cuenta me aparecen dos cargos de 38,90 € con fecha 3 de
noviembre y solo me ha llegado una caja. Mi número de suscriptora es LC-88213.

Si ha sido un error, os agradecería que me devolvierais uno de los dos.

Gracias,
Beatriz"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Remedios Galán <quesosgalan@mercado.example>",
         to="liquidaciones@cobrapunto.example",
         subject="No me ha llegado la liquidación del fin de semana",
         body="""\
Buenos días:

Tengo un puesto de quesos en el mercado de los sábados y cobro con vuestro
lector. La liquidación del sábado y el domingo (1.243,60 €, 97 operaciones)
tenía que estar en mi cuenta el martes, hoy es jueves y no hay nada. En la app
las operaciones salen como "liquidadas".

El viernes tengo que pagarle al quesero de Cabrales y el alquiler del puesto al
ayuntamiento, y sin ese dinero no llego. Por favor, decidme algo hoy.

Remedios Galán
Comercio n.º 50172"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Fernando Escudero Lamas <fescudero@pueblo.example>",
         to="clientes@pelletsdelsur.example",
         subject="Pedido de pellets de octubre",
         body="""\
Hola, buenas:

Lo primero, felicitar al repartidor, Tomás creo que se llamaba, que subió los
sacos por la cuesta de casa con la carretilla porque el camión no entraba, y
encima con la que estaba cayendo. Un diez.

Os cuento también que la estufa va de maravilla con el pellet nuevo: hace mucha
menos ceniza que el que comprábamos antes en la gasolinera, así que seguramente
os haga otro pedido en enero. ¿Tenéis descuento si pido cuatro palés de golpe?
Tengo sitio en el garaje desde que vendimos la furgoneta.

Y el motivo principal por el que escribo: en la factura F-2024-1187 me habéis
cobrado dos palés de pellet certificado (2 x 289 €) más el porte (35 €), pero a
casa llegó un solo palé, 70 sacos, los tengo contados. El albarán que firmé
también pone un palé. Me habéis pasado el cargo completo, 613 €, a la tarjeta.
¿Me podéis hacer una factura rectificativa y devolverme la diferencia?

Gracias y un saludo,
Fernando"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Álvaro Nieto <alvaronieto@correo.example>",
         to="info@autoescuelaprisma.example",
         subject="Duda sobre un cargo pequeño",
         body="""\
Hola, una curiosidad: al pagar el bono de 10 prácticas por la web me aparece en
el extracto, además de los 350 €, un cargo aparte de 0,45 € de "gastos de
gestión". No es por el dinero, solo quería saber qué es. ¡Gracias!"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Cristina Abad <cris.abad@correo.example>",
         to="soporte@hipicalaencina.example",
         subject="Cuenta bloqueada en la app de reservas",
         body="""\
Hola:

He intentado entrar en la app para reservar las clases de equitación de mi hijo
del mes que viene y, después de equivocarme con la contraseña, me sale "Cuenta
bloqueada. Inténtelo más tarde". Eso fue el domingo y hoy, miércoles, sigue
igual. Al darle a "He olvidado mi contraseña" no me llega ningún correo.

Las plazas de los sábados se acaban enseguida. ¿Podéis desbloquearla? El usuario
es este mismo correo.

Cristina Abad"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Txema Arrieta <txema.arrieta@correo.example>",
         to="portal@laboratoriosbios.example",
         subject="No me llega el código para ver los resultados",
         body="""\
Buenas:

El lunes me hice una analítica en vuestro centro de la calle Mayor y quiero ver
los resultados en el portal. Pongo usuario y contraseña bien, pero luego me pide
el código de verificación por SMS y no llega. El caso es que cambié de número en
septiembre y creo que el código se manda al móvil antiguo, que ya no tengo. En
pantalla sale "Verification code sent to +34 6** *** *12" y mi número nuevo
acaba en 58.

¿Cómo puedo cambiar el teléfono si no puedo entrar? Tengo cita con mi médica el
viernes.

Txema Arrieta
Paciente n.º 3381902"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=1,
         frm="Elena Marín Castells <elena.marin@gatuna.example>",
         to="reservas@residenciafelina.example",
         subject="Re: Confirmación de su reserva de diciembre",
         body="""\
Hola de nuevo:

Os respondo a este correo porque es el último vuestro que tengo. He ido a entrar
en mi perfil para subir el certificado de la vacuna de Mishi y el usuario ya no
existe: me dice "No hay ninguna cuenta asociada a este correo". Yo no he borrado
nada. Ahí tenía la ficha de los dos gatos, el historial de vacunas y la reserva
del 20 al 28 de diciembre que me confirmasteis abajo.

¿Podéis recuperar el perfil? Y sobre todo, ¿sigue en pie la reserva?

Elena

El 14 oct 2024, a las 10:12, Residencia Felina Los Tilos <reservas@residenciafelina.example> escribió:
> Hola, Elena:
> Le confirmamos la reserva para Mishi y Tofu del 20/12 al 28/12, habitación doble.
> Recuerde subir a su perfil el certificado de vacunación antes del 1 de diciembre.
> Un saludo,
> Residencia Felina Los Tilos"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Maite Soler <maite.soler@voluntaris.example>",
         to="ayuda@turnosvoluntarios.example",
         subject="Cambiar el correo",
         body="""\
Hola, soy voluntaria en la unidad de cuidados paliativos del Hospital Santa
Clara y uso vuestra web para apuntarme a los turnos de acompañamiento. Voy a
dejar de usar este correo a final de mes. ¿Cómo cambio el correo de mi cuenta
por el nuevo? No encuentro dónde se hace.

Gracias,
Maite"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Lavadero Autolimpio Getafe <gerencia@autolimpio.example>",
         to="soporte@lavapay.example",
         subject="Re: Aviso: mantenimiento programado del sistema de pago el domingo 17",
         body="""\
Recibido, gracias. Lo dejamos anotado y pondremos un cartel en la entrada.

Un saludo,
Diego

El jue, 7 nov 2024 a las 12:30, Soporte LavaPay (<soporte@lavapay.example>) escribió:
> Estimado cliente:
> El domingo 17 de noviembre, de 4:00 a 6:00, realizaremos tareas de mantenimiento.
> Durante ese intervalo el servicio estará caído y los terminales de los túneles
> de lavado no podrán aceptar pagos con tarjeta ni con la app.
> Disculpe las molestias.
> Equipo LavaPay"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Gema Robles <gemarobles@correo.example>",
         to="atencion@azulejosmediterraneo.example",
         subject="Re: Devolución pedido 55120",
         body="""\
¡Hola, Jaime!

Solo para deciros que ya me ha llegado la devolución de los 212 € de las
baldosas que venían rotas. Muchísimas gracias por la rapidez y por el trato, da
gusto así. Cuando hagamos el baño de arriba volveremos seguro.

Gema"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Carnicería Hnos. Pardo <hnospardo@carniceria.example>",
         to="comercial@balanzasibericas.example",
         subject="Consulta sobre el contrato de mantenimiento",
         body="""\
Buenas:

Estamos pensando en cambiar las dos balanzas y la cortadora de la carnicería por
las vuestras, y antes de firmar nos gustaría saber un par de cosas:

- ¿El contrato de mantenimiento cubre las averías de las balanzas en sábado? Es
  cuando más vendemos.
- Si se cae el sistema que conecta las balanzas con la caja, ¿cuánto tardáis en
  venir?
- Si hay un corte de luz, ¿se pierden los precios guardados?
- ¿La cortadora lleva protector de cuchilla homologado? Mi cuñado se hizo un
  buen tajo con la vieja hace años y no queremos sustos.

Gracias,
Javier Pardo"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Pilar Aranda <pilar.aranda@correo.example>",
         to="tienda@viverolaalameda.example",
         subject="¿Os queda el chile «Fuego del Diablo»?",
         body="""\
Hola:

El año pasado os compré unas plantas de chile «Fuego del Diablo» y la verdad es
que fueron una bomba: mi marido todavía echa humo por las orejas cada vez que se
acuerda de la salsa. Este año quiero repetir y además probar la variedad «Dragón
Ardiente» que vi en vuestro catálogo.

¿Cuándo os llegan los plantones? ¿Se pueden reservar? Me muero de ganas de
plantarlos.

Un abrazo,
Pilar"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Puerto Deportivo Cala Blanca <boletin@calablanca.example>",
         to="info@nauticaalquiler.example",
         subject="Boletín de noviembre: simulacro de incendio, regata Tormenta y horario de invierno",
         body="""\
BOLETÍN DEL PUERTO DEPORTIVO CALA BLANCA · Noviembre

1. Simulacro de incendio en el pantalán C
El sábado 16 a las 10:00 los bomberos harán un simulacro de incendio y
evacuación en el pantalán C. Es un ejercicio programado; no hace falta mover
las embarcaciones.

2. Regata «Tormenta de Otoño»
Abiertas las inscripciones para la regata del día 23. Premio especial a la
tripulación más joven.

3. Horario de invierno
Desde el 1 de diciembre la gasolinera del puerto abre de 9:00 a 14:00.

4. Recordatorio
La cuota de amarre del primer trimestre se cobra el 5 de enero. Si ha cambiado
de cuenta bancaria, actualícela en la oficina.

Para darse de baja de este boletín, responda con la palabra BAJA."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Bodegas Valdeolmo - Embotellado <embotellado@valdeolmo.example>",
         to="sat@etiquetasypack.example",
         subject="La impresora de lote de la línea 2 imprime borroso",
         body="""\
Hola:

Desde ayer la impresora de lote y consumo preferente de la línea 2 imprime los
códigos borrosos en una de cada tres o cuatro botellas, y el lector de control
las rechaza. Hemos limpiado el cabezal según el manual y sigue igual.

De momento estamos pasando todo por la línea 1, que va bien, así que seguimos
embotellando, aunque más despacio. No es cosa de hoy para mañana, pero nos
gustaría que viniera un técnico esta semana porque el lunes empezamos con el
rosado y necesitaremos las dos líneas.

Saludos,
Óscar Benito
Jefe de embotellado"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Gráficas Moncayo - Producción <produccion@graficasmoncayo.example>",
         to="soporte@riprint.example",
         subject="RE: Incidencia 48213 - el RIP no envía trabajos a la CTP",
         body="""\
Segundo correo y nadie nos ha llamado. Seguimos igual que el lunes: el RIP no
manda nada a la CTP, los trabajos se quedan en la cola como "procesando" para
siempre y la offset lleva dos días parada.

Ahora el problema es mucho mayor: mañana a las 8:00 tenemos que entregar 60.000
dípticos de la campaña de vacunación del Ayuntamiento, y si no tenemos las
planchas esta noche no llegamos. Estamos hablando de perder al cliente.

Necesito un técnico en remoto HOY. Estoy en el 600 555 377 hasta la hora que
haga falta.

Carmen Moncayo

-----Mensaje original-----
> De: Gráficas Moncayo - Producción <produccion@graficasmoncayo.example>
> Enviado el: lunes, 11 de noviembre de 2024 9:05
> Para: soporte@riprint.example
> Asunto: Incidencia 48213 - el RIP no envía trabajos a la CTP
>
> Buenos días:
> Desde la actualización del viernes el RIP no envía los trabajos a la CTP.
> Se quedan en la cola como "procesando" y no salen. Hemos reiniciado el
> servidor y la CTP. Por favor, contacten con nosotros.
> Carmen"""),
]
