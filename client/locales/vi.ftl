# Cinder: Vietnamese.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Bí mật dùng một lần, được mã hóa trong trình duyệt của bạn
nav_create = Bí mật mới
nav_privacy = Quyền riêng tư
language_label = Ngôn ngữ
footer_note = Được mã hóa trong trình duyệt của bạn. Máy chủ không bao giờ thấy bí mật hay liên kết của bạn.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Đơn vị vận hành:
instance_note = Ghi chú từ đơn vị vận hành dịch vụ này:

## Create page.

create_title = Chia sẻ bí mật
create_intro = Bí mật của bạn được mã hóa ngay trong trình duyệt này trước khi bất cứ thứ gì được gửi đi. Liên kết chỉ mở được một lần, sau đó bí mật sẽ bị tiêu hủy.
text_label = Bí mật
text_hint = Chỉ người mở liên kết mới thấy được.
files_label = Tệp (không bắt buộc)
files_hint = Tổng cộng tối đa { $max }.
files_drop = Thả tệp vào đây, hoặc chọn tệp:
file_remove = Xóa { $name }
files_total = { $size } / { $max }
passphrase_label = Cụm mật khẩu (không bắt buộc)
passphrase_hint = Người nhận cũng sẽ cần nó. Hãy gửi nó qua kênh khác, không kèm theo liên kết.
passphrase_show = Hiện cụm mật khẩu
passphrase_hide = Ẩn cụm mật khẩu
generator_title = Trình tạo mật khẩu
generator_length = Độ dài
generator_lower = Chữ thường
generator_upper = Chữ hoa
generator_digits = Chữ số
generator_symbols = Ký tự đặc biệt
generator_generate = Tạo
generator_result = Mật khẩu đã tạo
generator_insert = Thêm vào bí mật
generator_use_as_passphrase = Dùng làm cụm mật khẩu
generator_need_class = Hãy chọn ít nhất một loại ký tự.
expiry_label = Hết hạn sau
views_label = Số lần có thể mở
views_hint = Tối đa { $max } lần. Bí mật sẽ bị tiêu hủy sau lần mở cuối cùng hoặc khi hết hạn, tùy điều nào đến trước.
create_button = Tạo liên kết
creating = Đang mã hóa và gửi…
reading_files = Đang đọc tệp…
deriving_key = Đang tạo khóa từ cụm mật khẩu…
err_empty = Hãy nhập bí mật hoặc thêm tệp trước.
err_too_large = Dung lượng quá lớn: tổng cộng tối đa { $max }.
err_file_unreadable = Không thể đọc một trong các tệp.
err_unreachable = Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối mạng và thử lại.
err_rate_limited = Quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi một phút rồi thử lại.
err_full = Máy chủ hiện đã đầy. Hãy thử lại sau.
err_unexpected = Đã xảy ra lỗi trong trình duyệt này. Hãy tải lại trang và thử lại.
err_server = Máy chủ không thể thực hiện thao tác này ({ $code }). Hãy thử lại sau.
create_off = Máy chủ này chỉ dùng để mở liên kết, không tạo được bí mật mới. Để chia sẻ bí mật, hãy dùng máy chủ mà tổ chức của bạn cung cấp cho việc đó.
create_sign_in = Chỉ thành viên của tổ chức này mới được tạo bí mật tại đây. Hãy đăng nhập qua tổ chức của bạn trước. Bất kỳ ai có liên kết vẫn có thể mở nó.
create_sign_in_link = Đăng nhập
create_not_allowed = Bạn đã đăng nhập, nhưng tài khoản của bạn không được phép tạo bí mật tại đây. Hãy liên hệ quản trị viên.

## The link, shown after creating.

link_title = Liên kết của bạn đã sẵn sàng
link_label = Liên kết chia sẻ (mở được một lần)
link_help = Gửi liên kết này cho người nhận. Nó chỉ mở được một lần.
link_expires = Nếu không được mở, bí mật sẽ hết hạn vào { $when }.
link_passphrase_reminder = Đừng quên gửi riêng cụm mật khẩu.
link_label_views = Liên kết chia sẻ
link_help_views =
    { $n ->
       *[other] Gửi liên kết này cho người nhận. Nó mở được { $n } lần.
    }
link_expires_views = Nếu chưa dùng hết số lần mở, bí mật sẽ hết hạn vào { $when }.
copy = Sao chép
copied = Đã sao chép vào bộ nhớ tạm.
copy_failed = Sao chép thất bại: hãy chọn văn bản và tự sao chép.
qr_label = Mã QR của liên kết chia sẻ
share_email = Chia sẻ qua email
email_subject = Một bí mật dành cho bạn
email_body = Mở liên kết này để đọc bí mật tôi đã chia sẻ với bạn. Liên kết chỉ dùng được một lần:
email_body_views =
    { $n ->
       *[other] Mở liên kết này để đọc bí mật tôi đã chia sẻ với bạn. Liên kết dùng được { $n } lần:
    }
