/**
 * The interface in Scottish Gaelic (Gàidhlig): started, not complete. Each string not here is shown
 * in English, and `npm run check` lists them for an assembly in Gaelic. None is reviewed yet.
 */
import { unreviewed } from '../message.ts';
import type { PartialCatalogue } from '../catalogue.ts';

export const gd: PartialCatalogue = {
  'section.home': unreviewed('Dachaigh'),
  'section.members': unreviewed('Buill'),
  'section.report': unreviewed('Aithisg'),
  'section.news': unreviewed('Naidheachdan'),
  'page.search.button': unreviewed('Lorg'),
};
