# blind38 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Raúl Jiménez Ortega <raul@gimnasiotitan.example>",
         to="sat@fitequip-iberica.example",
         subject="Máquina de poleas PX-40: se ha soltado el cable",
         body="""\
Buenos días:

Les escribo por la máquina de poleas PX-40 que nos instalaron en septiembre (pedido 2026-0915-TT).

Ayer por la tarde, mientras un socio hacía jalón al pecho, el cable se soltó del anclaje de arriba y la pila de discos, unos 70 kilos, bajó de golpe. La barra le dio en la cara: tiene la nariz rota y le han dado cinco puntos en la ceja. A otro chico que estaba al lado le cayó uno de los discos en la mano.

Hemos precintado la máquina y puesto un cartel. Lo que me preocupa es que tenemos otras dos iguales en la sala y los tornillos del anclaje tienen el mismo desgaste que los de la que se ha roto. Necesito que venga un técnico hoy o mañana a revisarlas y que me digan si les ha pasado a otros clientes.

Tengo fotos y el vídeo de la cámara de la sala por si los necesitan.

Raúl Jiménez
Gimnasio Titán - Calle Pintor Sorolla 22, Alicante
Tel. 965 40 18 27"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Herrero Campos <lucia.herrero@correo-mail.example>",
         to="atencion@farmaciaencasa.example",
         subject="Pedido 771204 - Sintrom de 4 mg en vez de 1 mg",
         body="""\
Hola:

Mi madre, de 82 años, recibió el jueves el pedido 771204 con su medicación del mes. Hoy, al prepararle el pastillero, me he dado cuenta de que la caja de Sintrom es de 4 mg, y la receta que les mandamos es de 1 mg. Ella se toma una pastilla entera cada noche, así que lleva dos noches tomando cuatro veces su dosis.

Esta mañana tenía un moratón enorme en el brazo sin haberse dado ningún golpe y le ha estado sangrando la nariz un buen rato. Me la llevo ahora a urgencias con la caja y la receta.

Necesito que revisen cómo ha podido pasar y que me confirmen si en el mismo pedido hay algo más cambiado, porque también toma enalapril y omeprazol y ya no me fío.

Lucía Herrero
Tel. 622 418 390"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Daniel Vidal Ruiz <daniel.vidal.ruiz@correo-mail.example>",
         to="soporte@correoplus.example",
         subject="No puedo entrar en mi correo y alguien escribe a mis contactos",
         body="""\
Buenas tardes:

Les escribo desde el correo de mi hijo porque desde anoche no puedo entrar en mi cuenta, antonio.vidal.s@correoplus.example. Me dice que la contraseña es incorrecta, y cuando pido recuperarla manda el código a un móvil acabado en 37, que no es el mío (el mío acaba en 54). Yo no he cambiado nada.

Esta mañana me han llamado mi hermana y dos amigos porque les ha llegado un correo "mío" pidiéndoles un Bizum urgente de 400 euros. Uno de ellos casi lo hace.

En ese correo tengo facturas, las escrituras del piso y todo lo del banco. Por favor, bloqueen la cuenta o devuélvanmela cuanto antes. Puedo mandarles foto del DNI si hace falta.

Antonio Vidal Serrano
Tel. 611 902 354"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Marta Quintana <marta.quintana@buzon.example>",
         to="pacientes@laboratorios-analiza.example",
         subject="En mi área de paciente salen los análisis de otra persona",
         body="""\
Hola, buenas:

Acabo de entrar en el portal para descargar mis análisis del lunes y el PDF que se abre no es mío: es de un tal Jorge M. P., con su DNI, fecha de nacimiento, dirección en Getafe y todos los resultados, incluida una serología de VIH. Lo he vuelto a intentar y me sale lo mismo. Los míos no aparecen por ningún lado.

Me imagino que a él le habrán salido los míos. No he descargado nada ni se lo he pasado a nadie, pero creo que tienen que saberlo ya.

Marta Quintana

