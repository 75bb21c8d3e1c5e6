# Cinder: Japanese.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = ブラウザー内で暗号化される、一度だけのシークレット
nav_create = 新しいシークレット
nav_privacy = プライバシー
language_label = 言語
footer_note = ブラウザー内で暗号化されます。サーバーがシークレットやリンクを見ることはありません。

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = 運営者：
instance_note = このサービスの運営者からのお知らせ：

## Create page.

create_title = シークレットを共有
create_intro = シークレットは、何かが送信される前にこのブラウザー内で暗号化されます。リンクを開けるのは一度だけで、その後シークレットは破棄されます。
text_label = シークレット
text_hint = リンクを開いた人だけが見ることができます。
files_label = ファイル（任意）
files_hint = 合計 { $max } まで。
files_drop = ここにファイルをドロップするか、選択してください：
file_remove = { $name } を削除
files_total = { $size } / { $max }
passphrase_label = パスフレーズ（任意）
passphrase_hint = 受信者にも必要です。リンクとは別の方法で伝えてください。
passphrase_show = パスフレーズを表示
passphrase_hide = パスフレーズを隠す
generator_title = パスワード生成ツール
generator_length = 長さ
generator_lower = 小文字
generator_upper = 大文字
generator_digits = 数字
generator_symbols = 記号
generator_generate = 生成
generator_result = 生成されたパスワード
generator_insert = シークレットに追加
generator_use_as_passphrase = パスフレーズに使用
generator_need_class = 文字の種類を 1 つ以上選んでください。
expiry_label = 有効期限
views_label = 開ける回数
views_hint = 最大 { $max } 回。シークレットは、最後に開かれたとき、または期限切れになったときのいずれか早いタイミングで破棄されます。
create_button = リンクを作成
creating = 暗号化して送信しています…
reading_files = ファイルを読み込んでいます…
deriving_key = パスフレーズから鍵を導出しています…
err_empty = 先にシークレットを入力するか、ファイルを追加してください。
err_too_large = サイズが大きすぎます：合計 { $max } までです。
err_file_unreadable = ファイルを読み込めませんでした。
err_unreachable = サーバーに接続できません。接続を確認して、もう一度お試しください。
err_rate_limited = 短時間にリクエストが多すぎます。1 分ほど待ってから、もう一度お試しください。
err_full = 現在サーバーの容量がいっぱいです。しばらくしてからもう一度お試しください。
err_unexpected = このブラウザーで問題が発生しました。ページを再読み込みして、もう一度お試しください。
err_server = サーバーがこの処理を実行できませんでした（{ $code }）。しばらくしてからもう一度お試しください。
create_off = このインスタンスはリンクを開くためのもので、新しいシークレットは作成できません。共有するには、組織が用意しているインスタンスを使用してください。
create_sign_in = ここでシークレットを作成できるのは、この組織のメンバーだけです。先に組織のアカウントでサインインしてください。なお、リンクを持っている人は誰でも開くことができます。
create_sign_in_link = サインイン
create_not_allowed = サインインしていますが、このアカウントにはここでシークレットを作成する権限がありません。管理者にお問い合わせください。

## The link, shown after creating.

link_title = リンクの準備ができました
link_label = 共有リンク（一度だけ開けます）
link_help = このリンクを受信者に送ってください。開けるのは一度だけです。
link_expires = 開かれなかった場合、シークレットは { $when } に期限切れになります。
link_passphrase_reminder = パスフレーズは別に送るのを忘れないでください。
link_label_views = 共有リンク
link_help_views =
    { $n ->
       *[other] このリンクを受信者に送ってください。{ $n } 回開けます。
    }
link_expires_views = 開ける回数がすべて使われなかった場合、シークレットは { $when } に期限切れになります。
copy = コピー
copied = クリップボードにコピーしました。
copy_failed = コピーできませんでした：テキストを選択して手動でコピーしてください。
qr_label = 共有リンクの QR コード
share_email = メールで共有
email_subject = シークレットをお送りします
email_body = このリンクを開くと、私が共有したシークレットを読めます。使えるのは一度だけです：
email_body_views =
    { $n ->
       *[other] このリンクを開くと、私が共有したシークレットを読めます。使えるのは { $n } 回です：
    }
