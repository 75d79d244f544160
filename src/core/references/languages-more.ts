// Cues in Hindi, Vietnamese, Arabic, Persian, Indonesian (and Malay), Dutch, Swedish, Danish,
// Norwegian, Finnish, Czech, Romanian, Ukrainian, Hebrew, Greek, Thai, Serbian and Croatian,
// Tagalog, and Polish verbs before a mention: "अभी मौजूद नहीं है", "chưa tồn tại", "غير موجود في المستودع", "هنوز وجود
// ندارد", "belum ada", "bestaat nog niet", "finns inte än", "zatím neexistuje", "ще не існує", "לא
// קיים עדיין", "δεν υπάρχει". Lower-cased text, as the English cues; Arabic script is read without
// its optional vowel marks, a zero-width non-joiner (Persian "حذف‌شده") as a space, and Greek
// without its accents ("αφαιρέθηκε" as "αφαιρεθηκε"), so the Greek patterns are written without.
import type { Intent } from "../types.js";
import type { VerbCue } from "./cues.js";

/**
 * Devanagari, Bengali, Arabic, Hebrew, Greek, Thai, Ge'ez (Amharic), or the Ukrainian letters Russian lacks: scripts whose cues
 * `afterCue` must not skip.
 */
export const MORE_SCRIPTS =
  /[\u0c00-\u0c7f\u1200-\u137f\u10a0-\u10ff\u0530-\u058f\u0b80-\u0bff\u0900-\u09ff\u0600-\u06ff\u0590-\u05ff\u0370-\u03ff\u0e00-\u0e7fіїєґ]/;

const ARABIC = /[\u0600-\u06ff]/;
/** Harakat, the superscript alef and the tatweel: written or left out at will. */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const GREEK_ACCENTED = /[άέήίόύώΐΰ]/g;
const GREEK_PLAIN: Record<string, string> = {
  ά: "α",
  έ: "ε",
  ή: "η",
  ί: "ι",
  ό: "ο",
  ύ: "υ",
  ώ: "ω",
  ΐ: "ϊ",
  ΰ: "ϋ",
};

/**
 * Arabic-script text without its optional marks ("حُذف" → "حذف"), lower-case Greek without its
 * accents ("αφαιρέθηκε" → "αφαιρεθηκε"); other text as it is.
 */
export function plainArabic(text: string): string {
  let out = ARABIC.test(text) ? text.replace(ARABIC_MARKS, "").replace(/\u200c/g, " ") : text;
  if (GREEK_ACCENTED.test(out)) out = out.replace(GREEK_ACCENTED, (c) => GREEK_PLAIN[c] ?? c);
  return out;
}

