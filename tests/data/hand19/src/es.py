# blind20 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ainhoa Beltrán Ochoa <ainhoa.beltran@correo-norte.example>",
         to="atencion@maletasvolta.example",
         subject="Consulta sobre la maleta Volta Cabin 55 (batería)",
         body="""\
Hola:

Tengo una maleta Volta Cabin 55 con la batería extraíble para cargar el móvil. Ayer volvíamos de
Burgos con los niños y la maleta iba en el maletero, entre las mochilas. En la parada de la
gasolinera noté un olor raro, como a plástico derretido, y al abrir el maletero la maleta hacía
un silbido flojito, como un globo que pierde aire.

El bolsillo donde va la batería estaba abombado y tan caliente que no se podía apoyar la mano.
La saqué con un trapo y la dejé en el suelo, lejos del coche. Una hora después seguía caliente y
la tela de alrededor se ha quedado marrón y dura.

La batería no estaba conectada a nada. La compré en noviembre (pedido VC-88412).

¿Qué hago con ella? Ahora mismo está en el patio de mi casa, dentro de un cubo de metal, y no me
atrevo a meterla en casa. Mis hijos duermen en la habitación de al lado del patio.

Ainhoa Beltrán
Tel. 612 555 019"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rubén Salcedo <rsalcedo@buzon-casa.example>",
         to="soporte@pawtrack.example",
         subject="Localizador PawTrack Mini - tapa de la pila",
         body="""\
Buenas tardes,

Les escribo desde el hospital infantil. Tenemos el localizador PawTrack Mini en el collar de
nuestra perra. Esta mañana el collar estaba en el sofá y mi hijo de dos años lo cogió. Cuando lo
vimos tenía una pila de botón en la boca y la tapa del localizador estaba suelta, se abre
girándola con los dedos, sin herramienta.

Según las instrucciones lleva dos pilas y solo hemos encontrado una. Ha vomitado dos veces, babea
mucho y está muy apagado, no quiere ni agua. Ahora están haciéndole una radiografía.

Los médicos nos preguntan el tamaño y el modelo exacto de las pilas (¿CR2032? ¿CR2025?) y no lo
encontramos en la caja. Por favor, díganme cuál es lo antes posible. Mi móvil es el 699 555 274.

Rubén Salcedo"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Lorena Quintana Ibarra <lorena.qi@mialmacen.example>",
         to="ayuda@regalafacil.example",
         subject="Compras que no he hecho - 4 tarjetas regalo de 100 €",
         body="""\
Hola,

Esta mañana me han llegado cuatro correos de confirmación de compra de tarjetas regalo de 100 €
cada una (400 € en total), enviadas a una dirección que no conozco: regalos.ya@fastmail-x.example.

Yo no he comprado nada. Alguien ha entrado en mi cuenta y ha usado la Visa que tenía guardada.
He cambiado la contraseña en cuanto lo he visto y he borrado la tarjeta, pero los cargos ya
aparecen en el banco.

Por favor, anulen esas tarjetas antes de que las canjeen y devuélvanme el dinero. ¿Cómo han
podido entrar? Tengo la misma cuenta desde 2019 y nunca había pasado nada.

Lorena Quintana"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Javier Olmedo <j.olmedo@oficina-olmedo.example>",
         to="soporte@urbanvolt.example",
         subject="URGENTE: se ha soltado el manillar del patinete en marcha",
         body="""\
Buenos días,

Voy al trabajo todos los días con el patinete UrbanVolt S9. Hoy, bajando por la avenida a unos
22 km/h, el manillar se ha soltado de la barra de dirección de golpe y me he ido al suelo. Tengo
el codo y la rodilla abiertos y me han dado cinco puntos en el centro de salud. Si llega a pasar
cruzando un paso de peatones, me atropella un coche.

La palanca de plegado estaba cerrada, lo comprobé antes de salir como siempre. El patinete tiene
cuatro meses.

Esto es un peligro para cualquiera que tenga este modelo. Quiero saber si hay más casos y qué van
a hacer. Tengo fotos de la pieza rota.

