# blind33 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Medeiros <ju.medeiros@correio.example>",
         to="sac@brinquedoslua.example",
         subject="urso de pelúcia pedido 48817",
         body="""\
boa noite
comprei o urso Soneca (pedido 48817) pro meu filho de 1 ano e 8 meses. hoje a tarde o olho de plástico soltou, ele pôs na boca, engasgou e ficou roxo. meu marido teve que virar ele de cabeça pra baixo e bater nas costas até sair
levamos no pronto-socorro, ele está bem agora graças a Deus
o olho saiu só de puxar com a mão, testei o outro olho e também está frouxo
quantos desses ursos vocês venderam?? tem outras crianças dormindo abraçadas com ele agora
preciso que alguém me ligue amanhã cedo 11 98876-2231
Juliana

Enviado do meu celular"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Tavares Mendonça <rtmendonca@netmail.example>",
         to="apoio@casaligada.example",
         subject="Dúvida sobre tomada inteligente TL-20",
         body="""\
Boa tarde,

Sou cliente vosso há uns anos, comprei-vos as lâmpadas e o termóstato quando fizemos obras em casa, e no geral tenho ficado bastante satisfeito. Aliás, ainda no mês passado recomendei a vossa loja ao meu cunhado, que anda a equipar a casa nova em Aveiro.

Em outubro comprei duas tomadas inteligentes TL-20, uma para a sala e outra para o quarto do meu filho. A da sala tem estado ligada a um aquecedor a óleo, com horário programado pela aplicação, sem nada de especial.

Ontem à noite a minha mulher sentiu cheiro a plástico queimado e, quando fomos ver, a tomada estava preta por dentro, com a frente derretida e a deitar fumo. Desliguei o quadro e o fumo parou. A parede ficou chamuscada e o cortinado ao lado tem uma marca escura.

Gostaria de saber se é normal isto acontecer com um aquecedor de 1500 W, porque na caixa diz que aguentam até 16 A. A outra tomada já a tirei do quarto do miúdo, por via das dúvidas.

Guardei a tomada tal como ficou, caso a queiram ver.

Com os melhores cumprimentos,
Rui Mendonça
Tel. 912 448 031"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrícia Lobo <patricia.lobo@correio.example>",
         to="atendimento@farmaciavidamais.example",
         subject="Pedido 2026-77410 - remédio errado do meu pai",
         body="""\
Olá,

Escrevo em nome do meu pai, Sr. Antônio Lobo, 78 anos, que é cliente de vocês. Ele não mexe muito com e-mail, então sou eu que cuido dos pedidos dele.

No pedido 2026-77410 ele recebeu varfarina de 5 mg, mas a receita é de 1 mg (está na foto da receita que mandamos pelo app). A caixa veio com a etiqueta de vocês dizendo 1 mg colada por cima, só que os comprimidos dentro são os cor-de-rosa de 5 mg.

Ele tomou durante quatro dias sem perceber. Ontem a gengiva começou a sangrar e apareceram manchas roxas nos braços, e hoje de manhã o exame deu o INR lá em cima. Ele está internado em observação no Hospital São Lucas.

Preciso saber com urgência:
- se outros clientes receberam o mesmo lote com a etiqueta trocada;
- quem é o farmacêutico responsável, porque o médico dele quer conversar com ele.

Meu telefone: (31) 99204-5518.

Patrícia Lobo"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Tiago Gouveia <tiago.gouveia@mail.example>",
         to="suporte@partilhacarro.example",
         subject="Telemóvel roubado - bloquear a minha conta",
         body="""\
Bom dia,

Ontem por volta das 23h roubaram-me o telemóvel no metro, no Marquês. Tinha a vossa app com sessão iniciada e o cartão de crédito associado à conta.

Hoje de manhã, já do computador, recebi um e-mail vosso a dizer que o e-mail da conta tinha sido alterado para um endereço que não é meu, e quando tento entrar a palavra-passe já não funciona. Recebi também uma notificação de reserva de um carro na Av. da Liberdade às 2h17, que obviamente não fui eu.

