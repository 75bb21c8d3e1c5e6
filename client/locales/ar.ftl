# Cinder: Arabic (Modern Standard).
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = أسرار تُفتح مرة واحدة، مشفّرة في متصفحك
nav_create = سر جديد
nav_privacy = الخصوصية
language_label = اللغة
footer_note = يتم التشفير في متصفحك. لا يرى الخادم سرّك ولا الرابط أبدًا.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = الجهة المشغّلة:
instance_note = ملاحظة من الجهة المشغّلة لهذه الخدمة:

## Create page.

create_title = شارك سرًّا
create_intro = يُشفَّر سرّك في هذا المتصفح قبل إرسال أي شيء. يفتحه الرابط مرة واحدة، ثم يُحذف نهائيًا.
text_label = السر
text_hint = لن يراه إلا من يفتح الرابط.
files_label = الملفات (اختيارية)
files_hint = بحد أقصى { $max } إجمالًا.
files_drop = اسحب الملفات وأفلتها هنا، أو اخترها:
file_remove = إزالة { $name }
files_total = { $size } من { $max }
passphrase_label = عبارة المرور (اختيارية)
passphrase_hint = سيحتاج إليها المستلم أيضًا. أرسلها بطريقة أخرى غير الرابط.
passphrase_show = إظهار عبارة المرور
passphrase_hide = إخفاء عبارة المرور
generator_title = مولّد كلمات المرور
generator_length = الطول
generator_lower = أحرف صغيرة
generator_upper = أحرف كبيرة
generator_digits = أرقام
generator_symbols = رموز
generator_generate = توليد
generator_result = كلمة المرور المولَّدة
generator_insert = إضافة إلى السر
generator_use_as_passphrase = استخدامها كعبارة مرور
generator_need_class = اختر نوعًا واحدًا على الأقل من الأحرف.
expiry_label = تنتهي الصلاحية بعد
create_button = إنشاء الرابط
creating = جارٍ التشفير والإرسال…
reading_files = جارٍ قراءة الملفات…
deriving_key = جارٍ اشتقاق المفتاح من عبارة المرور…
err_empty = اكتب سرًّا أو أضف ملفًا أولًا.
err_too_large = الحجم كبير جدًا: الحد الأقصى { $max } إجمالًا.
err_file_unreadable = تعذّرت قراءة أحد الملفات.
err_unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
err_rate_limited = طلبات كثيرة جدًا في وقت قصير. انتظر دقيقة وحاول مرة أخرى.
err_full = الخادم ممتلئ حاليًا. حاول مرة أخرى لاحقًا.
err_unexpected = حدث خطأ ما في هذا المتصفح. أعد تحميل الصفحة وحاول مرة أخرى.
err_server = تعذّر على الخادم تنفيذ ذلك ({ $code }). حاول مرة أخرى لاحقًا.
create_off = هذا الخادم يفتح الروابط فقط، ولا يُنشئ أسرارًا جديدة. لمشاركة سر، استخدم الخادم الذي توفّره مؤسستك لهذا الغرض.
create_sign_in = إنشاء الأسرار هنا متاح لأفراد هذه المؤسسة فقط. سجّل الدخول عبر مؤسستك أولًا. ومع ذلك، يمكن لأي شخص لديه رابط أن يفتحه.
create_sign_in_link = تسجيل الدخول
create_not_allowed = لقد سجّلت الدخول، لكن حسابك لا يملك صلاحية إنشاء أسرار هنا. تواصل مع المسؤول.

## The link, shown after creating.

link_title = رابطك جاهز
link_label = رابط المشاركة (يُفتح مرة واحدة)
link_help = أرسل هذا الرابط إلى المستلم. لا يمكن فتحه إلا مرة واحدة.
link_expires = إن لم يُفتح، تنتهي صلاحية السر في { $when }.
link_passphrase_reminder = لا تنسَ إرسال عبارة المرور بشكل منفصل.
copy = نسخ
copied = تم النسخ إلى الحافظة.
copy_failed = تعذّر النسخ: حدّد النص وانسخه بنفسك.
qr_label = رمز QR لرابط المشاركة
share_email = مشاركة عبر البريد الإلكتروني
email_subject = سر لك
email_body = افتح هذا الرابط لقراءة السر الذي شاركته معك. لا يعمل إلا مرة واحدة:
receipt_title = لك وحدك: رابط المتابعة
receipt_help = احتفظ بهذا الرابط لنفسك ولا ترسله إلى المستلم. يوضّح لك ما إذا كان السر قد فُتح، ويتيح لك إتلافه.
receipt_label = رابط المتابعة (خاص)
create_another = إنشاء سر آخر

## Open page (the recipient).

