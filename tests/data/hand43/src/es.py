# blind44 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Jiménez Pardo <rocio.jimenez@correo.example>",
         to="atencion@krossmovilidad.example",
         subject="El patinete se ha quemado mientras cargaba",
         body="""\
Hola,

Os escribo porque anoche el patinete que os compré en septiembre (Kross S9, pedido 88-23017) empezó a echar humo mientras se cargaba en el pasillo de casa. Primero olía a plástico quemado, luego se oyó un chisporroteo y de la base salieron llamas de medio metro. Mi marido lo sacó al descansillo con una toalla mojada y se ha quemado la mano, tiene ampollas en toda la palma. Vinieron los bomberos y ya está todo apagado, pero el pasillo está negro y el cargador se ha quedado derretido pegado al enchufe.

Lo estábamos cargando con el cargador original y no lo dejamos toda la noche: llevaba una hora enchufado.

Mi hermano tiene el mismo modelo y ya le he dicho que no lo cargue dentro de casa. Quiero saber qué ha pasado con esa batería y si os ha llegado algún caso más.

Tengo fotos y el patinete está guardado en la terraza tal cual quedó.

Rocío Jiménez Pardo
Tel. 644 218 903"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Beatriz Lozano <bea.lozano@correo.example>",
         to="clientes@jugueteriaelarca.example",
         subject="Piezas del Magnetix Junior abiertas - mi hija operada",
         body="""\
Buenas tardes:

Compramos en vuestra tienda online el juego de construcción magnético «Magnetix Junior 3+» (pedido TJ-55102) como regalo para mi hija de 4 años. Dos de las piezas se han abierto solas por la junta del plástico y se salieron los imanes pequeños de dentro.

Ayer por la tarde la niña se quejaba de la tripa y vomitó dos veces. En urgencias le hicieron una radiografía: se había tragado dos imanes, que se habían pegado entre sí a través del intestino. La han operado esta madrugada. Está bien, ingresada en el Materno-Infantil.

En la caja pone «a partir de 3 años». Las piezas que quedan tienen las mismas grietas en la junta.

Quiero que retiréis ese juego de la venta y que alguien de la tienda me llame.

Beatriz Lozano
Tel. 611 907 342"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Javier Ortega <javier.ortega.r@correo.example>",
         to="info@polideportivo-lasacacias.example",
         subject="Niños con tos y vómitos en el cursillo de natación del sábado",
         body="""\
Buenas,

Mi hijo Marcos (8 años) va al cursillo de natación de los sábados a las 11:00 en la piscina cubierta. El sábado, a los diez minutos de empezar, varios niños salieron del agua tosiendo, con los ojos rojos y llorando. Había un olor a cloro fortísimo, se notaba hasta en los vestuarios.

Mi hijo vomitó en el coche y por la noche le costaba respirar, hacía un pitido al coger aire. Lo llevamos a urgencias del centro de salud y le pusieron un inhalador. Otra madre del grupo me ha dicho que a su hija le ha pasado lo mismo.

Los monitores dijeron que «se habían pasado con el producto» y siguieron la clase en la piscina pequeña, como si nada. Me parece peligrosísimo.

Quiero saber qué pasó, si se ha revisado la dosificación del cloro y si la piscina está en condiciones antes de volver a llevarle.

Un saludo,
Javier Ortega
Socio n.º 11402"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="María Dolores Sanz Peña <mdsanz@correo.example>",
         to="atencionalcliente@hornosdesantaana.example",
         subject="Tarta etiquetada «sin frutos secos» con nueces",
         body="""\
Buenos días:

Ayer por la tarde compramos en su tienda de la calle Mayor (Alcalá de Henares) una tarta de chocolate de la vitrina con la etiqueta «SIN FRUTOS SECOS», porque mi sobrino de 7 años es alérgico a la nuez. La dependienta nos lo confirmó también de palabra.

