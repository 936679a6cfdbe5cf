# blind19 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Begoña Larrazábal Ugarte <bego.larrazabal@correo-norte.example>",
         to="atencion@ruedaspeque.example",
         subject="Patinete Rayo Junior – el manillar se soltó",
         body="""\
Hola:

Le compramos a nuestro hijo Martín (8 años) el patinete Rayo Junior hace menos de un mes
(pedido RJ-20417). El sábado por la tarde, bajando la cuesta de nuestra calle, el manillar
se separó de golpe de la barra y el niño se fue de bruces contra el asfalto. Llevaba el casco,
gracias a Dios, pero le han tenido que dar tres puntos en la barbilla y se ha partido un
diente de leche.

Al mirar el patinete en casa hemos visto que el tornillo de la abrazadera está partido por
la mitad, limpio, como si fuera de mantequilla. Lo apretamos al montarlo tal y como dicen las
instrucciones.

Tengo otro igual para su hermana pequeña, que de momento está guardado en el trastero.
¿Qué tenemos que hacer? Tengo fotos del tornillo y el informe del centro de salud.

Begoña Larrazábal
Tel. 600 000 318"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ignacio Peñalver <nacho.penalver@buzon.example>",
         to="clientes@hogarclima.example",
         subject="Consulta calefactor CX-2000 y alargador",
         body="""\
Buenas tardes,

¿Es normal que la clavija del alargador se ponga tan caliente que no se pueda ni tocar?

Compré en su web el calefactor cerámico CX-2000 y el alargador de 3 m de la misma marca.
Lo tenemos en el cuarto de mi madre, que tiene 79 años. Anoche, a la media hora de encenderlo,
olía a plástico derretido en todo el pasillo y se oyó un chasquido seco detrás del mueble;
el calefactor se apagó solo. Esta mañana he visto que la clavija tiene los bordes negros y
medio deformados, y en la pared, justo encima del enchufe, hay una mancha oscura que antes no
estaba. Mi madre se ha levantado con dolor de cabeza y algo mareada.

De momento lo he desenchufado todo. ¿Puedo seguir usando el calefactor con otro alargador o
lo devuelvo?

Un saludo,
Ignacio Peñalver"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Rocío Cebrián Alarcón <rocio.cebrian@mibuzon.example>",
         to="soporte@reacondicionados.example",
         subject="URGENTE: pedidos que no he hecho cargados a mi tarjeta",
         body="""\
Hola,

Acabo de recibir tres correos de confirmación de pedidos que yo NO he hecho: dos portátiles
reacondicionados y una tablet, 1.847,00 € en total, pagados con la tarjeta que tenía guardada
en mi cuenta. La dirección de envío es de Valencia y yo vivo en Burgos.

Todavía puedo entrar en la cuenta y ya he cambiado la contraseña, y he llamado al banco para
bloquear la tarjeta. Pero necesito que paréis esos envíos ahora mismo y que me devolváis el
dinero. Los pedidos son el 7730-118, 7730-119 y 7730-124.

Alguien ha tenido acceso a mis datos, ¿cómo ha podido pasar?

Rocío Cebrián
600 000 552"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Fermín Ochandiano <fochandiano@correo.example>",
         to="atencionclientes@luzysolenergia.example",
         subject="He recibido la carta de otra clienta",
         body="""\
Buenos días:

Hoy ha llegado a mi buzón un sobre suyo a nombre de Dña. Remedios Vallejo Ortiz. Lo abrí sin
mirar porque creía que era mi factura. Dentro viene su nombre completo, su DNI, el IBAN entero
de su cuenta, su teléfono y el detalle de una deuda que tiene con ustedes, con los plazos
pactados. Yo a esta señora no la conozco de nada.

Lo que me preocupa más: en su carta, en el apartado "punto de suministro", aparece MI
dirección. O sea que lo más probable es que ella haya recibido la mía, con mis datos y mi
cuenta bancaria.

Les devuelvo la carta si me dicen a dónde. Y quiero saber qué ha pasado con la mía.

