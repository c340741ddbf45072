import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a PDF page and where it starts (PDF units, y up). */
interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * The text of each page of a PDF, one line of text per line, the way a reader sees the sheet:
 * runs that share a baseline are one line, read left to right, and lines top to bottom. Read with
 * Mozilla's pdf.js (an npm package), so the print tests need no program outside npm.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const runs: TextRun[] = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              height: item.height,
              hasEOL: item.hasEOL,
            },
          ]
        : [],
    );
    pages.push(linesOf(runs).join('\n'));
  }
  await task.destroy();
  return pages;
}

/**
 * Groups runs into lines by their baseline and joins each line's runs in reading order. Runs on
 * one baseline far apart (the diagram's lanes side by side) are separate lines, as a reader
 * reads one box at a time.
 */
function linesOf(runs: TextRun[]): string[] {
  const rows: TextRun[][] = [];
  for (const run of runs.filter((candidate) => candidate.str.trim() !== '')) {
    const tolerance = Math.max(1, run.height * 0.3);
    const row = rows.find((existing) => Math.abs((existing[0]?.y ?? 0) - run.y) <= tolerance);
    if (row) row.push(run);
    else rows.push([run]);
  }
  return rows
    .sort((a, b) => (b[0]?.y ?? 0) - (a[0]?.y ?? 0))
    .flatMap((row) => {
      const lines: string[] = [];
      let text = '';
      let end = -Infinity;
      for (const run of [...row].sort((a, b) => a.x - b.x)) {
        const gap = run.x - end;
        if (text !== '' && gap > run.height * 1.5) {
          // A column gap: the next box's text.
          lines.push(text);
          text = '';
        } else if (
          text !== '' &&
          !text.endsWith(' ') &&
          !run.str.startsWith(' ') &&
          gap > run.height * 0.15
        ) {
          // A visible gap between two runs is a space the PDF does not write out.
          text += ' ';
        }
        text += run.str;
        end = run.x + run.width;
      }
      lines.push(text);
      return lines.map((line) => line.trim()).filter((line) => line !== '');
    });
}
