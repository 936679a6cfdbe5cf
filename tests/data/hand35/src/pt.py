# blind36 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
# Variante: português europeu.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Vasconcelos <rui.vasconcelos@metalurgica-aveiro.example>",
         to="assistencia@prensas-lusotec.example",
         subject="Fwd: Quinadora QX-220 n.º série 40117 - ocorrência turno da noite",
         body="""\
Bom dia,

Reencaminho o relato do nosso chefe de turno. A máquina está parada e selada até virem cá. Precisamos de um técnico vosso hoje, de preferência ainda de manhã.

Rui Vasconcelos
Diretor de Produção | Metalúrgica de Aveiro, Lda.
Tel. 234 000 187

---------- Mensagem encaminhada ---------
De: Paulo Neves <paulo.neves@metalurgica-aveiro.example>
Data: terça, 8/12/2026 às 06:42
Assunto: Quinadora QX-220 - ocorrência turno da noite
Para: Rui Vasconcelos <rui.vasconcelos@metalurgica-aveiro.example>

Rui,
Às 03:15 o operador Sérgio Lopes estava a acertar a chapa na quinadora QX-220 quando o avental desceu sem ninguém carregar no pedal. A cortina de luz estava ligada e o painel não deu alarme nenhum. Ficou com dois dedos da mão esquerda esmagados, foi levado pelo INEM para o hospital de Aveiro e vai ser operado hoje.
Na semana passada o avental já tinha descido sozinho uma vez, mas em vazio, e achámos que alguém se tinha enganado.
Desliguei a máquina no quadro e ninguém lhe mexe até indicação vossa.

Paulo Neves
Chefe de Turno"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Maria do Céu Pinheiro <mceu.pinheiro@sapo-mail.example>",
         to="apoio.cliente@gasnorte-energia.example",
         subject="Dúvida sobre a caldeira depois da visita técnica",
         body="""\
Boa tarde,

Desculpem incomodar, se calhar não é nada de especial, mas prefiro perguntar.
Na segunda-feira veio cá a casa um técnico vosso fazer a revisão anual da caldeira (contrato n.º 5520-318-77). Desde então sente-se um cheiro a gás na cozinha, sobretudo de manhã, quando a caldeira arranca.
Esta noite o detetor de monóxido de carbono que o meu genro instalou apitou duas vezes, e hoje acordámos os dois, eu e o meu marido, com dores de cabeça e enjoados. O meu marido tem 81 anos e continua com tonturas.
É normal isto acontecer depois de uma revisão? Devemos desligar a caldeira até alguém cá vir?

Moro na Rua do Almada, 212, 2.º esq., Porto. Telefone 912 000 448.

Muito obrigada pela atenção,
Maria do Céu Pinheiro"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Helena Tavares <helena@tavares-contabilidade.example>",
         to="suporte@faturaja.example",
         subject="Algumas questões após a atualização de ontem",
         body="""\
Olá,

Desde a atualização de ontem à noite notámos algumas coisas no programa e aproveito para as juntar num só e-mail:

- o botão "Exportar SAF-T" passou para o fundo da página; não é grave, mas custou a encontrar;
- os PDF das faturas saem agora com a margem de cima um pouco maior;
- quando abro a lista de documentos da nossa cliente Padaria Flor do Lis aparecem também faturas de empresas que não são clientes nossas, com nome, NIF, morada e valores (por exemplo uma Clínica Dentária Sorriso Azul, de Braga, e uma transportadora de Leiria). A minha colega vê o mesmo noutro computador. Presumo que, do outro lado, alguém possa estar a ver as nossas;
- o atalho Ctrl+F deixou de funcionar na pesquisa de artigos.

O terceiro ponto é o que mais nos preocupa, por razões óbvias. Ainda não dissemos nada aos clientes.

Obrigada desde já,
Helena Tavares
Contabilista Certificada n.º 70218
Tavares & Filhos – Contabilidade e Fiscalidade"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Tiago Moreira <tiago.moreira88@mailbox.example>",
         to="cartoes@bancoatlantico.example",
         subject="URGENTE compras no meu cartão que não fiz",
         body="""\
Boa noite

