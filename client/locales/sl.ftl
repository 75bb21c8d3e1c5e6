# Cinder: Slovenian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Enkratne skrivnosti, šifrirane v vašem brskalniku
nav_create = Nova skrivnost
nav_privacy = Zasebnost
language_label = Jezik
footer_note = Šifrirano v vašem brskalniku. Strežnik nikoli ne vidi vaše skrivnosti ali povezave.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Upravljavec:
instance_note = Sporočilo upravljavca te storitve:

## Create page.

create_title = Delite skrivnost
create_intro = Vaša skrivnost se šifrira v tem brskalniku, preden se karkoli pošlje. Povezavo je mogoče odpreti samo enkrat, nato se skrivnost uniči.
text_label = Skrivnost
text_hint = Videla jo bo samo oseba, ki odpre povezavo.
files_label = Datoteke (neobvezno)
files_hint = Skupaj do { $max }.
files_drop = Povlecite datoteke sem ali jih izberite:
file_remove = Odstrani { $name }
files_total = { $size } od { $max }
passphrase_label = Geslo (neobvezno)
passphrase_hint = Potreboval ga bo tudi prejemnik. Pošljite ga po drugi poti, ne skupaj s povezavo.
passphrase_show = Pokaži geslo
passphrase_hide = Skrij geslo
generator_title = Generator gesel
generator_length = Dolžina
generator_lower = Male črke
generator_upper = Velike črke
generator_digits = Števke
generator_symbols = Posebni znaki
generator_generate = Ustvari
generator_result = Ustvarjeno geslo
generator_insert = Dodaj v skrivnost
generator_use_as_passphrase = Uporabi kot geslo
generator_need_class = Izberite vsaj eno vrsto znakov.
expiry_label = Veljavnost
views_label = Število odprtij
views_hint = Največ { $max }-krat. Skrivnost se uniči po zadnjem odprtju ali ko poteče – kar koli se zgodi prej.
create_button = Ustvari povezavo
creating = Šifriranje in pošiljanje …
reading_files = Branje datotek …
deriving_key = Izpeljevanje ključa iz gesla …
err_empty = Najprej napišite skrivnost ali dodajte datoteko.
err_too_large = To je preveliko: skupaj največ { $max }.
err_file_unreadable = Datoteke ni bilo mogoče prebrati.
err_unreachable = Strežnik ni dosegljiv. Preverite internetno povezavo in poskusite znova.
err_rate_limited = Preveč zahtev v kratkem času. Počakajte minuto in poskusite znova.
err_full = Strežnik je trenutno zapolnjen. Poskusite pozneje.
err_unexpected = V tem brskalniku je prišlo do napake. Znova naložite stran in poskusite še enkrat.
err_server = Strežnik tega ni mogel izvesti ({ $code }). Poskusite pozneje.
create_off = Ta instanca samo odpira povezave: novih skrivnosti ne ustvarja. Če želite deliti skrivnost, uporabite instanco, ki vam jo za to zagotavlja vaša organizacija.
create_sign_in = Skrivnosti lahko tukaj ustvarjajo samo člani te organizacije. Najprej se prijavite prek svoje organizacije. Kdor ima povezavo, jo lahko še vedno odpre.
create_sign_in_link = Prijava
create_not_allowed = Prijavljeni ste, vendar vaš račun tukaj ne sme ustvarjati skrivnosti. Obrnite se na skrbnika.

## The link, shown after creating.

link_title = Povezava je pripravljena
link_label = Povezava za deljenje (enkratna)
link_help = Pošljite to povezavo prejemniku. Odpreti jo je mogoče samo enkrat.
link_expires = Če skrivnost ne bo odprta, bo potekla { $when }.
link_passphrase_reminder = Ne pozabite ločeno poslati gesla.
link_label_views = Povezava za deljenje
link_help_views =
    { $n ->
        [one] Pošljite to povezavo prejemnikom. Odpreti jo je mogoče { $n }-krat.
        [two] Pošljite to povezavo prejemnikom. Odpreti jo je mogoče { $n }-krat.
        [few] Pošljite to povezavo prejemnikom. Odpreti jo je mogoče { $n }-krat.
       *[other] Pošljite to povezavo prejemnikom. Odpreti jo je mogoče { $n }-krat.
    }
