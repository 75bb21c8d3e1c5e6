# Cinder: Danish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Engangshemmeligheder, krypteret i din browser
nav_create = Ny hemmelighed
nav_privacy = Privatliv
language_label = Sprog
footer_note = Krypteret i din browser. Serveren ser aldrig din hemmelighed eller linket.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Drives af:
instance_note = En besked fra dem, der driver tjenesten:

## Create page.

create_title = Del en hemmelighed
create_intro = Din hemmelighed krypteres i denne browser, før noget bliver sendt. Den kan åbnes én gang via linket; derefter tilintetgøres den.
text_label = Hemmelighed
text_hint = Kun den, der åbner linket, får den at se.
files_label = Filer (valgfrit)
files_hint = Højst { $max } i alt.
files_drop = Slip filer her, eller vælg dem:
file_remove = Fjern { $name }
files_total = { $size } af { $max }
passphrase_label = Adgangssætning (valgfrit)
passphrase_hint = Modtageren skal også bruge den. Send den på en anden måde end linket.
passphrase_show = Vis adgangssætning
passphrase_hide = Skjul adgangssætning
generator_title = Adgangskodegenerator
generator_length = Længde
generator_lower = Små bogstaver
generator_upper = Store bogstaver
generator_digits = Cifre
generator_symbols = Specialtegn
generator_generate = Generér
generator_result = Genereret adgangskode
generator_insert = Føj til hemmeligheden
generator_use_as_passphrase = Brug som adgangssætning
generator_need_class = Vælg mindst én slags tegn.
expiry_label = Udløber efter
views_label = Antal gange, den kan åbnes
views_hint = Højst { $max } gange. Hemmeligheden tilintetgøres efter sidste åbning, eller når den udløber, alt efter hvad der sker først.
create_button = Opret link
creating = Krypterer og sender…
reading_files = Læser filer…
deriving_key = Udleder nøglen fra adgangssætningen…
err_empty = Skriv en hemmelighed, eller tilføj en fil først.
err_too_large = Det er for stort: højst { $max } i alt.
err_file_unreadable = En fil kunne ikke læses.
err_unreachable = Serveren kan ikke nås. Tjek din forbindelse, og prøv igen.
err_rate_limited = For mange forespørgsler på kort tid. Vent et minut, og prøv igen.
err_full = Serveren er fuld lige nu. Prøv igen senere.
err_unexpected = Noget gik galt i denne browser. Genindlæs siden, og prøv igen.
err_server = Serveren kunne ikke udføre handlingen ({ $code }). Prøv igen senere.
create_off = Denne instans åbner kun links og opretter ikke nye hemmeligheder. Vil du dele en, så brug den instans, din organisation stiller til rådighed til formålet.
create_sign_in = Kun personer i denne organisation kan oprette hemmeligheder her. Log først ind via din organisation. Alle med et link kan stadig åbne det.
create_sign_in_link = Log ind
create_not_allowed = Du er logget ind, men din konto må ikke oprette hemmeligheder her. Kontakt din administrator.

## The link, shown after creating.

link_title = Dit link er klar
link_label = Delingslink (kan åbnes én gang)
link_help = Send dette link til modtageren. Det kan kun åbnes én gang.
link_expires = Hvis den ikke åbnes, udløber hemmeligheden den { $when }.
link_passphrase_reminder = Husk at sende adgangssætningen separat.
link_label_views = Delingslink
link_help_views =
    { $n ->
        [one] Send dette link til modtageren. Det kan åbnes { $n } gang.
       *[other] Send dette link til modtagerne. Det kan åbnes { $n } gange.
    }
link_expires_views = Hvis ikke alle åbninger bliver brugt, udløber hemmeligheden den { $when }.
copy = Kopiér
copied = Kopieret til udklipsholderen.
copy_failed = Kopiering mislykkedes: Markér teksten, og kopiér den selv.
qr_label = QR-kode til delingslinket
share_email = Del via e-mail
email_subject = En hemmelighed til dig
email_body = Åbn dette link for at læse den hemmelighed, jeg har delt med dig. Det virker kun én gang:
email_body_views =
    { $n ->
        [one] Åbn dette link for at læse den hemmelighed, jeg har delt med dig. Det virker { $n } gang:
       *[other] Åbn dette link for at læse den hemmelighed, jeg har delt med dig. Det virker { $n } gange:
    }
receipt_title = Kun til dig: statuslinket
receipt_help = Behold dette link for dig selv, og send det ikke til modtageren. Det viser, om hemmeligheden er blevet åbnet, og lader dig tilintetgøre den.
receipt_label = Statuslink (privat)
create_another = Opret en ny hemmelighed

