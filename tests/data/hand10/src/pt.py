# blind11 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Filipa Antunes <filipa.antunes@correio.example>",
         to="consumidor@corebrilho.example",
         subject="Reação à coloração Cor&Brilho 5.3",
         body="""\
Boa tarde,

Pintei o cabelo no domingo com a coloração Cor&Brilho castanho 5.3. Fiz o teste no antebraço 48
horas antes, como diz a caixa, e não aconteceu nada. Uns vinte minutos depois de aplicar comecei a
sentir uma comichão muito forte e lavei logo.

Hoje, segunda-feira, tenho o couro cabeludo cheio de bolhas que deitam líquido, a testa e as
pálpebras tão inchadas que quase não consigo abrir os olhos, e uma vermelhidão que desce até ao
pescoço. A médica do centro de saúde receitou-me cortisona e pediu-me a lista completa de
ingredientes, que a caixa não traz toda.

Lote: CB53-0425. Peço que me enviem a composição o mais depressa possível.

Filipa Antunes
+351 910 000 152"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sónia Magalhães <sonia.magalhaes@mail.example>",
         to="geral@transportesvaledouro.example",
         subject="Porta do autocarro escolar abriu-se em andamento",
         body="""\
Exmos. Senhores,

O meu filho Tiago, de 9 anos, vai todos os dias no vosso autocarro escolar, circuito 3 (Vila Nova -
EB de São Roque). Ontem à tarde, segundo ele e segundo mais duas mães que confirmaram com os filhos,
a porta de trás abriu-se sozinha quando o autocarro entrava na rotunda da Avenida e ficou aberta
até à paragem seguinte. Uma mochila caiu para a estrada. O motorista só parou quando as crianças
começaram a gritar.

Quando o autocarro vai cheio, os mais pequenos viajam de pé precisamente junto a essa porta.

Gostava de saber o que vai ser feito a esse autocarro antes da volta de amanhã de manhã.

Sónia Magalhães"""),

    dict(n=3, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Joaquim Pereira <joaquim.pereira@correio.example>",
         to="apoio@aquaflux.example",
         subject="Bomba do lago dá choque",
         body="""\
Boa noite. A bomba de lago AquaFlux 3000 que comprei em março está a dar choque: ao meter a mão na
água para tirar as folhas senti um formigueiro forte até ao cotovelo, e o cão ganiu e afastou-se
quando foi beber. Já desliguei a ficha. Os meus netos brincam sempre ao pé do lago, isto é um
perigo. Encomenda n.º PT-55102.

Joaquim Pereira"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Catarina Vieira <catarina.vieira.88@mail.example>",
         to="ajuda@encontrosmais.example",
         subject="Entraram na minha conta do Encontros+",
         body="""\
Olá,

Alguém entrou na minha conta do Encontros+ ontem à noite. Mudaram o e-mail e a palavra-passe e já
não consigo entrar de maneira nenhuma. Duas pessoas com quem eu tinha match mandaram-me mensagem
pelo Instagram a perguntar porque é que "eu" lhes estava a pedir dinheiro por MB WAY. A minha foto e
o meu nome continuam lá no perfil.

Por favor bloqueiem o perfil já. O número de telemóvel associado é o +351 910 000 374.

Catarina Vieira"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rui Palma - Ria Formosa Aquacultura <producao@riaformosa-aqua.example>",
         to="suporte@aquacontrol.example",
         subject="Nenhum alimentador largou ração desde as 5h",
         body="""\
Bom dia,

Escrevo da piscicultura Ria Formosa Aquacultura (cliente 7731). Desde as 5h da manhã nenhum dos 36
alimentadores automáticos largou ração, e o painel AquaControl mostra todos os tanques com a última
leitura de ontem às 23h58. Os sensores de oxigénio também deixaram de enviar dados para os
telemóveis da equipa; estamos a medir à mão, tanque a tanque, com a sonda portátil, e a distribuir
ração com baldes.

São cerca de 180 toneladas de dourada e robalo. O nosso parceiro de Huelva diz o mesmo: "Aquí
tampoco llega nada desde anoche". Precisamos de um técnico com urgência.

Rui Palma
+351 910 000 509"""),

    dict(n=6, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Manuel Teixeira <manuel.teixeira@mail.example>",
         to="apoio@sentinelacasa.example",
         subject="É normal a app dizer \"sem ligação à central\" há dois dias?",
         body="""\
