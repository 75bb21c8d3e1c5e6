# Cinder: Spanish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Secretos de un solo uso, cifrados en tu navegador
nav_create = Nuevo secreto
nav_privacy = Privacidad
language_label = Idioma
footer_note = Cifrado en tu navegador. El servidor nunca ve tu secreto ni el enlace.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Servicio gestionado por:
instance_note = Un aviso de quien gestiona este servicio:

## Create page.

create_title = Compartir un secreto
create_intro = Tu secreto se cifra en este navegador antes de enviar nada. El enlace permite abrirlo una sola vez; después se destruye.
text_label = Secreto
text_hint = Solo lo verá la persona que abra el enlace.
files_label = Archivos (opcional)
files_hint = Hasta { $max } en total.
files_drop = Arrastra los archivos aquí o selecciónalos:
file_remove = Quitar { $name }
files_total = { $size } de { $max }
passphrase_label = Frase de contraseña (opcional)
passphrase_hint = El destinatario también la necesitará. Envíala por un medio distinto al del enlace.
passphrase_show = Mostrar la frase de contraseña
passphrase_hide = Ocultar la frase de contraseña
generator_title = Generador de contraseñas
generator_length = Longitud
generator_lower = Minúsculas
generator_upper = Mayúsculas
generator_digits = Números
generator_symbols = Símbolos
generator_generate = Generar
generator_result = Contraseña generada
generator_insert = Añadir al secreto
generator_use_as_passphrase = Usar como frase de contraseña
generator_need_class = Elige al menos un tipo de carácter.
expiry_label = Caduca en
views_label = Veces que se puede abrir
views_hint = Como máximo { $max } veces. El secreto se destruye tras su última apertura o cuando caduca, lo que ocurra primero.
create_button = Crear enlace
creating = Cifrando y enviando…
reading_files = Leyendo los archivos…
deriving_key = Derivando la clave a partir de la frase de contraseña…
err_empty = Primero escribe un secreto o añade un archivo.
err_too_large = Es demasiado grande: como máximo { $max } en total.
err_file_unreadable = No se pudo leer uno de los archivos.
err_unreachable = No se puede conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.
err_rate_limited = Demasiadas solicitudes en poco tiempo. Espera un minuto e inténtalo de nuevo.
err_full = El servidor está lleno en este momento. Inténtalo más tarde.
err_unexpected = Algo salió mal en este navegador. Recarga la página e inténtalo de nuevo.
err_server = El servidor no pudo completar la operación ({ $code }). Inténtalo más tarde.
create_off = Esta instancia solo abre enlaces: no crea secretos nuevos. Para compartir uno, usa la instancia que tu organización ofrece para ello.
create_sign_in = Solo los miembros de esta organización pueden crear secretos aquí. Primero inicia sesión a través de tu organización. Cualquiera que tenga un enlace puede seguir abriéndolo.
create_sign_in_link = Iniciar sesión
create_not_allowed = Has iniciado sesión, pero tu cuenta no tiene permiso para crear secretos aquí. Consulta a tu administrador.

## The link, shown after creating.

link_title = Tu enlace está listo
link_label = Enlace para compartir (se abre una vez)
link_help = Envía este enlace al destinatario. Solo se puede abrir una vez.
link_expires = Si nadie lo abre, el secreto caduca el { $when }.
link_passphrase_reminder = Recuerda enviar la frase de contraseña por separado.
link_label_views = Enlace para compartir
link_help_views =
    { $n ->
        [one] Envía este enlace al destinatario. Se puede abrir { $n } vez.
        [many] Envía este enlace a los destinatarios. Se puede abrir { $n } de veces.
       *[other] Envía este enlace a los destinatarios. Se puede abrir { $n } veces.
    }
link_expires_views = Si no se agotan sus aperturas, el secreto caduca el { $when }.
copy = Copiar
copied = Copiado en el portapapeles.
copy_failed = No se pudo copiar: selecciona el texto y cópialo manualmente.
qr_label = Código QR del enlace para compartir
share_email = Compartir por correo
email_subject = Un secreto para ti
email_body = Abre este enlace para leer el secreto que he compartido contigo. Solo funciona una vez:
email_body_views =
    { $n ->
        [one] Abre este enlace para leer el secreto que he compartido contigo. Funciona { $n } vez:
        [many] Abre este enlace para leer el secreto que he compartido contigo. Funciona { $n } de veces:
       *[other] Abre este enlace para leer el secreto que he compartido contigo. Funciona { $n } veces:
    }
receipt_title = Solo para ti: el enlace de seguimiento
receipt_help = Guarda este enlace para ti; no se lo envíes al destinatario. Muestra si el secreto se ha abierto y te permite destruirlo.
receipt_label = Enlace de seguimiento (privado)
create_another = Crear otro secreto

