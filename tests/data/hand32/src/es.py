# blind33 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Álvaro Méndez <alvaro.mendez@correo.example>",
         to="soporte@volta-patinetes.example",
         subject="Batería del patinete Volta S2 - pedido VS-77120",
         body="""\
Hola,

Os escribo por el patinete Volta S2 que compré en septiembre (pedido VS-77120).

Anoche lo dejé cargando en el pasillo con el cargador original, como siempre. Sobre las 2 de la madrugada nos despertó un olor muy fuerte a plástico quemado: la batería estaba echando humo por debajo de la plataforma y se oían pequeños chasquidos. Conseguí desenchufarlo y sacarlo al balcón con unas manoplas de horno. El suelo del pasillo ha quedado marcado y la carcasa está deformada y negra por un lado.

Tenemos dos niños pequeños y no quiero ni pensar qué habría pasado si no llegamos a despertarnos. ¿Qué hago ahora con el patinete? Desde luego no pienso volver a cargarlo.

Un saludo,
Álvaro Méndez
Tel. 654 21 88 30"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Ortega Sanz <lucia.ortega@buzon.example>",
         to="atencion@farmaciaonline-delrio.example",
         subject="Pedido FA-301877: la caja no es la dosis de mi padre",
         body="""\
Buenas tardes:

Les escribo en nombre de mi padre, Manuel Ortega, de 79 años, que hace los pedidos en su farmacia online con mi ayuda.

En el pedido FA-301877 pedimos su bisoprolol de 2,5 mg, el de siempre, pero en la caja que llegó pone 10 mg. Ni él ni yo nos fijamos y lleva cuatro días tomándolo. Ayer por la tarde se mareó en la cocina, tenía el pulso muy bajo (42) y lo llevamos al centro de salud, donde se dieron cuenta del cambio de caja. Ahora está bien, pero lo tuvieron varias horas en observación.

Necesito saber cómo ha podido pasar esto, si hay más cajas de ese pedido con el mismo problema y qué tenemos que hacer con el resto del medicamento.