Já apresentei queixa na PSP (NUIPC 00412/26.3PBLSB). Peço que bloqueiem a conta e o cartão associado e me digam como recupero o acesso. O meu número de cliente é PC-339120.

Obrigado,
Tiago Gouveia
965 310 872 (número novo, provisório)"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Restaurante O Pátio <geral@opatio-alfama.example>",
         to="suporte@caixapronta.example",
         subject="terminais parados!!!",
         body="""\
os 3 terminais da sala desde as 12h15 ficam no logotipo e não passam dali. já desliguei e liguei tudo duas vezes. a cozinha não recebe os pedidos, não consigo fechar contas nem passar cartões. tenho a sala cheia e gente à espera na porta
liguem para o 213 884 019 JÁ, a vossa linha não atende
Carlos

Enviado do meu telemóvel"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Clínica Odontológica Sorriso Pleno <administracao@sorrisopleno.example>",
         to="suporte@odontogestor.example",
         subject="Fichas dos pacientes não abrem - atendimento suspenso",
         body="""\
Prezados,

Desde a abertura da clínica hoje (8h) o sistema não carrega as fichas dos pacientes: ao clicar em qualquer paciente a tela fica carregando e depois aparece "Tempo limite excedido (código 504)". A agenda também aparece em branco para as 6 cadeiras.

Sem as fichas os dentistas não têm acesso às radiografias, alergias e planos de tratamento, e por isso suspendemos os atendimentos. Temos 14 pacientes agendados só no período da manhã e três já estão aguardando na recepção.

Já testamos em outros computadores e pelo celular, com o mesmo resultado. A nossa internet está funcionando normalmente.

Pedimos retorno com a máxima urgência pelo telefone (41) 3345-7720.

Atenciosamente,

Renata Albuquerque
Gerente Administrativa
Clínica Odontológica Sorriso Pleno

Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário indicado. Se você a recebeu por engano, por favor notifique o remetente e apague-a imediatamente."""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Marta Quintela <marta@quintela-traducoes.example>",
         to="suporte@alojaweb.example",
         subject="Não recebo e-mails no domínio quintela-traducoes.example",
         body="""\
Olá,

Desde as 9h de hoje não me chega nenhum e-mail à caixa marta@quintela-traducoes.example. Pedi a uma cliente que me escrevesse do Gmail e a mensagem voltou para ela com isto:

---------- Mensagem encaminhada ---------
De: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
Assunto: Delivery Status Notification (Failure)

A sua mensagem não foi entregue a marta@quintela-traducoes.example.
550 5.1.1 <marta@quintela-traducoes.example>: Recipient address rejected: mailbox unavailable
-----------------------------------------

O webmail também não abre, dá uma página de erro. Trabalho sozinha e recebo os trabalhos todos por e-mail, e tenho entregas esta semana. O domínio foi renovado em setembro, por isso não deve ser disso.

Conseguem ver o que se passa?

Obrigada,
Marta Quintela
Tradutora certificada EN/DE-PT"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Gabriel Nunes <gabrielnunes.dev@correio.example>",
         to="ajuda@aprendamais.example",
         subject="vídeos das aulas parando",
         body="""\
Oi, tudo bem?

É normal os vídeos das aulas pararem sempre lá pelos 30 segundos? Desde segunda, em qualquer aula do curso "Python do Zero", o vídeo roda um pouquinho e congela com a rodinha girando. Se eu pulo pra frente ele carrega mais uns segundos e trava de novo.

Os exercícios e os PDFs abrem normal, o fórum também. Testei no Chrome, no Firefox e no app do celular, e com outra internet (4G), mesma coisa.

Estou conseguindo ir estudando pelos materiais, mas sem as aulas fica difícil acompanhar.

Valeu,
Gabriel"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fernanda Rocha Lima <fe.rochalima@mail.example>",
         to="contato@cozinhafacil.example",
         subject="Caixa da semana cobrada duas vezes",
         body="""\
Boa tarde, pessoal!

