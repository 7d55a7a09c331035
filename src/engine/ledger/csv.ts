/** RFC 4180 comma-separated values: just what the ledger's export needs. */

/** A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CSVRecord {
  fields: string[];
  /** 1-based line of the file on which the record starts. */
  line: number;
}

export type CSVParse =
  { ok: true; records: CSVRecord[] } | { ok: false; line: number; expected: string };

/**
 * Splits text into records of fields. Accepts CRLF or LF line ends, a final line end or none, and a
 * byte-order mark; refuses a stray quote inside an unquoted field or after a closing quote.
 */
export function parseCSV(text: string): CSVParse {
  const records: CSVRecord[] = [];
  let fields: string[] = [];
  let field = '';
  // Whether the current field was quoted: nothing may follow its closing quote but , or a line end.
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      if (field !== '' || quoted) {
        return { ok: false, line, expected: 'quotes only around a whole field' };
      }
      const quotedFrom = line;
      i++;
      for (;;) {
        if (i >= n) return { ok: false, line: quotedFrom, expected: 'a closing quote' };
        const q = text[i];
        i++;
        if (q === '"') {
          if (text[i] !== '"') break;
          i++;
        } else if (q === '\n') {
          line++;
        }
        field += q;
      }
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      quoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      quoted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (quoted) {
      return { ok: false, line, expected: 'a comma or line end after a closing quote' };
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || quoted || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return { ok: true, records };
}
