# blind5 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Gallardo <rocio.gallardo@correomail.example>",
         to="atencion@calorex-servicios.example",
         subject="Caldera nueva - olor raro",
         body="""\
Hola, buenas tardes.

El jueves vino su técnico a cambiarnos la caldera (contrato de mantenimiento 55-20931, la nueva es una Calorex 24). Desde entonces en la cocina huele a huevo podrido, sobre todo por la noche cuando arranca la calefacción.

Esta mañana mi marido y yo nos hemos levantado con un dolor de cabeza tremendo y mi suegra, que vive con nosotros, estaba muy mareada y con ganas de vomitar. Hemos abierto todas las ventanas y cerrado la llave de paso de la entrada, pero no sé si hemos hecho bien ni cuándo puede venir alguien a revisarlo.

Por favor llámenme hoy al 699 000 143.

Rocío Gallardo"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ana Belén Cuesta <anabelen.cuesta@buzon.example>",
         to="pedidos@farmacasa-online.example",
         subject="pedido 88213",
         body="""\
Buenos días,

Les escribo por el pedido 88213 que recibió mi padre (82 años) el lunes a través de su app. En la caja venía su nombre, pero el blíster de dentro no era su Sintrom: eran otras pastillas, de 50 mg, con un nombre que no conocemos.

Él no se dio cuenta y las ha estado tomando el martes y el miércoles. Hoy se ha levantado muy flojo, casi no se tenía en pie y la tensión le daba 8/5. Le hemos llevado al centro de salud y lo tienen en observación.

Necesito saber YA qué es exactamente lo que le mandaron para decírselo a la médica, y que revisen cómo ha podido pasar esto.

Ana Belén Cuesta (hija de Jesús Cuesta, cliente 40213)"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Jorge Ibarra <jorge.ibarra@txoko-mail.example>",
         to="clientes@jugueteria-tren.example",
         subject="Juguete peligroso - pieza suelta",
         body="""\
Buenas,

Le regalamos a mi sobrino de 2 años el tren de madera «Chuchú Colores» (ref. JT-4410) que compramos en vuestra tienda online. La chimenea de la locomotora, una pieza del tamaño de un garbanzo, se despega con nada, solo con tirar un poco.

Ayer se la metió en la boca y se atragantó. Mi hermana tuvo que hacerle la maniobra de desobstrucción y por suerte la expulsó. El niño está bien, pero el susto fue enorme. La caja dice «a partir de 18 meses».

Esto es peligroso y debería retirarse de la venta. Os mando fotos de la pieza y el ticket.

Un saludo,
Jorge Ibarra"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Marcos Villalobos <mvillalobos@correo-sur.example>",
         to="soporte@bancoatlas.example",
         subject="movimientos que no he hecho!!!",
         body="""\
Hola, acabo de mirar la app y tengo tres Bizum enviados esta madrugada entre las 3:10 y las 3:25 a un número que no conozco: 300 € + 300 € + 250 €. Yo estaba durmiendo y el móvil lo tengo yo.

Además han cambiado el correo de avisos por otro que no es mío.

He bloqueado la tarjeta desde la app pero los Bizum salen directamente de la cuenta. Por favor bloqueen todo y díganme cómo recupero el dinero, es lo de la hipoteca de este mes.

Cuenta terminada en 4471
Marcos Villalobos"""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Dra. Paula Ortega <direccion@sonrisanorte.example>",
         to="soporte@dentagest.example",
         subject="Sistema caído en la clínica",
         body="""\
Buenos días,

El programa de gestión está caído desde las 8:00 en nuestras tres sedes (Clínica Dental Sonrisa Norte). No cargan ni la agenda ni las historias clínicas; en todos los puestos sale «Error de conexión con el servidor».

Tenemos la sala de espera llena, pacientes con cirugía programada esta mañana, y no sabemos ni quién viene ni qué tratamiento tiene cada uno, ni las alergias que constan en su ficha.

Necesitamos que alguien nos atienda ya por teléfono: el número de soporte da ocupado todo el rato.

