# blind38 -- European Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandra Figueiredo <sandra.figueiredo@mailnet.example>",
         to="apoio@casaeletro.example",
         subject="Termoventilador - encomenda 448120",
         body="""\
Boa tarde,

Comprei na vossa loja online um termoventilador Calorex TV-2000 (encomenda n.º 448120, entregue a 24 de novembro). Ontem à noite estava ligado no quarto dos miúdos, na potência máxima, e começou a cheirar a plástico queimado. Quando lá fui, a ficha estava preta, a tomada derretida por dentro e saía fumo da parte de trás do aparelho.

O meu filho de 6 anos tinha tentado desligá-lo da parede antes de me chamar e ficou com uma queimadura na palma da mão. Fomos ao centro de saúde hoje de manhã, fizeram o penso e disseram que deve sarar bem, mas se estivessem os dois a dormir não sei o que teria acontecido.

O aparelho está desligado e guardado na varanda. Quero saber o que faço com ele, se o vêm recolher, e se há mais unidades deste lote vendidas -- uma vizinha minha comprou o mesmo modelo porque eu lho recomendei.

Tenho fotografias da ficha e da tomada, posso enviar.

Sandra Figueiredo
912 448 317"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Vasconcelos <rui.vasconcelos@mailbox.example>",
         to="apoio@cozinhaemcasa.example",
         subject="Caixa de terça-feira - caril de grão",
         body="""\
Olá,

Somos clientes do plano familiar há quase um ano e sempre indicámos no perfil que a nossa filha (9 anos) é alérgica a frutos secos.

Na caixa que chegou na terça-feira vinha o "Caril de grão com arroz basmati", com o autocolante verde "sem frutos secos". Ao jantar, ao fim de poucas garfadas, ela começou a queixar-se da garganta, os lábios incharam e tivemos de lhe dar a caneta de adrenalina. Passámos a noite nas urgências do Hospital de Santa Maria; felizmente já está em casa.

Guardámos o resto do molho e, olhando com atenção, tem pedaços de caju. A etiqueta do saco diz lote CGR-2611-B.

Peço que verifiquem este lote hoje, porque outras famílias podem ter recebido o mesmo prato, e que me expliquem o que aconteceu. Até lá suspendemos as entregas.

Rui Vasconcelos"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="terse", qt=0, reply=0,
         frm="Tiago Barros <tbarros@netmail.example>",
         to="apoio.clientes@bancoatlantico.example",
         subject="Movimentos que não reconheço",
         body="""\
Bom dia,
tenho no cartão de débito terminado em 4471 três compras desta madrugada numa loja "GLOBALSHOP*LTD" (89,90 €, 149,00 € e 212,50 €) que não fiz. O cartão está comigo. Já o bloqueei na app mas preciso que anulem os movimentos e me digam o que fazer a seguir.
Tiago Barros
NIF 231 448 905

Enviado do meu iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Helena Matos <helena.matos@caixapostal.example>",
         to="ajuda@vendetudo.example",
         subject="Não consigo entrar e estão a vender coisas em meu nome",
         body="""\
Boa noite,

Desde as 18h de hoje não consigo entrar na minha conta (utilizador helena_m_porto). A palavra-passe foi alterada e o e-mail associado também, por isso as mensagens de recuperação já não me chegam. Às 17h52 recebi um aviso a dizer "O seu e-mail foi alterado com sucesso", e não fui eu que o alterei.

Entretanto duas amigas mandaram-me capturas de ecrã: na minha conta apareceram anúncios de iPhones e PlayStations a preços muito baixos, e quem responde está a pedir pagamentos por MB Way para um número que não é o meu. A minha conta tem 6 anos e mais de 200 avaliações, as pessoas confiam.

Por favor bloqueiem a conta ou retirem os anúncios o quanto antes e digam-me como a recupero. Posso enviar cópia do Cartão de Cidadão.

