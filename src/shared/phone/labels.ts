/**
 * Reading the words written just before a digit run.
 *
 * A valid-looking digit run after "Order no." or "Account:" is an identifier,
 * while the same run after "Tel." or "📞" is a phone number. We look at the few
 * words immediately to the left of the number: the nearest meaningful word
 * decides. Generic numbering words ("no.", "#", "Nr", "number") are not decisive
 * on their own: "Phone no. 212-736-4190" is a phone, "Order no. 2127364190" is
 * not, so we keep looking left past them.
 */

/**
 * 'amount': a word for money ("Total", "Price", "EUR"): what follows is an
 * amount when it is written as one, not "0117 496 0123" after "M. Price".
 * 'weak-negative': only a generic numbering word ("No.", "#") precedes the
 * digits. Enough to reject a bare digit run, not a number written with "+".
 */
export type LabelVerdict = 'phone' | 'negative' | 'weak-negative' | 'amount' | 'neutral';

import { IDENTIFIER_INSIDE_RE, IDENTIFIER_WORDS } from './identifier-words';

/** Exact (lower-cased, accent-kept) phone labels. */
const PHONE_WORDS = new Set([
  'tel', 'tél', 'tele', 'tlf', 'tlfn', 'tfn', 'tfno', 'telf', 'tf', 'fon', 'fone',
  'ph', 'phn', 'phone', 'phones', 'call', 'calls', 'dial', 'ring', 'ringa', 'text', 'sms', 'txt',
  'mob', 'mobile', 'mobil', 'mobiel', 'móvil', 'movil', 'cel', 'cell', 'cellular', 'celular', 'cellulare',
  'handy', 'gsm', 'natel', 'portable', 'port', 'fixe', 'standard', 'fax', 'telefax', 'télécopie', 'telecopie',
  'whatsapp', 'wa', 'viber', 'hotline', 'helpline', 'switchboard', 'landline', 'cep', 'caller', 'callee', 'callerid',
  'puh', 'puhelin', 'matkapuhelin', 'msisdn', 'contact', 'contacts', 'reach', 'appeler', 'appelez', 'anrufen',
  'llamar', 'llame', 'chiamare', 'ligue', 'ligar', 'bellen', 'zadzwoń', 'telefonu',
  'тел', 'телефон', 'моб', 'мобильный', 'сот', 'сотовый', 'факс',
  'טל', 'טלפון', 'נייד', 'פקס', 'هاتف', 'جوال', 'موبايل', 'فاكس', 'تلفن', 'τηλ', 'τηλέφωνο', 'κιν',
]);

/**
 * Stems found anywhere in a word: compounds such as "Telefonnummer",
 * "Kundentelefon", "phone_number", "Handynr", "telefoonnummer", "電話番号".
 */
const PHONE_STEM_RE =
  /tele?fon|telefono|teléfono|telefone|telephon|téléphon|telefoon|phone|mobil|handy|fax|rufnummer|festnetz|durchwahl|puhelin|telefonszám|телеф|мобил|電話|电话|携帯|手机|手機|휴대|전화|핸드폰|連絡先|联系/;

/**
 * Words that introduce an identifier, an amount or a code rather than a
 * phone number. Matched as exact words or as the leading part of a compound
 * ("Bestellnummer", "invoiceNo", "order_id").
 */
