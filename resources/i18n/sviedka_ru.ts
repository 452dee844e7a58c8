<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="49"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="66"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="67"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="77"/>
        <source>No preview for this kind of file.</source>
        <translation>Для файлов этого типа нет предпросмотра.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="109"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="113"/>
        <source>Describe the file</source>
        <translation>Опишите файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="113"/>
        <source>What is it? (searchable)</source>
        <translation>Что это? (по описанию можно искать)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="121"/>
        <source>Encrypting %1 into the vault…</source>
        <translation>Файл %1 шифруется в хранилище…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="130"/>
        <source>Save a decrypted copy?</source>
        <translation>Сохранить расшифрованную копию?</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="132"/>
        <source>The copy will NOT be encrypted. Anyone who gets this computer or the place you save it to can read it, and it may be found at a border check. Save it only if you must, and delete it when done.</source>
        <translation>Копия НЕ будет зашифрована. Любой, к кому попадёт этот компьютер или место, куда вы её сохраните, сможет её прочитать, а при проверке на границе её могут найти. Сохраняйте копию, только если без этого не обойтись, и удалите её, когда закончите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="141"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="148"/>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="152"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="175"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="181"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>BoolNode</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="350"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="351"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>BundleErrors</name>
    <message>
        <location filename="../../app/ui/parts.py" line="37"/>
        <source>The file system refused: %1</source>
        <translation>Файловая система не позволила выполнить операцию: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts.py" line="40"/>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>Что-то пошло не так (%1); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="51"/>
        <source>Export for the organisation…</source>
        <translation>Экспорт для организации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="52"/>
        <source>Trust an organisation card…</source>
        <translation>Доверять карточке организации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="53"/>
        <source>Receipts from the organisation…</source>
        <translation>Квитанции от организации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="55"/>
        <source>Import bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="56"/>
        <source>Senders…</source>
        <translation>Отправители…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="57"/>
        <source>Held bundles…</source>
        <translation>Пакеты в карантине…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="58"/>
        <source>Consent notices…</source>
        <translation>Уведомления о согласии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="89"/>
        <source>Only in the coordinator&apos;s vault, which holds the organisation&apos;s key. To make a vault the organisation&apos;s, run once, on the coordinator&apos;s computer: sviedka org init --name NAME</source>
        <translation>Только в хранилище координатора, в котором хранится ключ организации. Чтобы сделать хранилище хранилищем организации, один раз выполните на компьютере координатора: sviedka org init --name NAME</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="128"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="207"/>
        <source>Receipts</source>
        <translation>Квитанции</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="184"/>
        <source>This is the organisation&apos;s vault</source>
        <translation>Это хранилище организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="186"/>
        <source>Receipts are read on the interviewers&apos; laptops: they tell an interviewer which testimonies the organisation holds, so they can be deleted there.

Here you write them: in Import bundles… or Senders…, choose “Write receipts for the senders into…” before importing, and give the files back to the interviewers the way their bundles came.</source>
        <translation>Квитанции читают на ноутбуках интервьюеров: по ним интервьюер узнаёт, какие свидетельства уже есть у организации, чтобы их можно было удалить там.

Здесь вы их записываете: в «Импорт пакетов…» или «Отправители…» перед импортом выберите «Записать квитанции для отправителей в…» и передайте файлы интервьюерам тем же путём, каким пришли их пакеты.</translation>
    </message>
</context>
<context>
    <name>BundleReasons</name>
    <message>
        <location filename="../../app/ui/sync/words.py" line="153"/>
        <source>From a sender you have not approved.</source>
        <translation>От отправителя, которого вы не одобрили.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="154"/>
        <source>From a sender you revoked.</source>
        <translation>От отправителя, которого вы отозвали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="155"/>
        <source>Earlier bundles of this sender have not arrived yet.</source>
        <translation>Предыдущие пакеты этого отправителя ещё не поступили.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="158"/>
        <source>It gives versions the archive holds with other content.</source>
        <translation>В нём есть версии, которые архив уже хранит с другим содержанием.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="161"/>
        <source>It brings testimonies another interviewer sent first.</source>
        <translation>В нём свидетельства, которые первым прислал другой интервьюер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="56"/>
        <source>The bundle is not addressed to this organisation.</source>
        <translation>Пакет адресован не этой организации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="55"/>
        <source>The bundle is larger than an import allows.</source>
        <translation>Пакет больше, чем допускает импорт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="54"/>
        <source>The file cannot be read.</source>
        <translation>Файл невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="59"/>
        <source>The file is not a bundle this organisation can open.</source>
        <translation>Файл не является пакетом, который эта организация может открыть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="60"/>
        <source>The bundle&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпись пакета не сходится: пакет мог быть изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="63"/>
        <source>The bundle is damaged or was altered: nothing of it was imported.</source>
        <translation>Пакет повреждён или изменён: из него ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="66"/>
        <source>The bundle names another author than the key that signed it.</source>
        <translation>Пакет называет автором не тот ключ, которым он подписан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="69"/>
        <source>The sender&apos;s audit trail differs from the one received before: it may have been rewritten.</source>
        <translation>Журнал действий отправителя отличается от полученного ранее: его могли переписать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="73"/>
        <source>The bundle holds a testimony that is not valid: nothing of it was imported.</source>
        <translation>В пакете есть недействительное свидетельство: из него ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="76"/>
        <source>An attachment of the bundle clashes with one the archive holds.</source>
        <translation>Вложение пакета противоречит тому, которое уже есть в архиве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="120"/>
        <source>The bundle was made for other recipients: it was re-encrypted or forwarded.</source>
        <translation>Пакет был сделан для других получателей: его перешифровали или переслали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="130"/>
        <source>Another bundle was imported under this bundle&apos;s id: this one is refused.</source>
        <translation>Под идентификатором этого пакета уже импортирован другой пакет: этот отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="133"/>
        <source>The bundle is not newer than the last one imported from its sender: it was sent again.</source>
        <translation>Пакет не новее последнего импортированного от этого отправителя: его прислали повторно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="137"/>
        <source>Not kept: the quarantine is full. Decide on the held bundles first.</source>
        <translation>Не сохранён: карантин заполнен. Сначала примите решение по задержанным пакетам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="140"/>
        <source>Not kept: too many bundles of senders you have not approved are held. Approve the senders you know and discard the rest first.</source>
        <translation>Не сохранён: задержано слишком много пакетов от отправителей, которых вы не утвердили. Сначала утвердите знакомых отправителей, а остальные пакеты удалите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="145"/>
        <source>Not kept: too many bundles of this sender are held. Approve it after comparing its fingerprint, or discard its bundles.</source>
        <translation>Не сохранён: задержано слишком много пакетов этого отправителя. Утвердите его, сверив отпечаток ключа, или удалите его пакеты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="150"/>
        <source>The import failed: nothing of this bundle was imported.</source>
        <translation>Импорт не удался: из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="169"/>
        <source>The receipt is not addressed to this laptop.</source>
        <translation>Квитанция адресована не этому ноутбуку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="83"/>
        <source>The receipt answers a bundle this laptop did not send.</source>
        <translation>Квитанция отвечает на пакет, который этот ноутбук не отправлял.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="80"/>
        <source>The receipt&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпись квитанции не сходится: её могли изменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="79"/>
        <source>The receipt is damaged or was altered.</source>
        <translation>Квитанция повреждена или изменена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="198"/>
        <source>Held until you decide.</source>
        <translation>Задержан, пока вы не решите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="164"/>
        <source>This bundle was imported before.</source>
        <translation>Этот пакет уже был импортирован раньше.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="242"/>
        <source>Not imported: the import was cancelled before this file was done.</source>
        <translation>Не импортировано: импорт отменили до того, как этот файл был обработан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="165"/>
        <source>Conflicting versions, the archive&apos;s content kept: %1</source>
        <translation>Конфликтующие версии, сохранено содержание архива: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="168"/>
        <source>Testimonies of other senders left out: %1</source>
        <translation>Свидетельства других отправителей не включены: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="173"/>
        <source>The receipt is not signed by the organisation this laptop trusts.</source>
        <translation>Квитанция подписана не той организацией, которой доверяет этот ноутбук.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="183"/>
        <source>This is an interviewer&apos;s card, not an organisation&apos;s.</source>
        <translation>Это карточка интервьюера, а не организации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="186"/>
        <source>This is an organisation&apos;s card, not an interviewer&apos;s.</source>
        <translation>Это карточка организации, а не интервьюера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="180"/>
        <source>The card file cannot be read.</source>
        <translation>Файл карточки невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="87"/>
        <source>The card&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпись карточки не сходится: её могли изменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="86"/>
        <source>This file is not a valid Sviedka card.</source>
        <translation>Этот файл не является действительной карточкой Sviedka.</translation>
    </message>
