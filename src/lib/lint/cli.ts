// `npm run lint:data`: validates content/ and runs the data rules; prints "file: field: message (severity, rule)".
// Exits 1 on any error (schema or rule); warnings alone exit 0.
// Options: --today=YYYY-MM-DD (date rules), --rule=<id> (repeatable; run only these), --list (print the rules).
import { loadDataset, contentDir } from '../content/load';
import { ContentError } from '../content/validate';
import { contextFromDisk, formatFindings, lintDataset, rules } from './index';

const args = process.argv.slice(2);
const option = (name: string) => args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));

function main(): number {
  if (args.includes('--list')) {
    for (const rule of rules) console.log(`${rule.id} (${rule.severity}): ${rule.description}`);
    return 0;
  }
  const [today] = option('today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today must be YYYY-MM-DD, not "${today}"`);
    return 2;
  }
  const only = option('rule');
  const unknown = only.filter((id) => !rules.some((rule) => rule.id === id));
  if (unknown.length) {
    console.error(`unknown rule(s): ${unknown.join(', ')}; see --list`);
    return 2;
  }

  let dataset;
  try {
    dataset = loadDataset();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const line of error.problems) console.log(`${line} (error, schema)`);
    console.log(`\nlint:data: ${error.problems.length} schema error(s); fix them so the data rules can run`);
    return 1;
  }

  const ctx = contextFromDisk(contentDir(), process.cwd(), today);
  const selected = only.length ? rules.filter((rule) => only.includes(rule.id)) : rules;
  const findings = lintDataset(dataset, ctx, selected);
  for (const line of formatFindings(findings)) console.log(line);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  console.log(
    `${findings.length ? '\n' : ''}lint:data: ${errors} error(s), ${warnings} warning(s) from ${selected.length} rule(s) over ` +
      `${dataset.features.length} features, ${dataset.releases.length} releases, ${dataset.sources.length} sources, ${ctx.articles.length} articles`,
  );
  return errors > 0 ? 1 : 0;
}

process.exitCode = main();
