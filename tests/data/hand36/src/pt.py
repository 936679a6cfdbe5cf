# blind37 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Marta Sequeira <marta.sequeira@mail-pt.example>",
         to="apoio@mobilidade-volt.example",
         subject="Troca do guarda-lamas da trotinete (encomenda 55102)",
         body="""\
Olá, boa tarde,

Comprei convosco em outubro uma trotinete Volt S2 (encomenda n.º 55102) e o guarda-lamas de trás vem a roçar na roda desde o primeiro dia. Podem enviar-me um novo ou tenho de levar a trotinete à loja de Alfragide?

Já agora, aproveito para contar outra coisa: ontem à noite o carregador estava ligado na sala e começou a cheirar a plástico queimado. Quando o meu filho (11 anos) o foi desligar, a ficha estava a deitar fumo e ele ficou com uma bolha no polegar. Está bem, pusemos gelo e já passou, mas a tomada ficou toda negra e o carregador está derretido de um dos lados. Não o voltámos a ligar, por isso a trotinete está parada sem bateria.

O que faço ao carregador? Guardo-o para vocês verem?

Obrigada,
Marta Sequeira

Enviado do meu iPhone"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rodrigo Amaral <rodrigo.amaral@correio-rio.example>",
         to="ajuda@rangoja.example",
         subject="Pedido #RJ-448120 veio com amendoim",
         body="""\
Boa noite.

