# blind29 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Baena <rocio.baena@correo-casa.example>",
         to="atencion@saltaparque.example",
         subject="Lo que pasó ayer en la cama elástica 4 (Alcorcón)",
         body="""\
Buenas tardes:

Ayer sábado, sobre las 17:30, estábamos en vuestro parque de Alcorcón celebrando el cumpleaños de
mi hija. En la cama elástica número 4 la red lateral se soltó por abajo (los mosquetones estaban
abiertos) y un niño de 8 años salió despedido por el hueco y cayó fuera de la colchoneta. Se dio
con la cabeza contra el borde metálico de la estructura. Tuvo que venir una ambulancia y le han
dado seis puntos.

El monitor nos dijo delante de todos que "eso ya lo habían avisado otras veces". Hoy veo en
vuestro Instagram que la pista 4 sigue abierta como si nada.

Quiero saber qué vais a hacer y si alguien ha revisado esas redes. Tengo fotos de los mosquetones.

Rocío Baena
Reserva CUMPLE-5518"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Antonio Gil <antoniogil.1974@correo-rapido.example>",
         to="taller@caravanas-ebro.example",
         subject="Pregunta nevera caravana",
         body="""\
Hola, ¿es normal que la caravana huela a huevo podrido cuando ponemos la nevera en modo gas?
Solo pasa con la nevera, con la cocina no. Anoche mi mujer se levantó mareada y con dolor de
cabeza y los críos también se quejaban esta mañana. Hemos cerrado la bombona y dormido con la
ventana abierta.

Es la Roller 490 que nos entregasteis en septiembre después de la revisión. Estamos en un camping
de Teruel hasta el domingo. ¿Podemos seguir usándola o qué hacemos?

Antonio Gil

Enviado desde mi Samsung"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dra. Marta Illescas <direccion@policlinica-sansebastian.example>",
         to="soporte@labexpress-mensajeria.example",
         subject="Hemos recibido en el portal resultados de pacientes que no son nuestros",
         body="""\
Buenos días:

Esta mañana, al descargar del portal de resultados los análisis de nuestra consulta (muestras
recogidas el martes por su mensajero, ruta 12), el PDF contenía además los resultados de al menos
30 pacientes de otra clínica de Getafe: nombre y apellidos, DNI, fecha de nacimiento y
serologías, incluidas VIH y hepatitis C.

No lo hemos reenviado ni impreso, y hemos dejado de usar el portal hasta tener noticias suyas.

Necesitamos saber con urgencia si los resultados de nuestros pacientes también han llegado a
otros centros, y qué medidas van a tomar. Nuestro delegado de protección de datos está en copia.

Atentamente,
Dra. Marta Illescas
Directora médica - Policlínica San Sebastián
Cliente LX-0419"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Romero <lucia.romero.arte@correo-casa.example>",
         to="clientes@cristalart-manualidades.example",
         subject="Kit de resina CristalArt 1 kg - lo que nos ha pasado",
         body="""\
Hola,

Compramos el kit de resina epoxi CristalArt de 1 kg en vuestra tienda online (pedido CA-38821)
para hacer un posavasos con mi hija de 12 años. Seguimos las instrucciones y mezclamos unos 500 g
en un vaso de plástico.

A los diez minutos el vaso empezó a echar humo blanco, se deformó y se puso tan caliente que mi
hija, que lo estaba sujetando, tiene la palma de la mano roja y con ampollas. La hemos llevado al
centro de salud y le han puesto una pomada y una venda.

En el folleto no pone nada de cantidades máximas por mezcla ni de que no se haga en vasos. ¿Esto
es así? ¿Qué hacemos con el resto del kit?

Lucía Romero"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sergio Cuenca <jefeturno@tsnr-norte.example>",
         to="soporte24h@despachomovil.example",
         subject="Tablets de las unidades no reciben servicios nuevos desde las 07:10",
         body="""\
Buenos días,

Desde las 07:10 las tablets de las 14 ambulancias de transporte sanitario no reciben los
servicios nuevos que asignamos desde la consola. En la consola salen como "Enviado", pero en el
vehículo no aparece nada. Los servicios que ya tenían cargados de anoche sí se ven.

Tenemos pacientes de diálisis y rehabilitación esperando en sus domicilios y las altas del
hospital de la mañana. Ahora mismo lo estamos dando todo por radio y por teléfono, con dos
coordinadores para 14 unidades, y no damos abasto.

Llamadme a la sala de coordinación, extensión 214.

Sergio Cuenca
Jefe de turno - Transporte Sanitario Norte"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Javier Ortega <gerencia@cinesodeonplaza.example>",
         to="soporte@taquillanet.example",
         subject="URGENTE - los lectores de la entrada rechazan todas las entradas",
         body="""\
