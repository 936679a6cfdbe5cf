# blind4 fresh set -- Spanish (es), 24 hand-written customer-support e-mails.
# Written blind (no look at the triage tool, its rules or the other corpora).
# Plan: 1-4 safety (critical; 1, 2 told by event only, 3 data security),
# 5-9 outage, 10-13 payment, 14-17 account, 18-22 hard negatives (gold '-', low;
# 22 is a reply quoting an alarming word), 23-24 context rows.
# Quoted traps: 9 (outage, quotes a payment confirmation), 22 (quotes a safety recall).
# trap: "implicit" = told by what happened, without the obvious keyword.
# All names, companies, addresses and numbers are invented; domains are *.example.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Lucía Navarro <lucia.navarro@correo-luz.example>",
         to="soporte@llavio.example",
         subject="La cerradura se abrió de madrugada con un código que no es mío",
         body="""\
Hola,

Esta madrugada, a las 3:12, se abrió la cerradura Llavio de mi piso (modelo L3). Me despertó el pitido, y en el historial de la app aparece "Abierto con código: Invitado 4". Yo solo tengo dos códigos creados, el mío y el de mi madre. Cuando salí al pasillo la puerta estaba entornada y no había nadie. Falta la bicicleta que tenía en la entrada.

Ya he puesto la denuncia. He borrado todos los códigos y he cambiado la contraseña de la app, pero no me quedo tranquila: ¿cómo se creó ese "Invitado 4"? ¿Quién ha podido meterse en mi cuenta?

Vivo sola con mi hija de 6 años. Necesito una respuesta hoy, por favor.

Lucía Navarro"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jordi Puig <jordi.puig@mailcat.example>",
         to="atencion@nutrican.example",
         subject="trozos de metal en el pienso",
         body="""\
Buenas tardes,
ayer abri un saco nuevo de Nutrican Adult Maxi 15 kg (lote 26-311-C, consumo preferente 05/2027). Hoy mi perro, un labrador de 5 años, ha empezado a vomitar con sangre y al revisar el comedero he encontrado tres trocitos de metal, como virutas, mezclados con las bolas. En el saco hay más.
Está ingresado en la clínica veterinaria, le han hecho una radiografía y tiene algo en el estómago.
Tengo el saco guardado. Quiero saber qué ha pasado con ese lote y que lo retiren antes de que le toque a otro perro.
Jordi Puig

Enviado desde mi móvil"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Marta Giménez <marta.gimenez@correoya.example>",
         to="protecciondatos@farmaciasalba.example",
         subject="En la app veo las recetas y el DNI de otra persona",
         body="""\
Buenos días:

Al entrar hoy en la app de Farmacias Alba para ver mis recetas pendientes, me aparece la ficha de otra persona: Antonio R. M., con su DNI completo, su dirección en Zaragoza, su teléfono y la lista de su medicación (incluidos antipsicóticos y un tratamiento para el VIH). Mis datos no aparecen por ningún lado.

Esto es una brecha de datos muy grave, y entiendo que mi información también puede estar a la vista de otro usuario. He cerrado sesión y he hecho capturas por si las necesitan, pero no se las voy a enseñar a nadie.

Exijo que me informen de qué ha pasado y de qué medidas van a tomar, y que se lo comuniquen también a esa persona.

Marta Giménez"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Raúl Ortega <raul.ortega@buzonmail.example>",
         to="garantia@rodamob.example",
         subject="El manillar del patinete se plegó en marcha - PELIGROSO",
         body="""\
Hola,

El patinete eléctrico Rodamob S9 que compramos en octubre para mi hijo (17 años) se plegó solo mientras bajaba una cuesta a unos 20 km/h: el cierre de la barra de dirección se soltó y el manillar se fue hacia delante. Mi hijo salió despedido y tiene puntos en la barbilla y dos dientes partidos.

El cierre estaba bien puesto, él siempre lo comprueba. He visto en foros que a otros les ha pasado con el mismo modelo. Esto es peligroso y va a matar a alguien.

Tengo la factura y el patinete. Quiero saber qué van a hacer.

