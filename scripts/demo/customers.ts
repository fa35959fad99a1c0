/**
 * The demo PBX's "customers": SIP users named by the E.164 numbers the demo
 * CRM pages (demo/) show, so clicking a number really rings someone.
 */
import { randomBytes } from 'node:crypto';

export interface Customer {
  readonly name: string;
  readonly city: string;
  /** E.164, also the SIP user name */
  readonly number: string;
  readonly password: string;
}

const password = () => `demo-${randomBytes(6).toString('hex')}`;

export const CUSTOMERS: readonly Customer[] = [
  { name: 'Jane Doe', city: 'New York', number: '+12127364190', password: password() },
  { name: 'Oliver Bennett', city: 'London', number: '+442079460958', password: password() },
  { name: 'Camille Martin', city: 'Paris', number: '+33123456789', password: password() },
  { name: 'Lukas Schmidt', city: 'Berlin', number: '+4930901820', password: password() },
  { name: 'Haruto Sato', city: 'Tokyo', number: '+81332245000', password: password() },
];

/** The agent's account on the demo PBX (a lab user, test/lab/kamailio.ts). */
export const AGENT_USER = '1001';