Javier Olmedo"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nerea Gallastegui (Gimnasio Forja Bilbao) <recepcion@forjabilbao.example>",
         to="soporte@entrenapp.example",
         subject="Ningún socio puede entrar al gimnasio",
         body="""\
Hola,

Desde las 6:00 de esta mañana ningún socio puede pasar los tornos. La app no les genera el código
QR para la entrada: se queda en "Generando acceso..." y al final sale en blanco. Ya hemos
reiniciado los lectores dos veces.

Tenemos cola en la calle, la gente se va a trabajar sin entrenar y las clases de las 7 se han
quedado a medias. Estamos abriendo el torno a mano y apuntando nombres en un papel, pero así no
podemos seguir en hora punta. A las 18:00 tenemos unas 400 personas.

Es el gimnasio de Deusto, cliente 20451. Llámenme al 944 555 310.

Nerea"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Paco Medina Ruiz <coordinacion@comidasacasa-sevilla.example>",
         to="incidencias@rutaplan.example",
         subject="Los repartidores no tienen rutas - 280 comidas sin salir",
         body="""\
Buenos días,

Somos el servicio de comidas a domicilio para mayores del Ayuntamiento de Dos Hermanas. Hoy a las
10:00 los repartidores han abierto la aplicación de RutaPlan y no les aparece ninguna ruta ni
ninguna dirección. En el panel web la planificación del día sale vacía, como si no hubiera
pedidos.

Tenemos 280 bandejas preparadas en la cocina y los ocho conductores esperando en el muelle sin
saber a qué casas ir. Muchos usuarios viven solos y dependen de esta comida, algunos son
diabéticos y tienen que comer a su hora. Estamos intentando sacar las direcciones de un Excel
antiguo, pero no está actualizado.

Por favor, necesitamos que nos llamen ya: 955 555 187 (Paco).

Paco Medina
Coordinación"""),

    dict(n=7, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Emily Carter <emily.carter@postbox-uk.example>",
         to="help@hablaya.example",
         subject="No puedo abrir las lecciones",
         body="""\
Hola, perdón por mi español.

Desde el domingo, cuando abro una lección en HablaYa la ruedita gira y gira y nunca carga nada.
Las lecciones descargadas tampoco se abren. I have already reinstalled the app twice and
restarted my phone, same thing.

Tengo el examen DELE B2 el viernes y pago la suscripción premium justamente para estas semanas.
¿Pueden ayudarme?

Emily"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Gonzalo Prieto <gprieto@familiaprieto.example>",
         to="reservas@piscinasmunicipales-valle.example",
         subject="La web de reservas va muy lenta",
         body="""\
Hola,

Desde hace unos días la web de reservas de calles va lentísima y muchas veces da "Error 502" al
confirmar. Si vuelvo atrás y lo intento otra vez, normalmente a la segunda o tercera entra la
reserva.

No es grave, pero a primera hora las calles se llenan en minutos y así es difícil coger sitio.

Gracias,
Gonzalo"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Mireia Font i Vidal <mireia.font@casa-font.example>",
         to="suport@cargallar.example",
         subject="¿Es normal que el cargador salga desconectado?",
         body="""\
Hola,

¿Es normal que desde la actualización del martes el cargador Wallbox HomeCharge 7 salga
"Desconectado" en la app y no empiece a cargar aunque enchufe el coche? La luz del aparato está
en naranja fijo y el botón de "Iniciar carga" aparece gris.

Llevo dos noches sin poder cargar y el coche está al 8 %. Mañana tengo que ir a Lleida por
trabajo y no tengo otra forma de cargarlo en casa.

Mireia"""),

    dict(n=10, signals="payment", priority="medium", trap="short", qt=0, reply=0,
         frm="Álvaro Serrano <alvaro.serrano@red-mail.example>",
         to="clientes@vinosdelacepa.example",
         subject="Cobro duplicado caja de abril",
         body="""\
Me habéis cobrado dos veces la caja de vinos de abril (2 x 39,90 €, mismo día). Solo recibí una.
¿Me devolvéis uno de los cargos? Gracias."""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Daniela Rojas Pinto <daniela.rojas@estudiantes-ucm.example>",
         to="pagos@curritos.example",
         subject="No me ha llegado el pago de los turnos de marzo",
         body="""\
Hola,

Trabajé tres turnos de camarera a través de Curritos para el catering de la feria (14, 15 y 16 de
marzo). En la app pone que el pago de 186,40 € se "envió" el viernes, pero en mi cuenta del banco
no ha entrado nada y ya es miércoles. El IBAN es el mismo de siempre, ya lo he comprobado.

Soy estudiante y vivo de esto. El día 1 tengo que pagar la habitación y sin ese dinero no llego.
¿Pueden mirar qué ha pasado y decirme cuándo me llega?

