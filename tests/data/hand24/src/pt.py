# blind25 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Renata Guimarães <renata.guimaraes@contabilrg.example>",
         to="suporte@cafeteriaprofissional.example",
         subject="Tampa da cafeteira do escritório saltou durante o preparo",
         body="""\
Bom dia,

Hoje às 9h15 a tampa do reservatório da cafeteira CP-900 que alugamos de vocês saltou sozinha no meio do preparo, com um estalo alto, e a água fervente espirrou no braço da nossa recepcionista. Ela ficou com uma bolha do tamanho de uma moeda no pulso e a pele toda vermelha até o cotovelo; levamos ela ao posto de saúde.

A trava da tampa estava fechada, conferimos. Desligamos a máquina da tomada e ninguém mais está usando. Precisamos que alguém venha ver isso hoje, e quero saber se outras máquinas do mesmo lote têm o mesmo problema.

Renata Guimarães
Escritório Contábil RG
(11) 0000-4471"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Paulo Henrique Moreira <paulo.moreira@moreiraadvogados.example>",
         to="assistencia@imprimaleasing.example",
         subject="Impressora nova com cheiro forte - colaboradoras passando mal",
         body="""\
Prezados,

A multifuncional instalada na segunda-feira na nossa sala de arquivo está soltando um cheiro forte e adocicado sempre que imprime em lote. Ontem uma estagiária teve uma tontura e precisou sentar no chão, e hoje outra colaboradora saiu com dor de cabeça e enjoo depois de passar a manhã ao lado do equipamento. A sala é pequena e tem só uma janela.

Já desligamos a impressora, mas gostaríamos que um técnico viesse o quanto antes e que nos dissessem o que pode estar saindo dela.

Att.,
Paulo Henrique Moreira"""),

    dict(n=3, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Cláudia Tavares <claudia.tavares@correio.example>",
         to="suporte@assinafacil.example",
         subject="Contratos de outra pessoa aparecendo na minha conta",
         body="""\
Olá,

Entrei hoje na minha conta da plataforma de assinatura eletrônica e, na pasta «Concluídos», apareceram quatro contratos que não são meus: um contrato de compra e venda de imóvel, com CPF, RG, endereço e dados bancários de um casal de Curitiba que eu nunca vi.

Não abri mais nada depois de ver isso. Fico preocupada com o contrário: será que os meus contratos (que têm dados dos meus clientes) estão aparecendo na conta de outra pessoa? Preciso de uma resposta por escrito, porque vou ter de informar meus clientes.

Cláudia Tavares
Corretora de seguros"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Eduardo Sampaio <eduardo.sampaio@correio.example>",
         to="ajuda@cofresenha.example",
         subject="Alguém trocou meu e-mail e meu 2FA - perdi o acesso ao cofre",
         body="""\
Socorro. Recebi às 3h da manhã dois e-mails de vocês: «seu endereço de e-mail foi alterado» e «autenticação em dois fatores redefinida». Não fui eu. Agora minha senha mestra não funciona mais e não consigo entrar no gerenciador de senhas.

Lá dentro estão as senhas do banco, do e-mail da empresa e do servidor dos clientes. Por favor bloqueiem a conta imediatamente. I'm travelling, so please reach me on this number: +55 21 0000-8812.

Eduardo Sampaio"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marcos Vinícius Lemos <operacao@bicicletariacentral.example>",
         to="suporte@travabike.example",
         subject="Portões do bicicletário da estação não abrem para ninguém",
         body="""\
Boa tarde,

Desde as 17h o bicicletário da Estação Central não libera a saída: os usuários aproximam o cartão, o leitor apita verde, mas o portão continua fechado. Temos cerca de 260 bicicletas lá dentro e o pico de saída é agora, no fim do expediente. Há uma fila grande de gente querendo ir embora e o segurança está abrindo a porta de emergência manualmente, uma pessoa por vez.

Precisamos de alguém no telefone agora: (21) 0000-3390.

