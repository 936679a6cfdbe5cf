# blind29 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joaquim Meireles <jmeireles@sapo-mail.example>",
         to="assistencia@brasa-caldeiras.example",
         subject="Caldeira Brasa 24 - tubo de saída a mudar de cor e cheiro forte",
         body="""\
Boa noite,

Tenho uma caldeira a pellets Brasa 24 (nº de série BR24-0091733), instalada em outubro do ano
passado pelo vosso agente de Viseu.

Há cerca de uma hora começou a fazer uns estalos no tubo de saída. Fui ver e o tubo, junto ao
teto da despensa, tem a tinta a estalar e a ficar castanha, e o teto de pladur à volta está
amarelado. Há um cheiro intenso que pica nos olhos e na garganta, mesmo com a janela aberta.
O depósito dos pellets está morno por fora, coisa que nunca aconteceu.

Carreguei no botão de desligar mas o ventilador continua a rodar e o visor mostra E07.
Não sei se devo tirar a ficha da tomada ou se isso piora.

Os meus dois filhos estão a dormir no quarto ao lado da despensa. Digam-me por favor o que faço
agora. Estou acordado à espera.

Joaquim Meireles
Rua das Tílias 14, Mangualde"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Patrícia Nogueira <paty.nogueira@mailbr.example>",
         to="sac@brinquedos-ticotico.example",
         subject="Carrinho de puxar TT-208 - tampinha da roda soltou",
         body="""\
Boa noite.

Comprei o carrinho de puxar de madeira de vocês (ref. TT-208) pro meu filho de 1 ano e 8 meses.
Hoje à tarde a tampinha amarela da roda da frente soltou sozinha e quando eu olhei ele estava
com ela na boca. Ficou roxinho e tossindo sem parar, meu marido conseguiu tirar com o dedo.
Levamos no pronto-atendimento e graças a Deus ele está bem agora.

Fui olhar o brinquedo e a tampinha da outra roda também está frouxa, sai só com a unha.
Na embalagem está escrito "a partir de 12 meses".

Quero saber o que vocês vão fazer. No grupo de mães da creche pelo menos mais duas compraram o
mesmo carrinho no Dia das Crianças. Tenho as fotos e a nota fiscal.

Patrícia Nogueira
Campinas - SP"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Fernando e Lurdes Vilaça <f.vilaca@reformados.example>",
         to="apoio@autocaravanas-rotamar.example",
         subject="Dúvida sobre a garrafa de gás da autocaravana",
         body="""\
Exmos. Senhores,

Alugámos a vossa autocaravana Rotamar 6.9 (contrato AC-2026-3381) e estamos parados num parque
de campismo perto de Odemira.

Gostava de saber se é normal que se sinta cheiro a gás dentro do cofre da garrafa mesmo com a
torneira fechada. Ontem à noite o aparelho branco que está junto ao chão da cozinha apitou duas
vezes, e a minha mulher teve dores de cabeça e enjoos ao acordar. Abrimos tudo e dormimos com a
porta encostada.

Não quero estar a incomodar por uma coisa que talvez seja normal nestas viaturas, mas não
percebemos nada disto. Devemos continuar a usar o fogão?

Com os melhores cumprimentos,
Fernando Vilaça"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dra. Helena Quintas <direcao@clinicaquintas.example>",
         to="suporte@protelab-dental.example",
         subject="Portal de encomendas: estamos a ver fichas de pacientes de outra clínica",
         body="""\
Bom dia,

Hoje de manhã, ao abrir o separador "Trabalhos em curso" no vosso portal, a nossa assistente
viu uma lista de 31 trabalhos que não são nossos. Ao clicar num deles aparece a ficha completa
do paciente: nome, data de nascimento, número de utente, fotografias intraorais, a ortopantomografia
e as notas do médico dentista. Pelo endereço que consta nas guias, parecem ser de uma clínica
de Setúbal.

Presumo que o contrário também possa estar a acontecer, ou seja, que outra clínica esteja a ver
os nossos pacientes.

