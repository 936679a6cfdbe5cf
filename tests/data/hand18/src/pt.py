# blind19 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Catarina Vasconcelos <catarina.vasconcelos@correio-norte.example>",
         to="apoio@pequenosgoles.example",
         subject="Garrafa Golinho 350 ml – a ponta da palhinha soltou-se",
         body="""\
Boa tarde,

Ontem, no parque, o meu filho Tomás (2 anos e meio) estava a beber da garrafa com palhinha
Golinho 350 ml quando a ponta de silicone se soltou e lhe ficou na boca. Só demos por isso
quando ele começou a tossir e a ficar roxo. O meu marido conseguiu que ele a cuspisse, mas à
noite vomitou duas vezes e estava muito prostrado, por isso passámos a noite no hospital
pediátrico em observação. Felizmente hoje já está a comer.

Fui ver as outras duas garrafas iguais que temos em casa e a ponta sai com um simples puxão,
sem fazer força nenhuma. Comprei-as na vossa loja online em setembro (encomenda PG-118830).

Quero saber o que vão fazer, porque há mais crianças na creche dele com esta garrafa.

Catarina Vasconcelos
912 000 481"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Rui Madureira <rui.madureira@mailcasa.example>",
         to="clientes@sonoleve.example",
         subject="Cheiro do colchão Sono Leve 150x190",
         body="""\
Bom dia,

É normal que um colchão novo ainda tenha um cheiro tão intenso ao fim de doze dias?

Desembrulhámos o colchão Sono Leve 150x190 no dia 4 e deixámo-lo arejar 48 horas, como diz o
folheto, mas o quarto continua a cheirar a cola e a qualquer coisa química, mesmo com a janela
aberta. A minha mulher acorda todos os dias com tonturas e dor de cabeça, e a nossa filha de
5 anos, que às vezes vem dormir connosco, apareceu com manchas vermelhas no pescoço e nas
costas, com muita comichão. A pediatra perguntou logo se tínhamos mudado alguma coisa em casa.

Entretanto tirámos o colchão do quarto e voltámos para o antigo. O que nos aconselham? Podem
vir buscá-lo?

Rui Madureira
Encomenda SL-40217"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Helena Pinto Sarmento <helena.sarmento@correio.example>",
         to="apoio.cliente@energiaviva.example",
         subject="Alguém alterou o e-mail e o IBAN da minha conta",
         body="""\
Exmos. Senhores,

Ontem às 23h40 recebi um SMS vosso a dizer que o e-mail da minha área de cliente tinha sido
alterado. Não fui eu. Tentei entrar e a palavra-passe já não é aceite; o "recuperar
palavra-passe" envia o link para o novo e-mail, que não é meu.

Hoje de manhã chegou outro SMS: "O IBAN para débito direto foi atualizado com sucesso".
Alguém está dentro da minha conta, com acesso ao meu NIF, morada e dados do contador.

Peço que bloqueiem a conta imediatamente e revertam as alterações. Estou disponível pelo
telefone 912 000 735.

Cliente n.º 3004118822
Helena Pinto Sarmento"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Joaquim Brandão <joaquim.brandao@correio-sul.example>",
         to="posvenda@saltaralto.example",
         subject="Trampolim 3,05 m – mola partiu-se com as crianças a saltar",
         body="""\
Boa noite,

Montámos o trampolim de jardim de 3,05 m há três semanas, seguindo as instruções à risca.
No domingo estavam o meu filho e o primo (9 e 11 anos) a saltar quando se ouviu um estalo
enorme: uma das molas partiu-se e o gancho saltou disparado, a toda a velocidade. Apanhou o meu
sobrinho por cima do olho. Abriu-lhe o sobrolho, levou quatro pontos e ficou com o olho
inchado e negro. Foi por um centímetro.

Depois verificámos as outras molas e há mais duas com o gancho aberto. Envio fotografias em
anexo. Encomenda n.º TR-77014.

Ninguém volta a subir para ali enquanto não nos disserem o que fazer.

Joaquim Brandão"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sérgio Fontes <sergio@moveissegundavida.example>",
         to="suporte@rotafacil.example",
         subject="Carrinhas paradas – a app de rotas não mostra nada",
         body="""\
Bom dia,

Somos a Móveis Segunda Vida, loja de mobiliário usado em Braga. Desde as 7h que a aplicação
de rotas não carrega nada nos tablets das carrinhas: os motoristas abrem a app e a lista de
entregas fica em branco, sem moradas nem ordem de paragens.

Temos quatro carrinhas paradas no armazém, carregadas, e 38 entregas marcadas para hoje (sofás,
cómodas, duas camas de casal). Os clientes já estão a ligar a perguntar pela hora. Estamos a
tentar refazer as rotas à mão com uma folha de papel, mas os contactos e as notas de cada
entrega ("tocar no 2.º esq.", "só depois das 14h") estão só na vossa plataforma.

Preciso de uma resposta o mais rápido possível.

Sérgio Fontes
253 000 412"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Dra. Filipa Antunes <filipa.antunes@farmaciacentral-tondela.example>",
         to="empresas@netlinha.example",
         subject="Farmácia sem telefone e sem terminal de pagamento",
         body="""\
