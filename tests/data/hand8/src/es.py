# blind9 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marisol Quintana Ferrer <marisol.qf@correo-hogar.example>",
         to="atencion@cocinasvelmar.example",
         subject="Olla Rápida Velmar 6L - la tapa",
         body="""\
Buenas tardes:

Les escribo por la olla rápida Velmar de 6 litros que compramos en octubre (pedido VM-558120).

Ayer al mediodía estaba haciendo lentejas, con la válvula todavía pitando, y de repente la tapa se soltó sola del cierre y salió disparada hacia arriba. Media olla acabó en el techo y en la encimera. Mi hija Lucía, que tiene 11 años, estaba justo al lado poniendo la mesa y le cayó el caldo hirviendo en el antebrazo y en el cuello. Tiene la piel levantada, con ampollas, y anoche estuvimos en el centro de salud hasta las doce.

Yo no toqué el asa ni abrí nada, se lo aseguro. La goma es la original y la limpiamos como dice el folleto.

He guardado la olla tal cual quedó, con la tapa doblada. ¿Qué hago con ella? ¿La mandan a recoger? Y sobre todo, ¿hay más ollas de ese lote? Porque mi cuñada tiene la misma y la usa casi a diario.

Marisol Quintana
Tel. 600 000 417"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joaquín Ibarra Sáez <jibarra.saez@telemail.example>",
         to="postventa@salvaescalerasandino.example",
         subject="Contrato mantenimiento 44-1187",
         body="""\
Hola, buenos días.

Tenemos con ustedes el contrato de mantenimiento 44-1187 del salvaescaleras de silla que instalaron en casa de mi madre (c/ Los Almendros 9, Logroño). La revisión anual tocaba en noviembre y todavía no ha venido nadie, pero no les escribo solo por eso.

El domingo mi madre, que tiene 86 años, se sentó arriba, le dio al mando para bajar y a mitad del recorrido la silla empezó a ir cada vez más deprisa. No frenó al llegar abajo: siguió hasta el tope y dio un golpe seco contra la pared del rellano. Ella se dio con la rodilla y con el hombro, tiene un moratón que le ocupa media pierna y está muy asustada. Desde entonces el mando pita y no responde.

Hemos dejado la silla desenchufada y mi madre está durmiendo en la planta baja. Les agradecería que viniera un técnico en cuanto puedan y que me digan si hay algo más que debamos hacer mientras tanto.

Un saludo,
Joaquín Ibarra"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Rubén Calvo Montes <ruben.calvo.m@mimail.example>",
         to="pedidos@aguaclara-quimicos.example",
         subject="PEDIDO 30917 - INTOXICACION al abrir la caja!!!",
         body="""\
Os escribo todavia con los ojos rojos.

El pedido 30917 (cloro en pastillas 5 kg + reductor de pH líquido 5 L) llegó esta mañana en UNA sola caja, el bote de cloro con la tapa rajada y el reductor, que es ácido, sin precinto y goteando por encima de las pastillas.

Al abrir la caja en el garaje salió una nube amarillenta con un olor fortísimo. Me dio un ataque de tos, me ardía la garganta y mi vecino tuvo que sacarme al patio. He estado en urgencias con oxígeno, en el informe pone inhalación de cloro gas. Los bomberos han tenido que venir a ventilar el garaje.

Es una barbaridad mandar en la misma caja un ácido y cloro. Si esto le pasa a un crío...

Quiero que me digáis: 1) cómo retiráis lo que queda en el garaje, que yo no pienso tocarlo, 2) si estáis mandando más pedidos así, porque alguien va a acabar muy mal.

Rubén Calvo"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daniela Ochoa Ruiz <dani.ochoa94@correo.example>",
         to="soporte@recargaya-prepago.example",
         subject="movimientos que no son míos",
         body="""\
Hola buenas noches,

tengo la tarjeta prepago RecargaYa terminación 4471, la uso nada más para el súper y la gasolina. Ayer en la tarde tenía 2.300 pesos de saldo y hoy entré a la app y tengo 14.

Hay seis cargos de anoche, entre las 2:10 y las 2:40 de la madrugada, a una página de apuestas que se llama "LuckySpin" que yo ni conozco, de 380 pesos cada uno. Yo estaba dormida y la tarjeta la tengo aquí en mi cartera, nunca se la he prestado a nadie.

Ya la bloqueé desde la app. Necesito que me digan cómo reclamo ese dinero y cómo pudieron usarla, porque con eso pago la colegiatura de mi hijo el lunes.

