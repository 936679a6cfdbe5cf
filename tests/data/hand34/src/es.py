# blind35 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Álvaro Serrano <alvaro.serrano@correo-web.example>",
         to="atencion@farmaciaonline-salud.example",
         subject="Pedido FS-309981: las pastillas de mi abuela no son las que pidió el médico",
         body="""\
Buenas tardes:

Les escribo por mi abuela, Carmen Serrano (84 años), que es clienta suya. El lunes recibió el pedido FS-309981 con su anticoagulante. La caja pone «1 mg», pero hoy hemos visto que los blísteres de dentro son de 4 mg.

Ella se ha estado tomando una pastilla al día, como siempre, sin darse cuenta. Desde el miércoles le han salido moratones enormes en los brazos, y anoche empezó a sangrarle la nariz y no paraba. Ahora está ingresada en el Hospital Clínico; el médico dice que tiene la sangre demasiado líquida por la dosis.

Necesitamos saber cuántas cajas de ese lote han enviado, porque puede haber más personas mayores tomándolas igual. Lote: 24K118, caducidad 03/2028.

Pueden llamarme al 655 218 734.

Álvaro Serrano"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Rosa María Quintero <rosamaria.quintero@telefonica-mail.example>",
         to="clientes@gasnatur-hogar.example",
         subject="Consulta sobre la caldera que nos instalaron el jueves",
         body="""\
Hola, buenos días.

El jueves pasado un técnico suyo nos cambió la caldera (contrato de mantenimiento n.º GH-77120). Desde entonces, en la cocina huele un poco raro, como a quemado, sobre todo cuando está puesta la calefacción.

Anoche sonó el detector de monóxido que tenemos en el pasillo, y esta mañana mi marido y yo nos hemos levantado con un dolor de cabeza muy fuerte y algo mareados. El pequeño ha vomitado dos veces. Hemos abierto las ventanas y apagado la caldera.

¿Es normal esto con una caldera nueva los primeros días? ¿Pueden mandar a alguien a revisarla? Estamos en casa toda la mañana.

Gracias,
Rosa María Quintero
C/ Los Almendros 14, 2.º B - Albacete
Tel. 967 41 22 80"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Marcos Gil <marcosgil87@correo-web.example>",
         to="soporte@pagafacil.example",
         subject="me han vaciado la cuenta tras un SMS falso",
         body="""\
hola, necesito ayuda urgente

ayer me llegó un sms que parecía vuestro diciendo que habían bloqueado mi cuenta y que entrara en un enlace para verificarla. metí mi usuario, la contraseña y el código que me llegó. ya sé, fue una tontería

esta mañana veo 4 envíos que no he hecho, 3 de 500 € y uno de 380 €, a nombres que no conozco. me he quedado con 12 € en la cuenta. he cambiado la contraseña y he llamado al banco, pero me dicen que tengo que hablar con vosotros

por favor parad esos pagos si todavía se puede. es una estafa clarísima

Marcos Gil
611 904 325"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Inmaculada Roldán <inma.roldan@correo-web.example>",
         to="privacidad@seguros-alba.example",
         subject="Veo en mi área de cliente los datos de otra persona",
         body="""\
Estimados señores:

Al entrar hoy en mi área de cliente para descargar el recibo de mi seguro de hogar, la página me ha mostrado la póliza de salud de otra persona: nombre completo, DNI, dirección en Zaragoza, número de cuenta bancaria y un informe médico adjunto con su diagnóstico.

He cerrado la sesión y he vuelto a entrar dos veces, y cada vez aparece un cliente distinto. Entiendo que, del mismo modo, cualquiera podría estar viendo mis datos en este momento.

Les ruego que revisen el sistema con urgencia y me confirmen si mis datos han quedado expuestos. He hecho capturas de pantalla por si las necesitan, aunque no las adjunto por respeto a esas personas.

