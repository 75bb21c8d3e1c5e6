# Cinder: German.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Einmalig lesbare Geheimnisse, verschlüsselt in Ihrem Browser
nav_create = Neues Geheimnis
nav_privacy = Datenschutz
language_label = Sprache
footer_note = Verschlüsselt in Ihrem Browser. Der Server sieht weder Ihr Geheimnis noch den Link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Betreiber:
instance_note = Ein Hinweis des Betreibers dieses Dienstes:

## Create page.

create_title = Geheimnis teilen
create_intro = Ihr Geheimnis wird in diesem Browser verschlüsselt, bevor irgendetwas gesendet wird. Über den Link lässt es sich ein einziges Mal öffnen; danach wird es vernichtet.
text_label = Geheimnis
text_hint = Nur die Person, die den Link öffnet, bekommt es zu sehen.
files_label = Dateien (optional)
files_hint = Insgesamt bis zu { $max }.
files_drop = Dateien hier ablegen oder auswählen:
file_remove = { $name } entfernen
files_total = { $size } von { $max }
passphrase_label = Optionale Passphrase
passphrase_hint = Der Empfänger braucht sie ebenfalls. Übermitteln Sie sie auf einem anderen Weg als über den Link.
passphrase_show = Passphrase anzeigen
passphrase_hide = Passphrase verbergen
generator_title = Passwortgenerator
generator_length = Länge
generator_lower = Kleinbuchstaben
generator_upper = Großbuchstaben
generator_digits = Ziffern
generator_symbols = Sonderzeichen
generator_generate = Generieren
generator_result = Generiertes Passwort
generator_insert = Zum Geheimnis hinzufügen
generator_use_as_passphrase = Als Passphrase verwenden
generator_need_class = Wählen Sie mindestens eine Zeichenart aus.
expiry_label = Läuft ab nach
views_label = Kann geöffnet werden
views_hint = Höchstens { $max }-mal. Das Geheimnis wird nach dem letzten Öffnen oder beim Ablauf vernichtet, je nachdem, was zuerst eintritt.
create_button = Link erstellen
creating = Wird verschlüsselt und gesendet…
reading_files = Dateien werden gelesen…
deriving_key = Schlüssel wird aus der Passphrase abgeleitet…
err_empty = Schreiben Sie zuerst ein Geheimnis oder fügen Sie eine Datei hinzu.
err_too_large = Das ist zu groß: insgesamt höchstens { $max }.
err_file_unreadable = Eine Datei konnte nicht gelesen werden.
err_unreachable = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
err_rate_limited = Zu viele Anfragen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es erneut.
err_full = Der Server ist gerade voll. Versuchen Sie es später erneut.
err_unexpected = In diesem Browser ist etwas schiefgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.
err_server = Der Server konnte die Anfrage nicht ausführen ({ $code }). Versuchen Sie es später erneut.
create_off = Diese Instanz öffnet nur Links und erstellt keine neuen Geheimnisse. Um eines zu teilen, nutzen Sie die Instanz, die Ihre Organisation dafür bereitstellt.
create_sign_in = Nur Mitglieder dieser Organisation können hier Geheimnisse erstellen. Melden Sie sich zuerst über Ihre Organisation an. Wer einen Link hat, kann ihn trotzdem öffnen.
create_sign_in_link = Anmelden
create_not_allowed = Sie sind angemeldet, aber Ihr Konto darf hier keine Geheimnisse erstellen. Wenden Sie sich an Ihren Administrator.

## The link, shown after creating.

link_title = Ihr Link ist bereit
link_label = Link zum Teilen (nur einmal gültig)
link_help = Senden Sie diesen Link an den Empfänger. Er kann nur einmal geöffnet werden.
link_expires = Wird es nicht geöffnet, läuft das Geheimnis am { $when } ab.
link_passphrase_reminder = Denken Sie daran, die Passphrase separat zu übermitteln.
link_label_views = Link zum Teilen
link_help_views =
    { $n ->
        [one] Senden Sie diesen Link an den Empfänger. Er kann { $n }-mal geöffnet werden.
       *[other] Senden Sie diesen Link an die Empfänger. Er kann { $n }-mal geöffnet werden.
    }
