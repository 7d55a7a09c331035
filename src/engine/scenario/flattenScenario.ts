import type { FieldMeta } from './fields.ts';
import { fieldMetaAt } from './fieldAt.ts';
import { pathToText, type PathSegment } from './scenarioIssue.ts';

/** One leaf value of a scenario, with its unit and description when the schema gives them. */
export type ScenarioLeaf = {
  path: PathSegment[];
  pathText: string;
  value: string | number | boolean | null;
  meta: FieldMeta | undefined;
};

/** Every leaf of a (parsed) scenario in document order: what a viewer or an editor lists. */
export function flattenScenario(scenario: unknown): ScenarioLeaf[] {
  const leaves: ScenarioLeaf[] = [];
  const visit = (node: unknown, path: PathSegment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    } else if (node === null || ['string', 'number', 'boolean'].includes(typeof node)) {
      leaves.push({
        path,
        pathText: pathToText(path),
        value: node as ScenarioLeaf['value'],
        meta: fieldMetaAt(path, scenario),
      });
    }
  };
  visit(scenario, []);
  return leaves;
}
