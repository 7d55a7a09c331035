import { blockTrials, describeTrialFailure } from '../engine/index.ts';
import type { RunError } from './runner.ts';

/** A run's error in one sentence, for the command line and the page (English, technical). */
export function describeRunError(error: RunError, trials?: number): string {
  const where = (block: number) => {
    if (block < 0) return 'while the workers took the scenario';
    if (trials === undefined) return `in block ${block}`;
    const { start, end } = blockTrials(block, trials);
    return `in block ${block} (trials ${start}–${end - 1})`;
  };
  switch (error.kind) {
    case 'cancelled':
      return 'cancelled';
    case 'workerFailed':
      return `the run failed ${where(error.block)}: ${error.message}`;
    case 'workerTimeout':
      return `a worker did not answer ${where(error.block)} within ${Math.round(error.timeoutMs / 1000)} s; it was stopped`;
    case 'trialFailed':
      return describeTrialFailure(error);
    case 'badScenario':
      return `a worker refused the scenario: ${error.issues.slice(0, 5).join('; ')}${error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : ''}`;
    case 'callbackFailed':
      return `the run was stopped because its progress handler failed: ${error.message}`;
    case 'badRequest':
      return `the run was refused: ${error.message}`;
    default:
      return error satisfies never;
  }
}
