import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from './secret-box';

describe('secret box', () => {
  it('seals so the stored form does not contain the secret, and unseals it back', async () => {
    const factory = new IDBFactory();
    const sealed = await seal('s3cret-ünïcode', factory);
    expect(JSON.stringify(sealed)).not.toContain('s3cret');
    expect(await unseal(sealed, factory)).toBe('s3cret-ünïcode');
  });

  it('uses a fresh IV each time', async () => {
    const factory = new IDBFactory();
    const [a, b] = [await seal('x', factory), await seal('x', factory)];
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('gives null, not garbage, when the key is gone', async () => {
    const sealed = await seal('x', new IDBFactory());
    expect(await unseal(sealed, new IDBFactory())).toBeNull();
  });
});
