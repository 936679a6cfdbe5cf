# blind24 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Remedios Albarracín Peña <remealba@correo-casa.example>",
         to="soporte@contadoresluz.example",
         subject="El contador nuevo hace ruidos raros",
         body="""\
Buenas tardes:

El martes pasado su técnico nos cambió el contador de la luz por uno de los nuevos
"inteligentes". Desde anoche la tapa de plástico está tan caliente que no se puede
apoyar la mano más de un segundo, y de dentro sale un chisporroteo continuo, como
cuando se fríe algo. Hace una hora ha empezado a oler a plástico derretido en todo
el pasillo y la pared de alrededor se ha puesto amarillenta.

Mi nieto de cuatro años tocó la caja esta mañana y tiene una ampolla en la palma de
la mano.

El contador está en el recibidor, al lado de los abrigos. No sé si bajar el
diferencial o qué hacer. Por favor, que venga alguien hoy.

Remedios Albarracín
C/ de los Almendros 14, 2.º B
Tel. 555 01 73 22"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Íñigo Zubiría <izubiria@muelle-norte.example>",
         to="ayuda@bicisur.example",
         subject="Bici 4471 - la bisagra del cuadro se abrió en marcha",
         body="""\
Hola,

ayer a las 19:40 mi hija cogió la bici plegable n.º 4471 en la estación de Plaza
Mayor. Bajando por la calle Recoletos, sin ningún golpe previo, la bisagra central
del cuadro se abrió de repente y la bici se dobló en dos. Ella salió por encima del
manillar. Tiene el codo abierto (seis puntos en el hospital) y dos dientes partidos.

La bici se quedó atada en la farola de la esquina con Recoletos 12 porque no se
podía volver a cerrar. Les pido que la retiren YA antes de que alguien más la
coja, y que revisen el resto de plegables de esa estación.

Quedo a la espera de su respuesta para el tema del seguro.

Íñigo Zubiría
655 000 481"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Maite Ocaña <maite.ocana@buzonpersonal.example>",
         to="clientes@taquillaexpress.example",
         subject="En mi cuenta aparecen las facturas y la foto de otra persona",
         body="""\
Buenos días,

al entrar hoy en mi cuenta de la app de taquillas para recoger un paquete me he
encontrado con que en "Mis envíos" aparecen 11 envíos que no son míos, con el
nombre, la dirección y el DNI de un tal Aurelio Benítez, tres facturas suyas en
PDF y hasta la foto de su carné que debió subir para la verificación.

Supongo que él estará viendo mis datos igual. No he tocado nada, pero les he
hecho capturas por si las necesitan. Esto no debería pasar con datos personales;
por favor, revísenlo cuanto antes y díganme qué datos míos se han expuesto.

Un saludo,
Maite Ocaña"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Gonzalo Ribera <g.ribera@estudioribera.example>",
         to="soporte@cochecompartido.example",
         subject="Cargos por viajes que no he hecho",
         body="""\
Hola. En el extracto del banco me aparecen esta semana 7 cargos vuestros (total
312,60 €) por alquileres en Valencia. Yo vivo en Bilbao y no he salido de aquí. No
he prestado mi cuenta a nadie. Alguien está usando mi tarjeta o mi usuario.
Bloquead lo que haga falta y devolvedme el dinero, por favor.

Gonzalo Ribera"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Farmacia Lozano Vidal <farmacia@lozanovidal.example>",
         to="sat@robofarma.example",
         subject="URGENTE robot de dispensación - no entrega cajas",
         body="""\
Buenos días,

desde la apertura (9:00) el robot recibe las órdenes desde el mostrador pero no
saca ninguna caja: el brazo se queda quieto en la posición de reposo y en la
pantalla solo aparece "Esperando...". Lo hemos reiniciado dos veces.

Tenemos más de 14.000 referencias dentro del robot y ahora mismo estamos
buscando medicamentos a mano abriendo el armario por detrás, con una cola de
pacientes que llega a la calle. Hay recetas de insulina y anticoagulantes
pendientes.

Número de contrato: RF-20931. Necesitamos un técnico esta mañana.

Pilar Lozano, farmacéutica titular
Tel. 555 44 19 02"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jacinto Merino <jmerino@acuarioatlantico.example>",
         to="soporte@ticketpuerta.example",
         subject="Los lectores de la entrada principal rechazan todas las entradas",
         body="""\
