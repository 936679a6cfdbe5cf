# hand6 (blind7) -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Carvalhal <ines.carvalhal@lusomail.example>",
         to="apoio@bicicidade.example",
         subject="Bicicleta 2287 - travões",
         body="""\
Bom dia,

Ontem à tarde (cerca das 18h20) levantei a bicicleta elétrica nº 2287 na estação do Cais do Sodré. Na descida da Rua do Alecrim apertei os dois travões a fundo e a bicicleta simplesmente não abrandou, as manetes iam até ao punho sem fazer força nenhuma. Só consegui parar porque me atirei para o passeio e bati com o ombro num poste. Tenho o braço negro e as calças rasgadas, e um senhor que estava na paragem teve de saltar para o lado para eu não lhe ir para cima.

Deixei a bicicleta na estação do Camões e marquei-a na app como "avariada", mas hoje de manhã vi que já alguém a tinha levantado outra vez.

Por favor retirem essa bicicleta de circulação antes que alguém desça a Calçada com ela. Posso mandar fotografias do braço se for preciso para o seguro.

Inês Carvalhal"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Roberto Almeida Tavares <roberto.tavares@correiobr.example>",
         to="faleconosco@hotelmirantedosol.example",
         subject="Ocorrido no elevador de vocês — quarto 712",
         body="""\
Boa noite,

Estou hospedado no quarto 712 com a minha mãe, que tem 78 anos e anda de bengala. Hoje por volta das 15h pegamos o elevador do lado esquerdo no térreo. As portas abriram no 7º andar, minha mãe deu o primeiro passo para sair e de repente a cabine desceu uns 40 centímetros com a porta ainda aberta. Ela ficou com um pé dentro e outro no degrau que se formou, e só não foi pro chão porque eu segurei ela pelo braço. Depois a cabine ficou tremendo e voltou a subir sozinha.

Falei com a recepção e me disseram que "esse elevador às vezes dá um tranco". Isso não é tranco. Ele continua funcionando normalmente e agora há pouco vi criança entrando nele com os pais.

Peço que alguém da manutenção interdite esse elevador e me dê um retorno ainda hoje.

Roberto Almeida Tavares
(11) 90000-4421"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Tiago Moura <tiago.moura@filmagensmoura.example>",
         to="suporte@voarpro.example",
         subject="Bateria do drone pegou fogo a carregar",
         body="""\
Boa tarde,

Comprei em outubro o drone Falcão X4 com duas baterias extra (encomenda VP-22190). Ontem à noite pus uma das baterias extra a carregar no carregador original, em cima da bancada da garagem. Passados uns vinte minutos ouvi um estalo, a bateria inchou e começou a deitar fumo e chamas. Apaguei com o extintor do carro, mas queimou a bancada e eu fiquei com uma queimadura na mão ao tirar o carregador da tomada.

A bateria tinha 11 ciclos, nunca caiu nem apanhou água. A outra bateria extra é do mesmo lote (o número começa por 2608) e agora tenho medo de a carregar dentro de casa.

Quero saber se há mais casos com este lote e o que devo fazer com a bateria que sobra. Tenho fotos, e o que restou da bateria queimada está guardado num balde de areia.

Tiago Moura"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Camila Furtado <camila.furtado@correiodigital.example>",
         to="ajuda@ingressoagora.example",
         subject="roubaram minha conta e meus ingressos",
         body="""\
Socorro, alguém invadiu minha conta.

Ontem de madrugada recebi um e-mail de vocês dizendo "Seu e-mail foi alterado com sucesso", mas eu não alterei nada. Quando tentei entrar, a senha não funcionava mais e o "esqueci minha senha" manda o link pro e-mail novo, que não é meu. Não consigo mais acessar.

Na conta estavam 4 ingressos pro festival Maré Alta (pedido 8812-004, pista premium), e uma amiga que também tem conta conseguiu ver que eles já aparecem como "transferidos" pra outra pessoa. Lá dentro também estão meu CPF, endereço e telefone.

Preciso que vocês bloqueiem a conta agora, cancelem essas transferências e me devolvam o acesso. Já fiz boletim de ocorrência online, posso mandar.

