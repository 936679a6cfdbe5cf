# blind42 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
# European Portuguese (pt-PT) throughout.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofia Marques <sofia.marques@mail.example>",
         to="apoio@refeicoes-escolares.example",
         subject="Sobremesa de ontem na EB Quinta do Pinhal - o meu filho foi parar às urgências",
         body="""\
Bom dia,

Escrevo-vos porque o meu filho Tomás (4.º B da EB da Quinta do Pinhal) tem alergia a frutos secos, o que está registado na ficha dele desde setembro, e todos os dias lhe é servido o prato de dieta.

Ontem ao almoço deram-lhe a mesma sobremesa que aos outros, um bolo de chocolate com pedaços de avelã. Meia hora depois estava com a cara inchada e a respirar mal. A professora usou a caneta de adrenalina e o INEM levou-o para o Hospital de Santa Maria, onde ficou em observação até à noite. Felizmente já está em casa.

Preciso de saber como é que isto aconteceu e o que vão mudar, porque há pelo menos mais duas crianças com alergias nesta escola e a refeição de amanhã é outra vez vossa. Já falei com a coordenadora, mas ela diz que a sobremesa vem pronta da vossa cozinha central.

Aguardo resposta ainda hoje, por favor.

Sofia Marques
912 345 678"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rui Carvalho <rui.carvalho77@net.example>",
         to="apoio.cliente@casaeclima.example",
         subject="Aquecedor encomenda 48213-PT",
         body="""\
Boa noite
O aquecedor a óleo que comprei convosco há 2 semanas (encomenda 48213-PT) começou hoje a cheirar a plástico queimado no quarto da minha filha. Quando o fui desligar a ficha estava tão quente que nem se conseguia tocar, e a tomada ficou preta e derretida num canto. Foi abaixo o quadro da luz.
Já está desligado e na varanda. O que faço agora? Ninguém atende na linha.
Rui Carvalho

Enviado do meu telemóvel"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Helena Tavares <helena.tavares@mail.example>",
         to="apoio@bancoatlantico.example",
         subject="Movimentos que não fiz no cartão de débito - URGENTE",
         body="""\
Exmos. Senhores,

Acabei de abrir a aplicação e tenho quatro pagamentos no meu cartão de débito terminado em 4471 que eu não fiz:

- 10/12, 02:14 - GAMESHOP*ONLINE - 189,90 €
- 10/12, 02:17 - GAMESHOP*ONLINE - 189,90 €
- 10/12, 02:31 - TOPUP-WALLET LTD - 250,00 €
- 10/12, 03:05 - TOPUP-WALLET LTD - 250,00 €

O cartão está comigo, na carteira, e eu estava a dormir. São quase 880 euros, é o dinheiro da renda. Já bloqueei o cartão na app, mas preciso que abram o processo de fraude e me devolvam o dinheiro. Não percebo como é que o banco deixa passar quatro compras destas de madrugada sem me mandar nem um SMS.

Helena Tavares
Conta n.º 0045 1234 5678 9012"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Joaquim Ferreira <jferreira@mail.example>",
         to="suporte@laboratoriovitalab.example",
         subject="Estou a ver análises de outra pessoa na vossa app",
         body="""\
Boa tarde,

Entrei hoje na aplicação do laboratório para ver as análises ao sangue que fiz na sexta-feira no posto de Almada. Em vez das minhas aparecem as de uma senhora, Maria do Céu Antunes, com a data de nascimento, o número de utente e os resultados todos, incluindo um teste de gravidez e um de VIH. Atualizei a app, saí e voltei a entrar, e continua igual. As minhas não aparecem em lado nenhum.

Não tirei fotografias nem mostrei a ninguém, mas calculo que, se eu vejo as dela, alguém pode estar a ver as minhas. Peço que vejam isto com urgência e que me digam se os meus resultados foram parar a outra pessoa.

