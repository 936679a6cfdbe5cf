# blind39 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rubén Castillo <ruben.castillo@correo-madrid.example>",
         to="atencion@talleres-rumbo.example",
         subject="Revisión del coche del jueves - OT 22817",
         body="""\
Buenas,

El jueves dejé el coche (4821 KLM) en vuestro taller de Alcorcón para la revisión de los 60.000 km, con cambio de pastillas y de líquido de frenos (orden de trabajo 22817).

Esta mañana, bajando el puerto de Navacerrada con mis dos hijos detrás, el pedal se fue hasta el fondo y el coche no frenaba. Conseguí pararlo con el freno de mano rozando el guardarraíl. Los niños están bien, el susto ha sido enorme; yo tengo la muñeca hinchada del golpe contra el volante.

La grúa lo ha llevado a un taller de Cercedilla y el mecánico dice que pierde líquido por el latiguillo trasero izquierdo, que parece mal apretado.

Quiero que alguien del taller me llame hoy. No me vuelvo a subir a ese coche hasta que alguien me explique qué ha pasado.

Rubén Castillo
645 218 903

Enviado desde mi iPhone"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Giménez <marta.gimenez@buzon-aragon.example>",
         to="atencionalcliente@supermercados-lonja.example",
         subject="Ensalada de pasta 'sin frutos secos' - lote 2611-B",
         body="""\
Hola,

Os escribo por lo que pasó anoche con una ensalada de pasta al pesto de vuestra marca, comprada en el supermercado de la calle Alfonso I de Zaragoza. En la etiqueta pone bien claro "sin frutos secos" y por eso la compramos: mi hijo Hugo, de 7 años, es alérgico al anacardo y a la nuez.

A los pocos bocados empezó a decir que le picaba la boca, se le hincharon los labios y le costaba respirar. Le pusimos la inyección de adrenalina que llevamos siempre encima y lo llevamos al Miguel Servet, donde estuvo en observación hasta las cuatro de la mañana. Hoy está en casa, agotado.

Hemos guardado el envase con lo que sobró (lote 2611-B, consumo preferente 12/12). Creemos que el pesto lleva anacardo aunque no lo indique.

Os pido que lo comprobéis y que retiréis ese lote si es así. Hay muchas familias como la nuestra.

Marta Giménez
Tel. 676 450 112"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Pilar Ruiz Navarro <pilar.ruiz.n@correo-sur.example>",
         to="pacientes@oxivida-terapias.example",
         subject="Concentrador de oxígeno de mi padre - paciente 55102",
         body="""\
Buenos días:

Mi padre, Anselmo Ruiz (paciente nº 55102), usa por las noches el concentrador de oxígeno que le instalaron ustedes en octubre. Esta madrugada el aparato se apagó solo, sin pitar y sin encender ninguna luz. Cuando entré en su cuarto a las seis estaba muy desorientado, con los labios morados, y tardó un rato en reconocerme. Lo pasamos a la bombona portátil y poco a poco ha vuelto en sí; su médica de cabecera viene esta tarde.

El concentrador ahora vuelve a encenderse, pero no me atrevo a dejarlo con él esta noche. ¿Pueden venir hoy a cambiarlo? A la bombona portátil le quedan pocas horas.

Dirección: C/ Arrabal de San Juan 14, 2º B, Écija (Sevilla)
Teléfono: 654 902 331

Pilar Ruiz Navarro (hija)"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="data", qt=0, reply=0,
         frm="Lucía Ortega Pardo <lucia.ortega@mimail-valencia.example>",
         to="ayuda@pagalia-wallet.example",
         subject="Pagos que yo no he hecho",
         body="""\
Buenas tardes:

Al abrir hoy la app he visto tres pagos con mi cuenta que yo no he hecho: 389 €, 412,50 € y 275 €, los tres de anoche entre las 23:40 y las 23:52, en tiendas de electrónica de Rumanía y Polonia que no conozco. Se han cargado a la tarjeta que tengo vinculada, la que termina en 7730. Yo a esa hora estaba dormida y no recibí ningún aviso, o al menos no lo vi.

Puedo seguir entrando en la app con mi contraseña y ya la he cambiado, pero la tarjeta se ha quedado casi a cero y tengo recibos domiciliados a final de mes.

Necesito que alguien lo mire hoy y que intenten recuperar el dinero.