Helena Matos
Porto"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Catarina Lobo <catarina.lobo@sorrisoclinicas.example>",
         to="suporte@dentalsoft.example",
         subject="URGENTE - agenda das 4 clínicas",
         body="""\
Bom dia,

Desde as 8h30 que nenhum posto das nossas quatro clínicas (Braga, Guimarães, Famalicão e Barcelos) consegue abrir a agenda nem as fichas dos pacientes. O programa fica no ecrã de arranque com a mensagem "A sincronizar com o servidor..." e ao fim de uns minutos fecha sozinho. Já reiniciámos os computadores e o router de Braga.

Neste momento temos pacientes na sala de espera sem sabermos a que horas estavam marcados nem que tratamento iam fazer, e os médicos não têm acesso às radiografias. Só esta manhã são 37 consultas nas quatro clínicas; já tivemos de remarcar 9 e há duas cirurgias de implantes às 11h.

Preciso que alguém nos ligue já para o 253 118 440.

Com os melhores cumprimentos,

Dra. Catarina Lobo
Diretora Clínica
Sorriso Clínicas Dentárias, Lda.
Rua do Souto, 112 - 4700-329 Braga
Tel. 253 118 440 | www.sorrisoclinicas.example

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado. Se a recebeu por engano, por favor informe o remetente e elimine-a de imediato. É proibida a sua divulgação, cópia ou distribuição não autorizadas. O conteúdo desta mensagem não vincula a empresa, salvo acordo expresso por escrito."""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Nuno Carvalho <nuno.carvalho@logisticadocentro.example>",
         to="integracoes@envioexpresso.example",
         subject="API de envios em baixo desde as 13h - 640 encomendas paradas",
         body="""\
Boa tarde,

A vossa API de criação de envios está em baixo desde as 13h05: todos os pedidos devolvem "503 Service Unavailable" e o portal web fica a carregar sem fim. Não conseguimos gerar etiquetas nem guias de transporte.

Situação no nosso armazém da Azambuja neste momento:
- 640 encomendas embaladas à espera de etiqueta;
- 3 clientes de comércio eletrónico com entregas garantidas em 24h (campanha de Natal);
- recolha dos vossos camiões marcada para as 17h30, e 12 pessoas da expedição paradas.

Se às 16h isto não estiver resolvido, vamos ter de passar parte do volume para outra transportadora. Agradeço ponto de situação e uma previsão.

Nuno Carvalho
Responsável de Operações - Logística do Centro, S.A.
Tel. 263 400 219"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marta Quintela <marta.quintela@webmail.example>",
         to="apoio@fibralink.example",
         subject="Sem internet desde ontem - contrato 7700218841",
         body="""\
Boa tarde,

Estou sem internet em casa desde ontem às 19h. A luz "PON" do router está a piscar a vermelho e nenhum equipamento se liga. Já desliguei e voltei a ligar tudo, verifiquei o cabo de fibra, fiz o reset como diz no vosso site. Nada. A televisão também não dá.

Trabalho a partir de casa a tempo inteiro e hoje passei o dia a usar os dados do telemóvel, que entretanto acabaram. Amanhã tenho reuniões a partir das 9h e não tenho alternativa.

Liguei duas vezes para a linha de apoio e, ao fim de 40 minutos em espera, a chamada caiu das duas vezes. Peço que marquem uma visita técnica para amanhã de manhã, estou em casa o dia todo.

Morada: Rua Dr. Alfredo Magalhães, 27, 2.º Esq., 3810-140 Aveiro
Marta Quintela
936 221 574"""),

    dict(n=8, signals="outage", priority="medium", trap="inline", qt=0, reply=1,
         frm="Pedro Antunes <pantunes@posta.example>",
         to="ajuda@vistaplay.example",
         subject="RE: [Pedido #2291736] A aplicação da TV fica com o ecrã preto",
         body="""\
Olá Joana,

Respondo por baixo das suas perguntas.

> 1. Qual é a marca e o modelo do televisor?
LG 55UQ7500, de 2022.

> 2. O problema acontece também no telemóvel ou no computador?
Não. No telemóvel e no portátil vejo tudo normalmente, e para já tenho visto as séries no portátil ligado à TV por HDMI. Não é o ideal mas dá.

> 3. Já experimentou desinstalar e voltar a instalar a aplicação?
Sim, duas vezes. Aparece o logótipo VistaPlay, depois fica o ecrã preto com o som do menu por trás, e passado um minuto volta ao menu da televisão.

> 4. Desde quando acontece?
Desde a atualização da aplicação no fim de semana passado (a versão que aparece é 8.4.1).

