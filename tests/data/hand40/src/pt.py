# blind41 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
# European Portuguese (pt-PT).
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Medeiros <rui.medeiros@casamedeiros.example>",
         to="assistencia@termogas.example",
         subject="Cheiro na cozinha depois da instalação do esquentador",
         body="""\
Boa noite,

O vosso técnico instalou ontem à tarde um esquentador novo cá em casa
(contrato 44718-B). Desde hoje de manhã sente-se um cheiro forte a gás na
cozinha, sobretudo junto à parede por onde passa o tubo. Quando se abre a
água quente ouve-se um assobio baixinho que antes não havia.

A minha mulher está com dores de cabeça desde o almoço e a minha sogra, que
vive connosco e tem 84 anos, disse que se sentia tonta. Fechei a torneira do
gás, abri as janelas todas e viemos para casa da minha irmã.

Podem mandar alguém ainda hoje? Não quero voltar a abrir o gás sem alguém ver
aquilo.

Rui Medeiros
Rua da Fonte Nova, 12, Aveiro
912 445 087"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Catarina Lopes <catarina.lopes@mail.example>",
         to="apoio@bebecasa.example",
         subject="Cadeira de papa Nino 3 em 1",
         body="""\
Olá,

Comprei na vossa loja online a cadeira de papa Nino 3 em 1 (encomenda
BC-220914) em outubro. Hoje ao almoço o meu filho de 14 meses estava sentado
nela e a cadeira fechou-se de repente, com ele lá dentro. Ficou com a mão
presa entre o tabuleiro e a perna da cadeira.

Fomos às urgências do Santa Maria, tem dois dedos com fissura e vai ficar
com tala umas semanas. A cadeira estava montada como no manual, com os dois
trincos fechados, já verifiquei tudo outra vez.

Uma amiga minha comprou a mesma e tem um bebé mais pequeno. O que é que eu
faço agora? Há mais casos destes?

Catarina Lopes

Enviado do meu iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Fernando Pires <fpires@netvia.example>",
         to="resultados@labanalises-norte.example",
         subject="Recebi análises que não são minhas",
         body="""\
Exmos. Senhores,

Fiz análises ao sangue no vosso posto de Braga no dia 27 de novembro e hoje
recebi por email o link para os resultados. Ao abrir o PDF, os resultados não
são meus. São de uma senhora, Maria Ermelinda S., com data de nascimento,
número de utente e morada em Guimarães, e incluem um teste de gravidez e
análises à tiroide.

Já apaguei o email, mas imagino que os meus possam ter ido parar a outra
pessoa da mesma maneira. O meu número de requisição é 2611-07733.

Agradecia que me explicassem o que aconteceu e como vou receber os meus
resultados, que o médico precisa deles para a consulta do dia 14.

Com os melhores cumprimentos,
Fernando Pires"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tiago Nunes <tiago.nunes88@mail.example>",
         to="apoio@bancoatlantico.example",
         subject="telemovel roubado + movimentos",
         body="""\
