# Cinder: Chinese (Traditional, Taiwan).
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = 一次性秘密，在您的瀏覽器中加密
nav_create = 新增秘密
nav_privacy = 隱私權
language_label = 語言
footer_note = 在您的瀏覽器中加密。伺服器永遠看不到您的秘密，也看不到連結。

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = 營運者：
instance_note = 本服務營運者的說明：

## Create page.

create_title = 分享秘密
create_intro = 在傳送任何內容之前，您的秘密會先在這個瀏覽器中加密。連結只能開啟一次，之後秘密就會被銷毀。
text_label = 秘密
text_hint = 只有開啟連結的人才看得到。
files_label = 檔案（選填）
files_hint = 總計最多 { $max }。
files_drop = 將檔案拖放到這裡，或選擇檔案：
file_remove = 移除 { $name }
files_total = { $size } / { $max }
passphrase_label = 密碼短語（選填）
passphrase_hint = 收件者也需要它。請用連結以外的其他方式傳送。
passphrase_show = 顯示密碼短語
passphrase_hide = 隱藏密碼短語
generator_title = 密碼產生器
generator_length = 長度
generator_lower = 小寫字母
generator_upper = 大寫字母
generator_digits = 數字
generator_symbols = 符號
generator_generate = 產生
generator_result = 產生的密碼
generator_insert = 加入秘密中
generator_use_as_passphrase = 用作密碼短語
generator_need_class = 請至少選擇一種字元類型。
expiry_label = 有效期限
views_label = 可開啟次數
views_hint = 最多 { $max } 次。秘密會在最後一次開啟後或到期時（以先發生者為準）被銷毀。
create_button = 建立連結
creating = 正在加密並傳送…
reading_files = 正在讀取檔案…
deriving_key = 正在從密碼短語衍生金鑰…
err_empty = 請先輸入秘密或加入檔案。
err_too_large = 內容太大：總計最多 { $max }。
err_file_unreadable = 無法讀取某個檔案。
err_unreachable = 無法連線到伺服器。請檢查您的網路連線，然後再試一次。
err_rate_limited = 短時間內的請求過多。請等一分鐘後再試一次。
err_full = 伺服器目前已滿。請稍後再試。
err_unexpected = 這個瀏覽器中發生錯誤。請重新載入頁面，然後再試一次。
err_server = 伺服器無法完成這項操作（{ $code }）。請稍後再試。
create_off = 這個站台只能開啟連結，無法建立新的秘密。如需分享，請使用您的組織為此提供的站台。
create_sign_in = 只有本組織的成員才能在這裡建立秘密。請先透過您的組織登入。任何持有連結的人仍然可以開啟它。
create_sign_in_link = 登入
create_not_allowed = 您已登入，但您的帳號無權在這裡建立秘密。請聯絡您的管理員。

## The link, shown after creating.

link_title = 您的連結已準備就緒
link_label = 分享連結（只能開啟一次）
link_help = 將這個連結傳送給收件者。它只能開啟一次。
link_expires = 若未被開啟，秘密將於 { $when } 到期。
link_passphrase_reminder = 別忘了另外傳送密碼短語。
link_label_views = 分享連結
link_help_views =
    { $n ->
       *[other] 將這個連結傳送給收件者。它可以開啟 { $n } 次。
    }
link_expires_views = 若開啟次數未用完，秘密將於 { $when } 到期。
copy = 複製
copied = 已複製到剪貼簿。
copy_failed = 複製失敗：請選取文字並自行複製。
qr_label = 分享連結的 QR 碼
share_email = 透過電子郵件分享
email_subject = 給您的一則秘密
email_body = 開啟這個連結即可閱讀我與您分享的秘密。連結只能使用一次：
email_body_views =
    { $n ->
       *[other] 開啟這個連結即可閱讀我與您分享的秘密。連結可使用 { $n } 次：
    }