Camila Furtado"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Receção Hotel Atlântico Sul <rececao@hotelatlanticosul.example>",
         to="suporte@hotelgest.example",
         subject="Não conseguimos fazer check-in",
         body="""\
Bom dia,

Desde as 13h30 o programa da receção não abre a ficha de nenhuma reserva: clicamos no nome do hóspede e fica tudo cinzento com a rodinha a girar, até dar "tempo limite excedido". Também não conseguimos gravar cartões de quarto, porque o codificador depende do mesmo programa.

Temos um grupo de 42 pessoas (operador Lusotours) a fazer check-in neste momento, mais as chegadas individuais, e o lobby está cheio de gente com malas. Estamos a dar quartos com a chave mestra da governanta, o que não pode continuar.

Já reiniciámos o servidor local e os três postos. A internet está a funcionar (estou a escrever daqui).

Contacto: 289 000 514, perguntar por Sandra ou Hélder.

Sandra Mestre
Chefe de Receção"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Marcelo Pinheiro <marcelo@pinheirodespachos.example>",
         to="suporte@cargalinkbr.example",
         subject="Portal fora do ar?",
         body="""\
Pessoal, boa tarde.

O portal de vocês está fora do ar pra mim desde umas 10h. Dá "502 Bad Gateway" tanto no navegador quanto na integração do nosso sistema. Preciso emitir hoje o conhecimento de embarque de duas cargas que saem de Santos amanhã cedo (processos 26-1187 e 26-1190), e sem o portal não consigo gerar os documentos nem mandar pro armador.

Testei de outra rede (4G do celular) e deu o mesmo. Os outros sites abrem normal.

Tem previsão? Se tiver algum jeito de emitir por fora, me avisem.

Marcelo Pinheiro
Pinheiro Despachos Aduaneiros"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Rui Antunes <rui.antunes@lavandariabolha.example>",
         to="assistencia@lavapay.example",
         subject="Máquinas da loja de Benfica",
         body="""\
Olá,

Escrevo por causa da loja self-service de Benfica. Desde sexta-feira, as máquinas 3 e 4 e a secadora 7 não recebem o comando quando o cliente paga pela app: o pagamento fica "pendente" uns minutos e depois a app diz que a máquina não respondeu. As outras cinco máquinas funcionam com a app sem problema.

Por agora os clientes estão a usar moedas nessas três e pusemos um papel a avisar, por isso não é um drama, mas ao fim de semana a loja enche e já tive duas reclamações.

O router da loja foi trocado pela operadora na quinta. Não sei se tem a ver.

Cumprimentos,
Rui Antunes"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Funerária São Judas Tadeu <atendimento@funerariasaojudas.example>",
         to="suporte@despedidaonline.example",
         subject="URGENTE - transmissão da cerimônia às 16h",
         body="""\
Boa tarde, preciso de ajuda urgente.

Temos uma cerimônia de despedida às 16h na sala 2, com transmissão pela plataforma de vocês para a família que está em Portugal e no Japão. Desde as 14h a câmera da sala aparece como "offline" no painel e o link que mandamos para a família abre uma tela preta escrito "evento indisponível". Na sala 1 acontece a mesma coisa, então não é só o equipamento.

Reiniciamos o encoder, trocamos o cabo de rede, e a internet da funerária está normal.

A família pagou pela transmissão e tem gente acordando de madrugada no Japão para assistir. Não tem como adiar. Por favor, liguem para (31) 90000-2208 agora.

Denise Prado
Atendimento - Funerária São Judas Tadeu"""),

    dict(n=9, signals="outage", priority="high", trap="api", qt=0, reply=0,
         frm="Gustavo Lemos <gustavo.lemos@marinaportobelo.example>",
         to="dev-suporte@nauticabook.example",
         subject="API de reservas retornando 503",
         body="""\
Oi, equipe.

Desde hoje 9h12 toda chamada que o nosso site faz para a API de disponibilidade de vagas (/v2/berths/availability) volta com 503 Service Unavailable. O endpoint de reservas também. Do nosso lado não mudou nada, o último deploy foi dia 20.

Resultado: quem quer reservar vaga para o barco no fim de semana não consegue, o formulário mostra "sem disponibilidade" em todas as datas e não entra nenhuma reserva online. E é começo de temporada.

Chave de API: termina em ...a91f. Marina ID: MPB-014.

Podem verificar?

Gustavo Lemos
TI - Marina Porto Belo"""),

    dict(n=10, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Filipa Rebelo <filipa.rebelo@carpintariarebelo.example>",
         to="apoio@salariofacil.example",
         subject="Salários de novembro não chegaram aos trabalhadores",
         body="""\
Boa tarde,

