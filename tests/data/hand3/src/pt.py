# blind4 — Portuguese (Brazilian and European), 24 hand-written support e-mails.
# Written blind (no look at the triage tool, its rules or the earlier corpora's texts).
# Plan: 1-4 safety (critical), 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives (gold '-', low), 23-24 context rows.
# Quoted traps: 15 (account, quotes a maintenance notice -> outage), 21 (thanks, quotes a
# security alert -> safety). Names, companies, addresses and numbers are invented.
# Senders with "correio" in the address are Brazilian (build.py dates them UTC-3).

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Rosângela Amaral <rosangela.amaral@correio.example>",
         to="sac@panelasvitoria.example",
         subject="tampa da panela de pressão soltou cozinhando feijão",
         body="""Boa noite

Comprei a panela de pressão Vitória Turbo 6L faz uns 20 dias. Hoje cozinhando feijão, uns 15 min depois que começou a chiar, a tampa girou sozinha e soltou. Foi feijão pra todo lado, no teto, na parede, no meu braço e no meu filho de 7 anos que tava sentado na mesa do lado. Ele ta com o braço todo vermelho e cheio de bolha, levei na UPA e passaram pomada e curativo.

Eu fechei a tampa certinho como ta no manual, ouvi o clique da trava. A válvula tava limpa, a panela é nova.

Quero saber o que vcs vão fazer, tem muita gente com essa panela em casa. Guardei a panela e a nota fiscal.

Rosângela
Enviado do meu celular"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Tiago Meireles <tiago.meireles@mailpt.example>",
         to="apoio@bebeviagem.example",
         subject="Fivela da cadeira auto abriu-se com o carro em andamento",
         body="""Bom dia,

Na sexta-feira, na A1 perto de Coimbra, a minha filha (2 anos) disse "pai, olha" e quando olhei pelo espelho ela tinha o arnês solto no colo. A fivela da cadeira auto Orbis Fix, comprada na vossa loja online em setembro (encomenda n.º BV-77120), abriu-se sozinha. Parei na área de serviço e tentei perceber o que se passa: a fivela fecha e faz o clique, mas basta um puxão mais forte nas alças para as linguetas saltarem.

Desde então a miúda vai na cadeira antiga da avó. Gostava de saber com urgência se há algum problema conhecido com este modelo e se mais pais vos reportaram o mesmo. Se tivesse havido uma travagem a sério naquele momento, não sei o que teria acontecido.

Tenho um vídeo em que se vê a fivela a abrir, posso enviar.

Tiago Meireles"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Juliana Prates <ju.prates@correio.example>",
         to="atendimento@nutrinhobaby.example",
         subject="Leite NutriNho 1 lote L2611-08 com cheiro azedo - bebê passou mal",
         body="""Olá,

Abri ontem uma lata nova do NutriNho 1 (800 g, lote L2611-08, validade 09/2027), comprada na Drogaria Boa Saúde. O pó estava empedrado e com um cheiro azedo, bem diferente das outras latas. Como não tinha outra em casa, preparei duas mamadeiras assim mesmo (erro meu, eu sei).

Minha filha de 4 meses vomitou a madrugada toda e teve diarreia. Passamos a noite no pronto-socorro infantil e ela ficou no soro. A pediatra suspeita de contaminação do leite.

Separei a lata com o resto do pó e a embalagem. Preciso que alguém me ligue ainda hoje, e acho que vocês deveriam recolher esse lote antes que outro bebê tome.

Juliana Prates"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Helena Vasconcelos <helena.vasc@mailpt.example>",
         to="geral@labanalisesribeiro.example",
         subject="Recebi as análises de outra pessoa",
         body="""Exmos. Senhores,

Hoje de manhã recebi no meu email o link para os resultados das minhas análises (colheita de 30/11 no posto de Gaia). Ao abrir o PDF, o documento não é meu: tem o nome, a data de nascimento, o número de utente e os resultados de uma senhora chamada M. F. Carvalho, incluindo serologias e um teste de gravidez.

