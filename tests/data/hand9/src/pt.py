# blind10 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Teresa Valadares <teresa.valadares@mail-pt.example>",
         to="apoio@lisapro.example",
         subject="Prancha LisaPro X2 - problema com o cabo",
         body="""\
Bom dia,

Comprei a prancha de cabelo LisaPro X2 no vosso site em setembro (encomenda PT-558201) para a minha filha de 14 anos.

Ontem de manhã, enquanto ela alisava o cabelo na casa de banho, sentiu um formigueiro muito forte na mão, que lhe subiu pelo braço até ao cotovelo, e largou a prancha para dentro do lavatório. Fui ver e, junto à ficha, o cabo está mole, com a borracha escurecida e rachada, e tem um cheiro esquisito, parecido com pneu.

Ela ficou com a mão dormente quase uma hora e com uma marca vermelha na palma. Levámo-la ao centro de saúde e disseram que está bem, mas o susto foi enorme.

A prancha nunca caiu nem se molhou antes disto. Já está desligada e guardada. Gostava que me dissessem o que fazer com ela e se há outros casos, porque a miúda estava descalça no chão da casa de banho.

Cumprimentos,
Teresa Valadares"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Mendes Rocha <ju.mendesrocha@correio.example>",
         to="sac@ninhokids.example",
         subject="cadeirinha Ninho360 fivela",
         body="""\
Oi, boa noite.

Tenho a cadeirinha Ninho360 desde março, instalada no banco de trás com isofix, para o meu filho de 1 ano e meio.

Hoje, voltando da creche, ouvi um clique e, quando parei no semáforo e olhei pelo espelho, ele estava com as alças soltas nos ombros. A fivela do meio tinha aberto sozinha. Ele não mexe nela, nem alcança direito. Fechei de novo, ouvi o clique, e em menos de dez minutos abriu outra vez, com o carro andando numa avenida a 60 por hora. Se eu tivesse precisado frear forte ele teria sido jogado para fora da cadeira.

Não vou mais levar ele no carro com essa cadeirinha até resolver. Nº de série NC360-BR-0047718, comprada na loja de vocês do Shopping Ibirapuera.

Quero saber se é defeito conhecido e se vocês trocam a fivela ou a cadeira. E rápido, por favor.

Juliana Mendes Rocha
São Paulo"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Graça Figueiredo <graca.figueiredo@mail-pt.example>",
         to="posvenda@agrojardimbeira.example",
         subject="Motosserra MS-45 - travão de corrente não funciona",
         body="""\
Exmos. Senhores,

Venho comunicar um incidente grave com a motosserra MS-45 comprada na vossa loja de Viseu em outubro (fatura FT 2026/11873).

No sábado o meu marido estava a cortar lenha no quintal. Ao soltar o gatilho a corrente devia parar, mas continuou a rodar durante vários segundos e, quando ele pousou a máquina, a corrente apanhou-lhe a perna. Rasgou as calças e fez-lhe um golpe fundo acima do tornozelo, que levou onze pontos nas urgências de Viseu. Depois testámos o travão de corrente: a alavanca mexe, mas a corrente não trava.

A máquina tem menos de 10 horas de uso e foi usada como diz o manual (com calças normais de trabalho, não as de proteção, isso admito).

Pedimos que recolham a máquina para análise e que nos informem se há mais queixas deste modelo ou lote. Entretanto ninguém lhe toca.

Com os melhores cumprimentos,
Graça Figueiredo"""),

    dict(n=4, signals="safety", priority="critical", trap="data-wrong-person", qt=0, reply=0,
         frm="Rui Sequeira <rui.sequeira@mail-pt.example>",
         to="resultados@labanalisestejo.example",
         subject="Resultados de análises de outra pessoa",
         body="""\
Boa tarde,

Recebi hoje no meu e-mail o link para os resultados das análises que fiz na quinta-feira no vosso posto de colheitas de Almada. Ao abrir o PDF, o relatório não é meu: é de uma senhora, M. F. Cardoso, nascida em 1958, com número de utente, morada, telefone e todos os valores, incluindo um teste de VIH e marcadores tumorais.

Não descarreguei nem partilhei, fechei logo. Mas isto faz-me pensar que os meus resultados podem ter ido parar à caixa de correio de outra pessoa, e as análises que fiz são bastante pessoais.

Peço que me confirmem para quem foram enviados os meus resultados, que desativem o link que recebi e que avisem a senhora. Gostava também de saber se a situação vai ser comunicada à CNPD.

Obrigado,
Rui Sequeira
Requisição 2026-AL-44102"""),

    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Filipe Barros <bilheteira@lusolandia.example>",
         to="suporte@gatescan.example",
         subject="URGENTE entrada do parque - leitores todos a vermelho",
         body="""\
Bom dia,

Aqui é o Filipe, supervisor de bilheteira da Lusolândia. Desde as 10h05 todos os leitores dos torniquetes da entrada principal estão a vermelho. Lêem o QR do bilhete, pensam um bocado e dão "Bilhete não encontrado", até em bilhetes comprados ontem no nosso site. A bilheteira física também não consegue vender, o terminal fica preso em "a ligar ao servidor".

Hoje é o primeiro dia do Natal Mágico. Temos mais de 600 pessoas na fila, com excursões de escolas, e o parque devia ter aberto às 10h00. Estamos a deixar entrar grupos a conferir os e-mails de compra no telemóvel das pessoas, mas isto não aguenta muito tempo e quem não comprou online não tem como comprar.

Liguem-me para o 910 000 000, por favor.

Filipe Barros"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Caio Albuquerque <caio@remadasdoparaty.example>",
         to="suporte@hospedafacil.example",
         subject="site fora do ar desde ontem",
         body="""\
