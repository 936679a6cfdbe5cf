# blind43 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Marques Santos <helena.msantos@mail-pt.example>",
         to="apoio@farmaciaviva.example",
         subject="Encomenda 448120 - comprimidos com a dosagem errada",
         body="""\
Bom dia,

Recebi ontem a encomenda n.º 448120 com a medicação da minha mãe, que tem 84 anos. Pedimos Varfarina 1 mg, como sempre, mas a caixa que veio diz 5 mg. Só reparei hoje de manhã, quando fui preparar a caixinha semanal dos comprimidos.

Ela já tomou um ontem à noite e outro hoje ao pequeno-almoço, a achar que eram os de 1 mg. Agora tem umas nódoas negras nos braços que não tinha e a gengiva sangrou quando lavou os dentes.

Já liguei para a médica de família, mas só atendem à tarde. Preciso de saber com urgência se o erro foi vosso ou da receita e o que faço ao resto da caixa. Podem ligar-me para o 912 447 318?

Helena Santos"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Oliveira <marta.oliveira77@mail-pt.example>",
         to="hospedes@alfamastays.example",
         subject="Reserva AL-20931 cheiro a gas",
         body="""\
Boa noite, chegámos há uma hora ao apartamento da Rua dos Remédios (reserva AL-20931). Desde que ligámos o esquentador para o banho dos miúdos há um cheiro forte a gás na casa de banho e na cozinha. O mais novo queixa-se de dores de cabeça e está enjoado, eu também estou um bocado tonta.
Fechámos a botija, abrimos as janelas e estamos cá fora na rua com as malas. O anfitrião não atende.
O que fazemos? Onde dormimos hoje?
Marta

Enviado do meu iPhone"""),

    dict(n=3, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Carolina Ferraz <carolina.ferraz@correio-sul.example>",
         to="ajuda@flertee.example",
         subject="Alguém trocou o e-mail da minha conta e está pedindo dinheiro",
         body="""\
Oi, pessoal

Ontem à noite chegou um e-mail de vocês dizendo que o e-mail da minha conta tinha sido alterado. Não fui eu. Quando tentei entrar, minha senha não funciona mais e o "esqueci a senha" manda o link pro e-mail novo, que não é meu.

E o pior: duas pessoas com quem eu converso no app me chamaram no WhatsApp perguntando por que "eu" estava pedindo R$ 800 emprestados via Pix pra pagar o conserto do carro. Tem alguém usando meu perfil, com as minhas fotos, pedindo dinheiro pros meus matches.

Por favor bloqueiem esse perfil agora e me devolvam o acesso.
Usuário: @carol.ferraz92
E-mail original: carolina.ferraz@correio-sul.example
Celular do cadastro: (11) 98842-7710

Carolina Ferraz"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rodrigo Almeida Nunes <rodrigo.anunes@correio-sul.example>",
         to="suporte@palpitebet.example",
         subject="Depósitos no meu cartão que eu não fiz",
         body="""\
Boa tarde,

Tenho cadastro na plataforma há uns dois anos mas quase não uso, a última vez foi na Copa. Hoje abri a fatura do cartão e tem três depósitos de R$ 500,00 para vocês, nos dias 1, 2 e 3 de dezembro, com o cartão final 4471. Eu não fiz nenhum deles, estava viajando a trabalho e nem abri o app.

Entrei no site e o saldo está zerado. No histórico aparecem apostas em jogos de tênis que eu nunca vi e um pedido de saque para uma chave Pix que não é minha, ainda "em análise".

Já liguei pro banco e cancelei o cartão. Peço que vocês segurem esse saque e me digam como recuperar os R$ 1.500,00.

CPF 318.442.907-15
Rodrigo Almeida Nunes"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Teresa Cabral Duarte <teresa.duarte@residenciascuidar.example>",
         to="suporte@medisys-care.example",
         subject="URGENTE - registo de medicação sem resposta nas três residências",
         body="""\
