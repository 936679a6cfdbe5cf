# blind15 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Remedios Carrasco Villalba <reme.carrasco@correo.example>",
         to="atencion@camasdomicilio.example",
         subject="La cama de mi madre baja sola por la noche",
         body="""\
Buenas noches:

Les escribo por la cama articulada que nos instalaron hace tres semanas para mi madre
(contrato CD-48213, modelo Artica 3). Desde el sábado hace algo raro: de madrugada, sin que
nadie toque el mando, el respaldo empieza a bajar con un zumbido y un chasquido seco, y no
para hasta el final.

Esta noche mi madre tenía el brazo apoyado en la barandilla cuando empezó a bajar y se le
quedó atrapado entre la barandilla y el colchón. La oímos gritar desde la otra habitación.
Tiene una marca morada que le cruza todo el antebrazo y la mano hinchada; tiene 87 años y
toma anticoagulantes.

He desenchufado la cama, pero así no puedo incorporarla para darle de comer ni las
pastillas. Necesito que venga alguien mañana a primera hora a revisarla o a cambiarla.
Mi teléfono es el 600 000 417.

Remedios Carrasco"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Íñigo Salaberria <isalaberria@bidezko.example>",
         to="tienda@uniformescolegio.example",
         subject="Botones del polo del uniforme",
         body="""\
Hola,

El lunes compré en vuestra tienda online dos polos del uniforme del Colegio Santa Brígida,
talla 4 (pedido UC-20931). Los botones se sueltan con nada: a uno de los polos ya le faltaban
dos al sacarlo de la bolsa.

Ayer por la tarde mi hija pequeña, de 20 meses, estaba jugando con el polo de su hermano y de
repente empezó a toser, se puso roja y no le salía la voz. Le vimos un botón en la boca y
otro no aparecía por ningún lado. La llevamos al hospital, le hicieron una radiografía y el
botón estaba en el estómago. Nos han dicho que esperemos a que lo expulse y que volvamos si
vomita o le duele la tripa. De momento está bien, pero hemos pasado una noche horrible.

Os pido que reviséis esos polos (el hilo se deshace solo con tirar un poco) y que aviséis al
resto de familias del colegio, porque estos polos los llevan niños de tres años que tienen
hermanos pequeños en casa. Adjunto fotos del hilo y de la radiografía.

