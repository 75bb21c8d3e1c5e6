# Cinder: Latvian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Vienreizēji noslēpumi, šifrēti jūsu pārlūkā
nav_create = Jauns noslēpums
nav_privacy = Privātums
language_label = Valoda
footer_note = Šifrēts jūsu pārlūkā. Serveris nekad neredz ne jūsu noslēpumu, ne saiti.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Pakalpojuma uzturētājs:
instance_note = Ziņa no šī pakalpojuma uzturētāja:

## Create page.

create_title = Kopīgot noslēpumu
create_intro = Jūsu noslēpums tiek šifrēts šajā pārlūkā, pirms kaut kas tiek nosūtīts. Ar saiti to var atvērt vienu reizi, pēc tam tas tiek iznīcināts.
text_label = Noslēpums
text_hint = To redzēs tikai tas, kurš atvērs saiti.
files_label = Faili (nav obligāti)
files_hint = Kopā līdz { $max }.
files_drop = Ievelciet failus šeit vai izvēlieties tos:
file_remove = Noņemt { $name }
files_total = { $size } no { $max }
passphrase_label = Paroles frāze (nav obligāta)
passphrase_hint = Tā būs vajadzīga arī saņēmējam. Nosūtiet to citā veidā, nevis kopā ar saiti.
passphrase_show = Rādīt paroles frāzi
passphrase_hide = Slēpt paroles frāzi
generator_title = Paroļu ģenerators
generator_length = Garums
generator_lower = Mazie burti
generator_upper = Lielie burti
generator_digits = Cipari
generator_symbols = Īpašās rakstzīmes
generator_generate = Ģenerēt
generator_result = Ģenerētā parole
generator_insert = Pievienot noslēpumam
generator_use_as_passphrase = Izmantot kā paroles frāzi
generator_need_class = Izvēlieties vismaz vienu rakstzīmju veidu.
expiry_label = Derīguma termiņš
views_label = Atvēršanas reižu skaits
views_hint = Maksimums: { $max }. Noslēpums tiek iznīcināts pēc pēdējās atvēršanas vai tad, kad beidzas tā derīgums – atkarībā no tā, kas notiek vispirms.
create_button = Izveidot saiti
creating = Šifrē un sūta…
reading_files = Nolasa failus…
deriving_key = Atvasina atslēgu no paroles frāzes…
err_empty = Vispirms ierakstiet noslēpumu vai pievienojiet failu.
err_too_large = Tas ir par lielu: kopā ne vairāk kā { $max }.
err_file_unreadable = Kādu failu neizdevās nolasīt.
err_unreachable = Nevar sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
err_rate_limited = Pārāk daudz pieprasījumu īsā laikā. Pagaidiet minūti un mēģiniet vēlreiz.
err_full = Serveris pašlaik ir pilns. Mēģiniet vēlreiz vēlāk.
err_unexpected = Šajā pārlūkā kaut kas nogāja greizi. Pārlādējiet lapu un mēģiniet vēlreiz.
err_server = Serveris to nevarēja izpildīt ({ $code }). Mēģiniet vēlreiz vēlāk.
create_off = Šis serveris tikai atver saites, jaunus noslēpumus tajā izveidot nevar. Lai kopīgotu noslēpumu, izmantojiet serveri, ko šim nolūkam nodrošina jūsu organizācija.
create_sign_in = Šeit noslēpumus drīkst izveidot tikai šīs organizācijas lietotāji. Vispirms pierakstieties, izmantojot savu organizāciju. Ikviens, kam ir saite, to joprojām var atvērt.
create_sign_in_link = Pierakstīties
create_not_allowed = Pierakstīšanās ir veikta, taču jūsu kontam šeit nav atļauts izveidot noslēpumus. Sazinieties ar savu administratoru.

## The link, shown after creating.

link_title = Jūsu saite ir gatava
link_label = Kopīgošanas saite (atverama vienreiz)
link_help = Nosūtiet šo saiti saņēmējam. To var atvērt tikai vienu reizi.
link_expires = Ja noslēpums netiks atvērts, tas būs derīgs līdz { $when }.
link_passphrase_reminder = Neaizmirstiet nosūtīt paroles frāzi atsevišķi.
link_label_views = Kopīgošanas saite
link_help_views =
    { $n ->
        [zero] Nosūtiet šo saiti saņēmējiem. To var atvērt { $n } reizes.
        [one] Nosūtiet šo saiti saņēmējiem. To var atvērt { $n } reizi.
       *[other] Nosūtiet šo saiti saņēmējiem. To var atvērt { $n } reizes.
    }
