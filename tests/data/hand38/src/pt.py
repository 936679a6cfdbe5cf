# blind39 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marta Loureiro <marta.loureiro@mail.example>",
         to="apoio@brinquedos-pimpao.example",
         subject="Encomenda 40917 - tampa do compartimento das pilhas",
         body="""\
Boa noite,

Comprei na vossa loja online, há duas semanas, o carrinho musical "Bip-Bip" (encomenda n.º 40917) para o meu filho, que tem 22 meses.

Ontem ao fim da tarde a tampa das pilhas soltou-se sozinha — o parafuso vinha praticamente solto de fábrica — e ele meteu à boca uma daquelas pilhas redondas pequenas. Só demos por isso quando começou a babar-se e a recusar o lanche. Passámos a noite no Hospital Dona Estefânia e tiveram de a tirar por endoscopia. Agora está bem, mas tem a garganta dorida e vai ficar mais um dia em observação.

Ainda tenho o carrinho em casa, com a tampa e o parafuso, se precisarem de o ver. Acho que deviam verificar os outros que têm em stock.

Desculpem se a mensagem está confusa, quase não dormi.

Marta Loureiro
Telemóvel 912 448 301"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Renata Siqueira <renata.siqueira@correio.example>",
         to="sac@casaforte-eletro.example",
         subject="Cheiro forte na cozinha depois da instalação do fogão",
         body="""\
Oi, boa tarde

Ontem de manhã o técnico de vocês veio aqui em casa instalar o fogão de 5 bocas que comprei na loja do Shopping Vila Nova (pedido 2291-774) e fazer a ligação no gás encanado. Ele foi super educado, terminou rapidinho, tudo certo.

Só que à noite, quando cheguei do trabalho, a cozinha tava com um cheiro bem forte de gás, daquele que arde o nariz. Minha filha de 6 anos tinha reclamado de dor de cabeça a tarde toda e a babá achou que era gripe. Fechei o registro, abri todas as janelas, desliguei o disjuntor e a gente foi dormir na casa da minha mãe. Hoje cedo voltei lá rapidinho e ainda tava com cheiro perto da mangueira atrás do fogão.

Não acendi nada na cozinha desde então. Alguém consegue vir hoje ainda? Meu celular é (11) 98812-4470, pode ligar a qualquer hora.

Obrigada
Renata Siqueira
Rua das Tipuanas, 318 ap. 54"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Fontainhas <rui.fontainhas@mail.example>",
         to="clientes@algarve-rentacar.example",
         subject="Contrato RA-558120 - viatura devolvida em Faro",
         body="""\
Bom dia,

Devolvi ontem à noite no aeroporto de Faro o Peugeot 208 do contrato RA-558120 e deixei a chave ao vosso colega do turno da noite, mas quero deixar isto por escrito.

Na descida da serra de Monchique, já perto de Portimão, o pedal do travão foi quase até ao fundo e o carro praticamente não abrandava. Tinha os meus dois filhos no banco de trás. Consegui parar numa berma com a caixa em segunda e o travão de mão, com cheiro a queimado e fumo a sair das rodas da frente. Depois de arrefecer fiz o resto do caminho a 50 à hora e o pedal continuava mole.

Estamos todos bem, mas o mais velho ainda hoje não quer entrar num carro. Por favor não voltem a alugar aquele carro sem o verem e digam-me o que precisam de mim.

Rui Fontainhas

Enviado do meu iPhone"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="data", qt=0, reply=0,
         frm="Anderson Pires <anderson.pires@correio.example>",
         to="atendimento@bancoarara.example",
         subject="Pix que eu não fiz",
         body="""\
Boa noite.

Agora às 23h10 chegaram três notificações de Pix saindo da minha conta corrente: R$ 1.950,00, R$ 2.400,00 e R$ 880,00, todos para uma tal de "MR Comércio de Variedades", que eu não conheço. Eu não fiz nenhum deles. Meu celular está comigo, não emprestei pra ninguém e não passei senha pra ninguém.

Hoje à tarde recebi uma ligação de um 0800 dizendo que era da central de vocês, mas eu desliguei na hora. Não sei se tem relação.

Já troquei a senha do app. Sobraram R$ 312,00 na conta e o aluguel vence segunda. Preciso que bloqueiem isso e devolvam o dinheiro.

Agência 0001 / Conta 4478213-9

