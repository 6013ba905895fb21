/**
 * Prediction with a fastText supervised model (`.ftz`: quantized input, hierarchical softmax), read
 * straight from the model file. It reproduces fastText's own `predict` step for step, in the same
 * single-precision arithmetic and order, so its probabilities are those of the C++ code; it exists
 * because the WebAssembly build spent most of its time copying strings and chasing pointers through
 * a C++ hash map and a 120 MB word table, which after the other stages have run are never in cache.
 */

/** A loaded model: label → probability for the `k` most probable labels, best first. */
export interface FastTextModel {
  predict(text: string, k: number): Array<{ label: string; score: number }>;
}

const MAGIC = 793712314;
const VERSION = 12;
const MODEL_SUPERVISED = 3;
const LOSS_HIERARCHICAL_SOFTMAX = 1;
const TYPE_WORD = 0;
const FNV_OFFSET = 2166136261 | 0;
const FNV_PRIME = 16777619;
/** "</s>", the token fastText reads at a line break. */
const EOS = [0x3c, 0x2f, 0x73, 0x3e];
/** "__label__": tokens starting with it are labels, never words. */
const LABEL_PREFIX = [0x5f, 0x5f, 0x6c, 0x61, 0x62, 0x65, 0x6c, 0x5f, 0x5f];
/** The centroids per sub-quantizer of fastText's product quantizer. */
const KSUB = 256;

/**
 * Reads a fastText model (format version 12) that is supervised, with a quantized input matrix
 * and hierarchical softmax over a dense output matrix — the shape of `lid.176.ftz`.
 *
 * @example readFastTextModel(bytes).predict('Menlu tiba di Canberra', 2) // [{ label: '__label__id', score: 0.9… }, …]
 */
export function readFastTextModel(bytes: Uint8Array): FastTextModel {
  const r = new Reader(bytes);
  if (r.i32() !== MAGIC || r.i32() !== VERSION) throw new Error('Cannot read fastText model: not a version 12 model file');
  const dim = r.i32();
  r.skip(4 * 4); // ws, epoch, minCount, neg
  const wordNgrams = r.i32();
  const loss = r.i32();
  const model = r.i32();
  const bucket = r.i32();
  const minn = r.i32();
  const maxn = r.i32();
  r.skip(4 + 8); // lrUpdateRate, t
  if (model !== MODEL_SUPERVISED || loss !== LOSS_HIERARCHICAL_SOFTMAX || wordNgrams > 1) {
    throw new Error('Cannot read fastText model: only supervised models with hierarchical softmax and no word n-grams are supported');
  }
  const dict = readDictionary(r, { minn, maxn, bucket });
  if (r.u8() !== 1) throw new Error('Cannot read fastText model: the input matrix is not quantized');
  const input = readQuantMatrix(r);
  if (r.u8() !== 0) throw new Error('Cannot read fastText model: the output matrix is quantized');
  const rows = r.i64();
  const cols = r.i64();
  const output = r.f32s(rows * cols);
  if (input.dim !== dim || cols !== dim) throw new Error('Cannot read fastText model: matrix sizes disagree');
  return new Predictor(dict, input, output, buildTree(dict.labelCounts));
}

/** Little-endian reads over the model bytes. */
class Reader {
  private readonly view: DataView;
  at = 0;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  i32(): number {
    const v = this.view.getInt32(this.at, true);
    this.at += 4;
    return v;
  }

  i64(): number {
    const v = Number(this.view.getBigInt64(this.at, true));
    this.at += 8;
    return v;
  }

  u8(): number {
    return this.view.getUint8(this.at++);
  }

  skip(n: number): void {
    this.at += n;
  }