Exmos. Senhores,

Desde as 07h40 de hoje, nenhum dos tablets das nossas três residências (Lar São Bento, Lar da Quinta e Residência Sénior Vale Verde) consegue abrir o módulo de administração de medicação: a aplicação fica no ecrã de carregamento e, ao fim de um minuto, aparece "Erro 503 - tente mais tarde". O portal web mostra a mesma mensagem nos computadores da enfermagem.

Temos 142 utentes, muitos com medicação às 12h00 (insulina, anticoagulantes, antiepiléticos). Neste momento as equipas estão a trabalhar com as folhas impressas de ontem, que não incluem as alterações de prescrição feitas durante a noite.

Solicitamos contacto telefónico imediato da equipa técnica e uma previsão de reposição.

Com os melhores cumprimentos,

Enf.ª Teresa Cabral Duarte
Diretora Técnica de Enfermagem
Grupo Residências Cuidar, S.A.
Tel.: 229 618 400 | Ext. 212

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por engano, informe o remetente e elimine-a de imediato. É proibida a utilização, divulgação ou cópia não autorizada do seu conteúdo."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rui Tavares <rui.tavares@pratododia.example>",
         to="helpdesk@caixaplus-pos.example",
         subject="Caixas presas no arranque em 12 restaurantes",
         body="""\
Boa tarde,

Depois da atualização desta noite, os terminais de caixa de todos os nossos restaurantes ficam parados no logótipo ao arrancar. Já reiniciámos em várias lojas e fica igual. São 12 restaurantes (Lisboa, Almada, Oeiras e Setúbal), já com clientes sentados para o almoço.

Estamos a tirar os pedidos à mão e a aceitar só numerário, mas a cozinha não recebe as comandas e em Oeiras já há fila à porta.

Liguem-me, por favor, para o 965 210 884 assim que lerem isto.

Rui Tavares
Diretor de Operações
Prato do Dia, Lda."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sandra Pires <secretaria@ecavenida.example>",
         to="suporte@marcaaula.example",
         subject="Plataforma de marcações só dá 502",
         body="""\
Olá,

Somos a Escola de Condução Avenida, em Viseu, e usamos o vosso sistema para marcar as aulas práticas e os exames. Desde ontem, por volta das 18h, o endereço da plataforma só mostra "502 Bad Gateway" e a app dos instrutores fica a carregar sem nunca mostrar a agenda. Já experimentámos noutro computador, noutra rede e no telemóvel com dados móveis. Nada.

Temos três instrutores e não sabemos quem tem aula marcada para hoje. Estamos a ligar aos alunos um a um, de memória.

Conseguem ver o que se passa?

Cumprimentos,
Sandra Pires
Escola de Condução Avenida
Rua Formosa 112, 3500-135 Viseu
232 418 090"""),

    dict(n=8, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Bruno Lacerda <bruno.lacerda@transnorte.example>",
         to="suporte@etiquetar.example",
         subject="Vários pontos - etiquetas, logótipo e manifesto",
         body="""\
Bom dia Patrícia,

Seguem os pontos que ficaram pendentes da nossa reunião, mais um novo:

1. O logótipo nas etiquetas continua a sair desfocado na Zebra do armazém da Maia. Não é grave, mas os clientes já comentaram.
2. Desde segunda-feira, as etiquetas do serviço Expresso 24h dão sempre "Erro 500 - serviço indisponível" ao gerar. As do serviço Normal saem bem. São uns 40 envios expresso por dia; por agora estamos a passá-los para o Normal e a avisar os clientes, mas não podemos ficar assim muito tempo.
3. Seria possível exportar o manifesto em CSV, além do PDF?
4. Confirmam que a formação dos novos operadores continua marcada para dia 15?