Hola, es urgente:

Desde las 16:45 los lectores de control de acceso de las 6 salas dan luz roja con todas las
entradas compradas online, en el móvil y en papel. Si las buscamos en taquilla, el sistema dice
que son válidas.

Tenemos cola hasta la calle para los pases de las 17:00 y el estreno de las 18:00 está agotado
(312 butacas). Estamos dejando pasar a ojo pero no sabemos quién ha pagado y quién no, y los
porteros ya no pueden más.

Llamadme al fijo del cine cuanto antes.

Javier Ortega
Gerente - Cines Odeón Plaza"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Dr. Andrés Villalobos <consultorio@sonrisaplena.example>",
         to="ayuda@labdental-digital.example",
         subject="No se suben los archivos del escáner",
         body="""\
Hola, buen día.

Desde ayer en la tarde los archivos del escáner intraoral no se suben a su plataforma: el envío
se queda en 0% y después de unos minutos sale "Intente de nuevo más tarde". Probamos con otra
computadora y con otra red (el celular de la recepcionista), y es lo mismo.

Tenemos 4 casos de coronas que tienen que llegar hoy al laboratorio para cumplir con los
pacientes de la próxima semana. ¿Nos pueden ayudar lo antes posible?

Saludos cordiales,
Dr. Andrés Villalobos
Clínica Dental Sonrisa Plena - Guadalajara, Jal.
Cuenta 10-4471"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Restaurante Los Arcos <administracion@losarcos-restaurante.example>",
         to="clientes@recogidas-verdes.example",
         subject="Portal de solicitudes caído",
         body="""\
Hola:

El portal de solicitudes de recogida está caído desde ayer por la tarde (sale "Error 503" al
entrar). No corre prisa, porque la próxima recogida de vidrio es el jueves y ya he llamado al
teléfono de atención para pedir el contenedor extra de cartón.

Os aviso por si no lo sabíais.

Un saludo,
Puri Salcedo
Restaurante Los Arcos - cliente 22-0815"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ramón Peláez <rpelaez@ayto-villanueva.example>",
         to="soporte@lumengestion.example",
         subject="RE: RE: Incidencia 4471 - farolas del polígono encendidas de día",
         body="""\
Buenos días, sigue igual. Cuarto día.
¿Hay alguien mirando esto? Necesito una respuesta hoy, el concejal me la pide a mí.

Ramón Peláez
Técnico de alumbrado público

> -----Mensaje original-----
> De: Ramón Peláez
> Enviado el: lunes, 16 de noviembre de 2026 8:05
> Para: soporte@lumengestion.example
> Asunto: RE: Incidencia 4471 - farolas del polígono encendidas de día
>
> Sin novedades por vuestra parte. Las farolas siguen encendidas a pleno sol y no podemos
> programar nada desde el panel.
>
> -----Mensaje original-----
> De: Ramón Peláez
> Enviado el: viernes, 13 de noviembre de 2026 9:40
> Asunto: Incidencia 4471 - farolas del polígono encendidas de día
>
> Desde esta madrugada el sistema de telegestión no se comunica con los 212 puntos de luz del
> polígono industrial El Quemado. No podemos cambiar horarios ni apagarlos: están encendidos
> día y noche. Por favor, revisadlo."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Montse Vidal <administracio@fornvidal.example>",
         to="facturacion@harinas-delcamp.example",
         subject="Factura F-2026-11873 incorrecta (IVA y cantidades)",
         body="""\
Buenos días,

En la factura F-2026-11873 de la harina de noviembre nos habéis aplicado el IVA al 21 % en vez
del 4 %, y además aparecen 40 sacos de harina de fuerza cuando recibimos 30 (os adjunto el
albarán firmado por vuestro repartidor).

Por favor, enviadnos una factura rectificativa antes del día 25, que es cuando hacemos los pagos
a proveedores.

