import { render } from 'preact';
import { extensionConnector } from '../shared/ui/connector';
import { localizePage } from '../shared/ui/localize-page';
import '../shared/ui/base.css';
import './popup.css';
import { Popup } from './Popup';
import { extensionHistory } from '../shared/ui/history-connector';

localizePage('extName');
const app = document.getElementById('app');
if (app !== null) render(<Popup connector={extensionConnector()} history={extensionHistory()} />, app);
