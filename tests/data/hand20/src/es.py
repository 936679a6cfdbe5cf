# blind21 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marisa Quintanilla Roldán <marisa.quintanilla@buzon.example>",
         to="atencion@camasencasa.example",
         subject="La barandilla de la cama se ha soltado",
         body="""\
Buenas noches:

Tenemos alquilada con ustedes una cama articulada para mi madre (contrato CA-20417).
Esta tarde, al agarrarse a la barandilla lateral para incorporarse, la bisagra de abajo
ha cedido y la barandilla se ha quedado colgando hacia fuera. Mi madre se ha ido con
ella y se ha quedado con medio cuerpo fuera del colchón hasta que la ha sujetado mi
hermano. Tiene la cadera amoratada y dice que le duele al girarse.

La barandilla del otro lado hace el mismo ruido metálico en cuanto se le pone peso.
No nos atrevemos a dejarla sola en la cama esta noche, así que estamos turnándonos.

¿Pueden mandar a alguien mañana a primera hora o cambiarnos la cama?

Marisa Quintanilla Roldán
Tel. +34 555 01 87 32"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Óscar Benavente <obenavente@correo-hogar.example>",
         to="soporte@homecell.example",
         subject="Pregunta sobre la batería HomeCell 10",
         body="""\
Hola,

¿es normal que la batería del garaje (HomeCell 10 kWh, n.º de serie HC10-88213) tenga
la carcasa tan caliente que no se puede dejar la mano encima? Desde ayer por la noche
se oye por dentro un chisporroteo, como cuando se fríe algo, y huele a plástico
derretido. La app marca 61 °C en el módulo 3 y en la pared de detrás ha salido una
mancha oscura que antes no estaba.

Está justo al lado de la puerta que da a la cocina y los niños juegan ahí.
¿La desconecto? ¿Cómo se hace?

Saludos,
Óscar"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Inmaculada Ferrer <inma.ferrer@correo.example>",
         to="clientes@fotorevela.example",
         subject="En mi cuenta salen pedidos y fotos de otra persona",
         body="""\
Hola,

he entrado en mi cuenta de FotoRevela para repetir un pedido de las fotos de la
comunión de mi hija y en «Mis pedidos» aparecen tres pedidos que no son míos: fotos de
otra familia con niños pequeños (en una se lee el nombre del colegio en el uniforme) y
una factura con el nombre, el DNI y la dirección de una tal Begoña R., de Zaragoza.
Yo vivo en Murcia y nunca he pedido nada de eso.

Me preocupa por esa familia, pero también por nosotros: ¿esa señora está viendo las
fotos de mi hija y mis datos? Esto es un problema serio de protección de datos. He
hecho capturas de pantalla por si las necesitan, pero no pienso reenviarlas a nadie.

Espero una explicación.
Inmaculada Ferrer Soler"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="fraud", qt=0, reply=0,
         frm="Fermín Aguado <fermin.aguado@mimail.example>",
         to="ayuda@canisbox.example",
         subject="URGENTE: cargos que no he hecho",
         body="""\
Buenos días:

Hoy me han llegado tres avisos del banco por cargos de CanisBox: 89,90 €, 89,90 € y
142,50 €, todos esta madrugada entre las 3:10 y las 3:25. Yo solo tengo la suscripción
de pienso de 39,95 € al mes. En la web veo que esos pedidos van a una dirección de
Badalona que no conozco y que alguien ha añadido un teléfono nuevo a mi perfil.

Todavía puedo entrar y ya he cambiado la contraseña, y he bloqueado la tarjeta.
Creo que alguien ha entrado en mi cuenta. Por favor, paren esos envíos y devuélvanme
el dinero.

Fermín Aguado
Cliente 204-118"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jordi Puigvert <jordi@lagildeta.example>",
         to="incidencias@pagomovil.example",
         subject="Festival hoy: solo podemos cobrar en efectivo",
         body="""\
Hola,

soy de La Gildeta Food Truck (comercio 55-3190). Estamos en el festival del Fòrum y
desde las 12:40 los dos datáfonos se quedan en «Conectando con el host...» y al final
sale «Operación denegada - error 96» con todas las tarjetas, también con el móvil.
Aquí casi nadie lleva efectivo: la cola da la vuelta a la carpa y la gente se va al
puesto de al lado. Hemos puesto un cartel de «solo efectivo» y apuntamos las ventas en
una libreta.

El festival dura hasta medianoche y es el mejor día del año para nosotros.
Truqueu-me, si us plau: +34 555 04 11 60.

Jordi"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Recepción Clínica Los Almendros <recepcion@vetalmendros.example>",
         to="soporte@vetcita.example",
         subject="Agenda en blanco desde las 9",
         body="""\
