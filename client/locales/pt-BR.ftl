# Cinder: Brazilian Portuguese.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Segredos de uso único, criptografados no seu navegador
nav_create = Novo segredo
nav_privacy = Privacidade
language_label = Idioma
footer_note = Criptografado no seu navegador. O servidor nunca vê o seu segredo nem o link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Serviço mantido por:
instance_note = Uma mensagem de quem mantém este serviço:

## Create page.

create_title = Compartilhar um segredo
create_intro = Seu segredo é criptografado neste navegador antes de qualquer envio. Ele só pode ser aberto uma vez pelo link; depois, é destruído.
text_label = Segredo
text_hint = Só quem abrir o link vai poder vê-lo.
files_label = Arquivos (opcional)
files_hint = Até { $max } no total.
files_drop = Arraste os arquivos para cá ou selecione-os:
file_remove = Remover { $name }
files_total = { $size } de { $max }
passphrase_label = Frase secreta (opcional)
passphrase_hint = O destinatário também vai precisar dela. Envie-a por um meio diferente do link.
passphrase_show = Mostrar a frase secreta
passphrase_hide = Ocultar a frase secreta
generator_title = Gerador de senhas
generator_length = Tamanho
generator_lower = Letras minúsculas
generator_upper = Letras maiúsculas
generator_digits = Números
generator_symbols = Símbolos
generator_generate = Gerar
generator_result = Senha gerada
generator_insert = Adicionar ao segredo
generator_use_as_passphrase = Usar como frase secreta
generator_need_class = Escolha pelo menos um tipo de caractere.
expiry_label = Expira após
views_label = Número de aberturas
views_hint = No máximo { $max } vezes. O segredo é destruído após a última abertura ou quando expira, o que acontecer primeiro.
create_button = Criar link
creating = Criptografando e enviando…
reading_files = Lendo os arquivos…
deriving_key = Derivando a chave a partir da frase secreta…
err_empty = Escreva um segredo ou adicione um arquivo primeiro.
err_too_large = É grande demais: no máximo { $max } no total.
err_file_unreadable = Não foi possível ler um arquivo.
err_unreachable = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.
err_rate_limited = Muitas solicitações em pouco tempo. Aguarde um minuto e tente novamente.
err_full = O servidor está cheio no momento. Tente novamente mais tarde.
err_unexpected = Algo deu errado neste navegador. Recarregue a página e tente novamente.
err_server = O servidor não conseguiu concluir a operação ({ $code }). Tente novamente mais tarde.
create_off = Esta instância só abre links: ela não cria novos segredos. Para compartilhar um, use a instância que sua organização oferece para isso.
create_sign_in = Só pessoas desta organização podem criar segredos aqui. Primeiro, entre com a conta da sua organização. Quem tiver um link ainda pode abri-lo.
create_sign_in_link = Entrar
create_not_allowed = Você está conectado, mas sua conta não tem permissão para criar segredos aqui. Fale com o administrador.

## The link, shown after creating.

link_title = Seu link está pronto
link_label = Link de compartilhamento (abre uma vez)
link_help = Envie este link ao destinatário. Ele só pode ser aberto uma vez.
link_expires = Se não for aberto, o segredo expira em { $when }.
link_passphrase_reminder = Lembre-se de enviar a frase secreta separadamente.
link_label_views = Link de compartilhamento
link_help_views =
    { $n ->
        [one] Envie este link ao destinatário. Ele pode ser aberto { $n } vez.
        [many] Envie este link aos destinatários. Ele pode ser aberto { $n } de vezes.
       *[other] Envie este link aos destinatários. Ele pode ser aberto { $n } vezes.
    }
link_expires_views = Se nem todas as aberturas forem usadas, o segredo expira em { $when }.
copy = Copiar
copied = Copiado para a área de transferência.
copy_failed = Não foi possível copiar: selecione o texto e copie manualmente.
qr_label = Código QR do link de compartilhamento
share_email = Compartilhar por e-mail
email_subject = Um segredo para você
email_body = Abra este link para ler o segredo que compartilhei com você. Ele só funciona uma vez:
email_body_views =
    { $n ->
        [one] Abra este link para ler o segredo que compartilhei com você. Ele funciona { $n } vez:
        [many] Abra este link para ler o segredo que compartilhei com você. Ele funciona { $n } de vezes:
       *[other] Abra este link para ler o segredo que compartilhei com você. Ele funciona { $n } vezes:
    }
receipt_title = Só para você: o link de acompanhamento
receipt_help = Guarde este link só para você; não o envie ao destinatário. Ele mostra se o segredo foi aberto e permite que você o destrua.
receipt_label = Link de acompanhamento (privado)
create_another = Criar outro segredo

