# Cinder: Slovak.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Jednorazové tajomstvá, šifrované vo vašom prehliadači
nav_create = Nové tajomstvo
nav_privacy = Súkromie
language_label = Jazyk
footer_note = Šifrované vo vašom prehliadači. Server nikdy neuvidí vaše tajomstvo ani odkaz.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Prevádzkovateľ:
instance_note = Správa od prevádzkovateľa tejto služby:

## Create page.

create_title = Zdieľať tajomstvo
create_intro = Vaše tajomstvo sa zašifruje v tomto prehliadači skôr, než sa čokoľvek odošle. Odkaz sa dá otvoriť iba raz; potom bude tajomstvo zničené.
text_label = Tajomstvo
text_hint = Uvidí ho iba ten, kto otvorí odkaz.
files_label = Súbory (voliteľné)
files_hint = Spolu najviac { $max }.
files_drop = Presuňte súbory sem alebo ich vyberte:
file_remove = Odstrániť { $name }
files_total = { $size } z { $max }
passphrase_label = Heslo (voliteľné)
passphrase_hint = Príjemca ho bude potrebovať tiež. Pošlite ho inou cestou ako odkaz.
passphrase_show = Zobraziť heslo
passphrase_hide = Skryť heslo
generator_title = Generátor hesiel
generator_length = Dĺžka
generator_lower = Malé písmená
generator_upper = Veľké písmená
generator_digits = Číslice
generator_symbols = Špeciálne znaky
generator_generate = Vygenerovať
generator_result = Vygenerované heslo
generator_insert = Vložiť do tajomstva
generator_use_as_passphrase = Použiť ako heslo
generator_need_class = Vyberte aspoň jeden druh znakov.
expiry_label = Doba platnosti
views_label = Počet otvorení
views_hint = Najviac { $max }-krát. Tajomstvo bude zničené po poslednom otvorení alebo po vypršaní platnosti – podľa toho, čo nastane skôr.
create_button = Vytvoriť odkaz
creating = Šifruje sa a odosiela…
reading_files = Načítavajú sa súbory…
deriving_key = Odvodzuje sa kľúč z hesla…
err_empty = Najprv napíšte tajomstvo alebo pridajte súbor.
err_too_large = Je to príliš veľké: spolu najviac { $max }.
err_file_unreadable = Súbor sa nepodarilo prečítať.
err_unreachable = Server je nedostupný. Skontrolujte pripojenie a skúste to znova.
err_rate_limited = Príliš veľa požiadaviek v krátkom čase. Počkajte minútu a skúste to znova.
err_full = Server je momentálne preplnený. Skúste to neskôr.
err_unexpected = V tomto prehliadači sa niečo pokazilo. Obnovte stránku a skúste to znova.
err_server = Server to nemohol vykonať ({ $code }). Skúste to neskôr.
create_off = Táto inštancia iba otvára odkazy: nové tajomstvá nevytvára. Ak chcete nejaké zdieľať, použite inštanciu, ktorú vám na to poskytuje vaša organizácia.
create_sign_in = Tajomstvá tu môžu vytvárať iba ľudia z tejto organizácie. Najprv sa prihláste cez svoju organizáciu. Ktokoľvek s odkazom ho však môže naďalej otvoriť.
create_sign_in_link = Prihlásiť sa
create_not_allowed = Prihlásili ste sa, ale váš účet tu nemá oprávnenie vytvárať tajomstvá. Obráťte sa na správcu.

## The link, shown after creating.

link_title = Odkaz je pripravený
link_label = Odkaz na zdieľanie (jednorazový)
link_help = Pošlite tento odkaz príjemcovi. Otvoriť ho možno iba raz.
link_expires = Ak tajomstvo nikto neotvorí, jeho platnosť vyprší { $when }.
link_passphrase_reminder = Nezabudnite poslať heslo samostatne.
link_label_views = Odkaz na zdieľanie
link_help_views =
    { $n ->
        [one] Pošlite tento odkaz príjemcovi. Otvoriť ho možno { $n }-krát.
        [few] Pošlite tento odkaz príjemcom. Otvoriť ho možno { $n }-krát.
        [many] Pošlite tento odkaz príjemcom. Otvoriť ho možno { $n }-krát.
       *[other] Pošlite tento odkaz príjemcom. Otvoriť ho možno { $n }-krát.
    }
