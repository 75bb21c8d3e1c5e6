# Cinder: Maltese.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Sigrieti li jinfetħu darba, kriptati fil-browser tiegħek
nav_create = Sigriet ġdid
nav_privacy = Privatezza
language_label = Lingwa
footer_note = Kriptat fil-browser tiegħek. Is-server qatt ma jara s-sigriet tiegħek jew il-link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Operatur tas-servizz:
instance_note = Nota mill-operatur ta' dan is-servizz:

## Create page.

create_title = Aqsam sigriet
create_intro = Is-sigriet tiegħek jiġi kriptat f'dan il-browser qabel ma jintbagħat xejn. Il-link jiftħu darba biss; imbagħad jinqered.
text_label = Sigriet
text_hint = Jarah biss min jiftaħ il-link.
files_label = Fajls (fakultattivi)
files_hint = Sa { $max } b'kollox.
files_drop = Itfa' l-fajls hawn, jew agħżilhom:
file_remove = Neħħi { $name }
files_total = { $size } minn { $max }
passphrase_label = Frażi tal-password (fakultattiva)
passphrase_hint = Id-destinatarju jkollu bżonnha wkoll. Ibgħatha b'mod ieħor, mhux mal-link.
passphrase_show = Uri l-frażi tal-password
passphrase_hide = Aħbi l-frażi tal-password
generator_title = Ġeneratur tal-passwords
generator_length = Tul
generator_lower = Ittri żgħar
generator_upper = Ittri kbar
generator_digits = Ċifri
generator_symbols = Simboli
generator_generate = Iġġenera
generator_result = Password iġġenerata
generator_insert = Żidha mas-sigriet
generator_use_as_passphrase = Użaha bħala frażi tal-password
generator_need_class = Agħżel mill-inqas tip wieħed ta' karattru.
expiry_label = Jiskadi wara
views_label = Kemm-il darba jista' jinfetaħ
views_hint = Massimu: { $max }. Is-sigriet jinqered wara l-aħħar darba li jinfetaħ jew meta jiskadi, skont liema jiġri l-ewwel.
create_button = Oħloq link
creating = Qed jiġi kriptat u mibgħut…
reading_files = Qed jinqraw il-fajls…
deriving_key = Qed tiġi derivata ċ-ċavetta mill-frażi tal-password…
err_empty = L-ewwel ikteb sigriet jew żid fajl.
err_too_large = Dan kbir wisq: massimu ta' { $max } b'kollox.
err_file_unreadable = Wieħed mill-fajls ma setax jinqara.
err_unreachable = Ma jistax isir kuntatt mas-server. Iċċekkja l-konnessjoni tiegħek u erġa' pprova.
err_rate_limited = Wisq talbiet fi żmien qasir. Stenna minuta u erġa' pprova.
err_full = Is-server huwa mimli bħalissa. Erġa' pprova aktar tard.
err_unexpected = Inqala' xi żball f'dan il-browser. Aġġorna l-paġna u erġa' pprova.
err_server = Is-server ma setax jagħmel dan ({ $code }). Erġa' pprova aktar tard.
create_off = Dan is-server jiftaħ links biss: ma joħloqx sigrieti ġodda. Biex taqsam sigriet, uża s-server li tagħtik l-organizzazzjoni tiegħek għal dan.
create_sign_in = Hawn jistgħu joħolqu sigrieti biss membri ta' din l-organizzazzjoni. L-ewwel idħol permezz tal-organizzazzjoni tiegħek. Kulmin għandu link xorta jista' jiftħu.
create_sign_in_link = Idħol
create_not_allowed = Dħalt, iżda l-kont tiegħek ma jistax joħloq sigrieti hawn. Staqsi lill-amministratur tiegħek.

## The link, shown after creating.

link_title = Il-link tiegħek lest
link_label = Link biex taqsam (jinfetaħ darba)
link_help = Ibgħat dan il-link lid-destinatarju. Jista' jinfetaħ darba biss.
link_expires = Jekk ma jinfetaħx, is-sigriet jibqa' validu sa { $when }.
link_passphrase_reminder = Tinsiex tibgħat il-frażi tal-password separatament.
link_label_views = Link biex taqsam
link_help_views =
    { $n ->
        [one] Ibgħat dan il-link lid-destinatarju. Jista' jinfetaħ { $n } darba.
        [two] Ibgħat dan il-link lid-destinatarji. Jista' jinfetaħ { $n } darbiet.
        [few] Ibgħat dan il-link lid-destinatarji. Jista' jinfetaħ { $n } darbiet.
        [many] Ibgħat dan il-link lid-destinatarji. Jista' jinfetaħ { $n }-il darba.
       *[other] Ibgħat dan il-link lid-destinatarji. Jista' jinfetaħ { $n } darba.
    }
