# blind24 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rute Figueiredo <rute.figueiredo@caixapessoal.example>",
         to="apoio@colchoesdescanso.example",
         subject="Peças de plástico soltas na entrega do colchão",
         body="""\
Boa tarde,

o colchão e a cama de grades foram entregues hoje de manhã. Os vossos montadores
deixaram no chão do quarto um saquinho com umas peças pequenas de plástico branco
(umas tampinhas para os parafusos, acho eu).

O meu filho de 20 meses apanhou uma e pôs na boca. Consegui tirar-lhe metade, mas
a outra metade desapareceu. Desde então está a tossir sem parar, a babar-se muito
e chora quando engole. Estamos a caminho do hospital pediátrico.

Preciso que me digam exatamente de que material são estas peças e o tamanho, para
dizer aos médicos. Encomenda n.º CD-448120.

Rute Figueiredo
Tel. 555 012 384"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joaquim Lousada <jlousada@correio-aldeia.example>",
         to="clientes@gasnorte.example",
         subject="Cheiro estranho desde a troca do contador",
         body="""\
Bom dia,

na quinta-feira o vosso técnico trocou o contador do gás, que fica na cozinha,
por baixo da bancada. Desde sábado sentimos um cheiro a ovos podres quando abrimos
esse armário, e hoje o cheiro já se sente na sala.

Ontem à noite a minha mulher teve tonturas e uma dor de cabeça muito forte, e eu
acordei com náuseas. O gato não sai de ao pé da porta da rua.

Fechámos a torneira geral e abrimos as janelas, mas não sei se chega. Por favor
mandem alguém hoje.

Joaquim Lousada
Rua do Outeiro 7, Vila Seca
Contrato GN-0093381"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Helena Cordeiro <helena.cordeiro@mailcasa.example>",
         to="reparacoes@eletrofix.example",
         subject="Panela de pressão reparada - tampa saltou! Muito perigoso",
         body="""\
Exmos. Senhores,

a panela de pressão elétrica que vos levei para reparação (ordem EF-22817, troca
da válvula e do vedante) foi devolvida na semana passada. Ontem, a meio de um
cozido, a tampa saltou com um estrondo, bateu no teto e o vapor encheu a cozinha.
A minha filha estava a um metro. Por sorte ninguém se magoou, mas isto é
perigosíssimo e podia ter acabado muito mal.

Exijo que recolham a panela e que me expliquem o que foi feito na reparação. Não a
volto a ligar.

Helena Cordeiro"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Tiago Sampaio <tiago.sampaio@caixapessoal.example>",
         to="suporte@bicicidade.example",
         subject="Alguém mudou o email e a password da minha conta",
         body="""\
Olá,

recebi ontem às 23:14 um email vosso a dizer "O seu endereço de email foi
alterado" e logo a seguir outro sobre a password. Não fui eu. Agora não consigo
entrar na conta de nenhuma forma e a recuperação de password vai para o email
novo, que não é meu.

Tenho o cartão de crédito guardado na conta. Bloqueiem a conta por favor, antes
que comecem a usar bicicletas em meu nome.

Tiago Sampaio
Cliente n.º BC-771204
+351 555 019 027"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Central de Transportes Saúde Mondego <central@transmondego.example>",
         to="suporte@rotaclinica.example",
         subject="Motoristas não veem os serviços do dia",
         body="""\
Bom dia,

desde as 6h00 os tablets das nossas 23 ambulâncias de transporte não urgente
mostram a lista de serviços vazia. No portal da central os serviços estão lá,
mas não passam para as viaturas. Estamos a ditar moradas por telefone a cada
motorista, um a um.

Temos 60 doentes de hemodiálise com transporte marcado para as 7h30 e já há
atrasos em três clínicas. Precisamos de resposta imediata.

Sónia Pestana
Coordenadora da central
Tel. 555 010 200"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Papelaria Bairro Alto <geral@papelariabairroalto.example>",
         to="parceiros@cacifoja.example",
         subject="Os cacifos não abrem para ninguém",
         body="""\
Boa tarde,

somos ponto de cacifos vossos (ponto n.º 1187). Desde a hora de almoço as portas
ficam todas fechadas: os clientes leem o código, o ecrã diz "A abrir..." e nada.
Nem os estafetas conseguem depositar. Há 74 encomendas lá dentro, algumas da
farmácia aqui ao lado, e tenho a loja cheia de gente a reclamar comigo.

Hoje fechamos às 20h. O que faço?

Manuel Antunes"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Cláudia Vasconcelos <claudia.vasc@mailcasa.example>",
         to="assistencia@lavafix.example",
         subject="Máquina reparada continua a não centrifugar",
         body="""\
Olá,

o técnico esteve cá na terça (ordem LF-30554) e trocou a escova do motor. A
máquina enche, lava, escoa, mas não centrifuga: a roupa sai encharcada, a pingar,
como se tivesse acabado de ser lavada à mão. Já tentei o programa só de
centrifugação e o tambor nem se mexe.

Somos cinco em casa e estou a estender roupa a escorrer água na banheira há três
dias. Quando podem voltar?

Cláudia"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Rui Damasceno <rdamasceno@quintadamasceno.example>",
         to="suporte@solarmonitor.example",
         subject="É normal a app mostrar 0 kWh em dois inversores?",
         body="""\
