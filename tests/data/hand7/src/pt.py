# blind8 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Cláudia Regina Fontoura <claudia.fontoura@correio.example>",
         to="atendimento@dosamed-brasil.example",
         subject="Dúvida sobre a bomba da minha filha",
         body="""\
Boa tarde,

Minha filha Bia, de 11 anos, usa a bomba Dosa Pro X2 há um ano e meio, fornecida por vocês pelo convênio. Nunca tivemos problema nenhum.

Ontem à noite, às 22h, programei um bolus de 2 unidades para o lanche e a tela mostrou 2,0 normalmente. Uns quarenta minutos depois ela começou a suar frio, ficou tremendo, confusa, não conseguia nem responder direito. O sensor marcava 41. Demos suco e sachê de glicose e levou quase uma hora para ela voltar ao normal. Quando olhei o histórico da bomba, aparece um bolus de 9,5 unidades às 22:03, que ninguém programou.

Desconectamos a bomba e ela está com caneta até segunda ordem da endocrinologista. Preciso saber se vocês já viram isso, como enviamos o aparelho para análise e se existe uma bomba de substituição. Número de série DPX2-0048817.

Obrigada,
Cláudia Fontoura"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tiago Mourão <tiago.mourao@mail-minho.example>",
         to="apoio@voltabikes.example",
         subject="bateria da bicicleta",
         body="""\
Bom dia. Hoje de manhã fui buscar a bicicleta à garagem e a bateria (Volta 500Wh, comprada em março, encomenda 2026-03-1182) estava inchada, com a caixa de plástico aberta de lado e um cheiro intenso a químico. O carregador tinha ficado ligado desde a noite. No chão por baixo havia uma mancha escura e o plástico derretido ficou colado ao suporte.

Desliguei tudo da tomada e pus a bateria no quintal, longe da casa, num balde com areia como vi na internet. Mas não sei se fiz bem nem o que fazer agora. O prédio tem mais 12 garagens iguais à minha.

Por favor respondam depressa.
Tiago Mourão"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Helena Barros Vilaça <helena.vilaca@mail-lisboa.example>",
         to="geral@aquagestao.example",
         subject="Aula de natação de sábado",
         body="""\
Exmos. Senhores,

Sou mãe de uma aluna da turma de natação infantil das 10h00 na Piscina Municipal de Vale Formoso, gerida pela vossa empresa.

No sábado, a meio da aula, havia um cheiro a cloro muito mais forte do que o normal junto ao tanque pequeno. Várias crianças começaram a tossir sem parar e a queixar-se de que os olhos ardiam. O monitor mandou-as sair da água, mas ninguém arejou nem fechou o pavilhão e a aula seguinte começou à hora marcada. A minha filha vomitou duas vezes no carro e passou a noite com falta de ar; a pediatra diz que foi inalação de vapores de cloro. Sei de pelo menos mais quatro crianças que foram ao centro de saúde.

Quero saber o que aconteceu com o doseamento, se o problema já foi corrigido e porque é que a piscina não foi encerrada. A turma volta a ter aula lá na quarta-feira.

Com os melhores cumprimentos,
Helena Barros Vilaça"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Rafael Tenório <rafa.tenorio@correio-web.example>",
         to="ajuda@vaicorrida.example",
         subject="corridas que eu não fiz",
         body="""\
Olá, abri o app hoje de manhã e tem 7 corridas no meu histórico entre ontem às 23h e hoje às 4h, todas em Recife. Eu moro em Porto Alegre e estava dormindo. Somando deu R$ 486,30 no meu cartão Visa final 3321. Também trocaram o idioma do app para inglês e tem um telefone desconhecido cadastrado como "contato de confiança".

Já bloqueei o cartão no banco. Quero o estorno e saber como alguém entrou na minha conta, eu nunca passei minha senha pra ninguém.

Rafael Tenório
(51) 9 0000-2718"""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joana Castelo Branco <producao@teatroribeiraalta.example>",
         to="suporte@bilheteira-plus.example",
         subject="Estreia hoje às 21h — leitores não validam bilhetes",
         body="""\
Boa tarde,

