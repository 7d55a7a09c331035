import { describe, expect, it } from 'vitest';
import { changeItems } from '../../../src/ui/state/changeSummary.ts';
import { AppState } from '../../../src/ui/state/appState.svelte.ts';
import {
  PROGRAMME_PRESET_ID,
  programmePreset,
  programmeTemplate,
} from '../../../src/ui/state/programme.ts';
import { nextOfferYear, programmeSectionOf } from '../../../src/ui/editor/programmeFields.ts';
import { createInProcessRunner } from '../../../src/workers/inProcessRunner.ts';

const app = () => new AppState(() => createInProcessRunner());
const required = ['fundRaising', 'lpResponse', 'requiredReturnPerYear'];

describe('adding a fund-raising programme to a scenario without one', () => {
  it('adds the programme preset’s block as one change; the listed sub-funds stay', () => {
    const state = app();
    expect(state.presetId).toBe('hebei-2022');
    expect(state.hasProgramme).toBe(false);
    const funds = state.scenario!.funds;
    state.addProgramme();
    expect(Object.keys(state.changes)).toEqual(['fundRaising']);
    expect(state.changeCount).toBe(1);
    expect(state.issues).toEqual([]);
    expect(state.scenario?.fundRaising).toEqual(programmePreset()!.scenario.fundRaising);
    expect(state.scenario?.funds).toEqual(funds);
    expect(state.hasProgramme).toBe(true);
    expect(state.programmeAdded).toBe(true);
    // The addition is the change; its fields are compared with what was added.
    expect(state.isChanged(['fundRaising'])).toBe(true);
    expect(state.isChanged(required)).toBe(false);
    expect(state.baselineValue(required)).toBe(0.08);
    expect(state.addedSectionOf(required)).toBe('fundRaising');
  });

  it('edits a field of the added programme, and forgets the edit when the value comes back', () => {
    const state = app();
    state.addProgramme();
    state.setField(required, 0.12);
    expect(state.isChanged(required)).toBe(true);
    expect(state.scenario?.fundRaising?.lpResponse.requiredReturnPerYear).toBe(0.12);
    expect(state.changeCount).toBe(2);
    state.setField(required, 0.08);
    expect(Object.keys(state.changes)).toEqual(['fundRaising']);
  });

  it('removes the added programme with the edits made in it, back to the preset', () => {
    const state = app();
    state.setField(['concession', 'angelStageShare'], 0.5);
    state.addProgramme();
    state.setField(required, 0.12);
    state.removeProgramme();
    expect(state.changes).toEqual({ 'concession.angelStageShare': 0.5 });
    expect(state.hasProgramme).toBe(false);
    expect(state.scenario?.fundRaising).toBeUndefined();
  });

  it('keeps the programme in the share link, and the link opens it', () => {
    const a = app();
    a.addProgramme();
    a.setField(required, 0.12);
    const b = app();
    b.openShareHash(a.shareHash());
    expect(b.changes).toEqual(a.changes);
    expect(b.scenario).toEqual(a.scenario);
    expect(b.programmeAdded).toBe(true);
  });

  it('names the addition in the change list (the edited scenario’s name and the compare sides)', () => {
    const state = app();
    state.addProgramme();
    state.setField(required, 0.12);
    expect(
      changeItems(state.changes, state.draft, 'zh').map((i) => `${i.label} ${i.value}`),
    ).toEqual(['子基金募集计划 已添加', '要求年化净收益率 12%/年']);
    expect(changeItems(state.changes, state.draft, 'en')[0]).toMatchObject({
      label: 'Fund-raising programme',
      value: 'added',
    });
    expect(state.scenario?.name.zh).toBe('河北 2022 科技金融链（已修改 2 处）');
  });

  it('shows a bad value of the programme at its field, and keeps it', () => {
    const state = app();
    state.addProgramme();
    const minClose = ['fundRaising', 'lpResponse', 'minCloseShare'];
    state.setField(minClose, 1.5);
    expect(state.scenario).toBeNull();
    expect(state.issuesAt(minClose)).toMatchObject([
      { code: 'tooBig', params: { bound: 1 }, received: '1.5' },
    ]);
    expect(state.changes['fundRaising.lpResponse.minCloseShare']).toBe(1.5);
    expect(state.hasProgramme).toBe(true);
  });
});

describe('a preset with its own programme', () => {
  it('edits it as any preset field, and cannot remove it by a change', () => {
    const state = app();
    state.choosePreset(PROGRAMME_PRESET_ID);
    expect(state.hasProgramme).toBe(true);
    expect(state.programmeAdded).toBe(false);
    state.addProgramme();
    expect(state.changes).toEqual({});
    state.setField(required, 0.12);
    expect(state.changes).toEqual({ 'fundRaising.lpResponse.requiredReturnPerYear': 0.12 });
    state.removeProgramme();
    expect(state.changes).toEqual({ 'fundRaising.lpResponse.requiredReturnPerYear': 0.12 });
    expect(state.baselineValue(required)).toBe(0.08);
  });

  it('adds and takes away offer years as one list, and drops the items edited before', () => {
    const state = app();
    state.choosePreset(PROGRAMME_PRESET_ID);
    const years = ['fundRaising', 'offerYears'];
    state.setField([...years, 1], 2);
    state.setSection(years, [0, 2, 3]);
    expect(state.changes).toEqual({ 'fundRaising.offerYears': [0, 2, 3] });
    expect(state.scenario?.fundRaising?.offerYears).toEqual([0, 2, 3]);
    expect(state.isChanged([...years, 0])).toBe(false);
    expect(state.isChanged([...years, 2])).toBe(true);
    // An item set back to what the replaced list holds is no change of its own.
    state.setField([...years, 1], 1);
    state.setField([...years, 1], 2);
    expect(state.changes).toEqual({ 'fundRaising.offerYears': [0, 2, 3] });
    state.setSection(years, [0, 1]);
    expect(state.changes).toEqual({});
  });
});

describe('the programme’s parts in the editor', () => {
  it('puts each field in its part', () => {
    expect(programmeSectionOf(['fundRaising', 'offerYears', 0])).toBe('general');
    expect(programmeSectionOf(['fundRaising', 'annualBudgetCNY'])).toBe('general');
    expect(programmeSectionOf(['fundRaising', 'proceeds'])).toBe('general');
    expect(programmeSectionOf(['fundRaising', 'tech', 'terms', 'ticketCNY'])).toBe('tech');
    expect(programmeSectionOf(['fundRaising', 'bankLinked', 'perYear'])).toBe('bankLinked');
    expect(programmeSectionOf(['fundRaising', 'lpResponse', 'grossMultiple'])).toBe('lpResponse');
  });

  it('offers the next year within the horizon, or the first one free, or none', () => {
    expect(nextOfferYear([0, 1], 15)).toBe(2);
    expect(nextOfferYear([0, 14], 15)).toBe(1);
    expect(nextOfferYear([0, 1, 2], 3)).toBeNull();
    expect(nextOfferYear([0, 'zwei'], 15)).toBe(1);
    expect(nextOfferYear([0, 1], null)).toBe(2);
    expect(nextOfferYear([...Array(15).keys()], 30)).toBeNull();
  });

  it('takes the programme from the programme preset, as a copy', () => {
    const a = programmeTemplate()!;
    a.annualBudgetCNY = 1;
    expect(programmeTemplate()!.annualBudgetCNY).toBe(200_000_000);
  });
});