open_title = سر لك
checking = جارٍ التحقق من الرابط…
open_waiting = شارك أحدهم سرًّا معك. لا يمكن فتحه إلا مرة واحدة، ثم يُحذف نهائيًا.
open_expires = متاح حتى { $when }.
open_needs_passphrase = وهو محمي بعبارة مرور، يُفترض أن المُرسل أعطاك إياها بشكل منفصل.
open_passphrase_label = عبارة المرور
open_button = فتح السر
opening = جارٍ الفتح…
open_wrong_passphrase =
    { $n ->
        [zero] عبارة مرور خاطئة. لم تتبقَّ أي محاولة ({ $n }) قبل حذف السر.
        [one] عبارة مرور خاطئة. تبقّت محاولة واحدة ({ $n }) قبل حذف السر.
        [two] عبارة مرور خاطئة. تبقّت محاولتان ({ $n }) قبل حذف السر.
        [few] عبارة مرور خاطئة. تبقّت { $n } محاولات قبل حذف السر.
        [many] عبارة مرور خاطئة. تبقّت { $n } محاولة قبل حذف السر.
       *[other] عبارة مرور خاطئة. تبقّت { $n } محاولة قبل حذف السر.
    }
open_unavailable_title = هذا السر غير متاح
open_unavailable = لقد فُتح من قبل أو أُتلف أو انتهت صلاحيته: لا يمكن فتح السر إلا مرة واحدة. اطلب من المُرسل سرًّا جديدًا إن احتجت إليه.
open_bad_link = هذا الرابط غير مكتمل. تأكّد من أنك نسخته كاملًا، بما في ذلك الجزء الذي يلي #.
open_failed_decrypt = تعذّر فك تشفير السر. ربما يكون الرابط تالفًا.
open_interrupted = انقطعت عملية الفتح، وربما استُهلك السر رغم أنه لم يُعرض.
opened_title = سرّك
opened_text_label = نص السر
opened_clipboard = قد تحتفظ الحافظة بما تنسخه: في سجلّها، أو على الأجهزة التي تتزامن معها.
opened_destroyed = حُذف السر الآن من الخادم. انسخ ما تحتاج إليه أو احفظه قبل مغادرة هذه الصفحة.
opened_files = الملفات
download = تنزيل { $name } ({ $size })
opened_empty = (بلا نص)

## Receipt page (the creator's private page).

receipt_page_title = متابعة السر
receipt_intro = تُخبرك هذه الصفحة الخاصة بما حدث للسر الذي شاركته.
receipt_state_label = الحالة
state_waiting = في الانتظار: لم يُفتح بعد.
state_opened = فُتح في { $when }.
state_burned = أُتلف: لم يعد بإمكان أحد فتحه.
state_expired = انتهت صلاحيته دون أن يُفتح.
receipt_expires = تنتهي الصلاحية في { $when }.
receipt_expired_at = انتهاء الصلاحية: { $when }.
receipt_gone = رابط المتابعة هذا غير معروف أو تم حذفه.
receipt_bad_link = رابط المتابعة هذا غير مكتمل. تأكّد من أنك نسخته كاملًا، بما في ذلك الجزء الذي يلي #.
refresh = تحديث
burn_button = إتلاف الآن
burn_question = أتريد إتلاف السر الآن؟ لن يتمكن أحد من فتحه.
burn_confirm = نعم، أتلِفه
cancel = إلغاء
burned_done = تم إتلاف السر.
receipt_watching = ما دامت هذه الصفحة مفتوحة، فإنها تتحقق كل بضع ثوانٍ وتعرض أي تغيير.
receipt_notify = أرسل لي إشعارًا عند تغيّر الحالة
receipt_notify_on = ستتلقى أيضًا إشعارًا من المتصفح، ما دامت هذه الصفحة مفتوحة.
receipt_notify_blocked = يحظر هذا المتصفح الإشعارات لهذه الصفحة. لكن الصفحة نفسها ستظل تعرض التغيير.
receipt_changed = تغيّرت الحالة أثناء متابعتك.

## Privacy page.

privacy_title = الخصوصية
privacy_encryption = يُشفَّر سرّك في متصفحك. المفتاح موجود في جزء الرابط الذي يلي #، وهو جزء لا ترسله المتصفحات إلى أي خادم أبدًا.
privacy_stored = لا يخزّن الخادم سوى السر المشفّر، ومعرّف مشتق من الرابط، وقيمة تجزئة (hash) للتحقق من الرابط، ووقت انتهاء الصلاحية، وحالة المتابعة. ولا يرى أبدًا نصّك أو ملفاتك أو أسماءها أو عبارة المرور أو الرابط.
privacy_deleted = يُحذف السر عند فتحه أو إتلافه أو انتهاء صلاحيته، أيّها أسبق. وتُحذف بيانات متابعته بعد ذلك بمدة.
privacy_tracking = لا تتبّع ولا تحليلات ولا ملفات تعريف ارتباط ولا أطراف ثالثة: كل ما تحتاج إليه هذه الصفحة يأتي من هذا الخادم.
privacy_logs = لا يسجّل الخادم معرّفات الأسرار ولا الإثباتات ولا روابط المتابعة ولا عنوان IP الخاص بك.
privacy_language = يُحفظ اختيارك للغة في التخزين المحلي لهذا المتصفح فقط.

## Not found.

not_found_title = الصفحة غير موجودة
not_found_body = لا يوجد شيء على هذا العنوان.
