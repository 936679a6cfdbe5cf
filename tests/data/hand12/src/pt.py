# blind13 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="smell", qt=0, reply=0,
         frm="Inês Figueiredo <ines.figueiredo@correio.example>",
         to="apoio@bebevigia.example",
         subject="Carregador da câmara do quarto do bebé",
         body="""\
Bom dia,

Ontem à noite, por volta da uma da manhã, acordei com um cheiro forte a plástico
derretido no quarto do meu filho. Vinha do carregador da câmara BebéVigia (modelo
BV-3), que estava ligado à tomada ao lado do berço. O transformador fazia um zumbido
agudo, estava tão quente que não lhe conseguia pegar e a ficha tinha ficado escura,
com o plástico deformado. Desliguei tudo no quadro elétrico.

O meu filho tem 7 meses e passou o resto da noite connosco. A câmara foi comprada há
dois meses e nunca usámos outro carregador sem ser o original.

Gostava de saber o que devo fazer com o aparelho e se há mais casos destes.

Inês Figueiredo
Tel. 555 201 774"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tiago Mendonça <tiago.mendonca@mail.example>",
         to="clientes@vendfit.example",
         subject="Barra de proteína da máquina do ginásio - rótulo errado?",
         body="""\
Boa tarde,

Comprei ontem uma barra «Choco Crunch sem frutos secos» na vossa máquina do ginásio
Corpo Ativo, em Almada. Sou alérgico a amendoim e por isso escolhi essa. Ao fim de
duas dentadas comecei a sentir comichão na garganta, os lábios incharam, fiquei com a
cara vermelha e com tonturas, e custava-me respirar. Tomei o anti-histamínico e um
colega levou-me ao centro de saúde, onde me deram uma injeção e fiquei três horas em
observação.

Guardei o resto da barra e a embalagem (lote 24-117B). Cheira claramente a amendoim.

As outras barras do mesmo lote continuam na máquina. Alguém tem de as tirar de lá
hoje.

