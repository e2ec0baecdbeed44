/** Links to documents: local files are served from the assembly's files/ path with their real size. */
import { isHttpsUrl } from '../../schema/primitives.ts';
import { formatBytes, formatFromPath } from './format.ts';
import { assemblyRoot, type RouteContext } from './routes.ts';

export interface FileLinkInput {
  href: string;
  /** The link's words: a format they already give ("Full report (PDF)") is not said again. */
  title?: string | undefined;
  format?: string | undefined;
  size?: string | undefined;
}

export function fileLink(
  context: RouteContext,
  assembly: { id: string; files: Record<string, number>; translationOf?: string | undefined },
  input: FileLinkInput,
): { url: string; details: string } {
  const local = !isHttpsUrl(input.href);
  // Every language version links to the one copy of a document, kept with the main version.
  const url = local ? `${assemblyRoot(context, assembly.translationOf ?? assembly.id)}${input.href.split('/').map(encodeURIComponent).join('/')}` : input.href;
  const bytes = local ? assembly.files[input.href] : undefined;
  const format = input.format ?? (local ? formatFromPath(input.href) : undefined);
  const size = bytes !== undefined ? formatBytes(bytes) : input.size;
  const said = format !== undefined && input.title?.toLowerCase().includes(`(${format.toLowerCase()})`);
  return { url, details: [said ? undefined : format, size].filter(Boolean).join(', ') };
}