receipt_title = Chỉ dành cho bạn: trang trạng thái
receipt_help = Hãy giữ riêng liên kết này cho mình; đừng gửi nó cho người nhận. Liên kết cho biết bí mật đã được mở hay chưa và cho phép bạn tiêu hủy nó.
receipt_label = Liên kết trạng thái (riêng tư)
create_another = Tạo bí mật khác

## Open page (the recipient).

open_title = Một bí mật dành cho bạn
checking = Đang kiểm tra liên kết…
open_waiting = Có người đã chia sẻ một bí mật với bạn. Bí mật chỉ mở được một lần, sau đó sẽ bị tiêu hủy.
open_waiting_views =
    { $n ->
       *[other] Có người đã chia sẻ một bí mật với bạn. Bí mật còn mở được { $n } lần nữa, sau lần cuối sẽ bị tiêu hủy.
    }
open_expires = Có hiệu lực đến { $when }.
open_needs_passphrase = Bí mật được bảo vệ bằng cụm mật khẩu; người gửi hẳn đã gửi riêng cụm mật khẩu đó cho bạn.
open_passphrase_label = Cụm mật khẩu
open_button = Mở bí mật
opening = Đang mở…
open_wrong_passphrase =
    { $n ->
       *[other] Sai cụm mật khẩu. Còn { $n } lần thử trước khi bí mật bị tiêu hủy.
    }
open_unavailable_title = Bí mật này không còn khả dụng
open_unavailable = Bí mật đã được mở, đã bị tiêu hủy hoặc đã hết hạn: mỗi bí mật chỉ mở được một lần. Nếu cần, hãy nhờ người gửi tạo bí mật mới.
open_bad_link = Liên kết này chưa đầy đủ. Hãy kiểm tra xem bạn đã sao chép toàn bộ, kể cả phần sau dấu # chưa.
open_failed_decrypt = Không thể giải mã bí mật. Liên kết có thể đã bị hỏng.
open_interrupted = Quá trình mở bị gián đoạn. Bí mật có thể đã bị dùng mất, dù chưa được hiển thị.
opened_title = Bí mật của bạn
opened_text_label = Nội dung bí mật
opened_clipboard = Bộ nhớ tạm có thể lưu lại những gì bạn sao chép: trong lịch sử, hoặc trên các thiết bị đồng bộ với nó.
opened_destroyed = Bí mật giờ đã bị tiêu hủy trên máy chủ. Hãy sao chép hoặc lưu những gì bạn cần trước khi rời trang này.
opened_views_left =
    { $n ->
       *[other] Bí mật còn mở được { $n } lần nữa; sau đó sẽ bị tiêu hủy trên máy chủ. Hãy sao chép hoặc lưu những gì bạn cần trước khi rời trang này.
    }
opened_burn_rest = Tôi đã có: tiêu hủy ngay
opened_burn_question =
    { $n ->
       *[other] Tiêu hủy bí mật ngay bây giờ? { $n } lần mở còn lại sẽ mất đối với mọi người.
    }
opened_burn_confirm = Có, tiêu hủy
opened_files = Tệp
download = Tải xuống { $name } ({ $size })
opened_empty = (không có văn bản)

## Receipt page (the creator's private page).

receipt_page_title = Trang trạng thái
receipt_intro = Trang riêng tư này cho bạn biết điều gì đã xảy ra với bí mật bạn đã chia sẻ.
receipt_state_label = Tình trạng
state_waiting = Đang chờ: chưa được mở.
state_waiting_views =
    { $n ->
       *[other] Đang chờ: đã được mở, còn { $n } lần mở.
    }
state_opened = Đã được mở vào { $when }.
state_burned = Đã tiêu hủy: không ai có thể mở nữa.
state_expired = Đã hết hạn mà chưa được mở.
state_expired_views =
    { $n ->
       *[other] Đã hết hạn sau khi được mở { $n } lần.
    }
receipt_expires = Hết hạn vào { $when }.
receipt_expired_at = Thời điểm hết hạn: { $when }.
receipt_views_total =
    { $n ->
       *[other] Mở được tổng cộng { $n } lần.
    }
receipt_opens_label = Đã được mở vào
receipt_gone = Trang trạng thái này không tồn tại hoặc đã bị xóa.
receipt_bad_link = Liên kết trạng thái này chưa đầy đủ. Hãy kiểm tra xem bạn đã sao chép toàn bộ, kể cả phần sau dấu # chưa.
refresh = Làm mới
burn_button = Tiêu hủy ngay
burn_question = Tiêu hủy bí mật ngay bây giờ? Sẽ không ai có thể mở nó nữa.
burn_confirm = Có, tiêu hủy
cancel = Hủy
burned_done = Bí mật đã bị tiêu hủy.
receipt_watching = Khi trang này còn mở, trang sẽ kiểm tra vài giây một lần và hiển thị mọi thay đổi.
receipt_notify = Thông báo cho tôi khi có thay đổi
receipt_notify_on = Bạn cũng sẽ nhận được thông báo của trình duyệt, miễn là trang này vẫn mở.
receipt_notify_blocked = Trình duyệt này chặn thông báo cho trang này. Bản thân trang vẫn hiển thị thay đổi.
receipt_changed = Tình trạng đã thay đổi trong lúc bạn đang theo dõi.

