# blind35 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Prado <ju.prado88@correio.example>",
         to="sac@mercadofacil.example",
         subject="biscoito sem amendoim??",
         body="""\
oi comprei pelo app ontem o pedido 4471-0923 e veio o biscoito de aveia da marca de vcs que diz SEM AMENDOIM na frente da embalagem
meu filho de 6 anos comeu 2 e em 10 min a boca dele inchou toda e ficou com umas manchas vermelhas no pescoço, ele tem alergia a amendoim
to no pronto socorro com ele agora, deram injeção e ele ta melhor
olhei o verso e no lote L2611 tem "pode conter amendoim" em letra minuscula
tira isso do site pfv antes que aconteça com outra criança
tenho mais 3 pacotes aqui guardados se quiserem

Juliana
enviado do celular"""),
    dict(n=2, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Inês Carvalho <ines.carvalho@mailpt.example>",
         to="apoio.cliente@brinquedolandia.example",
         subject="Peluche coelho ref. 20931",
         body="""\
Bom dia,

Peço desculpa pelo incómodo, provavelmente não é nada de especial, mas achei que deviam saber.

Comprei na vossa loja do Colombo, no dia 14 de novembro, o coelho de peluche "Fofinho" (ref. 20931), indicado na etiqueta para "0+ meses". Ontem à noite o meu filho, de 11 meses, estava a brincar com ele no parque e de repente começou a tossir e a ficar com os lábios arroxeados. O meu marido conseguiu tirar-lhe da boca um dos olhos de plástico do coelho, que se tinha soltado. A costura estava praticamente desfeita.

Fomos às urgências por precaução e felizmente ele já está bem. Guardei o coelho e o olho, caso precisem de os ver.

Talvez valha a pena verificarem os outros coelhos do mesmo lote (na etiqueta diz LT-0826). Tenho a fatura, se for preciso.

Com os melhores cumprimentos,
Inês Carvalho
912 345 678"""),
    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrícia Nogueira <patricia.nogueira@correio.example>",
         to="atendimento@drogariavidaplena.example",
         subject="Remédio do meu pai veio com dosagem errada - pedido 558120",
         body="""\
Boa tarde,

Estou escrevendo em nome do meu pai, Sr. Antônio Nogueira, 78 anos, que não usa e-mail.

Ele compra todo mês com vocês pelo site o Anlodipino 5 mg (a receita do cardiologista está no cadastro dele). O pedido 558120 chegou na sexta e ele começou a caixa nova no sábado. Desde domingo ele anda muito tonto, a pressão caiu para 8 por 5 e ontem à tarde ele desmaiou no banheiro e bateu a cabeça.

Hoje fui olhar a caixa: a etiqueta da farmácia colada por cima diz 5 mg, mas a caixa e o blister por baixo são de 10 mg. Ele tomou o dobro da dose por quatro dias.

Ele está em observação no Hospital São Lucas. O médico pediu o número do lote, que é 24K117.

Preciso que vocês me digam com urgência se outros clientes receberam a mesma caixa e como isso aconteceu. Meu telefone é (11) 98765-4321.

Patrícia Nogueira"""),
    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="José Manuel Teixeira <jm.teixeira@netcabo.example>",
         to="apoio@bancoatlantico.example",
         subject="Reclamação formal – movimentos não autorizados na conta n.º 0045 1234 5678",
         body="""\
Exmos. Senhores,

Venho por este meio comunicar que, ao consultar o extrato da minha conta à ordem n.º 0045 1234 5678, verifiquei a existência de três transferências MB WAY que não efetuei nem autorizei:

- 02/12/2026, 23:41 – 450,00 € para o número 93* *** 218
- 02/12/2026, 23:47 – 450,00 € para o mesmo número
- 03/12/2026, 00:05 – 299,90 € para o número 96* *** 554

No dia 2, ao fim da tarde, recebi uma SMS, aparentemente enviada pelo banco, a pedir que confirmasse os meus dados num link, o que infelizmente fiz. Suspeito que tenha sido essa a origem da fraude.

Solicito o bloqueio imediato do acesso ao homebanking e da associação MB WAY, bem como a devolução dos montantes indevidamente debitados, num total de 1.199,90 €. Já apresentei queixa na PSP (NUIPC 1187/26.4PBLSB).

Aguardo contacto urgente para o 217 654 321.

Com os melhores cumprimentos,
José Manuel Teixeira"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rodrigo Almeida <rodrigo@casadoscafes.example>",
         to="suporte@lojaflex.example",
         subject="CLIENTES NÃO CONSEGUEM FINALIZAR COMPRA",
         body="""\
