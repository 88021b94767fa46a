<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>Engine</name>
    <message>
        <source>Model file not found: {path}</source>
        <translation>پرونده مدل پیدا نشد: {path}</translation>
    </message>
    <message>
        <source>{name} is not a readable model (truncated or corrupt).</source>
        <translation>‏{name} مدلی خواندنی نیست (ناقص یا خراب).</translation>
    </message>
    <message>
        <source>{name} was refused: it holds objects other than plain weights, which could run code when loaded. Only RNN Lab model files can be opened.</source>
        <translation>‏{name} پذیرفته نشد: جز وزن‌های ساده اشیائی دارد که هنگام بارگذاری ممکن است کدی را اجرا کنند. تنها پرونده‌های مدل RNN Lab باز می‌شوند.</translation>
    </message>
    <message>
        <source>{name} is a text file, not a model file: models are written by the tabs&apos; Save actions and the command line&apos;s --out.</source>
        <translation>‏{name} پرونده‌ای متنی است، نه پرونده مدل: مدل‌ها را فرمان «ذخیره» زبانه‌ها و گزینه ⁦--out⁩ خط فرمان می‌نویسند.</translation>
    </message>
    <message>
        <source>{name} is not a readable model file (truncated or corrupt).</source>
        <translation>‏{name} پرونده مدلی خواندنی نیست (ناقص یا خراب).</translation>
    </message>
    <message>
        <source>{name} is not an RNN Lab model file.</source>
        <translation>‏{name} پرونده مدل RNN Lab نیست.</translation>
    </message>
    <message>
        <source>{name} was written by a newer RNN Lab (format {version}); this version reads format {readable}. Update RNN Lab to open it.</source>
        <translation>‏{name} را نسخه‌ای تازه‌تر از RNN Lab نوشته است (قالب {version})؛ این نسخه قالب {readable} را می‌خواند. برای باز کردن آن RNN Lab را به‌روز کنید.</translation>
    </message>
    <message>
        <source>{name} holds a {found} model, not a {kind} model.</source>
        <translation>‏{name} مدلی از نوع ⁦{found}⁩ دارد، نه از نوع ⁦{kind}⁩.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>نوشتن {path} ممکن نشد: {reason}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>Lost the Dask scheduler at {address}; the runs that finished before are kept.</source>
        <translation>ارتباط با زمان‌بند Dask در {address} از دست رفت؛ اجراهایی که پیش‌تر پایان یافته‌اند نگه داشته شده‌اند.</translation>
    </message>
    <message>
        <source>Running on a cluster needs the distributed package: pip install &apos;rnnlab[cluster]&apos;.</source>
        <translation>اجرا روی خوشه بسته distributed را لازم دارد: ⁦pip install &apos;rnnlab[cluster]&apos;⁩.</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {exc} (give it as tcp://HOST:PORT)</source>
        <translation>دسترسی به زمان‌بند Dask در {address} ممکن نیست: {exc} (آن را به شکل ⁦tcp://HOST:PORT⁩ بدهید)</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {reason}</source>
        <translation>دسترسی به زمان‌بند Dask در {address} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>The Dask scheduler at {address} has no workers (waited {timeout_s:g} s); start some with: dask worker {address} --nthreads 1</source>
        <translation>زمان‌بند Dask در {address} هیچ کارگری ندارد ({timeout_s:g} ثانیه صبر شد)؛ با این فرمان چند کارگر راه بیندازید: ⁦dask worker {address} --nthreads 1⁩</translation>
    </message>
    <message>
        <source>Every worker of the Dask scheduler at {address} needs RNN Lab {ours}, as here: {wrong}.</source>
        <translation>هر کارگر زمان‌بند Dask در {address} به RNN Lab نسخه {ours} نیاز دارد، همچون این‌جا: {wrong}.</translation>
    </message>
    <message>
        <source>Each setting can be varied once.</source>
        <translation>هر تنظیم را تنها یک بار می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>An experiment needs at least one seed; got {seeds}.</source>
        <translation>آزمایش دست‌کم یک بذر (seed) لازم دارد؛ {seeds} داده شد.</translation>
    </message>
    <message>
        <source>An experiment varies at most {most} settings; got {count}.</source>
        <translation>یک آزمایش دست‌بالا {most} تنظیم را تغییر می‌دهد؛ {count} داده شد.</translation>
    </message>
    <message>
        <source>The horizon is read over {axis}, which the experiment does not vary.</source>
        <translation>افق روی {axis} خوانده می‌شود، که آزمایش آن را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>An experiment&apos;s name of digits only ({name!r}) would read as another experiment&apos;s id: give it a word too.</source>
        <translation>نامی که تنها از رقم ساخته شده ({name!r}) شناسه آزمایشی دیگر خوانده می‌شود: واژه‌ای هم به آن بیفزایید.</translation>
    </message>
    <message>
        <source>--vary {text}: write it as NAME=V1,V2,... (e.g. --vary cell=rnn,lstm).</source>
        <translation>⁦--vary {text}⁩: آن را به شکل ⁦NAME=V1,V2,...⁩ بنویسید (برای نمونه ⁦--vary cell=rnn,lstm⁩).</translation>
    </message>
    <message>
        <source>--vary {text}: give the values of {name} separated by commas, none empty.</source>
        <translation>⁦--vary {text}⁩: مقدارهای {name} را با ویرگول جدا کنید، هیچ‌کدام خالی نباشد.</translation>
    </message>
    <message>
        <source>--vary {text}: {typed} is listed twice.</source>
        <translation>⁦--vary {text}⁩: {typed} دو بار آمده است.</translation>
    </message>
    <message>
        <source>--vary {text}: {typed} is the same value as {first}.</source>
        <translation>⁦--vary {text}⁩: {typed} همان مقدار {first} است.</translation>
    </message>
    <message>
        <source>--vary {text}: {exc}</source>
        <translation>⁦--vary {text}⁩: {exc}</translation>
    </message>
    <message>
        <source>--vary seed: the seeds are 0..N-1 of --seeds N; vary a setting.</source>
        <translation>⁦--vary seed⁩: بذرها همان ⁦0..N-1⁩ از ⁦--seeds N⁩ هستند؛ تنظیمی را تغییر دهید.</translation>
    </message>
    <message>
        <source>--vary {name}: {lab_name} has no setting called {name}; it can vary {names}.</source>
        <translation>⁦--vary {name}⁩: {lab_name} تنظیمی به نام {name} ندارد؛ این‌ها را می‌تواند تغییر دهد: {names}.</translation>
    </message>
    <message>
        <source>{label} is on or off; got {text!r}.</source>
        <translation>«{label}» روشن یا خاموش است؛ {text!r} داده شد.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددی درست</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>{label} must be {kind}; got {text!r}.</source>
        <translation>«{label}» باید {kind} باشد؛ {text!r} داده شد.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>خواندن {path} ممکن نیست: {reason}.</translation>
    </message>
    <message>
        <source>There is no run store at {path}.</source>
        <translation>در {path} انباره اجراها نیست.</translation>
    </message>
    <message>
        <source>The store already has an experiment called {experiment_name!r}: resume it (--resume) or give another name.</source>
        <translation>انباره از پیش آزمایشی به نام {experiment_name!r} دارد: آن را از سر بگیرید (⁦--resume⁩) یا نام دیگری بدهید.</translation>
    </message>
    <message>
        <source>{path} has no experiment {reference!r} (rnnlab runs list shows them).</source>
        <translation>‏{path} آزمایش {reference!r} را ندارد (فرمان ⁦rnnlab runs list⁩ آزمایش‌ها را نشان می‌دهد).</translation>
    </message>
    <message>
        <source>Experiment {experiment} was deleted from the run store {path} while its runs were going: this run could not be stored.</source>
        <translation>آزمایش {experiment} هنگامی که اجراهایش در جریان بود از انباره اجراهای {path} پاک شد: این اجرا ذخیره نشد.</translation>
    </message>
    <message>
        <source>Cannot open the run store {path}: {exc}.</source>
        <translation>باز کردن انباره اجراهای {path} ممکن نیست: {exc}.</translation>
    </message>
    <message>
        <source>{path} is not an RNN Lab run store ({exc}).</source>
        <translation>‏{path} انباره اجراهای RNN Lab نیست ({exc}).</translation>
    </message>
    <message>
        <source>The run store {path} could not be written: {exc}.</source>
        <translation>نوشتن در انباره اجراهای {path} ممکن نشد: {exc}.</translation>
    </message>
    <message>
        <source>The run store {path} could not be read: {exc}.</source>
        <translation>خواندن انباره اجراهای {path} ممکن نشد: {exc}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not an RNN Lab run store.</source>
        <translation>‏{path} پایگاه داده SQLite است، اما انباره اجراهای RNN Lab نیست.</translation>
    </message>
    <message>
        <source>{path} was written by a newer RNN Lab (run store schema {version}; this version reads {readable}): update RNN Lab or use another store.</source>
        <translation>‏{path} را نسخه‌ای تازه‌تر از RNN Lab نوشته است (طرح انباره {version}؛ این نسخه {readable} را می‌خواند): RNN Lab را به‌روز کنید یا انباره دیگری به کار ببرید.</translation>
    </message>
    <message>
        <source>The stored experiment {experiment_name!r} has other settings, inputs, grid or seeds than these: resume it with the same ones, or give another --name.</source>
        <translation>آزمایش ذخیره‌شده {experiment_name!r} تنظیم‌ها، ورودی‌ها، شبکه مقدارها یا بذرهایی جز این‌ها دارد: آن را با همان‌ها از سر بگیرید، یا ⁦--name⁩ دیگری بدهید.</translation>
    </message>
    <message>
        <source>Cancelled after {runs} of {total} (kept in the store, {seconds:.0f} s).</source>
        <translation>پس از {runs} از {total} لغو شد (در انباره نگه داشته شد، {seconds:.0f} ثانیه).</translation>
    </message>
    <message>
        <source>A backtest needs at least 2 folds.</source>
        <translation>پس‌آزمایی (backtest) دست‌کم ۲ بخش لازم دارد.</translation>
    </message>
    <message>
        <source>Too few rows for {folds} folds of {rows} with a window of {window}: use fewer folds, a smaller test period or a shorter window.</source>
        <translation>سطرها برای {folds} بخش {rows}ی با پنجره {window} بسیار کم‌اند: بخش‌های کمتر، دوره آزمون کوچک‌تر یا پنجره کوتاه‌تری به کار ببرید.</translation>
    </message>
    <message>
        <source>Fold {fold} has no {level} band: its {errors} validation windows are too few (the band needs at least {needed}), so the backtest reports no mean coverage.</source>
        <translation>بخش {fold} نوار {level} ندارد: {errors} پنجره اعتبارسنجی آن بسیار کم است (نوار دست‌کم {needed} لازم دارد)، پس پس‌آزمایی میانگین پوشش را گزارش نمی‌کند.</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel workbook (.xlsx); save it as CSV first</source>
        <translation>بایگانی ZIP یا کارپوشه Excel (⁦.xlsx⁩)؛ نخست آن را CSV ذخیره کنید</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls); save it as CSV first</source>
        <translation>کارپوشه قدیمی Excel (⁦.xls⁩)؛ نخست آن را CSV ذخیره کنید</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>تصویر PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>تصویر JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>تصویر GIF</translation>
    </message>
    <message>
        <source>a gzip archive; unpack it first</source>
        <translation>بایگانی gzip؛ نخست آن را باز کنید</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>پرونده پیدا نشد: {path}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>‏{path} پرونده نیست.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>خواندن {name} ممکن نیست: {reason}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>‏{name} خالی است.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file: it is {what}.</source>
        <translation>‏{name} پرونده CSV نیست: {what} است.</translation>
    </message>
    <message>
        <source>Skipped the byte-order mark at the start of the file.</source>
        <translation>نشانه ترتیب بایت (BOM) آغاز پرونده نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>Read as UTF-16 text.</source>
        <translation>به شکل متن UTF-16 خوانده شد.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file: it holds binary data.</source>
        <translation>‏{name} پرونده CSV نیست: داده دودویی دارد.</translation>
    </message>
    <message>
        <source>Read as Latin-1 text (the file is not UTF-8).</source>
        <translation>به شکل متن Latin-1 خوانده شد (پرونده UTF-8 نیست).</translation>
    </message>
    <message>
        <source>{name} does not look like a CSV table: no delimiter splits it into columns.</source>
        <translation>‏{name} به جدول CSV نمی‌ماند: هیچ جداکننده‌ای آن را به ستون‌ها بخش نمی‌کند.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>جهش (tab)</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>خط عمودی</translation>
    </message>
    <message>
        <source>{name} could not be read as a table: {reason}</source>
        <translation>‏{name} را نمی‌توان به شکل جدول خواند: {reason}</translation>
    </message>
    <message>
        <source>{name} has a header but no data rows.</source>
        <translation>‏{name} سطر سرستون دارد اما سطر داده ندارد.</translation>
    </message>
    <message>
        <source>This model needs column(s) {missing}, which the data does not have.</source>
        <translation>این مدل ستون‌های {missing} را لازم دارد که داده آن‌ها را ندارد.</translation>
    </message>
    <message>
        <source>{name} is a forecaster file, but its contents do not fit together ({error}).</source>
        <translation>‏{name} پرونده پیش‌بین است، اما محتوای آن با هم جور نیست ({error}).</translation>
    </message>
    <message>
        <source>Columns are separated by {delimiter}.</source>
        <translation>ستون‌ها با {delimiter} جدا شده‌اند.</translation>
    </message>
    <message>
        <source>The file has no header row: its first line is data. Read it as one column of values (&apos;{name}&apos;).</source>
        <translation>پرونده سطر سرستون ندارد: نخستین سطر آن داده است. به شکل یک ستون مقدار (&apos;{name}&apos;) خوانده شد.</translation>
    </message>
    <message>
        <source>The file has no header row: its first line is data. Named the columns {names}.</source>
        <translation>پرونده سطر سرستون ندارد: نخستین سطر آن داده است. ستون‌ها {names} نام گرفتند.</translation>
    </message>
    <message>
        <source>Reading {name}: {rows:,} rows…</source>
        <translation>خواندن {name}: {rows:,} سطر…</translation>
    </message>
    <message>
        <source>{name} has no column of numbers, so there is nothing to forecast. Is it a CSV of prices?</source>
        <translation>‏{name} ستونی از عدد ندارد، پس چیزی برای پیش‌بینی نیست. آیا پرونده CSV قیمت است؟</translation>
    </message>
    <message>
        <source>Dropped {count} empty column(s): {removed}.</source>
        <translation>‏{count} ستون خالی کنار گذاشته شد: {removed}.</translation>
    </message>
    <message>
        <source>{name} has only {count} usable row(s); a forecast needs many more.</source>
        <translation>‏{name} تنها {count} سطر به‌کاررفتنی دارد؛ پیش‌بینی بسیار بیشتر لازم دارد.</translation>
    </message>
    <message>
        <source>Symbol &apos;{symbol}&apos; was asked for, but the file has no symbol column.</source>
        <translation>نماد &apos;{symbol}&apos; خواسته شد، اما پرونده ستون نماد ندارد.</translation>
    </message>
    <message>
        <source>The file holds {count} symbols ({symbols}); showing {chosen}.</source>
        <translation>پرونده {count} نماد دارد ({symbols})؛ {chosen} نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Symbol &apos;{chosen}&apos; is not in the file; it holds {names}.</source>
        <translation>نماد &apos;{chosen}&apos; در پرونده نیست؛ پرونده این‌ها را دارد: {names}.</translation>
    </message>
    <message>
        <source>No date column found; rows are used in file order.</source>
        <translation>ستون تاریخ پیدا نشد؛ سطرها به ترتیب پرونده به کار می‌روند.</translation>
    </message>
    <message>
        <source>Dropped {bad} row(s) whose date in &apos;{date_column}&apos; could not be read.</source>
        <translation>‏{bad} سطر که تاریخشان در &apos;{date_column}&apos; خوانده نشد کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Rows were newest first; sorted oldest first.</source>
        <translation>سطرها از تازه‌ترین بودند؛ از قدیمی‌ترین مرتب شدند.</translation>
    </message>
    <message>
        <source>Rows were out of date order; sorted by date.</source>
        <translation>سطرها به ترتیب تاریخ نبودند؛ بر پایه تاریخ مرتب شدند.</translation>
    </message>
    <message>
        <source>Dropped {duplicated} row(s) with a date seen before (kept the first).</source>
        <translation>‏{duplicated} سطر با تاریخی تکراری کنار گذاشته شد (نخستین نگه داشته شد).</translation>
    </message>
    <message>
        <source>Filled {missing} missing value(s) from the previous row ({leading} at the start from the next row).</source>
        <translation>‏{missing} مقدار گم‌شده از سطر پیشین پر شد ({leading} مقدار در آغاز از سطر بعدی).</translation>
    </message>
    <message>
        <source>Filled {missing} missing value(s) from the previous row.</source>
        <translation>‏{missing} مقدار گم‌شده از سطر پیشین پر شد.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Excel serial days</source>
        <translation>روزهای پیاپی Excel</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>ثانیه‌های یونیکس</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>میلی‌ثانیه‌های یونیکس</translation>
    </message>
    <message>
        <source>The dates in column &apos;{candidate}&apos; could not be read (for example &apos;{sample}&apos;). Use a common format such as 2017-01-31 or 1/31/2017.</source>
        <translation>تاریخ‌های ستون &apos;{candidate}&apos; خوانده نشد (برای نمونه &apos;{sample}&apos;). قالبی رایج مانند ⁦2017-01-31⁩ یا ⁦1/31/2017⁩ به کار ببرید.</translation>
    </message>
    <message>
        <source>Joined the date column &apos;{column}&apos; and the time column &apos;{joined}&apos; into one timestamp.</source>
        <translation>ستون تاریخ &apos;{column}&apos; و ستون زمان &apos;{joined}&apos; در یک مهر زمانی یکی شدند.</translation>
    </message>
    <message>
        <source>Ignored &apos;{other}&apos;, a second date column; the dates come from &apos;{column}&apos;.</source>
        <translation>&apos;{other}&apos;، ستون تاریخ دوم، نادیده گرفته شد؛ تاریخ‌ها از &apos;{column}&apos; می‌آیند.</translation>
    </message>
    <message>
        <source>Read the numbers in &apos;{name}&apos; as {unit}.</source>
        <translation>عددهای &apos;{name}&apos; به شکل {unit} خوانده شدند.</translation>
    </message>
    <message>
        <source>Dropped the UTC offset of the timestamps ({shown}): each row keeps its local date and time, as the exchange reports them.</source>
        <translation>اختلاف با UTC مهرهای زمانی (⁦{shown}⁩) کنار گذاشته شد: هر سطر تاریخ و زمان محلی خود را، همان‌گونه که بورس گزارش می‌کند، نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Skipped {events} row(s) that announce an event, not prices (e.g. &apos;{example}&apos;); each such date keeps its row of prices.</source>
        <translation>‏{events} سطر که رویدادی را اعلام می‌کنند نه قیمت را (برای نمونه &apos;{example}&apos;) نادیده گرفته شد؛ هر چنین تاریخی سطر قیمت خود را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;: read the suffixes K, M and B as thousands, millions and billions.</source>
        <translation>ستون &apos;{column}&apos;: پسوندهای K، M و B هزار، میلیون و میلیارد خوانده شدند.</translation>
    </message>
    <message>
        <source>Dropped column &apos;{column}&apos;: it has no values.</source>
        <translation>ستون &apos;{column}&apos; کنار گذاشته شد: مقداری ندارد.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;: {junk} cell(s) that are not numbers (e.g. &apos;{example}&apos;) treated as missing.</source>
        <translation>ستون &apos;{column}&apos;: {junk} خانه که عدد نیستند (برای نمونه &apos;{example}&apos;) گم‌شده به شمار آمدند.</translation>
    </message>
    <message>
        <source>Ignored text column(s): {columns}.</source>
        <translation>ستون‌های متنی نادیده گرفته شد: {columns}.</translation>
    </message>
    <message>
        <source>Skipped {events} more event row(s) further down the file.</source>
        <translation>‏{events} سطر رویداد دیگر در ادامه پرونده نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;: {count} more cell(s) that are not numbers treated as missing further down the file.</source>
        <translation>ستون &apos;{column}&apos;: {count} خانه دیگر که عدد نیستند در ادامه پرونده گم‌شده به شمار آمدند.</translation>
    </message>
    <message>
        <source>Using {rows:,} of the {n_read:,} rows read ({span}).</source>
        <translation>‏{rows:,} سطر از {n_read:,} سطر خوانده‌شده به کار می‌رود ({span}).</translation>
    </message>
    <message>
        <source>Combined {rows:,} rows into {bars} of {rule}; dropped {empty_bars} (no row in them: nights, weekends, gaps).</source>
        <translation>‏{rows:,} سطر در {bars} ⁦{rule}⁩ یکی شد؛ {empty_bars} کنار گذاشته شد (سطری در آن‌ها نیست: شب‌ها، آخر هفته‌ها، شکاف‌ها).</translation>
    </message>
    <message>
        <source>Combined {rows:,} rows into {bars} of {rule}.</source>
        <translation>‏{rows:,} سطر در {bars} ⁦{rule}⁩ یکی شد.</translation>
    </message>
    <message>
        <source>From ({start}) is after To ({end}).</source>
        <translation>«از» ({start}) پس از «تا» ({end}) است.</translation>
    </message>
    <message>
        <source>The rows are already {spacing} apart: bars of {rule} would combine nothing. Choose a bar longer than {spacing}.</source>
        <translation>سطرها از پیش {spacing} از هم فاصله دارند: میله‌های ⁦{rule}⁩ چیزی را یکی نمی‌کنند. میله‌ای بلندتر از {spacing} برگزینید.</translation>
    </message>
    <message>
        <source>No rows from {start} to {end}: the data runs {span}.</source>
        <translation>از {start} تا {end} سطری نیست: داده این بازه را دارد: {span}.</translation>
    </message>
    <message>
        <source>A bar size needs a file with a date column.</source>
        <translation>اندازه میله پرونده‌ای با ستون تاریخ لازم دارد.</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a bar size: use a pandas offset alias such as 5min, 1h, 1D or 1W.</source>
        <translation>&apos;{rule}&apos; اندازه میله نیست: نام کوتاه بازه pandas مانند ⁦5min⁩، ⁦1h⁩، ⁦1D⁩ یا ⁦1W⁩ به کار ببرید.</translation>
    </message>
    <message>
        <source>From and To need a file with a date column; use Last rows instead.</source>
        <translation>«از» و «تا» پرونده‌ای با ستون تاریخ لازم دارند؛ به جای آن «سطرهای آخر» را به کار ببرید.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (use YYYY-MM-DD, or YYYY-MM-DD HH:MM).</source>
        <translation>‏{what} &apos;{text}&apos; تاریخ نیست (⁦YYYY-MM-DD⁩ یا ⁦YYYY-MM-DD HH:MM⁩ به کار ببرید).</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a local date (use YYYY-MM-DD, or YYYY-MM-DD HH:MM).</source>
        <translation>‏{what} &apos;{text}&apos; تاریخ محلی نیست (⁦YYYY-MM-DD⁩ یا ⁦YYYY-MM-DD HH:MM⁩ به کار ببرید).</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>خواندن {name}…</translation>
    </message>
    <message>
        <source>Open a price CSV first.</source>
        <translation>نخست یک پرونده CSV قیمت باز کنید.</translation>
    </message>
    <message>
        <source>Open a price CSV first: a model is scored on the loaded data.</source>
        <translation>نخست یک پرونده CSV قیمت باز کنید: مدل روی داده بارگذاری‌شده سنجیده می‌شود.</translation>
    </message>
    <message>
        <source>Scoring {name}…</source>
        <translation>سنجش {name}…</translation>
    </message>
    <message>
        <source>Train or load a model first.</source>
        <translation>نخست مدلی را آموزش دهید یا بارگذاری کنید.</translation>
    </message>
    <message>
        <source>Timing a few batches…</source>
        <translation>زمان‌سنجی چند دسته…</translation>
    </message>
    <message>
        <source>No prediction interval: it is calibrated on the validation windows, and the validation fraction is 0.</source>
        <translation>بازه پیش‌بینی نیست: این بازه روی پنجره‌های اعتبارسنجی واسنجی می‌شود، و سهم اعتبارسنجی ۰ است.</translation>
    </message>
    <message>
        <source>a coarser bar size, a shorter period (From/To or Last rows), or a GPU</source>
        <translation>اندازه میله درشت‌تر، دوره کوتاه‌تر («از»/«تا» یا «سطرهای آخر»)، یا GPU</translation>
    </message>
    <message>
        <source>a coarser bar size, a shorter period (From/To or Last rows)</source>
        <translation>اندازه میله درشت‌تر، دوره کوتاه‌تر («از»/«تا» یا «سطرهای آخر»)</translation>
    </message>
    <message>
        <source>{windows:,} training windows: about {per_epoch} per epoch on {where} ({batches} of {batch_size}), so about {total} for {epochs}. For a shorter run choose {advice}; Cancel stops it at any point.</source>
        <translation>‏{windows:,} پنجره آموزش: حدود {per_epoch} برای هر دوره (epoch) روی {where} ({batches} {batch_size}تایی)، پس حدود {total} برای {epochs}. برای اجرای کوتاه‌تر {advice} را برگزینید؛ «لغو» آن را هر زمان متوقف می‌کند.</translation>
    </message>
    <message>
        <source>{seconds:.0f} s</source>
        <translation>‏{seconds:.0f} ثانیه</translation>
    </message>
    <message>
        <source>{minutes:.0f} min</source>
        <translation>‏{minutes:.0f} دقیقه</translation>
    </message>
    <message>
        <source>{hours:.1f} h</source>
        <translation>‏{hours:.1f} ساعت</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}, batch {batch:,}/{batches:,} on {device}</source>
        <translation>دوره {epoch}/{epochs}، دسته {batch:,}/{batches:,} روی {device}</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: train loss {train_loss:.3g} on {device}</source>
        <translation>دوره {epoch}/{epochs}: زیان آموزش {train_loss:.3g} روی {device}</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: train loss {train_loss:.3g}, validation {val_loss:.3g} on {device}</source>
        <translation>دوره {epoch}/{epochs}: زیان آموزش {train_loss:.3g}، اعتبارسنجی {val_loss:.3g} روی {device}</translation>
    </message>
    <message>
        <source>The adaptive band&apos;s first test step was calibrated on {validation_errors} (fewer than 100): its early widths are rough until test errors come in.</source>
        <translation>نخستین گام آزمون نوار تطبیقی روی {validation_errors} واسنجی شد (کمتر از ۱۰۰): پهنای آغازین آن تا رسیدن خطاهای آزمون تقریبی است.</translation>
    </message>
    <message>
        <source>{test_steps} had an unbounded band (a run of misses raised its level beyond what the recent errors hold): drawn as a gap in the band, counted as covered.</source>
        <translation>‏{test_steps} نواری بی‌کران داشت (رشته‌ای از خطاها سطح آن را از آن‌چه خطاهای اخیر در بر دارند فراتر برد): به شکل شکافی در نوار کشیده شد و پوشش‌یافته به شمار آمد.</translation>
    </message>
    <message>
        <source>The training loss became {train_loss} in epoch {epoch}. Try a lower learning rate or fewer layers.</source>
        <translation>زیان آموزش در دوره {epoch} به {train_loss} رسید. نرخ یادگیری پایین‌تر یا لایه‌های کمتر را بیازمایید.</translation>
    </message>
    <message>
        <source>Every date in the test file is on or before the last training date; the test file must continue the training file.</source>
        <translation>همه تاریخ‌های پرونده آزمون در آخرین تاریخ آموزش یا پیش از آن‌اند؛ پرونده آزمون باید دنباله پرونده آموزش باشد.</translation>
    </message>
    <message>
        <source>The test file has no column {names}; it has {columns}.</source>
        <translation>پرونده آزمون ستون {names} را ندارد؛ این ستون‌ها را دارد: {columns}.</translation>
    </message>
    <message>
        <source>There is no column {names}; the data has {columns}.</source>
        <translation>ستون {names} نیست؛ داده این ستون‌ها را دارد: {columns}.</translation>
    </message>
    <message>
        <source>The chosen columns still hold missing values; pick other columns.</source>
        <translation>ستون‌های برگزیده هنوز مقدار گم‌شده دارند؛ ستون‌های دیگری برگزینید.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; is constant over the training rows; there is nothing to learn.</source>
        <translation>ستون &apos;{column}&apos; در سطرهای آموزش ثابت است؛ چیزی برای یادگرفتن نیست.</translation>
    </message>
    <message>
        <source>A test start date needs a file with a date column.</source>
        <translation>تاریخ آغاز آزمون پرونده‌ای با ستون تاریخ لازم دارد.</translation>
    </message>
    <message>
        <source>The test start &apos;{test_from}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>آغاز آزمون &apos;{test_from}&apos; تاریخ نیست (⁦YYYY-MM-DD⁩ به کار ببرید).</translation>
    </message>
    <message>
        <source>The test period is empty: choose an earlier test start or raise the test fraction.</source>
        <translation>دوره آزمون خالی است: آغاز آزمون زودتری برگزینید یا سهم آزمون را بالا ببرید.</translation>
    </message>
    <message>
        <source>Too few rows: the training part has {rows}, but a window of {window} needs at least {need} (window + {least}) before the {test_rows}. Use a shorter window, a smaller test fraction, or more data.</source>
        <translation>سطرها بسیار کم‌اند: بخش آموزش {rows} دارد، اما پنجره {window} دست‌کم {need} (پنجره + {least}) پیش از {test_rows} لازم دارد. پنجره کوتاه‌تر، سهم آزمون کوچک‌تر یا داده بیشتر به کار ببرید.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; changes by 45% or more from one row to the next at {count} place(s) (first {first}): usual for a count such as volume, but it makes the column hard to forecast.</source>
        <translation>&apos;{column}&apos; در {count} جا از یک سطر به سطر بعد ۴۵٪ یا بیشتر تغییر می‌کند (نخستین: {first}): برای شمارشی مانند حجم عادی است، اما پیش‌بینی ستون را دشوار می‌کند.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; jumps by 45% or more from one row to the next at {count} place(s) (first {first}): an unadjusted stock split? Forecasts across it are unreliable; marked on the chart.</source>
        <translation>&apos;{column}&apos; در {count} جا از یک سطر به سطر بعد ۴۵٪ یا بیشتر جهش می‌کند (نخستین: {first}): تجزیه سهامی که تعدیل نشده؟ پیش‌بینی‌های گذرنده از آن قابل اعتماد نیستند؛ روی نمودار نشان داده شده است.</translation>
    </message>
    <message>
        <source>The {init} initialisation is for the {names}; pick that cell, compare mode, or another initialisation.</source>
        <translation>مقداردهی اولیه ⁦{init}⁩ برای {names} است؛ همان یاخته، حالت مقایسه، یا مقداردهی اولیه دیگری برگزینید.</translation>
    </message>
    <message>
        <source>Train first: no run has started.</source>
        <translation>نخست آموزش دهید: هیچ اجرایی آغاز نشده است.</translation>
    </message>
    <message>
        <source>Step 0 · {where}</source>
        <translation>گام ۰ · {where}</translation>
    </message>
    <message>
        <source>Diverged at step {step}</source>
        <translation>واگرایی در گام {step}</translation>
    </message>
    <message>
        <source>Step {step}/{steps} · loss {losses} · {where}</source>
        <translation>گام {step}/{steps} · زیان ⁦{losses}⁩ · {where}</translation>
    </message>
    <message>
        <source>The {cell} loss became NaN at step {step}. Try a lower learning rate, turn on gradient clipping (e.g. 1.0), or a smaller recurrent init scale.</source>
        <translation>زیان {cell} در گام {step} به NaN رسید. نرخ یادگیری پایین‌تر، بُرش گرادیان (gradient clipping، برای نمونه ۱٫۰) یا مقیاس مقداردهی اولیه بازگشتی کوچک‌تری را بیازمایید.</translation>
    </message>
    <message>
        <source>The {cell} loss became infinite at step {step}. Try a lower learning rate, turn on gradient clipping (e.g. 1.0), or a smaller recurrent init scale.</source>
        <translation>زیان {cell} در گام {step} بی‌نهایت شد. نرخ یادگیری پایین‌تر، بُرش گرادیان (gradient clipping، برای نمونه ۱٫۰) یا مقیاس مقداردهی اولیه بازگشتی کوچک‌تری را بیازمایید.</translation>
    </message>
    <message>
        <source>The process running the job was ended by the system (signal {code}), perhaps for lack of memory. Try again; if it happens again, try a smaller run.</source>
        <translation>سیستم فرایندی را که کار را اجرا می‌کرد پایان داد (سیگنال {code})، شاید به سبب کمبود حافظه. دوباره بکوشید؛ اگر باز رخ داد، اجرای کوچک‌تری را بیازمایید.</translation>
    </message>
    <message>
        <source>The process running the job stopped unexpectedly (exit code {code}). Details are in the log.</source>
        <translation>فرایندی که کار را اجرا می‌کرد ناگهان ایستاد (کد خروج {code}). جزئیات در گزارش‌کار است.</translation>
    </message>
    <message>
        <source>The job ran out of memory. Try a smaller model or less data.</source>
        <translation>حافظه کار تمام شد. مدلی کوچک‌تر یا داده کمتر را بیازمایید.</translation>
    </message>
    <message>
        <source>{unknown} is not a setting of this lab.</source>
        <translation>‏{unknown} از تنظیم‌های این آزمایشگاه نیست.</translation>
    </message>
    <message>
        <source>{unknown} are not settings of this lab.</source>
        <translation>‏{unknown} از تنظیم‌های این آزمایشگاه نیستند.</translation>
    </message>
    <message>
        <source>There is no lab called {name!r}; the labs are {names}.</source>
        <translation>آزمایشگاهی به نام {name!r} نیست؛ آزمایشگاه‌ها این‌ها هستند: {names}.</translation>
    </message>
    <message>
        <source>{label} must be set.</source>
        <translation>«{label}» باید تعیین شود.</translation>
    </message>
    <message>
        <source>{label} must be one of {options}; got {value!r}.</source>
        <translation>«{label}» باید یکی از {options} باشد؛ {value!r} داده شد.</translation>
    </message>
    <message>
        <source>{label} must be a number; got {value!r}.</source>
        <translation>«{label}» باید عدد باشد؛ {value!r} داده شد.</translation>
    </message>
    <message>
        <source>{label} must be at least {low}; got {value:g}.</source>
        <translation>«{label}» باید دست‌کم {low} باشد؛ {value:g} داده شد.</translation>
    </message>
    <message>
        <source>{label} must be at most {high}; got {value:g}.</source>
        <translation>«{label}» باید دست‌بالا {high} باشد؛ {value:g} داده شد.</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>جفت</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>جفت</translation>
    </message>
    <message>
        <source>line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>test row</source>
        <translation>سطر آزمون</translation>
    </message>
    <message>
        <source>test rows</source>
        <translation>سطر آزمون</translation>
    </message>
    <message>
        <source>column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>header line</source>
        <translation>سطر سرآیند</translation>
    </message>
    <message>
        <source>header lines</source>
        <translation>سطر سرآیند</translation>
    </message>
    <message>
        <source>source or target</source>
        <translation>مبدأ یا مقصد</translation>
    </message>
    <message>
        <source>sources or targets</source>
        <translation>مبدأ یا مقصد</translation>
    </message>
    <message>
        <source>repeated pair</source>
        <translation>جفت تکراری</translation>
    </message>
    <message>
        <source>repeated pairs</source>
        <translation>جفت تکراری</translation>
    </message>
    <message>
        <source>repeated word</source>
        <translation>واژه تکراری</translation>
    </message>
    <message>
        <source>repeated words</source>
        <translation>واژه تکراری</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>usable pair</source>
        <translation>جفت به‌کاررفتنی</translation>
    </message>
    <message>
        <source>usable pairs</source>
        <translation>جفت به‌کاررفتنی</translation>
    </message>
    <message>
        <source>held-out pair</source>
        <translation>جفت کنارگذاشته</translation>
    </message>
    <message>
        <source>held-out pairs</source>
        <translation>جفت کنارگذاشته</translation>
    </message>
    <message>
        <source>wrong output</source>
        <translation>خروجی نادرست</translation>
    </message>
    <message>
        <source>wrong outputs</source>
        <translation>خروجی نادرست</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>خطای اعتبارسنجی</translation>
    </message>
    <message>
        <source>validation errors</source>
        <translation>خطای اعتبارسنجی</translation>
    </message>
    <message>
        <source>test step</source>
        <translation>گام آزمون</translation>
    </message>
    <message>
        <source>test steps</source>
        <translation>گام آزمون</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>میله</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>میله</translation>
    </message>
    <message>
        <source>empty bar</source>
        <translation>میله خالی</translation>
    </message>
    <message>
        <source>empty bars</source>
        <translation>میله خالی</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>second</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>{count:,} {noun}</source>
        <translation>‏{count:,} {noun}</translation>
    </message>
    <message>
        <source>Device must be one of {choices}; got {name!r}.</source>
        <translation>«دستگاه» باید یکی از {choices} باشد؛ {name!r} داده شد.</translation>
    </message>
    <message>
        <source>This machine has no {device} device; choose auto or cpu.</source>
        <translation>این رایانه دستگاه {device} ندارد؛ ⁦auto⁩ یا ⁦cpu⁩ را برگزینید.</translation>
    </message>
    <message>
        <source>Every one of the {pairs:,} pairs was translated exactly: there is no mistake to explain.</source>
        <translation>هر {pairs:,} جفت دقیقاً درست ترجمه شدند: خطایی برای توضیح نیست.</translation>
    </message>
    <message>
        <source>The one wrong output ({share:.1%} of {pairs:,}) starts with a first error on a correct prefix (capacity or the bottleneck, which exposure bias cannot cause), {first:.0%} of the {total:,} wrong characters</source>
        <translation>تنها خروجی نادرست ({share:.1%} از {pairs:,}) با نخستین خطا روی پیشوندی درست آغاز می‌شود (ظرفیت یا گلوگاه (bottleneck)، که سوگیری مواجهه (exposure bias) نمی‌تواند سبب آن باشد)، {first:.0%} از {total:,} نویسه نادرست</translation>
    </message>
    <message>
        <source>All {wrong:,} wrong outputs ({share:.1%} of {pairs:,}) start with a first error on a correct prefix (capacity or the bottleneck, which exposure bias cannot cause), {first:.0%} of the {total:,} wrong characters</source>
        <translation>همه {wrong:,} خروجی نادرست ({share:.1%} از {pairs:,}) با نخستین خطا روی پیشوندی درست آغاز می‌شوند (ظرفیت یا گلوگاه (bottleneck)، که سوگیری مواجهه (exposure bias) نمی‌تواند سبب آن باشد)، {first:.0%} از {total:,} نویسه نادرست</translation>
    </message>
    <message>
        <source>{sentence}; every first error is at the end token, so nothing follows it to compound.</source>
        <translation>‏{sentence}؛ هر نخستین خطا روی نشانه پایان است، پس چیزی پس از آن نمی‌آید که خطا انباشته شود.</translation>
    </message>
    <message>
        <source>{sentence}; compounding (exposure bias) accounts for {compounding:,} ({compounding_share:.0%}): after the first mistake the model gets {free:.1%} of the remaining characters right (position by position) continuing from its own output and {forced:.1%} given the true prefix, and the other {later:.0%} it gets wrong either way.</source>
        <translation>‏{sentence}؛ انباشت خطا (compounding، سوگیری مواجهه) {compounding:,} نویسه ({compounding_share:.0%}) را توضیح می‌دهد: پس از نخستین خطا، مدل با ادامه از خروجی خودش {free:.1%} از نویسه‌های باقی‌مانده را درست می‌گوید (جایگاه به جایگاه) و با پیشوند درست {forced:.1%}، و {later:.0%} دیگر را در هر دو حالت نادرست می‌گوید.</translation>
    </message>
    <message>
        <source>{sentence}; none is compounding (exposure bias): after the first mistake it gets {free:.1%} of the remaining characters right (position by position) continuing from its own output and {forced:.1%} given the true prefix, and {later:.0%} of the wrong characters it gets wrong either way.</source>
        <translation>‏{sentence}؛ هیچ‌یک انباشت خطا (compounding، سوگیری مواجهه) نیست: پس از نخستین خطا، مدل با ادامه از خروجی خودش {free:.1%} از نویسه‌های باقی‌مانده را درست می‌گوید (جایگاه به جایگاه) و با پیشوند درست {forced:.1%}، و {later:.0%} از نویسه‌های نادرست را در هر دو حالت نادرست می‌گوید.</translation>
    </message>
    <message>
        <source>1 pair left out: characters the model was never taught, or a source over {length} characters.</source>
        <translation>۱ جفت کنار گذاشته شد: نویسه‌هایی که به مدل آموخته نشده، یا مبدأیی بلندتر از {length} نویسه.</translation>
    </message>
    <message>
        <source>{count:,} pairs left out: characters the model was never taught, or a source over {length} characters.</source>
        <translation>‏{count:,} جفت کنار گذاشته شد: نویسه‌هایی که به مدل آموخته نشده، یا مبدأیی بلندتر از {length} نویسه.</translation>
    </message>
    <message>
        <source>None of the pairs can be given to this model: nothing to diagnose.</source>
        <translation>هیچ‌یک از جفت‌ها را نمی‌توان به این مدل داد: چیزی برای عیب‌یابی نیست.</translation>
    </message>
    <message>
        <source>diagnosing {name}</source>
        <translation>عیب‌یابی {name}</translation>
    </message>
    <message>
        <source>This model is of a task of pairs whose pairs are not at hand: give its held-out pairs (a pairs file) to diagnose it on.</source>
        <translation>این مدل از آنِ وظیفه‌ای از جفت‌هاست که جفت‌هایش در دسترس نیست: جفت‌های کنارگذاشته آن (پرونده جفت‌ها) را برای عیب‌یابی بدهید.</translation>
    </message>
    <message>
        <source>{name}, line {number}: more than one word. A Pig Latin model is graded on a word list, one word a line, against the rule.</source>
        <translation>‏{name}، سطر {number}: بیش از یک واژه. مدل لاتین خوکی روی فهرستی از واژه‌ها، هر سطر یک واژه، در برابر قاعده نمره می‌گیرد.</translation>
    </message>
    <message>
        <source>{name} has no word of letters a-z to grade a Pig Latin model on.</source>
        <translation>‏{name} هیچ واژه‌ای از حروف ⁦a-z⁩ برای نمره‌دادن به مدل لاتین خوکی ندارد.</translation>
    </message>
    <message>
        <source>{lines} that a Pig Latin model does not take (letters outside a-z, over 24 letters, hyphens or apostrophes) skipped, e.g. line {number}: {word!r}.</source>
        <translation>‏{lines} که مدل لاتین خوکی نمی‌پذیرد (حروف بیرون از ⁦a-z⁩، بیش از ۲۴ حرف، خط تیره یا آپاستروف) نادیده گرفته شد، برای نمونه سطر {number}: {word!r}.</translation>
    </message>
    <message>
        <source>{sources} the model cannot read (characters it was never taught, or over {length} of them) counted as wrong, e.g. {example!r}.</source>
        <translation>‏{sources} که مدل نمی‌تواند بخواند (نویسه‌هایی که به آن آموخته نشده، یا بیش از {length} نویسه) نادرست به شمار آمد، برای نمونه {example!r}.</translation>
    </message>
    <message>
        <source>{repeated_words} skipped.</source>
        <translation>‏{repeated_words} نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>A title names a task of pairs: give it with a pairs file.</source>
        <translation>عنوان، وظیفه‌ای از جفت‌ها را نام می‌برد: آن را با پرونده جفت‌ها بدهید.</translation>
    </message>
    <message>
        <source>control character removed.</source>
        <translation>نویسه کنترلی برداشته شد.</translation>
    </message>
    <message>
        <source>control characters removed.</source>
        <translation>نویسه کنترلی برداشته شد.</translation>
    </message>
    <message>
        <source>{name} has translator settings this version cannot use: half-precision weights (RNN Lab saves float32).</source>
        <translation>‏{name} تنظیم‌هایی برای مترجم دارد که این نسخه نمی‌تواند به کار ببرد: وزن‌های نیم‌دقت (RNN Lab وزن‌ها را ⁦float32⁩ ذخیره می‌کند).</translation>
    </message>
    <message>
        <source>{name} has translator settings this version cannot use: attention {attention!r}.</source>
        <translation>‏{name} تنظیم‌هایی برای مترجم دارد که این نسخه نمی‌تواند به کار ببرد: توجه {attention!r}.</translation>
    </message>
    <message>
        <source>{name}: its weights do not match its settings (damaged or edited file).</source>
        <translation>‏{name}: وزن‌هایش با تنظیم‌هایش جور نیست (پرونده آسیب‌دیده یا ویرایش‌شده).</translation>
    </message>
    <message>
        <source>Training words must be a-z only (hyphenated words split) and not too long; {word!r} is not.</source>
        <translation>واژه‌های آموزش باید تنها از ⁦a-z⁩ باشند (واژه‌های خط‌تیره‌دار جدا می‌شوند) و بیش از اندازه بلند نباشند؛ {word!r} چنین نیست.</translation>
    </message>
    <message>
        <source>no tab</source>
        <translation>بی جهش (tab)</translation>
    </message>
    <message>
        <source>{count} tab-separated columns</source>
        <translation>‏{count} ستون جداشده با جهش (tab)</translation>
    </message>
    <message>
        <source>{name}, line {number}: {found}. A pairs file has one pair a line: the source, one tab, the target (or save it as a .csv with a header and two columns).</source>
        <translation>‏{name}، سطر {number}: {found}. پرونده جفت‌ها در هر سطر یک جفت دارد: مبدأ، یک جهش (tab)، مقصد (یا آن را به شکل ⁦.csv⁩ با سرستون و دو ستون ذخیره کنید).</translation>
    </message>
    <message>
        <source>{header_lines} of an Anki export (#key:value) skipped.</source>
        <translation>‏{header_lines} از خروجی Anki (⁦#key:value⁩) نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>{source_or_targets} wrapped in double quotes, kept as written (a spreadsheet&apos;s tab export quotes a cell holding a comma or quote: save it as .csv to have such cells read as cells).</source>
        <translation>‏{source_or_targets} درون نشانه نقل‌قول دوتایی، همان‌گونه که نوشته شده نگه داشته شد (خروجی جهش‌دار صفحه‌گسترده خانه‌ای را که ویرگول یا نقل‌قول دارد در نقل‌قول می‌گذارد: آن را ⁦.csv⁩ ذخیره کنید تا چنین خانه‌هایی خانه خوانده شوند).</translation>
    </message>
    <message>
        <source>{name} is separated by {other}; a pairs CSV has a header and two comma-separated columns: save it as CSV with commas, or as tab-separated text (.tsv).</source>
        <translation>‏{name} با {other} جدا شده است؛ پرونده CSV جفت‌ها سرستون و دو ستون جداشده با ویرگول دارد: آن را CSV با ویرگول، یا متن جداشده با جهش (⁦.tsv⁩) ذخیره کنید.</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>بی سرستون</translation>
    </message>
    <message>
        <source>a header of {columns}</source>
        <translation>سرستونی با {columns}</translation>
    </message>
    <message>
        <source>{name} has {found}; a pairs CSV has a header and two columns (source, target).</source>
        <translation>‏{name} {found} دارد؛ پرونده CSV جفت‌ها سرستون و دو ستون (مبدأ، مقصد) دارد.</translation>
    </message>
    <message>
        <source>Header (not a pair): {first!r}, {second!r}.</source>
        <translation>سرستون (نه جفت): {first!r}، {second!r}.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {count} columns; a pairs CSV has two (source, target).</source>
        <translation>‏{name}، سطر {line}: {count} ستون؛ پرونده CSV جفت‌ها دو ستون (مبدأ، مقصد) دارد.</translation>
    </message>
    <message>
        <source>{name}, line {line}: not valid CSV ({exc}).</source>
        <translation>‏{name}، سطر {line}: CSV معتبر نیست ({exc}).</translation>
    </message>
    <message>
        <source>{lines} over {most} characters skipped.</source>
        <translation>‏{lines} بلندتر از {most} نویسه نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>{sources} appeared again with another target; the first target was kept (e.g. line {number}: {source!r}).</source>
        <translation>‏{sources} دوباره با مقصدی دیگر آمد؛ نخستین مقصد نگه داشته شد (برای نمونه سطر {number}: {source!r}).</translation>
    </message>
    <message>
        <source>{name} has {usable_pairs}{reason}; at least {least} are needed to train and grade a model.</source>
        <translation>‏{name} {usable_pairs} دارد{reason}؛ برای آموزش و نمره‌دادن به مدل دست‌کم {least} لازم است.</translation>
    </message>
    <message>
        <source>Spaces around the source or target of {pairs} removed (the pad never gives them to a model).</source>
        <translation>فاصله‌های پیرامون مبدأ یا مقصد {pairs} برداشته شد (دفترچه هرگز آن‌ها را به مدل نمی‌دهد).</translation>
    </message>
    <message>
        <source>{lines} with an empty source or target skipped.</source>
        <translation>‏{lines} با مبدأ یا مقصد خالی نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>{pairs} with a line break inside a cell skipped (the pad reads one line at a time).</source>
        <translation>‏{pairs} با شکست سطر درون یک خانه نادیده گرفته شد (دفترچه هر بار یک سطر می‌خواند).</translation>
    </message>
    <message>
        <source>{repeated_pairs} skipped.</source>
        <translation>‏{repeated_pairs} نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>No {attention} model is shipped (only {shipped}); train one with &apos;train-translator --attention {attention} --out FILE&apos; and pass it with --model FILE.</source>
        <translation>مدل ⁦{attention}⁩ همراه برنامه نیست (تنها {shipped})؛ یکی را با ⁦train-translator --attention {attention} --out FILE⁩ آموزش دهید و با ⁦--model FILE⁩ بدهید.</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>همراه برنامه</translation>
    </message>
    <message>
        <source>not shipped</source>
        <translation>همراه برنامه نیست</translation>
    </message>
    <message>
        <source>missing ({problem})</source>
        <translation>ناموجود ({problem})</translation>
    </message>
    <message>
        <source>There is no model to save yet.</source>
        <translation>هنوز مدلی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>Only the first {count:,} characters are translated.</source>
        <translation>تنها {count:,} نویسه نخست ترجمه می‌شود.</translation>
    </message>
    <message>
        <source>The {slot} model is not available: {origin}.</source>
        <translation>مدل ⁦{slot}⁩ در دسترس نیست: {origin}.</translation>
    </message>
    <message>
        <source>epoch {epoch:g}</source>
        <translation>دوره {epoch:g}</translation>
    </message>
    <message>
        <source>epoch {epoch:.1f}</source>
        <translation>دوره {epoch:.1f}</translation>
    </message>
    <message>
        <source>{minutes:g} min</source>
        <translation>‏{minutes:g} دقیقه</translation>
    </message>
    <message>
        <source>stopped: 100% held-out at {where}</source>
        <translation>ایست: ۱۰۰٪ روی داده کنارگذاشته در {where}</translation>
    </message>
    <message>
        <source>stopped: no gain in held-out accuracy for {evaluations} (best {accuracy:.1%} at {where})</source>
        <translation>ایست: {evaluations} بی بهبود در دقت روی داده کنارگذاشته (بهترین {accuracy:.1%} در {where})</translation>
    </message>
    <message>
        <source>stopped: time budget of {budget} reached (best {accuracy:.1%} at {where})</source>
        <translation>ایست: بودجه زمانی {budget} به پایان رسید (بهترین {accuracy:.1%} در {where})</translation>
    </message>
    <message>
        <source>{name} records a task this version cannot use ({exc}).</source>
        <translation>‏{name} وظیفه‌ای را ثبت کرده که این نسخه نمی‌تواند به کار ببرد ({exc}).</translation>
    </message>
    <message>
        <source>{name} records a task this version cannot use.</source>
        <translation>‏{name} وظیفه‌ای را ثبت کرده که این نسخه نمی‌تواند به کار ببرد.</translation>
    </message>
    <message>
        <source>{name} was trained with a different set of characters and cannot be used here.</source>
        <translation>‏{name} با مجموعه نویسه‌های دیگری آموزش دیده و این‌جا به کار نمی‌رود.</translation>
    </message>
    <message>
        <source>{name}: its vocabulary does not match its task (damaged or edited file).</source>
        <translation>‏{name}: واژگانش با وظیفه‌اش جور نیست (پرونده آسیب‌دیده یا ویرایش‌شده).</translation>
    </message>
    <message>
        <source> · best {accuracy:.1%} at {where}</source>
        <translation> · بهترین {accuracy:.1%} در {where}</translation>
    </message>
    <message>
        <source>epoch {epoch:.1f}/{epochs}</source>
        <translation>دوره {epoch:.1f}/{epochs}</translation>
    </message>
    <message>
        <source>Training needs at least one training pair and one held-out pair.</source>
        <translation>آموزش دست‌کم یک جفت آموزش و یک جفت کنارگذاشته لازم دارد.</translation>
    </message>
    <message>
        <source>training on {device}</source>
        <translation>آموزش روی {device}</translation>
    </message>
    <message>
        <source>{count} held-out sources are also training sources, e.g. {example!r}.</source>
        <translation>‏{count} مبدأ کنارگذاشته مبدأ آموزش هم هستند، برای نمونه {example!r}.</translation>
    </message>
    <message>
        <source>The loss became {loss} at epoch {epoch}, step {step}: training diverged. Try a smaller learning rate or turn gradient clipping on.</source>
        <translation>زیان در دوره {epoch}، گام {step} به {loss} رسید: آموزش واگرا شد. نرخ یادگیری کوچک‌تر را بیازمایید یا بُرش گرادیان (gradient clipping) را روشن کنید.</translation>
    </message>
    <message>
        <source>{device} · {epoch} · loss {loss:.3f}</source>
        <translation>‏{device} · {epoch} · زیان {loss:.3f}</translation>
    </message>
    <message>
        <source>{device} · {epoch} · held-out {accuracy:.1%}{best}</source>
        <translation>‏{device} · {epoch} · کنارگذاشته {accuracy:.1%}{best}</translation>
    </message>
    <message>
        <source>stopped: the {epochs} ended</source>
        <translation>ایست: {epochs} به پایان رسید</translation>
    </message>
    <message>
        <source>the model after the last step (step {step})</source>
        <translation>مدل پس از آخرین گام (گام {step})</translation>
    </message>
    <message>
        <source>the best model, of {where} (step {step})</source>
        <translation>بهترین مدل، از {where} (گام {step})</translation>
    </message>
    <message>
        <source>{device} · {stopped}</source>
        <translation>‏{device} · {stopped}</translation>
    </message>
    <message>
        <source>{name} has no translator settings.</source>
        <translation>‏{name} تنظیم مترجم ندارد.</translation>
    </message>
    <message>
        <source>{name} has translator settings this version cannot use: {exc}</source>
        <translation>‏{name} تنظیم‌هایی برای مترجم دارد که این نسخه نمی‌تواند به کار ببرد: {exc}</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; text files of up to {most} MB are read (a character task learns well from 20,000 pairs).</source>
        <translation>‏{name} {size:.0f} مگابایت است؛ پرونده‌های متنی تا {most} مگابایت خوانده می‌شوند (وظیفه‌ای نویسه‌ای از ۲۰٬۰۰۰ جفت به‌خوبی یاد می‌گیرد).</translation>
    </message>
    <message>
        <source>{name} is saved as UTF-16; save it as UTF-8 text and open it again.</source>
        <translation>‏{name} با UTF-16 ذخیره شده است؛ آن را متن UTF-8 ذخیره کنید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>‏{name} پرونده متنی نیست (داده دودویی دارد).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: line {line} has the byte 0x{byte}, which UTF-8 does not allow. Save the file as UTF-8 and open it again.</source>
        <translation>‏{name} متن UTF-8 نیست: سطر {line} بایت ⁦0x{byte}⁩ را دارد که UTF-8 روا نمی‌دارد. پرونده را UTF-8 ذخیره کنید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The shipped word list {name} could not be read: {reason}.</source>
        <translation>فهرست واژه‌های همراه برنامه {name} خوانده نشد: {reason}.</translation>
    </message>
    <message>
        <source>Choose the training CSV the runs train on.</source>
        <translation>پرونده CSV آموزشی را که اجراها روی آن آموزش می‌بینند برگزینید.</translation>
    </message>
    <message>
        <source>Choose the pairs file the runs learn, or English → Pig Latin.</source>
        <translation>پرونده جفت‌هایی را که اجراها یاد می‌گیرند برگزینید، یا انگلیسی ← لاتین خوکی.</translation>
    </message>
    <message>
        <source>A logarithmic range needs bounds above 0.</source>
        <translation>بازه لگاریتمی کران‌هایی بزرگ‌تر از ۰ لازم دارد.</translation>
    </message>
    <message>
        <source>There is no alignment on screen to export.</source>
        <translation>هم‌ترازی‌ای روی صفحه برای برون‌بری نیست.</translation>
    </message>
    <message>
        <source>retrained</source>
        <translation>بازآموزی‌شده</translation>
    </message>
    <message>
        <source>{column} has no numbers to draw.</source>
        <translation>‏{column} عددی برای کشیدن ندارد.</translation>
    </message>
    <message>
        <source>{column} is {value:g} in every row: a flat line, and nothing to forecast.</source>
        <translation>‏{column} در همه سطرها {value:g} است: خطی صاف، و چیزی برای پیش‌بینی نیست.</translation>
    </message>
    <message>
        <source>Test file: {note}</source>
        <translation>پرونده آزمون: {note}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Experiments</source>
        <translation>آزمایش‌ها</translation>
    </message>
    <message>
        <source>Loading the engine (PyTorch)…</source>
        <translation>در حال بارگذاری موتور (PyTorch)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>نمایش زبانه {tab}</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;تمام‌صفحه</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>نمایش پوشه &amp;گزارش‌کار</translation>
    </message>
    <message>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;درباره RNN Lab</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>پرونده اخیری نیست</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
    <message>
        <source>RNN Lab cannot open {name}: no tab reads this kind of file.</source>
        <translation>RNN Lab نمی‌تواند {name} را باز کند: هیچ زبانه‌ای این نوع پرونده را نمی‌خواند.</translation>
    </message>
    <message>
        <source>The log files are in
{folder}</source>
        <translation>پرونده‌های گزارش‌کار در این پوشه‌اند:
{folder}</translation>
    </message>
    <message>
        <source>PyTorch (still loading)</source>
        <translation>PyTorch (هنوز در حال بارگذاری)</translation>
    </message>
    <message>
        <source>A desktop laboratory for recurrent neural networks.</source>
        <translation>آزمایشگاهی رومیزی برای شبکه‌های عصبی بازگشتی (recurrent neural networks).</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <source>settings and logs in</source>
        <translation>تنظیمات و گزارش‌کارها در</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>درباره {app}</translation>
    </message>
    <message>
        <source>Engine ready.</source>
        <translation>موتور آماده است.</translation>
    </message>
    <message>
        <source>The engine could not be loaded.</source>
        <translation>موتور بارگذاری نشد.</translation>
    </message>
    <message>
        <source>PyTorch could not be loaded, so training is unavailable.

{message}</source>
        <translation>PyTorch بارگذاری نشد، پس آموزش در دسترس نیست.

{message}</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation>از {app} خارج شوید؟</translation>
    </message>
    <message>
        <source>Quitting now would lose work that is not saved ({tabs}): a trained model, or the runs of a sweep in flight.

Discard it and quit?</source>
        <translation>خروج اکنون کار ذخیره‌نشده را از بین می‌برد ({tabs}): یک مدل آموزش‌دیده یا اجراهای یک جاروب در جریان.

کنار گذاشته شود و خارج شویم؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Cell</source>
        <translation>سلول</translation>
    </message>
    <message>
        <source>Recurrent cell: plain RNN c_t = act(W_rec c_{t-1} + W_in x_t), LSTM, or GRU (PyTorch&apos;s definition).</source>
        <translation>سلول بازگشتی (recurrent cell): RNN ساده ⁦c_t = act(W_rec c_{t-1} + W_in x_t)⁩، LSTM یا GRU (به تعریف PyTorch).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>RNN activation</source>
        <translation>تابع فعال‌سازی RNN</translation>
    </message>
    <message>
        <source>The plain RNN&apos;s nonlinearity: sigmoid&apos;s slope is at most 1/4, so its gradients vanish faster than tanh&apos;s (at most 1); relu with the identity init is the IRNN (Le et al. 2015).</source>
        <translation>تابع غیرخطی RNN ساده: شیب sigmoid حداکثر ⁦1/4⁩ است، پس گرادیان‌هایش زودتر از tanh (حداکثر ۱) ناپدید می‌شوند؛ relu با مقداردهی همانی همان IRNN است (Le et al. 2015).</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Adding problem: output the sum of the two marked numbers (chance MSE 0.167). First symbol: name the sequence&apos;s first symbol out of 8 (chance loss ln 8 = 2.08).</source>
        <translation>مسئله جمع (⁦adding⁩): خروجی، مجموع دو عدد نشان‌دار است (⁦MSE⁩ شانسی 0.167). نخستین نماد (⁦first_symbol⁩): نخستین نماد دنباله از میان ۸ نماد (اتلاف شانسی ⁦ln 8 = 2.08⁩).</translation>
    </message>
    <message>
        <source>Sequence length T</source>
        <translation>طول دنباله T</translation>
    </message>
    <message>
        <source>Timesteps per sequence: the distance the gradient has to travel back.</source>
        <translation>گام‌های زمانی هر دنباله: مسافتی که گرادیان باید به عقب بپیماید.</translation>
    </message>
    <message>
        <source>Hidden size H</source>
        <translation>اندازه پنهان H</translation>
    </message>
    <message>
        <source>Units in the recurrent state.</source>
        <translation>تعداد واحدها در حالت بازگشتی.</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>مقداردهی اولیه</translation>
    </message>
    <message>
        <source>Recurrent weights: normal N(0, scale^2/H); orthogonal (scale times a random orthogonal matrix, every gate block); identity (scale times I, the RNN only: with relu the IRNN of Le, Jaitly &amp; Hinton 2015); chrono (the LSTM only, Tallec &amp; Ollivier 2018: normal weights, forget-gate biases log(U(1, T-1)), input-gate biases their negatives; replaces the forget-gate bias). In compare mode the cells it does not apply to start normal.</source>
        <translation>وزن‌های بازگشتی: ⁦normal⁩ با توزیع ⁦N(0, scale^2/H)⁩؛ ⁦orthogonal⁩ (مقیاس ضرب در یک ماتریس متعامد تصادفی، در هر بلوک دروازه)؛ ⁦identity⁩ (مقیاس ضرب در I، تنها برای RNN: با relu همان IRNN از Le, Jaitly &amp; Hinton 2015)؛ ⁦chrono⁩ (تنها برای LSTM، Tallec &amp; Ollivier 2018: وزن‌های نرمال، بایاس‌های دروازه فراموشی ⁦log(U(1, T-1))⁩ و بایاس‌های دروازه ورودی قرینه آن‌ها؛ جای بایاس دروازه فراموشی را می‌گیرد). در حالت مقایسه، سلول‌هایی که این روش برایشان کاربرد ندارد با ⁦normal⁩ آغاز می‌شوند.</translation>
    </message>
    <message>
        <source>Recurrent init scale</source>
        <translation>مقیاس مقداردهی بازگشتی</translation>
    </message>
    <message>
        <source>Scale of the recurrent weights at the start (see Initialisation): scale &lt; 1 makes gradients vanish, scale &gt; 1 can make them explode.</source>
        <translation>مقیاس وزن‌های بازگشتی در آغاز (نگاه کنید به «مقداردهی اولیه»): ⁦scale &lt; 1⁩ گرادیان‌ها را ناپدید می‌کند (vanishing gradient)، ⁦scale &gt; 1⁩ ممکن است آن‌ها را منفجر کند (exploding gradient).</translation>
    </message>
    <message>
        <source>Forget-gate bias</source>
        <translation>بایاس دروازه فراموشی</translation>
    </message>
    <message>
        <source>Initial LSTM forget-gate bias: 0 starts forget gates near 0.5 (memory fades fast), 1 or more keeps the cell path open.</source>
        <translation>بایاس اولیه دروازه فراموشی (forget gate) در LSTM: صفر دروازه‌ها را نزدیک 0.5 آغاز می‌کند (حافظه زود محو می‌شود)، ۱ یا بیشتر مسیر سلول را باز نگه می‌دارد.</translation>
    </message>
    <message>
        <source>RNN bias</source>
        <translation>بایاس RNN</translation>
    </message>
    <message>
        <source>Give the plain RNN a bias b in c_t = act(W_rec c_{t-1} + W_in x_t + b) (off in the derivation).</source>
        <translation>دادن بایاس b به RNN ساده در ⁦c_t = act(W_rec c_{t-1} + W_in x_t + b)⁩ (در استخراج خاموش است).</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>بهینه‌ساز</translation>
    </message>
    <message>
        <source>Adam (the default: it solves the adding problem at T=100 within the default steps) or plain gradient descent, as in the derivation.</source>
        <translation>Adam (پیش‌فرض: مسئله جمع را در ⁦T=100⁩ در گام‌های پیش‌فرض حل می‌کند) یا کاهش گرادیان ساده (gradient descent)، مانند استخراج.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>نرخ یادگیری</translation>
    </message>
    <message>
        <source>Step size of the optimiser.</source>
        <translation>اندازه گام بهینه‌ساز.</translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation>بُرش گرادیان</translation>
    </message>
    <message>
        <source>Rescale the gradient when its norm exceeds this (Pascanu et al. 2013).</source>
        <translation>بازمقیاس‌بندی گرادیان وقتی نُرمش از این بیشتر شود (Pascanu et al. 2013).</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>گام‌های آموزش</translation>
    </message>
    <message>
        <source>Optimiser steps to run.</source>
        <translation>تعداد گام‌های بهینه‌ساز برای اجرا.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>اندازه دسته</translation>
    </message>
    <message>
        <source>Fresh sequences per optimiser step.</source>
        <translation>دنباله‌های تازه در هر گام بهینه‌ساز.</translation>
    </message>
    <message>
        <source>Probe every (steps)</source>
        <translation>کاوش هر (گام)</translation>
    </message>
    <message>
        <source>Recompute the Jacobians and gradient norms on the probe sequence every this many steps.</source>
        <translation>ژاکوبی‌ها (Jacobians) و نُرم‌های گرادیان روی دنباله کاوش هر این‌قدر گام دوباره محاسبه می‌شوند.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Where the network trains: auto picks a CUDA GPU, then Apple&apos;s MPS, then the CPU.</source>
        <translation>جایی که شبکه آموزش می‌بیند: ⁦auto⁩ نخست GPU با CUDA، سپس MPS اپل و سپس CPU را برمی‌گزیند.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>Seeds the weights, the training data and the probe sequence; compare mode uses the same seed for every cell.</source>
        <translation>بذر وزن‌ها، داده آموزش و دنباله کاوش؛ حالت مقایسه برای همه سلول‌ها بذر یکسان به کار می‌برد.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>ستون هدف</translation>
    </message>
    <message>
        <source>The column to forecast one step ahead (the exercise forecasts Open; default: Open when the file has it, else its first price-like column).</source>
        <translation>ستونی که یک گام جلوتر پیش‌بینی می‌شود (تمرین Open را پیش‌بینی می‌کند؛ پیش‌فرض: Open اگر پرونده داشته باشد، وگرنه نخستین ستون شبیه قیمت).</translation>
    </message>
    <message>
        <source>Extra inputs</source>
        <translation>ورودی‌های اضافه</translation>
    </message>
    <message>
        <source>Extra input columns the network also sees, e.g. High Low (none: the target column only).</source>
        <translation>ستون‌های ورودی اضافه که شبکه هم می‌بیند، مثلاً ⁦High Low⁩ (هیچ: تنها ستون هدف).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Use only the rows on or after this date (YYYY-MM-DD, or YYYY-MM-DD HH:MM); empty: from the first row. Applied before the bars are made.</source>
        <translation>فقط سطرهای این تاریخ و پس از آن به کار روند (⁦YYYY-MM-DD⁩ یا ⁦YYYY-MM-DD HH:MM⁩)؛ خالی: از نخستین سطر. پیش از ساختن میله‌ها اعمال می‌شود.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Use only the rows on or before this date (a date without a time includes that whole day); empty: to the last row.</source>
        <translation>فقط سطرهای این تاریخ و پیش از آن به کار روند (تاریخی بدون ساعت همه آن روز را در بر می‌گیرد)؛ خالی: تا آخرین سطر.</translation>
    </message>
    <message>
        <source>Last rows</source>
        <translation>سطرهای آخر</translation>
    </message>
    <message>
        <source>Use only the last N rows (after From and To, before the bars are made); all: every row.</source>
        <translation>فقط N سطر آخر به کار روند (پس از «از» و «تا»، پیش از ساختن میله‌ها)؛ همه: همه سطرها.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Bar size</source>
        <translation>اندازه میله</translation>
    </message>
    <message>
        <source>Combine the rows into bars of this size, a pandas offset alias such as 5min, 1h, 1D or 1W: open first, high max, low min, close last, volume summed, other columns last; bars with no row (nights, weekends) dropped. Only a bar longer than the file&apos;s own spacing; empty: the rows as in the file.</source>
        <translation>سطرها در میله‌هایی (bar) به این اندازه ترکیب می‌شوند، با نام کوتاه بازه در pandas (offset alias) مانند ⁦5min⁩، ⁦1h⁩، ⁦1D⁩ یا ⁦1W⁩: open نخستین، high بیشینه، low کمینه، close آخرین، volume جمع، ستون‌های دیگر آخرین مقدار؛ میله‌های بی‌سطر (شب‌ها، آخر هفته‌ها) حذف می‌شوند. فقط میله‌ای بلندتر از فاصله خود پرونده؛ خالی: سطرها همان‌گونه که در پرونده‌اند.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>change: predict the move from the last value, inputs taken relative to it (beats the naive forecast more often); value: predict the next value itself, as the exercise does.</source>
        <translation>⁦change⁩: پیش‌بینی حرکت نسبت به آخرین مقدار، با ورودی‌های نسبی به آن (بیشتر اوقات از پیش‌بینی ساده بهتر است)؛ ⁦value⁩: پیش‌بینی خود مقدار بعدی، مانند تمرین.</translation>
    </message>
    <message>
        <source>Recurrent cell: rnn (Elman, as the exercise&apos;s SimpleRNN), lstm or gru.</source>
        <translation>سلول بازگشتی: ⁦rnn⁩ (المان، مانند SimpleRNN تمرین)، ⁦lstm⁩ یا ⁦gru⁩.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>پنجره</translation>
    </message>
    <message>
        <source>How many past rows each prediction sees (the exercise uses 60).</source>
        <translation>هر پیش‌بینی چند سطر گذشته را می‌بیند (تمرین ۶۰ به کار می‌برد).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>لایه‌ها</translation>
    </message>
    <message>
        <source>Stacked recurrent layers (the exercise uses 4).</source>
        <translation>لایه‌های بازگشتی انباشته (تمرین ۴ به کار می‌برد).</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Hidden units per layer (the exercise uses 50).</source>
        <translation>واحدهای پنهان در هر لایه (تمرین ۵۰ به کار می‌برد).</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>حذف تصادفی (dropout)</translation>
    </message>
    <message>
        <source>Dropout between the layers and before the readout (the exercise uses 0.2).</source>
        <translation>حذف تصادفی (dropout) میان لایه‌ها و پیش از لایه خروجی (تمرین 0.2 به کار می‌برد).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Passes over the training windows; the weights with the best validation loss are kept.</source>
        <translation>گذرها روی پنجره‌های آموزش؛ وزن‌های با بهترین اتلاف اعتبارسنجی نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Windows per optimiser step (the exercise uses 32).</source>
        <translation>پنجره‌ها در هر گام بهینه‌ساز (تمرین ۳۲ به کار می‌برد).</translation>
    </message>
    <message>
        <source>Adam&apos;s step size (Keras&apos; default is 0.001).</source>
        <translation>اندازه گام Adam (پیش‌فرض Keras برابر 0.001 است).</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>سهم آزمون</translation>
    </message>
    <message>
        <source>Share of the rows, at the end, held out for testing (ignored when a test file or a test start date is given).</source>
        <translation>سهمی از سطرها، در انتها، که برای آزمون کنار گذاشته می‌شود (اگر پرونده آزمون یا تاریخ آغاز آزمون داده شود نادیده گرفته می‌شود).</translation>
    </message>
    <message>
        <source>Test from</source>
        <translation>آزمون از</translation>
    </message>
    <message>
        <source>Rows on or after this date (YYYY-MM-DD, or YYYY-MM-DD HH:MM) are the test period; empty: use the test fraction.</source>
        <translation>سطرهای این تاریخ و پس از آن (⁦YYYY-MM-DD⁩ یا ⁦YYYY-MM-DD HH:MM⁩) دوره آزمون‌اند؛ خالی: سهم آزمون به کار می‌رود.</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>سهم اعتبارسنجی</translation>
    </message>
    <message>
        <source>Share of the training windows, at their end, used to pick the best weights (0: keep the last weights, as the exercise does).</source>
        <translation>سهمی از پنجره‌های آموزش، در انتهای آن‌ها، که برای برگزیدن بهترین وزن‌ها به کار می‌رود (۰: آخرین وزن‌ها نگه داشته شوند، مانند تمرین).</translation>
    </message>
    <message>
        <source>Interval level</source>
        <translation>سطح بازه</translation>
    </message>
    <message>
        <source>Level of the prediction intervals, calibrated on the validation windows&apos; errors (split conformal); 0 turns them off. A level needs enough windows (9 for 0.9, 19 for 0.95, 99 for 0.99): fewer are refused before training.</source>
        <translation>سطح بازه‌های پیش‌بینی (prediction intervals)، واسنجی‌شده با خطاهای پنجره‌های اعتبارسنجی (همدیس تفکیکی)؛ ۰ آن‌ها را خاموش می‌کند. هر سطح به پنجره‌های کافی نیاز دارد (۹ برای 0.9، ۱۹ برای 0.95، ۹۹ برای 0.99): کمتر از آن پیش از آموزش رد می‌شود.</translation>
    </message>
    <message>
        <source>Interval method</source>
        <translation>روش بازه</translation>
    </message>
    <message>
        <source>adaptive: each test step&apos;s band from the most recent 250 one-step errors, its level adjusted after each actual (adaptive conformal inference), so it keeps its promise when the volatility changes; split: one width from the validation errors for the whole test period. The projection&apos;s band is split conformal either way.</source>
        <translation>⁦adaptive⁩: نوار هر گام آزمون از ۲۵۰ خطای یک‌گامی اخیر، با سطحی که پس از هر مقدار واقعی تنظیم می‌شود (استنتاج همدیس تطبیقی)، پس با تغییر نوسان هم به وعده‌اش وفادار می‌ماند؛ ⁦split⁩: یک پهنا از خطاهای اعتبارسنجی برای کل دوره آزمون. نوار تصویر آینده در هر دو حالت همدیس تفکیکی است.</translation>
    </message>
    <message>
        <source>Adaptive step</source>
        <translation>گام تطبیقی</translation>
    </message>
    <message>
        <source>How fast the adaptive band&apos;s level reacts to a miss or a hit (gamma of adaptive conformal inference): 0 keeps the nominal level on a rolling window.</source>
        <translation>سرعت واکنش سطح نوار تطبیقی به خطا یا اصابت (گامای استنتاج همدیس تطبیقی، adaptive conformal inference): ۰ سطح اسمی را روی یک پنجره غلتان نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Projection steps</source>
        <translation>گام‌های تصویر</translation>
    </message>
    <message>
        <source>Steps forecast beyond the last row, each feeding the next (0: none).</source>
        <translation>گام‌های پیش‌بینی‌شده پس از آخرین سطر، هر یک ورودی بعدی (۰: هیچ).</translation>
    </message>
    <message>
        <source>Seed of the weights, the dropout and the batch order; the same seed gives the same run.</source>
        <translation>بذر وزن‌ها، حذف تصادفی و ترتیب دسته‌ها؛ بذر یکسان اجرای یکسان می‌دهد.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>توجه</translation>
    </message>
    <message>
        <source>How the decoder looks at the source: none (only the encoder&apos;s final state), additive (Bahdanau) or scaled dot-product attention.</source>
        <translation>رمزگشا (decoder) چگونه به مبدأ می‌نگرد: ⁦none⁩ (تنها حالت نهایی رمزگذار)، ⁦additive⁩ (توجه جمعی Bahdanau) یا توجه ضرب نقطه‌ای مقیاس‌شده (scaled dot-product attention).</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>اندازه پنهان</translation>
    </message>
    <message>
        <source>Units of the decoder GRU and of each direction of the bidirectional encoder GRU.</source>
        <translation>واحدهای GRU رمزگشا و هر جهت GRU رمزگذار دوسویه.</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>اندازه تعبیه (embedding)</translation>
    </message>
    <message>
        <source>Length of the vector each character is embedded as.</source>
        <translation>طول برداری که هر نویسه به آن تعبیه (embed) می‌شود.</translation>
    </message>
    <message>
        <source>Passes over the training pairs (words, for Pig Latin). &apos;auto&apos; trains until the held-out accuracy of a task of pairs, measured at each epoch&apos;s end, has not risen for Patience epochs, reaches 100% or the Time budget is spent, and keeps the best epoch&apos;s model (for the Pig Latin words: 1 epoch); a number trains exactly that many epochs and keeps the last.</source>
        <translation>گذرها روی جفت‌های آموزش (برای لاتین خوکی، واژه‌ها). ⁦auto⁩ آموزش را ادامه می‌دهد تا دقت کنارگذاشته یک وظیفه از جفت‌ها، که در پایان هر دوره سنجیده می‌شود، به اندازه «صبر» دوره بالا نرود، به ۱۰۰٪ برسد یا «بودجه زمانی» تمام شود، و مدل بهترین دوره را نگه می‌دارد (برای واژه‌های لاتین خوکی: ۱ دوره)؛ یک عدد دقیقاً همان تعداد دوره آموزش می‌دهد و آخرین را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>صبر</translation>
    </message>
    <message>
        <source>With Epochs auto on a task of pairs: stop after this many epochs in a row without a new best held-out accuracy.</source>
        <translation>وقتی «دوره‌ها» ⁦auto⁩ است و وظیفه از جفت‌هاست: پس از این تعداد دوره پیاپی بدون بهبود دقت روی داده کنارگذاشته، توقف (توقف زودهنگام، early stopping).</translation>
    </message>
    <message>
        <source>Time budget (min)</source>
        <translation>بودجه زمانی (دقیقه)</translation>
    </message>
    <message>
        <source>With Epochs auto on a task of pairs: the longest the training runs, in minutes; when it is spent, the best model so far is kept.</source>
        <translation>وقتی «دوره‌ها» ⁦auto⁩ است و وظیفه از جفت‌هاست: بیشترین زمان آموزش، به دقیقه؛ با پایان آن، بهترین مدل تا آن لحظه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Pairs per optimiser step; a batch is padded to its longest sequence and masked. &apos;auto&apos;: 64 on the Pig Latin words, 128 on a task of pairs.</source>
        <translation>جفت‌ها در هر گام بهینه‌ساز؛ هر دسته تا بلندترین دنباله‌اش پُر و پوشانده (mask) می‌شود. ⁦auto⁩: ۶۴ برای واژه‌های لاتین خوکی، ۱۲۸ برای یک وظیفه از جفت‌ها.</translation>
    </message>
    <message>
        <source>Adam&apos;s step size at the start. With a number of epochs it decays along a cosine to a tenth by the end; while early stopping (Epochs auto) it is halved after 3 epochs in a row without a new best held-out accuracy (down to a tenth).</source>
        <translation>اندازه گام Adam در آغاز. با تعداد دوره مشخص، در امتداد یک کسینوس تا یک‌دهم در پایان کاهش می‌یابد؛ در توقف زودهنگام (early stopping، «دوره‌ها» ⁦auto⁩) پس از ۳ دوره پیاپی بدون بهبود دقت کنارگذاشته نصف می‌شود (تا یک‌دهم).</translation>
    </message>
    <message>
        <source>Largest gradient norm allowed per step; &apos;off&apos; lets large steps through.</source>
        <translation>بیشترین نُرم گرادیان مجاز در هر گام؛ ⁦off⁩ گام‌های بزرگ را هم می‌پذیرد.</translation>
    </message>
    <message>
        <source>Weight averaging</source>
        <translation>میانگین‌گیری وزن‌ها</translation>
    </message>
    <message>
        <source>Polyak averaging: held-out accuracy is measured on, and the run keeps, a running average of the weights (each step keeps this share of the average and adds the rest of the new weights), which wavers less than the last step&apos;s weights; &apos;off&apos; uses the weights as trained.</source>
        <translation>میانگین‌گیری وزن‌ها (weight averaging) به روش پولیاک (Polyak averaging): دقت کنارگذاشته روی میانگین متحرک (running average) وزن‌ها سنجیده می‌شود و اجرا همان را نگه می‌دارد (هر گام این سهم از میانگین را نگه می‌دارد و باقی را از وزن‌های تازه می‌گیرد)، که کمتر از وزن‌های آخرین گام نوسان دارد؛ ⁦off⁩ وزن‌ها را همان‌طور که آموزش دیده‌اند به کار می‌برد.</translation>
    </message>
    <message>
        <source>Training pairs</source>
        <translation>جفت‌های آموزش</translation>
    </message>
    <message>
        <source>Use only this many of the training pairs (&apos;off&apos;: all of them).</source>
        <translation>تنها همین تعداد از جفت‌های آموزش به کار رود (⁦off⁩: همه آن‌ها).</translation>
    </message>
    <message>
        <source>Held-out pairs</source>
        <translation>جفت‌های کنارگذاشته</translation>
    </message>
    <message>
        <source>Measure accuracy on this many of the held-out pairs (&apos;off&apos;: all of them); fewer measure faster but less exactly.</source>
        <translation>دقت روی این تعداد از جفت‌های کنارگذاشته سنجیده شود (⁦off⁩: همه)؛ تعداد کمتر سریع‌تر ولی با دقت کمتر می‌سنجد.</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>سهم کنارگذاشته</translation>
    </message>
    <message>
        <source>For a task of pairs: the share of the pairs held out to measure accuracy, never trained on (the same pairs at every retraining). Pig Latin has its own held-out words.</source>
        <translation>برای وظیفه‌ای از جفت‌ها: سهمی از جفت‌ها که برای سنجش دقت کنار گذاشته می‌شود و هرگز روی آن آموزش داده نمی‌شود (در هر آموزش دوباره همان جفت‌ها). لاتین خوکی واژه‌های کنارگذاشته خود را دارد.</translation>
    </message>
    <message>
        <source>Scheduled sampling</source>
        <translation>نمونه‌برداری زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>What the decoder is fed while it trains (Bengio et al. 2015): off feeds the true previous character at every step (teacher forcing); linear or inverse-sigmoid feeds the model&apos;s own prediction instead with a probability that rises over training, as Sampling decay says.</source>
        <translation>آنچه در طول آموزش به رمزگشا داده می‌شود (نمونه‌برداری زمان‌بندی‌شده، scheduled sampling؛ Bengio و همکاران ۲۰۱۵): ⁦off⁩ در هر گام نویسه پیشین درست را می‌دهد (اجبار معلم، teacher forcing)؛ ⁦linear⁩ یا ⁦inverse-sigmoid⁩ به‌جای آن پیش‌بینی خود مدل را با احتمالی می‌دهد که در طول آموزش بالا می‌رود، همان‌گونه که «کاهش نمونه‌برداری» می‌گوید.</translation>
    </message>
    <message>
        <source>Sampling decay k</source>
        <translation>کاهش نمونه‌برداری k</translation>
    </message>
    <message>
        <source>Scheduled sampling&apos;s k, in training steps: the true character is fed with probability max(0, 1 - i/k) at step i (linear; none from step k on) or k/(k + exp(i/k)) (inverse-sigmoid; one half at step k ln k).</source>
        <translation>k نمونه‌برداری زمان‌بندی‌شده، بر حسب گام‌های آموزش: نویسه درست در گام i با احتمال ⁦max(0, 1 - i/k)⁩ داده می‌شود (⁦linear⁩؛ از گام k به بعد هیچ) یا ⁦k/(k + exp(i/k))⁩ (⁦inverse-sigmoid⁩؛ نیم در گام ⁦k ln k⁩).</translation>
    </message>
    <message>
        <source>Seed of the weights and the order of the pairs; the same seed gives the same model.</source>
        <translation>بذر وزن‌ها و ترتیب جفت‌ها؛ بذر یکسان مدل یکسان می‌دهد.</translation>
    </message>
    <message>
        <source>Beam width</source>
        <translation>پهنای پرتو</translation>
    </message>
    <message>
        <source>How many partial outputs the decoder keeps at each step: 1 is greedy (the most likely next character every time); more can find a likelier whole output that starts with a less likely character, at about that many times the work.</source>
        <translation>رمزگشا در هر گام چند خروجی ناتمام نگه می‌دارد (جست‌وجوی پرتوی، beam search): ۱ حریصانه است (هر بار محتمل‌ترین نویسه بعدی)؛ بیشتر از آن می‌تواند خروجی کامل محتمل‌تری بیابد که با نویسه‌ای کم‌احتمال‌تر آغاز می‌شود، با حدوداً همان‌قدر برابر کار.</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>جریان گرادیان</translation>
    </message>
    <message>
        <source>Stock forecaster</source>
        <translation>پیش‌بین سهام</translation>
    </message>
    <message>
        <source>Translation pad</source>
        <translation>دفترچه ترجمه</translation>
    </message>
    <message>
        <source>English -&gt; Pig Latin (words)</source>
        <translation>انگلیسی ← لاتین خوکی (واژه‌ها)</translation>
    </message>
    <message>
        <source>Human dates -&gt; ISO 8601 (example)</source>
        <translation>تاریخ‌های انسانی ← ISO 8601 (نمونه)</translation>
    </message>
    <message>
        <source>Adding problem: LSTM vs RNN</source>
        <translation>مسئله جمع: LSTM در برابر RNN</translation>
    </message>
    <message>
        <source>The LSTM solves the adding problem over long lags; a tanh RNN stays at the chance MSE of 0.167.</source>
        <translation>LSTM مسئله جمع را با تأخیرهای بلند حل می‌کند؛ RNN با tanh در MSE شانسی 0.167 می‌ماند.</translation>
    </message>
    <message>
        <source>Compare mode, T=100: the LSTM&apos;s and GRU&apos;s loss falls far below the dashed chance line and their gradient curves flatten, while the tanh RNN&apos;s stays near chance, its gradient falling tens of decades.</source>
        <translation>حالت مقایسه، ⁦T=100⁩: اتلاف LSTM و GRU بسیار پایین‌تر از خط‌چین شانسی می‌رود و منحنی‌های گرادیانشان هموار می‌شود، در حالی که RNN با tanh نزدیک سطح شانسی می‌ماند و گرادیانش ده‌ها مرتبه بزرگی افت می‌کند.</translation>
    </message>
    <message>
        <source>IRNN: ReLU RNN started at the identity</source>
        <translation>IRNN: شبکه RNN با ReLU که از ماتریس همانی آغاز می‌شود</translation>
    </message>
    <message>
        <source>A ReLU RNN whose W_rec starts as the identity (IRNN) learns the adding problem like an LSTM, where a tanh RNN fails.</source>
        <translation>یک RNN با ReLU که W_rec آن از ماتریس همانی آغاز می‌شود (IRNN) مسئله جمع را مانند LSTM می‌آموزد، جایی که RNN با tanh شکست می‌خورد.</translation>
    </message>
    <message>
        <source>The eigenvalues start all at 1 (on the unit circle), the local norm sits at 1 and the gradient reaches t = 0 undamped; the loss falls below chance.</source>
        <translation>مقادیر ویژه همه از ۱ (روی دایره واحد) آغاز می‌شوند، نُرم محلی روی ۱ می‌ماند و گرادیان بی‌کاهش به ⁦t = 0⁩ می‌رسد؛ اتلاف به زیر سطح شانسی می‌افتد.</translation>
    </message>
    <message>
        <source>Exploding gradients without clipping</source>
        <translation>گرادیان‌های انفجاری بدون بُرش</translation>
    </message>
    <message>
        <source>With W_rec large (spectral radius above 1/γ) gradients can explode: an SGD step can throw the weights far away and training blows up; clipping the gradient&apos;s norm prevents it.</source>
        <translation>با W_rec بزرگ (شعاع طیفی بیش از ⁦1/γ⁩) گرادیان‌ها ممکن است منفجر شوند (exploding gradients): یک گام SGD وزن‌ها را به دوردست پرتاب می‌کند و آموزش از هم می‌پاشد؛ بُرش نُرم گرادیان جلوی آن را می‌گیرد.</translation>
    </message>
    <message>
        <source>The local norms start above 1 and the product plot rises to the left; within a few dozen steps the loss shoots up and the run stops with an infinite loss. Then try the clipped preset.</source>
        <translation>نُرم‌های محلی از بالای ۱ آغاز می‌شوند و نمودار حاصل‌ضرب به سمت چپ بالا می‌رود؛ در چند ده گام اتلاف جهش می‌کند و اجرا با اتلاف بی‌نهایت می‌ایستد. سپس پیش‌تنظیم با بُرش را بیازمایید.</translation>
    </message>
    <message>
        <source>Exploding gradients tamed by clipping</source>
        <translation>مهار گرادیان‌های انفجاری با بُرش</translation>
    </message>
    <message>
        <source>Rescaling the gradient when its norm exceeds a threshold keeps training stable where the same run without clipping blows up.</source>
        <translation>بازمقیاس‌بندی گرادیان وقتی نُرمش از آستانه‌ای بگذرد (بُرش گرادیان، gradient clipping) آموزش را پایدار نگه می‌دارد، جایی که همان اجرا بدون بُرش منفجر می‌شود.</translation>
    </message>
    <message>
        <source>The same network, data and learning rate as the unclipped preset, clip 1.0: the loss comes down steadily instead of exploding.</source>
        <translation>همان شبکه، داده و نرخ یادگیری پیش‌تنظیم بدون بُرش، با بُرش 1.0: اتلاف به‌جای انفجار پیوسته پایین می‌آید.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source> (range {low} to {high})</source>
        <translation> (بازه {low} تا {high})</translation>
    </message>
    <message>
        <source> Set to the lowest value to turn it off.</source>
        <translation> برای خاموش کردن، کمترین مقدار را بگذارید.</translation>
    </message>
    <message>
        <source> Set to the lowest value for {none}.</source>
        <translation> برای {none} کمترین مقدار را بگذارید.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message>
        <source>run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>finished run</source>
        <translation>اجرای پایان‌یافته</translation>
    </message>
    <message>
        <source>finished runs</source>
        <translation>اجرای پایان‌یافته</translation>
    </message>
    <message>
        <source>stored run</source>
        <translation>اجرای ذخیره‌شده</translation>
    </message>
    <message>
        <source>stored runs</source>
        <translation>اجرای ذخیره‌شده</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>word</source>
        <translation>واژه</translation>
    </message>
    <message>
        <source>words</source>
        <translation>واژه</translation>
    </message>
    <message>
        <source>line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>سطر</translation>
    </message>
</context>
<context>
    <name>TranslateSession</name>
    <message>
        <source>no attention</source>
        <translation>بدون توجه</translation>
    </message>
    <message>
        <source>additive attention</source>
        <translation>توجه جمعی</translation>
    </message>
    <message>
        <source>dot-product attention</source>
        <translation>توجه ضرب نقطه‌ای</translation>
    </message>
    <message>
        <source>With attention</source>
        <translation>با توجه</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>بدون توجه</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>بارگذاری نشده</translation>
    </message>
    <message>
        <source>, {accuracy:.2%} held-out (greedy)</source>
        <translation>، {accuracy:.2%} روی داده کنارگذاشته (حریصانه)</translation>
    </message>
    <message>
        <source> (unsaved)</source>
        <translation> (ذخیره‌نشده)</translation>
    </message>
    <message>
        <source>{title}: {origin} {attention}{figure}{unsaved}</source>
        <translation>{title}: {origin}، {attention}{figure}{unsaved}</translation>
    </message>
</context>
<context>
    <name>app_log</name>
    <message>
        <source>RNN Lab: unexpected error</source>
        <translation>RNN Lab: خطای غیرمنتظره</translation>
    </message>
</context>
<context>
    <name>diagnose_panel</name>
    <message>
        <source>no attention</source>
        <translation>بدون توجه</translation>
    </message>
    <message>
        <source>additive attention</source>
        <translation>توجه جمعی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>additive</source>
        <translation>جمعی</translation>
    </message>
    <message>
        <source>With greedy decoding every wrong output starts with a mistake on a correct prefix, so exposure bias can only act after it. Measured on the shipped Pig Latin models: the model without attention&apos;s wrong words all start with such a first error, more often the longer the word (the bottleneck), and its errors compound after it; scheduled sampling, trained on the same seeds and budget, lowered its exact accuracy and did not improve that recovery (Help: Translation pad, Diagnosis).</source>
        <translation>با رمزگشایی حریصانه (greedy decoding) هر خروجی نادرست با یک اشتباه روی پیشوندی درست آغاز می‌شود، پس سوگیری مواجهه (exposure bias) تنها پس از آن می‌تواند اثر کند. سنجیده روی مدل‌های لاتین خوکی همراه برنامه: واژه‌های نادرست مدل بدون توجه همه با چنین نخستین خطایی آغاز می‌شوند، هرچه واژه بلندتر باشد بیشتر (گلوگاه، bottleneck)، و خطاهایش پس از آن انباشته می‌شوند؛ نمونه‌برداری زمان‌بندی‌شده (scheduled sampling)، آموزش‌دیده با همان بذرها و بودجه، دقت دقیق آن را پایین آورد و آن بازیابی را بهتر نکرد (راهنما: دفترچه ترجمه، عیب‌یابی).</translation>
    </message>
    <message>
        <source>Teacher forcing trains the decoder on the true previous character; translating, it is fed its own. Diagnose decodes the task&apos;s held-out pairs both ways, then measures how much of the rest each model gets right after its first mistake continuing from it (free) or given the true prefix (teacher forced), and accuracy by source length. Free running and teacher forced are compared with the target position by position (its end included), so an output that drops or adds a character counts what follows as wrong even where the rest is right but shifted; the report and rnnlab diagnose also give the shift-tolerant recovery.</source>
        <translation>اجبار معلم (teacher forcing) رمزگشا را روی نویسه پیشین درست آموزش می‌دهد؛ هنگام ترجمه، نویسه خودش به آن داده می‌شود. «عیب‌یابی» جفت‌های کنارگذاشته وظیفه را به هر دو شیوه رمزگشایی می‌کند، سپس می‌سنجد که هر مدل پس از نخستین اشتباهش چه اندازه از باقی را درست می‌گوید، با ادامه از همان اشتباه (آزاد) یا با دادن پیشوند درست (با اجبار معلم)، و دقت را بر حسب طول مبدأ. اجرای آزاد و اجبار معلم جایگاه به جایگاه با هدف مقایسه می‌شوند (پایانش هم)، پس خروجی‌ای که نویسه‌ای را جا بیندازد یا بیفزاید، آنچه را در پی می‌آید نادرست می‌شمارد حتی جایی که باقی درست ولی جابه‌جا است؛ گزارش و ⁦rnnlab diagnose⁩ بازیابی تاب‌آور در برابر جابه‌جایی را هم می‌دهند.</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>عیب‌یابی</translation>
    </message>
    <message>
        <source>Decode the task&apos;s held-out pairs with both models, free running and teacher forced, and show where their mistakes come from.</source>
        <translation>جفت‌های کنارگذاشته وظیفه را با هر دو مدل، به‌صورت اجرای آزاد و با اجبار معلم، رمزگشایی کن و نشان بده اشتباه‌هایشان از کجا می‌آیند.</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>صدور گزارش…</translation>
    </message>
    <message>
        <source>Diagnose the pad&apos;s models on the task&apos;s held-out pairs.</source>
        <translation>مدل‌های دفترچه را روی جفت‌های کنارگذاشته وظیفه عیب‌یابی کنید.</translation>
    </message>
    <message>
        <source>source length (characters)</source>
        <translation>طول مبدأ (نویسه)</translation>
    </message>
    <message>
        <source>exact %</source>
        <translation>دقیق ٪</translation>
    </message>
    <message>
        <source>first wrong character at</source>
        <translation>جایگاه نخستین نویسه نادرست</translation>
    </message>
    <message>
        <source>wrong outputs</source>
        <translation>خروجی‌های نادرست</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>توجه</translation>
    </message>
    <message>
        <source>right after the first mistake %</source>
        <translation>درست پس از نخستین اشتباه ٪</translation>
    </message>
    <message>
        <source>Diagnosing on {pairs}…</source>
        <translation>در حال عیب‌یابی روی {pairs}…</translation>
    </message>
    <message>
        <source>Could not diagnose: {message}</source>
        <translation>عیب‌یابی ممکن نشد: {message}</translation>
    </message>
    <message>
        <source>{pairs:,} held-out pairs of “{task}”</source>
        <translation>{pairs:,} جفت کنارگذاشته از «{task}»</translation>
    </message>
    <message>
        <source> · note: {note}</source>
        <translation> · یادداشت: {note}</translation>
    </message>
    <message>
        <source>free running</source>
        <translation>اجرای آزاد</translation>
    </message>
    <message>
        <source>teacher forced</source>
        <translation>اجبار معلم</translation>
    </message>
</context>
<context>
    <name>diagnosing</name>
    <message>
        <source>Nothing to diagnose</source>
        <translation>چیزی برای عیب‌یابی نیست</translation>
    </message>
    <message>
        <source>There is no model in the pad yet.</source>
        <translation>هنوز مدلی در دفترچه نیست.</translation>
    </message>
    <message>
        <source>No held-out pairs</source>
        <translation>جفت کنارگذاشته‌ای نیست</translation>
    </message>
    <message>
        <source>This task came from a model file, which does not hold its pairs. Open its pairs file (Task: From a pairs file…) to diagnose.</source>
        <translation>این وظیفه از یک پرونده مدل آمده که جفت‌هایش را در خود ندارد. برای عیب‌یابی پرونده جفت‌هایش را باز کنید (وظیفه: از یک پرونده جفت‌ها…).</translation>
    </message>
    <message>
        <source>the {count:,} held-out words</source>
        <translation>{count:,} واژه کنارگذاشته</translation>
    </message>
    <message>
        <source>the held-out {share:.0%} of the task&apos;s pairs (never trained on)</source>
        <translation>{share:.0%} کنارگذاشته از جفت‌های وظیفه (هرگز روی آن آموزش داده نشده)</translation>
    </message>
</context>
<context>
    <name>documentation</name>
    <message>
        <source>RNN Lab &amp;Documentation</source>
        <translation>&amp;مستندات RNN Lab</translation>
    </message>
    <message>
        <source>&amp;Gradient Flow</source>
        <translation>&amp;جریان گرادیان</translation>
    </message>
    <message>
        <source>&amp;Stock Forecaster</source>
        <translation>&amp;پیش‌بین سهام</translation>
    </message>
    <message>
        <source>&amp;Translation Pad</source>
        <translation>&amp;دفترچه ترجمه</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>&amp;آزمایش‌ها</translation>
    </message>
    <message>
        <source>&amp;Command Line</source>
        <translation>&amp;خط فرمان</translation>
    </message>
    <message>
        <source>Lab &amp;Reports</source>
        <translation>&amp;گزارش‌های آزمایشگاه</translation>
    </message>
    <message>
        <source>&amp;Performance and Figures</source>
        <translation>&amp;کارایی و ارقام</translation>
    </message>
    <message>
        <source>Packaging and Start-&amp;up</source>
        <translation>&amp;بسته‌بندی و راه‌اندازی</translation>
    </message>
    <message>
        <source>What RNN Lab C&amp;hecks</source>
        <translation>&amp;آنچه RNN Lab بررسی می‌کند</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;زبان‌ها</translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation>&amp;معماری</translation>
    </message>
    <message>
        <source>The documentation is the file
{path}</source>
        <translation>مستندات این پرونده است:
{path}</translation>
    </message>
    <message>
        <source>Documentation &amp;Pages</source>
        <translation>&amp;صفحه‌های مستندات</translation>
    </message>
</context>
<context>
    <name>experiments.curves_plot</name>
    <message>
        <source>The runs&apos; curves appear here as the runs finish.</source>
        <translation>منحنی‌های اجراها با پایان هر اجرا اینجا نمایان می‌شوند.</translation>
    </message>
    <message>
        <source>Which of the runs&apos; curves to draw.</source>
        <translation>کدام منحنی اجراها رسم شود.</translation>
    </message>
    <message>
        <source>Curve:</source>
        <translation>منحنی:</translation>
    </message>
    <message>
        <source>step or epoch</source>
        <translation>گام یا دوره</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (مقیاس لگاریتمی)</translation>
    </message>
    <message>
        <source>Every seed of this configuration is drawn in this colour.</source>
        <translation>همه بذرهای این پیکربندی با این رنگ رسم می‌شوند.</translation>
    </message>
    <message>
        <source>and {value} more configurations</source>
        <translation>و {value} پیکربندی دیگر</translation>
    </message>
</context>
<context>
    <name>experiments.finding</name>
    <message>
        <source>Horizon ({name}, n = {seeds} seeds): </source>
        <translation>افق ({name}، n = {seeds} بذر): </translation>
    </message>
</context>
<context>
    <name>experiments.lab_inputs</name>
    <message>
        <source>Price tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>جدول‌های قیمت (*.csv *.txt *.tsv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Pairs files (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>پرونده‌های جفت (*.tsv *.txt *.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Gradient flow reads no file: the task&apos;s sequences are drawn from each run&apos;s seed</source>
        <translation>جریان گرادیان پرونده‌ای نمی‌خواند: دنباله‌های وظیفه از بذر هر اجرا ساخته می‌شوند</translation>
    </message>
    <message>
        <source> Each run trains RNN, LSTM and GRU side by side (compare mode).</source>
        <translation> هر اجرا RNN، LSTM و GRU را کنار هم آموزش می‌دهد (حالت مقایسه).</translation>
    </message>
    <message>
        <source>No input files: each run draws its sequences from its seed.</source>
        <translation>بدون پرونده ورودی: هر اجرا دنباله‌هایش را از بذر خود می‌سازد.</translation>
    </message>
    <message>
        <source>Training CSV</source>
        <translation>CSV آموزش</translation>
    </message>
    <message>
        <source>Choose the price CSV every run trains on</source>
        <translation>CSV قیمتی را که همه اجراها روی آن آموزش می‌بینند انتخاب کنید</translation>
    </message>
    <message>
        <source>Test CSV</source>
        <translation>CSV آزمون</translation>
    </message>
    <message>
        <source>Choose a CSV that continues the training file, to test on instead of the end of the training file</source>
        <translation>یک CSV در ادامه پرونده آموزش برگزینید تا به‌جای انتهای پرونده آموزش روی آن آزمون شود</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Test on the end of the training file instead</source>
        <translation>به‌جای آن روی انتهای پرونده آموزش آزمون کن</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>none (the end of the training file)</source>
        <translation>هیچ (پایان پرونده آموزش)</translation>
    </message>
    <message>
        <source>Training CSV of the experiment</source>
        <translation>CSV آموزش آزمایش</translation>
    </message>
    <message>
        <source>Test CSV of the experiment</source>
        <translation>CSV آزمون آزمایش</translation>
    </message>
    <message>
        <source>English → Pig Latin (shipped words)</source>
        <translation>انگلیسی ← لاتین خوکی (واژه‌های همراه برنامه)</translation>
    </message>
    <message>
        <source>Every run learns Pig Latin from the shipped word lists</source>
        <translation>هر اجرا لاتین خوکی را از فهرست واژه‌های همراه برنامه می‌آموزد</translation>
    </message>
    <message>
        <source>Pairs file</source>
        <translation>پرونده جفت‌ها</translation>
    </message>
    <message>
        <source>Every run learns the task of a pairs file (source, tab, target per line)</source>
        <translation>هر اجرا وظیفه یک پرونده جفت‌ها را می‌آموزد (در هر سطر: مبدأ، تب، مقصد)</translation>
    </message>
    <message>
        <source>Choose the pairs file</source>
        <translation>پرونده جفت‌ها را انتخاب کنید</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>انتخاب نشده</translation>
    </message>
    <message>
        <source>Pairs file of the experiment</source>
        <translation>پرونده جفت‌های آزمایش</translation>
    </message>
</context>
<context>
    <name>experiments.metric_chart</name>
    <message>
        <source>The mean of the chosen metric per configuration appears here once a run is done.</source>
        <translation>میانگین سنجه انتخاب‌شده برای هر پیکربندی پس از پایان یک اجرا اینجا نمایان می‌شود.</translation>
    </message>
    <message>
        <source>n = {value}-{value2} seeds</source>
        <translation>n = {value} تا {value2} بذر</translation>
    </message>
    <message>
        <source> (no interval where n = 1)</source>
        <translation> (جایی که ⁦n = 1⁩ است بازه‌ای نیست)</translation>
    </message>
    <message>
        <source>{metric}: mean and {level} CI over {n_text}{single}</source>
        <translation>{metric}: میانگین و بازه اطمینان {level} روی {n_text}{single}</translation>
    </message>
    <message>
        <source>{metric}: mean and {level} CI over seeds</source>
        <translation>{metric}: میانگین و بازه اطمینان {level} روی بذرها</translation>
    </message>
    <message>
        <source>No run has given {metric} yet.</source>
        <translation>هنوز هیچ اجرایی {metric} را نداده است.</translation>
    </message>
    <message>
        <source>{label}, {name}={text}
{count} of {seeds} seeds {metric}</source>
        <translation>{label}، ⁦{name}={text}⁩
{count} از {seeds} بذر {metric}</translation>
    </message>
    <message>
        <source>{flag_name} (log axis)</source>
        <translation>{flag_name} (محور لگاریتمی)</translation>
    </message>
    <message>
        <source>share with {metric} = 1</source>
        <translation>سهم با {metric} = 1</translation>
    </message>
    <message>
        <source>Share of seeds with {metric} = 1 against {name} (n = {seeds} seeds); horizon: </source>
        <translation>سهم بذرهایی که در آن‌ها {metric} = 1 است بر حسب {name} (n = {seeds} بذر)؛ افق: </translation>
    </message>
    <message>
        <source>. No interval: over a few seeds a t-interval of a 0/1 metric says nothing.</source>
        <translation>. بدون بازه: روی چند بذر، بازه t یک سنجه صفر و یکی چیزی نمی‌گوید.</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>همه اجراها</translation>
    </message>
</context>
<context>
    <name>experiments.metric_combo</name>
    <message>
        <source>The metric the table, the chart, the summary and the report compare (default: the experiment&apos;s decision metric, else the lab&apos;s headline metric)</source>
        <translation>سنجه‌ای که جدول، نمودار، خلاصه و گزارش مقایسه می‌کنند (پیش‌فرض: سنجه تصمیم آزمایش، وگرنه سنجه اصلی آزمایشگاه)</translation>
    </message>
</context>
<context>
    <name>experiments.past_experiments</name>
    <message>
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>آزمایشگاه</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Last run finished</source>
        <translation>پایان آخرین اجرا</translation>
    </message>
    <message>
        <source>No experiments yet: a sweep you run here or with rnnlab sweep is listed here.</source>
        <translation>هنوز آزمایشی نیست: جاروبی که اینجا یا با ⁦rnnlab sweep⁩ اجرا کنید اینجا فهرست می‌شود.</translation>
    </message>
    <message>
        <source>{done} done</source>
        <translation>{done} انجام‌شده</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>، {failed} ناموفق</translation>
    </message>
    <message>
        <source> of {total}</source>
        <translation> از {total}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Show the chosen experiment&apos;s results.</source>
        <translation>نتایج آزمایش انتخاب‌شده را نشان بده.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>{name}: {describe}, created {local_time}</source>
        <translation>{name}: {describe}، ساخته‌شده در {local_time}</translation>
    </message>
    <message>
        <source>Wait for the sweep to end: it is writing the store.</source>
        <translation>صبر کنید تا جاروب تمام شود: در حال نوشتن در انباره است.</translation>
    </message>
    <message>
        <source>Remove the chosen experiment and all its runs from the store.</source>
        <translation>حذف آزمایش انتخاب‌شده و همه اجراهایش از انباره.</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>حذف آزمایش</translation>
    </message>
    <message>
        <source>Delete the experiment {name!r} and its {plural} from {path}? This cannot be undone.</source>
        <translation>آزمایش {name!r} و {plural} آن از {path} حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>experiments.results_header</name>
    <message>
        <source>Export runs CSV…</source>
        <translation>صدور CSV اجراها…</translation>
    </message>
    <message>
        <source>Save one row per run: the varied settings, seed, status, seconds and every numeric metric</source>
        <translation>ذخیره یک سطر برای هر اجرا: تنظیمات متغیر، بذر، وضعیت، ثانیه‌ها و هر سنجه عددی</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>صدور گزارش…</translation>
    </message>
    <message>
        <source>of the last finished run</source>
        <translation>آخرین اجرای پایان‌یافته</translation>
    </message>
    <message>
        <source>of the experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
</context>
<context>
    <name>experiments.runs_table</name>
    <message>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>اجرا نشده</translation>
    </message>
    <message>
        <source>Every run of the experiment: its settings, seed, status, seconds and the chosen metric (select runs to compare their loss curves; a failed run&apos;s error is its tooltip)</source>
        <translation>همه اجراهای آزمایش: تنظیمات، بذر، وضعیت، ثانیه‌ها و سنجه برگزیده (اجراها را برگزینید تا منحنی‌های اتلافشان مقایسه شود؛ خطای اجرای ناموفق در راهنمای آن است)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>none (diverged at step {step})</source>
        <translation>هیچ (در گام {step} واگرا شد)</translation>
    </message>
    <message>
        <source>This run gave no {metric}: it is left out of the mean and the tests.</source>
        <translation>این اجرا {metric} نداد: از میانگین و آزمون‌ها کنار گذاشته شد.</translation>
    </message>
</context>
<context>
    <name>experiments.setup_panel</name>
    <message>
        <source>The lab whose run the experiment repeats over the varied settings and seeds</source>
        <translation>آزمایشگاهی که آزمایش، اجرای آن را روی تنظیمات متغیر و بذرها تکرار می‌کند</translation>
    </message>
    <message>
        <source>An experiment preset of the lab: fills in the base settings (from the lab&apos;s defaults), the varied settings and the seeds; none: set them yourself</source>
        <translation>پیش‌تنظیم آزمایش برای این آزمایشگاه: تنظیمات پایه (از پیش‌فرض‌های آزمایشگاه)، تنظیمات متغیر و بذرها را پر می‌کند؛ هیچ: خودتان تنظیم کنید</translation>
    </message>
    <message>
        <source>An experiment runs seeds 0..N-1 of every configuration: set Seeds below</source>
        <translation>هر آزمایش بذرهای ⁦0..N-1⁩ هر پیکربندی را اجرا می‌کند: «بذرها» را پایین‌تر تنظیم کنید</translation>
    </message>
    <message>
        <source>Every configuration runs with seeds 0..N-1: more seeds, narrower confidence intervals (the summary says n beside every figure)</source>
        <translation>هر پیکربندی با بذرهای ⁦0..N-1⁩ اجرا می‌شود: بذرهای بیشتر، بازه‌های اطمینان باریک‌تر (خلاصه کنار هر عدد n را می‌گوید)</translation>
    </message>
    <message>
        <source>Runs trained at once on this computer, each in its own process (default: the physical cores)</source>
        <translation>اجراهایی که هم‌زمان روی این رایانه آموزش می‌بینند، هر یک در فرایند خود (پیش‌فرض: هسته‌های فیزیکی)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT</source>
        <translation>tcp://HOST:PORT</translation>
    </message>
    <message>
        <source>made from the grid</source>
        <translation>ساخته‌شده از شبکه مقادیر</translation>
    </message>
    <message>
        <source>The experiment&apos;s name in the run store (default: the lab, the varied settings and the seeds, e.g. gradflow: cell x 3 seeds)</source>
        <translation>نام آزمایش در انباره اجراها (پیش‌فرض: آزمایشگاه، تنظیمات متغیر و بذرها، مثلاً ⁦gradflow: cell x 3 seeds⁩)</translation>
    </message>
    <message>
        <source>How many runs Run starts: every value of each varied setting times every seed</source>
        <translation>«اجرا» چند اجرا آغاز می‌کند: هر مقدار هر تنظیم متغیر ضرب در هر بذر</translation>
    </message>
    <message>
        <source>Run on an existing Dask scheduler instead of here (its workers need this RNN Lab and the input files at the same paths); empty: run here</source>
        <translation>اجرا روی زمان‌بند Dask موجود به‌جای اینجا (کارگرهایش به همین RNN Lab و پرونده‌های ورودی در همان مسیرها نیاز دارند)؛ خالی: اجرا در اینجا</translation>
    </message>
    <message>
        <source>Running on a Dask cluster needs the cluster extra: pip install &apos;rnnlab[cluster]&apos;</source>
        <translation>اجرا روی خوشه Dask به افزونه cluster نیاز دارد: ⁦pip install &apos;rnnlab[cluster]&apos;⁩</translation>
    </message>
    <message>
        <source>Base run</source>
        <translation>اجرای پایه</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>بذرها</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>کارگرها</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>خوشه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>آزمایشگاه</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Use the {title} tab&apos;s settings</source>
        <translation>استفاده از تنظیمات زبانه {title}</translation>
    </message>
    <message>
        <source>Copy the {title} tab&apos;s settings (and its open file or task) as the base run</source>
        <translation>رونوشت تنظیمات زبانه {title} (و پرونده یا وظیفه باز آن) به‌عنوان اجرای پایه</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>on the cluster at {address}</source>
        <translation>روی خوشه در {address}</translation>
    </message>
    <message>
        <source>{count} at a time here</source>
        <translation>{count} هم‌زمان در اینجا</translation>
    </message>
</context>
<context>
    <name>experiments.summary_table</name>
    <message>
        <source>Each configuration&apos;s mean, sd and confidence interval appear here once a run is done.</source>
        <translation>میانگین، انحراف معیار و بازه اطمینان هر پیکربندی پس از پایان یک اجرا اینجا نمایان می‌شود.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>انحراف معیار</translation>
    </message>
    <message>
        <source>{level} CI low</source>
        <translation>کران پایین بازه اطمینان {level}</translation>
    </message>
    <message>
        <source>{level} CI high</source>
        <translation>کران بالای بازه اطمینان {level}</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>میانگین تفاوت</translation>
    </message>
    <message>
        <source>{LEVEL:.0%} CI</source>
        <translation>بازه اطمینان {LEVEL:.0%}</translation>
    </message>
    <message>
        <source>{metric}: mean over seeds, sd and {level} CI (Student t) per configuration. {left_out_text}</source>
        <translation>{metric}: میانگین روی بذرها، انحراف معیار و بازه اطمینان {level} (t استیودنت) برای هر پیکربندی. {left_out_text}</translation>
    </message>
    <message>
        <source>Paired t-tests of {metric} over the seeds both configurations ran: the later value listed minus the earlier, the mean difference, its {level} CI, t (n - 1 degrees of freedom) and the two-sided p-value</source>
        <translation>آزمون‌های t جفتی (paired t-test) برای {metric} روی بذرهایی که هر دو پیکربندی اجرا کردند: مقدار بعدی منهای مقدار پیشین، میانگین تفاوت، بازه اطمینان {level} آن، t (با ⁦n - 1⁩ درجه آزادی) و مقدار p دوطرفه</translation>
    </message>
    <message>
        <source>; not corrected for the number of tests.</source>
        <translation>؛ برای تعداد آزمون‌ها اصلاح نشده است.</translation>
    </message>
</context>
<context>
    <name>experiments.sweep_controls</name>
    <message>
        <source>Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Run only the runs this experiment is missing (after a Cancel, a crash or a failed run), into the same stored experiment</source>
        <translation>تنها اجراهایی که این آزمایش کم دارد اجرا شوند (پس از لغو، فروپاشی یا اجرای ناموفق)، در همان آزمایش ذخیره‌شده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the runs in flight; the finished runs stay in the store (Resume runs the rest) (Esc)</source>
        <translation>توقف اجراهای در جریان؛ اجراهای پایان‌یافته در انباره می‌مانند («ادامه» بقیه را اجرا می‌کند) (Esc)</translation>
    </message>
    <message>
        <source>Finished runs of this sweep</source>
        <translation>اجراهای پایان‌یافته این جاروب</translation>
    </message>
    <message>
        <source>%v of %m runs</source>
        <translation>%v از %m اجرا</translation>
    </message>
    <message>
        <source>Loading the engine…</source>
        <translation>در حال بارگذاری موتور…</translation>
    </message>
    <message>
        <source>The engine (PyTorch) is still loading…</source>
        <translation>موتور (PyTorch) هنوز در حال بارگذاری است…</translation>
    </message>
    <message>
        <source>A sweep is going: one at a time. Wait for it, or Cancel it.</source>
        <translation>یک جاروب در جریان است: هر بار یکی. صبر کنید یا لغوش کنید.</translation>
    </message>
    <message>
        <source>Fix the experiment&apos;s definition first (the reason is beside the field)</source>
        <translation>نخست تعریف آزمایش را درست کنید (دلیل کنار همان فیلد آمده است)</translation>
    </message>
    <message>
        <source>Run every run of the experiment into a new stored experiment, in the background (Ctrl+Return)</source>
        <translation>اجرای همه اجراهای آزمایش در یک آزمایش ذخیره‌شده تازه، در پس‌زمینه (Ctrl+Return)</translation>
    </message>
    <message>
        <source>{finished} of {runs}</source>
        <translation>{finished} از {runs}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>، {failed} ناموفق</translation>
    </message>
    <message>
        <source>  ·  about {left} left</source>
        <translation>  ·  حدود {left} مانده</translation>
    </message>
    <message>
        <source>  ·  {runs} going</source>
        <translation>  ·  {runs} در جریان</translation>
    </message>
</context>
<context>
    <name>experiments.tab</name>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>نمودار</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>منحنی‌های اتلاف</translation>
    </message>
    <message>
        <source>Past experiments</source>
        <translation>آزمایش‌های پیشین</translation>
    </message>
    <message>
        <source>Wait for the sweep to end (or cancel it) before choosing a preset.</source>
        <translation>پیش از انتخاب پیش‌تنظیم صبر کنید تا جاروب تمام شود (یا لغوش کنید).</translation>
    </message>
    <message>
        <source>The {name} experiment: {hint}. Run starts it.</source>
        <translation>آزمایش {name}: {hint}. «اجرا» آن را آغاز می‌کند.</translation>
    </message>
    <message>
        <source>Ready: Run starts the experiment&apos;s runs in the background.</source>
        <translation>آماده: «اجرا» اجراهای آزمایش را در پس‌زمینه آغاز می‌کند.</translation>
    </message>
    <message>
        <source>The {title} tab has no file or task open to copy: open one there first.</source>
        <translation>زبانه {title} پرونده یا وظیفه بازی برای رونوشت ندارد: نخست آنجا یکی باز کنید.</translation>
    </message>
    <message>
        <source>The base run is now the {title} tab&apos;s settings and inputs.</source>
        <translation>اجرای پایه اکنون تنظیمات و ورودی‌های زبانه {title} است.</translation>
    </message>
    <message>
        <source>Not started: {exc}</source>
        <translation>شروع نشد: {exc}</translation>
    </message>
    <message>
        <source>Checking the experiment against its inputs…</source>
        <translation>در حال بررسی آزمایش با ورودی‌هایش…</translation>
    </message>
    <message>
        <source>Experiment {id}: {name}</source>
        <translation>آزمایش {id}: {name}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>، {failed} ناموفق</translation>
    </message>
    <message>
        <source> ({skipped} done before)</source>
        <translation> ({skipped} از پیش انجام‌شده)</translation>
    </message>
    <message>
        <source>Done: {plural}{failed}{skipped} in {elapsed}. {finding}</source>
        <translation>انجام شد: {plural}{failed}{skipped} در {elapsed}. {finding}</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Every run failed, e.g. {key}: {error}</source>
        <translation>همه اجراها ناموفق بودند، مثلاً {key}: {error}</translation>
    </message>
    <message>
        <source>Cancelled: the {plural} stay in the store; the runs in flight were stopped. Resume runs the other {left}.</source>
        <translation>لغو شد: {plural} در انباره می‌مانند؛ اجراهای در جریان متوقف شدند. «ادامه» {left} دیگر را اجرا می‌کند.</translation>
    </message>
    <message>
        <source>Not run: </source>
        <translation>اجرا نشد: </translation>
    </message>
    <message>
        <source>Wait for the sweep to end (or cancel it) before opening another experiment.</source>
        <translation>پیش از باز کردن آزمایشی دیگر صبر کنید تا جاروب تمام شود (یا لغوش کنید).</translation>
    </message>
    <message>
        <source>{name}: {count} of {plural} done</source>
        <translation>{name}: {count} از {plural} انجام شد</translation>
    </message>
    <message>
        <source>; Resume runs the other {missing}. </source>
        <translation>؛ «ادامه» {missing} دیگر را اجرا می‌کند. </translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>متوقف شد: </translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>آزمایش‌ها</translation>
    </message>
    <message>
        <source>Export runs CSV</source>
        <translation>صدور CSV اجراها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}.</source>
        <translation>{what} در {path} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>experiments.value_range</name>
    <message>
        <source>Values of {label}</source>
        <translation>مقادیر {label}</translation>
    </message>
    <message>
        <source>The first value (at least {low:g})</source>
        <translation>نخستین مقدار (دست‌کم {low:g})</translation>
    </message>
    <message>
        <source>The last value (at most {high:g})</source>
        <translation>آخرین مقدار (حداکثر {high:g})</translation>
    </message>
    <message>
        <source>How many values, the first and the last included</source>
        <translation>چند مقدار، با احتساب نخستین و آخرین</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>خطی</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>لگاریتمی</translation>
    </message>
    <message>
        <source>linear: equal steps (10, 20, 30); logarithmic: equal ratios (0.001, 0.01, 0.1), for rates and scales</source>
        <translation>خطی: گام‌های برابر (⁦10, 20, 30⁩)؛ لگاریتمی: نسبت‌های برابر (⁦0.001, 0.01, 0.1⁩)، برای نرخ‌ها و مقیاس‌ها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>فاصله‌گذاری</translation>
    </message>
</context>
<context>
    <name>experiments.vary_row</name>
    <message>
        <source>Setting {number} to vary: every value listed beside it is run (with every value of the other varied setting), each with every seed</source>
        <translation>تنظیم متغیر {number}: هر مقدار فهرست‌شده کنارش اجرا می‌شود (با هر مقدار تنظیم متغیر دیگر)، هر یک با همه بذرها</translation>
    </message>
    <message>
        <source>The values to run, separated by commas, e.g. rnn,lstm,gru or 0.01,0.001 (off for an optional setting&apos;s none); checked as you type</source>
        <translation>مقادیری که اجرا می‌شوند، جداشده با ویرگول، مثلاً ⁦rnn,lstm,gru⁩ یا ⁦0.01,0.001⁩ (⁦off⁩ برای «هیچ» یک تنظیم اختیاری)؛ هم‌زمان با نوشتن بررسی می‌شوند</translation>
    </message>
    <message>
        <source>Range…</source>
        <translation>بازه…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>values of {label}, separated by commas</source>
        <translation>مقادیر {label}، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Fill in both values: on,off</source>
        <translation>هر دو مقدار را پر کنید: on,off</translation>
    </message>
    <message>
        <source>Fill in evenly spaced values between two bounds, linear or logarithmic</source>
        <translation>پر کردن مقادیر هم‌فاصله میان دو کران، خطی یا لگاریتمی</translation>
    </message>
    <message>
        <source>on,off</source>
        <translation>on,off</translation>
    </message>
</context>
<context>
    <name>forecast.charts</name>
    <message>
        <source>Adaptive conformal band: each test step&apos;s width from the most recent one-step errors, its level adjusted after every miss or hit. The projection&apos;s band beyond the data is split conformal on the validation windows&apos; multi-step errors, not adaptive; an unbounded step is a gap.</source>
        <translation>نوار همدیس تطبیقی (adaptive conformal): پهنای هر گام آزمون از تازه‌ترین خطاهای یک‌گامی، با سطحی که پس از هر خطا یا اصابت تنظیم می‌شود. نوار تصویر آینده پس از داده، همدیس تفکیکی روی خطاهای چندگامی پنجره‌های اعتبارسنجی است، نه تطبیقی؛ گام بی‌کران یک شکاف است.</translation>
    </message>
    <message>
        <source>Split-conformal prediction band, calibrated on the model&apos;s errors on the validation windows.</source>
        <translation>نوار پیش‌بینی همدیس تفکیکی (split conformal)، واسنجی‌شده با خطاهای مدل روی پنجره‌های اعتبارسنجی.</translation>
    </message>
    <message>
        <source>Naive (tomorrow = today)</source>
        <translation>ساده (فردا = امروز)</translation>
    </message>
    <message>
        <source>The naive forecast: tomorrow&apos;s value is today&apos;s. The model has skill only where it beats this.</source>
        <translation>پیش‌بینی ساده (naive forecast): مقدار فردا همان مقدار امروز است. مدل تنها جایی مهارت دارد که از این بهتر باشد.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>رانش</translation>
    </message>
    <message>
        <source>Drift: today&apos;s value plus the training period&apos;s mean change per row.</source>
        <translation>رانش (drift): مقدار امروز به‌علاوه میانگین تغییر هر سطر در دوره آموزش.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>خطی</translation>
    </message>
    <message>
        <source>Linear: ridge regression on the same windows the network sees.</source>
        <translation>خطی: رگرسیون ریج (ridge regression) روی همان پنجره‌هایی که شبکه می‌بیند.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>test →</source>
        <translation>آزمون →</translation>
    </message>
    <message>
        <source>No data yet: open a price CSV to draw it here.</source>
        <translation>هنوز داده‌ای نیست: یک CSV قیمت باز کنید تا اینجا رسم شود.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>{interval:.0%} prediction band (adaptive)</source>
        <translation>نوار پیش‌بینی {interval:.0%} (تطبیقی)</translation>
    </message>
    <message>
        <source>{interval:.0%} prediction band</source>
        <translation>نوار پیش‌بینی {interval:.0%}</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>The loaded series.</source>
        <translation>سری بارشده.</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>The model&apos;s one-step-ahead forecast of each test row.</source>
        <translation>پیش‌بینی یک‌گام‌جلوی مدل برای هر سطر آزمون.</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>تصویر آینده</translation>
    </message>
    <message>
        <source>Steps past the last row, each fed back as the next input.</source>
        <translation>گام‌های پس از آخرین سطر، که هر یک ورودی گام بعدی می‌شود.</translation>
    </message>
    <message>
        <source>Outside the band ({len})</source>
        <translation>بیرون از نوار ({len})</translation>
    </message>
    <message>
        <source>Test values that fell outside the prediction band.</source>
        <translation>مقادیر آزمونی که بیرون از نوار پیش‌بینی افتادند.</translation>
    </message>
    <message>
        <source>Jump of 45% or more (split?)</source>
        <translation>جهش ۴۵٪ یا بیشتر (تقسیم سهام؟)</translation>
    </message>
    <message>
        <source>: first {shown:,} of {total:,} marked</source>
        <translation>: {shown:,} مورد نخست از {total:,} علامت خورده است</translation>
    </message>
    <message>
        <source>A move of 45% or more from one row to the next: often an unadjusted stock split.</source>
        <translation>حرکتی ۴۵٪ یا بیشتر از یک سطر به سطر بعد: اغلب یک تقسیم سهام (stock split) تعدیل‌نشده.</translation>
    </message>
    <message>
        <source>No test rows: choose an earlier test start or a larger test fraction.</source>
        <translation>سطر آزمونی نیست: آغاز آزمون زودتر یا سهم آزمون بزرگ‌تری برگزینید.</translation>
    </message>
    <message>
        <source>The model&apos;s forecasts are not numbers (NaN or infinite): nothing to draw. Retrain it.</source>
        <translation>پیش‌بینی‌های مدل عدد نیستند (NaN یا بی‌نهایت): چیزی برای رسم نیست. آن را دوباره آموزش دهید.</translation>
    </message>
</context>
<context>
    <name>forecast.data_panel</name>
    <message>
        <source>Data</source>
        <translation>داده</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>باز کردن CSV…</translation>
    </message>
    <message>
        <source>Open a price CSV (Ctrl+O); you can also drop one on the window</source>
        <translation>یک CSV قیمت باز کنید (Ctrl+O)؛ می‌توانید آن را روی پنجره هم رها کنید</translation>
    </message>
    <message>
        <source>Test CSV…</source>
        <translation>CSV آزمون…</translation>
    </message>
    <message>
        <source>Optional separate test file continuing the training file (the exercise&apos;s two-file workflow)</source>
        <translation>پرونده آزمون جداگانه اختیاری در ادامه پرونده آموزش (روند دو‌پرونده‌ای تمرین)</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>بدون پرونده آزمون</translation>
    </message>
    <message>
        <source>Forget the test file; the test period is then the end of the training file</source>
        <translation>پرونده آزمون را کنار بگذار؛ آنگاه دوره آزمون انتهای پرونده آموزش است</translation>
    </message>
    <message>
        <source>The file holds several symbols; pick the one to forecast</source>
        <translation>پرونده چند نماد دارد؛ نمادی را که پیش‌بینی می‌شود برگزینید</translation>
    </message>
    <message>
        <source>The column to forecast (the exercise forecasts Open)</source>
        <translation>ستونی که پیش‌بینی می‌شود (تمرین Open را پیش‌بینی می‌کند)</translation>
    </message>
    <message>
        <source>Tick extra columns the network also sees as inputs (for example High, Low, Volume)</source>
        <translation>ستون‌های اضافه‌ای را که شبکه هم به‌عنوان ورودی می‌بیند علامت بزنید (مثلاً High، Low، Volume)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: test fraction)</source>
        <translation>YYYY-MM-DD (خالی: سهم آزمون)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: first row)</source>
        <translation>⁦YYYY-MM-DD⁩ (خالی: نخستین سطر)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: last row)</source>
        <translation>⁦YYYY-MM-DD⁩ (خالی: آخرین سطر)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>نماد</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Extra inputs</source>
        <translation>ورودی‌های اضافه</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Last rows</source>
        <translation>سطرهای آخر</translation>
    </message>
    <message>
        <source>Bar size</source>
        <translation>اندازه میله</translation>
    </message>
    <message>
        <source>Test from</source>
        <translation>آزمون از</translation>
    </message>
    <message>
        <source> + test file {name} ({len:,} rows)</source>
        <translation> + پرونده آزمون {name} ({len:,} سطر)</translation>
    </message>
    <message>
        <source>{len:,} rows</source>
        <translation>{len:,} سطر</translation>
    </message>
    <message>
        <source>{len:,} bars of {bars} of {read:,} read</source>
        <translation>{len:,} میله {bars} از {read:,} سطر خوانده‌شده</translation>
    </message>
    <message>
        <source>{len:,} rows of {read:,} read</source>
        <translation>{len:,} سطر از {read:,} سطر خوانده‌شده</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape_html}&lt;/b&gt;&lt;br&gt;{rows} · {span}</source>
        <translation>&lt;b&gt;{escape_html}&lt;/b&gt;&lt;br&gt;{rows} · {span}</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>همان‌گونه که در پرونده است</translation>
    </message>
    <message>
        <source>no dates (rows in file order)</source>
        <translation>بدون تاریخ (سطرها به ترتیب پرونده)</translation>
    </message>
    <message>
        <source>{strftime} to {strftime2}</source>
        <translation>{strftime} تا {strftime2}</translation>
    </message>
