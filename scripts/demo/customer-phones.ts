/**
 * The customers' end of the line: one lab party page (SIP.js) per customer
 * number, in a headless Chromium of its own, registered to the demo PBX and
 * answering every call at once. The fake microphone is their voice: a beep
 * the agent hears.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, labChromiumArgs } from '../../test/lab/browser.ts';
import type { KamailioHandle } from '../../test/lab/kamailio.ts';
import { Party } from '../../test/lab/party-client.ts';
import type { StaticServer } from '../../test/lab/static-server.ts';
import { CUSTOMERS, type Customer } from './customers.ts';
import { onStop } from './teardown.ts';

export interface CustomerPhones {
  readonly browser: Browser;
  readonly parties: ReadonlyMap<string, Party>;
  /** The party registered as `number` (E.164). */
  party(number: string): Party;
}

export async function startCustomerPhones(pbx: KamailioHandle, web: StaticServer): Promise<CustomerPhones> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: labChromiumArgs(pbx.certSpki),
    // The demo stops its browsers itself, in order, on Ctrl-C.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onStop('the customers’ browser', () => browser.close());
  const context = await browser.newContext();
  const answering = async (customer: Customer): Promise<[string, Party]> => {
    const party = await Party.open(context, web.origin);
    const reg = await party.register({ wsUrl: pbx.wsUrl, user: customer.number, password: customer.password, displayName: customer.name });
    if (reg.code !== 200) throw new Error(`customer ${customer.number} could not register: SIP ${reg.code}`);
    await party.configure({ autoAnswer: true });
    return [customer.number, party];
  };
  // The first page fills the browser's cache with sip.js's modules; the others then load at once.
  const [first, ...rest] = CUSTOMERS;
  const parties = new Map([await answering(first!), ...(await Promise.all(rest.map(answering)))]);
  return {
    browser,
    parties,
    party(number) {
      const party = parties.get(number);
      if (party === undefined) throw new Error(`no customer ${number}`);
      return party;
    },
  };
}
