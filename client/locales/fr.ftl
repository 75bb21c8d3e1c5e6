# Cinder: French.
#
# Placeables like { $name } are filled by the page; keep them, translate around them.
# A message with "{ $n -> ... }" varies by count: give every plural category of the language (CLDR), *[other] last.

## Chrome: header, footer, language switcher.

app_name = Cinder
tagline = Secrets à usage unique, chiffrés dans votre navigateur
nav_create = Nouveau secret
nav_privacy = Confidentialité
language_label = Langue
footer_note = Chiffré dans votre navigateur. Le serveur ne voit jamais votre secret ni le lien.

## The instance's own words (an operator's config file): labels shown before the operator's texts.

instance_operator = Service géré par :
instance_note = Message du gestionnaire de ce service :

## Create page.

create_title = Partager un secret
create_intro = Votre secret est chiffré dans ce navigateur avant tout envoi. Le lien permet de l'ouvrir une seule fois, puis le secret est détruit.
text_label = Votre secret
text_hint = Seule la personne qui ouvrira le lien pourra le voir.
files_label = Fichiers (facultatif)
files_hint = Jusqu'à { $max } au total.
files_drop = Déposez des fichiers ici ou choisissez-les :
file_remove = Retirer { $name }
files_total = { $size } sur { $max }
passphrase_label = Phrase de passe (facultative)
passphrase_hint = Le destinataire en aura aussi besoin. Envoyez-la par un autre moyen que le lien.
passphrase_show = Afficher la phrase de passe
passphrase_hide = Masquer la phrase de passe
generator_title = Générateur de mots de passe
generator_length = Longueur
generator_lower = Minuscules
generator_upper = Majuscules
generator_digits = Chiffres
generator_symbols = Symboles
generator_generate = Générer
generator_result = Mot de passe généré
generator_insert = Ajouter au secret
generator_use_as_passphrase = Utiliser comme phrase de passe
generator_need_class = Choisissez au moins un type de caractères.
expiry_label = Expire après
views_label = Nombre d'ouvertures
views_hint = Au maximum { $max } fois. Le secret est détruit après sa dernière ouverture ou à son expiration, selon ce qui arrive en premier.
create_button = Créer le lien
creating = Chiffrement et envoi…
reading_files = Lecture des fichiers…
deriving_key = Dérivation de la clé à partir de la phrase de passe…
err_empty = Écrivez d'abord un secret ou ajoutez un fichier.
err_too_large = C'est trop volumineux : pas plus de { $max } au total.
err_file_unreadable = Un fichier n'a pas pu être lu.
err_unreachable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
err_rate_limited = Trop de requêtes en peu de temps. Patientez une minute et réessayez.
err_full = Le serveur est saturé pour le moment. Réessayez plus tard.
err_unexpected = Une erreur s'est produite dans ce navigateur. Rechargez la page et réessayez.
err_server = Le serveur n'a pas pu effectuer cette opération ({ $code }). Réessayez plus tard.
create_off = Cette instance sert uniquement à ouvrir des liens : elle ne crée pas de nouveaux secrets. Pour en partager un, utilisez l'instance que votre organisation met à votre disposition.
create_sign_in = Seuls les membres de cette organisation peuvent créer des secrets ici. Connectez-vous d'abord via votre organisation. Toute personne disposant d'un lien peut toujours l'ouvrir.
create_sign_in_link = Se connecter
create_not_allowed = Vous êtes connecté, mais votre compte n'est pas autorisé à créer des secrets ici. Adressez-vous à votre administrateur.

## The link, shown after creating.

link_title = Votre lien est prêt
link_label = Lien de partage (à usage unique)
link_help = Envoyez ce lien au destinataire. Il ne peut être ouvert qu'une seule fois.
link_expires = S'il n'est pas ouvert, le secret expire le { $when }.
link_passphrase_reminder = N'oubliez pas d'envoyer la phrase de passe séparément.
link_label_views = Lien de partage
link_help_views =
    { $n ->
        [one] Envoyez ce lien au destinataire. Il peut être ouvert { $n } fois.
        [many] Envoyez ce lien aux destinataires. Il peut être ouvert { $n } de fois.
       *[other] Envoyez ce lien aux destinataires. Il peut être ouvert { $n } fois.
    }