Daniela Ochoa Ruiz
Guadalajara, Jal."""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Íñigo Larrañaga <ilarranaga@cdarenal.example>",
         to="soporte24@accesotix.example",
         subject="URGENTE partido 18:30 - control de accesos caído",
         body="""\
Accesotix, buenas:

El sistema de control de accesos del estadio está caído desde las 16:50. Los 24 tornos de las puertas 1 a 8 muestran "servidor no disponible" y no leen ni los abonos ni las entradas del móvil. El partido es a las 18:30, tenemos 17.000 personas con entrada y ya hay colas hasta la rotonda.

Hemos abierto las puertas 3 y 4 con revisión manual, pero así no llegamos ni de broma. Llamamos al teléfono 24h y salta el contestador.

Necesitamos a alguien YA. Mi móvil: 611 000 238.

Íñigo Larrañaga
Jefe de Operaciones - CD Arenal"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Pilar Benítez Roca <pilar.benitez@buzon.example>",
         to="clientes@fibranorte.example",
         subject="avería??",
         body="""\
Hola

Desde el martes por la noche no hay manera. El router tiene la luz de LOS en rojo fijo y la de internet apagada, lo he reiniciado mil veces, he cambiado de enchufe y nada. El móvil va con datos, pero en casa ni la tele ni el ordenador.

Trabajo desde casa (soy traductora) y llevo dos días yendo a la biblioteca del pueblo a entregar los encargos, pero la biblioteca cierra por las tardes y el viernes tengo una entrega grande.

Llamé el miércoles, me dieron número de incidencia, 7781-2290, y me dijeron 48 horas. Ya han pasado. ¿Puede venir alguien o decirme qué pasa?

Cliente 20019384, c/ Real 14, Villanueva del Campo.

Gracias
Pilar"""),

    dict(n=7, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Alberto Gil Navarro <ops.rampa@handlingsur.example>",
         to="incidencias@baggtrack.example",
         subject="PDAs de rampa sin datos desde las 05:40",
         body="""\
Buenos días,

Desde las 05:40 ninguna de las PDAs de rampa recibe las listas de equipaje. Al escanear una maleta sale "sin respuesta del servidor (timeout)" y la pantalla se queda en el icono de carga. Afecta a los 38 terminales de los dos turnos, da igual si están en wifi o en 4G.

Sin la reconciliación de equipaje no podemos cerrar bodegas. Llevamos ya tres salidas retrasadas (la de las 06:15 a Bruselas salió con 50 minutos) y a partir de las 07:00 tenemos un pico de doce vuelos. Estamos cuadrando a mano con listados en papel, pero es lentísimo y las compañías ya nos están llamando.

Contrato de servicio HS-2291, nivel oro. Por favor, llamadme al 650 000 117.

Alberto Gil Navarro
Jefe de turno - Handling Sur, Aeropuerto de Almería"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Carlos Ferrán <carlosferran@mail-casa.example>",
         to="ayuda@cinestreamplus.example",
         subject="La app de la tele no carga",
         body="""\
Hola. Desde hace tres o cuatro días la aplicación de CineStream+ en la tele del salón (una Lumio 55 de 2022) se queda con la ruedecita girando en la pantalla de perfiles y de ahí no pasa. He desinstalado y vuelto a instalar, he borrado la caché, he apagado la tele del enchufe. Nada.

En el móvil y en el portátil va perfectamente con la misma cuenta, así que de momento lo vemos enchufando el portátil por HDMI, que es un rollo pero funciona.

¿Es cosa de ese modelo de tele? ¿Saben si lo van a arreglar?

Gracias, Carlos"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Nuria Soler <nsoler@museoferrocarril-villaseca.example>",
         to="soporte@taquillaweb.example",
         subject="Consulta",
         body="""\
Hola,

Perdonad que os escriba por aquí, pero el teléfono comunica todo el rato.

El panel de gestión (el backoffice que nos montasteis) lleva desde ayer por la tarde sin funcionar: al entrar sale una página en blanco y, si recargamos, "Error 502 Bad Gateway". La venta de entradas al público sí funciona, lo hemos comprobado comprando una, pero nosotros no podemos sacar los listados de reservas, ni confirmar las visitas de colegios, ni cambiar aforos.

Esta semana tenemos 14 grupos escolares y el sábado el tren histórico de Navidad, y sin los listados no podemos organizar a los guías ni saber quién ha pagado qué. Ahora mismo estamos trabajando a ciegas.

¿Podéis mirarlo con prioridad?

Nuria Soler
Coordinación de visitas
Museo del Ferrocarril de Villaseca"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Roberto Aguado Pina <raguado@correo.example>",
         to="tiendaonline@opticasmiravista.example",
         subject="Doble cobro gafas progresivas",
         body="""\
Buenas,

El día 2 encargué en vuestra web unas progresivas con montura Lena (pedido MV-30452), importe 389,00 €. Al pagar con tarjeta la página dio un error y me devolvió al carrito, lo intenté otra vez y ya salió bien.

Ahora veo en el banco DOS cargos de 389,00 € el mismo día, con un minuto de diferencia. En mi área de cliente solo aparece un pedido.

Os adjunto captura del extracto. ¿Me podéis devolver el cargo duplicado?

Gracias,
Roberto Aguado"""),

    dict(n=11, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Mercedes Landa Echeverría <merlanda@telemail.example>",
         to="reservas@navierasolmar.example",
         subject="Reembolso crucero cancelado - reserva SM-77120 - 7 SEMANAS",
         body="""\
Buenas tardes,

Les vuelvo a escribir porque por teléfono ya no sé qué más hacer. Teníamos reservado el crucero "Islas del Egeo" del 12 de octubre, camarote 6114, reserva SM-77120, para mi marido y para mí. El 20 de septiembre ustedes lo cancelaron por "motivos operativos" y nos ofrecieron bono o reembolso. Elegimos el reembolso, y en el correo de confirmación pone claramente: "recibirá el importe íntegro, 4.236,00 €, en un plazo máximo de 14 días hábiles".

Han pasado siete semanas. En la cuenta no ha entrado nada. Cada vez que llamo me dicen que "está en trámite" y que lo pasan a contabilidad, y ahí se queda.

Somos jubilados, ese dinero era el ahorro de todo el año y el mes que viene tenemos que pagar la derrama de la comunidad. Les pido una fecha concreta y por escrito, o presentaré la reclamación en la oficina de consumo.

Atentamente,
Mercedes Landa Echeverría"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Álex Moreno <alexmoreno_gg@correo.example>",
         to="soporte@nexplay.example",
         subject="me habeis cobrado la suscripcion que cancele",
         body="""\
a ver, el 3 de noviembre cancele NexPlay Online Plus desde la consola, tengo hasta foto de la pantalla que dice "tu suscripción no se renovará". hoy me llega a la tarjeta el cargo de 59,99€ de la renovacion anual.

no quiero la suscripcion, no voy a jugar online este año porque estoy con los examenes. quiero el dinero devuelto a la tarjeta, no saldo para la tienda ni un mes gratis ni nada de eso.

mi ID es alex_mrn_07. adjunto la foto"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Teresa Villalba <tvillalba@buzon.example>",
         to="clientes@electravalle.example",
         subject="Pregunta sobre la factura de noviembre",
         body="""\
Hola, buenos días.

Nada grave, solo una duda. En la factura de la luz de noviembre (nº FV-2026-118340) aparece una línea que dice "Alquiler equipos de medida: 0,81 €". En las anteriores no me había fijado, pero supongo que estaba también. ¿Es por el contador? Pensaba que el contador era mío, porque lo cambiaron el año pasado por uno digital.

No pido que me lo devuelvan, es pura curiosidad por saber qué estoy pagando.

Gracias y buen día,
Teresa"""),

    dict(n=14, signals="account", priority="high", trap="context", qt=0, reply=0,
         frm="Ana Belén Soto Pardo <anabsoto@correo.example>",
         to="sedeelectronica@ayto-valdemoro-alto.example",
         subject="No puedo entrar a la sede electrónica y el plazo acaba mañana",
         body="""\
Buenas tardes:

Estoy intentando presentar la solicitud de la ayuda para rehabilitación de fachadas (expediente 2026/URB/0412) y el plazo termina mañana a las 14:00. Al entrar en la sede con mi usuario y contraseña me sale "Usuario bloqueado por intentos fallidos. Contacte con el administrador". Me equivoqué dos veces con la contraseña, lo reconozco, pero a la tercera era la buena.

La opción "He olvidado mi contraseña" me manda un enlace que al abrirlo dice "enlace caducado", aunque lo abra en el momento. No tengo certificado digital ni Cl@ve, solo este usuario.

¿Me pueden desbloquear hoy? Mi NIF acaba en 412K.

Ana Belén Soto Pardo
Tel. 622 000 509"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Gonzalo Pereda <gpereda@mail-casa.example>",
         to="ayuda@apuestasdelnorte.example",
         subject="No me llega el SMS de verificación",
         body="""\
Hola,

Estoy trabajando unos meses en Noruega y desde que llegué no me llega el SMS con el código para entrar en la web. Pongo bien la contraseña, me pide el código de 6 cifras y el SMS no llega nunca, ni dándole a "reenviar" cinco veces. Otros SMS de España (los del banco, por ejemplo) sí me llegan.

¿Se puede cambiar la verificación al correo o a una app tipo autenticador? No tengo prisa por apostar, pero tengo saldo dentro y me gustaría poder verlo.

Usuario: gpereda81
Un saludo"""),

    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Rosario Domínguez <rosariodominguez@telemail.example>",
         to="atencioncliente@movilia.example",
         subject="cambio de titular",
         body="""\
Buenos días,

Mi marido, Ernesto Gálvez, falleció en septiembre. Él era el titular del contrato de las dos líneas de móvil (la suya y la mía) y del fijo de casa, contrato MV-1190023.

Quiero quedarme con mi número y con el fijo, dar de baja el suyo, y que todo pase a mi nombre. En la tienda me dicen que lo haga por aquí y en el teléfono me dicen que vaya a la tienda. Tengo el certificado de defunción y el libro de familia escaneados.

¿A quién se los mando y qué más necesitan? Tampoco puedo entrar en el área de clientes, porque estaba con el correo de él y no sé la contraseña.

Muchas gracias.
Rosario Domínguez"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lucía Herrero Blanco <lucia.herrero.b@alumnos.unimontana.example>",
         to="cau@unimontana.example",
         subject="cambiar correo personal",
         body="""\
