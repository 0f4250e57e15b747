// `npm run schema`: regenerates src/schema/rule.schema.json from the kinds (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { packagePath } from '../paths.ts';
import { buildRuleSchema } from './rule-schema.ts';

writeFileSync(packagePath('src', 'schema', 'rule.schema.json'), `${JSON.stringify(buildRuleSchema(), null, 2)}\n`);
