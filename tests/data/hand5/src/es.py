# blind6 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Maite Arrieta <maite.arrieta@correo-norte.example>",
         to="atencion@distribuidora-cantabrica.example",
         subject="Después de la visita del técnico",
         body="""\
Buenas tardes,

Ayer por la mañana vino un técnico vuestro a cambiar el contador del piso (C/ Ribera 14, 3º izq., contrato 0087-551203). Desde entonces, en el cuarto donde está la caldera huele a huevo podrido, sobre todo por las mañanas, y la llama de la cocina sale amarilla y hace como un silbido. Mi vecina de abajo dice que también lo nota en el patio de luces.

He abierto todas las ventanas, no hemos encendido nada y hemos dormido en casa de mi hermana porque tengo un bebé de cuatro meses. El técnico no dejó ningún papel ni teléfono.

Necesito que venga alguien HOY a revisarlo, por favor. Mi móvil es el que figura en el contrato.

Maite Arrieta"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jorge Sanabria Ruiz <jsanabria@mimail-es.example>",
         to="farmacia@botica-online-24.example",
         subject="Pedido 24-778120",
         body="""\
Hola,

El martes recibimos el pedido 24-778120 para mi padre (81 años). La receta del endocrino es levotiroxina 25 microgramos, un comprimido al día, y así aparece en el resumen del pedido. Pero la caja que nos mandasteis pone 200 microgramos. Yo no me di cuenta, se lo preparé en el pastillero y lleva tres días tomándolo.

Desde ayer tiene el corazón muy acelerado, le tiemblan las manos y casi no ha dormido. Lo llevamos a urgencias esta mañana y está en observación.

Quiero saber cómo ha pasado esto y si el mismo lote se ha enviado a otros pacientes con la misma receta, porque a una persona mayor que vive sola nadie se lo va a revisar. Adjunto foto de la caja y del albarán.

Jorge Sanabria"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer.bcn@postal-cat.example>",
         to="socios@vitalgym-centros.example",
         subject="Máquina de poleas sala 2 - centro Sant Andreu",
         body="""\
Hola,

Soy socia del centro de Sant Andreu. Ayer por la tarde, hacia las 19:30, se partió el cable de la polea alta de la sala 2 mientras un chico hacía jalón al pecho. El bloque de pesas cayó de golpe y le aplastó el pie a otro socio que estaba al lado estirando. Se lo llevaron en ambulancia, creo que con fractura.

Hoy he vuelto y la máquina sigue ahí, solo con un folio pegado que dice "no usar". La de al lado, mismo modelo, tiene el cable deshilachado en la parte de arriba, se ve a simple vista, y la gente la está usando.

Os escribo porque el monitor de turno me dijo que "eso lo lleva mantenimiento". Por favor, retirad las dos y revisad el resto antes de que pase otra vez.

Lucía Ferrer
Socia n.º 08-33917"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Andrés Villalobos <andres.villalobos@tumail.example>",
         to="clientes@seguros-horizonte.example",
         subject="Estoy viendo el expediente de otra persona",
         body="""\
Buenos días,

Al entrar en mi área de cliente, en "Mis siniestros", me aparece un expediente que no es mío: SIN-2026-118402, a nombre de una tal Remedios G. Dentro se pueden abrir el informe médico de urgencias, una copia de su DNI por las dos caras, su dirección y el IBAN donde le pagan la indemnización.

Mi siniestro (el de la luna del coche, SIN-2026-117954) ya no aparece.

No he descargado nada y he cerrado sesión, pero me imagino que a ella le puede estar pasando lo mismo con mis datos. Os agradecería que lo arreglarais cuanto antes y que me confirméis quién ha podido ver mi expediente.

