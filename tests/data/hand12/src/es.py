# blind13 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Iñaki Zubeldia Arrieta <izubeldia@correo-norte.example>",
         to="ayuda@motosya.example",
         subject="Maneta del freno suelta - moto 3F-218",
         body="""\
Hola,

Ayer por la tarde alquilé con la app la moto 3F-218 (la roja, de 125) para ir de
Deusto a Santutxu. Bajando por la avenida, a unos 45 por hora, noté un clac y la
maneta del freno delantero se quedó colgando, sujeta solo por el cable. Tuve que
parar con el freno de atrás y con los pies, y acabé rozando el bordillo. Tengo el
codo y la palma de la mano en carne viva y el pantalón roto, pero puedo moverlo todo.

La moto la dejé en la calle Zabalbide, frente al número 40, con la maneta atada con
una goma del pelo. No la he vuelto a encender. Por favor, retiradla antes de que otra
persona la alquile, porque en la app sigue apareciendo como disponible.

Iñaki
+34 555 31 20 88"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Quiroga Lado <marta.quiroga@buzon.example>",
         to="ludoteca@juegaconmigo.example",
         subject="Juego de pesca magnética - falta una pieza",
         body="""\
Buenos días:

El sábado nos llevamos en préstamo el juego «Pesca en el estanque» (ficha 4471). Esta
mañana he encontrado a mi hijo Bruno, de 20 meses, con uno de los imanes redondos en
la boca: se había despegado de la punta de una de las cañas. Al contarlos falta otro
imán, y no aparece ni debajo del sofá ni en la alfombra.

Desde las diez ha vomitado tres veces, no quiere comer y se queja de la tripa. Vamos
ahora mismo al centro de salud. ¿Me podéis decir cuántos imanes traía el juego en
total y de qué tamaño son? La pediatra nos lo va a preguntar.

Creo que deberíais retirar los otros ejemplares de ese juego.

