# blind14 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Vanessa Calado <vanessa.calado@correio.example>",
         to="apoio@cortafacil.example",
         subject="Máquina CortaFácil K3 - marcas no pescoço do meu filho",
         body="""\
Bom dia,

comprei a máquina de cortar cabelo CortaFácil K3 há três semanas. Ontem
estava a cortar o cabelo ao meu filho de 6 anos e, ao fim de uns cinco
minutos, ele começou a chorar e a dizer que "picava como uma vespa". Quando
lhe vi a nuca tinha duas riscas vermelhas, com umas bolhinhas, exatamente da
largura do pente. Toquei nas lâminas e estavam tão quentes que não consegui
manter o dedo em cima. O motor também fazia um zumbido diferente, mais agudo
que o normal.

Hoje de manhã as riscas continuam vermelhas e ele não deixa ninguém tocar.
Não voltei a usar a máquina. Número de série CF-K3-220871.

Quero saber o que se passa com esta máquina e se há mais casos.

Vanessa Calado
912 000 147"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nuno Carvalhais <nuno.carvalhais@sapo.example>",
         to="clientes@alertacasa.example",
         subject="Detetor AlertaCasa CO-200 esteve sempre calado",
         body="""\
Boa tarde,

temos o detetor AlertaCasa CO-200 na cozinha, ao lado do esquentador, há
cerca de um ano. No domingo à noite eu e a minha mulher começámos com dores
de cabeça fortes e tonturas, e a nossa filha de 4 anos vomitou duas vezes e
estava tão sonolenta que quase não acordava. Abrimos as janelas todas e
fomos dormir a casa da minha sogra.

Na segunda veio o técnico do gás com um medidor e disse que os valores na
cozinha estavam "muito acima do normal" e que a chaminé do esquentador
estava entupida. O detetor esteve o tempo todo com a luz verde acesa e não
fez um único som. Carreguei no botão de teste e apita normalmente.

Os meus pais têm o mesmo modelo em casa. Podem ligar-me? 910 000 318.

Nuno Carvalhais"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Henrique Valadares <h.valadares@correio.example>",
         to="suporte@notarioja.example",
         subject="Recebi a escritura de outra pessoa",
         body="""\
Boa tarde,

fiz uma procuração através do NotárioJá na semana passada. Hoje recebi o
e-mail "Os seus documentos estão prontos" e, ao abrir o link, aparece a
escritura de compra e venda de um apartamento em Braga de um casal que não
conheço: nomes, números do Cartão de Cidadão, NIF, morada, valor da venda e
até o IBAN.

Não devia ter acesso a isto, e preocupa-me onde terão ido parar os meus
documentos. Não descarreguei nem partilhei nada. Podem verificar com
urgência e dizer-me o que devo fazer?

Henrique Valadares"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Cláudia Frazão <claudia.frazao@correio.example>",
         to="ajuda@mesadamais.example",
         subject="Compras que a minha filha não fez no cartão Mesada+",
         body="""\
Olá,

a minha filha (13 anos) tem o cartão pré-pago Mesada+ associado à minha
conta. Esta manhã recebi quatro notificações seguidas de compras numa loja
online de jogos com morada em Vilnius: 19,99 €, 19,99 €, 49,99 € e 4,99 €.
Ela estava na escola, o cartão está na carteira dela e jura que nunca o usou
na internet. O saldo ficou a zero.

Já bloqueei o cartão na app, mas quero que estes pagamentos sejam anulados e
perceber como é que alguém conseguiu os dados do cartão.

Cláudia Frazão"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Inês Cabral <ines@nautilagos.example>",
         to="suporte@marinabook.example",
         subject="NautiLagos - a app de check-in não mostra as reservas, clientes à espera no pontão",
         body="""\
Bom dia,

sou a Inês Cabral, da NautiLagos (aluguer de barcos sem carta na marina de
Lagos). Desde as 9h00 a app de check-in abre, mas a lista de reservas do dia
aparece vazia e, se procuro pelo código, diz "Reserva inexistente".

Tenho 14 barcos prontos no pontão e mais de 30 clientes à espera ao sol. Sem
o contrato assinado na app não posso entregar as chaves nem registar a
caução. Já tive de mandar embora duas famílias, e um casal inglês perguntou
"Are we getting our money back?". Julho é o mês que nos paga o ano.

Liguem-me para o 912 000 540, por favor.

Inês"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Helena Brás <coordenacao@menteaberta.example>",
         to="suporte@consultamais.example",
         subject="Videoconsultas não arrancam - clínica com 30 psicólogos",
         body="""\
