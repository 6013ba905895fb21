import type { EvalReport, Scores } from './score-articles.js';

/** Formats an eval report as a plain-text table: one row per language, then all. */
export function formatReport(report: EvalReport): string {
  const head = ['lang', 'articles', 'headline', 'precision', 'recall', 'f1', 'date', 'place'];
  const row = (name: string, s: Scores) => [
    name, String(s.articles - s.missing) + (s.missing ? ` (+${s.missing} missing)` : ''),
    pct(s.headline_accuracy, `${s.headlineRight}/${s.articles}`), pct(s.precision, `${s.systemMatched}/${s.systemEvents}`),
    pct(s.recall, `${s.goldFound}/${s.goldEvents}`), s.f1.toFixed(3),
    pct(s.date_accuracy, `${s.datesRight}/${s.datesScored}`), pct(s.place_accuracy, `${s.placesRight}/${s.placesScored}`),
  ];
  const rows = [head, ...Object.entries(report.languages).map(([lang, s]) => row(lang, s)), row('all', report.overall)];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  const misses = report.articles.filter((a) => !a.headline).map((a) => `  headline missed: ${a.id}${a.missing ? ' (article not found)' : ''}`);
  const details = report.articles.filter((a) => a.details && a.details.length > 0).flatMap((a) => [`${a.id}:`, ...a.details!.map((d) => `  ${d}`)]);
  return [...lines, ...misses, ...(details.length > 0 ? ['', ...details] : [])].join('\n') + '\n';
}

function pct(value: number, detail: string): string {
  return `${(value * 100).toFixed(1)}% (${detail})`;
}