const NEGATIVE_WORDS = new Set([
  'order', 'orders', 'ord', 'invoice', 'invoices', 'inv', 'ticket', 'tickets', 'tkt', 'account', 'acct', 'acc',
  'id', 'ids', 'uid', 'guid', 'uuid', 'sku', 'ref', 'refs', 'reference', 'case', 'cases', 'po', 'p.o', 'pos',
  'tracking', 'track', 'awb', 'shipment', 'parcel', 'package', 'booking', 'reservation', 'confirmation',
  'transaction', 'txn', 'trx', 'tx', 'payment', 'receipt', 'serial', 's/n', 'sn', 'model', 'part', 'item', 'items',
  'article', 'batch', 'lot', 'policy', 'claim', 'contract', 'membership', 'loyalty', 'card', 'iban', 'bic', 'swift',
  'vat', 'tva', 'ust', 'mwst', 'siret', 'siren', 'ssn', 'sin', 'nir', 'insee', 'passport', 'license', 'licence',
  'pin', 'code', 'zip', 'postcode', 'plz', 'bill', 'quote', 'quotation', 'request', 'req', 'incident', 'issue',
  'bug', 'build', 'version', 'ver', 'rev', 'revision', 'release', 'firmware', 'job', 'task', 'project',
  'employee', 'emp', 'userid', 'record', 'file', 'doc', 'document', 'dossier', 'commande', 'cmd', 'facture',
  'référence', 'réf', 'bestellung', 'rechnung', 'auftrag', 'pedido', 'factura', 'fattura', 'ordine',
  'bestelling', 'factuur', 'zamówienie', 'faktura', 'fatura', 'sipariş', 'siparis', 'ordre', 'tilaus', 'lasku',
  'beställning', 'amount', 'total', 'subtotal', 'price', 'sum', 'balance', 'qty', 'quantity', 'salary', 'revenue',
  'cost', 'fee', 'tax', 'tin', 'nif', 'nie', 'cif', 'dni', 'cpf', 'cnpj', 'rfc', 'curp', 'abn', 'acn', 'gst',
  'pan', 'aadhaar', 'mrn', 'npi', 'duns', 'bsn', 'pesel', 'nip', 'regon', 'krs', 'kvk', 'cvr', 'orgnr', 'personnummer', 'hetu', 'oib',
  'steuernummer', 'isbn', 'issn', 'ean', 'upc', 'gtin', 'imei', 'iccid', 'mac', 'ip', 'pid', 'otp', 'verification',
  'password', 'pwd', 'page', 'pages', 'vol', 'volume', 'chapter', 'section', 'figure', 'row', 'flight', 'route',
  'usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'inr', 'brl', 'mxn', 'cad', 'aud', 'rub', 'aed', 'sgd',
  'hkd', 'krw', 'sek', 'nok', 'dkk', 'pln', 'zar', 'nzd', 'ars', 'czk', 'huf', 'rs', 'kr', 'zł',
  'aba', 'bsb', 'sort', 'rib', 'konto', 'kontonummer', 'cuenta', 'conto',
  'cpr', 'fødselsnummer', 'svnr', 'a/c', 'nino', 'medicare', 'nhs', 'ahv', 'avs',
  // Company and tax registration numbers ("P.IVA 01234567890", "CUIT 20-12345678-3", "NIT 900.123.456-7").
  'iva', 'piva', 'partita', 'fiscale', 'cuit', 'cuil', 'nit', 'rut', 'ruc', 'rif', 'kbo', 'bce', 'btw',
  'ondernemingsnummer', 'ico', 'ičo', 'dič', 'dic', 'eik', 'bulstat', 'ein', 'itin', 'tfn', 'ird', 'nric', 'hkid',
  'uen', 'gstin', 'npwp', 'nik', 'tckn', 'vkn', 'afm', 'amka', 'cnp', 'cui', 'egn', 'jmbg', 'ppsn', 'pps', 'utr',
  'crn', 'kennitala', 'rrn', 'matricule', 'rcs', 'cédula', 'cedula', 'rg', 'nss', 'imss', 'hrb', 'hra',
  'mbs', 'matični', 'матични', 'narudžba', 'narudžbe', 'porudžbina', 'porudžbine', 'поруџбина', 'naročilo', 'naročila',
  'tunnus', 'contribuinte', 'nipc', 'zehut', 'teudat', 'ת.ז', 'mst', 'thuế', 'thue', 'rodné', 'rodne',
  // Codes and references in other languages ("Codice cliente", "Referência", "Variabilní symbol", a boleto's "linha digitável").
  'codice', 'código', 'codigo', 'kod', 'kód', 'koodi', 'kode', 'protocollo', 'protokoll', 'protocol', 'prot',
  'entidade', 'symbol', 'boleto', 'digitável', 'digitavel', 'protocolo', 'pratica', 'folio',
  'art.-nr', 'art.nr', 'art-nr', 'artnr',
  // Orders, customers, invoices, cases, contracts and payment references in more languages.
  // (Exact words, not leading parts: "Klantenservice", "Asiakaspalvelu", "Ügyfélszolgálat", "Заказчик" are not identifiers.)
  'klantnr', 'klantnummer', 'kenmerk', 'zaak', 'zaaknummer', 'rekening', 'rekeningnummer', // nl
  'kundenkonto', 'verwendungszweck', 'paketschein', 'aktenzeichen', 'buchungsnummer', 'seriennummer', // de
  'kundnr', 'ärende', 'ärendenummer', 'avtal', 'avtalsnummer', 'momsreg', 'bankgiro', 'plusgiro', 'ocr', // sv
  'kundenr', 'kid', 'sak', 'saksnummer', 'avtale', 'sag', 'sagsnummer', 'sagsnr', 'journalnr', 'journal', 'aftale', // no, da
  'viite', 'viitenumero', 'asiakasnumero', 'asiakasnro', 'tilausnumero', 'sopimus', // fi
  'fv', 'przelewu', 'umowa', 'umowy', 'sprawa', 'sprawy', 'zlecenie', 'zamówienia', // pl
  'objednávka', 'objednávky', 'objednávku', 'smlouva', 'smlouvy', 'zmluva', 'zmluvy', 'vs', 'účet', 'účtu', 'faktúra', // cs, sk
  'rendelés', 'rendelésszám', 'ügyfélszám', 'számla', 'szerződés', // hu
  'comandă', 'comanda', 'comenzii', 'factură', 'factura', // ro
  'encomenda', 'contrato', 'processo', 'expediente', 'afiliación', 'bancaria', 'bancario', 'contratto', // pt, es, it
  'παραγγελία', 'παραγγελίας', 'τιμολόγιο', 'τιμολογίου', 'αφμ', // el
  'takip', 'kargo', 'sözleşme', // tr
  'замовлення', 'договір', 'договору', 'рахунок', 'рахунку', 'іпн', 'єдрпоу', 'заказа', 'л/с', // uk, ru
  'pesanan', 'tagihan', 'faktur', // id
  'الطلب', 'طلب', 'فاتورة', 'الفاتورة', 'حساب', 'הזמנה', 'חשבונית', // ar, he
  'pnr', 'mb', 'reclamo', 'reclamação', 'reclamación', 'reklamace', 'reklamation', 'radicado', 'πρωτόκολλο', 'πρωτοκόλλου',
  'index', 'asset', 'cro', 'consignment', 'boleta', 'se-nr', 'se-nummer', 'bol', 'iptu', 'cód',
  // Meters and supply points ("N° de compteur", "PDR", "MPRN").
  // (Not "POD": Polish for "at", as in "kontakt pod nr 601 234 567".)
  'meter', 'compteur', 'zähler', 'zählernummer', 'contatore', 'contador', 'mprn', 'mpan', 'nmi', 'mirn', 'pce', 'pdl',
  'pdr', 'cups',
  'versión', 'versão', 'versione', 'verze', 'wersja', 'sürüm',
  // Counts in reports ("Page views: 2127364190").
  'views', 'pageviews', 'visits', 'visitors', 'impressions', 'clicks', 'downloads', 'population',
  // Values in code and logs ("maxBytes: 2127364190", "timeout: 30000"). (Not "max": a name, as is "Art".)
  'bytes', 'byte', 'size', 'length', 'count', 'timeout', 'limit', 'offset', 'retries', 'timestamp', 'epoch',
  'заказ', 'счет', 'счёт', 'инн', 'огрн', 'снилс', 'договор', '注文', '订单', '訂單', '주문',
]);

