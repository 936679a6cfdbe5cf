# hand6 (blind7) -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ainhoa Berasategui <ainhoa.berasa@correo-norte.example>",
         to="atencion@pistasaltoaran.example",
         subject="Lo que pasó ayer en el telesilla Mirador",
         body="""\
Buenos días,

Les escribo todavía con el cuerpo revuelto. Ayer sábado, sobre las 11:40, subimos mi hijo Unai (8 años) y yo en el telesilla Mirador, el de cuatro plazas. Bajé la barra como siempre pero no hizo el clic, se quedó a medio camino y volvía a subir sola cada vez que la soltaba. Al pasar la segunda torre el asiento dio un tirón y Unai se fue resbalando hacia delante; lo tuve que agarrar del anorak con las dos manos hasta casi la llegada, con medio cuerpo fuera. Se le soltaron los esquís y cayeron a la pista desde no sé cuántos metros.

Al llegar arriba se lo dije al chico de la caseta y me contestó que "a veces se engancha". El asiento era el número 57, me fijé.

No quiero montar un escándalo, pero quiero saber que alguien lo va a revisar antes de que suba otro niño en esa silla. Si hace falta les doy mi teléfono.

Ainhoa Berasategui"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rodrigo Salvatierra <rsalvatierra@mailbox-andes.example>",
         to="reservas@apartamentoslacaleta.example",
         subject="Apartamento 3B - reclamación",
         body="""\
Hola,

Estamos alojados en el apartamento 3B desde el jueves (reserva CAL-20931). Esta mañana mi esposa y yo nos despertamos con un dolor de cabeza horrible, como una resaca sin haber bebido nada, y la nena de 4 años vomitó dos veces y estaba medio adormilada, no reaccionaba como siempre. Salimos a la terraza y en media hora ya estábamos mejor.

Anoche nos duchamos los tres seguidos con la puerta del baño cerrada. El calentador del baño hace una llama amarillenta y tiene una mancha negra encima, en la pared. La ventanita del baño está sellada con silicona, no se puede abrir.

No vamos a volver a dormir ahí dentro hasta que alguien lo mire. Necesitamos que nos llamen hoy mismo o que nos cambien de apartamento, por favor.

Rodrigo Salvatierra
+34 600 000 417"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Marisol Quintana <mquintana@webcorreo.example>",
         to="hola@cerveceraelmolino.example",
         subject="Cristal dentro de una botella de vuestra Tostada",
         body="""\
Buenas tardes:

Compré en vuestra tienda online una caja de 12 de la Tostada de Invierno (pedido 44871, lote en la etiqueta: L-2611-B). Anoche mi hermano se sirvió una y al beber notó algo duro: era un trozo de vidrio de casi un centímetro. Se cortó en el labio y en la encía, sangró bastante y acabamos en urgencias para que le miraran la boca y comprobaran que no se había tragado otro trozo. Le han dado tres puntos.

He mirado las otras once botellas a contraluz y en una también se ve algo brillando en el fondo. Las tengo guardadas, sin abrir, por si las queréis analizar.

Esto es peligroso de verdad: si hay más cajas de ese lote en las tiendas, alguien va a acabar peor que mi hermano. Por favor, decidme qué vais a hacer con el lote y cómo os hago llegar las botellas.

Marisol Quintana"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="data-security", qt=0, reply=0,
         frm="Iván Cordero Ríos <ivan.cordero@logisticasur.example>",
         to="soporte@nominaplus.example",
         subject="NO he cambiado yo mi cuenta bancaria",
         body="""\
Hola, soy empleado de Logística Sur (código de empleado 00318) y uso vuestro portal para ver las nóminas.

Hoy no me ha llegado la nómina de noviembre. He entrado al portal y en "Datos bancarios" aparece un IBAN que no es el mío, terminado en 7702, modificado el día 24 a las 03:12 de la madrugada. Yo a esa hora estaba durmiendo. RRHH me dice que el pago salió el 30 a esa cuenta: 1.846,20 €.

