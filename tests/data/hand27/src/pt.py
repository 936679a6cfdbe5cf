# blind28 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofia Carvalhal <sofia.carvalhal@correio.example>",
         to="apoio@ascenda-elevacao.example",
         subject="Cadeira elevatória – a minha mãe ficou com o pé preso",
         body="""\
Bom dia,

Ontem à noite a minha mãe (84 anos) estava a subir na cadeira elevatória que instalaram cá em casa
em março (modelo Ascenda Curva, contrato 2025-CE-0471). A meio da escada o apoio dos pés dobrou
para baixo sozinho e o pé direito dela ficou entalado entre o apoio e o degrau. A cadeira não
parou: continuou a subir mais uns 30 cm e só parou quando eu arranquei a ficha da tomada.

Ela tem o tornozelo inchado e roxo e hoje de manhã fomos ao centro de saúde. Fizeram raio-X, não
há fratura, mas está com uma ligadura e mal consegue pôr o pé no chão.

A cadeira está desligada desde ontem e a minha mãe não tem como ir para o quarto, que é no primeiro
andar. Está a dormir no sofá da sala. Não volto a ligar aquilo enquanto alguém não a vier ver.

Preciso que venha cá um técnico o mais depressa possível. Estou em casa todo o dia.

Sofia Carvalhal
Rua das Amoreiras 12, Tomar"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Juliana Prado Moreira <ju.pradomoreira@mailbr.example>",
         to="atendimento@termas-spa.example",
         subject="dúvida sobre a banheira de hidromassagem",
         body="""\
Oi, tudo bem?

É normal dar uma espécie de formigamento quando a gente encosta na escadinha de inox da
hidromassagem com a bomba ligada? Meu marido sentiu na mão no sábado e achou que era impressão.
Ontem meu filho de 9 anos saiu da água falando que "a escada tá dando choquinho". Quando eu desligo
a bomba no painel, para de acontecer.

A banheira é a Termas Spa 4 lugares, comprada em outubro (pedido 20931), e a instalação elétrica
foi feita pelo eletricista que vocês indicaram.

Posso continuar usando normalmente ou é melhor esperar? As crianças estão doidas para entrar de
novo hoje à tarde.

Abraço,
Juliana"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Henrique Valadares <h.valadares@mailpt.example>",
         to="suporte@lar-gestao.example",
         subject="Portal do Inquilino mostra documentos de outras pessoas",
         body="""\
Exmos. Senhores,

Ao entrar hoje no Portal do Inquilino para descarregar o recibo de renda de novembro, a secção
"Os meus documentos" apresentou-me 14 ficheiros que não são meus: cópias de cartões de cidadão,
declarações de IRS, recibos de vencimento e uma declaração de fiador, todos de outros inquilinos
do mesmo prédio (Av. Infante Santo 208). Consigo abrir qualquer um deles. Abri apenas o primeiro
para perceber do que se tratava e fechei de imediato.

Tenho de presumir que os meus próprios documentos, que vos entreguei em julho com a renovação do
contrato, estão igualmente à vista de quem entrar no portal.

Solicito que desativem essa secção de imediato, que me confirmem por escrito quem teve acesso aos
meus dados e desde quando, e que informem os restantes inquilinos.

Com os melhores cumprimentos,
Henrique Valadares
Fração 3.º Esq., contrato n.º AR-2023-0562"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Meireles <rui.meireles@correio.example>",
         to="apoio@glicolink.example",
         subject="Sensor GlicoLink 2 – valores muito diferentes da picada no dedo",
         body="""\
Boa tarde,

A minha filha Matilde (11 anos, diabetes tipo 1) usa o sensor GlicoLink 2 ligado à bomba em modo
automático.

Esta madrugada, pelas 3h, acordou a tremer e toda suada. A aplicação mostrava 142 mg/dL com a seta
estável. Fiz a picada no dedo: 46. Dei-lhe sumo e voltei a medir 20 minutos depois: 71 no dedo,
150 no sensor. Como a bomba estava a usar o valor do sensor, continuou a dar insulina durante a
noite como se estivesse tudo bem.

