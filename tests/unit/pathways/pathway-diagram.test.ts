import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { diagramSteps, pathwayDiagram } from '../../../src/pathways/pathway-diagram';

const data = await loadSiteData();
const knee = byId(data.pathways, 'knaeartrose-traening');

describe('pathwayDiagram', () => {
  it('gives the diagram actor names and their sectors as lanes', () => {
    const [first] = diagramSteps(knee.data.steps, data.actors);
    expect(first?.actors).toEqual(['Almen praksis', 'Patient og pårørende']);
    expect(first?.actorLanes).toEqual(['almen-praksis', 'borger']);
  });

  it('puts the patient’s lane last', () => {
    const diagram = pathwayDiagram(knee.data.title, knee.data.steps, data.actors);
    expect(diagram.wide.heading.layout.lanes.at(-1)?.key).toBe('borger');
  });

  it.each(['wide', 'narrow'] as const)(
    'cuts the %s layout into slices of one step each that together cover it under the headings',
    (mode) => {
      const diagram = pathwayDiagram(knee.data.title, knee.data.steps, data.actors);
      const { rows } = diagram[mode];
      const layout = rows[0]?.slice.layout;
      const order = rows.map((row) => row.stepId).filter((id, i, all) => id !== all[i - 1]);
      expect(order).toEqual(knee.data.steps.map((step) => step.id));
      expect(rows.reduce((sum, row) => sum + row.slice.height, 0)).toBe(
        (layout?.height ?? 0) - (layout?.top ?? 0),
      );
    },
  );

  it('names the actors and sectors that take part in each row', () => {
    const diagram = pathwayDiagram(knee.data.title, knee.data.steps, data.actors);
    knee.data.steps.forEach((step) => {
      const row = diagram.wide.rows.find((each) => each.stepId === step.id);
      expect(row?.actors).toEqual(step.actors.map((ref) => ref.id));
      expect(row?.sectors.length).toBeGreaterThan(0);
    });
  });

  it('keeps the wide layout narrow enough that its text prints at 8 pt or more on A4', () => {
    const cancer = byId(data.pathways, 'kraeft-rehabilitering-palliation');
    const diagram = pathwayDiagram(cancer.data.title, cancer.data.steps, data.actors);
    // 12-unit text shrunk to the 656 px the diagram has on A4 (182 mm less the side padding).
    const printed = (12 * 656) / diagram.wide.heading.layout.width;
    expect(printed * 0.75).toBeGreaterThanOrEqual(8);
  });

  it('describes the diagram with its numbers of steps, lanes and decisions', () => {
    const diagram = pathwayDiagram(knee.data.title, knee.data.steps, data.actors);
    expect(diagram.description).toContain('9 trin');
    expect(diagram.description).toContain(`${diagram.lanes} sektorer`);
    expect(diagram.title).toBe(
      `Diagram over forløbet ${knee.data.title}: hvem gør hvad, trin for trin`,
    );
  });
});
