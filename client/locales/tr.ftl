# Cinder: Turkish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Tarayıcınızda şifrelenen tek kullanımlık sırlar
nav_create = Yeni sır
nav_privacy = Gizlilik
language_label = Dil
footer_note = Tarayıcınızda şifrelenir. Sunucu hiçbir zaman ne sırrınızı ne de bağlantıyı görür.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Hizmet sağlayıcı:
instance_note = Bu hizmetin sağlayıcısından bir not:

## Create page.

create_title = Bir sır paylaşın
create_intro = Sırrınız, herhangi bir şey gönderilmeden önce bu tarayıcıda şifrelenir. Bağlantı yalnızca bir kez açılabilir; ardından sır yok edilir.
text_label = Sır
text_hint = Bunu yalnızca bağlantıyı açan kişi görür.
files_label = Dosyalar (isteğe bağlı)
files_hint = Toplam en fazla { $max }.
files_drop = Dosyaları buraya sürükleyin veya seçin:
file_remove = { $name } dosyasını kaldır
files_total = { $size } / { $max }
passphrase_label = Parola ifadesi (isteğe bağlı)
passphrase_hint = Alıcının da buna ihtiyacı olacak. Bağlantıdan farklı bir yolla gönderin.
passphrase_show = Parola ifadesini göster
passphrase_hide = Parola ifadesini gizle
generator_title = Parola oluşturucu
generator_length = Uzunluk
generator_lower = Küçük harfler
generator_upper = Büyük harfler
generator_digits = Rakamlar
generator_symbols = Semboller
generator_generate = Oluştur
generator_result = Oluşturulan parola
generator_insert = Sırra ekle
generator_use_as_passphrase = Parola ifadesi olarak kullan
generator_need_class = En az bir karakter türü seçin.
expiry_label = Geçerlilik süresi
views_label = Açılma sayısı
views_hint = En fazla { $max } kez. Sır, son açılışından sonra veya süresi dolduğunda (hangisi önce olursa) yok edilir.
create_button = Bağlantı oluştur
creating = Şifreleniyor ve gönderiliyor…
reading_files = Dosyalar okunuyor…
deriving_key = Parola ifadesinden anahtar türetiliyor…
err_empty = Önce bir sır yazın veya bir dosya ekleyin.
err_too_large = Bu çok büyük: toplamda en fazla { $max } olabilir.
err_file_unreadable = Bir dosya okunamadı.
err_unreachable = Sunucuya ulaşılamıyor. İnternet bağlantınızı kontrol edip tekrar deneyin.
err_rate_limited = Kısa sürede çok fazla istek gönderildi. Bir dakika bekleyip tekrar deneyin.
err_full = Sunucu şu anda dolu. Daha sonra tekrar deneyin.
err_unexpected = Bu tarayıcıda bir sorun oluştu. Sayfayı yeniden yükleyip tekrar deneyin.
err_server = Sunucu bu işlemi gerçekleştiremedi ({ $code }). Daha sonra tekrar deneyin.
create_off = Bu kurulum yalnızca bağlantıları açar, yeni sır oluşturmaz. Bir sır paylaşmak için kuruluşunuzun bu amaçla sağladığı kurulumu kullanın.
create_sign_in = Burada yalnızca bu kuruluşun üyeleri sır oluşturabilir. Önce kuruluşunuz üzerinden oturum açın. Bağlantısı olan herkes yine de onu açabilir.
create_sign_in_link = Oturum aç
create_not_allowed = Oturum açtınız, ancak hesabınız burada sır oluşturamaz. Yöneticinize başvurun.

## The link, shown after creating.

link_title = Bağlantınız hazır
link_label = Paylaşım bağlantısı (bir kez açılır)
link_help = Bu bağlantıyı alıcıya gönderin. Yalnızca bir kez açılabilir.
link_expires = Açılmazsa sırrın süresi şu tarihte dolar: { $when }.
link_passphrase_reminder = Parola ifadesini ayrıca göndermeyi unutmayın.
link_label_views = Paylaşım bağlantısı
link_help_views =
    { $n ->
        [one] Bu bağlantıyı alıcıya gönderin. { $n } kez açılabilir.
       *[other] Bu bağlantıyı alıcılara gönderin. { $n } kez açılabilir.
    }
link_expires_views = Tüm açılma hakları kullanılmazsa sırrın süresi şu tarihte dolar: { $when }.
copy = Kopyala
copied = Panoya kopyalandı.
copy_failed = Kopyalanamadı: metni seçip kendiniz kopyalayın.
qr_label = Paylaşım bağlantısının QR kodu
share_email = E-postayla paylaş
email_subject = Sizin için bir sır
email_body = Sizinle paylaştığım sırrı okumak için bu bağlantıyı açın. Yalnızca bir kez çalışır:
email_body_views =
    { $n ->
        [one] Sizinle paylaştığım sırrı okumak için bu bağlantıyı açın. { $n } kez çalışır:
       *[other] Sizinle paylaştığım sırrı okumak için bu bağlantıyı açın. { $n } kez çalışır:
    }
