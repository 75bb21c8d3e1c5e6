# Cinder: Hungarian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Egyszeri titkok, titkosítva a böngészőjében
nav_create = Új titok
nav_privacy = Adatvédelem
language_label = Nyelv
footer_note = A titkosítás a böngészőjében történik. A szerver soha nem látja sem a titkát, sem a linket.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Üzemeltető:
instance_note = A szolgáltatás üzemeltetőjének megjegyzése:

## Create page.

create_title = Titok megosztása
create_intro = A titkát ez a böngésző titkosítja, még mielőtt bármit elküldene. A link csak egyszer nyitható meg, utána a titok megsemmisül.
text_label = Titok
text_hint = Csak az láthatja, aki megnyitja a linket.
files_label = Fájlok (nem kötelező)
files_hint = Összesen legfeljebb { $max }.
files_drop = Húzza ide a fájlokat, vagy válassza ki őket:
file_remove = { $name } eltávolítása
files_total = { $size } / { $max }
passphrase_label = Jelmondat (nem kötelező)
passphrase_hint = A címzettnek is szüksége lesz rá. Ne a linkkel együtt, hanem más úton küldje el.
passphrase_show = Jelmondat megjelenítése
passphrase_hide = Jelmondat elrejtése
generator_title = Jelszógenerátor
generator_length = Hossz
generator_lower = Kisbetűk
generator_upper = Nagybetűk
generator_digits = Számjegyek
generator_symbols = Speciális karakterek
generator_generate = Generálás
generator_result = Generált jelszó
generator_insert = Hozzáadás a titokhoz
generator_use_as_passphrase = Használat jelmondatként
generator_need_class = Válasszon legalább egyféle karaktert.
expiry_label = Érvényességi idő
views_label = Megnyitások száma
views_hint = Legfeljebb { $max } alkalommal. A titok az utolsó megnyitás után vagy lejáratkor megsemmisül, attól függően, melyik következik be előbb.
create_button = Link létrehozása
creating = Titkosítás és küldés…
reading_files = Fájlok beolvasása…
deriving_key = Kulcs előállítása a jelmondatból…
err_empty = Előbb írjon be egy titkot, vagy adjon hozzá egy fájlt.
err_too_large = Ez túl nagy: összesen legfeljebb { $max } lehet.
err_file_unreadable = Egy fájlt nem sikerült beolvasni.
err_unreachable = A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.
err_rate_limited = Túl sok kérés rövid idő alatt. Várjon egy percet, és próbálja újra.
err_full = A szerver jelenleg megtelt. Próbálja újra később.
err_unexpected = Hiba történt ebben a böngészőben. Töltse újra az oldalt, és próbálkozzon ismét.
err_server = A szerver ezt nem tudta végrehajtani ({ $code }). Próbálja újra később.
create_off = Ez a példány csak linkek megnyitására szolgál, új titkokat nem hoz létre. Titok megosztásához használja a szervezete által erre biztosított példányt.
create_sign_in = Itt csak a szervezet tagjai hozhatnak létre titkokat. Előbb jelentkezzen be a szervezetén keresztül. Aki kapott linket, továbbra is megnyithatja.
create_sign_in_link = Bejelentkezés
create_not_allowed = Be van jelentkezve, de a fiókjával itt nem hozhat létre titkokat. Forduljon a rendszergazdához.

## The link, shown after creating.

link_title = Elkészült a link
link_label = Megosztási link (egyszer nyitható meg)
link_help = Küldje el ezt a linket a címzettnek. Csak egyszer nyitható meg.
link_expires = Ha senki nem nyitja meg, a titok ekkor jár le: { $when }.
link_passphrase_reminder = Ne felejtse el külön elküldeni a jelmondatot.
link_label_views = Megosztási link
link_help_views =
    { $n ->
        [one] Küldje el ezt a linket a címzettnek. { $n } alkalommal nyitható meg.
       *[other] Küldje el ezt a linket a címzetteknek. { $n } alkalommal nyitható meg.
    }
link_expires_views = Ha nem használják fel az összes megnyitást, a titok ekkor jár le: { $when }.
copy = Másolás
copied = A vágólapra másolva.
copy_failed = A másolás nem sikerült: jelölje ki a szöveget, és másolja ki kézzel.
qr_label = A megosztási link QR-kódja
share_email = Megosztás e-mailben
email_subject = Egy titok az Ön számára
email_body = Nyissa meg ezt a linket, hogy elolvassa a titkot, amelyet megosztottam Önnel. Csak egyszer működik:
email_body_views =
    { $n ->
        [one] Nyissa meg ezt a linket, hogy elolvassa a titkot, amelyet megosztottam Önnel. { $n } alkalommal működik:
       *[other] Nyissa meg ezt a linket, hogy elolvassa a titkot, amelyet megosztottam Önnel. { $n } alkalommal működik:
    }
receipt_title = Csak Önnek: az állapotlink
receipt_help = Tartsa meg ezt a linket magának; ne küldje el a címzettnek. Megmutatja, hogy megnyitották-e a titkot, és azt is lehetővé teszi, hogy megsemmisítse.
receipt_label = Állapotlink (privát)
create_another = Újabb titok létrehozása

