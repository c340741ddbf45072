/**
 * Long plain-text fields (case sections) follow two rules: a blank line starts a new
 * paragraph, and a line that starts with «- » is a list item. This turns such text into
 * blocks a template renders as `<p>` and `<ul>`, escaped like any other text.
 */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const ITEM = /^\s*-\s+/;

/** Splits plain text into paragraphs and lists. Lines inside a paragraph are joined by a space. */
export function toTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replaceAll('\r\n', '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    let paragraph: string[] = [];
    let list: string[] | null = null;
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list && list.length > 0) blocks.push({ kind: 'list', items: list });
      list = null;
    };
    for (const line of lines) {
      if (ITEM.test(line)) {
        flushParagraph();
        list ??= [];
        list.push(line.replace(ITEM, ''));
      } else if (list) {
        // A line under a list item without «- » continues that item.
        list[list.length - 1] = `${list[list.length - 1]} ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  // Adjacent lists separated only by a blank line are one list.
  return blocks.reduce<TextBlock[]>((merged, block) => {
    const last = merged[merged.length - 1];
    if (block.kind === 'list' && last?.kind === 'list') last.items.push(...block.items);
    else merged.push(block);
    return merged;
  }, []);
}
