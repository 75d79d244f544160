// The "related:" line of a finding for people (text, markdown, GitHub annotations). A bare
// `lib/index.js` in a repository with sixty of them has sixty related paths: a reader needs a
// few and the count, the JSON and SARIF output keep every one.

/** How many related paths a line for people shows before "and N more". */
export const RELATED_SHOWN = 5;

export function relatedLine(related: readonly string[], show: (path: string) => string = (p) => p): string {
  const shown = related.slice(0, RELATED_SHOWN).map(show).join(", ");
  const more = related.length - RELATED_SHOWN;
  return more > 0 ? `${shown} and ${more} more` : shown;
}
