# blind14 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Begoña Lizarraga <bego.lizarraga@correo.example>",
         to="atencion@nordika-saunas.example",
         subject="Sauna Nórdika 2P: olor raro y la clavija deformada",
         body="""\
Hola:

Tenemos la sauna de infrarrojos Nórdika 2P desde marzo, instalada en el
cuarto de la plancha. Anoche, a los veinte minutos de encenderla, empezó a
oler a plástico derretido, un olor dulzón que se notaba hasta en el pasillo.
Mi marido la apagó y al desenchufarla la clavija estaba tan caliente que no
se podía sostener con la mano. La carcasa de la clavija se ha quedado blanda
y torcida por un lado y en la pared, alrededor del enchufe, hay una sombra
marrón que antes no estaba. Durante un rato también se oyó un chisporroteo
detrás del panel derecho, como papel de celofán arrugándose.

No la hemos vuelto a encender. El cuarto está pegado a la habitación de los
niños. ¿Qué tenemos que hacer? ¿Viene alguien a verla?

Número de serie: NK2P-0034581

Begoña Lizarraga
600 000 143"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Álvaro Cifuentes <alvaro.cifuentes@buzon.example>",
         to="consumidores@audiopila.example",
         subject="Pilas de audífono tamaño 10: el blíster se abre solo",
         body="""\
Buenas tardes,

le compré a mi padre un pack de 60 pilas AudioPila tamaño 10. El blíster se
abre con solo apretarlo un poco con el pulgar, sin despegar la lengüeta.

Esta mañana mi hija de dos años ha estado con el abuelo y cuando fuimos a
recogerla tenía el blíster abierto en la mano y faltaba una pila. Hacia
mediodía ha empezado a babear muchísimo, no quiere ni agua y ha vomitado dos
veces. Ahora estamos en el hospital infantil: en la radiografía se ve una cosa
redonda a la altura del pecho. Los médicos piden la composición exacta de la
pila y el lote. En el cartón pone L23-0917.

Llámenme al 600 000 417 en cuanto lean esto, por favor.

Álvaro Cifuentes"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Noelia Barragán <noelia.barragan@correo.example>",
         to="privacidad@mentaria.example",
         subject="Me ha llegado el resumen de sesión de OTRA paciente",
         body="""\
Hola,

soy usuaria de Mentaria desde hace un año. Esta mañana he recibido el correo
"Resumen de tu sesión del martes", pero no es mío: es de una tal Lucía R.,
con su fecha de nacimiento, su móvil, el nombre de su psicóloga, notas sobre
sus ataques de pánico y la medicación que toma.

Yo no debería estar leyendo esto, y me preocupa muchísimo lo contrario: que
mi resumen le haya llegado a otra persona. Quiero saber a quién se han
enviado mis datos y qué vais a hacer. No he reenviado el correo a nadie y lo
borraré cuando me digáis.

Noelia"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Carla Montoya <carla.montoya@mimail.example>",
         to="ayuda@ciclia.example",
         subject="Alguien ha entrado en mi cuenta de Ciclia y ha cambiado el correo",
         body="""\
Ayer me llegó un aviso "Tu correo electrónico ha sido cambiado" a las 3:12 de
la madrugada. Yo estaba dormida. Ahora, cuando intento entrar, la app dice
que no existe ninguna cuenta con mi correo, y el enlace de "he olvidado la
contraseña" se envía a una dirección que no conozco (empieza por k.mor...).

En esa app lo tengo todo: mis ciclos, síntomas, las pruebas de embarazo y las
notas de la ginecóloga. Me angustia pensar que alguien lo está leyendo ahora
mismo. Mi expareja sabía el PIN de mi móvil.

Por favor, bloqueen la cuenta y devuélvanmela. Puedo identificarme como
haga falta.

Carla Montoya"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jordi Bosch <jordi.bosch@onesdemar.example>",
         to="soporte@pulsapay.example",
         subject="Festival Ones de Mar - las 14 barras sin poder cobrar AHORA",
         body="""\
Soy Jordi Bosch, jefe de barras del festival Ones de Mar.

Desde las 21:40 ningún lector de pulseras lee nada: acercas la pulsera y el
terminal se queda en "Conectando..." y al minuto sale "Timeout". Las taquillas
de recarga tampoco cargan saldo. Tenemos unas 9.000 personas dentro, colas
de cuarenta metros en cada barra y el cabeza de cartel sale a las 23:00.
Estamos regalando agua para que la gente no se nos eche encima.

Hem provat de reiniciar els routers i res, continua igual.

Teléfono de producción: 600 000 231. Necesitamos a alguien al teléfono ya.

Jordi"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Inmaculada Sáez <direccion@patasarriba.example>",
         to="soporte@vetconecta.example",
         subject="Clínica Patas Arriba: la agenda y las historias clínicas aparecen vacías",
         body="""\
