// Strict RFC 4180 reading of CSV for the tests, with csv-parse. Rows may differ in length (the callers assert
// the width). csv-parse treats a lone CR or LF outside quotes as data once the record delimiter is CRLF, so a
// cast hook rejects it: a writer that forgot to quote a line break must not round-trip.
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  return parse(text, {
    record_delimiter: '\r\n',
    relax_column_count: true,
    cast: (value, context) => {
      if (!context.quoting && /[\r\n]/.test(value)) throw new Error(`CSV: bare CR or LF in unquoted field on line ${context.lines}`);
      return value;
    },
  }) as string[][];
}