Processámos os salários de novembro na vossa plataforma na sexta, dia 27, e aprovámos o ficheiro de transferências nesse mesmo dia (lote SEPA 2611-03, 14 trabalhadores, 16.920,45 €). Na plataforma o lote aparece como "Enviado ao banco", mas hoje, dia 1, nenhum dos trabalhadores recebeu, e o banco diz-nos que não recebeu nenhum ficheiro nosso desde outubro.

Tenho pessoas a ligar-me porque têm a renda e a prestação da casa para pagar. Preciso de saber com urgência onde está o lote e se o posso reenviar sem arriscar pagar duas vezes.

Filipa Rebelo
Carpintaria Rebelo, Lda."""),

    dict(n=11, signals="payment", priority="medium", trap="deposit", qt=0, reply=0,
         frm="Leandro Siqueira <leandro.siqueira@correiofacil.example>",
         to="atendimento@alugacarro.example",
         subject="Caução não liberada",
         body="""\
Olá,

Aluguei um carro com vocês em Florianópolis de 6 a 13 de novembro (contrato AC-558310). Devolvi o carro no dia certo, tanque cheio, sem nenhum arranhão, e o funcionário da loja do aeroporto assinou a vistoria dizendo que estava tudo ok.

A caução de R$ 1.500 que foi bloqueada no meu cartão de crédito continua bloqueada até hoje, quase três semanas depois. A operadora do cartão diz que quem tem que liberar é a locadora. Isso está comendo o limite do meu cartão justo no fim do ano.

Podem verificar e liberar, por favor? Mando a foto da vistoria se precisar.

Att,
Leandro Siqueira"""),

    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Helena Brito <helena.brito@mailpt.example>",
         to="secretaria@clinicadentariasorriso.example",
         subject="Re: Fatura do tratamento de novembro",
         body="""\
Bom dia, Joana,

Obrigada pela explicação sobre o atraso. Mas agora que recebi a fatura há duas coisas que não batem certo: o NIF está errado (o meu é 200 000 417 e aparece 200 000 471), e está cobrada a consulta de avaliação de 40 €, que o Dr. Nuno disse que não se pagava por eu ter avançado com o tratamento. O total devia ser 310 € e não 350 €. Já paguei os 310 € por transferência no dia 28.

Preciso da fatura corrigida para o IRS e para o seguro de saúde, que só reembolsa com o NIF certo.

Cumprimentos,
Helena Brito

No dia 30/11/2026, às 11:05, Clínica Dentária Sorriso escreveu:
> Cara D. Helena,
> pedimos desculpa pela demora no envio da fatura. O nosso sistema de faturação
> esteve em baixo toda a sexta-feira e só ontem conseguimos emitir os documentos
> pendentes. Segue em anexo a fatura FT 2026/1187.
> Com os melhores cumprimentos,
> Joana Matos"""),

    dict(n=13, signals="payment", priority="low", trap="small-fee", qt=0, reply=0,
         frm="Beatriz Nogueira <bia.nogueira@correiouniversitario.example>",
         to="biblioteca@faculdadeserrana.example",
         subject="dúvida sobre multa",
         body="""\
Oi, tudo bem?

Vi no meu cadastro da biblioteca uma multa de R$ 2,50 cobrada no cartão cadastrado no dia 24/11. Acho que foi pelo livro de Cálculo que devolvi um dia depois, mas não tenho certeza, porque eu renovei pelo app antes do prazo (ou achei que tinha renovado).

Não é pelo valor, só queria entender pra não acontecer de novo. Tem como ver no sistema a que empréstimo se refere?

Obrigada!
Beatriz - matrícula 2024-11873"""),

    dict(n=14, signals="account", priority="medium", trap="code", qt=0, reply=0,
         frm="António Gouveia <antonio.gouveia@netmail-pt.example>",
         to="resultados@laboratoriovaledosol.example",
         subject="Código para ver análises",
         body="""\
Boa tarde,

Fiz análises ao sangue no vosso posto de Setúbal na segunda-feira e recebi um SMS a dizer que os resultados já estão disponíveis no portal. Entro com o número de utente e a data de nascimento, o portal pede um código de confirmação enviado por SMS e esse código nunca chega. Já carreguei em "reenviar" umas dez vezes em dois dias. O número de telemóvel é o mesmo que dei no balcão, e os outros SMS recebo normalmente.

Tenho consulta com o médico de família na quinta e ele precisa de ver os resultados. Se não houver outra forma, podem mandá-los por e-mail?

