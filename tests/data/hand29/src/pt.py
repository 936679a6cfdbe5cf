# blind30 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Marques <helena.marques@sapo-mail.example>",
         to="apoio@farmaciaviva.example",
         subject="Encomenda 448120 – os comprimidos não correspondem à caixa",
         body="""\
Boa tarde,

Escrevo em nome da minha mãe, Maria do Carmo Marques, de 81 anos, cliente da vossa farmácia online.

Na encomenda n.º 448120, entregue na segunda-feira, vinha o bisoprolol que o médico lhe receitou, de 2,5 mg. A caixa diz 2,5 mg, mas hoje reparei que os blisters lá dentro são de 10 mg. Ela tomou um comprimido por dia durante três dias. Ontem à noite ficou muito tonta, com o coração muito lento, e desmaiou na cozinha. Está internada no Hospital de Santo António em observação e os médicos confirmaram que foi da dose.

Guardei a caixa e os blisters (lote B7721K, validade 09/2028). Gostaria de saber como é que isto aconteceu e se há mais caixas do mesmo lote a circular, porque pode haver outras pessoas a tomar o mesmo sem saber.

Com os melhores cumprimentos,
Helena Marques
Tel. 912 448 307"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Figueiredo <rui.figueiredo@netcabo-mail.example>",
         to="assistencia@luzegas-energia.example",
         subject="Esquentador instalado ontem – cheiro esquisito e dores de cabeça",
         body="""\
Bom dia,

Ontem à tarde veio cá a casa um técnico vosso instalar o esquentador novo do contrato de manutenção (contrato 55-210398). Correu tudo bem, aparentemente, e ele foi-se embora por volta das 17h.

À noite começámos a sentir um cheiro estranho na cozinha, tipo ovos podres, mas pensámos que vinha do esgoto. Hoje de manhã eu e a minha mulher acordámos com dores de cabeça fortíssimas e enjoos, e o nosso filho de 4 anos vomitou duas vezes. Abrimos as janelas todas, fechámos a torneira do gás e estamos em casa da minha sogra. Uma vizinha disse-nos que a chama do esquentador estava amarela em vez de azul.

Preciso que alguém venha ver isto hoje, não voltamos para casa enquanto não soubermos o que se passa. Morada: Rua das Flores 27, 2.º Esq., 4050-262 Porto.

Rui Figueiredo
912 774 150"""),
    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Thiago Nascimento <thiago.nasc@correiorapido.example>",
         to="ajuda@banco-paineira.example",
         subject="pix que eu nao fiz",
         body="""\
oi, acabei de abrir o app e tem 3 pix saindo da minha conta essa madrugada, R$ 1.200, R$ 850 e R$ 430 pra uma tal de "M S COMERCIO LTDA". eu tava dormindo, nao fiz nada disso e meu celular ta aqui comigo
o que eu faço? da pra bloquear e pegar o dinheiro de volta? era o dinheiro do aluguel

Thiago
enviado do celular"""),
    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Ana Cristina Lobo <ac.lobo@portugalmail.example>",
         to="clientes@atlantica-seguros.example",
         subject="Na minha área de cliente aparecem apólices de outra pessoa",
         body="""\
Exmos. Senhores,

Ao entrar hoje na área de cliente da vossa aplicação, para descarregar o recibo do seguro automóvel, deparei-me com uma situação que me parece grave.

Na secção «As minhas apólices», além das minhas, aparecem duas apólices de um tal Sr. Joaquim P. Ferraz: um seguro de saúde e um seguro de habitação, com morada completa, NIF, data de nascimento, IBAN e até uma lista de consultas e exames comparticipados. Consigo abrir e descarregar os PDF.

Não fiz nada de especial, apenas iniciei sessão como sempre. Tirei capturas de ecrã, caso precisem.

Parece-me evidente que estes dados não deveriam estar visíveis para mim, e receio que os meus também possam estar visíveis para terceiros. Agradeço que verifiquem com urgência e me informem do que se passou.

