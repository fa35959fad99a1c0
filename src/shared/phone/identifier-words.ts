/**
 * Words that name an identifier, in 50 languages, as CRM labels write them
 * ("commande", "Bestellnummer", "παραγγελίας", "siparişiniz"): the digits
 * after one are not a phone number. Written for this detector from the
 * languages' usage, without the words for "number", "phone", "contact",
 * people, or words that often stand before a phone number ("office",
 * "line", follow-up words such as "suivi"). Read by labels.ts after its
 * own lists; a word found here on its own line before a phone label never
 * reaches it (the nearest word decides).
 */

/** Words written with spaces around them, by language. */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  // en
  'orders', 'inv', 'account', 'acct', 'contract', 'case', 'claim', 'complaint', 'incident', 'reference', 'ref',
  'shipment', 'consignment', 'waybill', 'awb', 'parcel', 'reservation', 'confirmation', 'itinerary', 'pnr', 'policy',
  'receipt', 'transaction', 'txn', 'application', 'registration', 'membership', 'loyalty', 'coupon', 'meter', 'mpan',
  'mprn', 'vin', 'passport', 'licence', 'license', 'quotation', 'docket', 'folio', 'rma', 'sku', 'iban', 'vat',
  'tin', 'ein', 'ssn', 'nino', 'utr', 'payroll', 'file',
  // fr
  'commande', 'commandes', 'cde', 'cmd', 'facture', 'factures', 'contrat', 'dossier', 'réclamation', 'reclamation',
  'sinistre', 'référence', 'reference', 'réf', 'ref', 'compte', 'colis', 'expédition', 'expedition', 'réservation',
  'reservation', 'série', 'serie', 'reçu', 'recu', 'transaction', 'candidature', 'inscription', 'immatriculation',
  'adhésion', 'adhesion', 'abonnement', 'fidélité', 'fidelite', 'devis', 'compteur', 'pdl', 'pce', 'prm', 'siret',
  'siren', 'tva', 'rcs', 'nir', 'matricule', 'identifiant', 'bordereau', 'mandat', 'iban', 'plainte', 'litige',
  'passeport',
  // de
  'bestellung', 'bestell', 'bestellnummer', 'bestellnr', 'kundennummer', 'kundennr', 'kdnr', 'rechnung', 'rechnungs',
  'rechnungsnummer', 'rechnungsnr', 'vertrag', 'vertrags', 'vertragsnummer', 'vertragsnr', 'auftrag', 'auftrags',
  'auftragsnummer', 'auftragsnr', 'aktenzeichen', 'geschäftszeichen', 'az', 'vorgang', 'vorgangsnummer',
  'vorgangsnr', 'sendung', 'sendungsnummer', 'paketnummer', 'lieferschein', 'buchung', 'buchungsnummer',
  'reservierung', 'reservierungsnummer', 'versicherungsnummer', 'versicherungsschein', 'policennummer',
  'seriennummer', 'beleg', 'belegnummer', 'quittung', 'transaktion', 'transaktionsnummer', 'verwendungszweck',
  'referenz', 'referenznummer', 'ticketnummer', 'fallnummer', 'schadennummer', 'schadensnummer', 'reklamation',
  'beschwerde', 'antrag', 'antragsnummer', 'mitgliedsnummer', 'mitgliedschaft', 'kundenkarte', 'gutschein',
  'zählernummer', 'zählpunkt', 'kennzeichen', 'fahrgestellnummer', 'matrikelnummer', 'personalnummer',
  'patientennummer', 'steuernummer', 'ustidnr', 'hrb', 'ausweisnummer', 'kontonummer', 'angebotsnummer', 'iban',
  // nl
  'bestelling', 'bestelnummer', 'ordernummer', 'ordernr', 'factuur', 'factuurnummer', 'factuurnr', 'klantnummer',
  'klantnr', 'contract', 'contractnummer', 'dossier', 'dossiernummer', 'zaaknummer', 'kenmerk', 'referentie',
  'referentienummer', 'ticketnummer', 'klacht', 'schade', 'schadenummer', 'claim', 'polis', 'polisnummer',
  'serienummer', 'kassabon', 'transactie', 'transactienummer', 'betalingskenmerk', 'aanvraag', 'aanvraagnummer',
  'registratie', 'registratienummer', 'lidmaatschap', 'lidnummer', 'klantenkaart', 'tegoedbon', 'meternummer', 'ean',
  'kenteken', 'studentnummer', 'personeelsnummer', 'patiëntnummer', 'bsn', 'btw', 'btwnummer', 'kvk', 'kvknummer',
  'rekeningnummer', 'boeking', 'boekingsnummer', 'reservering', 'reserveringsnummer', 'zending', 'zendingnummer',
  'trackingnummer', 'pakket', 'pakketnummer', 'offertenummer', 'vrachtbrief', 'debiteurnummer', 'abonnementsnummer',
  'meldingsnummer', 'iban',
  // it
  'ordine', 'ordini', 'fattura', 'fatture', 'contratto', 'pratica', 'segnalazione', 'reclamo', 'sinistro',
  'riferimento', 'rif', 'spedizione', 'prenotazione', 'polizza', 'seriale', 'matricola', 'ricevuta', 'scontrino',
  'transazione', 'cro', 'fascicolo', 'iscrizione', 'registrazione', 'tessera', 'abbonamento', 'fedeltà', 'fedelta',
  'buono', 'coupon', 'contatore', 'pdr', 'targa', 'telaio', 'iva', 'piva', 'fiscale', 'conto', 'preventivo', 'ddt',
  'protocollo', 'commessa', 'passaporto', 'patente', 'iban',
  // es
  'pedido', 'pedidos', 'orden', 'factura', 'contrato', 'expediente', 'caso', 'incidencia', 'reclamación',
  'reclamacion', 'queja', 'siniestro', 'referencia', 'ref', 'envío', 'envio', 'reserva', 'reservación',
  'reservacion', 'localizador', 'póliza', 'poliza', 'serie', 'recibo', 'transacción', 'transaccion', 'solicitud',
  'matrícula', 'matricula', 'inscripción', 'inscripcion', 'afiliación', 'afiliacion', 'cupón', 'cupon', 'contador',
  'cups', 'bastidor', 'dni', 'nie', 'nif', 'cif', 'rut', 'rfc', 'curp', 'cuit', 'cuenta', 'presupuesto', 'albarán',
  'albaran', 'pasaporte', 'folio', 'iban',
  // pt
  'encomenda', 'pedido', 'fatura', 'factura', 'contrato', 'processo', 'caso', 'reclamação', 'reclamacao', 'sinistro',
  'referência', 'referencia', 'ref', 'rastreio', 'rastreamento', 'envio', 'remessa', 'reserva', 'apólice', 'apolice',
  'série', 'serie', 'recibo', 'transação', 'transacao', 'protocolo', 'chamado', 'ocorrência', 'ocorrencia',
  'candidatura', 'inscrição', 'inscricao', 'matrícula', 'matricula', 'registo', 'registro', 'fidelidade', 'cupom',
  'cupão', 'contador', 'cpe', 'chassi', 'cpf', 'cnpj', 'nif', 'nipc', 'rg', 'conta', 'orçamento', 'orcamento',
  'boleto', 'fiscal', 'passaporte', 'niss', 'iban',
  // ca
  'comanda', 'factura', 'contracte', 'expedient', 'cas', 'reclamació', 'reclamacio', 'queixa', 'sinistre',
  'referència', 'referencia', 'ref', 'enviament', 'reserva', 'pòlissa', 'polissa', 'sèrie', 'serie', 'rebut',
  'transacció', 'transaccio', 'inscripció', 'inscripcio', 'matrícula', 'matricula', 'registre', 'cupó', 'cupo',
  'comptador', 'cups', 'bastidor', 'dni', 'nie', 'nif', 'compte', 'pressupost', 'albarà', 'albara', 'passaport',
  'incidència', 'incidencia', 'tiquet', 'abonament', 'afiliació', 'afiliacio', 'iban',
  // sv
  'ordernummer', 'ordernr', 'beställning', 'beställningsnummer', 'faktura', 'fakturanummer', 'fakturanr',
  'kundnummer', 'kundnr', 'avtal', 'avtalsnummer', 'kontrakt', 'ärende', 'ärendenummer', 'ärendenr', 'referens',
  'referensnummer', 'ref', 'reklamation', 'klagomål', 'skadenummer', 'skadeärende', 'försändelse', 'kolli',
  'kollinummer', 'sändningsnummer', 'spårningsnummer', 'bokning', 'bokningsnummer', 'reservation', 'försäkring',
  'försäkringsnummer', 'serienummer', 'kvitto', 'transaktion', 'ocr', 'ocrnummer', 'diarienummer', 'dnr', 'ansökan',
  'registrering', 'medlemsnummer', 'medlemskap', 'kundkort', 'presentkort', 'mätarnummer', 'anläggningsnummer',
  'anläggningsid', 'registreringsnummer', 'regnr', 'personnummer', 'organisationsnummer', 'orgnr', 'momsnummer',
  'kontonummer', 'offertnummer', 'följesedel',
  // no
  'ordre', 'ordrenummer', 'ordrenr', 'bestilling', 'bestillingsnummer', 'faktura', 'fakturanummer', 'fakturanr',
  'kundenummer', 'kundenr', 'avtalenummer', 'kontrakt', 'sak', 'saksnummer', 'saksnr', 'referanse',
  'referansenummer', 'ref', 'reklamasjon', 'klage', 'skadenummer', 'skadesak', 'sending', 'sendingsnummer', 'kolli',
  'kollinummer', 'sporingsnummer', 'bookingnummer', 'reservasjon', 'forsikring', 'polise', 'polisenummer',
  'serienummer', 'kvittering', 'transaksjon', 'kid', 'kidnummer', 'søknad', 'registrering', 'medlemsnummer',
  'medlemskap', 'gavekort', 'målernummer', 'målepunkt', 'målepunktid', 'registreringsnummer', 'regnr',
  'fødselsnummer', 'personnummer', 'organisasjonsnummer', 'orgnr', 'mva', 'kontonummer', 'pakkenummer',
  // da
  'ordre', 'ordrenummer', 'ordrenr', 'bestilling', 'bestillingsnummer', 'faktura', 'fakturanummer', 'fakturanr',
  'kundenummer', 'kundenr', 'aftalenummer', 'kontrakt', 'sag', 'sagsnummer', 'sagsnr', 'reference',
  'referencenummer', 'ref', 'reklamation', 'klage', 'skadenummer', 'skadesag', 'forsendelse', 'forsendelsesnummer',
  'pakkenummer', 'kolli', 'kollinummer', 'sporingsnummer', 'bookingnummer', 'reservation', 'forsikring',
  'policenummer', 'serienummer', 'kvittering', 'transaktion', 'ansøgning', 'registrering', 'medlemsnummer',
  'medlemskab', 'gavekort', 'målernummer', 'målepunkt', 'registreringsnummer', 'regnr', 'cpr', 'cprnummer', 'cvr',
  'cvrnummer', 'momsnummer', 'kontonummer', 'tilbudsnummer', 'journalnummer', 'jnr',
  // fi
  'tilaus', 'tilauksen', 'tilausnumero', 'tilausnro', 'lasku', 'laskun', 'laskunumero', 'asiakasnumero',
  'asiakasnro', 'sopimus', 'sopimuksen', 'sopimusnumero', 'tiketti', 'tapaus', 'tapausnumero', 'reklamaatio',
  'valitus', 'vahinko', 'vahinkoilmoitus', 'vahinkonumero', 'viite', 'viitenumero', 'viitteen', 'lähetys',
  'lähetyksen', 'lähetysnumero', 'seurantanumero', 'varaus', 'varauksen', 'varausnumero', 'vakuutus', 'vakuutuksen',
  'vakuutusnumero', 'sarjanumero', 'kuitti', 'maksutapahtuma', 'tositenumero', 'diaarinumero', 'hakemus',
  'hakemuksen', 'hakemusnumero', 'jäsennumero', 'jäsenyys', 'lahjakortti', 'mittarinumero', 'käyttöpaikka',
  'käyttöpaikkanumero', 'rekisterinumero', 'rekisteritunnus', 'henkilötunnus', 'hetu', 'ytunnus', 'tilinumero',
  'tarjousnumero', 'opiskelijanumero', 'henkilöstönumero',
  // is
  'pöntun', 'pöntunar', 'pöntunarnúmer', 'reikningur', 'reiknings', 'reikningsnúmer', 'samningur', 'samnings',
  'samningsnúmer', 'málsnúmer', 'tilvísun', 'tilvísunarnúmer', 'kvörtun', 'tjón', 'tjónsnúmer', 'sending',
  'sendingar', 'sendingarnúmer', 'rakningarnúmer', 'bókun', 'bókunar', 'bókunarnúmer', 'vátrygging',
  'vátryggingarnúmer', 'skírteinisnúmer', 'raðnúmer', 'kvittun', 'færsla', 'færslunúmer', 'umsókn', 'umsóknar',
  'umsóknarnúmer', 'skráning', 'skráningarnúmer', 'félagsnúmer', 'gjafabréf', 'mælir', 'mælisnúmer', 'bílnúmer',
  'kennitala', 'kt', 'vsk', 'reikningsnr',
  // et
  'tellimus', 'tellimuse', 'tellimusenumber', 'arve', 'arvenumber', 'kliendinumber', 'kliendikood', 'leping',
  'lepingu', 'lepingunumber', 'juhtum', 'juhtumi', 'kaebus', 'kaebuse', 'pretensioon', 'kahjujuhtum', 'kahjunumber',
  'viide', 'viitenumber', 'saadetis', 'saadetise', 'jälgimiskood', 'broneering', 'broneeringu', 'broneeringunumber',
  'kindlustus', 'poliis', 'poliisi', 'poliisinumber', 'seerianumber', 'kviitung', 'tehing', 'tehingu', 'toimik',
  'taotlus', 'taotluse', 'registrikood', 'isikukood', 'kmkr', 'kinkekaart', 'arvesti', 'mõõtepunkt', 'numbrimärk',
  'kontonumber',
  // lv
  'pasūtījums', 'pasūtījuma', 'rēķins', 'rēķina', 'līgums', 'līguma', 'pieteikums', 'pieteikuma', 'sūdzība',
  'sūdzības', 'pretenzija', 'pretenzijas', 'atsauce', 'atsauces', 'sūtījums', 'sūtījuma', 'izsekošanas',
  'rezervācija', 'rezervācijas', 'polise', 'polises', 'sērijas', 'čeks', 'čeka', 'kvīts', 'darījums', 'darījuma',
  'maksājuma', 'reģistrācija', 'reģistrācijas', 'reģ', 'skaitītājs', 'skaitītāja', 'pvn', 'konts', 'konta',
  'apdrošināšanas', 'biļete', 'biļetes', 'numurzīme', 'pavadzīme',
  // lt
  'užsakymas', 'užsakymo', 'sąskaita', 'sąskaitos', 'faktūra', 'faktūros', 'sutartis', 'sutarties', 'byla', 'bylos',
  'atvejis', 'atvejo', 'skundas', 'skundo', 'pretenzija', 'pretenzijos', 'siunta', 'siuntos', 'sekimo',
  'rezervacija', 'rezervacijos', 'polisas', 'poliso', 'serijos', 'serijinis', 'kvitas', 'kvito', 'čekis', 'čekio',
  'transakcija', 'transakcijos', 'mokėjimo', 'paraiška', 'paraiškos', 'registracija', 'registracijos', 'skaitiklis',
  'skaitiklio', 'pvm', 'valstybinis', 'bilietas', 'bilieto',
  // pl
  'zamówienie', 'zamówienia', 'zamówieniu', 'zam', 'zlecenie', 'zlecenia', 'faktura', 'faktury', 'fv', 'umowa',
  'umowy', 'sprawa', 'sprawy', 'zgłoszenie', 'zgłoszenia', 'zgł', 'reklamacja', 'reklamacji', 'skarga', 'skargi',
  'szkoda', 'szkody', 'referencyjny', 'przesyłka', 'przesyłki', 'paczka', 'paczki', 'przewozowy', 'śledzenia',
  'rezerwacja', 'rezerwacji', 'polisa', 'polisy', 'seryjny', 'seryjnego', 'paragon', 'paragonu', 'transakcja',
  'transakcji', 'wniosek', 'wniosku', 'rejestracja', 'rejestracyjny', 'rej', 'członkowski', 'bon', 'bonu', 'licznik',
  'licznika', 'ppe', 'pesel', 'nip', 'regon', 'krs', 'konto', 'konta', 'rachunek', 'rachunku', 'sygnatura', 'sygn',
  'dowodu', 'paszportu', 'indeksu', 'albumu',
  // cs
  'objednávka', 'objednávky', 'objednávce', 'obj', 'faktura', 'faktury', 'smlouva', 'smlouvy', 'spis', 'spisu',
  'případ', 'případu', 'tiket', 'reklamace', 'stížnost', 'stížnosti', 'pojistné', 'pojistná', 'škodní', 'referenční',
  'zásilka', 'zásilky', 'sledovací', 'rezervace', 'pojistka', 'pojistky', 'sériové', 'výrobní', 'účtenka', 'účtenky',
  'doklad', 'dokladu', 'transakce', 'variabilní', 'vs', 'přihláška', 'přihlášky', 'registrace', 'registrační',
  'věrnostní', 'poukaz', 'poukazu', 'elektroměr', 'ean', 'eic', 'spz', 'rč', 'rodné', 'ičo', 'ič', 'dič', 'účet',
  'účtu', 'dodací', 'zakázka', 'zakázky',
  // sk
  'objednávka', 'objednávky', 'objednávke', 'obj', 'faktúra', 'faktúry', 'zmluva', 'zmluvy', 'spis', 'spisu',
  'prípad', 'prípadu', 'tiket', 'reklamácia', 'reklamácie', 'sťažnosť', 'sťažnosti', 'poistná', 'poistnej',
  'referenčné', 'zásielka', 'zásielky', 'sledovacie', 'rezervácia', 'rezervácie', 'poistka', 'poistky', 'sériové',
  'výrobné', 'doklad', 'dokladu', 'účtenka', 'transakcia', 'transakcie', 'variabilný', 'vs', 'prihláška',
  'registrácia', 'registračné', 'vernostná', 'poukaz', 'poukážka', 'elektromer', 'eic', 'evč', 'ečv', 'rodné', 'ičo',
  'dič', 'dph', 'účet', 'účtu', 'zákazka', 'zákazky', 'dodací',
  // hu
  'rendelés', 'rendelési', 'rendelésszám', 'rendelésszáma', 'megrendelés', 'megrendelési', 'számla', 'számlaszám',
  'számlaszáma', 'ügyfélszám', 'ügyfélazonosító', 'szerződés', 'szerződésszám', 'szerződésszáma', 'ügyszám',
  'ügyiratszám', 'iktatószám', 'hivatkozási', 'bejelentés', 'reklamáció', 'panasz', 'kárszám', 'kárbejelentés',
  'küldemény', 'küldeményszám', 'nyomkövetési', 'csomagszám', 'foglalás', 'foglalási', 'foglalásszám', 'kötvény',
  'kötvényszám', 'sorozatszám', 'gyári', 'nyugta', 'bizonylat', 'tranzakció', 'tranzakciós', 'közlemény', 'kérelem',
  'regisztráció', 'regisztrációs', 'tagsági', 'hűségkártya', 'utalvány', 'kupon', 'mérőóra', 'rendszám', 'alvázszám',
  'adószám', 'adóazonosító', 'cégjegyzékszám', 'taj', 'bankszámla', 'bankszámlaszám',
  // ro
  'comandă', 'comanda', 'comenzii', 'factură', 'factura', 'facturii', 'contract', 'contractului', 'dosar',
  'dosarului', 'caz', 'cazului', 'tichet', 'reclamație', 'reclamatie', 'reclamația', 'reclamatia', 'sesizare',
  'sesizarea', 'plângere', 'plangere', 'daună', 'dauna', 'daunei', 'referință', 'referinta', 'expediere',
  'expedierii', 'colet', 'coletului', 'awb', 'urmărire', 'urmarire', 'rezervare', 'rezervării', 'rezervarii',
  'poliță', 'polita', 'poliței', 'politei', 'serie', 'seria', 'chitanță', 'chitanta', 'bon', 'fiscal', 'tranzacție',
  'tranzactie', 'tranzacției', 'tranzactiei', 'înregistrare', 'inregistrare', 'fidelitate', 'contor', 'contorului',
  'nlc', 'cnp', 'cui', 'cif', 'tva', 'înmatriculare', 'inmatriculare', 'șasiu', 'sasiu', 'cont', 'contului',
  'matricol', 'iban',
  // bg
  'поръчка', 'поръчката', 'поръчки', 'фактура', 'фактурата', 'договор', 'договора', 'преписка', 'преписката', 'дело',
  'делото', 'тикет', 'рекламация', 'рекламацията', 'жалба', 'жалбата', 'щета', 'щетата', 'референция', 'референтен',
  'пратка', 'пратката', 'товарителница', 'проследяване', 'резервация', 'резервацията', 'полица', 'полицата',
  'сериен', 'квитанция', 'квитанцията', 'бон', 'транзакция', 'транзакцията', 'заявление', 'регистрация',
  'регистрационен', 'ваучер', 'електромер', 'егн', 'булстат', 'еик', 'ддс', 'лнч', 'рег', 'сметка', 'сметката',
  // hr
  'narudžba', 'narudžbe', 'narudžbi', 'narudžbenica', 'račun', 'računa', 'ugovor', 'ugovora', 'slučaj', 'slučaja',
  'prijava', 'prijave', 'reklamacija', 'reklamacije', 'prigovor', 'prigovora', 'pritužba', 'pritužbe', 'štete',
  'referenca', 'pošiljka', 'pošiljke', 'praćenje', 'rezervacija', 'rezervacije', 'polica', 'serijski', 'transakcija',
  'transakcije', 'registracija', 'registracije', 'registarska', 'članska', 'vaučer', 'bon', 'brojilo', 'brojila',
  'oib', 'mbs', 'pdv', 'jmbg', 'iban', 'otpremnica', 'tiket', 'spis', 'spisa',
  // sr
  'porudžbina', 'porudžbine', 'narudžbina', 'narudžbine', 'račun', 'računa', 'faktura', 'fakture', 'ugovor',
  'ugovora', 'slučaj', 'slučaja', 'reklamacija', 'reklamacije', 'prigovor', 'prigovora', 'žalba', 'žalbe', 'štete',
  'referenca', 'pošiljka', 'pošiljke', 'praćenje', 'rezervacija', 'rezervacije', 'polisa', 'polise', 'serijski',
  'fiskalni', 'transakcija', 'transakcije', 'registracija', 'registarski', 'članska', 'vaučer', 'brojilo', 'jmbg',
  'pib', 'matični', 'pdv', 'tiket', 'spis', 'otpremnica', 'dosije', 'порудџбина', 'порудџбине', 'наруџбина',
  'наруџбине', 'рачун', 'рачуна', 'фактура', 'фактуре', 'уговор', 'уговора', 'случај', 'случаја', 'рекламација',
  'рекламације', 'приговор', 'приговора', 'жалба', 'жалбе', 'штете', 'референца', 'пошиљка', 'пошиљке', 'праћење',
  'резервација', 'резервације', 'полиса', 'полисе', 'серијски', 'фискални', 'трансакција', 'трансакције',
  'регистрација', 'регистарски', 'чланска', 'ваучер', 'бројило', 'јмбг', 'пиб', 'матични', 'пдв', 'тикет', 'спис',
  'отпремница', 'досије',
  // sl
  'naročilo', 'naročila', 'naročilnica', 'račun', 'računa', 'pogodba', 'pogodbe', 'zahtevek', 'zahtevka',
  'reklamacija', 'reklamacije', 'pritožba', 'pritožbe', 'škode', 'sklic', 'referenca', 'pošiljka', 'pošiljke',
  'sledenje', 'rezervacija', 'rezervacije', 'polica', 'serijska', 'serijski', 'transakcija', 'transakcije',
  'registracija', 'registrska', 'članska', 'bon', 'darilni', 'števec', 'števca', 'emšo', 'davčna', 'ddv', 'matična',
  'trr', 'iban', 'tiket', 'spis', 'dobavnica',
  // el
  'παραγγελία', 'παραγγελίας', 'παραγγελια', 'παραγγελιας', 'τιμολόγιο', 'τιμολογίου', 'τιμολογιο', 'τιμολογιου',
  'σύμβαση', 'σύμβασης', 'συμβόλαιο', 'συμβολαίου', 'συμβολαιου', 'φάκελος', 'φακέλου', 'φακελου', 'αίτηση',
  'αίτησης', 'αιτησης', 'καταγγελία', 'καταγγελίας', 'παράπονο', 'παραπόνου', 'αναφοράς', 'αναφορας', 'αποστολή',
  'αποστολής', 'αποστολης', 'παρακολούθησης', 'δέμα', 'δέματος', 'κράτηση', 'κράτησης', 'κρατησης', 'ασφαλιστήριο',
  'ασφαλιστηρίου', 'σειριακός', 'σειριακό', 'απόδειξη', 'απόδειξης', 'αποδειξης', 'συναλλαγή', 'συναλλαγής',
  'συναλλαγης', 'εγγραφή', 'εγγραφής', 'κουπόνι', 'μετρητή', 'παροχής', 'παροχης', 'κυκλοφορίας', 'αφμ', 'αμκα',
  'αδτ', 'γεμη', 'λογαριασμός', 'λογαριασμού', 'λογαριασμου', 'πρωτοκόλλου', 'πρωτοκολλου', 'εισιτήριο',
  'εισιτηρίου',
  // tr
  'sipariş', 'siparişi', 'siparişiniz', 'siparişinizin', 'siparis', 'siparisi', 'siparisiniz', 'fatura', 'faturası',
  'faturasi', 'faturanız', 'sözleşme', 'sözleşmesi', 'sozlesme', 'dosya', 'dosyası', 'vaka', 'şikayet', 'şikayeti',
  'sikayet', 'hasar', 'hasarı', 'referans', 'gönderi', 'gönderisi', 'kargo', 'rezervasyon', 'rezervasyonu', 'poliçe',
  'poliçesi', 'seri', 'makbuz', 'fiş', 'fişi', 'dekont', 'başvuru', 'başvurusu', 'basvuru', 'kayıt', 'kaydı',
  'üyelik', 'kupon', 'sayaç', 'sayacı', 'tesisat', 'plaka', 'plakası', 'şasi', 'tckn', 'kimlik', 'vkn', 'vergi',
  'mersis', 'hesap', 'iban', 'irsaliye', 'bilet', 'bileti', 'sicil', 'protokol',
  // ru
  'заказ', 'заказа', 'заказу', 'счёт', 'счет', 'счёта', 'счета', 'договор', 'договора', 'дело', 'дела', 'обращение',
  'обращения', 'заявка', 'заявки', 'тикет', 'претензия', 'претензии', 'жалоба', 'жалобы', 'рекламация', 'рекламации',
  'убыток', 'убытка', 'полис', 'полиса', 'накладная', 'накладной', 'отправление', 'отправления', 'трек', 'трекинг',
  'посылка', 'посылки', 'бронирование', 'бронирования', 'бронь', 'брони', 'серийный', 'чек', 'чека', 'квитанция',
  'квитанции', 'транзакция', 'транзакции', 'заявление', 'заявления', 'регистрация', 'регистрационный', 'ваучер',
  'купон', 'счётчик', 'счетчик', 'счётчика', 'счетчика', 'лицевой', 'госномер', 'инн', 'огрн', 'кпп', 'снилс',
  'паспорт', 'паспорта', 'артикул',
  // uk
  'замовлення', 'рахунок', 'рахунку', 'договір', 'договору', 'справи', 'звернення', 'заявка', 'заявки', 'тікет',
  'претензія', 'претензії', 'скарга', 'скарги', 'рекламація', 'рекламації', 'поліс', 'поліса', 'накладна',
  'накладної', 'ттн', 'відправлення', 'посилка', 'посилки', 'трек', 'бронювання', 'бронь', 'серійний', 'чек', 'чека',
  'квитанція', 'квитанції', 'транзакція', 'транзакції', 'заява', 'заяви', 'реєстрація', 'реєстраційний', 'ваучер',
  'купон', 'лічильник', 'лічильника', 'особовий', 'держномер', 'іпн', 'рнокпп', 'єдрпоу', 'паспорт', 'паспорта',
  'артикул',
  // he
  'הזמנה', 'ההזמנה', 'חשבונית', 'החשבונית', 'חשבון', 'החשבון', 'חוזה', 'החוזה', 'תיק', 'התיק', 'פנייה', 'פניה',
  'הפנייה', 'תלונה', 'התלונה', 'תביעה', 'התביעה', 'אסמכתא', 'אסמכתה', 'משלוח', 'המשלוח', 'פוליסה', 'הפוליסה',
  'סידורי', 'קבלה', 'הקבלה', 'עסקה', 'העסקה', 'רישום', 'שובר', 'קופון', 'מונה', 'המונה', 'רכב', 'ת\'ז', 'ח\'פ',
  'ע\'מ', 'עוסק', 'דרכון',
  // ar
  'طلب', 'الطلب', 'طلبية', 'الطلبية', 'فاتورة', 'الفاتورة', 'حساب', 'الحساب', 'عقد', 'العقد', 'ملف', 'الملف', 'قضية',
  'القضية', 'تذكرة', 'التذكرة', 'شكوى', 'الشكوى', 'مطالبة', 'المطالبة', 'بلاغ', 'البلاغ', 'مرجع', 'المرجع', 'مرجعي',
  'شحنة', 'الشحنة', 'الشحن', 'تتبع', 'التتبع', 'حجز', 'الحجز', 'بوليصة', 'البوليصة', 'تسلسلي', 'التسلسلي', 'إيصال',
  'الإيصال', 'ايصال', 'الايصال', 'معاملة', 'المعاملة', 'تسجيل', 'التسجيل', 'عضوية', 'العضوية', 'قسيمة', 'القسيمة',
  'كوبون', 'عداد', 'العداد', 'هوية', 'الهوية', 'ضريبي', 'الضريبي', 'السجل', 'إقامة', 'الإقامة', 'جواز', 'الجواز',
  // fa
  'سفارش', 'فاکتور', 'صورتحساب', 'حساب', 'قرارداد', 'پرونده', 'تیکت', 'شکایت', 'خسارت', 'مرجع', 'مرسوله', 'رهگیری',
  'رزرو', 'بیمه‌نامه', 'بیمهنامه', 'سریال', 'رسید', 'تراکنش', 'ثبت', 'عضویت', 'کوپن', 'کنتور', 'پلاک', 'ملی',
  'اقتصادی', 'شبا', 'گذرنامه', 'بارنامه', 'اشتراک',
  // hi
  'ऑर्डर', 'आर्डर', 'बिल', 'चालान', 'इनवॉइस', 'खाता', 'खाते', 'अनुबंध', 'मामला', 'मामले', 'फ़ाइल', 'फाइल', 'टिकट',
  'शिकायत', 'दावा', 'दावे', 'संदर्भ', 'शिपमेंट', 'ट्रैकिंग', 'बुकिंग', 'आरक्षण', 'पॉलिसी', 'पालिसी', 'सीरियल',
  'रसीद', 'लेनदेन', 'आवेदन', 'पंजीकरण', 'पंजीयन', 'रजिस्ट्रेशन', 'सदस्यता', 'वाउचर', 'कूपन', 'मीटर', 'वाहन', 'आधार',
  'पैन', 'जीएसटी', 'पासपोर्ट',
  // bn
  'অর্ডার', 'অর্ডারের', 'চালান', 'ইনভয়েস', 'বিল', 'হিসাব', 'অ্যাকাউন্ট', 'চুক্তি', 'চুক্তির', 'মামলা', 'মামলার',
  'ফাইল', 'টিকিট', 'টিকেট', 'অভিযোগ', 'অভিযোগের', 'দাবি', 'রেফারেন্স', 'শিপমেন্ট', 'ট্র্যাকিং', 'বুকিং', 'পলিসি',
  'পলিসির', 'সিরিয়াল', 'রসিদ', 'রশিদ', 'লেনদেন', 'লেনদেনের', 'ট্রানজেকশন', 'আবেদন', 'আবেদনের', 'নিবন্ধন',
  'রেজিস্ট্রেশন', 'সদস্যপদ', 'ভাউচার', 'কুপন', 'মিটার', 'মিটারের', 'এনআইডি', 'পরিচয়পত্র', 'টিআইএন', 'পাসপোর্ট',
  // id
  'pesanan', 'faktur', 'tagihan', 'rekening', 'akun', 'kontrak', 'perjanjian', 'berkas', 'kasus', 'tiket', 'keluhan',
  'pengaduan', 'klaim', 'referensi', 'ref', 'pengiriman', 'resi', 'pelacakan', 'pemesanan', 'reservasi', 'polis',
  'seri', 'kuitansi', 'kwitansi', 'struk', 'transaksi', 'permohonan', 'pendaftaran', 'registrasi', 'keanggotaan',
  'kupon', 'meteran', 'idpel', 'nopol', 'rangka', 'nik', 'ktp', 'npwp', 'nib', 'paspor', 'nim', 'nip', 'nis',
  // ms
  'pesanan', 'tempahan', 'invois', 'bil', 'akaun', 'kontrak', 'perjanjian', 'fail', 'kes', 'tiket', 'aduan',
  'tuntutan', 'rujukan', 'ruj', 'penghantaran', 'penjejakan', 'polisi', 'siri', 'resit', 'transaksi', 'permohonan',
  'pendaftaran', 'keahlian', 'baucar', 'kupon', 'meter', 'kenderaan', 'mykad', 'ic', 'cukai', 'sst', 'ssm',
  'pasport',
  // tl
  'resibo', 'account', 'acct', 'kontrata', 'kasunduan', 'kaso', 'tiket', 'reklamo', 'claim', 'reference', 'ref',
  'reserbasyon', 'polisa', 'transaksyon', 'aplikasyon', 'rehistro', 'pagpaparehistro', 'membership', 'plaka', 'tin',
  'sss', 'philhealth', 'umid', 'pasaporte',
  // vi
  'đơn', 'hđ', 'khoản', 'phiếu', 'nại', 'vé', 'thuế', 'bhxh', 'bhyt', 'cmnd', 'cccd', 'mst', 'gplx',
  // ne
  'अर्डर', 'बिल', 'बीजक', 'रसिद', 'खाता', 'सम्झौता', 'टिकट', 'उजुरी', 'नागरिकता',
  // ka
  'შეკვეთა', 'შეკვეთის', 'ინვოისი', 'ინვოისის', 'ანგარიში', 'ანგარიშის', 'ხელშეკრულება', 'ხელშეკრულების', 'ქვითარი',
  'ქვითრის', 'საჩივარი', 'საჩივრის', 'ბილეთი', 'ბილეთის', 'პირადი',
  // uz
  'buyurtma', 'buyurtmangiz', 'hisob-faktura', 'faktura', 'hisob', 'shartnoma', 'chipta', 'kvitansiya', 'shikoyat',
  'pasport', 'stir', 'inn',
  // am
  'የትዕዛዝ', 'ትዕዛዝ', 'ደረሰኝ', 'የደረሰኝ', 'ደረሰኙ', 'ውል', 'የውል', 'ሂሳብ', 'የሂሳብ', 'ቅሬታ', 'የቅሬታ', 'ቲኬት',
  // sw
  'ankara', 'oda', 'agizo', 'risiti', 'stakabadhi', 'mkataba', 'akaunti', 'tiketi', 'malalamiko', 'kumbukumbu',
  // es (Latin America): "C.I." is the cédula de identidad
  'c.i',
]);