Buenos días:

En la Clínica Veterinaria Los Almendros abrimos a las 9 y desde entonces la agenda de
VetCita sale en blanco para los tres veterinarios: no vemos las citas, ni los
historiales, ni podemos buscar fichas. La sala de espera está llena de dueños con sus
animales y no sabemos quién tenía hora ni para qué. Tenemos un perro que viene a
quimioterapia y una cesárea programada a las 11, y no podemos consultar sus analíticas.

Estamos atendiendo por orden de llegada y apuntándolo todo en papel. Hemos cerrado y
vuelto a abrir el programa en todos los ordenadores y probado desde el móvil.

Llámennos al 555 230 114, por favor.
Nuria Pascual (recepción)"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sergio Valcárcel <svalcarcel@correo.example>",
         to="soporte@portamax.example",
         subject="El garaje no abre",
         body="""\
Hola,

desde la actualización de anoche la puerta del garaje no responde ni a la app ni al
mando. La luz del motor parpadea en naranja y ya está. El coche está dentro y a las 7
tengo que salir para el trabajo. Le he quitado la corriente diez minutos y nada.

Modelo PortaMax 600, app 4.2.1. ¿Hay alguna forma de abrirla a mano mientras tanto?

Sergio"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Remedios Cano <remedios@viveroselejido.example>",
         to="soporte@invercontrol.example",
         subject="Portal de InverControl caído",
         body="""\
Hola,

el portal web y la app de InverControl están caídos desde ayer por la tarde (error 503).
El controlador del invernadero sigue funcionando en local: la ventilación y el riego
saltan según el programa y en la pantalla del equipo veo las temperaturas, así que de
momento las plantas están bien. Lo que no tenemos es el histórico ni los avisos al móvil.

¿Sabéis cuándo vuelve?

Gracias,
Remedios - Viveros El Ejido"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Eduardo Ríos <eduardo.rios@casa-rios.example>",
         to="postventa@aquaflow.example",
         subject="Bomba de la piscina",
         body="""\
Buenas,

¿es normal que la bomba se pare sola a los cinco minutos de arrancar? Desde el lunes
hace siempre lo mismo: arranca, hace un zumbido más fuerte de lo normal y se apaga. Si
la vuelvo a encender, igual. El agua ya se está poniendo verde y este fin de semana
tenemos doce personas en casa.

Bomba AquaFlow 1 CV, comprada en marzo (factura 2024-0771).

Saludos,
Eduardo Ríos"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Clara Montes <clara.montes@correo.example>",
         to="administracion@mudanzasatlas.example",
         subject="Me habéis cobrado dos veces la señal",
         body="""\
Hola,

contraté con vosotros la mudanza del 14 de junio (presupuesto MU-5521) y pagué la señal
de 250 € con tarjeta. Hoy veo en el banco dos cargos de 250 € el mismo día, con un
minuto de diferencia. Os adjunto la captura.

¿Me podéis devolver uno de los dos?

Gracias,
Clara Montes"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Nerea Olabarria <nerea@txalaparta-producciones.example>",
         to="organizadores@entradasya.example",
         subject="Varias consultas (concierto del 22, nombres, logo...)",
         body="""\
Hola, equipo:

Primero, enhorabuena por la nueva versión del panel de organizadores: el informe de
ventas por franja horaria nos ha venido genial para calcular el personal de barra.
Os junto varias cosas en un solo correo porque esta semana voy a tope.

1) Para el concierto del 22 queremos abrir otra tanda de entradas de pista, unas 300.
   ¿Lo podemos hacer nosotros desde el panel o tenéis que activarlo vosotros?

2) Varios compradores preguntan si pueden cambiar el nombre de la entrada porque se la
   han regalado a otra persona. Entiendo que sí, ¿verdad? ¿Tiene coste?

3) La liquidación del festival del 1 de junio (evento 7781, 18.430,00 €) sale en el
   panel como «pagada» desde el día 5, pero en nuestra cuenta no ha entrado nada y el
   banco dice que no hay ninguna transferencia en camino. Con ese dinero pagamos las
   nóminas de los técnicos y la factura del escenario, y las nóminas salen este viernes.

4) Por último, ¿podéis cambiar el logo de la página del evento por el que os adjunto?

Mil gracias,
Nerea Olabarria
Producciones Txalaparta"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lucía Garrido <lgarrido@norteindustrial.example>",
         to="facturacion@traduccionesbabel.example",
         subject="Factura F-2024/318 incorrecta",
         body="""\
