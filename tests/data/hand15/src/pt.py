# blind16 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rui Magalhães <rui.magalhaes@correio.example>",
         to="apoio@pecasauto24.example",
         subject="Pernos de roda ref. PR-1215 (encomenda 55102)",
         body="""\
Boa tarde,

Comprei na vossa loja um jogo de 20 pernos de roda para o meu Seat Ibiza, que o mecânico do
bairro montou no sábado com o binário indicado na embalagem. Ontem, na A1, a uns 110 km/h,
comecei a ouvir um "tec-tec" metálico a vir de trás e o carro começou a puxar para a direita.
Consegui encostar na berma: a roda traseira direita abanava à mão, dois pernos já lá não
estavam e os outros três estavam quase cá fora. A rosca dos que ficaram está toda moída.

Levava os meus dois filhos no banco de trás.

Quero saber se o lote tem algum defeito, porque os carros da minha mulher e do meu sogro
também levaram pernos desta mesma caixa.

Rui Magalhães
+351 900 000 417"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Duarte Pestana <duarte.pestana@mail.example>",
         to="clientes@gasdomar.example",
         subject="Garrafa de propano nova - cheiro estranho",
         body="""\
Olá,

É normal que a garrafa de propano de 11 kg que me entregaram ontem cheire a gás mesmo com a
torneira fechada? Quando encosto o ouvido à válvula ouve-se um assobio fininho, e quando passo
água com sabão na rosca formam-se umas bolhinhas. Está na varanda, ao lado da porta da cozinha,
e o cheiro entra em casa. A minha mulher está grávida e esta noite acordou enjoada e com dores
de cabeça.

Não mexi em mais nada. Podem vir buscá-la hoje?

Duarte Pestana
Rua das Gaivotas, 14, Peniche"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Inês Carvalhal <ines.carvalhal@correio.example>",
         to="suporte@passolargo.example",
         subject="Alguém entrou na minha conta e vê os meus treinos",
         body="""\
Bom dia,

Hoje de manhã recebi um e-mail da vossa aplicação a dizer que o endereço de e-mail da minha
conta tinha sido alterado para um que não conheço (k.vrn88@mailbox.example). Não fui eu. Já
não consigo entrar: a palavra-passe também foi mudada.

O que me assusta é que a conta tem todas as minhas corridas com GPS. Saio sozinha de casa às
6h da manhã, sempre pelo mesmo percurso, e o ponto de partida é a porta do meu prédio. Quem lá
está dentro sabe onde moro e a que horas ando sozinha na rua. O cartão da subscrição também
está guardado na conta.

Por favor bloqueiem a conta já e devolvam-me o acesso.

Inês Carvalhal"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="fraud", qt=0, reply=0,
         frm="Fábio Teixeira <fabio.teixeira@mail.example>",
         to="apoio@motoequipa.example",
         subject="Compras que não fiz - fraude com o cartão guardado na loja",
         body="""\
Boa noite,

Recebi três notificações do banco de pagamentos à vossa loja que não fiz: 349,90 €, 289,00 € e
412,50 €, todos hoje entre as 3h e as 4h da manhã. Entrei na minha conta e vi que são
encomendas de capacetes e blusões com entrega numa morada em Setúbal que não é a minha.

Já mudei a palavra-passe e liguei ao banco para cancelar o cartão. Peço que cancelem as três
encomendas antes de serem enviadas e que me expliquem como é que isto aconteceu.

