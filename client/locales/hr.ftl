# Cinder: Croatian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Jednokratne tajne, šifrirane u vašem pregledniku
nav_create = Nova tajna
nav_privacy = Privatnost
language_label = Jezik
footer_note = Šifrirano u vašem pregledniku. Poslužitelj nikad ne vidi vašu tajnu ni poveznicu.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Pružatelj usluge:
instance_note = Napomena pružatelja ove usluge:

## Create page.

create_title = Podijelite tajnu
create_intro = Vaša se tajna šifrira u ovom pregledniku prije nego što se išta pošalje. Poveznica se može otvoriti samo jednom, a nakon toga se tajna uništava.
text_label = Tajna
text_hint = Vidjet će je samo osoba koja otvori poveznicu.
files_label = Datoteke (neobavezno)
files_hint = Ukupno do { $max }.
files_drop = Povucite datoteke ovamo ili ih odaberite:
file_remove = Ukloni { $name }
files_total = { $size } od { $max }
passphrase_label = Lozinka (neobavezno)
passphrase_hint = Trebat će je i primatelj. Pošaljite je drugim putem, a ne zajedno s poveznicom.
passphrase_show = Prikaži lozinku
passphrase_hide = Sakrij lozinku
generator_title = Generator lozinki
generator_length = Duljina
generator_lower = Mala slova
generator_upper = Velika slova
generator_digits = Znamenke
generator_symbols = Posebni znakovi
generator_generate = Generiraj
generator_result = Generirana lozinka
generator_insert = Dodaj u tajnu
generator_use_as_passphrase = Upotrijebi kao lozinku
generator_need_class = Odaberite barem jednu vrstu znakova.
expiry_label = Rok valjanosti
views_label = Broj otvaranja
views_hint = Najviše { $max } puta. Tajna se uništava nakon posljednjeg otvaranja ili kad istekne, ovisno o tome što se prvo dogodi.
create_button = Stvori poveznicu
creating = Šifriranje i slanje…
reading_files = Čitanje datoteka…
deriving_key = Izvođenje ključa iz lozinke…
err_empty = Najprije upišite tajnu ili dodajte datoteku.
err_too_large = To je preveliko: ukupno najviše { $max }.
err_file_unreadable = Datoteku nije moguće pročitati.
err_unreachable = Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.
err_rate_limited = Previše zahtjeva u kratkom vremenu. Pričekajte minutu i pokušajte ponovno.
err_full = Poslužitelj je trenutačno popunjen. Pokušajte kasnije.
err_unexpected = Nešto je pošlo po zlu u ovom pregledniku. Ponovno učitajte stranicu i pokušajte opet.
err_server = Poslužitelj to nije mogao izvršiti ({ $code }). Pokušajte kasnije.
create_off = Ova instanca samo otvara poveznice: ne stvara nove tajne. Za dijeljenje tajne upotrijebite instancu koju vam za to osigurava vaša organizacija.
create_sign_in = Ovdje tajne mogu stvarati samo članovi ove organizacije. Najprije se prijavite putem svoje organizacije. Svatko s poveznicom i dalje je može otvoriti.
create_sign_in_link = Prijava
create_not_allowed = Prijavljeni ste, ali vaš račun ovdje ne smije stvarati tajne. Obratite se administratoru.

## The link, shown after creating.

link_title = Vaša je poveznica spremna
link_label = Poveznica za dijeljenje (jednokratna)
link_help = Pošaljite ovu poveznicu primatelju. Može se otvoriti samo jednom.
link_expires = Ako se ne otvori, tajna istječe { $when }.
link_passphrase_reminder = Ne zaboravite lozinku poslati zasebno.
link_label_views = Poveznica za dijeljenje
link_help_views =
    { $n ->
        [one] Pošaljite ovu poveznicu primateljima. Može se otvoriti { $n } put.
        [few] Pošaljite ovu poveznicu primateljima. Može se otvoriti { $n } puta.
       *[other] Pošaljite ovu poveznicu primateljima. Može se otvoriti { $n } puta.
    }
