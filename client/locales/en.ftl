# Cinder: English (the source: every other catalog is compared with this one).
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = One-time secrets, encrypted in your browser
nav_create = New secret
nav_privacy = Privacy
language_label = Language
footer_note = Encrypted in your browser. The server never sees your secret or the link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Operator:
instance_note = A note from the operator of this service:

## Create page.

create_title = Share a secret
create_intro = Your secret is encrypted in this browser before anything is sent. The link opens it once; then it is destroyed.
text_label = Secret
text_hint = Only the person who opens the link will see it.
files_label = Files (optional)
files_hint = Up to { $max } in total.
files_drop = Drop files here, or choose them:
file_remove = Remove { $name }
files_total = { $size } of { $max }
passphrase_label = Passphrase (optional)
passphrase_hint = The recipient will need it too. Send it another way than the link.
passphrase_show = Show passphrase
passphrase_hide = Hide passphrase
generator_title = Password generator
generator_length = Length
generator_lower = Lowercase letters
generator_upper = Uppercase letters
generator_digits = Digits
generator_symbols = Symbols
generator_generate = Generate
generator_result = Generated password
generator_insert = Add to the secret
generator_use_as_passphrase = Use as passphrase
generator_need_class = Choose at least one kind of character.
expiry_label = Expires after
views_label = Can be opened
# Under it: { $max } is the server's maximum (at least 2 when the field is shown).
views_hint = At most { $max } times. The secret is destroyed after its last open or when it expires, whichever comes first.
create_button = Create link
creating = Encrypting and sending…
reading_files = Reading files…
deriving_key = Deriving the key from the passphrase…
err_empty = Write a secret or add a file first.
err_too_large = That is too large: at most { $max } in total.
err_file_unreadable = A file could not be read.
err_unreachable = The server cannot be reached. Check your connection and try again.
err_rate_limited = Too many requests in a short time. Wait a minute and try again.
err_full = The server is full right now. Try again later.
err_unexpected = Something went wrong in this browser. Reload the page and try again.
err_server = The server could not do that ({ $code }). Try again later.
create_off = This instance only opens links: it does not create new secrets. To share one, use the instance your organisation gives you for that.
create_sign_in = Only people of this organisation may create secrets here. Sign in through your organisation first. Anyone with a link can still open it.
create_sign_in_link = Sign in
create_not_allowed = You are signed in, but your account may not create secrets here. Ask your administrator.

## The link, shown after creating.

link_title = Your link is ready
link_label = Share link (opens once)
link_help = Send this link to the recipient. It can be opened only once.
link_expires = Unless opened, the secret expires on { $when }.
link_passphrase_reminder = Remember to send the passphrase separately.
# The share link's label when it opens more than once (the help line under it says how often).
link_label_views = Share link
link_help_views =
    { $n ->
        [one] Send this link to the recipient. It can be opened { $n } time.
       *[other] Send this link to the recipients. It can be opened { $n } times.
    }
link_expires_views = Unless all its opens are used, the secret expires on { $when }.
copy = Copy
copied = Copied to the clipboard.
copy_failed = Copying failed: select the text and copy it yourself.
qr_label = QR code of the share link
share_email = Share by email
email_subject = A secret for you
email_body = Open this link to read the secret I shared with you. It works only once:
email_body_views =
    { $n ->
        [one] Open this link to read the secret I shared with you. It works { $n } time:
       *[other] Open this link to read the secret I shared with you. It works { $n } times:
    }
receipt_title = Only for you: the receipt
receipt_help = Keep this link to yourself; do not send it to the recipient. It shows whether the secret was opened and lets you burn it.
receipt_label = Receipt link (private)
create_another = Create another secret

## Open page (the recipient).

open_title = A secret for you
checking = Checking the link…
open_waiting = Someone shared a secret with you. It can be opened only once: after that it is destroyed.
open_waiting_views =
    { $n ->
        [one] Someone shared a secret with you. It can be opened { $n } more time: after the last one it is destroyed.
       *[other] Someone shared a secret with you. It can be opened { $n } more times: after the last one it is destroyed.
    }
open_expires = Available until { $when }.
open_needs_passphrase = It is protected by a passphrase, which the sender should have given you separately.
open_passphrase_label = Passphrase
open_button = Open the secret
opening = Opening…
open_wrong_passphrase =
    { $n ->
        [one] Wrong passphrase. { $n } attempt left before the secret is destroyed.
       *[other] Wrong passphrase. { $n } attempts left before the secret is destroyed.
    }
open_unavailable_title = This secret is not available
open_unavailable = It was already opened, burned or has expired: a secret can be opened only once. Ask the sender for a new one if you need it.
open_bad_link = This link is incomplete. Check that you copied all of it, including the part after #.
open_failed_decrypt = The secret could not be decrypted. The link may be damaged.
open_interrupted = Opening was interrupted and may have used up the secret, even though it was not shown.
opened_title = Your secret
opened_text_label = Secret text
opened_clipboard = The clipboard may keep what you copy: in its history, or on devices it syncs with.
opened_destroyed = The secret is now destroyed on the server. Copy or save what you need before you leave this page.
# After opening, when opens are left for others ($n = opens left, at least 1).
opened_views_left =
    { $n ->
        [one] The secret can still be opened { $n } more time; then it is destroyed on the server. Copy or save what you need before you leave this page.
       *[other] The secret can still be opened { $n } more times; then it is destroyed on the server. Copy or save what you need before you leave this page.
    }
