# Cinder: Czech.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Jednorázová tajemství, šifrovaná ve vašem prohlížeči
nav_create = Nové tajemství
nav_privacy = Soukromí
language_label = Jazyk
footer_note = Šifrováno ve vašem prohlížeči. Server nikdy neuvidí vaše tajemství ani odkaz.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Provozovatel:
instance_note = Sdělení provozovatele této služby:

## Create page.

create_title = Sdílet tajemství
create_intro = Vaše tajemství se zašifruje v tomto prohlížeči dřív, než se cokoli odešle. Odkaz lze otevřít jen jednou; pak bude tajemství zničeno.
text_label = Tajemství
text_hint = Uvidí ho jen ten, kdo otevře odkaz.
files_label = Soubory (nepovinné)
files_hint = Celkem nejvýše { $max }.
files_drop = Přetáhněte soubory sem, nebo je vyberte:
file_remove = Odebrat { $name }
files_total = { $size } z { $max }
passphrase_label = Heslo (nepovinné)
passphrase_hint = Příjemce ho bude potřebovat také. Pošlete ho jinou cestou než odkaz.
passphrase_show = Zobrazit heslo
passphrase_hide = Skrýt heslo
generator_title = Generátor hesel
generator_length = Délka
generator_lower = Malá písmena
generator_upper = Velká písmena
generator_digits = Číslice
generator_symbols = Speciální znaky
generator_generate = Vygenerovat
generator_result = Vygenerované heslo
generator_insert = Vložit do tajemství
generator_use_as_passphrase = Použít jako heslo
generator_need_class = Vyberte alespoň jeden druh znaků.
expiry_label = Doba platnosti
views_label = Počet otevření
views_hint = Nejvýše { $max }krát. Tajemství bude zničeno po posledním otevření nebo po vypršení platnosti – podle toho, co nastane dřív.
create_button = Vytvořit odkaz
creating = Šifrování a odesílání…
reading_files = Načítání souborů…
deriving_key = Odvozování klíče z hesla…
err_empty = Nejprve napište tajemství nebo přidejte soubor.
err_too_large = To je příliš velké: celkem nejvýše { $max }.
err_file_unreadable = Soubor se nepodařilo přečíst.
err_unreachable = Server je nedostupný. Zkontrolujte připojení a zkuste to znovu.
err_rate_limited = Příliš mnoho požadavků v krátké době. Počkejte minutu a zkuste to znovu.
err_full = Server je momentálně zaplněný. Zkuste to později.
err_unexpected = V tomto prohlížeči se něco pokazilo. Načtěte stránku znovu a zkuste to ještě jednou.
err_server = Server to nemohl provést ({ $code }). Zkuste to později.
create_off = Tato instance pouze otevírá odkazy: nová tajemství nevytváří. Chcete-li nějaké sdílet, použijte instanci, kterou vám k tomu poskytuje vaše organizace.
create_sign_in = Tajemství zde mohou vytvářet jen lidé z této organizace. Nejprve se přihlaste přes svou organizaci. Kdokoli s odkazem ho však může otevřít i nadále.
create_sign_in_link = Přihlásit se
create_not_allowed = Jste přihlášeni, ale váš účet zde nemá oprávnění vytvářet tajemství. Obraťte se na správce.

## The link, shown after creating.

link_title = Odkaz je připraven
link_label = Odkaz ke sdílení (jednorázový)
link_help = Pošlete tento odkaz příjemci. Otevřít ho lze jen jednou.
link_expires = Pokud tajemství nikdo neotevře, jeho platnost vyprší { $when }.
link_passphrase_reminder = Nezapomeňte poslat heslo zvlášť.
link_label_views = Odkaz ke sdílení
link_help_views =
    { $n ->
        [one] Pošlete tento odkaz příjemci. Otevřít ho lze { $n }krát.
        [few] Pošlete tento odkaz příjemcům. Otevřít ho lze { $n }krát.
        [many] Pošlete tento odkaz příjemcům. Otevřít ho lze { $n }krát.
       *[other] Pošlete tento odkaz příjemcům. Otevřít ho lze { $n }krát.
    }
