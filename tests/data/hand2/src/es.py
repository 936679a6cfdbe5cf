# blind3 hand-written test set -- Spanish (es), 24 messages.
# Written blind (no look at the triage rules or at other hand-written sets).
# Plan: 1-4 safety, 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives, 23-24 context rows.  Names, companies, addresses and
# references are invented; no real phone numbers.
# Keys: n, signals, priority, trap, qt, reply, frm, to, subject, body.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Rosa María Sánchez <rosamaria.sanchez@correo.example>",
         to="averias@gasnorte-energia.example",
         subject="Pita el detector de monóxido después de la revisión",
         body="""\
Buenas tardes,

Ayer vino su técnico a hacer la revisión obligatoria de la caldera (contrato GN-330915). Esta mañana ha empezado a pitar el detector de monóxido de la cocina y no para. Mi marido y yo tenemos dolor de cabeza desde anoche, y mi suegra, que vive con nosotros, está mareada y con náuseas.

Hemos apagado la caldera, abierto todas las ventanas y estamos esperando en la calle. ¿Pueden mandar a alguien urgentemente? El técnico estuvo tocando el tubo de salida de humos, de eso estoy segura.

Rosa María Sánchez
C/ Río Duero 8, 3.º B, Burgos"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Iván Castillo <ivan.castillo@transportes-castillo.example>",
         to="flota@alquivan.example",
         subject="Furgoneta de alquiler: casi pierdo una rueda en la A-3",
         body="""\
Hola,

Recogí ayer la furgoneta 4512-LKP en vuestra oficina de Valencia. Hoy en la A-3, a unos 100 km/h, el volante empezó a vibrar muchísimo y a dar golpes. Paré en el arcén y a la rueda delantera izquierda le faltaban dos tuercas, y las otras tres se giraban con la mano. Alguien no las apretó después de cambiarla.

Iba cargado y con mi hijo de copiloto. Estamos bien, pero no pienso mover esa furgoneta. Necesito que mandéis una grúa y que reviséis el resto de vehículos que hayan pasado por el mismo taller.

Iván Castillo
Contrato AV-88120"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer@correo.example>",
         to="privacidad@zapatosmarina.example",
         subject="Los datos de vuestros clientes están a la vista en internet",
         body="""\
Hola,

Esta mañana me ha escrito un investigador (os reenvío su correo si queréis) diciendo que ha encontrado un servidor de vuestra tienda online accesible sin contraseña, con nombres, DNI, direcciones, teléfonos y los últimos cuatro dígitos de la tarjeta de miles de clientes. Me mandó mis propios datos como prueba y son correctos, incluida la dirección de mi casa.

¿Lo sabéis? ¿Lo habéis cerrado ya? Quiero saber qué datos míos han quedado expuestos y si tengo que anular la tarjeta.

Lucía Ferrer"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Jordi Puig <jordi.puig@correu.example>",
         to="atencion@electrohogar-online.example",
         subject="Freidora de aire AF-550: el enchufe se ha quedado negro",
         body="""\
Buenas,

Os compré la freidora de aire AF-550 hace tres semanas (pedido EH-5520981). Anoche, a los diez minutos de ponerla, se oyó un chasquido fuerte, salió un destello azul por la rejilla de atrás y saltó el diferencial de toda la casa. Al mirar, el cable está derretido junto a la clavija y el enchufe de la pared ennegrecido. Menos mal que estábamos en la cocina y no la habíamos dejado sola.

No la pienso volver a enchufar. Quiero saber qué hago con ella y si hay más casos con este modelo, porque mi madre tiene la misma.

