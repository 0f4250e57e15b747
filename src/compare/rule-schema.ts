// Builds rule.schema.json from the kinds' option schemas, so that rules and kinds cannot drift apart.
import { KINDS } from './kinds/index.ts';

export const RULE_SCHEMA_ID = 'https://recoupe.dev/schema/rule/1.0.0';

const CLAIM_KINDS = ['duration', 'count', 'money', 'date', 'quote', 'role', 'place', 'meeting', 'invitation', 'first-since'];

export function buildRuleSchema(): Record<string, unknown> {
  const names = Object.keys(KINDS).sort();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: RULE_SCHEMA_ID,
    title: 'recoupe rule',
    description: 'One rule file under rules/: data that picks a kind and sets its options. Generated from src/compare/kinds by `npm run schema`; do not edit by hand.',
    type: 'object',
    required: ['id', 'kind', 'description', 'appliesTo', 'level'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      kind: { enum: names },
      description: { type: 'string', minLength: 1 },
      appliesTo: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: CLAIM_KINDS } },
      level: { enum: ['error', 'warning', 'info'] },
      report: {
        type: 'array',
        uniqueItems: true,
        items: { enum: ['contradiction', 'divergence', 'corroboration', 'single-source', 'update', 'attributed'] },
      },
      where: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
      options: { type: 'object' },
    },
    allOf: names.map((name) => ({
      if: { properties: { kind: { const: name } }, required: ['kind'] },
      then: {
        properties: {
          options: KINDS[name]!.meta.optionsSchema,
          appliesTo: { type: 'array', items: { enum: KINDS[name]!.meta.claimKinds } },
        },
      },
    })),
  };
}
