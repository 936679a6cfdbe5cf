# blind15 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joaquim Seabra <joaquim.seabra@correio.example>",
         to="entregas@oxigeniodomicilio.example",
         subject="Garrafa entregue ontem faz um silvo",
         body="""\
Bom dia,

Ontem à tarde o vosso estafeta deixou duas garrafas de oxigénio para o meu pai (cliente
n.º 30-1187, Rua das Flores 12, Viseu). Desde que ligámos a garrafa nova ao regulador, ouve-se
um silvo fino e contínuo junto à válvula, mesmo com o caudal fechado, e a válvula fica coberta
de uma camada de gelo.

A garrafa que devia durar três dias ficou quase vazia numa noite. Hoje de manhã o meu pai estava
tonto, com os lábios arroxeados e a respirar muito depressa, e teve de voltar para a garrafa
velha, que já tem pouco. A garrafa nova está na sala, a dois metros da salamandra, que está
acesa o dia todo por causa do frio.

Preciso que venham trocar a garrafa ainda hoje. O meu contacto é o 910 000 562.

Joaquim Seabra"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Carvalhal <ines.carvalhal@mail.example>",
         to="apoio@aguaviva.example",
         subject="Torneira de água quente do dispensador",
         body="""\
Olá,

Temos um dispensador de água AguaViva em casa desde janeiro (contrato AV-55390). Ontem o meu
filho de quatro anos carregou sozinho na torneira vermelha - basta encostar a mão, não tem
trinco nenhum, ao contrário do que diz o folheto - e a água saiu a ferver para cima dos dedos e
do pulso.

A pele ficou logo vermelha e à noite tinha duas bolhas grandes nas costas da mão. Passámos a
noite no centro de saúde e ele vai ter de fazer pensos durante uma semana.

O trinco da torneira quente está partido ou nunca existiu? Não quero o aparelho cá em casa
assim. Peço que o venham buscar ou trocar, e gostava de saber se há outros clientes com o mesmo
modelo.

Inês Carvalhal"""),

    dict(n=3, signals="safety", priority="critical", trap="part-loose", qt=0, reply=0,
         frm="Fernando Alcobia <f.alcobia@correio.example>",
         to="assistencia@scootersmobilidade.example",
         subject="URGENTE - roda da scooter soltou-se em andamento",
         body="""\
Exmos. Senhores,

A minha mãe, de 79 anos, utiliza a scooter de mobilidade Vita 4 que alugámos convosco em
novembro. Ontem, a descer a Rua do Carmo na velocidade máxima, a roda dianteira esquerda
soltou-se e a scooter tombou. Ela caiu para o passeio, fez um corte na testa e feriu o pulso;
foi levada às urgências de Santa Maria e está bem, mas com o braço imobilizado.

A porca da roda estava solta, e a revisão foi feita por vocês há apenas três semanas. Isto podia
ter sido um acidente muito pior. É um perigo para qualquer utilizador. Exijo que recolham a
scooter hoje, que verifiquem as outras da mesma série e que me digam por escrito o que se passou
na revisão.

Fernando Alcobia
Tel. 930 000 418"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Beatriz Lemos <bia.lemos.2004@mail.example>",
         to="passes@transportesmetro.example",
         subject="Alguém entrou na minha conta do passe e já não consigo entrar",
         body="""\
Boa tarde,

Ontem à noite recebi um e-mail a dizer que o endereço de e-mail da minha conta do passe
estudante tinha sido alterado. Não fui eu. Quando tentei entrar, a palavra-passe já não dá e a
recuperação vai para o e-mail novo, que eu não conheço.

Na conta estão a cópia do meu Cartão de Cidadão, a declaração da universidade, a minha morada e
o IBAN dos meus pais para o débito direto do passe. Tenho medo do que possam fazer com isto.

Por favor bloqueiem a conta e devolvam-ma. O número do meu passe é 0000 4471 2290.

Beatriz Lemos"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tiago Brandão <tiago@mercadocentral-lx.example>",
         to="parceiros@bicientregas.example",
         subject="Nenhuma encomenda está a ser atribuída desde as 11h",
         body="""\
Olá,

Desde as 11h, as encomendas que criamos no portal de parceiros ficam todas em "à procura de
estafeta" e nenhuma é atribuída. Já temos 23 encomendas paradas no balcão, clientes a ligar a
perguntar pelas compras e os frescos a aquecer. Dois estafetas vossos que passaram por cá
disseram que a app deles não lhes mostra pedido nenhum.

Estamos a chamar táxis para as entregas mais importantes, mas não dá para tudo. Quem me pode
ligar agora? 910 000 803.

Our operations manager, who doesn't speak Portuguese, is in copy - please reply in English if
you can.

