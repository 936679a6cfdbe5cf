# Blind hand-written test set, Portuguese (mix of Brazilian and European Portuguese).
# Written without looking at the triage tool's rules, its tests or any other hand-written set.
# Labels follow /work/shared/corpus/labelled/val-hand/README.md (signals in precedence order
# safety,outage,payment,account; priorities critical/high/medium/low; trap-class words).
# Names, companies, addresses and numbers are invented; all domains are *.example.
# Senders with "correio" in the address are Brazilian (build.py dates them at -03:00).
#
#  1-4   safety (critical)            5-9   outage
# 10-13  payment                      14-17 account
# 18-22  hard negatives (gold '-')    23-24 context rows (workaround, escalation)

MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Rodrigo Tavares <rodrigo.tavares@meucorreio.example>",
         to="atendimento@casaligada.example",
         subject="Tomada inteligente derreteu na parede",
         body="""Boa noite,

Comprei duas tomadas inteligentes Casa Ligada T2 no mês passado. Ontem à noite a que fica atrás da TV da sala começou a dar uns estalos, e quando fui ver o plástico estava mole, todo deformado, e a parede em volta ficou preta. O disjuntor desarmou sozinho. Se a gente não estivesse acordado nem sei o que tinha acontecido, o sofá fica encostado nessa parede.

Tirei as duas da tomada e não vou usar mais. Quero saber se isso já aconteceu com outros clientes e o que vocês vão fazer, porque tem muita gente com isso ligado 24h em casa.

Tenho fotos se precisarem.

Rodrigo"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Inês Carvalho <ines.carvalho@caixapostal.example>",
         to="apoio@comidaja.example",
         subject="Encomenda de sábado - ficámos todos doentes",
         body="""Boa tarde,

No sábado à noite encomendámos pela vossa app no restaurante Sabor do Oriente (Benfica), encomenda n.º CJ-448120. Comemos os quatro o arroz de marisco e as gyozas. Durante a madrugada começámos todos com vómitos e diarreia, e a minha sogra, que tem 78 anos, teve de ir às urgências com desidratação. Ainda lá está em observação.

Não sei se foi do marisco ou de outra coisa, mas foram quatro pessoas ao mesmo tempo e só comemos aquilo. Acho que deviam suspender o restaurante até verificarem, porque hoje vi que continua disponível na app.

Aguardo contacto urgente.
Inês Carvalho"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Cláudia Nogueira <claudia.nogueira@correio.example>",
         to="sac@farmavida.example",
         subject="Remédio na dose errada no pedido 55129-FV",
         body="""Olá,

Minha mãe (72 anos, hipertensa) recebeu pelo site de vocês o pedido 55129-FV. Na receita está anlodipino 5 mg, mas a caixa que veio é de 10 mg, e a gente só percebeu hoje. Ela tomou quatro dias seguidos, ontem ficou tonta, caiu no banheiro e bateu a cabeça. Levamos na UPA, a pressão dela estava 8 por 5.

Ela está bem agora, mas isso não pode acontecer. Quem confere as receitas antes de mandar? Quero que o farmacêutico responsável me ligue hoje.

Cláudia"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Paulo Menezes <paulo.menezes@caixapostal.example>",
         to="suporte@escolaconecta.example",
         subject="Vejo as fichas de outros alunos na minha área",
         body="""Bom dia,

Sou encarregado de educação de um aluno do 7.º B da EB 2,3 de Vale Formoso. Hoje de manhã entrei na plataforma para justificar uma falta e, em vez da ficha do meu filho, apareceu a de outra criança: nome completo, morada, contactos dos pais, número de utente de saúde e até as observações da psicóloga da escola. Carreguei em F5 e apareceu outra ficha diferente. Repeti umas cinco vezes, sempre alunos diferentes.

Não mexi em nada e saí logo. Mas se eu consigo ver isto, qualquer pai consegue. Acho que deviam desligar isto até perceberem o que se passa, e avisar a escola.

