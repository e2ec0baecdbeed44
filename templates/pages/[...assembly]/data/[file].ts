/** The open-data files of each assembly (templates/lib/data/open-data.ts). */
import type { APIRoute } from 'astro';
import { openDataFiles } from '../../../lib/data/open-data.ts';
import { pdfIsMade } from '../../../lib/report/pdf.ts';
import { allAssemblies, routeContext } from '../../../lib/content/data.ts';
import { buildDate } from '../../../lib/site/phase.ts';
import { assemblyParam } from '../../../lib/site/routes.ts';

export async function getStaticPaths() {
  const now = buildDate();
  return (await allAssemblies()).flatMap((assembly) =>
    openDataFiles(assembly.id, assembly.config, now, pdfIsMade(assembly.chapters.length)).map((file) => ({
      params: { assembly: assemblyParam(routeContext, assembly.id), file: file.name },
      props: { file },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: { body: string; mediaType: string } };
  return new Response(file.body, { headers: { 'content-type': `${file.mediaType}; charset=utf-8` } });
};
