# blind21 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Larissa Prado <larissa.prado@correio.example>",
         to="suporte@dingcam.example",
         subject="Peça da campainha na boca da minha filha",
         body="""\
Olá, boa tarde.

Instalamos a campainha com câmera DingCam Mini na semana passada. Hoje a tampa de trás
se soltou sozinha, caiu no chão da sala e a minha filha de um ano e meio pegou antes de
eu ver. Quando tirei da boca dela a tampa estava toda mordida, e a bateria redondinha
que fica ali dentro não estava mais lá. Procuramos no tapete, no sofá, em tudo, e não
achamos. Ela está babando mais que o normal e não quer mamar.

Estamos saindo agora para o hospital. Preciso saber exatamente que bateria é essa
(tamanho e modelo) para falar com o médico. Meu celular: (11) 5555-0142.

Larissa"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Sampaio <helena.sampaio@mail.example>",
         to="apoio@aeroterm.example",
         subject="Cheiro na cave - bomba de calor AeroTerm 8",
         body="""\
Bom dia,

é normal a bomba de calor deixar um cheiro adocicado na cave? Temos uma AeroTerm 8
instalada lá em baixo desde outubro. Desde ontem há esse cheiro esquisito e a unidade
interior faz um silvo contínuo. O meu pai desceu para estender a roupa, ficou lá uns dez
minutos e subiu tonto, com dor de cabeça e enjoado; teve de se sentar na escada. Eu
também fico com a cabeça pesada se lá estiver muito tempo.

Na aplicação, a pressão do circuito está a descer desde terça-feira.
Desligamos tudo? Podemos abrir a janela da cave e fechar a porta?

Contacto: +351 555 010 447

Cumprimentos,
Helena Sampaio"""),

    dict(n=3, signals="safety", priority="critical", trap="physical", qt=0, reply=0,
         frm="Patrícia Moura <patricia.moura@correio.example>",
         to="assistencia@hidropower.example",
         subject="Tampa do pré-filtro saiu disparada - risco sério",
         body="""\
Boa noite.

Ontem, ao ligar a bomba da piscina depois de limpar o cesto, a tampa transparente do
pré-filtro saiu disparada com um estalo e acertou no ombro do meu marido, que estava
agachado ao lado. Ficou com um hematoma enorme. O nosso filho de seis anos estava a um
metro; se fosse na cabeça dele nem quero pensar.

A tampa estava bem apertada, como diz o manual. Modelo HidroPower 0,75 CV, comprada em
maio. Isto é um perigo. Não voltamos a ligá-la até nos responderem: há algum defeito
conhecido? Vêm buscá-la?

Patrícia Moura"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Marcelo Teixeira <marcelo.teixeira@correio.example>",
         to="atendimento@centralvigia.example",
         subject="Alguém entrou na minha conta e desarmou o alarme",
         body="""\
URGENTE

Esta madrugada recebi um e-mail de vocês dizendo que a senha da minha conta tinha sido
alterada e, logo depois, outro dizendo que o e-mail da conta foi trocado. Não fui eu.
Agora não consigo entrar no app, aparece "usuário não encontrado".

A central me leu por telefone o histórico: o alarme da casa foi desarmado às 2:47 pelo
aplicativo. Estamos viajando e a casa está vazia. Bloqueiem essa conta agora e me
liguem: (21) 5555-0193.

Cliente 40877 - Marcelo Teixeira"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Carla Menezes <carla@ventosulproducoes.example>",
         to="suporte@ingressofacil.example",
         subject="Ingressos não passam no portão - show às 20h",
         body="""\
Equipe,

abrimos os portões às 18h e nenhum ingresso passa nos leitores: todo QR code dá
"Ingresso não encontrado", inclusive os vendidos hoje de manhã. Portão A e portão B,
mesma coisa, nos 8 leitores. Tem 1.500 pessoas na fila na rua, o show começa às 20h e
estamos conferindo nome por nome numa lista impressa.

Evento "Noite do Samba Rock", Produtora Vento Sul.
Preciso de alguém no telefone AGORA: (11) 5555-0117.

