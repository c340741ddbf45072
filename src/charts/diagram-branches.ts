import type { DiagramBranchInput } from './diagram-types';

/**
 * Groups a step's decision branches by where they lead, so that conditions with the same result
 * are drawn as one way out («Mindst én gælder: …») instead of one box each. Pure.
 */

export interface BranchGroup {
  /** The step the group continues with, if any. */
  next?: string | undefined;
  /** What happens instead, when the group leaves the pathway or adds to its next step. */
  outcome?: string | undefined;
  /** The conditions of the group, in the order the step lists them. */
  conditions: string[];
}

/** Branches with the same `next` and `outcome` become one group, in order of first mention. */
export function groupBranches(branches: readonly DiagramBranchInput[]): BranchGroup[] {
  const groups = new Map<string, BranchGroup>();
  for (const branch of branches) {
    const key = JSON.stringify([branch.next ?? null, branch.outcome ?? null]);
    const group = groups.get(key);
    if (group) group.conditions.push(branch.condition);
    else {
      groups.set(key, {
        next: branch.next,
        outcome: branch.outcome,
        conditions: [branch.condition],
      });
    }
  }
  return [...groups.values()];
}

/**
 * The groups in drawing order: the one that continues with `followingId` (the next step in the
 * list) goes last, so that the arrow on to that step leaves from the bottom of the stack.
 */
export function drawingOrder(groups: readonly BranchGroup[], followingId?: string): BranchGroup[] {
  const isOnward = (group: BranchGroup) => followingId !== undefined && group.next === followingId;
  return [...groups.filter((group) => !isOnward(group)), ...groups.filter(isOnward)];
}