Olá, pessoal da HospedaFácil.

Meu site de aluguel de caiaques (remadasdoparaty.example) está fora do ar desde ontem às 19h. Aparece só "502 Bad Gateway". No painel de vocês o plano está ativo e pago até 2027, então não é pagamento.

Dezembro é alta temporada aqui em Paraty e quase todas as reservas chegam pelo site. Desde ontem não entrou nenhuma, e tem cliente me mandando WhatsApp dizendo que o link não abre.

Já abri chamado pelo painel (#BR-77410) e ninguém respondeu ainda. Por favor, vejam isso hoje.

Abs,
Caio Albuquerque
Remadas do Paraty"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Hélder Pinto <helder.pinto@vendnorte.example>",
         to="suporte@televend.example",
         subject="Dados das máquinas com atraso de horas",
         body="""\
Olá,

Desde segunda-feira o portal de telemetria mostra os dados das nossas máquinas de vending com muito atraso. As vendas e os níveis de stock que aparecem são de há 4 ou 5 horas, quando antes atualizava de 15 em 15 minutos. Os alertas de "máquina vazia" também chegam tarde.

As máquinas em si estão a funcionar e a vender normalmente, é só o portal. Por agora os repositores estão a fazer a volta completa às 46 máquinas em vez de irem só às que precisam, o que custa mais tempo e gasóleo, mas dá para aguentar.

Conseguem ver o que se passa? Conta VendNorte, cliente n.º 20419.

Obrigado,
Hélder Pinto
VendNorte - Máquinas Automáticas, Lda."""),

    dict(n=8, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Everton Dallagnol <producao.santaclara@correio.example>",
         to="suporte@rtkcampo.example",
         subject="Sinal RTK parou - plantadeiras paradas",
         body="""\
Bom dia,

Desde as 5h40 de hoje o sinal de correção RTK de vocês não chega em nenhum dos nossos tratores. O monitor mostra "Correção: nenhuma" e o piloto automático desarma sozinho depois de alguns segundos. A base da fazenda está ligada, a internet do escritório funciona, e a página de status de vocês diz que está tudo operacional. Não está.

Estamos no meio do plantio da soja, com janela curta por causa da chuva. São 3 tratores com plantadeira parados e 9 operadores esperando. Plantar sem o piloto dá falha e sobreposição de linha, então o agrônomo mandou parar tudo.

Assinatura nº AGR-5512, Fazenda Santa Clara, Sorriso-MT. Preciso de retorno urgente.

Everton Dallagnol
Gerente de produção"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Tiago Moura <tiago@segundafila.example>",
         to="partners@revendaplus.example",
         subject="API devolve 503",
         body="""\
Hi there,

A vossa API de revenda devolve 503 Service Unavailable a todos os pedidos desde as 14h20 de hoje, tanto no endpoint de listagem de bilhetes como no de checkout. Chave de parceiro RSL-PT-0088. Testámos de dois servidores diferentes e com curl, sempre 503.

Somos uma revendedora pequena e toda a nossa operação passa pela vossa API, por isso neste momento não conseguimos vender nem sequer mostrar bilhetes no nosso site. Os bilhetes para o concerto de sábado no Coliseu eram a venda da semana.

Alguma previsão?

Tiago Moura
Segunda Fila - Revenda de Bilhetes"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Patrícia Nogueira <patinogueira@correio.example>",
         to="atendimento@casaearoma.example",
         subject="vale-presente não funciona",
         body="""\
Boa tarde.

Ganhei de aniversário um vale-presente de R$ 300 de vocês (código final 8K2Q), que minha cunhada comprou no site em novembro e pagou no cartão. Na hora de finalizar a compra no site aparece "Vale-presente inválido ou inativo", e na consulta de saldo aparece "Cartão não ativado".

Minha cunhada tem o comprovante do pagamento e o e-mail com o código. Pelo jeito o valor foi cobrado dela mas o vale nunca foi ativado. Podem ativar ou devolver o dinheiro para ela?

Att,
Patrícia Nogueira"""),

    dict(n=11, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Lurdes Amaral <lurdes.amaral@mail-pt.example>",
         to="participantes@fundoserenidade.example",
         subject="Débito em duplicado - contribuição de dezembro",
         body="""\
Bom dia,

O débito direto da minha contribuição mensal para o fundo de pensões (200 €) foi cobrado duas vezes este mês, nos dias 1 e 2 de dezembro, com a mesma referência de autorização. Só tenho uma adesão (participante n.º 1177-042).

Por causa disso a conta ficou quase a zero e a transferência da renda da casa, que sai no dia 8, não vai ter saldo. O senhorio não é propriamente paciente.

Peço a devolução urgente dos 200 € cobrados a mais, de preferência antes do dia 8. Se precisarem do extrato bancário, envio.

Obrigada,
Lurdes Amaral"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Nuno Carvalhal <nuno.carvalhal@mail-pt.example>",
         to="clientes@leasemove.example",
         subject="Contrato LS-2023-0915",
         body="""\
Boa tarde,

Devolvi a viatura do contrato de leasing LS-2023-0915 no vosso centro de Matosinhos no dia 14 de novembro, dentro do prazo. A entrega correu bem, o técnico fez a vistoria comigo e assinámos o relatório sem danos a apontar. Quero aproveitar para agradecer ao Sr. Paulo, muito profissional.

Entretanto recebi a fatura de fim de contrato e há uma linha que não faz sentido: "Quilómetros excedentes: 4.310 km x 0,08 € = 344,80 €". O contrato era de 120.000 km e no relatório de vistoria está 115.690 km, ou seja, fiquei abaixo do limite, não acima. Parece que alguém fez a conta ao contrário.

Aparece também uma taxa de "limpeza" de 45 € que ninguém me mencionou na entrega e que não consta no contrato.

Agradeço que corrijam a fatura antes da data de débito (20/12).

Nuno Carvalhal"""),

    dict(n=13, signals="payment", priority="low", trap="rant", qt=0, reply=0,
         frm="Armando Tavares <armando.tavares@mail-pt.example>",
         to="apoio@contapre.example",
         subject="ROUBO!!!",
         body="""\
Carreguei 20 € no contador pré-pago da eletricidade do meu lugar de caravana (lugar 37, Parque de Campismo Ria Azul) pela vossa app e só me aparecem 18,50 € de saldo. ONDE ESTÁ O RESTO??

Ninguém me avisou de comissão nenhuma!!! 1,50 € em cada carregamento é um roubo descarado. Quero uma explicação e saber onde é que isso está escrito.

Armando Tavares"""),

    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Rosângela Pires <rosangela.pires@correio.example>",
         to="ajuda@trocapay.example",
         subject="conta bloqueada, não consigo entrar",
         body="""\
Gente, troquei de celular ontem e agora não consigo entrar no app da TrocaPay de jeito nenhum. Faço o login, ele pede a validação facial, tiro a selfie e aparece "Não foi possível validar sua identidade. Conta bloqueada por segurança." Já tentei umas 6 vezes, com luz boa, sem óculos.

Todo o meu dinheiro do trabalho está lá (sou diarista e recebo tudo por ele), e amanhã preciso pagar o aluguel e a escola do meu filho. Não tenho outro jeito de acessar.

CPF 000.000.000-00. Por favor me ajudem a desbloquear.

Rosângela Pires"""),

    dict(n=15, signals="account", priority="medium", trap="merge", qt=0, reply=0,
         frm="Joana Esteves <joana.esteves@mail-pt.example>",
         to="portal@fisioclinica-braga.example",
         subject="Duas contas no portal",
         body="""\
Olá,

Sou paciente da vossa clínica de fisioterapia de Braga há dois anos. Sem querer, criei uma segunda conta no portal do paciente com o meu e-mail do trabalho quando marquei as sessões de setembro, e agora tenho metade do histórico e das faturas numa conta e metade na outra. A seguradora pediu-me todas as faturas de 2026 e ando a saltar de uma conta para a outra.

É possível juntar as duas contas numa só, ficando com o e-mail pessoal (este)? A outra está em joana.m.esteves@empresa-lx.example.

Obrigada,
Joana Esteves"""),

    dict(n=16, signals="account", priority="medium", trap="colleague", qt=0, reply=0,
         frm="Inês Vasconcelos <direcao@clinicadentariaalvalade.example>",
         to="suporte@dentagenda.example",
         subject="Utilizador da rececionista desapareceu",
         body="""\
Bom dia,

Na semana passada mudámos do plano Standard para o plano Clínica (pedido de alteração n.º 7731) e desde aí o utilizador da nossa rececionista, a Sandra (sandra.rececao@clinicadentariaalvalade.example), deixou de existir. Quando ela tenta entrar aparece "utilizador ou palavra-passe inválidos" e na lista de utilizadores da conta já não aparece. Os outros três utilizadores (eu e os dois médicos) continuam normais.

Ela tem estado a marcar consultas com o meu login, o que não é o ideal. Conseguem repor o utilizador dela com as mesmas permissões de antes?

Dra. Inês Vasconcelos
Clínica Dentária Alvalade"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Vítor Lemos <vitor.lemos@mail-pt.example>",
         to="app@seguromota.example",
         subject="verificação em dois passos",
         body="""\
Olá, boa tarde. Vi na newsletter que a app já tem verificação em dois passos. Como é que ativo isso na minha conta? Andei pelos menus do perfil e só encontro a opção de mudar a palavra-passe. Tenho a apólice da mota e a do carro na mesma conta, se interessar.

Obrigado,
Vítor Lemos"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Thiago Brandão <costelanabrasa@correio.example>",
         to="vendas@maquininhaja.example",
         subject="Sobre mais uma maquininha",
         body="""\
E aí, pessoal!

Queria contar que desde que a gente passou a usar o sistema de vocês no food truck as vendas estão pegando fogo. Nos fins de semana na orla o hambúrguer de costela está bombando, fila dobrando a esquina, uma loucura boa.

Justamente por isso: dá pra colocar uma segunda maquininha no mesmo cadastro, pro meu sócio cobrar na fila enquanto eu fico no caixa? Quanto custa a mais por mês? E os relatórios saem separados por maquininha ou tudo junto?

Valeu demais,
Thiago "Costelão" Brandão
Costela na Brasa Food Truck"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Rogério Lima <rogerio.lima@mail-pt.example>",
         to="loja@reboquesmondego.example",
         subject="Reboque 750 kg - dúvidas antes de encomendar",
         body="""\
Boa tarde,

Estou interessado no reboque de caixa aberta RB-750 que têm no site e, antes de encomendar, queria confirmar algumas coisas:

- A carga máxima de 750 kg é o peso bruto total ou só a carga útil? Pelas minhas contas, com o reboque vazio a pesar 180 kg, fico com bem menos para a lenha.
- Tem travão de inércia ou não precisa, por ser até 750?
- A matrícula e o livrete tratam vocês ou sou eu que vou ao IMT?

Obrigado pela atenção,
Rogério Lima"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Manuela Rebelo <geral@pediatriasolnascente.example>",
         to="eventos@clinicsoft.example",
         subject="Inscrição webinar - ransomware e fugas de dados",
         body="""\
Bom dia,

Recebemos o vosso convite para o webinar "Ransomware e fugas de dados: como proteger a sua clínica", no dia 15 de janeiro às 18h. Achámos muito pertinente, depois de tudo o que se tem ouvido nas notícias sobre ataques a hospitais.

Gostaríamos de inscrever três pessoas: eu, a nossa administrativa e o técnico de informática que nos presta apoio. Ele é externo, pode participar mesmo não sendo cliente? O formulário só deixa inscrever um e-mail por conta.

Fica gravado para quem não puder assistir em direto?

Cumprimentos,
Manuela Rebelo
Clínica Pediátrica Sol Nascente"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Marta Rocha <marta.rocha@contabrocha.example>",
         to="reservas@enigmalab.example",
         subject="Hello! Voltámos :)",
         body="""\
Hello team!

Só para dizer que ontem voltámos ao Enigma Lab, desta vez à sala "O Cofre do Barão", e foi espetacular. Saímos com 4 minutos de sobra!

Na nossa primeira visita, em outubro, a porta da sala 2 encravou e ficámos lá fechados uns bons dez minutos depois do fim do jogo até alguém nos vir abrir. Na altura ficámos chateados, mas vocês pediram desculpa, devolveram o dinheiro no próprio dia e ofereceram esta segunda sessão. Para nós o assunto está mais do que arrumado.

Agora queremos marcar a sala 3 para o jantar de Natal da empresa (10 pessoas, 19 de dezembro, ao fim da tarde). Ainda há vaga?

Cheers,
Marta & equipa da Contabilidade Rocha"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Henrique Sá <henrique.sa@mail-pt.example>",
         to="secretaria@linguamundi.example",
         subject="Re: Não consigo entrar no portal do aluno",
         body="""\
Olá Cláudia,

Já consegui entrar com a nova palavra-passe, muito obrigado! Aproveito só para perguntar: o teste de nivelamento de inglês do dia 9 é na sala habitual ou no auditório?

Bom fim de semana,
Henrique

Em qua., 2/12/2026 às 09:41, Henrique Sá <henrique.sa@mail-pt.example> escreveu:
> Bom dia, desde ontem não consigo entrar no portal do aluno. Diz que a
> palavra-passe expirou e, quando peço uma nova, o e-mail não chega. Agora
> a conta ficou bloqueada depois de várias tentativas. Aluno n.º 23-0418."""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Sofia Antunes <sofia.antunes@mail-pt.example>",
         to="apoio@casasegura.example",
         subject="Telemóvel roubado - app do alarme",
         body="""\
Boa noite,

Roubaram-me o telemóvel hoje ao fim da tarde no metro, em Lisboa. Tinha lá a vossa app do alarme e das câmaras com a sessão iniciada e sem PIN na app. Quem tiver o telemóvel consegue ver as câmaras de casa, saber quando não está ninguém e até desativar o alarme. A minha morada está na conta.

Tentei entrar pelo computador para terminar as sessões, mas já não consigo: diz que a palavra-passe está errada e o e-mail de recuperação não chega. Tenho medo de que já tenham mudado alguma coisa.

Por favor bloqueiem a conta e o acesso daquele telemóvel já. Cliente n.º AL-90331. Estou a ligar para a linha de apoio mas está sempre ocupada.

Sofia Antunes"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Letícia Gouveia <leticia.gouveia@grupoorvalho.example>",
         to="suporte@puroar.example",
         subject="RES: Chamado 40918 - purificadores offline",
         body="""\
Oi Bruno,

Voltando ao chamado: depois da atualização de firmware que vocês mandaram ontem, os 12 purificadores do escritório continuam aparecendo como "offline" no aplicativo e no painel web, igual antes. Então não resolveu.

Mas sem pressa: os aparelhos estão funcionando normalmente no modo automático pelo botão do painel, o ar está sendo filtrado, só não conseguimos ver a qualidade do ar nem programar horários pela nuvem. A gente liga e desliga na mão por enquanto.

Quando tiverem nova previsão me avisem.

Abraço,
Letícia Gouveia
Facilities - Grupo Orvalho

-----Mensagem original-----
De: Suporte PuroAr
Enviada em: terça-feira, 8 de dezembro de 2026 16:20
Assunto: Chamado 40918 - purificadores offline

> Olá Letícia, identificamos uma instabilidade na conexão dos aparelhos com
> a nossa nuvem. Enviamos hoje uma atualização de firmware que deve
> corrigir o problema. Por favor, confirme se os aparelhos voltaram."""),
]
