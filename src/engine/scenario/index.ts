export { decodeScenarioInput, parseScenario, type ParseScenarioResult } from './parseScenario.ts';
export { scenarioJsonSchema } from './jsonSchema.ts';
export { ScenarioSchema, SCHEMA_VERSION, type Scenario, type ScenarioInput } from './schema.ts';
export {
  SCENARIO_ISSUE_CODES,
  pathToText,
  type ScenarioIssue,
  type ScenarioIssueCode,
  type PathSegment,
} from './scenarioIssue.ts';
export { describeScenarioIssue, formatScenarioIssue, type Locale } from './messages.ts';
export { UNITS, type Unit } from './units.ts';
export type { FieldMeta } from './fields.ts';
export { LIVE_STAGES, ARRIVAL_STAGES, type LiveStage, type ArrivalStage } from './stages.ts';
export { flattenScenario, type ScenarioLeaf } from './flattenScenario.ts';
export { fieldMetaAt, fieldSchemaAt } from './fieldAt.ts';
export { SCENARIO_RULES, type ScenarioRule } from './rules.ts';
export { applyScenarioChanges } from './scenarioChanges.ts';
export {
  EVERY_ITEM,
  expandScenarioPath,
  parseScenarioPath,
  scenarioPathText,
  scenarioValuesAt,
  setScenarioValue,
  type ScenarioPath,
  type ScenarioPathIssue,
} from './scenarioPath.ts';
export { resolveScenario, DerivedScenarioSchema } from './resolveScenario.ts';
export { PLAUSIBLE_RANGES, plausibleRangeOf, type PlausibleRange } from './plausibleRanges.ts';