link_expires_views = Ak sa nevyužijú všetky otvorenia, platnosť tajomstva vyprší { $when }.
copy = Kopírovať
copied = Skopírované do schránky.
copy_failed = Kopírovanie zlyhalo: označte text a skopírujte ho ručne.
qr_label = QR kód odkazu na zdieľanie
share_email = Poslať e-mailom
email_subject = Tajomstvo pre vás
email_body = Otvorte tento odkaz a prečítajte si tajomstvo, ktoré s vami zdieľam. Funguje iba raz:
email_body_views =
    { $n ->
        [one] Otvorte tento odkaz a prečítajte si tajomstvo, ktoré s vami zdieľam. Funguje { $n }-krát:
        [few] Otvorte tento odkaz a prečítajte si tajomstvo, ktoré s vami zdieľam. Funguje { $n }-krát:
        [many] Otvorte tento odkaz a prečítajte si tajomstvo, ktoré s vami zdieľam. Funguje { $n }-krát:
       *[other] Otvorte tento odkaz a prečítajte si tajomstvo, ktoré s vami zdieľam. Funguje { $n }-krát:
    }
receipt_title = Iba pre vás: potvrdenie
receipt_help = Tento odkaz si nechajte pre seba; neposielajte ho príjemcovi. Ukazuje, či bolo tajomstvo otvorené, a umožňuje ho zničiť.
receipt_label = Odkaz na potvrdenie (súkromný)
create_another = Vytvoriť ďalšie tajomstvo

## Open page (the recipient).

open_title = Tajomstvo pre vás
checking = Kontroluje sa odkaz…
open_waiting = Niekto s vami zdieľa tajomstvo. Otvoriť ho možno iba raz: potom bude zničené.
open_waiting_views =
    { $n ->
        [one] Niekto s vami zdieľa tajomstvo. Otvoriť ho možno ešte { $n }-krát: potom bude zničené.
        [few] Niekto s vami zdieľa tajomstvo. Otvoriť ho možno ešte { $n }-krát: po poslednom otvorení bude zničené.
        [many] Niekto s vami zdieľa tajomstvo. Otvoriť ho možno ešte { $n }-krát: po poslednom otvorení bude zničené.
       *[other] Niekto s vami zdieľa tajomstvo. Otvoriť ho možno ešte { $n }-krát: po poslednom otvorení bude zničené.
    }
open_expires = K dispozícii do { $when }.
open_needs_passphrase = Je chránené heslom, ktoré vám mal odosielateľ odovzdať samostatne.
open_passphrase_label = Heslo
open_button = Otvoriť tajomstvo
opening = Otvára sa…
open_wrong_passphrase =
    { $n ->
        [one] Nesprávne heslo. Zostáva { $n } pokus, kým sa tajomstvo zničí.
        [few] Nesprávne heslo. Zostávajú { $n } pokusy, kým sa tajomstvo zničí.
        [many] Nesprávne heslo. Zostáva { $n } pokusu, kým sa tajomstvo zničí.
       *[other] Nesprávne heslo. Zostáva { $n } pokusov, kým sa tajomstvo zničí.
    }
open_unavailable_title = Toto tajomstvo nie je k dispozícii
open_unavailable = Už bolo otvorené, zničené alebo mu vypršala platnosť: tajomstvo možno otvoriť iba raz. Ak ho potrebujete, požiadajte odosielateľa o nové.
open_bad_link = Tento odkaz je neúplný. Skontrolujte, či je skopírovaný celý, vrátane časti za znakom #.
open_failed_decrypt = Tajomstvo sa nepodarilo dešifrovať. Odkaz môže byť poškodený.
open_interrupted = Otváranie sa prerušilo a tajomstvo sa tým mohlo spotrebovať, hoci sa nezobrazilo.
opened_title = Vaše tajomstvo
opened_text_label = Text tajomstva
opened_clipboard = Schránka si môže skopírovaný obsah ponechať: vo svojej histórii alebo v zariadeniach, s ktorými sa synchronizuje.
opened_destroyed = Tajomstvo je teraz na serveri zničené. Skôr než opustíte túto stránku, skopírujte alebo uložte, čo potrebujete.
opened_views_left =
    { $n ->
        [one] Tajomstvo možno otvoriť ešte { $n }-krát; potom bude na serveri zničené. Skôr než opustíte túto stránku, skopírujte alebo uložte, čo potrebujete.
        [few] Tajomstvo možno otvoriť ešte { $n }-krát; potom bude na serveri zničené. Skôr než opustíte túto stránku, skopírujte alebo uložte, čo potrebujete.
        [many] Tajomstvo možno otvoriť ešte { $n }-krát; potom bude na serveri zničené. Skôr než opustíte túto stránku, skopírujte alebo uložte, čo potrebujete.
       *[other] Tajomstvo možno otvoriť ešte { $n }-krát; potom bude na serveri zničené. Skôr než opustíte túto stránku, skopírujte alebo uložte, čo potrebujete.
    }