Dra. Paula Ortega
Directora médica"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sergio Robledo <turnos@hnosrobledo.example>",
         to="incidencias@sga-almacen.example",
         subject="urgente almacén Getafe",
         body="""\
Buenas, desde las 6 de la mañana las PDAs del almacén de Getafe no sincronizan con vuestro SGA: escaneamos los bultos y se quedan con el icono del reloj, no se genera ningún albarán.

Tenemos 14 camiones en muelle esperando carga y la salida de las rutas de reparto de hoy está parada. Hemos reiniciado los terminales y el wifi va bien; en el almacén de Zaragoza les pasa exactamente lo mismo.

Código de cliente LOG-0375. Llamad al jefe de turno, Sergio, al 699 000 218.

Transportes Hermanos Robledo"""),

    dict(n=7, signals="outage", priority="high", trap="technical", qt=0, reply=0,
         frm="Luna Márquez <luna@estudio-lunafoto.example>",
         to="soporte@hostingplaza.example",
         subject="mi web no abre",
         body="""\
Hola, desde ayer por la tarde mi página (estudio-lunafoto.example) devuelve «502 Bad Gateway» y el correo de info@ tampoco recibe nada, los clientes me dicen que les rebota.

No he tocado nada. Soy fotógrafa autónoma y esta semana tengo que entregar las galerías de dos bodas desde la web, así que estoy parada.

Plan Hosting Básico, cliente 20-44718. ¿Me decís algo?

Gracias
Luna Márquez"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Teresa Luque <direccion@babelidiomas.example>",
         to="ayuda@aulavox.example",
         subject="Calidad de las videollamadas",
         body="""\
Hola,

Desde el martes las videollamadas con la plataforma se cortan cada 10-15 minutos y el audio va con retraso, sobre todo por las tardes. Somos una academia de idiomas y damos clases online a grupos pequeños.

De momento, cuando se corta, reconectamos o pasamos la clase a llamada telefónica, así que no es un drama, pero los alumnos se quejan y alguno ya ha preguntado por el descuento.

Nuestra conexión es de 600 Mb y el resto de servicios van perfectos. ¿Sabéis si hay algún problema con vuestros servidores en Europa?

Gracias,
Teresa Luque – Academia Babel Idiomas"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Ángel Pineda <angel.pineda@mimail.example>",
         to="clientes@fibraplus.example",
         subject="sin internet ni tele",
         body="""\
Buenas tardes, llevo desde el sábado sin fibra. El router tiene la luz LOS parpadeando en rojo y la tele tampoco va.

Llamé y me abrieron la incidencia 7729-C, pero me dicen que el técnico puede tardar hasta el jueves. Trabajo desde casa como teleoperador y si no me conecto no cobro, así que necesito una solución antes. ¿No me podéis mandar un router 4G mientras tanto?

Titular: Ángel Pineda
Calle Almendro 7, 3ºB, Albacete"""),

    dict(n=10, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="Nuria Pastor <nuria.pastor@correo-norte.example>",
         to="socios@fitencasa.example",
         subject="me habéis vuelto a cobrar",
         body="""\
Hola.

Me di de baja del gimnasio online el 28 de septiembre y tengo el correo de confirmación («Tu suscripción ha sido cancelada»). Aun así, el 1 de octubre y el 1 de noviembre me habéis pasado el recibo de 29,99 €.

Quiero que me devolváis los dos cargos y que me confirméis por escrito que no habrá más. Si no, devuelvo los recibos desde el banco.

Usuario: nuria.pastor
Nuria Pastor"""),

    dict(n=11, signals="payment", priority="medium", trap="reply", qt=0, reply=1,
         frm="Iñaki Goñi <inaki.goni@bidasoa-mail.example>",
         to="clientes@runla.example",
         subject="RE: Devolución pedido 5530-XT",
         body="""\
Hola Cristina,

Han pasado ya los 14 días que me dijiste y el reembolso de las zapatillas (89,95 €) sigue sin aparecer en la tarjeta. Según el seguimiento de Correos, el paquete se entregó en vuestro almacén el 21 de octubre.

¿Podéis mirar qué ha pasado?

Gracias,
Iñaki Goñi

El 24 oct 2026, a las 11:05, Atención al Cliente Runla <clientes@runla.example> escribió:
> Hola Iñaki,
> Hemos recibido tu devolución. El reembolso se tramitará en un plazo
> máximo de 14 días en el mismo método de pago.
> Un saludo,
> Cristina"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Rubén Escrivà <administracion@grafismolevante.example>",
         to="facturacion@disenocloud.example",
         subject="Factura F-2026-10832 datos incorrectos",
         body="""\
Buenos días,

En la factura F-2026-10832 de octubre aparece el CIF antiguo y la razón social anterior (Grafismo Levante S.L.; desde julio somos Grafismo Levante Digital S.L.). Además nos cobráis 12 licencias cuando en julio bajamos a 9, lo tengo por escrito de vuestro comercial.

Nuestro departamento financiero no puede contabilizarla así. Por favor, emitid factura rectificativa con los datos correctos y el importe de 9 licencias.

Saludos,
Rubén Escrivà
Administración – Grafismo Levante Digital S.L."""),

    dict(n=13, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Carmen Ruiz Solano <carmen@laalfarera.example>",
         to="vendedores@mercadoartesano.example",
         subject="No me ha llegado la liquidación",
         body="""\
Hola, vendo en vuestro marketplace (tienda CeramicaLaAlfarera) y la liquidación del 5 de noviembre, 3.240,18 €, no ha llegado a mi cuenta. En el panel pone «pagado», pero mi banco no ve ninguna transferencia entrante.

El día 20 tengo que pagar al proveedor de arcilla y la nómina de mi ayudante, y sin ese dinero no llego.

Os adjunto el extracto. Necesito el justificante de la transferencia o que la volváis a emitir cuanto antes.

Carmen Ruiz Solano"""),

    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Óscar Benítez Prado <obenitez@consultoria-bp.example>",
         to="soporte@firmadoc.example",
         subject="no puedo entrar",
         body="""\
Buenas.

Cambié de compañía y de número de móvil y ahora no puedo entrar en mi cuenta, porque el código de verificación llega al número antiguo, que ya no existe. He probado la opción «No tengo acceso a este teléfono», pero me pide un código que se envía… al mismo número.

Estoy completamente fuera y ahí tengo todos los contratos de mis clientes, que debo enviar firmados mañana. ¿Cómo verifico mi identidad de otra forma? Puedo mandar el DNI.

Óscar Benítez Prado
usuario: obenitez@consultoria-bp.example"""),

    dict(n=15, signals="account", priority="medium", trap="closed", qt=0, reply=0,
         frm="Felipe Arranz <libreria.arranz@correo-libros.example>",
         to="ayuda@relibro.example",
         subject="¿Por qué habéis cerrado mi cuenta?",
         body="""\
Hola,

Al intentar entrar esta mañana me sale «Esta cuenta ha sido desactivada por incumplir las condiciones de uso». No he recibido ningún aviso ni sé qué condición he incumplido: solo uso la plataforma para vender libros de segunda mano, unos diez al mes.

Tengo dos pedidos pendientes de enviar y mensajes de compradores que ahora no puedo leer. Pido que revisen el caso y me reactiven la cuenta, o al menos que me expliquen el motivo.

Felipe Arranz (usuario: libreria_arranz)"""),

    dict(n=16, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Marisa López Ferrer <marisa.lopez@correo.example>",
         to="clientes@electrohogar.example",
         subject="dos cuentas",
         body="""\
Hola, sin darme cuenta tengo dos cuentas en vuestra web: una con mi correo personal (marisa.lopez@correo.example) y otra con el del trabajo, que creé cuando compré la lavadora.

Las garantías y los puntos están repartidos entre las dos. ¿Se pueden unir en una sola, la del correo personal? No quiero perder la garantía extendida de la lavadora.

Gracias.
Marisa López Ferrer"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Pilar Domínguez <pilar.dominguez@buzon-web.example>",
         to="soporte@agendasalud.example",
         subject="Consulta",
         body="""\
Buenas tardes, una duda rápida: ¿dónde se cambia la contraseña desde la app del móvil? En la web lo encuentro, pero en la app solo me aparecen «Perfil» y «Notificaciones».

Entro sin ningún problema, es solo que quiero poner una más larga. También quería saber si puedo activar la verificación en dos pasos y si me pedirá el código cada vez.

Gracias,
Pilar Domínguez"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nacho Beltrán <nacho@reformasebano.example>",
         to="hola@presupuestia.example",
         subject="¡Sois unos cracks!",
         body="""\
Hola equipo,

Os escribo solo para deciros que la nueva función de plantillas es la bomba. El viernes teníamos que sacar 40 presupuestos antes del cierre de mes y nos habéis salvado la vida: lo que antes era matarnos a copiar y pegar ahora es un clic. Mi jefe no se lo creía.

Si algún día hacéis encuesta de satisfacción, un 10.

Una sugerencia pequeñita: poder duplicar una plantilla.

Un abrazo,
Nacho – Reformas Ébano"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Alba Quintana <albaq@correo-islas.example>",
         to="tienda@dadosycartas.example",
         subject="Preventa juego Apagón",
         body="""\
Hola!

Quería saber si el juego de mesa «Apagón: la noche más larga» que sale en diciembre viene con la expansión «Cortocircuito» incluida en la preventa o se compra aparte.

También si el envío a Canarias tiene gastos extra y si llegaría antes del 22. Es para regalárselo a mi hermano, que es muy fan de los juegos cooperativos.

Gracias!!
Alba"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Raúl Serrano <raul.serrano@correo-centro.example>",
         to="info@zentra-store.example",
         subject="Duda antes de comprar",
         body="""\
Buenas,

Estoy pensando comprar el portátil Zentra 14, pero antes quería saber cómo funciona la devolución. Si lo abro y no me convence, ¿tengo 14 o 30 días? ¿El reembolso es en la tarjeta o en un vale? Y si llega con un golpe o defectuoso, ¿quién paga el envío de vuelta?

Lo pregunto porque la última vez que compré online fue un caos recuperar el dinero.

Gracias.
Raúl"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Begoña Alonso <secretaria@comerciantes-cascoviejo.example>",
         to="comercial@copiasegura.example",
         subject="Invitación: jornada «Ciberataques en la pyme» – 3 de diciembre",
         body="""\
Estimados amigos:

Desde la Asociación de Comerciantes del Casco Viejo os invitamos a la jornada gratuita «Ciberataques en la pyme: qué hacer si te roban los datos». Hablaremos de casos reales de suplantación de identidad, secuestro de ordenadores con ransomware, robo de contraseñas y fraude con tarjetas en tiendas online, y de cómo reaccionar en las primeras horas.

Nos gustaría contar con vuestra empresa como patrocinadora, o con una ponencia breve sobre vuestro servicio de copias de seguridad.

Fecha: 3 de diciembre, 18:00. Salón de actos del Centro Cívico.
Confirmad asistencia respondiendo a este correo.

Un saludo,
Begoña Alonso
Secretaría técnica"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Mercedes Vidal <mercedes@ultramarinosvidal.example>",
         to="soporte@vendia.example",
         subject="Re: Incidencia 31877 - plataforma caída",
         body="""\
Perfecto, confirmado: ya funciona todo y los pedidos de esta mañana se han recuperado bien. Muchas gracias a Javier por quedarse hasta tarde ayer.

Podéis cerrar la incidencia.

Un saludo,
Mercedes

El mié, 11 nov 2026 a las 19:42, Soporte Técnico Vendia (<soporte@vendia.example>) escribió:
> Hola Mercedes,
> Te confirmamos que la caída de la plataforma de esta tarde se debió a un
> fallo en uno de nuestros servidores de base de datos. El servicio está
> restablecido desde las 19:30. Comprueba por favor que todo funciona y
> nos dices.
> Un saludo,
> Javier"""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Lidia Santamaría <lidia.santamaria@correo-madrid.example>",
         to="ayuda@bancoatlas.example",
         subject="Me han robado el móvil",
         body="""\
Hola, me acaban de robar el móvil en el metro (hace una hora, línea 5). Tenía la app de vuestro banco instalada con acceso por huella y, para mi vergüenza, el PIN del móvil era 1234…

Desde el ordenador no consigo entrar a la banca online porque me pide el código que llega a ese móvil. No veo movimientos raros de momento, pero no puedo comprobarlo todo.

Por favor, bloqueen el acceso desde ese dispositivo y díganme cómo recupero el acceso con un número nuevo.

Lidia Santamaría
NIF ***456K"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Aurora Benavente <aurora@ladespensadeaurora.example>",
         to="soporte@tiendafacil.example",
         subject="impresión de etiquetas",
         body="""\
Hola,

Desde la actualización de ayer el módulo de etiquetas de envío no imprime: le doy a «Imprimir» y no pasa nada, ni error ni nada. Lo hemos probado en dos ordenadores y con dos impresoras Zebra distintas.

No es urgente: de momento descargamos las etiquetas en PDF desde cada pedido y las imprimimos a mano. Tardamos un poco más, pero salen. Cuando podáis le echáis un vistazo.

Tienda: La Despensa de Aurora (ID 7731)

¡Gracias!
Aurora"""),
]
