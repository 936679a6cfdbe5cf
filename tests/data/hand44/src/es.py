# blind45 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ramón Echeverría <ramon.echev@correo.example>",
         to="soporte@solarvall.example",
         subject="URGENTE el inversor echa humo",
         body="""\
hola, os escribo desde el garaje. el inversor que me pusisteis en marzo esta echando humo por la rejilla de abajo y huele a plastico quemado, la carcasa quema al tocarla. he bajado el general de la casa pero sigue haciendo un zumbido raro y como es de dia las placas siguen dando corriente no?? tengo al lado el coche y el bidon de gasolina del cortacesped. que hago, llamo a los bomberos? al telefono de urgencias no contesta nadie

Ramon
C/ Los Almendros 14, Villanueva del Campo"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Lucía Berrocal <luciaberrocal84@mail.example>",
         to="atencioncliente@hornosdelsur.example",
         subject="mi hijo alergico ha comido vuestra magdalena \"sin frutos secos\"",
         body="""\
Buenas tardes,
esta mañana compre en la tienda de la Avenida de la Constitucion dos magdalenas de la bandeja que ponia SIN FRUTOS SECOS, precisamente porque mi hijo Hugo (7 años) es alergico a la nuez. A la media hora empezo con la boca hinchada, ronchas por todo el cuello y le costaba tragar. Le tuvimos que pinchar la adrenalina y salir corriendo a urgencias, ahora esta en observacion.
Al partir la otra magdalena en casa tiene trozos de nuez clarisimos, tengo fotos.
Quiero saber que ha pasado con ese lote porque otro niño puede no tener tanta suerte. Por favor retiradlas YA de las tiendas.

Lucia Berrocal
612 448 093"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Manolo Pérez <manoloperez@telemail.example>",
         to="clientes@piscinasaquaclar.example",
         subject="calambre en la piscina despues de cambiar los focos",
         body="""\
el martes vino vuestro tecnico a cambiar los focos led de la piscina. hoy mi sobrina se ha metido y al agarrarse a la escalera ha pegado un grito, dice que le ha dado corriente en los brazos. me he acercado yo y al tocar la barandilla con la mano mojada tambien he notado un hormigueo fuerte. he sacado a todos del agua y he bajado el automatico de la depuradora en el cuadro. la niña esta bien pero asustada y con el brazo rojo
esto es muy grave, que venga alguien HOY a mirarlo antes de que se bañe nadie mas. tlf 633 20 14 87"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Iratxe Gorostiza <iratxe.g@posta.example>",
         to="ayuda@movilcar.example",
         subject="coche 4821 KLP NO FRENA",
         body="""\
Acabo de dejar el coche 4821 KLP en la calle Autonomia porque no frenaba. Bajando del puente he pisado el freno y el pedal se ha ido hasta el fondo, he tenido que reducir a segunda y tirar del freno de mano para no llevarme por delante a un ciclista. Al cogerlo ya salio un testigo naranja en el cuadro pero pense que era lo de la presion de las ruedas.
He cerrado el viaje en la app y la app lo sigue mostrando como DISPONIBLE!!! Bloquearlo ahora mismo antes de que lo coja otra persona. Todavia estoy temblando."""),

    dict(n=5, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Dani Robles <danirobles.92@mail.example>",
         to="soporte@flechazo.example",
         subject="me han robado la cuenta y estan pidiendo dinero a mis matches",
         body="""\
hola necesito ayuda urgente. anoche me llego un correo vuestro diciendo que se habia cambiado el email de mi cuenta y yo no he sido. ahora no puedo entrar, me dice contraseña incorrecta y el codigo de verificacion va a un numero que no es el mio.
una chica con la que hablaba me ha escrito por insta diciendo que "yo" le he pedido 300 euros por bizum para un billete de tren. alguien esta usando mi perfil con mis fotos para estafar a gente!! bloquead el perfil ya porfavor. mi usuario es dani_rb92 y el correo original era este"""),

    dict(n=6, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Sonia Vidal - Espacio Nodo <recepcion@espacionodo.example>",
         to="support@deskhub.example",
         subject="NADIE puede entrar en la app desde las 8:00",
         body="""\
