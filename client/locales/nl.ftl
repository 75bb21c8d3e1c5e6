# Cinder: Dutch.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Eenmalige geheimen, versleuteld in je browser
nav_create = Nieuw geheim
nav_privacy = Privacyverklaring
language_label = Taal
footer_note = Versleuteld in je browser. De server ziet nooit je geheim of de link.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Beheerder:
instance_note = Een bericht van de beheerder van deze dienst:

## Create page.

create_title = Een geheim delen
create_intro = Je geheim wordt in deze browser versleuteld voordat er iets wordt verzonden. Via de link kan het één keer worden geopend; daarna wordt het vernietigd.
text_label = Geheim
text_hint = Alleen wie de link opent, krijgt het te zien.
files_label = Bestanden (optioneel)
files_hint = In totaal maximaal { $max }.
files_drop = Sleep bestanden hierheen, of kies ze:
file_remove = { $name } verwijderen
files_total = { $size } van { $max }
passphrase_label = Wachtwoordzin (optioneel)
passphrase_hint = De ontvanger heeft die ook nodig. Stuur die op een andere manier dan via de link.
passphrase_show = Wachtwoordzin tonen
passphrase_hide = Wachtwoordzin verbergen
generator_title = Wachtwoordgenerator
generator_length = Lengte
generator_lower = Kleine letters
generator_upper = Hoofdletters
generator_digits = Cijfers
generator_symbols = Speciale tekens
generator_generate = Genereren
generator_result = Gegenereerd wachtwoord
generator_insert = Aan het geheim toevoegen
generator_use_as_passphrase = Als wachtwoordzin gebruiken
generator_need_class = Kies minstens één soort tekens.
expiry_label = Verloopt na
views_label = Aantal keer te openen
views_hint = Maximaal { $max } keer. Het geheim wordt vernietigd na de laatste keer openen of wanneer het verloopt, wat het eerst gebeurt.
create_button = Link aanmaken
creating = Versleutelen en verzenden…
reading_files = Bestanden lezen…
deriving_key = Sleutel afleiden uit de wachtwoordzin…
err_empty = Schrijf eerst een geheim of voeg een bestand toe.
err_too_large = Dat is te groot: in totaal maximaal { $max }.
err_file_unreadable = Een bestand kon niet worden gelezen.
err_unreachable = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
err_rate_limited = Te veel verzoeken in korte tijd. Wacht een minuut en probeer het opnieuw.
err_full = De server is op dit moment vol. Probeer het later opnieuw.
err_unexpected = Er ging iets mis in deze browser. Laad de pagina opnieuw en probeer het nog eens.
err_server = De server kon dat niet uitvoeren ({ $code }). Probeer het later opnieuw.
create_off = Deze instantie opent alleen links en maakt geen nieuwe geheimen aan. Wil je een geheim delen, gebruik dan de instantie die je organisatie daarvoor aanbiedt.
create_sign_in = Alleen mensen van deze organisatie kunnen hier geheimen aanmaken. Log eerst in via je organisatie. Iedereen met een link kan die nog steeds openen.
create_sign_in_link = Inloggen
create_not_allowed = Je bent ingelogd, maar je account mag hier geen geheimen aanmaken. Neem contact op met je beheerder.

## The link, shown after creating.

link_title = Je link is klaar
link_label = Deellink (eenmalig te openen)
link_help = Stuur deze link naar de ontvanger. De link kan maar één keer worden geopend.
link_expires = Als het niet wordt geopend, verloopt het geheim op { $when }.
link_passphrase_reminder = Vergeet niet de wachtwoordzin apart te sturen.
link_label_views = Deellink
link_help_views =
    { $n ->
        [one] Stuur deze link naar de ontvanger. De link kan { $n } keer worden geopend.
       *[other] Stuur deze link naar de ontvangers. De link kan { $n } keer worden geopend.
    }
link_expires_views = Als het niet zo vaak wordt geopend als toegestaan, verloopt het geheim op { $when }.
copy = Kopiëren
copied = Gekopieerd naar het klembord.
copy_failed = Kopiëren mislukt: selecteer de tekst en kopieer die zelf.
qr_label = QR-code van de deellink
share_email = Delen via e-mail
email_subject = Een geheim voor jou
email_body = Open deze link om het geheim te lezen dat ik met je heb gedeeld. De link werkt maar één keer:
email_body_views =
    { $n ->
        [one] Open deze link om het geheim te lezen dat ik met je heb gedeeld. De link werkt { $n } keer:
       *[other] Open deze link om het geheim te lezen dat ik met je heb gedeeld. De link werkt { $n } keer:
    }
