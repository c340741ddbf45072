/**
 * What an address to another site may look like, for links in bodies and for URL fields alike.
 * Readers trust a link to open what it says: so https only (http: can be read and changed on
 * the way), no user name before the host (`https://www.rn.dk@evil.example/` opens
 * evil.example), and a mailto: link that only fills in the subject, never copies the mail to
 * someone else or writes its text for the reader.
 */

/** The only field a mailto: link may fill in: its subject. */
const MAILTO_FIELDS_ALLOWED = ['subject'] as const;

const allowedMailtoField = (name: string) =>
  (MAILTO_FIELDS_ALLOWED as readonly string[]).includes(name);

/** Why an https: address may not be linked (a user name before the host), or undefined. */
function httpsProblem(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  return `adressen har «${url.username}@» foran værtsnavnet, så den åbner «${url.hostname}» og ikke det, den ser ud til; skriv adressen uden brugernavn og @`;
}

/** Why a mailto: address may not be linked (a field other than the subject), or undefined. */
function mailtoProblem(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  const fields = [...new URLSearchParams(url.slice(query + 1)).keys()].map((key) =>
    key.toLowerCase(),
  );
  const refused = fields.find((name) => !allowedMailtoField(name));
  if (refused === undefined) return undefined;
  return `et mailto-link må kun udfylde emnet (subject=), ikke «${refused}=»: cc og bcc sender mailen videre til andre, og body skriver læserens tekst for dem; slet «?${url.slice(query + 1)}», eller behold kun subject=`;
}

/**
 * Why an address with a scheme may not be linked, or undefined. The scheme is read the way a
 * browser reads it (lower case); addresses of other schemes are the caller's to judge.
 */
export function externalUrlProblem(url: string, scheme: string): string | undefined {
  if (scheme === 'http') {
    return 'adresser med http:// er ikke tilladt, fordi forbindelsen ikke er sikker; skriv https:// (også foran en adresse, der begynder med www.)';
  }
  if (scheme === 'mailto') return mailtoProblem(url);
  if (scheme !== 'https') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'adressen kan ikke læses som en webadresse; skriv den fulde adresse, der begynder med https://';
  }
  return httpsProblem(parsed);
}