link_expires_views = Ako se ne iskoriste sva otvaranja, tajna istječe { $when }.
copy = Kopiraj
copied = Kopirano u međuspremnik.
copy_failed = Kopiranje nije uspjelo: označite tekst i kopirajte ga sami.
qr_label = QR kod poveznice za dijeljenje
share_email = Pošalji e-poštom
email_subject = Tajna za vas
email_body = Otvorite ovu poveznicu da biste pročitali tajnu koju dijelim s vama. Radi samo jednom:
email_body_views =
    { $n ->
        [one] Otvorite ovu poveznicu da biste pročitali tajnu koju dijelim s vama. Radi { $n } put:
        [few] Otvorite ovu poveznicu da biste pročitali tajnu koju dijelim s vama. Radi { $n } puta:
       *[other] Otvorite ovu poveznicu da biste pročitali tajnu koju dijelim s vama. Radi { $n } puta:
    }
receipt_title = Samo za vas: potvrda
receipt_help = Zadržite ovu poveznicu za sebe; ne šaljite je primatelju. Pokazuje je li tajna otvorena i omogućuje vam da je uništite.
receipt_label = Poveznica na potvrdu (privatna)
create_another = Stvori novu tajnu

## Open page (the recipient).

open_title = Tajna za vas
checking = Provjera poveznice…
open_waiting = Netko je s vama podijelio tajnu. Može se otvoriti samo jednom: nakon toga se uništava.
open_waiting_views =
    { $n ->
        [one] Netko je s vama podijelio tajnu. Može se otvoriti još { $n } put: nakon posljednjeg otvaranja se uništava.
        [few] Netko je s vama podijelio tajnu. Može se otvoriti još { $n } puta: nakon posljednjeg otvaranja se uništava.
       *[other] Netko je s vama podijelio tajnu. Može se otvoriti još { $n } puta: nakon posljednjeg otvaranja se uništava.
    }
open_expires = Dostupna do { $when }.
open_needs_passphrase = Zaštićena je lozinkom koju vam je pošiljatelj trebao poslati zasebno.
open_passphrase_label = Lozinka
open_button = Otvori tajnu
opening = Otvaranje…
open_wrong_passphrase =
    { $n ->
        [one] Pogrešna lozinka. Preostao je još { $n } pokušaj prije nego što tajna bude uništena.
        [few] Pogrešna lozinka. Preostala su još { $n } pokušaja prije nego što tajna bude uništena.
       *[other] Pogrešna lozinka. Preostalo je još { $n } pokušaja prije nego što tajna bude uništena.
    }
open_unavailable_title = Ova tajna nije dostupna
open_unavailable = Već je otvorena, uništena ili je istekla: tajna se može otvoriti samo jednom. Ako vam treba, zatražite novu od pošiljatelja.
open_bad_link = Ova poveznica nije potpuna. Provjerite jeste li je kopirali cijelu, uključujući dio iza znaka #.
open_failed_decrypt = Tajnu nije moguće dešifrirati. Poveznica je možda oštećena.
open_interrupted = Otvaranje je prekinuto i možda je potrošilo tajnu, iako ona nije prikazana.
opened_title = Vaša tajna
opened_text_label = Tekst tajne
opened_clipboard = Međuspremnik može zadržati ono što kopirate: u svojoj povijesti ili na uređajima s kojima se sinkronizira.
opened_destroyed = Tajna je sada uništena na poslužitelju. Prije nego što napustite ovu stranicu, kopirajte ili spremite ono što vam treba.
opened_views_left =
    { $n ->
        [one] Tajna se može otvoriti još { $n } put; nakon toga bit će uništena na poslužitelju. Prije nego što napustite ovu stranicu, kopirajte ili spremite ono što vam treba.
        [few] Tajna se može otvoriti još { $n } puta; nakon toga bit će uništena na poslužitelju. Prije nego što napustite ovu stranicu, kopirajte ili spremite ono što vam treba.
       *[other] Tajna se može otvoriti još { $n } puta; nakon toga bit će uništena na poslužitelju. Prije nego što napustite ovu stranicu, kopirajte ili spremite ono što vam treba.
    }
