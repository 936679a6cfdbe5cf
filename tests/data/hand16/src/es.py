# blind17 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Barredo Ortuño <lucia.barredo@correo-familia.example>",
         to="atencion@nubesuave.example",
         subject="Saco de dormir Nube 2.5 TOG - botón del hombro suelto",
         body="""\
Hola:

Esta madrugada he ido a ver a mi hija Vega (9 meses) porque la oía toser de una
manera rara, como si le faltara el aire entre tos y tos. Tenía en la boca uno de
los botones de presión del hombro del saco Nube, la pieza metálica entera, y
estaba muy colorada y con los ojos llorosos. Se lo he podido sacar con el dedo.

Al revisar el saco he visto que el otro botón del hombro también gira y sale con
solo tirar un poco. El saco tenía cuatro piezas (dos botones con su contrapieza)
y ahora solo encuentro tres, así que no sé si se ha tragado la que falta. Vamos
al pediatra en cuanto abra.

Lo compré en vuestra tienda online hace tres semanas, pedido 48-20931. Quiero
saber si hay más casos con este lote y qué hago con el saco y con el otro que
compré para la guardería.

Lucía Barredo"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ginés Morata <gines@tallerelbarro.example>",
         to="sat@hornosceramicos.example",
         subject="Horno HC-60: olor raro y la pared de detrás con burbujas",
         body="""\
Buenas tardes:

Tengo vuestro horno HC-60 desde enero en el taller donde doy clases de cerámica
los jueves. Ayer, a mitad de una cocción de bizcocho (unos 950 grados según el
controlador), empezó a oler a plástico derretido. La caja del controlador, la que
va atornillada al lateral, estaba tan caliente que no se podía apoyar la mano, y
la pintura de la pared de detrás (a 30 cm, como pone el manual) se ha levantado
formando burbujas y se ha puesto marrón. El cable de alimentación tiene además
una zona blanda y deformada cerca de la clavija.

Lo corté desde el diferencial y abrí las ventanas. Dentro había piezas de seis
alumnos que ya doy por perdidas. Hoy no me atrevo a volver a enchufarlo.

¿Podéis mandar a un técnico esta semana? Necesito saber si es el controlador,
el cableado o la resistencia, y si puedo seguir usando el horno mientras tanto.

Un saludo,
Ginés Morata
Taller El Barro (Albacete) - tel. 555 20 14 87"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Tesorería Coro Voces del Turia <tesoreria@vocesdelturia.example>",
         to="asociaciones@bancosolidario.example",
         subject="Han entrado en la banca online de la asociación y han hecho una transferencia",
         body="""\
Buenos días:

Soy Amparo Soler, tesorera de la Asociación Coral Voces del Turia (cuenta de
asociaciones n.º 0081-ASOC-22417).

Anoche a las 23:52 me llegó un aviso vuestro: "Se ha modificado el teléfono de
confirmación de su usuario". No fui yo. Esta mañana he intentado entrar y la
contraseña ya no vale; al pedir una nueva, el SMS se envía a un número acabado
en 718 que no es el mío. Por lo tanto no tengo acceso a la cuenta.

He llamado a la oficina y me dicen que ayer salió una transferencia de 3.850 €
a un IBAN de Lituania con el concepto "alquiler sala ensayo". Nosotros pagamos
el local de ensayo a la parroquia, nunca hemos mandado dinero al extranjero, y
ese dinero son las cuotas de 60 socios y la subvención del concierto de Navidad.

Os pido que bloqueéis el usuario y cualquier otra operación, que intentéis
retroceder la transferencia y que me digáis qué denuncia necesitáis.

Amparo Soler Ferrer
Tel. 555 71 30 46"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Manuel Iriarte <m.iriarte@buzon.example>",
         to="postventa@ortoayuda.example",
         subject="Consulta grúa de traslado Alza 150",
         body="""\
Hola, ¿es normal que la grúa Alza 150 baje sola unos centímetros cuando mi madre
está colgada en el arnés?

Pasa desde hace unos días: la subo de la cama, la giro hacia la silla y, sin
tocar el mando, el brazo va bajando poco a poco y se oye un clic dentro del
motor cada pocos segundos. Ayer llegó a tocar el reposabrazos de la silla con
las piernas antes de que yo la colocara, y se agarró a mí muy asustada.

Mi madre pesa 68 kg y la grúa admite 150. La usamos cuatro veces al día.
¿Tengo que dejar de usarla? ¿Podéis venir a revisarla?