Atentamente,
Inmaculada Roldán Pérez
Póliza de hogar n.º HG-2019-556301"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Toni Ferrer - Restaurante La Barraca <labarraca.valencia@correo-web.example>",
         to="soporte@tpvcloud.example",
         subject="URGENTE: los datáfonos no cobran y tenemos el restaurante lleno",
         body="""\
Buenas noches:

Tenemos el restaurante lleno (sábado, 110 cubiertos) y desde las 21:30 ninguno de los tres datáfonos cobra con tarjeta. Al pasar la tarjeta sale «Conectando...» y al minuto «Operación denegada - sin comunicación con el host». El wifi funciona; hemos reiniciado los terminales y el router.

La gente está haciendo cola en la barra para pagar y casi nadie lleva efectivo. Algunas mesas se han ido prometiendo que volverán mañana a pagar.

Llevo 40 minutos esperando en su teléfono de asistencia. Por favor, que alguien me llame YA al 963 58 21 47.

Toni Ferrer
Restaurante La Barraca - n.º de comercio 0048812"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lucía Méndez <recepcion@fisioactiva-gijon.example>",
         to="ayuda@agendaclinic.example",
         subject="La agenda sale en blanco y tenemos pacientes esperando",
         body="""\
Hola:

Esta mañana, al abrir AgendaClinic en los dos ordenadores de recepción, la pantalla se queda en blanco después de iniciar sesión. Desde el móvil sí entra, pero la agenda de hoy y de toda la semana aparece vacía, sin una sola cita, cuando ayer teníamos 62 pacientes para hoy.

Somos cinco fisioterapeutas y no sabemos a quién le toca ni a qué hora. Los pacientes van llegando y los atendemos por orden de llegada, pero hay gente que viene de lejos, y a otros no podemos avisarles porque sus teléfonos están en el programa.

¿Se han perdido los datos o es algo vuestro? Necesitamos recuperarlo cuanto antes.

Lucía Méndez
Recepción - FisioActiva Gijón
985 33 74 12"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jorge Prieto <jorgeprieto@correo-web.example>",
         to="atencion@movilink.example",
         subject="sin linea desde ayer",
         body="""\
hola desde ayer por la tarde el movil pone "solo llamadas de emergencia" y no puedo llamar ni recibir nada, ni datos
he probado otra sim en el mismo movil y funciona, asi que es mi linea. soy autonomo y los clientes no me localizan
Jorge Prieto 622 17 40 98"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Iván Cortés <ivancortes.gg@correo-web.example>",
         to="soporte@nebulagames.example",
         subject="Me desconecta en mitad de las partidas online",
         body="""\
Buenas,

Desde el parche 3.2 del martes, Ruinas de Asteria me echa de las partidas online cada 10-15 minutos con el error «NET-417: conexión con el servidor perdida». El modo historia va perfecto y el resto de juegos online de la consola también, así que no creo que sea mi conexión.

Lo peor es que al desconectarme me lo cuenta como abandono y me baja de rango. Unos amigos de mi ciudad dicen que a ellos les pasa algo parecido, pero menos.

¿Sabéis algo? ¿Hay que esperar a otro parche?

Iván
ID de jugador: IvanCortes_92"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Daniela Ríos <daniela.rios@alumnos.uniaula.example>",
         to="soporte.campus@uniaula.example",
         subject="¿Es normal que no se pueda entregar ninguna tarea en el campus virtual?",
         body="""\
Hola:

¿Es normal que desde ayer no se pueda subir nada al campus virtual? Cuando le doy a «Entregar tarea», la barra se queda en 0 % y al rato sale «Error al procesar el archivo». He probado con PDF y con Word, con archivos pequeños, en Chrome y en Firefox, y también desde un ordenador de la biblioteca.

Varios compañeros de mi grupo tienen el mismo problema. El trabajo final de Estadística II se entrega el viernes a las 23:59 y el profesor dice que solo acepta entregas por la plataforma.

¿Podéis mirarlo o avisar a los profesores?

Gracias,
Daniela Ríos
Grado en Economía, 2.º curso"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fernando Castillo <f.castillo@correo-web.example>",
         to="reclamaciones@vuelaplus.example",
         subject="Cobro duplicado de equipaje facturado - reserva XJ4R8T",
         body="""\
Buenos días:

El pasado 18 de noviembre añadí una maleta facturada de 23 kg a mi reserva XJ4R8T (vuelo Madrid - Tenerife Norte del 2 de diciembre). El pago en su web dio un error y, al reintentarlo, se completó correctamente.

Al revisar el extracto de mi tarjeta, compruebo que se me han hecho dos cargos de 45,00 € cada uno, con el mismo concepto y la misma fecha, aunque en la reserva figura una sola maleta.

Les agradecería que anularan el cargo duplicado y me devolvieran los 45,00 €. Adjunto captura del extracto.

Un saludo,
Fernando Castillo Ortega"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Noelia Vargas <noelia.vargas@correo-web.example>",
         to="administracion@inmobiliaria-solmar.example",
         subject="Devolución de la fianza - piso de la calle Sagasta",
         body="""\
Hola, buenas:

Os escribo otra vez por la fianza del piso de la calle Sagasta 22, 3.º A, que dejé el 31 de octubre. Entregué las llaves en vuestra oficina, hicimos la revisión con Javier, me dijo que todo estaba perfecto y que la fianza (1.300 €) me llegaría en un par de semanas.

Ha pasado más de un mes y no sé nada. El problema es que el lunes tengo que pagar la fianza y el primer mes del piso nuevo, y sin ese dinero no llego: si no pago, pierdo el piso.

¿Podéis hacer la transferencia esta semana, por favor? Mi cuenta sigue siendo la del contrato (IBAN terminado en 4471).

Muchas gracias,
Noelia Vargas
644 80 12 93"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Sergio Navarro <sergio.navarro@correo-web.example>",
         to="socios@gimnasiopulso.example",
         subject="Me seguís cobrando la cuota después de darme de baja",
         body="""\
Hola,

Me di de baja del gimnasio el 28 de septiembre en recepción (tengo el justificante firmado por vuestra compañera Marta). Aun así, me habéis pasado por el banco la cuota de octubre y la de noviembre, 39,90 € cada una.

Ya lo comenté en recepción a principios de noviembre y me dijeron que lo solucionaban, pero el 1 de diciembre ha llegado otro recibo. Son ya 119,70 € cobrados de más.

Quiero que me devolváis los tres recibos y que me confirméis por escrito que la baja está tramitada. Si llega otro más, lo devuelvo en el banco.

Sergio Navarro
N.º de socio: 10482"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Marisa Delgado <marisa.delgado@correo-web.example>",
         to="clientes@supermercadosfresco.example",
         subject="Duda con un cargo de la compra online",
         body="""\
Hola, una pregunta rápida:

En mi última compra online (pedido 88120445) veo en el ticket «Bolsas reutilizables: 0,60 €». Yo no pedí bolsas, aunque el repartidor sí las trajo. ¿Se cobran siempre? ¿Se puede elegir la entrega sin bolsas la próxima vez?

No es por el dinero, es solo por saberlo.

Un saludo,
Marisa"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Antonio Ruiz Molina <aruizmolina@correo-web.example>",
         to="oficinavirtual@aguasdelsur.example",
         subject="No puedo entrar en la oficina virtual: el enlace ha caducado",
         body="""\
Buenos días:

Intento entrar en la oficina virtual para ver las lecturas del contador, pero no recuerdo la contraseña. Le doy a «He olvidado mi contraseña», me llega el correo, pulso el enlace enseguida y siempre me sale: «El enlace ha caducado o ya ha sido utilizado».

Lo he intentado cinco o seis veces desde ayer, desde el ordenador y desde el móvil, con el mismo resultado. Ahora además me dice que he superado el número de intentos y que espere 24 horas.

Mi número de contrato es 2003-118-4471. ¿Me pueden ayudar a recuperar el acceso?

