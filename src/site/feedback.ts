/**
 * Where readers send feedback and corrections: the one place to configure it, at build.
 *
 *   PUBLIC_FEEDBACK_URL    an issue tracker's «new issue» address
 *                          (GitHub/Gitea/Forgejo `…/issues/new`, GitLab `…/-/issues/new`)
 *   PUBLIC_FEEDBACK_EMAIL  an e-mail address
 *
 * Without either, the site's written contact (`SITE_CONTACT_EMAIL`, src/site/config.ts) is
 * used, the same address the accessibility statement gives, so every content page always has
 * somewhere to send feedback.
 */
export type FeedbackTarget = { kind: 'email'; address: string } | { kind: 'tracker'; url: string };

type Env = Record<string, string | undefined>;

export function feedbackTarget(env: Env, contactEmail: string): FeedbackTarget {
  const value = (key: string) => env[key]?.trim() || undefined;
  const url = value('PUBLIC_FEEDBACK_URL');
  if (url) return { kind: 'tracker', url };
  return { kind: 'email', address: value('PUBLIC_FEEDBACK_EMAIL') ?? contactEmail };
}

/** The link with the page's title and address filled in, ready for the reader to write. */
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
