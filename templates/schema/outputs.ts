/** The report, the evaluation, the resources library and the FAQ (G10, G29, G30, G34, G65, G70, G84). */
import * as z from 'zod';
import { doc, download, draft, illustrative, isoDate, linkOrFile, text } from './primitives.ts';

export const resourceTypes = ['report', 'briefing', 'video', 'dataset', 'article', 'explainer', 'minutes', 'other'] as const;

export const outputsShape = {
  report: doc(
    z
      .strictObject({
        title: doc(text(), 'Title of the report.', 'Report and recommendations'),
        date: doc(isoDate(), 'Date of publication. Until then the report, its chapters and the outputs it presents are kept off the site.', '2019-11-20'),
        authors: doc(z.array(text()).default([]), 'Who wrote it.', ['Involve']),
        chapters_are: doc(
          z.enum(['full-text', 'summary']).default('full-text'),
          'What the MDX chapters in report/ hold: the report\'s full text, or a summary written for this site (the site then says so on every report page and format, and points to the full report in files).',
          'summary',
        ),
        summary: doc(text().optional(), 'A plain summary of the report.', 'Members recommend road closures and a pollution charge.'),
        files: doc(z.array(download()).default([]), 'Downloadable versions (G30, G84).', [
          { title: 'Full report (PDF)', href: 'files/report.pdf' },
        ]),
        draft: draft(),
      })
      .optional(),
    'The assembly\'s report. Chapters are MDX files in the report/ folder (G29, G30).',
    { title: 'Report', date: '2019-11-20' },
  ),
  evaluation: doc(
    z
      .strictObject({
        by: doc(text(), 'Who evaluated the assembly.', 'Queen\'s University Belfast'),
        date: doc(isoDate().optional(), 'Date of the evaluation report; kept off the site until then.', '2020-03-01'),
        href: doc(linkOrFile().optional(), 'The evaluation report.', 'files/evaluation.pdf'),
        summary: doc(text().optional(), 'What it found, in brief.', 'Members felt well informed and listened to.'),
        draft: draft(),
        illustrative: illustrative(),
      })
      .optional(),
    'The independent evaluation (G34, G70).',
    { by: 'An independent evaluator', date: '2020-03-01' },
  ),
  resources: doc(
    z
      .array(
        z.strictObject({
          title: doc(text(), 'Title of the resource.', 'What is a citizens\' assembly?'),
          type: doc(z.enum(resourceTypes), 'What kind of resource it is.', 'explainer'),
          author: doc(text().optional(), 'Who made it.', 'Involve'),
          date: doc(isoDate().optional(), 'Its date.', '2019-06-01'),
          href: doc(linkOrFile(), 'Link to or file of the resource.', 'https://www.involve.org.uk/resources'),
          format: doc(text().optional(), 'File format, for linked files.', 'PDF'),
          size: doc(text().optional(), 'File size, for linked files.', '1.2 MB'),
          description: doc(text().optional(), 'What it is for.', 'A short explainer for residents.'),
        }),
      )
      .default([]),
    'A library of background material (G65).',
    [{ title: 'Explainer', type: 'explainer', href: 'https://example.org/explainer' }],
  ),
  faq: doc(
    z
      .array(
        z.strictObject({
          question: doc(text(), 'The question.', 'Can I apply to be a member?'),
          answer: doc(text(), 'The answer, in plain English.', 'No. Members are chosen by lot from people who reply to an invitation.'),
        }),
      )
      .default([]),
    'Questions and answers for invitees and the public (G10).',
    [{ question: 'What is a citizens\' assembly?', answer: 'A group of residents chosen by lot.' }],
  ),
};
