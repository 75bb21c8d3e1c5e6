# Cinder: Swedish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Engångshemligheter, krypterade i din webbläsare
nav_create = Ny hemlighet
nav_privacy = Integritet
language_label = Språk
footer_note = Krypterat i din webbläsare. Servern ser aldrig din hemlighet eller länken.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Tjänsten drivs av:
instance_note = Ett meddelande från den som driver tjänsten:

## Create page.

create_title = Dela en hemlighet
create_intro = Din hemlighet krypteras i den här webbläsaren innan något skickas. Den kan öppnas en gång via länken; sedan förstörs den.
text_label = Hemlighet
text_hint = Bara den som öppnar länken kommer att se den.
files_label = Filer (valfritt)
files_hint = Högst { $max } totalt.
files_drop = Släpp filer här, eller välj dem:
file_remove = Ta bort { $name }
files_total = { $size } av { $max }
passphrase_label = Lösenfras (valfritt)
passphrase_hint = Mottagaren behöver den också. Skicka den på ett annat sätt än länken.
passphrase_show = Visa lösenfrasen
passphrase_hide = Dölj lösenfrasen
generator_title = Lösenordsgenerator
generator_length = Längd
generator_lower = Små bokstäver
generator_upper = Stora bokstäver
generator_digits = Siffror
generator_symbols = Specialtecken
generator_generate = Generera
generator_result = Genererat lösenord
generator_insert = Lägg till i hemligheten
generator_use_as_passphrase = Använd som lösenfras
generator_need_class = Välj minst en sorts tecken.
expiry_label = Upphör efter
views_label = Antal gånger den kan öppnas
views_hint = Högst { $max } gånger. Hemligheten förstörs efter den sista öppningen eller när den upphör, vilket som sker först.
create_button = Skapa länk
creating = Krypterar och skickar…
reading_files = Läser filer…
deriving_key = Härleder nyckeln från lösenfrasen…
err_empty = Skriv en hemlighet eller lägg till en fil först.
err_too_large = Det är för stort: högst { $max } totalt.
err_file_unreadable = En fil kunde inte läsas.
err_unreachable = Servern går inte att nå. Kontrollera din anslutning och försök igen.
err_rate_limited = För många förfrågningar på kort tid. Vänta en minut och försök igen.
err_full = Servern är full just nu. Försök igen senare.
err_unexpected = Något gick fel i den här webbläsaren. Ladda om sidan och försök igen.
err_server = Servern kunde inte utföra begäran ({ $code }). Försök igen senare.
create_off = Den här instansen öppnar bara länkar: den skapar inga nya hemligheter. Vill du dela en hemlighet, använd den instans som din organisation tillhandahåller för det.
create_sign_in = Bara personer i den här organisationen får skapa hemligheter här. Logga in via din organisation först. Alla som har en länk kan fortfarande öppna den.
create_sign_in_link = Logga in
create_not_allowed = Du är inloggad, men ditt konto får inte skapa hemligheter här. Kontakta din administratör.

## The link, shown after creating.

link_title = Din länk är klar
link_label = Delningslänk (öppnas en gång)
link_help = Skicka den här länken till mottagaren. Den kan bara öppnas en gång.
link_expires = Om den inte öppnas upphör hemligheten { $when }.
link_passphrase_reminder = Glöm inte att skicka lösenfrasen separat.
link_label_views = Delningslänk
link_help_views =
    { $n ->
        [one] Skicka den här länken till mottagaren. Den kan öppnas { $n } gång.
       *[other] Skicka den här länken till mottagarna. Den kan öppnas { $n } gånger.
    }
link_expires_views = Om inte alla öppningar används upphör hemligheten { $when }.
copy = Kopiera
copied = Kopierat till urklipp.
copy_failed = Kopieringen misslyckades: markera texten och kopiera den själv.
qr_label = QR-kod för delningslänken
share_email = Dela via e-post
email_subject = En hemlighet till dig
email_body = Öppna den här länken för att läsa hemligheten jag delade med dig. Den fungerar bara en gång:
email_body_views =
    { $n ->
        [one] Öppna den här länken för att läsa hemligheten jag delade med dig. Den fungerar { $n } gång:
       *[other] Öppna den här länken för att läsa hemligheten jag delade med dig. Den fungerar { $n } gånger:
    }