link_expires_views = Si toutes ses ouvertures ne sont pas utilisées, le secret expire le { $when }.
copy = Copier
copied = Copié dans le presse-papiers.
copy_failed = La copie a échoué : sélectionnez le texte et copiez-le vous-même.
qr_label = Code QR du lien de partage
share_email = Partager par e-mail
email_subject = Un secret pour vous
email_body = Ouvrez ce lien pour lire le secret que je partage avec vous. Il ne fonctionne qu'une seule fois :
email_body_views =
    { $n ->
        [one] Ouvrez ce lien pour lire le secret que je partage avec vous. Il fonctionne { $n } fois :
        [many] Ouvrez ce lien pour lire le secret que je partage avec vous. Il fonctionne { $n } de fois :
       *[other] Ouvrez ce lien pour lire le secret que je partage avec vous. Il fonctionne { $n } fois :
    }
receipt_title = Pour vous uniquement : le lien de suivi
receipt_help = Gardez ce lien pour vous ; ne l'envoyez pas au destinataire. Il indique si le secret a été ouvert et vous permet de le détruire.
receipt_label = Lien de suivi (privé)
create_another = Créer un autre secret

## Open page (the recipient).

open_title = Un secret pour vous
checking = Vérification du lien…
open_waiting = Quelqu'un a partagé un secret avec vous. Il ne peut être ouvert qu'une seule fois : ensuite, il est détruit.
open_waiting_views =
    { $n ->
        [one] Quelqu'un a partagé un secret avec vous. Il peut encore être ouvert { $n } fois : ensuite, il est détruit.
        [many] Quelqu'un a partagé un secret avec vous. Il peut encore être ouvert { $n } de fois : après la dernière, il est détruit.
       *[other] Quelqu'un a partagé un secret avec vous. Il peut encore être ouvert { $n } fois : après la dernière, il est détruit.
    }
open_expires = Disponible jusqu'au { $when }.
open_needs_passphrase = Il est protégé par une phrase de passe, que l'expéditeur a dû vous transmettre séparément.
open_passphrase_label = Phrase de passe
open_button = Ouvrir le secret
opening = Ouverture…
open_wrong_passphrase =
    { $n ->
        [one] Phrase de passe incorrecte. Il vous reste { $n } tentative avant la destruction du secret.
        [many] Phrase de passe incorrecte. Il vous reste { $n } de tentatives avant la destruction du secret.
       *[other] Phrase de passe incorrecte. Il vous reste { $n } tentatives avant la destruction du secret.
    }
open_unavailable_title = Ce secret n'est pas disponible
open_unavailable = Il a déjà été ouvert, détruit, ou il a expiré : un secret ne peut être ouvert qu'une seule fois. Si vous en avez besoin, demandez-en un nouveau à l'expéditeur.
open_bad_link = Ce lien est incomplet. Vérifiez que vous l'avez copié en entier, y compris la partie après #.
open_failed_decrypt = Le secret n'a pas pu être déchiffré. Le lien est peut-être endommagé.
open_interrupted = L'ouverture a été interrompue et a peut-être consommé le secret, bien qu'il n'ait pas été affiché.
opened_title = Votre secret
opened_text_label = Texte secret
opened_clipboard = Le presse-papiers peut conserver ce que vous copiez : dans son historique, ou sur les appareils avec lesquels il est synchronisé.
opened_destroyed = Le secret a maintenant été détruit sur le serveur. Copiez ou enregistrez ce dont vous avez besoin avant de quitter cette page.
opened_views_left =
    { $n ->
        [one] Le secret peut encore être ouvert { $n } fois ; ensuite, il sera détruit sur le serveur. Copiez ou enregistrez ce dont vous avez besoin avant de quitter cette page.
        [many] Le secret peut encore être ouvert { $n } de fois ; ensuite, il sera détruit sur le serveur. Copiez ou enregistrez ce dont vous avez besoin avant de quitter cette page.
       *[other] Le secret peut encore être ouvert { $n } fois ; ensuite, il sera détruit sur le serveur. Copiez ou enregistrez ce dont vous avez besoin avant de quitter cette page.
    }
