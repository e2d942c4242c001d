// The inflection rules, one language a file, by the name a pack's variant gives (types.ts Inflection).
import type { Inflection } from '../types.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { he } from './he.ts';
import type { InflectionRule } from './rule.ts';
import { ru } from './ru.ts';
import { sla } from './sla.ts';
import { tr } from './tr.ts';

/** A variant written as it is, with nothing before or after it. */
const none: InflectionRule = { suffix: () => '', examples: [] };

export const INFLECTIONS: Readonly<Record<Inflection, InflectionRule>> = { en, ru, tr, de, ar, he, none, sla };

export type { InflectionExample, InflectionRule } from './rule.ts';
