/**
 * For each word-prefix of some names, the words that may follow it (`new` → `york`, `new york` → `city`).
 * Matching asks "does `new york` go on with `city`?" without joining the two into a new string to look up.
 */
export class Continuations {
  readonly #next = new Map<string, Set<string>>();

  /** Records every word-prefix of a normalised name (words joined by single spaces). */
  add(key: string): void {
    for (let at = key.indexOf(' '); at >= 0; ) {
      const following = key.indexOf(' ', at + 1);
      const prefix = key.slice(0, at);
      const word = key.slice(at + 1, following < 0 ? key.length : following);
      let words = this.#next.get(prefix);
      if (!words) this.#next.set(prefix, (words = new Set()));
      words.add(word);
      at = following;
    }
  }

  /** True when `prefix + ' ' + word` begins some name (word holds no space). */
  has(prefix: string, word: string): boolean {
    return this.#next.get(prefix)?.has(word) ?? false;
  }
}
