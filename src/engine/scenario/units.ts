/**
 * Units a scenario field can carry. Every numeric field names one, so the editor can show
 * 万元/亿元 or CNY m/bn, and % for shares and rates.
 */
export const UNITS = [
  'CNY', // yuan, stored as a plain number of yuan
  'USD',
  'CNYPerUSD',
  'share', // a fraction in [0, 1], shown as %
  'ratePerYear', // an annual rate as a fraction (0.035 = 3.5% a year)
  'probabilityPerQuarter', // a quarterly hazard in [0, 1]
  'years',
  'quarters',
  'count',
  'multiple', // a ratio such as a valuation step-up (2.8×)
  'logSd', // standard deviation of a natural logarithm
  'perSd', // effect per standard deviation of latent quality q
  'correlation',
  'points', // innovation points (创新积分), 0–100
  'seed',
] as const;
export type Unit = (typeof UNITS)[number];
