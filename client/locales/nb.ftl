# Cinder: Norwegian Bokmål.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Engangshemmeligheter, kryptert i nettleseren din
nav_create = Ny hemmelighet
nav_privacy = Personvern
language_label = Språk
footer_note = Kryptert i nettleseren din. Serveren ser aldri hemmeligheten din eller lenken.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Driftes av:
instance_note = En melding fra dem som drifter tjenesten:

## Create page.

create_title = Del en hemmelighet
create_intro = Hemmeligheten din krypteres i denne nettleseren før noe sendes. Den kan åpnes én gang via lenken; deretter tilintetgjøres den.
text_label = Hemmelighet
text_hint = Bare den som åpner lenken, får se den.
files_label = Filer (valgfritt)
files_hint = Opptil { $max } totalt.
files_drop = Slipp filer her, eller velg dem:
file_remove = Fjern { $name }
files_total = { $size } av { $max }
passphrase_label = Passordfrase (valgfritt)
passphrase_hint = Mottakeren trenger den også. Send den på en annen måte enn lenken.
passphrase_show = Vis passordfrasen
passphrase_hide = Skjul passordfrasen
generator_title = Passordgenerator
generator_length = Lengde
generator_lower = Små bokstaver
generator_upper = Store bokstaver
generator_digits = Sifre
generator_symbols = Spesialtegn
generator_generate = Generer
generator_result = Generert passord
generator_insert = Legg til i hemmeligheten
generator_use_as_passphrase = Bruk som passordfrase
generator_need_class = Velg minst én type tegn.
expiry_label = Utløper etter
views_label = Antall ganger den kan åpnes
views_hint = Høyst { $max } ganger. Hemmeligheten tilintetgjøres etter siste åpning eller når den utløper, alt etter hva som skjer først.
create_button = Opprett lenke
creating = Krypterer og sender…
reading_files = Leser filer…
deriving_key = Utleder nøkkelen fra passordfrasen…
err_empty = Skriv en hemmelighet eller legg til en fil først.
err_too_large = Det er for stort: maks { $max } totalt.
err_file_unreadable = En fil kunne ikke leses.
err_unreachable = Får ikke kontakt med serveren. Sjekk tilkoblingen din og prøv igjen.
err_rate_limited = For mange forespørsler på kort tid. Vent et minutt og prøv igjen.
err_full = Serveren er full akkurat nå. Prøv igjen senere.
err_unexpected = Noe gikk galt i denne nettleseren. Last inn siden på nytt og prøv igjen.
err_server = Serveren kunne ikke utføre dette ({ $code }). Prøv igjen senere.
create_off = Denne instansen åpner bare lenker og oppretter ikke nye hemmeligheter. Vil du dele en, må du bruke instansen organisasjonen din har satt opp til det.
create_sign_in = Bare personer i denne organisasjonen kan opprette hemmeligheter her. Logg inn via organisasjonen din først. Alle som har en lenke, kan fortsatt åpne den.
create_sign_in_link = Logg inn
create_not_allowed = Du er logget inn, men kontoen din har ikke tillatelse til å opprette hemmeligheter her. Kontakt administratoren din.

## The link, shown after creating.

link_title = Lenken din er klar
link_label = Delingslenke (kan åpnes én gang)
link_help = Send denne lenken til mottakeren. Den kan bare åpnes én gang.
link_expires = Hvis den ikke åpnes, utløper hemmeligheten { $when }.
link_passphrase_reminder = Husk å sende passordfrasen separat.
link_label_views = Delingslenke
link_help_views =
    { $n ->
        [one] Send denne lenken til mottakeren. Den kan åpnes { $n } gang.
       *[other] Send denne lenken til mottakerne. Den kan åpnes { $n } ganger.
    }
link_expires_views = Hvis ikke alle åpningene blir brukt, utløper hemmeligheten { $when }.
copy = Kopier
copied = Kopiert til utklippstavlen.
copy_failed = Kopieringen mislyktes: Merk teksten og kopier den selv.
qr_label = QR-kode for delingslenken
share_email = Del via e-post
email_subject = En hemmelighet til deg
email_body = Åpne denne lenken for å lese hemmeligheten jeg har delt med deg. Den virker bare én gang:
email_body_views =
    { $n ->
        [one] Åpne denne lenken for å lese hemmeligheten jeg har delt med deg. Den virker { $n } gang:
       *[other] Åpne denne lenken for å lese hemmeligheten jeg har delt med deg. Den virker { $n } ganger:
    }