Manuel Iriarte"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Recepción SaltaMás Getafe <recepcion.getafe@saltamas.example>",
         to="soporte@taquillapark.example",
         subject="Los tornos no leen ninguna entrada",
         body="""\
Hola:

Desde las 10:00 ningún torno lee los QR de las entradas compradas online, ni las
pulseras de los abonados. Tenemos unos 80 niños en la cola de fuera con sus
padres y tres cumpleaños a las 11:00. Estamos dejando pasar a la gente apuntando
nombres a mano en una libreta, y en caja tampoco se cargan las reservas, así que
no sabemos quién ha pagado y quién no.

Es sábado, nuestro día fuerte. Necesitamos que alguien nos llame ya:
555 31 02 66.

Jonatan, encargado de turno"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ainhoa Zubiri <ainhoa.zubiri@signos.example>",
         to="ayuda@videointerpreta.example",
         subject="No puedo llamar con intérprete desde ayer",
         body="""\
Hola. Soy usuaria sorda del servicio de videointerpretación.

Desde ayer por la tarde, cuando pulso "Llamar con intérprete", la pantalla se
queda en "Conectando..." y al minuto vuelve al inicio. Lo he probado en el móvil
y en el ordenador, con wifi y con datos.

Hoy tenía que llamar al centro de salud para cambiar una cita y al banco, y no
he podido hacer ninguna de las dos cosas. Sin el servicio no puedo hablar por
teléfono con nadie. ¿Qué pasa?

Ainhoa"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Nerea Campos <ncampos@biblioteca-tordesillas.example>",
         to="soporte@reservasalas.example",
         subject="Calendario de salas muy lento y sin correos de confirmación",
         body="""\
Buenos días:

Desde el martes el calendario de reserva de salas de la biblioteca tarda más de
un minuto en cargar, y a veces hay que refrescar dos o tres veces. Las reservas
se acaban guardando, pero los usuarios no reciben el correo de confirmación con
el PDF, así que nos llaman para preguntar si tienen la sala. De momento se lo
confirmamos por teléfono.

¿Podéis revisarlo? Gracias.

Nerea Campos
Biblioteca Municipal"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Central Taxi-Bus Comarca de la Sierra <central@taxibus-sierra.example>",
         to="incidencias@rutarural.example",
         subject="Los conductores no reciben los servicios en la tablet",
         body="""\
Buenos días:

Desde las 6:30 las tablets de los ocho vehículos no muestran ningún servicio.
Los vecinos reservan por teléfono o por la app, la reserva aparece aquí en la
centralita, pero al conductor no le llega nada. Desde la central tampoco podemos
asignar a mano, porque el botón "Asignar" da un error en rojo sin texto.

Hemos tenido a gente mayor más de una hora en las paradas de Valdelosa y de
Horcajo. Dos de ellos iban a diálisis al hospital de Salamanca y han perdido el
turno; una vecina se ha quedado sin la consulta del oftalmólogo que esperaba
desde junio. Ahora mismo estamos llamando a los conductores uno a uno al móvil y
dictándoles las direcciones de un listado en papel.

Os pido que lo miréis con la máxima prioridad. Nuestro teléfono: 555 88 40 12.

Rosa Hernández
Coordinadora del servicio de transporte a demanda"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Hugo Pizarro <hugo.pizarro@mimail.example>",
         to="soporte@dingtimbres.example",
         subject="Timbre Ding Pro: la app no muestra nada",
         body="""\
Hola:

Desde la actualización de anoche la app del timbre no me sirve para nada. El
timbre suena en casa, pero al móvil no llega ninguna notificación y si abro la
cámara en directo sale "Device offline. Please try again later."

El timbre tiene la luz azul fija y el wifi va bien (el resto de aparatos
funcionan). Lo he reiniciado y he reinstalado la app, sin cambios. Trabajo fuera
todo el día y hoy me han dejado dos paquetes sin que me enterara.

Hugo"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Rubén Sastre <ruben.sastre@correo.example>",
         to="socios@clublinces.example",
         subject="Cuota del club cobrada dos veces",
         body="""\
Buenas:

En el extracto de este mes me aparecen dos cargos de 45,00 € del Club de
Atletismo Los Linces, los dos con fecha 1 de octubre y el mismo concepto "Cuota
trimestral socio 0417". Solo tengo una ficha de socio. ¿Me podéis devolver uno?

Gracias,
Rubén"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="DJ Kike Alameda <kike@kikealameda.example>",
         to="pagos@bodaplan.example",
         subject="No me ha llegado la liquidación de septiembre",
         body="""\
Hola:

Trabajo con vuestra plataforma de reservas para bodas desde hace dos años. El
panel dice que la liquidación de septiembre (tres bodas, 2.640 €) se envió el
día 5 con estado "Completada", pero en mi cuenta no ha entrado nada y el banco
me confirma que no hay ninguna transferencia pendiente a mi nombre.

El día 1 tengo que pagar el alquiler del local y la cuota del préstamo del
equipo de sonido, y sin ese dinero no llego. ¿Podéis comprobar a qué cuenta se
mandó? Debería ser la de siempre, la que termina en 4471.

Kike Alameda
555 09 62 18"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Carmen Villalobos <carmen.villalobos@correo.example>",
         to="soporte@autoescuelavolante.example",
         subject="Re: No puedo entrar en la app de la autoescuela",
         body="""\
