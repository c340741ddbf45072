import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findPrototypeKeys } from '../../../../src/content/check/prototype-keys';

describe('findPrototypeKeys', () => {
  it('finds a __proto__ key at any depth, with its path', () => {
    const data: unknown = parse('rows:\n  - klynge: a\n    __proto__: 5\nchart:\n  __proto__: x\n');
    expect(findPrototypeKeys(data)).toEqual([
      { field: 'rows[0].__proto__', key: '__proto__' },
      { field: 'chart.__proto__', key: '__proto__' },
    ]);
  });
  it('finds nothing in ordinary data, and leaves values that happen to be such names alone', () => {
    expect(findPrototypeKeys(parse('title: __proto__\nrows:\n  - a: 1\n'))).toEqual([]);
  });
});
