# blind46 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Rosângela Pereira <rosangela.pereira@bol-like.example>",
         to="sac@duchabrasil.example",
         subject="Chuveiro dando choque - meu filho se machucou",
         body="""\
Boa tarde,

Comprei o chuveiro Ducha Max 7500W de vocês há uns 2 meses, instalado por eletricista. Ontem à noite meu filho de 12 anos foi tomar banho e levou um choque forte quando encostou no registro, gritou e caiu dentro do box. Graças a Deus só bateu o braço e ficou com a mão formigando, levei ele no pronto-socorro por precaução e o médico disse que está bem.

Meu marido foi olhar e o chuveiro está com uma marca escura perto da resistência e cheiro de queimado. Desligamos o disjuntor e ninguém mais usou.

Quero saber o que vocês vão fazer, isso podia ter sido muito pior. Tenho nota fiscal e fotos.

Rosângela Pereira
(11) 90000-4521"""),

    dict(n=2, signals="safety", priority="critical", trap="past-tense", qt=0, reply=0,
         frm="Tiago Fernandes <tiago.fernandes@sapo-like.example>",
         to="apoio@bicilis.example",
         subject="Travões da bicicleta não funcionaram - caí na descida",
         body="""\
Bom dia,

Ontem ao fim da tarde aluguei a bicicleta elétrica n.º 4127 na estação do Cais do Sodré. Na descida da Calçada do Combro apertei os dois travões e a bicicleta praticamente não abrandou. Para não ir contra um carro atirei-me para o passeio e caí. Fiz um corte no joelho e fiquei com o pulso muito inchado, passei a noite nas urgências (entorse, felizmente não partiu nada).

Deixei a bicicleta encostada a uma árvore ao lado da estação do Chiado e liguei para a vossa linha, mas ninguém atendeu. Peço que retirem essa bicicleta de circulação JÁ, antes que aconteça o mesmo a outra pessoa, e que me contactem por causa das despesas.

Tiago Fernandes
912 000 384"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Enfermagem Residencial Vila Serena <enfermagem@vilaserena.example>",
         to="atendimento@farmaentrega.example",
         subject="Medicamento errado entregue - residente passou mal",
         body="""\
Prezados,

Sou a enfermeira responsável da Residencial Vila Serena (casa de repouso). No sábado recebemos pelo aplicativo o pedido nº 88213-B com os remédios de uso contínuo dos nossos residentes. A caixa de anlodipino veio com a etiqueta certa (5 mg), mas dentro os blísteres eram de 10 mg. A técnica de plantão não percebeu e a D. Zilda, 84 anos, tomou a dose no domingo de manhã.

À tarde ela teve pressão muito baixa, tontura e caiu no quarto. Foi levada para o hospital, está em observação e bem, mas podia ter sido grave.

Separamos a caixa e os blísteres restantes. Precisamos que vocês:
- verifiquem todo o lote que nos foi entregue no sábado;
- nos digam se outros clientes receberam a mesma embalagem;
- retornem com urgência no telefone (31) 3000-2280.

Atenciosamente,
Enf. Cláudia Rezende"""),

    dict(n=4, signals="safety,account", priority="critical", trap="typo", qt=0, reply=0,
         frm="Lucas Andrade <lucas.andrade92@gmail-like.example>",
         to="ajuda@bancoagil.example",
         subject="celular roubado, preciso bloquear o app",
         body="""\
oi, roubaram meu celular ontem a noite no onibus (assalto, levaram da minha mão). o app do banco tava logado e o celular desbloqueia com padrão, acho que o cara viu. to escrevendo do pc da minha irmã. Preciso que vcs bloqueiem o acesso do app naquele aparelho URGENTE e me digam como entrar de novo num celular novo, pq o login pede o código que vai pro numero do chip que tava no celular roubado.
CPF 000.123.456-78
Lucas"""),

    dict(n=5, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Secretaria - Colégio Monte Alegre <secretaria@colegiomontealegre.example>",
         to="suporte@escolanet.example",
         subject="Estamos vendo dados de alunos de OUTRA escola no sistema",
         body="""\
Bom dia,

Hoje cedo, ao abrir o módulo de matrículas do EscolaNet, a lista mostrou cerca de 300 alunos que não são nossos: nomes, CPF dos responsáveis, endereço, telefone e até observações de saúde (alergias, laudos). Pelo cabeçalho parece ser do "Instituto Girassol", de outra cidade.

Imagino que do lado deles estejam vendo os nossos alunos também. Não mexemos em nada, tiramos print e fechamos o sistema. Isso é um vazamento de dados sério (LGPD), precisamos saber o que aconteceu e quem teve acesso.

Aguardo contato urgente.
Fernanda Lopes
Secretária escolar"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Padaria Pão Nosso <financeiro@padariapaonosso.example>",
         to="suporte@payrapido.example",
         subject="Todas as maquininhas recusando cartão desde 7h",
         body="""\
Bom dia,

Desde as 7h nenhuma das nossas 4 maquininhas PayRápido passa cartão: aparece "Erro de comunicação - tente novamente" no débito, no crédito e até no Pix pela máquina. Já reiniciamos, trocamos o chip e testamos no Wi-Fi, nada. Segunda de manhã é nosso horário de pico e estamos perdendo venda, tem cliente deixando o pão no balcão porque não tem dinheiro vivo.

Estabelecimento: 0041-77823
Por favor retornem urgente: (21) 99000-3310 (Marcos, gerente)"""),

    dict(n=7, signals="outage,account", priority="critical", trap="forward", qt=0, reply=0,
         frm="Direção Hotel Mar Azul <direcao@hotelmarazul-algarve.example>",
         to="suporte@hospedapro.example",
         subject="Fwd: Ninguém consegue entrar no HospedaPro",
         body="""\
Bom dia,

Reencaminho a mensagem do nosso rececionista da noite. Confirmo que às 9h30 continua igual: nenhum utilizador da receção, nem eu com a conta de administradora, consegue iniciar sessão. Temos 46 check-outs hoje e um grupo de 30 pessoas a chegar às 14h. Estamos a fazer tudo em papel e não conseguimos ver as reservas.

Por favor liguem-me com urgência: 289 000 515.
Ana Martins, Diretora

---------- Mensagem encaminhada ---------
De: Rui Sousa <rececao@hotelmarazul-algarve.example>
Data: segunda, 10/03/2025 às 06:05
Assunto: Ninguém consegue entrar no HospedaPro
Para: Direção <direcao@hotelmarazul-algarve.example>

Bom dia D. Ana, desde as 4h que o HospedaPro diz "Utilizador ou palavra-passe inválidos" para todos nós. Tentei recuperar a palavra-passe e o email nunca chega. Ontem à noite ainda funcionava, apareceu um aviso de atualização à meia-noite. Deixei tudo apontado à mão.
Rui"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Márcio Tavares <marcio.tavares@uol-like.example>",
         to="ajuda@cinemaplay.example",
         subject="app não abre desde sábado",
         body="""\
Boa tarde
Desde sábado o CinemaPlay não abre de jeito nenhum aqui em casa. Na TV (Samsung 2021) fica na tela preta com o logo girando e volta pro menu, e no celular e no notebook dá "Erro 1020 - serviço indisponível". Já desinstalei, reinstalei, desliguei da tomada, troquei de rede. Plano família, tudo em dia. O que mais posso fazer? Fim de semana inteiro sem conseguir assistir nada.
Márcio"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Joana Ribeiro <joana.ribeiro@netcabo-like.example>",
         to="apoio@fitclube.example",
         subject="App em baixo - não consigo entrar no ginásio",
         body="""\
Olá,

Desde ontem à tarde a app FitClube fica só a carregar e depois diz "Serviço temporariamente indisponível". Como a entrada no ginásio é feita com o código QR da app, ontem fiquei à porta e tive de voltar para casa, e hoje às 7h aconteceu o mesmo. Na receção disseram que sem o código não me podem deixar entrar.

Já reinstalei a app e experimentei com dados móveis e com wi-fi. Pago 39,90 EUR por mês para não conseguir treinar...

Joana Ribeiro, sócia n.º 20871"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Cooperativa Agropecuária Vale Verde <ti@coopvaleverde.example>",
         to="suporte@campolink.example",
         subject="Exportação de relatórios com erro desde sexta",
         body="""\
Olá, pessoal

Desde sexta-feira à tarde o botão "Exportar para Excel" do relatório de coleta de leite dá erro 500. O resto do sistema está normal: os caminhões estão registrando as coletas no app e conseguimos consultar tudo na tela. Por enquanto a Juliana está montando a planilha dos produtores na mão a partir da tela, então dá pra fechar a semana, mas leva a manhã inteira.

Conseguem dar uma olhada? Usuário: ti.valeverde
Abraço,
Renato - TI da cooperativa"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Ateliê Fio de Ouro <contato@ateliefiodeouro.example>",
         to="vendedores@compramais.example",
         subject="Repasse das vendas não caiu - preciso pagar fornecedor hoje",
         body="""\
Olá,

O repasse das vendas de fevereiro (R$ 7.860,40), que no painel aparece como "liberado" desde quinta-feira dia 6, até agora não caiu na minha conta. Já conferi os dados bancários no cadastro e estão certos (mesma conta de sempre).

Sou MEI e vivo disso, tenho boleto do fornecedor de tecido vencendo hoje e o aluguel do ateliê na quarta. Preciso que vocês verifiquem com urgência e me mandem o comprovante da transferência ou façam o pagamento de novo.

Loja: Ateliê Fio de Ouro - ID vendedor 55214
Cristina Almeida"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Sérgio Nogueira <sergio.nogueira@terra-like.example>",
         to="atendimento@energiasul.example",
         subject="Conta paga aparecendo em aberto",
         body="""\
Bom dia,

Paguei a conta de janeiro (R$ 287,35, vencimento 15/02) pelo app do banco no dia 14/02 e tenho o comprovante. Mesmo assim no site de vocês ela continua "em aberto" e no sábado chegou uma carta de cobrança com juros e aviso de possível suspensão do fornecimento.

Segue o comprovante em anexo. Peço que deem baixa no pagamento e cancelem a cobrança.

Instalação nº 3004 5521 8
Sérgio Nogueira"""),

    dict(n=13, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Miguel Costa <miguel.costa@mail-pt.example>",
         to="apoio@viagenslusas.example",
         subject="Re: Pedido #RT-44190",
         body="""\
Boa tarde,

Obrigado pela explicação. Mas continuo sem perceber uma coisa: a reserva do hotel no Porto foi cancelada do vosso lado e, passados 12 dias úteis, os 214,00 EUR ainda não voltaram ao meu cartão. No extrato só vejo o débito, nenhum estorno. Podem confirmar a data em que fizeram o reembolso e enviar-me a referência?

Cumprimentos,
Miguel Costa

Apoio Viagens Lusas <apoio@viagenslusas.example> escreveu (sexta, 28/02/2025 à(s) 17:22):
> Caro Sr. Miguel Costa,
>
> Lamentamos o incómodo. Na noite de 14 de fevereiro a nossa plataforma esteve em baixo durante cerca de três horas devido a uma falha no servidor, e algumas reservas feitas nesse período não foram confirmadas junto dos hotéis, tendo sido canceladas automaticamente.
> O valor será reembolsado para o meio de pagamento original.
>
> Com os melhores cumprimentos,
> Equipa de Apoio"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Paula Souza <paulinha.souza@hotmail-like.example>",
         to="contato@revistadigital.example",
         subject="dúvida forma de pagamento",
         body="""\
Oi! Minha assinatura anual renova em abril e eu queria trocar o pagamento do cartão de crédito pra Pix ou boleto. Onde faço isso? Procurei em "Minha conta" e só achei a opção de trocar o cartão. Obrigada!!
Paula"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Everton Silva <everton.entregas@gmail-like.example>",
         to="parceiros@levaja.example",
         subject="Conta de entregador bloqueada sem explicação",
         body="""\
Boa tarde,

Desde sábado quando eu tento entrar no app LevaJá Parceiro aparece "Sua conta está temporariamente bloqueada. Entre em contato com o suporte". Não recebi nenhum aviso antes, não tive reclamação, minha nota é 4,9. Tentei pelo chat do app mas como não consigo entrar nem o chat abre.

Faço entrega todo dia, é minha única renda e já são 3 dias sem poder trabalhar. Por favor desbloqueiem ou me digam o que aconteceu.

Everton Silva
tel (81) 98000-1177"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Helena Marques <helena.marques@clix-like.example>",
         to="suporte@nuvemfotos.example",
         subject="Não recebo o código de verificação por SMS",
         body="""\
Boa tarde,

Mudei de operadora na semana passada (mantive o mesmo número) e desde então os códigos de verificação por SMS da NuvemFotos não me chegam. No tablet continuo com a sessão iniciada e consigo ver as fotografias, mas no telemóvel novo não consigo entrar porque o código nunca aparece. Já pedi para reenviar umas dez vezes.

Há outra forma de confirmar a minha identidade, por e-mail por exemplo?

Obrigada,
Helena Marques"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Clínica Sorriso Pleno <adm@sorrisopleno.example>",
         to="suporte@agendadent.example",
         subject="Trocar o administrador da conta da clínica",
         body="""\
Boa tarde,

A conta da clínica no AgendaDent está cadastrada no e-mail da Dra. Beatriz Campos, que saiu da sociedade no fim de fevereiro. Ela não trabalha mais aqui e não temos a senha dela. As recepcionistas continuam usando os próprios logins normalmente, mas ninguém consegue mexer em usuários ou configurações porque só ela era administradora.

Precisamos passar a administração da conta para o Dr. Henrique Lima (henrique.lima@sorrisopleno.example). Quais documentos vocês precisam? Temos a alteração do contrato social.

Obrigada,
Débora - Administrativo
Clínica Sorriso Pleno"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nuno Almeida <nuno.almeida@mail-pt.example>",
         to="ajuda@musicaja.example",
         subject="verificação em dois passos",
         body="""\
Boa tarde. Li que convém ativar a verificação em dois passos na conta. Onde é que isso se faz na vossa app? Procurei nas Definições e não encontrei. Obrigado, Nuno"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Doces da Vó Nena <contato@docesdavonena.example>",
         to="parceiros@pedefacil.example",
         subject="Só pra agradecer!",
         body="""\
Oi gente, tudo bem?

Passando só pra dizer que a campanha de Dia das Mulheres foi MATADORA. O bolo de pote bombou tanto que no sábado à noite eu tava morta de cansaço, com o braço doendo de tanto bater massa, mas feliz demais. Vocês arrasaram com aquele destaque na página inicial, salvou o meu mês!

Minha filha quase teve um treco quando viu 87 pedidos num dia só, e o motoboy ficou brincando que a moto ia pegar fogo de tanto ir e voltar, kkkk.

Se tiver outra dessas na Páscoa, podem me colocar que eu topo.

Beijos,
Nena"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Bilheteria Teatro Municipal <bilheteria@teatroitaborai.example>",
         to="suporte@ingressofacil.example",
         subject="Dúvida sobre cadastro das sessões de Incêndios",
         body="""\
Olá,

Vamos receber em abril o espetáculo "Incêndios" (6 sessões) e, na sequência, o stand-up "Morri de Vergonha" e o infantil "O Dragão que Cuspia Fogo".

Duas dúvidas:
1. Para "Incêndios" a produção pediu classificação 16 anos e um aviso na página: "contém cenas de violência, tiros e uso de fumaça cênica". Onde coloco esse aviso para ele aparecer antes da compra?
2. No infantil, criança de colo até 2 anos não paga. Dá pra criar um ingresso "colo" com valor zero, ou tem que ser cortesia?

Obrigada,
Priscila - Bilheteria"""),

    dict(n=21, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="José Carlos Menezes <jcmenezes@bol-like.example>",
         to="seguranca@bancoagil.example",
         subject="mensagem falsa em nome do banco",
         body="""\
Boa noite,

Recebi hoje um SMS dizendo "BancoAgil: detectamos acesso suspeito, sua conta sera bloqueada. Regularize em bancoagil-seguro.example" e logo depois uma ligação de um tal "setor de segurança" pedindo o código do meu token e a senha do cartão pra "cancelar uma compra de R$ 2.300 feita com cartão clonado".

Não passei nada, desliguei e conferi no app: não tem compra nenhuma, está tudo normal. Só estou avisando pra vocês derrubarem esse site e alertarem os outros clientes, porque minha mãe de 78 anos cairia fácil nessa.

José Carlos"""),

    dict(n=22, signals="-", priority="low", trap="wordplay", qt=0, reply=0,
         frm="Sítio Boa Esperança <sitioboaesperanca@gmail-like.example>",
         to="contato@manejorural.example",
         subject="app funciona offline?",
         body="""\
Bom dia

Estou pensando em assinar o ManejoRural pro controle do gado, mas aqui no sítio o sinal cai toda hora e no curral fica totalmente offline, sem rede nenhuma. Vocês tem modo offline? Eu anoto as pesagens no curral e depois quando volto pra casa o app sincroniza?

Outra coisa, semana passada caiu uma árvore em cima da cerca e o rebanho ficou fora do pasto, deu um trabalhão. Dá pra registrar esse tipo de ocorrência no histórico do lote?

Obrigado
Valdir"""),

    dict(n=23, signals="-", priority="low", trap="wordplay", qt=0, reply=0,
         frm="Atendimento Prefeitura de Santa Rita <atendimento@santarita.example>",
         to="suporte@filavirtual.example",
         subject="Painel de senhas - prioridade e guichê do caixa",
         body="""\
Bom dia!

Estamos usando o FilaVirtual no atendimento ao público da prefeitura e estamos gostando muito. Duas dúvidas de configuração:

1) Como faço para o painel chamar as senhas preferenciais (idosos, gestantes) intercaladas com as normais, tipo 1 preferencial a cada 2 normais? Hoje ele chama só por ordem de chegada.
2) Temos um guichê novo, o "Caixa 3 - pagamento de IPTU e taxas". Onde cadastro ele para aparecer no painel e no totem que imprime a senha?

Obrigada,
Simone"""),

    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Ricardo Batista <ricardo.batista@gmail-like.example>",
         to="sac@lojamegacasa.example",
         subject="Re: Chamado 2025-031877",
         body="""\
Boa tarde,

Tudo certo agora, conferi hoje de manhã. Obrigado pela atenção e pela rapidez, podem encerrar o chamado.

Abs,
Ricardo

Em sex., 7 de mar. de 2025 às 11:40, SAC Loja MegaCasa <sac@lojamegacasa.example> escreveu:
> Olá Ricardo,
>
> Verificamos que o pedido 7731204 foi cobrado em duplicidade no seu cartão (2x R$ 1.249,00). Já solicitamos o estorno da segunda cobrança à operadora; o crédito deve aparecer na sua fatura em até 2 ciclos.
>
> Atenciosamente,
> SAC MegaCasa
>
> Em qui., 6 de mar. de 2025 às 09:15, Ricardo Batista <ricardo.batista@gmail-like.example> escreveu:
> > Fui cobrado duas vezes pela geladeira!! Quero meu dinheiro de volta."""),
]
