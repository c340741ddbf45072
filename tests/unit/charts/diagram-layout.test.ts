import { describe, expect, it } from 'vitest';
import { layoutPathwayDiagram, UnknownStepError } from '../../../src/charts/diagram-layout';
import {
  DIAGRAM_FONT,
  type Box,
  type DiagramStepInput,
  type DiagramTexts,
} from '../../../src/charts/diagram-types';

const texts: DiagramTexts = {
  step: (n) => `Trin ${n}`,
  decision: 'Beslutning',
  outcome: 'Udfald',
  anyOf: 'Mindst én gælder:',
  forwardTo: (n, title) => `Videre til trin ${n}: ${title}`,
  backTo: (n, title) => `Tilbage til trin ${n}: ${title}`,
};
const lanes = [
  { key: 'almen-praksis', label: 'Almen praksis' },
  { key: 'kommune', label: 'Kommune' },
  { key: 'privat-praksis', label: 'Privat praksis' },
  { key: 'borger', label: 'Borger' },
];

const step = (
  id: string,
  actorLanes: string[],
  branches: DiagramStepInput['branches'] = [],
): DiagramStepInput => ({
  id,
  title: `Trinnet ${id}`,
  actors: actorLanes.map((lane) => `Aktør i ${lane}`),
  actorLanes,
  branches,
});

/** A small knee-like pathway: three criteria to the municipality, otherwise private practice. */
const steps = [
  step('laege', ['almen-praksis', 'borger']),
  step(
    'valg',
    ['almen-praksis'],
    [
      { condition: 'Kriterium 1', next: 'kommune' },
      { condition: 'Kriterium 2', next: 'kommune' },
      { condition: 'Kriterium 3', next: 'kommune' },
      { condition: 'Ingen gælder', next: 'privat' },
    ],
  ),
  step('privat', ['privat-praksis'], [{ condition: 'Modtaget', next: 'kommune' }]),
  step('kommune', ['kommune', 'borger'], [{ condition: 'Forebyggelse', outcome: 'Henvises' }]),
];

const wide = layoutPathwayDiagram(steps, lanes, texts, { mode: 'wide', lastLanes: ['borger'] });
const narrow = layoutPathwayDiagram(steps, lanes, texts, { mode: 'narrow' });
const stepBoxes = (layout: typeof wide) => layout.nodes.filter((node) => node.kind === 'step');
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutPathwayDiagram, wide', () => {
  it('gives every lane a column, with the patient’s lane last', () => {
    expect(wide.lanes.map((lane) => lane.key)).toEqual([
      'almen-praksis',
      'privat-praksis',
      'kommune',
      'borger',
    ]);
    expect(wide.width).toBe(wide.lanes.reduce((sum, lane) => sum + lane.width, 0));
  });

  it('puts each step in the column of its first actor, in order from top to bottom', () => {
    const boxes = stepBoxes(wide);
    expect(boxes.map((box) => box.stepId)).toEqual(steps.map((s) => s.id));
    const tops = boxes.map((box) => box.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    for (const box of boxes) {
      const lane = wide.lanes.find((l) => box.x >= l.x && box.x + box.width <= l.x + l.width);
      expect(lane?.key).toBe(steps.find((s) => s.id === box.stepId)?.actorLanes[0]);
    }
  });

  it('marks the other lanes that take part in a step with a share box in the same row', () => {
    const shares = wide.nodes.filter((node) => node.kind === 'share');
    expect(shares.map((node) => node.id)).toEqual(['laege__borger', 'kommune__borger']);
    const first = stepBoxes(wide)[0]!;
    expect(shares[0]!.y).toBe(first.y);
  });

  it('draws the three criteria as one exit and «none of them» as another', () => {
    const exits = wide.nodes.filter((node) => node.kind === 'exit' && node.stepId === 'valg');
    expect(exits).toHaveLength(2);
    const texts = exits.map((exit) => exit.lines.map((line) => line.text).join(' '));
    expect(texts[0]).toContain('Mindst én gælder:');
    expect(texts[0]).toContain('Videre til trin 4');
    expect(texts[1]).toContain('Ingen gælder');
    expect(texts[1]).not.toContain('Videre');
  });

  it('draws one decision mark for each step with more than one way on', () => {
    expect(wide.decisions.map((decision) => decision.stepId)).toEqual(['valg', 'kommune']);
  });

  it('links every box to a step of the pathway', () => {
    const ids = new Set(steps.map((s) => s.id));
    for (const node of wide.nodes) expect(ids.has(node.linkStepId)).toBe(true);
    const criteria = wide.nodes.find((node) => node.id === 'valg__exit0');
    expect(criteria?.linkStepId).toBe('kommune');
  });

  it('leads an arrow from each row on to the next step', () => {
    const sequence = wide.edges.filter((edge) => edge.kind === 'sequence');
    const boxes = stepBoxes(wide);
    for (const box of boxes.slice(1)) {
      const ends = sequence.map((edge) => edge.points.at(-1));
      expect(ends).toContainEqual({ x: box.x + box.width / 2, y: box.y });
    }
  });

  it('lets no two boxes overlap', () => {
    const nodes = wide.nodes;
    for (const [index, a] of nodes.entries()) {
      for (const b of nodes.slice(index + 1)) expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false);
    }
  });

  it('keeps every box inside the diagram', () => {
    for (const node of wide.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(wide.width);
      expect(node.y + node.height).toBeLessThanOrEqual(wide.height);
    }
  });

  it('gives a cut line between each pair of rows', () => {
    expect(wide.rowCuts).toHaveLength(steps.length - 1);
  });

  it('may cut a row between the ways out of its decision, never through a box', () => {
    // The knee-like choice has two ways out (the three criteria together, and «Ingen gælder»).
    expect(wide.innerCuts.length).toBeGreaterThan(0);
    for (const cut of wide.innerCuts) {
      for (const node of wide.nodes) {
        expect(cut <= node.y || cut >= node.y + node.height, node.id).toBe(true);
      }
    }
  });
});

