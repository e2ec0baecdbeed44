/** Front matter of the MDX files in an assembly folder: report chapters, news posts and transcripts. */
import * as z from 'zod';
import { doc, draft, identifier, illustrative, isoDate, text } from './primitives.ts';

export const reportChapterSchema = z.strictObject({
  title: doc(text(), 'Chapter title.', 'What members recommended'),
  order: doc(z.number().int('must be a whole number').min(1, 'must be 1 or more: chapters are numbered from 1'), 'Position of the chapter in the report, from 1. No two chapters share a number.', 2),
  summary: doc(text().optional(), 'One sentence shown in the table of contents.', 'The measures members voted for.'),
  recommendations: doc(z.array(identifier()).default([]), 'Ids of recommendations this chapter presents.', ['road-closures']),
  draft: draft(),
  illustrative: illustrative(),
});

export const newsPostSchema = z.strictObject({
  title: doc(text(), 'Headline.', 'Members meet for the first time'),
  date: doc(isoDate(), 'Date of publication: a post dated after the day of the build is kept off the site until then.', '2019-09-07'),
  summary: doc(text().max(300), 'One or two sentences shown in lists and feeds.', 'Sixty residents met at the Guildhall.'),
  draft: draft(),
  illustrative: illustrative(),
});

export const transcriptSchema = z.strictObject({
  title: doc(text(), 'What this is a transcript of.', 'Transcript: Congestion today'),
  illustrative: illustrative(),
});

/** The MDX folders of an assembly and the front matter each one takes. */
export const mdxFolders = {
  report: reportChapterSchema,
  news: newsPostSchema,
  transcripts: transcriptSchema,
} as const;
export type MdxFolder = keyof typeof mdxFolders;

export type ReportChapterMeta = z.output<typeof reportChapterSchema>;
export type NewsPostMeta = z.output<typeof newsPostSchema>;
export type TranscriptMeta = z.output<typeof transcriptSchema>;