/** Words for money on their own (in a compound, "totalAmount", they are identifier words). */
const AMOUNT_WORDS = new Set([
  'amount', 'total', 'subtotal', 'price', 'sum', 'balance', 'cost', 'fee', 'salary', 'revenue', 'qty', 'quantity',
  'usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'inr', 'brl', 'mxn', 'cad', 'aud', 'rub', 'aed', 'sgd',
  'hkd', 'krw', 'sek', 'nok', 'dkk', 'pln', 'zar', 'nzd', 'ars', 'czk', 'huf', 'rs', 'kr', 'zł',
]);

/** Leading parts of compounds that make the whole word an identifier label. */
const NEGATIVE_PREFIX_RE =
  /^(?:order|ordre|ordin|orden|bestel|bestil|beställ|tilaus|zamów|sipari|pedid|commande|factur|factuur|fattur|faktur|invoice|rechnung|ticket|account(?!s$)|acct|kundennum|kundennr|auftrag|vorgang|sendung|refer[eêé]n|artikel|produkt|product|tracking|confirmation|reservation|transaction|serial|serien|buchung|mandat|contract|contrat|vertrag|policy|customerid|clientid|userid|kundnum|ärende|rendelés|παραγγελ|τιμολ|замовл)/;

/**
 * Whose number it is, not what kind: "Client : 06 12 34 56 78" is a phone,
 * "Numéro client : 0612345678" / "Customer no. 4155552671" an identifier.
 * Decisive only together with a numbering word.
 */
