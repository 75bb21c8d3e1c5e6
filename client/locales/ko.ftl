# Cinder: Korean.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = 브라우저에서 암호화되는 일회용 비밀
nav_create = 새 비밀
nav_privacy = 개인정보 보호
language_label = 언어
footer_note = 브라우저에서 암호화됩니다. 서버는 비밀도, 링크도 절대 볼 수 없습니다.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = 운영자:
instance_note = 이 서비스 운영자의 안내:

## Create page.

create_title = 비밀 공유하기
create_intro = 비밀은 전송되기 전에 이 브라우저에서 암호화됩니다. 링크는 한 번만 열 수 있으며, 그 후 비밀은 파기됩니다.
text_label = 비밀
text_hint = 링크를 여는 사람만 볼 수 있습니다.
files_label = 파일(선택 사항)
files_hint = 총 { $max }까지 가능합니다.
files_drop = 파일을 여기에 끌어다 놓거나 선택하세요:
file_remove = { $name } 제거
files_total = { $size } / { $max }
passphrase_label = 암호 문구(선택 사항)
passphrase_hint = 받는 사람에게도 필요합니다. 링크와는 다른 방법으로 보내세요.
passphrase_show = 암호 문구 표시
passphrase_hide = 암호 문구 숨기기
generator_title = 비밀번호 생성기
generator_length = 길이
generator_lower = 소문자
generator_upper = 대문자
generator_digits = 숫자
generator_symbols = 특수 문자
generator_generate = 생성
generator_result = 생성된 비밀번호
generator_insert = 비밀에 추가
generator_use_as_passphrase = 암호 문구로 사용
generator_need_class = 문자 종류를 하나 이상 선택하세요.
expiry_label = 만료 기간
views_label = 열 수 있는 횟수
views_hint = 최대 { $max }번입니다. 비밀은 마지막으로 열리거나 만료되는 시점 중 가장 빠른 때에 파기됩니다.
create_button = 링크 만들기
creating = 암호화하여 보내는 중…
reading_files = 파일을 읽는 중…
deriving_key = 암호 문구에서 키를 생성하는 중…
err_empty = 먼저 비밀을 입력하거나 파일을 추가하세요.
err_too_large = 너무 큽니다. 총 { $max }까지만 가능합니다.
err_file_unreadable = 파일을 읽을 수 없습니다.
err_unreachable = 서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.
err_rate_limited = 짧은 시간에 요청이 너무 많습니다. 1분 정도 기다린 후 다시 시도하세요.
err_full = 지금은 서버 용량이 가득 찼습니다. 나중에 다시 시도하세요.
err_unexpected = 이 브라우저에서 문제가 발생했습니다. 페이지를 새로 고친 후 다시 시도하세요.
err_server = 서버에서 요청을 처리할 수 없습니다({ $code }). 나중에 다시 시도하세요.
create_off = 이 인스턴스는 링크 열기만 지원하며 새 비밀을 만들 수 없습니다. 비밀을 공유하려면 소속 조직에서 제공하는 인스턴스를 사용하세요.
create_sign_in = 이 조직의 구성원만 여기에서 비밀을 만들 수 있습니다. 먼저 소속 조직 계정으로 로그인하세요. 단, 링크가 있으면 누구나 열 수 있습니다.
create_sign_in_link = 로그인
create_not_allowed = 로그인되어 있지만, 이 계정에는 여기에서 비밀을 만들 권한이 없습니다. 관리자에게 문의하세요.

## The link, shown after creating.

link_title = 링크가 준비되었습니다
link_label = 공유 링크(한 번만 열림)
link_help = 이 링크를 받는 사람에게 보내세요. 한 번만 열 수 있습니다.
link_expires = 열리지 않으면 비밀은 { $when }에 만료됩니다.
link_passphrase_reminder = 암호 문구는 따로 보내는 것을 잊지 마세요.
link_label_views = 공유 링크
link_help_views =
    { $n ->
       *[other] 이 링크를 받는 사람에게 보내세요. { $n }번 열 수 있습니다.
    }
link_expires_views = 열 수 있는 횟수를 모두 쓰지 않으면 비밀은 { $when }에 만료됩니다.
copy = 복사
copied = 클립보드에 복사했습니다.
copy_failed = 복사하지 못했습니다. 텍스트를 선택해 직접 복사하세요.
qr_label = 공유 링크 QR 코드
share_email = 이메일로 공유
email_subject = 비밀 메시지가 도착했습니다
email_body = 이 링크를 열면 제가 공유한 비밀을 읽을 수 있습니다. 한 번만 열 수 있습니다:
email_body_views =
    { $n ->
       *[other] 이 링크를 열면 제가 공유한 비밀을 읽을 수 있습니다. { $n }번 열 수 있습니다:
    }
