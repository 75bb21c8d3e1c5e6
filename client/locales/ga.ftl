# Cinder: Irish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Rúin aonuaire, criptithe i do bhrabhsálaí
nav_create = Rún nua
nav_privacy = Príobháideachas
language_label = Teanga
footer_note = Criptithe i do bhrabhsálaí. Ní fheiceann an freastalaí do rún ná an nasc riamh.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Oibreoir na seirbhíse:
instance_note = Nóta ó oibreoir na seirbhíse seo:

## Create page.

create_title = Comhroinn rún
create_intro = Criptítear do rún sa bhrabhsálaí seo sula seoltar aon rud. Osclaíonn an nasc é uair amháin, agus ansin scriostar é.
text_label = Rún
text_hint = Ní fheicfidh aon duine é ach an té a osclóidh an nasc.
files_label = Comhaid (roghnach)
files_hint = Suas le { $max } san iomlán.
files_drop = Scaoil comhaid anseo, nó roghnaigh iad:
file_remove = Bain { $name }
files_total = { $size } as { $max }
passphrase_label = Frása faire (roghnach)
passphrase_hint = Beidh sé ag teastáil ón bhfaighteoir freisin. Seol é ar bhealach eile seachas an nasc.
passphrase_show = Taispeáin an frása faire
passphrase_hide = Folaigh an frása faire
generator_title = Gineadóir focal faire
generator_length = Fad
generator_lower = Litreacha beaga
generator_upper = Ceannlitreacha
generator_digits = Digití
generator_symbols = Siombailí
generator_generate = Gin
generator_result = Focal faire ginte
generator_insert = Cuir leis an rún
generator_use_as_passphrase = Úsáid mar fhrása faire
generator_need_class = Roghnaigh cineál carachtair amháin ar a laghad.
expiry_label = Bailí ar feadh
views_label = Líon na n-oscailtí
views_hint = { $max } ar a mhéad. Scriostar an rún tar éis na hoscailte deiridh nó nuair a théann sé in éag, cibé acu is túisce.
create_button = Cruthaigh nasc
creating = Á chriptiú agus á sheoladh…
reading_files = Comhaid á léamh…
deriving_key = An eochair á díorthú ón bhfrása faire…
err_empty = Scríobh rún nó cuir comhad leis ar dtús.
err_too_large = Tá sé sin rómhór: { $max } ar a mhéad san iomlán.
err_file_unreadable = Níorbh fhéidir comhad a léamh.
err_unreachable = Ní féidir teacht ar an bhfreastalaí. Seiceáil do cheangal agus bain triail eile as.
err_rate_limited = An iomarca iarratas i mbeagán ama. Fan nóiméad agus bain triail eile as.
err_full = Tá an freastalaí lán faoi láthair. Bain triail eile as ar ball.
err_unexpected = Tharla earráid sa bhrabhsálaí seo. Athlódáil an leathanach agus bain triail eile as.
err_server = Níorbh fhéidir leis an bhfreastalaí é sin a dhéanamh ({ $code }). Bain triail eile as ar ball.
create_off = Ní osclaíonn an freastalaí seo ach naisc: ní chruthaíonn sé rúin nua. Chun rún a chomhroinnt, úsáid an freastalaí a thugann d'eagraíocht duit chuige sin.
create_sign_in = Níl cead rúin a chruthú anseo ach ag baill na heagraíochta seo. Sínigh isteach trí d'eagraíocht ar dtús. Is féidir le duine ar bith a bhfuil nasc aige é a oscailt fós.
create_sign_in_link = Sínigh isteach
create_not_allowed = Tá tú sínithe isteach, ach níl cead ag do chuntas rúin a chruthú anseo. Labhair le do riarthóir.

## The link, shown after creating.

link_title = Tá do nasc réidh
link_label = Nasc comhroinnte (oscailt amháin)
link_help = Seol an nasc seo chuig an bhfaighteoir. Ní féidir é a oscailt ach uair amháin.
link_expires = Mura n-osclaítear é, rachaidh an rún in éag ar { $when }.
link_passphrase_reminder = Ná déan dearmad an frása faire a sheoladh ar leith.
link_label_views = Nasc comhroinnte
link_help_views =
    { $n ->
        [one] Seol an nasc seo chuig an bhfaighteoir. Is féidir é a oscailt uair amháin.
        [two] Seol an nasc seo chuig na faighteoirí. Líon na n-oscailtí a cheadaítear: { $n }.
        [few] Seol an nasc seo chuig na faighteoirí. Líon na n-oscailtí a cheadaítear: { $n }.
        [many] Seol an nasc seo chuig na faighteoirí. Líon na n-oscailtí a cheadaítear: { $n }.
       *[other] Seol an nasc seo chuig na faighteoirí. Líon na n-oscailtí a cheadaítear: { $n }.
    }
