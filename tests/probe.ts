import { readContent } from '../src/lib/content/files.ts';
import { checkContent } from '../src/lib/content/rules/integrity.ts';
import { formatProblems } from '../src/lib/content/rules/problems.ts';
const { problems, notes } = checkContent(readContent(new URL('../', import.meta.url).pathname));
console.log(formatProblems(problems, notes));
