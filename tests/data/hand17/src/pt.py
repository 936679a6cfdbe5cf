# blind18 -- Portuguese (pt), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Inês Carvalho <ines.carvalho@correio.example>",
         to="apoio@caixasinventores.example",
         subject="Caixa de outubro – peças com ímanes do kit de construção",
         body="""\
Boa noite,

Recebemos ontem a caixa "Pequenos Inventores" de outubro para o meu filho de 3 anos (assinatura n.º PI-20931). O kit traz umas peças com ímanes muito pequenos que se soltam da base só com os dedos. Esta tarde encontrei-o a brincar com elas e faltavam duas. Uma hora depois começou a queixar-se da barriga, vomitou duas vezes e agora está muito pálido e encolhido no sofá. O centro de saúde mandou-nos seguir para o hospital pediátrico para fazer um raio-X.

Preciso de saber exatamente que ímanes são (tamanho, material, quantos vêm no kit) para dizer aos médicos. E acho que deviam avisar as outras famílias que receberam esta caixa.

Inês Carvalho
912 555 048"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Rui Teixeira <rui.teixeira@armazensdolis.example>",
         to="assistencia@cargamax.example",
         subject="Carregador de empilhadores n.º 3 – cheiro forte e cabos quentes",
         body="""\
Bom dia,

Desde ontem à tarde, o carregador n.º 3 (modelo FC-48, zona de carga do armazém 2) deixa um cheiro intenso a ovos podres à volta da bateria que lá está ligada. Os cabos e a ficha estão tão quentes que não se consegue lá ter a mão mais de dois segundos, e ouve-se um borbulhar dentro da bateria. Hoje de manhã um operador que esteve a trocar a bateria ficou tonto, com dor de cabeça, e teve de se sentar lá fora um bom bocado até passar.

Desliguei o carregador no quadro e abrimos os portões para arejar. Preciso de um técnico ainda hoje: temos mais cinco carregadores iguais a trabalhar no mesmo sítio.

Rui Teixeira
Responsável de manutenção – Armazéns do Lis, Leiria"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Filipa Moura <filipa.moura@correio.example>",
         to="suporte@jurisdoc.example",
         subject="Vejo documentos de outra pessoa no portal",
         body="""\
Boa tarde,

Sou cliente do escritório Lemos & Pinto Advogados, que usa o vosso portal de documentos. Hoje entrei para ver a minha escritura e, na pasta "Documentos recentes", aparecem três ficheiros que não são meus: uma petição de divórcio com o nome, a morada, o NIF e o IBAN de uma senhora que não conheço, e a relação de bens do casal. Consigo abri-los e descarregá-los.

Se eu vejo os dados dela, presumo que alguém possa estar a ver os meus. Quero saber quem teve acesso aos meus documentos e o que vão fazer em relação a isto.

Filipa Moura"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Eng. Paulo Azevedo <p.azevedo@construtoraatlantico.example>",
         to="assistencia@gruacom.example",
         subject="PERIGO – grua torre moveu-se sem comando",
         body="""\
Hoje às 10h20, na obra da Rua do Bonjardim (Porto), a grua torre GT-60 rodou cerca de 30 graus sozinha, com uma carga de cofragem suspensa, sem o manobrador tocar no comando remoto RC-8. Ele carregou na paragem de emergência e a grua só parou passados dois ou três segundos. Estavam quatro homens na laje por baixo.

Não houve feridos por pura sorte, mas isto é um risco gravíssimo para a segurança da obra. A grua está parada e o comando guardado. Exijo um técnico hoje e uma explicação por escrito.