Bom dia,

Desde as 8h30 a linha fixa da farmácia está muda e o terminal de pagamento automático, que está
ligado ao mesmo router, não passa cartões. Os utentes que ligam para encomendar medicação dão
com o número sem sinal, e ao balcão só conseguimos aceitar dinheiro. Temos fila à porta e
muitos idosos sem numerário.

Please escalate this — the technician who installed the new router last week told us it was a
known issue with the firmware update.

Farmácia Central de Tondela
Contrato empresarial 80-22015
232 000 190"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Marta Guerreiro <marta.guerreiro@correio.example>",
         to="instalacoes@netlinha.example",
         subject="Instalação de quinta-feira – continuo sem TV e sem internet",
         body="""\
Olá,

O técnico esteve cá em casa na quinta-feira, deixou a box e o router instalados e disse que
em duas horas ficava tudo ativo. Desde então a luz "Internet" do router está vermelha, a
televisão diz "sem sinal" e o telefone não dá sinal de marcação. Já desliguei e voltei a ligar
tudo três vezes.

Estou há quatro dias sem televisão e sem internet. Por favor marquem nova visita.

Marta Guerreiro
Cliente 7710-0452"""),

    dict(n=8, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Fernanda Lobo <fernanda.lobo@mailcasa.example>",
         to="apoio@energiaviva.example",
         subject="Não consigo carregar o contador pré-pago",
         body="""\
Boa tarde,

Desde ontem à noite não consigo fazer carregamentos no contador pré-pago pela app. Escolho o
valor, confirmo e aparece sempre "Error 0x51: top-up request could not be completed. Please
try again later." Tentei com MB WAY e com cartão, no telemóvel e no computador, e dá sempre o
mesmo; o dinheiro não chega a sair da conta.

O saldo está em 1,87 € e, com o aquecimento ligado, acaba esta noite. Não há nenhum ponto de
carregamento perto de casa.

Contador n.º 16-000-4471
Fernanda Lobo"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Nuno Carreira <nuno.carreira@correio-norte.example>",
         to="apoio@netlinha.example",
         subject="Canais de desporto a congelar",
         body="""\
Boas,

Desde a semana passada, os canais de desporto congelam várias vezes por jogo e o som fica
dessincronizado da imagem. Os outros canais estão bem e a internet também. Já reiniciei a box
e troquei o cabo HDMI. É um bocado frustrante ver o jogo aos soluços.

Nuno Carreira"""),

    dict(n=10, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Isabel Moutinho <isabel.moutinho@correio.example>",
         to="devolucoes@cozinhatotal.example",
         subject="Reembolso do robot de cozinha devolvido",
         body="""\
Olá,

Devolvi o robot de cozinha Chef 900 no dia 3 (encomenda CT-55218), e no dia 6 recebi a
confirmação de que tinha chegado ao vosso armazém. Passaram três semanas e ainda não recebi o
reembolso de 219,90 €. Podem verificar?

Obrigada,
Isabel Moutinho"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Diogo Figueira <diogo.figueira@mailcasa.example>",
         to="vendedores@usadosja.example",
         subject="Pagamento do sofá-cama vendido há 12 dias",
         body="""\
Boa tarde,

Vendi um sofá-cama através da vossa plataforma no dia 2 (anúncio 4420871). O comprador
confirmou a receção no dia 5 e, segundo as vossas regras, os 340,00 € deviam ser transferidos
para a minha conta em três dias úteis. Já passaram doze dias e o estado continua "pagamento em
processamento".

Tenho de pagar a caução do apartamento novo até sexta-feira e conto com esse dinheiro. Podem
ver o que se passa, por favor?

Diogo Figueira
IBAN terminado em 0077"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Alexandre Quaresma <alex.quaresma@correio-sul.example>",
         to="loja@remarrio.example",
         subject="Caiaque Tejo 2 – a primeira descida e uma questão",
         body="""\
Olá, pessoal da Rema Rio,

Queria contar-vos como correu a estreia do caiaque Tejo 2 que comprei convosco no mês
passado. Fomos eu e a minha filha mais velha descer o Guadiana, de Mértola até ao Pomarão, num
sábado de sol. O caiaque portou-se lindamente: estável, fácil de virar e cabe tudo no porão de
trás, até a geleira com as sandes. Os coletes que comprámos juntamente também são muito
confortáveis, a miúda nem se queixou. Para a próxima quero experimentar a Ria Formosa.

Duas sugestões: as instruções de montagem do assento podiam ter mais desenhos, e o saco de
transporte podia ter uma alça para o ombro, porque o caiaque pesa.

Ah, e já agora: ao ver o extrato do cartão reparei que aparecem duas cobranças de 489,00 € da
vossa loja, ambas do dia 14. Só fiz uma encomenda (RR-20931). Podem devolver a que está a mais?

Um abraço,
Alexandre"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Graça Teixeira <graca.teixeira@correio.example>",
         to="faturacao@netlinha.example",
         subject="Linha de 1,50 € na fatura",
         body="""\
Boa tarde. Só por curiosidade: na fatura deste mês aparece "Fatura em papel – 1,50 €". O que
é exatamente? Não me importo de pagar, só quero perceber. Obrigada."""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Vítor Calado <vitor.calado@correio-norte.example>",
         to="apoio@reencaminha.example",
         subject="Conta suspensa – preciso de prolongar o reencaminhamento",
         body="""\
Bom dia,

Quero prolongar por mais seis meses o reencaminhamento do correio para a minha nova morada,
mas a minha conta na vossa área de cliente diz "Conta suspensa por excesso de tentativas".
Esperei um dia inteiro e continua igual. O reencaminhamento acaba no dia 15.

Como desbloqueio a conta?

Vítor Calado
NIF 100 000 215"""),

    dict(n=15, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Sandra Godinho <sandra.godinho@correio.example>",
         to="suporte@portateisnovavida.example",
         subject="Alterar e-mail da conta – não tenho acesso ao antigo",
         body="""\
Olá,

Mudei de emprego e perdi o acesso ao e-mail antigo (sandra.godinho@empresa-antiga.example),
que é o que está associado à minha conta. Tentei alterar para este endereço, mas o sistema
envia o código de confirmação para o e-mail antigo, que já não existe. Assim não consigo mudar
nada, e tenho lá a garantia do portátil recondicionado que comprei.

Podem fazer a alteração do vosso lado? Posso enviar cópia da fatura ou do documento de
identificação.

Sandra Godinho"""),

    dict(n=16, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Pedro Albuquerque <pedro.albuquerque@mailcasa.example>",
         to="apoio@energiaviva.example",
         subject="Re: Manutenção programada da área de cliente",
         body="""\
Obrigado pelo aviso. A manutenção já terminou, mas desde então não me chega o código de
verificação por SMS quando tento entrar na minha conta. Já pedi cinco vezes esta manhã. O
número associado termina em 417 e continua a ser o meu.

Pedro Albuquerque

Em sex., 16/05/2025 às 18:30, Energia Viva <apoio@energiaviva.example> escreveu:
> Caro cliente,
>
> Informamos que a área de cliente e a app estarão indisponíveis no sábado, entre as 00h00 e
> as 06h00, devido a manutenção programada. Durante esse período o serviço estará em baixo e
> não será possível consultar faturas nem fazer carregamentos.
>
> Pedimos desculpa pelo incómodo.
> Equipa Energia Viva"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Leonor Matias <leonor.matias@correio.example>",
         to="suporte@reparatlm.example",
         subject="Autenticação em dois passos",
         body="""\
Olá, como ativo a autenticação em dois passos na minha conta? Não encontro a opção no menu.
Obrigada."""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Mercedes Ortega <mercedes.ortega@correio.example>",
         to="loja@miaumundo.example",
         subject="Arranhador Torre XL – aguenta dois gatos?",
         body="""\
Olá!

Os meus dois gatos são autênticos terroristas: já deram cabo de dois arranhadores e de metade
do sofá. Estou a pensar na Torre XL, mas preciso de saber se a base aguenta os dois a saltar
lá para cima ao mesmo tempo (juntos pesam uns 11 kg). E as plataformas são fixas ou abanam?

Estou morta de curiosidade para ver a cara deles quando chegar. Perdón, soy española y a veces
se me escapa: ¿lo tenéis también en gris?

Obrigada!
Mercedes"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Aurora Felgueiras <aurora.felgueiras@correio-norte.example>",
         to="apoio@casadospassaros.example",
         subject="Re: Pergunta sobre a tinta das gaiolas",
         body="""\
Muito obrigada pela resposta tão rápida, fico mais descansada. Vou encomendar a gaiola grande
para os meus canários ainda esta semana.

Aurora

Em 22/04/2025 10:47, Casa dos Pássaros escreveu:
> Cara Aurora,
>
> Sobre a sua pergunta: a tinta das gaiolas da linha Canário é atóxica e cumpre as normas de
> segurança europeias (EN 71-3). Não há qualquer risco de intoxicação para as aves, mesmo que
> piquem as grades.
>
> Com os melhores cumprimentos,
> Casa dos Pássaros"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Henrique Sampaio <henrique.sampaio@mailcasa.example>",
         to="apoio@reparatlm.example",
         subject="Obrigado pela reparação",
         body="""\
Boa tarde,

Só queria agradecer à equipa. O meu telemóvel chegou aí com a bateria inchada, o ecrã a
descolar e a desligar-se sozinho a cada meia hora. Voltou em três dias, como novo, e ainda
vinha com uma película nova de oferta. Já recomendei a loja a meio mundo.

Henrique Sampaio"""),

    dict(n=21, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Teresa Valadares <teresa.valadares@correio-sul.example>",
         to="vendas@remarrio.example",
         subject="Coletes salva-vidas para crianças",
         body="""\
Olá,

Em agosto vamos fazer um passeio de caiaque em Cascais, da praia da Rainha até à Boca do
Inferno, com os miúdos (7 e 10 anos). Queria comprar dois coletes salva-vidas de criança:

- Que tamanho para 23 kg e para 34 kg?
- Trazem apito?
- Se o tamanho não servir, posso trocar na loja de Oeiras?

Obrigada,
Teresa"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Jardim & Companhia <novidades@jardimecompanhia.example>",
         to="apoio@jardimecompanhia.example",
         subject="Época de incêndios: prepare o seu jardim (-20 % em mangueiras)",
         body="""\
Newsletter Jardim & Companhia – junho

Época de incêndios à porta!
Lembre-se: a limpeza de terrenos à volta de casa é obrigatória. Aproveite para renovar o
seu material de rega:

* Mangueiras extensíveis de 15 e 30 m – 20 % de desconto
* Carretos com pistola de 7 jatos – a partir de 24,90 €
* Piscinas insufláveis para os mais pequenos – novidades da estação

Alerta: stock limitado nas mangueiras de 30 m!

Para deixar de receber a nossa newsletter, clique aqui."""),

    dict(n=23, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Dr. Artur Meireles <compras@ae-vale-do-sousa.example>",
         to="faturacao@mochilasescola.example",
         subject="Fatura FT 2025/1187 com NIF errado – prazo sexta-feira",
         body="""\
Exmos. Senhores,

Sou o responsável pelas compras do Agrupamento de Escolas do Vale do Sousa (cinco escolas,
cerca de 1 900 alunos). A fatura FT 2025/1187, referente às 120 mochilas escolares entregues
na semana passada, foi emitida com o NIF errado: consta 500 000 118 quando o nosso é
600 000 227, e a morada é a da escola antiga.

Precisamos da fatura corrigida (nota de crédito e nova fatura) até sexta-feira, dia 27, que é
o último dia para submeter a despesa ao programa de financiamento. Sem ela perdemos o
reembolso das 120 mochilas e não podemos fazer a encomenda do segundo período.

Com os melhores cumprimentos,
Artur Meireles
Tel. 255 000 903"""),

    dict(n=24, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Cláudia Portela <claudia.portela@correio.example>",
         to="apoio@linhasenior.example",
         subject="RE: Linha fixa sem sinal – pedido 77120 (3.º contacto)",
         body="""\
Volto a escrever porque continua tudo igual. A linha fixa da minha avó (91 anos, Viseu) está
sem sinal há onze dias. Disseram-me duas vezes que "o técnico ia passar" e ninguém apareceu.
Ela não usa telemóvel; a única forma de falarmos com ela é eu ir lá de carro.

Quero uma data concreta para a reparação.

Cláudia Portela

-----Mensagem original-----
De: Cláudia Portela
Enviada: segunda-feira, 12 de maio de 2025 09:15
Para: apoio@linhasenior.example
Assunto: RE: Linha fixa sem sinal – pedido 77120

> Bom dia, já passou uma semana e a linha da minha avó continua muda. Quando vem o técnico?
>
> -----Mensagem original-----
> Enviada: terça-feira, 6 de maio de 2025 17:40
> Assunto: Linha fixa sem sinal – pedido 77120
>
> Boa tarde, o telefone fixo da minha avó, Maria do Céu Portela, deixou de dar sinal de
> marcação. Número 232 000 518. Podem verificar a linha?"""),
]
