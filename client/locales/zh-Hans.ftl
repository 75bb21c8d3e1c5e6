# Cinder: Chinese (Simplified).
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = 一次性秘密，在您的浏览器中加密
nav_create = 新建秘密
nav_privacy = 隐私
language_label = 语言
footer_note = 在您的浏览器中加密。服务器永远看不到您的秘密，也看不到链接。

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = 运营方：
instance_note = 本服务运营方的说明：

## Create page.

create_title = 分享秘密
create_intro = 在发送任何内容之前，您的秘密会先在此浏览器中加密。链接只能打开一次，之后秘密即被销毁。
text_label = 秘密
text_hint = 只有打开链接的人才能看到。
files_label = 文件（可选）
files_hint = 总计不超过 { $max }。
files_drop = 将文件拖放到此处，或选择文件：
file_remove = 移除 { $name }
files_total = { $size } / { $max }
passphrase_label = 密码短语（可选）
passphrase_hint = 接收者也需要它。请通过链接以外的其他方式发送。
passphrase_show = 显示密码短语
passphrase_hide = 隐藏密码短语
generator_title = 密码生成器
generator_length = 长度
generator_lower = 小写字母
generator_upper = 大写字母
generator_digits = 数字
generator_symbols = 符号
generator_generate = 生成
generator_result = 生成的密码
generator_insert = 添加到秘密中
generator_use_as_passphrase = 用作密码短语
generator_need_class = 请至少选择一种字符类型。
expiry_label = 有效期
views_label = 可打开次数
views_hint = 最多 { $max } 次。秘密会在最后一次打开后或过期时（以先发生者为准）被销毁。
create_button = 创建链接
creating = 正在加密并发送…
reading_files = 正在读取文件…
deriving_key = 正在从密码短语派生密钥…
err_empty = 请先输入秘密或添加文件。
err_too_large = 内容过大：总计不能超过 { $max }。
err_file_unreadable = 无法读取某个文件。
err_unreachable = 无法连接到服务器。请检查您的网络连接，然后重试。
err_rate_limited = 短时间内请求过多。请等待一分钟后重试。
err_full = 服务器当前已满。请稍后重试。
err_unexpected = 此浏览器中出现错误。请重新加载页面，然后重试。
err_server = 服务器无法完成此操作（{ $code }）。请稍后重试。
create_off = 此实例只用于打开链接，不能创建新的秘密。如需分享，请使用您所在组织为此提供的实例。
create_sign_in = 只有本组织的成员才能在此创建秘密。请先通过您的组织登录。任何拥有链接的人仍可打开它。
create_sign_in_link = 登录
create_not_allowed = 您已登录，但您的账户无权在此创建秘密。请联系您的管理员。

## The link, shown after creating.

link_title = 您的链接已就绪
link_label = 分享链接（只能打开一次）
link_help = 将此链接发送给接收者。它只能被打开一次。
link_expires = 如果未被打开，秘密将于 { $when } 过期。
link_passphrase_reminder = 别忘了另行发送密码短语。
link_label_views = 分享链接
link_help_views =
    { $n ->
       *[other] 将此链接发送给接收者。它可以被打开 { $n } 次。
    }
link_expires_views = 如果打开次数未用完，秘密将于 { $when } 过期。
copy = 复制
copied = 已复制到剪贴板。
copy_failed = 复制失败：请选中文本并手动复制。
qr_label = 分享链接的二维码
share_email = 通过电子邮件分享
email_subject = 给您的一个秘密
email_body = 打开此链接即可阅读我与您分享的秘密。链接只能使用一次：
email_body_views =
    { $n ->
       *[other] 打开此链接即可阅读我与您分享的秘密。链接可使用 { $n } 次：
    }
receipt_title = 仅限您本人：回执
receipt_help = 请自行保管此链接，不要发送给接收者。通过它可以查看秘密是否已被打开，也可以销毁秘密。
receipt_label = 回执链接（私密）
create_another = 再创建一个秘密

## Open page (the recipient).

open_title = 给您的一个秘密
checking = 正在检查链接…
open_waiting = 有人与您分享了一个秘密。它只能被打开一次，之后即被销毁。
open_waiting_views =
    { $n ->
       *[other] 有人与您分享了一个秘密。它还可以被打开 { $n } 次，最后一次打开后即被销毁。
    }
open_expires = 有效期至 { $when }。
open_needs_passphrase = 它受密码短语保护，发送者应已另行告知您。
open_passphrase_label = 密码短语
open_button = 打开秘密
opening = 正在打开…
open_wrong_passphrase =
    { $n ->
       *[other] 密码短语错误。还剩 { $n } 次尝试机会，之后秘密将被销毁。
    }
open_unavailable_title = 此秘密不可用
open_unavailable = 它已被打开、已被销毁或已过期：秘密只能被打开一次。如有需要，请向发送者索取新的秘密。
open_bad_link = 此链接不完整。请确认您复制了完整的链接，包括 # 之后的部分。
open_failed_decrypt = 无法解密该秘密。链接可能已损坏。
open_interrupted = 打开过程被中断。秘密可能已被用掉，尽管它并未显示出来。
opened_title = 您的秘密
opened_text_label = 秘密文本
opened_clipboard = 剪贴板可能会保留您复制的内容：例如在剪贴板历史记录中，或在与之同步的设备上。
opened_destroyed = 该秘密现已从服务器上销毁。离开此页面前，请复制或保存您需要的内容。
opened_views_left =
    { $n ->
       *[other] 该秘密还可以被打开 { $n } 次，之后将从服务器上销毁。离开此页面前，请复制或保存您需要的内容。
    }
