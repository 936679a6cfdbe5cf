# blind26 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---- 1-4 safety ----------------------------------------------------------------------
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Prates Moreira <ju.prates@correio.example>",
         to="sac@bercosnino.example",
         subject="Berço Lua Crescer - a grade soltou de madrugada",
         body="""\
Boa tarde,

Comprei o berço Lua Crescer (pedido 58-221907) em agosto. Hoje de madrugada acordei com a minha
filha de 9 meses chorando muito. A grade lateral tinha se soltado do encaixe de baixo e ficou
pendurada só pelos pinos de cima, e a perninha dela passou pelo vão entre a grade e o colchão e
ficou presa até a altura do joelho. Demorei uns minutos para conseguir tirar, ela ficou com a perna
roxa e cheia de marcas.

Montamos o berço seguindo o manual e nunca mais mexemos nos parafusos. Olhando agora, os dois
parafusos do lado esquerdo giram em falso, a rosca na madeira se desfez.

Ela está dormindo na nossa cama por enquanto. Preciso saber com urgência o que fazer com o berço e
se outros pais relataram a mesma coisa. Tenho fotos e um vídeo mostrando a grade solta.

Juliana Prates Moreira"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Rui Vasconcelos Teles <rui.vteles@mailpt.example>",
         to="apoio.cliente@casaejardim.example",
         subject="Pergunta sobre o barbecue Atlântico 300",
         body="""\
Bom dia,

Comprei há duas semanas o barbecue Atlântico 300 na vossa loja de Braga. Antes de o estrear fiz o
teste que vem no manual, com água e detergente na ligação da mangueira à garrafa.

Aparecem bolhinhas sempre no mesmo sítio, junto à braçadeira, e continuam a aparecer enquanto a
garrafa estiver aberta. Também se sente um cheiro esquisito na varanda mesmo com os botões todos
fechados, e ontem o vizinho de baixo comentou o mesmo.

É normal que isto aconteça nas primeiras utilizações, até a mangueira assentar? O barbecue está na
varanda, encostado à porta da cozinha, e tenho dois miúdos pequenos em casa.

Cumprimentos,
Rui Vasconcelos Teles"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Teresa Galvão Amaral <teresa.g.amaral@netmail.example>",
         to="apoio@labsaovicente.example",
         subject="Área do utente - aparecem-me análises que não são minhas",
         body="""\
Exmos. Senhores,

Fiz análises ao sangue no vosso posto de colheitas de Almada na segunda-feira e hoje recebi o SMS a
dizer que os resultados estavam disponíveis. Ao entrar na área do utente, no separador
"Resultados", aparecem-me quatro relatórios: o meu e mais três de pessoas que não conheço, com nome
completo, data de nascimento, número de utente e os valores todos, incluindo uma serologia VIH e
um teste de gravidez.

Abri um deles sem querer antes de perceber o que era. Não descarreguei nada. Presumo que alguém
possa estar a ver os meus resultados da mesma forma.

Peço que me contactem com urgência e que me digam o que vão fazer.

Com os melhores cumprimentos,
Teresa Galvão Amaral
Processo n.º 7730-0412"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dudu Lacerda <dudu.lacerda99@zapmail.example>",
         to="contato@nuvemvape.example",
         subject="pod estufou",
         body="""\
oi, o pod do meu vape (Nuvem X2, comprei no site de vcs semana passada) ficou estufado dentro do
bolso da calça hj no ônibus, tava muito quente, a calça ficou com uma mancha marrom meio derretida
e minha coxa ta vermelha com uma bolha. tirei e joguei no chão, fez um chiado e ficou um cheiro
forte de plástico.
o que eu faço com os outros pods da caixa? tenho mais 3 iguais

enviado do meu celular"""),

    # ---- 5-9 outage ----------------------------------------------------------------------
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nuno Ferraz <nuno.ferraz@supermercadospomar.example>",
         to="suporte.retalho@caixaviva.example",
         subject="Caixas das lojas da zona Norte - URGENTE",
         body="""\
Olá,

