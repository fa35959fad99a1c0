// The lab's "second SIP party": a bare SIP.js phone on a plain page, driven
// from Playwright through `window.party` (page.evaluate). Every method returns
// a promise; everything that happens is appended to `party.events`, and
// `party.waitForEvent()` lets a test wait for it instead of sleeping.
//
// sip.js is served unbundled from node_modules/sip.js/lib by the lab's static
// server: its lib is plain ESM with only relative imports.
import { Inviter, Registerer, SessionState, SIPExtension, UserAgent } from '/sip.js/index.js';

/** Audio only: the fake microphone (--use-fake-device-for-media-stream) feeds it. */
const MEDIA = { constraints: { audio: true, video: false } };

const startedAt = performance.now();

const DEFAULT_SETTINGS = {
  /** Answer every incoming call at once (e.g. a transfer target). */
  autoAnswer: false,
  /** On an incoming REFER: 'follow' (accept and call the Refer-To target), 'accept' (202 only) or 'reject'. */
  referPolicy: 'follow',
  /** Only host candidates exist in the lab, so there is nothing to wait for. */
  iceGatheringTimeout: 500,
};
const settings = { ...DEFAULT_SETTINGS };

// ---------------------------------------------------------------- event log

/** @type {Array<Record<string, unknown> & {seq: number, t: number, type: string}>} */
const events = [];
/** seq numbers already handed out by waitForEvent, so each event is consumed once. */
const consumed = new Set();
/** @type {Array<{type: string, match: Record<string, unknown> | undefined, resolve: (e: unknown) => void}>} */
const waiters = [];
let seq = 0;

function matches(event, type, match) {
  if (event.type !== type || consumed.has(event.seq)) return false;
  if (!match) return true;
  // A RegExp (Playwright passes them through evaluate) tests the field's text.
  return Object.entries(match).every(([key, value]) => (value instanceof RegExp ? value.test(String(event[key])) : event[key] === value));
}

function record(type, fields = {}) {
  // `wall` (epoch ms) lets a benchmark compare times with other pages of the same browser.
  const event = { seq: ++seq, t: Math.round(performance.now() - startedAt), wall: Date.now(), type, ...fields };
  events.push(event);
  const waiter = waiters.find((w) => matches(event, w.type, w.match));
  if (waiter) {
    consumed.add(event.seq);
    waiters.splice(waiters.indexOf(waiter), 1);
    waiter.resolve(event);
  }
  const status = document.getElementById('status');
  if (status) status.textContent = `${type} ${fields.state ?? fields.code ?? ''}`.trim();
  return event;
}

/**
 * Resolves with the first event of `type` that no earlier waitForEvent
 * returned and whose fields equal those in `match` (a RegExp value tests the
 * field's text), waiting for it if needed; rejects after timeoutMs with the
 * recent log in the message.
 */
function waitForEvent(type, timeoutMs = 10_000, match = undefined) {
  const found = events.find((e) => matches(e, type, match));
  if (found) {
    consumed.add(found.seq);
    return Promise.resolve(found);
  }
  return new Promise((resolve, reject) => {
    const waiter = {
      type,
      match,
      resolve: (event) => {
        clearTimeout(timer);
        resolve(event);
      },
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      const recent = JSON.stringify(events.slice(-12).map(({ headers: _h, ...e }) => e));
      reject(new Error(`waitForEvent(${type}${match ? ' ' + JSON.stringify(match) : ''}) timed out after ${timeoutMs} ms; recent events: ${recent}`));
    }, timeoutMs);
    waiters.push(waiter);
  });
}

window.addEventListener('error', (e) => record('pageError', { message: String(e.message) }));
window.addEventListener('unhandledrejection', (e) => record('pageError', { message: String(e.reason?.message ?? e.reason) }));

// ---------------------------------------------------------------- SDP helpers

/** Media direction of the first audio m-section (session level as fallback), or null without SDP. */
function sdpDirection(sdp) {
  if (!sdp) return null;
  const [sessionPart, ...media] = sdp.split(/\r?\nm=/);
  const audio = media.find((m) => m.startsWith('audio')) ?? '';
  const pick = (text) => /^a=(sendrecv|sendonly|recvonly|inactive)\s*$/m.exec(text)?.[1];
  return pick(audio) ?? pick(sessionPart) ?? 'sendrecv';
}