Acabei de receber 4 notificações da app com compras no meu cartão de débito terminado em 4471 que NÃO fui eu que fiz:
- 189,90 € ELECTROSHOP VILNIUS
- 245,00 € ELECTROSHOP VILNIUS
- 312,50 € GIFTCARDS-ONLINE LT
- 99,99 € GIFTCARDS-ONLINE LT
O cartão está aqui na minha carteira e nunca estive na Lituânia. Já bloqueei o cartão na app mas as compras aparecem como concluídas e o saldo desceu quase 850 €. Liguei para a linha de apoio e estou há 40 minutos em espera.
Preciso que cancelem isto e me devolvam o dinheiro, é o dinheiro das compras do mês.

Tiago Moreira
NIF 231 000 994

Enviado do meu telemóvel"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joana Real <joana@tasca-do-real.example>",
         to="suporte@caixapro-pos.example",
         subject="Nada sai nas impressoras - Tasca do Real (cliente 8812)",
         body="""\
Boa tarde,
Desde as 12h20 nenhum dos terminais imprime: nem as contas para os clientes nem os pedidos para a cozinha e para o bar. O terminal regista o pedido, aparece "enviado", mas não sai nada em lado nenhum. Já desligámos e voltámos a ligar tudo, impressoras e router incluídos.
Temos a sala cheia, 60 lugares, e um almoço de grupo às 13h30. Estamos a escrever os pedidos à mão e a cozinha está baralhada. O telefone da assistência não atende.
Liguem-me por favor: 936 000 215.

Joana Real
Tasca do Real, Rua Direita 14, Viseu

Enviado do meu iPhone"""),

    dict(n=6, signals="outage,account", priority="critical", trap="effect", qt=0, reply=1,
         frm="Dra. Sofia Gouveia <direcao@clinica-saomamede.example>",
         to="suporte@agendamed.example",
         subject="Re: [AgendaMed #20931] Erro ao iniciar sessão",
         body="""\
Isto não é um problema de uma pessoa. Ninguém na clínica consegue entrar: as três rececionistas, os nove médicos e eu. Todos recebem "Sessão expirada (código 419)" logo depois de pôr a palavra-passe. Já limpámos a cache como sugeriram e experimentámos em quatro computadores e no telemóvel.
São 9h40, temos 70 consultas marcadas para hoje, não sabemos quem vem a que horas nem temos acesso às fichas. Os doentes já estão na sala de espera.
Por favor escalem isto já.

Sofia Gouveia
Diretora Clínica – Clínica São Mamede, Lisboa
Tel. 213 000 640

Em seg., 7/12/2026 às 09:05, Suporte AgendaMed <suporte@agendamed.example> escreveu:
> Olá Sofia,
>
> Obrigado pelo seu contacto. O seu pedido recebeu o número #20931.
> Sugerimos que limpe a cache do navegador e volte a tentar.
> Se a situação persistir, basta responder a este e-mail.
>
> Equipa de Suporte AgendaMed
> [AgendaMed #20931]"""),

    dict(n=7, signals="outage", priority="high", trap="follow-up", qt=0, reply=0,
         frm="Ricardo Amaral <ricardo.amaral@webmail.example>",
         to="apoio@fibranet.example",
         subject="Alguma novidade? Avaria n.º 4410-228",
         body="""\
Bom dia,

Há alguma novidade sobre a avaria que comuniquei na sexta-feira (n.º 4410-228)?

Relembro: desde quinta à noite não tenho internet nem televisão em casa. A luz "LOS" do router pisca a vermelho e o telefone fixo também está mudo. Por telefone disseram-me que vinha cá um técnico "até segunda", mas ninguém apareceu nem ligou.
Trabalho a partir de casa e tenho estado a usar os dados do telemóvel, que entretanto acabaram.

Morada: Av. Dr. Lourenço Peixinho, 77, 3.º, Aveiro
Cliente n.º 600 112 987

Obrigado,
Ricardo Amaral"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Nuno Carvalhal <nuno.carvalhal@agrup-escolas-sintra.example>",
         to="helpdesk@escolavirtual-plus.example",
         subject="Vídeos e entregas de trabalhos muito lentos",
         body="""\
Caros senhores,

Desde segunda-feira os alunos do 9.º e do 10.º ano queixam-se de que os vídeos das aulas ficam a carregar sem nunca arrancar e de que a entrega de trabalhos demora vários minutos; cerca de um terço das submissões de ontem acabou em "Tempo limite excedido" e tiveram de ser repetidas. O resto da plataforma (sumários, testes, mensagens) funciona normalmente.
É normal nesta altura do período, com mais utilizadores? Os prazos do 1.º período fecham no dia 16 e gostaríamos de saber se devemos prolongá-los.

Com os melhores cumprimentos,

Nuno Carvalhal
Coordenador TIC
Agrupamento de Escolas de Sintra Oeste
Rua da Escola Secundária, s/n, 2710-000 Sintra
Tel.: 219 000 350 | Ext. 214

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos destinam-se exclusivamente ao(s) destinatário(s) indicado(s) e podem conter informação confidencial. Se a recebeu por engano, informe o remetente e elimine-a. Antes de imprimir este e-mail, pense no ambiente."""),

    dict(n=9, signals="outage", priority="high", trap="logs", qt=0, reply=1,
         frm="Bruno Salgado <bruno@pixelnorte.example>",
         to="suporte@lusohost.example",
         subject="Re: [Ticket #48213] Site de cliente indisponível",
         body="""\
Em 04/12/2026 08:51, Suporte LusoHost escreveu:
> Para podermos analisar, indique por favor o domínio afetado

atelier-rmoura.example (plano Business 3, servidor web14)

> e a mensagem de erro exata.

502 Bad Gateway (nginx) em todas as páginas desde as 06:10. No log de erros:
2026/12/04 06:10:44 [error] 2231#0: *918 connect() to unix:/run/php/php8.2-fpm.sock failed (111: Connection refused)
2026/12/04 06:10:45 [error] 2231#0: *919 connect() to unix:/run/php/php8.2-fpm.sock failed (111: Connection refused)

> Fez alguma alteração recente no alojamento?

Não. Do nosso lado não mexemos em nada desde outubro. Não tenho permissões para reiniciar o PHP-FPM no painel, tem de ser feito por vocês.

Bruno Salgado
Pixel Norte – Agência Digital"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Carla Fontes <carla@ceramicasdafonte.example>",
         to="merchants@paguefacil.example",
         subject="Re: Liquidação de 3 de dezembro em falta",
         body="""\
Olá Diogo,

Obrigada pela resposta, mas continuo sem a transferência. Hoje é dia 11 e a liquidação das vendas de 3 de dezembro (412,60 €, lote 2026-1203-77) ainda aparece como "pendente" no painel, enquanto as dos dias 4 e 5 já entraram na conta. O IBAN não foi alterado.
Podem ver o que aconteceu a esse lote?

Carla Fontes
Cerâmicas da Fonte – loja online

Em ter., 8/12/2026 às 16:02, Diogo Ramos <merchants@paguefacil.example> escreveu:
> Cara Carla,
>
> As liquidações podem demorar até 3 dias úteis. Se não receber até
> sexta-feira, volte a contactar-nos.
>
> Cumprimentos,
> Diogo Ramos | PagueFácil Comerciantes
>
> Em seg., 7/12/2026 às 10:31, Carla Fontes <carla@ceramicasdafonte.example> escreveu:
> > Bom dia,
> > Não recebi a transferência das vendas de 3 de dezembro (412,60 €).
> > O painel mostra "pendente". Podem verificar?
> > Carla Fontes"""),

    dict(n=11, signals="payment", priority="high", trap="non-native", qt=0, reply=0,
         frm="Olena Kovalenko <olena.kov@postmail.example>",
         to="reembolsos@voaportugal.example",
         subject="Bilhete cobrado duas vezes - reserva K7PQ2M",
         body="""\
Bom dia,

Eu comprei no dia 1 de dezembro um bilhete Lisboa–Varsóvia para a minha mãe, reserva K7PQ2M, preço 431,20 €. O site deu erro no final e depois eu fiz de novo, mas no banco agora aparece duas vezes 431,20 €, total 862,40 €. Só tenho uma reserva e um bilhete no e-mail.
Por favor devolver o pagamento duplicado rápido. É muito dinheiro para mim, dia 8 eu tenho de pagar a renda da casa e agora não tenho dinheiro suficiente na conta.
Eu já liguei mas dizeram para escrever e-mail.

Desculpe o meu português.
Obrigada,
Olena Kovalenko
Tel. 965 000 731"""),

    dict(n=12, signals="payment", priority="medium", trap="polite", qt=0, reply=0,
         frm="Duarte Meireles <reservas@quintadosloureiros.example>",
         to="faturacao@canalhotel.example",
         subject="Fatura CH-2026-11-0584 – número de propriedades",
         body="""\
Exmos. Senhores,

Espero que se encontrem bem.
Recebemos a fatura CH-2026-11-0584, relativa a novembro, no valor de 267,90 € (IVA incluído), que já foi debitada na nossa conta. Reparámos, contudo, que nos são cobradas três propriedades, quando desde setembro temos apenas duas ligadas (a Quinta dos Loureiros e a Casa do Rio); a terceira, o Alojamento da Ribeira, foi desligada por nós a 30 de agosto, como confirmado no vosso e-mail dessa data.
O mesmo aconteceu, aliás, nas faturas de setembro e outubro, que só agora verificámos.
Seria possível emitirem as respetivas notas de crédito e corrigirem a subscrição?

Agradecendo desde já a atenção,
Duarte Meireles
Quinta dos Loureiros – Turismo Rural
Lamego"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Inês Barros <ines.barros@nuvem-mail.example>",
         to="ajuda@cineflix-stream.example",
         subject="Pergunta sobre o valor da mensalidade",
         body="""\
Olá,

Só uma pergunta rápida: a minha mensalidade sempre foi 7,99 €, mas este mês o débito foi de 8,99 €. Não recebi nenhum aviso de aumento (ou então não reparei). É o novo preço do plano Standard ou foi engano?
Não é nada de grave, só queria perceber.

Obrigada,
Inês Barros"""),

    dict(n=14, signals="account", priority="medium", trap="forwarded", qt=0, reply=0,
         frm="Pedro Sampaio <pedrosampaio@inbox-pt.example>",
         to="portal@seguradora-horizonte.example",
         subject="Fwd: Não consigo entrar na área de cliente",
         body="""\
Boa tarde,

Reencaminho o e-mail da minha mãe, que ainda não teve resposta. Ela tem 74 anos e sou eu que a estou a ajudar. Se for mais fácil, podem responder-me a mim.

Pedro Sampaio

---------- Mensagem encaminhada ---------
De: Fernanda Sampaio <fernanda.sampaio@inbox-pt.example>
Data: sexta, 27/11/2026 às 11:18
Assunto: Não consigo entrar na área de cliente
Para: portal@seguradora-horizonte.example

Bom dia,
Não consigo entrar na área de cliente do site. Diz que a palavra-passe está errada e quando carrego em "Esqueci-me da palavra-passe" aparece "enviámos um e-mail", mas o e-mail nunca chega, já fui ver ao lixo também. Preciso de descarregar a carta verde do seguro do carro (apólice 77-3301458) porque vou a Espanha no Natal.
Obrigada,
Fernanda Sampaio"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Marco Pires <marco.pires@armazensdocentro.example>",
         to="support@logiflow.example",
         subject="Conta admin bloqueada - Armazéns do Centro (tenant ADC-PT)",
         body="""\
Olá,

A conta de administrador m.pires@armazensdocentro.example ficou bloqueada esta manhã depois de várias tentativas de login falhadas; suspeito do tablet antigo da receção, que ainda tinha a palavra-passe anterior guardada. Mensagem: "ACC_LOCKED – contact your administrator". Só que o administrador sou eu, e sou o único.
Os operadores continuam a trabalhar normalmente com as contas deles, mas sem a conta admin não consigo criar os utilizadores dos 14 temporários que começam amanhã às 6h para o pico do Natal, nem dar-lhes permissões de expedição.
Preciso do desbloqueio ainda hoje. Posso confirmar a identidade por telefone: 239 000 522.

Marco Pires
Responsável de Operações, Armazéns do Centro – Coimbra"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Vasco Ferreira <vferreira@zmail.example>",
         to="suporte@saudemais-app.example",
         subject="Códigos SMS não chegam - não consigo entrar na app",
         body="""\
Boa tarde,

Há uma semana que não consigo entrar na app SaúdeMais. Ponho o e-mail e a palavra-passe, a app diz que enviou um código por SMS e o código nunca chega. Já pedi outra vez umas dez vezes. O número na conta é o de sempre (917 000 356) e recebo SMS de toda a gente menos de vocês.
Liguei duas vezes para a linha e mandaram-me reinstalar a app. Reinstalei. Nada.
Tenho lá as receitas e os resultados das análises e não consigo ver nada. Resolvam isto, por favor, ou mandem o código por e-mail.

Vasco Ferreira
N.º de utente 3100 442 871"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Teresa Lobo <tlobo@caixapostal.example>",
         to="clientes@mercadocasa.example",
         subject="Como mudar o e-mail da conta?",
         body="""\
Olá,

Vou deixar de usar o meu e-mail antigo (teresa.lobo@velhomail.example) e queria passar a usar este na minha conta do MercadoCasa, sem perder o histórico de encomendas nem os pontos do cartão.
Na área "Os meus dados" o campo do e-mail aparece a cinzento e não dá para editar. Como faço?

Obrigada,
Teresa Lobo"""),

    dict(n=18, signals="-", priority="low", trap="maintenance", qt=0, reply=0,
         frm="Luís Antunes <luis.antunes@construcoes-ribamar.example>",
         to="suporte@pontoweb.example",
         subject="Fwd: Manutenção programada – sábado, 12 de dezembro",
         body="""\
Boa tarde,

Recebemos o aviso abaixo. Uma dúvida antes de avisar as obras: durante a paragem, os relógios de ponto nos estaleiros continuam a registar as entradas offline e enviam tudo quando o serviço voltar, ou temos de usar as folhas em papel nessa manhã?

Obrigado,
Luís Antunes
Sistemas de Informação – Construções Ribamar, S.A.

---------- Mensagem encaminhada ---------
De: PontoWeb <noreply@pontoweb.example>
Data: sexta, 4/12/2026 às 18:00
Assunto: Manutenção programada – sábado, 12 de dezembro
Para: luis.antunes@construcoes-ribamar.example

Caro cliente,
No sábado, 12 de dezembro, entre as 05:00 e as 09:00, o PontoWeb estará indisponível devido a uma intervenção de manutenção nos servidores. Durante este período não será possível aceder à aplicação nem à API. Pedimos desculpa pelo incómodo.
Equipa PontoWeb"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Catarina Neto <cat.neto@mailpt.example>",
         to="socios@ginasio-forma10.example",
         subject="Re: Débito direto recusado – mensalidade de novembro",
         body="""\
Olá Raquel,

Já está, obrigada! Atualizei o IBAN na app como indicou e o pagamento passou hoje de manhã. Pode ignorar o meu e-mail anterior.
Já agora: as aulas de pilates de sábado continuam em dezembro?

Catarina Neto

Em ter., 1/12/2026 às 10:05, Raquel Sousa <socios@ginasio-forma10.example> escreveu:
> Olá Catarina,
> O banco devolveu o débito com o motivo "IBAN inválido". Pode atualizar o
> IBAN na app e voltamos a tentar; a penalização fica sem efeito.
> Raquel Sousa | Forma10
>
> Em seg., 30/11/2026 às 19:47, Catarina Neto <cat.neto@mailpt.example> escreveu:
> > Boa noite,
> > Recebi uma mensagem a dizer que o débito direto da mensalidade de
> > novembro (34,90 €) foi recusado e que tenho de pagar 5 € de
> > penalização. Tenho dinheiro na conta e não percebo porquê.
> > Não quero ficar com a inscrição suspensa. Podem ver o que se passa?
> > Catarina Neto"""),

    dict(n=20, signals="-", priority="low", trap="fire-drill", qt=0, reply=0,
         frm="Anabela Cruz <anabela.cruz@cm-vilaverde.example>",
         to="formacao@protege-formacao.example",
         subject="Marcação de simulacro de incêndio e curso de primeiros socorros",
         body="""\
Bom dia,

Na sequência da proposta que nos enviaram em novembro, gostaríamos de marcar para janeiro:

1. Simulacro de incêndio com evacuação do edifício dos Paços do Concelho (cerca de 120 funcionários), de preferência numa terça ou quinta de manhã. Pedimos que o cenário inclua fumo simulado no arquivo da cave e um "ferido" a retirar pelas escadas, como no ano passado.
2. Curso de primeiros socorros (16 h) para 15 trabalhadores, com módulos de queimaduras, engasgamento e suporte básico de vida.
3. Formação prática de manuseamento de extintores para a equipa de emergência interna.

Podem indicar datas disponíveis e confirmar se os valores da proposta PF-2026-311 se mantêm? A nota de encomenda é emitida pela Divisão Financeira depois da vossa confirmação.

Com os melhores cumprimentos,
Anabela Cruz
Técnica Superior – Gabinete Municipal de Proteção Civil
Câmara Municipal de Vila Verde"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Gonçalo Brito <gbrito@brito-associados.example>",
         to="vendas@arquivodigital.example",
         subject="Questionário de segurança antes da assinatura do contrato",
         body="""\
Caros Senhores,

Antes de avançarmos com a adesão ao plano Escritório (proposta n.º AD-1187), o nosso encarregado de proteção de dados pede resposta às seguintes questões:

a) Tiveram alguma violação de dados ou ataque de ransomware nos últimos três anos? Se sim, como foi comunicado aos clientes?
b) Onde ficam alojados os servidores e as cópias de segurança?
c) As palavras-passe são guardadas cifradas? Suportam autenticação de dois fatores obrigatória?
d) Em caso de fuga de informação, em que prazo nos notificariam?
e) Têm um relatório recente de testes de intrusão que possam partilhar?

Agradecemos resposta até dia 18.

Gonçalo Brito
Advogado – Brito & Associados, Sociedade de Advogados, SP, RL

Esta mensagem é confidencial e pode estar sujeita a sigilo profissional. Se a recebeu por engano, queira notificar o remetente e eliminá-la, sendo proibida a sua utilização, cópia ou divulgação."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sandra Moutinho <smoutinho@netmail-pt.example>",
         to="info@airchef-portugal.example",
         subject="Fritadeira AirChef XL – acessório para bolos",
         body="""\
Olá!

Só para dizer que a fritadeira AirChef XL que comprámos em outubro é uma bomba: as batatas ficam estaladiças, o frango é de comer e chorar por mais e a casa já não cheira a fritos. Desde que o meu marido partiu o pé no futebol sou eu que cozinho, e esta máquina salvou-me a vida.
Uma pergunta antes de comprar: a forma de bolos do "Kit Explosão de Sabores" serve no modelo XL ou só no XXL? E se não servir, posso devolvê-la?

Obrigada e continuem assim!
Sandra Moutinho"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Henrique Valente <h.valente@mailpt.example>",
         to="apoio@casamoveis.example",
         subject="RE: Reembolso da encomenda 55190 (sofá cancelado)",
         body="""\
Terceiro e-mail e continuo sem resposta e sem dinheiro. 1.249,00 € não é quantia para ficar esquecida do vosso lado. Se até quarta-feira o reembolso não estiver na minha conta, faço queixa no Livro de Reclamações e peço ao banco a anulação do pagamento.

Henrique Valente

-----Mensagem original-----
De: Henrique Valente <h.valente@mailpt.example>
Enviada: segunda-feira, 23 de novembro de 2026 09:12
Para: apoio@casamoveis.example
Assunto: RE: Reembolso da encomenda 55190 (sofá cancelado)

> Volto a escrever: já passaram três semanas e o reembolso não chegou.
> Ninguém responde aos e-mails nem ao telefone.

-----Mensagem original-----
De: Henrique Valente <h.valente@mailpt.example>
Enviada: segunda-feira, 2 de novembro de 2026 18:40
Para: apoio@casamoveis.example
Assunto: Reembolso da encomenda 55190 (sofá cancelado)

> Cancelei a encomenda 55190 (sofá Lisboa, 3 lugares) no dia 30 de outubro,
> dentro do prazo, e confirmaram-me por telefone que o reembolso de
> 1.249,00 € seria feito em 5 dias úteis. Quando recebo o dinheiro?"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Marta Quintela <marta.quintela@contactus-bpo.example>",
         to="enterprise-support@nuvemvoz.example",
         subject="Contrato ENT-0042 – falhas na gravação de chamadas (SLA)",
         body="""\
Boa tarde,

Escrevo ao abrigo do contrato Enterprise ENT-0042 e do respetivo acordo de nível de serviço (disponibilidade de 99,95% e resposta em 1 hora a incidentes de prioridade 2).
Desde sábado, cerca de 30% das chamadas das nossas três operações (Lisboa, Porto e Covilhã, 420 postos) não ficam gravadas: a chamada decorre normalmente, mas no portal aparece "Recording unavailable" e o ficheiro não existe. Os nossos clientes da banca e dos seguros exigem a gravação de 100% das chamadas por obrigação legal.
Abrimos o incidente INC-77120 no sábado às 11h e até agora só recebemos a resposta automática.
Solicito o contacto do gestor de cliente ainda hoje e um relatório de causa e impacto para efeitos de créditos de serviço, conforme o anexo C do contrato.

Com os melhores cumprimentos,

Marta Quintela
Diretora de Tecnologia
ContactUs BPO, S.A.
Av. da República, 50, 1050-000 Lisboa
T +351 210 000 900 | M +351 960 000 118"""),
]