link_expires_views = Sofern es nicht vorher so oft wie erlaubt geöffnet wird, läuft das Geheimnis am { $when } ab.
copy = Kopieren
copied = In die Zwischenablage kopiert.
copy_failed = Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn selbst.
qr_label = QR-Code des Links zum Teilen
share_email = Per E-Mail teilen
email_subject = Ein Geheimnis für Sie
email_body = Öffnen Sie diesen Link, um das Geheimnis zu lesen, das ich mit Ihnen geteilt habe. Er funktioniert nur einmal:
email_body_views =
    { $n ->
        [one] Öffnen Sie diesen Link, um das Geheimnis zu lesen, das ich mit Ihnen geteilt habe. Er funktioniert { $n }-mal:
       *[other] Öffnen Sie diesen Link, um das Geheimnis zu lesen, das ich mit Ihnen geteilt habe. Er funktioniert { $n }-mal:
    }
receipt_title = Nur für Sie: der Statuslink
receipt_help = Behalten Sie diesen Link für sich und senden Sie ihn nicht an den Empfänger. Darüber sehen Sie, ob das Geheimnis geöffnet wurde, und können es vernichten.
receipt_label = Statuslink (privat)
create_another = Weiteres Geheimnis erstellen

## Open page (the recipient).

open_title = Ein Geheimnis für Sie
checking = Link wird geprüft…
open_waiting = Jemand hat ein Geheimnis mit Ihnen geteilt. Es kann nur einmal geöffnet werden: Danach wird es vernichtet.
open_waiting_views =
    { $n ->
        [one] Jemand hat ein Geheimnis mit Ihnen geteilt. Es kann noch { $n }-mal geöffnet werden: Nach dem letzten Mal wird es vernichtet.
       *[other] Jemand hat ein Geheimnis mit Ihnen geteilt. Es kann noch { $n }-mal geöffnet werden: Nach dem letzten Mal wird es vernichtet.
    }
open_expires = Verfügbar bis { $when }.
open_needs_passphrase = Es ist durch eine Passphrase geschützt, die Ihnen der Absender separat mitgeteilt haben sollte.
open_passphrase_label = Passphrase eingeben
open_button = Geheimnis öffnen
opening = Wird geöffnet…
open_wrong_passphrase =
    { $n ->
        [one] Falsche Passphrase. Noch { $n } Versuch, bevor das Geheimnis vernichtet wird.
       *[other] Falsche Passphrase. Noch { $n } Versuche, bevor das Geheimnis vernichtet wird.
    }
open_unavailable_title = Dieses Geheimnis ist nicht verfügbar
open_unavailable = Es wurde bereits geöffnet oder vernichtet oder ist abgelaufen: Ein Geheimnis kann nur einmal geöffnet werden. Bitten Sie den Absender um ein neues, falls Sie es brauchen.
open_bad_link = Dieser Link ist unvollständig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, einschließlich des Teils nach #.
open_failed_decrypt = Das Geheimnis konnte nicht entschlüsselt werden. Der Link ist möglicherweise beschädigt.
open_interrupted = Das Öffnen wurde unterbrochen und hat das Geheimnis möglicherweise verbraucht, obwohl es nicht angezeigt wurde.
opened_title = Ihr Geheimnis
opened_text_label = Geheimer Text
opened_clipboard = Die Zwischenablage kann behalten, was Sie kopieren: in ihrem Verlauf oder auf Geräten, mit denen sie synchronisiert wird.
opened_destroyed = Das Geheimnis wurde nun auf dem Server vernichtet. Kopieren oder speichern Sie, was Sie brauchen, bevor Sie diese Seite verlassen.
opened_views_left =
    { $n ->
        [one] Das Geheimnis kann noch { $n }-mal geöffnet werden; danach wird es auf dem Server vernichtet. Kopieren oder speichern Sie, was Sie brauchen, bevor Sie diese Seite verlassen.
       *[other] Das Geheimnis kann noch { $n }-mal geöffnet werden; danach wird es auf dem Server vernichtet. Kopieren oder speichern Sie, was Sie brauchen, bevor Sie diese Seite verlassen.
    }