/** After a mention. Arabic patterns are written without marks: callers pass `plainArabic` text. */
export const MORE_AFTER: (readonly [RegExp, Intent, (readonly string[])?])[] = [
  // Gone: "is verwijderd in #77", "dihapus di PR #112", "đã bị xoá trong PR #87", "видалено в
  // #203", "PR #41 में हटा दिया गया", "अब नहीं है" (is no longer there), "تم حذفه".
  [
    /^[^.;।،]{0,40}?(?:đã (?:được )?(?:đổi tên|chuyển) (?:thành|sang)|(?:je |su |sam |smo )?(?:obrisan[aoi]?|izbrisan[aoi]?|uklonjen[aoi]?|obrisao|obrisala|обрисан[аои]?|уклоњен[аои]?)(?![\p{L}])|(?:binura|tinanggal|inalis|dinelete|na-?delete)(?![\p{L}])|(?:is|zijn|werd|werden) (?:hernoemd|verplaatst)|verwijderd|weggehaald|geschrapt|bestaa?t(?:n)? niet meer|dihapus|terhapus|(?:dah |telah |sudah )?dibuang|sudah tidak ada|tidak ada lagi|đã bị x(?:oá|óa)|đã x(?:oá|óa)|bị x(?:oá|óa)|đã (?:bị )?gỡ(?: bỏ)?|đã (?:bị )?loại bỏ|không còn (?:tồn tại|nữa|dùng)|видален[оаи]?(?![\p{L}])|видалив|видалила|видалили|вилучен[оаи]?(?![\p{L}])|більше не існує|हटा दिया गया|हटा दी गई|हटा दिए गए|हटाया गया|हटाई गई|हटाए गए|डिलीट कर दिया|डिलीट किया गया|डिलीट हो गया|मिटा दिया|अब नहीं है|अब मौजूद नहीं|تم حذفه|تم حذفها|حذف في|لم يعد موجودا?|(?:حذف|پاک) (?:شد|شده)|smazán[oay]?(?![\p{L}])|smazal[ai]?|odstraněn[oay]?(?![\p{L}])|odstranil[ai]?|borttag(?:en|et|na)|raderad(?:e|es)?|togs bort|är borta|נמחק(?:ה|ו)?(?![\p{L}])|הוסר(?:ה|ו)?(?![\p{L}])|(?:כבר )?לא קיי(?:ם|מת|מים) יותר|כבר לא קיי(?:ם|מת|מים)|αφαιρεθηκ(?:ε|αν)|διαγραφηκ(?:ε|αν)|σβηστηκ(?:ε|αν)|δεν υπαρχ(?:ει|ουν) πια|μετονομαστηκ(?:ε|αν)|μετακινηθηκ(?:ε|αν)|ลบแล้ว|ลบไปแล้ว|ถูกลบ|เลิกใช้แล้ว|(?<![\p{L}])(?:(?:er|blev|ble|blevet|blitt) (?:slettet|fjernet|flyttet|omdøbt|omdøpt)|slettet|fjernet|poistettu|poistettiin|poistui|nimettiin uudelleen|siirrettiin|(?:a fost |au fost )?(?:[șs]ters|[șs]tears[ăa]|[șs]terse|eliminat[ăe]?|mutat[ăe]?|redenumit[ăe]?))(?![\p{L}]))/u,
    "removed",
  ],
  // Not there, or not yet: "bestaat nog niet", "staat niet in de repo", "alleen lokaal", "belum
  // ada", "tidak ada di repo", "chưa tồn tại", "chỉ có trên máy tôi", "ще не існує", "немає в
  // репозиторії", "अभी मौजूद नहीं है", "रिपो में नहीं", "غير موجود في المستودع", "فقط على جهازي".
  [
    /^[^.;।]{0,60}?(?:încă (?:nescris|necreat|neadăugat|nu există)|nu există încă|(?:još )?ne postoji|nije u (?:repou|repozitorijumu|repozitoriju|gitu)|(?:još )?nije (?:komitovan|commitovan|pushovan|gurnut)[aoi]?|samo (?:na|kod) (?:mom|mog|mome|svom) (?:računaru|racunaru|laptopu|kompjuteru)|не постоји|није у репоу|nasa (?:laptop|makina|computer|pc) ko|hindi pa (?:naka-?|na-?)(?:push|commit|track)|wala pa sa (?:repo|git)|wala pa (?:'?yon|iyon|'?yun|ito|'?to)(?![\p{L}])|bestaa?t(?:n)? (?:nog )?niet|(?:staat|staan|zit|zitten) (?:nog )?niet in (?:de |het )?(?:repo|repository)|niet in (?:de |het )?(?:repo|repository)|alleen (?:lokaal|op mijn (?:machine|laptop|computer))|nog niet (?:aangemaakt|gemaakt|gecommit|gecommitted|ingecheckt|gepusht)|niet gecommit|belum ada|belum wujud|(?:tidak|tak) wujud|belum dicipta|tidak ada di (?:repo|repositori)|belum (?:masuk )?(?:ke |di )?(?:repo|repositori)|belum di-?commit|tidak di-?commit|belum dibuat|hanya (?:ada )?di (?:mesin|laptop|komputer) saya|hanya lokal|chưa tồn tại|không tồn tại|(?:chưa|không) (?:có|nằm) (?:trong|trên|ở) (?:repo|kho)|chưa được tạo|chưa (?:được )?commit|chỉ có (?:trên|ở) máy (?:của )?(?:tôi|mình|em|anh)|ще не існує|не існує|ще немає|поки немає|немає в (?:репозиторії|репо)|не в (?:репозиторії|репо)|тільки (?:на моїй машині|в мене на машині|локально)|ще не створен|не закоміч|मौजूद नहीं|अभी नहीं है|अभी तक नहीं बना|बना नहीं|नहीं बना|नहीं बनी|(?:रिपो|रेपो|रिपॉजिटरी) में नहीं|(?:सिर्फ़|सिर्फ|केवल) (?:मेरी मशीन|मेरे (?:लैपटॉप|कंप्यूटर|सिस्टम))|(?:कमिट|commit) नहीं|ніколи не було|ніколи не існувал|никогда не было|غير موجود|ليس موجودا|ليس في (?:المستودع|الريبو)|(?:فقط )?على جهازي|جهازي فقط|لم أرفعه|لم يرفع|محليا فقط|لم ينشأ|لم يتم إنشاؤه|هنوز وجود ندارد|وجود ندارد|(?:فقط )?روی (?:سیستم|لپ تاپ|کامپیوتر) من|در مخزن نیست|کامیت نشده|هنوز ساخته نشده|zatím neexistuje|neexistuje|jen na mém (?:počítači|stroji|notebooku)|necommitnut|není v (?:repu|repozitáři)|n'existe que sur mon (?:poste|ordinateur|pc|laptop|portable)|(?:uniquement|seulement) sur ma machine|pas encore (?:commité|commit|poussé|versionné)|nur (?:auf meinem (?:rechner|laptop)|lokal)|noch nicht (?:committet|eingecheckt|gepusht)|finns inte(?: än)?|finns bara (?:på min dator|lokalt)|bara lokalt|inte (?:i repot|incheckad|pushad)|ej incheckad|לא קיי(?:ם|מת|מים)|(?:לא|אינו|אינה) (?:נמצא(?:ת)? )?(?:בריפו|במאגר|ב-?repo)|רק (?:אצלי|במחשב שלי|מקומית)|לא (?:עשיתי|נעשה|עשו|עשינו) (?:לו |לה |להם )?(?:commit|קומיט|push|פוש)|לא נדחף|לא עלה לריפו|δεν υπαρχ(?:ει|ουν)|δεν (?:εχει |εχουν )?γινει (?:commit|push)|δεν εγινε (?:commit|push)|(?:εμεινε|ειναι|υπαρχει) (?:μονο )?στο (?:laptop|pc|μηχανημα|λαπτοπ)|μονο τοπικα|μονο στον υπολογιστη μου|δεν (?:ειναι|βρισκεται|βρισκονται) στο (?:repo|αποθετηριο)|ยังไม่มี|ไม่มีใน ?repo|ยังไม่ได้ ?(?:commit|push)|ไม่ได้ ?commit|อยู่แค่ในเครื่อง|(?<![\p{L}])(?:ei ole (?:vielä |enää )?olemassa|ei ole (?:vielä )?repossa|(?:ei ole )?commitoimatta|ei ole commitoitu|vain (?:koneellani|paikallisesti)|findes ikke|finnes ikke|er ikke i repo(?:et|sitoriet)?|(?:blev|ble) aldrig committet|aldri committet|ikke committet|ikke (?:lagt|checket) ind|kun lokalt|bare lokalt|(?:kun|bare|stadig kun) på (?:min maskine|maskinen min|min computer|min pc)|nu (?:mai )?exist[ăa]|nu (?:e|este) (?:[îi]nc[ăa] )?[îi]n repo|n-a fost (?:niciodat[ăa] )?commitat|nu a fost (?:niciodat[ăa] )?commitat|necommitat|doar (?:local|pe ma[șs]ina mea|[îi]n stash)|din stash(?:-ul)? (?:meu )?local|stash-ul meu local))/u,
    "historical",
  ],
  // To come: "nog aan te maken", "wordt later toegevoegd", "akan dibuat", "sẽ được tạo", "буде
  // створено", "बनाया जाएगा", "जोड़ने पर विचार करें" (consider adding), "سيتم إنشاؤه لاحقا".
  [
    /^[^.;।]{0,40}?(?:(?:tek )?treba (?:ga |je |ih )?(?:napraviti|napisati|dodati|kreirati)|biće (?:napravljen|dodat|napisan)[aoi]?|(?:gagawin|idadagdag|isusulat|gagawa) pa(?![\p{L}])|nog aan te maken|moet nog (?:worden )?(?:gemaakt|geschreven|aangemaakt|toegevoegd)|wordt (?:later |nog )?(?:gemaakt|aangemaakt|toegevoegd|geschreven)|akan (?:dibuat|ditambahkan|ditulis|dicipta)|perlu (?:dibuat|dicipta)|harus dibuat|sẽ (?:được )?(?:tạo|viết|thêm)|cần (?:được )?(?:tạo|viết|thêm)|буде (?:створен|додан|написан)|будуть (?:створені|додані|написані)|треба створити|потрібно створити|बनाया जाएगा|बनाई जाएगी|बनाए जाएंगे|बनाना है|बनानी है|जोड़ा जाएगा|लिखा जाएगा|(?:जोड़ने|बनाने|लिखने) (?:पर|का|के बारे में) (?:विचार|सोच)|staat gepland|is gepland|बाद में बन|سيتم إنشاؤه|سيتم إنشاؤها|سينشأ|سيتم إضافته|يجب إنشاؤه|ساخته خواهد شد|ساخته می شود|ایجاد خواهد شد|اضافه خواهد شد|bude vytvořen|budou vytvořeny|vytvoří se|(?:napíše|vytvoří|udělá) (?:ho|ji|je)|ska (?:skapas|läggas till|skrivas)|kommer att skapas|skapas senare|(?:gör|skriver|skapar) (?:den|det|dem)(?![\p{L}])|ייכתב|ייווצר|יתווסף|ייבנה|θα (?:γραφτει|δημιουργηθει|προστεθει)|πρεπει να (?:δημιουργηθει|γραφτει|προστεθει)|μενει να (?:γραφτει|δημιουργηθει)|ไฟล์ที่ต้องสร้าง|ต้องสร้าง|จะสร้าง|(?<![\p{L}])(?:luodaan|lisätään|kirjoitetaan|pitää luoda|tehdään vasta|skal (?:oprettes|opprettes|laves|lages|skrives|tilføjes|legges til)|de creat|(?:va|vor) fi (?:creat|scris|ad[ăa]ugat)|trebuie (?:creat|scris|ad[ăa]ugat)))/u,
    "planned",
  ],
  // Lithuanian: "X ištrintas (#58)" (deleted), "(ne repozitorijoje, klauskite Tomo)" (not in the
  // repository), "(jų repozitorija, ne mūsų)" (their repository, not ours), "(bus sukurtas)" (will
  // be created).
  [
    /^[^.;]{0,30}?(?:ištrint[ai]s?|pašalint[ai]s?|pervadint[ai]s?|perkelt[ai]s?(?=\s+į\s))(?![\p{L}])/u,
    "removed",
    ["išt", "paš", "perv", "perk"],
  ],
  [
    /^[^.;]{0,40}?(?:ne repozitorijoje|nėra repozitorijoje|(?:jų|kitos komandos) repozitorij\p{L}*|ne mūsų|tik (?:mano|jūsų) kompiuteryje|nekomituojam\p{L}*|dar nesukurt\p{L}*)/u,
    "historical",
    ["repozitorij", "mūsų", "kompiuteryje", "nekomit", "nesukurt"],
  ],
  [/^[^.;]{0,30}?(?:bus sukurt\p{L}*|reikės sukurti|dar reikia sukurti)/u, "planned", ["sukurt"]],
  // Bulgarian: "(старата папка `src/lib/` вече я няма)" (is no longer there), "не е в git",
  // "е все още само на моята машина — не е commit-нат" (only on my machine, not committed),
  // "(предстои да бъде създаден)" (yet to be created), "беше изтрит" (was deleted).
  [
    /^[^.;]{0,40}?(?:вече (?:я |го |ги )?няма|(?:все още )?не съществува|(?:никога )?не е съществувал[аио]?|не е (?:в (?:git|гит|репото|хранилището)|commit-нат[аио]?|комитнат[аио]?|качен[аио]?)|само на (?:моята|моя) (?:машина|лаптоп|компютър)|само локално)/u,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:беше |бяха |е |са )?(?:изтрит[аио]?|премахнат[аио]?)(?![\p{L}])/u, "removed"],
  [
    /^[^.;]{0,30}?(?:предстои да бъде (?:създаден|добавен|написан)[аио]?|ще бъде (?:създаден|добавен|написан)[аио]?|тепърва ще се (?:създаде|добави|напише))/u,
    "planned",
  ],
  // Bengali puts the verb after the name: "X মুছে ফেলা হয়েছে (#48)" (was deleted), "X ফোল্ডার এখনো
  // নেই" (is not there yet), "ওটা আমাদের রিপো না" (that is not our repository), "X বানানো হবে"
  // (will be made), "X বানিয়েছি" (I made X).
  [
    /^[^.;।]{0,40}?(?:মুছে (?:ফেলা|দেওয়া) (?:হয়েছে|হল)|মুছে (?:ফেলেছি|দিয়েছি)|বাদ (?:দেওয়া হয়েছে|দিয়েছি)|সরিয়ে ফেলা হয়েছে|ডিলিট (?:করা হয়েছে|করেছি|করে দিয়েছি)|আর নেই)/u,
    "removed",
  ],
  [
    /^[^.;।]{0,40}?(?:এখনো নেই|এখনও নেই|এখনো তৈরি হয়নি|এখনও তৈরি হয়নি|(?:রিপোতে|রিপোজিটরিতে|গিটে) নেই|কমিট (?:করা হয়নি|করিনি)|পুশ করিনি|শুধু আমার (?:ল্যাপটপে|মেশিনে|কম্পিউটারে)|আমাদের রিপো(?:র)? না|(?:অন্য|আলাদা) রিপোতে)/u,
    "historical",
  ],
  [
    /^[^.;।]{0,40}?(?:বানানো হবে|তৈরি (?:করা )?হবে|লেখা হবে|(?:যোগ|যুক্ত) করা হবে|বানাতে হবে|তৈরি করতে হবে|লিখতে হবে|যোগ করতে হবে|বানাব|তৈরি করব|লিখব|যোগ করব)/u,
    "planned",
  ],
  [
    /^[^.;।]{0,40}?(?:বানিয়েছি|তৈরি করেছি|লিখেছি|(?:যোগ|যুক্ত) করেছি|(?:কমিট|পুশ|ডিপ্লয়) করেছি|বানানো হয়েছে|তৈরি করা হয়েছে|লেখা হয়েছে|যোগ করা হয়েছে)/u,
    "created",
  ],
  // Slovak: "X bol odstránený v #37" (was removed), "X zatiaľ NEEXISTUJE" (the Czech word reads it),
  // "X nie je v repozitári" (is not in the repository), "X bude vytvorený" (will be created).
  [
    /^[^.;]{0,30}?(?:(?:bol[aio]? |boli )?(?:odstránen|zmazan|vymazan)[ýáéoí](?![\p{L}])|premenovan[ýáéoí](?![\p{L}]))/u,
    "removed",
  ],
  [
    /^[^.;]{0,40}?(?:nie (?:je|sú) (?:v (?:repe|repozitári|gite)|commitnut)|len na (?:mojom|mojej) (?:počítači|notebooku|stroji))/u,
    "historical",
  ],
  [
    /^[^.;]{0,30}?(?:bude(?:me)? vytvoren[ýáéoí]|budú vytvorené|treba (?:ho |ju |ich )?(?:vytvoriť|napísať|pridať))/u,
    "planned",
  ],
  // Latvian: "X tika dzēsts ar #51" (was deleted), "X vēl NEEKSISTĒ" (does not exist yet), "X nav
  // repozitorijā" (is not in the repository), "(…, necommitot)" (not committing), "X tiks izveidots".
  [
    /^[^.;]{0,30}?(?:(?:tika |tiek |ir )?(?:dzēst[sai]|izdzēst[sai]|noņemt[sai]|pārdēvēt[sai])(?![\p{L}]))/u,
    "removed",
  ],
  [
    /^[^.;]{0,40}?(?:(?:vēl )?neeksistē|(?:vēl )?nav (?:izveidot[sa]|repozitorijā|repo|gitā|commitot[sa]?)|necommitot|tikai (?:manā|uz mana) (?:datorā|datora|klēpjdatorā))/u,
    "historical",
  ],
  [
    /^[^.;]{0,30}?(?:tiks (?:izveidot[sai]|pievienot[sai]|uzrakstīt[sai])|vēl jāizveido|jāizveido)/u,
    "planned",
  ],
  // Urdu puts the verb after the name: "X کو #88 میں حذف کر دیا گیا" (was deleted), "X کا نام بدل کر
  // Y رکھا" (renamed to Y), "X ابھی موجود نہیں ہے" (does not exist yet), "X بنائی جائے گی" (will be made).
  [
    /^[^.;۔]{0,40}?(?:حذف کر (?:دیا|دی|دیے)|حذف (?:ہو گیا|ہو گئی|کیا گیا|کی گئی)|ہٹا (?:دیا|دی|دیے)|کا نام بدل)/u,
    "removed",
  ],
  [
    /^[^.;۔]{0,40}?(?:(?:ابھی )?موجود نہیں|(?:ابھی )?نہیں بن[یا]|ریپو(?:زیٹری)? میں نہیں|کمٹ نہیں|صرف میرے (?:لیپ ٹاپ|کمپیوٹر))/u,
    "historical",
  ],
  [/^[^.;۔]{0,30}?(?:بنائی جائے گی|بنایا جائے گا|بنائے جائیں گے|بنانی ہے|بنانا ہے|لکھی جائے گی)/u, "planned"],
  // Tamil: "X நீக்கப்பட்டது" (was deleted), "X என்ற கோப்பு இன்னும் இல்லை" (the file does not exist
  // yet), "X உருவாக்கப்படும்" (will be created).
  [/^[^.;]{0,40}?(?:நீக்கப்பட்ட(?:து|ன)|அழிக்கப்பட்ட(?:து|ன)|பெயர் மாற்றப்பட்ட(?:து|ன))/u, "removed"],
  [/^[^.;]{0,40}?(?:இன்னும் இல்லை|இல்லை இன்னும்|repo-?வில் இல்லை|commit செய்யப்படவில்லை)/u, "historical"],
  [/^[^.;]{0,30}?(?:உருவாக்கப்படும்|எழுதப்படும்|சேர்க்கப்படும்)/u, "planned"],
  // Estonian: "X kustutati PR #51-s" (was deleted), "X ei ole veel olemas" (does not exist yet),
  // "Faili X repos ei ole" (is not in the repository), "sellist skripti pole kunagi olnud" (never was).
  [/^[^.;]{0,30}?(?:kustutati|kustutatud|eemaldati|eemaldatud|nimetati ümber)(?![\p{L}])/u, "removed"],
  [
    /^[^.;]{0,40}?(?:(?:ei ole|pole) (?:veel |enam )?olemas|repos (?:ei ole|pole)|(?:ei ole|pole) repos|pole kunagi olnud|ei ole kunagi olnud|ainult minu (?:arvutis|masinas))/u,
    "historical",
  ],
  // Slovenian: "X je bil odstranjen v #57" (was removed), "Paket X bo dodan" (will be added), "X še
  // ne obstaja" (does not exist yet), "X ni v repozitoriju" (is not in the repository).
  [
    /^[^.;]{0,30}?(?:(?:je bil[aoi]? |so bil[aoi]? )?(?:odstranjen|izbrisan|preimenovan)[aoi]?)(?![\p{L}])/u,
    "removed",
  ],
  [
    /^[^.;]{0,40}?(?:bo(?:do)? (?:dodan|ustvarjen|napisan)[aoi]?|bo(?:do)? še (?:dodan|ustvarjen|napisan)[aoi]?|\(\s*še ni(?:so)? (?:ustvarjen|napisan|dodan)[aoi]?)(?![\p{L}])/u,
    "planned",
  ],
  [
    /^[^.;]{0,40}?(?:še ne obstaja|ne obstaja (?:več|še)|ni v (?:repozitoriju|repu|gitu)|samo na mojem (?:računalniku|prenosniku))/u,
    "historical",
  ],
  // Icelandic: "X var eytt í #58" (was deleted), "X er bara á minni vél ennþá (ekki í geymslunni)"
  // (only on my machine, not in the repository), "X er ekki til ennþá" (does not exist yet).
  [/^[^.;]{0,30}?(?:var (?:eytt|fjarlægð|fjarlægt|fjarlægður|endurnefnd|endurnefnt))(?![\p{L}])/u, "removed"],
  [/^[^.;]{0,40}?(?:bara á minni (?:vél|tölvu)|ekki í geymslunni|er ekki til|ekki til ennþá)/u, "historical"],
  // Estonian: "X (veel loomata)" (not created yet, a to-do), "Kaalume X lisamist" (we consider adding X).
  [
    /^\s*(?:\(\s*veel (?:loomata|kirjutamata|lisamata)|lisamist|loomist)(?![\p{L}])/u,
    "planned",
    ["veel", "lisamist", "loomist"],
  ],
  // "X (verður búin til í næsta spretti)": will be created.
  [
    /^[^.;]{0,30}?(?:verður (?:búin? til|búið til|búinn til|skrifuð|skrifaður|skrifað|bætt við))(?![\p{L}])/u,
    "planned",
  ],
  // Armenian puts the verb after the name: "X-ը հեռացվել է #49-ում" (was removed), "X ֆայլը դեռ
  // գոյություն չունի" (does not exist yet).
  [/^[^.;։]{0,40}?(?:հեռացվել է|ջնջվել է|վերանվանվել է)/u, "removed"],
  [/^[^.;։]{0,40}?(?:գոյություն չունի|դեռ չկա)/u, "historical"],
  // Kazakh puts the verb after the name: "X #54-те жойылды" (was removed), "X әлі жоқ" (is not
  // there yet), "X репозиторийде жоқ" (not in the repository), "X енді қолданылмайды" (no longer
  // used), "X (құрылады)" (will be created).
  [/^[^.;]{0,40}?(?:жойылды|жойылған|өшірілді|өшірілген|атауы өзгертілді)(?![\p{L}])/u, "removed"],
  // "X (әлі жасалмаған, to be created)": a to-do marker in a parenthesis, as "(not created yet)".
  [/^\s*\(\s*әлі (?:жасалмаған|құрылмаған|жазылмаған)/u, "planned"],
  [
    /^[^.;]{0,40}?(?:әлі жоқ|әлі құрылмаған|(?:репозиторийде|репода|git-те|гитте) жоқ|енді қолданылмайды|енді жоқ|тек менің (?:компьютерімде|ноутбугімде))/u,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:құрылады|жасалады|қосылады|жазылады)(?![\p{L}])/u, "planned"],
  // Malay: "X dipadam dalam #151" (deleted in), "X belum wujud" (does not exist yet), "X tiada dalam
  // repo" (not in the repository), "X akan dicipta" (will be created).
  [/^[^.;]{0,30}?(?:dipadam|dipadamkan|telah dipadam)(?![\p{L}])/u, "removed"],
  [
    /^[^.;]{0,40}?(?:belum wujud|tidak wujud|tiada dalam (?:repo|git)|sudah lama tiada)(?![\p{L}])/u,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:akan dicipta|akan ditulis|akan ditambah)(?![\p{L}])/u, "planned"],
  // Finnish: "X lisätään myöhemmin" (will be added later), "X luodaan" (will be created).
  [/^[^.;]{0,30}?(?:lisätään|luodaan|kirjoitetaan)(?: myöhemmin)?(?![\p{L}])/u, "planned"],
  // Hungarian: "X — törölve (#57)" (deleted), "X még NEM létezik" (does not exist yet), "X még
  // hiányzik" (is still missing), "(még nincs kész)" (not ready yet), "X-et még létre kell hozni"
  // (is still to be created).
  [
    /^[^.;]{0,30}?(?:törölve|törölték|töröltem|eltávolítva|eltávolították|átnevezve|átneveztük)(?![\p{L}])/u,
    "removed",
  ],
  [
    /^[^.;]{0,40}?(?:(?:még )?nem létezik|még hiányzik|még nincs (?:kész|meg|commitolva)|nincs meg sehol|nincs a (?:repóban|repóban)|csak a gépemen)(?![\p{L}])/u,
    "historical",
  ],
  [/^[^.;]{0,40}?(?:(?:még )?létre kell hozni|létrehozandó|el kell készíteni)(?![\p{L}])/u, "planned"],
  // Uzbek: "X o'chirildi" (was deleted), "X hali mavjud emas" (does not exist yet), "X repoda yo'q"
  // (not in the repository), "Akmal X ni yaratishini kuting" (wait for Akmal to create X).
  [
    /^[^.;]{0,30}?(?:o['ʻ’‘`]?chirildi|o['ʻ’‘`]?chirib tashlandi|olib tashlandi|nomi o['ʻ’‘`]?zgartirildi)(?![\p{L}])/u,
    "removed",
  ],
  [
    /^[^.;]{0,40}?(?:(?:hali )?mavjud emas|hali yo['ʻ’‘`]?q|repoda yo['ʻ’‘`]?q|faqat mening (?:kompyuterimda|noutbukimda))(?![\p{L}])/u,
    "historical",
  ],
  [
    /^[^.;]{0,40}?(?:yaratiladi|yoziladi|qo['ʻ’‘`]?shiladi|ni yaratishini kuting|ni yozishini kuting)(?![\p{L}])/u,
    "planned",
  ],
  // Basque: "X ezabatu egin zen" (was deleted), "X oraindik EZ dago biltegian" (is not in the
  // repository yet), "X (sortzeko dago)" (is to be created).
  [/^[^.;]{0,30}?(?:ezabatu (?:egin )?(?:zen|da|dut|genuen)|ezabatuta)(?![\p{L}])/u, "removed", ["ezabat"]],
  [
    /^[^.;]{0,40}?(?:(?:oraindik )?ez (?:dago|da existitzen) (?:biltegian|repoan|gitean)|(?:oraindik )?ez da existitzen|nire (?:makinan|ordenagailuan) bakarrik)(?![\p{L}])/u,
    "historical",
    ["ez d", "bakarrik"],
  ],
  [
    /^[^.;]{0,30}?(?:sortzeko (?:dago|dagoena)|sortuko da|idatziko da|gehituko da)(?![\p{L}])/u,
    "planned",
    ["sortzeko", "sortuko", "idatziko", "gehituko"],
  ],
  // Welsh: "Cafodd X ei ddileu" (X was deleted), "X (heb ei greu eto)" (not created yet).
  [
    /^[\s`'"*_]*(?:ei (?:ddileu|dileu|symud|ailenwi)|wedi (?:ei |cael ei )?(?:ddileu|dileu))(?![\p{L}])/u,
    "removed",
    ["dileu", "ddileu", "symud", "ailenwi"],
  ],
  [
    /^[^.;]{0,30}?(?:ddim yn bodoli(?: eto)?|heb ei (?:greu|ysgrifennu) eto|ddim yn y storfa)(?![\p{L}])/u,
    "historical",
    ["bodoli", "heb ei", "storfa"],
  ],
  // Marathi: "X … काढून टाकली" (removed), "X … अजून अस्तित्वात नाही" (does not exist yet),
  // "X (तयार करायची आहे)" (is to be made), "X तयार करणे" (to make).
  [/^[^.;।]{0,40}?(?:काढून टाकल[ीेा]|काढून टाकण्यात आल[ीेा]|हटवल[ीेा])/u, "removed"],
  [/^[^.;।]{0,40}?(?:(?:अजून |अद्याप )?अस्तित्वात नाही|(?:अजून |अद्याप )?बनलेली नाही|रेपोमध्ये नाही)/u, "historical"],
  [/^[^.;।]{0,30}?(?:तयार करायच[ीेा] आहे|तयार करणे|लिहिणे|जोडणे|लिहायच[ीेा] आहे)/u, "planned"],
  // Telugu: "X తొలగించాను" (I deleted), "X ఇంకా లేదు" (not there yet), "సృష్టించబడలేదు" (was not
  // created), "X ను తర్వాత రాస్తాం" (we will write it later).
  [/^[^.;।]{0,40}?(?:తొలగించాను|తొలగించాము|తొలగించబడింది|తీసివేశాను)/u, "removed"],
  [/^[^.;।]{0,40}?(?:ఇంకా లేదు|సృష్టించబడలేదు|ఉనికిలో లేదు|రిపోలో లేదు)/u, "historical"],
  [/^[^.;।]{0,40}?(?:రాస్తాం|రాస్తాను|సృష్టిస్తాం|సృష్టిస్తాను|జోడిస్తాం|జోడిస్తాను)/u, "planned"],
  // Swahili: "X ilifutwa kwenye PR #57" (was deleted), "X bado haijaandikwa" (not written yet), "X
  // haiko kwenye repo" (not in the repository), "X itaundwa" (will be created).
  [/^[^.;]{0,30}?(?:ilifutwa|imefutwa|iliondolewa|imeondolewa)(?![\p{L}])/u, "removed"],
  [
    /^[^.;]{0,40}?(?:(?:bado )?haija(?:andikwa|undwa|tengenezwa|ongezwa)|haipo(?: bado)?|haiko kwenye (?:repo|git))(?![\p{L}])/u,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:itaundwa|itaandikwa|itaongezwa)(?![\p{L}])/u, "planned"],
  // Georgian puts the verb after the name: "X წაიშალა #180-ში" (was deleted), "X მხოლოდ ჩემს
  // კომპიუტერზეა" (only on my computer), "X ჯერ არ არსებობს" (does not exist yet), "X შეიქმნება"
  // (will be created).
  [/^[^.;]{0,40}?(?:წაიშალა|წაშლილია|ამოღებულია|ამოიღეს|გადაერქვა)/u, "removed"],
  [
    /^[^.;]{0,40}?(?:მხოლოდ ჩემს (?:კომპიუტერზე|ლეპტოპზე|მანქანაზე)|ჯერ არ არსებობს|არ არსებობს|არასოდეს არსებობდა|რეპოში არ არის|არ არის რეპოში|არ არის დაკომიტებული)/u,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:შეიქმნება|დაიწერება|დაემატება)/u, "planned"],
  // Azerbaijani: "X silindi" (was deleted), "X (hələ yaradılmayıb)" (not created yet), "X hələ
  // yalnız mənim kompüterimdədir, repoda deyil" (only on my computer, not in the repository), "X
  // qovluğunda olacaq" (will be in folder X), "X skriptini əlavə etməyi düşünün" (consider adding).
  [
    /^[^.;]{0,40}?(?:silindi|silinib|silinmişdir|adı dəyişdirild?i(?:b)?)(?![\p{L}])/u,
    "removed",
    ["silin", "dəyiş"],
  ],
  [
    /^[^.;]{0,40}?(?:(?:hələ )?yaradılmayıb|(?:hələ )?mövcud deyil|repo(?:zitoriya)?da (?:deyil|yoxdur)|(?:hələ )?yalnız mənim (?:kompüterimdə(?:dir)?|noutbukumda(?:dır)?)|commit edilməyib)(?![\p{L}])/u,
    "historical",
    ["yaradılmayıb", "mövcud", "repoda", "repozitoriyada", "yalnız", "edilməyib"],
  ],
  [
    /^[^.;]{0,40}?(?:yaradılacaq|əlavə ediləcək|yazılacaq|olacaq|əlavə etməyi düşünün|yaratmağı düşünün)(?![\p{L}])/u,
    "planned",
    ["acaq", "əcək", "düşünün"],
  ],
  // Albanian: "X u fshi në #57" (was deleted), "X është ende vetëm në makinën time — nuk është në
  // repo" (still only on my machine, not in the repository), "X (do të krijohet)" (will be created).
  [
    /^[^.;]{0,40}?(?:u fshi|u fshinë|u hoq|u hoqën|u riemërtua|është fshirë|janë fshirë)(?![\p{L}])/u,
    "removed",
    ["fshi", "hoq", "riemërt"],
  ],
  [
    /^[^.;]{0,60}?(?:(?:është )?ende vetëm në (?:makinën|kompjuterin|laptopin) (?:time|tim)|nuk (?:është|ekziston)(?: ende| akoma)? në (?:repo|depo)|nuk ekziston(?: ende| akoma)?|ende nuk ekziston|nuk është bërë commit)(?![\p{L}])/u,
    "historical",
    ["vetëm", "nuk "],
  ],
  [
    /^[^.;]{0,40}?do të (?:krijohet|krijohen|shtohet|shtohen|shkruhet|shkruhen)(?![\p{L}])/u,
    "planned",
    ["do të"],
  ],
  // Afrikaans: "X is verwyder" (was removed), "X bestaan nog NIE" (does not exist yet), "X moet nog
  // geskep word" (is still to be created).
  [/^[^.;]{0,40}?(?:verwyder|geskrap|hernoem)(?![\p{L}])/u, "removed", ["verwyder", "geskrap", "hernoem"]],
  [
    /^[^.;]{0,40}?(?:bestaan (?:nog )?nie|is (?:nog )?nie in die (?:repo|bewaarplek) nie|net op my (?:masjien|rekenaar|skootrekenaar))(?![\p{L}])/u,
    "historical",
    ["bestaan", "nie in die", "net op my"],
  ],
  [
    /^[^.;]{0,40}?(?:moet nog (?:geskep|geskryf|bygevoeg) word|sal (?:later )?(?:geskep|geskryf|bygevoeg) word|word later (?:geskep|bygevoeg))(?![\p{L}])/u,
    "planned",
    ["geskep", "geskryf", "bygevoeg"],
  ],
  // Amharic puts the verb after the name: "X ተሰርዟል (#37)" (has been deleted), "X ገና የለም" (is not
  // there yet), "(ኮሚት አልተደረገም)" (not committed), "X ይፈጠራል" (will be created), "X ተፈጥሯል"
  // (has been created).
  [/^[^.;።]{0,40}?(?:ተሰርዟል|ተሰርዞአል|ተሰረዘ|ተወግዷል|ተወገደ)/u, "removed"],
  [/^[^.;።]{0,40}?(?:ገና የለም|የለም|ገና አልተፈጠረም|አልተፈጠረም|ኮሚት አልተደረገም|በማሽኔ ላይ ብቻ)/u, "historical"],
  [/^[^.;።]{0,30}?(?:ይፈጠራል|ይጻፋል|ይታከላል)/u, "planned"],
  [/^[^.;።(]{0,20}?(?:ተፈጥሯል|ተጽፏል|ታክሏል)/u, "created"],
  // Persian puts the verb after the name: "X را هفته‌ی بعد می‌نویسد" (writes X next week), "X
  // ساخته خواهد شد" (will be made).
  [
    /^[^.;،]{0,40}?(?:می ?نویس(?:د|م|یم|ند)|می ?ساز(?:د|م|یم|ند)|اضافه (?:می ?کن(?:د|م|یم|ند)|خواهد شد|خواهیم کرد)|خواهد نوشت|خواهیم نوشت|(?:ساخته|نوشته|ایجاد) خواهد شد)/u,
    "planned",
    ["می", "خواه"],
  ],
  // The verb after the name, where English puts it before: "X پڑھیں" (read X), "X देखें" (see X),
  // "X படிக்கவும்" (read X). The reader relies on X, as after "read" or "see".
  [/^[^.;۔।]{0,30}?(?:پڑھیں|دیکھیں|چلائیں|पढ़ें|देखें|चलाएं|चलाएँ|படிக்கவும்|பார்க்கவும்)(?![\p{L}\p{M}])/u, "exists"],
];

/**
 * Every cue of MORE_AFTER holds a letter beyond ASCII or one of these words (Dutch, Indonesian,
 * Swedish, Czech, French, German): a text with neither skips MORE_AFTER. A new ASCII-only cue
 * needs its word here.
 */
export const MORE_LATIN_WORDS =
  /veel loomata|veel kirjutamata|veel lisamata|lisamist|loomist|ezabat|ez dago|ez da existitzen|bakarrik|sortzeko|sortuko|idatziko|gehituko|dileu|ddileu|symud|ailenwi|bodoli|heb ei|storfa|silindi|silinib|olacaq|repoda deyil|repoda yoxdur|repozitoriyada|fshi|u hoq|ekziston|verwyder|geskrap|hernoem|bestaan|nie in die|net op my|geskep|geskryf|bygevoeg|dipadam|wujud|tiada dalam|sudah lama tiada|akan dicipta|akan ditulis|akan ditambah|luodaan|kirjoitetaan|chirildi|tashlandi|zgartirildi|mavjud emas|yo'q|yoziladi|yaratil|yaratishini|yozishini|shiladi|futwa|ondolewa|haija|haipo|haiko|itaundwa|itaandikwa|itaongezwa|var eytt|ekki til|ainult|preimenovan|len na |tikai |zmazan|vymazan|kustutat|eemaldat|olemas|repos |kunagi|odstranjen|izbrisan|bo dodan|bodo dodan|bo ustvarjen|bo napisan|ni v |obstaja|nie je|nie sú|nav |necommitot|neeksist|tiks |obrisan|izbrisan|uklonjen|obrisao|obrisala|ne postoji|nije u |nije komit|nije commit|nije push|nije gurnut|samo na |samo kod |treba |biće|binura|tinanggal|inalis|dinelete|na-delete|nadelete|nasa laptop|nasa makina|nasa computer|nasa pc|hindi pa|wala pa|gagawin|idadagdag|isusulat|gagawa|verwijder|weggehaal|geschrap|bestaa|hernoem|verplaats|niet|alleen|gepland|wordt|nog |moet|dihapus|terhapus|dibuang|wujud|tidak|belum|hanya|akan|perlu|harus|neexist|necommit|smazal|odstranil|togs|finns|bara|inte|incheck|ska |kommer|skapa|skriver|raderad|borttag|uniquement|seulement|pas encore|existe|nur |noch|slettet|fjernet|flyttet|findes|finnes|oprettes|opprettes|laves|lages|skrives|committet|lokalt|sters|stears|eliminat|mutat|redenumit|nu exist|nu e |nu este|commitat|doar |de creat|va fi|vor fi|trebuie|stash|poistet|poistui|nimettiin|siirrettiin|ei ole|commitoi|vain |luodaan|kirjoitetaan|tehdään|repozitorij|kompiuteryje|nekomit|nesukurt|sukurt|pervadint/;

/**
 * A verb right before a mention, with at most two short words between, and perhaps one name
 * joined to this one ("am șters `src/App.css` și `src/index.css`").
 */
const TAIL_GAP = "(?:\\s+`[^`\\n]{1,120}`[,;]?)?(?:\\s+[^\\s`'\"]{1,12}){0,2}\\s*[`'\"*_(«]*$";
const MORE_MADE = new RegExp(
  `(?:^|[^\\p{L}])(?:aangemaakt|toegevoegd|geschreven|đã tạo(?: mới)?|đã thêm|đã viết|створив|створила|створено|додав|додала|додано|написав|написала|написано|أنشأت|تم إنشاء|أضفت|تمت إضافة|كتبت|ساختم|ایجاد کردم|اضافه کردم|نوشتم|vytvořil[ai]?|přidal[ai]?|napsal[ai]?|vytvořeno|přidáno|skapade|lade till|la till|skrev|driftsatte?|deployade|ו?(?:נוצר(?:ה|ו)?|יצרתי|יצרנו|נוסף|נוספה|נוספו|הוספתי|הוספנו|נכתב(?:ה|ו)?|כתבתי|עודכן|עודכנה|עדכנתי)|δημιουργηθηκ(?:ε|αν)|δημιουργησα|δημιουργησαμε|προστεθηκ(?:ε|αν)|προσθεσα|γραφτηκ(?:ε|αν)|εγραψα|ενημερωθηκ(?:ε|αν)|ενημερωσα|oprettede|opprettet|oprettet|tilføjede|tilføjet|lagt til|am creat|creat|am ad[ăa]ugat|ad[ăa]ugat|am scris)${TAIL_GAP}`,
  "u",
);
const MORE_PLAN = new RegExp(
  `(?:^|[^\\p{L}])(?:maak(?! gebruik)|schrijf|overweeg(?: om)?|implementeer|buatkan|buatlah|tambahkan|pertimbangkan(?: untuk)?|akan (?:membuat|menambahkan|menulis)|perlu (?:membuat|menambahkan)|tạo|(?<!xem )thêm|viết|cân nhắc(?: việc)?(?: thêm| tạo| viết)?|sẽ (?:tạo|thêm|viết)|cần (?:tạo|thêm|viết)|створити|додати|написати|розглянути|варто додати|треба додати|потрібно додати|أنشئ|أضف|اكتب|إنشاء|إضافة|يجب إنشاء|سيتم إنشاء|سيتم إضافة|ستضاف|سيضاف|ستنشأ|سينشأ|فكر في إضافة|ساختن|بساز|ایجاد|اضافه کن|اضافه کردن|نوشتن|vytvořit|přidat|napsat|zvážit|skapa|lägg till|skriv|överväg(?: att)?(?: lägga till| skapa)?|(?:צריך )?(?:ליצור|לכתוב|להוסיף)|ניצור|אצור|δημιουργια|να (?:δημιουργησ|γραψ|προσθεσ)\\p{L}*|δημιουργησε|γραψε|προσθεσε|θα (?:γραφτει|δημιουργηθει|προστεθει|γραψω|δημιουργησω|φτιαξω)|opret|opprett|tilføj|legg til|de creat|creeaz[ăa]|adaug[ăa]|trebuie s[ăa] (?:creez|scriu|adaug)|สร้าง|เขียน|เพิ่ม)${TAIL_GAP}`,
  "u",
);
/** "Buat file `X`", "- Buat `X`": "buat" opens an item as "make"; elsewhere it is often "for". */
const MORE_PLAN_ITEM = /(?:^|[-*\]]\s+|\d+\.\s+)buat(?:\s+(?:file|berkas|folder))?\s*[`'"*_(]*$/u;
/** Romanian "Pe viitor vom adăuga `X`" (in future we will add X). */
const ROMANIAN_PLAN = /(?:^|\s)vom\s+(?:adăuga|crea|scrie|face)\s*[`'"*_(„]*$/u;
/** Finnish "- [ ] Luo `X`" (create X), "Lisätään myöhemmin `X`" (X will be added later). */
const FINNISH_PLAN =
  /(?:(?:^|[-*\]]\s+|\d+\.\s+)(?:luo|lisää|kirjoita)(?:\s+(?:tiedosto|kansio))?|(?:^|\s)(?:lisätään|luodaan|kirjoitetaan)(?:\s+myöhemmin)?)\s*[`'"*_(]*$/u;
const MORE_GONE =
  /(?:^|[^\p{L}])(?:حذف|تم حذف|حذفت|أزيل|أزلت|تمت إزالة|أعيدت تسمية|إعادة تسمية|غيرت اسم|تغيير اسم)\s*(?:الملف|المجلد)?\s*[`'"*_(«]*$|(?:^|[^\p{L}])(?:ו?(?:נמחק(?:ה|ו)?|מחקתי|הוסר(?:ה|ו)?|הסרתי)|αφαιρεθηκ(?:ε|αν)|αφαιρεσα|διαγραφηκ(?:ε|αν)|διεγραψα|σβησα|slettede|slet|slett|fjernede|fjern|am [șs]ters|am eliminat|am mutat|poistin|ลบ(?:ไฟล์)?)(?:\s+`[^`\n]{1,120}`[,;]?)?(?:\s+[^\s`'"]{1,12}){0,2}\s*[`'"*_(«]*$/u;

/** Stems of every verb above: most mentions have none of them near, and skip the regexes. */
const MORE_STEMS =
  /lisame|loome|kirjutame|bjó til|bjuggum|skrifa|bætt|búa til|izmijenjen|izmenjen|kreiran|napravljen|stvoren|ažuriran|azuriran|sukurtas|sukurta|pridėta|parašyta|atnaujinta|pakeista|nimeandika|nimeunda|nimeongeza|nimebadilisha|tumeandika|tumeunda|tumeongeza|tumebadilisha|shtova|krijova|shkrova|krijo|shto|shkruaj|do ta |do të |skep|skryf|voeg by|vom |luo|lisää|kirjoit|lisätään|razmisli|premisli|zmazal|odstránil|pridal|vytvoril|napísa|upravil|treba|potrebné|musíme|zatiaľ|zvážiť|izdzēs|noņēm|izveido|pievieno|uzrakst|apsvērt|jāizveido|jāpievieno|doda|utworz|stworz|napisa|zmieni|usun|skasow|wdroż|nie ma|brak|dodao|dodala|napravio|napravila|napisao|napisala|kreirao|kreirala|napravit|napisat|dodati|kreirati|napravi|obrisa|ukloni|додао|направио|направити|обрисати|ginawa|gumawa|sinulat|dinagdag|nagdagdag|naka-|na-|binura|tinanggal|inalis|dinelete|gagawin|gagawa|balak|gawin|idagdag|idadagdag|kailangan|wala|aangem|toegev|geschr|maak|schrijf|overweeg|implementeer|buat|tambah|pertimbang|akan |perlu |tạo|(?<!xem )thêm|viết|cân nhắc|sẽ |cần |створ|дода|напис|розгляну|варто|треба|потрібно|vytvoř|přid|napsa|zváž|skapa|lade|la till|lägg|skr[ie]v|överväg|driftsat|deployade|opret|opprett|tilføj|lagt til|legg til|slet|fjern|creat|ad[ăa]ug|scris|creeaz|trebuie|[șs]ters|eliminat|mutat|добавих|създадох|написах|направих|изтри|премахна|премест|преименув|ползвахме|използвахме|създаде|добави|напиши|ištryn|pašalin|sukūr|pridėj|parašiau|parašėme|sukurti|pridėti|parašyti|[\u0600-\u06ff\u0590-\u05ff\u0370-\u03ff\u0e00-\u0e7f]/;

export function moreVerbCue(before: string): VerbCue | null {
  let tail = before.slice(-60);
  if (!MORE_STEMS.test(tail)) return null;
  tail = plainArabic(tail);
  const clean = (s: string) => s.replace(/^[^\p{L}]+|[\s`'"*_(«]+$/gu, "");
  const gone = MORE_GONE.exec(tail);
  if (gone) return { intent: "removed", weak: false, word: clean(gone[0]) };
  const made = MORE_MADE.exec(tail);
  if (made) return { intent: "created", weak: false, word: clean(made[0]) };
  const plan =
    MORE_PLAN.exec(tail) ?? MORE_PLAN_ITEM.exec(tail) ?? FINNISH_PLAN.exec(tail) ?? ROMANIAN_PLAN.exec(tail);
  if (plan) return { intent: "planned", weak: false, word: clean(plan[0]) };
  return (
    firstCue(POLISH_BEFORE, tail, clean) ??
    firstCue(SERBIAN_BEFORE, tail, clean) ??
    firstCue(TAGALOG_BEFORE, tail, clean) ??
    firstCue(BULGARIAN_BEFORE, tail, clean) ??
    firstCue(LITHUANIAN_BEFORE, tail, clean) ??
    firstCue(SLOVAK_LATVIAN_BEFORE, tail, clean) ??
    firstCue(ALBANIAN_AFRIKAANS_BEFORE, tail, clean) ??
    firstCue(SWAHILI_BEFORE, tail, clean) ??
    firstCue(ICELANDIC_BEFORE, tail, clean) ??
    firstCue(ESTONIAN_BEFORE, tail, clean)
  );
}

/**
 * Albanian "- [ ] Krijo `X`" (create X), "Do ta shkruajmë `X`" (we will write X), "Shtova `X`" (I
 * added X); Afrikaans "- [ ] Skep `X`" (create X), "Ek het `X` geskep" reads after the name.
 */
const ALBANIAN_AFRIKAANS_BEFORE: [RegExp, Intent][] = [
  [/(?:^|\s)(?:shtova|krijova|shkrova)(?:\s+(?:skedarin|skriptin))?\s*[`'"*_(„]*$/u, "created"],
  [
    /(?:(?:^|[-*\]]\s+|\d+\.\s+)(?:krijo|shto|shkruaj|skep|skryf|voeg by)(?:\s+(?:skedarin|skriptin|die lêer|lêer))?|(?:^|\s)do (?:ta|të) (?:shkruajmë|krijojmë|shtojmë|shkruaj|krijoj|shtoj))\s*[`'"*_(„]*$/u,
    "planned",
  ],
];

/** The first of `cues` that matches the end of `tail`, as a verb cue. */
function firstCue(
  cues: readonly [RegExp, Intent][],
  tail: string,
  clean: (s: string) => string,
): VerbCue | null {
  for (const [re, intent] of cues) {
    const m = re.exec(tail);
    if (m) return { intent, weak: false, word: clean(m[0]) };
  }
  return null;
}

/** Polish verbs right before a mention: "Dodałem X", "Usunąłem X", "Trzeba dodać X", "Nie ma jeszcze pliku X". */
const POLISH_BEFORE: [RegExp, Intent][] = [
  [
    /(?:^|[^\p{L}])(?:usunąłem|usunęłam|usunęliśmy|skasowałem|skasowałam|usunięto)(?:\s+(?:plik|katalog))?\s*[`'"*_(„«]*$/u,
    "removed",
  ],
  [
    /(?:^|[^\p{L}])(?:dodałem|dodałam|dodaliśmy|utworzyłem|utworzyłam|stworzyłem|stworzyłam|napisałem|napisałam|zmieniłem|zmieniłam|wdrożyłem|wdrożyłam|dodano|utworzono)(?:\s+(?:plik|nowy|nową|też|także))?\s*[`'"*_(„«]*$/u,
    "created",
  ],
  [
    /(?:^|[^\p{L}])(?:(?:trzeba|należy|musimy) (?:jeszcze )?)?(?:dodać|utworzyć|stworzyć|napisać)(?:\s+(?:plik|nowy|nową))?\s*[`'"*_(„«]*$/u,
    "planned",
  ],
  [
    /(?:^|[^\p{L}])(?:nie ma (?:jeszcze )?(?:pliku|katalogu)?|brak (?:jeszcze )?(?:pliku|katalogu)?)\s*[`'"*_(„«]*$/u,
    "historical",
  ],
];

/**
 * Serbian, Croatian and Bosnian (Latin and Cyrillic) verbs right before a mention: "Dodao sam X",
 * "napravila sam X", "[x] Obrisati X" (to delete), "Napraviti X", "Kad napraviš X".
 */
const SERBIAN_BEFORE: [RegExp, Intent][] = [
  [
    /(?:^|[^\p{L}])(?:obrisao sam|obrisala sam|obrisali smo|uklonio sam|uklonila sam|obrisati|ukloniti|izbrisati|обрисао сам|обрисати)(?:\s+(?:fajl|datoteku|folder))?\s*[`'"*_(«]*$/u,
    "removed",
  ],
  [
    /(?:^|[^\p{L}])(?:dodao sam|dodala sam|dodali smo|napravio sam|napravila sam|napravili smo|napisao sam|napisala sam|kreirao sam|kreirala sam|додао сам|направио сам|написао сам|(?<=^\W*)(?:dodan|izmijenjen|izmenjen|kreiran|napravljen|napisan|stvoren|ažuriran|azuriran)[aoi]?)(?:\s+(?:i|fajl|datoteku|novi|novu))*\s*[`'"*_(«]*$/u,
    "created",
  ],
  [
    /(?:^|[^\p{L}])(?:(?:kad|kada) (?:napraviš|napravis|dodaš|dodas|napišeš|napises)|(?:bomo|bom|bova) (?:dodali|dodal|dodala|ustvarili|ustvaril|napisali|napisal)(?: še)?|napraviti|napisati|dodati|kreirati|направити|написати|додати)(?:\s+(?:i|fajl|datoteku|novi|novu))*\s*[`'"*_(«]*$/u,
    "planned",
  ],
];

/**
 * Bulgarian verbs right before a mention: "Добавих X" (I added), "Изтрит в #88: X" (deleted),
 * "Преди Prisma ползвахме X" (we used to use), "Да се създаде X" (to be created). Russian's forms
 * ("добавил", "создать") are read in languages.ts.
 */
/** Estonian verbs before a mention: "Järgmises etapis lisame `X`" (next we add X), "Loome `X`". */
const ESTONIAN_BEFORE: [RegExp, Intent][] = [
  [/(?:^|[^\p{L}])(?:lisame|loome|kirjutame)(?:\s+(?:ka|veel))?\s*[`'"*_(„]*$/u, "planned"],
];

/** Icelandic verbs before a mention: "Bjó til `X`" (made X), "Skrifaði `X`" (wrote X), "Búa til `X`" (make X). */
const ICELANDIC_BEFORE: [RegExp, Intent][] = [
  [/(?:^|[^\p{L}])(?:bjó til|bjuggum til|skrifaði|skrifuðum|bætti við|bættum við)\s*[`'"*_(„]*$/u, "created"],
  [/(?:^|[-*\]]\s+)(?:búa til|skrifa|bæta við)\s*[`'"*_(„]*$/u, "planned"],
];

/** Swahili verbs before a mention: "Nimeandika `X`" (I have written), "Tumeongeza `X`" (we have added). */
const SWAHILI_BEFORE: [RegExp, Intent][] = [
  [
    /(?:^|[^\p{L}])(?:nimeandika|nimeunda|nimeongeza|nimebadilisha|tumeandika|tumeunda|tumeongeza|tumebadilisha)(?:\s+(?:faili|folda))?\s*[`'"*_(„«]*$/u,
    "created",
  ],
];

/** Lithuanian verbs before a mention: "Sukurti X" (to create), "Sukūriau X", "Pridėjau X", "Ištryniau X". */
const LITHUANIAN_BEFORE: [RegExp, Intent][] = [
  [/(?:^|[^\p{L}])(?:ištryniau|ištrynėme|pašalinau|pašalinome)\s*[`'"*_(„«]*$/u, "removed"],
  [
    /(?:^|[^\p{L}])(?:sukūriau|sukūrėme|pridėjau|pridėjome|parašiau|parašėme)(?:\s+(?:naują|failą))?\s*[`'"*_(„«]*$/u,
    "created",
  ],
  // "- [x] Sukurtas `X`", "Pridėtas maršrutas `X`" (created, added a route): a participle opening the line.
  [/^\W*(?:sukurt|pridėt|parašyt|atnaujint|pakeist)(?:as|a|i|os)(?:\s+[\p{L}]+)?\s*[`'"*_(„«]*$/u, "created"],
  [/(?:^|[^\p{L}])(?:sukurti|pridėti|parašyti)(?:\s+(?:naują|failą))?\s*[`'"*_(„«]*$/u, "planned"],
];

/**
 * Slovak and Latvian verbs before a mention: "Pridal som X" (I added), "Zmazal som X", "Treba
 * napísať X" (X is to be written), "Zatiaľ nie: X" (not yet); "Izveidoju X" (I created), "Izdzēsu X",
 * "Izveidot X" (to create), "Apsvērt X" (to consider).
 */
const SLOVAK_LATVIAN_BEFORE: [RegExp, Intent][] = [
  [
    /(?:^|[^\p{L}])(?:zmazal[ai]? som|odstránil[ai]? som|zmazali sme|odstránili sme|izdzēsu|izdzēsām|noņēmu)\s*[`'"*_(„«]*$/u,
    "removed",
  ],
  [
    /(?:^|[^\p{L}])(?:pridal[ai]? som|vytvoril[ai]? som|napísal[ai]? som|upravil[ai]? som|pridali sme|vytvorili sme|napísali sme|izveidoju|izveidojām|pievienoju|pievienojām|uzrakstīju|uzrakstījām)(?:\s+(?:nový|novú|súbor|jaunu|failu))?\s*[`'"*_(„«]*$/u,
    "created",
  ],
  [
    /(?:^|[^\p{L}])(?:(?:treba|je potrebné|musíme) (?:ešte )?(?:napísať|vytvoriť|pridať|doplniť)|zatiaľ nie:?|zvážiť(?: pridanie)?|razmisli o|premisli o|izveidot|pievienot|uzrakstīt|apsvērt|jāizveido|jāpievieno)(?:\s+(?:nový|novú|súbor|jaunu|failu))?\s*[`'"*_(„«]*$/u,
    "planned",
  ],
];

const BULGARIAN_BEFORE: [RegExp, Intent][] = [
  [
    /(?:^|[^\p{L}])(?:изтрих|изтрихме|премахнах|премахнахме|изтрит[аио]?|премахнат[аио]?|преместих|преименувах)(?:\s+[^\s`'"]{1,12}){0,2}\s*[`'"*_(„«]*$/u,
    "removed",
  ],
  [/(?:^|[^\p{L}])(?:ползвахме|използвахме|ползвах|използвах)\s*[`'"*_(„«]*$/u, "historical"],
  [
    /(?:^|[^\p{L}])(?:добавих|добавихме|създадох|създадохме|написах|написахме|направих|направихме)(?:\s+(?:и|нов|нова|ново|файла|файл))*\s*[`'"*_(„«]*$/u,
    "created",
  ],
  [
    /(?:^|[^\p{L}])(?:да (?:се )?(?:създаде|добави|напише)|създай|добави|напиши)(?:\s+(?:нов|нова|ново|файл|файла))?\s*[`'"*_(„«]*$/u,
    "planned",
  ],
];

/**
 * Tagalog (and Taglish) verbs before a mention, with the particles that follow them ("Ginawa ko na
 * rin yung X", "Naka-commit na yung X", "binura ko yung X", "Gagawin pa lang yung X", "Balak
 * naming idagdag yung X", "Walang X"). A verb after "hindi" ("hindi pa naka-push") is negated.
 */
const TL_PARTICLES =
  "(?:\\s+(?:na|pa|lang|rin|din|ko|namin|natin|yung|ung|'yung|yong|'yong|ang|ng|sa|mo))*\\s*[`'\"*_(«]*$";
const TAGALOG_BEFORE: [RegExp, Intent][] = [
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?:binura|tinanggal|inalis|dinelete|na-?delete)(?:\\s+(?:ko|namin|natin|na|rin|din))+${TL_PARTICLES}`,
      "u",
    ),
    "removed",
  ],
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?<!hindi (?:pa )?|di (?:pa )?)(?:ginawa (?:ko|namin|natin)|gumawa (?:ako|kami|tayo)|(?:i)?sinulat (?:ko|namin)|(?:i)?dinagdag (?:ko|namin)|nagdagdag (?:ako|kami)|naka-?commit|na-?commit (?:ko|namin)|na-?deploy|naka-?deploy|na-?push (?:ko|namin)|naka-?push|(?:na|ni)-?create (?:ko|namin))${TL_PARTICLES}`,
      "u",
    ),
    "created",
  ],
  [
    new RegExp(
      `(?:^|[^\\p{L}])(?:gagawin|gagawa (?:ako|kami|tayo)|balak (?:kong|naming|nating|ko|namin|natin) (?:idagdag|gawin|isulat|gumawa|i-?add|i-?create)|kailangan (?:pang |pa )?(?:gawin|idagdag|isulat|i-?create|i-?add)|idadagdag|gawin|idagdag|i-?create)${TL_PARTICLES}`,
      "u",
    ),
    "planned",
  ],
  [
    /(?:^|[^\p{L}])(?:walang|wala pang|(?:wala pa sa (?:repo|git)|hindi pa (?:naka-?|na-?)(?:push|commit)(?:\s+(?:ko|namin))?)(?:\s+(?:yung|ang|ung))?)\s*[`'"*_(«]*$/u,
    "historical",
  ],
];

/**
 * The time before a migration, and "earlier this was": "Sebelum migrasi ke echo, router ada di X",
 * "قبل الانتقال إلى Riverpod كان المنطق في X", "पहले यह X में था".
 */
export const MORE_EARLIER =
  /(?:^|\s)ยังไม่มี\s*[`'"*_]*$|(?:(?:^|\s)(?:toate\s+)?predările\s+(?:vechi|anterioare)\s+(?:spun|zic|cer)(?![\p{L}])[^.;]*$|(?:^|\s)(?:semua\s+)?serahan\s+(?:lama|sebelum(?:nya|\s+ini)?)\s+(?:kata|menyatakan|sebut|suruh)(?![\p{L}])[^.;]*$|(?:^|\s)oldingi\s+(?:barcha\s+)?(?:handoff|hujjat|eslatma)\S*\s*[`'"]*$|(?:^|[\s(])nincs(?:en)?\s*[`'"]*$|(?:^|\s)(?:ყველა\s+)?(?:წინა|ძველ(?:ი|ს|მა)?)\s+(?:გადაცემაში|გადაცემებში|ჰენდოფში|ჰენდოფებში|დოკუმენტში|ჩანაწერებში)[^.;]{0,40}?(?:წერია|ამბობს|ამბობენ)[^.;]*$|(?:^|\s)(?:það er (?:engin|enginn|ekkert)|notuðum við|við notuðum)\s*[`'"]*$|(?:^|\s)(?:iga|kõik|eelmine|eelmised|vana)\s+(?:üleandmine|üleandmised|dokument|märkmed)(?![\p{L}])[^.;]{0,40}?(?:ütleb|ütlevad|väidab|väidavad)(?![\p{L}])[^.;]*$|(?:^|\s)v\s+(?:vsaki|vseh|prejšnji|stari)\s+(?:predaji|predajah|dokumentu|zapiskih)(?![\p{L}])[^.;]{0,40}?(?:piše|pravi|trdi)(?![\p{L}])[^.;]*$|(?:^|\s)pred\s+prehodom\s+na\s[^.;]*$|(?:^|\s)(?:барлық\s+)?(?:алдыңғы|бұрынғы|ескі)\s+(?:хэндофф|хендофф|құжат|жазба)\S*\s*[`'"]*$|(?:^|\s)(?:staré|staršie|predchádzajúce|pôvodné|iné)\s+(?:odovzdanie|odovzdania|poznámky|dokument|tiket|tikety)\s+(?:tvrdí|tvrdia|hovorí|hovoria|uvádza|uvádzajú)(?![\p{L}])[^.;]*$|(?:^|\s)(?:پچھلے|پرانے|پچھلی|پرانی)\s+(?:ہینڈ ?آف|نوٹ|نوٹس|دستاویز|رپورٹ)\s+(?:کے|کی)\s+مطابق\s*[`'"]*$|\bsebelum (?:migrasi|pindah|beralih)|\bv[oó]{1,2}r de (?:migratie|overstap|verhuizing)|\btrước khi (?:chuyển|di chuyển|migrate)|до (?:переходу|міграції)|माइग्रेशन से पहले|قبل (?:الانتقال|الترحيل|النقل))[^.;]*$|(?:पहले (?:यह|ये|वह)|\((?:vroeger|voorheen|sebelumnya|dulu|trước đây|раніше|पहले|سابقا|dříve|tidigare))\s*[`'"]*$|(?:فقط روی (?:سیستم|لپ تاپ) من|jen na mém počítači|bara på min dator)[^.;]*$/u;

/** "Not started", "in progress" in these languages, in a status cell. */
export const MORE_NOT_STARTED =
  /nepradėta|nepradėtas|vykdoma|başlanmayıb|başlanmamış|davam edir|pa filluar|nuk ka filluar|në progres|nie begin nie|شروع نشده|alustamata|ni začeto|v teku|sẽ thêm|sẽ tạo|sẽ viết|sẽ bổ sung|akan dibuat|akan ditambahkan|chưa làm|đang làm|nie rozpoczęte|nierozpoczęte|nie rozpoczęto|w trakcie|w toku|nije započeto|nije zapoceto|u toku|nije počelo|nezahájeno|nezačato|rozpracováno|probíhá|ej påbörjad|inte påbörjad|pågår|شروع نشده|در حال انجام|niet gestart|nog niet begonnen|niet begonnen|in uitvoering|belum dimulai|sedang dikerjakan|dalam pengerjaan|chưa bắt đầu|đang làm|đang thực hiện|не розпочато|не почато|в роботі|у роботі|शुरू नहीं|प्रगति में|जारी है|لم يبدأ|قيد التنفيذ|قيد العمل|לא התחיל|טרם התחיל|בתהליך|בעבודה|δεν ξεκινησε|σε εξελιξη|σε αναμονη|i gang|ikke (?:startet|påbegyndt|begynt)|under arbejde|under arbeid|[îi]n lucru|[îi]n curs|ne[îi]nceput|nu a [îi]nceput|ยังไม่เริ่ม|กำลังทำ|kesken|ei aloitettu|no començat|en curs|belum mula|belum bermula|sedang dibuat/;

/** A move or rename: "hernoemd", "diganti nama", "đổi tên", "перейменовано", "नाम बदला", "أعيدت تسمية". */
export const MORE_MOVED =
  /preimenovan|premešten|premješten|преименован|премештен|hernoemd|verplaatst|naam gewijzigd|diganti nama|ganti nama|dipindah|đổi tên|di chuyển|перейменов|переміщен|перенесен|नाम बदल|أعيدت تسمية|اعيدت تسمية|إعادة (?:ال)?تسمية|تغيير (?:ال)?اسم|نقلت|تغییر نام|přejmenov|přesunut|bytt namn|namnbyte|flyttad|שיניתי (?:את ה)?שם|שונה (?:ה)?שם|שינוי שם|הועבר|העברתי|μετονομασ|μετονομαστηκ|μετακινηθηκ|μετακινησα|omdøbt|omdøpt|flyttet|redenumit|mutat|ย้าย|รวมไฟล์|เปลี่ยนชื่อ|নাম বদল|নাম পরিবর্তন|স্থানান্তর|премест|преименув/;

/** Headings over what was deleted: "Verwijderd", "Dihapus", "Đã xoá", "Видалено", "हटाई गई फ़ाइलें", "ملفات حذفت". */
export const MORE_REMOVED_HEADING =
  /^\W*fjarlægt(?: og endurnefnt)?\W*$|silinmiş fayllar|ezabatutakoak|ezabatutako fitxategiak|ffeiliau a (?:ddilëwyd|ddilewyd)|काढून टाकलेल्या फाइल्स|తొలగించినవి|తొలగించిన ఫైళ్లు|^\W*(?:pašalinta|pašalinti(?: failai)?|ištrinta|ištrinti failai)\W*$|^\W*삭제(?:한 파일|된 파일)?\s*(?:[/·,]|$)|(?:^|[^\p{L}])(?:usunięt[yaeo]|usunięte pliki|skasowan[yaeo])(?![\p{L}])|(?:^|[^\p{L}])(?:изтрит[аио]?|изтрити(?: файлове)?|премахнат[аио]?)(?![\p{L}])|(?:^|[^\p{L}])(?:obrisan[aoie]?|izbrisan[aoie]?|uklonjen[aoie]?|обрисан[аоие]?|уклоњен[аоие]?)(?![\p{L}])|(?:^|[^\p{L}])(?:binura|mga binura|tinanggal|mga tinanggal|inalis)(?![\p{L}])|^\W*(?:verwijderd(?:e bestanden)?|dihapus|(?:file|berkas) yang dihapus|đã x(?:oá|óa)|(?:các )?(?:file|tệp) đã x(?:oá|óa)|видалено|видалені(?: файли)?|вилучено)(?![\p{L}])[^.]{0,30}$|हटाई गई (?:फ़ाइलें|फाइलें)|हटाए गए|ملفات (?:حذفت|محذوفة)|الملفات المحذوفة|حذف شده|消したファイル|削除したファイル|删除的文件|已删除的文件|삭제한 파일|삭제된 파일|^\W*(?:smazáno|smazané soubory|odstraněno|borttaget|borttagna filer|raderade filer)(?![\p{L}])|קבצים שנמחקו|^\W*נמחקו|αρχεια που (?:διαγραφηκαν|αφαιρεθηκαν)|^\W*(?:διαγραφηκαν|αφαιρεθηκαν)|^\W*(?:slettet|slettede filer|fjernet)\W*$|ce am [șs]ters|fi[șs]iere [șs]terse|poistetut tiedostot|^\W*poistettu/u;

/** Headings over what was made or changed: "Nieuwe bestanden", "File baru", "Các file mới", "Змінені файли", "नई फ़ाइलें", "ملفات جديدة". */
export const MORE_CREATED_HEADING =
  /^\W*(?:búið til|breytt|breytingar)\W*$|yaradılmış fayllar|dəyişdirilmiş fayllar|əlavə edilmiş fayllar|sortutako fitxategiak|aldatutako fitxategiak|ffeiliau a (?:grëwyd|grewyd|newidiwyd)|तयार केलेल्या फाइल्स|बदललेल्या फाइल्स|నవీకరించిన ఫైళ్లు|సృష్టించిన ఫైళ్లు|మార్చిన ఫైళ్లు|faili nilizo(?:unda|badilisha|ongeza|andika)|^\W*(?:nimefanya|tumefanya|kilichofanyika)(?![a-z])|(?:sukurti|pakeisti|nauji|atnaujinti|pridėti) failai|kas padaryta|የተፈጠሩ ፋይሎች|የተቀየሩ ፋይሎች|fail (?:yang )?(?:telah )?dicipta|fail baharu|létrehozott fájlok|módosított fájlok|yaratilgan fayllar|o['ʻ’‘`]?zgartirilgan fayllar|faili zilizo(?:undwa|badilishwa|ongezwa)|skrár sem voru búnar til|ստեղծված ֆայլեր|loodud failid|muudetud failid|ustvarjene datoteke|spremenjene datoteke|жасалған файлдар|құрылған файлдар|өзгертілген файлдар|izveidotie faili|mainītie faili|jaunie faili|vytvorené súbory|upravené súbory|nové súbory|بنائی گئی فائلیں|نئی فائلیں|உருவாக்கப்பட்ட கோப்புகள்|(?<!안 |않은 )(?:만든|생성한|생성된|추가한|수정한|변경한) 파일|(?:^|[^a-ząćęłńóśźż])(?:dodałem|dodałam|dodaliśmy|co (?:zrobiłem|zrobiłam|zrobiliśmy|jest zrobione|zostało zrobione))(?![a-ząćęłńóśźż])|(?:napravljen[aieo]|nov[aie]|izmenjen[aieo]|izmijenjen[aieo]|promenjen[aieo]|dodat[aieo]|kreiran[aieo]|stvoren[aie]) (?:fajlovi|datoteke|fajla)|(?:šta|sta) je (?:urađeno|uradjeno|napravljeno)|(?:šta|sta) postoji|направљени фајлови|нови фајлови|измењени фајлови|шта је урађено|(?:^|[^a-z])(?:ginawa ko|ginawa namin|mga ginawa|files? na ginawa|binago ko|binago namin|mga binago|ano na ang meron|mga bagong files?)(?![a-z])|(?:nieuwe|gewijzigde|aangemaakte|toegevoegde|aangepaste) bestanden|(?:file|berkas) (?:baru|yang (?:dibuat|diubah|ditambahkan))|(?:file|tệp) (?:mới|đã tạo|đã thay đổi|đã sửa)|(?:нові|змінені|створені|додані) файли|(?:नई|बनाई गई|बदली गई) (?:फ़ाइलें|फाइलें)|ملفات جديدة|الملفات الجديدة|ملفات (?:معدلة|أنشئت|تم إنشاؤها)|الملفات المعدلة|فایل های (?:جدید|ساخته شده|تغییر یافته)|ce qui a été fait|travail (?:effectué|réalisé)|^\W*(?:réalisé|fait|erledigt|umgesetzt|hecho|feito|fatto)\W*$|was (?:ich|wir) gemacht (?:habe|haben)|was wurde gemacht|lo que se hizo|o que foi feito|cosa è stato fatto|(?:nové|vytvořené|změněné) soubory|(?:nya|skapade|ändrade) filer|מה נעשה|קבצים (?:שהשתנו|חדשים|שנוצרו)|τι (?:εγινε|εκανα|εκαναμε)|(?:νεα|τροποποιημενα) αρχεια|αρχεια που (?:αλλαξαν|δημιουργηθηκαν)|ไฟล์ที่สร้าง|ไฟล์ที่แก้ไข|luodut tiedostot|muutetut tiedostot|mitä tehtiin|hvad er lavet|hva er gjort|filer (?:oprettet|opprettet|ændret|endret)|nye filer|ce am f[ăa]cut|fi[șs]iere (?:create|modificate|noi)/;

/** Headings over what is not committed: "Overige niet-getrackte bestanden", "Các file khác chưa được track". */
export const MORE_UNTRACKED_HEADING =
  /izlənilməyən|nem követett|kuzatilmagan|jälgimata|nesledene|бақыланбайтын|коммит жасалмаған|neizsekot|necommitot|غیر ٹریک|کمٹ نہیں|ட்ராக் செய்யப்படாத|hindi pa naka-?(?:commit|track|push)|hindi naka-?track|niet[- ]getrackt|ongetrackt|niet gecommit|(?:belum|tidak) di-?(?:track|commit)|tidak terlacak|chưa (?:được )?(?:track|commit)|невідстежуван|не відстежуван|не закоміч|अनट्रैक|ट्रैक नहीं|कमिट नहीं|غير متتبعة|غير متتبع|غير ملتزم|ردیابی نشده|کامیت نشده|nesledované|necommitnut|ospårade|ej incheckade|inte incheckade|فقط روی (?:سیستم|لپ تاپ|کامپیوتر) من|jen na mém počítači|bara på min dator|(?:सिर्फ़|सिर्फ|केवल) मेरी मशीन|только у меня на машине|тільки на моїй машині|non suivis|non versionnés|(?:uniquement|seulement) (?:sur ma machine|en local)|nicht versioniert|ungetrackt|nur lokal|no rastreados|sin seguimiento|não rastreados|non tracciati|solo in locale|takip edilmeyen|izlenmeyen|commit'lenmedi|commitlenmedi|no seguits|sense seguiment|belum dijejak|tidak dijejak|未跟踪|未追踪|未提交的文件|管理外|未コミット|追跡されていない|추적되지 않은|커밋하지 않은/;

/** Headings of plans and work left: "Volgende stappen", "Rencana", "Kế hoạch", "Плани", "योजना", "الخطوات التالية". */
/** Headings over what is not there yet: "Ekki til enn", "Hələ mövcud olmayan fayllar", "अजून न बनलेल्या फाइल्स". */
export const MORE_ABSENT_HEADING = /^\W*ekki til enn\W*$|hələ mövcud olmayan|ddim yn bodoli eto|अजून न बनलेल्या/;

export const MORE_PLAN_HEADING =
  /á eftir að gera|næstu skref|planlaşdırılan|yaradılacaq|növbəti addımlar|hurrengo urratsak|camau nesaf|पुढील काम|पुढील पायऱ्या|తదుపరి దశలు|kazi iliyobaki|^\W*bado(?![\p{L}])|sukurtini failai|failai, kuriuos reikia sukurti|(?:kiti|tolesni|sekantys) žingsniai|liko padaryti|የሚፈጠሩ|ቀጣይ እርምጃዎች|fail untuk dicipta|fail yang perlu dicipta|langkah seterusnya|létrehozandó fájlok|teendők|tervezett|következő lépések|yaratiladigan fayllar|keyingi qadamlar|faili za kuunda|hatua zinazofuata|skrár sem á að búa til|næstu skref|ստեղծվելիք ֆայլեր|հաջորդ քայլեր|loodavad failid|järgmised sammud|(?:^|[^\p{L}])plaan(?![\p{L}])|naslednji koraki|datoteke za ustvariti|құрылатын файлдар|қалған жұмыс|келесі қадамдар|^\W*(?:zatiaľ nie|ešte nie|vēl ne|vēl nav)\W*$|jāizveido|nākamie soļi|turpmākie soļi|ďalšie kroky|súbory na vytvorenie|treba (?:urobiť|vytvoriť)|باقی کام|بنانے والی فائلیں|اگلے اقدامات|அடுத்த படிகள்|செய்ய வேண்டியவை|(?:šta|sta) (?:još )?treba (?:napraviti|uraditi|dodati)|(?:fajlovi|datoteke) koj[ie] treba (?:napraviti|dodati|napisati)|ostalo za uraditi|preostalo|sledeći koraci|sljedeći koraci|следећи кораци|шта треба направити|(?:^|[^\p{L}])(?:gagawin(?: pa)?(?: lang)?|mga gagawin|susunod na (?:hakbang|gagawin)|hinihintay pa)(?![\p{L}])|volgende stappen|gepland|nog te doen|later toevoegen|nog aan te maken|(?:masih )?(?:harus|perlu|akan) dibuat|rencana|langkah (?:selanjutnya|berikutnya)|yang tersisa|kế hoạch|dự kiến|các bước tiếp theo|việc cần làm|(?:^|[^\p{L}])плани?(?![\p{L}])|наступні кроки|що залишилось|що лишилося|заплановано|запланован|треба створити|योजना|अगले कदम|बाकी काम|الخطة|خطة|الخطوات التالية|ما تبقى|المتبقي|مراحل بعدی|کارهای باقی مانده|まだ作っていない|未作成|生성 예정|생성 예정|작성 예정|추가 예정|reste à faire|à faire ensuite|prochaines? étapes?|noch offen|offene punkte|pendientes|por hacer|da fare|další kroky|plánováno|zbývá|nästa steg|planerat|att göra|kvar att göra|נשאר לעשות|(?:ה)?צעדים הבאים|השלבים הבאים|מתוכנן|επομενα βηματα|τι μενει|εκκρεμοτητες|προγραμματισμενα|งานที่เหลือ|สิ่งที่ต้องทำ|ขั้นต่อไป|seuraavat (?:askeleet|vaiheet)|jatkotoimet|tekemättä|udestående|næste skridt|neste steg|gjenstår|mangler ved|^\W*mangler\W*$|de f[ăa]cut|pa[șs]ii? urm[ăa]tori|ce urmeaz[ăa]/u;

/** A status column's header: "स्थिति", "Trạng thái", "الحالة", "Статус", "Stato". */
export const MORE_STATUS_HEADER =
  /(?:^|[^\p{L}])hali(?![\p{L}])|(?:^|[^\p{L}])(?:būsena|statusas)(?![\p{L}])|(?:^|[^\p{L}])(?:staatus|stanje|vəziyyət|statusi|gjendja)(?![\p{L}])|(?:^|[^\p{L}])stan(?![\p{L}])|स्थिति|trạng thái|tình trạng|الحالة|وضعیت|(?:^|[^\p{L}])stav(?![\p{L}])|статус|(?:^|[^\p{L}])стан(?![\p{L}])|stato|durum|keadaan|סטטוס|(?:^|[^\p{L}])מצב(?![\p{L}])|κατ[αά]σταση|(?:^|[^\p{L}])stare(?![\p{L}])|สถานะ|(?:^|[^\p{L}])tila(?![\p{L}])/iu;
