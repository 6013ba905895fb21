import { existsSync, readFileSync } from 'node:fs';

/** A TSV row keyed by the header's column names, with its 1-based line number. */
export type TableRow = Record<string, string> & { line: string };

/** Reads a TSV data file: `#` comment lines skipped, first remaining line is the header; [] when absent. */
export function readTable(file: string): TableRow[] {
  if (!existsSync(file)) return [];
  let header: string[] | null = null;
  const rows: TableRow[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '' || l.startsWith('#')) return;
    const cells = l.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      return;
    }
    const row = { line: String(i + 1) } as TableRow;
    header.forEach((h, j) => (row[h] = cells[j] ?? ''));
    rows.push(row);
  });
  return rows;
}
