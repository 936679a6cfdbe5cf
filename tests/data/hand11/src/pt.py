# blind12 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Inês Carvalhal <ines.carvalhal@correio-ic.example>",
         to="apoio@fraldasnuvem.example",
         subject="Fraldas tamanho 3 - pele do meu filho",
         body="""\
Bom dia,

É normal que umas fraldas deixem a pele assim? Comecei a usar o pacote novo de
tamanho 3 (lote 24-118) na segunda-feira e ao segundo dia o Tomás, de 8 meses,
tinha a pele das virilhas e do rabinho em carne viva, com pequenas bolhas cheias
de líquido e uma zona que parece esfolada. Chora imenso quando lhe mudo a fralda e
esta noite teve 38,4 de febre.

Com as fraldas que usávamos antes nunca teve nada, e não mudei de toalhitas nem de
creme. Reparei também que as deste pacote têm um cheiro forte, a produto químico,
que as antigas não tinham.

Já tenho consulta na pediatra amanhã de manhã. Entretanto, o que faço aos outros
dois pacotes que tenho em casa? Gostava de saber se há mais queixas deste lote.

Inês Carvalhal
912 555 038"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Fontoura <rui.fontoura@correio-rf.example>",
         to="oficina@biciclinica.example",
         subject="Revisão da bicicleta de sábado - roda da frente",
         body="""\
Boa tarde,

Deixei a minha bicicleta de estrada na vossa oficina na sexta-feira para a revisão
completa e fui buscá-la no sábado. Hoje de manhã, a descer a Calçada de Carriche a
uns 40 km/h, a roda da frente começou a abanar e logo a seguir saltou do garfo.
Fui ao chão. Tenho o cotovelo e a anca esfolados até à carne e o capacete rachado
ao meio; um condutor parou e levou-me ao centro de saúde, onde me deram pontos no
queixo.

Quando fui buscar a bicicleta ao passeio reparei que o aperto rápido da roda
estava aberto. Eu não lhe mexi desde que a levantei.

Quero falar hoje com o responsável da oficina. O meu número é 913 555 062.

Rui Fontoura"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Transportes Azevedo & Filhos <frota@transazevedo.example>",
         to="cartoes@combustivelpro.example",
         subject="Abastecimentos que não fizemos - cartão frota 7710 **** 4432",
         body="""\
Exmos. Senhores,

Ao consultar hoje de manhã os movimentos da frota, encontrámos quatro
abastecimentos feitos esta madrugada com o cartão 7710 **** 4432, entre as 02:10 e
as 03:40, em postos de Elvas e Badajoz, num total de 612,80 €.

Esse cartão está atribuído ao camião 45-XR-19, que passou a noite estacionado no
nosso parque em Viseu, e o motorista tem o cartão consigo na carteira. Suspeitamos
que o cartão tenha sido copiado numa bomba.

Pedimos, com a maior urgência:
- o bloqueio imediato deste cartão e a emissão de um novo;
- a anulação/reembolso dos quatro movimentos;
- uma verificação dos outros nove cartões da nossa conta.

Ficamos a aguardar contacto para o 232 555 047.

Com os melhores cumprimentos,
Armando Azevedo
Transportes Azevedo & Filhos, Lda."""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Helena Sá Marques <helena.samarques@correio-hsm.example>",
         to="assistencia@solarluso.example",
         subject="Inversor a dar estalos e cheiro a queimado - risco de incêndio",
         body="""\
Boa noite,

O inversor que instalaram em janeiro na garagem (contrato SL-3310) começou hoje à
tarde a dar estalos secos, e há um cheiro a queimado muito intenso. Na tampa, junto
à entrada dos cabos, há marcas pretas que não estavam lá ontem.

Desliguei o disjuntor no quadro, mas o aparelho continua com uma luz acesa e os
painéis continuam ao sol. Tenho medo de um incêndio, temos dois filhos pequenos e a
garagem fica por baixo dos quartos. É perigoso deixar assim até amanhã?

Por favor liguem-me já: 917 555 084.

Helena Sá Marques"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Catarina Moura <catarina@maosdebarro.example>",
         to="suporte@etiquetasja.example",
         subject="Não conseguimos gerar etiquetas - 280 encomendas paradas",
         body="""\
