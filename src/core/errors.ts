/** Base class for errors the CLI turns into exit codes and one-line messages, never stack traces. */
export class ReadoutError extends Error {
  /** Process exit status the CLI uses for this error. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 1, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** The command line was wrong: exit status 2. */
export class UsageError extends ReadoutError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 2, options);
  }
}

/** Configuration or data files are broken (a bad language pack, a bad actor file). */
export class DataError extends ReadoutError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 1, options);
  }
}

/** A pipeline was assembled wrongly (missing layer, duplicate stage). */
export class PipelineError extends ReadoutError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 1, options);
  }
}