Al segundo bocado se le empezaron a hinchar los labios y le salieron ronchas por el cuello, y le costaba tragar. Le pusimos la adrenalina que lleva siempre encima y llamamos al 112; ha pasado la noche en observación en el hospital. Al cortar el resto de la tarta encontramos trozos de nuez en el relleno.

Guardamos la tarta, la etiqueta y el ticket. Les ruego que revisen hoy mismo el etiquetado de ese producto en todas sus tiendas, porque otro niño puede no tener tanta suerte.

Atentamente,
María Dolores Sanz Peña
Tel. 659 330 184"""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Adrián Castro Molina <adrian.castro.m@correo.example>",
         to="ayuda@bancoclaro.example",
         subject="Me han robado el móvil y no puedo entrar en la banca online",
         body="""\
Hola, escribo desde el ordenador de mi hermana.

Ayer por la tarde me robaron el móvil en el metro (Sol, sobre las 19:30). Esta mañana he intentado entrar en la banca online desde el ordenador y me dice que la contraseña es incorrecta. Además me ha llegado al correo un aviso de «Has cambiado tu teléfono de confianza» a las 3:12 de la madrugada, y yo no he cambiado nada.

No sé si han movido dinero porque no puedo entrar a verlo. Por favor, bloquead todo, cuenta y tarjetas, hasta que pueda pasar por una oficina. Me podéis llamar al 622 014 587 (es el de mi hermana).

Adrián Castro Molina
Cuenta terminada en 4417"""),

    dict(n=6, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Luis Fernández Rubio <luisfr@correo.example>",
         to="taller@automocionalhambra.example",
         subject="Se me ha soltado una rueda en la A-7 después de la revisión",
         body="""\
Buenas tardes,

El lunes dejé en su taller mi Seat León (7731 JHR) para la revisión de los 60.000 km y el cambio de los neumáticos delanteros (orden de reparación OR-26-1187). Lo recogí el martes a las 17:00.

Ayer, en la A-7 a la altura de Motril, empecé a notar una vibración fuerte en el volante y a los pocos kilómetros un golpe seco: la rueda delantera izquierda se había aflojado y se salió a medias. Me dio tiempo a parar en el arcén, con mis dos hijos detrás. El de la grúa me enseñó que solo quedaban dos tornillos, y flojos.

No quiero que esto se quede en una hoja de reclamaciones. Quiero hablar hoy con el jefe de taller, saber quién hizo el montaje y cuántos coches más salieron así esta semana.

