// Every regular expression in src/: literals and `new RegExp(...)` with a literal or template
// source, found with the TypeScript parser, with file, line and the compiled RegExp.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(import.meta.dirname, "../..");

export interface FoundRegex {
  where: string;
  source: string;
  flags: string;
  /** null when the source is built at run time from parts we cannot evaluate here. */
  regex: RegExp | null;
}

export function regexInventory(dir = join(ROOT, "src")): FoundRegex[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith(".ts")) files.push(f);
    }
  };
  walk(dir);
  const out: FoundRegex[] = [];
  for (const file of files.sort()) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        const source = text.slice(1, end);
        const flags = text.slice(end + 1);
        out.push({ where: where(node), source, flags, regex: new RegExp(source, flags) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === "RegExp" && node.arguments?.[0]) {
        const arg = node.arguments[0];
        const flags =
          node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : "";
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
          out.push({ where: where(node), source: arg.text, flags, regex: new RegExp(arg.text, flags) });
        else out.push({ where: where(node), source: arg.getText(), flags, regex: null });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Inputs that make a backtracking engine work hard: long runs of one character, or of a pair,
 * drawn from the characters the pattern itself mentions, ended by a character that fails the match.
 */
export function adversarialInputs(source: string, length = 20_000): string[] {
  const chars = new Set<string>([" ", "a", "/", ".", "-", "`", "*", "_", "[", "(", "<", "#", "1", "\t", "é"]);
  for (const m of source.matchAll(/\\(.)|([^\\[\](){}?*+|^$])/g)) {
    const ch = m[1] ?? m[2]!;
    if (m[1] === undefined || !/[dDwWsSbBnrtux0-9]/.test(m[1])) chars.add(ch);
  }
  const list = [...chars].slice(0, 40);
  const out: string[] = [];
  for (const c of list) out.push(`${c.repeat(length)}\u0000!`);
  for (let i = 0; i + 1 < list.length; i += 2)
    out.push(`${(list[i]! + list[i + 1]!).repeat(length / 2)}\u0000!`);
  return out;
}