# A button for the person who opened it: destroy the remaining opens now.
opened_burn_rest = I have it: destroy it now
opened_burn_question =
    { $n ->
        [one] Destroy the secret now? Its { $n } remaining open will be lost for everyone.
       *[other] Destroy the secret now? Its { $n } remaining opens will be lost for everyone.
    }
opened_burn_confirm = Yes, destroy it
opened_files = Files
download = Download { $name } ({ $size })
opened_empty = (no text)

## Receipt page (the creator's private page).

receipt_page_title = Receipt
receipt_intro = This private page tells you what happened to the secret you shared.
receipt_state_label = State
state_waiting = Waiting: not opened yet.
# The state while opens are left but at least one open happened ($n = opens left).
state_waiting_views =
    { $n ->
        [one] Waiting: opened before, { $n } open left.
       *[other] Waiting: opened before, { $n } opens left.
    }
state_opened = Opened on { $when }.
state_burned = Burned: nobody can open it any more.
state_expired = Expired without being opened.
# The state of a secret that could be opened several times and expired after some of them ($n = opens that happened).
state_expired_views =
    { $n ->
        [one] Expired after being opened { $n } time.
       *[other] Expired after being opened { $n } times.
    }
receipt_expires = Expires on { $when }.
receipt_expired_at = Expiry: { $when }.
# The total the creator chose ($n at least 2).
receipt_views_total =
    { $n ->
        [one] Can be opened { $n } time in all.
       *[other] Can be opened { $n } times in all.
    }
# The label above the list of the times of each open.
receipt_opens_label = Opened at
receipt_gone = This receipt is unknown or has been deleted.
receipt_bad_link = This receipt link is incomplete. Check that you copied all of it, including the part after #.
refresh = Refresh
burn_button = Burn now
burn_question = Burn the secret now? Nobody will be able to open it.
burn_confirm = Yes, burn it
cancel = Cancel
burned_done = The secret was burned.
# Under the receipt while it is waiting: the page polls the server (no push service) while it stays open.
receipt_watching = While this page is open, it checks every few seconds and shows any change.
# A button: asks the browser for permission to show a system notification when the state changes.
receipt_notify = Notify me when it changes
receipt_notify_on = You will also get a browser notification, as long as this page stays open.
receipt_notify_blocked = This browser blocks notifications for this page. The page itself still shows the change.
# Announced (and shown) when polling found that the secret was opened, burned or expired since the page was loaded.
receipt_changed = It changed while you were watching.

## Privacy page.

privacy_title = Privacy
privacy_encryption = Your secret is encrypted in your browser. The key is in the part of the link after #, which browsers never send to any server.
privacy_stored = The server stores only the encrypted secret, an identifier derived from the link, a hash to check the link against, the expiry time, how many opens are left and the receipt's state with the time of each open. It never sees your text, your files or their names, your passphrase or the link.
privacy_deleted = A secret is deleted after its last allowed open, when it is burned, or when it expires, whichever comes first. Its receipt is deleted some time after that.
privacy_tracking = No tracking, no analytics, no cookies and no third parties: everything this page needs comes from this server.
privacy_logs = The server does not log secret identifiers, proofs, receipts or your IP address.
privacy_language = Your language choice is kept only in this browser's local storage.

## Not found.

not_found_title = Page not found
not_found_body = There is nothing at this address.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Ask for a secret
request_title = Ask for a secret
request_intro = Need a password or a file from someone? Create a request and send them its link. Their browser encrypts the answer for you alone: only your private link can read it, once.
request_note_label = What you need (optional)
# $max is a number of bytes.
request_note_hint = They see this note when they open the request link; it is encrypted like everything else. At most { $max } bytes.
request_note_too_long = The note is too long: at most { $max } bytes.
request_expiry_label = The request and its answer expire after
request_button = Create the request
requested_title = Your request is ready
request_link_label = Request link: send it to whoever has the secret
request_link_help = Anyone who sees this link can answer it, once. Nobody but you can read the answer.
request_private_title = Your private link
request_private_help = Keep this link to yourself; do not send it. It shows whether the answer has come, and opens it, once.
request_private_label = Private link (yours alone)
request_expires = The request waits for an answer until { $when }.
# The answerer's page.
answer_title = Someone asks you for a secret
answer_note_label = Their note
answer_no_note = They left no note.
answer_text_label = Your answer
answer_hint = It is encrypted in this browser for the person who asked: only their private link can read it, once. This server cannot.
answer_anyone = Anyone who has seen this link can answer it, and only the first answer is kept. Answer only if the link came from someone you know.
answer_expires = You can answer until { $when }.
answer_button = Send the answer
answered_title = Answer sent
answered_body = Only the person who asked can read it, once, until { $when }.
answer_unavailable_title = This request cannot be answered
answer_unavailable = It was answered already, or it has expired. Ask the person for a new request if they still need it.
# The asker's private page.
asker_title = Your request
asker_note_label = Your note
asker_waiting = No answer yet. While this page is open, it checks every few seconds.
asker_answered = The answer came on { $when }. It opens once: after that it is gone from the server.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = The answer came while you were watching.
asker_open_button = Open the answer
asker_gone = This request is unknown: its answer was opened already, or it has expired.
asker_expires = The request and its answer expire on { $when }.
