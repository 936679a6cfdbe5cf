# blind41 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Raúl Ortega Sanz <raul.ortega@correo-rapido.example>",
         to="postventa@voltia-movilidad.example",
         subject="Patinete Voltia X2: no frenó en una bajada",
         body="""\
Buenas tardes:

Les escribo por el patinete Voltia X2 que compramos en octubre para mi hijo (pedido VT-302991). Ayer por la tarde, bajando la cuesta de la calle Mayor, apretó las dos manetas de freno y el patinete siguió acelerando hasta el cruce. Para pararse tuvo que tirarse a un lado y se dio contra el bordillo. Le han dado seis puntos en la barbilla en el centro de salud y lleva la muñeca escayolada.

El patinete tiene solo 140 km. Luego, en casa, lo he probado en llano: la maneta derecha va floja y en la pantalla sale a ratos el código E07.

Lo tengo guardado y nadie lo va a volver a usar. ¿Qué tengo que hacer para que lo revisen? ¿Les ha pasado con más clientes?

Un saludo,
Raúl Ortega Sanz
Tel. 654 208 371"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Pilar Domínguez <pili.dominguez@micorreo.example>",
         to="averias@calorhogar-servicios.example",
         subject="Olor fuerte en la cocina desde la revisión de la caldera",
         body="""\
Hola, buenas noches:

Esta mañana vino su técnico a hacer la revisión anual de la caldera (contrato de mantenimiento 88-41207). Desde que se fue, en la cocina huele a gas, y cada vez más fuerte, sobre todo junto a la caldera y a la llave de paso que estuvo tocando. Mi marido y yo llevamos con dolor de cabeza desde la cena.

Hemos cerrado la llave general, abierto todas las ventanas y ahora estamos con los niños en casa de mi cuñada, en el piso de abajo. No hemos encendido ninguna luz.

El teléfono de averías da todo el rato ocupado. ¿Pueden mandar a alguien esta noche? Dirección: C/ Almendros 14, 3.º B, 50012 Zaragoza.

Pilar Domínguez
Enviado desde mi móvil"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Marta Iglesias Pardo <marta.iglesias@buzon-personal.example>",
         to="atencionpaciente@laboratorios-analisis-norte.example",
         subject="En mi área de paciente aparecen los análisis de otra persona",
         body="""\
Buenos días:

Anoche entré en el portal de pacientes para descargar los resultados de mi analítica del día 2. En el apartado «Mis informes» me salen tres documentos: el mío y dos de un tal José Antonio R. M., con su fecha de nacimiento, su DNI y los resultados completos (incluida una serología que, entiendo, nadie más debería ver).

No los he descargado ni reenviado. Pero si yo veo los suyos, supongo que otra persona puede estar viendo los míos.

Les agradecería que lo revisaran cuanto antes y me confirmaran qué ha pasado.

Atentamente,
Marta Iglesias Pardo
N.º de paciente: 1500-88342"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Elena Navarro <elena.navarro@mailbox-es.example>",
         to="ayuda@neobanco-brio.example",
         subject="Me robaron el móvil y hay transferencias que no he hecho",
         body="""\
Hola, escribo desde el correo de mi hermana porque ayer me robaron el móvil en el metro (línea 3, sobre las 19 h).

Esta mañana he entrado en la web desde su ordenador y veo dos transferencias de 450 € y 380 € hechas anoche a un tal «J. P. Ruiz», más un Bizum de 200 €. Yo no he hecho nada de eso. En el móvil tenía la app con acceso por huella.

Ya he puesto la denuncia. Por teléfono no consigo hablar con nadie. Por favor, bloqueen la cuenta y díganme cómo recupero el dinero.

Lucía Navarro Gil
DNI 47218835-K"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jordi Puig <recepcion@hotel-mirador-costa.example>",
         to="soporte@llavetek.example",
         subject="Las tarjetas de las habitaciones no abren – 84 habitaciones ocupadas",
         body="""\
Buenos días:

Desde las 7:15 ninguna tarjeta abre las puertas de las habitaciones, ni las que hemos grabado esta mañana ni las que ya tenían los huéspedes. La cerradura parpadea dos veces en rojo. El programa de grabación de recepción dice que la tarjeta se ha codificado bien.

Tenemos 84 habitaciones ocupadas y un grupo de 40 personas con salida a las 10:00 que todavía tiene el equipaje dentro. Ahora mismo estamos abriendo puerta por puerta con la llave maestra, con una persona de mantenimiento subiendo y bajando, y la cola de recepción llega hasta la entrada.

Cliente: Hotel Mirador de la Costa, Salou. Contrato de mantenimiento LT-0932.
Llámennos, por favor, al 977 38 14 20.

Jordi Puig
Jefe de recepción"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Carmen Vidal Ferrer <c.vidal@farmacias-grupo-vidal.example>",
         to="soporte@farmagest.example",
         subject="URGENTE: las 6 farmacias sin poder dispensar receta electrónica",
         body="""\
