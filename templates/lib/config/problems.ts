/** A problem found in an assembly's files, and how it is printed for organisers. */
import { painter, type Paint } from './colour.ts';

export type Severity = 'error' | 'warning';
export type FieldPath = ReadonlyArray<string | number>;

export interface Problem {
  severity: Severity;
  /** Path of the file relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Path of the field inside the file; empty for the file as a whole. */
  path: FieldPath;
  /** What is wrong, then what to do, as plain sentences. */
  message: string;
}

export function formatPath(path: FieldPath): string {
  return path.map(String).join('.');
}

/** `assemblies/<id>/assembly.yaml:LINE:COL  path.to.field: what is wrong. What to do.` */
export function formatProblem(problem: Problem): string {
  return paintedProblem(problem, painter(false));
}

/** The same line, with the place, field and label painted for a terminal. */
export function paintedProblem(problem: Problem, paint: Paint): string {
  const where = paint('bold', `${problem.file}:${problem.line}:${problem.column}`);
  const field = problem.path.length > 0 ? `${paint('cyan', formatPath(problem.path))}: ` : '';
  const label = problem.severity === 'warning' ? paint('yellow', 'warning: ') : '';
  return `${where}  ${label}${field}${problem.message}`;
}

/** Sorted by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      formatPath(a.path).localeCompare(formatPath(b.path)) ||
      a.message.localeCompare(b.message),
  );
}

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function summarise(problems: readonly Problem[]): string {
  const errors = errorsIn(problems).length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