Retirei o sensor e passámos para modo manual. Ela agora está bem e foi para a escola com o
glucómetro.

O sensor é do lote GL2-24-0913 e foi colocado há 4 dias. Tenho mais três sensores do mesmo lote em
casa. Posso usá-los ou não? Preciso de saber ainda hoje, porque o próximo tem de ser colocado
amanhã de manhã.

Rui Meireles"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Carlos Amaral <operacoes@taxismondego.example>",
         to="suporte@despachar.example",
         subject="URGENTE – tablets dos motoristas não recebem serviços",
         body="""\
Bom dia,

Desde as 7h40 os tablets dos nossos 112 táxis mostram "A aguardar serviços" e não recebem nenhum.
No backoffice os pedidos entram e ficam em "A atribuir" sem nunca passarem para um carro. Já
reiniciámos tablets, o servidor local e o router da central.

Neste momento a central tem cerca de 40 chamadas em espera e as pessoas desligam. A rádio ainda
funciona e estamos a distribuir alguns serviços à mão, mas não passamos dos 10 por hora, quando
numa segunda de manhã fazemos 150. Os pedidos da app dos clientes estão todos perdidos.

Liguem-me para o 239 000 000, extensão 1, assim que lerem isto.

Carlos Amaral
Responsável de Operações
Cooperativa Táxis do Mondego"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Marcos Tavares <marcostavares83@mailbr.example>",
         to="suporte@assinafacil.example",
         subject="botão assinar",
         body="""\
Clico em Assinar no contrato de compra e venda do apartamento e não acontece nada. Já tentei no
celular e no notebook, Chrome e Safari, limpei cache. O cartório precisa do documento assinado hoje
até as 17h senão perdemos a data da escritura.

Envelope nº ES-88213-BR