Buenos días,

somos la Clínica Veterinaria Patas Arriba (Zaragoza), cliente de VetConecta,
seis veterinarios. Desde las 8:30 la agenda del día sale en blanco y al
buscar cualquier paciente aparece "Sin resultados". No vemos vacunas,
alergias ni tratamientos en curso. Las videoconsultas programadas tampoco
arrancan: el cliente se queda en la sala de espera virtual y a nosotros no
nos aparece el botón de "Unirse".

Llevamos toda la mañana apuntando en papel y preguntando a los dueños qué le
pusimos al perro la última vez. Esta tarde hay dos cirugías y necesitamos las
analíticas previas que están en el sistema.

Llamad al 600 000 608, por favor.

Inmaculada Sáez"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sergio Paniagua <spaniagua@correo.example>",
         to="ayuda@bicimar.example",
         subject="no puedo desbloquear ninguna bici",
         body="""\
Hola, desde la actualización del martes escaneo el QR de cualquier bici y la
app se queda con la ruedita girando y luego me devuelve al mapa. Lo he
probado en cuatro estaciones y con dos móviles distintos. Tengo el abono
anual y esta semana ya he ido dos días al trabajo en taxi.

Usuario 7730412"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Montse Rovira <montse.rovira@buzon.example>",
         to="info@strikepark.example",
         subject="¿Es normal que la reserva online tarde tanto?",
         body="""\
Hola,

¿es normal que la web de reservas de Strike Park tarde casi un minuto en
pasar del paso 2 (elegir pista) al paso 3 (datos)? Esta semana lo he
intentado varias veces: dos veces me salió "Error 504" y a la tercera entró,
pero ya había perdido la hora que quería. Al final reservé por teléfono para
el cumple de mi hijo, así que no hay prisa, pero os lo comento porque a otros
padres del cole les está pasando lo mismo.

Un saludo,
Montse"""),

    dict(n=9, signals="outage,account", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Óscar Villalba <oscar@copanebula.example>",
         to="support@arenahub.example",
         subject="Copa Nébula: ningún capitán puede iniciar sesión, empezamos a las 18:00",
         body="""\
Hola equipo de ArenaHub,

organizamos la Copa Nébula (128 equipos) en vuestra plataforma. Desde las
15:00 ningún capitán consigue entrar: meten usuario y contraseña, la web pide
el código SMS y el código no le llega a nadie. Lo hemos probado con
operadores distintos e incluso con mi cuenta de administrador, y nada.

Sin iniciar sesión no pueden hacer el check-in del equipo, y el bracket se
cierra a las 17:30. Our sponsor's stream goes live at 18:00 no matter what.

¿Podéis desactivar el SMS temporalmente o darnos otra forma de entrar?

Óscar Villalba
Organización Copa Nébula - 600 000 774"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Rocío Echevarría <rocio.echevarria@correo.example>",
         to="entradas@bioparquesierraalta.example",
         subject="Cobro duplicado entradas Bioparque",
         body="""\
Buenas,

el sábado compré por la web dos entradas de adulto y una infantil para el
Bioparque Sierra Alta (pedido BP-558201, 61,50 €). En el banco me aparecen
dos cargos de 61,50 € con un minuto de diferencia, pero solo me llegó un
correo con las entradas y solo usamos esas.

¿Me podéis devolver el segundo cargo? Adjunto captura del extracto.

Gracias,
Rocío Echevarría"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Iker Zubizarreta <iker@olatusurf.example>",
         to="socios@reservaola.example",
         subject="Liquidación de junio no recibida - tengo que pagar a los monitores",
         body="""\
Kaixo,

soy Iker, de Olatu Surf Eskola (cuenta de socio 40-1187). La liquidación de
junio, 3.860,20 €, aparecía como "Enviada" el día 3. Hoy es día 8 y no ha
llegado al banco; en el panel ahora pone "Rechazada - IBAN no válido", aunque
el IBAN es el de siempre y nadie lo ha tocado.

El viernes tengo que pagar las nóminas de cuatro monitores y sin ese dinero
no llego. ¿Podéis reenviarla hoy mismo o decirme qué falla?

