# blind43 -- Spanish (es), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rubén Lázaro <ruben.lazaro@correo-zgz.example>",
         to="incidencias@bicizeta.example",
         subject="Caída con una bici de alquiler, el freno no frenaba",
         body="""\
Hola,

Ayer sobre las 19:30 cogí la bici eléctrica número 4471 en la estación de la
plaza del Pilar. Bajando por la calle Alfonso apreté el freno delantero y no
hizo nada, la maneta iba hasta el fondo. Intenté frenar con el de atrás pero ya
llevaba demasiada velocidad y me fui al suelo en el cruce.

Tengo la muñeca rota (me la han escayolado en urgencias del Miguel Servet) y
la rodilla abierta. Un chico que pasaba me ayudó y dejó la bici en la
estación, y por lo que veo en la app sigue allí disponible. Por favor
retírenla antes de que la coja otra persona.

También quiero saber cómo se tramita esto con el seguro, tengo el informe de
urgencias.

Rubén Lázaro
Enviado desde mi móvil"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Echeverría <marta.echeverria@correo-bilbo.example>",
         to="huespedes@apartamentos-lamayor.example",
         subject="Apartamento calle Mayor 12 – anoche nos encontramos todos mal",
         body="""\
Buenas tardes:

Somos la familia alojada en el apartamento de la calle Mayor 12 (reserva
88213, hasta el domingo). Anoche, después de ducharnos, a los cuatro nos entró
un dolor de cabeza muy fuerte y mareos, y la pequeña vomitó. Abrimos las
ventanas y se nos pasó un poco.

Esta mañana nos hemos fijado en que la llama del calentador del baño sale
naranja y en que hay una mancha negra en la pared, justo encima. En el baño
no hay ninguna rejilla de ventilación.

No hemos vuelto a encender el agua caliente. ¿Puede venir alguien hoy mismo a
revisarlo? No queremos pasar otra noche así.

Un saludo,
Marta Echeverría
Tel. 644 218 903"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Beatriz Gómez Alonso <beatriz.gomez.alonso@correo-va.example>",
         to="soporte@aula360.example",
         subject="En la app del colegio veo los informes de otros alumnos",
         body="""\
Buenos días:

Soy madre de un alumno de 3.º de Primaria del colegio San Ignacio de
Valladolid. Desde la actualización de ayer, al entrar en la sección
«Informes» de la app no me aparecen los de mi hijo, sino los de otros niños:
notas, faltas de asistencia y, en algún caso, informes del orientador con
diagnósticos (TDAH, dislexia) y los teléfonos de los padres. He ido pasando
páginas y he visto al menos seis alumnos distintos.

Lo he comentado en el grupo de padres de la clase y a otras dos familias les
pasa lo mismo. Creo que deberían desactivar esa sección hasta que esté
arreglado.

Atentamente,
Beatriz Gómez Alonso"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Sergio Molina <sergio.molina@correo-mu.example>",
         to="hola@petmenu.example",
         subject="Me han estafado con un SMS a vuestro nombre",
         body="""\
Hola,

El lunes me llegó un SMS que parecía vuestro: «PetMenú: su pago ha sido
rechazado, actualice su tarjeta para no interrumpir su suscripción», con un
enlace. Como justo me tocaba el pedido del pienso, metí los datos de la
tarjeta. Hoy el banco me ha avisado de cuatro cargos que yo no he hecho:
389 € en una tienda de electrónica y otros de 220 €, 95 € y 60 € en webs
extranjeras. Ya he cancelado la tarjeta y he puesto la reclamación en el banco.

Os aviso porque seguramente lo estén mandando a más clientes, y quiero saber
si mis datos han salido de vosotros: el SMS sabía mi nombre y hasta el de mi
perra.