link_expires_views = Jekk ma jintużawx id-darbiet kollha, is-sigriet jibqa' validu sa { $when }.
copy = Ikkopja
copied = Ikkupjat fil-clipboard.
copy_failed = L-ikkupjar ma rnexxiex: agħżel it-test u kkopjah int.
qr_label = Kodiċi QR tal-link
share_email = Aqsam bl-email
email_subject = Sigriet għalik
email_body = Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem darba biss:
email_body_views =
    { $n ->
        [one] Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem { $n } darba:
        [two] Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem { $n } darbiet:
        [few] Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem { $n } darbiet:
        [many] Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem { $n }-il darba:
       *[other] Iftaħ dan il-link biex taqra s-sigriet li qsamt miegħek. Jaħdem { $n } darba:
    }
receipt_title = Għalik biss: il-link tal-istatus
receipt_help = Żomm dan il-link għalik; tibgħatux lid-destinatarju. Juri jekk is-sigriet infetaħx u jħallik teqirdu.
receipt_label = Link tal-istatus (privat)
create_another = Oħloq sigriet ieħor

## Open page (the recipient).

open_title = Sigriet għalik
checking = Qed jiġi ċċekkjat il-link…
open_waiting = Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ darba biss: wara jinqered.
open_waiting_views =
    { $n ->
        [one] Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ { $n } darba oħra: wara jinqered.
        [two] Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ { $n } darbiet oħra: wara l-aħħar darba jinqered.
        [few] Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ { $n } darbiet oħra: wara l-aħħar darba jinqered.
        [many] Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ { $n }-il darba oħra: wara l-aħħar darba jinqered.
       *[other] Xi ħadd qasam sigriet miegħek. Jista' jinfetaħ { $n } darba oħra: wara l-aħħar darba jinqered.
    }
open_expires = Disponibbli sa { $when }.
open_needs_passphrase = Huwa protett bi frażi tal-password, li l-mittent kellu jagħtik separatament.
open_passphrase_label = Frażi tal-password
open_button = Iftaħ is-sigriet
opening = Qed jinfetaħ…
open_wrong_passphrase =
    { $n ->
        [one] Frażi tal-password ħażina. Fadallek { $n } tentattiv qabel ma jinqered is-sigriet.
        [two] Frażi tal-password ħażina. Fadallek { $n } tentattivi qabel ma jinqered is-sigriet.
        [few] Frażi tal-password ħażina. Fadallek { $n } tentattivi qabel ma jinqered is-sigriet.
        [many] Frażi tal-password ħażina. Fadallek { $n } tentattiv qabel ma jinqered is-sigriet.
       *[other] Frażi tal-password ħażina. Fadallek { $n } tentattiv qabel ma jinqered is-sigriet.
    }
open_unavailable_title = Dan is-sigriet mhux disponibbli
open_unavailable = Diġà nfetaħ, inqered jew skada: sigriet jista' jinfetaħ darba biss. Jekk għandek bżonnu, itlob wieħed ġdid lill-mittent.
open_bad_link = Dan il-link mhux komplut. Iċċekkja li kkopjajtu kollu, inkluża l-parti wara #.
open_failed_decrypt = Is-sigriet ma setax jiġi dekriptat. Jista' jkun li l-link għandu xi ħsara.
open_interrupted = Il-ftuħ ġie interrott u s-sigriet seta' ntuża, għalkemm ma ntweriex.
opened_title = Is-sigriet tiegħek
opened_text_label = Test tas-sigriet
opened_clipboard = Il-clipboard jista' jżomm dak li tikkopja: fl-istorja tiegħu, jew fuq apparati li jissinkronizza magħhom.
opened_destroyed = Is-sigriet issa nqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
opened_views_left =
    { $n ->
        [one] Is-sigriet għadu jista' jinfetaħ { $n } darba oħra; imbagħad jinqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
        [two] Is-sigriet għadu jista' jinfetaħ { $n } darbiet oħra; imbagħad jinqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
        [few] Is-sigriet għadu jista' jinfetaħ { $n } darbiet oħra; imbagħad jinqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
        [many] Is-sigriet għadu jista' jinfetaħ { $n }-il darba oħra; imbagħad jinqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
       *[other] Is-sigriet għadu jista' jinfetaħ { $n } darba oħra; imbagħad jinqered fuq is-server. Ikkopja jew issejvja dak li għandek bżonn qabel ma titlaq minn din il-paġna.
    }
