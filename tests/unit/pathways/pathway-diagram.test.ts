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
    expect(diagram.wide[0]?.layout.lanes.at(-1)?.key).toBe('borger');
  });

  it('cuts the wide layout into slices that together cover it', () => {
    const diagram = pathwayDiagram(knee.data.title, knee.data.steps, data.actors);
    const height = diagram.wide[0]?.layout.height ?? 0;
    expect(diagram.wide.length).toBeGreaterThan(1);
    expect(diagram.wide.reduce((sum, slice) => sum + slice.height, 0)).toBe(height);
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
