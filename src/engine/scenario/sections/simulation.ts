import * as z from 'zod';
import { count, wholeYears } from '../fields.ts';

/** How many futures to simulate, from which seed, over how long. */
export const SimulationSchema = z
  .strictObject({
    trials: count(1000, 'Number of Monte Carlo trials (simulated futures)', 1, 1_000_000),
    seed: z
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(2022)
      .meta({
        unit: 'seed',
        description: 'Seed of every random stream; the same seed gives the same result bit for bit',
      }),
    years: wholeYears(15, 'Horizon of each trial in years, simulated in quarterly steps', 1, 40),
  })
  .meta({ description: 'The Monte Carlo run: trials, seed and horizon' });
