# Cinder: Hebrew.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = סודות חד־פעמיים, מוצפנים בדפדפן שלך
nav_create = סוד חדש
nav_privacy = פרטיות
language_label = שפה
footer_note = ההצפנה מתבצעת בדפדפן שלך. השרת לעולם אינו רואה את הסוד שלך או את הקישור.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = מפעיל השירות:
instance_note = הודעה ממפעיל השירות:

## Create page.

create_title = שיתוף סוד
create_intro = הסוד שלך מוצפן בדפדפן הזה עוד לפני שנשלח דבר. הקישור פותח אותו פעם אחת, ואז הוא נמחק.
text_label = סוד
text_hint = רק מי שיפתח את הקישור יראה אותו.
files_label = קבצים (לא חובה)
files_hint = עד { $max } בסך הכול.
files_drop = אפשר לגרור קבצים לכאן, או לבחור אותם:
file_remove = הסרת { $name }
files_total = { $size } מתוך { $max }
passphrase_label = ביטוי סיסמה (לא חובה)
passphrase_hint = גם הנמען יזדקק לו. יש לשלוח אותו בדרך אחרת, לא יחד עם הקישור.
passphrase_show = הצגת ביטוי הסיסמה
passphrase_hide = הסתרת ביטוי הסיסמה
generator_title = מחולל סיסמאות
generator_length = אורך
generator_lower = אותיות קטנות
generator_upper = אותיות גדולות
generator_digits = ספרות
generator_symbols = סימנים
generator_generate = יצירה
generator_result = הסיסמה שנוצרה
generator_insert = הוספה לסוד
generator_use_as_passphrase = שימוש כביטוי סיסמה
generator_need_class = יש לבחור לפחות סוג תווים אחד.
expiry_label = התוקף יפוג לאחר
views_label = מספר הפתיחות
views_hint = עד { $max } פעמים. הסוד נמחק אחרי הפתיחה האחרונה או כשפג תוקפו – המוקדם מביניהם.
create_button = יצירת קישור
creating = מצפין ושולח…
reading_files = קורא קבצים…
deriving_key = גוזר את המפתח מביטוי הסיסמה…
err_empty = יש לכתוב סוד או להוסיף קובץ קודם.
err_too_large = הגודל חורג מהמותר: עד { $max } בסך הכול.
err_file_unreadable = לא ניתן לקרוא את אחד הקבצים.
err_unreachable = אין גישה לשרת. יש לבדוק את החיבור ולנסות שוב.
err_rate_limited = יותר מדי בקשות בזמן קצר. יש להמתין דקה ולנסות שוב.
err_full = השרת מלא כרגע. יש לנסות שוב מאוחר יותר.
err_unexpected = משהו השתבש בדפדפן הזה. יש לטעון מחדש את הדף ולנסות שוב.
err_server = השרת לא הצליח לבצע את הפעולה ({ $code }). יש לנסות שוב מאוחר יותר.
create_off = השרת הזה רק פותח קישורים: אי אפשר ליצור בו סודות חדשים. כדי לשתף סוד, יש להשתמש בשרת שהארגון שלך מספק לשם כך.
create_sign_in = רק חברי הארגון הזה יכולים ליצור כאן סודות. יש להתחבר קודם דרך הארגון שלך. כל מי שיש בידיו קישור עדיין יכול לפתוח אותו.
create_sign_in_link = התחברות
create_not_allowed = התחברת, אבל לחשבון שלך אין הרשאה ליצור כאן סודות. יש לפנות למנהל המערכת.

## The link, shown after creating.

link_title = הקישור שלך מוכן
link_label = קישור לשיתוף (נפתח פעם אחת)
link_help = יש לשלוח את הקישור הזה לנמען. אפשר לפתוח אותו פעם אחת בלבד.
link_expires = אם הסוד לא ייפתח, תוקפו יפוג ב־{ $when }.
link_passphrase_reminder = חשוב לזכור לשלוח את ביטוי הסיסמה בנפרד.
link_label_views = קישור לשיתוף
link_help_views =
    { $n ->
        [one] יש לשלוח את הקישור הזה לנמען. אפשר לפתוח אותו פעם אחת.
        [two] יש לשלוח את הקישור הזה לנמענים. אפשר לפתוח אותו { $n } פעמים.
       *[other] יש לשלוח את הקישור הזה לנמענים. אפשר לפתוח אותו { $n } פעמים.
    }
