import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { stepViews } from '../../../src/pathways/pathway-steps';

const data = await loadSiteData();
const steps = stepViews(
  byId(data.pathways, 'knaeartrose-traening').data.steps,
  data.actors,
  data.sources,
);

describe('stepViews', () => {
  it('numbers the steps and gives each an anchor', () => {
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    expect(steps[0]?.anchor).toBe('trin-vurdering-i-almen-praksis');
  });

  it('links each responsible actor to its page by name', () => {
    expect(steps[0]?.actors[0]).toEqual({
      href: '/aktoerer/almen-praksis/',
      text: 'Almen praksis',
    });
    expect(steps[0]?.actorsLabel).toBe('Ansvarlige');
  });

  it('links a branch to the step it continues with, by number and title', () => {
    const toPrivate = steps[2]?.decisions.at(-1);
    expect(toPrivate?.target).toEqual({
      href: '#trin-henvisning-privat-fysioterapeut',
      text: 'trin 4: Henvisning til praktiserende fysioterapeut',
    });
  });

  it('ends every condition with a full stop', () => {
    for (const step of steps) {
      for (const decision of step.decisions) expect(decision.condition).toMatch(/[.!?]$/);
    }
  });

  it('cites a step’s own source with its short title and section', () => {
    expect(steps[0]?.citation?.source.href).toBe('/kilder/rn-knaeartrose-2016/');
    expect(steps[0]?.citation?.rest).toMatch(/^, Afsnit 3/);
  });
});