receipt_title = Alleen voor jou: de statuslink
receipt_help = Houd deze link voor jezelf en stuur hem niet naar de ontvanger. Hiermee zie je of het geheim is geopend en kun je het vernietigen.
receipt_label = Statuslink (privé)
create_another = Nog een geheim aanmaken

## Open page (the recipient).

open_title = Een geheim voor jou
checking = Link controleren…
open_waiting = Iemand heeft een geheim met je gedeeld. Het kan maar één keer worden geopend: daarna wordt het vernietigd.
open_waiting_views =
    { $n ->
        [one] Iemand heeft een geheim met je gedeeld. Het kan nog { $n } keer worden geopend: daarna wordt het vernietigd.
       *[other] Iemand heeft een geheim met je gedeeld. Het kan nog { $n } keer worden geopend: na de laatste keer wordt het vernietigd.
    }
open_expires = Beschikbaar tot { $when }.
open_needs_passphrase = Het is beveiligd met een wachtwoordzin, die je als het goed is apart van de afzender hebt gekregen.
open_passphrase_label = Wachtwoordzin
open_button = Geheim openen
opening = Openen…
open_wrong_passphrase =
    { $n ->
        [one] Verkeerde wachtwoordzin. Nog { $n } poging voordat het geheim wordt vernietigd.
       *[other] Verkeerde wachtwoordzin. Nog { $n } pogingen voordat het geheim wordt vernietigd.
    }
open_unavailable_title = Dit geheim is niet beschikbaar
open_unavailable = Het is al geopend, vernietigd of verlopen: een geheim kan maar één keer worden geopend. Vraag de afzender om een nieuw geheim als je het nodig hebt.
open_bad_link = Deze link is onvolledig. Controleer of je hem helemaal hebt gekopieerd, inclusief het deel na #.
open_failed_decrypt = Het geheim kon niet worden ontsleuteld. De link is mogelijk beschadigd.
open_interrupted = Het openen werd onderbroken en heeft het geheim mogelijk verbruikt, ook al werd het niet getoond.
opened_title = Je geheim
opened_text_label = Geheime tekst
opened_clipboard = Het klembord kan bewaren wat je kopieert: in de klembordgeschiedenis of op apparaten waarmee het wordt gesynchroniseerd.
opened_destroyed = Het geheim is nu op de server vernietigd. Kopieer of bewaar wat je nodig hebt voordat je deze pagina verlaat.
opened_views_left =
    { $n ->
        [one] Het geheim kan nog { $n } keer worden geopend; daarna wordt het op de server vernietigd. Kopieer of bewaar wat je nodig hebt voordat je deze pagina verlaat.
       *[other] Het geheim kan nog { $n } keer worden geopend; daarna wordt het op de server vernietigd. Kopieer of bewaar wat je nodig hebt voordat je deze pagina verlaat.
    }
opened_burn_rest = Ik heb het: nu vernietigen
opened_burn_question =
    { $n ->
        [one] Het geheim nu vernietigen? Dan kan niemand het meer openen, ook al kon dat nog { $n } keer.
       *[other] Het geheim nu vernietigen? Dan kan niemand het meer openen, ook al kon dat nog { $n } keer.
    }
opened_burn_confirm = Ja, vernietigen
opened_files = Bestanden
download = { $name } downloaden ({ $size })
opened_empty = (geen tekst)

## Receipt page (the creator's private page).

receipt_page_title = Statuspagina
receipt_intro = Deze privépagina laat zien wat er is gebeurd met het geheim dat je hebt gedeeld.
receipt_state_label = Status
state_waiting = In afwachting: nog niet geopend.
state_waiting_views =
    { $n ->
        [one] In afwachting: al geopend, nog { $n } keer te openen.
       *[other] In afwachting: al geopend, nog { $n } keer te openen.
    }
state_opened = Geopend op { $when }.
state_burned = Vernietigd: niemand kan het meer openen.
state_expired = Verlopen zonder te zijn geopend.
state_expired_views =
    { $n ->
        [one] Verlopen na { $n } keer te zijn geopend.
       *[other] Verlopen na { $n } keer te zijn geopend.
    }
receipt_expires = Verloopt op { $when }.
receipt_expired_at = Vervaldatum: { $when }.
receipt_views_total =
    { $n ->
        [one] In totaal { $n } keer te openen.
       *[other] In totaal { $n } keer te openen.
    }
