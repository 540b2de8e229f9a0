// Entry point: mounts the app in the planner's language. Everything runs in this tab; nothing is sent anywhere.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import './ui/styles.css';
import './ui/plan/plan.css';
import './i18n/i18n.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
