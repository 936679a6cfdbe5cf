# blind27 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Vasconcelos <helena.vasconcelos@correio.example>",
         to="apoio@lardoce.example",
         subject="Cobertor elétrico CE-200 - reclamação",
         body="""\
Boa noite,

Comprei em outubro um cobertor elétrico CE-200 para a minha mãe, que tem 84 anos e vive sozinha.
Hoje de manhã fui a casa dela e senti um cheiro esquisito a plástico no quarto. Quando levantei o
lençol, o cobertor tinha uma mancha castanha do tamanho de uma mão na zona dos pés, e o tecido
nesse sítio estava rijo e encolhido. O comando estava tão quente que mal se conseguia pegar nele.
A minha mãe diz que dormiu com ele ligado no nível 3 a noite toda, como faz sempre.

Já desliguei tudo da tomada e guardei o cobertor e o comando num saco. Tenho fotografias.
Gostava de saber o que devo fazer agora e se há outros casos assim, porque a minha tia comprou o
mesmo modelo na mesma altura.

N.º da encomenda: 4471-PT-20931

Com os melhores cumprimentos,
Helena Vasconcelos"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tiago Moura <tmoura82@mail.example>",
         to="clientes@brincamais.example",
         subject="URGENTE - conjunto Magnetix Junior 48 peças",
         body="""\
O meu filho de 3 anos engoliu peças do vosso conjunto magnético Magnetix Junior (48 pç).
Estamos nas urgências pediátricas desde as 15h. O raio-X mostra duas bolinhas coladas uma à outra
na barriga e o médico diz que vai ter de ser operado esta noite.

As bolinhas saem das peças de plástico só de as apertar com os dedos. Fiz o teste em casa com mais
três peças e saíram todas. Na caixa diz 3+ !!!

Quero que alguém me ligue hoje. O meu número está na encomenda 88213-A.

Tiago Moura
Enviado do meu iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Rosa Pinheiro <rosa.pinheiro@netcasa.example>",
         to="assistencia@termaluz.example",
         subject="Dúvida sobre o aparelho que apita",
         body="""\
Bom dia,

É normal que o detetor que o vosso técnico deixou ao pé da caldeira esteja sempre a apitar de
madrugada? Começou há uma semana, sempre por volta das 5h, que é quando a caldeira liga para
aquecer a água. No visor aparece "CO 85 ppm" e depois o número vai baixando. Carrego no botão para
ele se calar e no dia seguinte volta ao mesmo.

Tenho acordado com dores de cabeça e o meu marido também, mas pensámos que era da constipação
que anda cá por casa. O gato anda muito parado.

A caldeira é a Termaluz 24, instalada em setembro. Devo trocar as pilhas do detetor?

Obrigada pela atenção,
Rosa Pinheiro
Rua das Flores, 12 - Viseu"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Mariana Lopes Ferraz <mariana.lferraz@caixapostal.example>",
         to="sinistros@seguralia.example",
         subject="Documentos de outra pessoa no meu processo de sinistro",
         body="""\
Olá,

Entrei hoje no portal de sinistros para enviar a fatura da oficina (processo AU-2026-118834) e na
aba "Documentos" aparecem arquivos que não são meus: a carta de condução, um relatório médico e o
comprovativo de IBAN de um senhor chamado Joaquim qualquer coisa, de Braga. Consigo abrir e baixar
tudo sem problema.

Não baixei nada, só abri o primeiro para entender o que era e fechei logo. Mas se eu vejo os
dados dele, imagino que alguém também possa estar vendo os meus, e o meu processo tem o meu
relatório do hospital.

Fico aguardando retorno com urgência.

Att.,
Mariana Lopes Ferraz"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nuno Carvalho <nuno.carvalho@rotaexpress.example>",
         to="suporte.ti@rotaexpress.example",
         subject="Terminais dos motoristas - CD Carregado",
         body="""\
Bom dia,

Desde as 6h10 que os terminais portáteis dos motoristas ficam presos em "A sincronizar rotas..." e
não passam daí. Sem rota carregada o motorista não consegue ler os volumes à saída do cais, por
isso temos 38 carrinhas paradas e cerca de 9.000 volumes que deviam ter saído às 7h30.

Já reiniciámos vários terminais e as bases de carregamento, sem efeito. Os leitores fixos da
triagem estão a ler normalmente, é só nos portáteis.

Preciso de alguém ao telefone agora. Extensão 204.

Nuno Carvalho
Chefe de Turno - Centro de Distribuição do Carregado
RotaExpress Logística"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Catarina Mendes <direcao@farmaciamoderna-setubal.example>",
         to="suporte@farmasoft.example",
         subject="Receitas não abrem - Farmácia Moderna (cliente FM-03318)",
         body="""\