Tiago Brandão
Mercado Central Lx"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Farmácia Nova Esperança <geral@farmacianovaesperanca.example>",
         to="suporte@farmacacifo.example",
         subject="Cacifos não abrem - 41 encomendas presas",
         body="""\
Boa noite,

Somos a Farmácia Nova Esperança, em Almada (cliente FC-0217). Desde as 19h30 o cacifo
automático da entrada não aceita nenhum código: os utentes introduzem o código do SMS, o ecrã
pisca e volta ao início. Também não conseguimos abrir as portas pelo painel de administração,
aparece "sem comunicação com o módulo".

Estão lá dentro 41 encomendas, várias com insulina e medicação de doentes crónicos que só podem
vir depois do trabalho. Temos pessoas à porta e a farmácia fecha às 21h. Estamos a apontar nomes
e telefones num papel para lhes ligarmos amanhã.

Precisamos de um técnico ou de uma forma de abrir as portas manualmente ainda hoje.

Dra. Helena Rebelo
Diretora Técnica"""),

    dict(n=7, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Minimercado Sol Nascente <sol.nascente@comercio.example>",
         to="assistencia@retomaembalagens.example",
         subject="Máquina de retorno de garrafas avariada",
         body="""\
Bom dia,

A máquina de depósito de garrafas e latas que temos na loja (n.º de série RVM-00-4471) está
avariada desde sábado. Mostra "Fora de serviço - erro 17" e não aceita nada. Já a desliguei e
voltei a ligar duas vezes.

Os clientes chegam com sacos de garrafas e temos de os mandar embora. Podem enviar um técnico
esta semana?

Cumprimentos,
Rui Matos"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Sónia Ferraz <sonia.ferraz@correio.example>",
         to="marcacoes@inspecaoauto.example",
         subject="Marcação online: não recebo confirmação",
         body="""\
Boa tarde,

Consegui marcar a inspeção do meu carro para o dia 14 no centro de Loures, mas o e-mail de
confirmação nunca chegou (nem no spam) e na área "As minhas marcações" a lista aparece vazia.
Liguei para o centro e disseram-me que a marcação está lá e que há uns dias que isto acontece a
muita gente, porque o sistema não está a enviar os e-mails nem a mostrar as marcações.

Comigo já está resolvido, mas alguém devia ver isto.

Sónia Ferraz"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Ricardo Paiva <ricardo.paiva@mail.example>",
         to="apoio@parqueaeroporto.example",
         subject="É normal a cancela não reconhecer a matrícula?",
         body="""\
Boa noite, é normal que a cancela de saída do parque P3 não reconheça a matrícula da reserva?
Cheguei de um voo às 23h40, a reserva PA-88127 está paga, a câmara lê a matrícula (AA-00-ZZ)
mas aparece "reserva não encontrada". Carrego no intercomunicador e ninguém atende. Estou parado
com o carro em frente à cancela há 35 minutos e há mais três carros atrás de mim na mesma.

Como é que saio daqui?

Ricardo Paiva - 910 000 117"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Nuno Palma <nuno.palma@correio.example>",
         to="oficina@nauticamotores.example",
         subject="Pagamento MB WAY em duplicado",
         body="""\
Boa tarde,

Fiz convosco a revisão anual do motor fora de borda (Yamaha 40 cv, OR n.º 2024/118) e paguei
312,40 € por MB WAY no dia 3. A app deu erro e pediu para confirmar de novo; confirmei e agora
tenho dois movimentos de 312,40 € na conta.

Podem devolver o segundo pagamento? Envio em anexo o comprovativo.

Obrigado,
Nuno Palma"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Carla Figueiredo <carla.figueiredo@mail.example>",
         to="reservas@jetskialgarve.example",
         subject="Reembolso da reserva cancelada - preciso com urgência",
         body="""\
Olá,

Em julho reservei dois jet-skis para 12 de agosto (reserva JS-4410, 380 €). Vocês cancelaram por
causa do mau tempo e prometeram o reembolso total em 10 dias úteis. Já passou mais de um mês e
ainda não recebi nada, apesar de três e-mails.

Acontece que estou a mudar de casa e tenho de entregar a caução do arrendamento na
segunda-feira. Esses 380 € fazem-me mesmo falta. Peço que façam a transferência até sexta.
IBAN: PT50 0000 0000 0000 0000 0000 0.

Carla Figueiredo"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Adelaide Ribeiro - Ribeiro & Filhos <contabilidade@ribeirofilhos.example>",
         to="faturacao@plantasescritorio.example",
         subject="Fatura FT 2024/0377 - NIF errado e plantas a mais",
         body="""\
Boa tarde,

A fatura FT 2024/0377, relativa à manutenção das plantas do escritório em março, tem dois
problemas:
- o NIF está errado (o nosso é 500 000 000 e na fatura aparece 500 000 090);
- estão faturados 18 vasos, mas desde fevereiro temos só 12, porque pedimos para retirarem os
  do 2.º andar.

Sem o NIF certo não a podemos lançar. Agradecemos o envio de uma nota de crédito e de uma
fatura nova.

Com os melhores cumprimentos,
Adelaide Ribeiro"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Miguel Toscano <mtoscano@mail.example>",
         to="ajuda@cacifosmercearia.example",
         subject="Taxa de 0,50 €?",
         body="""\
Olá! Vi no recibo da última compra (levantada no cacifo de Benfica) uma "taxa de permanência"
de 0,50 €. Suponho que seja por ter levantado no dia seguinte? Só por curiosidade, a partir de
quantas horas se paga? Obrigado."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Escola de Condução Avenida <secretaria@ecavenida.example>",
         to="suporte@marcacaoexames.example",
         subject="Conta da escola bloqueada",
         body="""\
Bom dia,

A conta da nossa escola na plataforma de marcação de exames ficou bloqueada depois de uma
colega ter errado a palavra-passe várias vezes. Aparece "Conta suspensa - contacte o suporte" e
o pedido de nova palavra-passe não envia nada.

Temos de marcar os exames de código de maio até dia 20. Utilizador: ECAV-1093.

Obrigada,
Marta Gonçalves"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Alice Monteiro <alice.monteiro@correio.example>",
         to="clientes@camashospitalares.example",
         subject="Código de verificação vai para o número antigo",
         body="""\
Bom dia,

Aluguei convosco uma cama articulada para o meu marido, em casa. Para entrar na área de cliente
pedem um código por SMS, mas o código vai para o número antigo (terminado em 219), que cancelei
em março. O novo é o 960 000 274.

Não encontro forma de alterar o número sem entrar. Podem alterá-lo do vosso lado? Preciso de
descarregar as faturas para o seguro de saúde.

Alice Monteiro"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Gonçalo Reis <goncalo.reis@novoemail.example>",
         to="agenda@afinadorespiano.example",
         subject="Alterar e-mail da conta",
         body="""\
Boa tarde,

Deixei de ter acesso ao meu e-mail antigo (goncalo.reis@antigo.example), que era o da empresa
onde trabalhava. Tentei mudar o e-mail na conta, mas o site pede para confirmar através de um
link enviado... para o e-mail antigo. Fiquei preso.

Tenho a afinação do piano marcada para dia 9 e os lembretes vão todos para lá. Podem mudar o
e-mail para este endereço? Posso confirmar a morada e o número de cliente (AP-2210).

Gonçalo Reis"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Paulo Antunes <paulo.antunes@obrasantunes.example>",
         to="apoio@contentoresentulho.example",
         subject="Autenticação em dois passos",
         body="""\
Bom dia, como ativo a autenticação em dois passos na área de cliente? E é possível acrescentar um
segundo utilizador (o meu encarregado) para ele poder pedir a recolha dos contentores?
Obrigado."""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Restaurante O Lagar <geral@olagar.example>",
         to="servicotecnico@lavalouca-pro.example",
         subject="Re: Aviso de segurança - máquinas de lavar louça série HX",
         body="""\
Boa tarde,

Obrigado pelo aviso. Fomos confirmar: a nossa máquina é da série KX, não HX (número de série
KX-2019-00457), por isso julgo que não estamos abrangidos. Aproveito para perguntar se a revisão
anual pode ser em setembro em vez de agosto, porque estamos fechados para férias.

Cumprimentos,
Manuel Lagar

Em ter., 2/07/2024 às 10:12, Serviço Técnico LavaLouça Pro <servicotecnico@lavalouca-pro.example> escreveu:
> Caro cliente,
> Identificámos um defeito numa resistência das máquinas de lavar louça da
> série HX, fabricadas entre 2020 e 2021, que pode provocar sobreaquecimento
> e risco de incêndio. Se tiver uma destas máquinas, desligue-a da corrente e
> contacte-nos para a substituição gratuita da peça.
> Serviço Técnico LavaLouça Pro"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=1,
         frm="Rosa Mendonça <rosa.mendonca@correio.example>",
         to="monstros@recolhacamara.example",
         subject="Re: Pedido de recolha de monstros n.º 2024-6631",
         body="""\
Bom dia,

Só para agradecer: vieram hoje de manhã buscar o frigorífico e o sofá. Estava desesperada, já
tinha o corredor entupido há duas semanas e o meu vizinho dizia que aquilo era uma bomba-relógio
para os ratos (exagero dele, claro). Os senhores foram muito simpáticos.

Muito obrigada!
Rosa

Em seg., 15/04/2024 às 16:03, Recolha de Monstros <monstros@recolhacamara.example> escreveu:
> Cara munícipe,
> A sua recolha foi reagendada para quinta-feira, dia 18, entre as 8h e as
> 12h. Deixe os objetos junto à porta do prédio na noite anterior.
> Com os melhores cumprimentos"""),

    dict(n=20, signals="-", priority="low", trap="film", qt=0, reply=0,
         frm="Teresa Couto <teresa.couto@escolabasica.example>",
         to="grupos@pistagelo.example",
         subject="Visita de estudo - turma do 4.º ano",
         body="""\
Boa tarde,

Sou professora de uma turma do 4.º ano (24 alunos) e gostávamos de ir à pista de gelo no dia 6
de dezembro. Os miúdos andam a morrer de vontade desde que viram o filme "Pânico no Gelo" na
aula de cidadania (era sobre trabalho de equipa, juro!).

Perguntas: qual é o preço para grupos escolares? Os patins e os capacetes estão incluídos? E há
alguém da pista a acompanhar os que nunca patinaram, para não caírem que nem tordos?

Obrigada,
Teresa Couto"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="AndaimesNorte <newsletter@andaimesnorte.example>",
         to="obras@construtoramarques.example",
         subject="Newsletter de maio: segurança em altura e novo catálogo",
         body="""\
Newsletter AndaimesNorte - maio

1. Webinar gratuito "Quedas em altura: como as evitar" - dia 16, às 18h. Um engenheiro de
   segurança explica as regras de montagem de guarda-corpos e os erros que causam mais acidentes
   em obra.
2. Novo andaime multidirecional MX-70, com montagem 30 % mais rápida.
3. Dica do mês: com vento forte, amarre o andaime à fachada a cada 4 metros.
4. Campanha "Risco Zero": 10 % de desconto em redes de proteção até 31 de maio.

Para deixar de receber esta newsletter, responda com "REMOVER"."""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Lurdes Castanheira <lurdes.castanheira@mail.example>",
         to="loja@fardasescolares.example",
         subject="Trocas de tamanho a meio do ano",
         body="""\
Olá,

A minha filha cresceu que nem um foguete e a farda comprada em setembro já parece de boneca.
Antes de encomendar outra, qual é a vossa política de trocas? Se a camisola nova não servir,
posso trocar depois de lavada ou só com a etiqueta? E o reembolso é em dinheiro ou em vale?

A minha cunhada, que vive em Badajoz, também quer saber: ¿enviáis a España o solo a Portugal?

Obrigada e desculpem a trapalhada,
Lurdes"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Artur Quintela <artur@quintelacatering.example>",
         to="assistencia@alugacozinha.example",
         subject="RE: Forno combinado alugado não aquece",
         body="""\
Já passaram 20 horas e ninguém me respondeu nem atendeu o telefone da assistência.

O forno continua igual. Hoje às 19h30 servimos um jantar de casamento para 260 pessoas na Quinta
da Ribafria e sem este forno não conseguimos fazer os assados nem regenerar as entradas. Tenho
oito cozinheiros parados à espera e o noivo já me ligou duas vezes.

Preciso de um técnico na quinta até às 14h ou de um forno de substituição. Caso contrário terei
de cortar parte do menu e vou pedir responsabilidades. Telemóvel: 910 000 355.

Artur Quintela

-----Mensagem original-----
De: Artur Quintela <artur@quintelacatering.example>
Enviada: sexta-feira, 14 de junho de 2024 17:48
Para: assistencia@alugacozinha.example
Assunto: Forno combinado alugado não aquece

> Boa tarde,
> O forno combinado de 10 tabuleiros que alugámos (contrato AC-3312)
> acende o painel mas não passa dos 40 °C. Já fizemos o reset indicado
> no manual. Temos um casamento amanhã. Podem mandar alguém?
> Artur"""),

    dict(n=24, signals="payment", priority="high", trap="big-customer", qt=0, reply=0,
         frm="Câmara Municipal de Vale do Sorraia <contabilidade@cm-valesorraia.example>",
         to="faturacao@sanitariosmoveis.example",
         subject="Pagamentos em duplicado - 12 faturas - fecho de contas",
         body="""\
Exmos. Senhores,

Na reconciliação bancária detetámos que as 12 faturas referentes ao aluguer de sanitários
portáteis para as provas desportivas de 2024 (FT 2024/101 a FT 2024/112) foram pagas duas vezes,
por transferência, a 4 e a 11 de dezembro. O valor pago em excesso é de 8.412,60 €.

O município fecha as contas do exercício no dia 31 e este valor tem de estar regularizado antes
disso. Solicitamos a devolução por transferência para o IBAN que consta da nossa ficha de
fornecedor ou, em alternativa, a emissão de nota de crédito até dia 20.

Somos vossos clientes há nove anos e o contrato para os eventos de 2025 está em negociação.

Com os melhores cumprimentos,
Vasco Pimentel
Divisão Financeira"""),
]
