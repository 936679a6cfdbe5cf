# blind25 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Baeza Lorente <rocio.baeza@correo.example>",
         to="soporte@enchufalia.example",
         subject="Enchufe inteligente del salón: ruido raro y carcasa muy caliente",
         body="""\
Hola:

Esta mañana el enchufe inteligente del salón (modelo EQ-20, el que controla la estufa de aceite) ha empezado a hacer un chisporroteo, como cuando se fríe algo, y al acercar la mano la carcasa estaba tan caliente que no se podía tocar más de un segundo. Lo he desenchufado de la pared con un trapo.

Detrás ha quedado una mancha negra en la placa de la toma y la parte de plástico del enchufe está deformada, como blanda. En toda la casa huele a plástico derretido y mi hija pequeña estaba jugando justo al lado.

Tengo otros tres iguales en casa y ahora no sé si dejarlos puestos. ¿Qué hago con ellos? Adjunto fotos.

Rocío Baeza"""),

    dict(n=2, signals="safety", priority="critical", trap="question-form", qt=0, reply=0,
         frm="Ignacio Ferrán <ignacio.ferran@buzon.example>",
         to="atencion@robolimpio.example",
         subject="¿Es normal que se suelte la pieza del cepillo lateral?",
         body="""\
Buenas tardes,

¿es normal que la pieza central del cepillo lateral del Robolimpio S7 se suelte sola? Hoy la he encontrado en la boca de mi hijo de 14 meses: la estaba mordiendo en el pasillo y ya le faltaba un trocito de goma. Se lo sacamos, tosió un rato y ahora respira con un pitido que antes no tenía. Vamos camino del centro de salud.

El robot sigue pasando con el cepillo sin esa pieza. Necesito saber de qué material es y qué tamaño tiene el trozo que falta, porque el pediatra nos lo va a preguntar.

Ignacio Ferrán
Tel. 600 000 431"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Marta Quintana (Finanzas) <m.quintana@tallereslevante.example>",
         to="soporte@gastocard.example",
         subject="Cargos que nadie ha hecho en tres tarjetas de empresa",
         body="""\
Hola,

Soy la responsable de finanzas de Talleres Levante SL. Esta noche, entre las 02:10 y las 03:40, se han cargado en tres de nuestras tarjetas de gastos (terminaciones 4471, 9902 y 1386) once compras en tiendas online de electrónica de otro país, por un total de 6.842,17 €. Ninguno de los titulares estaba despierto a esa hora y las tarjetas físicas están en la oficina, en la caja fuerte.

Ya las he congelado desde la app, pero aparecen dos cargos más «pendientes». Necesito que bloqueéis todo, que me digáis cómo se han podido usar y que inicies la reclamación de esos cargos cuanto antes.

Quedo pendiente del teléfono: 910 000 257.

Marta Quintana"""),

    dict(n=4, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Eusebio Cantero <eusebio.cantero@correo.example>",
         to="ayuda@pensionesclaras.example",
         subject="En mi área personal aparece el extracto de otra persona",
         body="""\
Buenos días:

Al entrar hoy en el portal de mi plan de pensiones, en el apartado «Documentos» me aparece el extracto anual de una señora que no conozco: nombre completo, DNI, dirección en Zaragoza, número de cuenta y el saldo acumulado de su plan. Mis propios documentos ya no salen.

No lo he descargado ni reenviado, pero imagino que si yo veo lo suyo, alguien puede estar viendo lo mío. Les ruego que lo revisen con urgencia y me confirmen quién ha podido acceder a mis datos.

Un saludo,
Eusebio Cantero Vidal"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Lucía Arrieta <lucia.arrieta@uniloma.example>",
         to="soporte@vigilaexamen.example",
         subject="URGENTE: 380 alumnos esperando para empezar el examen de las 10:00",
         body="""\
Buenos días,

Tenemos el examen final de Estadística (convocatoria oficial) a las 10:00 y ningún alumno consigue pasar de la pantalla de verificación de identidad: la cámara se enciende, la barra llega al 100 % y vuelve a empezar. Lo han probado con portátiles distintos, navegadores distintos y desde casa y desde el campus. Son 380 estudiantes conectados esperando y el acta tiene que cerrarse hoy.

Por favor, llámenme al 960 000 118 en cuanto lo vean. Si no se resuelve en media hora tendremos que suspender la convocatoria.

Lucía Arrieta
Coordinadora de evaluación en línea"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Álvaro Nieto <alvaro.nieto@fotonieto.example>",
         to="support@almacenix.example",
         subject="No puedo abrir ninguna carpeta del NAS desde ayer",
         body="""\
Hola,

Desde la actualización de ayer por la noche, mi NAS Almacenix DS-4 ya no me deja entrar en ninguna carpeta compartida. El equipo aparece en la red, me pide usuario y contraseña y, tras aceptarlos, la ventana se queda en blanco. Desde el móvil igual. Las luces de los discos están en verde.

Ahí tengo todas las fotos de los clientes y el viernes entrego dos reportajes de boda. He reiniciado el aparato dos veces y el router también.

Álvaro Nieto"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Pilar Sanjuán <pilar.sanjuan@asesoriasur.example>",
         to="soporte@reunalia.example",
         subject="Cortes de audio en las videollamadas",
         body="""\
Hola:

Desde el lunes, en las reuniones de más de seis personas el audio se corta cada pocos minutos durante dos o tres segundos y la imagen se congela. Con menos gente va bien. Mientras tanto estamos entrando por teléfono con el número de marcación que da la propia sala, así que podemos seguir trabajando, pero es incómodo.

¿Sabéis si es algo general o es cosa nuestra?

Gracias,
Pilar"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joaquín Robledo <jefatura@iesmiralmonte.example>",
         to="incidencias@vendingcole.example",
         subject="Las máquinas del comedor no aceptan ninguna tarjeta",
         body="""\
Buenos días,

Las cuatro máquinas de cobro del comedor del IES Miralmonte rechazan todas las tarjetas monedero de los alumnos desde las 13:00 («operación no disponible»). Tenemos 450 comensales en el turno de mediodía; estamos apuntando a mano en una hoja quién come para no dejar a nadie sin comida, y la cola llega al patio.

Mañana hay turno doble por una excursión. Necesitamos a alguien hoy.

Joaquín Robledo
Jefe de estudios
Tel. 950 000 662"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Carmen Olmedo <carmen.olmedo@correo.example>",
         to="ayuda@mallared.example",
         subject="Wi-Fi mesh no funciona en la planta de arriba",
         body="""\
Hola, el sistema mesh que instalé la semana pasada no funciona: el satélite de arriba tiene la luz roja fija y en esa planta no hay internet en ningún dispositivo. Trabajo desde casa arriba y hoy no he podido conectarme a nada. Ya lo he reseteado siguiendo la guía.

Carmen"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Héctor Villanueva <hector@villanuevadiseno.example>",
         to="facturacion@cuentafacil.example",
         subject="Cobro duplicado de la cuota de marzo",
         body="""\
Hola,

Uso vuestro programa de contabilidad para autónomos (plan Pro, 14,99 €/mes). En el extracto del banco aparecen dos cargos de 14,99 € del día 3 de marzo con la misma referencia. Solo tengo una cuenta. ¿Me podéis devolver uno de ellos?

Gracias,
Héctor Villanueva
NIF 00000000T"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Sonia Barrachina <sonia@carpinteriabarrachina.example>",
         to="operaciones@factorya.example",
         subject="Anticipo de facturas no recibido - nóminas el viernes",
         body="""\
Buenos días,

El martes me aprobasteis el anticipo de tres facturas (operación FA-20931, 18.400 €) y en la plataforma pone «pagado» desde ayer, pero en la cuenta de la empresa no ha entrado nada. He hablado con el banco y no les consta ninguna transferencia entrante.

Con ese dinero pago las nóminas de siete trabajadores este viernes. ¿Me podéis mandar el justificante de la transferencia o decirme qué ha pasado?

Sonia Barrachina
Carpintería Barrachina
Tel. 960 000 903"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Administración Gestoría Pardo <admin@gestoriapardo.example>",
         to="clientes@imprentingrenting.example",
         subject="Factura de renting con una impresora de más",
         body="""\
Hola,

En la factura n.º R-2024-1187 nos cobran el alquiler de tres multifunción, pero desde enero solo tenemos dos: la tercera se la llevó vuestro técnico (tengo el albarán de retirada firmado). La diferencia son 89 € más IVA.

¿Podéis emitir una factura rectificativa? No quiero que se domicilie la actual.

Un saludo,
Nuria Pardo"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gonzalo Ibarra <gonzalo.ibarra@correo.example>",
         to="hola@impulsamos.example",
         subject="Pregunta sobre un cargo de 0,35 €",
         body="""\
Hola, he apoyado un proyecto con 20 € y en la tarjeta veo 20,35 €. No es que me importe, solo por curiosidad: ¿esos 35 céntimos son una comisión vuestra o del banco?

Saludos"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Fernando Ledesma <fledesma@correo.example>",
         to="banca.online@cajarural-sierra.example",
         subject="Acceso bloqueado a la banca online",
         body="""\
Buenas,

Me equivoqué varias veces con la clave y ahora la banca online me dice «usuario bloqueado, contacte con su oficina». Mi oficina está cerrada por las tardes y no puedo ir hasta el lunes. ¿Hay alguna forma de desbloquearlo a distancia?

Socio n.º 0047713
Fernando Ledesma"""),

    dict(n=15, signals="account", priority="medium", trap="question-form", qt=0, reply=0,
         frm="Beatriz Montoro <bea.montoro@correo.example>",
         to="soporte@bovedaclave.example",
         subject="¿Es normal que el código SMS llegue cuando ya ha caducado?",
         body="""\
Hola:

Cambié de número de teléfono y lo actualicé en mi gestor de contraseñas, pero ¿es normal que el código de verificación me llegue diez minutos después, cuando ya ha caducado? Lo he pedido cinco veces y siempre pasa lo mismo, así que no consigo entrar en mi bóveda desde el portátil nuevo.

Gracias de antemano,
Beatriz"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Diego Arenas Pou <diego.arenas.pou@correo.example>",
         to="matricula@univalle.example",
         subject="Cambio de correo en el portal de matrícula",
         body="""\
Hola,

En el portal de matrícula tengo registrado el correo de mi antiguo instituto, que ya no existe. Al intentar cambiarlo, el portal me envía un código de confirmación a esa dirección antigua, así que no puedo completarlo. Necesito recibir el aviso de admisión en mi correo actual (este).

Diego Arenas Pou
DNI 00000000S
Per cert, if it is easier I can send you a scan of my ID."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Elena Cuesta <elena@cuestaeventos.example>",
         to="ayuda@firmaya.example",
         subject="Cómo cambio mi contraseña",
         body="""\
Hola, ¿dónde se cambia la contraseña de mi cuenta? No encuentro la opción en el menú. Gracias.

Elena"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Raúl Esteve <raul.esteve@logisticaesteve.example>",
         to="ventas@tunelseguro.example",
         subject="¿El plan Empresa cubre caídas del servicio?",
         body="""\
Hola,

Estamos valorando contratar vuestra VPN para 25 personas. Antes de decidir, tengo dos dudas:

1. Si hay una caída del servicio, ¿el plan Empresa tiene algún SLA o compensación?
2. ¿Qué pasa con los datos si alguien pierde el portátil? ¿Se puede revocar el acceso a distancia?

Todavía no somos clientes; solo queremos comparar con otras ofertas.

Raúl Esteve"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Montserrat Gili <montse.gili@correo.example>",
         to="avisos@cooperativacredit.example",
         subject="Re: Aviso importante: intentos de fraude por SMS",
         body="""\
Hola, gracias por el aviso. ¿Podríais enviarme estas comunicaciones en catalán? Lo tengo así en mis preferencias.

Montse

> Estimado socio:
> Hemos detectado una campaña de SMS fraudulentos que suplantan a la cooperativa
> para robar credenciales y vaciar cuentas. Nunca le pediremos sus claves por SMS.
> Si ha facilitado datos, bloquee su tarjeta de inmediato."""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Tomás Aguirre <tomas.aguirre@despachoaguirre.example>",
         to="soporte@imprentingrenting.example",
         subject="Re: La impresora de la segunda planta se atasca",
         body="""\
Buenos días,

Solo para deciros que desde que vino el técnico el jueves la impresora de la segunda planta no se ha vuelto a atascar ni una vez. Menudo desastre era antes; ahora va como la seda. Muchas gracias a Rubén por la paciencia.

Tomás Aguirre"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Ana Belén Serrano <anabelen.serrano@correo.example>",
         to="ebiblio@bibliotecasmunicipales.example",
         subject="Lista de espera de «Incendios» y «Crónica de una muerte anunciada»",
         body="""\
Hola,

Estoy en la lista de espera del libro electrónico «Incendios» desde hace dos meses. ¿Tenéis previsto comprar más licencias? Para el club de lectura también nos interesa «Crónica de una muerte anunciada»; si lo añadís al catálogo, seremos unas doce personas.

Un saludo,
Ana Belén"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Escudo Antivirus Noticias <boletin@escudoav.example>",
         to="soporte@asesoriasur.example",
         subject="Boletín de abril: el ransomware ataca de nuevo, ¿estás preparado?",
         body="""\
EN ESTE NÚMERO

- Ransomware en pymes: cinco errores que abren la puerta a los atacantes.
- Webinar gratuito, 24 de abril: «Qué hacer en las primeras horas tras una brecha de datos».
- Nueva función: copia de seguridad automática de tu carpeta de documentos.

Recibes este boletín porque eres cliente de Escudo Antivirus. Darte de baja: escudoav.example/baja"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Jorge Salcedo <jorge.salcedo@correo.example>",
         to="tramites@ayto-vallehermoso.example",
         subject="Solicitud de tarjeta de aparcamiento de residentes",
         body="""\
Buenas tardes,

Les escribo por la renovación de la tarjeta de aparcamiento de residentes de la zona azul (calle Laurel, 14). Llevo toda la semana intentándolo y quería comentarles lo que me pasa por si le ocurre a más gente. Primero pensé que era mi conexión, luego el navegador del trabajo, luego el del móvil... al final he ido descartando cosas.

Lo que falla es el paso de adjuntar documentos: al subir el permiso de circulación en PDF, la página se queda cargando y acaba en error 500. Lo he probado con archivos pequeños y con fotos, lo mismo. Con Firefox en el ordenador de mi hermana sí me ha dejado subirlo, así que la solicitud ya está presentada y no corre prisa.

Pero con Chrome y desde el móvil sigue sin ir, y supongo que no todos los vecinos sabrán darle la vuelta.

Atentamente,
Jorge Salcedo"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Irene Galván <irene.galvan@correo.example>",
         to="reservas@residenciasolana.example",
         subject="Re: Re: Devolución de la fianza - habitación 3B",
         body="""\
Es la tercera vez que escribo. Sigo sin la fianza y el lunes tengo que pagar la del piso nuevo (900 €), que no puedo adelantar sin ese dinero. Por favor, decidme hoy una fecha concreta.

Irene Galván

> El 4 de agosto, Irene Galván escribió:
> Hola, dejé la habitación 3B el 30 de junio, revisaron el cuarto y estaba todo
> correcto. Me dijeron que la fianza de 600 € se devolvía en 15 días y ya ha pasado
> un mes. ¿Podéis comprobar la transferencia?
>
> El 12 de agosto, Irene Galván escribió:
> Sigo esperando la devolución de la fianza. Nadie me ha respondido."""),
]