opened_burn_rest = Ich habe es: jetzt vernichten
opened_burn_question =
    { $n ->
        [one] Das Geheimnis jetzt vernichten? Es könnte noch { $n }-mal geöffnet werden; danach kann es niemand mehr öffnen.
       *[other] Das Geheimnis jetzt vernichten? Es könnte noch { $n }-mal geöffnet werden; danach kann es niemand mehr öffnen.
    }
opened_burn_confirm = Ja, vernichten
opened_files = Dateien
download = { $name } herunterladen ({ $size })
opened_empty = (kein Text)

## Receipt page (the creator's private page).

receipt_page_title = Statusseite
receipt_intro = Diese private Seite zeigt Ihnen, was mit dem Geheimnis geschehen ist, das Sie geteilt haben.
receipt_state_label = Status
state_waiting = Wartet: noch nicht geöffnet.
state_waiting_views =
    { $n ->
        [one] Wartet: schon geöffnet, kann noch { $n }-mal geöffnet werden.
       *[other] Wartet: schon geöffnet, kann noch { $n }-mal geöffnet werden.
    }
state_opened = Geöffnet am { $when }.
state_burned = Vernichtet: Niemand kann es mehr öffnen.
state_expired = Abgelaufen, ohne geöffnet worden zu sein.
state_expired_views =
    { $n ->
        [one] Abgelaufen, nachdem es { $n }-mal geöffnet wurde.
       *[other] Abgelaufen, nachdem es { $n }-mal geöffnet wurde.
    }
receipt_expires = Läuft am { $when } ab.
receipt_expired_at = Ablauf: { $when }.
receipt_views_total =
    { $n ->
        [one] Kann insgesamt { $n }-mal geöffnet werden.
       *[other] Kann insgesamt { $n }-mal geöffnet werden.
    }
receipt_opens_label = Geöffnet am
receipt_gone = Diese Statusseite ist unbekannt oder wurde gelöscht.
receipt_bad_link = Dieser Statuslink ist unvollständig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, einschließlich des Teils nach #.
refresh = Aktualisieren
burn_button = Jetzt vernichten
burn_question = Das Geheimnis jetzt vernichten? Danach kann es niemand mehr öffnen.
burn_confirm = Ja, vernichten
cancel = Abbrechen
burned_done = Das Geheimnis wurde vernichtet.
receipt_watching = Solange diese Seite geöffnet ist, prüft sie alle paar Sekunden den Status und zeigt jede Änderung an.
receipt_notify = Bei Änderung benachrichtigen
receipt_notify_on = Solange diese Seite geöffnet bleibt, erhalten Sie zusätzlich eine Browser-Benachrichtigung.
receipt_notify_blocked = Dieser Browser blockiert Benachrichtigungen für diese Seite. Die Seite selbst zeigt die Änderung trotzdem an.
receipt_changed = Der Status hat sich geändert, während Sie die Seite geöffnet hatten.

## Privacy page.

privacy_title = Datenschutz
privacy_encryption = Ihr Geheimnis wird in Ihrem Browser verschlüsselt. Der Schlüssel steht im Teil des Links nach #, den Browser nie an einen Server senden.
privacy_stored = Der Server speichert nur das verschlüsselte Geheimnis, eine aus dem Link abgeleitete Kennung, einen Hash zur Prüfung des Links, den Ablaufzeitpunkt, wie oft es noch geöffnet werden kann, und den Status, den die Statusseite anzeigt, mit dem Zeitpunkt jedes Öffnens. Ihren Text, Ihre Dateien und deren Namen, Ihre Passphrase und den Link sieht er nie.
privacy_deleted = Ein Geheimnis wird gelöscht, sobald es zum letzten erlaubten Mal geöffnet oder vernichtet wird oder abläuft, je nachdem, was zuerst eintritt. Seine Statusseite wird einige Zeit danach gelöscht.
privacy_tracking = Kein Tracking, keine Analyse, keine Cookies und keine Drittanbieter: Alles, was diese Seite braucht, kommt von diesem Server.
privacy_logs = Der Server protokolliert weder Kennungen von Geheimnissen noch Nachweise, Statuslinks oder Ihre IP-Adresse.
privacy_language = Ihre Sprachauswahl wird nur im lokalen Speicher dieses Browsers abgelegt.