receipt_title = 僅限您本人：回條
receipt_help = 請自行保管這個連結，不要傳送給收件者。它會顯示秘密是否已被開啟，也能讓您銷毀秘密。
receipt_label = 回條連結（私人）
create_another = 再建立一則秘密

## Open page (the recipient).

open_title = 給您的一則秘密
checking = 正在檢查連結…
open_waiting = 有人與您分享了一則秘密。它只能開啟一次，之後就會被銷毀。
open_waiting_views =
    { $n ->
       *[other] 有人與您分享了一則秘密。它還可以開啟 { $n } 次，最後一次開啟後就會被銷毀。
    }
open_expires = 有效期限至 { $when }。
open_needs_passphrase = 它受密碼短語保護，傳送者應該已另外告訴您。
open_passphrase_label = 密碼短語
open_button = 開啟秘密
opening = 正在開啟…
open_wrong_passphrase =
    { $n ->
       *[other] 密碼短語錯誤。還剩 { $n } 次嘗試機會，之後秘密將被銷毀。
    }
open_unavailable_title = 這則秘密無法使用
open_unavailable = 它已被開啟、已被銷毀或已過期：秘密只能開啟一次。如有需要，請向傳送者索取新的秘密。
open_bad_link = 這個連結不完整。請確認您已複製完整的連結，包括 # 之後的部分。
open_failed_decrypt = 無法解密這則秘密。連結可能已損毀。
open_interrupted = 開啟過程被中斷。秘密可能已被用掉，儘管它並未顯示出來。
opened_title = 您的秘密
opened_text_label = 秘密文字
opened_clipboard = 剪貼簿可能會保留您複製的內容：例如在剪貼簿記錄中，或在與其同步的裝置上。
opened_destroyed = 這則秘密現已從伺服器上銷毀。離開此頁面前，請複製或儲存您需要的內容。
opened_views_left =
    { $n ->
       *[other] 這則秘密還可以開啟 { $n } 次，之後就會從伺服器上銷毀。離開此頁面前，請複製或儲存您需要的內容。
    }
opened_burn_rest = 我已取得：立即銷毀
opened_burn_question =
    { $n ->
       *[other] 要立即銷毀這則秘密嗎？剩餘的 { $n } 次開啟機會將對所有人失效。
    }
opened_burn_confirm = 是，銷毀
opened_files = 檔案
download = 下載 { $name }（{ $size }）
opened_empty = （沒有文字）

## Receipt page (the creator's private page).

receipt_page_title = 回條
receipt_intro = 這個私人頁面會告訴您，您分享的秘密現在狀況如何。
receipt_state_label = 狀態
state_waiting = 等待中：尚未開啟。
state_waiting_views =
    { $n ->
       *[other] 等待中：曾被開啟，還可開啟 { $n } 次。
    }
state_opened = 已於 { $when } 開啟。
state_burned = 已銷毀：任何人都無法再開啟它。
state_expired = 已過期，未曾開啟。
state_expired_views =
    { $n ->
       *[other] 已過期，曾開啟 { $n } 次。
    }
receipt_expires = 將於 { $when } 到期。
receipt_expired_at = 到期時間：{ $when }。
receipt_views_total =
    { $n ->
       *[other] 總共可開啟 { $n } 次。
    }
receipt_opens_label = 開啟時間
receipt_gone = 這張回條不存在或已被刪除。
receipt_bad_link = 這個回條連結不完整。請確認您已複製完整的連結，包括 # 之後的部分。
refresh = 重新整理
burn_button = 立即銷毀
burn_question = 要立即銷毀這則秘密嗎？之後任何人都無法開啟它。
burn_confirm = 是，銷毀
cancel = 取消
burned_done = 秘密已銷毀。
receipt_watching = 只要這個頁面保持開啟，就會每隔幾秒檢查一次，並顯示任何變化。
receipt_notify = 狀態變更時通知我
receipt_notify_on = 只要這個頁面保持開啟，您也會收到瀏覽器通知。
receipt_notify_blocked = 這個瀏覽器已封鎖此頁面的通知。頁面本身仍會顯示變化。
receipt_changed = 在您檢視期間，狀態有了變化。

