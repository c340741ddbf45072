import { phoneHref, type SiteConfig } from './config';

/** One way to reach the publisher, ready to render as a labelled link. */
interface ContactRow {
  label: string;
  text: string;
  /** `tel:` or `mailto:` target; absent for a postal address. */
  href?: string | undefined;
}

/** The configured ways to reach the publisher (phone, e-mail, postal address), in that order. */
export function contactRows(
  contact: SiteConfig['contact'],
  labels: { phone: string; email: string; postalAddress: string },
): ContactRow[] {
  const rows: ContactRow[] = [];
  // Non-breaking spaces keep the number on one line (and satisfy html-validate).
  if (contact.phone) {
    rows.push({
      label: labels.phone,
      text: contact.phone.replace(/ /g, '\u00a0'),
      href: phoneHref(contact.phone),
    });
  }
  if (contact.email) {
    rows.push({ label: labels.email, text: contact.email, href: `mailto:${contact.email}` });
  }
  if (contact.postalAddress)
    rows.push({ label: labels.postalAddress, text: contact.postalAddress });
  return rows;
}
