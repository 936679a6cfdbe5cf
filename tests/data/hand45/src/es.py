# blind46 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Residencia Los Almendros - Dirección <direccion@residencialosalmendros.example>",
         to="atencioncliente@confortex.example",
         subject="Manta eléctrica CT-200 echando humo en la habitación de una residente",
         body="""\
Buenos días,

Les escribo como directora de la Residencia Los Almendros. El sábado por la noche, sobre las 3:15, la auxiliar de guardia notó olor a quemado en el pasillo de la segunda planta. Al entrar en la habitación 12 encontró la manta eléctrica CT-200 (les compramos 15 unidades en noviembre) echando humo por la zona del mando y la sábana bajera con un agujero chamuscado del tamaño de una mano. La residente, una señora de 91 años con movilidad reducida, estaba dormida encima.

La auxiliar desenchufó la manta, sacó a la señora de la cama y la pasamos a otra habitación. No tiene quemaduras, gracias a Dios, pero si la compañera no llega a pasar por allí no quiero ni pensarlo.

Hemos retirado las 15 mantas de todas las habitaciones. Necesitamos saber hoy mismo si hay algún problema conocido con este lote (en la etiqueta pone L-2311-07) y qué hacemos con ellas. Tenemos fotos y hemos guardado la manta para que la revisen.

Quedo a la espera de su llamada. Mi móvil: 612 48 90 37.

Mercedes Ibarra Soler
Directora
Residencia Los Almendros"""),

    dict(n=2, signals="safety", priority="critical", trap="typo", qt=0, reply=0,
         frm="Toni Ferrer <toniferrer84@correo.example>",
         to="soporte@hogarplus.example",
         subject="el hervidor da calambre!!",
         body="""\
hola

ayer por la tarde fui a coger el hervidor que os compre hace dos semanas (el de acero, HP-Kettle 1.7) y al tocar la base me dio un calambrazo que me dejo el brazo hormigueando un buen rato. Pense que era cosa mia porque tenia las manos un poco humedas, pero luego lo toco mi pareja con las manos secas y le paso lo mismo, y encima salto una chispita por debajo de la base.

Lo tenemos desenchufado y metido en la caja. Tenemos un crio de 4 años que se pasa el dia en la cocina asi que imaginaos el susto. Que hago con el? lo devuelvo a la tienda o lo venis a buscar? Alguien deberia mirar esto porque si le pasa a otro puede acabar mal.

Toni"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Secretaría CEIP Miguel Hernández <secretaria@ceipmhernandez.example>",
         to="incidencias@comedoressanos.example",
         subject="URGENTE: alumno con reacción alérgica tras el menú sin frutos secos del viernes",
         body="""\
Buenos días:

Les escribo desde la secretaría del colegio por lo ocurrido el viernes en el comedor. A un alumno de 2.º de primaria con alergia grave a los frutos secos se le sirvió, como cada día, la bandeja etiquetada "MENÚ ESPECIAL - SIN FRUTOS SECOS" que ustedes nos entregan. A los pocos minutos de comerse el postre (un bizcocho) empezó a toser, se le hinchó la cara y le costaba respirar. La monitora le puso la adrenalina de su botiquín y llamamos al 112. Pasó la noche en observación en el hospital y por suerte ya está en casa.

La familia nos cuenta que en urgencias les dijeron que la reacción era compatible con almendra. Hemos guardado lo que quedó del bizcocho y la etiqueta de la bandeja.

Hoy lunes tenemos otros seis alumnos con esa misma dieta y no sabemos si podemos fiarnos del menú que nos llega hoy. Necesitamos que nos confirmen antes de las 12:00 qué ha pasado y qué medidas han tomado.

Atentamente,
Rosa María Quintana
Secretaría - CEIP Miguel Hernández
Tel. 965 30 21 48"""),

    dict(n=4, signals="safety", priority="critical", trap="past-tense", qt=0, reply=0,
         frm="Lucía Benavente <lucia.benavente@buzon.example>",
         to="ayuda@muevecar.example",
         subject="Coche 4471 KLM - me fallaron los frenos ayer",
         body="""\
Hola,

Ayer domingo alquilé por la app el coche con matrícula 4471 KLM (reserva MC-88213) para ir a ver a mis padres. Ya al arrancar noté el pedal del freno muy blando, pero pensé que sería cosa del modelo. Bajando la cuesta de la calle Alcalde Sainz, al frenar para el paso de cebra el pedal se fue casi hasta el fondo y el coche no paraba. Tuve que tirar del freno de mano y aun así me comí el paso de cebra; había una señora cruzando con un carrito de bebé que se apartó de milagro.

Dejé el coche aparcado allí mismo (lo tenéis localizado por GPS) y terminé la reserva, no me atreví a conducirlo ni un metro más. Yo estoy bien, con el susto en el cuerpo, pero he mirado esta mañana y el coche sigue apareciendo como disponible en la app. Cualquiera lo puede coger hoy. Por favor, bloqueadlo y que lo revise un mecánico.

Lucía Benavente"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Cooperativa Agrícola San Isidro <administracion@coopsanisidro.example>",
         to="empresas@bancoterra.example",
         subject="Cargos que no reconocemos en la tarjeta de empresa",
         body="""\
Buenos días,

Soy Julián Montero, de administración de la Cooperativa Agrícola San Isidro (cliente empresa, cuenta terminada en 4417). Espero que hayan tenido buen fin de semana; el nuestro ha acabado regular.

Esta mañana, al revisar los movimientos, hemos visto once cargos en la tarjeta de empresa que termina en 9052 que nadie de aquí ha hecho: compras en tiendas online de electrónica y dos retiradas de efectivo en un cajero de Lisboa, en total 4.860,35 €. La tarjeta la tiene físicamente nuestro gerente, que no ha salido del pueblo en todo el fin de semana.

El jueves pasado nuestro contable recibió un SMS que parecía de ustedes pidiendo "verificar la tarjeta" y metió los datos en el enlace. Nos tememos que viene de ahí.

Por favor, bloqueen la tarjeta inmediatamente si no lo está ya y díganme cómo reclamar esos cargos. He intentado llamar a la línea de empresas pero está saturada.

Un saludo,
Julián Montero
Cooperativa Agrícola San Isidro"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Taquilla Teatro Cervantes <taquilla@teatrocervantes-alcala.example>",
         to="soporte@entradasya.example",
         subject="No podemos vender ni validar entradas - función escolar a las 11:00",
         body="""\
Hola,

Desde las 9:30 el panel de venta no carga: sale una pantalla gris con "Error 503", tanto en el ordenador de taquilla como en la web pública, y los clientes nos están llamando porque no pueden comprar. Hemos probado desde tres ordenadores y con dos conexiones distintas.

A las 11:00 tenemos la función para colegios con más de 500 alumnos y esta noche la de las 20:00 está casi llena. Tampoco podemos imprimir las entradas ya vendidas ni leer los códigos en la puerta, así que ahora mismo estamos parados.

Necesitamos que alguien nos llame ya: 918 77 42 10 (preguntad por Jorge).

Jorge Salvatierra
Jefe de taquilla - Teatro Cervantes"""),

    dict(n=7, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Ayuntamiento de Villanueva del Río - Informática <informatica@villanuevadelrio.example>",
         to="soporte@gestiona-ae.example",
         subject="Ningún empleado puede iniciar sesión en la plataforma de expedientes",
         body="""\
Buenos días,

Desde primera hora ningún usuario del Ayuntamiento (somos 43 con acceso) puede entrar en la plataforma de expedientes. Al introducir usuario y contraseña aparece "Error de autenticación. Contacte con su administrador", y con el certificado digital se queda cargando indefinidamente. El viernes a las 15:00 funcionaba con normalidad y por nuestra parte no se ha tocado nada.

Tenemos el registro de entrada parado, la atención al ciudadano con cita previa no puede tramitar nada y hoy a las 14:00 vence el plazo de una licitación. Les ruego la máxima prioridad.

Adjunto captura del error.

Saludos,
Alberto Ruiz Peña
Servicio de Informática
Ayuntamiento de Villanueva del Río"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Marisa Gallego <marisagallego@correo.example>",
         to="averias@fibranorte.example",
         subject="RE: Incidencia 7781230 - sin conexión",
         body="""\
Buenas otra vez,

Os escribo porque sigo exactamente igual que el sábado: ni internet ni teléfono fijo, y el router con la luz LOS parpadeando en rojo. El técnico que me dijisteis que vendría el domingo "entre las 9 y las 14" no apareció, nadie llamó, nada de nada.

Trabajo desde casa y hoy tenía que entregar un informe, me he tenido que ir a una cafetería a tirar de los datos del móvil y se me han acabado en una hora. Mi madre, que vive conmigo, tampoco puede llamar con el fijo al centro de salud.

Ya van tres días y la paciencia se me acaba. Quiero una fecha y una hora concretas para el técnico, no otra vez "en 24-48 horas".

Marisa Gallego
N.º cliente 30-551902"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Dani Roldán <dani.roldan@mimail.example>",
         to="soporte@fitclub.example",
         subject="La app no abre desde la actualizacion",
         body="""\
Hola, desde que se actualizo la app el sabado (version 5.2) se queda en la pantalla blanca con el logo y a los pocos segundos se cierra sola. La he borrado y vuelto a instalar, he reiniciado el movil, nada. Es un Xiaomi de hace dos años con Android 13.

El problema es que sin la app no puedo reservar clases ni pasar el torno, porque se abre con el QR de la app. Esta mañana a las 7 me he quedado en la puerta con la mochila. Alguna solucion??

Gracias"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Nerea Etxeberria <n.etxeberria@transportesbidasoa.example>",
         to="soporte@etiquetapro.example",
         subject="Generación de etiquetas muy lenta desde el portal web",
         body="""\
Hola,

Desde esta mañana la generación de etiquetas de envío desde el portal web va fatal: cada etiqueta tarda 2-3 minutos y a veces da "Tiempo de espera agotado". Hemos visto que si las lanzamos por lotes desde la integración con nuestro ERP sí salen bien, así que de momento estamos tirando por ahí, pero la gente de muelle está acostumbrada al portal y se nos va acumulando trabajo.

¿Podéis revisar qué le pasa al portal? Os paso un pedido de ejemplo que falló: BID-2024-118832.

Gracias,
Nerea Etxeberria
Departamento de tráfico - Transportes Bidasoa"""),

    dict(n=11, signals="payment", priority="high", trap="aside", qt=0, reply=0,
         frm="Obrador La Espiga <hola@obradorlaespiga.example>",
         to="vendedores@mercadolocal.example",
         subject="Pago retenido desde hace 10 días - lo necesito antes del viernes",
         body="""\
Hola, buenos días:

Soy Carmen, del Obrador La Espiga (tienda n.º 20417). Antes de nada, deciros que las ventas por la plataforma van muy bien desde que pusimos los lotes de Semana Santa, estamos contentos.

El problema es el pago de las dos últimas semanas: 2.940,60 €. En el panel pone "Liquidación en revisión" desde hace 10 días y nadie me ha explicado por qué ni me ha pedido ningún documento. Hasta ahora siempre me había llegado los martes sin problema.

Somos un negocio pequeño y con ese dinero pago el viernes al proveedor de harina y las nóminas de mis dos empleadas. Si falta algún papel decídmelo y os lo mando hoy mismo, pero necesito que se libere esta semana.

Gracias,
Carmen Oliva
Obrador La Espiga
Tel. 654 21 07 93"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paula Vidal <pauvidal@correo.example>",
         to="ayuda@comidaencasa.example",
         subject="Me cobraron el pedido dos veces",
         body="""\
Hola,
el sabado a la noche pedi una cena en Sabor de Oriente (pedido 55-903118), $18.400. La app me tiro error al pagar, le di de nuevo y ahora en el resumen de la tarjeta me figuran DOS cargos de $18.400. Me llego un solo pedido, obvio.
Me devuelven el que sobra? Les adjunto captura del home banking.
Gracias
Paula"""),

    dict(n=13, signals="payment", priority="medium", trap="forward", qt=0, reply=0,
         frm="Recepción Hotel Mirador del Puerto <recepcion@hotelmiradorpuerto.example>",
         to="partners@reservaplus.example",
         subject="RV: factura de marzo - comisiones de reservas canceladas",
         body="""\
Buenos días,

Les reenvío lo que me ha pasado nuestra compañera de contabilidad, que no tiene acceso a este canal. Por favor, respondan a las dos direcciones.

Gracias,
Iván (recepción)

-----Mensaje original-----
De: Ana Beltrán <contabilidad@hotelmiradorpuerto.example>
Enviado el: viernes, 5 de abril de 2024 18:42
Para: Recepción Hotel Mirador del Puerto <recepcion@hotelmiradorpuerto.example>
Asunto: factura de marzo - comisiones de reservas canceladas

Iván, revisando la factura de marzo de ReservaPlus (n.º RP-2403-11873) veo que nos cobran comisión por 7 reservas que se cancelaron dentro del plazo gratuito y en las que el cliente no llegó a alojarse. Son 312,75 € de comisión que no corresponden. La domiciliación se pasa el día 15, ¿puedes escribirles para que nos hagan una factura rectificativa antes de esa fecha? Te adjunto el listado con los localizadores.

Ana"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Jorge Almansa <jalmansa@correo.example>",
         to="clientes@modaurbana.example",
         subject="Duda sobre devolucion",
         body="""\
Hola, ayer devolvi unas zapatillas en la tienda de Gran Via y me dijeron que el dinero me lo reingresais en la tarjeta. Cuanto suele tardar en aparecer mas o menos? Y la parte que pague con la tarjeta regalo, esa como me la devolveis, en la misma tarjeta regalo?

No hay prisa, es por saberlo. Gracias!"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ximena Castañeda <ximena.castaneda@correo.example>",
         to="soporte@bancoaztlan.example",
         subject="No puedo entrar a la app, el código llega a mi número anterior",
         body="""\
Buenas tardes,

Cambié de número de celular la semana pasada y se me olvidó actualizarlo en la app. Ahora cada vez que intento entrar me pide el código de verificación por SMS y me llega al número anterior, que ya di de baja con la compañía. Desde el viernes no puedo entrar ni a la app ni a la banca en línea, no puedo usar nada.

Fui a la sucursal el sábado y me dijeron que eso se cambia por aquí. ¿Qué tengo que hacer? Les mando foto de mi INE si hace falta.

Gracias,
Ximena Castañeda"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Sergio Pastor <sergio.pastor@correo.example>",
         to="soporte@notasnube.example",
         subject="Re: [Ticket #40219] La app se cierra al abrir",
         body="""\
Hola Laura,

Gracias, con la versión 3.8.1 la app ya abre bien. Pero ahora tengo otro lío: en el móvil me ha pedido iniciar sesión de nuevo y me dice "contraseña incorrecta", aunque es la de siempre. Le he dado a "¿Has olvidado tu contraseña?" cuatro veces y el correo para restablecerla no me llega (mirado en spam también). En el portátil sigo con la sesión abierta y puedo trabajar, pero en el móvil nada.

¿Me echáis una mano?

Sergio

El jue, 4 abr 2024 a las 10:12, Soporte NotasNube (<soporte@notasnube.example>) escribió:
> Hola Sergio:
>
> Ya hemos publicado la versión 3.8.1, que corrige el cierre inesperado al abrir la aplicación. Actualiza desde la tienda y dinos si se soluciona.
>
> Un saludo,
> Laura - Soporte NotasNube
>
> El mié, 3 abr 2024 a las 19:55, Sergio Pastor (<sergio.pastor@correo.example>) escribió:
> > Desde la última actualización la app se cuelga nada más abrirla y se cierra sola, no puedo usarla para nada. Está caída del todo."""),

    dict(n=17, signals="payment,account", priority="medium", trap="aside", qt=0, reply=0,
         frm="Encarna Robles <encarnarobles@correo.example>",
         to="ayuda@cineflix.example",
         subject="Di de baja la cuenta y me siguen cobrando",
         body="""\
Buenas tardes,

Primero decir que he estado años muy contenta con vosotros, las series de época sobre todo, pero con la subida de precio decidí dejarlo.

El 2 de marzo pedí la baja de mi cuenta desde Ajustes > Cancelar suscripción y me llegó un correo de confirmación. Aun así, el 2 de abril me habéis vuelto a cobrar 12,99 € en la tarjeta. Y lo mejor es que si intento entrar para ver qué pasa me dice que "la cuenta no existe", así que no puedo ni comprobar nada ni quitar la tarjeta.

Quiero que me devolváis ese cargo y que borréis mi cuenta y los datos de la tarjeta del todo.

Un saludo,
Encarna Robles"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Oficina Colegio Santa Ana <oficina@colegiosantaana.example>",
         to="soporte@agendaescolar.example",
         subject="Cómo añadir a otra persona como administradora",
         body="""\
Hola, buenos días.

Hasta ahora llevo yo sola la cuenta del colegio en la agenda escolar y en mayo se incorpora una compañera a secretaría. ¿Cómo le doy acceso de administradora con su propio usuario y contraseña, sin tener que darle la mía? ¿Y si algún día se va, se le puede quitar el acceso sin que se borre lo que haya hecho?

Gracias de antemano,
Pilar Serrano
Secretaría - Colegio Santa Ana"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Quique Marín <quiquemarin@correo.example>",
         to="hola@pizzeriavolcano.example",
         subject="La pizza Infierno es una bomba",
         body="""\
Solo quería deciros que el sábado pedimos la pizza "Infierno" con extra de guindilla "Quemalenguas" y madre mía. Me moría de calor, a mi cuñado le lloraban los ojos, literalmente echábamos fuego por la boca y aun así no dejamos ni las migas. Está de muerte, en serio, esa masa mata. El repartidor un crack, llegó volando a pesar del diluvio.

La próxima vez probamos la "Explosión de quesos". 10/10, seguid así!!"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Rafael Cuesta <rafacuesta@correo.example>",
         to="info@calortotal.example",
         subject="Pregunta antes de comprar el radiador de aceite RA-9",
         body="""\
Hola,

Estoy pensando en comprar el radiador de aceite RA-9 para mi madre, que tiene 87 años y vive sola. Antes quería preguntar varias cosas de seguridad:

- ¿Se apaga solo si se vuelca? Ella a veces tropieza con los cables.
- ¿Tiene protección contra sobrecalentamiento?
- ¿La carcasa quema si se toca con la mano cuando lleva horas encendido?
- ¿Se puede dejar toda la noche sin riesgo de incendio?

Pregunto porque el invierno pasado a una vecina de su bloque se le prendió una cortina con una estufa vieja y hubo que llamar a los bomberos, y desde entonces mi madre tiene miedo a todo lo que sea eléctrico.

Gracias,
Rafael"""),

    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Clínica Dental Sonrisas Prado <admin@clinicasonrisasprado.example>",
         to="seguridad@dentalsoft.example",
         subject="Aviso: correo falso haciéndose pasar por vosotros",
         body="""\
Hola,

Os escribo solo para avisar. Esta mañana nos ha llegado a la clínica un correo que se hace pasar por vosotros ("DentalSoft - Su licencia caduca hoy, verifique su usuario y contraseña") con un enlace a una página que copia vuestra pantalla de inicio de sesión. Tiene toda la pinta de ser phishing para robar datos de acceso.

Nadie ha pinchado en el enlace ni ha metido ningún dato: nos dimos cuenta porque el remitente era raro (dentalsoft-seguridad@ y un dominio que no es el vuestro). Lo hemos borrado de todos los equipos y hemos avisado al personal.

Os lo adjunto por si queréis avisar al resto de clínicas. ¿Lo denunciáis vosotros o tenemos que hacer algo nosotros?

Un saludo,
Beatriz Lozano
Administración - Clínica Dental Sonrisas Prado"""),

    dict(n=22, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Casa Rural El Robledal <reservas@casaruralelrobledal.example>",
         to="anfitriones@escapadasrurales.example",
         subject="Anuncio: oferta \"Desconexión total\" y ascensor fuera de servicio",
         body="""\
Hola,

Tenemos la casa anunciada con vosotros desde hace tres años y todo va de maravilla. Os escribo por dos cosas del anuncio:

1) Queremos llamar a la oferta de fin de semana "Desconexión total": la gracia es que la casa está en una zona sin cobertura de móvil y sin wifi a propósito, para que la gente se desenchufe de verdad. Si ponemos "sin wifi" y "sin cobertura" en las características, ¿eso nos baja en los resultados de búsqueda?