</context>
<context>
    <name>forecast.file_dialogs</name>
    <message>
        <source>Price tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>جدول‌های قیمت (*.csv *.txt *.tsv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>RNN Lab models (*.pt);;All files (*)</source>
        <translation>مدل‌های RNN Lab (*.pt);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Open a test CSV</source>
        <translation>باز کردن پرونده CSV آزمون</translation>
    </message>
    <message>
        <source>Open a price CSV</source>
        <translation>باز کردن پرونده CSV قیمت</translation>
    </message>
    <message>
        <source>Export predictions</source>
        <translation>صدور پیش‌بینی‌ها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>صدور نمودار</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>ذخیره مدل</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>مدل ذخیره‌نشده</translation>
    </message>
    <message>
        <source>The model trained here is not saved. Load another one anyway?</source>
        <translation>مدلی که اینجا آموزش دیده ذخیره نشده است. با این حال مدل دیگری بارگذاری شود؟</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>بارگذاری مدل</translation>
    </message>
</context>
<context>
    <name>forecast.header_legend</name>
    <message>
        <source> Click to show or hide it.</source>
        <translation> برای نمایش یا پنهان کردن کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>forecast.loss_chart</name>
    <message>
        <source>Epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Loss: MSE (scaled)</source>
        <translation>اتلاف: MSE (مقیاس‌شده)</translation>
    </message>
    <message>
        <source>The training and validation losses appear here, epoch by epoch, while a model trains.</source>
        <translation>اتلاف آموزش و اعتبارسنجی، دوره به دوره، هنگام آموزش مدل اینجا نمایان می‌شود.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Mean squared error on the training windows.</source>
        <translation>میانگین مربعات خطا روی پنجره‌های آموزش.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>اعتبارسنجی</translation>
    </message>
    <message>
        <source>Mean squared error on the validation windows (the end of the training period, not trained on).</source>
        <translation>میانگین مربعات خطا روی پنجره‌های اعتبارسنجی (انتهای دوره آموزش، که روی آن آموزش داده نمی‌شود).</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>بهترین دوره</translation>
    </message>
    <message>
        <source>The epoch with the lowest validation loss: its weights are the model&apos;s. Epoch 0 is the untrained network (for the change target: the naive forecast), kept when no trained epoch beat it.</source>
        <translation>دوره‌ای با کمترین اتلاف اعتبارسنجی: وزن‌های آن، وزن‌های مدل‌اند. دوره ۰ شبکه آموزش‌ندیده است (برای هدف ⁦change⁩: پیش‌بینی ساده)، که وقتی هیچ دوره آموزش‌دیده‌ای از آن بهتر نباشد نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>اعتبارسنجی</translation>
    </message>
    <message>
        <source>the {name} loss is {value} at epoch {value2}</source>
        <translation>اتلاف {name} در دوره {value2} برابر {value} است</translation>
    </message>
    <message>
        <source> and {value} later epoch(s)</source>
        <translation> و {value} دوره پس از آن</translation>
    </message>
    <message>
        <source>Not drawn: {problems}.</source>
        <translation>رسم نشد: {problems}.</translation>
    </message>
</context>
<context>
    <name>forecast.model_panel</name>
    <message>
        <source>Target: the &lt;b&gt;change&lt;/b&gt; from the last value (inputs relative to it); predicting no change is the naive forecast.</source>
        <translation>هدف: &lt;b&gt;تغییر&lt;/b&gt; نسبت به آخرین مقدار (ورودی‌ها نسبت به آن)؛ پیش‌بینی «بدون تغییر» همان پیش‌بینی ساده (naive forecast) است.</translation>
    </message>
    <message>
        <source>Target: the next &lt;b&gt;value&lt;/b&gt; itself, as in the exercise.</source>
        <translation>هدف: خود &lt;b&gt;مقدار&lt;/b&gt; بعدی، مانند تمرین.</translation>
    </message>
    <message>
        <source>Model and training</source>
        <translation>مدل و آموزش</translation>
    </message>
    <message>
        <source>As in the exercise</source>
        <translation>مانند تمرین</translation>
    </message>
    <message>
        <source>Predict the value itself with 4 x RNN(50), dropout 0.2, 100 epochs, no validation slice</source>
        <translation>پیش‌بینی خود مقدار با ⁦4 x RNN(50)⁩، حذف تصادفی 0.2، ۱۰۰ دوره، بدون برش اعتبارسنجی</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Predict the change from the last value (the default, which beats the naive forecast)</source>
        <translation>پیش‌بینی تغییر نسبت به آخرین مقدار (پیش‌فرض، که از پیش‌بینی ساده بهتر است)</translation>
    </message>
</context>
<context>
    <name>forecast.result_buttons</name>
    <message>
        <source>Backtest</source>
        <translation>پس‌آزمایی</translation>
    </message>
    <message>
        <source>Walk-forward backtest: {folds} consecutive test periods, each with a fresh scaler and model trained on everything before it; reports mean and spread</source>
        <translation>پس‌آزمایی گام‌به‌جلو (walk-forward backtest): {folds} دوره آزمون پیاپی، هر یک با مقیاس‌گر و مدلی تازه که روی همه داده‌های پیش از آن آموزش دیده؛ میانگین و پراکندگی را گزارش می‌دهد</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <source>Save the test period&apos;s forecasts as CSV: date, actual, predicted, the naive, drift and linear baselines, and the band&apos;s lower and upper bounds</source>
        <translation>ذخیره پیش‌بینی‌های دوره آزمون به‌صورت CSV: تاریخ، مقدار واقعی، پیش‌بینی، خطوط پایه ساده، رانش و خطی، و کران‌های پایین و بالای نوار</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>صدور PNG…</translation>
    </message>
    <message>
        <source>Save the price chart as a PNG image</source>
        <translation>ذخیره نمودار قیمت به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>ذخیره مدل…</translation>
    </message>
    <message>
        <source>Save the trained model: weights, scaler and configuration in one file (Ctrl+S)</source>
        <translation>ذخیره مدل آموزش‌دیده: وزن‌ها، مقیاس‌گر و پیکربندی در یک پرونده (Ctrl+S)</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>بارگذاری مدل…</translation>
    </message>
    <message>
        <source>Load a saved forecaster and score it on the loaded data</source>
        <translation>یک پیش‌بین ذخیره‌شده را بارگذاری و روی داده بارشده ارزیابی کن</translation>
    </message>
</context>
<context>
    <name>forecast.results_panel</name>
    <message>
        <source>Train a model to compare it with the naive forecast.</source>
        <translation>مدلی آموزش دهید تا با پیش‌بینی ساده (naive forecast) مقایسه شود.</translation>
    </message>
    <message>
        <source>each step&apos;s width comes from the most recent one-step errors, its level adjusted after each miss or hit (adaptive conformal; the projection&apos;s band is split conformal, not adaptive).</source>
        <translation>پهنای هر گام از تازه‌ترین خطاهای یک‌گامی می‌آید و سطحش پس از هر خطا یا اصابت تنظیم می‌شود (همدیس تطبیقی، adaptive conformal؛ نوار تصویر آینده همدیس تفکیکی است، نه تطبیقی).</translation>
    </message>
    <message>
        <source>its width comes from the model&apos;s errors on the validation windows (split conformal).</source>
        <translation>پهنای آن از خطاهای مدل روی پنجره‌های اعتبارسنجی می‌آید (همدیس تفکیکی، split conformal).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>ساده</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>رانش</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>خطی</translation>
    </message>
    <message>
        <source>Errors over the test period. MAE and RMSE in price units; MAPE in percent; MASE: MAE over the training rows&apos; one-step naive MAE (Hyndman &amp; Koehler); skill: 1 - MAE / naive MAE. Naive: tomorrow = today; drift: today + the training period&apos;s mean change; linear: Ridge regression on the same windows. Coverage: the share of test values inside the prediction band, beside its nominal level.</source>
        <translation>خطاها در دوره آزمون. MAE و RMSE به واحد قیمت؛ MAPE به درصد؛ MASE: نسبت MAE به MAE پیش‌بینی ساده یک‌گامی روی سطرهای آموزش (Hyndman &amp; Koehler)؛ مهارت: ⁦1 - MAE / naive MAE⁩. ساده: فردا = امروز؛ رانش: امروز + میانگین تغییر دوره آموزش؛ خطی: رگرسیون Ridge روی همان پنجره‌ها. پوشش: سهم مقادیر آزمون درون نوار پیش‌بینی، کنار سطح اسمی آن.</translation>
    </message>
    <message>
        <source>The last rows of the loaded data, after the loader&apos;s fixes</source>
        <translation>آخرین سطرهای داده بارشده، پس از اصلاحات بارگذار</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>پیش‌نمایش داده</translation>
    </message>
    <message>
        <source>{covered} of {band_rows}: {coverage:.0%} of {interval:.0%}</source>
        <translation>{covered} از {band_rows}: {coverage:.0%} از {interval:.0%}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backtest&lt;/b&gt;, {folds} walk-forward folds: MAE {mae_mean:,.4g} ± {mae_std:,.3g}, naive {naive_mae_mean:,.4g} ± {naive_mae_std:,.3g}, drift {drift_mae_mean:,.4g} ± {drift_mae_std:,.3g}, linear {linear_mae_mean:,.4g} ± {linear_mae_std:,.3g}; skill {skill_mean:+.3f} ± {skill_std:.3f}. &lt;b&gt;Verdict over all folds&apos; test rows: {said}&lt;/b&gt; (mean skill over the folds).</source>
        <translation>&lt;b&gt;پس‌آزمایی&lt;/b&gt;، {folds} بخش گام‌به‌جلو: MAE ⁦{mae_mean:,.4g} ± {mae_std:,.3g}⁩، ساده ⁦{naive_mae_mean:,.4g} ± {naive_mae_std:,.3g}⁩، رانش ⁦{drift_mae_mean:,.4g} ± {drift_mae_std:,.3g}⁩، خطی ⁦{linear_mae_mean:,.4g} ± {linear_mae_std:,.3g}⁩؛ مهارت ⁦{skill_mean:+.3f} ± {skill_std:.3f}⁩. &lt;b&gt;داوری روی سطرهای آزمون همه بخش‌ها: {said}&lt;/b&gt; (میانگین مهارت روی بخش‌ها).</translation>
    </message>
    <message>
        <source>beats</source>
        <translation>بهتر است</translation>
    </message>
    <message>
        <source>does not beat</source>
        <translation>بهتر نیست</translation>
    </message>
    <message>
        <source> The band held {coverage_mean:.0%} ± {coverage_std:.0%} of the test values.</source>
        <translation> نوار ⁦{coverage_mean:.0%} ± {coverage_std:.0%}⁩ از مقادیر آزمون را در بر گرفت.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fold {number} ({first} to {last}): MAE {mae:,.4g}, naive {naive_mae:,.4g}, drift {drift_mae:,.4g}, linear {linear_mae:,.4g}{band}</source>
        <translation>&lt;br&gt;بخش {number} ({first} تا {last}): MAE {mae:,.4g}، ساده {naive_mae:,.4g}، رانش {drift_mae:,.4g}، خطی {linear_mae:,.4g}{band}</translation>
    </message>
    <message>
        <source>&lt;br&gt;The model trained before the backtest is kept: Save model saves it.</source>
        <translation>&lt;br&gt;مدلی که پیش از پس‌آزمایی آموزش دیده نگه داشته می‌شود: «ذخیره مدل» آن را ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>row {value}</source>
        <translation>سطر {value}</translation>
    </message>
    <message>
        <source>&lt;b{style}&gt;Verdict: {said}.&lt;/b&gt; Naive is tomorrow = today; MAE {model:,.4g} against {naive:,.4g}; the Diebold-Mariano test compares the squared errors of the test rows.</source>
        <translation>&lt;b{style}&gt;داوری: {said}.&lt;/b&gt; پیش‌بینی ساده یعنی فردا = امروز؛ MAE {model:,.4g} در برابر {naive:,.4g}؛ آزمون دیبولد-ماریانو (Diebold-Mariano) مجذور خطاهای سطرهای آزمون را مقایسه می‌کند.</translation>
    </message>
    <message>
        <source> Simply repeating the last value would have done better.</source>
        <translation> تکرار ساده آخرین مقدار بهتر عمل می‌کرد.</translation>
    </message>
    <message>
        <source> The best baseline is {best} (MAE {mae:,.4g}); the model {side} it.</source>
        <translation> بهترین خط پایه {best} است (MAE {mae:,.4g})؛ مدل از آن {side}.</translation>
    </message>
    <message>
        <source> The {interval:.0%} band (shaded) held {covered} of the {band_rows} test values ({coverage:.0%}); {value}</source>
        <translation> نوار {interval:.0%} (سایه‌دار) {covered} از {band_rows} مقدار آزمون را در بر گرفت ({coverage:.0%})؛ {value}</translation>
    </message>
</context>
<context>
    <name>forecast.tab</name>
    <message>
        <source>Open price CSV…</source>
        <translation>باز کردن CSV قیمت…</translation>
    </message>
    <message>
        <source>Open test CSV…</source>
        <translation>باز کردن CSV آزمون…</translation>
    </message>
    <message>
        <source>Save forecaster model…</source>
        <translation>ذخیره مدل پیش‌بین…</translation>
    </message>
    <message>
        <source>Load forecaster model…</source>
        <translation>بارگذاری مدل پیش‌بین…</translation>
    </message>
    <message>
        <source>Export predictions…</source>
        <translation>صدور پیش‌بینی‌ها…</translation>
    </message>
    <message>
        <source>Export forecast chart…</source>
        <translation>صدور نمودار پیش‌بینی…</translation>
    </message>
    <message>
        <source>Loading the bundled sample (Google daily prices)…</source>
        <translation>در حال بارگذاری نمونه همراه (قیمت‌های روزانه Google)…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Wait for the run to end (or cancel it) before opening a file.</source>
        <translation>پیش از باز کردن پرونده صبر کنید تا اجرا تمام شود (یا لغوش کنید).</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>این پرونده باز نمی‌شود</translation>
    </message>
    <message>
        <source>Open a price CSV to begin.</source>
        <translation>برای شروع یک CSV قیمت باز کنید.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>آغاز نمی‌شود</translation>
    </message>
    <message>
        <source>Trained in {format_duration} on {device}.</source>
        <translation>در {format_duration} روی {device} آموزش دید.</translation>
    </message>
    <message>
        <source>trained here on {device}, best epoch {best_epoch} of {epochs_run}</source>
        <translation>اینجا روی {device} آموزش دید، بهترین دوره {best_epoch} از {epochs_run}</translation>
    </message>
    <message>
        <source>loaded from {source}</source>
        <translation>بارگذاری‌شده از {source}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} ذخیره شد.</translation>
    </message>
    <message>
        <source>The job stopped</source>
        <translation>کار متوقف شد</translation>
    </message>
    <message>
        <source>Open a price CSV first.</source>
        <translation>نخست یک پرونده CSV قیمت باز کنید.</translation>
    </message>
