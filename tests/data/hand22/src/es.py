# blind23 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marisa Olmedo Ribas <recepcion@hostalolmedo.example>",
         to="soporte@cerraduraskeyline.example",
         subject="Lector de tarjeta de la habitación 214",
         body="""\
Buenos días:

Les escribo desde el Hostal Olmedo. Esta mañana una clienta de la 214 ha bajado a
recepción diciendo que, al acercar la tarjeta a la cerradura, notó la carcasa tan
caliente que retiró la mano de golpe. Tiene una ampolla blanca en la yema del índice.

He subido yo misma a verlo: el lector hace un crepitar continuo, como cuando se arruga
papel de celofán, y huele a plástico derretido. La luz verde parpadea sola aunque no
haya ninguna tarjeta cerca, y el marco de la puerta alrededor está templado.

De momento he cambiado a la clienta a otra habitación y he puesto una silla delante
de la puerta. No sé si tengo que desconectar algo ni cómo se hace; el modelo es el
KL-40, instalado por ustedes en 2022, y tenemos otros 31 iguales.

Necesito que alguien me llame lo antes posible al 555 482 917.

Marisa Olmedo
Hostal Olmedo, Segovia"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Íñigo Larrañaga <inigo.larranaga@correo.example>",
         to="atencion@audioguiasmuseo.example",
         subject="Pieza suelta en la audioguía infantil",
         body="""\
Hola,

Ayer por la tarde visitamos el Museo Marítimo con mi hijo de dos años y medio. Nos
dieron la audioguía infantil (la naranja, la número 37) y, mientras yo leía un cartel,
él se la llevó a la boca y se puso a mordisquear el auricular. Cuando me di cuenta
estaba tosiendo sin parar y se había puesto muy rojo; le saqué de la boca el tapón de
goma del auricular, que se había despegado entero.

Esta noche sigue con una tos ronca y le pita el pecho al respirar. Mañana a primera
hora vamos al pediatra.

Quiero que sepan que el tapón sale con solo tirar un poco con los dedos: lo he probado
con el del otro lado y se queda en la mano. Revisen, por favor, las demás audioguías
de niños antes de volver a prestarlas.