## Privacy page.

privacy_title = Quyền riêng tư
privacy_encryption = Bí mật của bạn được mã hóa trong trình duyệt của bạn. Khóa nằm ở phần sau dấu # của liên kết, phần mà trình duyệt không bao giờ gửi tới bất kỳ máy chủ nào.
privacy_stored = Máy chủ chỉ lưu bí mật đã mã hóa, một mã định danh suy ra từ liên kết, một giá trị băm để đối chiếu liên kết, thời điểm hết hạn, số lần mở còn lại và tình trạng mà trang trạng thái hiển thị, kèm thời điểm của mỗi lần mở. Máy chủ không bao giờ thấy văn bản, tệp hay tên tệp, cụm mật khẩu hoặc liên kết của bạn.
privacy_deleted = Bí mật bị xóa sau lần mở cuối cùng được phép, khi bị tiêu hủy hoặc khi hết hạn, tùy điều nào đến trước. Trang trạng thái của nó sẽ bị xóa một thời gian sau đó.
privacy_tracking = Không theo dõi, không phân tích, không cookie và không bên thứ ba: mọi thứ trang này cần đều đến từ máy chủ này.
privacy_logs = Máy chủ không ghi nhật ký mã định danh bí mật, bằng chứng, liên kết trạng thái hay địa chỉ IP của bạn.
privacy_language = Lựa chọn ngôn ngữ của bạn chỉ được lưu trong bộ nhớ cục bộ của trình duyệt này.

## Not found.

not_found_title = Không tìm thấy trang
not_found_body = Không có gì ở địa chỉ này.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Yêu cầu bí mật
request_title = Yêu cầu một bí mật
request_intro = Bạn cần mật khẩu hoặc tệp từ ai đó? Hãy tạo một yêu cầu và gửi liên kết của yêu cầu cho họ. Trình duyệt của họ sẽ mã hóa câu trả lời chỉ dành cho bạn: chỉ liên kết riêng tư của bạn mới đọc được, một lần.
request_note_label = Bạn cần gì (không bắt buộc)
# $max is a number of bytes.
request_note_hint = Họ sẽ thấy ghi chú này khi mở liên kết yêu cầu; ghi chú cũng được mã hóa như mọi thứ khác. Tối đa { $max } byte.
request_note_too_long = Ghi chú quá dài: tối đa { $max } byte.
request_expiry_label = Yêu cầu và câu trả lời hết hạn sau
request_button = Tạo yêu cầu
requested_title = Yêu cầu của bạn đã sẵn sàng
request_link_label = Liên kết yêu cầu: gửi cho người đang giữ bí mật
request_link_help = Bất kỳ ai thấy liên kết này đều có thể trả lời, một lần. Ngoài bạn ra, không ai đọc được câu trả lời.
request_private_title = Liên kết riêng tư của bạn
request_private_help = Hãy giữ riêng liên kết này cho mình; đừng gửi nó cho ai. Liên kết cho biết câu trả lời đã đến hay chưa và mở câu trả lời, một lần.
request_private_label = Liên kết riêng tư (chỉ của bạn)
request_expires = Yêu cầu chờ câu trả lời đến { $when }.
# The answerer's page.
answer_title = Có người nhờ bạn gửi một bí mật
answer_note_label = Ghi chú của họ
answer_no_note = Họ không để lại ghi chú.
answer_text_label = Câu trả lời của bạn
answer_hint = Câu trả lời được mã hóa trong trình duyệt này cho người đã yêu cầu: chỉ liên kết riêng tư của họ mới đọc được, một lần. Máy chủ này không thể đọc.
answer_anyone = Bất kỳ ai đã thấy liên kết này đều có thể trả lời, và chỉ câu trả lời đầu tiên được giữ lại. Chỉ trả lời nếu liên kết đến từ người bạn quen biết.
answer_expires = Bạn có thể trả lời đến { $when }.
answer_button = Gửi câu trả lời
answered_title = Đã gửi câu trả lời
answered_body = Chỉ người đã yêu cầu mới đọc được, một lần, đến { $when }.
answer_unavailable_title = Không thể trả lời yêu cầu này
answer_unavailable = Yêu cầu đã được trả lời hoặc đã hết hạn. Nếu họ vẫn cần, hãy nhờ họ tạo yêu cầu mới.
# The asker's private page.
asker_title = Yêu cầu của bạn
asker_note_label = Ghi chú của bạn
asker_waiting = Chưa có câu trả lời. Khi trang này còn mở, trang sẽ kiểm tra vài giây một lần.
asker_answered = Câu trả lời đã đến vào { $when }. Câu trả lời chỉ mở được một lần: sau đó nó sẽ bị xóa khỏi máy chủ.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Câu trả lời đã đến trong lúc bạn đang theo dõi.
asker_open_button = Mở câu trả lời
asker_gone = Không tìm thấy yêu cầu này: câu trả lời đã được mở, hoặc yêu cầu đã hết hạn.
asker_expires = Yêu cầu và câu trả lời hết hạn vào { $when }.
