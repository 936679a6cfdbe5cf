# blind37 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Nuria Castaño <nuria.castano@correo-mail.example>",
         to="atencion@deportesmeseta.example",
         subject="Cambio de talla pedido 20931 + una cosa del patinete",
         body="""\
Hola:

Os escribo por dos cosas del mismo pedido (n.º 20931).

La primera: las zapatillas de running de mi hijo le quedan pequeñas, ¿puedo cambiarlas por un 38 sin tener que devolverlas antes? Si tengo que mandarlas yo, decidme cómo.

La segunda: el patinete eléctrico que venía en el mismo pedido. Ayer lo dejamos cargando en el pasillo y al rato empezó a oler a plástico quemado; cuando fuimos, el cargador echaba humo y el conector estaba negro y derretido. Mi hijo lo desenchufó antes de que yo llegara y se ha quemado la yema de dos dedos, nada grave, ya le hemos puesto crema. No lo hemos vuelto a enchufar, lo tenemos en el balcón. ¿Qué hacemos con él?

Gracias,
Nuria Castaño
Tel. 655 210 487"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rocío Fernández <direccion@escuelainfantil-elnido.example>",
         to="calidad@cateringsabores.example",
         subject="RV: Menú sin huevo de hoy - Lucas (aula de 2 años)",
         body="""\
Buenas tardes:

Os reenvío el parte de la tutora de Lucas. Su bandeja individual de hoy venía etiquetada «sin huevo» y el pescado llevaba salsa con mayonesa. El niño está en observación en el Hospital Infantil y ya está estable, pero necesito que hoy mismo me digáis qué ha pasado en cocina: tenemos otros 4 niños con la misma dieta y mañana vuelven a comer con vosotros.

Rocío Fernández
Directora – Escuela Infantil El Nido
Tel. 91 455 28 70

---------- Mensaje reenviado ----------
De: Marta Gil <marta.gil@escuelainfantil-elnido.example>
Fecha: mar, 8 dic 2026, 13:20
Asunto: Menú sin huevo de hoy - Lucas (aula de 2 años)

Rocío: a las 12:40, a los pocos minutos de empezar con el pescado, a Lucas le salieron ronchas por la cara y el cuello, se le hincharon los labios y empezó a toser y a respirar con pitos. Le pusimos la adrenalina de su botiquín y llamamos al 112; la ambulancia se lo llevó a las 12:58 con su madre. He guardado la bandeja con la etiqueta.

Marta"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Javier Montero <javi.montero@buzon.example>",
         to="clientes@movilnet.example",
         subject="Veo las facturas de otra persona en mi área de cliente",
         body="""\
Buenas,

Al entrar hoy en mi área de cliente para descargar la factura de noviembre, me aparecen las facturas de otra persona: una tal Encarnación R. P., de Albacete. Salen su DNI, su dirección, su IBAN completo y el detalle de todas sus llamadas. Mis facturas no aparecen por ningún lado.

He cerrado sesión y he vuelto a entrar desde el ordenador y desde el móvil, y pasa lo mismo. Me imagino que a ella le estarán saliendo las mías, con mis datos del banco.

Os agradecería que lo miraseis ya. Mi número de cliente es el 30029147.

Javier Montero"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Lorena Vidal <lorena.vidal@buzon.example>",
         to="tarjetas@bancolevante.example",
         subject="Me han robado la cartera y hay cargos que no son míos",
         body="""\
Hola, el sábado por la noche me robaron la cartera en el metro de Valencia, con la tarjeta de débito dentro.

Hoy he mirado la app y hay cargos que yo no he hecho:
- 4 pagos con contactless de 49,00 € en dos gasolineras y un estanco
- 349,99 € en una tienda de electrónica online
- 89,90 € en otra compra online

He bloqueado la tarjeta por teléfono esta mañana y ya he puesto la denuncia en comisaría. ¿Qué tengo que hacer para que me devolváis el dinero? Es la cuenta donde me pagan la nómina y me he quedado casi a cero.

DNI 24558301K
Lorena Vidal