Hola!

Soy alumna de 2º de Enfermería (DNI acabado en 338M). Cuando me matriculé puse como correo de recuperación uno de Hotmail que ya no uso. ¿Cómo lo cambio por el nuevo? En el portal del estudiante veo "Datos personales", pero el campo del correo está en gris y no me deja editarlo.

No es urgente, entro sin problema, es solo por si algún día se me olvida la contraseña.

Gracias!!
Lucía"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Vanesa Ortiz <vanesa@joyeriaortiz.example>",
         to="comercial@platabrava-mayorista.example",
         subject="reposición colección Aurora",
         body="""\
Hola Marcos,

Te cuento: la colección Aurora está que arde. Las pulseras de eslabón se nos han ido como churros, los aros grandes son un bombazo y la gargantilla de la piedra verde es la que más miran en el escaparate, la gente entra expresamente a preguntar por ella. Vamos, que habéis dado en el clavo.

Necesito reponer antes del puente de diciembre:
- Pulsera eslabón plata 925 ref. AU-114: 20 uds
- Aro grande ref. AU-207: 15 pares
- Gargantilla ref. AU-310: 8 uds

Si me lo podéis mandar esta misma semana mejor, que en Navidad esto va a ser una locura.

Un abrazo,
Vanesa
Joyería Ortiz - Plasencia"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Héctor Salinas Prieto <hsalinas.prieto@correo.example>",
         to="rrhh@canterasdelcinca.example",
         subject="Candidatura - Técnico de Prevención y Seguridad (ref. TP-09)",
         body="""\