Obrigado,
Bruno Lacerda
Coordenador de Operações | TransNorte Logística, S.A.
Maia - Portugal"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Felipe Gouveia <felipe.gouveia@correio-sul.example>",
         to="suporte@casaconectada.example",
         subject="App do termostato demorando pra abrir",
         body="""\
Olá, tudo bem?

Nada urgente, só queria comentar: de umas duas semanas pra cá o app demora uns 20 a 30 segundos para abrir e mostrar a temperatura dos cômodos. Antes era na hora. Depois que abre, tudo funciona normal, consigo ligar o aquecedor e programar os horários sem problema.

Uso um Motorola G54 com Android 14, app versão 3.8.2. Já limpei o cache e não mudou nada.

Se precisarem de algum log, é só falar.

Abraço,
Felipe Gouveia"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Inês Carvalho <ines.carvalho@mail-pt.example>",
         to="socios@fitzonegym.example",
         subject="Fatura de novembro - descrição da mensalidade",
         body="""\
Boa tarde,

Sou sócia do ginásio de Benfica desde março e tenho uma dúvida sobre as faturas que recebo por e-mail. A de novembro vem com o meu NIF, mas a descrição diz só "Serviços diversos - 34,90 €".

A empresa onde trabalho comparticipa metade da mensalidade, mas pedem que a fatura diga "mensalidade" e o mês a que se refere. É possível passarem a emitir assim? E a de novembro dá para corrigir, ou tenho de pedir uma nova?

Obrigada,
Inês Carvalho
Sócia n.º 20417"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="José Manuel Ribeiro <jm.ribeiro@mail-pt.example>",
         to="clientes@aguasdomondego.example",
         subject="Débito em duplicado - fatura de novembro",
         body="""\
Bom dia,

A fatura da água de novembro (FT 2026/118442, 38,17 €) foi debitada duas vezes na minha conta, nos dias 2 e 3 de dezembro, pelo mesmo valor, como podem ver no extrato em anexo.

Cliente n.º 5002118873
Local de consumo: Rua das Flores 14, 2.º Esq., 3000-170 Coimbra

Peço que devolvam o valor cobrado a mais, de preferência por transferência para o IBAN da autorização de débito.

Com os melhores cumprimentos,
José Manuel Ribeiro"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Patrícia Moura <patricia.moura@correio-sul.example>",
         to="atendimento@petboxclube.example",
         subject="Fwd: Cancelamento da sua assinatura confirmado",
         body="""\
Olá,

Encaminho abaixo a confirmação do cancelamento. Já se passaram 18 dias e o estorno de R$ 189,90 da caixa de dezembro (que vocês mesmos disseram que não seria enviada) não apareceu na fatura do cartão. Podem verificar, por favor?

Obrigada,
Patrícia Moura

---------- Mensagem encaminhada ---------
De: PetBox Clube <naoresponda@petboxclube.example>
Date: sex., 13 de nov. de 2026 às 16:02
Subject: Cancelamento da sua assinatura confirmado
To: <patricia.moura@correio-sul.example>

Olá, Patrícia!

Confirmamos o cancelamento da sua assinatura Plano Gato Adulto 3 kg.
A cobrança de R$ 189,90 feita em 12/11 será estornada em até 10 dias úteis no cartão final 2290.

Sentiremos falta da Mimi!
Equipe PetBox Clube"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Marco Bellini <marco.bellini@mail-it.example>",
         to="ajuda@nuvobank.example",
         subject="Cartão bloqueado em Marrocos, urgente!!",
         body="""\
Olá,

Sou cliente desde 2024, moro em Lisboa mas sou italiano, desculpa o meu português.

Estou em Marrakech desde ontem e hoje de manhã o cartão foi recusado no hotel e também no multibanco, duas vezes. Na app aparece "cartão bloqueado preventivamente" mas não tem botão para desbloquear, só o chat, que não responde há 3 horas.

Eu tenho de pagar o hotel até as 12 horas de amanhã (4 noites, 2.300 dirhams) e não tenho outro cartão comigo, só 40 euros em dinheiro. Fui eu que fiz todos os pagamentos, não é fraude, eu avisei na app que ia viajar.

Por favor desbloqueiam o mais rápido possível.

Obrigado
Marco Bellini
+351 936 118 402 (tenho roaming)"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ana Rita Fonseca <anarita.fonseca@mail-pt.example>",
         to="apoio@creche-app.example",
         subject="Alterar o número de telemóvel para os códigos de acesso",
         body="""\
