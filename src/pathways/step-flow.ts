/**
 * How a pathway's steps lead into one another, read the way the page and its diagram present
 * them. Pure, so the pathway schema can refuse guidance a clinician could not follow.
 *
 * - A step without branches leads on to the step listed after it; the last one ends the pathway.
 * - A step whose every branch names a `next` step leads only to those steps: the decision
 *   covers every case.
 * - A branch without `next` (an outcome only) says what happens besides or instead: the pathway
 *   may end there, and the step also leads on to the step listed after it.
 */

/** The parts of a step the flow depends on. */
export interface FlowStep {
  id: string;
  branches: readonly { condition: string; next?: string | undefined }[];
}

/** Where each step can lead, and whether the pathway can end at it. */
function flowOf(steps: readonly FlowStep[]): Map<string, { next: Set<string>; ends: boolean }> {
  const flow = new Map<string, { next: Set<string>; ends: boolean }>();
  steps.forEach((step, index) => {
    const following = steps[index + 1]?.id;
    const named = step.branches.flatMap((branch) =>
      branch.next === undefined ? [] : [branch.next],
    );
    const outcomeOnly = named.length < step.branches.length;
    const next = new Set(named);
    if ((outcomeOnly || step.branches.length === 0) && following !== undefined) next.add(following);
    const ends = outcomeOnly || (step.branches.length === 0 && following === undefined);
    flow.set(step.id, { next, ends });
  });
  return flow;
}

/** Ids of the steps no way from the first step reaches, in list order. */
export function unreachableSteps(steps: readonly FlowStep[]): string[] {
  const first = steps[0];
  if (first === undefined) return [];
  const flow = flowOf(steps);
  const seen = new Set<string>([first.id]);
  const queue = [first.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of flow.get(id)?.next ?? []) {
      if (!seen.has(next) && flow.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return steps.map((step) => step.id).filter((id) => !seen.has(id));
}

/**
 * Ids of the steps from which the pathway can never end (every way leads round in a circle),
 * in list order.
 */
export function stepsThatCannotEnd(steps: readonly FlowStep[]): string[] {
  const flow = flowOf(steps);
  const canEnd = new Set([...flow].filter(([, step]) => step.ends).map(([id]) => id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, step] of flow) {
      if (!canEnd.has(id) && [...step.next].some((next) => canEnd.has(next))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  return steps.map((step) => step.id).filter((id) => !canEnd.has(id));
}

/** A condition as a reader compares it: case, spacing and a closing full stop do not count. */
export function conditionKey(condition: string): string {
  return condition
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;]$/, '');
}