Gracias,
Antonio Ruiz"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Beatriz Soler <bea@ceramicasoler.example>",
         to="vendedores@mercadix.example",
         subject="Cuenta de vendedora bloqueada sin explicación - 23 pedidos pendientes",
         body="""\
Hola,

Esta mañana, al intentar entrar en mi panel de vendedora (tienda «Cerámica Soler», ID de vendedor MX-55120), me aparece: «Tu cuenta ha sido suspendida temporalmente. Verifica tu identidad». Subo el DNI por las dos caras, como me pide, y me dice «Documento no válido». Ya lo he hecho cuatro veces, con fotos perfectamente nítidas.

Tengo 23 pedidos pendientes de enviar antes de Navidad y no puedo ver las direcciones ni imprimir las etiquetas. Si no envío a tiempo, los clientes cancelarán y encima me bajaréis la valoración.

Necesito que alguien revise la verificación a mano hoy mismo. Vivo de esta tienda.

Beatriz Soler
Cerámica Soler - Manises"""),

    dict(n=16, signals="account", priority="medium", trap="non-native", qt=0, reply=0,
         frm="Thomas Whitfield <tom.whitfield@correo-web.example>",
         to="soporte@sedeciudadana-malaga.example",
         subject="No recibo el código SMS para entrar",
         body="""\
Hola,

Soy residente inglés en Málaga desde 2019 y uso la sede electrónica para pagar el IBI y ver los recibos. Desde hace una semana, cuando entro con mi usuario, la web dice que me ha enviado un código por SMS, pero el SMS nunca llega a mi móvil. Otros SMS recibo normal, del banco por ejemplo.

He comprobado que el número en mi perfil es correcto (termina en 312), pero no puedo cambiar nada porque no puedo entrar sin el código. Es un círculo.

Por favor, me pueden enviar el código de otra forma, por email por ejemplo? Perdone mi español.

Muchas gracias,
Thomas Whitfield
NIE Y8841203K"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Clara Benítez <clarabenitez@correo-web.example>",
         to="ayuda@sonora-musica.example",
         subject="¿Cómo activo la verificación en dos pasos?",
         body="""\
Hola:

Una amiga me ha recomendado activar la verificación en dos pasos en mi cuenta de Sonora, pero no encuentro la opción ni en la app ni en la web. ¿Dónde está? ¿Se puede usar con una app de códigos o solo por SMS?

Gracias,
Clara"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Raúl Ortega <raul.ortega@correo-web.example>",
         to="hola@pizzeriavesubio.example",
         subject="La pizza Diábola, una bomba",
         body="""\
¡Hola, equipo!

Solo quería felicitaros. Anoche pedimos para ver el partido y la pizza Diábola estaba de muerte: picaba como un demonio, pero era justo lo que buscábamos. Mi cuñado, que se queja de todo, se quedó sin palabras y casi se come hasta la caja.

Además, el repartidor llegó volando aunque estaba cayendo la del pulpo, y encima con una sonrisa. Dadle un aplauso de mi parte.

El partido fue un desastre, pero la cena nos salvó la noche. ¡Repetiremos seguro!

Raúl"""),

    dict(n=19, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Elena Marín <elena.marin@correo-web.example>",
         to="contacto@audiolibros-eco.example",
         subject="¿Cuándo sale la segunda parte de «Contraseña mortal»?",
         body="""\
Hola:

Acabo de terminar «Contraseña mortal» en vuestra app y estoy enganchadísima. Cuando la protagonista descubre que alguien le ha hackeado el móvil y ha vaciado la cuenta del banco de su padre, tuve que parar el coche para escucharlo con calma. ¡Y ese final con el incendio en la oficina!

¿Sabéis si va a salir en audiolibro la segunda parte, «Acceso denegado»? En la web de la editorial dicen que sale en papel en febrero.

Por cierto, la narradora es estupenda; ojalá la mantengan.

Un saludo,
Elena Marín"""),

    dict(n=20, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Joaquín Herrera <joaquin.herrera@correo-web.example>",
         to="suscriptores@eldiariodelnorte.example",
         subject="RE: Incidencia con el acceso a mi suscripción digital",
         body="""\
Muchas gracias, Ana. Ya he podido entrar sin problema desde el ordenador y desde la tableta.

Un saludo,
Joaquín Herrera

El mar, 1 dic 2026 a las 12:20, Atención al Suscriptor <suscriptores@eldiariodelnorte.example> escribió:
> Estimado Joaquín:
> Hemos recibido su aviso: nos indica que no puede iniciar sesión en su suscripción digital, que el sistema le dice «Contraseña incorrecta» y que el correo para restablecerla no le llega.
> Hemos desbloqueado su cuenta y le hemos enviado un nuevo enlace de restablecimiento. Si sigue sin poder acceder, no dude en escribirnos.
> Un cordial saludo,
> Ana Robles
> Atención al Suscriptor"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Carmen Lozano <carmenlozano@correo-web.example>",
         to="boletin@viajesbrujula.example",
         subject="Sobre vuestro boletín «Que no te roben las vacaciones»",
         body="""\
Hola:

Me ha encantado el boletín de esta semana, «Que no te roben las vacaciones: 10 trucos contra carteristas, tarjetas clonadas y wifis piratas». Lo de la riñonera para el pasaporte y lo de no entrar en el banco con el wifi del aeropuerto no lo sabía.

Mi madre se va en marzo a Lisboa con un grupo de jubilados y me gustaría que lo recibiera ella también. ¿Puedo suscribirla yo con su correo (pilar.lozano@correo-web.example) o tiene que hacerlo ella?

Gracias y seguid así,
Carmen Lozano"""),

    dict(n=22, signals="-", priority="low", trap="tone", qt=0, reply=0,
         frm="Ignacio Pardo <ignacio.pardo@correo-web.example>",
         to="clientes@enviorapido.example",
         subject="Sugerencia: vuestros SMS parecen una estafa",
         body="""\
Buenas tardes:

No es una queja del servicio (el paquete llegó perfecto), sino del tono de vuestros mensajes. Ayer recibí este SMS:

  «ÚLTIMO AVISO: su envío será DEVUELTO y DESTRUIDO si no confirma sus datos URGENTEMENTE en el enlace»

Lo primero que pensé es que era un intento de estafa; lo borré y casi lo denuncio. Luego vi en vuestra web que era real. Con tanto timo por SMS, un mensaje así asusta a cualquiera y mucha gente ni lo abrirá.

¿No podríais usar un texto más tranquilo e incluir el número de seguimiento? Lo digo con buena intención.

Saludos,
Ignacio Pardo"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Marta Aguirre <marta@asesoriaaguirre.example>",
         to="soporte@factunube.example",
         subject="Las facturas no se descargan en PDF desde Chrome",
         body="""\
Hola:

Desde la actualización del lunes, al pulsar «Descargar PDF» en cualquier factura de FactuNube con Chrome, se abre una pestaña en blanco y no pasa nada más. Lo hemos comprobado en los tres ordenadores de la asesoría.

De momento nos apañamos: desde Firefox sí se descargan bien, así que estamos usando ese navegador para mandar las facturas a los clientes. No es urgente, pero resulta incómodo porque todo lo demás lo tenemos en Chrome.

¿Lo tenéis localizado? ¿Hay fecha para el arreglo?

Gracias,
Marta Aguirre
Asesoría Aguirre - Vitoria"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Ricardo Valls <r.valls@hotelesmarenostrum.example>",
         to="cuentas.enterprise@reservaengine.example",
         subject="Motor de reservas caído en nuestros 14 hoteles - incumplimiento del SLA",
         body="""\
Estimado equipo:

Les escribo como director de sistemas de Hoteles Mare Nostrum (contrato Enterprise n.º RE-ENT-0217, con un acuerdo de nivel de servicio del 99,9 % y un tiempo de respuesta de 30 minutos para incidencias críticas).

Desde las 07:45 de hoy, el motor de reservas integrado en las webs de nuestros 14 hoteles devuelve «503 Service Unavailable» en el paso de selección de habitación. No estamos recibiendo ninguna reserva directa, en plena campaña de Navidad y Fin de Año. Abrimos una incidencia en su portal a las 08:05 (ticket 771204) y a las 10:30 seguimos sin respuesta.

Solicito que nos llame de inmediato el gestor de cuenta asignado, que la incidencia se escale al nivel técnico correspondiente y que se nos envíe un informe de causa raíz una vez resuelta. Nos reservamos el derecho a aplicar las penalizaciones previstas en la cláusula 8 del contrato.

Atentamente,
Ricardo Valls
Director de Sistemas - Hoteles Mare Nostrum
+34 971 22 48 60"""),
]