opened_burn_rest = Je l'ai : le détruire maintenant
opened_burn_question =
    { $n ->
        [one] Détruire le secret maintenant ? Son ouverture restante sera perdue pour tout le monde.
        [many] Détruire le secret maintenant ? Il lui reste { $n } d'ouvertures, qui seront perdues pour tout le monde.
       *[other] Détruire le secret maintenant ? Il lui reste { $n } ouvertures, qui seront perdues pour tout le monde.
    }
opened_burn_confirm = Oui, le détruire
opened_files = Fichiers
download = Télécharger { $name } ({ $size })
opened_empty = (aucun texte)

## Receipt page (the creator's private page).

receipt_page_title = Suivi
receipt_intro = Cette page privée vous indique ce qu'est devenu le secret que vous avez partagé.
receipt_state_label = État
state_waiting = En attente : pas encore ouvert.
state_waiting_views =
    { $n ->
        [one] En attente : déjà ouvert, encore { $n } ouverture possible.
        [many] En attente : déjà ouvert, encore { $n } d'ouvertures possibles.
       *[other] En attente : déjà ouvert, encore { $n } ouvertures possibles.
    }
state_opened = Ouvert le { $when }.
state_burned = Détruit : plus personne ne peut l'ouvrir.
state_expired = Expiré sans avoir été ouvert.
state_expired_views =
    { $n ->
        [one] Expiré après avoir été ouvert { $n } fois.
        [many] Expiré après avoir été ouvert { $n } de fois.
       *[other] Expiré après avoir été ouvert { $n } fois.
    }
receipt_expires = Expire le { $when }.
receipt_expired_at = Expiration : { $when }.
receipt_views_total =
    { $n ->
        [one] Peut être ouvert { $n } fois au total.
        [many] Peut être ouvert { $n } de fois au total.
       *[other] Peut être ouvert { $n } fois au total.
    }
receipt_opens_label = Ouvert le
receipt_gone = Ce lien de suivi est inconnu ou a été supprimé.
receipt_bad_link = Ce lien de suivi est incomplet. Vérifiez que vous l'avez copié en entier, y compris la partie après #.
refresh = Actualiser
burn_button = Détruire maintenant
burn_question = Détruire le secret maintenant ? Plus personne ne pourra l'ouvrir.
burn_confirm = Oui, le détruire
cancel = Annuler
burned_done = Le secret a été détruit.
receipt_watching = Tant que cette page est ouverte, elle vérifie l'état toutes les quelques secondes et affiche tout changement.
receipt_notify = M'avertir en cas de changement
receipt_notify_on = Vous recevrez aussi une notification du navigateur, tant que cette page reste ouverte.
receipt_notify_blocked = Ce navigateur bloque les notifications pour cette page. La page elle-même affiche quand même le changement.
receipt_changed = L'état a changé pendant que vous suiviez la page.

## Privacy page.

