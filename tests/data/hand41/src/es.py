# blind42 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rosa María Gallardo <rosamaria.gallardo@correoya.example>",
         to="atencionalcliente@calorhogar.example",
         subject="Olor a gas desde que cambiaron la caldera",
         body="""\
Buenas tardes:

El martes su técnico nos cambió la caldera (contrato CH-33910). Desde ayer por la tarde hay olor a gas en la cocina, sobre todo al lado de la caldera, y esta mañana mi marido y yo nos hemos levantado con dolor de cabeza y mareados. La niña ha vomitado dos veces.

Hemos cerrado la llave del gas, abierto todas las ventanas y nos hemos ido a casa de mi hermana. No sabemos si podemos volver a dormir allí esta noche.

Por favor, manden a alguien hoy mismo. Mi móvil es el 612 48 90 37.

Rosa María Gallardo
C/ Río Tajo, 14, 3.º B – Talavera de la Reina"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Javier Ortega Ruiz <javier.ortega@mimail.example>",
         to="reparto@farmaciacentral-online.example",
         subject="Pedido 88123 – la dosis no es la de la receta",
         body="""\
Hola:

Mi madre, de 82 años, toma levotiroxina de 25 microgramos. En el pedido 88123, que nos trajo su servicio de reparto el día 5, venían cajas de 100 microgramos, aunque la etiqueta de la farmacia pegada encima ponía 25. No me di cuenta y ella ha estado tomándolas seis días.

Desde el miércoles tiene el corazón acelerado, temblores y no duerme. Hoy la hemos llevado a urgencias y el médico nos ha dicho que es por la dosis; la tienen en observación.

Quiero saber cómo ha podido pasar y si hay más pedidos con el mismo error, porque hay mucha gente mayor que pide a domicilio. Guardamos las cajas y la bolsa con la etiqueta.

Javier Ortega Ruiz
655 21 73 04"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Álvaro Méndez <alvaro.mendez@correo-personal.example>",
         to="soporte@flixmundo.example",
         subject="Me han robado la cuenta",
         body="""\
Hola,

Esta mañana me llegó un correo vuestro diciendo que "el correo electrónico de tu cuenta se ha cambiado correctamente" y, cinco minutos después, otro de cambio de contraseña. Yo no he tocado nada.

Ahora no puedo entrar: me dice que no existe ninguna cuenta con mi correo. En la tele del salón, que seguía con la sesión abierta, veo que han borrado los perfiles de mis hijos y han creado dos nuevos en otro idioma.

La cuenta está a mi nombre y se paga con mi tarjeta, la que acaba en 4471. Por favor, bloqueadla y devolvédmela antes de que hagan nada más con ella.

Álvaro Méndez"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Lucía Navarro <lucia.navarro@webcorreo.example>",
         to="socios@fitzonagym.example",
         subject="En mi app salen los recibos de otra persona",
         body="""\
Hola,

Hoy al entrar en la app del gimnasio, en "Mis recibos", me aparecen recibos que no son míos: nombre y apellidos de otro socio, su DNI completo, su dirección y el IBAN de su cuenta. Si cierro sesión y vuelvo a entrar, a veces sale otra persona distinta.

Me imagino que a otros socios les estará saliendo lo mío, y no me hace ninguna gracia, la verdad.

Tengo capturas de pantalla por si las necesitáis. ¿Podéis revisarlo cuanto antes?

