/**
 * The report as a PDF (issue 16), made by Typst through its Node compiler
 * (@myriaddreamin/typst-ts-node-compiler): a native module installed from npm for each platform,
 * with no browser and no download at build time. Chosen over Chromium's print-to-PDF because
 * Typst writes a tagged PDF with bookmarks from the headings, conforms to PDF/A (and PDF/UA)
 * on request, and gives the same bytes for the same input, which the build's one-hash promise
 * needs. Its Node API takes one standard at a time: PDF/A-2a, archival and tagged ("a" is the
 * accessible level: logical structure and Unicode text), whenever the text allows it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { typstReport, type TypstReport } from './typst-source.ts';

export const pdfStandard = 'a-2a';

interface TypstCompiler {
  pdf(args: { mainFileContent: string }, options: { pdfStandard?: string; creationTimestamp: number }): Uint8Array;
}

export type PdfEngine = { ok: true; compiler: TypstCompiler } | { ok: false; reason: string };

let loaded: PdfEngine | undefined;

/** The PDF engine, or why it cannot be used on this machine (its platform package missing, say). */
export function pdfEngine(load: () => TypstCompiler = defaultCompiler): PdfEngine {
  if (loaded && load === defaultCompiler) return loaded;
  let engine: PdfEngine;
  try {
    engine = { ok: true, compiler: load() };
  } catch (error) {
    engine = { ok: false, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
  if (load === defaultCompiler) loaded = engine;
  return engine;
}

function defaultCompiler(): TypstCompiler {
  const require = createRequire(import.meta.url);
  const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as { NodeCompiler: { create(args: object): TypstCompiler } };
  // Typst's own fonts, and DejaVu Sans (as in the social image) for scripts they lack.
  return NodeCompiler.create({ fontArgs: [{ fontPaths: [dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))] }] });
}

/** Whether the build makes a PDF of a report with this many chapters. */
export function pdfIsMade(chapterCount: number): boolean {
  return chapterCount > 0 && pdfEngine().ok;
}

/** What the build says when it cannot make the PDF: plainly, and that the rest of the site is built. */
export function missingEngineMessage(reason: string): string {
  return `The report's PDF was not made: the PDF engine (Typst) cannot run on this machine (${reason}). Everything else is built; the report is still published as web pages, plain text and an e-book. Run npm install again to get the engine for this machine.`;
}

/**
 * The report as PDF bytes, and the standard it meets. The document's date is its creation date,
 * so the same report gives the same file. PDF/A refuses text no font can show (an emoji, say):
 * then the PDF is made without the standard, still tagged, rather than not at all.
 */
export function reportPdf(engine: Extract<PdfEngine, { ok: true }>, report: TypstReport): { bytes: Uint8Array; standard: string | undefined } {
  const creationTimestamp = Date.parse(`${report.date}T00:00:00Z`) / 1000;
  const source = { mainFileContent: typstReport(report) };
  try {
    return { bytes: engine.compiler.pdf(source, { pdfStandard, creationTimestamp }), standard: pdfStandard };
  } catch {
    return { bytes: engine.compiler.pdf(source, { creationTimestamp }), standard: undefined };
  }
}
