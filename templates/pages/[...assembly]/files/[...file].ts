/** Serves the documents kept in each assembly's files/ folder, so the record is self-contained (G83). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { allAssemblies, routeContext } from '../../../lib/content/data.ts';
import { assemblyParam } from '../../../lib/site/routes.ts';

export async function getStaticPaths() {
  // One copy of each document, with the main version: the versions in other languages link to it.
  return (await allAssemblies()).filter((assembly) => !assembly.translationOf).flatMap((assembly) =>
    Object.keys(assembly.files)
      .filter((path) => path.startsWith('files/'))
      .map((path) => ({
        params: { assembly: assemblyParam(routeContext, assembly.id), file: path.slice('files/'.length) },
        props: { source: join(assembly.dir, path) },
      })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { source: string }).source));