Obrigado,
Pedro Antunes"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Alberto Sequeira <alberto.sequeira@sapomail.example>",
         to="clientes@luzverde-energia.example",
         subject="Gráfico de consumos na área de cliente",
         body="""\
Bom dia,

Não é nada urgente, mas fica o reparo: há umas duas semanas que a página "Os meus consumos" da área de cliente demora quase um minuto a mostrar o gráfico, e quando aparece os meses estão em inglês ("Jan, Feb, Mar...") e o eixo dos kWh fica cortado em cima. As faturas e os pagamentos abrem normalmente.

Uso o portátil com o Firefox atualizado. Se precisarem de mais algum dado, digam.

Cumprimentos,
Alberto Sequeira
Cliente n.º 300 118 457"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Maria do Céu Fernandes <mceu.fernandes@meuemail.example>",
         to="atendimento@aguasdoribeiro.example",
         subject="Pedido de esclarecimento - fatura de novembro",
         body="""\
Exmos. Senhores,

Venho por este meio pedir um pequeno esclarecimento sobre a minha fatura de novembro (n.º FT 2026/114582, contrato 40028817).

Reparei que aparece uma linha nova, "Taxa de recursos hídricos - 0,87 €", que não constava nas faturas anteriores. O valor é pequeno e já foi pago por débito direto; gostaria apenas de perceber a que corresponde e se passará a ser cobrada todos os meses.

Aproveito para perguntar se é possível a fatura passar a sair com o NIF do meu marido em vez do meu, uma vez que é ele quem a inclui nas despesas do IRS.

Agradeço desde já a atenção.

