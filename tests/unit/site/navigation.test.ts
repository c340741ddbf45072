import { describe, expect, it } from 'vitest';
import { isCurrentSection } from '../../../src/site/navigation';

describe('isCurrentSection', () => {
  it('marks a section as current on its own index page', () => {
    expect(isCurrentSection('/forloeb/', '/forloeb/')).toBe(true);
  });
  it('marks a section as current on a page inside it', () => {
    expect(isCurrentSection('/forloeb/kraeft/', '/forloeb/')).toBe(true);
  });
  it('does not mark an unrelated section as current', () => {
    expect(isCurrentSection('/cases/', '/forloeb/')).toBe(false);
  });
  it('marks the home page only on the home page', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/om/', '/')).toBe(false);
  });
});
