# blind5 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Luciana Bertoldo <lu.bertoldo@caixapostal.example>",
         to="sac@fritamais.example",
         subject="fritadeira modelo FX-450",
         body="""\
Boa noite,

comprei a fritadeira sem óleo FX-450 de vocês faz uns 20 dias (pedido 7781-230). Hoje à tarde eu estava fazendo batata e comecei a sentir um cheiro forte de plástico derretido. Quando fui ver, o fio perto do plugue estava mole e quente demais pra segurar, e a tomada da cozinha ficou com uma mancha marrom em volta dos furinhos. Desliguei no disjuntor na hora.

O plugue ficou deformado, dá pra ver que uma das pontas meio que grudou. Minha filha de 6 anos estava do lado da bancada, graças a Deus não encostou em nada.

Não vou ligar esse aparelho de novo nem a pau. Tirei fotos de tudo. Quero saber o que vocês vão fazer, porque se eu não estivesse em casa não sei o que teria acontecido. Isso não é normal para um produto que tem selo do Inmetro.

Luciana"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Meireles <rui.meireles@correio-norte.example>",
         to="apoio.consumidor@bolachasdoavo.example",
         subject="Bolachas Avó Rosa - lote 24/118",
         body="""\
Exmos. Senhores,

Venho por este meio informar do que se passou ontem com o meu filho Tomás, de 4 anos.

Compramos no supermercado uma embalagem das vossas bolachas de manteiga "Avó Rosa", que na embalagem diz claramente "sem frutos de casca rija". Escolhemos precisamente essas por causa disso, porque o Tomás não pode comer amendoim nem avelã.

Uns dez minutos depois de comer duas bolachas começou a coçar a boca, os lábios incharam de uma forma que nunca tinha visto e a voz ficou rouca. Tivemos de usar a caneta de adrenalina que andamos sempre connosco e fomos a correr para as urgências do hospital, onde ficou em observação até de madrugada. Felizmente agora está bem.

A médica disse que a reação é compatível com aquilo a que ele é sensível. Guardei a embalagem com o resto das bolachas, lote 24/118, validade 03/2027.

Peço que analisem este lote com urgência, porque há mais pais que confiam nesse rótulo. Aguardo contacto.

Com os melhores cumprimentos,
Rui Meireles"""),
    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Diogo Fontinha <diogo.fontinha@mailbox-pt.example>",
         to="suporte@voltaride.example",
         subject="URGENTE - trotinete partiu-se em andamento",
         body="""\
Bom dia,

Tenho uma trotinete elétrica VoltaRide S2 comprada na vossa loja online em julho (encomenda VR-55190).

Ontem ao fim do dia, ia a uns 20 km/h numa descida em Almada quando o mecanismo de dobragem da coluna cedeu sozinho. O guiador veio para a frente, eu fui projetado e caí com a cara no chão. Resultado: seis pontos no queixo, dois dentes partidos e o pulso ligado. Podia ter sido muito pior se viesse um carro.

A trotinete nunca caiu nem levou pancadas, e eu fecho sempre a alavanca até fazer o clique. Já vi em fóruns que outras pessoas se queixam da mesma peça a ganhar folga.

Quero que me digam se há algum aviso ou recolha para este modelo e como procedo para a reclamação. Tenho o relatório das urgências e fotos da peça.

Diogo Fontinha
912 000 431"""),
    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marcos Vinícius Araújo <marcosv.araujo@webmail-br.example>",
         to="atendimento@bancotupi.example",
         subject="Pix que eu NÃO fiz",
         body="""\
Olá, preciso de ajuda urgente.

Acabei de abrir o app e tem 3 Pix saindo da minha conta hoje de madrugada, entre 2h10 e 2h40, um de R$ 1.950, um de R$ 2.300 e outro de R$ 980, tudo pra um tal de "J S COMERCIO DIGITAL". Eu estava dormindo nesse horário, meu celular tava do lado da cama. Nunca ouvi falar dessa empresa.

Também vi que o limite do Pix noturno foi alterado ontem à noite, e eu não mexi nisso. Recebi um SMS estranho semana passada pedindo pra "regularizar o token" e não cliquei, mas agora não sei de mais nada.

Já troquei a senha. Por favor bloqueiem tudo e abram a contestação (MED), esse dinheiro é o aluguel do mês.

Agência 0412, conta 88213-7
Marcos Vinícius Araújo"""),
    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Clínica Sorriso Lumiar <rececao@clinicasorrisolumiar.example>",
         to="helpdesk@agendaclinic.example",
         subject="agenda não abre - 3 receções paradas",
         body="""\