Desde as 10h15 as caixas de todas as lojas da zona Norte (14 lojas: Porto, Gaia, Matosinhos,
Braga) ficam com a rodinha a girar depois de se passar o cartão no terminal e, ao fim de um minuto,
voltam ao ecrã inicial sem emitir talão. Com numerário também não conseguem fechar a venda.

Temos filas até à porta em quase todas, é sábado e há clientes a deixar os carrinhos e a ir embora.
Já reiniciámos os terminais e o router em Matosinhos, sem efeito. As lojas do Sul estão normais.

Liguem-me por favor para o telemóvel abaixo.

Nuno Ferraz
Coordenação de Operações - Zona Norte
Supermercados Pomar
Tlm. 910 000 417"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandra Quintela <sandra.quintela@hsdamiao.example>",
         to="servicedesk@hsdamiao.example",
         subject="Prescrições ficam em 'Pendente' - Medicina Interna e Cirurgia B",
         body="""\
Colegas do SI,

Desde as 8h que todas as prescrições feitas no módulo de internamento ficam no estado "Pendente de
validação" e a farmácia hospitalar não as recebe. Confirmei com a Dra. Paula Leite: a lista de
pedidos da farmácia está vazia desde as 7h52.

Isto afeta pelo menos a Medicina Interna (dois pisos, 58 camas) e a Cirurgia B. Os enfermeiros
estão a ir buscar a medicação com requisição em papel e a transcrever tudo à mão, o que não
conseguimos manter no turno da tarde.

Já fizemos logout/login e testámos em três postos diferentes. Mesmo resultado.

Enf.ª Chefe Sandra Quintela
Medicina Interna - Piso 4
Ext. 4412"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Caio Nogueira <caio@ateliebrisa.example>",
         to="suporte@pagfacil.example",
         subject="Webhooks chegando com 5-6 horas de atraso",
         body="""\
Olá pessoal,

Desde ontem por volta das 16h os webhooks do evento charge.succeeded estão chegando no nosso
endpoint com 5 a 6 horas de atraso. No painel de vocês aparece "entregue" com o horário certo, mas
nos nossos logs a requisição só bate bem depois. Hoje de manhã recebi às 9h12 um evento criado às
3h40.

Como a liberação dos pedidos da loja depende desse webhook, temos uns 200 pedidos pagos parados e
cliente mandando mensagem perguntando cadê o pedido.

Conta: ateliebrisa / endpoint https://api.ateliebrisa.example/hooks/pay
Nosso servidor responde 200 em menos de 300 ms, já conferi.

Valeu,
Caio Nogueira
Dev - Ateliê Brisa"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Margarida Lobo <mlobo@aeribeirinha.example>",
         to="apoio.informatico@aeribeirinha.example",
         subject="App da escola com o horário antigo - 9.º B e 9.º C",
         body="""\
Boa tarde, Sr. Hélder,

Os alunos do 9.º B e do 9.º C dizem-me que a aplicação continua a mostrar o horário de setembro,
sem as alterações que entraram em vigor esta segunda (Educação Física passou para quinta e
Físico-Química para a sala 2.14). Hoje três deles foram para o pavilhão à hora errada.

Por enquanto afixei o horário novo na sala e pus o PDF na página da turma, portanto não é grave,
mas convinha corrigir antes das reuniões de pais de dia 27.

Obrigada,
Margarida Lobo
Diretora de Turma do 9.º B"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rafael Siqueira <rafael.siqueira@vetorlabs.example>",
         to="suporte@vetorci.example",
         subject="Re: Builds do CI falhando com CERTIFICATE_VERIFY_FAILED [chamado #48213]",
         body="""\
Pessoal, continua igual. Nenhum build passou desde segunda, já são três dias sem deploy.
Alguém pode dar um retorno, por favor?

Rafael

