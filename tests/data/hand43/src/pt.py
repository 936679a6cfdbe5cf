# blind44 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Catarina Moutinho <catarina.moutinho@mailbox.example>",
         to="apoio.consumidor@nutrinho.example",
         subject="Boião de pera e maçã - lote 26-311B",
         body="""\
Bom dia,

Ontem ao jantar estava a dar ao meu filho (11 meses) um boião de pera e maçã da vossa marca e a meio senti qualquer coisa a ranger na colher. Tirei-lhe da boca um pedaço de vidro com quase meio centímetro e no fundo do boião encontrei mais dois bocadinhos.

Ele não parece ter engolido nada, mas ficou com um pequeno corte no lábio de baixo e levámo-lo às urgências pediátricas. Fez raio-X e por agora está tudo bem, mas ainda estamos em choque.

O boião tem o lote 26-311B e validade 09/2027, foi comprado no hipermercado de Matosinhos. Tenho mais três da mesma embalagem, que não abri. Guardei o boião e os bocados de vidro num saco.

Quero saber o que devo fazer com isto e se há mais boiões destes à venda. Tenho uma amiga que compra exatamente os mesmos para a filha.

Catarina Moutinho
912 448 307"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Rui Azevedo <rui.azevedo@mailbox.example>",
         to="apoio@voltix-bikes.example",
         subject="RE: [Pedido #58217] Bateria não carrega até ao fim",
         body="""\
Isto já não é uma questão de a bateria não carregar.

Hoje de manhã deixei a bicicleta a carregar no corredor do prédio, como sempre, com o carregador original. Passada meia hora a vizinha bateu-me à porta: estava a sair fumo branco da bateria, com um cheiro horrível a plástico queimado. Quando lá cheguei já saíam chamas por baixo da tampa. Consegui apagar com o extintor do prédio, mas o corredor ficou todo negro e a porta do vizinho do lado está queimada. Os bombeiros vieram e disseram para não voltar a ligar aquilo à corrente.

Escrevi-vos há mais de uma semana a dizer que a bateria aquecia muito e não passava dos 80%, e a única resposta foi esta mensagem automática. Ninguém me ligou.

Quero que alguém me contacte HOJE. E quero saber se as outras bicicletas deste modelo têm a mesma bateria, porque no meu prédio há mais duas.

Rui Azevedo
Voltix Urban 2, comprada em março, n.º de série VX2-0093318

