/** The site itself: its colour and its redirects. */
import { contrastRatio, minimumContrast } from '../../colour-contrast.ts';
import { error, type CrossCheck } from './check.ts';

export const siteChecks: CrossCheck[] = [
  {
    id: 'site.colour-contrast',
    run: ({ site }) => {
      const colour = site?.branding?.colour;
      if (!colour) return [];
      const ratio = contrastRatio(colour, '#ffffff');
      return ratio < minimumContrast
        ? [error(['site', 'branding', 'colour'], `${colour} has a contrast of ${ratio.toFixed(2)}:1 with white, below the ${minimumContrast}:1 that WCAG requires. Choose a darker shade.`)]
        : [];
    },
  },
  {
    id: 'redirects.distinct',
    run: ({ redirects }) => {
      const seen = new Set<string>();
      return (redirects ?? []).flatMap((redirect, r) => {
        if (!redirect?.from || !redirect.to) return [];
        if (redirect.from === redirect.to) return [error(['redirects', r, 'to'], 'This redirect leads to itself. Give the new address in to.')];
        if (seen.has(redirect.from)) return [error(['redirects', r, 'from'], `"${redirect.from}" is already redirected above. Keep one of them.`)];
        seen.add(redirect.from);
        return [];
      });
    },
  },
];