Em ter., 10 de nov. de 2026 às 09:41, Rafael Siqueira <rafael.siqueira@vetorlabs.example> escreveu:
> Bom dia, alguma novidade? O time inteiro está parado, hoje tínhamos release.
>
> Em seg., 9 de nov. de 2026 às 14:05, Rafael Siqueira <rafael.siqueira@vetorlabs.example> escreveu:
> > Olá, desde hoje de manhã todos os builds no runner compartilhado falham na etapa de
> > instalação de dependências com "SSL: CERTIFICATE_VERIFY_FAILED" ao acessar
> > registry.vetorci.example. Na máquina local funciona. Parece que o certificado do registry
> > mudou e a cadeia intermediária não está sendo enviada."""),

    # ---- 10-13 payment -------------------------------------------------------------------
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Luís Pedrosa <luis.pedrosa@mailpt.example>",
         to="atendimento@cm-vilaformosa.example",
         subject="Dístico de residente cobrado duas vezes",
         body="""\
Boa tarde,

Renovei ontem o dístico de estacionamento de residente (zona 3, matrícula AA-00-ZZ) através do
portal da Câmara e paguei por MB WAY. Recebi duas notificações de pagamento de 40,00 EUR com dois
minutos de diferença e o valor saiu duas vezes da conta. No portal aparece só um pedido.

Agradeço a devolução de um dos pagamentos. Envio em anexo a imagem do extrato.

Cumprimentos,
Luís Pedrosa"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Priscila Andrade <priscila@cacheiabeauty.example>",
         to="vendedores@mercadobelo.example",
         subject="Repasse de outubro não caiu - preciso pagar as funcionárias sexta",
         body="""\
Boa noite,

Tenho uma loja de cosméticos e produtos para cabelo na plataforma de vocês (loja Cacheia Beauty) e
o repasse das vendas de outubro, R$ 18.430,62, estava previsto para o dia 5 e até agora não caiu.
No painel aparece "Repasse processado", mas na conta do banco não entrou nada, já conferi com a
gerente.

Sexta-feira eu tenho que pagar as duas funcionárias e o aluguel da sala, e não tenho como cobrir
isso sem esse dinheiro. Já abri chamado pelo chat duas vezes e só recebo resposta automática.

Por favor, me digam o que aconteceu e quando o valor vai entrar.

Priscila Andrade
Cacheia Beauty"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Matteo Ruggeri <m.ruggeri@lumetra.example>",
         to="faturacao@gestaonexo.example",
         subject="Fatura FT 2026/3318 errada - número de utilizadores",
         body="""\
Bom dia,

Sou o responsável de finanças da Lumetra Portugal, estou em Lisboa faz pouco tempo, desculpem o meu
português. Recebemos a fatura FT 2026/3318 do ERP para o mês de novembro com 25 utilizadores, mas
nós temos contrato por 15 utilizadores (contrato n.º LP-2209). Em outubro desativamos 4
utilizadores e não ativamos nenhum novo.

Pode por favor enviar uma fatura corrigida ou uma nota de crédito? Não queremos pagar a diferença e
o vencimento é dia 30.

Obrigado e boa jornada,
Matteo Ruggeri
Finance Manager - Lumetra Portugal"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Alda Fontoura <alda.fontoura@mailpt.example>",
         to="clientes@suplevida.example",
         subject="Débitos depois de cancelar",
         body="""\
Exmos. Senhores,

Chamo-me Alda Fontoura, tenho 79 anos e escrevo com a ajuda da minha neta, porque não me entendo
bem com estas coisas do computador.

Em setembro telefonei para a vossa linha de apoio e cancelei a assinatura das cápsulas de magnésio
e colagénio, que o médico me disse que não precisava de tomar. A senhora que me atendeu disse que
ficava cancelado e que não vinha mais nada.

Acontece que em outubro e em novembro continuaram a tirar da minha conta 34,90 EUR por débito
direto, com a referência SUPLEVIDA. As caixas não chegaram, mas o dinheiro saiu. Para mim é muito
dinheiro, é uma parte da reforma.

Peço que parem os débitos e que me devolvam os 69,80 EUR. Se precisarem de alguma coisa, a minha
neta Inês pode ajudar pelo telefone.

Muito obrigada pela atenção,
Alda Fontoura"""),

    # ---- 14-17 account -------------------------------------------------------------------
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Marcos Vinícius Teodoro <mvteodoro@zapmail.example>",
         to="atendimento@portal.prefeitura-serrabela.example",
         subject="Código de verificação não chega - Portal de Serviços",
         body="""\
Bom dia,
Estou tentando entrar no Portal de Serviços para acompanhar meu pedido de alvará de reforma
(protocolo 2026/0081734) e o código de verificação por SMS nunca chega. Já pedi reenvio umas
8 vezes desde ontem, conferi o número cadastrado e está certo, e outros SMS chegam normal no meu
celular. Tem outra forma de receber o código?
Att,
Marcos Vinícius Teodoro"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Tiago Mendes <tiago.mendes@farol-digital.example>",
         to="support@deploynuvem.example",
         subject="Sem acesso à consola - o telemóvel com o autenticador avariou",
         body="""\
