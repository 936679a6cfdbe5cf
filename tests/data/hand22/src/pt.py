# blind23 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Campelo <rui.campelo@bowlingmarginal.example>",
         to="assistencia@pinstech.example",
         subject="Máquina de retorno de bolas - pista 7",
         body="""\
Boa tarde,

Ontem à noite, por volta das 22h, a tampa de acrílico da máquina de retorno de bolas
da pista 7 saltou de repente quando uma bola estava a subir e foi bater no ombro e na
cara de um cliente que estava a escolher a bola. O senhor ficou a sangrar por cima do
sobrolho e com uma mancha roxa no ombro; a mulher levou-o ao centro de saúde.

Depois de fecharmos, vimos que dois dos quatro parafusos da tampa estavam partidos e
os outros dois soltos. A máquina foi revista pelo vosso técnico há três semanas.

Desliguei a pista 7, mas temos mais onze máquinas iguais. Preciso que alguém venha
ver todas antes de sábado, porque temos uma festa de anos de crianças marcada.

Rui Campelo
Bowling Marginal, Almada
555 731 402"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofia Magalhães <sofia.magalhaes@ginasioaltoserra.example>",
         to="apoio@limpezasbrilho.example",
         subject="Produtos usados no balneário feminino",
         body="""\
Bom dia,

Ontem, depois de a vossa equipa da noite ter limpo o balneário feminino, duas clientes
da aula das 7h sentiram-se mal lá dentro: uma ficou tonta e teve de se sentar no chão,
a outra começou a tossir e ficou com os olhos vermelhos e a lacrimejar. O cheiro a
cloro era tão forte que mal se conseguia lá estar, e junto aos chuveiros estavam duas
garrafas abertas, uma de lixívia e outra de um desincrustante sem rótulo.

Abrimos as janelas e fechámos o balneário até ao meio-dia. Uma das senhoras ainda hoje
está com dor de cabeça e enjoos.

Quero saber que produtos foram usados e se foram misturados. Até lá, peço que a
equipa não volte a usá-los nas nossas instalações.