Muchas gracias,
Daniela"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Carmen Villalobos <carmen.villalobos@despacho-vb.example>",
         to="hola@dietabox.example",
         subject="Comentarios sobre el menú bajo en sodio",
         body="""\
Hola, equipo de DietaBox:

Antes de nada, deciros que el menú bajo en sodio nos está gustando mucho. Mi marido tiene la
tensión alta y el médico le dijo que cuidara la sal, y la verdad es que con vuestras recetas no
echa de menos nada. El bacalao con pisto de la semana pasada fue un éxito, y la crema de calabaza
también. Si puedo pedir algo, me gustaría que hubiera más opciones de legumbres, porque los
garbanzos solo han salido una vez en todo el mes.

También os comento que el repartidor del jueves dejó la caja en el portal en vez de subirla,
pero bueno, no pasó nada porque la vecina la vio.

Y lo que de verdad me hacía escribir: en la factura de marzo (F-2025-03-11873) aparece el plan
familiar de 4 personas, 89,90 € a la semana, cuando nosotros tenemos contratado el de 2 personas
(54,90 €). Me habéis cobrado las cuatro semanas con el precio de 4 personas, es decir 140 € de
más. Además necesito la factura correcta con el CIF del despacho porque la paso como gasto.

Un saludo,
Carmen Villalobos"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Iker Zubiri <iker.zubiri@txoko-mail.example>",
         to="ayuda@ahorrin.example",
         subject="Pregunta sobre una comisión",
         body="""\
Hola, al retirar mis 23,40 € de cashback a la cuenta me han llegado 22,90 €. Veo que hay una
"comisión de retirada" de 0,50 €. No es una queja, solo curiosidad: ¿siempre se cobra o solo por
debajo de cierta cantidad?

Gracias, Iker"""),

    dict(n=14, signals="account", priority="medium", trap="short", qt=0, reply=0,
         frm="Sofía Lamas <sofia.lamas@nube-gal.example>",
         to="app@yogaraiz.example",
         subject="Cuenta bloqueada",
         body="""\
Me he equivocado de contraseña varias veces y ahora la app de Yoga Raíz dice que mi cuenta está
bloqueada. El correo para restablecerla no llega (ni en spam). ¿Me la podéis desbloquear?

Sofía Lamas, socia 3381"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Ernesto Cabrera <ernesto.cabrera@cabrera-asesores.example>",
         to="portal@rentingdirecto.example",
         subject="¿Es normal que el código SMS llegue caducado?",
         body="""\
Buenas,

¿Es normal que el código SMS para entrar en el portal llegue 15 o 20 minutos después de pedirlo?
Cuando por fin me llega ya ha caducado, pido otro y vuelve a pasar lo mismo. Llevo desde ayer
sin poder entrar en mi área de cliente, y tengo que descargar el contrato del Peugeot para el
gestor antes del viernes.

El número es el 622 555 948, el mismo que di al firmar.

Ernesto Cabrera"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Lucía Herrero <lucia.herrero.cuidados@mimail.example>",
         to="soporte@canguroya.example",
         subject="Re: Reembolso de la reserva del 8 de febrero",
         body="""\
Hola de nuevo,

Gracias, eso ya está aclarado. Pero ahora tengo otro problema: ayer, intentando cambiar la foto,
le di a "Eliminar perfil" sin querer (pensaba que era eliminar la foto). Mi perfil de cuidadora
ha desaparecido con las 37 valoraciones de las familias, y es lo que me da trabajo.

¿Se puede recuperar? Lo necesito de vuelta lo antes posible.

Lucía

El 12 feb 2025, a las 9:41, Soporte CanguroYa <soporte@canguroya.example> escribió:
> Hola, Lucía:
> Te confirmamos que hemos tramitado el reembolso de 32 € de la reserva cancelada
> por la familia Ortega. El cargo duplicado se anulará y verás el dinero en tu
> tarjeta en 3-5 días hábiles.
> Un saludo,
> Equipo CanguroYa"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Marta Ibáñez <m.ibanez@alumnos-usal.example>",
         to="ayuda@opositatest.example",
         subject="Cambiar el correo de mi cuenta",
         body="""\
Hola, ¿cómo cambio el correo de mi cuenta? Termino la carrera en junio y dejaré de tener el de la
universidad. No encuentro la opción en "Mi perfil".

Gracias,
Marta"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Begoña Arrieta <bego.arrieta@casa-arrieta.example>",
         to="info@dojokaizen.example",
         subject="Clase de prueba para mi hijo",
         body="""\
Hola:

Mi hijo Unai (9 años) está que echa chispas desde que vio a su primo en la exhibición de judo del
sábado; dice que el "golpe final" del profesor fue brutal y se muere de ganas de apuntarse.