receipt_opens_label = Geopend op
receipt_gone = Deze statuspagina is onbekend of is verwijderd.
receipt_bad_link = Deze statuslink is onvolledig. Controleer of je hem helemaal hebt gekopieerd, inclusief het deel na #.
refresh = Vernieuwen
burn_button = Nu vernietigen
burn_question = Het geheim nu vernietigen? Niemand kan het daarna nog openen.
burn_confirm = Ja, vernietigen
cancel = Annuleren
burned_done = Het geheim is vernietigd.
receipt_watching = Zolang deze pagina openstaat, wordt de status om de paar seconden gecontroleerd en zie je elke wijziging meteen.
receipt_notify = Stuur me een melding bij een wijziging
receipt_notify_on = Je krijgt ook een browsermelding, zolang deze pagina open blijft.
receipt_notify_blocked = Deze browser blokkeert meldingen voor deze pagina. De pagina zelf toont de wijziging wel.
receipt_changed = De status is veranderd terwijl je keek.

## Privacy page.

privacy_title = Privacyverklaring
privacy_encryption = Je geheim wordt in je browser versleuteld. De sleutel staat in het deel van de link na #, dat browsers nooit naar een server sturen.
privacy_stored = De server bewaart alleen het versleutelde geheim, een uit de link afgeleide ID, een hash om de link mee te controleren, de vervaltijd, hoe vaak het nog geopend kan worden en de status voor de statuspagina met het tijdstip van elke keer openen. Hij ziet nooit je tekst, je bestanden of hun namen, je wachtwoordzin of de link.
privacy_deleted = Een geheim wordt verwijderd na de laatste toegestane keer openen, zodra het wordt vernietigd of wanneer het verloopt, wat het eerst gebeurt. De bijbehorende statuspagina wordt enige tijd daarna verwijderd.
privacy_tracking = Geen tracking, geen statistieken, geen cookies en geen derde partijen: alles wat deze pagina nodig heeft, komt van deze server.
privacy_logs = De server logt geen ID's van geheimen, bewijzen, statuslinks of je IP-adres.
privacy_language = Je taalkeuze wordt alleen in de lokale opslag van deze browser bewaard.

## Not found.

not_found_title = Pagina niet gevonden
not_found_body = Op dit adres is niets te vinden.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Om een geheim vragen
request_title = Om een geheim vragen
request_intro = Heb je een wachtwoord of bestand van iemand nodig? Maak een verzoek aan en stuur die persoon de link. De browser van die persoon versleutelt het antwoord alleen voor jou: alleen jouw privélink kan het lezen, één keer.
request_note_label = Wat je nodig hebt (optioneel)
# $max is a number of bytes.
request_note_hint = De ander ziet deze notitie bij het openen van de verzoeklink; die wordt versleuteld zoals al het andere. Maximaal { $max } bytes.
request_note_too_long = De notitie is te lang: maximaal { $max } bytes.
request_expiry_label = Het verzoek en het antwoord verlopen na
request_button = Verzoek aanmaken
requested_title = Je verzoek is klaar
request_link_label = Verzoeklink: stuur deze naar wie het geheim heeft
request_link_help = Iedereen die deze link ziet, kan het verzoek één keer beantwoorden. Niemand behalve jij kan het antwoord lezen.
request_private_title = Je privélink
request_private_help = Houd deze link voor jezelf en stuur hem niet door. Hiermee zie je of het antwoord er is, en kun je het één keer openen.
request_private_label = Privélink (alleen voor jou)
request_expires = Het verzoek wacht tot { $when } op een antwoord.
# The answerer's page.
answer_title = Iemand vraagt je om een geheim
answer_note_label = Notitie van de aanvrager
answer_no_note = Er is geen notitie achtergelaten.
answer_text_label = Je antwoord
answer_hint = Het wordt in deze browser versleuteld voor degene die erom vroeg: alleen de privélink van die persoon kan het lezen, één keer. Deze server kan dat niet.
answer_anyone = Iedereen die deze link heeft gezien, kan het verzoek beantwoorden, en alleen het eerste antwoord wordt bewaard. Antwoord alleen als de link afkomstig is van iemand die je kent.
answer_expires = Je kunt antwoorden tot { $when }.
answer_button = Antwoord versturen
answered_title = Antwoord verstuurd
answered_body = Alleen degene die erom vroeg, kan het lezen, één keer, tot { $when }.
answer_unavailable_title = Dit verzoek kan niet worden beantwoord
answer_unavailable = Het is al beantwoord of het is verlopen. Vraag de persoon om een nieuw verzoek als die het nog nodig heeft.
# The asker's private page.
asker_title = Je verzoek
asker_note_label = Je notitie
asker_waiting = Nog geen antwoord. Zolang deze pagina openstaat, wordt dat om de paar seconden gecontroleerd.
asker_answered = Het antwoord is binnengekomen op { $when }. Het kan één keer worden geopend: daarna is het van de server verdwenen.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = Het antwoord kwam binnen terwijl je keek.
asker_open_button = Antwoord openen
asker_gone = Dit verzoek is onbekend: het antwoord is al geopend of het verzoek is verlopen.
asker_expires = Het verzoek en het antwoord verlopen op { $when }.