Desde las 10:05 ninguno de los seis tornos de la entrada principal acepta los
códigos QR: todos pitan en rojo, tanto entradas compradas hoy como de ayer. Hemos
abierto la puerta de grupos y estamos dejando pasar a la gente apuntando a mano en
una libreta, pero tenemos cuatro autobuses de colegios llegando y la cola ya pasa
del aparcamiento. Llamadme al 555 32 08 77 en cuanto lo leáis.

Jacinto Merino
Jefe de operaciones - Acuario Atlántico"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Nerea Castaño <nerea.castano@mipc.example>",
         to="instalaciones@fibravelo.example",
         subject="Instalación de ayer: sin conexión",
         body="""\
Hola,

ayer vino el instalador (orden INS-558201) y se fue diciendo que todo estaba
listo. Hoy el router tiene la luz "PON" parpadeando en rojo y ningún aparato de
casa consigue abrir una página. Trabajo desde casa y llevo toda la mañana
conectada con los datos del móvil, que se me acaban mañana.

¿Pueden mandar a alguien o decirme qué tengo que revisar?

Gracias,
Nerea"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Óscar Mendívil <omendivil@flotaverde.example>",
         to="soporte@cargaflota.example",
         subject="¿Es normal que dos cargadores no arranquen la carga?",
         body="""\
Hola,

¿es normal que los puntos de carga 3 y 7 de nuestro depósito reconozcan la
tarjeta, enseñen "Conectado" y luego no empiecen a cargar nunca? Desde el lunes
pasa siempre con esos dos. Los otros diez van bien, así que de momento estamos
rotando las furgonetas para que ninguna se quede sin batería, pero nos va justo.

Depósito: Polígono Las Arenas, nave 6. Cliente FL-0442.

Saludos,
Óscar Mendívil
Responsable de flota"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Comunidad de Propietarios Av. Castilla 88 <admin.castilla88@fincas-ruiz.example>",
         to="averias@calorred.example",
         subject="Avería: sin calefacción ni agua caliente en el portal",
         body="""\
Buenas,

les escribo como administrador de la comunidad de Av. Castilla 88. Desde ayer por la
tarde la subestación de la red de calor del portal no funciona: los 24 pisos están
sin calefacción y sin agua caliente. En el cuarto de la subestación la pantalla
muestra el código E-41.

Hay varios vecinos mayores y esta noche se esperan 2 grados. Rogamos nos den una
hora de visita.

Fernando Ruiz
Administración de Fincas Ruiz
555 90 12 34"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Lucía Barrientos <lucia.barrientos@correo-casa.example>",
         to="facturacion@energiaclara.example",
         subject="Recibo de marzo cobrado dos veces",
         body="""\
Hola, el recibo de la luz de marzo (factura EC-2024-118834, 74,18 €) me lo han
pasado dos veces por el banco, los días 5 y 6. ¿Me pueden devolver uno de los dos
cargos? Les adjunto el extracto.

Gracias,
Lucía Barrientos"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Construcciones Hermanos Tello <admin@hnostello.example>",
         to="cobros@andamiosrapid.example",
         subject="Devolución de la fianza - la necesitamos antes del viernes",
         body="""\
Buenos días,

devolvimos el andamio tubular (contrato AR-7710) el día 2 en perfecto estado, y el
albarán de devolución está firmado por su encargado de almacén. La fianza de
3.800 € todavía no nos ha llegado y su web dice "en tramitación".

Somos una empresa pequeña y contábamos con ese dinero para pagar las nóminas de
nueve trabajadores este viernes. ¿Pueden decirme hoy mismo cuándo harán la
transferencia?

Un saludo,
Amparo Tello
Administración"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Raúl Espinosa <raul.espinosa@mailpunto.example>",
         to="atencion@movilonda.example",
         subject="Factura con roaming que no corresponde",
         body="""\
Hola,

en la factura de este mes (n.º MO-55102934) aparecen 46,90 € de "Datos itinerancia
zona 3". No he salido de España en todo el mes; de hecho, tengo el roaming
desactivado en el móvil desde hace años. I think there's a mix-up with another
line, because the dates match a trip I never took.

