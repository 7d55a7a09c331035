// The pacing model: the Takahashi–Alexander projection and its fit to a fund's flows.
export {
  projectTakahashiAlexander,
  contributionRateAt,
  distributionRateAt,
  checkTakahashiAlexanderParams,
  type TakahashiAlexanderParams,
  type TakahashiAlexanderStart,
  type TakahashiAlexanderProjection,
} from './takahashiAlexander.ts';
export {
  fitTakahashiAlexander,
  TA_FIT_BOUNDS,
  type QuarterlyFundFlows,
  type ContributionModel,
  type FitTakahashiAlexanderOptions,
  type FitFailureReason,
  type TakahashiAlexanderFit,
} from './fitTakahashiAlexander.ts';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './nelderMead.ts';
export { fundPacingFit } from './fundPacing.ts';