Olá.

É normal que a aplicação do alarme SentinelaCasa diga "sem ligação à central" desde sábado? Não
consigo ativar nem desativar o alarme pelo telemóvel e deixei de receber notificações. Liguei para a
central de vigilância e confirmaram que também não recebem sinal nenhum da minha casa desde
sábado à tarde.

Vou para fora na sexta-feira e não quero deixar a casa assim. Contrato n.º SC-20931.

Manuel Teixeira"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ana Rebelo - Flores da Ana <encomendas@floresdaana.example>",
         to="suporte@contafacil.example",
         subject="Não consigo emitir faturas",
         body="""\
Bom dia,

Desde as 10h, sempre que carrego em "Emitir fatura-recibo" no ContaFácil aparece a rodinha a girar
e ao fim de um minuto volta tudo ao rascunho, sem número. Já tentei no Chrome e no Edge e no
telemóvel. Tenho cinco clientes à espera da fatura para me pagarem os arranjos do casamento de
sábado.

Ana Rebelo
NIF 200000019"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Conversas de Quintal <podcast@conversasdequintal.example>",
         to="suporte@ondacast.example",
         subject="Episódios demoram horas a chegar ao Spotify",
         body="""\
Olá!

Desde a semana passada os episódios do nosso podcast publicam-se bem no vosso painel, mas o feed
RSS só é atualizado 6 a 8 horas depois, e por isso os episódios chegam ao Spotify e à Apple
Podcasts muito tarde. Antes era praticamente imediato. Quem tem o link direto do vosso leitor
consegue ouvir logo.

Conseguem ver o que se passa? Obrigado,
Henrique e Marta"""),

    dict(n=9, signals="outage,account", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Paulo Brito (IT) <paulo.brito@marquesfilhos.example>",
         to="support@cofrechave.example",
         subject="Nenhum utilizador consegue iniciar sessão no CofreChave",
         body="""\
Boa tarde,

Sou o responsável de IT da Marques & Filhos Transitários (plano Empresa, 45 utilizadores). Desde as
14h nenhum dos nossos utilizadores consegue iniciar sessão no CofreChave através do login da
Microsoft: aparece "SAML response invalid" e volta ao ecrã inicial. Já verificámos o nosso lado e
não mudámos nada.

O nosso escritório de Londres diz o mesmo: "Same here, all our users have been locked out since
your update at 2 pm."

Sem o cofre, a equipa de despacho não tem acesso às credenciais dos portais aduaneiros e temos
camiões retidos no porto de Leixões. Por favor liguem-me: +351 910 000 616.

Paulo Brito"""),

    dict(n=10, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Beatriz Lourenço <beatriz.lourenco@correio.example>",
         to="clientes@vitaplena.example",
         subject="Subscrição mensal - algumas notas",
         body="""\
Olá, boa tarde,

Sou cliente da subscrição mensal há quase um ano e queria deixar algumas notas. Primeiro, as gomas
de vitamina D com sabor a laranja são ótimas, os meus filhos já as pedem sozinhos ao pequeno-almoço.
Já o magnésio em pó tem um sabor um bocadinho amargo; talvez pudessem ter uma versão com limão?

Segundo, a caixa de cartão nova é muito mais prática, mas às vezes vem amolgada, sobretudo quando é
entregue pelos CTT e não pela transportadora.

Terceiro, e foi por isto que escrevi: a fatura de maio vem com o NIF da empresa onde eu trabalhava
(500000000) em vez do meu NIF pessoal, e com o valor de 34,90 € quando o meu plano é de 29,90 €.
Podem corrigir a fatura e devolver a diferença?

Obrigada e continuem,
Beatriz Lourenço"""),

    dict(n=11, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Graça Moreira <rh@carpintariamoreira.example>",
         to="apoio@rhsimples.example",
         subject="Transferências dos salários rejeitadas pelo banco",
         body="""\
Boa tarde,

O lote de transferências dos salários de maio que gerámos ontem no RH Simples foi todo rejeitado
pelo banco com o erro "ficheiro SEPA inválido - IBAN do ordenante". O IBAN da empresa não mudou. São
14 trabalhadores que deviam receber hoje, dia 28, e já tenho pessoas a perguntar.

