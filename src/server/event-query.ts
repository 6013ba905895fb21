import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'not a calendar date');

/**
 * The query parameters every event endpoint accepts: the contract's filters plus `limit`.
 * Unknown parameters are refused, so a typo never silently widens a query.
 */
export const eventQuerySchema = z.strictObject({
  actor: z.string().min(1).max(120).regex(/^[\p{L}\p{N} .'_-]+$/u, 'letters, digits, spaces and . \' _ - only').optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code').optional(),
  dyad: z.string().regex(/^[A-Za-z]{3}-[A-Za-z]{3}$/, 'expected two alpha-3 codes, e.g. RUS-CHN').optional(),
  type: z.string().regex(/^([A-Za-z_]{2,24}|\d{2,4})$/, 'expected a PLOVER type or a CAMEO code').optional(),
  from: date.optional(),
  to: date.optional(),
  lang: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code').optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** Parsed event query parameters. */
export type EventQuery = z.infer<typeof eventQuerySchema>;


/** Formats zod issues as one line: `country: expected an ISO 3166-1 alpha-3 code`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}