function hasTelephoneEvent(sdp) {
  return !!sdp && /^a=rtpmap:\d+ telephone-event\//im.test(sdp);
}

// ---------------------------------------------------------------- sessions

/** The current UserAgent / Registerer; register() replaces both. */
let ua;
let registerer;
/** Numbers each UserAgent, so events of an old one can be told apart. */
let agentCount = 0;
let domain = '127.0.0.1';

/** id -> { id, session, direction: 'in'|'out', answered, audio? } */
const sessions = new Map();
let sessionCount = 0;

function idOf(session) {
  for (const rec of sessions.values()) if (rec.session === session) return rec.id;
  return null;
}

function track(session, direction, extra = {}) {
  const rec = { id: `s${++sessionCount}`, session, direction, answered: false, audio: undefined };
  sessions.set(rec.id, rec);
  const id = rec.id;
  session.stateChange.addListener((state) => {
    record('sessionState', { session: id, state, direction });
    if (state === SessionState.Established) attachAudio(rec);
    if (state === SessionState.Terminated && rec.audio) {
      rec.audio.srcObject = null;
      rec.audio.remove();
    }
  });
  session.delegate = {
    onBye(bye) {
      record('bye', { session: id });
      bye.accept();
    },
    onInfo(info) {
      const body = info.request.body ?? '';
      const contentType = info.request.getHeader('Content-Type') ?? null;
      record('info', {
        session: id,
        contentType,
        body,
        digit: /Signal\s*=\s*(\S)/i.exec(body)?.[1] ?? null,
        duration: Number(/Duration\s*=\s*(\d+)/i.exec(body)?.[1] ?? NaN) || null,
      });
      info.accept();
    },
    onRefer(referral) {
      handleRefer(rec, referral).catch((err) => record('referFollowFailed', { session: id, error: String(err?.message ?? err) }));
    },
    // Called after SIP.js answered an in-dialog re-INVITE (e.g. hold from the far end).
    onInvite(request, response, statusCode) {
      record('reinvite', {
        session: id,
        code: statusCode,
        offerDirection: sdpDirection(request.body),
        answerDirection: sdpDirection(response.body),
      });
    },
    onNotify(notification) {
      const body = notification.request.body ?? '';
      record('notify', {
        session: id,
        event: notification.request.getHeader('Event') ?? null,
        body,
        // REFER progress is a message/sipfrag status line: "SIP/2.0 200 OK".
        code: Number(/^SIP\/2\.0 (\d{3})/.exec(body)?.[1]) || null,
      });
      notification.accept();
    },
    onMessage(message) {
      record('message', { session: id, body: message.request.body ?? '', inDialog: true });
      message.accept();
    },
  };
  Object.assign(rec, extra);
  return rec;
}

// Chromium only decodes (and reports audioLevel for) a remote track with a sink.
function attachAudio(rec) {
  const stream = rec.session.sessionDescriptionHandler?.remoteMediaStream;
  if (!stream || rec.audio) return;
  const audio = document.createElement('audio');
  audio.autoplay = true;
  audio.srcObject = stream;
  document.body.append(audio);
  rec.audio = audio;
  audio.play().catch((err) => record('audioPlayFailed', { session: rec.id, error: String(err?.message ?? err) }));
}

/** Outgoing INVITE outcome -> events (callProgress / callAccepted / callFailed with the final code). */
function inviteDelegate(rec) {
  return {
    onProgress(response) {
      record('callProgress', { session: rec.id, code: response.message.statusCode, reason: response.message.reasonPhrase });
    },
    onAccept(response) {
      record('callAccepted', { session: rec.id, code: response.message.statusCode });
    },
    onRedirect(response) {
      record('callFailed', { session: rec.id, code: response.message.statusCode, reason: response.message.reasonPhrase });
    },
    onReject(response) {
      record('callFailed', { session: rec.id, code: response.message.statusCode, reason: response.message.reasonPhrase });
    },
  };
}