Boa tarde,

é normal que a aplicação mostre 0 kWh nos inversores 2 e 3 desde terça-feira? O
inversor 1 aparece bem. Fui ver ao contador da rede e a produção total parece a
mesma de sempre, por isso acho que os painéis estão a produzir, só não aparecem
na monitorização.

Não é grave, mas sem os dados não consigo ver se algum painel tem problema.

Cumprimentos,
Rui Damasceno
Instalação SM-55710"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Filipa Brandão <filipa.brandao@caixapessoal.example>",
         to="apoio@movelnet.example",
         subject="Sem rede desde ontem em Vale de Cambra",
         body="""\
Olá, desde ontem às 18h não tenho rede nenhuma no telemóvel, nem chamadas nem
dados. A minha vizinha, também vossa cliente, está igual. Já reiniciei, tirei o
cartão, nada. Há alguma avaria na zona? Preciso do telefone para trabalhar.

Filipa Brandão
Número 555 013 770"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Serração Teixeira & Filhos <contas@serracaoteixeira.example>",
         to="financeiro@madeirasdolima.example",
         subject="Pagamento em duplicado - guia de remessa GR-9931",
         body="""\
Boa tarde,

a entrega de pinho tratado da guia de remessa GR-9931 (1.246,50 €) foi debitada
duas vezes na nossa conta de cliente, a 3 e a 4 deste mês. Em anexo o extrato.
Agradecemos a devolução do valor em duplicado ou o crédito na próxima fatura.

Cumprimentos,
Olga Teixeira
Contabilidade"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Bruno Magalhães <bruno.magalhaes@mailcasa.example>",
         to="apoio@carropartilhado.example",
         subject="Caução ainda não devolvida - preciso para a renda",
         body="""\
Olá,

devolvi o carro (reserva CP-610032) no dia 28, sem danos, e na app aparece
"viagem concluída". A caução de 300 € continua cativa no meu cartão. A renda
da casa tem de ser paga até dia 8 e sem esses 300 € não chego lá.

Conseguem libertar a caução hoje ou amanhã?

Obrigado,
Bruno"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Inês Carvalhal <icarvalhal@importacoesatlas.example>",
         to="billing@transitarmar.example",
         subject="Fatura TM-2024-0871: contentor faturado como 40' em vez de 20'",
         body="""\
Bom dia,

na fatura TM-2024-0871 o frete marítimo Xangai–Leixões foi faturado como
contentor de 40 pés (2.980 USD), mas o nosso embarque foi num contentor de 20
pés, como está no BL e na vossa própria cotação (1.640 USD).

Could you please issue a credit note for the difference? Our finance team closes
the month on Friday.

Obrigada,
Inês Carvalhal
Importações Atlas, Lda."""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Pedro Noronha <pnoronha@correio-aldeia.example>",
         to="bilheteira@oceanario-sul.example",
         subject="Taxa de 1,20 €?",
         body="""\
