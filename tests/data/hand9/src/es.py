# blind10 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Pilar Ocaña Ruiz <pilar.ocana@correo-web.example>",
         to="atencioncliente@hogartextil.example",
         subject="Consulta manta eléctrica TermoSueño 160",
         body="""\
Buenas tardes:

Les escribo por la manta eléctrica que compré en su tienda online en octubre (pedido 4471-MX-2093). Es para mi madre, que tiene 84 años y vive sola en Zamora.

Ayer fui a cambiarle la cama y noté un olor raro en el dormitorio, como a plástico derretido. Al levantar la sábana vi que la manta tiene una mancha marrón del tamaño de una mano, justo en la zona de los pies, y que la tela ahí está dura y como encogida. El mando estaba tan caliente que casi no se podía sostener, y eso que estaba puesto en la posición 2.

Mi madre me cuenta ahora que la noche anterior se despertó con los pies "como cociéndose" y que la apagó ella misma sin darle más importancia. Menos mal que se despertó.

La he desenchufado y la tengo guardada en una bolsa. Quiero saber qué tengo que hacer con ella y si les consta algún caso más con este modelo, porque hay muchas personas mayores que la usan toda la noche sin enterarse de nada.

Un saludo,
Pilar Ocaña Ruiz"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nerea Zubizarreta <nerea.zubi@buzon.example>",
         to="consumidor@nutribebe.example",
         subject="potitos lote L2309B",
         body="""\
Hola,

ayer por la tarde le di a mi hija de 10 meses un potito de pera y plátano de vuestra marca (lote L2309B, consumo preferente 03/2027). A la tercera o cuarta cucharada empezó a toser muy fuerte y escupió algo que crujió. En el babero había dos trocitos duros y transparentes, con el borde afilado, de unos 3 o 4 mm. Removiendo lo que quedaba en el tarro encontré otro más.

La niña parece estar bien, pero la llevamos a urgencias por si acaso y nos dijeron que vigiláramos si hay sangre en el pañal o si deja de comer.

Tengo los trocitos y el tarro guardados. En casa quedan 5 tarros del mismo lote sin abrir, comprados en el mismo super. Alguien me puede llamar hoy? Me preocupa que haya más tarros así en las tiendas y que otro bebé no tenga la suerte de escupirlo.

Nerea Zubizarreta
Bilbao"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Jorge Villalba Marín <presidencia.almendros14@vecinos.example>",
         to="mantenimiento@puertasnorte.example",
         subject="Puerta garaje comunidad Av. de los Almendros 14 - no para",
         body="""\
Buenos días,

Soy el presidente de la comunidad de propietarios de Av. de los Almendros 14 (contrato de mantenimiento MNT-55812). La puerta seccional del garaje que ustedes revisaron en septiembre no se detiene cuando hay algo debajo.

Esta mañana mi hijo de 15 años salía con la bici cuando la puerta empezó a bajar. En lugar de volver a subir al tocarle, siguió empujando hasta tirarlo al suelo y le dejó atrapada la pierna unos segundos hasta que otro vecino la subió a mano. Tiene un golpe fuerte en el hombro y la rodilla, ya lo han visto en el centro de salud. Si llega a ser un niño pequeño o una persona mayor no quiero ni pensarlo.

Después hemos probado con una caja de cartón y la aplasta entera. La fotocélula parece que no hace nada.

Hemos dejado la puerta abierta y desconectada, con lo cual el garaje está abierto a cualquiera, pero no vamos a volver a conectarla hasta que venga un técnico. Les pido que venga alguien hoy mismo y que nos digan por escrito qué ha fallado.

Atentamente,
Jorge Villalba Marín
Presidente CP Almendros 14"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Marcos Ibarra <m.ibarra.trader@mailbox.example>",
         to="help@kriptobox.example",
         subject="Hi - retiro que NO he hecho yo",
         body="""\
Hi team,

os escribo en español que me explico mejor. Esta madrugada a las 04:12 me llegó un email vuestro confirmando un retiro de 0,42 BTC y otro de 1.150 USDT a una dirección que empieza por bc1q9x... que no es mía. Yo estaba durmiendo. Cuando entré en la app vi que en sesiones activas hay un dispositivo "Windows - Lagos" que no conozco de nada.

He cambiado la contraseña (todavía me deja entrar), he cerrado todas las sesiones y he activado la llave de seguridad, pero el dinero ya no está. Es prácticamente todo lo que tenía.