Voltei a abrir o mesmo link e agora aparecem as análises de um terceiro doente, um homem. Ou seja, quem tiver um destes links pode estar a ver resultados alheios, e as minhas análises podem estar neste momento na caixa de correio de um desconhecido.

Peço que desativem esses links imediatamente e que me digam quem teve acesso aos meus dados. Não apaguei o email, caso precisem dele.

Com os melhores cumprimentos,
Helena Vasconcelos"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Caio Nogueira <caio@lojaterradomato.example>",
         to="suporte@vendafacil.example",
         subject="URGENTE checkout não finaliza nenhum pedido",
         body="""Pessoal, desde umas 10h15 o checkout da loja (terradomato.example, plano Pro) fica girando depois que o cliente clica em "Finalizar compra" e não sai disso. Testei em 3 navegadores, no celular e no computador, com cartão e com boleto. Nenhum pedido entrou desde então, e a gente ta com campanha de 30% no ar e anúncio pago rodando.

Os clientes tão mandando print no Instagram perguntando se a loja é golpe.

Alguém me responde por favor, cada hora assim é venda perdida.
Caio - Terra do Mato Cosméticos"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Sofia Antunes <sofia.antunes@farmaciasdoplanalto.example>",
         to="suporte@farmasoft.example",
         subject="Receitas eletrónicas não carregam em nenhuma loja",
         body="""Boa tarde,

Desde as 14h20 nenhuma das nossas 11 farmácias consegue dispensar receitas eletrónicas. Lemos o código da receita, o ecrã fica em "A consultar..." e ao fim de um minuto aparece "Tempo esgotado". A venda livre funciona, só as receitas é que não.

Temos filas de utentes nas lojas de Viseu e de Tondela, muitos idosos com medicação crónica, e estamos a pedir-lhes que voltem mais tarde, o que não é aceitável.

Já reiniciámos os postos e o router em duas lojas, sem efeito. Precisamos de alguém da vossa equipa técnica em linha com urgência.