Paulo Menezes"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Larissa Fonseca <larissa.lojadabia@correio.example>",
         to="suporte@vitrinepro.example",
         subject="URGENTE pedidos pararam de cair",
         body="""Gente, desde umas 10h da manhã nenhum pedido novo caiu no painel. O site abre normal, o cliente coloca no carrinho, mas na hora de finalizar fica girando e depois dá uma página branca. Já recebi 6 mensagens no Instagram de cliente dizendo que não consegue comprar.

Hoje é o primeiro dia da nossa liquidação de fim de ano, a gente investiu em anúncio e ta tudo indo pro lixo. Por favor vejam isso agora, meu plano é o Pro, loja lojadabia.example.

Larissa"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Miguel Antunes <m.antunes@caixapostal.example>",
         to="apoio.cliente@fibranet.example",
         subject="Sem internet desde quinta-feira",
         body="""Boa tarde,

Estou sem internet em casa desde quinta à noite. O router tem a luz vermelha acesa e já o desliguei e voltei a ligar mais vezes do que consigo contar. Liguei para a linha de apoio e disseram que iam abrir um pedido, mas ninguém apareceu nem me ligou.

Trabalho a partir de casa e estou a usar os dados do telemóvel, que já acabaram. Preciso que mandem um técnico com urgência. Contrato 3308-7712, Rua dos Lírios 14, 2.º esq., Setúbal.

Cumprimentos,
Miguel Antunes"""),

    dict(n=7, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Recepção Clínica Bem Viver <recepcao.bemviver@correio.example>",
         to="suporte@agendasaude.example",
         subject="Ninguém consegue abrir a agenda",
         body="""Bom dia, aqui é a Fabiana da recepção da Clínica Bem Viver (unidade Centro).

Desde 7h30 nenhum computador da recepção nem dos consultórios consegue abrir a agenda, aparece "Erro ao carregar dados" e volta pra tela inicial. Os médicos não conseguem ver prontuário nem exames. A sala de espera está cheia e estamos anotando tudo no papel, mas não sabemos quem tem horário com quem.

Já testamos em outro navegador e no celular, mesma coisa. Por favor é urgente, temos 60 pacientes marcados só de manhã.

Fabiana"""),

    dict(n=8, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Teresa Lobo <teresa.lobo@correio.example>",
         to="suporte@contafacil.example",
         subject="RES: Reembolso da mensalidade cobrada em dobro",
         body="""Oi Marcos, obrigada, o estorno apareceu na fatura do cartão sim.

Mas agora é outra coisa: desde ontem à tarde o sistema não abre de jeito nenhum. Digito login e senha, a tela fica carregando uns dois minutos e aparece "tempo de conexão esgotado". Já tentei no notebook e no celular, com Wi-Fi e com 4G. Tenho que emitir as notas dos meus clientes até sexta, pode verificar?

Teresa

Em ter., 1 de dez. de 2026 às 16:12, Marcos | Suporte ContaFácil <suporte@contafacil.example> escreveu:
> Olá Teresa,
>
> Confirmamos que a mensalidade de novembro foi cobrada em dobro no seu
> cartão por uma falha no nosso gateway de pagamento. O estorno de
> R$ 89,90 já foi solicitado e deve aparecer na sua fatura em até 7 dias úteis.
>
> Atenciosamente,
> Marcos - Suporte ContaFácil"""),

    dict(n=9, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Joaquim Ribeiro <jribeiro@caixapostal.example>",
         to="clientes@energiasul.example",
         subject="Área de cliente não mostra os documentos",
         body="""Boa tarde,

Há mais de uma semana que na área de cliente a secção "Documentos" fica em branco. O resto funciona, consigo ver os consumos e comunicar a leitura, mas não consigo descarregar nenhuma fatura em PDF, nem as antigas. Preciso delas para o IRS e para a contabilidade do condomínio.

Já experimentei noutro computador e noutro browser. Podem ver o que se passa?

Joaquim Ribeiro
CPE PT0002 0000 4417 2093 KZ"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Anderson Lima <anderson.lima@correio.example>",
         to="financeiro@velozinternet.example",
         subject="Paguei via Pix e continua aparecendo em aberto",
         body="""Boa tarde. Paguei a fatura de novembro (R$ 119,90) por Pix no dia 28, o dinheiro saiu da minha conta na hora, tenho o comprovante com o ID da transação E00000000202611281432. Mas no app de vocês a fatura continua em aberto e hoje chegou SMS dizendo que a internet vai ser suspensa amanhã por falta de pagamento.

Não vou pagar duas vezes. Preciso que vocês deem baixa hoje ainda, trabalho em casa e não posso ficar sem internet. Segue o comprovante em anexo.

Anderson"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Sofia Matos <sofia.matos@caixapostal.example>",
         to="reservas@voaazul.example",
         subject="Lugares pagos duas vezes - reserva K7QX2M",
         body="""Olá,
