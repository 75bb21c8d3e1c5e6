# Cinder: Indonesian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Rahasia sekali buka, dienkripsi di browser Anda
nav_create = Rahasia baru
nav_privacy = Privasi
language_label = Bahasa
footer_note = Dienkripsi di browser Anda. Server tidak pernah melihat rahasia Anda ataupun tautannya.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Pengelola:
instance_note = Catatan dari pengelola layanan ini:

## Create page.

create_title = Bagikan rahasia
create_intro = Rahasia Anda dienkripsi di browser ini sebelum apa pun dikirim. Tautan hanya dapat membukanya sekali; setelah itu rahasia dihapus.
text_label = Rahasia
text_hint = Hanya orang yang membuka tautan yang akan melihatnya.
files_label = File (opsional)
files_hint = Total maksimal { $max }.
files_drop = Tarik file ke sini, atau pilih file:
file_remove = Hapus { $name }
files_total = { $size } dari { $max }
passphrase_label = Frasa sandi (opsional)
passphrase_hint = Penerima juga memerlukannya. Kirimkan dengan cara lain, jangan bersama tautan.
passphrase_show = Tampilkan frasa sandi
passphrase_hide = Sembunyikan frasa sandi
generator_title = Pembuat kata sandi
generator_length = Panjang
generator_lower = Huruf kecil
generator_upper = Huruf besar
generator_digits = Angka
generator_symbols = Simbol
generator_generate = Buat
generator_result = Kata sandi yang dibuat
generator_insert = Tambahkan ke rahasia
generator_use_as_passphrase = Gunakan sebagai frasa sandi
generator_need_class = Pilih setidaknya satu jenis karakter.
expiry_label = Kedaluwarsa setelah
views_label = Berapa kali dapat dibuka
views_hint = Maksimal { $max } kali. Rahasia dihapus setelah dibuka untuk terakhir kalinya atau saat kedaluwarsa, mana pun yang terjadi lebih dulu.
create_button = Buat tautan
creating = Mengenkripsi dan mengirim…
reading_files = Membaca file…
deriving_key = Menurunkan kunci dari frasa sandi…
err_empty = Tulis rahasia atau tambahkan file terlebih dahulu.
err_too_large = Terlalu besar: total maksimal { $max }.
err_file_unreadable = Salah satu file tidak dapat dibaca.
err_unreachable = Server tidak dapat dijangkau. Periksa koneksi Anda, lalu coba lagi.
err_rate_limited = Terlalu banyak permintaan dalam waktu singkat. Tunggu satu menit, lalu coba lagi.
err_full = Server sedang penuh. Coba lagi nanti.
err_unexpected = Terjadi kesalahan di browser ini. Muat ulang halaman, lalu coba lagi.
err_server = Server tidak dapat memproses permintaan ini ({ $code }). Coba lagi nanti.
create_off = Server ini hanya dapat membuka tautan, bukan membuat rahasia baru. Untuk membagikan rahasia, gunakan server yang disediakan organisasi Anda untuk keperluan itu.
create_sign_in = Hanya anggota organisasi ini yang dapat membuat rahasia di sini. Masuk melalui organisasi Anda terlebih dahulu. Siapa pun yang memiliki tautan tetap dapat membukanya.
create_sign_in_link = Masuk
create_not_allowed = Anda sudah masuk, tetapi akun Anda tidak diizinkan membuat rahasia di sini. Hubungi administrator Anda.

## The link, shown after creating.

link_title = Tautan Anda sudah siap
link_label = Tautan berbagi (sekali buka)
link_help = Kirim tautan ini kepada penerima. Tautan hanya dapat dibuka sekali.
link_expires = Jika tidak dibuka, rahasia akan kedaluwarsa pada { $when }.
link_passphrase_reminder = Jangan lupa mengirim frasa sandi secara terpisah.
link_label_views = Tautan berbagi
link_help_views =
    { $n ->
       *[other] Kirim tautan ini kepada penerima. Tautan dapat dibuka { $n } kali.
    }
link_expires_views = Jika tidak semua kesempatan buka digunakan, rahasia akan kedaluwarsa pada { $when }.
copy = Salin
copied = Disalin ke papan klip.
copy_failed = Gagal menyalin: pilih teksnya, lalu salin sendiri.
qr_label = Kode QR tautan berbagi
share_email = Bagikan lewat email
email_subject = Sebuah rahasia untuk Anda
email_body = Buka tautan ini untuk membaca rahasia yang saya bagikan kepada Anda. Tautan ini hanya berfungsi sekali:
email_body_views =
    { $n ->
       *[other] Buka tautan ini untuk membaca rahasia yang saya bagikan kepada Anda. Tautan ini berfungsi { $n } kali:
    }
