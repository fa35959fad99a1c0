import { describe, it, expect } from 'vitest';
import { buildCorpus, NEGATIVE_COUNTRIES, NEGATIVE_TEXTS, type CorpusCase } from './corpus.test-data';
import { findPhoneNumbers, type PhoneMatch } from './find-phone-numbers';

const find = (text: string, defaultCountry = 'US'): PhoneMatch[] => findPhoneNumbers(text, { defaultCountry });
const texts = (text: string, defaultCountry = 'US'): string[] =>
  find(text, defaultCountry).map((m) => text.slice(m.start, m.end));

function describeCase(c: CorpusCase): string {
  return `${c.tag} [${c.country}] ${JSON.stringify(c.text)}`;
}

describe('labelled corpus — positives', () => {
  const positives = buildCorpus().filter((c) => c.expect.length > 0);
  it.each(positives.map((c) => [describeCase(c), c] as const))('%s', (_name, c) => {
    const found = findPhoneNumbers(c.text, { defaultCountry: c.country });
    expect(found.map((f) => f.e164)).toEqual(c.expect.map((e) => e.e164));
    c.expect.forEach((e, i) => {
      const f = found[i]!;
      if (e.text !== undefined) expect(c.text.slice(f.start, f.end)).toBe(e.text);
      // Compact "extra" cases only list E.164 numbers.
      if (e.ext !== undefined) expect(f.ext).toBe(e.ext);
      else if (!c.tag.startsWith('extra')) expect(f.ext).toBeUndefined();
    });
  });
});