Primeiro, parabéns pelas receitas: o risoto de cogumelos dessa semana fez o maior sucesso aqui em casa, até meu sogro pediu a receita.

Mas deu um probleminha: a caixa foi cobrada duas vezes no meu cartão, e eu recebi só uma. Segue o resumo do pedido que chegou por e-mail:

Pedido nº CF-209934
Plano: Família - 4 receitas x 4 porções
Entrega: 08/12/2026
Subtotal: R$ 279,90
Frete: grátis
Total: R$ 279,90
Pagamento: Mastercard final 4410

Na fatura aparecem dois lançamentos de R$ 279,90 no dia 06/12, "COZINHAFACIL*ASSINATURA". Vocês conseguem estornar um deles?

Obrigada!
Fernanda"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Inês Valadares <ines.valadares@mail.example>",
         to="inquilinos@lisbonrent-gestao.example",
         subject="Devolução da caução - Rua de São Bento, 214, 2.º Esq.",
         body="""\
Exmos. Senhores,

Entreguei as chaves do apartamento da Rua de São Bento, 214, 2.º Esq., no dia 31 de outubro. A vistoria de saída foi feita nesse mesmo dia pelo Sr. Nuno, sem qualquer dano registado, e foi-me dito que a caução de 1.700 € seria devolvida no prazo de 30 dias.

Passaram já mais de cinco semanas e não recebi nada, nem qualquer resposta aos dois e-mails que enviei em novembro.

Preciso deste valor com urgência: a caução da casa nova tem de ser paga até sexta-feira, dia 11, caso contrário perco o contrato.

Agradeço que me indiquem ainda hoje a data da transferência para o IBAN PT50 0018 0003 4455 6677 8899 0 (titular: Inês Valadares).

Com os melhores cumprimentos,
Inês Valadares
Contrato n.º LR-2023-0581"""),

    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Marcos Paulo <marcospaulo.fit@correio.example>",
         to="financeiro@academiaforcatotal.example",
         subject="taxa de 9,90 na fatura",
         body="""\
bom dia
veio uma cobrança de R$ 9,90 "taxa anual manutenção" junto com a mensalidade de dezembro. não lembro disso no contrato, é cobrado todo ano mesmo? só queria entender
matrícula 55120, unidade Savassi
abs
Marcos"""),

    dict(n=12, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sofia Marques <sofia.marques@mail.example>",
         to="suporte@salariofacil.example",
         subject="Não consigo entrar no portal do colaborador - código SMS",
         body="""\
Boa tarde,

Sou colaboradora da Têxteis Avelar, Lda., que usa o vosso portal para os recibos de vencimento.

Mudei de número de telemóvel em novembro e agora, quando faço login, o portal envia o código de verificação para o número antigo, que já não tenho. Não encontro nenhuma opção para alterar o número sem primeiro entrar na conta, e os RH da empresa dizem que não conseguem mexer nisso e que tenho de falar convosco.

O problema é que tenho reunião no banco amanhã às 10h por causa do crédito à habitação e preciso de levar os três últimos recibos, que só estão no portal.

NIF 234 567 890, n.º de colaboradora 0147.
Número novo: 936 201 774.

Obrigada pela ajuda,
Sofia Marques"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Olena Kovalenko <olena.kovalenko@mail.example>",
         to="apoio@passeviva.example",
         subject="Conta bloqueado na app do passe",
         body="""\
Olá,

Desculpe meu português, ainda estou a aprender.

Eu tenho passe mensal na vossa aplicação. Ontem eu troquei telemóvel e instalei app de novo. Eu esqueci palavra-passe e tentei muitas vezes, agora aparece mensagem "Conta bloqueada temporariamente. Tente mais tarde" e já passou um dia inteiro. O e-mail para recuperar palavra-passe não chega, também vi no spam.

Passe de dezembro já está pago, então estou a comprar bilhetes simples no máquina para ir ao trabalho. Podem desbloquear minha conta por favor?

Meu e-mail na conta é este. Número do cartão: 0712 4471 9903.

Muito obrigada
Olena Kovalenko"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Camila Trindade <camila.trindade@mail.example>",
         to="sac@belezapura.example",
         subject="Como trocar o e-mail da minha conta?",
         body="""\
Olá, tudo bem?

Queria trocar o e-mail cadastrado na minha conta da loja, porque vou deixar de usar este endereço no fim do ano. Procurei em "Meus dados" mas só dá para mudar o telefone e o endereço de entrega. Tem como eu mesma fazer isso ou precisa ser por vocês?

O novo seria camila.trindade.rj@correio.example.

Beijos e obrigada!
Camila

P.S.: o sérum de vitamina C é maravilhoso 😍"""),

    dict(n=15, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Larissa Fontes <larissa.fontes@correio.example>",
         to="contato@studiomovimento.example",
         subject="Aula de sábado 🔥",
         body="""\
Gente, que aula foi aquela de sábado?! A turma de funcional das 9h estava pegando fogo, a Bia arrasou na playlist e eu saí de lá morta, no melhor sentido 😂

Hoje estou toda quebrada, mal consigo descer escada, mas valeu cada agachamento. Só passando pra agradecer mesmo: faz três meses que estou no estúdio e nunca me senti tão bem.

Ah, e uma sugestão: dava pra abrir mais uma turma no sábado às 10h? A das 9h está lotando e sempre fica gente na lista de espera.

Beijo,
Larissa (aluna do plano trimestral)"""),

    dict(n=16, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Helena Barros <helena.barros@mail.example>",
         to="apoio@fotoimprime.example",
         subject="Re: Erro ao carregar fotografias para o álbum",
         body="""\
Bom dia,

Muito obrigada pela rapidez, já está a funcionar! Consegui carregar as 120 fotografias e a encomenda do álbum ficou feita ontem à noite.

Só uma pergunta: com envio normal o álbum ainda chega antes do Natal?

Cumprimentos,
Helena Barros

Enviado do meu iPad

A 7/12/2026, às 16:42, Apoio FotoImprime <apoio@fotoimprime.example> escreveu:

> Cara Helena,
> 
> Tivemos uma falha no servidor de carregamento entre as 10h e as 15h de hoje, entretanto resolvida. Pedimos que tente novamente.
> 
> Com os melhores cumprimentos,
> Equipa FotoImprime
> 
> > Estou a tentar carregar as fotos para o álbum e o site dá sempre "Erro 500" quando chega aos 20%. Já tentei três vezes e não consigo terminar a encomenda. O site parece estar em baixo.
> > Helena Barros"""),

    dict(n=17, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Ricardo Amaral <ricardo.amaral@correio.example>",
         to="atendimento@petmundo.example",
         subject="Re: Cobrança duplicada - pedido 310552 [Protocolo 2026-1130-0871]",
         body="""\
Oi Aline,

Confirmado, já apareceu na fatura hoje. Obrigado pela atenção!

Aproveitando: a ração Natural Cães Sênior de 15 kg vai voltar ao estoque? O Thor só come essa e o saco aqui acaba semana que vem.

Abraço,
Ricardo

Em seg., 30 de nov. de 2026 às 19:02, Ricardo Amaral <ricardo.amaral@correio.example> escreveu:
> Boa noite, fiz o pedido 310552 (ração + areia) e foi cobrado duas vezes no cartão, R$ 412,80 cada.
> Podem verificar e devolver uma das cobranças? Não quero pagar duas vezes pela mesma compra.
> Ricardo"""),

    dict(n=18, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="CiberEscudo Academia <eventos@ciberescudo.example>",
         to="geral@papelariacentral.example",
         subject="Webinar gratuito: a sua loja online pode ser a próxima a ser pirateada?",
         body="""\
Olá,

Ransomware, contas de clientes pirateadas, dados de cartões roubados em lojas online: em 2026 o pequeno comércio foi o alvo preferido dos criminosos.

No dia 16 de dezembro, às 11h, a CiberEscudo Academia organiza o webinar gratuito "Phishing, fugas de dados e palavras-passe fracas: 45 minutos para proteger o seu negócio".

Na agenda:
- Como reconhecer um e-mail de phishing antes de clicar
- O que fazer nas primeiras 24 horas depois de uma fuga de dados
- Autenticação de dois fatores e gestores de palavras-passe sem complicações

Inscrições gratuitas em ciberescudo.example/webinar (vagas limitadas).

Até lá,
Equipa CiberEscudo Academia

Nunca lhe pediremos a sua palavra-passe por e-mail.
Recebeu esta mensagem porque subscreveu a nossa newsletter. Para deixar de receber, responda com "REMOVER"."""),

    dict(n=19, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Eduardo Vasconcelos <eduardo.vasc@mail.example>",
         to="vendas@alarmecasasegura.example",
         subject="Dúvidas antes de contratar o kit Residencial Plus",
         body="""\
Boa tarde,

Estou pensando em contratar o kit Residencial Plus para a casa da minha mãe, que mora sozinha em Campinas, e antes queria tirar umas dúvidas:

1. Se o sensor de fumaça detectar um incêndio, a central de vocês liga para os bombeiros ou só manda notificação no app?
2. Se cortarem a luz ou a internet numa tentativa de roubo, a central continua funcionando? Quanto tempo dura a bateria?
3. Se o botão de pânico for acionado por engano, a visita da equipe é cobrada?
4. Qual é a política de cancelamento e reembolso se ela não se adaptar nos primeiros meses?

A casa dela já foi arrombada uma vez, em 2019, então desta vez quero fazer tudo direitinho.

Obrigado,
Eduardo Vasconcelos"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Duarte Figueiredo <duarte.figueiredo@mail.example>",
         to="ajuda@bilheteira-aovivo.example",
         subject="Concerto dos Curto-Circuito «Apagão Total» - entrada de menores",
         body="""\
Boa noite,

Comprei dois bilhetes para o concerto dos Curto-Circuito, digressão «Apagão Total», a 14 de fevereiro no Campo Pequeno (encomenda n.º BA-7719024). Um é para o meu filho, que faz 12 anos em janeiro, é fã doente da banda e anda a contar os dias.

Duas perguntas:
- Um miúdo de 11/12 anos pode ficar na plateia em pé, acompanhado, ou tem de ir para a bancada?
- Há bengaleiro? No ano passado, noutro concerto, quase me roubaram o casaco que deixei na cadeira...

P.S.: na abertura das vendas o vosso site parecia que ia abaixo a qualquer momento, mas consegui à primeira. Parabéns à equipa!

Obrigado,
Duarte Figueiredo"""),

    dict(n=21, signals="-", priority="low", trap="feature-request", qt=0, reply=0,
         frm="Aline Sato - Ateliê Fio de Ouro <contato@ateliefiodeouro.example>",
         to="vendedores@mercadobrasa.example",
         subject="Sugestão: bloquear compradores e exportar vendas",
         body="""\
Olá, equipe do Mercado Brasa!

Vendo pela plataforma há dois anos e no geral estou muito satisfeita. As vendas da Black Friday bombaram, foi o melhor mês da loja.

Queria deixar duas sugestões que fariam muita diferença para quem vende artesanato:

1. Um botão para bloquear compradores específicos. Não é nada grave, é só aquele cliente que compra, pede para cancelar e compra de novo toda semana.
2. Exportar o relatório de vendas em planilha (Excel ou CSV). Hoje eu copio pedido por pedido, e em dezembro isso é um crime, rs.

Não precisa responder com urgência, sei que essa época é corrida para vocês também.

Um abraço,
Aline Sato
Ateliê Fio de Ouro - bordados feitos à mão, com amor 🧵
www.ateliefiodeouro.example | @ateliefiodeouro"""),

    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Nuno Carvalhais <nuno.carvalhais@mail.example>",
         to="apoio@trotinetes-zip.example",
         subject="RE: RE: Viagem não terminada - cobrança de 41,60 € [Pedido #ZP-558102]",
         body="""\
Terceiro e-mail sobre o mesmo assunto e continuo sem resposta que não seja automática.

Volto a explicar: no dia 19 de novembro estacionei a trotinete na Rua Augusta, carreguei em "Terminar viagem", a app deu erro e a viagem ficou aberta a noite toda. Cobraram-me 41,60 € por uma viagem de 10 minutos. Enviei logo no próprio dia a fotografia da trotinete estacionada, com a hora.

Não é uma fortuna, mas é uma questão de princípio. Se até sexta-feira o reembolso não estiver feito, apago a conta, faço reclamação no Livro de Reclamações e peço ao banco que anule o pagamento.

Nuno Carvalhais

-----Mensagem original-----
De: Nuno Carvalhais
Enviada: 28 de novembro de 2026 09:12
Para: apoio@trotinetes-zip.example
Assunto: RE: Viagem não terminada - cobrança de 41,60 € [Pedido #ZP-558102]

> Passou uma semana e ninguém me respondeu. Continuo à espera do reembolso dos 41,60 €. Por favor vejam o pedido #ZP-558102.

-----Mensagem original-----
De: Nuno Carvalhais
Enviada: 20 de novembro de 2026 08:47
Para: apoio@trotinetes-zip.example
Assunto: Viagem não terminada - cobrança de 41,60 €

> Bom dia, ontem terminei a viagem na Rua Augusta mas a app deu erro e a viagem ficou aberta até às 7h de hoje. Foram-me cobrados 41,60 €.
> Envio em anexo a foto da trotinete estacionada às 21h04. Peço o reembolso do valor cobrado a mais."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Dr. Henrique Sales <henrique.sales@saudeintegrada.example>",
         to="suporte@teleconsulta.example",
         subject="Nenhum médico da rede consegue entrar - SMS de verificação não chega",
         body="""\
Equipe de suporte,

Sou coordenador médico da Rede Saúde Integrada, que usa a plataforma de vocês nas nossas 9 unidades.

Desde as 7h30 nenhum dos nossos 46 médicos consegue entrar na plataforma. Depois de digitar usuário e senha, a tela pede o código de verificação por SMS, mas o SMS não chega para ninguém. Testamos com operadoras diferentes e o botão "reenviar código" também não resolve.

Com isso, as cerca de 180 teleconsultas agendadas para esta manhã estão paradas, incluindo retornos de pacientes pós-cirúrgicos e renovação de receitas de uso contínuo. Os pacientes estão na sala de espera virtual e nós não conseguimos entrar para atendê-los.

Precisamos de uma solução imediata ou de uma forma alternativa de acesso. Meu celular: (11) 98450-1207.

Dr. Henrique Sales
Coordenador Médico - Rede Saúde Integrada

AVISO DE CONFIDENCIALIDADE: Esta mensagem pode conter informações confidenciais e/ou protegidas por sigilo médico. Se você não for o destinatário pretendido, fica notificado de que qualquer uso, divulgação ou cópia é proibido. Caso a tenha recebido por engano, apague-a e avise o remetente."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Clínica Veterinária Quatro Patas <rececao@quatropatas-vet.example>",
         to="suporte@agendavet.example",
         subject="Lembretes de vacinação por SMS não estão a sair",
         body="""\
Olá, bom dia,

Desde a atualização de quinta-feira os lembretes automáticos de vacinação e desparasitação deixaram de ser enviados aos clientes. No histórico aparecem como "Pendente" e nunca passam a "Enviado". O resto do programa (agenda, fichas dos animais) está a funcionar bem.

Por enquanto estamos a mandar os lembretes à mão pelo WhatsApp da clínica, a partir da lista do dia, o que dá para desenrascar, por isso não é nada de urgente. Mas são uns 40 por dia e gostávamos de voltar ao automático logo que possível.

Ticket anterior (outro assunto, já resolvido): #AV-20931

Obrigada,
Joana Pires
Receção - Clínica Veterinária Quatro Patas
Rua do Almada, 312, Porto | 222 013 448"""),
]