Bom dia,

sou coordenadora da Clínica Mente Aberta, que usa a Consulta+ para todas as
consultas online. Desde as 8h nenhum dos nossos 30 psicólogos consegue
começar a videochamada: ao clicar em "Entrar na consulta" a página fica a
carregar e depois volta ao calendário. Os pacientes ficam sozinhos na sala
de espera virtual.

Estamos a telefonar a cada paciente para remarcar, mas alguns estão em
acompanhamento semanal e não podem ficar sem consulta. Hoje temos mais de 90
marcadas.

Helena Brás"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Bruno Teixeira <bruno.teixeira@correio.example>",
         to="ajuda@ligafantastica.example",
         subject="A app fecha logo ao abrir - não consigo fazer a equipa",
         body="""\
Olá,

desde a atualização de ontem (versão 5.2) a app da Liga Fantástica abre,
mostra o logótipo e fecha logo a seguir. Já reiniciei o telemóvel, limpei a
cache e reinstalei. A jornada fecha amanhã às 19h e tenho três jogadores
lesionados no onze que preciso de trocar.

Bruno (utilizador btx_77)"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Rogério Pinto <rogerio.pinto@sapo.example>",
         to="apoio@estadiopedidos.example",
         subject="É normal os pedidos demorarem 25 minutos?",
         body="""\
Boa noite,

é normal que os pedidos feitos pela app no Estádio Municipal demorem 20 a 25
minutos a aparecer como "Pronto"? No jogo de sábado pedi duas bifanas e duas
imperiais ao intervalo e só ficaram prontas já com a segunda parte a meio. O
senhor do bar disse que os pedidos da app lhes chegam aos bocados e
atrasados, e que a fila normal estava mais rápida.

No jogo seguinte já fui diretamente ao balcão.

Cumprimentos,
Rogério Pinto"""),

    dict(n=9, signals="outage,account", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Serviços Académicos ESAS <academicos@esas.example>",
         to="suporte@examinscreve.example",
         subject="Inscrição em exames - nenhum aluno recebe o código de acesso",
         body="""\
Boa tarde,

escrevemos dos Serviços Académicos da Escola Superior de Artes do Sado.
Desde ontem à tarde os alunos não conseguem entrar no portal de inscrição
em exames: depois da palavra-passe, o portal diz que enviou um código por
e-mail, mas o código não chega a ninguém (já verificámos o spam e o nosso
servidor de correio).

Temos mais de 600 alunos por inscrever e o prazo fecha sexta-feira às 23h59.
A coordenadora Erasmus acrescenta: "Our incoming students are asking whether
they will lose their exam slots."

Precisamos de uma solução ou de um prolongamento do prazo.

Com os melhores cumprimentos,
Marta Sequeira
Serviços Académicos - 213 000 090"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Joana Mourão <joana.mourao@correio.example>",
         to="ajuda@marcaunhas.example",
         subject="Sinal cobrado duas vezes",
         body="""\
Olá, marquei gelinho + pedicure para dia 12 no salão Unhas da Rita pela
vossa app e paguei o sinal de 10 € por MB WAY. Tenho dois movimentos de
10 € à mesma hora. Podem devolver um? Obrigada, Joana"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Ricardo Amaral <ricardo@tintaviva.example>",
         to="vendedores@mercadoarte.example",
         subject="Transferência das vendas de maio falhou - renda do estúdio",
         body="""\
Bom dia,

vendo os cremes de cicatrização Tinta Viva na vossa plataforma (loja n.º
88213). A transferência das vendas de maio, 1.240,60 €, aparece no painel
como "Falhada - contacte o suporte", sem mais explicações. Os dados
bancários são os mesmos há dois anos e nunca houve problemas.

Tenho de pagar a renda do estúdio na segunda-feira e conto com este
dinheiro. Conseguem reprocessar a transferência ainda hoje?

Ricardo Amaral
Tinta Viva Tattoo Care"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Beatriz Lemos <beatriz.lemos@alunos.example>",
         to="tesouraria@univatlantico.example",
         subject="Fatura da 3.ª prestação da propina",
         body="""\
Boa tarde,

é suposto a fatura da 3.ª prestação da propina vir com 348,50 €? Tenho a
bolsa aprovada desde novembro e nas duas prestações anteriores paguei
116,17 €. Além disso, aparece o NIF do meu pai e não o meu.

Podem corrigir antes da data-limite, dia 30?

Beatriz Lemos, aluna n.º 2023114"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Fábio Correia <fabio.correia@correio.example>",
         to="apoio@apostacerta.example",
         subject="Taxa de levantamento",
         body="""\
