# Cinder: European Portuguese.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Segredos de utilização única, encriptados no seu navegador
nav_create = Novo segredo
nav_privacy = Privacidade
language_label = Idioma
footer_note = Encriptado no seu navegador. O servidor nunca vê o seu segredo nem a ligação.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Serviço gerido por:
instance_note = Uma nota de quem gere este serviço:

## Create page.

create_title = Partilhar um segredo
create_intro = O seu segredo é encriptado neste navegador antes de qualquer envio. Só pode ser aberto uma vez através da ligação; depois, é destruído.
text_label = Segredo
text_hint = Só a pessoa que abrir a ligação o poderá ver.
files_label = Ficheiros (opcional)
files_hint = Até { $max } no total.
files_drop = Arraste os ficheiros para aqui ou selecione-os:
file_remove = Remover { $name }
files_total = { $size } de { $max }
passphrase_label = Frase de acesso (opcional)
passphrase_hint = O destinatário também vai precisar dela. Envie-a por um meio diferente do da ligação.
passphrase_show = Mostrar a frase de acesso
passphrase_hide = Ocultar a frase de acesso
generator_title = Gerador de palavras-passe
generator_length = Comprimento
generator_lower = Letras minúsculas
generator_upper = Letras maiúsculas
generator_digits = Números
generator_symbols = Símbolos
generator_generate = Gerar
generator_result = Palavra-passe gerada
generator_insert = Adicionar ao segredo
generator_use_as_passphrase = Usar como frase de acesso
generator_need_class = Escolha pelo menos um tipo de carácter.
expiry_label = Expira após
views_label = Número de aberturas
views_hint = No máximo { $max } vezes. O segredo é destruído após a última abertura ou quando expira, o que acontecer primeiro.
create_button = Criar ligação
creating = A encriptar e a enviar…
reading_files = A ler os ficheiros…
deriving_key = A derivar a chave a partir da frase de acesso…
err_empty = Escreva primeiro um segredo ou adicione um ficheiro.
err_too_large = É demasiado grande: no máximo { $max } no total.
err_file_unreadable = Não foi possível ler um ficheiro.
err_unreachable = Não é possível contactar o servidor. Verifique a sua ligação à Internet e tente novamente.
err_rate_limited = Demasiados pedidos em pouco tempo. Aguarde um minuto e tente novamente.
err_full = O servidor está cheio neste momento. Tente novamente mais tarde.
err_unexpected = Ocorreu um erro neste navegador. Recarregue a página e tente novamente.
err_server = O servidor não conseguiu concluir a operação ({ $code }). Tente novamente mais tarde.
create_off = Esta instância apenas abre ligações: não cria novos segredos. Para partilhar um, utilize a instância que a sua organização disponibiliza para esse fim.
create_sign_in = Só as pessoas desta organização podem criar segredos aqui. Inicie sessão primeiro através da sua organização. Qualquer pessoa com uma ligação continua a poder abri-la.
create_sign_in_link = Iniciar sessão
create_not_allowed = Tem sessão iniciada, mas a sua conta não tem permissão para criar segredos aqui. Contacte o seu administrador.

## The link, shown after creating.

link_title = A sua ligação está pronta
link_label = Ligação de partilha (abre uma vez)
link_help = Envie esta ligação ao destinatário. Só pode ser aberta uma vez.
link_expires = Se não for aberto, o segredo expira a { $when }.
link_passphrase_reminder = Não se esqueça de enviar a frase de acesso em separado.
link_label_views = Ligação de partilha
link_help_views =
    { $n ->
        [one] Envie esta ligação ao destinatário. Pode ser aberta { $n } vez.
        [many] Envie esta ligação aos destinatários. Pode ser aberta { $n } de vezes.
       *[other] Envie esta ligação aos destinatários. Pode ser aberta { $n } vezes.
    }
link_expires_views = Se nem todas as aberturas forem usadas, o segredo expira a { $when }.
copy = Copiar
copied = Copiado para a área de transferência.
copy_failed = Não foi possível copiar: selecione o texto e copie-o manualmente.
qr_label = Código QR da ligação de partilha
share_email = Partilhar por e-mail
email_subject = Um segredo para si
email_body = Abra esta ligação para ler o segredo que partilhei consigo. Só funciona uma vez:
email_body_views =
    { $n ->
        [one] Abra esta ligação para ler o segredo que partilhei consigo. Funciona { $n } vez:
        [many] Abra esta ligação para ler o segredo que partilhei consigo. Funciona { $n } de vezes:
       *[other] Abra esta ligação para ler o segredo que partilhei consigo. Funciona { $n } vezes:
    }