  bytesOf(n: number): Uint8Array {
    const out = this.bytes.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  f32s(n: number): Float32Array {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.view.getFloat32(this.at + 4 * i, true);
    this.at += 4 * n;
    return out;
  }
}

interface Dictionary {
  nwords: number;
  minn: number;
  maxn: number;
  bucket: number;
  /** Entry bytes, back to back; entry `i` is `chars[starts[i]..starts[i + 1]]`. */
  chars: Uint8Array;
  starts: Int32Array;
  types: Uint8Array;
  /** Open-addressing table of entry ids by FNV hash of their bytes (-1: empty). */
  slots: Int32Array;
  /** Labels without their prefix, in id order. */
  labels: string[];
  labelCounts: number[];
  /** Pruned n-gram buckets → their rows (after the words), or null when the model was not pruned. */
  pruned: IntTable | null;
}

function readDictionary(r: Reader, args: { minn: number; maxn: number; bucket: number }): Dictionary {
  const size = r.i32();
  const nwords = r.i32();
  r.i32(); // nlabels
  r.i64(); // ntokens
  const prunedSize = r.i64();
  // Entries are stored as bytes, NUL, count (8 bytes), type (1 byte): keep the bytes back to back.
  const spans: Array<[number, number]> = [];
  const types = new Uint8Array(size);
  const counts: number[] = [];
  for (let i = 0; i < size; i++) {
    const from = r.at;
    while (r.bytes[r.at] !== 0) r.at++;
    spans.push([from, r.at]);
    r.at++;
    counts.push(r.i64());
    types[i] = r.u8();
  }
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) starts[i + 1] = starts[i]! + spans[i]![1] - spans[i]![0];
  const compact = new Uint8Array(starts[size]!);
  for (let i = 0; i < size; i++) compact.set(r.bytes.subarray(spans[i]![0], spans[i]![1]), starts[i]!);
  const slots = new Int32Array(tableSize(size)).fill(-1);
  const mask = slots.length - 1;
  for (let i = 0; i < size; i++) {
    let s = fnv(compact, starts[i]!, starts[i + 1]!) & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = i;
  }
  const decoder = new TextDecoder();
  const labels: string[] = [];
  const labelCounts: number[] = [];
  for (let i = 0; i < size; i++) {
    if (types[i] === TYPE_WORD) continue;
    labels.push(decoder.decode(compact.subarray(starts[i]! + LABEL_PREFIX.length, starts[i + 1]!)));
    labelCounts.push(counts[i]!);
  }
  let pruned: IntTable | null = null;
  if (prunedSize >= 0) {
    pruned = new IntTable(prunedSize);
    for (let i = 0; i < prunedSize; i++) pruned.set(r.i32(), r.i32());
  }
  return { nwords, ...args, chars: compact, starts, types, slots, labels, labelCounts, pruned };
}

/** A power of two at least three times `n`, for open addressing. */
function tableSize(n: number): number {
  let size = 1024;
  while (size < 3 * n) size *= 2;
  return size;
}

/** Integer → integer, open addressing (fastText keeps pruned n-grams in an `unordered_map`). */
class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(n: number) {
    this.keys = new Int32Array(tableSize(n)).fill(-1);
    this.values = new Int32Array(this.keys.length);
    this.mask = this.keys.length - 1;
  }

  set(key: number, value: number): void {
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    this.keys[s] = key;
    this.values[s] = value;
  }

  /** The value, or -1. */
  get(key: number): number {
    const mask = this.mask;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; s = (s + 1) & mask) {
      const k = this.keys[s]!;
      if (k === key) return this.values[s]!;
      if (k === -1) return -1;
    }
  }
}

/** fastText's string hash (FNV-1a over bytes read as signed chars), as a signed 32-bit integer. */
function fnv(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ ((bytes[i]! << 24) >> 24), FNV_PRIME);
  return h;
}

interface QuantMatrix {
  dim: number;
  nsubq: number;
  dsub: number;
  lastdsub: number;
  codes: Uint8Array;
  centroids: Float32Array;
  /** Each row's norm code, and the norms they stand for (one norm, 1, when the matrix keeps none). */
  normCodes: Uint8Array;
  norms: Float32Array;
}

