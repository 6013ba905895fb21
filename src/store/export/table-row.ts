import type { StoredEvent } from '../stored-event.js';

/** Column headings and widths of the `table` format. */
const COLUMNS: Array<[string, number]> = [['date', 10], ['type', 10], ['mode', 9], ['cameo', 5], ['source', 22], ['target', 22], ['place', 16], ['art', 3], ['src', 3]];

/** The heading line of the `table` format. */
export function tableHeader(): string {
  return COLUMNS.map(([h, w]) => h.padEnd(w)).join('  ').trimEnd();
}

/**
 * One stored event as a fixed-width line for people.
 *
 * @example
 * tableLine(event) // '2024-05-16  CONSULT     in-person  040    Vladimir Putin          Xi Jinping  …'
 */
export function tableLine(e: StoredEvent): string {
  const values = [
    e.date ?? '-', e.plover, e.mode ?? '-', e.cameo, e.source?.name ?? '-', e.target?.name ?? '-', e.location?.name ?? '-',
    String(e.num_articles), String(e.num_sources),
  ];
  return values.map((v, i) => fit(v, COLUMNS[i]![1])).join('  ').trimEnd();
}

function fit(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}
