// Normalising metadata values as agents write them: "✅ Completed", "P0", "Feb 21, 2026".

import { plainArabic } from "../references/languages-more.js";
import type { DocumentMetadata, HandoffStatus } from "../types.js";

export const STATUSES: readonly HandoffStatus[] = [
  "open",
  "in_progress",
  "blocked",
  "done",
  "consolidated",
  "archived",
];
export const PRIORITIES = ["critical", "high", "medium", "low"] as const;

const STATUS_SYNONYMS: Record<string, HandoffStatus> = {};
function syn(status: HandoffStatus, words: string): void {
  for (const w of words.split("|")) STATUS_SYNONYMS[w] = status;
}
syn(
  "open",
  "open|todo|to do|pending|new|ready|not started|backlog|assigned|queued|planned|reopened|unassigned",
);
syn(
  "in_progress",
  "in progress|in_progress|inprogress|wip|active|started|ongoing|doing|working|in review|review|under review|in flight",
);
syn("blocked", "blocked|on hold|waiting|stalled|paused|stuck|needs input");
syn(
  "done",
  "done|completed|complete|resolved|closed|fixed|shipped|merged|finished|delivered|accepted|implemented|verified",
);
syn("consolidated", "consolidated|superseded|duplicate|duplicated|deprecated|replaced|merged into|folded");
syn(
  "archived",
  "archived|obsolete|cancelled|canceled|wontfix|won't fix|wont fix|abandoned|rejected|dropped|stale",
);

// Lithuanian.
syn("open", "atvira|atviras|nepradėta|laukiama");
syn("in_progress", "vykdoma|vyksta|daroma|eigoje");
syn("blocked", "užblokuota|blokuota");
syn("done", "atlikta|baigta|užbaigta|įgyvendinta|padaryta");
syn("archived", "archyvuota|atšaukta");

// The same words in the languages handoffs are written in: Spanish, Portuguese, French, German,
// Italian, Dutch, Swedish, Czech, Polish, Turkish, Russian, Ukrainian, Indonesian, Vietnamese,
// Hindi, Arabic, Persian, Chinese, Japanese and Korean.
syn(
  "open",
  "otevřeno|nezahájeno|öppen|ej påbörjad|باز|abierto|pendiente|aberto|pendente|ouvert|à faire|offen|aperto|da fare|nog te doen|otwarte|açık|открыт|открыто|відкрито|terbuka|belum dimulai|chưa bắt đầu|mở|खुला|مفتوح|待办|未开始|未着手|미착수|대기",
);
syn(
  "in_progress",
  "en progreso|en curso|em andamento|em progresso|en cours|in arbeit|in bearbeitung|in corso|in uitvoering|bezig|w trakcie|w toku|devam ediyor|в работе|в процессе|в роботі|у роботі|sedang dikerjakan|dalam proses|đang làm|đang thực hiện|प्रगति में|जारी|قيد التنفيذ|قيد العمل|进行中|対応中|作業中|진행 중|진행중",
);
syn(
  "in_progress",
  "rozpracováno|probíhá|v řešení|pågår|pågående|under arbete|در حال انجام|masih dikerjakan|sedang berjalan|триває|в процесі|trong quá trình|đang tiến hành|प्रगति पर|चल रहा है",
);
syn(
  "blocked",
  "bloqueado|bloqué|blockiert|bloccato|geblokkeerd|zablokowane|engellendi|заблокировано|заблоковано|terblokir|blokováno|blockerad|مسدود|bị chặn|अवरुद्ध|محظور|阻塞",
);
syn(
  "done",
  "hecho|terminado|completado|finalizado|feito|concluído|concluido|terminé|terminée|fini|abgeschlossen|erledigt|fertig|completato|finito|fatto|klaar|afgerond|voltooid|gereed|zakończone|gotowe|ukończone|tamamlandı|bitti|завершено|готово|выполнено|виконано|hotovo|dokončeno|klar|färdig|avslutad|انجام شد|انجام شده|تمام شد|کامل|selesai|sudah selesai|hoàn thành|đã hoàn thành|hoàn tất|xong|đã xong|पूरा|पूरा हुआ|पूर्ण|पूर्ण हुआ|संपन्न|مكتمل|منجز|تم|完成|已完成|完了|완료",
);