receipt_title = Bare for deg: statuslenken
receipt_help = Behold denne lenken for deg selv, og ikke send den til mottakeren. Den viser om hemmeligheten er åpnet, og lar deg tilintetgjøre den.
receipt_label = Statuslenke (privat)
create_another = Opprett en ny hemmelighet

## Open page (the recipient).

open_title = En hemmelighet til deg
checking = Sjekker lenken…
open_waiting = Noen har delt en hemmelighet med deg. Den kan bare åpnes én gang: Deretter tilintetgjøres den.
open_waiting_views =
    { $n ->
        [one] Noen har delt en hemmelighet med deg. Den kan åpnes { $n } gang til: Deretter tilintetgjøres den.
       *[other] Noen har delt en hemmelighet med deg. Den kan åpnes { $n } ganger til: Etter den siste tilintetgjøres den.
    }
open_expires = Tilgjengelig til { $when }.
open_needs_passphrase = Den er beskyttet med en passordfrase, som avsenderen burde ha gitt deg separat.
open_passphrase_label = Passordfrase
open_button = Åpne hemmeligheten
opening = Åpner…
open_wrong_passphrase =
    { $n ->
        [one] Feil passordfrase. Du har { $n } forsøk igjen før hemmeligheten tilintetgjøres.
       *[other] Feil passordfrase. Du har { $n } forsøk igjen før hemmeligheten tilintetgjøres.
    }
open_unavailable_title = Denne hemmeligheten er ikke tilgjengelig
open_unavailable = Den er allerede åpnet, tilintetgjort eller utløpt: En hemmelighet kan bare åpnes én gang. Be avsenderen om en ny hvis du trenger den.
open_bad_link = Denne lenken er ufullstendig. Sjekk at du har kopiert hele lenken, også delen etter #.
open_failed_decrypt = Hemmeligheten kunne ikke dekrypteres. Lenken kan være skadet.
open_interrupted = Åpningen ble avbrutt og kan ha brukt opp hemmeligheten, selv om den ikke ble vist.
opened_title = Hemmeligheten din
opened_text_label = Hemmelig tekst
opened_clipboard = Utklippstavlen kan ta vare på det du kopierer: i historikken eller på enheter den synkroniseres med.
opened_destroyed = Hemmeligheten er nå tilintetgjort på serveren. Kopier eller lagre det du trenger, før du forlater siden.
opened_views_left =
    { $n ->
        [one] Hemmeligheten kan fortsatt åpnes { $n } gang til; deretter tilintetgjøres den på serveren. Kopier eller lagre det du trenger, før du forlater siden.
       *[other] Hemmeligheten kan fortsatt åpnes { $n } ganger til; deretter tilintetgjøres den på serveren. Kopier eller lagre det du trenger, før du forlater siden.
    }
opened_burn_rest = Jeg har den: Tilintetgjør den nå
opened_burn_question =
    { $n ->
        [one] Vil du tilintetgjøre hemmeligheten nå? Den gjenværende åpningen går tapt for alle.
       *[other] Vil du tilintetgjøre hemmeligheten nå? De { $n } gjenværende åpningene går tapt for alle.
    }
opened_burn_confirm = Ja, tilintetgjør den
opened_files = Filer
download = Last ned { $name } ({ $size })
opened_empty = (ingen tekst)

## Receipt page (the creator's private page).

receipt_page_title = Statusside
receipt_intro = Denne private siden viser hva som har skjedd med hemmeligheten du delte.
receipt_state_label = Status
state_waiting = Venter: ikke åpnet ennå.
state_waiting_views =
    { $n ->
        [one] Venter: åpnet før, { $n } åpning igjen.
       *[other] Venter: åpnet før, { $n } åpninger igjen.
    }
state_opened = Åpnet { $when }.
state_burned = Tilintetgjort: Ingen kan åpne den lenger.
state_expired = Utløpt uten å ha blitt åpnet.
state_expired_views =
    { $n ->
        [one] Utløpt etter å ha blitt åpnet { $n } gang.
       *[other] Utløpt etter å ha blitt åpnet { $n } ganger.
    }
receipt_expires = Utløper { $when }.
receipt_expired_at = Utløpstid: { $when }.
receipt_views_total =
    { $n ->
        [one] Kan åpnes { $n } gang totalt.
       *[other] Kan åpnes { $n } ganger totalt.
    }