Gracias y un saludo,
Montse Vidal
Forn Vidal - Reus"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nerea Arrieta <nerea@nerea-estilistas.example>",
         to="comercios@citafacil.example",
         subject="No ha llegado la liquidación de octubre",
         body="""\
Hola,

No hemos recibido la liquidación de los pagos de las reservas de octubre (unos 3.480 €).
Normalmente llega el día 3 y hoy estamos a 9. En la app aparece como "Transferido", pero en el
banco no hay nada, y el IBAN es el de siempre, no lo hemos cambiado.

El lunes tengo que pagar las nóminas de tres peluqueras y el alquiler del local. ¿Me podéis decir
qué ha pasado y cuándo lo voy a tener?

Gracias,
Nerea
Peluquería Nerea Estilistas - ID de comercio 55102"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Kike Navarro <kike.nav@correo-rapido.example>",
         to="reservas@strikebowling.example",
         subject="Cobro doble",
         body="""\
Me habéis cobrado dos veces la partida de bolos del sábado (2 x 38,50 €). Reserva BW-9931.
Devolvedme una porfa. Gracias

Enviado desde mi iPhone"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Encarnación Morales <encarni.morales@correo-casa.example>",
         to="administracion@club-natacion-delta.example",
         subject="Recibos cobrados después de dar de baja a mi hijo",
         body="""\
Estimados señores:

Les escribo porque a principios de septiembre dimos de baja a nuestro hijo Pablo Ruiz Morales de
los cursillos de natación de martes y jueves. Rellené el formulario en recepción el día 2 y me
dieron una copia sellada, que conservo.

Sin embargo, en octubre y en noviembre nos han pasado igualmente el recibo de 36 € por
domiciliación bancaria.

Les ruego que anulen la domiciliación y nos devuelvan los 72 € cobrados indebidamente.

Quedo a la espera de su respuesta. Atentamente,
Encarnación Morales Vega"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Laura Sanz <laurasanz.mk@correo-rapido.example>",
         to="ayuda@lentillas-vision.example",
         subject="Cuenta bloqueada y no me llega el enlace",
         body="""\
Hola,

Me he quedado bloqueada en la web: puse mal la contraseña tres veces y ahora sale "Cuenta
bloqueada temporalmente". Eso fue hace dos días, así que de temporal nada. El enlace de
restablecer contraseña no me llega (he mirado en spam).

Necesito entrar para cambiar la dirección de envío antes del próximo pedido automático, que es el
día 28, porque me he mudado.

Gracias,
Laura Sanz"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Óscar Medina <oscarmedina@correo-casa.example>",
         to="socios@zoo-bioparque.example",
         subject="Código de verificación app",
         body="""\
Buenas,

¿Es normal que el código de verificación para entrar en la app del zoo tarde más de media hora en
llegar? Cuando por fin llega ya ha caducado y vuelta a empezar.

Soy socio anual (carnet 7781-F) y el sábado quiero ir con los niños usando el pase del móvil.

Gracias."""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Jorge Marín <jmarin@terminal-contenedores-sur.example>",
         to="cau@terminal-contenedores-sur.example",
         subject="Usuario jmarin deshabilitado",
         body="""\
Hola CAU,

Vuelvo hoy de una baja de dos meses y mi usuario (jmarin) aparece como deshabilitado: no puedo
entrar en el ordenador de la caseta ni en la aplicación de planificación de atraques, así que no
puedo asignar los muelles del turno de tarde. Ahora mismo lo está haciendo un compañero con su
usuario pero él sale a las 14:00.

Mi jefa (Pilar Rey) ya está al tanto. ¿Me lo podéis reactivar hoy?

Estoy en la extensión 4417.

Gracias,
Jorge Marín
Operaciones - Terminal de Contenedores"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Bellini <marco.bellini@posta-italia.example>",
         to="atencion@farmaveterinaria-online.example",
         subject="Cambiar email de la cuenta",
         body="""\
Hola,

quiero cambiar el correo electrónico de mi cuenta, porque el antiguo (de mi trabajo anterior) ya
no existe. Puedo entrar en la cuenta desde el móvil porque sigo conectado, pero cuando intento
cambiar el email me pide confirmar con un enlace que envían al correo antiguo, y este no lo puedo
recibir.

Tengo que pedir el pienso renal para mi gata la próxima semana.