link_expires_views = Ja netiks izmantotas visas atvēršanas reizes, noslēpums būs derīgs līdz { $when }.
copy = Kopēt
copied = Nokopēts starpliktuvē.
copy_failed = Neizdevās nokopēt: atlasiet tekstu un nokopējiet to paši.
qr_label = Kopīgošanas saites QR kods
share_email = Kopīgot pa e-pastu
email_subject = Noslēpums jums
email_body = Atveriet šo saiti, lai izlasītu noslēpumu, ko ar jums kopīgoju. Tā darbojas tikai vienu reizi:
email_body_views =
    { $n ->
        [zero] Atveriet šo saiti, lai izlasītu noslēpumu, ko ar jums kopīgoju. Tā darbojas { $n } reizes:
        [one] Atveriet šo saiti, lai izlasītu noslēpumu, ko ar jums kopīgoju. Tā darbojas { $n } reizi:
       *[other] Atveriet šo saiti, lai izlasītu noslēpumu, ko ar jums kopīgoju. Tā darbojas { $n } reizes:
    }
receipt_title = Tikai jums: statusa saite
receipt_help = Paturiet šo saiti pie sevis, nesūtiet to saņēmējam. Tajā redzams, vai noslēpums ir atvērts, un tur to var arī iznīcināt.
receipt_label = Statusa saite (privāta)
create_another = Izveidot vēl vienu noslēpumu

## Open page (the recipient).

open_title = Noslēpums jums
checking = Pārbauda saiti…
open_waiting = Kāds ar jums kopīgoja noslēpumu. To var atvērt tikai vienu reizi: pēc tam tas tiek iznīcināts.
open_waiting_views =
    { $n ->
        [zero] Kāds ar jums kopīgoja noslēpumu. To var atvērt vēl { $n } reizes: pēc pēdējās reizes tas tiek iznīcināts.
        [one] Kāds ar jums kopīgoja noslēpumu. To var atvērt vēl { $n } reizi: pēc pēdējās reizes tas tiek iznīcināts.
       *[other] Kāds ar jums kopīgoja noslēpumu. To var atvērt vēl { $n } reizes: pēc pēdējās reizes tas tiek iznīcināts.
    }
open_expires = Pieejams līdz { $when }.
open_needs_passphrase = Tas ir aizsargāts ar paroles frāzi, kas sūtītājam bija jānodod jums atsevišķi.
open_passphrase_label = Paroles frāze
open_button = Atvērt noslēpumu
opening = Atver…
open_wrong_passphrase =
    { $n ->
        [zero] Nepareiza paroles frāze. Atlikuši { $n } mēģinājumi, pirms noslēpums tiks iznīcināts.
        [one] Nepareiza paroles frāze. Atlicis { $n } mēģinājums, pirms noslēpums tiks iznīcināts.
       *[other] Nepareiza paroles frāze. Atlikuši { $n } mēģinājumi, pirms noslēpums tiks iznīcināts.
    }
open_unavailable_title = Šis noslēpums nav pieejams
open_unavailable = Tas jau ir atvērts, iznīcināts vai tam beidzies derīgums: noslēpumu var atvērt tikai vienu reizi. Ja nepieciešams, palūdziet sūtītājam jaunu.
open_bad_link = Šī saite ir nepilnīga. Pārbaudiet, vai nokopējāt to visu, arī daļu aiz #.
open_failed_decrypt = Noslēpumu neizdevās atšifrēt. Iespējams, saite ir bojāta.
open_interrupted = Atvēršana tika pārtraukta, un noslēpums, iespējams, jau ir izlietots, lai gan netika parādīts.
opened_title = Jūsu noslēpums
opened_text_label = Noslēpuma teksts
opened_clipboard = Starpliktuve var saglabāt nokopēto: savā vēsturē vai ierīcēs, ar kurām tā tiek sinhronizēta.
opened_destroyed = Noslēpums serverī tagad ir iznīcināts. Pirms aizverat šo lapu, nokopējiet vai saglabājiet visu, kas jums vajadzīgs.
opened_views_left =
    { $n ->
        [zero] Noslēpumu vēl var atvērt { $n } reizes; pēc tam tas serverī tiks iznīcināts. Pirms aizverat šo lapu, nokopējiet vai saglabājiet visu, kas jums vajadzīgs.
        [one] Noslēpumu vēl var atvērt { $n } reizi; pēc tam tas serverī tiks iznīcināts. Pirms aizverat šo lapu, nokopējiet vai saglabājiet visu, kas jums vajadzīgs.
       *[other] Noslēpumu vēl var atvērt { $n } reizes; pēc tam tas serverī tiks iznīcināts. Pirms aizverat šo lapu, nokopējiet vai saglabājiet visu, kas jums vajadzīgs.
    }