</context>
<context>
    <name>forecast.verdict</name>
    <message>
        <source>training found nothing to learn: no trained epoch beat the untrained network (the naive forecast) on the validation windows, so the run keeps it (best epoch 0)</source>
        <translation>آموزش چیزی برای یادگیری نیافت: هیچ دوره آموزش‌دیده‌ای روی پنجره‌های اعتبارسنجی از شبکه آموزش‌ندیده (پیش‌بینی ساده) بهتر نبود، پس اجرا همان را نگه می‌دارد (بهترین دوره ۰)</translation>
    </message>
    <message>
        <source>{nothing_learned}, skill {skill:+.4f}</source>
        <translation>{nothing_learned}، مهارت ⁦{skill:+.4f}⁩</translation>
    </message>
    <message>
        <source>not testable against naive (fewer than two test rows), skill {skill:+.4f}</source>
        <translation>در برابر پیش‌بینی ساده آزمودنی نیست (کمتر از دو سطر آزمون)، مهارت ⁦{skill:+.4f}⁩</translation>
    </message>
    <message>
        <source>beats naive (DM {p}), skill {skill:+.4f}</source>
        <translation>از پیش‌بینی ساده بهتر است (⁦DM {p}⁩)، مهارت ⁦{skill:+.4f}⁩</translation>
    </message>
    <message>
        <source>worse than naive (DM {p}), skill {skill:+.4f}</source>
        <translation>از پیش‌بینی ساده بدتر است (⁦DM {p}⁩)، مهارت ⁦{skill:+.4f}⁩</translation>
    </message>
    <message>
        <source>not distinguishable from naive at the {level:.0%} level (DM {p}), skill {skill:+.4f}</source>
        <translation>در سطح {level:.0%} از پیش‌بینی ساده تمیزدادنی نیست (⁦DM {p}⁩)، مهارت ⁦{skill:+.4f}⁩</translation>
    </message>
    <message>
        <source>One seed gives no interval.</source>
        <translation>یک بذر بازه‌ای به دست نمی‌دهد.</translation>
    </message>
    <message>
        <source>The interval lies above 0: across seeds the model beats naive.</source>
        <translation>بازه بالای ۰ است: در میان بذرها مدل از پیش‌بینی ساده بهتر است.</translation>
    </message>
    <message>
        <source>The interval lies below 0: across seeds the model is worse than naive.</source>
        <translation>بازه زیر ۰ است: در میان بذرها مدل از پیش‌بینی ساده بدتر است.</translation>
    </message>
    <message>
        <source>The interval includes 0: across seeds the model is not distinguishable from naive.</source>
        <translation>بازه ۰ را در بر می‌گیرد: در میان بذرها مدل از پیش‌بینی ساده تمیزدادنی نیست.</translation>
    </message>
    <message>
        <source> The Diebold-Mariano test (p &lt; {level:g}) says it beats naive on {beats} of {tested} seeds and is worse on {worse}.</source>
        <translation> آزمون دیبولد-ماریانو (Diebold-Mariano، ⁦p &lt; {level:g}⁩) می‌گوید مدل در {beats} از {tested} بذر از پیش‌بینی ساده بهتر و در {worse} بذر بدتر است.</translation>
    </message>
