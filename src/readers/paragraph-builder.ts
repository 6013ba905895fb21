/** Elements that start a new paragraph of text. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/**
 * Collects text into paragraphs the way a browser lays out blocks: whitespace inside a paragraph
 * collapses to one space, `<br>` becomes a line break, and paragraphs are joined by a blank line.
 */
export class ParagraphBuilder {
  private readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line = '';

  /** Adds character data (already entity-decoded). */
  text(value: string): void {
    this.line += value;
  }

  /** A `<br>`: ends the current line, not the paragraph. */
  lineBreak(): void {
    this.lines.push(collapse(this.line));
    this.line = '';
  }

  /** A block boundary: ends the current paragraph if it holds any text. */
  breakParagraph(): void {
    this.lineBreak();
    const paragraph = this.lines.filter((l) => l !== '').join('\n');
    if (paragraph !== '') this.paragraphs.push(paragraph);
    this.lines = [];
  }

  /** The paragraphs, separated by blank lines. */
  finish(): string {
    this.breakParagraph();
    return this.paragraphs.join('\n\n');
  }
}

/** Collapses whitespace runs (including no-break spaces) to one space and trims. */
function collapse(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}