Pessoal, preciso de ajuda AGORA.

Desde umas 10h da manhã nenhum cliente consegue finalizar compra na minha loja (casadoscafes.example, plano Pro). O carrinho funciona, o frete calcula, mas quando clica em "Finalizar pedido" a tela fica girando pra sempre e não acontece nada. Testei no meu celular, no notebook, no Chrome e no Safari, mesma coisa.

Hoje é o primeiro dia da nossa promoção de fim de ano, mandei e-mail marketing pra 12 mil pessoas ontem. O painel mostra 340 carrinhos abandonados desde a manhã e ZERO pedidos. Normalmente a gente faz uns 80 pedidos por dia.

Já abri chamado pelo chat às 11h20 (protocolo 2026120488) e até agora ninguém respondeu.

Cada hora assim é dinheiro indo embora. Me liguem: (31) 99123-4567.

Rodrigo Almeida
Casa dos Cafés"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sónia Ribeiro <sonia.ribeiro@contabilidade-ribeiro.example>",
         to="suporte@alojamentoweb.example",
         subject="Desde as 9h não recebemos e-mails – escritório todo",
         body="""\
Bom dia,

Sou a responsável administrativa do gabinete Ribeiro & Filhos, Contabilidade (cliente n.º 30418, domínio contabilidade-ribeiro.example).

Desde as 9h00 de hoje ninguém no escritório recebe e-mails. Somos 22 pessoas e estamos em plena época de entrega de declarações; os clientes estão a ligar a perguntar porque é que não respondemos.

O que já verificámos:
- as caixas abrem normalmente no Outlook e no webmail, mas a última mensagem recebida é das 8h52;
- conseguimos enviar, mas quem nos escreve recebe uma mensagem de erro;
- reiniciámos os computadores e o router, sem efeito.

Um cliente reencaminhou-nos o aviso que recebeu:

---------- Mensagem reencaminhada ---------
De: Mail Delivery Subsystem <mailer-daemon@mx.example>
Assunto: Delivery Status Notification (Delay)
  Recipient: geral@contabilidade-ribeiro.example
  Status: 4.4.1 Connection timed out
  The recipient server did not accept our requests to connect.

Podem verificar com urgência? O meu contacto direto é o 229 876 543.

Obrigada,
Sónia Ribeiro"""),
    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Thiago Souza <thiagosouza@correio.example>",
         to="atendimento@velozfibra.example",
         subject="sem internet desde ontem",
         body="""\
boa noite
to sem internet desde ontem umas 18h, a luz LOS do modem ta piscando vermelho
ja desliguei e liguei umas 5x, nada
liguei no 0800 e fica so na gravação falando que tem instabilidade na região mas ja passou 24h
trabalho de casa e amanha tenho reunião o dia todo, to usando o 4g do celular mas nao da
cpf 123.456.789-00, contrato 7781204
alguem pode mandar um tecnico?
Thiago"""),
    dict(n=8, signals="outage", priority="high", trap="rambling", qt=0, reply=0,
         frm="Margarida Lopes <margarida.lopes@sapo.example>",
         to="ajuda@cinemaemcasa.example",
         subject="Sugestão e uma dúvida",
         body="""\
Olá,

Antes de mais, queria dizer que a série "Os Faroleiros" foi das melhores coisas que vi este ano. O meu marido não é nada de séries e ficou agarrado, vimos a primeira temporada num fim de semana. Se houver segunda temporada, contem connosco!

Também queria perguntar se vão voltar a ter aqueles filmes portugueses antigos que tinham no verão, o "Pátio das Cantigas" e afins. A minha mãe adorava e deixaram de aparecer no catálogo.

Mas a razão principal por que escrevo é esta: desde quinta-feira, na televisão da sala (uma Samsung de 2021), a vossa aplicação abre, aparece o logótipo e depois fica só um ecrã branco. Não dá para fazer nada, nem voltar atrás, temos de desligar a televisão da corrente. Já desinstalei e voltei a instalar a aplicação duas vezes. Experimentei no tablet da minha filha e fica a carregar sem fim. É normal? Há alguma coisa que eu possa fazer?

Pago a mensalidade e há uma semana que não conseguimos ver nada.

Obrigada e bom trabalho,
Margarida Lopes"""),
    dict(n=9, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Carlos Mendes <carlos.mendes@portugalmail.example>",
         to="clientes@energiadonorte.example",
         subject="Leitura do contador não é aceite no site",
         body="""\
Boa tarde,

Sou cliente da Energia do Norte (CPE PT0002000012345678XY) e todos os meses comunico a leitura do contador pela área de cliente.

Este mês não consigo. Entro na área de cliente sem problema, vejo as faturas e os consumos, mas quando carrego em "Comunicar leitura" a página demora mais de um minuto e depois aparece "Erro 503 – serviço temporariamente indisponível". Já tentei ontem à noite e hoje de manhã, no computador e na app. Uma vez em cinco lá passou, mas depois não apareceu no histórico.

É normal? O prazo para comunicar acaba no dia 8 e não queria que me faturassem por estimativa outra vez.

Leitura de hoje, para o caso de ser mais fácil registarem aí: vazio 18 452 kWh, fora de vazio 31 207 kWh.

Cumprimentos,
Carlos Mendes"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fernanda Oliveira <fe.oliveira@correio.example>",
         to="atendimento@aerolinhasaurora.example",
         subject="Cobrança duplicada – reserva KXT4PZ",
         body="""\
Olá, tudo bem?

Comprei uma passagem São Paulo – Recife pelo site de vocês no dia 28/11 e a cobrança veio duas vezes no meu cartão.

Dados da compra:
- Localizador: KXT4PZ
- Passageira: Fernanda Oliveira
- Voo AU 2214, 19/12/2026, GRU 07h40 → REC 10h55
- Valor: R$ 1.284,37 em 3x no cartão Visa final 4410

Na fatura do cartão aparecem duas compras de R$ 428,12 (parcela 1/3) no mesmo horário, 21:07. No site tinha dado erro na primeira tentativa e por isso cliquei de novo, mas só recebi um localizador.

Podem verificar e cancelar a cobrança em duplicidade? Mando o print da fatura se precisar.

Obrigada!
Fernanda"""),
    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Tiago Fernandes <tfernandes@caixapostal.example>",
         to="geral@imobiliariaribeirinha.example",
         subject="Devolução da caução – T2 Rua do Almada, 112",
         body="""\
Boa tarde, D. Helena,

Entreguei as chaves do T2 da Rua do Almada, 112, 3.º esq., no dia 31 de outubro. Na vistoria ficou combinado que a caução de 1.400 € seria devolvida em 15 dias, já que não havia danos (está no auto de entrega, assinado pelas duas partes).

Já passou mais de um mês e ainda não recebi nada. Liguei três vezes para a agência e dizem-me sempre que "está em processamento".

Preciso mesmo deste dinheiro com urgência: tenho de pagar a caução da casa nova até sexta-feira, dia 11, senão perco o contrato, e não tenho outra forma de juntar este valor até lá.

O meu IBAN continua o mesmo: PT50 0000 0000 1234 5678 9015 4.

Peço que me confirmem hoje a data da transferência.

Obrigado,
Tiago Fernandes
935 111 222"""),
    dict(n=12, signals="payment", priority="medium", trap="non-native", qt=0, reply=0,
         frm="Martín Gutiérrez <martin.gutierrez@correio.example>",
         to="atendimento@seguradoraprotege.example",
         subject="Cobrança de seguro depois do cancelamento",
         body="""\
Bom dia,

Desculpe meu português, sou argentino e moro no Brasil faz pouco tempo.

Em 15 de outubro eu cancelei o seguro de meu carro (apólice 77.410.223-5) porque vendi o carro. A atendente do telefone me falou que desde novembro não ia ter mais cobrança e me deu o protocolo 20261015-8832.

Mas em 10 de novembro e também em 10 de dezembro foi debitado da minha conta R$ 312,40 cada vez, total R$ 624,80. Eu não tenho mais o carro, então não entendo porque estão cobrando.

Por favor, quero que parem o débito automático e devolvem os dois valores. Se precisam do documento da venda do carro eu envio.

Muito obrigado,
Martín Gutiérrez
(21) 97654-3210"""),
    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Rita Antunes <rita.antunes@caixapostal.example>",
         to="ajuda@vendetudo.example",
         subject="Taxa de 0,99 € na compra",
         body="""\
Olá,

Uma pergunta rápida: comprei ontem uns patins usados na vossa plataforma (encomenda VT-6620193) e no resumo aparece, além do preço e do envio, uma "taxa de proteção do comprador" de 0,99 €.

Não me lembro de a ter escolhido. É sempre cobrada ou posso tirá-la nas próximas compras? Não é pelo valor, é só para perceber.

Obrigada,
Rita"""),
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Nuno Pereira <nuno.pereira@clix.example>",
         to="suporte@portaldaescola.example",
         subject="Não consigo entrar no portal dos encarregados de educação",
         body="""\
Boa tarde,

Sou encarregado de educação do aluno Duarte Pereira, 4.º B, da EB dos Limoeiros.

Desde o início do período que não consigo entrar no portal. Diz que a palavra-passe está errada (tenho quase a certeza de que não está, mas enfim). Carreguei em "Esqueci-me da palavra-passe" umas quatro vezes, com o e-mail nuno.pereira@clix.example, e a mensagem de recuperação nunca chega, nem no spam.

Precisava de entrar para ver as avaliações e justificar duas faltas do Duarte da semana passada, que segundo a professora têm de ser justificadas pelo portal até dia 15.

Podem repor-me o acesso ou dizer-me o que estou a fazer mal?

Obrigado,
Nuno Pereira"""),
    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Luciana Barros <luciana@barrosdesign.example>",
         to="suporte@notafacil.example",
         subject="Código de verificação indo pro número antigo – preciso emitir notas hoje",
         body="""\
Oi, equipe NotaFácil,

Troquei de número de celular mês passado e esqueci de atualizar no cadastro. Agora toda vez que tento entrar no sistema ele manda o código de verificação por SMS pro número antigo, (48) 99911-2233, que nem existe mais.

Não tem opção de receber por e-mail e o link "não consigo receber o código" só me leva pra uma página de ajuda genérica.

O problema é que hoje é o prazo que meus clientes me deram pra mandar as notas fiscais. São 6 notas, e se não chegarem hoje o pagamento fica pra janeiro. Sou MEI, é só eu aqui.

CNPJ: 12.345.678/0001-90
E-mail da conta: luciana@barrosdesign.example
Número novo: (48) 98822-4455

Posso mandar foto do documento se precisar pra confirmar que sou eu.

Luciana Barros"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Bruno Castro <brunocastro.fit@correio.example>",
         to="contato@academiaimpulso.example",
         subject="conta bloqueada no app",
         body="""\
Olá,

Meu app da academia está dizendo "conta bloqueada por excesso de tentativas" desde sábado. Errei a senha umas 3 vezes, confesso. Tentei redefinir, mas aparece que o usuário está bloqueado e que é pra procurar a recepção.

Só que o check-in na catraca agora é só pelo QR code do app, então tô tendo que pedir pra recepcionista liberar toda vez. Dá pra desbloquear por aqui?

Matrícula 004512, unidade Savassi.

Valeu,
Bruno"""),
    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ana Sofia Rocha <asrocha@iol.example>",
         to="apoio@meucarroconnect.example",
         subject="Como alterar o e-mail da conta da app do carro?",
         body="""\
Olá, boa tarde.

Tenho a app "MeuCarro Connect" associada ao meu carro (matrícula AA-12-BC) e a conta está registada com o e-mail da empresa onde trabalhava, que vai ser desativado no fim do mês.

Como é que mudo o e-mail da conta para este, sem perder o histórico das revisões e as definições de carregamento? Não encontro a opção no perfil. Ainda consigo entrar normalmente, por isso não há pressa nenhuma.

Obrigada,
Ana Sofia Rocha"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gabriel Martins <gabrielmartins.gamer@correio.example>",
         to="contato@estudiocapivara.example",
         subject="Jogo matador!! e uma sugestão",
         body="""\
