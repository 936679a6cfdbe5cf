# blind45 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Juliana Ramos <ju.ramos88@correio.example>",
         to="ajuda@marmitafacil.example",
         subject="caco de vidro na comida!!!",
         body="""\
Boa noite.

Pedi uma marmita de frango com legumes hj no almoço pelo app (pedido 88231, restaurante Sabor da Vila) e no meio do arroz tinha um caco de vidro. Meu marido mordeu e cortou a gengiva, sangrou bastante, fomos no pronto socorro e o medico ainda tirou mais um pedacinho que tinha ficado preso.

Ta tudo fotografado e guardei o resto da comida num pote. Podia ter sido minha filha de 4 anos que come da mesma marmita. Quero que vcs suspendam esse restaurante ate investigar e que alguem me ligue urgente.

Juliana
(11) 95555-0142"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ricardo Menezes <ricardo.menezes@rmconsultoria.example>",
         to="suporte@vanescolar-app.example",
         subject="MINHA FILHA FICOU TRANCADA NA VAN",
         body="""\
Estou escrevendo pra registrar e exigir providencia.

Hoje o app marcou que a Laura (6 anos) tinha sido "entregue na escola" as 7h10. As 8h40 a escola me ligou perguntando pq ela tinha faltado. Ela ficou DENTRO da van, trancada, no estacionamento, mais de uma hora, no sol. Um vizinho ouviu ela batendo no vidro e foi atras do motorista.

Ela ta bem, gracas a Deus, mas chorando muito e toda vermelha de calor, levamos no pediatra por precaucao. O motorista é o Sr. Valdir, van placa final 7J21.

Como o aplicativo deixa marcar entregue se a criança nao desceu??? Isso nao pode acontecer com mais nenhuma criança. Aguardo contato hoje.

Ricardo Menezes"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Aparecida Souza <cidasouza@provedor.example>",
         to="atendimento@aquecetudo.example",
         subject="cheiro de gas aquecedor",
         body="""\
bom dia, o tecnico de vcs instalou o aquecedor novo aqui no apartamento semana passada. desde ontem quando liga o chuveiro fica um cheiro forte de gas no banheiro e na area de servico

hoje minha mae de 82 anos tomou banho e saiu tonta, com dor de cabeça e enjoo, teve que deitar. o porteiro mandou fechar o registro e abrir as janelas, ja fiz. meu filho falou que pode ser monoxido de carbono e que é perigoso

preciso que mandem alguem HOJE, nao vamos usar o chuveiro ate resolver

Aparecida - Rua das Palmeiras 310 ap 54
tel 21 95555-0377"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Felipe Andrade <felipe.andrade@mail.example>",
         to="sac@farmaexpress.example",
         subject="remedio errado na caixa - minha avo tomou",
         body="""\
Oi, pedi pelo app de vcs a losartana 50mg da minha avó (pedido 55-40912). A caixa veio certa por fora mas a cartela dentro era de outro remedio, clonazepam 2mg. Ela nao percebeu e tomou um ontem a noite achando que era o da pressao.

Hoje de manha ela tava muito sonolenta, confusa, quase caiu no corredor. Levamos na UPA e ela ta em observacao ainda.

Guardei a caixa e a cartela. Preciso de um retorno urgente e vcs precisam ver se tem outras caixas desse lote assim, porque isso pode matar alguem.

Felipe"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Bruna Tavares <brunatav@correio.example>",
         to="suporte@pedalaja.example",
         subject="compras que nao fiz no app!!",
         body="""\
acordei hj com 7 notificacoes do banco de compras de R$ 49,90 feitas no PedalJá entre 3h e 4h da manha. eu tava dormindo, nao usei bike nenhuma. no historico do app aparecem umas "recargas de credito" que eu nunca fiz

ja bloqueei o cartao no banco. quero o dinheiro de volta (R$ 349,30) e quero saber como pegaram os dados do meu cartao, que so ta cadastrado aqui com vcs. por favor tirem esse cartao da minha conta

Bruna Tavares
CPF final 221-09"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Recepção Sorriso Pleno <recepcao@sorrisopleno.example>",
         to="suporte@odontosys.example",
         subject="SISTEMA FORA DO AR - clinica parada",
         body="""\
Bom dia,

O OdontoSys nao abre em nenhum computador da clinica desde as 7h30, aparece "Erro ao conectar com o servidor" e só. Temos 5 dentistas atendendo hoje, sala de espera cheia, e ninguem consegue ver agenda, prontuario, raio-x, nada.

