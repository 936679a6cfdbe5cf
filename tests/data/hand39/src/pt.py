# blind40 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Fernanda Queirós <fernanda.queiros@sapomail.example>",
         to="apoio.cliente@lumacasa.example",
         subject="Jarro elétrico JE-1700 – a base derreteu",
         body="""\
Bom dia,

Comprei em outubro um jarro elétrico da vossa marca (modelo JE-1700, inox,
comprado numa loja de eletrodomésticos em Almada). Ontem de manhã o meu marido
ligou-o como faz todos os dias e passados uns segundos começou a sair fumo da
base, com um cheiro forte a plástico queimado. Quando ele foi tirar a ficha da
tomada apanhou um choque que lhe subiu pelo braço e ficou com a mão dormente
quase uma hora.

Fomos ao centro de saúde e disseram que não ficou com nada de grave, mas a base
está toda derretida por baixo e a tomada da cozinha ficou preta.

Guardei o jarro, a base e a fatura. Gostava de saber o que devo fazer com eles e
se já houve mais casos destes, porque a minha mãe tem o mesmo modelo e já lhe
disse para não o usar até ter notícias vossas.

Com os melhores cumprimentos,
Fernanda Queirós
912 345 018"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Prates <juliana.prates@correio.example>",
         to="ajuda@rangoja.example",
         subject="Pedido #58213 veio com amendoim",
         body="""\
Oi,

ontem à noite pedi pelo app de vocês um yakisoba do restaurante Dragão Dourado
pro meu filho de 7 anos. Coloquei nas observações, em maiúscula,
"SEM AMENDOIM – ALERGIA". Veio com amendoim moído misturado no molho, não dava
nem pra ver.

Ele comeu duas garfadas, a boca começou a inchar, apareceram manchas vermelhas
no pescoço e ele começou a puxar o ar com dificuldade. Tivemos que usar a caneta
de adrenalina e correr pro pronto-socorro. Ficou em observação até as 3 da
manhã. Agora está bem, graças a Deus.

A observação aparece no comprovante do pedido, tenho print. Quero saber o que
vocês vão fazer com esse restaurante, porque outra criança pode não ter a mesma
sorte.

Juliana Prates
(11) 98877-4120"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rodrigo Saldanha <rodrigo.saldanha@correio.example>",
         to="atendimento@bancoaurora.example",
         subject="compras que não fiz no cartão final 4471",
         body="""\
Bom dia, acabei de ver no app 4 compras no meu cartão de crédito final 4471 que
eu não fiz. 3 numa loja de eletrônicos online e 1 de R$ 1.890,00 em
"PAGSHOP*GAMES". Tudo de madrugada, eu estava dormindo, e o cartão está aqui
comigo. Já bloqueei pelo app. Preciso contestar e saber se tem mais coisa vindo.

Rodrigo Saldanha

Enviado do meu iPhone"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Rui Abrantes <rui.abrantes@netcabo-mail.example>",
         to="geral@gctejo.example",
         subject="Fwd: Convocatória Assembleia de Condóminos – Rua das Amoreiras 42",
         body="""\
Boa tarde,

Reencaminho o e-mail que a vossa empresa enviou ontem a todos os condóminos do
prédio. Em anexo, em vez da convocatória, vinha uma folha de Excel com o nome,
NIF, IBAN, telefone e valor em dívida de todos os condóminos que vocês gerem.
Contei mais de 300 linhas, de prédios em Lisboa e em Oeiras. O meu IBAN e o da
minha vizinha do lado estão lá.

Isto foi para pelo menos 24 pessoas que eu saiba. Peço que me digam com
urgência o que vão fazer e se já comunicaram à CNPD.

Rui Abrantes
Fração 3.º Esq.

---------- Mensagem encaminhada ---------
De: Gestão Condomínios Tejo <geral@gctejo.example>
Data: sexta, 4/12/2026 às 18:44
Assunto: Convocatória Assembleia de Condóminos – Rua das Amoreiras 42
Para: <destinatários não revelados>

