# blind9 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Graça Mendonça <gracamendonca@mail-lar.example>",
         to="apoio@calorlar.example",
         subject="Aquecedor a óleo AO-2000 (encomenda 77341)",
         body="""\
Boa tarde,

Comprei na vossa loja online, há três semanas, o aquecedor a óleo AO-2000 de 11 elementos (encomenda 77341). Tenho-o usado no quarto do meu neto, ligado à noite na potência média.

Esta manhã acordei com um cheiro esquisito a plástico. A ficha estava mole e deformada, com os pinos escurecidos, e a tomada da parede ficou com uma mancha castanha à volta dos buracos. O cabo, perto da ficha, estava tão quente que não se conseguia segurar. O quadro elétrico tinha disparado durante a noite.

O aparelho estava ligado diretamente à tomada, sem extensões nem triplas, como diz o manual. O meu neto tem 4 anos e dorme a um metro do aquecedor.

Já o desliguei e não volto a ligá-lo. Gostaria de saber o que fazer: devolvo-o? Vêm buscá-lo? E se há mais casos com este modelo, acho que deviam avisar as pessoas.

Cumprimentos,
Graça Mendonça
Braga"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrícia Nogueira <patricia.nogueira@correio.example>",
         to="sac@pulalegal.example",
         subject="Cama elástica 3,66 m - haste da rede",
         body="""\
Olá, boa noite.

Compramos com vocês em agosto a cama elástica de 3,66 m com rede de proteção (pedido PL-220914). Montamos seguindo o manual, com todos os parafusos, e até agora estava tudo certo.

No sábado, meu filho Davi (9 anos) estava pulando sozinho quando uma das hastes que seguram a rede partiu no meio, bem perto da solda. A rede cedeu para fora junto com ele e ele foi parar no chão do quintal, de cara no piso. Abriu o queixo, levou cinco pontos no pronto-socorro e está com o punho imobilizado até sair o resultado do raio-X amanhã.

Olhando a haste, dá para ver que a solda estava enferrujada por dentro, coisa que não aparece por fora.

Gostaria que vocês avaliassem e, se for problema do lote, que avisem os outros compradores. Tenho fotos e guardei a peça.

Atenciosamente,
Patrícia Nogueira
Campinas - SP"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Rui Carvalhais <rui.carvalhais@mail-lar.example>",
         to="encomendas@farmaveterinaria-online.example",
         subject="ERRO GRAVE na dosagem - encomenda FV-10488",
         body="""\
Venho comunicar um erro grave na encomenda FV-10488.

A receita da veterinária era de fenobarbital 15 mg para a Nina, uma cadela de 8 kg com epilepsia. Vocês enviaram caixas de 100 mg. A embalagem é praticamente igual e só reparei depois de lhe ter dado dois comprimidos (um de manhã e outro à noite).

Ontem à noite ela não se aguentava de pé, estava desorientada e quase não respirava. Passou a noite internada no hospital veterinário, a soro, e ainda não sabemos se vai ficar com sequelas no fígado.

Quero saber como é que isto aconteceu, se a troca foi vossa ou do fornecedor, e se há mais clientes com a mesma encomenda trocada, porque isto mata um animal pequeno. Anexo fotografias da caixa, da receita e da etiqueta do envio.

Rui Carvalhais"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Vasconcelos <ines.vasc@mail-lar.example>",
         to="geral@clinicanascer.example",
         subject="Recebi o relatório de outra pessoa",
         body="""\
Bom dia,

Ontem à tarde recebi no meu e-mail, através do vosso portal, um PDF com o assunto "Resultados - ciclo FIV". Abri a pensar que era o meu, mas é de outra paciente: nome completo, data de nascimento, número de utente, os resultados das análises hormonais, o número de embriões e até notas da consulta sobre o marido.

Não o reencaminhei nem o vou fazer, mas fiquei preocupada. Se o dela veio parar a mim, o meu pode estar na caixa de correio de outra pessoa, até porque os meus resultados do mesmo dia ainda não me chegaram.

Peço que me digam o que devo fazer com o ficheiro e que confirmem onde foram parar os meus dados.

