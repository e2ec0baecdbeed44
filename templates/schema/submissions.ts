/** Public submissions: the rules and what happened to them (G12, G22, G77). */
import * as z from 'zod';
import { count, doc, httpsUrl, isoDate, orNotPublished, publishedCount, text } from './primitives.ts';

export const submissionsShape = {
  submissions: doc(
    z
      .strictObject({
        opens: doc(isoDate().optional(), 'First day submissions are accepted.', '2027-01-10'),
        closes: doc(isoDate().optional(), 'Last day submissions are accepted.', '2027-02-28'),
        how_to_submit: doc(text().optional(), 'How to send a submission.', 'Email submissions@example.gov.uk or post them to the Town Hall.'),
        policy: doc(
          orNotPublished(
            z.strictObject({
            who: doc(text(), 'Who may submit.', 'Anyone who lives, works or studies in the area.'),
            publication: doc(text(), 'Whether and how submissions are published.', 'All submissions are published on this site within a week.'),
            naming: doc(text(), 'How submitters are named.', 'Published under the submitter\'s name; anonymous submissions are not published.'),
            redaction: doc(text(), 'What is removed before publication, and on request.', 'Personal stories are published without a name on request.'),
            moderation: doc(text().optional(), 'What will not be published.', 'Offensive or off-topic material is not published.'),
            }),
            'a group of rules (who, publication, naming, redaction)',
          ),
          'The rules, published before submissions open (G12); "not published" when no rules were made public.',
          { who: 'Anyone', publication: 'All published', naming: 'By name', redaction: 'On request' },
        ),
        received: doc(publishedCount().optional(), 'How many submissions were received: exact, approximate ({ about: 13075 }) or "not published".', 13075),
        published: doc(publishedCount().optional(), 'How many were published.', 12200),
        not_published: doc(
          z
            .array(
              z.strictObject({
                reason: doc(text(), 'Why these were not published.', 'Anonymous'),
                count: doc(count(), 'How many.', 600),
              }),
            )
            .default([]),
          'Submissions not published, counted by reason (G77).',
          [{ reason: 'Offensive', count: 12 }],
        ),
        archive_url: doc(httpsUrl().optional(), 'Where the published submissions can be read, if not on this site.', 'https://example.gov.uk/submissions'),
      })
      .optional(),
    'Public submissions, if the assembly invites them (G12, G22, G77).',
    { policy: { who: 'Anyone', publication: 'All published', naming: 'By name', redaction: 'On request' } },
  ),
};
