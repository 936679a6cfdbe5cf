# blind27 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Irene Salvatierra <irene.salvatierra@correo-casa.example>",
         to="support@company.example",
         subject="Silla de coche Kosmo i-Size – el cierre del arnés se abre solo",
         body="""\
Hola:

Os escribo por la silla de coche Kosmo i-Size que compramos en septiembre para nuestra hija de
14 meses.

Ayer, volviendo de casa de los abuelos, en una rotonda la niña se fue hacia delante y se quedó
colgando de un solo tirante: el cierre central del arnés se había abierto solo. Al abrocharlo
había hecho clic, como siempre. Se dio con la cara contra el respaldo del asiento del copiloto y
tiene el labio partido y un moratón en la mejilla.

En casa hemos hecho la prueba y, si se tira fuerte de los tirantes hacia arriba, el cierre se
suelta más o menos dos veces de cada diez. Tengo un vídeo grabado.

Hemos dejado de usarla y de momento la llevamos en la silla del otro coche. ¿Qué hacemos con
ella? ¿Le ha pasado a más gente?

Un saludo,
Irene Salvatierra
Pedido 3318-ES-0927"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Marta Llorente <martallorente@movil-correo.example>",
         to="support@company.example",
         subject="duda con el colirio",
         body="""\
Buenas, ¿es normal que el colirio hidratante nuevo (lote 24B117) pique tanto al ponerlo? Mi
hija de 9 años se echó dos gotas anoche y hoy tiene el ojo derecho rojo, hinchado y casi no lo
puede abrir con la luz. Con el frasco anterior nunca le pasó. Además el líquido de este frasco
se ve un poco turbio al lado del otro. Lo compramos en vuestra web hace una semana.
Gracias

Marta
Enviado desde mi móvil"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Óscar Bermejo Luque <oscar.bermejo@correo-web.example>",
         to="support@company.example",
         subject="Veo documentos de otra persona en mi área de cliente",
         body="""\
Buenos días:

Al entrar en mi área de cliente para ver cómo va el parte del golpe del coche (siniestro
n.º S-2026-448120), en «Mis documentos» me aparecen archivos que no son míos: la foto del DNI por
las dos caras de un señor de Zaragoza, su carné de conducir, un informe médico y el número de
cuenta en el que le vais a ingresar la indemnización.

He cerrado sesión, he vuelto a entrar desde otro ordenador y siguen ahí. No he descargado nada.
Me imagino que, igual que yo veo lo suyo, otra persona estará viendo mi DNI y mi cuenta bancaria.

Quiero que me expliquéis qué ha pasado, quién ha tenido acceso a mis datos y qué vais a hacer.

Atentamente,
Óscar Bermejo Luque
Póliza AU-77120458"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nacho Ferrer <nacho.ferrer@correo-casa.example>",
         to="support@company.example",
         subject="Libro musical Granja Cantarina – tapa de las pilas",
         body="""\
Hola,

Tenemos el libro musical «Granja Cantarina» para nuestro hijo de 18 meses. Esta tarde me lo he
encontrado sentado en la alfombra con el libro abierto y la tapita del compartimento de las
pilas en el suelo. El tornillo llevaba días flojo y la tapa se abre con la uña.

Falta una de las tres pilas de botón. La hemos buscado por todo el salón y no aparece, y el niño
está babeando mucho y no quiere ni agua. Vamos ya camino del hospital.

Os escribo para que lo sepáis y porque en urgencias nos van a preguntar qué pila es exactamente:
¿son de 20 mm (CR2032)?

