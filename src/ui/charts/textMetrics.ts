// Estimated text widths, so margins and tick thinning are computed without a DOM. The estimate
// errs on the wide side: a CJK character is one em, Latin letters and digits about 0.6 em.

/** Default font size of tick labels, axis labels and chart annotations, in px. */
export const FONT_SIZE = 12;

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, punctuation, kana, unified ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0x20000 && code <= 0x2fa1f)
  );
}

const NARROW = new Set([..." .,:;!|'`ijlI()[]{}·"]);
const BROAD = new Set([...'MWmw@%—']);

/** Width in ems of one character. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (isWide(code)) return 1;
  if (NARROW.has(ch)) return 0.32;
  if (BROAD.has(ch)) return 0.9;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.58;
}

/** Estimated rendered width of `text` in px at `fontSize` px. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** `text`, cut and ended with '…' if it is wider than `maxWidth` px. */
export function truncateToWidth(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = textWidth('…', fontSize);
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charEm(ch) * fontSize;
    if (width + w + ellipsis > maxWidth) break;
    out += ch;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `text` broken into lines no wider than `maxWidth` px: between words in Latin text, between
 * any two characters in CJK text. A single word wider than a line gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]+|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
