# Cinder: Estonian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Ühekordsed saladused, krüpteeritud sinu brauseris
nav_create = Uus saladus
nav_privacy = Privaatsus
language_label = Keel
footer_note = Krüpteeritud sinu brauseris. Server ei näe kunagi sinu saladust ega linki.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Teenust haldab:
instance_note = Teade selle teenuse haldajalt:

## Create page.

create_title = Jaga saladust
create_intro = Sinu saladus krüpteeritakse selles brauseris enne, kui midagi saadetakse. Lingi kaudu saab selle avada ühe korra, seejärel see hävitatakse.
text_label = Saladus
text_hint = Seda näeb ainult see, kes lingi avab.
files_label = Failid (valikuline)
files_hint = Kokku kuni { $max }.
files_drop = Lohista failid siia või vali need:
file_remove = Eemalda { $name }
files_total = { $size } / { $max }
passphrase_label = Paroolifraas (valikuline)
passphrase_hint = Ka saaja vajab seda. Saada see lingist eraldi, muul viisil.
passphrase_show = Näita paroolifraasi
passphrase_hide = Peida paroolifraas
generator_title = Parooligeneraator
generator_length = Pikkus
generator_lower = Väiketähed
generator_upper = Suurtähed
generator_digits = Numbrid
generator_symbols = Erimärgid
generator_generate = Genereeri
generator_result = Genereeritud parool
generator_insert = Lisa saladusse
generator_use_as_passphrase = Kasuta paroolifraasina
generator_need_class = Vali vähemalt üks märgitüüp.
expiry_label = Kehtivusaeg
views_label = Avamiskordade arv
views_hint = Kõige rohkem { $max } korda. Saladus hävitatakse pärast viimast avamist või aegumisel – olenevalt sellest, mis juhtub varem.
create_button = Loo link
creating = Krüpteerimine ja saatmine…
reading_files = Failide lugemine…
deriving_key = Võtme tuletamine paroolifraasist…
err_empty = Kirjuta kõigepealt saladus või lisa fail.
err_too_large = See on liiga suur: lubatud on kokku kuni { $max }.
err_file_unreadable = Üht faili ei õnnestunud lugeda.
err_unreachable = Serveriga ei saa ühendust. Kontrolli oma võrguühendust ja proovi uuesti.
err_rate_limited = Liiga palju päringuid lühikese aja jooksul. Oota minut ja proovi uuesti.
err_full = Server on praegu täis. Proovi hiljem uuesti.
err_unexpected = Selles brauseris läks midagi valesti. Värskenda lehte ja proovi uuesti.
err_server = Server ei saanud seda teha ({ $code }). Proovi hiljem uuesti.
create_off = Selles serveris saab linke ainult avada, uusi saladusi siin luua ei saa. Saladuse jagamiseks kasuta serverit, mille sinu organisatsioon selleks pakub.
create_sign_in = Siin saavad saladusi luua ainult selle organisatsiooni liikmed. Logi esmalt sisse oma organisatsiooni kaudu. Lingi saab siiski avada igaüks, kellel see on.
create_sign_in_link = Logi sisse
create_not_allowed = Oled sisse logitud, kuid sinu konto ei saa siin saladusi luua. Pöördu oma administraatori poole.

## The link, shown after creating.

link_title = Sinu link on valmis
link_label = Jagamislink (avaneb ühe korra)
link_help = Saada see link saajale. Seda saab avada ainult ühe korra.
link_expires = Kui saladust ei avata, aegub see { $when }.
link_passphrase_reminder = Ära unusta paroolifraasi eraldi saata.
link_label_views = Jagamislink
link_help_views =
    { $n ->
        [one] Saada see link saajale. Seda saab avada { $n } korra.
       *[other] Saada see link saajatele. Seda saab avada { $n } korda.
    }
link_expires_views = Kui kõiki avamiskordi ei kasutata, aegub saladus { $when }.
copy = Kopeeri
copied = Kopeeritud lõikelauale.
copy_failed = Kopeerimine ebaõnnestus: märgista tekst ja kopeeri see ise.
qr_label = Jagamislingi QR-kood
share_email = Jaga e-postiga
email_subject = Saladus sulle
email_body = Ava see link, et lugeda saladust, mida sinuga jagasin. See töötab ainult ühe korra:
email_body_views =
    { $n ->
        [one] Ava see link, et lugeda saladust, mida sinuga jagasin. See töötab { $n } korra:
       *[other] Ava see link, et lugeda saladust, mida sinuga jagasin. See töötab { $n } korda:
    }
receipt_title = Ainult sulle: olekulink
receipt_help = Hoia see link endale, ära saada seda saajale. Sealt näed, kas saladus on avatud, ja saad selle hävitada.
receipt_label = Olekulink (privaatne)
create_another = Loo uus saladus