receipt_opens_label = Åpnet
receipt_gone = Denne statussiden er ukjent eller har blitt slettet.
receipt_bad_link = Denne statuslenken er ufullstendig. Sjekk at du har kopiert hele lenken, også delen etter #.
refresh = Oppdater
burn_button = Tilintetgjør nå
burn_question = Vil du tilintetgjøre hemmeligheten nå? Ingen vil kunne åpne den etterpå.
burn_confirm = Ja, tilintetgjør den
cancel = Avbryt
burned_done = Hemmeligheten er tilintetgjort.
receipt_watching = Så lenge denne siden er åpen, sjekker den med noen sekunders mellomrom og viser eventuelle endringer.
receipt_notify = Varsle meg når statusen endres
receipt_notify_on = Du får også et varsel i nettleseren, så lenge denne siden er åpen.
receipt_notify_blocked = Denne nettleseren blokkerer varsler for denne siden. Selve siden viser likevel endringen.
receipt_changed = Statusen endret seg mens du fulgte med.

## Privacy page.

privacy_title = Personvern
privacy_encryption = Hemmeligheten din krypteres i nettleseren din. Nøkkelen ligger i delen av lenken etter #, som nettlesere aldri sender til noen server.
privacy_stored = Serveren lagrer bare den krypterte hemmeligheten, en identifikator utledet fra lenken, en hash som lenken kontrolleres mot, utløpstidspunktet, hvor mange åpninger som gjenstår, og statusen som vises på statussiden, med tidspunktet for hver åpning. Den ser aldri teksten din, filene dine eller navnene deres, passordfrasen din eller lenken.
privacy_deleted = En hemmelighet slettes etter siste tillatte åpning, når den tilintetgjøres, eller når den utløper, alt etter hva som skjer først. Statussiden slettes en tid etterpå.
privacy_tracking = Ingen sporing, ingen analyse, ingen informasjonskapsler og ingen tredjeparter: Alt denne siden trenger, kommer fra denne serveren.
privacy_logs = Serveren logger ikke hemmeligheters identifikatorer, bevis, statuslenker eller IP-adressen din.
privacy_language = Språkvalget ditt lagres bare lokalt i denne nettleseren.

## Not found.

not_found_title = Fant ikke siden
not_found_body = Det finnes ingenting på denne adressen.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Be om en hemmelighet
request_title = Be om en hemmelighet
request_intro = Trenger du et passord eller en fil fra noen? Opprett en forespørsel og send lenken til personen. Personens nettleser krypterer svaret bare for deg: Bare den private lenken din kan lese det, én gang.
request_note_label = Hva du trenger (valgfritt)
# $max is a number of bytes.
request_note_hint = Personen ser dette notatet når forespørselslenken åpnes; det krypteres som alt annet. Maks { $max } byte.
request_note_too_long = Notatet er for langt: maks { $max } byte.
request_expiry_label = Forespørselen og svaret utløper etter
request_button = Opprett forespørsel
requested_title = Forespørselen din er klar
request_link_label = Forespørselslenke: Send den til den som har hemmeligheten
request_link_help = Alle som ser denne lenken, kan svare på forespørselen, én gang. Ingen andre enn du kan lese svaret.
request_private_title = Den private lenken din
request_private_help = Behold denne lenken for deg selv, og ikke send den videre. Den viser om svaret har kommet, og åpner det, én gang.
request_private_label = Privat lenke (bare for deg)
request_expires = Forespørselen venter på svar til { $when }.
# The answerer's page.
answer_title = Noen ber deg om en hemmelighet
answer_note_label = Notat fra personen
answer_no_note = Det ble ikke lagt igjen noe notat.
answer_text_label = Svaret ditt
answer_hint = Det krypteres i denne nettleseren for den som spurte: Bare den personens private lenke kan lese det, én gang. Denne serveren kan ikke det.
answer_anyone = Alle som har sett denne lenken, kan svare på forespørselen, og bare det første svaret beholdes. Svar bare hvis lenken kom fra noen du kjenner.
answer_expires = Du kan svare til { $when }.
answer_button = Send svaret
answered_title = Svaret er sendt
answered_body = Bare den som spurte, kan lese det, én gang, til { $when }.
answer_unavailable_title = Denne forespørselen kan ikke besvares
answer_unavailable = Den er allerede besvart, eller den er utløpt. Be personen om en ny forespørsel hvis det fortsatt trengs.
# The asker's private page.
asker_title = Forespørselen din
asker_note_label = Notatet ditt
asker_waiting = Ingen svar ennå. Så lenge denne siden er åpen, sjekker den med noen sekunders mellomrom.
asker_answered = Svaret kom { $when }. Det kan åpnes én gang: Deretter er det borte fra serveren.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Svaret kom mens du fulgte med.
asker_open_button = Åpne svaret
asker_gone = Denne forespørselen er ukjent: Svaret er allerede åpnet, eller forespørselen er utløpt.
asker_expires = Forespørselen og svaret utløper { $when }.