link_expires_views = Mura n-úsáidtear na hoscailtí go léir, rachaidh an rún in éag ar { $when }.
copy = Cóipeáil
copied = Cóipeáilte chuig an ngearrthaisce.
copy_failed = Theip ar an gcóipeáil: roghnaigh an téacs agus cóipeáil tú féin é.
qr_label = Cód QR an naisc comhroinnte
share_email = Comhroinn trí ríomhphost
email_subject = Rún duitse
email_body = Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Ní oibríonn sé ach uair amháin:
email_body_views =
    { $n ->
        [one] Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Oibríonn sé uair amháin:
        [two] Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Oscailtí ceadaithe: { $n }:
        [few] Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Oscailtí ceadaithe: { $n }:
        [many] Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Oscailtí ceadaithe: { $n }:
       *[other] Oscail an nasc seo chun an rún a chomhroinn mé leat a léamh. Oscailtí ceadaithe: { $n }:
    }
receipt_title = Duitse amháin: an nasc stádais
receipt_help = Coinnigh an nasc seo agat féin; ná seol chuig an bhfaighteoir é. Taispeánann sé ar osclaíodh an rún, agus ligeann sé duit é a scriosadh.
receipt_label = Nasc stádais (príobháideach)
create_another = Cruthaigh rún eile

## Open page (the recipient).

open_title = Rún duitse
checking = An nasc á sheiceáil…
open_waiting = Chomhroinn duine éigin rún leat. Ní féidir é a oscailt ach uair amháin: scriosfar é ina dhiaidh sin.
open_waiting_views =
    { $n ->
        [one] Chomhroinn duine éigin rún leat. Is féidir é a oscailt uair amháin eile: scriosfar é ina dhiaidh sin.
        [two] Chomhroinn duine éigin rún leat. Oscailtí fágtha: { $n }. Scriosfar é tar éis na hoscailte deiridh.
        [few] Chomhroinn duine éigin rún leat. Oscailtí fágtha: { $n }. Scriosfar é tar éis na hoscailte deiridh.
        [many] Chomhroinn duine éigin rún leat. Oscailtí fágtha: { $n }. Scriosfar é tar éis na hoscailte deiridh.
       *[other] Chomhroinn duine éigin rún leat. Oscailtí fágtha: { $n }. Scriosfar é tar éis na hoscailte deiridh.
    }
open_expires = Ar fáil go dtí { $when }.
open_needs_passphrase = Tá sé cosanta le frása faire, ar cheart don seoltóir é a thabhairt duit ar leith.
open_passphrase_label = Frása faire
open_button = Oscail an rún
opening = Á oscailt…
open_wrong_passphrase =
    { $n ->
        [one] Frása faire mícheart. Níl ach { $n } iarracht fágtha agat sula scriosfar an rún.
        [two] Frása faire mícheart. Tá { $n } iarracht fágtha agat sula scriosfar an rún.
        [few] Frása faire mícheart. Tá { $n } iarracht fágtha agat sula scriosfar an rún.
        [many] Frása faire mícheart. Tá { $n } iarracht fágtha agat sula scriosfar an rún.
       *[other] Frása faire mícheart. Tá { $n } iarracht fágtha agat sula scriosfar an rún.
    }
open_unavailable_title = Níl an rún seo ar fáil
open_unavailable = Osclaíodh nó scriosadh cheana é, nó chuaigh sé in éag: ní féidir rún a oscailt ach uair amháin. Iarr rún nua ar an seoltóir más gá.
open_bad_link = Tá an nasc seo neamhiomlán. Seiceáil gur chóipeáil tú an t-iomlán, an chuid i ndiaidh # san áireamh.
open_failed_decrypt = Níorbh fhéidir an rún a dhíchriptiú. B'fhéidir go bhfuil an nasc truaillithe.
open_interrupted = Cuireadh isteach ar an oscailt agus b'fhéidir gur ídíodh an rún, cé nár taispeánadh é.
opened_title = Do rún
opened_text_label = Téacs an rúin
opened_clipboard = D'fhéadfadh an ghearrthaisce an méid a chóipeálann tú a choinneáil: ina stair, nó ar ghléasanna a shioncronaíonn sí leo.
opened_destroyed = Tá an rún scriosta ar an bhfreastalaí anois. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
opened_views_left =
    { $n ->
        [one] Is féidir an rún a oscailt uair amháin eile; ansin scriosfar ar an bhfreastalaí é. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
        [two] Oscailtí fágtha: { $n }; ina dhiaidh sin scriosfar an rún ar an bhfreastalaí. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
        [few] Oscailtí fágtha: { $n }; ina dhiaidh sin scriosfar an rún ar an bhfreastalaí. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
        [many] Oscailtí fágtha: { $n }; ina dhiaidh sin scriosfar an rún ar an bhfreastalaí. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
       *[other] Oscailtí fágtha: { $n }; ina dhiaidh sin scriosfar an rún ar an bhfreastalaí. Cóipeáil nó sábháil a bhfuil uait sula bhfágfaidh tú an leathanach seo.
    }
