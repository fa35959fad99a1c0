/**
 * Issue 6, accessibility: axe-core finds no serious or critical violation on
 * the extension's pages, in the states an agent sees: the popup idle, during a
 * call and at the wrap-up; the options page; the history page; the
 * microphone page.
 */
import { describe, expect, it } from 'vitest';
import { useLab } from './support/lab-hooks.ts';
import { dialFromPopup, openParty, startAgent, waitForCall } from './support/agent.ts';
import { seriousViolations } from './support/axe.ts';
import { openOptions } from './support/options-page.ts';

const lab = useLab();

describe('accessibility', () => {
  it('has no serious or critical axe violations on any page the agent uses', async () => {
    const { ext, popup } = await startAgent(lab.pbx, lab.track);
    expect(await seriousViolations(popup), 'popup, idle').toEqual([]);

    const party = await openParty(ext, lab.pbx, lab.web, '1002');
    await party.configure({ autoAnswer: true });
    await dialFromPopup(popup, '1002');
    await waitForCall(ext, (c) => c.phase === 'connected', 'the call');
    await popup.getByTestId('call-state').filter({ hasText: /^Connected/ }).waitFor();
    expect(await seriousViolations(popup), 'popup, in a call').toEqual([]);
    await popup.getByRole('button', { name: 'Hang up' }).click();
    await popup.getByTestId('wrap-up').waitFor();
    expect(await seriousViolations(popup), 'popup, wrap-up').toEqual([]);

    const options = await openOptions(ext);
    await options.getByRole('heading', { name: 'Calls' }).waitFor();
    expect(await seriousViolations(options), 'options').toEqual([]);

    const history = await ext.openPage('src/history/index.html');
    await history.getByTestId('history-row').first().waitFor();
    expect(await seriousViolations(history), 'history').toEqual([]);

    const mic = await ext.openPage('src/permission/index.html?reason=first-run');
    await mic.getByRole('button', { name: 'Allow microphone' }).waitFor();
    expect(await seriousViolations(mic), 'microphone page').toEqual([]);
  });
});