Exmos. Condóminos,
Junto enviamos a convocatória para a assembleia ordinária de 15 de dezembro,
às 19h00, na garagem do prédio.
Com os melhores cumprimentos,
A Administração"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Inês Valadares <direcao@sorrisobenfica.example>",
         to="suporte@dentaplus.example",
         subject="Agenda e fichas não abrem – pacientes à espera",
         body="""\
Bom dia,

Desde as 8h30 que a agenda do DentaPlus fica a carregar e ao fim de uns minutos
aparece "Erro 504 – tempo de espera excedido". Já reiniciámos os computadores e
o router e experimentámos no telemóvel com dados móveis: o mesmo.

Temos hoje três médicos dentistas e 38 consultas marcadas. Não conseguimos ver
quem vem a que horas, nem as fichas clínicas, nem os raios-X. Já temos seis
pessoas na sala de espera e estamos a atender com base numa folha que a
rececionista imprimiu ontem por acaso (só tem a manhã).

Precisamos de uma resposta rápida. Liguem para o 21 345 67 89, por favor.

Dra. Inês Valadares
Diretora Clínica
Clínica Dentária Sorriso de Benfica
Av. Gomes Pereira, 110 – 1500-328 Lisboa

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente
ao(s) destinatário(s) indicado(s). Se a recebeu por engano, informe o remetente
e elimine-a. É proibida a sua cópia ou divulgação sem autorização."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Caio Mendonça <caio@jacarandaeventos.example>",
         to="suporte@ingressofacil.example",
         subject="URGENTE - portaria recusando todos os ingressos - show hoje 20h",
         body="""\
Pessoal, preciso de ajuda AGORA.

Sou da produção do show da banda Maré Alta hoje no Espaço Jacarandá, em Belo
Horizonte. Portões abrem 18h30, show às 20h, 4.200 ingressos vendidos pela
plataforma de vocês.

Desde umas 17h os coletores do app Portaria mostram "Ingresso inválido" pra
qualquer QR code, inclusive ingressos que eu mesmo comprei semana passada como
teste. Sincronizamos de novo, reinstalamos em dois aparelhos, nada. Já tem fila
dobrando o quarteirão.

Se não resolver até 18h30 vamos ter que abrir no braço, sem controle nenhum.

Meu celular: (31) 99654-2210, estou na portaria.

Caio Mendonça
Produção – Jacarandá Eventos"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Marlene Bezerra <padariapaodavila@correio.example>",
         to="empresas@vivanet.example",
         subject="Sem internet desde ontem - Padaria Pão da Vila",
         body="""\
Boa tarde,

sou dona da Padaria Pão da Vila (cliente 0038812-5, plano empresarial 300 mega).
Desde ontem às 15h a internet caiu e não voltou mais. A luz do modem fica
piscando vermelho escrito "LOS". Já desliguei e liguei umas dez vezes.

Sem internet a maquininha não passa cartão e não consigo receber pix, estou
aceitando só dinheiro e já perdi um monte de cliente.

Abri chamado pelo 0800 ontem (protocolo 2026120187731) e disseram que o técnico
vem "em até 48 horas". Aqui somos só eu e minha irmã, não dá pra ficar mais um
dia assim. Tem como adiantar?

Marlene Bezerra
Padaria Pão da Vila – Rua Itapura, 88 – Tatuapé"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Tiago Mota <tiago.mota@mailpt.example>",
         to="ajuda@cinevista.example",
         subject="App da Smart TV não reproduz nada (no telemóvel dá)",
         body="""\
Boa noite,

Desde a atualização de domingo que a aplicação na televisão (Samsung de 2021)
abre e mostra o catálogo, mas quando carrego num episódio fica o círculo a
rodar e volta ao menu. No telemóvel e no portátil dá tudo normal, por isso por
agora vamos vendo no portátil ligado à TV por HDMI.

Não é nada de grave, mas pago o plano 4K precisamente para ver na televisão.
Já desinstalei e voltei a instalar a app. A conta é este e-mail.

Obrigado,
Tiago Mota"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Joost van Dijk <joost@monteruivo.example>",
         to="suporte@agrocampo.example",
         subject="Mapas das parcelas lentos",
         body="""\
Olá,

Eu uso a vossa aplicação AgroCampo para registar as regas e tratamentos na
nossa herdade (vinha e olival, perto de Reguengos). Desde umas semanas os
mapas das parcelas demoram muito para aparecer, às vezes meio minuto, mais no
tablet. Depois de carregar está tudo bem e os registos ficam gravados.

Não é urgente, só queria deixar a nota, talvez é alguma coisa do vosso lado.
Se precisam do modelo do tablet ou outra informação, digam.

Cumprimentos,
Joost van Dijk
Herdade do Monte Ruivo"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Maria do Carmo Teles <mcarmo.teles@mailpt.example>",
         to="clientes@energiasul.example",
         subject="Dúvida sobre a fatura de novembro",
         body="""\
Boa tarde,

Recebi a fatura de novembro da eletricidade (contrato n.º 3002187745) e fiquei
com uma dúvida sobre a forma como vem apresentada. Aparece uma linha "Acerto de
consumos – leitura real" com um valor negativo de 12,40 € e a seguir os
consumos do mês marcados como "estimados". O total está dentro do habitual, não
estou a reclamar do valor.