Además en el historial de sesiones hay dos accesos desde un navegador que no uso. Ya he cambiado la contraseña y sigo pudiendo entrar, pero no sé qué más han visto: ahí están mi DNI, mi dirección y todas mis nóminas.

Necesito que bloqueéis cualquier cambio de IBAN en mi ficha, que me digáis desde dónde se hizo y cómo reclamo el dinero. Tengo que pagar el alquiler el día 5.

Iván Cordero"""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Taquilla Teatro Olmedo <taquilla@teatroolmedo.example>",
         to="soporte@entradasya.example",
         subject="URGENTE plataforma caida - funcion 20:30",
         body="""\
Vuestra plataforma de venta está caída desde las 18:05 más o menos. En taquilla el TPV de entradas da "Error de comunicación con el servidor" y la web pública sale en blanco. Hemos probado desde dos ordenadores y con el móvil por 4G: igual.

Tenemos función a las 20:30, aforo de 640, y hay cola en la puerta con gente que viene a comprar y gente que no puede enseñar la entrada porque el enlace del correo no abre. Tampoco podemos validar con la app de control de acceso.

Llamad al 91 000 22 84, preguntad por Nacho o por Lidia. No tenemos plan B más allá de apuntar nombres en un papel.

Nacho Ferrer
Jefe de sala - Teatro Olmedo"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Valentina Ocampo <vale.ocampo@profes-independientes.example>",
         to="ayuda@aulavivaidiomas.example",
         subject="no puedo dar clase",
         body="""\
Buenas tardes, les escribo desde Medellín.

Desde esta mañana no logro abrir mi aula virtual. Entro con mi usuario normal, veo la lista de mis grupos, pero al darle "Iniciar clase" la pantalla se queda con el circulito dando vueltas y a los dos minutos sale "No se pudo establecer la conexión". Borré caché, probé en Chrome y en Firefox, reinicié el router, hasta probé desde el celular de mi hermana. Nada.

Mis estudiantes sí ven la sala de espera pero yo no puedo entrar, entonces ya tuve que cancelar dos clases de alemán B1 (10:00 y 14:00) y tengo otra a las 18:00. Vivo de estas clases, les agradezco que me ayuden rápido.

Mi usuario es v.ocampo.de

Mil gracias,
Valentina"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Biblioteca Municipal Villarreal del Campo <biblioteca@villarrealdelcampo.example>",
         to="incidencias@bibliotec-sistemas.example",
         subject="Máquinas de autopréstamo",
         body="""\
Hola,

Os comento una incidencia con las dos máquinas de autopréstamo de la sala infantil. Desde el lunes, más o menos una de cada tres operaciones se queda parada en "Comprobando ejemplar..." y al final no registra el préstamo. Si el usuario lo vuelve a intentar a veces funciona. Las devoluciones parece que van bien.

De momento hemos puesto un cartel y los préstamos los hacemos en el mostrador con el programa de escritorio, que sí va, pero por las tardes con los colegios se nos forma bastante cola y la compañera está sola.

¿Podéis mirarlo esta semana? Si necesitáis que reiniciemos algo o que os mandemos un log, decidnos cómo.

Un saludo,
Begoña Llorente
Biblioteca Municipal"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lab. Dental Ortiz Paredes <produccion@labortizparedes.example>",
         to="soporte@escanlink.example",
         subject="Sin recibir escaneos desde ayer por la tarde",
         body="""\
Buenos días,

Desde ayer sobre las 17:00 no nos entra ningún caso nuevo en la bandeja de vuestro portal. Las clínicas nos llaman diciendo que lo envían desde el escáner intraoral y les aparece como "Enviado", pero aquí la bandeja sigue igual; el último caso que tenemos es el 26-11873. Hoy ya son al menos 14 clínicas las que nos han dicho que han mandado trabajo.

Los técnicos de CAD están parados, la fresadora está sin trabajo y hay coronas provisionales y férulas que las clínicas necesitan para citas de mañana a primera hora. Hemos pedido que nos manden los STL por correo, pero muchos escáneres sólo exportan a vuestra plataforma.

Por favor, que alguien nos llame cuanto antes al 96 000 48 19.

Julián Paredes
Responsable de producción"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ezequiel Barbieri <ezebarbieri@campolasacacias.example>",
         to="soporte@rtkpampa.example",
         subject="se me perdió la señal del piloto, estoy en plena siembra",
         body="""\