Hola, somos el coworking Espacio Nodo (cuenta 2231).
Desde primera hora ningun socio puede iniciar sesion en la app, les sale "credenciales no validas" aunque pongan bien la contraseña, y yo tampoco puedo entrar al panel de administracion. He probado a restablecer mi contraseña y el correo no llega.
El problema es que la puerta y las salas se abren con la app, asi que tengo a unas 60 personas sin poder pasar, dos empresas con reuniones con clientes a las 9:30 y las impresoras tampoco van porque piden el login.
Llamadme por favor al 911 552 780, es urgente.
Sonia"""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Jorge Almagro <jorge.almagro@hornosdelsur.example>",
         to="soporte@tpvnube.example",
         subject="ninguna tienda puede cobrar con tarjeta",
         body="""\
Buenos dias, desde las 7 y pico ninguno de los datafonos de nuestras 9 tiendas pasa las tarjetas, se quedan en "conectando con servidor" y a los dos minutos error de comunicacion. Es sabado, hay cola en todas y la gente se va sin comprar porque casi nadie lleva efectivo. Ya hemos reiniciado aparatos y router, nada.
Comercio n. 0048812. Decidme algo lo antes posible.

Jorge Almagro
Hornos del Sur - Operaciones"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marisol <marisol.quintana@mail.example>",
         to="ayuda@pequesapp.example",
         subject="la app no abre",
         body="""\
Hola, desde ayer por la tarde la app se queda en blanco con la ruedita dando vueltas y no pasa de ahi. La he borrado y vuelto a instalar y nada, y en el movil de mi marido igual. No puedo ver los mensajes de la guarde ni avisar de que mañana la niña no va, ni siquiera el menu. Tengo un iphone 11. Os pasa a todos o es cosa mia?
Gracias

Enviado desde mi iPhone"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Héctor Salinas <hsalinas@correo.example>",
         to="soporte@bibliodigital.example",
         subject="No puedo abrir ningun libro",
         body="""\
Buenas noches, soy socio de la biblioteca municipal y uso su aplicacion para los prestamos de libros electronicos. Desde el lunes cualquier libro que intento abrir me sale "Error 503 servicio no disponible" y se cierra la aplicacion. Tengo tres libros prestados, uno se me vence el viernes y es justo el que necesito para el club de lectura. Ya probe en la tablet y en la computadora y es lo mismo.
¿Cuando lo van a arreglar?
Saludos."""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Pau Ferrer <pau@escolaneu.example>",
         to="suport@pistapass.example",
         subject="el lector de QR de la app de monitores falla en android",
         body="""\
Hola, desde la actualizacion de ayer el lector de QR de la app de monitores no lee los bonos de los alumnos, la camara se queda en negro. De momento metemos el numero de bono a mano y asi si funciona, pero con 40 crios en cola a las 9 es un rollo y se nos forma tapon en el punto de encuentro. Pasa en los Android, en los dos iPhone que tenemos va bien.
Podeis mirarlo? Gracias
Pau - Escola de Neu Bonaigua"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Mudanzas Gil <administracion@mudanzasgil.example>",
         to="pagos@reservamudanza.example",
         subject="liquidacion de febrero sin llegar - nominas el viernes",
         body="""\
Buenos dias,
os escribo por tercera vez. La liquidacion de las mudanzas de febrero (14 servicios, 9.380,50 EUR) tenia que estar ingresada el dia 5 y a dia de hoy no hay nada en la cuenta. En vuestro panel pone "pagado" pero al banco no ha llegado ninguna transferencia.
Somos una empresa pequeña, el viernes tengo que pagar las nominas de 6 personas y el gasoil y sin ese dinero no llego. Necesito que me digais HOY que ha pasado con esa transferencia y me mandeis el justificante.
Un saludo,
Mari Carmen Gil
Administracion"""),

    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Begoña Lasa <begolasa@mail.example>",
         to="ayuda@compartecoche.example",
         subject="Re: Reembolso viaje 20/04",
         body="""\
Hola otra vez, han pasado tres semanas y el reembolso no me ha llegado. En el extracto de la tarjeta sigue el cargo de 38,40 y ninguna devolucion. Lo podeis mirar?
Begoña

El jue, 24 abr 2025 a las 11:02, Soporte Comparte (<ayuda@compartecoche.example>) escribió:
> Hola Begoña:
> Debido a la caída de nuestro sistema el pasado sábado, algunos viajes no se
> cerraron correctamente y se facturaron horas de más. Hemos revisado tu caso y
> procedemos a reembolsarte 38,40 €. Lo verás en tu cuenta en 5-7 días hábiles.
> Un saludo,
> Equipo Comparte"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Clínica Veterinaria Los Tilos <admin@vetlostilos.example>",
         to="facturacion@vetgestion.example",
         subject="cobro duplicado cuota marzo",
         body="""\