function readQuantMatrix(r: Reader): QuantMatrix {
  const qnorm = r.u8() === 1;
  const rows = r.i64();
  r.i64(); // columns
  const codes = r.bytesOf(r.i32());
  const pq = readQuantizer(r);
  if (!qnorm) return { ...pq, codes, normCodes: new Uint8Array(rows), norms: Float32Array.of(1) };
  const normCodes = r.bytesOf(rows);
  return { ...pq, codes, normCodes, norms: readQuantizer(r).centroids };
}

function readQuantizer(r: Reader): { dim: number; nsubq: number; dsub: number; lastdsub: number; centroids: Float32Array } {
  const dim = r.i32();
  const nsubq = r.i32();
  const dsub = r.i32();
  const lastdsub = r.i32();
  return { dim, nsubq, dsub, lastdsub, centroids: r.f32s(dim * KSUB) };
}

/** The Huffman tree over label counts (labels sorted by falling count), as fastText builds it. */
function buildTree(counts: readonly number[]): { left: Int32Array; right: Int32Array } {
  const osz = counts.length;
  const n = 2 * osz - 1;
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const count = new Float64Array(n).fill(1e15);
  for (let i = 0; i < osz; i++) count[i] = counts[i]!;
  let leaf = osz - 1;
  let node = osz;
  for (let i = osz; i < n; i++) {
    const mini = [0, 0];
    for (let j = 0; j < 2; j++) mini[j] = leaf >= 0 && count[leaf]! < count[node]! ? leaf-- : node++;
    left[i] = mini[0]!;
    right[i] = mini[1]!;
    count[i] = count[mini[0]!]! + count[mini[1]!]!;
  }
  return { left, right };
}

/**
 * The input rows of a line are handled as records of their codes and norm code, copied next to each
 * other: each token's records are kept together, so a line reads a few runs of memory instead of a
 * cache miss per row in the 50,000-row matrix.
 */
class Predictor implements FastTextModel {
  /** Records of in-vocabulary words: the word's own row, then its character n-grams (filled on first use). */
  private readonly subwords: Array<Uint8Array | undefined> = [];
  private readonly unknown = new TokenCache();
  private readonly hidden: Float32Array;
  /** Bytes of a record: the row's sub-quantizer codes, then its norm code. */
  private readonly size: number;
  private bytes = new Uint8Array(1024);
  private word = new Uint8Array(256);
  private records: Uint8Array;
  private count = 0;
  private readonly threshold = stdLog(0);
  private heap: Array<{ score: number; node: number }> = [];
  /** Heap entries of earlier walks and of evicted leaves, reused: a fresh entry a leaf was most of a prediction's garbage. */
  private readonly spare: Array<{ score: number; node: number }> = [];
  private k = 0;
  /** The walk's pending nodes and their scores: at most one per level of the tree, plus one. */
  private readonly stackNodes: Int32Array;
  private readonly stackScores: Float64Array;

  constructor(
    private readonly dict: Dictionary,
    private readonly input: QuantMatrix,
    private readonly output: Float32Array,
    private readonly tree: { left: Int32Array; right: Int32Array },
  ) {
    this.hidden = new Float32Array(input.dim);
    this.size = input.nsubq + 1;
    this.records = new Uint8Array(1024 * this.size);
    this.stackNodes = new Int32Array(tree.left.length + 1);
    this.stackScores = new Float64Array(tree.left.length + 1);
  }

  predict(text: string, k: number): Array<{ label: string; score: number }> {
    // fastText reads the text as one line ending in a newline, encoded as the WebAssembly build's
    // string conversion encodes it.
    const length = this.encode(text);
    this.count = 0;
    this.readLine(length);
    if (this.count === 0) return [];
    this.computeHidden();
    for (const entry of this.heap) this.spare.push(entry);
    this.heap.length = 0;
    this.k = k;
    this.dfs(2 * this.dict.labels.length - 2);
    const heap = this.heap;
    for (let n = heap.length; n > 1; n--) popHeap(heap, n);
    return heap.map((p) => ({ label: this.dict.labels[p.node]!, score: expf(p.score) }));
  }