Anderson Pires"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Cláudio Menezes <claudio.menezes@logmais.example>",
         to="suporte@wmsnuvem.example",
         subject="CD Cajamar - coletores sem sincronizar desde 05h",
         body="""\
Prezados,

Desde a virada do turno das 05h nenhum dos 38 coletores do CD Cajamar consegue confirmar separação: a tela fica em "Sincronizando..." por alguns minutos e volta para o login. Já reiniciamos os coletores, os access points e o servidor local.

Temos 46 operadores no turno esperando, 212 pedidos da rede de farmácias para expedir até as 11h e 4 carretas de transportadora agendadas na doca a partir das 09h30. Estamos separando em papel o que dá, mas sem baixa no sistema não conseguimos emitir nota fiscal de nada.

Peço retorno imediato no telefone abaixo.

Atenciosamente,

Cláudio Menezes
Coordenador de Operações – Turno A
LogMais Armazéns Gerais Ltda.
Rod. dos Bandeirantes, km 41 – Cajamar/SP
(11) 4447-2200 ramal 318 | (11) 99120-5563

Esta mensagem, incluindo seus anexos, pode conter informações confidenciais e/ou privilegiadas. Se você não for o destinatário ou a pessoa autorizada a recebê-la, não deve usar, copiar ou divulgar as informações nela contidas. Se recebeu esta mensagem por engano, avise imediatamente o remetente e apague-a."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joana Sardinha <bilheteira@planicie-cultural.example>",
         to="suporte@bilhete-ja.example",
         subject="Festival Sete Sóis - portas às 20h30 - leitores a recusar bilhetes",
         body="""\
Boa tarde,

Sou a responsável pela bilheteira do Festival Sete Sóis, no Cine-Teatro de Castro Verde (evento 7S-1207, promotor Associação Cultural Planície).

Abrimos portas às 20h30 para o concerto das 21h30. Desde as 20h15, os quatro leitores de acesso que nos enviaram rejeitam todos os bilhetes com a mensagem "Evento não encontrado", tanto os impressos como os do telemóvel. A vossa linha dá sempre ocupado.

Neste momento temos cerca de 600 pessoas na fila, na rua, ao frio, e a sala tem lotação de 820. Estamos a deixar entrar as pessoas à vista do PDF, sem controlo nenhum de duplicados, e o artista sobe ao palco às 21h30 em ponto.

Por favor liguem-me já: 966 120 874.

Joana Sardinha
Bilheteira – Associação Cultural Planície"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Priscila Rocha <studiopri@correio.example>",
         to="ajuda@agendabeleza.example",
         subject="app fecha sozinho",
         body="""\
Bom dia, desde a atualização de ontem o app da agenda abre e fecha na hora, nem chega na tela de login. Já desinstalei e instalei de novo, mesma coisa, no celular e no tablet. Somos só eu e minha assistente no salão, hoje tem 11 clientes marcadas e eu não sei o horário de ninguém. Me ajudem por favor

Priscila – Studio Pri Hair
Enviado do meu Galaxy"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Inês Carvalhal <geral@vet-valeformoso.example>",
         to="suporte@petgest.example",
         subject="Lembretes de vacinação por SMS não estão a sair",
         body="""\
Bom dia,

Desde segunda-feira os lembretes automáticos de vacinação e desparasitação por SMS deixaram de ser enviados. Na lista de envios aparecem todos como "Pendente" e não passam disso. A agenda, as fichas clínicas e a faturação estão a funcionar normalmente.

Para já a nossa rececionista está a telefonar aos clientes um a um (são uns 30 por dia), o que dá para ir gerindo, mas gostávamos de ter isto resolvido até ao fim da semana, porque em dezembro temos muitas vacinas de reforço marcadas.