receipt_title = Yalnızca sizin için: durum bağlantısı
receipt_help = Bu bağlantıyı kendinize saklayın; alıcıya göndermeyin. Sırrın açılıp açılmadığını gösterir ve sırrı yok etmenizi sağlar.
receipt_label = Durum bağlantısı (özel)
create_another = Başka bir sır oluştur

## Open page (the recipient).

open_title = Sizin için bir sır
checking = Bağlantı denetleniyor…
open_waiting = Biri sizinle bir sır paylaştı. Yalnızca bir kez açılabilir; ardından yok edilir.
open_waiting_views =
    { $n ->
        [one] Biri sizinle bir sır paylaştı. { $n } kez daha açılabilir; ardından yok edilir.
       *[other] Biri sizinle bir sır paylaştı. { $n } kez daha açılabilir; sonuncusundan sonra yok edilir.
    }
open_expires = Şu tarihe kadar kullanılabilir: { $when }.
open_needs_passphrase = Bir parola ifadesiyle korunuyor; gönderenin bunu size ayrıca iletmiş olması gerekir.
open_passphrase_label = Parola ifadesi
open_button = Sırrı aç
opening = Açılıyor…
open_wrong_passphrase =
    { $n ->
        [one] Yanlış parola ifadesi. Sır yok edilmeden önce { $n } deneme hakkınız kaldı.
       *[other] Yanlış parola ifadesi. Sır yok edilmeden önce { $n } deneme hakkınız kaldı.
    }
open_unavailable_title = Bu sır kullanılamıyor
open_unavailable = Zaten açılmış, yok edilmiş veya süresi dolmuş: bir sır yalnızca bir kez açılabilir. Gerekirse gönderenden yenisini isteyin.
open_bad_link = Bu bağlantı eksik. # işaretinden sonraki kısım dahil tamamını kopyaladığınızdan emin olun.
open_failed_decrypt = Sırrın şifresi çözülemedi. Bağlantı bozuk olabilir.
open_interrupted = Açma işlemi yarıda kesildi; sır gösterilmemiş olsa da kullanılmış olabilir.
opened_title = Sırrınız
opened_text_label = Sır metni
opened_clipboard = Pano, kopyaladıklarınızı saklayabilir: geçmişinde veya eşitlendiği cihazlarda.
opened_destroyed = Sır artık sunucuda yok edildi. Bu sayfadan ayrılmadan önce ihtiyacınız olanı kopyalayın veya kaydedin.
opened_views_left =
    { $n ->
        [one] Sır { $n } kez daha açılabilir; ardından sunucuda yok edilecek. Bu sayfadan ayrılmadan önce ihtiyacınız olanı kopyalayın veya kaydedin.
       *[other] Sır { $n } kez daha açılabilir; ardından sunucuda yok edilecek. Bu sayfadan ayrılmadan önce ihtiyacınız olanı kopyalayın veya kaydedin.
    }
opened_burn_rest = Aldım: şimdi yok et
opened_burn_question =
    { $n ->
        [one] Sır şimdi yok edilsin mi? Kalan { $n } açılma hakkı herkes için kaybolacak.
       *[other] Sır şimdi yok edilsin mi? Kalan { $n } açılma hakkı herkes için kaybolacak.
    }
opened_burn_confirm = Evet, yok et
opened_files = Dosyalar
download = { $name } dosyasını indir ({ $size })
opened_empty = (metin yok)

## Receipt page (the creator's private page).

receipt_page_title = Sırrın durumu
receipt_intro = Bu özel sayfa, paylaştığınız sırra ne olduğunu gösterir.
receipt_state_label = Durum
state_waiting = Bekliyor: henüz açılmadı.
state_waiting_views =
    { $n ->
        [one] Bekliyor: daha önce açıldı, { $n } açılma hakkı kaldı.
       *[other] Bekliyor: daha önce açıldı, { $n } açılma hakkı kaldı.
    }
state_opened = Açıldı: { $when }.
state_burned = Yok edildi: artık kimse açamaz.
state_expired = Açılmadan süresi doldu.
state_expired_views =
    { $n ->
        [one] { $n } kez açıldıktan sonra süresi doldu.
       *[other] { $n } kez açıldıktan sonra süresi doldu.
    }
receipt_expires = Süresi dolacak: { $when }.
receipt_expired_at = Süre sonu: { $when }.
receipt_views_total =
    { $n ->
        [one] Toplam { $n } kez açılabilir.
       *[other] Toplam { $n } kez açılabilir.
    }
receipt_opens_label = Açıldığı zamanlar
receipt_gone = Bu durum sayfası bilinmiyor veya silinmiş.
receipt_bad_link = Bu durum bağlantısı eksik. # işaretinden sonraki kısım dahil tamamını kopyaladığınızdan emin olun.
refresh = Yenile
burn_button = Şimdi yok et
burn_question = Sır şimdi yok edilsin mi? Artık kimse açamayacak.
burn_confirm = Evet, yok et
cancel = İptal
burned_done = Sır yok edildi.
receipt_watching = Bu sayfa açık kaldığı sürece birkaç saniyede bir durumu kontrol eder ve her değişikliği gösterir.
receipt_notify = Durum değişince bana bildir
receipt_notify_on = Bu sayfa açık kaldığı sürece ayrıca bir tarayıcı bildirimi de alacaksınız.
receipt_notify_blocked = Bu tarayıcı, bu sayfanın bildirimlerini engelliyor. Sayfanın kendisi değişikliği yine de gösterir.
receipt_changed = Siz izlerken durum değişti.