Obrigada,
Inês Vasconcelos
(paciente n.º 2026-0871)"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Fernando Lopes <posto.avenida@combustiveis-lopes.example>",
         to="suporte@bombaspay.example",
         subject="bombas bloqueadas!!! posto 0412",
         body="""\
Bom dia

Desde as 6h40 nenhuma bomba autoriza abastecimento. Nas consolas aparece "aguardar autorização" e fica assim, tanto para pagar na caixa como no terminal da bomba. Os cartões de frota também não passam. Reiniciei o servidor do posto como me disseram da outra vez, e nada.

Tenho uma fila de camiões até à rotunda e os clientes estão a ir embora para a concorrência. É segunda de manhã, a hora de mais movimento.

Posto 0412 (Av. da República, Setúbal). Liguem para o 912 000 334.

Fernando Lopes"""),

    dict(n=6, signals="outage", priority="high", trap="plain", qt=0, reply=0,
         frm="Sofia Albuquerque <sofia.albuquerque@albuquerque-advogados.example>",
         to="suporte@juristec.example",
         subject="Portal de peças processuais em baixo - prazo hoje",
         body="""\
Exmos. Senhores,

O vosso portal de submissão de peças processuais está em baixo desde as 14h. Ao carregar em "submeter", a página fica em branco e, passados uns minutos, devolve "serviço indisponível". Já tentei em dois computadores e em dois navegadores diferentes, e o meu colega de escritório tem o mesmo problema.

Tenho hoje, até às 23h59, o prazo de uma contestação (proc. 1882/26.4T8LSB). Se não conseguir submeter, preciso pelo menos de um comprovativo da vossa parte de que o sistema esteve indisponível, para poder invocar justo impedimento.

Agradeço resposta urgente.

Sofia Albuquerque
Advogada"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Marcelo Tavares <marcelo.tavares@correio.example>",
         to="suporte@orbitafone.example",
         subject="ligações caindo no telefone satelital",
         body="""\
Pessoal, boa tarde.

Estou com um Orbitafone S2 alugado (contrato OR-5510) numa expedição no Pará, e desde domingo as ligações caem sempre depois de uns dois minutos. Dá sinal, completa a chamada, dá pra falar normal, e aí do nada cai. Mandar e receber SMS funciona normal, e o rastreamento de GPS também.

A gente está se virando com SMS e ligação curta, então não é o fim do mundo, mas pra falar com a base às vezes precisa de uma ligação mais longa.

Tem alguma configuração que eu possa mudar? A antena está bem aberta e o céu está limpo.

Valeu,
Marcelo Tavares"""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Tiago Sequeira <tsequeira@transitaria-atlantica.example>",
         to="api-support@portoterminal.example",
         subject="API de marcações - 503",
         body="""\
Olá,

Desde ontem por volta das 17h, todas as chamadas à API de marcações (POST /v2/bookings e GET /v2/slots) respondem "503 Service Unavailable". O token renova sem problema, só estes endpoints é que falham. Pelo portal web também não conseguimos: a página de marcações fica a carregar indefinidamente.

Temos 14 recolhas de contentores para amanhã de manhã que ainda não estão marcadas, e os motoristas já estão escalados. Se não conseguirmos marcar até ao fim do dia, não levantamos os contentores.

Cliente: Transitária Atlântica, Lda. - ID API TA-0093.

Obrigado,
Tiago Sequeira
Departamento de Operações"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Alcides Moura <alcides.moura@pedreirasdomarao.example>",
         to="assistencia@pesagemtec.example",
         subject="Balança não passa dados ao programa",
         body="""\
Bom dia Sr. Henrique,

Desde ontem à tarde a balança da entrada deixou de mandar os pesos para o programa das guias. A balança pesa bem, o visor mostra o peso, mas no computador o campo fica a zeros e aparece "sem comunicação com o indicador" no canto do ecrã.

Estamos a escrever as guias à mão e a passá-las para o computador ao fim do dia, por isso vamos andando, mas dá muito trabalho e já houve enganos. São uns 60 camiões por dia.

Quando puder mandar cá alguém ou ligar-se remotamente, agradeço.

Alcides Moura
Pedreiras do Marão - Escritório"""),

    dict(n=10, signals="payment", priority="high", trap="context", qt=0, reply=0,
         frm="Camila Rezende <camila.rezende@correio.example>",
         to="atendimento@voeazulmar.example",
         subject="não consigo pagar a passagem",
         body="""\
Oi, boa tarde

Estou tentando comprar uma passagem Recife-São Paulo para amanhã às 6h (vou para o enterro da minha avó) e meu cartão é recusado toda vez, aparece "transação não autorizada". Liguei no banco e eles disseram que o cartão está normal, com limite, e que a recusa veio do sistema antifraude de vocês. Tentei o cartão do meu marido e deu a mesma coisa.

A reserva está segurada até as 22h (localizador KQ7P2M). Depois disso o valor sobe e pode nem ter mais lugar.

Por favor, me ajudem, não sei mais o que fazer.

Camila"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Manuel Figueiredo <mfigueiredo@mail-lar.example>",
         to="faturacao@aguasdoribatejo.example",
         subject="Fatura de novembro - 412,37 €?!",
         body="""\
Boa tarde.

Recebi a fatura de novembro (n.º FT 2026/118455, contrato 300-44712) no valor de 412,37 €. Normalmente pago entre 25 e 35 € por mês. Vivemos dois na casa.

Pelo que percebo, a fatura foi feita com uma leitura estimada de 187 m3. Fui hoje ver o contador e marca 01342, o que dá um consumo de uns 9 m3 desde a última leitura real. Mando fotografia do contador em anexo, com a data.

Não há fugas, já verifiquei (com as torneiras todas fechadas o contador não mexe).

Peço que corrijam a fatura com a leitura real. O débito direto está marcado para dia 15; se não for possível corrigir antes, digam-me como faço para não me ser cobrado este valor.

Cumprimentos,
Manuel Figueiredo"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Diogo Batista <diogo.batista90@mail-lar.example>",
         to="apoio@apostasestrela.example",
         subject="Levantamento pendente há 9 dias",
         body="""\
Boas,

Fiz um pedido de levantamento de 850,00 € no dia 24 de novembro para o IBAN que tenho registado (o mesmo de sempre, termina em 0417). Na app o estado passou a "processado" no dia 26, mas até hoje o dinheiro não entrou. Já passaram 9 dias e o vosso site diz até 3 dias úteis.

Liguei ao banco e não há nenhuma transferência pendente em meu nome.

Podem enviar-me o comprovativo da transferência ou verificar o que aconteceu?

Utilizador: dbatista90
Obrigado"""),

    dict(n=13, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Helena Rocha <helena.rocha@mail-lar.example>",
         to="amigos@museuceramica-aveiro.example",
         subject="Quota anual - débito não efetuado",
         body="""\
Boa tarde,

Recebi uma carta a dizer que o débito direto da minha quota anual de Amiga do Museu (sócia n.º 1187, 45 €) foi devolvido e que, para regularizar, tenho de pagar a quota mais 5 € de encargos, por transferência.

Não percebo porquê: a conta é a mesma há anos, tem saldo, e o banco diz-me que não recebeu nenhuma instrução de débito vossa este ano, portanto não foi ele que recusou. Parece-me que o erro foi do vosso lado, talvez com a autorização de débito antiga.

Posso pagar a quota por transferência sem problema, mas os 5 € não me parecem justos. E gostava que o débito ficasse a funcionar para o próximo ano.

Obrigada,
Helena Rocha"""),

    dict(n=14, signals="account", priority="high", trap="context", qt=0, reply=0,
         frm="Lucas Fernandes <lucas.fernandes@correio.example>",
         to="suporte@provaonline-uni.example",
         subject="urgente!! código não chega",
         body="""\
Boa noite, sou aluno de Engenharia Civil (matrícula 2023104417) e tenho prova de Cálculo III amanhã às 8h pela plataforma.

Troquei de celular essa semana e agora, quando vou entrar, pede o código do autenticador, que estava no celular velho (que caiu na privada e não liga mais). Tentei "usar outro método", mas a única outra opção é SMS e o número cadastrado é um que eu não tenho desde 2024.

Ou seja, não consigo entrar de jeito nenhum. Se eu não fizer a prova amanhã fico sem nota.

Tem como resetar a verificação ou liberar meu acesso ainda hoje? Posso mandar foto do documento.

Lucas"""),

    dict(n=15, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Joana Pimentel <joanapimentel@mail-lar.example>",
         to="ajuda@telaviva.example",
         subject="A minha conta desapareceu",
         body="""\
Olá,

Tinha conta na TelaViva desde 2021 (com o e-mail joanapimentel@mail-lar.example). Pus a subscrição em pausa em junho porque estive fora, e agora, ao tentar voltar, diz que "não existe nenhuma conta associada a este e-mail".

Entretanto encontrei um e-mail vosso de setembro, que tinha ido para o spam, a dizer que as contas sem subscrição há mais de 90 dias são eliminadas. Ninguém me avisou disso quando pus em pausa.

Posso criar uma conta nova, claro, mas tinha lá quatro perfis (os dos miúdos, com o controlo parental configurado) e as listas de tudo o que estávamos a ver. Há forma de recuperar a conta antiga?

Joana"""),

    dict(n=16, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Renata Moraes <renata.moraes@construtoravaledoouro.example>",
         to="corporativo@voeazulmar.example",
         subject="Administrador da conta corporativa",
         body="""\
Prezados,

Sou a nova responsável por viagens da Construtora Vale do Ouro (conta corporativa n.º CORP-88120). A pessoa que administrava o portal, o Sr. Otávio Prado, saiu da empresa no mês passado e era o único administrador cadastrado. O e-mail dele já foi desativado.

Desde então ninguém consegue aprovar reservas nem cadastrar novos viajantes; os pedidos ficam em "aguardando aprovação do gestor". Temos três viagens de equipe para a obra de Cuiabá em janeiro.

Como faço para ser incluída como administradora e retirar o acesso dele? Posso enviar carta da diretoria com o CNPJ, se precisarem.

Atenciosamente,
Renata Moraes
Compras e Viagens - Construtora Vale do Ouro"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Alberto Sá <alberto.sa@mail-lar.example>",
         to="clientes@oticasclaravisao.example",
         subject="pergunta",
         body="""\
Bom dia,

Tenho o cartão de cliente da Ótica Clara Visão (n.º 40017723), da loja do Porto, e criei agora uma conta no site para encomendar lentes de contacto. Como é que junto o cartão à conta, para contar os pontos e aparecer a minha graduação? Não encontro a opção em "O meu perfil".

Obrigado pela ajuda,
Alberto Sá"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Vinícius Amaral <vini.amaral@correio.example>",
         to="falecom@consolearena.example",
         subject="o novo modo co-op",
         body="""\
Fala, galera da ConsoleArena!

Só passando pra dizer que o modo cooperativo que saiu na atualização de sexta tá simplesmente matador. Ontem eu e meus primos viramos a noite jogando, o grupo do zap tá bombando e o chat tá pegando fogo com todo mundo marcando partida. A fase do vulcão então é de explodir a cabeça, e eu morri de rir com o chefão final.

Uma sugestão: seria massa ter um jeito de salvar a partida no meio da fase no co-op, porque às vezes alguém precisa sair e a gente perde tudo.

Valeu demais, vocês detonaram!
Vini"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Sérgio Bastos <sergio.bastos@correio.example>",
         to="vendas@tintascorpaulista.example",
         subject="Dúvida sobre a queima de estoque",
         body="""\
Boa tarde!

Vi no Instagram de vocês a queima de estoque de dezembro, com até 40% nas tintas acrílicas. Queria saber se a cor "Vermelho Incêndio" da linha Fachada Premium (galão de 3,6 L) entra na promoção, porque no site ela aparece sem o selo de desconto. E também se o solvente e o selador entram, ou só as tintas.

Preciso de 6 galões para pintar o muro da frente e a fachada de uma loja. Se entrar, passo na loja da Vila Mariana no sábado.

Obrigado,
Sérgio Bastos"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Artur Magalhães <artur.magalhaes@mail-lar.example>",
         to="clientes@cruzeirosatlantida.example",
         subject="INACEITÁVEL",
         body="""\
Exmos. Senhores,

Acabo de regressar do cruzeiro "Joias do Mediterrâneo" (reserva CA-44871) e NÃO POSSO deixar de manifestar o meu DESAGRADO.

Na brochura dizia "televisão com canais internacionais em todas as cabines". Pois bem: dos canais internacionais, NENHUM era português. Nem um! Perdi o Benfica-Porto de domingo e tive de ir ver a segunda parte a um bar de Nápoles, de pé, porque no bar do navio estavam a dar golfe.

O resto da viagem foi agradável, não digo que não, a comida estava boa e a tripulação foi simpática. Mas para quem paga o que eu paguei, isto é uma falta de respeito. Espero que na próxima temporada incluam pelo menos a RTP Internacional.

Com os melhores cumprimentos,
Artur Magalhães"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Cristina Valente <cristina.valente@mail-lar.example>",
         to="info@cadeirasobe.example",
         subject="Pedido de orçamento - cadeira elevatória",
         body="""\
Boa tarde,

Estamos a pensar instalar uma cadeira elevatória na casa dos meus pais, em Viseu. É uma escada em L, com 14 degraus e um patamar a meio.

A minha mãe caiu nessa escada há dois anos e partiu o colo do fémur; recuperou bem, mas desde então só sobe agarrada a alguém, e o meu pai já não tem força para isso. Por isso gostávamos de ter a cadeira instalada antes do próximo inverno.

Queria saber:
- se fazem visita para medir e orçamento sem compromisso;
- qual o prazo habitual de instalação;
- se a cadeira funciona quando falha a luz (na aldeia acontece com alguma frequência);
- e se é possível alugar em vez de comprar.

Muito obrigada,
Cristina Valente"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Fátima Correia <fatima.correia@mail-lar.example>",
         to="avisos@smas-vilanova.example",
         subject="RE: Aviso de interrupção do abastecimento - Rua das Flores",
         body="""\
Muito obrigada pelo aviso com antecedência, dá sempre jeito. Já enchemos uns garrafões e a minha vizinha do lado, que tem 90 anos e não lê e-mails, também já está avisada.

Só uma curiosidade: na quinta-feira a rua vai estar cortada ao trânsito durante as obras, ou dá para tirar o carro da garagem de manhã?

Cumprimentos,
Fátima Correia
Rua das Flores, 27

-----Mensagem original-----
De: SMAS Vila Nova <avisos@smas-vilanova.example>
Enviada: segunda-feira, 30 de novembro de 2026 10:15
Assunto: Aviso de interrupção do abastecimento - Rua das Flores

> Exmo(a). Cliente,
> Informamos que, devido à substituição de uma conduta, o abastecimento de
> água será interrompido na Rua das Flores e na Travessa do Moinho na
> quinta-feira, 3 de dezembro, entre as 9h00 e as 17h00. Durante esse
> período não haverá água nas torneiras.
> Pedimos desculpa pelo incómodo."""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Thiago Ramos <thiago.ramos@correio.example>",
         to="ajuda@bancoagil.example",
         subject="ROUBARAM MEU CELULAR",
         body="""\
Boa noite, preciso de ajuda urgente.

Hoje às 19h40 levaram meu celular num assalto no ponto de ônibus, em Belo Horizonte. O app do Banco Ágil estava instalado e logado, e o celular desbloqueava com o desenho na tela (que o cara me viu fazendo).

Tentei entrar pelo computador da minha irmã e a senha não funciona mais, diz "senha alterada recentemente". No e-mail chegou um aviso de "novo dispositivo cadastrado" às 20h12, que não fui eu.

Não sei se já mexeram no dinheiro porque não consigo ver o saldo. Por favor bloqueiem tudo: conta, cartão, Pix. Meu CPF termina em 417-09. Já fiz o boletim de ocorrência (BO 2026-1187342).

Thiago Ramos
(31) 90000-0417 - esse é o número da minha irmã, o meu foi roubado"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Adriana Lemos <financeiro@cartorio2oficio-rioverde.example>",
         to="cobranca@notasys.example",
         subject="RES: RES: Nota fiscal com CNPJ errado - contrato NS-4471",
         body="""\
Pela TERCEIRA vez: a nota fiscal da mensalidade de novembro (NF 88213, R$ 1.890,00) saiu com o CNPJ de outro cartório. Nosso financeiro não pode pagar uma nota que não é nossa, isso não é capricho, é regra da contabilidade.

E hoje chegou um aviso automático de vocês dizendo que, se o pagamento não for feito até sexta-feira, o sistema será suspenso. Suspender o sistema de um cartório no meio do mês por causa de uma nota que VOCÊS emitiram errado?

Preciso da nota cancelada e reemitida com o CNPJ correto até quinta, e da confirmação por escrito de que não haverá suspensão.

Adriana Lemos
Financeiro - Cartório do 2º Ofício de Notas de Rio Verde

Em 25/11/2026 09:02, Adriana Lemos escreveu:
> Bom dia, ainda não recebi a nota corrigida. Podem verificar?
>
> Em 12/11/2026 16:40, Adriana Lemos escreveu:
> > Olá, a NF 88213 veio com o CNPJ 00.000.000/0001-00, que não é o nosso.
> > O correto é 00.111.222/0001-33. Podem reemitir?"""),
]