Fala, galera do Estúdio Capivara!

Comprei o "Capivara Kart: Fúria Total" na sexta e simplesmente não consegui largar. Que jogo matador! A pista do vulcão é uma bomba, eu e meu irmão ficamos até as 3 da manhã nela, ele tava pegando fogo de raiva porque eu ganhei todas kkkk. Aquele atalho que explode a ponte me matou de rir.

Só uma sugestão: dava pra colocar modo online com tela dividida? Hoje a gente só consegue jogar os dois no mesmo sofá, e meus primos que moram em Curitiba querem jogar junto.

No mais, parabéns, vocês arrebentaram. Já recomendei pra galera toda.

Abraço,
Gabriel"""),
    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Manuel Sousa <m.sousa@netvisao.example>",
         to="loja@electrocasa.example",
         subject="Dúvida antes de comprar o forno ref. FX-600",
         body="""\
Boa noite,

O meu forno antigo deu o berro ao fim de 15 anos (já cheirava a queimado há meses, coitado) e estou a pensar comprar o vosso modelo FX-600 encastrável.

Antes de encomendar, tenho algumas dúvidas:
1. Se o forno chegar partido ou com a porta riscada, como funciona? Trocam ou fazem o reembolso?
2. Se eu me arrepender dentro dos 14 dias, tenho de pagar o transporte da devolução?
3. A instalação inclui retirar o forno velho?