Sergio Molina
Cliente 20-31877"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jorge Salas <jsalas@contactaplus.example>",
         to="soporte@voxcloud-telecom.example",
         subject="RV: URGENTE centralita – no entra ninguna llamada",
         body="""\
Os reenvío lo que me acaba de mandar la supervisora de turno. Llamadme al
910 554 872 en cuanto lo veáis, por favor.

Jorge Salas
Responsable de Sistemas – Contacta Plus

---------- Mensaje reenviado ---------
De: Lucía Prieto <lprieto@contactaplus.example>
Fecha: mié, 9 dic 2026 a las 9:07
Asunto: URGENTE centralita – no entra ninguna llamada
Para: Jorge Salas <jsalas@contactaplus.example>

Jorge, desde las 8:30 no entra ni una llamada en la campaña de la aseguradora.
Los 64 agentes tienen el softphone conectado y en «Disponible», pero la cola
marca cero, y los clientes nos escriben por WhatsApp que al llamar les sale
una locución de «número no disponible». Las salientes sí salen.
A partir de 30 minutos nos aplican penalización por SLA.

Lucía"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Álvaro Cebrián <tecnica@radioribera.example>",
         to="soporte@onair-cloud.example",
         subject="Llevamos una hora emitiendo silencio – Radio Ribera FM",
         body="""\
Buenos días:

Desde las 6:02 vuestro sistema de emisión ha dejado de lanzar la continuidad:
la pauta del día está cargada, pero el reproductor se queda en el primer tema
con el contador a 00:00 y no avanza. Llevamos casi una hora emitiendo
silencio, tanto en FM como en el streaming. El magacín empieza a las 7:00 y
tenemos cuñas contratadas desde las 7:30.

Hemos reiniciado el equipo local dos veces, sin cambios. Necesitamos que
alguien nos llame ya al 976 330 412.