async function handleRefer(rec, referral) {
  record('refer', {
    session: rec.id,
    referTo: referral.referTo.toString(),
    referToUser: referral.referTo.uri.user ?? null,
    replaces: referral.replaces ?? null,
    referredBy: referral.referredBy ?? null,
  });
  if (settings.referPolicy === 'reject') {
    referral.reject({ statusCode: 603 });
    return;
  }
  referral.accept();
  if (settings.referPolicy === 'accept') return;
  // SIP.js adds Replaces/Referred-By from the Refer-To and sends the
  // transferor NOTIFY sipfrag progress for this new call.
  const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: MEDIA });
  const next = track(inviter, 'out', { referredFrom: rec.id });
  record('referFollowed', { session: rec.id, newSession: next.id });
  await inviter.invite({ requestDelegate: inviteDelegate(next) });
}

function onIncoming(invitation) {
  const rec = track(invitation, 'in');
  const request = invitation.request;
  const headers = {};
  for (const [name, values] of Object.entries(request.headers)) headers[name.toLowerCase()] = values.map((v) => v.raw);
  const replacee = invitation.replacee ? idOf(invitation.replacee) : null;
  record('incoming', {
    session: rec.id,
    from: invitation.remoteIdentity.uri.user ?? null,
    fromUri: invitation.remoteIdentity.uri.toString(),
    displayName: invitation.remoteIdentity.displayName || null,
    requestUri: request.ruri.toString(),
    callId: request.callId,
    replaces: request.getHeader('Replaces') ?? null,
    replacesSession: replacee,
    headers,
  });
  // An INVITE with Replaces (attended transfer) takes over an existing call:
  // accept it at once, like a phone would; SIP.js then BYEs the replaced call.
  if (invitation.replacee || settings.autoAnswer) {
    answer(rec.id).catch((err) => record('answerFailed', { session: rec.id, error: String(err?.message ?? err) }));
  }
}

/** Explicit id, or the newest session in one of `states`. */
function pickSession(sessionId, states) {
  if (sessionId) {
    const rec = sessions.get(sessionId);
    if (!rec) throw new Error(`no session ${sessionId}`);
    return rec;
  }
  const recs = [...sessions.values()].reverse();
  const rec = recs.find((r) => states.includes(r.session.state));
  if (!rec) throw new Error(`no session in state ${states.join('/')}; sessions: ${JSON.stringify(listSessions())}`);
  return rec;
}

function listSessions() {
  return [...sessions.values()].map((r) => ({ id: r.id, direction: r.direction, state: r.session.state }));
}

function targetUri(target) {
  const text = String(target);
  const uri = UserAgent.makeURI(text.startsWith('sip:') || text.startsWith('sips:') ? text : text.includes('@') ? `sip:${text}` : `sip:${text}@${domain}`);
  if (!uri) throw new Error(`bad call target ${text}`);
  return uri;
}

function requireUa() {
  if (!ua) throw new Error('not registered: call party.register() first');
  return ua;
}

// ---------------------------------------------------------------- API

/**
 * Connects and registers; resolves {code} on 2xx, rejects with
 * "register failed: <code> <reason>" on a final failure (a wrong password
 * gives 401 twice, then SIP.js gives up) or a transport error.
 * Any previous user agent is stopped first, so this also re-registers after
 * a server restart. connectionTimeout is SIP.js's WebSocket connect timeout
 * in seconds.
 */
async function register({
  wsUrl,
  user,
  password,
  domain: sipDomain = '127.0.0.1',
  displayName,
  expires = 600,
  timeoutMs = 10_000,
  connectionTimeout = 5,
  traceSip = false,
}) {
  await disconnect();
  domain = sipDomain;
  const uri = UserAgent.makeURI(`sip:${user}@${sipDomain}`);
  if (!uri) throw new Error(`bad user ${user}@${sipDomain}`);
  const agentId = ++agentCount;
  const agent = new UserAgent({
    uri,
    displayName,
    authorizationUsername: user,
    authorizationPassword: password,
    transportOptions: { server: wsUrl, connectionTimeout, traceSip },
    sessionDescriptionHandlerFactoryOptions: {
      iceGatheringTimeout: settings.iceGatheringTimeout,
      peerConnectionConfiguration: { iceServers: [] },
    },
    sipExtensionReplaces: SIPExtension.Supported,
    userAgentString: 'Switchboard-Lab-Party',
    logLevel: traceSip ? 'log' : 'warn',
    delegate: {
      onInvite: onIncoming,
      onConnect: () => record('transportConnected', { agent: agentId, wsUrl }),
      onDisconnect: (error) => record('transportDisconnected', { agent: agentId, error: error ? String(error.message) : null }),
      onMessage: (message) => {
        record('message', { body: message.request.body ?? '', from: message.request.from.uri.user ?? null, inDialog: false });
        message.accept();
      },
    },
  });
  ua = agent;
  try {
    await agent.start();
  } catch (err) {
    record('registerFailed', { code: null, reason: String(err?.message ?? err) });
    throw new Error(`register failed: transport: ${err?.message ?? err}`, { cause: err });
  }
  const reg = new Registerer(agent, { expires });
  registerer = reg;
  reg.stateChange.addListener((state) => record('registrationState', { agent: agentId, state }));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      record('registerFailed', { code: null, reason: 'timeout' });
      reject(new Error(`register failed: no answer in ${timeoutMs} ms`));
    }, timeoutMs);
    reg
      .register({
        requestDelegate: {
          onAccept(response) {
            clearTimeout(timer);
            record('registered', { user, code: response.message.statusCode });
            resolve({ code: response.message.statusCode });
          },
          onReject(response) {
            clearTimeout(timer);
            const { statusCode: code, reasonPhrase: reason } = response.message;
            record('registerFailed', { user, code, reason });
            reject(new Error(`register failed: ${code} ${reason}`));
          },
        },
      })
      .catch((err) => {
        clearTimeout(timer);
        reject(new Error(`register failed: ${err?.message ?? err}`));
      });
  });
}

