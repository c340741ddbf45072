// Seeded randomness for the bench's synthetic content: the same seed always gives the same
// entries, byte for byte, on every platform.

/**
 * @typedef {() => number} Random  a PRNG returning floats in [0, 1)
 * @typedef {{ pathways: number, cases: number, responsibilities: number, datasets: number }} Plan
 * @typedef {{ sources: string[], actors: string[], regions?: Record<string, string> }} RealIds  ids of the real sources and actors, and the region of each regional source
 */

/**
 * Mulberry32: a tiny seeded PRNG, good enough for test data and identical on every platform.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
export class Dice {
  /** @param {Random} random */
  constructor(random) {
    this.random = random;
  }
  /** Integer in [min, max], both included. @param {number} min @param {number} max */
  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  /** @param {number} p */
  chance(p) {
    return this.random() < p;
  }
  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /**
   * `count` distinct items in their original order.
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]}
   */
  sample(items, count) {
    const indexes = items.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [indexes[i], indexes[j]] = [
        /** @type {number} */ (indexes[j]),
        /** @type {number} */ (indexes[i]),
      ];
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => /** @type {T} */ (items[index]));
  }
}

/**
 * How `entries` generated entries are split between the collections: 40 % pathways, 40 % cases,
 * 16 % responsibility tables and the rest (4 %) datasets; at least one of each.
 * @param {number} entries
 * @returns {Plan}
 */
export function planEntries(entries) {
  if (!Number.isInteger(entries) || entries < 4) {
    throw new Error(`entries must be an integer of at least 4, got ${entries}`);
  }
  const datasets = Math.max(1, Math.round(entries * 0.04));
  const responsibilities = Math.max(1, Math.round(entries * 0.16));
  const rest = entries - datasets - responsibilities;
  const cases = Math.floor(rest / 2);
  return { pathways: rest - cases, cases, responsibilities, datasets };
}