Jordi Puig"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Elena Domínguez <e.dominguez@ies-miramar.example>",
         to="soporte@aulaviva.example",
         subject="URGENTE: los alumnos no pueden entregar el examen",
         body="""\
Buenos días,

Tenemos ahora mismo el examen de recuperación de Matemáticas de 2.º de Bachillerato en AulaViva, 180 alumnos conectados desde tres aulas. Al pulsar «Entregar» se queda la ruedita girando y al final sale «Error de servidor». No ha podido entregar nadie. El examen se cierra a las 12:00.

Necesitamos que lo arregléis ya o que nos digáis cómo ampliar el plazo sin que se pierdan las respuestas.

Elena Domínguez
Jefa de estudios, IES Miramar"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Álex Romero <alexromero2004@correo.example>",
         to="soporte@nebulagames.example",
         subject="no puedo entrar a ninguna partida",
         body="""\
hola, desde ayer por la tarde cuando le doy a buscar partida en Starfall Arena me sale «error de conexión (código 1042)» y me devuelve al menú. mis amigos juegan sin problema desde la misma casa y con la misma wifi. ya reinstalé el juego y reinicié el router. tengo el pase de temporada pagado y no puedo jugar nada. mi id es AlexR_2004"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Manuel Ortega <manuel.ortega@correo.example>",
         to="atencioncliente@movilsur.example",
         subject="Se cortan las llamadas en casa",
         body="""\
Hola, desde hace unas dos semanas en mi casa (Dos Hermanas, Sevilla) las llamadas se cortan a los pocos minutos y los datos van lentísimos, sobre todo por la tarde. En la calle o en el trabajo va perfecto, y antes no pasaba. Me apaño con el wifi y el WhatsApp, pero con mi padre, que solo tiene fijo, no hay manera de hablar más de tres minutos seguidos. ¿Hay alguna avería en la zona?

Manuel Ortega"""),

    dict(n=8, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Beatriz Navarro <b.navarro@repartos-levante.example>",
         to="soporte@rutago.example",
         subject="La app de repartidores no carga rutas – 40 furgonetas paradas",
         body="""\
Hola,

Desde las 7:00 la app RutaGo no carga las rutas del día en ningún móvil de nuestros repartidores: se queda en «Sincronizando…» y de ahí no pasa. Tenemos 40 furgonetas en la nave sin saber qué llevar ni adónde, y unos 3.000 envíos para hoy, muchos con entrega garantizada antes de las 14:00.

Hemos probado con wifi y con datos, con móviles distintos, y lo hemos reiniciado todo. En el panel web las rutas sí aparecen, pero a los repartidores no les llegan.

Por favor, llamadnos en cuanto lo veáis.

Beatriz Navarro
Jefa de tráfico, Repartos Levante"""),

    dict(n=9, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Carmen Vidal <carmen@floristeria-vidal.example>",
         to="soporte@correonube.example",
         subject="RE: Devolución de cuota duplicada",
         body="""\
Hola de nuevo,

Lo del reembolso ya está, gracias. Pero ahora tengo un problema peor: desde ayer a mediodía el correo de la floristería no funciona. No me llega nada y lo que envío se queda en la bandeja de salida. Con la campaña de Navidad los encargos me llegan por email y no sé cuántos he perdido ya.

Carmen Vidal
Floristería Vidal

El 2 dic 2026, a las 10:15, Soporte CorreoNube <soporte@correonube.example> escribió:
> Hola, Carmen:
>
> Hemos detectado un cobro duplicado de la cuota de noviembre (9,90 €) y ya hemos
> emitido la devolución a su tarjeta. Puede tardar entre 3 y 5 días hábiles.
>
> Un saludo,
> Soporte CorreoNube"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Sergio Molina <sergio@artesania-molina.example>",
         to="vendedores@mercadoplaza.example",
         subject="No he recibido el pago de las ventas de noviembre",
         body="""\
Buenos días,

Según el panel de vendedor, el pago de mis ventas de noviembre (2.340,50 €) se emitió el 3 de diciembre, pero en mi cuenta no ha entrado nada. Mi banco dice que no tiene ninguna transferencia pendiente a mi nombre. El IBAN del panel es correcto, lo he comprobado.

Tengo que pagar a mis proveedores el día 15 y sin ese dinero no llego. ¿Podéis darme la referencia de la transferencia o volver a enviarla?

Gracias,
Sergio Molina
ID vendedor MP-50917"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Natalia Ruiz <natalia.ruiz@correo.example>",
         to="reservas@hotelesbrisa.example",
         subject="Me habéis cobrado en dólares",
         body="""\
Hola,

Reservé una habitación en el Hotel Brisa Cádiz para el puente de diciembre a 79 € la noche, dos noches, 158 € en total. Ayer me llegó el cargo a la tarjeta: 189 USD, que con la comisión de cambio de mi banco se han quedado en 181,40 €. En la confirmación de la reserva pone claramente euros.

Localizador BRZ-44718. ¿Me podéis devolver la diferencia?

Un saludo,
Natalia Ruiz"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Francisco Gil <paco.gil@correo.example>",
         to="bajas@conectafibra.example",
         subject="Devolución de la fianza del router",
         body="""\
Hola, me di de baja en septiembre y devolví el router en una oficina de Correos el 30/09 (tengo el resguardo). Me dijeron que la fianza de 50 € me la devolvían en 30 días y ya estamos en diciembre. He llamado dos veces y siempre me dicen que «está en trámite». ¿Cuándo me la vais a ingresar?

Paco Gil"""),

    dict(n=13, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Pilar Herrero <pilar.herrero@correo.example>",
         to="ayuda@comidaya.example",
         subject="¿Qué es el cargo de gestión?",
         body="""\
Hola, en mi último pedido veo un «cargo de gestión» de 0,99 € aparte del envío. No me importa pagarlo, solo quería saber qué es y si se cobra siempre o solo a partir de cierta hora. ¡Gracias!"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Diego Aguilar <diego.aguilar@correo.example>",
         to="soporte@bancoatlantico.example",
         subject="No me llega el SMS para entrar en la banca online",
         body="""\
Buenas,

Desde el sábado no me llega el SMS con el código para entrar ni en la banca online ni en la app. He comprobado que el número que tenéis es el mío (acaba en 218) y recibo otros SMS sin problema. Le doy a «reenviar código» y nada.

No puedo entrar de ninguna manera y el lunes tengo que pagar el alquiler por transferencia. En la oficina me dicen que eso lo tiene que resolver el soporte digital. ¿Qué hago?

Diego Aguilar"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marta Soler <marta.soler@estudio-soler.example>",
         to="soporte@planifica.example",
         subject="No me deja invitar a una compañera",
         body="""\
Hola,

Intento invitar a una nueva compañera (irene@estudio-soler.example) a nuestro espacio de Planifica y me sale «Has alcanzado el límite de licencias de tu plan». Tenemos el plan Equipo con 10 licencias y somos 7 usuarios activos, así que no debería pasar. ¿Puede ser que cuenten los usuarios que desactivamos el año pasado?

Ella empieza a trabajar con nosotros el lunes.

Gracias,
Marta Soler"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Raúl Blanco <raul.blanco@correo.example>",
         to="privacidad@comidaya.example",
         subject="Quiero que borréis mi cuenta de una vez",
         body="""\
Hola. Llevo un mes pidiendo desde la app que se elimine mi cuenta y siempre me sale «Solicitud recibida», pero la cuenta sigue activa y me siguen llegando notificaciones y correos de ofertas. Quiero que se borre la cuenta con todos mis datos, como marca la ley de protección de datos, y que me confirméis cuando esté hecho.
Raúl Blanco"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Teresa Iglesias <teresa.iglesias@correo.example>",
         to="ayuda@segurosalba.example",
         subject="Cambiar el correo del área de clientes",
         body="""\
Buenos días, ¿cómo puedo cambiar el correo electrónico con el que entro al área de clientes? Quiero poner el del trabajo nuevo en lugar del personal. Muchas gracias.
Teresa Iglesias"""),

    dict(n=18, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Andrés Cabrera <andres.cabrera@hortalizas-cabrera.example>",
         to="operaciones@logistrans.example",
         subject="Recogida de carga en Getafe el jueves",
         body="""\
Hola,

Tenemos lista una carga de 14 palets de hortaliza para Zaragoza en nuestro almacén de Getafe. ¿Podéis pasar a recogerla el jueves por la mañana? Va refrigerada a 4 °C. Si necesitáis el albarán antes, decídmelo y os lo mando.

Saludos,
Andrés Cabrera"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lorena Pastor <lorena.pastor@correo.example>",
         to="hola@movilsur.example",
         subject="Vuestra tarifa familiar es la bomba",
         body="""\
¡Hola!

Solo quería deciros que la nueva tarifa familiar es la bomba. Con una sola factura hemos matado dos pájaros de un tiro: los móviles de los niños y la fibra de casa. Mi marido, que se muere antes que cambiar de compañía, está encantado.

Una sugerencia: estaría genial poder ver en la app el consumo de datos de cada línea.

Un abrazo,
Lorena"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Hugo Prieto <hugo.prieto@correo.example>",
         to="pedidos@tiendacamping.example",
         subject="Linterna Apagón Cero: ¿cuándo hay stock?",
         body="""\
Hola, me interesa la linterna recargable «Apagón Cero» que tenéis en la web, pero sale agotada. ¿Sabéis cuándo volverá a haber stock? Y otra pregunta: ¿se puede cargar con un panel solar pequeño o solo por USB?
Gracias, Hugo"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Ana Belén Marín <anabelen.marin@correo.example>",
         to="atencion@tiendasol.example",
         subject="RE: Cobro duplicado en su pedido TS-119283",
         body="""\
¡Perfecto, muchísimas gracias! Ya me aparece en la cuenta. Da gusto cuando las cosas se resuelven tan rápido.

Ana Belén

El 4 dic 2026, a las 9:30, Atención al Cliente TiendaSol <atencion@tiendasol.example> escribió:
> Estimada Ana Belén:
>
> Hemos comprobado que en su pedido TS-119283 se le cobró dos veces el importe de
> 64,95 €. Ya hemos tramitado la devolución del cobro duplicado.
>
> Atentamente,
> TiendaSol"""),

    dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=1,
         frm="Javier Lozano <javier.lozano@correo.example>",
         to="citas@climatiza-hogar.example",
         subject="Re: Cita para instalar la bomba de calor",
         body="""\
Hola, perdonad que no contestara antes: se me cayó el móvil a la piscina de la comunidad y hasta ayer no tuve otro, y encima el lunes el coche me dejó tirado en la autovía. Vaya semanita.

Os confirmo la cita del jueves 17 por la mañana para la instalación. Estaré en casa desde las 8.

Un saludo,
Javier"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Cristina Vega <cristina.vega@correo.example>",
         to="atencion@alasur.example",
         subject="No puedo elegir asiento en la web",
         body="""\
Hola, intento elegir asientos para mi vuelo Madrid–Tenerife (localizador K7PQ2R) en vuestra web y al pulsar «Seleccionar asiento» la página se queda en blanco. Lo he probado con la app del móvil y ahí sí funciona, así que ya los tengo, pero os aviso por si le pasa a más gente.
Cristina"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Pablo Serrano <p.serrano@clinica-santaana.example>",
         to="soporte-premium@radiocloud.example",
         subject="Incidencia crítica – contrato Premium 24/7 – el visor no carga estudios",
         body="""\
Buenas noches,

Les escribo como responsable de sistemas de la Clínica Santa Ana, cliente con contrato Premium 24/7 (n.º RC-PRM-0217), que fija un tiempo de respuesta de 30 minutos para incidencias críticas.

Desde las 21:10 el visor de RadioCloud no carga ningún estudio: ni TAC, ni resonancias, ni radiografías. Urgencias no puede ver las pruebas de los pacientes que van llegando. Abrimos el ticket en el portal hace 45 minutos y nadie ha contestado.

Necesito un técnico al teléfono ya.

Pablo Serrano
Responsable de Sistemas, Clínica Santa Ana"""),
]
