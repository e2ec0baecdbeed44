/**
 * The interface in Irish (Gaeilge): started, not complete. Each string not here is shown in
 * English, and `npm run check` lists them for an assembly in Irish. None is reviewed yet.
 */
import { unreviewed } from '../message.ts';
import type { PartialCatalogue } from '../catalogue.ts';

export const ga: PartialCatalogue = {
  'section.home': unreviewed('Baile'),
  'section.members': unreviewed('Baill'),
  'section.report': unreviewed('Tuarascáil'),
  'section.news': unreviewed('Nuacht'),
  'section.privacy': unreviewed('Príobháideachas'),
  'section.accessibility': unreviewed('Inrochtaineacht'),
  'page.search.button': unreviewed('Cuardaigh'),
};
