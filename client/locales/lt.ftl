# Cinder: Lithuanian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Vienkartinės paslaptys, užšifruotos jūsų naršyklėje
nav_create = Nauja paslaptis
nav_privacy = Privatumas
language_label = Kalba
footer_note = Užšifruota jūsų naršyklėje. Serveris niekada nemato nei jūsų paslapties, nei nuorodos.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Paslaugą teikia:
instance_note = Šios paslaugos teikėjo pranešimas:

## Create page.

create_title = Bendrinti paslaptį
create_intro = Jūsų paslaptis užšifruojama šioje naršyklėje prieš ką nors išsiunčiant. Nuorodą galima atverti tik vieną kartą, po to paslaptis sunaikinama.
text_label = Paslaptis
text_hint = Ją matys tik tas, kas atvers nuorodą.
files_label = Failai (neprivaloma)
files_hint = Iš viso iki { $max }.
files_drop = Nutempkite failus čia arba pasirinkite juos:
file_remove = Pašalinti { $name }
files_total = { $size } iš { $max }
passphrase_label = Slaptafrazė (neprivaloma)
passphrase_hint = Jos prireiks ir gavėjui. Nusiųskite ją kitu būdu nei nuorodą.
passphrase_show = Rodyti slaptafrazę
passphrase_hide = Slėpti slaptafrazę
generator_title = Slaptažodžių generatorius
generator_length = Ilgis
generator_lower = Mažosios raidės
generator_upper = Didžiosios raidės
generator_digits = Skaitmenys
generator_symbols = Specialieji simboliai
generator_generate = Generuoti
generator_result = Sugeneruotas slaptažodis
generator_insert = Įterpti į paslaptį
generator_use_as_passphrase = Naudoti kaip slaptafrazę
generator_need_class = Pasirinkite bent vieną simbolių rūšį.
expiry_label = Galiojimo laikas
views_label = Atvėrimų skaičius
views_hint = Daugiausia: { $max }. Paslaptis sunaikinama po paskutinio atvėrimo arba kai nustoja galioti – priklausomai nuo to, kas įvyksta anksčiau.
create_button = Sukurti nuorodą
creating = Šifruojama ir siunčiama…
reading_files = Skaitomi failai…
deriving_key = Raktas išvedamas iš slaptafrazės…
err_empty = Pirmiausia įrašykite paslaptį arba pridėkite failą.
err_too_large = Per daug duomenų: iš viso leidžiama ne daugiau kaip { $max }.
err_file_unreadable = Nepavyko perskaityti failo.
err_unreachable = Nepavyksta pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.
err_rate_limited = Per daug užklausų per trumpą laiką. Palaukite minutę ir bandykite dar kartą.
err_full = Šiuo metu serveris perpildytas. Bandykite vėliau.
err_unexpected = Šioje naršyklėje įvyko klaida. Įkelkite puslapį iš naujo ir bandykite dar kartą.
err_server = Serveriui nepavyko to atlikti ({ $code }). Bandykite vėliau.
create_off = Šiame serveryje nuorodas galima tik atverti, naujų paslapčių kurti negalima. Norėdami bendrinti paslaptį, naudokite serverį, kurį tam skiria jūsų organizacija.
create_sign_in = Kurti paslaptis čia gali tik šios organizacijos nariai. Pirmiausia prisijunkite per savo organizaciją. Atverti nuorodą vis tiek gali kiekvienas, kas ją turi.
create_sign_in_link = Prisijungti
create_not_allowed = Esate prisijungę, bet jūsų paskyrai neleidžiama čia kurti paslapčių. Kreipkitės į savo administratorių.

## The link, shown after creating.

link_title = Jūsų nuoroda paruošta
link_label = Bendrinimo nuoroda (atveriama vieną kartą)
link_help = Nusiųskite šią nuorodą gavėjui. Ją galima atverti tik vieną kartą.
link_expires = Jei paslaptis nebus atverta, ji nustos galioti { $when }.
link_passphrase_reminder = Nepamirškite atskirai nusiųsti slaptafrazės.
link_label_views = Bendrinimo nuoroda
link_help_views =
    { $n ->
        [one] Nusiųskite šią nuorodą gavėjams. Ją galima atverti { $n } kartą.
        [few] Nusiųskite šią nuorodą gavėjams. Ją galima atverti { $n } kartus.
        [many] Nusiųskite šią nuorodą gavėjams. Ją galima atverti { $n } karto.
       *[other] Nusiųskite šią nuorodą gavėjams. Ją galima atverti { $n } kartų.
    }
