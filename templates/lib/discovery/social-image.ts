/**
 * The picture shown when a page is shared (Open Graph): drawn at build time from the config, with a
 * font shipped in node_modules, so no outside service is used and the same input gives the same PNG.
 */
import { createRequire } from 'node:module';
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { escapeXml } from '../escape.ts';

export const socialImageSize = { width: 1200, height: 630 };

/** Greedy word wrap by an estimate of DejaVu Sans' average glyph width (0.55em). */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * 0.55)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  return kept;
}

export function socialCardSvg(config: Pick<AssemblyConfig, 'short_title' | 'question' | 'site'>): string {
  const { width, height } = socialImageSize;
  const title = wrapText(config.short_title, 60, width - 160, 2);
  const question = wrapText(config.question, 36, width - 160, 4);
  const titleLines = title.map((line, i) => `<text x="80" y="${150 + i * 72}" font-size="60" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`);
  const questionTop = 150 + title.length * 72 + 40;
  const questionLines = question.map((line, i) => `<text x="80" y="${questionTop + i * 48}" font-size="36" fill="#ffffff">${escapeXml(line)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    `<rect width="${width}" height="${height}" fill="${config.site.branding.colour}"/>`,
    `<rect x="0" y="${height - 16}" width="${width}" height="16" fill="#ffdd00"/>`,
    `<text x="80" y="80" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(config.site.branding.organisation)}</text>`,
    ...titleLines,
    ...questionLines,
    '</svg>',
  ].join('\n');
}

export async function renderPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const require = createRequire(import.meta.url);
  const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
  return Buffer.from(resvg.render().asPng());
}