Bom dia,

Desde as 8h00 nenhum dos computadores das nossas três receções (Lumiar, Telheiras e Odivelas) consegue entrar na agenda. Fica o circulo a rodar no ecrã e ao fim de um minuto aparece "Erro de ligação ao servidor (código 0x1F)". Já reiniciámos os computadores e o router, e testámos a partir de casa de uma colega, acontece o mesmo.

Temos a sala de espera cheia, não sabemos que doentes estão marcados para que médico, nem conseguimos ver as fichas clínicas antes das consultas. Estamos a tentar gerir com papel, mas é impossível com 60 marcações de manhã.

Por favor liguem-nos assim que possível para o 210 000 872.

Sandra Pimentel
Coordenadora administrativa
Clínica Sorriso Lumiar"""),
    dict(n=6, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Thiago Nogueira <thiago@casadocafeartesanal.example>",
         to="suporte@lojafacil.example",
         subject="LOJA FORA DO AR!!!",
         body="""\
Pessoal, minha loja está fora do ar desde mais ou menos 23h de ontem. Quem entra em casadocafeartesanal.example vê só uma página branca escrita "502 Bad Gateway". O painel admin abre, mas os pedidos pararam de entrar: último pedido foi 22h47.

Hoje é o primeiro dia da nossa promoção de aniversário, mandamos e-mail marketing pra 12 mil clientes às 7h e todo mundo tá caindo nessa página. Já recebi um monte de mensagem no Instagram perguntando se a loja fechou.

Não mudei nada no tema nem no domínio. Verifiquei a página de status de vocês e tá tudo verde, o que não faz sentido.

Preciso disso resolvido AGORA, cada hora parado é prejuízo.

Thiago Nogueira
Casa do Café Artesanal
Plano Pro - ID da loja 40718"""),
    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Inês Valadares <ines.valadares.design@mailbox-pt.example>",
         to="suporte@nuvemarquivo.example",
         subject="ficheiros não sincronizam",
         body="""\
Olá,

A aplicação de secretária no meu Mac deixou de sincronizar hoje por volta das 9h. O ícone fica com as setinhas a girar e diz "A preparar alterações..." há mais de cinco horas. Na versão web, as pastas que alterei esta manhã aparecem com a versão de ontem.

Já saí e voltei a entrar, reinstalei a aplicação (versão 4.12.3) e reiniciei o computador. Nada.

Trabalho sozinha e tenho de entregar hoje à tarde as artes finais a um cliente, que as vai buscar à pasta partilhada. Neste momento ele não tem acesso a nada do que fiz hoje e eu não consigo trabalhar assim.

Obrigada,
Inês Valadares
conta: ines.valadares.design@mailbox-pt.example"""),
    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Felipe Kawano <felipe.kawano@fretzdev.example>",
         to="api-support@rotagps.example",
         subject="503 intermitente no endpoint /v2/routes",
         body="""\
Oi, time,

Desde ontem umas 16h (horário de Brasília) o endpoint POST /v2/routes está devolvendo 503 Service Unavailable em mais ou menos 1 a cada 5 chamadas. Os outros endpoints parecem ok.

Coloquei retry com backoff e na segunda ou terceira tentativa quase sempre passa, então a operação não parou, mas a latência média subiu de 300 ms pra uns 2,5 s e o pessoal da roteirização tá reclamando que a tela demora.

Exemplo de request-id que falhou: 7f3c0a9e-11b2-4c8e-9d0f-52a1e6b8c4d1 (hoje 10:14:22).

Conta: FRETZ-LOG / chave de produção terminando em ...a91c

Conseguem ver se é algo do lado de vocês?

Valeu,
Felipe Kawano
Dev backend - Fretz Logística"""),
    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Maria do Céu Tavares <mceu.tavares@correio-norte.example>",
         to="apoio@fibralar.example",
         subject="Sem net desde sábado",
         body="""\
Boa tarde

Estou sem internet em casa desde sábado à noite. A luz do router (aquela que diz LOS) está vermelha a piscar e as outras estão apagadas. Já desliguei da corrente várias vezes e nada. Liguei para a linha de apoio ontem e disseram que iam abrir um pedido, mas até agora ninguém apareceu nem me disseram nada.

Eu trabalho a partir de casa (teletrabalho 4 dias por semana) e estou a usar os dados do telemóvel, que já acabaram. Hoje tive de ir para um café para conseguir fazer uma reunião.

Contrato nº 3300-812-77, morada Rua das Flores 14, 2º esq, Braga.

Por favor mandem um técnico o mais rápido possível.