2) Del 15 al 30 de abril el ascensor estará fuera de servicio por la revisión anual. ¿Dónde lo indico para que lo vean antes de reservar los huéspedes con movilidad reducida?

Gracias,
Elena Prieto
Casa Rural El Robledal"""),

    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Raquel Domínguez <raqueldominguez@correo.example>",
         to="hola@aprendejugando.example",
         subject="¿Tenéis lecciones sobre dinero y contraseñas para niños?",
         body="""\
Hola!

Mi hija de 9 años usa vuestra app y le encanta. En el cole les han dado una charla sobre cuidar el dinero y no compartir las contraseñas con nadie, y se ha quedado con ganas de más. ¿Tenéis algún módulo sobre la paga semanal, el ahorro, cómo funcionan las tarjetas y los pagos con el móvil, o cómo inventarse una contraseña segura? Si no lo hay, ¿está previsto?

Yo pagaría un extra encantada por algo así.

Gracias,
Raquel"""),

    dict(n=24, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Amparo Soler <amparosoler@correo.example>",
         to="soporte@librosvivos.example",
         subject="Re: No puedo entrar en mi cuenta",
         body="""\
¡Ya está! Muchísimas gracias, Álvaro, qué rapidez. Que tengáis buena semana.

Amparo

El dom, 7 abr 2024 a las 21:03, Soporte LibrosVivos (<soporte@librosvivos.example>) escribió:
> Hola Amparo:
>
> Hemos desbloqueado tu cuenta. Ya puedes pedir una contraseña nueva desde "¿Has olvidado tu contraseña?".
>
> Un saludo,
> Álvaro - Soporte LibrosVivos
>
> El dom, 7 abr 2024 a las 18:40, Amparo Soler (<amparosoler@correo.example>) escribió:
> > Llevo toda la tarde intentando entrar en mi cuenta y me dice que está bloqueada por demasiados intentos. No me acuerdo de la contraseña y no puedo acceder a mis libros."""),
]