Olá,

O meu telemóvel caiu à água no fim de semana e não volta a ligar. Era lá que tinha a app de
autenticação da conta de administrador da nossa organização (org: farol-digital). Não guardei os
códigos de recuperação, eu sei, erro meu.

Sou o único owner da organização e amanhã às 9h temos de publicar uma correção em produção para um
cliente; sem acesso à consola não consigo aprovar o deploy nem gerar uma chave de API nova.

Posso provar a identidade com o cartão de cidadão, faturas, o que for preciso. Qual é o
procedimento mais rápido para desativar o segundo fator?

Obrigado,
Tiago Mendes
Farol Digital, Lda."""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Denise Carvalho Lima <denise.clima@educa.example>",
         to="suporte@diarioescolar.example",
         subject="Dúvida: troquei o e-mail e agora não entro",
         body="""\
Olá, boa tarde.
É normal que depois de trocar o e-mail do perfil no diário de classe eu não consiga mais entrar nem
com o e-mail novo nem com o antigo? Aparece "usuário não encontrado" nos dois. Fiz a troca ontem à
noite pelo menu Meus Dados e não chegou nenhum e-mail de confirmação.
Preciso lançar as notas do 3º bimestre até o dia 20.
Profa. Denise Carvalho Lima
E.E. Jardim das Acácias"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sofia Reis Carmo <sofia.rcarmo@mailpt.example>",
         to="apoio@belezapura.example",
         subject="Pedido de encerramento de conta",
         body="""\
Boa tarde,
Peço que encerrem a minha conta na loja online (registada com este mesmo e-mail) e que apaguem os
meus dados pessoais, incluindo moradas e histórico de encomendas, ao abrigo do RGPD. Não encontro
essa opção no site. Agradeço confirmação por escrito.
Sofia Reis Carmo"""),

    # ---- 18-22 hard negatives ------------------------------------------------------------
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kelly Fernandes <kellyfer.revenda@zapmail.example>",
         to="revendedoras@cachosdivinos.example",
         subject="Máscara Hidra Cachos - quando volta??",
         body="""\
Oi gente!!

Sou revendedora de vocês aqui em Uberlândia e preciso contar: a máscara Hidra Cachos foi um arraso,
as clientes piraram, vendi as 40 unidades num fim de semana. Tô morrendo de vontade de experimentar
a linha nova de finalizadores que vocês postaram no Instagram, já tem data? E a máscara, quando
volta pro estoque? Quero garantir pelo menos umas 60.

Um beijo e parabéns pelo produto, vocês mataram a pau!!
Kelly Fernandes"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Carla Bettencourt <carla.bettencourt@netmail.example>",
         to="info@lisbonhair.example",
         subject="Prancha Inferno Pro 230 com o spray Fogo Frio?",
         body="""\