Com os melhores cumprimentos,
Ana Cristina Lobo
Cliente n.º 7012 338 19"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Carlos Meireles <carlos@tasca-do-meireles.example>",
         to="parceiros@comeja-entregas.example",
         subject="URGENTE – não entram pedidos desde as 19h",
         body="""\
Boa noite,

Sou o dono da Tasca do Meireles (parceiro n.º 20871, Lisboa – Arroios). Desde as 19h que não nos entra um único pedido pela vossa plataforma. O tablet mostra "A ligar..." e fica assim. Já o reiniciámos duas vezes e trocámos do Wi-Fi para os dados móveis. Na app de cliente o nosso restaurante aparece como "Fechado", mas estamos abertos!

É sexta à noite, é quando fazemos metade da faturação da semana. Os estafetas estão parados à porta sem nada para levar e temos a cozinha cheia de comida preparada.

Por favor liguem-me já: 936 201 558.

Carlos Meireles"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Juliana Prado <juliana.prado@correio-contabilprado.example>",
         to="suporte@nuvemail-empresas.example",
         subject="Ninguém no escritório recebe e-mail desde as 9h",
         body="""\
Olá, pessoal do suporte,

Sou a gerente administrativa da Prado Contabilidade e estou escrevendo em nome da equipe toda (22 pessoas, domínio contabilprado.example).

Desde umas 9h da manhã ninguém aqui recebe e-mail. A gente consegue enviar normalmente, mas nada chega: mandei um teste do meu e-mail pessoal e até agora, 14h, não apareceu. Os clientes estão ligando dizendo que as mensagens voltaram com este erro:

   550 5.1.1 Recipient address rejected: mailbox unavailable

Estamos em fechamento de mês, com prazo de guias de imposto e folha de pagamento de clientes hoje e amanhã. Sem e-mail, o escritório simplesmente parou.

Alguém pode olhar isso com prioridade, por favor?

Obrigada,
Juliana Prado
Prado Contabilidade – (11) 3456-7821"""),
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Diogo Antunes <diogo.antunes04@mailbox-pt.example>",
         to="suporte@arcadia-games.example",
         subject="Jogo fica com ecrã branco depois do login",
         body="""\
Olá

desde a atualização de ontem o Reinos de Aço fica só com o ecrã branco depois de eu fazer login no launcher. Não aparece erro nenhum, fica branco e passados uns minutos fecha sozinho. Já reinstalei o jogo, atualizei os drivers da placa gráfica e até experimentei no portátil do meu irmão, dá o mesmo.

Tenho o passe de temporada pago e não consigo jogar nada há dois dias. Há alguma solução?

Cumps,
Diogo (nick: DiogoFalcao)"""),
    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Sofia Teixeira <sofia.teixeira@grupo-tagus.example>",
         to="help@vendaflow-crm.example",
         subject="Relatórios não exportam e pipeline lento",
         body="""\
Olá,

Desde terça-feira temos alguns problemas no VendaFlow (conta Grupo Tagus, plano Pro):

• a exportação de relatórios para Excel fica em "A processar..." e nunca termina;
• o pipeline demora cerca de 20 segundos a carregar quando tem mais de 100 negócios;
• os lembretes de tarefas chegam com horas de atraso.

O resto funciona: conseguimos registar contactos, criar negócios e enviar e-mails a partir da plataforma. Mas o relatório semanal para a direção tem de ser feito à mão, o que nos está a custar bastante tempo.

Podem verificar?

Obrigada,
Sofia Teixeira
Coordenadora Comercial"""),
    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Manuel Sequeira <manuel.sequeira@iol-mail.example>",
         to="apoio.app@comboios-litoral.example",
         subject="A aplicação fecha sozinha – tenho viagem amanhã",
         body="""\
Boa tarde,

É normal que a aplicação feche sozinha logo que abro «Os meus bilhetes»? Desde ontem, sempre que carrego aí, o ecrã fica preto um segundo e volto para o menu do telemóvel. Já desinstalei e voltei a instalar.

O problema é que comprei pela aplicação o bilhete para amanhã às 7h10, Lisboa – Porto, e o bilhete só existe lá dentro. O e-mail de confirmação não traz o código QR. Como é que mostro o bilhete ao revisor?

Referência da compra: CL-2026-881045.

