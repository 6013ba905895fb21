import { BLOCK_ELEMENTS, ParagraphBuilder } from './paragraph-builder.js';

/** The little of the DOM the walk needs (linkedom and browsers both provide it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'head']);

/**
 * Renders a DOM subtree as plain text, one paragraph per block element, blank lines between them.
 * Iterative (an explicit stack), so deep trees cannot overflow the call stack.
 *
 * @example domToText(parse('<p>One</p><p>Two<br>three</p>').body) // 'One\n\nTwo\nthree'
 */
export function domToText(root: DomNode): string {
  const out = new ParagraphBuilder();
  // Each entry is a node to enter, or a block element to leave (marked by `leave`).
  const stack: Array<{ node: DomNode; leave: boolean }> = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (node.nodeType === TEXT) {
      out.text(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (leave) {
      out.breakParagraph();
      continue;
    }
    if (HIDDEN.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      out.breakParagraph();
      stack.push({ node, leave: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  }
  return out.finish();
}
