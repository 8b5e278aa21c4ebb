import { render } from 'preact';
import { t } from '../../utils/i18n';
import App from './App';

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
render(<App />, document.getElementById('app') as HTMLElement);