link_expires_views = Pokud nebudou využita všechna otevření, platnost tajemství vyprší { $when }.
copy = Kopírovat
copied = Zkopírováno do schránky.
copy_failed = Kopírování se nezdařilo: označte text a zkopírujte ho ručně.
qr_label = QR kód odkazu ke sdílení
share_email = Poslat e-mailem
email_subject = Tajemství pro vás
email_body = Otevřete tento odkaz a přečtěte si tajemství, které s vámi sdílím. Funguje jen jednou:
email_body_views =
    { $n ->
        [one] Otevřete tento odkaz a přečtěte si tajemství, které s vámi sdílím. Funguje { $n }krát:
        [few] Otevřete tento odkaz a přečtěte si tajemství, které s vámi sdílím. Funguje { $n }krát:
        [many] Otevřete tento odkaz a přečtěte si tajemství, které s vámi sdílím. Funguje { $n }krát:
       *[other] Otevřete tento odkaz a přečtěte si tajemství, které s vámi sdílím. Funguje { $n }krát:
    }
receipt_title = Jen pro vás: potvrzení
receipt_help = Tento odkaz si nechte pro sebe; neposílejte ho příjemci. Ukazuje, zda bylo tajemství otevřeno, a umožňuje ho zničit.
receipt_label = Odkaz na potvrzení (soukromý)
create_another = Vytvořit další tajemství

## Open page (the recipient).

open_title = Tajemství pro vás
checking = Kontrola odkazu…
open_waiting = Někdo s vámi sdílí tajemství. Otevřít ho lze jen jednou: poté bude zničeno.
open_waiting_views =
    { $n ->
        [one] Někdo s vámi sdílí tajemství. Otevřít ho lze ještě { $n }krát: poté bude zničeno.
        [few] Někdo s vámi sdílí tajemství. Otevřít ho lze ještě { $n }krát: po posledním otevření bude zničeno.
        [many] Někdo s vámi sdílí tajemství. Otevřít ho lze ještě { $n }krát: po posledním otevření bude zničeno.
       *[other] Někdo s vámi sdílí tajemství. Otevřít ho lze ještě { $n }krát: po posledním otevření bude zničeno.
    }
open_expires = K dispozici do { $when }.
open_needs_passphrase = Je chráněno heslem, které vám měl odesílatel předat zvlášť.
open_passphrase_label = Heslo
open_button = Otevřít tajemství
opening = Otevírání…
open_wrong_passphrase =
    { $n ->
        [one] Nesprávné heslo. Zbývá { $n } pokus, než bude tajemství zničeno.
        [few] Nesprávné heslo. Zbývají { $n } pokusy, než bude tajemství zničeno.
        [many] Nesprávné heslo. Zbývá { $n } pokusu, než bude tajemství zničeno.
       *[other] Nesprávné heslo. Zbývá { $n } pokusů, než bude tajemství zničeno.
    }
open_unavailable_title = Toto tajemství není k dispozici
open_unavailable = Už bylo otevřeno, zničeno, nebo vypršela jeho platnost: tajemství lze otevřít jen jednou. Pokud ho potřebujete, požádejte odesílatele o nové.
open_bad_link = Tento odkaz je neúplný. Zkontrolujte, zda je zkopírovaný celý, včetně části za znakem #.
open_failed_decrypt = Tajemství se nepodařilo dešifrovat. Odkaz může být poškozený.
open_interrupted = Otevírání bylo přerušeno a tajemství se tím mohlo spotřebovat, přestože se nezobrazilo.
opened_title = Vaše tajemství
opened_text_label = Text tajemství
opened_clipboard = Schránka si může zkopírovaný obsah ponechat: ve své historii nebo na zařízeních, se kterými se synchronizuje.
opened_destroyed = Tajemství je teď na serveru zničeno. Než tuto stránku opustíte, zkopírujte nebo uložte, co potřebujete.
opened_views_left =
    { $n ->
        [one] Tajemství lze otevřít ještě { $n }krát; poté bude na serveru zničeno. Než tuto stránku opustíte, zkopírujte nebo uložte, co potřebujete.
        [few] Tajemství lze otevřít ještě { $n }krát; poté bude na serveru zničeno. Než tuto stránku opustíte, zkopírujte nebo uložte, co potřebujete.
        [many] Tajemství lze otevřít ještě { $n }krát; poté bude na serveru zničeno. Než tuto stránku opustíte, zkopírujte nebo uložte, co potřebujete.
       *[other] Tajemství lze otevřít ještě { $n }krát; poté bude na serveru zničeno. Než tuto stránku opustíte, zkopírujte nebo uložte, co potřebujete.
    }