Un saludo,
Andrés Villalobos
Póliza AU-5520871"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Farmacia Ldo. Pérez Olmedo <farmacia.perezolmedo@farmared.example>",
         to="soporte@farmagestion.example",
         subject="URGENTE no podemos dispensar",
         body="""\
Buenos días,

Desde las 9:10 el módulo de receta electrónica de FarmaGestión no conecta. Al leer la tarjeta sanitaria el programa se queda pensando un par de minutos y luego sale "Error de comunicación con el nodo". Pasa en los tres mostradores. Internet funciona y el datáfono también.

Tenemos cola hasta la calle, casi todo gente mayor con tratamientos crónicos, y no podemos dispensar nada que vaya con receta electrónica. Algunos ya se han ido sin su medicación.

Por favor llamad en cuanto podáis al fijo de la farmacia que tenéis en la ficha. Cliente n.º FG-2210.

Ana Pérez
Farmacia Pérez Olmedo - Alcalá de Henares"""),

    dict(n=6, signals="outage", priority="high", trap="name", qt=0, reply=0,
         frm="Iñaki Goikoetxea <inaki.goiko@euskomail.example>",
         to="ayuda@aparkapp.example",
         subject="¿Está caída la app?",
         body="""\
Kaixo,

Llevo media hora intentando sacar el tique de zona azul en Bilbao y la app me da "Error de conexión con el servidor" cada vez. He probado con wifi y con datos, he desinstalado y vuelto a instalar, y ahora ni siquiera me deja entrar a mi cuenta porque el login se queda cargando.

¿Tenéis una caída? Porque tengo el coche aparcado delante del trabajo y ya me pusieron una multa el mes pasado por lo mismo. No hay parquímetro en toda la calle, solo se puede pagar con la app.

Iñaki"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Clínica Dental Sonrisas Mediterráneo <lab@sonrisas-med.example>",
         to="soporte@dentalab-conecta.example",
         subject="Subida de escaneos lentísima",
         body="""\
Hola,

Desde el lunes la subida de escaneos intraorales al portal va lentísima: un archivo STL de 30 MB que antes tardaba un minuto ahora tarda 35-40 minutos, y dos veces se ha cortado al 90 %.

De momento os los estamos mandando por WeTransfer a la dirección del laboratorio y los técnicos los reciben bien, así que no estamos parados, pero es un lío porque luego no quedan asociados a la orden de trabajo en el portal.

¿Podéis revisarlo? Si necesitáis una prueba os pasamos el archivo.

Gracias,
Marta (recepción)
Clínica Dental Sonrisas Mediterráneo - Castellón"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Óscar Pineda <oscar.pineda@logistica-tajo.example>",
         to="incidencias@almacen-cloud.example",
         subject="Escáneres en rojo - almacén Illescas",
         body="""\
Buenas,

Desde la actualización de esta noche, todas las PDA del almacén de Illescas muestran la pantalla en rojo con "Sin conexión con el servidor WMS" al escanear. Son 42 terminales, las 42 igual. El wifi del almacén va bien, los ordenadores de oficina entran al WMS por navegador, pero las pistolas no.

Sin escanear no podemos ni recepcionar ni preparar pedidos. Ahora mismo tenemos 9 camiones esperando en muelle y el turno de mañana (60 personas) parado desde las 6. A las 14:00 salen las rutas a tiendas.

Necesito que alguien nos llame YA o que nos digáis cómo volver a la versión anterior en los terminales.

Óscar Pineda
Jefe de operaciones - Logística Tajo
Tel. 925 000 417"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Valentina Rojas <vale.rojas.ilustra@correo-latam.example>",
         to="comunidad@espacio-colmena-cowork.example",
         subject="planta 2 sin internet desde ayer",
         body="""\
Hola equipo de Colmena,

Desde ayer a media tarde no hay internet en la planta 2. El wifi aparece, conecta, pero no carga ninguna página, y las tomas de red de las mesas tampoco dan conexión. En la planta 1 parece que sí funciona pero está llena y no hay sitio.

Yo trabajo todo en la nube (ilustración para una editorial, archivos pesados) y hoy tenía que entregar; estoy tirando de los datos del móvil pero no me da ni para subir un PDF.

Ya se lo comenté ayer a la persona de recepción pero no sé si llegó a vosotros. ¿Sabéis cuándo estará arreglado?

Valentina Rojas
Mesa fija 2-14"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Daniel Contreras <dcontreras@mail-chile.example>",
         to="reservas@rentacar-islas.example",
         subject="Me rechazan la tarjeta para la fianza - reserva RC-440921",
         body="""\
Hola,

Tengo reservado un coche para recoger mañana a las 8:00 en el aeropuerto de Tenerife Norte (reserva RC-440921). En la web me pide completar la fianza de 600 € antes de la recogida, y mi tarjeta de crédito sale rechazada una y otra vez: "operación denegada".

Hablé con mi banco y me dicen que a ellos ni les llega la operación, que la tarjeta está bien y tiene límite de sobra. Probé también con la tarjeta de mi mujer y pasa lo mismo.

Aterrizamos esta noche con dos niños y sin coche no tenemos forma de llegar al alojamiento, que está en el norte. ¿Hay otra forma de pagar la fianza? ¿Se puede hacer en el mostrador?

Daniel Contreras"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Carmen Rubio <carmenrubio.vet@correo-sur.example>",
         to="planes@mascotasalud.example",
         subject="Me seguís cobrando el plan de Lola",
         body="""\
Buenas tardes,

En marzo di de baja el plan de salud de mi perra Lola (plan Básico, 14,90 €/mes) porque nos mudamos a Granada y cambiamos de veterinario. Tengo el correo de confirmación de la baja del 12 de marzo.

Aun así, me habéis pasado el cargo en abril, mayo y junio. Son 44,70 € que no debería haber pagado.

Os pido que me devolváis esos tres recibos y que confirméis que no habrá más cargos.

Un saludo,
Carmen Rubio
DNI terminado en 4417-K"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Ramón Iglesias <ramon.iglesias@hogarmail.example>",
         to="facturacion@solaris-autoconsumo.example",
         subject="Recibo devuelto noviembre",
         body="""\
Hola,

Me ha llegado un aviso de que el recibo de noviembre (factura SA-2611-09231, 38,12 €) ha sido devuelto por el banco y que me cobraréis 4,50 € de gastos de devolución.

He mirado la cuenta y el día del cargo tenía saldo de sobra, y en el banco me dicen que no les ha llegado ninguna orden de domiciliación vuestra ese día. Creo que el error es de vuestro lado, igual tenéis mal el IBAN desde que cambié de cuenta en septiembre (os lo mandé por el formulario).

¿Me lo podéis revisar y quitar los gastos? Dime cómo pago el recibo pendiente para no tener problemas.

Ramón Iglesias
Instalación Solaris n.º 7730 - Lugo"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Nuria Casals <nuria.casals@correu-mail.example>",
         to="atencion@navieras-baleares.example",
         subject="consulta",
         body="""\
Hola, una consulta rápida, nada urgente.

En el extracto de la tarjeta me aparece, además del billete Barcelona-Mahón (reserva NB-908812, 112 €), un cargo aparte de 2,50 € que pone "GESTION NB". ¿A qué corresponde? En la confirmación de la reserva no lo veo desglosado.

Gracias,
Nuria"""),

    dict(n=14, signals="account", priority="high", trap="plain", qt=0, reply=0,
         frm="Fernando Salgado <f.salgado@importaciones-salgado.example>",
         to="clientes@transitarios-atlantico.example",
         subject="Cuenta bloqueada en el portal - necesito el DUA hoy",
         body="""\
Buenos días,

Esta mañana, después de varios intentos (creo que el gestor de contraseñas tenía guardada una antigua), el portal de clientes me dice "Cuenta bloqueada. Contacte con su gestor". Le he dado a "recuperar contraseña" pero no llega ningún correo, ni en spam.

Soy el único usuario de la empresa en el portal. Necesito descargar hoy el DUA y el certificado de origen del contenedor MSKU 771043-2 que llegó a Valencia el lunes; el transportista lo recoge mañana a primera hora y sin esa documentación no lo sueltan.

¿Podéis desbloquearla o mandarme los documentos por correo mientras tanto?

Fernando Salgado
Importaciones Salgado S.L. - cliente 30018"""),

    dict(n=15, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Pilar Moreno Azcona <pilarmorenoaz@buzon-es.example>",
         to="abonados@teatro-municipal-soria.example",
         subject="Tengo dos cuentas",
         body="""\
Buenas,

Al comprar el abono de temporada en taquilla me dieron de alta con el correo del trabajo, pero yo ya tenía cuenta en la web con mi correo personal desde hace años, con las entradas compradas y los puntos del programa Amigos del Teatro.

Ahora tengo dos cuentas: en una está el abono y en la otra los puntos y el historial. Cuando intento canjear los puntos me dice que no tengo abono, y viceversa.

¿Se pueden juntar en una sola, la del correo personal? No me importa perder la otra.

Muchas gracias,
Pilar Moreno"""),

    dict(n=16, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Héctor Lozano <hector.lozano77@correo-mx.example>",
         to="comedores@servicios-escolares-ayto.example",
         subject="Titular de la cuenta del comedor",
         body="""\
Buenas tardes:

Mi hijo Mateo (3º de primaria, CEIP Los Almendros) usa el comedor escolar. La cuenta de la plataforma está a nombre de su madre, de quien estoy separado, y desde septiembre la custodia es mía (tengo la sentencia).

El problema es que yo no puedo ver los menús, ni apuntarlo a los días sueltos, ni recibir los avisos; todo le llega a ella, y ella ya no gestiona nada. Además la domiciliación sigue en su cuenta.

¿Qué tengo que hacer para que el titular de la cuenta sea yo? Puedo llevar la documentación a la oficina si hace falta.

Atentamente,
Héctor Lozano Gil"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Encarna Villar <encarnavillar@telemail.example>",
         to="ayuda@bancoliva-digital.example",
         subject="Pregunta sobre la verificación en dos pasos",
         body="""\
Hola buenas,

Mi nieta me ha dicho que active la verificación en dos pasos en la app del banco, pero no sé dónde está. He mirado en "Perfil" y en "Ajustes" y no lo encuentro.

¿Me podéis decir los pasos? Y otra pregunta: si cambio de móvil, ¿tengo que volver a hacerlo todo?

Gracias, muy amables.
Encarna Villar"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bea Santamaría <bea@colmena-eventos.example>",
         to="hola@catering-la-alacena.example",
         subject="¡Lo del jueves fue un bombazo!",
         body="""\
¡Hola, chicos!

Os escribo para daros las gracias por el catering del jueves en Colmena. La presentación del libro fue un bombazo: vino el doble de gente de la esperada, la sala estaba que ardía y aun así las croquetas aguantaron hasta el final (bueno, casi, la gente se las quitaba de las manos).

La mesa de quesos mató a todo el mundo, y lo de las mini tortillas, un peligro, no podía parar de comer.

Ya os pediré presupuesto para la fiesta de Navidad de la comunidad, andamos a tope pero cuenta con ello.

Un abrazo enorme,
Bea
Community manager - Espacio Colmena"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Tomás Guerrero <tomas.guerrero.casas@correo-rural.example>",
         to="info@solaris-autoconsumo.example",
         subject="Batería y apagones - antes de contratar",
         body="""\
Hola,

Estoy pensando en ampliar mi instalación con una batería y tengo algunas dudas antes de pedir presupuesto.

Vivo en una casa de campo en Jaén y aquí los apagones son bastante habituales, sobre todo con tormenta. ¿La batería que ofrecéis tiene modo de respaldo, es decir, si se cae la red sigue dando luz a la casa o se apaga todo igualmente? ¿Cuánto tarda la carga completa en invierno con 6 paneles?

Y lo último: si el corte dura varias horas, ¿puedo elegir qué enchufes siguen funcionando (la nevera y la bomba del pozo, sobre todo)?

Gracias de antemano,
Tomás Guerrero"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Raúl Espinosa <raul.espinosa@corredor-mail.example>",
         to="soporte@entrenaya-app.example",
         subject="Todo bien ya",
         body="""\
Hola,

Solo para comentaros que desde la versión 3.8 la app ya no se cuelga al sincronizar con el reloj, y las rutas de las salidas largas se guardan enteras. Llevaba semanas con ese problema y no ha vuelto a fallar ni una vez.

Tampoco se me ha vuelto a cobrar dos veces la cuota, que era lo otro que os comenté. Así que nada, todo perfecto.

Gracias por hacerme caso,
Raúl"""),

    dict(n=21, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Alba Cifuentes <alba.cifuentes.cv@correo-pro.example>",
         to="empleo@vetcloud-software.example",
         subject="Candidatura - Técnica de soporte N2",
         body="""\
Estimado equipo de selección:

Les escribo para presentar mi candidatura a la vacante de Técnica de soporte de segundo nivel publicada el 4 de noviembre.

Durante los últimos cuatro años he trabajado en el soporte de un software de gestión hospitalaria, donde me encargaba de las incidencias críticas: caídas del sistema en fin de semana, bloqueos de cuentas de usuarios, errores de facturación y brechas de seguridad menores, siempre coordinando con desarrollo y con el responsable de protección de datos. También preparé el protocolo de guardias.

Antes trabajé dos años como auxiliar en una clínica veterinaria, así que conozco bien el día a día de sus clientes.

Adjunto mi CV y quedo a su disposición para una entrevista.

Un cordial saludo,
Alba Cifuentes Marín"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gloria Méndez <gloria.mendez@correo-andino.example>",
         to="atencion@navieras-baleares.example",
         subject="RE: Cobro duplicado reserva NB-902145",
         body="""\
Hola Sergio,

Confirmado, hoy me ha llegado la devolución a la cuenta. Muchas gracias por la gestión y por la paciencia, ¡nos vemos en el barco en Semana Santa!

Saludos,
Gloria

El vie, 13 nov 2026 a las 12:41, Atención al Cliente Navieras Baleares <atencion@navieras-baleares.example> escribió:
> Estimada Gloria:
> Hemos comprobado que el segundo cargo fue un error de nuestra pasarela.
> Hemos ordenado la devolución de 164,00 €; puede tardar de 3 a 5 días hábiles.
> Un saludo, Sergio
>
> El jue, 12 nov 2026, Gloria Méndez escribió:
> > Buenas, me habéis cobrado dos veces el billete Valencia-Ibiza
> > (164 € cada cargo) y solo tengo una reserva. Necesito que me
> > devolváis el cargo repetido."""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Sergio Llamas <sergio.llamas@mimail-es.example>",
         to="soporte@zityclic-carsharing.example",
         subject="urgente, me han robado el movil",
         body="""\
Hola, os escribo desde el ordenador de un amigo.

Hace una hora me han robado el móvil en el metro (línea 5, Madrid). En el móvil tengo vuestra app con la sesión abierta y la tarjeta guardada, y con ella se pueden abrir y arrancar los coches sin nada más. No tenía bloqueo de pantalla, lo sé, fallo mío.

He intentado entrar desde la web para cerrar la sesión pero me pide un código que llega por SMS... al móvil robado. Así que no puedo hacer nada desde mi cuenta.

Por favor bloquead mi cuenta ya para que nadie pueda coger un coche a mi nombre. Mi usuario es sllamas_mad y el correo este mismo.

Sergio Llamas"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Irene Balaguer <irene@festival-mareas-sonoras.example>",
         to="soporte@acreditapp.example",
         subject="RE: Impresión de acreditaciones",
         body="""\
Hola Pablo,

Os confirmo que sigue igual: la integración con las impresoras de tarjetas de la oficina de acreditaciones no funciona desde el viernes. Al darle a "Imprimir" la cola se queda en "pendiente" y no sale nada. Las altas, las fotos y los QR sí funcionan bien.

Sin prisa de momento: estamos exportando el PDF y lo imprimimos en papel adhesivo con la impresora normal, queda más cutre pero vale. Lo que sí necesitaríamos es tenerlo listo antes del 10 de diciembre, cuando empiezan a venir los medios y prensa a recoger las acreditaciones.

Gracias,
Irene Balaguer
Producción - Festival Mareas Sonoras

De: Pablo Ortega <soporte@acreditapp.example>
Enviado: lunes, 16 de noviembre de 2026 10:05
Asunto: RE: Impresión de acreditaciones
> Hola Irene, estamos revisando el conector de impresión.
> ¿Puedes confirmar si el problema continúa después de reiniciar el equipo?"""),
]
