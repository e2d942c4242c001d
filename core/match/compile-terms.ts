// The matcher's modules under their earlier name, for code written against it: plan-matcher.ts (the
// background plans), matcher-from-plan.ts (the page runs a plan), matcher-plan.ts (what passes between).
export { compileMatcher, planMatcher, termsOf } from './plan-matcher.ts';
export { matcherFromPlan } from './matcher-from-plan.ts';
export { isMatcherPlan, type MatcherPlan, type ScanMatcher } from './matcher-plan.ts';
