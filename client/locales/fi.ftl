# Cinder: Finnish.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Kertakäyttöiset salaisuudet, salattuina selaimessasi
nav_create = Uusi salaisuus
nav_privacy = Tietosuoja
language_label = Kieli
footer_note = Salattu selaimessasi. Palvelin ei koskaan näe salaisuuttasi eikä linkkiä.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Ylläpitäjä:
instance_note = Tämän palvelun ylläpitäjän viesti:

## Create page.

create_title = Jaa salaisuus
create_intro = Salaisuutesi salataan tässä selaimessa, ennen kuin mitään lähetetään. Sen voi avata linkillä vain kerran, minkä jälkeen se tuhotaan.
text_label = Salaisuus
text_hint = Vain linkin avaaja näkee sen.
files_label = Tiedostot (valinnainen)
files_hint = Yhteensä enintään { $max }.
files_drop = Pudota tiedostot tähän tai valitse ne:
file_remove = Poista { $name }
files_total = { $size } / { $max }
passphrase_label = Salalause (valinnainen)
passphrase_hint = Vastaanottaja tarvitsee sen myös. Lähetä se linkistä erillään jotakin muuta kautta.
passphrase_show = Näytä salalause
passphrase_hide = Piilota salalause
generator_title = Salasanageneraattori
generator_length = Pituus
generator_lower = Pienet kirjaimet
generator_upper = Isot kirjaimet
generator_digits = Numerot
generator_symbols = Erikoismerkit
generator_generate = Luo
generator_result = Luotu salasana
generator_insert = Lisää salaisuuteen
generator_use_as_passphrase = Käytä salalauseena
generator_need_class = Valitse vähintään yksi merkkityyppi.
expiry_label = Voimassaoloaika
views_label = Avauskertojen määrä
views_hint = Enintään { $max } kertaa. Salaisuus tuhotaan viimeisen avauksen jälkeen tai kun se vanhenee, sen mukaan mikä tapahtuu ensin.
create_button = Luo linkki
creating = Salataan ja lähetetään…
reading_files = Luetaan tiedostoja…
deriving_key = Johdetaan avainta salalauseesta…
err_empty = Kirjoita ensin salaisuus tai lisää tiedosto.
err_too_large = Liian suuri: yhteensä enintään { $max }.
err_file_unreadable = Tiedostoa ei voitu lukea.
err_unreachable = Palvelimeen ei saada yhteyttä. Tarkista verkkoyhteytesi ja yritä uudelleen.
err_rate_limited = Liian monta pyyntöä lyhyessä ajassa. Odota minuutti ja yritä uudelleen.
err_full = Palvelin on juuri nyt täynnä. Yritä myöhemmin uudelleen.
err_unexpected = Tässä selaimessa tapahtui virhe. Päivitä sivu ja yritä uudelleen.
err_server = Palvelin ei voinut suorittaa pyyntöä ({ $code }). Yritä myöhemmin uudelleen.
create_off = Tämä instanssi vain avaa linkkejä eikä luo uusia salaisuuksia. Jos haluat jakaa salaisuuden, käytä instanssia, jonka organisaatiosi tarjoaa siihen.
create_sign_in = Vain tämän organisaation jäsenet voivat luoda täällä salaisuuksia. Kirjaudu ensin sisään organisaatiosi kautta. Kuka tahansa, jolla on linkki, voi silti avata sen.
create_sign_in_link = Kirjaudu sisään
create_not_allowed = Olet kirjautunut sisään, mutta tililläsi ei ole oikeutta luoda täällä salaisuuksia. Ota yhteyttä järjestelmänvalvojaan.

## The link, shown after creating.

link_title = Linkkisi on valmis
link_label = Jakolinkki (toimii kerran)
link_help = Lähetä tämä linkki vastaanottajalle. Sen voi avata vain kerran.
link_expires = Jos salaisuutta ei avata, se vanhenee { $when }.
link_passphrase_reminder = Muista lähettää salalause erikseen.
link_label_views = Jakolinkki
link_help_views =
    { $n ->
        [one] Lähetä tämä linkki vastaanottajalle. Sen voi avata { $n } kerran.
       *[other] Lähetä tämä linkki vastaanottajille. Sen voi avata { $n } kertaa.
    }
