# Fresh hand-written set, Portuguese (Brazilian and European). Plan as in en.py.

MESSAGES = [
dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Ana Paula Ribeiro <anapaula.ribeiro@correio.example>", to="sac@cozinhafacil.example",
     subject="Panela elétrica soltou faísca e queimou minha mão",
     body="""Boa noite.

Comprei a panela elétrica de arroz Cozinha Fácil 10 xícaras no site de vocês há 2 meses. Hoje, quando fui tirar da tomada, saiu uma faísca enorme, o fio derreteu perto do plugue e eu fiquei com a mão queimada, tive que ir na UPA. Quase pegou fogo no armário.

Quero saber o que vocês vão fazer, isso é muito perigoso. Pedido 7712004.

Ana Paula Ribeiro"""),

dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Helena Marques <helena.marques@caixa.example>", to="apoio@lusogas-instalacoes.example",
     subject="Cheiro a gás depois da instalação do fogão",
     body="""Bom dia.

O vosso técnico instalou ontem o fogão a gás na minha cozinha e desde então há um cheiro intenso a gás. Fechei a válvula da botija e abri as janelas, mas tenho uma bebé de 5 meses em casa e estou com muito medo.

Peço que enviem alguém hoje, com urgência. Contrato 55-40921.

Helena Marques"""),

dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Rafael Souza <rafael.souza@correio.example>", to="sac@laticinios-serra.example",
     subject="Caco de vidro no iogurte - meu filho cortou a boca",
     body="""Olá,

meu filho de 7 anos estava comendo o iogurte de morango de vocês (lote 0311-B, validade 20/12) e mordeu um pedaço de vidro. Cortou a boca e sangrou bastante. Levamos no pronto-socorro e agora está tudo bem, mas poderia ter sido muito pior.

Guardei o pote e o caco. Aguardo retorno urgente.

Rafael Souza"""),

dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
     frm="Camila Torres <camila.torres@correio.example>", to="privacidade@modaviva.example",
     subject="E-mail sobre vazamento de dados - meu cartão foi exposto?",
     body="""Recebi hoje um e-mail de vocês dizendo que houve um vazamento de dados e que "informações de clientes podem ter sido acessadas por terceiros". Tenho cartão de crédito salvo na minha conta.

Meus dados de cartão foram expostos? Preciso cancelar o cartão? O e-mail não explica nada.

Camila Torres"""),

dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Clínica Vida Plena <recepcao@vidaplena.example>", to="suporte@agendamed.example",
     subject="URGENTE: sistema de agendamento caiu - clínica parada",
     body="""Bom dia,

desde as 7h o sistema de agendamento está fora do ar em todas as unidades da clínica (mensagem "Serviço indisponível"). Não conseguimos marcar nem ver as consultas do dia, os pacientes estão na recepção esperando e ninguém sabe quem tem horário.

Por favor, retornem com urgência.

Juliana Costa
Coordenação - Clínica Vida Plena"""),

dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
     frm="Gustavo Lima <gustavo@casadocafe.example>", to="suporte@lojapronta.example",
     subject="Loja fora do ar na Black Friday!!!",
     body="""Nossa loja online está fora do ar desde as 3h da manhã, só aparece "Erro 500". É Black Friday, estamos perdendo vendas a cada minuto e os anúncios pagos continuam rodando.

Loja ID 44821. Liguem pra gente!

Gustavo Lima
Casa do Café"""),

dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Rui Carvalho <rui.carvalho@caixa.example>", to="apoio@movelnet.example",
     subject="Sem rede no telemóvel desde ontem",
     body="""Boa tarde,

estou sem rede no telemóvel desde ontem à tarde: nem chamadas nem dados móveis. Já reiniciei e experimentei o cartão noutro telemóvel, nada. Preciso do telefone para trabalhar.

Cumprimentos,
Rui Carvalho"""),

dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
     frm="Bruna Alves <bruna.alves@correio.example>", to="suporte@fibramais.example",
     subject="internet caindo toda hora",
     body="""Oi, minha internet cai várias vezes por dia, fica uns 2 ou 3 minutos sem conexão e depois volta. Principalmente de noite. Dá pra usar, mas reunião por vídeo não rola.

Bruna"""),

dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
     frm="Lucas Ferreira <lucas.ferreira@correio.example>", to="ajuda@bancoaurora.example",
     subject="App travando na abertura",
     body="""O aplicativo do banco trava na tela de abertura desde ontem, fica carregando e fecha sozinho. Já reinstalei e reiniciei o celular. Não consigo ver saldo nem fazer Pix, nada.

Lucas Ferreira"""),

dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
     frm="Padaria Pão Dourado <financeiro@paodourado.example>", to="empresas@bancoaurora.example",
     subject="Pix dos salários não caiu",
     body="""Bom dia,

fiz ontem às 16h os Pix dos salários dos meus 6 funcionários e eles aparecem como "em processamento" até agora. O dinheiro saiu da conta da empresa mas ninguém recebeu. O pessoal precisa do salário hoje.

Por favor, verifiquem com urgência.

Sérgio Martins
Padaria Pão Dourado"""),

dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Patrícia Gomes <patricia.gomes@correio.example>", to="faturas@streamtop.example",
     subject="Cobrança em duplicidade",
     body="""Olá, veio cobrança em duplicidade na fatura do meu cartão: a mensalidade de novembro aparece duas vezes, R$ 89,90 cada. Quero o estorno de uma delas.

Obrigada,
Patrícia"""),

dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Tiago Pinto <tiago.pinto@caixa.example>", to="apoio@lojadobebe.example",
     subject="Reembolso da encomenda 30018",
     body="""Boa tarde,

cancelei a encomenda n.º 30018 no dia 5 e ainda não recebi o reembolso dos 64,90 €. Já passaram mais de três semanas. Podem verificar o que se passa?

Obrigado,
Tiago Pinto"""),

dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
     frm="Fernanda Rocha <fernanda.rocha@correio.example>", to="cancelamento@academiaflex.example",
     subject="Cobrança depois do cancelamento",
     body="""Cancelei meu plano em outubro (protocolo 2026110488) e mesmo assim vocês cobraram a mensalidade de novembro no meu cartão. Quero o dinheiro de volta.

Fernanda Rocha"""),

dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Eduardo Nunes <eduardo.nunes@correio.example>", to="ajuda@compraja.example",
     subject="Não consigo alterar e-mail do cadastro",
     body="""Boa tarde,

não consigo alterar o e-mail do meu cadastro: quando clico em salvar aparece "erro inesperado". O e-mail antigo eu não uso mais.

Eduardo Nunes"""),

dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
     frm="Vanessa Dias <vanessa.dias@correio.example>", to="suporte@compraja.example",
     subject="RES: Instabilidade no sistema",
     body="""Ok, entendi. Mas o meu problema continua mesmo depois disso: consigo entrar, mas minha conta aparece como "inativa" e não vejo meus pedidos antigos nem meus endereços salvos. Podem reativar?

Vanessa Dias

Em qua., 2 de dez. de 2026 às 15:10, Suporte Compra Já <suporte@compraja.example> escreveu:
> Olá!
> Ontem enfrentamos uma instabilidade no sistema que deixou o site fora do ar por
> algumas horas. O serviço já foi normalizado. Pedimos desculpas pelo transtorno."""),

dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
     frm="Marcelo Araújo <marcelo@araujocontabil.example>", to="suporte@notafacil.example",
     subject="Conta bloqueada, preciso emitir nota hoje",
     body="""Minha conta foi bloqueada depois que errei a senha e o link de desbloqueio não chega no e-mail. Preciso emitir nota fiscal hoje para um cliente e não consigo entrar de jeito nenhum.

Marcelo Araújo"""),

dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
     frm="Inês Correia <ines.correia@caixa.example>", to="apoio@receitasja.example",
     subject="Eliminar conta",
     body="""Olá,

gostaria de eliminar a minha conta e todos os dados associados. Não encontro essa opção na aplicação.

Obrigada,
Inês Correia"""),

dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
     frm="Larissa Mendes <larissa.mendes@correio.example>", to="contato@docesdalu.example",
     subject="Que atendimento!",
     body="""Gente, só passando pra dizer que a promoção de vocês tá bombando aqui no escritório, todo mundo comprou. E morri de rir com o bilhetinho que veio na caixa 😂 Vocês arrasam!

Larissa"""),

dict(n=19, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
     frm="Roberto Freitas <roberto.freitas@correio.example>", to="suporte@gestaofacil.example",
     subject="Senha na planilha do relatório",
     body="""Oi, como faço pra colocar senha na planilha de Excel que o sistema gera no relatório mensal? Quero mandar pro contador mas só ele pode abrir.

Valeu,
Roberto"""),

dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
     frm="Marcos Teixeira <marcos.teixeira@correio.example>", to="atendimento@lojaverde.example",
     subject="Re: Cobrança indevida - protocolo 88120",
     body="""Perfeito, obrigado pela atenção e pela rapidez! Vou recomendar vocês.

Marcos

Em seg., 7 de dez. de 2026 às 10:02, Atendimento Loja Verde <atendimento@lojaverde.example> escreveu:
> Olá, Marcos!
> Identificamos a cobrança indevida de R$ 149,90 no seu cartão e já solicitamos o
> estorno, que deve aparecer na próxima fatura."""),

dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
     frm="Joana Silva <joana.silva@caixa.example>", to="info@sapatariaboavista.example",
     subject="Entregas nos Açores",
     body="""Boa tarde,

fazem entregas para os Açores? E qual é a vossa política de devolução se o tamanho não servir?

Obrigada,
Joana Silva"""),

dict(n=22, signals="-", priority="low", trap="aside", qt=0, reply=1,
     frm="Renato Barbosa <renato.barbosa@correio.example>", to="agenda@climatec.example",
     subject="Re: Agendamento da visita técnica",
     body="""Desculpa a demora, meu carro quebrou na estrada voltando de viagem e fiquei dois dias sem sinal. Respondendo: pode mandar o técnico na quinta de manhã, depois das 9h.

Renato

Em sex., 4 de dez. de 2026 às 14:30, Agendamentos Climatec <agenda@climatec.example> escreveu:
> Olá! Qual o melhor dia para a visita de instalação do seu ar-condicionado?"""),

dict(n=23, signals="outage", priority="low", trap="workaround", qt=0, reply=0,
     frm="Aline Cardoso <aline@artesanatoaline.example>", to="suporte@enviafacil.example",
     subject="Impressão de etiquetas com erro no Edge",
     body="""A impressão de etiquetas de envio parou de funcionar hoje no Edge (dá "erro ao gerar PDF"). Descobri que no Chrome funciona normal, então tô usando ele por enquanto. Só pra vocês saberem.

Aline"""),

dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
     frm="Pedro Moreira <pedro.moreira@caixa.example>", to="apoio@bancoatlantico.example",
     subject="Autenticação em dois passos",
     body="""Bom dia,

como ativo a autenticação em dois passos na minha conta? Não encontro nas definições da aplicação.

Cumprimentos,
Pedro Moreira"""),
]
