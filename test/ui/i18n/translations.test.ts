import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { flattenScenario, ScenarioSchema } from '../../../src/engine/index.ts';
import { enumOptions } from '../../../src/ui/editor/fieldOptions.ts';
import { FIELD_DESCRIPTIONS_ZH, describeField } from '../../../src/ui/i18n/fieldDescriptions.ts';
import { OPTION_LABELS } from '../../../src/ui/i18n/optionLabels.ts';
import { DOCUMENT_TITLES, clauseReference } from '../../../src/ui/i18n/sourceDocuments.ts';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';

const CJK = /[\u3400-\u9fff\uff01-\uff5e]/;

/** Every description the scenario schema gives, of every field, section and variant. */
function schemaDescriptions(): Set<string> {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (schema: z.ZodType | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const description = schema.meta()?.description;
    if (typeof description === 'string') out.add(description);
    const def = schema.def as unknown as Record<string, unknown>;
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'schema'])
      walk(def[key] as z.ZodType | undefined);
    if (schema instanceof z.ZodObject)
      for (const v of Object.values(schema.shape)) walk(v as z.ZodType);
    if (Array.isArray(def.options)) for (const o of def.options) walk(o as z.ZodType);
  };
  walk(ScenarioSchema);
  return out;
}

describe('every word of the editor is in both languages', () => {
  const descriptions = schemaDescriptions();

  it('has read the schema’s descriptions (the walk finds them)', () => {
    expect(descriptions.size).toBeGreaterThan(150);
  });

  it.each([...descriptions])('the schema’s description %j has a Chinese translation', (english) => {
    // A failure means the schema gained or changed a description: translate it in fieldDescriptions.ts.
    expect(Object.hasOwn(FIELD_DESCRIPTIONS_ZH, english)).toBe(true);
    expect(describeField(english, 'zh')).toMatch(CJK);
  });

  it('keeps no translation of a description the schema no longer has', () => {
    expect(Object.keys(FIELD_DESCRIPTIONS_ZH).filter((k) => !descriptions.has(k))).toEqual([]);
  });

  const options = new Set<string>();
  for (const preset of PRESETS)
    for (const leaf of flattenScenario(preset.scenario))
      for (const o of enumOptions(leaf.path, preset.scenario) ?? []) options.add(o);

  it.each([...options])('the drop-down option %s has words in both languages', (option) => {
    const label = OPTION_LABELS[option];
    expect(label?.zh).toMatch(CJK);
    expect(label?.en).toBeTruthy();
    expect(label?.en).not.toMatch(CJK);
    expect(label?.en).not.toBe(option);
  });

  const documents = new Set(PRESETS.flatMap((p) => p.scenario.sources.map((s) => s.document)));
  it.each([...documents].filter((d) => !/[ ,]/.test(d)))(
    'the cited document %s is named by its title in both languages',
    (document) => {
      expect(DOCUMENT_TITLES[document]?.zh).toMatch(CJK);
      expect(DOCUMENT_TITLES[document]?.en).not.toMatch(CJK);
    },
  );

  it.each(Object.entries(STRINGS))('the app’s string %s is in both languages', (key, text) => {
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    // The language switch names the other language in that language.
    if (key === 'switchLanguage') return;
    expect(text.zh).toMatch(CJK);
    expect(text.en).not.toMatch(CJK);
  });
});

describe('clause references', () => {
  it.each([
    ['二(二)2: the concession', '二(二)2', '§ 2(2)2'],
    ['二(二)2', '二(二)2', '§ 2(2)2'],
    ['三(二): higher tolerance', '三(二)', '§ 3(2)'],
    ['一 总体思路 (2023 targets)', '一', '§ 1'],
    ['二(一)2–3: incentives', '二(一)2–3', '§ 2(1)2–3'],
    ['（1）2: local banks', '（1）2', '§ (1)2'],
    ['二(四)15: the city', '二(四)15', '§ 2(4)15'],
    ['十二(三)1', '十二(三)1', '§ 12(3)1'],
    ['Government funds: concept-validation funds', null, null],
  ])('%j → %s / %s', (clause, zh, en) => {
    expect(clauseReference(clause, 'zh')).toBe(zh);
    expect(clauseReference(clause, 'en')).toBe(en);
  });
});

describe('the policy clauses under the preset picker', () => {
  it('are short references in the reader’s language', async () => {
    const { policyClauses } = await import('../../../src/ui/state/clauses.ts');
    const hebei = PRESETS.find((p) => p.id === 'hebei-2022')!.scenario;
    const zh = policyClauses(hebei, 'zh');
    const en = policyClauses(hebei, 'en');
    expect(zh).toContain('河北方案 二(二)2');
    expect(en).toContain('Hebei plan § 2(2)2');
    for (const text of en) expect(text).not.toMatch(CJK);
  });
});