Hola, buenas.

Desde hoy a las 6 de la mañana el piloto automático de la sembradora no agarra la corrección. En el monitor del tractor me figura "RTK: sin datos de la base" y queda en flotante, con un error de 30-40 cm entre pasadas. Ayer a la tarde andaba perfecto. Reinicié el monitor dos veces, revisé el chip del módem y tiene saldo y señal de sobra.

Así no puedo sembrar, me quedan 180 hectáreas de soja y para la semana que viene anuncian lluvia. Tengo el tractor parado al lado del lote esperando.

Suscripción nro. 55-0921, Establecimiento Las Acacias.

Ezequiel"""),

    dict(n=10, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Lucía Montenegro <lucia@tallerlaurel.example>",
         to="creadores@impulsafondos.example",
         subject="Transferencia de la campaña 'Lámparas Laurel'",
         body="""\
Hola equipo,

Nuestra campaña "Lámparas Laurel" terminó el 14 de noviembre con 23.410 € recaudados. En el panel pone desde el día 21 "Fondos transferidos", pero en la cuenta de la empresa (la que está verificada en el perfil, terminada en 5531) no ha entrado nada, ni siquiera una parte. He hablado con el banco y no tienen ninguna transferencia entrante ni rechazada.

El problema es que con ese dinero tenemos que pagar al fabricante de las pantallas, que nos ha dado de plazo hasta el viernes; si no pagamos, perdemos nuestro turno de producción y los mecenas reciben sus lámparas en marzo en vez de en enero.

¿Me podéis decir la fecha exacta de la orden, el importe que salió y el identificador de la transferencia para que el banco la rastree?

Gracias,
Lucía Montenegro
Taller Laurel S.L."""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Fernando Alcocer <fer.alcocer@correomx.example>",
         to="clientes@mudanzasrapidas.example",
         subject="cobro repetido",
         body="""\
Buen día,

El martes contraté con ustedes la mudanza de Coyoacán a Querétaro para el 12 de diciembre (folio MR-7734). El anticipo era de $3,500 y lo pagué con tarjeta en su página. Hoy reviso mi estado de cuenta y aparecen DOS cargos de $3,500, a las 13:02 y a las 13:03, los dos con el nombre MUDANZAS RAPIDAS QRO. Creo que fue porque la página se quedó pensando y le volví a dar al botón.

Solo quiero que me regresen uno de los dos. La captura del estado de cuenta se las mando en otro correo porque pesa mucho.

Saludos
Fernando Alcocer"""),

    dict(n=12, signals="payment", priority="medium", trap="forwarded", qt=0, reply=0,
         frm="Carmen Gallardo Nieto <carmengn@buzon-del-sur.example>",
         to="socios@bioparquelasdunas.example",
         subject="Pase anual",
         body="""\
Buenas tardes,

En septiembre pedí por el formulario de la web la baja del pase anual familiar (socio nº 20-4471), porque nos mudamos a Zaragoza y ya no vamos a ir. Me llegó un correo automático diciendo "Hemos recibido su solicitud". Aun así, el 1 de diciembre me han pasado el recibo de renovación: 164 € por domiciliación.

Os reenvío abajo el acuse de septiembre. Os pido que anuléis la renovación y me devolváis el importe a la misma cuenta. Si lo tengo que devolver yo desde el banco, decídmelo, pero prefiero hacerlo bien.

Gracias, y un saludo a los suricatos de mi parte, que los vamos a echar de menos.