Boa tarde,

Desde o meio-dia que, quando lemos o código de uma receita eletrónica ao balcão, o programa fica
com a rodinha a girar cerca de um minuto e depois volta ao ecrã inicial sem mostrar as linhas da
receita. Acontece nos quatro postos de atendimento, com receitas de vários médicos.

Não conseguimos dispensar nada com comparticipação. Tenho pessoas à espera desde as 12h15, muitas
idosas, algumas vieram buscar insulina e anticoagulantes. Estamos a pedir-lhes que voltem mais
tarde, mas isto não pode durar.

Liguem-me para o número da farmácia, por favor.

Dra. Catarina Mendes
Diretora Técnica
Farmácia Moderna de Setúbal"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Rui Salgado <rui.salgado@fibranet.example>",
         to="apoio@fibranet.example",
         subject="Luz vermelha no router",
         body="""\
Olá. Desde ontem às 19h que o router tem a luz do globo vermelha e nenhum aparelho cá de casa
navega, nem o computador ligado por cabo. Já desliguei e voltei a ligar três vezes e fiz o reset
com o clip como explicam no site. Nada.

Trabalho a partir de casa e hoje tive de ir para um café enviar os ficheiros a um cliente.
Contrato n.º 600122093. Podem mandar um técnico? Estou em casa o dia todo.

Rui Salgado"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Sofia Reis <sofia.reis@metalvouga.example>",
         to="suporte@gestpessoal.example",
         subject="Exportação do mapa de férias sai vazia",
         body="""\
Olá,

Quando exporto o mapa de férias para Excel (Relatórios > Férias > Exportar), o ficheiro descarrega
mas só traz os cabeçalhos, sem nenhuma linha. Já experimentei com vários departamentos e
intervalos de datas, e ao meu colega acontece o mesmo. No ecrã os dados aparecem bem.

Não é urgente, só temos de entregar o mapa à administração a 15 do próximo mês, mas gostava de
saber se é um erro conhecido e se vai ser corrigido até lá.

Obrigada,
Sofia Reis
Recursos Humanos
Metalúrgica do Vouga, S.A."""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Paulo Antunes <p.antunes@ilhamail.example>",
         to="apoio@marlinhas.example",
         subject="RE: RE: Check-in online não conclui - reserva FX-77120",
         body="""\
Continua exatamente igual. O barco sai amanhã às 8h00 e continuo sem cartões de embarque.
É o terceiro e-mail. Alguém me responde?

Paulo Antunes

> -----Mensagem original-----
> De: Paulo Antunes <p.antunes@ilhamail.example>
> Enviada: terça-feira, 10 de novembro de 2026 21:14
> Para: apoio@marlinhas.example
> Assunto: RE: Check-in online não conclui - reserva FX-77120
>
> Volto a escrever porque ninguém respondeu. Quando carrego em "Concluir check-in" a página volta
> ao passo 1 e perde os dados dos passageiros e do carro. Já tentei no telemóvel e no computador.
>
> -----Mensagem original-----
> De: Paulo Antunes <p.antunes@ilhamail.example>
> Enviada: domingo, 8 de novembro de 2026 10:02
> Para: apoio@marlinhas.example
> Assunto: Check-in online não conclui - reserva FX-77120
>
> Bom dia, não consigo fazer o check-in online da viagem Funchal - Porto Santo de dia 12
> (2 adultos, 1 criança, 1 viatura). Podem ajudar?"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Inês Caldeira <ines.caldeira@mail.example>",
         to="socios@fitlinha.example",
         subject="Mensalidade cobrada 2x",
         body="""\
Boa tarde, a mensalidade de novembro (clube de Telheiras) foi debitada duas vezes no meu cartão,
dia 1 e dia 2, 39,90 EUR cada. Sócia n.º 55812. Podem devolver uma? Obg

Inês

Enviado do Outlook para Android"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Duarte Fonseca <duarte.fonseca@correio.example>",
         to="ajuda@patudo.example",
         subject="Reembolso da encomenda 20931-B ainda não recebido",
         body="""\
Bom dia,

A 2 de outubro cancelei a encomenda 20931-B (ração para cão sénior 12 kg + snacks dentários),
porque o prazo de entrega passou de 2 para 15 dias. A vossa colega Marta confirmou no chat, nesse
mesmo dia, que o reembolso de 64,35 EUR seria feito para o cartão em 5 a 10 dias úteis.

Já passaram mais de cinco semanas e não vi nada no extrato. Voltei a escrever no chat a 28 de
outubro e disseram-me para aguardar mais uns dias. Aguardei.

