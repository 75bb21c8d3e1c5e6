# Cinder: Italian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Segreti monouso, crittografati nel tuo browser
nav_create = Nuovo segreto
nav_privacy = Informativa privacy
language_label = Lingua
footer_note = Crittografato nel tuo browser. Il server non vede mai il tuo segreto né il link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Servizio gestito da:
instance_note = Una nota da chi gestisce questo servizio:

## Create page.

create_title = Condividi un segreto
create_intro = Il tuo segreto viene crittografato in questo browser prima che venga inviato qualsiasi dato. Il link permette di aprirlo una sola volta, poi viene distrutto.
text_label = Segreto
text_hint = Lo vedrà solo chi aprirà il link.
files_label = File (facoltativi)
files_hint = Fino a { $max } in totale.
files_drop = Trascina qui i file o selezionali:
file_remove = Rimuovi { $name }
files_total = { $size } su { $max }
passphrase_label = Passphrase (facoltativa)
passphrase_hint = Servirà anche al destinatario. Inviala con un mezzo diverso dal link.
passphrase_show = Mostra la passphrase
passphrase_hide = Nascondi la passphrase
generator_title = Generatore di password
generator_length = Lunghezza
generator_lower = Lettere minuscole
generator_upper = Lettere maiuscole
generator_digits = Cifre
generator_symbols = Simboli
generator_generate = Genera
generator_result = Password generata
generator_insert = Aggiungi al segreto
generator_use_as_passphrase = Usa come passphrase
generator_need_class = Scegli almeno un tipo di carattere.
expiry_label = Scade dopo
views_label = Numero di aperture
views_hint = Al massimo { $max } volte. Il segreto viene distrutto dopo l'ultima apertura o alla scadenza, a seconda di cosa avviene prima.
create_button = Crea link
creating = Crittografia e invio in corso…
reading_files = Lettura dei file…
deriving_key = Derivazione della chiave dalla passphrase…
err_empty = Prima scrivi un segreto o aggiungi un file.
err_too_large = È troppo grande: al massimo { $max } in totale.
err_file_unreadable = Impossibile leggere un file.
err_unreachable = Impossibile raggiungere il server. Controlla la connessione e riprova.
err_rate_limited = Troppe richieste in poco tempo. Attendi un minuto e riprova.
err_full = Al momento il server è pieno. Riprova più tardi.
err_unexpected = Si è verificato un problema in questo browser. Ricarica la pagina e riprova.
err_server = Il server non è riuscito a completare l'operazione ({ $code }). Riprova più tardi.
create_off = Questa istanza apre solo i link: non crea nuovi segreti. Per condividerne uno, usa l'istanza che la tua organizzazione mette a disposizione a questo scopo.
create_sign_in = Qui solo i membri di questa organizzazione possono creare segreti. Accedi prima tramite la tua organizzazione. Chiunque abbia un link può comunque aprirlo.
create_sign_in_link = Accedi
create_not_allowed = Hai eseguito l'accesso, ma il tuo account non è autorizzato a creare segreti qui. Rivolgiti al tuo amministratore.

## The link, shown after creating.

link_title = Il tuo link è pronto
link_label = Link da condividere (si apre una volta)
link_help = Invia questo link al destinatario. Può essere aperto una sola volta.
link_expires = Se non viene aperto, il segreto scade il giorno { $when }.
link_passphrase_reminder = Ricordati di inviare la passphrase separatamente.
link_label_views = Link da condividere
link_help_views =
    { $n ->
        [one] Invia questo link al destinatario. Può essere aperto { $n } volta.
        [many] Invia questo link ai destinatari. Può essere aperto { $n } di volte.
       *[other] Invia questo link ai destinatari. Può essere aperto { $n } volte.
    }
link_expires_views = Se non vengono usate tutte le aperture, il segreto scade il giorno { $when }.
copy = Copia
copied = Copiato negli appunti.
copy_failed = Copia non riuscita: seleziona il testo e copialo manualmente.
qr_label = Codice QR del link da condividere
share_email = Condividi via email
email_subject = Un segreto per te
email_body = Apri questo link per leggere il segreto che ho condiviso con te. Funziona una sola volta:
email_body_views =
    { $n ->
        [one] Apri questo link per leggere il segreto che ho condiviso con te. Funziona { $n } volta:
        [many] Apri questo link per leggere il segreto che ho condiviso con te. Funziona { $n } di volte:
       *[other] Apri questo link per leggere il segreto che ho condiviso con te. Funziona { $n } volte:
    }
receipt_title = Solo per te: il link di controllo
receipt_help = Tieni questo link per te; non inviarlo al destinatario. Mostra se il segreto è stato aperto e ti permette di distruggerlo.
receipt_label = Link di controllo (privato)
create_another = Crea un altro segreto

## Open page (the recipient).