/** Un-REGISTER (Expires: 0); resolves {code}. The transport stays up. */
async function unregister({ timeoutMs = 10_000 } = {}) {
  const reg = registerer;
  if (!reg) throw new Error('not registered');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`unregister: no answer in ${timeoutMs} ms`)), timeoutMs);
    reg
      .unregister({
        requestDelegate: {
          onAccept(response) {
            clearTimeout(timer);
            record('unregistered', { code: response.message.statusCode });
            resolve({ code: response.message.statusCode });
          },
          onReject(response) {
            clearTimeout(timer);
            reject(new Error(`unregister failed: ${response.message.statusCode} ${response.message.reasonPhrase}`));
          },
        },
      })
      .catch((err) => {
        clearTimeout(timer);
        reject(err);
      });
  });
}

/** Stops the user agent (ends calls, closes the WebSocket) without waiting for the server. */
async function disconnect() {
  const agent = ua;
  ua = undefined;
  registerer = undefined;
  if (agent) await agent.stop().catch(() => undefined);
}

/**
 * Calls `target` (a user/number in the registered domain, user@host or a SIP
 * URI). Resolves {sessionId, callId} once the INVITE is sent; the outcome
 * arrives as callProgress / callAccepted / callFailed {code} events.
 */
async function call(target, { extraHeaders = [] } = {}) {
  const inviter = new Inviter(requireUa(), targetUri(target), { extraHeaders, sessionDescriptionHandlerOptions: MEDIA });
  const rec = track(inviter, 'out');
  await inviter.invite({ requestDelegate: inviteDelegate(rec) });
  return { sessionId: rec.id, callId: inviter.request.callId };
}

/** Next incoming call not yet returned: {session, from, displayName, requestUri, callId, replaces, headers}. */
async function waitForIncoming(timeoutMs = 10_000) {
  const { type: _type, seq: _seq, t: _t, ...incoming } = await waitForEvent('incoming', timeoutMs);
  return incoming;
}

/** Answers (200 OK) the given or the oldest unanswered incoming call; resolves {sessionId}. */
async function answer(sessionId) {
  const rec = sessionId
    ? pickSession(sessionId, [])
    : [...sessions.values()].find((r) => r.direction === 'in' && !r.answered && r.session.state === SessionState.Initial);
  if (!rec) throw new Error(`no incoming call to answer; sessions: ${JSON.stringify(listSessions())}`);
  rec.answered = true;
  await rec.session.accept({ sessionDescriptionHandlerOptions: MEDIA });
  return { sessionId: rec.id };
}

/** Rejects the given or the oldest unanswered incoming call with `code` (default 486 Busy Here). */
async function reject(code = 486, sessionId) {
  const rec = sessionId
    ? pickSession(sessionId, [])
    : [...sessions.values()].find((r) => r.direction === 'in' && !r.answered && r.session.state === SessionState.Initial);
  if (!rec) throw new Error(`no incoming call to reject; sessions: ${JSON.stringify(listSessions())}`);
  rec.answered = true;
  await rec.session.reject({ statusCode: code });
  return { sessionId: rec.id };
}