Boa tarde. Roubaram-me o telemóvel ontem à noite no comboio para Sintra.
Hoje de manhã entrei no homebanking pelo portátil e tenho 3 transferências
MB Way que não fiz: 250€, 250€ e 180€, todas para o mesmo número, que não
conheço, entre a 1h e as 2h da manhã.
O cartão continua comigo. Liguei para a linha mas está sempre impedida.
Como bloqueio a app e como recupero o dinheiro?
Tiago Nunes
Conta 0047 2290 1183"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sofia Carvalho <sofia.carvalho@clinicasorrisodouro.example>",
         to="suporte@dentisoft.example",
         subject="Fichas dos pacientes não abrem - Clínica Sorriso d'Ouro",
         body="""\
Bom dia,

Desde que abrimos, às 8h30, nenhum dos seis gabinetes consegue abrir as
fichas dos pacientes no DentiSoft. O programa entra e mostra a agenda, mas ao
clicar num paciente fica a rodar uns minutos e depois aparece "Erro 503 -
tempo limite excedido". Sem a ficha não temos o odontograma, as radiografias
nem as alergias registadas.

Temos 58 pacientes marcados para hoje, entre eles duas cirurgias de implantes
às 11h. Os médicos estão a adiar consultas e a sala de espera está cheia.

Já reiniciámos o servidor e todos os computadores. Por favor liguem-me com
urgência para o 223 410 288 ou para o 936 771 204.

Dra. Sofia Carvalho
Diretora Clínica
Clínica Sorriso d'Ouro - Porto"""),

    dict(n=6, signals="outage", priority="critical", trap="forward", qt=0, reply=0,
         frm="Paulo Serrano <paulo.serrano@armazensdoribatejo.example>",
         to="helpdesk@expedilog.example",
         subject="Fwd: Etiquetas de expedição - tudo parado",
         body="""\
Bom dia,

Reencaminho o email do nosso chefe de turno. Temos 3 camiões das
transportadoras a chegar às 16h e nada pode sair. Preciso que alguém nos
ligue já.

Paulo Serrano
Diretor de Operações | Armazéns do Ribatejo, Lda.
Tel. 263 118 540

---------- Mensagem reencaminhada ---------
De: Hugo Lemos <hugo.lemos@armazensdoribatejo.example>
Data: quarta, 9/12/2026 às 10:47
Assunto: Etiquetas de expedição - tudo parado
Para: Paulo Serrano <paulo.serrano@armazensdoribatejo.example>

Paulo,
desde as 9h que o ExpediLog não gera etiquetas nem guias de transporte. Dá
sempre "Falha de comunicação com o servidor de etiquetas". Temos 1.340
encomendas de 22 clientes já picadas e embaladas no cais e sem etiqueta não
saem. O pessoal do turno da manhã (31 pessoas) está de braços cruzados.
Hugo"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Florista Jardim Suspenso <geral@jardimsuspenso.example>",
         to="apoio@pagafacil.example",
         subject="Terminal de pagamento sem ligação",
         body="""\
Boa tarde,
O terminal (TPA n.º de série PF-88213-L) desde a hora de almoço só mostra
"SEM LIGAÇÃO AO HOST" e não aceita cartão nenhum. Já o desliguei da corrente,
troquei o cabo e experimentei no wi-fi e no 4G, fica igual.
Estou sozinha na loja e hoje já mandei embora quatro clientes, quase ninguém
anda com dinheiro. Preciso disto resolvido hoje, por favor.
Marta Quintela
Florista Jardim Suspenso, Rua Ferreira Borges 58, Coimbra
917 602 331"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Joana Reis <joana.reis@mail.example>",
         to="apoio.cliente@fibranet.example",
         subject="Sem internet desde ontem à noite",
         body="""\
Olá,

Desde ontem à noite, mais ou menos às 22h, que estou sem internet em casa. A
box tem a luz "Internet" vermelha e o telefone fixo também não dá sinal. Já
reiniciei a box várias vezes e fiz o reset como diz no vosso site, mas
continua sem funcionar.

Trabalho em casa a tempo inteiro (apoio a clientes numa empresa de software)
e hoje não consegui fazer nada. Estou a escrever do telemóvel com os dados
móveis, que não dão para as videochamadas. Se amanhã continuar assim tenho de
meter um dia de férias.

Podem mandar um técnico o mais depressa possível? Estou em casa o dia todo.

N.º de cliente: 7702 118 45
Morada: Rua Almirante Reis, 140, 3.º Esq., Lisboa

Joana Reis"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Receção Hotel Miradouro <rececao@hotelmiradouro.example>",
         to="suporte@canalhotel.example",
         subject="RE: [Ticket #58213] Sincronização de disponibilidade",
         body="""\
Bom dia Sr. André,

Respondo às suas perguntas no meio do texto.

> 1. Desde quando é que a disponibilidade deixou de ser enviada para a Booking.com?
Desde segunda-feira à tarde. A Expedia e o nosso site continuam a atualizar bem.

> 2. Houve alguma reserva duplicada (overbooking)?
Não, porque estamos a fechar os quartos à mão na extranet da Booking sempre
que entra uma reserva. Dá trabalho, mas para já aguentamos.

> 3. Pode enviar um print da mensagem de erro?
Segue em anexo. Diz "Mapping error: room type 4 not found".

O hotel tem 28 quartos e estamos a 60% em dezembro, por isso não é dramático,
mas gostávamos de ter isto resolvido antes da passagem de ano, que aí estamos
cheios.

Cumprimentos,
Inês Barros
Receção - Hotel Miradouro, Lamego"""),

    dict(n=10, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Ricardo Antunes <ricardo.antunes@mail.example>",
         to="app@ginasiofitvida.example",
         subject="Pequena coisa na app",
         body="""\
Olá, boa tarde.

Só para avisar de uma coisa pequena: desde a última atualização da app
(Android), o horário das aulas de grupo aparece com os dias da semana em
inglês e o nome "Body Pump" aparece cortado ("Body Pu..."). As marcações
fazem-se sem problema, por isso não há pressa nenhuma, mas achei que
gostariam de saber.

Bons treinos!
Ricardo Antunes
Sócio n.º 3318, FitVida Almada"""),

    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Maria Helena Sousa <mhsousa@mail.example>",
         to="clientes@luzviva.example",
         subject="Dúvida sobre a fatura de novembro",
         body="""\
Boa tarde,

Recebi a fatura de novembro (n.º FT 2026/884512), no valor de 67,40 €, e
reparei que diz "consumo estimado". Nos outros meses vinha sempre "leitura
real". Como o contador fica dentro de casa, se calhar o leitor não conseguiu
entrar.

Queria só perceber: se a estimativa for maior do que o que gastei, o acerto é
feito na fatura seguinte ou tenho de pedir alguma coisa? Posso também enviar
eu a leitura, hoje está nos 18 432 kWh.

Muito obrigada pela atenção.

Maria Helena Sousa
CPE PT 0002 0000 4417 8830 XK"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bruno Tavares <bruno.tavares@mail.example>",
         to="encomendas@montanhaviva.example",
         subject="Encomenda MV-40219 cobrada duas vezes",
         body="""\
Olá,

Fiz ontem uma encomenda no vosso site (MV-40219: uma tenda de 3 pessoas e
dois sacos-cama, total 289,90 €). Na altura a página de pagamento deu erro e
voltei a carregar em "Pagar". Só recebi um email de confirmação, mas no
extrato do cartão aparecem dois movimentos de 289,90 €, ambos de ontem.

Só quero uma encomenda. Podem devolver o valor cobrado a mais? Se precisarem,
envio um print do extrato.

Obrigado,
Bruno Tavares"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Luís Figueiredo <luis@tascadocais.example>",
         to="empresas@pagamentospro.example",
         subject="URGENTE - ordenados rejeitados",
         body="""\
Boa tarde,

Carreguei hoje de manhã na vossa plataforma o ficheiro dos ordenados de
dezembro (lote n.º 2026-12-0193, 9 transferências, total 8.742,00 €), como
faço todos os meses. Agora à tarde o lote aparece como "Rejeitado - IBAN
ordenante inválido", quando é o mesmo IBAN de sempre e o saldo está lá.

O pessoal conta receber hoje e há quem tenha a renda da casa para pagar
amanhã. Já voltei a submeter e dá o mesmo erro.

Preciso que isto fique resolvido hoje. Telefone: 919 330 562.

Luís Figueiredo
Tasca do Cais, Lda. - Setúbal"""),

    dict(n=14, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Ana Rita Mendes <anarita.mendes@mail.example>",
         to="reembolsos@voaportugal.example",
         subject="RE: Pedido de reembolso n.º RF-7731904",
         body="""\
Boa tarde,

Já passaram mais de 10 semanas desde esta resposta e o reembolso continua
sem aparecer na minha conta. O voo VP1842 Lisboa-Funchal de 4 de setembro foi
cancelado por vocês, não por mim. São 312,80 € de dois bilhetes.

Peço que me digam concretamente em que data foi feita a transferência, ou
então que a façam de uma vez.

Ana Rita Mendes

Em 18/09/2026, às 14:22, Apoio ao Cliente VoaPortugal <reembolsos@voaportugal.example> escreveu:
> Cara Sra. Ana Rita Mendes,
>
> Lamentamos o cancelamento do voo VP1842 de 4 de setembro.
> Confirmamos que o seu pedido de reembolso foi aceite. O valor de
> 312,80 € será devolvido para o meio de pagamento original no prazo
> de 7 a 10 dias úteis.
>
> Com os melhores cumprimentos,
> Equipa VoaPortugal"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Duarte Moreira <duarte.moreira@mail.example>",
         to="ajuda@telaplay.example",
         subject="Mudar o email da conta",
         body="""\
Olá,

Tenho conta no TelaPlay com o email do trabalho
(duarte.moreira@transportes-lusa.example) e vou mudar de emprego no fim do
mês, por isso esse endereço vai deixar de existir. Como é que mudo o email de
acesso para este, pessoal? Procurei nas definições da app da televisão e não
encontrei.

Não queria perder a minha lista nem os perfis dos miúdos.

Obrigado,
Duarte"""),

    dict(n=16, signals="account", priority="medium", trap="non-native", qt=0, reply=0,
         frm="Olena Kovalenko <olena.kovalenko@mail.example>",
         to="apoio@casarenda.example",
         subject="Não recebo codigo SMS para entrar",
         body="""\
Bom dia,

Eu sou inquilina em apartamento da Rua do Heroísmo, Porto, contrato CR-1187.
Desde semana passada quando tento entrar no portal para ver os recibos da
renda, o site pede codigo que envia por SMS, mas o SMS nunca chega. Eu mudei
de operadora em novembro mas o numero é mesmo, 935 220 418.

Eu preciso recibos de outubro e novembro para entregar no meu trabalho. Não
é para hoje, mas até fim do mês sim.

Desculpe o meu português.
Obrigada,
Olena Kovalenko"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Nuno Ferraz <nuno.ferraz@clinicavetamigos.example>",
         to="suporte@vetlab.example",
         subject="Conta bloqueada no portal de resultados - preciso hoje",
         body="""\
Boa tarde,

A conta da nossa clínica no portal VetLab (cliente n.º VL-2290) ficou
bloqueada depois de três tentativas de entrada esta manhã. Pedi a recuperação
da palavra-passe duas vezes, mas o email com o link não chega (já vi no spam).

Temos uma cadela internada com suspeita de insuficiência renal e mandámos as
análises ontem ao fim da tarde. Preciso dos valores da creatinina hoje para
decidir o tratamento e ninguém aqui consegue ver nada.

Podem desbloquear a conta ou enviar-me os resultados diretamente para este
email?

Nuno Ferraz
Médico Veterinário
Clínica Veterinária Amigos de Quatro Patas, Leiria
Tel. 244 810 337"""),

    dict(n=18, signals="account", priority="medium", trap="employee", qt=0, reply=0,
         frm="Secretaria EB do Alto <secretaria@ebalto.example>",
         to="apoio@escolanet.example",
         subject="Pedido de acessos - alteração de pessoal",
         body="""\
Exmos. Senhores,

Informamos que a Sra. D. Alice Monteiro, assistente técnica, deixou de exercer
funções nesta escola no dia 30 de novembro. Solicitamos a desativação do seu
utilizador (amonteiro) na plataforma EscolaNet, que continua ativo.

Solicitamos ainda a criação de um novo utilizador para a colega que a
substitui, Sra. D. Teresa Vilela (tvilela@ebalto.example), com o mesmo perfil
"Serviços Administrativos".

Com os melhores cumprimentos,

Graça Albuquerque
Coordenadora Técnica
Agrupamento de Escolas do Alto - Escola Básica do Alto
Rua da Escola, s/n, 6200-154 Covilhã
Tel. 275 330 100

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são
confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s).
Se recebeu esta mensagem por engano, por favor informe o remetente e
elimine-a de imediato. É proibida a cópia, divulgação ou utilização não
autorizada do seu conteúdo. Os dados pessoais são tratados nos termos do RGPD."""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Padaria Flor do Trigo <encomendas@flordotrigo.example>",
         to="apoio@encomendafacil.example",
         subject="Obrigada pela ajuda com as encomendas de Natal",
         body="""\