opened_burn_rest = Għandi: eqirdu issa
opened_burn_question =
    { $n ->
        [one] Trid teqred is-sigriet issa? Id-darba li fadal tintilef għal kulħadd.
        [two] Trid teqred is-sigriet issa? Fadal { $n } darbiet biex jinfetaħ, u jintilfu għal kulħadd.
        [few] Trid teqred is-sigriet issa? Fadal { $n } darbiet biex jinfetaħ, u jintilfu għal kulħadd.
        [many] Trid teqred is-sigriet issa? Fadal { $n }-il darba biex jinfetaħ, u jintilfu għal kulħadd.
       *[other] Trid teqred is-sigriet issa? Fadal { $n } darba biex jinfetaħ, u jintilfu għal kulħadd.
    }
opened_burn_confirm = Iva, eqirdu
opened_files = Fajls
download = Niżżel { $name } ({ $size })
opened_empty = (l-ebda test)

## Receipt page (the creator's private page).

receipt_page_title = L-istatus tas-sigriet
receipt_intro = Din il-paġna privata turik x'ġara mis-sigriet li qsamt.
receipt_state_label = Status
state_waiting = Qed jistenna: għadu ma nfetaħx.
state_waiting_views =
    { $n ->
        [one] Qed jistenna: infetaħ qabel, fadal { $n } darba.
        [two] Qed jistenna: infetaħ qabel, fadal { $n } darbiet.
        [few] Qed jistenna: infetaħ qabel, fadal { $n } darbiet.
        [many] Qed jistenna: infetaħ qabel, fadal { $n }-il darba.
       *[other] Qed jistenna: infetaħ qabel, fadal { $n } darba.
    }
state_opened = Infetaħ: { $when }.
state_burned = Inqered: ħadd ma jista' jiftħu aktar.
state_expired = Skada mingħajr ma nfetaħ.
state_expired_views =
    { $n ->
        [one] Skada wara li nfetaħ { $n } darba.
        [two] Skada wara li nfetaħ { $n } darbiet.
        [few] Skada wara li nfetaħ { $n } darbiet.
        [many] Skada wara li nfetaħ { $n }-il darba.
       *[other] Skada wara li nfetaħ { $n } darba.
    }
receipt_expires = Validu sa { $when }.
receipt_expired_at = Skadenza: { $when }.
receipt_views_total =
    { $n ->
        [one] Jista' jinfetaħ { $n } darba b'kollox.
        [two] Jista' jinfetaħ { $n } darbiet b'kollox.
        [few] Jista' jinfetaħ { $n } darbiet b'kollox.
        [many] Jista' jinfetaħ { $n }-il darba b'kollox.
       *[other] Jista' jinfetaħ { $n } darba b'kollox.
    }
receipt_opens_label = Infetaħ
receipt_gone = Din il-paġna tal-istatus mhix magħrufa jew tħassret.
receipt_bad_link = Dan il-link tal-istatus mhux komplut. Iċċekkja li kkopjajtu kollu, inkluża l-parti wara #.
refresh = Aġġorna
burn_button = Eqred issa
burn_question = Trid teqred is-sigriet issa? Ħadd ma jkun jista' jiftħu.
burn_confirm = Iva, eqirdu
cancel = Ikkanċella
burned_done = Is-sigriet inqered.
receipt_watching = Sakemm din il-paġna tkun miftuħa, tiċċekkja kull ftit sekondi u turi kull bidla.
receipt_notify = Avżani meta jinbidel l-istatus
receipt_notify_on = Se tirċievi wkoll notifika mill-browser, sakemm din il-paġna tibqa' miftuħa.
receipt_notify_blocked = Dan il-browser jimblokka n-notifiki għal din il-paġna. Il-paġna nfisha xorta turi l-bidla.
receipt_changed = L-istatus inbidel waqt li kont qed tara.

## Privacy page.