Hola, este mes nos habeis pasado dos recibos de la cuota mensual (89 + IVA cada uno), el dia 1 y el dia 3, mismo concepto. Adjunto captura del banco.
Ademas la factura sigue saliendo a nombre de la razon social antigua, el cambio os lo pedimos en enero.
Por favor devolved uno de los dos cargos y mandadnos la factura corregida con el CIF B84736291.
Gracias,
Nerea (administracion)"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Encarna Ruiz <encarnaruiz1956@mail.example>",
         to="clientes@azulpiscinas.example",
         subject="cambiar tarjeta",
         body="""\
Buenas tardes, perdonen la molestia.
Soy clienta de ustedes desde hace años para el mantenimiento de la piscina de la casa del pueblo y estoy muy contenta con Alfonso, el chico que viene. Les escribo porque me ha llegado carta del banco de que la tarjeta me caduca en junio y me mandan una nueva. Como hago para cambiarla para que me sigan cobrando la cuota igual? Lo tengo que hacer yo en la pagina o se lo digo a ustedes por telefono? Mi nieta me ha dicho que escriba aqui.
Muchas gracias y un saludo,
Encarna"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Álvaro Mena <alvaromenafoto@mail.example>",
         to="soporte@fotolab.example",
         subject="no puedo entrar, el codigo va a mi movil antiguo",
         body="""\
