import type { MergedFields, Disagreement } from '../cluster/summarise-event.js';

/** The contract's stored event: an ArticleResult event minus `main`, plus the reporting articles and counts. */
export interface StoredEvent extends MergedFields {
  id: string;
  articles: Array<{ id: string; main: boolean }>;
  num_articles: number;
  /** Distinct outlets (record `source` or URL host); copies without an outlet count once per cluster. */
  num_sources: number;
  /** Evidence sentences across all reporting articles. */
  num_mentions: number;
  /** Where merged reports disagree, the articles on each side. */
  disagreements: Disagreement[];
}

/** A reporting article as queries return it alongside a stored event. */
export interface EventArticle {
  id: string;
  main: boolean;
  articleEventId: string;
  outlet: string | null;
  cluster: string;
  url: string | null;
  sourcePath: string | null;
  published: string | null;
  lang: string | null;
}