opened_burn_rest = Imam je: uništi je odmah
opened_burn_question =
    { $n ->
        [one] Uništiti tajnu odmah? Preostalo { $n } otvaranje bit će izgubljeno za sve.
        [few] Uništiti tajnu odmah? Preostala { $n } otvaranja bit će izgubljena za sve.
       *[other] Uništiti tajnu odmah? Preostalih { $n } otvaranja bit će izgubljeno za sve.
    }
opened_burn_confirm = Da, uništi je
opened_files = Datoteke
download = Preuzmi { $name } ({ $size })
opened_empty = (nema teksta)

## Receipt page (the creator's private page).

receipt_page_title = Potvrda
receipt_intro = Ova privatna stranica pokazuje što se dogodilo s tajnom koju ste podijelili.
receipt_state_label = Stanje
state_waiting = Čeka: još nije otvorena.
state_waiting_views =
    { $n ->
        [one] Čeka: već otvorena, preostalo je još { $n } otvaranje.
        [few] Čeka: već otvorena, preostala su još { $n } otvaranja.
       *[other] Čeka: već otvorena, preostalo je još { $n } otvaranja.
    }
state_opened = Otvorena { $when }.
state_burned = Uništena: nitko je više ne može otvoriti.
state_expired = Istekla je, a da nije otvorena.
state_expired_views =
    { $n ->
        [one] Istekla je nakon što je otvorena { $n } put.
        [few] Istekla je nakon što je otvorena { $n } puta.
       *[other] Istekla je nakon što je otvorena { $n } puta.
    }
receipt_expires = Istječe { $when }.
receipt_expired_at = Vrijeme isteka: { $when }.
receipt_views_total =
    { $n ->
        [one] Ukupno se može otvoriti { $n } put.
        [few] Ukupno se može otvoriti { $n } puta.
       *[other] Ukupno se može otvoriti { $n } puta.
    }
receipt_opens_label = Otvorena
receipt_gone = Ova je potvrda nepoznata ili je izbrisana.
receipt_bad_link = Ova poveznica na potvrdu nije potpuna. Provjerite jeste li je kopirali cijelu, uključujući dio iza znaka #.
refresh = Osvježi
burn_button = Uništi odmah
burn_question = Uništiti tajnu odmah? Nitko je više neće moći otvoriti.
burn_confirm = Da, uništi je
cancel = Odustani
burned_done = Tajna je uništena.
receipt_watching = Dok je ova stranica otvorena, svakih nekoliko sekundi provjerava stanje i prikazuje svaku promjenu.
receipt_notify = Obavijesti me o promjeni
receipt_notify_on = Dobit ćete i obavijest preglednika, dok god je ova stranica otvorena.
receipt_notify_blocked = Ovaj preglednik blokira obavijesti za ovu stranicu. Sama stranica ipak će prikazati promjenu.
receipt_changed = Stanje se promijenilo dok ste pratili stranicu.

## Privacy page.

privacy_title = Privatnost
privacy_encryption = Vaša se tajna šifrira u vašem pregledniku. Ključ je u dijelu poveznice iza znaka #, koji preglednici nikad ne šalju nijednom poslužitelju.
privacy_stored = Poslužitelj pohranjuje samo šifriranu tajnu, identifikator izveden iz poveznice, sažetak (hash) za provjeru poveznice, vrijeme isteka, broj preostalih otvaranja i stanje potvrde s vremenom svakog otvaranja. Nikad ne vidi vaš tekst, vaše datoteke ni njihove nazive, vašu lozinku ni poveznicu.
privacy_deleted = Tajna se briše nakon posljednjeg dopuštenog otvaranja, kad se uništi ili kad istekne, ovisno o tome što se prvo dogodi. Njezina potvrda briše se nešto kasnije.
privacy_tracking = Bez praćenja, analitike, kolačića i trećih strana: sve što je ovoj stranici potrebno dolazi s ovog poslužitelja.
privacy_logs = Poslužitelj ne bilježi identifikatore tajni, dokaze, potvrde ni vašu IP adresu.
privacy_language = Odabrani jezik sprema se samo u lokalnu pohranu ovog preglednika.

