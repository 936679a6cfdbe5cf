# blind34 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Marques <helena.marques@mail.example>",
         to="apoio@bricocasa.example",
         subject="Aquecedor a óleo – ficha derretida",
         body="""\
Boa tarde,

Comprei na vossa loja de Almada, há cerca de três semanas, um aquecedor a óleo de 11 elementos (ref. AQ-2500, talão n.º 0417-88213).

Ontem à noite estava ligado no quarto da minha filha de 4 anos quando ela me chamou a dizer que "cheirava esquisito". Quando fui ver, a ficha estava preta e derretida e a tomada tinha marcas de queimado à volta. Saía fumo da parte de trás do aparelho, junto ao cabo. Desliguei logo o disjuntor no quadro e abri as janelas. Felizmente ela não lhe tinha tocado.

É normal isto acontecer com um aparelho praticamente novo? Não o voltei a ligar e tenho-o guardado com a ficha tal como ficou, caso o queiram ver. Gostava de saber o que devo fazer e se há mais queixas deste modelo, porque vejo muita gente a comprá-lo nesta altura do ano.

Com os melhores cumprimentos,
Helena Marques
912 345 678"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Luciana Ferraz <luciana.ferraz@correio.example>",
         to="atendimento@cuidarbem.example",
         subject="Meu pai tomou o remédio duas vezes - cuidadoras de ontem e hoje",
         body="""\
Boa noite,

Escrevo em nome do meu pai, Sr. Antônio Ferraz, 82 anos, que é atendido por vocês em casa (contrato 55128).

Ontem a cuidadora do turno da noite deu a ele o comprimido de varfarina às 22h, e hoje a cuidadora da manhã deu de novo às 7h, porque ninguém anotou nada no caderno de medicação. Ele toma só um por dia. Eu só descobri porque contei os comprimidos da cartela.

Depois do almoço ele começou a sangrar pela gengiva e apareceram manchas roxas no braço que não estavam lá ontem. Levei ele para o pronto-socorro do Hospital Santa Clara e ele está em observação agora, fazendo exame de coagulação.

Quero saber quem estava de plantão, por que o caderno não foi preenchido e o que vocês vão fazer para isso não se repetir. Ele deve voltar para casa amanhã, se Deus quiser, e eu não tenho como ficar lá o tempo todo.

Me liguem, por favor: (11) 98765-4321.

Luciana Ferraz (filha)"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Ricardo Almeida <ricardo.almeida@netmail.example>",
         to="geral@creche-pequenosgirassois.example",
         subject="Reação alérgica do Tomás ao almoço de hoje",
         body="""\
Exma. Senhora Diretora,

Venho por este meio relatar um incidente grave ocorrido hoje com o meu filho, Tomás Almeida, da sala dos 3 anos.

Conforme consta da ficha de inscrição e da declaração médica que entregámos em setembro, o Tomás é alérgico a frutos de casca rija. Apesar disso, a sobremesa servida ao almoço foi um bolo de amêndoa.

Por volta das 13h30 a educadora ligou-me a dizer que ele tinha os lábios e os olhos inchados e estava com dificuldade em respirar. Foi transportado pelo INEM para o Hospital Dona Estefânia, onde lhe administraram adrenalina. Já está estável, mas fica esta noite em observação.

Considero inaceitável que uma alergia devidamente comunicada tenha sido ignorada, pondo em perigo a vida de uma criança. Solicito:
- uma explicação por escrito sobre o que falhou;
- a confirmação de que a cozinha tem acesso à lista de alergias de todas as crianças;
- uma reunião ainda esta semana.

Sem outro assunto de momento,
Ricardo Almeida
Encarregado de educação do Tomás Almeida (sala dos 3 anos)"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Cláudio Bastos <sindico.edvilaverde@correio.example>",
         to="sac@elevadoresascenda.example",
         subject="URGENTE - elevador social despencou com moradora dentro - Ed. Vila Verde",
         body="""\
Prezados,

Sou síndico do Condomínio Edifício Vila Verde (Rua das Acácias, 412 - Campinas), cliente de vocês com contrato de manutenção mensal.

Hoje às 10h15 aconteceu o seguinte com o elevador social:
- uma moradora de 74 anos entrou no 8º andar e o elevador desceu de uma vez, muito rápido, até o 3º, onde parou com um tranco forte;
- a porta abriu com a cabine uns 40 cm abaixo do piso do andar, ela tropeçou ao sair e caiu;
- foi levada ao hospital com suspeita de fratura no punho.

