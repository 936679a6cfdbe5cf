# blind8 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mercedes Olaizola Berasategui <merce.olaizola@correo-norte.example>",
         to="atencion.cliente@movilidad-sendero.example",
         subject="Consulta sobre la silla de mi padre (pedido 44-21873)",
         body="""\
Buenos días:

Mi padre, Ignacio, usa desde septiembre la silla eléctrica Sendero 3 que compramos en su tienda online. En general estamos contentos, la batería dura bastante y él se maneja bien con ella por la residencia.

Les escribo porque ayer por la tarde, bajando la rampa del jardín, soltó el mando y la silla no se paró. Siguió avanzando dos o tres metros hasta que chocó contra el banco de piedra. Ahora nos cuenta que no es la primera vez, que el lunes le pasó algo parecido en el pasillo, pero no quiso decir nada para no molestar. Tiene 84 años y no reacciona rápido; si llega a pasarle en la acera de fuera, con los coches, no quiero ni pensarlo.

Le he pedido que no la use hasta que ustedes la revisen, y de momento va en una silla manual de la residencia. ¿Me pueden decir cómo lo hacemos? Podemos llevarla a donde nos indiquen o que pase un técnico por la residencia Los Almendros, en Tudela.

Gracias y un saludo,
Mercedes Olaizola
Tel. 600 000 417"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Arantxa Peñalver <peluqueria.arantxa@buzon-getafe.example>",
         to="profesional@colorpro-cosmetica.example",
         subject="Lote 7.3 cobrizo - necesito hablar con alguien HOY",
         body="""\
Hola, soy la dueña de Peluquería Arantxa en Getafe, trabajamos con vuestra línea Color Pro desde hace años.

Esta mañana le he aplicado el 7.3 a una clienta de toda la vida (le hice la prueba en la nuca hace 48 h y nada de nada). A los veinte minutos empezó a decir que le picaba muchísimo, le aclaré enseguida, pero cuando se iba tenía la frente y los párpados tan hinchados que casi no veía y por detrás de las orejas le supuraba el cuero cabelludo. Su hija se la ha llevado a urgencias.

Tengo otros tres tubos del mismo lote (L2309-B) y los he apartado. ¿Os ha pasado con más salones? ¿Qué hago con ellos y qué datos necesitáis?

