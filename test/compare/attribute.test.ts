// Table tests for the `attribute` kind: titles scoped in time, equivalent titles, former vs current; places.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';

const role = (doc: string, title: string, titleKey: string, asOf: string | null, qualifier: string | null = null) =>
  claim({ doc, kind: 'role', text: title, value: { person: 'wang-yi', personText: 'Wang Yi', title, titleKey, asOf, qualifier }, event: null });

const place = (doc: string, name: string, key: string) => claim({ doc, kind: 'place', text: name, value: { place: name, placeKey: key, level: 'city' } });

const cases: KindCase[] = [
  {
    name: 'a title held in 2024 does not contradict another held in 2023',
    claims: [role('a.txt', 'ancien ministre des Affaires étrangères', 'foreign-minister', '2023-06', 'former'), role('b.txt', 'ministre des Affaires étrangères', 'foreign-minister', '2024-02-16')],
    verdicts: [],
  },
  {
    name: '"former X" against "X" at the same time contradicts',
    claims: [role('a.txt', 'ancien ministre des Affaires étrangères', 'foreign-minister', '2023-06-19', 'former'), role('b.txt', 'ministre des Affaires étrangères', 'foreign-minister', '2023-06-20')],
    verdicts: ['contradiction'],
  },
  {
    name: 'equivalent titles agree',
    claims: [role('a.txt', 'chef de la diplomatie chinoise', 'top-diplomat', '2024-02'), role('b.txt', 'ministre chinois des Affaires étrangères', 'foreign-minister', '2024-02-16')],
    verdicts: ['corroboration'],
  },
  {
    name: 'different titles at the same time are a divergence',
    claims: [role('a.txt', 'ministre de la Défense', 'defence-minister', '2024-02-16'), role('b.txt', 'ministre des Affaires étrangères', 'foreign-minister', '2024-02-16')],
    verdicts: ['divergence'],
  },
  {
    name: 'different titles without dates are not compared',
    claims: [role('a.txt', 'ministre de la Défense', 'defence-minister', null), role('b.txt', 'ministre des Affaires étrangères', 'foreign-minister', null)],
    verdicts: [],
  },
  {
    name: 'the same place corroborates; different places are not claimed to conflict',
    claims: [place('a.txt', 'Pékin', 'beijing'), place('b.txt', 'Beijing', 'beijing'), place('c.txt', 'Diaoyutai', 'diaoyutai')],
    verdicts: ['corroboration'],
  },
];

for (const c of cases) test(c.name, () => void runCase('attribute', ['role', 'place'], c));

test.run();