Maria do Céu Tavares"""),
    dict(n=10, signals="payment", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Patrícia Lins <patricialins82@caixapostal.example>",
         to="contato@modaverao.example",
         subject="pedido 55201 apareceu 2x na fatura",
         body="""\
Oi, boa tarde!

Fiz uma compra no site de vocês dia 28/10 (pedido 55201, um vestido e duas blusas) no valor de R$ 389,90 no cartão de crédito, em 3x.

Quando a fatura fechou vi que tem DOIS lançamentos iguais, "MODAVERAO*LOJA 1/3" de R$ 129,96, com a mesma data. Só recebi um pacote e no meu cadastro aparece só um pedido.

Acho que na hora deu erro na tela de pagamento e eu cliquei de novo, pode ter sido isso. Podem verificar e estornar a segunda cobrança? Segue print da fatura em anexo.

Obrigada!
Patrícia"""),
    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Joaquim Salgueiro <j.salgueiro@netcabo-mail.example>",
         to="devolucoes@electrocasa.example",
         subject="Devolução 2024-RT-0931 - reembolso",
         body="""\
Boa tarde,

No dia 14 de outubro devolvi na loja do Norteshopping um aspirador (encomenda 889102, 179,99 €), que chegou com defeito. Na altura deram-me um comprovativo a dizer que o reembolso seria feito no prazo de 14 dias para o mesmo cartão.

Já passaram mais de três semanas e até hoje o valor não entrou. Fui ao banco e confirmaram que não há nenhum crédito pendente da vossa parte.

Agradecia que me dissessem em que ponto está o processo e quando posso contar com o dinheiro.

Cumprimentos,
Joaquim Salgueiro"""),
    dict(n=12, signals="payment", priority="high", trap="implicit", qt=0, reply=0,
         frm="Renata Oliveira <renata@artesdaserra.example>",
         to="vendedores@mercadoverde.example",
         subject="repasse de outubro não caiu",
         body="""\
Boa tarde,

Sou vendedora na plataforma (loja Artes da Serra, ID vendedor 120944). O repasse das vendas da segunda quinzena de outubro, R$ 14.870,35, estava previsto para cair na minha conta dia 05/11. Hoje é dia 08 e não caiu nada.

No painel aparece o status "Liberado" desde o dia 05, mas o comprovante não abre e o banco não tem registro de TED nenhum. Os dados bancários são os mesmos de sempre, não alterei.