receipt_title = あなた専用：確認ページ
receipt_help = このリンクはご自身で保管し、受信者には送らないでください。シークレットが開かれたかどうかを確認でき、シークレットを破棄することもできます。
receipt_label = 確認用リンク（非公開）
create_another = 別のシークレットを作成

## Open page (the recipient).

open_title = シークレットが届きました
checking = リンクを確認しています…
open_waiting = あなたにシークレットが共有されました。開けるのは一度だけで、開いた後は破棄されます。
open_waiting_views =
    { $n ->
       *[other] あなたにシークレットが共有されました。あと { $n } 回開けます。最後に開いた後は破棄されます。
    }
open_expires = { $when } まで利用できます。
open_needs_passphrase = パスフレーズで保護されています。パスフレーズは送信者から別に伝えられているはずです。
open_passphrase_label = パスフレーズ
open_button = シークレットを開く
opening = 開いています…
open_wrong_passphrase =
    { $n ->
       *[other] パスフレーズが違います。シークレットが破棄されるまで、あと { $n } 回試せます。
    }
open_unavailable_title = このシークレットは利用できません
open_unavailable = すでに開かれたか、破棄されたか、期限切れになっています。シークレットは一度しか開けません。必要な場合は、送信者に新しいものを依頼してください。
open_bad_link = このリンクは不完全です。# より後の部分も含めて、すべてコピーしたか確認してください。
open_failed_decrypt = シークレットを復号できませんでした。リンクが壊れている可能性があります。
open_interrupted = 開く処理が中断されました。表示されていなくても、シークレットは使用済みになった可能性があります。
opened_title = 届いたシークレット
opened_text_label = シークレットのテキスト
opened_clipboard = コピーした内容はクリップボードに残ることがあります（履歴や、同期しているデバイスなど）。
opened_destroyed = このシークレットはサーバー上で破棄されました。このページを離れる前に、必要な内容をコピーまたは保存してください。
opened_views_left =
    { $n ->
       *[other] このシークレットはあと { $n } 回開けます。その後、サーバー上で破棄されます。このページを離れる前に、必要な内容をコピーまたは保存してください。
    }
opened_burn_rest = 受け取りました：今すぐ破棄
opened_burn_question =
    { $n ->
       *[other] シークレットを今すぐ破棄しますか？残りの { $n } 回分は、誰も開けなくなります。
    }
opened_burn_confirm = はい、破棄します
opened_files = ファイル
download = { $name } をダウンロード（{ $size }）
opened_empty = （テキストなし）

## Receipt page (the creator's private page).

receipt_page_title = 確認ページ
receipt_intro = この非公開ページでは、共有したシークレットがどうなったかを確認できます。
receipt_state_label = 状態
state_waiting = 待機中：まだ開かれていません。
state_waiting_views =
    { $n ->
       *[other] 待機中：開かれたことがあります。あと { $n } 回開けます。
    }
state_opened = { $when } に開かれました。
state_burned = 破棄済み：もう誰も開けません。
state_expired = 開かれないまま期限切れになりました。
state_expired_views =
    { $n ->
       *[other] { $n } 回開かれた後、期限切れになりました。
    }
receipt_expires = { $when } に期限切れになります。
receipt_expired_at = 有効期限：{ $when }
receipt_views_total =
    { $n ->
       *[other] 合計 { $n } 回開けます。
    }
receipt_opens_label = 開かれた日時
receipt_gone = この確認ページは存在しないか、削除されています。
receipt_bad_link = この確認用リンクは不完全です。# より後の部分も含めて、すべてコピーしたか確認してください。
refresh = 更新
burn_button = 今すぐ破棄
burn_question = シークレットを今すぐ破棄しますか？誰も開けなくなります。
burn_confirm = はい、破棄します
cancel = キャンセル
burned_done = シークレットを破棄しました。
receipt_watching = このページを開いている間は、数秒ごとに状態を確認し、変化があれば表示します。
receipt_notify = 状態が変わったら通知する
receipt_notify_on = このページを開いている間は、ブラウザーの通知も届きます。
receipt_notify_blocked = このブラウザーでは、このページの通知がブロックされています。変化はページ上には引き続き表示されます。
receipt_changed = 表示中に状態が変わりました。

