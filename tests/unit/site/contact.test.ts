import { describe, expect, it } from 'vitest';
import { contactRows } from '../../../src/site/contact';

const labels = { phone: 'Telefon', email: 'E-mail', postalAddress: 'Adresse' };

describe('contactRows', () => {
  it('gives the phone, kept on one line, and the e-mail as links, in that order', () => {
    expect(contactRows({ phone: '70 11 22 33', email: 'web@region.example' }, labels)).toEqual([
      { label: 'Telefon', text: '70\u00a011\u00a022\u00a033', href: 'tel:70112233' },
      { label: 'E-mail', text: 'web@region.example', href: 'mailto:web@region.example' },
    ]);
  });

  it('adds the postal address, without a link, when one is configured', () => {
    const rows = contactRows(
      { phone: '70 11 22 33', email: 'web@region.example', postalAddress: 'Vejen 1' },
      labels,
    );
    expect(rows.at(-1)).toEqual({ label: 'Adresse', text: 'Vejen 1' });
  });

  it('leaves out what is not configured, so no reader gets a contact that reaches nobody', () => {
    expect(contactRows({ email: 'web@region.example' }, labels)).toEqual([
      { label: 'E-mail', text: 'web@region.example', href: 'mailto:web@region.example' },
    ]);
    expect(contactRows({}, labels)).toEqual([]);
  });
});