## Not found.

not_found_title = Seite nicht gefunden
not_found_body = Unter dieser Adresse ist nichts zu finden.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Um ein Geheimnis bitten
request_title = Um ein Geheimnis bitten
request_intro = Sie brauchen ein Passwort oder eine Datei von jemandem? Erstellen Sie eine Anfrage und senden Sie der Person den Link dazu. Deren Browser verschlüsselt die Antwort nur für Sie: Nur Ihr privater Link kann sie lesen, ein einziges Mal.
request_note_label = Was Sie brauchen (optional)
# $max is a number of bytes.
request_note_hint = Die Person sieht diesen Hinweis, wenn sie den Anfragelink öffnet; er wird wie alles andere verschlüsselt. Höchstens { $max } Byte.
request_note_too_long = Der Hinweis ist zu lang: höchstens { $max } Byte.
request_expiry_label = Anfrage und Antwort laufen ab nach
request_button = Anfrage erstellen
requested_title = Ihre Anfrage ist bereit
request_link_label = Anfragelink: Senden Sie ihn an die Person, die das Geheimnis hat
request_link_help = Wer diesen Link sieht, kann die Anfrage beantworten, ein einziges Mal. Niemand außer Ihnen kann die Antwort lesen.
request_private_title = Ihr privater Link
request_private_help = Behalten Sie diesen Link für sich und senden Sie ihn nicht weiter. Darüber sehen Sie, ob die Antwort eingetroffen ist, und können sie öffnen, ein einziges Mal.
request_private_label = Privater Link (nur für Sie)
request_expires = Die Anfrage wartet bis { $when } auf eine Antwort.
# The answerer's page.
answer_title = Jemand bittet Sie um ein Geheimnis
answer_note_label = Hinweis der anfragenden Person
answer_no_note = Die Person hat keinen Hinweis hinterlassen.
answer_text_label = Ihre Antwort
answer_hint = Sie wird in diesem Browser für die anfragende Person verschlüsselt: Nur deren privater Link kann sie lesen, ein einziges Mal. Dieser Server kann es nicht.
answer_anyone = Jeder, der diesen Link gesehen hat, kann die Anfrage beantworten, und nur die erste Antwort wird behalten. Antworten Sie nur, wenn der Link von jemandem stammt, den Sie kennen.
answer_expires = Sie können bis { $when } antworten.
answer_button = Antwort senden
answered_title = Antwort gesendet
answered_body = Nur die anfragende Person kann sie lesen, ein einziges Mal, bis { $when }.
answer_unavailable_title = Diese Anfrage kann nicht beantwortet werden
answer_unavailable = Sie wurde bereits beantwortet oder ist abgelaufen. Bitten Sie die Person um eine neue Anfrage, falls sie das Geheimnis noch braucht.
# The asker's private page.
asker_title = Ihre Anfrage
asker_note_label = Ihr Hinweis
asker_waiting = Noch keine Antwort. Solange diese Seite geöffnet ist, prüft sie alle paar Sekunden.
asker_answered = Die Antwort ist am { $when } eingetroffen. Sie lässt sich einmal öffnen: Danach ist sie vom Server verschwunden.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Die Antwort ist eingetroffen, während Sie die Seite geöffnet hatten.
asker_open_button = Antwort öffnen
asker_gone = Diese Anfrage ist unbekannt: Die Antwort darauf wurde bereits geöffnet, oder die Anfrage ist abgelaufen.
asker_expires = Die Anfrage und ihre Antwort laufen am { $when } ab.