opened_burn_rest = Man tas ir: iznīcināt tūlīt
opened_burn_question =
    { $n ->
        [zero] Iznīcināt noslēpumu tūlīt? Atlikušās { $n } atvēršanas reizes tiks zaudētas visiem.
        [one] Iznīcināt noslēpumu tūlīt? Atlikusī { $n } atvēršanas reize tiks zaudēta visiem.
       *[other] Iznīcināt noslēpumu tūlīt? Atlikušās { $n } atvēršanas reizes tiks zaudētas visiem.
    }
opened_burn_confirm = Jā, iznīcināt
opened_files = Faili
download = Lejupielādēt { $name } ({ $size })
opened_empty = (nav teksta)

## Receipt page (the creator's private page).

receipt_page_title = Noslēpuma statuss
receipt_intro = Šajā privātajā lapā redzams, kas noticis ar jūsu kopīgoto noslēpumu.
receipt_state_label = Stāvoklis
state_waiting = Gaida: vēl nav atvērts.
state_waiting_views =
    { $n ->
        [zero] Gaida: jau atvērts, atlikušas { $n } atvēršanas reizes.
        [one] Gaida: jau atvērts, atlikusi { $n } atvēršanas reize.
       *[other] Gaida: jau atvērts, atlikušas { $n } atvēršanas reizes.
    }
state_opened = Atvērts { $when }.
state_burned = Iznīcināts: to vairs neviens nevar atvērt.
state_expired = Derīgums beidzās, noslēpums netika atvērts.
state_expired_views =
    { $n ->
        [zero] Derīgums beidzās pēc tam, kad noslēpums tika atvērts { $n } reizes.
        [one] Derīgums beidzās pēc tam, kad noslēpums tika atvērts { $n } reizi.
       *[other] Derīgums beidzās pēc tam, kad noslēpums tika atvērts { $n } reizes.
    }
receipt_expires = Derīgs līdz { $when }.
receipt_expired_at = Derīguma termiņš: { $when }.
receipt_views_total =
    { $n ->
        [zero] Kopā var atvērt { $n } reizes.
        [one] Kopā var atvērt { $n } reizi.
       *[other] Kopā var atvērt { $n } reizes.
    }
receipt_opens_label = Atvērts
receipt_gone = Šī statusa lapa nav atrasta vai ir izdzēsta.
receipt_bad_link = Šī statusa saite ir nepilnīga. Pārbaudiet, vai nokopējāt to visu, arī daļu aiz #.
refresh = Atsvaidzināt
burn_button = Iznīcināt tūlīt
burn_question = Iznīcināt noslēpumu tūlīt? To vairs neviens nevarēs atvērt.
burn_confirm = Jā, iznīcināt
cancel = Atcelt
burned_done = Noslēpums ir iznīcināts.
receipt_watching = Kamēr šī lapa ir atvērta, tā ik pēc dažām sekundēm pārbauda stāvokli un parāda jebkuras izmaiņas.
receipt_notify = Paziņot man par izmaiņām
receipt_notify_on = Kamēr šī lapa paliek atvērta, jūs saņemsiet arī pārlūka paziņojumu.
receipt_notify_blocked = Šis pārlūks bloķē paziņojumus šai lapai. Pati lapa izmaiņas tik un tā parādīs.
receipt_changed = Stāvoklis mainījās, kamēr jūs vērojāt.

## Privacy page.

privacy_title = Privātums
privacy_encryption = Jūsu noslēpums tiek šifrēts jūsu pārlūkā. Atslēga atrodas saites daļā aiz #, ko pārlūki nekad nesūta nevienam serverim.
privacy_stored = Serveris glabā tikai šifrēto noslēpumu, no saites atvasinātu identifikatoru, jaucējvērtību saites pārbaudei, derīguma beigu laiku, atlikušo atvēršanas reižu skaitu un statusa lapas stāvokli ar katras atvēršanas laiku. Tas nekad neredz ne jūsu tekstu, ne failus vai to nosaukumus, ne paroles frāzi, ne saiti.
privacy_deleted = Noslēpums tiek dzēsts pēc pēdējās atļautās atvēršanas, kad tas tiek iznīcināts vai beidzas tā derīgums – atkarībā no tā, kas notiek vispirms. Tā statusa lapa tiek dzēsta kādu laiku pēc tam.
privacy_tracking = Nekādas izsekošanas, analītikas, sīkfailu vai trešo pušu: viss, kas šai lapai vajadzīgs, nāk no šī servera.
privacy_logs = Serveris neieraksta žurnālā noslēpumu identifikatorus, pierādījumus, statusa lapas vai jūsu IP adresi.
privacy_language = Jūsu izvēlētā valoda tiek saglabāta tikai šī pārlūka lokālajā krātuvē.