## Open page (the recipient).

open_title = En hemmelighed til dig
checking = Tjekker linket…
open_waiting = Nogen har delt en hemmelighed med dig. Den kan kun åbnes én gang: Derefter tilintetgøres den.
open_waiting_views =
    { $n ->
        [one] Nogen har delt en hemmelighed med dig. Den kan åbnes { $n } gang mere: Derefter tilintetgøres den.
       *[other] Nogen har delt en hemmelighed med dig. Den kan åbnes { $n } gange mere: Efter sidste gang tilintetgøres den.
    }
open_expires = Tilgængelig indtil { $when }.
open_needs_passphrase = Den er beskyttet med en adgangssætning, som afsenderen burde have givet dig separat.
open_passphrase_label = Adgangssætning
open_button = Åbn hemmeligheden
opening = Åbner…
open_wrong_passphrase =
    { $n ->
        [one] Forkert adgangssætning. { $n } forsøg tilbage, før hemmeligheden tilintetgøres.
       *[other] Forkert adgangssætning. { $n } forsøg tilbage, før hemmeligheden tilintetgøres.
    }
open_unavailable_title = Denne hemmelighed er ikke tilgængelig
open_unavailable = Den er allerede blevet åbnet, tilintetgjort eller er udløbet: En hemmelighed kan kun åbnes én gang. Bed afsenderen om en ny, hvis du har brug for den.
open_bad_link = Dette link er ufuldstændigt. Tjek, at du har kopieret det hele, også delen efter #.
open_failed_decrypt = Hemmeligheden kunne ikke dekrypteres. Linket kan være beskadiget.
open_interrupted = Åbningen blev afbrudt og kan have opbrugt hemmeligheden, selvom den ikke blev vist.
opened_title = Din hemmelighed
opened_text_label = Hemmelig tekst
opened_clipboard = Udklipsholderen kan gemme det, du kopierer: i sin historik eller på enheder, den synkroniserer med.
opened_destroyed = Hemmeligheden er nu tilintetgjort på serveren. Kopiér eller gem det, du har brug for, før du forlader siden.
opened_views_left =
    { $n ->
        [one] Hemmeligheden kan stadig åbnes { $n } gang mere; derefter tilintetgøres den på serveren. Kopiér eller gem det, du har brug for, før du forlader siden.
       *[other] Hemmeligheden kan stadig åbnes { $n } gange mere; derefter tilintetgøres den på serveren. Kopiér eller gem det, du har brug for, før du forlader siden.
    }
opened_burn_rest = Jeg har den: Tilintetgør den nu
opened_burn_question =
    { $n ->
        [one] Vil du tilintetgøre hemmeligheden nu? Den resterende åbning går tabt for alle.
       *[other] Vil du tilintetgøre hemmeligheden nu? De { $n } resterende åbninger går tabt for alle.
    }
opened_burn_confirm = Ja, tilintetgør den
opened_files = Filer
download = Hent { $name } ({ $size })
opened_empty = (ingen tekst)

## Receipt page (the creator's private page).

receipt_page_title = Statusside
receipt_intro = Denne private side viser dig, hvad der er sket med den hemmelighed, du har delt.
receipt_state_label = Status
state_waiting = Venter: ikke åbnet endnu.
state_waiting_views =
    { $n ->
        [one] Venter: åbnet før, { $n } åbning tilbage.
       *[other] Venter: åbnet før, { $n } åbninger tilbage.
    }
state_opened = Åbnet den { $when }.
state_burned = Tilintetgjort: Ingen kan længere åbne den.
state_expired = Udløbet uden at være blevet åbnet.
state_expired_views =
    { $n ->
        [one] Udløbet efter at være blevet åbnet { $n } gang.
       *[other] Udløbet efter at være blevet åbnet { $n } gange.
    }
receipt_expires = Udløber den { $when }.
receipt_expired_at = Udløb: { $when }.
receipt_views_total =
    { $n ->
        [one] Kan åbnes { $n } gang i alt.
       *[other] Kan åbnes { $n } gange i alt.
    }