  /** UTF-8 of `text` plus "\n" into `this.bytes`; a lone surrogate takes the next unit with it, as in Emscripten. */
  private encode(text: string): number {
    if (this.bytes.length < 4 * text.length + 1) this.bytes = new Uint8Array(4 * text.length + 1);
    const out = this.bytes;
    let o = 0;
    for (let i = 0; i < text.length; i++) {
      let u = text.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdfff) u = (0x10000 + ((u & 0x3ff) << 10)) | (text.charCodeAt(++i) & 0x3ff);
      if (u <= 0x7f) out[o++] = u;
      else if (u <= 0x7ff) {
        out[o++] = 0xc0 | (u >> 6);
        out[o++] = 0x80 | (u & 63);
      } else if (u <= 0xffff) {
        out[o++] = 0xe0 | (u >> 12);
        out[o++] = 0x80 | ((u >> 6) & 63);
        out[o++] = 0x80 | (u & 63);
      } else {
        out[o++] = 0xf0 | (u >> 18);
        out[o++] = 0x80 | ((u >> 12) & 63);
        out[o++] = 0x80 | ((u >> 6) & 63);
        out[o++] = 0x80 | (u & 63);
      }
    }
    out[o++] = 10;
    return o;
  }

  /** Dictionary::getLine: tokens up to and including the end-of-line token, as input rows. */
  private readLine(length: number): void {
    const b = this.bytes;
    let i = 0;
    while (i < length) {
      const c = b[i]!;
      if (isSeparator(c)) {
        i++;
        if (c === 10) {
          this.addToken(EOS_BYTES, 0, EOS_BYTES.length);
          return;
        }
        continue;
      }
      let end = i + 1;
      while (end < length && !isSeparator(b[end]!)) end++;
      if (this.addToken(b, i, end)) return;
      i = end;
    }
  }

  /** Adds a token's rows; true when the token was the end-of-line token, which ends the line. */
  private addToken(b: Uint8Array, start: number, end: number): boolean {
    const dict = this.dict;
    const h = fnv(b, start, end);
    const id = this.find(b, start, end, h);
    if (id >= 0) {
      if (dict.types[id] === TYPE_WORD) this.push(this.subwordsOf(id));
      return end - start === EOS.length && EOS.every((c, j) => b[start + j] === c);
    }
    if (startsWith(b, start, end, LABEL_PREFIX)) return false;
    const seen = this.unknown.find(b, start, end, h);
    if (seen >= 0) {
      this.push(this.unknown.rowsOf(seen));
      return false;
    }
    const word = this.wordBuffer(end - start + 2);
    word[0] = 0x3c;
    word.set(b.subarray(start, end), 1);
    word[end - start + 1] = 0x3e;
    const from = this.count;
    this.addNgrams(word, end - start + 2);
    this.unknown.add(b, start, end, h, this.records.subarray(from * this.size, this.count * this.size));
    return false;
  }

  private wordBuffer(n: number): Uint8Array {
    if (this.word.length < n) this.word = new Uint8Array(2 * n);
    return this.word;
  }

  /** The entry id of the token's bytes, or -1. */
  private find(b: Uint8Array, start: number, end: number, h: number): number {
    const { slots, chars, starts } = this.dict;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = slots[s]!;
      if (id === -1) return -1;
      const from = starts[id]!;
      if (starts[id + 1]! - from !== end - start) continue;
      let same = true;
      for (let j = 0; j < end - start; j++) {
        if (chars[from + j] !== b[start + j]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private subwordsOf(id: number): Uint8Array {
    let rows = this.subwords[id];
    if (rows) return rows;
    const { chars, starts } = this.dict;
    const saved = this.count;
    this.addRow(id);
    if (!(starts[id + 1]! - starts[id]! === EOS.length && EOS.every((c, j) => chars[starts[id]! + j] === c))) {
      const n = starts[id + 1]! - starts[id]!;
      const word = this.wordBuffer(n + 2);
      word[0] = 0x3c;
      word.set(chars.subarray(starts[id]!, starts[id + 1]!), 1);
      word[n + 1] = 0x3e;
      this.addNgrams(word, n + 2);
    }
    rows = this.records.slice(saved * this.size, this.count * this.size);
    this.count = saved;
    this.subwords[id] = rows;
    return rows;
  }

  /** Appends records, copied. */
  private push(records: Uint8Array): void {
    this.ensure(records.length / this.size);
    this.records.set(records, this.count * this.size);
    this.count += records.length / this.size;
  }

  /** Appends the record of input row `row`. */
  private addRow(row: number): void {
    this.ensure(1);
    const { codes, normCodes, nsubq } = this.input;
    const at = this.count * this.size;
    for (let m = 0; m < nsubq; m++) this.records[at + m] = codes[row * nsubq + m]!;
    this.records[at + nsubq] = normCodes[row]!;
    this.count++;
  }

  private ensure(n: number): void {
    if ((this.count + n) * this.size <= this.records.length) return;
    const grown = new Uint8Array(2 * (this.count + n) * this.size);
    grown.set(this.records.subarray(0, this.count * this.size));
    this.records = grown;
  }

  /** Dictionary::computeSubwords: character n-grams of `<word>`, whole UTF-8 characters, minn to maxn long. */
  private addNgrams(word: Uint8Array, length: number): void {
    const { minn, maxn, bucket, nwords, pruned } = this.dict;
    for (let i = 0; i < length; i++) {
      if ((word[i]! & 0xc0) === 0x80) continue;
      let h = FNV_OFFSET;
      for (let j = i, n = 1; j < length && n <= maxn; n++) {
        h = Math.imul(h ^ ((word[j++]! << 24) >> 24), FNV_PRIME);
        while (j < length && (word[j]! & 0xc0) === 0x80) h = Math.imul(h ^ ((word[j++]! << 24) >> 24), FNV_PRIME);
        if (n < minn || (n === 1 && (i === 0 || j === length))) continue;
        let row = (h >>> 0) % bucket;
        if (pruned) {
          row = pruned.get(row);
          if (row < 0) continue;
        }
        this.addRow(nwords + row);
      }
    }
  }

  /** Model::computeHidden: the mean of the input rows, each decoded from its product-quantizer code. */
  private computeHidden(): void {
    const { nsubq, dsub, lastdsub, centroids, norms } = this.input;
    const records = this.records;
    const hidden = this.hidden;
    hidden.fill(0);
    for (let t = 0; t < this.count; t++) {
      const code = t * this.size;
      const alpha = norms[records[code + nsubq]!]!;
      for (let m = 0; m < nsubq; m++) {
        const d = m === nsubq - 1 ? lastdsub : dsub;
        const c = m === nsubq - 1 ? m * KSUB * dsub + records[code + m]! * lastdsub : (m * KSUB + records[code + m]!) * dsub;
        for (let n = 0; n < d; n++) hidden[m * dsub + n] += Math.fround(alpha * centroids[c + n]!);
      }
    }
    const scale = Math.fround(1 / this.count);
    for (let i = 0; i < hidden.length; i++) hidden[i] *= scale;
  }

  /**
   * HierarchicalSoftmaxLoss::dfs: the k best leaves by summed log-probability, pruning below the worst
   * kept. Walked with a stack of typed arrays in the recursion's order (left subtree first, each node
   * judged against the heap as it stands when its turn comes): recursive calls boxed every score.
   */
  private dfs(root: number): void {
    const heap = this.heap;
    const { left, right } = this.tree;
    const osz = this.dict.labels.length;
    const dim = this.hidden.length;
    const nodes = this.stackNodes;
    const scores = this.stackScores;
    nodes[0] = root;
    scores[0] = 0;
    for (let top = 1; top > 0; ) {
      top--;
      const node = nodes[top]!;
      const score = scores[top]!;
      if (score < this.threshold) continue;
      if (heap.length === this.k && score < heap[0]!.score) continue;
      if (left[node] === -1 && right[node] === -1) {
        const entry = this.spare.pop() ?? { score: 0, node: 0 };
        entry.score = score;
        entry.node = node;
        heap.push(entry);
        pushHeap(heap);
        if (heap.length > this.k) {
          popHeap(heap, heap.length);
          this.spare.push(heap.pop()!);
        }
        continue;
      }
      const base = (node - osz) * dim;
      let dot = 0;
      for (let j = 0; j < dim; j++) dot = Math.fround(dot + Math.fround(this.output[base + j]! * this.hidden[j]!));
      const f = Math.fround(1 / Math.fround(1 + expf(-dot)));
      // The right child waits below the left one, as the recursion came back to it.
      nodes[top] = right[node]!;
      scores[top] = Math.fround(score + stdLog(f));
      nodes[top + 1] = left[node]!;
      scores[top + 1] = Math.fround(score + stdLog(Math.fround(1 - f)));
      top += 2;
    }
  }
}

const EOS_BYTES = Uint8Array.from(EOS);

/** Tokens remembered at most, before the cache starts afresh. */
const CACHED_TOKENS = 8192;

/**
 * Input rows of recently seen out-of-vocabulary tokens. Articles repeat their names and words, and
 * each n-gram of a new token costs a lookup at a random place in the pruned n-gram table.
 */
class TokenCache {
  private readonly slots = new Int32Array(4 * CACHED_TOKENS).fill(-1);
  private readonly hashes = new Int32Array(CACHED_TOKENS);
  private readonly byteStarts = new Int32Array(CACHED_TOKENS + 1);
  private readonly rowStarts = new Int32Array(CACHED_TOKENS + 1);
  private bytes = new Uint8Array(16 * CACHED_TOKENS);
  /** The tokens' row records, back to back. */
  private rows = new Uint8Array(64 * 1024);
  private size = 0;

  /** The entry holding these bytes, or -1. */
  find(b: Uint8Array, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === -1) return -1;
      if (this.hashes[e] !== h) continue;
      const from = this.byteStarts[e]!;
      if (this.byteStarts[e + 1]! - from !== end - start) continue;
      let same = true;
      for (let j = 0; j < end - start; j++) {
        if (this.bytes[from + j] !== b[start + j]) {
          same = false;
          break;
        }
      }
      if (same) return e;
    }
  }

  rowsOf(e: number): Uint8Array {
    return this.rows.subarray(this.rowStarts[e]!, this.rowStarts[e + 1]!);
  }

  add(b: Uint8Array, start: number, end: number, h: number, rows: Uint8Array): void {
    if (this.size === CACHED_TOKENS) {
      this.slots.fill(-1);
      this.size = 0;
    }
    const e = this.size++;
    const byteEnd = this.byteStarts[e]! + end - start;
    const rowEnd = this.rowStarts[e]! + rows.length;
    if (byteEnd > this.bytes.length) this.bytes = grow(this.bytes, new Uint8Array(2 * byteEnd), this.byteStarts[e]!);
    if (rowEnd > this.rows.length) this.rows = grow(this.rows, new Uint8Array(2 * rowEnd), this.rowStarts[e]!);
    this.bytes.set(b.subarray(start, end), this.byteStarts[e]!);
    this.rows.set(rows, this.rowStarts[e]!);
    this.byteStarts[e + 1] = byteEnd;
    this.rowStarts[e + 1] = rowEnd;
    this.hashes[e] = h;
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== -1) s = (s + 1) & mask;
    this.slots[s] = e;
  }
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T, used: number): T {
  to.set(from.subarray(0, used));
  return to;
}