Por favor, corrijan la factura antes de que se pase el cargo el día 20.

Raúl Espinosa
Línea 655 000 217"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Celia Fonseca <celiafonseca@buzonpersonal.example>",
         to="info@parkinghospital.example",
         subject="Pregunta sobre un cargo de 0,35 €",
         body="""\
Hola, una curiosidad: al pagar el parking del hospital con la app me cobraron 0,35 €
de "gastos de gestión" además de la tarifa. No es por el dinero, solo quería saber
qué es. Gracias."""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Ernesto Quiroga <equiroga@reformasquiroga.example>",
         to="cuentas@almacenobra.example",
         subject="Cuenta profesional bloqueada, tengo que hacer un pedido hoy",
         body="""\
Buenos días,

he metido mal la contraseña de mi cuenta profesional (cliente PRO-30291) y me sale
"Cuenta bloqueada temporalmente. Contacte con su delegación". En la delegación me
dicen que lo tienen que desbloquear ustedes.

Necesito hacer hoy el pedido de pladur y perfilería para una obra que empieza
mañana, y con precio de profesional solo puedo pedirlo desde la cuenta. ¿Me la
pueden desbloquear?

Ernesto Quiroga
Reformas Quiroga
655 000 903"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Marisa Llorente <m.llorente@repartoya.example>",
         to="soporte@mensajeriaflash.example",
         subject="¿Es normal que el código SMS llegue media hora tarde?",
         body="""\
Hola:

cambié de número de móvil la semana pasada y lo actualicé en la app. Desde entonces,
¿es normal que el código de verificación por SMS me llegue 30 o 40 minutos
después? Para entonces ya ha caducado y la app me pide otro, y así en bucle. Ayer
tardé una hora en poder entrar en mi cuenta.

Gracias,
Marisa"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Tomás Arrieta <tomas.arrieta@correo-casa.example>",
         to="donantes@donasangre.example",
         subject="Mi perfil de donante ha desaparecido",
         body="""\
Buenas tardes,

llevo nueve años donando y hoy, al intentar pedir cita, la web me dice que mi email
no está registrado. He intentado recuperar la contraseña y tampoco me reconoce. Me
preocupa haber perdido el historial de donaciones (tengo ya 37 y me faltaban 3
para la insignia de oro). ¿Pueden recuperar mi perfil?

DNI: 00000000T (el de siempre)
Tomás Arrieta"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Graciela Moya <gmoya@trabajoviejo.example>",
         to="ayuda@opticalinea.example",
         subject="Cómo cambio el email de mi cuenta",
         body="""\
Hola, voy a dejar de usar este correo del trabajo. ¿Cómo cambio el email de acceso
de mi cuenta por uno personal? No encuentro la opción en "Mi perfil".

Gracias, Graciela"""),

    dict(n=18, signals="-", priority="low", trap="thanks-idiom", qt=0, reply=1,
         frm="Baltasar Huertas <bhuertas@mailpunto.example>",
         to="tecnicos@lavarepara.example",
         subject="Re: Orden de reparación LR-40912",
         body="""\
¡Hola!

Solo quería daros las gracias. El técnico, Samuel, vino ayer y en veinte minutos
dejó la lavadora como nueva. Con tres niños y una semana sin lavadora estábamos
a punto de explotar, así que nos habéis salvado la vida. Ya centrifuga y no hace
ese ruido de avión despegando.

Diez de diez. No hace falta que me contestéis.

Baltasar

El 12/03, Servicio Técnico LavaRepara escribió:
> Estimado cliente, le confirmamos la visita del técnico para el jueves entre las
> 9:00 y las 13:00."""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ana Belén Roldán <abroldan@correo-casa.example>",
         to="reservas@escuelavelamar.example",
         subject="Re: Cancelación del curso de iniciación del 8 de junio",
         body="""\
Hola, gracias por avisar. ¿Podríamos pasar a mis dos hijos al curso de julio, del
15 al 19? Si hay plaza en el turno de mañana, mejor.

Un saludo,
Ana Belén