receipt_title = 나만 보기: 확인 페이지
receipt_help = 이 링크는 직접 보관하고 받는 사람에게 보내지 마세요. 이 링크로 비밀이 열렸는지 확인하고 비밀을 파기할 수 있습니다.
receipt_label = 확인 링크(비공개)
create_another = 다른 비밀 만들기

## Open page (the recipient).

open_title = 비밀이 도착했습니다
checking = 링크를 확인하는 중…
open_waiting = 누군가 비밀을 공유했습니다. 한 번만 열 수 있으며, 열고 나면 파기됩니다.
open_waiting_views =
    { $n ->
       *[other] 누군가 비밀을 공유했습니다. { $n }번 더 열 수 있으며, 마지막으로 열고 나면 파기됩니다.
    }
open_expires = { $when }까지 열 수 있습니다.
open_needs_passphrase = 암호 문구로 보호되어 있습니다. 암호 문구는 보낸 사람이 따로 알려 주었을 것입니다.
open_passphrase_label = 암호 문구
open_button = 비밀 열기
opening = 여는 중…
open_wrong_passphrase =
    { $n ->
       *[other] 암호 문구가 틀렸습니다. 비밀이 파기되기 전까지 { $n }번 더 시도할 수 있습니다.
    }
open_unavailable_title = 이 비밀은 열 수 없습니다
open_unavailable = 이미 열렸거나, 파기되었거나, 만료되었습니다. 비밀은 한 번만 열 수 있습니다. 필요하면 보낸 사람에게 새 비밀을 요청하세요.
open_bad_link = 링크가 불완전합니다. # 뒤의 부분까지 모두 복사했는지 확인하세요.
open_failed_decrypt = 비밀을 복호화할 수 없습니다. 링크가 손상되었을 수 있습니다.
open_interrupted = 여는 도중 중단되었습니다. 표시되지는 않았지만 비밀이 이미 사용되었을 수 있습니다.
opened_title = 받은 비밀
opened_text_label = 비밀 텍스트
opened_clipboard = 복사한 내용은 클립보드 기록이나 동기화된 기기에 남을 수 있습니다.
opened_destroyed = 이제 서버에서 비밀이 파기되었습니다. 이 페이지를 떠나기 전에 필요한 내용을 복사하거나 저장하세요.
opened_views_left =
    { $n ->
       *[other] 이 비밀은 { $n }번 더 열 수 있으며, 그 후 서버에서 파기됩니다. 이 페이지를 떠나기 전에 필요한 내용을 복사하거나 저장하세요.
    }
opened_burn_rest = 받았습니다: 지금 파기
opened_burn_question =
    { $n ->
       *[other] 지금 비밀을 파기할까요? 남은 { $n }번의 열람 기회가 모두에게서 사라집니다.
    }
opened_burn_confirm = 예, 파기합니다
opened_files = 파일
download = { $name } 다운로드({ $size })
opened_empty = (텍스트 없음)

## Receipt page (the creator's private page).

receipt_page_title = 확인 페이지
receipt_intro = 이 비공개 페이지에서 공유한 비밀이 어떻게 되었는지 확인할 수 있습니다.
receipt_state_label = 상태
state_waiting = 대기 중: 아직 열리지 않았습니다.
state_waiting_views =
    { $n ->
       *[other] 대기 중: 열린 적이 있으며 { $n }번 더 열 수 있습니다.
    }
state_opened = { $when }에 열렸습니다.
state_burned = 파기됨: 이제 아무도 열 수 없습니다.
state_expired = 열리지 않은 채 만료되었습니다.
state_expired_views =
    { $n ->
       *[other] { $n }번 열린 후 만료되었습니다.
    }
receipt_expires = { $when }에 만료됩니다.
receipt_expired_at = 만료 시각: { $when }
receipt_views_total =
    { $n ->
       *[other] 총 { $n }번 열 수 있습니다.
    }
receipt_opens_label = 열린 시각
receipt_gone = 이 확인 페이지가 존재하지 않거나 삭제되었습니다.
receipt_bad_link = 확인 링크가 불완전합니다. # 뒤의 부분까지 모두 복사했는지 확인하세요.
refresh = 새로 고침
burn_button = 지금 파기
burn_question = 지금 비밀을 파기할까요? 아무도 열 수 없게 됩니다.
burn_confirm = 예, 파기합니다
cancel = 취소
burned_done = 비밀을 파기했습니다.
receipt_watching = 이 페이지가 열려 있는 동안 몇 초마다 상태를 확인하고 변경 사항을 표시합니다.
receipt_notify = 상태가 바뀌면 알림 받기
receipt_notify_on = 이 페이지가 열려 있는 동안에는 브라우저 알림도 받게 됩니다.
receipt_notify_blocked = 이 브라우저에서 이 페이지의 알림이 차단되어 있습니다. 변경 사항은 페이지에는 계속 표시됩니다.
receipt_changed = 보고 있는 동안 상태가 바뀌었습니다.