Luis Fernández Rubio
Tel. 678 442 019"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Raúl Méndez Castaño <rmendez@conservasvegadelsegura.example>",
         to="soporte@etiqnet.example",
         subject="URGENTE - Líneas de envasado paradas: no salen etiquetas",
         body="""\
Buenos días:

Desde las 5:40 de esta mañana la plataforma EtiqNet no genera ninguna etiqueta: al lanzar la impresión desde el ERP, la orden se queda «en cola» y las impresoras de las tres líneas de envasado no reciben nada. Sin etiqueta de lote no podemos sacar producto, así que las líneas 1, 2 y 3 están paradas y tenemos a 38 operarios del turno de mañana esperando.

A las 13:00 sale un camión completo para un cliente de gran distribución.

Hemos reiniciado el servidor de impresión y las impresoras; las etiquetas de prueba en local salen bien.

Contrato de soporte Premium n.º ETQ-2291. Solicito llamada inmediata al 968 301 774.

Atentamente,

Raúl Méndez Castaño
Jefe de Producción
Conservas Vega del Segura, S.A.
Pol. Ind. Oeste, parcela 14 - 30169 Murcia

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Conservas Vega del Segura, S.A."""),

    dict(n=8, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Carmen Iglesias <c.iglesias@hotelesbrisamar.example>",
         to="soporte@hotelsuite-pms.example",
         subject="RV: Nadie puede entrar en HotelSuite - 6 hoteles",
         body="""\
Buenos días:

Os reenvío lo que me escribe el jefe de recepción de noche de Valencia. Confirmado desde la central: en ninguno de nuestros seis hoteles se puede iniciar sesión en HotelSuite desde las 4:00. Hoy tenemos 312 llegadas y unas 280 salidas entre todos, más un congreso en el de Valencia. Necesitamos que alguien nos llame ya.

Carmen Iglesias
Directora de Operaciones - Hoteles Brisamar
Tel. 963 550 218

-----Mensaje original-----
De: Recepción Noche Brisamar Valencia <noche.valencia@hotelesbrisamar.example>
Enviado el: domingo, 6 de diciembre de 2026 5:52
Para: Carmen Iglesias <c.iglesias@hotelesbrisamar.example>
Asunto: Nadie puede entrar en HotelSuite

Carmen, desde las 4:00 al entrar en HotelSuite sale «Error de autenticación. Contacte con su administrador» con cualquier usuario: el mío, el de Alberto y el de mantenimiento. Hemos probado a restablecer la contraseña y el enlace también da error. He llamado a Alicante y a Benidorm y les pasa lo mismo.
Estamos haciendo las salidas a mano con las facturas impresas de ayer, y no podemos grabar llaves para las llegadas.
Toni"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Jose Manuel Quintana <jm.quintana.taxi@correo.example>",
         to="conductores@rutataxi.example",
         subject="app no abre desde la actualizacion",
         body="""\
Hola, desde la actualizacion de anoche la app de conductor se cierra nada mas abrirla. No funciona nada. La he desinstalado y vuelto a instalar, he reiniciado el movil, igual.
No me entran servicios y estoy parado en la parada de Atocha desde las 7. Soy autonomo, cada hora parado es dinero que pierdo.
Licencia 12.457, movil Xiaomi Redmi Note 11.

Jose Manuel

Enviado desde mi Android"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Elena Robles <elena.robles@correo.example>",
         to="clientes@telecable-norte.example",
         subject="Las grabaciones salen con 0 minutos",
         body="""\
Hola, buenas:

Desde hace una semana más o menos, las grabaciones del decodificador aparecen en la lista pero con duración 0:00, y al darle a reproducir sale «Contenido no disponible». Los canales en directo se ven perfectamente y lo de «Ver desde el inicio» va bien, así que de momento vamos tirando con eso. Lo malo es que mi madre tiene programadas sus series de la tarde y se las pierde, porque lo otro no sabe usarlo.

Ya he reiniciado el deco dos veces. Es el modelo UHD-4 que nos instalasteis en verano.

¿Se puede hacer algo desde vuestro lado?

Gracias,
Elena Robles
Cliente 30028871"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Pilar Navarro <pilar.navarro@correo.example>",
         to="secretaria@idiomasnorte.example",
         subject="Duda con un cargo de la academia",
         body="""\
Hola,

Una consulta rápida: el 1 de diciembre me aparece en la cuenta un cargo de 135 € de «IDIOMAS NORTE SL». Mi hija está en el curso de inglés B2 de lunes y miércoles, y pensaba que el trimestre ya estaba pagado en septiembre.

¿Es la cuota del segundo trimestre, que se cobra por adelantado? Si es así, todo correcto, solo quería confirmarlo.

Gracias y un saludo,
Pilar Navarro
(madre de Lucía Ferrer Navarro)"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Ignacio Herrera Soler <ignacio.herrera@correo.example>",
         to="clientes@navimar.example",
         subject="RE: Solicitud de reembolso - Localizador FR7K2Q",
         body="""\
Buenos días:

Han pasado más de tres semanas desde su respuesta y el reembolso de los 186,40 € sigue sin aparecer en mi tarjeta. En el área de cliente la reserva sigue como «Cancelada - reembolso en trámite».

¿Me pueden confirmar si se ha emitido y en qué fecha, o darme el número de operación para reclamarlo en el banco?

Gracias,
Ignacio Herrera Soler

El mar, 17 nov 2026 a las 12:05, Atención al Cliente Navimar <clientes@navimar.example> escribió:
> Estimado Sr. Herrera:
>
> Lamentamos la cancelación del trayecto Dénia-Ibiza del 14/11 por condiciones meteorológicas adversas. Hemos tramitado el reembolso íntegro de su billete (186,40 €), que verá reflejado en su tarjeta en un plazo de 7 a 10 días hábiles.
>
> Un cordial saludo,
> Departamento de Atención al Cliente
>
> El sáb, 14 nov 2026 a las 9:31, Ignacio Herrera Soler <ignacio.herrera@correo.example> escribió:
> > Buenos días, el barco de hoy se ha cancelado por el temporal. Solicito el reembolso del billete, localizador FR7K2Q."""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Noelia Campos <noelia.campos@correo.example>",
         to="atencioncliente@mueblesdelsur.example",
         subject="Reembolso de 1.240 € del sofá cancelado - lo necesito ya",
         body="""\
Hola,

Cancelé el pedido del sofá rinconera (pedido MU-2026-41873) el 6 de noviembre porque me dijeron que no llegaba hasta marzo. Me confirmasteis por escrito que el reembolso de 1.240 € se haría en «5 días laborables». Hoy es 5 de diciembre y no hay nada.

Ese dinero es lo que tenía apartado para el alquiler. El casero me pasa el recibo el lunes 7 y, si la cuenta no tiene saldo, me lo devuelven, y ya voy con retraso del mes pasado.

Llevo cuatro llamadas y cada vez me dicen que «está en contabilidad». Necesito que me deis hoy una fecha concreta, o iré a Consumo y pediré al banco que haga un contracargo.

Noelia Campos
DNI terminado en 318-K"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Óscar Delgado <oscar.delgado@correo.example>",
         to="ayuda@cinemax-club.example",
         subject="¿Cómo activo la verificación en dos pasos?",
         body="""\
Hola,

Tengo la tarjeta de socio de CineMax y uso la app para comprar las entradas. He leído que se puede activar la verificación en dos pasos en la cuenta, pero no encuentro dónde: en «Mi perfil» solo me salen cambiar contraseña y preferencias.

¿Me decís los pasos? Uso un iPhone.

Gracias,
Óscar Delgado"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Roberto Aguilar <roberto.aguilar@mail.example>",
         to="clientes@gasnor.example",
         subject="RE: Su consulta 2026-118934 - cambio de correo de acceso",
         body="""\
Hola Lucía, le contesto entre líneas:

El lun, 7 dic 2026 a las 10:48, Lucía - Atención al Cliente GasNor <clientes@gasnor.example> escribió:
> Para poder ayudarle necesitamos confirmar algunos datos:
> 1. ¿Es usted el titular del contrato?

Sí. Desde el divorcio el contrato está solo a mi nombre; ustedes mismos tramitaron el cambio de titular en octubre.

> 2. ¿Qué correo electrónico está asociado actualmente al área de clientes?

El de mi exmujer. Por eso no puedo entrar: el enlace para restablecer la contraseña le llega a ella, y preferiría no tener que pedírselo.

> 3. ¿A qué dirección desea cambiarlo?

roberto.aguilar@mail.example

No es una urgencia, pero me gustaría poder subir la lectura del contador antes de fin de mes.

Gracias,
Roberto Aguilar"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Susana Prieto Gil <farmacia.ruiz.jaen@correo.example>",
         to="soporte@cofarsur.example",
         subject="Re: [Incidencia #40217] Alta de usuario para farmacéutica adjunta",
         body="""\
Buenos días:

Sigo sin poder acceder al portal de pedidos. Hoy tengo que hacer el pedido antes de las 14:00 para recibirlo mañana, y la titular, D.ª Amparo Ruiz, está de baja. El único usuario que existe es el suyo, y ayer se bloqueó por intentos fallidos cuando intenté entrar con sus datos (con su permiso).

Necesito que desbloqueen su usuario o que den de alta el mío esta misma mañana. Si no, nos quedamos sin reponer el stock para la guardia del fin de semana.

Susana Prieto Gil
Farmacéutica adjunta - Farmacia Ruiz
Avda. de la Constitución 22, Jaén
Código de cliente 8812

El 1 dic 2026, a las 17:30, Soporte Cofarsur <soporte@cofarsur.example> escribió:
> Hemos recibido su solicitud. Un agente la revisará en un plazo de 48-72 horas hábiles.
> Número de incidencia: #40217"""),

    dict(n=17, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Alberto Gómez <alberto.gomez.v@correo.example>",
         to="citas@clinicadentalserrano.example",
         subject="Cambiar la cita del jueves 17",
         body="""\
Hola, buenos días:

Tengo cita el jueves 17 a las 10:30 con la doctora Serrano para la endodoncia. Tengo que cambiarla: el sábado tuve un accidente con la bici, me rompí la muñeca y me operaron en el hospital. Ahora llevo una férula y unos cuantos puntos, y todavía no puedo conducir. Estoy bien, solo bastante dolorido.

¿Podría ser a partir del 11 de enero? Cualquier mañana me viene bien.

Gracias, y perdón por las erratas, escribo con una mano.
Alberto Gómez"""),

    dict(n=18, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Laura Méndez <laura.mendez.b@correo.example>",
         to="consumidor@papillasbebito.example",
         subject="¿Arsénico en las papillas de arroz?",
         body="""\
Hola,

Soy madre primeriza y estoy un poco agobiada. En un grupo de WhatsApp de madres han pasado un artículo que dice que las papillas de cereales con arroz llevan arsénico y metales pesados, que son «veneno lento» para los bebés y que pueden provocar una intoxicación a largo plazo.

Mi hijo tiene 7 meses, toma vuestra papilla 8 cereales todas las mañanas y está estupendo, pero ya no sé qué creer.

¿Hacéis análisis de arsénico? ¿Hay algún certificado que pueda ver? ¿Tenéis alguna papilla sin arroz?

Gracias por vuestra paciencia,
Laura Méndez"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Andrés Vidal <andres.vidal@correo.example>",
         to="info@segurosalhogar.example",
         subject="Dudas antes de contratar el seguro de hogar",
         body="""\
Buenas tardes:

Estoy comparando seguros de hogar para el piso que acabamos de comprar y, antes de contratar el vuestro (presupuesto PRE-88213), tengo algunas dudas:

1. Si hay un incendio en la cocina y el fuego daña también el piso del vecino, ¿lo cubre la responsabilidad civil?
2. ¿Entra la explosión de una bombona de butano? En el edificio hay gas natural, pero en la terraza usamos una barbacoa de butano.
3. En caso de robo con la puerta forzada, ¿cubrís el portátil y las joyas, o hay un límite?
4. Si me roban el móvil por la calle, ¿entra?
5. Si el perro muerde a alguien en el parque, ¿estaría cubierto?

En cuanto lo tenga claro, lo contrato.

Gracias,
Andrés Vidal"""),

    dict(n=20, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Marta Ibáñez <marta.ibanez@correo.example>",
         to="atencion@superfresco.example",
         subject="SMS falso haciéndose pasar por vosotros",
         body="""\
Hola,

Os copio un SMS que me ha llegado esta mañana, por si no lo tenéis controlado:

«SuperFresco: su pedido n.º 55821 esta retenido por falta de pago de 1,99 EUR de gastos de envio. Abone antes de 24h aqui: superfresco-entregas.example/pago»

No he pinchado en el enlace ni he metido ningún dato, porque no tengo ningún pedido pendiente y el enlace era rarísimo. Pero mi padre, que también os compra, seguro que habría picado.

Igual estaría bien que avisarais en la app de que hay gente intentando robar datos con vuestro nombre, que esto es phishing de manual.

Un saludo,
Marta Ibáñez"""),

    dict(n=21, signals="-", priority="low", trap="event", qt=0, reply=0,
         frm="Dani Rivas <dani.rivas@correo.example>",
         to="comunidad@colmena-coworking.example",
         subject="Hackatón del sábado 19: dudas de un equipo",
         body="""\
¡Hola!

Somos un equipo de tres (todos socios del espacio de la calle Pelayo) y nos hemos apuntado al hackatón de ciberseguridad del sábado 19. Unas dudas:

- El reto es hackear el servidor de pruebas y encontrar la brecha antes que los demás equipos, ¿no? ¿Llevamos nuestros portátiles con Kali o nos dais máquinas?
- ¿La wifi de invitados aguanta si 60 personas lanzan ataques de fuerza bruta a la vez? Lo pregunto en serio, jaja.
- En el cartel pone que hay premio para quien robe más contraseñas del sistema de la demo, ¿se pueden usar diccionarios propios?
- ¿A qué hora cierra el edificio? Si se alarga, no queremos quedarnos encerrados otra vez como en el de junio.

¡Gracias!
Dani, Lucía y Pau"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sara Beltrán <sara.beltran@correo.example>",
         to="socios@impulsofit.example",
         subject="La clase de spinning de ayer fue una bomba",
         body="""\
¡Hola!

Solo quería decir que la clase de spinning de ayer a las 19:00 con Rubén fue una bomba. Salí muerta, me ardían las piernas y hoy no puedo ni bajar las escaleras, pero estoy que me salgo. El tío es un crack, la música estaba que ardía y la sala, a reventar.

Una sugerencia: ¿podríais poner una segunda sesión los jueves? Los lunes a esa hora es una lucha a muerte por pillar bici, las plazas vuelan en dos minutos.

Un abrazo,
Sara (socia del centro de Chamberí)"""),

    dict(n=23, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Irene Castaño <direccion.tecnica@teatrodelarenal.example>",
         to="alquiler@efectosescenicos.example",
         subject="Presupuesto efectos especiales - «Sangre y ceniza»",
         body="""\
Buenos días:

Les escribo desde el Teatro del Arenal (Sevilla). En febrero estrenamos «Sangre y ceniza», un drama que termina con el incendio de la casa y la muerte del protagonista en escena. Para ello necesitaríamos alquilar:

- una máquina de humo bajo y otra de niebla;
- llamas artificiales de tela con ventilador (en la sala no se permite fuego real);
- dos pistolas de fogueo y el efecto sonoro de una explosión;
- sangre artificial lavable, unos 5 litros para las 24 funciones.

¿Podrían pasarnos presupuesto para dos meses de alquiler, con transporte y montaje? El estreno es el 12 de febrero.

Saludos cordiales,
Irene Castaño
Directora técnica - Teatro del Arenal"""),

    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Cristina Lafuente <cris.lafuente@correo.example>",
         to="atencion@mudanzasebro.example",
         subject="Re: Cobro duplicado de la mudanza",
         body="""\
Hola Jorge:

Ya lo veo en la cuenta, muchas gracias por la rapidez.

Aprovecho: mi madre se muda en enero de Zaragoza a Huesca, un piso pequeño de dos habitaciones. ¿Le podéis hacer presupuesto? ¿Os paso su teléfono?

Un saludo,
Cristina

El mié, 9 dic 2026 a las 13:12, Jorge - Mudanzas Ebro <atencion@mudanzasebro.example> escribió:
> Hola Cristina:
> Tienes toda la razón, el datáfono pasó el cargo dos veces. Hoy hemos devuelto los 640 € del segundo cobro; según tu banco puede tardar uno o dos días en verse.
> Disculpa las molestias.
> Jorge
>
> El mar, 8 dic 2026 a las 20:41, Cristina Lafuente <cris.lafuente@correo.example> escribió:
> > Buenas tardes: me habéis cobrado dos veces la mudanza del viernes, dos cargos de 640 € en la tarjeta con la misma fecha. Os adjunto captura. ¿Me devolvéis uno, por favor?"""),
]