Por favor bloquead los retiros de mi cuenta y decidme qué necesitáis para la denuncia en la policía. ID de usuario 88-2210-4471.

Thanks,
Marcos"""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Íñigo Larrañaga <explotacion@valleblanco-ski.example>",
         to="soporte@accesspass.example",
         subject="Plataforma de accesos CAÍDA - Estación Valle Blanco",
         body="""\
Buenos días, llevamos veinte minutos llamando al teléfono de guardia y no contesta nadie, así que escribo también por aquí.

Desde las 8:40 vuestra plataforma de control de accesos está caída. Los tornos de los telesillas y del telecabina no validan ningún forfait, ni los de temporada ni los vendidos hoy: la pantallita se queda en rojo con "sin conexión con servidor". Las taquillas tampoco pueden emitir.

Es el primer sábado del puente, tenemos unas 4.000 personas en pistas y colas de más de media hora en la base. Ahora mismo los remontadores están dejando pasar a la gente mirando el forfait a ojo, lo cual es un caos, y en taquilla estamos perdiendo todas las ventas del día.

Necesitamos que alguien lo mire ya. Mi móvil lo tenéis en la ficha del cliente.

Íñigo Larrañaga
Jefe de explotación
Estación de esquí Valle Blanco"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Catering Hermanas Roldán <hola@cateringroldan.example>",
         to="support@menuplanner.example",
         subject="??",
         body="""\
Hola buenas,

Desde ayer por la tarde no hay manera de entrar en la web de MenuPlanner. Pongo usuario y contraseña, le doy a entrar y la ruedecita se queda dando vueltas para siempre. He probado con Chrome, con Firefox, desde el móvil con datos y desde el portátil de mi hermana, y en todos igual. La contraseña está bien porque si la pongo mal sí me dice que es incorrecta.

El problema es que tengo ahí todos los presupuestos y las fichas de alérgenos, y esta semana tengo que mandar tres presupuestos de bodas que me están esperando. Sin eso estoy parada.

Me decís algo por favor?

Lucía Roldán
Catering Hermanas Roldán"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Administración Residencia Universitaria Arcadia <admin@resi-arcadia.example>",
         to="soporte@campushousing.example",
         subject="Lentitud panel de gestión + exportación que no funciona",
         body="""\
Buenos días:

Desde el lunes el panel de gestión de la residencia va muy lento. Cada vez que abrimos la ficha de un residente tarda entre 20 y 40 segundos en cargar, y el listado de habitaciones a veces se queda a medias. Además, la opción de "Exportar ocupación a Excel" da error siempre ("No se pudo generar el archivo") desde el martes.

Podemos seguir trabajando, porque las altas y las incidencias de mantenimiento se registran bien aunque tarden, y la ocupación la estamos sacando a mano filtrando por plantas. Pero el día 15 tenemos que mandar el informe de ocupación a la universidad y no nos gustaría hacerlo a mano otra vez.

¿Podrían revisarlo? Usamos Chrome y Edge, con la conexión de fibra del edificio, y el resto de webs van normales.

Gracias,
Marta Cifuentes
Administración - Residencia Universitaria Arcadia"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Centro de Control Autobuses Costa Verde <control@busescostaverde.example>",
         to="incidencias@ticketmovil.example",
         subject="Validadores en todos los autobuses sin funcionar",
         body="""\
Buenas,

Os escribimos desde el centro de control de Autobuses Costa Verde. Desde las 6:15, que es cuando salen los primeros servicios, ningún validador de los autobuses acepta los bonos ni las tarjetas de estudiante. Al acercar la tarjeta suena el pitido largo y sale "ERR 41 - lista no sincronizada". Los conductores tampoco pueden cobrar con tarjeta bancaria porque la venta a bordo va por el mismo equipo.

Son 62 coches en servicio, rutas escolares incluidas. Hemos dado orden de dejar subir a todo el mundo sin validar, pero así no tenemos ni recaudación ni datos de viajeros, y a las 8 empieza la hora punta.

Hemos reiniciado dos validadores en cochera para probar y nada. Llamad al 900 000 000 ext. 3 o contestad aquí, por favor, lo antes posible.

Turno de mañana - Centro de Control"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Dani Sarmiento <dani@latacotruck.example>",
         to="soporte@pidoya.example",
         subject="no entran pedidos",
         body="""\
Hey! Urgente.

