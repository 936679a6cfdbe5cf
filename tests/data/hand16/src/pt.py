# blind17 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Carvalhal <ines.carvalhal@correio.example>",
         to="apoio@mantaabraco.example",
         subject="Manta pesada Abraço 5 kg - costura aberta",
         body="""\
Bom dia,

Comprei a manta pesada Abraço de 5 kg para o meu filho Duarte, de 6 anos, por
indicação da terapeuta ocupacional. Hoje de manhã encontrei a cama cheia de
bolinhas de vidro: uma das costuras interiores abriu-se num canto. O Duarte
tinha bolinhas na boca e disse-me que "pareciam rebuçados".

Durante a manhã vomitou duas vezes e queixa-se de dores de barriga. Estamos
agora à espera de sermos atendidos no hospital pediátrico e o médico pergunta
de que material são exatamente as bolinhas e quanto pesa cada uma. Não sei
quantas ele engoliu.

Preciso dessa informação o mais depressa possível. Encomenda n.º PT-77120.

Inês Carvalhal
Tlm. 555 010 264"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Passos <rui.passos@voar.example>",
         to="suporte@falcaodrones.example",
         subject="Hélice soltou-se em voo - Falcão Mini 3",
         body="""\
Boa tarde,

No domingo estava a voar o Falcão Mini 3 na praia da Aguda, a uns 15 metros de
altura, quando ouvi um estalo seco e uma das hélices saiu disparada. Foi cair a
meio metro de um carrinho de bebé, com força suficiente para ficar espetada na
areia. O drone rodopiou e caiu logo a seguir.

As hélices eram as originais, apertadas como no vídeo de instruções, e o drone
tem apenas 11 horas de voo. Olhei para o eixo do motor e a rosca parece gasta,
quase lisa.

Quero saber se há algum problema conhecido com este lote de motores. Tenho
outro drone igual e não o volto a pôr no ar enquanto não tiver resposta.

Rui Passos"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Filipa Moura <filipa.moura@correio.example>",
         to="apoio@portaviva.example",
         subject="Alguém entrou na minha conta da campainha e fiquei sem acesso",
         body="""\
Boa noite,

Às 23h10 recebi um email vosso a dizer "A sua palavra-passe foi alterada" e,
logo a seguir, "Novo dispositivo adicionado: Android, Kaunas". Não fui eu.

Agora a aplicação da campainha inteligente diz que a palavra-passe está errada,
e a recuperação envia o código para um email que não é o meu. Ou seja, um
estranho está a ver a câmara da minha porta, sabe quando saio de casa e tem
acesso às gravações da minha filha a entrar e a sair. Moramos as duas sozinhas.

Bloqueiem a conta imediatamente, por favor, e digam-me como a recupero.

Filipa Moura
Tlm. 555 010 482"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Tiago e Marta Lobo <familia.lobo@correio.example>",
         to="clientes@sonoleve.example",
         subject="Saco-cama Sono Leve - pergunta",
         body="""\
Olá, é normal que o saco-cama Sono Leve deixe o bebé com manchas vermelhas no
peito e nas costas?

Usámo-lo pela primeira vez esta semana (lavámos antes, como indicado). Na
segunda noite a Clara, de 4 meses, acordou a chorar muito, com a pele do tronco
vermelha e cheia de pequenos altos, exatamente na zona que fica dentro do saco;
braços e cara estavam normais. Ontem voltámos a experimentar e aconteceu o
mesmo, e desta vez ela respirava mais depressa do que é costume.

O tecido tem um cheiro químico forte, mesmo depois de lavado. Devemos deixar de
o usar? E o outro saco do mesmo lote que oferecemos à prima?

Tiago Lobo"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Escola de Condução Avenida <geral@ecavenida.example>",
         to="suporte@agendaconducao.example",
         subject="Instrutores sem agenda - dia de exames",
         body="""\
Bom dia,

Desde as 7h nenhum dos nossos 12 instrutores consegue ver a agenda na
aplicação: abre e fica o círculo a rodar. No computador da secretaria a página
das marcações aparece em branco.

Hoje temos 9 alunos com exame de condução às 14h no centro de exames e não
sabemos quem leva quem nem a que horas são as aulas de preparação. Os alunos
estão a ligar e a aparecer à porta, e estamos a tentar reconstruir o dia a
partir das mensagens de WhatsApp dos instrutores.

Liguem-nos, por favor: 555 010 733.

Sandra Vieira, direção"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Joaquim Teles <joaquim.teles@correio.example>",
         to="apoio@tactobraille.example",
         subject="Linha braille não mostra nada depois da atualização",
         body="""\