Gracias y perdón por mi español,
Marco Bellini
(cuenta a nombre de Marco Bellini, Barcelona)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Dani Ferrer <daniferrer.climb@correo-rapido.example>",
         to="hola@bloquealto.example",
         subject="¡El nuevo circuito!",
         body="""\
¡Hola equipo!

Solo quería deciros que el nuevo circuito de bloque está brutal. El morado del desplome me tiene
frito y me está matando los antebrazos, pero me muero de ganas de encadenarlo esta semana.

¿Cuándo montáis el próximo? Y otra cosa: ¿quedan plazas en el curso de iniciación de diciembre?
Mi pareja quiere apuntarse.

Un abrazo,
Dani"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Beatriz Luján <beatriz.lujan@correo-casa.example>",
         to="taquilla@acuario-levante.example",
         subject="Entradas para «Apagón en el Acuario» del 12 de diciembre",
         body="""\
Hola,

Quería comprar 4 entradas para la visita nocturna «Apagón en el Acuario» (la de las linternas y
los peces bioluminiscentes) del sábado 12 de diciembre. En la web sale agotada la sesión de las
20:00. ¿Se abrirán más plazas o hay lista de espera?

Mis hijos tienen 6 y 9 años, ¿es adecuada para ellos o da mucho miedo con todo a oscuras?

Gracias,
Beatriz Luján"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Manuel Otero <manuel.otero.lugo@correo-casa.example>",
         to="asistencia@ecolar-estufas.example",
         subject="Estufa EcoLar 9 - cambiar la clave del wifi",
         body="""\
Hola.

Tengo la estufa de pellets EcoLar 9 con el módulo wifi. He cambiado de compañía de internet y el
router nuevo tiene otra contraseña. ¿Cómo le cambio la contraseña de la red wifi a la estufa? En
la app no encuentro la opción y no quiero borrar la programación que tengo puesta.

Gracias.
Manuel Otero"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Irene Soler <irene@cafeterialatostadora.example>",
         to="pedidos@tostadoresdelsur.example",
         subject="Re: Aviso: posible cargo duplicado en pedidos del 14 de noviembre",
         body="""\
Hola, gracias por avisar.

He revisado el extracto y a nosotros solo nos habéis cobrado una vez, así que todo bien.

Aprovecho: ¿podéis añadir 2 kg de descafeinado de Colombia al pedido del jueves?

Saludos,
Irene
Cafetería La Tostadora - Valencia

> El 17 nov 2026, a las 10:03, Tostadores del Sur <pedidos@tostadoresdelsur.example> escribió:
>
> Estimado cliente:
>
> Por un error de nuestra pasarela de pago, algunos pedidos realizados el 14 de noviembre se
> cobraron dos veces. Si ve un cargo duplicado en su tarjeta, no se preocupe: lo reembolsaremos
> automáticamente en un plazo de 5 días hábiles.
>
> Un saludo,
> Tostadores del Sur"""),

    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Alejandro Fuentes <alejandro.fuentes.cv@correo-rapido.example>",
         to="rrhh@rutaescolar-app.example",
         subject="Candidatura - Técnico/a de soporte (ref. SOP-11)",
         body="""\
Buenos días:

Les escribo en relación con la oferta de técnico/a de soporte publicada para su plataforma de
seguimiento de autobuses escolares.

Tengo cuatro años de experiencia en un centro de atención a usuarios de una empresa de
transporte, donde gestionaba caídas del sistema, cuentas bloqueadas, incidencias de cobro y
restablecimientos de contraseña, además de la atención telefónica a familias y colegios.
Trabajo con herramientas de ticketing y tengo nivel B2 de inglés.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un saludo,
Alejandro Fuentes Ribas
Tel. 600 000 417"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sara Calvo <saracalvo@correo-rapido.example>",
         to="soporte@bicimetro.example",
         subject="El mapa de la app no muestra las bicis",
         body="""\
Hola,

Desde la actualización de ayer la app no me enseña las bicis en el mapa: todas las estaciones
salen en gris y sin número. Pero si me acerco y escaneo el QR de una bici, se desbloquea sin
problema y el viaje se registra bien.

No es grave, solo os lo comento porque así no sé si hay bicis antes de bajar a la estación.

Usuaria 66120"""),

    dict(n=24, signals="-", priority="low", trap="minor", qt=0, reply=0,
         frm="Guillermo Pons <gpons@correo-casa.example>",
         to="reservas@navieras-baleares.example",
         subject="Hora rara en la confirmación",
         body="""\
Hola, una tontería: en la confirmación de mi reserva Valencia-Ibiza del 3 de enero (localizador
NB7K2Q) la hora de llegada aparece como "25:30" en vez de 01:30. La tarjeta de embarque está
bien, así que supongo que es un fallo de formato del correo.

Solo para que lo sepáis, sin ninguna prisa.

Saludos,
Guillermo Pons"""),
]