## Open page (the recipient).

open_title = Um segredo para você
checking = Verificando o link…
open_waiting = Alguém compartilhou um segredo com você. Ele só pode ser aberto uma vez: depois disso, é destruído.
open_waiting_views =
    { $n ->
        [one] Alguém compartilhou um segredo com você. Ele pode ser aberto mais { $n } vez: depois disso, é destruído.
        [many] Alguém compartilhou um segredo com você. Ele pode ser aberto mais { $n } de vezes: depois da última, é destruído.
       *[other] Alguém compartilhou um segredo com você. Ele pode ser aberto mais { $n } vezes: depois da última, é destruído.
    }
open_expires = Disponível até { $when }.
open_needs_passphrase = Ele está protegido por uma frase secreta, que o remetente deve ter enviado a você separadamente.
open_passphrase_label = Frase secreta
open_button = Abrir o segredo
opening = Abrindo…
open_wrong_passphrase =
    { $n ->
        [one] Frase secreta incorreta. Resta { $n } tentativa antes que o segredo seja destruído.
        [many] Frase secreta incorreta. Restam { $n } de tentativas antes que o segredo seja destruído.
       *[other] Frase secreta incorreta. Restam { $n } tentativas antes que o segredo seja destruído.
    }
open_unavailable_title = Este segredo não está disponível
open_unavailable = Ele já foi aberto, destruído ou expirou: um segredo só pode ser aberto uma vez. Se precisar dele, peça um novo ao remetente.
open_bad_link = Este link está incompleto. Verifique se você o copiou por inteiro, incluindo a parte depois do #.
open_failed_decrypt = Não foi possível descriptografar o segredo. O link pode estar danificado.
open_interrupted = A abertura foi interrompida e pode ter consumido o segredo, mesmo sem exibi-lo.
opened_title = Seu segredo
opened_text_label = Texto secreto
opened_clipboard = A área de transferência pode guardar o que você copia: no histórico ou nos dispositivos sincronizados com ela.
opened_destroyed = O segredo já foi destruído no servidor. Copie ou salve o que precisar antes de sair desta página.
opened_views_left =
    { $n ->
        [one] O segredo ainda pode ser aberto mais { $n } vez; depois, será destruído no servidor. Copie ou salve o que precisar antes de sair desta página.
        [many] O segredo ainda pode ser aberto mais { $n } de vezes; depois, será destruído no servidor. Copie ou salve o que precisar antes de sair desta página.
       *[other] O segredo ainda pode ser aberto mais { $n } vezes; depois, será destruído no servidor. Copie ou salve o que precisar antes de sair desta página.
    }
opened_burn_rest = Já tenho: destruir agora
opened_burn_question =
    { $n ->
        [one] Destruir o segredo agora? A abertura restante será perdida para todos.
        [many] Destruir o segredo agora? Restam { $n } de aberturas, que serão perdidas para todos.
       *[other] Destruir o segredo agora? Restam { $n } aberturas, que serão perdidas para todos.
    }
opened_burn_confirm = Sim, destruir
opened_files = Arquivos
download = Baixar { $name } ({ $size })
opened_empty = (sem texto)

## Receipt page (the creator's private page).

receipt_page_title = Acompanhamento
receipt_intro = Esta página privada mostra o que aconteceu com o segredo que você compartilhou.
receipt_state_label = Status
state_waiting = Aguardando: ainda não foi aberto.
state_waiting_views =
    { $n ->
        [one] Aguardando: já foi aberto; resta { $n } abertura.
        [many] Aguardando: já foi aberto; restam { $n } de aberturas.
       *[other] Aguardando: já foi aberto; restam { $n } aberturas.
    }
state_opened = Aberto em { $when }.
state_burned = Destruído: ninguém mais pode abri-lo.
state_expired = Expirou sem ter sido aberto.
state_expired_views =
    { $n ->
        [one] Expirou depois de ter sido aberto { $n } vez.
        [many] Expirou depois de ter sido aberto { $n } de vezes.
       *[other] Expirou depois de ter sido aberto { $n } vezes.
    }
receipt_expires = Expira em { $when }.
receipt_expired_at = Expiração: { $when }.
receipt_views_total =
    { $n ->
        [one] Pode ser aberto { $n } vez no total.
        [many] Pode ser aberto { $n } de vezes no total.
       *[other] Pode ser aberto { $n } vezes no total.
    }
