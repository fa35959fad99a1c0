import { render } from 'preact';
import { extensionConnector } from '../shared/ui/connector';
import { localizePage } from '../shared/ui/localize-page';
import '../shared/ui/base.css';
import { MicPermissionPage } from './MicPermissionPage';

localizePage('micPageTitle');
const app = document.getElementById('app');
const reason = new URLSearchParams(location.search).get('reason') === 'denied' ? 'denied' : 'first-run';
if (app !== null) render(<MicPermissionPage connector={extensionConnector()} reason={reason} />, app);