receipt_title = Hanya untuk Anda: tautan status
receipt_help = Simpan tautan ini untuk Anda sendiri; jangan kirimkan kepada penerima. Tautan ini menunjukkan apakah rahasia sudah dibuka dan memungkinkan Anda memusnahkannya.
receipt_label = Tautan status (pribadi)
create_another = Buat rahasia lain

## Open page (the recipient).

open_title = Sebuah rahasia untuk Anda
checking = Memeriksa tautan…
open_waiting = Seseorang membagikan rahasia kepada Anda. Rahasia ini hanya dapat dibuka sekali; setelah itu rahasia akan dihapus.
open_waiting_views =
    { $n ->
       *[other] Seseorang membagikan rahasia kepada Anda. Rahasia ini masih dapat dibuka { $n } kali lagi; setelah yang terakhir, rahasia akan dihapus.
    }
open_expires = Tersedia hingga { $when }.
open_needs_passphrase = Rahasia ini dilindungi frasa sandi, yang seharusnya sudah diberikan pengirim kepada Anda secara terpisah.
open_passphrase_label = Frasa sandi
open_button = Buka rahasia
opening = Membuka…
open_wrong_passphrase =
    { $n ->
       *[other] Frasa sandi salah. Tersisa { $n } percobaan sebelum rahasia dihapus.
    }
open_unavailable_title = Rahasia ini tidak tersedia
open_unavailable = Rahasia ini sudah dibuka, dimusnahkan, atau kedaluwarsa: rahasia hanya dapat dibuka sekali. Minta rahasia baru kepada pengirim jika Anda memerlukannya.
open_bad_link = Tautan ini tidak lengkap. Pastikan Anda menyalin seluruhnya, termasuk bagian setelah #.
open_failed_decrypt = Rahasia tidak dapat didekripsi. Tautannya mungkin rusak.
open_interrupted = Proses membuka terputus dan mungkin sudah menghabiskan rahasia ini, meskipun isinya tidak ditampilkan.
opened_title = Rahasia Anda
opened_text_label = Teks rahasia
opened_clipboard = Papan klip mungkin menyimpan apa yang Anda salin: di riwayatnya, atau di perangkat yang tersinkronisasi dengannya.
opened_destroyed = Rahasia ini kini sudah dihapus dari server. Salin atau simpan yang Anda perlukan sebelum meninggalkan halaman ini.
opened_views_left =
    { $n ->
       *[other] Rahasia ini masih dapat dibuka { $n } kali lagi; setelah itu rahasia akan dihapus dari server. Salin atau simpan yang Anda perlukan sebelum meninggalkan halaman ini.
    }
opened_burn_rest = Sudah saya terima: musnahkan sekarang
opened_burn_question =
    { $n ->
       *[other] Musnahkan rahasia sekarang? Sisa { $n } kesempatan buka akan hilang bagi semua orang.
    }
opened_burn_confirm = Ya, musnahkan
opened_files = File
download = Unduh { $name } ({ $size })
opened_empty = (tanpa teks)

## Receipt page (the creator's private page).

receipt_page_title = Status rahasia
receipt_intro = Halaman pribadi ini menunjukkan apa yang terjadi pada rahasia yang Anda bagikan.
receipt_state_label = Status
state_waiting = Menunggu: belum dibuka.
state_waiting_views =
    { $n ->
       *[other] Menunggu: sudah pernah dibuka, tersisa { $n } kali buka.
    }
state_opened = Dibuka pada { $when }.
state_burned = Dimusnahkan: tidak ada lagi yang dapat membukanya.
state_expired = Kedaluwarsa tanpa pernah dibuka.
state_expired_views =
    { $n ->
       *[other] Kedaluwarsa setelah dibuka { $n } kali.
    }
receipt_expires = Kedaluwarsa pada { $when }.
receipt_expired_at = Waktu kedaluwarsa: { $when }.
receipt_views_total =
    { $n ->
       *[other] Dapat dibuka total { $n } kali.
    }
receipt_opens_label = Dibuka pada
receipt_gone = Tautan status ini tidak dikenal atau sudah dihapus.
receipt_bad_link = Tautan status ini tidak lengkap. Pastikan Anda menyalin seluruhnya, termasuk bagian setelah #.
refresh = Muat ulang
burn_button = Musnahkan sekarang
burn_question = Musnahkan rahasia sekarang? Tidak ada yang akan dapat membukanya.
burn_confirm = Ya, musnahkan
cancel = Batal
burned_done = Rahasia telah dimusnahkan.
receipt_watching = Selama halaman ini terbuka, halaman ini memeriksa setiap beberapa detik dan menampilkan setiap perubahan.
receipt_notify = Beri tahu saya jika status berubah
receipt_notify_on = Anda juga akan mendapat notifikasi browser, selama halaman ini tetap terbuka.
receipt_notify_blocked = Browser ini memblokir notifikasi untuk halaman ini. Halaman ini sendiri tetap menampilkan perubahannya.
receipt_changed = Status berubah saat Anda memantau.

