import { MAX_OFFER_YEARS, OFFER_KINDS, type PathSegment } from '../../engine/index.ts';

/**
 * The parts of the programme group in the editor, in the order shown: offer years and budget,
 * each kind of offer, then the private LPs' response.
 */
export const PROGRAMME_SECTIONS = ['general', ...OFFER_KINDS, 'lpResponse'] as const;
export type ProgrammeSection = (typeof PROGRAMME_SECTIONS)[number];

const OWN_SECTIONS: readonly string[] = [...OFFER_KINDS, 'lpResponse'];

/** The part a programme field is shown in (`fundRaising.tech.terms.ticketCNY` → tech). */
export function programmeSectionOf(path: readonly PathSegment[]): ProgrammeSection {
  const part = String(path[1]);
  return OWN_SECTIONS.includes(part) ? (part as ProgrammeSection) : 'general';
}

/**
 * The year "add an offer year" appends: the first after the last one offered that lies within
 * the horizon, else the first year of the horizon not yet offered; null when none is left (or the
 * list is full). Items that are not numbers (text being typed) take no year.
 */
export function nextOfferYear(
  years: readonly unknown[],
  horizonYears: number | null,
): number | null {
  if (years.length >= MAX_OFFER_YEARS) return null;
  const taken = new Set(years.filter((y): y is number => typeof y === 'number'));
  const last = Math.max(-1, ...taken);
  const within = (y: number) => horizonYears === null || y < horizonYears;
  if (within(last + 1)) return last + 1;
  for (let y = 0; within(y); y++) if (!taken.has(y)) return y;
  return null;
}