Lucía Navarro
Socia n.º 20566 – centro Valencia-Ruzafa"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Marta Iglesias <direccion@clinicasdentalessonrisa.example>",
         to="soporte@dentalsoft.example",
         subject="Las tres clínicas sin agenda ni radiografías desde las 8:30",
         body="""\
Buenos días:

Desde las 8:30, en nuestras tres clínicas (Getafe, Leganés y Alcorcón) el programa se queda en la pantalla de carga y no abre ni la agenda ni las historias clínicas. Tampoco podemos ver las radiografías del escáner intraoral.

Hoy tenemos 64 pacientes citados, entre ellos tres cirugías de implantes a media mañana, y no podemos consultar sus historias ni sus alergias. De momento solo estamos atendiendo urgencias, con papel.

Necesitamos que alguien nos llame ya al 91 683 20 45.

Dra. Marta Iglesias
Directora médica
Clínicas Dentales Sonrisa, S.L.
C/ Madrid, 38 – 28901 Getafe

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sujeta a secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos son tratados por Clínicas Dentales Sonrisa, S.L. con la finalidad de atender su comunicación."""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Iñaki Zubizarreta <inaki@carreranocturnasanturtzi.example>",
         to="soporte@cronotiming.example",
         subject="URGENTE: la app de recogida de dorsales no carga – salida a las 18:00",
         body="""\
Hola,

Hoy a las 18:00 es la Carrera Nocturna de Santurtzi y la app de recogida de dorsales no carga en ninguna de las 12 tablets del puesto: se queda en "Sincronizando inscritos…" y de ahí no pasa. Lo hemos probado con el wifi del polideportivo y con datos móviles, y hemos reinstalado la app en dos tablets. Nada.

Tenemos 3.150 inscritos, ya hay una cola de unas 400 personas y sin la app no podemos asignar los chips de cronometraje a los dorsales.

Llamadme en cuanto leáis esto: 688 30 14 72.

Iñaki Zubizarreta
Director de carrera"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Noelia Castro <noelia@peluquerianoelia.example>",
         to="ayuda@citafacil.example",
         subject="No me sale la agenda",
         body="""\
Hola, desde esta mañana abro la agenda de la peluquería y sale en blanco, ni en el ordenador ni en el móvil. No veo las citas de hoy ni las de la semana y las clientas me llaman para confirmar y no sé qué decirles. Somos solo mi ayudante y yo. Por favor, mirad qué pasa.

Noelia – Peluquería Noelia, Jaén

Enviado desde mi móvil"""),

    dict(n=8, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Francisco Javier Romero <fj.romero@buzonweb.example>",
         to="atencion@movistel.example",
         subject="Varias consultas sobre mi contrato",
         body="""\
Buenos días:

Les escribo por tres cosas:

1. ¿Puedo cambiar yo mismo el nombre de la red wifi o tiene que venir un técnico?
2. ¿Cuándo se aplicará la subida de velocidad que anunciaban en la carta de noviembre?
3. Desde el jueves, el decodificador de la tele no carga ningún canal: sale "Sin señal – código E-204". Internet y el fijo van bien. He reiniciado el decodificador y el router varias veces. Esto es lo que más me importa, porque mi padre vive conmigo y la tele es casi toda su compañía.

Muchas gracias.

Francisco Javier Romero
Cliente n.º 7720 1184"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Elena Sáez <elena.saez@correobuzon.example>",
         to="app@volticar.example",
         subject="La app tarda mucho en mostrar la batería",
         body="""\
Hola:

Os escribo sin ninguna prisa. Desde hace un par de semanas, la app de Volticar tarda un minuto o más en mostrar el nivel de batería y la autonomía del coche; al principio sale una raya y luego ya aparece. Lo demás (climatización a distancia, abrir y cerrar) va perfecto.

No es grave, pero por si os sirve: iPhone 13 con iOS 18, coche modelo V3 de 2025.

Un saludo,
Elena Sáez"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Antonio Beltrán <antonio.beltran@mail-es.example>",
         to="ayuda@aparcapp.example",
         subject="Consulta sobre los gastos de gestión de 0,25 €",
         body="""\
Hola, buenas:

He visto en el último resumen de la app que, además de lo que pago de aparcamiento, aparece una línea de "gastos de gestión" de 0,25 € en cada estacionamiento. No es por el dinero, es por entenderlo: ¿se cobra siempre o depende de la ciudad? ¿Tenéis alguna tarifa mensual que lo incluya?