Enviado do meu iPhone"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Patrícia Leal <patricia.leal@seguroline-cc.example>",
         to="noc@vozcorp-telecom.example",
         subject="Chamadas de entrada caem ao fim de 3 segundos – trunk TR-20931",
         body="""\
Bom dia,

Desde as 9h15 todas as chamadas que entram pelos nossos números geográficos e pela linha 808 caem ao
fim de 3 ou 4 segundos. O cliente ouve tocar, o operador atende, ouve-se um clique e a chamada
desliga. As chamadas de saída estão a funcionar normalmente.

Somos o call center de sinistros de três seguradoras e temos 28 operadores em turno. Desde as 9h15
não conseguimos atender uma única chamada, e às segundas é o pico da semana.

Já reiniciámos a nossa central telefónica e o router. Do nosso lado os registos SIP aparecem como
registados.

Conta: SEG-0044 / trunk TR-20931
Contacto direto: Patrícia Leal, supervisora de turno

Obrigada"""),

    dict(n=8, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Inês Pacheco <ines.pacheco@correio.example>",
         to="ajuda@aprendermais.example",
         subject="Plataforma em baixo?",
         body="""\
Olá,

A plataforma Aprender+ está em baixo para mim desde manhã – aparece "Erro 503" em todas as páginas,
tanto no portátil como no telemóvel.

O exame final do módulo 4 (Contabilidade Analítica) só está marcado para a próxima quinta-feira,
por isso ainda tenho tempo, mas queria saber se está previsto voltar hoje. Gostava de rever os
vídeos durante o fim de semana.

Obrigada,
Inês Pacheco
Aluna n.º 30415"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Manuel Tavares <geral@tavares-condominios.example>",
         to="portal@aguasdoliz.example",
         subject="Re: Re: Leituras dos contadores não aparecem no portal (pedido 44817)",
         body="""\
Bom dia,

Terceiro e-mail. Continua tudo igual e ninguém me responde. Tenho de fechar a repartição da água
dos 36 condóminos até sexta-feira.

Manuel Tavares
Administração de Condomínios Tavares & Filha

> Em 18/11/2026, às 10:02, Manuel Tavares <geral@tavares-condominios.example> escreveu:
> Boa tarde,
> Volto a insistir. O portal continua sem mostrar qualquer leitura desde dia 1 para os contadores
> do prédio da Rua do Comércio 41. Aparece só "Sem dados disponíveis". Agradeço resposta.
> 
> > Em 14/11/2026, às 16:47, Manuel Tavares <geral@tavares-condominios.example> escreveu:
> > Boa tarde,
> > Os contadores inteligentes das 36 frações da Rua do Comércio 41 deixaram de enviar leituras
> > para o portal desde 1 de novembro. Os contadores no local estão a contar normalmente.
> > Podem verificar a comunicação? Cliente n.º 7730128."""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Felipe Andrade Rocha <felipe.arocha@mailbr.example>",
         to="reservas@rodasul-aluguer.example",
         subject="Caução cobrada duas vezes – reserva RS-561207",
         body="""\
Olá, bom dia.

Aluguei uma van de 9 lugares com vocês no aeroporto de Faro no dia 20 (reserva RS-561207). No
balcão passaram o cartão para a caução de 800 € e deu erro, passaram de novo e aí funcionou. Só
que hoje vi no aplicativo do banco que foram bloqueados os dois valores, 1.600 € no total.

Com isso meu cartão ficou praticamente sem limite e estou com a família de férias no Algarve até
dia 30. Ontem não consegui pagar o hotel com ele e tive que pedir dinheiro emprestado para meu
cunhado.

Peço por favor que liberem urgentemente a caução duplicada. Posso mandar o print do extrato.

Felipe Andrade Rocha
+55 11 0000-0000 (WhatsApp)"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Teresa Guimarães <teresa.guimaraes@escuteiros-ovar.example>",
         to="campanhas@juntos-financiamos.example",
         subject="Transferência dos fundos da campanha ainda não recebida",
         body="""\
Boa tarde,

A nossa campanha "Uma carrinha para o Agrupamento 1203 – Ovar" terminou a 30 de outubro com
6.420 € angariados (112 apoiantes). Segundo as vossas condições, o valor, descontada a comissão,
seria transferido para a conta do agrupamento em 10 dias úteis.

Já passaram 15 dias úteis e não recebemos nada. No painel da campanha o estado diz "Pagamento
processado", mas o IBAN que lá aparece está correto e o banco confirma que não entrou qualquer
transferência.

Não é uma emergência, mas o stand onde vamos comprar a carrinha pediu o sinal até ao fim do mês.
Podem verificar o que se passa?

Obrigada e boa continuação,
Teresa Guimarães
Tesoureira do Agrupamento 1203"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Joaquim Rebelo <joaquim.rebelo@correio.example>",
         to="secretaria@gcbenfeitoria.example",
         subject="Débito direto após cancelamento de sócio",
         body="""\
Exmos. Senhores,

Venho por este meio informar que, apesar de ter cancelado a minha inscrição de sócio do Ginásio
Clube da Benfeitoria em setembro (entreguei o impresso ao balcão no dia 12 e a funcionária, a
D. Lurdes, disse-me que ficava tratado), continuam a ser debitados na minha conta 32,50 € por
débito direto. Foi assim em outubro e agora outra vez em novembro.

Tenho 78 anos e já não frequento o ginásio desde o verão, por razões de saúde. Agradeço que
cancelem a autorização de débito e me devolvam os 65 € cobrados indevidamente.

Sócio n.º 1874.

Sem outro assunto, apresento os meus cumprimentos,
Joaquim Rebelo"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Vanessa Lopes <vanessa.lopes@mailpt.example>",
         to="apoio@estacionar-municipal.example",
         subject="Não consigo pagar o dístico de residente!!",
         body="""\
Estou há uma hora a tentar pagar a renovação do dístico de residente da zona B e o cartão é SEMPRE
recusado, erro PG-402. O cartão funciona em todo o lado, paguei o supermercado com ele hoje.
Tentei outro cartão do meu marido, mesmo erro. MB Way não aparece como opção.

O dístico caduca amanhã e a fiscalização passa na minha rua todas as manhãs. Não vou pagar multas
por causa de um site que não aceita pagamentos.

Matrícula 00-XX-00, processo RES-B-20418.

Vanessa Lopes"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Rafael Nogueira <rafanog@mailbr.example>",
         to="ajuda@encontros-ja.example",
         subject="código de verificação não chega",
         body="""\
Olá pessoal

Troquei de celular e agora o app pede código de verificação por SMS pra entrar na minha conta.
O código nunca chega. Já pedi umas 10 vezes desde ontem, esperei, reiniciei o celular, nada. O
número é o mesmo de sempre e recebo SMS de outros apps normalmente.

Sou assinante Plus, perfil Rafa_SP33. Como faço pra entrar?

Valeu"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Maria Alice Fontes <mariaalice.fontes@correio.example>",
         to="apoio@ouvirbem.example",
         subject="Aplicação dos aparelhos",
         body="""\
Boa tarde.

É normal que a aplicação Ouvir Bem me diga "A sua conta foi desativada" quando a abro? Ontem
estava tudo bem e eu usei para pôr o som mais alto no café. Hoje aparece só essa mensagem e um
botão "Contactar suporte" que não faz nada.

Não mexi em nada. Foi o meu neto que me instalou a aplicação no telemóvel e criou a conta, mas ele
agora está a trabalhar em Inglaterra.

Os aparelhos foram comprados na vossa loja de Viseu em maio.

Muito obrigada pela atenção,
Maria Alice Fontes"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Gonçalo Brito <goncalo@brito-contabilidade.example>",
         to="suporte@contafacil.example",
         subject="Perdi o telemóvel com o autenticador – preciso de acesso urgente",
         body="""\
Boa tarde,

No domingo o meu telemóvel caiu ao mar durante uma pescaria (a ironia não me escapa) e com ele foi
a aplicação de autenticação. Agora o ContaFácil pede-me o código de 6 dígitos em cada login e não
tenho forma de o gerar. Os códigos de recuperação, claro, estavam guardados... no telemóvel.

Já tenho telemóvel novo, com o mesmo número. Preciso que desativem a autenticação de dois fatores
ou me digam como a reconfigurar, porque tenho as declarações periódicas de IVA de 19 clientes para
submeter até dia 20 e está tudo dentro do ContaFácil.

Posso enviar cópia do cartão de cidadão ou fazer videochamada para confirmar a identidade.

Gonçalo Brito
Contabilista certificado
Conta de gabinete n.º CF-08812"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Catarina Sousa <catarina.sousa@transnortelog.example>",
         to="helpdesk@transnortelog.example",
         subject="Conta do TMS desativada",
         body="""\
Olá equipa de IT,

Voltei hoje de licença parental e a minha conta no TMS aparece como "Utilizador desativado". O login
do Windows e o e-mail funcionam, só o TMS é que não.

A Marta tem estado a cobrir os meus clientes e continua com isso esta semana, por isso não é
urgentíssimo, mas gostava de voltar a ver as minhas cargas e rotas até quinta-feira para a
passagem de pasta.

Utilizador: csousa
Departamento: Planeamento Internacional, 2.º piso

Obrigada!
Catarina"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Thiago Bezerra <thiagobz@mailbr.example>",
         to="contato@falcao-drones.example",
         subject="Falcão X2 – quando chega no Brasil?",
         body="""\
Fala, pessoal!

Tô morrendo de vontade de pôr as mãos no Falcão X2. O vídeo de lançamento ficou de matar, aquela
tomada em cima da cachoeira é um arraso.

Duas perguntas rápidas:
1. Tem previsão de venda oficial no Brasil, já homologado na Anatel?
2. A bateria extra do X1 serve no X2 ou muda o conector?

Se tiver lista de espera, me coloca nela.

Abraço,
Thiago"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Renata Fagundes <renata.fagundes@mailbr.example>",
         to="vendas@aguaclara-piscinas.example",
         subject="Pedido de Cloro Choque Rápido 5 kg – prazo de entrega",
         body="""\
Boa tarde,

Fiz ontem o pedido nº 77342: 2 baldes de Cloro Choque Rápido 5 kg, um clarificante e um kit de
teste de pH. Vou abrir a piscina para a temporada no próximo fim de semana e queria fazer o
tratamento na sexta.

Consigo receber até quinta? Se precisar pago a diferença para o frete expresso.

Obrigada,
Renata Fagundes
Campinas – SP"""),

    dict(n=20, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Alberto Cunha <alberto.cunha@correio.example>",
         to="apoio@relvaverde.example",
         subject="Re: Aviso de segurança: recolha preventiva de corta-relvas CR-46",
         body="""\
Obrigado pelo aviso. Verifiquei o número de série do meu (é um CR-42, série 42-118230) e não é
dos modelos abrangidos.

Aproveito para perguntar se vendem lâminas de substituição para o CR-42 e quanto custam, incluindo
portes para Braga.

Cumprimentos,
Alberto Cunha

> Em 12/11/2026, às 09:30, Relvaverde Apoio ao Cliente <apoio@relvaverde.example> escreveu:
> Caro cliente,
> 
> Identificámos um defeito no travão da lâmina de alguns corta-relvas CR-46 fabricados entre
> março e junho de 2026: a lâmina pode continuar a rodar depois de largar o punho, com risco de
> ferimentos graves.
> 
> Se o seu equipamento tiver um número de série entre 46-200000 e 46-214999, pare de o utilizar
> imediatamente e contacte-nos para a recolha gratuita.
> 
> A equipa Relvaverde"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Luísa Marques <luisa@clinicaveterinaria-marques.example>",
         to="suporte@contafacil.example",
         subject="Como pôr password nos PDFs das faturas?",
         body="""\
Olá,

Alguns clientes pediram-me que as faturas enviadas por e-mail venham num PDF protegido com
password. O ContaFácil tem essa opção? Se tiver, onde se configura?

E já agora: a password pode ser automaticamente o NIF do cliente, ou tenho de a definir à mão
para cada um?

Obrigada,
Luísa Marques"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Fernando Lima <f.lima@edificio-oriente.example>",
         to="assistencia@elevatec.example",
         subject="Elevador do bloco B – obrigado",
         body="""\
Bom dia,

Só para dizer que o elevador do bloco B voltou a funcionar ontem à tarde, depois da visita do
vosso técnico, o Sr. Nuno. Desde então está tudo normal, as portas abrem e fecham bem e já não faz
aquele barulho entre o 3.º e o 4.º piso.

Obrigado pela rapidez. Podem fechar o pedido.

Fernando Lima
Gestão do Edifício Oriente"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Pedro Valente <pedro.valente@velaclube.example>",
         to="reservas@marinadosol.example",
         subject="Reserva de amarração não funciona no iPad",
         body="""\
Boa tarde,

Quando tento reservar um lugar de amarração no vosso site pelo iPad (Safari), o botão "Confirmar
reserva" fica a rodar e nunca termina. Tentei três vezes ontem e duas hoje.

No computador, com o Chrome, funcionou à primeira, portanto a reserva para o fim de semana de 5 e 6
de dezembro já está feita (veleiro "Gaivota", 9,8 m). Não há pressa do meu lado.

Mas aviso porque no clube quase toda a gente reserva pelo tablet ou pelo telemóvel quando está no
pontão, e já ouvi mais pessoas a queixarem-se.

Pedro Valente"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Ana Rita Correia <facility@edificioatlantico.example>",
         to="suporte@acessoseguro-gtc.example",
         subject="Leitores de cartões – Edifício Atlântico",
         body="""\
Bom dia,

Desde as 8h nenhum cartão abre as portas do Edifício Atlântico: todos os leitores ficam vermelhos,
para toda a gente, incluindo os cartões de administrador. O software de gestão mostra os
controladores como "ligados".

Estão neste edifício cerca de 650 pessoas de 9 empresas. Temos a receção a abrir a porta principal
à mão, um a um, e já há fila na rua. Os torniquetes dos pisos, a garagem (180 lugares) e a sala de
servidores do 2.º piso estão fechados e ninguém lá consegue entrar.

Precisamos de um técnico no local com urgência. Liguei para a linha de assistência às 8h20 e às
8h45 e ninguém atendeu.

Ana Rita Correia
Facility Manager – Edifício Atlântico
Contrato de manutenção GTC-2024-118"""),
]