Sofia Antunes
Diretora Técnica - Farmácias do Planalto"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Renan Tobias <renan.tobias@correio.example>",
         to="atendimento@fibranetsul.example",
         subject="sem internet desde ontem",
         body="""boa tarde, to sem internet desde ontem 19h. a luz LOS do modem ta piscando vermelha, ja tirei da tomada, esperei, liguei de novo, nada. trabalho de casa e to usando o 4G do celular pra mandar esse email. contrato 4471902. preciso de um tecnico o quanto antes, amanha tenho entrega de projeto"""),

    dict(n=8, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Coordenação EAD - Univ. Vale Verde <ead@univaleverde.example>",
         to="suporte@campusvirtual.example",
         subject="Alunos não conseguem entrar no AVA - código SMS não chega",
         body="""Prezados,

Desde o início da manhã estamos recebendo dezenas de chamados: os alunos digitam usuário e senha no AVA, a tela pede o código de verificação enviado por SMS e o código simplesmente não chega. Testamos com números de quatro operadoras diferentes, inclusive os nossos, e nada. O botão de reenviar também não resolve.

São cerca de 6.800 alunos ativos e hoje, até 23h59, termina o prazo de envio das avaliações finais do semestre. Os professores também não estão conseguindo entrar para lançar notas.

Pedimos prioridade máxima. Se for possível desativar temporariamente a verificação por SMS para a nossa instituição, estamos de acordo.

Atenciosamente,
Coordenação de Educação a Distância
Universidade Vale Verde"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Clínica Veterinária Patudos <rececao@patudos-vet.example>",
         to="helpdesk@vetgest.example",
         subject="Programa muito lento a abrir as fichas",
         body="""Olá, boa tarde.

Desde segunda-feira o VetGest está muito lento aqui na clínica. Abrir a ficha de um animal demora entre 40 segundos e um minuto, e gravar uma consulta às vezes demora o mesmo. Vamos conseguindo trabalhar, mas com a sala de espera cheia é um sufoco, e os veterinários acabam por escrever em papel e passar para o computador depois.

A internet está boa (testámos, 200 Mb) e os outros programas estão normais. Será alguma coisa do vosso lado?

Obrigada,
Marta (receção)"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Edson Farias <edson@farias-autopecas.example>",
         to="vendedores@mercadao.example",
         subject="Repasse de novembro não caiu na conta",
         body="""Boa tarde,

Sou vendedor na plataforma desde 2023 (loja Farias Autopeças, ID de vendedor 558120). O repasse das vendas do ciclo de 16 a 30/11, no valor de R$ 18.742,35, estava previsto para o dia 05/12 e até agora não caiu. No painel aparece "Repasse realizado", mas no extrato não tem nada, e o banco diz que não existe nenhuma transferência entrando.

Tenho boleto de fornecedor vencendo na segunda e o salário dos dois funcionários pra pagar. Preciso que vocês verifiquem com urgência pra onde foi esse dinheiro.

Conta cadastrada: Banco Sertão, ag. 0412, final 77-3.

Edson Farias"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Bia Lacerda <bialacerda@correio.example>",
         to="ajuda@fitfocoapp.example",
         subject="cobrança depois de cancelar",
         body="""oi, cancelei minha assinatura do FitFoco no dia 10/11 (tenho o email de confirmação) e hoje veio de novo a cobrança de R$ 49,90 no cartão. quero o estorno. obg"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Manuel Teixeira <m.teixeira@mailpt.example>",
         to="clientes@aguasdoribeiro.example",
         subject="Débito direto antes do prazo e valor errado - CL 20817743",
         body="""Boa tarde.

Sou vosso cliente há mais de vinte anos e nunca tive razão de queixa, mas este mês alguma coisa correu mal. A fatura de novembro indicava data de débito a 22/12 e o valor de 187,40 EUR foi-me debitado hoje, dia 3, quase três semanas antes.

Além disso o valor não faz sentido nenhum. Somos duas pessoas em casa e costumamos pagar entre 25 e 35 euros por mês. A leitura que aparece na fatura (4512 m3) não corresponde ao contador, que marca 3980; tirei fotografia e envio em anexo.

Felizmente tinha saldo, mas gostava que me devolvessem a diferença e corrigissem a leitura. Se for preciso alguém vir ver o contador, estou em casa de manhã.

Manuel Teixeira
Rua das Flores 12, Ribeira de Cima"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Inês Barreto <ines@atelierbarreto.example>",
         to="apoio@imprimeja.example",
         subject="NIF nas faturas",
         body="""Olá! Já fiz algumas encomendas de cartões de visita convosco e as faturas têm vindo sem NIF, como consumidor final. Onde é que na área de cliente posso pôr o NIF da empresa para as próximas saírem certas? E dá para corrigir as duas últimas (IJ-20931 e IJ-21077)? Obrigada!"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Pousada Maré Mansa <reservas@pousadamaremansa.example>",
         to="parceiros@reservatur.example",
         subject="Conta da pousada suspensa sem motivo",
         body="""Bom dia,

Hoje ao tentar entrar na extranet apareceu a mensagem "Esta conta foi suspensa. Entre em contato com o suporte." Não recebemos nenhum aviso antes. Não consigo entrar de jeito nenhum, nem pelo app nem pelo computador, e o anúncio da pousada sumiu da busca.

A documentação está em dia (atualizamos o CNPJ e o alvará em outubro e vocês aprovaram). Acho que é engano. Por favor reativem, estamos em alta temporada e sem acesso não consigo nem ver as reservas que já entraram pro fim de semana.

Luciana - Pousada Maré Mansa, Ubatuba"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Rui Castanheira <rui.castanheira@coliseuproducoes.example>",
         to="suporte@bilheteiraviva.example",
         subject="RE: Manutenção programada: a plataforma estará indisponível no domingo, 7/12",
         body="""Bom dia,

Aproveito este email para uma questão que não tem nada a ver com a manutenção.

A Carla Dinis, que era a administradora da nossa conta na Bilheteira Viva, saiu da empresa na semana passada. O acesso de administrador está no nome e no email dela, que vamos desativar no fim do mês. Eu entro com o meu utilizador, mas não tenho permissões para criar eventos nem para ver os relatórios de vendas.

Como fazemos para passar a administração para mim? Precisam de algum documento assinado pela gerência?

Obrigado,
Rui Castanheira
Coliseu Produções

> -----Mensagem original-----
> De: Bilheteira Viva <noreply@bilheteiraviva.example>
> Enviada: 1 de dezembro de 2026 17:02
> Assunto: Manutenção programada: a plataforma estará indisponível no domingo, 7/12
>
> Caro cliente,
> No domingo, 7 de dezembro, entre as 02h00 e as 06h00, a plataforma Bilheteira Viva vai estar em baixo para manutenção. Durante esse período não será possível vender bilhetes, validar entradas nem aceder à área de cliente.
> Pedimos desculpa pelo incómodo.
> Equipa Bilheteira Viva"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Patrícia Moura <patricia.moura@contabilmoura.example>",
         to="suporte@folhacerta.example",
         subject="Verificação em duas etapas pedindo código toda hora",
         body="""Olá, tudo bem?

Uso o FolhaCerta pra rodar a folha de 14 clientes do escritório. Desde a atualização da semana passada, toda vez que entro o sistema pede o código do app autenticador, mesmo eu marcando "Confiar neste computador por 30 dias". E no meio do dia ele me desloga umas 3, 4 vezes, aí perco o que estava preenchendo.

Dá pra trabalhar, mas é bem chato. Tem alguma configuração que eu esteja esquecendo ou é bug?

Obrigada
Patrícia"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Joana Pires <joanapires@mailpt.example>",
         to="privacidade@amigopet.example",
         subject="Apagar conta",
         body="""Olá. O nosso gato morreu em outubro e já não vamos usar a app AmigoPet. Como faço para apagar a minha conta e os dados dele (vacinas, fotos, etc.)? Não encontro a opção nas definições. Obrigada, Joana"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Thiago Brandão <thiago@sabordaroca.example>",
         to="contato@cardapiofacil.example",
         subject="Elogio + sugestão",
         body="""Fala pessoal!

Só passando pra dizer que o cardápio digital de vocês ta bombando aqui no restaurante. No sábado a casa tava explodindo de gente e os garçons nem precisaram sair correndo atrás de cardápio de papel. Colocar o QR code na mesa foi um tiro certeiro, e a conta dividida pelo celular o pessoal adorou.

Uma sugestão: seria matador se desse pra marcar os pratos que acabaram, tipo "esgotado hoje", sem precisar apagar o prato. Quando a cozinha ta no limite a gente fica avisando de mesa em mesa.

Abraço e parabéns pelo trabalho!
Thiago - Sabor da Roça"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Cervejaria Lobo Velho <encomendas@lobovelho.example>",
         to="rotulos@etiquetasdonorte.example",
         subject="Reimpressão rótulos Apagão Stout e Curto-Circuito IPA",
         body="""Boa tarde,

Queremos repetir a encomenda de rótulos de outubro (n.º EN-4410), com duas alterações:
- Apagão Stout: 3000 unidades, igual à anterior, só mudam o lote e a data;
- Curto-Circuito IPA: 2000 unidades, mas o teor alcoólico passa de 6,2% para 6,5%.

Envio os ficheiros finais amanhã. Conseguem entregar até dia 18? A seguir vem a Explosão de Lúpulo (edição de Natal), mas dessa peço orçamento à parte.

Cumprimentos,
Filipa - Lobo Velho"""),

    dict(n=20, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="José Carlos Araújo <jcaraujo@correio.example>",
         to="atendimento@colchoesnuvem.example",
         subject="Re: Sua dúvida sobre o colchão Nuvem Plus",
         body="""Boa tarde, Fernanda

Desculpe a demora em responder, caí da escada consertando a calha e quebrei o pulso, fiquei uns dias no hospital e só agora to conseguindo digitar (com uma mão só, rs).

Sobre o colchão: pode ser o de 1,58 x 1,98 mesmo. Vocês entregam em Campina Grande? E precisa ter alguém em casa ou pode deixar com o porteiro?

Obrigado
José Carlos"""),

    dict(n=21, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Daniel Sequeira <d.sequeira@mailpt.example>",
         to="seguranca@cambiofacil.example",
         subject="Re: Alerta de segurança: novo acesso à sua conta",
         body="""Olá,

Fui eu, podem ficar descansados. Comprei um portátil novo e entrei a partir de casa dos meus sogros, em Braga, daí a localização estranha. Já confirmei no painel que os únicos dispositivos são os meus.

Obrigado pelo aviso e pela rapidez.
Daniel

Em 3 de dez. de 2026, às 22:41, CâmbioFácil Segurança <seguranca@cambiofacil.example> escreveu:

> Olá Daniel,
> Detetámos um início de sessão na sua conta a partir de um dispositivo desconhecido (Windows, Braga, Portugal) às 22:37.
> Se não foi você, a sua conta pode ter sido comprometida: altere já a palavra-passe e contacte-nos para bloquearmos os levantamentos.
> Equipa de Segurança CâmbioFácil"""),

    dict(n=22, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Larissa Menezes <larissa@eventosmenezes.example>",
         to="eventos@hotelatlanticosul.example",
         subject="Senha do wi-fi para o congresso",
         body="""Oi, Gabriel! Pro congresso de sexta, vocês conseguem criar uma rede ou uma senha de wi-fi separada pra sala Atlântico? Os palestrantes vão precisar e eu não queria colocar a senha dos hóspedes no telão. Se puder, me passa a senha antes pra eu já pôr no material impresso. Beijo, Larissa"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hotel Quinta das Camélias <reservas@quintadascamelias.example>",
         to="suporte@motorreservas.example",
         subject="Motor de reservas não aceita datas de janeiro",
         body="""Boa tarde,

No nosso site, o motor de reservas não deixa escolher nenhuma data a partir de 1 de janeiro: os dias aparecem a cinzento como se o hotel estivesse fechado. Dezembro funciona bem. Já verifiquei as tarifas e a disponibilidade no vosso painel e está tudo aberto para 2027.

Por agora estamos a encaminhar os clientes para o telefone e para o email e as reservas de janeiro vão entrando assim, mas gostávamos de ter isto resolvido antes do fim de semana, que é quando muita gente marca o Carnaval.

Obrigado,
Nuno Frazão"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Gerência de TI - Grupo Ipê Alimentos <ti.corporativo@grupoipe.example>",
         to="enterprise@rhnuvem.example",
         subject="[SLA Enterprise] Módulo de folha indisponível - contrato ENT-2291",
         body="""Prezados,

Abrimos o chamado #88213 às 08h05 e até agora (13h40) não tivemos retorno além da resposta automática. O cálculo da folha está parado: ao processar qualquer competência, o sistema retorna "Erro interno - tente novamente mais tarde" para todas as nossas 9 empresas.

Lembramos que o contrato ENT-2291 prevê disponibilidade de 99,9% e primeiro atendimento em até 1 hora para incidentes críticos. O arquivo de pagamento de 3.400 colaboradores, incluindo as três fábricas, precisa ser enviado ao banco até amanhã às 12h.

Solicitamos contato imediato do gerente da conta e um plano de ação por escrito.

Atenciosamente,
Fábio Rezende
Gerente de TI - Grupo Ipê Alimentos"""),
]