Ontem fiz um pedido no restaurante Sabor da Vila pelo app (pedido #RJ-448120) e coloquei bem claro na observação: "SEM AMENDOIM, criança alérgica". O pad thai veio com amendoim moído misturado no molho, não dava nem pra ver.

Minha filha de 7 anos comeu umas três garfadas, começou a tossir, a boca inchou e apareceram placas vermelhas no pescoço. Tivemos que aplicar a caneta de adrenalina e correr pro pronto-socorro. Ela ficou em observação até as 3 da manhã e agora está bem, graças a Deus.

Quero saber o que vocês vão fazer com esse restaurante, porque a observação estava lá e ninguém leu. Tenho print do pedido e o relatório do hospital, se precisarem.

Rodrigo Amaral
(21) 99418-2276"""),

    dict(n=3, signals="safety", priority="critical", trap="forward", qt=0, reply=0,
         frm="Helena Carvalho <direcao@lar-sao-bento.example>",
         to="assistencia@ortomed.example",
         subject="ENC: Ocorrência com a grua de transferência – Piso 2",
         body="""\
Bom dia,

Reencaminho o relato da nossa enfermeira-chefe sobre o que aconteceu ontem com uma das gruas de transferência que nos forneceram em setembro (n.º de série GT-200-3391). Retirámos o equipamento de uso, mas temos mais duas iguais nos outros pisos. Peço que nos contactem hoje para sabermos se as podemos continuar a utilizar.

Helena Carvalho
Diretora Técnica – Lar de São Bento
Rua do Souto, 14, 4700-329 Braga | Tel. 253 104 882

---------- Mensagem reencaminhada ----------
De: Sofia Peixoto <enfermagem@lar-sao-bento.example>
Data: quarta, 9/12/2026, 22:47
Assunto: Ocorrência com a grua de transferência – Piso 2
Para: Helena Carvalho <direcao@lar-sao-bento.example>

Dr.ª Helena,
Hoje às 19h30, durante a transferência da D. Amélia (quarto 12) da cadeira para a cama, o braço da grua desceu de repente, sem ninguém mexer no comando. A utente caiu de cerca de meio metro e bateu com a cabeça na grade da cama. Foi vista pelo Dr. Lemos, tem um hematoma na testa e vai ficar em vigilância toda a noite; para já está estável.
A bateria da grua estava carregada e a revisão tinha sido feita há um mês. Deixei-a no corredor com um papel a dizer para não ser usada.
Sofia"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="data", qt=0, reply=0,
         frm="Tiago Moutinho <tmoutinho@netmail-pt.example>",
         to="apoio.cliente@bancoatlantico.example",
         subject="Carteira roubada - pagamentos que não fiz",
         body="""\
Boa tarde,

Ontem à noite roubaram-me a carteira no metro (linha verde, entre o Cais do Sodré e o Rossio). Só dei por isso hoje de manhã e quando abri a app já lá estavam quatro pagamentos com o cartão de débito terminado em 4471 que não fui eu que fiz:

- 49,90 € – Posto Combustíveis Loures, 23:52
- 49,90 € – Posto Combustíveis Loures, 23:54
- 120,00 € – Electroprime Online, 00:31
- 87,35 € – Supermercado Lusomerca Odivelas, 08:02

Já bloqueei o cartão na app. Como peço a devolução destes valores? É preciso a participação da PSP? Vou fazê-la esta tarde.

Tiago Moutinho
Cliente n.º 20 118 594"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ricardo Fontes <ricardo.fontes@transleziria.example>",
         to="suporte@rotafacil.example",
         subject="URGENTE – terminais sem rotas desde as 6h00",
         body="""\
Bom dia,

Desde as 6h00 que os PDAs dos motoristas ficam em «A sincronizar...» e não descarregam as rotas do dia. Reiniciámos os equipamentos e o servidor local, sem efeito. No portal web também não aparece nenhuma rota para hoje.

Neste momento tenho 38 motoristas parados no cais do armazém da Azambuja, com as carrinhas carregadas, e cerca de 1 100 entregas marcadas para hoje, muitas com janela horária de manhã. Os clientes já começaram a ligar.

Liguem-me assim que possível para o 912 448 301.

Cumprimentos,

Ricardo Fontes
Responsável de Operações
Transportes Lezíria, Lda.
Armazém 4 – Parque Logístico da Azambuja
Tel. 263 400 118 | Tlm. 912 448 301
www.transleziria.example
Esta mensagem e eventuais anexos são confidenciais e destinam-se exclusivamente ao destinatário."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Juliana Schmitt <recepcao@hotelserraazul.example>",
         to="suporte@hospedamais.example",
         subject="Hospeda+ travado - fila de check-out na recepção",
         body="""\
Bom dia, pessoal do suporte,

Desde as 7h15 o Hospeda+ não abre nenhuma ficha de hóspede: a tela fica girando e depois dá erro de conexão com o servidor. Sem isso não conseguimos fechar conta, emitir nota nem liberar quarto.

Hoje é o último dia do congresso de cardiologia, são 240 hóspedes fazendo check-out até o meio-dia e a fila na recepção já dá a volta no lobby. Ao mesmo tempo temos 90 chegadas previstas a partir das 14h e a governança não sabe quais quartos estão livres para arrumar.

Estamos anotando tudo no papel, mas não dá pra segurar muito tempo assim. Preciso de alguém no telefone agora: (54) 3286-4410, ramal 2.

Juliana Schmitt
Gerente de Recepção – Hotel Serra Azul, Gramado/RS"""),

    dict(n=7, signals="outage", priority="high", trap="list", qt=0, reply=0,
         frm="Nuno Brandão <nuno.brandao@caixapostal.example>",
         to="clientes@fibramais.example",
         subject="Várias questões – contrato 7781 2290",
         body="""\
Boa tarde,

Junto tudo num só email para não andar a abrir pedidos:

1. O comando da box tem o botão «OK» a prender, às vezes é preciso carregar duas vezes. Não é urgente.
2. Gostava de saber quanto custa acrescentar o pacote de desporto.
3. O mais importante: estou sem internet em casa desde sábado à tarde. O router tem a luz PON a piscar a vermelho, já o desliguei e voltei a ligar não sei quantas vezes, e a televisão também não dá. Liguei duas vezes para a linha de apoio, disseram-me que ia ser aberto um pedido, e até hoje ninguém apareceu.

Trabalho a partir de casa e ando há quatro dias a usar os dados do telemóvel, que entretanto acabaram. Preciso que mandem um técnico o mais depressa possível.

Nuno Brandão
Rua Dr. Alfredo Magalhães, 27, 2.º Esq., 3810-123 Aveiro
Tlm. 936 220 417"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Camila Reis <camila.reis@correiobr.example>",
         to="suporte@telaplay.example",
         subject="App na TV fecha sozinho",
         body="""\
Oi,

Desde a atualização da semana passada o app da TelaPlay na minha TV (Samsung, modelo 2021) fecha sozinho uns 2 minutos depois que eu começo qualquer episódio. Já desinstalei, instalei de novo e limpei o cache. No celular e no notebook funciona normal, então estou assistindo por lá, mas pagar plano 4K pra ver numa tela de 6 polegadas não dá, né?

Tem previsão de correção?

Camila"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Maria do Céu Antunes <mceu.antunes@mailpt.example>",
         to="faturacao@energialuso.example",
         subject="Fatura de novembro debitada duas vezes",
         body="""\
Exmos. Senhores,

Venho por este meio informar que a fatura de novembro da minha conta de eletricidade (cliente n.º 300 458 772, fatura FT 2026/118834, no valor de 64,18 €) foi debitada duas vezes na minha conta bancária, nos dias 24 e 25 de novembro.

Junto envio cópia do extrato onde constam os dois movimentos. Agradecia que me informassem se o valor em duplicado será devolvido por transferência ou descontado na próxima fatura.

Com os melhores cumprimentos,
Maria do Céu Antunes

Enviado do meu telemóvel"""),

    dict(n=10, signals="payment", priority="high", trap="urgent-money", qt=0, reply=1,
         frm="Anderson Lima <financeiro@botecodoanderson.example>",
         to="atendimento@pagfacil.example",
         subject="RES: [Chamado 3390217] Repasse de vendas não recebido",
         body="""\
Boa tarde,

Já faz mais de uma semana que recebi a resposta abaixo e até agora nada. Os repasses das vendas no cartão dos dias 1 a 8 de dezembro, que somam R$ 18.430,00, continuam como "em análise" no painel e ninguém me explica que análise é essa.

Segunda-feira eu tenho que pagar o salário dos meus 9 funcionários e o aluguel do ponto, e esse dinheiro é exatamente o que eu uso pra isso. Preciso de uma data certa, ou que liberem pelo menos parte do valor.

Anderson Lima
Boteco do Anderson – CNPJ 12.345.678/0001-90
(31) 98877-1020

De: Atendimento PagFácil <atendimento@pagfacil.example>
Enviado: quinta-feira, 3 de dezembro de 2026 10:02
Para: financeiro@botecodoanderson.example
Assunto: [Chamado 3390217] Repasse de vendas não recebido

> Olá, Anderson!
> Recebemos sua solicitação e ela foi encaminhada para a equipe financeira. O prazo de retorno é de até 5 dias úteis.
> Equipe PagFácil"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Inês Valadares <ines.v@caixamail.example>",
         to="ajuda@bilheteira-ja.example",
         subject="Taxa de 1,50 € na compra dos bilhetes",
         body="""\
Olá!

Comprei ontem dois bilhetes para o concerto dos Quatro Ventos no Coliseu do Porto (encomenda BJ-220914). Os bilhetes custavam 28 € cada, mas no extrato do cartão aparecem 57,50 €. Imagino que os 1,50 € a mais sejam uma taxa de serviço, mas no resumo da compra não vi isso em lado nenhum.

Não é nada de grave, só queria perceber o que é. Se for a tal «taxa de conveniência», confesso que de conveniente teve pouco :)

