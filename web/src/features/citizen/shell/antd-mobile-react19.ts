'use client';

import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

/**
 * antd-mobile 5 renders Toast / Dialog imperatively with ReactDOM.render,
 * which React 19 removed; hand it createRoot instead. Importing this module
 * once (from CitizenProviders) is enough.
 */
type Host = (Element | DocumentFragment) & { __jingtongRoot?: Root };

unstableSetRender((node, container) => {
  const host = container as Host;
  host.__jingtongRoot ??= createRoot(host);
  const root = host.__jingtongRoot;
  root.render(node);
  return async () => {
    // Let the closing animation's last commit finish before tearing down.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host.__jingtongRoot;
  };
});