opened_burn_rest = Tá sé agam: scrios anois é
opened_burn_question =
    { $n ->
        [one] An rún a scriosadh anois? Caillfear an oscailt atá fágtha do chách.
        [two] An rún a scriosadh anois? Caillfear na hoscailtí atá fágtha ({ $n }) do chách.
        [few] An rún a scriosadh anois? Caillfear na hoscailtí atá fágtha ({ $n }) do chách.
        [many] An rún a scriosadh anois? Caillfear na hoscailtí atá fágtha ({ $n }) do chách.
       *[other] An rún a scriosadh anois? Caillfear na hoscailtí atá fágtha ({ $n }) do chách.
    }
opened_burn_confirm = Scrios é
opened_files = Comhaid
download = Íoslódáil { $name } ({ $size })
opened_empty = (gan téacs)

## Receipt page (the creator's private page).

receipt_page_title = Stádas an rúin
receipt_intro = Insíonn an leathanach príobháideach seo duit cad a tharla don rún a chomhroinn tú.
receipt_state_label = Stádas
state_waiting = Ag fanacht: níor osclaíodh fós é.
state_waiting_views =
    { $n ->
        [one] Ag fanacht: osclaíodh cheana é, oscailt amháin fágtha.
        [two] Ag fanacht: osclaíodh cheana é, oscailtí fágtha: { $n }.
        [few] Ag fanacht: osclaíodh cheana é, oscailtí fágtha: { $n }.
        [many] Ag fanacht: osclaíodh cheana é, oscailtí fágtha: { $n }.
       *[other] Ag fanacht: osclaíodh cheana é, oscailtí fágtha: { $n }.
    }
state_opened = Osclaíodh ar { $when }.
state_burned = Scriosta: ní féidir le duine ar bith é a oscailt a thuilleadh.
state_expired = Chuaigh sé in éag gan é a oscailt.
state_expired_views =
    { $n ->
        [one] Chuaigh sé in éag tar éis é a oscailt uair amháin.
        [two] Chuaigh sé in éag tar éis é a oscailt faoi dhó.
        [few] Chuaigh sé in éag tar éis é a oscailt. Oscailtí: { $n }.
        [many] Chuaigh sé in éag tar éis é a oscailt. Oscailtí: { $n }.
       *[other] Chuaigh sé in éag tar éis é a oscailt. Oscailtí: { $n }.
    }
receipt_expires = Rachaidh sé in éag ar { $when }.
receipt_expired_at = Dul in éag: { $when }.
receipt_views_total =
    { $n ->
        [one] Is féidir é a oscailt uair amháin san iomlán.
        [two] Oscailtí san iomlán: { $n }.
        [few] Oscailtí san iomlán: { $n }.
        [many] Oscailtí san iomlán: { $n }.
       *[other] Oscailtí san iomlán: { $n }.
    }
receipt_opens_label = Osclaíodh ar
receipt_gone = Ní aithnítear an nasc stádais seo, nó scriosadh é.
receipt_bad_link = Tá an nasc stádais seo neamhiomlán. Seiceáil gur chóipeáil tú an t-iomlán, an chuid i ndiaidh # san áireamh.
refresh = Athnuaigh
burn_button = Scrios anois
burn_question = An rún a scriosadh anois? Ní bheidh aon duine in ann é a oscailt.
burn_confirm = Scrios é
cancel = Cealaigh
burned_done = Scriosadh an rún.
receipt_watching = Fad atá an leathanach seo oscailte, seiceálann sé gach cúpla soicind agus taispeánann sé aon athrú.
receipt_notify = Cuir in iúl dom nuair a athraíonn an stádas
receipt_notify_on = Gheobhaidh tú fógra ón mbrabhsálaí freisin, fad a fhanann an leathanach seo oscailte.
receipt_notify_blocked = Cuireann an brabhsálaí seo cosc ar fhógraí don leathanach seo. Taispeánfaidh an leathanach féin an t-athrú fós.
receipt_changed = D'athraigh an stádas agus tú ag faire.

## Privacy page.