Olá Sr. Vasco,

Queria só agradecer a paciência da semana passada. Aquela funcionalidade nova
das encomendas antecipadas é uma bomba! No sábado foi um fogo: às 10h já não
havia bolo-rei e a loja estava a rebentar pelas costuras. Os fornos estiveram
a arder desde as 4 da manhã e a minha equipa acabou o dia morta, mas feliz.

A minha filha, que é quem mexe no computador, diz que o site não foi abaixo
uma única vez, mesmo com aquela enchente. Vamos repetir tudo para o dia 24,
que vai ser uma loucura.

Um abraço a toda a equipa,
Rosa Maltez
Padaria Flor do Trigo, Évora"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Oficina Vale Formoso <oficina@valeformoso-auto.example>",
         to="suporte@gestoficina.example",
         subject="Palavra-passe nos PDF dos orçamentos",
         body="""\
Boa tarde,

Uma pergunta: é possível pôr uma palavra-passe nos PDF dos orçamentos e das
faturas que enviamos aos clientes pelo GestOficina? A seguradora que nos manda
os carros sinistrados pediu-nos isso; desde aquela fuga de dados que saiu nas
notícias só aceitam anexos protegidos.

Se der, a palavra-passe podia ser a matrícula do carro, que o cliente sabe
sempre. E já agora: se a pessoa se enganar 3 vezes, o PDF fica bloqueado ou
pode continuar a tentar?

Obrigado,
Jorge Carvalho
Oficina Vale Formoso - Batalha"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sandra Gouveia <sandra.gouveia@mail.example>",
         to="comercial@segurolar.example",
         subject="Dúvidas antes de subscrever o seguro multirriscos",
         body="""\