Eu dependo desse valor pra pagar fornecedores e as duas funcionárias, o salário vence sexta. Já abri dois chamados pelo chat (#778120 e #778433) e só recebi resposta automática.

Por favor, preciso de uma posição hoje.

Renata Oliveira
Artes da Serra - Cerâmica artesanal
(11) 90000-3318"""),
    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Helena Brito <helena.brito@sapomail.example>",
         to="clientes@aguasdoribeiro.example",
         subject="dúvida fatura novembro",
         body="""\
Olá,

Uma pergunta rápida: na fatura da água deste mês aparece uma linha "Taxa de emissão em papel - 0,50 €" que nunca tinha visto. Não é nada de grave, mas fiquei curiosa.

É uma taxa nova? Se eu passar para fatura eletrónica deixa de ser cobrada? E onde é que faço essa alteração?

Cliente n.º 100-45872

Obrigada e bom dia,
Helena Brito"""),
    dict(n=14, signals="account", priority="high", trap="implicit", qt=0, reply=0,
         frm="Nuno Carreira <nuno.carreira.toc@contabil-lx.example>",
         to="suporte@contafacil.example",
         subject="Não consigo entrar - preciso de submeter hoje",
         body="""\
Bom dia,

Depois de três tentativas (parece que o gestor de palavras-passe do browser tinha uma antiga guardada) aparece a mensagem "Por motivos de segurança o seu acesso foi suspenso. Contacte o suporte." e não me deixa fazer mais nada. O link "Esqueci-me da palavra-passe" diz que o utilizador está bloqueado e não envia e-mail nenhum.

Sou contabilista certificado e tenho 11 declarações periódicas de IVA de clientes para submeter até às 23h59 de hoje. Sem acesso ao programa não consigo gerar os ficheiros.

Utilizador: ncarreira / NIF da empresa 500 000 123.

Podem desbloquear com urgência? Estou disponível por telefone a qualquer hora.

Nuno Carreira"""),
    dict(n=15, signals="account", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Camila Fernandes <camila.fer@webmail-br.example>",
         to="ajuda@estudaon.example",
         subject="código não chega",
         body="""\
oi

troquei de número de celular mês passado (era da Vivo e agora sou da Claro, número novo) e esqueci de atualizar no app. agora toda vez que tento entrar ele manda o código de verificação pro número antigo, que nem existe mais.

tentei a opção "não recebi o código" mas ela só oferece reenviar pro mesmo número.

meu login é camila.fer@webmail-br.example, o curso é o preparatório do ENEM. tô perdendo as aulas ao vivo da semana, dá pra mudar o número por aí? posso mandar foto do RG se precisar

obg"""),
    dict(n=16, signals="account", priority="medium", trap="context", qt=0, reply=0,
         frm="Pedro Mascarenhas <p.mascarenhas@oficinasmascarenhas.example>",
         to="suporte@gestfrota.example",
         subject="Administradora saiu da empresa",
         body="""\
Caros,

A nossa colega Filipa Rebelo saiu da empresa na sexta-feira e era a única pessoa com perfil de administrador na nossa conta (cliente 6650-OM). Os outros quatro utilizadores só têm perfil de consulta, por isso neste momento ninguém consegue criar utilizadores novos, alterar permissões ou ver a faturação.

O e-mail dela (filipa.rebelo@oficinasmascarenhas.example) já foi desativado, portanto não dá para fazer a recuperação pela conta dela.

Eu sou o sócio-gerente e gostaria que o perfil de administrador passasse para mim. Posso enviar a certidão permanente da empresa ou o que for necessário para provar isso.

Entretanto o sistema continua a funcionar para o dia-a-dia, mas precisamos de dar acesso a um mecânico novo que começa na segunda.

Obrigado,
Pedro Mascarenhas
Oficinas Mascarenhas, Lda."""),
    dict(n=17, signals="account", priority="low", trap="question", qt=0, reply=0,
         frm="Gustavo Prado <gustavo.prado@correiorapido.example>",
         to="suporte@viajebem.example",
         subject="Pergunta",
         body="""\
Olá, tudo bem?

Queria trocar o e-mail do meu cadastro de vocês. Hoje uso o e-mail do trabalho (gustavo.prado@correiorapido.example), mas vou sair da empresa no fim do ano e não quero perder o histórico de viagens nem os pontos do programa de fidelidade.

Procurei em "Minha conta" > "Dados pessoais" e o campo do e-mail aparece cinza, não deixa editar. Tem algum outro jeito de fazer isso pelo site ou só com vocês?

Sem pressa nenhuma, só quero deixar isso resolvido antes de dezembro.

Abraço,
Gustavo"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bruna Teixeira <bruna@doceriabrunat.example>",
         to="contato@cardapiodigital.example",
         subject="vocês são demais",
         body="""\
Oi gente!!

Só passando pra dizer que desde que a gente começou a usar o cardápio digital de vocês a doceria tá PEGANDO FOGO. Sábado passado foram 214 pedidos pelo QR code, recorde absoluto, a cozinha quase não deu conta kkkk

Esse recurso novo de sugerir a sobremesa junto com o café é matador, o ticket médio subiu uns 18% no mês. Minha sócia tava com o pé atrás no começo e agora é a maior fã.

Se precisarem de depoimento pro site ou quiserem gravar um vídeo aqui na loja é só chamar, a gente topa.

Beijos e obrigada pelo capricho!
Bruna
Doceria Bruna T. - Curitiba"""),
    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Teresa Albuquerque <teresa.albuq@netcabo-mail.example>",
         to="info@casadecortinas.example",
         subject="Cortinas blackout para quarto de bebé",
         body="""\
Boa tarde,

Estou a pensar encomendar as vossas cortinas Blackout Total (cor areia) para o quarto do bebé, que nasce em janeiro. O quarto tem uma janela de 160 x 140 cm.

Antes de encomendar tenho algumas dúvidas:
- Fazem por medida ou só têm os tamanhos standard do site?
- Se a cor não ficar bem com as paredes, posso devolver? Qual é o prazo e quem paga os portes?
- O varão está incluído ou é à parte?

Obrigada desde já,
Teresa Albuquerque"""),
    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Rodrigo Azevedo <rodrigo.azevedo@estudiorz.example>",
         to="feedback@notafacil.example",
         subject="feedback da versão 3.8",
         body="""\
Fala, pessoal.

Queria dar um retorno sobre a atualização 3.8. Nas versões anteriores o app travava direto quando eu tentava anexar foto de nota fiscal com o celular, e umas duas vezes perdi o lançamento inteiro. Já tinha até reclamado aqui.

Desde que atualizei, há umas três semanas, não travou nem uma vez e não perdi mais nada. A leitura do código de barras também ficou bem mais rápida.

Só uma sugestão: seria legal poder escolher a categoria padrão das despesas, hoje sempre vem "Outros".

No mais, parabéns pelo trabalho.

Rodrigo Azevedo
Estúdio RZ Arquitetura"""),
    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Beatriz Loureiro <beatriz.loureiro.cv@mailbox-pt.example>",
         to="recrutamento@telcosul.example",
         subject="Candidatura - Técnico(a) de Suporte N2 (ref. SUP-2611)",
         body="""\
Exmos. Senhores,

Venho apresentar a minha candidatura à vaga de Técnico(a) de Suporte de Nível 2 publicada no vosso site.

Nos últimos quatro anos trabalhei no centro de operações de um operador de telecomunicações, onde acompanhava falhas de rede e cortes de serviço em tempo real, coordenava a resposta a incidentes críticos e tratava pedidos de desbloqueio de contas e reposição de palavras-passe. Fiz também parte da equipa que investigava tentativas de fraude em pagamentos, o que me deu uma boa base em procedimentos de segurança.

Sou uma pessoa calma sob pressão e gosto de explicar coisas técnicas a clientes que não são da área.

Junto envio o meu CV e a carta de recomendação da minha chefia. Tenho disponibilidade imediata para a zona de Setúbal ou regime híbrido.

Com os melhores cumprimentos,
Beatriz Loureiro"""),
    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Armando Costa <armando.costa@transportescosta.example>",
         to="suporte@rastreiapro.example",
         subject="Re: Plataforma indisponível - pedido #41207",
         body="""\
Boa tarde Sr. Henrique,

Confirmo que já está tudo a funcionar desde as 15h, os camiões voltaram a aparecer no mapa e os motoristas conseguiram fechar as entregas no telemóvel. Obrigado pela rapidez e pela chamada a explicar o que se passou.

Pode fechar o pedido.

Armando Costa
Transportes Costa & Filhos

Em ter., 10/11/2026 às 11:02, Armando Costa <armando.costa@transportescosta.example> escreveu:
> Bom dia,
> a plataforma está em baixo desde as 9h30. Ninguém aqui no escritório
> consegue ver a localização da frota e os motoristas dizem que a app
> dá erro ao abrir. Temos 23 camiões na estrada, por favor vejam isto já.
> Armando Costa"""),
    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Leandro Matos <leandro.matos@grupoboavista.example>",
         to="suporte@identidadecloud.example",
         subject="Ninguém consegue logar - SSO",
         body="""\
Boa tarde,

Desde umas 13h nenhum colaborador do Grupo Boa Vista consegue entrar nos sistemas pelo login único de vocês. A pessoa digita usuário e senha, o app autenticador nem recebe a notificação, e depois de 30 segundos aparece "Falha na verificação. Tente novamente mais tarde." Testamos com 15 usuários diferentes, de redes diferentes, inclusive do 4G.

Isso está travando tudo: são 3 lojas e o centro de distribuição, mais ou menos 280 pessoas, sem acesso ao ERP, ao e-mail e ao sistema de ponto. Os caixas que já estavam logados continuam, mas quem troca de turno às 14h não vai conseguir abrir o caixa.

Nosso tenant: grupoboavista-prod. Contrato Enterprise.

Favor tratar como prioridade máxima. Estou no (31) 90000-7420.

Leandro Matos
Coordenador de TI - Grupo Boa Vista"""),
    dict(n=24, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Sofia Rangel <sofia.rangel@sapomail.example>",
         to="suporte@ginasiofit.example",
         subject="RE: Recuperação de acesso à área de sócio",
         body="""\
Olá Carla,

Obrigada, já consegui entrar com a palavra-passe nova.

Mas agora que vejo o histórico na área de sócio reparei noutra coisa: a mensalidade de novembro (34,90 €) foi debitada duas vezes, uma no dia 1 e outra no dia 3, ambas por débito direto. No extrato do banco aparecem as duas. Podem devolver uma delas ou abater na mensalidade de dezembro, como for mais fácil para vocês.

Sócia n.º 20418

Sofia

-----Mensagem original-----
De: Carla Pinto <carla.pinto@ginasiofit.example>
Enviada: segunda-feira, 9 de novembro de 2026 17:40
Para: Sofia Rangel
Assunto: RE: Recuperação de acesso à área de sócio

> Cara Sofia,
> a sua conta estava bloqueada por excesso de tentativas de início de
> sessão. Já a desbloqueámos e enviámos um link para definir uma nova
> palavra-passe.
> Com os melhores cumprimentos,
> Carla Pinto"""),
]