Olá,

Desde as 9h que, sempre que carregamos em "Gerar etiqueta", aparece "Pedido
rejeitado pela transportadora (422)" e não sai nada. Já experimentámos com CTT,
com a outra transportadora e com três computadores diferentes.

Tivemos promoção no fim de semana e temos 280 encomendas embaladas em cima das
mesas, sem etiqueta. A recolha é às 16h e os clientes já começaram a perguntar
onde estão as peças. Não temos forma de escrever as guias à mão.

Precisamos de uma resposta ainda esta manhã.

Catarina Moura
Mãos de Barro - Cerâmica Artesanal
220 555 031"""),

    dict(n=6, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Diogo Pestana <diogo.pestana@correio-dp.example>",
         to="apoio@jogoplus.example",
         subject="Nenhum jogo abre desde a atualização",
         body="""\
Olá. Desde a atualização de ontem à noite, qualquer jogo que tento abrir na consola
fica com o ecrã preto e depois aparece "Something went wrong. Please try again
later (code JP-4031)". Já reinstalei a aplicação e reiniciei o router. A subscrição
está paga até dezembro e neste momento não consigo jogar a nada. Podem ver?"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Paulo Brandão <paulo.brandao@frioexpresso.example>",
         to="suporte@termotrack.example",
         subject="Sem registos de temperatura dos camiões desde as 5h",
         body="""\
Bom dia,

A plataforma mostra como última leitura dos nossos 12 camiões frigoríficos as
05:02. Desde essa hora não entra nada, nem no site nem na aplicação, apesar de os
equipamentos nos camiões estarem ligados e a registar no visor.

Levamos medicamentos e vacinas para farmácias e centros de saúde da zona Centro, e
sem o registo contínuo da temperatura as farmácias não aceitam a descarga. Neste
momento tenho três camiões parados à porta de clientes, e os motoristas estão a
tirar fotografias ao visor de cinco em cinco minutos para termos alguma prova.

Peço contacto imediato: 239 555 016.

Paulo Brandão
Responsável de Operações - Frio Expresso"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Sandra Lobo <sandra.lobo@correio-sl.example>",
         to="apoio@refeicoesescolares.example",
         subject="Aplicação das refeições muito lenta",
         body="""\
Boa noite,

É normal que a aplicação demore mais de um minuto a abrir e que, quando marco as
refeições da semana, só apareçam como marcadas no dia seguinte? Já aconteceu duas
vezes o meu filho chegar à cantina e não ter o almoço marcado.

No site, pelo computador, parece funcionar melhor, por isso tenho feito as
marcações por lá, mas à noite nem sempre tenho o computador à mão.

Sandra Lobo
(EB 2,3 de Santo António, 6.º C)"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users-login", qt=0, reply=0,
         frm="Nuno Teixeira <nuno.teixeira@mediacaoteixeira.example>",
         to="suporte@portalseguros.example",
         subject="Nenhum colaborador consegue entrar no portal - código SMS não chega",
         body="""\
Bom dia,

Desde as 8h30 nenhum dos 14 colaboradores da nossa mediadora consegue entrar no
portal: metemos o utilizador e a palavra-passe, a página diz que enviou o código
por SMS e o código nunca chega. Testámos com telemóveis de três operadoras
diferentes.

Sem o portal não conseguimos emitir apólices, nem cartas verdes, nem participar
sinistros. Temos clientes ao balcão à espera desde a abertura e dois camionistas que
precisam da carta verde para sair hoje para Espanha.

Mediação Teixeira, Lda. - código de agente 20417
Nuno Teixeira, 253 555 049"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Joana Ribeiro <joana.ribeiro@correio-jr.example>",
         to="reservas@caravanasiberia.example",
         subject="Caução cobrada duas vezes - reserva AC-30917",
         body="""\