privacy_title = Príobháideachas
privacy_encryption = Criptítear do rún i do bhrabhsálaí. Tá an eochair sa chuid den nasc i ndiaidh #, nach seolann brabhsálaithe chuig freastalaí ar bith riamh.
privacy_stored = Ní stórálann an freastalaí ach an rún criptithe, aitheantóir a dhíorthaítear ón nasc, luach haiseála chun an nasc a sheiceáil, am dul in éag, líon na n-oscailtí atá fágtha agus stádas an rúin mar aon le ham gach oscailte. Ní fheiceann sé do théacs, do chomhaid ná a n-ainmneacha, do fhrása faire ná an nasc riamh.
privacy_deleted = Scriostar rún tar éis na hoscailte deiridh a cheadaítear, nuair a scriostar é nó nuair a théann sé in éag, cibé acu is túisce. Scriostar a leathanach stádais tamall ina dhiaidh sin.
privacy_tracking = Gan rianú, gan anailísíocht, gan fianáin agus gan tríú páirtithe: tagann gach rud a theastaíonn ón leathanach seo ón bhfreastalaí seo.
privacy_logs = Ní logálann an freastalaí aitheantóirí rún, cruthúnais, naisc stádais ná do sheoladh IP.
privacy_language = Ní choinnítear do rogha teanga ach i stóras logánta an bhrabhsálaí seo.

## Not found.

not_found_title = Níor aimsíodh an leathanach
not_found_body = Níl aon rud ag an seoladh seo.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Iarr rún
request_title = Iarr rún
request_intro = An bhfuil focal faire nó comhad uait ó dhuine éigin? Cruthaigh iarratas agus seol a nasc chuig an duine sin. Criptíonn a bhrabhsálaí an freagra duitse amháin: ní féidir é a léamh ach le do nasc príobháideach, uair amháin.
request_note_label = Cad atá uait (roghnach)
# $max is a number of bytes.
request_note_hint = Feiceann an duine an nóta seo nuair a osclaíonn sé nasc an iarratais; criptítear é ar nós gach ruda eile. Uasmhéid: { $max } beart.
request_note_too_long = Tá an nóta rófhada: { $max } beart ar a mhéad.
request_expiry_label = Beidh an t-iarratas agus a fhreagra bailí ar feadh
request_button = Cruthaigh an t-iarratas
requested_title = Tá d'iarratas réidh
request_link_label = Nasc an iarratais: seol é chuig an té a bhfuil an rún aige
request_link_help = Is féidir le duine ar bith a fheiceann an nasc seo é a fhreagairt, uair amháin. Ní féidir le duine ar bith ach tusa an freagra a léamh.
request_private_title = Do nasc príobháideach
request_private_help = Coinnigh an nasc seo agat féin; ná seol chuig aon duine é. Taispeánann sé ar tháinig an freagra, agus osclaíonn sé é, uair amháin.
request_private_label = Nasc príobháideach (duitse amháin)
request_expires = Fanfaidh an t-iarratas le freagra go dtí { $when }.
# The answerer's page.
answer_title = Iarrann duine éigin rún ort
answer_note_label = A nóta
answer_no_note = Níor fágadh aon nóta.
answer_text_label = Do fhreagra
answer_hint = Criptítear é sa bhrabhsálaí seo don té a d'iarr é: ní féidir é a léamh ach lena nasc príobháideach, uair amháin. Ní féidir leis an bhfreastalaí seo é a léamh.
answer_anyone = Is féidir le duine ar bith a chonaic an nasc seo é a fhreagairt, agus ní choinnítear ach an chéad fhreagra. Ná freagair ach más ó dhuine a bhfuil aithne agat air a tháinig an nasc.
answer_expires = Is féidir leat freagra a thabhairt go dtí { $when }.
answer_button = Seol an freagra
answered_title = Seoladh an freagra
answered_body = Ní féidir é a léamh ach leis an té a chuir an t-iarratas, uair amháin, go dtí { $when }.
answer_unavailable_title = Ní féidir an t-iarratas seo a fhreagairt
answer_unavailable = Freagraíodh cheana é, nó chuaigh sé in éag. Iarr ar an duine iarratas nua a sheoladh más gá dó é fós.
# The asker's private page.
asker_title = D'iarratas
asker_note_label = Do nóta
asker_waiting = Níl freagra ann fós. Fad atá an leathanach seo oscailte, seiceálann sé gach cúpla soicind.
asker_answered = Tháinig an freagra ar { $when }. Ní osclaítear é ach uair amháin: ina dhiaidh sin, bíonn sé imithe ón bhfreastalaí.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Tháinig an freagra agus tú ag faire.
asker_open_button = Oscail an freagra
asker_gone = Ní aithnítear an t-iarratas seo: osclaíodh a fhreagra cheana, nó chuaigh sé in éag.
asker_expires = Rachaidh an t-iarratas agus a fhreagra in éag ar { $when }.