## Not found.

not_found_title = Stranica nije pronađena
not_found_body = Na ovoj adresi nema ničega.

## Zahtjevi: traženje tajne od nekoga (/request), njegova stranica za odgovor (/q), privatna stranica podnositelja zahtjeva (/a).
## Preglednik podnositelja zahtjeva stvara par ključeva: poveznica na zahtjev nosi javnu polovicu, privatna poveznica privatnu.

# Poveznica u podnožju na stranicu zahtjeva, na svakoj stranici.
nav_request = Zatražite tajnu
request_title = Zatražite tajnu
request_intro = Trebate od nekoga lozinku ili datoteku? Stvorite zahtjev i toj osobi pošaljite poveznicu na njega. Njezin će preglednik šifrirati odgovor samo za vas: pročitati ga može samo vaša privatna poveznica, i to samo jednom.
request_note_label = Što vam treba (neobavezno)
# $max je broj bajtova.
request_note_hint = Tu će napomenu primatelj vidjeti kad otvori poveznicu na zahtjev; šifrirana je kao i sve ostalo. Najveća duljina u bajtovima: { $max }.
request_note_too_long = Napomena je predugačka: najveća duljina u bajtovima je { $max }.
request_expiry_label = Rok valjanosti zahtjeva i odgovora
request_button = Stvori zahtjev
requested_title = Vaš je zahtjev spreman
request_link_label = Poveznica na zahtjev: pošaljite je onome tko ima tajnu
request_link_help = Svatko tko vidi ovu poveznicu može na nju odgovoriti jednom. Odgovor ne može pročitati nitko osim vas.
request_private_title = Vaša privatna poveznica
request_private_help = Zadržite ovu poveznicu za sebe; ne šaljite je nikome. Pokazuje je li odgovor stigao i omogućuje vam da ga jednom otvorite.
request_private_label = Privatna poveznica (samo za vas)
request_expires = Zahtjev čeka odgovor do { $when }.
# Stranica osobe koja odgovara.
answer_title = Netko od vas traži tajnu
answer_note_label = Napomena podnositelja zahtjeva
answer_no_note = Podnositelj zahtjeva nije ostavio napomenu.
answer_text_label = Vaš odgovor
answer_hint = Šifrira se u ovom pregledniku za podnositelja zahtjeva: pročitati ga može samo njegova privatna poveznica, i to samo jednom. Ovaj poslužitelj to ne može.
answer_anyone = Svatko tko je vidio ovu poveznicu može na nju odgovoriti, a zadržava se samo prvi odgovor. Odgovorite samo ako vam je poveznicu poslao netko koga poznajete.
answer_expires = Možete odgovoriti do { $when }.
answer_button = Pošalji odgovor
answered_title = Odgovor je poslan
answered_body = Može ga pročitati samo podnositelj zahtjeva, jednom, do { $when }.
answer_unavailable_title = Na ovaj zahtjev nije moguće odgovoriti
answer_unavailable = Na njega je već odgovoreno ili je istekao. Ako podnositelju zahtjeva tajna još treba, zamolite ga za novi zahtjev.
# Privatna stranica podnositelja zahtjeva.
asker_title = Vaš zahtjev
asker_note_label = Vaša napomena
asker_waiting = Još nema odgovora. Dok je ova stranica otvorena, svakih nekoliko sekundi provjerava je li stigao.
asker_answered = Odgovor je stigao { $when }. Može se otvoriti jednom: nakon toga nestaje s poslužitelja.
# Najavljuje se (i prikazuje) kad provjera otkrije da je odgovor stigao nakon učitavanja stranice.
asker_changed = Odgovor je stigao dok ste pratili stranicu.
asker_open_button = Otvori odgovor
asker_gone = Ovaj je zahtjev nepoznat: njegov je odgovor već otvoren ili je istekao.
asker_expires = Zahtjev i njegov odgovor istječu { $when }.
