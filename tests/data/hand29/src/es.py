# blind30 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Ferrer Montoya <lucia.ferrer.m@correo.example>",
         to="atencion.cliente@termohogar.example",
         subject="Radiador de aceite RA-2000 de mi padre",
         body="""\
Buenos días:

Les escribo en nombre de mi padre, Antonio Ferrer, que tiene 82 años y no se maneja con el correo. Le compramos hace tres semanas el radiador de aceite RA-2000 en su tienda online (pedido 40-118273).

Anoche, sobre las once, mi padre notó olor a plástico quemado en el salón. Cuando fue a mirar, salía humo de la parte de abajo del radiador, junto al cable, y el enchufe estaba negro y medio derretido. Lo desenchufó tirando del cable y se quemó los dedos de la mano derecha; esta mañana lo hemos llevado al centro de salud y le han puesto una pomada y un vendaje.

El radiador estaba enchufado directamente a la pared, sin regletas, y en la posición media. La pared de detrás ha quedado con una mancha oscura.

Tenemos el aparato guardado en el balcón y fotos de todo. ¿Qué tenemos que hacer? ¿Les ha pasado lo mismo con otras unidades de este modelo? Me preocupa que haya más personas mayores con uno igual en casa.

Un saludo,
Lucía Ferrer
Tel. 611 48 20 93"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Raúl Ortega <raulortega84@movil.example>",
         to="ayuda@comidaya.example",
         subject="pedido 7731-XK de anoche",
         body="""\