Obrigado,
Manuel Sequeira"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Patrícia Gomes <patricia.gomes@correiobrasil.example>",
         to="atendimento@mercatudo.example",
         subject="Cobrança em dobro no pedido 2026-7741093",
         body="""\
Boa tarde,

Fiz um pedido na segunda-feira (nº 2026-7741093, uma air fryer de R$ 389,90) e no meu cartão apareceram duas cobranças do mesmo valor, no mesmo horário. No site o pedido aparece uma vez só e vai chegar um produto só.

Já conferi na fatura do cartão e as duas estão lá, não é pré-autorização. Vocês podem estornar a cobrança duplicada, por favor?

Segue em anexo o print da fatura.

Atenciosamente,
Patrícia Gomes"""),
    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Beatriz Carvalho <beatriz.carvalho@clix-mail.example>",
         to="reembolsos@voa-atlantico.example",
         subject="Reembolso do voo cancelado VT 1482 – ainda não recebi",
         body="""\
Bom dia,

O meu voo VT 1482 Lisboa – Ponta Delgada de 12 de outubro foi cancelado por vocês e pedi o reembolso no próprio dia (pedido REF-99271). Recebi um e-mail a dizer que o valor de 486,40 € seria devolvido no prazo de 7 dias úteis. Passaram quase dois meses.

Já liguei três vezes para a linha de apoio e dizem-me sempre que "está em processamento". Compreendo que haja muitos pedidos, mas este dinheiro faz-me mesmo muita falta: o meu pai está doente em São Miguel e preciso de comprar outra viagem para ir ter com ele nos próximos dias, e sem esse valor não consigo.

Peço, por favor, que me indiquem uma data concreta para o reembolso.

Beatriz Carvalho
NIF 245 118 903"""),
    dict(n=12, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Fernando Pinto <fernando.pinto@caixapostal.example>",
         to="faturas@ondacom.example",
         subject="Dúvida – taxa de 1,50 € na fatura",
         body="""\
Boa tarde,

Na fatura de novembro (cliente 301 552 879) aparece uma linha «Emissão de fatura em papel – 1,50 €». Pensava que já tinha pedido a fatura eletrónica no verão. Não é nada de especial, só queria confirmar se continuo a receber em papel e, se for o caso, como passo para a eletrónica.

Cumprimentos,
Fernando Pinto"""),
    dict(n=13, signals="payment", priority="medium", trap="subscription", qt=0, reply=0,
         frm="Rafaela Souza <rafa.souza@correiodosul.example>",
         to="contato@sintonia-music.example",
         subject="Cancelei a assinatura e continuo sendo cobrada",
         body="""\
Oi!

Cancelei minha assinatura Família do Sintonia no dia 3 de novembro, recebi até o e-mail "Sentiremos sua falta 😢". Mesmo assim, no dia 5 de novembro e de novo no dia 5 de dezembro caiu a cobrança de R$ 34,90 no meu cartão.

No app aparece "Plano Gratuito", então não entendo por que continuam cobrando. Quero o estorno das duas mensalidades e a confirmação de que não vai ter mais cobrança.

Valeu,
Rafaela Souza"""),
    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Eduardo Ribeiro <eduardo.ribeiro@correiovip.example>",
         to="suporte@guardanuvem.example",
         subject="Código de verificação não é aceito",
         body="""\
Olá,

Troquei de celular no fim de semana e, desde então, não consigo entrar na minha conta do GuardaNuvem. Coloco e-mail e senha, ele pede o código de 6 dígitos do aplicativo autenticador, mas o autenticador no celular novo está vazio (não transferi as contas, erro meu). Tentei usar os códigos de recuperação, mas não acho o papel onde anotei.

Tenho lá as fotos da família e alguns documentos do trabalho. Como faço para recuperar o acesso? Posso comprovar a identidade do jeito que vocês precisarem.

Obrigado,
Eduardo Ribeiro
conta: eduardo.ribeiro@correiovip.example"""),
    dict(n=15, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Joana Rebelo <joana.rebelo@rebelo-design.example>",
         to="suporte@faturafacil.example",
         subject="Não consigo entrar – preciso de emitir faturas hoje",
         body="""\
Olá,

Sou trabalhadora independente e uso o FaturaFácil para emitir faturas-recibo. Hoje de manhã pedi para alterar o e-mail da conta e, por engano, escrevi "joana.rebelo@rebelo-desing.example" (com o "s" e o "g" trocados). Agora a conta diz «A aguardar confirmação do novo e-mail» e não me deixa entrar, e o link de recuperação da palavra-passe vai para o endereço errado, que nem existe.

Tenho de emitir três faturas até ao final do dia para receber ainda este mês, e a declaração do IVA termina amanhã. Conseguem repor o e-mail antigo (joana.rebelo@rebelo-design.example)?

NIF: 234 567 890

Obrigada desde já,
Joana Rebelo"""),
    dict(n=16, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="António Moreira <antonio.moreira@vizinho-mail.example>",
         to="fidelizacao@hoteis-marfim.example",
         subject="Como ativo a verificação em dois passos?",
         body="""\
Boa tarde,

Sou membro do programa Marfim Estrelas (n.º 40 221 873). Li no vosso site que agora é possível ativar a verificação em dois passos na conta, mas não encontro essa opção no perfil. Podem explicar-me onde está? Já agora, também gostava de saber se consigo mudar a palavra-passe pela aplicação ou só pelo site.

Obrigado e bom trabalho,
António Moreira"""),
    dict(n=17, signals="account", priority="medium", trap="non-native", qt=0, reply=0,
         frm="Oksana Kovalenko <oksana.kovalenko@caixa-mail.example>",
         to="secretaria@escola-vale-verde.example",
         subject="Não consigo entrar no portal dos pais",
         body="""\
Bom dia,

Sou mãe do aluno Maksym Kovalenko, do 5.º B. Desde semana passada não consigo entrar no portal de encarregados de educação. Eu meti palavra-passe errada algumas vezes e agora aparece «Conta bloqueada, contacte os serviços administrativos».

Eu preciso do portal para ver os sumários e justificar as faltas do meu filho, ele esteve doente dois dias. Pode desbloquear a conta ou mandar nova palavra-passe para este e-mail, por favor?

Desculpe o meu português.

Muito obrigada,
Oksana Kovalenko"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lucas Ferreira <lucas.ferreira@correiofacil.example>",
         to="sac@somzeiro-eletronicos.example",
         subject="Fone Turbo X – só elogios",
         body="""\
Fala, pessoal!

Só passando pra dizer que o fone Turbo X que comprei com vocês é uma bomba. O grave é matador, a bateria aguenta a semana inteira e o cancelamento de ruído me salvou no metrô lotado. Meu irmão testou e ficou doido, já quer um igual.

Aproveitando: a loja tá pegando fogo com essa promoção de fim de ano, hein? Se o Turbo X Pro entrar na promoção também, me avisem que eu compro na hora.

Abraço,
Lucas"""),
    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Inês Valente <ines.valente@mailpt.example>",
         to="reservas@rodaviva-rent.example",
         subject="RE: Cobrança duplicada – reserva RV-30917",
         body="""\
Olá Sr. Duarte,

Confirmo que o valor já me foi devolvido ao cartão esta manhã. Obrigada pela rapidez e pela simpatia!

Aproveito para perguntar: na próxima reserva posso levantar o carro no aeroporto de Faro e entregá-lo em Lisboa?

Cumprimentos,
Inês Valente

Em qua., 25/11/2026 às 16:42, Rodaviva Rent-a-Car <reservas@rodaviva-rent.example> escreveu:
> Cara Sra. D. Inês Valente,
> Recebemos a sua mensagem:
> «Na reserva RV-30917 foram-me cobrados duas vezes 312,60 € no cartão
> terminado em 4471, e só aluguei um carro. Preciso que me devolvam
> o valor cobrado a mais o quanto antes.»
> Confirmámos o pagamento em duplicado e já demos ordem de estorno.
> O valor deverá surgir na sua conta em 3 a 5 dias úteis.
> Com os melhores cumprimentos,
> Paulo Duarte
> Rodaviva Rent-a-Car"""),
    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Marina Castro <marina.castro@correiobike.example>",
         to="vendas@pedalurbano.example",
         subject="Dúvida antes de comprar a bike elétrica",
         body="""\
Olá, tudo bem?

Estou pensando em comprar a bike elétrica Urbana E2 no site de vocês, mas antes queria tirar umas dúvidas:

- Se a bike chegar quebrada ou com o quadro amassado, como funciona a troca? Vocês buscam em casa?
- Se eu me arrepender, tenho direito ao reembolso total ou desconta o frete?
- A bateria tem garantia de quanto tempo? Li umas histórias de bateria que pega fogo e fiquei meio cabreira.

Moro em Curitiba, se fizer diferença para o frete.

Obrigada!
Marina"""),
    dict(n=21, signals="-", priority="low", trap="tone", qt=0, reply=0,
         frm="Teresa Almeida <teresa.almeida@vianet-mail.example>",
         to="apoio@banco-lusitano.example",
         subject="Sobre a vossa newsletter «Alerta: roubo de dados»",
         body="""\
Boa tarde,

Escrevo por causa da newsletter que enviaram na semana passada com o assunto «ALERTA: roubo de dados – proteja já a sua conta». A minha mãe, que tem 79 anos e é cliente do banco há décadas, leu só o assunto e ligou-me a chorar, convencida de que lhe tinham pirateado a conta e roubado as poupanças. Passei a tarde a acalmá-la e a mostrar-lhe na aplicação que estava tudo bem.

O conteúdo até era útil (dicas sobre SMS falsos e palavras-passe), mas o tom do assunto foi exagerado. Será que podiam ter um pouco mais de cuidado com a forma como escrevem estes avisos, a pensar nos clientes mais velhos?

Cumprimentos,
Teresa Almeida"""),
    dict(n=22, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Nuno Barros <nuno.barros@fibra-mail.example>",
         to="clientes@cestafresca.example",
         subject="Entrega de sábado – pedido especial",
         body="""\
Olá,

Tenho uma entrega marcada para sábado de manhã (encomenda CF-662014). Parti o pé a jogar futebol na semana passada e ando de muletas, por isso não consigo ir buscar os sacos à porta do prédio nem carregar os garrafões de água.

Seria possível o estafeta subir até ao 3.º andar? Não há elevador, infelizmente. Se houver algum custo extra, não há problema.

Obrigado!
Nuno Barros"""),
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Roberto Lima <roberto.lima@correio-metalsul.example>",
         to="suporte@pontocerto-rh.example",
         subject="Nenhum funcionário consegue bater o ponto – erro no login",
         body="""\
Bom dia,

Aqui é o Roberto, da TI da Metalsul. Desde a virada do turno das 6h, nenhum dos nossos cerca de 340 funcionários, nas três fábricas (Caxias do Sul, Joinville e Canoas), consegue entrar no PontoCerto para registrar a entrada. O login pelo SSO da empresa volta sempre para a tela inicial com a mensagem:

   "Falha na autenticação: SAML response inválida (AUTH-4012)"

Nos outros sistemas o SSO funciona normal, então o problema parece estar do lado de vocês. O pessoal está anotando horário em papel, mas o RH precisa fechar o ponto hoje para a folha.

Por favor, tratem como prioridade máxima.

Roberto Lima
Coordenador de TI – Metalsul Indústria
(54) 3220-1187"""),
    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Luísa Fontes <luisa.fontes@transportes-douro.example>",
         to="enterprise@salarium.example",
         subject="Contrato Enterprise TD-2024-017 – falha na exportação do ficheiro SEPA",
         body="""\
Exmos. Senhores,

Na qualidade de Diretora Financeira da Transportes Douro, S.A., e ao abrigo do contrato Enterprise TD-2024-017, que prevê um SLA de disponibilidade de 99,9 % e um tempo de resposta de 2 horas para incidentes, venho reportar o seguinte:

Desde ontem às 15h, o módulo de processamento salarial do Salarium não gera o ficheiro SEPA de transferências. O processamento termina, mas ao clicar em «Exportar SEPA» surge «Erro interno (EXP-311)» e nenhum ficheiro é criado. As restantes funcionalidades (recibos, mapas de férias, relatórios) estão operacionais.

Temos de enviar o ficheiro ao banco até quinta-feira para pagar a tempo os salários de 412 colaboradores.

Solicito a abertura de um incidente prioritário e o contacto de um gestor técnico ainda hoje.

Com os melhores cumprimentos,
Luísa Fontes
Diretora Financeira
Transportes Douro, S.A."""),
]
