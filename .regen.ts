import { loadAll, withMdxChecked, listAssemblyIds } from './templates/lib/config/load-all.ts';
import { formatProblem } from './templates/lib/config/problems.ts';
const dir = process.argv[2]!;
const out: Record<string, string[]> = {};
for (const id of listAssemblyIds(dir)) {
  const { problems } = withMdxChecked(loadAll({ dir, only: id, root: process.cwd() }));
  out[id] = problems.map(formatProblem);
}
console.log(JSON.stringify(out));