opened_burn_rest = Mám ho: zničit hned
opened_burn_question =
    { $n ->
        [one] Zničit tajemství hned? Zbývající otevření propadne pro všechny.
        [few] Zničit tajemství hned? Zbývající { $n } otevření propadnou pro všechny.
        [many] Zničit tajemství hned? Zbývajících { $n } otevření propadne pro všechny.
       *[other] Zničit tajemství hned? Zbývajících { $n } otevření propadne pro všechny.
    }
opened_burn_confirm = Ano, zničit
opened_files = Soubory
download = Stáhnout { $name } ({ $size })
opened_empty = (bez textu)

## Receipt page (the creator's private page).

receipt_page_title = Potvrzení
receipt_intro = Na této soukromé stránce uvidíte, co se stalo s vaším sdíleným tajemstvím.
receipt_state_label = Stav
state_waiting = Čeká: zatím neotevřeno.
state_waiting_views =
    { $n ->
        [one] Čeká: již otevřeno, zbývá { $n } otevření.
        [few] Čeká: již otevřeno, zbývají { $n } otevření.
        [many] Čeká: již otevřeno, zbývá { $n } otevření.
       *[other] Čeká: již otevřeno, zbývá { $n } otevření.
    }
state_opened = Otevřeno { $when }.
state_burned = Zničeno: už ho nikdo nemůže otevřít.
state_expired = Platnost vypršela, aniž by ho někdo otevřel.
state_expired_views =
    { $n ->
        [one] Platnost vypršela poté, co bylo tajemství { $n }krát otevřeno.
        [few] Platnost vypršela poté, co bylo tajemství { $n }krát otevřeno.
        [many] Platnost vypršela poté, co bylo tajemství { $n }krát otevřeno.
       *[other] Platnost vypršela poté, co bylo tajemství { $n }krát otevřeno.
    }
receipt_expires = Platnost vyprší { $when }.
receipt_expired_at = Konec platnosti: { $when }.
receipt_views_total =
    { $n ->
        [one] Lze otevřít celkem { $n }krát.
        [few] Lze otevřít celkem { $n }krát.
        [many] Lze otevřít celkem { $n }krát.
       *[other] Lze otevřít celkem { $n }krát.
    }
receipt_opens_label = Otevřeno
receipt_gone = Toto potvrzení je neznámé nebo bylo smazáno.
receipt_bad_link = Tento odkaz na potvrzení je neúplný. Zkontrolujte, zda je zkopírovaný celý, včetně části za znakem #.
refresh = Obnovit
burn_button = Zničit hned
burn_question = Zničit tajemství hned? Nikdo ho pak nebude moci otevřít.
burn_confirm = Ano, zničit
cancel = Zrušit
burned_done = Tajemství bylo zničeno.
receipt_watching = Dokud je tato stránka otevřená, každých několik sekund kontroluje stav a zobrazí každou změnu.
receipt_notify = Upozornit mě na změnu
receipt_notify_on = Dokud zůstane tato stránka otevřená, dostanete také oznámení prohlížeče.
receipt_notify_blocked = Tento prohlížeč pro tuto stránku blokuje oznámení. Samotná stránka změnu přesto zobrazí.
receipt_changed = Stav se změnil, zatímco jste stránku sledovali.

## Privacy page.

privacy_title = Soukromí
privacy_encryption = Vaše tajemství se šifruje ve vašem prohlížeči. Klíč je v části odkazu za znakem #, kterou prohlížeče nikdy neposílají na žádný server.
privacy_stored = Server ukládá pouze zašifrované tajemství, identifikátor odvozený z odkazu, hash pro ověření odkazu, čas vypršení platnosti, počet zbývajících otevření a stav potvrzení včetně času každého otevření. Nikdy nevidí váš text, vaše soubory ani jejich názvy, vaše heslo ani odkaz.
privacy_deleted = Tajemství se smaže po posledním povoleném otevření, když je zničeno, nebo když mu vyprší platnost – podle toho, co nastane dřív. Jeho potvrzení se smaže o něco později.
privacy_tracking = Žádné sledování, analytika, soubory cookie ani třetí strany: vše, co tato stránka potřebuje, pochází z tohoto serveru.
privacy_logs = Server nezaznamenává identifikátory tajemství, důkazy, potvrzení ani vaši IP adresu.
privacy_language = Zvolený jazyk se ukládá jen v místním úložišti tohoto prohlížeče.