describe('labelled corpus — negatives', () => {
  it.each(NEGATIVE_TEXTS.map((t) => [t] as const))('%s', (text) => {
    for (const country of NEGATIVE_COUNTRIES) {
      expect({ country, found: texts(text, country) }).toEqual({ country, found: [] });
    }
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets of the visible number', () => {
    const text = 'Réf. client: Émilie — 📞 06 12 34 56 78!';
    const [m] = find(text, 'FR');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('06 12 34 56 78');
    expect(m!.start).toBe(text.indexOf('06'));
  });

  it('exclude a sentence bracket but include an area-code bracket', () => {
    expect(find('(call +33 1 23 45 67 89)')).toEqual([{ start: 6, end: 23, e164: '+33123456789' }]);
    expect(find('(212) 736-4190')).toEqual([{ start: 0, end: 14, e164: '+12127364190' }]);
    expect(texts('See (212) 736-4190.')).toEqual(['(212) 736-4190']);
    expect(texts('[212-736-4190]')).toEqual(['212-736-4190']);
    expect(texts('"+44 20 7946 0958"', 'FR')).toEqual(['+44 20 7946 0958']);
  });

  it('include the extension text', () => {
    const text = 'Call 212-736-4190 ext. 45 now';
    expect(find(text)).toEqual([{ start: 5, end: 25, e164: '+12127364190', ext: '45' }]);
  });

  it('include bracketed extensions with their brackets', () => {
    expect(find('212-736-4190 (ext. 12)')).toEqual([{ start: 0, end: 22, e164: '+12127364190', ext: '12' }]);
    expect(find('(212-736-4190 x12)')).toEqual([{ start: 1, end: 17, e164: '+12127364190', ext: '12' }]);
  });

  it('are returned in text order without overlap', () => {
    const found = find('A: 212-736-4190, B: +44 20 7946 0958, C: (415) 555-2671 x9');
    expect(found.map((f) => f.e164)).toEqual(['+12127364190', '+442079460958', '+14155552671']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('separators', () => {
  const frenchSpaces: [string, string][] = [
    ['narrow no-break space U+202F', '\u202F'],
    ['no-break space U+00A0', '\u00A0'],
    ['thin space U+2009', '\u2009'],
    ['figure space U+2007', '\u2007'],
    ['ideographic space U+3000', '\u3000'],
  ];
  it.each(frenchSpaces)('reads %s as a separator', (_name, sp) => {
    const n = ['01', '23', '45', '67', '89'].join(sp);
    expect(find(`Tél.${sp}: ${n}`, 'FR')).toEqual([{ start: 7, end: 7 + n.length, e164: '+33123456789' }]);
  });

  it.each([
    ['hyphen', '212-736-4190'],
    ['non-breaking hyphen', '212\u2011736\u20114190'],
    ['en dash', '212\u2013736\u20134190'],
    ['minus sign', '212\u2212736\u22124190'],
    ['dots', '212.736.4190'],
    ['middle dots', '212·736·4190'],
    ['slashes', '212/736/4190'],
    ['full-width digits', '２１２－７３６－４１９０'],
  ])('reads %s', (_name, n) => {
    expect(find(n).map((f) => f.e164)).toEqual(['+12127364190']);
  });

  it('reads Arabic-Indic digits', () => {
    expect(find('هاتف: ٠٥٠١٢٣٤٥٦٧', 'AE').map((f) => f.e164)).toEqual(['+971501234567']);
  });

  it('does not join across line breaks, tabs or wide gaps', () => {
    expect(texts('212 736\n4190')).toEqual([]);
    expect(texts('06 12 34\r\n56 78', 'FR')).toEqual([]);
    expect(texts('0612\t345678', 'FR')).toEqual([]);
    expect(texts('212    736    4190')).toEqual([]);
    expect(texts('212-736-4190\u2028415-555-2671')).toEqual(['212-736-4190', '415-555-2671']);
  });
});

describe('typography', () => {
  it('reads groups joined by invisible characters and Japanese middle dots', () => {
    expect(find('Call 212-\u200B736-\u200B4190 now').map((m) => m.e164)).toEqual(['+12127364190']);
    expect(find('Portable 06\u00AD12\u00AD34\u00AD56\u00AD78', 'FR').map((m) => m.e164)).toEqual(['+33612345678']);
    expect(find('الجوال: +971\u200E 50\u200E 123\u200E 4567', 'AE').map((m) => m.e164)).toEqual(['+971501234567']);
    expect(find('代表 03・1234・5678', 'JP').map((m) => m.e164)).toEqual(['+81312345678']);
  });

  it('reads a number in Markdown emphasis or code, and a Hebrew prefix or a one-letter label glued to it', () => {
    expect(texts('Support line: **212-736-4190**')).toEqual(['212-736-4190']);
    expect(texts('Use `212-736-4190` for testing')).toEqual(['212-736-4190']);
    expect(texts('Press office _+44 20 7946 0958_', 'GB')).toEqual(['+44 20 7946 0958']);
    expect(texts('התקשרו ל-050-234-5678 עוד היום', 'IL')).toEqual(['050-234-5678']);
    expect(texts('T.0142685300', 'FR')).toEqual(['0142685300']);
    expect(texts('Sarah(212-736-4190)')).toEqual(['212-736-4190']);
    expect(texts('Tom(+44 7911 123456)', 'GB')).toEqual(['+44 7911 123456']);
    expect(find('return lookup(2127364190);')).toEqual([]);
    // A key naming an identifier of a contact is still an identifier.
    expect(find('{"contactId": 4123916678, "lead_uuid": 4155552671}')).toEqual([]);
    // Still glued: an identifier's underscore, a letter without its dot.
    expect(find('user_2127364190_x')).toEqual([]);
    expect(find('P2127364190')).toEqual([]);
  });
});

describe('two numbers with a slash between them', () => {
  it('are two numbers when each side is a whole number', () => {
    expect(texts('Tel. 0171 2345678 / 030 12345678', 'DE')).toEqual(['0171 2345678', '030 12345678']);
    expect(texts('Tel 0612345678/0698765432', 'FR')).toEqual(['0612345678', '0698765432']);
  });

  it('is one number when the slash follows the area code', () => {
    expect(texts('030/12345678', 'DE')).toEqual(['030/12345678']);
    expect(texts('Tel. 030 / 12345678', 'DE')).toEqual(['030 / 12345678']);
  });
});

describe('extensions', () => {
  it.each([
    ['212-736-4190 x123', '123'],
    ['212-736-4190 X 123', '123'],
    ['212-736-4190x123', '123'],
    ['212-736-4190 ext. 45', '45'],
    ['212-736-4190 ext.45', '45'],
    ['212-736-4190 ext 45', '45'],
    ['212-736-4190 Ext: 45', '45'],
    ['212-736-4190 EXT. NO. 45', '45'],
    ['212-736-4190 extension 45', '45'],
    ['212-736-4190 #12', '12'],
    ['212-736-4190#12', '12'],
    ['212-736-4190;ext=12', '12'],
    ['212-736-4190, ext. 12', '12'],
    ['212-736-4190 (ext. 12)', '12'],
  ])('%s → ext %s', (text, ext) => {
    const [m] = find(text);
    expect(m).toEqual({ start: 0, end: text.length, e164: '+12127364190', ext });
  });

  it('handles French "poste", Russian "доб." and Spanish "int."', () => {
    expect(find('01 23 45 67 89 poste 12', 'FR')[0]?.ext).toBe('12');
    expect(find('+7 495 123-45-67 доб. 123', 'RU')[0]?.ext).toBe('123');
    expect(find('91 234 56 78 int. 204', 'ES')[0]?.ext).toBe('204');
  });

  it('handles Spanish "extensión", Dutch "toestel", Polish "wew." and Japanese "内線"', () => {
    expect(find('934 12 34 56 extensión 12', 'ES')[0]?.ext).toBe('12');
    expect(find('020 123 4567 toestel 31', 'NL')[0]?.ext).toBe('31');
    expect(find('22 123 45 67 wew. 204', 'PL')[0]?.ext).toBe('204');
    expect(find('03-1234-5678 内線 204', 'JP')[0]?.ext).toBe('204');
  });

  it.each([
    ['Växel 031-773 10 00, ankn. 245', 'SE', '245'],
    ['Volejte 234 567 890, linka 12', 'CZ', '12'],
    ['+90 312 123 45 67 dahili 204', 'TR', '204'],
    ['+972 2 623 4567, שלוחה 12', 'IL', '12'],
    ['+66 2 123 4567 ต่อ 105', 'TH', '105'],
    ['大阪支社 06-6123-4567（内線 234）', 'JP', '234'],
    ['+82-2-3456-7890 (내선 123)', 'KR', '123'],
    ['总机 021-6123 4567 转 8021', 'CN', '8021'],
    ['Tel. +386 1 580 30 00, interna 221', 'SI', '221'],
    ['Централа: +359 2 970 1000, вътр. 245', 'BG', '245'],
    ['Tel. 01 234 56 78 DW 12', 'AT', '12'],
    ['Tél. +32 (0)2 738 00 00 – poste 123', 'BE', '123'],
  ])('reads the extension word of %s (%s)', (text, country, ext) => {
    expect(find(text, country).map((m) => m.ext)).toEqual([ext]);
  });

  it('does not read "kl." (o\'clock in Danish and Norwegian) as an extension', () => {
    expect(find('Ring 33 12 34 56 kl. 14', 'DK').map((m) => m.ext)).toEqual([undefined]);
  });

  it('never reads a comma-separated number as an extension', () => {
    expect(find('412-391-6678, 813-223-9041')).toEqual([
      { start: 0, end: 12, e164: '+14123916678' },
      { start: 14, end: 26, e164: '+18132239041' },
    ]);
    expect(find('412-391-6678,813-223-9041').map((m) => m.ext)).toEqual([undefined, undefined]);
    expect(find('212-736-4190, 4155552671')).toHaveLength(2);
  });

  it('only attaches extensions to the number they follow', () => {
    expect(find('212-736-4190 / 415-555-2671 x9').map((m) => m.ext)).toEqual([undefined, '9']);
  });
});

describe('labels', () => {
  it.each([
    'Tel 212-736-4190',
    'Tel. 2127364190',
    'TEL: 2127364190',
    'Phone 2127364190',
    'Phone no. 2127364190',
    'Phone #2127364190',
    'Phone number: 2127364190',
    'Mobile 2127364190',
    'Cell: 2127364190',
    'Fax 2127364190',
    'Tél. 2127364190',
    'Telefon 2127364190',
    'Tlf 2127364190',
    '☎ 2127364190',
    '📞2127364190',
    'Call 2127364190',
    'Order 5521, phone 2127364190',
    'Invoice 2024-118 — tel 2127364190',
  ])('accepts %s', (text) => {
    expect(find(text).map((m) => m.e164)).toEqual(['+12127364190']);
  });

  it.each([
    'Order no. 2127364190',
    'Order #2127364190',
    'Order# 2127364190',
    'Order ID 2127364190',
    'order_id: 2127364190',
    'orderId 2127364190',
    'Invoice 2127364190',
    'Invoice no: 2127364190',
    'Ticket 2127364190',
    'Ticket #: 2127364190',
    'Account: 2127364190',
    'Account number 2127364190',
    'ID 2127364190',
    'Customer ID 2127364190',
    'SKU 2127364190',
    'ref 2127364190',
    'Case 2127364190',
    'PO 2127364190',
    'No. 2127364190',
    'N° 2127364190',
    '#2127364190',
    'Tracking 2127364190',
    'Call about order 2127364190',
  ])('rejects %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('lets a "+" number through a bare "No." but not through an identifier label', () => {
    expect(find('No. +1 212 736 4190').map((m) => m.e164)).toEqual(['+12127364190']);
    expect(find('Order +1 212 736 4190')).toEqual([]);
  });

  it('reads a label on the line above', () => {
    expect(find('Phone:\n2127364190').map((m) => m.e164)).toEqual(['+12127364190']);
    expect(find('Order no.:\n2127364190')).toEqual([]);
  });

  it('rejects identifiers after the first one in the same run', () => {
    expect(find('Tracking: 9400 1000 0000 2127 3641 90', 'NO')).toEqual([]);
  });

  it.each([
    ['Bestellnummer 0301234567', 'DE'],
    ['Αριθμός παραγγελίας 2101234567', 'GR'],
    ['お客様番号 0312345678', 'JP'],
    ['Siparişiniz: 5321234567', 'TR'],
    ['Numer zamówienia 221234567', 'PL'],
    ['Mã số thuế 0101234567', 'VN'],
    // Company and tax numbers.
    ['P.IVA 01234567890', 'IT'],
    ['CUIT 20-12345678-3', 'AR'],
    ['NIT 900.123.456-7', 'CO'],
    ["N° d'entreprise 0403.170.701", 'BE'],
    ['Company no. 02079460958', 'GB'],
    // Labels in Georgian, Uzbek, Amharic, Nepali, Bengali, Khmer; Latin America's "C.I."; Serbian's "call on number".
    ['შეკვეთის ნომერი 591234870', 'GE'],
    ['Buyurtma raqami: 971234560', 'UZ'],
    ['የትዕዛዝ ቁጥር 0911458723 ተረጋግጧል።', 'ET'],
    ['अर्डर नं. 9851234567 पठाइएको छ।', 'NP'],
    ['অর্ডার নং: 01712345678, ডেলিভারি চার্জ ৳ 60', 'BD'],
    ['វិក្កយបត្រ លេខ 012456789', 'KH'],
    ['C.I. 0931234568, fecha de nacimiento 12/03/1985', 'EC'],
    ['Позив на број: 0113456789', 'RS'],
    ['Poziv na broj: 0921345678', 'HR'],
  ])('rejects an identifier labelled in its language: %s', (text, country) => {
    expect(find(text, country)).toEqual([]);
  });

  it('still reads "poziv na" (call on) before a number as a phone', () => {
    expect(find('Gospodin Kovačević moli povratni poziv na 00387 65 123 789, radnim danom.', 'BA').map((m) => m.e164)).toEqual(['+38765123789']);
  });

  it('does not take a department for an identifier', () => {
    expect(find('Billing: (212) 736-4190 Ext. 305').map((m) => m.e164)).toEqual(['+12127364190']);
  });

  it('rejects the other identifiers of a list written like the first one', () => {
    expect(find('Refs 2127364190 through 2127364199 were voided.')).toEqual([]);
    expect(find('Orders 2127364190, 2127364191 and 2127364192')).toEqual([]);
    // A number written differently after a listed identifier is not one of them.
    expect(find('Order 12345, 212-736-4190').map((m) => m.e164)).toEqual(['+12127364190']);
    expect(find('Case 2127364190 and 646-555-0148').map((m) => m.e164)).toEqual(['+16465550148']);
    expect(find('Tel 212-736-4190 or 212-736-4191').map((m) => m.e164)).toEqual(['+12127364190', '+12127364191']);
  });

  it('reads the words around an entity: "Customer no." is an identifier, "Nr. des Kunden" and "Cliente: mi número" a phone', () => {
    expect(find('Customer no. 2127364190')).toEqual([]);
    expect(find('Numéro de client : 0612345678', 'FR')).toEqual([]);
    expect(find('neue Nr. des Kunden: 0221 2210 (Zentrale)', 'DE').map((m) => m.e164)).toEqual(['+492212210']);
    expect(find('Cliente: mi número es el 954 59 06 00', 'ES').map((m) => m.e164)).toEqual(['+34954590600']);
  });

  it('reads two-word labels: "Caller ID" is a phone, "Protocolo de atendimento" an identifier', () => {
    expect(find('Caller ID: +14045236000').map((m) => m.e164)).toEqual(['+14045236000']);
    expect(find('Protocolo de atendimento: 11987654321', 'BR')).toEqual([]);
  });

  it('reads markup, code, query strings and CSV shown as text', () => {
    expect(find('<contact><id>2127364190</id><phone type="work">(713) 555-0128</phone></contact>').map((m) => m.e164)).toEqual(['+17135550128']);
    expect(find('{"to":"+13125550147","id":"2127364190","count": 4155552671}').map((m) => m.e164)).toEqual(['+13125550147']);
    expect(find('https://crm.example.com/dial?phone=+12127364190&contact=88123').map((m) => m.e164)).toEqual(['+12127364190']);
    expect(find('https://crm.example.com/leads?id=2127364190&tab=notes')).toEqual([]);
    expect(find('order_id,sku,phone,status\n2127364190,WX-2200,415.555.2671,open').map((m) => m.e164)).toEqual(['+14155552671']);
    expect(find('name,city,phone,date\n"Lee, Ann",San Francisco,415.555.2671,11/21/2024').map((m) => m.e164)).toEqual(['+14155552671']);
  });

  it('does not read a house number and a bracketed postcode as a number', () => {
    expect(find('서울특별시 강남구 테헤란로 152 (06236)', 'KR')).toEqual([]);
    expect(find('MG, 30160-011 – (31) 3277-4000', 'BR').map((m) => m.e164)).toEqual(['+553132774000']);
  });

  it('reads a money word as an amount only when what follows is written as one', () => {
    expect(find('Contact: M. Price 0117 496 0123', 'GB').map((m) => m.e164)).toEqual(['+441174960123']);
    expect(find('Total 612 345 678', 'ES')).toEqual([]);
    expect(find('EUR 2127364190')).toEqual([]);
  });

  it('reads the header of a table lined up with spaces', () => {
    const table = 'Order #       Date         Phone\n4123916678    11/21/2024   (212) 736-4190';
    expect(texts(table)).toEqual(['(212) 736-4190']);
  });

  it('reads Devanagari, Bengali and Thai digits', () => {
    expect(find('मोबाइल नंबर ९८७६५ ४३२१० है', 'IN').map((m) => m.e164)).toEqual(['+919876543210']);
    expect(find('মোবাইল: ০১৭১১-২৩৪৫৬৭', 'BD').map((m) => m.e164)).toEqual(['+8801711234567']);
    expect(find('โทร ๐๘๑ ๒๓๔ ๕๖๗๙', 'TH').map((m) => m.e164)).toEqual(['+66812345679']);
  });

  it('reads "in order" and "on account" as words about the numbers, not identifier labels', () => {
    expect(find('Try in order: 212-736-4190, 646-281-7735').map((m) => m.e164)).toEqual(['+12127364190', '+16462817735']);
    expect(find('Lines on account: 917-442-3018, 646-208-7731').map((m) => m.e164)).toEqual(['+19174423018', '+16462087731']);
  });

  it('reads "on file" and a department as words about the number, not identifier labels', () => {
    expect(find('Numbers on file: 412-391-6678,813-223-9041').map((m) => m.e164)).toEqual(['+14123916678', '+18132239041']);
    expect(find('Invoice total ₹12,34,567.00 — accounts 022 2282 1234', 'IN').map((m) => m.e164)).toEqual(['+912222821234']);
    expect(find('Account 2127364190')).toEqual([]);
  });
});

describe('precedingText (label in a previous DOM node)', () => {
  const withContext = (text: string, precedingText: string): string[] =>
    findPhoneNumbers(text, { defaultCountry: 'US', precedingText }).map((m) => m.e164);

  it('reads an identifier label from the previous cell', () => {
    expect(withContext('2127364190', 'Order no.')).toEqual([]);
    expect(withContext(' 2127364190 ', 'Invoice #')).toEqual([]);
    expect(withContext('2127364190', 'Account:\n')).toEqual([]);
  });

  it('reads a phone label from the previous cell', () => {
    expect(withContext('#2127364190', 'Phone')).toEqual(['+12127364190']);
    expect(withContext('2127364190', 'Tel.')).toEqual(['+12127364190']);
  });

  it('only applies to a number at the start of the text', () => {
    expect(withContext('John 2127364190', 'Order no.')).toEqual(['+12127364190']);
    expect(withContext('2127364190', '')).toEqual(['+12127364190']);
  });

  it('is never searched for numbers itself', () => {
    expect(withContext('no digits', '212-736-4190')).toEqual([]);
  });
});

describe('default country', () => {
  it('treats unknown or empty codes as "international only"', () => {
    for (const c of ['', 'XX', 'ZZZ', 'usa', '12']) {
      expect(find('+33 1 23 45 67 89', c).map((m) => m.e164)).toEqual(['+33123456789']);
      expect(find('00 33 1 23 45 67 89', c).map((m) => m.e164)).toEqual(['+33123456789']);
      expect(find('01 23 45 67 89', c)).toEqual([]);
      expect(find('212-736-4190', c)).toEqual([]);
    }
  });

  it('accepts lower-case and padded codes', () => {
    expect(find('06 12 34 56 78', 'fr')).toHaveLength(1);
    expect(find('06 12 34 56 78', ' FR ')).toHaveLength(1);
  });

  it('requires the trunk prefix where the country always writes it', () => {
    expect(find('30 901820', 'DE')).toEqual([]);
    expect(find('20 7946 0958', 'GB')).toEqual([]);
    expect(find('1 23 45 67 89', 'FR')).toEqual([]);
    expect(find('3-1234-5678', 'JP')).toEqual([]);
  });

  it('accepts national numbers written without an optional trunk prefix', () => {
    expect(find('98765 43210', 'IN').map((m) => m.e164)).toEqual(['+919876543210']);
    expect(find('(495) 123-45-67', 'RU').map((m) => m.e164)).toEqual(['+74951234567']);
    expect(find('(11) 91234-5678', 'BR').map((m) => m.e164)).toEqual(['+5511912345678']);
    expect(find('138 0013 8000', 'CN').map((m) => m.e164)).toEqual(['+8613800138000']);
    expect(find('532 123 45 67', 'TR').map((m) => m.e164)).toEqual(['+905321234567']);
  });

  it('reads national numbers of the default country only', () => {
    expect(find('06 12 34 56 78', 'US')).toEqual([]);
    expect(find('020 7946 0958', 'FR')).toEqual([]);
  });
});

describe('short and partial numbers', () => {
  it.each(['1001', 'Dial 1001', 'x1001', 'ext 1001', '736-4190', '12 34 56', '+33 1'])('ignores %s', (text) => {
    expect(find(text, 'FR')).toEqual([]);
    expect(find(text, 'US')).toEqual([]);
  });
});

describe('robustness', () => {
  it('handles empty and digit-free text', () => {
    expect(find('')).toEqual([]);
    expect(find('no digits here at all')).toEqual([]);
  });

  it('is stable when called repeatedly (shared regex state)', () => {
    const text = 'Tel 212-736-4190 / 415-555-2671';
    const first = find(text);
    for (let i = 0; i < 5; i++) expect(find(text)).toEqual(first);
  });

  it('handles long digit-heavy text without blowing up', () => {
    const text = '1, '.repeat(20000) + '212-736-4190 ' + '9'.repeat(5000) + ' 7'.repeat(20000);
    expect(texts(text)).toEqual(['212-736-4190']);
  });

  it('stays fast on tables of loose digits', () => {
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const loose = Array.from({ length: 20000 }, () => String(Math.floor(rnd() * 100))).join(' ');
    const t = performance.now();
    find(loose, 'DE');
    find(loose, 'US');
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('handles pathological separator runs', () => {
    const text = '1-2-3-4-5-6-7-8-9-0-'.repeat(500);
    expect(find(text)).toEqual([]);
  });
});