privacy_title = Privatezza
privacy_encryption = Is-sigriet tiegħek jiġi kriptat fil-browser tiegħek. Iċ-ċavetta tinsab fil-parti tal-link wara #, li l-browsers qatt ma jibagħtu lil xi server.
privacy_stored = Is-server jaħżen biss is-sigriet kriptat, identifikatur derivat mill-link, hash biex jiċċekkja l-link, il-ħin tal-iskadenza, kemm-il darba għadu jista' jinfetaħ u l-istatus tas-sigriet bil-ħin ta' kull darba li nfetaħ. Qatt ma jara t-test tiegħek, il-fajls tiegħek jew isimhom, il-frażi tal-password tiegħek jew il-link.
privacy_deleted = Sigriet jitħassar wara l-aħħar darba permessa li jinfetaħ, meta jinqered jew meta jiskadi, skont liema jiġri l-ewwel. Il-paġna tal-istatus tiegħu titħassar xi żmien wara.
privacy_tracking = L-ebda traċċar, l-ebda analitika, l-ebda cookies u l-ebda partijiet terzi: kull ma teħtieġ din il-paġna jiġi minn dan is-server.
privacy_logs = Is-server ma jżommx logs tal-identifikaturi tas-sigrieti, tal-provi, tal-paġni tal-istatus jew tal-indirizz IP tiegħek.
privacy_language = L-għażla tal-lingwa tiegħek tinżamm biss fil-ħażna lokali ta' dan il-browser.

## Not found.

not_found_title = Il-paġna ma nstabitx
not_found_body = M'hemm xejn f'dan l-indirizz.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Itlob sigriet
request_title = Itlob sigriet
request_intro = Għandek bżonn password jew fajl mingħand xi ħadd? Oħloq talba u ibgħatlu l-link tagħha. Il-browser tiegħu jikkripta t-tweġiba għalik biss: il-link privat tiegħek biss jista' jaqraha, darba.
request_note_label = X'għandek bżonn (fakultattiv)
# $max is a number of bytes.
request_note_hint = Jara din in-nota meta jiftaħ il-link tat-talba; hija kriptata bħal kull ħaġa oħra. Massimu: { $max } bytes.
request_note_too_long = In-nota hija twila wisq: massimu ta' { $max } bytes.
request_expiry_label = It-talba u t-tweġiba tagħha jiskadu wara
request_button = Oħloq it-talba
requested_title = It-talba tiegħek lesta
request_link_label = Link tat-talba: ibgħatu lil min għandu s-sigriet
request_link_help = Kulmin jara dan il-link jista' jwieġeb it-talba, darba. Ħadd ħliefek ma jista' jaqra t-tweġiba.
request_private_title = Il-link privat tiegħek
request_private_help = Żomm dan il-link għalik; tibgħatux lil ħadd. Juri jekk waslitx it-tweġiba, u jiftaħha, darba.
request_private_label = Link privat (għalik biss)
request_expires = It-talba tistenna tweġiba sa { $when }.
# The answerer's page.
answer_title = Xi ħadd qed jitolbok sigriet
answer_note_label = In-nota ta' min talab
answer_no_note = Ma tħalliet l-ebda nota.
answer_text_label = It-tweġiba tiegħek
answer_hint = Tiġi kriptata f'dan il-browser għal min talab: il-link privat tiegħu biss jista' jaqraha, darba. Dan is-server ma jistax.
answer_anyone = Kulmin ra dan il-link jista' jwieġeb, u tinżamm biss l-ewwel tweġiba. Wieġeb biss jekk il-link wasallek mingħand xi ħadd li taf.
answer_expires = Tista' twieġeb sa { $when }.
answer_button = Ibgħat it-tweġiba
answered_title = It-tweġiba ntbagħtet
answered_body = Min talab biss jista' jaqraha, darba, sa { $when }.
answer_unavailable_title = Din it-talba ma tistax titwieġeb
answer_unavailable = Diġà ġiet imwieġba, jew skadiet. Jekk il-persuna għad għandha bżonnu, itlobha tagħmel talba ġdida.
# The asker's private page.
asker_title = It-talba tiegħek
asker_note_label = In-nota tiegħek
asker_waiting = Għad m'hemmx tweġiba. Sakemm din il-paġna tkun miftuħa, tiċċekkja kull ftit sekondi.
asker_answered = It-tweġiba waslet: { $when }. Tinfetaħ darba biss: wara dan ma tibqax fuq is-server.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = It-tweġiba waslet waqt li kont qed tara.
asker_open_button = Iftaħ it-tweġiba
asker_gone = Din it-talba mhix magħrufa: it-tweġiba tagħha diġà nfetħet, jew skadiet.
asker_expires = It-talba u t-tweġiba tagħha jibqgħu validi sa { $when }.