Raúl Ortega"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Beatriz Soler <recepcion@hotelmiramar-alicante.example>",
         to="soporte@hotelsuite-pms.example",
         subject="URGENTE: no podemos abrir ninguna reserva en recepción",
         body="""\
Buenos días,

Desde las 11:30 cualquier reserva que intentamos abrir en HotelSuite se queda en blanco y al minuto sale "Error al cargar la ficha". Pasa en los tres ordenadores de recepción y en el del jefe de recepción. La lista de llegadas sí carga, pero no podemos asignar habitaciones, ni hacer el check-in, ni cobrar a nadie.

A las 14:00 llega un grupo de 80 personas (Viajes Albatros) y además tenemos 35 llegadas individuales. Ahora mismo lo estamos apuntando todo a mano.

Hotel Miramar Alicante, código de cliente HS-1187. Llamadnos, por favor.

Beatriz Soler
Jefa de Recepción"""),

    dict(n=6, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Sergio Campos <sergio.campos@correo-rapido.example>",
         to="ayuda@cambiocripto.example",
         subject="la web se queda cargando",
         body="""\
hola, desde anoche la web y la app se quedan en "Cargando órdenes..." y de ahi no pasan. no puedo ver mis posiciones ni vender ni nada, con el mercado como esta. he probado en el movil con datos, en el portatil, borrando cache, con otro navegador, igual. usuario scampos91
por favor mirad que pasa"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Andrea Rubio <andrea.rubio@alumnos-mail.example>",
         to="cau@univ-levante.example",
         subject="Campus virtual lentísimo",
         body="""\
Hola,

Llevo toda la semana con el campus virtual lentísimo: cada página tarda un minuto o más y a veces sale "504 Gateway Time-out". Al final consigo entrar y descargar los apuntes, pero para subir la práctica de Estadística necesité cuatro intentos. A mis compañeros de grupo les pasa lo mismo.

¿Sabéis algo? El viernes se entrega el TFG y me da miedo que falle justo ese día.

Gracias,
Andrea Rubio"""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ignacio Herrera <i.herrera@conservas-delnorte.example>",
         to="soporte24@etiquetronic.example",
         subject="Línea 2 parada - las etiquetadoras no reciben datos",
         body="""\
Buenos días,

Desde las 6:00 las tres etiquetadoras de la línea 2 de envasado no reciben datos de vuestro servidor de etiquetado: en pantalla sale "Esperando trabajo" y no imprimen ni una etiqueta. Sin etiqueta con lote y fecha no podemos sacar producto, así que la línea está parada, con 14 operarios esperando y un camión para un cliente de Zaragoza que sale a las 12.

La línea 1 va con otro sistema y funciona. Ya hemos reiniciado el servidor local y las impresoras.

Contrato de mantenimiento ET-2290. Necesitamos a alguien ya.

Ignacio Herrera
Jefe de Producción, Conservas del Norte"""),

    dict(n=9, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Pilar Domínguez <pilar@asesoria-dominguez.example>",
         to="soporte@nominaclara.example",
         subject="RE: Confirmación de cobro - suscripción anual",
         body="""\
Hola,

Gracias por la confirmación. Aprovecho este hilo porque no sé a dónde más escribir: desde esta mañana no puedo entrar en NóminaClara, al iniciar sesión sale "Servicio no disponible temporalmente (503)". Soy una asesoría pequeña, trabajo sola, y tengo que cerrar las nóminas de 9 clientes antes del día 28. Sin el programa no puedo hacer nada.

Un saludo,
Pilar Domínguez

El 2 dic 2026, a las 10:15, NóminaClara <facturacion@nominaclara.example> escribió:
> Estimada clienta:
> Le confirmamos que el cobro de 348,00 € correspondiente a la renovación anual de su suscripción se ha realizado correctamente con la tarjeta terminada en 4471.
> Atentamente,
> Departamento de Facturación"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Carmen Vidal <carmen.vidal@correo-vidal.example>",
         to="clientes@gasmedi.example",
         subject="Me han cobrado 1.450 € en vez de 145 €",
         body="""\
Buenas,

Hoy me han pasado por el banco el recibo del gas de noviembre: 1.450,20 €. Todos los meses pago entre 120 y 150 €. En el área de cliente la factura sale por 145,02 €, así que parece que alguien ha puesto mal la coma.

Me han dejado la cuenta en negativo y el día 5 tengo que pagar la hipoteca. Necesito que me devuelvan la diferencia YA, no dentro de 30 días.

Contrato GM-00418822
Carmen Vidal"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Alberto Ruiz <alberto.ruiz@mailfacil.example>",
         to="reservas@autosol-rent.example",
         subject="Cancelé la reserva y me habéis cobrado igualmente",
         body="""\
Hola,

Tenía una reserva de coche en el aeropuerto de Málaga del 18 al 22 de diciembre (n.º AS-330187). La cancelé el día 9 desde vuestra web, más de una semana antes, y me llegó el correo de confirmación de la cancelación. Aun así, ayer me cargasteis 236,40 € en la tarjeta.

Si os hace falta, os reenvío el correo de cancelación. ¿Me lo podéis devolver, por favor?

Gracias,
Alberto Ruiz"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Noelia Castro <noeliacastro@correo-n.example>",
         to="reembolsos@entradasya.example",
         subject="reembolso concierto aplazado",
         body="""\
hola buenas, el concierto de Los Faros del 14/11 en Valladolid se aplazó y pedí la devolución ese mismo día en vuestra web. me dijisteis que en 14 días hábiles tendría el dinero (2 entradas, 78 €) y ya han pasado más de 20 y nada. pedido EY-5528190. cuando me lo vais a devolver?? gracias"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Rosa Méndez <rosa.mendez@correo-rm.example>",
         to="ayuda@yogaencasa.example",
         subject="Cambiar la tarjeta de la suscripción",
         body="""\
Hola, el banco me ha mandado una tarjeta nueva y quiero que la cuota mensual se cobre en esa. ¿Dónde lo cambio en la app? No encuentro la opción. Gracias, Rosa"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Diego Serrano <diego.serrano@mail-ds.example>",
         to="soporte@monedax.example",
         subject="Cuenta bloqueada, la verificación del selfie no pasa",
         body="""\
Hola,

Después de actualizar la app, MonedaX me pidió verificar otra vez mi identidad y la cuenta ha quedado bloqueada hasta que lo haga. El problema es que el selfie siempre da "No hemos podido verificar tu rostro". Lo he intentado 12 veces, con luz natural, sin gafas, con el DNI y con el pasaporte.

No puedo entrar a nada, ni siquiera ver el saldo. ¿Podéis hacer la verificación a mano o por videollamada?

Diego Serrano"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Prieto <elena.prieto@correo-ep.example>",
         to="soporte@nubeseguros.example",
         subject="No me llegan los SMS de verificación",
         body="""\
Buenas tardes:

Desde hace una semana no me llegan los SMS con el código para entrar en el área de clientes de NubeSeguros. De momento entro con los códigos de respaldo que guardé al activarlo, pero solo me quedan dos. El móvil que tenéis es el correcto (acaba en 27).

¿Podéis revisarlo, o pasarme la verificación al correo?

Un saludo,
Elena Prieto"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Dra. Inés Morales <ines.morales@clinicavet-sanroque.example>",
         to="soporte@vetgestion.example",
         subject="Cambiar la administradora de la cuenta",
         body="""\
Hola:

En la clínica veterinaria San Roque usamos VetGestión desde 2021. La cuenta de administradora estaba a nombre de nuestra antigua recepcionista, Paula, que dejó de trabajar con nosotros en septiembre. El resto del equipo entra y trabaja sin problema, pero nadie puede dar de alta usuarios nuevos ni cambiar permisos, y en enero se incorpora una veterinaria nueva.

Necesitaríamos que la administración pase a mí (soy la directora y la titular del contrato). ¿Qué documentación os hace falta?

Gracias,
Inés Morales"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Manuel Iglesias <manuel.iglesias@nuevocorreo.example>",
         to="ayuda@tiendaverde.example",
         subject="cambiar correo",
         body="""\
Hola, ¿cómo cambio el correo con el que entro en mi cuenta? Quiero poner este nuevo. Gracias. Manuel"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Paula Herrero <paula@dulcesdepaula.example>",
         to="hola@tiendafacil.example",
         subject="¡Sois la bomba!",
         body="""\
¡Hola, equipo!

Solo quería deciros que la nueva plantilla de la tienda es la bomba. Desde que la cambié, los turrones artesanos lo están petando: el Black Friday nos mató a pedidos, en el buen sentido jajaja. Mi socia dice que la web está que echa chispas.

Me muero de ganas de ver lo que sacáis en enero. ¡Gracias por todo!

Paula
Dulces de Paula"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Francisco Lozano <f.lozano@correo-fl.example>",
         to="reservas@hostalestrella.example",
         subject="Dudas antes de reservar",
         body="""\
Hola, buenas tardes:

Estamos pensando en reservar dos habitaciones para Semana Santa y tengo un par de dudas:

- La "tarifa bloqueada" de la web, ¿quiere decir que el precio queda congelado aunque cambie las fechas, o que no se puede cancelar?
- ¿Hay que dejar algo a cuenta al reservar, o se paga todo al llegar?
- ¿Tenéis punto de carga para coche eléctrico en el parking?

Muchas gracias,
Francisco Lozano"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Clara Benítez <clara.benitez@correo-cb.example>",
         to="recepcion@gimnasio-olimpo.example",
         subject="contraseña del wifi",
         body="""\
Hola! cual es la contraseña del wifi nuevo del gimnasio? la del cartel de recepcion ya no va desde que cambiasteis el router. gracias!! 🙂"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Ciberforo Empresas <eventos@ciberforo.example>",
         to="soporte@hotelsuite-pms.example",
         subject="Webinar gratuito: ¿y si mañana se cae todo?",
         body="""\
Estimado/a profesional:

Una caída de servidores de seis horas puede costarle a un hotel mediano más de 40.000 €. Un ataque de ransomware, semanas de trabajo y la confianza de sus clientes.

Le invitamos a nuestro webinar gratuito "¿Y si mañana se cae todo? Continuidad de negocio y ciberseguridad para pymes", el martes 15 de diciembre a las 10:00 (hora peninsular). Hablaremos de:
- cómo preparar un plan de contingencia para cuando el sistema no responde
- qué hacer en las primeras horas tras un hackeo o una filtración de datos
- cómo proteger las contraseñas de su equipo

Inscripción: ciberforo.example/webinar-continuidad

Si no desea recibir más comunicaciones, responda BAJA."""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Tomás Calvo <tomas.calvo@correo-tc.example>",
         to="avisos@calorhogar.example",
         subject="RE: Aviso de seguridad: radiadores de aceite RC-900",
         body="""\
Buenas,

Gracias por avisar. El mío es el RC-700, lo he mirado en la etiqueta de la base, así que entiendo que no me afecta. Si me equivoco, decídmelo.

Saludos,
Tomás

El 10/12/2026 a las 9:00, CalorHogar <avisos@calorhogar.example> escribió:
> Estimado cliente:
> Hemos detectado que algunas unidades del radiador de aceite RC-900 fabricadas entre marzo y junio de 2026 pueden sobrecalentarse en el enchufe, con riesgo de incendio. Si su aparato pertenece a esos lotes, deje de usarlo y desenchúfelo; le enviaremos uno nuevo sin coste.
> Atentamente,
> Servicio de Atención al Cliente de CalorHogar"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Óscar Medina <oscar@casarural-elrobledal.example>",
         to="soporte@reservarural.example",
         subject="No llegan los avisos de reservas nuevas",
         body="""\
Hola,

Desde el lunes no me llegan los correos de aviso cuando entra una reserva nueva (antes me llegaban al momento). Las reservas sí aparecen en el panel, así que de momento lo miro cada par de horas, pero ya me ha pillado un cliente llegando sin que yo supiera nada.

He mirado la carpeta de spam y nada. Casa rural El Robledal, ID 4471.

Gracias,
Óscar"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Verónica Pascual <veronica.pascual@correo-vp.example>",
         to="atencion@mueblesnorte.example",
         subject="RE: RE: Devolución pedido 55821 - TERCER AVISO",
         body="""\
Este es mi TERCER correo. Devolví el sofá el 2 de noviembre, lo recogió vuestro transportista y tengo el albarán firmado. Sigo sin ver los 899 €. Nadie contesta, el teléfono siempre comunica y en el chat me dicen "ya está en trámite" desde hace un mes.

Si el lunes no tengo el dinero en la cuenta, pongo una reclamación en consumo y abro una disputa con el banco.

Verónica Pascual

El 25/11/2026, Verónica Pascual escribió:
> Hola de nuevo, han pasado más de 3 semanas y sigo sin el reembolso del pedido 55821. ¿Me podéis decir algo?
>
> El 10/11/2026, Verónica Pascual escribió:
>> Buenos días, el sofá del pedido 55821 fue recogido el 2/11. ¿Cuándo recibiré la devolución de los 899 €? Gracias."""),
]
