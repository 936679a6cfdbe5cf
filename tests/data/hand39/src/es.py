# blind40 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Martín <rocio.martin@correo-hogar.example>",
         to="atencion.cliente@lavalux.example",
         subject="Lavadora LX-8200 da calambre",
         body="""\
Hola, buenas:

Compramos la lavadora LX-8200 hace tres semanas (n.º de serie 82K4471093, factura de Electro Sur del 12 de noviembre). Desde hace unos días, al tocar la puerta o el tambor notábamos como un hormigueo, y pensábamos que era electricidad estática.

Esta mañana mi hija de 9 años ha ido a sacar la ropa con las manos mojadas y le ha dado un calambrazo. Se ha quedado con el brazo dormido un buen rato y la hemos llevado al centro de salud. Está bien, gracias a Dios, pero vaya susto.

La lavadora está desenchufada y no la vamos a volver a usar. El electricista que nos ha mirado el enchufe dice que la toma de tierra de casa está bien. ¿Podéis mandar a alguien a revisarla o a llevársela cuanto antes?

Un saludo,
Rocío Martín
Tel. 654 218 903"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Javier Ortega Ruiz <javi.ortega@mimail.example>",
         to="pedidos@farmacia-online-salud.example",
         subject="Pedido 2026-77812: nos han mandado otra dosis",
         body="""\
Buenos días:

Hice el pedido 2026-77812 para mi madre, de 81 años, con su receta de acenocumarol de 1 mg. En la caja que nos llegó el jueves pasado ponía 4 mg, y ni ella ni la cuidadora se dieron cuenta porque los envases son casi iguales.

Ha estado cuatro días tomándose la pastilla de 4 mg. Anteayer le empezaron a sangrar las encías y le salieron moratones en los brazos, y desde ayer está ingresada en el hospital con el INR por las nubes.

Necesito que me confirmen por escrito qué enviaron exactamente y con qué número de lote, porque el médico lo está pidiendo. Y que revisen cómo ha podido pasar esto.

Javier Ortega
Teléfono: 611 493 270"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Álvaro Gil <alvaro.gil.p@correo-rapido.example>",
         to="ayuda@rastrillo-app.example",
         subject="Alguien se ha metido en mi cuenta y está vendiendo cosas",
         body="""\
Hola,

Esta mañana me han llegado dos correos vuestros: uno de "Tu contraseña se ha cambiado" y otro de "Tu correo electrónico se ha actualizado". Yo no he tocado nada. Ahora no puedo entrar: me dice que no hay ninguna cuenta con mi correo.

Un amigo me ha mandado capturas: en mi perfil (alvarogil_87, 140 valoraciones) han subido seis móviles de gama alta a precios de risa y piden a la gente que pague por Bizum fuera de la app. Los que piquen se van a fiar de mis valoraciones.

Por favor, bloquead el perfil ya y devolvedme el acceso. Os mando el DNI o lo que haga falta.

Álvaro Gil
622 104 857"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mercedes Iglesias <merche.iglesias@telefonia-mail.example>",
         to="clientes@paqexpress.example",
         subject="SMS pidiendo pagar 1,99 € por un paquete",
         body="""\
Buenas tardes:

Estoy esperando un paquete suyo (envío PX-30918274). Ayer me llegó un SMS que decía que el paquete estaba retenido y que había que pagar 1,99 € de tasas de aduana en un enlace. Pagué con mi tarjeta: puse el número, la fecha, los tres números de atrás y el código que me llegó al móvil.

Hoy mi hija me ha dicho que eso no es de ustedes. He llamado al banco y me han anulado la tarjeta; de momento no hay ningún cargo raro. Pero quiero saber si ese SMS era suyo o no, y si mi paquete está retenido de verdad, porque ya no me fío de nada.

