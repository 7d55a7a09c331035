// Writes the scenario format as JSON Schema next to the scenarios, for editors ($schema).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/engine/index.ts';

const target = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