Boa noite,

Estou a comparar seguros de casa e o vosso plano Lar Total parece-me bem, mas
antes de subscrever tenho umas dúvidas:

- Em caso de incêndio na cozinha, o fumo e a fuligem nas outras divisões
  também estão cobertos?
- Se houver uma inundação vinda do vizinho de cima, ou um cano que rebente,
  quem trata?
- O roubo de bicicletas da arrecadação do prédio conta?
- E se a caldeira explodir (a nossa é antiga...) e estragar a cozinha?
- Se eu desistir nos primeiros 30 dias, há reembolso total?

O apartamento é em Viseu, T3, 110 m², construção de 1998.

Obrigada,
Sandra Gouveia"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Quinta das Lameiras <geral@quintadaslameiras.example>",
         to="encomendas@racoescentro.example",
         subject="Re: Não consigo entrar no portal de encomendas",
         body="""\
Bom dia Filipa,

Já consegui entrar com a palavra-passe nova, obrigado. Aproveito para
perguntar: a ração de vitelos em sacos de 25 kg volta a estar disponível
antes do Natal?

Cumprimentos,
Manuel Lameiras

Em sex., 4 de dez. de 2026 às 09:15, Filipa Rocha <encomendas@racoescentro.example> escreveu:
> Bom dia Sr. Manuel,
> Já desbloqueámos a sua conta e enviámos-lhe um email para criar uma
> palavra-passe nova.
> Filipa Rocha
>
> > Bom dia,
> > Desde ontem não consigo entrar no portal de encomendas. Diz que a
> > palavra-passe está errada e depois da terceira tentativa a conta ficou
> > bloqueada. Preciso de encomendar ração para esta semana.
> > Manuel Lameiras"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Vítor Guerreiro <vitor.guerreiro@mail.example>",
         to="socios@academicofc.example",
         subject="Re: Re: Conta de sócio bloqueada - TERCEIRO EMAIL",
         body="""\