Estamos en el mercadillo de Alameda con el food truck y desde las 12:30 no nos entra ni un pedido en la tablet. La gente nos enseña el móvil con el pedido pagado y "enviado al restaurante", pero a nosotros no nos aparece nada. Ya hemos cerrado sesión y vuelto a entrar, reiniciado la tablet y el router del camión, nada.

Estamos cobrando en mano a los que vienen a la ventanilla pero los de la app se están quejando y alguno se ha ido. Truck ID: LT-0193.

Dani"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Alba Quintero <albaquintero92@correo-web.example>",
         to="reservas@fincaloslaureles.example",
         subject="Cobro duplicado de la señal - boda 12/06/2027",
         body="""\
Hola Rebeca,

Te escribo por la señal de la boda (Alba Quintero y Sergio Pardo, 12 de junio de 2027). El jueves hice el pago de 2.400 € con la tarjeta a través del enlace que nos mandasteis y en el extracto de hoy me aparecen DOS cargos de 2.400 €, los dos con el concepto "FINCA LOS LAURELES SENAL".

Entiendo que ha sido un error del TPV, pero me ha dejado la cuenta en negativo y tengo el alquiler y otros pagos domiciliados esta semana. Te adjunto captura del extracto.

Os agradecería muchísimo que devolvierais el segundo cargo cuanto antes y me confirmes por escrito que la señal está pagada una sola vez.

Un abrazo y gracias,
Alba"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Ricardo Peláez Soto <rpelaez@telemail.example>",
         to="clientes@parquemundoaventura.example",
         subject="Reembolso entradas día cerrado por viento - sigo esperando",
         body="""\
Buenas tardes,

El pasado 4 de noviembre compramos 4 entradas (2 adultos y 2 niños) para el parque, localizador MA-77120-K, por un total de 138 €. Ese día el parque no abrió por el temporal de viento y en vuestra web y por email nos dijisteis que se devolvería el importe automáticamente en un plazo de 10 días hábiles.

Han pasado más de tres semanas y no ha llegado nada a la tarjeta. He mirado con el banco y no hay ninguna devolución pendiente.

No quiero cambiar las entradas por otra fecha, quiero el reembolso como se indicó. ¿Me podéis decir en qué estado está y cuándo lo recibiré?

Saludos,
Ricardo Peláez"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Leire Armentia <leire.armentia@buzon.example>",
         to="soporte@remaclub.example",
         subject="Me seguís cobrando la suscripción",
         body="""\
Cancelé la suscripción Premium el 28/10 desde Ajustes > Suscripción, tengo captura del "Tu plan finalizará el 31/10". El 1 de diciembre me habéis cobrado otra vez 24,99 €. La máquina de remo ni la tengo ya. Devolvedme el cargo y aseguraos de que en enero no se repite.

Gracias"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Toño Beltrán <tbeltran@correo-web.example>",
         to="atencion@viatag.example",
         subject="pregunta sobre el recibo de noviembre",
         body="""\
Buenas,

una pregunta sin importancia. En el recibo de noviembre del telepeaje, además de los peajes (que son correctos, los he comprobado), aparece una línea de "Cuota de gestión dispositivo: 0,60 €". En los meses anteriores no la veía o no me había fijado.

¿Es algo nuevo? ¿Se cobra todos los meses o solo cuando hay viajes? No es por el dinero, es por saberlo.