## Open page (the recipient).

open_title = Saladus sulle
checking = Lingi kontrollimine…
open_waiting = Keegi jagas sinuga saladust. Seda saab avada ainult ühe korra, seejärel see hävitatakse.
open_waiting_views =
    { $n ->
        [one] Keegi jagas sinuga saladust. Seda saab avada veel { $n } korra, seejärel see hävitatakse.
       *[other] Keegi jagas sinuga saladust. Seda saab avada veel { $n } korda: pärast viimast korda see hävitatakse.
    }
open_expires = Saadaval kuni { $when }.
open_needs_passphrase = See on kaitstud paroolifraasiga, mille saatja oleks pidanud sulle eraldi andma.
open_passphrase_label = Paroolifraas
open_button = Ava saladus
opening = Avamine…
open_wrong_passphrase =
    { $n ->
        [one] Vale paroolifraas. Enne saladuse hävitamist on jäänud { $n } katse.
       *[other] Vale paroolifraas. Enne saladuse hävitamist on jäänud { $n } katset.
    }
open_unavailable_title = See saladus pole saadaval
open_unavailable = See on juba avatud, hävitatud või aegunud: saladust saab avada ainult ühe korra. Vajaduse korral palu saatjalt uus.
open_bad_link = See link on poolik. Kontrolli, et kopeerisid selle tervikuna, ka osa pärast märki #.
open_failed_decrypt = Saladust ei õnnestunud dekrüpteerida. Link võib olla vigane.
open_interrupted = Avamine katkes. Saladus võib olla juba ära kasutatud, kuigi seda ei näidatud.
opened_title = Sinu saladus
opened_text_label = Saladuse tekst
opened_clipboard = Lõikelaud võib kopeeritu alles hoida: oma ajaloos või seadmetes, millega see sünkroonitakse.
opened_destroyed = Saladus on nüüd serveris hävitatud. Kopeeri või salvesta vajalik enne sellelt lehelt lahkumist.
opened_views_left =
    { $n ->
        [one] Saladust saab avada veel { $n } korra; seejärel see serveris hävitatakse. Kopeeri või salvesta vajalik enne sellelt lehelt lahkumist.
       *[other] Saladust saab avada veel { $n } korda; seejärel see serveris hävitatakse. Kopeeri või salvesta vajalik enne sellelt lehelt lahkumist.
    }
opened_burn_rest = Sain kätte: hävita kohe
opened_burn_question =
    { $n ->
        [one] Kas hävitada saladus kohe? Järelejäänud avamiskord läheb kõigi jaoks kaotsi.
       *[other] Kas hävitada saladus kohe? { $n } järelejäänud avamiskorda lähevad kõigi jaoks kaotsi.
    }
opened_burn_confirm = Jah, hävita
opened_files = Failid
download = Laadi alla { $name } ({ $size })
opened_empty = (teksti pole)

## Receipt page (the creator's private page).

receipt_page_title = Olekuleht
receipt_intro = Sellelt privaatselt lehelt näed, mis sinu jagatud saladusega juhtus.
receipt_state_label = Olek
state_waiting = Ootel: pole veel avatud.
state_waiting_views =
    { $n ->
        [one] Ootel: juba avatud, jäänud on { $n } avamiskord.
       *[other] Ootel: juba avatud, jäänud on { $n } avamiskorda.
    }
state_opened = Avatud { $when }.
state_burned = Hävitatud: keegi ei saa seda enam avada.
state_expired = Aegus avamata.
state_expired_views =
    { $n ->
        [one] Aegus pärast seda, kui see avati { $n } korra.
       *[other] Aegus pärast seda, kui see avati { $n } korda.
    }
receipt_expires = Aegub { $when }.
receipt_expired_at = Aegumisaeg: { $when }.
receipt_views_total =
    { $n ->
        [one] Saab avada kokku { $n } korra.
       *[other] Saab avada kokku { $n } korda.
    }
receipt_opens_label = Avatud
receipt_gone = Seda olekulehte ei leitud või see on kustutatud.
receipt_bad_link = See olekulink on poolik. Kontrolli, et kopeerisid selle tervikuna, ka osa pärast märki #.
refresh = Värskenda
burn_button = Hävita kohe
burn_question = Kas hävitada saladus kohe? Keegi ei saa seda enam avada.
burn_confirm = Jah, hävita
cancel = Loobu
burned_done = Saladus on hävitatud.
receipt_watching = Kuni see leht on avatud, kontrollib see iga paari sekundi järel olekut ja näitab iga muutust.
receipt_notify = Teavita mind, kui olek muutub
receipt_notify_on = Saad ka brauseri teavituse, kuni see leht on avatud.
receipt_notify_blocked = See brauser blokeerib selle lehe teavitused. Leht ise näitab muutust siiski.
receipt_changed = Olek muutus sel ajal, kui sa lehte jälgisid.

