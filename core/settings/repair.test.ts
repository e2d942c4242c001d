import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './repair';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, readSettings, settingsFields, toStored } from './settings';
import { isSite, normalizeSite } from './site-name';

/** Sites as the settings store them (any host a page can have). */
const site = fc
  .oneof(fc.domain(), fc.ipV4(), fc.ipV6().map((ip) => `[${ip}]`), fc.stringMatching(/^[a-z0-9_-]{1,12}(\.[a-z0-9_-]{1,12}){0,2}$/))
  .map((host) => normalizeSite(host))
  .filter((s): s is string => s !== null);
const termId = fc.stringMatching(/^[a-z0-9-]{1,64}$/);
/** A muted term as stored: its pack-qualified key, or a bare id as versions before keys stored it. */
const mutedEntry = fc.oneof(termId, fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,80}$/), termId).map(([pack, id]) => `${pack}/${id}`));
/** What a stored entry is read as: bare ids named terms of the one pack shipped then. */
const asKey = (entry: string) => (entry.includes('/') ? entry : `cnn-2018-uk-xinjiang/${entry}`);
/** Entries no reading can make a site of: wrong types, and strings that are no host. */
const junk = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  fc.string().filter((s) => normalizeSite(s) === null),
);

describe('readSettings repairs the lists entry by entry', () => {
  it('never loses a valid disabled site, whatever junk sits between them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(site, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), junk), { maxLength: 10 }), (sites, bad) => {
        const stored: unknown[] = [...sites];
        for (const [at, entry] of bad) stored.splice(at % (stored.length + 1), 0, entry);
        const { settings, resetFields, dropped } = readSettings({ ...toStored(DEFAULT_SETTINGS), disabledSites: stored });
        expect(settings.disabledSites).toEqual(sites);
        expect(v.is(settingsFields.disabledSites, settings.disabledSites)).toBe(true);
        expect(resetFields).toEqual([]);
        expect(dropped.length).toBe(bad.length);
        expect(dropped.every((d) => d.field === 'disabledSites' && d.reason === 'invalid')).toBe(true);
      }),
    );
  });

  it('keeps sites whose names are also names of object members (__proto__, constructor)', () => {
    const stored = JSON.parse('{"__proto__":["xinjiang"],"constructor":["p/kashgar"]}') as unknown;
    const { settings } = readSettings({ ...toStored(DEFAULT_SETTINGS), mutedTerms: stored, disabledSites: ['__proto__', 'constructor'] });
    expect(Object.entries(settings.mutedTerms)).toEqual([
      ['__proto__', ['cnn-2018-uk-xinjiang/xinjiang']],
      ['constructor', ['p/kashgar']],
    ]);
    expect(settings.disabledSites).toEqual(['__proto__', 'constructor']);
  });

  it('never loses a valid muted term, whatever junk sits beside it', () => {
    fc.assert(
      fc.property(
        fc.dictionary(site, fc.uniqueArray(mutedEntry, { minLength: 1, maxLength: 5, selector: asKey }), { maxKeys: 20 }),
        fc.array(junk, { maxLength: 3 }),
        fc.array(fc.tuple(fc.string().filter((s) => normalizeSite(s) === null), termId), { maxLength: 3 }),
        (muted, badIds, badSites) => {
          // Without a prototype, a site named `__proto__` is a key like any other, as in stored JSON.
          const stored = Object.create(null) as Record<string, unknown[]>;
          for (const [s, ids] of Object.entries(muted)) stored[s] = [...ids, ...badIds];
          for (const [s, id] of badSites) if (!Object.hasOwn(muted, s)) stored[s] = [id];
          const { settings, resetFields } = readSettings({ ...toStored(DEFAULT_SETTINGS), mutedTerms: stored });
          expect(settings.mutedTerms).toEqual(Object.fromEntries(Object.entries(muted).map(([s, ids]) => [s, ids.map(asKey)])));
          expect(v.is(settingsFields.mutedTerms, settings.mutedTerms)).toBe(true);
          expect(resetFields).toEqual([]);
        },
      ),
    );
  });

  it('rewrites a host written another way instead of dropping it', () => {
    const { settings, dropped } = readSettings({ disabledSites: ['Example.COM.', 'www.example.com', 'localhost:8080', 'Bücher.example', 'my_host.test', '[::1]', 7] });
    expect(settings.disabledSites).toEqual(['example.com', 'localhost', 'xn--bcher-kva.example', 'my_host.test', '[::1]']);
    expect(dropped).toEqual([{ field: 'disabledSites', entry: '7', reason: 'invalid' }]);
  });

  it('keeps the first 5,000 sites of a longer list and reports the rest', () => {
    const sites = Array.from({ length: LIMITS.disabledSites + 2 }, (_, i) => `site-${i}.example`);
    const { settings, dropped, resetFields } = readSettings({ disabledSites: sites });
    expect(settings.disabledSites).toEqual(sites.slice(0, LIMITS.disabledSites));
    expect(resetFields).toEqual([]);
    expect(dropped.map((d) => [d.entry, d.reason])).toEqual([
      [`site-${LIMITS.disabledSites}.example`, 'over-limit'],
      [`site-${LIMITS.disabledSites + 1}.example`, 'over-limit'],
    ]);
  });

  it('keeps the first 200 terms of a site and the first 5,000 sites of the muted list', () => {
    const ids = Array.from({ length: LIMITS.mutedTermsPerSite + 1 }, (_, i) => `t-${i}`);
    const many = Object.fromEntries(Array.from({ length: LIMITS.mutedSites + 1 }, (_, i) => [`m${i}.example`, ['x']]));
    const { settings, dropped } = readSettings({ mutedTerms: { ...many, 'm0.example': ids } });
    expect(settings.mutedTerms['m0.example']).toEqual(ids.slice(0, LIMITS.mutedTermsPerSite).map(asKey));
    expect(Object.keys(settings.mutedTerms)).toHaveLength(LIMITS.mutedSites);
    expect(dropped.map((d) => d.reason)).toEqual(['over-limit', 'over-limit']);
  });

  it('resets a list only when it is no list at all', () => {
    const { settings, resetFields } = readSettings({ disabledSites: 'example.org', mutedTerms: ['example.org'] });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.mutedTerms).toEqual({});
    expect(resetFields.sort()).toEqual(['disabledSites', 'mutedTerms']);
  });

  it('stores hosts named like Object.prototype properties as plain sites', () => {
    const { settings } = readSettings({ mutedTerms: JSON.parse('{"__proto__": ["lu-kang"], "constructor": ["wang-yi"]}') });
    expect(Object.getPrototypeOf(settings.mutedTerms)).toBe(Object.prototype);
    expect(Object.entries(settings.mutedTerms)).toEqual([['__proto__', ['cnn-2018-uk-xinjiang/lu-kang']], ['constructor', ['cnn-2018-uk-xinjiang/wang-yi']]]);
    expect(isSite('__proto__')).toBe(true);
  });
  it('reads bare term ids, stored before keys were qualified, as terms of the one pack shipped then', () => {
    const { settings, dropped } = readSettings({
      ...toStored(DEFAULT_SETTINGS),
      mutedTerms: { 'a.example': ['xinjiang', 'fixture-harbour-2020/cerd', 'cnn-2018-uk-xinjiang/xinjiang', 'Not/An/Id', 'a/'] },
    });
    // The bare id and its key are one term: kept once.
    expect(settings.mutedTerms).toEqual({ 'a.example': ['cnn-2018-uk-xinjiang/xinjiang', 'fixture-harbour-2020/cerd'] });
    expect(dropped.map((d) => [d.entry, d.reason])).toEqual([['a.example: Not/An/Id', 'invalid'], ['a.example: a/', 'invalid']]);
  });
});
