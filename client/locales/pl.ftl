# Cinder: Polish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Jednorazowe sekrety, szyfrowane w Twojej przeglądarce
nav_create = Nowy sekret
nav_privacy = Prywatność
language_label = Język
footer_note = Szyfrowane w Twojej przeglądarce. Serwer nigdy nie widzi Twojego sekretu ani linku.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Operator usługi:
instance_note = Wiadomość od operatora tej usługi:

## Create page.

create_title = Udostępnij sekret
create_intro = Twój sekret jest szyfrowany w tej przeglądarce, zanim cokolwiek zostanie wysłane. Link otworzy go raz, a potem sekret zostanie zniszczony.
text_label = Sekret
text_hint = Zobaczy go tylko osoba, która otworzy link.
files_label = Pliki (opcjonalnie)
files_hint = Łącznie do { $max }.
files_drop = Przeciągnij pliki tutaj lub wybierz je:
file_remove = Usuń { $name }
files_total = { $size } z { $max }
passphrase_label = Hasło (opcjonalnie)
passphrase_hint = Odbiorca też będzie go potrzebował. Wyślij je inną drogą niż link.
passphrase_show = Pokaż hasło
passphrase_hide = Ukryj hasło
generator_title = Generator haseł
generator_length = Długość
generator_lower = Małe litery
generator_upper = Wielkie litery
generator_digits = Cyfry
generator_symbols = Znaki specjalne
generator_generate = Generuj
generator_result = Wygenerowane hasło
generator_insert = Dodaj do sekretu
generator_use_as_passphrase = Użyj jako hasła
generator_need_class = Wybierz co najmniej jeden rodzaj znaków.
expiry_label = Czas ważności
views_label = Liczba otwarć
views_hint = Maksymalnie { $max } razy. Sekret zostanie zniszczony po ostatnim otwarciu lub po wygaśnięciu – zależnie od tego, co nastąpi wcześniej.
create_button = Utwórz link
creating = Szyfrowanie i wysyłanie…
reading_files = Wczytywanie plików…
deriving_key = Wyprowadzanie klucza z hasła…
err_empty = Najpierw wpisz sekret lub dodaj plik.
err_too_large = Za duży rozmiar: łącznie najwyżej { $max }.
err_file_unreadable = Nie udało się odczytać pliku.
err_unreachable = Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
err_rate_limited = Zbyt wiele żądań w krótkim czasie. Odczekaj minutę i spróbuj ponownie.
err_full = Serwer jest obecnie przepełniony. Spróbuj ponownie później.
err_unexpected = Coś poszło nie tak w tej przeglądarce. Odśwież stronę i spróbuj ponownie.
err_server = Serwer nie mógł tego wykonać ({ $code }). Spróbuj ponownie później.
create_off = Ta instancja tylko otwiera linki: nie tworzy nowych sekretów. Aby udostępnić sekret, użyj instancji, którą zapewnia do tego Twoja organizacja.
create_sign_in = Tylko osoby z tej organizacji mogą tu tworzyć sekrety. Najpierw zaloguj się przez swoją organizację. Każdy, kto ma link, nadal może go otworzyć.
create_sign_in_link = Zaloguj się
create_not_allowed = Zalogowano, ale Twoje konto nie ma uprawnień do tworzenia tu sekretów. Zwróć się do administratora.

## The link, shown after creating.

link_title = Link jest gotowy
link_label = Link do udostępnienia (jednorazowy)
link_help = Wyślij ten link odbiorcy. Można go otworzyć tylko raz.
link_expires = Jeśli sekret nie zostanie otwarty, wygaśnie { $when }.
link_passphrase_reminder = Pamiętaj, aby wysłać hasło osobno.
link_label_views = Link do udostępnienia
link_help_views =
    { $n ->
        [one] Wyślij ten link odbiorcy. Można go otworzyć { $n } raz.
        [few] Wyślij ten link odbiorcom. Można go otworzyć { $n } razy.
        [many] Wyślij ten link odbiorcom. Można go otworzyć { $n } razy.
       *[other] Wyślij ten link odbiorcom. Można go otworzyć { $n } raza.
    }
