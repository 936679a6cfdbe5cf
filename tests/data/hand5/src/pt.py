# blind6 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Sequeira <rui.sequeira@fitlab-braga.example>",
         to="suporte@tecnorun.example",
         subject="Passadeira 3 – sala de cardio",
         body="""\
Bom dia,

Sou o responsável técnico do ginásio FitLab, em Braga. Ontem ao fim da tarde uma sócia estava na passadeira n.º 3 (modelo TR-900, série 4471-B) a caminhar a 5 km/h quando a máquina subiu sozinha para a velocidade máxima. Ela puxou a mola vermelha de paragem e a correia continuou a andar durante uns segundos. Acabou projetada para trás contra a elíptica, levou quatro pontos no queixo e saiu daqui com o pulso ligado.

Desliguei a máquina da corrente e pus um papel a dizer "avariada", mas temos mais cinco iguais na sala e hoje de manhã já tive clientes a perguntar se podem usar as outras. Preciso de saber com urgência se há algum problema conhecido com este lote e se devo parar as seis. A família da senhora já pediu um relatório.

Rui Sequeira
FitLab Braga – Manutenção
253 000 471"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Juliana Prado <ju.prado@correio.example>",
         to="sac@petmercado.example",
         subject="ração lote 2611B",
         body="""\
Oi, boa tarde

comprei no site de vocês dia 28 um saco de 15kg da ração Campo Nobre adulto, lote 2611B. abri ontem de manhã. de noite o Thor (labrador, 6 anos) vomitou três vezes e hoje a Mel, que tem 2 anos, amanheceu tremendo e sem conseguir ficar em pé direito. os dois só comem essa ração, não saíram de casa, não pegaram nada na rua.

to agora na clínica veterinária, a dra. pediu foto da etiqueta e perguntou se tem mais casos com esse lote. ela acha que pode ser alguma coisa na ração mas ainda tá esperando o exame de sangue. separei o saco e não dei mais pra eles.

por favor me respondam rápido, se tiver mais gente com esse lote alguém precisa avisar. meu whats é (11) 90000-3321

Juliana"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Helena Brandão <helena.brandao@mail.example>",
         to="assistencia@solarvale.example",
         subject="URGENTE inversor instalado em outubro",
         body="""\
Boa tarde,

O inversor que a vossa equipa instalou na minha garagem no dia 14 de outubro (contrato SV-20931) começou hoje por volta das 13h a fazer um zumbido muito alto e a deitar fumo pela grelha de cima. Quando lá cheguei o cheiro a plástico queimado era muito forte e a caixa estava a ficar escura num dos cantos. Desliguei o disjuntor no quadro e o interruptor DC, como o técnico me explicou. O fumo parou, mas a caixa continua quente ao toque.

A garagem fica por baixo do quarto dos miúdos. Não vou dormir descansada enquanto aquilo estiver ligado aos painéis do telhado. Preciso que alguém venha cá hoje, ou pelo menos que me digam ao telefone se há mais alguma coisa que eu deva desligar. Liguei duas vezes para a linha de assistência e ninguém atendeu.

Helena Brandão
Rua das Açucenas 12, Oliveira de Azeméis"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Marcos Teixeira <marcos.tx@correio.example>",
         to="ajuda@vagafacil.example",
         subject="compras que não fiz no app",
         body="""\
Boa noite. Uso o VagaFácil só em Campinas, pra estacionar perto do trabalho. Hoje abri a fatura do cartão e tem 11 lançamentos do app que não são meus: estacionamento em Recife, Salvador e Fortaleza, tudo entre 2h e 4h da manhã de domingo, total R$ 1.386,40. Eu tava dormindo em casa com o celular do lado.

No histórico do app aparecem placas que eu nunca vi (QRT-4B19, PXA-0J72) e tem um "dispositivo novo" conectado que não é meu. Já troquei a senha e bloqueei o cartão no banco, mas quero saber como alguém entrou na minha conta e quero o estorno disso tudo. E se tem mais cartão de cliente exposto aí, vocês deviam avisar todo mundo.

Marcos Teixeira
CPF final 0-17"""),

    dict(n=5, signals="outage", priority="critical", trap="plain", qt=0, reply=0,
         frm="Clínica Veterinária Patas & Cia <recepcao@patasecia-vet.example>",
         to="suporte@vetsys.example",
         subject="SISTEMA FORA DO AR - urgente",
         body="""\
