# blind36 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Quintana Ruiz <direccion@eilospeques-getafe.example>",
         to="postventa@mobiliario-infantil-koala.example",
         subject="Estantería Koala 120 - se ha soltado de la pared",
         body="""\
Buenos días:

Les escribo desde la Escuela Infantil Los Peques de Getafe. Ayer por la tarde, la
estantería de pared Koala 120 que nos instalaron en septiembre (pedido n.º 2026-3318)
se soltó de golpe mientras una educadora guardaba los cuentos. Cayó sobre un niño de
dos años que estaba sentado debajo: tiene un corte en la ceja con tres puntos y lo
tuvieron en observación en el hospital por el golpe en la cabeza. Ya está en casa.

Al revisarla hemos visto que dos de los tacos se salieron enteros del tabique.
Tenemos otras cuatro estanterías iguales en las aulas de 1 y 2 años; las hemos
vaciado y precintado.

Necesitamos que venga un técnico el lunes a primera hora y que nos confirmen qué
fijaciones se usaron en la instalación. Los padres nos están pidiendo explicaciones.

Un saludo,
Marta Quintana Ruiz
Directora - Escuela Infantil Los Peques
Tel. 916 00 42 17"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Raquel Soler <raquel.soler.m@correo.example>",
         to="ayuda@comidaya.example",
         subject="Pedido 88-41207: ponía sin frutos secos y mi hijo acabó en urgencias",
         body="""\
Hola:

Anoche pedimos por vuestra app al restaurante Wok Dorado (pedido 88-41207). En la
ficha de los tallarines salteados ponía "sin frutos secos", y además lo escribí en
las notas del pedido porque mi hijo de 9 años es alérgico al cacahuete.

A los cinco minutos de empezar a comer se le hincharon los labios y le costaba
respirar. Le pusimos la adrenalina y llamamos al 112; ha pasado la noche en urgencias
del Clínico y ya está estable. En el plato había trocitos de cacahuete, los tenemos
guardados.

Quiero saber quién introduce la información de alérgenos en la app y que retiréis ese
plato hasta que se revise. Podéis llamarme al 654 00 21 88.

Raquel Soler"""),

    dict(n=3, signals="safety", priority="critical", trap="logs", qt=0, reply=0,
         frm="Iker Zubiaurre <sistemas@talleres-ibarra.example>",
         to="soporte@nominaplus.example",
         subject="Inicios de sesión desde Vietnam con la cuenta de RR. HH.",
         body="""\
Hola,

En el registro de accesos de nuestra empresa (cliente 10388, Talleres Ibarra S.L.)
aparecen estas entradas con el usuario de nuestra responsable de RR. HH.:

2026-12-06 03:14:22  IP 113.161.xx.xx  Ho Chi Minh (VN)  login OK
2026-12-06 03:16:05  descarga masiva: nóminas nov-2026 (214 PDF)
2026-12-06 03:21:40  modificación IBAN - empleado 0045

A esa hora ella estaba durmiendo en Bilbao y nadie de la empresa ha estado nunca en
Vietnam. Ya le hemos cambiado la contraseña y cerrado todas las sesiones, pero
necesitamos saber qué más se hizo desde esa IP, si el cambio de IBAN se va a aplicar
a la nómina de diciembre y cómo pudieron entrar si tenía el doble factor activado.