Tirámos capturas de ecrã e fechámos a sessão. Não voltámos a entrar. Preciso de saber com
urgência o que se passou, desde quando, e o que vão comunicar, porque tenho de decidir se
notificamos os pacientes e a CNPD.

Helena Quintas
Diretora Clínica
Clínica Dentária Quintas, Leiria"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sérgio Lobo <producao@padariaserrana.example>",
         to="suporte@dosaline.example",
         subject="URGENTE linhas 2 e 3 - balanças em 'A sincronizar receita'",
         body="""\
Bom dia, escrevo às 4h40.

As balanças doseadoras das linhas 2 e 3 estão em "A sincronizar receita..." desde as 3h50.
Sem receita não libertam farinha nem água. Reiniciei os dois terminais e o router, igual.

Tenho 14 pessoas no turno de braços cruzados e as carrinhas saem às 6h30 para 38 cafés e
2 hipermercados. Se não amassarmos até às 5h15 não há pão de manhã.

Liguem para a fábrica, estou ao pé da linha.

Sérgio Lobo
Chefe de Produção - Padaria Serrana, Seia"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Central Transportes Doentes <central@tnu-alentejo.example>",
         to="helpdesk@rotasaude.example",
         subject="Serviços atribuídos não chegam aos tablets das viaturas",
         body="""\
Boa tarde,

Desde as 13h05 os serviços que atribuímos na consola da central não estão a chegar aos tablets
das viaturas. Na consola aparecem como "Enviado", mas no tablet a lista fica igual à da manhã.
Também não recebemos as horas de recolha nem de entrega.

Temos 23 viaturas na rua e às 15h saem os doentes da hemodiálise de Évora e de Beja, mais as
altas do hospital. Neste momento estamos a ditar as moradas às tripulações por telefone, um a
um, com dois operadores, e já há atrasos de 40 minutos.

Pedimos contacto imediato. Operador de serviço: Carla Bentes.

Central de Transporte Não Urgente de Doentes
Cooperativa TNU Alentejo"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Studio Kelly Cabelos <kellystudio@mailbr.example>",
         to="suporte@agendabela.example",
         subject="agenda não mostra as reservas do app",
         body="""\
Oi gente, as reservas que as clientes fazem pelo app não estão aparecendo na minha agenda desde
ontem à tarde. Hoje chegaram três clientes que eu não tinha marcado, uma delas brigou com a
recepcionista e foi embora. Eu não sei quem vem amanhã nem sábado!! Sábado é meu dia mais cheio.
Já saí e entrei de novo, desinstalei, nada. Me ajudem pelo amor de Deus.

Kelly
Studio Kelly Cabelos - Belo Horizonte
enviado do celular"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Tiago Mesquita <gerencia@cineteatro-avenida.example>",
         to="suporte@bilhetica-luz.example",
         subject="Relatório mensal de bilheteira em Excel sai só com cabeçalhos",
         body="""\
Boa tarde,

Desde a atualização da semana passada, quando exportamos o relatório mensal de bilheteira
(Relatórios > Mensal > Exportar Excel), o ficheiro sai apenas com a linha de cabeçalhos, sem
nenhuma sessão. No ecrã os números aparecem bem. Em CSV acontece o mesmo.

Precisamos do ficheiro para enviar às distribuidoras até dia 15. Hoje é dia 3, portanto ainda
temos margem, mas agradecia que vissem isto nos próximos dias.