open_title = Un segreto per te
checking = Verifica del link…
open_waiting = Qualcuno ha condiviso un segreto con te. Può essere aperto una sola volta, dopodiché viene distrutto.
open_waiting_views =
    { $n ->
        [one] Qualcuno ha condiviso un segreto con te. Può essere aperto ancora { $n } volta, dopodiché viene distrutto.
        [many] Qualcuno ha condiviso un segreto con te. Può essere aperto ancora { $n } di volte: dopo l'ultima viene distrutto.
       *[other] Qualcuno ha condiviso un segreto con te. Può essere aperto ancora { $n } volte: dopo l'ultima viene distrutto.
    }
open_expires = Disponibile fino al giorno { $when }.
open_needs_passphrase = È protetto da una passphrase, che il mittente dovrebbe averti comunicato separatamente.
open_passphrase_label = Inserisci la passphrase
open_button = Apri il segreto
opening = Apertura in corso…
open_wrong_passphrase =
    { $n ->
        [one] Passphrase errata. Ti resta { $n } tentativo prima che il segreto venga distrutto.
        [many] Passphrase errata. Ti restano { $n } di tentativi prima che il segreto venga distrutto.
       *[other] Passphrase errata. Ti restano { $n } tentativi prima che il segreto venga distrutto.
    }
open_unavailable_title = Questo segreto non è disponibile
open_unavailable = È già stato aperto, distrutto oppure è scaduto: un segreto si può aprire una sola volta. Se ti serve, chiedine uno nuovo al mittente.
open_bad_link = Questo link è incompleto. Controlla di averlo copiato per intero, compresa la parte dopo #.
open_failed_decrypt = Impossibile decrittografare il segreto. Il link potrebbe essere danneggiato.
open_interrupted = L'apertura è stata interrotta e potrebbe aver consumato il segreto, anche se non è stato mostrato.
opened_title = Il tuo segreto
opened_text_label = Testo segreto
opened_clipboard = Gli appunti potrebbero conservare ciò che copi: nella cronologia o sui dispositivi con cui sono sincronizzati.
opened_destroyed = Il segreto è stato distrutto sul server. Copia o salva ciò che ti serve prima di lasciare questa pagina.
opened_views_left =
    { $n ->
        [one] Il segreto può essere aperto ancora { $n } volta; poi verrà distrutto sul server. Copia o salva ciò che ti serve prima di lasciare questa pagina.
        [many] Il segreto può essere aperto ancora { $n } di volte; poi verrà distrutto sul server. Copia o salva ciò che ti serve prima di lasciare questa pagina.
       *[other] Il segreto può essere aperto ancora { $n } volte; poi verrà distrutto sul server. Copia o salva ciò che ti serve prima di lasciare questa pagina.
    }
opened_burn_rest = Ce l'ho: distruggilo ora
opened_burn_question =
    { $n ->
        [one] Distruggere il segreto ora? L'apertura rimanente andrà persa per tutti.
        [many] Distruggere il segreto ora? Restano { $n } di aperture, che andranno perse per tutti.
       *[other] Distruggere il segreto ora? Restano { $n } aperture, che andranno perse per tutti.
    }
opened_burn_confirm = Sì, distruggilo
opened_files = File
download = Scarica { $name } ({ $size })
opened_empty = (nessun testo)

## Receipt page (the creator's private page).

receipt_page_title = Stato del segreto
receipt_intro = Questa pagina privata ti dice cosa è successo al segreto che hai condiviso.
receipt_state_label = Stato
state_waiting = In attesa: non ancora aperto.
state_waiting_views =
    { $n ->
        [one] In attesa: già aperto, resta { $n } apertura.
        [many] In attesa: già aperto, restano { $n } di aperture.
       *[other] In attesa: già aperto, restano { $n } aperture.
    }
state_opened = Aperto il giorno { $when }.
state_burned = Distrutto: nessuno può più aprirlo.
state_expired = Scaduto senza essere stato aperto.
state_expired_views =
    { $n ->
        [one] Scaduto dopo essere stato aperto { $n } volta.
        [many] Scaduto dopo essere stato aperto { $n } di volte.
       *[other] Scaduto dopo essere stato aperto { $n } volte.
    }
receipt_expires = Scade il giorno { $when }.
receipt_expired_at = Scadenza: { $when }.
receipt_views_total =
    { $n ->
        [one] Può essere aperto { $n } volta in tutto.
        [many] Può essere aperto { $n } di volte in tutto.
       *[other] Può essere aperto { $n } volte in tutto.
    }
