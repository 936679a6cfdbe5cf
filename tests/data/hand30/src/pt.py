# blind31 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Thiago Nascimento <thiago.nasc@meucorreio.example>",
         to="ajuda@rangoja.example",
         subject="cupom no combo explosão",
         body="""\
oi gente, o Combo Explosão de Cheddar de vcs é matador kkkk morri com o tamanho do lanche
o cupom NATAL20 vale pra ele tb ou só pra pizza? no app não aparece

vlw
Thiago
Enviado do meu celular"""),

    dict(n=2, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Marta Quintela <marta.quintela@caixapostal.example>",
         to="apoio@livrariamares.example",
         subject="Pré-reserva do próximo livro da série Inspetora Valente",
         body="""\
Boa tarde,

Comprei no vosso site, há duas semanas, o policial «Morte no Cais do Sodré», da Inês Barreira, e dei cabo dele num fim de semana. Fiquei completamente agarrada: o assassino só é descoberto nas últimas vinte páginas e eu não desconfiei de nada!

Li numa entrevista que o próximo volume da série, «Sangue na Ribeira», sai em fevereiro. Já é possível fazer a pré-reserva convosco? E, se sim, os portes grátis também se aplicam às pré-reservas?

Obrigada e continuação de bom trabalho,
Marta Quintela"""),

    dict(n=3, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Renata Oliveira <renata.oliveira@correiodigital.example>",
         to="suporte@funilpro.example",
         subject="Incluir mais um usuário a partir de janeiro",
         body="""\
Oi, pessoal do FunilPro, tudo bem?

Só queria dizer que a automação nova de follow-up bombou aqui: o time comercial tá arrebentando, fechamos novembro 30% acima da meta. Vocês mandaram muito bem nessa.

Por causa disso vamos contratar mais uma vendedora, a Camila, que começa dia 6 de janeiro. Duas dúvidas:
1. Consigo deixar o acesso dela criado desde já e só ativar no dia 6?
2. A licença extra é cobrada proporcional no mês ou o mês cheio?

Nada urgente, é só pra eu me organizar.

Abraço,
Renata Oliveira
Gerente Comercial – Lumen Energia Solar"""),

    dict(n=4, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="António Mesquita <antonio.mesquita@netsapo.example>",
         to="apoio.cliente@bancoatlantico.example",
         subject="Reclamação n.º 2026/118842 – agradecimento",
         body="""\
Exmos. Senhores,

Venho por este meio informar que o valor da comissão de manutenção cobrada indevidamente em outubro (7,80 €), objeto da minha reclamação n.º 2026/118842, já foi devolvido à minha conta à ordem no passado dia 2.

Quero deixar uma palavra de apreço à gestora da minha conta no balcão de Viseu, Dra. Filipa Lobo, que tratou do assunto com enorme simpatia e rapidez. Pela minha parte, considero o processo encerrado.

Com os melhores cumprimentos,
António Mesquita"""),

    dict(n=5, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Sofia Rebelo <sofia.rebelo@casarebelo.example>",
         to="secretaria@escolaboavista.example",
         subject="Simulacro de incêndio – dúvida de uma mãe",
         body="""\
Bom dia,

O meu filho Duarte (4.º B) chegou ontem a casa muito entusiasmado a dizer que na próxima semana vai haver um simulacro de incêndio na escola, com os bombeiros e tudo, e que vão «evacuar o edifício pela escada de emergência». Passou o jantar inteiro a falar do camião dos bombeiros.

Como ele é um bocadinho ansioso com barulhos fortes, gostava de saber:
- em que dia e a que hora será o simulacro;
- se o alarme vai tocar sem aviso ou se os alunos são preparados antes;
- se os pais podem assistir ou se é melhor não aparecer.

Obrigada pela atenção,
Sofia Rebelo"""),

    dict(n=6, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Patrícia Menezes <paty.menezes@correionet.example>",
         to="atendimento@voebrasil.example",
         subject="Remarcação voo reserva KJ8P2Q",
         body="""\
Olá,

preciso remarcar meu voo de Recife para São Paulo (reserva KJ8P2Q), que hoje está para 19/12, para o dia 22/12, mesmo horário se der. Minha sobrinha mudou a data do chá de bebê e eu vou ter um troço se não estiver lá.

Fiz a simulação no site e apareceu taxa de remarcação de R$ 380 mais a diferença tarifária. Sinceramente, isso é um assalto, a passagem inteira custou R$ 620! Tem alguma opção mais em conta, tipo usar as milhas que eu tenho acumuladas?

Aguardo,
Patrícia Menezes"""),

    dict(n=7, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Helena Carvalho <helena.carvalho@carvalhos.example>",
         to="reservas@hotelribeira.example",
         subject="Obrigada pela estadia – e uma pergunta sobre vouchers",
         body="""\
Olá a toda a equipa,

Regressámos ontem a Coimbra e ainda não nos calámos com a vossa casa. O quarto com vista para o rio era um sonho, o bolo de chocolate do pequeno-almoço é um autêntico atentado à dieta e o rapaz do bar, o Nuno, fez-nos uma queimada galega a arder em cima da mesa que deixou a sala inteira de boca aberta.

Queríamos oferecer aos meus pais uma noite convosco pelas bodas de ouro, em março. Vendem vouchers de oferta? Se sim, qual é a validade e podem enviá-lo pelo correio numa caixa bonita?

Um abraço,
Helena e Rui Carvalho"""),

    dict(n=8, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Gustavo Lima <gu.lima.gamer@correiojovem.example>",
         to="suporte@estudiotrovao.example",
         subject="sugestão pro modo Apagão Total",
         body="""\
E aí, galera do Trovão!

Joguei o fim de semana inteiro o modo novo Apagão Total e tô viciado. A ideia de a cidade toda ficar no escuro e só dar pra ver os inimigos pelo clarão dos tiros é genial. Eu e meus amigos morremos umas 40 vezes só na primeira partida, foi o caos, a gente se acabou de rir no Discord.

Duas sugestões:
- fazer a lanterna gastar bateria, porque hoje dá pra deixar ligada o tempo todo e fica fácil demais pro time que defende
- colocar uma granada de luz, pra equilibrar

Fora isso, tão de parabéns. Melhor atualização do ano.

Valeu!
Gustavo (nick: GuTrovoada)"""),

    dict(n=9, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Juliana Prado <juliana.prado@correiofacil.example>",
         to="suporte@nuvemcofre.example",
         subject="Re: Não consigo acessar minha conta",
         body="""\
Oi Rafael,

deu certo! Fiz o passo a passo que você mandou, recebi o código no celular novo e já consegui entrar. Obrigada pela paciência.

Aproveitando: dá pra compartilhar uma pasta com alguém que não tem conta na NuvemCofre? Queria mandar as fotos do casamento pra minha tia.

Beijos,
Juliana

Em seg., 30 de nov. de 2026 às 09:14, Juliana Prado <juliana.prado@correiofacil.example> escreveu:
> Bom dia. Troquei de celular no fim de semana e agora não consigo acessar
> minha conta de jeito nenhum. Ela pede o código de verificação que vai pro
> número antigo, que eu já cancelei. Todos os meus documentos e fotos estão aí,
> por favor me ajudem a recuperar o acesso!
> Juliana Prado"""),

    dict(n=10, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Fernando Pires <fernando.pires@pireslda.example>",
         to="assistencia@termoluso.example",
         subject="RE: Esquentador a deitar fumo – pedido de assistência",
         body="""\
Bom dia,

Informo que o técnico, Sr. Vítor, esteve cá em casa na quarta-feira, substituiu a peça e ficou tudo a funcionar. Muito obrigado pela rapidez.

Agradecia apenas que me enviassem a fatura da intervenção com o NIF 214 889 305, que me esqueci de indicar na altura.

Cumprimentos,
Fernando Pires

-----Mensagem original-----
De: Fernando Pires <fernando.pires@pireslda.example>
Enviada: segunda-feira, 7 de dezembro de 2026 19:42
Para: assistencia@termoluso.example
Assunto: Esquentador a deitar fumo – pedido de assistência

> Boa noite. O nosso esquentador TL-11 começou hoje a deitar fumo preto pela
> parte de cima quando se abre a água quente, e há um cheiro forte a queimado
> na cozinha. Já fechámos o gás. Temos dois filhos pequenos em casa, peço que
> enviem alguém com urgência.
> Fernando Pires"""),

    dict(n=11, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Carlos Eduardo Mendes <cadu.mendes@correiorapido.example>",
         to="atendimento@seguradoraaurora.example",
         subject="Cotação seguro auto – cobertura para roubo",
         body="""\
Boa tarde,

semana passada levaram o carro do meu cunhado na frente da academia, em plena luz do dia, assalto à mão armada. Graças a Deus ninguém se machucou, mas ele tá até agora brigando com a seguradora dele (não é a de vocês).

Isso me deixou com a pulga atrás da orelha, porque meu carro está sem seguro desde que troquei de carro em setembro. Gostaria de uma cotação para:
- hatch 1.0 flex, ano 2024, placa final 7
- uso particular, moro em Campinas (bairro Barão Geraldo)
- cobertura para roubo e furto, colisão e terceiros

Vocês oferecem rastreador junto ou é à parte?

Obrigado,
Carlos Eduardo Mendes"""),

    dict(n=12, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Beatriz Lopes <beatriz.lopes@alunos-mail.example>",
         to="servicosacademicos@univ-lusa.example",
         subject="Época de recurso – Termodinâmica II",
         body="""\
Boa tarde,

Ando a queimar as pestanas para a frequência de sexta e já estou morta de cansaço, por isso peço desculpa se a pergunta for óbvia.

Tenho quase a certeza de que vou ter de ir a recurso a Termodinâmica II. Gostava de saber até quando posso fazer a inscrição na época de recurso de janeiro, se há alguma taxa a pagar e se a inscrição é feita no portal ou presencialmente na secretaria.

Número de aluna: 2022117604

Obrigada,
Beatriz Lopes"""),

    dict(n=13, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Vanessa Ribeiro <vanessa.ribeiro@correiovip.example>",
         to="contato@telaplay.example",
         subject="Cadê Fogo Cruzado??",
         body="""\
Gente, que tristeza. Tiraram do catálogo a série Fogo Cruzado bem quando eu estava no episódio 7 da segunda temporada, no meio daquele tiroteio no porto!! Quase tive um ataque do coração quando abri o app e ela tinha sumido, eu preciso saber se o Delegado Bruno sobrevive.

Ela volta? Vai ter terceira temporada? Se não voltar, pelo menos me digam onde eu consigo assistir, pelo amor de Deus.

Fora isso adoro o app, viu. Só não me façam passar raiva assim.

Vanessa"""),

    dict(n=14, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="PagaJá Empresas <eventos@pagaja.example>",
         to="suporte@ourivesariaxavier.example",
         subject="Webinar gratuito: burlas, phishing e roubo de identidade – como proteger o seu negócio",
         body="""\
Olá,

Nos últimos meses multiplicaram-se as burlas com pagamentos móveis: falsos compradores que enviam comprovativos forjados, SMS de phishing a pedir o código de confirmação e contas de comerciantes invadidas depois de um roubo de identidade.

Convidamo-lo para o nosso webinar gratuito «Segurança nos pagamentos: o que fazer antes (e depois) de um ataque», na quinta-feira, 17 de dezembro, às 11h00.

Na sessão vamos falar de:
• como reconhecer um comprovativo falso em segundos;
• porque nunca deve partilhar o código de confirmação, nem com «o banco»;
• como ativar os alertas de movimentos e a autenticação em dois passos;
• o que fazer se suspeitar de uma fraude.

Inscrições em pagaja.example/webinar-seguranca (lugares limitados).

Até breve,
Equipa PagaJá Empresas

Recebeu este email por ser cliente PagaJá Empresas. Para deixar de receber as nossas comunicações, clique aqui."""),

    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Marcelo Figueiredo <marcelo.figueiredo@correiosul.example>",
         to="sac@voltmobilidade.example",
         subject="URGENTE patinete pegou fogo carregando",
         body="""\
Boa noite,

Hoje por volta das 20h o patinete elétrico Volt X10 que comprei de vocês em agosto pegou fogo enquanto carregava na garagem do prédio. Primeiro saiu uma fumaça branca da bateria, depois teve um estouro e subiu chama. O porteiro apagou com o extintor, mas a garagem ficou toda enfumaçada e o carro do vizinho ficou com a lataria manchada.

Meu filho de 15 anos tentou tirar o carregador da tomada e queimou a mão, estamos voltando agora da UPA, queimadura de segundo grau.

Tenho outro patinete igual de vocês, da minha esposa, que está dentro do apartamento. Não vamos carregar mais. Preciso saber com urgência o que fazer com ele e quem vai se responsabilizar pelos danos.

Nota fiscal: 000.481.227
Marcelo Figueiredo
(19) 99812-4470"""),

    dict(n=16, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Luciana Barros <lu.barros@correiomail.example>",
         to="atendimento@cartaoestrela.example",
         subject="compras que eu não fiz no cartão!!!",
         body="""\
socorro, acabei de abrir o app e tem 6 compras no meu cartão que eu NÃO fiz, todas de madrugada:

03:12 LOJA ONLINE ELETRO SP - R$ 1.899,00
03:15 LOJA ONLINE ELETRO SP - R$ 1.899,00
03:21 PAGSHOP*GAMES - R$ 350,00
03:22 PAGSHOP*GAMES - R$ 350,00
03:40 APP TRANSPORTE - R$ 87,40
04:02 APP TRANSPORTE - R$ 92,10

o cartão físico tá aqui comigo na carteira. já bloqueei pelo app mas preciso que vocês contestem tudo, meu limite acabou e eu tenho contas pra pagar essa semana

Luciana Barros
final do cartão 8823"""),

    dict(n=17, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Isabel Nogueira <isabel.nogueira@nogueirafamilia.example>",
         to="utentes@clinicamaralta.example",
         subject="Resultados das análises",
         body="""\
Boa tarde,

Desculpem incomodar, não sei bem se isto é assunto para este endereço.

Fiz análises ao sangue na vossa clínica na segunda-feira e hoje recebi um email com o link para os resultados. Ao abrir, no entanto, os resultados não são meus: aparecem o nome completo, a data de nascimento, o número de utente e o telemóvel de um senhor chamado Joaquim, com um relatório de VIH e hepatite. Reparei também que, se mudar o último número no endereço do link, aparecem os resultados de outras pessoas.

Não guardei nada e fechei logo a página, mas achei que deviam saber. E, já agora, gostava de saber se os meus resultados foram parar ao email de outra pessoa.

Com os melhores cumprimentos,
Isabel Nogueira
Utente n.º 55120"""),

    dict(n=18, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Rodrigo Tavares <rodrigo@correiodaloja.example>",
         to="suporte@vitrinepro.example",
         subject="CHECKOUT FORA DO AR - loja parada",
         body="""\
Pessoal, urgente.

Desde as 10h20 o checkout da nossa loja (casaverdeplantas.example, plano Pro) está fora do ar. O cliente coloca o produto no carrinho, clica em finalizar e cai numa página em branco com "Erro 502 - Bad Gateway". Testamos em três navegadores e no celular, mesma coisa.

Estamos no meio da campanha de Natal, com anúncio pago rodando, e desde que caiu não entrou nenhum pedido. Normalmente a gente faz uns 40 pedidos por hora nesse horário. A página de status de vocês diz que está tudo operacional.

Preciso de retorno imediato, por favor.

Rodrigo Tavares
Casa Verde Plantas
WhatsApp (11) 97720-3318"""),

    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Joaquim Teixeira <joaquim.teixeira@teixeira-net.example>",
         to="avarias@fibralar.example",
         subject="Internet e televisão em baixo desde ontem",
         body="""\
Boa tarde,

Desde ontem à noite, por volta das 22h, não tenho internet nem televisão. A caixa da televisão diz «Sem sinal» e o router tem a luz vermelha a piscar. Já desliguei tudo da corrente e voltei a ligar, como diz no vosso site, e nada.

Liguei para a linha de apoio, mas a chamada vai sempre abaixo ao fim de 20 minutos de espera.

A minha mulher está acamada e a televisão é a única companhia que tem durante o dia. Peço que mandem um técnico o mais depressa possível.

Morada: Rua das Camélias, 17, 2.º Esq., 4460-233 Senhora da Hora
N.º de cliente: 300 458 119

Joaquim Teixeira"""),

    dict(n=20, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Rita Amaral <rita.amaral@ritamaral.example>",
         to="apoio@linhaverde-comboios.example",
         subject="App: pagamento de bilhetes com cartão falha",
         body="""\
Olá,

Uso a vossa app todos os dias para o Intercidades Porto–Aveiro e desde sexta-feira não consigo comprar bilhetes com cartão de crédito: escolho o comboio, o lugar, carrego em pagar e aparece «Ocorreu um erro. Tente mais tarde.» Com MB WAY funciona, e no site também consigo comprar normalmente, portanto não estou impedida de viajar.

Mesmo assim era bom resolverem, porque os bilhetes têm de ser pagos com o cartão da empresa e comprar pelo site no telemóvel é bem mais chato.

iPhone 13, app versão 5.2.1.

Obrigada,
Rita Amaral"""),

    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Paulo Henriques <paulo.henriques@phmail.example>",
         to="clientes@energiaviva.example",
         subject="Fatura de novembro debitada duas vezes",
         body="""\
Boa tarde,

A fatura de eletricidade de novembro (n.º FT 2026/0915562, no valor de 84,37 €) foi debitada duas vezes na minha conta por débito direto, nos dias 1 e 2 de dezembro. Envio em anexo o extrato do banco com os dois movimentos.

Peço que me devolvam o valor cobrado em duplicado o mais rapidamente possível, de preferência por transferência para o mesmo IBAN.

Cliente n.º 1002 4478 31
CPE: PT 0002 0000 4471 9902 KQ

Cumprimentos,
Paulo Henriques"""),

    dict(n=22, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Adriana Costa <adriana.costa@correioartesanal.example>",
         to="vendedores@mercadobrasa.example",
         subject="Conta de vendedora suspensa e repasse retido",
         body="""\
Olá,

sou vendedora no Mercado Brasa há 3 anos (loja Ateliê da Dri, ID 55817204) e nunca tive problema nenhum. Ontem minha conta foi suspensa do nada, com a mensagem "atividade incomum detectada", e o repasse das vendas de novembro, R$ 4.312,60, que deveria ter caído na conta hoje, não caiu. No painel aparece como "retido".

Eu vivo disso. Tenho o aluguel do ateliê e a fornecedora de tecido pra pagar até segunda, e ainda tenho 18 pedidos de Natal pra despachar que nem consigo ver.

Já mandei RG, comprovante de endereço e tudo que pediram. Por favor, me digam o que falta pra liberar a conta e o dinheiro.

Adriana Costa
(31) 98844-1209"""),

    dict(n=23, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Catarina Moura <catarina.moura@mouracasa.example>",
         to="apoio@supermercadoalvorada.example",
         subject="Conta bloqueada – não consigo alterar a encomenda de sábado",
         body="""\
Olá,

Tentei entrar hoje na minha conta para acrescentar umas coisas à encomenda de sábado e, depois de me enganar na palavra-passe, apareceu a mensagem «Conta bloqueada temporariamente por motivos de segurança». Pedi a recuperação da palavra-passe três vezes, mas o email nunca chega (já vi no spam).

A encomenda em si (n.º 77-204118, entrega sábado entre as 10h e as 12h) mantém-se, só queria juntar leite e fraldas. Conseguem desbloquear-me a conta ou acrescentar os artigos por mim?

Obrigada,
Catarina Moura
Tel. 912 448 307"""),

    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Eduardo Sampaio <eduardo.sampaio@correiolivre.example>",
         to="relacionamento@solmotors.example",
         subject="Como adicionar segundo motorista no app",
         body="""\
Bom dia,

comprei um Sol Ágata híbrido mês passado e estou usando o app Sol Conecta pra abrir o carro e ligar o ar à distância. Queria dar acesso pra minha esposa também, no celular dela, com o login dela.

Como faço pra adicionar ela como segunda motorista? Ela precisa criar uma conta nova ou eu compartilho a minha senha com ela?

Obrigado,
Eduardo Sampaio"""),
]