link_expires_views = Če ne bodo porabljena vsa odprtja, bo skrivnost potekla { $when }.
copy = Kopiraj
copied = Kopirano v odložišče.
copy_failed = Kopiranje ni uspelo: izberite besedilo in ga kopirajte sami.
qr_label = Koda QR povezave za deljenje
share_email = Pošlji po e-pošti
email_subject = Skrivnost za vas
email_body = Odprite to povezavo in preberite skrivnost, ki jo delim z vami. Deluje samo enkrat:
email_body_views =
    { $n ->
        [one] Odprite to povezavo in preberite skrivnost, ki jo delim z vami. Deluje { $n }-krat:
        [two] Odprite to povezavo in preberite skrivnost, ki jo delim z vami. Deluje { $n }-krat:
        [few] Odprite to povezavo in preberite skrivnost, ki jo delim z vami. Deluje { $n }-krat:
       *[other] Odprite to povezavo in preberite skrivnost, ki jo delim z vami. Deluje { $n }-krat:
    }
receipt_title = Samo za vas: potrdilo
receipt_help = To povezavo obdržite zase; ne pošiljajte je prejemniku. Pokaže, ali je bila skrivnost odprta, in omogoča, da jo uničite.
receipt_label = Povezava do potrdila (zasebna)
create_another = Ustvari novo skrivnost

## Open page (the recipient).

open_title = Skrivnost za vas
checking = Preverjanje povezave …
open_waiting = Nekdo je z vami delil skrivnost. Odpreti jo je mogoče samo enkrat: nato se uniči.
open_waiting_views =
    { $n ->
        [one] Nekdo je z vami delil skrivnost. Odpreti jo je mogoče še { $n }-krat: po zadnjem odprtju se uniči.
        [two] Nekdo je z vami delil skrivnost. Odpreti jo je mogoče še { $n }-krat: po zadnjem odprtju se uniči.
        [few] Nekdo je z vami delil skrivnost. Odpreti jo je mogoče še { $n }-krat: po zadnjem odprtju se uniči.
       *[other] Nekdo je z vami delil skrivnost. Odpreti jo je mogoče še { $n }-krat: po zadnjem odprtju se uniči.
    }
open_expires = Na voljo do { $when }.
open_needs_passphrase = Zaščitena je z geslom, ki bi vam ga moral pošiljatelj posredovati ločeno.
open_passphrase_label = Geslo
open_button = Odpri skrivnost
opening = Odpiranje …
open_wrong_passphrase =
    { $n ->
        [one] Napačno geslo. Preostal je še { $n } poskus, preden bo skrivnost uničena.
        [two] Napačno geslo. Preostala sta še { $n } poskusa, preden bo skrivnost uničena.
        [few] Napačno geslo. Preostali so še { $n } poskusi, preden bo skrivnost uničena.
       *[other] Napačno geslo. Preostalo je še { $n } poskusov, preden bo skrivnost uničena.
    }
open_unavailable_title = Ta skrivnost ni na voljo
open_unavailable = Bila je že odprta, uničena ali pa je potekla: skrivnost je mogoče odpreti samo enkrat. Če jo potrebujete, prosite pošiljatelja za novo.
open_bad_link = Ta povezava je nepopolna. Preverite, ali ste jo kopirali v celoti, vključno z delom za znakom #.
open_failed_decrypt = Skrivnosti ni bilo mogoče dešifrirati. Povezava je morda poškodovana.
open_interrupted = Odpiranje je bilo prekinjeno in je morda porabilo skrivnost, čeprav ta ni bila prikazana.
opened_title = Vaša skrivnost
opened_text_label = Besedilo skrivnosti
opened_clipboard = Odložišče lahko obdrži, kar kopirate: v svoji zgodovini ali na napravah, s katerimi se sinhronizira.
opened_destroyed = Skrivnost je zdaj na strežniku uničena. Preden zapustite to stran, kopirajte ali shranite, kar potrebujete.
opened_views_left =
    { $n ->
        [one] Skrivnost je mogoče odpreti še { $n }-krat; nato bo na strežniku uničena. Preden zapustite to stran, kopirajte ali shranite, kar potrebujete.
        [two] Skrivnost je mogoče odpreti še { $n }-krat; nato bo na strežniku uničena. Preden zapustite to stran, kopirajte ali shranite, kar potrebujete.
        [few] Skrivnost je mogoče odpreti še { $n }-krat; nato bo na strežniku uničena. Preden zapustite to stran, kopirajte ali shranite, kar potrebujete.
       *[other] Skrivnost je mogoče odpreti še { $n }-krat; nato bo na strežniku uničena. Preden zapustite to stran, kopirajte ali shranite, kar potrebujete.
    }