Boa tarde,

Levantei a autocaravana na vossa base de Vigo no dia 2 (reserva AC-30917). A caução
de 800 € foi cativada duas vezes no meu cartão, com poucos minutos de diferença, e
neste momento tenho 1.600 € presos no plafond para as férias todas.

Ya llamé a la oficina de Vigo y me dijeron "escriba un correo", así que aquí estoy.

Podem libertar a caução duplicada? Envio em anexo a fotografia do extrato.

Obrigada,
Joana Ribeiro"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Filipe Antunes <filipe@antunes-canalizacoes.example>",
         to="apoio@faturafacil.example",
         subject="Transferência dos pagamentos retida - salários na sexta",
         body="""\
Bom dia,

Na semana passada os nossos clientes pagaram 6.870,00 € pelos links de pagamento
das faturas (obras na Rua do Almada e no condomínio de Gaia). Há seis dias que o
saldo aparece como "pendente de verificação" e a transferência para a conta da
empresa não sai.

Tenho cinco funcionários para pagar na sexta-feira e é com esse dinheiro que conto.
Já enviei os documentos da empresa que me pediram no dia 3. O que falta?

Filipe Antunes
Antunes Canalizações, Lda.
225 555 072"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Margarida Vilaça <margarida.vilaca@correio-mv.example>",
         to="geral@contabilidadeprisma.example",
         subject="IRS 2024 e outras questões",
         body="""\
Olá Dr.ª Patrícia,

Espero que esteja bem. Junto envio o que faltava para o IRS:
- as faturas da farmácia e do ginásio do meu marido (ele jura que o ginásio é
  saúde, eu acho que não, mas decida a senhora);
- o recibo das propinas da Mariana;
- a declaração do banco com os juros do crédito à habitação.

Também queria perguntar se as rendas do apartamento de Aveiro, que começámos a
receber em outubro, entram já nesta declaração ou só para o ano. O inquilino paga
por transferência e tenho os recibos eletrónicos todos emitidos.

Outra coisa: a minha vizinha, a D. Conceição, pediu-me o vosso contacto; espero
que não se importe que o tenha dado.

Por fim, recebi a fatura FT 2025/188 com o valor de 360,00 € + IVA. Em janeiro
combinámos por e-mail 180,00 € + IVA para a declaração conjunta, como no ano
passado. Penso que houve engano (talvez a contaram duas vezes?). Pode mandar-me a
fatura corrigida? Só pago depois disso.

Muito obrigada,
Margarida Vilaça"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity-fee", qt=0, reply=0,
         frm="Alberto Gouveia <alberto.gouveia@correio-ag.example>",
         to="apoio@carregarja.example",
         subject="Taxa de 0,25 €",
         body="""\
Boa tarde. Carreguei 15 € no telemóvel da minha mãe pela vossa aplicação e no
extrato aparecem 15,25 €. Não me faz diferença, fiquei só curioso: a taxa é sempre
a mesma ou depende do valor? Obrigado."""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Beatriz Quintela <beatriz@hortamarvila.example>",
         to="apoio@financiamosjuntos.example",
         subject="Conta bloqueada a 3 dias do fim da campanha",
         body="""\
Olá,

A minha conta ficou bloqueada depois de várias tentativas de entrada (acho que o
gestor de palavras-passe guardou uma antiga). Carreguei em "Desbloquear conta", mas
o link que chega por e-mail diz sempre "Link expirado", mesmo quando o abro logo.

A campanha "Horta Comunitária de Marvila" termina no domingo, faltam 1.900 € para
a meta e eu tenho de publicar atualizações e responder aos apoiantes. Sem entrar
não consigo fazer nada.

Beatriz Quintela
Utilizadora: bquintela"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Augusto Meireles <augusto.meireles@correio-am.example>",
         to="assinaturas@jornaldoalto.example",
         subject="Alterar e-mail da assinatura digital",
         body="""\
Boa tarde,