link_expires_views = Jei nebus išnaudoti visi atvėrimai, paslaptis nustos galioti { $when }.
copy = Kopijuoti
copied = Nukopijuota į iškarpinę.
copy_failed = Nukopijuoti nepavyko: pažymėkite tekstą ir nukopijuokite jį patys.
qr_label = Bendrinimo nuorodos QR kodas
share_email = Bendrinti el. paštu
email_subject = Paslaptis jums
email_body = Atverkite šią nuorodą ir perskaitykite paslaptį, kuria su jumis pasidalijau. Ji veikia tik vieną kartą:
email_body_views =
    { $n ->
        [one] Atverkite šią nuorodą ir perskaitykite paslaptį, kuria su jumis pasidalijau. Ji veikia { $n } kartą:
        [few] Atverkite šią nuorodą ir perskaitykite paslaptį, kuria su jumis pasidalijau. Ji veikia { $n } kartus:
        [many] Atverkite šią nuorodą ir perskaitykite paslaptį, kuria su jumis pasidalijau. Ji veikia { $n } karto:
       *[other] Atverkite šią nuorodą ir perskaitykite paslaptį, kuria su jumis pasidalijau. Ji veikia { $n } kartų:
    }
receipt_title = Tik jums: būsenos nuoroda
receipt_help = Pasilikite šią nuorodą sau, nesiųskite jos gavėjui. Ji rodo, ar paslaptis buvo atverta, ir leidžia ją sunaikinti.
receipt_label = Būsenos nuoroda (privati)
create_another = Sukurti kitą paslaptį

## Open page (the recipient).

open_title = Paslaptis jums
checking = Tikrinama nuoroda…
open_waiting = Kažkas su jumis pasidalijo paslaptimi. Ją galima atverti tik vieną kartą: po to ji sunaikinama.
open_waiting_views =
    { $n ->
        [one] Kažkas su jumis pasidalijo paslaptimi. Ją galima atverti dar { $n } kartą: po paskutinio karto ji sunaikinama.
        [few] Kažkas su jumis pasidalijo paslaptimi. Ją galima atverti dar { $n } kartus: po paskutinio karto ji sunaikinama.
        [many] Kažkas su jumis pasidalijo paslaptimi. Ją galima atverti dar { $n } karto: po paskutinio karto ji sunaikinama.
       *[other] Kažkas su jumis pasidalijo paslaptimi. Ją galima atverti dar { $n } kartų: po paskutinio karto ji sunaikinama.
    }
open_expires = Pasiekiama iki { $when }.
open_needs_passphrase = Ji apsaugota slaptafraze, kurią siuntėjas turėjo jums perduoti atskirai.
open_passphrase_label = Slaptafrazė
open_button = Atverti paslaptį
opening = Atveriama…
open_wrong_passphrase =
    { $n ->
        [one] Neteisinga slaptafrazė. Iki paslapties sunaikinimo liko { $n } bandymas.
        [few] Neteisinga slaptafrazė. Iki paslapties sunaikinimo liko { $n } bandymai.
        [many] Neteisinga slaptafrazė. Iki paslapties sunaikinimo liko { $n } bandymo.
       *[other] Neteisinga slaptafrazė. Iki paslapties sunaikinimo liko { $n } bandymų.
    }
open_unavailable_title = Ši paslaptis nepasiekiama
open_unavailable = Ji jau buvo atverta, sunaikinta arba nebegalioja: paslaptį galima atverti tik vieną kartą. Jei reikia, paprašykite siuntėjo naujos.
open_bad_link = Ši nuoroda neišsami. Patikrinkite, ar nukopijavote ją visą, įskaitant dalį po #.
open_failed_decrypt = Paslapties nepavyko iššifruoti. Gali būti, kad nuoroda sugadinta.
open_interrupted = Atvėrimas nutrūko, todėl paslaptis galėjo būti sunaudota, nors ir nebuvo parodyta.
opened_title = Jūsų paslaptis
opened_text_label = Paslapties tekstas
opened_clipboard = Iškarpinė gali išsaugoti tai, ką nukopijuojate: savo istorijoje arba įrenginiuose, su kuriais ji sinchronizuojama.
opened_destroyed = Paslaptis serveryje jau sunaikinta. Prieš išeidami iš šio puslapio nukopijuokite arba išsaugokite tai, ko jums reikia.
opened_views_left =
    { $n ->
        [one] Paslaptį dar galima atverti { $n } kartą; po to ji bus sunaikinta serveryje. Prieš išeidami iš šio puslapio nukopijuokite arba išsaugokite tai, ko jums reikia.
        [few] Paslaptį dar galima atverti { $n } kartus; po to ji bus sunaikinta serveryje. Prieš išeidami iš šio puslapio nukopijuokite arba išsaugokite tai, ko jums reikia.
        [many] Paslaptį dar galima atverti { $n } karto; po to ji bus sunaikinta serveryje. Prieš išeidami iš šio puslapio nukopijuokite arba išsaugokite tai, ko jums reikia.
       *[other] Paslaptį dar galima atverti { $n } kartų; po to ji bus sunaikinta serveryje. Prieš išeidami iš šio puslapio nukopijuokite arba išsaugokite tai, ko jums reikia.
    }
