import { PHASES, SECTORS, type Phase, type Sector } from '../schemas/vocabulary';
import { ownCell } from '../schemas/dataset-values';

/**
 * «Who does what»: gathers one actor's tasks from every pathway step and every
 * responsibility table row, so an actor page can show its whole role in one place.
 * Pure: takes the content entries' shapes, returns plain data.
 */

interface Ref {
  id: string;
}

/** The parts of a pathway entry the aggregation reads. */
export interface PathwayLike {
  id: string;
  data: {
    title: string;
    steps: readonly { id: string; title: string; phase: Phase; actors: readonly Ref[] }[];
  };
}

/** The parts of a responsibility table entry the aggregation reads. */
export interface TableLike {
  id: string;
  data: {
    title: string;
    columns: readonly { id: string; label: string; phase?: Phase | undefined }[];
    rows: readonly {
      actor?: Ref | undefined;
      label?: string | undefined;
      group?: string | undefined;
      tasks: Readonly<Record<string, readonly string[]>>;
    }[];
  };
}

/** A step the actor is responsible for. */
export interface ActorStepRole {
  pathwayId: string;
  pathwayTitle: string;
  stepId: string;
  /** 1-based position of the step in its pathway. */
  stepNumber: number;
  stepTitle: string;
  phase: Phase;
  /** The other actors named for the same step, in the step's order. */
  otherActorIds: string[];
}

/** The actor's steps in one pathway, in step order. */
export interface ActorPathwayRole {
  pathwayId: string;
  pathwayTitle: string;
  steps: ActorStepRole[];
}

/** One column of the actor's row in a table. */
export interface ActorColumnTasks {
  columnId: string;
  label: string;
  phase?: Phase | undefined;
  /** Empty when the source names no task for the actor in this column. */
  tasks: readonly string[];
}

/** The actor's row in a responsibility table. */
export interface ActorTableRole {
  tableId: string;
  tableTitle: string;
  /** The row heading when the table gives one of its own (e.g. «Kommunalt sundhedstilbud»). */
  rowLabel?: string | undefined;
  group?: string | undefined;
  /** Every column of the table, in the table's order. */
  columns: ActorColumnTasks[];
}

export interface ActorRoles {
  actorId: string;
  /** Pathways where the actor is responsible for at least one step, in the order given. */
  pathways: ActorPathwayRole[];
  /** Rows about the actor, table by table in the order given. */
  tables: ActorTableRole[];
  /** Number of steps over all pathways. */
  stepCount: number;
}

/** Gathers everything `actorId` is responsible for across pathways and tables. */
export function rolesOfActor(
  actorId: string,
  pathways: readonly PathwayLike[],
  tables: readonly TableLike[],
): ActorRoles {
  const pathwayRoles: ActorPathwayRole[] = [];
  for (const pathway of pathways) {
    const steps: ActorStepRole[] = [];
    pathway.data.steps.forEach((step, index) => {
      const ids = step.actors.map((actor) => actor.id);
      if (!ids.includes(actorId)) return;
      steps.push({
        pathwayId: pathway.id,
        pathwayTitle: pathway.data.title,
        stepId: step.id,
        stepNumber: index + 1,
        stepTitle: step.title,
        phase: step.phase,
        otherActorIds: [...new Set(ids.filter((id) => id !== actorId))],
      });
    });
    if (steps.length > 0) {
      pathwayRoles.push({ pathwayId: pathway.id, pathwayTitle: pathway.data.title, steps });
    }
  }

  const tableRoles: ActorTableRole[] = [];
  for (const table of tables) {
    for (const row of table.data.rows) {
      if (row.actor?.id !== actorId) continue;
      tableRoles.push({
        tableId: table.id,
        tableTitle: table.data.title,
        rowLabel: row.label,
        group: row.group,
        columns: table.data.columns.map((column) => ({
          columnId: column.id,
          label: column.label,
          phase: column.phase,
          tasks: ownCell(row.tasks, column.id) ?? [],
        })),
      });
    }
  }

  return {
    actorId,
    pathways: pathwayRoles,
    tables: tableRoles,
    stepCount: pathwayRoles.reduce((sum, role) => sum + role.steps.length, 0),
  };
}

/** Steps of a role sorted by phase (in the vocabulary's order), then by pathway order. */
export function stepsByPhase(
  steps: readonly ActorStepRole[],
): { phase: Phase; steps: ActorStepRole[] }[] {
  return PHASES.map((phase) => ({
    phase,
    steps: steps.filter((step) => step.phase === phase),
  })).filter((group) => group.steps.length > 0);
}

/** Groups actors by sector in the vocabulary's order, leaving out sectors with no actor. */
export function groupBySector<T extends { data: { sector: Sector } }>(
  actors: readonly T[],
): { sector: Sector; actors: T[] }[] {
  return SECTORS.map((sector) => ({
    sector,
    actors: actors.filter((actor) => actor.data.sector === sector),
  })).filter((group) => group.actors.length > 0);
}
