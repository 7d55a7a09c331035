/** The bank's credit products (MODEL.md, Bank), in this order everywhere. */
export const LOAN_PRODUCTS = [
  'linkageLoan',
  'innovationPointsLoan',
  'ipPledgeLoan',
  'convertibleLoan',
] as const;
export type LoanProduct = (typeof LOAN_PRODUCTS)[number];
