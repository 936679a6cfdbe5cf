# Fresh hand-written set, Spanish. Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Rocío Morales <rocio.morales@correo.example>", to="atencion@rayomovilidad.example",
     subject="El cargador del patinete echó chispas y se derritió",
     body="""Buenas tardes:

Anoche, mientras cargaba el patinete eléctrico (modelo Rayo X2, comprado en su web en julio), el cargador empezó a oler a quemado, saltaron chispas del enchufe y se derritió parte de la carcasa. Mi marido lo desenchufó con una toalla y aun así se quemó un poco la mano.

Tenemos el cargador y el patinete apartados en el balcón. ¿Qué tenemos que hacer? ¿Hay algún aviso sobre este modelo?

Saludos,
Rocío Morales"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Lucía Navarro <lucia.navarro@buzon.example>", to="hola@peluchitos.example",
     subject="Mi hija se atragantó con el ojo del peluche",
     body="""Hola, os escribo todavía con el susto en el cuerpo.

El ojo de plástico del conejito de peluche "Coni" que compramos para mi hija de 2 años se soltó y se lo metió en la boca. Se atragantó y menos mal que mi pareja le hizo la maniobra y lo escupió. La llevamos a urgencias para que la revisaran y está bien.

Esto no puede pasar con un juguete para bebés. Quiero saber qué vais a hacer.

Lucía"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Fernando Gil <fernando.gil@correo.example>", to="atencion.paciente@glucoline.example",
     subject="Lecturas erróneas del glucómetro - hipoglucemia grave de mi madre",
     body="""Estimados señores:

El glucómetro GlucoLine S que usa mi madre (diabética tipo 1, 78 años) lleva unos días marcando valores muy altos que no cuadraban. Ayer, siguiendo la lectura, se puso más insulina de la habitual y sufrió una hipoglucemia grave: la encontramos inconsciente y tuvimos que llamar al 112. Con otro aparato los valores salen normales.

Lote de tiras: TS-44102. Les ruego que lo revisen con urgencia.

Atentamente,
Fernando Gil"""),

dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
     frm="Pablo Ortega <pablo.ortega@buzon.example>", to="clientes@bancomeseta.example",
     subject="He caído en un SMS falso y me han sacado dinero",
     body="""Hola,

ayer me llegó un SMS que parecía vuestro diciendo que mi cuenta estaba bloqueada. Entré en el enlace y puse mi usuario, la clave y el código que me llegó al móvil. Hoy veo dos transferencias de 900 € cada una a un nombre que no conozco. Yo no las he hecho.

Por favor, bloquead todo y decidme cómo recupero el dinero. DNI terminado en 43K.

Pablo Ortega"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Grupo La Brasa <gerencia@grupolabrasa.example>", to="comercios@pagorapido.example",
     subject="Datáfonos sin conexión en los 3 locales",
     body="""Buenas,

desde las 13:00 los datáfonos de nuestros tres restaurantes no conectan ("Error de comunicación con el host"). Estamos en pleno servicio de comidas y solo podemos cobrar en efectivo, hay mesas que se están yendo.

Comercio n.º 0881273. Llamadnos ya, por favor.

Andrés Vidal, gerente"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Jefatura de Estudios IES Miguel Hernández <jefatura@iesmhernandez.example>", to="soporte@evalua-online.example",
     subject="URGENTE: la plataforma de exámenes no carga",
     body="""Buenos días:

Desde las 9:45 la plataforma de evaluación no carga (error 502) y a las 10:00 empezaba el simulacro de examen para 600 alumnos de 2.º de Bachillerato. Los chavales están sentados delante de los ordenadores sin poder hacer nada.

Por favor, respondan con la máxima urgencia.

Jefatura de Estudios"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Marta Sánchez <marta.sanchez@correo.example>", to="averias@telefonia-sol.example",
     subject="Tres días sin internet ni teléfono",
     body="""Llevo tres días sin internet ni teléfono fijo. He llamado cuatro veces y siempre me dicen que lo están mirando. Trabajo desde casa y no me puedo conectar a nada.