opened_burn_rest = Imam jo: uniči jo zdaj
opened_burn_question =
    { $n ->
        [one] Želite skrivnost uničiti zdaj? Preostalo { $n } odprtje bo izgubljeno za vse.
        [two] Želite skrivnost uničiti zdaj? Preostali { $n } odprtji bosta izgubljeni za vse.
        [few] Želite skrivnost uničiti zdaj? Preostala { $n } odprtja bodo izgubljena za vse.
       *[other] Želite skrivnost uničiti zdaj? Preostalih { $n } odprtij bo izgubljenih za vse.
    }
opened_burn_confirm = Da, uniči jo
opened_files = Datoteke
download = Prenesi { $name } ({ $size })
opened_empty = (brez besedila)

## Receipt page (the creator's private page).

receipt_page_title = Potrdilo
receipt_intro = Ta zasebna stran vam pove, kaj se je zgodilo s skrivnostjo, ki ste jo delili.
receipt_state_label = Stanje
state_waiting = Čaka: še ni odprta.
state_waiting_views =
    { $n ->
        [one] Čaka: že odprta, preostalo je še { $n } odprtje.
        [two] Čaka: že odprta, preostali sta še { $n } odprtji.
        [few] Čaka: že odprta, preostala so še { $n } odprtja.
       *[other] Čaka: že odprta, preostalo je še { $n } odprtij.
    }
state_opened = Odprta { $when }.
state_burned = Uničena: nihče je ne more več odpreti.
state_expired = Potekla, ne da bi bila odprta.
state_expired_views =
    { $n ->
        [one] Potekla, potem ko je bila { $n }-krat odprta.
        [two] Potekla, potem ko je bila { $n }-krat odprta.
        [few] Potekla, potem ko je bila { $n }-krat odprta.
       *[other] Potekla, potem ko je bila { $n }-krat odprta.
    }
receipt_expires = Poteče { $when }.
receipt_expired_at = Čas poteka: { $when }.
receipt_views_total =
    { $n ->
        [one] Skupaj jo je mogoče odpreti { $n }-krat.
        [two] Skupaj jo je mogoče odpreti { $n }-krat.
        [few] Skupaj jo je mogoče odpreti { $n }-krat.
       *[other] Skupaj jo je mogoče odpreti { $n }-krat.
    }
receipt_opens_label = Odprta
receipt_gone = To potrdilo je neznano ali pa je bilo izbrisano.
receipt_bad_link = Ta povezava do potrdila je nepopolna. Preverite, ali ste jo kopirali v celoti, vključno z delom za znakom #.
refresh = Osveži
burn_button = Uniči zdaj
burn_question = Želite skrivnost uničiti zdaj? Nihče je ne bo mogel odpreti.
burn_confirm = Da, uniči jo
cancel = Prekliči
burned_done = Skrivnost je bila uničena.
receipt_watching = Dokler je ta stran odprta, vsakih nekaj sekund preveri stanje in prikaže vsako spremembo.
receipt_notify = Obvesti me o spremembi
receipt_notify_on = Dokler bo ta stran odprta, boste prejeli tudi obvestilo brskalnika.
receipt_notify_blocked = Ta brskalnik za to stran blokira obvestila. Stran sama bo spremembo vseeno prikazala.
receipt_changed = Stanje se je spremenilo, medtem ko je bila stran odprta.

## Privacy page.

privacy_title = Zasebnost
privacy_encryption = Vaša skrivnost se šifrira v vašem brskalniku. Ključ je v delu povezave za znakom #, ki ga brskalniki nikoli ne pošljejo nobenemu strežniku.
privacy_stored = Strežnik hrani samo šifrirano skrivnost, identifikator, izpeljan iz povezave, zgoščeno vrednost za preverjanje povezave, čas poteka, število preostalih odprtij in stanje potrdila s časom vsakega odprtja. Nikoli ne vidi vašega besedila, vaših datotek ali njihovih imen, vašega gesla ali povezave.
privacy_deleted = Skrivnost se izbriše po zadnjem dovoljenem odprtju, ko je uničena ali ko poteče – kar koli se zgodi prej. Njeno potrdilo se izbriše nekaj časa pozneje.
privacy_tracking = Brez sledenja, analitike, piškotkov in tretjih oseb: vse, kar ta stran potrebuje, prihaja s tega strežnika.
privacy_logs = Strežnik ne beleži identifikatorjev skrivnosti, dokazil, potrdil ali vašega naslova IP.
privacy_language = Izbrani jezik je shranjen samo v lokalni shrambi tega brskalnika.