privacy_title = Confidentialité
privacy_encryption = Votre secret est chiffré dans votre navigateur. La clé se trouve dans la partie du lien après #, que les navigateurs n'envoient jamais à aucun serveur.
privacy_stored = Le serveur ne stocke que le secret chiffré, un identifiant dérivé du lien, un hachage servant à vérifier le lien, la date d'expiration, le nombre d'ouvertures restantes et l'état du suivi avec la date de chaque ouverture. Il ne voit jamais ni votre texte, ni vos fichiers ou leurs noms, ni votre phrase de passe, ni le lien.
privacy_deleted = Un secret est supprimé après sa dernière ouverture autorisée, lorsqu'il est détruit ou lorsqu'il expire, selon ce qui arrive en premier. Ses données de suivi sont supprimées quelque temps après.
privacy_tracking = Aucun pistage, aucune mesure d'audience, aucun cookie et aucun tiers : tout ce dont cette page a besoin provient de ce serveur.
privacy_logs = Les journaux du serveur ne contiennent ni identifiants de secrets, ni preuves, ni liens de suivi, ni votre adresse IP.
privacy_language = Votre choix de langue est conservé uniquement dans le stockage local de ce navigateur.

## Not found.

not_found_title = Page introuvable
not_found_body = Il n'y a rien à cette adresse.

## Requests: asking someone for a secret (/request), their page to answer (/q), the asker's private page (/a).
## The asker's browser makes a key pair: the request link carries the public half, the private link the private half.

# The footer link to the request page, on every page.
nav_request = Demander un secret
request_title = Demander un secret
request_intro = Vous avez besoin qu'on vous transmette un mot de passe ou un fichier ? Créez une demande et envoyez-en le lien à la personne. Son navigateur chiffre la réponse uniquement pour vous : seul votre lien privé permet de la lire, une seule fois.
request_note_label = Ce dont vous avez besoin (facultatif)
# $max is a number of bytes.
request_note_hint = La personne voit cette note en ouvrant le lien de la demande ; elle est chiffrée comme tout le reste. Au maximum { $max } octets.
request_note_too_long = La note est trop longue : pas plus de { $max } octets.
request_expiry_label = La demande et sa réponse expirent après
request_button = Créer la demande
requested_title = Votre demande est prête
request_link_label = Lien de la demande : envoyez-le à la personne qui détient le secret
request_link_help = Toute personne qui voit ce lien peut y répondre, une seule fois. Personne d'autre que vous ne peut lire la réponse.
request_private_title = Votre lien privé
request_private_help = Gardez ce lien pour vous ; ne l'envoyez pas. Il indique si la réponse est arrivée et permet de l'ouvrir, une seule fois.
request_private_label = Lien privé (rien que pour vous)
request_expires = La demande attend une réponse jusqu'au { $when }.
# The answerer's page.
answer_title = Quelqu'un vous demande un secret
answer_note_label = Sa note
answer_no_note = Aucune note n'a été laissée.
answer_text_label = Votre réponse
answer_hint = Elle est chiffrée dans ce navigateur pour la personne qui a fait la demande : seul son lien privé permet de la lire, une seule fois. Ce serveur, lui, ne le peut pas.
answer_anyone = Toute personne ayant vu ce lien peut y répondre, et seule la première réponse est conservée. Ne répondez que si le lien vient de quelqu'un que vous connaissez.
answer_expires = Vous pouvez répondre jusqu'au { $when }.
answer_button = Envoyer la réponse
answered_title = Réponse envoyée
answered_body = Seule la personne qui a fait la demande peut la lire, une seule fois, jusqu'au { $when }.
answer_unavailable_title = Impossible de répondre à cette demande
answer_unavailable = Elle a déjà reçu une réponse, ou elle a expiré. Si la personne en a toujours besoin, demandez-lui de créer une nouvelle demande.
# The asker's private page.
asker_title = Votre demande
asker_note_label = Votre note
asker_waiting = Pas encore de réponse. Tant que cette page est ouverte, elle vérifie toutes les quelques secondes.
asker_answered = La réponse est arrivée le { $when }. Elle ne s'ouvre qu'une seule fois : ensuite, elle disparaît du serveur.
# Announced (and shown) when polling found that the answer came since the page was loaded.
asker_changed = La réponse est arrivée pendant que vous suiviez la page.
asker_open_button = Ouvrir la réponse
asker_gone = Cette demande est inconnue : sa réponse a déjà été ouverte, ou elle a expiré.
asker_expires = La demande et sa réponse expirent le { $when }.