Iker Zubizarreta
600 000 912"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Andrea Palma <andrea.palma@estudiantes.example>",
         to="facturacion@traduccionesjuradas.example",
         subject="Factura traducción jurada n.º TJ-2024-0712",
         body="""\
Hola,

¿es normal que en la factura de la traducción jurada de mi título aparezca el
IVA dos veces? Pone base 120,00 €, IVA 25,20 € y luego otra línea "IVA
servicios" de 25,20 € más, con un total de 170,40 €, cuando a mí me
cobrasteis 145,20 €.

Además sale a nombre de mi madre, que fue quien pagó con su tarjeta, y la
necesito a mi nombre (Andrea Palma Ruiz, DNI 00000014Z) para justificar la
beca antes del día 20. ¿Me la podéis rectificar?

Gracias,
Andrea"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Paco Heredia <paco.heredia@correo.example>",
         to="clientes@suerteya.example",
         subject="comisión de 0,35 €",
         body="""\
Buenas, he visto en mis movimientos de SuerteYa un cargo de 0,35 € que pone
"comisión recarga tarjeta". No es ningún drama, es por curiosidad: ¿se cobra
siempre que recargo con tarjeta o solo cuando recargo menos de 10 €?"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Raúl Pedrosa <raul.pedrosa@buzon.example>",
         to="ayuda@tijeraco.example",
         subject="Re: Cobro duplicado reserva 14/05",
         body="""\
Hola Nerea,

sí, la devolución ya me ha llegado, gracias. Pero ahora tengo otro lío: ayer
metí mal la contraseña varias veces y la app me dice "Cuenta bloqueada,
inténtelo de nuevo en 24 horas". Han pasado más de 24 y sigue igual, y no
puedo pedir cita con mi barbero. ¿Me la podéis desbloquear? Mi usuario es el
teléfono 600 000 582.

Raúl

El mar, 14 may 2024 a las 10:02, Soporte Tijera&Co <ayuda@tijeraco.example> escribió:
> Hola Raúl:
>
> Hemos revisado tu caso y, efectivamente, se te cobró dos veces la
> reserva del 14/05 (12,00 €). Ya hemos emitido el reembolso del cargo
> duplicado; lo verás en tu cuenta en 3-5 días hábiles.
>
> Un saludo,
> Nerea - Soporte Tijera&Co"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Gonzalo Ferrer <gonzalo.ferrer@mimail.example>",
         to="soporte@kriptolla.example",
         subject="El código SMS me llega al número antiguo",
         body="""\
Buenas,

he cambiado de número de teléfono (número nuevo, no portabilidad) y Kriptolla
me sigue mandando el código de verificación al número viejo, que ya no
tengo. En la app no encuentro cómo cambiar el teléfono sin meter antes ese
código, así que me quedo en la pantalla de verificación.

Tengo el correo y la contraseña, y puedo mandaros foto del DNI y un selfie.
En la cuenta no ha pasado nada raro, simplemente necesito poder entrar.

Gonzalo Ferrer"""),

    dict(n=16, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Encarna Velasco <encarna.velasco@correo.example>",
         to="contacto@donavida.example",
         subject="Consulta sobre la app",
         body="""\
Hola, buenos días.

Antes que nada daros las gracias porque la app es muy cómoda: me avisa de
cuándo puedo volver a donar, me dice qué unidad móvil pasa por el barrio y
además me gusta ver cuántas veces he donado. Yo empecé a donar con mi padre,
que donó más de sesenta veces, y ahora voy con mi hija, que acaba de cumplir
los dieciocho y está muy ilusionada. La última vez, en la unidad de la plaza
de toros, las enfermeras fueron un encanto y nos hicieron una foto juntas.

El caso es que hoy al abrir la app me ha pedido que me registre como usuaria
nueva, y si pongo mi DNI me dice "Usuario no encontrado". Yo no he borrado
nada. Tenía once donaciones registradas y me importa el historial porque en
la donación número quince dan la insignia, y en mi empresa me dan el día
libre presentando el certificado que saco de ahí.

¿Se puede recuperar el perfil? Mi DNI termina en 4471.

Muchas gracias,
Encarna Velasco"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Pilar Gascón <pilar.gascon@hotmail.example>",
         to="hola@lenticlub.example",
         subject="cambiar email",
         body="""\
Hola, ¿cómo cambio el correo de mi cuenta de LentiClub? Voy a dejar de usar
este de Hotmail. Gracias, Pilar"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lorena Quintana <lorena.quintana@buzon.example>",
         to="reservas@karaokemicrofono.example",
         subject="Reserva sala Volcán para una despedida",
         body="""\
¡Hola!

Queremos reservar la sala Volcán para una despedida de soltera el sábado 21,
seríamos doce. Mi amiga dice que el año pasado aquello fue un incendio y que
casi nos echan de tanto gritar "Sobreviviré" 😂

¿Tenéis todavía el pack con cava y picoteo? ¿Cuánto se deja de señal? Y lo
más importante: ¿está la canción "Fuego" en el catálogo? Es nuestra
canción, si no está nos morimos.