Cumprimentos,
Tiago Mesquita
Cineteatro Avenida, Castelo Branco"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rui Pacheco <rui@enigma-escape.example>",
         to="suporte@reservaki.example",
         subject="RE: Widget de reservas aparece em branco no site (pedido #48213)",
         body="""\
Continua exatamente igual. Este fim de semana perdemos pelo menos duas reservas de grupo, uma
delas uma despedida de solteira de 8 pessoas que nos ligou a perguntar se estávamos fechados.
É o terceiro e-mail. Quero que alguém me ligue hoje.

Rui Pacheco
Enigma Escape Rooms, Braga

-----Mensagem original-----
De: Rui Pacheco
Enviada: quinta-feira, 13 de novembro de 2026 09:12
Para: suporte@reservaki.example
Assunto: RE: Widget de reservas aparece em branco no site (pedido #48213)

> Já limpámos a cache e testámos em três computadores e dois telemóveis. O quadrado
> continua branco. Quando é que isto fica resolvido?
>
> -----Mensagem original-----
> De: Suporte Reservaki
> Enviada: terça-feira, 11 de novembro de 2026 17:40
>
> Olá Rui, obrigado pelo contacto. Estamos a analisar. Entretanto experimente limpar a
> cache do browser.
>
> -----Mensagem original-----
> De: Rui Pacheco
>
> Desde ontem à noite, no nosso site, o calendário de reservas aparece só como um quadrado
> branco. Os clientes não conseguem escolher sala nem hora."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Inês Cardoso <ines.cardoso@atelier-norte.example>",
         to="faturacao@colmeia-cowork.example",
         subject="Mensalidade de novembro cobrada duas vezes",
         body="""\
Boa tarde,
a mensalidade de novembro do posto fixo (Plano Nómada, 145 €) foi cobrada duas vezes no cartão
da empresa, dia 1 e dia 2. Envio em anexo o print do extrato. Podem devolver a segunda cobrança?
Obrigada,
Inês Cardoso - Atelier Norte"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Marco Antunes <marco.antunes@correio.example>",
         to="festas@saltolivre-park.example",
         subject="Reembolso do sinal da festa - 5 semanas e nada",
         body="""\
Boa tarde.

Cancelámos a festa de anos do meu filho (marcada para 18 de outubro, reserva FS-7720) no dia 4
de outubro, ou seja com duas semanas de antecedência, bem mais do que os 7 dias que o vosso
regulamento exige.

Ao telefone disseram-me que o sinal de 80 € seria devolvido em 10 dias úteis. Já passaram quase
cinco semanas. Enviei dois e-mails que ficaram sem resposta e quando ligo ninguém atende.

Sinceramente começo a achar que não tencionam devolver nada. Se até ao fim da semana o dinheiro
não estiver na conta, faço queixa no Livro de Reclamações eletrónico.

Marco Antunes
IBAN para devolução: PT50 0000 0000 0000 0000 0000 0"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Giulia Ferraresi <giulia.ferraresi@studenti.example>",
         to="reservas@residencia-portofino.example",
         subject="Não consigo pagar caução quarto 3B - prazo amanhã",
         body="""\
Olá,

sou estudante Erasmus da Itália, desculpe o meu português. Estou a tentar pagar a caução do
quarto 3B (600 €) na vossa página mas o cartão é sempre recusado, diz "transação não autorizada".
Tentei quatro vezes ontem e duas hoje. O meu banco diz que o cartão está bem e que não vê
nenhuma tentativa.

No e-mail da reserva diz que se não pago até amanhã às 12h o quarto vai para outro estudante.
Não tenho outro cartão e a transferência internacional demora 3 dias. Posso pagar de outra
maneira? Por favor ajuda, não tenho onde dormir em dezembro.

Obrigada
Giulia Ferraresi"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Centro Hípico Quinta do Freixo <geral@hipicofreixo.example>",
         to="parceiros@aulasja.example",
         subject="Transferência das aulas de outubro não recebida",
         body="""\
Bom dia,

Os pagamentos das aulas de equitação de outubro, no valor de 1.860,00 €, deviam ter sido
transferidos para a nossa conta no dia 5, como todos os meses. Hoje é dia 11 e não entrou nada.
No painel de parceiro todas as aulas aparecem como "Pago" e a transferência como "Processada",
mas o banco confirma que não recebemos.

Temos de pagar aos tratadores e ao ferrador na sexta-feira e contávamos com este dinheiro.
Podem indicar-me a referência da transferência ou reenviá-la?

Obrigado,
Duarte Freixo
Centro Hípico Quinta do Freixo, Alcobaça"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Vítor Serrano <vitor.serrano@ferrovia-int.example>",
         to="helpdesk.ti@ferrovia-int.example",
         subject="App Escalas - conta bloqueada depois de mudar password",
         body="""\
