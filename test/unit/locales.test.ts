/**
 * The catalogues in _locales against each other and against the code
 * (issue 6: localisation). Chrome falls back to English for a key a
 * translation lacks and prints a placeholder it cannot fill as it is, so
 * both are caught here rather than by an agent.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Catalogue } from '../../src/shared/i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const catalogue = (lang: string) => JSON.parse(read(`_locales/${lang}/messages.json`)) as Catalogue;
const english = catalogue('en');
const translations = LOCALES.filter((l) => l !== 'en');

/** Messages a translation may leave as in English: names, codes and words French shares. */
const SAME_IN = { fr: ['extName', 'wrapUpNotes', 'historyColActions'] } as Record<string, string[]>;

function placeholdersUsed(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the _locales catalogues', () => {
  it('are the languages the code knows, English being the manifest default', () => {
    expect(readdirSync(join(ROOT, '_locales')).sort()).toEqual([...LOCALES].sort());
    expect(read('manifest.config.ts')).toMatch(/default_locale: 'en'/);
    for (const lang of LOCALES) expect(catalogue(lang).lang?.message, `${lang}/messages.json "lang"`).toBe(lang);
  });

  it('have keys Chrome accepts, distinct without regard to case', () => {
    const keys = Object.keys(english);
    for (const key of keys) expect(key, key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(translations)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogue(lang)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)('%s declares every placeholder it uses and uses every one it declares, as English does', (lang) => {
    const messages = catalogue(lang);
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang} ${key} is empty`).not.toBe('');
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
      expect(placeholdersUsed(entry.message), `${lang} ${key}: placeholders used vs declared`).toEqual(declared);
      const contents = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
      const englishContents = Object.fromEntries(Object.entries(english[key]?.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
      expect(contents, `${lang} ${key}: placeholders differ from English`).toEqual(englishContents);
      // Substitutions are $1…$n with none skipped, so the caller's arguments line up.
      expect(Object.values(contents).sort(), `${lang} ${key}: substitutions`).toEqual(Object.values(contents).map((_, i) => `$${i + 1}`));
    }
  });

  it('has both plural forms of each counted message, the count first', () => {
    const keys = Object.keys(english);
    for (const key of keys.filter((k) => /_(one|other)$/.test(k))) {
      const base = key.replace(/_(one|other)$/, '');
      expect(keys, base).toContain(`${base}_one`);
      expect(keys, base).toContain(`${base}_other`);
      expect(english[key]?.placeholders?.count?.content, `${key}: $count$ is $1`).toBe('$1');
    }
  });

  it.each(translations)('%s translates every message except the few listed', (lang) => {
    const messages = catalogue(lang);
    const same = Object.keys(english).filter((k) => k !== 'lang' && messages[k]?.message === english[k]?.message);
    expect(same.sort()).toEqual([...(SAME_IN[lang] ?? [])].sort());
  });

  it('has no English message the code does not use', () => {
    const code = [...sourceFiles('src'), 'manifest.config.ts'].map(read).join('\n');
    const unused = Object.keys(english).filter((key) => {
      const name = key.replace(/_(one|other)$/, '');
      return !new RegExp(`['"\`]${name}['"\`]|__MSG_${key}__`).test(code);
    });
    expect(unused).toEqual([]);
  });

  it('has every message the manifest names', () => {
    for (const [, key] of read('manifest.config.ts').matchAll(/__MSG_(\w+)__/g)) expect(Object.keys(english), key).toContain(key);
  });
});