Ja reiniciamos o roteador e os computadores. Tem paciente de cirurgia as 10h e o dr. Henrique precisa do prontuario dele pra saber as alergias e medicaçao. Liguei no 0800 e so fica na musiquinha de espera.

Por favor, urgente!!
Tati - recepção"""),

    dict(n=7, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marcos Pellegrini <marcos@geladodanona.example>",
         to="suporte@passafacil-pagamentos.example",
         subject="nenhuma maquininha passando cartao nas 3 lojas",
         body="""\
Sabado 15h, 34 graus, loja lotada e NENHUMA maquininha de vcs funciona nas 3 lojas da Gelado da Nona. Da "falha de comunicacao" no credito, no debito, em tudo. Ja troquei chip, ja reiniciei, ja testei no wifi.

To perdendo venda a cada minuto, cliente indo embora e deixando sorvete derretendo no balcao. Resolve isso AGORA pelo amor de Deus.

Marcos"""),

    dict(n=8, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Gabriel Nunes <gabi.nunes2007@correio.example>",
         to="contato@aprovamais-cursinho.example",
         subject="aulas nao carregam",
         body="""\
oi, desde ontem nenhuma aula abre na plataforma. clico no video e fica a tela preta com a bolinha girando, nao sai disso. ja testei no celular e no notebook, limpei cache, troquei de navegador. o resto do site abre normal, so os videos que nao

tenho simulado domingo e falta a revisao de quimica e redação inteira. o que eu faço??

Gabriel (aluno turma extensivo noite)"""),

    dict(n=9, signals="outage", priority="high", trap="forward", qt=0, reply=0,
         frm="Leandro Prates Fotografia <leandro@leandroprates.example>",
         to="suporte@galeriaclick.example",
         subject="Fwd: upload travando em 0%",
         body="""\
Pessoal, segue abaixo o que minha assistente mandou. Testei aqui de casa tb e acontece a mesma coisa, nao consigo subir nenhuma foto pra plataforma desde sexta. Tenho galeria de casamento pra entregar e a noiva ja ta cobrando. Me ajudem.

Leandro

---------- Mensagem encaminhada ---------
De: Carol Assis <carol.assis@leandroprates.example>
Data: seg., 10 de mar. de 2025 às 09:47
Assunto: upload travando em 0%
Para: Leandro Prates <leandro@leandroprates.example>

Leandro, tentei subir o casamento da Bia e do Rafael de novo hoje cedo. Seleciono as fotos, ele fica "enviando 0%" pra sempre e depois da "erro desconhecido". Tentei com 5 fotos so, mesmo problema. Usei o chrome e o firefox."""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Patrícia Lemos <coordenacao@falafacil-idiomas.example>",
         to="suporte@salaviva.example",
         subject="video dos professores congelando nas aulas ao vivo",
         body="""\
Olá,

Desde a semana passada, nas aulas ao vivo da SalaViva, a câmera do professor congela depois de uns 10 minutos. O áudio continua normal e o quadro compartilhado também, só a imagem trava. Acontece em todas as turmas à noite.

Por enquanto os professores estão abrindo um Google Meet em paralelo só pra mostrar a câmera, funciona, mas é gambiarra e os alunos reclamam de ter duas janelas abertas. Conseguem verificar?

Obrigada,
Patrícia Lemos
Coordenação - Fala Fácil Idiomas"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Rosângela Bezerra <rosa.artesanatos@correio.example>",
         to="vendedores@feirinhaonline.example",
         subject="repasse de dezembro nao caiu - preciso urgente",
         body="""\
Boa tarde, sou vendedora na Feirinha (loja Rosa Bordados). O repasse das vendas de dezembro era pra ter caido dia 15 e ate agora nada, ja é dia 20. No painel ta escrito "em processamento" desde o dia 14. Sao R$ 3.870,00.

Eu tenho que pagar o fornecedor de tecido e linha amanha senao ele cancela o meu pedido e eu fico sem material pro mes inteiro. Eu nao tenho esse dinheiro de outro lugar. Alguem pode me dizer o que aconteceu e quando cai?

Rosangela"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Diego Carvalho <diegocarv@mail.example>",
         to="ajuda@vagacerta-estacionamento.example",
         subject="cobrado 2x",
         body="""\