Gracias, ya puedo entrar.

Pero ahora que veo la factura de octubre: me cobráis 12 clases prácticas
(420 €) y en el historial de la app solo aparecen 10, la última el día 24.
¿Podéis corregirla y mandarme una nueva? La necesito para pedir la ayuda del
ayuntamiento y el plazo acaba a final de mes.

Carmen

El mar, 28 oct 2025 a las 9:14, Autoescuela Volante <soporte@autoescuelavolante.example> escribió:
> Hola, Carmen:
> Tu cuenta estaba bloqueada por demasiados intentos de acceso con una
> contraseña incorrecta. Ya la hemos desbloqueado; entra con el enlace
> para restablecer la contraseña que te acabamos de enviar.
> Un saludo,
> Equipo Autoescuela Volante"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Pilar Ocaña <pilar.ocana@correo.example>",
         to="amigos@museodelcarrito.example",
         subject="Cargo de 1,50 € en la renovación",
         body="""\
Hola, he renovado el carné de Amigos del Museo y además de los 40 € me aparece
un cargo de 1,50 € como "gastos de gestión". No me importa pagarlo, es pura
curiosidad: ¿a qué corresponde?

Un saludo,
Pilar"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Francisco Javier Lorente <fjlorente@correo.example>",
         to="campus@escueladultos-norte.example",
         subject="Usuario bloqueado en el campus virtual",
         body="""\
Buenas tardes:

Me he quedado fuera del campus virtual de la Escuela de Adultos. Puse mal la
contraseña varias veces y ahora sale "Usuario bloqueado temporalmente. Contacte
con el administrador". Han pasado ya dos días y sigue igual.

Tengo que entregar el ejercicio de inglés B1 antes del viernes. Mi usuario es
fjlorente82.

Gracias,
Francisco Javier Lorente"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Marta Gil Esteve <martagil@buzon.example>",
         to="ayuda@salasdeensayo.example",
         subject="Código SMS de la app de reservas",
         body="""\
Hola, ¿es normal que el código de verificación por SMS tarde 40 minutos o más en
llegar? Cuando llega ya ha caducado (pone que vale 5 minutos) y la app me pide
otro. Así llevo desde el domingo y no consigo entrar para reservar la sala de la
banda. El número es el de siempre, 555 47 19 03.

Marta (batería de Los Tranvías)"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Begoña Arrieta <bego.arrieta@correo.example>",
         to="clientes@fotolibroya.example",
         subject="Mi cuenta ha desaparecido con los álbumes dentro",
         body="""\
Kaixo, egun on.

Al entrar hoy en vuestra web me dice que no existe ninguna cuenta con mi correo.
Llevo desde 2021 haciendo ahí los fotolibros de la familia y tenía guardados dos
proyectos a medias, uno de ellos el del bautizo de mi sobrino con más de 200
fotos. Yo no he pedido borrar nada.

¿Podéis recuperar la cuenta y los proyectos? El correo es este mismo.

Eskerrik asko,
Begoña"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Tomás Requena <tomas.requena@antiguo-correo.example>",
         to="tienda@astrovisor.example",
         subject="Cambiar correo",
         body="""\
Hola, ¿cómo cambio la dirección de correo de mi cuenta en la tienda? Voy a dar de
baja este buzón el mes que viene. Gracias."""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Irene Cabello <irene.cabello@estudiocabello.example>",
         to="ventas@ergosilla.example",
         subject="La silla Ergo 7 es una bomba",
         body="""\
Hola:

Hace un mes compré la Ergo 7 para teletrabajar y tengo que decirlo: es una
bomba. Antes la espalda me estaba matando y los viernes acababa hecha polvo;
ahora ni me acuerdo. Mi compañero de estudio se muere de envidia y quiere una
igual.

Pregunta: ¿la versión con reposacabezas está disponible en gris marengo o solo
en negro? Y si la pedimos a nombre del estudio, ¿hacéis factura con CIF?

Irene"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Elena Navarro <elena.navarro@correo.example>",
         to="reservas@sanandres-parroquia.example",
         subject="Re: Reserva salón parroquial 14 de diciembre",
         body="""\
Perfecto, entonces seremos 110 como máximo.

Otra pregunta: ¿las mesas redondas las montáis vosotros o tenemos que venir el
viernes por la tarde? ¿Y se puede usar el proyector para el vídeo de los niños
del coro?

Muchas gracias,
Elena

