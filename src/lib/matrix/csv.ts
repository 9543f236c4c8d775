// RFC 4180 CSV, safe to open in spreadsheets (no formula injection).

/** Characters that make a spreadsheet treat a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/** One field: formula-like text is prefixed with "'", then quoted when it holds `"`, `,`, CR or LF. */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, ending with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV into rows of fields (no unescaping of the formula prefix). Throws on malformed quoting. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
    quoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '' && !quoted) {
      quoted = true;
      const start = i;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`CSV: unterminated quoted field starting at ${start}`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`CSV: unexpected character after quoted field at ${i}`);
      continue;
    }
    if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`CSV: bare ${JSON.stringify(char)} in unquoted field at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || quoted || row.length > 0) endRow();
  return rows;
}