Gracias!!
Lorena"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marisa Quesada <marisa.quesada@correo.example>",
         to="info@planetarioorion.example",
         subject="RE: Aviso: sistema de reservas fuera de servicio el 3 de mayo",
         body="""\
Hola, gracias por el aviso.

Aprovecho para preguntaros otra cosa: para un cumpleaños de diez niños de
ocho años, ¿la sesión "Viaje a Saturno" tiene taller después o es solo la
proyección? ¿Y hay algún sitio para tomar la merienda?

Saludos,
Marisa

-----Mensaje original-----
De: Planetario Orión <noticias@planetarioorion.example>
Enviado: lunes, 29 de abril de 2024 9:15
Para: Marisa Quesada
Asunto: Aviso: sistema de reservas fuera de servicio el 3 de mayo

> Estimados visitantes:
>
> El viernes 3 de mayo, de 7:00 a 13:00, el sistema de reservas estará
> caído por mantenimiento y no se podrán comprar entradas ni por la web
> ni por la app. Disculpad las molestias."""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Manuel Ortigosa <manuel.ortigosa@mimail.example>",
         to="sat@relaxa.example",
         subject="Re: Ruido sillón de masaje Relaxa 900",
         body="""\
Buenas tardes:

Solo para deciros que el técnico, Sergio, vino ayer y lo dejó perfecto. El
golpe que sonaba era un rodillo suelto; lo cambió y ya no se oye nada. Muy
amable y puntual, hasta me explicó cómo limpiar la tapicería.

Podéis cerrar la incidencia. Gracias de nuevo.

Manuel Ortigosa"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Refugios del Pirineo <boletin@refugiospirineo.example>",
         to="soporte@cumbreapp.example",
         subject="Boletín de julio: tormentas de verano y refugios guardados",
         body="""\
BOLETÍN DE JULIO - REFUGIOS DEL PIRINEO

1. Tormentas de verano: seguridad ante todo
Las tormentas eléctricas de la tarde son el mayor peligro en julio. Salid
temprano, bajad de las crestas antes de las 14:00 y, ante una emergencia,
llamad al 112. Nuestros guardas os darán la previsión cada mañana.

2. Nuevos horarios
El refugio de Ibón Blanco abre del 1 de julio al 15 de septiembre. Reserva
obligatoria desde la app Cumbre.

3. Taller de primeros auxilios en montaña
Sábado 13, plazas limitadas. Aprenderás a actuar ante torceduras,
hipotermia y picaduras.

Para daros de baja de este boletín, responded con "BAJA"."""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Teresa Lozano <teresa.lozano@correo.example>",
         to="info@buceocalablava.example",
         subject="Pregunta sobre cancelación y seguro - curso Open Water",
         body="""\
Hola,

estoy mirando vuestro curso Open Water de la segunda quincena de agosto.
Antes de reservar me gustaría saber dos cosas:

- Si cancelo por enfermedad, ¿me devolvéis la señal?
- El seguro de accidentes de buceo, ¿va incluido o lo contrato aparte?

Mi pareja también pregunta: "Is the certification fee included in the
price?"

Gracias,
Teresa"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Fernando Carrasco <fcarrasco@buzon.example>",
         to="soporte@aquaterm.example",
         subject="La programación del spa desde la app no se guarda",
         body="""\
Hola,

tenemos un spa Aquaterm de cinco plazas en el jardín. Desde hace una semana
la app no guarda la programación: pongo que se caliente a 38 °C a las
19:00, le doy a "Guardar" y al volver a entrar la lista está vacía.

Desde el panel del propio spa sí se puede programar, así que lo estamos
haciendo así, pero es un rollo bajar al jardín cada vez. ¿Es cosa de la app
o tengo que tocar algo?

Fernando"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Elena Quirós <elena.quiros@correo.example>",
         to="reservas@rutasacaballo.example",
         subject="Re: Reembolso cancelación ruta a caballo Sierra de Cazorla (reserva RC-30917)",
         body="""\
Escribo por tercera vez.

Hace 24 días me confirmasteis por teléfono que me devolvíais los 1.120 € de
la ruta que cancelasteis vosotros por falta de caballos, y sigo sin ver nada.
Ese dinero es la fianza del piso al que me mudo el día 1; el casero no me da
las llaves sin ella. Necesito una fecha concreta o la transferencia esta
misma semana.

Elena Quirós
600 000 385

El dom, 2 jun 2024 a las 18:44, Elena Quirós <elena.quiros@correo.example> escribió:
> Hola, os escribo por el reembolso de la reserva RC-30917 (1.120 €).
> Me dijisteis que en 10 días hábiles estaría y han pasado 15 sin que
> haya recibido nada. ¿Podéis mirarlo, por favor?"""),
]