## Not found.

not_found_title = Strani ni mogoče najti
not_found_body = Na tem naslovu ni ničesar.

## Prošnje: prošnja nekomu za skrivnost (/request), njegova stran za odgovor (/q), zasebna stran prosilca (/a).
## Brskalnik prosilca ustvari par ključev: povezava do prošnje nosi javno polovico, zasebna povezava zasebno.

# Povezava v nogi do strani s prošnjo, na vsaki strani.
nav_request = Zaprosite za skrivnost
request_title = Zaprosite za skrivnost
request_intro = Od nekoga potrebujete geslo ali datoteko? Ustvarite prošnjo in mu pošljite njeno povezavo. Njegov brskalnik bo odgovor šifriral samo za vas: prebrati ga bo mogoče samo z vašo zasebno povezavo in samo enkrat.
request_note_label = Kaj potrebujete (neobvezno)
# $max je število bajtov.
request_note_hint = To opombo bo prejemnik videl, ko odpre povezavo do prošnje; šifrirana je kot vse drugo. Največja dolžina v bajtih: { $max }.
request_note_too_long = Opomba je predolga: največja dolžina v bajtih je { $max }.
request_expiry_label = Veljavnost prošnje in odgovora
request_button = Ustvari prošnjo
requested_title = Prošnja je pripravljena
request_link_label = Povezava do prošnje: pošljite jo tistemu, ki ima skrivnost
request_link_help = Kdor vidi to povezavo, lahko nanjo enkrat odgovori. Odgovora ne more prebrati nihče razen vas.
request_private_title = Vaša zasebna povezava
request_private_help = To povezavo obdržite zase; ne pošiljajte je nikomur. Pokaže, ali je odgovor prispel, in omogoča, da ga enkrat odprete.
request_private_label = Zasebna povezava (samo za vas)
request_expires = Prošnja čaka na odgovor do { $when }.
# Stran tistega, ki odgovarja.
answer_title = Nekdo vas prosi za skrivnost
answer_note_label = Opomba prosilca
answer_no_note = Prosilec ni pustil opombe.
answer_text_label = Vaš odgovor
answer_hint = Šifrira se v tem brskalniku za prosilca: prebrati ga bo mogoče samo z njegovo zasebno povezavo in samo enkrat. Ta strežnik ga ne more prebrati.
answer_anyone = Kdor je videl to povezavo, lahko nanjo odgovori, shrani pa se samo prvi odgovor. Odgovorite samo, če je povezava prišla od nekoga, ki ga poznate.
answer_expires = Odgovorite lahko do { $when }.
answer_button = Pošlji odgovor
answered_title = Odgovor je poslan
answered_body = Prebere ga lahko samo prosilec, enkrat, do { $when }.
answer_unavailable_title = Na to prošnjo ni mogoče odgovoriti
answer_unavailable = Nanjo je nekdo že odgovoril ali pa je potekla. Če prosilec skrivnost še potrebuje, ga prosite za novo prošnjo.
# Zasebna stran prosilca.
asker_title = Vaša prošnja
asker_note_label = Vaša opomba
asker_waiting = Odgovora še ni. Dokler je ta stran odprta, vsakih nekaj sekund preveri, ali je prispel.
asker_answered = Odgovor je prispel { $when }. Odpreti ga je mogoče enkrat: nato izgine s strežnika.
# Objavljeno (in prikazano), ko preverjanje ugotovi, da je odgovor prispel po nalaganju strani.
asker_changed = Odgovor je prispel, medtem ko je bila stran odprta.
asker_open_button = Odpri odgovor
asker_gone = Ta prošnja je neznana: njen odgovor je bil že odprt ali pa je potekla.
asker_expires = Prošnja in njen odgovor potečeta { $when }.