Buenos días:

En la factura F-2024/318 nos cobran 12.400 palabras de traducción EN>ES a 0,09 €, pero
el manual técnico (pedido 4471) tenía 8.150 palabras según vuestro propio presupuesto.
Además aparece un recargo de urgencia del 25 % y el plazo que pedimos fue el estándar.

Nuestro responsable en Dublín ya me ha escrito: "Please don't pay it until they send a
corrected invoice." ¿Podéis emitir una factura rectificativa?

Un saludo,
Lucía Garrido
Departamento de Compras - Norte Industrial"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Andrés Pino <andres.pino@correo.example>",
         to="info@trasterosalcazar.example",
         subject="Cargo de 1,50 €",
         body="""\
Hola, en el recibo de mayo del trastero 214 aparece «gestión de recibo: 1,50 €».
No pasa nada, es solo curiosidad: ¿qué es ese concepto? Gracias."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Pablo Rubio <pablo.rubio@correo.example>",
         to="clientes@musirent.example",
         subject="Cuenta bloqueada",
         body="""\
Hola,

intenté entrar en mi cuenta de MusiRent para renovar el alquiler del violonchelo de mi
hijo y, tras tres intentos, me salió «Cuenta bloqueada temporalmente». Han pasado dos
días y sigue igual. Y el enlace de «He olvidado mi contraseña» me dice que el correo no
existe, cuando es el mismo con el que me registré (este).

El alquiler vence el día 30.

Pablo Rubio"""),

    dict(n=15, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Marcos Lafuente <marcos@taller3dlafuente.example>",
         to="soporte@forja3d.example",
         subject="Forja X1 - varias cosas",
         body="""\
Hola,

tengo dos Forja X1 en el taller y en general estoy muy contento. Os comento un par de
cosas por si os sirven: con el PETG de la marca blanca la primera capa se despega si
no subo la cama a 85 °C, y el ventilador de capa hace más ruido desde el último
firmware. Nada grave, lo voy apañando.

Lo que sí me está fastidiando: la semana pasada cambié de operador (mismo número,
+34 555 09 72 18) y desde entonces no me llega el código SMS para entrar en la nube.
Lo he pedido cinco o seis veces y nada; los SMS del banco sí me llegan. Sin el código no
puedo entrar en la cuenta para mandar trabajos desde el portátil ni ver la cámara.

¿Me podéis cambiar la verificación al correo o revisar qué pasa?

Gracias,
Marcos"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Ismael Cortés <ismael@cafealquimia.example>",
         to="hola@tuestelab.example",
         subject="Mi perfil ha desaparecido",
         body="""\
Hola,

llevo dos años usando TuesteLab con mi tostador de 1 kg y hoy, al abrir la app, me pide
crear una cuenta nueva. Si intento entrar con mi correo me dice que no existe ningún
usuario. Ahí tenía más de 60 curvas de tueste guardadas y el historial de lotes.

¿Lo habéis borrado por error? ¿Se puede recuperar?

Ismael Cortés
Café Alquimia"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ainhoa Etxeberria <ainhoa.etx@correo.example>",
         to="ayuda@dronair.example",
         subject="Cambiar correo",
         body="""\
