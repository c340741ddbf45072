import { describe, expect, it } from 'vitest';
import {
  bottomCentre,
  diamondPoints,
  elbow,
  railTo,
  svgPoints,
  topCentre,
} from '../../../src/charts/diagram-route';

describe('diagram routes', () => {
  it('finds the middle of a box’s top and bottom edges', () => {
    const box = { x: 10, y: 20, width: 100, height: 40 };
    expect(topCentre(box)).toEqual({ x: 60, y: 20 });
    expect(bottomCentre(box)).toEqual({ x: 60, y: 60 });
  });

  it('draws a straight line between points above each other', () => {
    expect(elbow({ x: 5, y: 0 }, { x: 5, y: 50 }, 25)).toEqual([
      { x: 5, y: 0 },
      { x: 5, y: 50 },
    ]);
  });

  it('turns at the given height when the points are in different lanes', () => {
    expect(elbow({ x: 5, y: 0 }, { x: 90, y: 50 }, 25)).toEqual([
      { x: 5, y: 0 },
      { x: 5, y: 25 },
      { x: 90, y: 25 },
      { x: 90, y: 50 },
    ]);
  });

  it('runs a bracket along its rail into the box', () => {
    expect(railTo({ x: 50, y: 10 }, 4, { x: 12, y: 40 })).toEqual([
      { x: 50, y: 10 },
      { x: 4, y: 10 },
      { x: 4, y: 40 },
      { x: 12, y: 40 },
    ]);
  });

  it('writes points the way an SVG polyline takes them', () => {
    expect(
      svgPoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4');
  });

  it('puts a diamond’s corners above, right of, below and left of its centre', () => {
    expect(diamondPoints({ x: 10, y: 10 }, 5)).toEqual([
      { x: 10, y: 5 },
      { x: 15, y: 10 },
      { x: 10, y: 15 },
      { x: 5, y: 10 },
    ]);
  });
});
