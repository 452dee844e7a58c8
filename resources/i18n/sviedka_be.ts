<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="49"/>
        <source>Attachments</source>
        <translation>Далучаныя файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="60"/>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="66"/>
        <source>Add file…</source>
        <translation>Дадаць файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="67"/>
        <source>Save a copy…</source>
        <translation>Захаваць копію…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="77"/>
        <source>No preview for this kind of file.</source>
        <translation>Для файлаў гэтага тыпу няма папярэдняга прагляду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="109"/>
        <source>Attach a file</source>
        <translation>Далучыць файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="113"/>
        <source>Describe the file</source>
        <translation>Апішыце файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="113"/>
        <source>What is it? (searchable)</source>
        <translation>Што гэта? (па апісанні можна шукаць)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="121"/>
        <source>Encrypting %1 into the vault…</source>
        <translation>Файл %1 шыфруецца ў сховішча…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="130"/>
        <source>Save a decrypted copy?</source>
        <translation>Захаваць расшыфраваную копію?</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="132"/>
        <source>The copy will NOT be encrypted. Anyone who gets this computer or the place you save it to can read it, and it may be found at a border check. Save it only if you must, and delete it when done.</source>
        <translation>Копія НЕ будзе зашыфраваная. Любы, да каго трапіць гэты камп&apos;ютар або месца, куды вы яе захаваеце, зможа яе прачытаць, а пры праверцы на мяжы яе могуць знайсці. Захоўвайце копію, толькі калі без гэтага не абысціся, і выдаліце яе, калі скончыце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="141"/>
        <source>Save a copy as</source>
        <translation>Захаваць копію як</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="148"/>
        <source>Saving a copy…</source>
        <translation>Захаванне копіі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="152"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="175"/>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/attachments.py" line="181"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Скасавана; нічога не захавана.</translation>
    </message>
</context>
<context>
    <name>BoolNode</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="350"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="351"/>
        <source>no</source>
        <translation>не</translation>
    </message>
</context>
<context>
    <name>BundleErrors</name>
    <message>
        <location filename="../../app/ui/parts.py" line="37"/>
        <source>The file system refused: %1</source>
        <translation>Файлавая сістэма не дазволіла выканаць аперацыю: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/parts.py" line="40"/>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>Нешта пайшло не так (%1); нічога не зменена.</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="51"/>
        <source>Export for the organisation…</source>
        <translation>Экспарт для арганізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="52"/>
        <source>Trust an organisation card…</source>
        <translation>Давяраць картцы арганізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="53"/>
        <source>Receipts from the organisation…</source>
        <translation>Квітанцыі ад арганізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="55"/>
        <source>Import bundles…</source>
        <translation>Імпарт пакетаў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="56"/>
        <source>Senders…</source>
        <translation>Адпраўнікі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="57"/>
        <source>Held bundles…</source>
        <translation>Пакеты ў каранціне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="58"/>
        <source>Consent notices…</source>
        <translation>Паведамленні пра згоду…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="89"/>
        <source>Only in the coordinator&apos;s vault, which holds the organisation&apos;s key. To make a vault the organisation&apos;s, run once, on the coordinator&apos;s computer: sviedka org init --name NAME</source>
        <translation>Толькі ў сховішчы каардынатара, у якім захоўваецца ключ арганізацыі. Каб зрабіць сховішча сховішчам арганізацыі, адзін раз выканайце на камп&apos;ютары каардынатара: sviedka org init --name NAME</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="128"/>
        <source>Export</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="207"/>
        <source>Receipts</source>
        <translation>Квітанцыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="184"/>
        <source>This is the organisation&apos;s vault</source>
        <translation>Гэта сховішча арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/menu.py" line="186"/>
        <source>Receipts are read on the interviewers&apos; laptops: they tell an interviewer which testimonies the organisation holds, so they can be deleted there.

Here you write them: in Import bundles… or Senders…, choose “Write receipts for the senders into…” before importing, and give the files back to the interviewers the way their bundles came.</source>
        <translation>Квітанцыі чытаюць на ноўтбуках інтэрв&apos;юераў: з іх інтэрв&apos;юер даведваецца, якія сведчанні ўжо ёсць у арганізацыі, каб іх можна было выдаліць там.

Тут вы іх запісваеце: у «Імпарт пакетаў…» або «Адпраўнікі…» перад імпартам выберыце «Запісаць квітанцыі для адпраўнікоў у…» і перадайце файлы інтэрв&apos;юерам тым жа шляхам, якім прыйшлі іх пакеты.</translation>
    </message>
</context>
<context>
    <name>BundleReasons</name>
    <message>
        <location filename="../../app/ui/sync/words.py" line="153"/>
        <source>From a sender you have not approved.</source>
        <translation>Ад адпраўніка, якога вы не зацвердзілі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="154"/>
        <source>From a sender you revoked.</source>
        <translation>Ад адпраўніка, якога вы адклікалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="155"/>
        <source>Earlier bundles of this sender have not arrived yet.</source>
        <translation>Папярэднія пакеты гэтага адпраўніка яшчэ не паступілі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="158"/>
        <source>It gives versions the archive holds with other content.</source>
        <translation>У ім ёсць версіі, якія архіў ужо захоўвае з іншым зместам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="161"/>
        <source>It brings testimonies another interviewer sent first.</source>
        <translation>У ім сведчанні, якія першым даслаў іншы інтэрв&apos;юер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="56"/>
        <source>The bundle is not addressed to this organisation.</source>
        <translation>Пакет адрасаваны не гэтай арганізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="55"/>
        <source>The bundle is larger than an import allows.</source>
        <translation>Пакет большы, чым дазваляе імпарт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="54"/>
        <source>The file cannot be read.</source>
        <translation>Файл немагчыма прачытаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="59"/>
        <source>The file is not a bundle this organisation can open.</source>
        <translation>Файл не з&apos;яўляецца пакетам, які гэтая арганізацыя можа адкрыць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="60"/>
        <source>The bundle&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпіс пакета не сыходзіцца: пакет мог быць зменены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="63"/>
        <source>The bundle is damaged or was altered: nothing of it was imported.</source>
        <translation>Пакет пашкоджаны або зменены: з яго нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="66"/>
        <source>The bundle names another author than the key that signed it.</source>
        <translation>Пакет называе аўтарам не той ключ, якім ён падпісаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="69"/>
        <source>The sender&apos;s audit trail differs from the one received before: it may have been rewritten.</source>
        <translation>Журнал дзеянняў адпраўніка адрозніваецца ад атрыманага раней: яго маглі перапісаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="73"/>
        <source>The bundle holds a testimony that is not valid: nothing of it was imported.</source>
        <translation>У пакеце ёсць несапраўднае сведчанне: з яго нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="76"/>
        <source>An attachment of the bundle clashes with one the archive holds.</source>
        <translation>Далучаны файл пакета супярэчыць таму, які ўжо ёсць у архіве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="120"/>
        <source>The bundle was made for other recipients: it was re-encrypted or forwarded.</source>
        <translation>Пакет быў зроблены для іншых атрымальнікаў: яго перашыфравалі або пераслалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="130"/>
        <source>Another bundle was imported under this bundle&apos;s id: this one is refused.</source>
        <translation>Пад ідэнтыфікатарам гэтага пакета ўжо імпартаваны іншы пакет: гэты адхілены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="133"/>
        <source>The bundle is not newer than the last one imported from its sender: it was sent again.</source>
        <translation>Пакет не навейшы за апошні імпартаваны ад гэтага адпраўніка: яго даслалі паўторна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="137"/>
        <source>Not kept: the quarantine is full. Decide on the held bundles first.</source>
        <translation>Не захаваны: каранцін запоўнены. Спачатку вырашыце лёс затрыманых пакетаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="140"/>
        <source>Not kept: too many bundles of senders you have not approved are held. Approve the senders you know and discard the rest first.</source>
        <translation>Не захаваны: затрымана занадта шмат пакетаў ад адпраўнікоў, якіх вы не зацвердзілі. Спачатку зацвердзіце знаёмых адпраўнікоў, а астатнія пакеты выдаліце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="145"/>
        <source>Not kept: too many bundles of this sender are held. Approve it after comparing its fingerprint, or discard its bundles.</source>
        <translation>Не захаваны: затрымана занадта шмат пакетаў гэтага адпраўніка. Зацвердзіце яго, параўнаўшы адбітак ключа, або выдаліце яго пакеты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="150"/>
        <source>The import failed: nothing of this bundle was imported.</source>
        <translation>Імпарт не ўдаўся: з гэтага пакета нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="169"/>
        <source>The receipt is not addressed to this laptop.</source>
        <translation>Квітанцыя адрасаваная не гэтаму ноўтбуку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="83"/>
        <source>The receipt answers a bundle this laptop did not send.</source>
        <translation>Квітанцыя адказвае на пакет, які гэты ноўтбук не адпраўляў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="80"/>
        <source>The receipt&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпіс квітанцыі не сыходзіцца: яе маглі змяніць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="79"/>
        <source>The receipt is damaged or was altered.</source>
        <translation>Квітанцыя пашкоджаная або зменена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="198"/>
        <source>Held until you decide.</source>
        <translation>Затрыманы, пакуль вы не вырашыце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="164"/>
        <source>This bundle was imported before.</source>
        <translation>Гэты пакет ужо імпартаваны раней.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="242"/>
        <source>Not imported: the import was cancelled before this file was done.</source>
        <translation>Не імпартавана: імпарт скасавалі, перш чым гэты файл быў апрацаваны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="165"/>
        <source>Conflicting versions, the archive&apos;s content kept: %1</source>
        <translation>Супярэчлівыя версіі, захаваны змест архіва: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="168"/>
        <source>Testimonies of other senders left out: %1</source>
        <translation>Сведчанні іншых адпраўнікоў не ўключаны: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="173"/>
        <source>The receipt is not signed by the organisation this laptop trusts.</source>
        <translation>Квітанцыя падпісана не той арганізацыяй, якой давярае гэты ноўтбук.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="183"/>
        <source>This is an interviewer&apos;s card, not an organisation&apos;s.</source>
        <translation>Гэта картка інтэрв&apos;юера, а не арганізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="186"/>
        <source>This is an organisation&apos;s card, not an interviewer&apos;s.</source>
        <translation>Гэта картка арганізацыі, а не інтэрв&apos;юера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="180"/>
        <source>The card file cannot be read.</source>
        <translation>Файл карткі немагчыма прачытаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="87"/>
        <source>The card&apos;s signature does not check: it may have been altered.</source>
        <translation>Подпіс карткі не сыходзіцца: яе маглі змяніць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="86"/>
        <source>This file is not a valid Sviedka card.</source>
        <translation>Гэты файл не з&apos;яўляецца сапраўднай карткай Sviedka.</translation>
    </message>
</context>
<context>
    <name>BundleReport</name>
    <message>
        <location filename="../../app/ui/sync/report.py" line="25"/>
        <source>imported</source>
        <translation>імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="26"/>
        <source>duplicate</source>
        <translation>дублікат</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="27"/>
        <source>quarantined</source>
        <translation>у каранціне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="28"/>
        <source>rejected</source>
        <translation>адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="29"/>
        <source>not imported (cancelled)</source>
        <translation>не імпартаваны (скасавана)</translation>
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
        <translation>Адпраўнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="43"/>
        <source>Sequence</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="44"/>
        <source>New
testimonies</source>
        <translation>Новыя
сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="45"/>
        <source>New
versions</source>
        <translation>Новыя
версіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="46"/>
        <source>Duplicates</source>
        <translation>Дублікаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="47"/>
        <source>Attachments</source>
        <translation>Далучаныя файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="48"/>
        <source>Reason</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="65"/>
        <source>held bundle %1</source>
        <translation>пакет %1 з каранціну</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="75"/>
        <source>Imported: %1 · duplicates: %2 · quarantined: %3 · rejected: %4.</source>
        <translation>Імпартавана: %1 · дублікатаў: %2 · у каранціне: %3 · адхілена: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="85"/>
        <source>New in the archive: %1 testimonies, %2 versions.</source>
        <translation>Новае ў архіве: сведчанняў — %1, версій — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="92"/>
        <source>Came in: %1</source>
        <translation>Паступілі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="97"/>
        <source>Sharing ended (consent withdrawn or deleted), stop using: %1</source>
        <translation>Перадача спынена (згода адклікана або сведчанне выдалена), больш не выкарыстоўвайце: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="102"/>
        <source>Cancelled: files not imported: %1.</source>
        <translation>Скасавана: не імпартавана файлаў: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/report.py" line="116"/>
        <source>and %1 more</source>
        <translation>і яшчэ %1</translation>
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
        <translation>Выберыце картку арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="42"/>
        <source>Organisation cards (*.json *.card);;All files (*)</source>
        <translation>Карткі арганізацый (*.json *.card);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="58"/>
        <source>This replaces the card trusted now: %1 (%2).</source>
        <translation>Яна заменіць картку, якой вы давяраеце цяпер: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="64"/>
        <source>Trust this organisation card?</source>
        <translation>Давяраць гэтай картцы арганізацыі?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="66"/>
        <source>Bundles you export will be encrypted to this organisation: only it will be able to open them.</source>
        <translation>Пакеты, якія вы экспартуеце, будуць зашыфраваныя для гэтай арганізацыі: адкрыць іх зможа толькі яна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="70"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="71"/>
        <source>Encrypted to (age)</source>
        <translation>Шыфруецца для (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="72"/>
        <source>Signing key id</source>
        <translation>Ідэнтыфікатар ключа подпісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="76"/>
        <source>Call your coordinator on the phone (not by message or e-mail) and ask them to read the organisation&apos;s fingerprint aloud. Trust the card only if all eight groups match. A card with another fingerprint may come from someone who wants to read your testimonies.</source>
        <translation>Патэлефануйце свайму каардынатару (менавіта званок, а не паведамленне або электронны ліст) і папрасіце прачытаць уголас адбітак арганізацыі. Давярайце картцы, толькі калі супадаюць усе восем груп. Картку з іншым адбіткам мог даслаць той, хто хоча прачытаць вашы сведчанні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/trust_dialog.py" line="81"/>
        <source>Trust</source>
        <translation>Давяраць</translation>
    </message>
</context>
<context>
    <name>CheckListNode</name>
    <message>
        <location filename="../../app/ui/editor/choices.py" line="264"/>
        <source>Filter…</source>
        <translation>Фільтр…</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../app/ui/quick/fields.py" line="40"/>
        <source>Type to search…</source>
        <translation>Пачніце ўводзіць для пошуку…</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="27"/>
        <source>Create your vault</source>
        <translation>Стварыце сховішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="31"/>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase: several unrelated words you will remember.</source>
        <translation>Усё, што вы запісваеце, захоўваецца ў зашыфраваным сховішчы на гэтым камп&apos;ютары. Прыдумайце парольную фразу: некалькі не звязаных паміж сабой слоў, якія вы запомніце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="38"/>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the organisation, not the developers. There is no reset.</source>
        <translation>Калі вы забудзеце гэтую парольную фразу, сховішча не зможа адкрыць ніхто: ні вы, ні арганізацыя, ні распрацоўшчыкі. Скінуць яе немагчыма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="58"/>
        <source>Create vault</source>
        <translation>Стварыць сховішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="63"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="64"/>
        <source>Repeat it</source>
        <translation>Паўтарыце яе</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="65"/>
        <source>Strength</source>
        <translation>Надзейнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="101"/>
        <source>Too weak: it is a common password or close to one. Use four or more unrelated words.</source>
        <translation>Занадта слабая: гэта распаўсюджаны пароль або амаль ён. Вазьміце чатыры або больш не звязаных паміж сабой слоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="105"/>
        <source>Too weak: years and dates are among the first things guessed. Use four or more unrelated words.</source>
        <translation>Занадта слабая: гады і даты падбіраюць у першую чаргу. Вазьміце чатыры або больш не звязаных паміж сабой слоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="109"/>
        <source>Too weak: keyboard rows, sequences and repeats are easy to guess. Use four or more unrelated words.</source>
        <translation>Занадта слабая: рады клавіш, паслядоўнасці і паўторы лёгка падабраць. Вазьміце чатыры або больш не звязаных паміж сабой слоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="112"/>
        <source>Too weak: it is too short. Use four or more unrelated words.</source>
        <translation>Занадта слабая: фраза занадта кароткая. Вазьміце чатыры або больш не звязаных паміж сабой слоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="98"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Сярэдняя: яшчэ некалькі слоў зробяць яе надзейнай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="96"/>
        <source>Strong.</source>
        <translation>Надзейная.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Парольныя фразы не супадаюць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/create_screen.py" line="125"/>
        <source>Creating the vault…</source>
        <translation>Стварэнне сховішча…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="131"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="133"/>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Захаваць новую версію (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="134"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="137"/>
        <source>Attachments</source>
        <translation>Далучаныя файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="140"/>
        <source>Recordings and photographed papers, encrypted in the vault</source>
        <translation>Аўдыя- і відэазапісы і фота дакументаў, зашыфраваныя ў сховішчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="143"/>
        <source>Back to the list</source>
        <translation>Назад да спісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="174"/>
        <source>Back to the list of testimonies (Alt+Left)</source>
        <translation>Назад да спіса сведчанняў (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="219"/>
        <source>All sections…</source>
        <translation>Усе раздзелы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="220"/>
        <source>The full form: every section of the record</source>
        <translation>Поўная форма: усе раздзелы запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="226"/>
        <source>Quick testimony</source>
        <translation>Хуткае сведчанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="227"/>
        <source>The essentials of the conversation on one page</source>
        <translation>Галоўнае з размовы на адной старонцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="268"/>
        <source>Draft kept in the vault</source>
        <translation>Чарнавік захаваны ў сховішчы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/testimony/page.py" line="298"/>
        <source>Not saved: %n problem(s). First: %1 — %2</source>
        <translation>
            <numerusform>Не захавана: %n праблема. Першая: %1 — %2</numerusform>
            <numerusform>Не захавана: %n праблемы. Першая: %1 — %2</numerusform>
            <numerusform>Не захавана: %n праблем. Першая: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="308"/>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="320"/>
        <source>Saved as version %1</source>
        <translation>Захавана як версія %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="55"/>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/page.py" line="350"/>
        <source>Save this testimony before going back to the list?</source>
        <translation>Захаваць гэтае сведчанне перад вяртаннем да спісу?</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="16"/>
        <source>Roubles (BYN)</source>
        <translation>Рублі (BYN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="17"/>
        <source>Cyrillic</source>
        <translation>Кірыліца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="18"/>
        <source>Group I</source>
        <translation>I група</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="19"/>
        <source>Group II</source>
        <translation>II група</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="20"/>
        <source>Group III</source>
        <translation>III група</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="21"/>
        <source>Latin</source>
        <translation>Лацінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="22"/>
        <source>Acquittal</source>
        <translation>Апраўданне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="23"/>
        <source>Acquitted</source>
        <translation>Апраўдальны прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="24"/>
        <source>Administrative</source>
        <translation>Адміністрацыйнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="25"/>
        <source>Administrative arrest</source>
        <translation>Адміністрацыйны арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="26"/>
        <source>Administrative case</source>
        <translation>Адміністрацыйная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="27"/>
        <source>Administrative detention</source>
        <translation>Адміністрацыйны арышт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="28"/>
        <source>After detention</source>
        <translation>Пасля зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="29"/>
        <source>After release</source>
        <translation>Пасля вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="30"/>
        <source>Agreed under pressure</source>
        <translation>Пагадзіўся пад ціскам</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="31"/>
        <source>Alien&apos;s passport</source>
        <translation>Пашпарт замежніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="32"/>
        <source>Alleged perpetrator</source>
        <translation>Меркаваны вінаватца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="33"/>
        <source>Amnesty</source>
        <translation>Амністыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="34"/>
        <source>Approximate</source>
        <translation>Прыблізна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="35"/>
        <source>Arrest (freezing)</source>
        <translation>Арышт (накладанне арышту)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="36"/>
        <source>Auction</source>
        <translation>Продаж з таргоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="37"/>
        <source>Aunt or uncle</source>
        <translation>Цётка або дзядзька</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="38"/>
        <source>Authorities of the host state</source>
        <translation>Улады краіны знаходжання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="39"/>
        <source>Avoided</source>
        <translation>Ухіліўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="40"/>
        <source>Bank account</source>
        <translation>Банкаўскі рахунак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="41"/>
        <source>Base units</source>
        <translation>Базавыя велічыні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="42"/>
        <source>Before detention</source>
        <translation>Да зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="43"/>
        <source>Belarusian authorities</source>
        <translation>Беларускія ўлады</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="44"/>
        <source>Belarusian consulate</source>
        <translation>Консульства Беларусі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="45"/>
        <source>Belarusian court</source>
        <translation>Беларускі суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="46"/>
        <source>Belarusian security services</source>
        <translation>Беларускія спецслужбы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="47"/>
        <source>State Border Committee</source>
        <translation>Дзяржпагранкамітэт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="48"/>
        <source>Border guard</source>
        <translation>Памежнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="49"/>
        <source>Business</source>
        <translation>Прадпрыемства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="50"/>
        <source>Carried out</source>
        <translation>Учыніў(-ла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="51"/>
        <source>Caused</source>
        <translation>Стала прычынай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="52"/>
        <source>Cellmate</source>
        <translation>Сукамернік</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="53"/>
        <source>Child</source>
        <translation>Дзіця</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="54"/>
        <source>Civil claim</source>
        <translation>Грамадзянскі іск</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="55"/>
        <source>Closed</source>
        <translation>Спынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="56"/>
        <source>Colleague</source>
        <translation>Калега</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="57"/>
        <source>Community service</source>
        <translation>Грамадскія работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="58"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="59"/>
        <source>Complete</source>
        <translation>Завершана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="60"/>
        <source>Compulsory treatment</source>
        <translation>Прымусовае лячэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="61"/>
        <source>Confidential</source>
        <translation>Канфідэнцыйна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="62"/>
        <source>Confiscation</source>
        <translation>Канфіскацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="63"/>
        <source>Is a consequence of</source>
        <translation>З&apos;яўляецца вынікам</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="64"/>
        <source>Consular official</source>
        <translation>Супрацоўнік консульства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="65"/>
        <source>Continuing</source>
        <translation>Працягваецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="66"/>
        <source>Convicted</source>
        <translation>Абвінаваўчы прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="67"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="68"/>
        <source>Court paper</source>
        <translation>Судовы дакумент</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="69"/>
        <source>Cousin</source>
        <translation>Дваюр. брат/сястра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="70"/>
        <source>Criminal</source>
        <translation>Крымінальнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="71"/>
        <source>Criminal case</source>
        <translation>Крымінальная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="72"/>
        <source>Criminal charges</source>
        <translation>Крымінальная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="73"/>
        <source>Exact day</source>
        <translation>Поўная дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="74"/>
        <source>Decided (as judge)</source>
        <translation>Вынес рашэнне (як суддзя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="75"/>
        <source>Delayed</source>
        <translation>Аказана з затрымкай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="76"/>
        <source>Denied</source>
        <translation>Адмоўлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="77"/>
        <source>Detained pending extradition</source>
        <translation>Затрыманы да рашэння аб экстрадыцыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="78"/>
        <source>Dismissal from work</source>
        <translation>Звальненне з працы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="79"/>
        <source>Dismissed</source>
        <translation>Справа спынена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="80"/>
        <source>Photo of a document</source>
        <translation>Фота дакумента</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="81"/>
        <source>Documents</source>
        <translation>Дакументы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="82"/>
        <source>Donations</source>
        <translation>Ахвяраванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="83"/>
        <source>Draft</source>
        <translation>Чарнавік</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="84"/>
        <source>During detention</source>
        <translation>Падчас зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="85"/>
        <source>End of term</source>
        <translation>Заканчэнне тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="86"/>
        <source>Ended</source>
        <translation>Скончылася</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="87"/>
        <source>Enquiry</source>
        <translation>Запыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="88"/>
        <source>Eviction</source>
        <translation>Высяленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="89"/>
        <source>Extradition granted</source>
        <translation>Экстрадыцыя дазволена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="90"/>
        <source>Extradition refused</source>
        <translation>У экстрадыцыі адмоўлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="91"/>
        <source>“Extremist” list</source>
        <translation>Спіс «экстрэмістаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="92"/>
        <source>Failed to prevent</source>
        <translation>Не прадухіліў(-ла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="93"/>
        <source>Female</source>
        <translation>Жаночы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="94"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="95"/>
        <source>First hand</source>
        <translation>З першых рук</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="96"/>
        <source>Forced “repentance” video</source>
        <translation>Прымусовае «пакаяннае» відэа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="97"/>
        <source>Foreign Ministry or consulate</source>
        <translation>МЗС ці консульства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="98"/>
        <source>Friend</source>
        <translation>Сябар</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="99"/>
        <source>Group of Independent Experts on Belarus</source>
        <translation>Група незалежных экспертаў па Беларусі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="100"/>
        <source>Grandchild</source>
        <translation>Унук або ўнучка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="101"/>
        <source>Grandparent</source>
        <translation>Дзед або бабуля</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="102"/>
        <source>GUBOPiK</source>
        <translation>ГУБАЗіК</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="103"/>
        <source>Handed to the family</source>
        <translation>Перададзена сям&apos;і</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="104"/>
        <source>Hearsay</source>
        <translation>Са слоў іншых</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="105"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="106"/>
        <source>Housing</source>
        <translation>Жыллё</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="107"/>
        <source>Human Rights Committee</source>
        <translation>Камітэт па правах чалавека</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="108"/>
        <source>Imprisonment</source>
        <translation>Пазбаўленне волі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="109"/>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="110"/>
        <source>In-law</source>
        <translation>Сваяк па шлюбе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="111"/>
        <source>In person</source>
        <translation>Асабіста</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="112"/>
        <source>Independent</source>
        <translation>Незалежнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="113"/>
        <source>Informant</source>
        <translation>Інфармант</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="114"/>
        <source>Informer</source>
        <translation>Даносчык</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="115"/>
        <source>Photo of injuries</source>
        <translation>Фота траўмаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="116"/>
        <source>Interpol</source>
        <translation>Інтэрпол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="117"/>
        <source>Interview audio</source>
        <translation>Аўдыязапіс інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="118"/>
        <source>Interview video</source>
        <translation>Відэазапіс інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="119"/>
        <source>Interviewer&apos;s contact</source>
        <translation>Кантакт інтэрв&apos;юера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="120"/>
        <source>Investigative Committee</source>
        <translation>Следчы камітэт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="121"/>
        <source>Investigator</source>
        <translation>Следчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="122"/>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="123"/>
        <source>KGB</source>
        <translation>КДБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="124"/>
        <source>Land</source>
        <translation>Зямельны ўчастак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="125"/>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="126"/>
        <source>Letter</source>
        <translation>Ліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="127"/>
        <source>Consent form</source>
        <translation>Форма згоды</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="128"/>
        <source>Letters</source>
        <translation>Лісты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="129"/>
        <source>Limited</source>
        <translation>Аказана часткова</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="130"/>
        <source>Low</source>
        <translation>Нізкая</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="131"/>
        <source>Male</source>
        <translation>Мужчынскі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="132"/>
        <source>Medical record</source>
        <translation>Медыцынскі дакумент</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="133"/>
        <source>Medium</source>
        <translation>Сярэдняя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="134"/>
        <source>Month only</source>
        <translation>Толькі месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="135"/>
        <source>Niece or nephew</source>
        <translation>Пляменнік(-ца)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="136"/>
        <source>No reply</source>
        <translation>Няма адказу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="138"/>
        <source>Non-disclosure undertaking</source>
        <translation>Падпіска аб неразгалошванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="139"/>
        <source>None given</source>
        <translation>Не пазначана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="140"/>
        <source>None known</source>
        <translation>Не праводзілася</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="141"/>
        <source>None obtainable</source>
        <translation>Атрымаць немагчыма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="142"/>
        <source>Notice issued</source>
        <translation>Запыт апублікаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="143"/>
        <source>Notice refused or deleted</source>
        <translation>Запыт адхілены ці выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="144"/>
        <source>Official</source>
        <translation>Афіцыйнае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="145"/>
        <source>Only housing</source>
        <translation>Адзінае жыллё</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="146"/>
        <source>Opened</source>
        <translation>Распачата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="147"/>
        <source>Oral</source>
        <translation>Вусна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="148"/>
        <source>Ordered</source>
        <translation>Аддаў(-ла) загад</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="149"/>
        <source>Original spelling</source>
        <translation>Арыгінал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="150"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="151"/>
        <source>Other official</source>
        <translation>Іншая службовая асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="152"/>
        <source>Other relative</source>
        <translation>Іншы сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="153"/>
        <source>Parcels</source>
        <translation>Перадачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="154"/>
        <source>Pardon</source>
        <translation>Памілаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="155"/>
        <source>Parent</source>
        <translation>Бацька або маці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="156"/>
        <source>Penal system</source>
        <translation>Крымінальна-выканаўчая сістэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="157"/>
        <source>Pending</source>
        <translation>Чакаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="158"/>
        <source>Petition for pardon signed</source>
        <translation>Прашэнне аб памілаванні падпісана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="159"/>
        <source>Phone check</source>
        <translation>Праверка тэлефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="160"/>
        <source>PKT (cell-type premises)</source>
        <translation>ПКТ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="161"/>
        <source>Police</source>
        <translation>Міліцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="162"/>
        <source>Police officer</source>
        <translation>Супрацоўнік міліцыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="163"/>
        <source>Precedes</source>
        <translation>Папярэднічае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="164"/>
        <source>Pressure to petition for pardon</source>
        <translation>Ціск, каб напісаў прашэнне аб памілаванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="165"/>
        <source>Prison staff</source>
        <translation>Супрацоўнік месца зняволення</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="166"/>
        <source>Prosecuted</source>
        <translation>Падтрымліваў абвінавачанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="167"/>
        <source>Prosecutor</source>
        <translation>Пракурор</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="168"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Пракуратура</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="169"/>
        <source>Protest photo database</source>
        <translation>База фотаздымкаў з пратэстаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="170"/>
        <source>Provided</source>
        <translation>Аказана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="171"/>
        <source>Pseudonym</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="172"/>
        <source>Raid</source>
        <translation>Ператрус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="173"/>
        <source>Recorded</source>
        <translation>Запісана на аўдыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="174"/>
        <source>Refugee travel document</source>
        <translation>Праязны дакумент уцекача</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="175"/>
        <source>Refused</source>
        <translation>Адмова ва ўзбуджэнні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="176"/>
        <source>Relative</source>
        <translation>Сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="177"/>
        <source>Release with deportation</source>
        <translation>Вызваленне з высылкай з краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="178"/>
        <source>Released</source>
        <translation>Адпушчаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="179"/>
        <source>Released co-prisoner</source>
        <translation>Вызвалены сукамернік</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="180"/>
        <source>Remote</source>
        <translation>Дыстанцыйна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="181"/>
        <source>Replied</source>
        <translation>Атрыманы адказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="182"/>
        <source>Restricted</source>
        <translation>Абмежаваны доступ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="183"/>
        <source>Restriction of freedom</source>
        <translation>Абмежаванне волі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="184"/>
        <source>Reviewed</source>
        <translation>Праверана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="185"/>
        <source>Russian authorities</source>
        <translation>Расійскія ўлады</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="186"/>
        <source>Sale cancelled</source>
        <translation>Здзелка куплі-продажу адменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="187"/>
        <source>Security officer</source>
        <translation>Супрацоўнік спецслужбаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="188"/>
        <source>Self</source>
        <translation>Пра сябе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="189"/>
        <source>Sent</source>
        <translation>Адпраўлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="190"/>
        <source>SHIZO (penalty isolator)</source>
        <translation>ШІЗА</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="191"/>
        <source>Shown only</source>
        <translation>Толькі паказана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="192"/>
        <source>Sibling</source>
        <translation>Брат або сястра</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="193"/>
        <source>Solitary confinement</source>
        <translation>Адзіночная камера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="194"/>
        <source>Special proceedings (in absentia)</source>
        <translation>Спецыяльная вытворчасць (завочна)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="195"/>
        <source>Spouse or partner</source>
        <translation>Муж, жонка, партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="196"/>
        <source>Special Rapporteur on Belarus</source>
        <translation>Спецыяльны дакладчык па Беларусі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="198"/>
        <source>Special Rapporteur on human rights defenders</source>
        <translation>Спецыяльны дакладчык па праваабаронцах</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="199"/>
        <source>Special Rapporteur on torture</source>
        <translation>Спецыяльны дакладчык па катаваннях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="200"/>
        <source>Stateless person&apos;s travel document</source>
        <translation>Праязны дакумент асобы без грамадзянства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="201"/>
        <source>Strictly confidential</source>
        <translation>Строга канфідэнцыйна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="202"/>
        <source>Surveillance camera</source>
        <translation>Камера відэаназірання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="203"/>
        <source>Suspended</source>
        <translation>Умоўны тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="204"/>
        <source>“Terrorist” list</source>
        <translation>Спіс «тэрарыстаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="205"/>
        <source>Transliteration</source>
        <translation>Транслітарацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="206"/>
        <source>Appeal to the UN</source>
        <translation>Зварот у ААН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="207"/>
        <source>Undisclosed</source>
        <translation>Не паведамляецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="208"/>
        <source>Unidentified persons</source>
        <translation>Невядомыя асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="209"/>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="210"/>
        <source>Vehicle</source>
        <translation>Транспартны сродак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="211"/>
        <source>Verdict</source>
        <translation>Прысуд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="212"/>
        <source>Victim</source>
        <translation>Пацярпелы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="213"/>
        <source>Visits to trials</source>
        <translation>Наведванне судоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="214"/>
        <source>Warning</source>
        <translation>Папярэджанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="215"/>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Працоўная група па адвольных затрыманнях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="216"/>
        <source>Working Group on Enforced Disappearances</source>
        <translation>Працоўная група па гвалтоўных знікненнях</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="217"/>
        <source>Withdrawn</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="218"/>
        <source>Witness</source>
        <translation>Сведка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="219"/>
        <source>Written</source>
        <translation>Пісьмова</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/enum_labels.py" line="220"/>
        <source>Year only</source>
        <translation>Толькі год</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="35"/>
        <location filename="../../app/ui/sync/export_dialog.py" line="125"/>
        <source>Export for the organisation</source>
        <translation>Экспарт для арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="48"/>
        <source>No organisation is trusted on this vault yet, so there is nobody to export to. A bundle is encrypted so that only your organisation can open it: Sviedka needs the organisation&apos;s card first. Get the card file from your coordinator and compare its fingerprint with them on a phone call.</source>
        <translation>У гэтым сховішчы пакуль няма арганізацыі, якой вы давяраеце, таму экспартаваць няма каму. Пакет шыфруецца так, каб адкрыць яго магла толькі ваша арганізацыя: для гэтага Sviedka спачатку патрэбна картка арганізацыі. Вазьміце файл карткі ў свайго каардынатара і звярыце з ім яе адбітак падчас тэлефоннай размовы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="59"/>
        <source>Encrypted to</source>
        <translation>Шыфруецца для</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="72"/>
        <source>Choose the USB stick or a folder on it</source>
        <translation>Выберыце флэшку або папку на ёй</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="73"/>
        <source>Choose folder…</source>
        <translation>Выбраць папку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="74"/>
        <source>Everything again (not only what is new)</source>
        <translation>Усё нанова (не толькі новае)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="77"/>
        <source>Writes every testimony you may share once more, for example when a bundle was lost on the way. The organisation skips what it already holds.</source>
        <translation>Яшчэ раз запісвае ўсе сведчанні, якія вы маеце права перадаваць, напрыклад калі пакет згубіўся па дарозе. Тое, што ў арганізацыі ўжо ёсць, яна прапусціць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="81"/>
        <location filename="../../app/ui/sync/export_dialog.py" line="196"/>
        <source>Write the bundle to</source>
        <translation>Куды запісаць пакет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="97"/>
        <source>Only the organisation can open this file; you cannot.</source>
        <translation>Адкрыць гэты файл можа толькі арганізацыя; вы — не можаце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="106"/>
        <source>Your key: %1 — fingerprint %2</source>
        <translation>Ваш ключ: %1 — адбітак %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="111"/>
        <source>Save my card…</source>
        <translation>Захаваць маю картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="113"/>
        <source>Your public card, for the coordinator (it holds no secret).</source>
        <translation>Ваша публічная картка для каардынатара (сакрэтаў у ёй няма).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation>Экспартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="118"/>
        <source>Cancel export</source>
        <translation>Скасаваць экспарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="146"/>
        <source>Choose the USB stick to write the bundle to.</source>
        <translation>Выберыце флэшку, на якую трэба запісаць пакет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="157"/>
        <source>%1 (key %2). Fingerprint:</source>
        <translation>%1 (ключ %2). Адбітак:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="163"/>
        <source>Trust an organisation card…</source>
        <translation>Давяраць картцы арганізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="165"/>
        <source>Trust another card…</source>
        <translation>Давяраць іншай картцы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="180"/>
        <source>Trusted. Bundles will be encrypted to %1.</source>
        <translation>Давер устаноўлены. Пакеты будуць шыфравацца для %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="186"/>
        <source>It replaces %1 (%2).</source>
        <translation>Замест %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="206"/>
        <source>Ready. The bundle will carry what is new since the last export, for the testimonies whose informants agreed to share them with the organisation.</source>
        <translation>Усё гатова. У пакет трапіць тое, што з&apos;явілася пасля апошняга экспарту, — са сведчанняў, інфарманты якіх згадзіліся на іх перадачу арганізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="214"/>
        <source>Save my card</source>
        <translation>Захаваць маю картку</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="214"/>
        <source>Cards (*.json)</source>
        <translation>Карткі (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="225"/>
        <source>Card saved to %1. Fingerprint to read to the coordinator: %2</source>
        <translation>Картка захавана ў %1. Адбітак, які трэба прачытаць каардынатару: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="236"/>
        <source>Encrypting the bundle…</source>
        <translation>Шыфраванне пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="246"/>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="254"/>
        <source>Nothing new to export since the last bundle.</source>
        <translation>Пасля апошняга пакета няма нічога новага для экспарту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="257"/>
        <source>To write every shared testimony once more, tick “Everything again” and export.</source>
        <translation>Каб яшчэ раз запісаць усе сведчанні, якія можна перадаваць, адзначце «Усё нанова» і экспартуйце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="263"/>
        <source>Testimonies that stay on this computer (no consent to share them with the organisation): %1.</source>
        <translation>Сведчанні, якія застаюцца на гэтым камп&apos;ютары (няма згоды на іх перадачу арганізацыі): %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="270"/>
        <source>Exported.</source>
        <translation>Экспартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="279"/>
        <source>File written: %1 (sequence %2, %3)</source>
        <translation>Файл запісаны: %1 (нумар %2, %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="287"/>
        <source>The export was split into %1 bundles: take all of them.</source>
        <translation>Экспарт падзелены на некалькі пакетаў (%1): вазьміце іх усе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="292"/>
        <source>Testimonies: %1, versions: %2, attachments: %3</source>
        <translation>Сведчанняў: %1, версій: %2, далучаных файлаў: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="299"/>
        <source>The organisation is told to stop using: %1</source>
        <translation>Арганізацыі паведамляецца, што больш нельга выкарыстоўваць: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="310"/>
        <source>Not exported, for lack of consent to share with the organisation (%1); they stay on this computer:</source>
        <translation>Не экспартавана, бо няма згоды на перадачу арганізацыі (%1); гэтыя сведчанні застаюцца на гэтым камп&apos;ютары:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="325"/>
        <source>Cancelled. Nothing was written, and the next export will carry the same testimonies.</source>
        <translation>Скасавана. Нічога не запісана, і наступны экспарт уключыць тыя ж сведчанні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="330"/>
        <source>Not exported: %1</source>
        <translation>Не экспартавана: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="20"/>
        <source>About</source>
        <translation>Пра каго / пра што</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="21"/>
        <source>Action</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="22"/>
        <source>Actions taken</source>
        <translation>Меры пераследу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="23"/>
        <source>Who acted</source>
        <translation>Хто дзейнічаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="24"/>
        <source>Addressee</source>
        <translation>Адрасат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="25"/>
        <source>Administrative cases</source>
        <translation>Адміністрацыйныя справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="26"/>
        <source>Agency</source>
        <translation>Ведамства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="27"/>
        <source>Alternative travel document</source>
        <translation>Іншы праязны дакумент</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="28"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="29"/>
        <source>Arrest</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="30"/>
        <source>Re-convicted under Art. 411</source>
        <translation>Паўторнае асуджэнне па арт. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="31"/>
        <source>Articles</source>
        <translation>Артыкулы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="32"/>
        <source>Property</source>
        <translation>Маёмасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="33"/>
        <source>Arrested at the border on return</source>
        <translation>На мяжы пры ўездзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="34"/>
        <source>Attachments</source>
        <translation>Далучаныя файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="35"/>
        <source>Arresting authority</source>
        <translation>Орган, які затрымаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="36"/>
        <source>Autopsy</source>
        <translation>Ускрыццё</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="37"/>
        <source>Birth date</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="38"/>
        <source>Access to the body</source>
        <translation>Доступ да цела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="39"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="40"/>
        <source>Case code</source>
        <translation>Шыфр</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="41"/>
        <source>Case number</source>
        <translation>Нумар справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="42"/>
        <source>Category</source>
        <translation>Катэгорыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="43"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="44"/>
        <source>Circumstances</source>
        <translation>Абставіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="45"/>
        <source>Citizenship</source>
        <translation>Грамадзянства</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="46"/>
        <source>Co-defendants</source>
        <translation>Сааб&apos;вінавачаныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="47"/>
        <source>Number of co-defendants</source>
        <translation>Колькасць сааб&apos;вінавачаных</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="48"/>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="49"/>
        <source>Condition</source>
        <translation>Умова / захворванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="50"/>
        <source>Conditions</source>
        <translation>Умовы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="51"/>
        <source>Confidentiality</source>
        <translation>Канфідэнцыйнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="52"/>
        <source>Connection</source>
        <translation>Сувязь</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="53"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="54"/>
        <source>Consequences</source>
        <translation>Наступствы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="55"/>
        <source>Contact</source>
        <translation>Кантакты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="56"/>
        <source>Contact denied to</source>
        <translation>Забароненыя кантакты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="57"/>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="58"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="59"/>
        <source>Criterion</source>
        <translation>Крытэрый</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="60"/>
        <source>In custody or after release</source>
        <translation>Пад вартай ці пасля вызвалення</translation>
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
        <translation>Тэрмін (суткі)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="64"/>
        <source>Deaths in detention</source>
        <translation>Смерць у зняволенні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="65"/>
        <source>Decision</source>
        <translation>Рашэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="66"/>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="67"/>
        <source>Detention conditions</source>
        <translation>Умовы ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="68"/>
        <source>Days of detention</source>
        <translation>Дзён арышту</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="69"/>
        <source>Detention episodes</source>
        <translation>Эпізоды затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="70"/>
        <source>Disability group</source>
        <translation>Група інваліднасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="71"/>
        <source>Duration (minutes)</source>
        <translation>Працягласць (хвіліны)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="72"/>
        <source>Enforced disappearance</source>
        <translation>Гвалтоўнае знікненне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="73"/>
        <source>Detention episode</source>
        <translation>Эпізод затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="74"/>
        <source>Event links</source>
        <translation>Сувязі падзей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="75"/>
        <source>Exit ban</source>
        <translation>Забарона на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="76"/>
        <source>Expected end of term</source>
        <translation>Чаканы канец тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="77"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="78"/>
        <source>Facility (not in the list)</source>
        <translation>Установа (няма ў спісе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="79"/>
        <source>Family notified</source>
        <translation>Паведамленне сям&apos;і</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="80"/>
        <source>Field notes</source>
        <translation>Заўвагі да палёў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="81"/>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="82"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="83"/>
        <source>From facility</source>
        <translation>Адкуль (установа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="84"/>
        <source>Function</source>
        <translation>Пасада</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="85"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="86"/>
        <source>Given by</source>
        <translation>Хто даў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="87"/>
        <source>Stated grounds</source>
        <translation>Заяўленая падстава</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="88"/>
        <source>Group trial</source>
        <translation>Групавы працэс</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="89"/>
        <source>Health</source>
        <translation>Здароўе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="90"/>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="91"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманітарныя крытэрыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="92"/>
        <source>Record ID</source>
        <translation>ID запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="93"/>
        <source>Identified via</source>
        <translation>Як высветлілі асобу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="94"/>
        <source>Ill-treatment acts</source>
        <translation>Жорсткае абыходжанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="95"/>
        <source>Tried in absentia</source>
        <translation>Завочны суд (спецвытворчасць)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="96"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="97"/>
        <source>Informant</source>
        <translation>Інфармант</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="98"/>
        <source>Information links</source>
        <translation>Крыніцы звестак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="99"/>
        <source>Interpreter</source>
        <translation>Перакладчык</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="100"/>
        <source>Interventions</source>
        <translation>Звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="101"/>
        <source>Interview</source>
        <translation>Інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="102"/>
        <source>Interviewer</source>
        <translation>Інтэрв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="103"/>
        <source>Interviewer&apos;s notes</source>
        <translation>Нататкі інтэрв&apos;юера</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="104"/>
        <source>Investigation</source>
        <translation>Расследаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="105"/>
        <source>Involvement</source>
        <translation>Удзел</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="106"/>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="107"/>
        <source>KGB recruitment attempts</source>
        <translation>Спробы вярбоўкі КДБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="108"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="109"/>
        <source>How the source knows</source>
        <translation>Адкуль вядома крыніцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="110"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="111"/>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="112"/>
        <source>Last contact</source>
        <translation>Апошні кантакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="113"/>
        <source>Status learned via</source>
        <translation>Адкуль вядома пра статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="114"/>
        <source>Legal basis</source>
        <translation>Прававая падстава</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="115"/>
        <source>List</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="116"/>
        <source>List entries</source>
        <translation>Унясенне ў спісы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="117"/>
        <source>Media type</source>
        <translation>MIME-тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="118"/>
        <source>Medical attention</source>
        <translation>Атрыманая медыцынская дапамога</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="119"/>
        <source>Medical care</source>
        <translation>Медыцынская дапамога</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="120"/>
        <source>Method</source>
        <translation>Спосаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="121"/>
        <source>Mode</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="122"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="123"/>
        <source>Names</source>
        <translation>Імёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="124"/>
        <source>Narrative</source>
        <translation>Аповед</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="125"/>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="126"/>
        <source>Occupation</source>
        <translation>Род заняткаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="127"/>
        <source>Official explanation</source>
        <translation>Афіцыйнае тлумачэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="128"/>
        <source>Official response</source>
        <translation>Афіцыйны адказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="129"/>
        <source>Wording of the response</source>
        <translation>Тэкст адказу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="130"/>
        <source>Case opened</source>
        <translation>Узбуджэнне справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="131"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="132"/>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="133"/>
        <source>Part</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="134"/>
        <source>Passport expiry</source>
        <translation>Тэрмін дзеяння пашпарта</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="135"/>
        <source>Field path</source>
        <translation>Шлях да поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="136"/>
        <source>Alleged perpetrators</source>
        <translation>Меркаваныя вінаватцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="137"/>
        <source>Person</source>
        <translation>Чалавек</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="138"/>
        <source>Persons</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="139"/>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="140"/>
        <source>Type of place</source>
        <translation>Тып месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="141"/>
        <source>Places of detention</source>
        <translation>Месцы ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="142"/>
        <source>Police supervision</source>
        <translation>Прэвентыўны нагляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="143"/>
        <source>Precision</source>
        <translation>Дакладнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="144"/>
        <source>Property actions</source>
        <translation>Дзеянні з маёмасцю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="145"/>
        <source>Prosecution</source>
        <translation>Крымінальная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="146"/>
        <source>Prosecutions</source>
        <translation>Крымінальныя справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="147"/>
        <source>Shown publicly to intimidate</source>
        <translation>Паказана публічна для запалохвання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="148"/>
        <source>Punishment cells</source>
        <translation>Дысцыплінарная ізаляцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="149"/>
        <source>Reason</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="150"/>
        <source>Recruitment attempts</source>
        <translation>Спробы вярбоўкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="151"/>
        <source>Ref</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="152"/>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="153"/>
        <source>Regime</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="154"/>
        <source>Relation</source>
        <translation>Адносіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="155"/>
        <source>Relations</source>
        <translation>Роднасць і сувязі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="156"/>
        <source>Release</source>
        <translation>Вызваленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="157"/>
        <source>Reliability</source>
        <translation>Надзейнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="158"/>
        <source>Reply</source>
        <translation>Адказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="159"/>
        <source>Officially reported location</source>
        <translation>Афіцыйна паведамленае месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="160"/>
        <source>Requested</source>
        <translation>Дата звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="161"/>
        <source>Requested state</source>
        <translation>Дзяржава, да якой звярнуліся</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="162"/>
        <source>Country of residence</source>
        <translation>Краіна пражывання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="163"/>
        <source>Responsible</source>
        <translation>Адказныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="164"/>
        <source>Return from abroad</source>
        <translation>Вяртанне з-за мяжы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="165"/>
        <source>Returned from abroad</source>
        <translation>Пасля вяртання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="166"/>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="167"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="168"/>
        <source>Consented uses</source>
        <translation>Дазволенае выкарыстанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="169"/>
        <source>Script</source>
        <translation>Алфавіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="170"/>
        <source>Withhold identity in exports</source>
        <translation>Ананімізаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="171"/>
        <source>Sentence</source>
        <translation>Пакаранне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="172"/>
        <source>Serious</source>
        <translation>Цяжкае</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="173"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="174"/>
        <source>Since</source>
        <translation>Пачынаючы з</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="175"/>
        <source>Size (bytes)</source>
        <translation>Памер (байты)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="176"/>
        <source>Solidarity persecution</source>
        <translation>Пераслед за салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="177"/>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="178"/>
        <source>Date of the source</source>
        <translation>Дата крыніцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="179"/>
        <source>Stated reason</source>
        <translation>Названая прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="180"/>
        <source>Statement extracted</source>
        <translation>Прымус да паказанняў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="181"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="182"/>
        <source>Summary</source>
        <translation>Змест</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="183"/>
        <source>Support given</source>
        <translation>Аказаная дапамога</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="184"/>
        <source>Persons supported</source>
        <translation>Каго падтрымлівалі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="185"/>
        <source>Suspected cause</source>
        <translation>Меркаваная прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="186"/>
        <source>Exile targeted</source>
        <translation>Супраць каго з эмігрантаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="187"/>
        <source>Term (months)</source>
        <translation>Тэрмін (месяцы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="207"/>
        <source>Own consent of other persons</source>
        <translation>Уласная згода іншых асоб</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="208"/>
        <source>Risks explained</source>
        <translation>Рызыкі растлумачаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="209"/>
        <source>Sensitive marks</source>
        <translation>Адчувальныя пазнакі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="210"/>
        <source>Span start</source>
        <translation>Пачатак фрагмента</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="211"/>
        <source>Span end</source>
        <translation>Канец фрагмента</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="224"/>
        <source>Decided by</source>
        <translation>Хто прыняў рашэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="225"/>
        <source>Made by</source>
        <translation>Хто звярнуўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="188"/>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="189"/>
        <source>Timing</source>
        <translation>Калі ўзнікла</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="190"/>
        <source>To</source>
        <translation>Каму / чаму</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="191"/>
        <source>To facility</source>
        <translation>Куды (установа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="192"/>
        <source>Transfers</source>
        <translation>Этапы (пераводы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="193"/>
        <source>Transnational incidents</source>
        <translation>Пераслед эмігрантаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="194"/>
        <source>Trial began</source>
        <translation>Пачатак суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="195"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="196"/>
        <source>UN mechanism</source>
        <translation>Механізм ААН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="197"/>
        <source>UN reference</source>
        <translation>Нумар справы ў ААН</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="198"/>
        <source>Unit</source>
        <translation>Адзінка</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="199"/>
        <source>Until</source>
        <translation>Па</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="200"/>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="201"/>
        <source>Verdict</source>
        <translation>Рашэнне суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="202"/>
        <source>Victim</source>
        <translation>Пацярпелы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="203"/>
        <source>Victims</source>
        <translation>Пацярпелыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="204"/>
        <source>While serving (earlier case)</source>
        <translation>Пры адбыванні тэрміну (папярэдняя справа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="205"/>
        <source>Channel of contact</source>
        <translation>Канал сувязі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="206"/>
        <source>Contact had by</source>
        <translation>Хто кантактаваў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="212"/>
        <source>Withdrawal</source>
        <translation>Адкліканне згоды</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="217"/>
        <source>Town, address or details</source>
        <translation>Горад, адрас або апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="218"/>
        <source>Place in words</source>
        <translation>Месца (апісанне)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="219"/>
        <source>In the informant&apos;s own words</source>
        <translation>Словамі інфарманта</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="220"/>
        <source>Language of the narrative</source>
        <translation>Мова аповеду</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="221"/>
        <source>Name as written</source>
        <translation>Напісанне імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/labels.py" line="222"/>
        <location filename="../../app/ui/editor/labels.py" line="223"/>
        <source>Name or staff code</source>
        <translation>Імя або службовы код</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../app/ui/figures/words.py" line="13"/>
        <source>Humanitarian list</source>
        <translation>Гуманітарны спіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="14"/>
        <source>Held incommunicado</source>
        <translation>Утрымліваюцца інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="15"/>
        <source>Re-convicted under Art. 411</source>
        <translation>Паўторна асуджаныя паводле арт. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="16"/>
        <source>Died in custody</source>
        <translation>Памерлі пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="17"/>
        <source>Died after release</source>
        <translation>Памерлі пасля вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="18"/>
        <source>Arrests on return</source>
        <translation>Арышты пры вяртанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="19"/>
        <source>Held</source>
        <translation>Утрымліваюцца пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="20"/>
        <source>Prosecutions</source>
        <translation>Крымінальныя справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="21"/>
        <source>Trials in absentia</source>
        <translation>Завочныя суды</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="22"/>
        <source>Transnational repression</source>
        <translation>Транснацыянальныя рэпрэсіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="23"/>
        <source>Persecution for solidarity</source>
        <translation>Пераслед за салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="24"/>
        <source>Included in an extremist or terrorist list</source>
        <translation>Унесеныя ў спісы «экстрэмістаў» або «тэрарыстаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="25"/>
        <source>Held beyond the end of the term</source>
        <translation>Утрымліваюцца пасля заканчэння тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="26"/>
        <source>Arrests and releases by month</source>
        <translation>Арышты і вызваленні па месяцах</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="44"/>
        <source>(total only)</source>
        <translation>(толькі агульная колькасць)</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="45"/>
        <source>humanitarian criterion</source>
        <translation>гуманітарны крытэрый</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="46"/>
        <source>article of the Criminal Code</source>
        <translation>артыкул Крымінальнага кодэкса</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="47"/>
        <source>place of detention</source>
        <translation>месца ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="48"/>
        <source>iSANS category</source>
        <translation>катэгорыя iSANS</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="49"/>
        <source>instrument of repression</source>
        <translation>інструмент рэпрэсій</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="50"/>
        <source>where arrested</source>
        <translation>дзе затрыманы</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="51"/>
        <source>how identified</source>
        <translation>як ідэнтыфікаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="52"/>
        <source>country</source>
        <translation>краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="53"/>
        <source>act of solidarity</source>
        <translation>дзеянне салідарнасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="54"/>
        <source>list</source>
        <translation>спіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="55"/>
        <source>month of the event</source>
        <translation>месяц падзеі</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="56"/>
        <source>year of the event</source>
        <translation>год падзеі</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="59"/>
        <source>date uncertain</source>
        <translation>дата не вызначана</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="60"/>
        <source>not recorded</source>
        <translation>не запісана</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="65"/>
        <source>at the border, on return</source>
        <translation>на мяжы, пры вяртанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/words.py" line="66"/>
        <source>later, at home after returning</source>
        <translation>пазней, дома пасля вяртання</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../app/ui/figures/view.py" line="74"/>
        <source>&amp;Figure</source>
        <translation>&amp;Лічба</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="75"/>
        <source>&amp;Grouped by</source>
        <translation>&amp;Групаваць па</translation>
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
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="80"/>
        <location filename="../../app/ui/figures/view.py" line="192"/>
        <source>Persons</source>
        <translation>Асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="84"/>
        <source>Click a number, or press Enter on it, to see who it counts.</source>
        <translation>Націсніце на лік або Enter на ім, каб убачыць, каго ён уключае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="90"/>
        <source>Save chart as PNG…</source>
        <translation>Захаваць дыяграму як PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="91"/>
        <source>Save chart as SVG…</source>
        <translation>Захаваць дыяграму як SVG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="92"/>
        <source>Save table as CSV…</source>
        <translation>Захаваць табліцу як CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="98"/>
        <source>A saved file is outside the vault&apos;s protection: it is not encrypted, and anyone with this computer or the folder can read it. Keep it only as long as you need it.</source>
        <translation>Захаваны файл знаходзіцца па-за аховай сховішча: ён не зашыфраваны, і яго можа прачытаць кожны, хто мае доступ да гэтага камп&apos;ютара або тэчкі. Захоўвайце яго толькі пакуль ён патрэбны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="168"/>
        <source>Counting…</source>
        <translation>Падлік…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="179"/>
        <source>All persons counted</source>
        <translation>Усе ўлічаныя асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="185"/>
        <source>%1: %2 persons as of %3</source>
        <translation>%1: асоб — %2, на %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="204"/>
        <location filename="../../app/ui/figures/view.py" line="260"/>
        <source>Arrested</source>
        <translation>Арыштаваныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="204"/>
        <location filename="../../app/ui/figures/view.py" line="260"/>
        <source>Released</source>
        <translation>Вызваленыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="230"/>
        <source>Click to see who is counted here</source>
        <translation>Націсніце, каб убачыць, хто тут улічаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="238"/>
        <source>This figure cannot be grouped that way; choose another.</source>
        <translation>Гэтую лічбу нельга згрупаваць так; выберыце іншае групаванне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="262"/>
        <location filename="../../app/ui/figures/view.py" line="279"/>
        <source>%1 — %2: %3 persons</source>
        <translation>%1 — %2: асоб — %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="323"/>
        <source>Save outside the vault</source>
        <translation>Захаваць па-за сховішчам</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/view.py" line="332"/>
        <source>Saved to %1 — outside the vault, not encrypted.</source>
        <translation>Захавана ў %1 — па-за сховішчам, без шыфравання.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="152"/>
        <source>any</source>
        <translation>любы</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="153"/>
        <source>any article (type 411, 342…)</source>
        <translation>любы артыкул (увядзіце 411, 342…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="154"/>
        <source>any place of detention</source>
        <translation>любое месца ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="157"/>
        <source>any transnational incident</source>
        <translation>любы выпадак транснацыянальных рэпрэсій</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="159"/>
        <source>from, e.g. 2023-03</source>
        <translation>з, напрыклад 2023-03</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="160"/>
        <source>to, e.g. 2024</source>
        <translation>па, напрыклад 2024</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="162"/>
        <source>Death in detention</source>
        <translation>Смерць у зняволенні</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="163"/>
        <source>Arrested on return</source>
        <translation>Затрыманне пасля вяртання</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="164"/>
        <source>Persecuted for solidarity</source>
        <translation>Пераслед за салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="189"/>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="189"/>
        <source>Humanitarian criterion</source>
        <translation>Гуманітарны крытэрый</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="191"/>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="191"/>
        <source>Transnational</source>
        <translation>Транснацыянальныя рэпрэсіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="193"/>
        <source>Interview date</source>
        <translation>Дата інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="193"/>
        <source>Consent allows</source>
        <translation>Згода дазваляе</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/filters.py" line="214"/>
        <source>Every filter given must hold. Partial dates: 2024 is the whole year.</source>
        <translation>Павінны выконвацца ўсе зададзеныя фільтры. Няпоўныя даты: 2024 — гэта ўвесь год.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../app/ui/sync/common.py" line="59"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/common.py" line="70"/>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
</context>
<context>
    <name>HeldBundles</name>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="32"/>
        <source>From a sender you have not approved: compare the fingerprint in Senders…</source>
        <translation>Ад адпраўніка, якога вы не ўхвалілі: звярыце адбітак у «Адпраўнікі…»</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="35"/>
        <source>From a sender you revoked.</source>
        <translation>Ад адпраўніка, якога вы адклікалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="36"/>
        <source>Earlier bundles of this sender have not arrived yet.</source>
        <translation>Папярэднія пакеты гэтага адпраўніка яшчэ не паступілі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="37"/>
        <source>It gives versions the archive holds with other content: %1.</source>
        <translation>У ім іншае змесціва версій, якія ўжо ёсць у архіве: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="40"/>
        <source>It brings testimonies another interviewer sent first: %1.</source>
        <translation>У ім сведчанні, якія першым даслаў іншы інтэрв&apos;юер: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="57"/>
        <source>%1 (sender %2)</source>
        <translation>%1 (адпраўнік %2)</translation>
    </message>
</context>
<context>
    <name>HeldBundlesDialog</name>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="71"/>
        <location filename="../../app/ui/sync/held_dialog.py" line="104"/>
        <source>Held bundles</source>
        <translation>Пакеты ў каранціне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="79"/>
        <source>Sender</source>
        <translation>Адпраўнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="80"/>
        <source>Sequence</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="81"/>
        <source>Received</source>
        <translation>Атрыманы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="82"/>
        <source>Why it is held</source>
        <translation>Чаму затрыманы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="88"/>
        <source>Keep the archive&apos;s version…</source>
        <translation>Пакінуць версію архіва…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="89"/>
        <source>Hand over…</source>
        <translation>Перадаць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="90"/>
        <source>Discard…</source>
        <translation>Выдаліць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="92"/>
        <source>No bundle is held.</source>
        <translation>У каранціне няма пакетаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="108"/>
        <source>Talk to the interviewers before deciding. Whatever you decide, the conflict stays on record. Bundles of senders you have not approved are released in Senders…, by approving the sender.</source>
        <translation>Перш чым вырашаць, пагаварыце з інтэрв&apos;юерамі. Што б вы ні вырашылі, канфлікт застаецца ў запісах. Пакеты неўхваленых адпраўнікоў вызваляюцца ў «Адпраўнікі…», калі вы ўхваліце адпраўніка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="171"/>
        <source>Keep the archive&apos;s version?</source>
        <translation>Пакінуць версію архіва?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="173"/>
        <source>The bundle from %1 is imported, except that each conflicting version keeps the archive&apos;s content and other interviewers&apos; testimonies are left out.</source>
        <translation>Пакет ад %1 будзе імпартаваны, але для кожнай спрэчнай версіі застанецца змесціва архіва, а сведчанні іншых інтэрв&apos;юераў не ўвойдуць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="176"/>
        <source>Import, keeping the archive&apos;s</source>
        <translation>Імпартаваць, пакінуўшы версію архіва</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="179"/>
        <source>Hand these testimonies over?</source>
        <translation>Перадаць гэтыя сведчанні?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="181"/>
        <source>Only if both interviewers confirmed it: from now on only %1 may send new versions of the other interviewer&apos;s testimonies this bundle brings, and it is imported. The audit trail records the hand-over.</source>
        <translation>Толькі калі абодва інтэрв&apos;юеры гэта пацвердзілі: з гэтага часу толькі %1 можа дасылаць новыя версіі сведчанняў іншага інтэрв&apos;юера, што ёсць у гэтым пакеце, і пакет будзе імпартаваны. Перадача запісваецца ў журнал аўдыту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="185"/>
        <source>Hand over and import</source>
        <translation>Перадаць і імпартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="188"/>
        <source>Discard this bundle?</source>
        <translation>Выдаліць гэты пакет?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="190"/>
        <source>The bundle from %1 is deleted unread. Later bundles from this sender will wait for the missing one until you approve the sender accepting the gap.</source>
        <translation>Пакет ад %1 будзе выдалены непрачытаным. Наступныя пакеты гэтага адпраўніка будуць чакаць адсутнага, пакуль вы не ўхваліце адпраўніка з прыняццем пропуску.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="193"/>
        <source>Discard</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="216"/>
        <source>Discarded.</source>
        <translation>Выдалена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="224"/>
        <source>Importing the bundle…</source>
        <translation>Імпарт пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/held_dialog.py" line="232"/>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/editor/help.py" line="22"/>
        <source>Record UUID. Optional on input: the vault assigns it on first save and keeps it across versions.</source>
        <translation>UUID запісу. Пры ўводзе неабавязковы: сховішча прысвойвае яго пры першым захаванні і пакідае нязменным ва ўсіх версіях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="23"/>
        <source>Work status: draft while the interviewer writes, complete when they sign off, reviewed after a second person checked it.</source>
        <translation>Рабочы статус: «Чарнавік», пакуль інтэрв&apos;юер піша; «Завершана», калі ён ці яна пацвярджае запіс; «Праверана» — пасля праверкі другім чалавекам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="24"/>
        <source>How, when and where the testimony was taken, and the informant&apos;s narrative.</source>
        <translation>Як, калі і дзе запісана сведчанне, а таксама аповед інфарманта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="25"/>
        <source>The informant&apos;s consent; it travels with the record and governs every export.</source>
        <translation>Згода інфарманта; яна суправаджае запіс і вызначае ўмовы любога экспарту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="26"/>
        <source>Every person the testimony mentions, once each, whatever their roles.</source>
        <translation>Усе людзі, згаданыя ў сведчанні, — кожны адзін раз, якія б ролі ў яго ні былі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="27"/>
        <source>Who speaks about whom: separates the source of the information from the person it concerns.</source>
        <translation>Хто пра каго расказвае: аддзяляе крыніцу звестак ад чалавека, якога яны датычаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="28"/>
        <source>Detention timelines: one episode per arrest, from arrest to release.</source>
        <translation>Храналогія затрыманняў: адзін эпізод на кожнае затрыманне, ад затрымання да вызвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="29"/>
        <source>Periods in which a detained person is cut off from the outside world.</source>
        <translation>Перыяды, калі затрыманы адрэзаны ад знешняга свету.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="30"/>
        <source>Acts of torture or ill-treatment; one act is one method against one victim.</source>
        <translation>Выпадкі катаванняў або жорсткага абыходжання; адзін выпадак — гэта адзін спосаб у дачыненні да аднаго пацярпелага.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="31"/>
        <source>Medical care requested in detention and what became of the request.</source>
        <translation>Звароты па медыцынскую дапамогу ў зняволенні і чым яны скончыліся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="32"/>
        <source>Health conditions and disabilities of persons; feed the computed humanitarian criteria.</source>
        <translation>Захворванні і інваліднасць людзей; на іх падставе вылічваюцца гуманітарныя крытэрыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="33"/>
        <source>Criminal cases, one per case; a re-conviction is its own prosecution pointing at the earlier one.</source>
        <translation>Крымінальныя справы, па адным запісе на справу; паўторнае асуджэнне — асобная справа са спасылкай на папярэднюю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="34"/>
        <source>Persecution for supporting political prisoners and their families.</source>
        <translation>Пераслед за падтрымку палітвязняў і іх сем&apos;яў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="35"/>
        <source>Transnational repression against exiles and their relatives.</source>
        <translation>Транснацыянальныя рэпрэсіі супраць эмігрантаў і іх сваякоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="36"/>
        <source>Clarification notes attached to one field of this record.</source>
        <translation>Удакладняльныя заўвагі да асобных палёў гэтага запісу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="37"/>
        <source>Descriptions of attached files; the files themselves are stored encrypted by the vault.</source>
        <translation>Апісанні далучаных файлаў; самі файлы сховішча захоўвае ў зашыфраваным выглядзе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="38"/>
        <source>Free text.</source>
        <translation>Свабодны тэкст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="39"/>
        <source>Long free text.</source>
        <translation>Доўгі свабодны тэкст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="40"/>
        <source>How precise the date is.</source>
        <translation>Наколькі дакладная дата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="41"/>
        <source>The date, written to match the precision.</source>
        <translation>Дата, запісаная ў адпаведнасці з дакладнасцю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="42"/>
        <source>A period with its start and, when it ended, its end.</source>
        <translation>Перыяд з пачаткам і, калі ён скончыўся, канцом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="43"/>
        <source>Start.</source>
        <translation>Пачатак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="44"/>
        <source>End; absent while it continues or when unknown.</source>
        <translation>Канец; не пазначаецца, пакуль перыяд працягваецца або калі ён невядомы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="45"/>
        <source>Terms and details (where to report, conditions).</source>
        <translation>Умовы і падрабязнасці (куды з&apos;яўляцца на адзначэнне, абмежаванні).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="46"/>
        <source>A place as country plus free text; never GPS coordinates.</source>
        <translation>Месца: краіна і свабодны тэкст; ніколі не GPS-каардынаты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="47"/>
        <source>Country.</source>
        <translation>Краіна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="48"/>
        <source>Town, address or description, as precise as is safe.</source>
        <translation>Горад, адрас або апісанне — настолькі дакладна, наколькі гэта бяспечна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="49"/>
        <source>The interview.</source>
        <translation>Інтэрв&apos;ю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="50"/>
        <source>Who took the testimony.</source>
        <translation>Хто запісаў сведчанне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="51"/>
        <source>Interviewer&apos;s name or staff code.</source>
        <translation>Імя інтэрв&apos;юера або службовы код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="52"/>
        <source>Interviewer&apos;s organisation.</source>
        <translation>Арганізацыя інтэрв&apos;юера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="53"/>
        <source>Date of the interview.</source>
        <translation>Дата інтэрв&apos;ю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="54"/>
        <source>Where the interview took place (the interviewer&apos;s side when remote).</source>
        <translation>Дзе праходзіла інтэрв&apos;ю (пры дыстанцыйным інтэрв&apos;ю — дзе знаходзіўся інтэрв&apos;юер).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="55"/>
        <source>Language the informant spoke.</source>
        <translation>Мова, на якой гаварыў інфармант.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="56"/>
        <source>In person, or remote (call, video, messenger).</source>
        <translation>Асабіста або дыстанцыйна (званок, відэа, месенджар).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="57"/>
        <source>Present only when an interpreter took part.</source>
        <translation>Запаўняецца, толькі калі ўдзельнічаў перакладчык.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="58"/>
        <source>Interpreter&apos;s name or staff code.</source>
        <translation>Імя перакладчыка або службовы код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="59"/>
        <source>Languages interpreted between.</source>
        <translation>Мовы, паміж якімі ішоў пераклад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="60"/>
        <source>Length of the interview in minutes.</source>
        <translation>Працягласць інтэрв&apos;ю ў хвілінах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="61"/>
        <source>The testimony in the informant&apos;s own words, as told.</source>
        <translation>Сведчанне словамі самога інфарманта, так, як ён яго расказаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="62"/>
        <source>Narrative text, not edited into the interviewer&apos;s words.</source>
        <translation>Тэкст аповеду, не пераказаны словамі інтэрв&apos;юера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="63"/>
        <source>Language of the narrative text.</source>
        <translation>Мова тэксту аповеду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="64"/>
        <source>Interviewer&apos;s own observations, kept apart from the testimony; never exported as the informant&apos;s words.</source>
        <translation>Уласныя назіранні інтэрв&apos;юера, захоўваюцца асобна ад сведчання; ніколі не экспартуюцца як словы інфарманта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="65"/>
        <source>Consent.</source>
        <translation>Згода.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="66"/>
        <source>When consent was given.</source>
        <translation>Калі дадзена згода.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="67"/>
        <source>How it was given: oral (noted by the interviewer), written (signed form), recorded (on the audio).</source>
        <translation>Як яна дадзена: «Вусна» (адзначана інтэрв&apos;юерам), «Пісьмова» (падпісаная форма), «Запісана на аўдыя» (у аўдыязапісе).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="68"/>
        <source>Conditions the informant set (e.g. no naming until release).</source>
        <translation>Умовы, пастаўленыя інфармантам (напрыклад, не называць імя да вызвалення).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="69"/>
        <source>The interviewer explained the risks of each use before consent was given.</source>
        <translation>Інтэрв&apos;юер растлумачыў рызыкі кожнага выкарыстання, перш чым была дадзена згода.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="70"/>
        <source>Consent other persons of the testimony gave for themselves (a released victim, a witness): only their own consent lets them be named in a hand-over.</source>
        <translation>Згода, якую іншыя асобы сведчання далі за сябе (вызвалены пацярпелы, сведка): толькі ўласная згода дазваляе назваць іх пры перадачы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="71"/>
        <source>One person&apos;s consent for themselves.</source>
        <translation>Згода адной асобы за сябе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="72"/>
        <source>When they consented.</source>
        <translation>Калі яны далі згоду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="73"/>
        <source>How they consented: oral (noted by the interviewer), written (signed form), recorded (on the audio).</source>
        <translation>Як яны далі згоду: вусна (запісаў інтэрв&apos;юер), пісьмова (падпісаная форма), у запісе (на аўдыё).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="74"/>
        <source>Conditions they set.</source>
        <translation>Умовы, якія яны паставілі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="75"/>
        <source>Present once they withdrew their consent: from then on none of their scopes applies.</source>
        <translation>Ёсць, калі яны адклікалі згоду: з гэтага часу ніводнае з іх выкарыстанняў не дзейнічае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="76"/>
        <source>Fields and spans of text the interviewer marked sensitive: they never leave in a hand-over.</source>
        <translation>Палі і фрагменты тэксту, якія інтэрв&apos;юер пазначыў як адчувальныя: яны ніколі не перадаюцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="77"/>
        <source>One sensitive mark.</source>
        <translation>Адна адчувальная пазнака.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="78"/>
        <source>For a span of text: the first character marked (counted from 0); without both start and end the whole field is marked.</source>
        <translation>Для фрагмента тэксту: першы пазначаны знак (лік ад 0); без пачатку і канца пазначана ўсё поле.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="79"/>
        <source>For a span of text: the character after the last one marked.</source>
        <translation>Для фрагмента тэксту: знак пасля апошняга пазначанага.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="80"/>
        <source>Why it is sensitive.</source>
        <translation>Чаму гэта адчувальна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="81"/>
        <source>Present once consent is withdrawn: from then on no scope applies.</source>
        <translation>Запаўняецца, калі згода адклікана: з гэтага моманту не дзейнічае ніводны дазвол на выкарыстанне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="82"/>
        <source>When consent was withdrawn.</source>
        <translation>Калі згода адклікана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="83"/>
        <source>How it was withdrawn and what the informant asked for.</source>
        <translation>Як згода была адклікана і пра што прасіў інфармант.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="84"/>
        <source>A person.</source>
        <translation>Чалавек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="85"/>
        <source>Names: the original-script forms (Belarusian and Russian may both be original), transliterations and pseudonyms.</source>
        <translation>Імёны: формы ў арыгінальным напісанні (арыгінальнымі могуць быць і беларуская, і руская), транслітарацыі і псеўданімы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="86"/>
        <source>One form of the name.</source>
        <translation>Адна форма імя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="87"/>
        <source>The name as written.</source>
        <translation>Імя так, як яно напісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="88"/>
        <source>Language of this form (be, ru ...).</source>
        <translation>Мова гэтай формы (be, ru ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="89"/>
        <source>Original spelling, a transliteration of it, or a pseudonym.</source>
        <translation>Арыгінальнае напісанне, яго транслітарацыя або псеўданім.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="90"/>
        <source>Case code used instead of the name in reports.</source>
        <translation>Шыфр, які выкарыстоўваецца ў справаздачах замест імя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="91"/>
        <source>Gender as the person states it.</source>
        <translation>Пол — так, як яго называе сам чалавек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="92"/>
        <source>Citizenships.</source>
        <translation>Грамадзянствы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="93"/>
        <source>Country of residence now.</source>
        <translation>Краіна пражывання цяпер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="94"/>
        <source>Occupation or group (journalist, lawyer, activist ...).</source>
        <translation>Род заняткаў або група (журналіст, юрыст, актывіст ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="95"/>
        <source>How to reach the person; SENSITIVE, never exported.</source>
        <translation>Як звязацца з чалавекам; АДЧУВАЛЬНЫЯ ЗВЕСТКІ, ніколі не экспартуецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="96"/>
        <source>Roles in this testimony.</source>
        <translation>Ролі ў гэтым сведчанні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="97"/>
        <source>A role.</source>
        <translation>Роля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="98"/>
        <source>One relation.</source>
        <translation>Адна сувязь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="99"/>
        <source>What this person is to the other.</source>
        <translation>Кім гэты чалавек даводзіцца іншаму.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="100"/>
        <source>Identity must be withheld: exports replace names, birth date and contact by the case code.</source>
        <translation>Асобу трэба хаваць: пры экспарце імёны, дата нараджэння і кантакты замяняюцца шыфрам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="101"/>
        <source>A source-to-person link.</source>
        <translation>Сувязь крыніцы з чалавекам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="102"/>
        <source>How the source knows.</source>
        <translation>Адкуль крыніцы гэта вядома.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="103"/>
        <source>Interviewer&apos;s rating of the source on this subject.</source>
        <translation>Ацэнка інтэрв&apos;юерам надзейнасці крыніцы ў гэтым пытанні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="104"/>
        <source>Date of the source material (a letter, a visit) the source relies on.</source>
        <translation>Дата матэрыялу (ліст, спатканне), на які абапіраецца крыніца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="105"/>
        <source>Basis of the rating.</source>
        <translation>На чым грунтуецца ацэнка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="106"/>
        <source>One detention.</source>
        <translation>Адно затрыманне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="107"/>
        <source>The arrest.</source>
        <translation>Затрыманне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="108"/>
        <source>Date of arrest.</source>
        <translation>Дата затрымання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="109"/>
        <source>Administrative arrest (days) or criminal detention.</source>
        <translation>Адміністрацыйны арышт («суткі») або крымінальнае затрыманне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="110"/>
        <source>Where the arrest took place.</source>
        <translation>Дзе адбылося затрыманне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="111"/>
        <source>Arresting authority (GUBOPiK, KGB, border service ...).</source>
        <translation>Орган, які правёў затрыманне (ГУБАЗіК, КДБ, памежная служба ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="112"/>
        <source>Stated grounds.</source>
        <translation>Заяўленыя падставы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="113"/>
        <source>Arrested after returning from abroad, at the border or later at home.</source>
        <translation>Затрыманы (-ая) пасля вяртання з-за мяжы — на мяжы або пазней, дома.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="114"/>
        <source>Arrested at the border on return from abroad.</source>
        <translation>Затрыманы (-ая) на мяжы пры вяртанні з-за мяжы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="115"/>
        <source>How the authorities found the person.</source>
        <translation>Як улады вылічылі чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="116"/>
        <source>A means of identification.</source>
        <translation>Спосаб устанаўлення асобы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="117"/>
        <source>Criminal or administrative case number.</source>
        <translation>Нумар крымінальнай або адміністрацыйнай справы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="118"/>
        <source>Places of detention in order.</source>
        <translation>Месцы ўтрымання па парадку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="119"/>
        <source>One place of detention.</source>
        <translation>Адно месца ўтрымання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="120"/>
        <source>Type of place.</source>
        <translation>Тып месца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="121"/>
        <source>Arrival.</source>
        <translation>Прыбыццё.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="122"/>
        <source>Departure; absent while held there.</source>
        <translation>Выбыццё; не пазначаецца, пакуль чалавека там утрымліваюць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="123"/>
        <source>Regime served there.</source>
        <translation>Рэжым утрымання там.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="124"/>
        <source>Transfers (etap) between places.</source>
        <translation>Этапаванне (пераводы) паміж месцамі ўтрымання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="125"/>
        <source>One transfer.</source>
        <translation>Адзін этап.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="126"/>
        <source>Date of transfer.</source>
        <translation>Дата этапу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="127"/>
        <source>Facility left.</source>
        <translation>Установа, адкуль этапавалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="128"/>
        <source>Facility reached.</source>
        <translation>Установа, куды этапавалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="129"/>
        <source>Stays in punishment cells.</source>
        <translation>Змяшчэнні ў ШІЗА, ПКТ і адзіночныя камеры.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="130"/>
        <source>One stay.</source>
        <translation>Адно змяшчэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="131"/>
        <source>SHIZO (penalty isolator), PKT (cell-type premises) or other solitary confinement.</source>
        <translation>ШІЗА (штрафны ізалятар), ПКТ (памяшканне камернага тыпу) або іншае адзіночнае ўтрыманне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="132"/>
        <source>End.</source>
        <translation>Канец.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="133"/>
        <source>Length in days when known without dates.</source>
        <translation>Працягласць у сутках, калі вядомая без дат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="134"/>
        <source>Stated reason.</source>
        <translation>Названая прычына.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="135"/>
        <source>Release; absent while detained.</source>
        <translation>Вызваленне; не запаўняецца, пакуль чалавек пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="136"/>
        <source>Date of release.</source>
        <translation>Дата вызвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="137"/>
        <source>Why released.</source>
        <translation>Падстава вызвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="138"/>
        <source>Details (deported, conditions of pardon ...).</source>
        <translation>Падрабязнасці (дэпартаваны, умовы памілавання ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="139"/>
        <source>Police (preventive) supervision after release.</source>
        <translation>Прэвентыўны нагляд міліцыі пасля вызвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="140"/>
        <source>Ban on leaving the country after release.</source>
        <translation>Забарона на выезд з краіны пасля вызвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="141"/>
        <source>Attempts by the KGB to recruit the person.</source>
        <translation>Спробы КДБ завербаваць чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="142"/>
        <source>One attempt.</source>
        <translation>Адна спроба.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="143"/>
        <source>When.</source>
        <translation>Калі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="144"/>
        <source>What was demanded and how.</source>
        <translation>Чаго патрабавалі і як.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="145"/>
        <source>One incommunicado period.</source>
        <translation>Адзін перыяд інкамунікада.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="146"/>
        <source>Since when no communication is known.</source>
        <translation>З якога часу няма ніякіх вядомых кантактаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="147"/>
        <source>When contact resumed (status ended).</source>
        <translation>Калі сувязь аднавілася (статус «Скончылася»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="148"/>
        <source>Last confirmed contact of any kind.</source>
        <translation>Апошні пацверджаны кантакт любога віду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="149"/>
        <source>Kind of contact.</source>
        <translation>Від кантакту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="150"/>
        <source>Channel of the contact (family, lawyer, consular ...).</source>
        <translation>Канал кантакту (сям&apos;я, адвакат, консул ...).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="151"/>
        <source>Details.</source>
        <translation>Падрабязнасці.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="152"/>
        <source>Channels denied, each with its own start when known.</source>
        <translation>Забароненыя каналы сувязі, у кожнага свая дата пачатку, калі вядомая.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="153"/>
        <source>One denied channel.</source>
        <translation>Адзін забаронены канал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="154"/>
        <source>Channel.</source>
        <translation>Канал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="155"/>
        <source>Denied since.</source>
        <translation>З якога часу забаронены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="156"/>
        <source>How the status was learned.</source>
        <translation>Адкуль стала вядома пра статус.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="157"/>
        <source>Authorities&apos; answer to enquiries.</source>
        <translation>Адказ улад на запыты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="158"/>
        <source>Wording of the answer.</source>
        <translation>Тэкст адказу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="159"/>
        <source>Facility where the person is officially said to be.</source>
        <translation>Установа, дзе, паводле афіцыйных звестак, знаходзіцца чалавек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="160"/>
        <source>Suspected disciplinary cause.</source>
        <translation>Меркаваная дысцыплінарная прычына.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="161"/>
        <source>Status as of the interview.</source>
        <translation>Статус на момант інтэрв&apos;ю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="162"/>
        <source>Custody, fate or whereabouts denied or concealed.</source>
        <translation>Факт утрымання пад вартай, лёс або месцазнаходжанне адмаўляюцца або хаваюцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="163"/>
        <source>UN urgent appeal, WGAD or WGEID case reference.</source>
        <translation>Нумар тэрміновага звароту ААН або справы ў WGAD ці WGEID.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="238"/>
        <source>A condition.</source>
        <translation>Умова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="239"/>
        <source>A state agency.</source>
        <translation>Дзяржаўнае ведамства.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="240"/>
        <source>A travel document obtained instead of a Belarusian passport.</source>
        <translation>Праязны дакумент, атрыманы замест беларускага пашпарта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="241"/>
        <source>Administrative offence cases (Code of Administrative Offences), one per case, with administrative detention or fine.</source>
        <translation>Справы аб адміністрацыйных правапарушэннях (КаАП), па адной на справу, з адміністрацыйным арыштам або штрафам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="242"/>
        <source>Agency that approached the person.</source>
        <translation>Ведамства, якое звярнулася да чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="243"/>
        <source>Agency they acted for.</source>
        <translation>Ведамства, ад імя якога дзейнічалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="244"/>
        <source>Article (&quot;24.23&quot;, &quot;19.11&quot;).</source>
        <translation>Артыкул («24.23», «19.11»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="245"/>
        <source>Articles of the Code of Administrative Offences.</source>
        <translation>Артыкулы Кодэкса аб адміністрацыйных правапарушэннях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="246"/>
        <source>Attempts by the KGB or other services to recruit a person outside detention.</source>
        <translation>Спробы КДБ або іншых службаў завербаваць чалавека па-за зняволеннем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="247"/>
        <source>Autopsy.</source>
        <translation>Ускрыццё.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="248"/>
        <source>By whom and how (phone call, letter, through others).</source>
        <translation>Хто і як паведаміў (званок, ліст, праз іншых).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="249"/>
        <source>Complaint, enquiry to the authorities, or an appeal to a UN mechanism.</source>
        <translation>Скарга, запыт уладам або зварот у механізм ААН.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="250"/>
        <source>Complaints, enquiries and appeals made on behalf of victims (to authorities, the UN and others), with the reply.</source>
        <translation>Скаргі, запыты і звароты ў абарону пацярпелых (уладам, у ААН і іншым), з адказам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="251"/>
        <source>Country the person came back from.</source>
        <translation>Краіна, з якой чалавек вярнуўся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="252"/>
        <source>Court or body that decided.</source>
        <translation>Суд або орган, які прыняў рашэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="253"/>
        <source>Date of the decision.</source>
        <translation>Дата рашэння.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="254"/>
        <source>Date of the return.</source>
        <translation>Дата вяртання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="255"/>
        <source>Days of administrative detention imposed.</source>
        <translation>Прызначана сутак адміністрацыйнага арышту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="256"/>
        <source>Deaths in custody, and deaths after release that the informant links to the detention.</source>
        <translation>Смерці пад вартай, а таксама пасля вызвалення, якія інфармант звязвае са зняволеннем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="257"/>
        <source>Whether the person died in custody or after release; left empty, in custody.</source>
        <translation>Ці памёр чалавек пад вартай або пасля вызвалення; калі не пазначана — пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="258"/>
        <source>Entries of a person in the official &quot;extremist&quot; or &quot;terrorist&quot; lists.</source>
        <translation>Унясенне чалавека ў афіцыйныя спісы «экстрэмістаў» або «тэрарыстаў».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="259"/>
        <source>Findings, and whether the family saw the report.</source>
        <translation>Высновы, і ці бачыла сям&apos;я заключэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="260"/>
        <source>How the family learned of the death.</source>
        <translation>Як сям&apos;я даведалася пра смерць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="261"/>
        <source>How the person answered.</source>
        <translation>Як чалавек адказаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="262"/>
        <source>How the source knows: first hand (lived or saw it), hearsay (told by others), documents.</source>
        <translation>Адкуль вядома крыніцы: з першых рук (перажыў або бачыў), са слоў іншых, з дакументаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="263"/>
        <source>Involvement in the act (decided: ruled as judge; prosecuted: brought or upheld the charge).</source>
        <translation>Удзел у дзеянні (вынес рашэнне — як суддзя; падтрымліваў абвінавачанне — прад&apos;явіў або падтрымаў яго).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="264"/>
        <source>Issuing country.</source>
        <translation>Краіна, якая выдала дакумент.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="265"/>
        <source>Its reference or case number.</source>
        <translation>Яго нумар або нумар справы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="266"/>
        <source>Kind of document.</source>
        <translation>Від дакумента.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="267"/>
        <source>Number of co-defendants, named in this record or not.</source>
        <translation>Колькасць сааб&apos;вінавачаных, названых у гэтым запісе ці не.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="268"/>
        <source>Number or reference of the decision.</source>
        <translation>Нумар рашэння.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="269"/>
        <source>Officials, agencies and others responsible, each with their part in it.</source>
        <translation>Службовыя асобы, ведамствы і іншыя адказныя, кожны са сваёй роляй.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="270"/>
        <source>On what legal ground.</source>
        <translation>На якой прававой падставе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="271"/>
        <source>One action against property.</source>
        <translation>Адно дзеянне з маёмасцю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="272"/>
        <source>One administrative offence case.</source>
        <translation>Адна справа аб адміністрацыйным правапарушэнні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="273"/>
        <source>One attempt to recruit a person as an informer.</source>
        <translation>Адна спроба завербаваць чалавека ў інфарматары.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="274"/>
        <source>One complaint, enquiry or appeal.</source>
        <translation>Адна скарга, запыт або зварот.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="275"/>
        <source>One entry in an official list.</source>
        <translation>Адно ўнясенне ў афіцыйны спіс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="276"/>
        <source>Penalty imposed.</source>
        <translation>Прызначанае спагнанне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="277"/>
        <source>Photos or videos of the seized property were published to intimidate.</source>
        <translation>Фота або відэа адабранай маёмасці апублікаваныя для запалохвання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="278"/>
        <source>Seizure, confiscation and other actions against a person&apos;s property.</source>
        <translation>Арышт, канфіскацыя і іншыя дзеянні з маёмасцю чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="279"/>
        <source>State asked to arrest, extradite or act (Interpol notices, extradition).</source>
        <translation>Дзяржава, якую прасілі затрымаць, выдаць або дзейнічаць (запыты Інтэрпола, экстрадыцыя).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="280"/>
        <source>The Interior Ministry&apos;s list of persons &quot;involved in extremist activity&quot;, or the KGB&apos;s &quot;terrorist&quot; list.</source>
        <translation>Спіс МУС асоб, «датычных да экстрэмісцкай дзейнасці», або «тэрарыстычны» спіс КДБ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="281"/>
        <source>The UN mechanism, for an appeal to the UN.</source>
        <translation>Механізм ААН, для звароту ў ААН.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="282"/>
        <source>The decision ordering it.</source>
        <translation>Рашэнне, якім гэта прызначана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="283"/>
        <source>The reply.</source>
        <translation>Адказ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="284"/>
        <source>The return to Belarus that led to the arrest.</source>
        <translation>Вяртанне ў Беларусь, пасля якога адбыўся арышт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="285"/>
        <source>Their function at the time.</source>
        <translation>Пасада ў той час.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="286"/>
        <source>To whom it was addressed.</source>
        <translation>Каму адрасавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="287"/>
        <source>What came of it.</source>
        <translation>Чым скончылася.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="288"/>
        <source>What it said.</source>
        <translation>Што ў ім сказана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="289"/>
        <source>What property.</source>
        <translation>Якая маёмасць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="290"/>
        <source>What was demanded or imposed around the release.</source>
        <translation>Што патрабавалі або навязалі пры вызваленні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="291"/>
        <source>What was done to it.</source>
        <translation>Што з ёй зрабілі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="292"/>
        <source>When issued or refused.</source>
        <translation>Калі выдадзены або адмоўлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="293"/>
        <source>When it was sent.</source>
        <translation>Калі адпраўлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="294"/>
        <source>When the family was told.</source>
        <translation>Калі паведамілі сям&apos;і.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="295"/>
        <source>When the person&apos;s passport expires or expired (consulates no longer renew it: Decree No. 278).</source>
        <translation>Калі заканчваецца або скончыўся тэрмін пашпарта (консульствы яго больш не падаўжаюць: Указ № 278).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="296"/>
        <source>When the reply came.</source>
        <translation>Калі прыйшоў адказ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="297"/>
        <source>When the term is expected to end, counting time already served; detention past it shows.</source>
        <translation>Калі чакаецца канец тэрміну з улікам ужо адбытага; так відаць утрыманне звыш тэрміну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="298"/>
        <source>Where it stands.</source>
        <translation>На якой стадыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="299"/>
        <source>Where the property is.</source>
        <translation>Дзе знаходзіцца маёмасць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="300"/>
        <source>Whether an autopsy was done, and by whom.</source>
        <translation>Ці праводзілася ўскрыццё і кім.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="301"/>
        <source>Whether the family could see and bury the body.</source>
        <translation>Ці магла сям&apos;я ўбачыць і пахаваць цела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="302"/>
        <source>Whether the source saw or lived this, heard it from others, or read it in documents.</source>
        <translation>Ці бачыла або перажыла гэта крыніца, чула ад іншых або прачытала ў дакументах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="303"/>
        <source>Who acted.</source>
        <translation>Хто дзейнічаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="304"/>
        <source>Who made it (a relative, a lawyer, an organisation).</source>
        <translation>Хто звярнуўся (сваяк, адвакат, арганізацыя).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="164"/>
        <source>Unit, rank, appearance when no person record exists.</source>
        <translation>Падраздзяленне, званне, знешнасць — калі гэтага чалавека няма ў раздзеле «Людзі».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="165"/>
        <source>One act.</source>
        <translation>Адзін выпадак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="166"/>
        <source>Method.</source>
        <translation>Спосаб.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="167"/>
        <source>Date, or start when repeated.</source>
        <translation>Дата або пачатак, калі паўтаралася.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="168"/>
        <source>End when repeated over a period.</source>
        <translation>Канец, калі паўтаралася на працягу перыяду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="169"/>
        <source>Where.</source>
        <translation>Дзе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="170"/>
        <source>Alleged perpetrators.</source>
        <translation>Меркаваныя вінаватцы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="171"/>
        <source>Reason the perpetrators gave.</source>
        <translation>Прычына, якую назвалі вінаватцы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="172"/>
        <source>Physical and mental consequences.</source>
        <translation>Фізічныя і псіхічныя наступствы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="173"/>
        <source>A statement or confession was extracted.</source>
        <translation>Паказанні або прызнанне былі атрыманы прымусам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="174"/>
        <source>Medical attention after the act.</source>
        <translation>Медыцынская дапамога пасля здарэння.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="175"/>
        <source>What happened.</source>
        <translation>Што адбылося.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="176"/>
        <source>One condition.</source>
        <translation>Адна ўмова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="177"/>
        <source>Condition.</source>
        <translation>Умова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="178"/>
        <source>One request for care.</source>
        <translation>Адзін зварот па дапамогу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="179"/>
        <source>When care was requested.</source>
        <translation>Калі звярнуліся па дапамогу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="180"/>
        <source>What care was needed for.</source>
        <translation>З чым была патрэбна дапамога.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="181"/>
        <source>Category of the condition.</source>
        <translation>Катэгорыя захворвання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="182"/>
        <source>What became of the request.</source>
        <translation>Чым скончыўся зварот.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="183"/>
        <source>Whether it began before, during or after detention.</source>
        <translation>Узнікла да, падчас або пасля зняволення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="184"/>
        <source>Belarusian disability group, if certified: makes disability apply.</source>
        <translation>Беларуская група інваліднасці, калі ўстаноўлена: да яе ўжываецца крытэрый disability.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="185"/>
        <source>Diagnosis and course.</source>
        <translation>Дыягназ і цячэнне хваробы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="186"/>
        <source>One asserted criterion.</source>
        <translation>Адзін заяўлены крытэрый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="187"/>
        <source>Basis of the assertion.</source>
        <translation>На чым грунтуецца сцвярджэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="188"/>
        <source>One death.</source>
        <translation>Адна смерць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="189"/>
        <source>Date of death.</source>
        <translation>Дата смерці.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="190"/>
        <source>Circumstances as recounted.</source>
        <translation>Абставіны са слоў апавядальніка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="191"/>
        <source>Authorities&apos; explanation.</source>
        <translation>Тлумачэнне ўлад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="192"/>
        <source>Investigation of the death.</source>
        <translation>Расследаванне смерці.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="193"/>
        <source>State of the investigation.</source>
        <translation>Стан расследавання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="194"/>
        <source>Date of the latest decision.</source>
        <translation>Дата апошняга рашэння.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="195"/>
        <source>Who investigated, findings, whether international standards were met.</source>
        <translation>Хто расследаваў, высновы, ці выкананы міжнародныя стандарты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="196"/>
        <source>Date of inclusion.</source>
        <translation>Дата ўключэння.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="197"/>
        <source>Which list, source.</source>
        <translation>Які спіс, крыніца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="198"/>
        <source>One criminal case.</source>
        <translation>Адна крымінальная справа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="199"/>
        <source>Case number.</source>
        <translation>Нумар справы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="200"/>
        <source>Criminal Code articles charged.</source>
        <translation>Артыкулы Крымінальнага кодэкса, па якіх прад&apos;яўлена абвінавачанне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="201"/>
        <source>One article.</source>
        <translation>Адзін артыкул.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="202"/>
        <source>Article (&quot;342&quot;, &quot;361-1&quot;).</source>
        <translation>Артыкул («342», «361-1»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="203"/>
        <source>Part of the article.</source>
        <translation>Частка артыкула.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="204"/>
        <source>Court (and where the hearing was held).</source>
        <translation>Суд (і дзе праходзіла пасяджэнне).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="205"/>
        <source>Judge.</source>
        <translation>Суддзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="206"/>
        <source>Stages of the case.</source>
        <translation>Этапы справы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="207"/>
        <source>Case opened.</source>
        <translation>Узбуджэнне справы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="208"/>
        <source>Trial began.</source>
        <translation>Пачатак судовага працэсу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="209"/>
        <source>Verdict.</source>
        <translation>Вынясенне рашэння суда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="210"/>
        <source>Outcome.</source>
        <translation>Вынік.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="211"/>
        <source>Sentence.</source>
        <translation>Пакаранне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="212"/>
        <source>Kind of sentence.</source>
        <translation>Від пакарання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="213"/>
        <source>Term in months.</source>
        <translation>Тэрмін у месяцах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="214"/>
        <source>Regime ordered.</source>
        <translation>Прызначаны рэжым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="215"/>
        <source>Fine, in whole units.</source>
        <translation>Штраф, у цэлых адзінках.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="216"/>
        <source>Amount.</source>
        <translation>Сума.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="217"/>
        <source>Base units (bazavyja veličyni) or roubles.</source>
        <translation>Базавыя велічыні або рублі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="218"/>
        <source>Tried in absentia (special proceedings).</source>
        <translation>Суд праходзіў завочна (спецыяльная вытворчасць).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="219"/>
        <source>Tried together with others.</source>
        <translation>Судзілі разам з іншымі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="220"/>
        <source>Re-conviction under Art. 411 while serving a sentence.</source>
        <translation>Паўторнае асуджэнне па арт. 411 падчас адбывання пакарання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="221"/>
        <source>One persecution for solidarity.</source>
        <translation>Адзін выпадак пераследу за салідарнасць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="222"/>
        <source>Support the person gave.</source>
        <translation>Якую дапамогу аказваў чалавек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="223"/>
        <source>A kind of support.</source>
        <translation>Від дапамогі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="224"/>
        <source>Actions taken against the person.</source>
        <translation>Меры, прынятыя супраць чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="225"/>
        <source>An action.</source>
        <translation>Мера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="226"/>
        <source>One incident.</source>
        <translation>Адзін інцыдэнт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="227"/>
        <source>Kind of incident.</source>
        <translation>Від інцыдэнту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="228"/>
        <source>Country where it happened or took effect.</source>
        <translation>Краіна, дзе гэта адбылося або мела наступствы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="229"/>
        <source>One link.</source>
        <translation>Адна сувязь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="230"/>
        <source>Why they are linked.</source>
        <translation>Чаму яны звязаныя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="231"/>
        <source>One clarification note.</source>
        <translation>Адна ўдакладняльная заўвага.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="232"/>
        <source>The clarification.</source>
        <translation>Удакладненне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="233"/>
        <source>One attached file.</source>
        <translation>Адзін далучаны файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="234"/>
        <source>SHA-256 of the original file.</source>
        <translation>SHA-256 зыходнага файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="235"/>
        <source>Media type.</source>
        <translation>MIME-тып.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="236"/>
        <source>Size of the file.</source>
        <translation>Памер файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help.py" line="237"/>
        <source>What it shows and where it came from.</source>
        <translation>Што на ім і адкуль ён узяўся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="20"/>
        <source>A date as precise as the source knows it: a day, a month, a year, an approximate date, or unknown.</source>
        <translation>Дата з той дакладнасцю, з якой яе ведае крыніца: дзень, месяц, год, прыблізная дата або невядома.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="21"/>
        <source>A language.</source>
        <translation>Мова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="22"/>
        <source>Category; a mental disorder or a physical disability counts towards the humanitarian criteria.</source>
        <translation>Катэгорыя; псіхічнае расстройства або фізічная інваліднасць улічваюцца ў гуманітарных крытэрыях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="23"/>
        <source>Chains of events between entries of other sections (a re-conviction following a conviction, an arrest caused by a return).</source>
        <translation>Ланцугі падзей паміж запісамі іншых раздзелаў (новы прысуд пасля прысуду, арышт пасля вяртання).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="24"/>
        <source>Choose from the list.</source>
        <translation>Выберыце са спісу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="25"/>
        <source>Conditions of detention, each with its dates.</source>
        <translation>Умовы ўтрымання, кожная са сваімі датамі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="26"/>
        <source>Criterion asserted; age over 60 and death in detention are worked out by the record itself.</source>
        <translation>Заяўлены крытэрый; узрост старэй за 60 і смерць пад вартай запіс вылічвае сам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="27"/>
        <source>Date of birth; whether the person is over 60 is worked out from it.</source>
        <translation>Дата нараджэння; па ёй вызначаецца, ці старэй чалавек за 60 гадоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="28"/>
        <source>The detention, when the accused is detained.</source>
        <translation>Затрыманне, калі абвінавачаны пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="29"/>
        <source>The detention, when the person was held.</source>
        <translation>Затрыманне, калі чалавек быў пад вартай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="30"/>
        <source>The detention it belongs to.</source>
        <translation>Затрыманне, да якога гэта адносіцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="31"/>
        <source>The detention during or after which the person died.</source>
        <translation>Затрыманне, падчас або пасля якога чалавек памёр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="32"/>
        <source>The detention it followed, if any.</source>
        <translation>Затрыманне, пасля якога гэта адбылося, калі ёсць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="33"/>
        <source>Tick all that apply.</source>
        <translation>Адзначце ўсё, што падыходзіць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="34"/>
        <source>Facility, from the list.</source>
        <translation>Установа са спісу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="35"/>
        <source>Facility in your own words when it is not in the list.</source>
        <translation>Установа сваімі словамі, калі яе няма ў спісе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="36"/>
        <source>Form and version of this record; set by the program.</source>
        <translation>Форма і версія гэтага запісу; задае праграма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="37"/>
        <source>Handling level of the whole record: restricted (team), confidential (named staff), strictly confidential (named staff, never leaves the vault unencrypted).</source>
        <translation>Узровень доступу да ўсяго запісу: абмежаваны (каманда), канфідэнцыйны (названыя супрацоўнікі), строга канфідэнцыйны (названыя супрацоўнікі, ніколі не пакідае сховішча незашыфраваным).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="38"/>
        <source>Humanitarian-list criteria asserted by the informant that the record cannot work out itself (age over 60 and death in detention are always worked out, from the date of birth and the deaths in detention, and cannot be asserted).</source>
        <translation>Крытэрыі гуманітарнага спісу, заяўленыя інфармантам, якія запіс не можа вылічыць сам (узрост старэй за 60 і смерць пад вартай вылічваюцца заўсёды, з даты нараджэння і раздзела пра смерці пад вартай, і заяўляць іх нельга).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="39"/>
        <source>Alphabet the name is written in.</source>
        <translation>Алфавіт, якім напісана імя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="40"/>
        <source>A country.</source>
        <translation>Краіна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="41"/>
        <source>Kind of file; a consent form is the signed form, about the persons who signed it.</source>
        <translation>Від файла; форма згоды — гэта падпісаная форма, пра людзей, якія яе падпісалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="42"/>
        <location filename="../../app/ui/editor/help_plain.py" line="43"/>
        <location filename="../../app/ui/editor/help_plain.py" line="44"/>
        <location filename="../../app/ui/editor/help_plain.py" line="45"/>
        <location filename="../../app/ui/editor/help_plain.py" line="46"/>
        <location filename="../../app/ui/editor/help_plain.py" line="47"/>
        <source>The program&apos;s own bookkeeping for this entry.</source>
        <translation>Службовая пазнака праграмы для гэтага запісу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="48"/>
        <source>One interview: who spoke, with what consent, about whom, and what they recount.</source>
        <translation>Адно інтэрв&apos;ю: хто гаварыў, з якой згодай, пра каго і што распавёў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="49"/>
        <source>Which field is marked (the narrative, a person&apos;s occupation …).</source>
        <translation>Якое поле пазначана (расповед, занятак чалавека …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="50"/>
        <source>Which field the note is about.</source>
        <translation>Да якога поля адносіцца заўвага.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="51"/>
        <source>The accused.</source>
        <translation>Абвінавачаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="52"/>
        <source>The person detained.</source>
        <translation>Затрыманы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="53"/>
        <source>The exile whom pressure on relatives is meant to reach.</source>
        <translation>Эмігрант, на якога мэціць ціск на сваякоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="54"/>
        <source>The informant interviewed.</source>
        <translation>Інфармант, з якім праведзена інтэрв&apos;ю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="55"/>
        <source>The owner.</source>
        <translation>Уласнік.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="56"/>
        <source>The patient.</source>
        <translation>Пацыент.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="57"/>
        <source>The persecuted supporter.</source>
        <translation>Пераследаваны за падтрымку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="58"/>
        <source>The source of the information.</source>
        <translation>Крыніца звестак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="59"/>
        <source>The person targeted.</source>
        <translation>Чалавек, супраць якога гэта было.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="60"/>
        <source>The victim.</source>
        <translation>Пацярпелы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="61"/>
        <source>Who consented for themselves.</source>
        <translation>Хто даў згоду за сябе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="62"/>
        <source>Who died.</source>
        <translation>Хто памёр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="63"/>
        <source>Who gave consent.</source>
        <translation>Хто даў згоду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="64"/>
        <source>Who had the contact.</source>
        <translation>Хто меў кантакт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="65"/>
        <source>Who told of this entry, when not the informant of the interview.</source>
        <translation>Хто паведаміў пра гэты запіс, калі не інфармант інтэрв&apos;ю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="66"/>
        <source>Who was approached.</source>
        <translation>Да каго звярнуліся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="67"/>
        <source>Who was listed.</source>
        <translation>Каго ўнеслі ў спіс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="68"/>
        <source>Whom the source speaks about.</source>
        <translation>Пра каго гаворыць крыніца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="69"/>
        <source>A person of this testimony.</source>
        <translation>Чалавек з гэтага сведчання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="70"/>
        <source>Co-defendants named in this testimony.</source>
        <translation>Суабвінавачаныя, названыя ў гэтым сведчанні.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="71"/>
        <source>Those it was made for.</source>
        <translation>Тыя, за каго гэта зроблена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="72"/>
        <source>Those supported.</source>
        <translation>Тыя, каго падтрымлівалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="73"/>
        <source>Place in your own words (cell, unit, a facility not in the list).</source>
        <translation>Месца сваімі словамі (камера, атрад, установа, якой няма ў спісе).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="74"/>
        <source>Places not in the list, reason, conditions of transport.</source>
        <translation>Месцы, якіх няма ў спісе, прычына, умовы этапу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="75"/>
        <source>An entry of another section.</source>
        <translation>Запіс іншага раздзела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="76"/>
        <source>The criminal case it was ordered in, if any.</source>
        <translation>Крымінальная справа, у якой гэта прызначана, калі ёсць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="77"/>
        <source>The criminal case that led to the entry, if any.</source>
        <translation>Крымінальная справа, што прывяла да ўнясення, калі ёсць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="78"/>
        <source>The criminal case this incident belongs to (a trial in absentia is entered once, as a criminal case).</source>
        <translation>Крымінальная справа, да якой адносіцца гэты выпадак (завочны суд уносіцца адзін раз, як крымінальная справа).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="79"/>
        <source>The criminal case whose sentence was being served.</source>
        <translation>Крымінальная справа, тэрмін па якой адбываўся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="80"/>
        <source>Persons or entries it documents.</source>
        <translation>Людзі або запісы, якія ён пацвярджае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="81"/>
        <source>Serious (grave, chronic or acute) condition: the serious health condition criterion then applies.</source>
        <translation>Сур&apos;ёзны (цяжкі, хранічны або востры) стан: тады выконваецца крытэрый «сур&apos;ёзны стан здароўя».</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="82"/>
        <source>Someone responsible: a person of this testimony, an agency, or a description when unnamed.</source>
        <translation>Адказны: чалавек з гэтага сведчання, ведамства або апісанне, калі імя невядомае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="83"/>
        <source>Uses consented to, and sharing with the central organisation, which is always available.</source>
        <translation>Спосабы выкарыстання, на якія дадзена згода, і перадача цэнтральнай арганізацыі, якая даступная заўсёды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="84"/>
        <source>Uses of their own identity and account they consented to.</source>
        <translation>Спосабы выкарыстання іх асобы і расповеду, на якія яны далі згоду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="85"/>
        <source>Where something happened: a facility from the list, or your own words when it is not there.</source>
        <translation>Дзе нешта адбылося: установа са спісу або свае словы, калі яе там няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="86"/>
        <source>Relations to other persons: what this person is to each of them (mother, brother, lawyer …).</source>
        <translation>Сувязі з іншымі людзьмі: кім гэты чалавек кожнаму з іх даводзіцца (маці, брат, адвакат …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/help_plain.py" line="87"/>
        <source>How the first entry relates to the second.</source>
        <translation>Як першы запіс звязаны з другім.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="46"/>
        <source>Version history</source>
        <translation>Гісторыя версій</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="62"/>
        <source>Show only what changed</source>
        <translation>Паказваць толькі змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="96"/>
        <source>saved by you</source>
        <translation>захавалі вы</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="100"/>
        <source>saved by %1 (key %2)</source>
        <translation>захаваў(-ла) %1 (ключ %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="102"/>
        <source>saved with key %2</source>
        <translation>захавана з ключом %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="104"/>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="131"/>
        <source>Version %1, the first: nothing to compare it with.</source>
        <translation>Версія %1, першая: няма з чым параўнаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/history.py" line="138"/>
        <source>Version %1. Marked: what changed since version %2 (%3).</source>
        <translation>Версія %1. Вылучана тое, што змянілася пасля версіі %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="34"/>
        <location filename="../../app/ui/sync/import_dialog.py" line="77"/>
        <source>Import bundles</source>
        <translation>Імпарт пакетаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="43"/>
        <source>Choose the bundle files (.age) the interviewers sent, several at once if you like. Each is checked before anything enters the archive: a damaged or altered bundle is rejected, and a bundle from a sender you have not approved waits in quarantine until you do (Senders…).</source>
        <translation>Выберыце файлы пакетаў (.age), якія даслалі інтэрв&apos;юеры, — можна некалькі адразу. Кожны пакет правяраецца, перш чым што-небудзь з яго трапіць у архіў: пашкоджаны або зменены пакет адхіляецца, а пакет ад адпраўніка, якога вы яшчэ не ўхвалілі, чакае ў каранціне, пакуль вы яго не ўхваліце (Адпраўнікі…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="49"/>
        <source>Choose bundles…</source>
        <translation>Выбраць пакеты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="60"/>
        <source>Quarantined bundles are kept, still encrypted, inside the vault. Open Senders… to compare the sender&apos;s fingerprint with the interviewer and approve them.</source>
        <translation>Пакеты ў каранціне застаюцца ўнутры сховішча, па-ранейшаму зашыфраваныя. Адкрыйце «Адпраўнікі…», каб звярыць адбітак адпраўніка з інтэрв&apos;юерам і ўхваліць адпраўніка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="66"/>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="68"/>
        <source>Cancel import</source>
        <translation>Скасаваць імпарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="69"/>
        <source>Senders…</source>
        <translation>Адпраўнікі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="114"/>
        <source>Choose bundles</source>
        <translation>Выберыце пакеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="114"/>
        <source>Sviedka bundles (*.age);;All files (*)</source>
        <translation>Пакеты Sviedka (*.age);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="124"/>
        <source>Files chosen: %1.</source>
        <translation>Выбрана файлаў: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="136"/>
        <source>Checking and importing the bundles…</source>
        <translation>Праверка і імпарт пакетаў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="149"/>
        <source>Cancelling: the bundle being read is rolled back, the ones before it stay.</source>
        <translation>Скасаванне: імпарт пакета, які чытаецца зараз, адмяняецца, а імпартаваныя да яго пакеты застаюцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="162"/>
        <source>Cancelled.</source>
        <translation>Скасавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="162"/>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="175"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Скасавана; нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/import_dialog.py" line="177"/>
        <source>Not imported: %1</source>
        <translation>Не імпартавана: %1</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="25"/>
        <source>is required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="26"/>
        <source>must not be empty</source>
        <translation>не можа быць пустым</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="27"/>
        <source>is not a real calendar date</source>
        <translation>такой даты ў календары няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="28"/>
        <location filename="../../app/ui/editor/issues.py" line="78"/>
        <source>is not a field of this section</source>
        <translation>не з&apos;яўляецца полем гэтага раздзела</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="29"/>
        <source>must not repeat an entry</source>
        <translation>запісы не павінны паўтарацца</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="30"/>
        <source>names no person of this record</source>
        <translation>не адпавядае ніводнаму чалавеку ў гэтым сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="31"/>
        <source>names no detention episode of this record</source>
        <translation>не адпавядае ніводнаму эпізоду затрымання ў гэтым сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="32"/>
        <source>names no other prosecution of this record</source>
        <translation>не адпавядае ніводнай іншай крымінальнай справе ў гэтым сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="33"/>
        <source>names no item of a section with refs</source>
        <translation>не адпавядае ніводнаму запісу ў раздзелах з меткамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="34"/>
        <source>names no person or item of this record</source>
        <translation>не адпавядае ніводнаму чалавеку або запісу ў гэтым сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="35"/>
        <source>names no field of this record</source>
        <translation>не адпавядае ніводнаму полю гэтага сведчання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="36"/>
        <source>needs a person or a description</source>
        <translation>трэба пазначыць чалавека або апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="37"/>
        <source>is before from</source>
        <translation>раней за дату ў полі «З»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="38"/>
        <source>is before since</source>
        <translation>раней за дату ў полі «Пачынаючы з»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="39"/>
        <source>is before date</source>
        <translation>раней за дату ў полі «Дата»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="40"/>
        <source>is before arrest.date</source>
        <translation>раней за дату затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="41"/>
        <source>is before dates.opened</source>
        <translation>раней за дату ўзбуджэння справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="42"/>
        <source>is set but the articles do not include 411</source>
        <translation>адзначана, але сярод артыкулаў няма артыкула 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="43"/>
        <source>must be YYYY-MM-DD for precision day</source>
        <translation>пры дакладнасці «Поўная дата» патрэбны фармат ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="44"/>
        <source>must be YYYY-MM for precision month</source>
        <translation>пры дакладнасці «Толькі месяц» патрэбны фармат ГГГГ-ММ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="45"/>
        <source>must be YYYY for precision year</source>
        <translation>пры дакладнасці «Толькі год» патрэбны фармат ГГГГ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="46"/>
        <source>must be YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>патрэбны фармат ГГГГ-ММ-ДД, ГГГГ-ММ або ГГГГ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="47"/>
        <source>must have no value when the precision is unknown</source>
        <translation>павінна быць пустым, калі дакладнасць «Невядома»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="48"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>павінна складацца з 64 малых шаснаццатковых лічбаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="49"/>
        <source>must be a media type such as audio/ogg</source>
        <translation>павінна быць MIME-тыпам, напрыклад audio/ogg</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="50"/>
        <source>marks part of a text: it needs both a start and an end</source>
        <translation>пазначае частку тэксту: патрэбны і пачатак, і канец</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="51"/>
        <source>marks part of a text, but the field it names holds no text</source>
        <translation>пазначае частку тэксту, але ў названым полі няма тэксту</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="52"/>
        <source>is not after where the marked part starts</source>
        <translation>не пасля пачатку пазначанай часткі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="58"/>
        <source>is not an entry of this record</source>
        <translation>не запіс гэтага сведчання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="60"/>
        <location filename="../../app/ui/editor/issues.py" line="74"/>
        <location filename="../../app/ui/editor/issues.py" line="76"/>
        <source>is not one of the choices: pick one from the list</source>
        <translation>няма сярод варыянтаў: выберыце са спіса</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="62"/>
        <source>is not a country: pick one or type its two letters, e.g. BY</source>
        <translation>не краіна: выберыце са спіса ці набярыце дзве літары, напрыклад BY</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="64"/>
        <source>is not a language: pick one or type its code, e.g. be</source>
        <translation>не мова: выберыце са спіса ці набярыце код, напрыклад be</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="66"/>
        <source>does not name a field of this record</source>
        <translation>не называе поле гэтага сведчання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="79"/>
        <source>is not a valid answer here</source>
        <translation>тут не падыходзіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="81"/>
        <source>is past the end of the text: mark again what is written</source>
        <translation>выходзіць за канец тэксту: пазначце тое, што напісана, нанава</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/issues.py" line="107"/>
        <source>Whole record</source>
        <translation>Сведчанне цалкам</translation>
    </message>
</context>
<context>
    <name>ListNode</name>
    <message>
        <location filename="../../app/ui/editor/builder.py" line="46"/>
        <source>Remove entry</source>
        <translation>Выдаліць запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="63"/>
        <source>Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.</source>
        <translation>Ctrl+N дадае запіс, Delete выдаляе яго, Ctrl+Shift+Up/Down перамяшчае яго.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="65"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="65"/>
        <source>Add an entry (Ctrl+N)</source>
        <translation>Дадаць запіс (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="66"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="66"/>
        <source>Remove the entry (Delete)</source>
        <translation>Выдаліць запіс (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="67"/>
        <source>Up</source>
        <translation>Вышэй</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="67"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Перамясціць вышэй (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="68"/>
        <source>Down</source>
        <translation>Ніжэй</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="68"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Перамясціць ніжэй (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="69"/>
        <source>No entries yet: Add or Ctrl+N.</source>
        <translation>Запісаў пакуль няма: «Дадаць» або Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="154"/>
        <source>New entry</source>
        <translation>Новы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/list_detail.py" line="216"/>
        <source>Remove entry %1 and everything in it?</source>
        <translation>Выдаліць запіс %1 з усім яго змесцівам?</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="62"/>
        <source>Search names, places, narrative… in Cyrillic or Latin</source>
        <translation>Пошук па імёнах, месцах, аповедах… кірыліцай або лацінкай</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="66"/>
        <source>Incommunicado now</source>
        <translation>Зараз інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="67"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманітарныя крытэрыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="68"/>
        <source>Art. 411 re-conviction</source>
        <translation>Паўторнае асуджэнне па арт. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="69"/>
        <source>Trial in absentia</source>
        <translation>Завочны суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="75"/>
        <source>More filters…</source>
        <translation>Больш фільтраў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="78"/>
        <source>Article, place of detention, dates, humanitarian criterion and more</source>
        <translation>Артыкул, месца ўтрымання, даты, гуманітарны крытэрый і іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="85"/>
        <source>Clear</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="86"/>
        <source>Show every testimony again</source>
        <translation>Зноў паказаць усе сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="88"/>
        <source>New testimony</source>
        <translation>Новае сведчанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="90"/>
        <source>Record a new testimony (Ctrl+N)</source>
        <translation>Запісаць новае сведчанне (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="91"/>
        <location filename="../../app/ui/workspace/list_screen.py" line="246"/>
        <source>Person timeline</source>
        <translation>Храналогія па чалавеку</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="94"/>
        <source>Every arrest, trial and incident of one person across all testimonies</source>
        <translation>Усе затрыманні, суды і інцыдэнты аднаго чалавека паводле ўсіх сведчанняў</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="96"/>
        <source>Lock</source>
        <translation>Заблакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="98"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблакаваць сховішча зараз (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/list_screen.py" line="108"/>
        <source>Resume unsaved work (%n draft(s))</source>
        <translation>
            <numerusform>Аднавіць незахаваную працу (%n чарнавік)</numerusform>
            <numerusform>Аднавіць незахаваную працу (%n чарнавікі)</numerusform>
            <numerusform>Аднавіць незахаваную працу (%n чарнавікоў)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="189"/>
        <source>Active filters: %1</source>
        <translation>Актыўных фільтраў: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/list_screen.py" line="205"/>
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n сведчанне</numerusform>
            <numerusform>%n сведчанні</numerusform>
            <numerusform>%n сведчанняў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="213"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="230"/>
        <source>%1%2 found</source>
        <translation>Знойдзена: %1%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="233"/>
        <source>Search failed.</source>
        <translation>Пошук не ўдаўся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_screen.py" line="246"/>
        <source>Name, in any script:</source>
        <translation>Імя (кірыліцай або лацінкай):</translation>
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
        <translation>Налады…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="91"/>
        <source>Organisation…</source>
        <translation>Арганізацыя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="93"/>
        <source>Share under consent…</source>
        <translation>Перадаць паводле згоды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="95"/>
        <source>Lock now</source>
        <translation>Заблакаваць зараз</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="96"/>
        <source>Lock and hide</source>
        <translation>Заблакаваць і схаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="98"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="112"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Пакеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="121"/>
        <source>Save the testimony before leaving it?</source>
        <translation>Захаваць сведчанне, перш чым выйсці з яго?</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="33"/>
        <source>That passphrase did not open the vault. Please try again.</source>
        <translation>Гэтая парольная фраза не адкрыла сховішча. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="34"/>
        <source>The vault&apos;s key file (keyslots.json) is missing from %1. Restore it from your backup copy; the encrypted testimonies were left as they are.</source>
        <translation>Файл ключа сховішча (keyslots.json) адсутнічае ў %1. Аднавіце яго з рэзервовай копіі; зашыфраваныя сведчанні засталіся некранутымі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="39"/>
        <source>This vault is already open in another Sviedka window.</source>
        <translation>Гэтае сховішча ўжо адкрыта ў іншым акне Sviedka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="40"/>
        <source>The vault could not be opened: %1</source>
        <translation>Не ўдалося адкрыць сховішча: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="369"/>
        <source>Save the testimony before closing?</source>
        <translation>Захаваць сведчанне перад закрыццём?</translation>
    </message>
</context>
<context>
    <name>NewPerson</name>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="37"/>
        <source>+ New person…</source>
        <translation>+ Новая асоба…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="54"/>
        <source>New person</source>
        <translation>Новая асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/new_person.py" line="55"/>
        <source>Name, as the informant says it:</source>
        <translation>Імя — так, як яго называе апавядальнік:</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="24"/>
        <location filename="../../app/ui/sync/notices_dialog.py" line="34"/>
        <source>Consent notices</source>
        <translation>Паведамленні пра згоду</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="31"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="38"/>
        <source>An interviewer&apos;s vault reports when an informant&apos;s consent no longer allows sharing a testimony with the organisation. What the archive holds stays: stop using these testimonies, and decide with the interviewer what to do.</source>
        <translation>Сховішча інтэрв&apos;юера паведамляе, калі згода інфарманта больш не дазваляе перадаваць сведчанне арганізацыі. Тое, што ёсць у архіве, застаецца: больш не выкарыстоўвайце гэтыя сведчанні і вырашыце з інтэрв&apos;юерам, што рабіць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="43"/>
        <source>No interviewer has reported the end of an informant&apos;s consent.</source>
        <translation>Ніводзін інтэрв&apos;юер не паведаміў, што згода інфарманта скончылася.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="52"/>
        <source>the informant withdrew consent</source>
        <translation>інфармант адклікаў згоду</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="54"/>
        <source>sharing with the organisation is no longer allowed</source>
        <translation>перадача арганізацыі больш не дазволена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices_dialog.py" line="57"/>
        <source>%1: %2 (sender %3, their version %4 of %5; received %6)</source>
        <translation>%1: %2 (адпраўнік %3, яго версія %4 ад %5; атрымана %6)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="33"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="39"/>
        <source>The organisation&apos;s name, as interviewers know it</source>
        <translation>Назва арганізацыі, як яе ведаюць інтэрв&apos;юеры</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="40"/>
        <source>Create the organisation…</source>
        <translation>Стварыць арганізацыю…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="47"/>
        <source>Save the card for interviewers…</source>
        <translation>Захаваць картку для інтэрв&apos;юераў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="50"/>
        <source>Save the recovery copy of the secret…</source>
        <translation>Захаваць рэзервовую копію сакрэтнага ключа…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="58"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="59"/>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="60"/>
        <source>Signing key</source>
        <translation>Ключ подпісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="61"/>
        <source>age recipient</source>
        <translation>атрымальнік age</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="82"/>
        <source>Create the organisation first.</source>
        <translation>Спачатку стварыце арганізацыю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="90"/>
        <source>This vault is the organisation&apos;s: interviewers encrypt their bundles to it. Give them its card, and read them the fingerprint on a phone call.</source>
        <translation>Гэта сховішча арганізацыі: інтэрв&apos;юеры шыфруюць для яго свае пакеты. Перадайце ім картку і прачытайце адбітак падчас тэлефоннай размовы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="97"/>
        <source>This vault is not an organisation&apos;s. Create the organisation only on the coordinator&apos;s computer: this vault will then hold the key that opens every bundle interviewers send.</source>
        <translation>Гэта не сховішча арганізацыі. Стварайце арганізацыю толькі на камп&apos;ютары каардынатара: тады ў гэтым сховішчы будзе ключ, які адкрывае ўсе пакеты ад інтэрв&apos;юераў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="110"/>
        <source>Write the organisation&apos;s name first.</source>
        <translation>Спачатку напішыце назву арганізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="115"/>
        <source>Create the organisation</source>
        <translation>Стварыць арганізацыю</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="116"/>
        <source>Make this vault the organisation&apos;s, named %1?</source>
        <translation>Зрабіць гэта сховішча сховішчам арганізацыі «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="119"/>
        <source>Create</source>
        <translation>Стварыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="122"/>
        <source>Its secret key is made here and never leaves this vault unless you save a recovery copy. Save one next, to offline storage.</source>
        <translation>Яе сакрэтны ключ ствараецца тут і не пакідае сховішча, калі вы не захаваеце рэзервовую копію. Захавайце яе адразу пасля гэтага на носьбіт, не падлучаны да сеткі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="137"/>
        <source>The organisation is created. Save its card for interviewers, and a recovery copy of its secret to offline storage.</source>
        <translation>Арганізацыя створана. Захавайце яе картку для інтэрв&apos;юераў і рэзервовую копію сакрэтнага ключа на носьбіт, не падлучаны да сеткі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="146"/>
        <source>Save the organisation card</source>
        <translation>Захаваць картку арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="156"/>
        <source>The card is in %1. Fingerprint: %2</source>
        <translation>Картка ў %1. Адбітак: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="167"/>
        <source>Recovery copy of the secret</source>
        <translation>Рэзервовая копія сакрэтнага ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="168"/>
        <source>Write the organisation&apos;s secret key to a file?</source>
        <translation>Запісаць сакрэтны ключ арганізацыі ў файл?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="169"/>
        <source>Choose where…</source>
        <translation>Выбраць месца…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="172"/>
        <source>This file decrypts every bundle ever sent to the organisation. Write it only to offline storage (an encrypted USB stick in a safe), never to this laptop&apos;s disk or a cloud folder, and delete any other copy.</source>
        <translation>Гэты файл расшыфроўвае ўсе пакеты, калі-небудзь дасланыя арганізацыі. Запісвайце яго толькі на носьбіт, не падлучаны да сеткі (зашыфраваную USB-флэшку ў сейфе), ніколі не на дыск гэтага ноўтбука і не ў воблачную тэчку, і выдаліце ўсе іншыя копіі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="181"/>
        <source>Save the recovery copy of the secret</source>
        <translation>Захаваць рэзервовую копію сакрэтнага ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation/dialog.py" line="192"/>
        <source>The secret is in %1. Move it to offline storage now and delete it from this computer.</source>
        <translation>Сакрэтны ключ у %1. Адразу перанясіце яго на носьбіт, не падлучаны да сеткі, і выдаліце з гэтага камп&apos;ютара.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/editor/pages.py" line="76"/>
        <source>… and %1 more</source>
        <translation>… і яшчэ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/pages.py" line="78"/>
        <source>Problems in this section: %1</source>
        <translation>Праблем у гэтым раздзеле: %1</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="33"/>
        <source>date unknown</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="34"/>
        <source>not a calendar date</source>
        <translation>неіснуючая дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="35"/>
        <source>about %1</source>
        <translation>прыблізна %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/partial_date.py" line="79"/>
        <location filename="../../app/ui/editor/partial_date.py" line="163"/>
        <source>How precise the date is</source>
        <translation>Наколькі дакладная дата</translation>
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
        <translation>Хто ўлічаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="33"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="34"/>
        <source>Also written</source>
        <translation>Іншыя напісанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="35"/>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="36"/>
        <source>Status</source>
        <translation>Становішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="37"/>
        <source>Testimonies</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/figures/people.py" line="57"/>
        <source>Share these people…</source>
        <translation>Перадаць гэтых людзей…</translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="49"/>
        <source>Facts and sources</source>
        <translation>Факты і крыніцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="52"/>
        <source>Reading the testimonies…</source>
        <translation>Чытанне сведчанняў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="57"/>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="57"/>
        <location filename="../../app/ui/persons/file_dialog.py" line="66"/>
        <source>Testimony</source>
        <translation>Сведчанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="62"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="63"/>
        <source>Figure</source>
        <translation>Лічба</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="64"/>
        <source>About</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="65"/>
        <source>Recorded as</source>
        <translation>Запісана як</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="104"/>
        <source>The testimonies give birth dates that cannot all be true: compare them below before counting this as one person.</source>
        <translation>Сведчанні называюць даты нараджэння, якія не могуць быць праўдзівымі адначасова: параўнайце іх ніжэй, перш чым улічваць гэта як адну асобу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="117"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/file_dialog.py" line="118"/>
        <source>Status</source>
        <translation>Становішча</translation>
    </message>
</context>
<context>
    <name>PersonReasons</name>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="16"/>
        <source>%1 words of the name match across scripts and spellings</source>
        <translation>супадаюць %1 словы імя (у любым пісьме і напісанні)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="19"/>
        <source>one word of the name matches</source>
        <translation>супадае адно слова імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="20"/>
        <source>given names: %1 ~ %2</source>
        <translation>імёны: %1 ~ %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="21"/>
        <source>given names: %1 ~ %2 (a partial or diminutive form)</source>
        <translation>імёны: %1 ~ %2 (частковая або памяншальная форма)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="24"/>
        <source>same case code</source>
        <translation>той жа нумар справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="25"/>
        <source>same birth date</source>
        <translation>тая ж дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="26"/>
        <source>birth dates compatible (not precise enough to be sure)</source>
        <translation>даты нараджэння сумяшчальныя (недастаткова дакладныя, каб быць упэўненымі)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="29"/>
        <source>no birth date to compare</source>
        <translation>няма даты нараджэння для параўнання</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/reasons.py" line="30"/>
        <source>a relative in common</source>
        <translation>агульны сваяк</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <location filename="../../app/ui/persons/model.py" line="27"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="28"/>
        <source>Also written</source>
        <translation>Іншыя напісанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="29"/>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="30"/>
        <source>Status</source>
        <translation>Становішча</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="31"/>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="32"/>
        <source>Testimonies</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="33"/>
        <source>Political prisoner</source>
        <translation>Палітвязень</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="36"/>
        <source>Humanitarian</source>
        <translation>Гуманітарны</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="37"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="38"/>
        <source>Art. 411</source>
        <translation>Арт. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="39"/>
        <source>Died in custody</source>
        <translation>Смерць пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="40"/>
        <source>Arrested on return</source>
        <translation>Арышт пры вяртанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="43"/>
        <source>held</source>
        <translation>пад вартай</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="44"/>
        <source>released</source>
        <translation>вызвалены(-ая)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="45"/>
        <source>deported</source>
        <translation>дэпартаваны(-ая)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="46"/>
        <source>died</source>
        <translation>памёр(-рла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="47"/>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="60"/>
        <source>(no name recorded)</source>
        <translation>(імя не запісана)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="108"/>
        <source>Counted in this figure as of today (Figures view: who and why)</source>
        <translation>Улічаны(-ая) ў гэтай лічбе на сёння (хто і чаму — у раздзеле «Лічбы»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/model.py" line="136"/>
        <source>From testimony %1</source>
        <translation>Са сведчання %1</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../app/ui/persons/view.py" line="33"/>
        <source>Only a coordinator&apos;s vault decides who is the same person.</source>
        <translation>Хто з&apos;яўляецца адной і той жа асобай, вырашаюць толькі ў сховішчы каардынатара.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="64"/>
        <source>Show only persons whose row contains…</source>
        <translation>Паказаць толькі асоб, у радку якіх ёсць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="79"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="81"/>
        <source>Facts and sources…</source>
        <translation>Факты і крыніцы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="84"/>
        <source>Share…</source>
        <translation>Перадаць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="89"/>
        <source>Separate…</source>
        <translation>Раздзяліць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>May be the same as</source>
        <translation>Магчыма, тая ж асоба, што і</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Score</source>
        <translation>Адзнака</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="95"/>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="101"/>
        <source>Same person…</source>
        <translation>Адна асоба…</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="133"/>
        <source>To review: pairs that may be one person (nothing is merged by itself)</source>
        <translation>Праверыць: пары, якія могуць быць адной асобай (нічога не аб&apos;ядноўваецца само)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="155"/>
        <source>Reading the archive…</source>
        <translation>Чытанне архіва…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/view.py" line="163"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n асоба</numerusform>
            <numerusform>%n асобы</numerusform>
            <numerusform>%n асоб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="223"/>
        <location filename="../../app/ui/persons/view.py" line="230"/>
        <location filename="../../app/ui/persons/view.py" line="265"/>
        <source>Choose a person in the list first.</source>
        <translation>Спачатку выберыце асобу ў спісе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="235"/>
        <source>Choose a pair to review first.</source>
        <translation>Спачатку выберыце пару для праверкі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="240"/>
        <source>Same person</source>
        <translation>Адна асоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="241"/>
        <source>Record that %1 and %2 are the same person?</source>
        <translation>Запісаць, што %1 і %2 — адна і тая ж асоба?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="244"/>
        <source>Record as one person</source>
        <translation>Запісаць як адну асобу</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="247"/>
        <source>Their testimonies and facts will be counted as one person. The decision is recorded in the audit trail and can be undone with Separate.</source>
        <translation>Іх сведчанні і факты будуць улічвацца як адна асоба. Рашэнне запісваецца ў журнал аўдыту, яго можна адмяніць кнопкай «Раздзяліць».</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="259"/>
        <source>Recorded as one person.</source>
        <translation>Запісана як адна асоба.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="269"/>
        <location filename="../../app/ui/persons/view.py" line="273"/>
        <source>Separate</source>
        <translation>Раздзяліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="270"/>
        <source>Undo the latest merge of %1?</source>
        <translation>Адмяніць апошняе аб&apos;яднанне для %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="275"/>
        <source>The person merged last becomes a person of its own again (audited).</source>
        <translation>Асоба, далучаная апошняй, зноў становіцца асобнай (запісваецца ў журнал аўдыту).</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="285"/>
        <source>Separated: two persons again.</source>
        <translation>Раздзелена: зноў дзве асобы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="289"/>
        <source>Nothing was changed: the two are already one person.</source>
        <translation>Нічога не зменена: гэта ўжо адна асоба.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/view.py" line="292"/>
        <source>Nothing was changed: this person was not merged.</source>
        <translation>Нічога не зменена: гэтая асоба не была аб&apos;яднана.</translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <location filename="../../app/ui/place_names.py" line="51"/>
        <source>en</source>
        <translation>be</translation>
    </message>
</context>
<context>
    <name>QuickPage</name>
    <message>
        <location filename="../../app/ui/quick/page.py" line="41"/>
        <source>Keep it in our records</source>
        <translation>Захоўваць у нашых запісах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="44"/>
        <source>Share it with the central organisation</source>
        <translation>Перадаць цэнтральнай арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="46"/>
        <source>Pass it to the United Nations</source>
        <translation>Перадаць у ААН</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="47"/>
        <source>Use it as evidence in court</source>
        <translation>Выкарыстаць як доказ у судзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="50"/>
        <source>Quote it in public reports without names</source>
        <translation>Цытаваць у публічных справаздачах без імёнаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="54"/>
        <source>It is about themselves</source>
        <translation>Расказвае пра сябе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="55"/>
        <source>Mother or father</source>
        <translation>Маці ці бацька</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="56"/>
        <source>Daughter or son</source>
        <translation>Дачка ці сын</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="57"/>
        <source>Wife, husband or partner</source>
        <translation>Жонка, муж ці партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="58"/>
        <source>Sister or brother</source>
        <translation>Сястра ці брат</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="59"/>
        <source>Grandmother or grandfather</source>
        <translation>Бабуля ці дзядуля</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="60"/>
        <source>Another relative</source>
        <translation>Іншы сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="61"/>
        <source>Friend</source>
        <translation>Сябар ці сяброўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="62"/>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="63"/>
        <source>Cellmate</source>
        <translation>Сукамернік</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="64"/>
        <source>Colleague</source>
        <translation>Калега</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="65"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="121"/>
        <source>Medical care was denied</source>
        <translation>У медыцынскай дапамозе адмовілі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="123"/>
        <source>What was needed, e.g. insulin</source>
        <translation>Што было патрэбна, напрыклад інсулін</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="134"/>
        <source>Everything else (more persons, trials, ill-treatment…) is in &lt;a href=&apos;#&apos;&gt;all sections&lt;/a&gt; of the full form.</source>
        <translation>Усё астатняе (іншыя асобы, суды, жорсткае абыходжанне…) — ва &lt;a href=&apos;#&apos;&gt;ўсіх раздзелах&lt;/a&gt; поўнай формы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="140"/>
        <source>Who is speaking</source>
        <translation>Хто расказвае</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="141"/>
        <source>Their name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="142"/>
        <source>Related to the person concerned as</source>
        <translation>Кім даводзіцца яму ці ёй</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="143"/>
        <source>They agree that we…</source>
        <translation>Яны згаджаюцца, каб мы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="146"/>
        <source>Agreed</source>
        <translation>Згода дадзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="147"/>
        <source>The person concerned</source>
        <translation>Пра каго сведчанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="148"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="149"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="150"/>
        <source>Arrested on</source>
        <translation>Дата затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="151"/>
        <source>Arrested where</source>
        <translation>Дзе затрымалі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="152"/>
        <source>Held at</source>
        <translation>Дзе ўтрымліваецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="153"/>
        <source>Type of place</source>
        <translation>Тып месца</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="154"/>
        <source>No contact since</source>
        <translation>Няма сувязі з</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="155"/>
        <source>Health condition</source>
        <translation>Стан здароўя</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="157"/>
        <source>Care needed</source>
        <translation>Патрэбная дапамога</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="158"/>
        <source>In their own words</source>
        <translation>Іхнімі словамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="160"/>
        <source>Language of the account</source>
        <translation>Мова расповеду</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="161"/>
        <source>This interview</source>
        <translation>Гэтае інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="162"/>
        <source>Interviewer</source>
        <translation>Інтэрв&apos;юер</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="163"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="164"/>
        <source>Country where it takes place</source>
        <translation>Краіна, дзе праходзіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="165"/>
        <source>Language spoken</source>
        <translation>Мова размовы</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick/page.py" line="166"/>
        <source>In person or remote</source>
        <translation>Асабіста ці дыстанцыйна</translation>
    </message>
</context>
<context>
    <name>ReceiptFolder</name>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="29"/>
        <source>No receipts will be written</source>
        <translation>Квітанцыі не будуць запісаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="30"/>
        <source>Write receipts for the senders into…</source>
        <translation>Запісаць квітанцыі для адпраўнікоў у…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="33"/>
        <source>A signed receipt tells each interviewer which of their testimonies the organisation now holds, so they can delete them from their laptop. Choose a folder of its own (receipts look like bundles), for example on the USB stick.</source>
        <translation>Падпісаная квітанцыя паведамляе кожнаму інтэрв&apos;юеру, якія з яго сведчанняў цяпер ёсць у арганізацыі, каб ён мог выдаліць іх са свайго ноўтбука. Выберыце для квітанцый асобную папку (квітанцыі выглядаюць як пакеты), напрыклад на флэшцы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="38"/>
        <source>No receipts</source>
        <translation>Без квітанцый</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="59"/>
        <source>Write the receipts into</source>
        <translation>Куды запісаць квітанцыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="80"/>
        <source>No receipt written: no bundle was imported.</source>
        <translation>Квітанцыі не запісаны: не імпартавана ніводнага пакета.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="86"/>
        <source>Receipts written: %1, into %2. Give them back to the interviewers the way the bundles came. Only the vault of the interviewer who sent a bundle can open its receipt (Bundles › Receipts from the organisation…); to anyone else it looks like any bundle.</source>
        <translation>Запісана квітанцый: %1, у %2. Перадайце іх інтэрв&apos;юерам тым жа шляхам, якім прыйшлі пакеты. Адкрыць квітанцыю можа толькі сховішча таго інтэрв&apos;юера, які даслаў пакет (Пакеты › Квітанцыі ад арганізацыі…); для ўсіх астатніх яна выглядае як звычайны пакет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_folder.py" line="97"/>
        <source>No receipt for bundle %1: %2</source>
        <translation>Няма квітанцыі для пакета %1: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptReport</name>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="25"/>
        <source>checked</source>
        <translation>праверана</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="26"/>
        <source>different content</source>
        <translation>іншае змесціва</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="27"/>
        <source>rejected</source>
        <translation>адхілена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="28"/>
        <source>not read (cancelled)</source>
        <translation>не прачытана (скасавана)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="38"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="39"/>
        <source>Result</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="40"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
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
        <translation>Атрымана
арганізацыяй</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="43"/>
        <source>Versions
confirmed</source>
        <translation>Пацверджана
версій</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="44"/>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="51"/>
        <source>Written</source>
        <translation>Запісаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="52"/>
        <source>Receipt</source>
        <translation>Квітанцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="33"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/words.py" line="41"/>
        <source>%1, version %2</source>
        <translation>%1, версія %2</translation>
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
        <translation>У арганізацыі пад вашым імем ёсць іншае змесціва: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="117"/>
        <source>Signature checked.</source>
        <translation>Подпіс правераны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="132"/>
        <source>confirmed: the organisation&apos;s receipt of %1</source>
        <translation>пацверджана: квітанцыя арганізацыі ад %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipt_report.py" line="136"/>
        <source>no receipt yet</source>
        <translation>квітанцыі пакуль няма</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="44"/>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="106"/>
        <source>Receipts from the organisation</source>
        <translation>Квітанцыі ад арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="54"/>
        <source>For each bundle it imported, the organisation writes a signed receipt, which your coordinator sends back to you (a .age file, like a bundle). Sviedka checks its signature against the organisation card you trusted, then notes which of your testimonies the organisation holds exactly as you wrote them.</source>
        <translation>На кожны імпартаваны пакет арганізацыя стварае падпісаную квітанцыю, якую ваш каардынатар дасылае вам назад (файл .age, як і пакет). Sviedka правярае яе подпіс па картцы арганізацыі, якой вы давяраеце, і адзначае, якія з вашых сведчанняў ёсць у арганізацыі менавіта ў тым выглядзе, у якім вы іх запісалі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="60"/>
        <source>Read receipts…</source>
        <translation>Прачытаць квітанцыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="69"/>
        <source>Bundles you sent</source>
        <translation>Пакеты, якія вы даслалі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="71"/>
        <source>You have not exported any bundle yet.</source>
        <translation>Вы яшчэ не экспартавалі ніводнага пакета.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="76"/>
        <source>Safe at the organisation</source>
        <translation>Надзейна захоўваюцца ў арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="86"/>
        <source>A testimony counts once a receipt confirmed its latest version with all its attachments. New ones, ones edited since, and ones with an unsaved draft stay here until a later receipt confirms them.</source>
        <translation>Сведчанне залічваецца, калі квітанцыя пацвердзіла яго апошнюю версію з усімі далучанымі файламі. Новыя сведчанні, змененыя пасля гэтага і тыя, што маюць незахаваны чарнавік, застаюцца тут, пакуль іх не пацвердзіць наступная квітанцыя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="92"/>
        <source>Delete them from this laptop…</source>
        <translation>Выдаліць іх з гэтага ноўтбука…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="124"/>
        <source>Choose the receipt files your coordinator sent back.</source>
        <translation>Выберыце файлы квітанцый, якія вам даслаў каардынатар.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="142"/>
        <source>Testimonies safe at the organisation: %1</source>
        <translation>Сведчанняў, якія надзейна захоўваюцца ў арганізацыі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="155"/>
        <source>Choose the receipts</source>
        <translation>Выберыце квітанцыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="155"/>
        <source>Sviedka receipts (*.age);;All files (*)</source>
        <translation>Квітанцыі Sviedka (*.age);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="167"/>
        <source>Checking the receipts…</source>
        <translation>Праверка квітанцый…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="179"/>
        <source>Stopping after the receipt being checked…</source>
        <translation>Спыненне пасля праверкі бягучай квітанцыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="190"/>
        <source>Receipts checked: %1 · rejected or not read: %2.</source>
        <translation>Праверана квітанцый: %1 · адхілена або не прачытана: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="197"/>
        <source>Everything you exported is confirmed received.</source>
        <translation>Атрыманне ўсяго, што вы экспартавалі, пацверджана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="200"/>
        <source>Exported testimonies the organisation has not confirmed yet: %1. Keep them; a later receipt will tell.</source>
        <translation>Экспартаваных сведчанняў, атрыманне якіх арганізацыя яшчэ не пацвердзіла: %1. Не выдаляйце іх; пра іх паведаміць наступная квітанцыя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="209"/>
        <source>The organisation holds other content under your name than what you wrote, for: %1.
Tell your coordinator, by phone: your key may be in someone else&apos;s hands, or an old copy of your vault was used. These versions are not counted as confirmed.</source>
        <translation>У арганізацыі пад вашым імем ёсць не тое змесціва, якое запісалі вы, для: %1.
Паведаміце каардынатару па тэлефоне: ваш ключ мог трапіць у чужыя рукі або была выкарыстана старая копія вашага сховішча. Гэтыя версіі не лічацца пацверджанымі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="222"/>
        <source>Stopped.</source>
        <translation>Спынена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="224"/>
        <source>Not read: %1</source>
        <translation>Не прачытана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="234"/>
        <source>Delete from this laptop?</source>
        <translation>Выдаліць з гэтага ноўтбука?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="235"/>
        <source>Delete %n testimonies from this laptop?</source>
        <translation>
            <numerusform>Выдаліць %n сведчанне з гэтага ноўтбука?</numerusform>
            <numerusform>Выдаліць %n сведчанні з гэтага ноўтбука?</numerusform>
            <numerusform>Выдаліць %n сведчанняў з гэтага ноўтбука?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="240"/>
        <source>The organisation confirmed with its signed receipts that it holds these %n testimonies exactly as you last saved them, with all their attachments.

The organisation keeps its copy: deleting here is never sent to it.

Deleting cannot be undone: they will be gone from this laptop for good.

Testimonies the organisation has not confirmed stay on this laptop.</source>
        <translation>
            <numerusform>Арганізацыя падпісанымі квітанцыямі пацвердзіла, што ў яе ёсць гэтае %n сведчанне менавіта ў тым выглядзе, у якім вы яго апошні раз захавалі, з усімі далучанымі файламі.

У арганізацыі застаецца яе копія: выдаленне тут ніколі ёй не перадаецца.

Выдаленне немагчыма адмяніць: яно знікне з гэтага ноўтбука назаўсёды.

Сведчанні, якія арганізацыя не пацвердзіла, застаюцца на гэтым ноўтбуку.</numerusform>
            <numerusform>Арганізацыя падпісанымі квітанцыямі пацвердзіла, што ў яе ёсць гэтыя %n сведчанні менавіта ў тым выглядзе, у якім вы іх апошні раз захавалі, з усімі далучанымі файламі.

У арганізацыі застаецца яе копія: выдаленне тут ніколі ёй не перадаецца.

Выдаленне немагчыма адмяніць: яны знікнуць з гэтага ноўтбука назаўсёды.

Сведчанні, якія арганізацыя не пацвердзіла, застаюцца на гэтым ноўтбуку.</numerusform>
            <numerusform>Арганізацыя падпісанымі квітанцыямі пацвердзіла, што ў яе ёсць гэтыя %n сведчанняў менавіта ў тым выглядзе, у якім вы іх апошні раз захавалі, з усімі далучанымі файламі.

У арганізацыі застаецца яе копія: выдаленне тут ніколі ёй не перадаецца.

Выдаленне немагчыма адмяніць: яны знікнуць з гэтага ноўтбука назаўсёды.

Сведчанні, якія арганізацыя не пацвердзіла, застаюцца на гэтым ноўтбуку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="236"/>
        <source>Delete %n testimonies</source>
        <translation>
            <numerusform>Выдаліць %n сведчанне</numerusform>
            <numerusform>Выдаліць %n сведчанні</numerusform>
            <numerusform>Выдаліць %n сведчанняў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/receipts_dialog.py" line="259"/>
        <source>Deleting… (this is not interrupted: wait for it)</source>
        <translation>Выдаленне… (яго нельга перапыніць: дачакайцеся завяршэння)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="275"/>
        <source>Deleted %n testimonies from this laptop; the organisation keeps its copies.</source>
        <translation>
            <numerusform>З гэтага ноўтбука выдалена %n сведчанне; у арганізацыі застаюцца яе копіі.</numerusform>
            <numerusform>З гэтага ноўтбука выдалены %n сведчанні; у арганізацыі застаюцца яе копіі.</numerusform>
            <numerusform>З гэтага ноўтбука выдалена %n сведчанняў; у арганізацыі застаюцца яе копіі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="285"/>
        <source>Kept %n that changed since they were counted (a later receipt will tell).</source>
        <translation>
            <numerusform>Пакінута %n сведчанне, якое змянілася пасля падліку (пра яго паведаміць наступная квітанцыя).</numerusform>
            <numerusform>Пакінуты %n сведчанні, якія змяніліся пасля падліку (пра іх паведаміць наступная квітанцыя).</numerusform>
            <numerusform>Пакінута %n сведчанняў, якія змяніліся пасля падліку (пра іх паведаміць наступная квітанцыя).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/receipts_dialog.py" line="294"/>
        <source>Also removed %n older copies of the vault (kept from an upgrade) that still held them.</source>
        <translation>
            <numerusform>Таксама выдалена %n старая копія сховішча (захаваная пры абнаўленні), у якой яны яшчэ заставаліся.</numerusform>
            <numerusform>Таксама выдалены %n старыя копіі сховішча (захаваныя пры абнаўленні), у якіх яны яшчэ заставаліся.</numerusform>
            <numerusform>Таксама выдалена %n старых копій сховішча (захаваных пры абнаўленні), у якіх яны яшчэ заставаліся.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefRegistry</name>
    <message>
        <location filename="../../app/ui/editor/refs.py" line="44"/>
        <source>Person %1, no name yet</source>
        <translation>Асоба %1, пакуль без імя</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="25"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="26"/>
        <source>Interview</source>
        <translation>Інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="27"/>
        <source>Persons</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="28"/>
        <source>Information links</source>
        <translation>Крыніцы звестак</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="29"/>
        <source>Detention episodes</source>
        <translation>Эпізоды затрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="30"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="31"/>
        <source>Ill-treatment acts</source>
        <translation>Жорсткае абыходжанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="32"/>
        <source>Detention conditions</source>
        <translation>Умовы ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="33"/>
        <source>Health</source>
        <translation>Здароўе</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="34"/>
        <source>Medical care</source>
        <translation>Медыцынская дапамога</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="35"/>
        <source>Humanitarian criteria</source>
        <translation>Гуманітарныя крытэрыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="36"/>
        <source>Deaths in detention</source>
        <translation>Смерць у зняволенні</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="37"/>
        <source>Prosecutions</source>
        <translation>Крымінальныя справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="38"/>
        <source>Administrative cases</source>
        <translation>Адміністрацыйныя справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="39"/>
        <source>“Extremist” and “terrorist” lists</source>
        <translation>Спісы «экстрэмістаў» і «тэрарыстаў»</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="40"/>
        <source>Solidarity persecution</source>
        <translation>Пераслед за салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="41"/>
        <source>Transnational incidents</source>
        <translation>Пераслед эмігрантаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="42"/>
        <source>Property</source>
        <translation>Маёмасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="43"/>
        <source>Recruitment attempts</source>
        <translation>Спробы вярбоўкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="44"/>
        <source>Interventions</source>
        <translation>Звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="45"/>
        <source>Event links</source>
        <translation>Сувязі падзей</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="46"/>
        <source>Field notes</source>
        <translation>Заўвагі да палёў</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="47"/>
        <source>Narrative</source>
        <translation>Аповед</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sections.py" line="48"/>
        <source>Attachments described</source>
        <translation>Апісанне далучаных файлаў</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="20"/>
        <source>waiting for approval</source>
        <translation>чакае ўхвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="21"/>
        <source>added from card</source>
        <translation>дададзены з карткі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="22"/>
        <source>approved</source>
        <translation>ухвалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="23"/>
        <source>revoked</source>
        <translation>адкліканы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="44"/>
        <source>Key id</source>
        <translation>Ідэнтыфікатар ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="46"/>
        <source>Last sequence</source>
        <translation>Апошні нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="47"/>
        <source>Held bundles</source>
        <translation>Пакеты ў каранціне</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="48"/>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="49"/>
        <source>Added</source>
        <translation>Дададзены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="58"/>
        <source>Sequence</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="59"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="60"/>
        <source>Received</source>
        <translation>Атрыманы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_tables.py" line="61"/>
        <source>Why it is held</source>
        <translation>Чаму ў каранціне</translation>
    </message>
</context>
<context>
    <name>SendersDialog</name>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="29"/>
        <location filename="../../app/ui/sync/senders_dialog.py" line="73"/>
        <source>Senders</source>
        <translation>Адпраўнікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="40"/>
        <source>Organisation: %1 — fingerprint %2</source>
        <translation>Арганізацыя: %1 — адбітак %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="44"/>
        <source>Save the organisation card…</source>
        <translation>Захаваць картку арганізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="228"/>
        <source>Key id</source>
        <translation>Ідэнтыфікатар ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="48"/>
        <source>Add card…</source>
        <translation>Дадаць картку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="49"/>
        <source>Approve…</source>
        <translation>Ухваліць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="50"/>
        <source>Revoke…</source>
        <translation>Адклікаць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="51"/>
        <source>Accept missing earlier bundles</source>
        <translation>Не чакаць папярэдніх пакетаў, якія не дайшлі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="54"/>
        <source>Import held bundles even when bundles sent before them never arrived (a lost USB stick). Without this they wait for the missing ones.</source>
        <translation>Імпартаваць пакеты з каранціну, нават калі пакеты, дасланыя раней за іх, так і не дайшлі (згубленая флэшка). Без гэтага яны чакаюць, пакуль дойдуць тыя, якіх не хапае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="105"/>
        <source>No senders yet. Add an interviewer&apos;s card, or import their bundles: they wait in quarantine until you approve the sender.</source>
        <translation>Адпраўнікоў пакуль няма. Дадайце картку інтэрв&apos;юера або імпартуйце яго пакеты: яны будуць чакаць у каранціне, пакуль вы не ўхваліце адпраўніка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="138"/>
        <source>Held bundles of %1</source>
        <translation>Пакеты ў каранціне ад %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="147"/>
        <source>Save the organisation card</source>
        <translation>Захаваць картку арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="148"/>
        <source>Cards (*.json)</source>
        <translation>Карткі (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="159"/>
        <source>Card saved to %1. Interviewers compare its fingerprint with you: %2</source>
        <translation>Картка захавана ў %1. Інтэрв&apos;юеры звяраюць з вамі яе адбітак: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="167"/>
        <source>Choose the interviewer&apos;s card</source>
        <translation>Выберыце картку інтэрв&apos;юера</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="168"/>
        <source>Interviewer cards (*.json *.card);;All files (*)</source>
        <translation>Карткі інтэрв&apos;юераў (*.json *.card);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="181"/>
        <source>Add this interviewer?</source>
        <translation>Дадаць гэтага інтэрв&apos;юера?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="182"/>
        <source>Bundles signed with this key will be imported without waiting for approval.</source>
        <translation>Пакеты, падпісаныя гэтым ключом, будуць імпартавацца без чакання ўхвалення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="186"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="195"/>
        <source>Sender %1 added.</source>
        <translation>Адпраўнік %1 дададзены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="205"/>
        <source>Approve this sender?</source>
        <translation>Ухваліць гэтага адпраўніка?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="206"/>
        <source>Held bundles to import after the approval: %1.</source>
        <translation>Пакетаў у каранціне, якія будуць імпартаваны пасля ўхвалення: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="212"/>
        <source>Approve</source>
        <translation>Ухваліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="219"/>
        <source>Sender %1 approved.</source>
        <translation>Адпраўнік %1 ухвалены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="230"/>
        <source>Public key</source>
        <translation>Адкрыты ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="238"/>
        <source>Call the interviewer on the phone (not by message or e-mail) and ask them to read the fingerprint of their key aloud: Sviedka shows it in their Export window. Go on only if all eight groups match. Another fingerprint means someone else made these bundles.</source>
        <translation>Патэлефануйце інтэрв&apos;юеру (менавіта званок, а не паведамленне або электронны ліст) і папрасіце прачытаць уголас адбітак яго ключа: Sviedka паказвае яго ў акне «Экспарт для арганізацыі». Працягвайце, толькі калі супадаюць усе восем груп. Іншы адбітак азначае, што гэтыя пакеты зрабіў хтосьці іншы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="258"/>
        <source>Revoke this sender?</source>
        <translation>Адклікаць гэтага адпраўніка?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="260"/>
        <source>Revoke %1? Its bundles will no longer be imported, only kept in quarantine. What was imported from it stays. A revoked key cannot be approved again.</source>
        <translation>Адклікаць %1? Яго пакеты больш не будуць імпартавацца, а толькі захоўвацца ў каранціне. Тое, што ад яго ўжо імпартавана, застанецца. Адкліканы ключ нельга ўхваліць зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="263"/>
        <source>Revoke</source>
        <translation>Адклікаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="277"/>
        <source>Sender %1 revoked: its bundles will be quarantined, not imported.</source>
        <translation>Адпраўнік %1 адкліканы: яго пакеты будуць трапляць у каранцін, а не імпартавацца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/senders_dialog.py" line="288"/>
        <source>Importing the held bundles… (this is not interrupted: wait for it)</source>
        <translation>Імпарт пакетаў з каранціну… (яго нельга перапыніць: дачакайцеся завяршэння)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="31"/>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Hide names on screen (privacy screen)</source>
        <translation>Хаваць імёны на экране (экран прыватнасці)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Names show as initials and birth dates as dots in every list and dialog. A name shows in full while you type in its field, and in a list on the row you are on while the list has the keyboard focus.</source>
        <translation>Імёны паказваюцца ініцыяламі, а даты нараджэння — кропкамі ва ўсіх спісах і вокнах. Імя відаць цалкам, пакуль вы пішаце ў яго полі, а ў спісе — у радку, на якім вы стаіце, пакуль спіс мае фокус клавіятуры.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Interface language</source>
        <translation>Мова інтэрфейсу</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <source>Lock after inactivity</source>
        <translation>Блакаваць пасля бяздзейнасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <source>The language was not changed: the screen is rebuilt in a new language, so save or discard the open testimony first. The other settings apply.</source>
        <translation>Мова не зменена: у новай мове экран будуецца нанова, таму спачатку захавайце адкрытае сведчанне або адмяніце змены. Астатнія налады ўжо дзейнічаюць.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="59"/>
        <source>Share under consent</source>
        <translation>Перадача паводле згоды</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="78"/>
        <source>One row per person</source>
        <translation>Радок на кожнага чалавека</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="79"/>
        <source>One row per act</source>
        <translation>Радок на кожны акт</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="85"/>
        <source>Only the people chosen</source>
        <translation>Толькі выбраныя людзі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="98"/>
        <source>Write the file…</source>
        <translation>Запісаць файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="101"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="105"/>
        <source>For</source>
        <translation>Каму</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="106"/>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="107"/>
        <source>Rows</source>
        <translation>Радкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="108"/>
        <source>Labels in</source>
        <translation>Назвы на мове</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="111"/>
        <source>Testimonies that would leave</source>
        <translation>Сведчанні, якія будуць перададзены</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="112"/>
        <source>People named</source>
        <translation>Людзі з імёнамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="113"/>
        <source>People only as a case code</source>
        <translation>Людзі толькі пад шыфрам</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="114"/>
        <source>People left out</source>
        <translation>Людзі, якіх не будзе ў файле</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="115"/>
        <source>Testimonies kept back whole</source>
        <translation>Сведчанні, не перададзеныя цалкам</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="118"/>
        <source>Before writing:</source>
        <translation>Да запісу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="156"/>
        <source>One row per act is for CSV and xlsx.</source>
        <translation>Радок на кожны акт — толькі для CSV і xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="170"/>
        <source>Counting what consent allows…</source>
        <translation>Лічым, што дазваляе згода…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="189"/>
        <source>Nobody consented to this use: the file would hold no one.</source>
        <translation>Ніхто не даў згоды на такую перадачу: у файле не будзе нікога.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="202"/>
        <source>Write the hand-over to</source>
        <translation>Куды запісаць перадачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="218"/>
        <source>Writing %1…</source>
        <translation>Запісваем %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="230"/>
        <source>Nobody consented to this use: wrote %1 with no one in it.</source>
        <translation>Ніхто не даў згоды на такую перадачу: запісаны %1, у ім нікога няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="234"/>
        <source>Wrote %1: %2 testimonies; people named: %3, only as a case code: %4, left out: %5.</source>
        <translation>Запісаны %1. Сведчанні: %2; людзі з імёнамі: %3, толькі пад шыфрам: %4, не ўключаны: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="250"/>
        <source>The file could not be written (%1); nothing was written.</source>
        <translation>Файл не ўдалося запісаць (%1); нічога не запісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/dialog.py" line="255"/>
        <source>Stopped; nothing was written.</source>
        <translation>Спынена; нічога не запісана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="18"/>
        <source>UN Working Group on Arbitrary Detention</source>
        <translation>Працоўная група ААН па адвольных затрыманнях</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="19"/>
        <source>UN Special Rapporteur on Belarus</source>
        <translation>Спецыяльны дакладчык ААН па Беларусі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="20"/>
        <source>UN Group of Independent Experts on Belarus</source>
        <translation>Група незалежных экспертаў ААН па Беларусі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="23"/>
        <source>International Accountability Platform for Belarus</source>
        <translation>Міжнародная платформа прыцягнення да адказнасці для Беларусі (IAPB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="26"/>
        <source>A prosecutor or a court</source>
        <translation>Пракурор або суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="27"/>
        <source>A partner organisation</source>
        <translation>Партнёрская арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="28"/>
        <source>Publication with names</source>
        <translation>Публікацыя з імёнамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="29"/>
        <source>Anonymised publication</source>
        <translation>Ананімная публікацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="32"/>
        <source>Table (CSV)</source>
        <translation>Табліца (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="33"/>
        <source>Spreadsheet (Excel, xlsx)</source>
        <translation>Электронная табліца (Excel, xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="34"/>
        <source>Records (JSON)</source>
        <translation>Запісы (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="35"/>
        <source>Uwazi import (CSV)</source>
        <translation>Імпарт у Uwazi (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="36"/>
        <source>Case dossiers (PDF)</source>
        <translation>Дасье па справах (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="39"/>
        <source>the informant withdrew consent</source>
        <translation>інфармант адклікаў згоду</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="42"/>
        <source>the informant did not consent to this use</source>
        <translation>інфармант не даў згоды на такую перадачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="45"/>
        <source>a part marked sensitive could not be found in the testimony</source>
        <translation>частку, пазначаную як адчувальная, не знойдзена ў сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="48"/>
        <source>a name that may not leave is still in the testimony</source>
        <translation>у сведчанні засталося імя, якое нельга перадаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="51"/>
        <source>withdrew their own consent</source>
        <translation>адклікалі сваю згоду</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="52"/>
        <source>alleged perpetrators</source>
        <translation>меркаваныя парушальнікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="53"/>
        <source>the informant did not consent to share about others</source>
        <translation>інфармант не даў згоды перадаваць звесткі пра іншых</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="56"/>
        <source>did not consent for themselves</source>
        <translation>не давалі згоды самі</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="59"/>
        <source>marked sensitive</source>
        <translation>пазначаныя як адчувальныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="60"/>
        <source>consented</source>
        <translation>далі згоду</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="62"/>
        <source>The file is outside the vault&apos;s protection: it is not encrypted, and anyone who gets it can read it. Hand it over the way the partner agreed, then delete your copy.</source>
        <translation>Файл па-за абаронай сховішча: ён не зашыфраваны, і кожны, да каго ён трапіць, можа яго прачытаць. Перадайце яго так, як дамовіліся з партнёрам, а потым выдаліце сваю копію.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="90"/>
        <source>Only as a case code, %1: %2</source>
        <translation>Толькі пад шыфрам, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="92"/>
        <source>Left out, %1: %2</source>
        <translation>Не ўключаны, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/words.py" line="97"/>
        <source>Testimonies kept back whole, %1: %2</source>
        <translation>Сведчанні, не перададзеныя цалкам, %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/opening.py" line="22"/>
        <source>Only the %1 persons behind the figure</source>
        <translation>Толькі людзі за гэтай лічбай (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/opening.py" line="28"/>
        <source>Only the person selected in Persons</source>
        <translation>Толькі чалавек, выбраны ў «Людзях»</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/ui/editor/summaries.py" line="50"/>
        <source>Art. %1</source>
        <translation>арт. %1</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="166"/>
        <source>Handling of this record</source>
        <translation>Канфідэнцыйнасць і статус запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="24"/>
        <source>Alt+Up / Alt+Down (or Ctrl+PgUp / Ctrl+PgDn): previous / next section.
Tab / Shift+Tab: next / previous field.
In a list: Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.
In a picker: type to search; F4 opens the list.</source>
        <translation>Alt+Up / Alt+Down (або Ctrl+PgUp / Ctrl+PgDn): папярэдні / наступны раздзел.
Tab / Shift+Tab: наступнае / папярэдняе поле.
У спісе: Ctrl+N дадае запіс, Delete выдаляе яго, Ctrl+Shift+Up/Down перамяшчае яго.
У полі выбару: пачніце ўводзіць тэкст для пошуку; F4 адкрывае спіс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="340"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor.py" line="345"/>
        <source>Problems: %1</source>
        <translation>Праблем: %1</translation>
    </message>
</context>
<context>
    <name>TestimonyList</name>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="25"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="26"/>
        <source>Interview</source>
        <translation>Інтэрв&apos;ю</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="27"/>
        <source>Flags</source>
        <translation>Адзнакі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="31"/>
        <source>incommunicado</source>
        <translation>інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="32"/>
        <source>humanitarian</source>
        <translation>гуманітарныя крытэрыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="33"/>
        <source>Art. 411</source>
        <translation>арт. 411</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="34"/>
        <source>in absentia</source>
        <translation>завочна</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="35"/>
        <source>death in detention</source>
        <translation>смерць у зняволенні</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="36"/>
        <source>transnational</source>
        <translation>транснац. рэпрэсіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="37"/>
        <source>arrest on return</source>
        <translation>затрыманне пасля вяртання</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="38"/>
        <source>solidarity</source>
        <translation>салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="39"/>
        <source>death after release</source>
        <translation>смерць пасля вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="40"/>
        <source>held beyond term</source>
        <translation>утрымліваецца пасля тэрміну</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="41"/>
        <source>administrative case</source>
        <translation>адміністрацыйная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="42"/>
        <source>on a list</source>
        <translation>у спісе</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="43"/>
        <source>property</source>
        <translation>маёмасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="44"/>
        <source>recruitment</source>
        <translation>вярбоўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="45"/>
        <source>intervention</source>
        <translation>зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="48"/>
        <source>draft</source>
        <translation>чарнавік</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="49"/>
        <source>complete</source>
        <translation>завершана</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/list_model.py" line="50"/>
        <source>reviewed</source>
        <translation>праверана</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="39"/>
        <source>Arrest</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="40"/>
        <source>Held at</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="41"/>
        <source>Punishment cell</source>
        <translation>Дысцыплінарная ізаляцыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="42"/>
        <source>Transfer</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="43"/>
        <source>Release</source>
        <translation>Вызваленне</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="44"/>
        <source>Police supervision</source>
        <translation>Прэвентыўны нагляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="45"/>
        <source>Exit ban</source>
        <translation>Забарона на выезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="46"/>
        <source>KGB recruitment attempt</source>
        <translation>Спроба вярбоўкі КДБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="47"/>
        <source>Incommunicado</source>
        <translation>Інкамунікада</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="48"/>
        <source>Trial</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="49"/>
        <source>Verdict</source>
        <translation>Рашэнне суда</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="50"/>
        <source>Ill-treatment</source>
        <translation>Жорсткае абыходжанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="51"/>
        <source>Death in detention</source>
        <translation>Смерць у зняволенні</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="52"/>
        <source>Persecution for solidarity</source>
        <translation>Пераслед за салідарнасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="53"/>
        <source>Transnational repression</source>
        <translation>Транснацыянальныя рэпрэсіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="54"/>
        <source>Administrative case</source>
        <translation>Адміністрацыйная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="55"/>
        <source>Put on a list</source>
        <translation>Унесены ў спіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="56"/>
        <source>Action against property</source>
        <translation>Дзеянні супраць маёмасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="57"/>
        <source>Death after release</source>
        <translation>Смерць пасля вызвалення</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="58"/>
        <source>Medical care denied</source>
        <translation>Адмоўлена ў медыцынскай дапамозе</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="61"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="62"/>
        <source>Until</source>
        <translation>Па</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="63"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="64"/>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="65"/>
        <source>Recorded as</source>
        <translation>Запісана як</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="66"/>
        <source>Testimony</source>
        <translation>Сведчанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="89"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="97"/>
        <source>Timeline of %1</source>
        <translation>Храналогія: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="108"/>
        <source>Collecting events…</source>
        <translation>Збор падзей…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="123"/>
        <source>Could not collect the events.</source>
        <translation>Не ўдалося сабраць падзеі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="148"/>
        <source>Testimony %1</source>
        <translation>Сведчанне %1</translation>
    </message>
</context>
<context>
    <name>TokensNode</name>
    <message>
        <location filename="../../app/ui/editor/fields.py" line="207"/>
        <source>Codes separated by commas, e.g. BY, PL</source>
        <translation>Коды праз коску, напрыклад BY, PL</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="60"/>
        <source>Something went wrong</source>
        <translation>Нешта пайшло не так</translation>
    </message>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="62"/>
        <source>Something went wrong. Your vault is safe: everything you saved is still in it, encrypted.</source>
        <translation>Нешта пайшло не так. Вашае сховішча ў бяспецы: усё, што вы захавалі, па-ранейшаму ў ім і зашыфравана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unexpected_error.py" line="69"/>
        <source>The last action may not have finished: check it and try again. If this happens again, lock the vault and start Sviedka again. The error&apos;s details were not written anywhere, so nothing from your testimonies left the vault.</source>
        <translation>Апошняе дзеянне магло не завяршыцца: праверце яго і паспрабуйце яшчэ раз. Калі гэта паўторыцца, заблакуйце сховішча і запусціце Sviedka нанова. Падрабязнасці памылкі нікуды не запісаныя, таму нічога з вашых сведчанняў не пакінула сховішча.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="20"/>
        <source>Vault locked</source>
        <translation>Сховішча заблакавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="25"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="32"/>
        <source>Unlock</source>
        <translation>Разблакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock/unlock_screen.py" line="55"/>
        <source>Unlocking…</source>
        <translation>Разблакаванне…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/lock/unlock_screen.py" line="62"/>
        <source>Updating the search index for this version of Sviedka (%n testimonies)…</source>
        <translation>
            <numerusform>Абнаўляецца пошукавы індэкс для гэтай версіі Sviedka (%n сведчанне)…</numerusform>
            <numerusform>Абнаўляецца пошукавы індэкс для гэтай версіі Sviedka (%n сведчанні)…</numerusform>
            <numerusform>Абнаўляецца пошукавы індэкс для гэтай версіі Sviedka (%n сведчанняў)…</numerusform>
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
        <translation>новае</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="31"/>
        <source>changed</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="32"/>
        <source>removed</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="33"/>
        <source>Handling of this record</source>
        <translation>Канфідэнцыйнасць і статус запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_form.py" line="34"/>
        <source>Other answers</source>
        <translation>Іншыя адказы</translation>
    </message>
</context>
<context>
    <name>VersionWords</name>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="32"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="33"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="34"/>
        <source>Person %1, no name yet</source>
        <translation>Асоба %1, пакуль без імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="35"/>
        <source>(no longer in this record)</source>
        <translation>(ужо няма ў гэтым запісе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="36"/>
        <source>date unknown</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="37"/>
        <source>not a calendar date</source>
        <translation>неіснуючая дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/testimony/version_words.py" line="38"/>
        <source>about %1</source>
        <translation>прыблізна %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../../app/ui/view_bar.py" line="30"/>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="33"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Сведчанні</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="34"/>
        <source>&amp;Persons</source>
        <translation>&amp;Асобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/view_bar.py" line="35"/>
        <source>&amp;Figures</source>
        <translation>&amp;Лічбы</translation>
    </message>
</context>
<context>
    <name>VocabNode</name>
    <message>
        <location filename="../../app/ui/editor/choices.py" line="134"/>
        <source>Type to search…</source>
        <translation>Пачніце ўводзіць для пошуку…</translation>
    </message>
</context>
</TS>