## Open page (the recipient).

open_title = Titkot kapott
checking = A link ellenőrzése…
open_waiting = Valaki megosztott Önnel egy titkot. Csak egyszer nyitható meg, utána megsemmisül.
open_waiting_views =
    { $n ->
        [one] Valaki megosztott Önnel egy titkot. Még { $n } alkalommal nyitható meg, utána megsemmisül.
       *[other] Valaki megosztott Önnel egy titkot. Még { $n } alkalommal nyitható meg: az utolsó után megsemmisül.
    }
open_expires = Elérhető eddig: { $when }.
open_needs_passphrase = Jelmondat védi, amelyet a küldőnek külön kellett átadnia Önnek.
open_passphrase_label = Jelmondat
open_button = Titok megnyitása
opening = Megnyitás…
open_wrong_passphrase =
    { $n ->
        [one] Hibás jelmondat. Még { $n } próbálkozás van hátra, mielőtt a titok megsemmisül.
       *[other] Hibás jelmondat. Még { $n } próbálkozás van hátra, mielőtt a titok megsemmisül.
    }
open_unavailable_title = Ez a titok nem érhető el
open_unavailable = Már megnyitották, megsemmisítették, vagy lejárt: egy titok csak egyszer nyitható meg. Ha szüksége van rá, kérjen újat a küldőtől.
open_bad_link = Ez a link hiányos. Ellenőrizze, hogy az egészet kimásolta-e, a # utáni részt is.
open_failed_decrypt = A titkot nem sikerült visszafejteni. Lehet, hogy a link sérült.
open_interrupted = A megnyitás megszakadt, és lehet, hogy a titok elhasználódott, bár nem jelent meg.
opened_title = Az Ön titka
opened_text_label = A titok szövege
opened_clipboard = A vágólap megőrizheti, amit kimásol: az előzményeiben vagy a vele szinkronizált eszközökön.
opened_destroyed = A titok most megsemmisült a szerveren. Másolja ki vagy mentse el, amire szüksége van, mielőtt elhagyja az oldalt.
opened_views_left =
    { $n ->
        [one] A titok még { $n } alkalommal nyitható meg; utána megsemmisül a szerveren. Másolja ki vagy mentse el, amire szüksége van, mielőtt elhagyja az oldalt.
       *[other] A titok még { $n } alkalommal nyitható meg; utána megsemmisül a szerveren. Másolja ki vagy mentse el, amire szüksége van, mielőtt elhagyja az oldalt.
    }
opened_burn_rest = Megvan: azonnali megsemmisítés
opened_burn_question =
    { $n ->
        [one] Most megsemmisíti a titkot? A hátralévő megnyitás mindenki számára elvész.
       *[other] Most megsemmisíti a titkot? A hátralévő { $n } megnyitás mindenki számára elvész.
    }
opened_burn_confirm = Igen, megsemmisítem
opened_files = Fájlok
download = { $name } letöltése ({ $size })
opened_empty = (nincs szöveg)

## Receipt page (the creator's private page).

receipt_page_title = A titok állapota
receipt_intro = Ez a privát oldal megmutatja, mi történt a titokkal, amelyet megosztott.
receipt_state_label = Állapot
state_waiting = Várakozik: még nem nyitották meg.
state_waiting_views =
    { $n ->
        [one] Várakozik: már megnyitották, még { $n } megnyitás van hátra.
       *[other] Várakozik: már megnyitották, még { $n } megnyitás van hátra.
    }
state_opened = Megnyitva: { $when }.
state_burned = Megsemmisítve: többé senki sem nyithatja meg.
state_expired = Lejárt, anélkül hogy megnyitották volna.
state_expired_views =
    { $n ->
        [one] Lejárt, miután { $n } alkalommal megnyitották.
       *[other] Lejárt, miután { $n } alkalommal megnyitották.
    }
receipt_expires = Lejár: { $when }.
receipt_expired_at = Lejárat: { $when }.
receipt_views_total =
    { $n ->
        [one] Összesen { $n } alkalommal nyitható meg.
       *[other] Összesen { $n } alkalommal nyitható meg.
    }
receipt_opens_label = Megnyitva
receipt_gone = Ez az állapotoldal ismeretlen, vagy már törölték.
receipt_bad_link = Ez az állapotlink hiányos. Ellenőrizze, hogy az egészet kimásolta-e, a # utáni részt is.
refresh = Frissítés
burn_button = Azonnali megsemmisítés
burn_question = Most megsemmisíti a titkot? Utána senki sem tudja majd megnyitni.
burn_confirm = Igen, megsemmisítem
cancel = Mégse
burned_done = A titok megsemmisült.
receipt_watching = Amíg ez az oldal nyitva van, néhány másodpercenként ellenőrzi az állapotot, és megjelenít minden változást.
receipt_notify = Értesítést kérek, ha változik
receipt_notify_on = Amíg ez az oldal nyitva marad, böngészőértesítést is kap.
receipt_notify_blocked = Ez a böngésző letiltja az értesítéseket ezen az oldalon. Maga az oldal ettől még megjeleníti a változást.
receipt_changed = Az állapot megváltozott, miközben figyelte.

