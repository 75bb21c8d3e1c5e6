# Cinder: Romanian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Secrete de unică folosință, criptate în browserul dvs.
nav_create = Secret nou
nav_privacy = Confidențialitate
language_label = Limbă
footer_note = Criptat în browserul dvs. Serverul nu vede niciodată nici secretul, nici linkul.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Operatorul serviciului:
instance_note = O notă de la operatorul acestui serviciu:

## Create page.

create_title = Partajați un secret
create_intro = Secretul dvs. este criptat în acest browser înainte să se trimită ceva. Linkul îl deschide o singură dată, apoi secretul este distrus.
text_label = Mesaj secret
text_hint = Îl va vedea doar persoana care deschide linkul.
files_label = Fișiere (opționale)
files_hint = În total, cel mult { $max }.
files_drop = Trageți fișierele aici sau alegeți-le:
file_remove = Eliminați { $name }
files_total = { $size } din { $max }
passphrase_label = Frază de acces (opțională)
passphrase_hint = Destinatarul va avea și el nevoie de ea. Trimiteți-o pe altă cale, nu prin link.
passphrase_show = Afișați fraza de acces
passphrase_hide = Ascundeți fraza de acces
generator_title = Generator de parole
generator_length = Lungime
generator_lower = Litere mici
generator_upper = Litere mari
generator_digits = Cifre
generator_symbols = Simboluri
generator_generate = Generați
generator_result = Parolă generată
generator_insert = Adăugați la secret
generator_use_as_passphrase = Folosiți ca frază de acces
generator_need_class = Alegeți cel puțin un tip de caractere.
expiry_label = Expiră după
views_label = Număr de deschideri
views_hint = Cel mult: { $max }. Secretul este distrus după ultima deschidere sau când expiră, oricare dintre acestea survine mai întâi.
create_button = Creați linkul
creating = Se criptează și se trimite…
reading_files = Se citesc fișierele…
deriving_key = Se derivă cheia din fraza de acces…
err_empty = Mai întâi scrieți un secret sau adăugați un fișier.
err_too_large = Este prea mare: cel mult { $max } în total.
err_file_unreadable = Un fișier nu a putut fi citit.
err_unreachable = Serverul nu poate fi contactat. Verificați conexiunea și încercați din nou.
err_rate_limited = Prea multe solicitări într-un timp scurt. Așteptați un minut și încercați din nou.
err_full = Serverul este plin momentan. Încercați din nou mai târziu.
err_unexpected = Ceva nu a funcționat în acest browser. Reîncărcați pagina și încercați din nou.
err_server = Serverul nu a putut efectua operațiunea ({ $code }). Încercați din nou mai târziu.
create_off = Această instanță doar deschide linkuri: nu creează secrete noi. Pentru a partaja unul, folosiți instanța pe care v-o pune la dispoziție organizația dvs. în acest scop.
create_sign_in = Doar membrii acestei organizații pot crea secrete aici. Autentificați-vă mai întâi prin organizația dvs. Oricine are un link îl poate deschide în continuare.
create_sign_in_link = Autentificare
create_not_allowed = V-ați autentificat, dar contul dvs. nu are permisiunea de a crea secrete aici. Adresați-vă administratorului.

## The link, shown after creating.

link_title = Linkul dvs. este gata
link_label = Link de partajare (se deschide o singură dată)
link_help = Trimiteți acest link destinatarului. Poate fi deschis o singură dată.
link_expires = Dacă nu este deschis, secretul expiră pe { $when }.
link_passphrase_reminder = Nu uitați să trimiteți separat fraza de acces.
link_label_views = Link de partajare
link_help_views =
    { $n ->
        [one] Trimiteți acest link destinatarului. Poate fi deschis o dată.
        [few] Trimiteți acest link destinatarilor. Poate fi deschis de { $n } ori.
       *[other] Trimiteți acest link destinatarilor. Poate fi deschis de { $n } de ori.
    }
link_expires_views = Dacă nu sunt folosite toate deschiderile, secretul expiră pe { $when }.
copy = Copiați
copied = Copiat în clipboard.
copy_failed = Copierea a eșuat: selectați textul și copiați-l manual.
qr_label = Codul QR al linkului de partajare
share_email = Trimiteți prin e-mail
email_subject = Un secret pentru dvs.
email_body = Deschideți acest link pentru a citi secretul pe care vi l-am trimis. Funcționează o singură dată:
email_body_views =
    { $n ->
        [one] Deschideți acest link pentru a citi secretul pe care vi l-am trimis. Funcționează o dată:
        [few] Deschideți acest link pentru a citi secretul pe care vi l-am trimis. Funcționează de { $n } ori:
       *[other] Deschideți acest link pentru a citi secretul pe care vi l-am trimis. Funcționează de { $n } de ori:
    }
receipt_title = Doar pentru dvs.: linkul de stare
receipt_help = Păstrați acest link pentru dvs.; nu îl trimiteți destinatarului. Arată dacă secretul a fost deschis și vă permite să îl distrugeți.
receipt_label = Link de stare (privat)
create_another = Creați alt secret