## Open page (the recipient).

open_title = Un secreto para ti
checking = Comprobando el enlace…
open_waiting = Alguien ha compartido un secreto contigo. Solo se puede abrir una vez: después se destruye.
open_waiting_views =
    { $n ->
        [one] Alguien ha compartido un secreto contigo. Se puede abrir { $n } vez más: después se destruye.
        [many] Alguien ha compartido un secreto contigo. Se puede abrir { $n } de veces más: después de la última se destruye.
       *[other] Alguien ha compartido un secreto contigo. Se puede abrir { $n } veces más: después de la última se destruye.
    }
open_expires = Disponible hasta el { $when }.
open_needs_passphrase = Está protegido con una frase de contraseña, que el remitente debería haberte dado por separado.
open_passphrase_label = Frase de contraseña
open_button = Abrir el secreto
opening = Abriendo…
open_wrong_passphrase =
    { $n ->
        [one] Frase de contraseña incorrecta. Te queda { $n } intento antes de que se destruya el secreto.
        [many] Frase de contraseña incorrecta. Te quedan { $n } de intentos antes de que se destruya el secreto.
       *[other] Frase de contraseña incorrecta. Te quedan { $n } intentos antes de que se destruya el secreto.
    }
open_unavailable_title = Este secreto no está disponible
open_unavailable = Ya se abrió, se destruyó o caducó: un secreto solo se puede abrir una vez. Si lo necesitas, pide uno nuevo al remitente.
open_bad_link = Este enlace está incompleto. Comprueba que lo has copiado entero, incluida la parte que va después de #.
open_failed_decrypt = No se pudo descifrar el secreto. Puede que el enlace esté dañado.
open_interrupted = La apertura se interrumpió y puede que haya consumido el secreto, aunque no se haya mostrado.
opened_title = Tu secreto
opened_text_label = Texto secreto
opened_clipboard = El portapapeles puede conservar lo que copies: en su historial o en los dispositivos con los que se sincroniza.
opened_destroyed = El secreto ya se ha destruido en el servidor. Copia o guarda lo que necesites antes de salir de esta página.
opened_views_left =
    { $n ->
        [one] El secreto aún se puede abrir { $n } vez más; después se destruirá en el servidor. Copia o guarda lo que necesites antes de salir de esta página.
        [many] El secreto aún se puede abrir { $n } de veces más; después se destruirá en el servidor. Copia o guarda lo que necesites antes de salir de esta página.
       *[other] El secreto aún se puede abrir { $n } veces más; después se destruirá en el servidor. Copia o guarda lo que necesites antes de salir de esta página.
    }
opened_burn_rest = Ya lo tengo: destruirlo ahora
opened_burn_question =
    { $n ->
        [one] ¿Destruir el secreto ahora? La apertura que le queda se perderá para todos.
        [many] ¿Destruir el secreto ahora? Le quedan { $n } de aperturas, que se perderán para todos.
       *[other] ¿Destruir el secreto ahora? Le quedan { $n } aperturas, que se perderán para todos.
    }
opened_burn_confirm = Sí, destruirlo
opened_files = Archivos
download = Descargar { $name } ({ $size })
opened_empty = (sin texto)

## Receipt page (the creator's private page).

receipt_page_title = Seguimiento
receipt_intro = Esta página privada te indica qué ha pasado con el secreto que compartiste.
receipt_state_label = Estado
state_waiting = En espera: aún no se ha abierto.
state_waiting_views =
    { $n ->
        [one] En espera: ya se ha abierto; queda { $n } apertura.
        [many] En espera: ya se ha abierto; quedan { $n } de aperturas.
       *[other] En espera: ya se ha abierto; quedan { $n } aperturas.
    }
state_opened = Abierto el { $when }.
state_burned = Destruido: ya nadie puede abrirlo.
state_expired = Caducó sin haberse abierto.
state_expired_views =
    { $n ->
        [one] Caducó tras haberse abierto { $n } vez.
        [many] Caducó tras haberse abierto { $n } de veces.
       *[other] Caducó tras haberse abierto { $n } veces.
    }
receipt_expires = Caduca el { $when }.
receipt_expired_at = Caducidad: { $when }.
receipt_views_total =
    { $n ->
        [one] Se puede abrir { $n } vez en total.
        [many] Se puede abrir { $n } de veces en total.
       *[other] Se puede abrir { $n } veces en total.
    }
