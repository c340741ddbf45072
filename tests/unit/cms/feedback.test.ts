import { describe, expect, it } from 'vitest';
import { feedbackHref, feedbackTarget } from '../../../src/site/feedback';
import { feedbackTexts } from '../../../src/i18n/cms';

const page = { title: 'Knæartrose', url: 'https://rehab.example/forloeb/knae/' };

describe('feedbackTarget', () => {
  it('prefers an issue tracker address over an e-mail address', () => {
    expect(
      feedbackTarget(
        {
          PUBLIC_FEEDBACK_URL: 'https://g.dk/a/b/issues/new',
          PUBLIC_FEEDBACK_EMAIL: 'r@x.dk',
        },
        'kontakt@x.dk',
      ),
    ).toEqual({ kind: 'tracker', url: 'https://g.dk/a/b/issues/new' });
  });

  it("uses a feedback e-mail address before the site's contact address", () => {
    expect(feedbackTarget({ PUBLIC_FEEDBACK_EMAIL: 'r@x.dk' }, 'kontakt@x.dk')).toEqual({
      kind: 'email',
      address: 'r@x.dk',
    });
  });

  it("falls back to the site's contact address when nothing else is configured", () => {
    expect(feedbackTarget({}, 'kontakt@x.dk')).toEqual({ kind: 'email', address: 'kontakt@x.dk' });
  });

  it('has no target when neither a tracker nor an e-mail address is configured', () => {
    expect(feedbackTarget({}, undefined)).toBeUndefined();
  });
});

describe('feedbackHref', () => {
  it('fills in the subject and the page address of an e-mail', () => {
    const link = feedbackHref({ kind: 'email', address: 'r@x.dk' }, page, feedbackTexts);
    expect(link.startsWith('mailto:r@x.dk?subject=Feedback%3A%20Kn%C3%A6artrose&body=')).toBe(true);
    expect(decodeURIComponent(link)).toContain('Siden: https://rehab.example/forloeb/knae/');
  });

  it('fills in the title and body of a GitHub, Gitea or Forgejo issue', () => {
    const link = new URL(
      feedbackHref(
        { kind: 'tracker', url: 'https://github.com/a/b/issues/new' },
        page,
        feedbackTexts,
      ),
    );
    expect(link.searchParams.get('title')).toBe('Feedback: Knæartrose');
    expect(link.searchParams.get('body')).toContain(page.url);
  });

  it('uses GitLab’s own field names for a GitLab issue', () => {
    const link = new URL(
      feedbackHref(
        { kind: 'tracker', url: 'https://gitlab.com/a/b/-/issues/new' },
        page,
        feedbackTexts,
      ),
    );
    expect(link.searchParams.get('issue[title]')).toBe('Feedback: Knæartrose');
  });
});