## Privacy page.

privacy_title = プライバシー
privacy_encryption = シークレットはブラウザー内で暗号化されます。鍵はリンクの # より後の部分に含まれており、ブラウザーがこの部分をサーバーに送信することはありません。
privacy_stored = サーバーに保存されるのは、暗号化されたシークレット、リンクから導出した識別子、リンクの照合用ハッシュ、有効期限、残りの開ける回数、確認ページの状態と各回の開かれた日時だけです。テキスト、ファイルやその名前、パスフレーズ、リンクをサーバーが見ることはありません。
privacy_deleted = シークレットは、許可された最後の回に開かれる、破棄される、期限切れになる、のいずれか早いタイミングで削除されます。確認ページもその後しばらくして削除されます。
privacy_tracking = トラッキング、アクセス解析、Cookie、第三者のサービスは一切使用していません。このページに必要なものはすべてこのサーバーから提供されます。
privacy_logs = サーバーは、シークレットの識別子、証明、確認ページ、IP アドレスをログに記録しません。
privacy_language = 言語の選択は、このブラウザーのローカルストレージにのみ保存されます。

## Not found.

not_found_title = ページが見つかりません
not_found_body = このアドレスには何もありません。

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = シークレットを依頼
request_title = シークレットを依頼
request_intro = 誰かからパスワードやファイルを受け取りたいときは、依頼を作成して、そのリンクを相手に送ってください。相手のブラウザーが回答をあなただけのために暗号化します。回答を読めるのはあなたの非公開リンクだけで、それも一度だけです。
request_note_label = 必要なもの（任意）
# $max is a number of bytes.
request_note_hint = 相手が依頼リンクを開くと、このメモが表示されます。メモも他の内容と同様に暗号化されます。最大 { $max } バイト。
request_note_too_long = メモが長すぎます：最大 { $max } バイトまでです。
request_expiry_label = 依頼と回答の有効期限
request_button = 依頼を作成
requested_title = 依頼の準備ができました
request_link_label = 依頼リンク：シークレットを持っている人に送ってください
request_link_help = このリンクを見た人は誰でも、一度だけ回答できます。回答を読めるのはあなただけです。
request_private_title = あなたの非公開リンク
request_private_help = このリンクはご自身で保管し、誰にも送らないでください。回答が届いたかどうかを確認でき、回答を一度だけ開けます。
request_private_label = 非公開リンク（あなた専用）
request_expires = この依頼は { $when } まで回答を待ちます。
# The answerer's page.
answer_title = シークレットの依頼が届きました
answer_note_label = 依頼者からのメモ
answer_no_note = メモはありません。
answer_text_label = 回答
answer_hint = 回答はこのブラウザー内で依頼者のために暗号化されます。読めるのは依頼者の非公開リンクだけで、それも一度だけです。このサーバーには読めません。
answer_anyone = このリンクを見た人は誰でも回答でき、保存されるのは最初の回答だけです。知っている人から届いたリンクの場合にのみ回答してください。
answer_expires = { $when } まで回答できます。
answer_button = 回答を送信
answered_title = 回答を送信しました
answered_body = 回答は依頼者だけが、{ $when } まで一度だけ読むことができます。
answer_unavailable_title = この依頼には回答できません
answer_unavailable = すでに回答済みか、期限切れになっています。まだ必要な場合は、依頼者に新しい依頼を作成してもらってください。
# The asker's private page.
asker_title = あなたの依頼
asker_note_label = あなたのメモ
asker_waiting = まだ回答はありません。このページを開いている間は、数秒ごとに確認します。
asker_answered = { $when } に回答が届きました。開けるのは一度だけで、開いた後はサーバーから削除されます。
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = 表示中に回答が届きました。
asker_open_button = 回答を開く
asker_gone = この依頼は存在しません：回答がすでに開かれたか、期限切れになっています。
asker_expires = 依頼と回答は { $when } に期限切れになります。
