import type { ActorRef } from '../../core/doc.js';
import type { EventRow } from '../query-events.js';
import type { GdeltData } from './gdelt-data.js';

/** Prefixes of CAMEO codes for groups without a country (`IGOUNO`, `NGOAMN`). */
const GROUP_PREFIXES = /^(IGO|NGO|NGM|MNC)/;

/**
 * Turns a stored event into one GDELT 2.0 Events row: 61 values in the published column order.
 * Fields readout cannot know (tone, ethnicity, religion, actor geography) stay empty or 0.
 *
 * @example
 * toGdeltEventRow(row, gdelt).join('\t') // '27315723501234\t20240516\t202405\t2024\t2024.3753\tRUSGOV\tVLADIMIR PUTIN…'
 */
export function toGdeltEventRow(row: EventRow, gdelt: GdeltData): string[] {
  const e = row.event;
  const v: Record<string, string> = {};
  const day = (e.date ?? '').length >= 4 ? firstDay(e.date!) : null;
  v.GLOBALEVENTID = String(gdeltEventId(e.id));
  if (day) {
    v.SQLDATE = day.replace(/-/g, '');
    v.MonthYear = day.slice(0, 7).replace('-', '');
    v.Year = day.slice(0, 4);
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    v.FractionDate = (y + (m * 30 + d) / 365).toFixed(4);
  }
  Object.assign(v, actorColumns('Actor1', e.source), actorColumns('Actor2', e.target));
  v.IsRootEvent = row.articles.some((a) => a.main) ? '1' : '0';
  v.EventCode = e.cameo;
  v.EventBaseCode = e.cameo.slice(0, 3);
  v.EventRootCode = e.cameo_root;
  v.QuadClass = String(e.quad);
  v.GoldsteinScale = String(e.goldstein);
  v.NumMentions = String(e.num_mentions);
  v.NumSources = String(e.num_sources);
  v.NumArticles = String(e.num_articles);
  v.Actor1Geo_Type = '0';
  v.Actor2Geo_Type = '0';
  Object.assign(v, actionGeo(e.location, gdelt));
  v.DATEADDED = dateAdded(row);
  v.SOURCEURL = firstReport(row);
  return gdelt.eventColumns.map((c) => clean(v[c] ?? ''));
}

/** GLOBALEVENTID: the first 52 bits of the stored event's hash id, so it is stable and numeric. */
export function gdeltEventId(id: string): number {
  const hex = id.replace(/^ev-/, '').slice(0, 13);
  return parseInt(hex, 16);
}

/** DATEADDED: the earliest publication among the reporting articles, else the event day. */
export function dateAdded(row: EventRow): string {
  const published = row.articles.map((a) => a.published).filter((p): p is string => p !== null).sort()[0];
  const day = published ?? (row.event.date ? firstDay(row.event.date) : '1970-01-01');
  return `${day.replace(/-/g, '')}000000`;
}

function actorColumns(prefix: string, ref: ActorRef | null): Record<string, string> {
  if (!ref) return {};
  const code = ref.code ?? ref.country ?? '';
  const out: Record<string, string> = { [`${prefix}Code`]: code, [`${prefix}Name`]: ref.name.toUpperCase(), [`${prefix}CountryCode`]: ref.country ?? '' };
  // "IGOUNO": type IGO, known group UNO; "RUSGOVMIL": country RUS, types GOV and MIL.
  const group = GROUP_PREFIXES.exec(code);
  const roles = group ? code : code.slice(ref.country && code.startsWith(ref.country) ? 3 : 0);
  if (group) out[`${prefix}KnownGroupCode`] = code.slice(3, 6);
  out[`${prefix}Type1Code`] = roles.slice(0, 3);
  out[`${prefix}Type2Code`] = group ? '' : roles.slice(3, 6);
  out[`${prefix}Type3Code`] = group ? '' : roles.slice(6, 9);
  return out;
}

function actionGeo(location: EventRow['event']['location'], gdelt: GdeltData): Record<string, string> {
  if (!location) return { ActionGeo_Type: '0' };
  const country = location.country ? gdelt.fips.get(location.country) : undefined;
  const isCountry = country !== undefined && country.name.toLowerCase() === location.name.toLowerCase();
  return {
    ActionGeo_Type: isCountry ? '1' : '4',
    ActionGeo_FullName: isCountry || !country ? location.name : `${location.name}, ${country.name}`,
    ActionGeo_CountryCode: country?.fips ?? '',
    ActionGeo_ADM1Code: country?.fips ?? '',
    ActionGeo_Lat: location.lat === null ? '' : String(location.lat),
    ActionGeo_Long: location.lon === null ? '' : String(location.lon),
    ActionGeo_FeatureID: isCountry ? country.fips : '',
  };
}

function firstReport(row: EventRow): string {
  const first = [...row.articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id))[0];
  if (!first) return '';
  return first.url ?? first.sourcePath ?? `readout:article/${first.id}`;
}

/** The first day of a date of any precision (`2024-05` → `2024-05-01`). */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** TSV cells cannot hold tabs or line breaks. */
function clean(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}