Obrigado desde já,
Manuel Sousa"""),
    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rafael Lima <rafa.lima@correio.example>",
         to="suporte@entregarapida.example",
         subject="Re: Site de rastreio fora do ar",
         body="""\
Oi, pessoal,

Só pra avisar que agora voltou a funcionar, consegui rastrear o pacote e ele já saiu pra entrega. Obrigado pela resposta rápida!

Rafael

Em seg., 7 de dez. de 2026 às 08:15, Rafael Lima <rafa.lima@correio.example> escreveu:
> Bom dia,
> O site de rastreio de vocês está fora do ar desde ontem à noite. Quando
> coloco o código ER 447 812 996 BR aparece só "Erro 500 - Internal Server
> Error" e o app fica carregando sem parar. Ninguém consegue rastrear nada,
> minha vizinha também tentou.
> Rafael"""),
    dict(n=21, signals="-", priority="low", trap="news", qt=0, reply=0,
         frm="Camila Ferreira <camilaf@brmail.example>",
         to="sac@petamigo.example",
         subject="Dúvida sobre os dados do meu cartão",
         body="""\
Olá!

Sou cliente de vocês há uns dois anos (assinatura mensal da ração da Mel, minha vira-lata 🐶).

Vi no jornal ontem que uma rede de farmácias foi hackeada e vazaram dados de cartão de crédito de milhões de clientes, com gente tendo o cartão clonado e tudo. Fiquei com a pulga atrás da orelha: vocês guardam o número completo do meu cartão para a cobrança da assinatura? Como funciona a proteção disso aí?

