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