Obrigada,
Dra. Inês Carvalhal
Clínica Veterinária Vale Formoso – Braga
253 018 442"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Maria Helena Bacelar <mhbacelar@mail.example>",
         to="clientes@energia-serra.example",
         subject="Dúvida sobre a fatura de novembro",
         body="""\
Exmos. Senhores,

Recebi a fatura de novembro (n.º FT 2026/884512) referente ao contrato de eletricidade da minha casa em Viseu, no valor de 87,34 €. Reparei que, além do consumo, aparece uma linha "Acerto de consumos estimados – 14,20 €", que não aparecia nos meses anteriores.

Presumo que tenha a ver com a leitura do contador que comuniquei em outubro, mas gostaria de confirmar a que período se refere este acerto. Não há pressa nenhuma, o pagamento é feito por débito direto.

Com os melhores cumprimentos,
Maria Helena Bacelar
CPE PT 0002 0000 4417 2290 KT"""),

    dict(n=10, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Thiago Bragança <thiago.braganca@correio.example>",
         to="contato@academiamovimento.example",
         subject="Algumas coisas sobre meu plano",
         body="""\
Olá pessoal da Academia Movimento,

Aproveitando pra juntar tudo num email só:

- a catraca da unidade Savassi às vezes não lê a digital de primeira, tenho que tentar umas 3 vezes (nada grave, só chato)
- a mensalidade de dezembro (R$ 139,90) veio DUAS vezes no meu cartão, dia 05 e dia 06, mandei o print da fatura em anexo. Preciso que estornem uma
- seria legal ter aula de pilates no sábado de manhã também

Matrícula 55102. Valeu!
Thiago Bragança"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Josefa Albuquerque <ceramicadonazefa@correio.example>",
         to="vendedores@mercadao.example",
         subject="Repasse de novembro não caiu - loja Cerâmica Dona Zefa",
         body="""\
Boa tarde,

Sou vendedora na plataforma de vocês desde 2023 (loja Cerâmica Dona Zefa, ID 88-41203). O repasse das vendas de novembro, R$ 8.412,60, estava previsto para o dia 1º e até agora não entrou na minha conta. No painel aparece só "Em análise", sem explicação nenhuma, e o chat responde com mensagem automática.

Eu dependo desse valor: o aluguel do ateliê vence dia 10 e tenho duas funcionárias pra pagar na sexta. Não tenho capital de giro pra segurar nem uma semana. Não recebi nenhum aviso de pendência, todos os pedidos foram entregues e bem avaliados.

Por favor, me digam o que está faltando e quando o dinheiro vai ser liberado.

Josefa Albuquerque
Cerâmica Dona Zefa – Tracunhaém/PE
(81) 99733-0158"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="João Teles <joao.teles@mail.example>",
         to="apoio.cliente@movelnet.example",
         subject="Alterar e-mail da área de cliente",
         body="""\
Olá,

Mudei de endereço de e-mail e queria passar a receber as faturas e as notificações no novo (joao.teles.novo@caixa.example). Na área de cliente só encontro onde mudar a morada e o telefone. Onde é que se altera o e-mail de acesso? Tenho de criar uma conta nova?

Obrigado
João Teles
Cliente n.º 301877245"""),

    dict(n=13, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Leonardo Azambuja <leonardo.azambuja@correio.example>",
         to="suporte@fluentup.example",
         subject="Re: [Chamado #204417] Código de verificação não chega",
         body="""\
Oi Carla, respondo embaixo de cada pergunta:

Em seg., 7 de dez. de 2026 às 10:02, Suporte Fluent Up <suporte@fluentup.example> escreveu:
> Olá, Leonardo! Para seguirmos, pode nos confirmar:
> 1. O e-mail cadastrado na conta?

leonardo.azambuja@correio.example

> 2. O número de celular que aparece no seu perfil?

Ainda aparece o antigo, (21) 97710-3382. Troquei de número em outubro e esse chip nem existe mais.

> 3. Você consegue acessar por algum outro dispositivo?

No notebook continuo logado e consigo fazer as aulas, mas no celular novo ele pede o código e o código vai pro número antigo. Não acho onde trocar o número, o campo fica cinza.

Se puderem trocar pro (21) 96540-1187 já resolve.

Leonardo"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Olena Kovalenko <olena.k.traducoes@mail.example>",
         to="help@nuvemarquivo.example",
         subject="Não consigo entrar na conta - entrega hoje",
         body="""\
Bom dia,

Eu não consigo entrar na minha conta desde esta manhã. Eu fiz o reset da palavra-passe três vezes mas o email com link não chega, nem no spam. Depois da terceira vez a conta ficou bloqueado por "demasiadas tentativas" e agora diz para tentar em 24 horas.

Eu sou tradutora e tenho de entregar uma tradução de 40 páginas ao cliente até às 18h de hoje. Todos os ficheiros e a memória de tradução estão na pasta partilhada na vossa plataforma, não tenho cópia no computador.

O meu utilizador é olena.k.traducoes, plano Pro. Por favor, podem desbloquear ou mandar o link para outro email? Peço desculpa pelo meu português.

Olena Kovalenko
Tradutora UK/RU/PT
+351 927 301 556"""),

    dict(n=15, signals="-", priority="low", trap="scam", qt=0, reply=0,
         frm="Sérgio Monteiro <sergio.monteiro@correio.example>",
         to="faleconosco@rapidoentregas.example",
         subject="Fwd: Sua encomenda foi retida - taxa pendente",
         body="""\
Oi, recebi esse e-mail hoje e fiquei na dúvida. Estou mesmo esperando uma encomenda por vocês (código BR774120995), mas essa taxa tem cara de golpe. Não cliquei em nada e não paguei nada. É de vocês mesmo? Se for fraude, fica o aviso pra outros clientes.

Abs,
Sérgio Monteiro

---------- Mensagem encaminhada ---------
De: Central de Entregas <notificacao@entregas-rastreio.example>
Data: qua., 9 de dez. de 2026 às 08:41
Assunto: Sua encomenda foi retida - taxa pendente
Para: <sergio.monteiro@correio.example>

Prezado cliente,
Sua encomenda foi RETIDA na fiscalização e será devolvida ao remetente em 24h.
Para liberar, pague a taxa de R$ 18,90 no link abaixo.
Caso contrário seu CPF poderá ser bloqueado.
http://rastreio-libera.example/pagar"""),

    dict(n=16, signals="-", priority="low", trap="care-admin", qt=0, reply=0,
         frm="Sandra Morais <secretaria@bvcerveira.example>",
         to="encomendas@medequipa.example",
         subject="Pedido de 2.ª via de fatura e alteração de data de entrega",
         body="""\
Bom dia,

Escrevo em nome da Associação Humanitária dos Bombeiros Voluntários de Vila Nova de Cerveira, com dois pedidos:

1) Precisamos de uma 2.ª via da fatura FT 1209/2026 (mangueiras e agulhetas para o veículo urbano de combate a incêndios), porque a original se extraviou entre a secretaria e a tesouraria.

2) A entrega das 12 garrafas de oxigénio para as ambulâncias de emergência, prevista para dia 14, teria de passar para dia 16 ou 17: no dia 14 temos o simulacro de incêndio florestal com a Proteção Civil e não vai estar ninguém no quartel para receber.

Obrigada,
Sandra Morais
Secretaria – AHBV Vila Nova de Cerveira
Tel. 251 094 317

Esta mensagem é confidencial e destina-se exclusivamente ao destinatário indicado. Se a recebeu por engano, por favor informe o remetente e elimine-a."""),

    dict(n=17, signals="-", priority="low", trap="bereavement", qt=0, reply=0,
         frm="Teresa Antunes <teresa.antunes@mail.example>",
         to="entregas@moveis-lusitania.example",
         subject="Encomenda 7734 - adiar entrega",
         body="""\
Boa tarde,

Peço desculpa pela demora em responder ao vosso e-mail de segunda-feira sobre a marcação da entrega do sofá (encomenda 7734). O meu pai faleceu no domingo e esta semana tem sido passada entre a funerária, os papéis do hospital e a casa dele em Coimbra.

Seria possível passar a entrega para a semana de 4 de janeiro? De preferência de manhã, em qualquer dia. A morada mantém-se.

Obrigada pela compreensão,
Teresa Antunes"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Gustavo Lemos <gugaz1nho@correio.example>",
         to="suporte@gamexplay.example",
         subject="conta bloqueada - já resolvi",
         body="""\
E aí, suporte

Só pra avisar que podem fechar o chamado que eu abri ontem à noite (#GX-55821). Minha conta tinha sido bloqueada e eu achei que tinham me hackeado, porque chegou aviso de login suspeito. No fim era eu mesmo entrando pelo PC novo do meu primo. Hoje de manhã fiz a verificação pelo e-mail, troquei a senha e já tô jogando normal, skins e tudo no lugar.

Valeu pela paciência kkk
Gustavo (nick: gugaz1nho)"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nuno Vasconcelos <nuno.vasconcelos@mail.example>",
         to="informacoes@seguros-atlantida.example",
         subject="Dúvidas antes de subscrever o seguro multirriscos",
         body="""\
Boa tarde,

Estou a pensar subscrever o vosso seguro multirriscos habitação (simulação n.º 55-20931) e antes disso tenho algumas perguntas:

- Se houver um incêndio provocado por um curto-circuito num eletrodoméstico, está coberto, ou só se o fogo vier de fora?
- Em caso de assalto, o recheio é pago pelo valor em novo ou com desvalorização? Tenho uma bicicleta de 2000 € na arrecadação.
- Se eu morrer, o seguro passa automaticamente para a minha mulher ou tem de se fazer contrato novo?
- Inundações por rotura de canos do vizinho de cima também entram?

Cumprimentos,
Nuno Vasconcelos"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Felipe Carvalho <felipe.carvalho@muralhacyber.example>",
         to="contato@sualoja.example",
         subject="Sua empresa está preparada para um ataque hacker?",
         body="""\
Olá, tudo bem?

Sou o Felipe, da Muralha Cyber. Ajudamos empresas como a de vocês a descobrir brechas antes dos criminosos: fazemos teste de invasão (pentest) em sites, apps e redes, simulação de phishing com funcionários e plano de resposta a vazamento de dados de acordo com a LGPD.

Segundo o nosso relatório anual, 6 em cada 10 empresas médias sofreram algum incidente de ransomware ou sequestro de dados em 2025. Um único ataque pode derrubar seu site por dias e parar suas vendas.

Tem 20 minutos na próxima semana para uma conversa sem compromisso? Posso mandar um diagnóstico gratuito da superfície de ataque do seu domínio.

Abraço,
Felipe Carvalho
Executivo de Contas | Muralha Cyber
(11) 3090-4412 | muralhacyber.example"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bia Fagundes <bia.fagundes@correio.example>",
         to="feedback@somzera.example",
         subject="modo escuro sumiu???",
         body="""\
Gente, que ideia foi essa? A atualização nova do app tá um desastre. Tiraram a opção de modo escuro e agora eu escuto música às 2 da manhã com a tela me cegando. Isso tá me matando, sério. E essas capas novas das playlists parecem feitas no Paint, um crime contra os meus olhos.

Já procurei nas configurações e não tem mais. Por favor tragam o modo escuro de volta, pago o plano família há 5 anos, mereço isso kkkk

Bia"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Paulo Nogueira <padariaflordomondego@mail.example>",
         to="assistencia@pesomat.example",
         subject="Re: Pedido de assistência 3391 - balança não imprime",
         body="""\
Já está! Desligámos da tomada como disseram e voltou a imprimir. Muito obrigado pela rapidez.

Paulo
Padaria Flor do Mondego

Às 09:14 de seg., 7/12/2026, Assistência Técnica Pesomat <assistencia@pesomat.example> escreveu:
> Bom dia Sr. Paulo,
> Pedimos que desligue a balança da tomada durante 30 segundos e volte a ligar.
> Caso não resolva, enviamos um técnico ainda hoje.
>
> > Bom dia, desde as 7h a balança do balcão não imprime etiquetas nem talões
> > e a caixa não aceita as vendas sem talão. Temos fila até à porta e
> > não conseguimos vender nada ao peso. Podem ajudar?"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marcos Tavares <marcos.tavares@correio.example>",
         to="reembolsos@voeazul-sul.example",
         subject="Re: Re: Reembolso voo cancelado - localizador QXT7LM",
         body="""\
Esta é a TERCEIRA vez que eu escrevo e até agora nenhuma resposta de verdade, só e-mail automático.

Vocês cancelaram o voo, vocês prometeram 7 dias úteis e já se passaram mais de dois meses. São R$ 2.786,40 que saíram do meu cartão e fazem falta: a fatura fecha dia 15 e eu estou pagando juros em cima de um dinheiro que é meu. Se até sexta não cair, vou ao Procon e ao Juizado.

Marcos Tavares

Em 20 de nov. de 2026, Marcos Tavares <marcos.tavares@correio.example> escreveu:
> Boa tarde, continuo sem o reembolso do localizador QXT7LM. No dia 5 de outubro
> vocês disseram 7 dias úteis. Já passou mais de um mês. Aguardo retorno.
>
> Em 21 de out. de 2026, Marcos Tavares <marcos.tavares@correio.example> escreveu:
> > Olá, meu voo GRU-REC de 3/10 foi cancelado por vocês e pedi reembolso
> > integral (R$ 2.786,40) no mesmo dia, protocolo 7781120. Até agora nada."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Henrique Patrício <coord.linguas@es-santaclara.example>",
         to="suporte@escolanet.example",
         subject="Módulo de provas - carregamento de ficheiros de áudio",
         body="""\
Exmos. Senhores,

Sou coordenador do departamento de línguas da Escola Secundária de Santa Clara (cliente n.º ESC-0412). Verificámos que o módulo de provas da plataforma rejeita ficheiros de áudio (MP3 e M4A) acima de 5 MB com o erro "Formato não suportado". Os ficheiros mais pequenos, os PDF e o resto da plataforma estão a funcionar sem problemas.

Vamos precisar desta funcionalidade para as provas orais de Inglês e Francês do 11.º ano, entre 18 e 22 de janeiro, em que cerca de 160 alunos gravam e submetem as respostas. Até lá não há impacto, mas agradecíamos que fosse corrigido a tempo de fazermos um teste com uma turma na semana de 11 de janeiro.

Com os melhores cumprimentos,
Henrique Patrício
Coordenador do Departamento de Línguas
Escola Secundária de Santa Clara"""),
]