link_expires_views = Ellei kaikkia avauskertoja käytetä, salaisuus vanhenee { $when }.
copy = Kopioi
copied = Kopioitu leikepöydälle.
copy_failed = Kopiointi epäonnistui: valitse teksti ja kopioi se itse.
qr_label = Jakolinkin QR-koodi
share_email = Jaa sähköpostilla
email_subject = Salaisuus sinulle
email_body = Avaa tämä linkki, niin voit lukea salaisuuden, jonka jaoin kanssasi. Linkki toimii vain kerran:
email_body_views =
    { $n ->
        [one] Avaa tämä linkki, niin voit lukea salaisuuden, jonka jaoin kanssasi. Linkki toimii { $n } kerran:
       *[other] Avaa tämä linkki, niin voit lukea salaisuuden, jonka jaoin kanssasi. Linkki toimii { $n } kertaa:
    }
receipt_title = Vain sinulle: tilalinkki
receipt_help = Pidä tämä linkki itselläsi äläkä lähetä sitä vastaanottajalle. Siitä näet, onko salaisuus avattu, ja voit tuhota sen.
receipt_label = Tilalinkki (yksityinen)
create_another = Luo uusi salaisuus

## Open page (the recipient).

open_title = Salaisuus sinulle
checking = Tarkistetaan linkkiä…
open_waiting = Joku on jakanut kanssasi salaisuuden. Sen voi avata vain kerran, minkä jälkeen se tuhotaan.
open_waiting_views =
    { $n ->
        [one] Joku on jakanut kanssasi salaisuuden. Sen voi avata vielä { $n } kerran, minkä jälkeen se tuhotaan.
       *[other] Joku on jakanut kanssasi salaisuuden. Sen voi avata vielä { $n } kertaa: viimeisen kerran jälkeen se tuhotaan.
    }
open_expires = Saatavilla { $when } asti.
open_needs_passphrase = Se on suojattu salalauseella, jonka lähettäjän olisi pitänyt antaa sinulle erikseen.
open_passphrase_label = Salalause
open_button = Avaa salaisuus
opening = Avataan…
open_wrong_passphrase =
    { $n ->
        [one] Väärä salalause. { $n } yritys jäljellä, ennen kuin salaisuus tuhotaan.
       *[other] Väärä salalause. { $n } yritystä jäljellä, ennen kuin salaisuus tuhotaan.
    }
open_unavailable_title = Tämä salaisuus ei ole saatavilla
open_unavailable = Se on jo avattu, tuhottu tai vanhentunut: salaisuuden voi avata vain kerran. Pyydä lähettäjältä uusi, jos tarvitset sitä.
open_bad_link = Tämä linkki on puutteellinen. Tarkista, että kopioit sen kokonaan, myös #-merkin jälkeisen osan.
open_failed_decrypt = Salaisuuden salausta ei voitu purkaa. Linkki voi olla vioittunut.
open_interrupted = Avaaminen keskeytyi, ja salaisuus on ehkä jo käytetty, vaikka sitä ei näytetty.
opened_title = Salaisuutesi
opened_text_label = Salainen teksti
opened_clipboard = Leikepöytä voi säilyttää kopioimasi sisällön: historiassaan tai laitteilla, joiden kanssa se synkronoidaan.
opened_destroyed = Salaisuus on nyt tuhottu palvelimelta. Kopioi tai tallenna tarvitsemasi, ennen kuin poistut sivulta.
opened_views_left =
    { $n ->
        [one] Salaisuuden voi avata vielä { $n } kerran; sen jälkeen se tuhotaan palvelimelta. Kopioi tai tallenna tarvitsemasi, ennen kuin poistut sivulta.
       *[other] Salaisuuden voi avata vielä { $n } kertaa; sen jälkeen se tuhotaan palvelimelta. Kopioi tai tallenna tarvitsemasi, ennen kuin poistut sivulta.
    }