escolhi os lugares para o voo Lisboa-Funchal de dia 19 (reserva K7QX2M) e paguei com MB Way. A app deu erro, tentei outra vez e passou. Agora vejo no banco dois movimentos de 24€ cada, mas na reserva só aparece um pagamento. Podem devolver o segundo?
Obrigada
Sofia"""),

    dict(n=12, signals="payment,account", priority="medium", trap="-", qt=0, reply=0,
         frm="Vinícius Prado <vini.prado@correio.example>",
         to="ajuda@playmax.example",
         subject="cancelei e continuo sendo cobrado",
         body="""cancelei minha assinatura do PlayMax em setembro, recebi ate email de confirmação. so que em outubro e novembro veio a cobrança de 34,90 no cartão de novo. fui tentar entrar pra ver e o site fala que "não existe conta com esse email". como que não existe conta se vcs tão me cobrando??

quero o dinheiro dos dois meses de volta e quero saber em qual conta isso ta sendo cobrado

vinicius"""),

    dict(n=13, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Rui Pacheco <rui.pacheco@caixapostal.example>",
         to="apoio@seguroscentral.example",
         subject="Passar o seguro para pagamento trimestral",
         body="""Boa tarde,
Tenho o seguro automóvel convosco (apólice AU-2231907) com pagamento anual. Gostava de passar para pagamento trimestral por débito direto a partir da próxima renovação, em março. Como faço? Tenho de preencher algum formulário ou basta indicar o IBAN por aqui?
Cumprimentos
Rui Pacheco"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Patrícia Duarte <patriciaduarte@correio.example>",
         to="atendimento@bancoipe.example",
         subject="Não recebo o código por SMS e não consigo acessar o app",
         body="""Olá, troquei de celular semana passada (mesmo número) e desde então não consigo entrar no aplicativo. Ele pede o código de verificação por SMS, mas o SMS nunca chega. Já pedi reenvio umas 15 vezes, reiniciei o celular, e o número recebe SMS de outros lugares normalmente.

Estou sem acesso à minha conta há 6 dias, não consigo pagar contas nem ver saldo. Na agência disseram que tenho que resolver pelo app. Como faço??"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Catarina Faria <catarina.faria@caixapostal.example>",
         to="apoio@mutuaviva.example",
         subject="Link para repor a palavra-passe diz que expirou",
         body="""Bom dia,
Pedi para repor a palavra-passe do portal do cliente e o link que recebo por email dá sempre "Este link expirou ou já foi utilizado", mesmo quando carrego nele segundos depois de chegar. Já pedi quatro vezes.
Por enquanto ainda consigo entrar pela app no telemóvel, que tinha a sessão guardada, mas no computador não. Podem ajudar?
Catarina Faria"""),

    dict(n=16, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Gustavo Reis <gustavo.reis@correio.example>",
         to="privacidade@compraki.example",
         subject="Excluir minha conta",
         body="""Boa tarde, não uso mais a Compraki e gostaria que minha conta fosse excluída junto com meus dados (endereço, CPF, histórico de compras). Não achei essa opção no app. Tem que ser por aqui mesmo? Obrigado."""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Hélder Sousa <helder.sousa@transportessousa.example>",
         to="suporte@rotalog.example",
         subject="Não consigo adicionar um colega à conta da empresa",
         body="""Olá,

Entrou um novo despachante na empresa e estou a tentar dar-lhe acesso à nossa conta RotaLog. Vou a Definições > Utilizadores > Convidar, ponho o email dele e aparece "Não tem permissões para esta ação". Mas eu sou o administrador, fui eu que criei a conta em 2023. Temos 5 licenças e só usamos 3.

Enquanto isso ele está a usar o meu login, o que não é o ideal. Conseguem ver?

Obrigado,
Hélder Sousa
Transportes Sousa & Filhos"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Júlia Campos <julia.campos@correio.example>",
         to="contato@trilhafit.example",
         subject="Elogio pro time do app",
         body="""Oi pessoal! Só passando pra dizer que a nova versão do TrilhaFit ficou matadora. O treino de 20 minutos de ontem acabou comigo, to morta até agora kkkk. E o desafio de dezembro tá bombando no grupo das minhas amigas, todo mundo entrou.

Continuem assim!
Júlia"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Tiago Rocha <tiago.rocha@caixapostal.example>",
         to="info@trotimove.example",
         subject="Dúvida sobre a carga da bateria",
         body="""Boa tarde,
