# blind20 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Graça Meireles <graca.meireles@correio-minho.example>",
         to="apoio@ozopura.example",
         subject="Dúvida sobre o OzoPura Clean e a máscara do meu marido",
         body="""\
Boa noite,

O meu marido usa CPAP e há três semanas comprámos o vosso aparelho de limpeza OzoPura Clean. Desde
que o começámos a usar, a máscara fica com um cheiro muito forte, parecido com lixívia, mesmo
depois de estar várias horas ao ar.

Nestas semanas ele tem acordado com dores de cabeça fortes, tosse seca e a garganta muito irritada. Esta
madrugada levantou-se para ir à casa de banho, ficou tonto, teve de se agarrar à parede e acabou
sentado no chão do corredor. Já não sabia bem onde estava durante uns minutos. Antes disto
dormia bem.

Fazemos o ciclo exatamente como diz o manual (ciclo de 30 minutos, tampa fechada). Devemos parar
de usar o aparelho? O que pode estar a acontecer? Ele tem 74 anos.

Graça Meireles
Tel. 253 555 418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Cordeiro <ines.cordeiro@mail-lisboa.example>",
         to="encomendas@padariasemmedo.example",
         subject="Bolo de aniversário da encomenda PSM-3107",
         body="""\
Olá,

Encomendei na vossa loja online um bolo de chocolate identificado como "sem frutos secos" para o
aniversário da minha filha, precisamente porque ela não pode comer amendoim nem avelã.

Comeu uma fatia pequena e dez minutos depois tinha os lábios inchados, manchas vermelhas no
pescoço e no peito, e vomitou duas vezes. Começou a respirar com um assobio. Fomos logo para o
hospital de Santa Maria, deram-lhe medicação e ficou em observação até às duas da manhã. Agora
está em casa, mas ainda com a pele marcada.

Ainda tenho metade do bolo no frigorífico e a etiqueta da caixa. Quero saber o que tinha aquele
bolo e se foi feito na mesma bancada dos outros. Há outros pais que podem ter comprado o mesmo.

Inês Cordeiro
912 555 603"""),

    dict(n=3, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Rui Valadares <rui.valadares@valadares-net.example>",
         to="apoio@farmaciaemcasa.example",
         subject="Entrega de ontem",
         body="""\
Bom dia,

Sou cliente da Farmácia em Casa há mais de um ano, sempre com o mesmo estafeta, o senhor Carlos,
que é impecável. Ontem a entrega veio mais tarde, por volta das 21h, e com outro estafeta, o que
não é problema nenhum, com a chuva que estava percebo perfeitamente.

Só que o saco que me deixaram não é meu. Só reparei quando abri: tem o nome completo, a morada, o
número de utente e a receita de outra pessoa, uma senhora de Odivelas, com medicação para a
depressão e um relatório médico agrafado. Presumo que a minha encomenda (os comprimidos da tensão, com a
minha receita) tenha ido parar a casa dela, com os meus dados também.

Não me sinto confortável por ter na mão os dados de saúde de uma desconhecida, e ainda menos por
ela ter os meus. O que faço ao saco? Venham buscá-lo, por favor, e digam-me para onde foi a minha
encomenda.

Rui Valadares"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Tiago Fonseca <tiago.fonseca@pedal-mail.example>",
         to="suporte@dobrabike.example",
         subject="Dobradiça do quadro abriu-se em andamento - DobraBike Urban 20",
         body="""\
Boa tarde,

Hoje de manhã, a descer a Avenida da Liberdade a cerca de 25 km/h, a dobradiça do quadro da minha
DobraBike Urban 20 abriu-se sozinha. A bicicleta dobrou-se ao meio e eu fui projetado para a
frente. Tenho feridas nas mãos e no queixo e um dedo partido. Podia ter sido muito pior: vinha um
autocarro logo atrás de mim.

A alavanca estava fechada e travada, verifico sempre antes de sair. A bicicleta tem cinco meses e
fez a revisão em março numa loja vossa.

Isto é um perigo sério. Há mais casos? Exijo que analisem a bicicleta e quero saber se vão avisar
os outros clientes.

Tiago Fonseca"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sandra Lobo (Armazém Setúbal) <armazem.setubal@cestafresca.example>",
         to="suporte@pickflow.example",
         subject="Terminais de picking sem encomendas desde as 7h",
         body="""\
Bom dia,

