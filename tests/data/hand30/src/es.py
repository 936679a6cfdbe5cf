# blind31 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------ 1-14 hard negatives
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marta Quiroga <martaquiroga.93@buzonrapido.example>",
         to="ayuda@pantallaplus.example",
         subject="descargar capitulos",
         body="""\
hola una pregunta rápida
se pueden descargar los capítulos de Cortafuegos para verlos en el avión sin wifi? el viernes me voy a Tenerife y me muero de ganas de ver la segunda temporada, el final de la primera me dejó muerta jajaja
tengo el plan básico, no sé si entra
gracias
Marta

Enviado desde mi móvil"""),

    dict(n=2, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Nuria Beltrán <nuria.beltran@correoya.example>",
         to="atencion@hogarchef.example",
         subject="Pregunta antes de comprar la freidora AirChef 5L",
         body="""\
Buenas tardes:

Estoy pensando en comprar la freidora de aire AirChef 5L que tienen en oferta, pero antes me gustaría resolver un par de dudas de seguridad.

Tengo dos niños pequeños (3 y 5 años) que se pasan el día metidos en la cocina. ¿La parte de fuera se calienta mucho mientras funciona? ¿Hay riesgo de que se quemen si la tocan? Y si se me olvida apagarla, ¿tiene apagado automático o algo que evite que se recaliente y acabe en un incendio? He leído comentarios de otras marcas que me han dejado un poco preocupada.

Si me lo confirman, la pido esta misma semana.

Un saludo,
Nuria Beltrán"""),

    dict(n=3, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Jesús Olmedo <jesus.olmedo@buzonrapido.example>",
         to="clientes@bancoalcazar.example",
         subject="Gracias por la devolución",
         body="""\
Hola,

Solo quería daros las gracias. La semana pasada os escribí porque me aparecía un cargo duplicado de 89,90 € en la cuenta y, la verdad, me llevé un susto de muerte: pensé que me habían clonado la tarjeta. Hoy ya tengo el dinero devuelto y la chica que me atendió por teléfono (creo que se llamaba Irene) fue un encanto.

No hace falta que me contestéis, era solo para que lo supierais.

Un abrazo,
Jesús Olmedo"""),

    dict(n=4, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Tomás Giménez <tomigamer07@correoya.example>",
         to="soporte@asaltofinal.example",
         subject="sugerencia para Asalto Final",
         body="""\
Hola gente de Asalto Final!!

Primero que nada, la actualización nueva está re buena. El mapa del puerto es una locura, las explosiones se ven tremendas y anoche con los chicos nos matamos de risa con el modo zombies, quedamos todos muertos en la primera oleada jaja.

Les quería proponer algo: ¿podrían agregar un editor de mapas? Así armamos nuestras propias partidas para el clan. Y otra cosa, que el francotirador tenga más skins, porfa.

Sigan así que la están rompiendo!!

Tomi (TomiGamer_07)"""),

    dict(n=5, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Raúl Esteban Cid <raul.esteban.cid@correoya.example>",
         to="reservas@vuelaiberica.example",
         subject="Cambio de fecha vuelo MAD-BIO localizador KQ7P2L",
         body="""\
Buenos días:

Tengo un vuelo Madrid–Bilbao el 18 de diciembre (localizador KQ7P2L) y necesitaría pasarlo al sábado 19, porque a mi prima se le ha ocurrido cambiar la fecha de la boda y si no llego a la cena de la víspera mi madre me mata.

¿Cuánto me costaría el cambio? Compré la tarifa Classic y no tengo claro si incluye cambios gratis o si me van a cobrar la diferencia. Si me toca pagar demasiado, prefiero dejarlo como está y buscarme la vida.

Muchas gracias,
Raúl Esteban Cid"""),

    dict(n=6, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Lucía Ferrer <lucia.ferrer@estudiobrisa.example>",
         to="soporte@tablerum.example",
         subject="RE: Plataforma caída - error 502",
         body="""\
Hola de nuevo,

Confirmado, ya entramos todos y los tableros cargan bien. Gracias por la rapidez, nos habéis salvado la entrega.

Aprovecho para una consulta: ¿se puede exportar el diagrama de Gantt a PDF o solo como imagen?

Saludos,
Lucía

El lun, 30 nov 2026 a las 9:14, Lucía Ferrer (<lucia.ferrer@estudiobrisa.example>) escribió:
> Buenos días,
> Desde las 8:30 la plataforma no carga. Al entrar sale "502 Bad Gateway" y nadie del equipo (somos 14) puede abrir los proyectos. Hoy tenemos entrega con un cliente y estamos parados.
> ¿Podéis mirarlo cuanto antes, por favor?
> Lucía Ferrer
> Estudio Brisa"""),

    dict(n=7, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Alfonso Ruiz Tejada <aruiztejada@buzonrapido.example>",
         to="recepcion@hotelmiradorsierra.example",
         subject="Estancia del 4 al 7 de diciembre - felicitaciones",
         body="""\
Estimado equipo del Hotel Mirador de la Sierra:

Les escribo para felicitarles por nuestra estancia del pasado puente. Todo fue de diez: la habitación, la piscina climatizada y, sobre todo, el cochinillo del restaurante, que estaba de escándalo.

Solo un comentario, y no es una queja: la segunda noche sonó la alarma de incendios a las once por el simulacro que ya nos habían anunciado en recepción. Mi suegra se llevó un buen susto porque no había leído la nota, así que quizá convendría avisar también por WhatsApp a los huéspedes.

Queremos repetir en Semana Santa. ¿Mantienen el descuento de cliente habitual?

Reciban un cordial saludo,
Alfonso Ruiz Tejada"""),

    dict(n=8, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Íker Zubiri <iker.zubiri@correoya.example>",
         to="ayuda@comidaya.example",
         subject="Pedido #58213 tardó casi una hora",
         body="""\
Hola,

Anoche pedí la Hamburguesa Volcán con salsa Infierno (pedido #58213). La hamburguesa estaba de vicio y la salsa hace honor a su nombre, casi echo fuego por la boca. Pero tardó casi una hora en llegar cuando la app decía 25 minutos, y llegó templada.

No pido nada, solo que lo tengáis en cuenta, porque ya me ha pasado dos veces este mes con el mismo restaurante.

Saludos,
Íker"""),

    dict(n=9, signals="-", priority="low", trap="access", qt=0, reply=0,
         frm="Pilar Castaño <pcastano@gestoriaalbarran.example>",
         to="soporte@vendecrm.example",
         subject="Alta de usuaria nueva en enero + duda",
         body="""\
Hola:

Os escribo de parte de la oficina de Gestoría Albarrán. El 11 de enero se incorpora una compañera nueva al equipo comercial y querríamos que tuviera acceso al CRM desde el primer día.

- ¿Tenemos que comprar una licencia más o nos sobra alguna en el plan actual (Pro, 8 usuarios)?
- ¿Se puede dejar el usuario preparado ya y que no se active hasta el día 11?
- ¿Recomendáis algún gestor de contraseñas? Ahora mismo las claves van en un Excel compartido y ya sé que eso es una bomba de relojería.

Gracias de antemano,
Pilar Castaño
Responsable de oficina"""),

    dict(n=10, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Seguros Atalaya <boletin@segurosatalaya.example>",
         to="soporte@gestionesnorte.example",
         subject="Boletín de diciembre: que la Navidad no acabe en incendio",
         body="""\
Boletín Hogar Seguro – Diciembre 2026

Hola:

En diciembre se disparan los avisos por incendios domésticos y por robos en viviendas vacías. Te dejamos tres consejos rápidos:

1. No dejes las luces del árbol encendidas por la noche ni enchufadas a regletas sobrecargadas.
2. Si te vas de vacaciones, no lo anuncies en redes: es la pista favorita de los ladrones.
3. Comprueba que el detector de humo tiene pila. Son dos minutos.

Recuerda que con tu póliza tienes cerrajero urgente las 24 horas sin coste adicional.

Equipo de Seguros Atalaya

Recibes este boletín porque estás suscrito. Si no quieres recibir más correos, date de baja aquí."""),

    dict(n=11, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Carmen Villalba <carmen.villalba@buzonrapido.example>",
         to="atencion@movilnova.example",
         subject="RE: Cobro duplicado en la factura de noviembre",
         body="""\
Buenas,

Gracias, ya me aparece el abono en la app. Aprovecho: me voy a Londres del 22 al 30 de diciembre, ¿el roaming en Reino Unido está incluido en mi tarifa o tengo que activar algún bono?

Un saludo,
Carmen Villalba

-----Mensaje original-----
De: Carmen Villalba <carmen.villalba@buzonrapido.example>
Enviado el: martes, 1 de diciembre de 2026 18:42
Para: atencion@movilnova.example
Asunto: Cobro duplicado en la factura de noviembre

> Hola,
> En la factura de noviembre me habéis cobrado dos veces la cuota de 34,95 €: tengo dos recibos iguales cargados en el banco el mismo día. Quiero que me devolváis uno cuanto antes.
> Línea: 633 508 214
> Carmen Villalba"""),

    dict(n=12, signals="-", priority="low", trap="hr", qt=0, reply=0,
         frm="Sergio Lamas Prieto <sergio.lamas@correoya.example>",
         to="atencionalcliente@energiasolea.example",
         subject="Candidatura – Técnico de Prevención de Riesgos",
         body="""\
Estimados señores:

Me dirijo a ustedes para presentar mi candidatura a la oferta de Técnico de Prevención de Riesgos Laborales publicada en su web. Disculpen si este no es el buzón adecuado; no he encontrado ninguna dirección de Recursos Humanos.

Durante cinco años he sido bombero voluntario en la comarca de la Ribagorza y, desde 2022, trabajo como técnico de prevención en una distribuidora eléctrica, donde me ocupo de los planes de emergencia, los simulacros de evacuación y la formación del personal en riesgo eléctrico, explosiones y extinción de incendios.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Atentamente,
Sergio Lamas Prieto
Tel. 611 48 27 93"""),

    dict(n=13, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Pablo Rey Souto <pablo.rey.souto@alumnos.unioleiros.example>",
         to="secretaria@unioleiros.example",
         subject="Plazas en el curso de verano de Python",
         body="""\
Hola,

Soy estudiante de 2º de Ingeniería Informática. Una pregunta: ¿quedan plazas en el curso intensivo de Python de julio? ¿Y se puede convalidar por créditos optativos?

Os lo pregunto ahora porque después de estos exámenes voy a estar frito, y con lo quemado que acabo cada cuatrimestre sé que si no me apunto ya se me pasa el plazo. El año pasado Redes me destrozó y no levanté cabeza hasta septiembre.

Gracias!
Pablo Rey"""),

    dict(n=14, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Jonas Becker <jonas.becker@postfach-mail.example>",
         to="tienda@bicisturia.example",
         subject="Silla de niño para bici eléctrica Urbana E7",
         body="""\
Hola,

Compré en su tienda la bici eléctrica Urbana E7 en marzo y estoy muy contento, la batería dura mucho más que prometido. Ahora quiero montar una silla para mi hija de 2 años. ¿Cuál silla es compatible con el portabultos de la E7? ¿La pueden montar ustedes en la tienda?

No tengo prisa, porque ahora mismo no puedo ir en bici: me rompí el tobillo jugando al pádel el domingo (no fue culpa de la bici, jaja). En tres semanas me quitan la escayola.

Muchos saludos,
Jonas Becker
Valencia"""),

    # ------------------------------------------------------------ 15-17 safety
    dict(n=15, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Rosario Medina <rosario.medina@buzonrapido.example>",
         to="postventa@electrovoltio.example",
         subject="Consulta sobre batería externa PowerMax 20000",
         body="""\
Buenas tardes:

Disculpen que les moleste. Les escribo por la batería externa PowerMax 20000 que compré en su tienda online el mes pasado (pedido EV-448102).

Anoche la tenía cargando en el salón y de repente empezó a salir humo y a oler a plástico quemado. Cuando fui a desenchufarla estaba hinchada y con llamas; se quemó parte de la alfombra y mi hijo, que la cogió para sacarla al balcón, tiene una quemadura en la palma de la mano. Fuimos a urgencias y le han puesto una crema y un vendaje.

Seguramente no sea nada grave, pero me gustaría saber qué hago con la batería (la tengo en un cubo en la terraza) y si hay más unidades de ese lote.

Muchas gracias y perdonen otra vez.
Rosario Medina"""),

    dict(n=16, signals="safety,account", priority="critical", trap="proxy", qt=0, reply=0,
         frm="Elena Marín <elena.marin.g@correoya.example>",
         to="ayuda@correonet.example",
         subject="Han entrado en la cuenta de correo de mi padre",
         body="""\
Hola,

Os escribo en nombre de mi padre, Andrés Marín Gómez, que tiene 78 años y no se maneja bien con estas cosas. Su dirección es andres.marin41@correonet.example.

Desde ayer por la tarde sus contactos están recibiendo correos suyos pidiendo que le compren tarjetas regalo "porque está en el hospital". Él no ha enviado nada. Hemos intentado entrar en la cuenta para cambiar la contraseña y ya no funciona: alguien la ha cambiado, y también el móvil de recuperación.

Mi padre tiene ahí los correos del banco y de la Seguridad Social, así que estamos bastante preocupados. ¿Qué tenemos que hacer para recuperar la cuenta? Puedo mandaros una foto de su DNI si hace falta.

Gracias,
Elena Marín
(hija de Andrés)"""),

    dict(n=17, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Dani Pons <danipons88@correoya.example>",
         to="clientes@tarjetasolaris.example",
         subject="cargos que no he hecho",
         body="""\
hola me acaban de llegar 4 notificaciones de cargos en la tarjeta acabada en 4417 que no he hecho yo
3 de 149,99 y uno de 299 en una web de apuestas, LuckyBetz
la tarjeta la tengo aquí en la mano no la he perdido
bloqueadla ya por favor y devolvedme eso
Dani Pons
tel 622 910 384"""),

    # ------------------------------------------------------------ 18-20 outage
    dict(n=18, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rubén Salgado <gerencia@barelfaro.example>",
         to="soporte@cobrafacil.example",
         subject="URGENTE: ningún datáfono funciona - error E-45",
         body="""\
Buenas,

Desde las 13:10 ninguno de los tres datáfonos del restaurante funciona. Al pasar cualquier tarjeta sale esto:

  TRANSACCION DENEGADA
  E-45 SIN CONEXION CON HOST
  Terminal: 00418827

Hemos reiniciado los terminales y el router y sigue igual; internet va bien. Es sábado, tenemos el comedor lleno y casi nadie lleva efectivo. Estamos perdiendo mesas.

Llamo al teléfono de soporte y salta un mensaje de que todos los agentes están ocupados.

Rubén Salgado
Gerente – Bar Restaurante El Faro
Tel. 688 204 517"""),

    dict(n=19, signals="outage,account", priority="high", trap="scale", qt=0, reply=0,
         frm="Maite Urrutia <m.urrutia@arquitectosbidasoa.example>",
         to="soporte@nubebox.example",
         subject="Nadie de la oficina puede iniciar sesión desde el cambio de anoche",
         body="""\
Hola:

Soy la responsable de oficina de Arquitectos Bidasoa. Esta mañana nadie puede iniciar sesión en NubeBox:

- Con el inicio de sesión de Microsoft (SSO) sale "Error AADSTS50011: la URL de respuesta no coincide".
- Si probamos con usuario y contraseña, dice que la cuenta está gestionada por la organización y nos devuelve al SSO.
- Afecta a los 12 usuarios; a las 8:00 ya no entraba nadie.

Anoche nos llegó un aviso de que ibais a actualizar el inicio de sesión. Por nuestra parte no hemos tocado nada.

Todos los planos están en NubeBox, así que estamos tirando con lo poco que tenemos en local. ¿Podéis revisarlo?

Maite Urrutia
Arquitectos Bidasoa"""),

    dict(n=20, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Gonzalo Ferrández <gferrandez@buzonrapido.example>",
         to="incidencias@fibrasur.example",
         subject="La fibra se corta TODAS las noches",
         body="""\
Llevo diez días así y estoy harto.

Todas las noches, entre las nueve y las doce, la conexión se cae cada 10 o 15 minutos. Vuelve sola al minuto, pero mientras tanto se cortan las videollamadas, la tele se queda cargando y mi hijo pierde las partidas. Por el día va perfecta.

He reiniciado el router mil veces y he cambiado el cable. Cuando pasa, la luz de "LOS" se pone roja.

Pago 45 € al mes por 600 megas, no por esto. Quiero que venga un técnico esta semana.

Gonzalo Ferrández
Cliente 7740-2231"""),

    # ------------------------------------------------------------ 21-22 payment
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Inmaculada Soler <inma.soler@correoya.example>",
         to="ayuda@mercabazar.example",
         subject="Devolución del abrigo",
         body="""\
Buenas tardes:

Antes de nada, decirles que soy clienta desde hace años y que casi siempre he quedado contenta, sobre todo con los libros y las cosas para la casa. Fue mi hija quien me enseñó a comprar aquí y ahora soy yo la que le dice que no compre en otros sitios.

El caso es que en noviembre compré un abrigo de paño a un vendedor de su web (pedido MB-3390-1172) para regalárselo a mi marido, pero le quedaba estrecho de hombros y decidimos devolverlo. Lo llevé a Correos el 9 de noviembre con la etiqueta que me dieron ustedes y guardo el justificante.

Pues bien, han pasado casi cuatro semanas, en el seguimiento pone "entregado al vendedor" desde el día 13 y el reembolso de 119 € todavía no me ha llegado. En la app el pedido sigue como "devolución en curso". He escrito dos veces al vendedor por el chat y no contesta.

¿Pueden hacer algo ustedes? No es solo por el dinero, es que se acercan las fiestas y me vendría bien tenerlo.

Muchas gracias y un saludo,
Inmaculada Soler"""),

    dict(n=22, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Yolanda Prieto <yoli.prieto@buzonrapido.example>",
         to="clientes@supercasa.example",
         subject="Me habéis cobrado el pedido TRES veces",
         body="""\
Hola,

El pedido del súper del jueves (nº SC-2026-774512, 127,40 €) me lo habéis cobrado tres veces. En el banco tengo tres cargos iguales y me he quedado en números rojos. La compra llegó una sola vez, claro.

El lunes me pasan el recibo del alquiler y ahora mismo no tengo saldo para cubrirlo. Necesito que me devolváis los dos cargos de más antes del lunes, por favor, porque si me devuelven el recibo me cobran comisión y encima quedo fatal con el casero.

Os adjunto captura del banco.

Yolanda Prieto
Tel. 654 330 918"""),

    # ------------------------------------------------------------ 23-24 account
    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Fernando Arias <f.arias@correoya.example>",
         to="atencion@trenesiberia.example",
         subject="Cuenta bloqueada y el billete de mañana dentro",
         body="""\
Buenas noches,

Intento entrar en mi cuenta de la app y, después de tres intentos, me sale "Cuenta bloqueada temporalmente por seguridad". Le doy a "He olvidado mi contraseña" y el correo para restablecerla no llega (he mirado en spam, nada).

El problema es que mañana a las 7:25 cojo el tren Madrid–Sevilla y el billete solo lo tengo en la app, no lo descargué en PDF. Localizador: T4K9ZQ.

¿Podéis desbloquear la cuenta o mandarme el billete a este correo?

Gracias,
Fernando Arias"""),

    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lola Espinosa <lola@espinosaasesores.example>",
         to="soporte@cuentaclara.example",
         subject="Cómo activar la verificación en dos pasos",
         body="""\
Hola,

Nuestro gestor nos ha recomendado activar la verificación en dos pasos en CuentaClara, por lo de los ataques que salen en las noticias. ¿Cómo se hace? En Ajustes no lo encuentro.

¿Y se puede usar una app del móvil o solo SMS?

Gracias,
Lola Espinosa"""),
]