Carmen

---------- Mensaje reenviado ----------
De: Bioparque Las Dunas <no-responder@bioparquelasdunas.example>
Fecha: 16 sept 2026 10:22
Asunto: Hemos recibido su solicitud
Hemos recibido su solicitud de baja. Referencia: BAJ-88102."""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Tomás Iriarte <tomas.iriarte@correo-uni.example>",
         to="hola@lavanderiaburbuja.example",
         subject="duda",
         body="""\
hola! uso vuestra app para las lavadoras del local de la calle Ancha. en el resumen del mes que me llega al correo aparece una linea "Gestión de servicio 0,35 €" que los otros meses no estaba y que me habeis cobrado con lo demas. no es por el dinero eh, solo quiero saber si es algo nuevo que se va a cobrar siempre o si es un error.
gracias!
Tomás"""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Nerea Pastor <nerea.pastor@contactaplus.example>",
         to="soporte@voxdesk.example",
         subject="usuario bloqueado, entro a las 15h",
         body="""\
Hola,

Soy agente de Contacta Plus (campaña de seguros de hogar). Esta mañana, desde casa, la aplicación me pidió cambiar la contraseña; la cambié y al volver a entrar me dice que la contraseña no es válida. Después de tres intentos me salió "Usuario bloqueado. Contacte con su administrador". Mi supervisora está de vacaciones hasta el lunes y el compañero de sistemas dice que el desbloqueo lo tenéis que hacer vosotros.

Mi turno empieza a las 15:00 y sin usuario no puedo coger llamadas ni ver la agenda, y me cuentan la jornada como no trabajada.

Usuario: npastor.cp
Extensión: 4418

Gracias,
Nerea"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Álvaro Benítez <alvaro@fotoaereabenitez.example>",
         to="soporte@planvuelo.example",
         subject="Código de verificación al número antiguo",
         body="""\
Buenas,

Tengo cuenta en vuestra app de planificación de vuelos de drones (la uso para pedir las autorizaciones en zona urbana). Cambié de compañía y de número de móvil hace unas semanas y no actualicé el teléfono en el perfil, error mío. Ahora cada vez que inicio sesión en el portátil me pide el código por SMS y lo manda al número viejo, que ya no existe.

En la tablet todavía tengo la sesión abierta, pero desde ahí no me deja cambiar el teléfono sin... introducir un código que llega al número viejo. Un círculo perfecto.

¿Cómo lo hacemos? Os puedo mandar foto del DNI y del certificado de piloto, lo que haga falta. Tengo un trabajo de fotos de una obra la semana que viene, no es para hoy.

Álvaro Benítez
Operador UAS ES-OP-000417"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Paula Serrano <paula.serrano@estudioforma.example>",
         to="cuentas@imprime3d.example",
         subject="RE: Factura noviembre - Estudio Forma",
         body="""\
Gracias por la aclaración, entendido.

Aprovecho para otra cosa: la cuenta de empresa de Estudio Forma sigue a nombre de Marcos Gil, que dejó el estudio en octubre. Cuando intento añadirme como administradora me dice que sólo el titular puede cambiar roles, y Marcos ya no tiene acceso al correo corporativo (lo dimos de baja). Así que ahora mismo nadie del estudio puede gestionar los usuarios ni cambiar la dirección de envío.

¿Qué documentación necesitáis para pasar la titularidad a mi nombre? Soy socia y tengo poderes, os mando la escritura si hace falta.

Paula Serrano
Estudio Forma

-----Mensaje original-----
De: Cuentas Imprime3D <cuentas@imprime3d.example>
Enviado el: martes, 1 de diciembre de 2026 12:10
Para: Paula Serrano
Asunto: RE: Factura noviembre - Estudio Forma

