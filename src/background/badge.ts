import type { AppSnapshot } from '../shared/phone-snapshot';
import { t, tPlural } from '../shared/i18n';
import { registrationWords } from '../shared/registration-words';
import { statusWords } from '../shared/status-words';

interface Look {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

const GREEN = '#137333';
const AMBER = '#b06000';
const RED = '#c5221f';
const GREY = '#5f6368';

/** What the toolbar icon says at a glance: the badge colour and the tooltip. Pure, for tests. */
export function badgeLook(s: AppSnapshot): Look {
  const look = statusLook(s);
  if (s.missedCalls <= 0) return look;
  // Missed calls win the badge until the agent looks; the status stays in the tooltip.
  const count = s.missedCalls > 99 ? '99+' : String(s.missedCalls);
  return { text: count, color: RED, title: tPlural('badgeMissed', s.missedCalls, look.title) };
}

function statusLook(s: AppSnapshot): Look {
  if (!s.configured) return { text: '?', color: GREY, title: t('badgeNotSetUp') };
  const who = s.account ?? '';
  if (s.status === 'offline') return { text: '', color: GREY, title: t('badgeOffline', who) };
  const r = s.phone.registration;
  if (r === 'failed') return { text: '!', color: RED, title: t('badgeFailed', s.phone.error?.message ?? who) };
  if (r === 'reconnecting') {
    return { text: '…', color: RED, title: s.phone.error ? t('badgeReconnectingWhy', who, s.phone.error.message) : t('badgeReconnecting', who) };
  }
  if (s.status === 'available' && r === 'registered') return { text: '●', color: GREEN, title: t('badgeAvailable', who) };
  if (s.status === 'away' && r === 'connected') return { text: '●', color: AMBER, title: t('badgeAway', who) };
  return { text: '…', color: GREY, title: t('badgeOther', statusWords(s.status), registrationWords(r), who) };
}

export async function showBadge(s: AppSnapshot): Promise<void> {
  const look = badgeLook(s);
  await Promise.all([
    chrome.action.setBadgeText({ text: look.text }),
    chrome.action.setBadgeBackgroundColor({ color: look.color }),
    chrome.action.setBadgeTextColor({ color: '#ffffff' }),
    chrome.action.setTitle({ title: look.title }),
  ]);
}