receipt_opens_label = Aperto il giorno
receipt_gone = Questo link di controllo non esiste o è stato eliminato.
receipt_bad_link = Questo link di controllo è incompleto. Controlla di averlo copiato per intero, compresa la parte dopo #.
refresh = Aggiorna
burn_button = Distruggi ora
burn_question = Distruggere il segreto ora? Nessuno potrà più aprirlo.
burn_confirm = Sì, distruggilo
cancel = Annulla
burned_done = Il segreto è stato distrutto.
receipt_watching = Finché questa pagina resta aperta, controlla lo stato ogni pochi secondi e mostra qualsiasi cambiamento.
receipt_notify = Avvisami quando cambia
receipt_notify_on = Riceverai anche una notifica del browser, finché questa pagina resta aperta.
receipt_notify_blocked = Questo browser blocca le notifiche per questa pagina. La pagina stessa mostra comunque il cambiamento.
receipt_changed = Lo stato è cambiato mentre guardavi.

## Privacy page.

privacy_title = Informativa sulla privacy
privacy_encryption = Il tuo segreto viene crittografato nel tuo browser. La chiave si trova nella parte del link dopo #, che i browser non inviano mai ad alcun server.
privacy_stored = Il server memorizza solo il segreto crittografato, un identificativo derivato dal link, un hash con cui verificare il link, la data di scadenza, il numero di aperture rimanenti e lo stato del link di controllo con l'ora di ogni apertura. Non vede mai né il tuo testo, né i tuoi file o i loro nomi, né la tua passphrase, né il link.
privacy_deleted = Un segreto viene eliminato dopo l'ultima apertura consentita, quando viene distrutto o quando scade, a seconda di cosa avviene prima. I relativi dati di controllo vengono eliminati qualche tempo dopo.
privacy_tracking = Nessun tracciamento, nessuna statistica, nessun cookie e nessuna terza parte: tutto ciò che serve a questa pagina proviene da questo server.
privacy_logs = Il server non registra nei log gli identificativi dei segreti, le prove, i link di controllo né il tuo indirizzo IP.
privacy_language = La lingua scelta viene salvata solo nella memoria locale di questo browser.

## Not found.

not_found_title = Pagina non trovata
not_found_body = Non c'è nulla a questo indirizzo.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Chiedi un segreto
request_title = Chiedi un segreto
request_intro = Ti serve una password o un file da qualcuno? Crea una richiesta e invia il link a quella persona. Il suo browser crittografa la risposta solo per te: solo il tuo link privato può leggerla, una sola volta.
request_note_label = Cosa ti serve (facoltativo)
# $max is a number of bytes.
request_note_hint = L'altra persona vedrà questa nota quando aprirà il link della richiesta; è crittografata come tutto il resto. Al massimo { $max } byte.
request_note_too_long = La nota è troppo lunga: al massimo { $max } byte.
request_expiry_label = La richiesta e la sua risposta scadono dopo
request_button = Crea richiesta
requested_title = La tua richiesta è pronta
request_link_label = Link della richiesta: invialo a chi ha il segreto
request_link_help = Chiunque veda questo link può rispondere, una sola volta. Nessuno tranne te può leggere la risposta.
request_private_title = Il tuo link privato
request_private_help = Tieni questo link per te; non inviarlo. Mostra se la risposta è arrivata e permette di aprirla, una sola volta.
request_private_label = Link privato (solo per te)
request_expires = La richiesta attende una risposta fino al giorno { $when }.
# The answerer's page.
answer_title = Qualcuno ti chiede un segreto
answer_note_label = La sua nota
answer_no_note = Non ha lasciato nessuna nota.
answer_text_label = La tua risposta
answer_hint = Viene crittografata in questo browser per la persona che l'ha chiesta: solo il suo link privato può leggerla, una sola volta. Questo server non può farlo.
answer_anyone = Chiunque abbia visto questo link può rispondere, e viene conservata solo la prima risposta. Rispondi solo se il link ti è arrivato da qualcuno che conosci.
answer_expires = Puoi rispondere fino al giorno { $when }.
answer_button = Invia la risposta
answered_title = Risposta inviata
answered_body = Solo la persona che l'ha chiesta può leggerla, una sola volta, fino al giorno { $when }.
answer_unavailable_title = Non è possibile rispondere a questa richiesta
answer_unavailable = Ha già ricevuto una risposta oppure è scaduta. Se quella persona ne ha ancora bisogno, chiedile di creare una nuova richiesta.
# The asker's private page.
asker_title = La tua richiesta
asker_note_label = La tua nota
asker_waiting = Ancora nessuna risposta. Finché questa pagina resta aperta, controlla ogni pochi secondi.
asker_answered = La risposta è arrivata il giorno { $when }. Si apre una sola volta: dopodiché sparisce dal server.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = La risposta è arrivata mentre guardavi.
asker_open_button = Apri la risposta
asker_gone = Questa richiesta non esiste: la sua risposta è già stata aperta oppure è scaduta.
asker_expires = La richiesta e la sua risposta scadono il giorno { $when }.
