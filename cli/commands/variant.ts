/** Resolving a variant by name for a data command, with usage errors that list the known names. */
import { formatProblems, printable, resolveVariant, variantNames, type Scenario } from '../../sim/index.ts';
import { InputError, UsageError } from '../errors.ts';

/** The scenario as variant `name` runs it. */
export function scenarioForVariant(command: string, scenario: Scenario, name: string, source: string): Scenario {
  const known = variantNames(scenario);
  if (!known.includes(name)) {
    throw new UsageError(`unknown variant ${printable(JSON.stringify(name))}; this scenario has ${known.map((n) => JSON.stringify(n)).join(', ')}`, command);
  }
  const resolved = resolveVariant(scenario, name);
  if (!resolved.ok) throw new InputError(formatProblems(resolved.problems, `${source} (variant ${JSON.stringify(name)})`).split('\n'));
  return resolved.scenario;
}
