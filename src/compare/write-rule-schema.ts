// `npm run schema`: regenerates src/schema/rule.schema.json from the kinds, then the ahead-of-time validators
// (src/schema/generated/). Tests fail when either is stale.
import { writeFileSync } from 'node:fs';
import { packagePath } from '../paths.ts';
import { generatedPath } from '../schema/standalone.ts';
import { STANDALONE, standaloneSource } from '../schema/standalone-build.ts';
import { buildRuleSchema } from './rule-schema.ts';

writeFileSync(packagePath('src', 'schema', 'rule.schema.json'), `${JSON.stringify(buildRuleSchema(), null, 2)}\n`);
for (const name of Object.keys(STANDALONE)) writeFileSync(generatedPath(name), standaloneSource(name));