Iker Zubiaurre
Sistemas - Talleres Ibarra"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Lucía Méndez <lucia.mendez@correo.example>",
         to="soporte@muevecar.example",
         subject="Me han robado el móvil y alguien está usando mi cuenta",
         body="""\
Hola,

Ayer por la tarde me robaron el móvil en el metro (línea 3, Sol). Esta mañana me ha
llegado un aviso al correo de que se había cambiado el email de mi cuenta, y poco
después otro de que se había cambiado la contraseña. Ahora intento entrar desde el
ordenador y me dice que el usuario no existe, y la recuperación de contraseña se
manda al correo nuevo, que no es mío.

Por favor, bloquead la cuenta ya: tengo la tarjeta asociada y no quiero que alquilen
coches a mi nombre. Ya he puesto la denuncia en comisaría.

Alberto Méndez Ríos (mi email de la cuenta era alberto.mendez.r@correo.example)

Enviado desde el móvil de mi hermana. Respondedme a este correo o al 622 00 91 34."""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rocío Castaño <tienda@aceitesdelsur.example>",
         to="soporte@tiendify.example",
         subject="No entra ni un pedido desde las 14:00",
         body="""\
Hola,

Tienda: www.aceitesdelsur.example (plan Business, ID 55120).

Desde las 14:00 no ha entrado ni un solo pedido. Los clientes llegan al carrito, pulsan
"Finalizar compra" y se quedan con la pantalla en blanco; algunos nos están escribiendo
por WhatsApp para preguntar qué pasa. Ayer a estas horas llevábamos 140 pedidos: es
nuestra campaña de Navidad con los lotes de empresa y ahora mismo estamos perdiendo
todas las ventas.

No hemos tocado nada: ni plantilla, ni plugins, ni métodos de pago.

Necesito que alguien lo mire ya. Teléfono 955 00 38 71.

Rocío Castaño
Aceites del Sur - Tienda online"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="José Antonio Vera <javera@distribucioneshenares.example>",
         to="soporte@almacenia-wms.example",
         subject="RV: Las PDA no cargan las órdenes - turno de noche",
         body="""\
Buenos días:

Os reenvío lo que me ha mandado el jefe del turno de noche. A las 8:00 sigue igual:
los 30 operarios del almacén de Alcalá están parados y tenemos 18 camiones en los
muelles esperando carga. Para nosotros esto es prioridad absoluta. Llamadme al
600 00 27 45.

José Antonio Vera
Jefe de almacén - Distribuciones Henares

---------- Mensaje reenviado ---------
De: Nelson Guzmán <nguzman@distribucioneshenares.example>
Fecha: vie, 4 dic 2026 a las 3:52
Asunto: Las PDA no cargan las órdenes - turno de noche
Para: José Antonio Vera <javera@distribucioneshenares.example>

José Antonio, desde la 1:30 las PDA no descargan las órdenes de preparación. Al
escanear sale "Error WMS-408 timeout" y la pantalla se queda en "Sincronizando...".
Hemos reiniciado las PDA y el punto de acceso y nada. Los pedidos de la ruta norte
están sin preparar; hemos sacado lo que se ha podido a mano con los listados de ayer.
Nelson"""),

    dict(n=7, signals="outage", priority="high", trap="followup", qt=0, reply=0,
         frm="Pilar Navarro <pilar.navarro.gil@correo.example>",
         to="atencion@fibranet-aragon.example",
         subject="Sigo sin internet - incidencia 7741902 - ¿alguna novedad?",
         body="""\
Hola:

¿Hay alguna novedad? Abrí la incidencia 7741902 el lunes y desde entonces nadie me ha
dicho nada.

Resumo: desde el domingo por la noche el router tiene la luz de fibra (LOS) en rojo y
no tengo internet ni teléfono fijo. Ya lo reinicié y lo desenchufé varias veces, como
me dijeron. Teletrabajo desde casa y llevo toda la semana yendo a una cafetería para
poder conectarme.

Necesito que venga un técnico cuanto antes.