Fermín Ochandiano
Contrato 41-0093-2271"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Mercedes Alcaraz <m.alcaraz@gestoria-alcaraz.example>",
         to="empresas@fibrasur.example",
         subject="Oficina sin conexión desde el martes - incidencia 4471-ES-2290",
         body="""\
Buenos días:

Somos una gestoría de seis personas en Albacete. Desde el martes a las 11:00 no tenemos
conexión en la oficina: ni correo, ni acceso a la sede de Hacienda, ni al programa de nóminas
que tenemos en la nube. El router tiene la luz LOS en rojo fijo.

Estamos en plena campaña del trimestre. Ahora mismo presentamos los modelos desde el móvil de
mi socio, compartiendo datos, de uno en uno, y lo que no podemos grabar lo vamos apuntando a
mano en una libreta para meterlo después. Los clientes que llaman no pueden mandarnos nada
por correo.

Ya os he llamado dos veces (incidencia 4471-ES-2290) y me dicen que de 48 a 72 horas. No
podemos esperar 72 horas: el día 20 vencen las declaraciones de 140 clientes.

Por favor, que venga un técnico hoy.

Mercedes Alcaraz
Gestoría Alcaraz & Ruiz, S.L.
967 000 144"""),

    dict(n=6, signals="outage,account", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Jonatan Quesada <jonatan@reparamovilya.example>",
         to="soporte@piezaspro.example",
         subject="Ningún técnico puede entrar al portal de pedidos",
         body="""\
Hola,

Desde las 9:00 ninguno de los 9 técnicos de nuestros tres talleres (Getafe, Leganés y
Parla) puede entrar en el portal de pedidos de piezas. Ponemos usuario y contraseña, nos pide
el código de verificación por SMS y el SMS no le llega a nadie. Lo hemos probado con móviles
de compañías distintas y con el botón de "reenviar código" unas veinte veces.

Tenemos más de 30 móviles abiertos en el mostrador esperando pantallas y baterías, y muchos
clientes vienen a recogerlos esta tarde. Sin el portal no podemos pedir nada.

Our contact at the parts warehouse says "the problem is on your side, please contact
platform support", so here I am.

Por favor, mirad qué pasa con el envío de códigos.

Jonatan Quesada
ReparaMóvil Ya
600 000 907"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Pilar Barrientos <pilar.barrientos@correo.example>",
         to="ayuda@telefonmayor.example",
         subject="El teléfono de mi madre no da tono",
         body="""\
Buenas,

Mi madre tiene 87 años, vive sola en Zamora y tiene con ustedes la línea fija con el teléfono
de teclas grandes. Desde el jueves, al descolgar no se oye nada, ni tono ni nada, y cuando la
llamo yo me sale una grabación de que "el número marcado no está disponible".

Es su única forma de hablar con la familia; el móvil no lo sabe usar. La vecina ha mirado los
cables y están bien enchufados.

¿Pueden mandar a alguien esta semana? Número de la línea: 980 000 417. Titular: Luisa Herrero
Calvo.

Gracias,
Pilar Barrientos"""),

    dict(n=8, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Álvaro Sendín <alvaro.sendin@teletrabajo.example>",
         to="instalaciones@fibrasur.example",
         subject="Instalación de ayer: sin red en casa",
         body="""\
Hola. El técnico vino ayer a instalar la fibra, dejó el router puesto y se fue con prisas.
Desde entonces ni el portátil ni los móviles encuentran la red "FIBRA-7C21", y si conecto el
portátil por cable tampoco carga ninguna página. Teletrabajo y hoy he tenido que irme a una
cafetería para poder entrar en una reunión. Mañana no puedo repetirlo.

Cliente 55-1187-04. Estoy en casa todo el día."""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Consuelo Ibarra <consuelo.ibarra@buzon.example>",
         to="sede.electronica@ayto-villaverde.example",
         subject="Error al renovar el distintivo de residente",
         body="""\
Buenas tardes:

La página de renovación del distintivo de aparcamiento de residentes da error cada vez que
intento subir el certificado de empadronamiento ("Error 500 – inténtelo más tarde"). Lo he
probado cinco veces, con PDF y con foto, desde el ordenador y desde el móvil.

Sé que puedo hacerlo en persona en la Oficina de Atención a la Ciudadanía, pero trabajo de
mañana y solo abren hasta las 14:00. Mi distintivo caduca el día 31.

¿Saben si lo van a arreglar pronto o si puedo mandar el certificado por otra vía?

Matrícula: 0000 KXB
Consuelo Ibarra"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Ramón Villalobos Gil <ramonvg@correo-sur.example>",
         to="hola@colchonencaja.example",
         subject="Opinión del colchón Nube 150 (y una cosa más)",
         body="""\
Hola, equipo:

Os escribo porque me lo pedisteis en el correo de "¿qué tal tu colchón?" y porque además
tengo una cosa que comentaros.

Primero lo bueno: el colchón llegó en una caja que no sé cómo pudieron meter ahí semejante
bicho. Lo abrimos en el salón, se infló en media hora y mi perra, Lola, decidió que era suyo
antes de que lo subiéramos al dormitorio. Después de tres semanas, mi mujer dice que ya no le
duele la espalda por las mañanas, y yo, que soy de dormir mal, llevo unas cuantas noches del
tirón. El olor de los primeros días se fue enseguida abriendo la ventana.

Lo único que no me convence es la funda: en una esquina se ha descosido un poco la costura,
nada grave, pero os lo digo por si es un defecto del lote.

Y la otra cosa: revisando el extracto del banco veo que el colchón me lo habéis cobrado dos
veces, 429,00 € el día 3 y otros 429,00 € el día 4, con la misma referencia (CNB-66120). Solo
he recibido un colchón, claro. ¿Me podéis devolver el segundo cargo?

Gracias y enhorabuena por el producto,
Ramón"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Yaiza Montesdeoca <yaiza.montesdeoca@islas-correo.example>",
         to="pedidos@sofacamaexpress.example",
         subject="Devolución de 780 € del sofá cama cancelado – la necesito ya",
         body="""\
Hola,

Cancelé el pedido del sofá cama Duna (SC-30981) el día 2, dentro del plazo, y me confirmasteis
por correo que el reembolso de 780,00 € se haría en 5 días hábiles. Hoy es día 21 y en mi
cuenta no hay nada.

Ese dinero lo necesito para pagar el alquiler del día 1, no tengo otro colchón. Por favor,
decidme hoy mismo qué ha pasado y cuándo lo voy a tener.

Yaiza Montesdeoca
600 000 233"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Carmelo Espinosa <carmelo.espinosa@correo.example>",
         to="facturacion@luzysolenergia.example",
         subject="Factura de marzo: ¿lectura estimada?",
         body="""\
Buenos días,

¿Es normal que la factura de marzo sea de 312,48 € cuando llevamos todo el año pagando unos
70 € al mes? En la factura pone "lectura estimada", pero nos instalaron el contador
inteligente hace más de un año, y en la app aparece un consumo de 214 kWh, no de 1.150.

Entiendo que hay un error en la lectura. ¿Me pueden rectificar la factura antes de que me la
carguen en la cuenta?

Contrato 41-0087-5520
Carmelo Espinosa"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Nuria Oliveras <nuria.oliveras@buzon.example>",
         to="hola@tuperdelcole.example",
         subject="Pregunta sobre 0,99 € en mi pedido",
         body="""\
Hola! Una curiosidad: en el pedido de la fiambrera y la botella térmica me aparece una línea de
0,99 € de "tasa de embalaje sostenible". No me importa pagarla, solo quiero saber qué es.
Gracias!"""),

    dict(n=14, signals="account", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Esteban Miralles <esteban.miralles@correo.example>",
         to="soporte@aparcaciudad.example",
         subject="Cuenta bloqueada en la app de aparcamiento",
         body="""\
Hola,

Puse mal la contraseña varias veces y ahora la app me dice "Cuenta bloqueada temporalmente.
Contacte con soporte". Han pasado más de 24 horas y sigue igual, y no puedo sacar el tique de
la zona azul desde el móvil. He probado también a restablecer la contraseña pero no me llega
el correo.

Usuario: esteban.miralles@correo.example

Gracias,
Esteban"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Lidia Carrasco <lidia.carrasco@correo.example>",
         to="clientes@hamacasyjardin.example",
         subject="Re: Reembolso pedido 55102 - hamaca doble",
         body="""\
Gracias, el dinero ya me ha llegado.

Ahora tengo otro problema: he cambiado de número de móvil y al entrar en mi cuenta me pide el
código que mandáis por SMS al número antiguo, que ya no tengo. No hay manera de entrar.
¿Cómo lo cambio? El número nuevo es el 600 000 671.

Lidia

El lun, 3 mar 2025 a las 10:14, Atención al Cliente (<clientes@hamacasyjardin.example>)
escribió:
> Estimada Lidia:
>
> Le confirmamos que hemos detectado un cobro duplicado en su pedido 55102 (hamaca doble
> Caribe). Hemos emitido el reembolso de 89,90 € a la misma tarjeta; puede tardar de 3 a 5
> días hábiles en verse reflejado.
>
> Un saludo,
> Equipo de Atención al Cliente"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Gonzalo Urquijo <gonzalo.urquijo@correo-norte.example>",
         to="ayuda@patitasyplumas.example",
         subject="Mi cuenta ha desaparecido",
         body="""\
Buenas,

Intento entrar en mi cuenta de la tienda y me dice que "no existe ningún usuario con ese
correo". Llevo cuatro años comprando con vosotros, tenía 2.300 puntos acumulados y ahí estaba
el historial de pedidos del arnés del perro y del rascador del gato, que necesito para la
garantía. Yo no he pedido que la borréis.

¿La podéis recuperar? El correo con el que me registré es este mismo.

Gonzalo Urquijo"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Marisa Quintana <marisa.quintana@trabajo-ejemplo.example>",
         to="soporte@mochilascole.example",
         subject="Cambiar correo de la cuenta",
         body="""\
Hola, ¿cómo cambio el correo electrónico de mi cuenta? Quiero poner el personal en vez del del
trabajo. Gracias."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Adrián Cobos <adrian.cobos@buzon.example>",
         to="ventas@literasdreams.example",
         subject="Duda litera Montaña antes de comprar",
         body="""\
Hola!

Estoy a punto de comprar la litera Montaña para mis dos hijos, pero me mata una duda. El mayor
es un terremoto: salta, trepa y se tira desde el sofá como si fuera una película de acción.
En vuestra ficha pone "estructura a prueba de bombas", jaja, pero no dice cuánto peso aguanta
la cama de arriba. ¿Soporta unos 90 kg? Es que a veces me subo yo a leerles un cuento.

Y otra: ¿la escalera se puede montar a la izquierda o solo a la derecha?

Me muero de ganas de verla montada. Gracias!
Adrián"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Amparo Segarra <amparo.segarra@correo-este.example>",
         to="atencion@cocinaplus.example",
         subject="Re: Consulta sobre mi olla y pedido de sartenes",
         body="""\
Perfecto, muchas gracias por contestar tan rápido. Entonces paso a recoger las sartenes el
viernes por la tienda de Gandía.

Un saludo,
Amparo

El 12/05/2025 a las 9:02, Atención al Cliente CocinaPlus escribió:
> Hola, Amparo:
>
> Hemos comprobado el número de lote de su olla exprés (L-2291). Le confirmamos que NO está
> afectada por el aviso de seguridad del modelo Rápida 6 L, que se retiró por riesgo de
> quemaduras al abrir la tapa con presión. Puede seguir usándola con normalidad.
>
> Sus sartenes de inducción estarán disponibles en tienda a partir del viernes.
>
> Un saludo,
> Equipo CocinaPlus"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Encarna Rubio <encarna.rubio@correo.example>",
         to="atencion@fibrasur.example",
         subject="Gracias a Ramiro, el técnico",
         body="""\
Solo quería daros las gracias. El lunes se nos cayó internet en todo el edificio y vuestro
técnico, Ramiro, vino esa misma tarde y lo dejó arreglado en una hora, explicándonoslo todo
con mucha paciencia. Desde entonces va de maravilla. Un 10.

Encarna, del 3.º B"""),

    dict(n=21, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Tomás Hernández Melián <tomas.hmelian@islas-correo.example>",
         to="ventas@aguaaventura.example",
         subject="Kayak hinchable Tiburón 2 y chalecos para niño",
         body="""\
Hola,

Quiero regalarle a mi sobrino el kayak hinchable "Tiburón 2" (le encanta la película, no
preguntéis) y dos chalecos salvavidas. Tengo algunas dudas:

1. ¿Qué talla de chaleco necesita un niño de 10 años y unos 32 kg?
2. ¿Hacéis envíos a Canarias y cuánto tarda? Nos vamos en julio a Adeje, cerca del Barranco
   del Infierno, y lo queremos usar en la playa.
3. ¿El kayak lleva bomba de inflado o hay que comprarla aparte?

Gracias,
Tomás"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Velas y Aromas <boletin@velasyaromas.example>",
         to="atencion@velasyaromas.example",
         subject="🔥 Precios que queman: -30 % en velas y difusores",
         body="""\
¡Hola!

Llega el otoño y en Velas y Aromas lo celebramos con precios que queman: -30 % en toda la
colección "Bosque en llamas" y en los difusores de varillas hasta el domingo.

Novedades de la semana:
- Vela de soja "Hoguera de San Juan", con notas de madera y canela.
- Difusor "Brisa Atlántica", 200 ml, hasta 10 semanas de aroma.
- Last chance: pack regalo de 3 velas mini por 12,90 €.

Nuestro consejo del mes: no dejes nunca una vela encendida sin vigilancia y recorta la mecha a
5 mm antes de cada uso; así arde mejor y dura más.

Si no quieres recibir más correos, puedes darte de baja aquí."""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Aurelio Sanchís <aurelio.sanchis@correo-este.example>",
         to="devoluciones@zumosencasa.example",
         subject="RE: Reembolso exprimidor devuelto – pedido 88-4410 (TERCER CORREO)",
         body="""\
Es la tercera vez que os escribo y nadie me contesta.

Devolví el exprimidor el 2 de febrero, tengo el justificante de Correos con vuestra firma de
recepción, y a día de hoy no he visto ni un euro de los 149,00 €. Si el viernes no tengo el
dinero en la cuenta, pondré una reclamación en la Oficina Municipal del Consumidor y abriré una
disputa con mi banco.

Aurelio Sanchís

-----Mensaje original-----
De: Aurelio Sanchís
Enviado el: lunes, 10 de marzo de 2025 18:22
Para: devoluciones@zumosencasa.example
Asunto: RE: Reembolso exprimidor devuelto – pedido 88-4410

> Hola, os escribí hace dos semanas y sigo sin el reembolso del exprimidor. ¿Me decís algo?
>
> -----Mensaje original-----
> Enviado el: martes, 25 de febrero de 2025 11:05
> Asunto: Reembolso exprimidor devuelto – pedido 88-4410
>
> Buenas, devolví el exprimidor ZX-300 porque goteaba por la base. Llegó a vuestro almacén
> el 5 de febrero. ¿Cuándo recibiré el reembolso de 149,00 €?"""),

    dict(n=24, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Inmaculada Robles <compras@escuelasinfantiles-rivera.example>",
         to="empresas@cunasyliteras.example",
         subject="Cuenta de empresa bloqueada – pedido de apertura antes del viernes",
         body="""\
Buenos días:

Soy la responsable de compras de la red de escuelas infantiles municipales de Rivera
(14 centros). Ayer cambiamos la dirección de correo de la cuenta de empresa, porque la
anterior responsable se ha jubilado, y desde entonces la cuenta aparece como "bloqueada
pendiente de verificación". Soy la única administradora y no puedo entrar.

Tenemos en el carrito el pedido de apertura de septiembre: 96 cunas, 40 literas bajas y los
colchones. El pedido tiene que estar hecho antes del viernes, porque si no entra en este
trimestre perdemos la subvención autonómica y no llegamos a la apertura del día 1.

CIF de la cuenta: P0000000X. Pueden llamarme al 900 000 318, extensión 12.

Inmaculada Robles
Servicio de Educación"""),
]
