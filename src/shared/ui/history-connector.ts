import { recentAudit } from '../db/audit';
import { auditToCsv, callsCsvStream, CSV_UTF8_BOM } from '../db/csv';
import { SwitchboardDb } from '../db/database';
import { cursorOf, iterateCalls, recentCalls, searchCalls, type CallSearch } from '../db/queries';
import type { AuditEntry, CallRecord } from '../db/records';
import { toBackground } from '../messaging/channels';
import type { Result } from '../result';

/**
 * Call history for views: reads go straight to the database (extension pages
 * share its origin, and a list of ten from an index is faster than any
 * message round trip); every change goes to the one writer through the
 * worker.
 */
export interface HistoryConnector {
  recent(limit: number, after?: CallRecord): Promise<CallRecord[]>;
  search(query: CallSearch): Promise<CallRecord[]>;
  exportCsv(): Promise<Blob>;
  audit(limit: number): Promise<AuditEntry[]>;
  exportAuditCsv(): Promise<Blob>;
  saveWrapUp(callId: string, disposition: string | null, notes: string): Promise<Result<null>>;
  deleteCalls(ids: readonly string[]): Promise<Result<{ readonly deleted: number }>>;
  clearAll(): Promise<Result<null>>;
  missedSeen(): Promise<Result<null>>;
}

export function extensionHistory(): HistoryConnector {
  let db: SwitchboardDb | null = null;
  const open = () => (db ??= new SwitchboardDb());
  return {
    recent: (limit, after) => recentCalls(open(), { limit, ...(after !== undefined ? { before: cursorOf(after) } : {}) }),
    search: (query) => searchCalls(open(), query),
    async exportCsv() {
      const parts: string[] = [CSV_UTF8_BOM];
      for await (const chunk of callsCsvStream(iterateCalls(open(), 1000))) parts.push(chunk);
      return new Blob(parts, { type: 'text/csv;charset=utf-8' });
    },
    audit: (limit) => recentAudit(open(), { limit }),
    async exportAuditCsv() {
      const entries = await recentAudit(open(), { limit: 100_000 });
      return new Blob([CSV_UTF8_BOM, auditToCsv(entries)], { type: 'text/csv;charset=utf-8' });
    },
    saveWrapUp: (callId, disposition, notes) => toBackground('ui/saveWrapUp', { callId, disposition, notes }),
    deleteCalls: (ids) => toBackground('ui/deleteCalls', { ids: [...ids] }),
    clearAll: () => toBackground('ui/clearHistory', { confirm: 'delete all calls' }),
    missedSeen: () => toBackground('ui/missedSeen', {}),
  };
}

/** Offers a Blob as a file download from an extension page. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