## Privacy page.

privacy_title = 隱私權
privacy_encryption = 您的秘密會在您的瀏覽器中加密。金鑰位於連結中 # 之後的部分，瀏覽器絕不會將這部分傳送給任何伺服器。
privacy_stored = 伺服器只會儲存加密後的秘密、由連結衍生的識別碼、用來核對連結的雜湊值、到期時間、剩餘開啟次數，以及回條的狀態與每次開啟的時間。它永遠看不到您的文字、檔案或檔名、密碼短語或連結。
privacy_deleted = 秘密會在最後一次允許的開啟之後、被銷毀時或到期時（以先發生者為準）刪除。其回條會在一段時間後刪除。
privacy_tracking = 沒有追蹤、沒有分析、沒有 Cookie，也沒有第三方：這個頁面所需的一切都來自本伺服器。
privacy_logs = 伺服器不會記錄秘密識別碼、證明、回條或您的 IP 位址。
privacy_language = 您的語言選擇只會儲存在這個瀏覽器的本機儲存空間中。

## Not found.

not_found_title = 找不到頁面
not_found_body = 這個網址沒有任何內容。

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = 索取秘密
request_title = 索取秘密
request_intro = 需要別人給您密碼或檔案嗎？建立一個請求，並將它的連結傳送給對方。對方的瀏覽器會專門為您加密回覆：只有您的私人連結能讀取它，而且只能讀取一次。
request_note_label = 您需要什麼（選填）
# $max is a number of bytes.
request_note_hint = 對方開啟請求連結時會看到這則備註；它和其他所有內容一樣經過加密。最多 { $max } 位元組。
request_note_too_long = 備註太長：最多 { $max } 位元組。
request_expiry_label = 請求及其回覆的有效期限
request_button = 建立請求
requested_title = 您的請求已準備就緒
request_link_label = 請求連結：傳送給持有該秘密的人
request_link_help = 任何看到這個連結的人都可以回覆它，但只能回覆一次。除了您以外，沒有人能讀取回覆。
request_private_title = 您的私人連結
request_private_help = 請自行保管這個連結，不要傳送給任何人。它會顯示回覆是否已送達，並能開啟回覆一次。
request_private_label = 私人連結（僅限您本人）
request_expires = 這個請求會等待回覆，直到 { $when }。
# The answerer's page.
answer_title = 有人向您索取一則秘密
answer_note_label = 對方的備註
answer_no_note = 對方沒有留下備註。
answer_text_label = 您的回覆
answer_hint = 回覆會在這個瀏覽器中為提出請求的人加密：只有對方的私人連結能讀取它，而且只能讀取一次。本伺服器無法讀取。
answer_anyone = 任何看過這個連結的人都可以回覆它，而且只會保留第一則回覆。請只在連結來自您認識的人時回覆。
answer_expires = 您可以在 { $when } 之前回覆。
answer_button = 傳送回覆
answered_title = 回覆已傳送
answered_body = 只有提出請求的人可以讀取它，而且只能讀取一次，有效期限至 { $when }。
answer_unavailable_title = 無法回覆這個請求
answer_unavailable = 它已被回覆過，或已到期。如果對方仍然需要，可以請對方建立新的請求。
# The asker's private page.
asker_title = 您的請求
asker_note_label = 您的備註
asker_waiting = 尚無回覆。只要這個頁面保持開啟，就會每隔幾秒檢查一次。
asker_answered = 回覆已於 { $when } 送達。它只能開啟一次，之後就會從伺服器上刪除。
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = 在您檢視期間，回覆已送達。
asker_open_button = 開啟回覆
asker_gone = 這個請求不存在：其回覆已被開啟，或已到期。
asker_expires = 這個請求及其回覆將於 { $when } 到期。