Teatro da Ribeira Alta (cliente 10442). Temos hoje às 21h00 a estreia de "O Inverno dos Pássaros", sala esgotada, 612 lugares.

Desde as 15h que os leitores da entrada dão vermelho em todos os bilhetes, incluindo os que acabámos de emitir na bilheteira só para testar. A bilheteira também não consegue vender: a janela de pagamento fica a carregar e ao fim de um minuto aparece "sessão expirada". Já reiniciámos tudo e mudámos de rede, nada.

As portas abrem às 20h15. Se isto não estiver a funcionar até lá vamos ter 600 pessoas à porta a serem conferidas à mão numa lista impressa que nem sequer conseguimos tirar do sistema.

Liguem-me por favor: 912 000 356.

Joana Castelo Branco
Direção de Produção"""),

    dict(n=6, signals="outage", priority="high", trap="by-name", qt=0, reply=0,
         frm="Vanessa Lopes <vanessa.salao@correio.example>",
         to="suporte@agendabeleza.example",
         subject="sistema fora do ar?",
         body="""\
Oi, o sistema de agendamento está fora do ar? Desde umas 9h não abre nem no computador do salão nem no celular, fica só a tela branca com o logo girando.

Tenho 14 clientes marcadas hoje e não consigo ver horário, profissional, nada. Estou atendendo de memória e pelo WhatsApp.

Salão Estilo & Cia, unidade Tatuapé. Me avisem pfv

Vanessa"""),

    dict(n=7, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Rita Gaspar <rita.gaspar@psi-alvalade.example>",
         to="suporte@consultaonline.example",
         subject="Videoconsultas caem a meio",
         body="""\
Olá,

Desde segunda-feira as videoconsultas na plataforma caem quase sempre entre os 4 e os 6 minutos. O paciente volta a entrar pelo mesmo link e funciona mais uns minutos, depois cai outra vez. Não acontece em todas as sessões, diria que em 7 de cada 10.

Testámos em Chrome, Firefox e na app, e com outra ligação à internet, e é igual. Entretanto estamos a terminar as consultas por telefone, o que dá para desenrascar, mas não é o ideal para sessões de terapia.

Conseguem verificar? Conta CPA-2231, Consultório de Psicologia de Alvalade.

Obrigada,
Rita Gaspar"""),

    dict(n=8, signals="outage", priority="critical", trap="late-reveal", qt=0, reply=0,
         frm="Everton Kaizer <everton.kaizer@transrapido-log.example>",
         to="suporte@wmsbrasil.example",
         subject="Coletores no CD de Cajamar",
         body="""\
Bom dia, equipe.

Sou o coordenador de operações do centro de distribuição da Transrápido em Cajamar. Usamos o WMS de vocês desde 2024, com 60 coletores Android e as empilhadeiras com terminal embarcado.

Desde as 5h40 de hoje nenhum coletor consegue confirmar separação: lê a etiqueta, fica processando e volta "Falha de comunicação — tente novamente". As empilhadeiras também não recebem as tarefas de reabastecimento. Na prática o armazém está parado, e temos 38 carretas agendadas para carregar até as 14h, com entrega para supermercados.

Abrimos o chamado 771204 pelo portal às 6h10 e até agora ninguém respondeu. Preciso de retorno imediato.

