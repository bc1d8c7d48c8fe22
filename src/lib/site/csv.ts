/**
 * CSV as RFC 4180 writes it: records end in CRLF, a field that holds a comma, a double
 * quote, a CR or an LF is enclosed in double quotes, and a double quote inside it is doubled.
 * The first record is the header.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and its rows; every row is written in the header's order, a missing value as an empty field. */
export function toCsv<K extends string>(
  header: readonly K[],
  rows: readonly Partial<Record<K, string | number | boolean | null | undefined>>[],
): string {
  return [header, ...rows.map((row) => header.map((key) => row[key]))]
    .map((record) => record.map(csvField).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}

/** Reads back what `toCsv` writes (and any RFC 4180 text): a list of records of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
