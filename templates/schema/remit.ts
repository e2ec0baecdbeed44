/** The question, the remit and its limits (G3, G4, G7, G13, G64). */
import * as z from 'zod';
import { doc, text } from './primitives.ts';

export const remitShape = {
  question: doc(
    text(),
    'The question put to the assembly, in its exact wording (G3, G64).',
    'How do we reduce congestion, improve air quality and provide better public transport in Greater Cambridge?',
  ),
  remit: doc(
    text().optional(),
    'What the assembly is asked to do, in plain English. Separate paragraphs with a blank line.',
    'Members will hear from experts, discuss the options and agree recommendations for the Executive Board.',
  ),
  scope: doc(
    z
      .strictObject({
        in: doc(z.array(text()).default([]), 'What the assembly may consider.', ['Bus services', 'Road charging']),
        out: doc(z.array(text()).default([]), 'What is out of scope or cannot be changed, and why.', ['National rail timetables, which the council does not control']),
      })
      .optional(),
    'What is in scope and out of scope (G4).',
    { in: ['Bus services'], out: ['National rail timetables'] },
  ),
  process: doc(
    text().optional(),
    'How the assembly works: learning, deliberation and decision phases (G7). The schedule is built from `sessions`.',
    'Four days over two weekends: two days of learning from speakers, then deliberation and voting.',
  ),
  observers: doc(
    text().optional(),
    'Policy for observers and the media, including any reporting embargo (G13).',
    'Observers are welcome in the plenary room but do not join table discussions.',
  ),
};