## Open page (the recipient).

open_title = Un secret pentru dvs.
checking = Se verifică linkul…
open_waiting = Cineva v-a trimis un secret. Poate fi deschis o singură dată: după aceea este distrus.
open_waiting_views =
    { $n ->
        [one] Cineva v-a trimis un secret. Mai poate fi deschis o dată: după aceea este distrus.
        [few] Cineva v-a trimis un secret. Mai poate fi deschis de { $n } ori: după ultima dată este distrus.
       *[other] Cineva v-a trimis un secret. Mai poate fi deschis de { $n } de ori: după ultima dată este distrus.
    }
open_expires = Disponibil până la { $when }.
open_needs_passphrase = Este protejat cu o frază de acces, pe care expeditorul ar fi trebuit să v-o dea separat.
open_passphrase_label = Frază de acces
open_button = Deschideți secretul
opening = Se deschide…
open_wrong_passphrase =
    { $n ->
        [one] Frază de acces greșită. Mai aveți { $n } încercare până la distrugerea secretului.
        [few] Frază de acces greșită. Mai aveți { $n } încercări până la distrugerea secretului.
       *[other] Frază de acces greșită. Mai aveți { $n } de încercări până la distrugerea secretului.
    }
open_unavailable_title = Acest secret nu este disponibil
open_unavailable = A fost deja deschis, distrus sau a expirat: un secret poate fi deschis o singură dată. Dacă aveți nevoie de el, cereți-i expeditorului unul nou.
open_bad_link = Acest link este incomplet. Verificați dacă l-ați copiat în întregime, inclusiv partea de după #.
open_failed_decrypt = Secretul nu a putut fi decriptat. Este posibil ca linkul să fie deteriorat.
open_interrupted = Deschiderea a fost întreruptă și este posibil ca secretul să fi fost consumat, deși nu a fost afișat.
opened_title = Secretul dvs.
opened_text_label = Textul secretului
opened_clipboard = Clipboardul poate păstra ce copiați: în istoricul său sau pe dispozitivele cu care se sincronizează.
opened_destroyed = Secretul a fost acum distrus pe server. Copiați sau salvați ce vă trebuie înainte de a părăsi această pagină.
opened_views_left =
    { $n ->
        [one] Secretul mai poate fi deschis o dată; apoi va fi distrus pe server. Copiați sau salvați ce vă trebuie înainte de a părăsi această pagină.
        [few] Secretul mai poate fi deschis de { $n } ori; apoi va fi distrus pe server. Copiați sau salvați ce vă trebuie înainte de a părăsi această pagină.
       *[other] Secretul mai poate fi deschis de { $n } de ori; apoi va fi distrus pe server. Copiați sau salvați ce vă trebuie înainte de a părăsi această pagină.
    }
opened_burn_rest = L-am primit: distrugeți-l acum
opened_burn_question =
    { $n ->
        [one] Distrugeți secretul acum? Deschiderea rămasă se va pierde pentru toată lumea.
        [few] Distrugeți secretul acum? Cele { $n } deschideri rămase se vor pierde pentru toată lumea.
       *[other] Distrugeți secretul acum? Cele { $n } de deschideri rămase se vor pierde pentru toată lumea.
    }
opened_burn_confirm = Da, distrugeți-l
opened_files = Fișiere
download = Descărcați { $name } ({ $size })
opened_empty = (fără text)

## Receipt page (the creator's private page).

receipt_page_title = Starea secretului
receipt_intro = Această pagină privată vă arată ce s-a întâmplat cu secretul pe care l-ați partajat.
receipt_state_label = Stare
state_waiting = În așteptare: încă nu a fost deschis.
state_waiting_views =
    { $n ->
        [one] În așteptare: deja deschis, mai rămâne { $n } deschidere.
        [few] În așteptare: deja deschis, mai rămân { $n } deschideri.
       *[other] În așteptare: deja deschis, mai rămân { $n } de deschideri.
    }
state_opened = Deschis pe { $when }.
state_burned = Distrus: nimeni nu îl mai poate deschide.
state_expired = A expirat fără să fi fost deschis.
state_expired_views =
    { $n ->
        [one] A expirat după ce a fost deschis o dată.
        [few] A expirat după ce a fost deschis de { $n } ori.
       *[other] A expirat după ce a fost deschis de { $n } de ori.
    }
receipt_expires = Expiră pe { $when }.
receipt_expired_at = Expirare: { $when }.
receipt_views_total =
    { $n ->
        [one] Poate fi deschis o dată în total.
        [few] Poate fi deschis de { $n } ori în total.
       *[other] Poate fi deschis de { $n } de ori în total.
    }