link_expires_views = Jeśli nie wszystkie otwarcia zostaną wykorzystane, sekret wygaśnie { $when }.
copy = Kopiuj
copied = Skopiowano do schowka.
copy_failed = Nie udało się skopiować: zaznacz tekst i skopiuj go samodzielnie.
qr_label = Kod QR linku do udostępnienia
share_email = Wyślij e-mailem
email_subject = Sekret dla Ciebie
email_body = Otwórz ten link, aby przeczytać udostępniony Ci sekret. Działa tylko raz:
email_body_views =
    { $n ->
        [one] Otwórz ten link, aby przeczytać udostępniony Ci sekret. Działa { $n } raz:
        [few] Otwórz ten link, aby przeczytać udostępniony Ci sekret. Działa { $n } razy:
        [many] Otwórz ten link, aby przeczytać udostępniony Ci sekret. Działa { $n } razy:
       *[other] Otwórz ten link, aby przeczytać udostępniony Ci sekret. Działa { $n } raza:
    }
receipt_title = Tylko dla Ciebie: potwierdzenie
receipt_help = Zachowaj ten link dla siebie; nie wysyłaj go odbiorcy. Pokazuje, czy sekret został otwarty, i pozwala go zniszczyć.
receipt_label = Link do potwierdzenia (prywatny)
create_another = Utwórz kolejny sekret

## Open page (the recipient).

open_title = Sekret dla Ciebie
checking = Sprawdzanie linku…
open_waiting = Ktoś udostępnił Ci sekret. Można go otworzyć tylko raz: potem zostanie zniszczony.
open_waiting_views =
    { $n ->
        [one] Ktoś udostępnił Ci sekret. Można go otworzyć jeszcze { $n } raz: potem zostanie zniszczony.
        [few] Ktoś udostępnił Ci sekret. Można go otworzyć jeszcze { $n } razy: po ostatnim razie zostanie zniszczony.
        [many] Ktoś udostępnił Ci sekret. Można go otworzyć jeszcze { $n } razy: po ostatnim razie zostanie zniszczony.
       *[other] Ktoś udostępnił Ci sekret. Można go otworzyć jeszcze { $n } raza: po ostatnim razie zostanie zniszczony.
    }
open_expires = Dostępny do { $when }.
open_needs_passphrase = Jest chroniony hasłem, które nadawca powinien był przekazać Ci osobno.
open_passphrase_label = Hasło
open_button = Otwórz sekret
opening = Otwieranie…
open_wrong_passphrase =
    { $n ->
        [one] Nieprawidłowe hasło. Masz jeszcze { $n } próbę, zanim sekret zostanie zniszczony.
        [few] Nieprawidłowe hasło. Masz jeszcze { $n } próby, zanim sekret zostanie zniszczony.
        [many] Nieprawidłowe hasło. Masz jeszcze { $n } prób, zanim sekret zostanie zniszczony.
       *[other] Nieprawidłowe hasło. Masz jeszcze { $n } próby, zanim sekret zostanie zniszczony.
    }
open_unavailable_title = Ten sekret jest niedostępny
open_unavailable = Został już otwarty, zniszczony lub wygasł: sekret można otworzyć tylko raz. Jeśli go potrzebujesz, poproś nadawcę o nowy.
open_bad_link = Ten link jest niepełny. Sprawdź, czy został skopiowany w całości, łącznie z częścią po znaku #.
open_failed_decrypt = Nie udało się odszyfrować sekretu. Link może być uszkodzony.
open_interrupted = Otwieranie zostało przerwane i mogło zużyć sekret, mimo że nie został wyświetlony.
opened_title = Twój sekret
opened_text_label = Treść sekretu
opened_clipboard = Schowek może zachować to, co skopiujesz: w swojej historii lub na urządzeniach, z którymi się synchronizuje.
opened_destroyed = Sekret został już zniszczony na serwerze. Zanim opuścisz tę stronę, skopiuj lub zapisz to, czego potrzebujesz.
opened_views_left =
    { $n ->
        [one] Sekret można otworzyć jeszcze { $n } raz; potem zostanie zniszczony na serwerze. Zanim opuścisz tę stronę, skopiuj lub zapisz to, czego potrzebujesz.
        [few] Sekret można otworzyć jeszcze { $n } razy; potem zostanie zniszczony na serwerze. Zanim opuścisz tę stronę, skopiuj lub zapisz to, czego potrzebujesz.
        [many] Sekret można otworzyć jeszcze { $n } razy; potem zostanie zniszczony na serwerze. Zanim opuścisz tę stronę, skopiuj lub zapisz to, czego potrzebujesz.
       *[other] Sekret można otworzyć jeszcze { $n } raza; potem zostanie zniszczony na serwerze. Zanim opuścisz tę stronę, skopiuj lub zapisz to, czego potrzebujesz.
    }
