import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, IllegalTransitionError, REGISTRATION_STATES } from './registration-state';

describe('registration state machine', () => {
  it('allows the paths of a normal day', () => {
    const path = ['idle', 'connecting', 'connected', 'registering', 'registered', 'connected', 'registering', 'registered', 'reconnecting', 'connecting', 'connected', 'idle'] as const;
    for (let i = 1; i < path.length; i++) expect(() => assertTransition(path[i - 1]!, path[i]!)).not.toThrow();
  });

  it('refuses shortcuts that would skip the connection', () => {
    expect(canTransition('idle', 'registered')).toBe(false);
    expect(canTransition('reconnecting', 'registered')).toBe(false);
    expect(canTransition('failed', 'registered')).toBe(false);
    expect(() => assertTransition('idle', 'registering')).toThrow(IllegalTransitionError);
  });

  it('can always stop, from any state', () => {
    for (const state of REGISTRATION_STATES) expect(canTransition(state, 'idle')).toBe(true);
  });

  it('only leaves failed when asked to connect again or stop', () => {
    const exits = REGISTRATION_STATES.filter((s) => s !== 'failed' && canTransition('failed', s));
    expect(exits.sort()).toEqual(['connecting', 'idle']);
  });
});