António Gouveia
Utente n.º 0044187"""),

    dict(n=15, signals="account", priority="high", trap="deactivated", qt=0, reply=0,
         frm="Diego Santana <diego@santana3d.example>",
         to="vendedores@feiradigital.example",
         subject="Conta desativada sem explicação",
         body="""\
Boa tarde.

Hoje de manhã fui entrar no painel de vendedor e apareceu "Esta conta foi desativada". Não recebi nenhum e-mail, nenhum aviso antes. Vendo peças impressas em 3D (suportes, miniaturas, peças de reposição) faz dois anos, tenho 4,9 de avaliação e nunca tive reclamação aberta.

Com a conta desativada meus 63 anúncios sumiram, não consigo responder os clientes nem ver os pedidos que já estavam pagos para enviar. São 11 pedidos esperando e os prazos de postagem vencem amanhã. É a minha única fonte de renda.

Se foi engano, por favor reativem. Se teve algum motivo, me digam qual, que eu resolvo.

Loja: Santana 3D
ID vendedor: 7720193

Diego Santana"""),

    dict(n=16, signals="account", priority="medium", trap="colleague", qt=0, reply=0,
         frm="Manuel Teixeira <mteixeira@herdadedoscarvalhos.example>",
         to="portal@cooperativaagricolaribatejo.example",
         subject="acesso da contabilista",
         body="""\
Bom dia,

A nossa contabilista, a D. Graça Faria, tinha acesso ao portal da cooperativa com o utilizador dela associado à Herdade dos Carvalhos (sócio 1132), para ir buscar as notas de entrega do milho e as faturas dos adubos. Desde a semana passada ela diz que entra e já não aparece a herdade na lista, como se nunca tivesse tido acesso. Eu não retirei nada, nem sei bem onde se faz isso.

Ela precisa dos documentos para fechar o IVA do trimestre até dia 15. Eu consigo entrar com o meu utilizador, mas não quero estar a passar-lhe a minha password.

Podem voltar a dar-lhe acesso? O e-mail dela é graca.faria@contasfaria.example.

Obrigado,
Manuel Teixeira"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Larissa Ventura <larissa.ventura@correiomail.example>",
         to="contato@acampamundo.example",
         subject="verificação em duas etapas",
         body="""\
Oi! Uso o site de vocês pra reservar área de camping faz um tempo, e agora com essa história de golpe pra todo lado queria deixar minha conta mais protegida. Vi que tem a opção de "verificação em duas etapas" no perfil, mas ela só oferece SMS. Dá pra usar app autenticador (tipo esses de código que muda a cada 30 segundos)? Se der, onde eu configuro?

Valeu,
Larissa"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Priscila Andrade <pri@coletivobatuqueiro.example>",
         to="parcerias@ingressofacil.example",
         subject="Balanço do festival!!",
         body="""\
Gente, que noite!

Só passando pra agradecer: o Festival Batuqueiro de sábado foi um arraso. Os ingressos do segundo lote esgotaram em 40 minutos, a pista estava pegando fogo do começo ao fim e a fila da entrada andou super rápido, ninguém reclamou. O DJ de encerramento matou a pau, teve gente chorando na última música haha.

Pra edição de março já queria deixar combinado com vocês: três lotes em vez de dois, meia-entrada solidária com 1 kg de alimento e, se der, um mapa da área no próprio ingresso.

Me liga quando puder pra gente fechar.