Tiago Mendonça"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Ana Rita Lobo <anaritalobo@correio.example>",
         to="ajuda@envia-ja.example",
         subject="Fraude! Transferências que não fiz e já não consigo entrar na conta",
         body="""\
Boa noite,

Hoje às 19h recebi três notificações de transferências de 400 € cada para um
destinatário que não conheço, «M. Okafor». Não fui eu. Logo a seguir recebi um e-mail
a dizer que a palavra-passe e o e-mail da conta tinham sido alterados, e agora não
consigo entrar: a app diz «credenciais inválidas».

Já liguei para o banco e cancelei o cartão associado, mas o dinheiro saiu do saldo da
vossa app. Peço que bloqueiem a conta imediatamente, cancelem as transferências se
ainda for possível e me digam como recupero o acesso.

Conta registada com o telemóvel 555 318 402. Cliente desde 2021.

Ana Rita Lobo"""),

    dict(n=4, signals="safety", priority="critical", trap="heat", qt=0, reply=0,
         frm="Fernando Pires <fernando.pires@correio.example>",
         to="apoio@ouvirbem.example",
         subject="Bateria do aparelho auditivo inchou no ouvido da minha mãe",
         body="""\
Exmos. Senhores,

A minha mãe, de 82 anos, usa o aparelho auditivo recarregável OuvirBem Mini que lhe
venderam na vossa loja de Braga em setembro. Ontem ao jantar queixou-se de calor no
ouvido direito e, quando lhe tirei o aparelho, estava muito quente e a tampa tinha
estalado: a bateria está inchada. Ficou com a pele atrás da orelha vermelha e com uma
pequena bolha; a médica de família diz que é uma queimadura ligeira.

Isto é muito perigoso, sobretudo para pessoas idosas que nem sempre se apercebem. O
aparelho está guardado numa caixa de metal. Quero saber como o devolvo e se o
carregador também tem de ser substituído.

Fernando Pires
Tel. 555 770 118"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Coordenação Cuidar+ Lisboa <coordenacao@cuidarmais.example>",
         to="suporte@escalasapp.example",
         subject="As cuidadoras não veem as visitas de hoje",
         body="""\
Bom dia,

Desde as 7h nenhuma das nossas 38 cuidadoras consegue ver a escala do dia na
aplicação: abre o ecrã inicial e a lista de visitas aparece vazia. No painel da
coordenação também não carrega nada.

Temos mais de 120 utentes acamados ou dependentes à espera da visita da manhã -
higiene, pequeno-almoço e, em muitos casos, a medicação. Estamos a ligar às
cuidadoras uma a uma com a lista impressa de ontem, mas muitas visitas mudaram e há
pessoas que ainda ninguém foi ver.

Por favor liguem para o 555 402 930 assim que possível.

Helena Vasconcelos
Coordenadora"""),

    dict(n=6, signals="outage", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Parque Centro Comercial Foz Nova <parque@foznova.example>",
         to="assistencia@barreiras-tec.example",
         subject="URGENTE: sistema das barreiras em baixo - ninguém sai do parque",
         body="""\
Boa tarde,

O sistema de controlo das barreiras do parque do Centro Comercial Foz Nova está em
baixo desde as 17h20. As caixas de pagamento automático não leem os talões e as
barreiras de saída não abrem. Temos uma fila de carros até à rampa do piso -2 e
clientes a buzinar; estamos a abrir as barreiras à mão, mas assim não cobramos nada e
não fica registo.

É sexta-feira à tarde, a hora de maior movimento. Precisamos de um técnico no local ou
de alguém que reinicie o servidor remotamente, já.

Rui Tavares
Chefe de segurança do parque"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Maria do Céu Antunes <mceu.antunes@correio.example>",
         to="receitas@farmaciaflores.example",
         subject="Não consigo pedir a renovação da receita",
         body="""\
Boa tarde. Há dois dias que tento pedir a renovação da receita da minha insulina pelo
vosso site e, quando carrego em «Enviar pedido», a página fica a pensar e volta ao
início sem confirmação. Já tentei no computador e no telemóvel. Só tenho caixas para
mais uma semana. Podem ajudar?

Maria do Céu Antunes, utente n.º 66120"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Pedro Sequeira <psequeira@correio.example>",
         to="reservas@ferryilhas.example",
         subject="Site muito lento para reservar",
         body="""\
Olá,

Estou a tentar reservar o ferry para a ilha no dia 2 de agosto (2 adultos + carro). O
site está lentíssimo: a página dos horários demora mais de um minuto a abrir e à
segunda ou terceira tentativa dá «tempo esgotado». Pela app consegui chegar até ao
pagamento, por isso não é grave, mas achei que deviam saber.

Cumprimentos,
Pedro"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Joana Castelo <joana.castelo@correio.example>",
         to="apoio@cargaverde.example",
         subject="Carregamento pára ao fim de poucos minutos",
         body="""\
Olá, é normal que o carregamento pare sempre ao fim de 3 ou 4 minutos? Desde sábado
já tentei em quatro postos da vossa rede (Oeiras, Cascais e dois em Lisboa) com o
cartão CV-448120 e é sempre igual: começa a carregar e pouco depois a app mostra
«Sessão terminada» e o posto desliga. Tenho o carro com 12% e preciso dele para
trabalhar. Noutras redes, com outro cartão, carrega normalmente.

Joana"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Bruno Teixeira <bruno.teixeira@correio.example>",
         to="clientes@marmitasaudavel.example",
         subject="Cobrança em duplicado - semana 45",
         body="""\
Boa tarde,

Na semana passada foi debitado duas vezes o valor do meu plano de 10 refeições
(2 × 54,90 €) no cartão terminado em 2290. Só recebi uma entrega, na segunda-feira.
Podem devolver o valor cobrado a mais?

Obrigado,
Bruno Teixeira - cliente 4471-MS"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Catarina Moura <catarina.moura@formadora.example>",
         to="formadores@cursosnet.example",
         subject="Pagamento de outubro não chegou - preciso dele para a renda",
         body="""\
Olá,

Sou formadora na vossa plataforma (cursos de iniciação ao crochet e de costura). O
painel diz que o pagamento das vendas de outubro, 612,40 €, foi «enviado» no dia 5,
mas na minha conta bancária não entrou nada e o banco confirma que não há nenhuma
transferência pendente. O IBAN no perfil está correto, verifiquei três vezes.

Dependo deste valor para pagar a renda, que vence no dia 8. Conseguem verificar o que
aconteceu e reenviar a transferência?

Catarina Moura"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Hugo Branco <hugo.branco@restaurante-mare.example>",
         to="loja@cervejariaribeira.example",
         subject="Fatura FT 2024/3318 com valores errados",
         body="""\
Bom dia,

Recebi a fatura FT 2024/3318 da encomenda de dois barris de 30 L e uma caixa de IPA.
Há dois problemas: cobraram 15 € de portes, quando a encomenda passa dos 150 € (portes
grátis, segundo o site), e o NIF do restaurante não aparece, por isso não a posso
lançar na contabilidade.

Agradeço uma fatura corrigida e a devolução dos 15 €.

Hugo Branco
Restaurante Maré"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Lurdes Gaspar <lurdes.gaspar@correio.example>",
         to="apoio@coimas-estacionamento.example",
         subject="Taxa de 1,20 € no pagamento da coima",
         body="""\
Boa tarde. Paguei ontem pelo vosso portal uma coima de estacionamento (auto n.º
2024-55871) e reparei que, além dos 30 €, apareceu uma «taxa de serviço» de 1,20 €. Não
é nada de especial, é só curiosidade: essa taxa é sempre cobrada ou só quando se paga
com cartão de crédito?

Obrigada,
Lurdes Gaspar"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Vítor Almeida <vitor.almeida@correio.example>",
         to="apoio@expressonorte.example",
         subject="Conta bloqueada",
         body="""\
Olá. Tentei entrar na minha conta do Expresso Norte para usar os pontos numa viagem
Porto-Lisboa e, depois de errar a palavra-passe, aparece «Conta temporariamente
bloqueada». Foi ontem às 10h e hoje continua igual. O e-mail de recuperação nunca
chega. A conta está em nome de Vítor Almeida, cartão de cliente 80-551-23."""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Graça Nogueira <graca.nogueira@correio.example>",
         to="participantes@pensoesatlantico.example",
         subject="Código de verificação chega tarde",
         body="""\
Bom dia,

É normal que o código de verificação por SMS chegue só 10 ou 15 minutos depois de o
pedir? Quando chega já expirou e a página pede outro. Já tentei cinco vezes desde
ontem e não consigo entrar na minha área de participante para ver o extrato do fundo
de pensões.

O número de telemóvel registado é o 555 613 207 e está correto.

Melhores cumprimentos,
Graça Nogueira"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Duarte Rebelo <duarte.rebelo@novomail.example>",
         to="hortas@hortasurbanas-cm.example",
         subject="Mudança de e-mail na conta das hortas",
         body="""\
Boa tarde,

Tenho o talhão n.º 47 nas hortas comunitárias da Quinta da Granja. Mudei o e-mail da
minha conta no site de reserva de ferramentas para este endereço novo, mas o link de
confirmação foi enviado para o antigo, que a empresa onde trabalhava já desativou.
Agora o site não me deixa entrar com nenhum dos dois e não consigo reservar a
motoenxada para sábado.

Podem associar à conta este e-mail (duarte.rebelo@novomail.example)?

Duarte Rebelo"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sofia Carvalho <sofia.carvalho@correio.example>",
         to="geral@ludotecadobairro.example",
         subject="Como acrescento outro responsável à conta?",
         body="""\
Olá! Como posso acrescentar o pai das crianças à nossa conta da ludoteca, para ele
também poder reservar e levantar brinquedos? Não encontro essa opção nas definições.

Obrigada!
Sofia"""),

    dict(n=18, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Marco Paiva <marco.paiva@correio.example>",
         to="apoio@caixasmudancas.example",
         subject="Re: O seu reembolso - encomenda CM-10293",
         body="""\
Obrigado pela rapidez. Já agora, as caixas grandes de cartão duplo também servem para
livros ou aguentam pouco peso? Vou fazer outra encomenda para a mudança do escritório.

Marco

Em ter., 12/03/2024 às 11:05, Caixas & Mudanças <apoio@caixasmudancas.example> escreveu:
> Caro Marco,
> Confirmamos que detetámos a cobrança em duplicado da encomenda
> CM-10293 (2 × 47,80 €). O reembolso do valor cobrado a mais foi
> emitido hoje e deverá aparecer no seu cartão em 3 a 5 dias úteis.
> Com os melhores cumprimentos,
> Equipa Caixas & Mudanças"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Luísa Correia <luisa.correia@empresa-luz.example>",
         to="comercial@intercom-portaria.example",
         subject="RE: Intercomunicadores sem som nos pisos 2 a 4",
         body="""\
Boa tarde,

Desde a visita do vosso técnico está tudo a funcionar sem falhas. A partir de janeiro
vamos ocupar também o 5.º e o 6.º piso: podem enviar orçamento para mais dois postos de
intercomunicador e um leitor de cartões?

Luísa Correia
Serviços Gerais

-----Mensagem original-----
De: Luísa Correia
Enviada: 3 de outubro de 2024 08:47
Para: suporte@intercom-portaria.example
Assunto: Intercomunicadores sem som nos pisos 2 a 4

> Bom dia, desde ontem os intercomunicadores dos pisos 2, 3 e 4 não tocam.
> A receção chama e ninguém ouve; os estafetas ficam à porta sem conseguir
> entregar nada. O sistema está completamente em baixo."""),

    dict(n=20, signals="-", priority="low", trap="course-title", qt=0, reply=0,
         frm="Nuno Martins <nuno.martins@oficina-nm.example>",
         to="inscricoes@formacaoaberta.example",
         subject="Curso de primeiros socorros e segurança no trabalho - dúvidas",
         body="""\
Bom dia,

Tenho uma oficina com 6 funcionários e estou interessado no vosso curso online
«Primeiros Socorros, Queimaduras e Planos de Emergência» (25 horas). Antes de inscrever
a equipa, gostava de saber:

1. O certificado conta para as horas de formação obrigatória?
2. Há desconto para grupos a partir de 5 pessoas?
3. Se um funcionário sair da empresa a meio do curso, posso passar a vaga a outro?

Obrigado,
Nuno Martins"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Patrícia Duarte <patricia.duarte@correio.example>",
         to="clinica@ortosorriso.example",
         subject="Obrigada pelo ajuste do aparelho da Beatriz",
         body="""\
Boa tarde,

Queria só agradecer à Dra. Marta e à equipa. Na semana passada o arame do aparelho da
minha filha soltou-se e estava a magoar-lhe a bochecha, e conseguiram encaixá-la no
próprio dia, ao fim da tarde. Ela já come normalmente e anda muito mais tranquila.

Um beijinho da Beatriz para a assistente Joana, que foi uma querida.

Patrícia Duarte"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ricardo Sousa <ricardo.sousa@correio.example>",
         to="reservas@kartodromo-sul.example",
         subject="Despedida de solteiro - grupo de 10",
         body="""\
Olá pessoal,

Estamos a organizar a despedida de solteiro do Zé para 14 de setembro e queremos
fazer uma corrida de karts. Aviso já que o noivo é um perigo público ao volante e
está morto por pegar num kart - por nós, é acelerar até fundir o motor!

Seríamos 10. Perguntas: têm pacote com grelha de partida e pódio? Dá para juntar um
jantar no vosso bar? E quanto fica por pessoa?

Abraço,
Ricardo"""),

    dict(n=23, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Margarida Lopes <margarida.lopes@correio.example>",
         to="apoio@biblio-digital.example",
         subject="Re: Conta suspensa na biblioteca digital - 3.º pedido",
         body="""\
Boa tarde,

Volto a escrever porque já passaram 15 dias e continuo sem conseguir entrar na minha
conta de leitora. Ninguém respondeu às duas mensagens anteriores. Sou professora e uso
os livros emprestados nas aulas; desde então não consegui dar a matéria prevista.
Agradeço que alguém resolva isto hoje.

Margarida Lopes

Em 28/02/2025, às 09:14, Margarida Lopes <margarida.lopes@correio.example> escreveu:
> Boa tarde, ao entrar na biblioteca digital aparece «A sua conta foi
> suspensa. Contacte a biblioteca.» Não tenho livros em atraso nem
> multas. Cartão de leitora n.º 2207-19. Podem desbloquear?"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Filipe Rocha <filipe.rocha@contabilidade-rocha.example>",
         to="suporte@copiadorasdigitais.example",
         subject="Multifuncional do 1.º andar - digitalização para e-mail",
         body="""\
Bom dia,

Aproveito para agradecer a troca do toner na semana passada, foi muito rápida. E
confirmo que a fatura de outubro já foi paga por transferência.

Hoje escrevo por outro motivo: desde a atualização de firmware de segunda-feira, a
copiadora do 1.º andar (modelo MX-4070, n.º de série 7731-AB) deixou de enviar
digitalizações para e-mail e mostra «Erro de servidor SMTP». Copiar e imprimir continua
bem e, por agora, estamos a digitalizar para pen USB e a enviar do computador, o que é
mais lento mas vai dando.

Our IT contractor says: "SMTP settings were reset to default after the update, please
send us the correct port and TLS configuration."

Quando puderem, enviem essas definições ou marquem uma visita.

Filipe Rocha"""),
]