## Not found.

not_found_title = Lapa nav atrasta
not_found_body = Šajā adresē nekā nav.

## Pieprasījumi: noslēpuma pieprasīšana no kāda (/request), viņa atbildes lapa (/q), pieprasītāja privātā lapa (/a).
## Pieprasītāja pārlūks izveido atslēgu pāri: pieprasījuma saitē ir publiskā daļa, privātajā saitē – privātā daļa.

# Kājenes saite uz pieprasījuma lapu, katrā lapā.
nav_request = Pieprasīt noslēpumu
request_title = Pieprasīt noslēpumu
request_intro = Jums no kāda vajadzīga parole vai fails? Izveidojiet pieprasījumu un nosūtiet viņam tā saiti. Viņa pārlūks šifrē atbildi tikai jums: to var izlasīt tikai ar jūsu privāto saiti un tikai vienu reizi.
request_note_label = Kas jums vajadzīgs (nav obligāti)
# $max ir baitu skaits.
request_note_hint = Saņēmējs redzēs šo piezīmi, atverot pieprasījuma saiti; tā tiek šifrēta tāpat kā viss pārējais. Maksimālais garums baitos: { $max }.
request_note_too_long = Piezīme ir pārāk gara: maksimālais garums baitos ir { $max }.
request_expiry_label = Pieprasījuma un atbildes derīguma termiņš
request_button = Izveidot pieprasījumu
requested_title = Jūsu pieprasījums ir gatavs
request_link_label = Pieprasījuma saite: nosūtiet to tam, kuram ir noslēpums
request_link_help = Ikviens, kurš redz šo saiti, var uz to atbildēt vienu reizi. Atbildi nevar izlasīt neviens, izņemot jūs.
request_private_title = Jūsu privātā saite
request_private_help = Paturiet šo saiti pie sevis, nesūtiet to nevienam. Tajā redzams, vai atbilde ir saņemta, un ar to atbildi var atvērt vienu reizi.
request_private_label = Privātā saite (tikai jums)
request_expires = Pieprasījums gaidīs atbildi līdz { $when }.
# Atbildētāja lapa.
answer_title = Kāds no jums pieprasa noslēpumu
answer_note_label = Pieprasītāja piezīme
answer_no_note = Pieprasītājs neatstāja piezīmi.
answer_text_label = Jūsu atbilde
answer_hint = Tā tiek šifrēta šajā pārlūkā pieprasītājam: to var izlasīt tikai ar viņa privāto saiti un tikai vienu reizi. Šis serveris to izlasīt nevar.
answer_anyone = Ikviens, kurš ir redzējis šo saiti, var uz to atbildēt, un tiek saglabāta tikai pirmā atbilde. Atbildiet tikai tad, ja saiti saņēmāt no kāda, ko pazīstat.
answer_expires = Atbildēt varat līdz { $when }.
answer_button = Nosūtīt atbildi
answered_title = Atbilde nosūtīta
answered_body = To var izlasīt tikai pieprasītājs, vienu reizi, līdz { $when }.
answer_unavailable_title = Uz šo pieprasījumu nevar atbildēt
answer_unavailable = Uz to jau ir atbildēts, vai arī tam beidzies derīgums. Ja pieprasītājam noslēpums joprojām vajadzīgs, palūdziet viņam jaunu pieprasījumu.
# Pieprasītāja privātā lapa.
asker_title = Jūsu pieprasījums
asker_note_label = Jūsu piezīme
asker_waiting = Atbildes vēl nav. Kamēr šī lapa ir atvērta, tā ik pēc dažām sekundēm pārbauda, vai atbilde ir saņemta.
asker_answered = Atbilde saņemta { $when }. To var atvērt vienu reizi: pēc tam tā tiek dzēsta no servera.
# Tiek paziņots (un parādīts), kad pārbaudē atklājas, ka atbilde saņemta pēc lapas ielādes.
asker_changed = Atbilde tika saņemta, kamēr jūs vērojāt.
asker_open_button = Atvērt atbildi
asker_gone = Šis pieprasījums nav atrasts: tā atbilde jau ir atvērta vai tam beidzies derīgums.
asker_expires = Pieprasījums un tā atbilde ir derīgi līdz { $when }.
