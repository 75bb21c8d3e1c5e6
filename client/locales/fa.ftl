# Cinder: Persian.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = رازهای یک‌بارمصرف، رمزگذاری‌شده در مرورگر شما
nav_create = راز جدید
nav_privacy = حریم خصوصی
language_label = زبان
footer_note = رمزگذاری در مرورگر شما انجام می‌شود. سرور هرگز راز شما یا پیوند را نمی‌بیند.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = گردانندهٔ سرویس:
instance_note = یادداشتی از گردانندهٔ این سرویس:

## Create page.

create_title = اشتراک‌گذاری راز
create_intro = راز شما پیش از ارسال هر چیزی در همین مرورگر رمزگذاری می‌شود. پیوند فقط یک بار آن را باز می‌کند و پس از آن، راز از بین می‌رود.
text_label = راز
text_hint = فقط کسی که پیوند را باز کند آن را می‌بیند.
files_label = فایل‌ها (اختیاری)
files_hint = در مجموع حداکثر { $max }.
files_drop = فایل‌ها را به اینجا بکشید یا انتخابشان کنید:
file_remove = حذف { $name }
files_total = { $size } از { $max }
passphrase_label = عبارت عبور (اختیاری)
passphrase_hint = گیرنده هم به آن نیاز دارد. آن را از راهی غیر از پیوند بفرستید.
passphrase_show = نمایش عبارت عبور
passphrase_hide = پنهان کردن عبارت عبور
generator_title = سازندهٔ گذرواژه
generator_length = طول
generator_lower = حروف کوچک
generator_upper = حروف بزرگ
generator_digits = ارقام
generator_symbols = نمادها
generator_generate = تولید
generator_result = گذرواژهٔ تولیدشده
generator_insert = افزودن به راز
generator_use_as_passphrase = استفاده به‌عنوان عبارت عبور
generator_need_class = دست‌کم یک نوع نویسه انتخاب کنید.
expiry_label = انقضا پس از
create_button = ساخت پیوند
creating = در حال رمزگذاری و ارسال…
reading_files = در حال خواندن فایل‌ها…
deriving_key = در حال استخراج کلید از عبارت عبور…
err_empty = ابتدا رازی بنویسید یا فایلی اضافه کنید.
err_too_large = حجم بیش از حد مجاز است: در مجموع حداکثر { $max }.
err_file_unreadable = یکی از فایل‌ها خوانده نشد.
err_unreachable = دسترسی به سرور ممکن نیست. اتصال خود را بررسی و دوباره تلاش کنید.
err_rate_limited = در مدت کوتاهی درخواست‌های زیادی فرستاده شده است. یک دقیقه صبر و دوباره تلاش کنید.
err_full = سرور در حال حاضر پر است. بعداً دوباره تلاش کنید.
err_unexpected = در این مرورگر مشکلی پیش آمد. صفحه را مجدداً بارگذاری کنید و دوباره تلاش کنید.
err_server = سرور نتوانست این کار را انجام دهد ({ $code }). بعداً دوباره تلاش کنید.
create_off = این سرور فقط پیوندها را باز می‌کند و راز جدیدی نمی‌سازد. برای اشتراک‌گذاری راز، از سروری استفاده کنید که سازمانتان برای این کار در اختیارتان گذاشته است.
create_sign_in = فقط اعضای این سازمان می‌توانند در اینجا راز بسازند. ابتدا از طریق سازمان خود وارد شوید. هر کسی که پیوندی در دست دارد، همچنان می‌تواند آن را باز کند.
create_sign_in_link = ورود
create_not_allowed = وارد شده‌اید، اما حسابتان اجازهٔ ساختن راز در اینجا را ندارد. با سرپرست سیستم تماس بگیرید.

## The link, shown after creating.

link_title = پیوند شما آماده است
link_label = پیوند اشتراک‌گذاری (یک بار باز می‌شود)
link_help = این پیوند را برای گیرنده بفرستید. فقط یک بار می‌توان آن را باز کرد.
link_expires = اگر باز نشود، راز در { $when } منقضی می‌شود.
link_passphrase_reminder = فراموش نکنید عبارت عبور را جداگانه بفرستید.
copy = کپی
copied = در کلیپ‌بورد کپی شد.
copy_failed = کپی انجام نشد: متن را انتخاب کنید و خودتان کپی کنید.
qr_label = کد QR پیوند اشتراک‌گذاری
share_email = اشتراک‌گذاری با ایمیل
email_subject = رازی برای شما
email_body = این پیوند را باز کنید تا رازی را که با شما به اشتراک گذاشته‌ام بخوانید. فقط یک بار کار می‌کند:
receipt_title = فقط برای شما: پیوند پیگیری
receipt_help = این پیوند را نزد خود نگه دارید و برای گیرنده نفرستید. این پیوند نشان می‌دهد راز باز شده است یا نه، و به شما امکان می‌دهد آن را نابود کنید.
receipt_label = پیوند پیگیری (خصوصی)
create_another = ساخت راز دیگر

## Open page (the recipient).