Mercedes Iglesias"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ignacio Beltrán <ibeltran@supermercados-beltran.example>",
         to="soporte@tpvsoft.example",
         subject="URGENTE – las cajas se quedan colgadas al cobrar con tarjeta (12 tiendas)",
         body="""\
Buenos días:

Desde las 9:05, en las doce tiendas de Supermercados Beltrán, las cajas se quedan congeladas en cuanto el cliente paga con tarjeta: la pantalla se queda en "Esperando respuesta del datáfono" y hay que reiniciar el terminal, con lo que se pierde el ticket. En efectivo sí se puede cobrar, pero el 80 % de la gente paga con tarjeta.

Tenemos colas en todas las tiendas y clientes que se van dejando el carro lleno. Ya hemos reiniciado el servidor y los routers de dos tiendas, sin resultado.

Llamadme al 676 330 914 en cuanto lo veáis.

Ignacio Beltrán
Director de Operaciones – Supermercados Beltrán (Murcia)"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer@congresos-levante.example>",
         to="soporte@acreditapp.example",
         subject="La app de acceso rechaza todas las entradas – apertura a las 18:00",
         body="""\
Hola:

Estamos montando el Congreso Nacional de Enfermería en el Palacio de Congresos de Valencia. Las puertas abren a las 18:00 y esperamos unas 2.000 personas.

La app de control de acceso no funciona desde las 15:30: da "Código no válido" con todos los QR, incluso con las entradas de prueba que ayer leía sin problema. Hemos actualizado la app en los 14 móviles de control y cerrado sesión, nada.

Si no se arregla en la próxima hora tendremos que acreditar a mano con listados en papel, y eso son horas de cola. Estoy en el 699 452 188, por favor llamadme.

Lucía Ferrer
Jefa de producción – Congresos Levante"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Carmen Vidal <peluqueria.carmenvidal@correo-negocio.example>",
         to="soporte@agendapro.example",
         subject="No puedo ver mi agenda",
         body="""\
Hola, soy Carmen, de la peluquería Carmen Vidal de Zaragoza (cuenta 11874).

Desde esta mañana, al entrar en AgendaPro, tanto en el ordenador como en la tablet, sale la pantalla en blanco con la rueda dando vueltas y de ahí no pasa. He borrado el historial y lo he probado desde el móvil, igual.

Trabajo sola y tengo todas las citas ahí, no sé a quién espero ni a qué hora. Ya me han aparecido dos clientas que no tenía apuntadas en ningún otro sitio. ¿Me podéis decir algo rápido, aunque sea mandarme la lista de citas de hoy?

Gracias,
Carmen

Enviado desde mi móvil"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Tomás Herrero <info@casarural-elolmo.example>",
         to="soporte@channelsync.example",
         subject="RE: [#CM-55210] Hemos recibido su consulta",
         body="""\
Buenas:

Amplío la información que me piden:

Desde el día 3, las reservas que entran por Booking no bloquean las fechas ni en Airbnb ni en nuestra web. Las demás plataformas se sincronizan bien. De momento voy cerrando las fechas a mano en Airbnb cada vez que entra una reserva, así que no hemos tenido ninguna doble reserva, pero me da miedo que se me pase alguna en Navidad.

Somos la casa rural El Olmo, en Sepúlveda (Segovia), 5 habitaciones. ID de propiedad 40-2277.

Gracias,
Tomás Herrero

