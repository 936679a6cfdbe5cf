# blind32 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rui Patrício Lopes <rui.lopes@sapomail.example>",
         to="apoio@fibralusa.example",
         subject="Re: Sem internet desde ontem - cliente 20391877",
         body="""\
Já voltou, obrigado!
Rui

Enviado do meu telemóvel

No dia 09/12/2026, às 08:41, Rui Patrício Lopes <rui.lopes@sapomail.example> escreveu:
> Bom dia, estou sem internet nem televisão desde ontem à noite. A box
> está com a luz vermelha a piscar. Já reiniciei tudo. Trabalho a partir de
> casa e preciso disto resolvido hoje."""),
    dict(n=2, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Marilene Andrade <marilene.andrade@correio.example>",
         to="sac@cozinhafacil.example",
         subject="RES: Air fryer derreteu e pegou fogo - protocolo 8812034",
         body="""\
Boa tarde,

Recebi a fritadeira nova ontem, muito obrigada pela rapidez e pela atenção
de vocês. Só uma dúvida: a garantia da nova começa a contar da data da troca
ou continua a da compra original (março)?

Att,
Marilene Andrade

> De: Marilene Andrade <marilene.andrade@correio.example>
> Enviado: quinta-feira, 26 de novembro de 2026 19:52
> Para: sac@cozinhafacil.example
> Assunto: Air fryer derreteu e pegou fogo - protocolo 8812034
>
> Boa noite. Estava usando a air fryer modelo CF-400 normalmente quando
> começou a sair fumaça preta pela parte de trás e logo depois saiu uma
> chama. Consegui desligar da tomada e apagar com um pano úmido, mas queimei
> a mão de leve. O plástico da lateral derreteu. Tenho fotos."""),
    dict(n=3, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Thiago Nakamura <thiago.nakamura@correio.example>",
         to="ajuda@pagaja.example",
         subject="Re: Pix cobrado duas vezes",
         body="""\
Em ter., 1 de dez. de 2026 às 13:07, Thiago Nakamura <thiago.nakamura@correio.example> escreveu:
> Fiz um Pix de R$ 850,00 pro meu senhorio hoje às 12h30 e o app descontou
> duas vezes do meu saldo. O comprovante só mostra um. Preciso desse dinheiro
> de volta, é o aluguel.

Oi pessoal, só pra avisar que o estorno caiu hoje de manhã. Valeu mesmo, o
atendimento pelo chat foi nota 10. Podem encerrar o chamado.

Thiago"""),
    dict(n=4, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Conceição Ferraz <conceicao.ferraz@ferraz-contabilidade.example>",
         to="suporte@postalnet.example",
         subject="RE: Conta de e-mail bloqueada",
         body="""\
Exmos. Senhores,

Agradeço o desbloqueio da conta, que já está a funcionar.

Contudo, verifiquei na fatura de dezembro (n.º FT 2026/118440) que me foi
cobrado o plano Empresa Plus, de 24,90 EUR, quando o meu contrato é o plano
Empresa Base, de 9,90 EUR. Nunca pedi qualquer alteração de plano. Solicito
a correção da fatura e a devolução da diferença de 15,00 EUR.

Com os melhores cumprimentos,
Conceição Ferraz

-----Mensagem original-----
> De: Conceição Ferraz
> Enviada: 2 de dezembro de 2026 09:18
> Para: suporte@postalnet.example
> Assunto: Conta de e-mail bloqueada
>
> Não consigo aceder à minha conta geral@ferraz-contabilidade.example.
> Aparece a mensagem "Conta suspensa temporariamente". Podem verificar?"""),
    dict(n=5, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Eduardo Vasconcelos <eduardo.v@vendasmais-brasil.example>",
         to="suporte@clientoria.example",
         subject="Re: CRM fora do ar - equipe inteira parada",
         body="""\
Oi Juliana, respondo no meio do texto:

Em 07/12/2026 15:22, Suporte Clientoria escreveu:
> O incidente foi resolvido às 14h50. Vocês conseguem acessar normalmente?

Sim, os 30 vendedores já estão logados e trabalhando.

> Notaram perda de algum registro criado durante a instabilidade?

Conferimos os leads da manhã e está tudo lá.

> > Desde as 9h o Clientoria só mostra "Erro 502". Ninguém da equipe
> > consegue abrir o funil, e hoje é o último dia da campanha de fim de ano!

Obrigado pela agilidade e pelo retorno.

Eduardo Vasconcelos
Gerente Comercial"""),
    dict(n=6, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Filomena Carvalho <filomena.carvalho@sapomail.example>",
         to="atendimento@clinica-saovicente.example",
         subject="Re: Os meus resultados foram enviados a outra pessoa",
         body="""\
Boa tarde,

Obrigada pela resposta e pelo pedido de desculpas, fico mais descansada.

Aproveito para perguntar se é possível passar a minha consulta de dia 17 das
9h30 para a parte da tarde, porque nesse dia não tenho quem me leve de manhã.

Cumprimentos,
Filomena Carvalho
Utente n.º 44120

No dia 02/12/2026, às 18:10, Filomena Carvalho escreveu:
> Recebi hoje um telefonema de uma senhora que não conheço a dizer que
> recebeu por e-mail as minhas análises ao sangue e o meu relatório médico,
> com o meu nome, morada e número de utente. Como é que isto aconteceu?"""),
    dict(n=7, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Gonçalo Mendes <goncalo.mendes@mailpt.example>",
         to="apoio.cliente@comboiosdonorte.example",
         subject="RE: Reembolso bilhete Porto-Lisboa não recebido",
         body="""\
Olá,

o reembolso dos 31,40 EUR já chegou, obrigado.

Mas agora não consigo entrar na minha conta no site nem na app. Quando
ponho o e-mail aparece "utilizador não encontrado", e quando tento criar
conta de novo diz que o e-mail já está registado. Tenho lá os bilhetes de
janeiro já comprados.

Gonçalo Mendes

No dia 25/11/2026, às 22:37, Gonçalo Mendes escreveu:
> O comboio Alfa 133 de dia 20 foi suprimido e pedi o reembolso no próprio
> dia. Até hoje nada. Referência do bilhete: CP7-88120-LX."""),
    dict(n=8, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Beatriz Lacerda <bia.lacerda@correio.example>",
         to="ajuda@telaviva-streaming.example",
         subject="Re: Alguém mudou a senha da minha conta?",
         body="""\
oi, deu certo sim, ja troquei a senha e tirei os aparelhos estranhos

aproveitando: o plano família deixa usar em 4 telas ao mesmo tempo ou so 2? to pensando em mudar

bjs
Bia

Em sáb., 5 de dez. de 2026 às 23:02, Beatriz Lacerda escreveu:
> nao consigo entrar na minha conta, diz que a senha ta errada e eu nao
> mudei nada. tem um aparelho "Smart TV Sala 2" logado que nao é meu"""),
    dict(n=9, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="António Brás Figueiredo <antonio.figueiredo@mailpt.example>",
         to="assistencia@autolusa-motores.example",
         subject="RE: Convocatória de recolha - airbag do condutor",
         body="""\
Muito obrigado pelo contacto. Já marquei a intervenção para dia 21 na oficina
de Coimbra. A oficina abre ao sábado de manhã? Se sim, preferia mudar para
sábado, dia 19.

Cumprimentos,
António Figueiredo
Matrícula 47-TR-81

-----Mensagem original-----
> De: Autolusa Assistência
> Enviada: 4 de dezembro de 2026 11:02
> Assunto: Convocatória de recolha - airbag do condutor
>
> Caro cliente, o seu veículo está abrangido por uma campanha de recolha:
> o insuflador do airbag do condutor pode romper-se em caso de acidente e
> projetar fragmentos metálicos, podendo causar ferimentos graves. Pedimos
> que não utilize o veículo até à substituição gratuita."""),
    dict(n=10, signals="outage", priority="high", trap="safety", qt=1, reply=1,
         frm="Patrícia Almeida Rocha <patricia.rocha@correio.example>",
         to="atendimento@bancoaurora.example",
         subject="RES: Compras que não reconheço no cartão final 4412",
         body="""\
Olá,

Obrigada pelo bloqueio do cartão e pelo estorno das compras, já apareceu no
extrato.

Mas hoje tenho outro problema: o app e o internet banking estão fora do ar
desde as 7h. No app aparece "Serviço indisponível, tente mais tarde" e no
site a página nem carrega. Minhas colegas de trabalho que também são
clientes estão com o mesmo problema. Preciso pagar um boleto que vence hoje.

Patrícia Rocha

Em 28/11/2026 21:14, Patrícia Almeida Rocha escreveu:
> Apareceram três compras no meu cartão final 4412 que eu não fiz, numa loja
> online da China, total de R$ 2.380,00. Por favor bloqueiem o cartão."""),
    dict(n=11, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Vinícius Prado <vini.prado@correio.example>",
         to="suporte@arena-tropical-games.example",
         subject="Re: Re: Servidores BR fora do ar",
         body="""\
Fala, valeu pelo retorno e pelas gemas de compensação!! Tá tudo rodando
liso de novo.

Vini (nick: PradoSniper)

Em 10/12/2026 12:30, Suporte Arena Tropical escreveu:
> Olá, os servidores da região BR foram restabelecidos às 11h40. Como
> compensação, creditamos 500 gemas em todas as contas.
>
> > Em 10/12/2026 08:05, Vinícius Prado escreveu:
> > nenhum servidor BR conecta desde a madrugada, dá erro de conexão
> > no lobby. meus amigos tão com o mesmo problema"""),
    dict(n=12, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Helena Duarte <helena.duarte@sapomail.example>",
         to="clientes@cestafresca.example",
         subject="RE: Cobrança de produtos que não vieram na entrega",
         body="""\
No dia 30/11/2026, às 20:15, Helena Duarte escreveu:
> Na encomenda n.º 551902 faltaram o salmão e o azeite (total 18,47 EUR),
> mas foram cobrados no cartão.

Boa noite,

Já recebi o reembolso, obrigada.

Outra coisa: vou mudar de casa no dia 15. A partir dessa data a morada de
entrega passa a ser Rua Gil Vicente, 88, 2.º Esq., 4000-250 Porto. Consigo
alterar isso sozinha na app ou têm de ser vocês?

Helena Duarte"""),
    dict(n=13, signals="safety", priority="critical", trap="account", qt=1, reply=1,
         frm="Sandra Pimentel <sandra.pimentel@correio.example>",
         to="suporte@lembremed-app.example",
         subject="Re: Minha mãe não consegue entrar no app",
         body="""\
Boa tarde,

O acesso da minha mãe (Dona Zilda Pimentel, 79 anos) voltou, obrigada. Mas
aconteceu uma coisa grave: depois que ela entrou de novo, o app mostrou o
lembrete da varfarina duas vezes hoje de manhã, às 8h e às 8h05, e ela tomou
as duas doses. Ela está com a gengiva sangrando e já estamos a caminho do
pronto-socorro.

Vocês precisam verificar isso com urgência, outras pessoas podem estar
recebendo lembretes duplicados de remédio.

Sandra Pimentel (filha)
(31) 98844-2107

Em qua., 9 de dez. de 2026 às 10:12, Sandra Pimentel escreveu:
> Minha mãe não consegue entrar no LembreMed desde a atualização. O app
> pede um código por SMS que nunca chega."""),
    dict(n=14, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Joaquim Serra <joaquim.serra@mailpt.example>",
         to="avarias@energiasul.example",
         subject="Re: Falta de luz na Rua das Flores, Évora",
         body="""\
Bom dia,

Escrevo apenas para agradecer. A luz voltou por volta das duas da manhã e os
técnicos trabalharam a noite toda com chuva. Digam-lhes, por favor, que a rua
inteira ficou muito agradecida.

Joaquim Serra

No dia 07/12/2026, às 19:03, Joaquim Serra <joaquim.serra@mailpt.example> escreveu:
> Estamos sem eletricidade desde as 17h em toda a Rua das Flores e na
> Travessa do Poço. Há pessoas idosas no prédio e está muito frio. Têm
> previsão de quando volta?"""),
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Leonardo Tavares <leo.tavares@mailpt.example>",
         to="assistencia@rodaurbana-trotinetes.example",
         subject="RE: Travão da trotinete não trava - reparação 2026-1187",
         body="""\
Boa tarde,

A trotinete voltou da vossa oficina na sexta-feira com a indicação
"travão afinado". Hoje de manhã, a descer a Avenida Almirante Reis, o travão
traseiro deixou de funcionar outra vez e só parei porque me atirei para o
passeio. Tenho o joelho e o cotovelo esfolados e podia ter sido atropelado.

Não volto a andar nela. Quero que a recolham e que me digam o que vão fazer.

Leonardo Tavares
912 448 307

No dia 20/11/2026, às 09:44, Leonardo Tavares escreveu:
> O travão traseiro da minha RU-Pro 10 às vezes não responde, a manete vai
> até ao fim e a trotinete quase não abranda."""),
    dict(n=16, signals="safety,account", priority="critical", trap="-", qt=0, reply=1,
         frm="Ricardo Monteiro <ricardo.monteiro@correio.example>",
         to="seguranca@banconacional-digital.example",
         subject="RES: Invadiram minha conta - urgente",
         body="""\
Continua!! Fiz tudo que vocês pediram, mas agora nem consigo mais entrar:
o app diz que o celular não está autorizado e o número cadastrado foi
trocado para um que não é meu. Recebi agora um e-mail de "novo dispositivo
cadastrado em São Paulo" e eu moro em Recife.

Bloqueiem a conta agora, por favor. Liguei na central e fiquei 40 minutos
esperando.

Ricardo Monteiro
CPF final 221-09

Em 11/12/2026 07:30, Ricardo Monteiro escreveu:
> Recebi um SMS do "banco" pedindo para confirmar dados e cliquei no link.
> Depois disso alguém trocou meu e-mail de cadastro."""),
    dict(n=17, signals="outage", priority="critical", trap="vip", qt=0, reply=1,
         frm="Mariana Coutinho <mariana.coutinho@obraviva-engenharia.example>",
         to="enterprise@quadrotask.example",
         subject="RE: Indisponibilidade QuadroTask - contrato Enterprise 2025-114",
         body="""\
Caros,

Dão o problema como resolvido no vosso e-mail das 10h, mas continua igual:
nenhum dos nossos 42 utilizadores consegue abrir os quadros de projeto,
aparece apenas a roda a carregar e depois "Tempo limite excedido". Isto já
vai em mais de 26 horas.

Temos três obras em curso que são coordenadas inteiramente na plataforma,
e as equipas no terreno estão paradas. Recordo que o nosso contrato
Enterprise prevê disponibilidade de 99,9% e resposta em 4 horas.

Preciso de um ponto de situação por telefone ainda hoje: 21 390 4477.

Mariana Coutinho
Diretora de Operações, ObraViva Engenharia

-----Mensagem original-----
> De: QuadroTask Enterprise Support
> Enviada: 10 de dezembro de 2026 10:02
> Assunto: RE: Indisponibilidade QuadroTask - contrato Enterprise 2025-114
> O incidente foi mitigado. Por favor confirme se o serviço está normal."""),
    dict(n=18, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Jaqueline Souza <jaque.souza@correio.example>",
         to="atendimento@vivacel-movel.example",
         subject="Re: Celular sem sinal desde domingo",
         body="""\
Continua igual. Sem sinal nenhum, nem pra ligar.

Jaqueline

Em seg., 7 de dez. de 2026 às 08:15, Jaqueline Souza escreveu:
> Meu celular está sem sinal desde domingo, aparece "sem serviço". Já troquei
> o chip de aparelho e nada. Número (71) 99210-4455."""),
    dict(n=19, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Duarte Sequeira <duarte.sequeira@estudio-sequeira.example>",
         to="suporte@nuvemarquivo.example",
         subject="RE: Sincronização muito lenta",
         body="""\
Olá,

Segui as vossas indicações (reinstalei o cliente e limpei a cache), mas a
sincronização continua muito lenta e agora às vezes para de vez:

- ficheiros pequenos (PDF, Word) demoram 10 a 15 minutos a aparecer nos
  outros computadores;
- as pastas partilhadas ficam em "A sincronizar..." horas seguidas;
- pelo site consigo descarregar tudo normalmente.

Somos 4 pessoas no escritório e vamos trabalhando com o site, mas é chato.

Duarte Sequeira

No dia 01/12/2026, às 16:20, Duarte Sequeira escreveu:
> Desde a semana passada a sincronização no Windows está lentíssima."""),
    dict(n=20, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Cláudio Ribeiro <claudio.ribeiro@correio.example>",
         to="sac@megacompras.example",
         subject="RES: RES: RES: Estorno do pedido 7712-0093 não recebido",
         body="""\
TERCEIRO e-mail e até agora só resposta automática.

Devolvi a TV no dia 10 de novembro, vocês confirmaram o recebimento no dia
14 e disseram que o estorno de R$ 3.299,00 cairia em até 10 dias úteis. Já
passou um mês. Nada na fatura do cartão, nada de resposta.

Se até sexta não tiver o dinheiro de volta eu vou no Procon e no Reclame Aqui.

Cláudio Ribeiro

Em 03/12/2026 09:40, Cláudio Ribeiro escreveu:
> Continuo sem o estorno. Alguém pode me responder?
>
> > Em 25/11/2026 18:22, Cláudio Ribeiro escreveu:
> > O estorno do pedido 7712-0093 (Smart TV 55") ainda não apareceu
> > na fatura do cartão."""),
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Ana Luísa Brandão <analuisa.brandao@sapomail.example>",
         to="reclamacoes@voaatlantico.example",
         subject="RE: Bagagem cobrada em duplicado - reserva K7QZ2R",
         body="""\
Boa tarde,

Há três semanas enviei o pedido abaixo e recebi uma resposta a dizer que
estava "em análise". Desde então, nada. A segunda cobrança de 45,00 EUR
continua no extrato do cartão.

Agradeço que me digam quando será feita a devolução.

Cumprimentos,
Ana Luísa Brandão

No dia 19/11/2026, às 11:05, Ana Luísa Brandão escreveu:
> Na reserva K7QZ2R (Lisboa-Funchal, 14/11) a bagagem de porão foi cobrada
> duas vezes: uma no site e outra no balcão do aeroporto, apesar de eu ter
> mostrado o comprovativo."""),
    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Fernando Guimarães <fernando.guimaraes@correio.example>",
         to="cobranca@protegeseguros.example",
         subject="Re: Débito automático do seguro não funcionou",
         body="""\
Prezados,

Em novembro vocês me disseram que o débito automático tinha sido
reativado. Mas em dezembro aconteceu a mesma coisa: o valor de R$ 287,45
não foi debitado e recebi hoje uma carta dizendo que a apólice
AU-5520913 será cancelada por falta de pagamento.

O saldo estava na conta, o problema é do lado de vocês. Peço que me enviem
um boleto para pagar e que a apólice não seja cancelada.

Atenciosamente,
Fernando Guimarães

Em 12/11/2026 14:30, Fernando Guimarães escreveu:
> A parcela de novembro do seguro do carro não foi debitada da minha conta,
> mesmo com saldo."""),
    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Kátia Moreira <katia.moreira@artesdakatia.example>",
         to="vendedores@feiraonline.example",
         subject="RES: Conta de vendedora suspensa sem motivo",
         body="""\
Bom dia,

Mandei os documentos que vocês pediram (RG, comprovante de endereço e
CNPJ) no dia 2, e até agora minha conta de vendedora continua suspensa.
Meus anúncios sumiram justo em dezembro, que é quando eu mais vendo.
Tenho 14 pedidos em aberto que não consigo nem ver pra enviar.

Por favor, me digam o que falta.

Kátia Moreira
Artes da Kátia - ID vendedora 330918

Em 01/12/2026 17:44, Feira Online Vendedores escreveu:
> Sua conta foi suspensa preventivamente para verificação de identidade.
> Envie os documentos pelo formulário para reativação."""),
    dict(n=24, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Miguel Antunes Sá <miguel.sa@mailpt.example>",
         to="fidelizacao@hoteisatlantida.example",
         subject="RE: Fusão de contas Atlântida Rewards",
         body="""\
Boa tarde,

Desculpem insistir, mas a fusão das minhas duas contas continua por fazer.
Na app ainda aparecem duas contas separadas:

- n.º AR-1102938 (miguel.sa@mailpt.example) com 8.200 pontos
- n.º AR-2290114 (m.antunes@empresa-antiga.example) com 5.750 pontos

Na vossa resposta disseram que ficaria tratado em 48 horas. Podem
confirmar?

Obrigado,
Miguel Sá

No dia 26/11/2026, às 10:30, Atlântida Rewards escreveu:
> Recebemos o seu pedido de fusão de contas. Ficará concluído em 48 horas."""),
]