Gracias,
Pilar Navarro Gil
Av. de la Constitución 14, 3.º B - Zaragoza"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Beatriz Olmedo <recepcion@sonrisa-alameda.example>",
         to="soporte@avisasms.example",
         subject="Los recordatorios de cita no les llegan a algunos pacientes",
         body="""\
Hola, buenas tardes:

Desde el martes varios pacientes nos dicen que no les ha llegado el SMS de
recordatorio de la cita, y el viernes tuvimos cuatro huecos de gente que se olvidó.
No es con todos: parece que pasa sobre todo con números de una misma compañía, porque
a mí y a la higienista sí nos llegan.

En el panel los envíos aparecen como "Enviado", sin ningún error.

¿Podéis revisarlo? Somos la Clínica Dental Sonrisa Alameda, cuenta 4410.

Un saludo,
Beatriz Olmedo
Recepción"""),

    dict(n=9, signals="outage", priority="high", trap="invoice", qt=0, reply=0,
         frm="Jorge Ledesma <jledesma@ledesma-asesores.example>",
         to="soporte@facturanube.example",
         subject="Error 500 al remitir facturas al SII desde ayer",
         body="""\
Buenas,

Desde ayer a las 17:00 todos los envíos al SII desde vuestra plataforma fallan:

  Estado: Rechazado - "Error 500: Internal Server Error (pasarela AEAT)"
  Lotes afectados: 38 (varios clientes)
  Último envío correcto: 30/11/2026 16:41

Hemos probado con certificados distintos y el resultado es el mismo. En la sede de la
AEAT el servicio figura como operativo, así que entendemos que el fallo está en
vuestra pasarela.

Tenemos cuatro días para registrar las facturas. ¿Tenéis una estimación de cuándo
estará resuelto?

Saludos,
Jorge Ledesma
Ledesma Asesores"""),

    dict(n=10, signals="payment", priority="high", trap="question", qt=0, reply=0,
         frm="Daniel Fuertes Ramos <dani.fuertes@correo.example>",
         to="atencioncliente@bancoagil.example",
         subject="Nómina retenida - necesito el dinero para el alquiler",
         body="""\
Hola:

El día 30 mi empresa me ingresó la nómina (1.742,18 €) y en la app aparece como
"Transferencia recibida - retenida por revisión". Han pasado ya ocho días y sigo sin
poder usar ese dinero. En el chat solo me dicen que "está en proceso".

¿Es normal que una nómina tarde tanto en liberarse? El día 10 tengo que pagar el
alquiler y mi casero no va a esperar. ¿Pueden liberar el importe o decirme qué
documentación necesitan? Puedo enviar el contrato de trabajo y las nóminas anteriores.

Gracias,
Daniel Fuertes Ramos"""),

    dict(n=11, signals="payment", priority="medium", trap="inline", qt=0, reply=1,
         frm="Nuria Campos <hola@estilonuria.example>",
         to="soporte@reservalia.example",
         subject="RE: Cargo duplicado de la cuota anual",
         body="""\
Hola, Sergio:

Te contesto entre líneas.

El mié, 2 dic 2026 a las 10:32, Sergio - Soporte Reservalia <soporte@reservalia.example> escribió:
> ¿Nos puedes confirmar el nombre del negocio y el CIF?

Peluquería Estilo Nuria, CIF B86000412.

> ¿Los dos cargos aparecen en la misma tarjeta?

Sí, en la tarjeta de la empresa acabada en 4471: dos cargos de 358,80 € el 28 de
noviembre, con un minuto de diferencia.

> ¿Has recibido dos facturas?

Solo una, la FR-2026-11832.

Así que os pido que devolváis uno de los dos cargos.

Gracias,
Nuria Campos"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Irene Lozano <irene.lozano92@correo.example>",
         to="ayuda@pantallaplus.example",
         subject="Cargo de 0,99 € que no entiendo",
         body="""\
Hola! Me ha salido en el banco un cargo vuestro de 0,99 € además de la cuota normal
del mes. Tampoco es que me importe mucho, pero ¿de qué es? ¿Es por la peli que alquilé
el sábado o es algo del plan? Es por saberlo.

Gracias
Irene

Enviado desde mi Galaxy"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Antonio Herrero Sanz <aherrero.sanz@correo.example>",
         to="clientes@luznorte-energia.example",
         subject="RE: Reclamación factura estimada noviembre",
         body="""\
Buenas tardes:

Sigo sin entender su respuesta. Dicen que la factura "es correcta porque se ha emitido
con una lectura estimada", pero precisamente por eso reclamo: me han cobrado 312,45 €
cuando mi consumo real, según la foto del contador que adjunto (lectura 048213), sale
por unos 95 €.

Les pido que rehagan la factura con la lectura real y me devuelvan la diferencia.

Un saludo,
Antonio Herrero Sanz
CUPS ES0021000018273645JX

El 25/11/2026 a las 12:08, Atención al Cliente Luz Norte escribió:
> Estimado cliente:
> Le informamos de que la factura n.º LN-2611-004412 es correcta, ya que se ha
> emitido con una lectura estimada al no disponer de lectura real del contador.
> Atentamente,
> Atención al Cliente
>
> El 20/11/2026 a las 19:40, Antonio Herrero escribió:
> > Me han cargado 312,45 € en la factura de noviembre, cuando lo normal en mi casa es
> > entre 80 y 100 €. Solicito una revisión."""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Carmen Vidal Ortega <carmen.vidal.o@correo.example>",
         to="socios@millas-iberoazul.example",
         subject="Cambiar el correo de mi cuenta de socia - no me llegan los códigos",
         body="""\
Hola:

Soy socia del programa Millas Iberoazul con el número 3301 7745 92. El correo con el
que me registré era el de la universidad y ya no existe porque terminé el máster. Ahora,
cada vez que intento entrar, me pide un código que se envía a esa dirección, así que no
puedo ver mis millas ni cambiar el correo desde la web, porque también pide el código.

¿Cómo puedo cambiarlo a esta dirección? Puedo mandar una foto del DNI si hace falta.

Gracias,
Carmen Vidal Ortega"""),

    dict(n=15, signals="account", priority="high", trap="ticket", qt=0, reply=1,
         frm="Fernando Gil Roca <tic@iesriotajo.example>",
         to="soporte@aulanet.example",
         subject="RE: [Incidencia #20931] Cuenta de coordinación bloqueada",
         body="""\
Buenos días:

Gracias por la respuesta, pero el enlace que me indicáis me lleva otra vez a la
pantalla de "Cuenta bloqueada temporalmente. Contacte con su administrador", y el
administrador soy yo.

Con esa cuenta es con la que se publican los exámenes de la evaluación: el miércoles a
las 9:00 tienen que estar abiertos para 420 alumnos de ESO. Si no puedo entrar antes,
no sé cómo lo vamos a hacer. ¿Podéis desbloquearla desde vuestro lado?

Un saludo,
Fernando Gil Roca
Coordinador TIC - IES Río Tajo (Talavera de la Reina)

El vie, 4 dic 2026 a las 13:47, Soporte Aulanet <soporte@aulanet.example> escribió:
> Hola, Fernando:
>
> Hemos recibido tu incidencia n.º 20931. Puedes desbloquear tu cuenta desde el
> enlace "¿Problemas para acceder?" de la pantalla de inicio.
>
> Un saludo,
> Equipo de Soporte Aulanet"""),

    dict(n=16, signals="account", priority="medium", trap="nonnative", qt=0, reply=0,
         frm="Emma Whitfield <emma@whitfield-translations.example>",
         to="help@proyectiva.example",
         subject="Reset de contraseña no llega para una usuaria",
         body="""\
Hola,

Soy Emma Whitfield, la administradora de la cuenta de Whitfield Translations en
vuestra plataforma. Una traductora de nuestro equipo, Sofía, no puede entrar desde hace
dos días. Ella ha pedido resetear la contraseña varias veces pero el email no llega
nunca, tampoco en spam. Yo también he probado de enviarle el reset desde el panel de
administradora y pasa lo mismo.

Los otros usuarios del equipo reciben los emails sin problema. Su email es
sofia.r@whitfield-translations.example.

Podéis mirar si el email está en alguna lista de bloqueo o algo así? Ella tiene
entregas esta semana y ahora está trabajando con mi cuenta, que no es ideal.

Muchas gracias!
Emma"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Luis Carrasco <luiscarrasco@correo.example>",
         to="app@segurhogar.example",
         subject="Cómo cambiar la contraseña de la app",
         body="""\
Hola,

Tengo el seguro del hogar con vosotros y uso la app para ver la póliza. Quería cambiar
la contraseña porque es la misma que uso para todo (lo sé, mal hecho), pero no
encuentro dónde se hace. ¿Está en el perfil o hay que hacerlo desde la web? ¿Y se
puede activar la entrada con huella?

Gracias,
Luis Carrasco"""),

    dict(n=18, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Maite Ugarte <pedidos@jugueteria-eltrenecito.example>",
         to="paco.comercial@distrijuguete.example",
         subject="Reposición: Bomberos \"Ciudad en Llamas\" y Crash Test Racers",
         body="""\
Hola, Paco:

Para la campaña de Reyes necesito reponer:

- 12 uds. Estación de Bomberos "Ciudad en Llamas" (ref. JT-4471)
- 20 uds. coches "Crash Test Racers", los que se desmontan al chocar (ref. JT-5120)
- 6 uds. Kit Médico de Emergencias 112 (ref. JT-2208)

Los Crash Test se nos han agotado en dos días, los críos se vuelven locos con ellos.
¿Me lo podéis servir antes del 20? Si la de bomberos está en rotura de stock, mándame
el camión de rescate en su lugar.

Un abrazo,
Maite Ugarte
Juguetería El Trenecito - Logroño"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Elena Martos <emartos@notaria-martosvillalba.example>",
         to="rsaez@itlevante.example",
         subject="RE: VPN caída - nadie puede conectarse desde casa",
         body="""\
Perfecto, ya funciona. Ayer por la tarde no pude comprobarlo, pero esta mañana han
entrado dos compañeros desde casa sin problema. Muchas gracias por la rapidez, Rubén.

Una duda aparte: ¿el certificado nuevo caduca también al año o ya lo habéis puesto a
dos años?

Saludos,
Elena Martos
Notaría Martos Villalba

El jue, 10 dic 2026 a las 11:05, Rubén Sáez (IT Soluciones Levante) <rsaez@itlevante.example> escribió:
> Hola, Elena:
> El certificado del servidor VPN caducó esta noche. Ya lo hemos renovado; probad a
> conectaros de nuevo y me dices.
> Rubén
>
> El jue, 10 dic 2026 a las 9:12, Elena Martos <emartos@notaria-martosvillalba.example> escribió:
> > Buenos días, la VPN está caída desde primera hora: nadie de la notaría puede
> > conectarse desde casa, sale "Error 809". Tenemos firmas toda la mañana."""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gloria Peñalver <gloria.penalver@correo.example>",
         to="hola@hablafacil.example",
         subject="Mi hija está que arde con vuestra app",
         body="""\
Hola:

Solo quería daros las gracias. Mi hija de 14 años está que arde con el curso de
inglés: lleva una racha de 60 días seguidos y dice que los retos de la "Semana Bomba"
son lo más. Su profesora dice que ha pegado un subidón tremendo.

Yo tenía el inglés totalmente oxidado y me he enganchado también; los audios lentos me
han salvado la vida.

Una sugerencia: estaría genial poder bloquear las notificaciones por la noche sin
tener que desactivarlas del todo.

Un saludo,
Gloria Peñalver"""),

    dict(n=21, signals="-", priority="low", trap="audit", qt=0, reply=0,
         frm="Mercedes Alonso Prieto <contratacion@hcvega.example>",
         to="licitaciones@nubefonia.example",
         subject="Cuestionario de seguridad previo a la adjudicación - centralita virtual",
         body="""\
Estimados señores:

En el marco del procedimiento de contratación de la centralita virtual del Hospital
Comarcal de la Vega (expediente 2026/SUM/0147), y antes de la adjudicación, les rogamos
que cumplimenten el cuestionario adjunto. Resumimos los puntos principales:

- ¿Han sufrido alguna brecha de datos o ataque de ransomware en los últimos tres años?
- ¿Qué disponibilidad garantizan y cuántas caídas del servicio tuvieron en 2025?
- ¿Cómo gestionan las contraseñas y el bloqueo de cuentas tras intentos fallidos?
- ¿Disponen de certificación ENS de categoría media o alta?
- ¿Cómo se garantiza la continuidad de las llamadas a urgencias si se cae la conexión?

El plazo de respuesta finaliza el 18 de diciembre.

Atentamente,

Mercedes Alonso Prieto
Unidad de Contratación y Suministros
Hospital Comarcal de la Vega
Tel. 952 00 14 60 - Ext. 2214

AVISO LEGAL: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y
pueden contener información confidencial. Si lo ha recibido por error, le rogamos que
lo comunique al remitente y proceda a su eliminación. De conformidad con el RGPD y la
LOPDGDD, sus datos serán tratados por el Hospital Comarcal de la Vega con la finalidad
de gestionar esta comunicación."""),

    dict(n=22, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Ramón Beltrán <ramon.beltran@correo.example>",
         to="eventos@escudo-antivirus.example",
         subject="Grabación del webinar sobre robo de contraseñas",
         body="""\
Hola:

Me apunté al webinar del jueves "Phishing, robo de contraseñas y cuentas hackeadas:
cómo protegerte estas Navidades", pero me surgió un imprevisto y no pude conectarme.
¿Vais a mandar la grabación a los inscritos? Me interesaba sobre todo la parte de los
gestores de contraseñas.

¿Y las diapositivas se pueden descargar en algún sitio?

Gracias,
Ramón Beltrán"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Jaime Robles <cau@unimeseta.example>",
         to="soporte-empresas@identia-cloud.example",
         subject="SSO: ningún estudiante puede iniciar sesión (unos 3.000 usuarios)",
         body="""\
Hola:

Desde las 8:10 el inicio de sesión único de la Universidad (tenant uni-meseta) devuelve
"SAML Response invalid - signature mismatch" para todas las cuentas
@alumnos.unimeseta.example. Afecta a unos 3.000 estudiantes y 400 profesores
asociados: nadie puede entrar al correo ni al campus virtual, y hoy y mañana hay
exámenes parciales online.

Las cuentas del personal (@unimeseta.example) entran con normalidad. No hemos cambiado
el certificado ni la configuración del IdP.

Por favor, escalad la incidencia con prioridad máxima. Contacto: 923 00 51 77 (CAU).

Jaime Robles
Centro de Atención a Usuarios - Servicio de Informática
Universidad de la Meseta"""),

    dict(n=24, signals="payment", priority="high", trap="vip", qt=0, reply=0,
         frm="Cristina Albiol <compras@hoteles-mediterrania.example>",
         to="facturacion@hotelsoft-pms.example",
         subject="Facturación contrato marco CM-2024-118 - tarifa pactada no aplicada",
         body="""\
Buenos días, Sr. Esteve:

Como cliente con contrato marco (CM-2024-118, anexo II de precios), les comunico que en
la factura de noviembre (n.º F-26-11-90214) se han aplicado las tarifas estándar a las
1.180 licencias de nuestros 23 hoteles en lugar de las pactadas: 9,40 € por licencia en
vez de 6,10 €, lo que supone una diferencia de 3.894 €.

La cláusula 7.3 del contrato establece que las incidencias de facturación se resolverán
en un plazo máximo de 5 días hábiles. Les rogamos la emisión de una factura
rectificativa y el abono de la diferencia antes del cierre del ejercicio.

Quedo a la espera de su confirmación.

Atentamente,
Cristina Albiol
Directora de Compras - Grupo Hoteles Mediterrània
Tel. 971 00 62 30"""),
]