-----Mensagem original-----
De: Apoio Voltix <apoio@voltix-bikes.example>
Enviada: 24 de novembro de 2026 09:02
Para: Rui Azevedo
Assunto: [Pedido #58217] Bateria não carrega até ao fim

Olá Rui,

Recebemos o seu pedido. Um dos nossos técnicos irá responder no prazo de 5 a 7 dias úteis.

Resumo do pedido: "A bateria aquece bastante a carregar e não passa dos 80%."

Obrigado,
Equipa Voltix"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandra Lopes <sandralopes@correio.example>",
         to="sac@gasnorte.example",
         subject="cheiro de gás depois da troca do botijão",
         body="""\
Boa noite, o entregador de vocês trocou o botijão hoje à tarde e desde então tá com um cheiro forte de gás na cozinha, pior perto do regulador. Já fechei o registro e abri as janelas, tô com as duas crianças na casa da minha mãe. Alguém pode vir hoje ainda? Rua das Palmeiras 212, Vila Mariana.

Sandra

Enviado do meu celular"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Helena Brandão <helena.brandao@hsantaluzia.example>",
         to="assistencia.tecnica@medinfus.example",
         subject="Bomba perfusora MI-400 (n.º série 40-11872) - débito superior ao programado",
         body="""\
Exmos. Senhores,

Venho comunicar uma ocorrência com uma das bombas perfusoras MI-400 em uso no Serviço de Medicina Interna (piso 4).

Na madrugada de hoje, uma doente de 78 anos estava a fazer perfusão de heparina programada a 2 ml/h. Na ronda das 6h a enfermeira verificou que a seringa, que devia durar até ao fim da manhã, estava praticamente vazia. Pelas nossas contas a bomba terá administrado perto de dez vezes o programado, sem qualquer alarme. A doente apresentou hemorragia gengival e foi observada pelo médico de serviço; está estável e em vigilância.

A bomba foi retirada de uso e está guardada, tal como estava, no gabinete de enfermagem. Temos mais 22 bombas do mesmo modelo no serviço. Até esclarecimento passámos as perfusões críticas para bombas de outro fabricante, mas não as temos em número suficiente.

Solicitamos o contacto urgente de um técnico e indicação sobre se devemos suspender o uso das restantes unidades.

Com os melhores cumprimentos,

Helena Brandão
Enfermeira Gestora - Serviço de Medicina Interna
Hospital de Santa Luzia
Tel. 258 900 412 | Ext. 4410

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se a recebeu por engano, informe o remetente e elimine-a. É proibida a utilização, divulgação ou cópia não autorizada do seu conteúdo."""),

    dict(n=5, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Jorge Pimentel <jpimentel@netmail.example>",
         to="apoio@lusaseguros.example",
         subject="FW: A sua apólice Casa Segura - documentos",
         body="""\
Boa tarde,

Reencaminho o e-mail que recebi de vós na quarta-feira. Os anexos não são meus: são a apólice, a cópia do cartão de cidadão e o comprovativo de IBAN de uma senhora chamada Maria Fernanda Quintela, com morada em Braga. Nunca tive nenhum seguro convosco com essa morada.

Não abri mais nada nem reencaminhei a ninguém, mas acho que ela devia saber. E já agora gostava de saber se os meus documentos (sou cliente desde 2021, apólice CS-2021-448190) também foram parar a casa de outra pessoa.

Jorge Pimentel

---------- Mensagem reencaminhada ---------
De: Lusa Seguros <nao-responder@lusaseguros.example>
Data: quarta, 9/12/2026, 16:47
Assunto: A sua apólice Casa Segura - documentos
Para: <jpimentel@netmail.example>

Estimada Cliente,

Junto enviamos a documentação relativa à renovação da sua apólice Casa Segura n.º CS-2024-771023, bem como os documentos de identificação que nos fez chegar.

Com os melhores cumprimentos,
Lusa Seguros - Gestão de Clientes

Anexos: Apolice_CS-2024-771023.pdf, CC_MFQuintela.pdf, Comprovativo_IBAN.pdf"""),

    dict(n=6, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tiago Moreira <tiago.moreira88@mailbox.example>",
         to="ajuda@bancoaurora.example",
         subject="Movimentos que não fiz na conta",
         body="""\
Olá,

Acabei de abrir a app e tenho três transferências imediatas que não fiz, todas esta madrugada entre as 3h10 e as 3h40: 250 €, 250 € e 198 €, para uma conta que não conheço (PT50 ... 7114). A essa hora estava a dormir e o telemóvel estava comigo.

Ontem à tarde recebi uma SMS supostamente do banco a dizer que o meu acesso ia expirar, carreguei no link e pus lá os meus dados. Só agora percebi o que fiz.

Já mudei o código de acesso na app. Preciso que bloqueiem o que houver a bloquear e que me digam como recupero o dinheiro, era o ordenado para pagar a renda deste mês.

Tiago Moreira
Cliente n.º 4471 0932"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Farmácias Vale do Sousa <compras@farmvalesousa.example>",
         to="suporte.portal@distrifarma.example",
         subject="Encomendas do portal ficam sempre 'em processamento' - 14 farmácias sem reposição",
         body="""\
Boa tarde,

Desde as 9h30 de hoje que todas as encomendas que submetemos no portal B2B ficam no estado "em processamento" e nunca chegam a ser confirmadas. Já tentámos a partir de várias farmácias e de computadores diferentes: o carrinho é aceite, aparece a rodinha e ao fim de uns minutos volta à lista com o mesmo estado. Nenhuma aparece do vosso lado na faturação.

Somos um grupo de 14 farmácias e a entrega da manhã já não veio. Se a encomenda das 15h também não entrar, amanhã vamos ter falta de insulinas, anticoagulantes e de vários medicamentos crónicos, com doentes à espera ao balcão.

A linha de apoio está sempre ocupada. Podem indicar-nos uma alternativa (encomenda por e-mail ou por telefone) enquanto isto não se resolve?

Cumprimentos,
Paulo Sequeira
Diretor de Compras - Farmácias Vale do Sousa
Tel. 255 310 870"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marta Falcão <marta.falcao@teatromare.example>",
         to="suporte@bilheteiraweb.example",
         subject="URGENTE - estreia às 21h30 e os leitores rejeitam todos os bilhetes",
         body="""\
Boa tarde,

Hoje é a estreia de "A Casa das Marés", temos 480 lugares vendidos e a porta abre às 20h45. Estamos a testar os leitores da entrada e todos os bilhetes vendidos online aparecem como "Código inexistente". Os que vendemos hoje na bilheteira também. Na vossa área de gestão o espetáculo aparece com 0 bilhetes vendidos, quando ontem à noite lá estavam os 480.

Também não conseguimos imprimir duplicados: a impressora da bilheteira recebe a ordem mas o papel sai em branco.

Preciso de alguém ao telefone connosco antes das 20h. O meu número direto é o 213 405 992. Se não houver solução, digam-nos pelo menos como exportar a lista de compradores para fazermos a entrada à mão.

Marta Falcão
Direção de Produção - Teatro da Maré"""),

    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Olena Kovalenko <olena.kov@mailbox.example>",
         to="apoio@cabonet.example",
         subject="Sem internet desde sábado",
         body="""\
Boa dia,

Eu sou cliente de vocês com pacote TV + internet (contrato 30092281). Desde sábado à noite não tenho internet nenhum. O router tem luz vermelha a piscar e a televisão diz "sem sinal". Eu já desliguei e ligei o router muitas vezes, também troquei o cabo como disse a gravação do telefone, nada.

Eu trabalho em casa como tradutora e sem internet não posso enviar os trabalhos. Agora estou a usar os dados do telemóvel mas acabam amanhã. Liguei duas vezes para linha de apoio e disseram que vai vir técnico "em 5 dias úteis". É muito tempo para mim.

Por favor podem mandar alguém mais cedo? Estou em casa todos dias.

Obrigada,
Olena Kovalenko
Rua Gil Vicente 45, 2.º esq., Almada"""),

    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Beatriz Sá <beatriz.sa@mailbox.example>",
         to="suporte@linguaviva.example",
         subject="Re: Pedido 7731 - exercícios de áudio",
         body="""\
Olá Joana,

Respondo por baixo das suas perguntas.

Suporte Língua Viva <suporte@linguaviva.example> escreveu no dia quarta, 9/12/2026 à(s) 11:20:
> Que navegador e sistema operativo utiliza?

Chrome, num portátil com Windows 11. Também experimentei no Firefox e é igual.

> O problema acontece em todos os exercícios ou só em alguns?

Só nos exercícios de compreensão oral do nível B2 (unidades 6 a 9). Carrego no play, o botão fica cinzento e não se ouve nada. Os vídeos das aulas e o resto da plataforma estão normais.

> Consegue fazer os mesmos exercícios na aplicação móvel?

Sim, na app do telemóvel o áudio toca. Vou fazendo por lá, mas é chato porque não dá jeito escrever as respostas longas no ecrã pequeno. Tenho o teste da unidade 9 no dia 18, gostava que estivesse resolvido até lá.

Obrigada,
Beatriz"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Luís Carvalho <luis.carvalho@mailbox.example>",
         to="clientes@cinemasatlantico.example",
         subject="Taxa de 0,75 € nos bilhetes",
         body="""\
Boa tarde,

Comprei ontem dois bilhetes pela vossa app para sábado (sessão das 21h15, sala 3) e no extrato do cartão aparecem 16,30 € em vez dos 14,80 € dos bilhetes. Depois vi que há uma "taxa de serviço online" de 0,75 € por bilhete.

Não é nada de grave, só queria perceber: essa taxa também se aplica se eu usar o cartão de sócio? E se comprar na bilheteira já não se paga, certo?

Obrigado e bom trabalho,
Luís Carvalho"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Ana Rita Figueiredo <anarita.fig@mailbox.example>",
         to="apoio.cliente@casamovel.example",
         subject="Re: Cancelamento encomenda 200-481772 (sofá Lisboa 3 lugares)",
         body="""\
Boa tarde,

Já passaram quase três semanas desde a vossa mensagem abaixo e o reembolso dos 899 € continua sem aparecer no extrato do cartão. Voltei hoje a confirmar com o banco e não entrou nada da vossa parte.

Agradeço que me enviem o comprovativo do estorno ou que me expliquem o que se passa.

Ana Rita Figueiredo

A 12/11/2026, às 10:05, Apoio ao Cliente Casa Móvel escreveu:
> Cara Ana Rita,
>
> Confirmamos o cancelamento da encomenda 200-481772. O reembolso de 899,00 €
> será processado para o cartão utilizado na compra no prazo de 5 dias úteis.
>
> Lamentamos o incómodo.
> Equipa Casa Móvel
>
>> A 10/11/2026, às 21:40, Ana Rita Figueiredo escreveu:
>> O sofá tinha entrega marcada para dia 9 e ninguém apareceu nem ligou.
>> Quero cancelar a encomenda e receber o dinheiro de volta."""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Manuel Teixeira <m.teixeira.quinta@agromail.example>",
         to="tesouraria@coopleiteminho.example",
         subject="Pagamento do leite de outubro ainda não recebido",
         body="""\
Boa tarde D. Fátima,

Escrevo porque o pagamento do leite de outubro, que costuma entrar até dia 25 de novembro, ainda não caiu na minha conta. Pelas guias de recolha são 41 860 litros, qualquer coisa como 18 400 €.

Falei com o Sr. Amaral no posto de recolha e ele diz que os outros sócios já receberam. Só eu é que não.

Tenho de pagar aos dois empregados na sexta e a fatura da ração vence segunda, e sem este dinheiro não tenho como. Pode ver o que se passou? Se for por causa do IBAN, o meu continua o mesmo de sempre (acaba em 0417).

Obrigado,
Manuel Teixeira
Sócio n.º 1183 - Quinta da Veiga, Barcelos
Tel. 936 221 740"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Maria do Céu Ramos <mceu.ramos@mailbox.example>",
         to="rececao@clinicasorriso.example",
         subject="Alterar o e-mail na área de paciente",
         body="""\
Muito boa tarde,

Peço desculpa pelo incómodo. Tenho uma consulta marcada convosco para dia 15 (higienização, com a Dra. Inês) e queria aproveitar para alterar o e-mail associado à minha área de paciente no site, porque o endereço antigo (mceu.ramos@velhomail.example) vai ser desativado no fim do ano.

Não encontro onde se faz essa alteração. É possível fazê-lo eu própria, ou tem de ser a clínica a mudar? Caso seja preciso, o meu número de paciente é o 20114.

Com os meus agradecimentos e votos de boas festas,
Maria do Céu Ramos"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Diogo Nunes <diogo.nunes@mailbox.example>",
         to="socios@energiafit.example",
         subject="Várias coisas - sócio 55-0381",
         body="""\
Olá,

Aproveito para juntar tudo num só e-mail:

- Mudei de casa, a nova morada é Av. da República 120, 3.º dto, 4450 Matosinhos. Podem atualizar?
- Esqueci-me de uma toalha azul no balneário do clube da Boavista na terça, se alguém a encontrar.
- Desde segunda que não consigo entrar na app: aparece "conta bloqueada, contacte o seu clube". Já fiz "recuperar palavra-passe" duas vezes e o e-mail nunca chega. Sem a app não consigo reservar as aulas de cycling, que esgotam logo. Tenho pedido na receção que me marquem, mas nem sempre dá.
- A aula de pilates de quinta às 19h podia voltar a ser às 19h30?

Obrigado!
Diogo Nunes"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sofia Matias <sofia@gabmatias.example>",
         to="helpdesk@nortetech.example",
         subject="Sem acesso ao e-mail nem à VPN - prazo do SAF-T termina hoje",
         body="""\
Bom dia,

Ontem à noite troquei de telemóvel e hoje de manhã a autenticação em dois passos pede o código da aplicação que estava no telemóvel antigo, que já entreguei na loja. Não consigo entrar no Outlook nem na VPN do gabinete. O "usar outro método" só me oferece o mesmo telemóvel.

Sou a única pessoa do gabinete com acesso às pastas dos clientes e hoje, dia 5, é o último dia para comunicar o SAF-T de faturação de 11 clientes. Se não ficar entregue até à meia-noite, são eles que pagam a coima.

Podem repor o segundo fator ou dar-me um acesso temporário? Estou no escritório o dia todo, 226 180 334.

Sofia Matias
Gabinete de Contabilidade Matias & Filhos
Contrato NorteTech MSP-0214"""),

    dict(n=17, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Juliana e Rafael <juliana.rafael@correio.example>",
         to="contato@lacoseventos.example",
         subject="Obrigada por tudo!!!",
         body="""\
Oi Carol!!

Passando só pra agradecer de coração. A festa foi um arraso, sério. A pista pegou fogo do começo ao fim, o DJ matou a pau e às 4 da manhã ninguém queria ir embora. Minha tia, que nunca dança, quebrou tudo no funk (e hoje tá morrendo de dor nas costas, haha).

O bolo estava de morrer e aquele drink com canela flambada foi uma bomba, todo mundo perguntando. Meu sogro quase teve um treco quando viu as tochas na entrada e o estouro dos fogos na hora da saída, chorou igual criança.

A gente ainda está em choque com tudo que vocês conseguiram fazer depois daquela chuvarada no sábado de manhã. Vocês salvaram a nossa vida.

Quando sair o álbum das fotos, manda pra gente? E posso passar seu contato pra minha prima Bia? Ela casa em 2027 e já tá desesperada.

Um beijo enorme de nós dois,
Juliana e Rafael"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Jardim de Infância O Pinhal <direcao@jipinhal.example>",
         to="formacao@socorrismo-atlantico.example",
         subject="Pedido de orçamento - formação em primeiros socorros pediátricos",
         body="""\
Boa tarde,

Somos um jardim de infância em Leiria, com 64 crianças e uma equipa de 12 educadoras e auxiliares. Gostaríamos de receber um orçamento para uma formação em primeiros socorros pediátricos para toda a equipa, de preferência num sábado de janeiro ou fevereiro, nas nossas instalações.

Pelo que vi no vosso site, o programa inclui engasgamento e obstrução da via aérea, queimaduras, quedas e traumatismos, intoxicações e envenenamentos (detergentes, medicamentos), reações alérgicas graves e uso do autoinjetor, convulsões febris e suporte básico de vida com desfibrilhador. É exatamente o que precisamos.

Algumas dúvidas:
1. A formação dá certificado reconhecido?
2. Trazem os manequins de bebé e de criança ou temos de os alugar?
3. Qual é o número máximo de formandos por sessão?

Obrigada,
Carla Simões
Diretora Pedagógica - Jardim de Infância O Pinhal
Tel. 244 813 207"""),

    dict(n=19, signals="-", priority="low", trap="logistics", qt=0, reply=0,
         frm="Padarias Trigo Vivo <obras@trigovivo.example>",
         to="instalacoes@fornosdonorte.example",
         subject="Instalação do forno a lenha - loja de Viseu, 14/12",
         body="""\
Bom dia Eng. Correia,

Confirmo a instalação do novo forno a lenha na nossa loja de Viseu para segunda, dia 14, a partir das 7h. Algumas notas para a vossa equipa:

- O forno velho foi desmontado na sexta. Ainda tem cinzas e restos de carvão no fundo; a nossa equipa limpa tudo antes de chegarem.
- A chaminé nova passa junto ao telhado do vizinho, por isso os bombeiros vêm fazer a vistoria de segurança contra incêndios no dia 16. Precisamos do certificado do isolamento da conduta de fumos até lá.
- O primeiro fogo é só para secar o refratário, certo? Pelo que percebi não podemos cozer nada nos primeiros três dias, senão a abóbada pode rachar.
- A carga com os tijolos vem num camião de 12 t e a rua é estreita, convém descarregar antes das 9h.

Qualquer coisa, o encarregado da loja é o Sr. Vítor, 934 002 118.

Cumprimentos,
Henrique Lobo
Departamento de Obras - Padarias Trigo Vivo"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Nuno Tavares <nuno.tavares@hoteisribeira.example>",
         to="eventos@ciberescudo.example",
         subject='Inscrição no webinar "Ransomware na hotelaria" - 10 de dezembro',
         body="""\
Boa tarde,

Gostaria de inscrever três pessoas do nosso grupo no webinar de amanhã, dia 10, "Ransomware na hotelaria: como os piratas informáticos entram pela receção":

- Nuno Tavares, diretor de sistemas
- Sara Leal, responsável de reservas
- Pedro Viana, rececionista-chefe (Hotel Ribeira Porto)

Assistimos à vossa apresentação no congresso de hotelaria em Lisboa e o caso do hotel a quem roubaram os dados de cartão de 40 mil hóspedes através de um e-mail de phishing enviado à receção deu muito que falar cá dentro. A nossa receção recebe todos os dias dezenas de e-mails de "hóspedes" com anexos, por isso a parte sobre engenharia social, contas pirateadas e fugas de dados interessa-nos especialmente.

O webinar fica gravado? A Sara está de turno nesse dia e gostava de o ver depois.

Obrigado,
Nuno Tavares
Diretor de Sistemas de Informação - Hotéis Ribeira"""),

    dict(n=21, signals="-", priority="low", trap="data", qt=0, reply=0,
         frm="Fernanda Rocha <fernanda.rocha51@mailbox.example>",
         to="ajuda@mercadoemcasa.example",
         subject="SMS esquisita sobre a minha encomenda",
         body="""\
Boa tarde,

Hoje de manhã recebi esta SMS:

"MercadoEmCasa: a sua encomenda esta retida por falta de pagamento de portes (1,99 EUR). Regularize em mercadoemcasa-entregas.example/pagar para evitar a devolucao."

Achei estranho porque a minha encomenda de sábado chegou bem e paguei tudo na altura. Não carreguei no link. A minha filha diz que é phishing, que é para roubar os dados do cartão e que há muita gente a quem já esvaziaram a conta assim.

É vossa ou não? Se não for, se calhar valia a pena avisarem os outros clientes, porque a minha vizinha também a recebeu e ela carrega em tudo.

Cumprimentos,
Fernanda Rocha
Cliente n.º 339 812"""),

    dict(n=22, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Ricardo Serrano <ricardo.serrano@mailbox.example>",
         to="orcamentos@mudancasrapidas.example",
         subject="Orçamento para mudança Coimbra - Aveiro em janeiro",
         body="""\
Boa noite,

Queria pedir um orçamento para uma mudança de Coimbra para Aveiro na segunda quinzena de janeiro.

Um pouco de contexto: a minha mãe (81 anos) caiu na banheira no mês passado, partiu o fémur e ainda está no hospital; depois vai para uma unidade de cuidados continuados. Os médicos disseram que não pode voltar a viver sozinha num 3.º andar sem elevador, por isso vamos esvaziar o apartamento dela e trazer parte das coisas para minha casa.

O que há para levar:
- quarto completo (cama de casal, roupeiro de 3 portas, cómoda)
- sala: sofá, aparador antigo muito pesado, estante de livros
- cerca de 30 caixas
- uma cadeira de rodas e uma cama articulada que alugámos, que têm de ir diretamente para a clínica (em Aveiro, fica no caminho)

O prédio de Coimbra é um 3.º andar sem elevador, com escadas estreitas. Em Aveiro é uma moradia com garagem.

Fazem embalamento? E o seguro cobre se alguma coisa se partir?

Obrigado,
Ricardo Serrano
917 334 520"""),

    dict(n=23, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Célia Prado <celia.prado@correio.example>",
         to="atendimento@brinquedolandia.example",
         subject="Dúvida sobre o Vulcão Explosivo e o Laboratório de Poções",
         body="""\
Boa tarde,

Quero dar de Natal para meus netos (6 e 9 anos) dois kits de ciência de vocês e fiquei com algumas dúvidas:

1. O "Vulcão Explosivo Mega Erupção" faz mesmo a lava sair borbulhando ou é só uma fumacinha? O de 6 anos é louco por vulcão, mas a mãe dele tem medo que ele se queime.
2. No "Laboratório de Poções Venenosas" vem algum produto que não pode engolir? O menor ainda bota tudo na boca.
3. E o "Kit Detetive: Cena do Crime" vem com aquele pó pra tirar impressão digital? Parece divertido demais.

Se eu comprar os três até sexta, chega antes do dia 20 aqui em Campinas? Vocês embrulham pra presente?

Muito obrigada,
Célia Prado"""),

    dict(n=24, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Hugo Marques <hugo.marques@mailbox.example>",
         to="reservas@maresatlantico.example",
         subject="Re: Check-in online - erro ao abrir o site",
         body="""\
Boa tarde,

Obrigado, já consegui fazer o check-in e tenho os cartões de embarque no telemóvel.

Só mais uma pergunta: posso levar o meu cão (labrador, 30 kg) no convés, ou tem de ficar no carro durante a travessia?

Hugo Marques

Reservas Marés do Atlântico <reservas@maresatlantico.example> escreveu no dia segunda, 30/11/2026 à(s) 09:12:
> Caro Sr. Hugo Marques,
>
> Pedimos desculpa pelo incómodo. Houve uma falha no nosso sistema de reservas
> durante a noite, entretanto resolvida. Pode tentar novamente.
>
> Cumprimentos,
> Reservas Marés do Atlântico
>
>> Hugo Marques escreveu no dia domingo, 29/11/2026 à(s) 22:47:
>> O vosso site não abre, dá sempre "Erro 503 - serviço indisponível", e o
>> check-in online fecha 48 horas antes da partida. Viajo quinta às 14h para
>> a Horta, com o carro."""),
]