Un saludo,
Lucía Ortega Pardo"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Javier Peña <produccion@panificadora-hnospena.example>",
         to="soporte@tecnopesaje.example",
         subject="Panificadora Hermanos Peña - línea 2 sin etiquetas desde las 4:00",
         body="""\
Buenos días:

Desde el cambio de turno de las 4:00, las etiquetadoras de la línea 2 no reciben los lotes del programa: la pantalla se queda en "Esperando datos de producción" y no sale ni una etiqueta. Sin etiqueta con lote y alérgenos no podemos sacar nada del obrador.

Ahora mismo tenemos unas 3.200 barras y 900 bandejas de bollería enfriando sin etiquetar, y las 11 personas del turno paradas. Los camiones de reparto a los 46 supermercados de la provincia salen a las 7:00; si no salen, esos clientes abren sin pan.

Ya hemos reiniciado el PC de la línea y las dos etiquetadoras, sin cambios.

Llámennos al 947 302 118, extensión 2.

Javier Peña
Jefe de producción - Panificadora Hermanos Peña, S.L. (Burgos)"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Álex Romero <alex.romero@eventos-atlantia.example>",
         to="soporte@acreditapp.example",
         subject="Congreso SEMFA Palacio de Congresos - mostradores parados",
         body="""\
Los 10 mostradores de acreditación no encuentran a ningún inscrito: la búsqueda devuelve "0 resultados" y las impresoras de acreditaciones no sacan nada. Tenemos 1.800 congresistas inscritos, ya hay más de 400 en cola en el hall y la sesión inaugural empieza en 40 minutos. Hemos reiniciado portátiles y router.
Llamadme ya al 611 540 287.
Álex Romero - coordinador de sede, Eventos Atlantia

Enviado desde mi móvil"""),

    dict(n=7, signals="outage", priority="high", trap="list", qt=0, reply=0,
         frm="Noelia Sanz <noelia@noeliaestilistas.example>",
         to="ayuda@agendapelu.example",
         subject="Varios problemas con la app",
         body="""\
Hola, soy Noelia, de Noelia Estilistas (Getafe). Estoy sola en el salón, así que voy rápido:

1. Desde la actualización de anoche no puedo entrar en la agenda ni en la tablet ni en el ordenador: sale el logo, se queda cargando y vuelve a la pantalla de inicio. No veo ninguna cita de hoy ni de la semana, y tengo la agenda llena y a la gente llamando para confirmar.
2. Los SMS de recordatorio salen con una hora menos desde el cambio de hora de octubre.
3. ¿Se puede poner el logo del salón en el correo de confirmación de cita?

Lo primero es lo que me corre prisa, lo demás cuando podáis.

Gracias,
Noelia Sanz"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Emilio Vázquez <emilio.vazquez@hogarnet.example>",
         to="soporte@calora-hogar.example",
         subject="RE: Caso 0042-7719 - Programación del termostato",
         body="""\
Hola, Sergio. Te contesto debajo de cada pregunta:

> ¿Qué modelo de termostato tiene instalado?
El Calora T3 blanco, instalado en enero.

> ¿Tiene la versión 6.2 de la aplicación o superior?
Sí, la 6.2.1, en un Android.

> ¿Puede describir qué ocurre exactamente?
Creo el horario de lunes a viernes (21 grados de 7 a 9 y de 18 a 23, 17 el resto), le doy a Guardar, sale "Guardado" y al volver a entrar está vacío. El termostato sigue con el horario antiguo, el de antes de la actualización.

> ¿Funciona el control manual?
Sí, subir y bajar la temperatura desde la app o desde el propio aparato va perfecto. Así que de momento lo voy cambiando a mano por la mañana y por la noche.

Un saludo,
Emilio Vázquez"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Consuelo Herrero <consuelo.herrero@correo-castilla.example>",
         to="clientes@seguros-alameda.example",
         subject="Duda sobre el recibo del seguro de hogar",
         body="""\
Buenos días:

Me ha llegado el aviso del recibo de renovación del seguro de hogar (póliza HG-3300917) por 247,30 €, cuando el año pasado pagué 212,80 €. No he cambiado nada de la póliza ni he dado ningún parte en todo el año.

¿Me podrían explicar a qué se debe la subida? Si es por el IPC o por la actualización del valor de la vivienda lo entiendo; solo quiero saberlo antes de que me lo pasen al cobro el día 15.