/** The bytes fastText splits words on: space, \n, \r, \t, \v, \f, NUL. */
function isSeparator(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0;
}

function startsWith(b: Uint8Array, start: number, end: number, prefix: readonly number[]): boolean {
  if (end - start < prefix.length) return false;
  for (let j = 0; j < prefix.length; j++) if (b[start + j] !== prefix[j]) return false;
  return true;
}

/** fastText's `std_log`: log(x + 1e-5) in double precision, returned in single. */
function stdLog(x: number): number {
  return Math.fround(Math.log(x + 1e-5));
}

// std::push_heap / std::pop_heap of libc++ with fastText's comparator (greater score first), so that
// equal scores come out in the same order.
function greater(a: { score: number }, b: { score: number }): boolean {
  return a.score > b.score;
}

function pushHeap(heap: Array<{ score: number; node: number }>): void {
  let len = heap.length;
  if (len <= 1) return;
  let last = len - 1;
  len = (len - 2) >> 1;
  if (!greater(heap[len]!, heap[last]!)) return;
  const t = heap[last]!;
  do {
    heap[last] = heap[len]!;
    last = len;
    if (len === 0) break;
    len = (len - 1) >> 1;
  } while (greater(heap[len]!, t));
  heap[last] = t;
}

/** Moves the heap's top to position `len - 1` and restores the heap on the rest (Floyd's sift-down). */
function popHeap(heap: Array<{ score: number; node: number }>, len: number): void {
  if (len <= 1) return;
  const top = heap[0]!;
  let hole = 0;
  let child = 0;
  for (;;) {
    child = 2 * child + 1;
    if (child + 1 < len && greater(heap[child]!, heap[child + 1]!)) child++;
    heap[hole] = heap[child]!;
    hole = child;
    if (child > (len - 2) >> 1) break;
  }
  const last = len - 1;
  if (hole === last) {
    heap[hole] = top;
    return;
  }
  heap[hole] = heap[last]!;
  heap[last] = top;
  // Sift the moved element up from the hole.
  let at = hole;
  const t = heap[at]!;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!greater(heap[parent]!, t)) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = t;
}