/** Japanese, Chinese, Korean and Thai are written without spaces: these are searched inside a label ("お客様番号"). */
export const IDENTIFIER_INSIDE_RE = new RegExp(
  [
    'คำสั่งซื้อ', 'ใบสั่งซื้อ', 'ออเดอร์', 'ใบแจ้งหนี้', 'ใบกำกับภาษี', 'อินวอยซ์', 'บัญชี', 'สัญญา', 'เคส', 'ตั๋ว',
    'ร้องเรียน', 'คำร้องเรียน', 'เคลม', 'อ้างอิง', 'พัสดุ', 'เลขพัสดุ', 'การจอง', 'ใบจอง', 'กรมธรรม์', 'ซีเรียล',
    'ใบเสร็จ', 'ธุรกรรม', 'ใบสมัคร', 'ลงทะเบียน', 'บัตรประชาชน', 'ประจำตัวผู้เสียภาษี', 'ทะเบียนรถ', 'ทะเบียน',
    'มิเตอร์', 'คูปอง', 'วอเชอร์', 'หนังสือเดินทาง', 'พาสปอร์ต', '注文', '注文番号', '受注', '受注番号', '発注', '発注番号', '請求書',
    '請求書番号', '請求番号', 'インボイス', '顧客番号', 'お客様番号', '契約', '契約番号', '案件', '案件番号', 'チケット', '問い合わせ番号', 'お問い合わせ番号', '苦情',
    'クレーム', '参照番号', '照会番号', '追跡番号', '伝票番号', '送り状番号', '出荷番号', '予約', '予約番号', '証券番号', '保険証券', 'シリアル', 'シリアル番号', '製造番号',
    '領収書', 'レシート', '取引番号', '申込', '申込番号', '登録番号', '会員番号', 'クーポン', '供給地点特定番号', '車両番号', '学籍番号', '社員番号', '従業員番号', '患者番号',
    '診察券番号', 'マイナンバー', '法人番号', '口座番号', '管理番号', '受付番号', '見積番号', '주문', '주문번호', '송장', '송장번호', '운송장', '운송장번호', '청구서',
    '인보이스', '고객번호', '계약', '계약번호', '사건번호', '티켓', '접수번호', '클레임', '사고번호', '참조번호', '추적번호', '배송번호', '예약', '예약번호', '증권번호',
    '보험증권', '일련번호', '시리얼', '영수증', '거래번호', '승인번호', '신청번호', '등록번호', '회원번호', '멤버십', '쿠폰', '바우처', '계량기', '차량번호', '학번',
    '사번', '환자번호', '주민등록번호', '주민번호', '사업자등록번호', '사업자번호', '법인등록번호', '계좌', '계좌번호', '견적번호', '여권번호', '订单', '订单号', '訂單',
    '訂單號', '发票', '發票', '发票号', '發票號', '客户编号', '客户号', '合同', '合同号', '合約', '工单', '工單', '案号', '投诉', '投訴', '理赔', '理賠',
    '参考号', '參考號', '运单', '运单号', '運單', '快递单号', '物流单号', '单号', '單號', '预订', '預訂', '保单', '保單', '保单号', '序列号', '序號', '收据',
    '收據', '交易号', '流水号', '申请号', '申請號', '注册号', '註冊號', '会员号', '會員號', '优惠券', '代金券', '电表号', '户号', '车牌', '车牌号', '学号', '學號',
    '工号', '工號', '病历号', '身份证', '身份證', '身份证号', '税号', '稅號', '信用代码', '账户', '帳戶', '卡号',
    // Khmer, Lao, Burmese: order, invoice, receipt, account, contract
    'ការបញ្ជាទិញ', 'វិក្កយបត្រ', 'បង្កាន់ដៃ', 'គណនី', 'កិច្ចសន្យា', 'ໃບສັ່ງຊື້', 'ໃບແຈ້ງໜີ້', 'ໃບຮັບເງິນ', 'ບັນຊີ', 'ສັນຍາ',
    'အော်ဒါ', 'ငွေတောင်းခံလွှာ', 'ပြေစာ', 'စာရင်း', 'စာချုပ်',
  ]
    .map((word) => word.normalize('NFKC'))
    .join('|'),
);