El vie, 7 jun, Escuela de Vela Mar Abierto escribió:
> Estimada familia:
> Debido al incendio forestal declarado junto al puerto y por la seguridad de los
> alumnos, las autoridades han cerrado el acceso a la dársena y nos vemos obligados
> a cancelar el curso del 8 de junio. Les ofrecemos cambio de fecha o devolución."""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Héctor Salcedo <hsalcedo@buzonpersonal.example>",
         to="ventas@fibravelo.example",
         subject="Antes de contratar: ¿qué pasa si hay un corte?",
         body="""\
Hola,

estoy pensando en contratar vuestra fibra de 1 Gb para mi casa. Antes de nada,
unas preguntas:

- Si hay una caída de la red en mi zona, ¿compensáis de alguna manera en la
  factura? ¿A partir de cuántas horas?
- ¿Incluye un router 4G de respaldo para esos casos o es aparte?
- ¿Hay permanencia?

Gracias,
Héctor"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Rocío Villalba <rociovillalba@mailpunto.example>",
         to="info@aquapark-sol.example",
         subject="Altura mínima para el Kamikaze y el Volcán Explosivo",
         body="""\
Hola, vamos el sábado con los críos (8 y 11 años). ¿Qué altura mínima piden para
el tobogán Kamikaze y para el Volcán Explosivo? El pequeño mide 1,28 m y está
obsesionado con "el de la caída libre" que vio en vuestro vídeo. ¿Se puede llevar
comida propia? Gracias."""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SolarVista Noticias <boletin@solarvista.example>",
         to="clientes@solarvista.example",
         subject="Boletín de junio: qué hacen tus placas durante un apagón",
         body="""\
Hola, ¿qué tal va tu producción este mes?

En el boletín de junio:

1. ¿Qué hacen tus placas durante un apagón? Te explicamos por qué el inversor se
   desconecta automáticamente cuando se va la luz de la red y cómo funciona la
   batería de respaldo.
2. Ola de calor: por qué tus paneles producen un poco menos cuando hace 40 °C.
3. Nueva función en la app: compara tu producción con la de tus vecinos.
4. Oferta "precios que queman": un 20 % de descuento en la limpieza anual de
   paneles hasta el 30 de junio.

Si no quieres recibir más boletines, date de baja aquí: baja.solarvista.example"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Begoña Urrutia <burrutia@frioslogistica.example>",
         to="soporte@robotalmacen.example",
         subject="RE: RE: Robots de la cámara 2 parados - TERCER AVISO",
         body="""\
Tercer correo y nadie nos ha llamado. Los robots de la cámara de congelados siguen
sin moverse de sus cargadores y ya hemos tenido que tirar dos palés de helado
que no pudimos sacar a tiempo. Tenemos los camiones de reparto esperando en los
muelles desde las 5:00. Necesito un técnico aquí hoy o pasamos a penalización por
contrato (SLA oro, contrato RA-0099).

Begoña Urrutia
Directora de operaciones
555 71 40 00

-----Mensaje original-----
De: Begoña Urrutia
Enviado: lunes, 10:12
Asunto: RE: Robots de la cámara 2 parados

> Seguimos igual. Los 14 robots de la cámara 2 no recogen ningún pedido y
> estamos preparando a mano con carretillas. Por favor, llámennos.
>
> -----Mensaje original-----
> Asunto: Robots de la cámara 2 parados
> Desde esta madrugada los robots de la cámara 2 no salen de la base de carga."""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Diego Carmona <dcarmona@mudanzascarmona.example>",
         to="soporte@appreparto.example",
         subject="Ningún conductor puede entrar en la app",
         body="""\
Hola,

desde las 7:30 ninguno de nuestros 58 conductores puede iniciar sesión en la app
de reparto: al poner el usuario les pide el código SMS y el SMS no llega a
nadie. Hemos probado con móviles de Movistar, Orange y de otras compañías, misma
cosa. Sin entrar no pueden ver las rutas ni escanear la entrega, así que hoy
tenemos 1.900 entregas de colchones y muebles paradas en el almacén.

Our account manager, Kevin, is on holiday, so please escalate this on your side.

Diego Carmona
Jefe de tráfico, Mudanzas Carmona
555 28 63 10"""),
]