const ENTITY_WORDS = new Set([
  'customer', 'customers', 'client', 'clients', 'cliente', 'kunde', 'kunden', 'klant', 'kund', 'asiakas',
  'member', 'user', 'patient', 'patiente', 'supplier', 'vendor', 'fournisseur', 'lieferant', 'proveedor',
  'fornitore', 'leverancier', 'company', 'firma', 'société', 'empresa', 'azienda', 'abonné', 'subscriber',
  'entreprise', 'unternehmen', 'onderneming', 'impresa', 'società', 'organisation', 'organization',
  // (Before their first part: "Policyholder" is a person, not a policy.)
  'policyholder', 'cardholder', 'accountholder', 'holder', 'titular', 'versicherungsnehmer', 'referente', 'referent',
  'referentin',
  'zákaznické', 'zákaznický', 'zákaznícke', 'πελάτη', 'πελάτης',
  'klient', 'klienta', 'zákazník', 'zákazníka', 'ügyfél', 'müşteri', 'pelanggan', 'клиента', 'клієнта', 'לקוח',
]);

/** CJK words are not space-separated, so identifier words are searched inside the token ("注文番号"). */
// (Normalized as the words are: NFKC splits Thai's "ำ" in two.)
const NEGATIVE_CJK_RE = new RegExp(
  '注文|订单|訂單|주문|発注|請求|发票|發票|账号|帳號|口座|番号|编号|編號|单号|単号|고객번호|회원번호|주민|사업자|계좌|송장|คำสั่งซื้อ|ใบแจ้งหนี้'.normalize('NFKC'),
);

/**
 * Words that say "a number follows" without saying which kind; the scan
 * continues to their left. On their own, the abbreviations ("No.
 * 2127364190", "#2127364190") are a weak negative — references are
 * numbered that way — while the nouns ("Number: ...") stay neutral.
 */
const NUMBERING_ABBREVIATIONS = new Set(['no', 'nr', 'n', 'n°', 'nº', 'no°', '#', '№', 'num', 'nro', 'núm', 'č', 'čís', 'αρ', 'br', 'бр', 'št', 'sz', 'नं', 'নং']);
const NUMBER_NOUNS = new Set([
  'number', 'numbers', 'nummer', 'numer', 'numero', 'número', 'numéro', 'číslo', 'cislo', 'szám', 'numara', 'αριθμός', 'số',
  'broj', 'број', 'številka', 'رقم', 'מספר', 'αριθμό', 'αριθμού', 'numara', 'numaranız', 'numarası', 'numarasi',
  'номер', '번호', '番号', '号码',
  // Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Amharic, Swahili, Hindi and Nepali, Bengali, Khmer, Lao, Burmese
  'ნომერი', 'ნომრის', 'համար', 'համարը', 'nömrə', 'nömrəsi', 'нөмірі', 'raqam', 'raqami', 'ቁጥር', 'namba', 'नंबर',
  'नम्बर', 'নম্বর', 'លេខ', 'ເລກ', 'ເລກທີ', 'နံပါတ်',
]);