Recebi ontem a trotinete TM-300. Antes de a usar pela primeira vez devo deixá-la a carregar a noite toda, ou basta até a luz ficar verde? E faz mal deixá-la ligada à tomada depois de a carga estar completa?
Obrigado
Tiago"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Renata Alves <renata.padariaalves@correio.example>",
         to="comunicados@pdvnuvem.example",
         subject="Re: Manutenção programada: sistema indisponível no domingo das 2h às 6h",
         body="""Oi, tudo bem? Recebi o aviso, sem problema, a gente só abre às 7h no domingo.

Só uma dúvida: depois das 6h precisa reiniciar o computador do caixa ou ele volta sozinho?

Obrigada!
Renata

Em ter., 8 de dez. de 2026 às 18:03, PDV Nuvem <comunicados@pdvnuvem.example> escreveu:
> Prezado cliente,
>
> No domingo, 13/12, das 2h às 6h, o PDV Nuvem ficará fora do ar para
> manutenção programada. Nesse período as vendas não poderão ser
> registradas no sistema e as maquininhas integradas ficarão offline.
>
> Pedimos desculpas pelo transtorno.
> Equipe PDV Nuvem"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Marta Brandão <marta.brandao@caixapostal.example>",
         to="propostas@mutuaviva.example",
         subject="Documentos para a simulação do seguro de casa",
         body="""Boa tarde, Dr. Lopes,

Peço desculpa por só responder agora, mas torci o tornozelo no jogo de futsal da empresa e passei a semana com a perna ao alto. Seguem em anexo a caderneta predial e a planta da casa que pediu para a simulação do seguro multirriscos.

Se precisar de mais alguma coisa diga.
Cumprimentos,
Marta Brandão"""),

    dict(n=22, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Edson Martins <edson.martins@correio.example>",
         to="faturas@luznorte.example",
         subject="senha do pdf da conta de luz",
         body="""bom dia, a conta de luz que chega no meu email vem num pdf com senha e eu nao sei qual é. tentei a senha do site e nao abre. é o cpf? os 5 primeiros numeros? obrigado"""),

    # ------------------------------------------------------------------ context rows
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Diego Moura <diego.estamparia@correio.example>",
         to="suporte@enviafacil.example",
         subject="Etiquetas não geram pelo app",
         body="""Olá, desde a atualização de terça o app do EnviaFácil no Android não gera mais as etiquetas: toco em "Gerar etiqueta", fica carregando e volta pra lista sem nada. Pelo site no computador está funcionando, então por enquanto estamos imprimindo por lá, só é mais chato porque a impressora térmica fica no balcão. Conseguem ver isso pra próxima versão?

Diego - Estamparia Moura"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Fernando Queirós <fernando.queiros@caixapostal.example>",
         to="apoio@lojatech.example",
         subject="RE: RE: Reembolso da encomenda 300981 - TERCEIRO CONTACTO",
         body="""Isto já passou dos limites. É o terceiro email que envio e ninguém me responde. Devolvi o portátil há mais de 40 dias, vocês confirmaram a receção, e os 849,99 € continuam sem aparecer na minha conta. Este mês tive de pedir dinheiro emprestado para pagar a renda.

Se até sexta-feira o reembolso não estiver feito, faço queixa no Livro de Reclamações.

Fernando Queirós

> -----Mensagem original-----
> De: Fernando Queirós
> Enviada: sexta-feira, 20 de novembro de 2026 10:14
> Para: apoio@lojatech.example
> Assunto: RE: Reembolso da encomenda 300981
>
> Volto a perguntar: quando é que recebo o reembolso? Já passou um mês.
>
> -----Mensagem original-----
> De: Fernando Queirós
> Enviada: sexta-feira, 6 de novembro de 2026 09:02
> Para: apoio@lojatech.example
> Assunto: Reembolso da encomenda 300981
>
> Boa tarde, devolvi o portátil Nuvo 14 da encomenda 300981 no dia 21 de
> outubro e a transportadora entregou-vos a 23. Quando é processado o reembolso?"""),
]