receipt_opens_label = Abierto el
receipt_gone = Este enlace de seguimiento no existe o se ha eliminado.
receipt_bad_link = Este enlace de seguimiento está incompleto. Comprueba que lo has copiado entero, incluida la parte que va después de #.
refresh = Actualizar
burn_button = Destruir ahora
burn_question = ¿Destruir el secreto ahora? Nadie podrá abrirlo.
burn_confirm = Sí, destruirlo
cancel = Cancelar
burned_done = El secreto se ha destruido.
receipt_watching = Mientras esta página esté abierta, comprobará el estado cada pocos segundos y mostrará cualquier cambio.
receipt_notify = Avisarme cuando cambie
receipt_notify_on = También recibirás una notificación del navegador, siempre que esta página siga abierta.
receipt_notify_blocked = Este navegador bloquea las notificaciones de esta página. La propia página seguirá mostrando el cambio.
receipt_changed = El estado cambió mientras estabas mirando.

## Privacy page.

privacy_title = Privacidad
privacy_encryption = Tu secreto se cifra en tu navegador. La clave está en la parte del enlace que va después de #, que los navegadores nunca envían a ningún servidor.
privacy_stored = El servidor solo guarda el secreto cifrado, un identificador derivado del enlace, un hash con el que comprobar el enlace, la fecha de caducidad, cuántas aperturas quedan y el estado del seguimiento con la hora de cada apertura. Nunca ve tu texto, tus archivos ni sus nombres, tu frase de contraseña ni el enlace.
privacy_deleted = Un secreto se elimina tras su última apertura permitida, cuando se destruye o cuando caduca, lo que ocurra primero. Sus datos de seguimiento se eliminan algún tiempo después.
privacy_tracking = Sin rastreo, sin analíticas, sin cookies y sin terceros: todo lo que necesita esta página procede de este servidor.
privacy_logs = El servidor no registra identificadores de secretos, pruebas, enlaces de seguimiento ni tu dirección IP.
privacy_language = El idioma que elijas solo se guarda en el almacenamiento local de este navegador.

## Not found.

not_found_title = Página no encontrada
not_found_body = No hay nada en esta dirección.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Pedir un secreto
request_title = Pedir un secreto
request_intro = ¿Necesitas que alguien te pase una contraseña o un archivo? Crea una solicitud y envíale el enlace. Su navegador cifra la respuesta solo para ti: solo tu enlace privado puede leerla, una sola vez.
request_note_label = Qué necesitas (opcional)
# $max is a number of bytes.
request_note_hint = La otra persona verá esta nota al abrir el enlace de la solicitud; se cifra como todo lo demás. Como máximo { $max } bytes.
request_note_too_long = La nota es demasiado larga: como máximo { $max } bytes.
request_expiry_label = La solicitud y su respuesta caducan en
request_button = Crear solicitud
requested_title = Tu solicitud está lista
request_link_label = Enlace de la solicitud: envíalo a quien tenga el secreto
request_link_help = Cualquiera que vea este enlace puede responder a la solicitud, una sola vez. Nadie más que tú puede leer la respuesta.
request_private_title = Tu enlace privado
request_private_help = Guarda este enlace para ti; no se lo envíes a nadie. Muestra si ha llegado la respuesta y permite abrirla, una sola vez.
request_private_label = Enlace privado (solo para ti)
request_expires = La solicitud espera una respuesta hasta el { $when }.
# The answerer's page.
answer_title = Alguien te pide un secreto
answer_note_label = Su nota
answer_no_note = No ha dejado ninguna nota.
answer_text_label = Tu respuesta
answer_hint = Se cifra en este navegador para la persona que la pidió: solo su enlace privado puede leerla, una sola vez. Este servidor no puede.
answer_anyone = Cualquiera que haya visto este enlace puede responder a la solicitud, y solo se guarda la primera respuesta. Responde solo si el enlace te lo envió alguien que conoces.
answer_expires = Puedes responder hasta el { $when }.
answer_button = Enviar respuesta
answered_title = Respuesta enviada
answered_body = Solo la persona que la pidió puede leerla, una sola vez, hasta el { $when }.
answer_unavailable_title = No se puede responder a esta solicitud
answer_unavailable = Ya se respondió o ha caducado. Si esa persona aún lo necesita, pídele que cree una nueva solicitud.
# The asker's private page.
asker_title = Tu solicitud
asker_note_label = Tu nota
asker_waiting = Aún no hay respuesta. Mientras esta página esté abierta, se comprobará cada pocos segundos.
asker_answered = La respuesta llegó el { $when }. Se abre una sola vez: después desaparece del servidor.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = La respuesta llegó mientras estabas mirando.
asker_open_button = Abrir la respuesta
asker_gone = Esta solicitud no existe: su respuesta ya se abrió o ha caducado.
asker_expires = La solicitud y su respuesta caducan el { $when }.