Estimados señores:

He visto en InfoEmpleo su oferta para el cargo de Técnico de Prevención y Seguridad en la cantera de Monzón y les adjunto mi currículum.

Tengo ocho años de experiencia en prevención de riesgos en minería a cielo abierto, los cuatro últimos como responsable de seguridad en una explotación de áridos con voladuras diarias. Estoy acostumbrado a coordinar planes de emergencia, las inspecciones del polvorín con la Guardia Civil y la formación de los operarios nuevos de maquinaria pesada. Tengo el Máster en PRL con las tres especialidades y el carné de artillero.

Tengo disponibilidad inmediata y no me importa trasladarme.

Quedo a su disposición para una entrevista.

Atentamente,
Héctor Salinas Prieto
Tel. 633 000 781"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Ramón Quiroga <rquiroga1961@buzon.example>",
         to="quejas@limpiezasurbanasmeseta.example",
         subject="QUEJA!!!! camion de la basura",
         body="""\
SEÑORES:

ESTOY HARTO. Todas las noches, A LAS 4 Y MEDIA DE LA MADRUGADA, el camión que recoge el contenedor amarillo de la calle Olmo para justo debajo de mi ventana, el conductor deja el motor en marcha con la radio a todo volumen y los operarios se ponen a hablar a voces como si fuera mediodía. Y el contenedor lo SUELTAN de golpe. PUM. Toda la calle despierta.

Llevo tres semanas sin dormir una noche entera. ¿Tan difícil es bajar la radio y dejar el contenedor con cuidado? ¿O pasar a otra hora?

No quiero excusas, quiero que esto se acabe. Si no, iré al ayuntamiento en persona.

Ramón Quiroga
C/ Olmo 22, 3ºB"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Beatriz Nogales <bnogales@mail-casa.example>",
         to="soporte@lumio-tv.example",
         subject="Actualización firmware - ya va bien",
         body="""\