Só queria perceber a que período se refere esse acerto. E há forma de eu
comunicar a leitura do contador todos os meses, para deixar de ter estimativas?

Muito obrigada pela atenção,
Maria do Carmo Teles"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Beatriz Lins <bia.lins@correio.example>",
         to="sac@eletromix.example",
         subject="Cobrança em dobro - pedido 7743190",
         body="""\
Olá, boa tarde!

Comprei um fone bluetooth no site de vocês no dia 28/11 (pedido 7743190,
R$ 349,90 em 3x no cartão). Hoje olhei a fatura do cartão e a primeira parcela
de R$ 116,63 aparece duas vezes, no mesmo dia. Só recebi um fone, né rs.

Segue em anexo o print da fatura. Vocês podem verificar e estornar a parcela
duplicada?

Obrigada!
Beatriz Lins"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Sofia Carvalhais <sofia.carvalhais@mailpt.example>",
         to="apoio@atlanticoair.example",
         subject="RE: Pedido de reembolso RF-2026-448120 – voo cancelado LIS-FNC",
         body="""\
Boa tarde,

Passaram sete semanas desde esta vossa resposta e o reembolso ainda não entrou.
Verifiquei o cartão com que paguei (Visa terminado em 0932) e não há nenhum
movimento vosso. Podem confirmar se o reembolso foi de facto processado e em
que data? Se for preciso, envio o extrato do banco.

Cumprimentos,
Sofia Carvalhais

-----Mensagem original-----
De: Apoio ao Cliente Atlântico Air <apoio@atlanticoair.example>
Enviada: quarta-feira, 14 de outubro de 2026 11:02
Para: Sofia Carvalhais <sofia.carvalhais@mailpt.example>
Assunto: Pedido de reembolso RF-2026-448120 – voo cancelado LIS-FNC

> Exma. Sra. Sofia Carvalhais,
> Informamos que o seu pedido de reembolso referente à reserva XK7P2L (voo
> AA1843 Lisboa–Funchal de 3 de outubro, cancelado) foi aprovado no valor de
> 238,60 €. O montante será devolvido ao meio de pagamento original num prazo
> de 7 a 10 dias úteis.
> Com os melhores cumprimentos,
> Equipa de Apoio ao Cliente"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Thiago Ferreira <thiago.ferreira.pt@mailpt.example>",
         to="ajuda@envialar.example",
         subject="Transferência parada há 5 dias - aluguel da minha mãe vence amanhã",
         body="""\
Olá,

No dia 3 de dezembro enviei 450 € pela app de vocês para a conta da minha mãe
no Recife (referência TRF-88231-PT, beneficiária Rosângela Ferreira). Até hoje
o estado continua "Em análise". O dinheiro saiu da minha conta aqui em
Portugal no mesmo dia.

Esse dinheiro é o aluguel dela, que vence amanhã, e o proprietário já disse que
não espera mais. Ela tem 71 anos e mora sozinha.

Se precisarem de algum documento meu eu mando hoje mesmo. Só preciso que
liberem a transferência ou devolvam o valor para eu mandar por outro lado.
Por favor, respondam hoje.

Thiago Ferreira
+351 936 220 517"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Luís Gameiro <luis.gameiro@mailpt.example>",
         to="socios@gdribeirense.example",
         subject="Mudar o e-mail da conta de sócio na app",
         body="""\
Boa tarde,

Sou o sócio n.º 48112. Vou mudar de emprego e deixo de ter acesso ao e-mail com
que criei a conta na app do clube (é o do trabalho). Como faço para passar a
entrar com o meu e-mail pessoal sem perder as quotas pagas nem o lugar anual?

Nas definições vejo o campo do e-mail, mas está a cinzento e não dá para
editar.