-----Mensaje original-----
De: Salón Parroquial San Andrés <reservas@sanandres-parroquia.example>
Enviado el: lunes, 3 de noviembre de 2025 12:05
Para: Elena Navarro
Asunto: Reserva salón parroquial 14 de diciembre

> Buenos días, Elena:
> Queda confirmada la reserva del salón para la comida de Navidad.
> Le recordamos que, por la normativa contra incendios, el aforo máximo
> es de 120 personas y que las salidas de emergencia deben quedar libres
> de mesas y sillas en todo momento.
> Un saludo,
> Secretaría parroquial"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sergio Llamas <sergio.llamas@correo.example>",
         to="reservas@paintballlasencina.example",
         subject="Cumpleaños: Pack Zona Cero o Pack Asalto Final",
         body="""\
Hola:

Quiero celebrar los 14 años de mi hijo con 12 amigos. He visto en la web el
"Pack Zona Cero" y el "Pack Asalto Final". ¿Qué diferencia hay, aparte del
número de bolas? ¿Los chalecos y las máscaras van incluidos o se alquilan
aparte? ¿Hay edad mínima para el escenario "Francotirador"?

Preferimos un sábado de enero por la mañana.

Gracias,
Sergio"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Nuria y Álex <nuriayalex2026@correo.example>",
         to="hola@bodasconmimo.example",
         subject="Re: Incidencia con el pago de la señal",
         body="""\
¡Hola, Raquel!

Solo para deciros que ya está todo bien: ayer la pasarela de pago se caía cada
vez que intentábamos pagar la señal, pero esta mañana ha entrado a la primera y
ya tenemos el justificante.

Mil gracias por la paciencia y por contestar un domingo. ¡Nos vemos en la
prueba del menú!

Nuria"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Escuela de Costura Hilvana <boletin@hilvana.example>",
         to="soporte@hilvana.example",
         subject="Boletín de noviembre: ¡precios de muerte y el taller SOS Dobladillos!",
         body="""\
¡Hola, costurera!

Este mes viene cargado:

- Precios de muerte en tijeras, cintas métricas y alfileteros: hasta un 30 %
  hasta el domingo.
- Nuevo taller exprés «SOS Dobladillos», para esas emergencias de última hora
  antes de una boda. Sábado 22, de 10 a 13 h.
- Curso de patronaje básico: las plazas vuelan, quedan 4.
- En el blog: «Cómo rescatar una blusa que has quemado con la plancha» y
  «Adiós al bloqueo creativo: 5 ideas con restos de tela».

¡Nos vemos entre hilos!
El equipo de Hilvana

Si no quieres recibir más correos, puedes darte de baja desde tu perfil."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Álvaro Méndez <alvaro.mendez@gestoriamendez.example>",
         to="soporte@lectorvoz.example",
         subject="RE: RE: El lector de pantalla no lee el programa de contabilidad (caso 20931)",
         body="""\
Es la tercera vez que escribo y nadie nos ha dado una solución.

Nuestra compañera Sonia es ciega y lleva desde el día 4 sin poder trabajar:
desde la actualización 11.2 del lector de pantalla, al entrar en el programa de
contabilidad solo oye "panel" y "sin etiqueta", y no lee ningún campo ni la
tabla de asientos. Estamos en pleno cierre trimestral y su trabajo lo estamos
repartiendo entre los demás como podemos.

Necesito que alguien técnico nos llame hoy.

Álvaro Méndez
Gestoría Méndez - 555 62 30 18

El jue, 6 nov 2025 a las 16:40, Álvaro Méndez <alvaro.mendez@gestoriamendez.example> escribió:
> Hola de nuevo. ¿Hay novedades? Sonia sigue sin poder usar el programa.
> Hemos intentado volver a la versión 11.1, pero el instalador dice que
> la licencia ya no es válida para esa versión.
>
> El mar, 4 nov 2025 a las 10:02, Álvaro Méndez escribió:
> > Buenos días: tras actualizar el lector de pantalla a la 11.2, nuestra
> > empleada no puede usar el programa de contabilidad; el lector no
> > lee ningún campo. ¿Nos podéis ayudar?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Diego Fuentes <diego.fuentes@correo.example>",
         to="soporte@deskup.example",
         subject="La app no encuentra el escritorio elevable",
         body="""\
Hola:

Desde que cambié de móvil, la app DeskUp no encuentra el escritorio por
Bluetooth: se queda buscando y al final dice "No se han encontrado
dispositivos". No es grave, con los botones del panel la mesa sube y baja
perfectamente; solo echo de menos las alturas guardadas y el aviso para
ponerme de pie.

Cuando podáis me decís si hay que emparejarla de otra forma. Modelo DU-140,
comprado en marzo.

Diego"""),
]