describe('layoutPathwayDiagram, narrow', () => {
  it('draws one column with the lane named in every step box and no share boxes', () => {
    expect(narrow.lanes).toEqual([]);
    expect(narrow.nodes.some((node) => node.kind === 'share')).toBe(false);
    const first = stepBoxes(narrow)[0]!;
    expect(first.lines[0]?.text).toBe('Trin 1 · Almen praksis');
    expect(new Set(stepBoxes(narrow).map((box) => box.x)).size).toBe(1);
  });

  it('lists all the step’s actors in the box', () => {
    const text = stepBoxes(narrow)[0]!
      .lines.map((line) => line.text)
      .join(' ');
    expect(text).toContain('Aktør i borger');
  });
});

describe('layoutPathwayDiagram, bad input', () => {
  it('refuses a branch to a step the pathway does not have', () => {
    const broken = [step('a', ['kommune'], [{ condition: 'x', next: 'findes-ikke' }])];
    expect(() => layoutPathwayDiagram(broken, lanes, texts, { mode: 'wide' })).toThrow(
      UnknownStepError,
    );
  });
});

describe('layoutPathwayDiagram, long texts', () => {
  const long = 'Borgeren/patienten er tilknyttet den kommunale genoptræning efter udskrivelsen';
  const wordy = [
    step('a', ['almen-praksis'], [{ condition: long, next: 'b' }]),
    step(
      'b',
      ['kommune'],
      [
        { condition: long, outcome: long },
        { condition: 'Ellers', next: 'a' },
      ],
    ),
  ];

  it('writes every condition and outcome in full, never ending a line in «…»', () => {
    const layout = layoutPathwayDiagram(wordy, lanes, texts, { mode: 'wide' });
    const lines = layout.nodes.flatMap((node) => node.lines.map((line) => line.text));
    expect(lines.some((line) => line.endsWith('…'))).toBe(false);
    expect(lines.join(' ').replaceAll('- ', '')).toContain(long);
  });

  it('narrows the lanes to keep the wide layout within its widest', () => {
    const layout = layoutPathwayDiagram(steps, lanes, texts, { mode: 'wide', maxWidth: 600 });
    expect(layout.width).toBeLessThanOrEqual(600);
    expect(layout.nodes.every((node) => node.x + node.width <= layout.width)).toBe(true);
  });

  it('draws no text under 12 units', () => {
    const sizes = Object.entries(DIAGRAM_FONT).filter(([key]) => key !== 'lineHeight');
    expect(Math.min(...sizes.map(([, size]) => size))).toBeGreaterThanOrEqual(12);
  });
});