Obrigada,
Inês Valadares"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Fernando Pires <fpires@ptnet.example>",
         to="apoio@mercadocasa.example",
         subject="RE: O seu pedido foi recebido [#MC-50771]",
         body="""\
Boa tarde,

Respondo ao vosso email de ontem: já segui os passos que indicam, mas o email para repor a palavra-passe continua sem chegar. Pedi quatro vezes e procurei no spam, no lixo, em todo o lado. O endereço é este mesmo de onde escrevo.

Tenho a lista de compras do mês guardada no carrinho e não queria ter de criar outra conta. Conseguem repor a palavra-passe daí ou mandar o link para outro email?

Fernando Pires

-----Mensagem original-----
De: Apoio MercadoCasa <apoio@mercadocasa.example>
Enviado: segunda-feira, 30 de novembro de 2026 17:45
Para: fpires@ptnet.example
Assunto: O seu pedido foi recebido [#MC-50771]

> Caro cliente,
> Para repor a sua palavra-passe, clique em «Esqueci-me da palavra-passe» na página de entrada e siga as instruções enviadas por email. Verifique também a pasta de spam.
> Com os melhores cumprimentos,
> Equipa MercadoCasa"""),

    dict(n=13, signals="account", priority="high", trap="non-native", qt=0, reply=0,
         frm="Oksana Melnyk <oksana.melnyk@postbox.example>",
         to="cliente@voaportugal.example",
         subject="Conta bloqueado, voo amanhã",
         body="""\
Bom dia,

Eu tenho conta no vosso site com cartão de passageiro frequente n.º VP 0042 3318. Hoje quero fazer o check-in para o voo de amanhã Lisboa – Varsóvia (VP 1284, às 6h40) e o site diz que a minha conta está bloqueada por muitas tentativas. Eu não fiz muitas tentativas, só uma vez errei a senha.

Clico em «recuperar acesso» mas o código de SMS vai para o número ucraniano antigo que já não tenho. Os bilhetes e o cartão de embarque estão todos dentro da conta, eu comprei com as milhas.

Por favor, desbloqueiam a minha conta ou mudam o número para +351 927 118 604. Eu preciso muito deste voo, é para o casamento da minha irmã.

Obrigada e desculpem o meu português,
Oksana Melnyk"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Paulo Henrique Souza <phsouza@correiobr.example>",
         to="socio@alviverde-fc.example",
         subject="Trocar e-mail do cadastro de sócio",
         body="""\
Olá, tudo bem?

Sou sócio-torcedor desde 2019 (matrícula 118.204) e vou deixar de usar o e-mail antigo do trabalho, que é o que está no cadastro. Queria passar para este aqui.

No app eu entro em "Meus dados" mas o campo de e-mail fica cinza, não deixa editar. Tem que fazer por outro lugar ou só vocês conseguem trocar? Se precisar, mando foto do documento.

Valeu, e vamos pra cima no domingo!
Paulo Henrique"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Catarina Gouveia <catarina.gouveia@mailbox-pt.example>",
         to="clube@vinhosdodouro-club.example",
         subject="Alterar morada de entrega da caixa de dezembro",
         body="""\
Boa tarde,

Sou assinante do clube há dois anos (sócia n.º 4127) e as caixas costumam ir para casa dos meus pais, em Mirandela. Na semana passada houve um incêndio na cozinha deles – começou no exaustor, os bombeiros chegaram depressa e felizmente ninguém se magoou, mas a casa ficou cheia de fumo e eles vieram ficar comigo até acabarem as obras.

Por isso pedia que a caixa de dezembro, e as seguintes até nova indicação, fossem entregues na minha morada:
Rua de Santa Catarina, 512, 3.º Dto., 4000-446 Porto

Se for mais fácil, também podem saltar a caixa de dezembro e mandar duas em janeiro. Mas o meu pai diz que o tinto de Natal é sagrado, por isso preferia não a perder!

Obrigada,
Catarina Gouveia"""),

    dict(n=16, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Lucas Tavares <lucas.tavares@zapmail-br.example>",
         to="vendas@arenagamer.example",
         subject="Mouse Viper X em branco?",
         body="""\
Fala, galera da Arena!

Comprei o headset Storm com vocês mês passado e tô curtindo demais. Agora quero trocar de mouse: o meu atual tá dando clique duplo sozinho e no Valorant isso é morte certa. Ontem mesmo perdi um clutch 1v3 porque o tiro saiu antes da hora, o cara me matou na faca e a spike explodiu na nossa cara. O time queria me matar kkkk

Vocês têm o Viper X na versão branca? No site só aparece o preto, e esgotado. Se chegar, consigo reservar um? E a garantia cobre esse tipo de clique duplo se acontecer?

Valeu!
Lucas "Tavinho" Tavares"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Joaquim Serôdio <secretaria@bvalcobaca.example>",
         to="vendas@protecfogo.example",
         subject="Pedido de orçamento – material para o quartel",
         body="""\
Exmos. Senhores,

A Associação Humanitária dos Bombeiros Voluntários de Alcobaça vem por este meio solicitar orçamento para o seguinte material, a adquirir no âmbito da preparação da época de incêndios de 2027:

- 40 mantas ignífugas para vítimas de queimaduras;
- 12 kits de queimados (compressas de hidrogel 20x20);
- 6 lanternas ATEX para intervenção em atmosferas explosivas;
- 25 pares de luvas de combate a incêndio urbano, tamanhos 9 e 10.

Agradecemos que nos indiquem prazos de entrega e se praticam condições especiais para corporações de bombeiros. A fatura deverá ser emitida em nome da Associação, NIF 501 234 560.

Com os melhores cumprimentos,
Joaquim Serôdio
Secretário da Direção
Bombeiros Voluntários de Alcobaça"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sérgio Macedo <sergio.macedo@ptmail.example>",
         to="info@trincoseguro.example",
         subject="Dúvidas antes de comprar a fechadura Trinco S3",
         body="""\
Olá,

Estou a pensar comprar a fechadura inteligente Trinco S3 para a porta de casa, mas antes tenho algumas dúvidas:

1. Se a bateria morrer com a porta trancada, há forma de abrir por fora? Tem chave de emergência ou contactos para encostar uma pilha de 9 V?
2. Em caso de incêndio, a porta abre por dentro só com o manípulo, sem código?
3. Se me roubarem o telemóvel, alguém consegue entrar em casa com a app? Dá para bloquear o acesso à distância?
4. Se não servir na minha porta (é uma porta blindada antiga), posso devolver e ser reembolsado?

Obrigado,
Sérgio Macedo"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Patrícia Lobo <gestao@clinicadentalrestelo.example>",
         to="formacao@ciberacademia.example",
         subject="Inscrição no webinar «Ransomware na saúde» – 3 pessoas",
         body="""\
Boa tarde,

Gostaria de inscrever três pessoas da nossa clínica no webinar «Ransomware na saúde: como um clique pode parar uma clínica», do dia 15 de dezembro:

- Patrícia Lobo (gestão)
- Andreia Costa (receção)
- Dr.ª Rita Salgueiro (diretora clínica)

Vimos no programa que vão apresentar o caso real de um hospital cujos dados de doentes foram roubados e publicados, e explicar como funcionam os ataques de phishing com faturas falsas. É exatamente o que precisamos, porque a receção recebe emails desses quase todas as semanas.

Há certificado de participação? E a fatura pode ser emitida em nome da clínica (NIF 514 876 320)?

Cumprimentos,
Patrícia Lobo
Clínica Dental do Restelo"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Vítor Quelhas <vitor.quelhas@estancia-estrela.example>",
         to="suporte@skipass-sistemas.example",
         subject="Obrigado pelo apoio de sábado",
         body="""\
Caro Nuno e restante equipa,

Queria deixar um agradecimento formal pelo que fizeram no sábado passado. Para quem não acompanhou: às 9h10, logo na abertura, as bilheteiras deixaram de conseguir vender forfaits e os torniquetes da telecadeira rejeitavam todos os cartões. Tivemos perto de 300 pessoas em fila na neve durante quase três horas e acabámos por deixar subir muita gente sem pagar, o que nos custou à volta de 6 000 € em vendas.

O Nuno esteve connosco ao telefone desde as 9h30, percebeu que era o certificado do servidor que tinha expirado e às 12h05 estava tudo a funcionar. Desde então não houve mais nenhuma falha e o domingo correu lindamente.

Sabemos que não é fácil trabalhar assim num sábado de manhã. Fica o nosso obrigado, e se puderem transmitir isto à chefia do Nuno, agradecemos.

Um abraço,

Vítor Quelhas
Diretor de Operações
Estância de Neve da Estrela
Penhas da Saúde, 6200-073 Covilhã
Tel. 275 310 402 | www.estancia-estrela.example
Siga-nos no Instagram: @neve.estrela"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Fernanda Lopes <fernanda.lopes@meucorreio.example>",
         to="atendimento@vertice-seguros.example",
         subject="Re: Cobrança em duplicidade – apólice 77.120.458",
         body="""\
Oi, Marcelo!

Vi hoje no extrato que o estorno caiu certinho, obrigada pela agilidade.

Aproveitando: vou trocar de carro em janeiro. Consigo passar o seguro para o carro novo ou tenho que fazer outra apólice?

Abraço,
Fernanda

Em seg., 30 de nov. de 2026 às 16:22, Marcelo Viana <atendimento@vertice-seguros.example> escreveu:
> Prezada Fernanda,
> Confirmamos que a parcela de novembro do seu seguro auto foi cobrada duas vezes no seu cartão (R$ 312,40 cada) por uma falha no nosso sistema de cobrança. Já solicitamos o estorno de uma das cobranças, que deve aparecer na sua fatura em até 5 dias úteis.
> Pedimos desculpas pelo transtorno.
> Atenciosamente,
> Marcelo Viana – Vértice Seguros
>
> Em sex., 27 de nov. de 2026 às 09:05, Fernanda Lopes <fernanda.lopes@meucorreio.example> escreveu:
> > Bom dia. Fui cobrada duas vezes pela parcela de novembro do seguro do carro, R$ 312,40 cada. Preciso que devolvam uma delas, por favor."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bruno Esteves <loja@picante-e-companhia.example>",
         to="encomendas@molhosdoatlantico.example",
         subject="Reposição urgente – o Veneno de Cobra voou!",
         body="""\
Olá Rita,

Não sei o que puseram no último lote, mas desde a feira de Natal de Braga que estamos a afogar-nos em encomendas. O telefone da loja não pára, isto está a arder!

Para a próxima entrega precisava de:
- 48 frascos de «Veneno de Cobra» (o extra-picante) – esgotou em dois dias;
- 24 de «Explosão Tropical», manga e habanero;
- 24 de «Beijo do Diabo»;
- 12 caixas do kit «Prova de Fogo».

Já agora, aquele preço de matar que fizeram na Black Friday ainda se aplica a esta encomenda? E os clientes estão mortinhos por provar o novo «Fumo Negro» de chipotle – quando chega?

Abraço,
Bruno Esteves
Picante & Companhia – Mercado do Bolhão, banca 17, Porto"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Renata Albuquerque <renata.albuquerque@contactcenter-nordeste.example>",
         to="suporte@acessoseguro.example",
         subject="Códigos SMS não chegam – operação inteira sem login",
         body="""\
Prezados,

Desde as 7h40 (horário de Brasília) os códigos de verificação por SMS do AcessoSeguro não estão chegando para nenhum dos nossos operadores. Sem o código ninguém consegue entrar no sistema de atendimento.

São 82 agentes do turno da manhã sentados na frente da tela, e a fila do nosso cliente (uma operadora de plano de saúde) já passou de 400 ligações em espera. Testamos com chips de três operadoras diferentes, mesmo resultado. Quem ficou logado desde ontem continua funcionando; o problema é só para entrar.

Vocês conseguem liberar temporariamente o login por e-mail ou por app autenticador enquanto isso?

Renata Albuquerque
Coordenadora de TI – Contact Center Nordeste
Recife/PE – (81) 3204-5518"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Diogo Ferraz <diogo.ferraz@lusomail.example>",
         to="socios@fitlinha.example",
         subject="RE: RE: Cancelamento de inscrição – continuo a ser cobrado",
         body="""\
Terceiro email. Terceiro. E nem uma resposta.

Cancelei a inscrição a 30 de setembro, entreguei o formulário na receção do FitLinha das Amoreiras e tenho o comprovativo carimbado. Mesmo assim, hoje de manhã voltaram a debitar-me 39,90 €, e já é a terceira mensalidade depois do cancelamento: 119,70 € que continuam a tirar-me da conta.

Se até sexta-feira não tiver o dinheiro devolvido e a confirmação por escrito de que o débito direto foi anulado, faço queixa no Livro de Reclamações e peço ao banco que reverta os débitos.

Diogo Ferraz
Sócio n.º 88 031

> De: Diogo Ferraz <diogo.ferraz@lusomail.example>
> Enviado: segunda-feira, 16 de novembro de 2026 09:12
> Assunto: RE: Cancelamento de inscrição
>
> Já escrevi a 3 de novembro e ninguém respondeu. Foi-me debitada outra vez a mensalidade de novembro (39,90 €), apesar de ter cancelado em setembro. Peço a devolução das mensalidades de outubro e novembro.
>
> > De: Diogo Ferraz <diogo.ferraz@lusomail.example>
> > Enviado: terça-feira, 3 de novembro de 2026 18:40
> >
> > Boa tarde, cancelei a minha inscrição a 30/09 na receção das Amoreiras, mas a 1 de outubro foi debitada a mensalidade de outubro. Podem verificar e devolver o valor?"""),
]