Desde as 7h00 os terminais de picking do armazém de Setúbal não recebem nenhuma encomenda. O ecrã
mostra "A sincronizar..." e fica assim. Temos cerca de 600 cabazes de subscrição por preparar
para hoje, os estafetas estão parados no cais à espera e as encomendas continuam a acumular-se.

Estamos a imprimir listas a partir do backoffice e a fazer tudo à mão, em papel, mas não
conseguimos validar os lotes nem as datas de validade assim. Se não resolvermos até às 11h, as
entregas da tarde em Lisboa ficam comprometidas.

Liguem-me, por favor: 265 555 902.

Sandra Lobo
Responsável de Armazém"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Helena Carvalhais <h.carvalhais@clinicadiabetes-porto.example>",
         to="profissionais@glicolink.example",
         subject="Plataforma para profissionais sem dados dos doentes",
         body="""\
Boa tarde,

Desde ontem à noite a plataforma GlicoLink para profissionais não mostra as leituras de nenhum
dos nossos doentes. Os gráficos ficam vazios e os relatórios de 14 dias saem sem dados. Os
doentes dizem que no telemóvel deles as leituras aparecem normalmente.

Temos 32 consultas de diabetes marcadas para hoje e amanhã e estamos a ajustar terapêuticas às
cegas, a pedir aos doentes que nos mostrem o telemóvel um a um. Já tivemos de remarcar 11
consultas. A equipa de enfermagem também não consegue fazer o acompanhamento remoto.

Precisamos de uma previsão de resolução com urgência.

Helena Carvalhais
Clínica de Diabetes do Porto"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Miguel Antunes <miguel.antunes@caixa-postal.example>",
         to="ajuda@trotalisboa.example",
         subject="Não consigo desbloquear nenhuma trotinete",
         body="""\
Olá,

É a terceira manhã seguida que fico parado no passeio: carrego em "Desbloquear", a app fica a
pensar e depois diz "Tente novamente mais tarde". Já experimentei quatro trotinetes diferentes,
em Alvalade e no Campo Grande, sempre o mesmo.

Pago o passe mensal de commuter precisamente para ir para o trabalho e já cheguei atrasado duas
vezes esta semana.

Miguel"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Paula Sequeira <paula.sequeira@mailbox-pt.example>",
         to="contacto@comparaja-precos.example",
         subject="Filtros da pesquisa não funcionam",
         body="""\
Boa tarde,

Os filtros da pesquisa de frigoríficos não estão a funcionar: escolho "classe energética A" ou
"até 600 €" e a lista continua a mostrar tudo. A pesquisa em si funciona, e ordenando por preço
lá consigo encontrar o que quero, mas demora muito mais.

Cumprimentos,
Paula Sequeira"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Joana Barreiros <joana.barreiros@viaja-mail.example>",
         to="suporte@malatrack.example",
         subject="É normal o mapa ficar em branco?",
         body="""\
Olá,

É normal que, desde a atualização de sexta-feira, o mapa da app MalaTrack fique completamente em
branco? Não aparece a localização de nenhum dos dois localizadores, nem a última posição
conhecida. Já tirei as pilhas e voltei a pô-las, e reinstalei a app.

Viajo amanhã para Toronto com escala em Frankfurt e comprei isto precisamente para não perder as
malas como da última vez. Assim não me serve de nada.

Joana"""),

    dict(n=10, signals="payment", priority="medium", trap="short", qt=0, reply=0,
         frm="Bruno Teixeira <bruno.teixeira@atleta-mail.example>",
         to="encomendas@protein-norte.example",
         subject="Pagamento em duplicado - encomenda PN-77813",
         body="""\
Boas, paguei a encomenda PN-77813 (whey e creatina, 64,80 €) por MB WAY e o valor foi debitado
duas vezes. Só recebi uma encomenda. Podem devolver o segundo pagamento?

Obrigado, Bruno"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Cátia Moura <catia.moura.ama@correio-sul.example>",
         to="pagamentos@amadacasa.example",
         subject="Algumas questões",
         body="""\
Olá, boa tarde.

Queria antes de mais agradecer a ajuda com o meu perfil no mês passado; desde que pus as fotos
novas já tive três famílias novas a contactar-me, o que é ótimo. Também queria sugerir que na app
desse para marcar as férias de uma vez só, em vez de dia a dia, porque em agosto foi uma
trabalheira.

Outra coisa: a família Rebelo perguntou-me se aceitam pagamento por transferência em vez de
cartão. Não sei responder, por isso digo-lhes que falem convosco.

E o mais importante: os pagamentos das famílias de março (são 12 dias com a família Rebelo e 6
com a família Sá, 742 € no total) deviam ter sido transferidos para mim no dia 5 e ainda não
recebi nada. Na app diz "Pagamento processado", mas na minha conta não entrou. Tenho a renda da
casa para pagar na segunda-feira e o senhorio não espera. Podem ver isto hoje?

Obrigada,
Cátia Moura"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Nuno Carrilho <financeiro@carrilho-obras.example>",
         to="faturacao@leaseauto.example",
         subject="Fatura com NIF errado - contrato LA-40217",
         body="""\