Fábio Teixeira
+351 910 000 233"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandra Ribeiro <sandra@tintasribeiro.example>",
         to="suporte@colormix.example",
         subject="Seis lojas sem conseguir afinar tintas",
         body="""\
Bom dia,

Desde as 9h nenhuma das nossas 6 lojas consegue abrir as fórmulas de cor no programa de
afinação: a máquina fica parada em "A aguardar ligação ao servidor de fórmulas" e não doseia
nada. Temos clientes ao balcão e um empreiteiro à espera de 200 litros para uma obra; estamos
a apontar as encomendas num caderno e a pedir às pessoas que voltem à tarde.

Hoje é sábado, o dia em que mais vendemos. Já reiniciámos as máquinas e o router em Braga e em
Guimarães, sem diferença.

Sandra Ribeiro
Tintas Ribeiro, Lda.
253 000 118"""),

    dict(n=6, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Miguel Antunes <miguel.antunes@correio.example>",
         to="apoio@termocasa.example",
         subject="Plataforma dos termóstatos em baixo?",
         body="""\
Boa noite.

Sou inquilino num apartamento gerido pela Casa Norte e o termóstato só se controla pela vossa
plataforma. Desde ontem à tarde o site está em baixo (dá erro 502) e a aplicação não carrega.
O aquecimento ficou desligado e não o consigo ligar. O senhorio diz que não pode fazer nada.

Quanto tempo vai demorar?

Miguel Antunes"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Patrícia Lobo <patricia.lobo@torreatlantico.example>",
         to="piquete@elevis.example",
         subject="Elevadores da Torre Atlântico não aceitam cartões",
         body="""\
Desde as 8h15 os leitores de cartão dos quatro elevadores da Torre Atlântico não aceitam
nenhum cartão, nem os de administrador. Os elevadores só param no piso 0.

Temos 9 pisos de escritórios e uma clínica de fisioterapia no 8.º andar com doentes de cadeira
de rodas e de canadianas que não conseguem subir; a clínica já desmarcou as consultas da manhã.
As restantes 300 pessoas estão a subir pelas escadas. O número do piquete não atende.

Patrícia Lobo
Gestão do Edifício - Torre Atlântico
218 000 640"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Tiago Moura <tiago.moura@mail.example>",
         to="suporte@corrida-relogios.example",
         subject="Sincronização muito lenta desde a atualização",
         body="""\
Olá!

É normal que, desde a atualização 4.2, os treinos do relógio Corre 250 só apareçam na
aplicação 6 ou 8 horas depois? Antes era imediato. O relógio grava tudo bem e, se o ligar ao
computador por cabo, os treinos passam logo, por isso não perdi nada, mas o plano de treino da
aplicação fica desatualizado e as sugestões do dia seguinte vêm erradas.

Obrigado,
Tiago"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Joana Valente <joanavalente@correio.example>",
         to="ajuda@patapasseio.example",
         subject="Não consigo iniciar os passeios na app",
         body="""\
Olá,

Sou passeadora na vossa plataforma. Desde as 7h, quando carrego em "Iniciar passeio", a
aplicação fica a rodar e volta ao ecrã inicial. Sem isso os donos não recebem a localização nem
a confirmação de recolha, e hoje tenho 6 cães para passear.

Um dos donos, que é inglês, já me escreveu: "Is everything ok? I got no notification that Max
was picked up." Tive de lhe mandar fotos pelo WhatsApp. Já reinstalei a aplicação e reiniciei o
telemóvel.

Joana Valente"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Cristina Sardinha <cristina.sardinha@mail.example>",
         to="encomendas@pinheirodenatal.example",
         subject="Pagamento cobrado duas vezes - encomenda 7781",
         body="""\
Boa tarde,

Encomendei um pinheiro de 1,80 m com entrega ao domicílio (encomenda n.º 7781, 64,90 €). O
cartão foi debitado duas vezes com o mesmo valor no dia 2 de dezembro. A árvore chegou bem e
está linda, só preciso que devolvam o valor cobrado a mais.

Cumprimentos,
Cristina Sardinha"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Vera Guimarães <vera.guimaraes@correio.example>",
         to="cuidadores@petamigo.example",
         subject="Transferência falhada - preciso do dinheiro para a renda",
         body="""\
Olá,

Na minha área de cuidadora aparece que a transferência de 540 € das estadias de dezembro
"falhou" no dia 2 e que "será reprocessada". Hoje é dia 6 e continua igual. O IBAN está certo,
é o mesmo de sempre e já recebi outras vezes.

Tenho de pagar a renda até dia 8 e conto com esse dinheiro. Por favor, vejam o que se passa e
façam a transferência ainda esta semana.

Vera Guimarães"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Armando Quintela <aquintela@mail.example>",
         to="apoio@ferramentaspro.example",
         subject="Rebarbadora e outras questões",
         body="""\
Bom dia,

Sou cliente da vossa loja há muitos anos, desde o tempo em que ainda tinham a loja física em
Elvas, e sempre fui bem atendido. Comprei convosco o berbequim, a serra de bancada e metade das
brocas que tenho na oficina. O meu filho, que vive em Badajoz, também encomenda daí e diz
sempre: "estos portugueses envían más rápido que Amazon".

Em outubro comprei uma rebarbadora de 125 mm que veio com o disco de proteção rachado.
Devolvi-a pelos CTT no dia 24 de outubro, como me indicaram por telefone, e tenho o talão com
o número de registo RR000123456PT. No vosso site a devolução aparece como "recebida" desde 29
de outubro.

Acontece que os 89,90 € ainda não voltaram para o meu cartão, e já lá vão quase seis semanas.
Podem ver o que se passa com o reembolso?

Aproveito para perguntar se já têm as lâminas de 254 mm para a serra de bancada, que estavam
esgotadas.

Com os melhores cumprimentos,
Armando Quintela"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Sofia Brandão <sofia.brandao@correio.example>",
         to="clientes@gasdomar.example",
         subject="Taxa de 1,20 €",
         body="""\
Olá, na última entrega da garrafa de gás para o grelhador aparece uma "taxa de serviço" de
1,20 €. Não é nada de especial, só fiquei curiosa: é nova? Antes não vinha.

Obrigada,
Sofia"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Nuno Calado <nuno.calado@mail.example>",
         to="apoio@bicicletasdoporto.example",
         subject="Conta bloqueada",
         body="""\
Boa tarde. Enganei-me na palavra-passe algumas vezes e agora a minha conta na vossa loja diz
"Conta bloqueada temporariamente". Já passaram dois dias e continua bloqueada, e o e-mail de
recuperação não chega. Preciso de entrar para ver a garantia do ciclocomputador.

Nuno Calado
Cliente n.º 30477"""),

    dict(n=15, signals="account", priority="medium", trap="sms", qt=0, reply=0,
         frm="Graça Fontes <graca.fontes@correio.example>",
         to="suporte@meucondominio.example",
         subject="Não recebo o código por SMS",
         body="""\
Bom dia,

Mudei de operador na semana passada (mantive o número, +351 930 000 582) e desde então o
código de verificação do portal do condomínio não me chega por SMS. Carrego em "Reenviar
código" várias vezes e nada. As outras mensagens chegam normalmente.

Preciso de entrar para votar na assembleia de condóminos online, que fecha na sexta-feira.

Graça Fontes
Edifício Jacarandá, 3.º Esq."""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Ricardo Paiva <ricardo.paiva@mail.example>",
         to="apoio@aquarioslusos.example",
         subject="Alterar e-mail da conta - o antigo já não existe",
         body="""\
Olá,

A minha conta na vossa loja está registada com o e-mail da empresa onde trabalhava
(r.paiva@antigaempresa.example), que foi desativado quando saí. Quando tento mudar para este
endereço, o site manda um código de confirmação para o e-mail antigo, que já não consigo
abrir. Fico sem forma de mudar.

Tenho lá os pontos de cliente e o histórico das encomendas do aquário. Como posso resolver?

Ricardo Paiva"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Leonor Sampaio <leonor.sampaio@correio.example>",
         to="reservas@transporte-equino.example",
         subject="Autenticação em dois passos",
         body="""\
Boa tarde, como é que ativo a autenticação em dois passos na minha conta? Vi na vossa
newsletter que já é possível, mas não encontro a opção no perfil.

Obrigada,
Leonor Sampaio"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Henrique Barros <henrique.barros@mail.example>",
         to="apoio@piscinasazul.example",
         subject="Re: Manutenção programada do site",
         body="""\
Obrigado pelo aviso. Já agora: têm a cobertura de inverno em tamanho 8 x 4 m, em azul? No site
só vejo a de 7 x 3,5 m.

Cumprimentos,
Henrique Barros

Em ter., 7 de jan. de 2025 às 18:30, Piscinas Azul <apoio@piscinasazul.example> escreveu:
> Caro cliente,
>
> Informamos que o nosso site e a aplicação vão estar em baixo na quinta-feira, dia 9, entre
> as 2h e as 5h da manhã, para manutenção programada. Durante esse período não será possível
> fazer encomendas nem aceder à área de cliente.
>
> Pedimos desculpa pelo incómodo.
> Equipa Piscinas Azul"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Marta Simões <marta.simoes@correio.example>",
         to="apoio@hotelcaninolusitano.example",
         subject="Re: Conta bloqueada - resolvido",
         body="""\
Muito obrigada à Sónia! Já consigo entrar na conta e ver as fotografias diárias do Bolinhas.
Afinal o bloqueio era só por causa do e-mail antigo. Ele parece estar a adorar as férias aí.

Beijinhos,
Marta"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Zé Carlos Fernandes <zecarlos.fernandes@mail.example>",
         to="loja@ferramentaspro.example",
         subject="Berbequim novo",
         body="""\
Boas!

O meu berbequim velho está a cair de podre e o do meu cunhado, que comprou convosco, é uma
bomba - fura betão como se fosse manteiga. Ando morto para comprar um igual. É o modelo FP-820
com bateria de 4 Ah? E a mala com as brocas vem incluída ou é à parte?

Abraço,
Zé Carlos"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Viveiros Quinta Verde <newsletter@quintaverde.example>",
         to="apoio@quintaverde.example",
         subject="Ataque aos roseirais: como salvar o seu jardim antes da geada",
         body="""\
NEWSLETTER DE JANEIRO - VIVEIROS QUINTA VERDE

Ataque de pulgões? Míldio a destruir os roseirais? Este mês mostramos-lhe como salvar as suas
plantas antes que a geada dê o golpe final.

- Poda de inverno: cortar sem medo, mas no sítio certo.
- Os citrinos em vaso e as noites abaixo de zero: mantas de proteção a 20 % de desconto.
- Catálogo de sementes de primavera já disponível na loja online.

Workshop gratuito no sábado, 18, às 10h: "Enxertia para principiantes".

Para deixar de receber esta newsletter, clique aqui."""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Carla Mendonça <carla.mendonca@correio.example>",
         to="reservas@magicoabracadabra.example",
         subject="RE: Festa de aniversário da Beatriz - 15 de março",
         body="""\
Olá Filipe,

Está combinado então: sábado, 15 de março, às 16h, no salão da junta de freguesia. Serão uns
20 miúdos entre os 5 e os 8 anos. Sem o número do fogo não há problema, a Beatriz só quer
mesmo o coelho e as pombas!

Obrigada,
Carla

-----Mensagem original-----
De: Filipe (Mágico Abracadabra) <reservas@magicoabracadabra.example>
Enviada: segunda-feira, 20 de janeiro de 2025 11:05
Para: Carla Mendonça
Assunto: Festa de aniversário da Beatriz - 15 de março

> Olá Carla,
> Tenho disponibilidade no dia 15. Informo só que, por razões de segurança, o número com fogo
> e tochas não pode ser feito em espaços fechados nem com crianças sentadas a menos de 3
> metros, por isso em salões fazemos a versão com lenços e o coelho.
> Cumprimentos, Filipe"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Bruno Cardoso <bruno.cardoso@estadiaslisboa.example>",
         to="suporte@hostsuite.example",
         subject="40 colaboradores sem acesso ao sistema - check-ins parados",
         body="""\
Boa tarde,

Somos a Estadias Lisboa, com 120 apartamentos com serviço em cinco edifícios. Desde as 13h
nenhum dos nossos 40 colaboradores consegue entrar no HostSuite: o código de verificação por SMS
não chega a ninguém, em telemóveis e operadores diferentes. Os que tinham sessão aberta foram
desligados às 14h.

Sem acesso não conseguimos fazer check-ins, emitir os cartões das portas nem ver as limpezas
pendentes. Temos 38 chegadas marcadas para hoje, as primeiras já estão na receção.

Precisamos de uma solução imediata ou de uma forma de entrar sem o SMS.

Bruno Cardoso
Diretor de Operações - Estadias Lisboa
+351 210 000 990"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Adelaide Carvalho <adelaide.carvalho@mail.example>",
         to="clientes@caldeirasegura.example",
         subject="RE: RE: Não consigo entrar na área de cliente",
         body="""\
Terceiro e-mail sobre o mesmo assunto e continuo sem resposta.

Preciso de entrar na minha área de cliente para descarregar o certificado da revisão anual da
caldeira. A seguradora exige-o até sexta-feira para renovar a apólice da casa, senão fico sem
cobertura. Peço que me liguem hoje: 960 000 174.

Adelaide Carvalho

-----Mensagem original-----
De: Adelaide Carvalho <adelaide.carvalho@mail.example>
Enviada: terça-feira, 14 de janeiro de 2025 09:20
Para: clientes@caldeirasegura.example
Assunto: RE: Não consigo entrar na área de cliente

> Boa tarde, volto a escrever porque ainda não consigo entrar. Pedi a recuperação da
> palavra-passe outra vez e o link diz "expirado" logo que o abro.

-----Mensagem original-----
De: Adelaide Carvalho <adelaide.carvalho@mail.example>
Enviada: quarta-feira, 8 de janeiro de 2025 17:45
Para: clientes@caldeirasegura.example
Assunto: Não consigo entrar na área de cliente

> Boa tarde, tenho o plano de manutenção anual da caldeira (contrato CS-11902) e não consigo
> entrar na área de cliente: diz que o utilizador não existe, embora receba os vossos
> e-mails neste endereço."""),
]