opened_burn_rest = Mám ho: zničiť teraz
opened_burn_question =
    { $n ->
        [one] Zničiť tajomstvo teraz? Zostávajúce otvorenie prepadne pre všetkých.
        [few] Zničiť tajomstvo teraz? Zostávajúce { $n } otvorenia prepadnú pre všetkých.
        [many] Zničiť tajomstvo teraz? Zostávajúcich { $n } otvorenia prepadne pre všetkých.
       *[other] Zničiť tajomstvo teraz? Zostávajúcich { $n } otvorení prepadne pre všetkých.
    }
opened_burn_confirm = Áno, zničiť
opened_files = Súbory
download = Stiahnuť { $name } ({ $size })
opened_empty = (bez textu)

## Receipt page (the creator's private page).

receipt_page_title = Potvrdenie
receipt_intro = Na tejto súkromnej stránke uvidíte, čo sa stalo s vaším zdieľaným tajomstvom.
receipt_state_label = Stav
state_waiting = Čaká: zatiaľ neotvorené.
state_waiting_views =
    { $n ->
        [one] Čaká: už otvorené, zostáva { $n } otvorenie.
        [few] Čaká: už otvorené, zostávajú { $n } otvorenia.
        [many] Čaká: už otvorené, zostáva { $n } otvorenia.
       *[other] Čaká: už otvorené, zostáva { $n } otvorení.
    }
state_opened = Otvorené { $when }.
state_burned = Zničené: už ho nikto nemôže otvoriť.
state_expired = Platnosť vypršala bez otvorenia.
state_expired_views =
    { $n ->
        [one] Platnosť vypršala po tom, ako bolo tajomstvo { $n }-krát otvorené.
        [few] Platnosť vypršala po tom, ako bolo tajomstvo { $n }-krát otvorené.
        [many] Platnosť vypršala po tom, ako bolo tajomstvo { $n }-krát otvorené.
       *[other] Platnosť vypršala po tom, ako bolo tajomstvo { $n }-krát otvorené.
    }
receipt_expires = Platnosť vyprší { $when }.
receipt_expired_at = Koniec platnosti: { $when }.
receipt_views_total =
    { $n ->
        [one] Možno otvoriť celkom { $n }-krát.
        [few] Možno otvoriť celkom { $n }-krát.
        [many] Možno otvoriť celkom { $n }-krát.
       *[other] Možno otvoriť celkom { $n }-krát.
    }
receipt_opens_label = Otvorené
receipt_gone = Toto potvrdenie je neznáme alebo bolo odstránené.
receipt_bad_link = Tento odkaz na potvrdenie je neúplný. Skontrolujte, či je skopírovaný celý, vrátane časti za znakom #.
refresh = Obnoviť
burn_button = Zničiť teraz
burn_question = Zničiť tajomstvo teraz? Nikto ho už nebude môcť otvoriť.
burn_confirm = Áno, zničiť
cancel = Zrušiť
burned_done = Tajomstvo bolo zničené.
receipt_watching = Kým je táto stránka otvorená, každých niekoľko sekúnd kontroluje stav a zobrazí každú zmenu.
receipt_notify = Upozorniť ma na zmenu
receipt_notify_on = Kým zostane táto stránka otvorená, dostanete aj upozornenie prehliadača.
receipt_notify_blocked = Tento prehliadač blokuje upozornenia pre túto stránku. Samotná stránka zmenu aj tak zobrazí.
receipt_changed = Stav sa zmenil, kým ste stránku sledovali.

## Privacy page.

privacy_title = Súkromie
privacy_encryption = Vaše tajomstvo sa šifruje vo vašom prehliadači. Kľúč je v časti odkazu za znakom #, ktorú prehliadače nikdy neposielajú na žiadny server.
privacy_stored = Server ukladá iba zašifrované tajomstvo, identifikátor odvodený z odkazu, hash na overenie odkazu, čas vypršania platnosti, počet zostávajúcich otvorení a stav potvrdenia vrátane času každého otvorenia. Nikdy nevidí váš text, vaše súbory ani ich názvy, vaše heslo ani odkaz.
privacy_deleted = Tajomstvo sa vymaže po poslednom povolenom otvorení, keď je zničené, alebo keď mu vyprší platnosť – podľa toho, čo nastane skôr. Jeho potvrdenie sa vymaže o niečo neskôr.
privacy_tracking = Žiadne sledovanie, analytika, súbory cookie ani tretie strany: všetko, čo táto stránka potrebuje, pochádza z tohto servera.
privacy_logs = Server nezaznamenáva identifikátory tajomstiev, dôkazy, potvrdenia ani vašu IP adresu.
privacy_language = Zvolený jazyk sa ukladá iba v lokálnom úložisku tohto prehliadača.