opened_burn_rest = Mam go: zniszcz teraz
opened_burn_question =
    { $n ->
        [one] Zniszczyć sekret teraz? Pozostałe otwarcie przepadnie dla wszystkich.
        [few] Zniszczyć sekret teraz? Pozostałe { $n } otwarcia przepadną dla wszystkich.
        [many] Zniszczyć sekret teraz? Pozostałe { $n } otwarć przepadnie dla wszystkich.
       *[other] Zniszczyć sekret teraz? Pozostałe { $n } otwarcia przepadną dla wszystkich.
    }
opened_burn_confirm = Tak, zniszcz
opened_files = Pliki
download = Pobierz { $name } ({ $size })
opened_empty = (brak tekstu)

## Receipt page (the creator's private page).

receipt_page_title = Potwierdzenie
receipt_intro = Ta prywatna strona pokazuje, co stało się z udostępnionym przez Ciebie sekretem.
receipt_state_label = Stan
state_waiting = Oczekuje: jeszcze nieotwarty.
state_waiting_views =
    { $n ->
        [one] Oczekuje: już otwierany, zostało { $n } otwarcie.
        [few] Oczekuje: już otwierany, zostały { $n } otwarcia.
        [many] Oczekuje: już otwierany, zostało { $n } otwarć.
       *[other] Oczekuje: już otwierany, zostało { $n } otwarcia.
    }
state_opened = Otwarty { $when }.
state_burned = Zniszczony: nikt już nie może go otworzyć.
state_expired = Wygasł, zanim ktokolwiek go otworzył.
state_expired_views =
    { $n ->
        [one] Wygasł po tym, jak otwarto go { $n } raz.
        [few] Wygasł po tym, jak otwarto go { $n } razy.
        [many] Wygasł po tym, jak otwarto go { $n } razy.
       *[other] Wygasł po tym, jak otwarto go { $n } raza.
    }
receipt_expires = Wygasa { $when }.
receipt_expired_at = Data wygaśnięcia: { $when }.
receipt_views_total =
    { $n ->
        [one] Można otworzyć łącznie { $n } raz.
        [few] Można otworzyć łącznie { $n } razy.
        [many] Można otworzyć łącznie { $n } razy.
       *[other] Można otworzyć łącznie { $n } raza.
    }
receipt_opens_label = Otwarto
receipt_gone = To potwierdzenie jest nieznane lub zostało usunięte.
receipt_bad_link = Ten link do potwierdzenia jest niepełny. Sprawdź, czy został skopiowany w całości, łącznie z częścią po znaku #.
refresh = Odśwież
burn_button = Zniszcz teraz
burn_question = Zniszczyć sekret teraz? Nikt nie będzie mógł go otworzyć.
burn_confirm = Tak, zniszcz
cancel = Anuluj
burned_done = Sekret został zniszczony.
receipt_watching = Dopóki ta strona jest otwarta, co kilka sekund sprawdza stan i pokazuje każdą zmianę.
receipt_notify = Powiadom mnie o zmianie
receipt_notify_on = Dopóki ta strona będzie otwarta, otrzymasz też powiadomienie z przeglądarki.
receipt_notify_blocked = Ta przeglądarka blokuje powiadomienia dla tej strony. Sama strona i tak pokaże zmianę.
receipt_changed = Stan zmienił się, gdy strona była otwarta.

## Privacy page.

privacy_title = Prywatność
privacy_encryption = Twój sekret jest szyfrowany w Twojej przeglądarce. Klucz znajduje się w części linku po znaku #, której przeglądarki nigdy nie wysyłają do żadnego serwera.
privacy_stored = Serwer przechowuje tylko zaszyfrowany sekret, identyfikator wyprowadzony z linku, skrót (hash) do weryfikacji linku, czas wygaśnięcia, liczbę pozostałych otwarć i stan potwierdzenia wraz z czasem każdego otwarcia. Nigdy nie widzi Twojego tekstu, plików ani ich nazw, hasła ani linku.
privacy_deleted = Sekret jest usuwany po ostatnim dozwolonym otwarciu, gdy zostanie zniszczony lub gdy wygaśnie – zależnie od tego, co nastąpi wcześniej. Jego potwierdzenie jest usuwane jakiś czas później.
privacy_tracking = Żadnego śledzenia, analityki, plików cookie ani usług zewnętrznych: wszystko, czego potrzebuje ta strona, pochodzi z tego serwera.
privacy_logs = Serwer nie zapisuje w logach identyfikatorów sekretów, dowodów, potwierdzeń ani Twojego adresu IP.
privacy_language = Wybrany język jest zapisywany tylko w pamięci lokalnej tej przeglądarki.

