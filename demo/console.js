/* global BroadcastChannel */
// The page side of the crm-agent-phone protocol, as a CRM would write it:
// post a CALL_REQUEST, show what comes back (CALL_STARTED, CALL_ANSWERED,
// CALL_ENDED, CALL_FAILED, CALL_WRAPUP).
const channel = new BroadcastChannel('crm-agent-phone');
const log = document.getElementById('events');
window.received = [];
channel.onmessage = (e) => {
  window.received.push(e.data);
  log.textContent += `${new Date().toLocaleTimeString()}  ${JSON.stringify(e.data)}\n`;
};
document.getElementById('call-next').addEventListener('click', () => {
  const request = { type: 'CALL_REQUEST', number: '+44 20 7946 0958', relatedType: 'lead', relatedId: 815, requestId: `req-${Date.now()}`, timestamp: Date.now() };
  channel.postMessage(request);
  log.textContent += `${new Date().toLocaleTimeString()}  → ${JSON.stringify(request)}\n`;
});