Joaquim Ferreira
Utente n.º 55 204 871"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Catarina Lopes <c.lopes@hotelmiradouro.example>",
         to="suporte@hotelsoft.example",
         subject="PMS sem acesso desde as 7h - 62 chegadas hoje",
         body="""\
Bom dia,

Desde as 7h00 de hoje que o programa de gestão do hotel fica parado no ecrã de carregamento quando o abrimos, tanto na receção como no back-office e no portátil da direção. Reiniciámos os três computadores e o router, sem qualquer diferença.

Temos 62 chegadas previstas para hoje, incluindo um grupo de 40 pessoas às 14h00, e sem o programa não conseguimos fazer check-in, codificar os cartões dos quartos nem ver que quartos já estão limpos. Neste momento estamos a trabalhar com uma lista impressa ontem à noite.

Pedimos que nos liguem com a máxima urgência para o 213 456 700 (receção) ou para o 936 111 222 (direção).

Com os melhores cumprimentos,

Catarina Lopes
Diretora de Alojamento
Hotel Miradouro ****
Rua das Flores, 118 - 1200-194 Lisboa
Tel. +351 213 456 700

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao uso do(s) destinatário(s) indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e elimine-a de imediato. É proibida qualquer cópia, divulgação ou distribuição não autorizada.
Antes de imprimir este e-mail, pense no ambiente."""),

    dict(n=6, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Pedro Nunes <pedro.nunes@vetcentro.example>",
         to="suporte@vetgest.example",
         subject="Fwd: Ninguém consegue entrar no VetGest",
         body="""\
Bom dia,

Reencaminho o e-mail da nossa rececionista. Confirmo que se passa o mesmo nas três clínicas (Braga, Guimarães e Barcelos): depois da atualização desta noite nenhum dos 14 utilizadores consegue entrar. Temos cirurgias marcadas a partir das 9h30 e não conseguimos ver historiais, vacinas nem alergias dos animais. Liguem-me para o 917 555 014, por favor.

Pedro Nunes
Diretor Clínico - VetCentro

---------- Mensagem encaminhada ---------
De: Rita Sousa <rececao.braga@vetcentro.example>
Data: seg., 7/12/2026 às 08:12
Assunto: Ninguém consegue entrar no VetGest
Para: Pedro Nunes <pedro.nunes@vetcentro.example>

Dr. Pedro, desde que chegámos hoje o VetGest diz "utilizador ou palavra-passe inválidos" a toda a gente, mesmo com as palavras-passe de sempre. Tentei o "Esqueci-me da palavra-passe", mas o e-mail não chega. Liguei para Guimarães e estão na mesma. Já temos 6 consultas na sala de espera.

Rita"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Bruno Almeida <bruno.almeida@mail.example>",
         to="apoio@fibramax.example",
         subject="Sem internet desde ontem - cliente 7781204",
         body="""\
Boa tarde,
Estou sem internet em casa desde ontem às 18h. A luz LOS do router está vermelha a piscar, já desliguei e voltei a ligar várias vezes e troquei o cabo. Trabalho a partir de casa e estou a usar os dados do telemóvel, que estão quase no fim. O técnico diz que só tem vaga para quinta-feira. Não há nada mais rápido?
Bruno Almeida
Cliente n.º 7781204
Rua do Almada 301, 3.º esq., Porto

Enviado do meu iPhone"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Marta Pinheiro <marta@cowork-ribeira.example>",
         to="suporte@spacebook.example",
         subject="Várias coisas na plataforma",
         body="""\
Olá equipa,

Aproveito para juntar num só e-mail umas coisas que fomos notando esta semana:

1. No ecrã de entrada da app o nosso logótipo aparece esticado. Nada de grave, mas se der para corrigir agradecemos.
2. Desde terça-feira, as reservas das salas de reunião feitas na app deixaram de passar para o Google Calendar dos membros. A reserva fica registada na plataforma, mas a pessoa não recebe o convite, e já tivemos duas salas marcadas em duplicado. Por agora estamos a confirmar tudo à mão no quadro da receção.
3. Seria possível reservar uma sala por meia hora, em vez de uma hora no mínimo?

O ponto 2 é o que mais nos preocupa, temos 80 membros e está a gerar alguma confusão.

Obrigada!
Marta Pinheiro
Community Manager | Cowork Ribeira
www.cowork-ribeira.example"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="António Rebelo <antonio.rebelo@mail.example>",
         to="ajuda@cinestream.example",
         subject="App na televisão demora a abrir",
         body="""\
Boa noite,

Não é nada urgente, é só para vos dar conta. Desde a última atualização, a vossa aplicação na televisão Samsung demora quase um minuto a abrir e fica com o logótipo parado no ecrã. Depois de abrir, os filmes e as séries dão normalmente, sem cortes. No telemóvel abre logo.

Se houver alguma coisa que eu possa fazer do meu lado, digam.

Cumprimentos,
António Rebelo"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Maria José Cardoso <mjcardoso@mail.example>",
         to="clientes@energiaviva.example",
         subject="Dúvida sobre a fatura de novembro",
         body="""\
Boa tarde,

Recebi a fatura de novembro (n.º FT 2026/884512) e reparei que agora aparece uma linha separada chamada "Termo fixo de acesso às redes", que antes não vinha. O valor total é parecido com o do mês passado, por isso imagino que seja só uma mudança na forma de apresentar, mas gostava de confirmar.

Aproveito também para perguntar se é possível passar a constar na fatura o NIF do meu marido em vez do meu, porque é ele que põe estas despesas no IRS.

Muito obrigada pela atenção.

Com os melhores cumprimentos,
Maria José Cardoso
Contrato 300 118 452"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Oksana Kovalenko <oksana.kov@mail.example>",
         to="apoio@supermercadonacasa.example",
         subject="Pagamento duas vezes encomenda compras",
         body="""\
Olá,

Eu fiz no dia 3 de dezembro uma encomenda de compras no vosso site para entrega em casa (encomenda SC-559210). No primeiro vez o pagamento deu erro e depois eu fiz outra vez e passou. Agora no meu extrato do banco aparece dois pagamentos de 78,40 €, mas eu só recebi uma entrega, com os sacos todos certos.

Pode por favor devolver o pagamento que está a mais? Eu envio em anexo a fotografia do extrato.

Obrigada e desculpe o meu português.
Oksana Kovalenko
Tel. 925 880 341"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Luís Figueiredo <luis.figueiredo@mail.example>",
         to="apoio@voasol.example",
         subject="Re: [Pedido #204417] Reembolso voo cancelado VS1182",
         body="""\
Boa tarde,

Passaram cinco semanas desde a vossa resposta abaixo e o reembolso ainda não chegou ao meu cartão. Confirmei com o banco e não há nenhum movimento pendente da VoaSol. São 412,60 € por dois bilhetes Lisboa-Funchal do voo de 24 de outubro, que foi cancelado por vocês.

Podem verificar em que ponto está, por favor, e enviar-me o comprovativo da transferência?

Obrigado,
Luís Figueiredo

Em 28/10/2026, às 16:40, Apoio ao Cliente VoaSol <apoio@voasol.example> escreveu:
> Caro Sr. Luís Figueiredo,
> Lamentamos o cancelamento do voo VS1182 de 24/10/2026. Confirmamos
> que o reembolso de 412,60 € foi aprovado e será processado para o
> cartão utilizado na compra num prazo de 7 a 10 dias úteis.
> Com os melhores cumprimentos,
> Equipa de Apoio ao Cliente VoaSol"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Manuel Gouveia <manuel.gouveia@quintadoscastanheiros.example>",
         to="vendedores@mercadoverde.example",
         subject="Pagamentos retidos há 3 semanas - salários na sexta-feira",
         body="""\
Exmos. Senhores,

Somos vendedores na vossa plataforma desde 2023 (loja "Quinta dos Castanheiros", vendedor n.º 11820). Desde 16 de novembro que nenhuma das transferências semanais das nossas vendas foi feita: no painel aparecem 9.346,20 € com o estado "em revisão", sem qualquer explicação e sem resposta aos dois pedidos que fizemos pelo formulário.

Estamos em plena campanha da castanha e da laranja e temos onze trabalhadores sazonais a quem temos de pagar os salários esta sexta-feira, dia 11. Sem este dinheiro não conseguimos.

Pedimos que nos digam hoje o que falta para libertar os pagamentos. Se precisarem de algum documento, enviamos de imediato.

Com os melhores cumprimentos,
Manuel Gouveia
Sócio-gerente
Quinta dos Castanheiros, Lda.
Lugar da Várzea, 4990-621 Ponte de Lima
Tel. 258 000 123"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Fernanda Rocha <fernanda.rocha@construtoravale.example>",
         to="apoio@seguroslusitano.example",
         subject="Alterar o e-mail de acesso à área de cliente",
         body="""\
Bom dia,

Tenho o seguro automóvel convosco (apólice AU-7720415) e uso a área de cliente para consultar os recibos. Vou deixar de ter este endereço de e-mail no fim do mês, porque saí da empresa.

Podiam explicar-me como mudo o e-mail com que entro na área de cliente para fernanda.rocha.pessoal@mail.example? Procurei nas definições do perfil, mas só encontrei como alterar a morada e o telefone.

Agradeço desde já a ajuda.

Com os melhores cumprimentos,
Fernanda Rocha"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Diogo Santos <diogo.santos03@mail.example>",
         to="support@pixelarena.example",
         subject="Mudei de telemóvel e já não recebo os códigos",
         body="""\
Olá,

Mudei de telemóvel no fim de semana e esqueci-me de passar a app de autenticação para o novo. Agora, quando entro na minha conta do PixelArena no PC, pede o código de 6 dígitos e eu não tenho como o gerar. O telemóvel antigo ficou na loja como retoma, por isso já não dá para o ir buscar.

Os códigos de recuperação também não os tenho, confesso que nunca os guardei :(

O meu utilizador é d1ogo_sts e o e-mail da conta é este. Posso enviar os comprovativos de compra dos jogos ou o que for preciso para provar que a conta é minha.

Abraço,
Diogo"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Inês Correia <ines.correia@clinicasorriso.example>",
         to="suporte@dentalsoft.example",
         subject="Re: [Pedido #88213] Acessos de utilizadores",
         body="""\
Boa tarde, respondo no meio do seu e-mail.

Em sex., 4/12/2026 às 17:05, Suporte DentalSoft <suporte@dentalsoft.example> escreveu:
> Para podermos tratar do pedido, precisamos que nos confirme:
> 1. O nome do utilizador a desativar.
Sónia Lima (utilizador slima). Saiu da clínica no dia 30 de novembro e a conta dela continua ativa.

> 2. Se pretende transferir as marcações dela para outro utilizador.
Sim, para a nova rececionista, Andreia Marques.

> 3. O e-mail da nova utilizadora.
andreia.marques@clinicasorriso.example

> 4. Porque não conseguiu fazer a alteração no menu Administração.
O menu aparece-me a cinzento. A única conta de administrador era a da Sónia, foi ela que instalou tudo.

Agradeço que tratem disto na segunda-feira logo de manhã, a Andreia começa nesse dia e precisa de ver a agenda.

Inês Correia
Diretora Clínica - Clínica Sorriso, Setúbal"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ricardo Vaz <ricardo.vaz@vazadvogados.example>",
         to="suporte@assinaturadigital.example",
         subject="Conta bloqueada - prazo termina hoje",
         body="""\
Exmos. Senhores,

A minha conta na vossa plataforma de assinatura (utilizador rvaz, cédula profissional 41233L) ficou bloqueada esta manhã depois de três tentativas com o código SMS, que chegou já fora de validade. O pedido de desbloqueio por e-mail responde que será tratado "em 48 horas".

Tenho de assinar e submeter hoje, até às 23h59, uma peça processual cujo prazo não pode ser prorrogado. Sem a assinatura qualificada não a consigo entregar.

Solicito que desbloqueiem a conta ainda esta manhã ou que me liguem para o 962 440 118 para resolvermos por telefone.

Com os melhores cumprimentos,

Ricardo Vaz
Advogado
Vaz & Associados - Sociedade de Advogados, SP, RL
Av. da Liberdade, 190, 4.º - 1250-147 Lisboa

Esta mensagem é confidencial e pode conter informação protegida por sigilo profissional. Se não for o destinatário, agradecemos que a elimine e nos informe de imediato."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Zé Carlos Monteiro <zecarlos.monteiro@mail.example>",
         to="socios@academicofc.example",
         subject="Jogo de domingo e bilhetes para Braga",
         body="""\
Boa tarde, malta do clube!

Que jogo no domingo! O estádio estava a pegar fogo, e quando o Rafa mandou aquela bomba aos 89' a bancada norte explodiu. Saí de lá sem voz e com o coração aos saltos, o meu filho diz que foi o melhor dia da vida dele. Mataram o jogo no último minuto, como deve ser, e aquele guarda-redes deles ficou de rastos.

Agora a pergunta: os sócios vão ter bilhetes para a deslocação a Braga em janeiro? E se houver autocarro organizado pelo clube, como é que nos inscrevemos? Somos dois, eu e o miúdo (sócios 10233 e 10234).

Saudações académicas,
Zé Carlos"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Gracinda Pires <gracinda.pires@mail.example>",
         to="loja@jardimverde.example",
         subject='Quando volta o "Mata-Tudo"?',
         body="""\
Bom dia,

Costumo comprar na vossa loja online o herbicida "Mata-Tudo Max" de 1 litro, mas agora aparece esgotado. Sabem quando volta a haver? Tenho o quintal cheio de erva e este queima tudo até à raiz em dois dias, nunca encontrei melhor.

Também queria saber se o veneno para caracóis "Lesma Stop" se pode pôr perto da horta, ou se têm alguma alternativa mais natural, porque o ano passado os bichos deram cabo das alfaces todas.

Obrigada,
Gracinda Pires
Santarém"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Paula Antunes <paula.antunes@contasemdia.example>",
         to="eventos@ciberformar.example",
         subject='Webinar "Phishing, burlas e fugas de dados"',
         body="""\
Boa tarde,

Recebemos o convite para o webinar "Phishing, burlas e fugas de dados: o que fazer quando a sua empresa é atacada" do dia 15 de dezembro e ficámos muito interessados, sobretudo na parte das palavras-passe roubadas e dos e-mails falsos das Finanças, que os nossos clientes recebem todas as semanas.

Acontece que às 10h estamos em pleno fecho do IVA. Vai ficar disponível a gravação? E emitem certificado de presença para os contabilistas (créditos da Ordem)?

Se for possível, gostaríamos de inscrever três pessoas do gabinete.

Cumprimentos,
Paula Antunes
Contas em Dia - Gabinete de Contabilidade, Lda.
Leiria"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="Vasco Henriques <vasco.henriques@mail.example>",
         to="entregas@moveiscasa.example",
         subject="Re: Agendamento da entrega - encomenda MC-30877",
         body="""\
Boa tarde,

Peço desculpa por só responder agora. Tive um acidente de mota na semana passada e estive três dias no hospital com uma perna partida. Já estou em casa, nada de grave, mas vou andar de muletas até janeiro. Para ajudar, o telemóvel ficou todo desfeito na queda e só hoje recuperei os contactos.

Por isso pedia para adiarem a entrega do sofá e da estante para depois do dia 20, de preferência de manhã, que é quando a minha mulher está em casa. E como eu não vou poder ajudar a subir nada, confirmo que queremos também o serviço de montagem que estava como opcional (são 3 andares sem elevador).

Obrigado pela compreensão,
Vasco Henriques"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Nuno Esteves <nuno.esteves@cinemaroyal.example>",
         to="suporte@bilhetica.example",
         subject="Re: [Ticket 77310] Bilheteira sem conseguir vender",
         body="""\
Olá Carla,

Confirmo: depois de reiniciarem o servidor voltámos a vender normalmente, na bilheteira e no site. Obrigado pela rapidez, ainda conseguimos abrir a sessão das 21h30 com a sala quase cheia.

Só uma dúvida, sem pressa nenhuma: o relatório de vendas de ontem vai incluir os bilhetes que passámos à mão entre as 18h e as 19h30, ou temos de os lançar nós?

Nuno Esteves
Gerente - Cinema Royal, Coimbra

Em qui., 10/12/2026 às 18:22, Nuno Esteves <nuno.esteves@cinemaroyal.example> escreveu:
> Boa tarde,
> Desde as 18h que os terminais da bilheteira ficam presos no ecrã "A ligar ao servidor"
> e o site dá erro ao escolher os lugares. Temos 4 sessões esta noite e já há fila à porta.
> Por favor liguem-nos para o 239 000 455.
> Nuno Esteves"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Jorge Matos <jorge.matos@mail.example>",
         to="clientes@portagemfacil.example",
         subject="Re: Re: Cobranças depois do cancelamento - 3.º pedido",
         body="""\
Terceiro e-mail sobre o mesmo assunto e continuo sem uma única resposta.

Cancelei o contrato do identificador em setembro, devolvi o aparelho numa loja vossa (tenho o comprovativo) e continuam a tirar-me 4,99 € por mês mais as portagens de um carro que já nem é meu. Em dezembro levaram mais 63,40 €. Se até sexta-feira não tiver o dinheiro devolvido e a autorização de débito cancelada, faço queixa no Livro de Reclamações e no Banco de Portugal.

Jorge Matos

Em 23/11/2026, às 09:10, Jorge Matos <jorge.matos@mail.example> escreveu:
> Volto a escrever porque não tive resposta. Em novembro voltaram a debitar a
> mensalidade e mais 38,15 € de portagens. Quero o dinheiro de volta.
> > Em 28/10/2026, às 21:47, Jorge Matos <jorge.matos@mail.example> escreveu:
> > Boa noite, cancelei o contrato n.º PF-448120 a 15/09 e devolvi o identificador
> > na loja do Colombo. Em outubro foi debitada a mensalidade de 4,99 €. Peço a devolução."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Ana Rita Lourenço <subdirecao@esmondego.example>",
         to="suporte@gestaoescolar.example",
         subject="Módulo de pautas - erro ao gerar PDF",
         body="""\
Bom dia,

Na escola usamos o vosso programa para as pautas de avaliação. Ao testar o novo modelo de pauta para o 2.º período, o botão "Gerar PDF" dá a mensagem "Erro 0x3F - modelo inválido" e não gera nada. O resto (sumários, faltas, horários) está normal.

Não é urgente: as reuniões de avaliação do 2.º período só acontecem no fim de março, e para o 1.º período vamos usar o modelo antigo, que continua a dar. Mas gostávamos de ter isto resolvido até meados de fevereiro, para termos tempo de testar.

Com os melhores cumprimentos,
Ana Rita Lourenço
Subdiretora
Escola Secundária do Mondego"""),
]