Olá,
Comprei a prancha de cabelo Inferno Pro 230 e também o spray protetor Fogo Frio da vossa marca.
Posso aplicar o spray e passar logo a prancha, ou tenho de esperar que seque? E para cabelo pintado
qual é a temperatura que aconselham?
Obrigada!
Carla Bettencourt"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Paulo Antunes <paulo.antunes@sarmentoirmaos.example>",
         to="informatica@sarmentoirmaos.example",
         subject="Como pôr password nos PDF das faturas?",
         body="""\
Olá Joana,

Um cliente novo (Grupo Oliveira & Lemos) pediu que as faturas e as notas de crédito que lhe
mandamos por e-mail vão protegidas com palavra-passe. Isto dá para fazer diretamente no ERP quando
se exporta o PDF, ou tenho de usar outro programa? Se for no ERP, onde é que se define a
palavra-passe, é por cliente?

Não é urgente, a próxima fatura deles só sai no fim do mês.

Obrigado,
Paulo Antunes
Contabilidade"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Beatriz Kato <bia.kato@zapmail.example>",
         to="atendimento@movecidade.example",
         subject="Re: Instabilidade no app de recarga - atualização",
         body="""\
Oi, só pra avisar que aqui já voltou tudo ao normal, consegui recarregar o cartão de transporte
pelo app hoje de manhã sem problema. Obrigada pelo retorno rápido!

Beatriz Kato

Em qui., 12 de nov. de 2026 às 18:22, MoveCidade <atendimento@movecidade.example> escreveu:
> Olá, Beatriz,
>
> Entre 14h e 17h de hoje o aplicativo ficou fora do ar por causa de uma falha no servidor de
> recargas, o que afetou todos os usuários. O serviço já foi restabelecido. Caso a sua recarga
> ainda não apareça, por favor responda este e-mail com o número do cartão.
>
> Equipe MoveCidade"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Gustavo Albuquerque <gustavo@trilhalog.example>",
         to="vendas@avisapi.example",
         subject="Dúvidas antes de contratar o plano Business",
         body="""\
Olá,

Estamos avaliando a plataforma de vocês para substituir nosso gateway atual de notificações. Antes
de fechar, algumas perguntas:

1. Vocês têm SLA para indisponibilidade? Qual o percentual e como funciona o crédito se cair?
2. O que acontece se o pagamento da mensalidade falhar? A conta é suspensa na hora ou tem carência?
3. Os tokens de API expiram ou ficam válidos até serem revogados?
4. Qual o limite de requisições por minuto no plano Business?

Se puderem mandar a proposta em PDF, eu encaminho pro financeiro.

Obrigado,
Gustavo Albuquerque
CTO - Trilha Logística"""),

    # ---- 23-24 context -------------------------------------------------------------------
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Helena Cordeiro <helena.cordeiro@tagide-seguros.example>",
         to="it.helpdesk@tagide-seguros.example",
         subject="Sala Tejo - partilha de ecrã sem fios",
         body="""\
Olá equipa de IT,

Na sala de reuniões Tejo (piso 2) o botão de partilha sem fios do sistema de videoconferência
deixou de aparecer nos portáteis desde a atualização de quinta. Por agora ligamos o cabo HDMI que
está na gaveta da mesa e funciona, só que o cabo é curto e só chega a uma ponta da mesa.

Quando puderem, deem uma olhadela.

Obrigada,
Helena Cordeiro
Recursos Humanos"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Bruno Salgueiro <bruno.salgueiro@contactoeste.example>",
         to="servicedesk@contactoeste.example",
         subject="Call center: códigos de verificação não chegam a ninguém",
         body="""\
Service desk,

Desde a mudança para o novo fornecedor de SMS, esta madrugada, o código de verificação para entrar
no softphone e no CRM não chega a ninguém. Testámos com 15 pessoas, operadoras diferentes, nada.

Turno da manhã: 120 assistentes escalados, neste momento estão 9 ligados (os que não tinham feito
logout ontem). A fila de espera já vai em 340 chamadas e o tempo médio de espera em 22 minutos.
O cliente (a seguradora) já ligou ao nosso diretor duas vezes.

Precisamos que desativem o segundo fator temporariamente ou que voltem ao fornecedor antigo, já.

Bruno Salgueiro
Supervisor de Turno - Contact Center Oeiras
Ext. 2210"""),
]