## Privacy page.

privacy_title = 개인정보 보호
privacy_encryption = 비밀은 브라우저에서 암호화됩니다. 키는 링크의 # 뒤 부분에 있으며, 브라우저는 이 부분을 어떤 서버에도 보내지 않습니다.
privacy_stored = 서버에는 암호화된 비밀, 링크에서 생성한 식별자, 링크 대조용 해시, 만료 시각, 남은 열람 횟수, 각 열람 시각을 포함한 확인 페이지의 상태만 저장됩니다. 서버는 텍스트, 파일과 파일 이름, 암호 문구, 링크를 절대 볼 수 없습니다.
privacy_deleted = 비밀은 허용된 마지막 열람 후, 파기되거나 만료되는 시점 중 가장 빠른 때에 삭제됩니다. 확인 페이지는 그로부터 얼마 후 삭제됩니다.
privacy_tracking = 추적, 분석, 쿠키, 제3자 서비스를 전혀 사용하지 않습니다. 이 페이지에 필요한 모든 것은 이 서버에서 제공됩니다.
privacy_logs = 서버는 비밀 식별자, 증명, 확인 페이지, IP 주소를 기록하지 않습니다.
privacy_language = 언어 선택은 이 브라우저의 로컬 저장소에만 보관됩니다.

## Not found.

not_found_title = 페이지를 찾을 수 없습니다
not_found_body = 이 주소에는 아무것도 없습니다.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = 비밀 요청하기
request_title = 비밀 요청하기
request_intro = 누군가에게서 비밀번호나 파일을 받아야 하나요? 요청을 만들고 그 링크를 상대방에게 보내세요. 상대방의 브라우저가 답변을 나만 볼 수 있도록 암호화하며, 답변은 내 비공개 링크로만 한 번 읽을 수 있습니다.
request_note_label = 필요한 것(선택 사항)
# $max is a number of bytes.
request_note_hint = 상대방이 요청 링크를 열면 이 메모를 보게 됩니다. 메모도 다른 모든 내용처럼 암호화됩니다. 최대 { $max }바이트입니다.
request_note_too_long = 메모가 너무 깁니다. 최대 { $max }바이트까지 가능합니다.
request_expiry_label = 요청 및 답변 만료 기간
request_button = 요청 만들기
requested_title = 요청이 준비되었습니다
request_link_label = 요청 링크: 비밀을 가진 사람에게 보내세요
request_link_help = 이 링크를 본 사람은 누구나 한 번 답변할 수 있습니다. 답변은 나 외에는 아무도 읽을 수 없습니다.
request_private_title = 내 비공개 링크
request_private_help = 이 링크는 직접 보관하고 아무에게도 보내지 마세요. 이 링크로 답변이 도착했는지 확인하고 답변을 한 번 열 수 있습니다.
request_private_label = 비공개 링크(나만 사용)
request_expires = 요청은 { $when }까지 답변을 기다립니다.
# The answerer's page.
answer_title = 누군가 비밀을 요청했습니다
answer_note_label = 요청자의 메모
answer_no_note = 남긴 메모가 없습니다.
answer_text_label = 답변
answer_hint = 답변은 이 브라우저에서 요청한 사람을 위해 암호화됩니다. 요청한 사람의 비공개 링크로만 한 번 읽을 수 있으며, 이 서버는 읽을 수 없습니다.
answer_anyone = 이 링크를 본 사람은 누구나 답변할 수 있으며, 첫 번째 답변만 저장됩니다. 아는 사람에게서 받은 링크일 때만 답변하세요.
answer_expires = { $when }까지 답변할 수 있습니다.
answer_button = 답변 보내기
answered_title = 답변을 보냈습니다
answered_body = 요청한 사람만 { $when }까지 한 번 읽을 수 있습니다.
answer_unavailable_title = 이 요청에는 답변할 수 없습니다
answer_unavailable = 이미 답변되었거나 만료되었습니다. 요청한 사람에게 아직 필요하다면 새 요청을 만들어 달라고 하세요.
# The asker's private page.
asker_title = 내 요청
asker_note_label = 내 메모
asker_waiting = 아직 답변이 없습니다. 이 페이지가 열려 있는 동안 몇 초마다 확인합니다.
asker_answered = { $when }에 답변이 도착했습니다. 한 번만 열 수 있으며, 그 후에는 서버에서 삭제됩니다.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = 보고 있는 동안 답변이 도착했습니다.
asker_open_button = 답변 열기
asker_gone = 알 수 없는 요청입니다. 답변이 이미 열렸거나 만료되었습니다.
asker_expires = 요청과 답변은 { $when }에 만료됩니다.