Enviado desde mi iPhone"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Alberto Ruiz Calvo <aruiz.sistemas@hospitalsantabrigida.example>",
         to="soporte@enfermeriadigital.example",
         subject="INCIDENCIA - registro de administración de medicación",
         body="""\
Buenas noches:

Desde las 22:10 las tablets de planta no cargan el módulo de administración de medicación: se queda el icono girando y a los dos minutos sale «Tiempo de espera agotado». Pasa en todas las unidades de hospitalización.

Ahora mismo los 60 enfermeros y enfermeras del turno de noche no pueden ver las pautas ni registrar lo que administran. Hemos sacado las hojas de contingencia en papel, pero con 310 pacientes ingresados el pase de las 24:00 va a ser un caos.

La red y el resto de aplicaciones funcionan. Hemos reiniciado el servidor de aplicaciones por nuestra parte, sin resultado.

Por favor, llamad al busca de guardia de sistemas: 699 340 112.

Alberto Ruiz Calvo
Técnico de Sistemas de Información – Guardia
Hospital Santa Brígida
C/ de la Ribera 82, 28005 Madrid
Tel. 91 502 33 00 – ext. 4410
Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pablo Serrano <produccion@festivalmarazul.example>",
         to="soporte@accesopass.example",
         subject="Puerta B - los lectores no leen las pulseras",
         body="""\
Urgente.

Desde hace 25 minutos los lectores de la puerta B no validan ninguna pulsera: pitan en rojo con «Sin conexión con servidor», aunque el wifi de producción va bien. Las puertas A y C van lentísimas, 10-15 segundos por persona.

Tenemos unas 8.000 personas en la cola de la puerta B y el cabeza de cartel sale a las 22:30. Los de seguridad me dicen que la cola ya llega a la rotonda.

Necesito a alguien vuestro al teléfono YA: 622 874 019 (Pablo, producción).

Pablo Serrano
Festival Mar Azul – Producción"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Inés Calvo <ines@lanasdeines.example>",
         to="ayuda@tiendafacil.example",
         subject="Mi tienda sale en blanco",
         body="""\
Hola,

Desde anoche mi tienda (lanasdeines.tiendafacil.example) sale completamente en blanco, tanto en el ordenador como en el móvil. Tampoco puedo entrar al panel de administración: se queda cargando y al final da error 500.

Vendo ovillos y kits de punto, y estas semanas antes de Navidad son justo las que más vendo. No he tocado la plantilla ni he instalado nada nuevo.

¿Podéis mirarlo, por favor?

Inés Calvo
Lanas de Inés"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Francisco Molina <secretaria@colegio-losalamos.example>",
         to="soporte@escuelaconecta.example",
         subject="Las notificaciones de la app llegan con horas de retraso",
         body="""\
Buenos días:

Desde el lunes, los avisos que mandamos a las familias desde la plataforma llegan al móvil con dos o tres horas de retraso, y algunos no aparecen hasta que el padre o la madre abre la aplicación. En la web se ven bien y los correos electrónicos sí salen al momento.

Ayer avisamos a las 9:00 de que se suspendía la excursión por la lluvia y muchas familias no se enteraron hasta mediodía. Funcionar, funciona, pero así no nos sirve para los avisos del día.

¿Sabéis a qué se debe?