receipt_opens_label = Deschis pe
receipt_gone = Această pagină de stare nu există sau a fost ștearsă.
receipt_bad_link = Acest link de stare este incomplet. Verificați dacă l-ați copiat în întregime, inclusiv partea de după #.
refresh = Reîmprospătați
burn_button = Distrugeți acum
burn_question = Distrugeți secretul acum? Nimeni nu îl va mai putea deschide.
burn_confirm = Da, distrugeți-l
cancel = Anulați
burned_done = Secretul a fost distrus.
receipt_watching = Cât timp această pagină este deschisă, verifică starea la câteva secunde și afișează orice schimbare.
receipt_notify = Notificați-mă când se schimbă starea
receipt_notify_on = Veți primi și o notificare de la browser, cât timp această pagină rămâne deschisă.
receipt_notify_blocked = Acest browser blochează notificările pentru această pagină. Pagina însăși va afișa totuși schimbarea.
receipt_changed = Starea s-a schimbat în timp ce urmăreați pagina.

## Privacy page.

privacy_title = Confidențialitate
privacy_encryption = Secretul este criptat în browserul dvs. Cheia se află în partea linkului de după #, pe care browserele nu o trimit niciodată vreunui server.
privacy_stored = Serverul stochează doar secretul criptat, un identificator derivat din link, un hash cu care se verifică linkul, momentul expirării, câte deschideri au mai rămas și starea afișată pe pagina de stare, cu momentul fiecărei deschideri. Nu vede niciodată textul, fișierele sau numele acestora, fraza de acces ori linkul.
privacy_deleted = Un secret este șters după ultima sa deschidere permisă, când este distrus sau când expiră, oricare dintre acestea survine mai întâi. Pagina lui de stare este ștearsă la ceva timp după aceea.
privacy_tracking = Fără urmărire, fără instrumente de analiză, fără cookie-uri și fără terți: tot ce îi trebuie acestei pagini vine de pe acest server.
privacy_logs = Serverul nu înregistrează în jurnale identificatorii secretelor, dovezile, linkurile de stare sau adresa dvs. IP.
privacy_language = Limba aleasă este păstrată doar în spațiul de stocare local al acestui browser.

## Not found.

not_found_title = Pagina nu a fost găsită
not_found_body = Nu există nimic la această adresă.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Cereți un secret
request_title = Cereți un secret
request_intro = Aveți nevoie de o parolă sau de un fișier de la cineva? Creați o cerere și trimiteți-i persoanei linkul acesteia. Browserul ei criptează răspunsul doar pentru dvs.: numai linkul dvs. privat îl poate citi, o singură dată.
request_note_label = De ce aveți nevoie (opțional)
# $max is a number of bytes.
request_note_hint = Persoana vede această notă când deschide linkul cererii; nota este criptată, ca tot restul. Lungimea maximă, în octeți: { $max }.
request_note_too_long = Nota este prea lungă. Lungimea maximă, în octeți: { $max }.
request_expiry_label = Cererea și răspunsul la ea expiră după
request_button = Creați cererea
requested_title = Cererea dvs. este gata
request_link_label = Linkul cererii: trimiteți-l persoanei care are secretul
request_link_help = Oricine vede acest link poate răspunde la cerere, o singură dată. Nimeni în afară de dvs. nu poate citi răspunsul.
request_private_title = Linkul dvs. privat
request_private_help = Păstrați acest link pentru dvs.; nu îl trimiteți nimănui. Arată dacă a sosit răspunsul și îl deschide, o singură dată.
request_private_label = Link privat (doar al dvs.)
request_expires = Cererea așteaptă un răspuns până la { $when }.
# The answerer's page.
answer_title = Cineva vă cere un secret
answer_note_label = Nota persoanei
answer_no_note = Persoana nu a lăsat nicio notă.
answer_text_label = Răspunsul dvs.
answer_hint = Este criptat în acest browser pentru persoana care l-a cerut: doar linkul său privat îl poate citi, o singură dată. Acest server nu îl poate citi.
answer_anyone = Oricine a văzut acest link poate răspunde, iar doar primul răspuns este păstrat. Răspundeți doar dacă linkul vine de la cineva pe care îl cunoașteți.
answer_expires = Puteți răspunde până la { $when }.
answer_button = Trimiteți răspunsul
answered_title = Răspuns trimis
answered_body = Doar persoana care l-a cerut îl poate citi, o singură dată, până la { $when }.
answer_unavailable_title = Nu se poate răspunde la această cerere
answer_unavailable = S-a răspuns deja la ea sau a expirat. Dacă persoana mai are nevoie de secret, rugați-o să creeze o cerere nouă.
# The asker's private page.
asker_title = Cererea dvs.
asker_note_label = Nota dvs.
asker_waiting = Încă niciun răspuns. Cât timp această pagină este deschisă, verifică starea la câteva secunde.
asker_answered = Răspunsul a sosit pe { $when }. Se deschide o singură dată: după aceea dispare de pe server.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Răspunsul a sosit în timp ce urmăreați pagina.
asker_open_button = Deschideți răspunsul
asker_gone = Această cerere nu există: răspunsul ei a fost deja deschis sau a expirat.
asker_expires = Cererea și răspunsul la ea expiră pe { $when }.