Olá, no último levantamento de 50 € para a minha conta recebi 49,50 €.
Presumo que seja a taxa de 1%? Só queria confirmar, não é reclamação.
Cumprimentos"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Sofia Meireles <sofia.m@correio.example>",
         to="apoio@fertilis.example",
         subject="Dúvida",
         body="""\
Olá, boa tarde.

Uso a Fertilis há quase dois anos e gosto muito, recomendo-a a toda a gente.
Comecei por causa de uma amiga e agora a minha irmã também usa. Gostava de
sugerir que pusessem um modo escuro, porque registo a temperatura às 6h da
manhã e o ecrã branco dá cabo dos olhos, e talvez um lembrete para a pílula
que se possa adiar dez minutos.

Mas o motivo do e-mail é outro: mudei de telemóvel e, ao instalar a app,
pede-me a palavra-passe. Pedi para a repor três vezes e o e-mail de
reposição nunca chega (nem no spam). Tenho lá dois anos de registos de
temperatura e ciclos que a minha médica quer ver na consulta de dia 18.

O e-mail da conta é este, sofia.m@correio.example.

Obrigada,
Sofia"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Tiago Figueiredo <tiago.figueiredo@sapo.example>",
         to="suporte@sortegrande.example",
         subject="Perdi o autenticador - código de 6 dígitos",
         body="""\
Boa tarde,

ativei a verificação em dois passos na app Sorte Grande com uma app de
autenticação. O telemóvel antigo avariou e, no novo, o autenticador aparece
vazio. Agora não consigo entrar porque me pede sempre o código de 6
dígitos. Não guardei os códigos de recuperação (mea culpa).

Como posso recuperar o acesso? Posso enviar cópia do Cartão de Cidadão.

Tiago Figueiredo"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Rui Pacheco <rui.pacheco@empresa.example>",
         to="suporte@trilhospt.example",
         subject="Re: Interrupção do serviço de mapas offline",
         body="""\
Olá Tiago, obrigado pela resposta.

Entretanto surgiu outra questão: tentei mudar o e-mail da minha conta do
TrilhosPT para o pessoal (o do trabalho vai ser desativado no fim do mês),
mas quando carrego no link de confirmação aparece "Ligação expirada", mesmo
abrindo-o logo a seguir. Já tentei quatro vezes. Conseguem mudar vocês?

Novo e-mail: rui.pacheco@correio.example

Rui

Em qua., 5/06/2024 às 11:20, Suporte TrilhosPT <suporte@trilhospt.example> escreveu:
> Olá Rui,
>
> Confirmamos que ontem, entre as 14h e as 18h, houve uma falha geral nos
> nossos servidores e os mapas offline não descarregavam. O serviço já foi
> reposto. Pedimos desculpa pelo incómodo.
>
> Tiago, Suporte TrilhosPT"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="André Sampaio <andre.sampaio@correio.example>",
         to="ajuda@barbearianavalha.example",
         subject="Verificação em dois passos",
         body="""\
Boa tarde, como é que ativo a verificação em dois passos na minha conta da
app? Não encontro nas definições. Obrigado."""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="film", qt=0, reply=0,
         frm="Mariana Lopes <mariana.lopes@correio.example>",
         to="clube@cinepipoca.example",
         subject="Maratona de terror - dá para usar pontos?",
         body="""\
Olá!

Vi que no dia 31 vão fazer a maratona "Noite do Pânico" com "Inferno",
"O Incêndio da Rua Escura" e "Veneno Mortal". Dá para trocar os pontos do
cartão Pipoca+ pelo bilhete da maratona completa ou só por sessões normais?
E há intervalo para jantar?

Somos quatro e estamos mortinhos por ir!