link_expires_views = אם לא ינוצלו כל הפתיחות, תוקף הסוד יפוג ב־{ $when }.
copy = העתקה
copied = הועתק ללוח העריכה.
copy_failed = ההעתקה נכשלה: יש לסמן את הטקסט ולהעתיק אותו ידנית.
qr_label = קוד QR של קישור השיתוף
share_email = שיתוף בדוא״ל
email_subject = סוד בשבילך
email_body = בקישור הזה אפשר לקרוא את הסוד ששיתפתי איתך. הוא פועל פעם אחת בלבד:
email_body_views =
    { $n ->
        [one] בקישור הזה אפשר לקרוא את הסוד ששיתפתי איתך. הוא פועל פעם אחת:
        [two] בקישור הזה אפשר לקרוא את הסוד ששיתפתי איתך. הוא פועל { $n } פעמים:
       *[other] בקישור הזה אפשר לקרוא את הסוד ששיתפתי איתך. הוא פועל { $n } פעמים:
    }
receipt_title = רק בשבילך: קישור הסטטוס
receipt_help = את הקישור הזה כדאי לשמור לעצמך, ואין לשלוח אותו לנמען. הוא מראה אם הסוד נפתח ומאפשר להשמיד אותו.
receipt_label = קישור סטטוס (פרטי)
create_another = יצירת סוד נוסף

## Open page (the recipient).

open_title = סוד בשבילך
checking = בודק את הקישור…
open_waiting = מישהו שיתף איתך סוד. אפשר לפתוח אותו פעם אחת בלבד, ולאחר מכן הוא נמחק.
open_waiting_views =
    { $n ->
        [one] מישהו שיתף איתך סוד. אפשר לפתוח אותו עוד פעם אחת, ולאחר מכן הוא נמחק.
        [two] מישהו שיתף איתך סוד. אפשר לפתוח אותו עוד { $n } פעמים, ואחרי הפעם האחרונה הוא נמחק.
       *[other] מישהו שיתף איתך סוד. אפשר לפתוח אותו עוד { $n } פעמים, ואחרי הפעם האחרונה הוא נמחק.
    }
open_expires = זמין עד { $when }.
open_needs_passphrase = הסוד מוגן בביטוי סיסמה, שהשולח היה אמור למסור לך בנפרד.
open_passphrase_label = ביטוי סיסמה
open_button = פתיחת הסוד
opening = פותח…
open_wrong_passphrase =
    { $n ->
        [one] ביטוי סיסמה שגוי. נותר { $n } ניסיון לפני שהסוד יימחק.
        [two] ביטוי סיסמה שגוי. נותרו { $n } ניסיונות לפני שהסוד יימחק.
       *[other] ביטוי סיסמה שגוי. נותרו { $n } ניסיונות לפני שהסוד יימחק.
    }
open_unavailable_title = הסוד הזה אינו זמין
open_unavailable = הוא כבר נפתח, הושמד או שפג תוקפו: אפשר לפתוח סוד פעם אחת בלבד. אם צריך אותו, אפשר לבקש מהשולח סוד חדש.
open_bad_link = הקישור הזה אינו שלם. יש לוודא שהוא הועתק במלואו, כולל החלק שאחרי ה־#.
open_failed_decrypt = לא ניתן לפענח את הסוד. ייתכן שהקישור פגום.
open_interrupted = הפתיחה נקטעה, וייתכן שהסוד כבר נוצל אף שלא הוצג.
opened_title = הסוד שלך
opened_text_label = טקסט הסוד
opened_clipboard = לוח העריכה עשוי לשמור את מה שמעתיקים: בהיסטוריה שלו, או במכשירים שהוא מסתנכרן איתם.
opened_destroyed = הסוד נמחק כעת מהשרת. כדאי להעתיק או לשמור את מה שצריך לפני היציאה מהדף.
opened_views_left =
    { $n ->
        [one] אפשר לפתוח את הסוד עוד פעם אחת; לאחר מכן הוא יימחק מהשרת. כדאי להעתיק או לשמור את מה שצריך לפני היציאה מהדף.
        [two] אפשר לפתוח את הסוד עוד { $n } פעמים; לאחר מכן הוא יימחק מהשרת. כדאי להעתיק או לשמור את מה שצריך לפני היציאה מהדף.
       *[other] אפשר לפתוח את הסוד עוד { $n } פעמים; לאחר מכן הוא יימחק מהשרת. כדאי להעתיק או לשמור את מה שצריך לפני היציאה מהדף.
    }
