import { describe, expect, it } from 'vitest';
import {
  layoutPathwayDiagram,
  UnknownStepError,
  type Box,
  type DiagramLayout,
  type DiagramStepInput,
  type DiagramTexts,
} from '../../../src/charts/diagram-layout';
import { estimateTextWidth } from '../../../src/text/text-wrap';

const texts: DiagramTexts = {
  step: (n) => `Trin ${n}`,
  outcome: 'Udfald',
  forwardTo: (n, title) => `Videre til trin ${n}: ${title}`,
  backTo: (n, title) => `Tilbage til trin ${n}: ${title}`,
};

const step = (
  id: string,
  phase: DiagramStepInput['phase'],
  branches: DiagramStepInput['branches'] = [],
): DiagramStepInput => ({
  id,
  title: `Trinnet ${id} med en titel, der er lang nok til at blive ombrudt`,
  phase,
  phaseLabel: phase,
  actors: ['Sygehus', 'Kommune'],
  branches,
});

/** A pathway with every kind of branch: to the next step, forward, back and out. */
const steps: DiagramStepInput[] = [
  step('henvisning', 'opsporing'),
  step('vurdering', 'udredning', [
    { condition: 'Der er behov for indsatser', next: 'udredning' },
    { condition: 'Tidlig indsats er nødvendig', next: 'kommune' },
  ]),
  step('udredning', 'udredning', [
    { condition: 'Indsatsen skal foregå på sygehuset', outcome: 'Sygehuset står for indsatsen' },
    { condition: 'Patienten har komplekse behov', outcome: 'Kommunen inddrages' },
    { condition: 'Behandlingen er lang', outcome: 'Det aftales, hvem der koordinerer' },
  ]),
  step('kommune', 'rehabilitering'),
  step('opfoelgning', 'opfoelgning', [{ condition: 'Der opstår senfølger', next: 'kommune' }]),
];

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

let cached: DiagramLayout | undefined;
const layout = async () => (cached ??= await layoutPathwayDiagram(steps, texts));