Enviado desde mi móvil"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Begoña Arrieta <recepcion@hotelmiramar-donosti.example>",
         to="soporte@hotelsoft.example",
         subject="URGENTE - no podemos hacer check-in ni grabar llaves",
         body="""\
Buenas tardes:

Desde las 14:10 el programa se queda en "Sincronizando..." cada vez que abrimos una reserva, y la codificadora no graba llaves: pita en error con todas las tarjetas. Hoy tenemos 58 llegadas, entre ellas un congreso médico de 40 personas que empieza a llegar a las 16:00, y ya hay gente esperando en el hall.

De momento apuntamos los datos a mano y acompañamos a los clientes a la habitación con la llave maestra, pero con el congreso eso es inviable. Hemos reiniciado el servidor y los dos puestos de recepción; nada.

Llámenme a recepción (943 21 87 40) o a mi móvil (688 301 225).

Begoña Arrieta
Jefa de recepción - Hotel Miramar, San Sebastián"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Ignacio Beltrán Sáinz <i.beltran@conservasdelcantabrico.example>",
         to="soporte.industrial@etiquetalia.example",
         subject="Líneas de envasado paradas - el software de etiquetado no arranca",
         body="""\
Buenos días:

Les comunico que desde las 6:45 las dos líneas de envasado de nuestra planta de Santoña están paradas. El software de etiquetado (versión 5.2) no arranca desde la actualización automática de anoche: se queda en "Cargando plantillas" y a los pocos minutos se cierra. Sin etiqueta con lote y fecha de consumo no podemos sacar ni una lata.

Tenemos 35 operarios parados y un camión para un cliente de gran distribución que sale a las 15:00. Necesitamos un técnico conectado en remoto ya. Contacto en planta: Ana Revuelta, jefa de turno, 639 114 508.

Un saludo,

Ignacio Beltrán Sáinz
Director de Operaciones
Conservas del Cantábrico, S.L. - Polígono El Bosque, 39740 Santoña (Cantabria)

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que su utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción."""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Nuria Pons <nuria@nuriapons-foto.example>",
         to="ayuda@galeriaclick.example",
         subject="Re: [Ticket #40021] Hemos recibido tu solicitud",
         body="""\
Hola,

Os vuelvo a escribir porque nadie me ha contestado. Desde ayer a mediodía mi web de galerías (nuriapons.galeriaclick.example) da "Error 500", a mí y a mis clientes. El panel de administración tampoco abre, así que ni siquiera puedo descargar mis propios archivos.

Soy fotógrafa autónoma, trabajo sola, y entre este fin de semana y el lunes tengo que entregar dos bodas y una comunión por vuestra plataforma. Los novios ya me han escrito dos veces.

¿Cuándo va a estar solucionado?

Nuria Pons
Fotografía - Girona