Com os meus cumprimentos,
Maria do Céu Fernandes"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Oksana Melnyk <oksana.m@inbox.example>",
         to="apoio@mercadoonline.example",
         subject="pagamento duas vezes encomenda 5501873",
         body="""\
Olá,

Fiz uma encomenda no sábado, numero 5501873, valor 67,43 €. Paguei com MB Way e a app dizeu que deu erro, então eu paguei outra vez e agora no meu banco aparece duas vezes 67,43 €. Recebi a encomenda só uma vez, os produtos está tudo certo.

Pode devolver um dos pagamentos por favor? Envio em anexo o print do extrato do banco.

Obrigada
Oksana Melnyk
tel 927 550 318"""),

    dict(n=12, signals="payment", priority="medium", trap="forward", qt=0, reply=0,
         frm="Luís Pimentel <luis.pimentel@fastmail-pt.example>",
         to="reembolsos@voaeuropa.example",
         subject="Fwd: Confirmação de reembolso - reserva K7QXPL",
         body="""\
Boa tarde,

Reencaminho abaixo a vossa confirmação de 6 de novembro. Já passaram mais de três semanas e o dinheiro ainda não entrou no cartão com que paguei (Visa terminado em 0932). Falei com o banco e do lado deles não há nada pendente. Podem verificar o que se passa e indicar-me a referência da operação?

Luís Pimentel

---------- Mensagem encaminhada ---------
De: VoaEuropa <naoresponder@voaeuropa.example>
Data: sexta, 6/11/2026, 09:12
Assunto: Confirmação de reembolso - reserva K7QXPL
Para: <luis.pimentel@fastmail-pt.example>

Caro Luís Pimentel,

Lamentamos o cancelamento do voo VE1482 Lisboa-Amesterdão de 14/11/2026.
Confirmamos o reembolso de 318,40 € para o meio de pagamento original.
O valor deverá ser creditado num prazo de 7 a 14 dias úteis.

Equipa VoaEuropa"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Joaquim Rebelo <joaquim@quintadovale-rebelo.example>",
         to="vendedores@mercadodoagricultor.example",
         subject="Pagamento de novembro retido - preciso de resposta hoje",
         body="""\
Boa tarde,

Vendemos laranjas e azeite pela vossa plataforma desde março. As vendas de novembro (4.380,15 €) deviam ter sido transferidas para a nossa conta no dia 5, como sempre, mas no painel aparece "Pagamento retido - verificação em curso" e ninguém me explica porquê. Já enviei duas vezes os documentos que pediram (certidão permanente e comprovativo do IBAN).

Tenho três trabalhadores na apanha da laranja a quem tenho de pagar na sexta-feira, e o gasóleo do trator e os caixotes também estão por pagar. Não tenho como adiantar esse dinheiro.

Peço que me digam hoje o que falta para libertarem a transferência.

Joaquim Rebelo
Quinta do Vale - Rebelo & Filhos
Tavira
Tel. 961 337 802"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Inês Cardoso <inescardoso@mailpt.example>",
         to="apoio@segurosfidelis.example",
         subject="Mudar o número de telemóvel para os códigos",
         body="""\
Olá, boa tarde,

Vou mudar de operadora em janeiro e vou ficar com um número novo. Como os códigos de confirmação para entrar na área de cliente da app chegam por SMS ao número antigo, queria saber como faço para alterar o número antes disso, para não ficar sem acesso. Na app só encontro a opção de mudar a morada.

Obrigada!
Inês Cardoso
Apólice auto n.º 0045-889127"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Ricardo Nogueira <ricardo.nogueira@mail-online.example>",
         to="suporte@bilheteiranacional.example",
         subject="RE: [Pedido #48213] Recuperação de palavra-passe",
         body="""\
Boa tarde,

Fiz como sugeriram: verifiquei o spam e a pasta "Promoções" e pedi a recuperação mais três vezes, a última às 14h20. Continua a não chegar e-mail nenhum. O endereço da conta é este mesmo.

Tenho lá os bilhetes para o concerto de março no Coliseu (4 bilhetes) e gostava de os ter na app antes das férias do Natal, para não andar com isto às costas em cima da data.

Obrigado,
Ricardo Nogueira

Bilheteira Nacional - Suporte <suporte@bilheteiranacional.example> escreveu no dia quarta, 9/12/2026 à(s) 10:03:
> Olá Ricardo,
>
> Lamentamos o incómodo. Por favor verifique a pasta de spam ou lixo eletrónico
> e volte a pedir a recuperação da palavra-passe em bilheteiranacional.example/recuperar.
> Se o e-mail não chegar em 15 minutos, responda a esta mensagem.
>
> Com os melhores cumprimentos,
> Sofia | Equipa de Suporte"""),

    dict(n=16, signals="account", priority="medium", trap="list", qt=0, reply=0,
         frm="Filipa Teixeira <filipa@clinicavetpatas.example>",
         to="suporte@vetgestao.example",
         subject="Vários assuntos - Clínica Veterinária Patas & Companhia",
         body="""\
Bom dia,

Junto vários pontos num só e-mail:

1. Na última fatura a nossa morada aparece como "Rua da Boavista, 1210" e é 1201. Podem corrigir nas próximas?
2. A enfermeira Sónia Lopes deixou de trabalhar connosco na sexta-feira (saiu a bem, foi para Lisboa), mas o utilizador dela (slopes) continua ativo. Não consigo desativá-lo porque o botão aparece a cinzento na minha conta de administradora. Preciso que o desativem e que me digam como passo as consultas marcadas em nome dela para o Dr. Hugo Meireles.
3. Seria possível pôr o nosso logótipo nos lembretes de vacinação que seguem por SMS?

Obrigada,
Filipa Teixeira
Gerente - Clínica Veterinária Patas & Companhia, Porto"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Paulo Sardinha <paulo.sardinha@contabilidade-sardinha.example>",
         to="suporte@faturapro.example",
         subject="Conta bloqueada - tenho entregas para fazer hoje",
         body="""\
Boa tarde,

Sou contabilista certificado e tenho a conta de gabinete (utilizador gab.sardinha) na vossa plataforma, onde estão as faturas de 26 clientes. Desde esta manhã, ao entrar, é pedido o código de verificação por SMS, que vai para um número que já não uso (mudei de operadora em novembro e a portabilidade falhou). Ao terceiro código errado a conta ficou bloqueada por "24 horas".

Tenho de submeter hoje, até às 23h59, as declarações de 11 clientes cujo prazo termina hoje, e os ficheiros SAF-T de que preciso só os consigo extrair aí. Se falhar o prazo são os meus clientes que pagam as coimas.

Peço que desbloqueiem a conta e alterem o telemóvel para 918 552 730. Posso confirmar a identidade por telefone ou videochamada.

Paulo Sardinha
Contabilista Certificado n.º 48821
Tel. 289 812 004"""),

    dict(n=18, signals="-", priority="low", trap="trade", qt=0, reply=0,
         frm="Armando Pires <encomendas@pragazero.example>",
         to="vendas@agroquimicadosul.example",
         subject="Encomenda de janeiro - raticida e iscos",
         body="""\
Bom dia Sr. Vítor,

Segue a nossa encomenda para janeiro, como falámos ao telefone:

- 40 baldes de isco raticida em bloco (brodifacume 0,0025%), 10 kg;
- 200 caixas porta-iscos com chave;
- 15 litros de inseticida concentrado para baratas;
- 6 ratoeiras de mola, tamanho grande.

Pergunto se o veneno em pasta que nos mandaram da última vez ainda está disponível, porque os clientes da restauração preferem-no aos blocos: as ratazanas comem-no mais depressa, morrem em dois ou três dias e as queixas acabam.

Precisamos também das fichas de dados de segurança atualizadas do raticida e do inseticida, que a ASAE pediu numa inspeção a um cliente nosso.

A entrega pode ser no armazém de Setúbal, de manhã, até às 12h.

Cumprimentos,
Armando Pires
PragaZero - Controlo de Pragas, Lda."""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sofia Magalhães <sofia.magalhaes@hoteisatlantida.example>",
         to="comercial@reservasnet.example",
         subject="Questionário de segurança antes da assinatura do contrato",
         body="""\
Caro Dr. Gonçalo Reis,

Na sequência da reunião de dia 26, e antes de levarmos o contrato do motor de reservas à administração, o nosso departamento de sistemas pede resposta às seguintes questões:

1. Os dados dos hóspedes (incluindo dados de cartão) são cifrados em trânsito e em repouso? Que normas seguem (PCI DSS, ISO 27001)?
2. Em caso de violação de dados ou ataque informático, em que prazo nos notificam e por que canal?
3. O acesso ao painel suporta autenticação de dois fatores? Existe política de palavras-passe e bloqueio após tentativas falhadas?
4. Onde estão alojados os servidores e com que frequência fazem cópias de segurança?
5. Qual é o SLA de disponibilidade e o que acontece se o motor de reservas ficar em baixo em plena época alta?
6. Qual é a política de reembolso das mensalidades se rescindirmos durante o primeiro ano?

Agradecemos resposta até ao final da próxima semana.

Com os melhores cumprimentos,
Sofia Magalhães
Diretora de Sistemas de Informação
Hotéis Atlântida - Algarve e Madeira"""),

    dict(n=20, signals="-", priority="low", trap="data", qt=0, reply=0,
         frm="Gonçalo Pereira <goncalo.pereira@caixa-mail.example>",
         to="privacidade@livrariaspagina.example",
         subject="Pedido de acesso aos dados pessoais (art. 15.º RGPD)",
         body="""\
Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar uma cópia dos dados pessoais que a Livrarias Página tem associados ao meu nome e ao cartão de cliente n.º 6001 2245 8890, incluindo o histórico de compras e as finalidades para que são tratados.

Em 2023 o meu antigo cartão de cliente foi roubado juntamente com a carteira; na altura foi bloqueado numa das vossas lojas e foi-me emitido o atual. Peço que me confirmem se os dados ligados ao cartão antigo foram apagados ou se continuam guardados e, neste último caso, que sejam eliminados.

Para verificação da identidade, posso apresentar o Cartão de Cidadão em qualquer loja.

Com os melhores cumprimentos,
Gonçalo Pereira
Rua Gago Coutinho, 45, 2.º Dto.
8000-302 Faro"""),

    dict(n=21, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Vanessa Correia <vanessa.correia@mailbox.example>",
         to="reclamacoes@rentauto.example",
         subject="Uma vergonha - levantamento no aeroporto de Faro",
         body="""\
Boa noite,

Quero deixar registado o pesadelo que foi o levantamento do carro no balcão do aeroporto de Faro no sábado (reserva RA-778102).

Esperámos uma hora e dez minutos na fila com duas crianças estafadas depois de um voo às 6 da manhã. O funcionário, um senhor de óculos, foi de uma má educação inacreditável: revirou os olhos quando perguntei pela cadeirinha e disse-me "se não gosta vá à concorrência". Uma vergonha.

E o carro? Um desastre. Areia nos tapetes, migalhas nos bancos de trás, um cheiro a tabaco que matava e o cinzeiro cheio de beatas num carro de "não fumadores". Passei a primeira hora das férias a limpar o carro com toalhitas no parque de estacionamento, morta de cansaço.

Espero que alguém leia isto e que aquele senhor não volte a tratar assim outro cliente. Para a próxima alugo noutro lado.

Vanessa Correia"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Beatriz Lemos <beatriz@estudiolotusyoga.example>",
         to="suporte@agendafacil.example",
         subject="RE: Aplicação de marcações em baixo",
         body="""\
Olá Diogo,

Já está a funcionar, obrigada! As alunas já conseguiram marcar as aulas de amanhã sem problema.

Só uma dúvida, sem pressa nenhuma: é possível mudar a cor dos botões da página de marcações para o verde do nosso logótipo?

Beatriz

Diogo - AgendaFácil <suporte@agendafacil.example> escreveu no dia quinta, 10/12/2026 à(s) 11:40:
> Olá Beatriz,
> Identificámos uma falha num dos nossos servidores e estamos a tratar do assunto.
> Voltamos a dar notícias assim que o serviço estiver reposto.
>
> Beatriz Lemos <beatriz@estudiolotusyoga.example> escreveu no dia quinta, 10/12/2026 à(s) 08:47:
>> Bom dia,
>> A aplicação de marcações está em baixo desde ontem à noite. As alunas
>> abrem o link e aparece "Erro 502 - Bad Gateway", e eu também não consigo
>> entrar no painel. Tenho 6 aulas hoje e ninguém consegue reservar lugar.
>> Beatriz Lemos
>> Estúdio Lótus Yoga"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Bruno Tavares <bruno.tavares@telepost.example>",
         to="socios@fitlifeginasios.example",
         subject="RE: RE: Cancelamento da inscrição - continuam a cobrar",
         body="""\
TERCEIRO e-mail sobre o mesmo assunto e ainda ninguém me respondeu.

Voltaram a debitar 39,90 € no dia 1 de dezembro. São dois meses cobrados depois do cancelamento, 79,80 € no total. Tenho o comprovativo do cancelamento assinado na receção do ginásio das Antas.

Se até sexta-feira não tiver a devolução e a confirmação de que os débitos param, cancelo a autorização de débito direto no banco e faço queixa no Livro de Reclamações e na DECO.

Bruno Tavares
Sócio n.º 118 402

Em 17/11/2026 22:14, Bruno Tavares escreveu:
> Boa noite,
> Escrevi a 2 de novembro e não tive resposta. Foram-me cobrados 39,90 € em
> novembro apesar de ter cancelado a inscrição a 28 de outubro. Peço a devolução.
>
> Em 02/11/2026 09:31, Bruno Tavares escreveu:
>> Bom dia,
>> Cancelei a minha inscrição no dia 28/10 na receção (ginásio das Antas) e
>> hoje vi que me debitaram a mensalidade de novembro, 39,90 €. Podem devolver
>> o valor e confirmar que não há mais débitos?
>> Obrigado,
>> Bruno Tavares"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Henrique Almeida <h.almeida@ae-lousa.example>",
         to="apoio@aulavirtual.example",
         subject="Alunos sem acesso à plataforma - Agrupamento de Escolas da Lousã",
         body="""\
Bom dia,

Desde as 8h de hoje nenhum aluno do agrupamento consegue entrar na Aula Virtual com a conta da escola. Depois de escolherem "Entrar com conta Microsoft" voltam à página inicial, sem mensagem nenhuma, em ciclo. Os professores e os funcionários entram normalmente, o que nos leva a pensar que é alguma coisa na configuração dos perfis de aluno. Já confirmámos com a Microsoft que as contas estão ativas.

Estamos a falar de cerca de 640 alunos em três escolas. Às 14h30 há testes de Matemática do 9.º ano (6 turmas, 148 alunos) feitos na plataforma, que não podemos adiar porque as salas e os professores vigilantes já estão destacados.

Peço contacto urgente do responsável técnico: 239 991 205 (secretaria) ou 914 220 618 (eu).

Henrique Almeida
Coordenador TIC - Agrupamento de Escolas da Lousã"""),
]