</context>
<context>
    <name>gradflow.horizon_button</name>
    <message>
        <source>Memory horizon…</source>
        <translation>افق حافظه…</translation>
    </message>
    <message>
        <source>Open the memory-horizon experiment on the Experiments tab: {hint}. It finds the longest sequence length each cell learns (at least 2 of 3 seeds solve it); Run there starts it.</source>
        <translation>آزمایش افق حافظه را در زبانه آزمایش‌ها باز کن: {hint}. بلندترین طول دنباله‌ای را که هر سلول می‌آموزد می‌یابد (دست‌کم ۲ از ۳ بذر آن را حل کنند)؛ «اجرا» در آنجا آن را آغاز می‌کند.</translation>
    </message>
</context>
<context>
    <name>gradflow.preset_picker</name>
    <message>
        <source>{hint}
Now: {name}</source>
        <translation>{hint}
اکنون: {name}</translation>
    </message>
</context>
<context>
    <name>gradflow.spectrum</name>
    <message>
        <source>Eigenvalues λ of W_rec (dots) with the unit circle (grey) and the 1/γ circle (dashed; γ = largest slope of the activation). ‖W_rec‖₂ &lt; 1/γ is enough for gradients to vanish.</source>
        <translation>مقادیر ویژه (eigenvalues) λ ماتریس W_rec (نقطه‌ها) با دایره واحد (خاکستری) و دایره ⁦1/γ⁩ (خط‌چین؛ γ = بیشترین شیب تابع فعال‌سازی). ⁦‖W_rec‖₂ &lt; 1/γ⁩ برای ناپدید شدن گرادیان‌ها کافی است.</translation>
    </message>
    <message>
        <source>Each dot is one eigenvalue of the plain RNN&apos;s recurrent matrix W_rec, drawn in the complex plane (real part across, imaginary part up). Grey solid circle: |λ| = 1. Dashed circle: |λ| = 1/γ, where γ is the largest slope of the activation (1/4 for the sigmoid, 1 for tanh and relu). Pascanu, Mikolov &amp; Bengio (2013): if the largest singular value ‖W_rec‖₂ is below 1/γ, every step shrinks the gradient and it vanishes; a spectral radius ρ = max|λ| above 1/γ is necessary for it to explode. The header gives ρ and ‖W_rec‖₂ of the latest probe.</source>
        <translation>هر نقطه یک مقدار ویژه ماتریس بازگشتی W_rec در RNN ساده است که در صفحه مختلط رسم شده (بخش حقیقی در عرض، بخش موهومی رو به بالا). دایره پیوسته خاکستری: ⁦|λ| = 1⁩. دایره خط‌چین: ⁦|λ| = 1/γ⁩، که γ بیشترین شیب تابع فعال‌سازی است (⁦1/4⁩ برای sigmoid، ۱ برای tanh و relu). Pascanu, Mikolov &amp; Bengio (2013): اگر بزرگ‌ترین مقدار تکین ⁦‖W_rec‖₂⁩ کمتر از ⁦1/γ⁩ باشد، هر گام گرادیان را کوچک می‌کند و گرادیان ناپدید می‌شود؛ شعاع طیفی ⁦ρ = max|λ|⁩ بیش از ⁦1/γ⁩ شرط لازم انفجار آن است. سرستون ρ و ⁦‖W_rec‖₂⁩ آخرین کاوش را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>The eigenvalues shown are those of the plain RNN&apos;s W_rec. Pick RNN as the Cell, or tick “Compare RNN, LSTM and GRU”, and train.</source>
        <translation>مقادیر ویژه نشان‌داده‌شده مربوط به W_rec در RNN ساده‌اند. RNN را به‌عنوان «سلول» برگزینید یا «مقایسه RNN، LSTM و GRU» را علامت بزنید و آموزش دهید.</translation>
    </message>
    <message>
        <source>Eigenvalues of W_rec</source>
        <translation>مقادیر ویژه ⁦W_rec⁩</translation>
    </message>
    <message>
        <source>imaginary part</source>
        <translation>بخش موهومی</translation>
    </message>
    <message>
        <source>real part</source>
        <translation>بخش حقیقی</translation>
    </message>
    <message>
        <source>ρ = max|λ|, the spectral radius of W_rec; ‖W_rec‖₂, its largest singular value (at least ρ); 1/γ, the radius below which ‖W_rec‖₂ guarantees vanishing gradients.</source>
        <translation>⁦ρ = max|λ|⁩، شعاع طیفی (spectral radius) W_rec؛ ⁦‖W_rec‖₂⁩، بزرگ‌ترین مقدار تکین آن (دست‌کم ρ)؛ ⁦1/γ⁩، شعاعی که اگر ⁦‖W_rec‖₂⁩ کمتر از آن باشد ناپدید شدن گرادیان تضمین می‌شود.</translation>
    </message>
    <message>
        <source>ρ&amp;nbsp;=&amp;nbsp;{radius:.3g} &amp;nbsp; ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;&amp;nbsp;=&amp;nbsp;{norm:.3g}&lt;br&gt;1/γ&amp;nbsp;=&amp;nbsp;{inverse_gamma:g}</source>
        <translation>⁦ρ&amp;nbsp;=&amp;nbsp;{radius:.3g}⁩ &amp;nbsp; ⁦‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;&amp;nbsp;=&amp;nbsp;{norm:.3g}⁩&lt;br&gt;⁦1/γ&amp;nbsp;=&amp;nbsp;{inverse_gamma:g}⁩</translation>
    </message>
