/**
 * Corpora written blind: by a writer who saw the description of the
 * detector and nothing of its code or of the labelled corpus
 * (corpus.test-data.ts), to estimate accuracy on text it was not tuned on.
 * Each expected number was checked valid with libphonenumber-js's full
 * metadata when the corpus was written. What the detector got wrong on a
 * corpus when it was first run is in the commit that added it.
 */
import type { CorpusCase } from '../corpus.test-data';
import crmSnippets from './crm-snippets.json';
import messyText from './messy-text.json';
import nationalIdentifiers from './national-identifiers.json';

export const INDEPENDENT_CORPORA: ReadonlyArray<{ name: string; cases: readonly CorpusCase[] }> = [
  { name: 'CRM snippets (484 cases, 54 countries)', cases: crmSnippets },
  { name: "each country's identifiers that look like its phone numbers (452 cases, 50 countries)", cases: nationalIdentifiers },
  { name: 'messy text: signatures, call notes, chats, CSV, JSON, URLs (381 cases, 44 countries)', cases: messyText },
];