Preciso de um ficheiro correto ainda hoje para o banco processar antes das 16h.

Graça Moreira
Carpintaria Moreira, Lda."""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Luís Cardoso - Herdade do Monte Alto <luis.cardoso@montealto.example>",
         to="encomendas@equiforte.example",
         subject="É normal o reembolso demorar mais de um mês?",
         body="""\
Olá.

Cancelei a encomenda n.º 30915 (4 sacos de ração EquiForte Sport, 86,40 €) no dia 2 de maio, porque
o camião não conseguia chegar à herdade. Recebi o e-mail a confirmar o cancelamento e a dizer que o
reembolso seria feito em 5 a 10 dias úteis. Hoje é 9 de junho e ainda não recebi nada.

É normal demorar assim tanto? Paguei por referência Multibanco.

Luís Cardoso"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tomé Fonseca <tome.fonseca@quintadomel.example>",
         to="faturacao@dominiosluso.example",
         subject="Taxa de 0,18 € na renovação do domínio",
         body="""\
Olá, só por curiosidade: na renovação do domínio quintadomel.example aparece uma linha "Taxa ICANN
0,18 €". Que taxa é esta? Não é problema nenhum, só quero perceber. Obrigado!"""),

    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Diogo Serrano <diogo.serrano@mail.example>",
         to="suporte@guardanuvem.example",
         subject="Código de verificação vai para o número antigo",
         body="""\
Boa tarde,

Mudei de operadora e de número e o código de verificação do GuardaNuvem continua a ser enviado para
o número antigo, que já não tenho. Assim não consigo entrar na conta para ver as cópias de segurança
das fotografias do telemóvel. O número novo é o +351 910 000 287.

Como posso atualizar isto?

Diogo Serrano"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Gonçalo Ribeiro <goncalo.ribeiro@mail.example>",
         to="secretaria@estradafora.example",
         subject="Alterar e-mail da conta - já não tenho acesso ao antigo",
         body="""\
Bom dia,

Sou aluno da Escola de Condução Estrada Fora (n.º de aluno 8840). A minha conta na app está
associada ao e-mail da faculdade, que foi desativado quando acabei o curso. Para mudar o e-mail, a
app pede um código enviado para esse endereço, que já não consigo abrir.

Podem alterar o e-mail da conta para este? Posso ir à escola mostrar o cartão de cidadão, se for
preciso.

Obrigado,
Gonçalo Ribeiro"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Inês Carvalho <ines.carvalho@correio.example>",
         to="apoio@patudosfelizes.example",
         subject="A minha conta foi eliminada?",
         body="""\
Olá, hoje fui marcar dias na creche canina pela app e aparece "Esta conta foi eliminada por
inatividade". Usei-a na semana passada! Tinha lá o boletim de vacinas do Bolinhas e as indicações
sobre a medicação dele. Conseguem recuperar a conta?

Inês Carvalho"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Margarida Sousa <margarida.sousa@correioluso.example>",
         to="ajuda@correioluso.example",
         subject="Como ativo a verificação em dois passos?",
         body="""\
Boa tarde, como é que ativo a verificação em dois passos na minha conta? Não encontro a opção nas
definições. Obrigada."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Raquel Almeida <raquel.almeida@mail.example>",
         to="loja@cozinhavulcao.example",
         subject="Liquidificadora Vulcão 1500 - dúvida antes de comprar",
         body="""\
Olá!

Estou a morrer de vontade de comprar a liquidificadora Vulcão 1500; as críticas dizem que é uma
bomba a fazer batidos e sopas. Só duas perguntas: o copo de vidro aguenta sopa acabada de sair do
fogão ou é só para coisas frias? E a garantia é de 2 ou de 3 anos?

Obrigada!
Raquel"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Nuno Faria <nuno.faria@mail.example>",
         to="suporte@tunelvpn.example",
         subject="Re: Aviso importante sobre um acesso não autorizado",
         body="""\
Olá,

Li o aviso; eu não uso essa funcionalidade, por isso está tudo bem do meu lado. Já agora: a
extensão para o Firefox vai voltar a existir? Usava-a muito no portátil do trabalho.

Cumprimentos,
Nuno