Nacho Ferrer
Pedido 55018"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rocío Gallardo <rocio@farmaciasgallardo.example>",
         to="support@company.example",
         subject="Las recetas electrónicas no cargan en nuestras tres farmacias",
         body="""\
Buenos días:

Desde las 9:15 el módulo de dispensación no carga las recetas electrónicas. Pasamos la tarjeta
sanitaria, se queda el reloj de arena un buen rato y al final sale «Tiempo de espera agotado».
Nos pasa en las tres farmacias del grupo (Alcalá, Torrejón y Coslada) y en todos los puestos.

Es lunes, tenemos cola hasta la calle, mucha gente mayor con tratamientos crónicos e insulinas,
y solo podemos despachar lo que no necesita receta. Hemos reiniciado los equipos y el router.

Por favor, llamadme en cuanto lo veáis a la farmacia de Alcalá.

Rocío Gallardo
Farmacéutica titular – Farmacias Gallardo"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dani Peralta <recepcion.delicias@gymup.example>",
         to="support@company.example",
         subject="Tornos en rojo – centro Delicias (y los otros dos)",
         body="""\
Hola, los tornos de la entrada pitan en rojo con todos los carnés y también con el QR de la app,
da igual el socio. Son las 7:05 y hay unas 80 personas en la puerta esperando para las clases de
las 7:15. Hemos abierto la puerta de emergencia para que vayan entrando, pero así no controlamos
quién pasa y no la podemos tener abierta todo el día. Los compañeros de Actur y Casablanca me
dicen que a ellos les pasa exactamente lo mismo.

Llamad en cuanto podáis, por favor.

Dani Peralta
Recepción GymUp Delicias, Zaragoza"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Alberto Ruiz Ocaña <albertoruiz.o@correo-web.example>",
         to="support@company.example",
         subject="Tres días sin internet y nadie viene",
         body="""\
Buenas tardes:

Desde el martes por la mañana el router tiene la luz de «Internet» parpadeando en naranja y ni
el ordenador ni los móviles navegan: «Conectado, sin internet».

Trabajo desde casa. Llevo tres días yendo a una cafetería con el portátil, y mañana tengo una
reunión con un cliente que no puedo hacer desde allí.

Ya lo he reiniciado, lo he reseteado, he desenchufado la fibra y la he vuelto a enchufar como me
dijo vuestro compañero por teléfono (dos veces). En la última llamada me dijeron que me llamaría
un técnico en 48 horas. No ha llamado nadie.

Quiero un técnico en casa mañana a primera hora.

Alberto Ruiz Ocaña
Cliente n.º 4410-227-93"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Pablo Iturbe <pablo.iturbe@cosmetica-aralar.example>",
         to="support@company.example",
         subject="Webhooks de seguimiento con 4-6 horas de retraso",
         body="""\
Hola:

Somos una tienda online de cosmética integrada con vuestra API (cuenta 77-1043). Desde el jueves
los webhooks de cambio de estado nos llegan con entre 4 y 6 horas de retraso: el cliente ya
tiene el paquete en casa y nuestro correo de «Tu pedido está en reparto» le llega por la tarde.

La API de consulta sí devuelve el estado correcto al momento, así que de momento lanzamos un
script cada hora que consulta los envíos abiertos. Nos sirve como parche, pero con unos 1.500
envíos al día no lo queremos dejar así mucho tiempo.

¿Tenéis alguna incidencia abierta con esto? Os paso IDs de ejemplo si los necesitáis.

Un saludo,
Pablo Iturbe
Desarrollo – Cosmética Natural Aralar"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Lucía Campos <lucia@labrasadelucia.example>",
         to="support@company.example",
         subject="RE: Incidencia 58213 - Las comandas no llegan a la pantalla de cocina",
         body="""\
Hoy otra vez, en pleno servicio del mediodía. Ya van cuatro días. ¿Va a venir alguien o no?

Lucía

El lun, 9 nov 2026 a las 23:41, Lucía Campos <lucia@labrasadelucia.example> escribió:
> Seguimos igual. Esta noche las comandas de la terraza no han salido en la pantalla de cocina
> y hemos tenido mesas esperando 50 minutos. El camarero tiene que bajar a cantar los platos.
>
> El sáb, 7 nov 2026 a las 14:02, Lucía Campos <lucia@labrasadelucia.example> escribió:
> > Buenas, desde la actualización del TPV del viernes, algunas comandas que se marcan en las
> > tablets de sala no aparecen en la pantalla de cocina. No pasa siempre, calculo que una de
> > cada cinco. Restaurante La Brasa de Lucía, cliente 30-5512."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jordi Puigvert <jordi.puigvert@correu.example>",
         to="support@company.example",
         subject="Me seguís cobrando la cuota después de devolver la bici",
         body="""\