// Hebrew and Greek (Greek without accents: `plainArabic` strips them before the lookup).
syn("open", "פתוח|חדש|ממתין|ανοιχτο|ανοικτο|νεο|εκκρεμει");
syn("in_progress", "בתהליך|בעבודה|בביצוע|σε εξελιξη|σε εργασια");
syn("blocked", "חסום|תקוע|μπλοκαρισμενο|σε αναμονη");
syn("done", "הושלם|הושלמה|בוצע|סגור|גמור|ολοκληρωθηκε|ολοκληρωμενο|εγινε|τελειωσε|κλειστο");
syn("archived", "בוטל|ακυρωθηκε");
// Danish, Norwegian and Romanian.
syn("open", "åben|åpen|ikke startet|deschis|nou|de făcut|neînceput");
syn("in_progress", "i gang|pågår|under arbejde|under arbeid|în lucru|in lucru|în curs|in curs");
syn("blocked", "blokeret|blokkert|blocat");
syn("done", "færdig|ferdig|afsluttet|avsluttet|fuldført|fullført|finalizat|terminat|gata|încheiat");
syn("archived", "annulleret|kansellert|anulat");
// Finnish.
syn("done", "valmis|tehty|suljettu");
syn("in_progress", "kesken|työn alla");
syn("open", "avoin|ei aloitettu");
syn("blocked", "estetty");
// Catalan and Malay.
syn("done", "fet|feta|acabat|completat|finalitzat|tancat|siap|dah siap|sudah siap");
syn("in_progress", "en curs|sedang dibuat|tengah buat");
syn("open", "no començat|pendent|obert|belum mula|belum bermula");
syn("blocked", "bloquejat|tersekat");
syn("archived", "cancel·lat|cancel.lat|dibatalkan");
// Azerbaijani, Albanian and Afrikaans.
syn(
  "done",
  "tamamlanıb|hazırdır|bitib|përfunduar|e përfunduar|perfunduar|kryer|e kryer|voltooi|afgehandel|gedoen",
);
syn("in_progress", "davam edir|icra olunur|në progres|në proces|ne progres|në punë|besig|aan die gang");
syn("open", "başlanmayıb|başlanmamış|e hapur|i hapur|pa filluar|oop|nie begin nie");
syn("blocked", "bloklanıb|bloklanmış|bllokuar|i bllokuar|e bllokuar|geblokkeer");
// Persian, as a sentence: "تکمیل شد" (completed), "انجام شد" (done).
syn("done", "تکمیل شد|تکمیل شده|انجام شد|انجام شده");
// Thai.
syn("done", "เสร็จสมบูรณ์|เสร็จแล้ว|เสร็จ");
syn("in_progress", "กำลังทำ|กำลังดำเนินการ");
syn("open", "ยังไม่เริ่ม|เปิด");

/** Status as written → normalised status, or undefined when it is not a recognisable status. */
export function normalizeStatus(raw: string): HandoffStatus | undefined {
  const text = raw.replace(/[*_`~]/g, "").trim();
  const cut = text
    .toLowerCase()
    // "Done. 1.4.0 is on Maven Central": the status is the first sentence.
    .split(/\s[-—–]\s|\s*(?:→|->|=>)|[(,:;]|\.\s/)[0]!
    // "✅ Completed 2024-09-02", "Done on 12/03/2024": the day it happened is not part of the status.
    .replace(/\s+(?:on\s+|at\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)(?:\s.*)?$/, "")
    .replace(/[^\p{L}\p{M}\p{N}' _-]/gu, " ")
    .replace(/[_-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cut === "") return /✅|✔|☑/.test(text) ? "done" : undefined;
  const known =
    STATUS_SYNONYMS[cut] ?? STATUS_SYNONYMS[cut.replace(/ /g, "_")] ?? STATUS_SYNONYMS[plainArabic(cut)];
  if (known) return known;
  // "Done for this session", "in progress for now": a status with the span of time it covers.
  const span = /^(.+?) for (?:this|the|now|today|tonight|the day|the week|the sprint)\b/.exec(cut);
  const spanned = span ? STATUS_SYNONYMS[span[1]!] : undefined;
  if (spanned) return spanned;
  // "✅ <done in a language not listed>", "🚧 <under way>": the mark leading a short value says it.
  if (cut.split(" ").length <= 3) {
    if (/^(?:✅|✔|☑)/.test(text)) return "done";
    if (/^(?:🚧|🟡|⏳)/.test(text)) return "in_progress";
  }
  return undefined;
}

const PRIORITY_SYNONYMS: Record<string, DocumentMetadata["priority"]> = {
  critical: "critical",
  p0: "critical",
  urgent: "critical",
  blocker: "critical",
  highest: "critical",
  sev0: "critical",
  sev1: "critical",
  crit: "critical",
  "0": "critical",
  high: "high",
  p1: "high",
  important: "high",
  sev2: "high",
  "1": "high",
  medium: "medium",
  med: "medium",
  p2: "medium",
  normal: "medium",
  moderate: "medium",
  sev3: "medium",
  "2": "medium",
  low: "low",
  p3: "low",
  p4: "low",
  minor: "low",
  trivial: "low",
  lowest: "low",
  sev4: "low",
  "3": "low",
  "4": "low",
};

export function normalizePriority(raw: string | number): DocumentMetadata["priority"] | undefined {
  const t = String(raw)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .trim()
    .split(/\s+/)[0];
  return t === undefined ? undefined : PRIORITY_SYNONYMS[t];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date as YYYY-MM-DD, or undefined when the value is not a date. */
export function normalizeDate(raw: unknown): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw !== "string") return undefined;
  const s = raw.replace(/[*_`]/g, "").trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mon = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mon >= 0) return ymd(+m[3]!, mon + 1, +m[2]!);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mon = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mon >= 0) return ymd(+m[3]!, mon + 1, +m[1]!);
  }
  return undefined;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (y < 1970 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