Em 3 de jun. de 2025, às 17:20, TúnelVPN <suporte@tunelvpn.example> escreveu:
> Caro cliente,
>
> Detetámos um acesso não autorizado a um servidor de testes da funcionalidade "Partilha de
> Ligação". Podem ter sido expostos os nomes de dispositivos dos utilizadores dessa funcionalidade.
> Não foram expostas palavras-passe nem dados de pagamento.
>
> A equipa TúnelVPN"""),

    dict(n=20, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Teresa Gomes <teresa.gomes@correio.example>",
         to="apoio@agendapet.example",
         subject="Re: Conta bloqueada após várias tentativas",
         body="""\
Já consegui entrar, muito obrigada pela rapidez! Bom fim de semana.

Teresa

Em 6 de jun. de 2025, às 10:41, Apoio AgendaPet <apoio@agendapet.example> escreveu:
> Olá Teresa,
> A sua conta ficou bloqueada depois de cinco tentativas falhadas de início de sessão. Já a
> desbloqueámos; pode entrar com a palavra-passe habitual ou pedir uma nova no ecrã inicial.
> Cumprimentos, Vasco"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Alberto Mota <alberto.mota.escritor@mail.example>",
         to="orcamentos@palavraexata.example",
         subject="Orçamento para traduzir o romance \"Morte no Lagar\"",
         body="""\
Boa tarde,

Gostaria de um orçamento para traduzir para inglês o meu romance policial "Morte no Lagar" (cerca de
60 000 palavras). A história passa-se numa quinta do Douro durante as vindimas: um enólogo aparece
afogado num lagar e há um incêndio na adega no último capítulo.

Qual o preço por palavra e o prazo? Fazem também revisão de um nativo?

Com os melhores cumprimentos,
Alberto Mota"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="AgroMáquinas Ribatejo <novidades@agromaquinas.example>",
         to="geral@quintadasoliveiras.example",
         subject="Época de incêndios: prepare a sua exploração - até 20% em roçadoras",
         body="""\
NEWSLETTER AGROMÁQUINAS RIBATEJO - JUNHO

O verão chegou e com ele o risco de incêndio rural. A limpeza de terrenos é obrigatória até 30 de
junho: não deixe para a última hora!

* Roçadoras e corta-matos com até 20% de desconto.
* Atomizadores para a vinha: campanha de revisão gratuita.
* Novo: kit de proteção para o operador (viseira, protetores auriculares, luvas anticorte).

Visite-nos em Santarém ou peça orçamento por e-mail.

Recebe esta newsletter porque é cliente AgroMáquinas. Para deixar de receber, responda REMOVER."""),

    dict(n=23, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Prof.ª Helena Quaresma <hquaresma@uni-atlantica.example>",
         to="suporte@moodlar.example",
         subject="Entrega dos trabalhos finais fecha hoje às 23h59 e os ficheiros não sobem",
         body="""\
Boa tarde,

Sou coordenadora da unidade curricular de Gestão Agrícola. Hoje às 23h59 fecha a entrega dos
trabalhos finais de 420 alunos de quatro turmas, e desde as 15h qualquer ficheiro acima de 2 MB
falha com "Erro 413 - pedido demasiado grande". Quase todos os trabalhos são PDF com 5 a 20 MB.
Já tenho dezenas de e-mails de alunos em pânico.

Não posso adiar o prazo porque as notas têm de ser lançadas amanhã. Preciso de uma resposta
rapidamente.

Helena Quaresma
Universidade Atlântica"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Helena Correia <helena.correia@correio.example>",
         to="apoio@farmacasa.example",
         subject="Re: Conta bloqueada na FarmaCasa",
         body="""\
Volto a escrever porque já passaram oito dias e continuo sem conseguir entrar na conta. Ninguém me
respondeu. É por lá que encomendo a medicação da minha mãe todos os meses e tenho de fazer o pedido
até sexta-feira.

Helena Correia

Em 2 de jun. de 2025, às 09:14, Helena Correia <helena.correia@correio.example> escreveu:
> Bom dia,
> A minha conta ficou bloqueada depois de eu pedir para repor a palavra-passe. O link que chega
> ao e-mail diz sempre "expirado", mesmo quando carrego nele logo a seguir. Podem desbloquear?
> Obrigada, Helena Correia"""),
]