describe('layoutPathwayDiagram', () => {
  it('gives every step one box, in the order the steps are listed from top to bottom', async () => {
    const stepNodes = (await layout()).nodes.filter((node) => node.kind === 'step');
    expect(stepNodes.map((node) => node.stepId)).toEqual(steps.map((s) => s.id));
    const tops = stepNodes.map((node) => node.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('places no box on top of another box or edge label', async () => {
    const { nodes, edges } = await layout();
    const boxes: Box[] = [...nodes, ...edges.flatMap((edge) => (edge.label ? [edge.label] : []))];
    const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)));
    expect(clashes).toEqual([]);
  });

  it('keeps every box inside the diagram', async () => {
    const { nodes, width, height } = await layout();
    const outside = nodes.filter(
      (n) => n.x < 0 || n.y < 0 || n.x + n.width > width || n.y + n.height > height,
    );
    expect(outside).toEqual([]);
  });

  it('turns every branch into an edge labelled with its condition', async () => {
    const branchEdges = (await layout()).edges.filter((edge) => edge.kind === 'branch');
    const conditions = steps.flatMap((s) => s.branches.map((b) => b.condition));
    expect(branchEdges.map((edge) => edge.label?.text)).toEqual(conditions);
    for (const edge of branchEdges) {
      expect(edge.label?.lines.map((line) => line.text).join(' ')).toBe(edge.label?.text);
    }
  });

  it('draws a branch to the following step as an edge straight to that step', async () => {
    const edge = (await layout()).edges.find((e) => e.from === 'vurdering' && e.branchIndex === 0);
    expect(edge?.to).toBe('udredning');
  });

  it('ends a branch with an outcome in an outcome box that says what happens', async () => {
    const { nodes, edges } = await layout();
    const edge = edges.find((e) => e.from === 'udredning' && e.branchIndex === 1);
    const box = nodes.find((node) => node.id === edge?.to);
    expect(box?.kind).toBe('outcome');
    expect(box?.lines.map((line) => line.text).join(' ')).toBe('Udfald Kommunen inddrages');
  });

  it('points a branch to a later step at a box that names that step and its number', async () => {
    const { nodes, edges } = await layout();
    const edge = edges.find((e) => e.from === 'vurdering' && e.branchIndex === 1);
    const box = nodes.find((node) => node.id === edge?.to);
    expect(box?.kind).toBe('jump');
    expect(box?.targetStepId).toBe('kommune');
    expect(box?.lines.map((line) => line.text).join(' ')).toMatch(/^Videre til trin 4: /);
  });

  it('points a branch back to an earlier step at a box that says it goes back', async () => {
    const { nodes, edges } = await layout();
    const edge = edges.find((e) => e.from === 'opfoelgning');
    const box = nodes.find((node) => node.id === edge?.to);
    expect(box?.lines.map((line) => line.text).join(' ')).toMatch(/^Tilbage til trin 4: /);
  });

  it('joins each step to the next with an unlabelled edge unless a branch already does', async () => {
    const sequence = (await layout()).edges.filter((edge) => edge.kind === 'sequence');
    expect(sequence.map((edge) => [edge.from, edge.to])).toEqual([
      ['henvisning', 'vurdering'],
      ['udredning', 'kommune'],
      ['kommune', 'opfoelgning'],
    ]);
    expect(sequence.every((edge) => edge.label === undefined)).toBe(true);
  });

  it('routes every edge as a line that starts and ends on the boxes it joins', async () => {
    const { nodes, edges } = await layout();
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const onEdgeOf = (box: Box, p: { x: number; y: number }) =>
      p.x >= box.x - 0.5 &&
      p.x <= box.x + box.width + 0.5 &&
      p.y >= box.y - 0.5 &&
      p.y <= box.y + box.height + 0.5;
    for (const edge of edges) {
      const first = edge.segments[0]?.[0];
      const last = edge.segments.at(-1)?.at(-1);
      expect(first && onEdgeOf(byId.get(edge.from) as Box, first)).toBe(true);
      expect(last && onEdgeOf(byId.get(edge.to) as Box, last)).toBe(true);
    }
  });

  it('wraps the text of every box so each line fits inside it', async () => {
    const { nodes } = await layout();
    for (const node of nodes) {
      for (const line of node.lines) {
        const bold = line.role === 'title' || line.role === 'eyebrow';
        const size = { eyebrow: 11, title: 13, meta: 11, label: 11.5, body: 12 }[line.role];
        expect(
          line.x + estimateTextWidth(line.text, size, bold ? 'bold' : 'regular'),
        ).toBeLessThanOrEqual(node.x + node.width);
        expect(line.y).toBeLessThanOrEqual(node.y + node.height);
      }
    }
  });

  it('stays narrow enough to read on a phone, even with three branches on one step', async () => {
    expect((await layout()).width).toBeLessThan(360);
  });

  it('puts consecutive steps of the same phase in one band', async () => {
    const bands = (await layout()).bands;
    expect(bands.map((band) => [band.phase, band.firstStep, band.lastStep])).toEqual([
      ['opsporing', 1, 1],
      ['udredning', 2, 3],
      ['rehabilitering', 4, 4],
      ['opfoelgning', 5, 5],
    ]);
  });

  it('lets the bands cover the whole diagram without gaps or overlaps', async () => {
    const { bands, height } = await layout();
    expect(bands[0]?.y).toBe(0);
    bands.slice(1).forEach((band, index) => {
      const previous = bands[index]!;
      expect(band.y).toBeCloseTo(previous.y + previous.height);
    });
    const last = bands.at(-1)!;
    expect(last.y + last.height).toBeCloseTo(height);
  });

  it('gives the same layout for the same steps', async () => {
    expect(await layoutPathwayDiagram(steps, texts)).toEqual(await layout());
  });

  it('refuses a branch to a step the pathway does not have', async () => {
    const broken = [step('a', 'opsporing', [{ condition: 'Altid', next: 'findes-ikke' }])];
    await expect(layoutPathwayDiagram(broken, texts)).rejects.toThrow(UnknownStepError);
    await expect(layoutPathwayDiagram(broken, texts)).rejects.toThrow(/findes-ikke/);
  });

  it('lays out a pathway of a single step', async () => {
    const single = await layoutPathwayDiagram([step('eneste', 'behandling')], texts);
    expect(single.nodes).toHaveLength(1);
    expect(single.edges).toEqual([]);
  });
});