opened_burn_rest = Gavau: sunaikinti dabar
opened_burn_question =
    { $n ->
        [one] Sunaikinti paslaptį dabar? Likęs { $n } atvėrimas bus prarastas visiems.
        [few] Sunaikinti paslaptį dabar? Likę { $n } atvėrimai bus prarasti visiems.
        [many] Sunaikinti paslaptį dabar? Likę { $n } atvėrimo bus prarasta visiems.
       *[other] Sunaikinti paslaptį dabar? Likę { $n } atvėrimų bus prarasta visiems.
    }
opened_burn_confirm = Taip, sunaikinti
opened_files = Failai
download = Atsisiųsti { $name } ({ $size })
opened_empty = (teksto nėra)

## Receipt page (the creator's private page).

receipt_page_title = Paslapties būsena
receipt_intro = Šiame privačiame puslapyje matyti, kas nutiko paslapčiai, kuria pasidalijote.
receipt_state_label = Būsena
state_waiting = Laukiama: dar neatverta.
state_waiting_views =
    { $n ->
        [one] Laukiama: jau atverta, liko { $n } atvėrimas.
        [few] Laukiama: jau atverta, liko { $n } atvėrimai.
        [many] Laukiama: jau atverta, liko { $n } atvėrimo.
       *[other] Laukiama: jau atverta, liko { $n } atvėrimų.
    }
state_opened = Atverta { $when }.
state_burned = Sunaikinta: niekas nebegali jos atverti.
state_expired = Nustojo galioti, taip ir neatverta.
state_expired_views =
    { $n ->
        [one] Nustojo galioti po to, kai buvo atverta { $n } kartą.
        [few] Nustojo galioti po to, kai buvo atverta { $n } kartus.
        [many] Nustojo galioti po to, kai buvo atverta { $n } karto.
       *[other] Nustojo galioti po to, kai buvo atverta { $n } kartų.
    }
receipt_expires = Galioja iki { $when }.
receipt_expired_at = Galiojimo pabaiga: { $when }.
receipt_views_total =
    { $n ->
        [one] Iš viso galima atverti { $n } kartą.
        [few] Iš viso galima atverti { $n } kartus.
        [many] Iš viso galima atverti { $n } karto.
       *[other] Iš viso galima atverti { $n } kartų.
    }
receipt_opens_label = Atverta
receipt_gone = Šis būsenos puslapis nerastas arba buvo ištrintas.
receipt_bad_link = Ši būsenos nuoroda neišsami. Patikrinkite, ar nukopijavote ją visą, įskaitant dalį po #.
refresh = Atnaujinti
burn_button = Sunaikinti dabar
burn_question = Sunaikinti paslaptį dabar? Niekas nebegalės jos atverti.
burn_confirm = Taip, sunaikinti
cancel = Atšaukti
burned_done = Paslaptis sunaikinta.
receipt_watching = Kol šis puslapis atvertas, jis kas kelias sekundes tikrina būseną ir parodo bet kokį pasikeitimą.
receipt_notify = Pranešti man, kai būsena pasikeis
receipt_notify_on = Kol šis puslapis liks atvertas, gausite ir naršyklės pranešimą.
receipt_notify_blocked = Ši naršyklė blokuoja šio puslapio pranešimus. Pats puslapis vis tiek parodys pasikeitimą.
receipt_changed = Būsena pasikeitė, kol stebėjote.

## Privacy page.

privacy_title = Privatumas
privacy_encryption = Jūsų paslaptis užšifruojama jūsų naršyklėje. Raktas yra nuorodos dalyje po #, kurios naršyklės niekada nesiunčia jokiam serveriui.
privacy_stored = Serveris saugo tik užšifruotą paslaptį, iš nuorodos išvestą identifikatorių, maišos reikšmę nuorodai patikrinti, galiojimo pabaigos laiką, likusių atvėrimų skaičių ir paslapties būseną su kiekvieno atvėrimo laiku. Jis niekada nemato jūsų teksto, failų ar jų pavadinimų, slaptafrazės ar nuorodos.
privacy_deleted = Paslaptis ištrinama po paskutinio leistino atvėrimo, kai ji sunaikinama arba nustoja galioti – priklausomai nuo to, kas įvyksta anksčiau. Jos būsenos puslapis ištrinamas praėjus kuriam laikui po to.
privacy_tracking = Jokio sekimo, analitikos, slapukų ar trečiųjų šalių: viskas, ko reikia šiam puslapiui, gaunama iš šio serverio.
privacy_logs = Serveris neregistruoja žurnaluose paslapčių identifikatorių, įrodymų, būsenos puslapių ar jūsų IP adreso.
privacy_language = Jūsų pasirinkta kalba saugoma tik šios naršyklės vietinėje saugykloje.