Hola,

Hace un mes os escribí porque la tele (Lumio 50Q, nº de serie L50Q-88231) se apagaba sola cada dos por tres y la app de YouTube se colgaba a los diez minutos. Me dijisteis que esperara a la actualización 4.2 y, efectivamente, desde que se instaló no ha vuelto a pasar ni una vez. Así que gracias, tema cerrado.

Ya que estoy, una sugerencia: estaría genial poder ordenar las apps del menú de inicio a mi gusto. Ahora mismo la que más uso está la última y tengo que darle al mando ocho veces cada vez.

Un saludo,
Bea"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Eduardo Llorente <ellorente@correo.example>",
         to="atencion@respiramed.example",
         subject="RE: Incidencia 2026-1187 - equipo CPAP",
         body="""\
Buenas tardes, Inés:

Solo para confirmaros que ayer por la tarde vino el técnico con el equipo nuevo y se llevó el antiguo. Lo he usado esta noche y perfecto, silencioso y sin olores. Muchas gracias por la rapidez y por el trato, de verdad.

Un saludo,
Eduardo

-----Mensaje original-----
De: Inés Carrasco <icarrasco@respiramed.example>
Enviado el: lunes, 30 de noviembre de 2026 9:12
Para: Eduardo Llorente
Asunto: RE: Incidencia 2026-1187 - equipo CPAP

> Estimado Eduardo: lamentamos lo ocurrido. No vuelva a utilizar el equipo.
> Mañana pasará un técnico a sustituirlo por uno nuevo sin coste.
>
> > El humidificador de la CPAP se calentaba muchísimo, anoche olía a
> > plástico quemado y el tubo estaba tan caliente que me quemé la mano
> > al tocarlo. Lo he desenchufado."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mónica Esteve <mesteve@unilevante.example>",
         to="soporte@examina-cloud.example",
         subject="Examen de Anatomía 9:00 - los alumnos no pueden iniciar sesión",
         body="""\
Buenos días,

Son las 8:52. Tenemos convocado a las 9:00 el examen final de Anatomía I en la plataforma (aula virtual UNILEVANTE, 312 alumnos repartidos en tres aulas). Desde las 8:30, cuando los alumnos entran con la cuenta de la universidad, vuelven a la pantalla de login en bucle; a algunos les sale "SAML response invalid". Los profesores, que tenemos cuenta local, sí entramos.

Lo hemos probado en los ordenadores de las aulas y en los portátiles de los alumnos: lo mismo. Nuestro servicio de informática dice que por su lado el SSO funciona con el resto de aplicaciones.

Tengo 312 personas sentadas esperando. Necesito que alguien me llame ya: 961 000 244 (ext. 3310). Si no hay solución en media hora tendremos que aplazar el examen, con todo lo que eso supone.

Mónica Esteve
Coordinadora de Evaluación, Facultad de Medicina"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Jordi Pons Albert <jpons@aguasdelsegre.example>",
         to="soporte@lecturapro.example",
         subject="Re: Ticket #58812 - Sincronización de terminales de lectura",
         body="""\
Hola Sergio,

Os confirmo que después del parche del martes los terminales de la zona norte ya sincronizan bien. Los de la zona de Balaguer siguen igual: la descarga de rutas se queda al 40% y acaba con "error de conexión", así que esos 6 lectores no pueden volcar las lecturas del día.

No corre prisa, de verdad: mientras tanto las apuntan en las hojas de ruta en papel y una administrativa las pica por la tarde. El cierre de facturación del trimestre no es hasta el 20 de enero. Si lo podéis mirar esta semana o la que viene, perfecto.

Gracias,
Jordi Pons
Aguas del Segre - Departamento de Lecturas

El 2 dic 2026, a las 11:04, Sergio Méndez <smendez@lecturapro.example> escribió:
> Hola Jordi, hemos publicado el parche 3.8.2, que corrige la descarga de
> rutas en los terminales TX-40. ¿Puedes confirmarnos si se ha resuelto?
>
> Un saludo,
> Sergio
>
> El 27 nov 2026, Jordi Pons escribió:
> > Desde el lunes ningún terminal de lectura sincroniza con el servidor."""),
]
