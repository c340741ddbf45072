/**
 * Where readers send feedback and corrections: the one place to configure it, at build.
 *
 *   PUBLIC_FEEDBACK_URL    an issue tracker's «new issue» address
 *                          (GitHub/Gitea/Forgejo `…/issues/new`, GitLab `…/-/issues/new`)
 *   PUBLIC_FEEDBACK_EMAIL  an e-mail address
 *
 * Without either, the site's written contact (`SITE_CONTACT_EMAIL`, src/site/config.ts) is
 * used, the same address the accessibility statement gives. With none of the three there is
 * nowhere to send feedback, and the pages offer no feedback link.
 */
export type FeedbackTarget = { kind: 'email'; address: string } | { kind: 'tracker'; url: string };

type Env = Record<string, string | undefined>;

export function feedbackTarget(
  env: Env,
  contactEmail: string | undefined,
): FeedbackTarget | undefined {
  const value = (key: string) => env[key]?.trim() || undefined;
  const url = value('PUBLIC_FEEDBACK_URL');
  if (url) return { kind: 'tracker', url };
  const address = value('PUBLIC_FEEDBACK_EMAIL') ?? contactEmail;
  return address ? { kind: 'email', address } : undefined;
}

/**
 * The link with the page's title and address filled in, ready for the reader to write. `url` is
 * the page's public address, or its path when the site's address is not configured.
 */
export function feedbackHref(
  target: FeedbackTarget,
  page: { title: string; url: string },
  texts: { subject: (title: string) => string; body: (url: string) => string },
): string {
  const subject = texts.subject(page.title);
  const body = texts.body(page.url);
  if (target.kind === 'email') {
    const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    return `mailto:${target.address}?${query}`;
  }
  const url = new URL(target.url);
  // GitLab names its fields issue[title] and issue[description]; the others title and body.
  const gitlab = url.pathname.includes('/-/issues/');
  url.searchParams.set(gitlab ? 'issue[title]' : 'title', subject);
  url.searchParams.set(gitlab ? 'issue[description]' : 'body', body);
  return url.href;
}
