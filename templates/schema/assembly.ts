/**
 * The assembly config: the single source of truth for `assemblies/<id>/assembly.yaml`.
 * Types, defaults, the JSON Schema for editors and the config reference (both in generated/, made by
 * npm run schema) all come from here.
 */
import * as z from 'zod';
import { evidenceShape } from './evidence.ts';
import { identityShape } from './identity.ts';
import { membersShape } from './members.ts';
import { commissioningShape } from './organisations.ts';
import { outputsShape } from './outputs.ts';
import { permanenceShape } from './permanence.ts';
import { recommendationsShape } from './recommendations.ts';
import { remitShape } from './remit.ts';
import { siteShape } from './site.ts';
import { submissionsShape } from './submissions.ts';
import { timelineShape } from './timeline.ts';

export const assemblyShape = {
  ...identityShape,
  ...commissioningShape,
  ...remitShape,
  ...timelineShape,
  ...membersShape,
  ...evidenceShape,
  ...submissionsShape,
  ...recommendationsShape,
  ...outputsShape,
  ...siteShape,
  ...permanenceShape,
};

export const assemblySchema = z.strictObject(assemblyShape).meta({
  title: 'Citizens\' assembly site config',
  description: 'One assembly: the file assemblies/<id>/assembly.yaml.',
});

/** A validated assembly config, with defaults applied. */
export type AssemblyConfig = z.output<typeof assemblySchema>;

export type Session = AssemblyConfig['sessions'][number];
export type Speaker = AssemblyConfig['speakers'][number];
export type EvidenceItem = AssemblyConfig['evidence'][number];
export type Recommendation = AssemblyConfig['recommendations'][number];
