// Cues written in other languages than English. Agents write handoffs in their user's language:
// "todavía no existe", "a été supprimé", "该文件还不存在", "まだ存在しません". Each list keeps the order
// in which `afterCue` tries them (the first match wins). Lower-cased text, as the English cues.
import type { Intent } from "../types.js";
import type { VerbCue } from "./cues.js";

/** Chinese, Japanese or Korean text: its cues have no spaces or word boundaries to find. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** "需要创建" (needs creating), "已添加" (added), "没有" (there is no), "삭제되었습니다 (" right before a mention. */
export function cjkVerbCue(before: string): VerbCue | null {
  const tail = before.slice(-12);
  let m = /(?:需要|要|待|将|计划|请)(?:创建|新建|添加|编写|实现|写)\s*$/.exec(tail);
  if (m) return { intent: "planned", weak: false, word: m[0].trim() };
  m = /(?:(?:已|已经)(?:创建|新建|添加|编写|实现|提交)了?|(?:创建|新建|添加|编写|实现|提交)了)\s*$/.exec(
    tail,
  );
  if (m) return { intent: "created", weak: false, word: m[0].trim() };
  m = /(?:没有|不存在|删除了|已删除|删掉了|删了|移除了|去掉了)\s*$/.exec(tail);
  if (m)
    return {
      intent: /[删除掉]/.test(m[0]) ? "removed" : "historical",
      weak: false,
      word: m[0].trim(),
    };
  // Korean: "예전 저장소는 #41 에서 삭제되었습니다 (X)": deleted, then the name in a parenthesis.
  m = /(?:삭제되었습니다|삭제했습니다|삭제됨|제거되었습니다|제거했습니다|제거됨)[.\s]*[(（]\s*$/.exec(tail);
  if (m) return { intent: "removed", weak: false, word: m[0].replace(/[.\s(（]+$/, "") };
  return null;
}

/**
 * An Italian, Spanish, French or Portuguese verb right before a mention, with at most a few short
 * words between ("Creare `x.qmd`", "Valutare se aggiungere `x.R`", "Ho scritto `x.R`", "Añadido
 * `x.py`"): the infinitive plans the file, the participle says it was made.
 */
const ROMANCE_PLAN =
  /(?:^|[^\p{L}])(?:creare|aggiungere|scrivere|implementare|crear|añadir|agregar|escribir|implementar|afegir|escriure|créer|ajouter|écrire|implémenter|criar|adicionar|escrever)(?:\s+[^\s`'"]{1,12}){0,3}\s*[`'"*_(]*$/u;
const ROMANCE_MADE =
  /(?:^|[^\p{L}])(?:creat[oai]|creei|engadín|engadin|escribín|modifiquei|actualicei|implementei|engadid[oa]s?|aggiunt[oaie]|scritt[oaie]|salvat[oaie]|creado|creada|añadid[oa]|agregad[oa]|escrit[oa]|guardad[oa]|creé|escribí|agregué|añadí|implementé|se (?:creó|agregó|añadió|implementó|escribió)|creamos|escribimos|agregamos|añadimos|implementamos|creats?|creades?|afegits?|afegides?|escrits?|escrites?|implementats?|desats?|créée?s?|ajoutée?s?|écrite?s?|enregistrée?s?|criad[oa]|adicionad[oa]|salv[oa])(?:\s+[^\s`'"]{1,12}){0,3}\s*[`'"*_(]*$/u;

/**
 * Russian verbs right before a mention: "Создать `x.py`", "Можно подумать о `x.py`" (a plan or a
 * proposal), "Создал `x.py`", "Добавил `x.py`" (made).
 */
const RUSSIAN_PLAN =
  /(?:^|[^\p{L}])(?:создать|добавить|написать|завести|вынести (?:[^\s`]+ ){0,3}в|подумать о|подумать об|переедут в|переедет в)\s*[`'"*_(«]*$/u;
const RUSSIAN_MADE =
  /(?:^|[^\p{L}])(?:создал[аи]?|добавил[аи]?|написал[аи]?|создан[аоы]?|добавлен[аоы]?|написан[аоы]?)(?:\s+[^\s`'"]{1,12}){0,2}\s*[`'"*_(«]*$/u;

/**
 * A removal or rename said before the mention: "Supprimé `x.rb`", "Renommé `a` en `b`",
 * "Eliminado `x.py`", "Removido `x`", "Rimosso `x`". The old name is gone.
 */
const ROMANCE_GONE =
  /(?:^|[^\p{L}])(?:renombré|borré|eliminé|quité|moví|eliminei|borrei|quitei|renomeei|apaguei|removi|excluí|mudei|movi|supprimée?s?|renommée?s?|déplacée?s?|retirée?s?|eliminad[oa]s?|borrad[oa]s?|renombrad[oa]s?|movid[oa]s?|removid[oa]s?|excluíd[oa]s?|renomead[oa]s?|se (?:eliminó|borró|quitó)|eliminamos|borramos|quitamos|rimoss[oaie]|eliminat[oaie]?s?|esborrat[s]?|esborrades|rinominat[oaie]|spostat[oaie]|usunąć|usunąłem|usunęłam|usunęliśmy|usunięto|skasowałe[mś]|skasowałam|wyrzuciłe[mś]|wyrzuciłam)(?:\s+[^\s`'"]{1,12}){0,2}\s*[`'"*_(]*$/u;
/**
 * The new name after a rename or move: "rinominato in `b`", "renommé en `b`", "Renommé `a` en
 * `b`", "movido a `b`", "renomeado para `b`". The name after the preposition is where it went.
 */
const ROMANCE_MOVED_TO =
  /(?:^|[^\p{L}])(?:renomm[ée]e?s?|d[ée]plac[ée]e?s?|renombr(?:ad[oa]s?|é)|movid[oa]s?|mov[ií]|renome(?:ad[oa]s?|ei)|mudei|rinominat[oaie]|spostat[oaie])(?:\s+`[^`]{1,120}`)?\s+(?:en|vers|a|para|pra|in|come|como)\s*[`'"*_(]*$/u;
/** "Il faudra rédiger `x.md`", "Il faut créer `x`": a plan in French. */
const FRENCH_MUST =
  /(?:^|[^\p{L}])il (?:faudra|faut|faudrait) (?:encore )?(?:rédiger|écrire|créer|ajouter|implémenter)(?:\s+[^\s`'"]{1,12}){0,2}\s*[`'"*_(]*$/u;

/** Stems every verb above starts with: most mentions have none near them, and skip the regexes. */
const VERB_STEMS =
  /engad|modifiq|actualic|esborr|afeg|escriu|desat|usun|skasow|wyrzuci|renombr|borr|elimin|quit|moví|renomeei|apague|remov|exclu|mude|movi|supprim|renomm|déplac|retir|elimin|borrad|renombr|movid|removid|excluíd|renomead|rimoss|rinomin|spostat|faudr|faut|cre|cré|cri|aggiun|scri|scrit|añad|agreg|ajout|écri|adicion|escr|implé|implem|salv|guard|enregistr|созд|добав|напис|завест|вынест|подума|переед/;

export function europeanVerbCue(before: string): VerbCue | null {
  const tail = before.slice(-60);
  if (!VERB_STEMS.test(tail)) return null;
  const movedTo = ROMANCE_MOVED_TO.exec(tail);
  if (movedTo)
    return { intent: "created", weak: false, word: movedTo[0].replace(/^[^\p{L}]+|[\s`'"*_(]+$/gu, "") };
  const gone = ROMANCE_GONE.exec(tail);
  if (gone) return { intent: "removed", weak: false, word: gone[0].replace(/^[^\p{L}]+|[\s`'"*_(]+$/gu, "") };
  const must = FRENCH_MUST.exec(tail);
  if (must) return { intent: "planned", weak: false, word: must[0].replace(/^[^\p{L}]+|[\s`'"*_(]+$/gu, "") };
  let r = RUSSIAN_PLAN.exec(tail);
  if (r) return { intent: "planned", weak: false, word: r[0].replace(/^[^\p{L}]+|[\s`'"*_(«]+$/gu, "") };
  r = RUSSIAN_MADE.exec(tail);
  if (r) return { intent: "created", weak: false, word: r[0].replace(/^[^\p{L}]+|[\s`'"*_(«]+$/gu, "") };
  let m = ROMANCE_PLAN.exec(tail);
  if (m) return { intent: "planned", weak: false, word: m[0].replace(/^[^\p{L}]+|[\s`'"*_(]+$/gu, "") };
  m = ROMANCE_MADE.exec(tail);
  if (m) return { intent: "created", weak: false, word: m[0].replace(/^[^\p{L}]+|[\s`'"*_(]+$/gu, "") };
  return null;
}

/** After a mention, in Chinese, Japanese and Korean (no word boundaries to rely on). */
export const CJK_AFTER: [RegExp, Intent][] = [
  // Korean, verb last with a particle on the name: "X는 아직 존재하지 않습니다" (does not exist yet),
  // "X는 커밋하지 않았습니다" (not committed), "X는 #88에서 삭제되었습니다" (deleted), "X 생성 예정" (planned).
  [/^[^.。]{0,12}?(?:존재하지 않|없습니다|커밋하지 않|커밋되지 않|커밋 안|로컬에만|아직 없)/, "historical"],
  // "X은 로컬에서만 돌려 본 파일이고 커밋한 적 없습니다" (only ever run locally, never committed).
  [/^[^.。]{0,40}?(?:커밋한 적 없|커밋한 적이 없|로컬에서만)/, "historical"],
  // "`X` 삭제 — …" (deleted), the verb bare after the name.
  [/^\s*(?:을|를|은|는)?\s*삭제(?:\s|$|[—–,(-])/, "removed"],
  // "A 은 B 로 이름을 바꿨습니다": A is the old name, B the new one.
  [/^\s*(?:은|는|을|를|이|가)\s*\S{1,80}?\s*(?:로|으로)\s*(?:이름을 바꿨|이름을 변경|바꿨|옮겼)/, "removed"],
  [/^\s*(?:로|으로)\s*(?:이름을 바꿨|이름을 변경|바꿨|옮겼)/, "created"],
  [
    /^(?:[^.。]|\.(?=\d)){0,20}?(?:삭제되었습니다|삭제했습니다|삭제됨|제거되었습니다|제거했습니다)/,
    "removed",
  ],
  // "X 은 아직 제 PC에만 있습니다" (only on my PC), "X 을 추가할지 검토" (consider adding).
  [/^[^.。]{0,20}?(?:제 (?:pc|컴퓨터|노트북)에만|내 (?:pc|컴퓨터|노트북)에만)/, "historical"],
  [/^[^.。]{0,20}?(?:추가할지|만들지|작성할지)/, "planned"],
  [/^[^.。]{0,12}?(?:생성 예정|작성 예정|추가 예정|구현 예정|작성 필요|생성 필요|만들어야)/, "planned"],
  // "X — 데스크톱 타깃 (검토 중, 추가를 고려)": adding it is being considered, a proposal.
  [/^[^.。]{0,30}?(?:추가를 고려|추가 고려|도입을 고려|도입 검토|추가 검토)/, "planned"],
  [
    // Chinese: "X 该文件还不存在" (does not exist yet), "尚未提交，还在我本地" (not committed, still
    // only on my machine), "已删除" (deleted), "已重命名为 Y" (renamed to Y), "待创建" (to create).
    /^[\s，,：:）)]*(?:该文件|该目录|这个文件|此文件)?(?:目前|现在|暂时)?(?:还|尚|仍)?(?:不存在|没有创建|未创建|未提交|没有提交|没提交|只在我?本地|还在我?本地|不在仓库)/,
    "historical",
  ],
  [/^[\s，,：:（(）)]*(?:目录|文件)?(?:已经|已|被)(?:删除|移除|废弃|重命名|改名)/, "removed"],
  // "X 已在 v3.0 删除" (deleted in v3.0), "X 重命名为 Y" (renamed to Y).
  [
    /^[^。.，,]{0,6}?(?:已经?|被)(?:[^。.，,]|\.(?=\d)){0,10}?(?:删除|删掉|移除|废弃)|^[\s，,：:]*(?:重命名为|改名为|改成)/,
    "removed",
  ],
  [/^[\s，,：:）)]*(?:待创建|待添加|待实现|需要创建|稍后创建|还没写)/, "planned"],
  // Japanese puts the verb after the name: "X（まだ存在しません…）" (does not exist yet), "X はまだ未コミット
  // です" (not committed), "X で…#14 で削除しました" (deleted), "X で実装する予定です" (planned).
  [
    /^[\s、，,：:（(]*(?:は|が|も)?(?:まだ|現在)?(?:存在しません|存在しない|ありません|未コミット|コミットしていません|コミットされていません|私のマシンにしか|ローカルにしか|手元にしか|手元にだけ|リポジトリに(?:は)?(?:入っていない|入っていません|ない|ありません))/,
    "historical",
  ],
  // "…まだリポジトリに入っていない（手元のみ）": only on the author's machine.
  [/^[^。.]{0,30}?(?:（|\()手元(?:のみ|だけ)(?:）|\))/, "historical"],
  [
    /^(?:[^。.]|\.(?=\d)){0,30}?(?:削除しました|削除済み|削除されました|リネーム済み|リネームしました|名前を変更しました|廃止|消しました|消した)|^\s*を\s*\S{1,80}?\s*に(?:移動|移行|移し|リネーム)/,
    "removed",
  ],
  // "A を B に移動": B is where it went.
  [/^\s*に(?:移動|移行|移し|リネーム)/, "created"],
  // "X は未作成", "X（未作成）": not created yet, read like English "(not yet created)".
  [
    /^[^。.]{0,20}?(?:作成予定|作成する予定|実装予定|実装する予定|追加予定|追加する予定|未作成|予定|これから(?:作成|作る|追加))/,
    "planned",
  ],
  // "X を作る" (make X), "X を追加してから実行" (add X, then run): the verb right after the particle.
  [/^\s*を\s*(?:作る|作成する|追加する|追加してから|作ってから|作成してから|用意する)/, "planned"],
];

/**
 * Every cue of EUROPEAN_AFTER holds a letter beyond ASCII or one of these words: a text with
 * neither skips them (decided once per mention). A new ASCII-only cue needs its word here;
 * `test/core/references/after-gates.test.ts` compares gated and ungated readings over the corpus.
 */
export const EUROPEAN_WORDS =
  /[^\x00-\x7f]|pas encore|toujours pas|aun no|ainda nao|non ancora|wird noch|wird sp|wird erst|yazacak|diye bir|ekleyecek|encara|esborr|es va |s'ha |va ser |cal |caldr|es crear|renomm|deplac|renombrad|movid|renomead|rinominat|spostat|umbenannt|verschoben|exist|esist|commit|comitad|version|sube|apaguei|removi|exclu|silindi|repoda|makinemde|istnieje|nie ma|tylko|eklenecek|utworzenia|napisania|dodania|creare|scrivere|aggiungere|implementare|crear|criad|muss noch|anlegen|erstellen|pendient|pendente|hacer|fazer|ausstehend|geplant|supprim|elimin|borrad|removid|apagad|wurde|rimoss|cancellat|virou|tornou|devenu|creado|gibt es|repo|macchina|minha|maquina|seulement|nur |gitignorowan|skasowan/;

/** After a mention, in Spanish, Portuguese, French, German, Italian and Russian. */
export const EUROPEAN_AFTER: [RegExp, Intent][] = [
  // "`X` (pas encore écrit, …)", "(todavía no creado)", "(ainda não criado)", "(non ancora scritto)":
  // not made yet.
  [
    /^[\s`'"*_]*\(\s*(?:pas encore|toujours pas|todavía no|aún no|ainda não|ainda nao|non ancora)\s+(?:écrite?s?|créée?s?|faite?s?|commitée?s?|ajoutée?s?|escrit[oa]s?|cread[oa]s?|criad[oa]s?|scritt[oaie]|creat[oaie])(?![\p{L}])/u,
    "planned",
  ],
  // The old name: "`a` rinominato in `b`", "`a` renommé en `b`", "`a` movido a `b`", "`a` wurde
  // nach `b` verschoben".
  [
    /^[\s:(—–-]*(?:(?:è|e|sono|fue|foi|a été|ha sido|wurde|wurden) (?:stat[oaie] )?)?(?:renomm[ée]e?s?|d[ée]plac[ée]e?s?|renombrad[oa]s?|movid[oa]s?|renomead[oa]s?|rinominat[oaie]|spostat[oaie]|umbenannt|verschoben)(?![a-zà-ÿ])/,
    "removed",
  ],
  // "`x` nunca existió", "`x` não é commitado (cada um tem o seu)", "`x` lo borré", "n'a jamais
  // existé", "hat nie existiert", "non è mai esistito".
  [
    /^[^.;]{0,20}?(?:nunca existi[óou]|jam[aá]s existi[óo]|n'a jamais existé|hat nie existiert|non è mai esistit[oa]|n[aã]o (?:é|foi|está) (?:commitad[oa]|versionad[oa])|n[aã]o vai (?:pro|para o|pra o) (?:git|repo)|no (?:se )?(?:sube|commitea|versiona)|no está (?:commiteado|versionado|en el repo))/,
    "historical",
  ],
  [/^[^.;]{0,20}?(?:l[oa]s? (?:borré|eliminé|quité)|(?:o|a|os|as) (?:apaguei|removi|exclu[ií]))/, "removed"],
  // Russian (no `\b` beside Cyrillic without the `u` flag, so none is used): "X пока нет — он ещё
  // не создан" (not there yet), "пока только у меня на машине", "когда X появится" (once it
  // exists), "X удалён целиком" (deleted), "больше не нужен" (no longer needed), "файл будет
  // написан" (will be written).
  [
    /^[^.;]{0,20}?(?:пока нет|ещё не создан|еще не создан|не существует|только у меня на машине|только на моей машине|только локально|в репозитории (?:его |её |ее |их )?нет|нет в репозитории|появится|больше не нуж(?:ен|на|но|ны))/,
    "historical",
  ],
  [/^[^.;]{0,30}?(?:удал[её]н|удалена|удалено|удалены|удалил|удалили)/, "removed"],
  // Turkish and Polish: "`X` silindi", "#212'de kaldırıldı", "`X` artık yok" (no longer there),
  // "`X` został usunięty", "usunięto".
  [
    /^[^.;]{0,30}?(?:silindi|kaldırıldı|artık yok|został[ao]? usunięt|zostały usunięte|usunięt[aeoy]|usunięto|skasowan[aeoy])/,
    "removed",
  ],
  // "(katalog tworzony w locie, gitignorowany)": not committed, in Polish.
  [/^[^.;]{0,60}?\bgitignorowan[aeoy]/, "historical"],
  // "`X` henüz oluşturulmadı", "bu dosya henüz repoda değil", "`X` jeszcze nie istnieje", "nie ma
  // go w repo": not there yet, also said in the next clause (no other name between).
  [
    /^[^.`]{0,60}?(?:henüz oluşturulmadı|henüz yok|henüz repoda değil|diye bir (?:dosya|klasör|dizin) (?:henüz )?yok|repoda yok|sadece (?:benim )?makinemde|jeszcze nie istnieje|nie istnieje|nie ma (?:go|jej|ich) w repo|tylko na moim komputerze)/,
    "historical",
  ],
  // "(oluşturulacak)", "(do utworzenia)": to be created.
  [
    /^[^.;]{0,20}?(?:oluşturulacak|eklenecek|yazılacak|(?:dosyasını |klasörünü )?(?:yazacak|yazacağım|yazacağız|oluşturacak|oluşturacağım|ekleyecek|ekleyeceğim)|do utworzenia|do napisania|do dodania)/,
    "planned",
  ],
  [/^[^.;]{0,25}?(?:будет (?:написан|создан|добавлен)|будут (?:написаны|созданы|добавлены))/, "planned"],
  [
    // A plan, a removal and "not created yet" in Spanish, Portuguese, French and German: "est à
    // créer", "hay que crearlo", "a été supprimé", "fue eliminado", "ainda não foi criado".
    // German puts the verb last: "Eventuell sollten wir einen X ergänzen", "X anlegen."
    /^[^.;]{0,20}?(?:est à créer|à créer|(?:cal|caldrà|s'ha de) crear|es crearà|reste à (?:créer|écrire|faire)|(?:è |sono )?(?:ancora )?da (?:creare|scrivere|aggiungere|implementare)|está por crear|por crear|hay que crear|pendiente de crear|a ser criad[oa]|precisa ser criad[oa]|muss noch (?:erstellt|geschrieben) werden|wird (?:noch |später |erst )?(?:erstellt|geschrieben|angelegt|hinzugefügt)|(?:anlegen|erstellen|ergänzen|hinzufügen|einführen)(?=[\s,.;:)]|$)|\(\s*(?:pendiente|pendente|por hacer|a fazer|à faire|ausstehend|geplant|prévue?)(?![a-zà-ÿ]))/,
    "planned",
  ],
  [
    // "wurde in !48 gelöscht", "(ancien fichier `x` supprimé aussi)", "è stato eliminato nel commit":
    // a few words may come between.
    /^[^.;]{0,20}?(?:a été supprimée?|a été retirée?|supprimée?s?(?![a-zà-ÿ])|fue eliminad[oa]|fue borrad[oa]|se eliminó|se borró|se quitó|es va (?:eliminar|esborrar|treure)|s'ha (?:eliminat|esborrat)|va ser (?:eliminat|esborrat)|foi removid[oa]|foi exclu[ií]d[oa]|foi apagad[oa]|wurde(?: [^ .;]+){0,3} (?:gelöscht|entfernt)|(?:è|e) stat[oa] (?:eliminat[oa]|rimoss[oa]|cancellat[oa])|sono stat[ie] (?:eliminat[ie]|rimoss[ie]|cancellat[ie])|virou|se tornou|se convirtió en|est devenue?)/,
    "removed",
  ],
  [
    /^[^.;]{0,20}?(?:(?:ainda )?n[aã]o foi (?:criad[oa]|commitad[oa]|comitad[oa])|(?:todav[ií]a |a[uú]n )?no se ha creado|n'a pas (?:encore )?été créée?|wurde (?:noch )?nicht erstellt)/,
    "historical",
  ],
  [
    // The same in Spanish, Portuguese, French and German: "todavía no existe", "no está en el
    // repositorio", "ainda não existe", "n'existe pas encore", "existiert noch nicht".
    /^[^.;]{0,20}?(?:todav[ií]a no existe|a[uú]n no existe|no existe|encara no (?:existeix|hi és|és al repo(?:sitori)?)|no és al repo(?:sitori)?|només (?:al (?:meu |seu )?portàtil|en local)|ainda n[aã]o existe|n[aã]o existe|a[ií]nda non existe|non existe|non est[aá] no (?:repositorio|repo)|n'existe pas|existiert (?:noch )?nicht|gibt es (?:noch )?nicht|no est[aá] en el (?:repositorio|repo)|n[aã]o est[aá] no (?:reposit[oó]rio|repo)|n'est pas dans le (?:dépôt|repo)|non esiste|non è (?:ancora )?nel (?:repo|repository)|solo sulla mia macchina|(?:ist|sind) nicht im (?:repo|repository)|s[oó] na minha m[aá]quina|solo en mi m[aá]quina|seulement sur ma machine|nur (?:auf meinem|lokal bei mir))/,
    "historical",
  ],
];

/**
 * A move or rename that happened, in French, Spanish, Portuguese, German, Italian, Korean, Japanese
 * and Chinese ("Ancien nom : a → b", "## Rinomine", "a → b 로 이름 변경 완료").
 */
export const FOREIGN_MOVED =
  /(?:移行|移動|移設|\bmovi\b|\bmoví\b|\bmudei\b|renomeei|renombré|trasladé|ancien nom|canvi de nom|reanomenat|renombramos|movimos|trasladamos|renomm[ée]e?s?|d[ée]plac[ée]e?s?|fusion(?:né(?:e?s?)?)?\b|renombrad[oa]s?|movid[oa]s?|renomead[oa]s?|umbenannt|verschoben|zusammengeführt|rinominat[oaie]|rinomine|spostat[oaie]|переименова|перемещ[её]н|yeniden adlandır|adı değiştiril|zmian[ay] nazw|zmieniono nazwę|przemianowan|이름 변경|이름을 변경|이름을 바꿨|이름 바꿈|リネーム|名前を変更|重命名|改名)/;

/** "Not started", "in progress", "pending" in Chinese, Japanese, Korean, Spanish, Portuguese, French, German and Italian. */
export const NOT_STARTED =
  /(?:进行中|未开始|待办|计划中|対応中|未着手|作業中|予定|진행 중|진행중|미착수|예정|시작 안 함|시작 안함|시작하지 않음|não iniciad[oa]|sin empezar|sin iniciar|no iniciad[oa]|en progreso|en curso|pendiente|por hacer|n[aã]o iniciad[oa]|em andamento|em progresso|pendente|a fazer|pas commencé|non commencé|en cours|à faire|nicht begonnen|in arbeit|ausstehend|geplant|non iniziat[oa]|da fare|in corso|da iniziare|не начат|в работе)/;