Boa tarde, comprei quatro bilhetes online e reparei numa "taxa de conveniência" de
1,20 € no recibo. Só por curiosidade: a que corresponde? Obrigado."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Clínica Veterinária São Bento <geral@vetsaobento.example>",
         to="clientes@farmavet.example",
         subject="Conta bloqueada após tentativas de login",
         body="""\
Bom dia,

uma colega enganou-se várias vezes na password e agora a conta da clínica
(cliente FV-2281) diz "Conta bloqueada". Por agora estamos a fazer as
encomendas por telefone, mas gostaríamos de voltar a ter acesso. Podem
desbloquear?

Dra. Marta Rebelo"""),

    dict(n=15, signals="account", priority="high", trap="question", qt=0, reply=0,
         frm="Nuno Guerreiro <nguerreiro@despachosguerreiro.example>",
         to="suporte@portaladuaneiro.example",
         subject="É normal o código de autenticação ser sempre rejeitado?",
         body="""\
Bom dia,

troquei de telemóvel no fim de semana e passei a aplicação de autenticação para o
novo. É normal que o código de 6 dígitos seja sempre rejeitado? Já sincronizei a
hora do telemóvel e continuo com "Código inválido". Não consigo entrar no portal
de forma nenhuma.

Tenho três declarações aduaneiras que têm de ser submetidas hoje para a mercadoria
sair do porto. Alguém me pode repor a autenticação de dois fatores?

Nuno Guerreiro
Despachante oficial, cédula 0412"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Vasco Pimentel <vasco.pimentel@novoemail.example>",
         to="reservas@golfeserra.example",
         subject="Alterar email da conta de sócio",
         body="""\
Olá,

o email da minha conta de sócio (n.º 0317) era o da empresa onde trabalhava,
v.pimentel@antigaempresa.example, que já foi desativado. Como não recebo o código
de confirmação, não consigo mudá-lo no site. Podem alterá-lo para este
(vasco.pimentel@novoemail.example)? Posso confirmar a identidade na receção.

Obrigado,
Vasco Pimentel"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Teresa Amaral <teresa.amaral@mailcasa.example>",
         to="ajuda@ouvirbem.example",
         subject="Como ativo a verificação em dois passos?",
         body="""\
Boa tarde. Como ativo a verificação em dois passos na minha conta? E dá para
marcar os rastreios auditivos dos meus pais a partir da mesma conta? Obrigada."""),

    dict(n=18, signals="-", priority="low", trap="thanks-idiom", qt=0, reply=1,
         frm="Leonor Bettencourt <lbettencourt@atelierleonor.example>",
         to="encomendas@vidrocorte.example",
         subject="Re: Substituição do tampo de vidro partido",
         body="""\
Bom dia!

Só para agradecer: o tampo novo chegou hoje, cortado ao milímetro e com as
arestas perfeitas. Depois do primeiro ter chegado em cacos estava a ver o meu
prazo de entrega ir pelos ares, mas vocês foram uns verdadeiros bombeiros.
Assunto resolvido, podem fechar o pedido.

Um beijinho à Sara do apoio,
Leonor

Em 14/05, Vidrocorte escreveu:
> Cara cliente, lamentamos o sucedido. Enviaremos um tampo de substituição sem
> custos na próxima semana."""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gonçalo Meireles <gmeireles@caixapessoal.example>",
         to="reservas@mergulhoazul.example",
         subject="Re: Reserva do curso Open Water - pagamento",
         body="""\
Olá, já tratei disso ontem pelo multibanco, devem ter o comprovativo no email.
Entretanto, uma dúvida: posso levar o meu próprio fato de 5 mm ou é obrigatório
usar o vosso?

Abraço,
Gonçalo

Em 2 de junho, Centro de Mergulho Azul escreveu:
> Olá Gonçalo,
> o pagamento do sinal (150 €) foi recusado pelo banco. Para garantir a vaga
> no curso de dia 15, por favor repita o pagamento nas próximas 48 horas."""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Marco Quaresma <marco.quaresma@mailcasa.example>",
         to="comercial@luzverde.example",
         subject="Tarifário bi-horário: compensação em caso de apagão?",
         body="""\
Olá,

estou a pensar mudar para o vosso tarifário bi-horário. Se houver um apagão ou um
corte de energia prolongado na minha zona, há alguma compensação na fatura? E se
o contador inteligente avariar, quem paga a substituição?

Obrigado,
Marco"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sílvia Rocha <silvia.rocha@correio-aldeia.example>",
         to="info@parquemagia.example",
         subject="Queda Livre e Inferno de Fogo - acessibilidade",
         body="""\
Bom dia,

vamos ao parque no dia 22 com um grupo de escuteiros. Um dos miúdos anda de
cadeira de rodas: ele pode andar na Queda Livre ou no Inferno de Fogo com
acompanhante? E o espetáculo "Noite de Explosões" tem lugares reservados?

Obrigada,
Sílvia Rocha"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Pista de Gelo Polar <novidades@pistapolar.example>",
         to="socios@pistapolar.example",
         subject="Novidades: Festa 'Gelo em Chamas' e manutenção da pista",
         body="""\
Olá patinadores!

- Sábado 20: festa "Gelo em Chamas", com DJ, luzes e patinagem até à meia-noite.
- A pista estará fechada de 1 a 3 de julho para manutenção anual da máquina
  de gelo. As aulas desses dias passam para a semana seguinte.
- Novo curso de hóquei para adultos: inscrições abertas.

Até breve na pista!
Para deixar de receber: sair.pistapolar.example"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Loja Tricô da Avó <loja@tricodaavo.example>",
         to="suporte@estafetaapp.example",
         subject="Etiquetas não imprimem a partir da app",
         body="""\
Olá,

desde ontem, quando carrego em "Imprimir etiqueta" na app do telemóvel, aparece
um ecrã branco e não sai nada. Pelo site no computador consigo imprimir bem,
por isso estou a fazer assim, mas dá mais trabalho porque tenho de ir ao
escritório. Podem ver o que se passa com a app?

Obrigada,
Rosa"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Abílio Cunha <abilio.cunha@mailcasa.example>",
         to="reservas@refugiosdaserra.example",
         subject="RE: Reembolso da reserva cancelada RS-2290 - terceiro pedido",
         body="""\
É o terceiro email que envio e continuo sem o reembolso. Já passaram cinco
semanas. O dinheiro (640 €) fazia-me falta para a propina da universidade da
minha filha, que vence na sexta-feira. Peço uma data concreta para a
transferência, senão apresento queixa no livro de reclamações.

Abílio Cunha

-----Mensagem original-----
De: Abílio Cunha
Enviada: 20 de maio
Assunto: RE: Reembolso da reserva cancelada RS-2290

> Bom dia, continuo à espera do reembolso dos 640 € da reserva no refúgio que
> vocês cancelaram por causa da neve. Disseram-me 10 dias úteis.
>
> -----Mensagem original-----
> Assunto: Reembolso da reserva cancelada RS-2290
> Pedia o reembolso total da reserva RS-2290, cancelada por vocês."""),
]