Bom dia ao helpdesk.

Ontem a app Escalas obrigou-me a mudar a password. Mudei, entrou uma vez, e desde hoje de manhã
diz "Conta bloqueada - contacte o administrador". Também não entro no portal pelo PC.

Sou operador de posto de sinalização e entro ao serviço amanhã às 5h12. Sem a app não vejo o
meu turno nem as ordens de serviço e avisos de via. O meu chefe de posto está de férias.

Nº mecanográfico 40718.

Vítor Serrano"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Ótica Visão Clara <contato@oticavisaoclara.example>",
         to="suporte@lentespro-b2b.example",
         subject="Código de verificação por SMS não chega",
         body="""\
Bom dia,

Desde segunda-feira não recebo o código de verificação por SMS para entrar no portal de pedidos.
O número cadastrado está certo (termina em 4471) e recebo SMS de outros lugares normalmente.
Cliquei em "reenviar código" várias vezes, agora aparece "aguarde 30 minutos".

Por enquanto estou fazendo os pedidos de lentes por telefone com o representante, mas assim não
consigo acompanhar as entregas. Podem verificar?

Att.,
Renata Figueiredo
Ótica Visão Clara - Londrina/PR"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Sandra Pimentel <sandrapimentel@correio.example>",
         to="apoio@nadar-app.example",
         subject="Validação do e-mail sempre a pedir",
         body="""\
Olá,
é normal que a app me peça para validar o e-mail sempre que entro? Clico no link, aparece
"conta validada", mas no dia seguinte volta a pedir e enquanto não valido não consigo ver os
horários nem as faltas da natação da minha filha (turma Golfinhos, sábado 10h).
Já aconteceu cinco ou seis vezes.
Obrigada,
Sandra Pimentel"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Nuno Calado <nuno.calado@mail.example>",
         to="clientes@travessias-tejo.example",
         subject="Telemóvel caiu ao rio - não consigo entrar para renovar o passe",
         body="""\
Boa tarde,

Na sexta-feira o meu telemóvel caiu ao rio no cais do Seixal (sim, a sério). Comprei um novo,
mas o código de acesso à minha conta de cliente estava na app autenticadora do telemóvel antigo
e agora o site pede-me esse código e não tenho como o gerar.

Preciso de entrar para renovar o passe mensal antes de dia 1. Uso o barco todos os dias.
Cliente nº 2210584, e-mail registado este mesmo. Como faço para repor o acesso?

Obrigado,
Nuno Calado"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Leonor Saraiva <leonor@torrefacao-grao.example>",
         to="comercial@embalagens-vale.example",
         subject="Mais sacos com válvula - o lançamento foi uma explosão",
         body="""\
Olá Pedro,

O lançamento do nosso blend de Natal foi uma autêntica explosão: esgotámos os 400 sacos de 250 g
em dois dias e a equipa está morta de cansaço, mas feliz. As cafetarias estão a matar-se para
ter o café na montra.

Queríamos encomendar mais 1.500 sacos kraft com válvula desgaseificadora, iguais aos anteriores
(ref. KV-250), com a mesma impressão. Conseguem entregar até dia 12? Enviem-me o orçamento, por
favor.

Um abraço,
Leonor Saraiva
Torrefação Grão, Coimbra"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Bowling Estrela <eventos@bowlingestrela.example>",
         to="parceiros@agendafixe.example",
         subject="Criar evento 'Noite do Apagão' na vossa plataforma",
         body="""\
Olá,

Vamos fazer no dia 29 a "Noite do Apagão": bowling às escuras, só com luz negra, pinos
fluorescentes e DJ. Queremos publicar o evento na vossa agenda, com venda de pistas por hora.

Duas dúvidas:
1) O nome pode ter emoji (o raio ⚡) ou o sistema corta?
2) Dá para pôr preços diferentes para antes e depois das 23h?

Obrigado,
Catarina Rebelo
Bowling Estrela, Almada"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Lavandaria Bolha Azul <bolhazul@mail.example>",
         to="apoio@faturaweb.example",
         subject="palavra-passe do pdf das faturas",
         body="""\