## Not found.

not_found_title = Nie znaleziono strony
not_found_body = Pod tym adresem nic nie ma.

## Prośby: proszenie kogoś o sekret (/request), jego strona do odpowiedzi (/q), prywatna strona osoby proszącej (/a).
## Przeglądarka osoby proszącej tworzy parę kluczy: link do prośby zawiera część publiczną, link prywatny część prywatną.

# Link w stopce do strony prośby, na każdej stronie.
nav_request = Poproś o sekret
request_title = Poproś o sekret
request_intro = Potrzebujesz od kogoś hasła lub pliku? Utwórz prośbę i wyślij tej osobie jej link. Jej przeglądarka zaszyfruje odpowiedź tylko dla Ciebie: odczyta ją wyłącznie Twój prywatny link, i to tylko raz.
request_note_label = Czego potrzebujesz (opcjonalnie)
# $max to liczba bajtów.
request_note_hint = Ta osoba zobaczy tę notatkę po otwarciu linku do prośby; jest ona szyfrowana jak wszystko inne. Maksymalna długość w bajtach: { $max }.
request_note_too_long = Notatka jest za długa: maksymalna długość w bajtach to { $max }.
request_expiry_label = Czas ważności prośby i odpowiedzi
request_button = Utwórz prośbę
requested_title = Prośba jest gotowa
request_link_label = Link do prośby: wyślij go osobie, która ma sekret
request_link_help = Każdy, kto zobaczy ten link, może na niego odpowiedzieć, jeden raz. Nikt poza Tobą nie może przeczytać odpowiedzi.
request_private_title = Twój prywatny link
request_private_help = Zachowaj ten link dla siebie; nie wysyłaj go nikomu. Pokazuje, czy nadeszła odpowiedź, i pozwala ją otworzyć, jeden raz.
request_private_label = Prywatny link (tylko dla Ciebie)
request_expires = Prośba czeka na odpowiedź do { $when }.
# Strona osoby odpowiadającej.
answer_title = Ktoś prosi Cię o sekret
answer_note_label = Notatka od osoby proszącej
answer_no_note = Osoba prosząca nie zostawiła notatki.
answer_text_label = Twoja odpowiedź
answer_hint = Jest szyfrowana w tej przeglądarce dla osoby proszącej: odczyta ją wyłącznie jej prywatny link, i to tylko raz. Ten serwer nie może jej odczytać.
answer_anyone = Każdy, kto widział ten link, może na niego odpowiedzieć, a zachowywana jest tylko pierwsza odpowiedź. Odpowiadaj tylko wtedy, gdy link pochodzi od kogoś, kogo znasz.
answer_expires = Możesz odpowiedzieć do { $when }.
answer_button = Wyślij odpowiedź
answered_title = Odpowiedź wysłana
answered_body = Tylko osoba prosząca może ją przeczytać, jeden raz, do { $when }.
answer_unavailable_title = Na tę prośbę nie można odpowiedzieć
answer_unavailable = Odpowiedziano już na nią lub wygasła. Jeśli osoba prosząca nadal potrzebuje sekretu, poproś ją o nowy link.
# Prywatna strona osoby proszącej.
asker_title = Twoja prośba
asker_note_label = Twoja notatka
asker_waiting = Nie ma jeszcze odpowiedzi. Dopóki ta strona jest otwarta, co kilka sekund sprawdza, czy nadeszła.
asker_answered = Odpowiedź nadeszła { $when }. Można ją otworzyć raz: potem zniknie z serwera.
# Ogłaszane (i wyświetlane), gdy sprawdzanie wykryło, że odpowiedź nadeszła po załadowaniu strony.
asker_changed = Odpowiedź nadeszła, gdy strona była otwarta.
asker_open_button = Otwórz odpowiedź
asker_gone = Ta prośba jest nieznana: odpowiedź została już otwarta lub prośba wygasła.
asker_expires = Prośba i odpowiedź wygasają { $when }.