Gracias y buen día,
Toño Beltrán"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Sonia Elizalde <sonia.elizalde@mailbox.example>",
         to="clientes@hipotecadirecta.example",
         subject="Usuario bloqueado - tengo que firmar hoy",
         body="""\
Buenos días,

Me he quedado fuera del área de clientes. Esta mañana puse mal la contraseña tres veces (la había cambiado la semana pasada y no me acordaba) y ahora sale "Usuario bloqueado por seguridad. Contacte con su gestor". Le doy a "recuperar contraseña" y me dice que el usuario está bloqueado y no manda nada.

El problema es que hoy antes de las 14:00 tengo que aceptar la oferta vinculante de la hipoteca desde el portal, porque el viernes firmamos en el notario. Mi gestor está de vacaciones y en el teléfono me tienen en espera más de 40 minutos.

DNI 00000000T, expediente HD-2026-38815. ¿Me podéis desbloquear o decirme otra forma de aceptar la oferta?

Gracias,
Sonia Elizalde"""),

    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Fermín Ugarte <fugarte@telemail.example>",
         to="participes@pensionesaurora.example",
         subject="No me llega el SMS para entrar",
         body="""\
Hola,

Desde que cambié de compañía de teléfono (mismo número, hice portabilidad) no me llega el SMS con el código para entrar en la web del plan de pensiones. Pongo el DNI y la clave, me dice "Le hemos enviado un código al móvil terminado en 47" y no llega nada. Lo he intentado varios días y a distintas horas. Los SMS de mi banco sí me llegan bien.

No es urgente urgente, pero quería revisar las aportaciones antes de fin de año por lo de la declaración de la renta.

¿Podéis mirar si tengo bien el número o mandarlo por email?

Fermín Ugarte Lasa"""),

    dict(n=16, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Rocódromo La Fisura <gestion@lafisura-boulder.example>",
         to="ayuda@climbdesk.example",
         subject="Cambio de titular de la cuenta",
         body="""\
Hola equipo de ClimbDesk,

Os escribimos desde el rocódromo La Fisura. La cuenta de ClimbDesk la abrió en su día nuestro antiguo encargado, Héctor, y figura él como propietario. Héctor dejó de trabajar con nosotros en septiembre y ya no tiene acceso a ese correo (era un correo personal suyo).

Nosotras dos, las socias, tenemos usuario de administrador, pero no podemos cambiar el plan, ni ver las facturas, ni dar de baja su usuario, porque todo eso sale como "solo el propietario".

¿Qué documentación necesitáis para pasar la propiedad de la cuenta a la sociedad? Tenemos escrituras, CIF y lo que haga falta.

Saludos,
Carmen Oteiza y Bea Lucena
Rocódromo La Fisura"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Maribel Cano <maribelcano@buzon.example>",
         to="club@superpuntos.example",
         subject="cambiar correo",
         body="""\
Hola buenas tardes.

Tengo la tarjeta de puntos de los supermercados desde hace años y la cuenta de la app está con mi correo antiguo del trabajo, que lo voy a perder el mes que viene porque me jubilo. ¿Cómo cambio el correo por este otro? En la app solo veo para cambiar el teléfono y la dirección. No quiero perder los puntos que llevo acumulados.

Muchas gracias,
Maribel"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bolera Galaxia <gerencia@boleragalaxia.example>",
         to="ventas@pinsetsoft.example",
         subject="Los viernes esto está que arde",
         body="""\
Buenas!

Os cuento: desde que pusimos vuestro módulo de torneos en septiembre la bolera está que arde los viernes y sábados. Las ligas de empresa han sido un bombazo, tenemos lista de espera y los chavales se pegan por reservar la pista 12, la de las luces.

La razón del correo: vamos a abrir una segunda sala con 8 pistas más en marzo y queremos saber cuánto cuesta ampliar la licencia, y si el sistema de puntuación puede mostrar las dos salas en la misma pantalla gigante para los torneos. También si hay descuento por ser clientes desde 2019, que algo habrá, no?

Un saludo y seguid así, que el programa es una máquina.

Quique Montes
Gerente - Bolera Galaxia"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Germán Olmedo <golmedo@correo-web.example>",
         to="info@lavadomestic.example",
         subject="antes de comprar la LD-9 Smart",
         body="""\
Hola, estoy pensando en comprar la lavadora LD-9 Smart y tengo dos dudas antes de decidirme.

1. El bloqueo para niños, ¿se puede desactivar del todo? En la lavadora de mi hermana se activa solo y cada vez que quiere abrir la puerta a mitad de programa tiene que buscar la combinación de botones en el manual.

2. Para conectarla a la app, ¿me pedirá la contraseña del wifi de casa cada vez o solo la primera? Mi router tiene una clave larguísima y no me apetece teclearla mil veces.

Gracias de antemano,
Germán"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Consuelo Abad <consueloabad@telemail.example>",
         to="pedidos@cafeteramaestra.example",
         subject="pedido descalcificador",
         body="""\
Buenos días,

El año pasado les escribí porque mi cafetera Maestra 300 perdía agua por debajo y me la cambiaron por una nueva en garantía, muy rápido todo. Desde entonces no ha vuelto a dar ningún problema, se lo digo para que lo sepan, que normalmente solo se escribe para quejarse.

Ahora quería pedir dos botes del descalcificador líquido original y un filtro de agua de recambio, pero en la web no me deja añadir el filtro al carrito (sale "agotado"). ¿Saben cuándo les llegará? Si tarda, me mandan solo el descalcificador.

Muchas gracias,
Consuelo Abad
C/ Mayor 18, 2º B, Teruel"""),

    dict(n=21, signals="-", priority="low", trap="rant", qt=0, reply=0,
         frm="Paco Herrera <pacoherrera.1961@mailbox.example>",
         to="soporte@timbrevisio.example",
         subject="QUIEN HA DECIDIDO ESTO???",
         body="""\
QUIERO SABER QUIÉN HA DECIDIDO CAMBIAR EL SONIDO DEL TIMBRE CON LA ÚLTIMA ACTUALIZACIÓN!!!

Llevo tres años con el videoportero, funcionando perfectamente, y ahora cuando llaman a la puerta suena una musiquita ridícula que parece de un juguete de bebé. Y encima habéis cambiado el icono de la app a un color naranja que no hay quien lo encuentre en el móvil. NADIE OS LO HA PEDIDO.

El timbre funciona y la cámara también, eso no lo discuto, pero quiero el sonido de antes, el "ding-dong" de toda la vida. Si no se puede poner, lo digo en todas las reseñas. Vaya tela.

Paco Herrera"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Aitor Basterra <aitor@talleresbasterra.example>",
         to="soporte@nubevigila.example",
         subject="Re: Incidencia #55210 - cámaras sin grabar",
         body="""\
Buenas Noelia,

Confirmo que desde esta mañana las cuatro cámaras vuelven a grabar y se ven las grabaciones de ayer por la noche en la app. Podéis cerrar la incidencia. Gracias por la rapidez y por la llamada, se agradece que alguien explique las cosas claras.

Aitor

El mar, 8 dic 2026 a las 18:02, Aitor Basterra <aitor@talleresbasterra.example> escribió:
> Hola, las cámaras del taller no graban nada desde el lunes. En la app sale
> "servicio no disponible" en las cuatro y el grabador en la nube parece caído.
> Tenemos herramientas caras en el taller y sin grabación no estamos tranquilos.
> Contrato NV-3302."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Secretaría CEIP Río Arga <secretaria@ceiprioarga.example>",
         to="soporte@familianet.example",
         subject="Ningún padre puede entrar al portal - matrícula acaba mañana",
         body="""\
Buenas tardes,

Les escribimos desde la secretaría del CEIP Río Arga. Desde esta mañana nos están llamando familias sin parar porque no pueden entrar en el portal de familias. Al poner usuario y contraseña el portal pide el código de verificación por SMS y ese SMS no llega a nadie: lo hemos probado con el móvil de la directora, con el mío y con el de tres madres que han venido a la secretaría, de compañías distintas.

Los que intentan "he olvidado mi contraseña" tampoco reciben el correo de recuperación.

El colegio tiene 480 alumnos y mañana a las 23:59 termina el plazo de matrícula del comedor y de las actividades extraescolares, que solo se puede hacer por el portal. Si no lo arreglan hoy vamos a tener a todas las familias en la puerta mañana.

¿Pueden desactivar el código por SMS temporalmente o ampliar el plazo desde su lado?

Gracias,
Yolanda Erro
Secretaría - CEIP Río Arga"""),

    dict(n=24, signals="payment", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Nicolás Ferrer <nicoferrer@correo-web.example>",
         to="inquilinos@alquilafacil.example",
         subject="RE: Recibo de alquiler devuelto - noviembre",
         body="""\
Hola de nuevo,

Os escribo por lo mismo que el mes pasado: el recibo del alquiler de diciembre (650 €) también me lo ha devuelto el banco, con el mismo motivo "mandato no válido". La cuenta tiene saldo y el IBAN es el mismo de siempre, lo he comprobado tres veces.

Esta vez no corre prisa: he hablado con la propietaria y le he hecho una transferencia directamente, así que el alquiler de diciembre está pagado. Pero quiero que lo arregléis antes de enero y, sobre todo, que no me cobréis otra vez los 5 € de "gastos por devolución", porque el fallo no es mío.

Un saludo,
Nicolás Ferrer
Piso C/ Sorní 22, 4º

-----Mensaje original-----
De: AlquilaFácil - Inquilinos
Enviado el: martes, 3 de noviembre de 2026 10:14
Asunto: Recibo de alquiler devuelto - noviembre

> Estimado inquilino: le informamos de que su banco ha devuelto el recibo
> de alquiler de noviembre. Se ha aplicado un cargo de 5 € por gastos de
> devolución. Revise sus datos bancarios en el área de inquilinos."""),
]