opened_burn_rest = 我已拿到：立即销毁
opened_burn_question =
    { $n ->
       *[other] 立即销毁此秘密？剩余的 { $n } 次打开机会将对所有人作废。
    }
opened_burn_confirm = 是的，销毁
opened_files = 文件
download = 下载 { $name }（{ $size }）
opened_empty = （无文本）

## Receipt page (the creator's private page).

receipt_page_title = 回执
receipt_intro = 此私密页面会告诉您，您分享的秘密现在怎么样了。
receipt_state_label = 状态
state_waiting = 等待中：尚未打开。
state_waiting_views =
    { $n ->
       *[other] 等待中：已被打开过，还可打开 { $n } 次。
    }
state_opened = 已于 { $when } 打开。
state_burned = 已销毁：任何人都无法再打开它。
state_expired = 已过期，未被打开。
state_expired_views =
    { $n ->
       *[other] 已过期，曾被打开 { $n } 次。
    }
receipt_expires = 将于 { $when } 过期。
receipt_expired_at = 过期时间：{ $when }。
receipt_views_total =
    { $n ->
       *[other] 总共可打开 { $n } 次。
    }
receipt_opens_label = 打开时间
receipt_gone = 此回执不存在或已被删除。
receipt_bad_link = 此回执链接不完整。请确认您复制了完整的链接，包括 # 之后的部分。
refresh = 刷新
burn_button = 立即销毁
burn_question = 立即销毁此秘密？之后任何人都将无法打开它。
burn_confirm = 是的，销毁
cancel = 取消
burned_done = 秘密已销毁。
receipt_watching = 只要此页面保持打开，它就会每隔几秒检查一次，并显示任何变化。
receipt_notify = 状态变化时通知我
receipt_notify_on = 只要此页面保持打开，您还会收到浏览器通知。
receipt_notify_blocked = 此浏览器已阻止此页面的通知。页面本身仍会显示变化。
receipt_changed = 在您查看期间，状态发生了变化。

## Privacy page.

privacy_title = 隐私
privacy_encryption = 您的秘密在您的浏览器中加密。密钥位于链接中 # 之后的部分，浏览器从不会将这部分发送给任何服务器。
privacy_stored = 服务器仅存储加密后的秘密、由链接派生的标识符、用于校验链接的哈希值、过期时间、剩余打开次数，以及回执的状态和每次打开的时间。它永远看不到您的文本、文件或文件名、密码短语或链接。
privacy_deleted = 秘密在最后一次允许的打开之后、被销毁时或过期时（以先发生者为准）即被删除。其回执会在一段时间后删除。
privacy_tracking = 没有跟踪，没有分析，没有 Cookie，也没有第三方：此页面所需的一切都来自本服务器。
privacy_logs = 服务器不会记录秘密标识符、证明、回执或您的 IP 地址。
privacy_language = 您的语言选择仅保存在此浏览器的本地存储中。

## Not found.

not_found_title = 找不到页面
not_found_body = 此地址下没有任何内容。

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = 索取秘密
request_title = 索取秘密
request_intro = 需要别人给您一个密码或文件？创建一个请求，并把它的链接发给对方。对方的浏览器会专门为您加密回复：只有您的私密链接才能读取它，且只能读取一次。
request_note_label = 您需要什么（可选）
# $max is a number of bytes.
request_note_hint = 对方打开请求链接时会看到这条备注；它和其他所有内容一样经过加密。最多 { $max } 字节。
request_note_too_long = 备注过长：最多 { $max } 字节。
request_expiry_label = 请求及其回复的有效期
request_button = 创建请求
requested_title = 您的请求已就绪
request_link_label = 请求链接：发送给掌握该秘密的人
request_link_help = 任何看到此链接的人都可以回复它，但只能回复一次。除您之外，任何人都无法读取回复。
request_private_title = 您的私密链接
request_private_help = 请自行保管此链接，不要发送给任何人。通过它可以查看回复是否已到达，并可打开回复一次。
request_private_label = 私密链接（仅限您本人）
request_expires = 此请求将等待回复，直至 { $when }。
# The answerer's page.
answer_title = 有人向您索取一个秘密
answer_note_label = 对方的备注
answer_no_note = 对方没有留下备注。
answer_text_label = 您的回复
answer_hint = 回复会在此浏览器中为提出请求的人加密：只有对方的私密链接才能读取它，且只能读取一次。本服务器无法读取。
answer_anyone = 任何看到过此链接的人都可以回复它，且只保留第一条回复。请仅在链接来自您认识的人时回复。
answer_expires = 您可以在 { $when } 之前回复。
answer_button = 发送回复
answered_title = 回复已发送
answered_body = 只有提出请求的人可以读取它，且只能读取一次，有效期至 { $when }。
answer_unavailable_title = 无法回复此请求
answer_unavailable = 它已被回复过，或已过期。如果对方仍然需要，请让对方创建新的请求。
# The asker's private page.
asker_title = 您的请求
asker_note_label = 您的备注
asker_waiting = 尚无回复。只要此页面保持打开，它就会每隔几秒检查一次。
asker_answered = 回复已于 { $when } 到达。它只能打开一次，之后即从服务器上删除。
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = 在您查看期间，回复已到达。
asker_open_button = 打开回复
asker_gone = 此请求不存在：其回复已被打开，或已过期。
asker_expires = 此请求及其回复将于 { $when } 过期。