## Not found.

not_found_title = Stránka sa nenašla
not_found_body = Na tejto adrese nič nie je.

## Žiadosti: žiadosť o tajomstvo od niekoho iného (/request), jeho stránka na odpoveď (/q), súkromná stránka žiadateľa (/a).
## Prehliadač žiadateľa vytvorí pár kľúčov: odkaz na žiadosť nesie verejnú polovicu, súkromný odkaz súkromnú.

# Odkaz v päte na stránku žiadosti, na každej stránke.
nav_request = Požiadať o tajomstvo
request_title = Požiadať o tajomstvo
request_intro = Potrebujete od niekoho heslo alebo súbor? Vytvorte žiadosť a pošlite mu jej odkaz. Jeho prehliadač zašifruje odpoveď iba pre vás: prečítať ju bude možné iba vaším súkromným odkazom, a to iba raz.
request_note_label = Čo potrebujete (voliteľné)
# $max je počet bajtov.
request_note_hint = Túto poznámku uvidí príjemca, keď otvorí odkaz na žiadosť; šifruje sa rovnako ako všetko ostatné. Maximálna dĺžka v bajtoch: { $max }.
request_note_too_long = Poznámka je príliš dlhá: maximálna dĺžka v bajtoch je { $max }.
request_expiry_label = Doba platnosti žiadosti a odpovede
request_button = Vytvoriť žiadosť
requested_title = Žiadosť je pripravená
request_link_label = Odkaz na žiadosť: pošlite ho tomu, kto má tajomstvo
request_link_help = Ktokoľvek, kto tento odkaz uvidí, naň môže raz odpovedať. Odpoveď si nemôže prečítať nikto okrem vás.
request_private_title = Váš súkromný odkaz
request_private_help = Tento odkaz si nechajte pre seba; nikomu ho neposielajte. Ukazuje, či odpoveď prišla, a umožňuje ju raz otvoriť.
request_private_label = Súkromný odkaz (iba pre vás)
request_expires = Žiadosť čaká na odpoveď do { $when }.
# Stránka toho, kto odpovedá.
answer_title = Niekto vás žiada o tajomstvo
answer_note_label = Poznámka žiadateľa
answer_no_note = Žiadateľ nenechal žiadnu poznámku.
answer_text_label = Vaša odpoveď
answer_hint = Zašifruje sa v tomto prehliadači pre žiadateľa: prečítať ju bude možné iba jeho súkromným odkazom, a to iba raz. Tento server to nedokáže.
answer_anyone = Ktokoľvek, kto tento odkaz videl, naň môže odpovedať, a uchová sa iba prvá odpoveď. Odpovedajte iba vtedy, ak odkaz prišiel od niekoho, koho poznáte.
answer_expires = Odpovedať môžete do { $when }.
answer_button = Odoslať odpoveď
answered_title = Odpoveď odoslaná
answered_body = Prečítať ju môže iba žiadateľ, a to raz, do { $when }.
answer_unavailable_title = Na túto žiadosť nemožno odpovedať
answer_unavailable = Už na ňu niekto odpovedal alebo jej vypršala platnosť. Ak žiadateľ tajomstvo stále potrebuje, požiadajte ho o novú žiadosť.
# Súkromná stránka žiadateľa.
asker_title = Vaša žiadosť
asker_note_label = Vaša poznámka
asker_waiting = Zatiaľ žiadna odpoveď. Kým je táto stránka otvorená, každých niekoľko sekúnd kontroluje, či prišla.
asker_answered = Odpoveď prišla { $when }. Otvoriť ju možno raz: potom zo servera zmizne.
# Oznámené (a zobrazené), keď kontrola zistila, že odpoveď prišla po načítaní stránky.
asker_changed = Odpoveď prišla, kým ste stránku sledovali.
asker_open_button = Otvoriť odpoveď
asker_gone = Táto žiadosť je neznáma: jej odpoveď už bola otvorená alebo jej vypršala platnosť.
asker_expires = Platnosť žiadosti a jej odpovede vyprší { $when }.