Gracias,
Antonio Beltrán"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Carla Ibáñez <carla.ibanez@mimail-es.example>",
         to="clientes@entradasya.example",
         subject="Me habéis cobrado dos veces las entradas",
         body="""\
Hola:

Ayer compré 2 entradas para el concierto de Los Rayos del Sur en Zaragoza (pedido EY-4419023). En el banco me aparecen dos cargos de 78,50 € a la misma hora, pero yo solo tengo un pedido y un único correo de confirmación.

¿Podéis anular el segundo cargo? Os adjunto captura del extracto.

Un saludo,
Carla Ibáñez"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Manuel Herrera Vidal <manuel.herrera@correo-casa.example>",
         to="clientes@segurosatlantida.example",
         subject="RV: Renovación de su póliza de hogar",
         body="""\
Buenos días:

Les reenvío su propia carta de renovación. Como verán, el precio para el nuevo periodo era de 392,40 €. Sin embargo, el día 1 me han cargado en cuenta un recibo de 487,15 € por la misma póliza. No he cambiado nada ni he añadido ninguna cobertura.

Les ruego que me devuelvan la diferencia o me expliquen de dónde sale.

Atentamente,
Manuel Herrera Vidal

-----Mensaje original-----
De: Seguros Atlántida <no-responder@segurosatlantida.example>
Enviado el: lunes, 2 de noviembre de 2026 10:05
Para: manuel.herrera@correo-casa.example
Asunto: Renovación de su póliza de hogar

Estimado cliente:
Le informamos de que su póliza de hogar n.º HG-0573318 se renovará automáticamente el 1 de diciembre de 2026.
Prima total anual: 392,40 € (impuestos incluidos).
Si no desea renovarla, le rogamos que nos lo comunique con un mes de antelación.
Seguros Atlántida"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Sergio Domínguez <sergio.dominguez@viajeros-mail.example>",
         to="tarjetas@bancoiberico.example",
         subject="Tarjeta bloqueada en México, urgente",
         body="""\
Hola, estoy en Ciudad de México por trabajo y desde ayer me rechazan la tarjeta de débito en todas partes; en la app sale "Tarjeta bloqueada preventivamente". Los pagos los he hecho todos yo.
Mañana a las 12 tengo que dejar el hotel y pagar 6 noches (unos 900 €) y no llevo otra tarjeta. Por teléfono no consigo hablar con nadie por la diferencia horaria. ¿Podéis desbloquearla hoy?

Sergio Domínguez
DNI 45187293K

Enviado desde mi iPhone"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Pilar Soto <pilar.soto@hogar-mail.example>",
         to="oficinavirtual@aguasdelvalle.example",
         subject="Cambiar el teléfono de la oficina virtual",
         body="""\
Hola:

He cambiado de número de móvil y quiero ponerlo en mi cuenta de la oficina virtual, porque los avisos y los códigos siguen llegando al número antiguo. De momento entro sin problema con la contraseña.

¿Se puede cambiar desde la web o tengo que pasar por la oficina? No encuentro dónde. Mi número de contrato es 100-448271.