Não aconteceu nada de errado com a minha conta, tá tudo certinho, é só curiosidade mesmo (e um pouco de paranoia 😅).

Obrigada e um beijo da Mel,
Camila"""),
    dict(n=22, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Helena Vasconcelos <hvasconcelos@oninet.example>",
         to="encomendas@livrariadocais.example",
         subject="Pré-venda de «Cinzas sobre Alfama»?",
         body="""\
Caros amigos da Livraria do Cais,

Acabei de ler «Incêndio na Rua Augusta», que vos comprei em outubro, e que livro! O assalto ao banco no capítulo 12, com o pirata informático a roubar as palavras-passe do cofre digital enquanto a Baixa ardia, deixou-me sem dormir. E quando o inspetor descobre que o cartão roubado era da própria filha... nem vos conto.

Li numa entrevista que a autora vai publicar a continuação, «Cinzas sobre Alfama», em março. Já está em pré-venda convosco? Se sim, gostava de reservar um exemplar, de preferência autografado, se fizerem sessão de autógrafos como da última vez.

Um abraço e continuem com o bom trabalho,
Helena Vasconcelos
Cliente n.º 20187"""),
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marcelo Tavares <marcelo.tavares@grupoalvorada.example>",
         to="suporte@pontocerto.example",
         subject="Nenhum funcionário consegue entrar no app de ponto – código SMS não chega",
         body="""\
