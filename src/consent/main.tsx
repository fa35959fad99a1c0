import { render } from 'preact';
import { extensionPageConnector } from '../shared/ui/page-connector';
import { localizePage } from '../shared/ui/localize-page';
import '../shared/ui/base.css';
import './consent.css';
import { ConsentPage } from './ConsentPage';

localizePage('consentPageTitle');
const app = document.getElementById('app');
const key = new URLSearchParams(location.search).get('key') ?? '';
if (app !== null) render(<ConsentPage connector={extensionPageConnector()} requestKey={key} onDone={() => window.close()} />, app);