Anoche pedí para mi hija un pad thai y puse bien claro en las notas SIN CACAHUETE, ES ALÉRGICA. Además lo marqué en la app.
A los cinco minutos de empezar a comer se le hincharon los labios y los ojos y empezó a toser sin parar. Tuvimos que ponerle la inyección de adrenalina y salir corriendo a urgencias del Clínico. Ha pasado la noche en observación.
En el fondo de la caja había trozos de cacahuete picado.
Quiero saber qué restaurante lo preparó, qué pasó con la nota y que alguien me llame HOY al 644 902 117.
Raúl Ortega"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Villalba <mvillalba@inbox.example>",
         to="clientes@tarjetaplus.example",
         subject="cargos q no son mios",
         body="""\
acabo de mirar la app y tengo 3 compras q yo no he hecho, una de 249,99 en una web de electronica, otra de 180 y otra de 95,50, todas de esta madrugada a las 4 y pico
la tarjeta la tengo aqui en la mano
podeis bloquearla ya?? y devolverme eso
es la acabada en 4471
Marta Villalba
Enviado desde mi móvil"""),

    dict(n=4, signals="safety,account", priority="critical", trap="phishing", qt=0, reply=0,
         frm="Begoña Lasa Etxeberria <begona.lasa@euskalmail.example>",
         to="soporte@nexoplay.example",
         subject="No podemos entrar en la cuenta de mi hijo",
         body="""\
Hola:

Soy la madre de Iker, que tiene 14 años y juega con la cuenta "IkerLasa_07". La cuenta está a mi nombre y el correo asociado era este.

El sábado un chico le pasó por el chat del juego un enlace para conseguir "skins gratis". Iker entró, puso su usuario y su contraseña y también el código que le llegó al móvil. Esa misma noche nos llegó un correo vuestro diciendo que se había cambiado la dirección de correo de la cuenta. Desde entonces la contraseña ya no funciona y la recuperación manda el enlace a un correo que no conocemos.

En la cuenta hay juegos comprados por más de 300 euros y además tenemos guardada mi tarjeta. Hoy sus amigos le han dicho que "él" les está mandando mensajes pidiéndoles cosas.

¿Podéis bloquear la cuenta y devolvérnosla? Os puedo mandar las facturas de las compras o lo que haga falta para demostrar que es nuestra.

Gracias,
Begoña Lasa"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sergio Peñalver <sergio@velasyaromas.example>",
         to="soporte@tiendafacil.example",
         subject="URGENTE - nadie puede terminar la compra en mi tienda",
         body="""\
Hola,

Desde las 10:15 más o menos los clientes de mi tienda (velasyaromas.example, plan Profesional) no pueden pagar. Añaden productos al carrito, rellenan sus datos, pulsan "Finalizar pedido" y la rueda se queda girando para siempre. No entra ni un pedido. Ayer a esta hora llevábamos 40 y hoy llevamos 0, en plena campaña de Navidad.

Lo he probado yo mismo desde el ordenador y desde el móvil, con tarjeta y con PayPal, y pasa lo mismo. En la consola del navegador sale esto:

POST /checkout/confirm 504 (Gateway Timeout)

No he tocado la configuración desde la semana pasada. Por favor, miradlo cuanto antes, cada hora que pasa son ventas perdidas.

Sergio Peñalver
Velas y Aromas
Tel. 622 310 845"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Inmaculada Rosales <administracion@gestoriarosales.example>",
         to="soporte@correonube.example",
         subject="No nos llegan los correos a nadie de la oficina",
         body="""\
Buenos días:

Les escribo desde la administración de la Gestoría Rosales (dominio gestoriarosales.example, 18 buzones contratados).

Desde las nueve de la mañana no ha entrado ni un solo correo en ninguno de los buzones de la oficina. Los compañeros pueden enviar, pero lo que nos mandan los clientes no llega, y varios nos han llamado porque les vuelve un aviso con "550 5.1.1 mailbox unavailable". Estamos en pleno cierre de trimestre y los clientes nos mandan toda la documentación por correo, así que ahora mismo el despacho está prácticamente parado.

Hemos reiniciado los equipos y lo hemos probado en el webmail; es igual en todos.

¿Pueden decirme qué ocurre y cuánto va a tardar? Pueden llamarme al 955 04 12 38, extensión 2.

Atentamente,
Inmaculada Rosales
Responsable de administración"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Thomas Becker <t.becker@postfach.example>",
         to="averias@fibraplus.example",
         subject="Internet no funciona desde ayer",
         body="""\
Hola,

mi nombre es Thomas Becker, soy cliente con el numero 00783341. Desde ayer por la tarde (como las 18 horas) no tengo internet en mi piso. El router tiene la luz "LOS" en rojo que parpadea y las otras luces estan apagados. He apagado y encendido el router muchas veces, tambien he cambiado el cable, pero no cambia nada.

Yo trabajo desde casa y hoy no he podido conectar a las reuniones. Ahora uso el datos del movil pero es muy lento y no es posible trabajar así todo el día.

Por favor pueden enviar un técnico lo antes posible? Estoy en casa toda la semana.

Dirección: Calle Doctor Fleming 12, 3º B, 46008 Valencia

Muchas gracias y perdon por mi español,
Thomas Becker"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Pilar Gómez Rivas <pilargomez.rivas@correo.example>",
         to="ayuda@cineflix.example",
         subject="¿Es normal que en la tele no cargue nada?",
         body="""\
Hola, buenas tardes.

¿Es normal que desde el domingo la app de la tele (una Samsung de 2021) se quede con la pantalla negra y el logo y no pase de ahí? En el móvil y en la tablet la cuenta va perfectamente y puedo ver las series sin problema, pero en la tele, que es donde vemos todo en casa, no hay manera. Ya la he desinstalado y vuelto a instalar, y he desenchufado la tele un rato como pone en su página de ayuda.

¿Es cosa mía o les pasa a más personas? ¿Hay algo más que pueda probar?

Gracias,
Pilar Gómez"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Daniel Crespo <daniel.crespo@estudiocrespo.example>",
         to="support@nubebox.example",
         subject="Sincronización a medias desde la actualización",
         body="""\
Hola,

Desde que la aplicación de escritorio se actualizó a la versión 5.2 (el jueves), la sincronización funciona solo a medias. Os resumo lo que veo:

- Los archivos pequeños (documentos, hojas de cálculo) se suben bien.
- Los archivos de más de 1 GB se quedan en "Pendiente" indefinidamente.
- La carpeta compartida "Proyectos 2026" no baja los cambios que hacen mis compañeros, aunque en la web sí aparecen.
- El icono de la bandeja pone "Sincronizando..." todo el día.

Puedo seguir trabajando si subo los vídeos grandes a mano desde la web, pero es bastante pesado. Uso Windows 11 y tengo cuenta Business.

¿Es un fallo conocido? ¿Puedo volver a la versión anterior mientras tanto?

Gracias,
Daniel Crespo"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="José Manuel Iglesias <jm.iglesias@correo.example>",
         to="facturacion@energiaclara.example",
         subject="Me han cobrado dos veces la factura de noviembre",
         body="""\
Buenas,

Les copio los datos de la factura tal como aparecen en el área de cliente:

  Factura n.º: EC-2026-1184512
  Periodo: 01/11/2026 - 30/11/2026
  Importe: 87,43 EUR
  Contrato: luz, tarifa Estable
  Titular: José Manuel Iglesias Prado

En el banco me aparecen dos recibos de 87,43 EUR de Energía Clara con fecha 3 de diciembre, uno detrás de otro. Solo tengo un contrato con ustedes y una única factura ese mes.

Les agradecería que me devolvieran el cargo duplicado en la misma cuenta (terminada en 3390).

Un saludo,
José Manuel Iglesias"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Carolina Ruiz Benítez <carolinaruizb@correo.example>",
         to="reembolsos@aerolineasol.example",
         subject="Reserva QX7P2L",
         body="""\
Hola, buenas tardes.

Les escribo un poco liada porque ya no sé muy bien a quién dirigirme. En octubre teníamos que ir a Lisboa mi pareja y yo a la boda de una amiga; lo habíamos reservado con mucha antelación y nos hacía muchísima ilusión, porque era la primera vez que salíamos de viaje desde que nació el niño.

El vuelo del 17 de octubre (Madrid - Lisboa, 08:40) se canceló la noche anterior y nos ofrecieron otro para dos días después, que no nos servía porque la boda era el 18. Al final fuimos en coche, pero eso es otra historia.

El caso es que en la app elegí el reembolso ese mismo día 16 y me llegó un correo confirmando que "el reembolso de 412,60 EUR se procesará en un plazo de 7 días hábiles". Hoy, casi dos meses después, no ha llegado nada a mi tarjeta. He llamado dos veces y me dicen que está "en trámite". Ese dinero lo necesito de verdad: este mes vamos muy justos y sin él no llego a pagar el alquiler, que se paga el día 10.

¿Me pueden decir en qué estado está y cuándo lo voy a recibir? Adjunto el correo de confirmación.

Muchas gracias,
Carolina Ruiz"""),

    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Andrés Molina <andres.molina77@correo.example>",
         to="clientes@tellamovil.example",
         subject="Cargo de 1,99 en la factura",
         body="""\
Hola, una pregunta rápida: en la factura de diciembre me aparece un concepto "Servicio Info Roaming 1,99 EUR" que no me suena. ¿Qué es exactamente? Estuve en Andorra un fin de semana, igual viene de ahí. No es por el dinero, es por saber si se va a repetir cada mes.

Gracias,
Andrés Molina
Línea 655 21 78 04"""),

    dict(n=13, signals="payment", priority="medium", trap="formal", qt=0, reply=0,
         frm="Elena Sanz Carrasco <elena.sanz@arquitecturasanz.example>",
         to="billing@tareaspro.example",
         subject="Solicitud de reembolso - renovación anual cobrada tras la cancelación",
         body="""\
Estimados señores:

Por la presente les comunico que el pasado 14 de noviembre cancelamos, desde el panel de administración, la suscripción al plan Equipo (10 usuarios) de nuestra empresa, Arquitectura Sanz S.L. Conservamos el correo de confirmación de la baja, con referencia CAN-55821.

No obstante, el 1 de diciembre se cargó en la tarjeta de la empresa la renovación anual por un importe de 1.188,00 EUR, y la factura TP-2026-30917 figura en nuestra cuenta como pagada.

Dado que la cancelación se realizó antes de la fecha de renovación, les solicito la anulación de dicha factura y el reembolso íntegro del importe cobrado.

Quedo a la espera de su respuesta.

Atentamente,

Elena Sanz Carrasco
Gerente
Arquitectura Sanz S.L."""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Nerea Castillo <nerea.cast.02@correo.example>",
         to="cau@uniteca.example",
         subject="No puedo entrar al campus virtual y mañana entrego el TFG",
         body="""\
Hola,

soy Nerea Castillo, alumna de 4.º de Periodismo (NIA 100458213). Desde ayer no puedo entrar en el campus virtual: me sale "usuario o contraseña incorrectos" y estoy segura de que la contraseña es la buena porque la tengo guardada. He dado a "He olvidado mi contraseña" cuatro o cinco veces y el correo de recuperación no llega, ni siquiera a spam.

El problema es que mañana a las 14:00 se cierra la entrega del TFG y solo se puede subir por el campus. Si no lo entrego, me toca esperar a la convocatoria de septiembre.

¿Me podéis restablecer la contraseña o decirme otra forma de entregarlo? Os escribo desde mi correo personal porque tampoco puedo entrar en el de la uni.

Gracias de verdad,
Nerea"""),

    dict(n=15, signals="account", priority="medium", trap="aside", qt=0, reply=0,
         frm="Francisco Javier Núñez <fjnunez@correo.example>",
         to="club@hotelesmarina.example",
         subject="Cuenta del Club Marina",
         body="""\
Buenas tardes:

Antes de nada, quería decirles que el desayuno del hotel de Cádiz en el puente de diciembre fue estupendo; mi mujer todavía habla de las tostadas con tomate. Y el chico de recepción, Samuel, muy atento con nosotros.

Les escribo por otra cosa. Quería entrar en mi cuenta del Club Marina para ver los puntos y reservar para Semana Santa, y después de equivocarme un par de veces con la contraseña me salió el aviso de "Cuenta bloqueada temporalmente". Eso fue el martes y hoy, jueves, sigue igual. El enlace para desbloquearla que dicen que mandan por correo no me ha llegado.

Mi número de socio es CM-0048213. ¿Me la pueden desbloquear? No quisiera perder los puntos que tengo acumulados.

Un saludo,
Francisco Javier Núñez"""),

    dict(n=16, signals="account", priority="medium", trap="polite", qt=0, reply=0,
         frm="María Teresa Aguado <mtaguado@correo.example>",
         to="areaclientes@segurosalba.example",
         subject="Consulta sobre el código de acceso por SMS",
         body="""\
Muy buenas:

Disculpen la molestia. Hace un par de semanas cambié de número de móvil y lo actualicé en mi póliza por teléfono (me atendió una chica muy amable). Sin embargo, cuando intento entrar en el área de clientes de la web, el código de verificación por SMS parece que sigue llegando al número antiguo, que ya no tengo, así que no consigo acceder.

No es nada urgente, solo quería descargar el recibo del seguro del coche, pero les agradecería que me indicaran cómo cambiar el número al que se envía el código.

Mi número de póliza es AU-3318-0072 y el móvil nuevo es el 699 47 15 20.

Muchas gracias de antemano y un saludo cordial,
María Teresa Aguado"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Iván Prieto <ivanprieto@correo.example>",
         to="hola@lacesta.example",
         subject="cambiar email",
         body="""\
como cambio el correo de mi cuenta?
he cambiado de trabajo y quiero poner el personal, no encuentro donde se hace en la app
gracias, Iván"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Óscar Benavides <oscar.benavides@correo.example>",
         to="tienda@ebikesur.example",
         subject="La bici es una bomba",
         body="""\
¡Hola, equipo!

Solo quería deciros que la Urbana E5 que me compré en octubre es una bomba. Subo la cuesta de mi barrio, que antes me mataba, sin despeinarme, y llego al trabajo en la mitad de tiempo. En la oficina están que arden de envidia y dos compañeros ya me han preguntado dónde la compré.

Una pregunta: ¿tenéis alforjas que encajen en su portaequipajes? Me gustaría ir a hacer la compra con ella los sábados. ¿Las vendéis también en la tienda física o solo online?

Un abrazo y gracias,
Óscar"""),

    dict(n=19, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Ainhoa Roldán <ainhoa.roldan@correo.example>",
         to="soporte@segundamano.example",
         subject="Re: Tu cuenta ha sido bloqueada [Caso #582117]",
         body="""\
¡Muchísimas gracias! Ya he podido entrar y tengo otra vez todos mis anuncios. Todo perfecto.

Ainhoa

El lun, 7 dic 2026 a las 11:42, Soporte Segundamano (<soporte@segundamano.example>) escribió:
> Hola, Ainhoa:
>
> Nos escribes porque tu cuenta ha quedado bloqueada tras varios intentos fallidos de inicio de sesión y no puedes acceder a tus anuncios ni a tus mensajes.
> Para recuperar el acceso, pulsa el enlace que te acabamos de enviar y crea una contraseña nueva.
>
> Un saludo,
> Equipo de Soporte de Segundamano"""),

    dict(n=20, signals="-", priority="low", trap="news", qt=0, reply=0,
         frm="Rodrigo Salinas <rodrigo.salinas@correo.example>",
         to="atencion@bancolevante.example",
         subject="Pregunta tras la noticia del hackeo a otro banco",
         body="""\
Buenas,

Esta mañana he leído en la prensa que a un banco alemán le han hackeado los servidores, que han robado datos de miles de clientes y que ahora muchos reciben llamadas falsas. En mi caso no ha pasado nada raro y todo está en orden con mis cuentas, pero me he quedado con la duda.

¿Ustedes avisan a los clientes si alguna vez ocurre algo así? ¿Y los datos de los clientes se guardan en servidores en España o fuera?

Es solo curiosidad. Gracias,
Rodrigo Salinas"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Lola Medina <lolamedina.lee@correo.example>",
         to="pedidos@librerialetra.example",
         subject="Sobre el pedido 88213 y una duda",
         body="""\
Hola:

El pedido llegó ayer, perfecto y muy bien empaquetado, como siempre. Gracias.

Os escribo porque mi club de lectura está enganchado a la serie de novela negra de Marta Roig. Ya tenemos "Incendio en la calle Mayor" y "Robo en el Museo del Prado", y nos han dicho que en enero sale la tercera, "Emergencia en el Hospital Central". ¿Se puede reservar ya? Necesitaríamos 8 ejemplares.

Otra cosa: ¿hacéis descuento a clubes de lectura?

Un saludo,
Lola Medina
(club de lectura "Las del jueves")"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Consuelo Vidal <consuelo.vidal@correo.example>",
         to="atencionviajero@trenexpres.example",
         subject="Gracias por encontrar mi mochila",
         body="""\
Buenos días:

El viernes 27 viajé en el tren 03174 de Madrid a Zaragoza y al bajar me di cuenta de que no llevaba la mochila. Dentro iban el portátil, la cartera y las llaves de casa, así que ya me veía poniendo una denuncia, porque estaba convencida de que me la habían robado.

Llamé a su teléfono de objetos perdidos y en menos de una hora me dijeron que el interventor la había encontrado debajo del asiento. La recogí el sábado en la estación de Delicias y no faltaba nada.

Solo quería darles las gracias, en especial a la chica del teléfono y al interventor, cuyos nombres no sé. Pocas veces escribe uno para dar las gracias y creo que hay que hacerlo.

Un saludo,
Consuelo Vidal"""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Guillermo Sáez <guille.saez@correo.example>",
         to="devoluciones@modaurbana.example",
         subject="RE: Reembolso pedido MU-7719402 - TERCERA VEZ QUE ESCRIBO",
         body="""\
Es la tercera vez que escribo y sigo sin respuesta. Ni un correo, ni una llamada, nada.

Devolví el abrigo hace MES Y MEDIO, vuestro propio seguimiento dice que lo recibisteis el 23 de octubre y los 159,95 EUR siguen sin aparecer en mi tarjeta. Si esta semana no tengo el reembolso, pongo una reclamación en Consumo y abro una disputa con el banco.

Guillermo Sáez

El 20 nov 2026, a las 9:05, Guillermo Sáez <guille.saez@correo.example> escribió:
> Hola de nuevo. Hace dos semanas os escribí por el reembolso del pedido MU-7719402 y no he tenido respuesta. ¿Podéis decirme algo, por favor?
>
> El 4 nov 2026, a las 18:32, Guillermo Sáez <guille.saez@correo.example> escribió:
>> Hola, el 21 de octubre devolví por mensajería el abrigo del pedido MU-7719402. Según el seguimiento lo recibisteis el 23. ¿Cuándo me hacéis el reembolso de 159,95 EUR?"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Alberto Fuentes Llorente <afuentes@grupollorente.example>",
         to="enterprise@librosmayor.example",
         subject="Incidencia conciliación bancaria - Contrato Enterprise GL-2024-017",
         body="""\
Buenos días:

Como director financiero del Grupo Llorente, y en el marco de nuestro contrato Enterprise (ref. GL-2024-017), les comunico una incidencia que, según el anexo de nivel de servicio, corresponde a prioridad 1, con un tiempo de respuesta de 4 horas.

Desde el lunes 7, el módulo de conciliación bancaria no importa los movimientos de ninguna de las 12 sociedades del grupo. La sincronización termina con el mensaje "Error BNK-409: conexión rechazada por la entidad" en todas las cuentas, de cuatro bancos distintos. El resto del programa funciona, pero sin los movimientos el equipo de contabilidad no puede cerrar el mes, y el cierre es el día 15.

Les ruego que confirmen la recepción de este correo, asignen un técnico y me informen del plazo estimado de resolución. Nuestro gestor de cuenta, D. Ramón Gil, está en copia.

Atentamente,

Alberto Fuentes Llorente
Director Financiero, Grupo Llorente
Tel. 913 00 45 67"""),
]