opened_burn_rest = קיבלתי: להשמיד עכשיו
opened_burn_question =
    { $n ->
        [one] להשמיד את הסוד עכשיו? הפתיחה שנותרה תאבד לכולם.
        [two] להשמיד את הסוד עכשיו? { $n } הפתיחות שנותרו יאבדו לכולם.
       *[other] להשמיד את הסוד עכשיו? { $n } הפתיחות שנותרו יאבדו לכולם.
    }
opened_burn_confirm = כן, להשמיד
opened_files = קבצים
download = הורדת { $name } ({ $size })
opened_empty = (אין טקסט)

## Receipt page (the creator's private page).

receipt_page_title = סטטוס הסוד
receipt_intro = הדף הפרטי הזה מראה מה קרה לסוד ששיתפת.
receipt_state_label = מצב
state_waiting = ממתין: עדיין לא נפתח.
state_waiting_views =
    { $n ->
        [one] ממתין: כבר נפתח, נותרה { $n } פתיחה.
        [two] ממתין: כבר נפתח, נותרו { $n } פתיחות.
       *[other] ממתין: כבר נפתח, נותרו { $n } פתיחות.
    }
state_opened = נפתח ב־{ $when }.
state_burned = הושמד: איש כבר לא יוכל לפתוח אותו.
state_expired = פג תוקפו בלי שנפתח.
state_expired_views =
    { $n ->
        [one] פג תוקפו אחרי שנפתח פעם אחת.
        [two] פג תוקפו אחרי שנפתח פעמיים.
       *[other] פג תוקפו אחרי שנפתח { $n } פעמים.
    }
receipt_expires = התוקף יפוג ב־{ $when }.
receipt_expired_at = מועד התפוגה: { $when }.
receipt_views_total =
    { $n ->
        [one] אפשר לפתוח אותו פעם אחת בסך הכול.
        [two] אפשר לפתוח אותו { $n } פעמים בסך הכול.
       *[other] אפשר לפתוח אותו { $n } פעמים בסך הכול.
    }
receipt_opens_label = מועדי הפתיחה
receipt_gone = קישור הסטטוס הזה אינו מוכר או שנמחק.
receipt_bad_link = קישור הסטטוס הזה אינו שלם. יש לוודא שהוא הועתק במלואו, כולל החלק שאחרי ה־#.
refresh = רענון
burn_button = השמדה מיידית
burn_question = להשמיד את הסוד עכשיו? איש לא יוכל לפתוח אותו.
burn_confirm = כן, להשמיד
cancel = ביטול
burned_done = הסוד הושמד.
receipt_watching = כל עוד הדף הזה פתוח, הוא בודק את המצב כל כמה שניות ומציג כל שינוי.
receipt_notify = להודיע לי כשהמצב משתנה
receipt_notify_on = כל עוד הדף הזה נשאר פתוח, תישלח גם התראה מהדפדפן.
receipt_notify_blocked = הדפדפן הזה חוסם התראות עבור הדף הזה. הדף עצמו עדיין יציג את השינוי.
receipt_changed = המצב השתנה בזמן שהדף היה פתוח.

## Privacy page.