> Hola Paula,
> el importe de la factura F-26-3391 es mayor porque incluye el recargo por
> envío urgente de las 6 piezas en resina. No se trata de un cobro duplicado.
> Un saludo,
> Rocío"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sofía Reyes Campos <sofi.reyes@correoweb.example>",
         to="alumnos@escuelababel.example",
         subject="Cambiar correo de mi cuenta",
         body="""\
Hola, buenas tardes.

Estoy matriculada en el curso de italiano A2 de los jueves. Me registré en el campus con el correo del trabajo y a partir de enero ya no lo voy a tener, así que me gustaría pasar la cuenta a este correo personal sin perder las notas ni los audios que he subido. No encuentro la opción en "Mi perfil", solo me deja cambiar la foto y el teléfono.

¿Se puede hacer desde la web o lo tenéis que cambiar vosotros? No hay prisa, con que esté antes de Navidad me vale.

Muchas gracias,
Sofía Reyes"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chema Robles <chema@cervezaslacuadra.example>",
         to="pedidos@graficasmirasol.example",
         subject="Vaya bombazo",
         body="""\
¡Hola, Inma!

Te tenía que escribir: las etiquetas nuevas de la Rubia Salvaje han sido un bombazo. En el festival de Medina la gente hacía fotos a las botellas antes de abrirlas, nos quitaron los barriles de las manos y a las siete de la tarde ya estábamos muertos, sin una gota. Un amigo dice que el diseño está que arde en Instagram, así que ojo, que igual os llueven encargos.

Para la próxima tirada quería lo mismo pero con el papel un poco más grueso, que con el hielo de las neveras alguna se despegaba. Nada grave, eh, solo por mejorar. Cuando puedas me pasas presupuesto para 5.000 unidades y la fecha en que las tendríais.

Un abrazo enorme y gracias por aguantarnos,
Chema
Cervezas La Cuadra"""),

    dict(n=19, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Gloria Esteban <gloria.esteban@correo-rapido.example>",
         to="recepcion@hotelbahiaazul.example",
         subject="Sobre el traslado al aeropuerto",
         body="""\
Buenas noches,

Acabamos de volver a casa y quería dejar constancia de algo, sin más. La estancia en el hotel fue estupenda, la habitación y el desayuno de diez. Pero el conductor del traslado de vuelta al aeropuerto (el domingo 6, la furgoneta blanca de las 7:15) fue bastante maleducado: llegó veinte minutos tarde, no ayudó a nadie con las maletas, fue hablando por teléfono todo el camino y cuando mi marido le preguntó si podía bajar la música le contestó de malas maneras.

Llegamos a tiempo al vuelo, así que no pasó nada más. No pido nada, pero creo que deberíais saberlo porque desentona mucho con el trato del resto del personal.

Saludos cordiales,
Gloria Esteban"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Emilio Carrasco <emiliocarrasco41@buzonweb.example>",
         to="atencion@audiclaro.example",
         subject="audífonos - ya van bien",
         body="""\
Estimados señores:

Les escribí hace un mes porque los audífonos nuevos se desconectaban del teléfono a cada rato y tenía que apagarlos y encenderlos para poder hablar con mi hija. Después de la actualización que me hicieron en la tienda de la plaza, no me ha vuelto a pasar ni una vez. Quería darles las gracias, sobre todo a la chica que me atendió, Maite, que tuvo mucha paciencia conmigo.

Aprovecho para preguntarles si venden algún estuche más pequeño para llevarlos en el bolsillo, porque el que viene es grande para la chaqueta.

Atentamente,
Emilio Carrasco"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Asociación de Laboratorios Clínicos del Levante <jornadas@alcl.example>",
         to="soporte@labgestion.example",
         subject="Invitación: Jornada sobre ciberataques en laboratorios clínicos (17 dic.)",
         body="""\
Estimados socios y colaboradores:

Os invitamos a la jornada online "Ransomware, robo de datos y suplantaciones: qué hacer antes de que pase", el jueves 17 de diciembre de 10:00 a 12:30.

