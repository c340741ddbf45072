/**
 * The lanes of a pathway diagram: which lanes there are and in what order. Pure.
 */

/**
 * The distinct lanes of the steps, in order of first mention, with the keys in `last` (e.g. the
 * patient's lane) moved to the right-hand end in the order `last` gives them.
 */
export function laneOrder(
  steps: readonly { actorLanes: readonly string[] }[],
  last: readonly string[] = [],
): string[] {
  const seen = [...new Set(steps.flatMap((step) => step.actorLanes))];
  return [
    ...seen.filter((key) => !last.includes(key)),
    ...last.filter((key) => seen.includes(key)),
  ];
}

/** The lane a step is drawn in: that of its first responsible actor. */
export function primaryLane(step: { id: string; actorLanes: readonly string[] }): string {
  const lane = step.actorLanes[0];
  if (lane === undefined) throw new Error(`Trinnet «${step.id}» har ingen ansvarlig aktør`);
  return lane;
}

/** The other lanes that take part in a step, each once, in the order the step names them. */
export function sharedLanes(step: { id: string; actorLanes: readonly string[] }): string[] {
  const primary = primaryLane(step);
  return [...new Set(step.actorLanes)].filter((key) => key !== primary);
}