Exmos. Senhores,

Antes de mais, obrigada pela aplicação, tem sido muito útil para acompanhar o dia a dia da nossa filha na creche.

No próximo mês vou mudar de operadora e também de número de telemóvel. Como os códigos para entrar na aplicação chegam por SMS ao número atual, gostaria de saber como posso alterá-lo antes da mudança. Devo fazê-lo eu na aplicação ou tem de ser a creche a alterar?

Agradeço desde já a atenção.

Com os melhores cumprimentos,
Ana Rita Fonseca
(mãe da Leonor Fonseca, Sala dos Golfinhos - Creche O Pião)"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Manuel Lopes <manuel.g.lopes@mail-pt.example>",
         to="apoio.cliente@movinet.example",
         subject="Não recebo o e-mail para repor a palavra-passe",
         body="""\
Olá,

Estou a tentar entrar na área de cliente para ver as faturas e não me lembro da palavra-passe. Carrego em "Esqueci-me da palavra-passe", ponho o meu e-mail e aparece "Enviámos-lhe um e-mail com instruções", mas o e-mail nunca chega. Já tentei quatro vezes desde sábado e já procurei no spam, nas promoções, em todo o lado. Os outros e-mails vossos (faturas, publicidade) chegam a este endereço sem problema.

O meu número é o 926 384 015, titular Manuel Gaspar Lopes.

Há outra forma de repor a palavra-passe? Por SMS, por exemplo?

Obrigado,
Manuel Lopes"""),

    dict(n=16, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Gustavo Henrique Rocha <gustavo.rocha@contactmais.example>",
         to="suporte@falaweb.example",
         subject="Re: [Chamado #77120] Remover acesso de ex-colaboradora",
         body="""\
Olá, Juliana, obrigado pelo retorno. Respondo abaixo:

> 1. Qual o nome completo e o login da colaboradora que deve ser desativada?
Fernanda Costa Lima, login fernanda.lima@contactmais.example

> 2. Ela tinha perfil de supervisora ou de operadora?
Supervisora. Por isso a pressa: ela via as gravações e os relatórios de todas as equipes.

> 3. Vocês precisam manter o histórico de atendimentos dela?
Sim, por favor, precisamos dos registros para a auditoria do cliente.

> 4. Há um novo usuário para ser criado no lugar dela?
Sim: Ricardo Matos Pereira, ricardo.pereira@contactmais.example, mesmo perfil de supervisor, equipe Cobrança 2.

Ela saiu da empresa na sexta-feira. Tentei remover pelo painel de administração, mas aparece "Você não tem permissão para alterar usuários deste perfil", mesmo eu sendo administrador. Se conseguirem fazer até amanhã, agradeço.

Att.,
Gustavo Henrique Rocha
Coordenador de TI - ContactMais Atendimento
(21) 3344-8120"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Cláudia Meireles <claudia.meireles@cm-contabilidade.example>",
         to="suporte@contafacil.example",
         subject="Conta bloqueada - tenho de submeter IVA hoje",
         body="""\
Boa tarde,

Sou contabilista certificada e uso o vosso software para 23 empresas clientes. Desde esta manhã que não consigo entrar: meto a palavra-passe, o sistema pede o código de verificação e envia-o para um número que já não uso. Mudei de número em outubro e atualizei-o no perfil, mas pelos vistos não ficou gravado. Depois de três tentativas aparece "Conta bloqueada temporariamente".

As declarações periódicas de IVA de oito destas empresas têm de seguir hoje e os dados estão todos no vosso sistema.

Preciso que me desbloqueiem a conta e passem o número para o 913 552 076. Envio cópia do cartão de cidadão ou o que for preciso.

Obrigada,
Cláudia Meireles
Contabilista Certificada n.º 84211"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sofia Antunes <sofia@jardimdeinverno.example>",
         to="suporte@lojafacil.example",
         subject="Fim de semana de loucos - obrigada!",
         body="""\
Olá equipa,

Só queria deixar um agradecimento. Este fim de semana lançámos as coroas de Advento e a loja online pegou fogo: 312 encomendas em dois dias, quando o nosso recorde eram 90. No sábado à tarde estava tudo a arder cá na oficina, três pessoas a fazer arranjos e eu a correr para a carrinha.

O site aguentou tudo sem ir abaixo, nem um crash, e a nova opção de escolher a hora de entrega é matadora, os clientes adoraram. Estou a morrer de sono, mas contente.

Se quiserem usar o nosso caso como exemplo nas vossas redes, estejam à vontade.

Um beijinho a toda a equipa,
Sofia Antunes
Jardim de Inverno - Flores e Plantas
Braga"""),

    dict(n=19, signals="-", priority="low", trap="training", qt=0, reply=0,
         frm="Larissa Menezes <larissa.menezes@construtoraalicerce.example>",
         to="contato@treinarbem.example",
         subject="Orçamento - brigada de incêndio e primeiros socorros",
         body="""\
Boa tarde,

Somos a Construtora Alicerce, com três obras em andamento em Campinas. Precisamos renovar o treinamento da brigada de incêndio (NR-23) e de primeiros socorros para cerca de 35 colaboradores antes do recesso de fim de ano.

Gostaríamos de saber:
- se o curso inclui a parte prática com extintores e o simulado de evacuação no próprio canteiro;
- se o módulo de primeiros socorros cobre queimaduras, choque elétrico e queda de altura, que são os acidentes mais comuns nas nossas obras;
- qual o prazo para emissão dos certificados.

No último simulado, em março, a fumaça chegou a assustar os vizinhos e alguém chamou os bombeiros, então desta vez queremos avisar a prefeitura antes.

Fico no aguardo do orçamento.

Att.,
Larissa Menezes
Técnica de Segurança do Trabalho
Construtora Alicerce Ltda."""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Alberto Nogueira <alberto.nogueira@mail-pt.example>",
         to="loja@oticaclara.example",
         subject="Dúvidas antes de encomendar óculos progressivos",
         body="""\
Boa noite,

Estou a pensar encomendar os meus primeiros óculos progressivos na vossa loja online (armação Tejo 52, lentes com filtro de luz azul), mas antes queria esclarecer umas coisas:

- Se não me habituar às lentes, posso devolver e ter reembolso total, ou só devolvem o valor da armação?
- Se os óculos se partirem num acidente nos primeiros meses, ou se forem roubados, o seguro que anunciam cobre? Pergunto porque já me roubaram uns óculos de sol no ginásio.
- O reembolso é feito no cartão ou em vale de compras?

Obrigado pela atenção,
Alberto Nogueira"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Carla Vieira <carla.vieira@mail-pt.example>",
         to="marcacoes@ouvirbem.example",
         subject="Remarcar consulta de ajuste dos aparelhos",
         body="""\
Boa tarde, Dra. Raquel,

O meu pai, Sr. António Vieira, tinha consulta marcada para quinta-feira, dia 10, às 15h, para a revisão dos aparelhos auditivos. Infelizmente não vamos conseguir ir: ele teve um acidente de carro no domingo. Nada de grave, graças a Deus, mas partiu o pulso e esteve no hospital até ontem, está com o braço engessado e ainda muito dorido. O carro ficou desfeito, por isso também estamos sem transporte.

Seria possível remarcar para a semana de 14? De manhã dá mais jeito.

Os aparelhos estão bons, é só a revisão dos seis meses.

Obrigada,
Carla Vieira (filha)
917 220 563"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Susana Teixeira <susana.teixeira@mail-pt.example>",
         to="apoio@caixaja.example",
         subject="Re: Pedido 55210348 - cacifo não abre",
         body="""\
Bom dia,

Já está, consegui levantar a encomenda ontem à noite com o novo código. Obrigada pela rapidez!

Só uma dúvida: posso deixar este cacifo como morada habitual para as próximas compras, ou tenho de o escolher de cada vez?

Susana Teixeira

A 10/12/2026, às 10:02, Apoio ao Cliente CaixaJá <apoio@caixaja.example> escreveu:

> Olá Susana,
> Lamentamos o incómodo. Foi gerado um novo código de levantamento, que vai receber por SMS nos próximos minutos.
> Com os melhores cumprimentos,
> Equipa CaixaJá
>
> A 9/12/2026, às 19:47, Susana Teixeira escreveu:
> > Boa noite,
> > O cacifo do centro comercial de Telheiras está com o ecrã todo preto e não reage a nada. Já tentei três vezes com o código que me mandaram e nenhuma porta abre. Estão lá as prendas dos miúdos e amanhã termina o prazo de levantamento.
> > Susana"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Frederico Pinto Sá <frederico.sa@mail-pt.example>",
         to="apoio@partilhacar.example",
         subject="Re: Re: Cobrança de 150 € por danos que não fiz",
         body="""\
Terceiro e-mail sobre o mesmo assunto e continuo sem resposta, a não ser mensagens automáticas. Os 150 € continuam cobrados no meu cartão e agora apareceram mais 25 € de "taxa de gestão de sinistro". Não aceito.

Se até sexta-feira não tiver resposta de uma pessoa, faço reclamação no Livro de Reclamações eletrónico e peço ao banco para anular os débitos.

Frederico Pinto Sá
Cliente n.º CS-118204

No dia 2/12/2026, às 09:15, Frederico Pinto Sá escreveu:
> Bom dia, volto a escrever porque ninguém me respondeu. Continuo à espera que anulem a cobrança de 150 € da viagem de 24/11. Já enviei as fotos que tirei ao carro no início e no fim da viagem: o risco na porta já lá estava.
>
> No dia 26/11/2026, às 18:40, Frederico Pinto Sá escreveu:
> > Boa tarde,
> > Foram-me cobrados 150 € de "franquia de danos" pela viagem de 24/11 (Renault Zoe, Parque das Nações - Alvalade). Quando peguei no carro, o risco na porta do condutor já existia; tenho fotografias com data e hora. Peço a anulação da cobrança.
> > Frederico Sá"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Nuno Bragança <nuno.braganca@cm-serraalta.example>",
         to="suporte@govdigital.example",
         subject="Códigos SMS de autenticação não chegam - todos os utilizadores do Município",
         body="""\
Bom dia,

Desde ontem, cerca das 16h, nenhum utilizador do Município de Serra Alta recebe o SMS com o código de autenticação. Isto afeta os cerca de 80 funcionários que usam a plataforma de gestão documental e de atendimento e também os munícipes no Balcão Online.

Quem tinha a sessão aberta continua a trabalhar; todos os outros estão parados. As candidaturas ao apoio ao aquecimento para idosos, que terminam na sexta-feira, estão praticamente paradas: ontem e hoje entraram 3, quando a média era de 60 por dia.

O nosso operador de SMS confirma que não está a receber pedidos da vossa parte desde ontem à tarde.

Pedimos tratamento prioritário.

Nuno Bragança
Chefe da Divisão de Sistemas de Informação
Câmara Municipal de Serra Alta
Tel. 245 300 120

Esta mensagem e os seus anexos podem conter informação confidencial. Se não for o destinatário, por favor apague-a e informe o remetente."""),
]
