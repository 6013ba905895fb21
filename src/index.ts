/**
 * readout's public API: re-exports only. Build a pipeline, stream articles through it,
 * and turn each Doc into the contract's ArticleResult.
 */
export { createDefaultPipeline, type DefaultPipelineOptions } from './pipeline.js';
export { createPipeline, isRejection, inputLabel, type Pipeline, type StreamOptions } from './core/pipeline.js';
export { toArticleResult, describeRejection, type ArticleResult, type ResultOptions } from './core/result.js';
export { readInputs, type ReadOptions } from './readers/read-inputs.js';
export { loadPacks, type LanguagePack, type PackRegistry, type PackMeta } from './lang/pack.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './core/codes.js';
export { addDiagnostic, type Diagnostic, type Severity, type StageName } from './core/diagnostic.js';
export { ReadoutError, UsageError, DataError, PipelineError } from './core/errors.js';
export { openStore, type Store, type OpenStoreOptions } from './store/open-store.js';
export { queryEvents, countEvents, type EventRow } from './store/query-events.js';
export type { EventFilter } from './store/event-filter.js';
export type { StoredEvent } from './store/stored-event.js';
export { ingestRecords, type IngestCounts } from './store/ingest-records.js';
export { mergeEvents, type MemberEvent, type MergedEvent } from './cluster/merge-events.js';
export { createApp, type AppOptions } from './server/create-app.js';
export type { Stage, Layer, RunContext } from './core/stage.js';
export type { Span } from './core/span.js';
export type * from './core/doc.js';