Boa tarde.

Escrevo com a ajuda da voz do leitor de ecrã, porque desde ontem a minha linha
braille Tacto 40 não mostra nenhum carácter. Fiz a atualização de firmware que
a vossa aplicação pediu; o aparelho liga e as teclas fazem o som normal, mas os
pinos não sobem. Experimentei com o cabo USB e por Bluetooth, no computador e
no telemóvel.

Trabalho como revisor de textos e sem a linha braille não consigo rever nada.
Há forma de voltar à versão anterior?

Joaquim Teles"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Cine-Teatro São Brás - Técnica <tecnica@cineteatrosaobras.example>",
         to="assistencia@somacessivel.example",
         subject="Zumbido no anel de indução da plateia",
         body="""\
Olá,

O anel de indução que instalaram em maio continua a funcionar, mas desde a
semana passada há um zumbido constante nas últimas quatro filas da plateia.
Dois espectadores com aparelho auditivo queixaram-se no sábado. Nas primeiras
filas e no balcão está tudo bem, por isso por agora sentamos lá quem precisa.

Podem mandar alguém ver o amplificador antes da estreia de dia 20?

Obrigado,
Rogério Almeida, técnico de som"""),

    dict(n=8, signals="outage", priority="critical", trap="buried", qt=0, reply=0,
         frm="Alda Ferreira <alda.ferreira@cm-valesorraia.example>",
         to="suporte@rotaescolar.example",
         subject="Transporte escolar adaptado - tablets",
         body="""\
Bom dia,

Antes de mais, obrigada pela formação da semana passada: os motoristas gostaram
muito e a nova vista de mapa é bem mais clara. Aproveito também para confirmar
que a fatura de outubro já foi paga pela contabilidade da Câmara.

Quanto ao motivo deste email: hoje, desde as 7h15, os tablets das 14 carrinhas
adaptadas do transporte escolar mostram todas as rotas vazias ("Sem serviços
atribuídos"). No painel de gestão as rotas existem, mas não chegam aos
veículos, e quando tento reenviar aparece "Erro de sincronização".

Os motoristas não sabem que crianças recolher nem por que ordem, e temos 41
alunos com necessidades especiais, a maioria em cadeira de rodas, à espera em
casa. Algumas têm terapia na escola às 9h. Estamos a ligar às famílias uma a
uma e a ditar moradas aos motoristas pelo telefone, com as listas em papel do
ano passado.

Por favor, tratem disto com a máxima prioridade e liguem-me para o
555 010 911.

Com os melhores cumprimentos,
Alda Ferreira
Divisão de Educação - Município de Vale do Sorraia"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Tesouraria ARCA <tesouraria@arca-azeitao.example>",
         to="apoio@bancoassociativo.example",
         subject="Homebanking das associações em baixo - erro 503",
         body="""\
Boa tarde,

O vosso homebanking para associações está em baixo desde o meio-dia. Aparece
só "503 Service Unavailable - The server is temporarily unable to service your
request." Já tentei em três computadores e no telemóvel. Não consigo ver nem
fazer nada. Quando é que volta?

Luísa Serrão
Associação Recreativa e Cultural de Azeitão"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Helena Rocha <helena.rocha@correio.example>",
         to="secretaria@arqueirosdotejo.example",
         subject="Reembolso do curso de iniciação ao tiro com arco",
         body="""\
Boa tarde,

O curso de iniciação de outubro foi cancelado pelo clube por falta de
inscrições e disseram-me que o reembolso dos 85 € seria feito em 10 dias
úteis. Já passou um mês e ainda não recebi nada. Referência do pagamento
Multibanco: 221 430 908. Podem verificar?

Cumprimentos,
Helena Rocha"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Beatriz Cunha <beatriz.cunha@correio.example>",
         to="pagamentos@casamentoperfeito.example",
         subject="Pagamento da caução da quinta devolvido - prazo sexta-feira",
         body="""\
Olá,

Estamos a organizar o nosso casamento convosco e a quinta exige a caução de
1.500 € até sexta-feira, dia 14, senão liberta a data. Fiz o pagamento pela
vossa plataforma na segunda-feira, mas hoje recebi a indicação "Pagamento
devolvido - contacte o suporte" e o dinheiro voltou para a minha conta.

O cartão tem saldo e o banco diz que do lado deles está tudo bem. Como é que
pago a tempo? Se perdermos a data, não há outra livre até 2027.

Beatriz Cunha
555 010 377"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Paulo Mendes <paulo.mendes@correio.example>",
         to="apoio@tintaemcasa.example",
         subject="Subscrição de tinteiros cobrada duas vezes",
         body="""\
Bom dia,

A subscrição Tinta em Casa (plano 100 páginas, 4,99 €/mês) foi cobrada duas
vezes no cartão este mês, a 3 e a 4. Só tenho uma impressora registada. Já
tinha reclamado pelo chat, mas o assistente só respondeu "Your request has
been received" e mais nada. Peço a devolução de uma das cobranças.

Obrigado,
Paulo Mendes"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Américo Bento <americo.bento@correio.example>",
         to="apoio@licencapesca.example",
         subject="Taxa de 0,35 € na licença de pesca",
         body="""\
Boa tarde, tirei a licença de pesca desportiva pela vossa aplicação e paguei
mais 0,35 € do que o valor da licença, que aparece como "taxa de serviço". Não
é reclamação, é só para perceber para que serve. Cumprimentos."""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Sofia Nogueira <sofia.nogueira@correio.example>",
         to="portal@centrocomunitario-alvalade.example",
         subject="Conta bloqueada - não consigo inscrever-me no workshop de cerâmica",
         body="""\
Olá,

A minha conta no portal do Centro Comunitário foi bloqueada depois de me
enganar na palavra-passe três vezes. O pedido de desbloqueio diz que demora
"até 72 horas", mas as inscrições para o workshop de roda de oleiro fecham
amanhã. Podem desbloquear mais cedo? Utilizadora: sofia.nog

Obrigada,
Sofia"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Miguel Antunes <miguel.antunes@novo-correio.example>",
         to="apoio@coralsinfonico.example",
         subject="Re: Alteração de email na área de sócio",
         body="""\
Olá,

Obrigado pela explicação. Voltei a pedir a alteração do email ontem à noite,
mas o link de confirmação que chega ao email novo diz "Este link expirou",
mesmo quando clico logo a seguir. A conta continua com o email antigo, que vai
ser desativado no fim do mês. Conseguem fazer a alteração do vosso lado?

Miguel

Em seg., 10/11/2025 às 11:20, Apoio Coral Sinfónico <apoio@coralsinfonico.example> escreveu:
> Caro Miguel,
> Pedimos desculpa: na sexta-feira tivemos uma falha geral do servidor
> e a área de sócio esteve em baixo durante toda a tarde, por isso o
> seu pedido não ficou registado. Já está tudo a funcionar; pode tentar
> de novo.
> Cumprimentos,
> Apoio ao sócio"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Raquel Pinto <raquel.pinto@correio.example>",
         to="secretaria@clubenatacaoribamar.example",
         subject="Código de verificação do portal",
         body="""\
Boa tarde, é normal que o portal do clube me peça um código de verificação por
SMS que nunca chega? Mudei de operadora (mantive o número) e desde então não
consigo entrar para ver os horários dos miúdos nem as minhas inscrições. Já
pedi o código umas dez vezes.

Raquel Pinto"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nuno Faria <nuno.faria@correio.example>",
         to="ajuda@colunaeco.example",
         subject="Verificação em dois passos",
         body="""\
Olá, como é que ativo a verificação em dois passos na minha conta? Não encontro
a opção na aplicação da coluna. Obrigado."""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="film", qt=0, reply=0,
         frm="Lurdes Figueira <cineclube@jf-santaclara.example>",
         to="reservas@centrocultural-norte.example",
         subject="Sessão \"Incêndio no Paraíso\" - aluguer de projetor",
         body="""\
Boa tarde,

O nosso cineclube vai exibir o filme "Incêndio no Paraíso" no dia 6 de
dezembro e, a seguir, o documentário "Apagão Total". Queríamos saber o preço do
aluguer do projetor e da tela grande para uma tarde, e se o técnico pode ficar
até às 19h. Seremos cerca de 60 pessoas.

Obrigada,
Lurdes Figueira"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Carla Baptista <carla.baptista@correio.example>",
         to="reservas@bm-vilaalva.example",
         subject="Res: Reserva da sala de estudo em grupo",
         body="""\
Muito obrigada, Sr. Henrique. Fica então marcada a sala 2 para dia 12, das 15h
às 18h. Levamos os nossos portáteis.

Carla

Em qui., 6/11/2025 às 16:05, Biblioteca Municipal de Vila Alva <reservas@bm-vilaalva.example> escreveu:
> Cara Carla,
> A sala 2 está livre no dia 12. Lembramos que as reservas são gratuitas
> para leitores com cartão; se faltar sem avisar, é cobrada uma multa de
> 5 €, não reembolsável, debitada no cartão de leitor.
> Henrique Lopes"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Vasco Pimentel <vasco.pimentel@correio.example>",
         to="loja@estrelapolar.example",
         subject="Pergunta sobre o telescópio Órion 130",
         body="""\
Boa noite,

Um amigo tem o vosso Órion 130 e aquilo é uma bomba: vimos os anéis de Saturno
no quintal e fiquei de boca aberta. Morri de inveja, confesso.

Antes de comprar: a montagem equatorial aguenta também uma máquina
fotográfica? E fazem entregas na Madeira?

Obrigado,
Vasco"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Henrique Salgado <h.salgado@correio.example>",
         to="loja@comboiosminiatura.example",
         subject="Re: Locomotiva 1400 avariada",
         body="""\
Bom dia,

Chegou ontem a locomotiva de substituição e está perfeita. A anterior
descarrilava em todas as curvas e fazia um barulho de moinho; esta anda que é
uma maravilha. Obrigado pela rapidez, vou recomendar a loja a todo o clube
ferroviário.

Henrique Salgado"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Gonçalo Teixeira <goncalo.teixeira@correio.example>",
         to="reservas@carreiradetiro-sintra.example",
         subject="Dúvida antes de marcar",
         body="""\
Olá,

Quero oferecer ao meu filho (16 anos) uma sessão na vossa carreira de tiro. Ele
precisa de licença de uso e porte de arma, ou basta eu estar presente? Que tipo
de armas usam nas sessões de iniciação? E qual é a vossa política se tivermos
de cancelar à última hora?

Obrigado,
Gonçalo Teixeira"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Tesouraria Clube Desportivo Ribeirense <tesouraria@cdribeirense.example>",
         to="apoio@quotasfacil.example",
         subject="RE: Débito direto das quotas duplicado",
         body="""\
Bom dia,

Volto a escrever porque já passaram três semanas e continuo sem resposta.

O débito direto das quotas de outubro foi feito duas vezes a 43 sócios
(43 x 25 € = 1.075 € a mais). Tenho sócios a ligar-me todos os dias, alguns
reformados que ficaram com a conta a descoberto, e a direção quer uma
explicação até sexta-feira, dia da assembleia geral. Preciso de saber quando é
feita a devolução e se tenho de avisar os bancos.

Fernanda Costa, tesoureira
555 010 620

-----Mensagem original-----
De: Tesouraria Clube Desportivo Ribeirense
Enviada: segunda-feira, 20 de outubro de 2025 09:12
Para: apoio@quotasfacil.example
Assunto: Débito direto das quotas duplicado

> Bom dia,
> As quotas de outubro foram debitadas duas vezes a vários sócios. Envio
> em anexo a lista. Agradeço que corrijam e devolvam os valores.
> Fernanda Costa"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Leonor Macedo <leonor.macedo@correio.example>",
         to="suporte@casaconectada.example",
         subject="Assistente de voz deixou de controlar as luzes",
         body="""\
Olá,

Desde terça-feira o assistente de voz responde "Não consegui contactar o
dispositivo" quando lhe peço para acender as luzes da sala. Pela aplicação no
telemóvel as luzes acendem e apagam sem problema, por isso não é nada de
urgente; por voz é só mais prático, sobretudo para a minha mãe. Já reiniciei a
coluna e o router. Alguma ideia?

Leonor Macedo"""),
]