## Privacy page.

privacy_title = Privaatsus
privacy_encryption = Sinu saladus krüpteeritakse sinu brauseris. Võti on lingi osas pärast märki #, mida brauserid ühelegi serverile ei saada.
privacy_stored = Server salvestab ainult krüpteeritud saladuse, lingist tuletatud identifikaatori, räsi lingi kontrollimiseks, aegumisaja, järelejäänud avamiskordade arvu ja olekulehel näidatava oleku koos iga avamise ajaga. Server ei näe kunagi sinu teksti, faile ega nende nimesid, paroolifraasi ega linki.
privacy_deleted = Saladus kustutatakse pärast viimast lubatud avamist, kui see hävitatakse või kui see aegub – olenevalt sellest, mis juhtub varem. Selle olekuleht kustutatakse mõne aja pärast.
privacy_tracking = Ei mingit jälgimist, analüütikat, küpsiseid ega kolmandaid osapooli: kõik, mida see leht vajab, tuleb sellest serverist.
privacy_logs = Server ei logi saladuste identifikaatoreid, tõendeid, olekulehti ega sinu IP-aadressi.
privacy_language = Sinu keelevalikut hoitakse ainult selle brauseri kohalikus salvestusruumis.

## Not found.

not_found_title = Lehte ei leitud
not_found_body = Sellel aadressil pole midagi.

## Päringud: saladuse küsimine kelleltki (/request), tema vastamisleht (/q), küsija privaatne leht (/a).
## Küsija brauser loob võtmepaari: päringu lingis on avalik pool, privaatses lingis privaatne pool.

# Jaluse link päringulehele, igal lehel.
nav_request = Küsi saladust
request_title = Küsi saladust
request_intro = Vajad kelleltki parooli või faili? Loo päring ja saada talle selle link. Tema brauser krüpteerib vastuse ainult sinu jaoks: seda saab lugeda ainult sinu privaatse lingi kaudu ja ainult ühe korra.
request_note_label = Mida sa vajad (valikuline)
# $max on baitide arv.
request_note_hint = Ta näeb seda märkust, kui avab päringu lingi; see krüpteeritakse nagu kõik muugi. Kuni { $max } baiti.
request_note_too_long = Märkus on liiga pikk: lubatud on kuni { $max } baiti.
request_expiry_label = Päringu ja vastuse kehtivusaeg
request_button = Loo päring
requested_title = Sinu päring on valmis
request_link_label = Päringu link: saada see sellele, kellel saladus on
request_link_help = Igaüks, kes seda linki näeb, saab sellele ühe korra vastata. Vastust ei saa lugeda keegi peale sinu.
request_private_title = Sinu privaatne link
request_private_help = Hoia see link endale, ära saada seda kellelegi. Sealt näed, kas vastus on saabunud, ja saad selle ühe korra avada.
request_private_label = Privaatne link (ainult sulle)
request_expires = Päring ootab vastust kuni { $when }.
# Vastaja leht.
answer_title = Keegi palub sinult saladust
answer_note_label = Küsija märkus
answer_no_note = Küsija ei jätnud märkust.
answer_text_label = Sinu vastus
answer_hint = See krüpteeritakse selles brauseris küsija jaoks: seda saab lugeda ainult tema privaatse lingi kaudu ja ainult ühe korra. See server ei saa seda lugeda.
answer_anyone = Igaüks, kes on seda linki näinud, saab sellele vastata, ja alles hoitakse ainult esimene vastus. Vasta ainult siis, kui link tuli kelleltki, keda tunned.
answer_expires = Saad vastata kuni { $when }.
answer_button = Saada vastus
answered_title = Vastus saadetud
answered_body = Ainult küsija saab seda lugeda, ühe korra, kuni { $when }.
answer_unavailable_title = Sellele päringule ei saa vastata
answer_unavailable = Sellele on juba vastatud või see on aegunud. Kui küsija seda ikka vajab, palu temalt uus päring.
# Küsija privaatne leht.
asker_title = Sinu päring
asker_note_label = Sinu märkus
asker_waiting = Vastust pole veel. Kuni see leht on avatud, kontrollib see iga paari sekundi järel.
asker_answered = Vastus saabus { $when }. Selle saab avada ühe korra: seejärel see serverist kaob.
# Teatatakse (ja näidatakse), kui kontrollimisel selgus, et vastus saabus pärast lehe laadimist.
asker_changed = Vastus saabus sel ajal, kui sa lehte jälgisid.
asker_open_button = Ava vastus
asker_gone = Seda päringut ei leitud: selle vastus on juba avatud või see on aegunud.
asker_expires = Päring ja selle vastus aeguvad { $when }.