/**
 * Ends the given or newest live call the way its state requires: BYE when
 * established, CANCEL for an outgoing call still ringing, 486 for an
 * unanswered incoming one. Resolves {sessionId, how}.
 */
async function hangup(sessionId) {
  const rec = pickSession(sessionId, [SessionState.Initial, SessionState.Establishing, SessionState.Established]);
  const { session } = rec;
  if (session.state === SessionState.Established) {
    await session.bye();
    return { sessionId: rec.id, how: 'BYE' };
  }
  if (session instanceof Inviter) {
    await session.cancel();
    return { sessionId: rec.id, how: 'CANCEL' };
  }
  rec.answered = true;
  await session.reject({ statusCode: 486 });
  return { sessionId: rec.id, how: 'reject' };
}

/** Re-INVITE with a=sendonly (SIP.js hold); resolves {code, localDirection, remoteDirection} on the answer. */
function reinvite(hold, sessionId) {
  const rec = pickSession(sessionId, [SessionState.Established]);
  const { session } = rec;
  // SIP.js applies these options to this offer and to later re-INVITE answers.
  session.sessionDescriptionHandlerOptionsReInvite = { ...MEDIA, hold };
  return new Promise((resolve, reject) => {
    session
      .invite({
        requestDelegate: {
          onAccept(response) {
            const pc = session.sessionDescriptionHandler?.peerConnection;
            const result = {
              sessionId: rec.id,
              code: response.message.statusCode,
              localDirection: sdpDirection(pc?.localDescription?.sdp),
              remoteDirection: sdpDirection(pc?.remoteDescription?.sdp),
            };
            record(hold ? 'held' : 'unheld', { session: rec.id, code: result.code, localDirection: result.localDirection, remoteDirection: result.remoteDirection });
            resolve(result);
          },
          onReject(response) {
            record(hold ? 'holdFailed' : 'unholdFailed', { session: rec.id, code: response.message.statusCode });
            reject(new Error(`${hold ? 'hold' : 'unhold'} failed: ${response.message.statusCode} ${response.message.reasonPhrase}`));
          },
        },
      })
      .catch(reject);
  });
}

/** SIP INFO application/dtmf-info ("Signal=5\r\nDuration=160"); resolves {code}. */
function sendDtmfInfo(digit, { durationMs = 160, sessionId } = {}) {
  const rec = pickSession(sessionId, [SessionState.Established]);
  return new Promise((resolve, reject) => {
    rec.session
      .info({
        requestDelegate: {
          onAccept(response) {
            record('infoSent', { session: rec.id, digit: String(digit), code: response.message.statusCode });
            resolve({ code: response.message.statusCode });
          },
          onReject(response) {
            reject(new Error(`INFO failed: ${response.message.statusCode} ${response.message.reasonPhrase}`));
          },
        },
        requestOptions: {
          body: { contentDisposition: 'render', contentType: 'application/dtmf-info', content: `Signal=${digit}\r\nDuration=${durationMs}` },
        },
      })
      .catch(reject);
  });
}

/** RFC 4733 telephone-events in the RTP stream (RTCDTMFSender); resolves true if queued. */
async function sendDtmfRtp(tones, sessionId) {
  const rec = pickSession(sessionId, [SessionState.Established]);
  return rec.session.sessionDescriptionHandler.sendDtmf(String(tones));
}

/** Blind transfer: REFER the far end of the given/newest call to `target`; resolves {code} of the REFER. */
function transfer(target, sessionId) {
  return sendRefer(pickSession(sessionId, [SessionState.Established]), targetUri(target));
}

/**
 * Attended transfer: REFER the far end of `sessionId` to the far end of
 * `targetSessionId`, with Replaces naming that second call (SIP.js builds
 * the Refer-To from the session). Resolves {code} of the REFER.
 */
function attendedTransfer(sessionId, targetSessionId) {
  return sendRefer(pickSession(sessionId, []), pickSession(targetSessionId, []).session);
}

