# blind32 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Marta Iglesias Ruiz <marta.iglesias@correo-mi.example>",
         to="tarjetas@bancosolaris.example",
         subject="Re: Robo de tarjeta - bloqueo urgente",
         body="""\
Buenas tardes:

Solo quería confirmarles que ayer me llegó la tarjeta nueva por correo certificado y ya la he activado en el cajero sin problema. Muchas gracias por la rapidez, de verdad.

Un saludo,
Marta Iglesias

El lun, 30 nov 2026 a las 9:14, Marta Iglesias Ruiz (<marta.iglesias@correo-mi.example>) escribió:
> Hola, esta mañana me han robado el bolso en el metro con la cartera dentro.
> Llevaba la tarjeta de débito terminada en 4471. Por favor, bloquéenla ya,
> no sé si han intentado usarla. Estoy llamando al teléfono de incidencias
> pero no me coge nadie.
> Marta"""),
    dict(n=2, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Javi Moreno <javimoreno88@movilnet.example>",
         to="averias@fibraplus.example",
         subject="RE: Sin conexión a internet desde el viernes",
         body="""\
ya va todo, vino el tecnico esta mañana. podeis cerrar la incidencia gracias

Enviado desde mi móvil

-------- Mensaje original --------
De: Javi Moreno <javimoreno88@movilnet.example>
Fecha: 5/12/26 20:41
Para: averias@fibraplus.example
Asunto: Sin conexión a internet desde el viernes

> El router tiene la luz LOS en rojo desde el viernes por la tarde y no hay
> internet en casa. Ya lo he reiniciado mil veces. Cliente 20-558190."""),
    dict(n=3, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Rocío Navarro <rocio.navarro@buzon.example>",
         to="ayuda@mercadoplaza.example",
         subject="Re: Cargo duplicado pedido MP-7730215",
         body="""\
El 2 dic 2026, a las 11:02, Atención al Cliente MercadoPlaza <ayuda@mercadoplaza.example> escribió:
> Estimada Rocío:
>
> Hemos verificado que el pedido MP-7730215 se cobró dos veces (2 x 64,90 €)
> por un error en la pasarela. Hemos emitido la devolución del cargo duplicado,
> que verá reflejada en su cuenta en un plazo de 3 a 5 días hábiles.
>
> Un saludo,
> Irene, equipo MercadoPlaza

Hola Irene:

Perfecto, ya me aparece el abono en el banco. Aprovecho para preguntarte otra cosa: el vendedor del juego de sartenes (es el mismo pedido) pone "envío en 7-10 días". ¿Sabes si llegará antes del día 20? Es un regalo y me vendría fatal que llegara después.

Gracias otra vez,
Rocío"""),
    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Alberto Sáez Cabrera <asaez@distribucionessaez.example>",
         to="soporte@vendecrm.example",
         subject="RE: Cuenta bloqueada tras varios intentos fallidos",
         body="""\
Buenos días, Sr. Ortega:

Le escribo únicamente para agradecerle la atención prestada el pasado jueves. No es habitual encontrar un servicio técnico que explique las cosas con tanta paciencia, y así se lo he hecho saber a nuestro comercial. Quedo a su disposición.

Atentamente,

Alberto Sáez Cabrera
Director Comercial
Distribuciones Sáez, S.L.
Tel. 961 204 377

> De: Alberto Sáez Cabrera <asaez@distribucionessaez.example>
> Enviado: miércoles, 2 de diciembre de 2026 8:37
> Para: soporte@vendecrm.example
> Asunto: Cuenta bloqueada tras varios intentos fallidos
>
> Buenos días:
>
> Mi usuario (asaez) ha quedado bloqueado tras varios intentos de acceso
> fallidos y no me llega el correo de desbloqueo. No puedo acceder a la
> cartera de clientes ni a los presupuestos pendientes.
>
> Atentamente,
> Alberto Sáez"""),
    dict(n=5, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Conchi Prieto <conchi.prieto@mailhogar.example>",
         to="clientes@energiaiberia.example",
         subject="Re: Olor a gas en la cocina",
         body="""\
Hola otra vez,

Ya pasó el técnico de urgencias, cambió la goma de la conexión de la cocina y dice que está todo bien. Qué susto pasamos, pero bueno.

Una pregunta que no tiene nada que ver: ¿la oficina de atención de la calle Mayor abre los sábados por la mañana? Quiero ir a cambiar la titularidad del contrato de mi madre, que ahora vive conmigo.

Gracias,
Conchi Prieto

El sáb, 28 nov 2026 a las 21:55, Conchi Prieto escribió:
> Hay un olor muy fuerte a gas en la cocina desde hace un rato. He cerrado la
> llave general y hemos abierto las ventanas. ¿Qué hago? ¿Mandan a alguien?
> Contrato 3300-81726. Calle Mayor 14, 2ºB, Alcalá de Henares."""),
    dict(n=6, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Dani Ferrer <dani.ferrer.bcn@mailnet.example>",
         to="help@cinestream.example",
         subject="Re: La app no carga en la Smart TV",
         body="""\
Hola,

Lo de la tele ya está solucionado con la actualización, gracias. Pero ahora revisando el extracto veo que este mes me habéis cobrado la suscripción dos veces: 12,99 € el día 1 y otros 12,99 € el día 3. Solo tengo una cuenta, el plan Estándar. ¿Me podéis devolver el segundo cargo?

Dani Ferrer

El mar, 24 nov 2026, 22:10, Soporte CineStream <help@cinestream.example> escribió:
> Hola, Dani:
> Gracias por escribirnos. Sentimos que la aplicación no cargue en tu Smart TV.
> Estamos al tanto de una incidencia que afecta a algunos modelos y la versión
> 4.2 de la app, que se publicará esta semana, la corregirá.
>
> > Desde ayer la app se queda en la pantalla negra con el logo y no pasa de ahí.
> > Ya la he desinstalado y vuelto a instalar.
>
> Un saludo,
> Equipo CineStream"""),
    dict(n=7, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Luis Alfonso Gallego <lagallego@telemail.example>",
         to="reembolsos@aerolineasol.example",
         subject="RE: Reembolso vuelo cancelado SL2281 - localizador QX7RTB",
         body="""\
Buenos días, contesto entre líneas:

> Lamentamos las molestias ocasionadas por la cancelación del vuelo SL2281
> Madrid-Tenerife del 14 de noviembre. Para tramitar el reembolso de 312,40 €
> necesitamos que nos confirme el IBAN de la cuenta.

Ya no hace falta: el dinero entró ayer en la cuenta, la misma con la que pagué. Gracias.

> También puede solicitar la compensación prevista en el Reglamento 261/2004
> a través del formulario de nuestra web.

Muy bien, lo miraré con calma.

> Si tiene cualquier otra consulta, no dude en contactarnos.

Solo una: he cambiado de domicilio. ¿Cómo actualizo la dirección postal en mi perfil de viajero frecuente? Ahora es Avda. de Canarias 22, 38320 La Laguna.

Saludos,
Luis Alfonso Gallego"""),
    dict(n=8, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Nerea Etxeberria <nerea.etx@alumnos.unidelnorte.example>",
         to="cau@unidelnorte.example",
         subject="Re: Re: No puedo entrar en el campus virtual",
         body="""\
Vale, ya he podido entrar con la nueva contraseña. Mil gracias!!

Nerea

El jue, 3 dic 2026 a las 10:20, CAU Universidad del Norte (<cau@unidelnorte.example>) escribió:
> Hola Nerea, hemos restablecido tu contraseña. Te hemos enviado una temporal
> al correo personal que figura en tu matrícula. Al entrar te pedirá cambiarla.
>
> El mié, 2 dic 2026 a las 23:48, Nerea Etxeberria escribió:
> > Hola, no puedo entrar en el campus virtual, me dice "usuario o contraseña
> > incorrectos" y estoy segura de que es la buena. Mañana tengo que entregar
> > la práctica de Estadística y está todo ahí. DNI 72581934K.
> > Nerea"""),
    dict(n=9, signals="account", priority="medium", trap="safety", qt=1, reply=1,
         frm="Sergio Lozano <slozano@webcorreo.example>",
         to="soporte@comidaya.example",
         subject="Re: Reacción alérgica - pedido con frutos secos",
         body="""\
Hola,

Os respondo por aquí porque es el mismo tema. Mi hijo ya está bien, gracias por preguntar, y gracias por el reembolso del pedido.

Ahora el problema es otro: desde que me llegó vuestro correo de "verificación de seguridad" no puedo entrar en la app. Me pide un código por SMS que nunca llega, y el teléfono es el mismo de siempre (612 44 90 17). La cuenta está a nombre de sergio.lozano. ¿Podéis mirarlo?

Gracias,
Sergio

El dom, 22 nov 2026, 22:31, Sergio Lozano <slozano@webcorreo.example> escribió:
> Pedí un pad thai en "Bangkok Street" pidiendo expresamente SIN cacahuete
> (lo puse en las notas). Venía con cacahuete picado por encima. Mi hijo es
> alérgico y hemos tenido que ir a urgencias con la cara hinchada. Esto es muy
> grave. Pedido CY-4410782."""),
    dict(n=10, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Pilar Montero <pilar.montero@asesoriamontero.example>",
         to="soporte@nubedocs.example",
         subject="Fwd: Caída sincronización - todos los equipos",
         body="""\
Hola:

Os reenvío el correo de mi compañero de la semana pasada. Ya funciona todo desde el lunes, así que por nuestra parte podéis dar la incidencia por cerrada.

Aprovecho para preguntar: queremos añadir dos usuarios más en enero (entran dos becarios). ¿Hay que ampliar el plan o basta con comprar licencias sueltas?

Gracias,
Pilar Montero
Responsable de oficina - Asesoría Montero

---------- Mensaje reenviado ---------
De: Tomás Rubio <tomas.rubio@asesoriamontero.example>
Fecha: jue, 26 nov 2026 a las 9:05
Asunto: Caída sincronización - todos los equipos
Para: <soporte@nubedocs.example>

> Buenos días:
> Desde primera hora ninguno de los ocho ordenadores de la oficina sincroniza
> con NubeDocs. El cliente de escritorio da "Error 503 - servicio no
> disponible" y la web tampoco carga. Estamos en cierre de trimestre y no
> podemos abrir los documentos de los clientes.
> Tomás Rubio"""),
    dict(n=11, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Encarnación Vidal <encarna.vidal@correoweb.example>",
         to="atencion@segurosmeridiano.example",
         subject="RE: Recibo de la póliza del coche cobrado de más",
         body="""\
Buenas tardes:

Gracias por la explicación de la prima, lo entiendo.

Lo que les escribo ahora es porque llevo desde ayer intentando dar el parte del golpe que tuve el martes en el aparcamiento, y tanto la web como la aplicación me dan error ("Servicio temporalmente no disponible") al llegar al paso de subir las fotos. El taller me pide el número de siniestro para empezar y sin él el coche se queda parado. ¿Hay otra forma de darlo?

Encarnación Vidal
Póliza AU-5592013

-----Mensaje original-----
De: Atención al Cliente Seguros Meridiano <atencion@segurosmeridiano.example>
Enviado el: lunes, 30 de noviembre de 2026 12:15
Para: Encarnación Vidal
Asunto: RE: Recibo de la póliza del coche cobrado de más

> Estimada Sra. Vidal:
> En respuesta a su reclamación por el recibo de 486,30 € (frente a los 412 €
> del año anterior), le informamos de que la subida se debe a la revisión
> anual de tarifas y a la pérdida de la bonificación por el parte de febrero.
> Atentamente,
> Departamento de Atención al Cliente"""),
    dict(n=12, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Paco Gil <pacogil@buzonrapido.example>",
         to="clientes@telemovil.example",
         subject="Re: Línea bloqueada, no puedo entrar en Mi Área",
         body="""\
¡Gracias, todo bien!

Paco

El vie, 4 dic 2026 a las 17:30, TeleMóvil Clientes escribió:
> Hola Paco, hemos desbloqueado el acceso a Mi Área y reactivado tu línea
> 655 12 80 44. Si vuelves a tener problemas, respóndenos a este correo.
>
> > No puedo entrar en Mi Área desde ayer, me dice que la cuenta está
> > suspendida y además la línea no me deja llamar."""),
    dict(n=13, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Iñaki Zubiri <izubiri@pedalea.example>",
         to="garantia@voltabikes.example",
         subject="Re: Batería de la e-bike echando humo",
         body="""\
> Le confirmamos que el técnico recogerá la bicicleta y la batería el miércoles
> entre las 9 y las 14 h. Por favor, no vuelva a cargar la batería ni la deje
> en el interior de la vivienda hasta entonces.
>
> El 27/11/2026, Iñaki Zubiri escribió:
> > La batería de mi Volta Urban 2 empezó a echar humo mientras cargaba en el
> > pasillo. La desenchufé y la saqué al balcón. Huele a quemado y está
> > caliente. ¿Qué hago?

Buenas,

Ya me han devuelto la bici con la batería nueva, todo correcto. Una consulta: para la garantía de la batería nueva, ¿me vale la factura original de la bici o me mandáis una nueva? Es por tenerlo todo guardado.

Gracias y un saludo,
Iñaki"""),
    dict(n=14, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Gloria Castaño <gloria.castano@email-gc.example>",
         to="atencioncliente@trenesdelsur.example",
         subject="RE: La web no funciona, no puedo comprar billetes",
         body="""\
Hola.

Bueno, al final la web volvió a funcionar por la noche y pude comprar los billetes. El problema es que durante los intentos de la tarde me cobraron tres veces en la tarjeta (3 x 58,20 €) y solo tengo una reserva, la localizador 8HK2LP. Los otros dos cargos siguen ahí. Les adjunto captura del banco.

Espero que me lo devuelvan pronto porque son casi 120 euros.

Gloria Castaño Méndez

> De: Gloria Castaño <gloria.castano@email-gc.example>
> Enviado: domingo, 29 de noviembre de 2026 17:48
> Para: atencioncliente@trenesdelsur.example
> Asunto: La web no funciona, no puedo comprar billetes
>
> Llevo toda la tarde intentando comprar dos billetes Sevilla-Madrid y la web
> se queda colgada en el paso del pago. Sale "Error interno" y vuelta a empezar."""),
    dict(n=15, signals="safety,payment", priority="critical", trap="-", qt=0, reply=1,
         frm="Óscar Beltrán <oscar.beltran@correo-ob.example>",
         to="seguridad@pagafacil.example",
         subject="Re: Transferencias que no he hecho",
         body="""\
Sigue pasando. Esta mañana otros 200 € a un tal "J. M. R." que no conozco. Ya he cambiado el PIN como me dijisteis. QUE ALGUIEN BLOQUEE LA CUENTA YA

Óscar

El mié, 2 dic 2026 a las 19:03, Óscar Beltrán escribió:
> Me han salido dos envíos de dinero desde la app que yo no he hecho, 150 y
> 90 euros. Número de usuario 600 318 255."""),
    dict(n=16, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Remedios Ortiz <reme.ortiz@correoweb.example>",
         to="atencion@automotorescampos.example",
         subject="RE: Revisión frenos - matrícula 4821 KLM",
         body="""\
Buenos días:

Siento tener que volver a escribirles. Recogí el coche el lunes después de la reparación de los frenos y ayer, bajando el puerto, el pedal se volvió a ir hasta el fondo igual que antes. Conseguí pararlo con el freno de mano y de milagro no pasó nada; iba con mis dos nietos.

El coche está ahora aparcado en el arcén de la N-432, km 87, y no pienso volver a moverlo. Necesito que manden una grúa y que alguien me explique qué se arregló realmente.

Remedios Ortiz
Tel. 639 820 114

-----Mensaje original-----
De: Automotores Campos - Taller <atencion@automotorescampos.example>
Enviado el: lunes, 30 de noviembre de 2026 13:22
Asunto: RE: Revisión frenos - matrícula 4821 KLM

> Sra. Ortiz, le confirmamos que su vehículo ya está listo. Se ha sustituido
> el latiguillo trasero izquierdo y se ha purgado el circuito de frenos."""),
    dict(n=17, signals="outage", priority="critical", trap="-", qt=0, reply=1,
         frm="Dra. Beatriz Salas <bsalas@clinicasalasdental.example>",
         to="soporte@agendaclinic.example",
         subject="Re: Incidencia 55120 - agenda no carga",
         body="""\
Buenas,

Son las 11:40 y seguimos igual: la agenda sale en blanco en los tres puestos de recepción y en la tablet del gabinete. No sabemos qué pacientes vienen ni a qué hora, tenemos la sala de espera llena y estamos llamando uno a uno con la lista impresa de ayer.

Por favor, necesitamos una solución o al menos saber cuánto va a durar esto.

Beatriz Salas
Clínica Dental Salas

El 4 dic 2026, a las 8:52, Soporte AgendaClinic <soporte@agendaclinic.example> escribió:
> Hola, Beatriz. Hemos abierto la incidencia 55120. Nuestro equipo técnico
> está revisando un problema con la carga de agendas en algunos centros.
> Te informaremos en cuanto esté resuelto."""),
    dict(n=18, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="xXRaulGamerXx <raulgamer2009@jugamail.example>",
         to="support@arenalegends.example",
         subject="Re: Ticket #884120 - me echa de las partidas",
         body="""\
sigue igual. me ha echado 4 veces esta tarde y ahora ni me deja entrar al lobby, se queda en "conectando..." todo el rato

> Hola, invocador. Hemos aplicado una corrección en los servidores de la región
> EU-Oeste. ¿Podrías confirmarnos si el problema de desconexiones persiste?"""),
    dict(n=19, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ramón Esteve <ramon.esteve@cerrajeriaesteve.example>",
         to="soporte@correopro.example",
         subject="Re: Re: Re: NO NOS LLEGAN LOS CORREOS",
         body="""\
Es la tercera vez que escribo y nadie me contesta más que con mensajes automáticos.

Desde el lunes no entra ni un solo correo en las cuentas de @cerrajeriaesteve. Los clientes me dicen que les rebota con "buzón no disponible". Somos una empresa pequeña y los presupuestos y los avisos nos llegan por correo. Llevamos CUATRO días así y pagamos cada mes por un servicio profesional.

Quiero una respuesta de una persona hoy mismo o me doy de baja.

Ramón Esteve
Cerrajería Esteve - 96 512 33 80

El mié, 2 dic 2026 a las 9:17, Ramón Esteve escribió:
> Sigo sin recibir correos. ¿Alguien está mirando esto?
>
> El lun, 30 nov 2026 a las 10:02, Ramón Esteve escribió:
> > Buenos días, desde esta mañana no recibimos ningún correo en
> > info@cerrajeriaesteve.example ni en las otras dos cuentas. Enviar sí
> > podemos. Cliente 10442."""),
    dict(n=20, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Amparo Sanchis <amparo.sanchis@correo-as.example>",
         to="ayuda@supercesta.example",
         subject="Re: Productos que faltaban en el pedido SC-2093311",
         body="""\
Hola de nuevo:

Me dijisteis hace diez días que me devolveríais los 23,45 € de los productos que no vinieron (el aceite, el detergente y las dos bandejas de pollo), pero todavía no me ha llegado nada ni a la tarjeta ni como saldo en la app. He mirado los movimientos del banco todos los días.

¿Me podéis decir cuándo me lo vais a devolver?

Gracias,
Amparo

El 24 nov 2026, a las 16:40, Ayuda SuperCesta <ayuda@supercesta.example> escribió:
> Hola Amparo, sentimos mucho que faltaran productos en tu pedido. Hemos
> tramitado el reembolso de 23,45 € a tu método de pago original. Lo verás
> en un plazo de 5 a 7 días hábiles."""),
    dict(n=21, signals="payment", priority="high", trap="-", qt=0, reply=1,
         frm="Kevin Andrés Quintero <kevinquintero@buzon-k.example>",
         to="administracion@autoescuelarapida.example",
         subject="RE: cobro doble de la matrícula",
         body="""\
hola buenas otra vez

perdonad que insista pero todavia no me habeis devuelto los 350 € que me cobrasteis dos veces por la matricula del carnet. Me dijisteis que en una semana y ya van tres. Es que yo soy estudiante y de ese dinero tengo que pagar el alquiler de la habitacion el dia 10, no me puedo esperar mas.

por favor decidme algo

Kevin Quintero
alumno de la sede de Getafe

-----Mensaje original-----
De: Administración Autoescuela Rápida
Enviado el: viernes, 13 de noviembre de 2026 10:05
> Hola Kevin, efectivamente vemos el cargo duplicado. Lo pasamos a contabilidad
> para la devolución, en una semana aprox. lo tendrás."""),
    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Fernando Aguilar Pons <f.aguilar@correoweb.example>",
         to="clientes@electrohogarplus.example",
         subject="RE: Factura incorrecta - lavavajillas pedido EH-66021",
         body="""\
Estimados señores:

Acabo de recibir la "factura rectificada" que me prometieron y sigue siendo incorrecta:

- Sigue apareciendo la instalación (49 €), que no se hizo porque la instalé yo.
- El precio del lavavajillas es 529 € y no 499 €, que era el precio de la oferta.
- El NIF sigue mal: es 29184503X, no 29184053X.

La necesito correcta para el seguro del hogar. Ruego la rectifiquen de nuevo.

Atentamente,
Fernando Aguilar Pons

> De: ElectroHogar Plus <clientes@electrohogarplus.example>
> Enviado: martes, 1 de diciembre de 2026 9:40
> Asunto: RE: Factura incorrecta - lavavajillas pedido EH-66021
>
> Estimado cliente, disculpe el error. Le enviaremos la factura rectificada
> en los próximos días."""),
    dict(n=23, signals="payment,account", priority="medium", trap="-", qt=0, reply=1,
         frm="Lucía Domínguez <lucia@talleresdominguez.example>",
         to="soporte@contafacil.example",
         subject="Re: Cambio de administrador de la cuenta",
         body="""\
Buenos días,

Escribo en nombre de mi padre, Antonio Domínguez, que es el titular de la cuenta de ContaFácil de Talleres Domínguez. Como ya os explicamos, el antiguo gestor (que era el administrador) dejó la empresa y nadie puede cambiar los usuarios.

Os mandamos la documentación que pedisteis hace dos semanas (escrituras y DNI) y seguimos igual: mi padre no puede entrar como administrador y yo tampoco puedo dar de alta a la nueva gestora. Y encima el día 1 se cobró la cuota anual, 240 €, de un programa que no podemos usar como deberíamos. Queremos que se nos devuelva o se nos compense.

Gracias,
Lucía Domínguez
Talleres Domínguez, S.L.

El lun, 16 nov 2026 a las 12:10, Soporte ContaFácil escribió:
> Hola Lucía, para cambiar el administrador de la cuenta necesitamos la
> escritura de la empresa y el DNI del titular. En cuanto los recibamos, lo
> tramitamos en 48 horas."""),
    dict(n=24, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Mohamed El Amrani <m.elamrani@correomundo.example>",
         to="fidelidad@hotelesalbora.example",
         subject="Re: No puedo acceder a mi cuenta Albora Club",
         body="""\
Hola,

Gracias por respuesta pero sigo sin poder acceder a mi cuenta. Hago lo que dice el correo, pongo la contraseña nueva y despues me sale otra vez "la cuenta no esta verificada" y me manda a la pagina de inicio. Tengo 18.000 puntos y quiero reservar para Navidad con ellos.

Mi numero de socio es AC-0092731.

Saludos,
Mohamed El Amrani

El 3/12/2026, a las 18:25, Albora Club escribió:
> Estimado Sr. El Amrani: hemos reenviado el enlace de verificación a su
> correo. Por favor, siga los pasos indicados para restablecer la contraseña."""),
]