opened_burn_rest = Sain sen: tuhoa se nyt
opened_burn_question =
    { $n ->
        [one] Tuhotaanko salaisuus nyt? Jäljellä oleva avauskerta menetetään kaikilta.
       *[other] Tuhotaanko salaisuus nyt? Jäljellä olevat { $n } avauskertaa menetetään kaikilta.
    }
opened_burn_confirm = Kyllä, tuhoa
opened_files = Tiedostot
download = Lataa { $name } ({ $size })
opened_empty = (ei tekstiä)

## Receipt page (the creator's private page).

receipt_page_title = Tilasivu
receipt_intro = Tältä yksityiseltä sivulta näet, mitä jakamallesi salaisuudelle on tapahtunut.
receipt_state_label = Tila
state_waiting = Odottaa: ei vielä avattu.
state_waiting_views =
    { $n ->
        [one] Odottaa: avattu aiemmin, { $n } avauskerta jäljellä.
       *[other] Odottaa: avattu aiemmin, { $n } avauskertaa jäljellä.
    }
state_opened = Avattu { $when }.
state_burned = Tuhottu: kukaan ei voi enää avata sitä.
state_expired = Vanhentui avaamattomana.
state_expired_views =
    { $n ->
        [one] Vanhentui, kun se oli avattu { $n } kerran.
       *[other] Vanhentui, kun se oli avattu { $n } kertaa.
    }
receipt_expires = Vanhenee { $when }.
receipt_expired_at = Vanhenemisaika: { $when }.
receipt_views_total =
    { $n ->
        [one] Voidaan avata yhteensä { $n } kerran.
       *[other] Voidaan avata yhteensä { $n } kertaa.
    }
receipt_opens_label = Avattu
receipt_gone = Tätä tilasivua ei tunneta, tai se on poistettu.
receipt_bad_link = Tämä tilalinkki on puutteellinen. Tarkista, että kopioit sen kokonaan, myös #-merkin jälkeisen osan.
refresh = Päivitä
burn_button = Tuhoa nyt
burn_question = Tuhotaanko salaisuus nyt? Kukaan ei voi sen jälkeen avata sitä.
burn_confirm = Kyllä, tuhoa
cancel = Peruuta
burned_done = Salaisuus on tuhottu.
receipt_watching = Niin kauan kuin tämä sivu on auki, se tarkistaa tilan muutaman sekunnin välein ja näyttää kaikki muutokset.
receipt_notify = Ilmoita minulle, kun tila muuttuu
receipt_notify_on = Saat myös selaimen ilmoituksen, kunhan tämä sivu pysyy auki.
receipt_notify_blocked = Tämä selain estää tämän sivun ilmoitukset. Sivu itse näyttää muutoksen silti.
receipt_changed = Tila muuttui sillä aikaa, kun seurasit sivua.

## Privacy page.

privacy_title = Tietosuoja
privacy_encryption = Salaisuutesi salataan selaimessasi. Avain on linkin #-merkin jälkeisessä osassa, jota selaimet eivät koskaan lähetä millekään palvelimelle.
privacy_stored = Palvelin tallentaa vain salatun salaisuuden, linkistä johdetun tunnisteen, tiivisteen linkin tarkistamista varten, vanhenemisajan, jäljellä olevien avauskertojen määrän sekä tilasivulla näkyvän tilan ja kunkin avauksen ajankohdan. Se ei koskaan näe tekstiäsi, tiedostojasi tai niiden nimiä, salalausettasi eikä linkkiä.
privacy_deleted = Salaisuus poistetaan viimeisen sallitun avauksen jälkeen, kun se tuhotaan tai kun se vanhenee, sen mukaan mikä tapahtuu ensin. Sen tilasivu poistetaan jonkin ajan kuluttua.
privacy_tracking = Ei seurantaa, ei analytiikkaa, ei evästeitä eikä kolmansia osapuolia: kaikki, mitä tämä sivu tarvitsee, tulee tältä palvelimelta.
privacy_logs = Palvelin ei kirjaa lokiin salaisuuksien tunnisteita, todisteita, tilalinkkejä eikä IP-osoitettasi.
privacy_language = Kielivalintasi tallennetaan vain tämän selaimen paikalliseen tallennustilaan.