## Privacy page.

privacy_title = Adatvédelem
privacy_encryption = A titkát a böngészője titkosítja. A kulcs a link # utáni részében van, amelyet a böngészők soha nem küldenek el egyetlen szervernek sem.
privacy_stored = A szerver csak a titkosított titkot, egy a linkből származtatott azonosítót, a link ellenőrzésére szolgáló hasht, a lejárat idejét, a hátralévő megnyitások számát és az állapotoldalon látható állapotot tárolja, az egyes megnyitások idejével együtt. Soha nem látja a szövegét, a fájljait vagy azok nevét, a jelmondatát vagy a linket.
privacy_deleted = A titok törlődik az utolsó engedélyezett megnyitás után, amikor megsemmisítik, vagy amikor lejár, attól függően, melyik következik be előbb. Az állapotoldala valamivel később törlődik.
privacy_tracking = Nincs követés, nincs analitika, nincsenek sütik és nincsenek harmadik felek: minden, amire az oldalnak szüksége van, erről a szerverről érkezik.
privacy_logs = A szerver nem naplózza sem a titkok azonosítóit, sem a bizonyítékokat, sem az állapotlinkeket, sem az Ön IP-címét.
privacy_language = A választott nyelvet csak ennek a böngészőnek a helyi tárhelye őrzi.

## Not found.

not_found_title = Az oldal nem található
not_found_body = Ezen a címen nincs semmi.

## Kérések: titok kérése valakitől (/request), a válaszadó oldala (/q), a kérés küldőjének privát oldala (/a).
## A kérés küldőjének böngészője kulcspárt hoz létre: a kérés linkje a nyilvános felét, a privát link a privát felét tartalmazza.

# A kérés oldalára mutató link a láblécben, minden oldalon.
nav_request = Titok kérése
request_title = Titok kérése
request_intro = Valakitől jelszóra vagy fájlra van szüksége? Hozzon létre egy kérést, és küldje el neki a linkjét. Az ő böngészője csak az Ön számára titkosítja a választ: csak az Ön privát linkjével olvasható el, egyetlen alkalommal.
request_note_label = Mire van szüksége (nem kötelező)
# $max a bájtok száma.
request_note_hint = A címzett akkor látja ezt a megjegyzést, amikor megnyitja a kérés linkjét; ez is titkosítva van, mint minden más. Legfeljebb { $max } bájt.
request_note_too_long = A megjegyzés túl hosszú: legfeljebb { $max } bájt lehet.
request_expiry_label = A kérés és a válasz érvényességi ideje
request_button = Kérés létrehozása
requested_title = Elkészült a kérés
request_link_label = A kérés linkje: küldje el annak, akinél a titok van
request_link_help = Bárki, aki látja ezt a linket, egyszer válaszolhat rá. A választ Önön kívül senki sem olvashatja el.
request_private_title = Az Ön privát linkje
request_private_help = Tartsa meg ezt a linket magának; ne küldje el senkinek. Megmutatja, hogy megérkezett-e a válasz, és egyszer meg is nyithatja vele.
request_private_label = Privát link (csak Önnek)
request_expires = A kérés eddig vár válaszra: { $when }.
# A válaszadó oldala.
answer_title = Valaki egy titkot kér Öntől
answer_note_label = A kérés küldőjének megjegyzése
answer_no_note = A kérés küldője nem hagyott megjegyzést.
answer_text_label = Az Ön válasza
answer_hint = Ez a böngésző a kérés küldője számára titkosítja: csak az ő privát linkjével olvasható el, egyetlen alkalommal. Ez a szerver nem tudja elolvasni.
answer_anyone = Bárki, aki látta ezt a linket, válaszolhat rá, és csak az első válasz marad meg. Csak akkor válaszoljon, ha a linket olyasvalakitől kapta, akit ismer.
answer_expires = Eddig válaszolhat: { $when }.
answer_button = Válasz elküldése
answered_title = A válasz elküldve
answered_body = Csak a kérés küldője olvashatja el, egyetlen alkalommal, eddig: { $when }.
answer_unavailable_title = Erre a kérésre nem lehet válaszolni
answer_unavailable = Már válaszoltak rá, vagy lejárt. Ha a kérés küldőjének még szüksége van a titokra, kérjen tőle új kérést.
# A kérés küldőjének privát oldala.
asker_title = Az Ön kérése
asker_note_label = Az Ön megjegyzése
asker_waiting = Még nem érkezett válasz. Amíg ez az oldal nyitva van, néhány másodpercenként ellenőrzi.
asker_answered = A válasz megérkezett: { $when }. Egyszer nyitható meg: utána eltűnik a szerverről.
# Bejelentve (és megjelenítve), ha az ellenőrzés azt találja, hogy a válasz az oldal betöltése óta érkezett.
asker_changed = A válasz megérkezett, miközben figyelte.
asker_open_button = Válasz megnyitása
asker_gone = Ez a kérés ismeretlen: a válaszát már megnyitották, vagy lejárt.
asker_expires = A kérés és a válasza lejár: { $when }.