cambie de movil y de numero la semana pasada y ahora no hay manera de entrar en mi cuenta. pongo usuario y contraseña bien y me pide el codigo que llega por sms al numero viejo, que ya no tengo. le doy a "no tengo acceso a mi telefono" y me devuelve a la misma pantalla. tengo los pedidos de una boda pendientes de mandar a imprimir y no puedo hacer nada. como lo soluciono? el correo de la cuenta es este mismo"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Noelia Campos <noe.campos@mail.example>",
         to="soporte@autoescuelaonline.example",
         subject="RE: Incidencia 55821 - cambio de correo",
         body="""\
Sigo igual. Hice lo que me dijisteis pero el enlace para confirmar el correo nuevo no llega, ni en spam ni en nada. El correo viejo era el del instituto y ya me lo han cerrado. De momento puedo entrar con la contraseña pero no se que pasara cuando me caduque la sesion. Porfa cambiadlo vosotros a mano.

-----Mensaje original-----
De: Soporte Autoescuela Online <soporte@autoescuelaonline.example>
Enviado el: martes, 6 de mayo de 2025 9:14
Para: noe.campos@mail.example
Asunto: Incidencia 55821 - cambio de correo

> Hola Noelia, para cambiar el correo de acceso entra en Mi perfil / Datos de
> acceso y pulsa en "Cambiar email". Te llegará un enlace de confirmación al
> correo nuevo.
> Un saludo."""),

    dict(n=17, signals="account", priority="medium", trap="aside", qt=0, reply=0,
         frm="Pilar Ortega <pilarortega.m@mail.example>",
         to="socios@rutasvivas.example",
         subject="Baja de la cuenta de mi padre",
         body="""\
Buenos dias.
Mi padre, Anselmo Ortega Diaz, era socio de vuestro club de senderismo y usaba la app para apuntarse a las salidas. Fallecio el mes pasado y querria cerrar su cuenta, porque le siguen llegando avisos de rutas al movil y a mi madre le da mucha pena verlos. No tengo su contraseña y el movil esta bloqueado con huella.
¿Que documentacion os tengo que mandar? Tengo el certificado de defuncion.
Gracias."""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Quique Navarro <quiquenavarro@mail.example>",
         to="ayuda@pequesapp.example",
         subject="usuario para la abuela?",
         body="""\
buenas, una pregunta rapida. mi suegra recoge a la niña los martes y jueves y le vendria bien ver los avisos de la guarde. se le puede crear un usuario propio o tiene que entrar con el mio? no quiero darle mi contraseña la verdad jaja. gracias"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carmen Soler <carmensoler@mail.example>",
         to="info@escolaneu.example",
         subject="gracias por la semana!!",
         body="""\
Hola! Solo queria daros las gracias por la semana de cursillo. Los niños han vuelto reventados, con las piernas muertas y rojos como gambas (culpa mia que no les puse crema jaja) pero felicisimos. El pequeño el primer dia se pego un castañazo en la cinta y pense que no iba a querer volver, y al final no habia quien lo sacara de la pista.
Mencion especial a Jordi, que tiene una paciencia que me mata. Casi me muero de la risa viendo el video del slalom. El año que viene repetimos seguro.
Un abrazo!"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Raquel Ibáñez <raquel.ibz@mail.example>",
         to="reservas@enigmaroom.example",
         subject="Pregunta sala Fuga de Gas",
         body="""\
Hola! Somos 6 compañeros de trabajo y queremos hacer la sala "Fuga de Gas" o "El Envenenador" el viernes 14 por la tarde. Una compañera esta embarazada de 5 meses, hay algo en esas salas que no pueda hacer? (humo, sustos fuertes, tener que agacharse mucho...). Y en la de Fuga de Gas os quedais encerrados de verdad o se puede salir si alguien se agobia?
Gracias!!"""),

    dict(n=21, signals="-", priority="low", trap="forward", qt=0, reply=0,
         frm="Tomás Aguirre <tomas.aguirre@mail.example>",
         to="ayuda@movilcar.example",
         subject="Fwd: Su cuenta sera suspendida - verifique sus datos",
         body="""\
Os reenvio este correo que me ha llegado, huele a timo. No he pinchado en el enlace ni he metido nada, os lo mando por si le llega a mas gente. Mi cuenta va normal.

---------- Mensaje reenviado ---------
De: MovilCar Seguridad <alerta@movilcar-verificacion.example>
Date: dom, 11 may 2025 a las 22:47
Subject: Su cuenta sera suspendida - verifique sus datos
To: <tomas.aguirre@mail.example>

Estimado cliente,
Hemos detectado un acceso no autorizado a su cuenta y un cargo sospechoso de 249,00 EUR. Para evitar el bloqueo de su cuenta y el robo de sus datos, verifique su identidad y su tarjeta en las proximas 24 horas:
http://movilcar-verificacion.example/login
Departamento de Seguridad"""),

    dict(n=22, signals="-", priority="low", trap="event", qt=0, reply=0,
         frm="Iván Domínguez <ivan.dguez@mail.example>",
         to="comunidad@espacionodo.example",
         subject="jornada modo avion del jueves",
         body="""\
Hola! He visto en el tablon lo de la jornada "Modo Avion" del jueves: todo el coworking offline, wifi apagado de 10 a 14 y nada de pantallas para trabajar sin distracciones. Me apunto!
Una duda: puedo traer el portatil aunque no haya red para escribir a mano... bueno, a teclado jaja, o la idea es desconectar del todo? Y si se me cae la productividad por los suelos os echo la culpa a vosotros."""),

    dict(n=23, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Elena Marín <elenamarin.r@mail.example>",
         to="encargos@hornosdelsur.example",
         subject="encargo tarta jubilacion",
         body="""\
hola buenas, queria encargar una tarta de chocolate para unas 20 personas para el jueves 22, es para la jubilacion de un compañero del banco. En la tarta queremos que ponga "Enhorabuena Paco, por fin cobras sin madrugar" y si se puede un dibujo de una hucha con billetes saliendo. Se podria poner tambien el logo del banco impreso en papel de azucar? Pasare a recogerla sobre las 18h.
Gracias!
Elena"""),

    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gonzalo Ruiz-Tapia <gruiztapia@mail.example>",
         to="atencion@mudanzaslince.example",
         subject="Re: Doble cargo mudanza 3 de junio",
         body="""\
Perfecto, muchas gracias por la rapidez. Y ya que estoy, felicitad de mi parte a los chicos que vinieron, subieron el sofa por la escalera sin un rasguño y siempre de buen humor.

Un saludo,
Gonzalo

El 10/06/2025 a las 9:31, Mudanzas Lince <atencion@mudanzaslince.example> escribió:
> Estimado Gonzalo:
> Tiene toda la razón, por un error se le cobró dos veces el importe de la
> mudanza (1.240,00 €). Ya hemos emitido la devolución del cargo duplicado,
> le llegará en 3-5 días hábiles.
>
> El 9/06/2025 a las 20:12, Gonzalo Ruiz-Tapia escribió:
> > Me habeis cobrado DOS VECES la mudanza en la tarjeta, quiero que me
> > devolvais uno ya."""),
]