¿La primera clase de prueba es gratis? Pregunto porque en la academia de natación anterior nos
dieron un palo con la matrícula y acabé quemadísima. ¿Qué horarios tenéis para su edad los martes
y jueves?

Un saludo,
Begoña"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Tomás Requena <tomas.requena@vinedos-mail.example>",
         to="clientes@vinosdelacepa.example",
         subject="Re: Retraso en tu pedido VC-55120",
         body="""\
Perfecto, ya me ha llegado esta mañana y todo en buen estado. ¡Gracias por avisar!

Tomás

El mar, 4 mar 2025 a las 17:02, Vinos de la Cepa (<clientes@vinosdelacepa.example>) escribió:
> Hola, Tomás:
> Debido a una caída de nuestro sistema de pedidos el pasado lunes, algunos envíos
> no se prepararon a tiempo. Tu caja saldrá mañana y la recibirás el jueves.
> Sentimos las molestias.
> Vinos de la Cepa"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Fernando Gil Amores <fgil@gil-amores.example>",
         to="soporte@puntosplus.example",
         subject="Re: Cuenta bloqueada y puntos desaparecidos",
         body="""\
Buenas tardes,

Solo para daros las gracias: ya puedo entrar en la cuenta y los 4.200 puntos vuelven a aparecer.
Pensaba que los había perdido todos. Muy amable la chica del teléfono (creo que se llamaba Rocío).

Un saludo,
Fernando"""),

    dict(n=21, signals="-", priority="low", trap="book-title", qt=0, reply=0,
         frm="Claudia Montero <claudia.montero@bachi-mail.example>",
         to="info@aprobado10.example",
         subject="Duda sobre las lecturas obligatorias",
         body="""\
Hola,

Estoy pensando en contratar el curso de preparación de la EBAU de Lengua y Literatura. ¿Incluye
los comentarios de "Crónica de una muerte anunciada" y de "La casa de Bernarda Alba"? En mi
instituto también entra "El árbol de la ciencia", y me mata la parte de Baroja.

Y otra pregunta: si me apunto ahora, ¿llego a hacer los simulacros antes del examen de junio?

Gracias,
Claudia"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Ahorrín Cashback <noticias@ahorrin.example>",
         to="soporte@ahorrin.example",
         subject="🔥 Semana explosiva: hasta un 15 % de cashback",
         body="""\
¡Hola, ahorrador/a!

Esta semana llegan precios que queman: hasta un 15 % de vuelta en moda, viajes y
supermercados. Alerta de chollos: las ofertas caen cada día a las 12:00 y vuelan en minutos.

- Electrónica: hasta 8 % en portátiles y móviles
- Viajes: 10 % en hoteles de costa
- Súper online: 5 % en tu compra semanal

Don't miss out - last chance on Sunday!

Si no quieres recibir más correos, puedes darte de baja aquí.
Ahorrín, S.L. - Calle Ficticia 12, 28000 Madrid"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marta Aguirre Soler <marta.aguirre@fisioaguirre.example>",
         to="alquiler@fisiorent.example",
         subject="Re: Devolución de la fianza - pedido AL-20931",
         body="""\
Tercera vez que escribo y nadie contesta.

Devolví el equipo de presoterapia el 3 de febrero, vuestro transportista firmó la recogida, y la
fianza de 450 € sigue sin aparecer. Necesito ese dinero para pagar la fianza del nuevo local de
la consulta, que firmo el lunes. Si el viernes no está devuelta, pondré una reclamación.

Marta Aguirre

El 3 mar 2025, a las 10:14, Marta Aguirre Soler <marta.aguirre@fisioaguirre.example> escribió:
> Hola, os escribí hace dos semanas y no he tenido respuesta. La fianza del pedido
> AL-20931 (450 €) sigue sin devolverse, aunque el equipo os llegó el 4 de febrero.
> ¿Podéis decirme cuándo la recibiré?
> Marta"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Inmaculada Ortiz <direccion@centrodiaelpilar.example>",
         to="soporte@asistegest.example",
         subject="Las tablets no sincronizan la asistencia",
         body="""\
Hola,

Desde ayer las tablets de las salas no sincronizan la hoja de asistencia de los usuarios del
centro de día: marcamos quién ha venido y al pulsar "Enviar" sale "Sin conexión con el servidor",
aunque el wifi va perfectamente.

De momento lo estamos apuntando desde el ordenador de recepción, en el panel web, que sí funciona,
pero es bastante lío para las auxiliares. ¿Podéis revisarlo?

Gracias,
Inmaculada Ortiz
Centro de Día El Pilar"""),
]