Obrigado e saudações desportivas,
Luís Gameiro"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Lucas Abreu <lucas.abreu@correio.example>",
         to="suporte@pixelarena.example",
         subject="Re: [Ticket #551902] Não recebo o código de verificação",
         body="""\
Oi, respondendo embaixo de cada pergunta:

> 1. Qual o e-mail e o nome de usuário da conta?
Este e-mail mesmo / usuário LukeAbreu_BR

> 2. O número de celular cadastrado ainda é o mesmo?
Não, troquei de número em outubro (o antigo terminava em 1180, o novo é
(21) 98456-3302). Esqueci de atualizar na conta.

> 3. Você tem os códigos de backup?
Não, nunca salvei :(

> 4. Você consegue acessar o e-mail cadastrado?
Consigo, mas o login pede o código por SMS e ele vai pro número antigo.

Tenho uns 6 anos de conta e um monte de jogo comprado, queria muito recuperar.
Mando foto de documento se precisar.

Valeu,
Lucas Abreu"""),

    dict(n=16, signals="account", priority="medium", trap="list", qt=0, reply=0,
         frm="Rita Sequeira <gerencia@quatropatasvet.example>",
         to="suporte@vetgest.example",
         subject="Vários pedidos – Clínica Veterinária Quatro Patas",
         body="""\
Bom dia,

Aproveito para juntar vários assuntos num só e-mail:

- A Dra. Carla Nunes deixou de trabalhar connosco ontem. Peço que desativem o
  utilizador dela (cnunes) o quanto antes.
- A nova rececionista, Patrícia Lobo, começa na segunda-feira e precisa de um
  utilizador com perfil de receção (agenda e faturação, sem fichas clínicas).
- O logótipo da clínica está a sair desfocado nos lembretes de vacinação que
  os clientes recebem por e-mail. Nada urgente.
- É possível exportar a lista dos animais com a vacina da raiva a vencer em
  janeiro?

Obrigada,
Rita Sequeira
Gerente – Clínica Veterinária Quatro Patas, Leiria"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sandra Pinto <sandra@irmaospinto-auto.example>",
         to="suporte@gestoficina.example",
         subject="Utilizador bloqueado – não consigo faturar",
         body="""\
Bom dia,

Sou a responsável administrativa da Auto Reparações Irmãos Pinto. Hoje de manhã
o programa pediu-me para mudar a palavra-passe (dizia que tinha expirado).
Mudei, e quando tentei entrar com a nova apareceu "Utilizador bloqueado.
Contacte o administrador." O administrador sou eu: somos três na oficina e sou
a única com acesso à faturação.

O link "Esqueci-me da palavra-passe" manda um e-mail que nunca chega (já vi no
spam).

Tenho cinco clientes a vir levantar o carro esta manhã, ao sábado fechamos às
13h, e não consigo passar uma única fatura. Podem desbloquear com urgência?
Estou no 261 812 330.

Sandra Pinto
Auto Reparações Irmãos Pinto, Lda.
Rua da Estação, 17 – 2560-291 Torres Vedras"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Henrique Sarmento <henrique@tascadosarmento.example>",
         to="comercial@hotelequip.example",
         subject="Pedido de orçamento – sistema de extinção para hotte",
         body="""\
Boa tarde,

Vamos abrir um segundo restaurante em Braga em março e estamos a equipar a
cozinha. No primeiro já tivemos um incêndio na chaminé há uns anos (sem
feridos, felizmente), por isso desta vez quero tudo bem feito desde o início.

Gostava de receber orçamento para:
- sistema automático de extinção de incêndios para uma hotte de 3,5 m
  (grelhador a carvão e duas fritadeiras);
- detetores de fumo e de calor para a cozinha e a copa;
- dois extintores de CO2 e uma manta ignífuga;
- botão de corte de gás de emergência junto à saída.

Fazem também formação ao pessoal (uso de extintores, primeiros socorros em
caso de queimaduras)? E o vosso certificado serve para a vistoria dos
bombeiros?

Cumprimentos,
Henrique Sarmento
Tasca do Sarmento – Grelhados"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Patrícia Moura <patricia.moura@correio.example>",
         to="relacionamento@segurosvale.example",
         subject="Agradecimento - sinistro 2026-0091823",
         body="""\
Boa tarde,

Queria agradecer de verdade a equipe de vocês, principalmente a Daniele, que
cuidou do meu sinistro. Depois do acidente de setembro, quando aquele caminhão
bateu na traseira do meu carro na Dutra, eu fiquei perdida: carro destruído,
minha filha no hospital com o braço quebrado e eu sem saber por onde começar.

Vocês mandaram o guincho em 40 minutos, o carro reserva no dia seguinte, e a
indenização caiu na conta antes do prazo. O reembolso das despesas do hospital
também já chegou. A Laura já tirou o gesso e voltou pro vôlei.

Renovei o seguro ontem e fiz questão de escrever.

Um abraço,
Patrícia Moura"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Otávio Reis <programacao@cineaurora.example>",
         to="renata@telaviva-filmes.example",
         subject="Programação de janeiro – cópias e material de divulgação",
         body="""\
Oi, Renata, tudo bem?

Fechamos a grade de janeiro aqui no Cine Aurora. Queria confirmar com vocês:

- "Explosão em Alto Mar": 2 salas a partir do dia 8, sessões 16h, 19h e 21h30;
- "Senha Mortal": só sexta e sábado, sessão da meia-noite;
- "Incêndio na Serra" (documentário): sessão especial dia 20, com debate com
  os bombeiros voluntários da cidade.

Vocês conseguem mandar os cartazes e o trailer do "Explosão" até dia 4? E a
chave KDM do "Senha Mortal" que chegou semana passada vale só até 31/12,
precisamos de uma nova pra janeiro.

Abraço,
Otávio Reis
Programação – Cine Aurora, Juiz de Fora"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carolina Vaz <carolina.vaz@mailpt.example>",
         to="rececao@ginasioalvalade.example",
         subject="Aula de sábado às 10h",
         body="""\
Olá!

Só para dizer que a aula de HIIT de sábado com o Bruno foi de matar. Saí de lá
morta, com as pernas a arder, e passei o resto do dia a queimar calorias 😅
A sala estava a ferver e aquela playlist nova é uma bomba!

Pergunta: há hipótese de abrirem uma segunda turma ao sábado às 11h? Às 10h a
sala rebenta pelas costuras e fica sempre gente em lista de espera. Eu e mais
umas quatro colegas mudávamos logo.

Beijinhos e bom trabalho,
Carolina Vaz
Sócia n.º 2231"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Cláudia Rebelo <claudia.rebelo@mailpt.example>",
         to="apoio@lojabigodes.example",
         subject="Re: Cobrança em duplicado – encomenda 10482",
         body="""\
Olá Vera,

Já vi o valor no cartão hoje de manhã, obrigada pela rapidez!

Aproveito para perguntar: a ração de salmão para gatos esterilizados volta a
estar disponível em janeiro? A minha Mimi não come outra.

Beijinhos,
Cláudia

Vera – Loja Bigodes <apoio@lojabigodes.example> escreveu (sexta, 4/12/2026 à(s) 10:15):
> Olá Cláudia,
> Lamentamos o sucedido. Confirmamos que a encomenda 10482 foi cobrada duas
> vezes (2 x 47,80 €) por um erro no nosso sistema de pagamentos.
> Já emitimos a devolução do valor em duplicado; deverá vê-lo no cartão em 3 a
> 5 dias úteis.
>
> Cláudia Rebelo escreveu (quinta, 3/12/2026 à(s) 21:02):
> > Boa noite, fui cobrada duas vezes pela mesma encomenda (10482) e só recebi
> > uma caixa. Podem verificar?"""),

    dict(n=23, signals="payment,account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Armando Teixeira <armando.teixeira@correio.example>",
         to="assinaturas@diariodoplanalto.example",
         subject="RES: RES: Cancelamento da assinatura e exclusão da conta",
         body="""\
TERCEIRO e-mail. Ninguém responde.

Pedi o cancelamento da assinatura digital e a exclusão da minha conta no dia 3
de novembro. Mandei de novo no dia 18. Esta semana fui cobrado OUTRA VEZ
R$ 39,90 no cartão. Já são duas mensalidades cobradas depois do pedido.

No app não existe botão de cancelar, só "fale conosco", que manda pra este
e-mail. Quero o cancelamento imediato, a exclusão da conta e o estorno das duas
mensalidades. Se não tiver resposta até segunda vou pro Procon e contesto no
cartão.

Armando Teixeira

> Em 18 de nov. de 2026, às 09:12, Armando Teixeira escreveu:
> Bom dia. Mandei e-mail dia 3 pedindo o cancelamento e não tive retorno.
> Continuo com acesso e a cobrança de novembro veio. Por favor, cancelem.
>
>> Em 3 de nov. de 2026, às 21:40, Armando Teixeira escreveu:
>> Olá, quero cancelar minha assinatura digital e excluir minha conta
>> (login armando.teixeira@correio.example). Obrigado."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Diogo Coutinho <diogo.m.coutinho@mailpt.example>",
         to="candidaturas@univ-atlantico.example",
         subject="Erro ao carregar documento na candidatura ao mestrado",
         body="""\
Boa tarde,

Estou a preencher a candidatura ao mestrado em Gestão (2.ª fase). Quando tento
carregar o certificado de habilitações em PDF (1,8 MB), a página mostra "Erro ao
submeter ficheiro" e o campo fica vazio. O CV e a carta de motivação entraram
sem problema. Já experimentei no Chrome e no Firefox e até reduzi o PDF.

Sei que o prazo só acaba a 22 de janeiro, por isso não há pressa, mas preferia
deixar tudo submetido antes do Natal. Há algum limite de formato que me esteja
a escapar?

Obrigado,
Diogo Mendes Coutinho"""),
]