</context>
<context>
    <name>gradflow.tab</name>
    <message>
        <source>&lt;b&gt;How to read this tab.&lt;/b&gt; A recurrent net learns a long-range task by passing gradients back through time. Every plot uses one fixed &lt;i&gt;probe&lt;/i&gt; sequence; t is the timestep (0 = first input, T−1 = last). Norms are spectral norms of Jacobians; y axes are logarithmic, so a straight falling line is exponential decay. Watch the RNN&apos;s curves fall by tens of decades while the LSTM&apos;s cell path keeps its gradient.</source>
        <translation>&lt;b&gt;این زبانه را چگونه بخوانیم.&lt;/b&gt; یک شبکه بازگشتی (recurrent network) وظیفه‌ای بلندبُرد را با فرستادن گرادیان‌ها به عقب در زمان می‌آموزد (پس‌انتشار در زمان، BPTT). همه نمودارها یک دنباله «کاوش» (probe) ثابت به کار می‌برند؛ t گام زمانی است (⁦0⁩ = نخستین ورودی، ⁦T−1⁩ = آخرین). نُرم‌ها نُرم‌های طیفی ژاکوبی‌ها (Jacobians) هستند؛ محورهای y لگاریتمی‌اند، پس خط راستِ نزولی یعنی زوال نمایی. ببینید منحنی‌های RNN ده‌ها مرتبه بزرگی افت می‌کنند (گرادیان ناپدیدشونده، vanishing gradient)، در حالی که مسیر سلول LSTM گرادیانش را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Settings that reproduce a published result: pick one, then Train.</source>
        <translation>تنظیماتی که یک نتیجه منتشرشده را بازتولید می‌کنند: یکی را برگزینید، سپس «آموزش».</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>تنظیمات دلخواه</translation>
    </message>
    <message>
        <source>Compare RNN, LSTM and GRU</source>
        <translation>مقایسه RNN، LSTM و GRU</translation>
    </message>
    <message>
        <source>Train all three cells side by side on the same batches from the same seed and overlay their curves; the heatmap shows the cell picked above.</source>
        <translation>هر سه سلول را کنار هم روی همان دسته‌ها با همان بذر آموزش بده و منحنی‌هایشان را روی هم بکش؛ نقشه حرارتی سلول برگزیده در بالا را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Save the arrays behind the plots and the weights that recompute them as an NPZ file (of the cell picked above; in What if, its probe at initialisation)</source>
        <translation>ذخیره آرایه‌های پشت نمودارها و وزن‌هایی که آن‌ها را دوباره محاسبه می‌کنند در یک پرونده NPZ (برای سلول برگزیده در بالا؛ در حالت «اگر»، کاوش آن در مقداردهی اولیه)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset&lt;/b&gt; (a paper&apos;s result)</source>
        <translation>&lt;b&gt;پیش‌تنظیم&lt;/b&gt; (نتیجه یک مقاله)</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>جریان گرادیان</translation>
    </message>
    <message>
        <source>&lt;i&gt;{paper}.&lt;/i&gt; {reported} &lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;i&gt;{paper}.&lt;/i&gt; {reported} &lt;b&gt;ببینید:&lt;/b&gt; {watch}</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>بایگانی NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>در حال صدور {name}…</translation>
    </message>
    <message>
        <source>Exported {detail} to {path}.</source>
        <translation>{detail} در {path} صادر شد.</translation>
    </message>
    <message>
        <source>The arrays were not exported.</source>
        <translation>آرایه‌ها صادر نشدند.</translation>
    </message>
    <message>
        <source>Export gradient-flow arrays</source>
        <translation>صدور آرایه‌های جریان گرادیان</translation>
    </message>