// expf as the WebAssembly build's C library computes it (musl, from Arm's optimized routines): a
// 32-entry table of 2^(i/32) and a cubic, in double precision. Math.exp rounded to single differs
// from it in the last bit now and then.
const EXP2_TABLE = [
  1, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577, 1.1143867425958924, 1.1387886347566916,
  1.1637248587775775, 1.189207115002721, 1.215247359980469, 1.241857812073484, 1.2690509571917332, 1.2968395546510096,
  1.3252366431597413, 1.3542555469368927, 1.383909881963832, 1.4142135623730951, 1.4451808069770467, 1.4768261459394993,
  1.5091644275934228, 1.5422108254079407, 1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429,
  1.718619298122478, 1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474,
  1.9571441241754002,
];
const EXP_SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer
const INV_LN2_32 = 46.16624130844683; // 32 / ln 2
const EXP_C0 = 0.05550361559341535 / 32768;
const EXP_C1 = 0.2402284522445722 / 1024;
const EXP_C2 = 0.6931471806916203 / 32;
/** 2^e for e in [-160, 160], built by exact doubling. */
const POW2 = (() => {
  const out = new Float64Array(321);
  out[160] = 1;
  for (let e = 1; e <= 160; e++) {
    out[160 + e] = out[160 + e - 1]! * 2;
    out[160 - e] = out[160 - e + 1]! / 2;
  }
  return out;
})();

/** e^x in single precision, bit for bit musl's `expf`, for a single-precision `x`. */
export function expf(x: number): number {
  if (x > 88.72283172607422) return Infinity;
  if (x < -103.97207641601562) return 0;
  if (x !== x) return x;
  const z = INV_LN2_32 * x;
  const kd = z + EXP_SHIFT - EXP_SHIFT;
  const r = z - kd;
  const s = EXP2_TABLE[kd & 31]! * POW2[160 + (kd >> 5)]!;
  const p = EXP_C0 * r + EXP_C1;
  let y = EXP_C2 * r + 1;
  y = p * (r * r) + y;
  return Math.fround(y * s);
}