Marcos Vinícius Lemos
Operação Bicicletário Central"""),

    dict(n=6, signals="outage,account", priority="critical", trap="sso", qt=0, reply=0,
         frm="Juliana Prado (TI) <juliana.prado@grupovertice.example>",
         to="enterprise@papochat.example",
         subject="Ninguém da empresa consegue entrar no chat via SSO",
         body="""\
Olá,

Desde as 8h nenhum dos nossos 140 colaboradores consegue entrar no PapoChat. O login pelo SSO redireciona para a tela da empresa, a pessoa se autentica e volta para a tela inicial do chat, em loop. Quem estava com a sessão aberta ontem também foi desconectado.

Toda a comunicação da central de atendimento passa pelo chat e estamos nos virando por telefone. Nosso provedor de identidade está funcionando normalmente com os outros sistemas.

Juliana Prado
Coordenação de TI - Grupo Vértice
Cliente Enterprise n.º 30012"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sérgio Albuquerque <sergio.albuquerque@correio.example>",
         to="suporte@nuvemcopia.example",
         subject="Restauração trava em 0%",
         body="""\
Oi,

Meu notebook morreu e comprei outro. Instalei o programa de backup, entrei na minha conta e mandei restaurar tudo, mas a restauração fica parada em 0% há dois dias. Tentei pelo site também, baixando uma pasta só: aparece «preparando arquivo» e nunca termina.

Estou sem meus arquivos de trabalho desde segunda. Era justamente para isso que eu pagava o backup.

Sérgio"""),

    dict(n=8, signals="outage", priority="medium", trap="question-form", qt=0, reply=0,
         frm="Larissa Fonseca <larissa.fonseca@moradiaestudantil.example>",
         to="manutencao@lavanderiaexpress.example",
         subject="É normal que as secadoras 3 e 5 não sequem a roupa?",
         body="""\
Olá, pessoal da manutenção,

Sou a administradora da Moradia Estudantil Ipê. É normal que as secadoras 3 e 5 rodem o ciclo inteiro de 60 minutos e a roupa saia tão molhada quanto entrou? Os estudantes estão pagando o ciclo e tendo que colocar de novo em outra máquina. As outras quatro secadoras estão funcionando, então dá para ir levando, mas a fila no fim de semana fica enorme.

Podem mandar alguém esta semana?

Larissa Fonseca"""),

    dict(n=9, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Prof. Rogério Bastos <secretaria@colegioaurora.example>",
         to="suporte@escolanet.example",
         subject="Sistema escolar fora do ar - prazo de envio das notas hoje",
         body="""\
Prezados,

O sistema de gestão escolar está fora do ar desde o início da manhã: a página de login não carrega para nenhum dos nossos 58 professores, nem pela rede da escola nem de casa. Hoje às 18h vence o prazo para enviar as notas do bimestre à Secretaria de Educação, e sem isso os boletins de 1.200 alunos atrasam.

Aguardo retorno urgente. Telefone da secretaria: (31) 0000-2745.

Rogério Bastos
Diretor - Colégio Aurora"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Fernanda Queiroz <fernanda.queiroz@correio.example>",
         to="financeiro@corretoraprotege.example",
         subject="Parcela do seguro do carro cobrada duas vezes",
         body="""\
Boa tarde,

A parcela de março do seguro do meu carro (apólice 77-004512, R$ 312,40) foi debitada duas vezes no cartão, no mesmo dia 10. Podem estornar uma delas, por favor? Segue o print da fatura.

Obrigada,
Fernanda Queiroz"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Thiago Rezende <thiago@cervejariaserrana.example>",
         to="projetos@apoiacoletivo.example",
         subject="Repasse da campanha não caiu - fornecedor vence sexta",
         body="""\
Olá,

Nossa campanha de financiamento coletivo («Cervejaria Serrana - a primeira leva») terminou dia 28 com R$ 48.350 arrecadados. O painel diz que o repasse foi feito dia 5, mas até agora não entrou nada na conta da empresa e o banco não vê nenhum crédito pendente.

Com esse dinheiro pagamos os tanques de fermentação; o boleto do fornecedor vence nesta sexta e não temos como adiar. Podem me mandar o comprovante da transferência ou verificar o que aconteceu?

Thiago Rezende
(35) 0000-6128"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Aline Cardoso <aline.cardoso@correio.example>",
         to="atendimento@creditocasa.example",
         subject="Valor da taxa de assessoria diferente do combinado",
         body="""\
Olá,

Fechei com vocês a assessoria para o financiamento do apartamento com taxa de 1,5% sobre o valor financiado, conforme a proposta assinada. A nota fiscal que recebi ontem veio com 2% (R$ 6.800 em vez de R$ 5.100). Podem corrigir e mandar uma nova nota antes do vencimento?

Aline Cardoso"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Bruno Teixeira <bruno.teixeira@agenciaonda.example>",
         to="ajuda@cartaodespesa.example",
         subject="Tarifa de R$ 2,90?",
         body="""\
Oi! Vi uma «tarifa de saque» de R$ 2,90 no extrato do cartão de despesas. Tudo bem, só fiquei curioso: ela é cobrada em todo saque ou só fora da rede? Valeu."""),

    dict(n=14, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Priscila Nogueira <priscila.nogueira@correio.example>",
         to="candidatos@talentohub.example",
         subject="Meu perfil de candidata sumiu",
         body="""\
Olá,

Eu tinha um perfil completo no portal de vagas de vocês, com currículo, portfólio e três candidaturas em andamento. Hoje, ao entrar, o sistema diz que não existe conta com este e-mail. Não excluí nada. Uma das empresas marcou entrevista comigo pelo portal para quinta e agora não consigo ver os detalhes.

Dá para recuperar o perfil?

Priscila Nogueira"""),

    dict(n=15, signals="account", priority="medium", trap="question-form", qt=0, reply=0,
         frm="Gustavo Almeida <gustavo.almeida@gastraduz.example>",
         to="suporte@livrocaixa.example",
         subject="É normal o código SMS chegar já vencido?",
         body="""\
Boa noite,

Perdi meu celular antigo e o app autenticador estava nele. Pedi o código de verificação por SMS no número novo (já cadastrado), mas é normal ele chegar só depois de uns 15 minutos, quando já venceu? Tentei seis vezes e continuo sem conseguir entrar no sistema de contabilidade.

Gustavo Almeida"""),

    dict(n=16, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Maria do Carmo Pires <mariadocarmo.pires@correio.example>",
         to="participantes@previdenciafutura.example",
         subject="Acesso bloqueado no portal da previdência",
         body="""\
Prezados senhores,

Errei a senha três vezes e meu acesso ao portal do plano de previdência foi bloqueado. A mensagem diz que a nova senha será enviada por carta ao endereço cadastrado, mas eu me mudei no ano passado e o endereço lá ainda é o antigo. Como posso desbloquear?

Atenciosamente,
Maria do Carmo Pires
Matrícula 004.118-2"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Diego Fontes <diego.fontes@correio.example>",
         to="ajuda@formularioja.example",
         subject="Trocar o e-mail da conta",
         body="""\
Olá, como faço para trocar o e-mail de login da minha conta pelo novo e-mail da empresa? Não quero perder os formulários que já criei. Obrigado!"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Vanessa Lopes <vanessa.lopes@padarialopes.example>",
         to="comercial@corretoraprotege.example",
         subject="Cotação: a apólice cobre incêndio e curto-circuito?",
         body="""\
Boa tarde,

Estou cotando um seguro empresarial para a minha padaria. Queria entender o que está incluído no plano Comércio Plus:

- Incêndio e explosão do forno estão cobertos?
- Danos elétricos por curto-circuito ou queda de energia entram?
- Perda de mercadoria na geladeira se faltar luz mais de 24h?

Ainda não sou cliente, só quero comparar as propostas. Obrigada!

Vanessa Lopes"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ricardo Matos <ricardo.matos@editoraatlas.example>",
         to="suporte@reuniaoja.example",
         subject="Re: Manutenção programada - plataforma indisponível no domingo",
         body="""\
Obrigado pelo aviso. Aproveitando: vocês têm o manual do administrador em português? Só encontrei a versão em inglês.

Ricardo

> Prezado cliente,
> No domingo, das 2h às 6h, a plataforma de videoconferência ficará fora do ar
> para manutenção programada. Durante esse período não será possível entrar
> em reuniões nem acessar as gravações."""),

    dict(n=20, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Helena Castro <helena.castro@correio.example>",
         to="suporte@luzinteligente.example",
         subject="Re: Lâmpadas piscando sem parar",
         body="""\
Oi, Caio!

Depois da atualização de firmware que você me passou, as lâmpadas da sala pararam de piscar e voltaram a obedecer ao app. Pode fechar o chamado. Muito obrigada pela ajuda, atendimento nota 10!

Helena"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Camila Rocha <camila.rocha@eventosrocha.example>",
         to="ajuda@pesquisarapida.example",
         subject="Nossa pesquisa bombou! Como exportar para Excel?",
         body="""\
Olá!

A pesquisa de satisfação do nosso festival foi um estouro: mais de 3 mil respostas em dois dias, a equipe está a mil e o chefe está pegando fogo querendo os números para a reunião de segunda. Por isso a pergunta: dá para exportar as respostas abertas para Excel, com uma coluna por pergunta? No plano gratuito só vejo a opção de PDF.

Beijos,
Camila"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Escudo VPN <novidades@escudovpn.example>",
         to="suporte@agenciaonda.example",
         subject="Golpes de phishing em alta: 5 dicas para não cair em nenhum",
         body="""\
Novidades Escudo VPN - edição de maio

Os ataques de phishing cresceram 40% este ano. Nesta edição:

1. Como reconhecer um link falso antes de clicar.
2. Vazamento de dados: o que fazer se sua senha aparecer numa lista pública.
3. Novo servidor em Lisboa para quem trabalha com clientes na Europa.

Você recebe este e-mail porque assinou nossa newsletter. Cancelar: escudovpn.example/sair"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Otávio Brandão <otavio.brandao@consultoriabrandao.example>",
         to="suporte@reuniaoja.example",
         subject="App de desktop fecha ao compartilhar a tela",
         body="""\
Olá, tudo bem?

Vou contar a história completa porque demorei para entender o que acontecia. Na semana passada comecei a ter reuniões com clientes em que, na hora de mostrar a apresentação, tudo travava. Achei que era a minha internet, troquei de roteador, falei com a operadora, reinstalei o sistema de vídeo do notebook... nada.

Hoje percebi o padrão: o aplicativo de desktop de vocês (versão 5.2.1, Windows 11) fecha sozinho no instante em que clico em «Compartilhar tela». Sem mensagem de erro, simplesmente some. Pelo navegador o compartilhamento funciona normalmente, e é assim que estou fazendo por enquanto.

Não é urgente, mas gostaria de voltar a usar o aplicativo, que tem mais recursos. Se precisarem de logs, é só dizer onde ficam.

Abraço,
Otávio Brandão"""),

    dict(n=24, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Luciana Ferraz <luciana.ferraz@construtoraferraz.example>",
         to="suporte@assinafacil.example",
         subject="Conta do diretor bloqueada - contrato precisa ser assinado até 17h",
         body="""\
Boa tarde,

A conta do nosso diretor financeiro, Sr. Alberto Ferraz (alberto.ferraz@construtoraferraz.example), foi bloqueada depois de ele errar o código de verificação algumas vezes. Ele é o último signatário de um contrato de obra com 40 assinaturas que precisa estar concluído hoje até as 17h, senão perdemos a licitação.

Somos clientes do plano Corporativo há quatro anos, com 85 usuários. Por favor, desbloqueiem a conta dele ou nos digam como resolver agora. Telefone direto: (41) 0000-5570.

Luciana Ferraz
Gerente administrativa"""),
]