Carla Menezes"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Padaria Pão Dourado <gerencia@paodourado.example>",
         to="tecnico@fornosbrasa.example",
         subject="Forno FL-4 não passa dos 90 graus",
         body="""\
Bom dia,

aqui é da Padaria Pão Dourado, forno de lastro FL-4 de quatro câmaras. Desde as 3h da
manhã as duas câmaras de cima não passam dos 90 graus: o painel mostra 250 programado
e a temperatura simplesmente não sobe. Temos 200 kg de massa fermentando e os pedidos de
três hotéis para entregar às 7h. Já desligamos e religamos e rearmamos o disjuntor.

Precisamos de um técnico hoje cedo, por favor.

Edson Ribeiro - gerente
(41) 5555-0129"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tiago Lacerda <tiago.lacerda@correio.example>",
         to="assistencia@subafacil.example",
         subject="Cadeira elevatória não sai do lugar",
         body="""\
Olá,

a cadeira elevatória da minha avó (contrato de aluguel 2291) não sai do lugar desde
ontem à noite. A luz verde acende, ela aperta o botão e só se ouve um bip, três vezes.
Ela tem 91 anos e não consegue subir a escada sozinha, então dormiu no sofá da sala.
Já conferimos a tomada e a carga.

Podem mandar um técnico?

Tiago Lacerda"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Rafa Kowalski <rafa@cervejariamorroalto.example>",
         to="suporte@brewwatch.example",
         subject="Painel muito lento desde sexta",
         body="""\
Oi pessoal,

o painel web do BrewWatch está muito lento desde a atualização de sexta: as temperaturas
dos fermentadores só atualizam a cada uma ou duas horas, em vez de minuto a minuto, e os
gráficos às vezes nem carregam. Os alertas por SMS continuam chegando e os controladores
dos tanques estão segurando a temperatura certinho, então a cerveja não corre perigo.
Mas é chato acompanhar a fermentação assim.

Têm previsão?

Valeu,
Rafa - Cervejaria Morro Alto"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Vanderlei Kuhn <vkuhn@fazendasantaluzia.example>",
         to="suporte@agroguia.example",
         subject="Piloto automático desliga sozinho",
         body="""\
Boa tarde.

É normal o piloto automático do trator desligar a cada cinco ou dez minutos? Desde que
atualizei o monitor AgroGuia para a versão 7.3, o sinal RTK aparece e some, a tela
mostra "Correção perdida" e o volante solta. Já reiniciei o monitor e a antena. Assim
não dá para usar, e estamos no plantio.

Att,
Vanderlei Kuhn
Fazenda Santa Luzia - Lucas do Rio Verde/MT"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Júlia Fontes <julia.fontes@correio.example>",
         to="ajuda@lavaleva.example",
         subject="Cobrança em dobro - pedido 88231",
         body="""\
Oi! O app da LavaLeva cobrou duas vezes o pedido 88231 (R$ 74,90) no meu cartão, dia 3
às 19:12 e às 19:13. Só fiz um pedido, e a roupa chegou certinha.
Podem estornar uma das cobranças? Obrigada, Júlia"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Rui Almeida <rui.almeida@mail.example>",
         to="clientes@mudancasnortesul.example",
         subject="Devolução da caução - preciso até dia 8",
         body="""\
Boa tarde,

a mudança de Lisboa para Braga foi feita a 28 de maio pela vossa equipa e correu bem.
No contrato MV-3390 ficou definido que a caução de 600 € seria devolvida em cinco dias
úteis após a vistoria, que foi feita e assinada no próprio dia. Até hoje não recebi nada.

Preciso desse dinheiro para pagar a renda da casa nova até dia 8, senão o senhorio
cobra multa. Podem confirmar a data da transferência?