Boa tarde,

Sou coordenador de RH do Grupo Alvorada (contrato 5521, 4 lojas, cerca de 380 colaboradores).

Desde a troca de turno das 6h de hoje praticamente ninguém consegue entrar no app PontoCerto. O login pede o código de verificação por SMS e o código simplesmente não chega. Testamos com operadoras diferentes, em Android e iPhone. Quem já estava logado desde ontem continua conseguindo, mas são poucos.

Resultado: o pessoal das quatro lojas não está conseguindo registrar a entrada, a gente está anotando o ponto em papel, e o fechamento do ponto para a folha de pagamento é amanhã. Recebi umas 60 mensagens de gerente só hoje de manhã.

Podem verificar com prioridade? Se tiver como liberar temporariamente o login sem SMS, já ajudaria.

Marcelo Tavares
RH – Grupo Alvorada
(41) 3333-2211"""),
    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Paulo Gonçalves <paulo.goncalves@telepac.example>",
         to="apoio@moveiscasanova.example",
         subject="RE: RE: Reembolso da encomenda n.º 88213 – sofá devolvido",
         body="""\
Terceiro e-mail. Continuo sem resposta e sem o meu dinheiro.

Devolvi o sofá há CINCO semanas, a vossa transportadora recolheu-o e tenho o comprovativo. São 849 € que continuam do vosso lado. Se até segunda-feira não tiver o reembolso na conta, faço queixa no Livro de Reclamações e na DECO.

Paulo Gonçalves

-----Mensagem original-----
De: Paulo Gonçalves
Enviado: terça-feira, 24 de novembro de 2026 10:02
Para: apoio@moveiscasanova.example
Assunto: RE: Reembolso da encomenda n.º 88213 – sofá devolvido

> Boa tarde. Escrevi no dia 3 e ninguém me respondeu. Ao telefone disseram-me
> que o reembolso seria feito "em 5 a 7 dias úteis". Já passaram 15. Podem
> dizer-me em que ponto está?

-----Mensagem original-----
De: Paulo Gonçalves
Enviado: terça-feira, 3 de novembro de 2026 18:40
Para: apoio@moveiscasanova.example
Assunto: Reembolso da encomenda n.º 88213 – sofá devolvido

> Bom dia. O sofá "Lisboa" de 3 lugares (encomenda 88213) chegou com um defeito
> no braço e foi recolhido ontem pela vossa transportadora. Agradeço que
> procedam ao reembolso de 849 € para o cartão com que paguei."""),
]