Paulo Azevedo
Diretor de obra – Construtora Atlântico
Telemóvel 939 555 611"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dra. Sofia Neves <geral@farmaciacentraltomar.example>",
         to="suporte@robopharm.example",
         subject="Robô não entrega caixas",
         body="""\
Desde as 9h que o robô de dispensa não entrega nenhuma caixa: os pedidos entram no ecrã, o braço vai até à prateleira e volta vazio. Temos fila até à porta, estamos a ir buscar os medicamentos ao armazém de cima à mão, um a um, e as receitas acumulam-se no balcão. Segunda-feira de manhã, a pior hora da semana.

Liguem-me para o 249 555 300, por favor.

Dra. Sofia Neves
Farmácia Central de Tomar"""),

    dict(n=6, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Carlos Ribeiro <direcao@aevaleverde.example>",
         to="suporte@presencasweb.example",
         subject="Professores sem acesso à aplicação de presenças",
         body="""\
Exmos. Senhores,

Na sequência da renovação obrigatória de palavras-passe que a vossa plataforma aplicou no domingo, nenhum dos 46 professores da Escola Básica de Vale Verde consegue entrar na aplicação de presenças: o link de redefinição devolve "token inválido" a todos. Desde as 8h15 estamos a registar as faltas em papel e a secretaria vai ter de as introduzir todas à mão mais tarde. Temos inspeção na quinta-feira.

Agradecemos uma resolução com a máxima brevidade.

Com os melhores cumprimentos,
Carlos Ribeiro
Subdiretor – Agrupamento de Escolas de Vale Verde"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Joana Falcão <joana@falcaoarquitetos.example>",
         to="apoio@plotservice.example",
         subject="Plotter T-1100 – trabalhos ficam presos na fila",
         body="""\
Olá,

Desde ontem à tarde o plotter T-1100 aceita os trabalhos, eles aparecem na fila como "a processar" e ficam lá para sempre. Não sai uma única folha. Já desliguei e voltei a ligar, reinstalei o controlador e tentei a partir de outro computador. O nosso colega inglês diz que no painel aparece "Job held – waiting for media check", if that means anything to you.

Tenho de entregar as plantas de um licenciamento na câmara amanhã às 16h. Conseguem mandar alguém ou ajudar-me por telefone? 21 555 0734.

Joana Falcão
Falcão Arquitetos"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Hélder Maia <frota@transportesmaia.example>",
         to="suporte@rotafrota.example",
         subject="Localização das carrinhas",
         body="""\
Boa tarde,

É normal que, desde a semana passada, a posição das carrinhas no mapa só atualize de 20 em 20 minutos? Antes era praticamente em tempo real. Vamo-nos desenrascando a ligar aos motoristas, mas os clientes perguntam pelas entregas e nem sempre sabemos dizer onde anda cada um.

Cumprimentos,
Hélder Maia
Transportes Maia & Filhos"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Marta Simões <marta.simoes@padariasimoes.example>",
         to="suporte@contanet.example",
         subject="Portal de clientes não funciona",
         body="""\
Bom dia, o portal de clientes não funciona: sempre que tento enviar as faturas do mês aparece "Erro 500 – Internal Server Error". Já tentei noutro computador e no telemóvel. O prazo do IVA é dia 15 e tenho de mandar isto ao meu contabilista.
Obrigada,
Marta Simões"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Vítor Gomes <vitor.gomes.taxi@correio.example>",
         to="faturacao@taximetropro.example",
         subject="Mensalidade cobrada a dobrar",
         body="""\
Boa tarde,

Este mês vieram dois débitos de 24,60 € da mensalidade da aplicação do taxímetro, nos dias 1 e 2. Tenho só um carro e uma licença (contrato TX-4410). Peço a devolução de um deles.

Cumprimentos,
Vítor Gomes"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Tiago Rebelo <tiago@rebelodecor.example>",
         to="vendedores@feiradigital.example",
         subject="Vendas de setembro",
         body="""\
Olá, boa tarde,

Escrevo-vos a propósito da loja Rebelo Decor (vendedor n.º 55120). Antes de mais, obrigado pela ajuda no mês passado com as fotografias dos candeeiros, as vendas subiram imenso desde que passaram para a página principal. Também queria perguntar se já há data para a campanha de Natal, porque preciso de encomendar stock aos artesãos com tempo.

Mas o motivo principal é outro: a transferência das vendas de setembro (2.915,80 €) está "em revisão" há nove dias, sem nenhuma explicação no painel. Não recebi nenhum pedido de documentos. No dia 8 tenho de pagar a renda do armazém (1.400 €) e não tenho outra forma de a pagar sem esse dinheiro.

Podem desbloquear o pagamento ou pelo menos dizer-me o que falta?

Tiago Rebelo
926 555 381"""),

    dict(n=12, signals="payment", priority="medium", trap="reply", qt=0, reply=1,
         frm="Ana Lopes <ana.lopes@pastelariaaurora.example>",
         to="Nuno Pacheco <nuno@graficapacheco.example>",
         subject="RE: Orçamento 2291 – folhetos A5",
         body="""\
Bom dia, Sr. Nuno,

Recebi a fatura FT 2024/811 e vem com 5.000 folhetos (285,00 € + IVA), mas o orçamento e a encomenda eram de 500 (38,50 € + IVA), e foram 500 que recebemos. Pode emitir uma nota de crédito e a fatura corrigida?

Obrigada,
Ana Lopes
Pastelaria Aurora

-----Mensagem original-----
De: Nuno Pacheco <nuno@graficapacheco.example>
Enviada: quarta-feira, 2 de outubro de 2024 11:20
Para: Ana Lopes
Assunto: Orçamento 2291 – folhetos A5

> Cara D. Ana,
> Segue o orçamento para 500 folhetos A5, 4/4 cores, papel couché 135 g:
> 38,50 € + IVA. Prazo de entrega: 3 dias úteis após aprovação da prova.
> Cumprimentos,
> Nuno Pacheco"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Lavagens Express Alverca <lavagens.alverca@correio.example>",
         to="apoio@lavapay.example",
         subject="Pergunta sobre taxa de 0,15 €",
         body="""\
Olá, no extrato do terminal da estação de lavagem aparece em algumas transações (não em todas) uma "taxa de serviço contactless" de 0,15 €. Não é nada de especial, é só curiosidade: a que corresponde?
Obrigado."""),

    dict(n=14, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Sara Quintela <sara@quintelashop.example>",
         to="apoio@droprapido.example",
         subject="Re: Manutenção programada 12/10 – indisponibilidade do serviço",
         body="""\
Olá,

Respondo a este e-mail porque não encontro outro contacto. Depois de errar a palavra-passe três vezes, a minha conta ficou bloqueada ("Conta suspensa por tentativas de acesso falhadas"). Já passaram 24 horas e continua igual. O meu utilizador é sara.quintela. Podem desbloquear?

Obrigada,
Sara

Em 10/10/2024 09:00, Equipa DropRápido <noticias@droprapido.example> escreveu:
> Caro cliente,
> No sábado, 12 de outubro, entre as 01h00 e as 05h00, a plataforma vai estar em
> baixo para manutenção programada. Durante esse período as encomendas não serão
> sincronizadas com os fornecedores.
> Equipa DropRápido"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Duarte Fonseca <duarte@vinhosfonseca.example>",
         to="suporte@correiomassa.example",
         subject="Código de verificação",
         body="""\
Boa tarde,

É normal que o código SMS de verificação chegue só seis ou sete minutos depois de o pedir? Quando o escrevo já diz "código expirado" e não consigo entrar na conta. Hoje já pedi uns oito códigos. O número termina em 207.

Duarte Fonseca
Vinhos Fonseca"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Beatriz Nogueira <bia.nogueira@novoemail.example>",
         to="ajuda@cowork-lx.example",
         subject="Alterar e-mail – o link de confirmação vai para o antigo",
         body="""\
Olá,

Mudei de empresa e perdi o acesso ao e-mail antigo (beatriz.nogueira@antigaempresa.example). No meu perfil pedi para mudar o e-mail para este, mas o link de confirmação é enviado para o antigo, que já não existe, por isso a alteração nunca fica concluída. Como posso resolver isto?

Obrigada,
Beatriz"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Manuel Rocha <olagar@correio.example>",
         to="clientes@hortafresca.example",
         subject="Como adicionar outro utilizador",
         body="""\
Boa tarde, como faço para dar acesso à minha conta de encomendas ao meu chefe de cozinha, com login próprio? Não lhe quero dar a minha palavra-passe.
Obrigado, Manuel (Restaurante O Lagar)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ricardo Pires <ricardo@barpraiaazul.example>",
         to="vendas@gelopro.example",
         subject="Máquina de gelo para o verão",
         body="""\
Boa tarde,

Tenho um bar de praia na Costa da Caparica e no verão isto é uma loucura: em agosto o gelo voa e a máquina que temos já está a dar o berro. Um amigo meu põe as mãos no fogo pela vossa MG-90, diz que é uma bomba.

Conseguem dizer-me quantos quilos faz por dia com 35 °C de temperatura ambiente, quanto custa e se fazem a instalação antes de maio?

Cumprimentos,
Ricardo Pires"""),

    dict(n=19, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Gonçalo Matias <compras@conservasmatias.example>",
         to="Patrícia Reis <patricia.reis@etiquetasnorte.example>",
         subject="Re: Encomenda 55102 – rolos de etiquetas",
         body="""\
Obrigado, Patrícia. A entrega na quinta-feira dá perfeitamente.

Cumprimentos,
Gonçalo Matias
Conservas Matias

Em ter., 15/10/2024 às 14:32, Patrícia Reis <patricia.reis@etiquetasnorte.example> escreveu:
> Caro Gonçalo,
> Confirmo que o débito em duplicado da encomenda 55102 foi anulado e que os
> 312,40 € cobrados a mais já foram devolvidos ao seu cartão. Os rolos seguem
> amanhã e devem chegar na quinta-feira.
> Cumprimentos,
> Patrícia Reis"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Cervejaria O Tanque <geral@cervejariaotanque.example>",
         to="servicos@linhalimpa.example",
         subject="Obrigado pela limpeza das linhas",
         body="""\
Bom dia,

Só para agradecer ao Sr. Fernando, que veio ontem fazer a limpeza das linhas de cerveja. Aquele problema da espuma que nos andava a dar cabo da cabeça desapareceu por completo e os clientes já notaram. Serviço impecável.

Até à próxima!
Zé Tavares"""),

    dict(n=21, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Helena Cardoso <helena.cardoso@correio.example>",
         to="orcamentos@mudancasrapidas.example",
         subject="Pedido de orçamento – mudança",
         body="""\
Bom dia,

Gostava de pedir um orçamento para a mudança de um T2 na Travessa do Fogo, em Setúbal, para Lisboa (Alvalade), na segunda quinzena de novembro. É um 3.º andar sem elevador. Tenho um piano vertical que pesa como chumbo e umas vinte caixas de livros; sou uma desastrada a embalar, por isso interessava-me também o serviço de embalagem.

Podem dizer-me se o seguro está incluído?

Obrigada,
Helena Cardoso"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="PagaFácil <novidades@pagafacil.example>",
         to="loja@oficinadasvelas.example",
         subject="Novidades PagaFácil – outubro: proteção contra fraude e novos relatórios",
         body="""\
Olá, Oficina das Velas!

Estas são as novidades do mês:

• Alertas de fraude em tempo real: agora pode receber uma notificação sempre que um pagamento suspeito é bloqueado.
• Chargebacks explicados: novo guia para responder a contestações de clientes sem perder dinheiro.
• Reembolsos parciais diretamente no painel, sem precisar de nos contactar.
• Manutenção programada: no domingo, 27/10, entre as 02h00 e as 03h00, os pagamentos poderão ficar indisponíveis durante alguns minutos.

Boas vendas,
Equipa PagaFácil

Recebe este e-mail porque é cliente PagaFácil. Para deixar de receber novidades, altere as preferências no painel."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Flores da Ribeira <encomendas@floresdaribeira.example>",
         to="suporte@frioalerta.example",
         subject="Alertas de temperatura por SMS deixaram de chegar",
         body="""\
Olá,

Os sensores da câmara das flores continuam a registar bem a temperatura na aplicação, mas desde dia 3 os alertas por SMS deixaram de chegar (os de e-mail chegam). Por agora pusemos as notificações do e-mail no telemóvel, por isso não é dramático, mas gostávamos de ter os SMS de volta, porque à noite ninguém olha para o e-mail.

Obrigada,
Catarina Ribeiro"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Miguel Sarmento <miguel.sarmento@gruposabores.example>",
         to="suporte@mesacerta.example",
         subject="Re: Reservas do site não aparecem no sistema",
         body="""\
Bom dia,

Volto a escrever porque continuamos sem resposta e o problema piorou: agora são os 12 restaurantes do grupo, não só o do Porto. As reservas feitas no site e no Instagram não entram no sistema de mesas; os clientes recebem a confirmação e chegam cá sem mesa. Ontem à noite tivemos 30 pessoas à porta a dizer que tinham reserva. Amanhã é Dia dos Namorados e temos mais de 900 reservas online.

Preciso de um responsável ao telefone ainda hoje: 226 555 190.

Miguel Sarmento
Diretor de Operações – Grupo Sabores do Norte

Em seg., 12/02/2024 às 19:05, Miguel Sarmento <miguel.sarmento@gruposabores.example> escreveu:
> Boa tarde,
> No restaurante do Porto (Ribeira), as reservas feitas pelo site desde sábado
> não aparecem no sistema de mesas. Os clientes recebem o e-mail de confirmação,
> mas nós não temos registo delas. Podem verificar?
> Miguel"""),
]