receipt_title = Só para si: a ligação de acompanhamento
receipt_help = Guarde esta ligação só para si; não a envie ao destinatário. Mostra se o segredo foi aberto e permite-lhe destruí-lo.
receipt_label = Ligação de acompanhamento (privada)
create_another = Criar outro segredo

## Open page (the recipient).

open_title = Um segredo para si
checking = A verificar a ligação…
open_waiting = Alguém partilhou um segredo consigo. Só pode ser aberto uma vez: depois disso, é destruído.
open_waiting_views =
    { $n ->
        [one] Alguém partilhou um segredo consigo. Pode ser aberto mais { $n } vez: depois disso, é destruído.
        [many] Alguém partilhou um segredo consigo. Pode ser aberto mais { $n } de vezes: após a última, é destruído.
       *[other] Alguém partilhou um segredo consigo. Pode ser aberto mais { $n } vezes: após a última, é destruído.
    }
open_expires = Disponível até { $when }.
open_needs_passphrase = Está protegido por uma frase de acesso, que o remetente lhe deverá ter enviado em separado.
open_passphrase_label = Frase de acesso
open_button = Abrir o segredo
opening = A abrir…
open_wrong_passphrase =
    { $n ->
        [one] Frase de acesso incorreta. Resta { $n } tentativa antes de o segredo ser destruído.
        [many] Frase de acesso incorreta. Restam { $n } de tentativas antes de o segredo ser destruído.
       *[other] Frase de acesso incorreta. Restam { $n } tentativas antes de o segredo ser destruído.
    }
open_unavailable_title = Este segredo não está disponível
open_unavailable = Já foi aberto, destruído ou expirou: um segredo só pode ser aberto uma vez. Se precisar dele, peça um novo ao remetente.
open_bad_link = Esta ligação está incompleta. Verifique se a copiou na íntegra, incluindo a parte depois de #.
open_failed_decrypt = Não foi possível desencriptar o segredo. A ligação pode estar danificada.
open_interrupted = A abertura foi interrompida e o segredo pode já ter sido consumido, embora não tenha sido mostrado.
opened_title = O seu segredo
opened_text_label = Texto secreto
opened_clipboard = A área de transferência pode guardar o que copiar: no histórico ou nos dispositivos com que é sincronizada.
opened_destroyed = O segredo foi agora destruído no servidor. Copie ou guarde aquilo de que precisa antes de sair desta página.
opened_views_left =
    { $n ->
        [one] O segredo ainda pode ser aberto mais { $n } vez; depois, será destruído no servidor. Copie ou guarde aquilo de que precisa antes de sair desta página.
        [many] O segredo ainda pode ser aberto mais { $n } de vezes; depois, será destruído no servidor. Copie ou guarde aquilo de que precisa antes de sair desta página.
       *[other] O segredo ainda pode ser aberto mais { $n } vezes; depois, será destruído no servidor. Copie ou guarde aquilo de que precisa antes de sair desta página.
    }
opened_burn_rest = Já o tenho: destruir agora
opened_burn_question =
    { $n ->
        [one] Destruir o segredo agora? A abertura restante perder-se-á para todos.
        [many] Destruir o segredo agora? Restam { $n } de aberturas, que se perderão para todos.
       *[other] Destruir o segredo agora? Restam { $n } aberturas, que se perderão para todos.
    }
opened_burn_confirm = Sim, destruir
opened_files = Ficheiros
download = Transferir { $name } ({ $size })
opened_empty = (sem texto)

## Receipt page (the creator's private page).

receipt_page_title = Acompanhamento
receipt_intro = Esta página privada indica-lhe o que aconteceu ao segredo que partilhou.
receipt_state_label = Estado
state_waiting = A aguardar: ainda não foi aberto.
state_waiting_views =
    { $n ->
        [one] A aguardar: já foi aberto; resta { $n } abertura.
        [many] A aguardar: já foi aberto; restam { $n } de aberturas.
       *[other] A aguardar: já foi aberto; restam { $n } aberturas.
    }
state_opened = Aberto a { $when }.
state_burned = Destruído: já ninguém o pode abrir.
state_expired = Expirou sem ter sido aberto.
state_expired_views =
    { $n ->
        [one] Expirou depois de ter sido aberto { $n } vez.
        [many] Expirou depois de ter sido aberto { $n } de vezes.
       *[other] Expirou depois de ter sido aberto { $n } vezes.
    }
receipt_expires = Expira a { $when }.
receipt_expired_at = Expiração: { $when }.
receipt_views_total =
    { $n ->
        [one] Pode ser aberto { $n } vez no total.
        [many] Pode ser aberto { $n } de vezes no total.
       *[other] Pode ser aberto { $n } vezes no total.
    }