## Not found.

not_found_title = Puslapis nerastas
not_found_body = Šiuo adresu nieko nėra.

## Prašymai: paslapties prašymas iš kito žmogaus (/request), jo atsakymo puslapis (/q), prašymo autoriaus privatus puslapis (/a).
## Prašymo autoriaus naršyklė sukuria raktų porą: prašymo nuorodoje yra viešoji dalis, privačioje nuorodoje – privačioji.

# Poraštės nuoroda į prašymo puslapį, kiekviename puslapyje.
nav_request = Paprašyti paslapties
request_title = Paprašyti paslapties
request_intro = Reikia iš ko nors gauti slaptažodį ar failą? Sukurkite prašymą ir nusiųskite tam žmogui jo nuorodą. Jo naršyklė užšifruos atsakymą tik jums: perskaityti jį bus galima tik jūsų privačia nuoroda ir tik vieną kartą.
request_note_label = Ko jums reikia (neprivaloma)
# $max – baitų skaičius.
request_note_hint = Šią pastabą gavėjas matys, kai atvers prašymo nuorodą; ji užšifruojama kaip ir visa kita. Didžiausias ilgis baitais: { $max }.
request_note_too_long = Pastaba per ilga: didžiausias ilgis baitais – { $max }.
request_expiry_label = Prašymo ir atsakymo galiojimo laikas
request_button = Sukurti prašymą
requested_title = Jūsų prašymas paruoštas
request_link_label = Prašymo nuoroda: nusiųskite ją tam, kas turi paslaptį
request_link_help = Kiekvienas, kas mato šią nuorodą, gali į ją atsakyti vieną kartą. Atsakymo niekas, išskyrus jus, perskaityti negali.
request_private_title = Jūsų privati nuoroda
request_private_help = Pasilikite šią nuorodą sau, niekam jos nesiųskite. Ji rodo, ar atsakymas jau gautas, ir leidžia jį atverti vieną kartą.
request_private_label = Privati nuoroda (tik jums)
request_expires = Prašymas lauks atsakymo iki { $when }.
# Atsakančiojo puslapis.
answer_title = Kažkas prašo, kad pasidalytumėte paslaptimi
answer_note_label = Prašymo autoriaus pastaba
answer_no_note = Prašymo autorius pastabos nepaliko.
answer_text_label = Jūsų atsakymas
answer_hint = Jis užšifruojamas šioje naršyklėje prašymo autoriui: perskaityti jį bus galima tik jo privačia nuoroda ir tik vieną kartą. Šis serveris jo perskaityti negali.
answer_anyone = Kiekvienas, kas matė šią nuorodą, gali į ją atsakyti, o išsaugomas tik pirmasis atsakymas. Atsakykite tik tada, jei nuorodą gavote iš pažįstamo žmogaus.
answer_expires = Atsakyti galite iki { $when }.
answer_button = Siųsti atsakymą
answered_title = Atsakymas išsiųstas
answered_body = Jį galės perskaityti tik prašymo autorius, vieną kartą, iki { $when }.
answer_unavailable_title = Į šį prašymą atsakyti negalima
answer_unavailable = Į jį jau atsakyta arba jis nebegalioja. Jei prašymo autoriui paslapties vis dar reikia, paprašykite jo sukurti naują prašymą.
# Prašymo autoriaus privatus puslapis.
asker_title = Jūsų prašymas
asker_note_label = Jūsų pastaba
asker_waiting = Atsakymo dar nėra. Kol šis puslapis atvertas, jis kas kelias sekundes tikrina, ar atsakymas gautas.
asker_answered = Atsakymas gautas { $when }. Jį galima atverti vieną kartą: po to jis ištrinamas iš serverio.
# Pranešama (ir parodoma), kai tikrinant paaiškėja, kad atsakymas gautas jau įkėlus puslapį.
asker_changed = Atsakymas gautas, kol stebėjote.
asker_open_button = Atverti atsakymą
asker_gone = Šis prašymas nerastas: jo atsakymas jau buvo atvertas arba jis nebegalioja.
asker_expires = Prašymas ir jo atsakymas galioja iki { $when }.