receipt_opens_label = Åbnet den
receipt_gone = Denne statusside er ukendt eller er blevet slettet.
receipt_bad_link = Dette statuslink er ufuldstændigt. Tjek, at du har kopieret det hele, også delen efter #.
refresh = Opdater
burn_button = Tilintetgør nu
burn_question = Vil du tilintetgøre hemmeligheden nu? Derefter kan ingen åbne den.
burn_confirm = Ja, tilintetgør den
cancel = Annuller
burned_done = Hemmeligheden er blevet tilintetgjort.
receipt_watching = Så længe denne side er åben, tjekker den med få sekunders mellemrum og viser enhver ændring.
receipt_notify = Giv mig besked, når status ændres
receipt_notify_on = Du får også en notifikation fra browseren, så længe denne side er åben.
receipt_notify_blocked = Denne browser blokerer notifikationer for denne side. Selve siden viser stadig ændringen.
receipt_changed = Status ændrede sig, mens du holdt øje.

## Privacy page.

privacy_title = Privatliv
privacy_encryption = Din hemmelighed krypteres i din browser. Nøglen ligger i den del af linket, der står efter #, og som browsere aldrig sender til nogen server.
privacy_stored = Serveren gemmer kun den krypterede hemmelighed, et id afledt af linket, en hash, som linket kontrolleres mod, udløbstidspunktet, hvor mange åbninger der er tilbage, og den status, statussiden viser, med tidspunktet for hver åbning. Den ser aldrig din tekst, dine filer eller deres navne, din adgangssætning eller linket.
privacy_deleted = En hemmelighed slettes efter sin sidste tilladte åbning, når den tilintetgøres, eller når den udløber, alt efter hvad der sker først. Dens statusside slettes et stykke tid derefter.
privacy_tracking = Ingen sporing, ingen analyse, ingen cookies og ingen tredjeparter: Alt, hvad denne side har brug for, kommer fra denne server.
privacy_logs = Serveren logger ikke hemmeligheders id'er, beviser, statuslinks eller din IP-adresse.
privacy_language = Dit sprogvalg gemmes kun i denne browsers lokale lager.

## Not found.

not_found_title = Siden blev ikke fundet
not_found_body = Der er intet på denne adresse.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Bed om en hemmelighed
request_title = Bed om en hemmelighed
request_intro = Har du brug for en adgangskode eller en fil fra nogen? Opret en anmodning, og send linket til personen. Personens browser krypterer svaret kun til dig: Kun dit private link kan læse det, én gang.
request_note_label = Hvad du har brug for (valgfrit)
# $max is a number of bytes.
request_note_hint = Personen ser denne note, når anmodningslinket åbnes; den krypteres ligesom alt andet. Højst { $max } byte.
request_note_too_long = Noten er for lang: højst { $max } byte.
request_expiry_label = Anmodningen og svaret udløber efter
request_button = Opret anmodning
requested_title = Din anmodning er klar
request_link_label = Anmodningslink: Send det til den, der har hemmeligheden
request_link_help = Alle, der ser dette link, kan besvare anmodningen én gang. Ingen andre end dig kan læse svaret.
request_private_title = Dit private link
request_private_help = Behold dette link for dig selv, og send det ikke videre. Det viser, om svaret er kommet, og åbner det én gang.
request_private_label = Privat link (kun til dig)
request_expires = Anmodningen venter på svar indtil { $when }.
# The answerer's page.
answer_title = Nogen beder dig om en hemmelighed
answer_note_label = Personens note
answer_no_note = Der er ikke efterladt nogen note.
answer_text_label = Dit svar
answer_hint = Det krypteres i denne browser til den, der spurgte: Kun vedkommendes private link kan læse det, én gang. Denne server kan ikke.
answer_anyone = Alle, der har set dette link, kan besvare anmodningen, og kun det første svar gemmes. Svar kun, hvis linket kommer fra en, du kender.
answer_expires = Du kan svare indtil { $when }.
answer_button = Send svaret
answered_title = Svaret er sendt
answered_body = Kun den, der spurgte, kan læse det, én gang, indtil { $when }.
answer_unavailable_title = Denne anmodning kan ikke besvares
answer_unavailable = Den er allerede besvaret, eller den er udløbet. Bed personen om en ny anmodning, hvis vedkommende stadig har brug for det.
# The asker's private page.
asker_title = Din anmodning
asker_note_label = Din note
asker_waiting = Intet svar endnu. Så længe denne side er åben, tjekker den med få sekunders mellemrum.
asker_answered = Svaret kom den { $when }. Det kan åbnes én gang: Derefter er det væk fra serveren.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Svaret kom, mens du holdt øje.
asker_open_button = Åbn svaret
asker_gone = Denne anmodning er ukendt: Svaret er allerede åbnet, eller anmodningen er udløbet.
asker_expires = Anmodningen og svaret udløber den { $when }.