receipt_opens_label = Aberto a
receipt_gone = Esta ligação de acompanhamento é desconhecida ou foi eliminada.
receipt_bad_link = Esta ligação de acompanhamento está incompleta. Verifique se a copiou na íntegra, incluindo a parte depois de #.
refresh = Atualizar
burn_button = Destruir agora
burn_question = Destruir o segredo agora? Ninguém o poderá abrir.
burn_confirm = Sim, destruir
cancel = Cancelar
burned_done = O segredo foi destruído.
receipt_watching = Enquanto esta página estiver aberta, verifica o estado de poucos em poucos segundos e mostra qualquer alteração.
receipt_notify = Avisar-me quando mudar
receipt_notify_on = Também irá receber uma notificação do navegador, enquanto esta página se mantiver aberta.
receipt_notify_blocked = Este navegador bloqueia as notificações desta página. A própria página continua a mostrar a alteração.
receipt_changed = O estado mudou enquanto acompanhava.

## Privacy page.

privacy_title = Privacidade
privacy_encryption = O seu segredo é encriptado no seu navegador. A chave está na parte da ligação depois de #, que os navegadores nunca enviam a nenhum servidor.
privacy_stored = O servidor guarda apenas o segredo encriptado, um identificador derivado da ligação, um hash para verificar a ligação, a data de expiração, quantas aberturas restam e o estado do acompanhamento com a hora de cada abertura. Nunca vê o seu texto, os seus ficheiros nem os respetivos nomes, a sua frase de acesso nem a ligação.
privacy_deleted = Um segredo é eliminado após a última abertura permitida, quando é destruído ou quando expira, o que acontecer primeiro. Os respetivos dados de acompanhamento são eliminados algum tempo depois.
privacy_tracking = Sem rastreio, sem análises, sem cookies e sem terceiros: tudo aquilo de que esta página precisa vem deste servidor.
privacy_logs = O servidor não regista identificadores de segredos, provas, ligações de acompanhamento nem o seu endereço IP.
privacy_language = A sua escolha de idioma é guardada apenas no armazenamento local deste navegador.

## Not found.

not_found_title = Página não encontrada
not_found_body = Não há nada neste endereço.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Pedir um segredo
request_title = Pedir um segredo
request_intro = Precisa de uma palavra-passe ou de um ficheiro de alguém? Crie um pedido e envie a ligação a essa pessoa. O navegador dela encripta a resposta só para si: só a sua ligação privada a pode ler, uma única vez.
request_note_label = O que precisa (opcional)
# $max is a number of bytes.
request_note_hint = A outra pessoa vê esta nota ao abrir a ligação do pedido; é encriptada como tudo o resto. No máximo { $max } bytes.
request_note_too_long = A nota é demasiado longa: no máximo { $max } bytes.
request_expiry_label = O pedido e a resposta expiram após
request_button = Criar pedido
requested_title = O seu pedido está pronto
request_link_label = Ligação do pedido: envie-a a quem tem o segredo
request_link_help = Qualquer pessoa que veja esta ligação pode responder ao pedido, uma única vez. Ninguém além de si pode ler a resposta.
request_private_title = A sua ligação privada
request_private_help = Guarde esta ligação só para si; não a envie. Mostra se a resposta já chegou e permite abri-la, uma única vez.
request_private_label = Ligação privada (só sua)
request_expires = O pedido aguarda resposta até { $when }.
# The answerer's page.
answer_title = Alguém lhe pede um segredo
answer_note_label = A nota dessa pessoa
answer_no_note = Não foi deixada nenhuma nota.
answer_text_label = A sua resposta
answer_hint = É encriptada neste navegador para a pessoa que fez o pedido: só a ligação privada dela a pode ler, uma única vez. Este servidor não pode.
answer_anyone = Qualquer pessoa que tenha visto esta ligação pode responder ao pedido, e só a primeira resposta é guardada. Responda apenas se a ligação veio de alguém que conhece.
answer_expires = Pode responder até { $when }.
answer_button = Enviar resposta
answered_title = Resposta enviada
answered_body = Só a pessoa que fez o pedido a pode ler, uma única vez, até { $when }.
answer_unavailable_title = Não é possível responder a este pedido
answer_unavailable = Já foi respondido ou expirou. Se a pessoa ainda precisar, peça-lhe que crie um novo pedido.
# The asker's private page.
asker_title = O seu pedido
asker_note_label = A sua nota
asker_waiting = Ainda sem resposta. Enquanto esta página estiver aberta, verifica de poucos em poucos segundos.
asker_answered = A resposta chegou a { $when }. Abre-se uma única vez: depois disso, desaparece do servidor.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = A resposta chegou enquanto acompanhava.
asker_open_button = Abrir a resposta
asker_gone = Este pedido é desconhecido: a resposta já foi aberta ou o pedido expirou.
asker_expires = O pedido e a resposta expiram a { $when }.