/** Short words skipped when looking for a label ("Phone number is", "numéro de téléphone"). */
const FILLER_WORDS = new Set([
  'is', 'are', 'was', 'at', 'on', 'in', 'to', 'the', 'a', 'an', 'me', 'us', 'my', 'your', 'his', 'her', 'our',
  'their', 'or', 'and', 'of', 'for', 'via', 'by', 'please', 'pls', 'main', 'direct', 'primary', 'secondary',
  'alt', 'alternative', 'alternate', 'work', 'home', 'office', 'business', 'private', 'personal', 'new', 'old',
  'current', 'de', 'du', 'la', 'le', 'les', 'des', 'el', 'del', 'da', 'do', 'dos', 'di', 'der', 'die', 'das',
  'den', 'von', 'van', 'het', 'een', 'och', 'og', 'på', 'su', 'il', 'lo', 'au', 'aux', 'en', 'et', 'ou', 'oder',
  'und', 'y', 'e', 'o', 'ist', 'est', 'es', 'é', 'è', 'mon', 'ma', 'mes', 'votre', 'vos', 'notre', 'ihre', 'mein',
  'meine', 'sus', 'tu', 'seu', 'sua', 'suo', 'mi', 'now', 'today', 'anytime', 'back',
  'under', 'sur', 'unter', 'bei', 'al', 'con', 'com', 'with', 'mit', 'avec', 'op', 'ici', 'here',
  'internal', 'interno', 'interna', 'intern',
  'free', 'toll', 'toll-free', 'gratuit', 'kostenlos', 'local', 'intl', 'international', 'us/ca', 'uk', 'eu',
  'fr', 'nl', 'be', 'ch', 'it', 'με', 'σας', 'σου', 'μας', 'της', 'του', 'το', 'η', 'ο', 'στο', 'στη',
]);

/** Pictographs that mean "telephone". */
const PHONE_SYMBOL_RE = /[\u2121\u260E\u260F\u2706\u{1F4DE}\u{1F4F1}\u{1F4F2}\u{1F4E0}\u{1F57B}\u{1F57D}\u{1F4DF}]/u;

/** Single letters used as labels in e-mail signatures: "T: ", "M. ", "P: ", "F: ". */
const SINGLE_LETTER_LABELS = new Set(['t', 'p', 'm', 'f', 'c', 'o', 'h', 'w', 'd']);

/** "T" in "T.0142685300": a signature's one-letter label, glued to the number by its dot. */
export function isLetterLabel(word: string): boolean {
  return word.length === 1 && SINGLE_LETTER_LABELS.has(word.toLowerCase());
}