Arantxa Peñalver
Peluquería Arantxa · 916 000 312"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Julián Barbero <jbarbero@construcciones-barbero.example>",
         to="alquiler@andamios-levante.example",
         subject="Andamio alquilado obra c/ Almansa 14 - abrazaderas",
         body="""\
Buenas tardes,

Somos Construcciones Barbero e Hijos, tenemos alquilado con ustedes el andamio tubular del contrato AL-2026-0913 en la obra de la calle Almansa 14 (Albacete).

Hoy a las 11:40 una de las abrazaderas del tercer nivel se ha partido por la mitad con dos oficiales encima. La plataforma se ha ladeado y uno de ellos se ha quedado colgando del arnés hasta que el compañero lo ha podido subir. Está bien, con un golpe en el hombro, pero el susto ha sido gordo. Hemos revisado el resto y hay al menos cuatro abrazaderas más con una grieta fina junto al tornillo, todas con el mismo marcado.

Hemos parado la obra y acordonado la acera porque el andamio da a la calle. Necesitamos que venga hoy mismo un técnico vuestro y que nos confirméis si el resto del material de ese envío es del mismo lote. Adjunto fotos.

Julián Barbero
Jefe de obra - 655 000 281"""),

    dict(n=4, signals="safety", priority="critical", trap="data-exposed", qt=0, reply=0,
         frm="Carmen Ibarrola <carmen.ibarrola@correo-pisuerga.example>",
         to="ayuda@telesalud-vital.example",
         subject="esto no es mío",
         body="""\
Hola,
Acabo de entrar en la app para ver el resultado de mi analítica y el PDF que me sale es de otra persona: Rosa María Quintanilla, con su DNI, su dirección en Zaragoza, su número de tarjeta sanitaria y unos resultados de VIH y de embarazo. Yo soy Carmen, de Valladolid, no tengo nada que ver con ella.

Si yo estoy viendo lo suyo, ¿quién está viendo lo mío? Mi videoconsulta fue el martes con la Dra. Lomas, cita TV-558203.

No he descargado ni reenviado nada, lo he cerrado en cuanto me he dado cuenta. Quiero una explicación por escrito, por favor.

Carmen Ibarrola"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rubén Outeiral <ruben@lavados-ria.example>",
         to="soporte@tpv-lavado.example",
         subject="URGENTE!! terminales sin conexión en los 6 centros",
         body="""\
Buenos días,

Desde las 7:15 ninguno de los terminales de pago de los túneles de Lavados Ría (Vigo, Redondela, Cangas, Moaña y los dos de Pontevedra) pasa tarjetas. Sale "SIN CONEXIÓN CON SERVIDOR - REINTENTE" y de ahí no sale. Hemos reiniciado los equipos y el router, y el 4G de respaldo tampoco va.

Es sábado, el día que más facturamos, hay colas de coches en todos los centros y solo podemos cobrar con fichas a los pocos que traen efectivo. Los encargados me llaman sin parar.

Cliente n.º 30877. He llamado al teléfono de soporte y sale una locución de fuera de horario. Por favor que alguien me llame al 686 000 904 cuanto antes.

Rubén Outeiral
Lavados Ría S.L."""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Noelia Ferraz <nferraz@talher-logistica.example>",
         to="help@seleccionaya.example",
         subject="¿Plataforma caída?",
         body="""\
Hola, ¿está caída la plataforma? Desde hace una hora ni yo ni mis dos compañeras de RRHH podemos abrir los procesos de selección: después del login la página se queda en blanco y a veces sale un error 502. Probado en Chrome, en Edge y desde el móvil con datos.

Tenemos entrevistas por videollamada desde la plataforma a las 12:00 y a las 13:30 con candidatos de fuera, y sin acceso no puedo ver ni los enlaces ni los CV.

Cuenta: Grupo Talher Logística. Quedo atenta.
Noelia Ferraz – Técnica de selección"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Íñigo Zurbano <inigo@fincas-zurbano.example>",
         to="soporte@firmaclara.example",
         subject="Envíos para firma tardan muchísimo",
         body="""\
Buenas,

desde ayer por la tarde los documentos que mandamos a firmar tardan entre 20 y 40 minutos en llegarle al firmante, cuando antes era al momento. Algunos creo que ni llegan, pero el panel los marca como "Enviado" igualmente, así que no lo sé seguro.

Mientras tanto estamos copiando el enlace de firma del panel y mandándolo nosotros por correo, que eso sí funciona, pero con 15 o 20 contratos de alquiler al día es un rollo.

¿Es algo general o es cosa de nuestra cuenta? Gracias.

Íñigo
Administración de Fincas Zurbano"""),

    dict(n=8, signals="outage", priority="critical", trap="late-reveal", qt=0, reply=0,
         frm="Alicia Calvo Nieto <alicia.calvo@deportes-calvo.example>",
         to="clientes@clickrecoge.example",
         subject="Consulta urgente — taquillas Click&Recoge",
         body="""\
Buenos días,

Escribo desde Deportes Calvo. Tenemos contratadas con vosotros las taquillas de recogida en nuestras 9 tiendas de Andalucía desde la campaña del año pasado y hasta ahora sin quejas, la verdad.

Desde anoche, sobre las 22:00, no se abre ni una. El cliente mete el código o escanea el QR, la pantalla se queda con el círculo dando vueltas y al final sale "Operación no disponible". La app de gestión de tienda tampoco carga, así que ni siquiera podemos abrir los cajones en remoto. Ahora mismo hay unos 340 pedidos encerrados y, con el puente, la gente está viniendo a recogerlos. En Sevilla Este ya hay cola y los dependientes no saben qué decir.

Necesitamos una solución o al menos la forma de abrirlas a mano YA. Contrato CR-00318.

Alicia Calvo Nieto
Dirección de Operaciones"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Beatriz Ocampo <beatriz@gestoria-ocampo.example>",
         to="soporte@fiscalgest.example",
         subject="El programa no arranca tras actualizar",
         body="""\
Hola, buenas tardes.

Gestoría Ocampo, licencia de 3 puestos n.º GF-20931. Esta mañana el programa pidió instalar la actualización 26.4 y desde entonces no abre en ninguno de los tres ordenadores: sale la ventanita de "Cargando módulos…" y se queda ahí, sin error ni nada, hasta que lo cierras desde el administrador de tareas. Hemos reiniciado, desactivado el antivirus y probado con un usuario administrador de Windows.

Sin el programa estamos de brazos cruzados, y tenemos las nóminas de diciembre de 60 clientes por delante. ¿Hay alguna forma de volver a la versión anterior mientras lo arregláis?

Un saludo,
Beatriz Ocampo"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Lucía Bermejo <lucia.bermejo@correo-sur.example>",
         to="entradas@teatrodelsauce.example",
         subject="cobro doble",
         body="""\
Hola. Compré 4 entradas para "La casa de las bicicletas" del 19 de diciembre (pedido TS-771402). La web dio error al pagar, repetí y salió bien, pero en el banco tengo dos cargos de 112,00 €. Entradas solo me han llegado una vez. ¿Me devolvéis el segundo?

Lucía"""),

    dict(n=11, signals="payment", priority="high", trap="safety", qt=1, reply=1,
         frm="Sergio Manjón <sergio.manjon@correo-rioja.example>",
         to="atencion@ebikes-montana.example",
         subject="RE: Devolución bicicleta eléctrica - Ticket #58812",
         body="""\
Buenas tardes de nuevo,

Han pasado cinco semanas desde que el transportista recogió la bici (tengo el albarán firmado del 3 de noviembre) y sigo sin ver el reembolso de 1.890 €. En su último correo me dijeron 10 días hábiles. Ese dinero lo necesito: lo pagué de una vez con la tarjeta y a final de mes me toca pagar la matrícula del conservatorio de mi hija.

¿Me pueden dar una fecha concreta o el justificante de la transferencia?

Un saludo,
Sergio Manjón

-----Mensaje original-----
De: Sergio Manjón
Enviado el: martes, 27 de octubre de 2026 19:02
Para: atencion@ebikes-montana.example
Asunto: Devolución bicicleta eléctrica - Ticket #58812

> Quiero devolver la E-Trail 500. La batería se calienta tanto después de
> cargarla que no se puede tocar, y ayer salía olor a plástico quemado del
> compartimento. No me fío de tenerla en el garaje."""),

    dict(n=12, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="Pablo Recio <pablo.recio@correo-centro.example>",
         to="clientes@lentivista.example",
         subject="Baja de la suscripción y me seguís cobrando",
         body="""\
Hola:

El 2 de noviembre di de baja desde la web la suscripción mensual de lentillas diarias (Plan Visión 30) y me llegó el correo de confirmación, lo tengo guardado. Aun así, el 5 de diciembre me habéis pasado otro cargo de 38,90 € y me ha llegado a casa una caja que no he pedido.

No quiero las lentillas. Os las devuelvo sin abrir si me mandáis una etiqueta, pero quiero que me reembolséis el cargo y que confirméis que no habrá más.

N.º de cliente 2210-487.

Saludos,
Pablo Recio"""),

    dict(n=13, signals="payment", priority="low", trap="angry-minor", qt=0, reply=0,
         frm="Nacho Villalba <nachovillalba@correo-mad.example>",
         to="ayuda@taxiahora.example",
         subject="¿¿Y esto??",
         body="""\
A ver, que alguien me explique esto. En el recibo del viaje de ayer (Plaza de Castilla → aeropuerto, 23,40 €) aparece una línea de "Tarifa de reserva anticipada 0,50 €". ¡¡YO NO RESERVÉ NADA CON ANTELACIÓN!! Pedí el taxi y llegó en 6 minutos.

No es por los 50 céntimos, es por las formas: no avisáis de nada, lo metéis en letra pequeña y a correr. ¿Se cobra siempre o qué? Porque si es siempre quiero saberlo ANTES de pedir el coche.

Nacho"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Álvaro Quiroga <alvaro.fisio@correo-galicia.example>",
         to="soporte@fiscalia-pro.example",
         subject="No me llega el código de verificación",
         body="""\
Hola,

Llevo desde ayer intentando entrar en mi cuenta (soy autónomo, fisioterapeuta) y no hay manera. Pongo usuario y contraseña bien, me dice que me ha enviado un SMS con el código, y el SMS no llega nunca. He dado a "reenviar" no sé cuántas veces.

Creo que el problema es que en verano cambié de compañía y de número, y el código debe de estar yendo al número viejo, que ya no existe. Pero para cambiar el teléfono me pide entrar primero. Un círculo.

Tengo que descargar las facturas emitidas del trimestre y mandárselas a mi asesora antes del lunes. ¿Cómo lo hacemos? Si hace falta os mando foto del DNI.

Gracias,
Álvaro Quiroga"""),

    dict(n=15, signals="account", priority="medium", trap="colleague", qt=0, reply=0,
         frm="Ramón Escuder <ramon@viveros-elalmez.example>",
         to="soporte@tiendaverde-pos.example",
         subject="Acceso de Marta al panel",
         body="""\
Hola.

Somos Viveros El Almez (cuenta 7781). La semana pasada os pedí que quitarais el acceso a un antiguo empleado, Javier Sanz. Lo hicisteis, gracias, pero desde entonces Marta Cid, nuestra encargada, tampoco puede entrar: le sale "Este usuario no pertenece a ninguna organización". Me da que al borrar a Javier se la llevaron por delante a ella también.

Es la que lleva los pedidos de planta de temporada, así que ¿podéis devolverle el acceso con los mismos permisos que tenía? Mientras tanto está usando mi usuario, cosa que no me hace ninguna gracia.

Gracias,
Ramón Escuder"""),

    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Maribel Oyarzun <m.oyarzun@ayto-irun-trabajo.example>",
         to="portal@asociaciones-online.example",
         subject="cambiar correo",
         body="""\
Buenas tardes,

soy socia de la Asociación Coral San Andrés y uso el portal para ver las convocatorias de ensayo y pagar la cuota. Me registré con el correo del trabajo y me jubilo en enero, así que me lo van a quitar.

¿Cómo cambio el correo de mi cuenta por uno personal sin perder lo que tengo? En "Mi perfil" no encuentro la opción.

Muchas gracias y felices fiestas,
Maribel Oyarzun"""),

    dict(n=17, signals="account", priority="medium", trap="merged", qt=0, reply=0,
         frm="Jaime Larrañaga <jaime.larranaga@correo-vasco.example>",
         to="app@termasdelrobledal.example",
         subject="Problema con la app",
         body="""\
Hola, buenas.

Mi mujer y yo somos abonados de las Termas del Robledal desde hace dos años, cada uno con su abono y su cuenta en la app.

Desde la última actualización pasa algo raro: ella entra con su correo y le sale mi perfil, con mis reservas de sauna y de circuito, y de las suyas ni rastro. Y yo, con mi correo, ahora tengo "no existe ninguna cuenta con este email". Parece que se han juntado las dos cuentas en una y la mía ha desaparecido.

Ella tenía reservado el circuito termal para el sábado con una amiga y no sabemos si sigue en pie. ¿Podéis separarlas otra vez? Abonados 40211 (Jaime Larrañaga) y 40212 (Itziar Goikoetxea).

Gracias"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Dani Roca <dani@tintanorte-tattoo.example>",
         to="hola@agendink.example",
         subject="Gracias por la agenda nueva!",
         body="""\
Hola equipo!

Solo quería deciros que la agenda nueva con señal online es una pasada. Desde que la pusimos en noviembre el estudio está que echa humo: lista de espera hasta marzo y los plantones han bajado a casi cero. Lo de que el cliente suba la foto del diseño de referencia al reservar es la bomba, nos ahorra mil mensajes por Instagram.

Una sugerencia, por si os sirve: estaría genial poder bloquear huecos cortos de 30 min solo para retoques, que ahora tenemos que meterlos como cita normal.

Un abrazo,
Dani
Tinta Norte Tattoo"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Mónica Sanchidrián <msanchidrian@iesvalletietar.example>",
         to="grupos@cines-alberche.example",
         subject="Sesión para institutos",
         body="""\
Buenos días,

Les escribo desde el departamento de Geografía e Historia del IES Valle del Tiétar. Queremos llevar a los dos grupos de 4.º de ESO (58 alumnos y 4 profesores) a ver "Apagón", el documental sobre el corte eléctrico de la península, porque encaja con el tema de energía que estamos dando.

¿Hacen sesiones matinales para centros educativos entre semana? ¿Qué precio tendría por alumno? ¿Los profesores pagan entrada? Lo ideal sería la semana del 19 al 23 de enero.

Gracias de antemano,
Mónica Sanchidrián"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Gema Toledano <gematoledano@correo-mad.example>",
         to="ayuda@taxiahora.example",
         subject="VERGONZOSO",
         body="""\
Ayer a las 23:40 pedí un taxi por vuestra app desde la estación. El conductor (matrícula acabada en 4417) se pasó todo el trayecto hablando por el manos libres A GRITOS y con la radio altísima, y cuando le pedí por favor que la bajara me contestó que "si no me gustaba, ahí tenía la puerta".

El recorrido y el precio, bien, eso no es el problema. El problema es la EDUCACIÓN. ¿Así seleccionáis a los conductores?? Exijo que alguien hable con este señor.

Y no me mandéis un cupón de 3 euros como la otra vez, gracias."""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Francisco Lerma <flerma@correo-levante.example>",
         to="clientes@hogarseguro-alarmas.example",
         subject="Alarma + pregunta sobre teclado",
         body="""\
Hola,

Primero, gracias: en octubre os escribí porque la alarma de casa saltaba de madrugada sin que hubiera nadie y la central acabó mandando una patrulla dos noches seguidas. Vino Óscar, el técnico, cambió el detector del pasillo y desde entonces ni un solo aviso falso. Todo perfecto.

Ahora la pregunta: queremos poner un segundo teclado en la puerta que va del garaje a la cocina. ¿El modelo K-20 es compatible con nuestra central (la que pone HX-4 en la tapa)? ¿Lo podemos instalar nosotros o tiene que venir un técnico? Y más o menos, ¿cuánto costaría?

Un saludo,
Francisco Lerma
Cliente 118-2271"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jordi Casals <jordi@forncasals.example>",
         to="soporte@fichaje-facil.example",
         subject="Re: Incidencia fichaje - la app no carga en las tablets",
         body="""\
¡Ya está! Acaban de fichar todos los del turno sin problema. Gracias Alba por la rapidez, y por llamarme para avisar.

Lo del informe mensual de horas que te comenté lo miramos con calma la semana que viene, no corre ninguna prisa.

Jordi
Forn Casals – obrador de Terrassa

El mié, 9 dic 2026 a las 8:31, Alba Ruiz <soporte@fichaje-facil.example> escribió:
> Hola Jordi, hemos reiniciado el servicio de sincronización. ¿Puedes probar de nuevo?
>
> El mié, 9 dic 2026 a las 7:52, Jordi Casals <jordi@forncasals.example> escribió:
>> Buenos días, desde las 6:00 la app de fichaje no carga en ninguna de las dos
>> tablets del obrador, se queda la pantalla en blanco. Hay 45 personas que no
>> pueden fichar la entrada. ¿Está caído el servicio?"""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Elena Montesinos <coordinacion@pequenosol.example>",
         to="soporte@agendainfantil.example",
         subject="Nadie puede entrar en la app (6 escuelas)",
         body="""\
Buenos días,

Soy la coordinadora de las Escuelas Infantiles Pequeñosol (6 centros en Murcia y Cartagena, cuenta corporativa PS-1102).

Esta noche la app nos ha obligado a todos a cambiar la contraseña. Desde esta mañana, a las familias que lo intentan les sale "enlace no válido" y no pueden entrar; a las que no lo han intentado tampoco, les pone "credenciales incorrectas". Son más de 400 familias.

Y lo peor es que las educadoras tampoco pueden acceder desde las tablets de aula: no podemos registrar las entradas de los niños, ni las comidas, ni las siestas, ni mandar avisos a los padres. Hemos vuelto a las hojas de papel, pero los teléfonos de los seis centros no paran de sonar.

Por favor, es urgente.
Elena Montesinos"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Esther Lamas <elamas@almacen-henares.example>",
         to="soporte@wms-nexo.example",
         subject="RE: [Caso 2026-11873] Impresión de etiquetas desde el WMS",
         body="""\
Hola Iker,

Te confirmo que seguimos igual: desde el terminal del muelle 3 las etiquetas de palé no salen por la Zebra, la cola se queda en "pendiente". Las otras cuatro impresoras van bien.

De momento las imprimimos desde el PC de la oficina y las llevamos a mano al muelle, así que no es urgente, podemos aguantar así unos días. Si necesitas logs o conectarte en remoto, dime cuándo te viene bien.

Saludos,
Esther Lamas
Almacén Logístico del Henares

-----Mensaje original-----
De: Iker Goñi <soporte@wms-nexo.example>
Enviado el: viernes, 4 de diciembre de 2026 17:20
Para: Esther Lamas
Asunto: [Caso 2026-11873] Impresión de etiquetas desde el WMS

> Hola Esther, hemos escalado la incidencia al equipo de desarrollo.
> ¿Sigue fallando la impresión en el muelle 3 o se ha resuelto tras el reinicio?"""),
]