Muchas gracias,
Consuelo Herrero"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Irene Molina <irene.molina@buzon-joven.example>",
         to="devoluciones@nubemoda.example",
         subject="RE: Solicitud de devolución DEV-558210",
         body="""\
Hola otra vez:

Me dijisteis que el reembolso tardaría "de 5 a 7 días hábiles" desde que recibierais el paquete. Según vuestro propio seguimiento lo recibisteis el 12 de noviembre. Hoy es 8 de diciembre y sigo sin ver los 64,90 € en la tarjeta.

Quiero el reembolso o una explicación con fecha, no otra respuesta automática.

Irene Molina

El 13 nov 2026, a las 9:02, Atención al cliente Nube Moda <devoluciones@nubemoda.example> escribió:
> Hola, Irene:
> Hemos recibido tu devolución del pedido NM-4471203 (abrigo corto, talla M).
> El reembolso de 64,90 € se realizará en el mismo método de pago en un plazo de 5 a 7 días hábiles.
> Gracias por comprar en Nube Moda."""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Francisco Cabello <administracion@fincaelolivar.example>",
         to="empresas@banco-meseta.example",
         subject="Remesa de nóminas rechazada - Finca El Olivar",
         body="""\
Buenos días, Sr. Delgado:

Ayer a las 12:00 enviamos desde la banca de empresas la remesa de nóminas de noviembre: 17 trabajadores de la campaña de la aceituna, 28.460 € en total. Esta mañana nos aparece como "rechazada", sin más explicación, y el dinero sigue en nuestra cuenta.

Los trabajadores cobran hoy. Muchos son temporeros que tienen que pagar el alojamiento esta semana y ya me están preguntando en el tajo. Hemos vuelto a intentar enviarla y nos da el mismo error (código R-041).

¿Pueden revisarlo y decirnos cómo hacer llegar las transferencias hoy mismo?

Atentamente,
Francisco Cabello
Administración - Finca El Olivar, S.C.
Mancha Real (Jaén) - Tel. 953 118 420"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Tomás Blanco <tomas.blanco@correo-personal.example>",
         to="clientes@movilia.example",
         subject="Cómo activar la verificación en dos pasos",
         body="""\
Hola:

Quería activar la verificación en dos pasos en mi área de cliente, pero en Ajustes > Mi perfil solo me aparece la opción de cambiar la contraseña. ¿Se hace desde la app o desde la web? ¿Y se puede usar una aplicación de autenticación en lugar de los códigos por SMS?

Gracias,
Tomás Blanco
Línea 622 480 915"""),

    dict(n=13, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Mark Thompson <mark.thompson@expatmail.example>",
         to="socios@clubpadelaljarafe.example",
         subject="Problema con mi cuenta y cuota",
         body="""\
Hola,

Soy socio del club desde el año pasado (socio número 1187). Desde que habéis cambiado la aplicación en noviembre no puedo entrar a mi cuenta, me dice que el email "no existe", pero es el mismo email de siempre.

Y por otro lado la cuota de diciembre de 45 € está cobrado dos veces: uno en mi tarjeta y otro en la tarjeta de mi mujer. Creo que la app nueva ha hecho una cuenta nueva con sus datos, porque ella nunca fue socia.

Por ahora reservo las pistas llamando a recepción, pero quiero arreglar la cuenta y que me devolvéis los 45 €.

