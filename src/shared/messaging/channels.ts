import { sender } from './send';
import type { BackgroundResponses, BackgroundSpec } from '../protocol/background-api';
import type { OffscreenResponses, OffscreenSpec } from '../protocol/offscreen-api';
import type { ViewsResponses, ViewsSpec } from '../protocol/views-api';

/** Typed senders for each edge. Nothing else calls `runtime.sendMessage`. */
export const toBackground = sender<BackgroundSpec, BackgroundResponses>('background');
export const toOffscreen = sender<OffscreenSpec, OffscreenResponses>('offscreen');
export const toViews = sender<ViewsSpec, ViewsResponses>('views');
