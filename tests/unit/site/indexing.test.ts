import { describe, expect, it } from 'vitest';
import { isUnlisted } from '../../../src/site/indexing.mjs';

describe('isUnlisted', () => {
  it('leaves out the search page, the short address and the 404 page', () => {
    expect(isUnlisted('/soeg/', '/')).toBe(true);
    expect(isUnlisted('https://x.dk/was/', '/')).toBe(true);
    expect(isUnlisted('/404.html', '/')).toBe(true);
  });

  it('leaves out the CMS and the review list, at any base', () => {
    expect(isUnlisted('https://x.dk/rehab/admin/', '/rehab/')).toBe(true);
    expect(isUnlisted('/rehab/redaktion/gennemgang/side/2/', '/rehab/')).toBe(true);
  });

  it('lists content pages, also one whose own address ends like a utility page', () => {
    expect(isUnlisted('https://x.dk/forloeb/', '/')).toBe(false);
    expect(isUnlisted('/rehab/forloeb/soeg/', '/rehab/')).toBe(false);
  });
});