Íñigo Larrañaga"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ana Belén Quiroga <anabelen.quiroga@buzon.example>",
         to="portalclientes@despachosalcedo.example",
         subject="Veo documentos de otra clienta en mi área privada",
         body="""\
Hola,

Al entrar hoy en el portal de clientes del despacho para descargar el borrador del
convenio regulador, en la carpeta "Mis documentos" me aparecen tres PDF que no son
míos: la demanda de divorcio, las nóminas y el DNI escaneado de una tal Rocío M. P.,
con su dirección y los nombres de sus hijos.

No los he abierto más allá de ver de qué se trataba, pero me preocupa muchísimo: si
yo veo los suyos, ¿alguien puede estar viendo los míos? En mi expediente hay informes
médicos y el certificado de la cuenta bancaria.

Les pido que lo revisen de inmediato y me confirmen por escrito qué ha pasado. Esto es
una brecha de protección de datos en toda regla.

Un saludo,
Ana Belén Quiroga
Expediente 2024/0318"""),

    dict(n=4, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Carmen Villalobos <carmen.villalobos@correo.example>",
         to="eventos@cateringlaalacena.example",
         subject="Boda del sábado - gracias y una cosa importante",
         body="""\
Hola, Lucía:

Antes que nada, gracias a todo el equipo por el sábado. Los camareros estuvieron
fenomenal, el cóctel de bienvenida en el jardín gustó muchísimo y mi suegra todavía
habla de las croquetas de boletus. La tarta, espectacular.

Te escribo también porque tengo que contarte algo que pasó durante el segundo plato.
En la ficha de invitados indicamos que mi primo Álvaro (mesa 6) es alérgico a los
frutos secos, y nos confirmaste que su menú iría aparte y sin ellos. Al poco de probar
la salsa del solomillo se le empezó a hinchar el labio y le costaba respirar; su mujer
le puso el autoinyector de adrenalina y una ambulancia se lo llevó al hospital. Ya está
en casa, pero pasó la noche en observación y nos dimos un susto tremendo.

Según el médico, la salsa llevaba almendra o anacardo. Necesito saber qué ingredientes
llevaba exactamente ese plato y cómo se preparó su menú, porque en diciembre tenemos
otro evento con vosotros (el bautizo) y hay dos niños alérgicos.

Las fotos del photocall os las mando la semana que viene, que han quedado preciosas.

Un abrazo,
Carmen Villalobos"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Teo Arrizabalaga <trafico@radiotaxibahia.example>",
         to="soporte@despachotaxi.example",
         subject="Ningún conductor recibe servicios desde las 7:00",
         body="""\
Buenos días,

Desde las 7:00 ninguno de nuestros 42 taxis recibe servicios en la tableta. En la
central vemos entrar las peticiones, las asignamos, y al conductor no le llega nada:
ni aviso, ni sonido, ni dirección. Hemos reiniciado las tabletas y el servidor de la
oficina, y sigue igual.

Estamos dando los servicios por la emisora, a mano, con dos personas leyendo
direcciones, y ya se nos han escapado los traslados al aeropuerto de primera hora y
dos pacientes de diálisis que iban al hospital. Es lunes y en una hora empieza lo
fuerte.

Llámenme al 555 310 228, por favor.

Teo Arrizabalaga
Jefe de tráfico - Radio Taxi Bahía"""),

    dict(n=6, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Rubén Sastre <gerencia@cinesalameda.example>",
         to="soporte@kioscosentrada.example",
         subject="Los quioscos del vestíbulo no sacan las entradas",
         body="""\
Hola:

Desde la actualización de anoche, los tres quioscos del vestíbulo dejan comprar pero
no imprimen la entrada: el cliente elige la sesión, paga, sale la pantalla de
"¡Gracias!" y la impresora no hace nada. El código sí le llega al móvil, así que en
taquilla las estamos reimprimiendo una a una y vamos tirando, pero en las sesiones de
las 18:00 se nos forma cola hasta la puerta.

¿Pueden mirarlo antes del fin de semana?

Rubén Sastre
Cines Alameda"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Xabier Goñi <accesos@cdatleticoribera.example>",
         to="soporte@taquillagol.example",
         subject="Torniquetes no validan entradas de la app - partido HOY 21:00",
         body="""\
Buenas tardes:

Estamos haciendo la prueba de accesos para el partido de esta noche (21:00, 18.400
entradas vendidas) y los lectores de los torniquetes de las puertas 1 a 9 no validan
ninguna entrada de la app: pitan en rojo y muestran "código desconocido". Las
entradas impresas en papel sí pasan, pero la mayoría de los abonados la lleva en el
móvil.

Abrimos puertas a las 19:30. Our security contractor says they cannot let anyone in
without a valid scan, so we need an answer within the hour.

Teléfono directo del responsable de accesos: 555 774 101 (Xabier Goñi).

CD Atlético Ribera"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Nerea Bustillo <nerea@sobremesasonora.example>",
         to="ayuda@podalojamiento.example",
         subject="No consigo subir el episodio 112",
         body="""\
Hola:

Llevo desde ayer intentando subir el episodio 112 de "Sobremesa Sonora" y la barra se
queda clavada en el 99 %. Al rato sale "Algo ha ido mal" y vuelve a empezar. Lo he
probado con el MP3 y con un WAV, desde dos navegadores y desde otra conexión.

Los oyentes lo esperan hoy a las 20:00, y el patrocinador también.

Gracias,
Nerea Bustillo"""),

    dict(n=9, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Pilar Arnedo <pilar@zapateriasarnedo.example>",
         to="clientes@musicatienda.example",
         subject="Cortes de música en las tiendas",
         body="""\
Buenas,

¿Es normal que la música se corte cada diez o quince minutos? Desde el martes, en
nuestras cuatro tiendas de Zaragoza el reproductor se queda en silencio uno o dos
minutos y luego vuelve solo, a veces con otra canción. En las de Huesca va bien.

Gracias,
Pilar Arnedo
Zapaterías Arnedo"""),

    dict(n=10, signals="payment", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Gonzalo Peñalver <gpenalver@correo.example>",
         to="inscripciones@maratonvaldepinos.example",
         subject="Cobro duplicado en la inscripción",
         body="""\
Hola,

Me inscribí ayer en la maratón (aún sin dorsal asignado) y en el extracto del banco
veo dos cargos de 62,00 €, los dos a las 22:14. En mi cuenta de la web solo aparece
una inscripción. Os pido que me devolváis el segundo cargo.

Adjunto captura del extracto.

Saludos,
Gonzalo Peñalver"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Joaquín Bermejo <gerencia@limpiezasbermejo.example>",
         to="nominas@gestoriaalba.example",
         subject="Las nóminas de marzo no han llegado a los trabajadores",
         body="""\
Hola, Sonsoles:

Os escribo desde Limpiezas Bermejo. Según vuestro panel, la remesa de nóminas de
marzo se envió el día 28, pero hoy, 31, ninguno de nuestros 23 trabajadores ha
recibido el ingreso y el banco nos dice que no le ha llegado ninguna orden. En el
panel la remesa sale como "Procesada" y el dinero ya no está en nuestra cuenta.

Mucha gente de la plantilla paga el alquiler el día 1 y ya me están llamando.
¿Dónde está el dinero y cuándo les llega?

Un saludo,
Joaquín Bermejo
Gerente"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Montse Pujadas <montse.pujadas@buzon.example>",
         to="atencion@navierabalear.example",
         subject="Reembolso del trayecto cancelado Denia-Ibiza",
         body="""\
Buenos días:

El 14 de febrero cancelaron por temporal el ferry de las 8:00 Denia-Ibiza (localizador
FRY-88213). En el SMS que nos enviaron decía que el reembolso de dos pasajeros y un
coche (187,40 €) se haría en 7 días hábiles. Han pasado cinco semanas y no he
recibido nada. He llamado dos veces y me dicen que está "en trámite".

¿Me pueden decir en qué estado está y cuándo lo voy a recibir?

Montse Pujadas"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Javier Llorente <jllorente@correo.example>",
         to="app@clubajedrezalfil.example",
         subject="Pregunta sobre 0,35 €",
         body="""\
Hola, una curiosidad: al pagar en la app la inscripción del torneo de rápidas del
sábado (15 €) me han cobrado 15,35 €. No me importa, solo quería saber a qué
corresponden esos 35 céntimos. ¡Gracias!

Javier"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Irati Zubiaurre <info@alberguecaminonorte.example>",
         to="soporte@reservahostel.example",
         subject="Cuenta bloqueada en el panel de propietarios",
         body="""\
Hola:

Soy la encargada del Albergue Camino Norte. Esta mañana he metido mal la contraseña
del panel de propietarios un par de veces y ahora me sale "Cuenta bloqueada
temporalmente. Contacte con soporte". Han pasado tres horas y sigue igual.

Tengo que confirmar las llegadas de peregrinos de esta tarde.
Usuario: albergue.caminonorte

Gracias,
Irati Zubiaurre"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Mikel Etxeberria <mikel@asadorelpuerto.example>",
         to="soporte@mesalista.example",
         subject="Re: Cargo duplicado en la suscripción Pro",
         body="""\
Hola de nuevo:

Gracias por lo anterior. Ahora tengo otra duda: ¿es normal que el código de
verificación por SMS no llegue? Desde ayer, cada vez que intento entrar en el gestor
de reservas del asador me pide el código, lo solicito cinco o seis veces y no llega
nada al móvil (+34 555 209 771, el mismo de siempre). Sin el código no puedo ver las
reservas de la semana.

Mikel

El vie, 7 mar 2025 a las 11:02, Soporte MesaLista (<soporte@mesalista.example>) escribió:
> Hola, Mikel:
>
> Hemos revisado su cuenta y, efectivamente, se le hizo un cargo duplicado
> de 49,00 € en la suscripción Pro. Hemos emitido el reembolso; puede
> tardar de 3 a 5 días hábiles en aparecer en su tarjeta.
>
> Un saludo,
> Equipo MesaLista"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Remedios Lafuente Cano <remedioslafuente@correo.example>",
         to="soporte@cofradiasweb.example",
         subject="Ha desaparecido mi ficha de socia",
         body="""\
Buenas tardes:

Soy hermana de la Cofradía de San Telmo desde hace treinta años y este año quería
apuntarme a la procesión desde la página web, como me dijeron. Al entrar con mi correo
me sale que "no existe ninguna cuenta con ese correo electrónico". La secretaria de
la cofradía dice que en el programa tampoco le aparezco, como si me hubieran borrado.

¿Pueden recuperar mi ficha? Ahí estaba toda mi antigüedad y las cuotas de estos años.

Muchas gracias.
Remedios Lafuente Cano
N.º de hermana 0412"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucas Ferrándiz <lucas.ferrandiz@correo.example>",
         to="app@escuelaesquinevada.example",
         subject="¿Cómo cambio la contraseña?",
         body="""\
Hola, ¿cómo puedo cambiar la contraseña de mi cuenta en la app de la escuela? No lo
encuentro en el menú del perfil. Gracias.

Enviado desde mi iPhone"""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Begoña Echarri <biblioteca@tudela-ayto.example>",
         to="soporte@autoprestamo.example",
         subject="Re: Máquina de autopréstamo bloqueada",
         body="""\
Hola, Adrián:

Solo para confirmaros que, desde que vino vuestro técnico, la máquina de autopréstamo
de la planta baja funciona perfectamente. Ni un bloqueo más en toda la semana y los
lectores encantados. Mil gracias por la rapidez, de verdad.

Un saludo desde la Biblioteca Municipal,
Begoña Echarri"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Elena Cordero <elena.cordero@limpiezasmarisma.example>",
         to="formacion@turnofacil.example",
         subject="Re: Formación del nuevo módulo de cuadrantes",
         body="""\
Perfecto, el jueves 10 a las 16:00 nos viene bien. Seremos cuatro personas. ¿Hace
falta que traigan portátil o lo hacemos en la sala con el proyector?

Gracias,
Elena Cordero
Limpiezas Marisma

El lun, 31 mar 2025 a las 9:47, Formación TurnoFácil (<formacion@turnofacil.example>) escribió:
> Hola, Elena:
>
> Debido a la caída general de la plataforma del pasado martes, que dejó a
> muchos clientes sin acceso a los cuadrantes durante toda la mañana,
> tuvimos que anular la sesión prevista. Le proponemos el jueves 10 a
> las 16:00 en sus oficinas.
>
> Disculpe las molestias.
> Ángela, equipo de formación"""),

    dict(n=20, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Lourdes Saavedra <lsaavedra@iesvegadeltajo.example>",
         to="taquilla@teatrocervantes.example",
         subject="Entradas de grupo para «Incendios»",
         body="""\
Buenas tardes:

Soy profesora de Literatura en el IES Vega del Tajo. Nos gustaría llevar a dos grupos
de 1.º de Bachillerato (52 alumnos y 4 profesores) a ver «Incendios» el miércoles 23,
si hay función matinal para centros. ¿Tienen tarifa de grupo o para centros
educativos? ¿Hasta qué día se puede hacer la reserva y cuándo habría que pagarla?

Han leído la obra en clase y, sin exagerar, están que arden por verla.

Un saludo,
Lourdes Saavedra"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Fermín Ochoa <fermin@estudioochoa.example>",
         to="ventas@alojaweb.example",
         subject="Antes de contratar: ¿el plan Business cubre caídas?",
         body="""\
Hola:

Estamos valorando mover la web de nuestra agencia y unos 30 dominios de clientes a
vuestro plan Business. Antes de decidir, tengo unas preguntas:

1. ¿Qué disponibilidad garantizáis por contrato? Si hay una caída del servidor de
   varias horas, ¿se compensa en la factura?
2. ¿Las copias de seguridad son diarias? ¿Cuántos días se guardan?
3. ¿Se puede transferir un dominio .es sin que se corte el correo?

Our CTO is based in Dublin, so if you have this documentation in English too, even
better.

Gracias,
Fermín Ochoa
Estudio Ochoa Digital"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="OndaPlay Noticias <boletin@ondaplay.example>",
         to="soporte@radiocomarca.example",
         subject="Boletín de abril: la versión 6.2 viene a hacer saltar chispas",
         body="""\
OndaPlay - Boletín para emisoras · Abril

¡La versión 6.2 de OndaPlay Studio ya está aquí!

· Adiós a los silencios en antena: el nuevo detector de silencio salta a la
  cuña de reserva en 3 segundos.
· Parrilla en la nube: programa tus bloques desde cualquier sitio.
· Modo "Alerta roja" para las coberturas especiales: rompe la programación y
  entra en directo con un solo botón.

WEBINAR GRATUITO · Jueves 24, 12:00
"Cómo sobrevivir a un apagón en directo: trucos de técnicos veteranos"
Plazas limitadas, inscríbete en ondaplay.example/webinar

Caso de éxito: Radio Sierra Alta pasó de tres ordenadores a uno solo y ahorró
un 40 % en licencias.

Recibes este boletín porque eres cliente de OndaPlay.
Darse de baja: ondaplay.example/baja"""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Leire Otaegui <leire@inmobiliariaotaegui.example>",
         to="soporte@crmpisos.example",
         subject="RE: Los inmuebles no se publican en los portales (ticket 55821)",
         body="""\
Buenos días:

Vuelvo a escribir porque sigue exactamente igual y nadie me ha contestado. Hoy es
jueves: desde el lunes ninguna alta ni ningún cambio de precio que hacemos en el CRM
llega a los portales. Tenemos 14 pisos nuevos captados que no ve nadie, y los
propietarios ya empiezan a preguntar por qué no salen.

Necesito, como mínimo, que me digáis si alguien lo está mirando.

Leire Otaegui
Inmobiliaria Otaegui

El lun, 7 abr 2025 a las 10:15, Leire Otaegui (<leire@inmobiliariaotaegui.example>) escribió:
> Hola:
>
> Desde esta mañana la sincronización con los portales no funciona: las
> altas nuevas se quedan en "pendiente de envío" y los cambios de precio
> no se reflejan. Ticket 55821.
>
> Gracias."""),

    dict(n=24, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Ricardo Montalbán Sáez <rmontalban@asesoriamontalban.example>",
         to="soporte@docufiscal.example",
         subject="Hoy acaba el plazo del 303 y los clientes no pueden subir sus facturas",
         body="""\
Buenos días:

Les escribo desde Asesoría Montalbán. Como saben, somos uno de sus clientes más
antiguos: tenemos algo más de 600 clientes (autónomos y pymes) que nos envían sus
facturas del trimestre a través de su portal de documentos.

Desde ayer a las 17:00 ningún cliente consigue subir nada. Eligen los archivos, la
barra llega al final, y en el listado no aparece ningún documento nuevo; en nuestro
lado tampoco recibimos la notificación. Lo hemos probado nosotros mismos con un PDF
de prueba desde tres ordenadores distintos y pasa lo mismo. Llevamos desde las 8:00
con el teléfono echando humo (clientes preguntando si nos ha llegado lo suyo) y
pidiéndoles que nos lo manden por correo, pero con tanto volumen es imposible.

Hoy, día 20, termina el plazo de presentación del modelo 303 y todavía nos faltan
los documentos de unos 250 clientes. Si no presentamos a tiempo, los recargos los
pagan ellos y la responsabilidad es nuestra.

Por favor, llámenme en cuanto lean esto: 555 640 385.

Ricardo Montalbán Sáez
Socio director"""),
]