Bom dia,

O VetSys está fora do ar aqui na clínica desde as 7h40. Em nenhum dos 6 computadores abre, aparece só "Erro ao conectar ao servidor", e no celular também não vai. Já reiniciamos o roteador e testamos com 4G, mesmo resultado.

Hoje temos 3 cirurgias agendadas e a agenda lotada de consultas. Sem o sistema a gente não vê prontuário, carteira de vacina, nem as doses das medicações dos animais internados (são 9 na internação agora). Estamos anotando tudo no papel, mas os veterinários precisam do histórico pra anestesia.

Código do cliente: 40-1187. Por favor liguem no (19) 3000-5521, ramal 2.

Karina – recepção"""),

    dict(n=6, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Nuno Aires <nuno.aires@travessias-sado.example>",
         to="noc@bilhetica-integrada.example",
         subject="Cais de Setúbal",
         body="""\
Boa tarde,

Desde a ligação das 15h30 que os validadores dos dois torniquetes do cais de Setúbal acendem a vermelho para todos os títulos, passes mensais incluídos. Testámos com cartões de colegas e com bilhetes comprados agora mesmo na máquina: vermelho em todos. A máquina de venda também deixou de imprimir talões.

Neste momento estamos a deixar passar as pessoas com os portões abertos e a contar à mão, mas às 17h30 começa a hora de ponta e levamos 600 a 700 passageiros por travessia. Sem validação não temos como controlar a lotação do navio, e a capitania não aceita contas por alto.

Alguém do vosso lado consegue ver o que se passa? O terminal de Tróia, do outro lado, parece estar normal.

Nuno Aires
Chefe de terminal – Travessias do Sado"""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Gráfica Ponto Final <orcamento@graficapontofinal.example>",
         to="suporte@printhub.example",
         subject="não consigo mandar arquivo",
         body="""\
Olá pessoal

desde ontem a tarde não consigo subir nenhum PDF no portal de vocês. a barra vai até 99% e fica lá, depois de uns 5 minutos aparece "sessão expirada" e volta pro começo. tentei chrome, edge, outro computador, arquivo menor (até um de 2 MB). nada.

tenho um pedido de 5 mil folders pra um cliente que precisa entrar na impressão hoje ainda, senão perde o prazo do evento de sábado. conta 88213.

tem outro jeito de mandar o arquivo? wetransfer, e-mail, qualquer coisa