Peço que me indiquem a data em que o reembolso foi processado e a referência, para eu poder
confirmar com o banco. Caso não tenha sido feito, que o façam agora.

Cumprimentos,
Duarte Fonseca
Cliente n.º 1190482"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Jonas Becker <jonas.becker@uni-mail.example>",
         to="help@zumscoot.example",
         subject="pagamento nao funciona na app",
         body="""\
Olá,

Eu sou estudante de Erasmus em Lisboa e uso as trotinetes todos os dias para ir à faculdade.
Desde sexta-feira a app diz "Cartão recusado" quando eu quero começar uma viagem. O meu cartão
funciona em todos lados (supermercado, Bolt, metro), o banco diz que do lado deles não há
problema nenhum. Eu tentei também adicionar outro cartão e MB Way, é a mesma coisa.

Então eu não consigo pagar nada e não posso usar o serviço. Hoje cheguei atrasado a um exame
por causa disso.

Por favor ajudem, obrigado
Jonas Becker"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Armando Teixeira <armando.teixeira@netcasa.example>",
         to="contratos@calorverde.example",
         subject="Débitos diretos após cancelamento do contrato de manutenção",
         body="""\
Exmos. Senhores,

Por carta registada com aviso de receção, enviada a 4 de agosto, cancelei o contrato de manutenção
da bomba de calor (contrato MN-44102), por ter vendido a casa de Ovar. Recebi a vossa confirmação
por escrito a 19 de agosto, que junto em anexo.

Apesar disso, continuam a ser debitados 18,50 EUR por mês da minha conta: em setembro, em outubro
e agora em novembro. Já cancelei a autorização de débito no banco, mas quero que me sejam
devolvidos os 55,50 EUR cobrados indevidamente.

Agradeço uma resposta por escrito.

Com os meus cumprimentos,
Armando Teixeira"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Beatriz Almeida <bia.almeida@mail.example>",
         to="app@vetarcoiris.example",
         subject="Conta bloqueada na app da clínica",
         body="""\
Bom dia,

Tentei entrar na app da Clínica Veterinária Arco-Íris para marcar a vacina anual do meu gato e,
depois de me enganar na palavra-passe umas quantas vezes, aparece "Conta temporariamente
bloqueada". Já passaram mais de 24 horas e continua igual. Carreguei em "Esqueci-me da
palavra-passe" mas não chega e-mail nenhum (já vi no spam).

O e-mail da conta é este. O gato chama-se Tobias, é o n.º de ficha 3317.

Obrigada,
Beatriz Almeida"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Maria do Céu Rebelo <mceu.rebelo@correio.example>",
         to="biblioteca.digital@cm-ribeira.example",
         subject="Não recebo o código para entrar",
         body="""\
Boa tarde,

Sou leitora da biblioteca municipal há muitos anos e a minha neta instalou-me a aplicação para eu
poder requisitar livros digitais. Ponho o número do cartão e a palavra-passe, e depois a
aplicação diz que me enviou um código por SMS, mas o código nunca chega. Já tentei várias vezes,
em dias diferentes. Os outros SMS chegam-me bem, até os do banco.

O meu telemóvel é o que está na ficha de leitora. Cartão n.º 00731.

Se me puderem ajudar agradecia, que agora com o frio não me apetece ir à biblioteca.

Com os melhores cumprimentos,
Maria do Céu Rebelo"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Vasco Morais <vasco.morais@mail.example>",
         to="bilheteira@teatrorua.example",
         subject="Conta desativada?",
         body="""\
Boa tarde,

É normal que a minha conta no site tenha sido desativada sem qualquer aviso? Hoje fui comprar
bilhetes para dezembro e ao entrar aparece "Esta conta foi desativada. Contacte a bilheteira."
Não recebi nenhum e-mail a explicar.

Sou assinante há mais de dez anos e tenho a assinatura da temporada associada a essa conta, com os
lugares da fila F. Gostava de voltar a ter acesso, ou pelo menos de perceber o que aconteceu.

Vasco Morais"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Filipa Guerreiro <filipa.guerreiro@mail.example>",
         to="suporte@velovolt.example",
         subject="Sem acesso à conta - a bicicleta não desbloqueia",
         body="""\
Olá,

No domingo o meu telemóvel caiu ao Douro (sim...). Comprei outro, instalei a app, a palavra-passe
está certa, mas a seguir pede o código de seis dígitos da app autenticadora, que estava no
telemóvel antigo. Não guardei os códigos de recuperação.

O problema é que a minha VeloVolt só desbloqueia pela app e é o meu único transporte para o
trabalho. Desde segunda que ando de táxi. Posso provar que sou a dona: tenho a fatura, o número de
quadro (VV-Q-558120) e o cartão de cidadão.

