import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions read from inside folders (a file named on the command line is read whatever its name). */
export const ACCEPTED_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl']);

/** A file to read, or a path that could not be walked. */
export type WalkEntry =
  | { kind: 'file'; path: string }
  | { kind: 'problem'; path: string; code: 'symlink-loop' | 'input-unreadable'; message: string };

/**
 * Lists the files a command-line path stands for: the file itself, or every accepted file under a
 * folder, recursively, in sorted order, skipping hidden entries. Symbolic links are followed; a
 * link back to a folder being walked is reported as a `symlink-loop` instead of walked forever
 * (folders are compared by real path).
 *
 * @example for await (const entry of walkPath('articles/')) …
 */
export async function* walkPath(path: string): AsyncGenerator<WalkEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  if (info.isDirectory()) yield* walkFolder(path, new Set());
  else yield { kind: 'file', path };
}

async function* walkFolder(folder: string, ancestors: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(folder);
    if (ancestors.has(real)) {
      yield { kind: 'problem', path: folder, code: 'symlink-loop', message: `Skipped folder: a symbolic link loop leads back to "${real}"` };
      return;
    }
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield unreadable(folder, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ancestors.add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, ancestors);
    else if (entry.isSymbolicLink()) yield* followLink(path, ancestors);
    else if (entry.isFile() && accepted(path)) yield { kind: 'file', path };
  }
  ancestors.delete(real);
}

async function* followLink(path: string, ancestors: Set<string>): AsyncGenerator<WalkEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    // A dangling link only matters when it looks like an article.
    if (accepted(path)) yield unreadable(path, error);
    return;
  }
  if (info.isDirectory()) yield* walkFolder(path, ancestors);
  else if (info.isFile() && accepted(path)) yield { kind: 'file', path };
}

function accepted(path: string): boolean {
  return ACCEPTED_EXTENSIONS.has(extname(path).toLowerCase());
}

function unreadable(path: string, error: unknown): WalkEntry {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'too many symbolic links' : (code ?? String(error));
  return { kind: 'problem', path, code: code === 'ELOOP' ? 'symlink-loop' : 'input-unreadable', message: `Cannot read input: ${reason}` };
}