// NOTIFYs about the transfer's progress arrive as 'notify' events.
function sendRefer(rec, referTo) {
  return new Promise((resolve, reject) => {
    rec.session
      .refer(referTo, {
        requestDelegate: {
          onAccept(response) {
            record('referAccepted', { session: rec.id, code: response.message.statusCode });
            resolve({ code: response.message.statusCode });
          },
          onReject(response) {
            record('referFailed', { session: rec.id, code: response.message.statusCode });
            reject(new Error(`REFER failed: ${response.message.statusCode} ${response.message.reasonPhrase}`));
          },
        },
      })
      .catch(reject);
  });
}

/**
 * RTP counters and directions of the given/newest established call, from
 * its RTCPeerConnection. audioLevel is inbound-rtp's audioLevel (0..1) or,
 * if Chromium omits it, the RMS level from totalAudioEnergy.
 */
async function stats(sessionId) {
  const rec = pickSession(sessionId, [SessionState.Established, SessionState.Establishing]);
  const pc = rec.session.sessionDescriptionHandler?.peerConnection;
  if (!pc) throw new Error(`session ${rec.id} has no peer connection`);
  const report = await pc.getStats();
  let packetsSent = 0;
  let packetsReceived = 0;
  let bytesSent = 0;
  let bytesReceived = 0;
  let audioLevel = null;
  let energy = 0;
  let duration = 0;
  report.forEach((s) => {
    if (s.kind !== 'audio') return;
    if (s.type === 'outbound-rtp') {
      packetsSent += s.packetsSent ?? 0;
      bytesSent += s.bytesSent ?? 0;
    } else if (s.type === 'inbound-rtp') {
      packetsReceived += s.packetsReceived ?? 0;
      bytesReceived += s.bytesReceived ?? 0;
      if (typeof s.audioLevel === 'number') audioLevel = Math.max(audioLevel ?? 0, s.audioLevel);
      energy += s.totalAudioEnergy ?? 0;
      duration += s.totalSamplesDuration ?? 0;
    }
  });
  if (audioLevel === null) audioLevel = duration > 0 ? Math.sqrt(energy / duration) : 0;
  const transceiver = pc.getTransceivers()[0];
  return {
    sessionId: rec.id,
    state: rec.session.state,
    packetsSent,
    packetsReceived,
    bytesSent,
    bytesReceived,
    audioLevel,
    remoteDirection: sdpDirection(pc.remoteDescription?.sdp),
    localDirection: sdpDirection(pc.localDescription?.sdp),
    currentDirection: transceiver?.currentDirection ?? null,
  };
}

/** Whether both SDPs of the given/newest established call carry telephone-event (RFC 4733 DTMF). */
function telephoneEventNegotiated(sessionId) {
  const rec = pickSession(sessionId, [SessionState.Established]);
  const pc = rec.session.sessionDescriptionHandler?.peerConnection;
  return hasTelephoneEvent(pc?.localDescription?.sdp) && hasTelephoneEvent(pc?.remoteDescription?.sdp);
}

/** Remote SDP text of the given/newest established call (for assertions on codecs etc.). */
function remoteSdp(sessionId) {
  const rec = pickSession(sessionId, [SessionState.Established, SessionState.Establishing]);
  return rec.session.sessionDescriptionHandler?.peerConnection?.remoteDescription?.sdp ?? null;
}

/**
 * Back to a fresh page without reloading it (loading ~190 sip.js modules
 * takes most of a second): ends live calls, stops the user agent, empties
 * the event log and restores default settings.
 */
async function reset() {
  for (const rec of sessions.values()) {
    if (rec.session.state !== SessionState.Terminated) await hangup(rec.id).catch(() => undefined);
  }
  await disconnect();
  sessions.clear();
  events.length = 0;
  consumed.clear();
  Object.assign(settings, DEFAULT_SETTINGS);
  record('reset');
}

function configure(options) {
  Object.assign(settings, options);
  return { ...settings };
}

function state() {
  return { registration: registerer?.state ?? null, transport: ua ? (ua.isConnected() ? 'connected' : 'disconnected') : 'none', sessions: listSessions() };
}

window.party = {
  events,
  waitForEvent,
  register,
  unregister,
  disconnect,
  call,
  waitForIncoming,
  answer,
  reject,
  hangup,
  hold: (sessionId) => reinvite(true, sessionId),
  unhold: (sessionId) => reinvite(false, sessionId),
  sendDtmfInfo,
  sendDtmfRtp,
  transfer,
  attendedTransfer,
  stats,
  telephoneEventNegotiated,
  remoteSdp,
  configure,
  state,
  reset,
};
record('ready');
