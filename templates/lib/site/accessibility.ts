/** Wording of the accessibility statement's compliance section, from the UK model statement (G56). */
import type { complianceStatuses } from '../../schema/site.ts';

export function complianceSentence(status: (typeof complianceStatuses)[number]): string {
  const standard = 'the Web Content Accessibility Guidelines version 2.2 AA standard';
  switch (status) {
    case 'fully-compliant':
      return `This website is fully compliant with ${standard}.`;
    case 'partially-compliant':
      return `This website is partially compliant with ${standard}, due to the non-compliances listed below.`;
    case 'not-compliant':
      return `This website is not compliant with ${standard}. The non-compliances are listed below.`;
  }
}