Gracias y saludos,
Mark Thompson"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Rosario Prieto <rosario@gestoriaprieto.example>",
         to="soporte@cuentaclara.example",
         subject="Usuario bloqueado - tengo que presentar declaraciones hoy",
         body="""\
Buenos días:

Soy la titular de Gestoría Prieto (cliente nº GC-20931). Desde esta mañana no puedo acceder a mi usuario en vuestra plataforma: el código de verificación no me llega al móvil y, tras tres intentos, la cuenta ha quedado bloqueada. El enlace de desbloqueo del correo me devuelve otra vez a la pantalla de inicio de sesión.

He venido a la oficina este sábado precisamente para dejar presentadas las declaraciones de cinco clientes antes de que cierre el plazo, y todos sus datos y libros están en vuestra plataforma. Mi auxiliar entra con su usuario sin problema, pero no tiene permisos de presentación.

Os agradecería mucho que me llamarais cuanto antes al 979 224 615.

Rosario Prieto Alonso
Gestoría Prieto - Palencia"""),

    dict(n=15, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Rosa Mena <rosa.mena@correo-levante.example>",
         to="clientes@electra-levante.example",
         subject="RV: Reembolso pendiente - acción requerida",
         body="""\
Hola, me ha llegado esto esta mañana. No he pinchado en el botón ni he metido ningún dato, pero tiene toda la pinta de fraude. ¿Me lo confirmáis? Soy clienta vuestra (contrato 77-340018) y no me suena tener nada pendiente.

Rosa Mena

---------- Mensaje reenviado ---------
De: Electra Levante <avisos@electra-levante-reembolsos.example>
Fecha: lun, 7 dic 2026, 8:47
Asunto: Reembolso pendiente - acción requerida
Para: <rosa.mena@correo-levante.example>

Estimado cliente:
Debido a un error en su última factura, tiene un reembolso pendiente de 87,45 €. Para recibirlo, confirme sus datos bancarios en las próximas 24 horas. En caso contrario, su suministro podrá ser suspendido.
[CONFIRMAR MIS DATOS]
Atentamente,
Departamento de Facturación"""),

    dict(n=16, signals="-", priority="low", trap="admin", qt=0, reply=0,
         frm="Rocío Gallardo <administracion@ambulanciasguadiana.example>",
         to="facturacion@flotatrack.example",
         subject="Duplicado factura octubre y alta de dos unidades",
         body="""\
Buenos días:

Les escribimos desde la administración de Ambulancias Guadiana. Necesitaríamos dos cosas:

1. Un duplicado de la factura FT-2026-10-0388 (octubre), que no encontramos. Nos la pide la Consejería para justificar el servicio de transporte sanitario urgente del último trimestre.
2. Dar de alta dos localizadores más a partir del 1 de enero, para las dos UVI móviles nuevas que entran en el turno de emergencias 112 de Mérida. Les pasamos las matrículas en cuanto nos las den.

Un saludo,
Rocío Gallardo
Departamento de Administración
Ambulancias Guadiana, S.L. - Transporte sanitario urgente y programado
Avda. de las Vegas 41, 06800 Mérida

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación."""),

    dict(n=17, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Daniel Serrano <daniel.serrano@mailbox-madrid.example>",
         to="alumnos@academia-brio.example",
         subject="Pausar mi curso de inglés",
         body="""\
Hola, Laura:

Siento no haber entregado las dos últimas tareas ni haberme conectado a las clases en directo. A mediados de noviembre ingresaron a mi padre en la UCI por un infarto y falleció el martes pasado. Han sido unas semanas muy duras y ahora me toca ocuparme de mi madre y de todo el papeleo.

¿Sería posible congelar mi matrícula del curso B2 hasta febrero y retomarlo con el grupo siguiente? Me gustaría no perder lo que llevo hecho.

Gracias por la comprensión,
Daniel Serrano"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Dra. Beatriz Lozano <recepcion@clinicadentallozano.example>",
         to="soporte@dentalgest.example",
         subject="Lo de ayer, solucionado. Gracias",
         body="""\
Hola, Marcos:

Solo para cerrar lo de ayer: a media mañana se nos cayó el programa en los cuatro gabinetes y, para rematar, la recepcionista se quedó bloqueada fuera de su usuario de tanto intentar entrar. Vuestro técnico se conectó en remoto, reinició el servicio y le desbloqueó la cuenta en un cuarto de hora. Hoy todo va bien y las historias clínicas de ayer están guardadas.

Gracias por la rapidez. Si necesitáis algún dato para vuestro registro de incidencias, me decís.

Un saludo,
Dra. Beatriz Lozano
Clínica Dental Lozano - Logroño"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Amparo Ferrer <amparo.ferrer@correo-casa.example>",
         to="ventas@nubefoto.example",
         subject="Preguntas antes de contratar el plan Familia",
         body="""\
Hola:

Estoy pensando en contratar el plan Familia de 2 TB para guardar las fotos de toda la vida (he escaneado las de mis padres, unas 40.000). Antes de pagar quería preguntar algunas cosas:

- Si se os caen los servidores o hay un incendio en el centro de datos, ¿se pierden las fotos o hay copia en otro sitio?
- Si os hackean y hay una filtración, ¿las fotos van cifradas?
- Si me muero, ¿pueden mis hijos acceder a la cuenta o se borra todo?
- Y si un mes falla el pago, ¿cuánto tiempo tengo antes de que se borre nada?

Gracias de antemano,
Amparo Ferrer"""),

    dict(n=20, signals="-", priority="low", trap="survey", qt=0, reply=0,
         frm="Nerea Iglesias <nerea.iglesias@alumnos.unican.example>",
         to="info@hostingnorte.example",
         subject="Encuesta TFG sobre brechas de seguridad en pymes (5 minutos)",
         body="""\
Buenos días:

Me llamo Nerea Iglesias y estoy terminando el grado en Ingeniería Informática en la Universidad de Cantabria. Mi Trabajo Fin de Grado trata de cómo responden las empresas de alojamiento web a los ciberataques: robo de contraseñas, ransomware, filtraciones de datos de clientes y fraudes por suplantación.

¿Podría alguien de su equipo responder una encuesta anónima de 12 preguntas? Se tarda unos 5 minutos: https://encuestas.unican.example/tfg-brechas

Los resultados se publicarán de forma agregada y, si les interesa, les enviaré el informe final.

Muchas gracias por su tiempo,
Nerea Iglesias"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Quique Navarro <quique.navarro@musicfan.example>",
         to="feedback@sonora-music.example",
         subject="La nueva interfaz...",
         body="""\
Hola, equipo de Sonora:

Llevo cinco años pagando Premium y os lo digo con cariño: la nueva interfaz es un desastre.

- Me mata que hayáis quitado el botón de aleatorio de la pantalla principal; ahora son tres toques.
- Los "Tu mix diario" han explotado: ahora hay doce y todos iguales.
- El icono nuevo, verde fosforito, quema los ojos.
- Y las letras de las canciones, que eran lo mejor, ahora tapan media pantalla.

Eso sí, la radio por estado de ánimo es una bomba, la pongo todos los días.

Pero por favor, devolvednos el botón de aleatorio, que me va a dar algo.

Un abrazo,
Quique (usuario desde 2021)"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Jorge Pastor <jorge.pastor@correo-norte.example>",
         to="clientes@huellitas-pienso.example",
         subject="RE: Cuenta bloqueada - no puedo entrar",
         body="""\
¡Ya está! He podido entrar con la contraseña nueva sin problema. Muchas gracias, Sara.

Aprovecho: ¿puedo adelantar el próximo envío de pienso al día 18? Me voy de viaje el 20 y no quiero que la caja se quede en el portal.

Saludos,
Jorge

El lun, 7 dic 2026 a las 10:12, Jorge Pastor (<jorge.pastor@correo-norte.example>) escribió:
> Hola:
> Desde ayer no puedo entrar en mi cuenta de Huellitas. Me pone "Cuenta bloqueada por demasiados intentos" y el correo para restablecer la contraseña no me llega.
> Tengo la suscripción mensual de pienso y necesito cambiar la dirección de entrega antes del próximo envío.
> Gracias,
> Jorge Pastor"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Gonzalo Medina <gonzalo.medina@hoteles-mediterraneosur.example>",
         to="soporte.empresas@channelpro.example",
         subject="Incidencia P1 - sincronización de disponibilidad en 3 hoteles (contrato CM-2024-117)",
         body="""\
Estimados señores:

Conforme al contrato de servicio nº CM-2024-117 (nivel SLA Oro, tiempo máximo de respuesta de 2 horas para incidencias P1), les comunicamos la siguiente incidencia:

Desde las 06:30 de hoy, el channel manager no envía las actualizaciones de disponibilidad y tarifas a los portales ni a nuestra web en los hoteles de Málaga, Marbella y Nerja. Las reservas entran, pero el inventario no se descuenta, y ya tenemos 7 habitaciones vendidas por encima del cupo para el puente. Nuestro equipo de revenue está cerrando ventas portal por portal, a mano.

Les rogamos que un técnico se ponga en contacto con nosotros dentro del plazo contractual. Les recordamos que el contrato prevé penalizaciones por incumplimiento del SLA.

Atentamente,
Gonzalo Medina
Director de Sistemas - Hoteles Mediterráneo Sur
Tel. 952 410 877

AVISO LEGAL: La información contenida en este correo es confidencial y para uso exclusivo de su destinatario. Conforme al RGPD, sus datos forman parte de un fichero titularidad de Hoteles Mediterráneo Sur, S.A. Puede ejercer sus derechos escribiendo a dpo@hoteles-mediterraneosur.example."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Iker Etxeberria <iker@espaciocolmena.example>",
         to="soporte@abrepuertas.example",
         subject="La app no abre la puerta en iPhone desde ayer",
         body="""\
Hola:

Os escribo desde Espacio Colmena Coworking (Bilbao). Desde la actualización de ayer, los miembros con iPhone no pueden abrir la puerta principal con la app: pulsan "Abrir", el círculo da vueltas y al final sale "Tiempo de espera agotado". Con Android va bien.

Somos unos 60 miembros y la mitad usa iPhone. De momento les estamos dejando en recepción las tarjetas NFC de cortesía y con eso se apañan, aunque solo tenemos 20 y recepción cierra a las 19:00.

¿Sabéis cuándo estará corregido?

Gracias,
Iker Etxeberria
Community manager - Espacio Colmena"""),
]
