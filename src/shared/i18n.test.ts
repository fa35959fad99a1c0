import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../_locales/en/messages.json';
import french from '../../_locales/fr/messages.json';
import { formatMessage, installCatalogue, pluralForm, t, tParts, tPlural, uiLocale } from './i18n';

afterEach(() => {
  vi.unstubAllGlobals();
  installCatalogue(english);
});

describe('formatMessage (chrome.i18n.getMessage outside Chrome)', () => {
  const entry = {
    message: 'Call $who$ at $number$ for $$5, then $2',
    placeholders: { who: { content: '$1' }, NUMBER: { content: '$2' } },
  };

  it('fills named placeholders (case-insensitively) and $n', () => {
    expect(formatMessage(entry, ['Jane', '+1 212'])).toBe('Call Jane at +1 212 for $5, then +1 212');
  });

  it('leaves a missing substitution empty and does not read substituted text again', () => {
    expect(formatMessage(entry, ['$1 $who$'])).toBe('Call $1 $who$ at  for $5, then ');
  });

  it('keeps leading and trailing spaces, as Chrome does', () => {
    expect(formatMessage({ message: ' (next $1) ' }, ['X'])).toBe(' (next X) ');
  });
});

describe('t', () => {
  it('reads the installed catalogue with substitutions', () => {
    expect(t('pbxAuthRefused', '1001')).toBe('The PBX refused the password for 1001. Check the extension, authorization user and password in Settings.');
    expect(t('connNextTry', 'Reconnecting…', 8)).toBe('Reconnecting… (next try in 8 s)');
  });

  it('asks chrome.i18n when the context has it, with strings', () => {
    const getMessage = vi.fn(() => 'from Chrome');
    vi.stubGlobal('chrome', { i18n: { getMessage, getUILanguage: () => 'en-GB' } });
    expect(t('badgeOffline', 'a@b')).toBe('from Chrome');
    expect(getMessage).toHaveBeenCalledWith('badgeOffline', ['a@b']);
    expect(tPlural('historyDeleted', 2)).toBe('from Chrome');
    expect(getMessage).toHaveBeenLastCalledWith('historyDeleted_other', ['2']);
  });

  it('falls back to the key when there is neither chrome.i18n nor a catalogue', () => {
    installCatalogue({});
    expect(t('actCall')).toBe('actCall');
  });
});

describe('tPlural', () => {
  it('uses the catalogue language’s plural rules, the count first', () => {
    expect(tPlural('badgeMissed', 1, 'Available: 1001')).toBe('Available: 1001 · 1 missed call');
    expect(tPlural('badgeMissed', 0, 'Available: 1001')).toBe('Available: 1001 · 0 missed calls');
    installCatalogue(french);
    // French counts zero as singular.
    expect(tPlural('historyDeleted', 0)).toBe('0 appel supprimé.');
    expect(tPlural('historyDeleted', 2)).toBe('2 appels supprimés.');
  });

  it('maps every CLDR category other than one to other', () => {
    expect(pluralForm(1_000_000, 'fr')).toBe('other');
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(1, 'not a language')).toBe('one');
  });
});

describe('tParts', () => {
  it('cuts a message around its substitutions, in the translation’s order', () => {
    expect(tParts('consentWantsToCall', 2)).toEqual([0, ' wants to call ', 1]);
    installCatalogue(french);
    expect(tParts('consentWantsToCall', 2)).toEqual([0, ' veut appeler le ', 1]);
    expect(tParts('testThenAgain', 0)).toEqual([', puis relancez le test.']);
  });
});

describe('uiLocale', () => {
  it('is the catalogue language outside Chrome', () => {
    expect(uiLocale()).toBe('en');
    installCatalogue(french);
    expect(uiLocale()).toBe('fr');
  });

  it('keeps the browser’s region when its language is the catalogue’s, not otherwise', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => 'en', getUILanguage: () => 'en-GB' } });
    expect(uiLocale()).toBe('en-GB');
    // A German browser reads the English catalogue: English formats go with English words.
    vi.stubGlobal('chrome', { i18n: { getMessage: () => 'en', getUILanguage: () => 'de-DE' } });
    expect(uiLocale()).toBe('en');
  });
});