receipt_title = Bara för dig: statuslänken
receipt_help = Behåll den här länken för dig själv; skicka den inte till mottagaren. Den visar om hemligheten har öppnats och låter dig förstöra den.
receipt_label = Statuslänk (privat)
create_another = Skapa en ny hemlighet

## Open page (the recipient).

open_title = En hemlighet till dig
checking = Kontrollerar länken…
open_waiting = Någon har delat en hemlighet med dig. Den kan bara öppnas en gång: därefter förstörs den.
open_waiting_views =
    { $n ->
        [one] Någon har delat en hemlighet med dig. Den kan öppnas { $n } gång till: därefter förstörs den.
       *[other] Någon har delat en hemlighet med dig. Den kan öppnas { $n } gånger till: efter den sista förstörs den.
    }
open_expires = Tillgänglig till { $when }.
open_needs_passphrase = Den är skyddad med en lösenfras, som avsändaren bör ha gett dig separat.
open_passphrase_label = Lösenfras
open_button = Öppna hemligheten
opening = Öppnar…
open_wrong_passphrase =
    { $n ->
        [one] Fel lösenfras. { $n } försök kvar innan hemligheten förstörs.
       *[other] Fel lösenfras. { $n } försök kvar innan hemligheten förstörs.
    }
open_unavailable_title = Den här hemligheten är inte tillgänglig
open_unavailable = Den har redan öppnats, förstörts eller upphört: en hemlighet kan bara öppnas en gång. Be avsändaren om en ny om du behöver den.
open_bad_link = Länken är ofullständig. Kontrollera att du kopierade hela länken, även delen efter #.
open_failed_decrypt = Hemligheten kunde inte dekrypteras. Länken kan vara skadad.
open_interrupted = Öppnandet avbröts och kan ha förbrukat hemligheten, även om den aldrig visades.
opened_title = Din hemlighet
opened_text_label = Hemlig text
opened_clipboard = Urklipp kan behålla det du kopierar: i sin historik eller på enheter som den synkroniseras med.
opened_destroyed = Hemligheten är nu förstörd på servern. Kopiera eller spara det du behöver innan du lämnar sidan.
opened_views_left =
    { $n ->
        [one] Hemligheten kan öppnas { $n } gång till; sedan förstörs den på servern. Kopiera eller spara det du behöver innan du lämnar sidan.
       *[other] Hemligheten kan öppnas { $n } gånger till; sedan förstörs den på servern. Kopiera eller spara det du behöver innan du lämnar sidan.
    }
opened_burn_rest = Jag har den: förstör den nu
opened_burn_question =
    { $n ->
        [one] Vill du förstöra hemligheten nu? Den återstående öppningen går förlorad för alla.
       *[other] Vill du förstöra hemligheten nu? De { $n } återstående öppningarna går förlorade för alla.
    }
opened_burn_confirm = Ja, förstör den
opened_files = Filer
download = Ladda ner { $name } ({ $size })
opened_empty = (ingen text)

## Receipt page (the creator's private page).

receipt_page_title = Statussida
receipt_intro = Den här privata sidan visar vad som hänt med hemligheten du delade.
receipt_state_label = Status
state_waiting = Väntar: inte öppnad ännu.
state_waiting_views =
    { $n ->
        [one] Väntar: öppnad tidigare, { $n } öppning kvar.
       *[other] Väntar: öppnad tidigare, { $n } öppningar kvar.
    }
state_opened = Öppnad { $when }.
state_burned = Förstörd: ingen kan öppna den längre.
state_expired = Upphörde utan att ha öppnats.
state_expired_views =
    { $n ->
        [one] Upphörde efter att ha öppnats { $n } gång.
       *[other] Upphörde efter att ha öppnats { $n } gånger.
    }
receipt_expires = Upphör { $when }.
receipt_expired_at = Giltig till: { $when }.
receipt_views_total =
    { $n ->
        [one] Kan öppnas { $n } gång totalt.
       *[other] Kan öppnas { $n } gånger totalt.
    }