Necesito que venga un técnico ya.

Marta Sánchez"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Iván Romero <ivan.romero@buzon.example>", to="app@bancomeseta.example",
     subject="La app va lentísima",
     body="""hola, la app del banco va lentisima desde la ultima actualizacion, tarda casi un minuto en cargar los movimientos y a veces se queda en blanco. al final funciona pero desespera un poco.

Iván"""),

dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Tienda Nube Verde <pedidos@nubeverde.example>", to="soporte@tiendaexpress.example",
     subject="Emails de confirmación de pedido llegan con horas de retraso",
     body="""Buenos días:

Desde el martes, los correos de confirmación de pedido que envía nuestra tienda a los clientes llegan con 3 o 4 horas de retraso. Los pedidos entran bien, pero los clientes nos escriben preguntando si la compra se ha hecho o no. ¿Podéis revisarlo?

Un saludo,
Elena Castro"""),

dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Sergio Ramos Prieto <sergio.rprieto@correo.example>", to="clientes@bancomeseta.example",
     subject="No me aparece la nómina y mañana pago el alquiler",
     body="""Hola,

mi empresa me confirma que la nómina se transfirió el día 27 (tengo el justificante), pero en mi cuenta no aparece nada. Mañana me pasan el recibo del alquiler y si me lo devuelven me cobran recargo.

Necesito que lo miréis hoy, por favor.

Sergio Ramos"""),

dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Nuria Delgado <nuria.delgado@buzon.example>", to="socios@gimnasio-forma.example",
     subject="Cuota cobrada dos veces",
     body="""Hola, me habéis cobrado la cuota de diciembre dos veces (2 x 39,90 €). Os adjunto captura del extracto. Quiero que me devolváis una.

Nuria"""),

dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Carmen Ruiz <carmen.ruiz@correo.example>", to="devoluciones@modacasa.example",
     subject="Devolución del pedido 20-88412",
     body="""Hola.

Devolví el abrigo del pedido 20-88412 el 10 de noviembre y en la web pone "devolución recibida" desde el 14, pero el dinero todavía no me ha llegado a la tarjeta. ¿Cuánto suele tardar?

Gracias,
Carmen Ruiz"""),

dict(n=13, signals="payment", priority="low", trap="-", qt=0, reply=0,
     frm="Jorge Molina <jorge.molina@buzon.example>", to="clientes@bancomeseta.example",
     subject="Duda sobre un cargo de 1,20 €",
     body="""Hola, en el último extracto veo un cargo de 1,20 € como "comisión de mantenimiento". No es una queja, solo quería saber a qué corresponde porque no lo había visto antes.

Gracias,
Jorge"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Alba Herrera <alba.herrera@correo.example>", to="ayuda@viajesalba.example",
     subject="No puedo cambiar el móvil de mi cuenta",
     body="""Hola,

no consigo cambiar el número de móvil asociado a mi cuenta. Al poner el nuevo me sale "Este número ya está en uso", pero es un número que acabo de estrenar. ¿Lo podéis cambiar vosotros?

Alba Herrera"""),

dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
     frm="Ramón Iglesias <ramon.iglesias@buzon.example>", to="clientes@revistas-luna.example",
     subject="RE: Su pago ha sido rechazado",
     body="""Hola, el pago ya está hecho con otra tarjeta, eso está solucionado. El problema ahora es que no puedo entrar en mi cuenta: me dice "usuario o contraseña incorrectos" aunque he restablecido la contraseña dos veces. ¿Me podéis ayudar?

Ramón Iglesias

El 1 dic 2026, a las 11:20, Atención al cliente <clientes@revistas-luna.example> escribió:
> Estimado suscriptor:
> No hemos podido cobrar la renovación de su suscripción anual (59,00 €) porque su
> banco ha rechazado el pago. Por favor, actualice su método de pago."""),

dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Beatriz Campos <bea.campos@correo.example>", to="privacidad@citasya.example",
     subject="Eliminar mi cuenta y mis datos",
     body="""Buenas,

quiero darme de baja y que borren mi cuenta y todos mis datos personales, según el RGPD. No encuentro la opción en la app. Les agradecería que me confirmaran cuando esté hecho.

Beatriz Campos"""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Diego Fuentes <diego.fuentes@buzon.example>", to="soporte@seguros-atlas.example",
     subject="no me llega el codigo",
     body="""no me llega el codigo de verificacion por sms cuando intento entrar en la web, lo he intentado como 10 veces. en la app si que entro porque tengo la huella puesta.

Diego"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Paula Serrano <paula.serrano@correo.example>", to="hola@decohogar.example",
     subject="¡Sois unos cracks!",
     body="""Hola equipo:

Solo quería deciros que el nuevo catálogo es una pasada, me he quedado muerta con los precios de las ofertas. Y con el envío gratis a partir de 30 € matáis dos pájaros de un tiro: más clientes y más contentos.

¡Seguid así!
Paula"""),

dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
     frm="Logística Herrera <logistica@herrera-distribucion.example>", to="operaciones@navierasur.example",
     subject="Próxima carga a Canarias",
     body="""Buenos días:

¿Cuándo sale la próxima carga de palés hacia Canarias? Tenemos que planificar la recepción en el almacén de Telde y organizar los turnos.

Un saludo,
Manuel Herrera"""),

dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
     frm="Teresa Vidal <teresa.vidal@buzon.example>", to="tarjetas@bancomeseta.example",
     subject="RE: Aviso de posible fraude en su tarjeta",
     body="""Muchas gracias, ya me ha llegado la tarjeta nueva y funciona perfectamente.

Un saludo,
Teresa Vidal

-----Mensaje original-----
> De: Banco Meseta <avisos@bancomeseta.example>
> Enviado el: jueves, 3 de diciembre de 2026 9:41
> Asunto: Aviso de posible fraude en su tarjeta
>
> Hemos detectado un cargo sospechoso en su tarjeta terminada en 2210 y la hemos
> bloqueado por seguridad. Le enviaremos una tarjeta nueva en 3-5 días hábiles."""),

dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
     frm="Antonio Reyes <antonio.reyes@correo.example>", to="ventas@jardinpro.example",
     subject="Garantía cortacésped Tornado 500",
     body="""Hola,

¿el cortacésped Tornado 500 tiene 3 años de garantía o solo 2? ¿Y se pueden pedir cuchillas de recambio en vuestra web?

Gracias,
Antonio"""),

dict(n=22, signals="-", priority="low", trap="webinar", qt=0, reply=0,
     frm="CiberPyme Formación <eventos@ciberpyme.example>", to="info@herrera-distribucion.example",
     subject="Webinar gratuito: ciberataques y robo de datos en pymes",
     body="""Estimado cliente:

Le invitamos a nuestro webinar gratuito del 15 de diciembre, "Ciberataques y robo de datos en pymes: cómo evitarlos". Hablaremos de ransomware, suplantación de identidad, contraseñas filtradas y qué hacer si su empresa sufre un hackeo.

Inscripción: https://ciberpyme.example/webinar

Si no desea recibir más comunicaciones, haga clic aquí."""),

dict(n=23, signals="payment", priority="low", trap="howto", qt=0, reply=0,
     frm="Clara Medina <clara.medina@correo.example>", to="ayuda@zapatillasya.example",
     subject="¿Cómo pido el reembolso?",
     body="""Hola, ayer devolví en Correos el pedido 55-29180 (unas zapatillas que me quedaban pequeñas). ¿Tengo que hacer algo más para solicitar el reembolso o se hace solo?

Gracias,
Clara"""),

dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
     frm="Sistemas Hospital San Rafael <sistemas@hsanrafael.example>", to="soporte@identidad-segura.example",
     subject="URGENTE - no llegan los códigos SMS a ningún empleado",
     body="""Desde la actualización de anoche, a ninguno de los 1.200 trabajadores del Hospital San Rafael le llegan los códigos SMS para entrar en el portal del empleado ni en la historia clínica electrónica. El turno de mañana no puede acceder a nada.

Necesitamos una solución inmediata.

Departamento de Sistemas"""),
]