> Hola, Nuria:
> Hemos recibido tu solicitud (#40021). Nuestro equipo te responderá lo antes posible.
> Equipo GaleríaClick"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Pablo Castaño <pablo.castano@telemail.example>",
         to="ayuda@cinestream.example",
         subject="Subtítulos en la app de la tele",
         body="""\
Hola,

Desde hace unos días, en la aplicación de la tele (una Samsung de 2021) los subtítulos no aparecen en ninguna serie: los activo, el menú dice "Español" y en pantalla no sale ni una línea. En el móvil y en el portátil salen sin problema, así que de momento vemos las series conectando el portátil a la tele con un cable, que es un rollo pero nos apañamos.

Ya he desinstalado y vuelto a instalar la app. Mi pareja no sigue bien las series sin subtítulos, así que os agradecería que lo mirarais.

Gracias,
Pablo"""),

    dict(n=9, signals="outage", priority="medium", trap="forward", qt=0, reply=0,
         frm="Manuel Ortiz <manuel@autoescuelagiralda.example>",
         to="soporte@testdrive-online.example",
         subject="RV: Test de moto",
         body="""\
Buenas,

Os reenvío el correo de una alumna; nos han escrito varios con lo mismo. Desde ayer, los test del permiso A2 se quedan congelados en la pregunta 20 (el botón "Siguiente" no hace nada y al recargar se pierde el test), mientras que los del B van perfectos. Tenemos 12 alumnos de moto con examen en enero; de momento practican con los test en papel.

¿Podéis mirarlo esta semana?

Manuel Ortiz
Autoescuela Giralda (Sevilla)

---------- Mensaje reenviado ----------
De: Irene Sanz <irenesanz.03@mimail.example>
Fecha: lun, 30 nov 2026, 22:47
Asunto: Test de moto
Para: <info@autoescuelagiralda.example>

Hola Manuel, el test de moto se me queda pillado siempre en la pregunta 20 y no lo puedo acabar. Lo he probado en el móvil y en el ordenador. ¿Es cosa mía?
Irene"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Carmen Ruiz Delgado <carmen.ruizd@correo-web.example>",
         to="clientes@movilsur.example",
         subject="Duda sobre un cargo de 1,50 € en la factura",
         body="""\
Hola, buenos días:

En la factura de noviembre me aparece un concepto "Envío factura papel - 1,50 €". No me importa pagarlo, pero no recuerdo haber pedido la factura en papel y tampoco me llega nada por correo postal. ¿Me podéis decir a qué corresponde y, si es lo que pienso, cómo paso a la factura electrónica?

Un saludo y gracias,
Carmen Ruiz"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Giulia Rinaldi <giulia.rinaldi@posta-web.example>",
         to="atencioncliente@entradas-ya.example",
         subject="Cobro doble entradas concierto",
         body="""\
Hola,

Soy italiana y vivo en Valencia, perdona por mi español. El día 28 de noviembre he comprado dos entradas para el concierto de Los Satélites del 20 de diciembre en el Palau Nou. En el momento del pago la página se ha quedado blanca, entonces he hecho otra vez la compra. Ahora en mi cuenta del banco veo dos cargos de 85,60 €, pero en mi correo solo hay un email de confirmación con las entradas (pedido EY-4471928).

Puedes devolver el segundo cobro por favor? No necesito cuatro entradas, solo dos.

Muchas gracias,
Giulia Rinaldi"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Sergio Molina <sergio.molina@correo-web.example>",
         to="reservas@rentacar-levante.example",
         subject="RE: Devolución de la fianza - contrato ALC-20931",
         body="""\
Hola, Cristina:

Han pasado más de tres semanas desde que devolví el coche (el 16 de noviembre, sin un rasguño y con el depósito lleno, como consta en el acta) y los 300 € de la fianza siguen retenidos en mi tarjeta. En vuestro correo del 20 de noviembre decíais 5-7 días hábiles, y mi banco dice que la retención la mantenéis vosotros.

¿Podéis liberarla de una vez o decirme qué falta?

Sergio Molina
Tel. 677 204 118

El vie, 20 nov 2026 a las 12:31, Rent a Car Levante (<reservas@rentacar-levante.example>) escribió:
> Estimado Sr. Molina:
> Le confirmamos que el vehículo se recibió sin incidencias. La liberación de la fianza
> (300,00 €) se ha solicitado hoy y se verá reflejada en su tarjeta en 5-7 días hábiles.
> Un saludo,
> Cristina - Reservas Rent a Car Levante"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Rosa Delgado <rosa@hornodelgado.example>",
         to="comercios@pagaturo.example",
         subject="Liquidaciones retenidas desde hace 9 días - no puedo pagar nóminas",
         body="""\
Buenos días:

Tengo una panadería con dos tiendas en Burgos y cobro con vuestros datáfonos. Desde el 26 de noviembre no me habéis liquidado ni un euro de las ventas con tarjeta: en el panel pone "Liquidación retenida - en revisión", con un total de 3.214,80 €. Nadie me ha explicado qué se está revisando, y el día 1 mandé todo lo que me pidisteis (DNI, recibo de autónomos y extracto del banco).

Ayer tenía que pagar las nóminas de noviembre de mis cuatro empleadas y no he podido; les he dicho que el lunes como muy tarde. Los datáfonos cobran con normalidad, el problema es que el dinero no llega a mi cuenta.

Por favor, decidme hoy mismo cuándo se va a liberar.

Rosa Delgado
Horno Delgado - Burgos
Tel. 947 26 30 18"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Francisco Javier Soto <fj.soto@grupoandeval.example>",
         to="socios@millas-iberomar.example",
         subject="Cambiar el correo de mi cuenta de socio",
         body="""\
Buenas tardes:

Me gustaría cambiar el correo electrónico asociado a mi cuenta del programa Millas Iberomar (n.º de socio 5530 1187 42), porque la dirección actual es la del trabajo y dejo la empresa a final de mes. Entro en la cuenta sin problema, pero en "Mis datos" el campo del correo aparece en gris y no me deja editarlo. ¿Cuál es el procedimiento?

Muchas gracias de antemano.
Un cordial saludo,

Francisco Javier Soto"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Elena Márquez <elena.marquez@buzon.example>",
         to="app@seguros-hogarclaro.example",
         subject="Re: Incidencia 55201 - códigos SMS",
         body="""\
Hola, os contesto debajo de cada pregunta:

> ¿Con qué compañía tiene ahora la línea?
Con Lunamóvil, desde el 28 de noviembre (portabilidad, mismo número).

> ¿Recibe otros SMS con normalidad?
Sí, los del banco y los de Correos me llegan al momento.

> ¿Ha probado a solicitar el código desde la web en lugar de la app?
Sí, tres veces, y tampoco llega.

Sigo sin poder entrar ni en la app ni en la web. Tengo que subir las fotos del parte n.º 26-118204 (rotura de la mampara del baño) y el perito viene el jueves. ¿Me podéis mandar el código por correo o con una llamada?

Elena Márquez"""),

    dict(n=16, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Iván Rojas <ivanrojas94@mimail.example>",
         to="soporte@comidaya.example",
         subject="Me habéis bloqueado la cuenta y encima me cobrasteis el pedido",
         body="""\
Buenas,

El sábado pedí una cena (pedido #CY-882017, 34,90 €) que nunca llegó: el repartidor lo marcó como entregado a las 22:14 y yo estaba en casa esperando. Lo reclamé por el chat y al día siguiente, al abrir la app, me sale "Tu cuenta ha sido suspendida temporalmente". No puedo ni entrar en el chat para seguir con la reclamación.

Quiero que me devolváis los 34,90 € y que me reactivéis la cuenta, que yo no he hecho nada raro.

Iván Rojas"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Alberto Navarro <anavarro@gestorianavarro.example>",
         to="soporte@contanube.example",
         subject="Usuario administrador bloqueado - urgente, cierre de nóminas hoy",
         body="""\
Buenos días:

Soy el administrador de la cuenta de Gestoría Navarro (CIF B50123456). Esta mañana, al entrar, me ha obligado a cambiar la contraseña; lo he hecho, y desde entonces cada vez que inicio sesión me sale "Usuario bloqueado. Contacte con su administrador". El administrador soy yo, y el enlace de "He olvidado mi contraseña" me devuelve a la misma pantalla.

Mis dos compañeras sí pueden entrar, pero no tienen permisos para cerrar las nóminas, que tengo que enviar hoy antes de las 14:00 a 23 empresas clientes.

¿Me pueden desbloquear por teléfono? Estoy en el 976 44 19 02.

Alberto Navarro
Gestoría Navarro - Zaragoza"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Vicent Llorens <pedidos@pirotecnia-llorens.example>",
         to="ventas@pirofabrica-levante.example",
         subject="Pedido Nochevieja + duda con el transporte de explosivos",
         body="""\
Hola, Amparo:

Te paso el pedido para la campaña de Nochevieja de las dos tiendas (Xàtiva y Alzira):

- 300 cajas de petardos "Trueno Gordo"
- 120 baterías de 100 disparos
- 80 cajas de bengalas
- 50 packs de cohetes "Palmera Dorada"
- 40 cajas de mecha de repuesto para los masclets

El año pasado lo petamos: el día 30 a mediodía ya no nos quedaba ni una batería, así que este año pido más. Una duda: ¿el camión de explosivos puede seguir descargando por la puerta de atrás de Alzira o hay que volver a pedir el permiso al ayuntamiento? Y si podéis, mandadme la factura proforma antes del lunes para adelantar el pago.

Gracias, un abrazo,
Vicent Llorens
Pirotecnia Llorens - Xàtiva"""),

    dict(n=19, signals="-", priority="low", trap="compliance", qt=0, reply=0,
         frm="Mercedes Aranda <coordinacion.tic@colegiosanjose-va.example>",
         to="comercial@aulaplus.example",
         subject="Consultas antes de firmar el contrato - protección de datos",
         body="""\
Buenas tardes:

Estamos valorando contratar AulaPlus para el curso que viene (unos 650 alumnos, de Infantil a Bachillerato) y, antes de llevarlo al consejo escolar, nuestro delegado de protección de datos necesita respuesta a estas preguntas:

1. ¿Dónde se alojan los datos de los alumnos? ¿Están cifrados?
2. Si sufrieran una brecha de seguridad o un hackeo, ¿en qué plazo nos avisarían y por qué vía?
3. ¿Se puede obligar a los profesores a usar la verificación en dos pasos?
4. Cuando un alumno deja el centro, ¿su cuenta se bloquea y sus datos se borran? ¿En qué plazo?
5. Si rescindimos el contrato a mitad de curso, ¿hay reembolso de la parte no utilizada?

Si tienen un documento tipo o un modelo de contrato de encargado del tratamiento, nos vendría muy bien.

Un saludo,
Mercedes Aranda
Coordinadora TIC - Colegio San José (Valladolid)"""),

    dict(n=20, signals="-", priority="low", trap="formality", qt=0, reply=0,
         frm="Andrés Lozano Pérez <andres.lozano@telemail.example>",
         to="dpo@mercadonline.example",
         subject="Ejercicio de los derechos de acceso y supresión",
         body="""\
Estimados señores:

Al amparo de los artículos 15 y 17 del RGPD, por medio del presente correo solicito:

1. Una copia de todos los datos personales que conservan sobre mí (historial de pedidos, direcciones, tarjetas guardadas y grabaciones de llamadas, si las hubiera).
2. Una vez enviada dicha copia, la supresión de mis datos y el cierre definitivo de mi cuenta de cliente.

Entiendo que los datos de facturación quedarán bloqueados durante el plazo legal y se borrarán después; les agradecería que me indicaran ese plazo. La tarjeta que tenía guardada está cancelada desde hace meses, así que pueden eliminarla ya. La cuenta está asociada a este mismo correo y al teléfono 655 309 781.

Adjunto copia de mi DNI.

Atentamente,
Andrés Lozano Pérez"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Pilar Gallardo <pilar.gallardo@correo-mail.example>",
         to="reclamaciones@autocares-meseta.example",
         subject="Queja por el viaje Madrid-Salamanca del domingo",
         body="""\
Buenas:

El autobús del domingo a las 18:30 de Madrid a Salamanca (billete AM-7718342) fue un desastre de principio a fin, y quiero que lo sepan.

El conductor nos tuvo media hora en la dársena sin decir nada, y cuando una señora mayor le preguntó, le contestó a gritos que si tenía prisa cogiera un taxi. Dentro, el autobús daba pena: asientos pegajosos, restos de comida, y el baño era directamente una bomba, mejor ni entrar. La calefacción a tope todo el viaje, casi nos morimos de calor. Llegamos con una hora y cuarto de retraso y sin una sola explicación.

Una pesadilla, de verdad, me mató el domingo entero. Espero que hablen con ese conductor, porque tratar así a una persona mayor no es normal.

Pilar Gallardo"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Clara Benítez <clara.benitez@mimail.example>",
         to="soporte@hablafacil.example",
         subject="Re: Cuenta bloqueada tras varios intentos",
         body="""\
¡Hola, Javier!

Perfecto, ya he podido entrar con la contraseña nueva, y tengo todas mis lecciones y la racha de 212 días intacta. Muchísimas gracias por la rapidez.

Un saludo,
Clara

El lun, 7 dic 2026 a las 10:14, Soporte HablaFácil (<soporte@hablafacil.example>) escribió:
> Hola, Clara:
> Hemos desbloqueado tu cuenta. Para entrar, usa el enlace de restablecimiento que te acabamos de enviar.
> Javier - Soporte HablaFácil
>
> El dom, 6 dic 2026 a las 21:40, Clara Benítez (<clara.benitez@mimail.example>) escribió:
>> No puedo entrar en mi cuenta: después de tres intentos me sale "Cuenta bloqueada"
>> y el correo para cambiar la contraseña no me llega. Tengo la suscripción anual pagada."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Tomás Iglesias <tomas@granjaelroble.example>",
         to="soporte@tiendafacil.example",
         subject="No se pueden terminar pedidos con código postal de Canarias",
         body="""\
Hola:

Tenemos la tienda online con vosotros (Granja El Roble: huevos camperos y quesos) y desde la última actualización, cuando alguien pone un código postal de Canarias (35xxx o 38xxx), el carrito se queda en "Calculando envío..." y no deja terminar el pedido. Para la península va todo bien.

Tampoco es un drama: son dos o tres pedidos a la semana, y de momento les pedimos que nos escriban y les mandamos un enlace de pago manual. Pero si lo podéis arreglar antes de Navidad, mejor.

Gracias,
Tomás Iglesias
Granja El Roble - Lugo"""),

    dict(n=24, signals="outage", priority="low", trap="deadline", qt=0, reply=0,
         frm="Óscar Méndez <secretaria@cdatleticoriberas.example>",
         to="soporte@clubgestor.example",
         subject="Error al configurar categorías del torneo de primavera",
         body="""\
Buenas tardes:

Soy el secretario del C.D. Atlético Riberas. Estoy preparando el torneo de primavera en el módulo de Inscripciones y, al guardar las categorías alevín e infantil, me sale "Error 422: rango de fechas no válido", aunque las fechas de nacimiento están bien puestas. Las de benjamín y cadete se guardaron sin problema.

No corre prisa: las inscripciones no se abren hasta el 15 de febrero, así que con que esté resuelto a finales de enero nos vale. Os adjunto una captura.

Un saludo,
Óscar Méndez
Secretario - C.D. Atlético Riberas"""),
]