</context>
<context>
    <name>gradflow.texts</name>
    <message>
        <source>‖∂c_t/∂c_{t−1}‖: the factor one step applies to a gradient; below 1 step after step → vanishing. Dashed: its bound γ_t‖W_rec‖₂ (RNN) and max f_t (LSTM).</source>
        <translation>⁦‖∂c_t/∂c_{t−1}‖⁩: ضریبی که یک گام بر گرادیان اعمال می‌کند؛ زیر ۱ در گام‌های پیاپی ← گرادیان ناپدیدشونده (vanishing gradient). خط‌چین: کران آن ⁦γ_t‖W_rec‖₂⁩ (RNN) و ⁦max f_t⁩ (LSTM).</translation>
    </message>
    <message>
        <source>How much of ∂c_{T−1} survives back to step t (1 at the right). A straight fall = exponential vanishing. LSTM: solid exact, dashed A+B+C+D product.</source>
        <translation>چه مقدار از ⁦∂c_{T−1}⁩ تا گام t به عقب زنده می‌ماند (۱ در سمت راست). افت راست‌خط = ناپدید شدن نمایی. LSTM: پیوسته دقیق، خط‌چین حاصل‌ضرب ⁦A+B+C+D⁩.</translation>
    </message>
    <message>
        <source>Autograd gradient of the probe&apos;s loss E at each step, every path included: what BPTT really delivers. Flat = early inputs still get a signal.</source>
        <translation>گرادیان مشتق‌گیری خودکار (autograd) اتلاف کاوش E در هر گام، با همه مسیرها: آنچه پس‌انتشار در زمان (BPTT) واقعاً می‌رساند. هموار = ورودی‌های آغازین هنوز سیگنال می‌گیرند.</translation>
    </message>
    <message>
        <source>∂c_t/∂c_{t−1} = A+B+C+D (o_{t−1} held fixed): A via forget gate, B = diag(f_t) carousel, C via input gate, D via candidate c̃_t.</source>
        <translation>⁦∂c_t/∂c_{t−1} = A+B+C+D⁩ (⁦o_{t−1}⁩ ثابت): A از راه دروازه فراموشی، ⁦B = diag(f_t)⁩ چرخ‌فلک (carousel)، C از راه دروازه ورودی، D از راه نامزد ⁦c̃_t⁩.</translation>
    </message>
    <message>
        <source>Spread of the probe&apos;s forget-gate values (all units and steps). Near 1 keeps memory and gradient; 0.5 halves both every step.</source>
        <translation>پراکندگی مقادیر دروازه فراموشی در دنباله کاوش (همه واحدها و گام‌ها). نزدیک ۱ حافظه و گرادیان را نگه می‌دارد؛ 0.5 هر دو را در هر گام نصف می‌کند.</translation>
    </message>
    <message>
        <source>Colour = log₁₀‖∂E/∂c_t‖ per probe (rows, training step upward) and timestep t (columns). Dark on the left = the gradient vanished before reaching early steps; watch it fill in as training goes.</source>
        <translation>رنگ = ⁦log₁₀‖∂E/∂c_t‖⁩ برای هر کاوش (سطرها، گام آموزش رو به بالا) و گام زمانی t (ستون‌ها). تیره در سمت چپ = گرادیان پیش از رسیدن به گام‌های آغازین ناپدید شده؛ ببینید چگونه با آموزش پر می‌شود.</translation>
    </message>
    <message>
        <source>Training loss per step; dashed: chance (adding: MSE 0.167 by predicting the mean; first symbol: ln 8 = 2.08). Below it = learning.</source>
        <translation>اتلاف آموزش در هر گام؛ خط‌چین: سطح شانسی (جمع: ⁦MSE 0.167⁩ با پیش‌بینی میانگین؛ نخستین نماد: ⁦ln 8 = 2.08⁩). پایین‌تر از آن = یادگیری.</translation>
    </message>
    <message>
        <source>Per-timestep local Jacobian norm ||dc_t/dc_{t-1}||_2 on the fixed probe sequence (largest singular value). RNN: diag(act&apos;(W_rec c_{t-1} + W_in x_t)) W_rec. LSTM: the cell-state Jacobian with o_{t-1} held fixed (= A+B+C+D). GRU: dh_t/dh_{t-1}. A long run of values below 1 makes gradients vanish, above 1 explode. Dashed red: the RNN&apos;s bound gamma_t ||W_rec||_2 with gamma_t = max_i act&apos;(a_t,i) (at most 1/4 for the sigmoid, 1 for tanh and relu): ||diag(act&apos;) W_rec|| can never exceed it, so a bound below 1 guarantees vanishing (Pascanu, Mikolov &amp; Bengio 2013). Dashed blue: the LSTM&apos;s max f_t, the norm of its carousel term B_t = diag(f_t). y: log scale; x: timestep t (0 = first input).</source>
        <translation>نُرم ژاکوبی محلی (local Jacobian norm) در هر گام زمانی ⁦||dc_t/dc_{t-1}||_2⁩ روی دنباله کاوش ثابت (بزرگ‌ترین مقدار تکین). RNN: ⁦diag(act&apos;(W_rec c_{t-1} + W_in x_t)) W_rec⁩. LSTM: ژاکوبی حالت سلول با ⁦o_{t-1}⁩ ثابت (⁦= A+B+C+D⁩). GRU: ⁦dh_t/dh_{t-1}⁩. رشته‌ای بلند از مقادیر زیر ۱ گرادیان‌ها را ناپدید و بالای ۱ منفجر می‌کند. خط‌چین قرمز: کران RNN یعنی ⁦gamma_t ||W_rec||_2⁩ با ⁦gamma_t = max_i act&apos;(a_t,i)⁩ (حداکثر ⁦1/4⁩ برای sigmoid، ۱ برای tanh و relu): ⁦||diag(act&apos;) W_rec||⁩ هرگز از آن بیشتر نمی‌شود، پس کران زیر ۱ ناپدید شدن را تضمین می‌کند (Pascanu, Mikolov &amp; Bengio 2013). خط‌چین آبی: ⁦max f_t⁩ در LSTM، نُرم جمله چرخ‌فلک (carousel) آن ⁦B_t = diag(f_t)⁩. y: مقیاس لگاریتمی؛ x: گام زمانی t (⁦0⁩ = نخستین ورودی).</translation>
    </message>
    <message>
        <source>Accumulated ||dc_{T-1}/dc_t||_2 for every t: the exact long-range derivative of the final state with respect to the state at t, including every path (for the LSTM also the path through the output gate, via the full 2H x 2H Jacobian of (h, c)). The dashed curve multiplies the A+B+C+D sums instead: it leaves out the output-gate path, so it is not the exact derivative beyond one step.</source>
        <translation>⁦||dc_{T-1}/dc_t||_2⁩ انباشته برای هر t: مشتق دقیق بلندبُرد حالت نهایی نسبت به حالت در t، با همه مسیرها (برای LSTM مسیر دروازه خروجی هم، از راه ژاکوبی کامل ⁦2H x 2H⁩ برای ⁦(h, c)⁩). منحنی خط‌چین به‌جای آن مجموع‌های ⁦A+B+C+D⁩ را در هم ضرب می‌کند: مسیر دروازه خروجی را کنار می‌گذارد، پس فراتر از یک گام مشتق دقیق نیست.</translation>
    </message>
    <message>
        <source>||dE/dc_t|| for the probe&apos;s loss E, by the chain rule through the exact step Jacobians of a float64 replay: the gradient that backpropagation through time delivers to the state at step t. If it is 1e-20 at early steps, whatever happened there cannot be learned.</source>
        <translation>⁦||dE/dc_t||⁩ برای اتلاف کاوش E، با قاعدهٔ زنجیره‌ای (chain rule) از ژاکوبی‌های دقیق گام‌ها روی بازپخش float64: گرادیانی که پس‌انتشار در زمان (backpropagation through time) به حالت در گام t می‌رساند. اگر در گام‌های آغازین ⁦1e-20⁩ باشد، هرچه آنجا رخ داده آموختنی نیست.</translation>
    </message>
    <message>
        <source>The LSTM cell-state Jacobian split into its four additive terms, with D_h = diag(o_{t-1} tanh&apos;(c_{t-1})): A = diag(c_{t-1} f(1-f)) W_fh D_h (through the forget gate), B = diag(f_t), C = diag(c~ i(1-i)) W_ih D_h (through the input gate), D = diag(i (1-c~^2)) W_ch D_h (through the candidate). Spectral norms, log scale.</source>
        <translation>ژاکوبی (Jacobian) حالت سلول LSTM به چهار جمله جمعی‌اش تجزیه شده، با ⁦D_h = diag(o_{t-1} tanh&apos;(c_{t-1}))⁩: ⁦A = diag(c_{t-1} f(1-f)) W_fh D_h⁩ (از راه دروازه فراموشی)، ⁦B = diag(f_t)⁩، ⁦C = diag(c~ i(1-i)) W_ih D_h⁩ (از راه دروازه ورودی)، ⁦D = diag(i (1-c~^2)) W_ch D_h⁩ (از راه نامزد). نُرم‌های طیفی، مقیاس لگاریتمی.</translation>
    </message>
    <message>
        <source>Histogram of the forget-gate values f_t of the probe sequence over all units and steps (share of values per bin). The mean barely moves during training; the spread is what changes.</source>
        <translation>بافت‌نگار (histogram) مقادیر دروازه فراموشی f_t در دنباله کاوش روی همه واحدها و گام‌ها (سهم مقادیر در هر خانه). میانگین در طول آموزش به‌زحمت تکان می‌خورد؛ آنچه تغییر می‌کند پراکندگی است.</translation>
    </message>
    <message>
        <source>log10 ||dE/dc_t|| (colour) for the focus cell (the Cell picked on the left): one row per probe, training step upward, timestep t across. Grows as training runs.</source>
        <translation>⁦log10 ||dE/dc_t||⁩ (رنگ) برای سلول کانونی (سلول برگزیده در فرم): یک سطر برای هر کاوش، گام آموزش رو به بالا، گام زمانی t در عرض. با پیشرفت آموزش رشد می‌کند.</translation>
    </message>
    <message>
        <source>Training loss of each optimiser step on a fresh batch. The dashed line is the loss of the best constant guess: the network has learned something only below it.</source>
        <translation>اتلاف آموزش هر گام بهینه‌ساز روی یک دسته تازه. خط‌چین اتلاف بهترین حدس ثابت است: شبکه تنها زیر آن چیزی آموخته است.</translation>
    </message>
</context>
<context>
    <name>gradflow.view</name>
    <message>
        <source>This panel shows the LSTM&apos;s cell state only. Pick LSTM as the Cell, or tick “Compare RNN, LSTM and GRU”, and train.</source>
        <translation>این پنل تنها حالت سلول LSTM را نشان می‌دهد. LSTM را به‌عنوان «سلول» برگزینید یا «مقایسه RNN، LSTM و GRU» را علامت بزنید و آموزش دهید.</translation>
    </message>
    <message>
        <source>Local ‖∂c_t/∂c_{t−1}‖</source>
        <translation>محلی ⁦‖∂c_t/∂c_{t−1}‖⁩</translation>
    </message>
    <message>
        <source>norm (log)</source>
        <translation>نُرم (لگاریتمی)</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>گام زمانی t</translation>
    </message>
    <message>
        <source>Product ‖∂c_{T−1}/∂c_t‖</source>
        <translation>حاصل‌ضرب ⁦‖∂c_{T−1}/∂c_t‖⁩</translation>
    </message>
    <message>
        <source>Gradient ‖∂E/∂c_t‖</source>
        <translation>گرادیان ⁦‖∂E/∂c_t‖⁩</translation>
    </message>
    <message>
        <source>LSTM terms of ∂c_t/∂c_{t−1}</source>
        <translation>جمله‌های LSTM در ⁦∂c_t/∂c_{t−1}⁩</translation>
    </message>
    <message>
        <source>LSTM forget-gate values</source>
        <translation>مقادیر دروازه فراموشی LSTM</translation>
    </message>
    <message>
        <source>share of values</source>
        <translation>سهم مقادیر</translation>
    </message>
    <message>
        <source>‖∂E/∂c_t‖ over training</source>
        <translation>⁦‖∂E/∂c_t‖⁩ در طول آموزش</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>گام آموزش</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>اتلاف</translation>
    </message>
    <message>
        <source>loss (log)</source>
        <translation>اتلاف (لگاریتمی)</translation>
    </message>
    <message>
        <source>bound γ_t‖W_rec‖₂</source>
        <translation>کران ⁦γ_t‖W_rec‖₂⁩</translation>
    </message>
    <message>
        <source> exact</source>
        <translation> دقیق</translation>
    </message>
    <message>
        <source>bound (γ‖W_rec‖₂)^(T−1−t)</source>
        <translation>کران ⁦(γ‖W_rec‖₂)^(T−1−t)⁩</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>شانسی</translation>
    </message>
    <message>
        <source>log&lt;sub&gt;10&lt;/sub&gt;‖∂E/∂c&lt;sub&gt;t&lt;/sub&gt;‖</source>
        <translation>⁦log&lt;sub&gt;10&lt;/sub&gt;‖∂E/∂c&lt;sub&gt;t&lt;/sub&gt;‖⁩</translation>
    </message>
    <message>
        <source>‖∂E/∂c_t‖ of the {cell} over training</source>
        <translation>⁦‖∂E/∂c_t‖⁩ برای {cell} در طول آموزش</translation>
    </message>
    <message>
        <source>Stopped: {message}</source>
        <translation>ایست: {message}</translation>
    </message>
    <message>
        <source>Blank cells: the gradient is exactly 0 there (no colour on a log scale).</source>
        <translation>خانه‌های خالی: گرادیان آنجا دقیقاً ۰ است (در مقیاس لگاریتمی رنگی ندارد).</translation>
    </message>
    <message>
        <source>mean f&lt;sub&gt;t&lt;/sub&gt; = {forget_mean:.2f}</source>
        <translation>میانگین ⁦f&lt;sub&gt;t&lt;/sub&gt; = {forget_mean:.2f}⁩</translation>
    </message>
    <message>
        <source>not a number (the weights overflowed)</source>
        <translation>عدد نیستند (وزن‌ها سرریز کردند)</translation>
    </message>
    <message>
        <source>infinite (it overflowed)</source>
        <translation>بی‌نهایت (سرریز کرد)</translation>
    </message>
    <message>
        <source>exactly 0 in float64</source>
        <translation>در float64 دقیقاً ۰</translation>
    </message>
    <message>
        <source>the {value}&apos;s values are {reason} at every timestep{except_one}</source>
        <translation>مقادیر {value} در همه گام‌های زمانی {reason} هستند{except_one}</translation>
    </message>
    <message>
        <source>Nothing to draw (probe at step {step}): {join}; a log axis has no place for {value}.</source>
        <translation>چیزی برای رسم نیست (کاوش در گام {step}): {join}؛ محور لگاریتمی جایی برای {value} ندارد.</translation>
    </message>
    <message>
        <source>{value}: nothing to draw, its values are {reason} at every timestep.</source>
        <translation>{value}: چیزی برای رسم نیست، مقادیرش در همه گام‌های زمانی {reason} هستند.</translation>
    </message>
    <message>
        <source>{value} at t = {value2}</source>
        <translation>{value} در ⁦t = {value2}⁩</translation>
    </message>
    <message>
        <source>Curve ends ({join}): earlier the gradient is below 1e-308 and float64 rounds it to 0. The product plot keeps its scale and goes on.</source>
        <translation>منحنی پایان می‌یابد ({join}): پیش از آن گرادیان کمتر از ⁦1e-308⁩ است و float64 آن را به ۰ گرد می‌کند. نمودار حاصل‌ضرب مقیاس خود را نگه می‌دارد و ادامه می‌دهد.</translation>
    </message>
</context>
<context>
    <name>gradflow.what_if</name>
    <message>
        <source>What if… (no training)</source>
        <translation>اگر… (بدون آموزش)</translation>
    </message>
    <message>
        <source>Leave What if (show the run)</source>
        <translation>خروج از «اگر» (نمایش اجرا)</translation>
    </message>
    <message>
        <source>{cell} at initialisation ({value:.0f} ms)</source>
        <translation>{cell} در مقداردهی اولیه ({value:.0f} میلی‌ثانیه)</translation>
    </message>
    <message>
        <source>below 1: vanishing guaranteed</source>
        <translation>زیر ۱: ناپدید شدن تضمین‌شده</translation>
    </message>
    <message>
        <source>not below 1: the bound promises nothing</source>
        <translation>نه زیر ۱: کران هیچ وعده‌ای نمی‌دهد</translation>
    </message>
    <message>
        <source>ρ(W_rec) = {spectral_radius:.3g}, ‖W_rec‖₂ = {w_rec_norm:.3g}, γ = {gamma:g}
γ‖W_rec‖₂ = {factor:.3g} ({verdict}) · {value:.0f} ms</source>
        <translation>⁦ρ(W_rec) = {spectral_radius:.3g}, ‖W_rec‖₂ = {w_rec_norm:.3g}, γ = {gamma:g}⁩
⁦γ‖W_rec‖₂ = {factor:.3g}⁩ ({verdict}) · {value:.0f} میلی‌ثانیه</translation>
    </message>
    <message>
        <source>scale {value:.3g}</source>
        <translation>مقیاس ⁦{value:.3g}⁩</translation>
    </message>