Buenas, ¿cómo cambio el correo de mi cuenta de DronAir? Quiero usar el del trabajo en
vez del personal. Gracias, Ainhoa"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Sonia Marín <sonia.marin@correo.example>",
         to="citas@plagasfuera.example",
         subject="Re: Confirmación de tratamiento contra cucarachas",
         body="""\
Perfecto, el martes 11 a las 9:00 nos va bien. La llave la tendrá el portero.
Gracias.

Sonia

El vie, 7 jun 2024 a las 13:02, Plagas Fuera <citas@plagasfuera.example> escribió:
> Estimada clienta:
>
> Le confirmamos el tratamiento de gel y pulverización en su vivienda de la calle
> Olmo 12, 3.º B. Le proponemos el martes 11 a las 9:00.
>
> Importante: el producto es tóxico si se ingiere. Mantenga a niños y mascotas fuera
> de la vivienda durante 4 horas. Si después nota mareos, irritación en la piel o
> dificultad para respirar, ventile y llame al 112.
>
> Un saludo,
> Plagas Fuera"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Txema Goikoetxea <txema.goiko@correo.example>",
         to="servicio@saunasnorte.example",
         subject="Gracias - la sauna ya calienta",
         body="""\
Hola,

solo para deciros que ayer vino Rubén, el técnico, cambió la resistencia quemada y el
termostato, y la sauna vuelve a llegar a 80 °C en media hora. Un trato de diez y muy
limpio trabajando. Gracias por la rapidez.

Saludos,
Txema"""),

    dict(n=20, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Quique Salvador <quique.salvador@correo.example>",
         to="reservas@enigmarooms.example",
         subject="Reserva para «Apagón» o «Fuga de la prisión»",
         body="""\
Hola,

somos ocho compañeros de trabajo y queremos hacer la sala «Apagón» el viernes 21 por la
tarde. ¿Caben ocho o tenemos que dividirnos? Si no, ¿«Fuga de la prisión» admite ocho?
Y otra cosa: ¿se paga allí mismo con tarjeta o hay que pagar por adelantado?

Gracias,
Quique"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Alberto Saiz <alberto.saiz@correo.example>",
         to="info@homecell.example",
         subject="¿La batería sirve durante un apagón?",
         body="""\
Hola, estoy pensando en instalar la HomeCell 10 con mis placas. Si hay un corte de luz
en el barrio, ¿la casa sigue teniendo electricidad? ¿Y el contrato de mantenimiento
cubre las averías del inversor? Gracias, Alberto"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Heladería La Ola <laola.santapola@correo.example>",
         to="clientes@heladix.example",
         subject="¡La máquina es una bomba!",
         body="""\
Hola, equipo de Heladix:

Solo queríamos contaros que la máquina de helado soft que os compramos en abril es una
bomba. Este fin de semana hemos reventado récords: 900 cucuruchos el sábado, la cola
llegaba hasta la esquina y no hemos tenido que pararla ni una vez. Mis hijos dicen que
el de pistacho está de muerte.

Si algún día necesitáis un testimonio para la web, contad con nosotros.

Un abrazo,
Amparo y Vicente - Heladería La Ola, Santa Pola"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Guillermo Arrieta <garrieta@correo.example>",
         to="soporte@riegofacil.example",
         subject="La app no manda los programas al programador",
         body="""\
Hola,

desde hace tres días la app RiegoFácil no consigue enviar los cambios al programador de
6 zonas: se queda en «Sincronizando...» y al final da error. El programador sigue
regando con el programa antiguo y, si cambio los horarios con los botones del propio
aparato, funciona, así que el césped no corre prisa. Pero es un rollo tener que bajar
al jardín cada vez.

¿Es un fallo conocido?

Guillermo Arrieta"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rocío Navarro <rocio.navarro@buzon.example>",
         to="reservas@bodasdeensueno.example",
         subject="RE: Devolución señal boda 14/09",
         body="""\
Buenos días:

Es el tercer correo que envío y nadie me contesta. Cancelamos el catering dentro del
plazo y vuestra coordinadora, Estela, nos confirmó por escrito que nos devolveríais la
señal de 2.400 €. Han pasado cinco semanas. Necesito ese dinero antes del viernes para
pagar la reserva de la nueva finca, o la perdemos.

Si mañana no tengo respuesta, presentaré una reclamación en Consumo.

Rocío Navarro
Tel. +34 555 07 64 21

El lun, 20 may 2024 a las 10:14, Rocío Navarro <rocio.navarro@buzon.example> escribió:
> Hola de nuevo:
>
> Os vuelvo a escribir por la devolución de la señal de 2.400 € de nuestra boda del
> 14 de septiembre, que cancelamos el 2 de abril. Estela nos dijo que en 15 días
> estaría hecha y todavía no hemos recibido nada. ¿Me podéis decir cuándo la haréis?
>
> Gracias,
> Rocío"""),
]
