/** The outcome of "Test connection", in words, as the options page shows it. */
export type ConnectionTestCode =
  | 'registered'
  | 'unreachable'
  | 'tls-untrusted'
  | 'auth-refused'
  | 'timeout'
  | 'refused'
  | 'websocket-refused'
  | 'invalid-settings';

export interface ConnectionTestOutcome {
  readonly code: ConnectionTestCode;
  readonly message: string;
  /** For an untrusted certificate: the server's https:// URL to open and accept it. */
  readonly helpUrl?: string;
  readonly elapsedMs: number;
  /** For `invalid-settings`: the message next to each field. */
  readonly fieldErrors?: Partial<Record<string, string>>;
}