Hola,

El 30 de septiembre devolví la bici eléctrica del plan de alquiler mensual en vuestro punto de
Sants y me dieron de baja; tengo el justificante de devolución firmado por vuestro empleado.

Aun así, el 1 de octubre y el 1 de noviembre me habéis cobrado los 49 € de la cuota en la
tarjeta. Por favor, devolvedme los 98 € y confirmadme que no habrá más cargos.

Gracias,
Jordi Puigvert
Contrato BE-2291-0457"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Sandra Molina Prieto <sandra.molina.p@correo-web.example>",
         to="support@company.example",
         subject="Reembolso de la reserva cancelada R-8840317 – lo necesito ya",
         body="""\
Buenas tardes:

El 2 de octubre el propietario del apartamento de Conil canceló nuestra reserva para el puente
(R-8840317). En vuestro correo ponía que recibiríamos el reembolso completo, 1.260 €, en un plazo
de 5 a 10 días hábiles.

Han pasado más de cinco semanas y en mi cuenta no ha entrado nada. Cada vez que escribo por el
chat me contestan que «está en proceso», sin más.

Os explico por qué me urge: ese dinero lo tenía apartado para la fianza del piso al que nos
mudamos el día 20, y sin la fianza no nos dan las llaves. Tengo dos niños y la casa ya está en
cajas.

Necesito que me digáis la fecha en la que se hizo la transferencia y el número de operación, o
que me lo paguéis esta semana.

Muchas gracias,
Sandra Molina Prieto"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Nuria Cifuentes <nuria.cifuentes@correo-web.example>",
         to="support@company.example",
         subject="Factura de octubre: ¿¿67 € de roaming en PORTUGAL??",
         body="""\
Me acaba de llegar la factura de octubre y en vez de los 25 € de siempre son 92,40 €.
67,40 € de «datos en itinerancia» en Oporto.

Portugal está en la UE y tengo el roaming incluido en la tarifa, lo ponéis en vuestra propia
web. Estuve tres días, usé el mapa y el WhatsApp, no me bajé ninguna película.

Quiero la factura corregida y que NO me paséis ese importe por el banco. Si no, pongo una
reclamación en Consumo.

