/** Splits an MDX file into its YAML front matter (with positions) and its body. */
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface MdxSource {
  frontMatter: YamlSource | undefined;
  /** Line number of the first front matter line, to offset positions. */
  frontMatterLine: number;
  body: string;
  /** Line number on which the body starts, to offset positions in it. */
  bodyLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseMdxSource(text: string): MdxSource {
  const source = text.replace(/^\uFEFF/, ''); // a byte-order mark, as some Windows editors write
  const match = fence.exec(source);
  if (!match) return { frontMatter: undefined, frontMatterLine: 1, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { frontMatter: parseYamlSource(match[1]!), frontMatterLine: 2, body: source.slice(match[0].length), bodyLine };
}

/**
 * The web-address part of an MDX file name. Leading numbers, used to sort files, are dropped:
 * "02-what-we-heard.mdx" → "what-we-heard", "2019-09-06-first-meeting.mdx" → "first-meeting".
 */
export function mdxSlug(fileName: string): string {
  return fileName.replace(/\.mdx$/, '').replace(/^(?:\d+[-_])+/, '');
}