A minha assinatura digital (n.º 40213) foi criada com o e-mail do meu antigo
emprego, que já não existe. Esqueci-me da palavra-passe e o pedido de recuperação
vai para esse e-mail, por isso estou sem conseguir ler a edição há duas semanas.

Podem mudar o e-mail da conta para este de onde escrevo?

Com os melhores cumprimentos,
Augusto Meireles"""),

    dict(n=16, signals="account", priority="medium", trap="safety", qt=1, reply=1,
         frm="Henrique Lopes <henrique.lopes@correio-hl.example>",
         to="apoio@fisiomove.example",
         subject="Res: Alerta de início de sessão na sua conta FisioMove",
         body="""\
Olá,

Sim, essa tentativa fui eu, no telemóvel novo; podem ignorar o alerta.

O meu problema é outro: como mudei de telemóvel, a aplicação de autenticação ficou
no antigo, que já entreguei na loja. Agora a FisioMove pede-me o código de 6
dígitos e não tenho como o gerar, por isso não consigo ver o plano de exercícios
que a fisioterapeuta me deixou para esta semana. Os códigos de recuperação não os
guardei, confesso. Como faço?

Obrigado,
Henrique Lopes

> Em 14/03/2025, às 21:47, FisioMove <seguranca@fisiomove.example> escreveu:
>
> Detetámos um novo início de sessão na sua conta a partir de um dispositivo
> desconhecido (Android, Lisboa).
> Se não foi o senhor, a sua conta pode ter sido alvo de acesso não autorizado.
> Altere a palavra-passe imediatamente e contacte-nos."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Teresa Valadares <teresa.valadares@correio-tv.example>",
         to="inscricoes@campoferiasatlantico.example",
         subject="Adicionar o pai à conta",
         body="""\
Olá, como posso adicionar o pai dos miúdos como segundo responsável na nossa conta,
para ele também receber as notificações e poder fazer inscrições? Obrigada."""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sérgio Mota <sergio.mota@correio-sm.example>",
         to="vendas@aspiroboto.example",
         subject="Pergunta antes de comprar o R7",
         body="""\
Boa tarde,

Com dois cães e três miúdos, a minha sala é um autêntico campo de batalha e os
pelos no sofá são um pesadelo. O último robô que comprei, de outra marca, foi um
tiro no pé: morreu ao fim de dois meses e a loja lavou as mãos.

Antes de arriscar outra vez: o R7 consegue passar da tijoleira para um tapete de
pelo alto sem ficar preso? E a bateria aguenta uns 90 m² de uma vez?

Obrigado,
Sérgio Mota"""),

    dict(n=19, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Leonor Bettencourt <leonor.bettencourt@correio-lb.example>",
         to="viagens@segurosmaresia.example",
         subject="Seguro de viagem para o Fogo (Cabo Verde)",
         body="""\
Bom dia,

Estou a pensar fazer o vosso seguro de viagem para uma ida a Cabo Verde em
novembro: uma semana na ilha do Fogo, com subida ao Pico do Fogo e duas noites em
Chã das Caldeiras, dentro da cratera do vulcão.

O seguro cobre caminhadas de montanha a essa altitude (cerca de 2.800 m)? E, se for
preciso, o repatriamento a partir de uma ilha sem voos internacionais?

Obrigada,
Leonor Bettencourt"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Rosa Pimentel <rosa.pimentel@correio-rp.example>",
         to="alugueres@andante.example",
         subject="Re: Débito de março recusado - contrato de aluguer VL-2281",
         body="""\
Bom dia,

Obrigada pelo aviso. O banco tinha substituído o cartão; já atualizei os dados na
área de cliente e o débito passou hoje, está tudo em ordem.

Aproveito para perguntar: em setembro a minha filha vai precisar de um violino 3/4
em vez do 1/2. A troca faz-se na loja ou é preciso fazer um contrato novo?

Cumprimentos,
Rosa Pimentel

> Em 04/03/2025 10:15, Casa Andante - Instrumentos <alugueres@andante.example> escreveu:
> Exma. Senhora,
>
> Informamos que o débito direto de março (24,00 €) relativo ao contrato
> VL-2281 foi recusado pelo seu banco. Caso o pagamento não seja
> regularizado até dia 15, seremos obrigados a suspender o contrato e a
> pedir a devolução do instrumento.
>
> Casa Andante - Aluguer de Instrumentos"""),

    dict(n=21, signals="-", priority="low", trap="thank-you", qt=0, reply=1,
         frm="Gabriela Sousa <gabriela.sousa@correio-gs.example>",
         to="apoio@miadorpet.example",
         subject="Re: Portinhola não reconhece o chip da gata",
         body="""\
Boa tarde, só para agradecer: segui os passos que me enviaram (reiniciar e registar
o chip outra vez com a portinhola aberta) e a Mimi já entra e sai sem problemas.
Muito obrigada pela paciência!"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Museu da Cidade Velha <newsletter@museucidadevelha.example>",
         to="parceiros@audioguiaportugal.example",
         subject="Nova exposição: Lisboa em Chamas - do Terramoto ao Incêndio do Chiado",
         body="""\
NEWSLETTER | MUSEU DA CIDADE VELHA | ABRIL

Inaugura a 24 de abril a exposição "Lisboa em Chamas: do Terramoto de 1755 ao
Incêndio do Chiado", com maquetas, gravuras e relatos de sobreviventes.

- Audioguia disponível em seis línguas, incluído no bilhete.
- Visitas noturnas "A cidade que ardeu": sextas às 21h (lotação esgotada em abril).
- Oficina para famílias: "Como se reconstrói uma cidade?"

Alerta aos parceiros: os novos textos do audioguia seguem na próxima semana para
gravação.

Para deixar de receber esta newsletter, clique em "Anular subscrição"."""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Ricardo Alves <ricardo@surfstore-ericeira.example>",
         to="suporte@lojahost.example",
         subject="Códigos de desconto recusados no checkout - Black Friday amanhã",
         body="""\
Olá,

Desde o meio-dia, qualquer código de desconto que se introduza no checkout dá
"Código inválido", mesmo os que criei hoje para testar. O resto da loja funciona e
as compras sem código passam.

O problema é que amanhã às 00:00 começa a nossa campanha de Black Friday: 30% com
o código ONDA30, já enviado por newsletter a 9.000 clientes. Se amanhã o código não
funcionar, é o dia mais importante do ano para a loja e vou ter centenas de
reclamações.

Loja: surfstore-ericeira (plano Pro)
Ricardo Alves - 261 555 058"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Vasco Duarte <vasco.duarte@correio-vd.example>",
         to="sinistros@patasseguras.example",
         subject="RE: RE: Reembolso do sinistro 2025-0412 - cirurgia do Bolinhas",
         body="""\
Exmos. Senhores,

Terceiro e-mail sobre o mesmo assunto. A cirurgia do Bolinhas custou 1.180,00 €,
paguei-a a 30 de janeiro no Hospital Veterinário do Restelo e o sinistro foi
aprovado a 12 de fevereiro, com a indicação de "reembolso em 5 dias úteis". Até
hoje não recebi nada e ninguém me responde.

Paguei a cirurgia com o cartão de crédito e a fatura do cartão vence no dia 10.
Se o reembolso não entrar até lá, pago juros por uma demora que não é minha.
Peço que me liguem: 936 555 025.

Vasco Duarte
Apólice PS-18834

-----Mensagem original-----
De: Vasco Duarte <vasco.duarte@correio-vd.example>
Enviada: 24 de fevereiro de 2025 09:12
Para: sinistros@patasseguras.example
Assunto: RE: Reembolso do sinistro 2025-0412 - cirurgia do Bolinhas

> Bom dia, o sinistro 2025-0412 foi aprovado a 12/02 e o reembolso de
> 1.180,00 € ainda não entrou na minha conta. Podem verificar, por favor?
>
> Vasco Duarte"""),
]