Edson"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sofia Marques <sofia@estudiolinha.example>",
         to="apoio@cowork-lx.example",
         subject="Reservas de salas",
         body="""\
Olá,

Não é nada de grave, mas a app de reservas anda muito lenta desde segunda. Para abrir o calendário das salas de reunião demora quase dois minutos e às vezes mostra a sala como livre quando já está ocupada (ontem apareci na Sala Tejo às 10h e estava lá outra empresa). Pelo site, no computador, funciona bem, por isso tenho reservado por lá.

Somos quatro no Estúdio Linha, plano Fixed Desk. Dá para verem isto?

Obrigada,
Sofia"""),

    dict(n=9, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Dr. Felipe Andrade <felipe@odontoandrade.example>",
         to="suporte@labdent-conecta.example",
         subject="Escaneamentos não chegam no laboratório",
         body="""\
Prezados,

Desde ontem às 17h os escaneamentos que envio do scanner intraoral ScanDent S5 pelo Conecta não chegam ao laboratório. No meu painel aparece "enviado" com o ícone verde, mas o Marcelo, do laboratório Prótese Sul, não recebe nada no painel dele. São 4 casos: 2 coroas, uma placa miorrelaxante e uma protocolo com paciente marcado para sexta.

Reenviei duas vezes hoje de manhã. O sincronizador no computador do consultório mostra a última sincronização "ontem 16:52" e não sai disso.

Consigo exportar o STL e mandar por e-mail enquanto isso? Ou vocês resolvem hoje?

Att.,
Dr. Felipe Andrade
Odonto Andrade – Curitiba"""),

    dict(n=10, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Tatiane Rocha <tati.ateliedobarro@correio.example>",
         to="vendedores@feiraartesanal.example",
         subject="repasse",
         body="""\
Boa tarde!! Minha loja é o Ateliê do Barro (ID vendedor 55120). O repasse que devia cair na terça, referente às vendas de 10 a 24/11, não caiu até agora, e no painel aparece "pago" com data de 02/12. Já conferi com o banco e não entrou nada na conta, nem Pix, nem TED.

São R$ 3.412,70. Eu dependo desse dinheiro pra pagar a argila e a queima da semana que vem e a menina que me ajuda no ateliê. Se o dinheiro foi pra outra conta preciso saber URGENTE, porque meus dados bancários não mudaram.

Mando print do painel e do extrato se precisar.

Tatiane"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Paula Cerqueira <paula.cerqueira@mail.example>",
         to="cantinas@eduservicos-municipais.example",
         subject="Carregamento duplicado – cartão do aluno",
         body="""\
Exmos. Senhores,

No dia 3 carreguei 40 € no cartão da cantina da minha filha (Matilde Cerqueira, 3.º B, EB de Vilar, n.º de aluno 20417) através de MB Way. A aplicação deu erro ao confirmar, tentei de novo e correu bem. Agora vejo no extrato do banco que os 40 € foram debitados duas vezes, mas no portal o saldo da Matilde só subiu 40 €.

Agradeço que verifiquem e devolvam o valor em duplicado, ou então que o carreguem no cartão dela, também me serve.

Junto o comprovativo do banco.

Com os melhores cumprimentos,
Paula Cerqueira"""),

    dict(n=12, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Diego Lima <diegolima87@correio.example>",
         to="contato@pedalaja.example",
         subject="cancelei e continuam cobrando",
         body="""\
Cancelei o plano mensal do PedalJá no dia 5 de novembro, pelo próprio app (tenho o print da tela "Seu plano foi cancelado"). Mesmo assim no dia 5 de dezembro veio de novo a cobrança de R$ 39,90 no meu cartão.

Não peguei nenhuma bike depois disso, podem conferir no histórico. Quero o valor de volta e a confirmação de que não vai ter cobrança em janeiro.

Diego"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Renata Okamoto <renata.okamoto@correio.example>",
         to="reservas@algarverent.example",
         subject="dúvida valor na fatura",
         body="""\
Olá, tudo bem?

Aluguei um carro com vocês em Faro entre 18 e 25/11 (reserva ALG-77310), foi tudo ótimo. Só fiquei com uma dúvida: o voucher dizia 312,00 € e na fatura do meu cartão apareceu o equivalente a 334,50 €. Imagino que a diferença seja a cadeirinha do bebê que acrescentei no balcão, mas não achei isso discriminado no recibo que recebi por e-mail.

Conseguem me mandar o recibo detalhado? Não é reclamação não, é só pra eu fechar as contas da viagem.

Obrigada!
Renata"""),

    dict(n=14, signals="account", priority="high", trap="plain", qt=0, reply=0,
         frm="Joaquim Valente <jvalente.arq@mail.example>",
         to="balcao.digital@cm-ribafria.example",
         subject="Conta bloqueada no Balcão Digital",
         body="""\
Bom dia,

Sou arquiteto e submeto os processos de licenciamento dos meus clientes pelo Balcão Digital da Câmara. Desde ontem, ao entrar com o meu NIF e a palavra-passe, aparece "Utilizador bloqueado. Contacte os serviços." Não errei a palavra-passe nenhuma vez, simplesmente deixou de me deixar entrar. Pedi a recuperação e o e-mail não chega (já vi no spam).

Tenho um aditamento ao processo 412/2026 que tem de dar entrada até sexta-feira, senão o processo é arquivado e o cliente perde a taxa que já pagou. Não consigo fazer nada enquanto a conta estiver assim.

Agradeço a maior brevidade.
Joaquim Valente, arq."""),

    dict(n=15, signals="account", priority="medium", trap="other-sense", qt=0, reply=0,
         frm="Carla Figueiredo <carla.fig@correio.example>",
         to="suporte@seguradoraprisma.example",
         subject="código SMS",
         body="""\
Boa tarde, fiz a portabilidade do meu número de uma operadora pra outra semana passada (continua o mesmo número) e desde então o código de verificação do app Prisma Seguros não chega por SMS. Os outros SMS chegam normal, do banco por exemplo. No computador ainda consigo entrar porque lá ficou salvo, mas no celular novo não passo da tela do código.

Preciso acessar pelo celular pra mandar as fotos e acompanhar o sinistro do meu carro. Apólice 7781-220-04.

Carla"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Ricardo Fontes <ricardo.fontes@transitos-norte.example>",
         to="apoio@freightdesk.example",
         subject="RE: Pedido de reembolso FD-4471",
         body="""\
Boa tarde Inês,

Obrigado. Aproveito para pedir ajuda com outra coisa: o Sérgio Pinto, que era o administrador da nossa conta no FreightDesk, saiu da empresa na semana passada e ninguém cá tem permissões de admin. Não conseguimos adicionar o colega novo do armazém nem retirar o acesso ao Sérgio, que continua ativo. Podem passar a administração para mim? Sou o diretor de operações, envio declaração assinada pela gerência se for preciso.

Ricardo Fontes
Trânsitos Norte, Lda.

-----Mensagem original-----
De: Inês Carvalho <apoio@freightdesk.example>
Enviada: terça-feira, 1 de dezembro de 2026 11:02
Assunto: RE: Pedido de reembolso FD-4471

> Caro Ricardo,
> Confirmamos que o reembolso de 180,00 € relativo à fatura FD-4471, cobrada em duplicado, foi processado hoje e deverá estar na vossa conta em 3 a 5 dias úteis.
> Com os melhores cumprimentos,
> Inês Carvalho – Apoio ao Cliente"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Teresa Nogueira <teresa.nogueira@mail.example>",
         to="clube@farmaciasvitalis.example",
         subject="alterar email",
         body="""\
Olá, boa tarde. Tenho o cartão Clube Vitalis há uns anos e o e-mail que lá está é o do meu antigo emprego, que ainda consigo abrir mas vai ser desativado no fim do ano. Como é que mudo o e-mail da conta para este? Na app só encontro o telefone e a morada para editar.
Obrigada,
Teresa Nogueira (cartão n.º 6004 2219 871)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Bruno Cavalcanti <bruno@cafeteriagrao.example>",
         to="sucesso@cardapiodigital.example",
         subject="Feedback do novo cardápio",
         body="""\
E aí, pessoal do Cardápio Digital!

Passando só pra dar um retorno: desde que a gente colocou o QR code novo nas mesas a cafeteria tá bombando. Sábado foi um estouro, a cozinha virou um inferno de tanto pedido (no bom sentido) e ninguém ficou perdido esperando garçom. Aquele recurso de sugerir sobremesa depois do café é uma bomba, o ticket médio subiu uns 18%.

Só uma sugestão pra próxima versão: deixar a gente destacar o "prato do dia" com uma foto maior. De resto, vocês arrebentaram.

Valeu demais!
Bruno – Cafeteria Grão, Recife"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Miguel Sarmento <producao@teatrodaribeira.example>",
         to="orcamentos@grafica-lumen.example",
         subject="Orçamento cartazes – Fogo Posto",
         body="""\
Boa tarde,

Somos uma pequena companhia de teatro do Porto e vamos estrear a 15 de janeiro a peça "Fogo Posto", de um autor da casa. Precisávamos de um orçamento para:
- 200 cartazes A2, papel mate 170 g, com um laranja fluorescente nas chamas do título;
- 2 000 flyers A6, frente e verso;
- 1 lona 3 x 1 m para a fachada.

O cartaz tem o fundo quase todo preto e temos receio de que a cor "queime" na impressão. É possível fazer uma prova antes? Prazo ideal: até 5 de janeiro.

Obrigado,
Miguel Sarmento
Produção – Teatro da Ribeira"""),

    dict(n=20, signals="-", priority="low", trap="negated", qt=0, reply=0,
         frm="Luciana Barros <luciana.barros@colegioipe.example>",
         to="atendimento@diariodigital-escolar.example",
         subject="agradecimento",
         body="""\
Olá, equipe!

Em outubro eu mandei várias mensagens reclamando que o aplicativo do diário travava no meio do lançamento de notas. Queria dizer que desde a atualização de novembro não tive mais nenhum travamento, nem perdi nenhuma chamada. Fechei o bimestre das minhas 7 turmas sem precisar refazer nada, coisa que não acontecia desde o começo do ano.

Obrigada pela paciência com as minhas mensagens (algumas bem mal-humoradas, confesso).

Abraço,
Luciana Barros
Professora de Geografia – Colégio Ipê"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Gustavo Meireles <gustavo.meireles.dev@correio.example>",
         to="contato@pagueleve.example",
         subject="Candidatura – Analista de Segurança da Informação",
         body="""\
Prezados,

Vi no LinkedIn a vaga de Analista de Segurança da Informação Pleno e gostaria de me candidatar. Trabalho há 4 anos no time de resposta a incidentes de uma fintech, onde investigo tentativas de invasão, vazamento de dados e fraude com cartões, e ajudei a montar o processo de contenção quando um fornecedor nosso teve as credenciais roubadas.

Tenho certificação Security+ e estou terminando uma pós em perícia forense digital. Meu currículo vai em anexo; fico à disposição para uma conversa.

Atenciosamente,
Gustavo Meireles
(21) 90000-4410"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Filipa Rebelo <filipa@clinicadentaria-rebelo.example>",
         to="suporte@agendasaude.example",
         subject="Re: Agenda online indisponível",
         body="""\
Olá Tiago,

Confirmo que já está tudo a funcionar: os lembretes por SMS voltaram a sair ontem à tarde e os pacientes de hoje receberam-nos todos. Muito obrigada pela rapidez e pelo telefonema a explicar o que se passou.

Bom fim de semana,
Filipa

Em qui., 3/12/2026 às 09:14, Filipa Rebelo <filipa@clinicadentaria-rebelo.example> escreveu:
> Bom dia,
> A agenda online está em baixo desde as 8h, nenhuma das rececionistas consegue abrir as marcações e os pacientes estão a ligar a dizer que o link de confirmação dá erro 500.
> Temos a clínica cheia hoje. Por favor vejam isto com urgência.
> Filipa Rebelo"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Wanderley Siqueira <ead@fachorizonte.example>",
         to="suporte@provaonline.example",
         subject="Ninguém consegue entrar – prova às 19h",
         body="""\
Boa tarde,

Desde umas 15h nenhum aluno nosso consegue entrar no ProvaOnline. O login pelo e-mail institucional leva pra tela do código de verificação e o código simplesmente não chega, nem por e-mail nem por SMS. Testamos com contas de professores e da coordenação e é a mesma coisa. Quem já estava logado antes das 15h continua dentro normalmente.

Hoje às 19h temos a avaliação final de Cálculo II e Estatística, são 312 alunos inscritos, a maioria fazendo de casa. Se não resolver até umas 18h vamos ter que adiar e reabrir o calendário, o que atrasa o fechamento do semestre inteiro.

Tem algum jeito de desativar temporariamente a verificação em duas etapas pra nossa instituição (código 2290)?

Wanderley Siqueira
Coordenação de Ensino a Distância – Faculdade Horizonte"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Patrícia Gouveia <patricia.gouveia@correio.example>",
         to="atendimento@locarmais.example",
         subject="Re: Re: caução não devolvida - contrato LM-558012",
         body="""\
Terceiro e-mail sobre o mesmo assunto e até agora só resposta automática.

Devolvi o carro no dia 6 de novembro sem nenhum arranhão, tanque cheio, o funcionário assinou a vistoria. A caução de R$ 2.500,00 continua bloqueada no meu cartão. Isso está comendo meu limite e esse mês eu preciso do cartão pra pagar a matrícula da faculdade do meu filho, que vence dia 10.

Se até sexta isso não for resolvido vou abrir reclamação no Procon e no Reclame Aqui.

Patrícia Gouveia

Em 24 de nov. de 2026, às 10:02, Patrícia Gouveia escreveu:
> Olá, mandei mensagem dia 13 e ninguém respondeu. A caução continua bloqueada no cartão, já faz 18 dias da devolução. Por favor verifiquem.
>
> Em 13 de nov. de 2026, às 18:40, Patrícia Gouveia escreveu:
>> Boa tarde, devolvi o carro dia 06/11 na loja Congonhas, contrato LM-558012. Quando a caução de R$ 2.500 vai ser liberada?"""),
]