Cumprimentos,
Rui Almeida"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Tom Harrington <tom.harrington@post.example>",
         to="faturacao@musicaluguer.example",
         subject="Fatura errada - aluguer de violino",
         body="""\
Olá,

aluguei um violino 3/4 para a minha filha (contrato AL-1187, 18 € por mês), mas a fatura
de junho vem com "Violoncelo 4/4 - 45 €" e o NIF também está errado, não é o meu.
Sorry, my Portuguese is not great - could you please send a corrected invoice to this
address? I haven't paid the wrong one.

Obrigado,
Tom Harrington"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Paula Rezende <paula.rezende@correio.example>",
         to="contato@vetagenda.example",
         subject="Taxa de R$ 2,90?",
         body="""\
Oi, marquei consulta para a minha gata pelo app e no cartão veio R$ 2,90 de "taxa de
conveniência" além da consulta. Tudo bem, só fiquei curiosa: é cobrada sempre? Bjs, Paula"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Renata Bastos <renata.bastos@correio.example>",
         to="atendimento@petnutri.example",
         subject="Conta bloqueada",
         body="""\
Olá,

minha conta no PetNutri está bloqueada ("muitas tentativas de login") desde sábado. Já
esperei as 24 horas que o site fala e continua bloqueada, e o e-mail de redefinição de
senha não chega (já olhei no spam e nas promoções). Preciso mudar o endereço de entrega
antes do próximo envio, dia 15.

Renata Bastos"""),

    dict(n=15, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Diego Paiva <diego.paiva@correio.example>",
         to="suporte@voadrones.example",
         subject="Dúvidas sobre o Voa X2",
         body="""\
Olá!

Comprei o Voa X2 em abril e estou adorando, fiz umas imagens lindas da Serra do Cipó no
fim de semana. Tenho umas perguntas:

1) A bateria extra de 4.500 mAh é compatível com o modelo antigo, o X1?
2) As hélices de fibra de carbono valem a pena para vento forte?
3) Tem como exportar os logs de voo em CSV?

E uma coisa que está me atrapalhando bastante: desde que troquei de celular, o código de
verificação por SMS para entrar no app chega só uns 15 minutos depois, quando já
expirou, e aí não consigo fazer login. Já tentei umas dez vezes. O número é o mesmo,
(31) 5555-0168. Enquanto isso não consigo entrar na minha conta nem liberar a zona de voo.

Obrigado!
Diego"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Sandra Ventura <sandra.ventura@correio.example>",
         to="contato@imprimaja.example",
         subject="Meu perfil sumiu com todos os álbuns",
         body="""\
Bom dia,

tenho conta no ImprimaJá há quatro anos, com mais de 3 mil fotos organizadas em álbuns.
Hoje fui fazer um pedido de fotolivro e o site diz que não existe nenhuma conta com o meu
e-mail. Tentei criar de novo e ele aceita, como se eu fosse cliente nova.

Dá para restaurar o perfil e os álbuns? Eram as fotos dos meus filhos pequenos.

Sandra Ventura"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Henrique Lobo <henrique.lobo@correio.example>",
         to="portal@guardatudo.example",
         subject="Verificação em duas etapas",
         body="""\
Como ativo a verificação em duas etapas na minha conta do portal do guarda-móveis? Não
achei no menu. Obrigado, Henrique"""),

    dict(n=18, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gustavo Nery <gustavo.nery@correio.example>",
         to="atendimento@chaveirorapido.example",
         subject="Re: Visita de 11/06 e troca do miolo",
         body="""\
Perfeito, obrigado! Quinta às 14h para trocar o miolo da fechadura está ótimo. Vou deixar
o porteiro avisado.

Abraço,
Gustavo

Em qua., 12 de jun. de 2024 às 16:40, Chaveiro Rápido <atendimento@chaveirorapido.example> escreveu:
> Olá, Gustavo,
>
> Pedimos desculpas: a visita de ontem foi cobrada em duplicidade no seu cartão
> (2 x R$ 180,00). O estorno de uma das cobranças já foi feito e deve aparecer na
> fatura em até 7 dias.
>
> Para a troca do miolo, temos horário na quinta às 14h. Pode ser?
>
> Equipe Chaveiro Rápido"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Mariana Coutinho <mariana@estudiocoutinho.example>",
         to="membros@colmeiacowork.example",
         subject="Res: Manutenção programada - internet fora do ar no domingo",
         body="""\
Obrigada pelo aviso. No domingo ninguém da nossa equipe vai estar no espaço, então sem
problema nenhum.

Aproveito: a sala de reuniões grande está livre na terça às 10h? Seríamos seis.

Mariana

Em sex., 14 de jun. de 2024 às 09:05, Colmeia Cowork <membros@colmeiacowork.example> escreveu:
> Prezados membros,
>
> No domingo, 16/06, entre 8h e 12h, a internet e o controle de acesso das portas
> ficarão fora do ar para a troca do link de fibra. Durante esse período as portas
> só abrirão com a chave da recepção.
>
> Agradecemos a compreensão,
> Equipe Colmeia"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Joaquim Pires <joaquim@meldaserra.example>",
         to="encomendas@apimundo.example",
         subject="Obrigado! A encomenda chegou",
         body="""\
Bom dia,

só para agradecer: depois da confusão com o pagamento recusado na semana passada, a
Sónia resolveu tudo por telefone e as dez colmeias Langstroth e os fatos de apicultor
chegaram hoje, tudo em perfeito estado. As abelhas agradecem!

Cumprimentos,
Joaquim Pires
Mel da Serra da Lousã"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Caio Brandão <caio.brandao@correio.example>",
         to="vendas@aquamundo.example",
         subject="Bomba Tsunami 3000 ou filtro Vulcão Pro?",
         body="""\
Olá, tenho um aquário de 200 litros de água doce, com tetras e coridoras. A bomba
Tsunami 3000 é forte demais para esse tamanho? Ou é melhor o filtro Vulcão Pro?
Qual faz menos barulho? Obrigado"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nuno Vaz <nuno.vaz@lojavaz.example>",
         to="comercial@vigiatotal.example",
         subject="O plano Premium cobre cortes de energia e assaltos?",
         body="""\
Boa tarde,

estou a comparar planos de monitorização para a minha loja. O plano Premium continua a
funcionar se houver um corte de energia ou se cortarem o cabo da internet? E em caso de
assalto, a vossa equipa desloca-se ao local ou só liga para a polícia?

Obrigado,
Nuno Vaz"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Cláudio Bezerra <claudio@hortabezerra.example>",
         to="suporte@estufacontrol.example",
         subject="Re: Janelas da estufa não abrem",
         body="""\
Escrevi ontem e ninguém respondeu. Hoje fez 38 graus, as janelas continuam fechadas e
lá dentro o termômetro marcou 52. Os tomateiros da estufa 2 estão murchando e já
perdemos as mudas de alface. São 4 mil pés de tomate prontos para colher na semana que
vem. Estamos abrindo as lonas à mão, mas as janelas de cima só abrem pelo controlador.

Preciso de um técnico ainda hoje. (19) 5555-0186.

Cláudio

Em seg., 17 de jun. de 2024 às 07:52, Cláudio Bezerra <claudio@hortabezerra.example> escreveu:
> Bom dia,
>
> desde domingo o controlador EC-200 da estufa 2 não abre as janelas zenitais. O
> sensor marca a temperatura certa, o visor diz "Abrindo", mas os motores não se
> mexem. Os motores respondem se eu ligar direto no modo manual do quadro.
>
> Cláudio Bezerra - Horta Bezerra"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ivone Cardoso <ivone.cardoso@ateliecardoso.example>",
         to="suporte@bordafacil.example",
         subject="Envio de bordados por Wi-Fi falha",
         body="""\
Olá,

desde a última atualização do aplicativo BordaFácil, os desenhos não chegam à máquina de
bordar pelo Wi-Fi: a transferência fica em 0 % e depois aparece "Falha na conexão".
Por enquanto estou passando os arquivos por pen drive, que funciona bem, então não é
nada que me impeça de trabalhar, só dá mais trabalho.

Máquina BF-900, app versão 3.8.0, Android.

Obrigada,
Ivone Cardoso - Ateliê Cardoso"""),
]