## Privacy page.

privacy_title = Gizlilik
privacy_encryption = Sırrınız tarayıcınızda şifrelenir. Anahtar, bağlantının # işaretinden sonraki kısmındadır; tarayıcılar bu kısmı hiçbir sunucuya göndermez.
privacy_stored = Sunucu yalnızca şifrelenmiş sırrı, bağlantıdan türetilen bir tanımlayıcıyı, bağlantıyı doğrulamaya yarayan bir karma değerini, süre sonunu, kalan açılma hakkı sayısını ve durum sayfasında gösterilen durumu her açılışın zamanıyla birlikte saklar. Metninizi, dosyalarınızı ya da adlarını, parola ifadenizi veya bağlantıyı asla görmez.
privacy_deleted = Bir sır izin verilen son açılışından sonra, yok edildiğinde veya süresi dolduğunda (hangisi önce olursa) silinir. Durum sayfası da bundan bir süre sonra silinir.
privacy_tracking = İzleme, analiz, çerez ve üçüncü taraf yok: bu sayfanın ihtiyaç duyduğu her şey bu sunucudan gelir.
privacy_logs = Sunucu, sır tanımlayıcılarını, kanıtları, durum bağlantılarını veya IP adresinizi günlüğe kaydetmez.
privacy_language = Dil tercihiniz yalnızca bu tarayıcının yerel depolama alanında tutulur.

## Not found.

not_found_title = Sayfa bulunamadı
not_found_body = Bu adreste hiçbir şey yok.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Sır iste
request_title = Bir sır isteyin
request_intro = Birinden bir parola veya dosya mı lazım? Bir talep oluşturun ve bağlantısını o kişiye gönderin. Onun tarayıcısı yanıtı yalnızca sizin için şifreler: yanıtı yalnızca özel bağlantınız okuyabilir, o da bir kez.
request_note_label = Neye ihtiyacınız var (isteğe bağlı)
# $max is a number of bytes.
request_note_hint = Karşı taraf bu notu talep bağlantısını açtığında görür; not da diğer her şey gibi şifrelenir. En fazla { $max } bayt.
request_note_too_long = Not çok uzun: en fazla { $max } bayt olabilir.
request_expiry_label = Talebin ve yanıtının geçerlilik süresi
request_button = Talep oluştur
requested_title = Talebiniz hazır
request_link_label = Talep bağlantısı: sır kimdeyse ona gönderin
request_link_help = Bu bağlantıyı gören herkes talebi bir kez yanıtlayabilir. Yanıtı sizden başka kimse okuyamaz.
request_private_title = Özel bağlantınız
request_private_help = Bu bağlantıyı kendinize saklayın; kimseye göndermeyin. Yanıtın gelip gelmediğini gösterir ve yanıtı bir kez açar.
request_private_label = Özel bağlantı (yalnızca sizin için)
request_expires = Talep şu tarihe kadar yanıt bekler: { $when }.
# The answerer's page.
answer_title = Biri sizden bir sır istiyor
answer_note_label = Talep edenin notu
answer_no_note = Not bırakılmamış.
answer_text_label = Yanıtınız
answer_hint = Yanıtınız bu tarayıcıda, talep eden kişi için şifrelenir: yalnızca onun özel bağlantısı yanıtı bir kez okuyabilir. Bu sunucu okuyamaz.
answer_anyone = Bu bağlantıyı görmüş olan herkes yanıt verebilir ve yalnızca ilk yanıt saklanır. Yalnızca bağlantı tanıdığınız birinden geldiyse yanıt verin.
answer_expires = Şu tarihe kadar yanıt verebilirsiniz: { $when }.
answer_button = Yanıtı gönder
answered_title = Yanıt gönderildi
answered_body = Yanıtı yalnızca talep eden kişi, bir kez ve şu tarihe kadar okuyabilir: { $when }.
answer_unavailable_title = Bu talep yanıtlanamaz
answer_unavailable = Zaten yanıtlanmış veya süresi dolmuş. Kişinin hâlâ ihtiyacı varsa yeni bir talep oluşturmasını isteyin.
# The asker's private page.
asker_title = Talebiniz
asker_note_label = Notunuz
asker_waiting = Henüz yanıt yok. Bu sayfa açık kaldığı sürece birkaç saniyede bir kontrol eder.
asker_answered = Yanıt geldi: { $when }. Yalnızca bir kez açılır; ardından sunucudan silinir.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Siz izlerken yanıt geldi.
asker_open_button = Yanıtı aç
asker_gone = Bu talep bilinmiyor: yanıtı zaten açılmış veya süresi dolmuş.
asker_expires = Talebin ve yanıtının süresi şu tarihte dolar: { $when }.
