/** The picture shown when the assembly's pages are shared (Open Graph), drawn at build time. */
import type { APIRoute } from 'astro';
import { renderPng, socialCardSvg } from '../../lib/discovery/social-image.ts';
import { assemblyPaths, type SiteAssembly } from '../../lib/content/data.ts';

export const getStaticPaths = assemblyPaths;

export const GET: APIRoute = async ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const png = await renderPng(socialCardSvg(assembly.config));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