Programa:
- Casos reales de secuestro de datos en laboratorios europeos (y cómo se recuperaron)
- Contraseñas compartidas y accesos de antiguos empleados: el agujero más común
- Simulacro en directo: un correo de phishing de principio a fin
- Turno de preguntas con una abogada especialista en protección de datos

La inscripción es gratuita para socios. Plazas limitadas a 150 conexiones.

Inscripciones: https://alcl.example/jornadas/ciber26

Si no deseáis recibir más comunicaciones de la Asociación, responded a este correo con la palabra BAJA.

Secretaría técnica ALCL"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marta Villalobos <marta@hostalelfaro.example>",
         to="soporte@reservamar.example",
         subject="Re: Incidencia motor de reservas 29/11",
         body="""\
Perfecto, muchas gracias Sergio. Hoy ya nos han entrado tres reservas por la web y las he comprobado una por una, todo bien. También me ha llegado el informe que comentabas.

Feliz semana,
Marta
Hostal El Faro

El lun, 30 nov 2026 a las 9:47, Sergio Méndez (Soporte ReservaMar) <soporte@reservamar.example> escribió:
> Hola Marta:
> Te confirmamos que el motor de reservas estuvo caído el sábado 29 entre las
> 14:10 y las 19:35 por un fallo en uno de nuestros servidores. Durante ese
> tiempo los clientes veían una página de error y no se registró ninguna reserva.
> Ya está restablecido y hoy te enviaremos el informe de la incidencia.
> Un saludo,
> Sergio"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sistemas Teleasistencia Cantabrica <sistemas@teleasistenciacantabrica.example>",
         to="soporte-empresas@identikey.example",
         subject="Todos los operadores sin poder iniciar sesión - contrato ENT-2210",
         body="""\
Buenas,

Desde las 07:50 ninguno de los operadores del turno de mañana consigue entrar. Al pulsar "Acceder con cuenta corporativa" vuelven a la pantalla de login una y otra vez, y si lo intentan más de cinco veces la cuenta se bloquea (ya tenemos 23 cuentas bloqueadas). Los que tenían la sesión abierta desde el turno de noche siguen trabajando, pero son cuatro personas para toda la comunidad.

Os recuerdo que somos un servicio de teleasistencia: atendemos los pulsadores de personas mayores que viven solas. Ahora mismo las llamadas se están desviando a un móvil de guardia, y eso no puede durar horas.

No hemos tocado nada de nuestra configuración desde la semana pasada. ¿Habéis cambiado algún certificado esta noche?

Contrato de empresa ENT-2210. Teléfono directo: 942 000 377.

Rubén Lastra
Sistemas - Teleasistencia Cantábrica"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Jorge Aranda <jorgearanda@correo-familia.example>",
         to="clientes@nevasierra.example",
         subject="RE: RE: Devolución forfait temporada - 3er correo",
         body="""\
Tercer correo y sigo sin respuesta. Ya no sé si alguien lee esta dirección.

Resumo: forfait de temporada para 4 personas, 1.236 €, anulado en plazo el 2 de octubre, y me confirmasteis por escrito que la devolución se haría en 10 días hábiles. Estamos en diciembre. Ni dinero ni respuesta. El teléfono de atención da siempre comunicando.

Si el viernes no tengo el ingreso o al menos una explicación, pongo la reclamación en consumo y en la hoja oficial de la estación. No quiero llegar a eso, pero me estáis obligando.

Jorge Aranda

El 18 nov 2026, a las 19:03, Jorge Aranda escribió:
> Buenas tardes, vuelvo a escribir. Hace ya más de un mes de la anulación
> (ref. ANU-5521) y la devolución de los 1.236 € no aparece. ¿Me podéis decir
> en qué estado está?
>
> El 2 nov 2026, a las 10:15, Jorge Aranda escribió:
>> Hola, el 2 de octubre anulé los cuatro forfaits de temporada y me dijisteis
>> que el reembolso llegaría en 10 días hábiles. Todavía no lo he recibido.
>> Gracias."""),
]