fui cobrado duas vezes pelo mesmo estacionamento ontem, shopping vila nova, entrada 14h02 saida 17h40. R$ 22,00 duas vezes no cartao final 4410. no app so aparece um ticket. podem estornar um?"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Vanessa Rocha <vanessarocha.mae@correio.example>",
         to="financeiro@golzinho-escolinha.example",
         subject="boleto de março com valor errado",
         body="""\
Oi, boa tarde!

O boleto de março da escolinha veio R$ 280,00 pro Pedro, mas desde o ano passado a gente paga R$ 190,00 porque o irmão dele (Lucas, turma sub-9) tambem treina ai e tem o desconto de irmão. Parece que o desconto nao foi aplicado esse mes.

Consegue gerar outro boleto com o valor certo? Vence dia 10.

Obrigada,
Vanessa (mãe do Pedro e do Lucas)"""),

    dict(n=14, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Thiago Moura <thiago.passeios@correio.example>",
         to="parceiros@petcaminha.example",
         subject="duvida sobre os pagamentos",
         body="""\
E ai pessoal, comecei semana passada como passeador no PetCaminha. Onde eu vejo quanto ja ganhei dos passeios? E o pagamento cai toda semana ou por mes? Nao achei essa parte no app. Valeu!"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sérgio Pimentel <sindico.edvilaverde@correio.example>",
         to="suporte@condominiofacil.example",
         subject="conta do sindico bloqueada",
         body="""\
Bom dia. Sou o sindico do Edificio Vila Verde e minha conta no CondomínioFácil foi bloqueada depois que eu errei a senha 3 vezes. Agora aparece "conta bloqueada temporariamente, tente em 24 horas" e o "esqueci minha senha" manda o codigo pro email antigo da administradora, que nem existe mais.

Sem a conta eu nao consigo liberar nada: tem mudanca de morador hoje as 14h e o caminhao so entra se eu autorizar no sistema, e as reservas do salão tambem tao paradas. Preciso que desbloqueiem hoje de manha.

Sergio Pimentel
(31) 95555-0619"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Camila Ferraz <camila.ferraz@mail.example>",
         to="suporte@boxforte-app.example",
         subject="Re: codigo de verificacao nao chega",
         body="""\
Oi, tentei de novo hoje cedo e nada, o codigo por SMS continua nao chegando. No computador eu ainda consigo entrar porque ja tava logada, mas no celular novo nao passo da tela do codigo, entao nao consigo fazer check-in nas aulas pelo celular. Tem outro jeito de verificar?

Camila

Em qua., 5 de mar. de 2025 às 18:22, Suporte BoxForte <suporte@boxforte-app.example> escreveu:
> Olá Camila! Ontem à tarde tivemos uma instabilidade e o sistema ficou fora
> do ar por algumas horas, por isso alguns SMS atrasaram ou não foram
> enviados. Já está tudo normalizado, pode tentar novamente?
> Abraços, equipe BoxForte"""),

    dict(n=17, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Helena Castro <helenacastro.leitura@correio.example>",
         to="atendimento@clubedolivro-entrelinhas.example",
         subject="quero encerrar minha conta e vcs cobraram de novo",
         body="""\
Olá. Em janeiro eu pedi pelo chat pra cancelar minha assinatura e a atendente disse que estava cancelado. Hoje vi na fatura mais uma cobrança de R$ 59,90 do Entrelinhas e chegou caixa nova aqui em casa.

Quero que excluam minha conta de vez, com meus dados e cartão, e que devolvam essa cobrança de março. Posso devolver a caixa se quiserem, mas nao vou pagar o frete.

Helena Castro"""),

    dict(n=18, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ana Lúcia Prado <analuprado@provedor.example>",
         to="contato@bibliotecadigital-municipal.example",
         subject="como trocar a senha",
         body="""\
Boa tarde, como faço pra trocar a senha da minha conta da biblioteca digital? Minha neta que criou e ela colocou uma senha muito dificil, quero colocar uma que eu lembre. Nao achei onde muda. Obrigada, Ana Lucia"""),

    dict(n=19, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Fábio Guerra <fabio@arenacombate-paintball.example>",
         to="contato@agendei.example",
         subject="elogio pro sistema de reservas",
         body="""\
Fala pessoal! So passando pra agradecer. Desde que a gente colocou o agendamento de vcs na Arena Combate as reservas de fim de semana dobraram. Sabado teve uma despedida de solteiro que foi matadora, os caras sairam tudo roxo de tanto levar tiro de tinta e ja marcaram a revanche pro mes que vem kkkk. O noivo disse que quase morreu de rir.

O lembrete automatico por whatsapp salvou a nossa vida, acabou aquele povo que esquecia e nao aparecia. Valeu demais!

Fabio - Arena Combate Paintball"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Beto Sales <beto@brasaburger.example>",
         to="suporte@cardapioweb.example",
         subject="duvida cadastro de lanches novos",
         body="""\
Boa noite, to montando o cardapio novo da Brasa Burger e queria tirar duas duvidas.

Vamos lançar 3 lanches: o "X-Explosão", o "Queima Língua" (com pimenta fantasma) e o "Infarto Duplo", que tem 4 carnes. Tem limite de caracteres na descrição? Quero colocar um aviso tipo "perigo: ardido de verdade" com emoji de fogo.

E tem como marcar alergênicos no item, tipo "contém amendoim" ou "contém glúten", pra aparecer um selinho pro cliente? Nunca tivemos problema, mas queria deixar bem claro no cardápio.

Valeu!
Beto"""),

    dict(n=21, signals="-", priority="low", trap="phishing-failed", qt=0, reply=0,
         frm="Marta Oliveira <marta@oliveiracontabil.example>",
         to="seguranca@notafacil-erp.example",
         subject="email falso usando o nome de vcs",
         body="""\
Prezados,

Só para informar: hoje recebemos aqui no escritório três e-mails "do NotaFácil" dizendo que nosso acesso seria bloqueado por "atividade suspeita" e pedindo pra confirmar login, senha e o certificado digital num link. O endereço do remetente era estranho e o link ia pra um site nada a ver.

Ninguém clicou nem digitou nada, apagamos e avisamos a equipe. Mando só pra vocês ficarem sabendo, caso outros clientes estejam recebendo o mesmo golpe.

Att,
Marta Oliveira
Oliveira Contabilidade"""),

    dict(n=22, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Rafael Kiyoshi <rafa.kiyoshi@mail.example>",
         to="ajuda@trilhamapa.example",
         subject="app funciona offline?",
         body="""\
Opa, vou fazer a travessia da Serra Fina em abril, 4 dias. Lá o sinal cai o tempo todo e fica tudo offline, e com o frio meu celular costuma desligar do nada.

Dúvidas: da pra baixar os mapas antes e usar sem internet? Se o celular apagar no meio da trilha, a gravação do percurso se perde ou continua de onde parou quando eu ligar de novo? E o modo avião atrapalha o GPS?

Valeu!"""),

    dict(n=23, signals="-", priority="low", trap="password-words", qt=0, reply=0,
         frm="Juliano Farias <juliano@enigmarooms.example>",
         to="suporte@propmaster-controles.example",
         subject="como mudar a senha do cofre na sala nova",
         body="""\
Oi, td bem? Tamo montando a sala nova aqui na Enigma Rooms, tema "Assalto ao Banco". No final os jogadores precisam digitar a senha de 6 digitos no cofre pra pegar a maleta de dinheiro (falso, claro, notas de brincadeira) e abrir a porta de saida.

Como eu mudo essa senha no painel da placa de vcs? Quero trocar toda semana pros grupos que voltam nao saberem. E da pra colocar uma dica que aparece na TV se eles errarem a senha 3 vezes?

Abs, Juliano"""),

    dict(n=24, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Denise Rocha <denise.rocha@correio.example>",
         to="suporte@energiamax-acessorios.example",
         subject="RES: Troca do carregador - protocolo 78812",
         body="""\
Oi, o carregador novo chegou ontem, ja testei e ta tudo certo. Obrigada pela agilidade!

Denise

-----Mensagem original-----
De: Suporte EnergiaMax <suporte@energiamax-acessorios.example>
Enviada em: terça-feira, 11 de março de 2025 10:15
Para: Denise Rocha <denise.rocha@correio.example>
Assunto: RE: Troca do carregador - protocolo 78812

> Olá Denise, sentimos muito pelo ocorrido. Vamos enviar um carregador novo
> sem custo. Por favor não use mais o antigo.
> Denise Rocha escreveu:
> > o carregador que comprei com vcs esquentou demais, a tomada ficou preta
> > e o plastico derreteu, saiu fumaça e quase pegou fogo no meu quarto"""),
]