Bom dia,

As faturas de março e abril do contrato de renting LA-40217 (Renault Trafic) vêm emitidas com o
NIF 501 000 000, que não é o nosso. O correto é o da Carrilho Obras, Lda., que consta do contrato.
Assim não as conseguimos lançar na contabilidade.

Agradeço que emitam as notas de crédito e as faturas corrigidas.

Cumprimentos,
Nuno Carrilho
Departamento Financeiro"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Filipa Rosado <filipa.rosado@mail-algarve.example>",
         to="ajuda@vouchspa.example",
         subject="Taxa de serviço no vale",
         body="""\
Olá! Comprei um vale de massagem de 60 € para oferecer à minha mãe e no extrato aparece 61,50 €.
Vi depois que é uma "taxa de serviço". Não faz mal, é só curiosidade: para que serve?

Obrigada, Filipa"""),

    dict(n=14, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Daniel Pinho <daniel.pinho@escola-mail.example>",
         to="secretaria@dojotejo.example",
         subject="RE: Mensalidade de fevereiro",
         body="""\
Obrigado pela resposta.

Entretanto tenho outro problema: tentei entrar na app do Dojo Tejo para marcar as aulas de jiu-jitsu
da próxima semana e, depois de errar a palavra-passe três vezes, a conta ficou bloqueada. O
"Recuperar palavra-passe" diz que o e-mail não está registado, mas é o mesmo de sempre.

Podem desbloquear-me?

Daniel Pinho

-----Original Message-----
From: Secretaria Dojo Tejo <secretaria@dojotejo.example>
Sent: 10 de março de 2025 15:22
To: Daniel Pinho
Subject: RE: Mensalidade de fevereiro

> Caro Daniel,
> Confirmamos que a mensalidade de fevereiro foi cobrada em duplicado por erro
> do terminal. O reembolso de 45 € foi feito hoje para o cartão terminado em 0931.
> Com os melhores cumprimentos,
> Secretaria"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Rita Gouveia <rita.gouveia@correio-centro.example>",
         to="apoio@pontosmais.example",
         subject="É normal o código de verificação chegar expirado?",
         body="""\
Bom dia,

É normal que o código de verificação por SMS chegue sempre já expirado? Peço o código para entrar
na minha conta Pontos+, só chega uns 10 minutos depois e aparece "código inválido". Já tentei umas
dez vezes desde sábado e continuo sem conseguir entrar. Tenho 3.800 pontos que expiram no fim do
mês.

O meu número é o 936 555 271.

Rita Gouveia"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Afonso Brandão <afonso.brandao@novo-mail.example>",
         to="clube@garrafeiradouro.example",
         subject="Alteração de e-mail da conta do Clube",
         body="""\
Boa tarde,

Alterei o e-mail da minha conta do Clube de Vinhos (o antigo era afonso.b@antigo-mail.example) e
o link de confirmação foi enviado para o endereço antigo, que já foi desativado. Agora não
consigo entrar nem com um nem com o outro.

Podem associar a conta a este novo endereço? Sou sócio n.º 10294.

Afonso Brandão"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Vasco Lima <vasco.lima@estrada-mail.example>",
         to="suporte@camviva.example",
         subject="Como ativar a verificação em dois passos?",
         body="""\
Olá, como ativo a verificação em dois passos na minha conta da cloud CamViva (onde ficam os
vídeos da dashcam)? Não encontro a opção nas definições da app.

Obrigado,
Vasco"""),

    dict(n=18, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Marta Quaresma <marta.quaresma@yogi-mail.example>",
         to="reservas@estudioloto.example",
         subject="Retiro Fogo Interior - preços e datas",
         body="""\
Olá,

Vi no Instagram o vosso retiro "Fogo Interior" em Monsaraz, com as aulas de respiração de fogo ao
nascer do sol e o workshop "Queimar o Passado". Parece-me mesmo o que preciso depois de um ano
explosivo no trabalho.

Podem dizer-me os preços para quarto partilhado, as datas de setembro e se é preciso ter
experiência de yoga? E qual é a política de cancelamento?

Obrigada,
Marta"""),

    dict(n=19, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Hugo Albuquerque <hugo.albuquerque@mail-coimbra.example>",
         to="apoio@ginasiopulso.example",
         subject="Re: Conta bloqueada na app",
         body="""\
Obrigado, já consegui entrar. Aproveito para perguntar: a aula de pilates de sábado às 10h
mantém-se em agosto?

Hugo

Em seg., 17/03/2025 às 09:48, Ginásio Pulso <apoio@ginasiopulso.example> escreveu:
> Olá Hugo,
> A sua conta estava bloqueada depois de várias tentativas de login falhadas.
> Já a desbloqueámos e enviámos um link para definir uma nova palavra-passe.
> Cumprimentos,
> Equipa Pulso"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Leonor Campos <leonor.campos@familia-campos.example>",
         to="apoio@socorroestrada.example",
         subject="Agradecimento - assistência na A1",
         body="""\
Boa noite,

Queria só agradecer. No domingo o carro avariou-nos na A1, perto de Pombal, com os dois miúdos
no banco de trás e a chover a potes. O reboque chegou em 25 minutos, o senhor Armando foi de uma
simpatia enorme e ainda nos arranjou táxi até à oficina. Já está tudo resolvido, o carro fica
pronto amanhã.

Um grande obrigada a toda a equipa.

Leonor Campos"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sérgio Magalhães <sergio.magalhaes@cozinha-mail.example>",
         to="ola@marmitafit.example",
         subject="A caixa desta semana",
         body="""\
Olá!

Só para dizer que a caixa desta semana estava uma bomba. O caril de grão era de morrer, a minha
mulher ficou doida com o molho de iogurte e eu já estou a morrer de fome só de pensar no próximo
menu. Honestly, best meal kit we've tried.

Continuem assim!
Sérgio"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CargaCasa Newsletter <novidades@cargacasa.example>",
         to="apoio@cargacasa.example",
         subject="Segurança em primeiro lugar: 5 dicas para o seu carregador",
         body="""\
Olá!

Este mês falamos de segurança. Sabia que a maior parte dos problemas com carregadores domésticos
vem de instalações antigas? Deixamos-lhe cinco dicas:

1. Peça a um eletricista certificado para verificar o quadro elétrico.
2. Não use extensões nem fichas triplas para carregar o carro.
3. Mantenha o cabo longe de poças e não o deixe enrolado durante a carga.
4. Se notar sobreaquecimento na ficha, contacte um técnico.
5. Atualize o firmware sempre que a app o sugerir.

Novidade: já pode agendar a carga para as horas de vazio diretamente na app!

Para deixar de receber esta newsletter, clique aqui.
CargaCasa, Lda. - Rua Imaginária 45, 4000-000 Porto"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Catarina Vilela (RH - Grupo Atlântida) <catarina.vilela@grupoatlantida.example>",
         to="empresas@linguafacil.example",
         subject="200 colaboradores sem acesso - prazo de certificação sexta-feira",
         body="""\
Bom dia,

Desde que ativaram ontem o novo login por SSO, nenhum dos nossos 214 colaboradores consegue
entrar na LinguaFácil: o portal devolve "Utilizador não autorizado" logo após o login da Microsoft.
O mesmo acontece no telemóvel e no computador, em todas as nossas empresas.

Temos um contrato corporativo de 220 licenças e a certificação de inglês B2 é obrigatória para a
equipa comercial até esta sexta-feira, por exigência de um cliente. Neste momento ninguém
consegue fazer os módulos que faltam nem o teste final.

Precisamos de uma solução hoje. O nosso gestor de conta é o Dr. Paulo Reis. Contacto direto:
217 555 384.

Catarina Vilela
Recursos Humanos - Grupo Atlântida"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Alberto Nogueira <alberto.nogueira@reformado-mail.example>",
         to="suporte@ouvirbem.example",
         subject="App não liga aos aparelhos depois da atualização do iPhone",
         body="""\
Boa tarde,

Depois de atualizar o iPhone, a app OuvirBem deixou de se ligar aos meus aparelhos auditivos:
fica a procurar e nunca os encontra. Não consigo mudar de programa nem ajustar o volume pela app.

Por agora vou usando o comando pequeno que veio na caixa, que funciona, mas é menos prático,
sobretudo no café com barulho. Há alguma solução?

Cumprimentos,
Alberto Nogueira"""),
]