</context>
<context>
    <name>gradflow.what_if_texts</name>
    <message>
        <source>What if, without training: build the network the form describes (Cell, activation, initialisation, scale, seed) as a run would start it, and show its probe at initialisation. Every change in the form, or of the scale slider, redraws the plots at once. Compare mode is left out: the Cell picked is shown. Train leaves What if.</source>
        <translation>اگر، بدون آموزش: شبکه‌ای را که فرم توصیف می‌کند (سلول، فعال‌سازی، مقداردهی اولیه، مقیاس، بذر) همان‌گونه بساز که یک اجرا آغازش می‌کند و کاوش آن را در مقداردهی اولیه نشان بده. هر تغییر در فرم یا لغزنده مقیاس، نمودارها را بی‌درنگ دوباره رسم می‌کند. حالت مقایسه کنار گذاشته می‌شود: سلول برگزیده نمایش داده می‌شود. «آموزش» از حالت «اگر» بیرون می‌آید.</translation>
    </message>
    <message>
        <source>The recurrent weights&apos; scale at initialisation (log scale, the same setting as “Recurrent init scale” above). Drag it across the point where γ‖W_rec‖₂ = 1 and watch the dashed bound beside the product turn from falling to rising.</source>
        <translation>مقیاس وزن‌های بازگشتی در مقداردهی اولیه (مقیاس لگاریتمی، همان تنظیم «مقیاس مقداردهی بازگشتی» در بالا). آن را از نقطه ⁦γ‖W_rec‖₂ = 1⁩ بگذرانید و ببینید کران خط‌چین کنار حاصل‌ضرب از نزولی به صعودی می‌چرخد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bound.&lt;/b&gt; For the plain RNN each step multiplies the gradient by ∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = diag(act′(z&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;rec&lt;/sub&gt;, whose norm is at most γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt; (γ = the activation&apos;s largest slope: 1/4 sigmoid, 1 tanh and relu), so ‖∂c&lt;sub&gt;T−1&lt;/sub&gt;/∂c&lt;sub&gt;t&lt;/sub&gt;‖ ≤ (γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;)&lt;sup&gt;T−1−t&lt;/sup&gt;: dashed beside the product. &lt;b&gt;Below 1&lt;/b&gt; the bound falls going back in time and the gradient &lt;i&gt;must&lt;/i&gt; vanish: a sufficient condition for vanishing. &lt;b&gt;At or above 1&lt;/b&gt; it promises nothing: the product may still vanish (the slopes act′ fall below γ, the steps&apos; directions need not line up), and it is no condition for exploding (Pascanu, Mikolov &amp;amp; Bengio 2013).</source>
        <translation>&lt;b&gt;کران.&lt;/b&gt; در RNN ساده هر گام گرادیان را در ⁦∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = diag(act′(z&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;rec&lt;/sub&gt;⁩ ضرب می‌کند که نُرمش حداکثر ⁦γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;⁩ است (γ = بیشترین شیب تابع فعال‌سازی: ⁦1/4⁩ برای sigmoid، ۱ برای tanh و relu)، پس ⁦‖∂c&lt;sub&gt;T−1&lt;/sub&gt;/∂c&lt;sub&gt;t&lt;/sub&gt;‖ ≤ (γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;)&lt;sup&gt;T−1−t&lt;/sup&gt;⁩: خط‌چین کنار حاصل‌ضرب. &lt;b&gt;زیر ۱&lt;/b&gt; کران با رفتن به عقب در زمان افت می‌کند و گرادیان «ناگزیر» ناپدید می‌شود (گرادیان ناپدیدشونده، vanishing gradient): شرطی کافی برای ناپدید شدن. &lt;b&gt;برابر یا بالای ۱&lt;/b&gt; هیچ وعده‌ای نمی‌دهد: حاصل‌ضرب باز هم ممکن است ناپدید شود (شیب‌های act′ زیر γ می‌افتند و جهت گام‌ها لازم نیست هم‌راستا باشند)، و شرطی برای انفجار هم نیست (Pascanu, Mikolov &amp;amp; Bengio 2013).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No bound for the {cell}.&lt;/b&gt; The bound (γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;)&lt;sup&gt;t&lt;/sup&gt; is the plain RNN&apos;s: the {cell}&apos;s step Jacobian adds gate terms ({carousel}) to products of its recurrent blocks, so no such bound holds for it and none is drawn. Pick RNN as the Cell to see it.</source>
        <translation>&lt;b&gt;برای {cell} کرانی نیست.&lt;/b&gt; کران ⁦(γ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;)&lt;sup&gt;t&lt;/sup&gt;⁩ مخصوص RNN ساده است: ژاکوبی گام {cell} جمله‌های دروازه ({carousel}) را به حاصل‌ضرب بلوک‌های بازگشتی‌اش می‌افزاید، پس چنین کرانی برایش برقرار نیست و رسم نمی‌شود. برای دیدنش RNN را به‌عنوان «سلول» برگزینید.</translation>
    </message>
    <message>
        <source>diag(f&lt;sub&gt;t&lt;/sub&gt;), the carousel</source>
        <translation>diag(f&lt;sub&gt;t&lt;/sub&gt;)، چرخ‌فلک (carousel)</translation>
    </message>
    <message>
        <source>diag(z&lt;sub&gt;t&lt;/sub&gt;), the update gate&apos;s copy</source>
        <translation>diag(z&lt;sub&gt;t&lt;/sub&gt;)، رونوشت دروازه به‌روزرسانی</translation>
    </message>
    <message>
        <source>What if: nothing is trained. The plots show the network at initialisation (step 0).</source>
        <translation>اگر: چیزی آموزش نمی‌بیند. نمودارها شبکه را در مقداردهی اولیه (گام ۰) نشان می‌دهند.</translation>
    </message>
    <message>
        <source>What if: one probe at initialisation; the heatmap fills as a run trains.</source>
        <translation>اگر: یک کاوش در مقداردهی اولیه؛ نقشه حرارتی با آموزش یک اجرا پر می‌شود.</translation>
    </message>
</context>
<context>
    <name>job_runner</name>
    <message>
        <source>The job did not run.</source>
        <translation>کار اجرا نشد.</translation>
    </message>
    <message>
        <source>The job ran out of memory. Try a smaller model or less data.</source>
        <translation>حافظه کار تمام شد. مدلی کوچک‌تر یا داده کمتر را بیازمایید.</translation>
    </message>
    <message>
        <source>Unexpected error: {name__}: {exc}. Details are in the log.</source>
        <translation>خطای غیرمنتظره: {name__}: {exc}. جزئیات در پرونده گزارش‌کار است.</translation>
    </message>
</context>
<context>
    <name>repeat_seeds</name>
    <message>
        <source>skill</source>
        <translation>مهارت</translation>
    </message>
    <message>
        <source>Repeat with {seeds} seeds</source>
        <translation>تکرار با {seeds} بذر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the seeds&apos; runs in flight; the finished ones stay in the run store</source>
        <translation>اجراهای در جریان بذرها را متوقف کن؛ اجراهای پایان‌یافته در انباره اجراها می‌مانند</translation>
    </message>
    <message>
        <source>Show in Experiments</source>
        <translation>نمایش در آزمایش‌ها</translation>
    </message>
    <message>
        <source>Open this experiment on the Experiments tab: every run, its curves and its other metrics</source>
        <translation>این آزمایش را در زبانه آزمایش‌ها باز کن: هر اجرا، منحنی‌هایش و سنجه‌های دیگرش</translation>
    </message>
    <message>
        <source>The engine (PyTorch) is still loading…</source>
        <translation>موتور (PyTorch) هنوز در حال بارگذاری است…</translation>
    </message>
    <message>
        <source>The seeds&apos; runs are going: Cancel stops them.</source>
        <translation>اجراهای بذرها در جریان‌اند: «لغو» آن‌ها را متوقف می‌کند.</translation>
    </message>
    <message>
        <source>Train this configuration with seeds 0-{last}, {cores} at a time in the background, and show the {metric}&apos;s mean, 95% confidence interval and n: does the result hold beyond one seed? Stored as an experiment (the Experiments tab lists it).</source>
        <translation>این پیکربندی را با بذرهای ⁦0-{last}⁩، هر بار {cores} تا در پس‌زمینه، آموزش بده و میانگین، بازه اطمینان ۹۵٪ (confidence interval) و n سنجه {metric} را نشان بده: آیا نتیجه فراتر از یک بذر پابرجاست؟ به‌صورت یک آزمایش ذخیره می‌شود (زبانه آزمایش‌ها آن را فهرست می‌کند).</translation>
    </message>
    <message>
        <source>Cannot repeat: {reason}</source>
        <translation>تکرار ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Starting {runs}…</source>
        <translation>در حال آغاز {runs}…</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>، {failed} ناموفق</translation>
    </message>
    <message>
        <source>{finished} of {seeds} done{failed}</source>
        <translation>{finished} از {seeds} انجام شد{failed}</translation>
    </message>
    <message>
        <source>  ·  about {left} left</source>
        <translation>  ·  حدود {left} مانده</translation>
    </message>
    <message>
        <source>{seeds} in {elapsed}{failed}.</source>
        <translation>{seeds} در {elapsed}{failed}.</translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>متوقف شد: </translation>
    </message>
    <message>
        <source>Cancelled: the finished seeds are kept in the run store.</source>
        <translation>لغو شد: بذرهای پایان‌یافته در انباره اجراها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>No seed gave a {metric}{reason}</source>
        <translation>هیچ بذری {metric} به دست نداد{reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Over {seeds}&lt;/b&gt; (of seeds 0-{last}): {metric} mean {mean}, 95% CI {interval}, {n}. {finding}</source>
        <translation>&lt;b&gt;روی {seeds}&lt;/b&gt; (از بذرهای ⁦0-{last}⁩): میانگین {metric} {mean}، بازه اطمینان ۹۵٪ {interval}، {n}. {finding}</translation>
    </message>
    <message>
        <source> &lt;i&gt;Stored as the experiment “{name}”.&lt;/i&gt;</source>
        <translation> &lt;i&gt;به‌صورت آزمایش «{name}» ذخیره شد.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>report.diagnosis</name>
    <message>
        <source>Each held-out pair is decoded twice: free running (greedy: each step fed the model&apos;s own previous character) and teacher forced (each step fed the true previous character), and both are compared with the target position by position, its end included. With greedy decoding a wrong output starts with a mistake on a correct prefix, so exact accuracy is the same both ways; exposure bias can only act after that first mistake. Recovery is the share of the positions after it that are right, averaged over the wrong outputs: continuing from the model&apos;s own mistake (free) or given the true prefix (teacher forced). Position by position: an output that drops or adds a character counts what follows as wrong even where the rest is right but shifted.</source>
        <translation>هر جفت کنارگذاشته دو بار رمزگشایی می‌شود: اجرای آزاد (free running؛ حریصانه: به هر گام نویسه پیشین خود مدل داده می‌شود) و با اجبار معلم (teacher forcing؛ به هر گام نویسه پیشین درست داده می‌شود)، و هر دو جایگاه به جایگاه با هدف مقایسه می‌شوند، پایانش هم. با رمزگشایی حریصانه هر خروجی نادرست با اشتباهی روی پیشوندی درست آغاز می‌شود، پس دقت دقیق در هر دو شیوه یکی است؛ سوگیری مواجهه (exposure bias) تنها پس از آن نخستین اشتباه می‌تواند اثر کند. بازیابی (recovery) سهم جایگاه‌های درست پس از آن است، میانگین‌گرفته روی خروجی‌های نادرست: با ادامه از اشتباه خود مدل (آزاد) یا با دادن پیشوند درست (اجبار معلم). جایگاه به جایگاه: خروجی‌ای که نویسه‌ای را جا بیندازد یا بیفزاید، آنچه را در پی می‌آید نادرست می‌شمارد حتی جایی که باقی درست ولی جابه‌جا است.</translation>
    </message>
    <message>
        <source>no attention</source>
        <translation>بدون توجه</translation>
    </message>
    <message>
        <source>additive attention</source>
        <translation>توجه جمعی</translation>
    </message>
    <message>
        <source>the shipped held-out words</source>
        <translation>واژه‌های کنارگذاشته همراه برنامه</translation>
    </message>
    <message>
        <source>the bundled date pairs&apos; held-out share</source>
        <translation>سهم کنارگذاشته جفت‌های تاریخ همراه برنامه</translation>
    </message>
    <message>
        <source>Task “{task}”, {pairs:,} held-out pairs from {source}. </source>
        <translation>وظیفه «{task}»، {pairs:,} جفت کنارگذاشته از {source}. </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>آنچه سنجیده شد</translation>
    </message>
    <message>
        <source>Results (as printed by rnnlab diagnose)</source>
        <translation>نتایج (همان‌گونه که ⁦rnnlab diagnose⁩ چاپ می‌کند)</translation>
    </message>
    <message>
        <source>Exact accuracy against source length</source>
        <translation>دقت دقیق بر حسب طول مبدأ</translation>
    </message>
    <message>
        <source>Share of the pairs of each source-length bucket translated exactly (free running), each model a line (Bahdanau et al. 2015, figure 2: without attention accuracy falls with length).</source>
        <translation>سهم جفت‌های هر دسته طول مبدأ که دقیقاً ترجمه شدند (اجرای آزاد)، هر مدل یک خط (Bahdanau و همکاران ۲۰۱۵، شکل ۲: بدون توجه، دقت با طول پایین می‌آید).</translation>
    </message>
    <message>
        <source>Recovery after the first mistake</source>
        <translation>بازیابی پس از نخستین اشتباه</translation>
    </message>
    <message>
        <source>Share of the positions after the first wrong character that are right, averaged over the wrong outputs: free running (continuing from its own mistake) against teacher forced (the true prefix given); the difference is what exposure bias can explain.</source>
        <translation>سهم جایگاه‌های درست پس از نخستین نویسه نادرست، میانگین‌گرفته روی خروجی‌های نادرست: اجرای آزاد (ادامه از اشتباه خودش) در برابر اجبار معلم (با دادن پیشوند درست)؛ تفاوت آن‌ها همان است که سوگیری مواجهه می‌تواند توضیح دهد.</translation>
    </message>
    <message>
        <source>Translator diagnosis: {task}</source>
        <translation>عیب‌یابی مترجم: {task}</translation>
    </message>
    <message>
        <source>Translation pad</source>
        <translation>دفترچه ترجمه</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>جفت‌ها</translation>
    </message>
    <message>
        <source>Exact free</source>
        <translation>دقیق آزاد</translation>
    </message>
    <message>
        <source>Exact teacher forced</source>
        <translation>دقیق با اجبار معلم</translation>
    </message>
    <message>
        <source>Characters free</source>
        <translation>نویسه‌ها آزاد</translation>
    </message>
    <message>
        <source>Characters teacher forced</source>
        <translation>نویسه‌ها با اجبار معلم</translation>
    </message>
    <message>
        <source>Recovery free</source>
        <translation>بازیابی آزاد</translation>
    </message>
    <message>
        <source>Recovery teacher forced</source>
        <translation>بازیابی با اجبار معلم</translation>
    </message>
    <message>
        <source>Exact, length {label}</source>
        <translation>دقیق، طول ⁦{label}⁩</translation>
    </message>
    <message>
        <source>source length (characters)</source>
        <translation>طول مبدأ (نویسه)</translation>
    </message>
    <message>
        <source>exact (%)</source>
        <translation>دقیق (٪)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>positions right after the first mistake (%)</source>
        <translation>جایگاه‌های درست پس از نخستین اشتباه (٪)</translation>
    </message>
    <message>
        <source>free running</source>
        <translation>اجرای آزاد</translation>
    </message>
    <message>
        <source>teacher forced</source>
        <translation>اجبار معلم</translation>
    </message>
    <message>
        <source>position of the first wrong character (1 = first)</source>
        <translation>جایگاه نخستین نویسه نادرست (۱ = نخستین)</translation>
    </message>
    <message>
        <source>wrong outputs</source>
        <translation>خروجی‌های نادرست</translation>
    </message>
    <message>
        <source>place in the target (0 = first character, 1 = end)</source>
        <translation>جا در هدف (۰ = نخستین نویسه، ۱ = پایان)</translation>
    </message>
    <message>
        <source>First error, {model}: position</source>
        <translation>نخستین خطا، {model}: جایگاه</translation>
    </message>
    <message>
        <source>Wrong outputs by the position of their first wrong character (the end token counts as one).</source>
        <translation>خروجی‌های نادرست بر حسب جایگاه نخستین نویسه نادرستشان (نشانه پایان یکی شمرده می‌شود).</translation>
    </message>
    <message>
        <source>First error, {model}: relative</source>
        <translation>نخستین خطا، {model}: نسبی</translation>
    </message>
    <message>
        <source>The same, as a share of the target&apos;s length.</source>
        <translation>همان، به‌صورت سهمی از طول هدف.</translation>
    </message>
</context>
<context>
    <name>report.document</name>
    <message>
        <source> (not used: {reason})</source>
        <translation> (به کار نرفته: {reason})</translation>
    </message>
    <message>
        <source>Value of the {base}</source>
        <translation>مقدار در {base}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>پرچم خط فرمان</translation>
    </message>
    <message>
        <source>No command line runs this again: {why}.</source>
        <translation>هیچ فرمانی این را دوباره اجرا نمی‌کند: {why}.</translation>
    </message>
    <message>
        <source>The same run from the command line:</source>
        <translation>همین اجرا از خط فرمان:</translation>
    </message>
    <message>
        <source>{kind} · written {stamp} by RNN Lab</source>
        <translation>{kind} · نوشته‌شده در {stamp} به دست RNN Lab</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>نرم‌افزار</translation>
    </message>
</context>
<context>
    <name>report.experiment_report</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Results: {metric}</source>
        <translation>نتایج: {metric}</translation>
    </message>
    <message>
        <source>Every metric by configuration</source>
        <translation>همه سنجه‌ها بر حسب پیکربندی</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>منحنی‌های اتلاف</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <source>Experiment: {name}</source>
        <translation>آزمایش: {name}</translation>
    </message>
    <message>
        <source>{title} experiment</source>
        <translation>آزمایش {title}</translation>
    </message>
    <message>
        <source>{title}: {describe}; {count} done</source>
        <translation>{title}: {describe}؛ {count} انجام‌شده</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>، {failed} ناموفق</translation>
    </message>
    <message>
        <source>, {value} not run</source>
        <translation>، {value} اجرانشده</translation>
    </message>
    <message>
        <source>. Run k of each configuration has seed k. Experiment {id} of its store, created {created}.</source>
        <translation>. اجرای k هر پیکربندی بذر k دارد. آزمایش {id} از انباره‌اش، ساخته‌شده در {created}.</translation>
    </message>
    <message>
        <source>The command that ran it (add --resume to run what is missing):</source>
        <translation>فرمانی که آن را اجرا کرد (برای اجرای آنچه مانده ⁦--resume⁩ را بیفزایید):</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>افق</translation>
    </message>
    <message>
        <source>Each {join}&apos;s horizon is {text} (none: no {axis} meets it; at least the largest: the longest listed does). The columns give the seeds that succeeded at each {axis}; a failed run or one without the metric does not.</source>
        <translation>افق هر {join} برابر {text} است (هیچ: هیچ {axis}ی به آن نمی‌رسد؛ دست‌کم بزرگ‌ترین: بلندترین فهرست‌شده می‌رسد). ستون‌ها بذرهایی را می‌دهند که در هر {axis} موفق شدند؛ اجرای ناموفق یا بی‌سنجه موفق به شمار نمی‌آید.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>پرچم خط فرمان</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>{metric} by configuration</source>
        <translation>{metric} بر حسب پیکربندی</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>انحراف معیار</translation>
    </message>
    <message>
        <source>{LEVEL:.0%} CI</source>
        <translation>بازه اطمینان {LEVEL:.0%}</translation>
    </message>
    <message>
        <source>Paired t-tests of {metric} over the seeds both configurations ran (the difference of the later value listed minus the earlier, its 95% CI, t with n - 1 degrees of freedom, and the two-sided p-value)</source>
        <translation>آزمون‌های t جفتی (paired t-test) برای {metric} روی بذرهایی که هر دو پیکربندی اجرا کردند (تفاوت مقدار بعدی منهای پیشین، بازه اطمینان ۹۵٪ آن، t با ⁦n - 1⁩ درجه آزادی، و مقدار p دوطرفه)</translation>
    </message>
    <message>
        <source>; not corrected for the number of tests.</source>
        <translation>؛ برای تعداد آزمون‌ها اصلاح نشده است.</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>میانگین تفاوت</translation>
    </message>
    <message>
        <source>{metric}: mean, 95% CI ({seeds})</source>
        <translation>{metric}: میانگین، بازه اطمینان ۹۵٪ ({seeds})</translation>
    </message>
    <message>
        <source>{name} (log axis)</source>
        <translation>{name} (محور لگاریتمی)</translation>
    </message>
    <message>
        <source>share with {metric} = 1, n = {seeds} seeds</source>
        <translation>سهم با {metric} = 1، n = {seeds} بذر</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>step or epoch</source>
        <translation>گام یا دوره</translation>
    </message>
    <message>
        <source>Every done run&apos;s curve, coloured by its configuration.</source>
        <translation>منحنی هر اجرای انجام‌شده، رنگ‌شده بر حسب پیکربندی‌اش.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
</context>
<context>
    <name>report.forecast_report</name>
    <message>
        <source>Data</source>
        <translation>داده</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Seed {seed}. Inputs: {join}.</source>
        <translation>بذر {seed}. ورودی‌ها: {join}.</translation>
    </message>
    <message>
        <source>Results (as printed by rnnlab forecast)</source>
        <translation>نتایج (همان‌گونه که ⁦rnnlab forecast⁩ چاپ می‌کند)</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>هشدار: </translation>
    </message>
    <message>
        <source>Figures at the end of the run</source>
        <translation>شکل‌ها در پایان اجرا</translation>
    </message>
    <message>
        <source>{column}: the test period</source>
        <translation>{column}: دوره آزمون</translation>
    </message>
    <message>
        <source>Real (red) against the model&apos;s one-step-ahead forecast (blue), the naive forecast, tomorrow = today (grey dashed), and the other baselines (dashed); the shaded band is the prediction interval; the green dashed line projects past the last row, each step feeding the next.</source>
        <translation>مقدار واقعی (قرمز) در برابر پیش‌بینی یک‌گام‌جلوی مدل (آبی)، پیش‌بینی ساده (naive forecast)، فردا = امروز (خط‌چین خاکستری)، و دیگر خطوط پایه (خط‌چین)؛ نوار سایه‌دار بازه پیش‌بینی (prediction interval) است؛ خط‌چین سبز از آخرین سطر فراتر می‌رود و هر گام ورودی گام بعدی است.</translation>
    </message>
    <message>
        <source>{column}: the whole series</source>
        <translation>{column}: کل سری</translation>
    </message>
    <message>
        <source>The series the model saw; the dotted line marks where the test period starts.</source>
        <translation>سری‌ای که مدل دید؛ خط نقطه‌چین آغاز دوره آزمون را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>منحنی‌های اتلاف</translation>
    </message>
    <message>
        <source>Mean squared error per epoch in scaled units (log scale); </source>
        <translation>میانگین مربعات خطا (MSE) در هر دوره به واحدهای مقیاس‌شده (مقیاس لگاریتمی)؛ </translation>
    </message>
    <message>
        <source>Stock forecaster: {column} of {name}</source>
        <translation>پیش‌بین سهام: {column} از {name}</translation>
    </message>
    <message>
        <source>Stock forecaster</source>
        <translation>پیش‌بین سهام</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>پرونده آموزش</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>پرونده آزمون</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>نماد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>سطرها</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>What the loader fixed</source>
        <translation>آنچه بارگذار اصلاح کرد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Skill (1 − MAE / naive MAE)</source>
        <translation>مهارت ⁦(1 − MAE / naive MAE)⁩</translation>
    </message>
    <message>
        <source>Diebold-Mariano vs naive (squared errors)</source>
        <translation>دیبولد-ماریانو در برابر ساده (مجذور خطاها)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Naive forecast</source>
        <translation>پیش‌بینی ساده</translation>
    </message>
    <message>
        <source>No prediction band (interval level 0 or too few held-out errors to calibrate one).</source>
        <translation>بدون نوار پیش‌بینی (سطح بازه ۰ یا خطاهای کنارگذاشته کمتر از آن‌که برای واسنجی کافی باشد).</translation>
    </message>
    <message>
        <source>Prediction band: {value:.0f}% nominal, {band_method} conformal; {band_covered} of the {band_rows} test rows ({value2:.1f}%) fell inside it.</source>
        <translation>نوار پیش‌بینی: {value:.0f}٪ اسمی، همدیس {band_method}؛ {band_covered} از {band_rows} سطر آزمون ({value2:.1f}٪) درون آن افتاد.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>تصویر آینده</translation>
    </message>
    <message>
        <source> (every {step}th row of {rows:,} drawn)</source>
        <translation> (از {rows:,} سطر، هر {step}اُمین سطر رسم شده)</translation>
    </message>
    <message>
        <source>the untrained weights (epoch 0, the naive forecast) were kept: no trained epoch beat them on the validation windows.</source>
        <translation>وزن‌های آموزش‌ندیده (دوره ۰، پیش‌بینی ساده) نگه داشته شدند: هیچ دوره آموزش‌دیده‌ای روی پنجره‌های اعتبارسنجی از آن‌ها بهتر نبود.</translation>
    </message>
    <message>
        <source>the weights of epoch {epoch} (lowest validation loss) were kept.</source>
        <translation>وزن‌های دوره {epoch} (کمترین اتلاف اعتبارسنجی) نگه داشته شدند.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>MSE, scaled (log)</source>
        <translation>MSE، مقیاس‌شده (لگاریتمی)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>اعتبارسنجی</translation>
    </message>
</context>
<context>
    <name>report.gradflow_report</name>
    <message>
        <source>Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Cells: {names}. Task: {task}, sequence length T = {length}, hidden size H = {hidden}, seed {seed}. Every figure uses one fixed probe sequence drawn from the seed; t = 0 is the first input.</source>
        <translation>سلول‌ها: {names}. وظیفه: {task}، طول دنباله ⁦T = {length}⁩، اندازه پنهان ⁦H = {hidden}⁩، بذر {seed}. هر شکل یک دنباله کاوش ثابت به کار می‌برد که از بذر ساخته شده؛ ⁦t = 0⁩ نخستین ورودی است.</translation>
    </message>
    <message>
        <source>What the plots measure</source>
        <translation>نمودارها چه می‌سنجند</translation>
    </message>
    <message>
        <source>Results (as printed by rnnlab gradflow)</source>
        <translation>نتایج (همان‌گونه که ⁦rnnlab gradflow⁩ چاپ می‌کند)</translation>
    </message>
    <message>
        <source>Figures at the end of the run</source>
        <translation>شکل‌ها در پایان اجرا</translation>
    </message>
    <message>
        <source>Gradient flow: {names} on the {replace} task</source>
        <translation>جریان گرادیان: {names} روی وظیفه {replace}</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>جریان گرادیان</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>پیش‌تنظیم</translation>
    </message>
    <message>
        <source>Compare cells</source>
        <translation>مقایسه سلول‌ها</translation>
    </message>
    <message>
        <source>norm (log)</source>
        <translation>نُرم (لگاریتمی)</translation>
    </message>
    <message>
        <source>RNN bound γ_t‖W_rec‖₂</source>
        <translation>کران RNN ⁦γ_t‖W_rec‖₂⁩</translation>
    </message>
    <message>
        <source>LSTM max f_t</source>
        <translation>LSTM ⁦max f_t⁩</translation>
    </message>
    <message>
        <source> exact</source>
        <translation> دقیق</translation>
    </message>
    <message>
        <source>LSTM c-path ∏(A+B+C+D)</source>
        <translation>مسیر c در LSTM ⁦∏(A+B+C+D)⁩</translation>
    </message>
    <message>
        <source>Local ‖∂c_t/∂c_{t−1}‖</source>
        <translation>محلی ⁦‖∂c_t/∂c_{t−1}‖⁩</translation>
    </message>
    <message>
        <source>Spectral norm of the one-step Jacobian, the factor one step applies to a gradient (probe at step {step}). Below 1 step after step: vanishing.</source>
        <translation>نُرم طیفی ژاکوبی یک‌گامی (Jacobian)، ضریبی که یک گام بر گرادیان اعمال می‌کند (کاوش در گام {step}). زیر ۱ در گام‌های پیاپی: گرادیان ناپدیدشونده (vanishing gradient).</translation>
    </message>
    <message>
        <source>Product ‖∂c_{T−1}/∂c_t‖</source>
        <translation>حاصل‌ضرب ⁦‖∂c_{T−1}/∂c_t‖⁩</translation>
    </message>
    <message>
        <source>How much of ∂c_{T−1} survives back to step t (1 at the right). A straight fall is exponential vanishing. LSTM: solid exact (every path), dashed the product of the A+B+C+D sums (leaves out the output-gate path).</source>
        <translation>چه مقدار از ⁦∂c_{T−1}⁩ تا گام t به عقب زنده می‌ماند (۱ در سمت راست). افت راست‌خط یعنی ناپدید شدن نمایی. LSTM: پیوسته دقیق (همه مسیرها)، خط‌چین حاصل‌ضرب مجموع‌های ⁦A+B+C+D⁩ (مسیر دروازه خروجی را کنار می‌گذارد).</translation>
    </message>
    <message>
        <source>Gradient ‖∂E/∂c_t‖</source>
        <translation>گرادیان ⁦‖∂E/∂c_t‖⁩</translation>
    </message>
    <message>
        <source>Autograd gradient of the probe&apos;s loss E at each step, every path included: what backpropagation through time really delivers. Flat: early inputs still get a signal.</source>
        <translation>گرادیان مشتق‌گیری خودکار (autograd) اتلاف کاوش E در هر گام، با همه مسیرها: آنچه پس‌انتشار در زمان (backpropagation through time) واقعاً می‌رساند. هموار: ورودی‌های آغازین هنوز سیگنال می‌گیرند.</translation>
    </message>
    <message>
        <source>The LSTM terms and forget-gate values exist only for the LSTM: this run trained no LSTM.</source>
        <translation>جمله‌های LSTM و مقادیر دروازه فراموشی تنها برای LSTM وجود دارند: این اجرا LSTM آموزش نداد.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>اتلاف</translation>
    </message>
    <message>
        <source>Training loss per optimiser step (log scale); the grey dashed line is the chance loss of a constant guess.</source>
        <translation>اتلاف آموزش در هر گام بهینه‌ساز (مقیاس لگاریتمی)؛ خط‌چین خاکستری اتلاف شانسی یک حدس ثابت است.</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>گام زمانی t</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>RNN ساده</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;t&lt;/sub&gt; = act(W&lt;sub&gt;rec&lt;/sub&gt; c&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;), &amp;emsp; ∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = diag(act′(z&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;rec&lt;/sub&gt;</source>
        <translation>⁦c&lt;sub&gt;t&lt;/sub&gt; = act(W&lt;sub&gt;rec&lt;/sub&gt; c&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;), &amp;emsp; ∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = diag(act′(z&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;rec&lt;/sub&gt;⁩</translation>
    </message>
    <message>
        <source>Bound (Pascanu et al. 2013)</source>
        <translation>کران (Pascanu et al. 2013)</translation>
    </message>
    <message>
        <source>‖∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt; ≤ γ&lt;sub&gt;t&lt;/sub&gt; ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;, γ&lt;sub&gt;t&lt;/sub&gt; = max&lt;sub&gt;i&lt;/sub&gt; act′(z&lt;sub&gt;t,i&lt;/sub&gt;) ≤ γ (1/4 for the sigmoid, 1 for tanh and relu): ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt; &amp;lt; 1/γ makes the gradient vanish; a spectral radius above 1/γ is needed to explode</source>
        <translation>⁦‖∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt; ≤ γ&lt;sub&gt;t&lt;/sub&gt; ‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt;, γ&lt;sub&gt;t&lt;/sub&gt; = max&lt;sub&gt;i&lt;/sub&gt; act′(z&lt;sub&gt;t,i&lt;/sub&gt;) ≤ γ⁩ (⁦1/4⁩ برای sigmoid، ۱ برای tanh و relu): ⁦‖W&lt;sub&gt;rec&lt;/sub&gt;‖&lt;sub&gt;2&lt;/sub&gt; &amp;lt; 1/γ⁩ گرادیان را ناپدید می‌کند (گرادیان ناپدیدشونده، vanishing gradient)؛ برای انفجار آن شعاع طیفی بیش از ⁦1/γ⁩ لازم است</translation>
    </message>
    <message>
        <source>Backpropagation through time</source>
        <translation>پس‌انتشار در زمان (backpropagation through time)</translation>
    </message>
    <message>
        <source>∂E/∂c&lt;sub&gt;t&lt;/sub&gt; = ∂E/∂c&lt;sub&gt;T−1&lt;/sub&gt; · ∏&lt;sub&gt;k=t+1&lt;/sub&gt;&lt;sup&gt;T−1&lt;/sup&gt; ∂c&lt;sub&gt;k&lt;/sub&gt;/∂c&lt;sub&gt;k−1&lt;/sub&gt;: the local factors multiply, so norms below 1 make the gradient vanish exponentially</source>
        <translation>⁦∂E/∂c&lt;sub&gt;t&lt;/sub&gt; = ∂E/∂c&lt;sub&gt;T−1&lt;/sub&gt; · ∏&lt;sub&gt;k=t+1&lt;/sub&gt;&lt;sup&gt;T−1&lt;/sup&gt; ∂c&lt;sub&gt;k&lt;/sub&gt;/∂c&lt;sub&gt;k−1&lt;/sub&gt;⁩: ضریب‌های محلی در هم ضرب می‌شوند، پس نُرم‌های زیر ۱ گرادیان را به‌طور نمایی ناپدید می‌کنند</translation>
    </message>
    <message>
        <source>LSTM cell path</source>
        <translation>مسیر سلول LSTM</translation>
    </message>
    <message>
        <source>∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = A&lt;sub&gt;t&lt;/sub&gt; + B&lt;sub&gt;t&lt;/sub&gt; + C&lt;sub&gt;t&lt;/sub&gt; + D&lt;sub&gt;t&lt;/sub&gt; (o&lt;sub&gt;t−1&lt;/sub&gt; held fixed), with D&lt;sub&gt;h&lt;/sub&gt; = diag(o&lt;sub&gt;t−1&lt;/sub&gt; ⊙ tanh′(c&lt;sub&gt;t−1&lt;/sub&gt;))</source>
        <translation>⁦∂c&lt;sub&gt;t&lt;/sub&gt;/∂c&lt;sub&gt;t−1&lt;/sub&gt; = A&lt;sub&gt;t&lt;/sub&gt; + B&lt;sub&gt;t&lt;/sub&gt; + C&lt;sub&gt;t&lt;/sub&gt; + D&lt;sub&gt;t&lt;/sub&gt;⁩ (⁦o&lt;sub&gt;t−1&lt;/sub&gt;⁩ ثابت)، با ⁦D&lt;sub&gt;h&lt;/sub&gt; = diag(o&lt;sub&gt;t−1&lt;/sub&gt; ⊙ tanh′(c&lt;sub&gt;t−1&lt;/sub&gt;))⁩</translation>
    </message>
    <message>
        <source>A&lt;sub&gt;t&lt;/sub&gt; = diag(c&lt;sub&gt;t−1&lt;/sub&gt; ⊙ f&lt;sub&gt;t&lt;/sub&gt;(1−f&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;fh&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;, &amp;emsp; B&lt;sub&gt;t&lt;/sub&gt; = diag(f&lt;sub&gt;t&lt;/sub&gt;)</source>
        <translation>⁦A&lt;sub&gt;t&lt;/sub&gt; = diag(c&lt;sub&gt;t−1&lt;/sub&gt; ⊙ f&lt;sub&gt;t&lt;/sub&gt;(1−f&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;fh&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;, &amp;emsp; B&lt;sub&gt;t&lt;/sub&gt; = diag(f&lt;sub&gt;t&lt;/sub&gt;)⁩</translation>
    </message>
    <message>
        <source>C&lt;sub&gt;t&lt;/sub&gt; = diag(c̃&lt;sub&gt;t&lt;/sub&gt; ⊙ i&lt;sub&gt;t&lt;/sub&gt;(1−i&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;ih&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;, &amp;emsp; D&lt;sub&gt;t&lt;/sub&gt; = diag(i&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 − c̃&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;)) W&lt;sub&gt;ch&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;</source>
        <translation>⁦C&lt;sub&gt;t&lt;/sub&gt; = diag(c̃&lt;sub&gt;t&lt;/sub&gt; ⊙ i&lt;sub&gt;t&lt;/sub&gt;(1−i&lt;sub&gt;t&lt;/sub&gt;)) W&lt;sub&gt;ih&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;, &amp;emsp; D&lt;sub&gt;t&lt;/sub&gt; = diag(i&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 − c̃&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;)) W&lt;sub&gt;ch&lt;/sub&gt; D&lt;sub&gt;h&lt;/sub&gt;⁩</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>نُرم‌ها</translation>
    </message>
    <message>
        <source>‖M‖&lt;sub&gt;2&lt;/sub&gt; = largest singular value of M; every plot shows log&lt;sub&gt;10&lt;/sub&gt; of it per timestep t</source>
        <translation>⁦‖M‖&lt;sub&gt;2&lt;/sub&gt;⁩ = بزرگ‌ترین مقدار تکین M؛ هر نمودار ⁦log&lt;sub&gt;10&lt;/sub&gt;⁩ آن را در هر گام زمانی t نشان می‌دهد</translation>
    </message>
    <message>
        <source>forget-gate value</source>
        <translation>مقدار دروازه فراموشی</translation>
    </message>
    <message>
        <source>share of values</source>
        <translation>سهم مقادیر</translation>
    </message>
    <message>
        <source>LSTM terms</source>
        <translation>جمله‌های LSTM</translation>
    </message>
    <message>
        <source>∂c_t/∂c_{t−1} = A+B+C+D (o_{t−1} held fixed): A via the forget gate, B = diag(f_t) the carousel, C via the input gate, D via the candidate c̃_t.</source>
        <translation>⁦∂c_t/∂c_{t−1} = A+B+C+D⁩ (⁦o_{t−1}⁩ ثابت): A از راه دروازه فراموشی، ⁦B = diag(f_t)⁩ چرخ‌فلک (carousel)، C از راه دروازه ورودی، D از راه نامزد ⁦c̃_t⁩.</translation>
    </message>
    <message>
        <source>LSTM forget-gate values (mean {forget_mean:.2f})</source>
        <translation>مقادیر دروازه فراموشی LSTM (میانگین {forget_mean:.2f})</translation>
    </message>
    <message>
        <source>Spread of the probe&apos;s forget-gate values over all units and steps. Near 1 keeps memory and gradient; 0.5 halves both every step.</source>
        <translation>پراکندگی مقادیر دروازه فراموشی کاوش روی همه واحدها و گام‌ها. نزدیک ۱ حافظه و گرادیان را نگه می‌دارد؛ 0.5 هر دو را در هر گام نصف می‌کند.</translation>
    </message>
    <message>
        <source>real part</source>
        <translation>بخش حقیقی</translation>
    </message>
    <message>
        <source>imaginary part</source>
        <translation>بخش موهومی</translation>
    </message>
    <message>
        <source>eigenvalues</source>
        <translation>مقادیر ویژه</translation>
    </message>
    <message>
        <source>Eigenvalues of W_{rec}</source>
        <translation>مقادیر ویژه ⁦W_{rec}⁩</translation>
    </message>
    <message>
        <source>Spectral radius ρ = {spectral_radius:.3g}, ‖W_{{rec}}‖₂ = {w_rec_norm:.3g}, 1/γ = {inverse_gamma:.3g} ({activation}). ‖W_{{rec}}‖₂ below 1/γ is enough for the gradient to vanish; ρ above 1/γ is needed for it to explode.</source>
        <translation>شعاع طیفی (spectral radius) ⁦ρ = {spectral_radius:.3g}⁩، ⁦‖W_{{rec}}‖₂ = {w_rec_norm:.3g}⁩، ⁦1/γ = {inverse_gamma:.3g}⁩ ({activation}). ⁦‖W_{{rec}}‖₂⁩ کمتر از ⁦1/γ⁩ برای ناپدید شدن گرادیان کافی است؛ ρ بیش از ⁦1/γ⁩ برای انفجار آن لازم است.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>گام آموزش</translation>
    </message>
    <message>
        <source>loss (log)</source>
        <translation>اتلاف (لگاریتمی)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>شانسی</translation>
    </message>
    <message>
        <source>log₁₀‖∂E/∂c_t‖</source>
        <translation>⁦log₁₀‖∂E/∂c_t‖⁩</translation>
    </message>
    <message>
        <source>‖∂E/∂c_t‖ of the {upper} over training</source>
        <translation>⁦‖∂E/∂c_t‖⁩ برای {upper} در طول آموزش</translation>
    </message>
    <message>
        <source>Colour = log10 ‖∂E/∂c_t‖ (the colour bar&apos;s exponents: −20 is 10⁻²⁰) per probe (rows, training step upward, {value} probes) and timestep t (columns). Dark on the left: the gradient vanished before reaching the early steps.</source>
        <translation>رنگ = ⁦log10 ‖∂E/∂c_t‖⁩ (نماهای نوار رنگ: ⁦−20⁩ یعنی ⁦10⁻²⁰⁩) برای هر کاوش (سطرها، گام آموزش رو به بالا، {value} کاوش) و گام زمانی t (ستون‌ها). تیره در سمت چپ: گرادیان پیش از رسیدن به گام‌های آغازین ناپدید شده است.</translation>
    </message>
</context>
<context>
    <name>report.translate_report</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Character-level GRU encoder-decoder, {attention} attention, seed {seed}; {data}</source>
        <translation>رمزگذار-رمزگشای GRU در سطح نویسه (encoder-decoder)، توجه {attention}، بذر {seed}؛ {data}</translation>
    </message>
    <message>
        <source>Results (as printed by rnnlab train-translator)</source>
        <translation>نتایج (همان‌گونه که ⁦rnnlab train-translator⁩ چاپ می‌کند)</translation>
    </message>
    <message>
        <source>Figures at the end of the run</source>
        <translation>شکل‌ها در پایان اجرا</translation>
    </message>
    <message>
        <source>Translator: {title}, {attention} attention</source>
        <translation>مترجم: {title}، توجه {attention}</translation>
    </message>
    <message>
        <source>Translation pad</source>
        <translation>دفترچه ترجمه</translation>
    </message>
    <message>
        <source>Pairs file</source>
        <translation>پرونده جفت‌ها</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>جفت‌ها</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان وظیفه</translation>
    </message>
    <message>
        <source>Every held-out source was translated exactly as expected.</source>
        <translation>همه مبدأهای کنارگذاشته دقیقاً همان‌گونه که انتظار می‌رفت ترجمه شدند.</translation>
    </message>
    <message>
        <source>Held-out sources the model got wrong ({shown}):</source>
        <translation>مبدأهای کنارگذاشته‌ای که مدل اشتباه ترجمه کرد ({shown}):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>cross-entropy (log)</source>
        <translation>آنتروپی متقاطع (لگاریتمی)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>اتلاف آموزش</translation>
    </message>
    <message>
        <source>Teacher-forced cross-entropy per batch (log scale).</source>
        <translation>آنتروپی متقاطع (cross-entropy) با اجبار معلم (teacher forcing) در هر دسته (مقیاس لگاریتمی).</translation>
    </message>
    <message>
        <source>exact words (%)</source>
        <translation>واژه‌های دقیق (٪)</translation>
    </message>
    <message>
        <source>Held-out accuracy</source>
        <translation>دقت روی داده کنارگذاشته</translation>
    </message>
    <message>
        <source>Share of held-out words translated exactly as the rule does, measured during training.</source>
        <translation>سهم واژه‌های کنارگذاشته‌ای که دقیقاً مانند قاعده ترجمه شدند، سنجیده‌شده در طول آموزش.</translation>
    </message>
    <message>
        <source>No alignment matrix: a model without attention reads the whole source into one state and never looks back at single characters.</source>
        <translation>بدون ماتریس هم‌ترازی: مدل بدون توجه کل مبدأ را در یک حالت می‌خواند و هرگز به نویسه‌های تک‌تک بازنمی‌نگرد.</translation>
    </message>
    <message>
        <source>Alignment of &apos;{source}&apos; → &apos;{output}&apos;</source>
        <translation>هم‌ترازی «{source}» ← «{output}»</translation>
    </message>
    <message>
        <source>Attention weights: each row is a generated character, each column a source character (&lt;/s&gt; = end of the source); each row sums to 1. Output {verdict}.</source>
        <translation>وزن‌های توجه (attention weights): هر سطر یک نویسه تولیدشده، هر ستون یک نویسه مبدأ (⁦&lt;/s&gt;⁩ = پایان مبدأ)؛ جمع هر سطر ۱ است. خروجی {verdict}.</translation>
    </message>
</context>
<context>
    <name>translate.alignment</name>
    <message>
        <source>source characters</source>
        <translation>نویسه‌های مبدأ</translation>
    </message>
    <message>
        <source>generated characters</source>
        <translation>نویسه‌های تولیدشده</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>وزن توجه</translation>
    </message>
    <message>
        <source>Type a word to see where the attention looks.</source>
        <translation>یک واژه بنویسید تا ببینید توجه به کجا می‌نگرد.</translation>
    </message>
    <message>
        <source>The model wrote nothing for “{source}”, so there is no alignment to show.</source>
        <translation>مدل برای «{source}» چیزی ننوشت، پس هم‌ترازی‌ای برای نمایش نیست.</translation>
    </message>
    <message>
        <source>writing “{value}” (character {value2}) looks at “{value3}”: weight {value4:.3f}</source>
        <translation>هنگام نوشتن «{value}» (نویسه {value2}) به «{value3}» می‌نگرد: وزن {value4:.3f}</translation>
    </message>
</context>
<context>
    <name>translate.alignment_panel</name>
    <message>
        <source>Attention weights: each row is a generated character, each column a source character; brighter means the model looked there.</source>
        <translation>وزن‌های توجه (attention weights): هر سطر یک نویسه تولیدشده، هر ستون یک نویسه مبدأ؛ روشن‌تر یعنی مدل به آنجا نگریسته است.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>صدور PNG…</translation>
    </message>
    <message>
        <source>Save the alignment matrix on screen as a PNG image.</source>
        <translation>ذخیره ماتریس هم‌ترازی روی صفحه به‌صورت تصویر PNG.</translation>
    </message>
</context>
<context>
    <name>translate.compare</name>
    <message>
        <source>(no reference)</source>
        <translation>(بدون مرجع)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Each {unit} through both models beside the expected output ({reference}); characters that differ from it are highlighted, a · marks a missing one.</source>
        <translation>هر {unit} از هر دو مدل، کنار خروجی مورد انتظار ({reference})؛ نویسه‌هایی که با آن فرق دارند برجسته‌اند و · جای نویسه جاافتاده را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>هنوز چیزی برای مقایسه نیست.</translation>
    </message>
    <message>
        <source>no attention</source>
        <translation>بدون توجه</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>با توجه</translation>
    </message>
    <message>
        <source>… and {more} more.</source>
        <translation>… و {more} دیگر.</translation>
    </message>
    <message>
        <source>{unknown:,} of {total} is not a pair of this task&apos;s data, so there is no expected output to grade against.</source>
        <translation>{unknown:,} از {total} جفتی از داده این وظیفه نیست، پس خروجی مورد انتظاری برای نمره‌دادن نیست.</translation>
    </message>
    <message>
        <source>{unknown:,} of {total} are not a pair of this task&apos;s data, so there is no expected output to grade against.</source>
        <translation>{unknown:,} از {total} جفتی از داده این وظیفه نیستند، پس خروجی مورد انتظاری برای نمره‌دادن نیست.</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(بدون مدل)</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>مورد انتظار</translation>
    </message>
</context>
<context>
    <name>translate.pad</name>
    <message>
        <source>The pairs the task learns from: how many, how many are held out to grade the models, and what reading the file skipped.</source>
        <translation>جفت‌هایی که وظیفه از آن‌ها می‌آموزد: چند تا، چند تا برای نمره‌دادن به مدل‌ها کنار گذاشته شده‌اند و خواندن پرونده از چه چیزهایی گذشت.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>توجه</translation>
    </message>
    <message>
        <source>Translate with the model that has attention (on) or the one without (off). Both always appear in the comparison below.</source>
        <translation>ترجمه با مدلی که سازوکار توجه (attention) دارد (روشن) یا مدل بدون آن (خاموش). هر دو همیشه در مقایسه پایین دیده می‌شوند.</translation>
    </message>
    <message>
        <source>The rule…</source>
        <translation>قاعده…</translation>
    </message>
    <message>
        <source>How RNN Lab&apos;s Pig Latin treats y, qu, hyphens, apostrophes, digits and capitals.</source>
        <translation>لاتین خوکی RNN Lab با y، qu، خط تیره، آپاستروف، رقم‌ها و حروف بزرگ چگونه رفتار می‌کند.</translation>
    </message>
    <message>
        <source>Word:</source>
        <translation>واژه:</translation>
    </message>
    <message>
        <source>The translation by the model chosen with the Attention toggle.</source>
        <translation>ترجمه مدلی که با کلید «توجه» برگزیده شده است.</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>وظیفه:</translation>
    </message>
    <message>
        <source>Type English here; the Pig Latin appears as you type.</source>
        <translation>اینجا انگلیسی بنویسید؛ لاتین خوکی هم‌زمان با نوشتن ظاهر می‌شود.</translation>
    </message>
    <message>
        <source>English text to translate. Capitals, punctuation and digits are kept in place.</source>
        <translation>متن انگلیسی برای ترجمه. حروف بزرگ، نشانه‌گذاری و رقم‌ها سر جای خود می‌مانند.</translation>
    </message>
    <message>
        <source>Type one source a line ({title}); the translations appear as you type.</source>
        <translation>در هر سطر یک مبدأ بنویسید ({title})؛ ترجمه‌ها هم‌زمان با نوشتن ظاهر می‌شوند.</translation>
    </message>
    <message>
        <source>Each line is one sequence, translated as a whole (spaces around it stay in place and are not given to the model, as its pairs were read); a line with characters the task&apos;s pairs never had is left as typed, with a note.</source>
        <translation>هر سطر یک دنباله است که یکجا ترجمه می‌شود (فاصله‌های پیرامونش سر جایشان می‌مانند و به مدل داده نمی‌شوند، همان‌گونه که جفت‌هایش خوانده شدند)؛ سطری با نویسه‌هایی که جفت‌های وظیفه هرگز نداشتند، همان‌گونه که نوشته شده می‌ماند، با یک یادداشت.</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>سطر:</translation>
    </message>
    <message>
        <source>The {unit} whose alignment matrix is drawn on the right (the first {PICKER_WORDS} {unit}s of the text).</source>
        <translation>{unit}ای که ماتریس هم‌ترازی‌اش در سمت راست رسم می‌شود (نخستین {PICKER_WORDS} {unit} متن).</translation>
    </message>
    <message>
        <source>The models the pad translates with and their exact-{unit} accuracy on held-out {value}.</source>
        <translation>مدل‌هایی که دفترچه با آن‌ها ترجمه می‌کند و دقت {unit}-دقیق آن‌ها روی {value} کنارگذاشته.</translation>
    </message>
    <message>
        <source>{capitalize}s the models were not given, and why.</source>
        <translation>{capitalize}هایی که به مدل‌ها داده نشد، و چرا.</translation>
    </message>
    <message>
        <source> (+{value} more)</source>
        <translation> (+{value} دیگر)</translation>
    </message>
    <message>
        <source>Type some English above.</source>
        <translation>بالا کمی انگلیسی بنویسید.</translation>
    </message>
    <message>
        <source>Type a {unit} above.</source>
        <translation>بالا یک {unit} بنویسید.</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>هنوز چیزی برای مقایسه نیست.</translation>
    </message>
</context>
<context>
    <name>translate.retrain_panel</name>
    <message>
        <source>Retrain from scratch</source>
        <translation>آموزش دوباره از صفر</translation>
    </message>
    <message>
        <source>Train a new model in the background; when it finishes it replaces the pad&apos;s model of its kind (with or without attention).</source>
        <translation>آموزش یک مدل تازه در پس‌زمینه؛ با پایان آن، جای مدل هم‌نوعش (با یا بدون توجه) در دفترچه را می‌گیرد.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>اتلاف آموزش</translation>
    </message>
    <message>
        <source>held-out %</source>
        <translation>درصد کنارگذاشته</translation>
    </message>
    <message>
        <source>{TITLE} · training on {device}</source>
        <translation>{TITLE} · آموزش روی {device}</translation>
    </message>
</context>
<context>
    <name>translate.rule_help</name>
    <message>
        <source>
&lt;h3&gt;The rule RNN Lab grades against&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;A word that starts with &lt;b&gt;a, e, i, o, u&lt;/b&gt; gets &lt;b&gt;way&lt;/b&gt;: &lt;tt&gt;air &amp;rarr; airway&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;Otherwise the letters before the first vowel move to the end and &lt;b&gt;ay&lt;/b&gt; follows:
    &lt;tt&gt;the &amp;rarr; ethay&lt;/tt&gt;, &lt;tt&gt;strong &amp;rarr; ongstray&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;y&lt;/b&gt; counts as a vowel, except as the first letter: &lt;tt&gt;fly &amp;rarr; yflay&lt;/tt&gt;,
    &lt;tt&gt;rhythm &amp;rarr; ythmrhay&lt;/tt&gt;. A word that &lt;i&gt;starts&lt;/i&gt; with y only gets &lt;b&gt;ay&lt;/b&gt;:
    &lt;tt&gt;yellow &amp;rarr; yelloway&lt;/tt&gt;, &lt;tt&gt;yet &amp;rarr; yetay&lt;/tt&gt;. (Some schools move the y and write
    &lt;tt&gt;ellowyay&lt;/tt&gt;; the course data this follows does not.)&lt;/li&gt;
&lt;li&gt;&lt;b&gt;qu&lt;/b&gt; moves as one block: &lt;tt&gt;quiet &amp;rarr; ietquay&lt;/tt&gt;, &lt;tt&gt;square &amp;rarr; aresquay&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;A word with no vowel and no y just gets &lt;b&gt;ay&lt;/b&gt;: &lt;tt&gt;psst &amp;rarr; psstay&lt;/tt&gt;, &lt;tt&gt;DVD &amp;rarr; DVDAY&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Hyphens and apostrophes&lt;/b&gt; split a word; each part is translated alone and the mark stays:
    &lt;tt&gt;won&apos;t &amp;rarr; onway&apos;tay&lt;/tt&gt;, &lt;tt&gt;by-and-by &amp;rarr; ybay-andway-ybay&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Digits&lt;/b&gt; end a word and stay where they are: &lt;tt&gt;mp3 &amp;rarr; mpay3&lt;/tt&gt;, &lt;tt&gt;3rd &amp;rarr; 3rday&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Capitals&lt;/b&gt;: &lt;tt&gt;Hello &amp;rarr; Ellohay&lt;/tt&gt;, &lt;tt&gt;NASA &amp;rarr; ASANAY&lt;/tt&gt;; in a mixed word each letter keeps
    its case as it moves: &lt;tt&gt;McDonald &amp;rarr; onaldMcDay&lt;/tt&gt;, &lt;tt&gt;iPhone &amp;rarr; iPhoneway&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;Letters outside a-z (&lt;tt&gt;café&lt;/tt&gt;) and words over 24 letters are left as typed, with a note.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The models learnt this rule from examples; the comparison marks every word where a model&apos;s answer differs
from it.&lt;/p&gt;
</source>
        <translation>
&lt;h3 dir=&quot;rtl&quot;&gt;قاعده‌ای که RNN Lab بر پایه آن نمره می‌دهد&lt;/h3&gt;
&lt;ul dir=&quot;rtl&quot;&gt;
&lt;li&gt;واژه‌ای که با &lt;b&gt;a، e، i، o، u&lt;/b&gt; آغاز شود &lt;b&gt;way&lt;/b&gt; می‌گیرد: &lt;tt&gt;air &amp;rarr; airway&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;در غیر این صورت حروف پیش از نخستین واکه به انتها می‌روند و &lt;b&gt;ay&lt;/b&gt; پس از آن‌ها می‌آید:
    &lt;tt&gt;the &amp;rarr; ethay&lt;/tt&gt;، &lt;tt&gt;strong &amp;rarr; ongstray&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;y&lt;/b&gt; واکه به شمار می‌آید، مگر وقتی حرف نخست باشد: &lt;tt&gt;fly &amp;rarr; yflay&lt;/tt&gt;،
    &lt;tt&gt;rhythm &amp;rarr; ythmrhay&lt;/tt&gt;. واژه‌ای که با y «آغاز» شود تنها &lt;b&gt;ay&lt;/b&gt; می‌گیرد:
    &lt;tt&gt;yellow &amp;rarr; yelloway&lt;/tt&gt;، &lt;tt&gt;yet &amp;rarr; yetay&lt;/tt&gt;. (برخی مکتب‌ها y را جابه‌جا می‌کنند و می‌نویسند
    &lt;tt&gt;ellowyay&lt;/tt&gt;؛ داده درسی که این برنامه از آن پیروی می‌کند چنین نمی‌کند.)&lt;/li&gt;
&lt;li&gt;&lt;b&gt;qu&lt;/b&gt; یکپارچه جابه‌جا می‌شود: &lt;tt&gt;quiet &amp;rarr; ietquay&lt;/tt&gt;، &lt;tt&gt;square &amp;rarr; aresquay&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;واژه‌ای بی‌واکه و بی y تنها &lt;b&gt;ay&lt;/b&gt; می‌گیرد: &lt;tt&gt;psst &amp;rarr; psstay&lt;/tt&gt;، &lt;tt&gt;DVD &amp;rarr; DVDAY&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;خط تیره و آپاستروف&lt;/b&gt; واژه را می‌شکنند؛ هر بخش جداگانه ترجمه می‌شود و نشانه سر جایش می‌ماند:
    &lt;tt&gt;won&apos;t &amp;rarr; onway&apos;tay&lt;/tt&gt;، &lt;tt&gt;by-and-by &amp;rarr; ybay-andway-ybay&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;رقم‌ها&lt;/b&gt; واژه را پایان می‌دهند و سر جای خود می‌مانند: &lt;tt&gt;mp3 &amp;rarr; mpay3&lt;/tt&gt;، &lt;tt&gt;3rd &amp;rarr; 3rday&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;حروف بزرگ&lt;/b&gt;: &lt;tt&gt;Hello &amp;rarr; Ellohay&lt;/tt&gt;، &lt;tt&gt;NASA &amp;rarr; ASANAY&lt;/tt&gt;؛ در واژه‌ای آمیخته هر حرف هنگام جابه‌جایی
    بزرگی یا کوچکی خود را نگه می‌دارد: &lt;tt&gt;McDonald &amp;rarr; onaldMcDay&lt;/tt&gt;، &lt;tt&gt;iPhone &amp;rarr; iPhoneway&lt;/tt&gt;.&lt;/li&gt;
&lt;li&gt;حروف بیرون از a-z (&lt;tt&gt;café&lt;/tt&gt;) و واژه‌های بلندتر از ۲۴ حرف همان‌گونه که نوشته شده‌اند می‌مانند، با یک یادداشت.&lt;/li&gt;
&lt;/ul&gt;
&lt;p dir=&quot;rtl&quot;&gt;مدل‌ها این قاعده را از نمونه‌ها آموخته‌اند؛ مقایسه هر واژه‌ای را که پاسخ مدل با آن فرق دارد
علامت می‌زند.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>The Pig Latin rule</source>
        <translation>قاعده لاتین خوکی (Pig Latin)</translation>
    </message>
</context>
<context>
    <name>translate.tab</name>
    <message>
        <source>Loading the models…</source>
        <translation>در حال بارگذاری مدل‌ها…</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>آموزش دوباره</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>عیب‌یابی</translation>
    </message>
    <message>
        <source>Save translator model…</source>
        <translation>ذخیره مدل مترجم…</translation>
    </message>
    <message>
        <source>Save the model the Attention toggle selects to a file.</source>
        <translation>مدلی را که کلید «توجه» برگزیده در پرونده ذخیره کن.</translation>
    </message>
    <message>
        <source>Load translator model…</source>
        <translation>بارگذاری مدل مترجم…</translation>
    </message>
    <message>
        <source>Load a translator model saved by RNN Lab; it replaces the pad&apos;s model of its kind.</source>
        <translation>بارگذاری مدل مترجمی که RNN Lab ذخیره کرده؛ جای مدل هم‌نوعش در دفترچه را می‌گیرد.</translation>
    </message>
    <message>
        <source>Export alignment PNG…</source>
        <translation>صدور PNG هم‌ترازی…</translation>
    </message>
    <message>
        <source>Could not translate: {message}</source>
        <translation>ترجمه نشد: {message}</translation>
    </message>
    <message>
        <source>Type a {unit} to see where the attention looks.</source>
        <translation>یک {unit} بنویسید تا ببینید توجه به کجا می‌نگرد.</translation>
    </message>
    <message>
        <source>No alignment to show: the model without attention reads the whole {unit} into one state vector and writes from it, so no output character looks at any particular source character. Turn Attention on to see the alignment.</source>
        <translation>هم‌ترازی‌ای برای نمایش نیست: مدل بدون توجه کل {unit} را در یک بردار حالت می‌خواند و از آن می‌نویسد، پس هیچ نویسه خروجی به نویسه مبدأ خاصی نمی‌نگرد. برای دیدن هم‌ترازی، «توجه» را روشن کنید.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>در حال ترجمه…</translation>
    </message>
    <message>
        <source>No model for this task yet: Retrain (on the right) trains one on its pairs.</source>
        <translation>هنوز مدلی برای این وظیفه نیست: «آموزش دوباره» مدلی روی جفت‌هایش می‌سازد.</translation>
    </message>
    <message>
        <source>Could not load the model</source>
        <translation>مدل بارگذاری نشد</translation>
    </message>
    <message>
        <source>Opening a task</source>
        <translation>در حال باز کردن وظیفه</translation>
    </message>
    <message>
        <source>The pad is opening a task; Retrain once it is open.</source>
        <translation>دفترچه در حال باز کردن یک وظیفه است؛ پس از باز شدن، آموزش دوباره دهید.</translation>
    </message>
    <message>
        <source>No pairs to learn from</source>
        <translation>جفتی برای یادگیری نیست</translation>
    </message>
    <message>
        <source>This task came from a model file, which does not hold its pairs. Open its pairs file (Task: From a pairs file…) to retrain.</source>
        <translation>این وظیفه از یک پرونده مدل آمده که جفت‌هایش را در خود ندارد. برای آموزش دوباره، پرونده جفت‌هایش را باز کنید (وظیفه: از پرونده جفت‌ها…).</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>آموزش آغاز نمی‌شود</translation>
    </message>
    <message>
        <source>Done in {format_duration} · {stopped}</source>
        <translation>در {format_duration} انجام شد · {stopped}</translation>
    </message>
    <message>
        <source>{stopped}; kept {kept}.</source>
        <translation>‏{stopped}؛ نگه داشته شد: {kept}.</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>آموزش متوقف شد</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>چیزی برای ذخیره نیست</translation>
    </message>
    <message>
        <source>There is no model to save yet.</source>
        <translation>هنوز مدلی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>Save translator model</source>
        <translation>ذخیره مدل مترجم</translation>
    </message>
    <message>
        <source>RNN Lab models (*.pt)</source>
        <translation>مدل‌های RNN Lab (*.pt)</translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation>هنوز در حال ذخیره</translation>
    </message>
    <message>
        <source>The previous file is still being written; try again in a moment.</source>
        <translation>پرونده قبلی هنوز در حال نوشتن است؛ لحظه‌ای دیگر دوباره بکوشید.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Load translator model</source>
        <translation>بارگذاری مدل مترجم</translation>
    </message>
    <message>
        <source>RNN Lab models (*.pt);;All files (*)</source>
        <translation>مدل‌های RNN Lab (*.pt);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>چیزی برای صدور نیست</translation>
    </message>
    <message>
        <source>There is no alignment matrix on screen to export.</source>
        <translation>ماتریس هم‌ترازی‌ای روی صفحه برای صدور نیست.</translation>
    </message>
    <message>
        <source>Export alignment</source>
        <translation>صدور هم‌ترازی</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>translate.task_control</name>
    <message>
        <source>Pairs files (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>پرونده‌های جفت (*.tsv *.txt *.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>A retraining is running</source>
        <translation>یک آموزش دوباره در حال اجراست</translation>
    </message>
    <message>
        <source>The pad cannot change its task while a retraining runs: its model would belong to the task the pad left. Wait for it to finish, or Cancel it, and try again.</source>
        <translation>دفترچه تا وقتی آموزش دوباره در جریان است نمی‌تواند وظیفه‌اش را عوض کند: مدلش از آنِ وظیفه‌ای می‌شد که دفترچه ترکش کرده. صبر کنید تا تمام شود یا لغوش کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>Replace an unsaved model?</source>
        <translation>مدل ذخیره‌نشده جایگزین شود؟</translation>
    </message>
    <message>
        <source>The retrained {join} model {value} not saved and would be lost.

Save it first with File -&gt; Save translator model. Discard it and go on?</source>
        <translation>مدل {join} آموزش‌دیده دوباره ذخیره {value} و از دست می‌رود.

نخست آن را با پرونده ← ذخیره مدل مترجم ذخیره کنید. کنار گذاشته شود و ادامه دهیم؟</translation>
    </message>
    <message>
        <source>Open a pairs file</source>
        <translation>باز کردن پرونده جفت‌ها</translation>
    </message>
    <message>
        <source>Still opening a task</source>
        <translation>هنوز در حال باز کردن وظیفه</translation>
    </message>
    <message>
        <source>The pad is still opening the task picked before; try again in a moment.</source>
        <translation>دفترچه هنوز در حال باز کردن وظیفه پیشین است؛ لحظه‌ای دیگر دوباره بکوشید.</translation>
    </message>
    <message>
        <source>Could not open the task</source>
        <translation>وظیفه باز نشد</translation>
    </message>
    <message>
        <source>Pig Latin has its own held-out words (resources/piglatin/valid_words.txt), never trained on; this share applies to a task of pairs.</source>
        <translation>لاتین خوکی واژه‌های کنارگذاشته خود را دارد (⁦resources/piglatin/valid_words.txt⁩) که هرگز روی آن‌ها آموزش نمی‌بیند؛ این سهم برای وظیفه‌ای از جفت‌هاست.</translation>
    </message>
</context>
<context>
    <name>translate.task_picker</name>
    <message>
        <source>From a pairs file…</source>
        <translation>از پرونده جفت‌ها…</translation>
    </message>
    <message>
        <source>What the pad translates. Pick a pairs file (one source and target a line, tab-separated, or a two-column CSV with a header) to train on a task of your own.</source>
        <translation>آنچه دفترچه ترجمه می‌کند. برای آموزش روی وظیفه‌ای از خودتان، یک پرونده جفت‌ها برگزینید (در هر سطر یک مبدأ و مقصد جداشده با تب، یا یک CSV دوستونه با سرستون).</translation>
    </message>
</context>
<context>
    <name>widgets.report_export</name>
    <message>
        <source>Export {what} report…</source>
        <translation>صدور گزارش {what}…</translation>
    </message>
    <message>
        <source>Save a lab report of the last finished run: settings, metrics and the figures in one HTML file that opens in any browser without a network and prints cleanly</source>
        <translation>ذخیره گزارش آزمایشگاه آخرین اجرای پایان‌یافته: تنظیمات، سنجه‌ها و شکل‌ها در یک پرونده HTML که در هر مرورگری بی‌نیاز از شبکه باز و تمیز چاپ می‌شود</translation>
    </message>
    <message>
        <source>Writing the report {name}…</source>
        <translation>در حال نوشتن گزارش {name}…</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>گزارش HTML (*.html)</translation>
    </message>
    <message>
        <source>Report written to {name}.</source>
        <translation>گزارش در {name} نوشته شد.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>گزارش نوشته نشد.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>صدور گزارش</translation>
    </message>
</context>
<context>
    <name>widgets.run_controls</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ثانیه</translation>
    </message>
    <message>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} دقیقه و {seconds:02d} ثانیه</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} ساعت و {minutes:02d} دقیقه</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Start training in the background (Ctrl+Return)</source>
        <translation>آغاز آموزش در پس‌زمینه (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the run; what was learned so far stays on screen (Esc)</source>
        <translation>توقف اجرا؛ آنچه تاکنون آموخته شده روی صفحه می‌ماند (Esc)</translation>
    </message>
    <message>
        <source>Loading engine…</source>
        <translation>در حال بارگذاری موتور…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>آماده.</translation>
    </message>
    <message>
        <source>The engine (PyTorch) is still loading…</source>
        <translation>موتور (PyTorch) هنوز در حال بارگذاری است…</translation>
    </message>
    <message>
        <source>A run is going: one run at a time. Wait for it, or Cancel it (Esc).</source>
        <translation>یک اجرا در جریان است: هر بار یک اجرا. صبر کنید یا لغوش کنید (Esc).</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <source>at most {duration} left</source>
        <translation>حداکثر {duration} مانده</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>حدود {duration} مانده</translation>
    </message>
    <message>
        <source>Done in {format_duration}.</source>
        <translation>در {format_duration} انجام شد.</translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>متوقف شد: </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>آموزش دوباره</translation>
    </message>
</context>
</TS>