const TOKEN_RE =
  /([\p{L}\p{M}\p{N}_'’#№°ºª./\\-]+)|([\u2121\u260E\u260F\u2706\u{1F4DE}\u{1F4F1}\u{1F4F2}\u{1F4E0}\u{1F57B}\u{1F57D}\u{1F4DF}])|([,;|!?•<>[\]{}])/gu;

type WordKind = 'phone' | 'negative' | 'amount' | 'numbering' | 'number-noun' | 'entity' | 'filler' | 'other';

function splitParts(word: string): string[] {
  // camelCase → separate words ("userId" → user, id), then split on joiners.
  const spaced = word.replace(/([a-z\u00E0-\u00FF])([A-Z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[\s_\-/\\.]+/)
    .filter((p) => p.length > 0);
}

function classifyPart(part: string): WordKind {
  if (PHONE_WORDS.has(part) || PHONE_STEM_RE.test(part)) return 'phone';
  if (NUMBER_NOUNS.has(part)) return 'number-noun';
  if (NUMBERING_ABBREVIATIONS.has(part)) return 'numbering';
  if (NEGATIVE_WORDS.has(part) || NEGATIVE_PREFIX_RE.test(part) || IDENTIFIER_WORDS.has(part)) return 'negative';
  if (ENTITY_WORDS.has(part)) return 'entity';
  if (FILLER_WORDS.has(part)) return 'filler';
  return 'other';
}

const ID_ENDINGS = new Set(['id', 'ids', 'uid', 'uuid', 'guid', 'key', 'pk']);

const wordCache = new Map<string, WordKind>();

/** Classifies one word such as "Tél.", "Bestellnummer", "order_id", "Phone#" (memoised: labels repeat). */
export function classifyWord(raw: string): WordKind {
  let kind = wordCache.get(raw);
  if (kind === undefined) {
    kind = classifyWordUncached(raw);
    if (wordCache.size > 2000) wordCache.clear();
    wordCache.set(raw, kind);
  }
  return kind;
}

function classifyWordUncached(raw: string): WordKind {
  // (An elided article is not the word: "d'entreprise", "l'ordre".)
  let word = raw.normalize('NFKC').replace(/[.:'’]+$/, '').replace(/^(?:d|l|qu)['’](?=\p{L})/iu, '');
  if (word === '#' || word === '№') return 'numbering';
  // Pure punctuation ("/", "-", "...") says nothing.
  if (!/[\p{L}\p{N}]/u.test(word)) return 'filler';
  const lower = word.toLowerCase();
  if (PHONE_WORDS.has(lower) || PHONE_STEM_RE.test(lower)) return 'phone';
  if (AMOUNT_WORDS.has(lower)) return 'amount';
  if (NEGATIVE_WORDS.has(lower) || NEGATIVE_CJK_RE.test(lower)) return 'negative';
  if (ENTITY_WORDS.has(lower)) return 'entity';
  if (IDENTIFIER_WORDS.has(lower) || IDENTIFIER_INSIDE_RE.test(lower)) return 'negative';
  if (NUMBER_NOUNS.has(lower)) return 'number-noun';
  if (NUMBERING_ABBREVIATIONS.has(lower)) return 'numbering';
  if (FILLER_WORDS.has(lower)) return 'filler';
  // "#" glued to a word: "Order#", "Phone#".
  if (word.endsWith('#') || word.endsWith('№')) word = word.slice(0, -1);
  const parts = splitParts(word);
  if (parts.length === 0) return 'numbering';
  // A key ending in "Id" names an identifier, whatever it identifies: "contactId", "lead_uuid" (but "Caller-ID" is a phone label).
  if (parts.length > 1 && ID_ENDINGS.has(parts[parts.length - 1]!) && parts[0] !== 'caller') return 'negative';
  let sawNegative = false;
  let sawNumber = false;
  let sawOther = false;
  let sawEntity = false;
  for (const part of parts) {
    const kind = classifyPart(part);
    if (kind === 'phone') return 'phone';
    if (kind === 'negative') sawNegative = true;
    else if (kind === 'numbering' || kind === 'number-noun') sawNumber = true;
    else if (kind === 'entity') sawEntity = true;
    else if (kind === 'other') sawOther = true;
  }
  if (sawNegative || (sawEntity && sawNumber)) return 'negative';
  if (sawEntity && !sawOther) return 'entity';
  // "invoiceno", "acctnr", "orderid": a negative stem glued to a numbering word.
  if (/^(?:[a-z]+)(?:no|nr|id|num|#)$/.test(lower) && NEGATIVE_PREFIX_RE.test(lower)) return 'negative';
  if (sawOther) return 'other';
  return sawNumber ? 'numbering' : 'filler';
}

/** True when `word` alone is a phone label (used when a label is glued to the digits: "Tel.0612..."). */
export function isPhoneLabel(word: string): boolean {
  if (PHONE_SYMBOL_RE.test(word)) return true;
  return classifyWord(word.toLowerCase()) === 'phone';
}

const MAX_WORDS = 5;
/**
 * Two words read together, meaning something neither says alone: by the
 * second word, then the first (looked up for every word before a number, so
 * without building a string).
 */
const PHRASES = new Map<string, ReadonlyMap<string, 'phone' | 'filler' | 'negative'>>([
  ['file', new Map([['on', 'filler'], ['in', 'filler']])],
  ['dossier', new Map([['au', 'filler']])],
  ['record', new Map([['on', 'filler']])],
  ['account', new Map([['on', 'filler']])],
  ['order', new Map([['in', 'filler']])],
  ['id', new Map([['caller', 'phone']])],
  ['tag', new Map([['asset', 'negative']])],
  ['hàng', new Map([['đơn', 'negative']])],
  ['đơn', new Map([['hóa', 'negative']])],
]);
/** "Poziv na broj" (Serbian, Croatian, Bosnian): a payment's reference number, though "poziv na" is "call on". */
const REFERENCE_CALL_RE = /(?:poziv|позив)\s+(?:na|на)\s+(?:broj|број)\W*$/iu;
/** Words that join an entity to its numbering word into one name: "numéro de client", "numero di cliente". */
const CONNECTORS = new Set(['de', 'di']);
/** Words that join an identifier word to the word that says what it identifies ("Protocolo de atendimento"). */
const COMPOUND_JOINERS = new Set(['de', 'di', 'do', 'da', 'del', 'du', 'des']);

/**
 * Classifies the text immediately to the left of a number (same line, a few
 * dozen characters): the nearest decisive word wins.
 */
export function classifyPrefix(prefix: string): LabelVerdict {
  if (REFERENCE_CALL_RE.test(prefix)) return 'negative';
  // Tokens as parallel arrays (this runs for every candidate number).
  const texts: string[] = [];
  const kinds: number[] = []; // 0 word, 1 phone symbol, 2 stop punctuation
  const ends: number[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(prefix)) !== null) {
    texts.push(m[0]);
    kinds.push(m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : 2);
    ends.push(m.index + m[0].length);
  }
  let weakNegative = false;
  // "Customer no.", "Numéro client", "N° d'entreprise": an entity word and a
  // numbering word side by side (or joined by "de") name an identifier; "Nr.
  // des Kunden", "Cliente: mi número" are someone's (phone) number.
  let pair = false;
  let last: 'number' | 'entity' | null = null;
  let words = 0;
  for (let i = texts.length - 1; i >= 0 && words < MAX_WORDS; i--) {
    if (kinds[i] === 1) return 'phone';
    if (kinds[i] === 2) break;
    words++;
    const text = texts[i]!;
    const next = prefix.charAt(ends[i]!);
    // Another number (or a time, a date...) in between: labels further left are not ours.
    if (/\d/.test(text)) break;
    const bare = text.replace(/[.:]+$/, '').toLowerCase();
    if (bare.length === 1 && SINGLE_LETTER_LABELS.has(bare) && /[.:]/.test(text.slice(1) + next)) {
      return 'phone';
    }
    const kind = classifyWord(text);
    if (kind === 'phone') return 'phone';
    // Two words that mean something else together: "Numbers on file:", "Caller ID:", "Asset tag".
    const firstWords = i > 0 ? PHRASES.get(bare) : undefined;
    if (firstWords !== undefined) {
      const phrase = firstWords.get(texts[i - 1]!.toLowerCase());
      if (phrase === 'phone' || phrase === 'negative') return phrase;
      if (phrase === 'filler') {
        i--;
        continue;
      }
    }
    if (kind === 'negative') return 'negative';
    if (kind === 'amount') return 'amount';
    if (kind === 'numbering' || kind === 'number-noun') {
      if (kind === 'numbering') weakNegative = true;
      if (last === 'entity') pair = true;
      last = 'number';
      continue;
    }
    if (kind === 'entity') {
      if (last === 'number') pair = true;
      last = 'entity';
      continue;
    }
    if (kind === 'filler') {
      if (!CONNECTORS.has(bare)) last = null;
      continue;
    }
    // "Protocolo de atendimento:", "Código do cliente": an identifier word named by the word after it.
    if (i >= 2 && COMPOUND_JOINERS.has(texts[i - 1]!.toLowerCase()) && classifyWord(texts[i - 2]!) === 'negative') return 'negative';
    break; // an unrelated word ends the label search
  }
  if (pair) return 'negative';
  return weakNegative ? 'weak-negative' : 'neutral';
}