Terceiro email sobre o mesmo assunto e até agora nem uma resposta automática.
Sou sócio há 27 anos (n.º 4471) e continuo sem conseguir entrar na área de
sócio. A venda de bilhetes para o dérbi de domingo abre amanhã às 10h só para
sócios e, se eu não conseguir entrar, fico de fora, eu e os meus dois filhos.

Se ninguém me responder até amanhã de manhã vou à secretaria e escrevo no
livro de reclamações.

Vítor Guerreiro

Em 2 de dez. de 2026, às 21:40, Vítor Guerreiro escreveu:
> Volto a escrever porque não tive resposta. A conta continua bloqueada
> e o botão "recuperar palavra-passe" diz que o email não existe.
> É o mesmo email que está na ficha de sócio!
>
> Em 28 de nov. de 2026, às 18:05, Vítor Guerreiro escreveu:
> > Boa tarde. Ao entrar na área de sócio aparece "Conta bloqueada,
> > contacte os serviços". Não fiz nada de diferente. Podem ver o que se
> > passa? Sócio n.º 4471"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marta Seixas <marta@nucleocowork.example>",
         to="suporte@acessohub.example",
         subject="Membros sem acesso nos 3 espaços - login da app",
         body="""\
Olá equipa AcessoHub,

Desde as 8h desta manhã nenhum membro consegue entrar na app: o login com
Google/Microsoft volta sempre ao ecrã inicial e quem usa email e palavra-passe
recebe "credenciais inválidas". Como a app é também a chave das portas, temos
gente à porta nos três espaços (Lisboa, Porto e Braga): cerca de 240 membros
com reservas para hoje, incluindo duas empresas com salas marcadas para
formações de dia inteiro.

Nas receções estamos a abrir a porta principal à mão, mas as salas de reunião
e os cacifos só abrem com a app.

Contrato Empresa n.º AH-0192. Contacto direto: 961 204 559.

Marta Seixas
Operações, Núcleo Coworking"""),
]