Everton Kaizer
(11) 9 0000-6630"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Sofia Meneses Calado <sofia.calado@contas-calado.example>",
         to="suporte@fiscosoft.example",
         subject="Erro ao submeter — prazo sexta-feira",
         body="""\
Bom dia,

Sou contabilista certificada e uso o vosso programa (licença CC-7719) para os meus clientes. Desde ontem à tarde, sempre que carrego em "Submeter à AT" na declaração periódica do IVA, aparece "Erro 500 – pedido não concluído" e a declaração volta a rascunho. Já tentei com três clientes diferentes e noutro computador. A validação local passa sem erros.

O prazo termina sexta-feira e tenho ainda 23 declarações para entregar. Existe alguma forma alternativa de gerar o ficheiro para o submeter diretamente no Portal das Finanças?

Obrigada,
Sofia Meneses Calado"""),

    # ------------------------------------------------------------------ payment
    dict(n=10, signals="payment", priority="medium", trap="after-cancel", qt=0, reply=0,
         frm="Fernanda Leal <fernanda.leal@mail-porto.example>",
         to="clientes@racaoemcasa.example",
         subject="Cancelei e voltaram a cobrar",
         body="""\
Boa noite.

Cancelei a subscrição da ração (Pack Sénior Cão 12 kg, entrega mensal) no dia 14 de novembro, porque o nosso cão, o Tobias, morreu. Recebi o email a confirmar o cancelamento.

Hoje vejo no extrato um débito de 54,90 € com a vossa referência e recebi um aviso de que a encomenda vai a caminho. Por favor cancelem o envio e devolvam o valor. Sinceramente não me apetece nada ter de tratar disto outra vez.

Cliente n.º 88213
Fernanda Leal"""),

    dict(n=11, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Marcos Antônio Ribeiro <marcenaria.ribeiro@correio.example>",
         to="financeiro@servicasa.example",
         subject="Repasse não caiu",
         body="""\
Boa tarde.

Sou marceneiro e recebo pelos serviços contratados através da plataforma. O repasse de novembro, R$ 7.840,00, estava previsto para o dia 5 e até agora não caiu na minha conta (banco, agência e conta são os mesmos de sempre, não mudei nada). No painel aparece "Repasse processado", mas não tem comprovante nem número de transferência.

Com esse dinheiro eu pago a madeira do fornecedor e o salário do meu ajudante, que vence dia 10. Preciso que verifiquem com urgência, por favor.

Marcos Antônio Ribeiro
Marcenaria Ribeiro – Contagem/MG"""),

    dict(n=12, signals="payment", priority="medium", trap="invoice", qt=0, reply=0,
         frm="Rui Pestana <rui.pestana@pestana-transportes.example>",
         to="faturacao@lavagemfrota.example",
         subject="Fatura FT 2026/1187",
         body="""\
Bom dia,

Recebemos a fatura FT 2026/1187, do plano de lavagem de frota de novembro, e vem faturada para 14 viaturas. O nosso contrato é para 9: as 5 carrinhas que aparecem a mais foram vendidas em setembro e já tínhamos pedido por escrito para as retirarem. Além disso o NIF está errado, falta-lhe o último dígito.

Agradeço que anulem esta fatura e emitam uma nova com 9 viaturas e o NIF correto, caso contrário a contabilidade não a consegue lançar.

Cumprimentos,
Rui Pestana
Pestana & Filhos Transportes, Lda."""),

    dict(n=13, signals="payment", priority="high", trap="cannot-pay", qt=0, reply=0,
         frm="Jorge Amaral <jorge.amaral@mail-coimbra.example>",
         to="secretaria@larquintadastilias.example",
         subject="Não consigo pagar a mensalidade",
         body="""\
Boa tarde,

Estou a tentar pagar no vosso portal a mensalidade de dezembro da minha mãe, D. Amélia Amaral, residente no quarto 12, e o cartão é sempre recusado com a mensagem "Pagamento não autorizado". Já tentei três vezes, com dois cartões diferentes, e o banco garante que do lado deles não aparece tentativa nenhuma. A referência Multibanco que vinha na fatura também dá "referência inválida" na caixa.

O prazo é dia 8 e não quero que haja qualquer problema com a minha mãe por falta de pagamento. Como posso pagar?

Obrigado,
Jorge Amaral"""),

    # ------------------------------------------------------------------ account
    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Letícia Andrade Prado <leticia.prado@correio-rapido.example>",
         to="suporte@assinefacil.example",
         subject="Conta bloqueada – preciso assinar hoje",
         body="""\
Olá, boa tarde.

Errei a senha algumas vezes e agora aparece "Conta bloqueada por segurança. Tente novamente em 24 horas". O link de redefinir senha chega no e-mail, mas quando clico diz "token expirado", mesmo clicando na hora.

Preciso assinar hoje até as 18h o contrato de locação do ponto que estamos alugando para a loja, senão o proprietário passa para o próximo interessado. Conta no nome de Letícia Andrade Prado, mesmo e-mail deste. Vocês conseguem desbloquear manualmente?

Obrigada"""),

    dict(n=15, signals="account", priority="medium", trap="wrong-owner", qt=0, reply=0,
         frm="Duarte Sampaio <duarte.sampaio@mail-braga.example>",
         to="apoio@condominio-online.example",
         subject="Fração em nome do anterior proprietário",
         body="""\
Olá,

Comprei a fração do 3.º Esq. do Edifício Miradouro, em Braga, em outubro, e a administração do condomínio pediu-me para usar o vosso portal. Quando me registo com o código da fração, diz que já está associada a outra conta, que é a do anterior proprietário, o Sr. Vasco Meireles. Ele continua a receber as convocatórias e os avisos de quotas, e eu não tenho acesso a nada.

Envio em anexo a escritura e o meu cartão de cidadão. Podem passar a fração para a minha conta?

Obrigado,
Duarte Sampaio"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Paulo Guedes <paulo.guedes@mail-penafiel.example>",
         to="secretaria@ctvalesousa.example",
         subject="Re: Renovação da inscrição 2026/27",
         body="""\
Olá Sandra, obrigado pela resposta rápida.

O problema agora é outro: desde que a renovação ficou concluída, a minha conta na app do clube desapareceu. Tento entrar e diz "utilizador não encontrado", e se me tento registar de novo com o mesmo email diz que já existe. Perdi o histórico de jogos e as marcações dos campos de ténis que tinha para este mês.

Conseguem recuperar a conta antiga? Sócio n.º 1187.

Paulo

No dia 2/12/2026, às 10:14, Secretaria CT Vale do Sousa escreveu:
> Bom dia Paulo, confirmamos a receção do pagamento e a renovação está concluída.
>
> No dia 1/12/2026, às 21:40, Paulo Guedes escreveu:
>> O débito direto da quota anual foi devolvido pelo banco e ainda me cobraram
>> 5 € de comissão. Já paguei os 180 € por transferência, segue o comprovativo."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Priscila Mota <priscila.mota1990@correio.example>",
         to="ajuda@vagasja.example",
         subject="Como trocar o e-mail da conta?",
         body="""\
Olá!

Criei minha conta de recrutadora na plataforma com meu e-mail pessoal, antes de a empresa assinar o plano. Agora queria passar tudo para o e-mail corporativo (priscila.mota@vidrarianorte.example) sem perder as vagas abertas nem os candidatos salvos.

Tem como fazer isso pelo painel ou preciso pedir para vocês?

Valeu!
Priscila"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Leonor Teixeira <leonor@hortoquintavelha.example>",
         to="sucesso@lojaverde-plataforma.example",
         subject="Feedback, como prometido",
         body="""\
Boa tarde,

Só para vos dar o feedback que prometi à Inês na reunião. Desde que mudámos para a vossa plataforma, a loja online do Horto da Quinta Velha está a bombar: em novembro vendemos o triplo das árvores de Natal do ano passado, e o módulo de entregas por zona é simplesmente brutal. A equipa do armazém anda doida com tantas encomendas, mas no bom sentido!

Uma sugestão: seria ótimo poder marcar certas plantas (as oliveiras grandes, por exemplo) como "só recolha na loja", para não termos de cancelar à mão quem as encomenda com entrega.

Cumprimentos,
Leonor Teixeira"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Juliana Brandão <ju.brandao@correio.example>",
         to="sac@raizforte-cosmeticos.example",
         subject="Dúvida antes de comprar",
         body="""\
Oi, boa tarde!

Estou com bastante queda de cabelo depois da gravidez e a minha cabeleireira me indicou o kit Raiz Forte (shampoo + tônico). Antes de comprar queria saber:

- pode ser usado amamentando?
- se eu não me adaptar, vocês aceitam devolução do produto aberto ou só lacrado?
- moro em Campinas, quanto tempo leva a entrega?

Obrigada!
Juliana"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Alexandre Pinho <alex.pinho@mail-almada.example>",
         to="clientes@cinemar.example",
         subject="INACEITÁVEL!!!",
         body="""\
Fui ontem à sessão das 21h30 da sala 4 no CineMar e ESTAVA TUDO NOJENTO. Pipocas no chão, a cadeira H12 pegajosa, e as pipocas que comprei estavam FRIAS e moles. Ainda por cima foram 25 minutos de anúncios antes do filme!!!

Não quero reembolso nenhum, quero é que alguém limpe as salas como deve ser entre sessões. Se continua assim nunca mais lá ponho os pés, e olhem que vou lá todas as semanas.

Alexandre Pinho"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Marta Salgueiro Nunes <marta.snunes@mail-setubal.example>",
         to="suporte@linhadireta-callcenter.example",
         subject="Candidatura – Técnico de Suporte N2",
         body="""\
Exmos. Senhores,

Venho por este meio apresentar a minha candidatura à vaga de Técnico de Suporte N2 publicada no vosso site.

Nos últimos quatro anos trabalhei no centro de operações de um operador de telecomunicações, onde fazia a triagem de incidentes críticos, falhas de serviço e interrupções de rede, e dava apoio a clientes com contas bloqueadas e problemas de faturação. Tenho licenciatura em Engenharia Informática e certificação ITIL 4.

Envio em anexo o meu CV e fico disponível para uma entrevista quando vos for conveniente.

Com os melhores cumprimentos,
Marta Salgueiro Nunes
913 000 482"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Inês Carvalhal <ines.carvalhal@mail-aveiro.example>",
         to="encomendas@pastelaria-ondina.example",
         subject="RE: Sinal da encomenda cobrado duas vezes",
         body="""\
Olá Catarina,

Só para dizer que o reembolso dos 120 € já apareceu ontem na conta. Obrigada por terem tratado disto tão depressa!

E aproveito: o bolo do casamento estava divinal, três andares de pão de ló com frutos vermelhos e não sobrou uma migalha. A minha sogra já anda a pedir o vosso contacto para os anos dela em março.

Beijinhos e boas festas,
Inês Carvalhal

-----Mensagem original-----
De: Inês Carvalhal
Enviada: terça-feira, 24 de novembro de 2026 18:47
Para: encomendas@pastelaria-ondina.example
Assunto: Sinal da encomenda cobrado duas vezes

> Boa tarde, paguei o sinal de 120 € do bolo de casamento (encomenda 2611-B)
> e no extrato aparece o débito duas vezes. Podem verificar e devolver o valor
> cobrado a mais?"""),

    # ------------------------------------------------------------------ context
    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Patrícia Gouveia Lins <patricia.lins@correio.example>",
         to="central@casasegura-alarmes.example",
         subject="Celular roubado – app do alarme",
         body="""\
Boa noite.

Fui assaltada hoje na saída do metrô e levaram meu celular. O app de vocês estava logado nele, e pelo app dá para desarmar o alarme e abrir a fechadura da porta da frente. Na bolsa também estava meu RG, com o endereço.

Tentei entrar pelo computador para tirar o acesso do aparelho, mas o código de verificação vai justamente para o celular roubado, então não consigo.

Preciso que vocês bloqueiem o acesso desse aparelho e me ajudem a recuperar a conta. Vou dormir na casa da minha irmã esta noite. Contrato 5521-0098.

Patrícia Gouveia Lins
(21) 9 0000-4417"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Nuno Figueiredo Pacheco <nuno.pacheco@metroligeirovale.example>",
         to="sla@infopassageiro.example",
         subject="SLA Ouro – atraso nos painéis das paragens",
         body="""\
Boa tarde,

Escrevo em nome da Metro Ligeiro do Vale (contrato de serviço ML-2025-004, nível Ouro, tempo de resposta de 2 horas).

Desde as 13h os painéis das paragens e os ecrãs dentro dos elétricos mostram os tempos de espera com 8 a 12 minutos de atraso em relação à posição real das composições. O sistema não está parado, continua a mostrar informação, mas errada. Os passageiros estão a perder ligações nas estações de correspondência e o centro de controlo já recebeu dezenas de reclamações. Ainda temos a hora de ponta da tarde pela frente.

Ao abrigo do contrato, pedimos contacto telefónico de um engenheiro dentro do prazo de resposta e um relatório de causa raiz.

Cumprimentos,
Nuno Figueiredo Pacheco
Responsável de Sistemas de Informação ao Passageiro"""),
]
