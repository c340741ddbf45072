import { describe, expect, it } from 'vitest';
import { layoutInWorker } from '../../../src/charts/elk-worker';

const chain = (prefix: string, count: number) => ({
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
  children: Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${index}`,
    width: 100,
    height: 40,
  })),
  edges: Array.from({ length: count - 1 }, (_, index) => ({
    id: `${prefix}e${index}`,
    sources: [`${prefix}${index}`],
    targets: [`${prefix}${index + 1}`],
  })),
});

describe('ELK in a worker thread', () => {
  it('places every node of a graph below the one before it', async () => {
    const graph = await layoutInWorker(chain('n', 4));
    const ys = (graph.children ?? []).map((child) => child.y ?? Number.NaN);
    expect(ys).toHaveLength(4);
    for (let index = 1; index < ys.length; index += 1) {
      expect(ys[index]).toBeGreaterThan(ys[index - 1] ?? Number.POSITIVE_INFINITY);
    }
  });

  it('answers many layouts requested at once, each with its own graph', async () => {
    const graphs = await Promise.all(
      Array.from({ length: 12 }, (_, index) => layoutInWorker(chain(`g${index}-`, 2 + index))),
    );
    expect(graphs.map((graph) => graph.children?.length)).toEqual(
      Array.from({ length: 12 }, (_, index) => 2 + index),
    );
    expect(graphs[3]?.children?.[0]?.id).toBe('g3-0');
  });

  it('gives the same layout for the same graph every time', async () => {
    const [first, second] = await Promise.all([
      layoutInWorker(chain('s', 5)),
      layoutInWorker(chain('s', 5)),
    ]);
    // Compare what a layout decides (ELK also adds its own object hash codes, `$H`).
    const placed = (graph: typeof first) => ({
      nodes: graph.children?.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
      edges: graph.edges?.map((edge) => ('sections' in edge ? edge.sections : undefined)),
    });
    expect(placed(second)).toEqual(placed(first));
    expect(placed(first).edges?.[0]).toBeDefined();
  });

  it('rejects a graph ELK cannot lay out with an error that names ELK', async () => {
    const broken = {
      id: 'root',
      children: [{ id: 'a', width: 10, height: 10 }],
      edges: [{ id: 'e', sources: ['a'], targets: ['missing'] }],
    };
    await expect(layoutInWorker(broken)).rejects.toThrow(/ELK/);
  });
});