receipt_opens_label = Aberto em
receipt_gone = Este link de acompanhamento não existe ou foi excluído.
receipt_bad_link = Este link de acompanhamento está incompleto. Verifique se você o copiou por inteiro, incluindo a parte depois do #.
refresh = Atualizar
burn_button = Destruir agora
burn_question = Destruir o segredo agora? Ninguém mais poderá abri-lo.
burn_confirm = Sim, destruir
cancel = Cancelar
burned_done = O segredo foi destruído.
receipt_watching = Enquanto esta página estiver aberta, ela verifica o status a cada poucos segundos e mostra qualquer mudança.
receipt_notify = Avisar quando mudar
receipt_notify_on = Você também vai receber uma notificação do navegador, enquanto esta página continuar aberta.
receipt_notify_blocked = Este navegador bloqueia notificações para esta página. A própria página continua mostrando a mudança.
receipt_changed = O status mudou enquanto você acompanhava.

## Privacy page.

privacy_title = Privacidade
privacy_encryption = Seu segredo é criptografado no seu navegador. A chave fica na parte do link depois do #, que os navegadores nunca enviam a nenhum servidor.
privacy_stored = O servidor armazena apenas o segredo criptografado, um identificador derivado do link, um hash para conferir o link, a data de expiração, quantas aberturas restam e o status do acompanhamento com o horário de cada abertura. Ele nunca vê seu texto, seus arquivos nem os nomes deles, sua frase secreta nem o link.
privacy_deleted = Um segredo é excluído após a última abertura permitida, quando é destruído ou quando expira, o que acontecer primeiro. Os dados de acompanhamento dele são excluídos algum tempo depois.
privacy_tracking = Sem rastreamento, sem análises, sem cookies e sem terceiros: tudo de que esta página precisa vem deste servidor.
privacy_logs = O servidor não registra identificadores de segredos, provas, links de acompanhamento nem seu endereço IP.
privacy_language = Sua escolha de idioma fica salva apenas no armazenamento local deste navegador.

## Not found.

not_found_title = Página não encontrada
not_found_body = Não há nada neste endereço.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Pedir um segredo
request_title = Pedir um segredo
request_intro = Precisa de uma senha ou de um arquivo de alguém? Crie um pedido e envie o link para essa pessoa. O navegador dela criptografa a resposta só para você: só o seu link privado pode lê-la, uma única vez.
request_note_label = O que você precisa (opcional)
# $max is a number of bytes.
request_note_hint = A outra pessoa vê esta nota ao abrir o link do pedido; ela é criptografada como todo o resto. No máximo { $max } bytes.
request_note_too_long = A nota é longa demais: no máximo { $max } bytes.
request_expiry_label = O pedido e a resposta expiram após
request_button = Criar pedido
requested_title = Seu pedido está pronto
request_link_label = Link do pedido: envie para quem tem o segredo
request_link_help = Qualquer pessoa que veja este link pode responder ao pedido, uma única vez. Ninguém além de você pode ler a resposta.
request_private_title = Seu link privado
request_private_help = Guarde este link só para você; não o envie. Ele mostra se a resposta já chegou e permite abri-la, uma única vez.
request_private_label = Link privado (só seu)
request_expires = O pedido aguarda resposta até { $when }.
# The answerer's page.
answer_title = Alguém está pedindo um segredo a você
answer_note_label = Nota da pessoa
answer_no_note = A pessoa não deixou nenhuma nota.
answer_text_label = Sua resposta
answer_hint = Ela é criptografada neste navegador para quem fez o pedido: só o link privado dessa pessoa pode lê-la, uma única vez. Este servidor não pode.
answer_anyone = Qualquer pessoa que tenha visto este link pode responder ao pedido, e só a primeira resposta é guardada. Responda apenas se o link veio de alguém que você conhece.
answer_expires = Você pode responder até { $when }.
answer_button = Enviar resposta
answered_title = Resposta enviada
answered_body = Só quem fez o pedido pode lê-la, uma única vez, até { $when }.
answer_unavailable_title = Não é possível responder a este pedido
answer_unavailable = Ele já foi respondido ou expirou. Se a pessoa ainda precisar, peça que ela crie um novo pedido.
# The asker's private page.
asker_title = Seu pedido
asker_note_label = Sua nota
asker_waiting = Ainda sem resposta. Enquanto esta página estiver aberta, ela verifica a cada poucos segundos.
asker_answered = A resposta chegou em { $when }. Ela abre uma única vez: depois disso, some do servidor.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = A resposta chegou enquanto você acompanhava.
asker_open_button = Abrir a resposta
asker_gone = Este pedido não existe: a resposta já foi aberta ou o pedido expirou.
asker_expires = O pedido e a resposta expiram em { $when }.