Como posso recuperar a conta o mais depressa possível?

Filipa Guerreiro
Porto"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Lurdes Sampaio <lurdes.sampaio@mail.example>",
         to="clientes@crocantix.example",
         subject="Livro de receitas da fritadeira",
         body="""\
Olá!

A minha fritadeira de ar chegou ontem e estou mortinha por a experimentar! A minha vizinha tem uma
igual e diz que as asas de frango com mel ficam de morrer.

Só uma pergunta: na caixa vinha o livro de receitas em inglês e espanhol. Têm em português? Se for
em PDF também serve.

Beijinhos e obrigada,
Lurdes"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Ricardo Pacheco <ricardo.pacheco@escolaverde.example>",
         to="bilheteira@teatrorua.example",
         subject="Bilhetes de grupo para \"Fuga de Gás\"",
         body="""\
Boa tarde,

Sou professor de Português numa escola secundária e gostava de levar duas turmas (52 alunos e 4
professores) a ver a peça "Fuga de Gás" numa das sessões de quinta-feira à tarde de janeiro.

Têm preço de grupo escolar? E é possível pagar por transferência depois de a escola emitir a
requisição, ou tem de ser no momento da reserva?

Obrigado,
Ricardo Pacheco
Escola Secundária do Vale Verde"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Gabriela Torres <gabriela@contas-torres.example>",
         to="suporte@gestpessoal.example",
         subject="Proteger com palavra-passe o Excel dos recibos",
         body="""\
Bom dia,

Exporto todos os meses os recibos de vencimento de três clientes para Excel e envio-os ao
contabilista por e-mail. Há alguma forma de o próprio programa pôr uma palavra-passe no ficheiro
ao exportar? Não encontro a opção no menu de exportação.

Se não houver, digam-me só, que eu faço no Excel.

Obrigada,
Gabriela Torres"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Henrique Valente <henrique@casadosalgueiros.example>",
         to="comercial@reservaki.example",
         subject="Dúvidas antes de aderir",
         body="""\
Boa tarde,

Temos um alojamento local com 6 quartos no Gerês e estamos a comparar sistemas de reservas.
Antes de avançarmos com a vossa proposta, tinha três perguntas:

1. O que acontece se o pagamento do hóspede falhar no momento da reserva? O quarto fica bloqueado
   ou volta a ficar disponível?
2. Quando um hóspede cancela dentro do prazo, o reembolso é feito por vocês ou por nós?
3. Têm algum SLA em caso de falha do serviço? Já tivemos um sistema que ficou em baixo um fim de
   semana inteiro em agosto e foi um pesadelo.

Obrigado,
Henrique Valente
Casa dos Salgueiros"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Célia Barros <celia.barros@mail.example>",
         to="apoio@rotaexpress.example",
         subject="Re: Atraso nas entregas - zona de Braga",
         body="""\
Obrigada pela informação. A encomenda chegou hoje de manhã, em perfeito estado. Bom trabalho!

Célia Barros

Em qui., 12/11/2026 às 17:40, Apoio ao Cliente RotaExpress <apoio@rotaexpress.example> escreveu:
> Cara cliente,
>
> Informamos que, devido a uma falha no nosso sistema de seguimento, o serviço esteve
> indisponível durante a manhã de hoje e algumas entregas na zona de Braga sofreram atraso.
> A sua encomenda RX-3390-1877 será entregue amanhã.
>
> Pedimos desculpa pelo incómodo.
> Apoio ao Cliente RotaExpress"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Joana Serrão <rececao@clinicasorriso.example>",
         to="suporte@dentaplus.example",
         subject="Impressão das faturas-recibo",
         body="""\
Olá,

Desde a atualização de terça-feira, o botão "Imprimir fatura-recibo" no fim da consulta não faz
nada: não abre a janela da impressora nem dá erro. As outras impressões (receitas, marcações)
saem bem.

Por agora estamos a enviar a fatura-recibo por e-mail aos pacientes, que também funciona, mas os
mais velhos preferem papel e às vezes não têm e-mail. Podem ver isto quando puderem?

Joana Serrão
Receção - Clínica Dentária Sorriso"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Teresa Quintela <teresa.quintela@mail.example>",
         to="clientes@lentesja.example",
         subject="Nome na fatura",
         body="""\
Olá, boa tarde.

Reparei que nas faturas da subscrição das lentes de contacto o meu apelido aparece como
"Quintala" em vez de "Quintela". Não tem grande importância, mas se puderem corrigir para as
próximas agradecia. De resto está tudo ótimo, as lentes chegam sempre a tempo.

Teresa Quintela"""),
]