open_title = رازی برای شما
checking = در حال بررسی پیوند…
open_waiting = کسی رازی را با شما به اشتراک گذاشته است. فقط یک بار می‌توان آن را باز کرد و پس از آن از بین می‌رود.
open_expires = در دسترس تا { $when }.
open_needs_passphrase = این راز با عبارت عبور محافظت شده است که فرستنده باید آن را جداگانه به شما داده باشد.
open_passphrase_label = عبارت عبور
open_button = باز کردن راز
opening = در حال باز کردن…
open_wrong_passphrase =
    { $n ->
        [one] عبارت عبور نادرست است. پیش از حذف راز، { $n } تلاش دیگر باقی مانده است.
       *[other] عبارت عبور نادرست است. پیش از حذف راز، { $n } تلاش دیگر باقی مانده است.
    }
open_unavailable_title = این راز در دسترس نیست
open_unavailable = این راز قبلاً باز شده، نابود شده یا منقضی شده است: هر راز فقط یک بار باز می‌شود. اگر به آن نیاز دارید، از فرستنده راز تازه‌ای بخواهید.
open_bad_link = این پیوند ناقص است. بررسی کنید که همهٔ آن را، از جمله بخش پس از #، کپی کرده باشید.
open_failed_decrypt = رمزگشایی راز ممکن نشد. شاید پیوند آسیب دیده باشد.
open_interrupted = باز کردن راز قطع شد و ممکن است راز مصرف شده باشد، هرچند نمایش داده نشد.
opened_title = راز شما
opened_text_label = متن راز
opened_clipboard = کلیپ‌بورد ممکن است آنچه را کپی می‌کنید نگه دارد: در تاریخچهٔ خود یا در دستگاه‌هایی که با آن‌ها همگام می‌شود.
opened_destroyed = راز اکنون از سرور حذف شده است. پیش از ترک این صفحه، هر چه لازم دارید کپی یا ذخیره کنید.
opened_files = فایل‌ها
download = بارگیری { $name } ({ $size })
opened_empty = (بدون متن)

## Receipt page (the creator's private page).

receipt_page_title = پیگیری راز
receipt_intro = این صفحهٔ خصوصی به شما نشان می‌دهد چه بر سر رازی که به اشتراک گذاشتید آمده است.
receipt_state_label = وضعیت
state_waiting = در انتظار: هنوز باز نشده است.
state_opened = در { $when } باز شد.
state_burned = نابود شد: دیگر هیچ‌کس نمی‌تواند آن را باز کند.
state_expired = بی‌آنکه باز شود، منقضی شد.
receipt_expires = در { $when } منقضی می‌شود.
receipt_expired_at = زمان انقضا: { $when }.
receipt_gone = این پیوند پیگیری ناشناخته است یا حذف شده است.
receipt_bad_link = این پیوند پیگیری ناقص است. بررسی کنید که همهٔ آن را، از جمله بخش پس از #، کپی کرده باشید.
refresh = تازه‌سازی
burn_button = نابودی فوری
burn_question = راز همین حالا نابود شود؟ دیگر هیچ‌کس نخواهد توانست آن را باز کند.
burn_confirm = بله، نابود شود
cancel = لغو
burned_done = راز نابود شد.
receipt_watching = تا وقتی این صفحه باز است، هر چند ثانیه یک بار وضعیت را بررسی می‌کند و هر تغییری را نشان می‌دهد.
receipt_notify = اطلاع‌رسانی هنگام تغییر وضعیت
receipt_notify_on = تا وقتی این صفحه باز بماند، اعلانی هم از مرورگر دریافت خواهید کرد.
receipt_notify_blocked = این مرورگر اعلان‌های این صفحه را مسدود می‌کند. با این حال، خود صفحه همچنان تغییر را نشان می‌دهد.
receipt_changed = وضعیت در مدتی که صفحه را زیر نظر داشتید تغییر کرد.

## Privacy page.

privacy_title = حریم خصوصی
privacy_encryption = راز شما در مرورگرتان رمزگذاری می‌شود. کلید در بخشی از پیوند است که پس از # می‌آید و مرورگرها هرگز آن را به هیچ سروری نمی‌فرستند.
privacy_stored = سرور فقط راز رمزگذاری‌شده، شناسه‌ای برگرفته از پیوند، یک هش برای بررسی پیوند، زمان انقضا و وضعیت پیگیری را ذخیره می‌کند. سرور هرگز متن شما، فایل‌هایتان یا نام آن‌ها، عبارت عبور یا پیوند را نمی‌بیند.
privacy_deleted = راز هنگام باز شدن، نابود شدن یا انقضا، هر کدام زودتر رخ دهد، حذف می‌شود. اطلاعات پیگیری آن مدتی پس از آن حذف می‌شود.
privacy_tracking = بدون ردیابی، بدون تحلیل آماری، بدون کوکی و بدون شخص ثالث: هر چه این صفحه لازم دارد از همین سرور می‌آید.
privacy_logs = سرور شناسهٔ رازها، اثبات‌ها، پیوندهای پیگیری یا نشانی IP شما را ثبت نمی‌کند.
privacy_language = زبانی که انتخاب می‌کنید فقط در حافظهٔ محلی همین مرورگر نگه داشته می‌شود.

## Not found.

not_found_title = صفحه پیدا نشد
not_found_body = در این نشانی چیزی وجود ندارد.