## Not found.

not_found_title = Stránka nenalezena
not_found_body = Na této adrese nic není.

## Žádosti: žádost o tajemství od někoho jiného (/request), jeho stránka pro odpověď (/q), soukromá stránka žadatele (/a).
## Prohlížeč žadatele vytvoří pár klíčů: odkaz na žádost nese veřejnou polovinu, soukromý odkaz soukromou.

# Odkaz v zápatí na stránku žádosti, na každé stránce.
nav_request = Požádat o tajemství
request_title = Požádat o tajemství
request_intro = Potřebujete od někoho heslo nebo soubor? Vytvořte žádost a pošlete mu její odkaz. Jeho prohlížeč zašifruje odpověď jen pro vás: přečíst ji půjde jen vaším soukromým odkazem, a to jen jednou.
request_note_label = Co potřebujete (nepovinné)
# $max je počet bajtů.
request_note_hint = Tuto poznámku uvidí příjemce, až otevře odkaz na žádost; šifruje se stejně jako všechno ostatní. Maximální délka v bajtech: { $max }.
request_note_too_long = Poznámka je příliš dlouhá: maximální délka v bajtech je { $max }.
request_expiry_label = Doba platnosti žádosti a odpovědi
request_button = Vytvořit žádost
requested_title = Žádost je připravena
request_link_label = Odkaz na žádost: pošlete ho tomu, kdo má tajemství
request_link_help = Kdokoli, kdo tento odkaz uvidí, na něj může jednou odpovědět. Odpověď si nemůže přečíst nikdo kromě vás.
request_private_title = Váš soukromý odkaz
request_private_help = Tento odkaz si nechte pro sebe; nikomu ho neposílejte. Ukazuje, zda odpověď dorazila, a umožňuje ji jednou otevřít.
request_private_label = Soukromý odkaz (jen pro vás)
request_expires = Žádost čeká na odpověď do { $when }.
# Stránka toho, kdo odpovídá.
answer_title = Někdo vás žádá o tajemství
answer_note_label = Poznámka žadatele
answer_no_note = Žadatel nezanechal žádnou poznámku.
answer_text_label = Vaše odpověď
answer_hint = Zašifruje se v tomto prohlížeči pro žadatele: přečíst ji půjde jen jeho soukromým odkazem, a to jen jednou. Tento server to nedokáže.
answer_anyone = Kdokoli, kdo tento odkaz viděl, na něj může odpovědět, a uchová se jen první odpověď. Odpovídejte jen tehdy, pokud odkaz přišel od někoho, koho znáte.
answer_expires = Odpovědět můžete do { $when }.
answer_button = Odeslat odpověď
answered_title = Odpověď odeslána
answered_body = Přečíst ji může jen žadatel, a to jednou, do { $when }.
answer_unavailable_title = Na tuto žádost nelze odpovědět
answer_unavailable = Už na ni bylo odpovězeno, nebo vypršela její platnost. Pokud žadatel tajemství stále potřebuje, požádejte ho o novou žádost.
# Soukromá stránka žadatele.
asker_title = Vaše žádost
asker_note_label = Vaše poznámka
asker_waiting = Zatím žádná odpověď. Dokud je tato stránka otevřená, každých několik sekund kontroluje, zda dorazila.
asker_answered = Odpověď dorazila { $when }. Otevřít ji lze jednou: poté ze serveru zmizí.
# Oznámeno (a zobrazeno), když kontrola zjistila, že odpověď dorazila po načtení stránky.
asker_changed = Odpověď dorazila, zatímco jste stránku sledovali.
asker_open_button = Otevřít odpověď
asker_gone = Tato žádost je neznámá: její odpověď už byla otevřena, nebo vypršela její platnost.
asker_expires = Platnost žádosti a její odpovědi vyprší { $when }.