Muchas gracias y un saludo,
Pilar Soto"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Giulia Bianchi <giulia.bianchi@posta-it.example>",
         to="programa@volaria-miles.example",
         subject="Cuenta de puntos bloqueada",
         body="""\
Hola,

Soy socia de su programa de puntos (n. VM 8830174). Ayer he intentado entrar en la web para mirar mis puntos y después de tres veces con la contraseña mal la cuenta se ha bloqueado. El mensaje dice que se desbloquea "en 24 horas", pero ya son pasadas más de 48 y sigue igual. Tambien he pedido una nueva contraseña pero el correo no me llega, ni en spam.

Tengo casi 40.000 puntos y quería usarlos para un vuelo en enero.

Gracias por la ayuda y perdone mi español.
Giulia Bianchi"""),

    dict(n=16, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Raúl Vega <raulvega@buzon-es.example>",
         to="soporte@encuentrame.example",
         subject="Pedí borrar mi cuenta y me seguís cobrando",
         body="""\
Hola,

En septiembre pedí desde la app que borrarais mi cuenta y todos mis datos. Me contestasteis que "se procesaría en un plazo de 30 días". Estamos en diciembre, la cuenta sigue existiendo (me siguen llegando avisos de mensajes y una amiga me dice que mi perfil sigue apareciendo) y encima me habéis cobrado 14,99 € en octubre, noviembre y diciembre.

Quiero que borréis la cuenta de verdad y que me devolváis esos tres meses.

Raúl Vega"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Ramón Campos Gil <ramon.campos@asesoriacampos.example>",
         to="soporte@nominasplus.example",
         subject="RE: [Ticket #73190] Acceso a la cuenta de la asesoría",
         body="""\
Buenos días:

Le contesto entre líneas. Tengan en cuenta la urgencia, por favor: hoy tenemos que cerrar y enviar las nóminas de diciembre de 31 empresas clientes y sin acceso a la plataforma estamos parados.

El mar, 8 dic 2026 a las 17:20, Soporte NóminasPlus (<soporte@nominasplus.example>) escribió:
> Estimado cliente:
> Para poder ayudarle necesitamos la siguiente información:
> 1. Usuario con el que intenta acceder.
admin@asesoriacampos.example, que es el usuario administrador de la asesoría.
> 2. ¿Recibe el código de verificación por SMS?
No. El código se envía al móvil de la antigua gerente, que se jubiló en noviembre; esa línea ya está dada de baja y nadie más tiene permisos de administrador.
> 3. Documento que acredite su representación de la empresa.
Le adjunto la escritura de poderes y mi DNI.

Un saludo,

Ramón Campos Gil
Socio director – Asesoría Campos y Asociados
Gran Vía, 22 – 30005 Murcia
Tel. 968 22 47 10"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marisa Peña <marisa.pena@correoweb.example>",
         to="reservas@asadorelfogon.example",
         subject="Gracias por la cena del sábado",
         body="""\
¡Hola!

Solo quería daros las gracias por la cena de cumpleaños de mi padre el sábado. El chuletón estaba de muerte, la tarta de queso una bomba y el camarero, Rubén, un crack: nos tuvo muertos de risa toda la noche. Mi padre, que es muy exigente, salió diciendo que había que volver, aunque reventara de tanto comer. Vamos, que la parrilla estaba que ardía y nosotros también.

Una pregunta que se me olvidó haceros allí: ¿vendéis vales regalo? Quiero regalarle uno a mi hermana, que está que echa humo porque no pudo venir.

Un abrazo,
Marisa"""),

    dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Jordi Puig <jordi.puig@correu-cat.example>",
         to="huespedes@apartamentoscostabrava.example",
         subject="Apartamento 3B – contraseña del wifi y un par de dudas",
         body="""\
Hola, buenas tardes:

Acabamos de llegar al apartamento 3B, todo perfecto. Solo unas dudas:

- La contraseña del wifi que está en la nevera no nos funciona, creo que hay una O que puede ser un cero. ¿Nos la confirmáis?
- La lavadora tiene un candado en la pantalla y no nos deja elegir programa. ¿Es el bloqueo infantil? ¿Cómo se quita?
- La caja fuerte del armario pide un código: ¿es el mismo que el de la puerta de entrada?

Gracias,
Jordi"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Beatriz Molina <beatriz.molina@hogarmail.example>",
         to="tienda@decorahogar.example",
         subject="Dudas sobre las cortinas Blackout Total",
         body="""\
Hola:

Estoy pensando en comprar las cortinas Blackout Total (ref. BT-140) para la habitación del bebé y tengo algunas dudas antes de hacer el pedido:

- ¿El tejido es ignífugo? La cortina quedaría cerca del radiador y me da miedo que se queme o que suelte algún olor tóxico.
- ¿Bloquean el 100 % de la luz o se cuela algo por los lados?
- Si al recibirlas no me convence el color, ¿cómo funcionan la devolución y el reembolso? ¿Quién paga el envío?

Y una última: el spray "Polilla KO" que tenéis en la misma sección, ¿es venenoso para gatos?