Mariana"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Pedro Antunes <pedro.antunes@correio.example>",
         to="aulas@ondanorte.example",
         subject="Re: Aulas de sábado canceladas",
         body="""\
Olá Marta, sem problema, fica para a próxima.

Já agora: o meu filho tem 9 anos e 1,35 m. Que tamanho de fato isotérmico
devo levar, ou vocês emprestam? E a prancha de espuma está incluída no
preço da aula?

Obrigado,
Pedro

Em sex., 14/06/2024 às 18:05, Escola de Surf Onda Norte <aulas@ondanorte.example> escreveu:
> Olá a todos,
>
> Por razões de segurança, as aulas de sábado foram canceladas: está
> prevista ondulação de 3 metros e correntes fortes no Cabedelo. Não é
> seguro levar principiantes para a água nestas condições.
> As aulas passam para o sábado seguinte, à mesma hora.
>
> Marta - Onda Norte"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Graça Nogueira <graca.nogueira@sapo.example>",
         to="visitantes@aquarioatlantico.example",
         subject="Obrigada - cartão anual resolvido",
         body="""\
Boa tarde,

só para agradecer ao Sr. Tiago, do apoio ao visitante. O meu cartão anual
estava bloqueado e o pagamento tinha saído duas vezes; ele tratou de tudo
numa chamada de dez minutos e o reembolso já chegou.

Ontem fomos com os miúdos ver os tubarões e as alforrecas e correu tudo
lindamente. Continuem assim!

Graça Nogueira"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Fumo Zero <novidades@fumozero.example>",
         to="suporte@fumozero.example",
         subject="Newsletter de outubro: Semana da Prevenção de Incêndios",
         body="""\
NEWSLETTER FUMO ZERO - OUTUBRO

Semana da Prevenção de Incêndios
Sabia que a maioria dos incêndios domésticos começa na cozinha, durante a
noite? Teste os seus alarmes uma vez por mês: carregue no botão até ouvir o
sinal. Em caso de emergência ligue 112 e saia de casa sem apanhar
elevadores.

Novidade: Fumo Zero S3
O novo alarme inteligente avisa o seu telemóvel quando a bateria está fraca
e deteta perigo de monóxido de carbono. 10% de desconto até dia 31 com o
código OUTUBRO10.

Para deixar de receber esta newsletter, clique em "Anular subscrição"."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Diogo Rebelo <diogo.rebelo@correio.example>",
         to="reservas@dadoslancados.example",
         subject="Reserva para sexta - grupo de 8",
         body="""\
Olá!

Queremos reservar a mesa grande para sexta às 21h, somos 8. A malta está
doida para jogar "Pandemic" e o "Exploding Kittens" (ou "Explosão de
Gatinhos", como lhe chamam cá). Disseram-me que a noite de jogos da semana
passada foi uma bomba!

Há consumo mínimo? E podemos levar um bolo de anos?

Abraço,
Diogo"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="payment", priority="high", trap="scale", qt=0, reply=0,
         frm="Henrique Lobo <hlobo@ebvaleverde.example>",
         to="escolas@escolapay.example",
         subject="Referências Multibanco da visita de estudo com valor errado - 300 alunos, prazo amanhã",
         body="""\
Bom dia,

sou o professor Henrique Lobo, da Escola Básica de Vale Verde. Usamos a
EscolaPay para os pagamentos da visita de estudo a Madrid (7.º e 8.º anos).
As referências Multibanco geradas ontem para os 300 alunos saíram com
365,00 € em vez de 265,00 €. Muitos pais já pagaram o valor errado e outros
estão a ligar para a escola a perguntar o que se passa.

Temos de confirmar o autocarro e o alojamento com a agência amanhã até às
12h, com o pagamento total. Precisamos de referências corrigidas hoje e de
saber como devolver os 100 € a quem pagou a mais.

Henrique Lobo
Coordenador da visita - 914 000 203"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Catarina Gouveia <cgouveia@correio.example>",
         to="apoio@vetonline.example",
         subject="Re: Não consigo entrar na conta VetOnline",
         body="""\
Bom dia,

é o terceiro e-mail que envio e continuo sem resposta. Há dez dias que não
consigo entrar na minha conta e a receita da medicação do Bolinhas para a
tiroide está lá dentro. A farmácia veterinária precisa dela e ele só tem
comprimidos até quinta-feira.

Por favor, alguém me ligue: 913 000 266.

Catarina Gouveia

Em seg., 3/06/2024 às 09:12, Catarina Gouveia <cgouveia@correio.example> escreveu:
> Olá, desde ontem a app diz "Credenciais inválidas" quando tento entrar,
> apesar de ter a palavra-passe certa. Já pedi para repor e o link que
> recebo não funciona. Podem ajudar?"""),
]