-----Mensaje original-----
De: ChannelSync Soporte <soporte@channelsync.example>
Enviado el: jueves, 3 de diciembre de 2026 18:20
Para: info@casarural-elolmo.example
Asunto: [#CM-55210] Hemos recibido su consulta

Hemos recibido su consulta y le responderemos en un plazo de 48 horas laborables. Para agilizar la gestión, responda a este correo indicando desde cuándo ocurre el problema y qué plataformas están afectadas."""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Francisco Javier Moreno <fjmoreno@correo-personal.example>",
         to="app@motores-iberia.example",
         subject="La app tarda en mostrar el estado de carga",
         body="""\
Buenas tardes:

Tengo un Iberia E-Vento desde el verano y uso bastante la aplicación. Desde la última actualización, el estado de la batería tarda un par de minutos en refrescarse; al abrirla sale el dato de la víspera y luego ya se pone bien.

No es nada grave, el coche carga y anda perfectamente, solo lo comento por si os sirve. iPhone 13, versión de la app 5.2.1.

Saludos,
F. Javier Moreno"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Elena Castro <elena.castro@mailnube.example>",
         to="facturacion@streamplay.example",
         subject="Duda sobre un cargo de 1 €",
         body="""\
Hola:

Me acabo de pasar al plan Familiar y he visto en el extracto del banco un cargo de 1,00 € de StreamPlay, además de la cuota de 13,99 €. ¿A qué corresponde? ¿Me lo devolvéis o se descuenta de algo?

Es simple curiosidad, no hay prisa.

Gracias y un saludo,
Elena Castro"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Manuel Pardo Ríos <manuel.pardo@correo-casa.example>",
         to="clientes@electrica-delnorte.example",
         subject="Factura de noviembre desproporcionada – contrato 4410-228-903",
         body="""\
Buenos días:

Me ha llegado la factura de la luz de noviembre por 487,32 €. Normalmente pago entre 55 y 70 € al mes; vivo solo en un piso de 60 m² sin calefacción eléctrica.

En la factura pone "lectura estimada", y la lectura que indican (18.940 kWh) no tiene nada que ver con la que marca hoy mi contador (14.212 kWh). Les adjunto una foto del contador con la fecha.

Les ruego que rectifiquen la factura con la lectura real y que no pasen el recibo al banco hasta entonces, porque lo tengo domiciliado y se carga el día 15.

Atentamente,
Manuel Pardo Ríos"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Paula Navarro <paula.navarro@correo-joven.example>",
         to="devoluciones@modaurbana-tienda.example",
         subject="Re: Tu devolución ha sido procesada – pedido MU-8820193",
         body="""\
Hola:

Me escribisteis el 12 de noviembre diciendo que la devolución estaba procesada y que el dinero llegaría en 5-7 días. Han pasado casi cuatro semanas y en mi cuenta no hay nada (pagué con la tarjeta terminada en 0912).

Son 89,97 € (un abrigo y dos jerséis). ¿Podéis comprobar si el abono se hizo de verdad y mandarme el justificante?

Gracias,
Paula

El 12/11/2026, a las 11:03, Moda Urbana <devoluciones@modaurbana-tienda.example> escribió:
> ¡Hola, Paula!
> Hemos recibido tu paquete en nuestro almacén y tu devolución ha sido procesada.
> El reembolso de 89,97 € se verá reflejado en tu método de pago en un plazo de 5 a 7 días hábiles.
> Gracias por comprar en Moda Urbana."""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Diego Santana <diego.santana@buzon.example>",
         to="atencion@banco-atlantico.example",
         subject="Tarjeta bloqueada en México, urgente",
         body="""\
Hola, estoy de viaje en Oaxaca (México) y desde ayer me rechazan la tarjeta de débito terminada en 5583 en todas partes, también en los cajeros. En la app pone "Tarjeta bloqueada preventivamente". Avisé del viaje en la oficina antes de salir.
Tengo que pagar el hotel hoy a las 12 (hora de aquí) y no llevo efectivo. Por favor desbloqueadla o llamadme al +34 634 771 208, tengo roaming.
Diego Santana

Enviado desde mi iPhone"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Amparo Gómez <amparo.gomez@webcorreo.example>",
         to="ayuda.digital@seguros-meridiano.example",
         subject="Cómo activar la verificación en dos pasos",
         body="""\
Buenos días:

Mi hijo me ha aconsejado que active la verificación en dos pasos en mi área de cliente (póliza de hogar 77-2904118). He estado mirando en "Mi perfil" pero no encuentro dónde se hace. ¿Me pueden explicar los pasos? Y si más adelante cambio de móvil, ¿qué tendría que hacer?

Muchas gracias por su paciencia,
Amparo Gómez"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Bellini <marco.bellini@posta-veloce.example>",
         to="soporte@nexoplay.example",
         subject="cuenta bloqueada despues de muchos intentos",
         body="""\
Hola,

Soy italiano, perdona mi español. Mi cuenta NexoPlay (usuario: marcob_91) está bloqueada desde ayer porque he puesto mal la contraseña muchas veces, estaba cansado y me equivocaba de teclado. El mensaje dice que me mandáis un código para desbloquear a mi correo, pero no llega, tampoco en spam, lo he pedido 5 veces.

Puedo jugar en la consola de mi hermano pero mis partidas y los juegos comprados son en mi cuenta. Como puedo hacer?

Gracias mil,
Marco"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Beatriz Campos Lorente <direccion@clinicavet-sanroque.example>",
         to="soporte@vetgestion.example",
         subject="Cambio de usuario administrador – Clínica Veterinaria San Roque",
         body="""\
Estimados señores:

Les escribo como titular de la Clínica Veterinaria San Roque (cliente VG-1043). La veterinaria que figuraba como administradora de nuestra cuenta, Dña. Raquel Soto, dejó la clínica el pasado 30 de noviembre y su correo ya no está operativo.

Les solicito:
- que den de baja su usuario (rsoto@clinicavet-sanroque.example);
- que el usuario administrador pase a ser esta dirección, direccion@clinicavet-sanroque.example.

El resto del equipo sigue trabajando con normalidad, pero no podemos dar de alta al veterinario que se incorpora el día 14. Adjunto copia de mi DNI y del CIF de la clínica.

Un cordial saludo,

Beatriz Campos Lorente
Directora – Clínica Veterinaria San Roque
Avda. de la Constitución, 45 · 11360 San Roque (Cádiz) · Tel. 956 78 12 40

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por Clínica Veterinaria San Roque, S.L. con la finalidad de gestionar la relación profesional."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Rafael Domínguez <rafael@gestoria-dominguez.example>",
         to="soporte@nominaplus.example",
         subject="No puedo acceder a mi cuenta – hoy tengo que enviar las nóminas",
         body="""\
Buenos días:

Soy el titular de la Gestoría Domínguez (licencia NP-22871). Desde esta mañana NominaPlus me pide un código de verificación por SMS y lo envía a un número que ya no tengo: la semana pasada cambié de compañía y de número y, por lo visto, no lo actualicé en la aplicación. Sin ese código no puedo entrar.

Hoy tengo que dejar calculadas y enviadas las nóminas y la paga extra de Navidad de nuestras 23 empresas clientes, que pagan el día 15, y el resto del equipo no tiene permisos de administrador para hacerlo.

Mi número actual es el 687 209 455. Pueden verificar mi identidad con los datos de la licencia o llamando a la oficina (954 22 81 37).

Un saludo,
Rafael Domínguez"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Begoña Arrieta <bego.arrieta@correo-norte.example>",
         to="info@teatro-delpuerto.example",
         subject="¡Qué noche!",
         body="""\
Hola:

Solo quería felicitaros por "La última función". Fuimos el sábado un grupo de ocho amigas y salimos encantadas. La obra es una bomba: en el segundo acto, cuando se incendia el decorado, nos quedamos sin respiración, y al final el público estaba que ardía. Yo me moría de risa con el apuntador, casi me da algo.

Mi amiga Itziar, que es bombera, dice que el efecto del humo está clavado, que ni ella lo habría hecho mejor.

¿Sabéis si habrá más funciones en primavera? Queremos volver con nuestras parejas.

Un abrazo,
Begoña"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Andrés Molina <andres.molina@buzon-libre.example>",
         to="pedidos@libreria-elfaro.example",
         subject="Consulta de disponibilidad – tres libros",
         body="""\
Buenas tardes:

Quería saber si tienen en stock estos títulos, que son para regalar en Reyes:

- "Muerte en el andén 4", de Elvira Sanz (tapa dura)
- "El incendio de Valdeluz", de Ramón Ibarra
- "Veneno lento: crímenes célebres de la España del XIX"

Si alguno está agotado, ¿cuánto tardaría en llegar por encargo? Y si a quien lo reciba no le gusta, ¿se puede cambiar después de Reyes o devuelven el dinero?

Gracias,
Andrés Molina"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nuria Sala <direccion@escuelainfantil-elsestels.example>",
         to="formacion@primerauxilio-cursos.example",
         subject="Presupuesto curso de primeros auxilios para 9 educadoras",
         body="""\
Hola:

Dirijo una escuela infantil en Palma y queremos formar a todo el equipo (9 educadoras) antes de enero. Nos interesa el curso de primeros auxilios pediátricos que anunciáis en la web, sobre todo estos temas:

- qué hacer ante un atragantamiento o una asfixia;
- quemaduras, golpes en la cabeza y heridas;
- intoxicaciones (productos de limpieza, pilas de botón);
- reanimación cardiopulmonar y uso del desfibrilador.

¿Podríais venir a darlo a la escuela un sábado por la mañana? Pasadme presupuesto y fechas disponibles, por favor.

Gracias,
Nuria Sala
Escuela Infantil Els Estels"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Óscar Prieto <oscar.prieto@correo-viajes.example>",
         to="reservas@apartamentos-miradorsierra.example",
         subject="Llegada tarde esta noche – reserva 3391",
         body="""\
Hola, buenas:

Tenemos reservado el apartamento 2B desde hoy (reserva 3391, a nombre de Óscar Prieto). Se nos ha averiado el coche en la A-4 a la altura de Manzanares, se ha quedado muerto en el arcén y estamos esperando a la grúa. Estamos todos bien, es solo el coche; el seguro nos deja uno de sustitución, pero no llegaremos antes de las 23:30.

¿Podéis dejarnos las llaves en el cajetín? Y ya que estoy, ¿me pasáis la contraseña del wifi? Los niños me matan si llegan y no hay internet.

Gracias y perdonad las molestias,
Óscar"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Lorena Vázquez <lorena.vazquez@correo-monte.example>",
         to="atencionalcliente@estacion-valnieve.example",
         subject="RE: Cobro duplicado forfait de temporada",
         body="""\
Hola de nuevo:

Ya me ha llegado la devolución, todo correcto. ¡Muchas gracias por la rapidez! Nos vemos en pistas.

Lorena

El lun, 30 nov 2026 a las 12:41, Atención al Cliente Valnieve (<atencionalcliente@estacion-valnieve.example>) escribió:
> Hola, Lorena:
> Hemos comprobado que el forfait de temporada se te cobró dos veces
> por un error de la pasarela de pago. Ya hemos ordenado el reembolso
> de 429 € a tu tarjeta; lo verás en 3-5 días hábiles.
> Un saludo, Equipo Valnieve"""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Gonzalo Reyes <gonzalo.reyes@mail-sur.example>",
         to="incidencias@fibranet.example",
         subject="Re: Re: Sin conexión desde el 24/11 – incidencia 8812-045",
         body="""\
TERCER correo. Llevo nueve días sin internet ni teléfono fijo en casa, nadie me ha contestado y no ha venido ningún técnico. Teletrabajo y estoy yendo a una cafetería para poder conectarme.

Si mañana no tengo cita con un técnico, pido la portabilidad y pongo una reclamación en Consumo.

Gonzalo Reyes
Cliente 0093-77120

El 30 nov 2026, a las 20:14, Gonzalo Reyes escribió:
> Segundo aviso. Sigo sin conexión, con la luz de la fibra del router en rojo.
> Incidencia 8812-045. Espero respuesta.
> El 25 nov 2026, a las 9:02, Gonzalo Reyes escribió:
> > Buenos días, desde ayer no tengo internet ni teléfono fijo. El router tiene
> > la luz LOS en rojo y ya lo he reiniciado varias veces. ¿Pueden mandar un técnico?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marta Lozano <m.lozano@academia-idiomascentro.example>",
         to="soporte@aulavirtual-pro.example",
         subject="Ningún alumno puede iniciar sesión – 340 usuarios afectados",
         body="""\
Buenos días:

Desde las 8:00, ninguno de nuestros alumnos ni profesores puede entrar en el aula virtual con su cuenta de Microsoft: después de poner usuario y contraseña vuelven a la pantalla de inicio con el mensaje "No se ha podido validar su identidad (AADSTS50011)". Con el usuario administrador local sí puedo entrar.

Somos la Academia de Idiomas Centro (Madrid, 3 sedes): 340 usuarios afectados, clases en línea toda la mañana y simulacros de examen oficial esta tarde. Ayer por la tarde todo iba bien y nosotros no hemos cambiado nada en Microsoft.

Por favor, dadle prioridad. Teléfono: 915 48 23 70 (ext. 12).

Marta Lozano
Coordinadora TIC – Academia de Idiomas Centro"""),
]