Gracias de antemano,
Beatriz Molina"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Óscar Prieto <oscar.prieto@deportes-mail.example>",
         to="recepcion@clubpadelsur.example",
         subject="Cambio de grupo para febrero",
         body="""\
Hola, ¿qué tal?

Os cuento: me rompí el ligamento del tobillo jugando al fútbol con los del trabajo (sí, ya lo sé...), me pasé la tarde en urgencias del hospital y me han dicho que nada de deporte hasta febrero. Así que este mes no me veréis por el grupo de los martes a las 19:00.

La pregunta de verdad: cuando vuelva en febrero, ¿podría pasarme al grupo de los jueves a las 20:30? Con el nuevo horario del trabajo me viene mucho mejor.

Gracias y nos vemos pronto (cojeando),
Óscar Prieto"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Teresa Alonso <teresa.alonso@correo-familia.example>",
         to="clientes@supercesta.example",
         subject="Re: Cargo duplicado en el pedido 556-20913",
         body="""\
¡Perfecto! Ya me ha aparecido en la cuenta. Muchas gracias por la rapidez.

Otra cosa: ¿el próximo pedido se puede programar para el sábado por la mañana?

Saludos,
Teresa

El lun, 7 dic 2026 a las 11:32, Atención al Cliente SuperCesta (<clientes@supercesta.example>) escribió:
> Hola, Teresa:
> Hemos comprobado que el pedido 556-20913 se cobró dos veces por un error en la pasarela de pago.
> Ya hemos ordenado la devolución de 112,36 €; la verás en tu cuenta en 2-3 días hábiles.
> Un saludo,
> Equipo SuperCesta
>
> El sáb, 5 dic 2026 a las 19:04, Teresa Alonso (<teresa.alonso@correo-familia.example>) escribió:
> > Hola, me habéis cobrado dos veces la compra de esta semana (112,36 € cada vez).
> > Os mando captura del banco. ¿Me devolvéis uno de los dos cargos?"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Carmen Villalobos <c.villalobos@hotelesmediterraneo.example>",
         to="enterprise@channelsync.example",
         subject="Incidencia CS-88120 – retrasos en la sincronización de tarifas (contrato ENT-0412)",
         body="""\
Buenos días:

Como clientes del plan Enterprise (contrato ENT-0412, con un SLA de respuesta de 4 horas para incidencias de prioridad 2), les comunico lo siguiente.

Desde el lunes, los cambios de tarifas y disponibilidad que hacemos en ChannelSync tardan entre 2 y 3 horas en llegar a Booking y Expedia, cuando antes era cuestión de minutos. Afecta a nuestros 9 hoteles. Las reservas siguen entrando, pero ayer vendimos 14 habitaciones en Benidorm a la tarifa antigua, 30 € por debajo, porque la subida aún no se había publicado.

Abrimos la incidencia CS-88120 el martes a las 10:15 y a día de hoy solo tenemos la respuesta automática, lo que incumple el SLA firmado.

Les ruego que la escalen a su equipo técnico y que hoy mismo nos indiquen un responsable y un plazo de solución.

Atentamente,

Carmen Villalobos
Directora de Revenue Management
Grupo Hoteles Mediterráneo
Avda. de la Estación, 5 – 03003 Alicante"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Tomás Aguilar <tomas@cinesaguilar.example>",
         to="soporte@taquillaweb.example",
         subject="El control de acceso se cierra al leer entradas web",
         body="""\
Hola:

Somos un cine de dos salas en Teruel. Desde la actualización del viernes, la app de control de acceso de las PDA se cierra sola en cuanto escaneamos el código QR de una entrada comprada por internet. Las que se venden en taquilla se leen bien.

De momento nos apañamos: en la puerta comprobamos las entradas web a mano con el listado de compras en el portátil. Es más lento, pero con el público que tenemos entre semana se puede. Para el estreno del día 18 sí nos gustaría tenerlo resuelto.

¿Podéis echarle un vistazo cuando podáis?

Gracias,
Tomás Aguilar
Cines Aguilar"""),
]