Beijos e obrigada de novo,
Pri
Coletivo Batuqueiro"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Sérgio Valadares <sergio.valadares@tabernadoportinho.example>",
         to="encomendas@cervejariafarol.example",
         subject="encomenda Apagão + Curto-Circuito",
         body="""\
Boas, Carla!

Queria repetir a encomenda do mês passado para a taberna, com uma alteração:
- 4 barris de 30 L da Apagão (a stout)
- 2 caixas de 24 da Curto-Circuito (a IPA), em vez de 1
- 1 caixa de copos com o logótipo, se ainda houver

A Apagão tem saído muito bem agora com o frio, os clientes pedem-na pelo nome e acham graça. A Curto-Circuito esgotou em menos de uma semana.

Dá para entregar até dia 11? Se a carrinha vier de manhã, antes das 11h, melhor, que depois a rua fica cortada por causa da feira.

Abraço,
Sérgio
Taberna do Portinho"""),

    dict(n=20, signals="-", priority="low", trap="late-delivery", qt=0, reply=0,
         frm="Osvaldo Ribeiro <osvaldo.ribeiro@correioweb.example>",
         to="sac@aventuraoutdoor.example",
         subject="Pedido atrasado (sem pressa)",
         body="""\
Boa tarde,

Fiz o pedido 99-40217 no dia 10/11: uma cadeira dobrável de camping e um lampião. O site dizia entrega em 5 dias úteis e até agora nada; o rastreio está parado em "Em trânsito - Cajamar" desde o dia 18.

Não é urgente, a viagem para a serra é só em janeiro, mas queria saber se o pedido não se perdeu. Se tiver extraviado, podem mandar outro, não precisa estornar nada.

Obrigado,
Osvaldo"""),

    dict(n=21, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Joana Esteves <joana.esteves@mailbox-pt.example>",
         to="info@ninhoseguro.example",
         subject="Antes de comprar o intercomunicador",
         body="""\
Olá,

Estou a pensar comprar o vosso intercomunicador de bebé com câmara (o modelo Ninho 2, com sensor de temperatura) para o nosso primeiro filho, que nasce em fevereiro. Antes de encomendar tinha algumas dúvidas:

1. Se o aparelho avariar no primeiro ano, trocam por um novo ou mandam reparar? Quanto tempo demora?
2. Posso devolver se não funcionar bem com o nosso Wi-Fi (a casa tem paredes muito grossas)?
3. As imagens da câmara ficam guardadas em algum servidor vosso ou só passam pelo telemóvel? Preocupa-me um bocado a questão da privacidade.

Obrigada desde já,
Joana"""),

    dict(n=22, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Albertina Correia <albertina.correia@netmail-pt.example>",
         to="apoio@ouvirbem.example",
         subject="RE: Aviso de segurança - carregador dos aparelhos auditivos",
         body="""\
Muito obrigada pela rapidez. O carregador novo chegou ontem pelo correio, já está a funcionar e os aparelhos carregaram a noite toda sem problema. O antigo vai hoje de volta no envelope que mandaram.

Um bom Natal para toda a equipa da loja de Viseu.

Albertina Correia

-----Mensagem original-----
De: OuvirBem Apoio <apoio@ouvirbem.example>
Enviada: 26 de novembro de 2026 15:40
Assunto: Aviso de segurança - carregador dos aparelhos auditivos

> Cara cliente,
> identificámos que alguns carregadores do lote CH-2609 podem aquecer em excesso
> durante a carga e, em casos raros, provocar queimaduras ou derreter o estojo.
> Pedimos que deixe de usar o carregador; vamos enviar-lhe um novo sem custos.
> Com os melhores cumprimentos,
> Equipa OuvirBem"""),

    dict(n=23, signals="safety,account", priority="critical", trap="context", qt=0, reply=0,
         frm="Dra. Vanessa Coutinho <vanessa@odontocoutinho.example>",
         to="suporte@dentsys.example",
         subject="Notebook da clínica roubado - bloquear acesso",
         body="""\
Bom dia,

Ontem à noite arrombaram o consultório e levaram o notebook da recepção. Nele o sistema de vocês fica sempre logado com o usuário "recepcao.odonto", que tem acesso à agenda, aos prontuários e às radiografias de uns 1.800 pacientes, além de dados de convênio e CPF.

Preciso com urgência:
1) derrubar todas as sessões abertas desse usuário e bloquear ele;
2) saber se houve algum acesso depois das 22h de ontem;
3) orientação sobre o que temos que comunicar aos pacientes (LGPD).

Eu sou a administradora da conta, mas não encontro no painel onde encerrar sessões de outro usuário.

Dra. Vanessa Coutinho
Odonto Coutinho"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Nuno Magalhães <nuno@graficamagalhaes.example>",
         to="suporte@printflow.example",
         subject="Re: Upload de PDFs grandes falha",
         body="""\
Olá Tânia,

Só um ponto de situação, já que ainda não tive resposta: continua a acontecer. Qualquer PDF acima de uns 200 MB fica nos 99% e depois dá "Erro no carregamento". Os pequenos entram bem.

Não há pressa nenhuma da nossa parte: entretanto pedimos aos clientes de grande formato que nos mandem os ficheiros por WeTransfer e nós metemo-los à mão na fila de impressão. Dá mais trabalho, mas não estamos parados. Fica só o registo para quando tiverem oportunidade.

Nuno

Em 27/11/2026 16:32, Nuno Magalhães escreveu:
> Boa tarde,
> desde a atualização de terça o upload de PDFs grandes no portal dos clientes
> falha sempre no fim. Lonas e roll-ups, sobretudo. Conseguem ver?
> Obrigado"""),
]
