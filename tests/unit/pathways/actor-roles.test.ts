import { describe, expect, it } from 'vitest';
import {
  groupBySector,
  rolesOfActor,
  stepsByPhase,
  type PathwayLike,
  type TableLike,
} from '../../../src/pathways/actor-roles';

const ref = (id: string) => ({ collection: 'actors', id });

const pathways: PathwayLike[] = [
  {
    id: 'kraeft',
    data: {
      title: 'Kræft',
      steps: [
        {
          id: 'henvisning',
          title: 'Henvisning',
          phase: 'opsporing',
          actors: [ref('almen-praksis')],
        },
        {
          id: 'vurdering',
          title: 'Behovsvurdering',
          phase: 'udredning',
          actors: [ref('sygehus'), ref('patient')],
        },
        {
          id: 'opfoelgning',
          title: 'Opfølgning',
          phase: 'opfoelgning',
          actors: [ref('almen-praksis'), ref('sygehus'), ref('kommune')],
        },
      ],
    },
  },
  {
    id: 'knae',
    data: {
      title: 'Knæartrose',
      steps: [
        {
          id: 'traening',
          title: 'Træning',
          phase: 'rehabilitering',
          actors: [ref('fysioterapeut')],
        },
        {
          id: 'henvisning',
          title: 'Henvisning til træning',
          phase: 'opsporing',
          actors: [ref('almen-praksis')],
        },
      ],
    },
  },
];

const tables: TableLike[] = [
  {
    id: 'kraeft-ansvar',
    data: {
      title: 'Ansvarsfordeling ved kræft',
      columns: [
        { id: 'under', label: 'Under behandling', phase: 'behandling' },
        { id: 'efter', label: 'Efter behandling', phase: 'opfoelgning' },
      ],
      rows: [
        { actor: ref('kommune'), label: 'Kommunalt sundhedstilbud', tasks: { under: ['Samtale'] } },
        {
          actor: ref('almen-praksis'),
          tasks: { under: ['Informere'], efter: ['Opspore senfølger'] },
        },
      ],
    },
  },
  {
    id: 'osteoporose',
    data: {
      title: 'Osteoporose',
      columns: [{ id: 'fls', label: 'Fracture Liaison Service' }],
      rows: [
        { label: 'Aalborg', group: 'Region Nordjylland', tasks: { fls: ['Ja'] } },
        { actor: ref('almen-praksis'), group: 'Alle regioner', tasks: { fls: ['Nej'] } },
      ],
    },
  },
];

describe('rolesOfActor', () => {
  it('gathers the steps an actor is responsible for from every pathway', () => {
    const roles = rolesOfActor('almen-praksis', pathways, tables);
    expect(roles.pathways.map((p) => [p.pathwayId, p.steps.map((s) => s.stepId)])).toEqual([
      ['kraeft', ['henvisning', 'opfoelgning']],
      ['knae', ['henvisning']],
    ]);
    expect(roles.stepCount).toBe(3);
  });

  it('gives each step its number in its pathway, its title and its phase', () => {
    const [step] = rolesOfActor('fysioterapeut', pathways, tables).pathways[0]!.steps;
    expect(step).toMatchObject({ stepNumber: 1, stepTitle: 'Træning', phase: 'rehabilitering' });
  });

  it('names the other actors who share a step', () => {
    const roles = rolesOfActor('sygehus', pathways, tables);
    expect(roles.pathways[0]!.steps.map((s) => s.otherActorIds)).toEqual([
      ['patient'],
      ['almen-praksis', 'kommune'],
    ]);
  });

  it('leaves out pathways where the actor has no step', () => {
    expect(
      rolesOfActor('fysioterapeut', pathways, tables).pathways.map((p) => p.pathwayId),
    ).toEqual(['knae']);
  });

  it('gathers the actor’s rows from every responsibility table, column by column', () => {
    const roles = rolesOfActor('almen-praksis', pathways, tables);
    expect(roles.tables.map((t) => t.tableId)).toEqual(['kraeft-ansvar', 'osteoporose']);
    expect(roles.tables[0]!.columns.map((c) => [c.label, c.tasks])).toEqual([
      ['Under behandling', ['Informere']],
      ['Efter behandling', ['Opspore senfølger']],
    ]);
  });

  it('gives an empty task list for a column where the source names no task', () => {
    const [row] = rolesOfActor('kommune', pathways, tables).tables;
    expect(row!.columns.find((c) => c.columnId === 'efter')?.tasks).toEqual([]);
  });

  it('keeps the row’s own label and group', () => {
    const roles = rolesOfActor('almen-praksis', pathways, tables);
    expect(rolesOfActor('kommune', pathways, tables).tables[0]!.rowLabel).toBe(
      'Kommunalt sundhedstilbud',
    );
    expect(roles.tables[1]!.group).toBe('Alle regioner');
  });

  it('ignores rows that are not about an actor', () => {
    const everyone = ['almen-praksis', 'kommune', 'sygehus'].flatMap(
      (id) => rolesOfActor(id, pathways, tables).tables,
    );
    expect(everyone.some((row) => row.rowLabel === 'Aalborg')).toBe(false);
  });

  it('gives an actor without tasks empty lists', () => {
    expect(rolesOfActor('bandagist', pathways, tables)).toEqual({
      actorId: 'bandagist',
      pathways: [],
      tables: [],
      stepCount: 0,
    });
  });
});

describe('stepsByPhase', () => {
  it('orders an actor’s steps by phase and drops empty phases', () => {
    const steps = rolesOfActor('almen-praksis', pathways, tables).pathways.flatMap((p) => p.steps);
    expect(stepsByPhase(steps).map((g) => [g.phase, g.steps.length])).toEqual([
      ['opsporing', 2],
      ['opfoelgning', 1],
    ]);
  });
});

describe('groupBySector', () => {
  it('groups actors by sector in the vocabulary’s order and leaves out empty sectors', () => {
    const actors = [
      { id: 'kommune', data: { sector: 'kommune' as const } },
      { id: 'sygehus', data: { sector: 'sygehus' as const } },
      { id: 'hospice', data: { sector: 'sygehus' as const } },
    ];
    expect(groupBySector(actors).map((g) => [g.sector, g.actors.map((a) => a.id)])).toEqual([
      ['sygehus', ['sygehus', 'hospice']],
      ['kommune', ['kommune']],
    ]);
  });
});
