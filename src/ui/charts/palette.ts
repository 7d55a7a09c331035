// Colours of the charts: the Okabe–Ito palette, distinguishable with the common colour-vision
// deficiencies (Okabe & Ito 2008, "Color Universal Design"), plus neutral greys for axes.

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** The first series (scenario A) and the overlaid comparison (scenario B). */
export const PRIMARY = OKABE_ITO.blue;
export const COMPARE = OKABE_ITO.vermillion;

/** Ink for text, axes, rules and error bars. */
export const INK = '#1d2433';
export const MUTED_INK = '#545b69';
export const GRID = '#e3e6eb';
export const REFERENCE = '#3d4451';

/** Fill opacities of the fan chart's outer (P5–P95) and inner (P25–P75) bands. */
export const BAND90_OPACITY = 0.2;
export const BAND50_OPACITY = 0.38;

/** Colours of firm stages in the Sankey: live stages in blues, outcomes in their own hues. */
export const STAGE_COLORS: Readonly<Record<string, string>> = {
  ARRIVAL: '#8a8f98',
  POC: OKABE_ITO.skyBlue,
  ANGEL: '#2f8fce',
  EARLY: OKABE_ITO.blue,
  GROWTH: '#00476f',
  LISTED: OKABE_ITO.bluishGreen,
  SOLD: OKABE_ITO.orange,
  FAILED: OKABE_ITO.vermillion,
  ACTIVE: '#b5bac2',
  seedFund: OKABE_ITO.skyBlue,
  angelFunds: OKABE_ITO.blue,
  guidanceFund: OKABE_ITO.reddishPurple,
};

const CYCLE = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
];

/** A colour for the i-th of several categories (cycles after six). */
export function categoryColor(i: number): string {
  const n = CYCLE.length;
  return CYCLE[((Math.trunc(i) % n) + n) % n]!;
}