privacy_title = פרטיות
privacy_encryption = הסוד שלך מוצפן בדפדפן שלך. המפתח נמצא בחלק של הקישור שאחרי ה־#, ודפדפנים לעולם אינם שולחים את החלק הזה לשום שרת.
privacy_stored = השרת שומר רק את הסוד המוצפן, מזהה שנגזר מהקישור, ערך גיבוב (hash) לאימות הקישור, את מועד התפוגה, את מספר הפתיחות שנותרו ואת המצב המוצג בדף הסטטוס, כולל מועד כל פתיחה. הוא לעולם אינו רואה את הטקסט שלך, את הקבצים שלך או את שמותיהם, את ביטוי הסיסמה או את הקישור.
privacy_deleted = סוד נמחק אחרי הפתיחה האחרונה המותרת, כשהוא מושמד או כשפג תוקפו – המוקדם מביניהם. נתוני הסטטוס שלו נמחקים זמן מה לאחר מכן.
privacy_tracking = ללא מעקב, ללא ניתוח נתונים, ללא עוגיות וללא צדדים שלישיים: כל מה שהדף הזה צריך מגיע מהשרת הזה.
privacy_logs = השרת אינו רושם ביומנים מזהי סודות, הוכחות, קישורי סטטוס או את כתובת ה־IP שלך.
privacy_language = בחירת השפה שלך נשמרת רק באחסון המקומי של הדפדפן הזה.

## Not found.

not_found_title = הדף לא נמצא
not_found_body = אין כלום בכתובת הזו.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = בקשת סוד
request_title = בקשת סוד
request_intro = רוצה לקבל ממישהו סיסמה או קובץ? אפשר ליצור בקשה ולשלוח לו את הקישור שלה. הדפדפן שלו יצפין את התשובה רק בשבילך: רק הקישור הפרטי שלך יוכל לקרוא אותה, פעם אחת.
request_note_label = מה דרוש לך (לא חובה)
# $max is a number of bytes.
request_note_hint = מי שיפתח את קישור הבקשה יראה את ההערה הזו; היא מוצפנת כמו כל השאר. עד { $max } בתים.
request_note_too_long = ההערה ארוכה מדי: עד { $max } בתים.
request_expiry_label = תוקף הבקשה והתשובה יפוג לאחר
request_button = יצירת הבקשה
requested_title = הבקשה שלך מוכנה
request_link_label = קישור הבקשה: יש לשלוח אותו למי שהסוד בידיו
request_link_help = כל מי שרואה את הקישור הזה יכול לענות עליו, פעם אחת. איש מלבדך לא יוכל לקרוא את התשובה.
request_private_title = הקישור הפרטי שלך
request_private_help = את הקישור הזה כדאי לשמור לעצמך, ואין לשלוח אותו לאיש. הוא מראה אם התשובה הגיעה, ופותח אותה פעם אחת.
request_private_label = קישור פרטי (רק שלך)
request_expires = הבקשה תמתין לתשובה עד { $when }.
# The answerer's page.
answer_title = מישהו מבקש ממך סוד
answer_note_label = ההערה של המבקש
answer_no_note = לא צורפה הערה.
answer_text_label = התשובה שלך
answer_hint = התשובה מוצפנת בדפדפן הזה עבור מי שביקש אותה: רק הקישור הפרטי שלו יוכל לקרוא אותה, פעם אחת. השרת הזה אינו יכול.
answer_anyone = כל מי שראה את הקישור הזה יכול לענות עליו, ורק התשובה הראשונה נשמרת. כדאי לענות רק אם הקישור הגיע ממישהו מוכר.
answer_expires = אפשר לענות עד { $when }.
answer_button = שליחת התשובה
answered_title = התשובה נשלחה
answered_body = רק מי שביקש אותה יוכל לקרוא אותה, פעם אחת, עד { $when }.
answer_unavailable_title = אי אפשר לענות על הבקשה הזו
answer_unavailable = היא כבר נענתה, או שפג תוקפה. אם המבקש עדיין זקוק לסוד, אפשר לבקש ממנו ליצור בקשה חדשה.
# The asker's private page.
asker_title = הבקשה שלך
asker_note_label = ההערה שלך
asker_waiting = עדיין אין תשובה. כל עוד הדף הזה פתוח, הוא בודק כל כמה שניות.
asker_answered = התשובה הגיעה ב־{ $when }. אפשר לפתוח אותה פעם אחת: לאחר מכן היא נמחקת מהשרת.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = התשובה הגיעה בזמן שהדף היה פתוח.
asker_open_button = פתיחת התשובה
asker_gone = הבקשה הזו אינה מוכרת: התשובה שלה כבר נפתחה, או שפג תוקפה.
asker_expires = תוקף הבקשה והתשובה יפוג ב־{ $when }.