Nuria Cifuentes
Cliente 1022-447-18"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Giulia Ferraro <giulia.ferraro@posta-web.example>",
         to="support@company.example",
         subject="Cuota de la financiación cobrada dos veces",
         body="""\
Buenos días,

soy Giulia Ferraro, paciente de la Clínica Dental Arrieta, tengo la financiación por el implante
(12 cuotas de 145 €). Este mes en el banco veo dos cargos de 145 €, el día 3 y el día 4, los dos
con la referencia de la financiación.

Ya he llamado a la clínica y me dicen que es cosa de la empresa de financiación, o sea ustedes.
Pueden devolver el cargo doble por favor? Le adjunto el extracto del banco.

Gracias, un saludo
Giulia Ferraro
Expediente FD-60417"""),

    dict(n=14, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Ramón Echeverría <ramon.echeverria@correo-web.example>",
         to="support@company.example",
         subject="Cuenta de puntos suspendida",
         body="""\
Hola,

¿Es normal que al entrar en mi cuenta del programa de puntos me salga «Cuenta suspendida
temporalmente. Contacte con atención al cliente»? No he hecho nada raro; lo último fue canjear
puntos por un vuelo a Tenerife en agosto.

Tengo unos 38.000 puntos y quería usarlos para volar en Navidad. No sé si me habéis bloqueado
por algo o si es un fallo.

Gracias,
Ramón Echeverría
Socio n.º 7700 5512 9034"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Mercedes Lozano <mercedes.lozano.m@gmail-personal.example>",
         to="helpdesk@logistica-centro.example",
         subject="Usuario bloqueado en el portal de fichajes",
         body="""\
Hola chicos,

Me he quedado bloqueada en el portal de fichajes después de meter mal la contraseña tres veces.
Me sale «Usuario bloqueado. Contacte con su administrador».

Lo de «He olvidado mi contraseña» me manda el enlace al correo del trabajo, y no puedo entrar
porque estoy en la nave sin ordenador (os escribo desde mi móvil personal).

Hoy es el último día para cerrar las horas del mes y, si no firmo los partes del turno, a las
9 chicas de mi equipo no les pagan las horas extra de octubre.

¿Me lo podéis desbloquear? Usuario: mlozano. Estoy en la extensión 3318.

Gracias,
Mercedes Lozano
Encargada turno de tarde – almacén Getafe"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Álvaro Gil <alvarogil.bcn@correo-web.example>",
         to="support@company.example",
         subject="Cambiar el correo de mi cuenta",
         body="""\
Hola,

Necesito cambiar el correo de mi cuenta de la app de patinetes porque era el del trabajo y ya
no trabajo allí. Cuando voy a Perfil > Correo electrónico, la app me manda un código de
confirmación… al correo antiguo, al que ya no tengo acceso.

Tengo 22 € de saldo y el bono mensual activo, así que no quiero abrirme otra cuenta. El correo
nuevo es este desde el que os escribo.

¿Cómo lo hago?

Gracias,
Álvaro Gil"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Anselmo Rodríguez Vega <anselmo.rv@correo-casa.example>",
         to="support@company.example",
         subject="No puedo entrar a ver las placas",
         body="""\
Buenos días:

Soy un señor de 78 años y tengo las placas solares en el tejado desde el año pasado. Mi nieto me
puso en el teléfono una aplicación de códigos para entrar en la página donde se ve lo que
producen las placas.

El teléfono se me cayó al pilón del patio y ya no funciona. Ahora la página me pide el código de
seis números y no sé de dónde sacarlo. Mi nieto está trabajando en Alemania.

Las placas siguen funcionando, veo la lucecita verde del aparato en el garaje, pero me gusta
mirar cada tarde lo que hemos producido y compararlo con mi cuñado.

¿Me pueden ayudar, por favor?

Muy agradecido,
Anselmo Rodríguez Vega
Villanueva de la Serena (Badajoz)
Instalación n.º FV-10332"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Maite Urrutia <maite.urrutia@correo-web.example>",
         to="support@company.example",
         subject="La olla es la bomba + una pregunta",
         body="""\
¡Hola!

Solo quería deciros que la olla exprés que me regalaron por mi cumple es la bomba: cocido en
40 minutos y mi suegra flipando. Me muero de ganas de probar el libro de recetas que anunciáis
en la web, ¿cuándo vuelve a estar disponible?

Y otra cosa: ¿la junta de repuesto es la misma para la olla de 6 litros y la de 8? Es para
regalarle una a mi hermana y tener una junta de sobra.

¡Un abrazo!
Maite"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Beatriz Soler <beatriz.soler@correo-web.example>",
         to="support@company.example",
         subject="Dudas antes de suscribirme al pienso mensual",
         body="""\
Hola:

Estoy pensando en suscribirme al envío mensual de pienso para mis dos gatos (el de gatos
esterilizados, saco de 7 kg). Antes tengo un par de dudas:

- ¿Qué pasa si un mes falla el cobro de la tarjeta? ¿Se cancela la suscripción o lo volvéis a
  intentar?
- Si un mes no necesito el envío, ¿puedo saltármelo sin darme de baja?
- Si a los gatos no les gusta, ¿hacéis reembolso del primer saco aunque esté abierto?

Gracias,
Beatriz Soler"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Yuliana Ortiz <yuli@nailsbyyuli.example>",
         to="support@company.example",
         subject="Reposición Rojo Incendio y Kit Emergencia Uñas Rotas",
         body="""\
Hola, buenas tardes!

Soy clienta profesional (Nails by Yuli, Valencia). ¿Cuándo vuelven a tener el semipermanente
«Rojo Incendio» (ref. SP-214)? Está agotado desde octubre y en Navidad es el que más me piden
las clientas.

También quería 3 unidades del «Kit Emergencia Uñas Rotas», pero en la web sale sin stock.
¿Me avisan cuando llegue y lo pido todo junto?

Mil gracias!!
Yuliana Ortiz"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Enrique Montalbán <e.montalban@correo-web.example>",
         to="support@company.example",
         subject="RE: Pedido 7731 - Reembolso del cargo duplicado",
         body="""\
Buenas,

Ya me ha llegado, todo correcto, gracias. Aprovecho: ¿vendéis por separado la escalerita de la
cama elástica de 3,66 m? Queremos poner una segunda en el otro lado para los críos.

Saludos,
Enrique Montalbán

-----Mensaje original-----
De: Atención al cliente <support@company.example>
Enviado el: martes, 3 de noviembre de 2026 11:05
Para: Enrique Montalbán
Asunto: Pedido 7731 - Reembolso del cargo duplicado

> Estimado Enrique:
>
> Le confirmamos que hemos detectado un cargo duplicado de 289,00 € en su pedido 7731.
> Hemos emitido el reembolso del segundo cobro; dependiendo de su banco, puede tardar entre
> 3 y 5 días hábiles en verse reflejado en su cuenta.
>
> Disculpe las molestias.
> Atención al cliente"""),

    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Lorena Vidal Sáez <lorena.vidal.saez@correo-web.example>",
         to="support@company.example",
         subject="Candidatura – Técnico/a de soporte N2 (ref. SOP-26-14)",
         body="""\
Estimados/as:

Les escribo para presentar mi candidatura a la oferta de Técnico/a de soporte N2 publicada en
su web.

Durante los últimos tres años he trabajado en el soporte de un software de gestión hotelera
para cadenas de la costa: instalación y mantenimiento de quioscos de check-in y codificadores de
tarjetas de habitación, gestión de caídas del servicio en plena temporada alta y coordinación
con proveedores cuando hubo brechas de seguridad en integraciones de terceros. Estoy
acostumbrada a guardias de fin de semana y a trabajar con clientes en inglés y francés.

Adjunto mi currículum. Quedo a su disposición para una entrevista cuando les venga bien.

Atentamente,
Lorena Vidal Sáez"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Carmen Sanz <visitas@museo-valdeolmos.example>",
         to="support@company.example",
         subject="Las entradas compradas online no traen el código QR",
         body="""\
Buenas:

Desde el lunes, las entradas que se compran en nuestra web llegan al correo del visitante sin
el código QR: donde debería estar aparece un recuadro gris. El cobro se hace bien.

De momento pedimos a los visitantes que enseñen el correo con el número de pedido en taquilla y
se lo validamos a mano buscándolo en el listado, así que vamos tirando. Entre semana no es
problema; los sábados con grupos se forma algo de cola.

¿Podéis revisarlo cuando podáis?

Carmen Sanz
Coordinadora de visitas – Museo Etnográfico de Valdeolmos"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Sergio Navas <sergio.navas@grupo-navalon.example>",
         to="nominas@grupo-navalon.example",
         subject="Pequeña diferencia en la nómina de octubre",
         body="""\
Hola Rebeca,

Nada urgente: en la nómina de octubre el plus de transporte viene en 38 €, y con el convenio
nuevo desde septiembre creo que me tocaban 40 €, ¿no? Son 2 €, así que cuando tengas un rato lo
miras y, si es un error, lo regularizáis en la de noviembre.

¡Gracias!
Sergio"""),
]