Marta Quiroga
Tel. 555 84 17 02"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Rafael Echegoyen Sanz <rafa.echegoyen@mimail.example>",
         to="soporte@portalpaciente-hsr.example",
         subject="Veo los análisis de OTRA paciente en mi portal",
         body="""\
Hola, acabo de entrar en el portal del paciente del Hospital San Roque para descargar
los resultados de mi analítica del martes y en la pestaña «Mis informes» aparecen
cinco documentos a nombre de una tal Encarnación M. G., con su DNI, su dirección, una
serología y una ecografía. Mis propios resultados no están.

Esto es una brecha de datos muy seria. Si yo veo los suyos, imagino que otra persona
puede estar viendo los míos. No he descargado nada suyo ni lo voy a hacer. Quiero
saber qué ha pasado, quién ha tenido acceso a mi historial y si lo vais a comunicar a
la autoridad de protección de datos.

Número de historia clínica: 2024-118-7730.

Rafael Echegoyen Sanz"""),

    dict(n=4, signals="safety", priority="critical", trap="rash", qt=0, reply=0,
         frm="Lucía Ballesteros <lucia.ballesteros@familia-bm.example>",
         to="atencion@piscinasclaras.example",
         subject="Niños con ronchas tras el mantenimiento de la piscina",
         body="""\
Buenas tardes,

El técnico vino ayer a las 16:00 a hacer el tratamiento de choque de la piscina
(contrato PC-5520). Hoy por la mañana mis hijos se han bañado y a los diez minutos los
dos tenían los brazos y el pecho llenos de ronchas rojas, les picaban los ojos y la
pequeña no paraba de toser. El agua huele muchísimo a lejía, se nota desde la terraza.

Además, el técnico se dejó junto a la escalera un cubo abierto con pastillas de cloro,
al alcance de cualquier niño. Lo he guardado en el garaje.

Me parece un peligro enorme. Necesito que alguien venga hoy mismo a medir el cloro y
que me digáis qué producto echó y en qué cantidad, porque el médico de guardia me lo
ha pedido.

Lucía Ballesteros
Urbanización Los Almendros, 12 - Tel. 555 40 76 13"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Clínica Ortodoncia Sonrisa Alta <recepcion@sonrisa-alta.example>",
         to="soporte@dentagenda.example",
         subject="No podemos ver la agenda de hoy - 3 sillones parados",
         body="""\
Hola,

Desde las 8:15 la agenda se queda en blanco al abrirla, tanto en el ordenador de
recepción como en los de los gabinetes. Tampoco cargan las fichas ni las radiografías
de los pacientes. Hemos reiniciado todo y probado desde el móvil: lo mismo.

Tenemos 46 citas hoy, la sala de espera está llena y estamos apuntando a mano en un
folio quién llega, sin saber qué tratamiento le toca a cada uno. Los doctores no
pueden ajustar brackets sin ver la planificación y ya hemos tenido que mandar a casa
a cuatro familias.

Llamadnos al 555 21 09 47 en cuanto sepáis algo. Cliente n.º DA-0392.

Noelia Prats, recepción"""),

    dict(n=6, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Javier Montoya <jmontoya@hogarnet.example>",
         to="soporte@cunavigia.example",
         subject="¿Es normal que la app no muestre la cámara desde ayer?",
         body="""\
Hola, ¿es normal que desde ayer por la noche la app de CunaVigía se quede con la
ruedecita girando y no llegue a mostrar la imagen de la cámara? La luz de la cámara
está en verde y el wifi de casa va bien, el resto de aparatos se conectan sin
problema. He desinstalado y vuelto a instalar la app y he reiniciado la cámara dos
veces.

Anoche tuvimos que dormir con la puerta del cuarto de la niña abierta porque no había
forma de verla. Modelo CV-200, app versión 4.2.1, Android.

Javier"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Pilar Salcedo <pilarsalcedo@lectores.example>",
         to="ayuda@biblioteca-digital.example",
         subject="Los audiolibros se cortan a mitad",
         body="""\
Hola. Los libros electrónicos los descargo sin problema, pero los audiolibros se paran
a los 15 o 20 minutos con «Error de reproducción». Desde la web en el ordenador van
bien; el fallo es solo en la app del móvil. Carné de lector 0088-4512.

Gracias,
Pilar"""),

    dict(n=8, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Cervezas Sierra Alta <pedidos@cervezas-sierralta.example>",
         to="soporte@tiendafacil.example",
         subject="TIENDA CAÍDA en pleno lanzamiento de la edición de Navidad",
         body="""\
Buenas,

Nuestra tienda online (cervezas-sierralta.example, plan Pro) está caída desde las
11:40. Sale un error 502 a todo el mundo, y a nosotros también en el panel de
administración. Justo hoy a las 12:00 lanzábamos la edición limitada de Navidad, que
habíamos anunciado en redes y en la newsletter a 9.000 suscriptores. Nos llegan
mensajes de clientes que no pueden comprar y cada hora sin tienda son cientos de euros.

¿Tenéis algún aviso de incidencia? Necesitamos una estimación ya.

Álvaro Pedrosa
Cervezas Sierra Alta - 555 63 02 19"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Marc Vidal i Roca <marc.vidal@estudiovr.example>",
         to="soporte@cowork-llum.example",
         subject="Las tarjetas no abren las salas de la 3ª planta",
         body="""\
Hola,

Desde el lunes nuestras tarjetas de acceso abren la puerta principal y la de nuestra
oficina, pero no las salas de reuniones de la tercera planta: el lector pita dos veces
y se queda en rojo. Le pasa a todo el equipo (somos 7). De momento nos apañamos porque
en recepción nos abren con la llave maestra, pero a partir de las 19:00, cuando ya no
hay nadie en recepción, no podemos usar las salas que tenemos reservadas.

Perdoneu si barrejo idiomes, gràcies!

Marc Vidal"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Beatriz Olmedo <bea.olmedo@correo.example>",
         to="hola@cafedelmes.example",
         subject="Cobro duplicado de la suscripción de noviembre",
         body="""\
Hola,

Este mes me habéis cobrado dos veces la suscripción de café (plan Molido 500 g): dos
cargos de 18,90 € en la tarjeta terminada en 4417, los dos con fecha del 3 de
noviembre. Solo he recibido un paquete, como siempre.

¿Me podéis devolver el segundo cargo? Os adjunto captura del extracto.

Un saludo,
Beatriz Olmedo
Suscriptora n.º CM-20931"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Gestoría Alameda <nominas@gestoria-alameda.example>",
         to="soporte@nominapro.example",
         subject="Nóminas devueltas - 3 trabajadores sin cobrar",
         body="""\
Buenos días,

Lanzamos la remesa de nóminas de octubre desde vuestra plataforma el día 30 y hoy el
banco nos informa de que tres de las transferencias se han devuelto con el código
«AC04 - cuenta cancelada», aunque las cuentas son correctas y las hemos comprobado con
los trabajadores. El importe (4.312,77 €) ha vuelto a la cuenta de la empresa, pero la
plataforma no nos deja relanzar solo esos tres pagos: dice «remesa ya procesada».

Son empleados de un obrador cliente nuestro y tienen que pagar el alquiler esta
semana. Necesitamos poder reenviar esos pagos hoy.

Carmen Ruiz Alameda
Tel. 555 12 66 30"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Tomás Herrán <therran@musicaparatodos.example>",
         to="entradas@coroyorquesta.example",
         subject="Reembolso del concierto cancelado del 14 de octubre",
         body="""\
Hola,

Compré cuatro entradas (pedido ENT-77821, 88 €) para el concierto del Coro Ciudad de
Soria del 14 de octubre, que se canceló. El correo que recibí decía que el reembolso
se haría en un plazo de 14 días y ya han pasado más de cinco semanas. En mi tarjeta no
aparece ninguna devolución.

¿Podéis comprobar qué ha pasado?

Gracias,
Tomás"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Ana Belén Cuesta <anabelen.cuesta@correo.example>",
         to="clientes@cambiodivisas.example",
         subject="Pregunta sobre una comisión",
         body="""\
Hola, ayer recogí en vuestra oficina del aeropuerto las 300 libras que había reservado
por la web y en el recibo aparece una «comisión de gestión» de 2,50 €. No es mucho y no
me quejo, es solo curiosidad: ¿se cobra siempre o es por recogerlo en el aeropuerto?
Así lo tengo en cuenta para el próximo viaje.

Gracias,
Ana Belén"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Manuel Ortega Villar <m.ortega.villar@correo-mv.example>",
         to="participes@pensionesfuturo.example",
         subject="Me ha bloqueado el acceso al área de partícipes",
         body="""\
Buenas tardes:

Al intentar entrar en el área privada para consultar el saldo de mi plan de pensiones
me equivoqué con la contraseña tres veces y ahora me sale «Usuario bloqueado. Contacte
con su gestor». El enlace de «He olvidado mi contraseña» me lleva al mismo mensaje.

Mi número de partícipe es PF-0061823. Les agradecería que me lo desbloquearan; tengo
que revisar las aportaciones antes de fin de año.

Atentamente,
Manuel Ortega Villar"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Sergio Lafuente <slafuente@correo.example>",
         to="ayuda@cajapopular-coop.example",
         subject="Código SMS",
         body="""\
Hola, ¿es normal que el código por SMS para entrar en la banca online no me llegue
nunca? Lo he pedido seis veces desde esta mañana. Cambié de compañía de móvil la semana
pasada, pero conservé el mismo número (555 70 33 81). Sin el código no puedo entrar en
mi cuenta. ¿Hay otra forma de verificarme?

Sergio Lafuente, socio 3310-B"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Claire Dubois <claire.dubois@mailbox.example>",
         to="support@hablamos-app.example",
         subject="Mi perfil ha desaparecido",
         body="""\
Hola,

Uso Hablamos desde hace dos años (perfil «ClaireParis_ES»). Ayer al abrir la app me
pidió crear una cuenta nueva, y cuando intento entrar con mi correo dice que no existe
ningún perfil con ese correo. He perdido todas mis conversaciones y mis 14 compañeros
de intercambio. Yo no he borrado nada.

Sorry, my Spanish is not perfect - I can explain in English if that is easier.

¿Podéis recuperar mi perfil? Tengo la suscripción Premium anual desde marzo.

Claire"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Rocío Blanco <rocio.blanco@correo.example>",
         to="alumnos@aprendeonline.example",
         subject="¿Cómo cambio el correo de mi cuenta?",
         body="""\
Hola, quiero que los avisos de los cursos me lleguen al correo del trabajo en lugar de
al personal. ¿Dónde se cambia el correo electrónico de la cuenta? No lo encuentro en
«Mi perfil».

Gracias."""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Daniel Carrasco <dcarrasco@correo.example>",
         to="reservas@aventurapinar.example",
         subject="Re: Aviso: circuito negro cerrado este fin de semana",
         body="""\
Hola, gracias por avisar. Entonces el sábado hacemos el circuito azul. ¿A qué hora
abrís? Seremos cinco adultos y dos niños de 10 años.

Daniel

El jue, 9 may 2024 a las 17:02, Parque Aventura El Pinar (<reservas@aventurapinar.example>) escribió:
> Estimado cliente:
> Por motivos de seguridad, el circuito negro permanecerá cerrado este
> fin de semana. En la revisión anual detectamos un cable de tirolina
> desgastado y lo estamos sustituyendo. El resto de circuitos funcionan
> con normalidad.
> Un saludo,
> Parque Aventura El Pinar"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Paco Jiménez <paco.jimenez@correo.example>",
         to="hola@hornosanantonio.example",
         subject="Vuestras empanadas son una bomba",
         body="""\
Buenas,

Solo quería deciros que la empanada de zorza que pedimos el domingo fue una bomba:
desapareció en cinco minutos y mi cuñado casi se muere del disgusto por llegar tarde.
El pan de centeno también está de muerte.

Una pregunta: ¿hacéis empanadas grandes por encargo para unas 30 personas? Es para el
cumpleaños de mi padre, el día 20.

Paco"""),

    dict(n=20, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Inmaculada Sáez <inma.saez@asociacion-vecinos.example>",
         to="taquilla@teatroyorquesta.example",
         subject="Entradas de grupo para «La noche del apagón»",
         body="""\
Buenas tardes:

Somos una asociación de vecinos y queremos ir unas 25 personas al concierto-teatro
«La noche del apagón» del 7 de marzo. ¿Tenéis descuento para grupos? Y otra duda: si
alguien se pone enfermo y no puede venir, ¿se le devuelve el dinero de la entrada o se
puede cambiar a otra fecha? Quiero explicarlo bien antes de recoger el dinero.

Gracias,
Inmaculada Sáez"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Ernesto Villalba <ernesto.villalba@correo.example>",
         to="avisos@cerrajeriarapida.example",
         subject="Re: Cita cerrajero - puerta blindada",
         body="""\
Buenos días,

Solo para daros las gracias. Julián vino ayer a las nueve, cambió el bombín de la
puerta blindada que se había quedado atascada y nos lo dejó todo perfecto en media
hora. El sábado no podíamos ni entrar en casa y hoy la puerta cierra mejor que nunca.
Un profesional de los de antes.

Un saludo,
Ernesto"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Centinela Alarmas <boletin@centinela-alarmas.example>",
         to="soporte@tiendadelhogar.example",
         subject="Boletín de noviembre: robos en vacaciones y fraude telefónico",
         body="""\
BOLETÍN DE NOVIEMBRE - CENTINELA ALARMAS

Este mes:

· Robos en vacaciones: cinco consejos para que tu casa no parezca vacía.
· Caso real: cómo una llamada falsa de «soporte técnico» intentó hacerse con los
  códigos de una clienta (y por qué no lo consiguió).
· Nuevo detector de humo conectado: aviso en el móvil si salta la alarma de incendio.
· Webinar gratuito el 21/11: «Fraude telefónico y suplantación: lo que debes saber».

Recibes este correo porque estás suscrito al boletín de Centinela Alarmas.
Si no deseas recibir más boletines, pulsa aquí para darte de baja."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Olga Márquez Tena <olga.marquez@correo.example>",
         to="reservas@campingmarazul.example",
         subject="RE: Devolución fianza parcela 27 - TERCER AVISO",
         body="""\
Buenos días,

Es la tercera vez que escribo y nadie me contesta. Han pasado siete semanas desde que
dejamos la parcela y sigo sin la fianza de 350 €. El día 1 tengo que pagar la fianza
del piso nuevo y cuento con ese dinero. Si esta semana no está devuelta, pondré una
reclamación en la oficina de consumo.

Olga Márquez

-----Mensaje original-----
De: Olga Márquez Tena
Enviado el: lunes, 14 de octubre de 2024 9:12
Para: reservas@campingmarazul.example
Asunto: RE: Devolución fianza parcela 27

> Buenos días, el 30 de septiembre entregamos la caravana y la parcela 27
> en perfecto estado (lo revisó vuestro encargado, Rubén). Nos dijisteis
> que la fianza de 350 € se devolvía en 10 días a la misma tarjeta.
> Todavía no la hemos recibido. ¿Podéis mirarlo?
> Olga"""),

    dict(n=24, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Patricia Lorente <p.lorente@grupo-educativo-alba.example>",
         to="soporte@comedorescole.example",
         subject="Pedidos de la semana del 18 - 12 colegios",
         body="""\
Hola,

Os escribo como responsable de compras del Grupo Educativo Alba (12 colegios, unos
1.800 menús diarios, contrato marco n.º CE-2021-088).

Primero, gracias por el cambio de proveedor de fruta: los niños lo han notado y las
familias también. Os confirmo además que la visita de la nutricionista del jueves
sigue en pie, y que ya hemos enviado las encuestas de satisfacción del trimestre.

Ahora lo importante: desde ayer por la tarde ninguno de los coordinadores de los
colegios consigue guardar los pedidos de la semana que viene en el portal. Rellenan
las cantidades, pulsan «Confirmar» y la página se recarga vacía, sin ningún mensaje.
Lo hemos probado desde varios ordenadores y navegadores. El plazo para cerrar los
pedidos es mañana a las 9:00; si no entran, la cocina central no preparará nada para
la semana del 18 y serían 1.800 niños sin comedor, 140 de ellos con menús especiales.

Our group director, Mr. Hughes, is in copy and would like a call from you today.

Patricia Lorente
Tel. 555 91 48 20"""),
]