Buenos días:

Desde las 9:05 ninguna de nuestras seis farmacias puede dispensar recetas electrónicas. Al leer la tarjeta sanitaria, Farmagest se queda en «Conectando con el servicio de receta…» y a los dos minutos da el error RE-503. La venta libre y el resto del programa van bien, y las farmacias del barrio que usan otro proveedor sí dispensan, así que entendemos que no es cosa del Servicio de Salud.

Tenemos pacientes crónicos y de oncología esperando su medicación en todas las farmacias, y a muchas personas mayores les estamos pidiendo que vuelvan por la tarde.

Incidencia abierta por teléfono a las 9:20 (n.º 55-20931), sin noticias desde entonces.

Carmen Vidal Ferrer
Directora técnica – Farmacias Grupo Vidal
Avda. del Puerto 112, 46023 Valencia – Tel. 963 41 08 72

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. Si usted no es el destinatario indicado, queda notificado de que su utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sergio Molina <sergio.molina@correoweb.example>",
         to="atencioncliente@ondafibra.example",
         subject="Sin internet en casa desde ayer, teletrabajo",
         body="""\
Hola:

Desde ayer a las 18:00 no tengo internet en casa. El router tiene la luz de «Internet» en rojo fijo y la de la fibra parpadeando. Ya lo he apagado y encendido, he revisado el cable de la roseta y he llamado dos veces al teléfono de atención: me dicen que abren incidencia, pero no me dan fecha.

Teletrabajo los cinco días de la semana y hoy tengo dos reuniones con clientes por videollamada. Estoy tirando de los datos del móvil, pero a este ritmo se me acaban a mediodía.

Titular: Sergio Molina Cano. Línea fija 91 560 23 88. C/ Pez Volador 9, 4.º A, Madrid.

¿Pueden mandar un técnico hoy?

Sergio

Enviado desde mi iPhone"""),

    dict(n=8, signals="outage", priority="high", trap="nonnative", qt=0, reply=0,
         frm="Giulia Ferraro <cafeteria.lamoka@negocios-mail.example>",
         to="soporte@tpv-sencillo.example",
         subject="la caja no arranca desde esta mañana",
         body="""\
Hola buenos días,

Soy Giulia de la cafetería La Moka en Granada, cliente número 10-5567. Esta mañana el ordenador de la caja no abre el programa, sale una ventana «No se puede conectar con la base de datos» y después se cierra. Ayer por la noche hize el cierre normal sin problemas.

Sin el programa no puedo abrir el cajón ni imprimir los tiquets, y tampoco va el datáfono que está conectado con la caja. Estoy sola con una chica y hay la gente del desayuno esperando, solo podemos cobrar en efectivo y muchos clientes pagan con tarjeta.

Por favor me llamáis lo antes posible al 622 48 19 05.

Gracias,
Giulia"""),

    dict(n=9, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Beatriz Soler <direccion@academia-idiomas-soler.example>",
         to="soporte@aulavirtual-pro.example",
         subject="Varias cosas del aula virtual",
         body="""\
Hola, buenas:

Os paso varias cosas que hemos ido apuntando esta semana:

1. En la pantalla de inicio sigue saliendo el logo antiguo de la academia, a ver si se puede cambiar.
2. Desde el lunes las clases en directo no se graban. La clase va bien, el profe pulsa «Grabar», aparece el punto rojo, pero al terminar la grabación no aparece en ningún sitio. Tenemos unos 60 alumnos que cuentan con ver la clase después porque trabajan a turnos; de momento los profes graban con el móvil para salir del paso.
3. ¿Se puede exportar el listado de asistencia a Excel?

Lo que más nos corre es lo segundo.

Gracias,
Beatriz Soler
Academia de Idiomas Soler – Alicante"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Álvaro Gil <alvarogil88@correo-ocio.example>",
         to="soporte@sonora-musica.example",
         subject="Las portadas se ven pixeladas en la tele",
         body="""\
Hola:

Una tontería, pero por si os sirve: desde hace un par de semanas, en la app de la Smart TV (una Samsung de 2022) las portadas de los discos se ven muy pixeladas, como si cargara la versión pequeña y la estirara. En el móvil y en el ordenador se ven perfectas. La música suena bien, así que sin prisa.

Un saludo,
Álvaro"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Mercedes Ruiz Calvo <mercedes.ruiz@correo-seguro.example>",
         to="clientes@aparca-ya.example",
         subject="Consulta sobre un cargo de 0,45 €",
         body="""\
Buenos días:

Revisando el extracto de mi tarjeta he visto que, además de los 3,20 € del aparcamiento del día 27 en el parking de la estación, hay un cargo aparte de 0,45 € con el concepto «APARCAYA GESTION». No tiene importancia, pero me gustaría saber a qué corresponde y si se cobra en cada uso, porque no lo recordaba de otras veces.

Muchas gracias de antemano y un cordial saludo,

Mercedes Ruiz Calvo
Usuaria n.º 3318740"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Fernando Castillo <fcastillo@hogar-mail.example>",
         to="oficinavirtual@aguas-del-valle.example",
         subject="RE: Reclamación factura 4.º trimestre – contrato 200-771834",
         body="""\
Pues no, no estoy de acuerdo.

Les mando otra vez la foto del contador: marca 1.482 m³. Ustedes me han facturado una lectura «estimada» de 1.561 m³, es decir, 79 m³ que no he gastado. Vivo solo y nunca he pasado de 25 m³ al trimestre. La factura es de 236,40 € cuando lo normal son unos 60 €, y me la van a cargar el día 15.

Quiero que la anulen y emitan una nueva con la lectura real, o que paren el cargo hasta que esto se resuelva.

Fernando Castillo

El mar, 1 dic 2026 a las 12:44, Aguas del Valle - Oficina Virtual <oficinavirtual@aguas-del-valle.example> escribió:
> Estimado cliente:
> Hemos revisado su reclamación. La lectura de su factura se ha estimado al no haber podido acceder al contador en la fecha prevista. La factura es correcta y se regularizará en el próximo periodo.
> Atentamente,
> Aguas del Valle"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nerea Aguirre <nerea@nereaaguirre-ilustracion.example>",
         to="soporte@cobrafacil.example",
         subject="Pagos retenidos desde hace 12 días – el lunes pago el alquiler",
         body="""\
Hola:

Soy ilustradora autónoma y cobro a mis clientes a través de vuestra pasarela (cuenta CF-88120). Desde el 24 de noviembre todos los pagos que recibo se quedan en «retenido – revisión de riesgo»: ya son 3.180 € de cuatro clientes distintos, todos habituales.

Nadie me ha pedido documentación ni me ha explicado nada, y en el chat solo me dicen que espere. El lunes tengo que pagar el alquiler del piso y la cuota de autónomos, y ese dinero es literalmente todo lo que tengo este mes.

Si necesitáis facturas, contratos o el DNI, os lo mando hoy mismo. Por favor, decidme algo.

Nerea Aguirre
Ilustración y diseño editorial · Bilbao"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Ignacio Herrera <ignacio.herrera@correo-prensa.example>",
         to="suscripciones@diario-el-faro.example",
         subject="Re: [Caso 00731562] Cobro duplicado suscripción digital",
         body="""\
Buenas:

Les respondo a este correo porque han pasado bastante más de 72 horas y el segundo cargo de 9,99 € de noviembre sigue en mi cuenta. Además, este mes me han vuelto a cobrar dos veces (dos cargos el 1 de diciembre), así que ya son 19,98 € de más.

Tengo una sola suscripción, con el usuario ignacio.herrera. ¿Pueden devolverme lo cobrado de más y, de paso, mirar por qué se está duplicando?

Gracias,
Ignacio Herrera

El 5 nov 2026, a las 9:12, Suscripciones El Faro <suscripciones@diario-el-faro.example> escribió:
> Hola, Ignacio:
> Hemos recibido su consulta (caso 00731562). Nuestro equipo revisará el cobro duplicado del 1 de noviembre y le responderá en un plazo de 72 horas.
> Un saludo,
> Equipo de Suscripciones"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Rocío Méndez <rocio.mendez@viajera-mail.example>",
         to="club@aerolinea-iberalia.example",
         subject="¿Cómo activo la verificación en dos pasos?",
         body="""\
Hola:

He leído que recomiendan activar la verificación en dos pasos en la cuenta del programa de puntos. En la app veo la opción en «Seguridad», pero solo me deja elegir SMS y preferiría usar una aplicación de autenticación. ¿Es posible? Y si cambio de móvil, ¿qué tendría que hacer para no quedarme sin acceso?

Gracias,
Rocío Méndez
Socia n.º IB 4410 2287"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Antonio Serrano <antonio.serrano@correo-familia.example>",
         to="areaclientes@seguros-prevision.example",
         subject="Los códigos de acceso me llegan al número antiguo",
         body="""\
Buenas tardes:

Hace un mes cambié de compañía y de número de móvil, y ahora, cuando intento entrar en el área de clientes, me mandan el código por SMS al número antiguo, que ya no tengo. No encuentro la manera de cambiar el teléfono sin entrar primero.

Necesito descargar el certificado del seguro del coche para la ITV de finales de mes; lo demás puede esperar.

Póliza: 30-5519-AUT. DNI: 33445123-T. Número nuevo: 611 902 445.

Un saludo,
Antonio Serrano"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Laura Benítez Ortiz <laura@clinicaveterinaria-alameda.example>",
         to="clientes@vetdistrib.example",
         subject="No puedo entrar en el portal de pedidos – pedido de vacunas hoy antes de las 13:00",
         body="""\
Buenos días:

Soy la veterinaria responsable de la Clínica Veterinaria Alameda (cliente 7720). Desde esta mañana el portal me dice «Usuario bloqueado. Contacte con su distribuidor» nada más poner el usuario, sin llegar a pedir la contraseña. Soy la única de la clínica con acceso para hacer pedidos.

Tengo que pedir hoy antes de las 13:00 las vacunas antirrábicas para la campaña del sábado en el pueblo (unas 150 dosis); si no, no llegan a tiempo y tendremos que anular la campaña, que el ayuntamiento ya ha anunciado.

¿Me pueden desbloquear el usuario o tomarme el pedido por teléfono? Estoy en el 957 50 12 03.

Gracias,
Laura Benítez Ortiz
Clínica Veterinaria Alameda – Lucena (Córdoba)"""),

    dict(n=18, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Javier Prieto <jprieto@prieto-asociados-abogados.example>",
         to="soporte@lexnube.example",
         subject="RE: Baja de usuaria y traspaso de expedientes – Prieto & Asociados",
         body="""\
Hola, Marina:

Te contesto entre líneas.

Javier

El jue, 3 dic 2026 a las 17:05, Marina (Soporte LexNube) <soporte@lexnube.example> escribió:
> ¿Cuál es el usuario de la persona que ha dejado el despacho?

ana.lozano. Trabajó aquí como paralegal hasta el 30 de noviembre; queremos que no pueda entrar desde ya.

> ¿Qué hacemos con los expedientes que tiene asignados?

Que pasen todos a Irene Campos (icampos), que es quien los lleva ahora.

> ¿Desea mantener su usuario como inactivo o eliminarlo?

Inactivo, por si hay que consultar el historial.

> Necesitamos la confirmación del administrador de la cuenta.

Soy yo: socio director y administrador de la cuenta.

Javier Prieto
Prieto & Asociados Abogados – Valladolid"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Dani Ferrer <danif_gamer@correo-joven.example>",
         to="feedback@estudio-pixelbravo.example",
         subject="El nuevo jefe final es una pasada",
         body="""\
¡Hola, equipo!

Solo quería deciros que la actualización de «Cripta Roja» es una bomba. He muerto unas 40 veces contra el nuevo jefe final y me tiene quemadísimo, pero en el buen sentido: la segunda fase, con todo en llamas y explotando alrededor, es brutal, y cuando por fin lo maté anoche casi me caigo de la silla.

Mis colegas del Discord están que arden también, nos hemos pasado el finde entero enganchados.

Una sugerencia: ¿podríais poner una opción para saltar la cinemática después de verla la primera vez? A la vigésima se hace larga, jaja.

Seguid así, sois unos cracks.
Dani (usuario DaniFerrer_22)"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Inmaculada Torres <inma.torres@correo-casa.example>",
         to="atencion@mueblesnordika.example",
         subject="Duda antes de comprar el sofá Oslo",
         body="""\
Buenas tardes:

Estoy pensando en comprar el sofá Oslo de tres plazas, pero antes de hacer el pedido tengo un par de dudas:

- Si al llegar no cabe por la puerta o por la escalera (es un cuarto sin ascensor), ¿cómo funciona la devolución? ¿Me reembolsan el importe completo o se descuentan los portes?
- El reembolso, ¿se hace a la misma tarjeta? ¿Cuánto tarda?
- En vuestra web pone que el pago es seguro, pero al final me pide los datos de la tarjeta en una página con otra dirección (la de la pasarela, imagino). ¿Es normal? Con tanta estafa por internet una ya no se fía de nada.

Gracias y un saludo,
Inma Torres"""),

    dict(n=21, signals="-", priority="low", trap="booking", qt=0, reply=0,
         frm="Manuel Ibáñez <manuel@asador-el-fogon.example>",
         to="clientes@extintores-protecfuego.example",
         subject="Revisión anual de extintores y campana – Asador El Fogón",
         body="""\
Buenos días:

Os escribo para concertar la revisión anual de los extintores y del sistema de extinción de incendios de la campana de la cocina, que nos caduca el 31 de diciembre (contrato PF-2290).

Como ya sabéis, aquí tenemos horno de leña y parrilla, así que entre el fuego, el humo y la grasa el inspector del ayuntamiento siempre mira con lupa la pegatina de la revisión. Nos vendría bien un lunes por la mañana, que es cuando el restaurante está cerrado y la cocina apagada.

Aprovecho para pediros presupuesto de la formación de emergencias y evacuación para los 9 empleados, que la última fue hace tres años.

Un saludo,
Manuel Ibáñez
Asador El Fogón – Burgos"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Patricia Lorenzo <patri.lorenzo@correo-diario.example>",
         to="atencion@lentillas-clara.example",
         subject="Re: Cargo duplicado pedido LC-118204",
         body="""\
¡Perfecto! Ya lo veo en la cuenta. Muchas gracias por la rapidez.

Una última cosa: las lentillas mensuales de este pedido, ¿sirven también para dormir con ellas o es mejor quitármelas por la noche?

Patricia

El lun, 7 dic 2026 a las 10:15, Atención al cliente Lentillas Clara <atencion@lentillas-clara.example> escribió:
> Hola, Patricia:
> Disculpa las molestias. Hemos anulado el segundo cargo y te hemos devuelto los 42,90 €; lo verás en tu cuenta en 3-5 días.
> Un saludo,
> Lentillas Clara
>
> El dom, 6 dic 2026 a las 22:31, Patricia Lorenzo <patri.lorenzo@correo-diario.example> escribió:
> > Hola, me habéis cobrado dos veces el pedido LC-118204 (dos cargos de 42,90 € en la tarjeta). ¿Podéis devolverme uno?"""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Ricardo Fuentes <rfuentes@correduria-atlantica.example>",
         to="enterprise-support@voxcloud.example",
         subject="Incidencia P1 según SLA – grabación de llamadas detenida (contrato ENT-0417)",
         body="""\
Buenos días:

Les escribo como responsable de sistemas de Correduría Atlántica, cliente Enterprise con contrato ENT-0417 y SLA de respuesta de 2 horas para incidencias P1.

Desde ayer a las 16:40 no se graba ninguna llamada de nuestra centralita. Las llamadas entran y salen con normalidad; el problema es solo la grabación: en el panel no aparece nada posterior a esa hora. Como correduría de seguros, la normativa nos obliga a conservar la grabación de toda contratación telefónica, así que de momento estamos pidiendo a los clientes una confirmación por escrito, lo que nos retrasa bastante.

Les pido que lo traten como P1 conforme al contrato y que me confirmen por escrito la hora de apertura de la incidencia.

Un saludo,
Ricardo Fuentes
Responsable de Sistemas – Correduría Atlántica S.L.
A Coruña · Tel. 981 20 47 66"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Olga Martín <olga.martin@constructora-hidalgo.example>",
         to="soporte@identia-sso.example",
         subject="Nadie de la empresa puede iniciar sesión desde las 8:00",
         body="""\
Hola:

Desde las 8:00 de hoy, ningún empleado de Constructora Hidalgo puede entrar en el correo, el ERP ni la intranet: el inicio de sesión único acepta la contraseña y luego se queda en un bucle pidiendo el código de verificación del móvil, que nunca llega. Afecta a las cuatro oficinas (Madrid, Toledo, Guadalajara y Segovia) y a los jefes de obra, unas 350 personas.

Los jefes de obra no pueden consultar planos ni pedir material, y hoy teníamos el cierre de certificaciones con dos clientes.

Cuenta: constructora-hidalgo (tenant ID 7f3a-22c1). Hemos probado desde varias redes y navegadores.

Llámenme al 925 61 30 09, por favor.

Olga Martín
Responsable de IT – Constructora Hidalgo S.A."""),
]
