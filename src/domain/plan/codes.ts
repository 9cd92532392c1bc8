/**
 * The development plan's codes as offices type them before the text of a line: «3.2.1 Promover…»,
 * «ER1-2.1 Fortalecimiento…», «E2 Seguridad y Justicia». A code nests under another by its
 * numbering: 3.2.1 under 3.2, ER1-2.1 under ER1.
 */
const CODE = /^\s*(?:[«"“])?((?:[A-Z]{1,3}\d+(?:-\d+(?:\.\d+)*)?)|(?:\d+(?:\.\d+)+))(?=[\s.:)\-–]|$)/;

/** «3.2.1 Promover…» → «3.2.1»; «ER1-2.1 Fortalecimiento…» → «ER1-2.1»; no leading code → null. */
export function planCode(text: string): string | null {
  const match = CODE.exec(text);
  return match ? match[1]! : null;
}

/** Whether `child` sits under `parent` in the plan's numbering: 3.2.1 under 3.2; ER1-2.1 under ER1. */
export function isUnderCode(child: string, parent: string): boolean {
  if (child === parent) return false;
  return child.startsWith(`${parent}.`) || child.startsWith(`${parent}-`);
}

/** The words of a plan line without its code: «3.2 Fortalecimiento…» → «Fortalecimiento…». */
export function planWords(text: string, code: string): string {
  return text
    .slice(text.indexOf(code) + code.length)
    .replace(/^[\s.:)\-–»"”]+/, "")
    .trim();
}