Esse mesmo elevador já tinha dado trancos na semana passada. O técnico de vocês esteve aqui na sexta (OS 2026-11873) e disse que estava tudo normal.

Interditamos o elevador com fita e aviso, mas o prédio tem 12 andares e vários idosos, e qualquer um podia ter se machucado feio. Preciso de um técnico hoje ainda e de um laudo por escrito sobre a causa. Não vamos liberar o uso sem isso.

Cláudio Bastos
Síndico - Cond. Ed. Vila Verde
(19) 99612-3040

Enviado do meu celular"""),

    dict(n=5, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nuno Gaspar <nuno.gaspar@mail.example>",
         to="suporte@voltaapp.example",
         subject="carregamentos que nao fiz",
         body="""\
boa tarde
tenho 3 carregamentos na app que nao fui eu que fiz, todos ontem a noite em postos no Porto (Matosinhos e Maia): 38,40€ + 41,15€ + 36,90€
eu estou em Faro desde sexta e o carro esteve sempre na garagem
o cartao associado a app e o da Caixa terminado em 4471, ja liguei ao banco para o cancelar e ja mudei a password da app por via das duvidas
como e que isto aconteceu?? e como recebo o dinheiro de volta
Nuno Gaspar

Enviado do meu telemóvel"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrícia Lemos <recepcao@odontosorrisoleve.example>",
         to="suporte@agendaclin.example",
         subject="Agenda não abre de jeito nenhum - clínica parada",
         body="""\
Bom dia, pessoal do suporte

Desde as 7h30 o sistema da agenda só mostra uma tela branca com um círculo girando, tanto no computador da recepção quanto nos consultórios. Já reiniciamos o roteador, trocamos de navegador (Chrome e Edge) e testamos no celular com 4G: é a mesma coisa.

Temos 3 dentistas atendendo hoje e uns 40 pacientes marcados. Não conseguimos ver quem está agendado, nem os prontuários, nem os planos de tratamento. Já tem paciente na sala de espera e os doutores estão atendendo "no escuro", perguntando ao paciente o que foi feito na última consulta.

Preciso de um retorno urgente, por favor. Se tiver alguma forma de exportar pelo menos a agenda de hoje, já ajudaria muito.

Patrícia Lemos
Recepção - Clínica Odonto Sorriso Leve
Av. Brasil, 1550 - sala 304 - Belo Horizonte/MG
Tel.: (31) 3222-1980
Seu sorriso em boas mãos!"""),

    dict(n=7, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofia Carvalho <sofia.carvalho@lumenarquitetos.example>",
         to="comunidade@hubribeira.example",
         subject="Sem rede no 2.º piso desde as 9h",
         body="""\
Bom dia, Rui,

Escrevo em nome da equipa da Lumen Arquitetos (12 pessoas, sala 2.07).

Desde as 9h que ninguém no 2.º piso consegue ligar-se à Internet, nem por cabo nem pelo Wi-Fi "Hub-Members". O Wi-Fi aparece e liga, mas não abre nenhuma página; os portáteis com cabo dizem "Sem acesso à Internet". Falei com o pessoal da startup ao lado e com a contabilista da sala 2.03 e estão na mesma.

Temos hoje às 15h a entrega de um concurso público na plataforma de contratação e os ficheiros finais estão na nuvem. Neste momento a equipa está parada e há colegas a tentar trabalhar com os dados do telemóvel, o que não dá para ficheiros de 2 GB.

Conseguem ver isto com a máxima urgência? Se for preciso, alguém pode vir à nossa sala.

Obrigada,
Sofia Carvalho
Office Manager | Lumen Arquitetos, Lda.
Rua da Ribeira Nova, 38, 2.º piso – 1200-370 Lisboa

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e elimine-a. Antes de imprimir este e-mail, pense no ambiente."""),

    dict(n=8, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Javier Montoya <jmontoya@mail.example>",
         to="assistencia@carregaja.example",
         subject="Carregador em casa nao carrega depois da atualizaçao",
         body="""\
Olá,

Sou cliente de vocês desde março, tenho o carregador de parede modelo WB-22 instalado na garagem (número de série CJ22-009184).

Desde a atualização de ontem à noite o carregador já não carrega o carro. Quando ligo o cabo no carro a luz fica vermelha a piscar e depois de uns segundos desliga-se. Na app aparece "Erro E-47" e não deixa começar a carrega.
Já fiz o que diz no manual: desligar o disjuntor 5 minutos e ligar outra vez. Nada.

Eu uso o carro todos os dias para trabalhar em Setúbal, são 100 km ida e volta, e não tenho outro forma de carregar, o posto público mais perto é a 6 km e está sempre ocupado. Podem mandar um técnico ou fazer a atualização para trás?

Obrigado e desculpe o meu português,
Javier Montoya"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Renata Oliveira <renata.oli@correio.example>",
         to="contato@escolasonata.example",
         subject="Aulas ao vivo travando",
         body="""\
Oi, tudo bem?

É normal as aulas ao vivo ficarem travando tanto? Desde segunda-feira, nas aulas de violão do meu filho (turma de quinta, 18h, prof. Diego), a imagem congela a cada dois ou três minutos e o som fica picotado. A aula acontece, mas ele perde metade das explicações e o professor tem que ficar repetindo.

Aqui em casa a internet está ok, fiz o teste e dá 200 mega, e as videochamadas do meu trabalho funcionam normal. As aulas gravadas que ficam na plataforma também abrem certinho, o problema é só no ao vivo.

Tem alguma coisa que a gente possa fazer do nosso lado?

Obrigada!
Renata"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Fernando Teixeira <fteixeira@correio.example>",
         to="financeiro@mudancasrapidao.example",
         subject="Sinal da mudança cobrado duas vezes",
         body="""\
Olá,

Fechei com vocês a mudança do dia 19/12 e paguei o sinal de 30% pelo link que a atendente me mandou. Hoje, conferindo a fatura do cartão, vi que o valor foi cobrado duas vezes no mesmo dia, com 2 minutos de diferença.

Segue o resumo do orçamento:

Orçamento nº 2026-3381
Origem: Rua Padre Chagas, 220 - apto 71 - Porto Alegre/RS
Destino: Rua Dom Pedro II, 1045 - Canoas/RS
Data: 19/12/2026 - 8h
Valor total: R$ 2.850,00
Sinal (30%): R$ 855,00
Pagamento: cartão de crédito Visa final 2290

Na fatura aparece "MUDANCAS RAPIDAO 855,00" duas vezes. Podem estornar a cobrança duplicada? Se precisarem, mando o print da fatura.

Abraço,
Fernando Teixeira"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Inês Rocha <ines@oficinadobarro.example>",
         to="apoio@juntosfazemos.example",
         subject="Transferência dos fundos da campanha – preciso com urgência",
         body="""\
Olá,

A nossa campanha "Forno novo para a Oficina do Barro" (ID 88412) terminou com sucesso no dia 20 de novembro, com 6.340 € angariados. No vosso site diz que a transferência é feita em 5 a 7 dias úteis, mas já passaram mais de dez e na área do projeto continua "Pagamento em processamento".

O problema é que dei o sinal ao fornecedor do forno com base nessa data e tenho de pagar os restantes 4.800 € até sexta-feira, dia 11, senão perco a encomenda e o sinal. Não tenho esse dinheiro de outra forma.

O IBAN está confirmado na plataforma desde o início (voltei agora a verificar). Podem dizer-me o que se passa e quando é que o dinheiro entra na conta?

Agradeço uma resposta rápida,
Inês Rocha
Oficina do Barro – cerâmica artesanal, Caldas da Rainha
www.oficinadobarro.example | Siga-nos no Instagram @oficinadobarro"""),

    dict(n=12, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Manuel Sequeira <manuel.sequeira@mail.example>",
         to="loja.braga@oticavisao.example",
         subject="Dúvida sobre a fatura dos óculos",
         body="""\
Boa tarde,

Levantei ontem os meus óculos novos na vossa loja de Braga e estão ótimos, obrigado.

Só uma pequena dúvida: na fatura (FT 2026/14572) aparece uma linha "Taxa de adaptação – 5,00 €" que ninguém me mencionou quando fiz a encomenda. Não é nada de grave, mas gostava de perceber a que corresponde. É o ajuste das hastes que fizeram no momento da entrega?

Cumprimentos,
Manuel Sequeira"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gustavo Prado <gustavo.prado@correio.example>",
         to="secretaria@clubeserraazul.example",
         subject="Troquei o e-mail e agora não entro no app",
         body="""\
Boa tarde!

Antes de tudo, parabéns pela organização do torneio de tênis do fim de semana. Meus filhos adoraram e já estão perguntando quando vai ter o próximo.

Agora o motivo do e-mail: semana passada troquei o e-mail do meu cadastro de sócio no app (de gustavo.prado@trabalho.example para este aqui). O app pediu para confirmar pelo link, eu cliquei e apareceu "e-mail atualizado". Só que desde então não consigo entrar: com o e-mail novo diz "usuário não encontrado" e com o antigo diz "senha incorreta", mesmo depois de redefinir a senha.

Com isso não consigo reservar quadra nem abrir a carteirinha digital. Na portaria tenho mostrado o RG e tem dado certo, mas queria resolver.

Matrícula de sócio: 10.447-2

Valeu,
Gustavo Prado"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Carlos Figueiredo <carlos.figueiredo@mail.example>",
         to="clientes@contascertas.example",
         subject="Conta bloqueada no portal – faturas para o IVA",
         body="""\
Exmos. Senhores,

Sou cliente do vosso gabinete (empresário em nome individual, NIF 245 118 903) e costumo enviar as faturas de compras através do portal de clientes.

Hoje de manhã, ao tentar entrar, enganei-me na palavra-passe três vezes e a conta ficou bloqueada, com a mensagem "Conta bloqueada por motivos de segurança. Contacte o seu gabinete." Pedi a recuperação da palavra-passe, mas o e-mail de recuperação não chega (já verifiquei o spam).

A Dra. Paula disse-me que precisa das faturas de novembro até amanhã ao meio-dia para entregar a declaração periódica do IVA dentro do prazo. São cerca de 60 documentos, não é prático enviá-los por e-mail.

Agradeço que me desbloqueiem o acesso ainda hoje.

Com os melhores cumprimentos,
Carlos Figueiredo
Tel. 936 552 014"""),

    dict(n=15, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Bianca Nunes <bianca.nunes@correio.example>",
         to="suporte@idiomasmundi.example",
         subject="Como ativar verificação em duas etapas no portal do aluno?",
         body="""\
Oi!
Vi que agora dá para ativar a verificação em duas etapas no portal do aluno, mas não achei onde fica. Dá pra usar o Google Authenticator ou é só por SMS? E se eu trocar de celular, perco o acesso?
Obrigada,
Bianca Nunes – turma de Alemão A2, sábado de manhã"""),

    dict(n=16, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marcela Dias <marceladias@correio.example>",
         to="contato@batucadaescola.example",
         subject="A oficina de percussão foi um arraso!",
         body="""\
Oi, gente!

Só passando pra dizer que a oficina de percussão de sábado foi simplesmente matadora. O professor Jorge mandou muito bem, a turma tava pegando fogo, e no final, quando todo mundo entrou junto no samba-enredo, eu quase morri de emoção hahaha. Saí de lá com as mãos em carne viva de tanto bater no surdo, mas valeu cada minuto.

Minha filha ficou doida pra fazer também. Vocês vão abrir turma infantil no ano que vem? Ela tem 9 anos.

Ah, e uma dica: o ar-condicionado da sala 2 tava de congelar, quase precisei de um casaco rs.

Beijos e até a próxima!
Marcela"""),

    dict(n=17, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Teresa Gomes <teresa.gomes@mail.example>",
         to="assistencia@termoclima.example",
         subject="Re: Bomba de calor parada – casa sem aquecimento",
         body="""\
Bom dia,

Só para confirmar que o técnico (o Sr. Vítor) esteve cá ontem à tarde, trocou a placa e a bomba de calor já está a funcionar normalmente. Foi tiro e queda! A casa voltou a estar quentinha.

Muito obrigada pela rapidez.

Teresa Gomes

No dia 03/12/2026, às 08:41, Teresa Gomes <teresa.gomes@mail.example> escreveu:

> Bom dia,
> 
> A nossa bomba de calor (Aerotherm 8 kW, instalada por vós em 2024) deixou
> de funcionar esta madrugada. O ecrã mostra "E03" e não aquece nem a casa
> nem a água. Já desliguei e voltei a ligar o disjuntor, sem resultado.
> Podem mandar alguém hoje?
> 
> Teresa Gomes"""),

    dict(n=18, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Thiago Ramos <thiago.ramos@correio.example>",
         to="vendas@trilhaecampo.example",
         subject="Dúvida antes de comprar: barraca Tempestade 4 e fogareiro Inferno",
         body="""\
Olá,

Estou montando o equipamento para uma travessia na Serra da Mantiqueira em janeiro e fiquei de olho em dois produtos do site de vocês:
- Barraca Tempestade 4 (cód. 77120)
- Fogareiro Inferno Mini a gás (cód. 80415)

Sobre a barraca: ela aguenta mesmo chuva forte com vento? Nas avaliações um cliente disse que ela "sobreviveu a um temporal", mas outro reclamou que a vareta quebrou na primeira montagem. A vareta é de alumínio ou de fibra?

Sobre o fogareiro: funciona com cartucho de rosca ou só com o de encaixe?

E se a barraca não servir, como funciona a troca ou a devolução? Posso devolver se eu montar em casa só para testar?

Valeu!
Thiago Ramos"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Contábil Horizonte <eventos@contabilhorizonte.example>",
         to="atendimento@padariaflordetrigo.example",
         subject="Webinar gratuito: golpes do Pix, boletos falsos e senhas vazadas – proteja sua empresa",
         body="""\
Olá, empreendedor(a)!

Os golpes contra pequenas empresas não param de crescer: boletos falsos, WhatsApp clonado, funcionários que caem em phishing e senhas vazadas que dão acesso à conta bancária da empresa.

No nosso próximo webinar gratuito, a Dra. Camila Reis (advogada especialista em crimes digitais) e o nosso time de contadores vão mostrar:
• como identificar um boleto adulterado antes de pagar;
• o que fazer nas primeiras horas depois de uma fraude no Pix;
• como organizar as senhas da empresa sem aquela planilha no Excel;
• quais prejuízos com fraude podem ser lançados na contabilidade.

Quando: quinta-feira, 17/12, às 19h (horário de Brasília)
Onde: online, pelo link enviado após a inscrição
Inscrições: www.contabilhorizonte.example/webinar-golpes

Até lá!
Equipe Contábil Horizonte
Contabilidade para pequenos negócios desde 1998

Você está recebendo este e-mail porque é cliente ou se cadastrou em nosso site. Para não receber mais nossas comunicações, clique em "descadastrar". A Contábil Horizonte nunca pede senhas ou dados bancários por e-mail ou WhatsApp."""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Aline Souza <aline.souza@correio.example>",
         to="ajuda@encontrosapp.example",
         subject="Re: Cobrança em duplicidade da assinatura Premium [Chamado #448120]",
         body="""\
Oi, Rafael!

Deu certo sim, o estorno apareceu hoje na fatura. Obrigada pela ajuda!
Aproveitando: vocês vão fazer de novo aquele encontro presencial de solteiros em Curitiba? Fui no de outubro e adorei.

Aline

Em ter., 1 de dez. de 2026 às 16:22, Suporte Encontros <ajuda@encontrosapp.example> escreveu:

> Olá, Aline!
> 
> Verificamos que houve, sim, duas cobranças de R$ 39,90 referentes à
> assinatura Premium no dia 28/11. Já solicitamos o estorno da cobrança
> duplicada, que deve aparecer na sua fatura em até 5 dias úteis.
> 
> Atenciosamente,
> Rafael – Suporte Encontros
> 
> > Fui cobrada duas vezes pela assinatura Premium este mês, R$ 39,90 cada.
> > Quero o dinheiro de volta de uma dessas cobranças."""),

    dict(n=21, signals="-", priority="low", trap="school-project", qt=0, reply=0,
         frm="Beatriz Lopes <beatriz.lopes.9b@escola.example>",
         to="servicoeducativo@museudacidade.example",
         subject="Trabalho de grupo sobre o incêndio do Chiado",
         body="""\
Bom dia,

Sou aluna do 9.º B da Escola Básica de Benfica e estou a fazer um trabalho de grupo de História sobre o incêndio do Chiado de 1988. A nossa professora disse-nos que o museu tem fotografias e recortes de jornais dessa altura.

Gostávamos de saber:
1. se podemos consultar esse material e se é preciso marcar;
2. se há alguma visita guiada sobre a reconstrução do Chiado depois do fogo;
3. se podemos usar algumas fotografias no trabalho (é só para a escola, não vai ser publicado).

Lemos na internet que o fogo começou de madrugada nos Armazéns Grandella, destruiu 18 edifícios e que morreram duas pessoas, mas queríamos confirmar com fontes a sério.

Obrigada pela atenção!
Beatriz Lopes (e o resto do grupo: Diogo, Mariana e Leonor)"""),

    dict(n=22, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Diego Martins <diego.martins.bike@correio.example>",
         to="contato@pedalurbanobikes.example",
         subject="Vaga de mecânico de bicicletas - currículo",
         body="""\
Boa tarde,

Vi no Instagram de vocês que estão contratando mecânico e gostaria de me candidatar.

Trabalho há 6 anos com manutenção de bicicletas, os últimos 3 numa oficina no centro de Curitiba. No dia a dia resolvo de tudo: câmbio desregulado, freio hidráulico sem pressão, roda empenada, quadro trincado, bike elétrica com bateria que não carrega. Já peguei muita emergência de cliente que tinha prova no dia seguinte e a bike chegou toda quebrada, e sempre entreguei no prazo.

Também pedalo mountain bike nas horas vagas. Ano passado levei um tombo feio numa trilha e quebrei a clavícula, mas já estou 100% e pedalando de novo.

Tenho disponibilidade imediata. Meu currículo vai em anexo e meu celular é (41) 99871-2236.

Obrigado pela atenção,
Diego Martins

Enviado do meu celular"""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rosângela Pereira <rosangela.pereira@correio.example>",
         to="atendimento@aguasdovale.example",
         subject="RES: RES: Falta de água na Rua Sete de Setembro, 88 - protocolo 2026/118442",
         body="""\
TERCEIRO e-mail e até agora NADA.

Estamos desde quinta sem uma gota de água na torneira. Hoje é domingo. Os vizinhos da frente têm água, nós e as duas casas do lado não. Já liguei no 0800 quatro vezes e cada atendente fala uma coisa: uma disse que era manutenção na rede, outra que não tem nenhuma manutenção programada na região.

Minha mãe de 80 anos mora comigo, estamos comprando galão no mercado para cozinhar e tomando banho de balde com água da casa da minha irmã. A conta está paga e em dia.

Quero um técnico aqui HOJE e uma resposta que sirva para alguma coisa.

Rosângela Pereira
Rua Sete de Setembro, 88 - Jardim Primavera
Matrícula: 0045871-3

Em sáb., 5 de dez. de 2026 às 09:03, Rosângela Pereira <rosangela.pereira@correio.example> escreveu:

> Bom dia. Mandei e-mail ontem e ninguém respondeu. Continuamos sem água
> desde quinta à noite. O protocolo que me deram por telefone é 2026/118442.
> Por favor, mandem alguém verificar.
> 
> Em sex., 4 de dez. de 2026 às 08:15, Rosângela Pereira <rosangela.pereira@correio.example> escreveu:
> > Bom dia, desde ontem à noite não chega água na minha casa (Rua Sete de
> > Setembro, 88). Tem alguma manutenção na rede? Há previsão de volta?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Paulo Henriques <paulo@lojadacortica.example>",
         to="empresas@expressoluso.example",
         subject="Erro ao gerar etiquetas no portal – conta empresa 40127",
         body="""\
Boa tarde,

Desde ontem, quando crio um envio no portal de empresas e carrego em "Gerar etiqueta", aparece isto:

   Erro 500 – Não foi possível gerar o documento. Tente novamente mais tarde.
   Ref.: LBL-7f3a-1130

Acontece com todos os envios nacionais; os envios para Espanha geram a etiqueta normalmente.

Por agora estamos a contornar o problema importando os envios por ficheiro CSV, que gera as etiquetas sem erro, por isso as encomendas estão a sair. Mas dá bastante mais trabalho, sobretudo nesta altura do Natal, e gostávamos que fosse corrigido.

Obrigado,
Paulo Henriques
Loja da Cortiça – artigos em cortiça portuguesa
Conta empresa n.º 40127
(ticket anterior: #EXP-22901, de outubro, com um erro parecido)"""),
]