Álvaro Cebrián
Jefe técnico – Radio Ribera FM"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Pilar Romero <info@autoescuela-vialibre.example>",
         to="soporte@reservaclase.example",
         subject="No carga la agenda de prácticas",
         body="""\
Hola, desde anoche la web de reservas de la autoescuela se queda en blanco al
abrirla, tanto a los alumnos como a nosotros en el panel. No vemos quién tiene
clase hoy y los alumnos no pueden reservar. Somos una autoescuela pequeña
(3 profesores) y estamos llamando uno a uno a los alumnos que recordamos.
¿Podéis mirarlo hoy?

Pilar – Autoescuela Vía Libre, Getafe"""),

    dict(n=8, signals="outage", priority="medium", trap="inline", qt=0, reply=1,
         frm="Íñigo Arregui <inigo@asesoria-arregui.example>",
         to="soporte@contabilix.example",
         subject="RE: [Incidencia 20417] Sincronización bancaria",
         body="""\
Hola, Nerea:

Te contesto entre líneas.

-----Mensaje original-----
De: Nerea Ruiz (Soporte Contabilix) <soporte@contabilix.example>
Enviado el: viernes, 4 de diciembre de 2026 17:12
Asunto: [Incidencia 20417] Sincronización bancaria

> ¿Qué banco es el afectado?

Solo Caja Rural de Navarra. Los movimientos de los otros dos bancos entran
bien cada mañana.

> ¿Desde cuándo no se importan los movimientos?

Desde el 24 de noviembre. La conexión aparece como «Sincronizada», pero no
trae nada nuevo.

> Mientras lo revisamos, ¿puede subir los movimientos a mano con el fichero
> Norma 43?

Sí, lo he probado y funciona, así que de momento tiramos con eso. Pero nos
gustaría tenerlo resuelto antes del cierre de diciembre.

Gracias,
Íñigo Arregui
Asesoría Arregui – Pamplona"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ana Belén Ortiz <anabelen.ortiz@correo-zgz.example>",
         to="ayuda@citybox-taquillas.example",
         subject="El QR de la app no abre la taquilla",
         body="""\
Hola:

Desde hace una semana, cuando voy a recoger un paquete en la taquilla CityBox
del supermercado de la avenida de Aragón, la pantalla no lee el código QR de
la app: se queda en «Leyendo...» y al rato sale «Código no válido». Me ha
pasado ya con tres paquetes distintos.

Al final lo saco tecleando el código de 6 cifras que llega por SMS, que eso sí
va, pero es un rollo con las bolsas de la compra en la mano. ¿Sabéis si es
cosa de esa taquilla o de la app? Tengo un Android 14.

Gracias,
Ana Belén Ortiz"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Raúl Ferrer <raul.ferrer@correo-cs.example>",
         to="socios@gimnasio-olimpo.example",
         subject="Duda sobre la cuota de diciembre",
         body="""\
Hola,

He visto que en el recibo de diciembre me habéis pasado 41,90 € en vez de los
39,90 € de siempre. Imagino que es la subida que se anunciaba en el tablón de
recepción, pero a mí no me llegó ningún correo. ¿Me confirmáis si es eso y si
a partir de ahora la cuota se queda en esa cantidad?

Gracias, un saludo,
Raúl Ferrer (socio n.º 10452)"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Carmen Villalba <carmen.villalba@correo-mad.example>",
         to="clientes@opticavision.example",
         subject="RE: [Caso 00482917] Su pedido de gafas graduadas",
         body="""\
Buenos días:

Gracias por la confirmación, pero hay un error en el importe. En la tienda de
Gran Vía me aplicaron la promoción 2x1 y el total tenía que ser 189 €, pero en
la tarjeta me han cobrado 378 €, como si fueran dos gafas a precio completo.
Adjunto el tique de la tienda, donde aparece el descuento.

¿Me pueden devolver la diferencia, por favor?

Un saludo,
Carmen Villalba

-----Mensaje original-----
De: Atención al cliente ÓpticaVisión <clientes@opticavision.example>
Enviado el: martes, 1 de diciembre de 2026 10:48
Para: Carmen Villalba
Asunto: [Caso 00482917] Su pedido de gafas graduadas

> Estimada clienta:
>
> Le confirmamos que su pedido n.º 7719-2204 (2 monturas graduadas) ha
> quedado registrado y estará listo para recoger en tienda en un plazo de
> 7 a 10 días.
>
> Atentamente,
> ÓpticaVisión"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Mihaela Popescu <mihaela.popescu@correo-vlc.example>",
         to="atencionclientes@aguas-levante.example",
         subject="Devolucion de fianza contrato agua",
         body="""\
Hola buenos dias,

Me mude del piso de calle Sagunto 34, 3ºB en agosto y hice la baja del
contrato de agua el 31 de agosto (numero de contrato 5510-22871). Me dijeron
en telefono que la fianza de 60 euros se devuelve en 30 dias a mi cuenta, pero
ya pasaron mas de tres meses y no recibi nada. He llamado dos veces y siempre
me dicen que esta en tramite.

Por favor pueden mirar? La cuenta es la misma de los recibos, terminado en
4410.

Gracias
Mihaela Popescu"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="José Manuel Rivas <gerencia@ceramica-alfar.example>",
         to="vendedores@mercadoartesano.example",
         subject="Liquidaciones retenidas desde el 20 de noviembre – urgente",
         body="""\
Buenos días:

Vendemos en vuestra plataforma desde 2022 (tienda «Cerámica Alfar», ID de
vendedor 300287). Desde el 20 de noviembre no hemos recibido ninguna
liquidación: en el panel aparecen 14.320 € «pendientes de pago» y el estado no
cambia. No nos ha llegado ningún aviso de bloqueo ni de revisión.

La semana que viene tenemos que pagar la paga extra de Navidad a siete
empleados y sin ese dinero no llegamos. Necesito saber el lunes a primera hora
qué está pasando y cuándo vais a hacer la transferencia.

Atentamente,
José Manuel Rivas
Gerente – Cerámica Alfar S.L., Manises (Valencia)
Tel. 961 530 774

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente
a su destinatario y pueden contener información confidencial. No está
permitida su reproducción o distribución sin la autorización expresa de
Cerámica Alfar S.L. Si usted no es el destinatario final, por favor,
elimínelo e infórmenos por esta vía. De conformidad con el Reglamento (UE)
2016/679 (RGPD), le informamos de que sus datos serán tratados por Cerámica
Alfar S.L. con la finalidad de mantener la relación comercial."""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Luis Ángel Navarro <luisangel.navarro@correo-gr.example>",
         to="app@farmaciasalud.example",
         subject="Cambiar el teléfono de mi cuenta",
         body="""\
Hola, buenas tardes.

Uso vuestra app para pedir la medicación de mi madre y recogerla en la
farmacia. He cambiado de número de móvil y no encuentro dónde actualizar el
teléfono de mi cuenta, en «Mi perfil» no me sale la opción. ¿Se hace desde la
web o lo tengo que pedir en el mostrador?

Muchas gracias,
Luis Ángel Navarro"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Daniel Ortega <dortega.ruiz@correo-se.example>",
         to="clientes@ondamovil.example",
         subject="No me llega el código para entrar en Mi Cuenta",
         body="""\
Hola. Desde el viernes intento entrar en el área de clientes y el código por
SMS no me llega nunca (lo habré pedido diez veces). Llamadas y datos van bien.
Necesito descargar las facturas de octubre y noviembre para la empresa.
Línea 622 481 930, a nombre de Daniel Ortega Ruiz.

Daniel"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elena Hernández <administracion@suministros-hernandez.example>",
         to="empresas@rutaexpress.example",
         subject="Cambio de administrador de la cuenta – empleado que ya no está",
         body="""\
Buenos días:

Nuestra cuenta de empresa en vuestro portal de envíos (cliente n.º L-40982,
Suministros Hernández S.L.) tenía como único administrador a Francisco Gil,
que dejó la empresa el viernes pasado. Necesitamos:

1. Dar de baja su usuario (fgil) para que no pueda seguir entrando.
2. Pasarme a mí, Elena Hernández, el rol de administradora; ya tengo un
   usuario normal.

Mientras tanto podemos seguir sacando etiquetas con mi usuario, pero no puedo
dar de alta a los dos chicos nuevos del almacén. Os adjunto la autorización
firmada por la gerencia.

Un saludo,
Elena Hernández
Administración – Suministros Hernández S.L."""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Francisco Albero <f.albero@construcciones-albero.example>",
         to="soporte@licitanet.example",
         subject="Cuenta bloqueada – la licitación cierra hoy a las 14:00",
         body="""\
Buenos días:

Esta mañana, al entrar en la plataforma con el usuario de la empresa
(construcciones.albero), nos ha salido «Cuenta bloqueada. Contacte con
soporte». El correo de desbloqueo no llega.

Tenemos que presentar hoy la oferta para la reforma del polideportivo
municipal de Alcalá, que cierra a las 14:00, y toda la documentación está
subida en borrador en esa cuenta. Por favor, desbloqueadla cuanto antes o
llamadme al 629 047 318.

Francisco Albero
Construcciones Albero S.L."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nacho Bermúdez <nacho.bermudez@correo-mad.example>",
         to="hola@burgerbros.example",
         subject="Enhorabuena por la nueva carta",
         body="""\
¡Hola!

El sábado fuimos ocho amigos a vuestro local de Malasaña y os tengo que
escribir: la nueva hamburguesa «Infierno» es un bombazo. La salsa pica que te
mueres, mi cuñado lloraba y pedía agua a gritos, pero se la acabó enterita,
jaja. Y el camarero (creo que se llamaba Iván) estuvo de diez, nos tuvo
muertos de risa toda la noche.

El local estaba que ardía, no cabía un alfiler, así que una sugerencia: que se
pueda reservar online también los sábados.

Volveremos seguro,
Nacho Bermúdez"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Rosa María Cuesta <prevencion@ies-ramonycajal.example>",
         to="pedidos@graficas-alto-aragon.example",
         subject="Presupuesto carteles y petos para el simulacro de incendio",
         body="""\
Hola:

Soy la coordinadora de prevención del IES Ramón y Cajal de Huesca. El 22 de
enero hacemos el simulacro anual de evacuación por incendio y necesitaríamos
presupuesto para:

- 40 carteles A3 plastificados con el plano de evacuación y los puntos de
  encuentro (os pasamos el PDF);
- 200 tarjetas de «herido leve» / «herido grave» para los alumnos que hacen de
  víctimas;
- 30 petos naranjas con «EQUIPO DE EMERGENCIA» en la espalda.

¿Lo podríais tener antes del 15 de enero? La factura iría a nombre del
instituto.

Gracias,
Rosa María Cuesta"""),

    dict(n=20, signals="-", priority="low", trap="death", qt=0, reply=0,
         frm="Teresa Aranda <teresa.aranda@correo-gr.example>",
         to="pedidos@floristeria-albaicin.example",
         subject="Corona para el tanatorio",
         body="""\
Buenas:

Esta madrugada ha fallecido mi tía Rosario y queríamos encargar una corona
para el velatorio. Está en el tanatorio de la Chana, sala 4, y el entierro es
mañana a las 12:00 en el cementerio de San José.

Habíamos pensado en algo en tonos blancos, con rosas y claveles, y una cinta
que ponga «Tus sobrinos no te olvidan». ¿Se podría entregar hoy antes de las
20:00? Podemos gastar hasta unos 150 €, y pagamos con tarjeta por teléfono si
hace falta.

Gracias,
Teresa Aranda
958 204 611"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Jaime Costa <jaime.costa@correo-cor.example>",
         to="soporte@nanacam.example",
         subject="Conectar la cámara a un router nuevo",
         body="""\
Hola:

La semana pasada un rayo nos frió el router de casa (tormenta de las gordas,
también se quemó el microondas, imaginaos) y la compañía nos ha puesto uno
nuevo con otro nombre de red y otra contraseña. Por eso ahora la NanaCam sale
como «sin conexión» en la app.

¿Cómo se cambia la wifi de la cámara? ¿Hay que resetearla de fábrica o se
puede hacer desde la app sin perder los ajustes ni las grabaciones?

Gracias de antemano,
Jaime Costa"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Irene Sáez <irene.saez@correo-tol.example>",
         to="ayuda@movecar.example",
         subject="Re: Cobro duplicado del trayecto del sábado",
         body="""\
¡Perfecto, ya me ha llegado! Muchas gracias por la rapidez.

Aprovecho para preguntaros una cosa: ¿se puede reservar un coche con una
semana de antelación para ir a Toledo, o solo se reserva en el momento?

Saludos,
Irene

El vie, 4 dic 2026 a las 12:31, Atención al cliente MoveCar (<ayuda@movecar.example>) escribió:
> Hola, Irene:
>
> Hemos comprobado que el trayecto del 28/11 se cobró dos veces por un error
> del sistema. Ya hemos emitido el reembolso de 23,40 €; lo verás en tu
> cuenta en 3-5 días hábiles.
>
> Un saludo,
> Equipo MoveCar
>
> El sáb, 28 nov 2026 a las 21:05, Irene Sáez (<irene.saez@correo-tol.example>) escribió:
>> Hola, me habéis cobrado dos veces el trayecto de hoy (2 x 23,40 €).
>> ¿Me podéis devolver uno?"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mercedes Calvo <sistemas@aytotorrejondelrio.example>",
         to="soporte@gestionlocal-cloud.example",
         subject="Ningún empleado puede entrar en Padrón Web – 9 oficinas de atención",
         body="""\
Buenos días:

Desde las 8:00 ningún empleado del Ayuntamiento puede entrar en Padrón Web.
Al identificarse con el usuario corporativo, la página de acceso único
devuelve «Error de autenticación SAML» y vuelve al inicio. Afecta a las 9
oficinas de atención ciudadana (unos 70 puestos). El resto de aplicaciones
municipales, que no pasan por el acceso único, funcionan con normalidad.

Tenemos colas de vecinos esperando empadronamientos y certificados, y 140
citas previas para hoy. Os pedimos máxima prioridad.

Mercedes Calvo
Jefa de Servicio de Sistemas – Ayuntamiento de Torrejón del Río
Tel. 918 770 245"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Gloria Sanz <trabajosocial@residencia-virgendelcamino.example>",
         to="soporte@familiaconecta.example",
         subject="Varias cosas de la app de familias",
         body="""\
Hola, Sonia:

Te paso varias cosas que nos han comentado las familias este mes:

- Las videollamadas desde móviles Android se cortan a los pocos segundos;
  desde iPhone van bien. De momento las familias con Android llaman al iPad
  de la planta y las auxiliares conectan al residente, así que nos apañamos.
- Algunos hijos piden poder descargar las fotos de las actividades.
- El menú semanal sale con la letra muy pequeña en las tablets.

Cuando podáis le echáis un vistazo.

Un abrazo,
Gloria Sanz
Trabajadora social – Residencia Virgen del Camino, León"""),
]