receipt_opens_label = Öppnad
receipt_gone = Den här statussidan är okänd eller har raderats.
receipt_bad_link = Statuslänken är ofullständig. Kontrollera att du kopierade hela länken, även delen efter #.
refresh = Uppdatera
burn_button = Förstör nu
burn_question = Vill du förstöra hemligheten nu? Ingen kommer att kunna öppna den.
burn_confirm = Ja, förstör den
cancel = Avbryt
burned_done = Hemligheten har förstörts.
receipt_watching = Så länge den här sidan är öppen kontrollerar den statusen med några sekunders mellanrum och visar alla ändringar.
receipt_notify = Meddela mig när statusen ändras
receipt_notify_on = Du får också en avisering i webbläsaren, så länge den här sidan är öppen.
receipt_notify_blocked = Den här webbläsaren blockerar aviseringar för den här sidan. Själva sidan visar ändå ändringen.
receipt_changed = Statusen ändrades medan du tittade.

## Privacy page.

privacy_title = Integritet
privacy_encryption = Din hemlighet krypteras i din webbläsare. Nyckeln finns i delen av länken efter #, som webbläsare aldrig skickar till någon server.
privacy_stored = Servern lagrar bara den krypterade hemligheten, en identifierare härledd från länken, en hash att kontrollera länken mot, tiden då den upphör, hur många öppningar som återstår och statusen som statussidan visar, med tiden för varje öppning. Den ser aldrig din text, dina filer eller deras namn, din lösenfras eller länken.
privacy_deleted = En hemlighet raderas efter sin sista tillåtna öppning, när den förstörs eller när den upphör, vilket som sker först. Dess statussida raderas en tid därefter.
privacy_tracking = Ingen spårning, ingen analys, inga kakor och inga tredje parter: allt sidan behöver kommer från den här servern.
privacy_logs = Servern loggar inte hemligheters identifierare, bevis, statuslänkar eller din IP-adress.
privacy_language = Ditt språkval sparas bara i den här webbläsarens lokala lagring.

## Not found.

not_found_title = Sidan hittades inte
not_found_body = Det finns inget på den här adressen.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Be om en hemlighet
request_title = Be om en hemlighet
request_intro = Behöver du ett lösenord eller en fil från någon? Skapa en förfrågan och skicka länken till personen. Personens webbläsare krypterar svaret bara för dig: bara din privata länk kan läsa det, en gång.
request_note_label = Vad du behöver (valfritt)
# $max is a number of bytes.
request_note_hint = Den andra personen ser anteckningen när förfrågningslänken öppnas; den krypteras som allt annat. Högst { $max } byte.
request_note_too_long = Anteckningen är för lång: högst { $max } byte.
request_expiry_label = Förfrågan och svaret upphör efter
request_button = Skapa förfrågan
requested_title = Din förfrågan är klar
request_link_label = Förfrågningslänk: skicka den till den som har hemligheten
request_link_help = Alla som ser den här länken kan svara på förfrågan, en gång. Ingen utom du kan läsa svaret.
request_private_title = Din privata länk
request_private_help = Behåll den här länken för dig själv; skicka den inte vidare. Den visar om svaret har kommit och öppnar det, en gång.
request_private_label = Privat länk (bara för dig)
request_expires = Förfrågan väntar på svar till { $when }.
# The answerer's page.
answer_title = Någon ber dig om en hemlighet
answer_note_label = Personens anteckning
answer_no_note = Ingen anteckning lämnades.
answer_text_label = Ditt svar
answer_hint = Det krypteras i den här webbläsaren för den som frågade: bara den personens privata länk kan läsa det, en gång. Den här servern kan inte det.
answer_anyone = Alla som har sett den här länken kan svara på förfrågan, och bara det första svaret sparas. Svara bara om länken kom från någon du känner.
answer_expires = Du kan svara till { $when }.
answer_button = Skicka svaret
answered_title = Svaret har skickats
answered_body = Bara den som frågade kan läsa det, en gång, till { $when }.
answer_unavailable_title = Den här förfrågan kan inte besvaras
answer_unavailable = Den har redan besvarats eller har upphört. Be personen skapa en ny förfrågan om det fortfarande behövs.
# The asker's private page.
asker_title = Din förfrågan
asker_note_label = Din anteckning
asker_waiting = Inget svar ännu. Så länge den här sidan är öppen kontrollerar den med några sekunders mellanrum.
asker_answered = Svaret kom { $when }. Det kan öppnas en gång: sedan är det borta från servern.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Svaret kom medan du tittade.
asker_open_button = Öppna svaret
asker_gone = Den här förfrågan är okänd: svaret har redan öppnats, eller så har förfrågan upphört.
asker_expires = Förfrågan och svaret upphör { $when }.