## Not found.

not_found_title = Sivua ei löytynyt
not_found_body = Tässä osoitteessa ei ole mitään.

## Pyynnöt: salaisuuden pyytäminen joltakulta (/request), hänen vastaussivunsa (/q), pyytäjän yksityinen sivu (/a).
## Pyytäjän selain luo avainparin: pyyntölinkissä on julkinen puoli, yksityisessä linkissä yksityinen puoli.

# Alatunnisteen linkki pyyntösivulle, joka sivulla.
nav_request = Pyydä salaisuutta
request_title = Pyydä salaisuutta
request_intro = Tarvitsetko joltakulta salasanan tai tiedoston? Luo pyyntö ja lähetä hänelle sen linkki. Hänen selaimensa salaa vastauksen vain sinulle: sen voi lukea vain yksityisellä linkilläsi ja vain kerran.
request_note_label = Mitä tarvitset (valinnainen)
# $max on tavumäärä.
request_note_hint = Hän näkee tämän viestin, kun hän avaa pyyntölinkin; se salataan kuten kaikki muukin. Enintään { $max } tavua.
request_note_too_long = Viesti on liian pitkä: enintään { $max } tavua.
request_expiry_label = Pyynnön ja vastauksen voimassaoloaika
request_button = Luo pyyntö
requested_title = Pyyntösi on valmis
request_link_label = Pyyntölinkki: lähetä se sille, jolla salaisuus on
request_link_help = Kuka tahansa, joka näkee tämän linkin, voi vastata siihen kerran. Kukaan muu kuin sinä ei voi lukea vastausta.
request_private_title = Yksityinen linkkisi
request_private_help = Pidä tämä linkki itselläsi äläkä lähetä sitä kenellekään. Siitä näet, onko vastaus saapunut, ja voit avata sen kerran.
request_private_label = Yksityinen linkki (vain sinulle)
request_expires = Pyyntö odottaa vastausta { $when } asti.
# Vastaajan sivu.
answer_title = Joku pyytää sinulta salaisuutta
answer_note_label = Pyytäjän viesti
answer_no_note = Pyytäjä ei jättänyt viestiä.
answer_text_label = Vastauksesi
answer_hint = Se salataan tässä selaimessa pyytäjälle: sen voi lukea vain hänen yksityisellä linkillään ja vain kerran. Tämä palvelin ei pysty lukemaan sitä.
answer_anyone = Kuka tahansa, joka on nähnyt tämän linkin, voi vastata siihen, ja vain ensimmäinen vastaus säilytetään. Vastaa vain, jos linkki tuli joltakulta, jonka tunnet.
answer_expires = Voit vastata { $when } asti.
answer_button = Lähetä vastaus
answered_title = Vastaus lähetetty
answered_body = Vain pyytäjä voi lukea sen, kerran, { $when } asti.
answer_unavailable_title = Tähän pyyntöön ei voi vastata
answer_unavailable = Siihen on jo vastattu tai se on vanhentunut. Pyydä pyytäjältä uusi pyyntö, jos hän tarvitsee salaisuutta vielä.
# Pyytäjän yksityinen sivu.
asker_title = Pyyntösi
asker_note_label = Viestisi
asker_waiting = Vastausta ei ole vielä tullut. Niin kauan kuin tämä sivu on auki, se tarkistaa tilanteen muutaman sekunnin välein.
asker_answered = Vastaus saapui { $when }. Sen voi avata kerran, minkä jälkeen se poistetaan palvelimelta.
# Ilmoitetaan (ja näytetään), kun tarkistus havaitsee vastauksen saapuneen sivun latauksen jälkeen.
asker_changed = Vastaus saapui sillä aikaa, kun seurasit sivua.
asker_open_button = Avaa vastaus
asker_gone = Tätä pyyntöä ei tunneta: sen vastaus on jo avattu tai se on vanhentunut.
asker_expires = Pyyntö ja sen vastaus vanhenevat { $when }.