Bom dia, as faturas que nos mandam por email vêm num PDF com palavra-passe e não a sei.
Já experimentei o NIF e o código de cliente. Qual é? Obrigada
Graça - Lavandaria Bolha Azul"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Marta Sequeira <marta.sequeira@agrupamento-rio.example>",
         to="suporte@rotaescolar.example",
         subject="Re: Manutenção programada da app Rota Escolar - sábado 22/11",
         body="""\
Obrigada pela informação. Vamos avisar os pais no grupo de cada turma, como ao sábado não há
transporte não deve haver problema.
Bom fim de semana,
Marta Sequeira
Agrupamento de Escolas do Rio, serviços administrativos

Em sex., 14 de nov. de 2026 às 10:02, Suporte Rota Escolar <suporte@rotaescolar.example> escreveu:
> Caros clientes,
>
> Informamos que no sábado, 22/11, entre as 2h00 e as 6h00, a app Rota Escolar e o portal dos
> encarregados de educação estarão indisponíveis devido a uma interrupção programada do
> serviço para atualização dos servidores.
>
> Durante esse período não será possível consultar a localização dos autocarros.
>
> Obrigado pela compreensão,
> Equipa Rota Escolar"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Eng. Paulo Barata <paulo.barata@lares-sereno.example>",
         to="comercial@cuidarplus.example",
         subject="Pedido de informação - SLA e funcionamento em caso de falha",
         body="""\
Exmos. Senhores,

Somos um grupo com três lares de idosos (cerca de 210 residentes) e estamos a avaliar o vosso
software de escalas e registo da medicação para substituir o atual.

Antes de marcarmos a demonstração, gostaria de esclarecer alguns pontos:

- Têm SLA para falhas do sistema? Qual o tempo de resposta garantido?
- O que acontece se o sistema for abaixo às 3 da manhã, durante a ronda da medicação?
  Existe modo offline nos tablets?
- O suporte 24h está incluído ou é pago à parte? Qual o custo?
- Onde ficam alojados os dados dos residentes?

Agradeço o envio de uma proposta com estes elementos.

Com os melhores cumprimentos,
Paulo Barata
Diretor de Sistemas de Informação, Lares Sereno"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Aurora Mendes <aurora.bordados@mail.example>",
         to="suporte@bordafacil.example",
         subject="App deixou de enviar desenhos para a máquina por Wi-Fi",
         body="""\
Olá,

Desde a atualização da app BordaFácil (versão 4.2) os desenhos deixaram de ir para a máquina de
bordar por Wi-Fi. A app diz "Enviado" mas na máquina (BF-700) não aparece nada na lista.

Por pen USB funciona, por isso vou trabalhando assim e não é urgente, mas é chato andar com a pen
para trás e para a frente com 20 encomendas de toalhas por semana.

Aurora Mendes
Bordados Aurora, Guimarães"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Duty Manager Operações <ops.duty@aeroporto-atlantico.example>",
         to="service.desk@bagview.example",
         subject="P1 - Ecrãs de todos os tapetes de bagagem com voos de ontem",
         body="""\
Service desk,

Desde as 06h20 os ecrãs dos 9 tapetes de recolha de bagagem nas chegadas mostram os voos de
ontem à noite. O sistema de atribuição continua a mandar malas para os tapetes certos, mas os
passageiros seguem o ecrã: temos neste momento passageiros de 6 voos amontoados no tapete 4 e
malas a dar voltas sem dono nos tapetes 2, 7 e 8.

O painel geral da sala também não atualiza. Estamos a anunciar por altifalante tapete a tapete e
pusemos assistentes com folhas A4, mas às 08h00 aterram mais 11 voos, incluindo três de longo
curso.

Precisamos de alguém na linha já. Extensão da sala de operações: 4400.

Hugo Valadares
Duty Manager de Operações, Terminal 1"""),
]
