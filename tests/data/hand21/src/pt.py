# blind22 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Drogaria Central de Viseu <geral@drogariaviseu.example>",
         to="assistencia@tintomix.example",
         subject="Agitador de tintas TM-300 - a tampa saltou durante o ciclo",
         body="""\
Bom dia,

Hoje, às 10h20, o nosso funcionário pôs uma lata de 15 litros de tinta de
fachada no agitador TM-300, fechou a porta e carregou em iniciar, como faz
dezenas de vezes por dia. A meio do ciclo a porta abriu-se sozinha, a tampa da
lata saltou e a lata foi projetada de lado contra o balcão. Ele estava a
baixar-se para apanhar uma caixa e a tampa bateu-lhe em cheio na testa: ficou
com um galo enorme e o sobrolho aberto, sangrou bastante. Foi ao centro de saúde
levar pontos.

O trinco da porta agora fecha, mas basta encostar a mão para abrir. Tirámos a
máquina da tomada e não a voltamos a usar até cá vir um técnico. Precisamos de
saber se há mais máquinas deste lote com o mesmo trinco, porque temos outra
igual na loja de Tondela.

Cumprimentos,
Helena Marques
Drogaria Central de Viseu
Tel. 232 555 018"""),

    dict(n=2, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Rui Carvalhal <rui.carvalhal@correio.example>",
         to="apoio@cantinapay.example",
         subject="Carregamentos que não fiz no cartão da cantina",
         body="""\
Boa tarde,

Recebi hoje três notificações do banco com pagamentos à CantinaPay de 50,00 €
cada, às 03:12, 03:14 e 03:15 da manhã. Não fiz nenhum carregamento; estava a
dormir. Na aplicação, o saldo do cartão do meu filho continua nos 4,20 € de
ontem, mas no histórico aparecem três carregamentos para um aluno chamado
"T. Moreira", de uma escola de Setúbal. Nós somos de Braga.

Já cancelei o cartão bancário e mudei a palavra-passe da app por precaução.
Quero o reembolso dos 150 € e saber como é que alguém conseguiu usar o cartão
que eu tinha guardado na vossa aplicação.

Rui Carvalhal
Encarregado de educação n.º 204417"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sofia Antunes <sofia.antunes@correio.example>",
         to="rececao@parqueferiasmar.example",
         subject="Bungalow 14 - porta-chaves do kit de boas-vindas",
         body="""\
Olá,

Estamos no bungalow 14 desde sábado. O porta-chaves de peluche que vinha no kit
de boas-vindas das crianças tem dois ímanes pequeninos nas patas, para se colar
ao frigorífico. Há meia hora encontrámos o Tomás (1 ano e meio) a mastigar o
boneco: a pata estava descosida e só lá está um dos ímanes. Procurámos no chão,
no sofá, na cama, e o outro não aparece.

Ele agora está muito babado, já vomitou uma vez e não quer a papa. Vamos levá-lo
já ao centro de saúde de Albufeira. Por favor, retirem esses bonecos dos outros
bungalows e, se alguém souber de que marca são, liguem-me para o 912 555 330 —
o médico vai querer saber.

Sofia"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Talho Bom Corte <talhobomcorte@comercio.example>",
         to="assistencia@fatiamaq.example",
         subject="Fiambreira faz estalidos e deu choque a uma funcionária",
         body="""\
Boa tarde,

A fiambreira FM-250 que nos venderam em março começou esta semana a fazer
estalidos dentro da caixa do motor, e a parte de baixo da carcaça fica tão
quente que não se consegue ter a mão em cima. Hoje a D. Lurdes levou um choque
ao limpar o prato com o pano húmido e ficou com o braço dormente uns minutos.
Desligámos tudo. Isto é perigoso: queremos um técnico amanhã de manhã ou a
troca da máquina.

Manuel Sequeira
Talho Bom Corte, Mercado de Arroios"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Aquicultura Ria Formosa <producao@aquiria.example>",
         to="suporte@aquacontrol.example",
         subject="Os arejadores dos tanques 3 a 8 não arrancam",
         body="""\
Boa noite,

Desde as 22h que os arejadores dos tanques 3 a 8 não arrancam à hora
programada. O painel AquaControl mostra "ciclo noturno ativo" e o oxigénio nos
gráficos está estável nos 6 mg/L, mas a sonda portátil dá 2,9 mg/L no tanque 5
e as douradas estão todas à superfície de boca aberta. Ligámos dois arejadores
à mão no quadro, mas os outros dez só respondem pelo controlador.

São cerca de 40 toneladas de peixe. Se o oxigénio continuar a descer durante a
madrugada, perdemos os tanques. Precisamos de alguém ao telefone já:
289 555 471 (Nuno, turno da noite)."""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Larissa Fontes <larissa.fontes@email.example>",
         to="suporte@autoescolafacil.example",
         subject="Não consigo abrir as aulas teóricas",
         body="""\
Oi, tudo bem?

Desde ontem à noite o app da autoescola abre, mostra o logo e fecha sozinho. Já
desinstalei, instalei de novo, reiniciei o celular, e nada. Pelo computador a
página das aulas fica carregando e não passa disso. Faltam 6 aulas teóricas pra
eu completar a carga horária e a minha prova está marcada pra sexta. Vocês
conseguem me ajudar?

Larissa
Aluna, matrícula 55821"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Lavandaria Self Bolhão <lavandaria.bolhao@negocio.example>",
         to="suporte@lavaconnect.example",
         subject="Máquinas aparecem ocupadas na app",
         body="""\
Olá,

É normal que a aplicação mostre as máquinas 2, 5 e 6 sempre como "ocupadas"
desde sexta-feira, mesmo quando estão paradas e vazias? Os clientes que pagam
pela app não as conseguem escolher. As outras nove máquinas aparecem bem, e
nessas três quem paga com moedas ou cartão no painel central consegue lavar
normalmente.

Colámos um aviso na porta, mas perdemos alguns clientes que só usam a app.
Podem ver isto?

Obrigada,
Catarina Lopes"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Estância Serra Alta - Bilheteira <bilheteira@serraalta.example>",
         to="suporte@skipassnet.example",
         subject="Passes comprados online não abrem os torniquetes",
         body="""\
URGENTE

Desde a abertura, às 9h, nenhum passe comprado online passa nos torniquetes da
telecadeira principal nem do teleski 2: o leitor pisca a vermelho e mostra
"título desconhecido". Os passes vendidos aqui na bilheteira passam
normalmente. Mais de metade dos clientes de hoje compraram online, incluindo
dois autocarros de escolas.

Temos 200 pessoas na fila. Estamos a deixar passar à mão, a conferir o e-mail de
compra no telemóvel de cada um e a apontar os nomes num caderno. Não
aguentamos isto o dia todo. Liguem para o 275 555 902.

Filipa Rebelo, chefe de bilheteira"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Árvores & Cia - Podas e Abates <orcamentos@arvoresecia.example>",
         to="suporte@orcamentopro.example",
         subject="Aplicação em baixo - não consigo enviar orçamentos",
         body="""\
Bom dia. A aplicação está em baixo desde ontem à tarde: dá "Erro 500" sempre
que tento abrir ou criar um orçamento, no telemóvel e no portátil. Tenho cinco
orçamentos de abate de pinheiros para enviar até amanhã e os dados dos clientes
estão todos lá dentro. Quando é que isto volta?

Jorge Almeida"""),

    dict(n=10, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Cuidar+ Enfermagem ao Domicílio <financeiro@cuidarmais.example>",
         to="suporte@pagaequipa.example",
         subject="Salários de novembro não foram pagos",
         body="""\
Boa tarde,

O processamento salarial de novembro foi aprovado na plataforma na segunda-feira,
às 11h, com data-valor de hoje (dia 28). O estado passou para "Enviado ao banco",
mas nenhuma das 14 enfermeiras recebeu o ordenado, e o valor total
(23.418,55 €) também não saiu da nossa conta. O banco diz que não recebeu
nenhum ficheiro SEPA.

Muitas das nossas enfermeiras pagam a renda no dia 1. Precisamos de saber hoje
se o ficheiro pode ser reenviado ou se temos de fazer as transferências à mão.

Ana Paula Teixeira
Direção Financeira"""),

    dict(n=11, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Miguel Sarmento <miguel.sarmento@correio.example>",
         to="reservas@hotelgatoscasadosgatos.example",
         subject="Reembolso do sinal da reserva cancelada",
         body="""\
Olá,

No dia 2 de outubro cancelei a estadia do Bolacha no vosso hotel para gatos
(reserva 3391, de 15 a 22 de outubro) e a vossa colega confirmou por telefone
que o sinal de 60 € seria devolvido em 10 dias úteis. Já passaram mais de três
semanas e ainda não recebi nada no cartão.

Podem verificar, por favor?

Miguel Sarmento"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Conceição Ferraz <conceicao.ferraz@correio.example>",
         to="faturacao@gasoleoaquecer.example",
         subject="Fatura FT 2024/3318",
         body="""\
Boa tarde,

É normal que a fatura venha com 1.200 litros de gasóleo de aquecimento quando o
meu depósito só leva 1.000 e ainda tinha um resto lá dentro? O contador do
camião marcava 830 litros quando o motorista acabou, eu vi. Na fatura está
1.200 litros × 1,12 € = 1.344,00 €, que já me foi debitado.

Agradeço que corrijam a fatura e me devolvam a diferença.

Conceição Ferraz
Cliente n.º 77102"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Inês Valadares <ines.valadares@correio.example>",
         to="marcacoes@patasbonitas.example",
         subject="Taxa de 0,50 €?",
         body="""\
Olá! Marquei o banho e tosquia da Nina pela vossa app e reparei que, além dos
35 €, aparece uma "taxa de serviço" de 0,50 €. Não me importo nada, é só
curiosidade: é para quê? Beijinhos à equipa, a Nina vem sempre linda."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Armando Pestana <armando.pestana@correio.example>",
         to="apoio.online@laboratoriovitalis.example",
         subject="Conta bloqueada no portal de resultados",
         body="""\
Bom dia,

Tentei ver os resultados das análises que fiz na terça no posto de Odivelas e o
portal diz "Conta bloqueada por motivos de segurança. Contacte o apoio." Não
errei a palavra-passe nenhuma vez, entrei com a mesma de sempre. Tenho consulta
de cardiologia na quinta e o médico precisa das análises.

Podem desbloquear a conta? Utente n.º 5590231, nascido a 14/03/1958.

Armando Pestana"""),

    dict(n=15, signals="outage,account", priority="critical", trap="sms-many", qt=0, reply=0,
         frm="Creche O Pião - Direção <direcao@crecheopiao.example>",
         to="suporte@kidsdiario.example",
         subject="Nenhum pai consegue entrar na app - códigos SMS não chegam",
         body="""\
Bom dia,

Desde ontem à tarde que os códigos de verificação por SMS não chegam a
ninguém. Já confirmámos com mais de 30 famílias, de operadoras diferentes: põem
o número, carregam em "Enviar código" e nada. Nós, na receção, também não
conseguimos entrar no painel da creche, porque o login da equipa também pede o
código.

Hoje de manhã o registo de entrada das 84 crianças foi feito em papel, os pais
não conseguem ver as sestas nem as refeições, e temos três crianças com
medicação a horas certas que costumamos registar na app. Precisamos disto
resolvido hoje.

Teresa Vidal
Diretora"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Pedro Albuquerque <pedro.albuquerque@novoemail.example>",
         to="socios@campingclube.example",
         subject="Alterei o e-mail e agora não consigo entrar",
         body="""\
Boa tarde,

Na semana passada alterei o e-mail da minha conta de sócio no site, do antigo
(pedro.alb@velhomail.example) para este. O site disse que tinha enviado um link
de confirmação, mas enviou-o para o endereço antigo, que já foi desativado.
Agora não consigo entrar com nenhum dos dois, e as reservas do parque de Vila
Nova de Milfontes para a Páscoa abrem no dia 1.

P.S. My wife says exactly the same thing happened to her account last year —
is this a known issue on your side?

Sócio n.º 18832
Pedro Albuquerque"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Joaquim Serrano <joaquim.serrano@correio.example>",
         to="ajuda@licencapesca.example",
         subject="Como ativar a verificação em dois passos?",
         body="""\
Boa tarde. O meu neto disse-me que devia ativar a verificação em dois passos na
app das licenças de pesca. Onde é que isso se faz? Obrigado.

Joaquim Serrano"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Sidraria Quinta do Pomar <geral@quintadopomar.example>",
         to="apoio@bombastrasfega.example",
         subject="Re: Aviso de recolha - carregadores da bomba BT-40",
         body="""\
Ótimo, obrigado pelo esclarecimento, fico mais descansado. Aproveito para
encomendar duas mangueiras de 5 m para a BT-60, iguais às da última vez.

Cumprimentos,
Henrique Sá

Em seg., 4/11/2024 às 09:41, Apoio Bombas Trasfega <apoio@bombastrasfega.example> escreveu:
> Caro cliente,
> Estamos a recolher os carregadores da bomba BT-40 fabricados entre março e
> junho de 2024, por risco de sobreaquecimento e incêndio. Pelos nossos
> registos, a sua bomba é do modelo BT-60 e não está abrangida por esta recolha.
> Com os melhores cumprimentos,
> Apoio Técnico"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Vending Douro <operacoes@vendingdouro.example>",
         to="suporte@cashlessbox.example",
         subject="Re: Leitores de cartão das máquinas do hospital",
         body="""\
Boa tarde, Sr. Rodrigo,

Só para confirmar que, desde a atualização de ontem, as 12 máquinas do hospital
voltaram a aceitar cartões e MB WAY sem problemas. Obrigado pela rapidez e pela
paciência ao telefone no sábado. Podem fechar o pedido.

Abraço,
Paulo Freitas"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Adega Cooperativa de Redondo <compras@adegaredondo.example>",
         to="comercial@linhasengarrafa.example",
         subject="Dúvidas sobre o contrato de assistência Premium",
         body="""\
Bom dia,

Estamos a comparar propostas para a nova linha de engarrafamento e gostávamos de
perceber melhor o contrato de assistência Premium antes de decidir:

1. O contrato cobre avarias ao fim de semana? Na vindima trabalhamos sábados e
   domingos.
2. Se houver uma falha de energia e o PLC perder a programação, a reposição
   está incluída?
3. Qual é o tempo máximo de resposta se a linha parar por completo?
4. A formação dos operadores em segurança da máquina está incluída ou é cobrada
   à parte?

Our technical director is Dutch, so if the documentation also exists in
English, please send both versions.

Obrigada,
Marta Guedes
Departamento de Compras"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ricardo Mendes <ricardo.mendes@correio.example>",
         to="reservas@barcosdotejo.example",
         subject="Reserva do barco Tubarão para despedida de solteiro",
         body="""\
Olá!

Queria reservar o barco "Tubarão" para a despedida de solteiro do meu irmão no
dia 14 de junho, das 15h às 19h, para 10 pessoas. Também vimos o "Tempestade",
mas parece-nos pequeno para o grupo.

O tema da festa é o filme "Tubarão", por isso se der para pôr a banda sonora a
tocar a bordo era de morrer a rir. O noivo vai ficar furioso, vai ser uma bomba!

É preciso pagar sinal? De quanto?

Abraço,
Ricardo"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Cozinhas Atlântico <novidades@cozinhasatlantico.example>",
         to="apoio.cliente@azulejariaporto.example",
         subject="Semana Explosiva: preços de arrasar em cozinhas e bancadas",
         body="""\
COZINHAS ATLÂNTICO - Newsletter de novembro

SEMANA EXPLOSIVA - até 30% em cozinhas completas
Preços de arrasar em todas as bancadas de quartzo. Só até domingo!

Novo modelo "Vulcão": lacado preto mate com puxadores em cobre. Venha vê-lo ao
vivo no showroom de Matosinhos.

Dica do mês: como escolher uma placa de indução segura para casas com crianças
- bloqueio de comandos, indicador de calor residual e desligar automático. Leia
o artigo completo no nosso blogue.

Financiamento a 12 meses sem juros.*

Não quer receber mais estas mensagens? Anular subscrição.
*Sujeito a aprovação."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Quinta da Azenha - Adega <adega@quintadaazenha.example>",
         to="assistencia@prensatec.example",
         subject="Ecrã da prensa pneumática bloqueia a meio do ciclo",
         body="""\
Olá,

O ecrã tátil da prensa PN-50 bloqueia de vez em quando a meio de um programa
(umas 3 ou 4 vezes por dia). Quando acontece, desligamos no interruptor geral,
esperamos um minuto e voltamos a ligar, e o programa recomeça do início.
Perdemos uns 20 minutos de cada vez, mas continuamos a prensar.

A vindima das brancas já acabou, por isso não é dramático, mas queremos isto
resolvido antes dos tintos da próxima semana. Podem marcar uma visita?

Luís Gaspar
Enólogo"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Lavandarias Espuma - Contabilidade <contabilidade@espuma-lav.example>",
         to="faturacao@lavatelemetria.example",
         subject="RE: Fatura 2024-11-0098 com 40 lojas em vez de 14",
         body="""\
Boa tarde,

Volto a escrever porque não tive qualquer resposta ao e-mail abaixo, de dia 12,
nem pelo telefone. Entretanto vi no portal que o débito direto desta fatura está
agendado para amanhã, dia 20: são 18.240,00 € em vez de 6.384,00 €. Se o débito
passar, ficamos sem saldo para pagar os fornecedores desta semana.

Peço que suspendam o débito ainda hoje e emitam a fatura correta. Somos
clientes há seis anos, com 14 lojas, e nunca tivemos um problema destes.

Sandra Moutinho
Contabilidade - Lavandarias Espuma

-----Mensagem original-----
> De: Sandra Moutinho <contabilidade@espuma-lav.example>
> Enviada: terça-feira, 12 de novembro de 2024 10:22
> Para: faturacao@lavatelemetria.example
> Assunto: Fatura 2024-11-0098 com 40 lojas em vez de 14
>
> Bom dia,
> A fatura de novembro da licença de telemetria vem com 40 lojas × 456,00 €,
> mas nós temos 14 lojas. Podem corrigir, por favor?
> Sandra"""),
]