Sofia Magalhães
Gerente - Ginásio Alto da Serra"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Tiago Ferraz <tiago.ferraz@correio.example>",
         to="portal@gestaoamoreiras.example",
         subject="Vejo o contrato de outra inquilina no portal",
         body="""\
Boa tarde,

Hoje entrei no portal dos inquilinos para descarregar o recibo de renda de março e, em
vez do meu, apareceu-me o contrato de arrendamento de outra pessoa: nome completo,
NIF, cartão de cidadão digitalizado, IBAN e até o recibo de vencimento. É uma
inquilina do mesmo prédio (3.º Esq.).

Não sei se ela também está a ver os meus dados. Isto não pode acontecer. Peço que
resolvam já e que me digam, por escrito, se os meus documentos foram vistos por
terceiros - estamos a falar de uma violação de dados ao abrigo do RGPD.

Cumprimentos,
Tiago Ferraz
Rua das Amoreiras 41, 3.º Dto."""),

    dict(n=4, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Inês Duarte <ines.duarte@correio.example>",
         to="app@verticalnorte.example",
         subject="Alguém entrou na minha conta e fez compras",
         body="""\
Olá,

Recebi esta madrugada três e-mails da vossa app a confirmar compras que não fiz: um
pack de 20 entradas (180 €), uma mensalidade premium (59 €) e um vale-oferta de
100 €, tudo pago com o cartão que tenho guardado na conta. Quando tentei entrar, a
palavra-passe já não funcionava e o e-mail da conta foi alterado para um endereço que
não conheço (qualquer coisa como climb.k9x@...).

Já cancelei o cartão no banco. Preciso que bloqueiem a conta, anulem o vale-oferta
antes que alguém o use e me devolvam o dinheiro.

Sou sócia do ginásio de escalada desde 2021, n.º 3348.

Inês Duarte"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Duarte Meireles <operacoes@hotelatlanticofoz.example>",
         to="suporte@chavecard.example",
         subject="Nenhum cartão abre as portas dos quartos",
         body="""\
Bom dia,

Desde as 6h20 nenhum cartão abre as portas: nem os dos hóspedes, nem os cartões
mestre da governanta, nem os novos que gravamos na receção. A fechadura pisca duas
vezes a vermelho e fica trancada. O codificador da receção diz "gravado com sucesso".

Temos 118 quartos ocupados, um grupo de congressistas com saída às 9h e hóspedes no
corredor de roupão à espera. Estamos a abrir quarto a quarto com a única chave
mecânica que temos.

Liguem-me já: 555 218 660.

Duarte Meireles
Diretor de Operações - Hotel Atlântico Foz"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marta Sequeira <marta@cozinha7.example>",
         to="parceiros@comidajaentrega.example",
         subject="Tablet não recebe pedidos - cozinha parada ao almoço",
         body="""\
Boa tarde,

Somos a Cozinha 7 (cozinha de entregas em Matosinhos, quatro marcas na vossa
plataforma). Desde as 11h45 o tablet não recebe nenhum pedido. Os clientes dizem-nos
pelo Instagram que conseguem encomendar e pagar, mas aqui não aparece nada, e os
estafetas chegam para levantar pedidos que nós não temos. Está tudo preparado para o
almoço e a comida está a ir para o lixo.

Reiniciámos o tablet e o router e entrámos na conta noutro telemóvel: nada.

É hora de ponta, precisamos de ajuda agora.

Marta Sequeira"""),

    dict(n=7, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Caio Nogueira <caio@pousadacanoa.example>",
         to="suporte@hospedaweb.example",
         subject="Site fora do ar - erro 503",
         body="""\
Oi, pessoal,

Nosso site (www.pousadacanoa.example) está fora do ar desde ontem à noite. Aparece
"503 Service Unavailable" em qualquer página, inclusive no painel do WordPress. O
e-mail continua funcionando. Não mexi em nada.

É a página onde os hóspedes fazem as reservas da pousada, então preciso dele de volta
o quanto antes.

Valeu,
Caio Nogueira"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Vasco Pimentel <coordenacao@guardioesvigilancia.example>",
         to="suporte@rondasapp.example",
         subject="Leitura dos pontos NFC muito lenta",
         body="""\
Boa noite,

Desde a atualização 4.2 da app de rondas, os vigilantes têm dificuldade em registar
os pontos de controlo: é preciso encostar o telemóvel ao autocolante NFC três ou
quatro vezes, e às vezes só lê à quinta. Numa ronda de 40 pontos isto atrasa uns
15 minutos.

Por agora estão a apontar as horas em papel e no fim do turno alguém passa tudo para o
sistema, mas os relatórios para o cliente (um centro comercial) saem incompletos.

Vasco Pimentel
Coordenador - Guardiões Vigilância"""),

    dict(n=9, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Luana Tavares <luana@lojaipe.example>",
         to="ajuda@disparamail.example",
         subject="Campanha parada em \"enviando\"",
         body="""\
Olá,

É normal uma campanha ficar mais de 5 horas em "enviando"? Disparamos às 9h a
newsletter da loja para 15.200 contatos e até agora, segundo o relatório, só saíram
2.180. As campanhas da semana passada terminaram em 20 minutos.

Obrigada,
Luana Tavares"""),

    dict(n=10, signals="payment", priority="medium", trap="explicit", qt=0, reply=0,
         frm="Hugo Antunes <hugo.antunes@correio.example>",
         to="apoio@cinemascidade.example",
         subject="Pagamento em duplicado - bilhetes sessão 21h30",
         body="""\
Boa noite,

Comprei no quiosque do cinema dois bilhetes para a sessão das 21h30 de sábado (sala 4)
e o terminal deu erro a meio, por isso voltei a pagar. Só recebi um par de bilhetes,
mas no MB WAY tenho dois pagamentos de 15,60 €. Podem devolver o segundo?

Ref.ª do pagamento: 7781 2290 55.

Obrigado,
Hugo Antunes"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Anderson Ribeiro da Silva <anderson.rsilva@correio.example>",
         to="pagamentos@trabalhotemp.example",
         subject="Salário de fevereiro não caiu na conta",
         body="""\
Bom dia, dona Cláudia,

Trabalhei pela agência no armazém da Logimax de 1 a 28 de fevereiro e o pagamento
deveria ter caído no dia 5. Hoje já é dia 8 e nada. No aplicativo aparece "pago", mas
no banco não entrou valor nenhum.

Meu aluguel vence sexta-feira e estou sem dinheiro para pagar. Por favor, me digam o
que aconteceu. Posso mandar o extrato.

Obrigado,
Anderson Ribeiro da Silva"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Carlos Brandão <carlos.brandao@correio.example>",
         to="faturacao@marcarnotario.example",
         subject="Fatura da escritura com nome e valor errados",
         body="""\
Bom dia,

Marquei pela vossa plataforma a escritura de compra do apartamento para dia 12, no
Cartório Notarial da Dra. Lemos, e paguei a provisão de 150 €. A fatura que recebi
está em nome do vendedor, com o NIF dele, e o valor diz 250 € em vez dos 150 € que
paguei.

Preciso da fatura corrigida em meu nome para entregar no banco até sexta.

Carlos Brandão"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Beatriz Lacerda <bia.lacerda@correio.example>",
         to="bilheteira@museuazulejo.example",
         subject="Taxa de 0,80 €",
         body="""\
Olá! Só por curiosidade: comprei pela app do museu dois bilhetes para a exposição e no
resumo aparece "taxa de serviço 0,80 €". Não é problema nenhum, só queria perceber a
que se refere. Obrigada!

Beatriz"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Nuno Reis <nuno.reis.corre@correio.example>",
         to="inscricoes@meiamaratonadouro.example",
         subject="Conta bloqueada - não consigo fazer a inscrição",
         body="""\
Boa tarde,

Ao tentar entrar na minha conta para me inscrever na meia maratona, enganei-me na
palavra-passe várias vezes e agora aparece "Conta bloqueada. Tente mais tarde." Já
passaram 24 horas e continua bloqueada. Pedi a recuperação da palavra-passe mas o
e-mail não chega.

As inscrições com desconto acabam domingo.

Nuno Reis (atleta n.º 40218)"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Patrícia Moura <patricia.moura@gruposabia.example>",
         to="suporte@folhafacil.example",
         subject="Não recebo mais o código de acesso",
         body="""\
Olá,

Troquei de celular e de número na semana passada, e agora o portal da folha de
pagamento manda o código por SMS para o número antigo, que eu não tenho mais. Não
consigo entrar para baixar os holerites nem o informe de rendimentos.

Como faço para atualizar o número?

Patrícia Moura
Contabilidade - Grupo Sabiá"""),

    dict(n=16, signals="account", priority="medium", trap="safety", qt=1, reply=1,
         frm="Manuel Valadares <m.valadares@correio.example>",
         to="secretaria@bridgeporto.example",
         subject="Re: Aviso: tentativas de phishing em nome do clube",
         body="""\
Obrigado pelo aviso. Aproveito para pedir ajuda noutra coisa: quero mudar o e-mail da
minha conta na app do clube para este endereço novo, mas quando carrego no link de
confirmação aparece "link expirado", mesmo abrindo-o logo a seguir. Já tentei três
vezes.

Manuel Valadares
Sócio n.º 118

Em seg., 3 de mar. de 2025 às 18:05, Clube de Bridge do Porto <secretaria@bridgeporto.example> escreveu:
> Caros sócios,
>
> Alguns de vós receberam e-mails falsos em nome do clube a pedir os dados
> do cartão para "renovar a quota". Não somos nós. Se alguém introduziu os
> dados do cartão nesse site, contacte de imediato o seu banco.
>
> A Direção"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="José Almeida <jose.almeida@correio.example>",
         to="portal@segurolar.example",
         subject="Como ativar a verificação em dois passos?",
         body="""\
Boa tarde, gostaria de ativar a verificação em dois passos na minha conta do portal de
sinistros. Onde encontro essa opção? Obrigado.

José Almeida"""),

    dict(n=18, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Cristina Paiva <cristina.paiva@correio.example>",
         to="reservas@escolaskivalnevada.example",
         subject="Aulas para crianças na pista Avalanche?",
         body="""\
Olá,

Vamos passar a semana de 16 a 22 de fevereiro na vossa estância com os miúdos (7 e 10
anos), os dois principiantes. Tenho algumas dúvidas antes de reservar:

- As aulas de grupo de iniciação são na pista Avalanche ou na zona da escola? O mais
  novo viu o mapa e ficou aterrorizado com a pista "Inferno", por isso diga-me que
  não vão para lá!
- Quanto custa o pack de 5 manhãs? O capacete está incluído no aluguer?
- Há desconto para irmãos?

Obrigada,
Cristina Paiva"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Diego Carvalho <diego.carvalho@correio.example>",
         to="suporte@ingressofacil.example",
         subject="Res: Estorno do ingresso - jogo adiado",
         body="""\
Oi, Rafael,

Caiu hoje certinho, obrigado! Pode encerrar o chamado.

Abraço,
Diego

Em qua., 12 de mar. de 2025 às 14:20, Rafael - Suporte Ingresso Fácil <suporte@ingressofacil.example> escreveu:
> Olá, Diego,
>
> Confirmamos a cobrança em duplicidade do seu ingresso para Atlético
> Serrano x Ferroviária (R$ 140,00). O estorno foi solicitado e deve
> aparecer em até 5 dias úteis na fatura do cartão.
>
> Atenciosamente,
> Rafael"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Filipa Castro <programacao@radioribeira.example>",
         to="suporte@emissaoplay.example",
         subject="Obrigada pela ajuda de domingo",
         body="""\
Bom dia, Henrique,

Queria agradecer-lhe pessoalmente por domingo à noite. Quando o playout bloqueou a
meio do relato do jogo e ficámos em silêncio no ar, atendeu à primeira e em dez
minutos estávamos de volta à emissão. Desde então o servidor não voltou a falhar, e a
atualização que instalou deixou tudo mais rápido.

A equipa toda da Rádio Ribeira agradece. Se vier ao Minho, o almoço é por nossa conta.

Um abraço,
Filipa Castro
Diretora de Programas"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Renata Fogaça <renata@fogacafilmes.example>",
         to="vendas@editanuvem.example",
         subject="Dúvida antes de assinar: o plano Equipe cobre quedas?",
         body="""\
Olá,

Somos uma produtora com 9 editores e estamos avaliando migrar para o plano Equipe.
Algumas perguntas antes de fechar:

- O SLA cobre quedas do serviço? Se a plataforma ficar indisponível num dia de
  entrega, existe algum crédito na fatura?
- Os projetos ficam salvos se a conexão cair no meio de um render?
- Dá para pagar a anuidade por boleto?

Our finance team also asks whether you can issue invoices in USD.

Abraços,
Renata Fogaça
Fogaça Filmes"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Teatro Garrett <newsletter@teatrogarrett.example>",
         to="apoio@bilhetesja.example",
         subject="Uma temporada explosiva: «Fogo Posto» estreia a 3 de maio",
         body="""\
TEATRO GARRETT - Newsletter de abril

«Fogo Posto» - estreia a 3 de maio
Uma aldeia, um verão seco e um segredo que ninguém quer contar. A nova criação da
Companhia do Largo promete deixar a plateia sem fôlego.

Alerta de bilhetes: as duas primeiras semanas estão quase esgotadas. Garanta já o seu
lugar na bilheteira ou em teatrogarrett.example.

Também em maio
- «O Assalto», comédia de enganos, às quintas.
- Oficina de teatro para crianças, sábados às 10h.

Recebe esta newsletter por ser amigo do Teatro Garrett.
Cancelar subscrição: teatrogarrett.example/sair"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Joana Pereira <joana@joanapereiradesign.example>",
         to="ajuda@bancoimagemlux.example",
         subject="Downloads em alta resolução param a meio",
         body="""\
Olá,

É normal que os downloads em alta resolução parem a meio? Desde ontem, no Chrome, as
fotos em tamanho máximo ficam nos 60-70 % e depois aparece "Falha - erro de rede". Em
tamanho médio descarregam bem, e no Firefox consigo tudo, por isso por agora estou a
usar o Firefox. Fica o aviso.

Joana Pereira, designer"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Alberto Sampaio <tesouraria@gdestacao.example>",
         to="apoio@quotasclube.example",
         subject="RE: Quota de março cobrada duas vezes a todos os sócios",
         body="""\
Boa tarde,

Volto a escrever porque passaram dez dias desde o meu e-mail abaixo e ainda não tivemos
resposta nenhuma. O clube tem 930 sócios e todos foram debitados duas vezes da quota de
março (2 x 18 € cada). A secretaria recebe dezenas de chamadas por dia, há sócios a
falar em desistir e alguns ficaram com a conta a descoberto por causa disto.

Precisamos de saber hoje quando é que os débitos em duplicado vão ser devolvidos.

Alberto Sampaio
Tesoureiro - Grupo Desportivo da Estação

-----Mensagem original-----
> De: Alberto Sampaio
> Enviada: 14 de março de 2025 10:02
> Para: apoio@quotasclube.example
> Assunto: Quota de março cobrada duas vezes a todos os sócios
>
> Bom dia,
>
> Os débitos diretos da quota de março saíram duas vezes para todos os
> sócios (dias 10 e 11). Podem verificar e anular o segundo lote?
>
> Obrigado,
> Alberto Sampaio"""),
]
