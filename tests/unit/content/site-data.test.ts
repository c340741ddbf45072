import { describe, expect, it } from 'vitest';
import { byId } from '../../../src/content/site-data';

describe('byId', () => {
  const entries = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
    { id: 'a', n: 3 },
  ];

  it('finds an entry by id, the first one when two share it', () => {
    expect(byId(entries, 'b').n).toBe(2);
    expect(byId(entries, 'a').n).toBe(1);
  });

  it('fails loudly for an id that is not there', () => {
    expect(() => byId(entries, 'x')).toThrow('Intet indhold med id «x»');
  });

  it('still finds an entry added to a list after the list was first searched', () => {
    const list = [{ id: 'a' }];
    expect(byId(list, 'a')).toBe(list[0]);
    list.push({ id: 'c' });
    expect(byId(list, 'c')).toBe(list[1]);
  });

  it('reads each entry of a list about once however many lookups follow', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ id: `e${i}` }));
    let reads = 0;
    const counted = new Proxy(many, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    for (const entry of many) expect(byId(counted, entry.id)).toBe(entry);
    // A linear search per lookup would read about two million entries here.
    expect(reads).toBeLessThanOrEqual(many.length);
  });
});