## Privacy page.

privacy_title = Privasi
privacy_encryption = Rahasia Anda dienkripsi di browser Anda. Kuncinya ada di bagian tautan setelah #, yang tidak pernah dikirim browser ke server mana pun.
privacy_stored = Server hanya menyimpan rahasia yang terenkripsi, pengenal yang diturunkan dari tautan, hash untuk mencocokkan tautan, waktu kedaluwarsa, sisa jumlah pembukaan, dan status yang ditampilkan di halaman status beserta waktu setiap pembukaan. Server tidak pernah melihat teks Anda, file Anda atau namanya, frasa sandi Anda, maupun tautannya.
privacy_deleted = Rahasia dihapus setelah pembukaan terakhir yang diizinkan, saat dimusnahkan, atau saat kedaluwarsa, mana pun yang terjadi lebih dulu. Data statusnya dihapus beberapa waktu kemudian.
privacy_tracking = Tanpa pelacakan, tanpa analitik, tanpa cookie, dan tanpa pihak ketiga: semua yang dibutuhkan halaman ini berasal dari server ini.
privacy_logs = Server tidak mencatat pengenal rahasia, bukti, tautan status, atau alamat IP Anda.
privacy_language = Pilihan bahasa Anda hanya disimpan di penyimpanan lokal browser ini.

## Not found.

not_found_title = Halaman tidak ditemukan
not_found_body = Tidak ada apa pun di alamat ini.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Minta rahasia
request_title = Minta rahasia
request_intro = Perlu kata sandi atau file dari seseorang? Buat permintaan dan kirim tautannya kepada orang tersebut. Browser mereka mengenkripsi jawabannya hanya untuk Anda: hanya tautan pribadi Anda yang dapat membacanya, sekali.
request_note_label = Apa yang Anda perlukan (opsional)
# $max is a number of bytes.
request_note_hint = Orang tersebut melihat catatan ini saat membuka tautan permintaan; catatan ini dienkripsi seperti semua yang lain. Maksimal { $max } byte.
request_note_too_long = Catatan terlalu panjang: maksimal { $max } byte.
request_expiry_label = Permintaan dan jawabannya kedaluwarsa setelah
request_button = Buat permintaan
requested_title = Permintaan Anda sudah siap
request_link_label = Tautan permintaan: kirimkan kepada orang yang memiliki rahasianya
request_link_help = Siapa pun yang melihat tautan ini dapat menjawabnya, sekali. Tidak ada orang selain Anda yang dapat membaca jawabannya.
request_private_title = Tautan pribadi Anda
request_private_help = Simpan tautan ini untuk Anda sendiri; jangan kirimkan kepada siapa pun. Tautan ini menunjukkan apakah jawaban sudah masuk, dan membukanya, sekali.
request_private_label = Tautan pribadi (hanya untuk Anda)
request_expires = Permintaan menunggu jawaban hingga { $when }.
# The answerer's page.
answer_title = Seseorang meminta rahasia kepada Anda
answer_note_label = Catatan dari peminta
answer_no_note = Peminta tidak meninggalkan catatan.
answer_text_label = Jawaban Anda
answer_hint = Jawaban dienkripsi di browser ini untuk orang yang meminta: hanya tautan pribadinya yang dapat membacanya, sekali. Server ini tidak dapat membacanya.
answer_anyone = Siapa pun yang pernah melihat tautan ini dapat menjawabnya, dan hanya jawaban pertama yang disimpan. Jawab hanya jika tautan ini berasal dari orang yang Anda kenal.
answer_expires = Anda dapat menjawab hingga { $when }.
answer_button = Kirim jawaban
answered_title = Jawaban terkirim
answered_body = Hanya orang yang meminta yang dapat membacanya, sekali, hingga { $when }.
answer_unavailable_title = Permintaan ini tidak dapat dijawab
answer_unavailable = Permintaan ini sudah dijawab, atau sudah kedaluwarsa. Minta orang tersebut membuat permintaan baru jika mereka masih memerlukannya.
# The asker's private page.
asker_title = Permintaan Anda
asker_note_label = Catatan Anda
asker_waiting = Belum ada jawaban. Selama halaman ini terbuka, halaman ini memeriksa setiap beberapa detik.
asker_answered = Jawaban masuk pada { $when }. Jawaban hanya dapat dibuka sekali: setelah itu jawaban dihapus dari server.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Jawaban masuk saat Anda memantau.
asker_open_button = Buka jawaban
asker_gone = Permintaan ini tidak dikenal: jawabannya sudah dibuka, atau sudah kedaluwarsa.
asker_expires = Permintaan dan jawabannya kedaluwarsa pada { $when }.