Un saludo,
Francisco Molina
Secretaría – Colegio Los Álamos (Sevilla)"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Manuel Ortega Ruiz <manuel.ortega@buzon.example>",
         to="consultas@electrica-delsur.example",
         subject="RE: Su consulta n.º 448120 ha sido registrada",
         body="""\
Buenos días:

Les contesto a este correo porque es el único número de consulta que tengo. Han pasado diez días y sigo sin respuesta.

La factura de noviembre (FE-2026-1183347) es de 312,48 €, cuando normalmente pago unos 70 €. Viene con lectura «estimada», pero el contador es digital y se lee a distancia. Ya me la han cargado en la cuenta. Les pido que la rectifiquen con la lectura real (adjunto foto del contador: 18.442 kWh) y que me devuelvan la diferencia.

Atentamente,
Manuel Ortega Ruiz
CUPS ES0031 4087 2219 5530 YJ

-----Mensaje original-----
De: Eléctrica del Sur <consultas@electrica-delsur.example>
Enviado el: lunes, 30 de noviembre de 2026 11:02
Asunto: Su consulta n.º 448120 ha sido registrada

> Estimado cliente:
> Hemos recibido su consulta sobre la factura de noviembre. Le responderemos en un plazo máximo de 5 días hábiles.
> Eléctrica del Sur – Atención al Cliente"""),

    dict(n=10, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Carmen Ibáñez <carmen@peluqueriacarmenibanez.example>",
         to="comercios@pagoagil.example",
         subject="Llevo 9 días sin recibir las liquidaciones del datáfono",
         body="""\
Hola,

Desde el 30 de noviembre no me habéis ingresado ni una liquidación del datáfono. El datáfono cobra bien, las clientas pagan, pero en mi cuenta no entra nada: son ya unos 4.300 € retenidos. En la web solo pone «liquidación pendiente», sin más explicación, y por teléfono nadie me da una razón.

El día 10 tengo que pagar las nóminas de mis tres chicas y el alquiler del local, y sin ese dinero no llego. Necesito que me lo ingreséis esta semana o que al menos me digáis qué pasa.

Código de comercio: 0045-889213

Carmen Ibáñez
Peluquería Carmen Ibáñez – Zaragoza"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Diego Navarro <diego.navarro@correo-mail.example>",
         to="ayuda@aparcaya.example",
         subject="Duda sobre un cargo de 0,25 €",
         body="""\
Hola, una duda rápida: en el último aparcamiento en Bilbao (el jueves, zona verde) me cobrasteis 1,80 € del tique y aparte 0,25 € de «gastos de gestión». ¿Eso se cobra siempre o solo en algunas ciudades? No es por el dinero, es por saberlo.

Gracias,
Diego"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Pilar Domínguez <pilar.dominguez@buzon.example>",
         to="clientes@supermercadoencasa.example",
         subject="No me llega el correo para cambiar la contraseña",
         body="""\
Buenas tardes:

He olvidado la contraseña de la web y le doy a «¿Has olvidado tu contraseña?», pero el correo para restablecerla no me llega nunca. Lo he pedido cuatro veces desde ayer y he mirado en spam y en promociones. Mi correo es este mismo desde el que les escribo.

Normalmente hago con ustedes la compra de la semana los jueves. ¿Me pueden ayudar a entrar?

Muchas gracias,
Pilar Domínguez"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Andrei Popescu <andrei.popescu@buzon.example>",
         to="soporte.riders@repartoexpress.example",
         subject="Cuenta de repartidor bloqueada sin motivo",
         body="""\
Hola buenas,

Me llamo Andrei, soy repartidor con vosotros en Madrid desde hace dos años (ID rider 77451). Desde ayer cuando entro en la app me sale "Tu cuenta está desactivada temporalmente, contacta con soporte" y no puedo conectarme a ningun turno.

No he tenido ningun problema con clientes, todas mis valoraciones son buenas. Yo vivo de esto, si no trabajo esta semana no puedo pagar la habitación. Por favor podeis mirar que pasa y desbloquear la cuenta? Si necesitais algun documento os lo mando.

Gracias,
Andrei Popescu
Tel 631 552 907"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Adrián Moreno <adri.moreno2009@correo-mail.example>",
         to="soporte@pixelforge-games.example",
         subject="Cómo activar la verificación en dos pasos",
         body="""\
Hola!

Quiero poner la verificación en dos pasos en mi cuenta de Reinos de Acero porque un amigo me ha dicho que así es más seguro, pero en los ajustes del juego no la encuentro. ¿Hay que hacerlo desde la web? ¿Vale con una app de autenticación o tiene que ser por SMS?

Mi usuario es AdriKnight_09.

Gracias!!
Adrián"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Elena Sanz <elena.sanz@buzon.example>",
         to="socios@clubdelvino.example",
         subject="Cambio de dirección para la caja de diciembre",
         body="""\
Hola, buenas:

Os escribo para cambiar la dirección de entrega de la caja de diciembre del club (socia n.º 10387).

El martes hubo un incendio en el piso de abajo: a los vecinos se les prendió la cocina, los bomberos desalojaron todo el edificio de madrugada y el humo nos ha dejado la casa negra. Por suerte nadie salió herido, pero no podemos volver hasta que terminen de limpiar y pintar, y nos dicen que será después de Reyes.

Mientras tanto estamos en casa de mis suegros: Calle Mayor 14, 2.º B, 28801 Alcalá de Henares. Si podéis mandar ahí la caja de diciembre, perfecto; en enero volvemos a la dirección de siempre, ya os aviso.

Un abrazo y gracias,
Elena"""),

    dict(n=16, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Sergio Lozano <sergio.lozano@buzon.example>",
         to="soporte@fantasyliga-app.example",
         subject="Sugerencia para el mercado de fichajes",
         body="""\
Hola,

Juego a vuestra liga fantasy con los compañeros del curro desde hace tres temporadas y os quería hacer una sugerencia.

Esta jornada me han matado: mi delantero se lesionó en el calentamiento, al portero lo expulsaron en el minuto 10 y encima, cuando fui a fichar a un central, Rubén me lo robó en el último segundo con una puja de 200.000 más. Estoy muerto en la clasificación, último a 40 puntos del penúltimo. Lo de siempre.

La sugerencia: ¿podríais mandar una notificación 10 minutos antes de que se cierre el mercado? Ahora se queda bloqueado sin avisar y siempre llego tarde. Y ya puestos, un botón de «venganza» para pujar automáticamente contra el que te ha robado el último jugador estaría genial.

Un saludo,
Sergio"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Lucía Herrera <lucia.herrera@seguridadtresnorte.example>",
         to="autorizaciones@nubehispana.example",
         subject="Aviso de pruebas de intrusión - cliente Grupo Ferrán (cuenta 55102)",
         body="""\
Buenos días:

Tal como pide vuestra política de uso, os avisamos con antelación de las pruebas de intrusión que vamos a realizar para nuestro cliente Grupo Ferrán, titular de la cuenta 55102, que nos ha contratado y autorizado por escrito (adjunto la carta firmada).

- Ventana: del 14 al 18 de diciembre, de 22:00 a 06:00.
- Alcance: 12 máquinas virtuales y 3 IP públicas (listado adjunto).
- Técnicas: escaneo de puertos, ataques de fuerza bruta contra el panel de acceso, explotación de vulnerabilidades web, intento de escalada de privilegios y una campaña de phishing simulado a 40 empleados.
- IP de origen de los ataques: 203.0.113.48.

Os pedimos que no bloqueéis esa IP ni tratéis el tráfico como un incidente real. ¿Necesitáis algún dato más para darnos el visto bueno?

Un saludo,
Lucía Herrera
Consultora sénior de ciberseguridad – Seguridad Tres Norte
Tel. 944 120 387"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Marta Vega <marta.vega@buzon.example>",
         to="info@bebeseguro-tienda.example",
         subject="Dudas antes de comprar la silla Gira 360",
         body="""\
Hola:

Estoy embarazada de siete meses y estamos mirando la silla de coche Gira 360. Antes de comprarla tengo unas dudas:

1. ¿Ha pasado los crash test de impacto lateral? ¿Qué nota sacó?
2. Si tenemos un accidente, ¿hay que cambiar la silla aunque no se vea dañada?
3. ¿El arnés se abre rápido si hay una emergencia y hay que sacar al bebé deprisa?
4. Si no encaja bien en nuestro coche (un Ibiza de 2015), ¿me devolvéis el dinero entero o solo un vale?

Gracias por adelantado,
Marta"""),

    dict(n=19, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Ramón Quintero <ramon.quintero@buzon.example>",
         to="atencion@cinemaplus-streaming.example",
         subject="Segunda temporada de «El Golpe» y subtítulos",
         body="""\
Buenas noches:

Acabo de terminar la docuserie «El Golpe», la del banquero que estafó a miles de jubilados y acabó huyendo del país, y me ha encantado. El capítulo del hackeo a las cuentas de la sucursal de Murcia es tremendo, no me lo podía creer. Anoche empecé también «Vuelo 771», la del accidente de avión en los Pirineos: durísima, pero muy bien hecha.

Dos preguntas:
- ¿Se sabe si habrá segunda temporada de «El Golpe»?
- ¿Podríais añadir subtítulos en español a «Vuelo 771»? Mi madre es sorda y ahora mismo solo están en inglés.

Un saludo,
Ramón Quintero"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Beatriz Romero <direccion@hotelplayadorada.example>",
         to="soporte@redeshoteleras.example",
         subject="Gracias al equipo técnico",
         body="""\
Hola:

Quería daros las gracias por cómo gestionasteis la avería de la semana pasada.

Como sabéis, el miércoles a las 7 de la mañana se cayó toda la red del hotel: sin wifi en las 180 habitaciones, sin TPV en el restaurante y con la centralita muda. Estuvimos casi 30 horas así, en plena convención de una farmacéutica con 220 asistentes; tuvimos que descontar noches e invitar a cenar a todo el grupo, calculo que nos costó unos 6.000 €.

Vuestro técnico, Óscar, vino desde Málaga esa misma tarde, cambió el switch principal y se quedó hasta las dos de la madrugada. Desde el jueves todo funciona perfectamente y los asistentes se fueron contentos.

De verdad, muchas gracias. Se nota cuando alguien se implica.

Beatriz Romero
Directora – Hotel Playa Dorada, Marbella"""),

    dict(n=21, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Gloria Peña <gloria.pena@buzon.example>",
         to="soporte@academiaidiomasonline.example",
         subject="RE: No puedo entrar en mi cuenta [Ticket #31877]",
         body="""\
¡Listo! Ya he podido entrar con la contraseña nueva y tengo todas mis clases. Mil gracias por la rapidez, Sara.

Saludos,
Gloria

El lun, 7 dic 2026 a las 18:04, Soporte Academia Idiomas Online (<soporte@academiaidiomasonline.example>) escribió:
> Hola, Gloria:
>
> Hemos desbloqueado tu cuenta. Ya puedes pedir una contraseña nueva desde la pantalla de acceso.
>
> El lun, 7 dic 2026 a las 09:31, Gloria Peña (<gloria.pena@buzon.example>) escribió:
> > Buenos días, no puedo entrar en mi cuenta: después de varios intentos me dice que está bloqueada y no me llega el correo para cambiar la contraseña. Esta tarde tengo clase de alemán a las 19:00."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Toni Blanco <toni@barlacalderona.example>",
         to="pedidos@distribuidorabebidas-levante.example",
         subject="Pedido para el fin de semana",
         body="""\
Buenas, Jorge:

Esto está que arde: desde que salimos en el programa de la tele nos están matando a pedidos. La hamburguesa «La Bomba» se vende sola y el cóctel «Incendio» (ron, guindilla y maracuyá) lo pide todo el mundo. Este finde vamos a reventar la caja.

Para el viernes necesito:
- 6 cajas de ron blanco
- 4 cajas de tónica
- 3 barriles de 30 litros de la rubia
- 2 cajas de zumo de maracuyá

Si me lo podéis traer el jueves por la tarde, genial. Y a ver si me hacéis un precio de escándalo, que os estoy comprando el doble que el mes pasado.

Un abrazo,
Toni
Bar La Calderona – Valencia"""),

    dict(n=23, signals="outage,account", priority="critical", trap="vip", qt=0, reply=0,
         frm="Raquel Prieto <raquel.prieto@contactcenter-iberia.example>",
         to="soporte.enterprise@identidadcloud.example",
         subject="P1 – Fallo del inicio de sesión único – Contrato Enterprise CC-2024-118",
         body="""\
Buenos días:

Abrimos incidencia de prioridad P1 conforme a nuestro contrato Enterprise (CC-2024-118), que fija un tiempo de respuesta de 30 minutos y de resolución de 4 horas para este nivel.

Desde las 8:05 el inicio de sesión único falla para todos nuestros agentes: después de introducir usuario y contraseña, vuestra página de identidad devuelve «Error de aserción SAML» y vuelve al principio. Sin ese acceso no pueden entrar ni en la plataforma de telefonía ni en el CRM.

Afecta a los 320 agentes de los centros de Madrid y Valladolid; tenemos paradas las colas de atención de dos clientes bancarios, y el contador del SLA con ellos también corre.

Quedamos a la espera de la llamada de nuestro gestor técnico asignado.

Raquel Prieto
Directora de Operaciones TI
Contact Center Iberia, S.L.
Tel. 910 233 870 | Móvil 600 912 455"""),

    dict(n=24, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Consuelo Rivas <consuelo.rivas@correo-mail.example>",
         to="atencion@autocaresdelnorte.example",
         subject="¿Cómo pido la devolución del billete?",
         body="""\
Buenas tardes:

Compré por la web un billete de ida y vuelta Oviedo–León para el 20 de diciembre (localizador KD7-22Q) y al final no voy a poder viajar. En la web pone que se puede anular hasta 24 horas antes, pero no veo dónde se hace ni cómo me devuelven el dinero.

¿Me podéis explicar los pasos? ¿Se devuelve en la misma tarjeta?

Gracias y un saludo,
Consuelo Rivas"""),
]