</context>
<context>
    <name>BundleReport</name>
    <message>
        <location filename="../../app/ui/sync/report.py" line="25"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="26"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="27"/>
        <source>quarantined</source>
        <translation>в карантине</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="28"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="29"/>
        <source>not imported (cancelled)</source>
        <translation>не импортирован (отменено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="40"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="41"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="42"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="43"/>
        <source>Sequence</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="44"/>
        <source>New
testimonies</source>
        <translation>Новые
свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="45"/>
        <source>New
versions</source>
        <translation>Новые
версии</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="46"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="47"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="48"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="65"/>
        <source>held bundle %1</source>
        <translation>пакет %1 из карантина</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="75"/>
        <source>Imported: %1 · duplicates: %2 · quarantined: %3 · rejected: %4.</source>
        <translation>Импортировано: %1 · дубликатов: %2 · в карантине: %3 · отклонено: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="85"/>
        <source>New in the archive: %1 testimonies, %2 versions.</source>
        <translation>Новое в архиве: свидетельств — %1, версий — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="92"/>
        <source>Came in: %1</source>
        <translation>Поступили: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="97"/>
        <source>Sharing ended (consent withdrawn or deleted), stop using: %1</source>
        <translation>Передача прекращена (согласие отозвано или показание удалено), больше не используйте: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="102"/>
        <source>Cancelled: files not imported: %1.</source>
        <translation>Отменено: не импортировано файлов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="116"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="168"/>
        <source>bundle %1</source>
        <translation>пакет %1</translation>
    </message>
</context>
<context>
    <name>CardTruster</name>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="41"/>
        <source>Choose the organisation card</source>
        <translation>Выберите карточку организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="42"/>
        <source>Organisation cards (*.json *.card);;All files (*)</source>
        <translation>Карточки организаций (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="58"/>
        <source>This replaces the card trusted now: %1 (%2).</source>
        <translation>Она заменит карточку, которой вы доверяете сейчас: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="64"/>
        <source>Trust this organisation card?</source>
        <translation>Доверять этой карточке организации?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="66"/>
        <source>Bundles you export will be encrypted to this organisation: only it will be able to open them.</source>
        <translation>Пакеты, которые вы экспортируете, будут зашифрованы для этой организации: открыть их сможет только она.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="70"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="71"/>
        <source>Encrypted to (age)</source>
        <translation>Шифруется для (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="72"/>
        <source>Signing key id</source>
        <translation>Идентификатор ключа подписи</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="76"/>
        <source>Call your coordinator on the phone (not by message or e-mail) and ask them to read the organisation&apos;s fingerprint aloud. Trust the card only if all eight groups match. A card with another fingerprint may come from someone who wants to read your testimonies.</source>
        <translation>Позвоните своему координатору (именно звонок, а не сообщение или электронное письмо) и попросите прочитать вслух отпечаток организации. Доверяйте карточке, только если совпадают все восемь групп. Карточку с другим отпечатком мог прислать тот, кто хочет прочитать ваши свидетельства.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="81"/>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
</context>
<context>
    <name>CheckListNode</name>
    <message>
        <location filename="../../app/ui/editor/choices.py" line="264"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../app/ui/quick/fields.py" line="40"/>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="27"/>
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="31"/>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase: several unrelated words you will remember.</source>
        <translation>Всё, что вы записываете, хранится в зашифрованном хранилище на этом компьютере. Придумайте парольную фразу: несколько не связанных между собой слов, которые вы запомните.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="38"/>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the organisation, not the developers. There is no reset.</source>
        <translation>Если вы забудете эту парольную фразу, хранилище не сможет открыть никто: ни вы, ни организация, ни разработчики. Сбросить её невозможно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="58"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="63"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="64"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="65"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="101"/>
        <source>Too weak: it is a common password or close to one. Use four or more unrelated words.</source>
        <translation>Слишком слабая: это распространённый пароль или почти он. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="105"/>
        <source>Too weak: years and dates are among the first things guessed. Use four or more unrelated words.</source>
        <translation>Слишком слабая: годы и даты подбирают в первую очередь. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="109"/>
        <source>Too weak: keyboard rows, sequences and repeats are easy to guess. Use four or more unrelated words.</source>
        <translation>Слишком слабая: ряды клавиш, последовательности и повторы легко подобрать. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="112"/>
        <source>Too weak: it is too short. Use four or more unrelated words.</source>
        <translation>Слишком слабая: фраза слишком короткая. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="98"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Средняя: ещё несколько слов сделают её надёжной.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="96"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="125"/>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="131"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="133"/>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Сохранить новую версию (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="134"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="137"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="140"/>
        <source>Recordings and photographed papers, encrypted in the vault</source>
        <translation>Аудио- и видеозаписи и фото документов, зашифрованные в хранилище</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="143"/>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="174"/>
        <source>Back to the list of testimonies (Alt+Left)</source>
        <translation>Назад к списку свидетельств (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="219"/>
        <source>All sections…</source>
        <translation>Все разделы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="220"/>
        <source>The full form: every section of the record</source>
        <translation>Полная форма: все разделы записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="226"/>
        <source>Quick testimony</source>
        <translation>Быстрое свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="227"/>
        <source>The essentials of the conversation on one page</source>
        <translation>Главное из разговора на одной странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="268"/>
        <source>Draft kept in the vault</source>
        <translation>Черновик сохранён в хранилище</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/testimony/page.py" line="298"/>
        <source>Not saved: %n problem(s). First: %1 — %2</source>
        <translation>
            <numerusform>Не сохранено: %n проблема. Первая: %1 — %2</numerusform>
            <numerusform>Не сохранено: %n проблемы. Первая: %1 — %2</numerusform>
            <numerusform>Не сохранено: %n проблем. Первая: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="308"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="320"/>
        <source>Saved as version %1</source>
        <translation>Сохранено как версия %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="55"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="350"/>
        <source>Save this testimony before going back to the list?</source>
        <translation>Сохранить это свидетельство перед возвратом к списку?</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="16"/>
        <source>Roubles (BYN)</source>
        <translation>Рубли (BYN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="17"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="18"/>
        <source>Group I</source>
        <translation>I группа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="19"/>
        <source>Group II</source>
        <translation>II группа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="20"/>
        <source>Group III</source>
        <translation>III группа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="21"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="22"/>
        <source>Acquittal</source>
        <translation>Оправдание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="23"/>
        <source>Acquitted</source>
        <translation>Оправдан(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="24"/>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="25"/>
        <source>Administrative arrest</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="26"/>
        <source>Administrative case</source>
        <translation>Административное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="27"/>
        <source>Administrative detention</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="28"/>
        <source>After detention</source>
        <translation>После заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="29"/>
        <source>After release</source>
        <translation>После освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="30"/>
        <source>Agreed under pressure</source>
        <translation>Согласился под давлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="31"/>
        <source>Alien&apos;s passport</source>
        <translation>Паспорт иностранца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="32"/>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый виновный</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="33"/>
        <source>Amnesty</source>
        <translation>Амнистия</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="34"/>
        <source>Approximate</source>
        <translation>Примерно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="35"/>
        <source>Arrest (freezing)</source>
        <translation>Арест (наложение ареста)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="36"/>
        <source>Auction</source>
        <translation>Продажа с торгов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="37"/>
        <source>Aunt or uncle</source>
        <translation>Тётя или дядя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="38"/>
        <source>Authorities of the host state</source>
        <translation>Власти страны пребывания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="39"/>
        <source>Avoided</source>
        <translation>Уклонился</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="40"/>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="41"/>
        <source>Base units</source>
        <translation>Базовые величины</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="42"/>
        <source>Before detention</source>
        <translation>До заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="43"/>
        <source>Belarusian authorities</source>
        <translation>Белорусские власти</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="44"/>
        <source>Belarusian consulate</source>
        <translation>Консульство Беларуси</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="45"/>
        <source>Belarusian court</source>
        <translation>Белорусский суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="46"/>
        <source>Belarusian security services</source>
        <translation>Белорусские спецслужбы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="47"/>
        <source>State Border Committee</source>
        <translation>Госпогранкомитет</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="48"/>
        <source>Border guard</source>
        <translation>Пограничник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="49"/>
        <source>Business</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="50"/>
        <source>Carried out</source>
        <translation>Совершил(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="51"/>
        <source>Caused</source>
        <translation>Стало причиной</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="52"/>
        <source>Cellmate</source>
        <translation>Сокамерник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="53"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="54"/>
        <source>Civil claim</source>
        <translation>Гражданский иск</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="55"/>
        <source>Closed</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="56"/>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="57"/>
        <source>Community service</source>
        <translation>Общественные работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="58"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="59"/>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="60"/>
        <source>Compulsory treatment</source>
        <translation>Принудлечение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="62"/>
        <source>Confiscation</source>
        <translation>Конфискация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="63"/>
        <source>Is a consequence of</source>
        <translation>Является следствием</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="64"/>
        <source>Consular official</source>
        <translation>Сотрудник консульства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="65"/>
        <source>Continuing</source>
        <translation>Продолжается</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="66"/>
        <source>Convicted</source>
        <translation>Осуждён(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="67"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="68"/>
        <source>Court paper</source>
        <translation>Судебный документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="69"/>
        <source>Cousin</source>
        <translation>Двоюр. брат/сестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="70"/>
        <source>Criminal</source>
        <translation>Уголовное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="71"/>
        <source>Criminal case</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="72"/>
        <source>Criminal charges</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="73"/>
        <source>Exact day</source>
        <translation>Точный день</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="74"/>
        <source>Decided (as judge)</source>
        <translation>Вынес решение (как судья)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="75"/>
        <source>Delayed</source>
        <translation>Оказана с задержкой</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="76"/>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="77"/>
        <source>Detained pending extradition</source>
        <translation>Задержан до решения об экстрадиции</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="78"/>
        <source>Dismissal from work</source>
        <translation>Увольнение с работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="79"/>
        <source>Dismissed</source>
        <translation>Дело прекращено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="80"/>
        <source>Photo of a document</source>
        <translation>Фото документа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="81"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="82"/>
        <source>Donations</source>
        <translation>Пожертвования</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="83"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="84"/>
        <source>During detention</source>
        <translation>Во время заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="85"/>
        <source>End of term</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="86"/>
        <source>Ended</source>
        <translation>Закончилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="87"/>
        <source>Enquiry</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="88"/>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="89"/>
        <source>Extradition granted</source>
        <translation>Экстрадиция разрешена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="90"/>
        <source>Extradition refused</source>
        <translation>В экстрадиции отказано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="91"/>
        <source>“Extremist” list</source>
        <translation>Список «экстремистов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="92"/>
        <source>Failed to prevent</source>
        <translation>Не предотвратил(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="93"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="94"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="95"/>
        <source>First hand</source>
        <translation>Из первых рук</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="96"/>
        <source>Forced “repentance” video</source>
        <translation>Принудительное «покаянное» видео</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="97"/>
        <source>Foreign Ministry or consulate</source>
        <translation>МИД или консульство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="98"/>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="99"/>
        <source>Group of Independent Experts on Belarus</source>
        <translation>Группа независимых экспертов по Беларуси</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="100"/>
        <source>Grandchild</source>
        <translation>Внук или внучка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="101"/>
        <source>Grandparent</source>
        <translation>Дедушка или бабушка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="102"/>
        <source>GUBOPiK</source>
        <translation>ГУБОПиК</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="103"/>
        <source>Handed to the family</source>
        <translation>Передано семье</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="104"/>
        <source>Hearsay</source>
        <translation>Со слов других</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="105"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="106"/>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="107"/>
        <source>Human Rights Committee</source>
        <translation>Комитет по правам человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="108"/>
        <source>Imprisonment</source>
        <translation>Лишение свободы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="109"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="110"/>
        <source>In-law</source>
        <translation>Родственник по браку</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="111"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="112"/>
        <source>Independent</source>
        <translation>Независимое</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="113"/>
        <source>Informant</source>
        <translation>Информант</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="114"/>
        <source>Informer</source>
        <translation>Осведомитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="115"/>
        <source>Photo of injuries</source>
        <translation>Фото травм</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="116"/>
        <source>Interpol</source>
        <translation>Интерпол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="117"/>
        <source>Interview audio</source>
        <translation>Аудиозапись интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="118"/>
        <source>Interview video</source>
        <translation>Видеозапись интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="119"/>
        <source>Interviewer&apos;s contact</source>
        <translation>Контакт интервьюера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="120"/>
        <source>Investigative Committee</source>
        <translation>Следственный комитет</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="121"/>
        <source>Investigator</source>
        <translation>Следователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="122"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="123"/>
        <source>KGB</source>
        <translation>КГБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="124"/>
        <source>Land</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="125"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="126"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="127"/>
        <source>Consent form</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="128"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="129"/>
        <source>Limited</source>
        <translation>Оказана частично</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="130"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="131"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="132"/>
        <source>Medical record</source>
        <translation>Медицинский документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="133"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="134"/>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="135"/>
        <source>Niece or nephew</source>
        <translation>Племянник(-ица)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="136"/>
        <source>No reply</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="138"/>
        <source>Non-disclosure undertaking</source>
        <translation>Подписка о неразглашении</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="139"/>
        <source>None given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="140"/>
        <source>None known</source>
        <translation>Не проводилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="141"/>
        <source>None obtainable</source>
        <translation>Получить невозможно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="142"/>
        <source>Notice issued</source>
        <translation>Запрос опубликован</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="143"/>
        <source>Notice refused or deleted</source>
        <translation>Запрос отклонён или удалён</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="144"/>
        <source>Official</source>
        <translation>Официальное</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="145"/>
        <source>Only housing</source>
        <translation>Единственное жильё</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="146"/>
        <source>Opened</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="147"/>
        <source>Oral</source>
        <translation>Устно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="148"/>
        <source>Ordered</source>
        <translation>Отдал(а) приказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="149"/>
        <source>Original spelling</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="150"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="151"/>
        <source>Other official</source>
        <translation>Другое должностное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="152"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="153"/>
        <source>Parcels</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="154"/>
        <source>Pardon</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="155"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="156"/>
        <source>Penal system</source>
        <translation>Уголовно-исполнительная система</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="157"/>
        <source>Pending</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="158"/>
        <source>Petition for pardon signed</source>
        <translation>Прошение о помиловании подписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="159"/>
        <source>Phone check</source>
        <translation>Проверка телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="160"/>
        <source>PKT (cell-type premises)</source>
        <translation>ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="161"/>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="162"/>
        <source>Police officer</source>
        <translation>Сотрудник милиции</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="163"/>
        <source>Precedes</source>
        <translation>Предшествует</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="164"/>
        <source>Pressure to petition for pardon</source>
        <translation>Давление, чтобы написал прошение о помиловании</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="165"/>
        <source>Prison staff</source>
        <translation>Сотрудник места заключения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="166"/>
        <source>Prosecuted</source>
        <translation>Поддерживал обвинение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="167"/>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="168"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="169"/>
        <source>Protest photo database</source>
        <translation>База фотографий с протестов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="170"/>
        <source>Provided</source>
        <translation>Оказана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="171"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="172"/>
        <source>Raid</source>
        <translation>Обыск</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="173"/>
        <source>Recorded</source>
        <translation>Записано на аудио</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="174"/>
        <source>Refugee travel document</source>
        <translation>Проездной документ беженца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="175"/>
        <source>Refused</source>
        <translation>Отказ в возбуждении</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="176"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="177"/>
        <source>Release with deportation</source>
        <translation>Освобождение с высылкой из страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="178"/>
        <source>Released</source>
        <translation>Отпущен</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="179"/>
        <source>Released co-prisoner</source>
        <translation>Бывший сокамерник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="180"/>
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="181"/>
        <source>Replied</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="182"/>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="183"/>
        <source>Restriction of freedom</source>
        <translation>Ограничение свободы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="184"/>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="185"/>
        <source>Russian authorities</source>
        <translation>Российские власти</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="186"/>
        <source>Sale cancelled</source>
        <translation>Сделка купли-продажи отменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="187"/>
        <source>Security officer</source>
        <translation>Сотрудник спецслужб</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="188"/>
        <source>Self</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="189"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="190"/>
        <source>SHIZO (penalty isolator)</source>
        <translation>ШИЗО</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="191"/>
        <source>Shown only</source>
        <translation>Только показано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="192"/>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="193"/>
        <source>Solitary confinement</source>
        <translation>Одиночная камера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="194"/>
        <source>Special proceedings (in absentia)</source>
        <translation>Специальное производство (заочно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="195"/>
        <source>Spouse or partner</source>
        <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="196"/>
        <source>Special Rapporteur on Belarus</source>
        <translation>Специальный докладчик по Беларуси</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="198"/>
        <source>Special Rapporteur on human rights defenders</source>
        <translation>Специальный докладчик по правозащитникам</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="199"/>
        <source>Special Rapporteur on torture</source>
        <translation>Специальный докладчик по пыткам</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="200"/>
        <source>Stateless person&apos;s travel document</source>
        <translation>Проездной документ лица без гражданства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="201"/>
        <source>Strictly confidential</source>
        <translation>Строго конфиденц.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="202"/>
        <source>Surveillance camera</source>
        <translation>Камера видеонаблюдения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="203"/>
        <source>Suspended</source>
        <translation>Условный срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="204"/>
        <source>“Terrorist” list</source>
        <translation>Список «террористов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="205"/>
        <source>Transliteration</source>
        <translation>Транслитерация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="206"/>
        <source>Appeal to the UN</source>
        <translation>Обращение в ООН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="207"/>
        <source>Undisclosed</source>
        <translation>Не сообщается</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="208"/>
        <source>Unidentified persons</source>
        <translation>Неустановленные лица</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="209"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="210"/>
        <source>Vehicle</source>
        <translation>Транспортное средство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="211"/>
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="212"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="213"/>
        <source>Visits to trials</source>
        <translation>Посещение судов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="214"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="215"/>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="216"/>
        <source>Working Group on Enforced Disappearances</source>
        <translation>Рабочая группа по насильственным исчезновениям</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="217"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="218"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="219"/>
        <source>Written</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="220"/>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="35"/>
        <location filename="../../app/ui/sync/export_dialog.py" line="125"/>
        <source>Export for the organisation</source>
        <translation>Экспорт для организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="48"/>
        <source>No organisation is trusted on this vault yet, so there is nobody to export to. A bundle is encrypted so that only your organisation can open it: Sviedka needs the organisation&apos;s card first. Get the card file from your coordinator and compare its fingerprint with them on a phone call.</source>
        <translation>В этом хранилище пока нет организации, которой вы доверяете, поэтому экспортировать некому. Пакет шифруется так, чтобы открыть его могла только ваша организация: для этого Sviedka сначала нужна карточка организации. Получите файл карточки у своего координатора и сверьте с ним её отпечаток во время телефонного разговора.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="59"/>
        <source>Encrypted to</source>
        <translation>Шифруется для</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="72"/>
        <source>Choose the USB stick or a folder on it</source>
        <translation>Выберите флешку или папку на ней</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="73"/>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="74"/>
        <source>Everything again (not only what is new)</source>
        <translation>Всё заново (не только новое)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="77"/>
        <source>Writes every testimony you may share once more, for example when a bundle was lost on the way. The organisation skips what it already holds.</source>
        <translation>Ещё раз записывает все свидетельства, которые вы вправе передавать, например если пакет потерялся по дороге. То, что у организации уже есть, она пропустит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="81"/>
        <location filename="../../app/ui/sync/export_dialog.py" line="196"/>
        <source>Write the bundle to</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="97"/>
        <source>Only the organisation can open this file; you cannot.</source>
        <translation>Открыть этот файл может только организация; вы — не можете.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="106"/>
        <source>Your key: %1 — fingerprint %2</source>
        <translation>Ваш ключ: %1 — отпечаток %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="111"/>
        <source>Save my card…</source>
        <translation>Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="113"/>
        <source>Your public card, for the coordinator (it holds no secret).</source>
        <translation>Ваша публичная карточка для координатора (секретов в ней нет).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="118"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="146"/>
        <source>Choose the USB stick to write the bundle to.</source>
        <translation>Выберите флешку, на которую нужно записать пакет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="157"/>
        <source>%1 (key %2). Fingerprint:</source>
        <translation>%1 (ключ %2). Отпечаток:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="163"/>
        <source>Trust an organisation card…</source>
        <translation>Доверять карточке организации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="165"/>
        <source>Trust another card…</source>
        <translation>Доверять другой карточке…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="180"/>
        <source>Trusted. Bundles will be encrypted to %1.</source>
        <translation>Доверие установлено. Пакеты будут шифроваться для %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="186"/>
        <source>It replaces %1 (%2).</source>
        <translation>Вместо %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="206"/>
        <source>Ready. The bundle will carry what is new since the last export, for the testimonies whose informants agreed to share them with the organisation.</source>
        <translation>Всё готово. В пакет попадёт то, что появилось после последнего экспорта, — из свидетельств, информанты которых согласились на их передачу организации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="214"/>
        <source>Save my card</source>
        <translation>Сохранить мою карточку</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="214"/>
        <source>Cards (*.json)</source>
        <translation>Карточки (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="225"/>
        <source>Card saved to %1. Fingerprint to read to the coordinator: %2</source>
        <translation>Карточка сохранена в %1. Отпечаток, который нужно прочитать координатору: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="236"/>
        <source>Encrypting the bundle…</source>
        <translation>Шифрование пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="246"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="254"/>
        <source>Nothing new to export since the last bundle.</source>
        <translation>После последнего пакета нет ничего нового для экспорта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="257"/>
        <source>To write every shared testimony once more, tick “Everything again” and export.</source>
        <translation>Чтобы ещё раз записать все свидетельства, которые можно передавать, отметьте «Всё заново» и экспортируйте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="263"/>
        <source>Testimonies that stay on this computer (no consent to share them with the organisation): %1.</source>
        <translation>Свидетельства, которые остаются на этом компьютере (нет согласия на их передачу организации): %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="270"/>
        <source>Exported.</source>
        <translation>Экспортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="279"/>
        <source>File written: %1 (sequence %2, %3)</source>
        <translation>Файл записан: %1 (номер %2, %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="287"/>
        <source>The export was split into %1 bundles: take all of them.</source>
        <translation>Экспорт разделён на несколько пакетов (%1): возьмите их все.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="292"/>
        <source>Testimonies: %1, versions: %2, attachments: %3</source>
        <translation>Свидетельств: %1, версий: %2, вложений: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="299"/>
        <source>The organisation is told to stop using: %1</source>
        <translation>Организации сообщается, что больше нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="310"/>
        <source>Not exported, for lack of consent to share with the organisation (%1); they stay on this computer:</source>
        <translation>Не экспортировано, так как нет согласия на передачу организации (%1); эти свидетельства остаются на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="325"/>
        <source>Cancelled. Nothing was written, and the next export will carry the same testimonies.</source>
        <translation>Отменено. Ничего не записано, и следующий экспорт включит те же свидетельства.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="330"/>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="20"/>
        <source>About</source>
        <translation>О ком / о чём</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="21"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="22"/>
        <source>Actions taken</source>
        <translation>Меры преследования</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="23"/>
        <source>Who acted</source>
        <translation>Кто действовал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="24"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="25"/>
        <source>Administrative cases</source>
        <translation>Административные дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="26"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="27"/>
        <source>Alternative travel document</source>
        <translation>Другой проездной документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="28"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="29"/>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="30"/>
        <source>Re-convicted under Art. 411</source>
        <translation>Повторное осуждение по ст. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="31"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="32"/>
        <source>Property</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="33"/>
        <source>Arrested at the border on return</source>
        <translation>На границе при въезде</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="34"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="35"/>
        <source>Arresting authority</source>
        <translation>Задержавший орган</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="36"/>
        <source>Autopsy</source>
        <translation>Вскрытие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="37"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="38"/>
        <source>Access to the body</source>
        <translation>Доступ к телу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="39"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="40"/>
        <source>Case code</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="41"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="42"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="43"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="44"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="45"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="46"/>
        <source>Co-defendants</source>
        <translation>Соподсудимые</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="47"/>
        <source>Number of co-defendants</source>
        <translation>Число соподсудимых</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="48"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="49"/>
        <source>Condition</source>
        <translation>Условие / заболевание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="50"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="51"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="52"/>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="53"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="54"/>
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="55"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="56"/>
        <source>Contact denied to</source>
        <translation>Запрещённые контакты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="57"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="58"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="59"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="60"/>
        <source>In custody or after release</source>
        <translation>Под стражей или после освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="61"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="62"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="63"/>
        <source>Days</source>
        <translation>Срок (сутки)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="64"/>
        <source>Deaths in detention</source>
        <translation>Смерть в заключении</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="65"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="66"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="67"/>
        <source>Detention conditions</source>
        <translation>Условия содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="68"/>
        <source>Days of detention</source>
        <translation>Дней ареста</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="69"/>
        <source>Detention episodes</source>
        <translation>Эпизоды задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="70"/>
        <source>Disability group</source>
        <translation>Группа инвалидности</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="71"/>
        <source>Duration (minutes)</source>
        <translation>Длительность (минуты)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="72"/>
        <source>Enforced disappearance</source>
        <translation>Насильственное исчезновение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="73"/>
        <source>Detention episode</source>
        <translation>Эпизод задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="74"/>
        <source>Event links</source>
        <translation>Связи событий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="75"/>
        <source>Exit ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="76"/>
        <source>Expected end of term</source>
        <translation>Ожидаемый конец срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="77"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="78"/>
        <source>Facility (not in the list)</source>
        <translation>Учреждение (нет в списке)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="79"/>
        <source>Family notified</source>
        <translation>Извещение семьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="80"/>
        <source>Field notes</source>
        <translation>Примечания к полям</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="81"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="82"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="83"/>
        <source>From facility</source>
        <translation>Откуда (учреждение)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="84"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="85"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="86"/>
        <source>Given by</source>
        <translation>Кто дал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="87"/>
        <source>Stated grounds</source>
        <translation>Заявленное основание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="88"/>
        <source>Group trial</source>
        <translation>Групповой процесс</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="89"/>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="90"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="91"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманитарные критерии</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="92"/>
        <source>Record ID</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="93"/>
        <source>Identified via</source>
        <translation>Как установили личность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="94"/>
        <source>Ill-treatment acts</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="95"/>
        <source>Tried in absentia</source>
        <translation>Заочный суд (спецпроизводство)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="96"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="97"/>
        <source>Informant</source>
        <translation>Информант</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="98"/>
        <source>Information links</source>
        <translation>Источники сведений</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="99"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="100"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="101"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="102"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="103"/>
        <source>Interviewer&apos;s notes</source>
        <translation>Заметки интервьюера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="104"/>
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="105"/>
        <source>Involvement</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="106"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="107"/>
        <source>KGB recruitment attempts</source>
        <translation>Попытки вербовки КГБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="108"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="109"/>
        <source>How the source knows</source>
        <translation>Откуда известно источнику</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="110"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="111"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="112"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="113"/>
        <source>Status learned via</source>
        <translation>Откуда известно о статусе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="114"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="115"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="116"/>
        <source>List entries</source>
        <translation>Внесение в списки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="117"/>
        <source>Media type</source>
        <translation>MIME-тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="118"/>
        <source>Medical attention</source>
        <translation>Полученная медпомощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="119"/>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="120"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="121"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="122"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="123"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="124"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="125"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="126"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="127"/>
        <source>Official explanation</source>
        <translation>Официальное объяснение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="128"/>
        <source>Official response</source>
        <translation>Официальный ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="129"/>
        <source>Wording of the response</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="130"/>
        <source>Case opened</source>
        <translation>Возбуждение дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="131"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="132"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="133"/>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="134"/>
        <source>Passport expiry</source>
        <translation>Срок действия паспорта</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="135"/>
        <source>Field path</source>
        <translation>Путь к полю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="136"/>
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="137"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="138"/>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="139"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="140"/>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="141"/>
        <source>Places of detention</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="142"/>
        <source>Police supervision</source>
        <translation>Превентивный надзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="143"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="144"/>
        <source>Property actions</source>
        <translation>Действия с имуществом</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="145"/>
        <source>Prosecution</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="146"/>
        <source>Prosecutions</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="147"/>
        <source>Shown publicly to intimidate</source>
        <translation>Показано публично для запугивания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="148"/>
        <source>Punishment cells</source>
        <translation>Дисциплинарная изоляция</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="149"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="150"/>
        <source>Recruitment attempts</source>
        <translation>Попытки вербовки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="151"/>
        <source>Ref</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="152"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="153"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="154"/>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="155"/>
        <source>Relations</source>
        <translation>Родство и связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="156"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="157"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="158"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="159"/>
        <source>Officially reported location</source>
        <translation>Официально сообщённое место</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="160"/>
        <source>Requested</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="161"/>
        <source>Requested state</source>
        <translation>Государство, к которому обратились</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="162"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="163"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="164"/>
        <source>Return from abroad</source>
        <translation>Возвращение из-за границы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="165"/>
        <source>Returned from abroad</source>
        <translation>После возвращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="166"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="167"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="168"/>
        <source>Consented uses</source>
        <translation>Разрешённое использование</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="169"/>
        <source>Script</source>
        <translation>Алфавит</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="170"/>
        <source>Withhold identity in exports</source>
        <translation>Анонимизировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="171"/>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="172"/>
        <source>Serious</source>
        <translation>Тяжёлое</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="173"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="174"/>
        <source>Since</source>
        <translation>Начиная с</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="175"/>
        <source>Size (bytes)</source>
        <translation>Размер (байты)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="176"/>
        <source>Solidarity persecution</source>
        <translation>Преследование за помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="177"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="178"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="179"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="180"/>
        <source>Statement extracted</source>
        <translation>Принуждение к показаниям</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="181"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="182"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="183"/>
        <source>Support given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="184"/>
        <source>Persons supported</source>
        <translation>Кого поддерживали</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="185"/>
        <source>Suspected cause</source>
        <translation>Предполагаемая причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="186"/>
        <source>Exile targeted</source>
        <translation>Против кого из эмигрантов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="187"/>
        <source>Term (months)</source>
        <translation>Срок (месяцы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="207"/>
        <source>Own consent of other persons</source>
        <translation>Собственное согласие других лиц</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="208"/>
        <source>Risks explained</source>
        <translation>Риски разъяснены</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="209"/>
        <source>Sensitive marks</source>
        <translation>Чувствительные пометки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="210"/>
        <source>Span start</source>
        <translation>Начало фрагмента</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="211"/>
        <source>Span end</source>
        <translation>Конец фрагмента</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="224"/>
        <source>Decided by</source>
        <translation>Кто принял решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="225"/>
        <source>Made by</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="188"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="189"/>
        <source>Timing</source>
        <translation>Когда возникло</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="190"/>
        <source>To</source>
        <translation>Кому / чему</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="191"/>
        <source>To facility</source>
        <translation>Куда (учреждение)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="192"/>
        <source>Transfers</source>
        <translation>Этапы (переводы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="193"/>
        <source>Transnational incidents</source>
        <translation>Преследование эмигрантов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="194"/>
        <source>Trial began</source>
        <translation>Начало суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="195"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="196"/>
        <source>UN mechanism</source>
        <translation>Механизм ООН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="197"/>
        <source>UN reference</source>
        <translation>Номер дела в ООН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="198"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="199"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="200"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="201"/>
        <source>Verdict</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="202"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="203"/>
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="204"/>
        <source>While serving (earlier case)</source>
        <translation>При отбывании срока (прежнее дело)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="205"/>
        <source>Channel of contact</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="206"/>
        <source>Contact had by</source>
        <translation>Кто контактировал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="212"/>
        <source>Withdrawal</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="217"/>
        <source>Town, address or details</source>
        <translation>Город, адрес или описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="218"/>
        <source>Place in words</source>
        <translation>Место (описание)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="219"/>
        <source>In the informant&apos;s own words</source>
        <translation>Словами информанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="220"/>
        <source>Language of the narrative</source>
        <translation>Язык рассказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="221"/>
        <source>Name as written</source>
        <translation>Написание имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="222"/>
        <location filename="../../app/ui/editor/labels.py" line="223"/>
        <source>Name or staff code</source>
        <translation>Имя или служебный код</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../app/ui/figures/words.py" line="13"/>
        <source>Humanitarian list</source>
        <translation>Гуманитарный список</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="14"/>
        <source>Held incommunicado</source>
        <translation>Содержатся инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="15"/>
        <source>Re-convicted under Art. 411</source>
        <translation>Повторно осуждённые по ст. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="16"/>
        <source>Died in custody</source>
        <translation>Умерли под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="17"/>
        <source>Died after release</source>
        <translation>Умерли после освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="18"/>
        <source>Arrests on return</source>
        <translation>Аресты при возвращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="19"/>
        <source>Held</source>
        <translation>Содержатся под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="20"/>
        <source>Prosecutions</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="21"/>
        <source>Trials in absentia</source>
        <translation>Заочные суды</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="22"/>
        <source>Transnational repression</source>
        <translation>Транснациональные репрессии</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="23"/>
        <source>Persecution for solidarity</source>
        <translation>Преследование за солидарность</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="24"/>
        <source>Included in an extremist or terrorist list</source>
        <translation>Внесены в списки «экстремистов» или «террористов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="25"/>
        <source>Held beyond the end of the term</source>
        <translation>Содержатся после окончания срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="26"/>
        <source>Arrests and releases by month</source>
        <translation>Аресты и освобождения по месяцам</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="44"/>
        <source>(total only)</source>
        <translation>(только общее число)</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="45"/>
        <source>humanitarian criterion</source>
        <translation>гуманитарный критерий</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="46"/>
        <source>article of the Criminal Code</source>
        <translation>статья Уголовного кодекса</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="47"/>
        <source>place of detention</source>
        <translation>место содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="48"/>
        <source>iSANS category</source>
        <translation>категория iSANS</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="49"/>
        <source>instrument of repression</source>
        <translation>инструмент репрессий</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="50"/>
        <source>where arrested</source>
        <translation>где задержан</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="51"/>
        <source>how identified</source>
        <translation>как идентифицирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="52"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="53"/>
        <source>act of solidarity</source>
        <translation>акт солидарности</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="54"/>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="55"/>
        <source>month of the event</source>
        <translation>месяц события</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="56"/>
        <source>year of the event</source>
        <translation>год события</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="59"/>
        <source>date uncertain</source>
        <translation>дата не определена</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="60"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="65"/>
        <source>at the border, on return</source>
        <translation>на границе, при возвращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="66"/>
        <source>later, at home after returning</source>
        <translation>позже, дома после возвращения</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../app/ui/figures/view.py" line="74"/>
        <source>&amp;Figure</source>
        <translation>&amp;Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="75"/>
        <source>&amp;Grouped by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="76"/>
        <source>&amp;As of</source>
        <translation>&amp;На дату</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="80"/>
        <location filename="../../app/ui/figures/view.py" line="222"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="80"/>
        <location filename="../../app/ui/figures/view.py" line="192"/>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="84"/>
        <source>Click a number, or press Enter on it, to see who it counts.</source>
        <translation>Нажмите на число или Enter на нём, чтобы увидеть, кого оно включает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="90"/>
        <source>Save chart as PNG…</source>
        <translation>Сохранить диаграмму как PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="91"/>
        <source>Save chart as SVG…</source>
        <translation>Сохранить диаграмму как SVG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="92"/>
        <source>Save table as CSV…</source>
        <translation>Сохранить таблицу как CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="98"/>
        <source>A saved file is outside the vault&apos;s protection: it is not encrypted, and anyone with this computer or the folder can read it. Keep it only as long as you need it.</source>
        <translation>Сохранённый файл находится вне защиты хранилища: он не зашифрован, и его может прочитать любой, у кого есть доступ к этому компьютеру или папке. Храните его, только пока он нужен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="168"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="179"/>
        <source>All persons counted</source>
        <translation>Все учтённые люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="185"/>
        <source>%1: %2 persons as of %3</source>
        <translation>%1: человек — %2, на %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="204"/>
        <location filename="../../app/ui/figures/view.py" line="260"/>
        <source>Arrested</source>
        <translation>Арестованы</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="204"/>
        <location filename="../../app/ui/figures/view.py" line="260"/>
        <source>Released</source>
        <translation>Освобождены</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="230"/>
        <source>Click to see who is counted here</source>
        <translation>Нажмите, чтобы увидеть, кто здесь учтён</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="238"/>
        <source>This figure cannot be grouped that way; choose another.</source>
        <translation>Этот показатель нельзя так сгруппировать; выберите другую группировку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="262"/>
        <location filename="../../app/ui/figures/view.py" line="279"/>
        <source>%1 — %2: %3 persons</source>
        <translation>%1 — %2: человек — %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="323"/>
        <source>Save outside the vault</source>
        <translation>Сохранить вне хранилища</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="332"/>
        <source>Saved to %1 — outside the vault, not encrypted.</source>
        <translation>Сохранено в %1 — вне хранилища, без шифрования.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="152"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="153"/>
        <source>any article (type 411, 342…)</source>
        <translation>любая статья (введите 411, 342…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="154"/>
        <source>any place of detention</source>
        <translation>любое место содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="157"/>
        <source>any transnational incident</source>
        <translation>любой случай транснациональных репрессий</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="159"/>
        <source>from, e.g. 2023-03</source>
        <translation>с, например 2023-03</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="160"/>
        <source>to, e.g. 2024</source>
        <translation>по, например 2024</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="162"/>
        <source>Death in detention</source>
        <translation>Смерть в заключении</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="163"/>
        <source>Arrested on return</source>
        <translation>Задержание по возвращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="164"/>
        <source>Persecuted for solidarity</source>
        <translation>Преследование за помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="189"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="189"/>
        <source>Humanitarian criterion</source>
        <translation>Гуманитарный критерий</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="191"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="191"/>
        <source>Transnational</source>
        <translation>Транснациональные репрессии</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="193"/>
        <source>Interview date</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="193"/>
        <source>Consent allows</source>
        <translation>Согласие разрешает</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="214"/>
        <source>Every filter given must hold. Partial dates: 2024 is the whole year.</source>
        <translation>Должны выполняться все заданные фильтры. Неполные даты: 2024 — это весь год.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../app/ui/sync/common.py" line="59"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/common.py" line="70"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
</context>
<context>
    <name>HeldBundles</name>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="32"/>
        <source>From a sender you have not approved: compare the fingerprint in Senders…</source>
        <translation>От отправителя, которого вы не одобрили: сверьте отпечаток в «Отправители…»</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="35"/>
        <source>From a sender you revoked.</source>
        <translation>От отправителя, которого вы отозвали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="36"/>
        <source>Earlier bundles of this sender have not arrived yet.</source>
        <translation>Предыдущие пакеты этого отправителя ещё не поступили.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="37"/>
        <source>It gives versions the archive holds with other content: %1.</source>
        <translation>В нём другое содержимое версий, которые уже есть в архиве: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="40"/>
        <source>It brings testimonies another interviewer sent first: %1.</source>
        <translation>В нём показания, которые первым прислал другой интервьюер: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="57"/>
        <source>%1 (sender %2)</source>
        <translation>%1 (отправитель %2)</translation>
    </message>
</context>
<context>
    <name>HeldBundlesDialog</name>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="71"/>
        <location filename="../../app/ui/sync/held_dialog.py" line="104"/>
        <source>Held bundles</source>
        <translation>Пакеты в карантине</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="79"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="80"/>
        <source>Sequence</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="81"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="82"/>
        <source>Why it is held</source>
        <translation>Почему задержан</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="88"/>
        <source>Keep the archive&apos;s version…</source>
        <translation>Оставить версию архива…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="89"/>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="90"/>
        <source>Discard…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="92"/>
        <source>No bundle is held.</source>
        <translation>В карантине нет пакетов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="108"/>
        <source>Talk to the interviewers before deciding. Whatever you decide, the conflict stays on record. Bundles of senders you have not approved are released in Senders…, by approving the sender.</source>
        <translation>Прежде чем решать, поговорите с интервьюерами. Что бы вы ни решили, конфликт остаётся в записях. Пакеты неодобренных отправителей освобождаются в «Отправители…», когда вы одобрите отправителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="171"/>
        <source>Keep the archive&apos;s version?</source>
        <translation>Оставить версию архива?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="173"/>
        <source>The bundle from %1 is imported, except that each conflicting version keeps the archive&apos;s content and other interviewers&apos; testimonies are left out.</source>
        <translation>Пакет от %1 будет импортирован, но для каждой спорной версии останется содержимое архива, а показания других интервьюеров не войдут.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="176"/>
        <source>Import, keeping the archive&apos;s</source>
        <translation>Импортировать, оставив версию архива</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="179"/>
        <source>Hand these testimonies over?</source>
        <translation>Передать эти показания?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="181"/>
        <source>Only if both interviewers confirmed it: from now on only %1 may send new versions of the other interviewer&apos;s testimonies this bundle brings, and it is imported. The audit trail records the hand-over.</source>
        <translation>Только если оба интервьюера это подтвердили: с этого момента только %1 может присылать новые версии показаний другого интервьюера, которые есть в этом пакете, и пакет будет импортирован. Передача записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="185"/>
        <source>Hand over and import</source>
        <translation>Передать и импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="188"/>
        <source>Discard this bundle?</source>
        <translation>Удалить этот пакет?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="190"/>
        <source>The bundle from %1 is deleted unread. Later bundles from this sender will wait for the missing one until you approve the sender accepting the gap.</source>
        <translation>Пакет от %1 будет удалён непрочитанным. Следующие пакеты этого отправителя будут ждать недостающего, пока вы не одобрите отправителя с принятием пропуска.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="193"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="216"/>
        <source>Discarded.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="224"/>
        <source>Importing the bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="232"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/editor/help.py" line="22"/>
        <source>Record UUID. Optional on input: the vault assigns it on first save and keeps it across versions.</source>
        <translation>UUID записи. При вводе необязателен: хранилище присваивает его при первом сохранении и сохраняет во всех версиях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="23"/>
        <source>Work status: draft while the interviewer writes, complete when they sign off, reviewed after a second person checked it.</source>
        <translation>Рабочий статус: «Черновик», пока интервьюер пишет; «Завершено», когда он или она подтверждает запись; «Проверено» — после проверки вторым человеком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="24"/>
        <source>How, when and where the testimony was taken, and the informant&apos;s narrative.</source>
        <translation>Как, когда и где записано свидетельство, а также рассказ информанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="25"/>
        <source>The informant&apos;s consent; it travels with the record and governs every export.</source>
        <translation>Согласие информанта; оно сопровождает запись и определяет условия любого экспорта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="26"/>
        <source>Every person the testimony mentions, once each, whatever their roles.</source>
        <translation>Все люди, упомянутые в свидетельстве, — каждый один раз, какие бы роли у него ни были.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="27"/>
        <source>Who speaks about whom: separates the source of the information from the person it concerns.</source>
        <translation>Кто о ком рассказывает: отделяет источник сведений от человека, которого они касаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="28"/>
        <source>Detention timelines: one episode per arrest, from arrest to release.</source>
        <translation>Хронология задержаний: один эпизод на каждое задержание, от задержания до освобождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="29"/>
        <source>Periods in which a detained person is cut off from the outside world.</source>
        <translation>Периоды, когда задержанный отрезан от внешнего мира.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="30"/>
        <source>Acts of torture or ill-treatment; one act is one method against one victim.</source>
        <translation>Случаи пыток или жестокого обращения; один случай — это один способ в отношении одного пострадавшего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="31"/>
        <source>Medical care requested in detention and what became of the request.</source>
        <translation>Обращения за медицинской помощью в заключении и чем они закончились.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="32"/>
        <source>Health conditions and disabilities of persons; feed the computed humanitarian criteria.</source>
        <translation>Заболевания и инвалидность людей; на их основе вычисляются гуманитарные критерии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="33"/>
        <source>Criminal cases, one per case; a re-conviction is its own prosecution pointing at the earlier one.</source>
        <translation>Уголовные дела, по одной записи на дело; повторное осуждение — отдельное дело со ссылкой на предыдущее.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="34"/>
        <source>Persecution for supporting political prisoners and their families.</source>
        <translation>Преследование за поддержку политзаключённых и их семей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="35"/>
        <source>Transnational repression against exiles and their relatives.</source>
        <translation>Транснациональные репрессии против эмигрантов и их родственников.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="36"/>
        <source>Clarification notes attached to one field of this record.</source>
        <translation>Уточняющие примечания к отдельным полям этой записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="37"/>
        <source>Descriptions of attached files; the files themselves are stored encrypted by the vault.</source>
        <translation>Описания вложенных файлов; сами файлы хранилище хранит в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="38"/>
        <source>Free text.</source>
        <translation>Свободный текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="39"/>
        <source>Long free text.</source>
        <translation>Длинный свободный текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="40"/>
        <source>How precise the date is.</source>
        <translation>Насколько точна дата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="41"/>
        <source>The date, written to match the precision.</source>
        <translation>Дата, записанная в соответствии с точностью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="42"/>
        <source>A period with its start and, when it ended, its end.</source>
        <translation>Период с началом и, если он закончился, концом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="43"/>
        <source>Start.</source>
        <translation>Начало.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="44"/>
        <source>End; absent while it continues or when unknown.</source>
        <translation>Конец; не указывается, пока период продолжается или если он неизвестен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="45"/>
        <source>Terms and details (where to report, conditions).</source>
        <translation>Условия и подробности (куда являться на отметку, ограничения).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="46"/>
        <source>A place as country plus free text; never GPS coordinates.</source>
        <translation>Место: страна и свободный текст; никогда не GPS-координаты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="47"/>
        <source>Country.</source>
        <translation>Страна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="48"/>
        <source>Town, address or description, as precise as is safe.</source>
        <translation>Город, адрес или описание — настолько точно, насколько это безопасно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="49"/>
        <source>The interview.</source>
        <translation>Интервью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="50"/>
        <source>Who took the testimony.</source>
        <translation>Кто записал свидетельство.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="51"/>
        <source>Interviewer&apos;s name or staff code.</source>
        <translation>Имя интервьюера или служебный код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="52"/>
        <source>Interviewer&apos;s organisation.</source>
        <translation>Организация интервьюера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="53"/>
        <source>Date of the interview.</source>
        <translation>Дата интервью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="54"/>
        <source>Where the interview took place (the interviewer&apos;s side when remote).</source>
        <translation>Где проходило интервью (при дистанционном интервью — где находился интервьюер).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="55"/>
        <source>Language the informant spoke.</source>
        <translation>Язык, на котором говорил информант.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="56"/>
        <source>In person, or remote (call, video, messenger).</source>
        <translation>Лично или дистанционно (звонок, видео, мессенджер).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="57"/>
        <source>Present only when an interpreter took part.</source>
        <translation>Заполняется, только если участвовал переводчик.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="58"/>
        <source>Interpreter&apos;s name or staff code.</source>
        <translation>Имя переводчика или служебный код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="59"/>
        <source>Languages interpreted between.</source>
        <translation>Языки, между которыми шёл перевод.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="60"/>
        <source>Length of the interview in minutes.</source>
        <translation>Продолжительность интервью в минутах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="61"/>
        <source>The testimony in the informant&apos;s own words, as told.</source>
        <translation>Свидетельство словами самого информанта, так, как он его рассказал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="62"/>
        <source>Narrative text, not edited into the interviewer&apos;s words.</source>
        <translation>Текст рассказа, не пересказанный словами интервьюера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="63"/>
        <source>Language of the narrative text.</source>
        <translation>Язык текста рассказа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="64"/>
        <source>Interviewer&apos;s own observations, kept apart from the testimony; never exported as the informant&apos;s words.</source>
        <translation>Собственные наблюдения интервьюера, хранятся отдельно от свидетельства; никогда не экспортируются как слова информанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="65"/>
        <source>Consent.</source>
        <translation>Согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="66"/>
        <source>When consent was given.</source>
        <translation>Когда дано согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="67"/>
        <source>How it was given: oral (noted by the interviewer), written (signed form), recorded (on the audio).</source>
        <translation>Как оно дано: «Устно» (отмечено интервьюером), «Письменно» (подписанная форма), «Записано на аудио» (в аудиозаписи).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="68"/>
        <source>Conditions the informant set (e.g. no naming until release).</source>
        <translation>Условия, поставленные информантом (например, не называть имя до освобождения).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="69"/>
        <source>The interviewer explained the risks of each use before consent was given.</source>
        <translation>Интервьюер разъяснил риски каждого использования до того, как было дано согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="70"/>
        <source>Consent other persons of the testimony gave for themselves (a released victim, a witness): only their own consent lets them be named in a hand-over.</source>
        <translation>Согласие, которое другие лица свидетельства дали за себя (освобождённый пострадавший, свидетель): только собственное согласие позволяет назвать их при передаче.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="71"/>
        <source>One person&apos;s consent for themselves.</source>
        <translation>Согласие одного лица за себя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="72"/>
        <source>When they consented.</source>
        <translation>Когда они дали согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="73"/>
        <source>How they consented: oral (noted by the interviewer), written (signed form), recorded (on the audio).</source>
        <translation>Как они дали согласие: устно (записал интервьюер), письменно (подписанная форма), в записи (на аудио).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="74"/>
        <source>Conditions they set.</source>
        <translation>Условия, которые они поставили.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="75"/>
        <source>Present once they withdrew their consent: from then on none of their scopes applies.</source>
        <translation>Присутствует, если они отозвали согласие: с этого момента ни одно из их использований не действует.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="76"/>
        <source>Fields and spans of text the interviewer marked sensitive: they never leave in a hand-over.</source>
        <translation>Поля и фрагменты текста, которые интервьюер пометил как чувствительные: они никогда не передаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="77"/>
        <source>One sensitive mark.</source>
        <translation>Одна чувствительная пометка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="78"/>
        <source>For a span of text: the first character marked (counted from 0); without both start and end the whole field is marked.</source>
        <translation>Для фрагмента текста: первый помеченный символ (счёт от 0); без начала и конца помечено всё поле.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="79"/>
        <source>For a span of text: the character after the last one marked.</source>
        <translation>Для фрагмента текста: символ после последнего помеченного.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="80"/>
        <source>Why it is sensitive.</source>
        <translation>Почему это чувствительно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="81"/>
        <source>Present once consent is withdrawn: from then on no scope applies.</source>
        <translation>Заполняется, если согласие отозвано: с этого момента не действует ни одно разрешение на использование.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="82"/>
        <source>When consent was withdrawn.</source>
        <translation>Когда согласие отозвано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="83"/>
        <source>How it was withdrawn and what the informant asked for.</source>
        <translation>Как согласие было отозвано и о чём просил информант.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="84"/>
        <source>A person.</source>
        <translation>Человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="85"/>
        <source>Names: the original-script forms (Belarusian and Russian may both be original), transliterations and pseudonyms.</source>
        <translation>Имена: формы в оригинальном написании (оригинальными могут быть и белорусская, и русская), транслитерации и псевдонимы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="86"/>
        <source>One form of the name.</source>
        <translation>Одна форма имени.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="87"/>
        <source>The name as written.</source>
        <translation>Имя так, как оно написано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="88"/>
        <source>Language of this form (be, ru ...).</source>
        <translation>Язык этой формы (be, ru ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="89"/>
        <source>Original spelling, a transliteration of it, or a pseudonym.</source>
        <translation>Оригинальное написание, его транслитерация или псевдоним.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="90"/>
        <source>Case code used instead of the name in reports.</source>
        <translation>Шифр, который используется в отчётах вместо имени.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="91"/>
        <source>Gender as the person states it.</source>
        <translation>Пол — так, как его называет сам человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="92"/>
        <source>Citizenships.</source>
        <translation>Гражданства.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="93"/>
        <source>Country of residence now.</source>
        <translation>Страна проживания сейчас.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="94"/>
        <source>Occupation or group (journalist, lawyer, activist ...).</source>
        <translation>Род занятий или группа (журналист, юрист, активист ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="95"/>
        <source>How to reach the person; SENSITIVE, never exported.</source>
        <translation>Как связаться с человеком; ЧУВСТВИТЕЛЬНЫЕ ДАННЫЕ, никогда не экспортируется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="96"/>
        <source>Roles in this testimony.</source>
        <translation>Роли в этом свидетельстве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="97"/>
        <source>A role.</source>
        <translation>Роль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="98"/>
        <source>One relation.</source>
        <translation>Одна связь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="99"/>
        <source>What this person is to the other.</source>
        <translation>Кем этот человек приходится другому.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="100"/>
        <source>Identity must be withheld: exports replace names, birth date and contact by the case code.</source>
        <translation>Личность нужно скрывать: при экспорте имена, дата рождения и контакты заменяются шифром.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="101"/>
        <source>A source-to-person link.</source>
        <translation>Связь источника с человеком.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="102"/>
        <source>How the source knows.</source>
        <translation>Откуда источнику это известно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="103"/>
        <source>Interviewer&apos;s rating of the source on this subject.</source>
        <translation>Оценка интервьюером надёжности источника в этом вопросе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="104"/>
        <source>Date of the source material (a letter, a visit) the source relies on.</source>
        <translation>Дата материала (письмо, свидание), на который опирается источник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="105"/>
        <source>Basis of the rating.</source>
        <translation>На чём основана оценка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="106"/>
        <source>One detention.</source>
        <translation>Одно задержание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="107"/>
        <source>The arrest.</source>
        <translation>Задержание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="108"/>
        <source>Date of arrest.</source>
        <translation>Дата задержания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="109"/>
        <source>Administrative arrest (days) or criminal detention.</source>
        <translation>Административный арест («сутки») или уголовное задержание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="110"/>
        <source>Where the arrest took place.</source>
        <translation>Где произошло задержание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="111"/>
        <source>Arresting authority (GUBOPiK, KGB, border service ...).</source>
        <translation>Орган, проводивший задержание (ГУБОПиК, КГБ, пограничная служба ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="112"/>
        <source>Stated grounds.</source>
        <translation>Заявленные основания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="113"/>
        <source>Arrested after returning from abroad, at the border or later at home.</source>
        <translation>Задержан(а) после возвращения из-за границы — на границе или позже, дома.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="114"/>
        <source>Arrested at the border on return from abroad.</source>
        <translation>Задержан(а) на границе при возвращении из-за границы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="115"/>
        <source>How the authorities found the person.</source>
        <translation>Как власти вычислили человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="116"/>
        <source>A means of identification.</source>
        <translation>Способ установления личности.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="117"/>
        <source>Criminal or administrative case number.</source>
        <translation>Номер уголовного или административного дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="118"/>
        <source>Places of detention in order.</source>
        <translation>Места содержания по порядку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="119"/>
        <source>One place of detention.</source>
        <translation>Одно место содержания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="120"/>
        <source>Type of place.</source>
        <translation>Тип места.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="121"/>
        <source>Arrival.</source>
        <translation>Прибытие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="122"/>
        <source>Departure; absent while held there.</source>
        <translation>Убытие; не указывается, пока человека там содержат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="123"/>
        <source>Regime served there.</source>
        <translation>Режим содержания там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="124"/>
        <source>Transfers (etap) between places.</source>
        <translation>Этапирование (переводы) между местами содержания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="125"/>
        <source>One transfer.</source>
        <translation>Один этап.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="126"/>
        <source>Date of transfer.</source>
        <translation>Дата этапа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="127"/>
        <source>Facility left.</source>
        <translation>Учреждение, откуда этапировали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="128"/>
        <source>Facility reached.</source>
        <translation>Учреждение, куда этапировали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="129"/>
        <source>Stays in punishment cells.</source>
        <translation>Водворения в ШИЗО, ПКТ и одиночные камеры.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="130"/>
        <source>One stay.</source>
        <translation>Одно водворение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="131"/>
        <source>SHIZO (penalty isolator), PKT (cell-type premises) or other solitary confinement.</source>
        <translation>ШИЗО (штрафной изолятор), ПКТ (помещение камерного типа) или другое одиночное содержание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="132"/>
        <source>End.</source>
        <translation>Конец.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="133"/>
        <source>Length in days when known without dates.</source>
        <translation>Продолжительность в сутках, если известна без дат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="134"/>
        <source>Stated reason.</source>
        <translation>Названная причина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="135"/>
        <source>Release; absent while detained.</source>
        <translation>Освобождение; не заполняется, пока человек под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="136"/>
        <source>Date of release.</source>
        <translation>Дата освобождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="137"/>
        <source>Why released.</source>
        <translation>Основание освобождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="138"/>
        <source>Details (deported, conditions of pardon ...).</source>
        <translation>Подробности (депортирован, условия помилования ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="139"/>
        <source>Police (preventive) supervision after release.</source>
        <translation>Превентивный надзор милиции после освобождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="140"/>
        <source>Ban on leaving the country after release.</source>
        <translation>Запрет на выезд из страны после освобождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="141"/>
        <source>Attempts by the KGB to recruit the person.</source>
        <translation>Попытки КГБ завербовать человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="142"/>
        <source>One attempt.</source>
        <translation>Одна попытка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="143"/>
        <source>When.</source>
        <translation>Когда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="144"/>
        <source>What was demanded and how.</source>
        <translation>Чего требовали и как.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="145"/>
        <source>One incommunicado period.</source>
        <translation>Один период инкоммуникадо.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="146"/>
        <source>Since when no communication is known.</source>
        <translation>С какого времени нет никаких известных контактов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="147"/>
        <source>When contact resumed (status ended).</source>
        <translation>Когда связь возобновилась (статус «Закончилось»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="148"/>
        <source>Last confirmed contact of any kind.</source>
        <translation>Последний подтверждённый контакт любого вида.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="149"/>
        <source>Kind of contact.</source>
        <translation>Вид контакта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="150"/>
        <source>Channel of the contact (family, lawyer, consular ...).</source>
        <translation>Канал контакта (семья, адвокат, консул ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="151"/>
        <source>Details.</source>
        <translation>Подробности.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="152"/>
        <source>Channels denied, each with its own start when known.</source>
        <translation>Запрещённые каналы связи, у каждого своя дата начала, если известна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="153"/>
        <source>One denied channel.</source>
        <translation>Один запрещённый канал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="154"/>
        <source>Channel.</source>
        <translation>Канал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="155"/>
        <source>Denied since.</source>
        <translation>С какого времени запрещён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="156"/>
        <source>How the status was learned.</source>
        <translation>Откуда стало известно о статусе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="157"/>
        <source>Authorities&apos; answer to enquiries.</source>
        <translation>Ответ властей на запросы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="158"/>
        <source>Wording of the answer.</source>
        <translation>Текст ответа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="159"/>
        <source>Facility where the person is officially said to be.</source>
        <translation>Учреждение, где, по официальным данным, находится человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="160"/>
        <source>Suspected disciplinary cause.</source>
        <translation>Предполагаемая дисциплинарная причина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="161"/>
        <source>Status as of the interview.</source>
        <translation>Статус на момент интервью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="162"/>
        <source>Custody, fate or whereabouts denied or concealed.</source>
        <translation>Факт содержания под стражей, судьба или местонахождение отрицаются или скрываются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="163"/>
        <source>UN urgent appeal, WGAD or WGEID case reference.</source>
        <translation>Номер срочного обращения ООН или дела в РГПЗ (WGAD) либо РГНИ (WGEID).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="238"/>
        <source>A condition.</source>
        <translation>Условие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="239"/>
        <source>A state agency.</source>
        <translation>Государственное ведомство.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="240"/>
        <source>A travel document obtained instead of a Belarusian passport.</source>
        <translation>Проездной документ, полученный вместо белорусского паспорта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="241"/>
        <source>Administrative offence cases (Code of Administrative Offences), one per case, with administrative detention or fine.</source>
        <translation>Дела об административных правонарушениях (КоАП), по одному на дело, с административным арестом или штрафом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="242"/>
        <source>Agency that approached the person.</source>
        <translation>Ведомство, которое обратилось к человеку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="243"/>
        <source>Agency they acted for.</source>
        <translation>Ведомство, от имени которого действовали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="244"/>
        <source>Article (&quot;24.23&quot;, &quot;19.11&quot;).</source>
        <translation>Статья («24.23», «19.11»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="245"/>
        <source>Articles of the Code of Administrative Offences.</source>
        <translation>Статьи Кодекса об административных правонарушениях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="246"/>
        <source>Attempts by the KGB or other services to recruit a person outside detention.</source>
        <translation>Попытки КГБ или других служб завербовать человека вне заключения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="247"/>
        <source>Autopsy.</source>
        <translation>Вскрытие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="248"/>
        <source>By whom and how (phone call, letter, through others).</source>
        <translation>Кто и как сообщил (звонок, письмо, через других).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="249"/>
        <source>Complaint, enquiry to the authorities, or an appeal to a UN mechanism.</source>
        <translation>Жалоба, запрос властям или обращение в механизм ООН.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="250"/>
        <source>Complaints, enquiries and appeals made on behalf of victims (to authorities, the UN and others), with the reply.</source>
        <translation>Жалобы, запросы и обращения в защиту пострадавших (властям, в ООН и другим), с ответом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="251"/>
        <source>Country the person came back from.</source>
        <translation>Страна, из которой человек вернулся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="252"/>
        <source>Court or body that decided.</source>
        <translation>Суд или орган, принявший решение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="253"/>
        <source>Date of the decision.</source>
        <translation>Дата решения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="254"/>
        <source>Date of the return.</source>
        <translation>Дата возвращения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="255"/>
        <source>Days of administrative detention imposed.</source>
        <translation>Назначено суток административного ареста.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="256"/>
        <source>Deaths in custody, and deaths after release that the informant links to the detention.</source>
        <translation>Смерти под стражей, а также после освобождения, которые информант связывает с заключением.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="257"/>
        <source>Whether the person died in custody or after release; left empty, in custody.</source>
        <translation>Умер ли человек под стражей или после освобождения; если не указано — под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="258"/>
        <source>Entries of a person in the official &quot;extremist&quot; or &quot;terrorist&quot; lists.</source>
        <translation>Внесение человека в официальные списки «экстремистов» или «террористов».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="259"/>
        <source>Findings, and whether the family saw the report.</source>
        <translation>Выводы, и видела ли семья заключение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="260"/>
        <source>How the family learned of the death.</source>
        <translation>Как семья узнала о смерти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="261"/>
        <source>How the person answered.</source>
        <translation>Как человек ответил.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="262"/>
        <source>How the source knows: first hand (lived or saw it), hearsay (told by others), documents.</source>
        <translation>Откуда известно источнику: из первых рук (пережил или видел), со слов других, из документов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="263"/>
        <source>Involvement in the act (decided: ruled as judge; prosecuted: brought or upheld the charge).</source>
        <translation>Участие в действии (вынес решение — как судья; поддерживал обвинение — предъявил или поддержал его).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="264"/>
        <source>Issuing country.</source>
        <translation>Страна, выдавшая документ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="265"/>
        <source>Its reference or case number.</source>
        <translation>Его номер или номер дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="266"/>
        <source>Kind of document.</source>
        <translation>Вид документа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="267"/>
        <source>Number of co-defendants, named in this record or not.</source>
        <translation>Число соподсудимых, названных в этой записи или нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="268"/>
        <source>Number or reference of the decision.</source>
        <translation>Номер решения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="269"/>
        <source>Officials, agencies and others responsible, each with their part in it.</source>
        <translation>Должностные лица, ведомства и другие ответственные, каждый со своей ролью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="270"/>
        <source>On what legal ground.</source>
        <translation>На каком правовом основании.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="271"/>
        <source>One action against property.</source>
        <translation>Одно действие с имуществом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="272"/>
        <source>One administrative offence case.</source>
        <translation>Одно дело об административном правонарушении.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="273"/>
        <source>One attempt to recruit a person as an informer.</source>
        <translation>Одна попытка завербовать человека в осведомители.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="274"/>
        <source>One complaint, enquiry or appeal.</source>
        <translation>Одна жалоба, запрос или обращение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="275"/>
        <source>One entry in an official list.</source>
        <translation>Одно внесение в официальный список.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="276"/>
        <source>Penalty imposed.</source>
        <translation>Назначенное взыскание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="277"/>
        <source>Photos or videos of the seized property were published to intimidate.</source>
        <translation>Фото или видео изъятого имущества опубликованы для запугивания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="278"/>
        <source>Seizure, confiscation and other actions against a person&apos;s property.</source>
        <translation>Арест, конфискация и другие действия с имуществом человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="279"/>
        <source>State asked to arrest, extradite or act (Interpol notices, extradition).</source>
        <translation>Государство, которое просили задержать, выдать или действовать (запросы Интерпола, экстрадиция).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="280"/>
        <source>The Interior Ministry&apos;s list of persons &quot;involved in extremist activity&quot;, or the KGB&apos;s &quot;terrorist&quot; list.</source>
        <translation>Список МВД лиц, «причастных к экстремистской деятельности», или «террористический» список КГБ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="281"/>
        <source>The UN mechanism, for an appeal to the UN.</source>
        <translation>Механизм ООН, для обращения в ООН.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="282"/>
        <source>The decision ordering it.</source>
        <translation>Решение, которым это назначено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="283"/>
        <source>The reply.</source>
        <translation>Ответ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="284"/>
        <source>The return to Belarus that led to the arrest.</source>
        <translation>Возвращение в Беларусь, после которого последовал арест.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="285"/>
        <source>Their function at the time.</source>
        <translation>Должность в то время.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="286"/>
        <source>To whom it was addressed.</source>
        <translation>Кому адресовано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="287"/>
        <source>What came of it.</source>
        <translation>Чем закончилось.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="288"/>
        <source>What it said.</source>
        <translation>Что в нём сказано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="289"/>
        <source>What property.</source>
        <translation>Какое имущество.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="290"/>
        <source>What was demanded or imposed around the release.</source>
        <translation>Что требовали или навязали при освобождении.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="291"/>
        <source>What was done to it.</source>
        <translation>Что с ним сделали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="292"/>
        <source>When issued or refused.</source>
        <translation>Когда выдан или отказано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="293"/>
        <source>When it was sent.</source>
        <translation>Когда отправлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="294"/>
        <source>When the family was told.</source>
        <translation>Когда сообщили семье.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="295"/>
        <source>When the person&apos;s passport expires or expired (consulates no longer renew it: Decree No. 278).</source>
        <translation>Когда истекает или истёк срок паспорта (консульства его больше не продлевают: Указ № 278).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="296"/>
        <source>When the reply came.</source>
        <translation>Когда пришёл ответ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="297"/>
        <source>When the term is expected to end, counting time already served; detention past it shows.</source>
        <translation>Когда ожидается конец срока с учётом уже отбытого; так видно содержание сверх срока.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="298"/>
        <source>Where it stands.</source>
        <translation>На какой стадии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="299"/>
        <source>Where the property is.</source>
        <translation>Где находится имущество.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="300"/>
        <source>Whether an autopsy was done, and by whom.</source>
        <translation>Проводилось ли вскрытие и кем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="301"/>
        <source>Whether the family could see and bury the body.</source>
        <translation>Могла ли семья увидеть и похоронить тело.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="302"/>
        <source>Whether the source saw or lived this, heard it from others, or read it in documents.</source>
        <translation>Видел или пережил ли это источник, слышал от других или прочёл в документах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="303"/>
        <source>Who acted.</source>
        <translation>Кто действовал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="304"/>
        <source>Who made it (a relative, a lawyer, an organisation).</source>
        <translation>Кто обратился (родственник, адвокат, организация).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="164"/>
        <source>Unit, rank, appearance when no person record exists.</source>
        <translation>Подразделение, звание, внешность — если этого человека нет в разделе «Люди».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="165"/>
        <source>One act.</source>
        <translation>Один случай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="166"/>
        <source>Method.</source>
        <translation>Способ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="167"/>
        <source>Date, or start when repeated.</source>
        <translation>Дата или начало, если повторялось.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="168"/>
        <source>End when repeated over a period.</source>
        <translation>Конец, если повторялось в течение периода.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="169"/>
        <source>Where.</source>
        <translation>Где.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="170"/>
        <source>Alleged perpetrators.</source>
        <translation>Предполагаемые виновные.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="171"/>
        <source>Reason the perpetrators gave.</source>
        <translation>Причина, которую назвали виновные.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="172"/>
        <source>Physical and mental consequences.</source>
        <translation>Физические и психические последствия.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="173"/>
        <source>A statement or confession was extracted.</source>
        <translation>Показания или признание были получены принуждением.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="174"/>
        <source>Medical attention after the act.</source>
        <translation>Медицинская помощь после случившегося.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="175"/>
        <source>What happened.</source>
        <translation>Что произошло.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="176"/>
        <source>One condition.</source>
        <translation>Одно условие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="177"/>
        <source>Condition.</source>
        <translation>Условие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="178"/>
        <source>One request for care.</source>
        <translation>Одно обращение за помощью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="179"/>
        <source>When care was requested.</source>
        <translation>Когда обратились за помощью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="180"/>
        <source>What care was needed for.</source>
        <translation>С чем нужна была помощь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="181"/>
        <source>Category of the condition.</source>
        <translation>Категория заболевания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="182"/>
        <source>What became of the request.</source>
        <translation>Чем закончилось обращение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="183"/>
        <source>Whether it began before, during or after detention.</source>
        <translation>Возникло до, во время или после заключения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="184"/>
        <source>Belarusian disability group, if certified: makes disability apply.</source>
        <translation>Белорусская группа инвалидности, если установлена: к ней применяется критерий disability.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="185"/>
        <source>Diagnosis and course.</source>
        <translation>Диагноз и течение болезни.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="186"/>
        <source>One asserted criterion.</source>
        <translation>Один заявленный критерий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="187"/>
        <source>Basis of the assertion.</source>
        <translation>На чём основано утверждение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="188"/>
        <source>One death.</source>
        <translation>Одна смерть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="189"/>
        <source>Date of death.</source>
        <translation>Дата смерти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="190"/>
        <source>Circumstances as recounted.</source>
        <translation>Обстоятельства со слов рассказчика.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="191"/>
        <source>Authorities&apos; explanation.</source>
        <translation>Объяснение властей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="192"/>
        <source>Investigation of the death.</source>
        <translation>Расследование смерти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="193"/>
        <source>State of the investigation.</source>
        <translation>Состояние расследования.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="194"/>
        <source>Date of the latest decision.</source>
        <translation>Дата последнего решения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="195"/>
        <source>Who investigated, findings, whether international standards were met.</source>
        <translation>Кто расследовал, выводы, соблюдены ли международные стандарты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="196"/>
        <source>Date of inclusion.</source>
        <translation>Дата включения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="197"/>
        <source>Which list, source.</source>
        <translation>Какой список, источник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="198"/>
        <source>One criminal case.</source>
        <translation>Одно уголовное дело.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="199"/>
        <source>Case number.</source>
        <translation>Номер дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="200"/>
        <source>Criminal Code articles charged.</source>
        <translation>Статьи Уголовного кодекса, по которым предъявлено обвинение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="201"/>
        <source>One article.</source>
        <translation>Одна статья.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="202"/>
        <source>Article (&quot;342&quot;, &quot;361-1&quot;).</source>
        <translation>Статья («342», «361-1»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="203"/>
        <source>Part of the article.</source>
        <translation>Часть статьи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="204"/>
        <source>Court (and where the hearing was held).</source>
        <translation>Суд (и где проходило заседание).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="205"/>
        <source>Judge.</source>
        <translation>Судья.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="206"/>
        <source>Stages of the case.</source>
        <translation>Этапы дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="207"/>
        <source>Case opened.</source>
        <translation>Возбуждение дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="208"/>
        <source>Trial began.</source>
        <translation>Начало судебного процесса.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="209"/>
        <source>Verdict.</source>
        <translation>Вынесение решения суда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="210"/>
        <source>Outcome.</source>
        <translation>Итог.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="211"/>
        <source>Sentence.</source>
        <translation>Наказание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="212"/>
        <source>Kind of sentence.</source>
        <translation>Вид наказания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="213"/>
        <source>Term in months.</source>
        <translation>Срок в месяцах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="214"/>
        <source>Regime ordered.</source>
        <translation>Назначенный режим.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="215"/>
        <source>Fine, in whole units.</source>
        <translation>Штраф, в целых единицах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="216"/>
        <source>Amount.</source>
        <translation>Сумма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="217"/>
        <source>Base units (bazavyja veličyni) or roubles.</source>
        <translation>Базовые величины или рубли.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="218"/>
        <source>Tried in absentia (special proceedings).</source>
        <translation>Суд проходил заочно (специальное производство).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="219"/>
        <source>Tried together with others.</source>
        <translation>Судили вместе с другими.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="220"/>
        <source>Re-conviction under Art. 411 while serving a sentence.</source>
        <translation>Повторное осуждение по ст. 411 во время отбывания наказания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="221"/>
        <source>One persecution for solidarity.</source>
        <translation>Один случай преследования за помощь (солидарность).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="222"/>
        <source>Support the person gave.</source>
        <translation>Какую помощь оказывал человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="223"/>
        <source>A kind of support.</source>
        <translation>Вид помощи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="224"/>
        <source>Actions taken against the person.</source>
        <translation>Меры, принятые против человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="225"/>
        <source>An action.</source>
        <translation>Мера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="226"/>
        <source>One incident.</source>
        <translation>Один инцидент.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="227"/>
        <source>Kind of incident.</source>
        <translation>Вид инцидента.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="228"/>
        <source>Country where it happened or took effect.</source>
        <translation>Страна, где это произошло или имело последствия.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="229"/>
        <source>One link.</source>
        <translation>Одна связь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="230"/>
        <source>Why they are linked.</source>
        <translation>Почему они связаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="231"/>
        <source>One clarification note.</source>
        <translation>Одно уточняющее примечание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="232"/>
        <source>The clarification.</source>
        <translation>Уточнение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="233"/>
        <source>One attached file.</source>
        <translation>Один вложенный файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="234"/>
        <source>SHA-256 of the original file.</source>
        <translation>SHA-256 исходного файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="235"/>
        <source>Media type.</source>
        <translation>MIME-тип.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="236"/>
        <source>Size of the file.</source>
        <translation>Размер файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="237"/>
        <source>What it shows and where it came from.</source>
        <translation>Что на нём и откуда он взялся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="20"/>
        <source>A date as precise as the source knows it: a day, a month, a year, an approximate date, or unknown.</source>
        <translation>Дата с той точностью, с какой её знает источник: день, месяц, год, приблизительная дата или неизвестно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="21"/>
        <source>A language.</source>
        <translation>Язык.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="22"/>
        <source>Category; a mental disorder or a physical disability counts towards the humanitarian criteria.</source>
        <translation>Категория; психическое расстройство или физическая инвалидность учитываются в гуманитарных критериях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="23"/>
        <source>Chains of events between entries of other sections (a re-conviction following a conviction, an arrest caused by a return).</source>
        <translation>Цепочки событий между записями других разделов (новый приговор после приговора, арест после возвращения).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="24"/>
        <source>Choose from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="25"/>
        <source>Conditions of detention, each with its dates.</source>
        <translation>Условия содержания, каждое со своими датами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="26"/>
        <source>Criterion asserted; age over 60 and death in detention are worked out by the record itself.</source>
        <translation>Заявленный критерий; возраст старше 60 и смерть под стражей запись вычисляет сама.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="27"/>
        <source>Date of birth; whether the person is over 60 is worked out from it.</source>
        <translation>Дата рождения; по ней определяется, старше ли человек 60 лет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="28"/>
        <source>The detention, when the accused is detained.</source>
        <translation>Задержание, если обвиняемый под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="29"/>
        <source>The detention, when the person was held.</source>
        <translation>Задержание, если человек был под стражей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="30"/>
        <source>The detention it belongs to.</source>
        <translation>Задержание, к которому это относится.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="31"/>
        <source>The detention during or after which the person died.</source>
        <translation>Задержание, во время или после которого человек умер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="32"/>
        <source>The detention it followed, if any.</source>
        <translation>Задержание, после которого это произошло, если есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="33"/>
        <source>Tick all that apply.</source>
        <translation>Отметьте всё, что подходит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="34"/>
        <source>Facility, from the list.</source>
        <translation>Учреждение из списка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="35"/>
        <source>Facility in your own words when it is not in the list.</source>
        <translation>Учреждение своими словами, если его нет в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="36"/>
        <source>Form and version of this record; set by the program.</source>
        <translation>Форма и версия этой записи; задаёт программа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="37"/>
        <source>Handling level of the whole record: restricted (team), confidential (named staff), strictly confidential (named staff, never leaves the vault unencrypted).</source>
        <translation>Уровень доступа ко всей записи: ограниченный (команда), конфиденциальный (названные сотрудники), строго конфиденциальный (названные сотрудники, никогда не покидает хранилище незашифрованным).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="38"/>
        <source>Humanitarian-list criteria asserted by the informant that the record cannot work out itself (age over 60 and death in detention are always worked out, from the date of birth and the deaths in detention, and cannot be asserted).</source>
        <translation>Критерии гуманитарного списка, заявленные информантом, которые запись не может вычислить сама (возраст старше 60 и смерть под стражей вычисляются всегда, из даты рождения и раздела о смертях под стражей, и заявлять их нельзя).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="39"/>
        <source>Alphabet the name is written in.</source>
        <translation>Алфавит, которым написано имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="40"/>
        <source>A country.</source>
        <translation>Страна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="41"/>
        <source>Kind of file; a consent form is the signed form, about the persons who signed it.</source>
        <translation>Вид файла; форма согласия — это подписанная форма, о людях, которые её подписали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="42"/>
        <location filename="../../app/ui/editor/help_plain.py" line="43"/>
        <location filename="../../app/ui/editor/help_plain.py" line="44"/>
        <location filename="../../app/ui/editor/help_plain.py" line="45"/>
        <location filename="../../app/ui/editor/help_plain.py" line="46"/>
        <location filename="../../app/ui/editor/help_plain.py" line="47"/>
        <source>The program&apos;s own bookkeeping for this entry.</source>
        <translation>Служебная пометка программы для этой записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="48"/>
        <source>One interview: who spoke, with what consent, about whom, and what they recount.</source>
        <translation>Одно интервью: кто говорил, с каким согласием, о ком и что рассказал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="49"/>
        <source>Which field is marked (the narrative, a person&apos;s occupation …).</source>
        <translation>Какое поле отмечено (рассказ, занятие человека …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="50"/>
        <source>Which field the note is about.</source>
        <translation>К какому полю относится заметка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="51"/>
        <source>The accused.</source>
        <translation>Обвиняемый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="52"/>
        <source>The person detained.</source>
        <translation>Задержанный.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="53"/>
        <source>The exile whom pressure on relatives is meant to reach.</source>
        <translation>Эмигрант, на которого нацелено давление на родственников.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="54"/>
        <source>The informant interviewed.</source>
        <translation>Информант, с которым проведено интервью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="55"/>
        <source>The owner.</source>
        <translation>Владелец.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="56"/>
        <source>The patient.</source>
        <translation>Пациент.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="57"/>
        <source>The persecuted supporter.</source>
        <translation>Преследуемый за поддержку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="58"/>
        <source>The source of the information.</source>
        <translation>Источник сведений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="59"/>
        <source>The person targeted.</source>
        <translation>Человек, против которого это было.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="60"/>
        <source>The victim.</source>
        <translation>Пострадавший.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="61"/>
        <source>Who consented for themselves.</source>
        <translation>Кто дал согласие за себя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="62"/>
        <source>Who died.</source>
        <translation>Кто умер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="63"/>
        <source>Who gave consent.</source>
        <translation>Кто дал согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="64"/>
        <source>Who had the contact.</source>
        <translation>Кто имел контакт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="65"/>
        <source>Who told of this entry, when not the informant of the interview.</source>
        <translation>Кто сообщил об этой записи, если не информант интервью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="66"/>
        <source>Who was approached.</source>
        <translation>К кому обратились.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="67"/>
        <source>Who was listed.</source>
        <translation>Кого внесли в список.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="68"/>
        <source>Whom the source speaks about.</source>
        <translation>О ком говорит источник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="69"/>
        <source>A person of this testimony.</source>
        <translation>Человек из этого свидетельства.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="70"/>
        <source>Co-defendants named in this testimony.</source>
        <translation>Соответчики, названные в этом свидетельстве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="71"/>
        <source>Those it was made for.</source>
        <translation>Те, за кого это сделано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="72"/>
        <source>Those supported.</source>
        <translation>Те, кого поддерживали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="73"/>
        <source>Place in your own words (cell, unit, a facility not in the list).</source>
        <translation>Место своими словами (камера, отряд, учреждение, которого нет в списке).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="74"/>
        <source>Places not in the list, reason, conditions of transport.</source>
        <translation>Места, которых нет в списке, причина, условия этапа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="75"/>
        <source>An entry of another section.</source>
        <translation>Запись другого раздела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="76"/>
        <source>The criminal case it was ordered in, if any.</source>
        <translation>Уголовное дело, в котором это назначено, если есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="77"/>
        <source>The criminal case that led to the entry, if any.</source>
        <translation>Уголовное дело, которое привело к внесению, если есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="78"/>
        <source>The criminal case this incident belongs to (a trial in absentia is entered once, as a criminal case).</source>
        <translation>Уголовное дело, к которому относится этот случай (заочный суд вносится один раз, как уголовное дело).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="79"/>
        <source>The criminal case whose sentence was being served.</source>
        <translation>Уголовное дело, срок по которому отбывался.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="80"/>
        <source>Persons or entries it documents.</source>
        <translation>Люди или записи, которые он подтверждает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="81"/>
        <source>Serious (grave, chronic or acute) condition: the serious health condition criterion then applies.</source>
        <translation>Серьёзное (тяжёлое, хроническое или острое) состояние: тогда выполняется критерий «серьёзное состояние здоровья».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="82"/>
        <source>Someone responsible: a person of this testimony, an agency, or a description when unnamed.</source>
        <translation>Ответственный: человек из этого свидетельства, ведомство или описание, если имя неизвестно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="83"/>
        <source>Uses consented to, and sharing with the central organisation, which is always available.</source>
        <translation>Способы использования, на которые дано согласие, и передача центральной организации, которая доступна всегда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="84"/>
        <source>Uses of their own identity and account they consented to.</source>
        <translation>Способы использования их личности и рассказа, на которые они дали согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="85"/>
        <source>Where something happened: a facility from the list, or your own words when it is not there.</source>
        <translation>Где что-то произошло: учреждение из списка или свои слова, если его там нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="86"/>
        <source>Relations to other persons: what this person is to each of them (mother, brother, lawyer …).</source>
        <translation>Связи с другими людьми: кем этот человек каждому из них приходится (мать, брат, адвокат …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="87"/>
        <source>How the first entry relates to the second.</source>
        <translation>Как первая запись связана со второй.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="46"/>
        <source>Version history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="62"/>
        <source>Show only what changed</source>
        <translation>Показывать только изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="96"/>
        <source>saved by you</source>
        <translation>сохранили вы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="100"/>
        <source>saved by %1 (key %2)</source>
        <translation>сохранил(а) %1 (ключ %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="102"/>
        <source>saved with key %2</source>
        <translation>сохранено с ключом %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="104"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="131"/>
        <source>Version %1, the first: nothing to compare it with.</source>
        <translation>Версия %1, первая: сравнивать не с чем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="138"/>
        <source>Version %1. Marked: what changed since version %2 (%3).</source>
        <translation>Версия %1. Выделено то, что изменилось после версии %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="34"/>
        <location filename="../../app/ui/sync/import_dialog.py" line="77"/>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="43"/>
        <source>Choose the bundle files (.age) the interviewers sent, several at once if you like. Each is checked before anything enters the archive: a damaged or altered bundle is rejected, and a bundle from a sender you have not approved waits in quarantine until you do (Senders…).</source>
        <translation>Выберите файлы пакетов (.age), которые прислали интервьюеры, — можно несколько сразу. Каждый пакет проверяется, прежде чем что-либо из него попадёт в архив: повреждённый или изменённый пакет отклоняется, а пакет от отправителя, которого вы ещё не одобрили, ждёт в карантине, пока вы его не одобрите (Отправители…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="49"/>
        <source>Choose bundles…</source>
        <translation>Выбрать пакеты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="60"/>
        <source>Quarantined bundles are kept, still encrypted, inside the vault. Open Senders… to compare the sender&apos;s fingerprint with the interviewer and approve them.</source>
        <translation>Пакеты в карантине остаются внутри хранилища, по-прежнему зашифрованные. Откройте «Отправители…», чтобы сверить отпечаток отправителя с интервьюером и одобрить отправителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="66"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="68"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="69"/>
        <source>Senders…</source>
        <translation>Отправители…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="114"/>
        <source>Choose bundles</source>
        <translation>Выберите пакеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="114"/>
        <source>Sviedka bundles (*.age);;All files (*)</source>
        <translation>Пакеты Sviedka (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="124"/>
        <source>Files chosen: %1.</source>
        <translation>Выбрано файлов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="136"/>
        <source>Checking and importing the bundles…</source>
        <translation>Проверка и импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="149"/>
        <source>Cancelling: the bundle being read is rolled back, the ones before it stay.</source>
        <translation>Отмена: импорт пакета, который читается сейчас, откатывается, а импортированные до него пакеты остаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="162"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="162"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="175"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="177"/>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="25"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="26"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="27"/>
        <source>is not a real calendar date</source>
        <translation>такой даты в календаре нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="28"/>
        <location filename="../../app/ui/editor/issues.py" line="78"/>
        <source>is not a field of this section</source>
        <translation>не является полем этого раздела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="29"/>
        <source>must not repeat an entry</source>
        <translation>записи не должны повторяться</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="30"/>
        <source>names no person of this record</source>
        <translation>не соответствует ни одному человеку в этом свидетельстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="31"/>
        <source>names no detention episode of this record</source>
        <translation>не соответствует ни одному эпизоду задержания в этом свидетельстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="32"/>
        <source>names no other prosecution of this record</source>
        <translation>не соответствует ни одному другому уголовному делу в этом свидетельстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="33"/>
        <source>names no item of a section with refs</source>
        <translation>не соответствует ни одной записи в разделах с метками</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="34"/>
        <source>names no person or item of this record</source>
        <translation>не соответствует ни одному человеку или записи в этом свидетельстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="35"/>
        <source>names no field of this record</source>
        <translation>не соответствует ни одному полю этого свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="36"/>
        <source>needs a person or a description</source>
        <translation>нужно указать человека или описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="37"/>
        <source>is before from</source>
        <translation>раньше даты в поле «С»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="38"/>
        <source>is before since</source>
        <translation>раньше даты в поле «Начиная с»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="39"/>
        <source>is before date</source>
        <translation>раньше даты в поле «Дата»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="40"/>
        <source>is before arrest.date</source>
        <translation>раньше даты задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="41"/>
        <source>is before dates.opened</source>
        <translation>раньше даты возбуждения дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="42"/>
        <source>is set but the articles do not include 411</source>
        <translation>отмечено, но среди статей нет статьи 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="43"/>
        <source>must be YYYY-MM-DD for precision day</source>
        <translation>при точности «Точный день» нужен формат ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="44"/>
        <source>must be YYYY-MM for precision month</source>
        <translation>при точности «Только месяц» нужен формат ГГГГ-ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="45"/>
        <source>must be YYYY for precision year</source>
        <translation>при точности «Только год» нужен формат ГГГГ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="46"/>
        <source>must be YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>нужен формат ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="47"/>
        <source>must have no value when the precision is unknown</source>
        <translation>должно быть пустым, если точность «Неизвестно»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="48"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>должно состоять из 64 строчных шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="49"/>
        <source>must be a media type such as audio/ogg</source>
        <translation>должно быть MIME-типом, например audio/ogg</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="50"/>
        <source>marks part of a text: it needs both a start and an end</source>
        <translation>отмечает часть текста: нужны и начало, и конец</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="51"/>
        <source>marks part of a text, but the field it names holds no text</source>
        <translation>отмечает часть текста, но в названном поле нет текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="52"/>
        <source>is not after where the marked part starts</source>
        <translation>не после начала отмеченной части</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="58"/>
        <source>is not an entry of this record</source>
        <translation>не запись этого свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="60"/>
        <location filename="../../app/ui/editor/issues.py" line="74"/>
        <location filename="../../app/ui/editor/issues.py" line="76"/>
        <source>is not one of the choices: pick one from the list</source>
        <translation>нет среди вариантов: выберите из списка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="62"/>
        <source>is not a country: pick one or type its two letters, e.g. BY</source>
        <translation>не страна: выберите из списка или введите две буквы, например BY</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="64"/>
        <source>is not a language: pick one or type its code, e.g. be</source>
        <translation>не язык: выберите из списка или введите код, например be</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="66"/>
        <source>does not name a field of this record</source>
        <translation>не называет поле этого свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="79"/>
        <source>is not a valid answer here</source>
        <translation>здесь не подходит</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="81"/>
        <source>is past the end of the text: mark again what is written</source>
        <translation>выходит за конец текста: отметьте написанное заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="107"/>
        <source>Whole record</source>
        <translation>Свидетельство целиком</translation>
    </message>
</context>
<context>
    <name>ListNode</name>
    <message>
        <location filename="../../app/ui/editor/builder.py" line="46"/>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="63"/>
        <source>Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.</source>
        <translation>Ctrl+N добавляет запись, Delete удаляет её, Ctrl+Shift+Up/Down перемещает её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="65"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="65"/>
        <source>Add an entry (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="66"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="66"/>
        <source>Remove the entry (Delete)</source>
        <translation>Удалить запись (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="67"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="67"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Переместить выше (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="68"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="68"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Переместить ниже (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="69"/>
        <source>No entries yet: Add or Ctrl+N.</source>
        <translation>Записей пока нет: «Добавить» или Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="154"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="216"/>
        <source>Remove entry %1 and everything in it?</source>
        <translation>Удалить запись %1 со всем её содержимым?</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="62"/>
        <source>Search names, places, narrative… in Cyrillic or Latin</source>
        <translation>Поиск по именам, местам, рассказам… кириллицей или латиницей</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="66"/>
        <source>Incommunicado now</source>
        <translation>Сейчас инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="67"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманитарные критерии</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="68"/>
        <source>Art. 411 re-conviction</source>
        <translation>Повторное осуждение по ст. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="69"/>
        <source>Trial in absentia</source>
        <translation>Заочный суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="75"/>
        <source>More filters…</source>
        <translation>Больше фильтров…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="78"/>
        <source>Article, place of detention, dates, humanitarian criterion and more</source>
        <translation>Статья, место содержания, даты, гуманитарный критерий и другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="85"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="86"/>
        <source>Show every testimony again</source>
        <translation>Снова показать все свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="88"/>
        <source>New testimony</source>
        <translation>Новое свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="90"/>
        <source>Record a new testimony (Ctrl+N)</source>
        <translation>Записать новое свидетельство (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="91"/>
        <location filename="../../app/ui/workspace/list_screen.py" line="246"/>
        <source>Person timeline</source>
        <translation>Хронология по человеку</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="94"/>
        <source>Every arrest, trial and incident of one person across all testimonies</source>
        <translation>Все задержания, суды и инциденты одного человека по всем свидетельствам</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="96"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="98"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/list_screen.py" line="108"/>
        <source>Resume unsaved work (%n draft(s))</source>
        <translation>
            <numerusform>Восстановить несохранённую работу (%n черновик)</numerusform>
            <numerusform>Восстановить несохранённую работу (%n черновика)</numerusform>
            <numerusform>Восстановить несохранённую работу (%n черновиков)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="189"/>
        <source>Active filters: %1</source>
        <translation>Активных фильтров: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/list_screen.py" line="205"/>
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n свидетельство</numerusform>
            <numerusform>%n свидетельства</numerusform>
            <numerusform>%n свидетельств</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="213"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="230"/>
        <source>%1%2 found</source>
        <translation>Найдено: %1%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="233"/>
        <source>Search failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="246"/>
        <source>Name, in any script:</source>
        <translation>Имя (кириллицей или латиницей):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="89"/>
        <source>&amp;Sviedka</source>
        <translation>&amp;Sviedka</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="90"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="91"/>
        <source>Organisation…</source>
        <translation>Организация…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="93"/>
        <source>Share under consent…</source>
        <translation>Передать по согласию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="95"/>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="96"/>
        <source>Lock and hide</source>
        <translation>Заблокировать и скрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="98"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="112"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Пакеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="121"/>
        <source>Save the testimony before leaving it?</source>
        <translation>Сохранить свидетельство, прежде чем выйти из него?</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="33"/>
        <source>That passphrase did not open the vault. Please try again.</source>
        <translation>Эта парольная фраза не открыла хранилище. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="34"/>
        <source>The vault&apos;s key file (keyslots.json) is missing from %1. Restore it from your backup copy; the encrypted testimonies were left as they are.</source>
        <translation>Файл ключа хранилища (keyslots.json) отсутствует в %1. Восстановите его из резервной копии; зашифрованные свидетельства остались нетронутыми.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="39"/>
        <source>This vault is already open in another Sviedka window.</source>
        <translation>Это хранилище уже открыто в другом окне Sviedka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="40"/>
        <source>The vault could not be opened: %1</source>
        <translation>Не удалось открыть хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="369"/>
        <source>Save the testimony before closing?</source>
        <translation>Сохранить свидетельство перед закрытием?</translation>
    </message>
</context>
<context>
    <name>NewPerson</name>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="37"/>
        <source>+ New person…</source>
        <translation>+ Новое лицо…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="54"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="55"/>
        <source>Name, as the informant says it:</source>
        <translation>Имя — так, как его называет рассказчик:</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="24"/>
        <location filename="../../app/ui/sync/notices_dialog.py" line="34"/>
        <source>Consent notices</source>
        <translation>Уведомления о согласии</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="31"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="38"/>
        <source>An interviewer&apos;s vault reports when an informant&apos;s consent no longer allows sharing a testimony with the organisation. What the archive holds stays: stop using these testimonies, and decide with the interviewer what to do.</source>
        <translation>Хранилище интервьюера сообщает, когда согласие информанта больше не разрешает передавать показание организации. То, что есть в архиве, остаётся: больше не используйте эти показания и решите с интервьюером, что делать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="43"/>
        <source>No interviewer has reported the end of an informant&apos;s consent.</source>
        <translation>Ни один интервьюер не сообщил, что согласие информанта прекратилось.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="52"/>
        <source>the informant withdrew consent</source>
        <translation>информант отозвал согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="54"/>
        <source>sharing with the organisation is no longer allowed</source>
        <translation>передача организации больше не разрешена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="57"/>
        <source>%1: %2 (sender %3, their version %4 of %5; received %6)</source>
        <translation>%1: %2 (отправитель %3, его версия %4 от %5; получено %6)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="33"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="39"/>
        <source>The organisation&apos;s name, as interviewers know it</source>
        <translation>Название организации, как его знают интервьюеры</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="40"/>
        <source>Create the organisation…</source>
        <translation>Создать организацию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="47"/>
        <source>Save the card for interviewers…</source>
        <translation>Сохранить карточку для интервьюеров…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="50"/>
        <source>Save the recovery copy of the secret…</source>
        <translation>Сохранить резервную копию секретного ключа…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="58"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="59"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="60"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="61"/>
        <source>age recipient</source>
        <translation>получатель age</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="82"/>
        <source>Create the organisation first.</source>
        <translation>Сначала создайте организацию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="90"/>
        <source>This vault is the organisation&apos;s: interviewers encrypt their bundles to it. Give them its card, and read them the fingerprint on a phone call.</source>
        <translation>Это хранилище организации: интервьюеры шифруют для него свои пакеты. Передайте им карточку и прочитайте отпечаток во время телефонного разговора.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="97"/>
        <source>This vault is not an organisation&apos;s. Create the organisation only on the coordinator&apos;s computer: this vault will then hold the key that opens every bundle interviewers send.</source>
        <translation>Это не хранилище организации. Создавайте организацию только на компьютере координатора: тогда в этом хранилище будет ключ, открывающий все пакеты от интервьюеров.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="110"/>
        <source>Write the organisation&apos;s name first.</source>
        <translation>Сначала напишите название организации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="115"/>
        <source>Create the organisation</source>
        <translation>Создать организацию</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="116"/>
        <source>Make this vault the organisation&apos;s, named %1?</source>
        <translation>Сделать это хранилище хранилищем организации «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="119"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="122"/>
        <source>Its secret key is made here and never leaves this vault unless you save a recovery copy. Save one next, to offline storage.</source>
        <translation>Её секретный ключ создаётся здесь и не покидает хранилище, если вы не сохраните резервную копию. Сохраните её сразу после этого на носитель, не подключённый к сети.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="137"/>
        <source>The organisation is created. Save its card for interviewers, and a recovery copy of its secret to offline storage.</source>
        <translation>Организация создана. Сохраните её карточку для интервьюеров и резервную копию секретного ключа на носитель, не подключённый к сети.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="146"/>
        <source>Save the organisation card</source>
        <translation>Сохранить карточку организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="156"/>
        <source>The card is in %1. Fingerprint: %2</source>
        <translation>Карточка в %1. Отпечаток: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="167"/>
        <source>Recovery copy of the secret</source>
        <translation>Резервная копия секретного ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="168"/>
        <source>Write the organisation&apos;s secret key to a file?</source>
        <translation>Записать секретный ключ организации в файл?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="169"/>
        <source>Choose where…</source>
        <translation>Выбрать место…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="172"/>
        <source>This file decrypts every bundle ever sent to the organisation. Write it only to offline storage (an encrypted USB stick in a safe), never to this laptop&apos;s disk or a cloud folder, and delete any other copy.</source>
        <translation>Этот файл расшифровывает все пакеты, когда-либо отправленные организации. Записывайте его только на носитель, не подключённый к сети (зашифрованную USB-флешку в сейфе), никогда не на диск этого ноутбука и не в облачную папку, и удалите все другие копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="181"/>
        <source>Save the recovery copy of the secret</source>
        <translation>Сохранить резервную копию секретного ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="192"/>
        <source>The secret is in %1. Move it to offline storage now and delete it from this computer.</source>
        <translation>Секретный ключ в %1. Сразу перенесите его на носитель, не подключённый к сети, и удалите с этого компьютера.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/editor/pages.py" line="76"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/pages.py" line="78"/>
        <source>Problems in this section: %1</source>
        <translation>Проблем в этом разделе: %1</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="33"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="34"/>
        <source>not a calendar date</source>
        <translation>несуществующая дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="35"/>
        <source>about %1</source>
        <translation>приблизительно %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="79"/>
        <location filename="../../app/ui/editor/partial_date.py" line="163"/>
        <source>How precise the date is</source>
        <translation>Насколько точна дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="123"/>
        <location filename="../../app/ui/editor/partial_date.py" line="127"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="124"/>
        <source>YYYY-MM</source>
        <translation>ГГГГ-ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="125"/>
        <source>YYYY</source>
        <translation>ГГГГ</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../app/ui/figures/people.py" line="27"/>
        <source>Who is counted</source>
        <translation>Кто учтён</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="33"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="34"/>
        <source>Also written</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="35"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="36"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="37"/>
        <source>Testimonies</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="57"/>
        <source>Share these people…</source>
        <translation>Передать этих людей…</translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="49"/>
        <source>Facts and sources</source>
        <translation>Факты и источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="52"/>
        <source>Reading the testimonies…</source>
        <translation>Чтение свидетельств…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="57"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="57"/>
        <location filename="../../app/ui/persons/file_dialog.py" line="66"/>
        <source>Testimony</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="62"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="63"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="64"/>
        <source>About</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="65"/>
        <source>Recorded as</source>
        <translation>Записано как</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="104"/>
        <source>The testimonies give birth dates that cannot all be true: compare them below before counting this as one person.</source>
        <translation>Свидетельства называют даты рождения, которые не могут быть верны одновременно: сравните их ниже, прежде чем учитывать это как одного человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="117"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="118"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
</context>
<context>
    <name>PersonReasons</name>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="16"/>
        <source>%1 words of the name match across scripts and spellings</source>
        <translation>совпадают %1 слова имени (в любом письме и написании)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="19"/>
        <source>one word of the name matches</source>
        <translation>совпадает одно слово имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="20"/>
        <source>given names: %1 ~ %2</source>
        <translation>имена: %1 ~ %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="21"/>
        <source>given names: %1 ~ %2 (a partial or diminutive form)</source>
        <translation>имена: %1 ~ %2 (частичная или уменьшительная форма)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="24"/>
        <source>same case code</source>
        <translation>тот же номер дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="25"/>
        <source>same birth date</source>
        <translation>та же дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="26"/>
        <source>birth dates compatible (not precise enough to be sure)</source>
        <translation>даты рождения совместимы (недостаточно точны, чтобы быть уверенными)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="29"/>
        <source>no birth date to compare</source>
        <translation>нет даты рождения для сравнения</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="30"/>
        <source>a relative in common</source>
        <translation>общий родственник</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <location filename="../../app/ui/persons/model.py" line="27"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="28"/>
        <source>Also written</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="29"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="30"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="31"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="32"/>
        <source>Testimonies</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="33"/>
        <source>Political prisoner</source>
        <translation>Политзаключённый</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="36"/>
        <source>Humanitarian</source>
        <translation>Гуманитарный</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="37"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="38"/>
        <source>Art. 411</source>
        <translation>Ст. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="39"/>
        <source>Died in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="40"/>
        <source>Arrested on return</source>
        <translation>Арест при возвращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="43"/>
        <source>held</source>
        <translation>под стражей</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="44"/>
        <source>released</source>
        <translation>освобождён(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="45"/>
        <source>deported</source>
        <translation>депортирован(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="46"/>
        <source>died</source>
        <translation>умер(ла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="47"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="60"/>
        <source>(no name recorded)</source>
        <translation>(имя не записано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="108"/>
        <source>Counted in this figure as of today (Figures view: who and why)</source>
        <translation>Учтён(а) в этом показателе на сегодня (кто и почему — в разделе «Показатели»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="136"/>
        <source>From testimony %1</source>
        <translation>Из свидетельства %1</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../app/ui/persons/view.py" line="33"/>
        <source>Only a coordinator&apos;s vault decides who is the same person.</source>
        <translation>Кто является одним и тем же человеком, решают только в хранилище координатора.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="64"/>
        <source>Show only persons whose row contains…</source>
        <translation>Показать только людей, в строке которых есть…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="79"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="81"/>
        <source>Facts and sources…</source>
        <translation>Факты и источники…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="84"/>
        <source>Share…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="89"/>
        <source>Separate…</source>
        <translation>Разделить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>May be the same as</source>
        <translation>Возможно, тот же человек, что и</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="101"/>
        <source>Same person…</source>
        <translation>Один человек…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="133"/>
        <source>To review: pairs that may be one person (nothing is merged by itself)</source>
        <translation>Проверить: пары, которые могут быть одним человеком (ничего не объединяется само)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="155"/>
        <source>Reading the archive…</source>
        <translation>Чтение архива…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/view.py" line="163"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="223"/>
        <location filename="../../app/ui/persons/view.py" line="230"/>
        <location filename="../../app/ui/persons/view.py" line="265"/>
        <source>Choose a person in the list first.</source>
        <translation>Сначала выберите человека в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="235"/>
        <source>Choose a pair to review first.</source>
        <translation>Сначала выберите пару для проверки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="240"/>
        <source>Same person</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="241"/>
        <source>Record that %1 and %2 are the same person?</source>
        <translation>Записать, что %1 и %2 — один и тот же человек?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="244"/>
        <source>Record as one person</source>
        <translation>Записать как одного человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="247"/>
        <source>Their testimonies and facts will be counted as one person. The decision is recorded in the audit trail and can be undone with Separate.</source>
        <translation>Их свидетельства и факты будут учитываться как один человек. Решение записывается в журнал аудита, его можно отменить кнопкой «Разделить».</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="259"/>
        <source>Recorded as one person.</source>
        <translation>Записано как один человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="269"/>
        <location filename="../../app/ui/persons/view.py" line="273"/>
        <source>Separate</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="270"/>
        <source>Undo the latest merge of %1?</source>
        <translation>Отменить последнее объединение для %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="275"/>
        <source>The person merged last becomes a person of its own again (audited).</source>
        <translation>Человек, присоединённый последним, снова становится отдельным (записывается в журнал аудита).</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="285"/>
        <source>Separated: two persons again.</source>
        <translation>Разделено: снова два человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="289"/>
        <source>Nothing was changed: the two are already one person.</source>
        <translation>Ничего не изменено: это уже один человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="292"/>
        <source>Nothing was changed: this person was not merged.</source>
        <translation>Ничего не изменено: этот человек не был объединён.</translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <location filename="../../app/ui/place_names.py" line="51"/>
        <source>en</source>
        <translation>ru</translation>
    </message>
</context>
<context>
    <name>QuickPage</name>
    <message>
        <location filename="../../app/ui/quick/page.py" line="41"/>
        <source>Keep it in our records</source>
        <translation>Хранить в наших записях</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="44"/>
        <source>Share it with the central organisation</source>
        <translation>Передать центральной организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="46"/>
        <source>Pass it to the United Nations</source>
        <translation>Передать в ООН</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="47"/>
        <source>Use it as evidence in court</source>
        <translation>Использовать как доказательство в суде</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="50"/>
        <source>Quote it in public reports without names</source>
        <translation>Цитировать в публичных отчётах без имён</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="54"/>
        <source>It is about themselves</source>
        <translation>Рассказывает о себе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="55"/>
        <source>Mother or father</source>
        <translation>Мать или отец</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="56"/>
        <source>Daughter or son</source>
        <translation>Дочь или сын</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="57"/>
        <source>Wife, husband or partner</source>
        <translation>Жена, муж или партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="58"/>
        <source>Sister or brother</source>
        <translation>Сестра или брат</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="59"/>
        <source>Grandmother or grandfather</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="60"/>
        <source>Another relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="61"/>
        <source>Friend</source>
        <translation>Друг или подруга</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="62"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="63"/>
        <source>Cellmate</source>
        <translation>Сокамерник</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="64"/>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="65"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="121"/>
        <source>Medical care was denied</source>
        <translation>В медицинской помощи отказали</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="123"/>
        <source>What was needed, e.g. insulin</source>
        <translation>Что было нужно, например инсулин</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="134"/>
        <source>Everything else (more persons, trials, ill-treatment…) is in &lt;a href=&apos;#&apos;&gt;all sections&lt;/a&gt; of the full form.</source>
        <translation>Всё остальное (другие лица, суды, жестокое обращение…) — во &lt;a href=&apos;#&apos;&gt;всех разделах&lt;/a&gt; полной формы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="140"/>
        <source>Who is speaking</source>
        <translation>Кто рассказывает</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="141"/>
        <source>Their name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="142"/>
        <source>Related to the person concerned as</source>
        <translation>Кем приходится ему или ей</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="143"/>
        <source>They agree that we…</source>
        <translation>Они согласны, чтобы мы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="146"/>
        <source>Agreed</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="147"/>
        <source>The person concerned</source>
        <translation>О ком свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="148"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="149"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="150"/>
        <source>Arrested on</source>
        <translation>Дата задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="151"/>
        <source>Arrested where</source>
        <translation>Где задержали</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="152"/>
        <source>Held at</source>
        <translation>Где содержится</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="153"/>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="154"/>
        <source>No contact since</source>
        <translation>Нет связи с</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="155"/>
        <source>Health condition</source>
        <translation>Состояние здоровья</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="157"/>
        <source>Care needed</source>
        <translation>Необходимая помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="158"/>
        <source>In their own words</source>
        <translation>Их словами</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="160"/>
        <source>Language of the account</source>
        <translation>Язык рассказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="161"/>
        <source>This interview</source>
        <translation>Это интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="162"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="163"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="164"/>
        <source>Country where it takes place</source>
        <translation>Страна, где проходит</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="165"/>
        <source>Language spoken</source>
        <translation>Язык разговора</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="166"/>
        <source>In person or remote</source>
        <translation>Лично или дистанционно</translation>
    </message>
</context>
<context>
    <name>ReceiptFolder</name>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="29"/>
        <source>No receipts will be written</source>
        <translation>Квитанции не будут записаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="30"/>
        <source>Write receipts for the senders into…</source>
        <translation>Записать квитанции для отправителей в…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="33"/>
        <source>A signed receipt tells each interviewer which of their testimonies the organisation now holds, so they can delete them from their laptop. Choose a folder of its own (receipts look like bundles), for example on the USB stick.</source>
        <translation>Подписанная квитанция сообщает каждому интервьюеру, какие из его свидетельств теперь есть у организации, чтобы он мог удалить их со своего ноутбука. Выберите для квитанций отдельную папку (квитанции выглядят как пакеты), например на флешке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="38"/>
        <source>No receipts</source>
        <translation>Без квитанций</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="59"/>
        <source>Write the receipts into</source>
        <translation>Куда записать квитанции</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="80"/>
        <source>No receipt written: no bundle was imported.</source>
        <translation>Квитанции не записаны: не импортировано ни одного пакета.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="86"/>
        <source>Receipts written: %1, into %2. Give them back to the interviewers the way the bundles came. Only the vault of the interviewer who sent a bundle can open its receipt (Bundles › Receipts from the organisation…); to anyone else it looks like any bundle.</source>
        <translation>Записано квитанций: %1, в %2. Передайте их интервьюерам тем же путём, каким пришли пакеты. Открыть квитанцию может только хранилище того интервьюера, который прислал пакет (Пакеты › Квитанции от организации…); для всех остальных она выглядит как обычный пакет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="97"/>
        <source>No receipt for bundle %1: %2</source>
        <translation>Нет квитанции для пакета %1: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptReport</name>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="25"/>
        <source>checked</source>
        <translation>проверена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="26"/>
        <source>different content</source>
        <translation>другое содержимое</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="27"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="28"/>
        <source>not read (cancelled)</source>
        <translation>не прочитана (отменено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="38"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="39"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="40"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="41"/>
        <location filename="../../app/ui/sync/receipt_report.py" line="50"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="42"/>
        <source>Received by the
organisation</source>
        <translation>Получено
организацией</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="43"/>
        <source>Versions
confirmed</source>
        <translation>Подтверждено
версий</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="44"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="51"/>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="52"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="33"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="41"/>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="80"/>
        <location filename="../../app/ui/sync/receipt_report.py" line="140"/>
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="100"/>
        <location filename="../../app/ui/sync/receipt_report.py" line="150"/>
        <source>bundle %1</source>
        <translation>пакет %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="114"/>
        <source>The organisation holds other content under your name: %1</source>
        <translation>У организации под вашим именем есть другое содержимое: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="117"/>
        <source>Signature checked.</source>
        <translation>Подпись проверена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="132"/>
        <source>confirmed: the organisation&apos;s receipt of %1</source>
        <translation>подтверждено: квитанция организации от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="136"/>
        <source>no receipt yet</source>
        <translation>квитанции пока нет</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="44"/>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="106"/>
        <source>Receipts from the organisation</source>
        <translation>Квитанции от организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="54"/>
        <source>For each bundle it imported, the organisation writes a signed receipt, which your coordinator sends back to you (a .age file, like a bundle). Sviedka checks its signature against the organisation card you trusted, then notes which of your testimonies the organisation holds exactly as you wrote them.</source>
        <translation>На каждый импортированный пакет организация создаёт подписанную квитанцию, которую ваш координатор присылает вам обратно (файл .age, как и пакет). Sviedka проверяет её подпись по карточке организации, которой вы доверяете, и отмечает, какие из ваших свидетельств есть у организации точно в том виде, в каком вы их записали.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="60"/>
        <source>Read receipts…</source>
        <translation>Прочитать квитанции…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="69"/>
        <source>Bundles you sent</source>
        <translation>Отправленные вами пакеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="71"/>
        <source>You have not exported any bundle yet.</source>
        <translation>Вы ещё не экспортировали ни одного пакета.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="76"/>
        <source>Safe at the organisation</source>
        <translation>Надёжно хранятся у организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="86"/>
        <source>A testimony counts once a receipt confirmed its latest version with all its attachments. New ones, ones edited since, and ones with an unsaved draft stay here until a later receipt confirms them.</source>
        <translation>Свидетельство засчитывается, когда квитанция подтвердила его последнюю версию со всеми вложениями. Новые свидетельства, изменённые с тех пор и те, у которых есть несохранённый черновик, остаются здесь, пока их не подтвердит следующая квитанция.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="92"/>
        <source>Delete them from this laptop…</source>
        <translation>Удалить их с этого ноутбука…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="124"/>
        <source>Choose the receipt files your coordinator sent back.</source>
        <translation>Выберите файлы квитанций, которые вам прислал координатор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="142"/>
        <source>Testimonies safe at the organisation: %1</source>
        <translation>Свидетельств, надёжно хранящихся у организации: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="155"/>
        <source>Choose the receipts</source>
        <translation>Выберите квитанции</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="155"/>
        <source>Sviedka receipts (*.age);;All files (*)</source>
        <translation>Квитанции Sviedka (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="167"/>
        <source>Checking the receipts…</source>
        <translation>Проверка квитанций…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="179"/>
        <source>Stopping after the receipt being checked…</source>
        <translation>Остановка после проверки текущей квитанции…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="190"/>
        <source>Receipts checked: %1 · rejected or not read: %2.</source>
        <translation>Проверено квитанций: %1 · отклонено или не прочитано: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="197"/>
        <source>Everything you exported is confirmed received.</source>
        <translation>Получение всего, что вы экспортировали, подтверждено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="200"/>
        <source>Exported testimonies the organisation has not confirmed yet: %1. Keep them; a later receipt will tell.</source>
        <translation>Экспортированных свидетельств, получение которых организация ещё не подтвердила: %1. Не удаляйте их; о них сообщит следующая квитанция.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="209"/>
        <source>The organisation holds other content under your name than what you wrote, for: %1.
Tell your coordinator, by phone: your key may be in someone else&apos;s hands, or an old copy of your vault was used. These versions are not counted as confirmed.</source>
        <translation>У организации под вашим именем есть не то содержимое, которое записали вы, для: %1.
Сообщите координатору по телефону: ваш ключ мог попасть в чужие руки или была использована старая копия вашего хранилища. Эти версии не считаются подтверждёнными.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="222"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="224"/>
        <source>Not read: %1</source>
        <translation>Не прочитано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="234"/>
        <source>Delete from this laptop?</source>
        <translation>Удалить с этого ноутбука?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="235"/>
        <source>Delete %n testimonies from this laptop?</source>
        <translation>
            <numerusform>Удалить %n свидетельство с этого ноутбука?</numerusform>
            <numerusform>Удалить %n свидетельства с этого ноутбука?</numerusform>
            <numerusform>Удалить %n свидетельств с этого ноутбука?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="240"/>
        <source>The organisation confirmed with its signed receipts that it holds these %n testimonies exactly as you last saved them, with all their attachments.

The organisation keeps its copy: deleting here is never sent to it.

Deleting cannot be undone: they will be gone from this laptop for good.

Testimonies the organisation has not confirmed stay on this laptop.</source>
        <translation>
            <numerusform>Организация подписанными квитанциями подтвердила, что у неё есть это %n свидетельство точно в том виде, в каком вы его последний раз сохранили, со всеми вложениями.

У организации остаётся её копия: удаление здесь никогда ей не передаётся.

Удаление невозможно отменить: оно исчезнет с этого ноутбука навсегда.

Свидетельства, которые организация не подтвердила, остаются на этом ноутбуке.</numerusform>
            <numerusform>Организация подписанными квитанциями подтвердила, что у неё есть эти %n свидетельства точно в том виде, в каком вы их последний раз сохранили, со всеми вложениями.

У организации остаётся её копия: удаление здесь никогда ей не передаётся.

Удаление невозможно отменить: они исчезнут с этого ноутбука навсегда.

Свидетельства, которые организация не подтвердила, остаются на этом ноутбуке.</numerusform>
            <numerusform>Организация подписанными квитанциями подтвердила, что у неё есть эти %n свидетельств точно в том виде, в каком вы их последний раз сохранили, со всеми вложениями.

У организации остаётся её копия: удаление здесь никогда ей не передаётся.

Удаление невозможно отменить: они исчезнут с этого ноутбука навсегда.

Свидетельства, которые организация не подтвердила, остаются на этом ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="236"/>
        <source>Delete %n testimonies</source>
        <translation>
            <numerusform>Удалить %n свидетельство</numerusform>
            <numerusform>Удалить %n свидетельства</numerusform>
            <numerusform>Удалить %n свидетельств</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="259"/>
        <source>Deleting… (this is not interrupted: wait for it)</source>
        <translation>Удаление… (его нельзя прервать: дождитесь завершения)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="275"/>
        <source>Deleted %n testimonies from this laptop; the organisation keeps its copies.</source>
        <translation>
            <numerusform>С этого ноутбука удалено %n свидетельство; у организации остаются её копии.</numerusform>
            <numerusform>С этого ноутбука удалены %n свидетельства; у организации остаются её копии.</numerusform>
            <numerusform>С этого ноутбука удалено %n свидетельств; у организации остаются её копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="285"/>
        <source>Kept %n that changed since they were counted (a later receipt will tell).</source>
        <translation>
            <numerusform>Оставлено %n свидетельство, которое изменилось после подсчёта (о нём сообщит следующая квитанция).</numerusform>
            <numerusform>Оставлены %n свидетельства, которые изменились после подсчёта (о них сообщит следующая квитанция).</numerusform>
            <numerusform>Оставлено %n свидетельств, которые изменились после подсчёта (о них сообщит следующая квитанция).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="294"/>
        <source>Also removed %n older copies of the vault (kept from an upgrade) that still held them.</source>
        <translation>
            <numerusform>Также удалена %n старая копия хранилища (сохранённая при обновлении), в которой они ещё оставались.</numerusform>
            <numerusform>Также удалены %n старые копии хранилища (сохранённые при обновлении), в которых они ещё оставались.</numerusform>
            <numerusform>Также удалено %n старых копий хранилища (сохранённых при обновлении), в которых они ещё оставались.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefRegistry</name>
    <message>
        <location filename="../../app/ui/editor/refs.py" line="44"/>
        <source>Person %1, no name yet</source>
        <translation>Лицо %1, пока без имени</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="25"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="26"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="27"/>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="28"/>
        <source>Information links</source>
        <translation>Источники сведений</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="29"/>
        <source>Detention episodes</source>
        <translation>Эпизоды задержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="30"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="31"/>
        <source>Ill-treatment acts</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="32"/>
        <source>Detention conditions</source>
        <translation>Условия содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="33"/>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="34"/>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="35"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманитарные критерии</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="36"/>
        <source>Deaths in detention</source>
        <translation>Смерть в заключении</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="37"/>
        <source>Prosecutions</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="38"/>
        <source>Administrative cases</source>
        <translation>Административные дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="39"/>
        <source>“Extremist” and “terrorist” lists</source>
        <translation>Списки «экстремистов» и «террористов»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="40"/>
        <source>Solidarity persecution</source>
        <translation>Преследование за помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="41"/>
        <source>Transnational incidents</source>
        <translation>Преследование эмигрантов</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="42"/>
        <source>Property</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="43"/>
        <source>Recruitment attempts</source>
        <translation>Попытки вербовки</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="44"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="45"/>
        <source>Event links</source>
        <translation>Связи событий</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="46"/>
        <source>Field notes</source>
        <translation>Примечания к полям</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="47"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="48"/>
        <source>Attachments described</source>
        <translation>Описание вложений</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="20"/>
        <source>waiting for approval</source>
        <translation>ждёт одобрения</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="21"/>
        <source>added from card</source>
        <translation>добавлен из карточки</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="22"/>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="23"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="44"/>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="46"/>
        <source>Last sequence</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="47"/>
        <source>Held bundles</source>
        <translation>Пакеты в карантине</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="48"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="49"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="58"/>
        <source>Sequence</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="59"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="60"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="61"/>
        <source>Why it is held</source>
        <translation>Почему в карантине</translation>
    </message>
</context>
<context>
    <name>SendersDialog</name>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="29"/>
        <location filename="../../app/ui/sync/senders_dialog.py" line="73"/>
        <source>Senders</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="40"/>
        <source>Organisation: %1 — fingerprint %2</source>
        <translation>Организация: %1 — отпечаток %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="44"/>
        <source>Save the organisation card…</source>
        <translation>Сохранить карточку организации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="228"/>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="48"/>
        <source>Add card…</source>
        <translation>Добавить карточку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="49"/>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="50"/>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="51"/>
        <source>Accept missing earlier bundles</source>
        <translation>Не ждать недошедших предыдущих пакетов</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="54"/>
        <source>Import held bundles even when bundles sent before them never arrived (a lost USB stick). Without this they wait for the missing ones.</source>
        <translation>Импортировать пакеты из карантина, даже если пакеты, отправленные раньше них, так и не дошли (потерянная флешка). Без этого они ждут недостающих.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="105"/>
        <source>No senders yet. Add an interviewer&apos;s card, or import their bundles: they wait in quarantine until you approve the sender.</source>
        <translation>Отправителей пока нет. Добавьте карточку интервьюера или импортируйте его пакеты: они будут ждать в карантине, пока вы не одобрите отправителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="138"/>
        <source>Held bundles of %1</source>
        <translation>Пакеты в карантине от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="147"/>
        <source>Save the organisation card</source>
        <translation>Сохранить карточку организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="148"/>
        <source>Cards (*.json)</source>
        <translation>Карточки (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="159"/>
        <source>Card saved to %1. Interviewers compare its fingerprint with you: %2</source>
        <translation>Карточка сохранена в %1. Интервьюеры сверяют с вами её отпечаток: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="167"/>
        <source>Choose the interviewer&apos;s card</source>
        <translation>Выберите карточку интервьюера</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="168"/>
        <source>Interviewer cards (*.json *.card);;All files (*)</source>
        <translation>Карточки интервьюеров (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="181"/>
        <source>Add this interviewer?</source>
        <translation>Добавить этого интервьюера?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="182"/>
        <source>Bundles signed with this key will be imported without waiting for approval.</source>
        <translation>Пакеты, подписанные этим ключом, будут импортироваться без ожидания одобрения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="186"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="195"/>
        <source>Sender %1 added.</source>
        <translation>Отправитель %1 добавлен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="205"/>
        <source>Approve this sender?</source>
        <translation>Одобрить этого отправителя?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="206"/>
        <source>Held bundles to import after the approval: %1.</source>
        <translation>Пакетов в карантине, которые будут импортированы после одобрения: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="212"/>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="219"/>
        <source>Sender %1 approved.</source>
        <translation>Отправитель %1 одобрен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="230"/>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="238"/>
        <source>Call the interviewer on the phone (not by message or e-mail) and ask them to read the fingerprint of their key aloud: Sviedka shows it in their Export window. Go on only if all eight groups match. Another fingerprint means someone else made these bundles.</source>
        <translation>Позвоните интервьюеру (именно звонок, а не сообщение или электронное письмо) и попросите прочитать вслух отпечаток его ключа: Sviedka показывает его в окне «Экспорт для организации». Продолжайте, только если совпадают все восемь групп. Другой отпечаток означает, что эти пакеты создал кто-то другой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="258"/>
        <source>Revoke this sender?</source>
        <translation>Отозвать этого отправителя?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="260"/>
        <source>Revoke %1? Its bundles will no longer be imported, only kept in quarantine. What was imported from it stays. A revoked key cannot be approved again.</source>
        <translation>Отозвать %1? Его пакеты больше не будут импортироваться, а только храниться в карантине. То, что от него уже импортировано, останется. Отозванный ключ нельзя одобрить снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="263"/>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="277"/>
        <source>Sender %1 revoked: its bundles will be quarantined, not imported.</source>
        <translation>Отправитель %1 отозван: его пакеты будут попадать в карантин, а не импортироваться.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="288"/>
        <source>Importing the held bundles… (this is not interrupted: wait for it)</source>
        <translation>Импорт пакетов из карантина… (его нельзя прервать: дождитесь завершения)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="31"/>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Hide names on screen (privacy screen)</source>
        <translation>Скрывать имена на экране (экран приватности)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Names show as initials and birth dates as dots in every list and dialog. A name shows in full while you type in its field, and in a list on the row you are on while the list has the keyboard focus.</source>
        <translation>Имена показываются инициалами, а даты рождения — точками во всех списках и окнах. Имя видно полностью, пока вы пишете в его поле, а в списке — в строке, на которой вы стоите, пока список имеет фокус клавиатуры.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Lock after inactivity</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <source>The language was not changed: the screen is rebuilt in a new language, so save or discard the open testimony first. The other settings apply.</source>
        <translation>Язык не изменён: на новом языке экран строится заново, поэтому сначала сохраните открытое свидетельство или отмените изменения. Остальные настройки уже действуют.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="59"/>
        <source>Share under consent</source>
        <translation>Передача по согласию</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="78"/>
        <source>One row per person</source>
        <translation>Строка на каждого человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="79"/>
        <source>One row per act</source>
        <translation>Строка на каждый акт</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="85"/>
        <source>Only the people chosen</source>
        <translation>Только выбранные люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="98"/>
        <source>Write the file…</source>
        <translation>Записать файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="101"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="105"/>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="106"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="107"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="108"/>
        <source>Labels in</source>
        <translation>Названия на языке</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="111"/>
        <source>Testimonies that would leave</source>
        <translation>Свидетельства, которые будут переданы</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="112"/>
        <source>People named</source>
        <translation>Люди с именами</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="113"/>
        <source>People only as a case code</source>
        <translation>Люди только под шифром</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="114"/>
        <source>People left out</source>
        <translation>Люди, которых не будет в файле</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="115"/>
        <source>Testimonies kept back whole</source>
        <translation>Свидетельства, не переданные целиком</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="118"/>
        <source>Before writing:</source>
        <translation>До записи:</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="156"/>
        <source>One row per act is for CSV and xlsx.</source>
        <translation>Строка на каждый акт — только для CSV и xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="170"/>
        <source>Counting what consent allows…</source>
        <translation>Считаем, что позволяет согласие…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="189"/>
        <source>Nobody consented to this use: the file would hold no one.</source>
        <translation>Никто не дал согласия на такую передачу: в файле не будет никого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="202"/>
        <source>Write the hand-over to</source>
        <translation>Куда записать передачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="218"/>
        <source>Writing %1…</source>
        <translation>Записываем %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="230"/>
        <source>Nobody consented to this use: wrote %1 with no one in it.</source>
        <translation>Никто не дал согласия на такую передачу: записан %1, в нём никого нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="234"/>
        <source>Wrote %1: %2 testimonies; people named: %3, only as a case code: %4, left out: %5.</source>
        <translation>Записан %1. Свидетельства: %2; люди с именами: %3, только под шифром: %4, не включены: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="250"/>
        <source>The file could not be written (%1); nothing was written.</source>
        <translation>Файл не удалось записать (%1); ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="255"/>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="18"/>
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа ООН по произвольным задержаниям</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="19"/>
        <source>UN Special Rapporteur on Belarus</source>
        <translation>Специальный докладчик ООН по Беларуси</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="20"/>
        <source>UN Group of Independent Experts on Belarus</source>
        <translation>Группа независимых экспертов ООН по Беларуси</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="23"/>
        <source>International Accountability Platform for Belarus</source>
        <translation>Международная платформа привлечения к ответственности для Беларуси (IAPB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="26"/>
        <source>A prosecutor or a court</source>
        <translation>Прокурор или суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="27"/>
        <source>A partner organisation</source>
        <translation>Партнёрская организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="28"/>
        <source>Publication with names</source>
        <translation>Публикация с именами</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="29"/>
        <source>Anonymised publication</source>
        <translation>Анонимная публикация</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="32"/>
        <source>Table (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="33"/>
        <source>Spreadsheet (Excel, xlsx)</source>
        <translation>Электронная таблица (Excel, xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="34"/>
        <source>Records (JSON)</source>
        <translation>Записи (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="35"/>
        <source>Uwazi import (CSV)</source>
        <translation>Импорт в Uwazi (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="36"/>
        <source>Case dossiers (PDF)</source>
        <translation>Досье по делам (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="39"/>
        <source>the informant withdrew consent</source>
        <translation>информант отозвал согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="42"/>
        <source>the informant did not consent to this use</source>
        <translation>информант не дал согласия на такую передачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="45"/>
        <source>a part marked sensitive could not be found in the testimony</source>
        <translation>часть, отмеченная как чувствительная, не найдена в свидетельстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="48"/>
        <source>a name that may not leave is still in the testimony</source>
        <translation>в свидетельстве осталось имя, которое нельзя передавать</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="51"/>
        <source>withdrew their own consent</source>
        <translation>отозвали своё согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="52"/>
        <source>alleged perpetrators</source>
        <translation>предполагаемые нарушители</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="53"/>
        <source>the informant did not consent to share about others</source>
        <translation>информант не дал согласия передавать сведения о других</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="56"/>
        <source>did not consent for themselves</source>
        <translation>не давали согласия сами</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="59"/>
        <source>marked sensitive</source>
        <translation>отмечены как чувствительные</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="60"/>
        <source>consented</source>
        <translation>дали согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="62"/>
        <source>The file is outside the vault&apos;s protection: it is not encrypted, and anyone who gets it can read it. Hand it over the way the partner agreed, then delete your copy.</source>
        <translation>Файл вне защиты хранилища: он не зашифрован, и любой, к кому он попадёт, может его прочитать. Передайте его так, как договорились с партнёром, а затем удалите свою копию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="90"/>
        <source>Only as a case code, %1: %2</source>
        <translation>Только под шифром, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="92"/>
        <source>Left out, %1: %2</source>
        <translation>Не включены, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="97"/>
        <source>Testimonies kept back whole, %1: %2</source>
        <translation>Свидетельства, не переданные целиком, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/opening.py" line="22"/>
        <source>Only the %1 persons behind the figure</source>
        <translation>Только люди за этой цифрой (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/opening.py" line="28"/>
        <source>Only the person selected in Persons</source>
        <translation>Только человек, выбранный в «Людях»</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/ui/editor/summaries.py" line="50"/>
        <source>Art. %1</source>
        <translation>ст. %1</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="166"/>
        <source>Handling of this record</source>
        <translation>Конфиденциальность и статус записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="24"/>
        <source>Alt+Up / Alt+Down (or Ctrl+PgUp / Ctrl+PgDn): previous / next section.
Tab / Shift+Tab: next / previous field.
In a list: Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.
In a picker: type to search; F4 opens the list.</source>
        <translation>Alt+Up / Alt+Down (или Ctrl+PgUp / Ctrl+PgDn): предыдущий / следующий раздел.
Tab / Shift+Tab: следующее / предыдущее поле.
В списке: Ctrl+N добавляет запись, Delete удаляет её, Ctrl+Shift+Up/Down перемещает её.
В поле выбора: начните вводить текст для поиска; F4 открывает список.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="340"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="345"/>
        <source>Problems: %1</source>
        <translation>Проблем: %1</translation>
    </message>
</context>
<context>
    <name>TestimonyList</name>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="25"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="26"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="27"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="31"/>
        <source>incommunicado</source>
        <translation>инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="32"/>
        <source>humanitarian</source>
        <translation>гуманитарные критерии</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="33"/>
        <source>Art. 411</source>
        <translation>ст. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="34"/>
        <source>in absentia</source>
        <translation>заочно</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="35"/>
        <source>death in detention</source>
        <translation>смерть в заключении</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="36"/>
        <source>transnational</source>
        <translation>транснац. репрессии</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="37"/>
        <source>arrest on return</source>
        <translation>задержание по возвращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="38"/>
        <source>solidarity</source>
        <translation>солидарность</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="39"/>
        <source>death after release</source>
        <translation>смерть после освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="40"/>
        <source>held beyond term</source>
        <translation>содержится сверх срока</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="41"/>
        <source>administrative case</source>
        <translation>административное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="42"/>
        <source>on a list</source>
        <translation>в списке</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="43"/>
        <source>property</source>
        <translation>имущество</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="44"/>
        <source>recruitment</source>
        <translation>вербовка</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="45"/>
        <source>intervention</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="48"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="49"/>
        <source>complete</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="50"/>
        <source>reviewed</source>
        <translation>проверено</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="39"/>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="40"/>
        <source>Held at</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="41"/>
        <source>Punishment cell</source>
        <translation>Дисциплинарная изоляция</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="42"/>
        <source>Transfer</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="43"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="44"/>
        <source>Police supervision</source>
        <translation>Превентивный надзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="45"/>
        <source>Exit ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="46"/>
        <source>KGB recruitment attempt</source>
        <translation>Попытка вербовки КГБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="47"/>
        <source>Incommunicado</source>
        <translation>Инкоммуникадо</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="48"/>
        <source>Trial</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="49"/>
        <source>Verdict</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="50"/>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="51"/>
        <source>Death in detention</source>
        <translation>Смерть в заключении</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="52"/>
        <source>Persecution for solidarity</source>
        <translation>Преследование за помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="53"/>
        <source>Transnational repression</source>
        <translation>Транснациональные репрессии</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="54"/>
        <source>Administrative case</source>
        <translation>Административное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="55"/>
        <source>Put on a list</source>
        <translation>Внесён в список</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="56"/>
        <source>Action against property</source>
        <translation>Действия против имущества</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="57"/>
        <source>Death after release</source>
        <translation>Смерть после освобождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="58"/>
        <source>Medical care denied</source>
        <translation>Отказано в медицинской помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="61"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="62"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="63"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="64"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="65"/>
        <source>Recorded as</source>
        <translation>Записано как</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="66"/>
        <source>Testimony</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="89"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="97"/>
        <source>Timeline of %1</source>
        <translation>Хронология: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="108"/>
        <source>Collecting events…</source>
        <translation>Сбор событий…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="123"/>
        <source>Could not collect the events.</source>
        <translation>Не удалось собрать события.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="148"/>
        <source>Testimony %1</source>
        <translation>Свидетельство %1</translation>
    </message>
</context>
<context>
    <name>TokensNode</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="207"/>
        <source>Codes separated by commas, e.g. BY, PL</source>
        <translation>Коды через запятую, например BY, PL</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="60"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="62"/>
        <source>Something went wrong. Your vault is safe: everything you saved is still in it, encrypted.</source>
        <translation>Что-то пошло не так. Ваше хранилище в безопасности: всё, что вы сохранили, по-прежнему в нём и зашифровано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="69"/>
        <source>The last action may not have finished: check it and try again. If this happens again, lock the vault and start Sviedka again. The error&apos;s details were not written anywhere, so nothing from your testimonies left the vault.</source>
        <translation>Последнее действие могло не завершиться: проверьте его и попробуйте ещё раз. Если это повторится, заблокируйте хранилище и запустите Sviedka заново. Подробности ошибки никуда не записаны, поэтому ничего из ваших свидетельств не покинуло хранилище.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="20"/>
        <source>Vault locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="25"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="32"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="55"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/lock/unlock_screen.py" line="62"/>
        <source>Updating the search index for this version of Sviedka (%n testimonies)…</source>
        <translation>
            <numerusform>Обновляется поисковый индекс для этой версии Sviedka (%n свидетельство)…</numerusform>
            <numerusform>Обновляется поисковый индекс для этой версии Sviedka (%n свидетельства)…</numerusform>
            <numerusform>Обновляется поисковый индекс для этой версии Sviedka (%n свидетельств)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="29"/>
        <source>was: %1</source>
        <translation>было: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="30"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="31"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="32"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="33"/>
        <source>Handling of this record</source>
        <translation>Конфиденциальность и статус записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="34"/>
        <source>Other answers</source>
        <translation>Другие ответы</translation>
    </message>
</context>
<context>
    <name>VersionWords</name>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="32"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="33"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="34"/>
        <source>Person %1, no name yet</source>
        <translation>Лицо %1, пока без имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="35"/>
        <source>(no longer in this record)</source>
        <translation>(больше нет в этой записи)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="36"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="37"/>
        <source>not a calendar date</source>
        <translation>несуществующая дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="38"/>
        <source>about %1</source>
        <translation>приблизительно %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../../app/ui/view_bar.py" line="30"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="33"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Свидетельства</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="34"/>
        <source>&amp;Persons</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="35"/>
        <source>&amp;Figures</source>
        <translation>&amp;Показатели</translation>
    </message>
</context>
<context>
    <name>VocabNode</name>
    <message>
        <location filename="../../app/ui/editor/choices.py" line="134"/>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
</context>
</TS>