Atentamente,
Lucía Ortega Sanz
N.º de cliente: 55-204913"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Vidal <marta.vidal94@movil.example>",
         to="ayuda@fotoprint-express.example",
         subject="pedidos que no he hecho",
         body="""\
hola me acaban de llegar avisos del banco de 3 cargos vuestros 24,90 35,60 y 18,20 y yo no he pedido nada desde el verano
en la app salen 3 pedidos de fotos a una direccion de Valencia que no conozco de nada
cancelad eso y devolvedme el dinero porfa
Marta

Enviado desde mi Android"""),
    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Begoña Arrieta <b.arrieta@talleresarbide.example>",
         to="soporte@nominaweb.example",
         subject="Al descargar la nómina aparecen datos de otros empleados",
         body="""\
Hola,

Soy la responsable de RR. HH. de Talleres Arbide (cliente 20418). Esta mañana varios empleados me han avisado de algo que no sé si es normal: al entrar en el portal del empleado y descargar la nómina de noviembre, el PDF que se descarga no es el suyo sino el de otra persona, con su nombre, DNI, IBAN y salario. Lo he comprobado yo misma con mi usuario y me ha salido la nómina de alguien de otra empresa que ni siquiera conocemos.

Hemos pedido a la plantilla que no descargue nada más hasta que nos digáis algo. ¿Cuántas empresas están afectadas? ¿Está pasando también al revés, es decir, hay otras personas viendo nuestras nóminas?

Quedo a la espera de una respuesta urgente.
Begoña Arrieta
Responsable de Personas - Talleres Arbide S.L.

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique y proceda a su destrucción."""),
    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Pilar Gracia <peluqueriarizos@negocio.example>",
         to="soporte@citasalon.example",
         subject="No carga la agenda ni el TPV!!!",
         body="""\
Buenos días,

Peluquería Rizos, Zaragoza, cuenta 7782. Desde las 9:30 la agenda se queda en blanco con la ruedita girando y el TPV no deja cobrar, ni con tarjeta ni en efectivo, porque no abre las fichas. Tenemos a cuatro peluqueras trabajando y el salón lleno, estamos apuntando las citas en un papel y diciendo a las clientas que ya pagarán otro día.

Es sábado, nuestro día más fuerte. Llamadme ya, por favor, al 976 55 12 04.

Pilar Gracia
Peluquería Rizos"""),
    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Raúl Ibáñez <raul.ibanez@gestoria-lumen.example>",
         to="soporte@nubehost.example",
         subject="Nadie en la oficina recibe correos desde las 9",
         body="""\
Hola,

Desde las 9 de la mañana no entra ni un solo correo en ninguna de las 25 cuentas de nuestro dominio (gestoria-lumen.example). Los clientes nos llaman diciendo que les rebotan los mensajes con este aviso:

    550 5.1.1 <info@gestoria-lumen.example>: Recipient address rejected: User unknown in virtual mailbox table

Enviar sí podemos. Estamos en pleno cierre de trimestre y los clientes nos mandan toda la documentación por correo; ahora mismo estamos trabajando a ciegas.

Contrato de hosting: HP-Business 3307. Teléfono: 91 448 20 73.

Gracias,
Raúl Ibáñez
Administración - Gestoría Lumen
«En Gestoría Lumen cuidamos de sus números para que usted cuide de su negocio.»"""),
    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Daniel Foster <dan.foster@inbox.example>",
         to="ayuda@domuscasa.example",
         subject="La app no controla nada en casa",
         body="""\
Hola,

Perdón por mi español, no es mi primer idioma. Tengo el hub Domus Casa con las luces, las persianas y la calefacción conectado. Desde ayer en la tarde la app dice "Dispositivo sin conexión" para todos, y no puedo encender la calefacción ni subir las persianas. El hub tiene la luz roja que parpadea. Ya he reiniciado el hub y el router dos veces, el wifi funciona bien para otras cosas.

Es muy incómodo porque todo en la casa depende de esto. ¿Qué puedo hacer?

Gracias,
Daniel Foster
Calle Almendro 14, Málaga"""),
    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Nuria Campos <nuria.campos@correo-hogar.example>",
         to="hola@cocinaencaja.example",
         subject="Error al cambiar las recetas de la semana",
         body="""\
Hola,

Esta semana no consigo cambiar las recetas de mi caja. Elijo las tres nuevas, le doy a «Guardar selección» y me sale esto:

    Vaya, algo ha fallado (Error 500). Inténtalo de nuevo más tarde.
    Ref: MNU-8fa21c

Lo he intentado desde el móvil y desde el ordenador. El resto de la web va bien, veo mi pedido y la fecha de entrega, pero si no se arregla antes del miércoles me llegarán las recetas por defecto, y hay una con gambas que en casa no comemos.

Gracias,
Nuria Campos
Cliente n.º 600218"""),
    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jorge Castillo <jorge.castillo@mail.example>",
         to="clientes@muevecar.example",
         subject="Cargo de 30 € por limpieza - viaje del 4 de diciembre",
         body="""\
Hola,

Me habéis cobrado una penalización que no entiendo:

- Viaje: 4/12/2026, de 18:10 a 19:05, coche 4521-LMK
- Importe del viaje: 14,35 €
- Cargo adicional: 30,00 € «Limpieza extraordinaria»

Dejé el coche exactamente igual que lo encontré, y tengo fotos del interior hechas al terminar el viaje (las adjunto). Os pido que anuléis el cargo de 30 € y me lo devolváis a la tarjeta.

Saludos,
Jorge Castillo"""),
    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Irene Soler <irene@barroyfuego.example>",
         to="vendedores@mercadoartesano.example",
         subject="Pagos retenidos desde hace 3 semanas - vendedor 44190",
         body="""\
Buenas,

Vendo cerámica artesanal en vuestro marketplace (tienda «Barro y Fuego», vendedor 44190). Desde el 16 de noviembre no recibo ninguna liquidación: el panel muestra 2.318,40 € como «Pendiente de pago» y nadie me explica por qué. No he recibido ningún aviso de incidencia ni de devolución.

Vivo de esto. El día 10 tengo que pagar el alquiler del taller y la factura del horno, y si no me llega el dinero no sé cómo lo voy a hacer. Por favor, decidme qué pasa y cuándo se libera el pago.

Gracias,
Irene Soler
Barro y Fuego - cerámica hecha a mano en Manises"""),
    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Sara Domínguez <sara.dominguez@correo.example>",
         to="hola@lunacosmetica.example",
         subject="Duda sobre gastos de envío",
         body="""\
¡Hola!

Una dudilla: en mi pedido CO-118273 (sérum de vitamina C y dos mascarillas, 36,80 € en total) me cobrasteis 3,95 € de gastos de envío, pero en la web pone que el envío es gratis a partir de 35 €. ¿Es porque apliqué el código de descuento y bajé del mínimo? Si es así no pasa nada, solo es para entenderlo la próxima vez.

Mil gracias,
Sara

Enviado desde mi iPhone"""),
    dict(n=12, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Cristina Blanco <cristina.blanco@buzon.example>",
         to="inquilinos@gestionpisos-centro.example",
         subject="No puedo entrar en el portal del inquilino para firmar la renovación",
         body="""\
Buenos días,

Soy inquilina del 3.º B de la calle Serrano Jover 22 (contrato 2024/SJ-318). Me enviasteis la renovación del contrato para firmarla en el portal antes de mañana jueves, pero no consigo entrar: al poner mi correo y mi contraseña me dice «Usuario no encontrado», y si pido restablecer la contraseña no me llega ningún correo (he mirado en spam).

Si no firmo a tiempo, ¿pierdo la renovación? Necesito que me deis acceso hoy o que me digáis otra forma de firmar.

Un saludo,
Cristina Blanco
Tel. 687 30 41 95"""),
    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Pablo Herrero <pablo.herrero@correo.example>",
         to="atencion@abonometro.example",
         subject="Cambio de móvil y el código va al número antiguo",
         body="""\
Hola,

Me he cambiado de móvil y de número, y al instalar la app del abono de transporte me pide un código de verificación que se envía a mi número antiguo, que ya no tengo. Mientras tanto voy usando la tarjeta física sin problema, pero no puedo recargar desde la app ni ver los movimientos.

¿Cómo actualizo el teléfono de la cuenta? Número de abono: 0033 7719 2284.

Gracias,
Pablo Herrero"""),
    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Valeria Ríos <v.rios@grupoalimar.example>",
         to="clientes@patitasfelices.example",
         subject="¿Cómo cambio el correo de mi cuenta?",
         body="""\
Hola, buenas tardes.

Quisiera saber cómo cambio el correo electrónico asociado a mi cuenta. Ahora tengo puesto el del trabajo y me voy a cambiar de empresa, así que prefiero poner mi correo personal antes de perder este. Compro el pienso de mi perro con la suscripción mensual y no quiero que se me interrumpa.

Muchas gracias de antemano,
Valeria Ríos

--
Valeria Ríos | Coordinadora de Compras | Grupo Alimar
Este correo y sus adjuntos son confidenciales. Si lo ha recibido por error, le rogamos que lo elimine y nos lo comunique."""),
    dict(n=15, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Héctor Valle <hector.valle@correo.example>",
         to="hola@entradasya.example",
         subject="¡Qué concierto! Y una pregunta sobre la preventa",
         body="""\
Hola, equipo:

Solo quería deciros que el concierto de Los Centinelas del sábado en el Auditorio Miramar fue una bomba. El público estaba que ardía desde la primera canción, el batería lo petó con el solo y cuando tocaron «Incendio» casi se viene abajo el recinto. Y la entrada con el QR por el acceso rápido, de lujo, ni una cola.

Una pregunta: ¿la preventa de la gira de verano será también para los que hemos comprado esta vez? El año pasado me quedé sin entradas para Valencia y no quiero que me vuelva a pasar.

¡Un abrazo y gracias!
Héctor"""),
    dict(n=16, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Elena Marín <elena.marin@correo.example>",
         to="soporte@aulaviva.example",
         subject="Re: No puedo acceder a mi cuenta",
         body="""\
¡Hola de nuevo!

Ya está, he podido entrar con la contraseña nueva y veo todos mis cursos. Muchísimas gracias por la rapidez.

Por cierto, ¿sabéis si el curso de Excel avanzado tendrá nueva convocatoria en febrero?

Saludos,
Elena Marín

El lun, 7 dic 2026 a las 10:15, Soporte Aula Viva (<soporte@aulaviva.example>) escribió:
> Hola, Elena:
>
> Hemos revisado tu cuenta. Estaba bloqueada tras varios intentos fallidos de inicio de sesión y por eso no te llegaba el enlace de restablecimiento. Ya la hemos desbloqueado y te hemos enviado una contraseña provisional.
>
> Un saludo,
> Equipo de Soporte Aula Viva
>
> El vie, 4 dic 2026 a las 19:02, Elena Marín (<elena.marin@correo.example>) escribió:
>> No puedo acceder a mi cuenta desde el miércoles. Me dice «contraseña incorrecta» y el correo para restablecerla no me llega."""),
    dict(n=17, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Rocío Navarro <rocio.navarro@correo.example>",
         to="clientes@pequenin.example",
         subject="RE: Trona Nido - pata partida",
         body="""\
Buenos días:

Hoy nos ha llegado la trona de sustitución, ya la hemos montado y está perfecta. Gracias por gestionarlo tan rápido y por la llamada del otro día, se agradece el trato.

Un saludo,
Rocío Navarro

> De: Atención al cliente Pequeñín <clientes@pequenin.example>
> Enviado: martes, 1 de diciembre de 2026 12:30
> Para: Rocío Navarro <rocio.navarro@correo.example>
> Asunto: RE: Trona Nido - pata partida
>
> Hola, Rocío:
> Sentimos mucho lo ocurrido. Como le explicamos por teléfono, le enviamos una trona nueva sin coste y pasaremos a recoger la defectuosa.
>
> -----Mensaje original-----
> De: Rocío Navarro
> Enviado: lunes, 30 de noviembre de 2026 21:14
> Asunto: Trona Nido - pata partida
>
> Esta tarde, con mi hijo de 10 meses sentado en la trona, se ha partido una de las patas traseras y la trona se ha volcado. El niño se ha dado un golpe en la cabeza contra el suelo y lo hemos llevado a urgencias; está bien, pero tiene un chichón enorme."""),
    dict(n=18, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Marina Esteve <formacion@asv-software.example>",
         to="info@vetcentro.example",
         subject="Invitación: webinar gratuito «Ciberataques en clínicas veterinarias»",
         body="""\
Estimado equipo de VetCentro:

Desde la Asociación de Software Veterinario les invitamos a nuestro próximo webinar gratuito, el miércoles 20 de enero a las 17:00 (hora peninsular).

En una hora repasaremos:
• Los ataques de ransomware que han paralizado clínicas este año y qué falló
• Cómo detectar un correo de phishing antes de hacer clic
• Gestores de contraseñas y doble factor para todo el equipo
• Qué hacer en las primeras 24 horas tras un robo de datos

Inscripción gratuita en webinars.asv-software.example. Plazas limitadas.

Un cordial saludo,
Marina Esteve
Coordinadora de Formación - ASV

Si no desea recibir más comunicaciones, puede darse de baja en asv-software.example/baja"""),
    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Fernando Gil <fgil@gilprieto-abogados.example>",
         to="ventas@ofimarket.example",
         subject="Consulta antes de comprar: devolución de impresora",
         body="""\
Hola,

Estoy pensando en comprar la impresora multifunción LX-450 para el despacho, pero antes quería preguntaros un par de cosas:

1. Si llega rota o con algún golpe del transporte, ¿cómo funciona? ¿La cambiáis vosotros o tengo que reclamar a la empresa de mensajería?
2. Si la pruebo y no me convence, ¿puedo devolverla aunque haya abierto la caja? ¿En cuántos días me devolvéis el dinero?
3. El reembolso, ¿es a la tarjeta o en saldo para la tienda?

Gracias de antemano,
Fernando Gil
Abogado - Gil & Prieto Asociados
C/ Mayor 12, 1.º, 28801 Alcalá de Henares (Madrid)"""),
    dict(n=20, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Nacho Ferrer <nacho.ferrer@correo.example>",
         to="hola@boxnorte-training.example",
         subject="Perdón por no ir + horario de enero",
         body="""\
Hola, chicos:

Perdonad que haya faltado toda la semana a las clases de las 7. Estuve KO con gripe y encima el lunes se me averió el coche en plena autovía y me quedé tirado dos horas esperando a la grúa. Para rematar, se me cayó el móvil y la pantalla está destrozada, por eso no os avisé por la app.

Ya estoy a tope otra vez. ¿Tenéis ya el horario de enero? Quería saber si seguirá habiendo clase de cross a las 7 de la mañana.

Nos vemos el lunes,
Nacho"""),
    dict(n=21, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Sergio Lafuente <sergio.lafuente@correo.example>",
         to="empleo@floresdelvalle.example",
         subject="Candidatura - repartidor y ayudante de tienda",
         body="""\
Hola:

Os escribo porque he visto en vuestra web que buscáis personal para la campaña de Navidad y San Valentín. Tengo carné B y dos años de experiencia como repartidor en una empresa de mensajería, y el mundo de las flores me encanta (mi madre tuvo una floristería en Logroño).

En mi anterior trabajo me tocaba apagar fuegos a diario: paquetes perdidos, clientes enfadados, rutas que se caían a última hora… y siempre saqué el trabajo adelante. Trabajo bien bajo presión y no me asustan los madrugones.

Adjunto mi CV. Quedo a vuestra disposición para una entrevista.

Un saludo,
Sergio Lafuente
Tel. 622 10 58 47"""),
    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="José Antonio Prieto <ja.prieto@correo.example>",
         to="clientes@mudanzasrapidas.example",
         subject="RE: RE: Devolución de la señal - mudanza cancelada (3.ª reclamación)",
         body="""\
Es la TERCERA vez que escribo y sigo sin respuesta.

Cancelé la mudanza con más de 15 días de antelación, como dicen vuestras condiciones, y me confirmasteis por teléfono que me devolveríais los 350 € de señal. Ha pasado un mes y medio. Nadie coge el teléfono y los correos se quedan sin contestar.

Ese dinero lo necesito ya: me he mudado con otra empresa y he tenido que pagarla entera. Si el viernes no tengo la transferencia, pondré una reclamación en Consumo.

José Antonio Prieto

El 20 nov 2026, a las 11:48, José Antonio Prieto <ja.prieto@correo.example> escribió:
> Buenos días, sigo esperando la devolución de la señal de 350 €. ¿Me podéis decir cuándo se hará?
>
> El 3 nov 2026, a las 18:05, José Antonio Prieto <ja.prieto@correo.example> escribió:
>> Hola, os confirmo por escrito la cancelación de la mudanza del 28 de noviembre (presupuesto M-2291). Os ruego que me devolváis la señal de 350 € a la cuenta desde la que la pagué."""),
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Tomás Herrera <tomas@labrasadetomas.example>",
         to="soporte@comandero-tpv.example",
         subject="La impresora de cocina no imprime comandas desde la actualización",
         body="""\
Hola,

Desde la actualización de anoche del TPV, las comandas ya no salen por la impresora de la cocina. En sala se marcan bien y se cobran bien, el problema es solo la impresión.

De momento nos apañamos con la pantalla de cocina que teníamos medio olvidada: los pedidos aparecen ahí sin problema y los cocineros se organizan. Así que no es urgente, pero nos gustaría volver a tener el papel, que es a lo que está acostumbrado el equipo.

Restaurante La Brasa de Tomás, cuenta 51-0932.

Gracias,
Tomás Herrera

Enviado desde mi tablet"""),
    dict(n=24, signals="outage", priority="high", trap="scale", qt=0, reply=0,
         frm="Marta Sánchez Olmedo <operaciones@clinicas-sonria.example>",
         to="soporte@dentiagenda.example",
         subject="Recordatorios SMS sin enviar en las 9 clínicas del grupo",
         body="""\
Buenas tardes:

Les escribo desde la dirección de operaciones de Clínicas Dentales Sonría (9 centros en Andalucía, cuenta corporativa SON-001).

Desde el lunes no se envía ningún recordatorio de cita por SMS a los pacientes en ninguno de nuestros centros. En la consola aparecen todos como «En cola» y no pasan de ahí. La agenda funciona, pero en dos días hemos tenido 47 pacientes que no se han presentado, cuando lo normal son 5 o 6, y varios han llamado diciendo que no recibieron el aviso.

Cada hueco vacío son pérdidas para los centros. Les ruego que le den prioridad.

Atentamente,
Marta Sánchez Olmedo
Directora de Operaciones - Clínicas Dentales Sonría
Tel. 954 30 88 12

AVISO LEGAL: La información contenida en este correo electrónico es confidencial y va dirigida únicamente a su destinatario. Si usted no es el destinatario, le informamos de que cualquier uso, difusión o copia está prohibido."""),
]