Íñigo Salaberria
Tel. 611 000 208"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Marta Ugarte Lozano <marta.ugarte@buzon.example>",
         to="clientes@parkaeropuerto.example",
         subject="Cargos que no he hecho en mi cuenta de parking",
         body="""\
Buenos días,

Hoy he visto en el banco tres cargos de ParkAeropuerto que no reconozco: 89,90 €, 124,50 € y
64,00 €, todos del 2 de abril, por reservas en el aparcamiento de larga estancia de Málaga.
Yo vivo en Bilbao y no he reservado nada con ustedes desde el verano pasado.

En mi área de cliente aparecen esas tres reservas con una matrícula que no es la mía
(4417 KZD), y alguien ha cambiado el teléfono de contacto. Creo que han entrado en mi cuenta
y han usado la tarjeta que tenía guardada. Ya he cambiado la contraseña y he llamado al banco
para bloquear la tarjeta.

Por favor, anulen las reservas, devuélvanme el dinero y explíquenme cómo ha podido pasar.
También quiero saber si esa persona ha podido ver mis datos.

Marta Ugarte"""),

    dict(n=4, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Ferran Puigdomènech <ferran.puigdomenech@mail.example>",
         to="secretaria@examenesmusica.example",
         subject="He recibido los datos personales de otra alumna",
         body="""\
Buenas tardes,

Esta mañana he recibido el correo con el "certificado de resultados" de piano, grado 5, que
debería ser de mi hijo Pau. Pero el PDF adjunto es de otra candidata: nombre completo, fecha
de nacimiento, DNI, dirección de casa, teléfono de la madre y hasta una nota sobre una
adaptación por dislexia.

Lo he borrado, pero me preocupa mucho lo contrario: si a mí me ha llegado el de ella, ¿a quién
le ha llegado el de mi hijo, con nuestra dirección y su DNI? Es un menor.

Quiero saber qué ha pasado, a cuántas familias les ha ocurrido y si lo van a comunicar a la
Agencia de Protección de Datos.

Gràcies, i bona tarda,
Ferran Puigdomènech"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gonzalo Méndez Pardo <gmendez@hospitalriberasur.example>",
         to="soporte@robotlimpieza.example",
         subject="Robots de desinfección UV - Hospital Ribera Sur",
         body="""\
Buenos días,

Desde las 6:40 ninguno de los nueve robots de desinfección del bloque quirúrgico sale de su
base. En la tableta de control aparecen todos en gris con el texto "esperando sincronización"
y al pulsar "iniciar ciclo" no hacen nada. Hemos reiniciado las bases y la wifi de la planta va
bien.

Sin el ciclo de los robots no podemos dar por limpios los quirófanos entre intervenciones.
Llevamos tres operaciones retrasadas, el personal de limpieza está desinfectando a mano y no da
abasto, y a las 12:00 empieza la lista de tarde, que está completa.

Necesitamos un técnico al teléfono ya y, si hace falta, aquí. Contrato de mantenimiento
HRS-2022-07.

Gonzalo Méndez
Jefe de Mantenimiento
Tel. 600 000 951"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Pilar Ochoa <pilar.ochoa@centrodialisisnorte.example>",
         to="incidencias@transportesanitario.example",
         subject="No podemos pedir los traslados de mañana",
         body="""\
Hola,

Desde esta mañana, al entrar en la plataforma para solicitar los traslados de los pacientes de
diálisis de mañana, la página se queda cargando y al final sale una hoja en blanco. Lo hemos
intentado desde cuatro ordenadores y con dos navegadores distintos.

Mañana tenemos 38 pacientes, entre el turno de mañana y el de tarde, que dependen de la
ambulancia para venir. Ahora mismo lo estamos apuntando todo en papel y llamando uno a uno a la
centralita de traslados, que comunica todo el rato. Si los traslados no se confirman antes de
las 18:00, parte de esos pacientes se quedará sin sesión.

¿Pueden decirnos qué pasa o darnos otra vía para enviar la lista? Les adjunto el Excel por si
sirve.

Pilar Ochoa
Supervisora de Enfermería, Centro de Diálisis Norte"""),

    dict(n=7, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Andrés Cuevas <andres.cuevas74@correo.example>",
         to="app@recogidaresiduos.example",
         subject="La app no funciona desde la actualización",
         body="""\
Desde que se actualizó ayer la app de Recogida Municipal no funciona nada: se abre, sale el logo
y se cierra. La he borrado y reinstalado dos veces. Tengo un Android 13.

No puedo pedir la recogida de enseres (un sofá y un colchón) ni ver el calendario de mi calle.
¿Hay otra forma de pedirla mientras tanto?

Andrés"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Lucía Benavent <lucia.benavent@correo.example>",
         to="ayuda@taquillascompra.example",
         subject="Taquillas de la estación de Abando",
         body="""\
Hola:

Os cuento por si no lo sabéis: en las taquillas de la estación de Abando, la columna de la
izquierda (las refrigeradas, de la 1 a la 12) no abre con el código del SMS. Las demás sí.
Hoy he tenido que esperar a que viniera el chico del supermercado a sacarme la compra con su
llave, unos 25 minutos, y había otras dos personas en la misma situación.

Mi pedido era el 88-41730. La compra estaba bien, pero a ver si lo podéis revisar, porque ayer
pasó lo mismo.

Un saludo,
Lucía"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Nerea Gil Montoya <nerea.gil.m@correo.example>",
         to="citaprevia@examenconducir.example",
         subject="¿Es normal que no se pueda entrar a la cita del examen?",
         body="""\
Hola, ¿es normal que desde el lunes, cada vez que intento entrar en la sede electrónica para
reservar el examen práctico, me salga "Error 503 - Servicio no disponible"? Lo he probado en el
móvil y en el portátil, de día y de madrugada.

Tengo que elegir fecha antes del viernes o pierdo la convocatoria y tendría que volver a pagar
la tasa. En mi autoescuela dicen que a otros alumnos les pasa lo mismo.

Gracias,
Nerea"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Begoña Larrañaga <blarranaga@correo.example>",
         to="pedidos@sastreriaelcorte.example",
         subject="Me habéis cobrado dos veces el arreglo",
         body="""\
Buenas,

El jueves recogí en la tienda de la calle Ledesma el traje de mi marido (bajos del pantalón y
entallar la chaqueta, ticket 0042-7731). Pagué 58 € con tarjeta, la dependienta me dijo que el
datáfono había dado error y volví a pasar la tarjeta. Hoy veo en el banco dos cargos de 58 €.

¿Me podéis devolver uno? Os adjunto captura del extracto.

Gracias, Begoña"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Rafael Quintana <rafael@reformasquintana.example>",
         to="administracion@andamiosalquiler.example",
         subject="Fianza de los andamios - devolución pendiente",
         body="""\
Buenos días, Rosa:

Te escribo otra vez por la fianza del alquiler de andamios de la obra de la calle Valdés
(contrato AND-2291). Devolvimos todo el material el 12 de febrero, vuestro encargado lo revisó
y firmó el albarán sin incidencias, y nos dijisteis que la fianza de 2.400 € se devolvía en 15
días. Hoy hace seis semanas.

Somos una empresa pequeña, cuatro personas, y ese dinero lo tenía contado para pagar las
nóminas del viernes. Si no llega antes, no sé cómo voy a pagar a mi gente.

¿Me puedes confirmar hoy la fecha de la transferencia? La cuenta es la de siempre,
ES00 0000 0000 0000 0000 0000.

Un saludo,
Rafael Quintana
Reformas Quintana S.L."""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Carmen Ríos - Eventos Alborada <facturacion@eventosalborada.example>",
         to="facturas@carpasyeventos.example",
         subject="Factura F-2024-0815 incorrecta",
         body="""\
Hola,

Hemos recibido la factura F-2024-0815 del alquiler de carpas para la boda del 20 de abril en
la finca Los Almendros, y tiene dos errores:

1. Facturáis tres carpas de 10x20 m, pero montasteis dos (consta en el albarán de montaje,
   firmado por vuestro jefe de equipo).
2. El IVA está aplicado al 10 % en lugar del 21 %, así que tampoco nos cuadra el total.

Necesitamos una factura rectificativa. Please send the corrected invoice to this address as
well - our accountant is based in Dublin and needs it before the quarter closes.

Gracias,
Carmen Ríos
Eventos Alborada"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tomás Ferrer <tomas.ferrer@correo.example>",
         to="info@vinetasonline.example",
         subject="Pregunta sobre un cargo de 1,95 €",
         body="""\
Hola, compré la viñeta de 10 días para Austria para el viaje de Semana Santa (pedido VN-55102)
y todo bien, ya la tengo. Solo por curiosidad: en el extracto aparece, además de los 11,50 €,
un cargo aparte de 1,95 € como "gestión". ¿Qué es exactamente? No es una queja, solo quiero
entenderlo.

Saludos,
Tomás"""),

    dict(n=14, signals="account", priority="medium", trap="security-word", qt=0, reply=0,
         frm="Aitana Moreno Ruiz <aitana.mr2005@correo.example>",
         to="abonojoven@transportes.example",
         subject="Cuenta bloqueada abono estudiante",
         body="""\
Hola,

Me equivoqué varias veces con la contraseña al entrar en la web del abono joven y me salió que
la cuenta quedaba bloqueada 24 horas "por motivos de seguridad". Ya han pasado dos días y sigue
bloqueada, y cuando pido una contraseña nueva no me llega ningún correo (he mirado en spam).

Tengo que renovar el abono de estudiante antes del día 1 y sin entrar no puedo subir el
certificado de matrícula. Mi usuario es aitana.mr2005.

Gracias!"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Julián Expósito <julian.exposito@correo.example>",
         to="citas@itvcentro.example",
         subject="Código SMS que no llega",
         body="""\
Buenas, una pregunta: ¿es normal que el código de verificación por SMS para entrar en "Mi ITV"
no llegue nunca? Lo he pedido cinco veces desde ayer. Creo que en mi ficha sigue el móvil
antiguo (acababa en 214), que ya no tengo; el nuevo es el 600 000 388.

Sin ese código no puedo ver el informe de la inspección de la furgoneta ni cambiar la cita de la
segunda inspección. ¿Me podéis cambiar el número o mandarme el código por correo?

Gracias."""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Amparo Jiménez Cano <amparo.jimenez41@correo.example>",
         to="clientes@scootermovilidad.example",
         subject="Ha desaparecido mi perfil",
         body="""\
Buenas tardes,

Tengo alquilado un scooter de movilidad con ustedes desde 2022. Mi nieto me ayuda a entrar en
la web para ver las revisiones y pedir la batería de repuesto, y hoy al entrar dice "usuario no
encontrado". Ha probado a registrarme otra vez y salgo como clienta nueva, sin mi contrato ni
las revisiones.

Yo no he pedido darme de baja. ¿Me lo pueden recuperar? El scooter va perfectamente, esto es
solo lo de la cuenta.

Muchas gracias,
Amparo Jiménez"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Xabier Otxoa <xotxoa@correo.example>",
         to="alquiler@bricoherramientas.example",
         subject="Cambiar correo de la cuenta",
         body="""\
Hola, ¿cómo cambio el correo electrónico de mi cuenta de alquiler de herramientas? He cambiado
de trabajo y quiero poner el personal. No encuentro la opción en "Mi perfil". Gracias."""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Rocío Santamaría <rocio.santamaria@correo.example>",
         to="taller@joyeriaperla.example",
         subject="¡Gracias por el anillo de mi abuela!",
         body="""\
Hola a todo el taller:

Solo quería daros las gracias. Cuando os llevé el anillo de mi abuela con la piedra suelta y la
garra rota pensé que era un caso perdido, y cuando me dijisteis que había que mandarlo al taller
de Córdoba casi me da un infarto, porque es lo único que me queda de ella.

Ayer lo recogí y está perfecto, mejor que antes. Mi madre se echó a llorar al verlo. Y gracias
también a Elena por arreglar tan rápido lo del cargo duplicado: la devolución ya me ha llegado.

Un abrazo,
Rocío"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Lorena Vidal - Gestoría Lamas <oficina@gestorialamas.example>",
         to="pedidos@aguafresca.example",
         subject="Re: Cambio de horario de reparto en Semana Santa",
         body="""\
Perfecto, gracias por avisar. Entonces os pedimos para el miércoles 27 cuatro garrafas de 18
litros y un paquete de vasos de papel, como siempre. Si el repartidor puede venir antes de las
14:00 mejor, que por la tarde cerramos.

Saludos,
Lorena
Gestoría Lamas

El lun, 18 mar 2024 a las 9:05, AguaFresca Atención al Cliente (<pedidos@aguafresca.example>) escribió:
> Estimado cliente:
> Le informamos de que el jueves 28 y el viernes 29 no habrá reparto. Además,
> la tienda online y la app estarán caídas el sábado 30 de 2:00 a 8:00 por
> mantenimiento y no se podrán hacer pedidos durante ese tiempo.
> Un saludo,
> Equipo AguaFresca"""),

    dict(n=20, signals="-", priority="low", trap="product", qt=0, reply=0,
         frm="Kevin Rodríguez <kevin.rguez@correo.example>",
         to="presupuestos@caraudiopro.example",
         subject="Presupuesto subwoofer Inferno 12 + etapa Blackout",
         body="""\
Buenas!

Quería presupuesto para instalar en mi Seat León del 2017 el subwoofer "Inferno 12" con la
etapa "Blackout 1500". En la caja pone literalmente "Warning: extreme bass, may shock your
neighbours", jaja. ¿Cuánto me costaría la instalación con el cableado incluido? ¿Y cuánto
tardáis? Es para el concurso de tuning de Alcañiz en junio, que allí suena todo a bomba.

Lo tengo ya comprado, así que sería solo mano de obra.

Un saludo"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Pista de Hielo Valdesur <boletin@pistavaldesur.example>",
         to="info@clubpatinajealcor.example",
         subject="Boletín de marzo: simulacro, noche de terror y nuevas clases",
         body="""\
Hola, patinadores:

Este mes en la Pista de Hielo Valdesur:

- Jornada de seguridad sobre hielo (sábado 9): aprende a caer sin hacerte daño, con el club de
  hockey. Gratis para socios.
- El martes 12 haremos un simulacro de evacuación a las 10:00; la pista abrirá con media hora
  de retraso.
- Noche de terror on ice: patinaje con luz negra y bandas sonoras de películas de miedo, el
  viernes 22.
- Nuevas clases de iniciación para adultos: "De cero a no caerte", en 6 sesiones.

¡Nos vemos en la pista!

Si no quieres recibir más este boletín, responde con la palabra BAJA."""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Mercedes Ibarra <mercedes.ibarra@correo.example>",
         to="info@farmataquilla.example",
         subject="Dudas antes de usar las taquillas",
         body="""\
Hola,

Mi farmacia del barrio acaba de poner vuestras taquillas y me han dicho que las pruebe. Antes
de registrarme tengo unas dudas, porque con el turno de noche en el hospital voy siempre a
contrarreloj y muchos días llego a casa muerta:

- ¿Cuántos días se queda guardado un pedido antes de que vuelva a la farmacia?
- Si no lo recojo a tiempo, ¿me devolvéis el dinero o se pierde?
- Las medicinas que tienen que ir en nevera, ¿se pueden dejar en la taquilla?

Gracias, y perdonad el rollo."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ismael Cordero - Ayto. de Villacastro <deportes@villacastro.example>",
         to="reservas@wcportatil.example",
         subject="El plano del portal de reservas no carga",
         body="""\
Buenos días:

Al hacer la reserva de los 14 baños portátiles para la carrera popular del 15 de septiembre, el
paso "Situar en plano" se queda en gris y no deja colocar las cabinas. Con Firefox y con Edge
pasa lo mismo. Con el Chrome de un compañero sí ha ido y hemos podido terminar la reserva, así
que no corre prisa, pero os lo comento porque en el Ayuntamiento casi todos los equipos tienen
Firefox.

Reserva n.º WC-7781.

Un saludo,
Ismael Cordero
Concejalía de Deportes"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Natalia Vidal <natalia.vidal@grupoindalo.example>",
         to="empresas@cafeoficina.example",
         subject="RE: Cuenta de empresa bloqueada - Grupo Índalo (32 sedes)",
         body="""\
Buenos días de nuevo:

Es el tercer correo que envío sin respuesta. Seguimos sin poder entrar en la cuenta de empresa,
y mientras tanto ninguna de las 32 oficinas puede hacer pedidos de cápsulas ni abrir avisos de
avería; varias sedes se han quedado ya sin café esta semana. Somos uno de vuestros mayores
clientes (contrato marco CM-0019, 410 máquinas) y nuestro director de compras está valorando no
renovar en junio.

Necesito que alguien de cuentas de empresa me llame hoy: 600 000 730.

Natalia Vidal
Responsable de Servicios Generales, Grupo Índalo

-----Mensaje original-----
De: Natalia Vidal
Enviado el: lunes, 8 de abril de 2024 9:14
Para: empresas@cafeoficina.example
Asunto: Cuenta de empresa bloqueada - Grupo Índalo (32 sedes)

> Hola:
> Desde el viernes, el usuario administrador de nuestra cuenta de empresa
> (compras@grupoindalo.example) aparece como "bloqueado". El enlace para
> restablecer la contraseña dice que ha caducado en cuanto lo abrimos.
> ¿Podéis desbloquearlo?
> Natalia"""),
]
